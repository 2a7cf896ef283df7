"""Generate the HTML pages of the "tambonthemed" test site (เทศบาลตำบลหนองกระทุ่มทอง, invented).

Run:  python tests/sites/tambonthemed/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A เทศบาลตำบล on a commercial municipal CMS theme: a header with a mega-menu (five drop-down panels of
links), a right side column (the mayor, quick links, a visitor counter), a footer on every page; the
home page has a tabbed news box (three panes in the HTML).  Pages are folder/index.html.  Documents
are listed by category (/download/<cat>/), the monthly procurement summaries on /procurement/, news
under /news/ (two pages).  The ITA page /ita/2569/ is a table of o1 … o26 in the office's own short
wording whose every row opens its own sub-page /ita/2569/oN/; each sub-page links files, pages or a
category list (or holds the text itself).  Last year's /ita/2568/ (one table linking files) is still
online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import HIDDEN, ROWS, name  # noqa: E402

ORG = "เทศบาลตำบลหนองกระทุ่มทอง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนา / แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "ข้อมูลสถิติ", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือ / เอกสารทั่วไป"}
GONE_SIZE = {"risk-report-68": "388.2 KB", "anti-report-67": "251.6 KB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MEGA = [
    ("ข้อมูลพื้นฐาน", [("ประวัติความเป็นมา", "/about/history/"), ("โครงสร้างส่วนราชการ", "/about/structure/"),
                       ("อำนาจหน้าที่", "/about/authority/"), ("คณะผู้บริหาร", "/about/executives/"),
                       ("สมาชิกสภาเทศบาล", "/about/council/")]),
    ("ข่าวสาร", [("ข่าวประชาสัมพันธ์", "/news/"), ("ผลการจัดซื้อจัดจ้าง (สขร.1)", "/procurement/")]),
    ("เอกสารเผยแพร่", [(n, f"/download/{s}/") for s, n in CATS.items()]),
    ("บริการประชาชน", [("E-Service ยื่นคำร้องออนไลน์", "/eservice/"), ("คู่มือสำหรับประชาชน", "/download/manual/"),
                       ("ร้องเรียน/ร้องทุกข์", "/complaint/"), ("แจ้งเบาะแสการทุจริต", "/complaint/corruption/"),
                       ("กระดานถาม-ตอบ", "/qa/")]),
    ("ITA", [("ITA 2569", "/ita/2569/"), ("ITA 2568", "/ita/2568/"), ("การประเมิน ITA", "/ita/")]),
]


def layout(title: str, body: str, crumb: str = "") -> str:
    mega = "\n".join(
        f'<li class="mm"><a href="#">{esc(t)}</a><div class="panel"><ul>'
        + "".join(f"<li>{a(u, n)}</li>" for n, u in links) + "</ul></div></li>"
        for t, links in MEGA)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="SmartMuni Theme 4.2">
<link rel="stylesheet" href="/assets/theme.css"></head>
<body class="tm-theme">
<div class="tm-topbar">โทร. 0 3499 7120 · <a href="/sitemap/">แผนผังเว็บไซต์</a> · <a href="/contact/">ติดต่อเรา</a></div>
<header class="tm-header"><a href="/"><img src="/assets/logo.png" alt="ตราเทศบาลตำบลหนองกระทุ่มทอง" width="70" height="70"></a>
<div class="tm-brand"><b>{ORG}</b><br><small>Nong Krathum Thong Subdistrict Municipality</small></div></header>
<nav class="tm-mega"><ul>
<li><a href="/">หน้าแรก</a></li>
{mega}
<li><a href="/contact/">ติดต่อเรา</a></li>
</ul></nav>
<div class="tm-crumb"><a href="/">หน้าแรก</a> › {crumb or esc(title)}</div>
<div class="tm-wrap"><main class="tm-main">
<h1>{esc(title)}</h1>
{body}
</main>
<aside class="tm-side">
<div class="w"><img src="/assets/mayor.png" alt="นายกเทศมนตรี" width="90" height="110"><br><b>นายธนากร ศรีวงษ์ทอง</b><br>นายกเทศมนตรีตำบลหนองกระทุ่มทอง</div>
<div class="w"><b>ลิงก์ด่วน</b><br><a href="/ita/2569/">ITA 2569</a><br><a href="/ita/2568/">ITA 2568</a><br>
<a href="/eservice/">E-Service</a><br><a href="/complaint/corruption/">ร้องเรียนการทุจริต</a><br>
<a href="https://www.gprocurement.go.th/">ระบบจัดซื้อจัดจ้างภาครัฐ</a><br><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></div>
<div class="w">ผู้เข้าชมวันนี้ 117 · ทั้งหมด 208,334</div>
</aside></div>
<footer class="tm-footer">{ORG} 88 หมู่ที่ 2 ตำบลหนองกระทุ่มทอง อำเภอกำแพงแสน จังหวัดนครปฐม 73140<br>
โทรศัพท์ 0 3499 7120 โทรสาร 0 3499 7121 อีเมล saraban@nongkrathumthong.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>Powered by SmartMuni Theme © 2567</footer>
</body></html>
"""


def write(path: str, title: str, body: str, crumb: str = "") -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body, crumb))


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return GONE_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td>{a(f(k), title)}</td><td>{be(up)}</td><td>{ext.upper()} {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ที่</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and not k.startswith("proc-20") and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (1288, (2026, 4, 3), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2569 ณ กองคลัง หรือผ่าน QR Code"]),
    (1281, (2026, 3, 20), "สรุปผลการประชุมประชาคมท้องถิ่น ประจำปี 2569 เพื่อรับฟังความคิดเห็นของประชาชน",
     ["ระหว่างวันที่ 9 - 17 มีนาคม 2569 เทศบาลตำบลหนองกระทุ่มทอง จัดประชุมประชาคมหมู่บ้านครบทั้ง 9 หมู่บ้าน และประชาคมท้องถิ่นระดับตำบล "
      "เมื่อวันที่ 19 มีนาคม 2569 ณ หอประชุมเทศบาล เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมเสนอปัญหาความต้องการ",
      "มีประชาชนเข้าร่วมรวม 734 คน ผู้แทนประชาคม 27 คน เสนอโครงการ 63 โครงการ ส่วนใหญ่เป็นถนน รางระบายน้ำ และไฟฟ้าส่องสว่าง",
      "ที่ประชุมประชาคมท้องถิ่นมีมติจัดลำดับความสำคัญ 20 โครงการ เทศบาลจะนำเสนอคณะกรรมการพัฒนาท้องถิ่นและแจ้งผลให้ประชาชนทราบทางเว็บไซต์"]),
    (1274, (2026, 3, 4), "ขอเชิญร่วมประชุมประชาคมหมู่บ้าน ประจำปี 2569",
     ["เทศบาลขอเชิญพี่น้องประชาชนร่วมประชุมประชาคมหมู่บ้าน ระหว่างวันที่ 9 - 17 มีนาคม 2569 ตามกำหนดการที่ผู้ใหญ่บ้านแจ้ง"]),
    (1266, (2026, 2, 12), "โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภาเทศบาล และพนักงาน ประจำปีงบประมาณ 2569",
     ["วันที่ 11 กุมภาพันธ์ 2569 เทศบาลตำบลหนองกระทุ่มทอง จัดโครงการอบรมคุณธรรมจริยธรรม เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล "
      "และสร้างความรู้เรื่องการป้องกันผลประโยชน์ทับซ้อน วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดนครปฐม",
      "ผู้เข้าร่วม ผู้บริหาร 4 คน สมาชิกสภาเทศบาล 12 คน พนักงานเทศบาลและพนักงานจ้าง 47 คน รวม 63 คน"]),
    (1259, (2026, 1, 10), "กิจกรรมวันเด็กแห่งชาติ ประจำปี 2569",
     ["เทศบาลจัดกิจกรรมวันเด็กแห่งชาติ ณ สนามกีฬาเทศบาล มีเด็กและผู้ปกครองร่วมงานกว่า 900 คน"]),
    (1250, (2025, 12, 18), "ประกาศรายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น",
     ["เทศบาลตำบลหนองกระทุ่มทองประกาศรายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ให้ประชาชนทราบโดยทั่วกัน",
      '{plan_eval}']),
    (1243, (2025, 11, 5), "ประเพณีลอยกระทง ประจำปี 2568",
     ["ขอเชิญร่วมงานประเพณีลอยกระทง วันที่ 5 พฤศจิกายน 2568 ณ สระน้ำหนองกระทุ่ม"]),
    (1236, (2025, 10, 31), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569",
     ["เทศบาลได้ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 แล้ว", '{opplan69}']),
    (1229, (2025, 10, 6), "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ",
     ["รับสมัครระหว่างวันที่ 13 - 21 ตุลาคม 2568 ณ สำนักปลัดเทศบาล"]),
    (1222, (2025, 10, 1), "ผู้บริหารประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2569",
     ["วันที่ 1 ตุลาคม 2568 นายกเทศมนตรีประกาศเจตจำนงสุจริตต่อหน้าพนักงานเทศบาลทุกคน"]),
    # FY2568, on page 2
    (1171, (2025, 8, 20), "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 3 ประจำปี 2568",
     ["พิจารณาร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 วาระที่หนึ่ง",
      '{draft}']),
    (1140, (2025, 3, 21), "สรุปผลการประชุมประชาคมท้องถิ่น ประจำปี 2568",
     ["ระหว่างวันที่ 10 - 18 มีนาคม 2568 จัดประชุมประชาคมหมู่บ้านครบ 9 หมู่บ้าน ผู้เข้าร่วม 690 คน"]),
    (1102, (2024, 10, 28), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568",
     ["ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568", '{opplan68}']),
]
PER_PAGE = 10


def news_body(paras: list[str]) -> str:
    links = {"plan_eval": a(f("plan-eval-67"), "ดาวน์โหลดรายงาน (PDF)"), "opplan69": a(f("opplan-69"), "ดาวน์โหลดแผน (DOC)"),
             "opplan68": a(f("opplan-68"), "ดาวน์โหลด"), "draft": a(f("budget-69-draft"), "ร่างเทศบัญญัติ (PDF)")}
    return "".join(f"<p>{links[p[1:-1]] if p.startswith('{') else esc(p)}</p>" for p in paras)


def news_pages() -> None:
    for nid, (y, m, day), title, paras in NEWS:
        write(f"/news/{nid}/", title,
              f'<p class="date">โพสต์เมื่อ {be(date(y, m, day))} · งานประชาสัมพันธ์</p>{news_body(paras)}'
              '<p><a href="/news/">« ข่าวทั้งหมด</a></p>', crumb='<a href="/news/">ข่าวประชาสัมพันธ์</a>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li>{a(f"/news/{n[0]}/", n[2])} <span>({be(date(*n[1]))})</span></li>' for n in chunk)
        pager = ('<p class="pager">หน้า <b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">ถัดไป »</a></p>'
                 if p == 1 else '<p class="pager">หน้า <a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA: one sub-page per item

ITA_ANALYSIS_67 = (
    "<p><b>ผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปี พ.ศ. 2567 "
    "และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568</b></p>"
    "<p>ผลการประเมิน ITA ประจำปี พ.ศ. 2567 เทศบาลตำบลหนองกระทุ่มทองได้ 81.37 คะแนน ระดับ B</p>"
    '<table class="list"><tr><th>ประเด็นที่ต้องปรับปรุง</th><th>มาตรการ / แนวทาง</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th></tr>'
    "<tr><td>การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง</td><td>เผยแพร่ สขร.1 ภายในวันที่ 10 ของเดือนถัดไป</td><td>กองคลัง</td><td>ต.ค. 2567 - ก.ย. 2568</td></tr>"
    "<tr><td>การป้องกันการรับสินบน</td><td>ทบทวนประกาศ No Gift Policy</td><td>สำนักปลัดเทศบาล</td><td>ต.ค. 2567</td></tr>"
    "<tr><td>การจัดการเรื่องร้องเรียน</td><td>เพิ่มช่องทางร้องเรียนออนไลน์บนเว็บไซต์</td><td>สำนักปลัดเทศบาล</td><td>ธ.ค. 2567</td></tr></table>"
    "<p>จัดทำ ณ วันที่ 25 พฤศจิกายน 2567</p>")

ITA_2569 = [  # (group) or (code, short wording, [(link text, key or path)], extra html)
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล",),
    ("o1", "โครงสร้างองค์กรและอำนาจหน้าที่", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")], ""),
    ("o2", "ข้อมูลผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")], ""),
    ("o3", "ข้อมูลการติดต่อ และช่องทางถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("กระดานถาม-ตอบ", "/qa/")], ""),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์ทั้งหมด", "/news/")], ""),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65"), ("แผนพัฒนาท้องถิ่น เพิ่มเติม", "plan-add-64")], ""),
    ("o6", "แผนการดำเนินงาน และเทศบัญญัติงบประมาณ", [("แผนการดำเนินงาน 2569", "opplan-69"),
                                                   ("เทศบัญญัติงบประมาณรายจ่าย 2569", "budget-69")], ""),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น", "plan-eval-67")], ""),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน กองช่าง", "manual-sop")], ""),
    ("o9", "คู่มือการให้บริการประชาชน", [("คู่มือสำหรับประชาชน", "citizen-manual"), ("คู่มือทั้งหมด", "/download/manual/")], ""),
    ("o10", "E-Service", [("ระบบ E-Service", "/eservice/"), ("สถิติการให้บริการ 2569", "service-69")], ""),
    ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1 รายเดือน", "/procurement/")], ""),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานสรุปผล ปี 2568", "proc-year-68")], ""),
    ("o13", "หลักเกณฑ์และแผนการบริหารทรัพยากรบุคคล", [("เอกสารงานบุคคล", "/download/hr/")], ""),
    ("o14", "รายงานผลการบริหารทรัพยากรบุคคล", [("รายงานผล ปี 2568", "hr-report-68")], ""),
    ("o15", "ประมวลจริยธรรม / การขับเคลื่อนจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมอบรมคุณธรรมจริยธรรม 2569", "/news/1266/")], ""),
    ("o16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("คู่มือเรื่องร้องเรียนการทุจริต", "complaint-manual")], ""),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("ร้องเรียนการทุจริตออนไลน์", "/complaint/corruption/")], ""),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติเรื่องร้องเรียน", "complaint-stats")], ""),
    ("o19", "การเปิดโอกาสให้มีส่วนร่วม", [("ประชาคมท้องถิ่น 2569", "/news/1281/")], ""),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต",),
    ("o20", "No Gift Policy", [("ประกาศนโยบาย No Gift Policy", "nogift-67")], ""),
    ("o21", "การประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยงการทุจริต ปี 2569", "risk-68")], ""),
    ("o22", "รายงานผลการบริหารความเสี่ยงการทุจริต", [("รายงานผล ปี 2568", "risk-report-68")], ""),
    ("o23", "แผนปฏิบัติการป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต 2569", "anti-plan-69")], ""),
    ("o24", "รายงานผลการดำเนินการป้องกันการทุจริต", [("รายงานผล ปี 2568", "anti-report-68")], ""),
    ("o25", "การนำผลการประเมิน ITA ไปพัฒนาองค์กร", [], ITA_ANALYSIS_67),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรมและความโปร่งใส", [], "<p>อยู่ระหว่างดำเนินการ</p>"),
]
ITA_2568 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนการดำเนินงาน ปี 2568", [("แผนการดำเนินงาน 2568", "opplan-68")]),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", "nogift-67")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง ปี 2568", "risk-68")]),
    ("o24", "รายงานผลการดำเนินการป้องกันการทุจริต", [("รายงานผล ปี 2567", "anti-report-67")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรมและความโปร่งใส", [("รายงานผล ปี 2567", "integrity-report-67")]),
]


def href(target: str) -> str:
    return target if target.startswith("/") else f(target)


def ita_pages() -> None:
    rows = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>รายละเอียด</th></tr>']
    for row in ITA_2569:
        if len(row) == 1:
            rows.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links, extra = row
        rows.append(f'<tr><td>{code.upper()}</td><td>{esc(heading)}</td><td>{a(f"/ita/2569/{code}/", "รายละเอียด")}</td></tr>')
        items = "".join(f'<li>{a(href(t), text)}</li>' for text, t in links)
        body = (f'<p class="ita-code">ข้อ {code.upper()} {esc(heading)}</p>'
                + (f'<ul class="ita-links">{items}</ul>' if items else "") + extra
                + '<p><a href="/ita/2569/">« กลับหน้า ITA 2569</a></p>')
        write(f"/ita/2569/{code}/", f"{code.upper()} {heading}", body,
              crumb='<a href="/ita/">ITA</a> › <a href="/ita/2569/">ITA 2569</a>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) ประจำปี 2569",
          "\n".join(rows) + "</table>", crumb='<a href="/ita/">ITA</a> › ITA 2569')
    old = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for code, heading, links in ITA_2568:
        cell = " , ".join(a(href(t), text) for text, t in links)
        old.append(f"<tr><td>{code.upper()}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", "\n".join(old) + "</table>",
          crumb='<a href="/ita/">ITA</a> › ITA 2568')
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปี 2569</a></li><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li></ul>')


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    news = "".join(f'<li>{a(f"/news/{n[0]}/", n[2])} <span>{be(date(*n[1]))}</span></li>' for n in NEWS[:5])
    procs = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)[:3]
    proc = "".join(f"<li>{a(f(k), ROWS[k][0])}</li>" for k in procs)
    notices = "".join(f"<li>{a(f(k), ROWS[k][0])}</li>" for k in ("committee", "budget-69", "opplan-69"))
    write("/", "หน้าแรก",
          '<div class="tm-tabs"><ul class="tabs"><li class="on"><a href="#tab-news">ข่าวประชาสัมพันธ์</a></li>'
          '<li><a href="#tab-proc">ข่าวจัดซื้อจัดจ้าง</a></li><li><a href="#tab-notice">ประกาศ/คำสั่ง</a></li></ul>'
          f'<div class="pane" id="tab-news"><ul class="news">{news}</ul><p><a href="/news/">ดูทั้งหมด</a></p></div>'
          f'<div class="pane" id="tab-proc" hidden><ul>{proc}</ul><p><a href="/procurement/">ดูทั้งหมด</a></p></div>'
          f'<div class="pane" id="tab-notice" hidden><ul>{notices}</ul></div></div>'
          '<h2>บริการออนไลน์</h2><p><a href="/eservice/">E-Service</a> · <a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a> · '
          '<a href="/ita/2569/">ITA 2569</a></p>', crumb="หน้าแรก")
    write("/about/history/", "ประวัติความเป็นมา",
          "<p>เทศบาลตำบลหนองกระทุ่มทอง เปลี่ยนแปลงฐานะจากองค์การบริหารส่วนตำบลเป็นเทศบาลตำบล เมื่อวันที่ 12 สิงหาคม 2551 "
          "มีพื้นที่ 21.6 ตารางกิโลเมตร 9 หมู่บ้าน ประชากร 8,904 คน 3,215 ครัวเรือน</p>"
          "<p>วิสัยทัศน์ : หนองกระทุ่มทองเมืองน่าอยู่ เกษตรปลอดภัย ชุมชนเข้มแข็ง บริหารโปร่งใส</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างเทศบาลตำบลหนองกระทุ่มทอง" width="160" height="90">'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี (2 คน)</li><li>เลขานุการนายกเทศมนตรี</li>"
          "<li>ที่ปรึกษานายกเทศมนตรี</li></ul></li><li>สภาเทศบาล<ul><li>ประธานสภาเทศบาล</li><li>รองประธานสภาเทศบาล</li>"
          "<li>สมาชิกสภาเทศบาล (12 คน)</li></ul></li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li>"
          "<li>กองการศึกษา</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>เทศบาลตำบลมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 และ 51 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจ"
          "ให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
          "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li>"
          "<li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ รวมทั้งการกำจัดมูลฝอยและสิ่งปฏิกูล</li>"
          "<li>ป้องกันและระงับโรคติดต่อ</li><li>ให้มีเครื่องใช้ในการดับเพลิง</li>"
          "<li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
          "<li>บำรุงศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น และวัฒนธรรมอันดีของท้องถิ่น</li></ol>")
    execs = [("นายธนากร ศรีวงษ์ทอง", "นายกเทศมนตรีตำบลหนองกระทุ่มทอง", "08 1944 2607"),
             ("นายสุรชัย อ่อนละมัย", "รองนายกเทศมนตรี", "08 9015 6634"),
             ("นางปราณี เกิดผลบุญ", "รองนายกเทศมนตรี", "08 6372 1185"),
             ("นายอดิศร แจ่มนิยม", "เลขานุการนายกเทศมนตรี", "09 2451 7709"),
             ("นางวิไลวรรณ พึ่งบุญเรือง", "ปลัดเทศบาล", "0 3499 7120 ต่อ 101")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="70" height="88"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "คณะผู้บริหาร", cards, crumb="ข้อมูลพื้นฐาน › คณะผู้บริหาร")
    write("/about/council/", "สมาชิกสภาเทศบาล",
          "<ul><li>นายสมหมาย ทองประเสริฐ ประธานสภาเทศบาล</li><li>นางสาวรัตนา ยิ้มละมัย รองประธานสภาเทศบาล</li>"
          "<li>สมาชิกสภาเทศบาล เขต 1 และเขต 2 รวม 12 คน</li></ul>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>88 หมู่ที่ 2 ตำบลหนองกระทุ่มทอง อำเภอกำแพงแสน จังหวัดนครปฐม 73140</p>"
          "<p>โทรศัพท์ 0 3499 7120 โทรสาร 0 3499 7121<br>อีเมล saraban@nongkrathumthong.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/nkt.tessaban">เทศบาลตำบลหนองกระทุ่มทอง</a> · Line : @nkt-tessaban</p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=13.9841,99.9712">แผนที่ตั้ง (Google Maps)</a></p>'
          '<p>สอบถามข้อมูล : <a href="/qa/">กระดานถาม-ตอบ</a></p>')
    qa = [("ขอทราบขั้นตอนการขออนุญาตต่อเติมบ้านครับ", "สมชาย (หมู่ 5)", "9 มี.ค. 2569",
           "ยื่นคำขอ ข.1 พร้อมแบบแปลนที่กองช่าง ระยะเวลาพิจารณาไม่เกิน 45 วัน ดูรายละเอียดในคู่มือสำหรับประชาชน (admin)"),
          ("รถเก็บขยะหมู่ 8 ไม่มาเก็บสองสัปดาห์แล้วค่ะ", "ชาวบ้านหมู่ 8", "18 ก.พ. 2569",
           "กองสาธารณสุขฯ ได้ปรับเส้นทางและเข้าเก็บแล้วเมื่อ 20 ก.พ. 2569 ขออภัยในความไม่สะดวก (admin)")]
    items = "".join(f'<div class="qa"><p><b>ถาม:</b> {esc(q)} <small>{esc(who)} {when}</small></p><p><b>ตอบ:</b> {esc(ans)}</p></div>'
                    for q, who, when, ans in qa)
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          f'{items}<form action="/qa/post/" method="post"><h2>ตั้งกระทู้ถาม</h2>หัวข้อ <input name="subject"><br>'
          'รายละเอียด <textarea name="detail"></textarea><br>ชื่อ <input name="name"><br><button>ส่งคำถาม</button></form>')
    write("/eservice/", "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)",
          "<p>ประชาชนสามารถยื่นคำร้องขอรับบริการจากเทศบาลได้ทางออนไลน์ เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
          '<form action="https://eservice.smartmuni.net/nkt/request" method="post">'
          '<h2>แบบคำร้องออนไลน์</h2>ชื่อ-นามสกุล <input name="name"><br>เบอร์โทรศัพท์ <input name="tel"><br>'
          'ประเภทคำร้อง <select name="type"><option>คำร้องทั่วไป</option><option>ขอถังขยะ</option>'
          '<option>ขอซ่อมไฟฟ้าสาธารณะ</option><option>ขอรับน้ำอุปโภคบริโภค</option></select><br>'
          'รายละเอียด <textarea name="detail"></textarea><br><button>ส่งคำร้อง</button></form>'
          f'<p>{a(f("service-69"), "ข้อมูลสถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ร้องเรียนร้องทุกข์ได้ที่สำนักงานเทศบาล โทร. 0 3499 7120 ต่อ 105 หรือตู้รับเรื่องร้องเรียนหน้าสำนักงาน</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการปฏิบัติงานเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้ร้อง (ไม่ระบุได้) <input name="name"><br>'
          'เบอร์ติดต่อ <input name="tel"><br>เรื่อง <input name="subject"><br>รายละเอียดการกระทำ <textarea name="detail"></textarea><br>'
          'แนบหลักฐาน <input type="file" name="file"><br><button>ส่งเรื่อง</button></form>'
          '<p>หรือแจ้ง <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> และศูนย์ดำรงธรรมจังหวัดนครปฐม โทร. 1567</p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>เทศบาลเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    links = "".join(f"<li>{esc(t)}<ul>" + "".join(f"<li>{a(u, n)}</li>" for n, u in ls) + "</ul></li>" for t, ls in MEGA)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{links}</ul>")
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "ดาวน์โหลด (" + ROWS[k][3].upper() + ")")}</td></tr>'
                   for k in months)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่ลง</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>รายงานประจำปี</h2><ul><li>{a(f("proc-year-68"), ROWS["proc-year-68"][0])}</li></ul>')
    cats = " · ".join(a(f"/download/{s}/", n) for s, n in CATS.items())
    write("/download/", "เอกสารเผยแพร่", f'<p class="cats">หมวดหมู่ : {cats}</p>{table(listed())}')
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"เอกสารเผยแพร่ : {cname}", f'<p class="cats">หมวดหมู่ : {cats}</p>{table(listed(slug))}',
              crumb=f'<a href="/download/">เอกสารเผยแพร่</a> › {esc(cname)}')


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    for n in ("logo.png", "person.png", "chart.png", "mayor.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    with open(os.path.join(HERE, "assets", "theme.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}.tm-topbar{background:#7a1f1f;color:#fff;padding:3px 8px}"
                 ".tm-mega>ul>li{display:inline-block;position:relative;margin:0 8px}.tm-mega .panel{display:none;position:absolute;"
                 "background:#fff;border:1px solid #ccc;min-width:260px}.tm-mega li.mm:hover .panel{display:block}"
                 ".tm-wrap{display:flex}.tm-main{flex:1;padding:10px}.tm-side{width:230px}.w{border:1px solid #ddd;margin:6px;padding:6px}"
                 ".tabs li{display:inline;margin-right:8px}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:3px}"
                 ".tm-footer{background:#333;color:#eee;padding:10px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()
    ita_pages()


if __name__ == "__main__":
    main()
