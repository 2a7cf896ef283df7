"""Generate the HTML pages of the "saostale" test site (องค์การบริหารส่วนตำบลหนองกระทุ่มทอง, invented).

Run:  python tests/sites/saostale/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A small อบต. on an old provider template: a header with the seal, a menu bar, a right-hand column
(the chief executive, "ปรับปรุงล่าสุด", links, visitor counter) and a footer on every page; pages are
folder/index.html.  Documents are listed by category (/download/<cat>/), the monthly procurement
summaries on /procurement/, news under /news/ (three pages, only seven posts of FY2569).  The ITA
page /ita/2569/ is a table o1 … o26 in the office's own short wording whose links go to files,
pages or category lists; last year's /ita/2568/ is still online.  The site was last touched in
กุมภาพันธ์ 2569.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, path  # noqa: E402

ORG = "องค์การบริหารส่วนตำบลหนองกระทุ่มทอง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "ข้อบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "ข้อมูลสถิติ", "procure": "ประกาศจัดซื้อจัดจ้าง", "hr": "งานบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือราชการ / ประชาสัมพันธ์"}
GONE_SIZE = {"risk-report-68": "256.3 KB"}
OLD_DEAD = "/files/2567/1469.pdf"  # last year's o22 (risk-management report 2567): deleted


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {str(dt.year + 543)[2:]}".translate(THAI)


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("ประวัติความเป็นมา", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("คณะผู้บริหาร", "/about/executives/"), ("สมาชิกสภา", "/about/council/"), ("บุคลากร", "/about/staff/"),
        ("ข่าวประชาสัมพันธ์", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลดเอกสาร", "/download/"),
        ("กระดานสนทนา", "/webboard/"), ("ITA", "/ita/"), ("ติดต่อ อบต.", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = " | ".join(a(u, t) for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<link rel="stylesheet" href="/css/main.css"><link rel="icon" href="/images/favicon.ico"></head>
<body><table id="page" width="980" align="center"><tr><td colspan="2" id="header">
<img src="/images/seal.png" alt="ตรา อบต.หนองกระทุ่มทอง" width="90" height="90" align="left">
<span class="org">{ORG}</span><br><span class="en">Nong Krathum Thong Subdistrict Administrative Organization</span><br>
<span class="slogan">อำเภอเกษตรสมบูรณ์ จังหวัดชัยภูมิ</span></td></tr>
<tr><td colspan="2" id="menu">{menu}</td></tr>
<tr><td id="content" valign="top" width="740">
<div class="path">{a("/", "หน้าแรก")} » {esc(title)}</div>
<h1>{esc(title)}</h1>
{body}
</td><td id="right" valign="top" width="240">
<div class="box"><img src="/images/chief.jpg" alt="นายก อบต." width="110" height="140"><br>
<b>นายเฉลิมพล ศรีวงษา</b><br>นายกองค์การบริหารส่วนตำบลหนองกระทุ่มทอง<br>โทร. 08 6427 1935</div>
<div class="box"><b>ข้อมูลสำหรับประชาชน</b><br>{a("/eservice/", "บริการออนไลน์ (E-Service)")}<br>
{a("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริต")}<br>{a("/download/manual/", "คู่มือสำหรับประชาชน")}<br>
{a("/ita/2569/", "ITA 2569")}<br>{a("/ita/2568/", "ITA 2568")}<br>{a("/otop/", "ผลิตภัณฑ์ OTOP")}</div>
<div class="box"><b>ลิงก์หน่วยงาน</b><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.gprocurement.go.th/">ระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></div>
<div class="box">ปรับปรุงข้อมูลล่าสุด : ๑๒ ก.พ. ๖๙<br>ผู้เข้าชมเว็บไซต์ ๔๘,๒๑๗ ครั้ง</div>
</td></tr>
<tr><td colspan="2" id="footer">{ORG} หมู่ที่ 6 ถนนเกษตรสมบูรณ์-หนองบัวแดง ตำบลหนองกระทุ่มทอง
อำเภอเกษตรสมบูรณ์ จังหวัดชัยภูมิ 36120<br>โทรศัพท์/โทรสาร 0 4405 9318 · อีเมล nkt.sao@gmail.com ·
{a("/privacy/", "นโยบายเว็บไซต์")} · {a("/sitemap/", "แผนผังเว็บไซต์")}<br>
© 2560 {ORG} · ออกแบบโดย ชัยภูมิเว็บดีไซน์</td></tr></table>
</body></html>
"""


def write(url: str, title: str, body: str) -> None:
    target = os.path.join(HERE, url.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if key in GONE_SIZE:
        return GONE_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, path(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        _n, title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td align="center">{i}</td><td>{a(path(k), title)}</td><td>{be(up)}</td>'
                    f'<td><img src="/images/{ext}.gif" alt="{ext}" width="16" height="16"> {size_of(k)}</td></tr>')
    return ('<table class="list" border="1" cellspacing="0"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th>'
            '<th>ไฟล์</th></tr>\n' + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if not k.startswith("proc-20") and (cat is None or ROWS[k][2] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][3], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (530, (2026, 2, 12), "ประชาสัมพันธ์การยื่นแบบและชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีที่ดินและสิ่งปลูกสร้าง ชำระภาษีได้ที่กองคลัง ภายในวันที่ 30 เมษายน 2569"]),
    (527, (2026, 1, 16), "สรุปผลการประชุมประชาคมตำบล ประจำปี 2569",
     ["เมื่อวันที่ 14 มกราคม 2569 องค์การบริหารส่วนตำบลหนองกระทุ่มทอง จัดประชุมประชาคมตำบล ณ ห้องประชุม อบต. "
      "เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมในการเสนอปัญหาและความต้องการ สำหรับจัดทำแผนพัฒนาท้องถิ่นและงบประมาณปีต่อไป",
      "ผู้เข้าร่วมประชุม 147 คน ได้แก่ กำนัน ผู้ใหญ่บ้าน ผู้นำชุมชน และตัวแทนประชาชนทั้ง 13 หมู่บ้าน "
      "ที่ประชุมเสนอโครงการรวม 38 โครงการ ส่วนใหญ่เป็นถนนเพื่อการเกษตร แหล่งน้ำ และไฟฟ้าส่องสว่าง",
      "มติที่ประชุม : จัดลำดับความสำคัญ 10 โครงการแรก (ขุดลอกหนองกระทุ่ม หมู่ที่ 1 ถนน คสล. หมู่ที่ 5 และ 12 ฯลฯ) "
      "ซึ่ง อบต. จะนำไปพิจารณาบรรจุในแผนพัฒนาท้องถิ่น และแจ้งผลให้ประชาชนทราบทางหอกระจายข่าวและเว็บไซต์"]),
    (524, (2026, 1, 12), "กิจกรรมวันเด็กแห่งชาติ ประจำปี 2569",
     ["วันที่ 10 มกราคม 2569 อบต.หนองกระทุ่มทอง จัดกิจกรรมวันเด็กแห่งชาติ ณ ศูนย์พัฒนาเด็กเล็กบ้านหนองกระทุ่ม มีเด็กร่วมงานกว่า 300 คน"]),
    (519, (2026, 1, 5), "ขอเชิญประชุมประชาคมตำบล ประจำปี 2569",
     ["อบต.หนองกระทุ่มทอง ขอเชิญผู้นำชุมชนและประชาชนร่วมประชุมประชาคมตำบล ในวันที่ 14 มกราคม 2569 เวลา 09.00 น.",
      '<a href="{invite}">หนังสือเชิญประชุม (ดาวน์โหลด)</a>']),
    (514, (2025, 12, 19), "โครงการอบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2569",
     ["วันที่ 18 ธันวาคม 2568 อบต.หนองกระทุ่มทอง จัดโครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา พนักงานส่วนตำบล "
      "และพนักงานจ้าง เพื่อขับเคลื่อนการปฏิบัติตามประมวลจริยธรรมของพนักงานส่วนท้องถิ่น และเสริมสร้างความรู้เรื่องการป้องกันผลประโยชน์ทับซ้อน",
      "มีผู้เข้าร่วม 46 คน วิทยากรจากสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดชัยภูมิ ผลการประเมินความรู้หลังอบรมผ่านร้อยละ 91.3"]),
    (508, (2025, 11, 3), "ประชาสัมพันธ์นโยบาย No Gift Policy ของจังหวัดชัยภูมิ",
     ["อำเภอเกษตรสมบูรณ์แจ้งประชาสัมพันธ์นโยบายไม่รับของขวัญ (No Gift Policy) ของจังหวัดชัยภูมิ ประจำปีงบประมาณ 2569",
      '<a href="{provgift}">หนังสืออำเภอ</a>']),
    (503, (2025, 10, 15), "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป",
     ["รับสมัครระหว่างวันที่ 20 - 31 ตุลาคม 2568 ณ สำนักปลัด ตำแหน่งคนงานประจำรถขยะ 1 อัตรา"]),
    # FY2568
    (488, (2025, 7, 28), "กิจกรรมเฉลิมพระเกียรติ เนื่องในโอกาสวันเฉลิมพระชนมพรรษา 28 กรกฎาคม 2568",
     ["ร่วมปลูกต้นไม้และทำความสะอาดหนองกระทุ่ม มีผู้เข้าร่วม 120 คน"]),
    (470, (2025, 3, 20), "สรุปผลการจัดเวทีประชาคมหมู่บ้าน ประจำปี 2568",
     ["ระหว่างวันที่ 3 - 14 มีนาคม 2568 จัดเวทีประชาคมหมู่บ้านครบ 13 หมู่บ้าน ผู้เข้าร่วม 604 คน เสนอโครงการ 52 โครงการ"]),
    (455, (2024, 12, 20), "โครงการอบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2568",
     ["วันที่ 19 ธันวาคม 2567 จัดอบรมคุณธรรมจริยธรรมแก่บุคลากร ผู้เข้าร่วม 48 คน"]),
    (437, (2024, 11, 6), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ 2568",
     ['อบต.หนองกระทุ่มทอง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 <a href="{opplan}">รายละเอียด</a>']),
    (421, (2024, 4, 11), "ประเพณีสงกรานต์และรดน้ำดำหัวผู้สูงอายุ ประจำปี 2567",
     ["จัดกิจกรรมรดน้ำดำหัวผู้สูงอายุ ณ ศาลาประชาคม หมู่ที่ 6"]),
    (402, (2023, 10, 3), "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2567",
     ["นายก อบต.หนองกระทุ่มทอง ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
      '<a href="{nogift}">ประกาศ</a>']),
    (395, (2023, 8, 15), "ประชุมสภาองค์การบริหารส่วนตำบล สมัยสามัญ สมัยที่ 3/2566",
     ["พิจารณาร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567"]),
]
PER_PAGE = 7


def news_pages() -> None:
    links = {"invite": path("invite-forum"), "provgift": path("prov-no-gift-69"), "opplan": path("opplan-68"),
             "nogift": path("no-gift-67")}
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(y, m, day))} โดย admin</p>{body}'
              f'<img src="/images/news/{nid}.jpg" alt="ภาพกิจกรรม" width="160" height="120">'
              f'<p>{a("/news/", "« ย้อนกลับ")}</p>')
    pages = [NEWS[i:i + PER_PAGE] for i in range(0, len(NEWS), PER_PAGE)]
    for p, chunk in enumerate(pages, 1):
        items = "\n".join(f'<li>{a(f"/news/{n[0]}/", n[2])} <small>[{be(date(*n[1]))}]</small></li>' for n in chunk)
        pager = " ".join(f"<b>{i}</b>" if i == p else a("/news/" if i == 1 else f"/news/page/{i}/", str(i))
                         for i in range(1, len(pages) + 1))
        write("/news/" if p == 1 else f"/news/page/{p}/", "ข่าวประชาสัมพันธ์",
              f'<ul class="news">{items}</ul><p>หน้า {pager}</p>')
    for nid, *_ in NEWS:  # the pictures of the posts
        os.makedirs(os.path.join(HERE, "images", "news"), exist_ok=True)
        with open(os.path.join(HERE, "images", "news", f"{nid}.jpg"), "wb") as fh:
            fh.write(JPG)


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # (code, heading, [(link text, key or path)]) or (group, None)
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล : ข้อมูลพื้นฐาน", None),
    ("o1", "โครงสร้าง และอำนาจหน้าที่", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "การติดต่อ / ถาม-ตอบ", [("ติดต่อ อบต.", "/contact/"), ("กระดานถาม-ตอบ", "/webboard/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("ตัวชี้วัดที่ 9 : การบริหารงานและการใช้จ่ายงบประมาณ", None),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65"), ("แผนฯ เพิ่มเติม", "plan-add-64")]),
    ("o6", "แผนการดำเนินงาน / ข้อบัญญัติงบประมาณ", [("แผนการดำเนินงาน", "opplan-68"), ("ข้อบัญญัติ ปี 2569", "budget-69")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงานประจำปี", "followup-67")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "manual-sop")]),
    ("o9", "คู่มือประชาชน", [("คู่มือสำหรับประชาชน", "citizen-manual")]),
    ("o10", "E-Service", [("บริการออนไลน์", "/eservice/")]),
    ("ตัวชี้วัดที่ 9 : การจัดซื้อจัดจ้าง", None),
    ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1", "/procurement/")]),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงาน ปี 2568", "proc-year-68")]),
    ("ตัวชี้วัดที่ 9 : การบริหารและพัฒนาทรัพยากรบุคคล", None),
    ("o13", "หลักเกณฑ์และแผนการบริหารงานบุคคล", [("หลักเกณฑ์", "hr-rules"), ("แผนพัฒนาบุคลากร ปี 2569", "hr-plan")]),
    ("o14", "รายงานผลการบริหารและพัฒนาบุคลากร", [("งานบริหารงานบุคคล", "/download/hr/")]),
    ("o15", "ประมวลจริยธรรม / การขับเคลื่อน", [("ประมวลจริยธรรม", "ethics"), ("อบรมคุณธรรมจริยธรรม", "/news/514/")]),
    ("ตัวชี้วัดที่ 9 : การส่งเสริมความโปร่งใส", None),
    ("o16", "คู่มือเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติเรื่องร้องเรียน", "complaint-68h1")]),
    ("o19", "การมีส่วนร่วม", [("ประชาคมตำบล", "/news/527/")]),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", None),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", "no-gift-67")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง ปี 2569", "risk-69")]),
    ("o22", "รายงานผลการบริหารความเสี่ยง", [("รายงาน ปี 2568", "risk-report-68")]),
    ("o23", "แผนปฏิบัติการป้องกันการทุจริต", [("แผน ปี 2569", "anti-plan-69")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงาน ปี 2568", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนา", [("มาตรการส่งเสริมคุณธรรมฯ", "ita-analysis-67")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("รายงาน ปี 2568", "integrity-report-68")]),
]
ITA_2568 = [
    ("o1", "โครงสร้าง", [("โครงสร้าง", "/about/structure/")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนการดำเนินงาน ปี 2568", [("แผนการดำเนินงาน 2568", "opplan-68")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("รอบ 6 เดือน", "complaint-68h1")]),
    ("o21", "No Gift Policy", [("ประกาศ", "no-gift-67")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต ปี 2568", [("ประเมินความเสี่ยง", "risk-68")]),
    ("o24", "รายงานผลการบริหารความเสี่ยง ปี 2567", [("รายงาน", OLD_DEAD)]),
    ("o30", "การวิเคราะห์ผล ITA 2567 และมาตรการ", [("วิเคราะห์ผล ITA", "ita-analysis-67")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita" border="1" cellspacing="0"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3"><b>{esc(row[0])}</b></td></tr>')
            continue
        code, heading, links = row
        cell = "<br>".join(a(h if h.startswith("/") else path(h), t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li>{a(f"/news/{n[0]}/", n[2])} ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    procs = "".join(f"<li>{a(path(k), ROWS[k][1])}</li>" for k in ("proc-2026-01", "print-plan", "proc-plan-69"))
    write("/", "หน้าแรก",
          '<marquee>ยินดีต้อนรับเข้าสู่เว็บไซต์องค์การบริหารส่วนตำบลหนองกระทุ่มทอง</marquee>'
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul>{latest}</ul><p>{a("/news/", "อ่านทั้งหมด")}</p>'
          f'<h2>ข่าวจัดซื้อจัดจ้าง</h2><ul>{procs}</ul><p>{a("/procurement/", "ดูทั้งหมด")}</p>'
          f'<p>{a("/ita/2569/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2569")}</p>')
    write("/about/history/", "ประวัติความเป็นมา",
          "<p>องค์การบริหารส่วนตำบลหนองกระทุ่มทอง ยกฐานะจากสภาตำบลเมื่อวันที่ 30 มกราคม พ.ศ. 2540 "
          "อยู่ห่างจากที่ว่าการอำเภอเกษตรสมบูรณ์ประมาณ 9 กิโลเมตร มีพื้นที่ประมาณ 63 ตารางกิโลเมตร</p>"
          "<p>จำนวนหมู่บ้าน 13 หมู่บ้าน ประชากร 7,208 คน 2,104 ครัวเรือน (ข้อมูล ณ ปี 2565)</p>"
          f'<p>{a("/about/vision/", "วิสัยทัศน์ / พันธกิจ")}</p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : หนองกระทุ่มทองถิ่นน่าอยู่ คู่เศรษฐกิจพอเพียง ประชาชนมีส่วนร่วม</p>"
          "<ol><li>พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐาน</li><li>ส่งเสริมคุณภาพชีวิตของประชาชน</li>"
          "<li>ส่งเสริมเศรษฐกิจพอเพียงและการเกษตร</li><li>บริหารจัดการบ้านเมืองที่ดี</li></ol>")
    write("/about/structure/", "แผนผังโครงสร้างองค์กร",
          '<p><img src="/images/structure.jpg" alt="แผนผังโครงสร้าง อบต.หนองกระทุ่มทอง" width="600" height="420"></p>'
          "<h2>ฝ่ายบริหาร</h2><p>นายก อบต. — รองนายก อบต. (2) — เลขานุการนายก อบต.</p>"
          "<h2>ฝ่ายนิติบัญญัติ</h2><p>ประธานสภา อบต. — รองประธานสภา อบต. — เลขานุการสภา อบต. — สมาชิกสภา อบต. (13 คน)</p>"
          "<h2>ฝ่ายประจำ</h2><p>ปลัด อบต. — รองปลัด อบต.</p><ul><li>สำนักปลัด</li><li>กองคลัง</li><li>กองช่าง</li>"
          "<li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>กองสวัสดิการสังคม</li><li>หน่วยตรวจสอบภายใน</li></ul>"
          f'<p>{a("/about/authority/", "อำนาจหน้าที่ขององค์การบริหารส่วนตำบล")}</p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>อำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 แก้ไขเพิ่มเติม มาตรา 66 67 68 "
          "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
          "<li>การพัฒนาตำบลทั้งในด้านเศรษฐกิจ สังคม และวัฒนธรรม</li><li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li>"
          "<li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ รวมทั้งกำจัดมูลฝอยและสิ่งปฏิกูล</li>"
          "<li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li>"
          "<li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
          "<li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li></ol>")
    execs = [("นายเฉลิมพล ศรีวงษา", "นายกองค์การบริหารส่วนตำบลหนองกระทุ่มทอง", "08 6427 1935"),
             ("นายบุญส่ง ทองดี", "รองนายกองค์การบริหารส่วนตำบล", "08 1876 2204"),
             ("นางสมใจ พันธุ์เพ็ง", "รองนายกองค์การบริหารส่วนตำบล", "09 5512 3087"),
             ("นายอดิศร ชัยมาตย์", "เลขานุการนายกองค์การบริหารส่วนตำบล", "06 3340 7718")]
    cards = "".join(f'<div class="person"><img src="/images/people/ex{i}.jpg" alt="{esc(n)}" width="100" height="130"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for i, (n, p, t) in enumerate(execs, 1))
    write("/about/executives/", "คณะผู้บริหาร", cards)
    write("/about/council/", "สมาชิกสภาองค์การบริหารส่วนตำบล",
          "<ul><li>นายสุพจน์ มั่งมี ประธานสภา อบต.</li><li>นายทวี แสนคำ รองประธานสภา อบต.</li>"
          "<li>นางสาวอรุณี บุญมา เลขานุการสภา อบต.</li><li>สมาชิกสภา อบต. หมู่ที่ 1 - 13</li></ul>")
    staff = [("นางรัชนี โคตรสมบัติ", "ปลัดองค์การบริหารส่วนตำบล"), ("นายธีระ พลเยี่ยม", "รองปลัดองค์การบริหารส่วนตำบล"),
             ("นางสาวนงลักษณ์ สีหาวงษ์", "หัวหน้าสำนักปลัด"), ("นางพรทิพย์ ศรีบุญเรือง", "ผู้อำนวยการกองคลัง"),
             ("นายสมพงษ์ ภูมิสถาน", "ผู้อำนวยการกองช่าง"), ("นางวิไลวรรณ ชาญประโคน", "ผู้อำนวยการกองการศึกษาฯ")]
    write("/about/staff/", "บุคลากร (ฝ่ายประจำ)",
          "<ul>" + "".join(f"<li>{esc(n)} — {esc(p)}</li>" for n, p in staff) + "</ul>")
    write("/contact/", "ติดต่อ อบต.",
          f"<p>{ORG}<br>หมู่ที่ 6 ถนนเกษตรสมบูรณ์-หนองบัวแดง ตำบลหนองกระทุ่มทอง อำเภอเกษตรสมบูรณ์ จังหวัดชัยภูมิ 36120</p>"
          "<p>โทรศัพท์/โทรสาร 0 4405 9318<br>อีเมล nkt.sao@gmail.com<br>"
          '<a href="https://www.facebook.com/nktsao">Facebook อบต.หนองกระทุ่มทอง</a></p>'
          "<p>เวลาราชการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=16.1547,101.9386">แผนที่ตั้ง อบต. (Google Maps)</a></p>'
          f'<p>มีข้อสงสัยสอบถามได้ที่ {a("/webboard/", "กระดานถาม-ตอบ")}</p>')
    topics = [(31, "สอบถามเรื่องการขอรับเบี้ยยังชีพคนพิการ", "ชาวบ้านหมู่ 8", "7 ส.ค. 2568",
               "ยื่นได้ที่กองสวัสดิการสังคม ใช้บัตรประชาชน ทะเบียนบ้าน บัตรคนพิการ และสมุดบัญชีธนาคาร (แอดมิน)"),
              (28, "ถนนหมู่ 11 เป็นหลุมเป็นบ่อ", "ผู้ใช้รถ", "2 ก.พ. 2568",
               "กองช่างได้ลงพื้นที่ซ่อมแซมแล้วเมื่อ 10 ก.พ. 2568 (แอดมิน)"),
              (22, "ขอทราบวันชำระภาษีป้าย", "ร้านค้า", "15 มี.ค. 2567", "ยื่นแบบภายในเดือนมีนาคม ชำระภายใน 15 วัน (แอดมิน)")]
    rows = "".join(f'<tr><td>{a(f"/webboard/{t}/", q)}</td><td>{esc(w)}</td><td>{d}</td><td>1</td></tr>'
                   for t, q, w, d, _ans in topics)
    write("/webboard/", "กระดานถาม-ตอบ (Q&A)",
          f'<table class="list" border="1" cellspacing="0"><tr><th>กระทู้</th><th>โดย</th><th>วันที่</th><th>ตอบ</th></tr>{rows}</table>'
          '<form action="/webboard/post/" method="post"><h2>ตั้งกระทู้ถามใหม่</h2>หัวข้อ <input name="topic"><br>'
          'ข้อความ <textarea name="detail"></textarea><br>ชื่อผู้ถาม <input name="poster"><br>'
          '<input type="submit" value="ตั้งกระทู้"></form>')
    for t, q, w, d, ans in topics:
        write(f"/webboard/{t}/", q, f"<p><b>ถาม</b> {esc(q)}<br><small>โดย {esc(w)} {d}</small></p>"
              f"<p><b>ตอบ</b> {esc(ans)}</p>" + f'<p>{a("/webboard/", "« กลับกระดานถาม-ตอบ")}</p>')
    write("/eservice/", "บริการออนไลน์ (E-Service)",
          "<p>ประชาชนสามารถยื่นคำร้องขอรับบริการจาก อบต.หนองกระทุ่มทอง ผ่านทางออนไลน์ได้ตลอด 24 ชั่วโมง "
          "เจ้าหน้าที่จะตรวจสอบและติดต่อกลับภายใน 2 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSfNKTsaoEservice/formResponse" method="post">'
          "<h2>แบบคำร้องออนไลน์</h2>ชื่อ-สกุล <input name=\"entry.101\"><br>หมายเลขโทรศัพท์ <input name=\"entry.102\"><br>"
          'ประเภทคำร้อง <select name="entry.103"><option>คำร้องทั่วไป</option><option>ขอรับความช่วยเหลือสาธารณภัย</option>'
          '<option>ขอใช้รถบรรทุกน้ำ</option><option>แจ้งซ่อมไฟฟ้าสาธารณะ</option></select><br>'
          'รายละเอียด <textarea name="entry.104"></textarea><br><input type="submit" value="ส่งคำร้อง"></form>'
          f'<p>{a(path("service-69"), "สถิติการให้บริการประชาชน ปีงบประมาณ 2569 (ต.ค. - ธ.ค. 68)")}</p>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนร้องทุกข์ทั่วไปได้ที่ศูนย์รับเรื่องร้องเรียน อบต.หนองกระทุ่มทอง โทร 0 4405 9318 หรือตู้รับความคิดเห็น</p>"
          f'<p>{a("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</p>'
          f'<p>{a(path("complaint-manual"), "คู่มือการปฏิบัติงานเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลของผู้แจ้งจะถูกเก็บรักษาเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อ-สกุล (ไม่ระบุก็ได้) <input name="name"><br>'
          'โทรศัพท์ <input name="tel"><br>เรื่อง <input name="subject"><br>รายละเอียด <textarea name="detail"></textarea><br>'
          'แนบหลักฐาน <input type="file" name="evidence"><br><input type="submit" value="ส่งเรื่องร้องเรียน"></form>'
          '<p>ช่องทางอื่น : <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · '
          '<a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a> · ศูนย์ดำรงธรรม โทร 1567</p>')
    write("/otop/", "ผลิตภัณฑ์ OTOP",
          "<ul><li>ผ้าไหมมัดหมี่ บ้านหนองกระทุ่ม หมู่ที่ 2</li><li>ข้าวหอมมะลิอินทรีย์ กลุ่มวิสาหกิจชุมชนหมู่ที่ 7</li></ul>")
    write("/privacy/", "นโยบายเว็บไซต์",
          "<p>อบต.หนองกระทุ่มทอง เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in MENU) + "</ul>")
    # procurement
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f"<tr><td>{a(path(k), ROWS[k][1])}</td><td>{be(ROWS[k][3])}</td>"
                   f"<td>{ROWS[k][4].upper()}</td></tr>" for k in months)
    notices = "".join(f"<li>{a(path(k), ROWS[k][1])} ({be(ROWS[k][3])})</li>"
                      for k in ("print-plan", "proc-plan-69", "proc-year-68"))
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง",
          f'<h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)</h2><table class="list" border="1" cellspacing="0">'
          f"<tr><th>เรื่อง</th><th>วันที่</th><th>ชนิดไฟล์</th></tr>{rows}</table>"
          f"<h2>ประกาศ / รายงาน</h2><ul>{notices}</ul>")
    # downloads
    cats = " | ".join(a(f"/download/{s}/", n) for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวด : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลดเอกสาร : {cname}", f"<p>หมวด : {cats}</p>{table(listed(slug))}")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          f'<ul><li>{a("/ita/2569/", "ITA ประจำปีงบประมาณ 2569")}</li><li>{a("/ita/2568/", "ITA ประจำปีงบประมาณ 2568")}</li></ul>')
    write("/ita/2569/", "ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)", ita_table(ITA_2569))
    write("/ita/2568/", "ITA 2568 การเปิดเผยข้อมูลสาธารณะ (OIT)",
          "<p>ข้อมูลประกอบการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568</p>" + ita_table(ITA_2568))


PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010800000000"
                    "3a7e9b550000000a49444154789c63680000008200817dcd72b60000000049454e44ae426082")
GIF = bytes.fromhex("47494638396101000100800000ffffff0000002c00000000010001000002024401003b")
JPG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300" + "01" * 64 +
                    "ffc0000b080001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0b"
                    "ffda0008010100003f00d2cf20ffd9")


def assets() -> None:
    os.makedirs(os.path.join(HERE, "images", "people"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "css"), exist_ok=True)
    for n in ("seal.png", "favicon.ico"):
        with open(os.path.join(HERE, "images", n), "wb") as fh:
            fh.write(PNG)
    for n in ("chief.jpg", "structure.jpg", *(f"people/ex{i}.jpg" for i in range(1, 5))):
        with open(os.path.join(HERE, "images", n), "wb") as fh:
            fh.write(JPG)
    for n in ("pdf", "doc", "docx", "xls", "xlsx"):
        with open(os.path.join(HERE, "images", f"{n}.gif"), "wb") as fh:
            fh.write(GIF)
    with open(os.path.join(HERE, "css", "main.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,'MS Sans Serif',sans-serif;font-size:13px;background:#f4eedb}"
                 "#header{background:#7a1f12;color:#fff;height:100px}.org{font-size:22px;font-weight:bold}"
                 "#menu{background:#c89b2c;padding:4px}#menu a{color:#fff}.box{border:1px solid #c89b2c;margin:4px;padding:4px}"
                 ".list td,.ita td{padding:3px}#footer{background:#7a1f12;color:#fff;font-size:11px;padding:6px}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
