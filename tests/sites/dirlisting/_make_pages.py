"""Generate the pages of the "dirlisting" test site (run _make_docs.py first).

Run:  python tests/sites/dirlisting/_make_pages.py

A Joomla 1.5-era site: articles are /index.php?option=com_content&view=article&id=N (static copies
under index.php.q/<query>/index.html, see crawler/serve.py), news a category list in two pages,
a few files through /download.php?id=N. The documents sit in /uploads/<B.E. year>/<folder>/ under
Thai names, and the site links Apache's own directory listings ("Index of /uploads/2568/ita", long
names cut to "..>" as Apache does, dates in C.E.): those listings are made here from the files on
disk, so what a listing shows is what is there. The ITA 2568 page is split into six group pages;
the ITA 2567 page is still online (year selector). Dates on the news pages are in Thai digits.
"""

from __future__ import annotations

import html
import io
import os
import sys
from datetime import datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))

from _make_docs import DOCS, ORG, disk_path  # noqa: E402

from tests.docmaker import FONT, THAI_DIGITS  # noqa: E402

HOST = "www.nonkrabao.go.th"


def art(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def cat(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&view=category&id={n}" + (f"&limitstart={start}" if start else "")


def href(url: str) -> str:
    """A link as the page's source writes it: Thai and spaces percent-encoded, & as &amp;."""
    return html.escape(quote(url, safe="/?=&;:%.-_~"))


def a(url: str, text: str) -> str:
    return f'<a href="{href(url)}">{text}</a>'


def th(s: str) -> str:
    return s.translate(THAI_DIGITS)


MENU = [("/", "หน้าแรก"), (art(10), "ประวัติความเป็นมา"), (art(11), "โครงสร้างและอำนาจหน้าที่"),
        (art(12), "คณะผู้บริหาร"), (cat(3), "ข่าวประชาสัมพันธ์"), (art(68), "ITA"), ("/eservice/", "E-Service"),
        (art(20), "ร้องเรียนการทุจริต"), (art(13), "ติดต่อเรา")]


def page(title: str, body: str) -> str:
    menu = "".join(f"<li>{a(u, t)}</li>" for u, t in MENU)
    side = (
        '<div class="box"><img src="/images/exec-1.png" alt="นายก อบต." width="120">'
        "<p>นายประเสริฐ ศรีวงษ์ชัย<br>นายกองค์การบริหารส่วนตำบลโนนกระเบา</p></div>"
        '<div class="box"><h3>ลิงก์ด่วน</h3><ul>'
        f"<li>{a(art(68), 'ITA 2568')}</li><li>{a(art(54), 'ITA 2567')}</li>"
        f"<li>{a('/uploads/', 'เอกสารดาวน์โหลด')}</li><li>{a(art(15), 'คู่มือประชาชน')}</li>"
        f"<li>{a('/eservice/', 'ยื่นคำร้องออนไลน์')}</li></ul></div>"
        '<div class="box">สถิติผู้เข้าชม ๑๒๔,๓๐๘ ครั้ง</div>'
    )
    return (
        '<!DOCTYPE html>\n<html lang="th"><head><meta charset="utf-8">'
        f"<title>{title} - {ORG}</title>"
        '<link rel="stylesheet" href="/templates/nonkrabao/css/template.css"></head><body>\n'
        f'<div id="header"><img src="/images/logo.png" alt="ตรา อบต." width="80"><h1>{ORG}</h1>'
        "<p>อำเภอห้วยราช จังหวัดบุรีรัมย์</p></div>\n"
        f'<ul id="menu">{menu}</ul>\n<div id="side">{side}</div>\n'
        f'<div id="content"><h2>{title}</h2>\n{body}\n</div>\n'
        f'<div id="footer">{ORG} 99 หมู่ที่ 3 ตำบลโนนกระเบา อำเภอห้วยราช จังหวัดบุรีรัมย์ 31000 '
        "โทร ๐ ๔๔๖๑ ๘๒๐๐ โทรสาร ๐ ๔๔๖๑ ๘๒๐๑ saraban@nonkrabao.go.th<br>"
        "Powered by Joomla! 1.5 | ปรับปรุงล่าสุด ๓ เม.ย. ๒๕๖๘</div>\n</body></html>\n"
    )


PAGES: dict[str, str] = {}


def put(url: str, title: str, body: str) -> None:
    PAGES[url] = page(title, body)


def out_path(url: str) -> str:
    if url.startswith("/index.php?"):
        return os.path.join(HERE, "index.php.q", url.split("?", 1)[1], "index.html")
    return os.path.join(HERE, url.lstrip("/"), "index.html")


# ---------------------------------------------------------------- articles

put(art(10), "ประวัติความเป็นมา", (
    "<p>องค์การบริหารส่วนตำบลโนนกระเบา ยกฐานะจากสภาตำบลเมื่อปี พ.ศ. ๒๕๔๐ มี ๑๒ หมู่บ้าน ประชากร ๗,๒๐๔ คน "
    "พื้นที่ประมาณ ๕๒ ตารางกิโลเมตร ประชาชนส่วนใหญ่ทำนาและปลูกอ้อย</p>"
))
put(art(11), "โครงสร้างและอำนาจหน้าที่", (
    '<p><img src="/images/structure.png" alt="แผนภูมิโครงสร้าง" width="480"></p>'
    "<h3>โครงสร้างส่วนราชการ</h3><ul>"
    "<li>ฝ่ายบริหาร: นายก อบต. รองนายก อบต. ๒ คน เลขานุการนายก อบต.</li>"
    "<li>สภา อบต.: ประธานสภา รองประธานสภา เลขานุการสภา สมาชิกสภา ๑๒ คน</li>"
    "<li>ฝ่ายประจำ: ปลัด อบต. รองปลัด อบต. สำนักปลัด กองคลัง กองช่าง กองการศึกษา ศาสนาและวัฒนธรรม หน่วยตรวจสอบภายใน</li></ul>"
    "<h3>อำนาจหน้าที่</h3><p>ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗ มาตรา ๖๗ และ ๖๘ "
    "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ มาตรา ๑๖</p><ol>"
    "<li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ</li>"
    "<li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li>"
    "<li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li></ol>"
))
EXECS = [("exec-1", "นายประเสริฐ ศรีวงษ์ชัย", "นายกองค์การบริหารส่วนตำบลโนนกระเบา", "๐๘ ๑๗๖๐ ๔๔๑๒"),
         ("exec-2", "นายบุญมี ทองสุข", "รองนายกองค์การบริหารส่วนตำบล", "๐๘ ๙๒๑๔ ๓๓๐๗"),
         ("exec-3", "นางสาวจันทร์เพ็ญ แสงอรุณ", "รองนายกองค์การบริหารส่วนตำบล", "๐๘ ๖๔๓๐ ๑๙๕๕"),
         ("exec-4", "นางสาวพิมพ์ชนก ทองดีเลิศ", "ปลัดองค์การบริหารส่วนตำบล", "๐ ๔๔๖๑ ๘๒๐๒")]
put(art(12), "คณะผู้บริหาร", "".join(
    f'<div class="exec"><img src="/images/{img}.png" alt="{n}" width="120"><p>{n}<br>{p}<br>โทร {t}</p></div>'
    for img, n, p, t in EXECS))
put(art(13), "ติดต่อเรา", (
    f"<p>{ORG}<br>๙๙ หมู่ที่ ๓ ตำบลโนนกระเบา อำเภอห้วยราช จังหวัดบุรีรัมย์ ๓๑๐๐๐</p>"
    "<p>โทรศัพท์ ๐ ๔๔๖๑ ๘๒๐๐ โทรสาร ๐ ๔๔๖๑ ๘๒๐๑<br>อีเมล saraban@nonkrabao.go.th</p>"
    "<p>เวลาทำการ วันจันทร์ - วันศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น.</p>"
    '<p><a href="https://maps.google.com/?q=15.0003,103.0003">แผนที่ตั้ง (Google Maps)</a> | '
    '<a href="https://www.facebook.com/nonkrabao.sao">Facebook อบต.โนนกระเบา</a></p>'
))
MANUALS = [p for p in DOCS if p.startswith("/uploads/2566/คู่มือประชาชน/")]
put(art(15), "คู่มือสำหรับประชาชน", (
    "<p>คู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘</p>"
    "<p>ไฟล์แนบ:</p><ul>" + "".join(f"<li>{a(p, os.path.basename(p))}</li>" for p in MANUALS) + "</ul>"
))
put(art(20), "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", (
    "<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ได้ทางแบบฟอร์มนี้ "
    "ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับ หรือโทร ๐ ๔๔๖๑ ๘๒๐๐ ต่อ ๑๑</p>"
    '<form method="post" action="/index.php?option=com_contact&amp;task=submit">'
    '<p>ชื่อ-สกุล (ไม่ระบุก็ได้) <input name="name"></p><p>เบอร์โทร/อีเมล <input name="contact"></p>'
    '<p>เรื่องที่ร้องเรียน <textarea name="detail"></textarea></p><p><input type="submit" value="ส่งเรื่องร้องเรียน"></p></form>'
    f"<p>คู่มือ: {a('/download.php?id=4', 'คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ')}</p>"
))
put(art(40), "แผนปฏิบัติการป้องกันการทุจริต", (
    "<p>แผนปฏิบัติการป้องกันการทุจริต ๔ ปี (พ.ศ. ๒๕๖๕ - ๒๕๖๘)</p>"
    '<iframe src="https://drive.google.com/file/d/1nKrB4oPlAn65x68Abc/preview" width="640" height="480"></iframe>'
    f"<p>{a('/download.php?id=5', 'ดาวน์โหลดไฟล์ (PDF)')}</p>"
))
put("/eservice/", "E-Service ยื่นคำร้องออนไลน์", (
    "<p>ยื่นคำร้องขอรับบริการออนไลน์ โดยไม่ต้องเดินทางมาที่ อบต. เจ้าหน้าที่จะติดต่อกลับภายใน ๑ วันทำการ</p>"
    '<form method="post" action="/eservice/submit.php">'
    '<p>ประเภทคำร้อง <select name="type"><option>ขอรับการช่วยเหลือสาธารณภัย</option>'
    "<option>ขอซ่อมไฟฟ้าส่องสว่าง</option><option>ขอใช้น้ำประปาหมู่บ้าน</option><option>ขอรับถังขยะ</option></select></p>"
    '<p>ชื่อ-สกุล <input name="name" required></p><p>เลขบัตรประชาชน <input name="pid"></p>'
    '<p>โทรศัพท์ <input name="tel" required></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
    '<p><input type="submit" value="ยื่นคำร้อง"></p></form>'
))

# ---------------------------------------------------------------- news (dates in Thai digits)

NEWS = [  # (id, title, date, body); newest first; 101-108 are FY2568, 91-93 FY2567
    (108, "โครงการรดน้ำดำหัวผู้สูงอายุ ประเพณีสงกรานต์", "2 เม.ย. 2568",
     "อบต.โนนกระเบา ขอเชิญผู้สูงอายุทุกหมู่บ้านร่วมพิธีรดน้ำดำหัว วันที่ 12 เมษายน 2568"),
    (107, "รณรงค์ป้องกันไฟป่าและหมอกควัน", "7 มี.ค. 2568", "ขอความร่วมมืองดเผาตอซังและวัชพืชในที่โล่ง"),
    (106, "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568", "20 ก.พ. 2568",
     "ชำระได้ที่กองคลัง ภายในเดือนเมษายน 2568"),
    (105, "ประชุมประชาคมตำบล ทบทวนแผนพัฒนาท้องถิ่น", "12 ก.พ. 2568",
     "อบต.โนนกระเบา จัดประชุมประชาคมตำบลเพื่อรับฟังความคิดเห็นของประชาชน ทบทวนแผนพัฒนาท้องถิ่น มีผู้แทน 12 หมู่บ้าน "
     "ผู้นำชุมชน และประชาชนเข้าร่วม 142 คน ประชาชนเสนอโครงการถนนและประปาหมู่บ้าน 27 โครงการ"),
    (104, "โครงการอบรมคุณธรรมจริยธรรม ขับเคลื่อนประมวลจริยธรรม ประจำปี 2568", "16 ม.ค. 2568",
     "ผู้บริหาร สมาชิกสภา และพนักงาน 48 คน ร่วมอบรมเรื่องประมวลจริยธรรมของพนักงานส่วนท้องถิ่น "
     "พร้อมประกาศ Do's &amp; Don'ts ของพนักงาน อบต. (สิ่งที่ควรทำและไม่ควรทำ) ติดไว้ทุกกอง"),
    (103, "กิจกรรมวันพ่อแห่งชาติ", "5 ธ.ค. 2567", "ร่วมปลูกต้นไม้เฉลิมพระเกียรติ ณ หนองน้ำสาธารณะ หมู่ที่ 5"),
    (102, "ประเพณีลอยกระทง ตำบลโนนกระเบา", "15 พ.ย. 2567", "จัดงาน ณ หนองกระเบาใหญ่ มีการประกวดกระทงจากวัสดุธรรมชาติ"),
    (101, "พิธีวางพวงมาลา วันปิยมหาราช", "23 ต.ค. 2567", "ผู้บริหารและพนักงานร่วมพิธี ณ ที่ว่าการอำเภอห้วยราช"),
    (93, "โครงการเยาวชนต้านยาเสพติด", "10 ส.ค. 2567", "แข่งขันกีฬาเยาวชนต้านยาเสพติด 12 หมู่บ้าน"),
    (92, "ประชุมประชาคมตำบล ปี 2567", "14 ก.พ. 2567", "ประชุมประชาคมเพื่อจัดทำแผนพัฒนาท้องถิ่น ปี 2567"),
    (91, "โครงการอบรมคุณธรรมจริยธรรม ประจำปี 2567", "19 ม.ค. 2567", "อบรมพนักงาน 45 คน"),
]
ATTACH = {105: "/uploads/2568/ita/หนังสือเชิญประชุมประชาคม.pdf"}
for nid, title, dt, body in NEWS:
    extra = f"<p>ไฟล์แนบ: {a(ATTACH[nid], os.path.basename(ATTACH[nid]))}</p>" if nid in ATTACH else ""
    put(art(nid), title, f'<p class="date">{th(dt)}</p><p>{th(body)}</p>{extra}'
        f"<p>{a(cat(3), 'กลับหน้าข่าวประชาสัมพันธ์')}</p>")


def news_list(items, nav: str) -> str:
    rows = "".join(f"<li>{a(art(n), th(t))} <span>{th(dt)}</span></li>" for n, t, dt, _ in items)
    return f"<ul class=\"news\">{rows}</ul><p>{nav}</p>"


put(cat(3), "ข่าวประชาสัมพันธ์", news_list(NEWS[:8], "หน้า ๑ | " + a(cat(3, 10), "๒") + " | " + a(cat(3, 10), "ถัดไป")))
put(cat(3, 10), "ข่าวประชาสัมพันธ์", news_list(NEWS[8:], a(cat(3), "ก่อนหน้า") + " | " + a(cat(3), "๑") + " | หน้า ๒"))
PAGES["/"] = page("หน้าแรก", (
    "<h3>ยินดีต้อนรับสู่เว็บไซต์องค์การบริหารส่วนตำบลโนนกระเบา</h3><h3>ข่าวประชาสัมพันธ์ล่าสุด</h3>"
    + news_list(NEWS[:5], a(cat(3), "ดูทั้งหมด"))
    + f"<h3>ITA</h3><p>{a(art(68), 'การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘')}</p>"
))

# ---------------------------------------------------------------- ITA 2568: a main page and six group pages

U68 = "/uploads/2568/ita/"
DEAD_O26 = "/download.php?id=8"
GROUPS = [
    (69, "ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้าง/อำนาจหน้าที่", [(art(11), "คลิก")]),
        ("o2", "ข้อมูลผู้บริหาร", [(art(12), "คลิก")]),
        ("o3", "ข้อมูลการติดต่อ", [(art(13), "คลิก")]),
        ("o4", "ข่าวประชาสัมพันธ์", [(cat(3), "คลิก")]),
    ]),
    (70, "การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("o5", "แผนพัฒนาท้องถิ่น", [("/uploads/2562/plan/แผนพัฒนาท้องถิ่นสี่ปี 2561-2565 เพิ่มเติม ครั้งที่3.pdf", "เปิดไฟล์")]),
        ("o6", "แผนดำเนินงาน/ข้อบัญญัติ/รายงาน 6 เดือน", [
            (U68, "Index of /uploads/2568/ita"),
            ("/uploads/2567/budget/ข้อบัญญัติงบประมาณรายจ่าย ประจำปี 2568.docx", "ข้อบัญญัติ 68")]),
        ("o7", "รายงานผลการดำเนินงาน", [(U68 + "รายงานติดตามประเมินผลแผน.pdf", "เปิดไฟล์")]),
        ("o8", "คู่มือปฏิบัติงาน จนท.", [("/download.php?id=2", "ดาวน์โหลด")]),
        ("o9", "คู่มือประชาชน", [(art(15), "คลิก")]),
        ("o10", "E-Service", [("/eservice/", "คลิก")]),
        ("o11", "สถิติการให้บริการ", [(U68 + "สถิติการให้บริการ ต.ค.67-มี.ค.68.xlsx", "เปิดไฟล์")]),
    ]),
    (71, "การจัดซื้อจัดจ้าง", [
        ("o12", "สขร.1 รายเดือน", [("/uploads/2568/procurement/", "Index of /uploads/2568/procurement")]),
        ("o13", "สรุปผลจัดซื้อจัดจ้างประจำปี", [(U68 + "รายงานสรุปผลจัดซื้อจัดจ้าง ปี 2567.pdf", "เปิดไฟล์")]),
    ]),
    (72, "การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("o14", "แผนพัฒนาบุคลากร/อัตรากำลัง", [("/uploads/2567/hr/", "Index of /uploads/2567/hr")]),
        ("o15", "รายงานผลพัฒนาบุคลากร", [("/uploads/2568/hr/", "Index of /uploads/2568/hr")]),
        ("o16", "ประมวลจริยธรรม", [("/uploads/2565/ประมวลจริยธรรม พนักงานส่วนท้องถิ่น.pdf", "ประมวลฯ"),
                                  (art(104), "การขับเคลื่อน")]),
    ]),
    (73, "การส่งเสริมความโปร่งใส", [
        ("o17", "คู่มือร้องเรียนทุจริต", [("/download.php?id=4", "ดาวน์โหลด")]),
        ("o18", "ช่องทางร้องเรียนทุจริต", [(art(20), "คลิก")]),
        ("o19", "สถิติเรื่องร้องเรียน", [(U68 + "สถิติเรื่องร้องเรียน.xls", "เปิดไฟล์")]),
        ("o20", "การมีส่วนร่วม", [(art(105), "คลิก")]),
    ]),
    (74, "การป้องกันการทุจริต", [
        ("o21", "No Gift Policy", [("/uploads/2566/ita/ประกาศ No Gift Policy.doc", "เปิดไฟล์")]),
        ("o22", "รายงานการรับของขวัญ", [(U68 + "รายงานการรับของขวัญ 2567.pdf", "เปิดไฟล์")]),
        ("o23", "ประเมินความเสี่ยงสินบน", [(U68 + "ประเมินความเสี่ยงสินบน 2568.pdf", "เปิดไฟล์")]),
        ("o24", "จัดการความเสี่ยงทุจริต", []),
        ("o25", "แผนป้องกันทุจริต", [(art(40), "คลิก")]),
        ("o26", "รายงานผลป้องกันทุจริต", [(DEAD_O26, "ดาวน์โหลด")]),
    ]),
]
YEARS = f"<p>เลือกปี: <b>๒๕๖๘</b> | {a(art(54), '๒๕๖๗')}</p>"
for pid, name, rows in GROUPS:
    trs = "".join(
        f"<tr><td>{code}</td><td>{label}</td><td>"
        + (" ".join(a(u, t) for u, t in links) if links else "อยู่ระหว่างดำเนินการ")
        + "</td></tr>" for code, label, links in rows)
    put(art(pid), f"ITA ๒๕๖๘ : {name}", YEARS + '<table border="1"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>'
        + trs + f"</table><p>{a(art(68), 'กลับหน้า ITA ๒๕๖๘')}</p>")
put(art(68), "ITA ๒๕๖๘ การเปิดเผยข้อมูลสาธารณะ (OIT)", YEARS + "<ol>" + "".join(
    f"<li>{a(art(pid), name)} ({rows[0][0]} - {rows[-1][0]})</li>" for pid, name, rows in GROUPS) + "</ol>"
    f"<p>เอกสารประกอบทั้งหมด: {a(U68, 'Index of /uploads/2568/ita')}</p>")
DEAD_2567 = "/uploads/2567/ita/ประเมินความเสี่ยง 2567.pdf"
put(art(54), "ITA ๒๕๖๗ การเปิดเผยข้อมูลสาธารณะ (OIT)", (
    f"<p>เลือกปี: {a(art(68), '๒๕๖๘')} | <b>๒๕๖๗</b></p>"
    '<table border="1"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>'
    f"<tr><td>o10</td><td>แผนดำเนินงาน</td><td>{a('/uploads/2567/ita/แผนการดำเนินงาน ประจำปี 2567.pdf', 'เปิดไฟล์')}</td></tr>"
    f"<tr><td>o15</td><td>สขร.1</td><td>{a('/uploads/2567/procurement/', 'Index of /uploads/2567/procurement')}</td></tr>"
    f"<tr><td>o16</td><td>สถิติการให้บริการ</td><td>{a('/uploads/2567/ita/สถิติการให้บริการ ปี 2567.xlsx', 'เปิดไฟล์')}</td></tr>"
    f"<tr><td>o18</td><td>แผนบริหารและพัฒนาบุคลากร</td><td>{a('/uploads/2567/hr/', 'Index of /uploads/2567/hr')}</td></tr>"
    f"<tr><td>o33</td><td>ประเมินความเสี่ยงการทุจริต</td><td>{a(DEAD_2567, 'เปิดไฟล์')}</td></tr>"
    f"<tr><td>o36</td><td>ประมวลจริยธรรม</td><td>{a('/uploads/2565/ประมวลจริยธรรม พนักงานส่วนท้องถิ่น.pdf', 'เปิดไฟล์')}</td></tr>"
    "</table>"
))

# ---------------------------------------------------------------- Apache directory listings


def human(n: int) -> str:
    return f"{n / 1024:.0f}K" if n >= 1024 else str(n)


def cut(name: str, width: int = 23) -> str:
    return html.escape(name if len(name) <= width else name[: width - 3] + "..>")


def listing(folder: str, entries: list[tuple[str, datetime | None, int | None]]) -> str:
    """Apache 2.4 FancyIndexing without icons (HTMLTable off): sort links, Parent Directory, rows."""
    shown = folder.rstrip("/")
    parent = folder.rstrip("/").rsplit("/", 1)[0] + "/"
    sort = " ".join(f'<a href="{href(folder)}?C={c};O=A">{t}</a>' for c, t in
                    (("N", "Name"), ("M", "Last modified"), ("S", "Size"), ("D", "Description")))
    rows = [f'<a href="{href(parent)}">Parent Directory</a>{" " * 30}-']
    for name, when, size in entries:
        link = folder + name
        stamp = when.strftime("%Y-%m-%d %H:%M") if when else "2025-04-03 14:11"
        rows.append(f'<a href="{href(link)}">{cut(name)}</a>{" " * max(1, 25 - len(cut(name)))}{stamp}  '
                    f"{'-' if size is None else human(size):>5}")
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<html>\n <head>\n'
        f"  <title>Index of {html.escape(shown)}</title>\n </head>\n <body>\n<h1>Index of {html.escape(shown)}</h1>\n"
        f"<pre>{sort}<hr>" + "\n".join(rows) + "\n<hr></pre>\n"
        f"<address>Apache/2.4.41 (Ubuntu) Server at {HOST} Port 80</address>\n</body></html>\n"
    )


def listings() -> dict[str, str]:
    files: dict[str, list[tuple[str, datetime, int]]] = {}
    folders: dict[str, set[str]] = {}
    for url, (_kind, _content, when) in DOCS.items():
        if not url.startswith("/uploads/"):
            continue
        folder, name = url.rsplit("/", 1)
        files.setdefault(folder + "/", []).append((name, when, os.path.getsize(disk_path(url))))
        parts = folder.strip("/").split("/")
        for i in range(1, len(parts)):
            folders.setdefault("/" + "/".join(parts[:i]) + "/", set()).add(parts[i] + "/")
    out = {}
    for folder in sorted(set(files) | set(folders)):
        entries = [(sub, None, None) for sub in sorted(folders.get(folder, ()))]
        entries += sorted(files.get(folder, []))
        out[folder] = listing(folder, entries)
    return out


def images() -> None:
    from PIL import Image, ImageDraw, ImageFont

    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    font = ImageFont.truetype(str(FONT), 18)
    for name, text, size in [("logo", "อบต.", (80, 80)), ("structure", "แผนภูมิโครงสร้าง อบต.โนนกระเบา", (480, 120))] + [
            (img, "รูปถ่าย", (90, 110)) for img, *_ in EXECS]:
        im = Image.new("L", size, 225)
        ImageDraw.Draw(im).text((6, size[1] // 2 - 10), text, font=font, fill=40)
        buf = io.BytesIO()
        im.save(buf, format="PNG", optimize=True)
        with open(os.path.join(HERE, "images", name + ".png"), "wb") as f:
            f.write(buf.getvalue())
    css = os.path.join(HERE, "templates", "nonkrabao", "css")
    os.makedirs(css, exist_ok=True)
    with open(os.path.join(css, "template.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Tahoma,sans-serif;font-size:13px}#side{float:left;width:200px}"
                "#content{margin-left:220px}#menu li{display:inline;margin-right:8px}\n")


def main() -> None:
    images()
    for url, text in PAGES.items():
        path = out_path(url)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    for folder, text in listings().items():
        path = os.path.join(HERE, folder.lstrip("/"), "index.html")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
