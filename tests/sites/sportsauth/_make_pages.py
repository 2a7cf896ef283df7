"""Generate the HTML pages of the "sportsauth" test site (กกท.จังหวัดสุวรรณเขต, invented).

Run:  python tests/sites/sportsauth/_make_pages.py   (after _make_docs.py)

An old Joomla-like CMS: articles and category lists are /index.php?option=com_content&... (stored
as index.php.q/<query>/index.html, see crawler/serve.py), documents /download.php?id=N, the annual
report through a flipbook viewer (/flipbook.php?id=45) with a direct download beside it.  The ITA
page /ita.php?year=2568 is a year selector and six group pages (&group=1 … 6), each a table of its
rows in the office's short wording; last year's /ita.php?year=2567 is still online; the site moved
from an older CMS whose copy (/web2565/) is still online and still linked for o26.
"""

from __future__ import annotations

import html
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, PROC, TH_M, url_of  # noqa: E402

ORG = "การกีฬาแห่งประเทศไทย สำนักงานจังหวัดสุวรรณเขต"
TD = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def art(n: int) -> str:
    return f"/index.php?option=com_content&amp;view=article&amp;id={n}"


def cat(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&amp;view=category&amp;id={n}" + (f"&amp;limitstart={start}" if start else "")


def ita(year: int, group: int = 0) -> str:
    return f"/ita.php?year={year}" + (f"&amp;group={group}" if group else "")


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับเรา", art(5)), ("โครงสร้าง", art(3)), ("ผู้บริหาร", art(4)),
        ("ข่าวกิจกรรม", cat(8)), ("จัดซื้อจัดจ้าง", cat(9)), ("ดาวน์โหลด", cat(10)), ("จองสนามออนไลน์", "/eservice/"),
        ("ร้องเรียนการทุจริต", "/complaint/"), ("ITA", ita(2568)), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = " | ".join(f'<a href="{u}">{esc(t)}</a>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<link rel="stylesheet" href="/templates/sat/css/template.css"></head>
<body><div id="header"><b>{ORG}</b><br><small>Sports Authority of Thailand, Suwankhet Provincial Office</small></div>
<div id="mainmenu">{menu}</div>
<div id="container"><div id="left">
<div class="module"><h3>ผู้อำนวยการ กกท.จังหวัด</h3>นายพิชิต ทองประเสริฐ<br>โทร. ๐ ๔๕๗๑ ๒๓๐๘</div>
<div class="module"><h3>ลิงก์</h3><a href="{ita(2568)}">ITA ๒๕๖๘</a><br><a href="{ita(2567)}">ITA ๒๕๖๗</a><br>
<a href="/web2565/">เว็บไซต์เดิม</a><br><a href="https://www.sat.or.th/">การกีฬาแห่งประเทศไทย</a></div>
<div class="module">ผู้เข้าชม ๔๘,๒๑๗</div></div>
<div id="content"><h2>{esc(title)}</h2>
{body}
</div></div>
<div id="footer">{ORG} สนามกีฬากลางจังหวัดสุวรรณเขต ถนนศรีสุวรรณ ตำบลในเมือง อำเภอเมือง จังหวัดสุวรรณเขต ๓๔๙๙๐
· โทร. ๐ ๔๕๗๑ ๒๓๐๘ · <a href="/sitemap/">แผนผังเว็บไซต์</a> · <a href="/privacy/">นโยบายความเป็นส่วนตัว</a></div>
</body></html>
"""


PAGES: dict[str, tuple[str, str]] = {}


def page(url: str, title: str, body: str) -> None:
    PAGES[url] = (title, body)


def dl(key: str, text: str | None = None) -> str:
    return f'<a href="{url_of(key)}">{esc(text or DOCS[key][5])}</a>'


def doclist(keys: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{dl(k)}</li>" for k in keys) + "</ul>"


# ---------------------------------------------------------------- content

page("/", "หน้าแรก", f'<p>ยินดีต้อนรับ</p><p><a href="{cat(8)}">ข่าวกิจกรรมล่าสุด</a></p>'
     f'<p><a href="{ita(2568)}">การประเมินคุณธรรมและความโปร่งใส (ITA)</a></p>')
page(art(5), "ประวัติสำนักงาน", "<p>สำนักงาน กกท.จังหวัดสุวรรณเขต ตั้งอยู่ภายในสนามกีฬากลางจังหวัด ดูแลสนามกีฬา สระว่ายน้ำ และยิมเนเซียม</p>")
page(art(3), "โครงสร้างและอำนาจหน้าที่", """<p><img src="/images/structure.png" alt="แผนภูมิโครงสร้างสำนักงาน" width="10" height="10"></p>
<h3>แผนภูมิโครงสร้างสำนักงาน</h3><ul><li>ผู้อำนวยการ กกท.จังหวัดสุวรรณเขต<ul><li>งานบริหารทั่วไป (ธุรการ การเงิน พัสดุ)</li>
<li>งานส่งเสริมกีฬาเพื่อมวลชน</li><li>งานกีฬาเพื่อความเป็นเลิศ</li><li>งานบริหารสนามกีฬาและสิ่งอำนวยความสะดวก</li></ul></li></ul>
<h3>อำนาจหน้าที่</h3><ol><li>ส่งเสริมและจัดการแข่งขันกีฬาในระดับจังหวัด</li><li>ส่งเสริมการออกกำลังกายและกีฬาเพื่อมวลชน</li>
<li>คัดเลือกและพัฒนานักกีฬาเพื่อเข้าร่วมการแข่งขันระดับชาติ</li><li>บริหารจัดการสนามกีฬาและให้บริการประชาชน</li>
<li>ประสานงานกับสมาคมกีฬาจังหวัดและองค์กรปกครองส่วนท้องถิ่น</li></ol>
<p>ตามพระราชบัญญัติการกีฬาแห่งประเทศไทย พ.ศ. ๒๕๕๘ มาตรา ๘</p>""")
page(art(4), "ผู้บริหาร", """<table><tr><td><img src="/images/director.png" alt="ผู้อำนวยการ" width="10" height="10"></td>
<td>นายพิชิต ทองประเสริฐ<br>ผู้อำนวยการ กกท.จังหวัดสุวรรณเขต<br>โทร. ๐ ๔๕๗๑ ๒๓๐๘ ต่อ ๑๑ · pichit.t@suwankhet-sat.example</td></tr>
<tr><td><img src="/images/deputy.png" alt="หัวหน้างาน" width="10" height="10"></td>
<td>นางสาวอรวรรณ แก้วมณี<br>หัวหน้างานบริหารทั่วไป<br>โทร. ๐ ๔๕๗๑ ๒๓๐๘ ต่อ ๑๒</td></tr></table>""")
page("/contact/", "ติดต่อเรา", """<p>สำนักงาน กกท.จังหวัดสุวรรณเขต สนามกีฬากลางจังหวัด ถนนศรีสุวรรณ ตำบลในเมือง อำเภอเมือง จังหวัดสุวรรณเขต ๓๔๙๙๐</p>
<p>โทรศัพท์ ๐ ๔๕๗๑ ๒๓๐๘ โทรสาร ๐ ๔๕๗๑ ๒๓๐๙ อีเมล saraban@suwankhet-sat.example</p>
<p><a href="https://maps.google.com/?q=สนามกีฬากลางจังหวัดสุวรรณเขต">แผนที่ (Google Maps)</a> · เปิดทำการ จันทร์-ศุกร์ ๐๘.๓๐-๑๖.๓๐ น.</p>""")
page("/eservice/", "จองสนามกีฬาออนไลน์ (E-Service)", """<form action="/eservice/" method="post">
<p>ชื่อ-สกุล <input name="name"></p><p>โทรศัพท์ <input name="tel"></p>
<p>สถานที่ <select name="venue"><option>สนามฟุตบอล</option><option>สระว่ายน้ำ</option><option>ยิมเนเซียม</option></select></p>
<p>วันที่ใช้ <input name="date" type="date"></p><p><button type="submit">ส่งคำขอ</button></p></form>
<p>เจ้าหน้าที่จะแจ้งผลการอนุมัติทางโทรศัพท์ภายใน ๒ วันทำการ</p>""")
page("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """<p>ท่านสามารถแจ้งเบาะแสการทุจริตของเจ้าหน้าที่ได้ทางแบบฟอร์มนี้ ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ</p>
<form action="/complaint/" method="post"><p>เรื่อง <input name="subject"></p><p>รายละเอียด <textarea name="detail"></textarea></p>
<p>ช่องทางติดต่อกลับ (ไม่บังคับ) <input name="contact"></p><p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form>
<p>หรือแจ้งทางไปรษณีย์ถึงผู้อำนวยการ กกท.จังหวัดสุวรรณเขต หรือโทร. ๐ ๔๕๗๑ ๒๓๐๘</p>""")
page("/privacy/", "นโยบายความเป็นส่วนตัว", "<p>สำนักงานเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นต่อการให้บริการ</p>")

# news (category 8): two pages; FY2568 first
NEWS = [
    (140, "2 เม.ย. 2568", "ประชุมเตรียมการแข่งขันกีฬาเยาวชนภาคตะวันออกเฉียงเหนือ"),
    (139, "21 มี.ค. 2568", "เปิดสระว่ายน้ำหลังปรับปรุงระบบกรองน้ำ"),
    (138, "3 มี.ค. 2568", "เจ้าหน้าที่ปฏิญาณตนเป็นคนดี ส่งเสริมจริยธรรม"),
    (137, "18 ก.พ. 2568", "เปิดรับฟังความคิดเห็นประชาชนต่อการปรับปรุงลู่วิ่งสนามกีฬากลาง"),
    (136, "27 ม.ค. 2568", "คัดเลือกนักกีฬาจังหวัดเข้าร่วมกีฬาแห่งชาติ ครั้งที่ ๕๒"),
    (135, "14 ม.ค. 2568", "อบรม Do's & Don'ts ตามประมวลจริยธรรมของเจ้าหน้าที่"),
    (134, "15 ธ.ค. 2567", "พิธีเปิดการแข่งขันกีฬาเยาวชนจังหวัดสุวรรณเขต ประจำปี ๒๕๖๘"),
    (133, "20 พ.ย. 2567", "วิ่งเพื่อสุขภาพ Suwankhet Fun Run 2024"),
    (132, "9 ต.ค. 2567", "ประชุมมอบนโยบายการดำเนินงานปีงบประมาณ ๒๕๖๘"),
    (131, "25 ก.ย. 2567", "ปิดการฝึกอบรมผู้ฝึกสอนกีฬาฟุตบอลระดับจังหวัด"),
    (130, "30 ส.ค. 2567", "ส่งนักกีฬาเข้าร่วมกีฬาเยาวชนแห่งชาติ"),
    (129, "12 ก.ค. 2567", "ออกกำลังกายเพื่อสุขภาพในชุมชนบ้านหนองแวง"),
]
NEWS_BODY = {
    137: """<p>วันที่ ๑๘ กุมภาพันธ์ ๒๕๖๘ สำนักงาน กกท.จังหวัดสุวรรณเขต จัดเวทีรับฟังความคิดเห็นของประชาชน ผู้ใช้สนาม
ชมรมวิ่ง และสมาคมกีฬาจังหวัด ต่อแบบการปรับปรุงลู่วิ่งสนามกีฬากลาง มีผู้เข้าร่วม ๖๒ คน ข้อเสนอที่ได้รับ เช่น
เปิดลู่วิ่งช่วงเช้า ๐๕.๐๐ น. และเพิ่มไฟส่องสว่าง สำนักงานนำข้อเสนอไปปรับแบบก่อนประกาศจัดจ้าง</p>""",
    138: "<p>เจ้าหน้าที่ทุกคนร่วมปฏิญาณตนเป็นคนดีและรับทราบประมวลจริยธรรม</p><p>ไฟล์แนบ: "
         '<a href="/download.php?id=70">รายงานกิจกรรมส่งเสริมจริยธรรม ปี ๒๕๖๘ (docx)</a></p>',
    135: "<p>สำนักงานจัดอบรม Do's &amp; Don'ts ตามประมวลจริยธรรม ให้เจ้าหน้าที่และลูกจ้าง ๑๕ คน</p>",
}
for n, date, title in NEWS:
    page(art(n), title, f"<p class=\"date\">เผยแพร่ {date}</p>" + NEWS_BODY.get(n, f"<p>{esc(title)} ณ สนามกีฬากลางจังหวัดสุวรรณเขต</p>"))


def news_list(items: list) -> str:
    return "<ul>" + "".join(f'<li><a href="{art(n)}">{esc(t)}</a> <small>{d}</small></li>' for n, d, t in items) + "</ul>"


page(cat(8), "ข่าวกิจกรรม", news_list(NEWS[:9]) + f'<p>หน้า 1 <a href="{cat(8, 9)}">2</a></p>')
page(cat(8, 9), "ข่าวกิจกรรม (หน้า 2)", news_list(NEWS[9:]) + f'<p><a href="{cat(8)}">1</a> หน้า 2</p>')

# procurement (category 9): a post a month with its สขร.1 attached; January 2568 never posted
PROC_POSTS = []
for ym, n in PROC.items():
    y, m = ym.split("-")
    aid = 200 + n
    title = f"สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{TH_M[m]} {y}".translate(TD)
    page(art(aid), title, f"<p>เผยแพร่โดย งานพัสดุ</p><p>เอกสารแนบ: {dl('skr' + ym, 'แบบ สขร.๑ (pdf)')}</p>")
    PROC_POSTS.append((aid, title))
page(art(250), "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๘", f"<p>เอกสารแนบ: {dl('proc_plan')}</p>")
page(art(251), "ประกาศจ้างพิมพ์รายงานประจำปี ๒๕๖๗", f"<p>เอกสารแนบ: {dl('printbid')}</p>")
page(cat(9), "จัดซื้อจัดจ้าง", "<ul>" + "".join(f'<li><a href="{art(a)}">{esc(t)}</a></li>' for a, t in reversed(PROC_POSTS))
     + f'<li><a href="{art(250)}">ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๘</a></li>'
     + f'<li><a href="{art(251)}">ประกาศจ้างพิมพ์รายงานประจำปี ๒๕๖๗</a></li></ul>'
     + f"<p>รายงานประจำปี: {dl('proc_annual')}</p>")

# downloads (category 10 and its children)
DL = {11: ("แผนงาน", ["action68", "budget68", "draft69", "sixm67", "strat", "other_agency"]),
      12: ("รายงาน", ["hr_report67", "gift67", "risk_report67"]),
      13: ("คู่มือ", ["manual_work", "manual_svc", "complaint_guide"]),
      14: ("สถิติ", ["stats68", "general_complaints"]),
      15: ("คุณธรรมและความโปร่งใส", ["ethics", "nogift66", "risk", "risk_invite", "anti68", "hr67"])}
page(cat(10), "ดาวน์โหลดเอกสาร", "<ul>" + "".join(f'<li><a href="{cat(c)}">{esc(t)}</a></li>' for c, (t, _k) in DL.items())
     + '<li><a href="/flipbook.php?id=45">รายงานประจำปี ๒๕๖๗ (e-book)</a></li></ul>')
for c, (t, keys) in DL.items():
    page(cat(c), f"ดาวน์โหลด: {t}", doclist(keys))

page("/flipbook.php?id=45", "รายงานประจำปี ๒๕๖๗ (e-book)",
     '<iframe src="https://drive.google.com/file/d/1sUwKx9example45/preview" width="640" height="480"></iframe>'
     f"<p>ดาวน์โหลดไฟล์ต้นฉบับ: {dl('annual67', 'รายงานผลการดำเนินงานประจำปี ๒๕๖๗ (pdf ๒.๑ MB)')}</p>")

# ITA 2568: a year selector and one page per group
GROUPS = {
    1: ("ข้อมูลพื้นฐาน", [("o1", "โครงสร้าง", f'<a href="{art(3)}">โครงสร้าง/อำนาจหน้าที่</a>'),
                         ("o2", "ข้อมูลผู้บริหาร", f'<a href="{art(4)}">ผู้บริหาร</a>'),
                         ("o3", "ข้อมูลการติดต่อ", '<a href="/contact/">ติดต่อเรา</a>'),
                         ("o4", "ข่าวประชาสัมพันธ์", f'<a href="{cat(8)}">ข่าวกิจกรรม</a>')]),
    2: ("การบริหารงานและงบประมาณ", [("o5", "แผนยุทธศาสตร์", dl("strat")),
                                   ("o6", "แผนปฏิบัติการ/การใช้งบประมาณ/รอบ ๖ เดือน",
                                    dl("action68") + "<br>" + dl("budget68") + "<br>" + dl("sixm67")),
                                   ("o7", "รายงานผลการดำเนินงานประจำปี", '<a href="/flipbook.php?id=45">เปิดอ่าน e-book</a>'),
                                   ("o8", "คู่มือปฏิบัติงาน", dl("manual_work")),
                                   ("o9", "คู่มือประชาชน", dl("manual_svc")),
                                   ("o10", "E-Service", '<a href="/eservice/">จองสนามออนไลน์</a>'),
                                   ("o11", "สถิติการให้บริการ", dl("stats68"))]),
    3: ("การจัดซื้อจัดจ้าง", [("o12", "สรุปผลจัดซื้อจัดจ้างรายเดือน", f'<a href="{cat(9)}">จัดซื้อจัดจ้าง</a>'),
                              ("o13", "รายงานผลจัดซื้อจัดจ้างประจำปี", dl("proc_annual"))]),
    4: ("บริหารทรัพยากรบุคคล", [("o14", "แผนบริหารและพัฒนาบุคลากร", dl("hr67")),
                               ("o15", "รายงานผลบริหารและพัฒนาบุคลากร", dl("hr_report67")),
                               ("o16", "ประมวลจริยธรรม/การขับเคลื่อน", dl("ethics") + "<br>" + f'<a href="{art(138)}">กิจกรรมส่งเสริมจริยธรรม</a>')]),
    5: ("ส่งเสริมความโปร่งใส", [("o17", "คู่มือจัดการเรื่องร้องเรียน", dl("complaint_guide")),
                              ("o18", "ช่องทางร้องเรียนการทุจริต", '<a href="/complaint/">แจ้งเรื่องร้องเรียน</a>'),
                              ("o19", "สถิติเรื่องร้องเรียนการทุจริต", '<a href="/download.php?id=8">สถิติเรื่องร้องเรียน ๒๕๖๘</a>'),
                              ("o20", "การมีส่วนร่วม", f'<a href="{art(137)}">รับฟังความคิดเห็น ปรับปรุงลู่วิ่ง</a>')]),
    6: ("ป้องกันการทุจริต", [("o21", "No Gift Policy", dl("nogift66")),
                            ("o22", "รายงานการรับของขวัญ", dl("gift67")),
                            ("o23", "ประเมินความเสี่ยงการทุจริต", dl("risk")),
                            ("o24", "รายงานการจัดการความเสี่ยง", dl("risk_report67")),
                            ("o25", "แผนป้องกันการทุจริต", dl("anti68")),
                            ("o26", "รายงานผลการป้องกันการทุจริต", '<a href="/web2565/anti/">รายงานผล (เว็บไซต์เดิม)</a>')]),
}
SELECT = f'<p>ปีที่ประเมิน: <a href="{ita(2568)}">๒๕๖๘</a> | <a href="{ita(2567)}">๒๕๖๗</a></p>'
page(ita(2568), "ITA ๒๕๖๘ การเปิดเผยข้อมูลสาธารณะ (OIT)", SELECT + "<ol>" + "".join(
    f'<li><a href="{ita(2568, g)}">{esc(t)}</a> ({rows[0][0]}-{rows[-1][0]})</li>' for g, (t, rows) in GROUPS.items()) + "</ol>")
for g, (t, rows) in GROUPS.items():
    body = "<table border=\"1\"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>" + "".join(
        f"<tr><td>{c}</td><td>{esc(r)}</td><td>{link}</td></tr>" for c, r, link in rows) + "</table>"
    page(ita(2568, g), f"ITA ๒๕๖๘ · {t}", SELECT + body + f'<p><a href="{ita(2568)}">กลับ</a></p>')
OLD = [("o1", "โครงสร้าง", f'<a href="{art(3)}">โครงสร้าง</a>'), ("o5", "แผนยุทธศาสตร์", dl("strat")),
       ("o6", "รายงานรอบ ๖ เดือน", dl("sixm67")), ("o14", "แผนพัฒนาบุคลากร", dl("hr67")),
       ("o21", "No Gift Policy", dl("nogift66")), ("o23", "ประเมินความเสี่ยง", dl("risk")),
       ("o26", "รายงานผลการป้องกันการทุจริต", '<a href="/download.php?id=31">รายงานผล ๒๕๖๖</a>'),
       ("o35", "ผล ITA ๒๕๖๖", dl("ita67_analysis"))]
page(ita(2567), "ITA ๒๕๖๗", SELECT + "<table border=\"1\">" + "".join(
    f"<tr><td>{c}</td><td>{esc(r)}</td><td>{link}</td></tr>" for c, r, link in OLD) + "</table>")

# the old site, still online
page("/web2565/", "เว็บไซต์เดิม (ก่อนปี ๒๕๖๖)", '<p>เว็บไซต์นี้ไม่มีการปรับปรุงแล้ว</p><ul><li><a href="/web2565/anti/">ป้องกันการทุจริต</a></li>'
     '<li><a href="/web2565/news/">ข่าวเก่า</a></li></ul>')
page("/web2565/anti/", "ป้องกันการทุจริต", doclist(["anti66_report", "ita67_analysis"]))
page("/web2565/news/", "ข่าวเก่า", "<ul><li>๑๒ ก.ย. ๒๕๖๕ แข่งขันฟุตบอลเยาวชน</li></ul>")
for n in range(1, 9):
    page(f"/web2565/news/{n}/", f"ข่าวเก่า {n}", f"<p>ข่าวกิจกรรมปี ๒๕๖๕ ลำดับ {n}</p>".translate(TD))


def where(url: str) -> str:
    url = html.unescape(url)
    if "?" in url:
        path, q = url.split("?", 1)
        return os.path.join(HERE, path.lstrip("/") + ".q", q, "index.html")
    return os.path.join(HERE, url.lstrip("/"), "index.html")


def main() -> None:
    for d in ("index.php.q", "ita.php.q", "flipbook.php.q", "web2565/news", "web2565/anti", "contact", "eservice",
              "complaint", "privacy", "sitemap"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    sitemap = "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, (t, _b) in PAGES.items()) + "</ul>"
    PAGES["/sitemap/"] = ("แผนผังเว็บไซต์", sitemap)
    for url, (title, body) in PAGES.items():
        out = where(url)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(layout(title, body))
    os.makedirs(os.path.join(HERE, "templates/sat/css"), exist_ok=True)
    with open(os.path.join(HERE, "templates/sat/css/template.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif}#left{float:left;width:200px}#content{margin-left:210px}\n")
    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    png = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da"
                        "63f8cfc0f01f0005000201a2dd8a4f0000000049454e44ae426082")
    for n in ("structure", "director", "deputy"):
        with open(os.path.join(HERE, f"images/{n}.png"), "wb") as fh:
            fh.write(png)


if __name__ == "__main__":
    main()
