"""Generate the HTML pages of the "nakhonnorth" test site (เทศบาลนครเวียงกว๊าน, invented).

Run:  python tests/sites/nakhonnorth/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A city municipality on a web provider's template: a top bar, a menu, a side column (the mayor,
hotline, quick links, visitor counter) and a footer on every page; pages are folder/index.html.
Documents are listed by category under /download/<cat>/ (newest first), the monthly procurement
summaries on /procurement/, news under /news/ (two pages), division pages under /dept/.  The ITA
page /ita/2569/ is a table of o1 … o26 in the municipality's own short wording whose links go to
files, pages or category lists; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "เทศบาลนครเวียงกว๊าน"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนพัฒนา / แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "สถิติ", "procure": "ประกาศจัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "ป้องกันการทุจริต / คุณธรรม", "general": "เอกสารทั่วไป"}
MISSING_SIZE = "1.27 MB"
OLD_BROKEN = "/files/29874.pdf"  # last year's o22 (risk assessment 2568), long gone


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(THAI)


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str = "ดาวน์โหลด") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับเทศบาล", "/about/history/"), ("โครงสร้างส่วนราชการ", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ส่วนราชการ", "/dept/"), ("ข่าวประชาสัมพันธ์", "/news/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("เอกสารดาวน์โหลด", "/download/"), ("บริการประชาชน", "/service/manual/"),
        ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/theme.css"></head>
<body>
<div id="topbar">{ORG} จังหวัดพะเยา · ศูนย์บริการร่วม โทร. ๐ ๕๔๔๘ ๑๑๒๐ · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="header"><img src="/assets/seal.png" alt="ตราเทศบาลนครเวียงกว๊าน" width="72" height="72">
<span class="name">{ORG}</span><br><span class="en">Wiang Kwan City Municipality</span></div>
<ul id="nav">
{menu}
</ul>
<div id="container"><div id="sidebar">
<div class="widget"><img src="/assets/mayor.png" alt="นายกเทศมนตรี" width="90" height="110"><br>
<b>นายธนากร ศรีวงค์ษา</b><br>นายกเทศมนตรีนครเวียงกว๊าน<br>สายตรงนายก ๐๘ ๑๗๗๔ ๒๐๓๖</div>
<div class="widget"><b>ลิงก์ด่วน</b><br><a href="/eservice/">ยื่นคำร้องออนไลน์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/qa/">กระดานถาม-ตอบ</a><br>
<a href="/ita/2569/">ITA ๒๕๖๙</a><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></div>
<div class="widget">ผู้เข้าชมวันนี้ ๔๑๒ · ทั้งหมด ๑,๒๐๔,๗๗๓</div>
</div>
<div id="content">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} ๙๙ ถนนพหลโยธิน ตำบลเวียง อำเภอเมืองพะเยา จังหวัดพะเยา ๕๖๐๐๐<br>
โทรศัพท์ ๐ ๕๔๔๘ ๑๑๒๐ โทรสาร ๐ ๕๔๔๘ ๑๑๒๙ อีเมล saraban@wiangkwan.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>
สงวนลิขสิทธิ์ © ๒๕๖๕ {ORG} · ออกแบบโดย หจก.ล้านนาเว็บดีไซน์</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.2f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td><img src="/assets/{ext}.gif" alt="{ext}"> {size_of(k)}</td></tr>')
    return ('<table class="doc"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if not k.startswith("proc-20") and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (2417, (2026, 4, 3), "เทศบาลนครเวียงกว๊านเตรียมความพร้อมจัดงานประเพณีสงกรานต์ปี๋ใหม่เมือง ๒๕๖๙",
     ["ประชุมคณะกรรมการจัดงานประเพณีปี๋ใหม่เมือง ระหว่างวันที่ 13 - 15 เมษายน 2569 ณ ลานริมกว๊านพะเยา"]),
    (2409, (2026, 3, 20), "ฉีดพ่นละอองน้ำลดฝุ่น PM2.5 ในเขตเทศบาล",
     ["กองสาธารณสุขและสิ่งแวดล้อมร่วมกับสถานีดับเพลิงเทศบาล ฉีดพ่นละอองน้ำบนถนนสายหลัก 12 สาย ช่วงวิกฤตหมอกควัน"]),
    (2398, (2026, 2, 24), "สรุปผลการประชุมประชาคมเมือง เพื่อรับฟังความคิดเห็นในการจัดทำแผนพัฒนาท้องถิ่น ประจำปี ๒๕๖๙",
     ["เมื่อวันที่ 12 กุมภาพันธ์ 2569 เทศบาลนครเวียงกว๊านจัดประชุมประชาคมเมือง ณ หอประชุมเทศบาล เพื่อเปิดโอกาสให้ประชาชน"
      "มีส่วนร่วมเสนอปัญหาและความต้องการ มีผู้เข้าร่วม 418 คน จากทั้ง 27 ชุมชน ผู้แทนภาคเอกชน และสถานศึกษา",
      "ที่ประชุมเสนอโครงการ 64 โครงการ เช่น ขยายทางเดินเลียบกว๊านพะเยา ปรับปรุงท่อระบายน้ำชุมชนบ้านร่องไฮ และจุดตรวจวัดฝุ่น PM2.5",
      "เทศบาลจะนำข้อเสนอไปบรรจุในแผนพัฒนาท้องถิ่น (เพิ่มเติม) และแจ้งผลการพิจารณาให้ประธานชุมชนทราบภายในเดือนพฤษภาคม 2569"]),
    (2391, (2026, 1, 29), "ขอเชิญร่วมประชุมประชาคมเมือง ประจำปี ๒๕๖๙",
     ["ขอเชิญประธานชุมชนและประชาชนร่วมประชุมประชาคมเมือง วันที่ 12 กุมภาพันธ์ 2569 เวลา 09.00 น. ณ หอประชุมเทศบาล",
      '<a href="{invite}">หนังสือเชิญประชุม</a>']),
    (2385, (2026, 1, 16), "โครงการอบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ ๒๕๖๙",
     ["วันที่ 16 มกราคม 2569 เทศบาลนครเวียงกว๊านจัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล ให้ผู้บริหาร "
      "พนักงานเทศบาล ลูกจ้าง และพนักงานจ้างนำไปปฏิบัติ วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดพะเยา บรรยายเรื่องการกระทำที่เป็นการขัดกันแห่งผลประโยชน์",
      "มีผู้เข้าร่วม 438 คน และประกาศแนวทาง Do's & Don'ts ของพนักงานเทศบาลในที่ประชุม"]),
    (2377, (2025, 12, 26), "ตั้งจุดบริการประชาชนช่วงเทศกาลปีใหม่ ๒๕๖๙",
     ["ตั้งจุดบริการประชาชนบริเวณสี่แยกประตูชัย ระหว่างวันที่ 29 ธันวาคม 2568 - 4 มกราคม 2569"]),
    (2366, (2025, 11, 5), "งานประเพณีลอยกระทง กว๊านพะเยา ประจำปี ๒๕๖๘",
     ["ขบวนกระทงใหญ่ 27 ชุมชน และการปล่อยโคมลอยในพื้นที่ที่กำหนด วันที่ 5 พฤศจิกายน 2568"]),
    (2358, (2025, 10, 20), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้างผ่านแอปพลิเคชัน",
     ["ผู้เสียภาษีชำระผ่าน QR Code ของธนาคารกรุงไทยได้ตั้งแต่ 1 พฤศจิกายน 2568 เป็นต้นไป"]),
    # FY2568: on page 2
    (2271, (2025, 8, 12), "กิจกรรมวันแม่แห่งชาติ ๑๒ สิงหาคม ๒๕๖๘", ["พิธีถวายพระพรชัยมงคล ณ หอประชุมเทศบาล"]),
    (2233, (2025, 3, 14), "ประชุมประชาคมเมือง ประจำปี ๒๕๖๘",
     ["วันที่ 14 มีนาคม 2568 ประชุมประชาคมเมือง มีผู้เข้าร่วม 386 คน เสนอโครงการ 51 โครงการ"]),
    (2219, (2025, 2, 21), "โครงการอบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ ๒๕๖๘",
     ["อบรมพนักงานเทศบาล 412 คน ณ หอประชุมเทศบาล"]),
    (2187, (2024, 12, 2), "มอบผ้าห่มกันหนาวแก่ผู้สูงอายุ ๒๗ ชุมชน", ["มอบผ้าห่ม 1,200 ผืน"]),
]


def news_pages() -> None:
    invite = f("invite")
    for nid, ymd, title, paras in NEWS:
        body = f"<p class=\"date\">วันที่ลงข่าว {be(date(*ymd))}</p>" + "".join(
            f"<p>{p.format(invite=invite) if p.startswith('<a') else esc(p)}</p>" for p in paras)
        body += '<img src="/assets/news.png" alt="ภาพกิจกรรม" width="320" height="200"><p><a href="/news/">กลับหน้าข่าว</a></p>'
        write(f"/news/{nid}/", title, body)
    cur = [n for n in NEWS if date(*n[1]) >= date(2025, 10, 1)]
    old = [n for n in NEWS if date(*n[1]) < date(2025, 10, 1)]

    def lst(items) -> str:
        return "<ul class=\"news\">" + "".join(
            f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <small>{be(date(*n[1]))}</small></li>' for n in items) + "</ul>"
    write("/news/", "ข่าวประชาสัมพันธ์", lst(cur) + '<p>หน้า 1 | <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", lst(old) + '<p><a href="/news/">1</a> | หน้า 2</p>')


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # code, the municipality's own short wording, links [(text, href)] ([] -> a note)
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้างส่วนราชการ", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหารเทศบาล", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อเทศบาล / ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("Q&A", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนการดำเนินงาน / เทศบัญญัติงบประมาณ", [("แผนการดำเนินงาน", "opplan-68"), ("เทศบัญญัติงบประมาณรายจ่าย ปี 2569", "budget-69")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "report-67")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือ", "/download/manual/")]),
    ("o9", "คู่มือสำหรับประชาชน", [("คู่มือสำหรับประชาชน", "/service/manual/")]),
    ("o10", "E-Service", [("ยื่นคำร้องออนไลน์", "/eservice/")]),
    ("o11", "สขร.1 รายเดือน", [("ผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o12", "รายงานผลจัดซื้อจัดจ้างประจำปี", [("รายงานประจำปี 2568", "proc-year-68")]),
    ("o13", "หลักเกณฑ์และแผนบริหารงานบุคคล", [("เอกสารงานบุคคล", "/download/hr/")]),
    ("o14", "รายงานผลบริหารงานบุคคล", [("รายงานผล ปี 2568", "hr-report-68")]),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมขับเคลื่อนจริยธรรม", "/news/2385/")]),
    ("o16", "คู่มือจัดการเรื่องร้องเรียนทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียนทุจริต", [("สถิติเรื่องร้องเรียน", "complaint-stat")]),
    ("o19", "การมีส่วนร่วมของประชาชน", [("ประชาคมเมือง", "/news/2398/")]),
    ("o20", "No Gift Policy", [("ประกาศนโยบาย", "no-gift-67"), ("รายงานการรับของขวัญ", "gift-report-68")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยงการทุจริต ประจำปี 2569", "risk-68")]),
    ("o22", "รายงานผลตามแผนบริหารความเสี่ยง", [("รายงานผล", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต ปี 2569", "anti-plan-69")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงานผล", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนาองค์กร", [("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", "ita-analysis-67")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", []),
]
ITA_2568 = [
    ("o1", "โครงสร้าง", [("โครงสร้าง", "/about/structure/")]),
    ("o2", "ผู้บริหาร", [("ผู้บริหาร", "/about/executives/")]),
    ("o6", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65"), ("เพิ่มเติม", "plan-61-65-add")]),
    ("o9", "แผนการดำเนินงาน", [("แผนการดำเนินงาน ปี 2568", "opplan-68")]),
    ("o11", "รายงานผลการดำเนินงาน", [("ติดตามประเมินผลแผน 2567", "eval-67")]),
    ("o14", "สขร.1", [("สขร.1", "/procurement/")]),
    ("o18", "หลักเกณฑ์/แผนงานบุคคล", [("แผนอัตรากำลัง", "manpower-64"), ("แผนพัฒนาพนักงาน", "hr-plan")]),
    ("o22", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง ปี 2568", OLD_BROKEN)]),
    ("o30", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต ปี 2568", "anti-plan-68")]),
    ("o33", "มาตรการส่งเสริมคุณธรรม", [("วิเคราะห์ผล ITA 2567 / มาตรการ ปี 2568", "ita-analysis-67")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for code, text, links in rows:
        cells = " , ".join(a(u if u.startswith("/") else f(u), t) for t, u in links) or "อยู่ระหว่างดำเนินการ"
        out.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cells}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "หน้าแรก",
          f'<div class="slide"><img src="/assets/banner.png" alt="กว๊านพะเยา" width="640" height="200"></div>'
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">ข่าวทั้งหมด</a></p>'
          '<h2>บริการประชาชน</h2><p><a href="/eservice/">E-Service</a> · <a href="/service/manual/">คู่มือสำหรับประชาชน</a> · '
          '<a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a> · <a href="/ita/">การประเมิน ITA</a></p>')
    write("/about/history/", "ประวัติเทศบาล",
          "<p>เทศบาลนครเวียงกว๊านจัดตั้งเป็นเทศบาลเมืองเมื่อ พ.ศ. 2478 และยกฐานะเป็นเทศบาลนครเมื่อ พ.ศ. 2553 "
          "มีพื้นที่ 38.6 ตารางกิโลเมตร 27 ชุมชน ประชากร 68,214 คน</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์และพันธกิจ</a> · <a href="/tourism/">สถานที่ท่องเที่ยว</a></p>')
    write("/about/vision/", "วิสัยทัศน์และพันธกิจ",
          "<p>วิสัยทัศน์ : นครแห่งกว๊าน เมืองน่าอยู่ เศรษฐกิจสร้างสรรค์ บริหารโปร่งใส</p>"
          "<ol><li>พัฒนาโครงสร้างพื้นฐานและผังเมือง</li><li>ยกระดับคุณภาพชีวิตและสาธารณสุข</li>"
          "<li>ส่งเสริมการท่องเที่ยวและเศรษฐกิจ</li><li>บริหารจัดการบ้านเมืองที่ดี</li></ol>")
    write("/tourism/", "สถานที่ท่องเที่ยว",
          "<p>กว๊านพะเยา ทางเดินเลียบกว๊าน วัดติโลกอาราม (กลางกว๊าน) ถนนคนเดินริมกว๊านทุกวันเสาร์</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างเทศบาลนครเวียงกว๊าน" width="160" height="100">'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี (4 คน)</li><li>เลขานุการนายกเทศมนตรี (2 คน)</li>"
          "<li>ที่ปรึกษานายกเทศมนตรี (3 คน)</li></ul></li>"
          "<li>สภาเทศบาลนครเวียงกว๊าน<ul><li>ประธานสภาเทศบาล</li><li>รองประธานสภาเทศบาล</li><li>สมาชิกสภาเทศบาล (24 คน)</li></ul></li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล (3 คน)</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li>"
          "<li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองการศึกษา</li><li>กองยุทธศาสตร์และงบประมาณ</li><li>กองสวัสดิการสังคม</li>"
          "<li>หน่วยตรวจสอบภายใน</li><li>สถานธนานุบาลเทศบาล</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่ของเทศบาล</a></p>')
    write("/about/authority/", "อำนาจหน้าที่ของเทศบาล",
          "<p>เทศบาลนครมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50, 53, 54 และ 56 และพระราชบัญญัติกำหนดแผนและ"
          "ขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
          "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>จัดให้มีและบำรุงทางบก ทางน้ำ และทางระบายน้ำ</li>"
          "<li>รักษาความสะอาดของถนน ที่สาธารณะ และการกำจัดขยะมูลฝอยและสิ่งปฏิกูล</li><li>ป้องกันและระงับโรคติดต่อ</li>"
          "<li>จัดให้มีน้ำสะอาด โรงฆ่าสัตว์ ตลาด และสุสาน</li><li>ให้มีการบำรุงและส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li>"
          "<li>ป้องกันและบรรเทาสาธารณภัย</li><li>การผังเมืองและการควบคุมอาคาร</li>"
          "<li>ส่งเสริมการท่องเที่ยวและการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li></ol>")
    execs = [("นายธนากร ศรีวงค์ษา", "นายกเทศมนตรีนครเวียงกว๊าน", "08 1774 2036"),
             ("นายเกรียงไกร ปินตา", "รองนายกเทศมนตรี", "08 9551 3024"),
             ("นางศิริพร ไชยวุฒิ", "รองนายกเทศมนตรี", "08 6188 4702"),
             ("นายอดิศักดิ์ ใจมูล", "รองนายกเทศมนตรี", "09 2417 5560"),
             ("นายพงศกร ธรรมขันธ์", "รองนายกเทศมนตรี", "08 4805 1193"),
             ("นางวิไลวรรณ คำปัน", "ปลัดเทศบาลนครเวียงกว๊าน", "0 5448 1120 ต่อ 101")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="80" height="100"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "คณะผู้บริหารเทศบาล", cards + '<p><a href="/about/council/">สมาชิกสภาเทศบาล</a></p>')
    write("/about/council/", "สมาชิกสภาเทศบาลนครเวียงกว๊าน",
          "<ul><li>นายบุญส่ง วงค์ชัย ประธานสภาเทศบาล</li><li>นางอรุณี แก้วประเสริฐ รองประธานสภาเทศบาล</li>"
          "<li>สมาชิกสภาเทศบาล เขต 1 - 4 เขตละ 6 คน</li></ul>")
    depts = [("palad", "สำนักปลัดเทศบาล", "งานธุรการ งานทะเบียนราษฎร งานป้องกันและบรรเทาสาธารณภัย งานบริหารงานบุคคล"),
             ("finance", "กองคลัง", "งานการเงินและบัญชี งานพัฒนาและจัดเก็บรายได้ งานพัสดุและทรัพย์สิน"),
             ("engineer", "กองช่าง", "งานก่อสร้าง งานควบคุมอาคาร งานสวนสาธารณะ งานไฟฟ้าสาธารณะ"),
             ("health", "กองสาธารณสุขและสิ่งแวดล้อม", "งานรักษาความสะอาด งานป้องกันโรค ศูนย์บริการสาธารณสุข 3 แห่ง"),
             ("education", "กองการศึกษา", "โรงเรียนในสังกัด 6 แห่ง ศูนย์พัฒนาเด็กเล็ก 4 แห่ง")]
    for slug, dname, duty in depts:
        write(f"/dept/{slug}/", dname, f"<p>หน้าที่ความรับผิดชอบ : {esc(duty)}</p><p>โทร. 0 5448 1120</p>")
    write("/dept/", "ส่วนราชการ", "<ul>" + "".join(f'<li><a href="/dept/{s}/">{n}</a></li>' for s, n, _ in depts) + "</ul>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>99 ถนนพหลโยธิน ตำบลเวียง อำเภอเมืองพะเยา จังหวัดพะเยา 56000</p>"
          "<p>โทรศัพท์ 0 5448 1120 โทรสาร 0 5448 1129<br>อีเมล saraban@wiangkwan.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/wiangkwancity">เทศบาลนครเวียงกว๊าน</a></p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (ศูนย์บริการร่วมเปิดวันเสาร์ 08.30 - 12.00 น.)</p>"
          '<p><a href="https://maps.google.com/?q=19.1664,99.9019">แผนที่ตั้งสำนักงาน (Google Maps)</a></p>'
          '<p>สอบถามข้อมูลได้ที่ <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    qa = [("ขอใบอนุญาตก่อสร้างบ้านใช้เวลากี่วันครับ", "คุณวิทยา", "18 มี.ค. 2569",
           "ไม่เกิน 45 วันนับแต่ได้รับเอกสารครบ ตามคู่มือสำหรับประชาชน ครับ (กองช่าง)"),
          ("ขยะหน้าชุมชนบ้านต๋อมไม่มีรถมาเก็บ 3 วันแล้ว", "ชาวชุมชน", "2 มี.ค. 2569",
           "ได้แจ้งงานรักษาความสะอาดจัดรถเก็บเพิ่มแล้วตั้งแต่ 3 มี.ค. 2569 ขออภัยในความไม่สะดวก (กองสาธารณสุขฯ)")]
    items = "".join(f'<div class="qa"><p><b>ถาม:</b> {esc(q)} <small>โดย {who} {when}</small></p><p><b>ตอบ:</b> {esc(ans)}</p></div>'
                    for q, who, when, ans in qa)
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          f'{items}<form action="/qa/post/" method="post"><h2>ตั้งคำถาม</h2>หัวข้อ <input name="topic"><br>'
          'คำถาม <textarea name="message"></textarea><br>ชื่อ <input name="name"><br><button>ส่งคำถาม</button></form>')
    write("/eservice/", "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)",
          "<p>ยื่นคำร้องต่อเทศบาลได้ตลอด 24 ชั่วโมง เจ้าหน้าที่ตอบกลับภายใน 1 วันทำการ</p>"
          '<form action="https://forms.gle/wiangkwanEservice69" method="post">'
          '<h2>แบบคำร้องออนไลน์</h2>ชื่อ-นามสกุล <input name="name"><br>โทรศัพท์ <input name="tel"><br>'
          'ประเภทคำร้อง <select name="type"><option>ขอซ่อมไฟฟ้าสาธารณะ</option><option>ขอรถบรรทุกน้ำ</option>'
          '<option>ขอให้ตัดกิ่งไม้</option><option>คำร้องทั่วไป</option></select><br>'
          'รายละเอียด <textarea name="detail"></textarea><br><button>ส่งคำร้อง</button></form>'
          f'<p>{a(f("stats-69"), "สถิติการให้บริการประชาชน ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>')
    write("/service/manual/", "คู่มือสำหรับประชาชน",
          "<p>คู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558</p>"
          '<table class="doc"><tr><th>งานบริการ</th><th>ระยะเวลา</th><th>คู่มือ</th></tr>'
          f'<tr><td>การขออนุญาตก่อสร้างอาคาร (มาตรา 21)</td><td>45 วัน</td><td>{a(f("citizen"))}</td></tr>'
          "<tr><td>การแจ้งเกิด / แจ้งย้ายที่อยู่</td><td>20 นาที</td><td>ติดต่อสำนักทะเบียนท้องถิ่น</td></tr></table>")
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ศูนย์รับเรื่องร้องเรียนเทศบาลนครเวียงกว๊าน โทร 0 5448 1120 ต่อ 105 หรือตู้รับความคิดเห็นหน้าอาคาร</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้แจ้ง (ไม่ระบุได้) <input name="name"><br>'
          'ติดต่อกลับ <input name="contact"><br>ผู้ถูกร้องเรียน/หน่วยงาน <input name="target"><br>'
          'รายละเอียด <textarea name="detail"></textarea><br>หลักฐาน <input type="file" name="evidence"><br>'
          '<button>ส่งเรื่อง</button></form>'
          '<p>หรือแจ้ง <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> สายด่วน 1205</p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>เทศบาลเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), ROWS[k][3].upper())}</td></tr>'
                   for k in months)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          f'<table class="doc"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          '<p>ประกาศจัดซื้อจัดจ้างอื่น ๆ ดูที่ <a href="/download/procure/">เอกสารจัดซื้อจัดจ้าง</a> '
          'และ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>')
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "เอกสารดาวน์โหลด", f"<p>หมวด : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"เอกสารดาวน์โหลด : {cname}", f"<p>หมวด : {cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปี ๒๕๖๙</a></li><li><a href="/ita/2568/">ITA ประจำปี ๒๕๖๘</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘", ita_table(ITA_2568))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("seal.png", "mayor.png", "person.png", "chart.png", "news.png", "banner.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "theme.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}#topbar{background:#5b2c83;color:#fff;padding:4px}"
                 "#nav li{display:inline;margin:0 6px}#container{display:flex}#sidebar{width:230px}#content{flex:1;padding:8px}"
                 ".widget{border:1px solid #ccc;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
