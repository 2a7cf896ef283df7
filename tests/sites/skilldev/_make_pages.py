"""Generate the HTML pages of the "skilldev" test site (สถาบันพัฒนาฝีมือแรงงาน 34 ภูผาหลวง, invented).

Run:  python tests/sites/skilldev/_make_pages.py   (after _make_docs.py)

A Joomla site: every page but the home page is /index.php?option=com_content&view=...&id=<n>,
kept as a static copy under index.php.q/<query>/index.html (see crawler/serve.py); documents go out
through /download.php?id=<n>.  The ITA is a category (id=69) with one article per item
(ids 201-226), their text in Thai digits, a year selector above; some items show a Google Drive
preview with a download link beside it, o7 leads to a news post with a flipbook link and the file
attached, o24 sends the reader to the old site's copy (/web2566/), left online after the move.
"""

from __future__ import annotations

import html
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG  # noqa: E402

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
PAGES: dict[str, str] = {}


def art(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def cat(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&view=category&id={n}" + (f"&limitstart={start}" if start else "")


def href(url: str) -> str:
    return html.escape(url, quote=True)


def path_of(url: str) -> str:
    if url.startswith("/index.php?"):
        return f"index.php.q/{url.split('?', 1)[1]}/index.html"
    return url.strip("/") + ("/index.html" if url != "/" else "index.html")


def doc_link(key: str, text: str | None = None) -> str:
    doc = DOCS[key]
    size = os.path.getsize(os.path.join(HERE, doc["path"])) / 1024
    ext = doc["path"].rsplit(".", 1)[1].upper()
    return (f'<a href="{href(doc["url"])}">{html.escape(text or doc["title"])}</a> '
            f'<span class="fsize">[{ext} {size:.1f} KB]</span>')


MENU = [("/", "หน้าแรก"), (art(2), "ประวัติสถาบัน"), (art(3), "โครงสร้างองค์กร"), (art(5), "ผู้บริหาร"),
        (cat(9), "ข่าวประชาสัมพันธ์"), (cat(15), "จัดซื้อจัดจ้าง"), (cat(20), "ดาวน์โหลดเอกสาร"),
        (cat(69), "ITA"), (art(12), "E-Service"), (art(6), "ติดต่อเรา")]


def page(url: str, title: str, body: str) -> None:
    menu = "".join(f'<li><a href="{href(u)}">{t}</a></li>' for u, t in MENU)
    PAGES[url] = f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{html.escape(title)} - {ORG}</title>
<link rel="stylesheet" href="/templates/dsd_blue/css/template.css" type="text/css" />
</head>
<body class="site">
<div id="header"><div class="logo">กรมพัฒนาฝีมือแรงงาน<br /><strong>{ORG}</strong></div>
<div class="topbar">สายด่วน ๑๕๐๖ กด ๔ | <a href="https://www.facebook.com/phuphaluang34dsd">Facebook</a></div></div>
<nav id="mainmenu"><ul class="nav menu">{menu}</ul></nav>
<div id="container">
<div id="content" class="item-page"><div class="breadcrumb"><a href="/">หน้าแรก</a> » {html.escape(title)}</div>
<h2 itemprop="headline">{html.escape(title)}</h2>
{body}
</div>
<aside id="right">
<div class="moduletable"><h3>ผู้อำนวยการสถาบัน</h3><p>นายวรวุฒิ แสงทองคำ<br />ผู้อำนวยการสถาบันพัฒนาฝีมือแรงงาน ๓๔ ภูผาหลวง</p></div>
<div class="moduletable"><h3>ลิงก์ด่วน</h3><ul>
<li><a href="{href(cat(69))}">ITA ๒๕๖๙</a></li>
<li><a href="{href(art(17))}">แจ้งเรื่องร้องเรียนการทุจริต</a></li>
<li><a href="{href(art(12))}">สมัครฝึกอบรมออนไลน์</a></li>
<li><a href="/web2566/">เว็บไซต์เดิม (ก่อน ๒๕๖๘)</a></li>
<li><a href="https://www.dsd.go.th/">กรมพัฒนาฝีมือแรงงาน</a></li></ul></div>
<div class="moduletable"><h3>สถิติผู้เข้าชม</h3><p>๑,๒๘๔,๐๙๗</p></div>
</aside></div>
<footer id="footer"><p>{ORG} ๑๙๙ หมู่ ๗ ถนนภูผา–หนองแสง ตำบลนาคำ อำเภอเมือง จังหวัดภูผาหลวง ๔๘๑๙๐<br />
โทรศัพท์ ๐ ๔๒๙๙ ๑๗๓๔ โทรสาร ๐ ๔๒๙๙ ๑๗๓๕ อีเมล phuphaluang34@dsd.example.th</p>
<p>Copyright © ๒๕๖๘ {ORG} | Powered by Joomla!</p></footer>
</body></html>
"""


def old_page(url: str, title: str, body: str) -> None:
    PAGES[url] = f"""<html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>
<body bgcolor="#e8f0ff"><table width="900" align="center" border="0"><tr><td>
<h1>สถาบันพัฒนาฝีมือแรงงาน 34 ภูผาหลวง</h1>
<p><a href="/web2566/">หน้าแรก</a> | <a href="/web2566/ita/">ITA 2568</a> | <a href="/">เว็บไซต์ใหม่</a></p>
<p><font color="red">เว็บไซต์นี้ปิดปรับปรุงแล้ว กรุณาใช้เว็บไซต์ใหม่</font></p>
<h2>{html.escape(title)}</h2>
{body}
<hr><p>สถาบันพัฒนาฝีมือแรงงาน 34 ภูผาหลวง โทร 0 4299 1734</p></td></tr></table></body></html>
"""


def gdrive(key: str, code: str) -> str:
    return (f'<p><iframe src="https://drive.google.com/file/d/1{code}Pq7xZ/preview" width="640" height="480"></iframe></p>'
            f'<p>หากไม่แสดงผล ดาวน์โหลดไฟล์: {doc_link(key, "ดาวน์โหลด")}</p>')


# ---------------------------------------------------------------- about, contact, services
page(art(2), "ประวัติสถาบัน", "<p>สถาบันพัฒนาฝีมือแรงงาน ๓๔ ภูผาหลวง จัดตั้งขึ้นเมื่อ พ.ศ. ๒๕๓๖ เป็นหน่วยงานในสังกัดกรมพัฒนาฝีมือแรงงาน"
     " รับผิดชอบจังหวัดภูผาหลวง หนองแสง และนาคำใต้ มีศูนย์พัฒนาฝีมือแรงงานจังหวัดในสังกัด ๒ แห่ง</p>")
page(art(3), "โครงสร้างองค์กร", """<p><img src="/images/org-chart-2568.png" alt="แผนภูมิโครงสร้างสถาบัน" width="1" height="1" /></p>
<ul><li>ผู้อำนวยการสถาบันพัฒนาฝีมือแรงงาน ๓๔ ภูผาหลวง
<ul><li>ฝ่ายบริหารทั่วไป (งานสารบรรณ งานการเงินและบัญชี งานพัสดุ งานบุคคล)</li>
<li>กลุ่มงานยุทธศาสตร์และแผนงาน</li><li>กลุ่มงานพัฒนาฝีมือแรงงาน</li><li>กลุ่มงานมาตรฐานฝีมือแรงงาน</li>
<li>กลุ่มงานส่งเสริมการพัฒนาฝีมือแรงงาน</li>
<li>ศูนย์พัฒนาฝีมือแรงงานหนองแสง</li><li>ศูนย์พัฒนาฝีมือแรงงานนาคำใต้</li></ul></li></ul>
<p><a href="/index.php?option=com_content&amp;view=article&amp;id=4">อำนาจหน้าที่</a></p>""")
page(art(4), "อำนาจหน้าที่", """<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมพัฒนาฝีมือแรงงาน กระทรวงแรงงาน สถาบันพัฒนาฝีมือแรงงานมีอำนาจหน้าที่ ดังนี้</p>
<ol><li>ฝึกอบรมฝีมือแรงงานและพัฒนาศักยภาพกำลังแรงงานในพื้นที่รับผิดชอบ</li>
<li>ทดสอบมาตรฐานฝีมือแรงงานแห่งชาติและรับรองความรู้ความสามารถ</li>
<li>ส่งเสริมและสนับสนุนการพัฒนาฝีมือแรงงานของสถานประกอบกิจการตามพระราชบัญญัติส่งเสริมการพัฒนาฝีมือแรงงาน พ.ศ. ๒๕๔๕</li>
<li>ศึกษา วิเคราะห์ความต้องการแรงงานและจัดทำข้อมูลด้านการพัฒนาฝีมือแรงงานของพื้นที่</li>
<li>ประสานความร่วมมือกับเครือข่ายภาครัฐ ภาคเอกชน และสถาบันการศึกษา</li>
<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>""")
page(art(5), "ผู้บริหาร", """<table class="table"><tr><td><img src="/images/exec/dir.jpg" alt="ผู้อำนวยการ" width="1" height="1" /></td>
<td>นายวรวุฒิ แสงทองคำ<br />ผู้อำนวยการสถาบันพัฒนาฝีมือแรงงาน ๓๔ ภูผาหลวง<br />โทร. ๐ ๔๒๙๙ ๑๗๓๔ ต่อ ๑๐๑</td></tr>
<tr><td><img src="/images/exec/head1.jpg" alt="หัวหน้าฝ่าย" width="1" height="1" /></td>
<td>นางปิยนุช คำภูเงิน<br />หัวหน้าฝ่ายบริหารทั่วไป<br />โทร. ๐ ๔๒๙๙ ๑๗๓๔ ต่อ ๑๐๒</td></tr>
<tr><td><img src="/images/exec/head2.jpg" alt="ผู้อำนวยการศูนย์" width="1" height="1" /></td>
<td>นายธนากร พรหมสุวรรณ<br />ผู้อำนวยการศูนย์พัฒนาฝีมือแรงงานหนองแสง<br />โทร. ๐ ๔๒๙๘ ๘๘๑๐</td></tr></table>""")
page(art(6), "ติดต่อเรา", """<p>สถาบันพัฒนาฝีมือแรงงาน ๓๔ ภูผาหลวง<br />๑๙๙ หมู่ ๗ ถนนภูผา–หนองแสง ตำบลนาคำ อำเภอเมือง จังหวัดภูผาหลวง ๔๘๑๙๐</p>
<p>โทรศัพท์ ๐ ๔๒๙๙ ๑๗๓๔ โทรสาร ๐ ๔๒๙๙ ๑๗๓๕<br />อีเมล phuphaluang34@dsd.example.th<br />เวลาทำการ จันทร์ – ศุกร์ ๐๘.๓๐ – ๑๖.๓๐ น.</p>
<p><a href="https://maps.google.com/?q=16.9512,103.2870">แผนที่ Google Maps</a></p>
<p><a href="/index.php?option=com_content&amp;view=article&amp;id=7">กระดานถาม – ตอบ (Q&amp;A)</a></p>""")
page(art(7), "ถาม – ตอบ (Q&A)", """<div class="qa"><p><b>ถาม</b> (๑๒ ม.ค. ๒๕๖๙) หลักสูตรช่างเชื่อมรุ่นถัดไปเปิดรับสมัครเมื่อไร</p>
<p><b>ตอบ</b> รุ่นที่ ๒/๒๕๖๙ เปิดรับสมัคร ๒ – ๒๐ ก.พ. ๒๕๖๙ สมัครได้ที่หน้าสถาบันหรือ E-Service ค่ะ (งานทะเบียน)</p>
<p><b>ถาม</b> (๓ มี.ค. ๒๕๖๙) ทดสอบมาตรฐานฝีมือสาขาช่างไฟฟ้าภายในอาคาร มีค่าธรรมเนียมหรือไม่</p>
<p><b>ตอบ</b> ระดับ ๑ ไม่มีค่าธรรมเนียม ครับ (กลุ่มงานมาตรฐานฝีมือแรงงาน)</p></div>
<form action="/qa-post.php" method="post"><p>ชื่อ <input name="name" /> อีเมล <input name="email" /></p>
<p>คำถาม <textarea name="q"></textarea></p><p><button type="submit">ส่งคำถาม</button></p></form>""")
page(art(12), "E-Service บริการออนไลน์", f"""<form action="/eservice-post.php" method="post">
<h3>แบบฟอร์มสมัครเข้ารับการฝึกอบรมออนไลน์</h3>
<p>ชื่อ-นามสกุล <input name="fullname" /> เลขประจำตัวประชาชน <input name="pid" /></p>
<p>หลักสูตร <select name="course"><option>ช่างเชื่อมไฟฟ้า</option><option>ช่างซ่อมรถจักรยานยนต์</option><option>การทำอาหารไทย</option></select></p>
<p>โทรศัพท์ <input name="tel" /></p><p><button type="submit">ส่งใบสมัคร</button></p></form>
<p>ขอรับรองความรู้ความสามารถ / ทดสอบมาตรฐานฝีมือ ผ่าน <a href="https://e-service.dsd.example.th/">ระบบ e-Service กรมพัฒนาฝีมือแรงงาน</a></p>
<p>สถิติการให้บริการ: {doc_link("stats69")}</p>""")
page(art(17), "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """<p>ผู้ร้องเรียนไม่จำเป็นต้องเปิดเผยชื่อ สถาบันฯ จะเก็บข้อมูลเป็นความลับ</p>
<form action="/complaint-post.php" method="post"><p>ชื่อ (ไม่บังคับ) <input name="name" /></p>
<p>เรื่องที่ร้องเรียน <input name="subject" /></p><p>รายละเอียด <textarea name="detail"></textarea></p>
<p>แนบไฟล์ <input type="file" name="file" /></p><p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form>
<p>หรือโทร ๐ ๔๒๙๙ ๑๗๓๔ ต่อ ๑๐๒ / สายด่วนกระทรวงแรงงาน ๑๕๔๖</p>""")

# ---------------------------------------------------------------- news (category 9, two pages)
NEWS = [  # id, date, title, body, attachments
    (52, "๒ เม.ย. ๒๕๖๙", "พิธีมอบวุฒิบัตรผู้ผ่านการฝึกเตรียมเข้าทำงาน รุ่นที่ ๑/๒๕๖๙",
     "ผู้อำนวยการสถาบันฯ มอบวุฒิบัตรแก่ผู้ผ่านการฝึก ๔๒ คน สาขาช่างเชื่อมและช่างยนต์", []),
    (46, "๑๔ ก.พ. ๒๕๖๙", "ผลการประชุมรับฟังความคิดเห็นความต้องการพัฒนาฝีมือแรงงาน ปี ๒๕๖๙",
     "เมื่อวันที่ ๑๒ กุมภาพันธ์ ๒๕๖๙ สถาบันฯ จัดประชุมรับฟังความคิดเห็นจากสถานประกอบกิจการ ๓๘ แห่ง ผู้แทนชุมชนและสภาองค์กรลูกจ้าง"
     " รวมผู้เข้าร่วม ๗๖ คน ที่ประชุมเสนอหลักสูตรใหม่ ๕ หลักสูตร (ช่างซ่อมรถยนต์ไฟฟ้า ช่างติดตั้งโซลาร์เซลล์ ฯลฯ)"
     " สถาบันฯ จะบรรจุ ๓ หลักสูตรในแผนการฝึกไตรมาส ๓ – ๔ และแจ้งผลให้ผู้เข้าร่วมทราบทางเว็บไซต์", []),
    (45, "๒๗ ม.ค. ๒๕๖๙", "เชิญสถานประกอบกิจการร่วมประชุมรับฟังความคิดเห็น ๑๒ ก.พ. ๒๕๖๙",
     "สถาบันฯ ขอเชิญสถานประกอบกิจการส่งผู้แทนเข้าร่วมประชุม รายละเอียดตามหนังสือที่แนบ", ["invite"]),
    (44, "๒๒ ม.ค. ๒๕๖๙", "อบรมส่งเสริมจริยธรรมและการต่อต้านการทุจริต ประจำปี ๒๕๖๙",
     "สถาบันฯ จัดอบรมขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือนแก่บุคลากร ๔๖ คน เมื่อวันที่ ๒๑ มกราคม ๒๕๖๙"
     " หัวข้อ การปฏิบัติตามประมวลจริยธรรม การแยกประโยชน์ส่วนตนและประโยชน์ส่วนรวม", []),
    (40, "๑๙ ธ.ค. ๒๕๖๘", "เผยแพร่รายงานประจำปี ๒๕๖๗ สถาบันพัฒนาฝีมือแรงงาน ๓๔ ภูผาหลวง",
     'อ่านแบบ e-book: <a href="https://online.fliphtml5.example/phuphaluang34/annual67/">คลิกที่นี่</a>', ["annual67"]),
    (43, "๔ ธ.ค. ๒๕๖๘", "ประชาสัมพันธ์รายงานผลการดำเนินงานของสำนักงานจัดหางานจังหวัดภูผาหลวง",
     "สำนักงานจัดหางานจังหวัดภูผาหลวงขอความร่วมมือหน่วยงานในสังกัดกระทรวงแรงงานเผยแพร่รายงานผลการดำเนินงาน", ["jobsannual"]),
    (42, "๔ ธ.ค. ๒๕๖๘", "แต่งตั้งคณะทำงาน ITA ประจำปี ๒๕๖๙",
     "สถาบันฯ มีคำสั่งแต่งตั้งคณะทำงานการประเมินคุณธรรมและความโปร่งใส ประจำปี ๒๕๖๙", ["itaorder"]),
    (39, "๑๐ ต.ค. ๒๕๖๘", "ขอเชิญบุคลากรแสดงความคิดเห็นต่อ (ร่าง) แผนปฏิบัติการป้องกันการทุจริต ปี ๒๕๖๙",
     "ส่งความคิดเห็นได้ที่ฝ่ายบริหารทั่วไป ภายในวันที่ ๒๔ ตุลาคม ๒๕๖๘", ["ptcdraft"]),
    (31, "๒๘ ส.ค. ๒๕๖๘", "ทดสอบมาตรฐานฝีมือแรงงานแห่งชาติ สาขาช่างไฟฟ้าภายในอาคาร ระดับ ๑",
     "ผู้เข้าทดสอบ ๖๐ คน ผ่านเกณฑ์ ๕๒ คน", []),
    (28, "๑๒ ก.พ. ๒๕๖๘", "ประชุมรับฟังความคิดเห็นความต้องการพัฒนาฝีมือแรงงาน ปี ๒๕๖๘",
     "สถาบันฯ จัดประชุมรับฟังความคิดเห็นจากสถานประกอบกิจการ ๓๑ แห่ง ผู้เข้าร่วม ๖๒ คน", []),
]
for n, date, title, body, files in NEWS:
    att = "".join(f"<li>{doc_link(k)}</li>" for k in files)
    page(art(n), title, f'<p class="date">เผยแพร่เมื่อ {date}</p><p>{body}</p>'
         + (f'<div class="attachments"><h4>ไฟล์แนบ</h4><ul>{att}</ul></div>' if att else ""))
rows = [f'<tr><td><a href="{href(art(n))}">{html.escape(t)}</a></td><td>{d}</td></tr>' for n, d, t, _, _ in NEWS]
page(cat(9), "ข่าวประชาสัมพันธ์", "<table class=\"category\">" + "".join(rows[:8])
     + f'</table><p class="pagination">หน้า ๑ <a href="{href(cat(9, 10))}">ถัดไป »</a></p>')
page(cat(9, 10), "ข่าวประชาสัมพันธ์", "<table class=\"category\">" + "".join(rows[8:])
     + f'</table><p class="pagination"><a href="{href(cat(9))}">« ก่อนหน้า</a> หน้า ๒</p>')

# ---------------------------------------------------------------- procurement, downloads
MONTH_ROWS = [("skr03", "มีนาคม ๒๕๖๙"), ("skr02", "กุมภาพันธ์ ๒๕๖๙"), ("skr12", "ธันวาคม ๒๕๖๘"),
              ("skr11", "พฤศจิกายน ๒๕๖๘"), ("skr10", "ตุลาคม ๒๕๖๘")]
page(cat(15), "จัดซื้อจัดจ้าง", "<h3>สรุปผลการจัดซื้อจัดจ้างประจำเดือน (แบบ สขร.๑)</h3><ul>"
     + "".join(f"<li>{doc_link(k, 'สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน' + m)}</li>" for k, m in MONTH_ROWS)
     + "</ul><h3>แผนการจัดซื้อจัดจ้าง / ประกาศ</h3><ul>"
     + f"<li>{doc_link('procplan')}</li><li>{doc_link('printplan')}</li></ul>"
     + f"<h3>รายงานประจำปี</h3><ul><li>{doc_link('procyear')}</li></ul>")
DL_ROWS = ["action69", "budget69", "action68", "evalplan", "plan5y", "sop", "citizen", "hrrules", "ethics",
           "complaintman", "ptc69"]
page(cat(20), "ดาวน์โหลดเอกสาร", "<table class=\"category\">" + "".join(
    f"<tr><td>{doc_link(k)}</td></tr>" for k in DL_ROWS) + "</table>")

# ---------------------------------------------------------------- ITA 2569: one article per item
ITEMS = {
    1: ("โครงสร้างและอำนาจหน้าที่", f'<p><a href="{href(art(3))}">โครงสร้างองค์กร</a></p><p><a href="{href(art(4))}">อำนาจหน้าที่</a></p>'),
    2: ("ข้อมูลผู้บริหาร", f'<p><a href="{href(art(5))}">ผู้บริหารสถาบัน</a></p>'),
    3: ("ข้อมูลการติดต่อ / ถาม – ตอบ", f'<p><a href="{href(art(6))}">ติดต่อเรา</a></p><p><a href="{href(art(7))}">Q&amp;A</a></p>'),
    4: ("ข่าวประชาสัมพันธ์", f'<p><a href="{href(cat(9))}">ข่าวประชาสัมพันธ์ทั้งหมด</a></p>'),
    5: ("แผนปฏิบัติราชการระยะ ๕ ปี", gdrive("plan5y", "aK3")),
    6: ("แผนปฏิบัติราชการและแผนการใช้จ่ายงบประมาณประจำปี", '<p class="years">เลือกปี: <b>๒๕๖๙</b> | ๒๕๖๘</p>'
        f'<h4>ปี ๒๕๖๙</h4><ul><li>{doc_link("action69")}</li><li>{doc_link("budget69")}</li></ul>'
        f'<h4>ปี ๒๕๖๘</h4><ul><li>{doc_link("action68")}</li></ul>'),
    7: ("รายงานผลการดำเนินงานประจำปี", f'<p><a href="{href(art(40))}">รายงานประจำปี (คลิก)</a></p>'),
    8: ("คู่มือการปฏิบัติงาน", f"<p>{doc_link('sop')}</p>"),
    9: ("คู่มือการให้บริการประชาชน", f"<p>{doc_link('citizen')}</p>"),
    10: ("E-Service", f'<p><a href="{href(art(12))}">สมัครฝึกอบรมออนไลน์</a></p><p>{doc_link("stats69")}</p>'),
    11: ("สรุปผลการจัดซื้อจัดจ้างรายเดือน", f'<p><a href="{href(cat(15))}">ดูที่หน้าจัดซื้อจัดจ้าง</a></p>'),
    12: ("รายงานผลการจัดซื้อจัดจ้างประจำปี", f"<p>{doc_link('procyear')}</p>"),
    13: ("หลักเกณฑ์และแผนการบริหารทรัพยากรบุคคล", f"<ul><li>{doc_link('hrrules')}</li><li>{doc_link('hrplan68', 'แผนพัฒนาบุคลากร')}</li></ul>"),
    14: ("รายงานผลการบริหารทรัพยากรบุคคล", f"<p>{doc_link('hrreport')}</p>"),
    15: ("ประมวลจริยธรรม / การขับเคลื่อน", f'<ul><li>{doc_link("ethics")}</li><li><a href="{href(art(44))}">กิจกรรมขับเคลื่อนจริยธรรม ๒๕๖๙</a></li></ul>'),
    16: ("คู่มือเรื่องร้องเรียนการทุจริต", f"<p>{doc_link('complaintman')}</p>"),
    17: ("ช่องทางร้องเรียนการทุจริต", f'<p><a href="{href(art(17))}">แบบฟอร์มแจ้งเรื่องร้องเรียน</a></p>'),
    18: ("สถิติเรื่องร้องเรียนการทุจริต", f"<p>{doc_link('complstat68', 'สถิติเรื่องร้องเรียนการทุจริต')}</p>"),
    19: ("การมีส่วนร่วม", f'<p><a href="{href(art(46))}">ผลการประชุมรับฟังความคิดเห็น</a></p>'),
    20: ("No Gift Policy", f"<ul><li>{doc_link('nogift67', 'ประกาศนโยบาย No Gift Policy')}</li><li>{doc_link('giftreport68')}</li></ul>"),
    21: ("การประเมินความเสี่ยงการทุจริต", gdrive("risk69", "Rz9")),
    22: ("รายงานผลตามแผนบริหารความเสี่ยงการทุจริต", '<p><a href="/download.php?id=8">รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยง</a>'
         ' <span class="fsize">[PDF 356.2 KB]</span></p>'),
    23: ("แผนป้องกันการทุจริต", f"<p>{doc_link('ptc69')}</p>"),
    24: ("รายงานผลการป้องกันการทุจริต", '<p>ข้อมูลย้ายมาจากเว็บไซต์เดิม ดูได้ที่ <a href="/web2566/ita/o24/">เว็บไซต์เดิม</a></p>'),
    25: ("การนำผล ITA ไปพัฒนาองค์กร", f"<p>{doc_link('itaanalysis', 'การวิเคราะห์ผล ITA และมาตรการส่งเสริมคุณธรรม')}</p>"),
    26: ("รายงานผลตามมาตรการส่งเสริมคุณธรรม", f"<p>{doc_link('integrityrep68')}</p>"),
}
for i, (short, body) in ITEMS.items():
    page(art(200 + i), f"o{i} {short}".translate(TH), f'<p class="ita">ITA ๒๕๖๙ » ตัวชี้วัดที่ o{i}</p>'.translate(TH)
         + body + f'<p><a href="{href(cat(69))}">« กลับหน้า ITA</a></p>')
page(cat(69), "ITA ๒๕๖๙ การเปิดเผยข้อมูลสาธารณะ (OIT)",
     '<p class="years">ปี: <b>๒๕๖๙</b> | <a href="/web2566/ita/">๒๕๖๘</a></p><ul class="category">'
     + "".join(f'<li><a href="{href(art(200 + i))}">{f"o{i} {s}".translate(TH)}</a></li>' for i, (s, _) in ITEMS.items())
     + "</ul>")

# ---------------------------------------------------------------- home
page("/", "หน้าแรก", "<h3>ข่าวล่าสุด</h3><ul>" + "".join(
    f'<li><a href="{href(art(n))}">{html.escape(t)}</a> ({d})</li>' for n, d, t, _, _ in NEWS[:5])
     + f'</ul><p><a href="{href(cat(9))}">ข่าวทั้งหมด</a></p>'
     + f'<p><a href="{href(cat(69))}"><img src="/images/banner-ita69.png" alt="ITA ๒๕๖๙" width="1" height="1" /></a></p>')

# ---------------------------------------------------------------- the old site, left online
old_page("/web2566/", "หน้าแรก (เว็บไซต์เดิม)", "<p>ข่าวล่าสุด: ทดสอบมาตรฐานฝีมือแรงงาน 15 ก.ย. 2567</p>")
OLD_ROWS = {21: '<a href="/web2566/files/risk-2568.pdf">การประเมินความเสี่ยง 2568</a>',
            23: f'<a href="{DOCS["ptc68"]["url"]}">แผนป้องกันการทุจริต 2568</a>',
            24: '<a href="/web2566/ita/o24/">รายงานผลการป้องกันการทุจริต</a>'}
old_page("/web2566/ita/", "ITA 2568", "<table border=1>" + "".join(
    f"<tr><td>o{i}</td><td>{s}</td><td>{OLD_ROWS.get(i, '-')}</td></tr>" for i, (s, _) in ITEMS.items()) + "</table>")
old_page("/web2566/ita/o24/", "o24 รายงานผลการดำเนินการป้องกันการทุจริต",
         f'<p><a href="{DOCS["ptcreport67"]["url"]}">รายงานผลการดำเนินงานตามแผนป้องกันการทุจริต</a> (PDF)</p>')


def assets() -> None:
    """The template's stylesheet and the few images its pages show (tiny placeholders)."""
    from PIL import Image

    css = os.path.join(HERE, "templates/dsd_blue/css/template.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as f:
        f.write("body{font-family:Tahoma,sans-serif;background:#f4f7fb}#header{background:#0b3d91;color:#fff}"
                "#container{display:flex}#content{flex:3}#right{flex:1}.fsize{color:#888;font-size:90%}\n")
    for name, color in (("images/banner-ita69.png", (11, 61, 145)), ("images/org-chart-2568.png", (240, 240, 240)),
                        ("images/exec/dir.jpg", (200, 180, 160)), ("images/exec/head1.jpg", (190, 170, 150)),
                        ("images/exec/head2.jpg", (180, 160, 140))):
        path = os.path.join(HERE, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        Image.new("RGB", (8, 8), color).save(path)


def main() -> None:
    for folder in ("index.php.q", "web2566/ita", "images", "templates"):
        shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)
    assets()
    for url, text in PAGES.items():
        path = os.path.join(HERE, path_of(url))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
