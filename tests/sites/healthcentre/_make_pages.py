"""Generate the HTML pages of the "healthcentre" test site (ศูนย์อนามัยที่ 14 เพชรบูรณ์, invented).

Run:  python tests/sites/healthcentre/_make_pages.py   (after _make_docs.py: file sizes are read
from the files it wrote)

A regional health promotion centre of the Department of Health on a plain government template:
a top bar, a banner, a menu, a right column (director, hotline, quick links, the ITA pages of
2569 and 2568, a visitor counter) and a footer on every page; pages are folder/index.html.
Documents are listed by category under /download/<cat>/ (newest first), the monthly สขร.1 on
/procurement/, news under /news/ (two pages).  The ITA page /ita/2569/ is a table of o1 … o26 in
the centre's own short wording whose links go to files, pages or category lists; last year's
/ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import HIDDEN, ROWS, name  # noqa: E402

ORG = "ศูนย์อนามัยที่ 14 เพชรบูรณ์"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน / แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "บริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / เอกสารทั่วไป"}
MISSING_SIZE = {"anti-report-68": "1.2 MB", "old-risk-68": "388.4 KB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def size(key: str) -> str:
    if key in MISSING_SIZE:
        return MISSING_SIZE[key]
    n = os.path.getsize(os.path.join(HERE, name(key).lstrip("/")))
    return f"{n / 1024:.1f} KB"


def a(key: str, text: str | None = None) -> str:
    return f'<a href="{name(key)}" target="_blank">{esc(text or ROWS[key][0])}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวสาร", "/news/"), ("บริการของเรา", "/service/"),
        ("E-Service", "/eservice/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="topbar">กรมอนามัย กระทรวงสาธารณสุข · <a href="/sitemap/">แผนผังเว็บไซต์</a> · ขนาดตัวอักษร ก- ก ก+</div>
<div id="banner"><img src="/assets/logo.png" alt="ตรากรมอนามัย" width="72" height="72">
<b>{ORG}</b><br><small>Regional Health Promotion Center 14 Phetchabun · ส่งเสริมสุขภาพดี ทุกกลุ่มวัย</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="main">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="side">
<div class="box"><b>ผู้อำนวยการศูนย์อนามัยที่ 14</b><br>นายแพทย์ธนากร วงศ์ศรีสวัสดิ์<br>สายตรงผู้อำนวยการ 0 5671 4420 ต่อ 100</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/eservice/booking/">นัดหมายออนไลน์</a><br>
<a href="/eservice/water/">ยื่นคำขอตรวจน้ำออนไลน์</a><br><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a><br>
<a href="/ita/2569/">ITA 2569</a><br><a href="/ita/2568/">ITA 2568</a><br>
<a href="https://anamai.moph.go.th/">กรมอนามัย</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="box">ผู้เข้าชมเว็บไซต์ 248,905 ครั้ง</div>
</div></div>
<div id="footer">{ORG} เลขที่ 88 หมู่ที่ 5 ถนนเพชรรัตน์ ตำบลสะเดียง อำเภอเมืองเพชรบูรณ์ จังหวัดเพชรบูรณ์ 67000<br>
โทรศัพท์ 0 5671 4420 โทรสาร 0 5671 4421 อีเมล hpc14.saraban@anamai.mail.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>
สงวนลิขสิทธิ์ © 2566 {ORG} กรมอนามัย</div>
</body></html>
"""


PAGES: dict[str, tuple[str, str]] = {}


def page(path: str, title: str, body: str) -> None:
    PAGES[path] = (title, body)


# ---------------------------------------------------------------- news

NEWS = {  # id: (date, title, body paragraphs)
    712: ((2026, 4, 1), "ศูนย์อนามัยที่ 14 ประเมินโรงเรียนรอบรู้ด้านสุขภาพ ระดับเพชร ปี 2569",
          ["วันที่ 1 เมษายน 2569 ทีมกลุ่มพัฒนาการส่งเสริมสุขภาพวัยเรียนวัยรุ่น ลงพื้นที่ประเมินโรงเรียนรอบรู้ด้านสุขภาพ 6 แห่ง ในจังหวัดเพชรบูรณ์"]),
    705: ((2026, 3, 20), "อบรมแกนนำผู้สูงอายุ ชมรมผู้สูงอายุต้นแบบ",
          ["ศูนย์อนามัยที่ 14 จัดอบรมแกนนำผู้สูงอายุ 120 คน เรื่องการป้องกันการหกล้มและโภชนาการผู้สูงอายุ"]),
    698: ((2026, 2, 19), "ประชุมรับฟังความคิดเห็นภาคีเครือข่ายและผู้รับบริการต่อการพัฒนาบริการ ปีงบประมาณ 2569",
          ["วันที่ 19 กุมภาพันธ์ 2569 ศูนย์อนามัยที่ 14 เพชรบูรณ์ เปิดโอกาสให้ภาคีเครือข่ายและผู้รับบริการมีส่วนร่วมในการดำเนินงาน "
           "ผู้เข้าร่วม 86 คน ได้แก่ ผู้แทนองค์กรปกครองส่วนท้องถิ่น 18 คน ผู้แทนโรงพยาบาลส่งเสริมสุขภาพตำบล 24 คน "
           "ผู้แทนสถานศึกษา 16 คน และผู้รับบริการคลินิกฝากครรภ์และคลินิกเด็กดี 28 คน",
           "ผลการรับฟังความคิดเห็น: ขอให้ขยายเวลานัดหมายออนไลน์ช่วงเย็น ขอให้ลดเวลารอผลตรวจน้ำ และขอให้จัดที่จอดรถสำหรับหญิงตั้งครรภ์",
           "ศูนย์ฯ นำข้อเสนอไปปรับปรุงแล้ว 2 เรื่อง คือ เพิ่มรอบนัดหมายออนไลน์วันพุธ 16.00 - 18.00 น. เริ่ม 2 มีนาคม 2569 "
           "และจัดที่จอดรถหญิงตั้งครรภ์ 8 ช่อง ส่วนการลดเวลารอผลตรวจน้ำอยู่ระหว่างจัดซื้อเครื่องมือ"]),
    691: ((2026, 2, 3), "ขอเชิญภาคีเครือข่ายร่วมประชุมรับฟังความคิดเห็น 19 กุมภาพันธ์ 2569",
          ["ศูนย์อนามัยที่ 14 ขอเชิญภาคีเครือข่ายและผู้รับบริการร่วมประชุมรับฟังความคิดเห็น ดาวน์โหลดหนังสือเชิญได้ที่ "
           f'<a href="{name("invite-forum")}">หนังสือเชิญประชุม</a>']),
    684: ((2026, 1, 20), "เผยแพร่รายงานประจำปี ศูนย์อนามัยที่ 14",
          ["ศูนย์อนามัยที่ 14 เพชรบูรณ์ จัดพิมพ์รายงานประจำปีเผยแพร่แก่ภาคีเครือข่ายแล้ว ดาวน์โหลดได้ที่ "
           f'<a href="{name("annual-67")}">รายงานประจำปี (PDF)</a>']),
    677: ((2026, 1, 15), "อบรมเสริมสร้างวัฒนธรรมองค์กรต่อต้านการทุจริตและขับเคลื่อนจริยธรรม ปี 2569",
          ["วันที่ 15 มกราคม 2569 ศูนย์อนามัยที่ 14 จัดอบรมเสริมสร้างวัฒนธรรมองค์กรและการขับเคลื่อนจริยธรรมตามประมวลจริยธรรมข้าราชการพลเรือน "
           "แก่บุคลากร 142 คน พร้อมจัดทำ Do's & Don'ts ของบุคลากรศูนย์อนามัยที่ 14 และมอบรางวัลบุคลากรต้นแบบด้านคุณธรรม 3 คน"]),
    670: ((2025, 12, 9), "ศูนย์อนามัยที่ 14 ร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล 2568",
          ["ผู้บริหารและบุคลากรร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล ณ ศาลากลางจังหวัดเพชรบูรณ์"]),
    663: ((2025, 11, 14), "ตรวจคุณภาพน้ำประปาหมู่บ้าน 40 แห่ง",
          ["ห้องปฏิบัติการอนามัยสิ่งแวดล้อมเก็บตัวอย่างน้ำประปาหมู่บ้าน 40 แห่ง ผ่านเกณฑ์ 33 แห่ง"]),
    656: ((2025, 10, 1), "ผู้อำนวยการประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2569",
          ["นายแพทย์ธนากร วงศ์ศรีสวัสดิ์ ผู้อำนวยการ ประกาศเจตจำนงสุจริตต่อหน้าบุคลากร "
           f'<a href="{name("integrity-decl-69")}">ประกาศเจตจำนงสุจริต</a>']),
    640: ((2025, 9, 12), "มอบเกียรติบัตรสถานที่ทำงานน่าอยู่ น่าทำงาน ปี 2568", ["มอบเกียรติบัตรแก่สถานประกอบการ 15 แห่ง"]),
    612: ((2025, 2, 20), "ประชุมรับฟังความคิดเห็นภาคีเครือข่าย ปีงบประมาณ 2568",
          ["วันที่ 20 กุมภาพันธ์ 2568 ประชุมรับฟังความคิดเห็นภาคีเครือข่าย ผู้เข้าร่วม 71 คน"]),
    598: ((2024, 12, 27), "ประชาสัมพันธ์นโยบาย No Gift Policy เทศกาลปีใหม่ 2568",
          ["ศูนย์อนามัยที่ 14 ขอความร่วมมือภาคีเครือข่ายงดให้ของขวัญแก่บุคลากรในเทศกาลปีใหม่ 2568 ตามประกาศนโยบาย No Gift Policy"]),
    585: ((2024, 10, 3), "ต้อนรับผู้อำนวยการคนใหม่", ["บุคลากรศูนย์อนามัยที่ 14 ให้การต้อนรับนายแพทย์ธนากร วงศ์ศรีสวัสดิ์"]),
}
FIRST_PAGE = [712, 705, 698, 691, 684, 677, 670, 663, 656]


def news_list(ids: list[int]) -> str:
    rows = "\n".join(f'<li><span class="date">{be_t(NEWS[i][0])}</span> <a href="/news/{i}/">{esc(NEWS[i][1])}</a></li>'
                     for i in ids)
    return f"<ul class=\"news\">\n{rows}\n</ul>"


def be_t(t: tuple[int, int, int]) -> str:
    y, m, dd = t
    return f"{dd} {MONTHS[m - 1]} {y + 543}"


for nid, (when, title, paras) in NEWS.items():
    body = f'<p class="date">โพสต์เมื่อ {be_t(when)} · กลุ่มอำนวยการ (งานประชาสัมพันธ์)</p>\n' + "\n".join(
        f"<p>{p}</p>" for p in paras) + '\n<p><a href="/news/">« กลับหน้าข่าวสาร</a></p>'
    page(f"/news/{nid}/", title, body)
page("/news/", "ข่าวสารประชาสัมพันธ์", news_list(FIRST_PAGE) + '\n<p>หน้า 1 <a href="/news/page/2/">2</a></p>')
page("/news/page/2/", "ข่าวสารประชาสัมพันธ์ (หน้า 2)",
     news_list([i for i in NEWS if i not in FIRST_PAGE]) + '\n<p><a href="/news/">1</a> หน้า 2</p>')

# ---------------------------------------------------------------- downloads


def file_table(keys: list[str]) -> str:
    keys = sorted(keys, key=lambda k: ROWS[k][2], reverse=True)
    rows = "\n".join(f"<tr><td>{a(k)}</td><td>{be(ROWS[k][2])}</td><td>{name(k).rsplit('.', 1)[1].upper()}</td>"
                     f"<td>{size(k)}</td></tr>" for k in keys)
    return f'<table class="dl"><tr><th>ชื่อเอกสาร</th><th>วันที่</th><th>ชนิด</th><th>ขนาด</th></tr>\n{rows}\n</table>'


LISTED = [k for k in ROWS if k not in HIDDEN and not k.startswith("proc-20")]
for cat, label in CATS.items():
    page(f"/download/{cat}/", f"ดาวน์โหลดเอกสาร: {label}", file_table([k for k in LISTED if ROWS[k][1] == cat]))
cats = "\n".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
latest = sorted(LISTED, key=lambda k: ROWS[k][2], reverse=True)[:12]
page("/download/", "ดาวน์โหลดเอกสาร", f"<h2>หมวดหมู่เอกสาร</h2>\n<ul>\n{cats}\n</ul>\n<h2>เอกสารล่าสุด</h2>\n"
     + file_table(latest))

procs = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
proc_rows = "\n".join(f"<tr><td>{a(k)}</td><td>{be(ROWS[k][2])}</td></tr>" for k in procs)
page("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
     "<p>เผยแพร่ตามมาตรา 9 (8) แห่ง พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. 2540</p>\n"
     f'<table class="dl"><tr><th>รายการ</th><th>วันที่เผยแพร่</th></tr>\n{proc_rows}\n</table>\n'
     f"<h2>ประกาศและรายงานอื่น</h2>\n<ul><li>{a('proc-plan-69')}</li><li>{a('proc-year-68')}</li></ul>\n"
     '<p>ประกาศจัดซื้อจัดจ้างทั้งหมดดูได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>')

# ---------------------------------------------------------------- about, contact, services

page("/about/history/", "ประวัติความเป็นมา",
     "<p>ศูนย์อนามัยที่ 14 เพชรบูรณ์ เป็นหน่วยงานราชการบริหารส่วนกลางของกรมอนามัย ตั้งอยู่ในจังหวัดเพชรบูรณ์ "
     "รับผิดชอบงานส่งเสริมสุขภาพและอนามัยสิ่งแวดล้อมในเขตสุขภาพ 4 จังหวัด มีโรงพยาบาลส่งเสริมสุขภาพขนาด 30 เตียง "
     "และห้องปฏิบัติการอนามัยสิ่งแวดล้อม</p>")
page("/about/vision/", "วิสัยทัศน์ พันธกิจ",
     "<p>วิสัยทัศน์: ศูนย์อนามัยที่ 14 เป็นองค์กรหลักในการขับเคลื่อนการส่งเสริมสุขภาพและอนามัยสิ่งแวดล้อมระดับเขต</p>"
     "<p>พันธกิจ: พัฒนาและถ่ายทอดองค์ความรู้ สนับสนุนภาคีเครือข่าย จัดบริการต้นแบบ และเฝ้าระวังปัจจัยเสี่ยงด้านสุขภาพ</p>")
page("/about/structure/", "โครงสร้างองค์กร",
     '<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้างศูนย์อนามัยที่ 14" width="120" height="80"></p>\n'
     "<ul><li>ผู้อำนวยการศูนย์อนามัยที่ 14 เพชรบูรณ์<ul>"
     "<li>รองผู้อำนวยการด้านส่งเสริมสุขภาพ<ul><li>กลุ่มพัฒนาการส่งเสริมสุขภาพแม่และเด็ก</li>"
     "<li>กลุ่มพัฒนาการส่งเสริมสุขภาพวัยเรียนวัยรุ่น</li><li>กลุ่มพัฒนาการส่งเสริมสุขภาพวัยทำงานและผู้สูงอายุ</li></ul></li>"
     "<li>รองผู้อำนวยการด้านอนามัยสิ่งแวดล้อม<ul><li>กลุ่มพัฒนาอนามัยสิ่งแวดล้อม</li><li>ห้องปฏิบัติการอนามัยสิ่งแวดล้อม</li></ul></li>"
     "<li>รองผู้อำนวยการด้านบริการ<ul><li>กลุ่มโรงพยาบาลส่งเสริมสุขภาพ</li></ul></li>"
     "<li>กลุ่มอำนวยการ</li><li>กลุ่มขับเคลื่อนยุทธศาสตร์และพัฒนากำลังคน</li></ul></li></ul>\n"
     '<p>อำนาจหน้าที่ ดูที่ <a href="/about/authority/">อำนาจหน้าที่ของศูนย์อนามัย</a></p>')
page("/about/authority/", "อำนาจหน้าที่",
     "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมอนามัย กระทรวงสาธารณสุข และประกาศกรมอนามัยเรื่องการแบ่งงานภายใน ศูนย์อนามัยมีอำนาจหน้าที่ ดังนี้</p>"
     "<ol><li>ศึกษา วิเคราะห์ และพัฒนาองค์ความรู้และเทคโนโลยีด้านการส่งเสริมสุขภาพและอนามัยสิ่งแวดล้อมในเขตพื้นที่</li>"
     "<li>ถ่ายทอดองค์ความรู้และสนับสนุนภาคีเครือข่ายให้ดำเนินงานส่งเสริมสุขภาพทุกกลุ่มวัย</li>"
     "<li>เฝ้าระวัง ประเมิน และจัดการปัจจัยเสี่ยงด้านสุขภาพจากสิ่งแวดล้อม</li>"
     "<li>จัดบริการส่งเสริมสุขภาพต้นแบบ และตรวจวิเคราะห์ทางห้องปฏิบัติการ</li>"
     "<li>ติดตาม กำกับ และประเมินผลการดำเนินงานส่งเสริมสุขภาพในเขตพื้นที่</li>"
     "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
page("/about/executives/", "ผู้บริหาร",
     "<table class=\"exec\">"
     "<tr><td><img src=\"/assets/exec1.png\" alt=\"ผู้อำนวยการ\" width=\"90\" height=\"110\"></td><td>นายแพทย์ธนากร วงศ์ศรีสวัสดิ์<br>"
     "ผู้อำนวยการศูนย์อนามัยที่ 14 เพชรบูรณ์<br>โทร. 0 5671 4420 ต่อ 100 อีเมล thanakorn.w@anamai.mail.go.th</td></tr>"
     "<tr><td><img src=\"/assets/exec2.png\" alt=\"รองผู้อำนวยการ\" width=\"90\" height=\"110\"></td><td>นางสาวปิยนุช แก้วประเสริฐ<br>"
     "รองผู้อำนวยการด้านส่งเสริมสุขภาพ<br>โทร. 0 5671 4420 ต่อ 101</td></tr>"
     "<tr><td><img src=\"/assets/exec3.png\" alt=\"รองผู้อำนวยการ\" width=\"90\" height=\"110\"></td><td>นายวีรพล สุขสมบูรณ์<br>"
     "รองผู้อำนวยการด้านอนามัยสิ่งแวดล้อม<br>โทร. 0 5671 4420 ต่อ 103</td></tr>"
     "<tr><td><img src=\"/assets/exec4.png\" alt=\"รองผู้อำนวยการ\" width=\"90\" height=\"110\"></td><td>แพทย์หญิงอรอุมา ธนสาร<br>"
     "รองผู้อำนวยการด้านบริการ<br>โทร. 0 5671 4420 ต่อ 104</td></tr></table>")
page("/contact/", "ติดต่อเรา",
     f"<p>{ORG} เลขที่ 88 หมู่ที่ 5 ถนนเพชรรัตน์ ตำบลสะเดียง อำเภอเมืองเพชรบูรณ์ จังหวัดเพชรบูรณ์ 67000</p>"
     "<p>โทรศัพท์ 0 5671 4420 โทรสาร 0 5671 4421 อีเมล hpc14.saraban@anamai.mail.go.th</p>"
     "<p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น. (คลินิกนอกเวลา วันพุธ 16.00 - 18.00 น.)</p>"
     '<p><a href="https://maps.google.com/?q=16.4301,101.1532">แผนที่ Google Maps</a></p>'
     '<p>สอบถามข้อมูลทางเว็บไซต์ได้ที่ <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
page("/qa/", "กระดานถาม-ตอบ (Q&A)",
     "<div class=\"q\"><b>ถาม (คุณแม่มือใหม่, 12 ม.ค. 2569):</b> ฝากครรภ์ที่ศูนย์อนามัยต้องนัดล่วงหน้าไหมคะ<br>"
     "<b>ตอบ (เจ้าหน้าที่, 13 ม.ค. 2569):</b> มาได้เลยค่ะ หรือนัดล่วงหน้าทางเมนูนัดหมายออนไลน์เพื่อลดเวลารอ</div>\n"
     "<div class=\"q\"><b>ถาม (ผู้ใหญ่บ้าน, 4 มี.ค. 2569):</b> ส่งน้ำประปาหมู่บ้านตรวจ ใช้เวลากี่วัน<br>"
     "<b>ตอบ (ห้องปฏิบัติการ, 5 มี.ค. 2569):</b> ประมาณ 7 วันทำการ ยื่นคำขอออนไลน์ได้ที่เมนู E-Service</div>\n"
     '<form action="https://forms.gle/hpc14qa" method="post"><p>ชื่อ <input name="name"> อีเมล <input name="email"></p>'
     '<p>คำถาม <textarea name="q"></textarea></p><p><button type="submit">ส่งคำถาม</button></p></form>')
page("/service/", "บริการของเรา",
     '<ul><li><a href="/service/anc/">คลินิกฝากครรภ์</a></li><li><a href="/service/wellbaby/">คลินิกเด็กดี</a></li>'
     '<li><a href="/service/teen/">คลินิกวัยรุ่น</a></li><li><a href="/service/lab/">ตรวจวิเคราะห์คุณภาพน้ำ</a></li></ul>'
     f"<p>{a('service-manual', 'คู่มือการขอรับบริการ (PDF)')}</p>")
page("/service/anc/", "คลินิกฝากครรภ์", "<p>เปิดบริการวันจันทร์ - ศุกร์ 08.30 - 12.00 น. อาคารแม่และเด็ก ชั้น 1 ไม่เสียค่าใช้จ่าย</p>")
page("/service/wellbaby/", "คลินิกเด็กดี", "<p>บริการฉีดวัคซีนและตรวจพัฒนาการเด็ก วันอังคารและพฤหัสบดี 08.30 - 12.00 น.</p>")
page("/service/teen/", "คลินิกวัยรุ่น", "<p>ให้คำปรึกษาวัยรุ่นเป็นความลับ โทร. 0 5671 4420 ต่อ 215 หรือ LINE @hpc14teen</p>")
page("/service/lab/", "ตรวจวิเคราะห์คุณภาพน้ำ", "<p>ห้องปฏิบัติการอนามัยสิ่งแวดล้อม รับตัวอย่างน้ำวันจันทร์ - พฤหัสบดี 08.30 - 14.00 น.</p>")
page("/eservice/", "E-Service ระบบบริการออนไลน์",
     '<ul><li><a href="/eservice/booking/">ระบบนัดหมายรับบริการออนไลน์ (ฝากครรภ์ / คลินิกเด็กดี)</a></li>'
     '<li><a href="/eservice/water/">ยื่นคำขอตรวจวิเคราะห์คุณภาพน้ำออนไลน์</a></li></ul>'
     f"<p>ข้อมูลสถิติการให้บริการ: {a('svc-stat-69')}</p>")
page("/eservice/booking/", "นัดหมายรับบริการออนไลน์",
     '<form action="https://forms.gle/hpc14booking" method="post"><p>ชื่อ-สกุล <input name="name" required></p>'
     '<p>เลขบัตรประชาชน <input name="cid"></p><p>โทรศัพท์ <input name="tel" required></p>'
     '<p>บริการ <select name="svc"><option>ฝากครรภ์</option><option>คลินิกเด็กดี</option><option>คลินิกวัยรุ่น</option></select></p>'
     '<p>วันที่ต้องการ <input type="date" name="day"></p><p><button type="submit">ยืนยันการนัดหมาย</button></p></form>')
page("/eservice/water/", "ยื่นคำขอตรวจวิเคราะห์คุณภาพน้ำออนไลน์",
     '<form action="https://forms.gle/hpc14water" method="post"><p>หน่วยงาน/ผู้ขอ <input name="org" required></p>'
     '<p>ประเภทน้ำ <select name="type"><option>น้ำประปาหมู่บ้าน</option><option>น้ำดื่มบรรจุขวด</option><option>น้ำบ่อ</option></select></p>'
     '<p>จำนวนตัวอย่าง <input name="n"></p><p>อีเมลรับผล <input name="email"></p><p><button type="submit">ส่งคำขอ</button></p></form>')
page("/complaint/", "ร้องเรียน / ร้องทุกข์",
     "<p>ร้องเรียนทั่วไปเกี่ยวกับบริการ: โทร. 0 5671 4420 ต่อ 102 หรือกล่องรับความคิดเห็นทุกจุดบริการ</p>"
     '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
     f"<p>{a('complaint-manual')}</p>")
page("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
     "<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
     '<form action="https://forms.gle/hpc14corrupt" method="post"><p>ชื่อ-สกุล (ไม่ระบุก็ได้) <input name="name"></p>'
     '<p>เรื่องที่ร้องเรียน <input name="subject" required></p><p>รายละเอียด <textarea name="detail" required></textarea></p>'
     '<p>แนบไฟล์ <input type="file" name="att"></p><p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form>'
     '<p>ช่องทางอื่น: <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a> '
     "· โทร. 0 5671 4420 ต่อ 102</p>")
page("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>ศูนย์อนามัยที่ 14 เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")

# ---------------------------------------------------------------- ITA


def ita_table(rows: list[tuple[str, str, str]]) -> str:
    body = "\n".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{links}</td></tr>" for c, t, links in rows)
    return f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n{body}\n</table>'


def p(path: str, text: str = "คลิก") -> str:
    return f'<a href="{path}">{esc(text)}</a>'


ITA_69 = [
    ("o1", "โครงสร้างองค์กร", p("/about/structure/")),
    ("o2", "ข้อมูลผู้บริหาร", p("/about/executives/")),
    ("o3", "ข้อมูลการติดต่อ / ถาม-ตอบ", p("/contact/") + " " + p("/qa/", "Q&A")),
    ("o4", "ข่าวประชาสัมพันธ์", p("/news/")),
    ("o5", "แผนยุทธศาสตร์", a("plan-6367", "ดาวน์โหลด")),
    ("o6", "แผนปฏิบัติราชการ / แผนการใช้จ่ายงบประมาณ", a("ap-69", "แผนปฏิบัติราชการ") + " " + a("budget-69", "แผนการใช้จ่าย")),
    ("o7", "รายงานผลการดำเนินงาน", p("/download/report/")),
    ("o8", "คู่มือปฏิบัติงาน", a("sop-lab", "ดาวน์โหลด")),
    ("o9", "คู่มือการขอรับบริการ", a("service-manual", "ดาวน์โหลด")),
    ("o10", "E-Service", p("/eservice/") + " " + a("svc-stat-69", "สถิติ")),
    ("o11", "สรุปผลจัดซื้อจัดจ้างรายเดือน", p("/procurement/")),
    ("o12", "รายงานผลจัดซื้อจัดจ้างประจำปี", a("proc-year-68", "ดาวน์โหลด")),
    ("o13", "หลักเกณฑ์ HR / แผนพัฒนาบุคลากร", a("hr-criteria", "หลักเกณฑ์") + " " + a("hr-plan-68", "แผน")),
    ("o14", "รายงานผล HR ประจำปี", a("hr-report-68", "ดาวน์โหลด")),
    ("o15", "ประมวลจริยธรรม / การขับเคลื่อน", a("ethics", "ประมวล") + " " + p("/news/677/", "กิจกรรม")),
    ("o16", "คู่มือจัดการเรื่องร้องเรียนการทุจริต", a("complaint-manual", "ดาวน์โหลด")),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", p("/complaint/corruption/")),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", a("cstat-68", "ดาวน์โหลด")),
    ("o19", "การมีส่วนร่วม", p("/news/698/")),
    ("o20", "No Gift Policy", a("nogift-67", "ประกาศ") + " " + a("gift-report-68", "รายงาน")),
    ("o21", "ประเมินความเสี่ยงการทุจริต", a("risk-69", "ดาวน์โหลด")),
    ("o22", "รายงานผลตามแผนบริหารความเสี่ยงการทุจริต", a("risk-rep-67", "ดาวน์โหลด")),
    ("o23", "แผนป้องกันการทุจริต", a("anti-69", "ดาวน์โหลด")),
    ("o24", "รายงานผลการป้องกันการทุจริต", a("anti-report-68", "ดาวน์โหลด")),
    ("o25", "การนำผล ITA ไปพัฒนา", a("ita-analysis-67", "ดาวน์โหลด")),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", a("integ-report-68", "ดาวน์โหลด")),
]
ITA_68 = [
    ("o1", "โครงสร้าง", p("/about/structure/")),
    ("o5", "แผนยุทธศาสตร์", a("plan-6367", "ดาวน์โหลด")),
    ("o6", "แผนปฏิบัติราชการ 2568", a("ap-68", "ดาวน์โหลด")),
    ("o11", "สขร.1", a("proc-2025-09", "ล่าสุด")),
    ("o20", "No Gift Policy", a("nogift-67", "ดาวน์โหลด") + " " + p("/news/598/", "ข่าว")),
    ("o21", "ประเมินความเสี่ยงการทุจริต", a("old-risk-68", "ดาวน์โหลด")),
    ("o22", "รายงานผลตามแผนบริหารความเสี่ยง", a("risk-rep-67", "ดาวน์โหลด")),
    ("o23", "แผนป้องกันการทุจริต 2568", a("anti-68", "ดาวน์โหลด")),
    ("o25", "มาตรการส่งเสริมคุณธรรม", a("ita-analysis-67", "ดาวน์โหลด")),
]
page("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ITA ปี 2569",
     "<p>ศูนย์อนามัยที่ 14 เพชรบูรณ์ เปิดเผยข้อมูลตามแบบวัด OIT ประจำปี 2569 ปรับปรุงล่าสุด 3 เม.ย. 2569</p>\n" + ita_table(ITA_69))
page("/ita/2568/", "ITA ปี 2568 (OIT)", "<p>ข้อมูลปี 2568 (บางส่วน)</p>\n" + ita_table(ITA_68))
page("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
     '<ul><li><a href="/ita/2569/">ITA ปี 2569</a></li><li><a href="/ita/2568/">ITA ปี 2568</a></li></ul>')

home_news = news_list(FIRST_PAGE[:5])
page("/", "หน้าแรก",
     f"<h2>ข่าวสารล่าสุด</h2>\n{home_news}\n<p><a href=\"/news/\">ดูทั้งหมด</a></p>\n"
     "<h2>บริการประชาชน</h2>\n<p><a href=\"/eservice/booking/\">นัดหมายออนไลน์</a> · <a href=\"/service/\">บริการของเรา</a> · "
     "<a href=\"/download/manual/\">คู่มือ</a></p>\n<h2>เอกสารล่าสุด</h2>\n" + file_table(latest[:5]))
sitemap = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, (t, _b) in sorted(PAGES.items()) if "/news/" not in u[1:])
page("/sitemap/", "แผนผังเว็บไซต์", f"<ul>\n{sitemap}\n</ul>")

CSS = """body{font-family:Tahoma,sans-serif;margin:0;font-size:14px}#topbar{background:#0b6b3a;color:#fff;padding:4px 12px}
#topbar a{color:#fff}#banner{background:#e8f5ec;padding:10px}#banner img{float:left;margin-right:10px}
#menu{list-style:none;margin:0;padding:0;background:#138a4a;display:flex;flex-wrap:wrap}#menu a{color:#fff;padding:8px 10px;display:block}
#wrap{display:flex}#main{flex:1;padding:12px}#side{width:240px;padding:12px}.box{border:1px solid #cde;margin-bottom:10px;padding:8px}
#footer{background:#0b6b3a;color:#fff;padding:10px}#footer a{color:#fff}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}
"""


def main() -> None:
    for path, (title, body) in PAGES.items():
        out = os.path.join(HERE, path.lstrip("/"), "index.html")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(layout(title, body))
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write(CSS)
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360f80f0000010100005d0a2db40000000049454e44ae426082")
    for img in ("logo.png", "chart.png", "exec1.png", "exec2.png", "exec3.png", "exec4.png"):
        with open(os.path.join(HERE, "assets", img), "wb") as fh:
            fh.write(png)


if __name__ == "__main__":
    main()
