"""Generate the HTML pages of the "commerce" test site (สำนักงานพาณิชย์จังหวัดภูวนาถ, invented).

Run:  python tests/sites/commerce/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial commerce office on the ministry's common template: a blue top bar with the hotline
1569, a menu, a right-hand column (the head of office, the price hotline, quick links, links to
the ministry's departments, a visitor counter) and a footer on every page; pages are
folder/index.html.  Documents are listed in a download section by category (/download/<cat>/),
the monthly procurement summaries on /procurement/, farm-price reports on /price/, news under
/news/ (two pages).  The ITA page /ita/2569/ is a table of o1 … o26 in the office's own short
wording whose links go to files, pages or a category list; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import base64
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "สำนักงานพาณิชย์จังหวัดภูวนาถ"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน/แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ/มาตรฐาน",
        "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง (ประจำปี)", "hr": "การบริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส"}
HIDDEN = {"ita-analysis-67", "old-risk-68"}  # linked only from last year's ITA page
MISSING_SIZE = {"risk-report-68": "688.3 KB", "old-risk-68": "1.2 MB"}
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("ราคาสินค้าเกษตร", "/price/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/moc.css"></head>
<body>
<div id="topbar">กระทรวงพาณิชย์ · สายด่วนร้องเรียนสินค้าราคาแพง <b>๑๕๖๙</b> · โทร. 0 5561 2047</div>
<div id="banner"><img src="/assets/logo-moc.png" alt="ตรากระทรวงพาณิชย์" width="70" height="70">
<b>{ORG}</b><br><small>Phuwanat Provincial Commercial Office</small></div>
<ul id="nav">
{menu}
</ul>
<div id="wrap"><div id="content">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="aside">
<div class="box"><img src="/assets/head.png" alt="พาณิชย์จังหวัดภูวนาถ" width="80" height="100"><br>
<b>นางสาวพรรณวดี ศรีสุวรรณ</b><br>พาณิชย์จังหวัดภูวนาถ</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/ita/2569/">ITA ๒๕๖๙</a><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/eservice/">ยื่นขออนุญาตค้าข้าวออนไลน์</a><br>
<a href="/price/">ราคาสินค้าเกษตรประจำสัปดาห์</a><br><a href="/gi/">สินค้า GI ภูวนาถ</a></div>
<div class="box"><b>หน่วยงานในสังกัดกระทรวง</b><br><a href="https://www.moc.go.th/">กระทรวงพาณิชย์</a><br>
<a href="https://www.dit.go.th/">กรมการค้าภายใน</a><br><a href="https://www.dbd.go.th/">กรมพัฒนาธุรกิจการค้า</a><br>
<a href="https://www.ipthailand.go.th/">กรมทรัพย์สินทางปัญญา</a></div>
<div class="box">ผู้เข้าชมวันนี้ ๑๒๓ · ทั้งหมด ๒๑๘,๗๐๕</div>
</div></div>
<div id="footer">{ORG} ศาลากลางจังหวัดภูวนาถ ชั้น 2 ถนนราชดำเนิน ตำบลในเมือง อำเภอเมืองภูวนาถ จังหวัดภูวนาถ 68000<br>
โทรศัพท์ 0 5561 2047 โทรสาร 0 5561 2048 อีเมล phuwanat@moc-prov.example · <a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a>
· <a href="/sitemap/">แผนผังเว็บไซต์</a><br>ปรับปรุงล่าสุด ๗ เม.ย. ๒๕๖๙ · Powered by MOC Provincial Web</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def f(key: str) -> str:
    return name(key)


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return MISSING_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}" target="_blank">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>{ext.upper()} {size_of(k)}</td><td>{(sum(map(ord, k)) * 7) % 400 + 12}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th><th>ดาวน์โหลด</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and ROWS[k][1] in CATS and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs, attached file key
    (503, (2026, 4, 3), "พาณิชย์จังหวัดภูวนาถ ตรวจราคาสินค้าช่วงเทศกาลสงกรานต์ 2569",
     ["วันที่ 3 เมษายน 2569 ทีมตรวจสอบราคาสินค้าลงพื้นที่ห้างค้าปลีกและตลาดสดในอำเภอเมืองภูวนาถ 42 ร้าน "
      "ไม่พบการจำหน่ายเกินราคาที่ปิดป้าย"], None),
    (501, (2026, 3, 20), "อบรมเสริมสร้างจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ พ.ศ. 2569",
     ["วันที่ 20 มีนาคม 2569 สำนักงานพาณิชย์จังหวัดภูวนาถจัดอบรมขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือน "
      "และ Do's & Don'ts การรับของขวัญตามมาตรา 128 ผู้เข้าร่วม 24 คน (บุคลากรทุกคน)",
      "วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดภูวนาถ บรรยายกรณีตัวอย่างการรับทรัพย์สินโดยธรรมจรรยา"], None),
    (497, (2026, 2, 14), "สรุปผลเวทีรับฟังความคิดเห็นผู้ประกอบการผ้าทอ โครงการยกระดับผ้าทอภูวนาถสู่สินค้า GI",
     ["เมื่อวันที่ 3 กุมภาพันธ์ 2569 ณ ห้องประชุมศาลากลางจังหวัดภูวนาถ มีผู้ประกอบการ กลุ่มทอผ้า และผู้แทนหอการค้า "
      "เข้าร่วม 57 คน ร่วมกำหนดมาตรฐานลายผ้าและกระบวนการตรวจรับรอง",
      "ข้อเสนอที่ได้รับ 1) ให้มีจุดจำหน่ายในตลาดธงฟ้า 2) อบรมการขายออนไลน์ 3) ตั้งกองทุนวัตถุดิบ "
      "สำนักงานฯ นำข้อเสนอข้อ 1 และ 2 บรรจุในแผนการดำเนินงานไตรมาส 3 แล้ว"], None),
    (492, (2026, 1, 5), "ประกาศรับสมัครผู้ประกอบการผ้าทอ เข้าร่วมเวทีรับฟังความคิดเห็น",
     ["ผู้สนใจสมัครได้ภายในวันที่ 20 มกราคม 2569 รายละเอียดตามเอกสารแนบ"], "gi-invite"),
    (488, (2025, 12, 12), "ตลาดนัดธงฟ้าราคาประหยัด ครั้งที่ 1/2569 ณ ลานหน้าศาลากลาง",
     ["จำหน่ายสินค้าอุปโภคบริโภคราคาต่ำกว่าท้องตลาดร้อยละ 20 - 40 มีผู้ประกอบการร่วม 35 ราย"], None),
    (483, (2025, 11, 21), "ประชุมคณะอนุกรรมการกำกับดูแลราคาสินค้าและบริการจังหวัด ครั้งที่ 2/2568",
     ["ที่ประชุมรับทราบสถานการณ์ราคาข้าวเปลือกและมันสำปะหลัง และมาตรการดูแลราคาปุ๋ย"], None),
    (479, (2025, 10, 16), "พาณิชย์จังหวัดภูวนาถ มอบนโยบายการปฏิบัติงาน ปีงบประมาณ 2569",
     ["พาณิชย์จังหวัดมอบนโยบายแก่บุคลากร เน้นการบริการที่รวดเร็ว โปร่งใส และการเผยแพร่ข้อมูลสาธารณะ"], None),
    (476, (2025, 10, 3), "สำนักงานการค้าภายในจังหวัดภูวนาถ ประกาศนโยบาย No Gift Policy ปี 2569",
     ["สำนักงานการค้าภายในจังหวัดภูวนาถ (กรมการค้าภายใน) ประกาศนโยบายไม่รับของขวัญ ประจำปีงบประมาณ 2569 "
      "สำนักงานพาณิชย์จังหวัดร่วมประชาสัมพันธ์ ดาวน์โหลดประกาศได้ที่เอกสารแนบ"], "dit-nogift-69"),
    # FY2568 (page 2)
    (455, (2025, 9, 12), "ตลาดนัดธงฟ้า ครั้งที่ 6/2568", ["จำหน่ายสินค้าราคาประหยัด ผู้ประกอบการร่วม 31 ราย"], None),
    (441, (2025, 3, 14), "อบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ พ.ศ. 2568",
     ["วันที่ 14 มีนาคม 2568 จัดอบรมคุณธรรมจริยธรรม ผู้เข้าร่วม 23 คน"], None),
    (433, (2025, 2, 6), "เวทีรับฟังความคิดเห็นผู้ประกอบการข้าว ปี 2568",
     ["วันที่ 5 กุมภาพันธ์ 2568 รับฟังความคิดเห็นผู้ประกอบการโรงสี 28 ราย เรื่องการแจ้งปริมาณข้าวคงเหลือ"], None),
    (421, (2024, 12, 10), "ตลาดนัดธงฟ้า ครั้งที่ 1/2568", ["ผู้ประกอบการร่วม 29 ราย"], None),
]


def news_pages() -> None:
    current = [n for n in NEWS if n[1] >= (2025, 10, 1)]
    old = [n for n in NEWS if n[1] < (2025, 10, 1)]
    for nid, (y, m, dd), title, paras, key in NEWS:
        body = f'<p class="date">วันที่ {dd} {MONTHS[m - 1]} {y + 543} · ข่าวประชาสัมพันธ์</p>'
        body += '<img src="/assets/news.png" alt="ภาพกิจกรรม" width="320" height="200">'
        body += "".join(f"<p>{esc(p)}</p>" for p in paras)
        if key:
            body += f'<p>เอกสารแนบ: <a href="{f(key)}">{esc(ROWS[key][0])}</a></p>'
        body += '<p><a href="/news/">« กลับหน้าข่าว</a></p>'
        write(f"/news/{nid}/", title, body)

    def listing(items):
        return "<ul class=\"news\">" + "".join(
            f'<li><a href="/news/{nid}/">{esc(t)}</a> <small>({dd} {MONTHS[m - 1]} {y + 543})</small></li>'
            for nid, (y, m, dd), t, _p, _k in items) + "</ul>"

    write("/news/", "ข่าวประชาสัมพันธ์", listing(current) + '<p>หน้า 1 | <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", listing(old) + '<p><a href="/news/">1</a> | หน้า 2</p>')
    return listing(current[:5])


# ---------------------------------------------------------------- ITA pages

ITA_2569 = [
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("/about/structure/", "โครงสร้าง"), ("/about/authority/", "อำนาจหน้าที่")]),
    ("o2", "ข้อมูลผู้บริหาร", [("/about/executives/", "ผู้บริหาร")]),
    ("o3", "ข้อมูลการติดต่อ / ถาม-ตอบ", [("/contact/", "ติดต่อ"), ("/qa/", "กระดานถาม-ตอบ")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("/news/", "ข่าว")]),
    ("o5", "แผนปฏิบัติราชการระยะ 3 ปี", [("plan-66-68", "ดาวน์โหลด")]),
    ("o6", "แผนปฏิบัติราชการ/แผนการใช้จ่ายงบประมาณ ปี 2569",
     [("opplan-69", "แผนปฏิบัติราชการ ปี 2569"), ("spend-69", "แผนการใช้จ่ายงบประมาณ")]),
    ("o7", "รายงานประจำปี", [("annual-67", "ดาวน์โหลด")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("manual-price", "คู่มือการตรวจสอบราคาสินค้า")]),
    ("o9", "คู่มือสำหรับประชาชน", [("citizen-rice", "การขออนุญาตค้าข้าว")]),
    ("o10", "E-Service", [("/eservice/", "ระบบยื่นคำขอออนไลน์")]),
    ("o11", "สขร.1 รายเดือน", [("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน")]),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("proc-year-68", "ปีงบประมาณ 2568")]),
    ("o13", "หลักเกณฑ์/แผนพัฒนาบุคลากร", [("hr-rules", "หลักเกณฑ์"), ("hr-plan-69", "แผนพัฒนาบุคลากร 2569")]),
    ("o14", "รายงานผลการบริหารบุคคล", [("/download/hr/", "เอกสารงานบุคคล")]),
    ("o15", "จริยธรรม", [("ethics", "ประมวลจริยธรรม"), ("/news/501/", "กิจกรรมขับเคลื่อนจริยธรรม")]),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียนทุจริต", [("complaint-guide", "ดาวน์โหลด")]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนทุจริต", [("/complaint/corruption/", "แจ้งเรื่อง")]),
    ("o18", "สถิติเรื่องร้องเรียนทุจริต", [("/complaint/stats/", "สถิติ")]),
    ("o19", "การมีส่วนร่วม", [("/news/497/", "เวทีรับฟังความคิดเห็น")]),
    ("o20", "No Gift Policy", [("nogift-66", "ประกาศ"), ("gift-report-68", "รายงานผล")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("risk-69", "ดาวน์โหลด")]),
    ("o22", "รายงานผลบริหารความเสี่ยงการทุจริต", [("risk-report-68", "ดาวน์โหลด")]),
    ("o23", "แผนป้องกันการทุจริต", [("/download/integrity/", "เอกสารคุณธรรมและความโปร่งใส")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("anti-report-67h", "ดาวน์โหลด")]),
    ("o25", "การนำผล ITA ไปพัฒนา", [("ita-analysis-68", "ดาวน์โหลด")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("integrity-report-68", "ดาวน์โหลด")]),
]

ITA_2568 = [
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("/about/structure/", "คลิก")]),
    ("o11", "แผนปฏิบัติราชการ ปี 2568", [("opplan-69", "คลิก")]),
    ("o14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", [("hr-rules", "คลิก")]),
    ("o17", "แนวปฏิบัติเรื่องร้องเรียน", [("complaint-guide", "คลิก")]),
    ("o21", "ประกาศ No Gift Policy", [("nogift-66", "คลิก")]),
    ("o23", "ประเมินความเสี่ยงการให้หรือรับสินบน ปี 2568", [("old-risk-68", "คลิก")]),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต ปี 2568", [("anti-plan-68", "คลิก")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("anti-report-67h", "คลิก")]),
    ("o27", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", [("ita-analysis-67", "คลิก")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ตัวชี้วัด</th><th>ข้อมูล</th></tr>']
    for code, label, links in rows:
        cells = " · ".join(a(u if u.startswith("/") else f(u), t) for u, t in links)
        out.append(f"<tr><td>{code.upper()}</td><td>{esc(label)}</td><td>{cells}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

QA = [
    (1, "ขอใบอนุญาตค้าข้าวต้องใช้เวลากี่วันคะ", "ผู้ประกอบการ อ.ห้วยคำ", (2026, 3, 2),
     "ระยะเวลาดำเนินการ 8 วันทำการ นับจากได้รับเอกสารครบ ยื่นออนไลน์ได้ที่เมนู E-Service ครับ"),
    (2, "ร้านค้าไม่ปิดป้ายราคา แจ้งที่ไหนได้บ้าง", "ประชาชน", (2026, 1, 19),
     "แจ้งสายด่วน 1569 หรือแจ้งผ่านเว็บไซต์ เจ้าหน้าที่จะลงตรวจภายใน 24 ชั่วโมงค่ะ"),
    (3, "ตลาดนัดธงฟ้าครั้งต่อไปจัดเมื่อไร", "นักศึกษา", (2025, 11, 28),
     "ครั้งที่ 1/2569 วันที่ 12 - 14 ธันวาคม 2568 ลานหน้าศาลากลาง ครับ"),
]


def static_pages(latest: str) -> None:
    write("/", "หน้าแรก", "<h2>ข่าวล่าสุด</h2>" + latest + '<p><a href="/news/">ข่าวทั้งหมด</a></p>'
          '<h2>ราคาสินค้าเกษตรประจำสัปดาห์</h2><p>ข้าวเปลือกเจ้า ความชื้น 15% ตันละ 8,900 - 9,300 บาท '
          '(ณ 3 เม.ย. 2569) <a href="/price/">ดูทั้งหมด</a></p>'
          '<h2>บริการ</h2><ul><li><a href="/eservice/">ยื่นขออนุญาตค้าข้าวออนไลน์</a></li>'
          '<li><a href="/complaint/">ร้องเรียนสินค้าราคาแพง</a></li><li><a href="/law/">กฎหมายที่เกี่ยวข้อง</a></li></ul>')
    write("/about/history/", "ประวัติหน่วยงาน",
          "<p>สำนักงานพาณิชย์จังหวัดภูวนาถ จัดตั้งตามกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวงพาณิชย์ "
          "เป็นราชการบริหารส่วนภูมิภาค ตั้งอยู่ที่ศาลากลางจังหวัดภูวนาถ ชั้น 2</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์: การค้าภูวนาถเติบโตอย่างยั่งยืน ผู้บริโภคได้รับความเป็นธรรม</p>"
          "<ol><li>ส่งเสริมสินค้าชุมชนและสินค้า GI</li><li>ดูแลราคาสินค้าและความเป็นธรรมทางการค้า</li>"
          "<li>เป็นศูนย์ข้อมูลการค้าของจังหวัด</li></ol>")
    write("/about/structure/", "โครงสร้างสำนักงานพาณิชย์จังหวัดภูวนาถ",
          '<img src="/assets/org-chart.png" alt="แผนภูมิโครงสร้างสำนักงานพาณิชย์จังหวัดภูวนาถ" width="600" height="380">'
          "<ul><li>พาณิชย์จังหวัดภูวนาถ<ul>"
          "<li>กลุ่มงานบริหารทั่วไป (งานสารบรรณ งานการเงินและบัญชี งานพัสดุ งานบุคคล)</li>"
          "<li>กลุ่มงานกำกับดูแลการค้า (ราคาสินค้า ชั่งตวงวัด ใบอนุญาตค้าข้าว)</li>"
          "<li>กลุ่มงานส่งเสริมการค้า (สินค้าชุมชน GI ตลาดธงฟ้า)</li>"
          "<li>กลุ่มงานข้อมูลการค้า (ดัชนีราคา ภาวะเศรษฐกิจการค้า การค้าชายแดน)</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวงพาณิชย์ สำนักงานพาณิชย์จังหวัดมีอำนาจหน้าที่โดยสรุป ดังนี้</p><ol>"
          "<li>จัดทำแผนและยุทธศาสตร์การค้าของจังหวัด ให้สอดคล้องกับนโยบายกระทรวงพาณิชย์และแผนพัฒนาจังหวัด</li>"
          "<li>กำกับ ดูแล และตรวจสอบราคาสินค้าและบริการ และความเป็นธรรมทางการค้า</li>"
          "<li>ส่งเสริมและพัฒนาการค้า สินค้าชุมชน และสินค้าสิ่งบ่งชี้ทางภูมิศาสตร์ (GI)</li>"
          "<li>จัดทำ วิเคราะห์ และเผยแพร่ข้อมูลการค้าและดัชนีราคาของจังหวัด</li>"
          "<li>ให้บริการประชาชนตามกฎหมายในความรับผิดชอบของกระทรวงพาณิชย์ เช่น การอนุญาตค้าข้าว</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    people = [("นางสาวพรรณวดี ศรีสุวรรณ", "พาณิชย์จังหวัดภูวนาถ", "0 5561 2047 ต่อ 101"),
              ("นายธีรวัฒน์ คำแสง", "หัวหน้ากลุ่มงานบริหารทั่วไป", "0 5561 2047 ต่อ 102"),
              ("นางจันทร์เพ็ญ วงศ์ไชย", "หัวหน้ากลุ่มงานกำกับดูแลการค้า", "0 5561 2047 ต่อ 103"),
              ("นายอนุชา พรหมมา", "หัวหน้ากลุ่มงานส่งเสริมการค้า", "0 5561 2047 ต่อ 104"),
              ("นางสาวศิริพร ใจบุญ", "หัวหน้ากลุ่มงานข้อมูลการค้า", "0 5561 2047 ต่อ 105")]
    write("/about/executives/", "ผู้บริหาร", "".join(
        f'<div class="card"><img src="/assets/head.png" alt="{esc(n)}" width="80" height="100"><br><b>{esc(n)}</b>'
        f"<br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in people))
    write("/about/staff/", "บุคลากร", "<p>ข้าราชการ 14 คน พนักงานราชการ 6 คน ลูกจ้าง 4 คน รวม 24 คน</p>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>ศาลากลางจังหวัดภูวนาถ ชั้น 2 ถนนราชดำเนิน ตำบลในเมือง อำเภอเมืองภูวนาถ จังหวัดภูวนาถ 68000</p>"
          "<p>โทรศัพท์ 0 5561 2047 โทรสาร 0 5561 2048<br>อีเมล phuwanat@moc-prov.example<br>"
          "เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=16.8712,100.5533">แผนที่ Google Maps</a> · '
          '<a href="https://www.facebook.com/phuwanat.commerce.example">Facebook สำนักงานพาณิชย์จังหวัดภูวนาถ</a></p>'
          '<p>สอบถามข้อมูล: <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    write("/qa/", "ถาม-ตอบ (Q&A)",
          '<table class="list"><tr><th>กระทู้</th><th>ผู้ถาม</th><th>วันที่</th><th>ตอบ</th></tr>' + "".join(
              f'<tr><td><a href="/qa/{i}/">{esc(q)}</a></td><td>{esc(w)}</td><td>{dd} {MONTHS[m - 1]} {y + 543}</td>'
              "<td>1</td></tr>" for i, q, w, (y, m, dd), _ans in QA) + "</table>"
          '<form method="post" action="https://forms.example/qa-phuwanat"><p>ตั้งคำถามใหม่</p>'
          '<input name="name" placeholder="ชื่อ"><input name="email" placeholder="อีเมล"><br>'
          '<textarea name="question"></textarea><br><button type="submit">ส่งคำถาม</button></form>')
    for i, q, w, (y, m, dd), ans in QA:
        write(f"/qa/{i}/", q, f"<p><b>ถาม</b> ({esc(w)}, {dd} {MONTHS[m - 1]} {y + 543}): {esc(q)}</p>"
              f"<p><b>ตอบ</b> (ผู้ดูแลระบบ): {esc(ans)}</p>")
    write("/eservice/", "E-Service ยื่นขออนุญาตประกอบธุรกิจการค้าข้าวออนไลน์",
          "<p>ผู้ประกอบการยื่นคำขอใบอนุญาตค้าข้าวและแจ้งปริมาณข้าวคงเหลือได้ทางออนไลน์ ไม่ต้องเดินทางมาสำนักงาน</p>"
          '<form method="post" action="https://forms.example/rice-license-phuwanat">'
          '<label>ชื่อผู้ประกอบการ <input name="name"></label><br><label>เลขประจำตัวผู้เสียภาษี <input name="taxid"></label><br>'
          '<label>ประเภทคำขอ <select name="kind"><option>ขอรับใบอนุญาตใหม่</option><option>ต่ออายุใบอนุญาต</option>'
          '<option>แจ้งปริมาณข้าวคงเหลือ</option></select></label><br><label>แนบเอกสาร <input type="file" name="doc"></label><br>'
          '<button type="submit">ยื่นคำขอ</button></form>'
          f'<p>ข้อมูลสถิติการให้บริการ: <a href="{f("service-69")}">สถิติการให้บริการ ต.ค. 68 - มี.ค. 69 (XLSX)</a></p>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ร้องเรียนสินค้าราคาแพง ไม่ปิดป้ายราคา: สายด่วน 1569 หรือโทร. 0 5561 2047 ต่อ 103</p>"
          '<ul><li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>'
          '<li><a href="/complaint/stats/">สถิติเรื่องร้องเรียน</a></li></ul>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ท่านสามารถแจ้งเบาะแสการทุจริตของเจ้าหน้าที่ได้ โดยไม่ต้องเปิดเผยชื่อ ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
          '<form method="post" action="https://forms.example/corruption-phuwanat">'
          '<label>ชื่อผู้แจ้ง (ไม่บังคับ) <input name="name"></label><br><label>เบอร์ติดต่อ <input name="tel"></label><br>'
          '<label>รายละเอียด <textarea name="detail"></textarea></label><br><label>หลักฐาน <input type="file" name="file"></label><br>'
          '<button type="submit">ส่งเรื่อง</button></form>'
          '<p>ช่องทางอื่น: <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · ตู้รับเรื่องร้องเรียน ชั้น 2 ศาลากลาง</p>')
    write("/complaint/stats/", "สถิติเรื่องร้องเรียน",
          "<h2>สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</h2>"
          '<table class="list"><tr><th>ไตรมาส</th><th>จำนวนเรื่อง</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>'
          "<tr><td>ไตรมาส 1 (ต.ค. - ธ.ค. 2567)</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>ไตรมาส 2 (ม.ค. - มี.ค. 2568)</td><td>1</td><td>1</td><td>0</td></tr>"
          "<tr><td>ไตรมาส 3 (เม.ย. - มิ.ย. 2568)</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>ไตรมาส 4 (ก.ค. - ก.ย. 2568)</td><td>0</td><td>0</td><td>0</td></tr></table>"
          "<p>ข้อมูล ณ วันที่ 30 กันยายน 2568</p>"
          "<h2>สถิติเรื่องร้องเรียนผู้บริโภค</h2>"
          f'<p><a href="{f("consumer-69")}">สถิติเรื่องร้องเรียน ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)</a></p>')
    write("/price/", "ราคาสินค้าเกษตรประจำสัปดาห์",
          '<table class="list"><tr><th>สินค้า</th><th>หน่วย</th><th>27 มี.ค. 69</th><th>3 เม.ย. 69</th></tr>'
          "<tr><td>ข้าวเปลือกเจ้า ความชื้น 15%</td><td>บาท/ตัน</td><td>8,800 - 9,200</td><td>8,900 - 9,300</td></tr>"
          "<tr><td>มันสำปะหลังสด เชื้อแป้ง 25%</td><td>บาท/กก.</td><td>2.45</td><td>2.50</td></tr>"
          "<tr><td>ข้าวโพดเลี้ยงสัตว์ ความชื้น 14.5%</td><td>บาท/กก.</td><td>9.80</td><td>9.85</td></tr></table>"
          '<p><a href="/price/archive/">ราคาย้อนหลัง</a></p>')
    write("/price/archive/", "ราคาสินค้าเกษตรย้อนหลัง",
          "<ul><li>มีนาคม 2569 ข้าวเปลือกเจ้าเฉลี่ย 9,020 บาท/ตัน</li><li>กุมภาพันธ์ 2569 เฉลี่ย 8,960 บาท/ตัน</li>"
          "<li>มกราคม 2569 เฉลี่ย 8,870 บาท/ตัน</li></ul>")
    write("/gi/", "สินค้า GI จังหวัดภูวนาถ",
          "<p>ผ้าทอลายดอกคำภูวนาถ และส้มโอห้วยคำ ขึ้นทะเบียนสิ่งบ่งชี้ทางภูมิศาสตร์ (GI)</p>")
    write("/law/", "กฎหมายที่เกี่ยวข้อง",
          "<ul><li>พระราชบัญญัติว่าด้วยราคาสินค้าและบริการ พ.ศ. 2542</li><li>พระราชบัญญัติการค้าข้าว พ.ศ. 2489</li>"
          "<li>พระราชบัญญัติมาตราชั่ง ตวง วัด พ.ศ. 2542</li></ul>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานฯ เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นต่อการให้บริการ ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in MENU) + "</ul>")


def download_pages() -> None:
    cats = "".join(f"<li>{a(f'/download/{c}/', t)} ({len(listed(c))})</li>" for c, t in CATS.items())
    write("/download/", "เอกสารดาวน์โหลด", f"<ul>{cats}</ul><h2>เอกสารล่าสุด</h2>" + table(listed()[:10]))
    for c, t in CATS.items():
        write(f"/download/{c}/", f"ดาวน์โหลด: {t}", table(listed(c)))


def procurement_page() -> None:
    keys = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ 2569",
          "<p>เผยแพร่ตามมาตรา 9 (8) แห่งพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</p>" + table(keys)
          + '<p>ประกาศจัดซื้อจัดจ้าง (e-GP): <a href="https://process3.gprocurement.go.th/">ระบบจัดซื้อจัดจ้างภาครัฐ</a></p>'
          + '<p>รายงานประจำปี: <a href="/download/procure/">จัดซื้อจัดจ้าง (ประจำปี)</a></p>')


def ita_pages() -> None:
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ปี 2569</a></li><li><a href="/ita/2568/">ITA ปี 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569",
          "<p>ตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ สำนักงาน ป.ป.ช.</p>" + ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_table(ITA_2568))


def assets() -> None:
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    for n in ("logo-moc.png", "head.png", "org-chart.png", "news.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    with open(os.path.join(HERE, "assets", "moc.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#topbar{background:#1b3f8f;color:#fff;padding:4px}"
                 "#nav li{display:inline;margin:0 6px}#wrap{display:flex}#aside{width:230px}#content{flex:1;padding:8px}"
                 ".box{border:1px solid #ccd;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#eef;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    latest = news_pages()
    static_pages(latest)
    download_pages()
    procurement_page()
    ita_pages()


if __name__ == "__main__":
    main()
