"""Generate the pages of the "library" test site (หอสมุดแห่งชาติ สาขาเขาสมอแคลง, invented).

Run after _make_docs.py:  python tests/sites/library/_make_pages.py

A Joomla-like CMS: every page is /index.php?option=com_content&view=article&id=<n> (or a category
list), kept as the static copy index.php.q/<query>/index.html (see crawler/serve.py); documents
go out through /download.php?id=<n>; two plans are shown in a flipbook viewer (/viewer.php?id=<n>)
with a direct download beside it.  The ITA page is split into one page per group of items, its
text in Thai digits.  The old static site (/old/) is still online after the move: last year's ITA
page and the anti-corruption plan live only there.
"""

from __future__ import annotations

import html
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))  # the repo root

from crawler.serve import _query_name  # noqa: E402
from tests.sites.library._make_docs import DOCS, ORG  # noqa: E402

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def art(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def cat(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&view=category&id={n}" + (f"&limitstart={start}" if start else "")


def dl(n: int) -> str:
    return f"/download.php?id={n}"


def a(url: str, text: str) -> str:
    return f'<a href="{html.escape(url)}">{text}</a>'


MENU = [("/", "หน้าแรก"), (art(2), "เกี่ยวกับเรา"), (art(3), "โครงสร้างและอำนาจหน้าที่"), (art(4), "ผู้บริหาร"),
        (art(6), "บริการ"), (art(8), "E-Service"), (cat(8), "ข่าวประชาสัมพันธ์"),
        ("/index.php?option=com_phocadownload&view=category&id=3", "ดาวน์โหลด"), (art(40), "ITA 2569"),
        (art(5), "ติดต่อเรา")]

SIDE = [(art(40), "การประเมิน ITA ปี 2569"), ("/old/ita2568/", "ITA ปี 2568 (เว็บไซต์เดิม)"),
        (art(31), "สรุปผลการจัดซื้อจัดจ้าง (สขร.1)"), (art(9), "แจ้งเรื่องร้องเรียนการทุจริต"),
        (art(8), "สมัครสมาชิกออนไลน์"), (art(10), "กระดานถาม-ตอบ"), ("/old/", "เว็บไซต์เดิม")]


def page(title: str, body: str) -> str:
    menu = " | ".join(a(u, t) for u, t in MENU)
    side = "".join(f"<li>{a(u, t)}</li>" for u, t in SIDE)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} - {ORG}</title>
<link rel="stylesheet" href="/templates/nlt/css/template.css?v=3.2"></head>
<body><div id="header"><img src="https://www.finearts.go.th/images/logo-fad.png" alt="ตรากรมศิลปากร">
<h1>{ORG}</h1><p>สำนักหอสมุดแห่งชาติ กรมศิลปากร กระทรวงวัฒนธรรม</p></div>
<div id="menu">{menu}</div>
<div id="main"><div id="content"><h2>{title}</h2>
{body}
</div>
<div id="side"><h3>ลิงก์ด่วน</h3><ul>{side}</ul>
<p>เวลาทำการ อังคาร - เสาร์ 08.30 - 16.30 น. (ปิดวันอาทิตย์ จันทร์ และวันหยุดนักขัตฤกษ์)</p>
<p>ผู้เข้าชม 128,406 คน</p></div></div>
<div id="footer">{ORG} 86 หมู่ 4 ถนนเขาสมอแคลง ตำบลบ้านกร่าง อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000
โทร 0 5532 7418 อีเมล ksk.library@example.go.th<br>Powered by Joomla! 4</div>
</body></html>
"""


PAGES: dict[str, tuple[str, str]] = {}


def put(url: str, title: str, body: str) -> None:
    PAGES[url] = (title, body)


def files(*ids: int) -> str:
    rows = "".join(f"<li>{a(dl(i), DOCS[i][0])} <small>(ดาวน์โหลด)</small></li>" for i in ids)
    return f'<div class="attachments"><p>ไฟล์แนบ</p><ul>{rows}</ul></div>'


# ------------------------------------------------------------------ about, services, contact
put(art(2), "ประวัติหอสมุดแห่งชาติ สาขาเขาสมอแคลง",
    "<p>หอสมุดแห่งชาติ สาขาเขาสมอแคลง เปิดให้บริการเมื่อ พ.ศ. 2538 เป็นหอสมุดแห่งชาติสาขาในส่วนภูมิภาค"
    " สังกัดสำนักหอสมุดแห่งชาติ กรมศิลปากร ให้บริการหนังสือทั่วไป หนังสือพิมพ์ วารสาร และเอกสารโบราณ"
    " (ใบลาน สมุดไทย) ของจังหวัดในภาคเหนือตอนล่าง</p>")
put(art(3), "โครงสร้างและอำนาจหน้าที่",
    '<img src="/images/structure-2569.png" alt="แผนภูมิโครงสร้าง" width="40">'
    "<h3>แผนภูมิโครงสร้าง (ปรับปรุง ตุลาคม 2568)</h3><ul><li>ผู้อำนวยการหอสมุดแห่งชาติ สาขาเขาสมอแคลง<ul>"
    "<li>ฝ่ายบริหารทั่วไป (งานสารบรรณ งานการเงินและพัสดุ งานบุคคล)</li><li>กลุ่มงานบริการ (บริการผู้อ่าน ยืมคืน ห้องสมุดเคลื่อนที่)</li>"
    "<li>กลุ่มงานเอกสารโบราณ (สำรวจ อนุรักษ์ แปลงเป็นดิจิทัล)</li><li>งานเทคโนโลยีสารสนเทศ</li></ul></li></ul>"
    "<h3>อำนาจหน้าที่</h3><p>ตามกฎกระทรวงแบ่งส่วนราชการกรมศิลปากร และประกาศสำนักหอสมุดแห่งชาติเรื่องการแบ่งงานภายใน"
    " หอสมุดแห่งชาติสาขามีหน้าที่</p><ol><li>จัดหา รวบรวม และให้บริการทรัพยากรสารสนเทศแก่ประชาชน</li>"
    "<li>สำรวจ อนุรักษ์ และเผยแพร่เอกสารโบราณและมรดกทางเอกสารในพื้นที่รับผิดชอบ</li>"
    "<li>รับและเก็บรักษาสิ่งพิมพ์ตามพระราชบัญญัติจดแจ้งการพิมพ์ พ.ศ. 2550 ในส่วนภูมิภาค</li>"
    "<li>ส่งเสริมการอ่านและการเรียนรู้ตลอดชีวิต</li><li>ปฏิบัติงานอื่นตามที่ได้รับมอบหมาย</li></ol>")
put(art(4), "ผู้บริหาร",
    '<div class="exec"><img src="/images/exec/01.jpg" alt="ผู้อำนวยการ" width="60"><p>นางสาววิไลพร ศรีสุวรรณ์<br>'
    "บรรณารักษ์ชำนาญการพิเศษ รักษาการในตำแหน่งผู้อำนวยการหอสมุดแห่งชาติ สาขาเขาสมอแคลง<br>โทร 0 5532 7418 ต่อ 101</p></div>"
    '<div class="exec"><img src="/images/exec/02.jpg" alt="หัวหน้าฝ่าย" width="60"><p>นายธนากร พึ่งบุญ<br>'
    "นักจัดการงานทั่วไปชำนาญการ หัวหน้าฝ่ายบริหารทั่วไป<br>โทร 0 5532 7418 ต่อ 102</p></div>"
    '<div class="exec"><img src="/images/exec/03.jpg" alt="หัวหน้ากลุ่มงาน" width="60"><p>นางอรุณี แก้วประเสริฐ<br>'
    "บรรณารักษ์ชำนาญการ หัวหน้ากลุ่มงานเอกสารโบราณ<br>โทร 0 5532 7418 ต่อ 121</p></div>")
put(art(5), "ติดต่อเรา",
    "<p>หอสมุดแห่งชาติ สาขาเขาสมอแคลง 86 หมู่ 4 ถนนเขาสมอแคลง ตำบลบ้านกร่าง อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000</p>"
    "<p>โทรศัพท์ 0 5532 7418 โทรสาร 0 5532 7419 อีเมล ksk.library@example.go.th</p>"
    '<p>Facebook: <a href="https://www.facebook.com/ksk.library.example">หอสมุดแห่งชาติ สาขาเขาสมอแคลง</a></p>'
    '<p><a href="https://maps.google.com/?q=16.7901,100.1844">แผนที่ Google Maps</a></p>'
    f"<p>สอบถามข้อมูลเพิ่มเติม: {a(art(10), 'กระดานถาม-ตอบ (Q&amp;A)')}</p>")
put(art(6), "บริการของหอสมุด",
    "<ul><li>บริการยืมคืนหนังสือ (สมาชิก)</li><li>บริการห้องอ่านเอกสารโบราณ (นัดล่วงหน้า)</li><li>ห้องค้นคว้ากลุ่ม</li>"
    f"<li>ห้องสมุดเคลื่อนที่</li></ul><p>{a(art(7), 'คู่มือการขอรับบริการ')} | {a(art(11), 'ทรัพยากรสารสนเทศ')} | "
    f"{a(art(12), 'ห้องสมุดดิจิทัล')}</p>")
put(art(7), "คู่มือการขอรับบริการ",
    "<p>คู่มือสำหรับผู้รับบริการ: การสมัครสมาชิก และการขอใช้และถ่ายสำเนาเอกสารโบราณ (ขั้นตอน ระยะเวลา ค่าธรรมเนียม เอกสารประกอบ)</p>"
    + files(6))
put(art(8), "E-Service สมัครสมาชิกและจองห้องค้นคว้าออนไลน์",
    '<form action="/eservice/submit.php" method="post"><p>ประเภทคำขอ <select name="type"><option>สมัครสมาชิกห้องสมุด</option>'
    "<option>จองห้องค้นคว้ากลุ่ม</option><option>ขอใช้เอกสารโบราณ</option></select></p>"
    '<p>ชื่อ-นามสกุล <input name="name"></p><p>เลขบัตรประจำตัวประชาชน <input name="pid"></p>'
    '<p>โทรศัพท์ <input name="tel"></p><p>วันที่ต้องการใช้บริการ <input type="date" name="day"></p>'
    '<p><input type="submit" value="ส่งคำขอ"></p></form>'
    "<p>เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p><h3>สถิติการให้บริการ ปีงบประมาณ 2569</h3>" + files(35))
put(art(9), "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตของเจ้าหน้าที่ได้ทางแบบฟอร์มนี้ ข้อมูลผู้ร้องจะถูกเก็บเป็นความลับ</p>"
    '<form action="/complaint/send.php" method="post"><p>เรื่อง <input name="subject"></p>'
    '<p>รายละเอียด <textarea name="detail"></textarea></p><p>ชื่อผู้ร้อง (ไม่บังคับ) <input name="name"></p>'
    '<p>ช่องทางติดต่อกลับ <input name="contact"></p><p><input type="submit" value="ส่งเรื่องร้องเรียน"></p></form>'
    "<p>ช่องทางอื่น: โทร 0 5532 7418 ต่อ 102 หรือส่งไปรษณีย์ถึงผู้อำนวยการ หรือศูนย์ดำรงธรรมจังหวัด 1567</p>")
put(art(10), "กระดานถาม-ตอบ",
    "<dl><dt>ถาม (12 ก.พ. 2569): วันเสาร์เปิดถึงกี่โมง</dt><dd>ตอบ: ตั้งแต่ 7 ก.พ. 2569 เปิดวันเสาร์ถึง 18.00 น.</dd>"
    "<dt>ถาม (3 มี.ค. 2569): ขอสำเนาใบลานต้องทำอย่างไร</dt><dd>ตอบ: ยื่นคำขอทาง E-Service ล่วงหน้า 3 วันทำการ</dd></dl>"
    '<form action="/qa/post.php" method="post"><p>คำถาม <textarea name="q"></textarea></p><p><input type="submit" value="ส่งคำถาม"></p></form>')
put(art(11), "ทรัพยากรสารสนเทศ",
    "<p>หนังสือทั่วไป 82,000 เล่ม วารสาร 140 ชื่อ หนังสือพิมพ์ท้องถิ่น เอกสารโบราณ 1,240 รายการ</p>")
put(art(12), "ห้องสมุดดิจิทัล",
    '<p>สืบค้นเอกสารโบราณฉบับดิจิทัลได้ที่ <a href="https://vajirayana.example.org/">ห้องสมุดดิจิทัล</a></p>')

# ------------------------------------------------------------------ procurement (year selector)
YEARSEL = f"<p>เลือกปีงบประมาณ: {a(art(31), '2569')} | {a(art(30), '2568')}</p>"
put(art(31), "สรุปผลการจัดซื้อจัดจ้าง (สขร.1) ปีงบประมาณ 2569", YEARSEL + "<table><tr><th>เดือน</th><th>ไฟล์</th></tr>"
    + "".join(f"<tr><td>สขร.1 {m}</td><td>{a(dl(i), 'ดาวน์โหลด (.xls)')}</td></tr>"
              for m, i in [("มีนาคม 2569", 13), ("มกราคม 2569", 12), ("ธันวาคม 2568", 11),
                           ("พฤศจิกายน 2568", 10), ("ตุลาคม 2568", 9)]) + "</table>")
put(art(30), "สรุปผลการจัดซื้อจัดจ้าง (สขร.1) ปีงบประมาณ 2568", YEARSEL
    + f"<table><tr><td>สขร.1 กันยายน 2568</td><td>{a(dl(24), 'ดาวน์โหลด (.xls)')}</td></tr></table>"
    + f"<p>เดือนก่อนหน้าอยู่ใน{a('/old/', 'เว็บไซต์เดิม')}</p>")

# ------------------------------------------------------------------ download categories
PHOCA = "/index.php?option=com_phocadownload&view=category&id="


def dlist(ids: list[int]) -> str:
    titles = {1: "แผนปฏิบัติราชการ ระยะ 3 ปี (พ.ศ. 2566-2568)", 2: "แผนปฏิบัติราชการ ประจำปี 2569",
              3: "แผนปฏิบัติราชการ ประจำปี 2568", 4: "รายงานผลการดำเนินงานประจำปี", 15: "รายงานติดตามผลแผน 3 ปี",
              32: "รายงานประจำปี 2568 (พิพิธภัณฑสถานแห่งชาติ พระนครศรีเมือง)", 14: "ประกาศผู้ชนะ จ้างจัดพิมพ์รูปเล่มแผน",
              16: "รายงานผลการจัดซื้อจัดจ้าง ประจำปี", 17: "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
              18: "แผนพัฒนาบุคลากร", 20: "รายงานผลการพัฒนาบุคลากร", 21: "ประมวลจริยธรรม",
              22: "คู่มือการจัดการเรื่องร้องเรียนการทุจริต", 23: "สถิติเรื่องร้องเรียนการทุจริต",
              25: "ประกาศ No Gift Policy", 26: "การประเมินความเสี่ยงการทุจริต", 27: "สถิติข้อร้องเรียนการให้บริการ",
              29: "รายงานผลการดำเนินการป้องกันการทุจริต", 30: "รายงานการวิเคราะห์ผล ITA",
              31: "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม"}
    rows = "".join(f"<tr><td>{titles[i]}</td><td>{DOCS[i][0]}</td><td>{a(dl(i), 'ดาวน์โหลด')}</td></tr>" for i in ids)
    return "<table><tr><th>ชื่อเอกสาร</th><th>ไฟล์</th><th></th></tr>" + rows + "</table>"


CATS = f"<p>หมวด: {a(PHOCA + '3', 'แผนและรายงาน')} | {a(PHOCA + '4', 'จัดซื้อจัดจ้าง')} | {a(PHOCA + '5', 'คุณธรรมและความโปร่งใส')}</p>"
put(PHOCA + "3", "ดาวน์โหลด: แผนและรายงาน", CATS + dlist([2, 3, 1, 15, 4, 32, 17, 18, 20]))
put(PHOCA + "4", "ดาวน์โหลด: จัดซื้อจัดจ้าง", CATS + dlist([14, 16]) + f"<p>{a(art(31), 'สขร.1 รายเดือน')}</p>")
put(PHOCA + "5", "ดาวน์โหลด: คุณธรรมและความโปร่งใส", CATS + dlist([21, 22, 23, 25, 26, 27, 29, 30, 31]))

# ------------------------------------------------------------------ flipbook viewers
for i, fid in ((1, "kskplan3y"), (2, "kskplan69")):
    put(f"/viewer.php?id={i}", DOCS[i][0],
        f'<iframe src="https://heyzine.com/flip-book/{fid}.html" width="100%" height="600"></iframe>'
        f"<p>{a(dl(i), 'ดาวน์โหลดไฟล์ PDF')}</p>")

# ------------------------------------------------------------------ news
NEWS = [  # id, date, title, body, attachments
    (120, "2 เม.ย. 2569", "ขอเชิญร่วมงานวันรักการอ่าน 2 เมษายน 2569", "กิจกรรมเล่านิทาน ตอบปัญหา และจำหน่ายหนังสือราคาพิเศษ", []),
    (119, "27 มี.ค. 2569", "หอสมุดฯ ต้อนรับคณะศึกษาดูงานจากมหาวิทยาลัยนเรศวร", "นิสิตสาขาสารสนเทศศาสตร์ 42 คน ศึกษาดูงานการอนุรักษ์ใบลาน", []),
    (116, "20 มี.ค. 2569", "อบรมเสริมสร้างจริยธรรมและวินัยข้าราชการ ประจำปี 2569",
     "เมื่อวันที่ 18 มีนาคม 2569 หอสมุดฯ จัดอบรมเสริมสร้างจริยธรรมให้บุคลากร 21 คน พร้อมยกย่องบุคลากรต้นแบบด้านคุณธรรม", [34]),
    (115, "5 มี.ค. 2569", "ห้องสมุดเคลื่อนที่ ณ อำเภอวังทอง", "ให้บริการยืมหนังสือและกิจกรรมส่งเสริมการอ่านแก่นักเรียน 180 คน", []),
    (113, "14 ก.พ. 2569", "นิทรรศการสมุดไทยเรื่องรักในวรรณคดี", "จัดแสดงสมุดไทยเรื่องขุนช้างขุนแผนฉบับท้องถิ่น ถึง 30 เมษายน 2569", []),
    (112, "9 ก.พ. 2569", "สรุปผลการประชุมคณะทำงานเครือข่ายห้องสมุดและผู้ใช้บริการ ครั้งที่ 1/2569",
     "ผู้แทนเครือข่ายและผู้ใช้บริการ 31 คน ร่วมเสนอความคิดเห็น หอสมุดฯ ได้ขยายเวลาเปิดวันเสาร์ตามข้อเสนอ", [33]),
    (111, "7 ก.พ. 2569", "ขยายเวลาเปิดบริการวันเสาร์ถึง 18.00 น.", "เริ่มตั้งแต่วันเสาร์ที่ 7 กุมภาพันธ์ 2569 เป็นต้นไป", []),
    (110, "12 ม.ค. 2569", "ขอเชิญประชุมคณะทำงานเครือข่ายห้องสมุดและผู้ใช้บริการ ครั้งที่ 1/2569",
     "ขอเชิญผู้แทนเครือข่ายห้องสมุดร่วมประชุมในวันที่ 26 มกราคม 2569", [19]),
    (109, "10 ม.ค. 2569", "กิจกรรมวันเด็กแห่งชาติ 2569", "มอบหนังสือและของรางวัลแก่เด็ก 350 คน", []),
    (108, "14 พ.ย. 2568", "ประกาศผู้ชนะการเสนอราคา จ้างจัดพิมพ์รูปเล่มแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569",
     "รายละเอียดตามไฟล์แนบ", [14]),
    (107, "3 พ.ย. 2568", "ผู้บริหารมอบนโยบายการปฏิบัติงาน ปีงบประมาณ 2569", "ประชุมบุคลากรประจำเดือนพฤศจิกายน 2568", []),
    (106, "21 ต.ค. 2568", "ห้องสมุดเคลื่อนที่ ณ อำเภอบางระกำ", "ให้บริการแก่ชุมชนและโรงเรียน 4 แห่ง", []),
    (105, "12 ส.ค. 2568", "สัปดาห์ห้องสมุด 2568", "กิจกรรมประกวดเล่านิทานและนิทรรศการสมุดไทย", []),
    (104, "19 มิ.ย. 2568", "อบรมจริยธรรมและการป้องกันการทุจริต ประจำปี 2568", "บุคลากร 22 คน เข้าร่วมอบรม", []),
    (103, "2 เม.ย. 2568", "วันรักการอ่าน 2568", "กิจกรรมเล่านิทานและแลกเปลี่ยนหนังสือ", []),
    (102, "14 ก.พ. 2568", "ย้ายเว็บไซต์ไปยังระบบใหม่", "หอสมุดฯ ย้ายเว็บไซต์ไปยังระบบใหม่ ข้อมูลเดิมยังดูได้ที่เว็บไซต์เดิม", []),
    (101, "10 ม.ค. 2568", "กิจกรรมวันเด็กแห่งชาติ 2568", "มอบหนังสือแก่เด็ก 300 คน", []),
]
for n, day, title, body, att in NEWS:
    put(art(n), title, f'<p class="date">{day}</p><p>{body}</p>' + (files(*att) if att else ""))


def newslist(rows: list[tuple], nav: str) -> str:
    return "<ul>" + "".join(f"<li>{day} {a(art(n), title)}</li>" for n, day, title, _b, _a in rows) + "</ul>" + nav


put(cat(8), "ข่าวประชาสัมพันธ์", newslist(NEWS[:12], f"<p>หน้า 1 | {a(cat(8, 12), '2')}</p>"))
put(cat(8, 12), "ข่าวประชาสัมพันธ์ (หน้า 2)", newslist(NEWS[12:], f"<p>{a(cat(8), '1')} | หน้า 2</p>"))

# ------------------------------------------------------------------ ITA 2569, one page per group, Thai digits
GROUPS = {
    41: ("ตัวชี้วัดย่อย 9.1 ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้างและอำนาจหน้าที่", [art(3)]), ("o2", "ข้อมูลผู้บริหาร", [art(4)]),
        ("o3", "ข้อมูลการติดต่อ", [art(5)]), ("o4", "ข่าวประชาสัมพันธ์", [cat(8)])]),
    42: ("ตัวชี้วัดย่อย 9.2 การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("o5", "แผนปฏิบัติราชการระยะยาว", ["/viewer.php?id=1"]), ("o6", "แผนปฏิบัติราชการประจำปี 2569", ["/viewer.php?id=2"]),
        ("o7", "รายงานผลการดำเนินงานประจำปี", [dl(4)]), ("o8", "คู่มือการปฏิบัติงาน", [dl(5)]),
        ("o9", "คู่มือการขอรับบริการ", [art(7)]), ("o10", "E-Service", [art(8)])]),
    43: ("ตัวชี้วัดย่อย 9.3 การจัดซื้อจัดจ้าง", [
        ("o11", "สขร.1 รายเดือน", [art(31)]), ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [dl(16)])]),
    44: ("ตัวชี้วัดย่อย 9.4 การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("o13", "หลักเกณฑ์และแผนพัฒนาบุคลากร", [dl(17), dl(18)]), ("o14", "รายงานผลการพัฒนาบุคลากร", [dl(20)]),
        ("o15", "ประมวลจริยธรรมและการขับเคลื่อน", [dl(21), art(116)])]),
    45: ("ตัวชี้วัดย่อย 9.5 การส่งเสริมความโปร่งใส", [
        ("o16", "คู่มือจัดการเรื่องร้องเรียนการทุจริต", [dl(22)]), ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [art(9)]),
        ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [dl(23)]), ("o19", "การมีส่วนร่วม", [art(112)])]),
    46: ("ตัวชี้วัดย่อย 10.1 การป้องกันการทุจริต", [
        ("o20", "No Gift Policy", [dl(25)]), ("o21", "การประเมินความเสี่ยงการทุจริต", [dl(26)]),
        ("o22", "รายงานผลการจัดการความเสี่ยงการทุจริต", [dl(8)])]),
    47: ("ตัวชี้วัดย่อย 10.2 การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("o23", "แผนป้องกันการทุจริต", ["/old/anticorruption/"]), ("o24", "รายงานผลการป้องกันการทุจริต", [dl(29)]),
        ("o25", "การนำผล ITA ไปพัฒนา", [dl(30)]), ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [dl(31)])]),
}
for n, (title, rows) in GROUPS.items():
    body = "<table><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>" + "".join(
        f"<tr><td>{code.translate(TH)}</td><td>{text.translate(TH)}</td><td>"
        + " ".join(a(u, f"ไฟล์ {k + 1}".translate(TH) if u.startswith("/download") else "คลิก") for k, u in enumerate(urls))
        + "</td></tr>" for code, text, urls in rows) + "</table>" + f"<p>{a(art(40), 'กลับหน้า ITA ๒๕๖๙')}</p>"
    put(art(n), (title + " (ITA 2569)").translate(TH), body)
put(art(40), "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ ๒๕๖๙",
    "<p>แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) แยกตามตัวชี้วัดย่อย</p><ul>"
    + "".join(f"<li>{a(art(n), t.translate(TH))}</li>" for n, (t, _r) in GROUPS.items()) + "</ul>"
    + f"<p>ปีก่อนหน้า: {a('/old/ita2568/', 'ITA ๒๕๖๘ (เว็บไซต์เดิม)')}</p>")

# ------------------------------------------------------------------ home
put("/", "หน้าแรก", "<h3>ข่าวล่าสุด</h3><ul>" + "".join(f"<li>{day} {a(art(n), t)}</li>" for n, day, t, _b, _a in NEWS[:6])
    + f"</ul><p>{a(cat(8), 'ข่าวทั้งหมด')}</p><p>{a(art(40), 'ITA 2569')} | {a(PHOCA + '3', 'เอกสารดาวน์โหลด')}</p>")

# ------------------------------------------------------------------ the old static site (before Feb 2568)
OLDPAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t}</title></head>
<body><table width="900"><tr><td bgcolor="#7a1f1f"><font color="white" size="5">หอสมุดแห่งชาติ สาขาเขาสมอแคลง</font></td></tr>
<tr><td><a href="/old/">หน้าแรก</a> | <a href="/old/about/">เกี่ยวกับเรา</a> | <a href="/old/ita2568/">ITA 2568</a> | <a href="/">เว็บไซต์ใหม่</a></td></tr>
<tr><td><h2>{t}</h2>{b}</td></tr><tr><td><small>ปรับปรุงล่าสุด 30 ม.ค. 2568</small></td></tr></table></body></html>
"""
OLDS = {
    "/old/": ("เว็บไซต์เดิม", "<p>เว็บไซต์นี้ย้ายไปยังระบบใหม่แล้ว <a href=\"/\">คลิกที่นี่</a></p>"),
    "/old/about/": ("โครงสร้างหน่วยงาน (ปี 2568)", '<p><a href="/old/files/2568-structure.pdf">แผนภูมิโครงสร้าง 2568</a></p>'),
    "/old/anticorruption/": ("แผนปฏิบัติการป้องกันการทุจริต",
                             '<p><a href="/old/files/2568-anticorruption-plan.pdf">แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568</a></p>'),
    "/old/ita2568/": ("ITA 2568", "<table>"
                      '<tr><td>o1</td><td><a href="/old/files/2568-structure.pdf">โครงสร้าง</a></td></tr>'
                      '<tr><td>o23</td><td><a href="/old/anticorruption/">แผนป้องกันการทุจริต 2568</a></td></tr>'
                      '<tr><td>o22</td><td><a href="/old/files/2567-risk-report.pdf">รายงานผลการจัดการความเสี่ยง 2567</a></td></tr>'
                      '<tr><td>o36</td><td><a href="/download.php?id=30">การนำผล ITA 2567 ไปพัฒนา</a></td></tr>'
                      "</table>"),
}


def build() -> None:
    for folder in ("index.php.q", "viewer.php.q", "old"):
        for sub in ("about", "anticorruption", "ita2568") if folder == "old" else ("",):
            shutil.rmtree(os.path.join(HERE, folder, sub) if sub else os.path.join(HERE, folder), ignore_errors=True)
    for url, (title, body) in PAGES.items():
        path, _, query = url.partition("?")
        target = os.path.join(HERE, path.lstrip("/") + ".q", _query_name(query)) if query else os.path.join(HERE, path.lstrip("/"))
        os.makedirs(target, exist_ok=True)
        with open(os.path.join(target, "index.html"), "w", encoding="utf-8") as f:
            f.write(page(title, body))
    for path in ("index.php", "download.php", "viewer.php"):  # the scripts themselves answer nothing useful
        with open(os.path.join(HERE, path), "w", encoding="utf-8") as f:
            f.write("<?php // CMS entry point\n")
    from PIL import Image

    for img in ("images/structure-2569.png", "images/exec/01.jpg", "images/exec/02.jpg", "images/exec/03.jpg"):
        os.makedirs(os.path.dirname(os.path.join(HERE, img)), exist_ok=True)
        Image.new("RGB", (40, 30), (122, 31, 31)).save(os.path.join(HERE, img))
    os.makedirs(os.path.join(HERE, "templates/nlt/css"), exist_ok=True)
    with open(os.path.join(HERE, "templates/nlt/css/template.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Sarabun,sans-serif}#side{float:right;width:25%}#content{float:left;width:70%}\n")
    for url, (title, body) in OLDS.items():
        target = os.path.join(HERE, url.lstrip("/"))
        os.makedirs(target, exist_ok=True)
        with open(os.path.join(target, "index.html"), "w", encoding="utf-8") as f:
            f.write(OLDPAGE.format(t=title, b=body))


if __name__ == "__main__":
    build()
