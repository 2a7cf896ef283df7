"""Generate the pages of the "bpp" test site (กองกำกับการตำรวจตระเวนชายแดนที่ 47, invented).

Run after _make_docs.py:  python tests/sites/bpp/_make_pages.py

A Joomla-like CMS: every page is /index.php?option=...&id=N (static copies under
index.php.q/<query>/index.html, as crawler/serve.py serves them), documents come through
/download.php?id=N and a few through a viewer page (/viewer.php?file=N: a flipbook or a Google
Drive frame, with a direct download beside it).  The ITA 2569 page is split into one page per
sub-indicator group with a year selector; dates and item numbers are in Thai digits.  The old
static site of before 2568 is still online under /old/ (linked from the side column) with last
year's ITA page.
"""

from __future__ import annotations

import html
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from _make_docs import DOCS, ORG, SHORT  # noqa: E402

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s: str) -> str:
    return s.translate(TH)


def art(i: int) -> str:
    return f"/index.php?option=com_content&view=article&id={i}"


def cat(i: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&view=category&id={i}" + (f"&limitstart={start}" if start else "")


def docman(gid: int = 0) -> str:
    return "/index.php?option=com_docman" + (f"&task=cat_view&gid={gid}" if gid else "")


def dl(i: int) -> str:
    return f"/download.php?id={i}"


def viewer(i: int) -> str:
    return f"/viewer.php?file={i}"


def a(url: str, text: str) -> str:
    return f'<a href="{html.escape(url)}">{text}</a>'


PAGES: dict[str, tuple[str, str]] = {}  # url -> (title, body)


def page(url: str, title: str, body: str) -> None:
    PAGES[url] = (title, body)


MENU = [("/", "หน้าแรก"), (art(2), "ประวัติหน่วย"), (art(3), "โครงสร้างและอำนาจหน้าที่"), (art(4), "ผู้บังคับบัญชา"),
        (cat(8), "ข่าวประชาสัมพันธ์"), (docman(), "ดาวน์โหลดเอกสาร"), (art(200), "ITA"), (art(6), "E-Service"),
        (art(7), "แจ้งร้องเรียนการทุจริต"), (cat(15), "ถาม-ตอบ"), (art(5), "ติดต่อเรา")]


def frame(title: str, body: str) -> str:
    menu = "".join(f"<li>{a(u, t)}</li>" for u, t in MENU)
    side = (
        '<div class="card"><img src="/images/boss.jpg" alt="ผกก."><p>พ.ต.อ.ธีรวัฒน์ ศรีคำภา<br>ผู้กำกับการ กก.ตชด.47</p></div>'
        '<h4>ลิงก์ด่วน</h4><ul>'
        f'<li>{a(docman(2), "ประกาศจัดซื้อจัดจ้าง")}</li><li>{a(art(200), "การประเมิน ITA 2569")}</li>'
        f'<li>{a("/old/", "เว็บไซต์เดิม (ก่อน 2568)")}</li>'
        '<li><a href="https://www.bpp.go.th.example/">กองบัญชาการตำรวจตระเวนชายแดน</a></li>'
        '<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li></ul>'
        '<p class="counter">ผู้เข้าชม ๑๒๔,๐๘๗</p>')
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} - {ORG}</title>
<link rel="stylesheet" href="/templates/bpp47/css/template.css"></head>
<body><div id="top"><div class="logo">{ORG}<br><small>Border Patrol Police Sub-Division 47</small></div>
<ul class="nav">{menu}</ul></div>
<div id="wrap"><div id="main"><h2>{title}</h2>
{body}
</div><div id="side">{side}</div></div>
<div id="footer">{ORG} {SHORT} ค่ายเวียงผาแดน ต.ผาแดงหลวง อ.ปางมะผ้า จ.แม่ฮ่องสอน 58150 โทร ๐ ๕๓๖๙ ๔๔๗๑
<br>Powered by Joomla! &copy; 2568</div></body></html>
"""


def old_frame(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title}</title></head>
<body bgcolor="#f4f1e0"><table width="900" align="center"><tr><td colspan="2">
<b>{ORG}</b> (เว็บไซต์เดิม - ไม่มีการปรับปรุงข้อมูลแล้ว) | <a href="/old/">หน้าหลัก</a> | <a href="/old/news/">ข่าว</a>
| <a href="/old/ita2568/">ITA 2568</a> | <a href="/">เว็บไซต์ใหม่</a></td></tr>
<tr><td width="180" valign="top"><a href="/old/">หน้าหลัก</a><br><a href="/old/news/">ข่าวสาร</a><br>
<a href="/old/ita2568/">ITA 2568</a></td><td valign="top"><h3>{title}</h3>{body}</td></tr>
<tr><td colspan="2"><small>กก.ตชด.47 อ.ปางมะผ้า จ.แม่ฮ่องสอน</small></td></tr></table></body></html>
"""


def doc_link(i: int, text: str | None = None) -> str:
    return a(dl(i), text or DOCS[i][2])


# ---------------------------------------------------------------- about

page("/", "หน้าแรก", f"""
<div class="banner">ตำรวจตระเวนชายแดน ผู้พิทักษ์ชายแดน ทุกพื้นที่ ทุกเวลา</div>
<h3>ข่าวล่าสุด</h3><ul>
<li>{a(art(114), "กก.ตชด.47 มอบทุนการศึกษาแก่นักเรียนโรงเรียน ตชด. ๑๔ แห่ง")} ({th("8 เม.ย. 2569")})</li>
<li>{a(art(113), "ฝึกทบทวนยุทธวิธีพื้นที่สูง ประจำปี ๒๕๖๙")} ({th("20 มี.ค. 2569")})</li>
<li>{a(art(110), "ตชด.ประชารัฐ รับฟังความคิดเห็นราษฎรหมู่บ้านชายแดน")} ({th("19 ก.พ. 2569")})</li>
</ul><p>{a(cat(8), "ข่าวทั้งหมด")}</p>
<h3>ITA</h3><p>{a(art(200), "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ปี ๒๕๖๙")}</p>
""")

page(art(2), "ประวัติหน่วย", """
<p>กองกำกับการตำรวจตระเวนชายแดนที่ ๔๗ ตั้งขึ้นเมื่อ พ.ศ. ๒๕๒๑ ที่บ้านผาแดงหลวง รับผิดชอบพื้นที่ชายแดนไทย - เมียนมา
ในเขตอำเภอปางมะผ้าและอำเภอปาย ต่อมาย้ายที่ตั้งมายังค่ายเวียงผาแดนในปัจจุบัน</p>
<p>ปัจจุบันมีกองร้อยตำรวจตระเวนชายแดน ๕ กองร้อย (กองร้อย ตชด.๔๗๑ - ๔๗๕) และโรงเรียนตำรวจตระเวนชายแดนในความดูแล ๑๔ แห่ง</p>
""")

page(art(3), "โครงสร้างและอำนาจหน้าที่", """
<img src="/images/chart47.png" alt="แผนผังโครงสร้าง กก.ตชด.47" width="40">
<h3>โครงสร้างหน่วย</h3>
<ul><li>ผู้กำกับการ (ผกก.ตชด.๔๗)
 <ul><li>รองผู้กำกับการ ๒ นาย</li>
 <li>ฝ่ายอำนวยการ (งานธุรการ กำลังพล งบประมาณ พัสดุ)</li>
 <li>ฝ่ายยุทธการและการข่าว</li><li>ฝ่ายกิจการพิเศษ (โรงเรียน ตชด. และโครงการตามพระราชดำริ)</li>
 <li>ฝ่ายส่งกำลังบำรุง</li>
 <li>กองร้อยตำรวจตระเวนชายแดนที่ ๔๗๑ - ๔๗๕</li></ul></li></ul>
<h3>อำนาจหน้าที่</h3>
<p>ตามพระราชกฤษฎีกาแบ่งส่วนราชการสำนักงานตำรวจแห่งชาติ และกฎ ก.ตร. กองกำกับการตำรวจตระเวนชายแดนมีอำนาจหน้าที่โดยสรุป ดังนี้</p>
<ol><li>รักษาความมั่นคงและความสงบเรียบร้อยตามแนวชายแดนในพื้นที่รับผิดชอบ</li>
<li>ป้องกันและปราบปรามการลักลอบนำเข้ายาเสพติด อาวุธ และการค้ามนุษย์ตามแนวชายแดน</li>
<li>พัฒนาการศึกษาและคุณภาพชีวิตประชาชนในถิ่นทุรกันดาร ผ่านโรงเรียนตำรวจตระเวนชายแดน</li>
<li>ดำเนินโครงการตามพระราชดำริและโครงการอันเนื่องมาจากพระราชดำริ</li>
<li>ช่วยเหลือผู้ประสบภัยและสนับสนุนหน่วยงานอื่นตามที่ได้รับมอบหมาย</li></ol>
""")

page(art(4), "ผู้บังคับบัญชา", """
<table class="boss"><tr><td><img src="/images/boss.jpg" alt=""><br>พันตำรวจเอก ธีรวัฒน์ ศรีคำภา<br>ผู้กำกับการ กก.ตชด.๔๗<br>โทร ๐๘ ๙๔๑๗ ๓๐๒๕</td>
<td><img src="/images/dep1.jpg" alt=""><br>พันตำรวจโท อนุชา แก้วประเสริฐ<br>รองผู้กำกับการ<br>โทร ๐๘ ๖๒๔๐ ๑๑๗๘</td>
<td><img src="/images/dep2.jpg" alt=""><br>พันตำรวจโท ณัฐพล มั่นคงดี<br>รองผู้กำกับการ<br>โทร ๐๘ ๑๕๓๒ ๙๙๐๔</td></tr></table>
""")

page(art(5), "ติดต่อเรา", f"""
<p>{ORG} ค่ายเวียงผาแดน เลขที่ ๑๒๓ หมู่ ๗ ตำบลผาแดงหลวง อำเภอปางมะผ้า จังหวัดแม่ฮ่องสอน ๕๘๑๕๐</p>
<p>โทรศัพท์ ๐ ๕๓๖๙ ๔๔๗๑ โทรสาร ๐ ๕๓๖๙ ๔๔๗๒ อีเมล saraban.bpp47@police.go.th.example</p>
<p>แผนที่: <a href="https://maps.google.com/?q=19.5230,98.2410">Google Maps</a></p>
<p>สอบถามข้อมูล: {a(cat(15), "กระดานถาม-ตอบ")}</p>
""")

page(cat(15), "กระดานถาม-ตอบ (Q&amp;A)", f"""
<form action="/index.php?option=com_content&amp;task=ask" method="post">ชื่อ <input name="name"> คำถาม <textarea name="q"></textarea>
<button>ส่งคำถาม</button></form>
<ul><li>{a(art(61), "ขอเข้าเยี่ยมชมโรงเรียน ตชด.บ้านห้วยเฮี้ย ต้องทำอย่างไร")} ({th("12 ก.พ. 2569")})</li>
<li>{a(art(60), "รับสมัครครู ตชด. อาสาหรือไม่")} ({th("4 ธ.ค. 2568")})</li></ul>
""")
page(art(60), "รับสมัครครู ตชด. อาสาหรือไม่", "<p>ถาม: ปีนี้รับครูอาสาสอนโรงเรียน ตชด. หรือไม่ (คุณวราภรณ์)</p>"
     "<p>ตอบ: กก.ตชด.๔๗ เปิดรับอาสาสมัครช่วงภาคเรียนที่ ๑ โปรดติดตามประกาศ ฝ่ายกิจการพิเศษ (ตอบ ๕ ธ.ค. ๒๕๖๘)</p>")
page(art(61), "ขอเข้าเยี่ยมชมโรงเรียน ตชด.", "<p>ถาม: ต้องการพานักศึกษาเยี่ยมชมโรงเรียน ตชด. (คุณปกรณ์)</p>"
     f"<p>ตอบ: ยื่นคำขอผ่าน {a(art(6), 'E-Service')} ล่วงหน้า ๗ วัน ตามคู่มือสำหรับประชาชน (ตอบ ๑๓ ก.พ. ๒๕๖๙)</p>")

page(art(6), "E-Service ระบบบริการออนไลน์", f"""
<p>ยื่นคำขอรับการสนับสนุนวิทยากร / ขอเยี่ยมชมโรงเรียน ตชด. ผ่านระบบออนไลน์</p>
<form action="https://docs.google.com/forms/d/e/1FAIpQLSbpp47eservice/formResponse" method="post">
ชื่อ-สกุล <input name="entry.1"> หน่วยงาน <input name="entry.2"> เรื่องที่ขอรับบริการ <select name="entry.3">
<option>ขอวิทยากร</option><option>ขอเยี่ยมชมโรงเรียน ตชด.</option></select> วันที่ต้องการ <input type="date" name="entry.4">
โทรศัพท์ <input name="entry.5"><button>ส่งคำขอ</button></form>
<p>{doc_link(16, "สถิติการให้บริการ ปีงบประมาณ ๒๕๖๙ (ต.ค. ๖๘ - มี.ค. ๖๙)")} | {doc_link(15, "คู่มือสำหรับประชาชน")}</p>
""")

page(art(7), "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"""
<p>แจ้งเบาะแสการทุจริตหรือการประพฤติมิชอบของข้าราชการตำรวจในสังกัด ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>
<form action="/index.php?option=com_content&amp;task=complaint" method="post" enctype="multipart/form-data">
ชื่อผู้แจ้ง (ไม่ระบุก็ได้) <input name="name"> เรื่องที่ร้องเรียน <input name="subject">
รายละเอียด <textarea name="detail"></textarea> หลักฐาน <input type="file" name="file"><button>ส่งเรื่อง</button></form>
<p>ช่องทางอื่น: โทร ๐ ๕๓๖๙ ๔๔๗๑ | สายด่วน ๑๕๙๙ | <a href="https://www.nacc.go.th/">ป.ป.ช.</a> | {doc_link(35, "คู่มือการจัดการเรื่องร้องเรียน")}</p>
""")

# ---------------------------------------------------------------- news (FY2569, Thai digits)

NEWS = [
    (114, "8 เม.ย. 2569", "กก.ตชด.47 มอบทุนการศึกษาแก่นักเรียนโรงเรียน ตชด. 14 แห่ง",
     "ผกก.ตชด.47 มอบทุนการศึกษา 140 ทุน แก่นักเรียนโรงเรียนตำรวจตระเวนชายแดนในความดูแล", []),
    (113, "20 มี.ค. 2569", "ฝึกทบทวนยุทธวิธีพื้นที่สูง ประจำปี 2569",
     "กำลังพล 412 นาย เข้ารับการฝึกทบทวนยุทธวิธีพื้นที่สูง ณ ฐานปฏิบัติการดอยผาแดง ระหว่าง 2 - 20 มี.ค. 2569", []),
    (112, "15 ม.ค. 2569", "กก.ตชด.47 เผยแพร่รายงานผลการปฏิบัติราชการประจำปี",
     "ฝ่ายอำนวยการเผยแพร่รายงานผลการปฏิบัติราชการประจำปี เพื่อให้ประชาชนได้รับทราบ รายละเอียดตามเอกสารแนบ", [12]),
    (111, "26 ก.พ. 2569", "ลาดตระเวนร่วมฝ่ายปกครองสกัดกั้นยาเสพติดบ้านห้วยผึ้ง",
     "ชุดลาดตระเวนกองร้อย ตชด.473 ตรวจยึดยาบ้า 12,000 เม็ด บริเวณช่องทางธรรมชาติบ้านห้วยผึ้ง", []),
    (110, "19 ก.พ. 2569", "ตชด.ประชารัฐ รับฟังความคิดเห็นราษฎรหมู่บ้านชายแดน",
     "กก.ตชด.47 จัดเวทีการมีส่วนร่วมของประชาชน รับฟังความคิดเห็นราษฎร 9 หมู่บ้านชายแดน เมื่อ 10 - 18 ก.พ. 2569 "
     "ผู้เข้าร่วม 486 คน ราษฎรเสนอปัญหาถนนขาดในฤดูฝนและการขาดครูในโรงเรียน ตชด. 2 แห่ง "
     "กก.ตชด.47 นำข้อเสนอบรรจุในแผนการลาดตระเวนและการจัดครูปีการศึกษา 2569 และแจ้งผลให้ผู้ใหญ่บ้านทราบแล้ว", []),
    (109, "30 ม.ค. 2569", "ประชุมคณะกรรมการสถานศึกษาโรงเรียน ตชด. ภาคเรียนที่ 2",
     "ผู้แทน กก.ตชด.47 ร่วมประชุมคณะกรรมการสถานศึกษา 14 โรงเรียน", []),
    (108, "17 ธ.ค. 2568", "อบรมเสริมสร้างวินัยและจริยธรรมข้าราชการตำรวจ ขับเคลื่อนประมวลจริยธรรม",
     "กก.ตชด.47 จัดอบรมการขับเคลื่อนจริยธรรมตามประมวลจริยธรรมข้าราชการตำรวจ ผู้เข้าร่วม 236 นาย "
     "ทบทวน Do's & Don'ts และหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา", [34]),
    (107, "5 ธ.ค. 2568", "กิจกรรมวันพ่อแห่งชาติ ปลูกต้นไม้ริมแนวชายแดน", "กำลังพลและราษฎรร่วมปลูกต้นไม้ 999 ต้น", []),
    (106, "20 พ.ย. 2568", "ตรวจเยี่ยมฐานปฏิบัติการกองร้อย ตชด.475", "ผกก.ตชด.47 ตรวจเยี่ยมให้กำลังใจกำลังพลฐานปฏิบัติการห้วยแห้ง", []),
    (105, "7 ต.ค. 2568", "ผกก.ตชด.47 ประกาศเจตจำนงสุจริตในการบริหารงาน ปีงบประมาณ 2569",
     "ผู้กำกับการประกาศเจตจำนงสุจริตต่อหน้ากำลังพล รายละเอียดตามเอกสารแนบ", [39]),
    (104, "3 ต.ค. 2568", "เชิญประชุมคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต", "ขอเชิญคณะทำงานเข้าร่วมประชุม ตามหนังสือแนบ", [44]),
    (103, "12 ส.ค. 2568", "กิจกรรมวันแม่แห่งชาติ โรงเรียน ตชด.บ้านห้วยเฮี้ย", "ครู ตชด. จัดกิจกรรมวันแม่ร่วมกับผู้ปกครอง", []),
    (102, "2 ก.ค. 2568", "มอบเครื่องนอนกันหนาวล่วงหน้าแก่ราษฎร", "มอบผ้าห่ม 600 ผืนแก่ราษฎรบนพื้นที่สูง", []),
    (101, "10 พ.ค. 2568", "เปิดภาคเรียนโรงเรียน ตชด. ปีการศึกษา 2568", "ครู ตชด. ต้อนรับนักเรียนใหม่ 212 คน", []),
]


def news_list(items) -> str:
    return "<ul class=\"blog\">" + "".join(
        f"<li>{a(art(i), th(t))} <span class=\"date\">{th(dt)}</span></li>" for i, dt, t, _b, _f in items) + "</ul>"


page(cat(8), "ข่าวประชาสัมพันธ์", news_list(NEWS[:10]) + f'<p class="pagination">๑ | {a(cat(8, 10), "๒")} | {a(cat(8, 10), "ถัดไป")}</p>')
page(cat(8, 10), "ข่าวประชาสัมพันธ์ (หน้า ๒)", news_list(NEWS[10:]) + f'<p class="pagination">{a(cat(8), "๑")} | ๒</p>')
for _i, _dt, _t, _body, _files in NEWS:
    att = ""
    if _files:
        att = "<div class=\"attachments\"><b>ไฟล์แนบ</b><ul>" + "".join(
            f"<li>{a(dl(f), DOCS[f][1])} ({DOCS[f][2]})</li>" for f in _files) + "</ul></div>"
    page(art(_i), th(_t), f'<p class="date">เผยแพร่เมื่อ {th(_dt)} โดย ฝ่ายอำนวยการ</p><p>{th(_body)}</p>{att}'
         '<p><img src="/images/news.jpg" alt=""></p>')

# ---------------------------------------------------------------- documents (DOCman)

CATS = {
    1: ("แผนงานและรายงาน", [3, 5, 7, 9]),
    2: ("จัดซื้อจัดจ้าง", [26, 24, 23, 22, 21, 20, 27, 11]),
    3: ("บริหารงานบุคคล", [30, 31, 32]),
    4: ("คู่มือและมาตรฐาน", [14, 15, 35]),
    5: ("ป้องกันการทุจริต/คุณธรรม", [34, 38, 39, 40, 8, 42, 43, 45, 46, 36]),
}
page(docman(), "ดาวน์โหลดเอกสาร", "<ul>" + "".join(f"<li>{a(docman(g), n)} ({th(str(len(ids)))} ไฟล์)</li>"
                                                    for g, (n, ids) in CATS.items()) + "</ul>")
for _g, (_n, _ids) in CATS.items():
    rows = "".join(f"<tr><td>{DOCS[i][2]}</td><td>{th(DOCS[i][3].strftime('%d/%m/') + str(DOCS[i][3].year + 543))}</td>"
                   f"<td>{a(dl(i), 'ดาวน์โหลด')}</td></tr>" for i in _ids)
    page(docman(_g), f"ดาวน์โหลดเอกสาร : {_n}", f"<table><tr><th>เอกสาร</th><th>วันที่</th><th></th></tr>{rows}</table>")

# ---------------------------------------------------------------- viewer pages
page(viewer(3), "แผนปฏิบัติราชการ ระยะ 3 ปี", '<iframe src="https://online.fliphtml5.com/bpp47/plan3y/" width="100%" height="600"></iframe>'
     f'<p>{a(dl(3), "ดาวน์โหลดไฟล์ PDF")}</p>')
page(viewer(7), "แผนปฏิบัติราชการประจำปี", '<iframe src="https://online.fliphtml5.com/bpp47/opplan/" width="100%" height="600"></iframe>'
     f'<p>{a(dl(7), "ดาวน์โหลดไฟล์ PDF")}</p>')
page(viewer(38), "ประกาศนโยบาย No Gift Policy",
     '<iframe src="https://drive.google.com/file/d/1bPp47NoGiftXyZ/preview" width="100%" height="600"></iframe>'
     f'<p>{a(dl(38), "ดาวน์โหลด")}</p>')

# ---------------------------------------------------------------- ITA 2569, one page per group
GROUPS = [
    (201, "9.1 ข้อมูลพื้นฐาน", [("o1", "โครงสร้างหน่วย", art(3)), ("o2", "ผู้บังคับบัญชา", art(4)),
                                ("o3", "ติดต่อหน่วย / ถาม-ตอบ", art(5)), ("o4", "ข่าวประชาสัมพันธ์", cat(8))]),
    (202, "9.2 การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("o5", "แผนปฏิบัติราชการระยะยาว", viewer(3)), ("o6", "แผนปฏิบัติราชการประจำปี", viewer(7)),
        ("o7", "รายงานผลการปฏิบัติราชการ", art(112)), ("o8", "คู่มือการปฏิบัติงาน", dl(14)),
        ("o9", "คู่มือสำหรับประชาชน", dl(15)), ("o10", "E-Service", art(6))]),
    (203, "9.3 การจัดซื้อจัดจ้าง", [("o11", "สขร.1 รายเดือน", docman(2)), ("o12", "รายงานผลการจัดซื้อจัดจ้าง ปีงบ 68", dl(27))]),
    (204, "9.4 การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("o13", "หลักเกณฑ์ / นโยบายบริหารงานบุคคล", docman(3)), ("o14", "รายงานผลการบริหารงานบุคคล", dl(32)),
        ("o15", "ประมวลจริยธรรม / การขับเคลื่อน", dl(34))]),
    (205, "9.5 การส่งเสริมความโปร่งใส", [
        ("o16", "คู่มือเรื่องร้องเรียน", dl(35)), ("o17", "ช่องทางแจ้งร้องเรียน", art(7)),
        ("o18", "สถิติเรื่องร้องเรียน", dl(36)), ("o19", "การมีส่วนร่วม", art(110))]),
    (206, "10.1 การป้องกันการรับสินบน", [
        ("o20", "No Gift Policy", viewer(38)), ("o21", "ประเมินความเสี่ยงการทุจริต", dl(40)),
        ("o22", "ผลการจัดการความเสี่ยง", dl(8))]),
    (207, "10.2 การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("o23", "แผนป้องกันการทุจริต", dl(42)), ("o24", "ผลการป้องกันการทุจริต", None),
        ("o25", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", dl(45)), ("o26", "ผลตามมาตรการฯ", dl(46))]),
]
YEARS = f'<p class="years">เลือกปี : <b>๒๕๖๙</b> | {a("/old/ita2568/", "๒๕๖๘")}</p>'
page(art(200), "ITA ๒๕๖๙ การเปิดเผยข้อมูลสาธารณะ (OIT)", YEARS + "<ol>" + "".join(
    f"<li>{a(art(i), th(n))} ({th(rows[0][0])} - {th(rows[-1][0])})</li>" for i, n, rows in GROUPS) + "</ol>")
for _i, _n, _rows in GROUPS:
    body = "".join(f"<tr><td>{th(c)}</td><td>{t}</td><td>{a(u, 'คลิก') if u else 'อยู่ระหว่างจัดทำ'}</td></tr>"
                   for c, t, u in _rows)
    page(art(_i), f"ITA ๒๕๖๙ : {th(_n)}", YEARS + f"<table><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{body}</table>"
         f'<p>{a(art(200), "กลับหน้า ITA")}</p>')

# ---------------------------------------------------------------- the old static site (before 2568)
OLD: dict[str, tuple[str, str]] = {
    "/old/": ("กก.ตชด.47 (เว็บไซต์เดิม)", '<p>เว็บไซต์นี้ย้ายไปที่ <a href="/">เว็บไซต์ใหม่</a> แล้ว</p>'
              '<p><a href="/old/ita2568/">ITA 2568</a> | <a href="/old/news/">ข่าวเก่า</a></p>'),
    "/old/news/": ("ข่าวสาร (2568)", "<ul><li>24 ก.พ. 2568 ตชด.ประชารัฐ เวทีประชาคมรับฟังความคิดเห็นราษฎร 7 หมู่บ้าน "
                   "ผู้เข้าร่วม 352 คน</li><li>2 ต.ค. 2567 ผกก. ประกาศนโยบาย No Gift Policy ปีงบประมาณ 2568</li>"
                   "<li>15 ม.ค. 2568 ฝึกทบทวนยุทธวิธี ประจำปี 2568</li></ul>"),
    "/old/ita2568/": ("ITA 2568 การเปิดเผยข้อมูลสาธารณะ", "<table><tr><th>ข้อ</th><th>ข้อมูล</th></tr>"
                      f'<tr><td>O11</td><td>{a(dl(20), "สขร.1 (ก.ย. 2568)")}</td></tr>'
                      f'<tr><td>O13</td><td>{a(dl(31), "นโยบายการบริหารทรัพยากรบุคคล")}</td></tr>'
                      f'<tr><td>O21</td><td><a href="/old/files/ita68_o21.pdf">การประเมินความเสี่ยงการทุจริต ปี 2568</a></td></tr>'
                      f'<tr><td>O22</td><td>{a(dl(38), "ประกาศ No Gift Policy 2568")}</td></tr>'
                      '<tr><td>O24</td><td><a href="/old/files/ita68_o24.pdf">รายงานผลการดำเนินการป้องกันการทุจริต</a></td></tr>'
                      f'<tr><td>O36</td><td>{a(dl(45), "การวิเคราะห์ผล ITA 2567")}</td></tr></table>'),
}


def out_path(url: str) -> str:
    if "?" in url:
        path, query = url.split("?", 1)
        return os.path.join(HERE, path.lstrip("/") + ".q", query, "index.html")
    return os.path.join(HERE, url.lstrip("/"), "index.html")


CSS = "body{font-family:Tahoma,sans-serif;margin:0}#top{background:#2f4f2f;color:#fff}.nav li{display:inline;margin:0 6px}" \
      "#wrap{display:flex}#main{flex:3;padding:12px}#side{flex:1;background:#eee;padding:8px}#footer{background:#333;color:#ccc}"


def assets() -> None:
    """The template's stylesheet and the few pictures every page shows (tiny, fixed bytes)."""
    from PIL import Image

    os.makedirs(os.path.join(HERE, "templates", "bpp47", "css"), exist_ok=True)
    with open(os.path.join(HERE, "templates", "bpp47", "css", "template.css"), "w", encoding="utf-8") as f:
        f.write(CSS + "\n")
    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    for name, colour in (("boss.jpg", (90, 110, 80)), ("dep1.jpg", (80, 100, 90)), ("dep2.jpg", (100, 90, 80)),
                         ("news.jpg", (120, 140, 100)), ("chart47.png", (230, 230, 230))):
        Image.new("RGB", (40, 30), colour).save(os.path.join(HERE, "images", name))


def main() -> None:
    assets()
    for folder in ("index.php.q", "viewer.php.q", "old/news", "old/ita2568"):
        shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)
    for old_index in (os.path.join(HERE, "index.html"), os.path.join(HERE, "old", "index.html")):
        if os.path.exists(old_index):
            os.remove(old_index)
    for url, (title, body) in PAGES.items():
        path = out_path(url)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(frame(title, body))
    for url, (title, body) in OLD.items():
        path = out_path(url)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(old_frame(title, body))


if __name__ == "__main__":
    main()
