"""Generate the HTML pages of the "radiostation" test site (invented: สถานีวิทยุกระจายเสียงแห่ง
ประเทศไทยจังหวัดศรีวารินทร์).

Run:  python tests/sites/radiostation/_make_pages.py   (after _make_docs.py)

A Joomla-style CMS: articles are ``/index.php?option=com_content&view=article&id=N``, category lists
``...&view=category&id=N`` (the news list in two pages with ``&limitstart=10``), documents go out
through ``/download.php?id=N`` (static copies under ``<path>.q/<query>/``, see crawler/serve.py).
The ITA 2569 page is split: an index article with one article per group (9.1 … 10.2), each a short
table of its items in the station's own wording.  The anti-corruption plans sit behind a year
selector (``com_docman ... &year=2569`` / ``&year=2568``).  The action plan is shown in an embedded
Google Drive viewer with a direct download beside it; the annual report as a flipbook link.  The
previous WordPress site is still online under /old/, with last year's ITA page.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))

from _make_docs import DOCS, ORG  # noqa: E402

from crawler.serve import _query_name  # noqa: E402

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def thai(s: str) -> str:
    return s.translate(TH)


def be(dt) -> str:
    return thai(f"{dt.day} {MON[dt.month - 1]} {dt.year + 543}")


def art(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def cat(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&view=category&id={n}" + (f"&limitstart={start}" if start else "")


def url(key: str) -> str:
    path = DOCS[key][0]
    if path.startswith("download.php.q/"):
        return "/download.php?" + path.split("/")[1]
    return "/" + path


def size(key: str) -> str:
    return f"{os.path.getsize(os.path.join(HERE, DOCS[key][0])) / 1024:.1f} KB"


def a(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{esc(text)}</a>'


def dlink(key: str, text: str | None = None) -> str:
    ext = DOCS[key][0].rsplit(".", 1)[1].upper()
    return f'{a(url(key), text or DOCS[key][1])} <small>[{ext} {size(key)}]</small>'


MENU = [("หน้าหลัก", "/"), ("เกี่ยวกับสถานี", art(2)), ("ผังรายการ", art(6)), ("ข่าวประชาสัมพันธ์", cat(8)),
        ("จัดซื้อจัดจ้าง", cat(10)), ("เอกสารดาวน์โหลด", cat(9)), ("E-Service", art(150)),
        ("ร้องเรียนการทุจริต", art(151)), ("ITA", art(100)), ("ถาม-ตอบ", art(152)), ("ติดต่อเรา", art(5))]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management">
<link rel="stylesheet" href="/templates/prd_radio/css/template.css"></head>
<body>
<div id="header"><img src="/templates/prd_radio/images/logo_prd.png" alt="กรมประชาสัมพันธ์" width="72" height="72">
<b>{ORG}</b><br>FM ๙๒.๗๕ MHz · AM ๑๒๑๕ KHz · กรมประชาสัมพันธ์ สำนักนายกรัฐมนตรี
<div id="live">🔴 ฟังสด <a href="https://radio.example-prd.invalid/live/srivarin">คลิกที่นี่</a></div></div>
<ul id="mainmenu">
{menu}
</ul>
<div id="container"><div id="left">
<div class="module"><h3>ผู้อำนวยการสถานี</h3><img src="/images/director.jpg" alt="ผู้อำนวยการ" width="110" height="140"><br>
นางสาวพิมพ์ลภัส วงศ์ธาราทิพย์</div>
<div class="module"><h3>ITA</h3>{a(art(100), "ITA ปี ๒๕๖๙")}<br>{a("/old/ita-2568/", "ITA ปี ๒๕๖๘ (เว็บไซต์เดิม)")}</div>
<div class="module"><h3>ลิงก์หน่วยงาน</h3><a href="https://www.prd.go.th/">กรมประชาสัมพันธ์</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a><br><a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a><br>
{a("/old/", "เว็บไซต์เดิม (ก่อน ๒๕๖๘)")}</div>
<div class="module">ผู้เข้าชม ๑๔๖,๒๐๘</div>
</div>
<div id="content">
<h2 class="contentheading">{esc(title)}</h2>
{body}
</div></div>
<div id="footer">{ORG} ๑๑๘ ถนนราชดำริ ตำบลในเมือง อำเภอเมืองศรีวารินทร์ จังหวัดศรีวารินทร์ ๓๓๙๙๐<br>
โทร ๐ ๔๔๗๑ ๒๒๙๐ โทรสาร ๐ ๔๔๗๑ ๒๒๙๑ · อีเมล radio.srivarin@prd-example.invalid · {a(art(7), "นโยบายเว็บไซต์")}</div>
</body></html>
"""


PAGES: dict[str, str] = {}


def page(u: str, title: str, body: str) -> None:
    PAGES[u] = layout(title, body)


def table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    th = "".join(f"<th>{h}</th>" for h in header)
    trs = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="contentpaneopen" border="1">\n<tr>{th}</tr>\n{trs}\n</table>'


# ---------------------------------------------------------------- about
page(art(2), "ประวัติสถานี", "<p>สถานีวิทยุกระจายเสียงแห่งประเทศไทยจังหวัดศรีวารินทร์ (สวท.ศรีวารินทร์) "
     "ก่อตั้งเมื่อ พ.ศ. ๒๕๒๑ สังกัดสำนักประชาสัมพันธ์เขต ๒ กรมประชาสัมพันธ์ ออกอากาศระบบ FM ๙๒.๗๕ MHz และ AM ๑๒๑๕ KHz</p>"
     f"<p>{a(art(3), 'โครงสร้างและอำนาจหน้าที่')} · {a(art(4), 'ผู้บริหาร')}</p>")
page(art(3), "โครงสร้างและอำนาจหน้าที่", """<img src="/images/org_chart_2568.png" alt="แผนภูมิโครงสร้างสถานี" width="600" height="340">
<h3>โครงสร้างการบริหารงาน</h3>
<ul><li>ผู้อำนวยการสถานีวิทยุกระจายเสียงแห่งประเทศไทยจังหวัดศรีวารินทร์
<ul><li>ฝ่ายบริหารทั่วไป (ธุรการ การเงิน พัสดุ บุคคล)</li><li>ฝ่ายข่าว</li><li>ฝ่ายรายการ</li><li>ฝ่ายช่างเทคนิค</li></ul></li></ul>
<h3>อำนาจหน้าที่</h3>
<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมประชาสัมพันธ์ สำนักนายกรัฐมนตรี พ.ศ. ๒๕๖๐ สถานีมีหน้าที่ดังนี้</p>
<ol><li>ผลิตและเผยแพร่รายการวิทยุเพื่อประชาสัมพันธ์นโยบายและผลงานของรัฐบาลในพื้นที่จังหวัด</li>
<li>เผยแพร่ข่าวสารของส่วนราชการและหน่วยงานในจังหวัด</li>
<li>เป็นศูนย์กลางการสื่อสารในภาวะฉุกเฉินและภัยพิบัติ</li>
<li>บำรุงรักษาเครื่องส่งและระบบออกอากาศ</li>
<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>""")
page(art(4), "ผู้บริหาร", table([
    ('<img src="/images/p1.jpg" alt="" width="90" height="110">', "นางสาวพิมพ์ลภัส วงศ์ธาราทิพย์", "ผู้อำนวยการสถานี", "๐ ๔๔๗๑ ๒๒๙๐ ต่อ ๑๐๑"),
    ('<img src="/images/p2.jpg" alt="" width="90" height="110">', "นายกิตติพัฒน์ ชัยมงคลรัตน์", "หัวหน้าฝ่ายรายการ", "๐ ๔๔๗๑ ๒๒๙๐ ต่อ ๑๐๓"),
    ('<img src="/images/p3.jpg" alt="" width="90" height="110">', "นางวรรณวิสา ทองประเสริฐกุล", "หัวหน้าฝ่ายบริหารทั่วไป", "๐ ๔๔๗๑ ๒๒๙๐ ต่อ ๑๐๒"),
    ('<img src="/images/p4.jpg" alt="" width="90" height="110">', "นายธนภูมิ ศรีสุวรรณเดช", "หัวหน้าฝ่ายช่างเทคนิค", "๐ ๔๔๗๑ ๒๒๙๐ ต่อ ๑๐๔"),
], ("รูป", "ชื่อ - สกุล", "ตำแหน่ง", "โทรศัพท์")))
page(art(5), "ติดต่อเรา", """<p>สถานีวิทยุกระจายเสียงแห่งประเทศไทยจังหวัดศรีวารินทร์<br>
๑๑๘ ถนนราชดำริ ตำบลในเมือง อำเภอเมืองศรีวารินทร์ จังหวัดศรีวารินทร์ ๓๓๙๙๐<br>
โทรศัพท์ ๐ ๔๔๗๑ ๒๒๙๐ · โทรศัพท์ห้องจัดรายการ ๐ ๔๔๗๑ ๒๒๙๕ · โทรสาร ๐ ๔๔๗๑ ๒๒๙๑<br>
อีเมล radio.srivarin@prd-example.invalid · Facebook: สวท.ศรีวารินทร์<br>
เวลาทำการ จันทร์ - ศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น.</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!srivarin-radio" width="500" height="300" title="แผนที่"></iframe>
<p>มีข้อสงสัย สอบถามได้ที่ <a href="/index.php?option=com_content&amp;view=article&amp;id=152">กระดานถาม-ตอบ</a></p>""")
page(art(6), "ผังรายการ", table([("๐๕.๐๐ - ๐๖.๐๐", "ข่าวเช้า สวท."), ("๐๖.๐๐ - ๐๘.๐๐", "ศรีวารินทร์ยามเช้า"),
                                  ("๑๒.๐๐ - ๑๓.๐๐", "เกษตรก้าวหน้า"), ("๑๘.๐๐ - ๑๙.๐๐", "ข่าวภาคค่ำ")], ("เวลา", "รายการ")))
page(art(7), "นโยบายเว็บไซต์", "<p>นโยบายการคุ้มครองข้อมูลส่วนบุคคลและนโยบายการรักษาความมั่นคงปลอดภัยของเว็บไซต์</p>")

# ---------------------------------------------------------------- services
page(art(150), "E-Service ขอประชาสัมพันธ์ข่าวสารออนไลน์", f"""<p>หน่วยงานราชการ องค์กรการกุศล และประชาชน ยื่นคำขอประชาสัมพันธ์ข่าวสาร
หรือขอสำเนาเทปรายการย้อนหลังได้ทางออนไลน์ เจ้าหน้าที่จะแจ้งผลภายใน ๑ วันทำการ</p>
<form action="/eservice/submit.php" method="post">
<label>ชื่อหน่วยงาน/ผู้ขอ <input name="org" required></label><br>
<label>ประเภทคำขอ <select name="type"><option>ขอประชาสัมพันธ์ข่าว</option><option>ขอสำเนาเทปรายการ</option></select></label><br>
<label>ข้อความที่ต้องการออกอากาศ <textarea name="msg"></textarea></label><br>
<label>แนบไฟล์ <input type="file" name="file"></label><br>
<label>โทรศัพท์ <input name="tel"></label> <label>อีเมล <input name="email" type="email"></label><br>
<button type="submit">ส่งคำขอ</button></form>
<p>{dlink("svc-stats")} · {dlink("svc-manual", "คู่มือสำหรับประชาชน การขอใช้บริการ")}</p>""")
page(art(151), "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """<p>ท่านสามารถแจ้งเบาะแสการทุจริตของเจ้าหน้าที่สถานีได้ที่แบบฟอร์มนี้
ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>
<form action="/complaint/send.php" method="post">
<label>ชื่อ - สกุล (ไม่ระบุได้) <input name="name"></label><br>
<label>เรื่องที่ร้องเรียน <input name="subject" required></label><br>
<label>รายละเอียด <textarea name="detail" required></textarea></label><br>
<label>หลักฐาน <input type="file" name="evidence"></label><br><button type="submit">ส่งเรื่อง</button></form>
<p>ช่องทางอื่น: โทร ๐ ๔๔๗๑ ๒๒๙๐ ต่อ ๑๐๒ · <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท. (ศูนย์ ๑๒๐๖)</a></p>""")
page(art(152), "กระดานถาม-ตอบ", """<div class="qa"><b>ถาม</b> (ผู้ฟังบ้านหนองแคน, ๑๒ ม.ค. ๒๕๖๙) อยากขอเพลงในรายการศรีวารินทร์ยามเช้าต้องทำอย่างไร<br>
<b>ตอบ</b> (แอดมิน, ๑๒ ม.ค. ๒๕๖๙) โทรเข้าห้องจัดรายการ ๐ ๔๔๗๑ ๒๒๙๕ ระหว่าง ๐๖.๐๐ - ๐๘.๐๐ น. ค่ะ</div>
<div class="qa"><b>ถาม</b> (อบต.โนนสะอาด, ๔ มี.ค. ๒๕๖๙) ขอประชาสัมพันธ์งานประเพณีต้องยื่นล่วงหน้ากี่วัน<br>
<b>ตอบ</b> (แอดมิน, ๕ มี.ค. ๒๕๖๙) อย่างน้อย ๓ วันทำการ ยื่นทาง E-Service ได้ค่ะ</div>
<form action="/qa/post.php" method="post"><label>ชื่อ <input name="name"></label><br>
<label>คำถาม <textarea name="q" required></textarea></label><br><button type="submit">ส่งคำถาม</button></form>""")

# ---------------------------------------------------------------- news (category 8, two pages)
NEWS = [  # id, date (y, m, d in CE), title, extra body
    (224, (2026, 4, 8), "สวท.ศรีวารินทร์ ร่วมรณรงค์ขับขี่ปลอดภัยช่วงสงกรานต์ ๒๕๖๙", ""),
    (223, (2026, 3, 20), "ผู้อำนวยการสถานีมอบเกียรติบัตรบุคลากรต้นแบบด้านจริยธรรม", ""),
    (222, (2026, 2, 19), "ประชุมคณะทำงานส่งเสริมคุณธรรมและความโปร่งใส ครั้งที่ ๑/๒๕๖๙", "draft"),
    (221, (2026, 2, 2), "สวท.ศรีวารินทร์ จัดเวทีรับฟังความคิดเห็นผู้ฟังต่อผังรายการ ปี ๒๕๖๙", "particip"),
    (220, (2026, 1, 13), "ขอเชิญร่วมเวทีรับฟังความคิดเห็นผู้ฟัง ๒๗ มกราคม ๒๕๖๙", "invite"),
    (219, (2026, 1, 9), "เผยแพร่สถิติเรื่องร้องเรียน", "stats"),
    (218, (2025, 12, 22), "เผยแพร่รายงานประจำปี ๒๕๖๘ ในรูปแบบ e-Book", ""),
    (217, (2025, 12, 5), "สถานีเคลื่อนที่ ข่าวสารภาครัฐสู่ชุมชน ณ อำเภอโนนสะอาด", ""),
    (216, (2025, 11, 14), "ประชุมชี้แจงประมวลจริยธรรมและ Do's & Don'ts แก่บุคลากร", ""),
    (215, (2025, 10, 24), "ประกาศใช้แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", ""),
    (214, (2025, 9, 18), "สวท.ศรีวารินทร์ ร่วมงานวันสื่อสารแห่งชาติ", ""),
    (213, (2025, 8, 12), "ร่วมกิจกรรมเฉลิมพระเกียรติวันแม่แห่งชาติ", ""),
    (212, (2025, 6, 20), "อบรมประมวลจริยธรรม ประจำปี ๒๕๖๘", ""),
    (211, (2025, 3, 21), "อบรมเสริมสร้างวัฒนธรรมสุจริต ประจำปี ๒๕๖๘", ""),
]
for n, (y, m, dd), title, extra in NEWS:
    from datetime import date

    when = date(y, m, dd)
    body = f'<p class="createdate">{be(when)}</p><p>{esc(title)} โดยมีผู้อำนวยการสถานีเป็นประธาน เจ้าหน้าที่และภาคีเครือข่ายเข้าร่วม</p>'
    body += '<img src="/images/news/' + str(n) + '.jpg" alt="ภาพกิจกรรม" width="400" height="260">'
    if extra == "draft":
        body += f'<p>ที่ประชุมพิจารณาร่างแผนปฏิบัติการป้องกันการทุจริต ปี ๒๕๖๙ และให้ฝ่ายบริหารทั่วไปปรับปรุงก่อนเสนอผู้อำนวยการ</p><p>เอกสารแนบ: {dlink("anti69-draft")}</p>'
    elif extra == "particip":
        body += f'<p>ผู้เข้าร่วม ๔๖ คน เสนอให้เพิ่มรายการภาษาถิ่นและข่าวราคาพืชผล</p><p>เอกสารแนบ: {dlink("particip")}</p>'
    elif extra == "invite":
        body += f'<p>เอกสารแนบ: {dlink("invite")}</p>'
    elif extra == "stats":
        body += f'<p>สถานีเผยแพร่ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</p><p>เอกสารแนบ: {dlink("complaint-stats68")}</p>'
    elif n == 218:
        body += f'<p>อ่านรายงานได้ที่ {a(art(121), "e-Book รายงานประจำปี")}</p>'
    elif n == 215:
        body += f'<p>ดูแผนได้ที่ {a(art(120), "แผนปฏิบัติราชการ ๒๕๖๙")}</p>'
    page(art(n), title, body)


def news_list(items) -> str:
    return "<ul class=\"category\">" + "".join(
        f"<li>{a(art(n), t)} <small>{be(date(*ymd))}</small></li>" for n, ymd, t, _ in items) + "</ul>"


page(cat(8), "ข่าวประชาสัมพันธ์", news_list(NEWS[:10]) + f'<p class="pagination">หน้า ๑ · {a(cat(8, 10), "๒")} · {a(cat(8, 10), "ถัดไป")}</p>')
page(cat(8, 10), "ข่าวประชาสัมพันธ์", news_list(NEWS[10:]) + f'<p class="pagination">{a(cat(8), "๑")} · หน้า ๒</p>')

# ---------------------------------------------------------------- viewer pages
page(art(120), "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๙", f"""<iframe src="https://drive.google.com/file/d/1sVw_AP2569x/preview" width="640" height="800" title="แผนปฏิบัติราชการ"></iframe>
<p>ดาวน์โหลด: {dlink("action69", "แผนปฏิบัติราชการ ๒๕๖๙ (PDF)")} · {dlink("budget69")}</p>""")
page(art(121), "รายงานประจำปี ๒๕๖๘ (e-Book)", f"""<p><a href="https://online.anyflip.com/srivarin/radio2568/">เปิดอ่านแบบ Flipbook</a></p>
<p>ดาวน์โหลดไฟล์: {dlink("annual68")}</p>""")

# ---------------------------------------------------------------- downloads (category 9)
DL9 = ["svc-manual", "manual", "egp-manual", "ethics-code", "hr-criteria", "hr-plan68", "hr-report68",
       "strat", "strat-eval", "action68", "complaint-guide"]
page(cat(9), "เอกสารดาวน์โหลด", "<ul>" + "".join(f"<li>{dlink(k)} <small>{be(DOCS[k][2])}</small></li>" for k in DL9) + "</ul>")

# ---------------------------------------------------------------- procurement (category 10 and the monthly post)
page(cat(10), "จัดซื้อจัดจ้าง", "<ul>" + "".join([
    f"<li>{a(art(160), 'สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑) ปีงบประมาณ ๒๕๖๙')}</li>",
    f"<li>{dlink('print-notice')}</li>",
    f"<li>{dlink('proc-annual')}</li>",
    '<li><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch">ประกาศจัดซื้อจัดจ้าง (e-GP)</a></li>']) + "</ul>")
page(art(160), "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)", "<p>ไฟล์แนบ</p><ol>" + "".join(
    f"<li>{dlink(k)} <small>{be(DOCS[k][2])}</small></li>" for k in ["skr-03", "skr-01", "skr-12", "skr-11", "skr-10", "skr-09"]) + "</ol>")

# ---------------------------------------------------------------- year selector of anti-corruption plans
SEL = "/index.php?option=com_docman&task=cat_view&gid=30&year="


def selector(year: int, body: str) -> None:
    opts = " | ".join(a(SEL + str(y), f"ปี {thai(str(y))}") if y != year else f"<b>ปี {thai(str(y))}</b>" for y in (2569, 2568))
    page(SEL + str(year), "แผนป้องกันการทุจริต", f"<p>เลือกปีงบประมาณ: {opts}</p>{body}")


selector(2569, "<p>ยังไม่มีเอกสารในหมวดนี้</p>")
selector(2568, f"<ul><li>{dlink('anti68')}</li><li>{dlink('anti-report68')}</li></ul>")

# ---------------------------------------------------------------- ITA 2569: index + one article per group
GROUPS = [
    (101, "๙.๑ ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้างและอำนาจหน้าที่", art(3)), ("o2", "ข้อมูลผู้บริหาร", art(4)),
        ("o3", "ข้อมูลการติดต่อ/ถาม-ตอบ", art(5)), ("o4", "ข่าวประชาสัมพันธ์", cat(8))]),
    (102, "๙.๒ การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("o5", "แผนยุทธศาสตร์สถานี", url("strat")), ("o6", "แผนปฏิบัติราชการประจำปี", art(120)),
        ("o7", "รายงานประจำปี", art(121)), ("o8", "คู่มือการปฏิบัติงาน", url("manual")),
        ("o9", "คู่มือสำหรับประชาชน", url("svc-manual")), ("o10", "E-Service", art(150))]),
    (103, "๙.๓ การจัดซื้อจัดจ้าง", [
        ("o11", "สขร.๑ รายเดือน", art(160)), ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", url("proc-annual"))]),
    (104, "๙.๔ การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("o13", "หลักเกณฑ์/แผนพัฒนาบุคลากร", url("hr-criteria") + " " + url("hr-plan68")),
        ("o14", "รายงานผลการพัฒนาบุคลากร", url("hr-report68")),
        ("o15", "ประมวลจริยธรรม/การขับเคลื่อน", url("ethics-code") + " " + url("ethics-69"))]),
    (105, "๙.๕ การส่งเสริมความโปร่งใส", [
        ("o16", "แนวปฏิบัติเรื่องร้องเรียน", url("complaint-guide")), ("o17", "ช่องทางร้องเรียน", art(151)),
        ("o18", "สถิติเรื่องร้องเรียน", art(219)), ("o19", "การมีส่วนร่วม", art(221))]),
    (106, "๑๐.๑ การป้องกันการทุจริตในประเด็นสินบน", [
        ("o20", "No Gift Policy", url("nogift67") + " " + url("gift68")),
        ("o21", "การประเมินความเสี่ยงการทุจริต", "/old/ita-2568/"),
        ("o22", "รายงานผลการบริหารความเสี่ยง", "/download.php?id=8")]),
    (107, "๑๐.๒ การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("o23", "แผนป้องกันการทุจริต", SEL + "2569"), ("o24", "รายงานผลการป้องกันการทุจริต", url("anti-report68")),
        ("o25", "การนำผลการประเมิน ITA ไปสู่การพัฒนา", url("ita-analysis67")),
        ("o26", "รายงานผลตามมาตรการส่งเสริมคุณธรรม", url("integrity-report68"))]),
]
for n, gtitle, rows in GROUPS:
    trs = []
    for code, label, hrefs in rows:
        links = " ".join(a(h, "คลิก" if i == 0 else f"ไฟล์ {thai(str(i + 1))}") for i, h in enumerate(hrefs.split()))
        trs.append((code.upper().replace("O", "O"), esc(label), links))
    page(art(n), f"ITA ๒๕๖๙ : {gtitle}", table(trs, ("ข้อ", "ข้อมูล", "ลิงก์")) + f"<p>{a(art(100), 'กลับหน้า ITA')}</p>")
page(art(100), "การประเมินคุณธรรมและความโปร่งใส (ITA) ปี ๒๕๖๙", "<ul>" + "".join(
    f"<li>{a(art(n), g)}</li>" for n, g, _ in GROUPS) + "</ul><p>ปรับปรุงล่าสุด ๓ เม.ย. ๒๕๖๙</p>")

# ---------------------------------------------------------------- home
home = f"""<div class="slide"><img src="/images/banner_ita69.jpg" alt="ITA 2569" width="700" height="200"></div>
<h3>ข่าวล่าสุด</h3>{news_list(NEWS[:5])}
<p>{a(cat(8), "ข่าวทั้งหมด")} · {a(art(100), "ITA ๒๕๖๙")} · {a(cat(10), "จัดซื้อจัดจ้าง")} · {a(SEL + "2569", "แผนป้องกันการทุจริต")}</p>"""
page("/", "หน้าหลัก", home)

# ---------------------------------------------------------------- the old WordPress site
OLD_MENU = f'<p>{a("/old/", "หน้าแรก")} | {a("/old/about/", "เกี่ยวกับเรา")} | {a("/old/ita-2568/", "ITA 2568")} | {a("/old/news/", "ข่าว")}</p>'
page("/old/", "เว็บไซต์เดิม (ไม่มีการปรับปรุงแล้ว)", OLD_MENU + "<p>เว็บไซต์นี้ย้ายไปยังระบบใหม่แล้ว กรุณาใช้ " + a("/", "เว็บไซต์ใหม่") + "</p>")
page("/old/about/", "เกี่ยวกับเรา (เดิม)", OLD_MENU + "<p>ผู้อำนวยการ นายอนุวัฒน์ แสงสุริยวงศ์</p>")
page("/old/news/", "ข่าว (เดิม)", OLD_MENU + "<ul><li>๒๐ ก.พ. ๒๕๖๘ เผยแพร่การประเมินความเสี่ยงการทุจริต ๒๕๖๘</li><li>๔ ต.ค. ๒๕๖๖ ประกาศ No Gift Policy</li></ul>")
page("/old/ita-2568/", "ITA 2568", OLD_MENU + table([
    ("O6", "แผนปฏิบัติราชการ ๒๕๖๘", dlink("action68")),
    ("O12", "No Gift Policy", dlink("nogift67")),
    ("O14", "การประเมินความเสี่ยงการทุจริต ๒๕๖๘", dlink("risk68")),
    ("O20", "แผนป้องกันการทุจริต ๒๕๖๘", dlink("anti68")),
    ("O22", "มาตรการส่งเสริมคุณธรรม ๒๕๖๘", dlink("ita-analysis67")),
], ("ข้อ", "รายการ", "ไฟล์")))


def out_path(u: str) -> str:
    if "?" in u:
        path, query = u.split("?", 1)
        return os.path.join(HERE, path.lstrip("/") + ".q", _query_name(query), "index.html")
    return os.path.join(HERE, u.lstrip("/"), "index.html")


PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a2d9e5e50000000049454e44ae426082")


def build() -> None:
    import re

    assets = set()
    for text in PAGES.values():
        assets.update(re.findall(r'src="(/[^"]+)"|href="(/[^"]+\.css)"', text))
    for pair in assets:
        rel = (pair[0] or pair[1]).lstrip("/")
        p = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as fh:
            fh.write(b"body{font-family:Tahoma,sans-serif}#left{float:left;width:200px}\n" if rel.endswith(".css") else PNG)
    for u, text in PAGES.items():
        p = out_path(u)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(text)


if __name__ == "__main__":
    build()
