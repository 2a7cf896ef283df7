"""Generate the HTML pages of the "fisheries" test site (สำนักงานประมงจังหวัดสตูล, invented content).

Run:  python tests/sites/fisheries/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial fisheries office on its department's regional-office template: a top bar, a banner,
a menu, a right column (the head of office, service links, both ITA pages, visitor counter) and a
footer on every page; pages are folder/index.html. Documents are listed by category under
/download/<cat>/, the monthly สขร.1 on /procurement/, news under /news/ (three pages, FY2569,
FY2568, FY2567). The annual action plan is an HTML page (/plan/annual/), the service statistics
too (/eservice/stats/). The ITA page /ita/2569/ is a table in the office's own wording (it has no
o24 row); last year's /ita/2568/ is still in the menu.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "สำนักงานประมงจังหวัดสตูล"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน / ยุทธศาสตร์", "report": "รายงานประจำปี", "manual": "คู่มือ", "procure": "จัดซื้อจัดจ้าง",
        "hr": "การบริหารทรัพยากรบุคคล", "integrity": "คุณธรรมและความโปร่งใส"}
MISSING_SIZE = "286.4 KB"
OLD_DEAD = "/files/4870.pdf"  # last year's risk assessment 2568 (ITA 2568 o21): deleted


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวกิจกรรม", "/news/"), ("แผนปฏิบัติราชการ", "/plan/annual/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"), ("บริการประชาชน", "/service/"),
        ("E-Service", "/eservice/"), ("ร้องเรียนการทุจริต", "/complaint/"), ("ITA 2569", "/ita/2569/"),
        ("ITA 2568", "/ita/2568/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="topbar">กรมประมง กระทรวงเกษตรและสหกรณ์ · สายด่วนกรมประมง 1356 · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="banner"><img src="/assets/logo.png" alt="ตรากรมประมง" width="72" height="72">
<b>{ORG}</b><br><small>Satun Provincial Fisheries Office</small></div>
<ul id="nav">
{menu}
</ul>
<div id="wrap"><div id="content">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="aside">
<div class="box"><b>ประมงจังหวัดสตูล</b><br>นายวีรพล ทะเลทอง<br>โทร. 0 7472 1458 ต่อ 101</div>
<div class="box"><b>บริการประชาชน</b><br><a href="/eservice/">ยื่นคำขอออนไลน์ (E-Service)</a><br>
<a href="/download/manual/">คู่มือประชาชน</a><br><a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a><br>
<a href="/fishprice/">ราคาสัตว์น้ำ</a></div>
<div class="box"><b>ITA</b><br><a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๙</a><br>
<a href="/ita/2568/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๘</a></div>
<div class="box"><a href="https://www.fisheries.go.th/">กรมประมง</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="box">ผู้เข้าชม ๔๑,๒๐๖ ครั้ง</div>
</div></div>
<div id="footer">{ORG} 88/3 ถนนสตูลธานี ตำบลพิมาน อำเภอเมืองสตูล จังหวัดสตูล 91000<br>
โทรศัพท์ 0 7472 1458 โทรสาร 0 7472 1459 อีเมล satun@fisheries-satun.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/links/">หน่วยงานที่เกี่ยวข้อง</a><br>
© ๒๕๖๕ {ORG}</div>
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
                    f'<td>{ext.upper()} {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if (cat is None or ROWS[k][1] == cat) and not k.startswith("proc-2")]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (231, (2026, 4, 3), "ปล่อยพันธุ์ปูม้า ณ ธนาคารปูม้าชุมชนบ้านตันหยงโป",
     ["วันที่ 3 เมษายน 2569 สำนักงานประมงจังหวัดสตูล ร่วมกับชุมชนบ้านตันหยงโป ปล่อยลูกปูม้าระยะวัยอ่อน 1,200,000 ตัว "
      "คืนสู่ทะเลอันดามัน เพื่อเพิ่มผลผลิตสัตว์น้ำให้ชาวประมงพื้นบ้าน"]),
    (229, (2026, 3, 20), "ขอเชิญร่วมเวทีรับฟังความคิดเห็นชาวประมงพื้นบ้าน ประจำปี 2569",
     ["สำนักงานประมงจังหวัดสตูล ขอเชิญชาวประมงพื้นบ้าน ผู้นำชุมชน และผู้สนใจ ร่วมเวทีรับฟังความคิดเห็น "
      "เรื่อง การกำหนดเครื่องมือประมงในเขตทะเลชายฝั่งจังหวัดสตูล ในวันที่ 14 พฤษภาคม 2569 เวลา 09.00 น. ณ หอประชุมอำเภอละงู",
      "ลงทะเบียนล่วงหน้าได้ที่สำนักงานประมงอำเภอทุกแห่ง ภายในวันที่ 8 พฤษภาคม 2569"]),
    (226, (2026, 3, 2), "ประชาสัมพันธ์มาตรการปิดอ่าวอันดามัน ปี 2569",
     ["ห้ามทำการประมงด้วยเครื่องมือบางชนิดในพื้นที่ที่กำหนด ตั้งแต่วันที่ 1 เมษายน - 30 มิถุนายน 2569"]),
    (222, (2026, 2, 10), "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป ตำแหน่งเจ้าพนักงานประมง",
     ["รับสมัครระหว่างวันที่ 16 - 27 กุมภาพันธ์ 2569 ทางระบบรับสมัครออนไลน์ของกรมประมง"]),
    (219, (2026, 1, 23), "โครงการอบรมเสริมสร้างจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2569",
     ["วันที่ 22 มกราคม 2569 สำนักงานประมงจังหวัดสตูล จัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือนและข้อกำหนดจริยธรรมกรมประมง "
      "ให้บุคลากรนำไปปฏิบัติ โดยมีวิทยากรจากสำนักงาน ป.ป.ท. เขต 9 บรรยายเรื่องผลประโยชน์ทับซ้อนในงานออกใบอนุญาตและตรวจเรือประมง",
      "ผู้เข้าร่วม ข้าราชการ 14 คน พนักงานราชการ 11 คน และลูกจ้าง 12 คน รวม 37 คน จัดทำ Do's & Don'ts ของสำนักงานร่วมกัน"]),
    (214, (2025, 12, 15), "ขึ้นทะเบียนเกษตรกรผู้เพาะเลี้ยงสัตว์น้ำ รอบปี 2569",
     ["เกษตรกรผู้เลี้ยงสัตว์น้ำยื่นขึ้นทะเบียนหรือปรับปรุงข้อมูล (ทบ.1) ได้ที่สำนักงานประมงอำเภอ หรือนัดหมายผ่าน E-Service ของสำนักงาน"]),
    (210, (2025, 11, 28), "มอบพันธุ์ปลานิลแก่เกษตรกรผู้ประสบอุทกภัย อำเภอควนโดน",
     ["มอบพันธุ์ปลานิล 60,000 ตัว และอาหารปลา 120 กระสอบ แก่เกษตรกร 80 ราย"]),
    (206, (2025, 11, 5), "ชี้แจงหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ในการประชุมประจำเดือน",
     ["ในการประชุมประจำเดือนพฤศจิกายน 2568 ประมงจังหวัดสตูลชี้แจงหลักเกณฑ์ตามมาตรา 128 แห่ง พ.ร.ป.ว่าด้วยการป้องกันและปราบปรามการทุจริต "
      "ห้ามรับทรัพย์สินเกิน 3,000 บาท และย้ำนโยบาย No Gift Policy ของสำนักงาน"]),
    (203, (2025, 10, 20), "ประมงจังหวัดสตูลประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2569",
     ["ขอความร่วมมือผู้ประกอบการประมงและผู้มาติดต่อราชการงดให้ของขวัญแก่เจ้าหน้าที่ทุกโอกาส",
      '<a href="{nogift}">ประกาศนโยบาย No Gift Policy</a>']),
    (201, (2025, 10, 6), "ต้อนรับประมงจังหวัดสตูลคนใหม่",
     ["บุคลากรสำนักงานประมงจังหวัดสตูลให้การต้อนรับนายวีรพล ทะเลทอง ในโอกาสเข้ารับตำแหน่งประมงจังหวัดสตูล"]),
    # FY2568, page 2
    (188, (2025, 9, 21), "วันประมงน้อมเกล้า ประจำปี 2568",
     ["ปล่อยพันธุ์สัตว์น้ำ 2,500,000 ตัว ณ ท่าเทียบเรือปากบารา"]),
    (171, (2025, 4, 1), "เริ่มมาตรการปิดอ่าวอันดามัน ปี 2568", ["ตั้งแต่วันที่ 1 เมษายน - 30 มิถุนายน 2568"]),
    (164, (2025, 2, 14), "เปิดธนาคารปูม้าชุมชนแห่งที่ 14 บ้านบ่อเจ็ดลูก", ["ชุมชนร่วมดูแลแม่ปูไข่นอกกระดอง"]),
    (158, (2024, 12, 2), "อบรมการตรวจเรือประมงตามระบบ PIPO", ["เจ้าพนักงานประมง 9 คน เข้ารับการอบรม ณ จังหวัดสงขลา"]),
    (151, (2024, 10, 15), "ประกาศใช้แผนปฏิบัติราชการ ประจำปีงบประมาณ 2568",
     ['รายละเอียดแผนปฏิบัติราชการดูได้ที่ <a href="/plan/annual/">หน้าแผนปฏิบัติราชการ</a>']),
    # FY2567, page 3
    (132, (2024, 6, 27), "ตรวจสอบร้านจำหน่ายปลาสวยงาม", ["ตรวจร้านค้า 12 แห่ง ในอำเภอเมืองสตูล"]),
    (118, (2024, 3, 14), "สรุปผลเวทีรับฟังความคิดเห็นและการมีส่วนร่วมของชาวประมงพื้นบ้าน เรื่อง เขตอนุรักษ์หญ้าทะเล",
     ["วันที่ 12 มีนาคม 2567 สำนักงานประมงจังหวัดสตูล จัดเวทีรับฟังความคิดเห็นเพื่อเปิดโอกาสให้ชาวประมงพื้นบ้านมีส่วนร่วม "
      "ในการกำหนดเขตอนุรักษ์หญ้าทะเล อำเภอละงูและอำเภอทุ่งหว้า ณ ศาลาประชาคมบ้านปากบารา",
      "ผู้เข้าร่วม 146 คน จาก 23 ชุมชน ที่ประชุมเสนอให้กำหนดแนวเขตด้วยทุ่นและให้ชุมชนร่วมลาดตระเวน "
      "สำนักงานได้นำข้อเสนอไปประกอบการจัดทำประกาศจังหวัด และแจ้งผลให้ชุมชนทราบเมื่อวันที่ 30 เมษายน 2567"]),
    (109, (2023, 12, 8), "มอบเครื่องมือประมงแก่กลุ่มประมงพื้นบ้านบ้านตันหยงอุมา", ["มอบอวนปู 40 ผืน"]),
]
PAGES = [NEWS[:10], NEWS[10:15], NEWS[15:]]


def news_pages() -> None:
    links = {"nogift": f("no-gift-69")}
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(y, m, day))} โดย ฝ่ายบริหารทั่วไป</p>{body}'
              '<p><a href="/news/">« ข่าวกิจกรรมทั้งหมด</a></p>')
    urls = ["/news/", "/news/page/2/", "/news/page/3/"]
    for p, chunk in enumerate(PAGES):
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>{be(date(*n[1]))}</span></li>' for n in chunk)
        pager = " ".join(f"<b>{i + 1}</b>" if i == p else f'<a href="{u}">{i + 1}</a>' for i, u in enumerate(urls))
        write(urls[p], "ข่าวกิจกรรม", f'<ul class="news">{items}</ul><p>หน้า {pager}</p>')


# ---------------------------------------------------------------- ITA

def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


ITA_2569 = [  # (ข้อ, heading, [(link text, key or path)])
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อ / ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("ถาม-ตอบ", "/qa/")]),
    ("o4", "ข่าวกิจกรรม", [("ข่าวกิจกรรม", "/news/")]),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์สำนักงาน", "strat-64-68"), ("แผน 5 ปี (ร่าง)", "strat-draft")]),
    ("o6", "แผนปฏิบัติราชการประจำปี", [("แผนปฏิบัติราชการ", "/plan/annual/")]),
    ("o7", "รายงานประจำปี", [("รายงานประจำปี", "annual-report-67")]),
    ("o8", "คู่มือปฏิบัติงาน", [("คู่มือ ทบ.1", "manual-reg")]),
    ("o9", "คู่มือประชาชน", [("ใบอนุญาตประมงพื้นบ้าน", "citizen-license")]),
    ("o10", "E-Service", [("E-Service", "/eservice/"), ("สถิติการให้บริการ", "/eservice/stats/")]),
    ("o11", "สขร.1 รายเดือน", [("สรุปผลจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o12", "สรุปผลจัดซื้อจัดจ้างประจำปี", [("ปีงบ 2568", "proc-year-68")]),
    ("o13", "หลักเกณฑ์/แผน HR", [("หลักเกณฑ์", "hr-rules"), ("แผนพัฒนาบุคลากร", "hr-plan")]),
    ("o14", "รายงานผล HR", [("ปีงบ 2568", "hr-report-68")]),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("การขับเคลื่อน", "/news/219/")]),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียน", [("แนวปฏิบัติ", "complaint-guide")]),
    ("o17", "ช่องทางร้องเรียน", [("แจ้งเรื่องร้องเรียน", "/complaint/")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("สถิติเรื่องร้องเรียน", "complaint-stats")]),
    ("o19", "การมีส่วนร่วม", [("การมีส่วนร่วม", "/news/118/")]),
    ("o20", "No Gift Policy", [("ประกาศ", "no-gift-69"), ("รายงานการรับทรัพย์สิน", "gift-report-68"),
                               ("เสริมสร้างความรู้", "/news/206/")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ปีงบ 2569", "risk-69")]),
    ("o22", "รายงานผลบริหารความเสี่ยง", [("ปีงบ 2568", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("ปีงบ 2569", "anti-plan-69")]),
    ("o25", "การนำผล ITA ไปพัฒนา", [("มาตรการส่งเสริมคุณธรรม", "integrity-measures-67")]),
    ("o26", "รายงานผลมาตรการคุณธรรม", [("ปีงบ 2568", "integrity-report-68")]),
]
ITA_2568 = [
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ 2564-2568", "strat-64-68")]),
    ("o6", "แผนปฏิบัติราชการประจำปี 2568", [("แผนปฏิบัติราชการ", "/plan/annual/")]),
    ("o11", "สขร.1", [("ก.ย. 2568", "proc-2025-09")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ปีงบ 2568", OLD_DEAD)]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("ปีงบ 2567", "anti-report-67")]),
    ("o25", "มาตรการส่งเสริมคุณธรรม", [("มาตรการ", "integrity-measures-67")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>หัวข้อ</th><th>ลิงก์</th></tr>']
    for code, heading, links in rows:
        cell = " | ".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "หน้าแรก", f"""<p>ยินดีต้อนรับสู่เว็บไซต์{ORG} หน่วยงานราชการส่วนภูมิภาค สังกัดกรมประมง</p>
<h2>ข่าวกิจกรรมล่าสุด</h2><ul>{latest}</ul><p><a href="/news/">ดูทั้งหมด</a></p>
<h2>บริการ</h2><ul><li><a href="/eservice/">ยื่นคำขอออนไลน์</a></li><li><a href="/service/">งานบริการประชาชน</a></li>
<li><a href="/knowledge/">คลังความรู้</a></li><li><a href="/ita/">ITA</a></li></ul>""")
    write("/about/history/", "ประวัติหน่วยงาน",
          "<p>สำนักงานประมงจังหวัดสตูลจัดตั้งขึ้นตามกฎกระทรวงแบ่งส่วนราชการกรมประมง เป็นราชการบริหารส่วนภูมิภาค "
          "ขึ้นตรงต่อผู้ว่าราชการจังหวัดและกรมประมง ปัจจุบันมีสำนักงานประมงอำเภอ 7 แห่ง</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์และพันธกิจ</a> · <a href="/about/district/">สำนักงานประมงอำเภอ</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : การประมงจังหวัดสตูลยั่งยืน ทรัพยากรสัตว์น้ำอุดมสมบูรณ์ ชาวประมงมีรายได้มั่นคง</p>"
          "<ol><li>บริหารจัดการทรัพยากรประมง</li><li>ส่งเสริมการเพาะเลี้ยงสัตว์น้ำ</li><li>ป้องกันการทำประมงผิดกฎหมาย</li></ol>")
    write("/about/structure/", "โครงสร้างองค์กร", """<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้าง" width="120" height="80"></p>
<ul><li>ประมงจังหวัดสตูล (ผู้บริหารสูงสุดของสำนักงาน)
<ul><li>ฝ่ายบริหารทั่วไป (งานธุรการ การเงิน พัสดุ บุคคล)</li>
<li>กลุ่มบริหารจัดการด้านการประมง (ใบอนุญาต ทะเบียนเรือ การตรวจเรือประมง)</li>
<li>กลุ่มส่งเสริมและพัฒนาอาชีพ (เพาะเลี้ยงสัตว์น้ำ ทะเบียนเกษตรกร ประมงพื้นบ้าน)</li>
<li>สำนักงานประมงอำเภอ 7 แห่ง : เมืองสตูล ละงู ท่าแพ ควนกาหลง ควนโดน ทุ่งหว้า มะนัง</li></ul></li></ul>""")
    write("/about/authority/", "อำนาจหน้าที่", """<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมประมง กระทรวงเกษตรและสหกรณ์ สำนักงานประมงจังหวัดมีอำนาจหน้าที่ ดังนี้</p>
<ol><li>ดำเนินการตามกฎหมายว่าด้วยการประมงและกฎหมายอื่นที่เกี่ยวข้องในเขตจังหวัด</li>
<li>ออกใบอนุญาตทำการประมงพื้นบ้าน และขึ้นทะเบียนเกษตรกรผู้เพาะเลี้ยงสัตว์น้ำ</li>
<li>ส่งเสริม สนับสนุน และถ่ายทอดเทคโนโลยีการเพาะเลี้ยงสัตว์น้ำแก่เกษตรกร</li>
<li>ควบคุม ตรวจสอบ และป้องกันการทำประมงผิดกฎหมาย ขาดการรายงาน และไร้การควบคุม (IUU)</li>
<li>จัดทำข้อมูลสารสนเทศด้านการประมงของจังหวัด</li>
<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>""")
    execs = [("นายวีรพล ทะเลทอง", "ประมงจังหวัดสตูล", "101"), ("นางสาวอัญชลี หมาดหลี", "หัวหน้าฝ่ายบริหารทั่วไป", "102"),
             ("นายอดิศร เกาะยาว", "หัวหน้ากลุ่มบริหารจัดการด้านการประมง", "103"),
             ("นางรัชนี บินหมาน", "หัวหน้ากลุ่มส่งเสริมและพัฒนาอาชีพ", "104")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="90" height="110"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. 0 7472 1458 ต่อ {x}</div>" for n, p, x in execs)
    write("/about/executives/", "ทำเนียบผู้บริหาร", cards)
    districts = ["เมืองสตูล", "ละงู", "ท่าแพ", "ควนกาหลง", "ควนโดน", "ทุ่งหว้า", "มะนัง"]
    write("/about/district/", "สำนักงานประมงอำเภอ",
          "<ul>" + "".join(f"<li>สำนักงานประมงอำเภอ{x} โทร. 0 7477 {2100 + i * 13}</li>" for i, x in enumerate(districts)) + "</ul>")
    write("/contact/", "ติดต่อเรา", f"""<p>{ORG} 88/3 ถนนสตูลธานี ตำบลพิมาน อำเภอเมืองสตูล จังหวัดสตูล 91000</p>
<p>โทรศัพท์ 0 7472 1458 โทรสาร 0 7472 1459<br>อีเมล <a href="mailto:satun@fisheries-satun.go.th">satun@fisheries-satun.go.th</a><br>
เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>
<p><a href="https://maps.google.com/?q=6.6238,100.0674">แผนที่ Google Maps</a> · <a href="/qa/">ถาม-ตอบ (Q&amp;A)</a></p>""")
    write("/qa/", "ถาม-ตอบ (Q&A)", """<div class="q"><b>ถาม</b> (ชาวประมงละงู, 12 ก.พ. 2569) ใบอนุญาตประมงพื้นบ้านหมดอายุ ต่ออายุที่ไหน<br>
<b>ตอบ</b> (เจ้าหน้าที่, 13 ก.พ. 2569) ยื่นที่สำนักงานประมงอำเภอที่เรือจอดประจำ ใช้บัตรประชาชนและทะเบียนเรือ</div>
<div class="q"><b>ถาม</b> (ผู้เลี้ยงปลากะพง, 3 มี.ค. 2569) ขอรับพันธุ์ปลาได้หรือไม่<br>
<b>ตอบ</b> (เจ้าหน้าที่, 4 มี.ค. 2569) เกษตรกรที่ขึ้นทะเบียน ทบ.1 แล้ว ยื่นคำขอได้ที่สำนักงานประมงอำเภอ</div>
<p><a href="/qa/ask/">ตั้งคำถามใหม่</a></p>""")
    write("/qa/ask/", "ตั้งคำถาม", """<form method="post" action="/qa/ask/"><p>ชื่อ <input name="name"></p>
<p>อีเมล <input name="email"></p><p>คำถาม <textarea name="q"></textarea></p><p><button>ส่งคำถาม</button></p></form>""")
    # the annual action plan as an HTML page: its own text is of FY2568
    write("/plan/annual/", "แผนปฏิบัติราชการประจำปี", """<h2>แผนปฏิบัติราชการ สำนักงานประมงจังหวัดสตูล ประจำปีงบประมาณ พ.ศ. 2568</h2>
<p>ระยะเวลา 1 ตุลาคม 2567 - 30 กันยายน 2568</p>
<table class="list"><tr><th>โครงการ</th><th>งบประมาณ (บาท)</th><th>ระยะเวลา</th><th>ผู้รับผิดชอบ</th></tr>
<tr><td>โครงการปล่อยพันธุ์สัตว์น้ำเพื่อเพิ่มผลผลิต</td><td>420,000</td><td>ม.ค. - ก.ย. 2568</td><td>กลุ่มส่งเสริมและพัฒนาอาชีพ</td></tr>
<tr><td>โครงการธนาคารปูม้าชุมชน</td><td>280,000</td><td>พ.ย. 2567 - ส.ค. 2568</td><td>กลุ่มส่งเสริมและพัฒนาอาชีพ</td></tr>
<tr><td>โครงการควบคุมการทำประมงผิดกฎหมาย (IUU)</td><td>1,240,000</td><td>ต.ค. 2567 - ก.ย. 2568</td><td>กลุ่มบริหารจัดการด้านการประมง</td></tr>
<tr><td>โครงการขึ้นทะเบียนเกษตรกรผู้เพาะเลี้ยงสัตว์น้ำ</td><td>45,000</td><td>ธ.ค. 2567 - มี.ค. 2568</td><td>สำนักงานประมงอำเภอ</td></tr></table>
<h3>แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2568</h3>
<table class="list"><tr><th>ไตรมาส 1</th><th>ไตรมาส 2</th><th>ไตรมาส 3</th><th>ไตรมาส 4</th><th>รวม</th></tr>
<tr><td>512,000</td><td>604,000</td><td>468,000</td><td>401,000</td><td>1,985,000</td></tr></table>
<p class="date">ปรับปรุงข้อมูลล่าสุด 12 พฤศจิกายน 2567</p>""")
    # e-service and its statistics (the table covers FY2568 only)
    write("/eservice/", "E-Service ระบบบริการออนไลน์", """<p>ยื่นคำขอออนไลน์โดยไม่ต้องเดินทางมาสำนักงาน</p>
<form method="post" action="/eservice/"><p>บริการ <select name="svc"><option>นัดหมายขึ้นทะเบียนเกษตรกรผู้เพาะเลี้ยงสัตว์น้ำ (ทบ.1)</option>
<option>ยื่นคำขอใบอนุญาตทำการประมงพื้นบ้าน</option><option>ขอรับพันธุ์สัตว์น้ำ</option></select></p>
<p>ชื่อ-สกุล <input name="name"></p><p>เลขบัตรประชาชน <input name="pid"></p><p>โทรศัพท์ <input name="tel"></p>
<p>แนบเอกสาร <input type="file" name="doc"></p><p><button>ส่งคำขอ</button></p></form>
<p><a href="/eservice/stats/">สถิติการให้บริการ</a></p>""")
    months = ["ต.ค. 67", "พ.ย. 67", "ธ.ค. 67", "ม.ค. 68", "ก.พ. 68", "มี.ค. 68", "เม.ย. 68", "พ.ค. 68", "มิ.ย. 68",
              "ก.ค. 68", "ส.ค. 68", "ก.ย. 68"]
    rows = [("ขึ้นทะเบียนเกษตรกร (ทบ.1)", [41, 38, 120, 96, 33, 20, 14, 9, 11, 16, 22, 18]),
            ("ใบอนุญาตทำการประมงพื้นบ้าน", [12, 9, 7, 15, 11, 8, 6, 10, 5, 4, 9, 12]),
            ("คำขอผ่าน E-Service", [3, 4, 11, 9, 5, 2, 2, 1, 3, 4, 6, 5])]
    head = "".join(f"<th>{m}</th>" for m in months)
    body = "".join(f"<tr><td>{esc(n)}</td>" + "".join(f"<td>{v}</td>" for v in vals) + f"<td>{sum(vals)}</td></tr>"
                   for n, vals in rows)
    write("/eservice/stats/", "สถิติการให้บริการ",
          f"<p>สถิติการให้บริการประชาชน ปีงบประมาณ 2568</p><table class=\"list\"><tr><th>งานบริการ</th>{head}<th>รวม</th></tr>"
          f"{body}</table>")
    write("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """<p>ข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับ (ไม่ประสงค์ออกนามได้)</p>
<form method="post" action="/complaint/"><p>ชื่อ-สกุล (ไม่บังคับ) <input name="name"></p><p>เรื่องที่ร้องเรียน <input name="subject"></p>
<p>รายละเอียด <textarea name="detail"></textarea></p><p>หลักฐาน <input type="file" name="evidence"></p><p><button>ส่งเรื่อง</button></p></form>
<p>หรือโทร. 0 7472 1458 · ศูนย์ดำรงธรรมจังหวัดสตูล 1567 · <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></p>""")
    write("/service/", "งานบริการประชาชน", """<ul><li>ขึ้นทะเบียนเกษตรกรผู้เพาะเลี้ยงสัตว์น้ำ (ทบ.1)</li>
<li>ใบอนุญาตทำการประมงพื้นบ้าน</li><li>หนังสือรับรองการจับสัตว์น้ำ</li></ul>
<p><a href="/download/manual/">คู่มือสำหรับประชาชน</a> · <a href="/eservice/">ยื่นคำขอออนไลน์</a></p>""")
    arts = [("seagrass", "หญ้าทะเลกับสัตว์น้ำวัยอ่อน", "หญ้าทะเลเป็นแหล่งอนุบาลสัตว์น้ำวัยอ่อนที่สำคัญของทะเลอันดามัน"),
            ("crab-bank", "ธนาคารปูม้าทำอย่างไร", "ชุมชนนำแม่ปูไข่นอกกระดองมาพักในกระชังจนปล่อยไข่ แล้วจึงนำไปจำหน่าย"),
            ("seabass", "การเลี้ยงปลากะพงขาวในกระชัง", "เลือกพื้นที่น้ำไหลถ่ายเทดี ความเค็ม 10 - 30 ส่วนในพันส่วน")]
    for slug, t, p in arts:
        write(f"/knowledge/{slug}/", t, f"<p>{esc(p)}</p>")
    write("/knowledge/", "คลังความรู้", "<ul>" + "".join(f'<li><a href="/knowledge/{s}/">{esc(t)}</a></li>' for s, t, _ in arts) + "</ul>")
    write("/fishprice/", "ราคาสัตว์น้ำ", """<table class="list"><tr><th>ชนิด</th><th>ราคา (บาท/กก.)</th></tr>
<tr><td>ปูม้า (ขนาดกลาง)</td><td>380</td></tr><tr><td>ปลากะพงขาว</td><td>150</td></tr><tr><td>กุ้งขาว (60 ตัว/กก.)</td><td>165</td></tr></table>
<p class="date">ณ วันที่ 6 เมษายน 2569</p>""")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>สำนักงานเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นต่อการให้บริการ</p>")
    write("/links/", "หน่วยงานที่เกี่ยวข้อง", '<ul><li><a href="https://www.fisheries.go.th/">กรมประมง</a></li></ul>')
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    # download lists
    cats = "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<ul>{cats}</ul><h2>เอกสารล่าสุด</h2>{table(listed()[:8])}")
    for c, t in CATS.items():
        write(f"/download/{c}/", f"ดาวน์โหลด : {t}", table(listed(c)))
    months_keys = sorted((k for k in ROWS if k.startswith("proc-2")), reverse=True)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          "<p>ผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตามมาตรา 9 (8) พ.ร.บ.ข้อมูลข่าวสารของราชการ</p>" + table(months_keys)
          + '<p><a href="/download/procure/">เอกสารจัดซื้อจัดจ้างอื่น ๆ</a></p>')
    write("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
          '<ul><li><a href="/ita/2569/">ITA ประจำปี 2569</a></li><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_table(ITA_2568))


def assets() -> None:
    folder = os.path.join(HERE, "assets")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#nav li{display:inline;margin:0 6px}"
                 "#wrap{display:flex}#content{flex:3;padding:10px}#aside{flex:1}.box{border:1px solid #9cc;margin:6px;padding:6px}"
                 "table.list td,table.list th,table.ita td{border:1px solid #ccc;padding:3px}\n")
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
    for img in ("logo.png", "chart.png", "person.png"):
        with open(os.path.join(folder, img), "wb") as fh:
            fh.write(png)


if __name__ == "__main__":
    assets()
    news_pages()
    static_pages()
