"""Generate the HTML pages of the "cropresearch" test site (ศูนย์วิจัยพืชไร่ห้วยสำราญ, invented).

Run:  python tests/sites/cropresearch/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

The department's regional-unit template: a top bar with the ministry line, a banner, a menu, a right
column (the director, quick links, a "No Gift Policy" banner, related agencies) and a footer on every
page; pages are folder/index.html.  Documents are listed in a download section whose categories are
query-string copies (/download/?cat=plan is stored as download/.q/cat=plan/index.html); the monthly
procurement summaries on /procurement/; news under /news/ (two pages); technology pages under
/knowledge/.  The ITA page /ita/2568/ is a table of o1 … o26 in the centre's own short wording whose
links go to files, pages or a category list; last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import OLD_DEAD, ROWS, name  # noqa: E402

ORG = "ศูนย์วิจัยพืชไร่ห้วยสำราญ"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน/งบประมาณ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ", "stats": "สถิติ",
        "procure": "จัดซื้อจัดจ้าง", "hr": "บริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส",
        "general": "เอกสารทั่วไป"}
HIDDEN: set[str] = {"region-opplan-68"}  # posted only in a news item (the region's plan)
MISSING_SIZE = "1.28 MB"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str = "ดาวน์โหลด") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับศูนย์ฯ", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("องค์ความรู้/เทคโนโลยี", "/knowledge/"),
        ("เมล็ดพันธุ์/ท่อนพันธุ์", "/seed/"), ("บริการ", "/service/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("เอกสารดาวน์โหลด", "/download/"), ("ITA", "/ita/"), ("ร้องเรียน", "/complaint/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">กระทรวงเกษตรและสหกรณ์ · กรมวิชาการเกษตร · สถาบันวิจัยพืชไร่และพืชทดแทนพลังงาน</div>
<div id="banner"><img src="/assets/doa-logo.png" alt="ตรากรมวิชาการเกษตร" width="70" height="70">
<b>{ORG}</b><br><small>Huai Samran Field Crops Research Center · Department of Agriculture</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="main">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="side">
<div class="box"><img src="/assets/director.png" alt="ผู้อำนวยการศูนย์ฯ" width="60" height="75"><br>
<b>นายธีรวัฒน์ ศรีบุญเรือง</b><br>ผู้อำนวยการศูนย์วิจัยพืชไร่ห้วยสำราญ</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/eservice/">จองเมล็ดพันธุ์ออนไลน์ (E-Service)</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/ita/2568/">ITA 2568</a><br>
<a href="/ita/2567/">ITA 2567</a><br><a href="/download/?cat=manual">คู่มือ</a></div>
<div class="box"><a href="{f("nogift-66")}"><img src="/assets/nogift.png" alt="NO GIFT POLICY" width="180" height="60"></a></div>
<div class="box"><b>หน่วยงานที่เกี่ยวข้อง</b><br><a href="https://www.doa.go.th/">กรมวิชาการเกษตร</a><br>
<a href="https://www.doa.go.th/fc/">สถาบันวิจัยพืชไร่และพืชทดแทนพลังงาน</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="box">ผู้เข้าชม ๑๘๔,๒๐๗ ครั้ง</div>
</div></div>
<div id="footer">{ORG} 88 หมู่ 6 ตำบลหนองสำราญ อำเภอห้วยสำราญ จังหวัดนครราชสีมา 30388<br>
โทรศัพท์ 0 4475 2318 โทรสาร 0 4475 2319 อีเมล hsfcrc@doa.in.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© 2567 {ORG} กรมวิชาการเกษตร</div>
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
        rows.append(f'<tr><td>{i}</td><td>{esc(title)}</td><td>{be(up)}</td>'
                    f'<td><a href="{f(k)}"><img src="/assets/{ext}.gif" alt="{ext}"></a> {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and not k.startswith("proc-20") and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (452, (2025, 4, 2), "ประชาสัมพันธ์จำหน่ายท่อนพันธุ์มันสำปะหลังพันธุ์ระยอง 9 ฤดูปลูกต้นฝน 2568",
     ["ศูนย์วิจัยพืชไร่ห้วยสำราญ เปิดจองท่อนพันธุ์มันสำปะหลังสะอาดปลอดโรคใบด่าง ราคาท่อนละ 1.50 บาท "
      "จองได้ที่ศูนย์ฯ หรือจองออนไลน์ทางเมนู E-Service ตั้งแต่วันที่ 1 เมษายน 2568 เป็นต้นไป"]),
    (449, (2025, 3, 20), "ต้อนรับคณะศึกษาดูงานจากวิสาหกิจชุมชนผู้ปลูกข้าวโพดเลี้ยงสัตว์ อำเภอด่านขุนทด",
     ["วันที่ 20 มีนาคม 2568 ศูนย์ฯ ต้อนรับคณะเกษตรกร 42 คน ศึกษาดูงานแปลงข้าวโพดหลังนาและการใช้ปุ๋ยตามค่าวิเคราะห์ดิน"]),
    (446, (2025, 2, 21),
     "สรุปผลการประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสียต่อแผนงานวิจัยและการผลิตพันธุ์ ประจำปีงบประมาณ 2568",
     ["วันที่ 19 กุมภาพันธ์ 2568 ศูนย์วิจัยพืชไร่ห้วยสำราญ จัดประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ณ ห้องประชุมศูนย์ฯ "
      "เพื่อเปิดโอกาสให้เกษตรกรและผู้เกี่ยวข้องมีส่วนร่วมในการกำหนดแผนงานวิจัยและการผลิตพันธุ์ของศูนย์ฯ",
      "ผู้เข้าร่วม 64 คน ได้แก่ เกษตรกรแกนนำผู้ปลูกมันสำปะหลังและข้าวโพด 41 คน ผู้แทนสหกรณ์การเกษตร 6 คน "
      "เจ้าหน้าที่สำนักงานเกษตรอำเภอ 5 คน ผู้แทนลานมัน 4 คน และบุคลากรของศูนย์ฯ 8 คน",
      "ข้อคิดเห็นสำคัญ: ขอให้เพิ่มปริมาณท่อนพันธุ์สะอาดในช่วงต้นฝน ขอแปลงสาธิตการจัดการโรคใบด่างในหมู่บ้าน "
      "และขอให้จองเมล็ดพันธุ์ทางออนไลน์ได้",
      "การดำเนินการของศูนย์ฯ: เพิ่มเป้าหมายการผลิตท่อนพันธุ์ปี 2568 เป็น 1.7 ล้านท่อน จัดแปลงสาธิต 3 หมู่บ้าน "
      "และเปิดระบบจองเมล็ดพันธุ์ออนไลน์แล้วตั้งแต่มีนาคม 2568"]),
    (443, (2025, 2, 6), "ขอเชิญเกษตรกรร่วมประชุมรับฟังความคิดเห็นต่อแผนงานวิจัยของศูนย์ฯ",
     ["ศูนย์ฯ ขอเชิญเกษตรกรแกนนำร่วมประชุมในวันที่ 19 กุมภาพันธ์ 2568 เวลา 09.00 น.",
      '<a href="{invite}">หนังสือเชิญประชุม</a>']),
    (440, (2025, 1, 28), "งานวันถ่ายทอดเทคโนโลยี (Field Day) การผลิตข้าวโพดเลี้ยงสัตว์หลังนา",
     ["ศูนย์ฯ ร่วมกับสำนักงานเกษตรอำเภอห้วยสำราญ จัดงาน Field Day ณ แปลงเกษตรกร บ้านหนองโพธิ์ มีเกษตรกรร่วมงาน 180 คน"]),
    (437, (2024, 12, 17), "ประกาศจำหน่ายเมล็ดพันธุ์ถั่วเขียวพันธุ์ชัยนาท 84 ชั้นพันธุ์ขยาย",
     ["มีเมล็ดพันธุ์จำหน่าย 6 ตัน ราคากิโลกรัมละ 40 บาท ติดต่องานผลิตเมล็ดพันธุ์ โทร 0 4475 2318 ต่อ 21"]),
    (434, (2024, 12, 2), "ผู้อำนวยการศูนย์ฯ ร่วมประชุมชี้แจงแผนปฏิบัติราชการ ปี 2568 ระดับเขต",
     ["ผู้อำนวยการศูนย์ฯ ร่วมประชุมชี้แจงแผนปฏิบัติราชการ ณ สำนักวิจัยและพัฒนาการเกษตรเขตที่ 4",
      '<a href="{region}">เอกสารประกอบการประชุม</a>']),
    (431, (2024, 11, 25), "ตรวจติดตามแปลงผลิตท่อนพันธุ์มันสำปะหลังสะอาด",
     ["คณะกรรมการตรวจแปลงผลิตท่อนพันธุ์ 120 ไร่ ไม่พบการระบาดของโรคใบด่างมันสำปะหลัง"]),
    (428, (2024, 10, 7), "ผู้อำนวยการศูนย์ฯ ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2568",
     ["วันที่ 4 ตุลาคม 2567 ผู้อำนวยการศูนย์ฯ ประกาศเจตจำนงสุจริตต่อหน้าบุคลากรทุกคน",
      '<a href="{will}">ประกาศเจตจำนงสุจริต</a>']),
    (426, (2024, 10, 13), "กิจกรรมจิตอาสาพัฒนา เนื่องในวันนวมินทรมหาราช 13 ตุลาคม 2567",
     ["บุคลากรของศูนย์ฯ ร่วมกิจกรรมจิตอาสาทำความสะอาดบริเวณวัดบ้านหนองสำราญ"]),
    # FY2567, page 2
    (421, (2024, 8, 6), "ประชุมคณะกรรมการบริหารศูนย์ฯ ครั้งที่ 4/2567",
     ["ติดตามผลการเบิกจ่ายงบประมาณ ณ สิ้นเดือนกรกฎาคม 2567 ร้อยละ 81.4"]),
    (418, (2024, 6, 14), "โครงการอบรมเสริมสร้างคุณธรรม จริยธรรม และการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2567",
     ["วันที่ 14 มิถุนายน 2567 ศูนย์ฯ จัดอบรมเสริมสร้างคุณธรรม จริยธรรม เพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการกรมวิชาการเกษตร "
      "ให้บุคลากรนำไปปฏิบัติ บรรยายเรื่องมาตรฐานทางจริยธรรมและ Do's & Don'ts ในการผลิตและจำหน่ายเมล็ดพันธุ์",
      "มีผู้เข้าร่วม ข้าราชการ 14 คน พนักงานราชการ 9 คน ลูกจ้าง 6 คน รวม 29 คน"]),
    (414, (2024, 5, 2), "เปิดจองท่อนพันธุ์มันสำปะหลัง ฤดูปลูกปี 2567",
     ["เปิดจองท่อนพันธุ์มันสำปะหลังพันธุ์ระยอง 9 และเกษตรศาสตร์ 50"]),
    (410, (2024, 2, 16), "ประชุมรับฟังความคิดเห็นเกษตรกรต่อแผนงานวิจัย ปี 2567",
     ["วันที่ 15 กุมภาพันธ์ 2567 ศูนย์ฯ จัดประชุมรับฟังความคิดเห็นเกษตรกร ผู้เข้าร่วม 52 คน"]),
    (406, (2023, 12, 11), "ต้อนรับคณะนักศึกษาฝึกงาน มหาวิทยาลัยราชภัฏ",
     ["นักศึกษาสาขาพืชศาสตร์ 8 คน ฝึกงานที่ศูนย์ฯ ระหว่างเดือนธันวาคม 2566 - กุมภาพันธ์ 2567"]),
]
PER_PAGE = 10


def news_item(n) -> tuple[str, str, str]:
    nid, (y, m, day), title, paras = n
    links = {"invite": f("invite-hearing"), "will": f("will-68"), "region": f("region-opplan-68")}
    body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
    return f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(y, m, day))} โดย งานประชาสัมพันธ์</p>{body}'


def news_pages() -> None:
    ordered = sorted(NEWS, key=lambda n: n[1], reverse=True)
    for n in ordered:
        url, title, body = news_item(n)
        write(url, title, body + '<p><a href="/news/">« ข่าวทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = ordered[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>'
                          for n in chunk)
        pager = '<p>หน้า <b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">ถัดไป »</a></p>' if p == 1 else \
            '<p>หน้า <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2568 = [  # (ข้อ, heading, [(link text, key or path)]) or (group, None)
    ("ข้อมูลพื้นฐาน", None),
    ("o1", "โครงสร้าง / อำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อหน่วยงาน", [("ติดต่อเรา", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("การบริหารงานและการใช้จ่ายงบประมาณ", None),
    ("o5", "แผนยุทธศาสตร์", [("แผนปฏิบัติราชการระยะ 5 ปี", "plan5y-63-67")]),
    ("o6", "แผนปฏิบัติราชการ / แผนการใช้จ่ายงบประมาณ / ความก้าวหน้า",
     [("แผนปฏิบัติราชการ 2568", "opplan-68"), ("แผนการใช้จ่ายงบประมาณ", "budget-68"),
      ("รายงานรอบ 6 เดือน", "sixmonth-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download/?cat=report")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการผลิตเมล็ดพันธุ์", "seed-manual")]),
    ("o9", "คู่มือการขอรับบริการ", [("คู่มือการขอรับบริการ", "service-manual")]),
    ("o10", "E-Service", [("จองเมล็ดพันธุ์/ขอศึกษาดูงานออนไลน์", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติ ต.ค.67-มี.ค.68", "stats-68")]),
    ("การจัดซื้อจัดจ้าง", None),
    ("o12", "สขร.1 รายเดือน", [("ผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานปีงบประมาณ 2567", "proc-year-67")]),
    ("การบริหารและพัฒนาทรัพยากรบุคคล", None),
    ("o14", "แผนบริหารและพัฒนาบุคลากร", [("แผนพัฒนาบุคลากร", "idp-67")]),
    ("o15", "รายงานผลการบริหารและพัฒนาบุคลากร", [("รายงานปี 2567", "hr-report-67")]),
    ("o16", "ประมวลจริยธรรม / การขับเคลื่อน", [("ประมวลจริยธรรม", "ethics-code"),
                                            ("กิจกรรมส่งเสริมจริยธรรม", "/news/418/")]),
    ("การส่งเสริมความโปร่งใส", None),
    ("o17", "คู่มือจัดการเรื่องร้องเรียนทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o18", "ช่องทางแจ้งเรื่องร้องเรียนทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียนทุจริต", [("สถิติเรื่องร้องเรียน", "/complaint/stats/")]),
    ("o20", "การมีส่วนร่วม", [("ประชุมรับฟังความคิดเห็น", "/news/446/")]),
    ("การดำเนินการเพื่อป้องกันการทุจริตในประเด็นสินบน", None),
    ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", "nogift-66")]),
    ("o22", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด", [("รายงาน", "gift-report-67")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต (สินบน)", [("การประเมินความเสี่ยง", "/integrity/risk/")]),
    ("o24", "รายงานผลการจัดการความเสี่ยง", [("การบริหารความเสี่ยงการทุจริต", "/integrity/risk/")]),
    ("การส่งเสริมคุณธรรมและความโปร่งใส", None),
    ("o25", "แผนป้องกันการทุจริต", [("แผนปี 2568", "anti-plan-68")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานปี 2567", "anti-report-67")]),
]
ITA_2567 = [
    ("o5", "แผนยุทธศาสตร์", [("แผนปฏิบัติราชการระยะ 5 ปี", "plan5y-63-67")]),
    ("o6", "แผนปฏิบัติราชการ ปี 2567", [("แผนปฏิบัติราชการ 2567", "opplan-67"),
                                       ("รายงานรอบ 6 เดือน", "sixmonth-67")]),
    ("o14", "แผนพัฒนาบุคลากร", [("แผนพัฒนาบุคลากร 2567", "idp-67")]),
    ("o21", "No Gift Policy", [("ประกาศ", "nogift-66")]),
    ("o23", "การประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง 2567", OLD_DEAD)]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("อยู่ระหว่างจัดทำ", "/ita/")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ตัวชี้วัด</th><th>หัวข้อ</th><th>ลิงก์ข้อมูล</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = "<br>".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>'
                     for n in sorted(NEWS, key=lambda n: n[1], reverse=True)[:5])
    write("/", "หน้าแรก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">ข่าวทั้งหมด</a></p>'
          '<h2>บริการ</h2><p><a href="/seed/">ราคาจำหน่ายเมล็ดพันธุ์และท่อนพันธุ์</a> · <a href="/eservice/">จองออนไลน์</a> · '
          '<a href="/knowledge/">องค์ความรู้</a> · <a href="/ita/2568/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2568</a></p>')
    write("/about/history/", "ประวัติศูนย์วิจัยพืชไร่ห้วยสำราญ",
          "<p>ศูนย์วิจัยพืชไร่ห้วยสำราญ ก่อตั้งเมื่อปี พ.ศ. 2522 ในชื่อสถานีทดลองพืชไร่ห้วยสำราญ บนพื้นที่ 1,140 ไร่ "
          "ต่อมาได้รับการยกฐานะเป็นศูนย์วิจัยพืชไร่ สังกัดสถาบันวิจัยพืชไร่และพืชทดแทนพลังงาน กรมวิชาการเกษตร</p>"
          "<p>วิสัยทัศน์ : เป็นศูนย์กลางงานวิจัยพืชไร่ที่เกษตรกรเชื่อถือ เพื่อเกษตรกรรมยั่งยืน</p>"
          "<p>พืชที่รับผิดชอบ : มันสำปะหลัง ข้าวโพดเลี้ยงสัตว์ อ้อย ถั่วเขียว ถั่วลิสง</p>")
    write("/about/structure/", "โครงสร้างองค์กร",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างศูนย์วิจัยพืชไร่ห้วยสำราญ" width="160" height="100">'
          "<ul><li>ผู้อำนวยการศูนย์วิจัยพืชไร่ห้วยสำราญ<ul>"
          "<li>ฝ่ายบริหารทั่วไป (งานสารบรรณ งานการเงินและบัญชี งานพัสดุ งานบุคคล)</li>"
          "<li>กลุ่มวิจัยและพัฒนา<ul><li>งานปรับปรุงพันธุ์</li><li>งานเขตกรรมและปุ๋ย</li><li>งานอารักขาพืช</li></ul></li>"
          "<li>งานผลิตเมล็ดพันธุ์และท่อนพันธุ์</li><li>งานถ่ายทอดเทคโนโลยีและบริการวิชาการ</li>"
          "<li>งานฟาร์มและเครื่องจักรกลการเกษตร</li></ul></li></ul>"
          "<p>บุคลากร : ข้าราชการ 14 คน พนักงานราชการ 9 คน ลูกจ้างประจำ 6 คน</p>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมวิชาการเกษตร กระทรวงเกษตรและสหกรณ์ และประกาศกรมวิชาการเกษตร "
          "เรื่อง การแบ่งงานภายในสถาบันวิจัยพืชไร่และพืชทดแทนพลังงาน ศูนย์วิจัยพืชไร่มีหน้าที่ ดังนี้</p><ol>"
          "<li>ศึกษา ค้นคว้า วิจัย และพัฒนาพันธุ์และเทคโนโลยีการผลิตพืชไร่ในพื้นที่รับผิดชอบ</li>"
          "<li>ผลิตเมล็ดพันธุ์และท่อนพันธุ์พืชไร่ชั้นพันธุ์หลักและพันธุ์ขยายเพื่อกระจายสู่เกษตรกร</li>"
          "<li>ทดสอบและสาธิตเทคโนโลยีการผลิตพืชไร่ในไร่เกษตรกร</li>"
          "<li>ถ่ายทอดเทคโนโลยี ให้คำปรึกษา และบริการวิชาการแก่เกษตรกรและผู้สนใจ</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    execs = [("นายธีรวัฒน์ ศรีบุญเรือง", "ผู้อำนวยการศูนย์วิจัยพืชไร่ห้วยสำราญ", "0 4475 2318 ต่อ 11",
              "theerawat.s@doa.in.th"),
             ("นางสาวกนกพร วงศ์ไพศาล", "นักวิชาการเกษตรชำนาญการพิเศษ หัวหน้ากลุ่มวิจัยและพัฒนา", "0 4475 2318 ต่อ 14",
              "kanokporn.w@doa.in.th"),
             ("นางอรุณี ปานทอง", "เจ้าพนักงานธุรการชำนาญงาน หัวหน้าฝ่ายบริหารทั่วไป", "0 4475 2318 ต่อ 12",
              "arunee.p@doa.in.th")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}<br>อีเมล {e}</div>" for n, p, t, e in execs)
    write("/about/executives/", "ผู้บริหาร", cards)
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>88 หมู่ 6 ตำบลหนองสำราญ อำเภอห้วยสำราญ จังหวัดนครราชสีมา 30388</p>"
          "<p>โทรศัพท์ 0 4475 2318 โทรสาร 0 4475 2319<br>อีเมล hsfcrc@doa.in.th<br>"
          'Facebook : <a href="https://www.facebook.com/hsfcrc.doa">ศูนย์วิจัยพืชไร่ห้วยสำราญ</a></p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.0912,102.4431">แผนที่ตั้งศูนย์ฯ (Google Maps)</a></p>')
    write("/service/", "งานบริการของศูนย์ฯ",
          "<ul><li>จำหน่ายเมล็ดพันธุ์และท่อนพันธุ์พืชไร่</li><li>ศึกษาดูงานและฝึกอบรม</li><li>ให้คำปรึกษาทางวิชาการ</li></ul>"
          f'<p>{a(f("service-manual"), "คู่มือการขอรับบริการ (PDF)")} · <a href="/eservice/">บริการออนไลน์</a></p>')
    write("/eservice/", "ระบบบริการออนไลน์ (E-Service)",
          "<p>เกษตรกรและผู้สนใจสามารถจองเมล็ดพันธุ์ ท่อนพันธุ์ หรือขอเข้าศึกษาดูงานได้ทางออนไลน์ โดยไม่ต้องเดินทางมาที่ศูนย์ฯ "
          "เจ้าหน้าที่จะยืนยันการจองทางโทรศัพท์ภายใน 1 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSfHsfcrcSeedBooking2568/formResponse" method="post">'
          '<h2>แบบคำขอออนไลน์</h2>ชื่อ-นามสกุล <input name="entry.11"><br>เบอร์โทรศัพท์ <input name="entry.12"><br>'
          'ที่อยู่ <input name="entry.13"><br>บริการที่ต้องการ <select name="entry.14"><option>จองเมล็ดพันธุ์</option>'
          '<option>จองท่อนพันธุ์มันสำปะหลัง</option><option>ขอเข้าศึกษาดูงาน</option><option>ขอรับคำปรึกษา</option></select><br>'
          'ชนิดพันธุ์/ปริมาณ/รายละเอียด <textarea name="entry.15"></textarea><br><button>ส่งคำขอ</button></form>')
    write("/seed/", "ราคาจำหน่ายเมล็ดพันธุ์และท่อนพันธุ์",
          '<table class="list"><tr><th>ชนิดพันธุ์</th><th>ชั้นพันธุ์</th><th>ราคา</th></tr>'
          "<tr><td>ถั่วเขียวพันธุ์ชัยนาท 84</td><td>พันธุ์ขยาย</td><td>40 บาท/กก.</td></tr>"
          "<tr><td>ท่อนพันธุ์มันสำปะหลังพันธุ์ระยอง 9</td><td>พันธุ์ขยาย</td><td>1.50 บาท/ท่อน</td></tr>"
          "<tr><td>ข้าวโพดเลี้ยงสัตว์พันธุ์นครสวรรค์ 3</td><td>พันธุ์ขยาย</td><td>90 บาท/กก.</td></tr></table>"
          "<p>ข้อมูล ณ วันที่ 1 เมษายน 2568</p>")
    know = [("cassava-mosaic", "การจัดการโรคใบด่างมันสำปะหลัง",
             "ใช้ท่อนพันธุ์สะอาด ตรวจแปลงทุก 2 สัปดาห์ ถอนต้นที่แสดงอาการแล้วทำลายทันที"),
            ("maize-after-rice", "การผลิตข้าวโพดเลี้ยงสัตว์หลังนา",
             "ปลูกภายในเดือนธันวาคม ใช้น้ำหยดหรือร่องคู ใส่ปุ๋ยตามค่าวิเคราะห์ดิน"),
            ("mungbean", "เทคโนโลยีการผลิตถั่วเขียวคุณภาพ",
             "ปลูกต้นฝนหรือหลังนา 3 - 4 กก./ไร่ เก็บเกี่ยวเมื่อฝักแก่ร้อยละ 80")]
    for slug, title, text in know:
        write(f"/knowledge/{slug}/", title, f"<p>{esc(text)}</p><p>เรียบเรียงโดย กลุ่มวิจัยและพัฒนา {ORG}</p>")
    write("/knowledge/", "องค์ความรู้และเทคโนโลยี",
          "<ul>" + "".join(f'<li><a href="/knowledge/{s}/">{esc(t)}</a></li>' for s, t, _x in know) + "</ul>")
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ร้องเรียนเรื่องทั่วไปได้ที่ศูนย์ฯ โทร 0 4475 2318 หรือศูนย์รับเรื่องร้องเรียน กรมวิชาการเกษตร</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a> · '
          '<a href="/complaint/stats/">สถิติเรื่องร้องเรียนการทุจริต</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</p>')
    write("/complaint/corruption/", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ ท่านจะไม่ระบุชื่อก็ได้</p>"
          '<form action="/complaint/corruption/send.php" method="post">ชื่อผู้แจ้ง <input name="name"><br>'
          'โทรศัพท์/อีเมล <input name="contact"><br>ผู้ถูกร้องเรียน/หน่วยงาน <input name="who"><br>'
          'รายละเอียดพฤติการณ์ <textarea name="detail"></textarea><br>ไฟล์หลักฐาน <input type="file" name="evidence"><br>'
          "<button>ส่งเรื่อง</button></form>"
          '<p>ช่องทางอื่น : <a href="https://www.doa.go.th/complaint/">ศูนย์รับเรื่องร้องเรียน กรมวิชาการเกษตร</a> · '
          '<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · สายด่วน 1111</p>')
    months = ["ต.ค. 67", "พ.ย. 67", "ธ.ค. 67", "ม.ค. 68", "ก.พ. 68", "มี.ค. 68"]
    rows = "".join(f"<tr><td>{m}</td><td>0</td><td>0</td><td>0</td></tr>" for m in months)
    write("/complaint/stats/", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<h2>ปีงบประมาณ พ.ศ. 2568 (ข้อมูล ณ วันที่ 31 มีนาคม 2568)</h2>"
          '<table class="list"><tr><th>เดือน</th><th>เรื่องร้องเรียนที่ได้รับ</th><th>ดำเนินการแล้วเสร็จ</th>'
          f"<th>อยู่ระหว่างดำเนินการ</th></tr>{rows}<tr><td>รวม</td><td>0</td><td>0</td><td>0</td></tr></table>"
          "<p>ในรอบ 6 เดือนแรกของปีงบประมาณ พ.ศ. 2568 ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</p>"
          "<h2>ปีงบประมาณ พ.ศ. 2567</h2><p>เรื่องร้องเรียน 1 เรื่อง (การจำหน่ายท่อนพันธุ์) ดำเนินการแล้วเสร็จ 1 เรื่อง</p>")
    write("/integrity/risk/", "การประเมินความเสี่ยงการทุจริต",
          "<h2>การประเมินความเสี่ยงการทุจริตในประเด็นที่เกี่ยวข้องกับสินบน ประจำปีงบประมาณ พ.ศ. 2567</h2>"
          '<table class="list"><tr><th>กระบวนงาน</th><th>เหตุการณ์ความเสี่ยง</th><th>ระดับ</th><th>มาตรการควบคุม</th></tr>'
          "<tr><td>การจำหน่ายเมล็ดพันธุ์และท่อนพันธุ์</td><td>เจ้าหน้าที่รับเงินหรือประโยชน์เพื่อจัดสรรท่อนพันธุ์ให้ผู้ซื้อบางรายก่อน</td>"
          "<td>สูง</td><td>จัดลำดับการจองตามวันเวลา เผยแพร่รายชื่อผู้จองบนเว็บไซต์</td></tr>"
          "<tr><td>การตรวจรับพัสดุ</td><td>ผู้ขายให้ของกำนัลแก่กรรมการตรวจรับ</td><td>ปานกลาง</td>"
          "<td>หมุนเวียนกรรมการตรวจรับ ประกาศ No Gift Policy</td></tr>"
          "<tr><td>การใช้ผลผลิตจากแปลงทดลอง</td><td>นำผลผลิตไปใช้ประโยชน์ส่วนตัว</td><td>ปานกลาง</td>"
          "<td>ตรวจนับผลผลิตโดยคณะกรรมการ บันทึกบัญชีคุม</td></tr></table>"
          "<p>จัดทำโดย คณะทำงานส่งเสริมคุณธรรมและความโปร่งใส ศูนย์วิจัยพืชไร่ห้วยสำราญ (พฤศจิกายน 2566)</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>ศูนย์ฯ เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    # procurement: newest first, old Excel for มกราคม 2568, no row for กุมภาพันธ์ 2568
    months_keys = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    prow = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td>'
                   f'<td>{a(f(k), "Excel" if ROWS[k][3] == "xls" else "PDF")}</td></tr>' for k in months_keys)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          f'<table class="list"><tr><th>รายการ</th><th>วันที่</th><th>ไฟล์</th></tr>{prow}</table>'
          f'<h2>ประกาศจัดซื้อจัดจ้าง / รายงานประจำปี</h2><ul><li>{a(f("print-annual"), ROWS["print-annual"][0])}</li>'
          f'<li>{a(f("proc-year-67"), ROWS["proc-year-67"][0])}</li></ul>')
    # downloads: the category lists are query-string copies
    cats = " · ".join(f'<a href="/download/?cat={s}">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "เอกสารดาวน์โหลด", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/.q/cat={slug}/", f"เอกสารดาวน์โหลด : {cname}",
              f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. 2568</a></li>'
          '<li><a href="/ita/2567/">ITA ประจำปีงบประมาณ พ.ศ. 2567</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568",
          "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล · ตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>" + ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567", ita_table(ITA_2567))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("doa-logo.png", "director.png", "person.png", "chart.png", "nogift.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "doc.gif", "xls.gif", "xlsx.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#1b5e20;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:230px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #cdc;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#e8f5e9;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
