"""Generate the pages of the "telecombranch" test site (run after _make_docs.py).

An old Joomla of an invented branch office (บริษัท โทรคมนาคมแห่งชาติ จำกัด (มหาชน) สาขาบ้านดงเค็ง):
articles and categories are query-string pages (/index.php?option=com_content&view=article&id=N),
kept as static copies under index.php.q/<query>/index.html; files go through /download.php?id=N or
sit in /images/doc/.  The ITA ("การเปิดเผยข้อมูลสาธารณะ OIT 2568") is one hub article that links five
group articles, each a small table of its items.  Two documents are shown only through a flipbook
viewer (/viewer.php?doc=...) with a direct download beside.  The site moved from WordPress in 2567:
a copy of the old site is left online under /old/ with its ITA 2566 page.  Latest content:
3 เม.ย. 2568.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))  # the repo root

from crawler.serve import _query_name  # noqa: E402

ORG = "บริษัท โทรคมนาคมแห่งชาติ จำกัด (มหาชน) สาขาบ้านดงเค็ง"
SHORT = "NT สาขาบ้านดงเค็ง"


def art(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def cat(n: int) -> str:
    return f"/index.php?option=com_content&view=category&id={n}"


def dl(n: int) -> str:
    return f"/download.php?id={n}"


def a(url: str, text: str) -> str:
    return f'<a href="{html.escape(url)}">{text}</a>'


MENU = [("/", "หน้าแรก"), (art(2), "เกี่ยวกับสาขา"), (art(5), "ประวัติ"), (art(6), "FAQ"), (art(3), "ผู้บริหาร"), (cat(8), "ข่าวสาร"),
        (cat(12), "จัดซื้อจัดจ้าง"), (cat(14), "ดาวน์โหลดเอกสาร"), (art(50), "ITA 2568"),
        (art(4), "ติดต่อเรา")]
SIDE = [(art(50), "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2568"), (art(45), "ITA ปี 2567"),
        (art(60), "แจ้งเรื่องร้องเรียนการทุจริต"), (art(21), "บริการออนไลน์ E-Service"),
        ("/old/", "เว็บไซต์เดิม (WordPress)")]


def page(title: str, body: str, crumb: str = "") -> str:
    menu = " | ".join(a(u, t) for u, t in MENU)
    side = "".join(f"<li>{a(u, t)}</li>" for u, t in SIDE)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} - {SHORT}</title>
<style>#side{{float:right;width:25%}}</style></head>
<body><div id="header"><h1>{ORG}</h1><p>National Telecom Public Company Limited - Ban Dong Kheng Branch</p></div>
<div id="menu">{menu}</div>
<div id="wrap"><div id="main"><p class="crumb">{a('/', 'หน้าแรก')} » {crumb or title}</p>
<h2>{title}</h2>
{body}
</div>
<div id="side"><h3>เมนูลัด</h3><ul>{side}</ul>
<h3>Call Center</h3><p>1888 (ตลอด 24 ชั่วโมง)</p>
<p>ผู้เข้าชม: ๑๒,๔๘๗ คน</p></div></div>
<div id="footer">{ORG} 219 หมู่ 5 ถนนดงเค็ง-นาหว้า ตำบลดงเค็ง อำเภอดงเค็ง จังหวัดสกลนคร 47290<br>
โทร 0 4297 1188 โทรสาร 0 4297 1189 อีเมล dongkheng.branch@example-nt.test<br>
Powered by Joomla! 3.9 - ปรับปรุงล่าสุด 3 เมษายน 2568</div></body></html>
"""


PAGES: dict[str, str] = {}


def put(url: str, title: str, body: str, crumb: str = "") -> None:
    PAGES[url] = page(title, body, crumb)


def table(rows: list[tuple[str, ...]]) -> str:
    head, *rest = rows
    th = "".join(f"<th>{c}</th>" for c in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rest)
    return f'<table border="1" cellpadding="4"><tr>{th}</tr>{trs}</table>'


# ------------------------------------------------------------------ basic pages
NEWS = [  # id, date, title, body
    (118, "3 เมษายน 2568", "สาขาบ้านดงเค็งมอบอินเทอร์เน็ตฟรีแก่โรงเรียนบ้านนาคำ",
     "พนักงานสาขาติดตั้งบริการอินเทอร์เน็ตความเร็วสูงให้โรงเรียนบ้านนาคำ 1 ปีโดยไม่คิดค่าบริการ"),
    (117, "21 มีนาคม 2568", "ประกาศปิดปรับปรุงระบบโครงข่าย ตำบลหนองบัวแดง",
     "ขออภัยในความไม่สะดวก ระหว่างเวลา 00.00 - 04.00 น. ของวันที่ 23 มีนาคม 2568"),
    (116, "14 กุมภาพันธ์ 2568", "ประชุมรับฟังความคิดเห็นลูกค้าองค์กรและผู้นำชุมชน ประจำปี 2568",
     "สาขาบ้านดงเค็งจัดเวทีรับฟังความคิดเห็นต่อการขยายโครงข่ายใยแก้วนำแสง ณ หอประชุมอำเภอดงเค็ง "
     "เมื่อวันที่ 14 กุมภาพันธ์ 2568 มีผู้เข้าร่วม 64 คน ได้แก่ กำนัน ผู้ใหญ่บ้าน ผู้แทน อบต. 4 แห่ง "
     "และลูกค้าองค์กร ข้อเสนอที่ได้: ขยายจุด Wi-Fi สาธารณะที่ตลาดนัด และเพิ่มเวลาเปิดศูนย์บริการวันเสาร์ "
     "สาขานำข้อเสนอไปบรรจุในแผนไตรมาส 3"),
    (115, "24 มกราคม 2568", "กิจกรรมส่งเสริมจริยธรรม \"NT คนดี ซื่อสัตย์ ใส่ใจบริการ\" ประจำปี 2568",
     "ผู้จัดการสาขานำพนักงาน 38 คนทบทวนประมวลจริยธรรมของพนักงาน และลงนามปฏิญญาปฏิบัติตามประมวลจริยธรรม "
     "เมื่อวันที่ 24 มกราคม 2568 พร้อมกิจกรรมแลกเปลี่ยนกรณีศึกษาการขัดกันแห่งผลประโยชน์"),
    (114, "9 มกราคม 2568", "ต้อนรับคณะศึกษาดูงานจากวิทยาลัยเทคนิคสกลนคร", "นักศึกษา 25 คนศึกษาดูงานชุมสายโทรศัพท์"),
    (113, "18 ธันวาคม 2567", "โปรโมชันเน็ตบ้านรับปีใหม่ 2568", "ติดตั้งฟรี สำหรับลูกค้าใหม่ในพื้นที่อำเภอดงเค็ง"),
    (112, "25 พฤศจิกายน 2567", "ประกาศผู้ชนะการเสนอราคา จ้างจัดพิมพ์รายงานประจำปี 2567",
     "รายละเอียดตามเอกสารแนบ"),
    (111, "5 พฤศจิกายน 2567", "ร่วมกิจกรรมลอยกระทงอำเภอดงเค็ง", "พนักงานสาขาร่วมขบวนแห่กระทง"),
    (110, "10 ตุลาคม 2567", "ซ่อมแซมสายเคเบิลหลังน้ำท่วมตำบลโพนงาม", "เจ้าหน้าที่เร่งกู้สัญญาณให้กลับมาใช้งานได้ภายใน 48 ชั่วโมง"),
    (96, "12 กันยายน 2567", "มอบทุนการศึกษาแก่บุตรพนักงาน", "จำนวน 6 ทุน"),
    (95, "20 สิงหาคม 2567", "ตรวจเยี่ยมสถานีฐานตำบลนาหว้า", "ผู้จัดการสาขาตรวจเยี่ยม"),
    (94, "2 สิงหาคม 2567", "อบรมการใช้งานแอปพลิเคชัน NT Mobile แก่ผู้สูงอายุ", "ณ ศาลาประชาคมตำบลดงเค็ง"),
    (93, "15 กรกฎาคม 2567", "ประกาศวันหยุดเทศกาลเข้าพรรษา", "ศูนย์บริการปิดทำการ 20 - 22 กรกฎาคม 2567"),
    (92, "28 มิถุนายน 2567", "กิจกรรม NT โปร่งใส ใส่ใจชุมชน 2567", "พนักงานร่วมปลูกต้นไม้ 200 ต้น"),
]
NEWS_ATTACH = {112: [(dl(15), "ประกาศผู้ชนะ จ้างจัดพิมพ์รายงานประจำปี 2567.pdf")]}

for nid, date, title, body in NEWS:
    files = "".join(f"<li>{a(u, t)}</li>" for u, t in NEWS_ATTACH.get(nid, []))
    extra = f"<h4>ไฟล์แนบ</h4><ul>{files}</ul>" if files else ""
    put(art(nid), title, f'<p class="date">เผยแพร่เมื่อ {date}</p><p>{body}</p>'
        f'{extra}', "ข่าวสาร")

first, second = NEWS[:6], NEWS[6:]
listing = "".join(f"<li>{a(art(n), t)} <small>({dt})</small></li>" for n, dt, t, _ in first)
put(cat(8), "ข่าวสารและกิจกรรม", f"<ul>{listing}</ul><p>{a(cat(8) + '&limitstart=6', 'หน้าถัดไป »')}</p>", "ข่าวสาร")
listing = "".join(f"<li>{a(art(n), t)} <small>({dt})</small></li>" for n, dt, t, _ in second)
put(cat(8) + "&limitstart=6", "ข่าวสารและกิจกรรม (หน้า 2)", f"<ul>{listing}</ul><p>{a(cat(8), '« หน้าก่อน')}</p>",
    "ข่าวสาร")

put(art(2), "โครงสร้างและอำนาจหน้าที่ของสาขา", """
<p><img src="/images/org/chart2568.png" alt="แผนผังโครงสร้างสาขา"></p>
<h3>โครงสร้างองค์กร</h3><ul><li>ผู้จัดการสาขาบ้านดงเค็ง<ul>
<li>งานขายและบริการลูกค้า</li><li>งานติดตั้งและบำรุงรักษาโครงข่าย</li>
<li>งานบริหารทั่วไป (พัสดุ การเงิน ทรัพยากรบุคคล)</li><li>งานลูกค้าองค์กรและภาครัฐ</li></ul></li></ul>
<p>สังกัด ส่วนขายและบริการลูกค้าจังหวัดสกลนคร ฝ่ายขายและบริการลูกค้าภาคตะวันออกเฉียงเหนือ</p>
<h3>อำนาจหน้าที่</h3><ol><li>ให้บริการโทรคมนาคม อินเทอร์เน็ต และบริการดิจิทัลแก่ประชาชนในเขตอำเภอดงเค็งและอำเภอใกล้เคียง
ตามวัตถุประสงค์ของบริษัทตามพระราชบัญญัติบริษัทมหาชนจำกัด และมติคณะรัฐมนตรีเรื่องการควบรวมกิจการ</li>
<li>ติดตั้ง บำรุงรักษา และแก้ไขเหตุเสียของโครงข่ายในพื้นที่</li><li>รับชำระค่าบริการและรับเรื่องร้องเรียน</li>
<li>ดูแลทรัพย์สินโครงข่ายของบริษัทในพื้นที่</li></ol>""", "เกี่ยวกับสาขา")
put(art(3), "คณะผู้บริหารสาขา", """
<table border="1"><tr><td><img src="/images/staff/m1.jpg" alt="ผู้จัดการสาขา"></td><td>นายธีรวัฒน์ ศรีสุขวงศ์<br>ผู้จัดการสาขาบ้านดงเค็ง<br>โทร 0 4297 1100</td></tr>
<tr><td><img src="/images/staff/m2.jpg" alt="หัวหน้างานขาย"></td><td>นางกาญจนา พลหาญ<br>หัวหน้างานขายและบริการลูกค้า<br>โทร 0 4297 1101</td></tr>
<tr><td><img src="/images/staff/m3.jpg" alt="หัวหน้างานโครงข่าย"></td><td>นายอนุชา ไชยมงคล<br>หัวหน้างานติดตั้งและบำรุงรักษาโครงข่าย<br>โทร 0 4297 1102</td></tr>
<tr><td><img src="/images/staff/m4.jpg" alt="หัวหน้างานบริหาร"></td><td>นางสาวรัชนี ภูผาลา<br>หัวหน้างานบริหารทั่วไป<br>โทร 0 4297 1103</td></tr></table>""",
    "ผู้บริหาร")
put(art(4), "ติดต่อสาขา", """
<p>ที่อยู่: 219 หมู่ 5 ถนนดงเค็ง-นาหว้า ตำบลดงเค็ง อำเภอดงเค็ง จังหวัดสกลนคร 47290</p>
<p>โทรศัพท์ 0 4297 1188 โทรสาร 0 4297 1189 Call Center 1888</p>
<p>อีเมล: dongkheng.branch@example-nt.test</p>
<p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>
<p><a href="https://maps.example.test/?q=nt+dongkheng">แผนที่ Google Maps</a></p>
<h3>สอบถามข้อมูล</h3><form action="/index.php?option=com_contact" method="post">ชื่อ <input name="name"> อีเมล <input name="email">
ข้อความ <textarea name="msg"></textarea> <button>ส่ง</button></form>""", "ติดต่อเรา")
put(art(5), "ประวัติสาขา", "<p>เปิดให้บริการเมื่อปี พ.ศ. ๒๕๓๑ ในชื่อชุมสายโทรศัพท์ดงเค็ง "
    "และเปลี่ยนเป็นสาขาของบริษัท โทรคมนาคมแห่งชาติ จำกัด (มหาชน) เมื่อ ๗ มกราคม ๒๕๖๔</p>", "เกี่ยวกับสาขา")
put(art(6), "คำถามที่พบบ่อย", "<p>ถาม: ชำระค่าบริการได้ที่ใด ตอบ: ศูนย์บริการสาขา แอปพลิเคชัน หรือเคาน์เตอร์เซอร์วิส</p>"
    "<p>ถาม: แจ้งเหตุเสียอย่างไร ตอบ: โทร 1888 หรือ E-Service ของสาขา</p>", "เกี่ยวกับสาขา")
put(art(21), "บริการออนไลน์ (E-Service)", """
<p>ยื่นคำขอใช้บริการผ่านเว็บไซต์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>
<form action="/index.php?option=com_eservice&task=submit" method="post">
ประเภทคำขอ <select name="type"><option>ขอติดตั้งอินเทอร์เน็ต</option><option>แจ้งเหตุเสีย</option>
<option>ขอย้ายที่ติดตั้ง</option></select> ชื่อ-สกุล <input name="name"> เบอร์โทร <input name="tel">
ที่อยู่ติดตั้ง <textarea name="addr"></textarea> <button>ยื่นคำขอ</button></form>""", "บริการออนไลน์")
put(art(60), "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """
<p>ท่านสามารถแจ้งเบาะแสการทุจริตหรือประพฤติมิชอบของพนักงานสาขาได้ทางแบบฟอร์มนี้ ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>
<form action="/index.php?option=com_complaint&task=send" method="post">
ชื่อผู้แจ้ง (ไม่ระบุได้) <input name="name"> เรื่องที่ร้องเรียน <input name="subject">
รายละเอียด <textarea name="detail"></textarea> แนบไฟล์ <input type="file" name="f"> <button>ส่งเรื่อง</button></form>
<p>หรือ ตู้ ปณ. 12 ปณ.ดงเค็ง 47290 / โทร 0 4297 1100 (ผู้จัดการสาขา)</p>""", "ร้องเรียน")

# ------------------------------------------------------------------ downloads
put(cat(14), "ดาวน์โหลดเอกสาร", "<ul>" + "".join(f"<li>{a(cat(n), t)}</li>" for n, t in [
    (15, "แผนงานและรายงาน"), (16, "บุคลากร"), (17, "คู่มือ"), (18, "ธรรมาภิบาลและต่อต้านการทุจริต")]) + "</ul>",
    "ดาวน์โหลด")
put(cat(15), "แผนงานและรายงาน", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for u, t in [
    (dl(11), "แผนปฏิบัติการประจำปี ๒๕๖๘"), (dl(10), "แผนปฏิบัติการประจำปี 2567"),
    (dl(12), "รายงานความก้าวหน้าการดำเนินงาน รอบ 6 เดือน"), ("/viewer.php?doc=annual", "รายงานประจำปี (E-Book)"),
    (dl(3), "แผนยุทธศาสตร์สาขา"), (dl(4), "รายงานการประเมินผลแผนยุทธศาสตร์"), (dl(20), "สถิติการให้บริการลูกค้า")]) + "</ul>",
    "ดาวน์โหลด")
put(cat(16), "บุคลากร", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for u, t in [
    (dl(41), "แผนพัฒนาบุคลากร ปี 2568 (ร่าง)"), (dl(40), "แผนพัฒนาบุคลากร"),
    (dl(42), "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล")]) + "</ul>", "ดาวน์โหลด")
put(cat(17), "คู่มือ", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for u, t in [
    ("/images/doc/6102.pdf", "คู่มือการปฏิบัติงานช่างติดตั้ง"), ("/images/doc/6118.pdf", "คู่มือสำหรับประชาชน"),
    ("/images/doc/6125.pdf", "คู่มือการให้บริการลูกค้า")]) + "</ul>", "ดาวน์โหลด")
put(cat(18), "ธรรมาภิบาลและต่อต้านการทุจริต", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for u, t in [
    ("/images/doc/5980.pdf", "ประมวลจริยธรรม"), ("/images/doc/6001.pdf", "แนวปฏิบัติเรื่องร้องเรียน"),
    (dl(60), "No Gift Policy"), ("/images/doc/7715.pdf", "No Gift Policy 2568"),
    (dl(70), "ประเมินความเสี่ยงการทุจริต 2568"), ("/viewer.php?doc=acp", "แผนป้องกันการทุจริต (E-Book)"),
    (dl(81), "เชิญประชุมจัดทำแผนป้องกันการทุจริต 2568")]) + "</ul>", "ดาวน์โหลด")

SKR = [(21, "ตุลาคม 2567"), (22, "พฤศจิกายน 2567"), (23, "ธันวาคม 2567"), (24, "มกราคม 2568"), (26, "มีนาคม 2568")]
put(cat(12), "จัดซื้อจัดจ้าง", "<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ 2568</h3><ul>"
    + "".join(f"<li>{a(dl(n), 'สขร.1 เดือน' + m)}</li>" for n, m in SKR)
    + f"</ul><h3>รายงานประจำปี</h3><ul><li>{a(dl(30), 'รายงานผลการจัดซื้อจัดจ้าง ประจำปี')}</li></ul>"
    + f"<h3>ประกาศ</h3><ul><li>{a(art(112), 'ประกาศผู้ชนะ จ้างจัดพิมพ์รายงานประจำปี 2567')}</li></ul>", "จัดซื้อจัดจ้าง")

# ------------------------------------------------------------------ viewers
put("/viewer.php?doc=annual", "รายงานประจำปี (E-Book)",
    '<iframe src="https://flipbook.example.test/nt-dongkheng/annual" width="800" height="560"></iframe>'
    f'<p>{a("/images/doc/7730.pdf", "ดาวน์โหลดไฟล์ PDF")}</p>', "E-Book")
put("/viewer.php?doc=acp", "แผนปฏิบัติการป้องกันการทุจริต (E-Book)",
    '<iframe src="https://drive.example.test/file/d/1xQpAcp/preview" width="800" height="560"></iframe>'
    f'<p>{a("/images/doc/6890.pdf", "ดาวน์โหลด")}</p>', "E-Book")

# ------------------------------------------------------------------ ITA 2568: a hub and five group pages
GROUPS = [
    (51, "ข้อมูลพื้นฐาน (O1 - O4)", [
        ("O1", "โครงสร้าง อำนาจหน้าที่", art(2)), ("O2", "ผู้บริหาร", art(3)), ("O3", "ติดต่อสาขา", art(4)),
        ("O4", "ข่าวประชาสัมพันธ์", cat(8))]),
    (52, "การบริหารงานและงบประมาณ (O5 - O11)", [
        ("O5", "แผนยุทธศาสตร์สาขา", dl(3)), ("O6", "แผนปฏิบัติการและความก้าวหน้า", cat(15)),
        ("O7", "รายงานประจำปี", "/viewer.php?doc=annual"), ("O8", "คู่มือปฏิบัติงาน", "/images/doc/6102.pdf"),
        ("O9", "คู่มือบริการ", cat(17)), ("O10", "E-Service", art(21)), ("O11", "สถิติการให้บริการ", dl(20))]),
    (53, "จัดซื้อจัดจ้างและบุคลากร (O12 - O15)", [
        ("O12", "สขร.1 รายเดือน", cat(12)), ("O13", "สรุปจัดซื้อจัดจ้างประจำปี", dl(30)),
        ("O14", "แผนพัฒนาบุคลากร", cat(16)), ("O15", "รายงานผลพัฒนาบุคลากร", dl(42))]),
    (54, "จริยธรรมและเรื่องร้องเรียน (O16 - O20)", [
        ("O16", "ประมวลจริยธรรม / กิจกรรม", "/images/doc/5980.pdf"), ("O17", "แนวปฏิบัติเรื่องร้องเรียน", "/images/doc/6001.pdf"),
        ("O18", "ช่องทางร้องเรียนทุจริต", art(60)), ("O19", "สถิติเรื่องร้องเรียน", dl(50)),
        ("O20", "การมีส่วนร่วม", art(116))]),
    (55, "ป้องกันการทุจริต (O21 - O26)", [
        ("O21", "No Gift Policy", dl(60)), ("O22", "รายงานการรับของขวัญ", dl(8)),
        ("O23", "ประเมินความเสี่ยงทุจริต", dl(70)), ("O24", "รายงานผลจัดการความเสี่ยง", "/images/doc/7302.pdf"),
        ("O25", "แผนป้องกันทุจริต", "/viewer.php?doc=acp"), ("O26", "รายงานผลป้องกันทุจริต", "/old/ita-2566/")]),
]
for gid, gtitle, rows in GROUPS:
    body = table([("ข้อ", "รายการ", "ลิงก์")] + [(c, t, a(u, "คลิก")) for c, t, u in rows])
    put(art(gid), f"OIT 2568 : {gtitle}", body + f"<p>{a(art(50), '« กลับหน้ารวม ITA 2568')}</p>", "ITA 2568")
put(art(50), "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568",
    "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568</p><ol>"
    + "".join(f"<li>{a(art(g), t)}</li>" for g, t, _ in GROUPS)
    + f"</ol><p>ปีอื่น: {a(art(45), '2567')} | {a('/old/ita-2566/', '2566')}</p>", "ITA 2568")
put(art(45), "ITA 2567 (ข้อมูลปีที่แล้ว)", table([("ข้อ", "รายการ", "ลิงก์")] + [
    ("O6", "แผนปฏิบัติการ 2567", a(dl(10), "คลิก")), ("O6", "ความก้าวหน้า 6 เดือน", a(dl(12), "คลิก")),
    ("O11", "สถิติบริการ", a(dl(20), "คลิก")), ("O14", "แผนพัฒนาบุคลากร 2567", a(dl(40), "คลิก")),
    ("O25", "แผนป้องกันทุจริต 2567", a("/images/doc/6890.pdf", "คลิก"))]), "ITA 2567")

# ------------------------------------------------------------------ the old WordPress copy
OLD = """<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{t} | NT ดงเค็ง</title></head>
<body><header><h1>NT สาขาบ้านดงเค็ง (เว็บไซต์เดิม)</h1><nav><a href="/old/">หน้าแรก</a> <a href="/old/ita-2566/">ITA</a>
<a href="/">เว็บไซต์ใหม่</a></nav></header><aside><p>เว็บไซต์นี้ย้ายไปยังระบบใหม่แล้ว</p></aside>
<main><h2>{t}</h2>{b}</main><footer>© 2566 NT สาขาบ้านดงเค็ง โทร 0 4297 1188</footer></body></html>
"""
OLDPAGES = {
    "/old/": ("เว็บไซต์เดิม", '<p>ข่าวล่าสุด: <a href="/old/news-2566-12/">ส่งมอบโครงข่ายหมู่บ้าน ธันวาคม 2566</a></p>'),
    "/old/news-2566-12/": ("ส่งมอบโครงข่ายหมู่บ้าน", "<p>15 ธันวาคม 2566 สาขาส่งมอบโครงข่ายอินเทอร์เน็ตหมู่บ้าน 4 แห่ง</p>"),
    "/old/ita-2566/": ("ITA 2566 ข้อมูลสาธารณะ", '<ul><li><a href="/old/wp-content/uploads/2023/11/acrep2566.xls">'
                       "รายงานผลการดำเนินการป้องกันการทุจริต</a></li>"
                       '<li><a href="/old/wp-content/uploads/2023/10/gift2566.pdf">รายงานการรับของขวัญ</a></li></ul>'),
}


def write_all(site: str) -> None:
    from urllib.parse import urlsplit

    for url, text in PAGES.items():
        parts = urlsplit(url)
        if parts.query:
            folder = os.path.join(site, parts.path.lstrip("/") + ".q", _query_name(parts.query))
        else:
            folder = os.path.join(site, parts.path.lstrip("/"))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as f:
            f.write(text)
    for url, (t, b) in OLDPAGES.items():
        folder = os.path.join(site, url.lstrip("/"))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as f:
            f.write(OLD.format(t=t, b=b))
    from PIL import Image

    for img in ("org/chart2568.png", "staff/m1.jpg", "staff/m2.jpg", "staff/m3.jpg", "staff/m4.jpg",
                "banner/ita2568.png"):
        path = os.path.join(site, "images", img)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        Image.new("RGB", (60, 40), (30, 80, 160)).save(path, format="PNG" if img.endswith("png") else "JPEG")
    home = page("หน้าแรก", "<h3>ข่าวล่าสุด</h3><ul>" + "".join(
        f"<li>{a(art(n), t)} ({dt})</li>" for n, dt, t, _ in NEWS[:5]) + "</ul>"
        f'<p><a href="{html.escape(art(50))}"><img src="/images/banner/ita2568.png" alt="ITA 2568"></a></p>')
    with open(os.path.join(site, "index.html"), "w", encoding="utf-8") as f:
        f.write(home)


if __name__ == "__main__":
    write_all(HERE)
