"""Generate the HTML pages of the "onepagesao" test site (องค์การบริหารส่วนตำบลดอนตะแบง, invented).

Run:  python tests/sites/onepagesao/_make_pages.py   (after _make_docs.py)

An old Joomla-like CMS: every page is /index.php?option=com_content&view=article&id=N (or
view=category), kept as static copies under index.php.q/<query>/index.html; documents go out
through /download.php?id=N.  All ITA answers sit on ONE long article (id=7) with anchors #o1 … #o26;
last year's one-page answer (id=8) is still online, and so are three pages of the site before the
CMS move (/old/).  A year selector (&year=) picks the monthly procurement lists.
"""

from __future__ import annotations

import html
import os
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG, url  # noqa: E402

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def art(n: int, extra: str = "") -> str:
    return f"/index.php?option=com_content&view=article&id={n}{extra}"


def cat(n: int, extra: str = "") -> str:
    return f"/index.php?option=com_content&view=category&id={n}{extra}"


def a(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{esc(text)}</a>'


def dl(doc_id: int, text: str | None = None) -> str:
    return a(url(doc_id), text or DOCS[doc_id][1])


MENU = [("หน้าแรก", "/"), ("ประวัติความเป็นมา", art(1)), ("ข้อมูลพื้นฐาน", art(11)), ("วิสัยทัศน์", art(12)), ("สภา อบต.", art(13)), ("โครงสร้าง/อำนาจหน้าที่", art(2)), ("คณะผู้บริหาร", art(3)),
        ("ข่าวสาร", cat(30)), ("จัดซื้อจัดจ้าง", art(10, "&year=2568")), ("เอกสารดาวน์โหลด", cat(20)),
        ("E-Service", art(5)), ("ร้องเรียนการทุจริต", art(6)), ("ITA", art(7)), ("ติดต่อเรา", art(4))]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="generator" content="Joomla! - Open Source Content Management">
<link rel="stylesheet" href="/templates/tambon/css/template.css"></head>
<body>
<div id="header"><img src="/images/logo.png" alt="ตรา อบต.ดอนตะแบง" width="72" height="72">
<h2>{ORG}</h2><p>อำเภอสามชุก จังหวัดสุพรรณบุรี · โทร. ๐ ๓๕๕๗ ๘๒๑๔</p></div>
<ul id="mainmenu">
{menu}
</ul>
<div id="container"><div id="left">
<div class="moduletable"><h3>นายก อบต.</h3><p>นายประเสริฐ แก้วมณีวงศ์<br>สายตรงนายก ๐๘ ๙๕๕๓ ๒๔๑๗</p></div>
<div class="moduletable"><h3>ลิงก์</h3><p>{a(art(7), "ITA ปี ๒๕๖๘")}<br>{a(art(8), "ITA ปี ๒๕๖๗")}<br>
{a("/old/", "เว็บไซต์ อบต. (เดิม)")}<br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></p></div>
<div class="moduletable">ผู้เข้าชม ๔๘,๒๒๗</div>
</div>
<div id="content">
<h1 class="contentheading">{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} ๑๒๒ หมู่ ๔ ตำบลดอนตะแบง อำเภอสามชุก จังหวัดสุพรรณบุรี ๗๒๑๓๐<br>
โทรศัพท์/โทรสาร ๐ ๓๕๕๗ ๘๒๑๔ อีเมล dontabaeng.sao@gmail.com · Powered by Joomla!</div>
</body></html>
"""


def target(href: str) -> str:
    if href == "/":
        return os.path.join(HERE, "index.html")
    if "?" in href:
        path, query = href.split("?", 1)
        return os.path.join(HERE, path.strip("/") + ".q", quote(query, safe="=&-_.,+~"), "index.html")
    return os.path.join(HERE, href.strip("/"), "index.html")


def write(href: str, title: str, body: str, raw: bool = False) -> None:
    path = target(href)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(body if raw else layout(title, body))


def th(s: str) -> str:
    return s.translate(TH)


# ---------------------------------------------------------------- news (id, date CE, title, body, attachments)

NEWS = [
    (141, (2025, 4, 2), "ประชาสัมพันธ์ชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568", "ชำระได้ที่กองคลัง ภายใน 30 เมษายน 2568", []),
    (140, (2025, 3, 21), "กิจกรรมจิตอาสาพัฒนาคลองส่งน้ำ หมู่ที่ 6", "ผู้เข้าร่วม 74 คน ร่วมกำจัดผักตบชวา", []),
    (139, (2025, 3, 5), "โครงการฝึกอบรมอาชีพการทำน้ำพริกแปรรูป", "กลุ่มแม่บ้าน 9 หมู่บ้าน เข้าร่วม 45 คน", []),
    (138, (2025, 2, 19), "สรุปผลการประชุมประชาคมตำบล ครั้งที่ 1/2568",
     "วันที่ 18 กุมภาพันธ์ 2568 อบต.ดอนตะแบง จัดประชุมประชาคมตำบลเพื่อรับฟังความคิดเห็นของประชาชนในการทบทวนแผนพัฒนาท้องถิ่น "
     "ผู้เข้าร่วม 126 คน จาก 9 หมู่บ้าน ได้เสนอปัญหาความต้องการและจัดลำดับความสำคัญร่วมกัน", [28, 27]),
    (137, (2025, 2, 3), "รณรงค์ป้องกันโรคไข้เลือดออก", "อสม. ร่วมกับ รพ.สต.ดอนตะแบง ใส่ทรายอะเบท", []),
    (136, (2025, 1, 24), "โครงการอบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2568",
     "วันที่ 24 มกราคม 2568 อบต.ดอนตะแบง จัดอบรมเสริมสร้างจริยธรรมตามประมวลจริยธรรมของพนักงานส่วนท้องถิ่น "
     "ให้ผู้บริหาร สมาชิกสภา พนักงานและลูกจ้าง 41 คน พร้อมกิจกรรม Do's & Don'ts", [17]),
    (135, (2025, 1, 11), "งานวันเด็กแห่งชาติ ประจำปี 2568", "ศูนย์พัฒนาเด็กเล็กจัดกิจกรรมวันเด็ก", []),
    (134, (2024, 12, 20), "ประกาศรับสมัครพนักงานจ้างทั่วไป", "รับสมัคร 20 - 27 ธันวาคม 2567", []),
    (133, (2024, 12, 5), "กิจกรรมเนื่องในวันพ่อแห่งชาติ", "ปลูกต้นไม้ ณ สวนสาธารณะหนองตะแบง", []),
    (132, (2024, 11, 15), "ประเพณีลอยกระทง ประจำปี 2567", "ณ ท่าน้ำวัดดอนตะแบง", []),
    (131, (2024, 11, 9), "ประกาศผู้ชนะ จ้างจัดพิมพ์แผนพัฒนาท้องถิ่น", "รายละเอียดตามเอกสารแนบ", [4]),
    (130, (2024, 10, 23), "วันปิยมหาราช", "วางพวงมาลา ณ ที่ว่าการอำเภอสามชุก", []),
    (129, (2024, 10, 3), "ประกาศจังหวัดสุพรรณบุรี เรื่อง No Gift Policy ปี 2568", "แจ้งเพื่อทราบและถือปฏิบัติ", [21]),
    (128, (2024, 9, 18), "อบรมป้องกันสาธารณภัย อปพร.", "ผู้เข้าร่วม 60 คน", []),
    (127, (2024, 8, 12), "กิจกรรมวันแม่แห่งชาติ", "มอบเกียรติบัตรแม่ดีเด่น", []),
    (126, (2024, 7, 1), "ซ่อมแซมถนนลูกรัง หมู่ 5", "แล้วเสร็จ", []),
    (125, (2024, 5, 10), "รับลงทะเบียนเบี้ยยังชีพผู้สูงอายุ", "สำหรับผู้ที่จะอายุครบ 60 ปี", []),
    (124, (2024, 3, 8), "ประชาคมหมู่บ้าน ปี 2567", "9 หมู่บ้าน", []),
]


def be(y: int, m: int, day: int) -> str:
    return th(f"{day} {MONTHS[m - 1]} {y + 543}")


def attachments(ids: list[int]) -> str:
    if not ids:
        return ""
    rows = "".join(f"<li><img src=\"/images/pdf.png\" alt=\"\"> {dl(i)} ({DOCS[i][0]})</li>" for i in ids)
    return f'<div class="attachments"><b>ไฟล์แนบ</b><ul>{rows}</ul></div>'


def news() -> None:
    for nid, (y, m, day), title, text, files in NEWS:
        write(art(nid, "&catid=30"), title, f"<p class=\"date\">{be(y, m, day)}</p><p>{esc(text)}</p>{attachments(files)}")
    for page, chunk in ((0, NEWS[:10]), (10, NEWS[10:])):
        items = "".join(f"<li>{a(art(n, '&catid=30'), t)} <small>{be(*dt)}</small></li>" for n, dt, t, _x, _f in chunk)
        nav = a(cat(30, "&limitstart=10"), "หน้าถัดไป »") if page == 0 else a(cat(30), "« หน้าแรก")
        write(cat(30) if page == 0 else cat(30, "&limitstart=10"), "ข่าวประชาสัมพันธ์",
              f"<ul class=\"category\">{items}</ul><p class=\"pagination\">{nav}</p>")


def doc_table(ids: list[int]) -> str:
    rows = "".join(f"<tr><td>{th(str(i))}</td><td>{dl(i)}</td><td>{be(*DOCS[i][2].timetuple()[:3])}</td>"
                   f"<td>{a(url(i), 'ดาวน์โหลด')}</td></tr>" for i in ids)
    return f'<table class="category"><tr><th>#</th><th>ชื่อเอกสาร</th><th>วันที่</th><th></th></tr>{rows}</table>'


def categories() -> None:
    cats = {21: ("แผนงาน / งบประมาณ", [29, 7, 6, 5, 4, 3]), 22: ("รายงานผลการดำเนินงาน", [10, 9, 14]),
            23: ("งานบุคคล", [16, 15]), 24: ("คุณธรรมและความโปร่งใส", [23, 22, 19, 20, 25, 17]),
            25: ("คู่มือ", [11, 12, 18])}
    body = "<ul>" + "".join(f"<li>{a(cat(n), t)}</li>" for n, (t, _i) in cats.items()) + "</ul>"
    write(cat(20), "เอกสารดาวน์โหลด", body)
    for n, (title, ids) in cats.items():
        write(cat(n), title, doc_table(ids))


def procurement() -> None:
    sel = (f'<form><label>ปีงบประมาณ</label> {a(art(10, "&year=2568"), "๒๕๖๘")} | '
           f'{a(art(10, "&year=2567"), "๒๕๖๗")}</form>')
    rows = "".join(f"<tr><td>{dl(i)}</td><td>{be(*DOCS[i][2].timetuple()[:3])}</td></tr>" for i in range(40, 45))
    write(art(10, "&year=2568"), "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)",
          sel + f"<h3>ปีงบประมาณ ๒๕๖๘</h3><table>{rows}</table>")
    write(art(10, "&year=2567"), "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)",
          sel + f"<h3>ปีงบประมาณ ๒๕๖๗</h3><p>ข้อมูลปีงบประมาณ ๒๕๖๗ ดูได้ที่ {a('/old/', 'เว็บไซต์เดิม')}</p>")


def static_pages() -> None:
    latest = "".join(f"<li>{a(art(n, '&catid=30'), t)} <small>{be(*dt)}</small></li>" for n, dt, t, _x, _f in NEWS[:6])
    write("/", "หน้าแรก", f"<h3>ข่าวล่าสุด</h3><ul>{latest}</ul><p>{a(cat(30), 'ดูทั้งหมด')}</p>"
          f"<p>{a(art(7), 'การเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๘')}</p>")
    write(art(1), "ประวัติความเป็นมา", th("<p>อบต.ดอนตะแบง ยกฐานะจากสภาตำบลเมื่อ พ.ศ. 2540 มี 9 หมู่บ้าน "
                                         "พื้นที่ 36 ตารางกิโลเมตร ประชากร 5,218 คน</p>"))
    write(art(2), "โครงสร้างและอำนาจหน้าที่", """<h3>โครงสร้างองค์กร</h3><img src="/images/chart2567.jpg" alt="แผนผังโครงสร้าง" width="400" height="300">
<h4>ฝ่ายการเมือง (ฝ่ายบริหาร)</h4><ul><li>นายก อบต. นายประเสริฐ แก้วมณีวงศ์</li><li>รองนายก อบต. (2 คน)</li><li>เลขานุการนายก อบต.</li></ul>
<h4>ฝ่ายนิติบัญญัติ สภา อบต.</h4><ul><li>ประธานสภา นายบุญเลิศ ชมภู</li><li>รองประธานสภา</li><li>สมาชิกสภา อบต. 9 คน</li></ul>
<h4>ฝ่ายประจำ</h4><ul><li>ปลัด อบต. นางรัชนี ศรีสุวรรณ์</li><li>สำนักปลัด</li><li>กองคลัง</li><li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>หน่วยตรวจสอบภายใน</li></ul>
<h3>อำนาจหน้าที่</h3><ol><li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ</li>
<li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li><li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li>
<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li></ol><p>(ตาม พ.ร.บ.สภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 67 68)</p>""")
    people = [("นายประเสริฐ แก้วมณีวงศ์", "นายก อบต.ดอนตะแบง", "089-553-2417"), ("นายวิชัย พึ่งบุญ", "รองนายก อบต.", "086-114-2980"),
              ("นางสาวจันทร์เพ็ญ อินทร์แก้ว", "รองนายก อบต.", "081-927-5530"), ("นางรัชนี ศรีสุวรรณ์", "ปลัด อบต.", "035-578-214")]
    write(art(3), "คณะผู้บริหาร", "".join(f'<div class="person"><img src="/images/exec{i}.jpg" alt="{esc(n)}" width="120" height="150">'
                                         f"<p>{esc(n)}<br>{esc(p)}<br>โทร. {t}</p></div>" for i, (n, p, t) in enumerate(people, 1)))
    write(art(4), "ติดต่อเรา", """<p>องค์การบริหารส่วนตำบลดอนตะแบง ๑๒๒ หมู่ ๔ ตำบลดอนตะแบง อำเภอสามชุก จังหวัดสุพรรณบุรี ๗๒๑๓๐</p>
<p>โทรศัพท์/โทรสาร ๐ ๓๕๕๗ ๘๒๑๔ · อีเมล dontabaeng.sao@gmail.com · Facebook: อบต.ดอนตะแบง</p>
<p><a href="https://maps.google.com/?q=14.77,100.09">แผนที่ตั้ง (Google Maps)</a></p><p>เวลาทำการ จันทร์ - ศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น.</p>""")
    write(art(5), "E-Service ยื่นคำร้องออนไลน์", """<p>ประชาชนสามารถยื่นคำร้องได้โดยไม่ต้องเดินทางมาที่ อบต.</p>
<form action="https://docs.google.com/forms/d/e/1FAIpQLSdT-dontabaeng-eservice/formResponse" method="post">
<label>ชื่อ-สกุล <input name="entry.1"></label><label>เบอร์โทร <input name="entry.2"></label>
<label>เรื่องที่ขอรับบริการ <select name="entry.3"><option>ขอน้ำอุปโภคบริโภค</option><option>ขอซ่อมไฟฟ้าส่องสว่าง</option>
<option>ขออนุญาตก่อสร้าง</option></select></label><textarea name="entry.4"></textarea><button>ส่งคำร้อง</button></form>""")
    write(art(6), "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """<p>แจ้งเบาะแสการทุจริตได้ทางแบบฟอร์มนี้ ข้อมูลผู้ร้องจะถูกเก็บเป็นความลับ</p>
<form action="https://docs.google.com/forms/d/e/1FAIpQLSdT-dontabaeng-complaint/formResponse" method="post">
<label>เรื่องที่ร้องเรียน <input name="entry.1"></label><label>รายละเอียด <textarea name="entry.2"></textarea></label>
<label>ช่องทางติดต่อกลับ (ไม่บังคับ) <input name="entry.3"></label><button>ส่งเรื่อง</button></form>
<p>หรือ ตู้รับเรื่องร้องเรียนหน้าที่ทำการ · โทร. ๐ ๓๕๕๗ ๘๒๑๔ · <a href="https://www.nacc.go.th/">ป.ป.ช.</a></p>""")
    write(art(9), "แผนปฏิบัติการป้องกันการทุจริต (เปิดอ่าน)", f"""<p>เปิดอ่านแบบ Flipbook</p>
<iframe src="https://drive.google.com/file/d/1xDonTaBaeNgAntiPlan6568/preview" width="640" height="480"></iframe>
<p>{a(url(25), "ดาวน์โหลดไฟล์ PDF")}</p>""")


ITA_ROWS = [  # o, the office's wording, links (href, text)
    (1, "โครงสร้าง", [(art(2), "โครงสร้างและอำนาจหน้าที่")]),
    (2, "ผู้บริหาร", [(art(3), "คณะผู้บริหาร")]),
    (3, "ติดต่อ", [(art(4), "ติดต่อเรา")]),
    (4, "ข่าวสาร", [(cat(30), "ข่าวประชาสัมพันธ์")]),
    (5, "แผนพัฒนาท้องถิ่น", [(url(3), "แผนพัฒนาท้องถิ่น")]),
    (6, "แผนดำเนินงาน/ข้อบัญญัติ/รายงานรอบ 6 เดือน", [(url(5), "แผนการดำเนินงาน"), (url(7), "ข้อบัญญัติ"),
                                                 (url(9), "รายงานรอบ 6 เดือน")]),
    (7, "รายงานผลการดำเนินงาน", [(url(10), "รายงานผลการติดตามและประเมินผลแผน")]),
    (8, "คู่มือปฏิบัติงาน", [(url(11), "คู่มือการปฏิบัติงาน")]),
    (9, "คู่มือประชาชน", [(url(12), "คู่มือสำหรับประชาชน")]),
    (10, "E-Service", [(art(5), "ยื่นคำร้องออนไลน์")]),
    (11, "สถิติการให้บริการ", [(url(13), "สถิติการให้บริการ")]),
    (12, "จัดซื้อจัดจ้าง", [(art(10, "&year=2568"), "สขร.1 รายเดือน")]),
    (13, "รายงานจัดซื้อจัดจ้างประจำปี", [(url(14), "รายงานสรุปผลการจัดซื้อจัดจ้าง")]),
    (14, "แผนบุคลากร", [(url(15), "แผนพัฒนาบุคลากร")]),
    (15, "รายงานงานบุคคล", [(url(16), "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล")]),
    (16, "จริยธรรม", [(url(17), "ประมวลจริยธรรม"), (art(136, "&catid=30"), "อบรมคุณธรรมจริยธรรม")]),
    (17, "คู่มือร้องเรียน", [(url(18), "คู่มือการจัดการเรื่องร้องเรียน")]),
    (18, "ช่องทางร้องเรียน", [(art(6), "แจ้งเรื่องร้องเรียนการทุจริต")]),
    (19, "สถิติร้องเรียน", [(url(19), "สถิติเรื่องร้องเรียน")]),
    (20, "การมีส่วนร่วม", [(art(138, "&catid=30"), "ประชาคมตำบล")]),
    (21, "No Gift Policy", [(url(20), "ประกาศเจตนารมณ์ No Gift Policy")]),
    (22, "รายงานการรับของขวัญ", [(url(22), "รายงานการรับทรัพย์สินฯ")]),
    (23, "ประเมินความเสี่ยงสินบน", [(url(23), "การประเมินความเสี่ยงการให้หรือรับสินบน")]),
    (24, "รายงานจัดการความเสี่ยง", [(url(8), "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยง")]),
    (25, "แผนป้องกันการทุจริต", [(art(9), "แผนปฏิบัติการป้องกันการทุจริต")]),
    (26, "รายงานป้องกันการทุจริต", [(url(26), "รายงานผลการดำเนินการป้องกันการทุจริต")]),
]


def ita() -> None:
    toc = " ".join(f'<a href="#o{o}">o{o}</a>' for o, _t, _l in ITA_ROWS)
    parts = [f"<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p><p class=\"toc\">{toc}</p>"]
    for o, text, links in ITA_ROWS:
        items = " · ".join(a(h, t) for h, t in links)
        parts.append(f'<h3 id="o{o}">o{o} {esc(text)}</h3><p>{items}</p><p><a href="#top">กลับด้านบน</a></p>')
    write(art(7), "ITA ๒๕๖๘ (o1 - o26)", "\n".join(parts))
    old = [(1, "โครงสร้าง", art(2)), (5, "แผนพัฒนา", url(3)), (10, "แผนดำเนินงาน 2567", url(6)),
           (11, "รายงานรอบ 6 เดือน 2567", url(9)), (36, "แผนพัฒนาบุคลากร 2567", url(15)), (40, "No Gift", url(20))]
    write(art(8), "ITA ๒๕๖๗", "".join(f'<h3 id="o{o}">o{o} {esc(t)}</h3><p>{a(h, "คลิก")}</p>' for o, t, h in old))


def old_site() -> None:
    style = '<html><head><meta charset="utf-8"><title>อบต.ดอนตะแบง (เว็บเดิม)</title></head><body bgcolor="#ffffcc">'
    links = f'{a("/old/ita-2566/", "ITA 2566")} | {a("/old/news/", "ข่าวสาร")} | {a("/", "เว็บไซต์ใหม่")}'
    write("/old/", "", f"{style}<h2>{ORG}</h2><p>{links}</p><p>เว็บไซต์นี้ย้ายไปที่ระบบใหม่แล้ว</p></body></html>", raw=True)
    write("/old/ita-2566/", "", f"{style}<h2>ITA 2566</h2><p>{links}</p><table border=1>"
          f"<tr><td>O37 รายงานผลการดำเนินการป้องกันการทุจริต</td><td>{dl(26, 'เปิด')}</td></tr>"
          f"<tr><td>O34 No Gift Policy</td><td>{dl(20, 'เปิด')}</td></tr></table></body></html>", raw=True)
    write("/old/news/", "", f"{style}<h2>ข่าวสาร (เดิม)</h2><p>{links}</p><ul><li>ประชาคมหมู่บ้าน ปี 2566</li>"
          "<li>อบรม อปพร. 2566</li></ul></body></html>", raw=True)


def assets() -> None:
    from PIL import Image

    os.makedirs(os.path.join(HERE, "templates/tambon/css"), exist_ok=True)
    with open(os.path.join(HERE, "templates/tambon/css/template.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#left{float:left;width:200px}#content{margin-left:220px}\n")
    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    for fname, size, colour in [("logo.png", (72, 72), (0, 102, 51)), ("pdf.png", (16, 16), (200, 0, 0)),
                                ("chart2567.jpg", (400, 300), (230, 230, 250))] + [
                                    (f"exec{i}.jpg", (120, 150), (180, 180, 180)) for i in range(1, 5)]:
        Image.new("RGB", size, colour).save(os.path.join(HERE, "images", fname))


def more_pages() -> None:
    write(art(11), "สภาพทั่วไปและข้อมูลพื้นฐาน", th("<p>ทิศเหนือ ติดต่อตำบลหนองผักนาก ทิศใต้ ติดต่อตำบลบ้านสระ "
                                                    "9 หมู่บ้าน 1,602 ครัวเรือน</p>"))
    write(art(12), "วิสัยทัศน์ พันธกิจ", "<p>ดอนตะแบงน่าอยู่ เกษตรปลอดภัย ประชาชนมีส่วนร่วม</p>")
    write(art(13), "สภา อบต.ดอนตะแบง", th("<p>ประธานสภา นายบุญเลิศ ชมภู รองประธานสภา นางสมใจ พรมมา "
                                            "สมาชิกสภา 9 คน เลขานุการสภา ปลัด อบต.</p>"))


def main() -> None:
    assets()
    more_pages()
    static_pages()
    news()
    categories()
    procurement()
    ita()
    old_site()


if __name__ == "__main__":
    main()
