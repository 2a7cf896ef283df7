"""Generate the HTML pages of the "paowest" test site (องค์การบริหารส่วนจังหวัดภูวารินทร์, invented).

Run:  python tests/sites/paowest/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial administrative organisation on an agency template: a top bar, a menu, a left column
(the chief executive, hotline, quick links, divisions, visitor counter) and a footer on every
page; pages are folder/index.html.  Documents are listed by category (/download/<cat>/), the
monthly สขร.1 on /procurement/, news under /news/ (two pages), the transferred units under
/units/.  The ITA page /ita/2568/ is a table o1 … o26 in the agency's own short wording whose
links go to files, pages or category lists; last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "องค์การบริหารส่วนจังหวัดภูวารินทร์"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "ข้อบัญญัติงบประมาณ",
        "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ", "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง",
        "hr": "การบริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส", "units": "หน่วยงานถ่ายโอน",
        "general": "หนังสือราชการ / เอกสารทั่วไป"}
HIDDEN = {"ita-analysis-66"}  # linked only from last year's ITA page
MISSING_SIZE = "1.2 MB"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(THAI)


def f(key: str) -> str:
    return name(key)


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


def size(key: str) -> str:
    path = os.path.join(HERE, f(key).lstrip("/"))
    if not os.path.exists(path):
        return MISSING_SIZE
    return f"{os.path.getsize(path) / 1024:.1f} KB"


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับ อบจ.", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("คณะผู้บริหาร", "/about/executives/"), ("ส่วนราชการ", "/about/divisions/"), ("หน่วยงานถ่ายโอน", "/units/rpst/"),
        ("ข่าวสาร", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"),
        ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">ศูนย์ข้อมูลข่าวสาร {ORG} · สายด่วน 0 4561 2300 · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="banner"><img src="/assets/logo.png" alt="ตราสัญลักษณ์ อบจ.ภูวารินทร์" width="72" height="72">
<b>{ORG}</b><br><small>Phu Warin Provincial Administrative Organization</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/person.png" alt="นายก อบจ." width="60" height="75"><br>
<b>นายก อบจ.ภูวารินทร์</b><br>นายธีรวัฒน์ ศรีวารินทร์กุล<br>สายตรงนายก 0 4561 2300 ต่อ 100</div>
<div class="box"><b>ส่วนราชการ</b><br><a href="/about/divisions/">สำนักปลัด · กองคลัง · กองช่าง · กองสาธารณสุข ฯลฯ</a></div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br><a href="/ita/2567/">ITA ๒๕๖๗</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/eservice/">บริการออนไลน์</a><br>
<a href="/units/schools/">โรงเรียนในสังกัด อบจ.</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></div>
<div class="box">ผู้เข้าชมวันนี้ ๓๑๒ · ทั้งหมด ๑,๒๔๘,๐๗๖</div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} ศาลากลางจังหวัดภูวารินทร์ (หลังเก่า) ถนนศรีวารินทร์ ตำบลในเมือง อำเภอเมืองภูวารินทร์
จังหวัดภูวารินทร์ 45990<br>โทรศัพท์ 0 4561 2300 โทรสาร 0 4561 2399 อีเมล saraban@phuwarinpao.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>© ๒๕๖๗ {ORG}</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    out = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


ICON = {"pdf": "pdf.gif", "docx": "doc.gif", "doc": "doc.gif", "xlsx": "xls.gif", "xls": "xls.gif"}


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k, r in ROWS.items() if k not in HIDDEN and (cat is None or r[3] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][4], reverse=True)


def table(keys: list[str]) -> str:
    rows = "".join(
        f'<tr><td><img src="/assets/{ICON[ROWS[k][1]]}" alt="" width="16" height="16"> {a(f(k), ROWS[k][2])}</td>'
        f"<td>{be(ROWS[k][4])}</td><td>{size(k)}</td></tr>" for k in keys)
    return f'<table class="list"><tr><th>ชื่อเอกสาร</th><th>วันที่</th><th>ขนาด</th></tr>{rows}</table>'


# ---------------------------------------------------------------- news

NEWS = [  # (id, date, title, body); FY2568 on /news/, FY2567 on /news/page/2/
    (518, (2025, 4, 2), "อบจ.ภูวารินทร์ ส่งมอบรถพยาบาลฉุกเฉินให้ รพ.สต. ถ่ายโอน 6 แห่ง",
     "นายก อบจ.ภูวารินทร์ เป็นประธานส่งมอบรถพยาบาลฉุกเฉิน 6 คัน ให้โรงพยาบาลส่งเสริมสุขภาพตำบลที่ถ่ายโอนมาสังกัด อบจ. "
     "เพื่อใช้ในการรับส่งผู้ป่วยในพื้นที่ห่างไกล"),
    (512, (2025, 3, 20), "พิธีเปิดการแข่งขันกีฬานักเรียน อบจ.ภูวารินทร์เกมส์ ครั้งที่ 9",
     "กองการศึกษา ศาสนาและวัฒนธรรม จัดการแข่งขันกีฬานักเรียนโรงเรียนในสังกัด 24 โรงเรียน ณ สนามกีฬากลาง อบจ.ภูวารินทร์"),
    (507, (2025, 2, 26), "สรุปผลการประชุมประชาคมระดับอำเภอ เพื่อจัดทำแผนพัฒนาท้องถิ่น ปี 2568",
     "ระหว่างวันที่ 3 - 21 กุมภาพันธ์ 2568 องค์การบริหารส่วนจังหวัดภูวารินทร์ได้จัดประชุมประชาคมระดับอำเภอครบทั้ง 14 อำเภอ "
     "มีผู้แทนภาคประชาชน กำนัน ผู้ใหญ่บ้าน และผู้แทน อปท. เข้าร่วมรวม 2,184 คน เสนอโครงการ 312 โครงการ "
     "ส่วนใหญ่เป็นถนนเชื่อมระหว่างตำบลและแหล่งน้ำ ซึ่งกองยุทธศาสตร์และงบประมาณจะนำเข้าพิจารณาในแผนพัฒนาท้องถิ่นเพิ่มเติม "
     "และแจ้งผลการพิจารณาให้ที่ประชุมประชาคมทราบภายในเดือนมิถุนายน 2568"),
    (503, (2025, 1, 27), "ขอเชิญร่วมประชุมประชาคมระดับอำเภอ ระหว่างวันที่ 3 - 21 กุมภาพันธ์ 2568",
     "องค์การบริหารส่วนจังหวัดภูวารินทร์ ขอเชิญประชาชนทุกอำเภอร่วมเสนอความต้องการในการประชุมประชาคมระดับอำเภอ "
     "ตามกำหนดการแนบท้ายหนังสือ"),
    (499, (2025, 1, 22), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรม ขับเคลื่อนประมวลจริยธรรมของพนักงานส่วนท้องถิ่น ประจำปี 2568",
     "เมื่อวันที่ 15 - 16 มกราคม 2568 กองการเจ้าหน้าที่จัดอบรมผู้บริหาร พนักงาน และบุคลากรของหน่วยงานถ่ายโอน 286 คน "
     "เรื่องประมวลจริยธรรมของพนักงานส่วนท้องถิ่น การป้องกันผลประโยชน์ทับซ้อน และพฤติกรรมที่พึงทำ (Do's & Don'ts) "
     "ผู้เข้าอบรมร่วมกันลงนามปฏิญาณตนยึดมั่นประมวลจริยธรรม"),
    (494, (2024, 12, 9), "กองช่างเร่งซ่อมแซมถนนสาย ภว.ถ. 1-0031 หลังน้ำลด",
     "กองช่างออกซ่อมแซมผิวจราจรถนนสาย ภว.ถ. 1-0031 ระยะทาง 4.2 กิโลเมตร ที่ชำรุดจากอุทกภัย"),
    (488, (2024, 11, 15), "อบจ.ภูวารินทร์ ร่วมสืบสานประเพณีลอยกระทง ประจำปี 2567",
     "จัดงานประเพณีลอยกระทง ณ บึงวารินทร์ ร่วมกับเทศบาลเมืองภูวารินทร์"),
    (482, (2024, 10, 10), "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2568",
     "นายก อบจ.ภูวารินทร์ ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ประจำปีงบประมาณ พ.ศ. 2568 "
     "ขอความร่วมมือผู้มาติดต่อและผู้ประกอบการงดการให้ของขวัญแก่ผู้บริหารและเจ้าหน้าที่ทุกระดับ "
     "และจัดกิจกรรมชี้แจงหลักเกณฑ์การรับทรัพย์สินตามมาตรา 128 ให้เจ้าหน้าที่ทุกกอง"),
    (480, (2024, 10, 2), "รับมอบภารกิจ รพ.สต. ถ่ายโอนเพิ่มเติม 5 แห่ง ปีงบประมาณ 2568",
     "ปีงบประมาณ พ.ศ. 2568 อบจ.ภูวารินทร์รับถ่ายโอนโรงพยาบาลส่งเสริมสุขภาพตำบลเพิ่ม 5 แห่ง รวมเป็น 69 แห่ง"),
    (455, (2024, 9, 14), "มอบทุนการศึกษาแก่นักเรียนโรงเรียนในสังกัด ปี 2567",
     "มอบทุนการศึกษา 120 ทุน แก่นักเรียนที่เรียนดีแต่ขาดแคลนทุนทรัพย์"),
    (441, (2024, 2, 20), "สรุปผลการประชุมประชาคมระดับอำเภอ ปี 2567",
     "ประชุมประชาคมระดับอำเภอ 14 อำเภอ ระหว่างวันที่ 5 - 16 กุมภาพันธ์ 2567 มีผู้เข้าร่วม 1,906 คน"),
    (430, (2024, 1, 12), "อบรมคุณธรรมจริยธรรมผู้บริหารและบุคลากร ประจำปี 2567",
     "จัดอบรมคุณธรรมจริยธรรม ผู้เข้าร่วม 312 คน ณ หอประชุม อบจ.ภูวารินทร์"),
    (421, (2023, 10, 5), "ประกาศนโยบาย No Gift Policy ประจำปีงบประมาณ 2567",
     "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ประจำปีงบประมาณ พ.ศ. 2567"),
]
NEWS_FILES = {507: ["invite-forum"], 503: ["invite-forum"], 482: ["no-gift-68"]}


def news_pages() -> None:
    def items(ns) -> str:
        return "".join(f'<li>{a(f"/news/{n}/", t)} <small>({be(date(*dt))})</small></li>' for n, dt, t, _ in ns)

    this = [n for n in NEWS if n[1] >= (2024, 10, 1)]
    old = [n for n in NEWS if n[1] < (2024, 10, 1)]
    write("/news/", "ข่าวประชาสัมพันธ์",
          f'<ul class="news">{items(this)}</ul><p>หน้า 1 · <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)",
          f'<ul class="news">{items(old)}</ul><p><a href="/news/">1</a> · หน้า 2</p>')
    for n, dt, title, body in NEWS:
        att = "".join(f"<p>เอกสารแนบ : {a(f(k), ROWS[k][2])}</p>" for k in NEWS_FILES.get(n, []))
        write(f"/news/{n}/", title,
              f'<p class="date">วันที่ {be(date(*dt))} · ฝ่ายประชาสัมพันธ์ สำนักปลัด</p>'
              f'<img src="/assets/photo.png" alt="ภาพกิจกรรม" width="160" height="100"><p>{esc(body)}</p>{att}'
              '<p><a href="/news/">กลับหน้ารวมข่าว</a></p>')


# ---------------------------------------------------------------- ITA pages

ITA_2568 = [
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", None, None),
    ("o1", "โครงสร้างองค์กร / อำนาจหน้าที่", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร อบจ.", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "ช่องทางติดต่อ", [("ติดต่อ อบจ.", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "/download/plan/")]),
    ("o6", "แผนดำเนินงาน/ข้อบัญญัติงบประมาณ/รายงานกำกับติดตาม 6 เดือน",
     [("แผนการดำเนินงาน", "opplan-68"), ("ข้อบัญญัติงบประมาณ", "budget-68"), ("รายงานกำกับติดตาม รอบ 6 เดือน", "sixm-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานติดตามประเมินผลแผน", "eval-66"), ("รายงานการใช้จ่ายงบประมาณ", "budget-report-67")]),
    ("o8", "คู่มือปฏิบัติงาน", [("คู่มือการปฏิบัติงาน กองช่าง", "sop")]),
    ("o9", "คู่มือประชาชน", [("คู่มือสำหรับประชาชน", "citizen")]),
    ("o10", "E-Service", [("บริการออนไลน์", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติการให้บริการ", "stats-67")]),
    ("o12", "สขร.1 รายเดือน", [("ผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o13", "รายงานผลจัดซื้อจัดจ้างประจำปี", [("รายงานสรุปผล", "proc-year-67")]),
    ("o14", "นโยบาย/แผนบริหารทรัพยากรบุคคล", [("นโยบายการบริหารทรัพยากรบุคคล", "hr-policy-66")]),
    ("o15", "รายงานผลการบริหารทรัพยากรบุคคล", [("รายงานผล", "hr-report-67")]),
    ("o16", "ประมวลจริยธรรม / การขับเคลื่อน", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมขับเคลื่อนจริยธรรม", "/news/499/")]),
    ("ตัวชี้วัดที่ 9.5 การส่งเสริมความโปร่งใส", None, None),
    ("o17", "แนวปฏิบัติเรื่องร้องเรียนทุจริต", [("คู่มือเรื่องร้องเรียน", "complaint-manual")]),
    ("o18", "ช่องทางร้องเรียนทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียนทุจริต", [("สถิติเรื่องร้องเรียน", "complaint-68")]),
    ("o20", "การมีส่วนร่วม", [("ประชาคมระดับอำเภอ", "/news/507/")]),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", None, None),
    ("o21", "No Gift Policy", [("ประกาศ", "no-gift-68"), ("ข่าว", "/news/482/")]),
    ("o22", "รายงานการรับของขวัญ", [("รายงานผล", "gift-report-67")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยงการทุจริต ประจำปี 2568", "risk-67")]),
    ("o24", "การจัดการความเสี่ยง", [("รายงานผล", "risk-actions-67")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต", "/download/integrity/")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานผล", "anti-report-67")]),
]
ITA_2567 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่นสี่ปี", "plan-61-65"), ("เพิ่มเติม ครั้งที่ 3", "plan-add-64")]),
    ("o6", "แผนดำเนินงาน / รายงาน 6 เดือน", [("รายงานรอบ 6 เดือน", "sixm-67")]),
    ("o7", "รายงานผลการดำเนินงาน", [("รายงานติดตามประเมินผลแผน", "eval-66")]),
    ("o11", "สถิติการให้บริการ", [("สถิติ", "stats-67")]),
    ("o12", "สขร.1", [("กันยายน 2567", "proc-2024-09")]),
    ("o14", "นโยบายบริหารทรัพยากรบุคคล", [("นโยบาย", "hr-policy-66")]),
    ("o22", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต ปี 2567", "anti-plan-67")]),
    ("o25", "ผลการประเมิน ITA 2566", [("วิเคราะห์ผล ITA", "ita-analysis-66")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for code, heading, links in rows:
        if heading is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(code)}</td></tr>')
            continue
        cell = "<br>".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li>{a(f"/news/{n}/", t)} ({be(date(*dt))})</li>' for n, dt, t, _ in NEWS[:6])
    write("/", "หน้าแรก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">ข่าวทั้งหมด</a></p>'
          '<h2>บริการประชาชน</h2><p><a href="/eservice/">บริการออนไลน์ (E-Service)</a> · '
          '<a href="/procurement/">ประกาศจัดซื้อจัดจ้าง</a> · <a href="/download/">ดาวน์โหลดเอกสาร</a> · '
          '<a href="/ita/2568/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2568</a></p>')
    write("/about/history/", "ประวัติ อบจ.ภูวารินทร์",
          "<p>องค์การบริหารส่วนจังหวัดภูวารินทร์ เป็นราชการส่วนท้องถิ่นตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 "
          "มีเขตพื้นที่ครอบคลุมทั้งจังหวัด 14 อำเภอ 118 ตำบล ประชากร 912,406 คน</p>"
          "<p>วิสัยทัศน์ : ภูวารินทร์เมืองน่าอยู่ เศรษฐกิจมั่นคง สังคมเป็นสุข บริหารงานโปร่งใส</p>"
          "<p>ปัจจุบันมีหน่วยงานที่รับถ่ายโอน ได้แก่ โรงพยาบาลส่งเสริมสุขภาพตำบล 69 แห่ง โรงเรียน 24 แห่ง "
          "และถนนถ่ายโอนจากกรมทางหลวงชนบท 212 สาย</p>")
    write("/about/structure/", "โครงสร้างองค์การบริหารส่วนจังหวัดภูวารินทร์",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้าง อบจ.ภูวารินทร์" width="160" height="100">'
          "<h2>ฝ่ายนิติบัญญัติ</h2><ul><li>สภาองค์การบริหารส่วนจังหวัด (สมาชิก 42 คน)<ul><li>ประธานสภา อบจ.</li>"
          "<li>รองประธานสภา อบจ. (2 คน)</li><li>เลขานุการสภา อบจ.</li></ul></li></ul>"
          "<h2>ฝ่ายบริหาร</h2><ul><li>นายกองค์การบริหารส่วนจังหวัด<ul><li>รองนายก อบจ. (3 คน)</li>"
          "<li>เลขานุการนายก อบจ. (2 คน)</li><li>ที่ปรึกษานายก อบจ. (5 คน)</li></ul></li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดองค์การบริหารส่วนจังหวัด<ul><li>รองปลัด อบจ. (2 คน)</li><li>สำนักปลัด</li>"
          "<li>สำนักงานเลขานุการ อบจ.</li><li>กองยุทธศาสตร์และงบประมาณ</li><li>กองคลัง</li><li>กองช่าง</li>"
          "<li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>กองสาธารณสุข (รพ.สต. ถ่ายโอน 69 แห่ง)</li><li>กองการเจ้าหน้าที่</li>"
          "<li>กองพัสดุและทรัพย์สิน</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a> · <a href="/about/council/">สมาชิกสภา อบจ.</a> · <a href="/about/divisions/">หน้าที่ของส่วนราชการ</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>องค์การบริหารส่วนจังหวัดมีอำนาจหน้าที่ตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 มาตรา 45 "
          "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 17 สรุปได้ดังนี้</p><ol>"
          "<li>จัดทำแผนพัฒนาองค์การบริหารส่วนจังหวัดและประสานการจัดทำแผนพัฒนาจังหวัด</li>"
          "<li>สนับสนุนสภาตำบลและองค์กรปกครองส่วนท้องถิ่นอื่นในการพัฒนาท้องถิ่น</li>"
          "<li>ประสานและให้ความร่วมมือในการปฏิบัติหน้าที่ของสภาตำบลและ อปท. อื่น</li>"
          "<li>จัดทำกิจการที่อยู่ในอำนาจหน้าที่ของ อปท. อื่นที่อยู่ในเขต และกิจการนั้นสมควรให้ อบจ. เป็นผู้จัดทำ</li>"
          "<li>การคมนาคมและการก่อสร้างทางเชื่อมระหว่างองค์กรปกครองส่วนท้องถิ่น</li>"
          "<li>การจัดการศึกษา การสาธารณสุข และการรักษาพยาบาล รวมทั้งภารกิจที่ได้รับถ่ายโอน</li>"
          "<li>การป้องกันและบรรเทาสาธารณภัย การคุ้มครองดูแลรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li></ol>")
    execs = [("นายธีรวัฒน์ ศรีวารินทร์กุล", "นายกองค์การบริหารส่วนจังหวัดภูวารินทร์", "0 4561 2300 ต่อ 100"),
             ("นายสมพงษ์ แก้วประเสริฐ", "รองนายก อบจ.ภูวารินทร์", "08 1870 2241"),
             ("นางปราณี ทองมหา", "รองนายก อบจ.ภูวารินทร์", "08 9523 6017"),
             ("นายอดิศักดิ์ บุญชู", "รองนายก อบจ.ภูวารินทร์", "09 2214 8830"),
             ("นายกิตติพัฒน์ วงศ์ภูมี", "เลขานุการนายก อบจ.", "08 6612 4409"),
             ("นางวิไลวรรณ คำภูแก้ว", "ปลัดองค์การบริหารส่วนจังหวัด", "0 4561 2300 ต่อ 102"),
             ("นายเอกชัย ศรีสมบูรณ์", "รองปลัดองค์การบริหารส่วนจังหวัด", "0 4561 2300 ต่อ 103")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "คณะผู้บริหาร", cards)
    write("/about/council/", "สมาชิกสภาองค์การบริหารส่วนจังหวัด",
          "<ul><li>นายบุญเลิศ ไชยวงศ์ ประธานสภา อบจ.</li><li>นายสุเทพ นาคสวัสดิ์ รองประธานสภา อบจ. คนที่หนึ่ง</li>"
          "<li>นางสาวกัลยา ภูมิสุข รองประธานสภา อบจ. คนที่สอง</li><li>สมาชิกสภา อบจ. 14 อำเภอ รวม 42 คน</li></ul>")
    divisions = [("สำนักปลัด", "งานบริหารทั่วไป ป้องกันและบรรเทาสาธารณภัย ประชาสัมพันธ์", "101"),
                 ("สำนักงานเลขานุการ อบจ.", "งานกิจการสภา อบจ.", "104"),
                 ("กองยุทธศาสตร์และงบประมาณ", "จัดทำแผนพัฒนาท้องถิ่น ข้อบัญญัติงบประมาณ ติดตามประเมินผล", "120"),
                 ("กองคลัง", "การเงิน บัญชี จัดเก็บรายได้", "215"), ("กองช่าง", "ก่อสร้างและซ่อมบำรุงถนน อนุญาตเชื่อมทาง", "301"),
                 ("กองการศึกษา ศาสนาและวัฒนธรรม", "โรงเรียนในสังกัด 24 แห่ง สนามกีฬากลาง", "401"),
                 ("กองสาธารณสุข", "กำกับดูแล รพ.สต. ถ่ายโอน 69 แห่ง", "501"),
                 ("กองการเจ้าหน้าที่", "สรรหา พัฒนาบุคลากร", "601"), ("กองพัสดุและทรัพย์สิน", "จัดซื้อจัดจ้าง ทะเบียนทรัพย์สิน", "701"),
                 ("หน่วยตรวจสอบภายใน", "ตรวจสอบภายใน ควบคุมภายใน", "801")]
    rows = "".join(f"<tr><td>{esc(n)}</td><td>{esc(t)}</td><td>0 4561 2300 ต่อ {x}</td></tr>" for n, t, x in divisions)
    write("/about/divisions/", "ส่วนราชการภายใน อบจ.ภูวารินทร์",
          f'<table class="list"><tr><th>ส่วนราชการ</th><th>ภารกิจ</th><th>โทรศัพท์</th></tr>{rows}</table>')
    write("/units/rpst/", "โรงพยาบาลส่งเสริมสุขภาพตำบลที่ถ่ายโอน",
          "<p>อบจ.ภูวารินทร์รับถ่ายโอนภารกิจสถานีอนามัยเฉลิมพระเกียรติ 60 พรรษา นวมินทราชินี และ รพ.สต. รวม 69 แห่ง "
          "(64 แห่งในปีงบประมาณ 2566 และ 5 แห่งในปีงบประมาณ 2568) อยู่ในความดูแลของกองสาธารณสุข</p>"
          "<ul><li>อำเภอเมืองภูวารินทร์ 9 แห่ง</li><li>อำเภอโพนคำ 7 แห่ง</li><li>อำเภออื่น ๆ 53 แห่ง</li></ul>"
          f'<h2>เอกสารของหน่วยงานถ่ายโอน</h2>{table(listed("units"))}')
    write("/units/schools/", "โรงเรียนในสังกัด อบจ.ภูวารินทร์",
          "<p>โรงเรียนที่ถ่ายโอนจากสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน 24 แห่ง เช่น โรงเรียนบ้านโนนสะอาดวิทยา "
          "โรงเรียนภูวารินทร์พัฒนศึกษา โรงเรียนโพนคำวิทยาคม</p>"
          f'<p>{a(f("school-anti-68"), ROWS["school-anti-68"][2])}</p>')
    write("/contact/", "ติดต่อ อบจ.ภูวารินทร์",
          f"<p>{ORG}<br>ศาลากลางจังหวัดภูวารินทร์ (หลังเก่า) ถนนศรีวารินทร์ ตำบลในเมือง อำเภอเมืองภูวารินทร์ "
          "จังหวัดภูวารินทร์ 45990</p><p>โทรศัพท์ 0 4561 2300 โทรสาร 0 4561 2399<br>อีเมล saraban@phuwarinpao.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/phuwarinpao">อบจ.ภูวารินทร์</a> · Line OA @phuwarinpao</p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.2236,104.8611">แผนที่ตั้ง (Google Maps)</a></p>'
          '<p><a href="/about/divisions/">เบอร์ภายในของแต่ละกอง</a></p>')
    write("/eservice/", "บริการออนไลน์ (E-Service)",
          "<p>ยื่นคำร้องขอรับบริการจาก อบจ.ภูวารินทร์ ได้ตลอด 24 ชั่วโมง โดยไม่ต้องเดินทาง เจ้าหน้าที่จะติดต่อกลับภายใน 2 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSePhuwarinPaoEservice68/formResponse" method="post">'
          '<h2>แบบคำร้องออนไลน์</h2>ชื่อ-นามสกุล <input name="entry.1"><br>เบอร์โทรศัพท์ <input name="entry.2"><br>'
          'อำเภอ <input name="entry.3"><br>ประเภทคำร้อง <select name="entry.4"><option>ขออนุญาตเชื่อมทาง</option>'
          '<option>ขอใช้สนามกีฬากลาง</option><option>ขอรถบรรทุกน้ำ</option><option>แจ้งถนนชำรุด</option></select><br>'
          'รายละเอียด <textarea name="entry.5"></textarea><br><button>ส่งคำร้อง</button></form>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนร้องทุกข์ได้ที่ ศูนย์รับเรื่องร้องเรียน สำนักปลัด โทร 0 4561 2300 ต่อ 101 หรือ Line OA @phuwarinpao</p>"
          '<p><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), ROWS["complaint-manual"][2])}</p>')
    write("/complaint/corruption/", "แจ้งเบาะแสการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ ส่งตรงถึงศูนย์ปฏิบัติการต่อต้านการทุจริต อบจ.ภูวารินทร์</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้แจ้ง (ไม่ระบุก็ได้) <input name="name"><br>'
          'เบอร์ติดต่อ <input name="phone"><br>ผู้ถูกร้องเรียน/หน่วยงาน <input name="who"><br>'
          'รายละเอียดพฤติการณ์ <textarea name="detail"></textarea><br>แนบหลักฐาน <input type="file" name="file"><br>'
          '<button>ส่งเรื่อง</button></form>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>อบจ.ภูวารินทร์ เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    # procurement
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f"<tr><td>{esc(ROWS[k][2])}</td><td>{be(ROWS[k][4])}</td><td>{a(f(k), 'ดาวน์โหลด')}</td></tr>"
                   for k in months)
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง / สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศและรายงาน</h2><ul><li>{a(f("print-plan"), ROWS["print-plan"][2])}</li>'
          f'<li>{a(f("proc-year-67"), ROWS["proc-year-67"][2])}</li></ul>')
    # downloads
    cats = " · ".join(a(f"/download/{s}/", n) for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed()[:15])}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลด : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li><li><a href="/ita/2567/">ITA ประจำปี 2567</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567", ita_table(ITA_2567))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "person.png", "chart.png", "photo.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#7a1f1f;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:230px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #ccc;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
