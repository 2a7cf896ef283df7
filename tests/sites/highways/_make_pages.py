"""Generate the HTML pages of the "highways" test site (แขวงทางหลวงชัยภูมิที่ 3, invented).

Run:  python tests/sites/highways/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A regional unit of กรมทางหลวง on the department's common unit template: a top bar with the 1586
hotline, a menu, a right column (the director, quick links, road-condition and e-Service links,
visitor counter) and a footer on every page; pages are folder/index.html.  Documents are listed in a
download section by category (/download/<cat>/), the monthly procurement summaries on
/procurement/, news under /news/ (two pages).  The ITA page /ita/2569/ is a table of o1 … o26 in the
unit's own short wording whose links go to files, pages or category lists; last year's /ita/2568/
is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "แขวงทางหลวงชัยภูมิที่ 3"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
HIDDEN: set[str] = set()
MISSING_SIZE = "288.4 KB"
OLD_DEAD = "/files/29874.pdf"  # last year's ITA-2567 analysis: the file was deleted


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าหลัก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("วิสัยทัศน์", "/about/vision/"), ("โครงสร้างองค์กร", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("สายทางในความรับผิดชอบ", "/about/roads/"),
        ("ข่าวประชาสัมพันธ์", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลดเอกสาร", "/download/"),
        ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"),
        ("สภาพทาง", "/road-condition/"), ("กฎหมาย", "/laws/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/doh.css"></head>
<body>
<div id="topbar">กรมทางหลวง กระทรวงคมนาคม · สายด่วนกรมทางหลวง ๑๕๘๖ ตลอด ๒๔ ชั่วโมง</div>
<div id="header"><img src="/assets/doh-logo.png" alt="ตรากรมทางหลวง" width="70" height="70">
<b>{ORG}</b><br><small>สำนักทางหลวงที่ 9 · Chaiyaphum Highway District 3</small></div>
<ul id="nav">
{menu}
</ul>
<div id="container"><div id="content">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="sidebar">
<div class="widget"><b>ผู้อำนวยการแขวงทางหลวงชัยภูมิที่ 3</b><br>นายธีรวัฒน์ พงษ์ศิริกุล</div>
<div class="widget"><b>ลิงก์ด่วน</b><br><a href="/ita/2569/">ITA ปี ๒๕๖๙</a><br><a href="/ita/2568/">ITA ปี ๒๕๖๘</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/eservice/">ยื่นคำขออนุญาตออนไลน์</a><br>
<a href="/download/manual/">คู่มือประชาชน</a><br>
<a href="https://www.doh.go.th/">เว็บไซต์กรมทางหลวง</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="widget">ผู้เข้าชมเว็บไซต์ ๒๑๔,๐๙๗ ครั้ง</div>
</div></div>
<div id="footer">{ORG} เลขที่ 88 หมู่ 11 ถนนชัยภูมิ-ภูเขียว ตำบลโนนทอง อำเภอแก้งคร้อ จังหวัดชัยภูมิ 36150<br>
โทรศัพท์ 0 4481 2736 โทรสาร 0 4481 2737 อีเมล chaiyaphum3@doh-district.example<br>
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a> · สงวนลิขสิทธิ์ ๒๕๖๗ {ORG}</div>
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
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td><img src="/assets/{ext}.gif" alt="{ext}"> {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่เผยแพร่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (440, (2026, 4, 3), "แขวงทางหลวงชัยภูมิที่ 3 เตรียมความพร้อมอำนวยความสะดวกช่วงเทศกาลสงกรานต์ 2569",
     ["ตั้งจุดบริการประชาชน 3 จุด บนทางหลวงหมายเลข 201 และ 2417 ระหว่างวันที่ 10 - 17 เมษายน 2569 "
      "พร้อมเครื่องจักรและเจ้าหน้าที่หน่วยบริการเคลื่อนที่เร็ว"]),
    (437, (2026, 3, 19), "ซ่อมแซมผิวทางที่ชำรุด ทางหลวงหมายเลข 2417 ตอน หนองไผ่ล้อม - โนนสำราญ",
     ["หมวดทางหลวงแก้งคร้อดำเนินการซ่อมแซมหลุมบ่อและปรับระดับผิวทาง ระยะทาง 3.2 กิโลเมตร ขออภัยในความไม่สะดวก"]),
    (433, (2026, 2, 20), "สรุปผลการประชุมรับฟังความคิดเห็นโครงการปรับปรุงทางแยกบ้านโนนสำราญ ทางหลวงหมายเลข 2417",
     ["เมื่อวันที่ 12 กุมภาพันธ์ 2569 แขวงทางหลวงชัยภูมิที่ 3 จัดประชุมรับฟังความคิดเห็นของประชาชนและผู้มีส่วนได้ส่วนเสีย "
      "ต่อโครงการปรับปรุงทางแยกบ้านโนนสำราญ ณ ศาลาประชาคมบ้านโนนสำราญ มีผู้เข้าร่วม 86 คน ได้แก่ กำนัน ผู้ใหญ่บ้าน "
      "ผู้แทนโรงเรียน ผู้ประกอบการ และประชาชนในพื้นที่",
      "ประชาชนเสนอให้เพิ่มทางข้ามหน้าโรงเรียนบ้านโนนสำราญ ติดตั้งไฟฟ้าแสงสว่างที่ทางแยก และขยายช่องจอดรถโดยสาร "
      "แขวงทางหลวงได้รับข้อเสนอทั้ง 3 ข้อไปปรับแบบ โดยเพิ่มทางข้ามพร้อมสัญญาณไฟกะพริบไว้ในแบบก่อสร้างแล้ว "
      "และจะแจ้งความคืบหน้าให้ชุมชนทราบผ่านผู้ใหญ่บ้านและเว็บไซต์นี้"]),
    (430, (2026, 2, 3), "ขอเชิญร่วมประชุมรับฟังความคิดเห็นโครงการปรับปรุงทางแยกบ้านโนนสำราญ",
     ["ขอเชิญประชาชนในพื้นที่ร่วมประชุมในวันที่ 12 กุมภาพันธ์ 2569 เวลา 09.00 น. ณ ศาลาประชาคมบ้านโนนสำราญ",
      '<a href="{invite}">ดาวน์โหลดหนังสือเชิญ</a>']),
    (426, (2026, 1, 23), "อบรมส่งเสริมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2569",
     ["วันที่ 22 มกราคม 2569 แขวงทางหลวงชัยภูมิที่ 3 จัดอบรมเพื่อขับเคลื่อนข้อกำหนดจริยธรรมของข้าราชการกรมทางหลวง "
      "ให้บุคลากรนำไปปฏิบัติ พร้อมทบทวน Do's & Don'ts ในงานตรวจรับงานจ้าง มีผู้เข้าร่วม 121 คน"]),
    (421, (2025, 12, 29), "ตั้งจุดบริการประชาชนช่วงเทศกาลปีใหม่ 2569",
     ["ระหว่างวันที่ 29 ธันวาคม 2568 - 4 มกราคม 2569 ณ ทางหลวงหมายเลข 201 กม. 112+500"]),
    (417, (2025, 12, 10), "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการ ตำแหน่งพนักงานขับเครื่องจักรกลขนาดกลาง",
     ["รับสมัครระหว่างวันที่ 15 - 26 ธันวาคม 2568 ณ ฝ่ายบริหารทั่วไป"]),
    (412, (2025, 11, 14), "ตรวจสอบสภาพสะพานในความรับผิดชอบ ก่อนฤดูแล้ง",
     ["ฝ่ายวิศวกรรมตรวจสภาพสะพาน 27 แห่ง พบชำรุดเล็กน้อย 2 แห่ง ได้ดำเนินการซ่อมแซมแล้ว"]),
    (408, (2025, 10, 9), "ผู้อำนวยการแขวงทางหลวงชัยภูมิที่ 3 นำบุคลากรประกาศเจตนารมณ์การต่อต้านการทุจริต ประจำปี 2569",
     ["วันที่ 8 ตุลาคม 2568 ผู้บริหารและบุคลากรร่วมกันกล่าวคำประกาศเจตนารมณ์ต่อต้านการทุจริตทุกรูปแบบ ณ ห้องประชุมแขวงทางหลวง"]),
    (405, (2025, 10, 2), "ต้อนรับผู้อำนวยการแขวงทางหลวงชัยภูมิที่ 3 คนใหม่",
     ["นายธีรวัฒน์ พงษ์ศิริกุล เข้ารับตำแหน่งผู้อำนวยการแขวงทางหลวงชัยภูมิที่ 3 ตั้งแต่วันที่ 1 ตุลาคม 2568"]),
    # FY2568 and older, on page 2
    (398, (2025, 9, 15), "ซ่อมแซมคอสะพานที่ทรุดตัวจากอุทกภัย ทางหลวงหมายเลข 2159",
     ["ดำเนินการแล้วเสร็จ เปิดการจราจรได้ตามปกติ"]),
    (386, (2025, 4, 9), "ตั้งจุดบริการประชาชนช่วงเทศกาลสงกรานต์ 2568",
     ["ระหว่างวันที่ 11 - 17 เมษายน 2568"]),
    (379, (2025, 2, 17), "ประชุมรับฟังความคิดเห็นโครงการติดตั้งไฟฟ้าแสงสว่าง ทางหลวงหมายเลข 201 (ปี 2568)",
     ["วันที่ 14 กุมภาพันธ์ 2568 มีผู้เข้าร่วม 54 คน"]),
    (371, (2024, 10, 21), "ประกาศใช้แผนปฏิบัติราชการประจำปีงบประมาณ 2568",
     ['แขวงทางหลวงชัยภูมิที่ 3 ประกาศใช้แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568 <a href="{opplan68}">รายละเอียด</a>']),
]
PER_PAGE = 10


def news_item(n) -> tuple[str, str, str]:
    nid, (y, m, day), title, paras = n
    links = {"invite": f("invite-hearing"), "opplan68": f("opplan-68")}
    body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
    return f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(y, m, day))} · งานประชาสัมพันธ์</p>{body}'


def news_pages() -> None:
    for n in NEWS:
        url, title, body = news_item(n)
        write(url, title, body + '<p><a href="/news/">« ข่าวทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>'
                          for n in chunk)
        pager = '<p>หน้า <b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">ถัดไป »</a></p>' if p == 1 else \
            '<p>หน้า <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

def a(href: str, text: str = "คลิก") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


ITA_2569 = [  # (ข้อ, heading, [(link text, href or row key)])
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", None),
    ("o1", "โครงสร้าง หน้าที่และอำนาจ", [("แผนภูมิโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ผู้บริหาร", "/about/executives/")]),
    ("o3", "การติดต่อ / ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("Q&A", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าว", "/news/")]),
    ("o5", "แผนปฏิบัติราชการระยะยาว", [("แผนปฏิบัติราชการ", "plan-66-68")]),
    ("o6", "แผนปฏิบัติราชการประจำปี", [("แผนปฏิบัติราชการประจำปี", "opplan-68"),
                                      ("แผนการจัดซื้อจัดจ้าง 2569", "proc-plan-69")]),
    ("o7", "รายงานผลการดำเนินงาน", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "manual-sop")]),
    ("o9", "คู่มือประชาชน", [("คู่มือสำหรับประชาชน", "citizen-manual")]),
    ("o10", "E-Service", [("ระบบยื่นคำขอออนไลน์", "/eservice/"), ("สถิติการให้บริการ", "service-69")]),
    ("o11", "สขร.1 รายเดือน", [("ผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o12", "สรุปผลจัดซื้อจัดจ้างประจำปี", [("ปีงบประมาณ 2568", "proc-year-68")]),
    ("o13", "หลักเกณฑ์/แผน HR", [("หลักเกณฑ์", "hr-rules"), ("แผนพัฒนาบุคลากร", "hr-plan-68")]),
    ("o14", "รายงานผล HR", [("รายงาน HR", "hr-report-68")]),
    ("o15", "จริยธรรม", [("ข้อกำหนดจริยธรรม", "ethics"), ("กิจกรรม", "/news/426/")]),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("สถิติ", "complaint-68h1")]),
    ("o19", "การมีส่วนร่วม", [("รับฟังความคิดเห็น", "/news/433/")]),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", None),
    ("o20", "No Gift Policy", [("ประกาศ", "no-gift-67")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง ปี 2569", "risk-68")]),
    ("o22", "รายงานผลการบริหารความเสี่ยง", [("รายงาน ปี 2568", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผน ปี 2569", "anti-plan-69")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงาน ปี 2568", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนา", [("วิเคราะห์ผล ITA", "ita-analysis-68")]),
    ("o26", "รายงานผลส่งเสริมคุณธรรมฯ", [("รายงาน ปี 2568", "integrity-report-68")]),
]
ITA_2568 = [
    ("o5", "แผนปฏิบัติราชการระยะยาว", [("แผน 3 ปี", "plan-66-68")]),
    ("o6", "แผนปฏิบัติราชการประจำปี 2568", [("แผนปี 2568", "opplan-68")]),
    ("o13", "แผนพัฒนาบุคลากร", [("แผน 2568", "hr-plan-68")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("รอบ 6 เดือน", "complaint-68h1")]),
    ("o20", "No Gift Policy", [("ประกาศ", "no-gift-67")]),
    ("o23", "แผนป้องกันการทุจริต ปี 2568", [("แผน ปี 2568", "anti-plan-68")]),
    ("o25", "มาตรการส่งเสริมคุณธรรม (วิเคราะห์ผล ITA 2567)", [("วิเคราะห์ผล ITA 2567", OLD_DEAD)]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>URL</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = "<br>".join(a(h if h.startswith("/") else f(h), t) for t, h in links) or "-"
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "หน้าหลัก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">ดูทั้งหมด</a></p>'
          '<h2>บริการ</h2><p><a href="/eservice/">ยื่นคำขออนุญาตออนไลน์</a> · '
          '<a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a> · <a href="/ita/2569/">การประเมิน ITA ประจำปี 2569</a></p>')
    write("/about/history/", "ประวัติหน่วยงาน",
          "<p>แขวงทางหลวงชัยภูมิที่ 3 เป็นส่วนราชการส่วนภูมิภาคของกรมทางหลวง สังกัดสำนักทางหลวงที่ 9 จัดตั้งเมื่อปี พ.ศ. 2539 "
          "ดูแลทางหลวงแผ่นดินในเขตอำเภอแก้งคร้อ คอนสาร ภูเขียว และบ้านแท่น จังหวัดชัยภูมิ</p>"
          "<p>วิสัยทัศน์ : ทางหลวงปลอดภัย เชื่อมโยงการเดินทางและการขนส่งอย่างยั่งยืน</p>")
    write("/about/structure/", "โครงสร้างองค์กร",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างแขวงทางหลวงชัยภูมิที่ 3" width="160" height="90">'
          "<ul><li>ผู้อำนวยการแขวงทางหลวงชัยภูมิที่ 3<ul>"
          "<li>ฝ่ายบริหารทั่วไป (งานธุรการ งานการเงินและบัญชี งานพัสดุ งานบุคคล)</li>"
          "<li>ฝ่ายวิศวกรรม (งานสำรวจและออกแบบ งานควบคุมคุณภาพ งานอำนวยความปลอดภัย)</li>"
          "<li>ฝ่ายปฏิบัติการ (งานบำรุงทาง งานสะพาน)</li><li>ฝ่ายเครื่องกล</li>"
          "<li>หมวดทางหลวง 5 หมวด : แก้งคร้อ คอนสาร ภูเขียว บ้านแท่น หนองบัวแดง</li></ul></li></ul>"
          '<p><a href="/about/authority/">หน้าที่และอำนาจ</a></p>')
    write("/about/authority/", "หน้าที่และอำนาจ",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมทางหลวง กระทรวงคมนาคม และคำสั่งกรมทางหลวงว่าด้วยการจัดแบ่งงานภายในแขวงทางหลวง "
          "แขวงทางหลวงมีหน้าที่และอำนาจ สรุปได้ดังนี้</p><ol>"
          "<li>บำรุงรักษาทางหลวงและสะพานในความรับผิดชอบให้อยู่ในสภาพดี ปลอดภัย</li>"
          "<li>ดำเนินงานอำนวยความปลอดภัยทางถนน ติดตั้งป้าย เครื่องหมายจราจร และไฟฟ้าแสงสว่าง</li>"
          "<li>ควบคุมและกำกับการใช้เขตทางหลวง พิจารณาอนุญาตทางเชื่อม การพาดสายและวางท่อในเขตทางหลวง</li>"
          "<li>ควบคุมน้ำหนักยานพาหนะที่ใช้ทางหลวง</li><li>ช่วยเหลือประชาชนเมื่อเกิดสาธารณภัยบนทางหลวง</li>"
          "<li>ปฏิบัติงานอื่นตามที่สำนักทางหลวงที่ 9 หรือกรมทางหลวงมอบหมาย</li></ol>")
    execs = [("นายธีรวัฒน์ พงษ์ศิริกุล", "ผู้อำนวยการแขวงทางหลวงชัยภูมิที่ 3", "0 4481 2736 ต่อ 101"),
             ("นายกฤษดา อินทรประเสริฐ", "วิศวกรโยธาชำนาญการพิเศษ หัวหน้าฝ่ายวิศวกรรม", "0 4481 2736 ต่อ 201"),
             ("นายสุรชัย แสงอรุณ", "นายช่างโยธาอาวุโส หัวหน้าฝ่ายปฏิบัติการ", "0 4481 2736 ต่อ 301"),
             ("นางสาวอรทัย ภูมิวิเศษ", "เจ้าพนักงานธุรการชำนาญงาน หัวหน้าฝ่ายบริหารทั่วไป", "0 4481 2736 ต่อ 102")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "ผู้บริหาร", cards)
    write("/about/roads/", "สายทางในความรับผิดชอบ",
          "<table class=\"list\"><tr><th>หมายเลขทางหลวง</th><th>ตอน</th><th>ระยะทาง (กม.)</th></tr>"
          "<tr><td>201</td><td>แก้งคร้อ - ภูเขียว</td><td>58.410</td></tr>"
          "<tr><td>2054</td><td>แก้งคร้อ - คอนสาร</td><td>71.225</td></tr>"
          "<tr><td>2159</td><td>บ้านแท่น - หนองบัวแดง</td><td>64.802</td></tr>"
          "<tr><td>2417</td><td>หนองไผ่ล้อม - โนนสำราญ</td><td>39.600</td></tr></table>"
          "<p>รวม 9 สายทาง ระยะทาง 412.637 กิโลเมตร</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : ทางหลวงปลอดภัย เชื่อมโยงการเดินทางและการขนส่งอย่างยั่งยืน</p>"
          "<ol><li>บำรุงรักษาทางหลวงให้มีมาตรฐานและปลอดภัย</li><li>ให้บริการประชาชนอย่างโปร่งใส รวดเร็ว</li>"
          "<li>พัฒนาบุคลากรให้มีคุณธรรมและความเชี่ยวชาญ</li></ol>")
    write("/road-condition/", "รายงานสภาพทางและการจราจร",
          "<p>ข้อมูล ณ วันที่ 3 เมษายน 2569 : ทางหลวงทุกสายทางสัญจรได้ตามปกติ "
          "มีงานซ่อมผิวทาง ทางหลวงหมายเลข 2417 กม. 21+000 - 24+200 โปรดใช้ความระมัดระวัง</p>")
    write("/laws/", "กฎหมายที่เกี่ยวข้อง",
          "<ul><li>พระราชบัญญัติทางหลวง พ.ศ. 2535</li><li>กฎกระทรวงแบ่งส่วนราชการกรมทางหลวง กระทรวงคมนาคม</li>"
          "<li>พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560</li>"
          "<li>พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</li></ul>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>เลขที่ 88 หมู่ 11 ถนนชัยภูมิ-ภูเขียว ตำบลโนนทอง อำเภอแก้งคร้อ จังหวัดชัยภูมิ 36150</p>"
          "<p>โทรศัพท์ 0 4481 2736 โทรสาร 0 4481 2737<br>อีเมล chaiyaphum3@doh-district.example<br>"
          "สายด่วนกรมทางหลวง 1586</p><p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=16.1093,102.2547">แผนที่ตั้ง (Google Maps)</a></p>'
          '<p>สอบถามข้อมูลได้ที่ <a href="/qa/">ถาม-ตอบ (Q&amp;A)</a></p>')
    qa = [("ขออนุญาตทำทางเชื่อมเข้าบ้าน ต้องใช้เวลากี่วันครับ", "ผู้ใช้ : บ้านโนนทอง", "9 มี.ค. 2569",
           "ใช้เวลาประมาณ 20 วันทำการนับจากวันที่ยื่นเอกสารครบ ยื่นทางออนไลน์ได้ที่เมนู E-Service (ผู้ดูแลระบบ)"),
          ("ไฟทางหลวง 201 ช่วงหน้าตลาดแก้งคร้อดับ", "ผู้ใช้ : คนแก้งคร้อ", "16 ก.พ. 2569",
           "หมวดทางหลวงแก้งคร้อซ่อมแซมแล้วเมื่อวันที่ 18 กุมภาพันธ์ 2569 ขอบคุณครับ (ผู้ดูแลระบบ)")]
    items = "".join(f'<div class="qa"><p><b>ถาม:</b> {esc(q)} <small>{who} {when}</small></p><p><b>ตอบ:</b> {esc(ans)}</p></div>'
                    for q, who, when, ans in qa)
    write("/qa/", "ถาม-ตอบ (Q&A)",
          f'{items}<form action="/qa/post/" method="post"><h2>ตั้งคำถาม</h2>หัวข้อ <input name="subject"><br>'
          'รายละเอียด <textarea name="body"></textarea><br>ชื่อ <input name="name"><br><button>ส่งคำถาม</button></form>')
    write("/eservice/", "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)",
          "<p>ยื่นคำขออนุญาตใช้เขตทางหลวงทางออนไลน์ โดยไม่ต้องเดินทางมาที่สำนักงาน เจ้าหน้าที่จะติดต่อกลับภายใน 2 วันทำการ</p>"
          '<form action="https://forms.example-eservice.go.th/chaiyaphum3/request" method="post">'
          '<h2>แบบคำขอออนไลน์</h2>ชื่อ-นามสกุล <input name="name"><br>เบอร์โทรศัพท์ <input name="phone"><br>'
          'ประเภทคำขอ <select name="kind"><option>ขออนุญาตทำทางเชื่อม</option><option>ขออนุญาตพาดสาย/วางท่อ</option>'
          '<option>ขออนุญาตใช้ยานพาหนะบรรทุกน้ำหนักเกิน</option></select><br>'
          'ตำแหน่ง กม. <input name="km"><br>แนบแบบแปลน <input type="file" name="plan"><br><button>ยื่นคำขอ</button></form>'
          f'<p>{a(f("service-69"), "สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>แจ้งปัญหาทางหลวงชำรุดหรือร้องทุกข์ได้ที่สายด่วน 1586 หรือโทร 0 4481 2736</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="name"><br>'
          'เบอร์ติดต่อ <input name="phone"><br>เรื่อง <input name="subject"><br>'
          'รายละเอียด <textarea name="detail"></textarea><br>หลักฐาน <input type="file" name="file"><br>'
          '<button>ส่งเรื่อง</button></form>'
          '<p>ช่องทางอื่น : <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · '
          '<a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a> · ศูนย์รับเรื่องร้องเรียนกรมทางหลวง 1586</p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>แขวงทางหลวงชัยภูมิที่ 3 เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    # procurement
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "PDF")}</td></tr>'
                   for k in months)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ 2569",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศ / รายงาน</h2><ul><li>{a(f("proc-plan-69"), ROWS["proc-plan-69"][0])}</li>'
          f'<li>{a(f("proc-year-68"), ROWS["proc-year-68"][0])}</li></ul>')
    # downloads
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลดเอกสาร : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปีงบประมาณ 2569</a></li>'
          '<li><a href="/ita/2568/">ITA ประจำปีงบประมาณ 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_table(ITA_2568))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("doh-logo.png", "person.png", "chart.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "doh.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#topbar{background:#f60;color:#fff;padding:4px}"
                 "#nav li{display:inline;margin:0 6px}#container{display:flex}#sidebar{width:230px}#content{flex:1;padding:8px}"
                 ".widget{border:1px solid #ccc;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#333;color:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
