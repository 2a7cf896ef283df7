"""Generate the HTML pages of the "provcomm" test site (สำนักงานพัฒนาชุมชนจังหวัดพิจิตร, invented content).

Run:  python tests/sites/provcomm/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial community development office on its department's template: a department bar, a
banner, a menu, a side column (the provincial development officer, quick links, the district
offices, a visitor counter) and a footer on every page; pages are folder/index.html. Documents
are listed by category under /download/<cat>/ (the district offices' own documents in
/download/district/ and on /district/<x>/), the monthly procurement summaries on /procurement/,
news under /news/ (two pages). The ITA page /ita/2568/ is a table o1 … o26 in the office's own
short wording whose links go to files, pages or category lists; last year's /ita/2567/ is still
online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, name  # noqa: E402

ORG = "สำนักงานพัฒนาชุมชนจังหวัดพิจิตร"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน/แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "procure": "จัดซื้อจัดจ้าง",
        "hr": "การบริหารทรัพยากรบุคคล", "integrity": "คุณธรรมและความโปร่งใส", "manual": "คู่มือ",
        "district": "เอกสาร สพอ. (อำเภอ)", "general": "หนังสือเวียน/ทั่วไป"}
HIDDEN = {"risk-67", "gift-report-66"}  # linked only from last year's ITA page
MISSING_SIZE = {"gift-report-67": "356.2 KB", "gift-report-66": "288.0 KB"}
DISTRICTS = [("mueang", "เมืองพิจิตร"), ("taphanhin", "ตะพานหิน"), ("phoprathapchang", "โพธิ์ประทับช้าง"),
             ("bangmunnak", "บางมูลนาก")]
OTHER_DISTRICTS = ["วังทรายพูน", "สากเหล็ก", "สามง่าม", "บึงนาราง", "ดงเจริญ", "วชิรบารมี", "ทับคล้อ", "โพทะเล"]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def size(key: str) -> str:
    path = os.path.join(HERE, name(key).lstrip("/"))
    if not os.path.exists(path):
        return MISSING_SIZE[key]
    return f"{os.path.getsize(path) / 1024:.1f} KB"


def a(key: str, text: str | None = None) -> str:
    return f'<a href="{name(key)}" target="_blank">{esc(text or DOCS[key][2])}</a>'


MENU = [("หน้าหลัก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("ประกาศจัดซื้อจัดจ้าง", "/procurement/"),
        ("ดาวน์โหลดเอกสาร", "/download/"), ("สพอ. 12 อำเภอ", "/district/"), ("OTOP", "/otop/"),
        ("E-Service", "/eservice/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    districts = "\n".join(f'<li><a href="/district/{s}/">สพอ.{esc(n)}</a></li>' for s, n in DISTRICTS)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/cdd.css"></head>
<body>
<div id="cdd-bar">กรมการพัฒนาชุมชน กระทรวงมหาดไทย · <a href="https://www.cdd.go.th/">www.cdd.go.th</a> · ขนาดตัวอักษร ก- ก ก+</div>
<header id="banner"><img src="/assets/cdd-logo.png" alt="ตรากรมการพัฒนาชุมชน" width="72" height="72">
<div class="name">{ORG}<br><small>Phichit Provincial Community Development Office</small></div></header>
<nav id="menu"><ul>
{menu}
</ul></nav>
<div id="wrap">
<aside id="side">
<div class="box"><img src="/assets/boss.jpg" alt="พัฒนาการจังหวัดพิจิตร" width="120" height="150">
<p>นางสาวศิริรัตน์ ทองเหลือง<br>พัฒนาการจังหวัดพิจิตร</p></div>
<div class="box"><h3>ลิงก์ด่วน</h3><ul>
<li><a href="/ita/2568/">ITA 2568 (OIT)</a></li>
<li><a href="/ita/2567/">ITA 2567</a></li>
<li><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a></li>
<li><a href="/eservice/">บริการออนไลน์</a></li>
<li><a href="https://logi.cdd.go.th/">ระบบสารสนเทศกรมฯ</a></li>
</ul></div>
<div class="box"><h3>สำนักงานพัฒนาชุมชนอำเภอ</h3><ul>
{districts}
<li><a href="/district/">ทั้งหมด 12 อำเภอ</a></li>
</ul></div>
<div class="box">ผู้เข้าชม 184,302 ครั้ง</div>
</aside>
<main id="content">
<h1>{esc(title)}</h1>
{body}
</main>
</div>
<footer id="foot">{ORG} ศาลากลางจังหวัดพิจิตร ชั้น 2 ถนนพิจิตร-สากเหล็ก ตำบลไผ่ขวาง อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000<br>
โทรศัพท์ 0 5661 8247 โทรสาร 0 5661 8248 · อีเมล phichit.pcd@example.go.th · <a href="/sitemap/">แผนผังเว็บไซต์</a> · <a href="/faq/">คำถามที่พบบ่อย</a><br>
ลิขสิทธิ์ © กรมการพัฒนาชุมชน</footer>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    full = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def doc_table(keys: list[str]) -> str:
    rows = "\n".join(f"<tr><td>{a(k)}</td><td>{esc(CATS[DOCS[k][3]])}</td><td>{be(DOCS[k][4])}</td>"
                     f"<td>{DOCS[k][1].upper()} {size(k)}</td></tr>" for k in keys)
    return ('<table class="docs"><tr><th>ชื่อเอกสาร</th><th>หมวด</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            f"{rows}\n</table>")


# ---------------------------------------------------------------- news
# id: (date (y, m, d) CE, title, body paragraphs)
NEWS = {
    325: ((2025, 4, 3), "งานแสดงและจำหน่ายสินค้า OTOP ของดีเมืองชาละวัน ประจำปี 2568",
          ["สำนักงานพัฒนาชุมชนจังหวัดพิจิตรจัดงานแสดงและจำหน่ายสินค้า OTOP ระหว่างวันที่ 1 - 5 เมษายน 2568 ณ ลานหน้าศาลากลางจังหวัด",
           "มีผู้ประกอบการเข้าร่วม 142 ราย ยอดจำหน่ายรวม 3,184,250 บาท"]),
    321: ((2025, 3, 14), "ติดตามการจัดเก็บข้อมูลความจำเป็นพื้นฐาน (จปฐ.) ปี 2568",
          ["พัฒนาการจังหวัดพิจิตรลงพื้นที่ติดตามการจัดเก็บข้อมูล จปฐ. ที่อำเภอสามง่ามและอำเภอวชิรบารมี ความคืบหน้าร้อยละ 78"]),
    318: ((2025, 2, 25), "สรุปผลเวทีประชาคมทบทวนแผนชุมชน ปี 2568",
          ["ระหว่างวันที่ 10 - 21 กุมภาพันธ์ 2568 สำนักงานพัฒนาชุมชนจังหวัดพิจิตรร่วมกับสำนักงานพัฒนาชุมชนอำเภอ 12 อำเภอ "
           "จัดเวทีประชาคมทบทวนแผนชุมชนระดับตำบล 89 ตำบล",
           "มีผู้เข้าร่วม ได้แก่ ผู้นำชุมชน อาสาพัฒนา (อช.) ผู้แทนครัวเรือน และผู้แทน อปท. รวม 2,946 คน",
           "ที่ประชุมเสนอโครงการ 312 โครงการ ในจำนวนนี้ 46 โครงการจะบรรจุในแผนปฏิบัติราชการของสำนักงานปี 2569 "
           "และส่งต่อให้ อปท. พิจารณาบรรจุในแผนพัฒนาท้องถิ่น ผลการรับฟังความคิดเห็นแจ้งกลับทุกตำบลภายในเดือนมีนาคม 2568"]),
    314: ((2025, 1, 29), "ขอเชิญร่วมเวทีประชาคมทบทวนแผนชุมชน ปี 2568",
          ["ขอเชิญผู้นำชุมชนและผู้แทนครัวเรือนร่วมเวทีประชาคมทบทวนแผนชุมชน ระหว่างวันที่ 10 - 21 กุมภาพันธ์ 2568",
           'ดาวน์โหลด<a href="/files/22170.docx">หนังสือเชิญและกำหนดการ</a>']),
    312: ((2025, 1, 24), "อบรมเสริมสร้างคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรม ปี 2568",
          ["วันที่ 23 มกราคม 2568 สำนักงานพัฒนาชุมชนจังหวัดพิจิตรจัดอบรมการขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือนและ Do's & Don'ts "
           "ของบุคลากร ณ ห้องประชุมพิจิตรพัฒนา มีบุคลากรเข้าร่วม 58 คน",
           "กิจกรรมประกอบด้วยการบรรยายมาตรฐานทางจริยธรรม กรณีศึกษาผลประโยชน์ทับซ้อนในการคัดสรร OTOP และการลงนามปฏิญาณตน"]),
    309: ((2024, 12, 16), "ศึกษาดูงานหมู่บ้านเศรษฐกิจพอเพียงต้นแบบ",
          ["คณะผู้นำชุมชน 12 อำเภอ ศึกษาดูงานบ้านหนองโพธิ์ อำเภอตะพานหิน เรียนรู้การบริหารกองทุนชุมชน"]),
    305: ((2024, 11, 8), "คัดสรรสุดยอดหนึ่งตำบลหนึ่งผลิตภัณฑ์ไทย ระดับจังหวัด",
          ["คณะกรรมการระดับจังหวัดพิจารณาผลิตภัณฑ์ 214 รายการ ประกาศผลคะแนนบนเว็บไซต์ภายใน 15 วัน"]),
    301: ((2024, 10, 2), "พัฒนาการจังหวัดพิจิตรมอบนโยบายการปฏิบัติงาน ปีงบประมาณ 2568",
          ["พัฒนาการจังหวัดพิจิตรประชุมมอบนโยบายแก่พัฒนาการอำเภอและหัวหน้ากลุ่มงาน เน้นการแก้ไขปัญหาความยากจนแบบพุ่งเป้า"]),
    281: ((2024, 8, 12), "วันแม่แห่งชาติ สำนักงานพัฒนาชุมชนจังหวัดพิจิตร",
          ["ร่วมกิจกรรมเฉลิมพระเกียรติ ณ ศาลากลางจังหวัดพิจิตร"]),
    275: ((2024, 6, 14), "อบรมจริยธรรมบุคลากร ประจำปี 2567",
          ["บุคลากร 59 คนร่วมอบรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน"]),
    270: ((2024, 2, 20), "เวทีประชาคมทบทวนแผนชุมชน ปี 2567",
          ["จัดเวทีประชาคม 89 ตำบล ผู้เข้าร่วม 2,711 คน ระหว่างวันที่ 5 - 16 กุมภาพันธ์ 2567"]),
    262: ((2023, 10, 5), "ประกาศเจตนารมณ์ No Gift Policy ปีงบประมาณ 2567",
          ["สำนักงานพัฒนาชุมชนจังหวัดพิจิตรประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ขอความร่วมมือผู้มาติดต่อ "
           "งดให้ของขวัญทุกเทศกาล",
           '<a href="/files/21344.pdf">ดาวน์โหลดประกาศ</a>']),
}


def news_date(i: int) -> str:
    y, m, dd = NEWS[i][0]
    return f"{dd} {MONTHS[m - 1]} {y + 543}"


def news_list(ids: list[int]) -> str:
    return "<ul class=\"news\">\n" + "\n".join(
        f'<li><a href="/news/{i}/">{esc(NEWS[i][1])}</a> <span class="date">{news_date(i)}</span></li>' for i in ids
    ) + "\n</ul>"


# ---------------------------------------------------------------- ITA pages

ITA_2568 = [
    ("o1", "โครงสร้างและอำนาจหน้าที่", ['<a href="/about/structure/">โครงสร้างหน่วยงาน</a>',
                                        '<a href="/about/authority/">อำนาจหน้าที่</a>']),
    ("o2", "ข้อมูลผู้บริหาร", ['<a href="/about/executives/">ผู้บริหาร</a>']),
    ("o3", "ข้อมูลการติดต่อ", ['<a href="/contact/">ติดต่อเรา</a>']),
    ("o4", "ข่าวประชาสัมพันธ์", ['<a href="/news/">ข่าวประชาสัมพันธ์</a>']),
    ("o5", "แผนพัฒนาชุมชนจังหวัด", [a("strat-63-66", "แผนพัฒนาชุมชนจังหวัด")]),
    ("o6", "แผนปฏิบัติราชการ แผนการใช้จ่ายงบฯ และรายงานรอบ 6 เดือน",
     [a("action-68", "แผนปฏิบัติราชการ ปี 2568"), a("budget-plan-68", "แผนการใช้จ่ายงบประมาณ"),
      a("report-6m-67", "รายงานรอบ 6 เดือน")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [a("annual-67", "รายงานผลการดำเนินงานประจำปี")]),
    ("o8", "คู่มือการปฏิบัติงาน", [a("work-manual", "คู่มือการปฏิบัติงาน")]),
    ("o9", "คู่มือการให้บริการ", [a("citizen", "คู่มือสำหรับประชาชน")]),
    ("o10", "E-Service", ['<a href="/eservice/">บริการออนไลน์</a>']),
    ("o11", "สถิติการให้บริการ", [a("service-stats", "สถิติการให้บริการ")]),
    ("o12", "รายการจัดซื้อจัดจ้างรายเดือน", ['<a href="/procurement/">สขร.1 รายเดือน</a>']),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [a("proc-year-67", "รายงานผลการจัดซื้อจัดจ้าง")]),
    ("o14", "แผนบริหารและพัฒนาบุคลากร", ['<a href="/download/hr/">เอกสารด้านบุคคล</a>']),
    ("o15", "รายงานผลการบริหารและพัฒนาบุคลากร", [a("hr-report-67", "รายงานผล HR")]),
    ("o16", "ประมวลจริยธรรม / การขับเคลื่อน", [a("ethics", "ประมวลจริยธรรม"),
                                               '<a href="/news/312/">กิจกรรมขับเคลื่อนจริยธรรม</a>']),
    ("o17", "คู่มือจัดการเรื่องร้องเรียนการทุจริต", [a("complaint-guide", "คู่มือเรื่องร้องเรียน")]),
    ("o18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", ['<a href="/complaint/corruption/">แจ้งเบาะแส</a>']),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [a("complaint-stats-67", "สถิติเรื่องร้องเรียน")]),
    ("o20", "การมีส่วนร่วม", ['<a href="/news/318/">เวทีประชาคมแผนชุมชน</a>']),
    ("o21", "No Gift Policy", [a("no-gift-66", "ประกาศ No Gift Policy")]),
    ("o22", "รายงานการรับของขวัญ", [a("gift-report-67", "รายงานการรับทรัพย์สินฯ")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", ["อยู่ระหว่างดำเนินการ"]),
    ("o24", "รายงานผลจัดการความเสี่ยงการทุจริต", [a("risk-report-67", "รายงานผลการจัดการความเสี่ยง")]),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต", [a("anti-plan-68", "แผนป้องกันการทุจริต ปี 2568")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", ['<a href="/download/integrity/">เอกสารคุณธรรมและความโปร่งใส</a>']),
]

ITA_2567 = [
    ("o1", "โครงสร้าง", ['<a href="/about/structure/">โครงสร้างหน่วยงาน</a>']),
    ("o5", "แผนพัฒนาชุมชนจังหวัด", [a("strat-63-66", "แผน 4 ปี")]),
    ("o6", "รายงานรอบ 6 เดือน", [a("report-6m-67", "รายงานรอบ 6 เดือน ปี 2567")]),
    ("o11", "สถิติ", ["-"]),
    ("o14", "แผนพัฒนาบุคลากร", [a("hr-plan-67", "แผนพัฒนาบุคลากร ปี 2567")]),
    ("o16", "จริยธรรม", [a("ethics", "ประมวลจริยธรรม"), '<a href="/news/275/">อบรมจริยธรรม 2567</a>']),
    ("o20", "การมีส่วนร่วม", ['<a href="/news/270/">เวทีประชาคม 2567</a>']),
    ("o21", "No Gift Policy", [a("no-gift-66", "ประกาศ No Gift Policy 2567"), '<a href="/news/262/">ข่าวประกาศเจตนารมณ์</a>']),
    ("o22", "รายงานการรับของขวัญ", [a("gift-report-66", "รายงานการรับของขวัญ ปี 2566")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [a("risk-67", "ผลการประเมินความเสี่ยง ปี 2567")]),
    ("o25", "แผนป้องกันการทุจริต", [a("anti-plan-67", "แผนป้องกันการทุจริต ปี 2567")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [a("anti-report-66", "รายงานผล ปี 2566")]),
]


def ita_table(rows) -> str:
    body = "\n".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{' | '.join(links)}</td></tr>" for c, t, links in rows)
    return f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n{body}\n</table>'


# ---------------------------------------------------------------- pages


CSS = """body{font-family:Sarabun,Tahoma,sans-serif;margin:0;background:#f4f6f2}#cdd-bar{background:#5b2c83;color:#fff;font-size:13px;padding:3px 12px}
#banner{background:#7c4aa6;color:#fff;padding:10px;display:flex;gap:12px}#menu ul{list-style:none;display:flex;flex-wrap:wrap;margin:0;padding:0;background:#e7b416}
#menu li a{display:block;padding:8px 12px;color:#222}#wrap{display:flex;gap:16px;padding:12px}#side{width:230px}#content{flex:1;background:#fff;padding:12px}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}#foot{background:#333;color:#ddd;padding:12px;font-size:13px}
"""


def assets() -> None:
    from PIL import Image

    folder = os.path.join(HERE, "assets")
    os.makedirs(os.path.join(folder, "news"), exist_ok=True)
    with open(os.path.join(folder, "cdd.css"), "w", encoding="utf-8") as fh:
        fh.write(CSS)
    pics = {"cdd-logo.png": (72, 72), "structure.png": (600, 380), "boss.jpg": (120, 150), "ex2.jpg": (120, 150),
            "ex3.jpg": (120, 150), "ex4.jpg": (120, 150)}
    pics.update({f"news/{i}.jpg": (320, 200) for i in NEWS})
    for rel, wh in pics.items():
        Image.new("RGB", wh, (124, 74, 166)).save(os.path.join(folder, rel))


def main() -> None:
    assets()
    visible = [k for k in DOCS if k not in HIDDEN]
    by_date = sorted(visible, key=lambda k: DOCS[k][4], reverse=True)

    write("/", "หน้าหลัก", "<h2>ข่าวล่าสุด</h2>\n" + news_list([325, 321, 318, 314, 312])
          + '\n<p><a href="/news/">ข่าวทั้งหมด</a></p>\n<h2>เอกสารล่าสุด</h2>\n' + doc_table(by_date[:6])
          + '\n<p><a href="/download/">เอกสารทั้งหมด</a></p>')
    write("/about/", "ประวัติและวิสัยทัศน์",
          "<p>สำนักงานพัฒนาชุมชนจังหวัดพิจิตร เป็นราชการบริหารส่วนภูมิภาค สังกัดกรมการพัฒนาชุมชน กระทรวงมหาดไทย "
          "ตั้งอยู่ที่ศาลากลางจังหวัดพิจิตร มีสำนักงานพัฒนาชุมชนอำเภอ 12 แห่ง</p>"
          "<p>วิสัยทัศน์: ชุมชนพิจิตรเข้มแข็ง เศรษฐกิจฐานรากมั่นคง</p>"
          '<p><a href="/about/vision/">พันธกิจและค่านิยม</a> · <a href="/about/staff/">บุคลากร</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ ค่านิยม",
          "<ul><li>พันธกิจ 1 ส่งเสริมการบริหารจัดการชุมชนและเศรษฐกิจฐานราก</li>"
          "<li>พันธกิจ 2 ส่งเสริมทุนชุมชนและกองทุนชุมชนให้มีธรรมาภิบาล</li>"
          "<li>พันธกิจ 3 พัฒนาระบบข้อมูลเพื่อการพัฒนาชุมชน</li></ul><p>ค่านิยม: ทำงานเป็นทีม ยึดมั่นคุณธรรม</p>")
    write("/about/structure/", "โครงสร้างหน่วยงาน",
          '<img src="/assets/structure.png" alt="แผนภูมิโครงสร้างสำนักงานพัฒนาชุมชนจังหวัดพิจิตร" width="600" height="380">'
          "<h2>แผนภูมิโครงสร้างการบริหารงาน</h2><ul><li>พัฒนาการจังหวัดพิจิตร<ul>"
          "<li>ฝ่ายอำนวยการ (งานบริหารทั่วไป งานการเงินและบัญชี งานพัสดุ งานบุคคล)</li>"
          "<li>กลุ่มงานส่งเสริมและพัฒนาชุมชน</li>"
          "<li>กลุ่มงานยุทธศาสตร์และสารสนเทศเพื่อการพัฒนาชุมชน</li>"
          "<li>สำนักงานพัฒนาชุมชนอำเภอ 12 อำเภอ (พัฒนาการอำเภอ นักวิชาการพัฒนาชุมชน)</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมการพัฒนาชุมชน กระทรวงมหาดไทย สำนักงานพัฒนาชุมชนจังหวัดมีอำนาจหน้าที่ ดังนี้</p><ol>"
          "<li>ส่งเสริมและพัฒนาการบริหารจัดการชุมชน ให้ชุมชนมีการจัดทำและใช้แผนชุมชน</li>"
          "<li>ส่งเสริมการพัฒนาเศรษฐกิจชุมชนและผลิตภัณฑ์ชุมชน (OTOP)</li>"
          "<li>ส่งเสริมทุนชุมชนและกองทุนชุมชนให้มีการบริหารจัดการที่ดี</li>"
          "<li>จัดทำและพัฒนาระบบข้อมูลเพื่อการพัฒนาชุมชน (จปฐ. กชช.2ค)</li>"
          "<li>ประสานและสนับสนุนการปฏิบัติงานของสำนักงานพัฒนาชุมชนอำเภอ</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    write("/about/executives/", "ผู้บริหาร",
          '<div class="exec"><img src="/assets/boss.jpg" alt="นางสาวศิริรัตน์ ทองเหลือง" width="120" height="150">'
          "<p>นางสาวศิริรัตน์ ทองเหลือง<br>พัฒนาการจังหวัดพิจิตร<br>โทร. 08 1735 2406</p></div>"
          '<div class="exec"><img src="/assets/ex2.jpg" alt="นายธนพล มีสุข" width="120" height="150">'
          "<p>นายธนพล มีสุข<br>หัวหน้ากลุ่มงานส่งเสริมและพัฒนาชุมชน<br>โทร. 0 5661 8249</p></div>"
          '<div class="exec"><img src="/assets/ex3.jpg" alt="นางวรรณา ศรีสวัสดิ์" width="120" height="150">'
          "<p>นางวรรณา ศรีสวัสดิ์<br>หัวหน้ากลุ่มงานยุทธศาสตร์และสารสนเทศเพื่อการพัฒนาชุมชน<br>โทร. 0 5661 8250</p></div>"
          '<div class="exec"><img src="/assets/ex4.jpg" alt="นางสาวจิราพร บุญมา" width="120" height="150">'
          "<p>นางสาวจิราพร บุญมา<br>หัวหน้าฝ่ายอำนวยการ<br>โทร. 0 5661 8247</p></div>")
    write("/about/staff/", "บุคลากร",
          "<p>ข้าราชการ 47 คน พนักงานราชการ 11 คน ลูกจ้าง 4 คน (รวมสำนักงานพัฒนาชุมชนอำเภอ)</p>"
          "<table><tr><th>กลุ่มงาน</th><th>จำนวน</th></tr><tr><td>ฝ่ายอำนวยการ</td><td>9</td></tr>"
          "<tr><td>กลุ่มงานส่งเสริมและพัฒนาชุมชน</td><td>7</td></tr><tr><td>กลุ่มงานยุทธศาสตร์ฯ</td><td>6</td></tr>"
          "<tr><td>สพอ. 12 อำเภอ</td><td>40</td></tr></table>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>ศาลากลางจังหวัดพิจิตร ชั้น 2 ถนนพิจิตร-สากเหล็ก ตำบลไผ่ขวาง อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000</p>"
          "<p>โทรศัพท์ 0 5661 8247 โทรสาร 0 5661 8248<br>อีเมล phichit.pcd@example.go.th<br>"
          "เวลาทำการ วันจันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=16.4400,100.3489">แผนที่ Google Maps</a> · '
          '<a href="https://www.facebook.com/phichit.cdd.example">Facebook</a></p>')
    # news
    write("/news/", "ข่าวประชาสัมพันธ์", news_list([325, 321, 318, 314, 312, 309, 305, 301])
          + '\n<p>หน้า 1 | <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", news_list([281, 275, 270, 262])
          + '\n<p><a href="/news/">1</a> | หน้า 2</p>')
    for i, (_dt, title, paras) in NEWS.items():
        body = f'<p class="date">วันที่ {news_date(i)}</p>\n' + "\n".join(f"<p>{p}</p>" for p in paras)
        body += f'\n<img src="/assets/news/{i}.jpg" alt="ภาพกิจกรรม" width="320" height="200">'
        write(f"/news/{i}/", title, body)
    # downloads
    cats = "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<ul>{cats}</ul>\n" + doc_table(by_date))
    for c, t in CATS.items():
        write(f"/download/{c}/", f"ดาวน์โหลด: {t}", doc_table([k for k in by_date if DOCS[k][3] == c]))
    procs = sorted((k for k in DOCS if k.startswith("proc-2")), reverse=True)
    rows = "\n".join(f"<tr><td>{a(k)}</td><td>{be(DOCS[k][4])}</td><td>PDF {size(k)}</td></tr>" for k in procs)
    write("/procurement/", "ประกาศจัดซื้อจัดจ้าง / สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          "<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ปีงบประมาณ พ.ศ. 2568</p>"
          f'<table class="docs"><tr><th>รายการ</th><th>วันที่</th><th>ไฟล์</th></tr>\n{rows}\n</table>'
          f"<h2>ประกาศอื่น ๆ</h2>{doc_table(['print-notice', 'proc-year-67'])}")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ปี 2568</a></li><li><a href="/ita/2567/">ITA ปี 2567</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567", ita_table(ITA_2567))
    # services
    write("/eservice/", "E-Service บริการออนไลน์",
          "<p>ยื่นคำขอขึ้นทะเบียนผู้ผลิตผู้ประกอบการ OTOP หรือขอข้อมูล จปฐ. ผ่านแบบฟอร์มออนไลน์ "
          "เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>"
          '<form action="https://forms.gle/pcdPhichitEservice" method="post"><label>ชื่อ-สกุล <input name="name"></label>'
          '<label>เลขบัตรประชาชน <input name="pid"></label><label>บริการที่ขอ <select name="svc">'
          "<option>ขึ้นทะเบียน OTOP</option><option>ขอข้อมูล จปฐ.</option><option>ขอยืมเงินทุน กข.คจ.</option></select></label>"
          '<label>เบอร์โทร <input name="tel"></label><button type="submit">ส่งคำขอ</button></form>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ร้องเรียนเรื่องทั่วไปเกี่ยวกับการให้บริการ โทร. 0 5661 8247 หรือศูนย์ดำรงธรรมจังหวัดพิจิตร 1567</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้ร้องไม่ต้องระบุชื่อก็ได้ ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับ</p>"
          '<form action="https://forms.gle/pcdPhichitCorrupt" method="post"><label>ชื่อ (ไม่บังคับ) <input name="n"></label>'
          '<label>เรื่องที่ร้องเรียน <input name="s"></label><label>รายละเอียด <textarea name="d"></textarea></label>'
          '<label>ไฟล์หลักฐาน <input type="file" name="f"></label><button type="submit">ส่งเรื่อง</button></form>'
          "<p>หรือโทร. 0 5661 8247 ต่อ 12 / ตู้ ปณ. 12 ปณจ.พิจิตร 66000</p>")
    # districts
    items = "".join(f'<li><a href="/district/{s}/">สำนักงานพัฒนาชุมชนอำเภอ{esc(n)}</a></li>' for s, n in DISTRICTS)
    items += "".join(f"<li>สำนักงานพัฒนาชุมชนอำเภอ{esc(n)}</li>" for n in OTHER_DISTRICTS)
    write("/district/", "สำนักงานพัฒนาชุมชนอำเภอ 12 อำเภอ", f"<ul>{items}</ul>"
          '<p><a href="/download/district/">เอกสารของ สพอ.</a></p>')
    district_docs = {"taphanhin": ["district-proc-jan"], "phoprathapchang": ["district-plan"]}
    for s, n in DISTRICTS:
        body = (f"<p>สำนักงานพัฒนาชุมชนอำเภอ{esc(n)} ที่ว่าการอำเภอ{esc(n)} จังหวัดพิจิตร</p>"
                f"<p>พัฒนาการอำเภอ{esc(n)} · โทร. 0 56{61 + DISTRICTS.index((s, n))} 0{DISTRICTS.index((s, n)) + 2}41</p>")
        if district_docs.get(s):
            body += "<h2>เอกสารเผยแพร่</h2>" + doc_table(district_docs[s])
        write(f"/district/{s}/", f"สพอ.{n}", body)
    write("/otop/", "ผลิตภัณฑ์ OTOP จังหวัดพิจิตร",
          "<p>ผลิตภัณฑ์เด่น: ส้มโอท่าข่อย ผ้าทอบ้านวังกรด มะขามแปรรูป ข้าวหอมพิจิตร</p>"
          '<p><a href="/news/325/">งานแสดงสินค้า OTOP 2568</a></p>')
    write("/faq/", "คำถามที่พบบ่อย",
          "<dl><dt>ขึ้นทะเบียน OTOP ที่ไหน</dt><dd>ที่สำนักงานพัฒนาชุมชนอำเภอ หรือผ่าน E-Service</dd>"
          "<dt>ขอข้อมูล จปฐ. ได้อย่างไร</dt><dd>ยื่นคำขอที่กลุ่มงานยุทธศาสตร์ฯ หรือออนไลน์</dd></dl>")
    links = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{links}<li><a href=\"/complaint/\">ร้องเรียน</a></li>"
          '<li><a href="/faq/">คำถามที่พบบ่อย</a></li><li><a href="/about/authority/">อำนาจหน้าที่</a></li></ul>')


if __name__ == "__main__":
    main()
