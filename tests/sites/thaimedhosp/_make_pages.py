"""Generate the pages of the "thaimedhosp" test site (run after _make_docs.py).

A Joomla-like CMS of a provincial Thai traditional medicine hospital: articles and categories are
/index.php?option=com_content&view=...&id=N (static copies under index.php.q/<query>/index.html),
attachments /download.php?id=N, the annual report only through a flipbook viewer page
/viewer.php?doc=N with a download button beside it, and an ITA section split into one page per
group, /ita.php?year=2569&group=1 … 4, with a year selector (/ita.php?year=2568 still online).
Dates are written in Thai digits everywhere.  A copy of the site before the CMS move (2567) stays
online under /old/.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))  # the repo root

from tests.docmaker import render_lines_pdf  # noqa: E402
from tests.sites.thaimedhosp._make_docs import FILES, ORG, PARENT, d  # noqa: E402

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s: str) -> str:
    return s.translate(TH)


def art(i: int) -> str:
    return f"/index.php?option=com_content&view=article&id={i}"


def cat(i: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&view=category&id={i}" + (f"&limitstart={start}" if start else "")


def dl(i: int) -> str:
    return f"/download.php?id={i}"


def a(url: str, text: str) -> str:
    return f'<a href="{html.escape(url)}">{text}</a>'


MENU = [("/", "หน้าแรก"), (art(1), "เกี่ยวกับโรงพยาบาล"), (art(12), "บริการของเรา"), (cat(8), "ข่าวสาร"),
        (cat(15), "จัดซื้อจัดจ้าง"), (cat(20), "เอกสารเผยแพร่"), ("/ita.php?year=2569", "ITA"), (art(4), "ติดต่อเรา")]

SIDE = f"""<div class="side">
<div class="box"><h3>ผู้อำนวยการ</h3><p>นายแพทย์ธีรวัฒน์ แก้วประเสริฐ<br>ผู้อำนวยการโรงพยาบาล</p></div>
<div class="box"><h3>บริการออนไลน์</h3><ul>
<li>{a(art(7), "จองคิวนวดไทยออนไลน์")}</li><li>{a(art(8), "แจ้งเรื่องร้องเรียนการทุจริต")}</li>
<li>{a(art(5), "ถาม-ตอบ (Q&amp;A)")}</li></ul></div>
<div class="box"><h3>ITA ความโปร่งใส</h3>
<form action="/ita.php" method="get"><select name="year"><option value="2569">ปี ๒๕๖๙</option>
<option value="2568">ปี ๒๕๖๘</option></select><button>ไป</button></form>
<ul><li>{a("/ita.php?year=2569", "ITA ปี ๒๕๖๙")}</li><li>{a("/ita.php?year=2568", "ITA ปี ๒๕๖๘")}</li></ul></div>
<div class="box"><h3>ลิงก์</h3><ul><li><a href="https://www.example.org/ssj-phuwari">{PARENT}</a></li>
<li>{a("/old/", "เว็บไซต์เดิม (ก่อน ๒๕๖๗)")}</li></ul></div>
<div class="box">ผู้เข้าชม ๒๘๓,๑๔๗ ครั้ง</div>
</div>"""


def page(path: str, title: str, body: str) -> None:
    """Write one page; ``path`` is a site URL (a query string goes to ``<path>.q/<query>/``)."""
    if "?" in path:
        base, query = path.split("?", 1)
        folder = os.path.join(HERE, base.lstrip("/") + ".q", query)
    else:
        folder = os.path.join(HERE, path.strip("/"))
    os.makedirs(folder, exist_ok=True)
    menu = " | ".join(a(u, t) for u, t in MENU)
    text = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} - {ORG}</title>
<link rel="stylesheet" href="/templates/herbal/css/template.css?v=3"></head>
<body><div class="header"><img src="/images/logo.png" alt="ตรา"><h1>{ORG}</h1>
<p>สังกัด{PARENT} กระทรวงสาธารณสุข</p></div>
<div class="menu">{menu}</div>
<div class="wrap"><div class="content"><h2>{title}</h2>
{body}
</div>{SIDE}</div>
<div class="footer">{ORG} เลขที่ ๑๘๘ หมู่ ๔ ถนนเลี่ยงเมือง ตำบลหนองบัวแดง อำเภอเมือง จังหวัดภูวารี ๔๘๑๙๐<br>
โทร ๐ ๔๒๗๖ ๕๑๐๘ โทรสาร ๐ ๔๒๗๖ ๕๑๐๙ อีเมล ttmhosp.phuwari@example.go.th | สงวนลิขสิทธิ์ © ๒๕๖๙</div>
</body></html>
"""
    with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as f:
        f.write(text)


def fileline(i: int, text: str, date: str) -> str:
    ext = FILES[i].rsplit(".", 1)[1].upper()
    return f"<tr><td>{text}</td><td>{th(date)}</td><td>{a(dl(i), f'ดาวน์โหลด ({ext})')}</td></tr>"


def table(rows: list[str]) -> str:
    return "<table class='dl'><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>" + "".join(rows) + "</table>"


# ------------------------------------------------------------------------------ news
NEWS = [  # id, date, title, body
    (116, "3 เม.ย. 2569", "โรงพยาบาลจัดกิจกรรมสรงน้ำพระ รดน้ำขอพรผู้สูงอายุ เนื่องในเทศกาลสงกรานต์",
     "บุคลากรร่วมกิจกรรมสืบสานประเพณีไทย พร้อมบริการนวดฟื้นฟูผู้สูงอายุฟรี ๒๐๐ ราย"),
    (115, "20 มี.ค. 2569", "เปิดคลินิกกัญชาทางการแพทย์ ทุกวันพฤหัสบดี",
     "ผู้ป่วยนัดหมายผ่านระบบจองคิวออนไลน์ได้ตั้งแต่วันที่ ๒๐ มีนาคม ๒๕๖๙"),
    (114, "6 มี.ค. 2569", "อบรมผลประโยชน์ทับซ้อนและประมวลจริยธรรม ประจำปี 2569",
     "บุคลากรเข้าร่วม ๕๘ คน วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดภูวารี"),
    (113, "18 ก.พ. 2569", "ตรวจประเมินมาตรฐานโรงงานผลิตยาสมุนไพร GMP",
     "คณะกรรมการจากสำนักงานคณะกรรมการอาหารและยาตรวจประเมินสายการผลิตยาแคปซูลขมิ้นชันและฟ้าทะลายโจร"),
    (108, "9 ก.พ. 2569", "ประชุมประชาคมเครือข่ายหมอพื้นบ้านและประชาชน ร่วมวางแผนสวนสมุนไพรชุมชน ปี 2569",
     "โรงพยาบาลเปิดเวทีให้หมอพื้นบ้าน ๓๒ คน ผู้นำชุมชน อสม. และประชาชนผู้รับบริการ รวม ๑๑๖ คน "
     "ร่วมเสนอความเห็นต่อโครงการสวนสมุนไพรชุมชนและการรับซื้อวัตถุดิบสมุนไพร ที่ประชุมมีมติให้ขยายการรับซื้อไพลและขมิ้นชัน "
     "จากวิสาหกิจชุมชน ๔ แห่ง และตั้งคณะกรรมการร่วมภาครัฐ-ประชาชนติดตามโครงการ ผลการรับฟังความคิดเห็นได้นำไปปรับแผนปฏิบัติการแล้ว"),
    (112, "22 ม.ค. 2569", "เผยแพร่รายงานประจำปีของโรงพยาบาล",
     f"โรงพยาบาลจัดทำรายงานประจำปีฉบับออนไลน์ อ่านได้ที่ {a('/viewer.php?doc=7', 'รายงานประจำปี (E-Book)')}"),
    (111, "12 ม.ค. 2569", "กิจกรรมวันเด็กแห่งชาติ ปี 2569 สาธิตการทำลูกประคบ", "เด็กและผู้ปกครองร่วมกิจกรรมกว่า ๓๐๐ คน"),
    (110, "9 ธ.ค. 2568", "ผู้บริหารและบุคลากรประกาศเจตนารมณ์การต่อต้านการทุจริต วันต่อต้านคอร์รัปชันสากล",
     "ผู้อำนวยการนำบุคลากร ๖๔ คน กล่าวคำประกาศเจตนารมณ์สุจริต"),
    (109, "14 พ.ย. 2568", "หน่วยแพทย์แผนไทยเคลื่อนที่ ออกให้บริการอำเภอนาโพธิ์", "ให้บริการนวด ประคบ และจ่ายยาสมุนไพร ๑๘๔ ราย"),
    (107, "8 ต.ค. 2568", "ต้อนรับคณะศึกษาดูงานจากวิทยาลัยการแพทย์แผนไทย", "นักศึกษา ๔๕ คน ศึกษาดูงานการผลิตยาสมุนไพร"),
    # page 2: the fiscal year before
    (106, "25 ก.ย. 2568", "ขอบคุณจิตอาสาปรับภูมิทัศน์สวนสมุนไพร", "ผู้ร่วมกิจกรรม ๘๐ คน"),
    (105, "14 ส.ค. 2568", "ประกวดหมอพื้นบ้านดีเด่นระดับจังหวัด", "ได้รับรางวัลชนะเลิศ ๑ ราย"),
    (104, "2 มิ.ย. 2568", "อบรมการผลิตยาสมุนไพรตามหลัก GMP ปี 2568", "เภสัชกรและเจ้าพนักงาน ๗ คน"),
    (103, "10 มี.ค. 2568", "เปิดอาคารอบไอน้ำสมุนไพรหลังใหม่", "งบประมาณ ๑,๒๐๐,๐๐๐ บาท"),
    (102, "6 ม.ค. 2568", "สวัสดีปีใหม่ 2568", "ขอให้ทุกท่านมีสุขภาพแข็งแรง"),
]


def news_list(items: list[tuple], nav: str) -> str:
    rows = "".join(f"<li>{a(art(i), th(t))} <span class='date'>{th(dt)}</span></li>" for i, dt, t, _ in items)
    return f"<ul class='news'>{rows}</ul><div class='pager'>{nav}</div>"


def build_news() -> None:
    for i, dt, t, body in NEWS:
        page(art(i), th(t), f"<p class='date'>เผยแพร่ {th(dt)} โดย งานประชาสัมพันธ์</p><p>{body}</p>"
             f"<p><img src='/images/news/{i}.jpg' alt='ภาพกิจกรรม'></p>")
    page(cat(8), "ข่าวประชาสัมพันธ์", news_list(NEWS[:10], "หน้า ๑ | " + a(cat(8, 10), "๒") + " | " + a(cat(8, 10), "ถัดไป »")))
    page(cat(8, 10), "ข่าวประชาสัมพันธ์ (หน้า ๒)", news_list(NEWS[10:], a(cat(8), "« ก่อนหน้า") + " | " + a(cat(8), "๑") + " | หน้า ๒"))


# ------------------------------------------------------------------------------ articles
def build_articles() -> None:
    page(art(1), "ประวัติโรงพยาบาล", "<p>" + th(
        "โรงพยาบาลก่อตั้งเมื่อ พ.ศ. 2548 เดิมเป็นศูนย์การแพทย์แผนไทยจังหวัด ยกฐานะเป็นโรงพยาบาลการแพทย์แผนไทยและการแพทย์ทางเลือก "
        "ใน พ.ศ. 2559 ขนาด 30 เตียง ให้บริการนวดไทย ประคบ อบสมุนไพร ฝังเข็ม ฟื้นฟูผู้ป่วยอัมพฤกษ์อัมพาต และผลิตยาสมุนไพร")
        + "</p><ul><li>" + a(art(2), "โครงสร้างและอำนาจหน้าที่") + "</li><li>" + a(art(3), "ผู้บริหาร") + "</li><li>"
        + a(art(11), "วิสัยทัศน์ พันธกิจ") + "</li></ul>")
    page(art(2), "โครงสร้างองค์กรและอำนาจหน้าที่", """
<p><img src="/images/org-chart-2568.png" alt="แผนภูมิโครงสร้างโรงพยาบาล"></p>
<h3>แผนภูมิโครงสร้างการบริหารงาน</h3>
<ul><li>ผู้อำนวยการโรงพยาบาล (นายแพทย์ธีรวัฒน์ แก้วประเสริฐ)
<ul><li>รองผู้อำนวยการฝ่ายการแพทย์ (แพทย์แผนไทยประยุกต์ชำนาญการพิเศษ)
 <ul><li>กลุ่มงานบริการการแพทย์แผนไทย</li><li>กลุ่มงานการแพทย์ทางเลือก (ฝังเข็ม กัญชาทางการแพทย์)</li><li>กลุ่มงานการพยาบาล</li></ul></li>
<li>รองผู้อำนวยการฝ่ายบริหาร
 <ul><li>กลุ่มงานบริหารทั่วไป (การเงิน พัสดุ บุคลากร)</li><li>กลุ่มงานเภสัชกรรมและการผลิตยาสมุนไพร</li><li>กลุ่มงานยุทธศาสตร์และสารสนเทศ</li></ul></li>
</ul></li></ul>
<h3>อำนาจหน้าที่</h3>
<ol><li>ให้บริการตรวจ วินิจฉัย บำบัด รักษา และฟื้นฟูสุขภาพด้วยการแพทย์แผนไทยและการแพทย์ทางเลือก</li>
<li>ผลิตและพัฒนายาสมุนไพรตามมาตรฐาน เพื่อใช้ในโรงพยาบาลและหน่วยบริการในจังหวัด</li>
<li>เป็นแหล่งฝึกอบรมและถ่ายทอดองค์ความรู้แก่บุคลากรสาธารณสุขและหมอพื้นบ้าน</li>
<li>ส่งเสริมการใช้สมุนไพรและภูมิปัญญาการแพทย์แผนไทยในชุมชน</li>
<li>ปฏิบัติงานอื่นตามที่สำนักงานสาธารณสุขจังหวัดภูวารีมอบหมาย</li></ol>""")
    page(art(3), "ผู้บริหารโรงพยาบาล", """
<table class='exec'>
<tr><td><img src="/images/exec/1.jpg" alt="ผู้อำนวยการ"></td><td>นายแพทย์ธีรวัฒน์ แก้วประเสริฐ<br>ผู้อำนวยการโรงพยาบาล<br>โทร ๐ ๔๒๗๖ ๕๑๐๘ ต่อ ๑๐๑ อีเมล director.ttm@example.go.th</td></tr>
<tr><td><img src="/images/exec/2.jpg" alt="รองผู้อำนวยการ"></td><td>นางสาวพิมพ์ชนก ศรีสมบูรณ์<br>รองผู้อำนวยการฝ่ายการแพทย์<br>โทร ต่อ ๑๐๒</td></tr>
<tr><td><img src="/images/exec/3.jpg" alt="รองผู้อำนวยการ"></td><td>นายวรพล ทองดีเลิศ<br>รองผู้อำนวยการฝ่ายบริหาร<br>โทร ต่อ ๑๐๓</td></tr>
</table>""")
    page(art(4), "ติดต่อเรา", f"""
<p>{ORG}<br>เลขที่ ๑๘๘ หมู่ ๔ ถนนเลี่ยงเมือง ตำบลหนองบัวแดง อำเภอเมือง จังหวัดภูวารี ๔๘๑๙๐</p>
<p>โทรศัพท์ ๐ ๔๒๗๖ ๕๑๐๘ โทรสาร ๐ ๔๒๗๖ ๕๑๐๙<br>อีเมล ttmhosp.phuwari@example.go.th<br>
Facebook: โรงพยาบาลแพทย์แผนไทยภูวารี | LINE OA: @ttmphuwari</p>
<p>เวลาทำการ จันทร์ - ศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น. (คลินิกนอกเวลา ๑๖.๓๐ - ๒๐.๐๐ น.)</p>
<p><a href="https://maps.google.com/?q=16.2101,103.5522">แผนที่ Google Maps</a></p>
<p>สอบถามข้อมูลเพิ่มเติม: {a(art(5), "กระดานถาม-ตอบ (Q&amp;A)")}</p>""")
    page(art(5), "ถาม-ตอบ (Q&A)", """
<div class='qa'><p><b>ถาม:</b> นวดไทยใช้สิทธิบัตรทองได้หรือไม่ (๑๒ ม.ค. ๒๕๖๙)</p><p><b>ตอบ:</b> ใช้ได้ในกรณีมีข้อบ่งชี้ทางการแพทย์ ตามดุลยพินิจของแพทย์แผนไทย</p></div>
<div class='qa'><p><b>ถาม:</b> ซื้อยาสมุนไพรโดยไม่ตรวจได้ไหม (๓ มี.ค. ๒๕๖๙)</p><p><b>ตอบ:</b> ยาสามัญประจำบ้านแผนโบราณซื้อได้ที่ร้านจำหน่ายหน้าโรงพยาบาล</p></div>
<form method="post" action="/qa/post"><p>ชื่อ <input name="name"> คำถาม <textarea name="q"></textarea> <button>ส่งคำถาม</button></p></form>""")
    page(art(6), "คู่มือการขอรับบริการ (สำหรับผู้รับบริการ)", """
<h3>การรับบริการนวดไทยและประคบสมุนไพร</h3>
<ol><li>ยื่นบัตรประชาชนที่ห้องบัตร หรือจองคิวออนไลน์ล่วงหน้า</li><li>ซักประวัติ วัดความดันโลหิต (ประมาณ ๑๐ นาที)</li>
<li>ตรวจวินิจฉัยโดยแพทย์แผนไทย (๑๕ นาที)</li><li>รับบริการนวด/ประคบ (๖๐ นาที)</li><li>รับยาสมุนไพรและชำระเงิน (๑๐ นาที)</li></ol>
<p>ระยะเวลาทั้งหมดประมาณ ๑ ชั่วโมง ๔๕ นาที | เอกสาร: บัตรประจำตัวประชาชน (บัตรทองใช้สิทธิได้) |
ค่าบริการ: นวดเพื่อสุขภาพ ๒๐๐ บาท ประคบ ๑๕๐ บาท ผู้มีสิทธิตามข้อบ่งชี้ไม่เสียค่าใช้จ่าย | ช่องทาง: ด้วยตนเอง, จองคิวออนไลน์, โทรศัพท์</p>
<h3>การขอใบรับรองแพทย์แผนไทย</h3><p>ยื่นคำขอที่ห้องบัตร ใช้เวลา ๓๐ นาที ค่าธรรมเนียม ๕๐ บาท เอกสาร บัตรประจำตัวประชาชน</p>""")
    page(art(7), "E-Service ระบบจองคิวนวดไทยออนไลน์", f"""
<p>ผู้รับบริการจองคิวล่วงหน้าได้ ๑ - ๗ วัน เจ้าหน้าที่ยืนยันทาง SMS ภายใน ๒ ชั่วโมงในเวลาราชการ</p>
<form method="post" action="/booking/submit">
<p>ชื่อ-สกุล <input name="fullname"> เลขบัตรประชาชน <input name="cid"> โทรศัพท์ <input name="tel"></p>
<p>บริการ <select name="service"><option>นวดไทย</option><option>ประคบสมุนไพร</option><option>คลินิกกัญชา</option><option>ปรึกษาออนไลน์</option></select>
วันที่ <input type="date" name="day"> <button>ยืนยันการจอง</button></p></form>
{table([fileline(10, "สถิติการให้บริการจองคิวออนไลน์ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)", "3 เม.ย. 2569")])}""")
    page(art(8), "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"""
<p>ผู้ร้องเรียนแจ้งได้ทาง ๑) แบบฟอร์มด้านล่าง ๒) โทร ๐ ๔๒๗๖ ๕๑๐๘ ต่อ ๑๑๑ ๓) อีเมล complain.ttm@example.go.th
๔) จดหมายถึงผู้อำนวยการ ๕) ตู้รับเรื่องร้องเรียนหน้าห้องบัตร ข้อมูลผู้ร้องจะถูกเก็บเป็นความลับ</p>
<form method="post" action="/complaint/submit"><p>ชื่อผู้ร้อง (ไม่ระบุได้) <input name="name"> เรื่อง <input name="subject">
รายละเอียด <textarea name="detail"></textarea> แนบไฟล์ <input type="file" name="f"> <button>ส่งเรื่อง</button></p></form>
<p>แนวปฏิบัติ: {a(dl(23), "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</p>""")
    rows = [fileline(i, f"แบบ สขร.1 เดือน{m}", dt) for i, m, dt in (
        (16, "มีนาคม 2569", "7 เม.ย. 2569"), (15, "กุมภาพันธ์ 2569", "6 มี.ค. 2569"),
        (13, "ธันวาคม 2568", "8 ม.ค. 2569"), (12, "พฤศจิกายน 2568", "5 ธ.ค. 2568"), (11, "ตุลาคม 2568", "7 พ.ย. 2568"))]
    page(art(9), "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ ๒๕๖๙",
         "<p class='date'>ปรับปรุงล่าสุด ๗ เม.ย. ๒๕๖๙</p><p>ไฟล์แนบ:</p>" + table(rows))
    page(art(11), "วิสัยทัศน์ พันธกิจ", "<p>วิสัยทัศน์: โรงพยาบาลการแพทย์แผนไทยคุณภาพ ใกล้ชิดชุมชน</p>"
         "<p>พันธกิจ: ให้บริการ ผลิตยาสมุนไพร ถ่ายทอดองค์ความรู้</p>")
    page(art(12), "บริการของเรา", "<ul><li>นวดไทยเพื่อการรักษา</li><li>ประคบและอบไอน้ำสมุนไพร</li><li>ฝังเข็ม</li>"
         "<li>คลินิกกัญชาทางการแพทย์</li><li>ฟื้นฟูผู้ป่วยอัมพฤกษ์อัมพาต (IPD ๓๐ เตียง)</li></ul><p>"
         + a(art(6), "คู่มือการขอรับบริการ") + " | " + a(art(7), "จองคิวออนไลน์") + "</p>")


# ------------------------------------------------------------------------------ categories
def build_categories() -> None:
    page(cat(15), "จัดซื้อจัดจ้าง", "<ul>" + "".join(f"<li>{x}</li>" for x in [
        a(art(9), "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ ๒๕๖๙"),
        a(dl(42), "ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์เอกสารแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๖๙") + " (๓ พ.ย. ๒๕๖๘)",
        a(dl(17), "รายงานผลการจัดซื้อจัดจ้างประจำปี ๒๕๖๘") + " (๑๒ พ.ย. ๒๕๖๘)",
    ]) + "</ul>")
    page(cat(20), "เอกสารเผยแพร่: แผนงาน", table([
        fileline(5, "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569", "21 ต.ค. 2568"),
        fileline(6, "แผนการใช้จ่ายงบประมาณ ปี 2569", "22 ต.ค. 2568"),
        fileline(41, "แผนยุทธศาสตร์สุขภาพ สสจ.ภูวารี 2566-2570", "2 พ.ย. 2565"),
        fileline(3, "แผนยุทธศาสตร์โรงพยาบาล", "15 ต.ค. 2562"),
    ]) + "<p>" + a(cat(21), "รายงาน") + " | " + a(cat(22), "บุคลากร") + " | " + a(cat(23), "คุณธรรมและความโปร่งใส") + "</p>")
    page(cat(21), "เอกสารเผยแพร่: รายงาน", table([
        "<tr><td>รายงานประจำปี (E-Book)</td><td>๒๒ ม.ค. ๒๕๖๙</td><td>" + a("/viewer.php?doc=7", "เปิดอ่าน") + "</td></tr>",
        fileline(30, "รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส", "30 ต.ค. 2568"),
        fileline(28, "รายงานผลการดำเนินการป้องกันการทุจริต", "20 ต.ค. 2568"),
        fileline(24, "สถิติเรื่องร้องเรียน", "8 ต.ค. 2568"),
    ]))
    page(cat(22), "เอกสารเผยแพร่: บุคลากร", table([
        fileline(43, "ประกาศรับสมัครพนักงานราชการ ตำแหน่งแพทย์แผนไทย", "5 ม.ค. 2569"),
        fileline(20, "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", "15 ต.ค. 2568"),
        fileline(19, "แผนพัฒนาทรัพยากรบุคคล", "25 ต.ค. 2567"),
        fileline(18, "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "1 ธ.ค. 2566"),
        fileline(9, "คู่มือการปฏิบัติงาน งานบริการแพทย์แผนไทย", "14 มี.ค. 2566"),
    ]))
    page(cat(23), "เอกสารเผยแพร่: คุณธรรมและความโปร่งใส", table([
        fileline(22, "แผนและผลการขับเคลื่อนจริยธรรม ปี 2569", "2 เม.ย. 2569"),
        fileline(26, "ผลการประเมินความเสี่ยงการทุจริต", "19 พ.ย. 2568"),
        fileline(44, "เชิญประชุมคณะกรรมการจริยธรรม ครั้งที่ 1/2569", "7 พ.ย. 2568"),
        fileline(27, "แผนปฏิบัติการป้องกันการทุจริต ปี 2569", "31 ต.ค. 2568"),
        fileline(45, "แจ้งเวียนนโยบาย No Gift Policy ปี 2569 (สสจ.)", "20 ต.ค. 2568"),
        fileline(46, "ร่างแผนป้องกันการทุจริต ปี 2569", "12 ต.ค. 2568"),
        fileline(25, "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)", "2 ต.ค. 2566"),
        fileline(21, "ประมวลจริยธรรม", "1 มิ.ย. 2565"),
    ]))


# ------------------------------------------------------------------------------ ITA
GROUPS = {
    1: ("ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้างและอำนาจหน้าที่", [(art(2), "ดูข้อมูล")]),
        ("o2", "ผู้บริหาร", [(art(3), "ดูข้อมูล")]),
        ("o3", "ติดต่อ / ถาม-ตอบ", [(art(4), "ติดต่อเรา"), (art(5), "Q&amp;A")]),
        ("o4", "ข่าวประชาสัมพันธ์", [(cat(8), "ข่าวทั้งหมด")]),
    ]),
    2: ("การบริหารงานและงบประมาณ", [
        ("o5", "แผนยุทธศาสตร์ รพ.", [(dl(3), "ไฟล์ PDF")]),
        ("o6", "แผนปฏิบัติการ/แผนใช้เงิน ปี ๖๙", [(dl(5), "แผนปฏิบัติการ"), (dl(6), "แผนใช้จ่ายงบ")]),
        ("o7", "รายงานประจำปี", [("/viewer.php?doc=7", "E-Book")]),
        ("o8", "คู่มือปฏิบัติงาน จนท.", [(dl(9), "ไฟล์ Word")]),
        ("o9", "คู่มือผู้รับบริการ", [(art(6), "ดูข้อมูล")]),
        ("o10", "E-Service จองคิว", [(art(7), "เข้าสู่ระบบ")]),
    ]),
    3: ("จัดซื้อจัดจ้าง และบุคลากร", [
        ("o11", "สขร.๑ รายเดือน", [(art(9), "ดูรายเดือน")]),
        ("o12", "สรุปจัดซื้อจัดจ้างประจำปี", [(dl(17), "ไฟล์ Excel")]),
        ("o13", "หลักเกณฑ์/แผน HR", [(dl(18), "หลักเกณฑ์"), (dl(19), "แผนพัฒนาบุคลากร")]),
        ("o14", "รายงานผล HR", [(dl(20), "ไฟล์ Word")]),
    ]),
    4: ("ความโปร่งใสและป้องกันการทุจริต", [
        ("o15", "ประมวลจริยธรรม/ขับเคลื่อน", [(dl(21), "ประมวลฯ"), (dl(22), "การขับเคลื่อน")]),
        ("o16", "แนวปฏิบัติเรื่องร้องเรียน", [(dl(23), "PDF")]),
        ("o17", "ช่องทางร้องเรียน", [(art(8), "แจ้งเรื่อง")]),
        ("o18", "สถิติเรื่องร้องเรียน", [(dl(24), "PDF")]),
        ("o19", "การมีส่วนร่วม", [(art(108), "ข่าวประชาคม")]),
        ("o20", "No Gift Policy", [(dl(25), "ประกาศ")]),
        ("o21", "ประเมินความเสี่ยงทุจริต", [(dl(26), "PDF")]),
        ("o22", "รายงานผลบริหารความเสี่ยง", [(dl(8), "PDF")]),
        ("o23", "แผนป้องกันทุจริต", [(dl(27), "PDF")]),
        ("o24", "รายงานผลป้องกันทุจริต", [(dl(28), "PDF")]),
        ("o25", "นำผล ITA ไปพัฒนา", []),
        ("o26", "รายงานส่งเสริมคุณธรรม", [(dl(30), "Word")]),
    ]),
}


def build_ita() -> None:
    tabs = " | ".join(a(f"/ita.php?year=2569&group={g}", f"กลุ่มที่ {th(str(g))} {t}") for g, (t, _) in GROUPS.items())
    page("/ita.php?year=2569", "ITA ปี ๒๕๖๙ การเปิดเผยข้อมูลสาธารณะ (OIT)",
         "<p>เลือกปี: <b>๒๕๖๙</b> | " + a("/ita.php?year=2568", "๒๕๖๘") + "</p><ol>"
         + "".join(f"<li>{a(f'/ita.php?year=2569&group={g}', t)} ({th(rows[0][0])} - {th(rows[-1][0])})</li>"
                   for g, (t, rows) in GROUPS.items()) + "</ol>")
    for g, (title, rows) in GROUPS.items():
        body = "".join(
            f"<tr><td>{th(code)}</td><td>{text}</td><td>"
            + (" ".join(a(u, t) for u, t in links) if links else "อยู่ระหว่างดำเนินการ") + "</td></tr>"
            for code, text, links in rows)
        page(f"/ita.php?year=2569&group={g}", f"ITA ๒๕๖๙ กลุ่มที่ {th(str(g))} {title}",
             f"<p>{tabs}</p><table class='ita'><tr><th>ข้อ</th><th>รายการ</th><th>หลักฐาน</th></tr>{body}</table>")
    old = [("o5", "แผนยุทธศาสตร์", dl(3)), ("o6", "แผนปฏิบัติการ ปี ๖๘", None), ("o7", "รายงานประจำปี", "/viewer.php?doc=7"),
           ("o13", "แผนพัฒนาบุคลากร ปี ๖๘", dl(19)), ("o18", "สถิติร้องเรียน", "/old/ita/"), ("o20", "No Gift", dl(25)),
           ("o22", "รายงานผลบริหารความเสี่ยง ปี ๖๗", dl(31)), ("o25", "มาตรการส่งเสริมคุณธรรม (ผล ITA ๖๗)", dl(29))]
    page("/ita.php?year=2568", "ITA ปี ๒๕๖๘",
         "<p>เลือกปี: " + a("/ita.php?year=2569", "๒๕๖๙") + " | <b>๒๕๖๘</b></p><table class='ita'>"
         + "".join(f"<tr><td>{th(c)}</td><td>{t}</td><td>{a(u, 'เปิด') if u else '-'}</td></tr>" for c, t, u in old)
         + "</table>")


def build_misc() -> None:
    page("/viewer.php?doc=7", "รายงานประจำปี (E-Book)",
         "<iframe src='https://heyzine.com/flip-book/ttm-phuwari-ar.html' width='100%' height='600'></iframe>"
         f"<p>{a(dl(7), 'ดาวน์โหลดไฟล์ PDF')} (๔.๒ MB)</p>")
    page("/old/", "เว็บไซต์เดิม (ก่อนย้ายระบบ มิ.ย. ๒๕๖๗)",
         "<p>หน้านี้เก็บไว้เพื่อการอ้างอิง ข้อมูลไม่มีการปรับปรุง</p><ul><li>" + a("/old/ita/", "ITA ปี ๒๕๖๗") + "</li></ul>")
    page("/old/ita/", "ITA ปี ๒๕๖๗ (เว็บไซต์เดิม)",
         "<table><tr><td>o๑๘</td><td>สถิติเรื่องร้องเรียน ปี ๒๕๖๖</td><td>" + a("/old/files/stat66.pdf", "PDF") + "</td></tr>"
         "<tr><td>o๒๐</td><td>No Gift Policy</td><td>" + a(dl(25), "PDF") + "</td></tr></table>")
    render_lines_pdf(os.path.join(HERE, "old", "files", "stat66.pdf"), [
        "# สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2566", f"# {ORG}", "",
        "| ไตรมาส | เรื่องร้องเรียน | ดำเนินการแล้วเสร็จ", "| 1 | 1 | 1", "| 2 | 0 | 0", "| 3 | 2 | 2", "| 4 | 0 | 0",
    ], created=d(2023, 10, 12), thai_digits=True)
    latest = "".join(f"<li>{a(art(i), th(t))} <span class='date'>{th(dt)}</span></li>" for i, dt, t, _ in NEWS[:6])
    page("/", "หน้าแรก", f"<div class='banner'>ยินดีต้อนรับสู่{ORG}</div><h3>ข่าวล่าสุด</h3><ul>{latest}</ul>"
         f"<p>{a(cat(8), 'ข่าวทั้งหมด »')}</p><h3>บริการ</h3><p>{a(art(12), 'บริการของเรา')} | {a(art(7), 'จองคิวออนไลน์')}</p>")


def build_assets() -> None:
    """The template's stylesheet and the pictures the pages show (tiny placeholders)."""
    import io

    from PIL import Image

    def picture(rel: str, size: tuple[int, int], colour: str) -> None:
        path = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        buf = io.BytesIO()
        Image.new("RGB", size, colour).save(buf, "JPEG" if rel.endswith(".jpg") else "PNG")
        with open(path, "wb") as f:
            f.write(buf.getvalue())

    picture("images/logo.png", (48, 48), "#2e7d32")
    picture("images/org-chart-2568.png", (120, 80), "#f1f8e9")
    for n in (1, 2, 3):
        picture(f"images/exec/{n}.jpg", (30, 40), "#9e9e9e")
    for i, *_ in NEWS:
        picture(f"images/news/{i}.jpg", (40, 30), "#a5d6a7")
    css = os.path.join(HERE, "templates", "herbal", "css", "template.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as f:
        f.write("body{font-family:Sarabun,sans-serif;margin:0}.header{background:#2e7d32;color:#fff;padding:8px}"
                ".menu{background:#1b5e20;padding:6px}.menu a{color:#fff}.wrap{display:flex}.content{flex:3;padding:10px}"
                ".side{flex:1;background:#f1f8e9;padding:10px}.footer{background:#333;color:#eee;padding:8px;font-size:90%}\n")


if __name__ == "__main__":
    build_assets()
    build_news()
    build_articles()
    build_categories()
    build_ita()
    build_misc()
