"""Generate the HTML pages of the "harbour" test site (สำนักงานเจ้าท่าภูมิภาค สาขาแหลมสนกลาง, invented).

Run:  python tests/sites/harbour/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A regional branch of the Marine Department on a government web template: a top bar, a menu, a
side column (the director, hotline 1199, quick links, a tide notice, visitor counter) and a footer
on every page; pages are folder/index.html.  Documents are listed by category (/download/<cat>/),
the monthly procurement summaries on /procurement/, news under /news/ (two pages), services under
/services/.  The ITA page /ita/2568/ is a table of o1 … o26 in the office's own short wording whose
links go to files, pages or a category list; last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "สำนักงานเจ้าท่าภูมิภาค สาขาแหลมสนกลาง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน / แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "บริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
HIDDEN: set[str] = set()
MISSING_SIZE = "388.2 KB"
OLD_DEAD = "/files/29877.pdf"  # last year's anti-corruption plan 2567: the file was deleted


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str = "คลิก") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("งานบริการ", "/services/"),
        ("E-Service", "/eservice/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">กรมเจ้าท่า กระทรวงคมนาคม · สายด่วน 1199 · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="banner"><img src="/assets/logo.png" alt="ตราสัญลักษณ์กรมเจ้าท่า" width="64" height="64">
<b>{ORG}</b><br><small>Laem Son Klang Regional Marine Office, Marine Department</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="main">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="side">
<div class="box"><b>ผู้อำนวยการ</b><br><img src="/assets/person.png" alt="ผู้อำนวยการ" width="60" height="75"><br>
นายธีรวัฒน์ ชลสินธุ์<br>ผู้อำนวยการสำนักงานเจ้าท่าภูมิภาค สาขาแหลมสนกลาง</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/services/">คู่มือประชาชน</a><br><a href="/eservice/">จองคิวตรวจเรือออนไลน์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br><a href="/ita/2567/">ITA ๒๕๖๗</a><br>
<a href="https://www.md.go.th/">กรมเจ้าท่า</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="box"><b>ประกาศระดับน้ำ</b><br>ร่องน้ำปากน้ำแหลมสน ความลึก -2.4 ม. (รทก.) เรือกินน้ำลึกเกิน 2 ม. เข้าออกช่วงน้ำขึ้น</div>
<div class="box">ผู้เข้าชม ๔๘,๒๑๗ ครั้ง</div>
</div></div>
<div id="footer">{ORG} เลขที่ 88/8 ถนนริมท่า ตำบลปากน้ำ อำเภอแหลมสนกลาง จังหวัดสุราษฎร์ธานี 84190<br>
โทรศัพท์ 0 7741 5286 โทรสาร 0 7741 5287 อีเมล laemson@md-branch.example.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>© ๒๕๖๕ {ORG}</div>
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
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (1488, (2025, 4, 9), "เตรียมความพร้อมด้านความปลอดภัยทางน้ำ ช่วงเทศกาลสงกรานต์ 2568",
     ["วันที่ 9 เมษายน 2568 สำนักงานเจ้าท่าภูมิภาค สาขาแหลมสนกลาง ตรวจความพร้อมท่าเทียบเรือโดยสารบ้านบางหอยและท่าเรือเกาะนกนางนวล "
      "ตรวจเสื้อชูชีพ ห่วงชูชีพ และกำชับผู้ประกอบการห้ามบรรทุกผู้โดยสารเกินอัตรา"]),
    (1481, (2025, 3, 21), "ออกหน่วยบริการเคลื่อนที่ ตรวจเรือและจดทะเบียนเรือประมงพื้นบ้าน บ้านบางหอย",
     ["ระหว่างวันที่ 19 - 21 มีนาคม 2568 ฝ่ายตรวจเรือและฝ่ายทะเบียนเรือออกหน่วยบริการเคลื่อนที่ ณ ท่าเทียบเรือบ้านบางหอย "
      "ให้บริการตรวจเรือ 74 ลำ จดทะเบียนเรือใหม่ 12 ลำ"]),
    (1476, (2025, 2, 24), "สรุปผลการประชุมรับฟังความคิดเห็นของประชาชน โครงการขุดลอกร่องน้ำปากน้ำแหลมสน ประจำปีงบประมาณ 2568",
     ["เมื่อวันที่ 19 กุมภาพันธ์ 2568 สำนักงานเจ้าท่าภูมิภาค สาขาแหลมสนกลาง จัดประชุมรับฟังความคิดเห็นของประชาชน "
      "โครงการขุดลอกร่องน้ำปากน้ำแหลมสน ณ ศาลาอเนกประสงค์บ้านปากน้ำ เพื่อเปิดโอกาสให้ผู้ใช้ร่องน้ำมีส่วนร่วมในการกำหนดแนวขุดลอกและจุดทิ้งตะกอนดิน",
      "มีผู้เข้าร่วม 87 คน ได้แก่ กลุ่มประมงพื้นบ้าน 4 กลุ่ม ผู้ประกอบการเรือโดยสาร กำนัน ผู้ใหญ่บ้าน และองค์การบริหารส่วนตำบลปากน้ำ",
      "ข้อเสนอที่ได้รับ : ขอให้เริ่มขุดหลังฤดูมรสุม ย้ายจุดทิ้งตะกอนออกห่างแนวหญ้าทะเล และติดตั้งทุ่นไฟเพิ่ม 2 จุด "
      "สำนักงานฯ รับข้อเสนอทั้งหมดไปปรับแผนการดำเนินงาน และจะแจ้งผลให้ชุมชนทราบก่อนเริ่มงานในเดือนเมษายน 2568"]),
    (1470, (2025, 2, 6), "ขอเชิญร่วมประชุมรับฟังความคิดเห็น โครงการขุดลอกร่องน้ำปากน้ำแหลมสน",
     ["สำนักงานฯ ขอเชิญผู้ใช้ร่องน้ำและประชาชนที่สนใจ ร่วมประชุมรับฟังความคิดเห็น ในวันที่ 19 กุมภาพันธ์ 2568 เวลา 09.00 น.",
      "INVITE"]),
    (1463, (2025, 1, 23), "กิจกรรมส่งเสริมคุณธรรมจริยธรรม \"เจ้าท่าโปร่งใส บริการด้วยใจ\" ประจำปีงบประมาณ 2568",
     ["วันที่ 23 มกราคม 2568 ผู้อำนวยการสำนักงานเจ้าท่าภูมิภาค สาขาแหลมสนกลาง นำบุคลากร 27 คน ทบทวนประมวลจริยธรรมข้าราชการพลเรือน "
      "และข้อกำหนดจริยธรรมกรมเจ้าท่า ฝึกวิเคราะห์กรณีตัวอย่างการรับเงินค่าอำนวยความสะดวกในการตรวจเรือ "
      "และร่วมกันจัดทำ Do's & Don'ts ของสำนักงาน เพื่อขับเคลื่อนจริยธรรมในการปฏิบัติงาน"]),
    (1455, (2024, 12, 27), "ประกาศเตือนคลื่นลมแรง งดเดินเรือขนาดเล็ก 27 - 30 ธันวาคม 2567",
     ["ตามประกาศกรมอุตุนิยมวิทยา มรสุมตะวันออกเฉียงเหนือมีกำลังแรง คลื่นสูง 2 - 3 เมตร ขอให้เรือเล็กงดออกจากฝั่ง"]),
    (1449, (2024, 12, 10), "ตรวจความพร้อมท่าเทียบเรือโดยสาร ก่อนเทศกาลปีใหม่ 2568",
     ["เจ้าหน้าที่ตรวจท่าเทียบเรือสาธารณะ 6 แห่ง พบท่าเรือบ้านคลองสนต้องซ่อมราวกันตก ได้แจ้งเจ้าของท่าแก้ไขภายใน 7 วัน"]),
    (1441, (2024, 11, 15), "รณรงค์ความปลอดภัยทางน้ำ เทศกาลลอยกระทง 2567",
     ["จัดเรือตรวจการณ์ประจำจุดลอยกระทงริมคลองบางหอย และแจกเสื้อชูชีพให้เรือรับจ้าง 30 ตัว"]),
    (1436, (2024, 10, 30), "ประชุมคณะทำงานจัดระเบียบเรือประมงในร่องน้ำคลองบางหอย",
     ["ร่วมกับประมงอำเภอและองค์การบริหารส่วนตำบล กำหนดแนวจอดเรือเพื่อไม่ให้กีดขวางร่องน้ำ"]),
    (1430, (2024, 10, 7), "จิตอาสาเก็บขยะชายหาดปากน้ำ เนื่องในวันคล้ายวันสวรรคต",
     ["บุคลากรสำนักงานฯ 25 คน ร่วมกับชุมชน เก็บขยะชายหาดได้ 340 กิโลกรัม"]),
    (1398, (2024, 7, 18), "มอบเสื้อชูชีพให้โรงเรียนบ้านปากน้ำ",
     ["มอบเสื้อชูชีพ 50 ตัว สำหรับนักเรียนที่เดินทางด้วยเรือ"]),
    (1372, (2024, 3, 5), "ประชุมรับฟังความคิดเห็น โครงการขุดลอกร่องน้ำคลองบางหอย ปี 2567",
     ["วันที่ 5 มีนาคม 2567 มีผู้เข้าร่วม 64 คน เสนอให้ขุดลอกช่วงโค้งคลองเพิ่มเติม"]),
    (1351, (2023, 12, 20), "ประชาสัมพันธ์นโยบาย No Gift Policy เทศกาลปีใหม่ 2567",
     ["สำนักงานฯ ขอความร่วมมือผู้มาติดต่อราชการ งดให้ของขวัญแก่เจ้าหน้าที่ในเทศกาลปีใหม่ 2567 ตามนโยบาย No Gift Policy"]),
    (1330, (2023, 10, 20), "ต้อนรับคณะศึกษาดูงานระบบทะเบียนเรือ",
     ["ต้อนรับคณะเจ้าหน้าที่จากสำนักงานเจ้าท่าภูมิภาคสาขาใกล้เคียง ศึกษาดูงานระบบทะเบียนเรืออิเล็กทรอนิกส์"]),
]
PER_PAGE = 10


def news_pages() -> None:
    for nid, ymd, title, paras in NEWS:
        body = "".join(f"<p>{a(f('hearing-invite'), 'ดาวน์โหลดหนังสือเชิญประชุม')}</p>" if p == "INVITE" else f"<p>{esc(p)}</p>"
                       for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">วันที่ {be(date(*ymd))}</p>'
              f'<img src="/assets/photo.png" alt="ภาพกิจกรรม" width="200" height="120">{body}'
              '<p><a href="/news/">« กลับหน้าข่าวประชาสัมพันธ์</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>' for n in chunk)
        pager = '<p>หน้า <b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">ถัดไป »</a></p>' if p == 1 else \
            '<p>หน้า <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2568 = [  # (ข้อ, heading, [(link text, href or row key)])
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", None),
    ("o1", "โครงสร้าง / อำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อหน่วยงาน", [("ติดต่อเรา", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนปฏิบัติราชการระยะ 3 ปี", [("แผนปฏิบัติราชการระยะ 3 ปี", "plan3y-65-67")]),
    ("o6", "แผนปฏิบัติราชการ / แผนการใช้จ่ายงบประมาณ / รายงานรอบ 6 เดือน",
     [("แผนปฏิบัติราชการ 2568", "opplan-68"), ("แผนการใช้จ่ายงบประมาณ 2568", "budget-plan-68"),
      ("รายงานรอบ 6 เดือน", "progress-6m-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "staff-manual")]),
    ("o9", "คู่มือการให้บริการประชาชน", [("คู่มือประชาชน", "/services/")]),
    ("o10", "E-Service", [("ระบบจองคิวออนไลน์", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติการให้บริการ", "service-stats-67")]),
    ("o12", "สขร.1 รายเดือน", [("ผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานปี 2567", "proc-year-67")]),
    ("o14", "แผนพัฒนาบุคลากร", [("แผนพัฒนาบุคลากร", "hr-plan-67")]),
    ("o15", "รายงานผลการพัฒนาบุคลากร", [("รายงานปี 2567", "hr-report-67")]),
    ("o16", "ประมวลจริยธรรม / กิจกรรมขับเคลื่อนจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรม", "/news/1463/")]),
    ("o17", "คู่มือเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual"), ("แผนผัง", "complaint-flow")]),
    ("o18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติปี 2568", "complaint-stats-68")]),
    ("o20", "การมีส่วนร่วมของประชาชน", [("รับฟังความคิดเห็นโครงการขุดลอกร่องน้ำ", "/news/1476/")]),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", None),
    ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", "nogift-66")]),
    ("o22", "รายงานการรับทรัพย์สินฯ", [("รายงานปี 2567", "gift-report-67")]),
    ("o23", "การประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยงการทุจริต ปี 2568", "risk-67")]),
    ("o24", "รายงานผลการจัดการความเสี่ยงการทุจริต", [("รายงานปี 2567", "risk-report-67")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผนปี 2568", "anti-plan-68")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานปี 2567", "anti-report-67")]),
]
ITA_2567 = [
    ("o5", "แผนปฏิบัติราชการระยะ 3 ปี", [("แผนระยะ 3 ปี (2565-2567)", "plan3y-65-67")]),
    ("o6", "แผนปฏิบัติราชการ ปี 2567 / รายงานรอบ 6 เดือน", [("แผนปฏิบัติราชการ 2567", "opplan-67"),
                                                          ("รายงานรอบ 6 เดือน", "progress-6m-67")]),
    ("o12", "สขร.1", [("สขร.1 ก.ย. 2567", "proc-2024-09")]),
    ("o14", "แผนพัฒนาบุคลากร ปี 2567", [("แผนพัฒนาบุคลากร", "hr-plan-67")]),
    ("o21", "No Gift Policy", [("ประกาศ", "nogift-66"), ("ประชาสัมพันธ์ปีใหม่ 2567", "/news/1351/")]),
    ("o25", "แผนป้องกันการทุจริต ปี 2567", [("แผนปี 2567", OLD_DEAD)]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ประเด็น</th><th>ลิงก์ข้อมูล</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = " | ".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "หน้าแรก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">ข่าวทั้งหมด</a></p>'
          '<h2>บริการประชาชน</h2><p><a href="/services/">งานบริการและคู่มือประชาชน</a> · <a href="/eservice/">จองคิวตรวจเรือออนไลน์</a> · '
          '<a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a> · <a href="/ita/2568/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2568</a></p>'
          '<h2>ประกาศเจ้าท่า</h2><ul><li><a href="/announce/">ประกาศเจ้าท่า / ประกาศเตือนเรือ</a></li>'
          '<li><a href="/knowledge/">ความรู้ความปลอดภัยทางน้ำ</a></li></ul>')
    write("/about/history/", "ประวัติหน่วยงาน",
          "<p>สำนักงานเจ้าท่าภูมิภาค สาขาแหลมสนกลาง เป็นส่วนราชการส่วนภูมิภาคของกรมเจ้าท่า ขึ้นกับสำนักงานเจ้าท่าภูมิภาคที่ 4 "
          "ตั้งขึ้นเมื่อ พ.ศ. 2519 ในชื่อ ด่านเจ้าท่าแหลมสน รับผิดชอบพื้นที่ชายฝั่ง 3 อำเภอ ท่าเทียบเรือสาธารณะ 14 แห่ง "
          "ร่องน้ำปากน้ำแหลมสนและคลองบางหอย</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์กรมเจ้าท่า : พัฒนาการคมนาคมทางน้ำให้ปลอดภัย ได้มาตรฐานสากล และเป็นมิตรกับสิ่งแวดล้อม</p>"
          "<ol><li>ควบคุมความปลอดภัยในการเดินเรือ</li><li>บำรุงรักษาร่องน้ำและเครื่องหมายการเดินเรือ</li>"
          "<li>ให้บริการจดทะเบียนเรือ ตรวจเรือ และออกประกาศนียบัตรคนประจำเรือ</li></ol>")
    write("/about/structure/", "โครงสร้างหน่วยงาน",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างสำนักงานเจ้าท่าภูมิภาค สาขาแหลมสนกลาง" width="160" height="100">'
          "<ul><li>ผู้อำนวยการสำนักงานเจ้าท่าภูมิภาค สาขาแหลมสนกลาง<ul>"
          "<li>ฝ่ายบริหารทั่วไป (งานสารบรรณ การเงิน พัสดุ บุคคล)</li>"
          "<li>ฝ่ายทะเบียนเรือและคนประจำเรือ</li><li>ฝ่ายตรวจเรือ</li>"
          "<li>ฝ่ายความปลอดภัยและสิ่งแวดล้อม (ร่องน้ำ เครื่องหมายการเดินเรือ สิ่งล่วงล้ำลำแม่น้ำ)</li>"
          "<li>หน่วยเจ้าท่าย่อยบ้านบางหอย</li></ul></li></ul>"
          "<p>ขึ้นตรงต่อ สำนักงานเจ้าท่าภูมิภาคที่ 4 กรมเจ้าท่า</p>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a> · <a href="/about/staff/">ทำเนียบบุคลากร</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมเจ้าท่า กระทรวงคมนาคม และพระราชบัญญัติการเดินเรือในน่านน้ำไทย พระพุทธศักราช 2456 "
          "สำนักงานเจ้าท่าภูมิภาคสาขามีอำนาจหน้าที่ในเขตพื้นที่รับผิดชอบ สรุปได้ดังนี้</p><ol>"
          "<li>ควบคุม ตรวจตรา และรักษาความปลอดภัยในการเดินเรือ</li><li>จดทะเบียนเรือไทย ตรวจเรือ และออกใบอนุญาตใช้เรือ</li>"
          "<li>ออกประกาศนียบัตรและใบอนุญาตคนประจำเรือ</li><li>พิจารณาอนุญาตสิ่งล่วงล้ำลำแม่น้ำ และควบคุมการขุดลอก</li>"
          "<li>บำรุงรักษาร่องน้ำและเครื่องหมายการเดินเรือ</li><li>ป้องกันและขจัดมลพิษทางน้ำเบื้องต้น</li>"
          "<li>ปฏิบัติงานอื่นตามที่กรมเจ้าท่ามอบหมาย</li></ol>")
    execs = [("นายธีรวัฒน์ ชลสินธุ์", "ผู้อำนวยการสำนักงานเจ้าท่าภูมิภาค สาขาแหลมสนกลาง", "0 7741 5286 ต่อ 101"),
             ("นางสาวกมลชนก ทะเลทอง", "หัวหน้าฝ่ายบริหารทั่วไป", "0 7741 5286 ต่อ 102"),
             ("นายอดิศร ธารานุรักษ์", "หัวหน้าฝ่ายทะเบียนเรือและคนประจำเรือ", "0 7741 5286 ต่อ 103"),
             ("นายปิยะพงษ์ นาวาวิทย์", "หัวหน้าฝ่ายตรวจเรือ", "0 7741 5286 ต่อ 104"),
             ("นายณัฐพล คลื่นแก้ว", "หัวหน้าฝ่ายความปลอดภัยและสิ่งแวดล้อม", "0 7741 5286 ต่อ 105")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "ผู้บริหาร", cards + "<p>อีเมล laemson@md-branch.example.go.th</p>")
    write("/about/staff/", "ทำเนียบบุคลากร",
          "<p>ข้าราชการ 14 คน พนักงานราชการ 9 คน ลูกจ้างประจำ 6 คน</p><ul><li>ฝ่ายบริหารทั่วไป 7 คน</li>"
          "<li>ฝ่ายทะเบียนเรือและคนประจำเรือ 6 คน</li><li>ฝ่ายตรวจเรือ 5 คน</li><li>ฝ่ายความปลอดภัยและสิ่งแวดล้อม 11 คน</li></ul>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>เลขที่ 88/8 ถนนริมท่า ตำบลปากน้ำ อำเภอแหลมสนกลาง จังหวัดสุราษฎร์ธานี 84190</p>"
          "<p>โทรศัพท์ 0 7741 5286 โทรสาร 0 7741 5287<br>อีเมล laemson@md-branch.example.go.th<br>"
          "สายด่วนกรมเจ้าท่า 1199 (ตลอด 24 ชั่วโมง)</p><p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=9.3821,99.6617">แผนที่ตั้งสำนักงาน (Google Maps)</a></p>'
          '<p><a href="https://www.facebook.com/laemson.marine">Facebook : เจ้าท่าแหลมสนกลาง</a></p>')
    write("/services/", "งานบริการประชาชน",
          "<p>บริการที่สำนักงานให้บริการ พร้อมคู่มือสำหรับประชาชน</p><ul>"
          f'<li>{a("/services/boat-licence/", "การขอรับใบอนุญาตใช้เรือ / ตรวจเรือ")}</li>'
          f'<li>{a("/services/registration/", "การจดทะเบียนเรือไทย")}</li>'
          "<li>การออกประกาศนียบัตรคนประจำเรือ</li><li>การขออนุญาตสิ่งล่วงล้ำลำแม่น้ำ</li></ul>"
          f'<p>{a(f("citizen-manual"), "ดาวน์โหลดคู่มือสำหรับประชาชน (PDF)")}</p>')
    write("/services/boat-licence/", "การขอรับใบอนุญาตใช้เรือ",
          "<p>เรือกลทุกลำต้องได้รับการตรวจและมีใบอนุญาตใช้เรือที่ยังไม่หมดอายุ ยื่นคำขอได้ที่ฝ่ายตรวจเรือ หรือจองคิวผ่าน "
          '<a href="/eservice/">ระบบจองคิวออนไลน์</a></p>'
          f'<p>{a(f("citizen-manual"), "คู่มือสำหรับประชาชน")}</p>')
    write("/services/registration/", "การจดทะเบียนเรือไทย",
          "<p>เรือขนาดตั้งแต่ 10 ตันกรอสขึ้นไป และเรือกลทุกขนาด ต้องจดทะเบียนเรือไทยตามพระราชบัญญัติเรือไทย พ.ศ. 2481</p>"
          f'<p>{a(f("citizen-manual"), "คู่มือสำหรับประชาชน")}</p>')
    write("/eservice/", "E-Service ระบบจองคิวตรวจเรือและยื่นคำขอออนไลน์",
          "<p>เจ้าของเรือสามารถจองวันตรวจเรือ หรือยื่นคำขอต่ออายุใบอนุญาตใช้เรือทางออนไลน์ ไม่ต้องเดินทางมาติดต่อล่วงหน้า "
          "เจ้าหน้าที่จะยืนยันนัดหมายทางโทรศัพท์ภายใน 1 วันทำการ</p>"
          '<form action="https://forms.example.org/laemson-eservice/submit" method="post">'
          '<h2>แบบคำขอออนไลน์</h2>ชื่อ-นามสกุลเจ้าของเรือ <input name="owner"><br>เบอร์โทรศัพท์ <input name="phone"><br>'
          'ชื่อเรือ / เลขทะเบียนเรือ <input name="boat"><br>ประเภทคำขอ <select name="kind"><option>จองคิวตรวจเรือ</option>'
          '<option>ต่ออายุใบอนุญาตใช้เรือ</option><option>ขอคัดสำเนาใบทะเบียนเรือ</option></select><br>'
          'วันที่ต้องการ <input name="day" type="date"><br><button>ส่งคำขอ</button></form>'
          '<p>หรือใช้ <a href="https://www.md.go.th/">ระบบบริการอิเล็กทรอนิกส์ของกรมเจ้าท่า</a></p>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนได้ที่สำนักงาน ตู้รับเรื่องร้องเรียน โทร 0 7741 5286 หรือสายด่วน 1199</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ ไม่ประสงค์ออกนามได้</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้แจ้ง (ไม่ระบุก็ได้) <input name="name"><br>'
          'ช่องทางติดต่อกลับ <input name="contact"><br>เจ้าหน้าที่/หน่วยงานที่ถูกร้องเรียน <input name="whom"><br>'
          'รายละเอียดพฤติการณ์ <textarea name="detail"></textarea><br>แนบหลักฐาน <input type="file" name="file"><br>'
          '<button>ส่งเรื่อง</button></form>')
    write("/announce/", "ประกาศเจ้าท่า / ประกาศเตือนเรือ",
          "<ul><li>ประกาศเจ้าท่า ที่ 3/2568 เรื่อง การขุดลอกร่องน้ำปากน้ำแหลมสน ให้เรือลดความเร็วบริเวณทุ่นที่ 1 - 4 (เม.ย. - มิ.ย. 2568)</li>"
          "<li>ประกาศเจ้าท่า ที่ 2/2568 เรื่อง ห้ามจอดเรือในแนวร่องน้ำคลองบางหอย</li>"
          "<li>ประกาศเตือนเรือ เรื่อง ทุ่นไฟหมายเลข 3 ดับชั่วคราว (แก้ไขแล้ว 14 มี.ค. 2568)</li></ul>")
    write("/knowledge/", "ความรู้ความปลอดภัยทางน้ำ",
          "<p>สวมเสื้อชูชีพทุกครั้งที่โดยสารเรือ ตรวจสอบสภาพอากาศก่อนออกเรือ และไม่บรรทุกเกินอัตราที่ระบุในใบอนุญาตใช้เรือ</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานฯ เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นต่อการให้บริการ ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    # procurement: the branch's own summaries and what the clerk put beside them
    months = sorted((k for k in ROWS if k.startswith("proc-20") or k.startswith("proc-parent")),
                    key=lambda k: ROWS[k][2], reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td>'
                   f'<td>{a(f(k), "ดาวน์โหลด (" + ("Excel" if ROWS[k][3] == "xlsx" else "PDF") + ")")}</td></tr>'
                   for k in months)
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง / สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศ / รายงาน</h2><ul><li>{a(f("print-plan"), ROWS["print-plan"][0])}</li>'
          f'<li>{a(f("proc-year-67"), ROWS["proc-year-67"][0])}</li></ul>'
          '<p>ประกาศจัดซื้อจัดจ้างทั้งหมดดูได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>')
    # downloads
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลดเอกสาร : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. 2568</a></li>'
          '<li><a href="/ita/2567/">ITA ประจำปีงบประมาณ พ.ศ. 2567</a></li></ul>')
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
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#036;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:230px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #9bd;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#036;color:#fff;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
