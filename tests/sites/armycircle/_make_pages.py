"""Generate the HTML pages of the "armycircle" test site (มณฑลทหารบกที่ ๔๙, invented).

Run:  python tests/sites/armycircle/_make_pages.py   (after _make_docs.py)

A Joomla site: articles and category lists are query-string URLs
(/index.php?option=com_content&view=article&id=3&Itemid=103), kept as static copies under
index.php.q/<query>/index.html; documents go out through /download.php?id=N and are listed by
phocadownload categories.  The ITA section is a category (id=40) with one article per
sub-indicator, written in Thai digits only.  The annual plan is shown through an embedded Google
Drive viewer with a download link beside it; news posts carry their attachments under the text.
The site that was replaced in 2568 is still online under /old/ (its ITA 2568 page included).
"""

from __future__ import annotations

import html
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS  # noqa: E402

ORG = "มณฑลทหารบกที่ ๔๙"
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def art(aid: int, item: int) -> str:
    return f"/index.php?option=com_content&view=article&id={aid}&Itemid={item}"


def cat(cid: int, item: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&view=category&id={cid}&Itemid={item}" + (f"&start={start}" if start else "")


def phoca(cid: int) -> str:
    return f"/index.php?option=com_phocadownload&view=category&id={cid}&Itemid=130"


def dl(key: str) -> str:
    return DOCS[key][0]


def a(url: str, text: str) -> str:
    return f'<a href="{esc(url)}">{esc(text)}</a>'


ITA = cat(40, 120)
NEWS = cat(12, 105)
MENU = [("หน้าแรก", "/"), ("ประวัติหน่วย", art(2, 102)), ("โครงสร้างหน่วย", art(3, 103)),
        ("ผู้บังคับบัญชา", art(4, 104)), ("ข่าวประชาสัมพันธ์", NEWS), ("เอกสารดาวน์โหลด", "/index.php?option=com_phocadownload&view=categories&Itemid=130"),
        ("E-Service", art(6, 110)), ("ร้องเรียนการทุจริต", art(7, 111)), ("ITA", ITA), ("ถาม-ตอบ", art(9, 109)),
        ("ติดต่อหน่วย", art(5, 108))]
PAGES: dict[str, str] = {}


def layout(title: str, body: str) -> str:
    menu = "\n".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - {ORG}</title>
<link rel="stylesheet" href="/templates/army_t3/css/template.css"></head>
<body class="site com_content">
<header id="t3-header"><img src="/templates/army_t3/images/logo.png" alt="ตรากองทัพบก" width="72" height="72">
<h1>{ORG}</h1><p>ค่ายขุนศรีสุรเดช จังหวัดชัยภูมิ · กองทัพภาคที่ ๒ กองทัพบก</p></header>
<nav id="t3-mainnav"><ul class="nav menu">
{menu}
</ul></nav>
<div id="t3-mainbody"><main id="t3-content">
<h2 class="page-header">{esc(title)}</h2>
{body}
</main>
<aside id="t3-sidebar">
<div class="moduletable"><h3>ผู้บัญชาการ</h3><img src="/images/cmd/cmd1.png" alt="ผบ.มทบ.๔๙" width="120" height="150">
<p>พลตรี ธีรวัฒน์ ศักดิ์สุวรรณ<br>ผู้บัญชาการมณฑลทหารบกที่ ๔๙</p></div>
<div class="moduletable"><h3>ลิงก์หน่วยงาน</h3><ul>
<li><a href="https://www.rta.mi.th/">กองทัพบก</a></li>
<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li>
<li>{a(ITA, "ITA มทบ.๔๙")}</li><li>{a("/old/", "เว็บไซต์เดิม มทบ.๔๙")}</li></ul></div>
<div class="moduletable"><h3>สายด่วน</h3><p>ศูนย์รับเรื่องร้องเรียน ๐ ๔๔๘๑ ๒๒๔๙ ต่อ ๑๐๔</p></div>
</aside></div>
<footer id="t3-footer"><p>มณฑลทหารบกที่ ๔๙ ค่ายขุนศรีสุรเดช ๑๙๙ หมู่ ๔ ตำบลหนองบัวแดง อำเภอเมือง จังหวัดชัยภูมิ ๓๖๐๐๐
โทร. ๐ ๔๔๘๑ ๒๒๔๙ อีเมล saraban.mtb49@example.mi.th</p><p>Copyright © 2569 มทบ.๔๙ · {a(art(8, 101), "นโยบายความเป็นส่วนตัว")}</p></footer>
</body></html>
"""


def page(url: str, title: str, body: str) -> None:
    PAGES[url] = layout(title, body)


def path_of(url: str) -> str:
    if url == "/":
        return "index.html"
    if "?" in url:
        path, query = url.split("?", 1)
        return f"{path.lstrip('/')}.q/{query}/index.html"
    return url.lstrip("/") + "index.html"


# ---------------------------------------------------------------- articles
page(art(2, 102), "ประวัติหน่วย", "<p>มณฑลทหารบกที่ ๔๙ จัดตั้งเมื่อ ๑ เมษายน ๒๕๒๖ ตั้งอยู่ ณ ค่ายขุนศรีสุรเดช "
     "ทำหน้าที่หน่วยบริการและสนับสนุนในพื้นที่จังหวัดชัยภูมิ</p>")
page(art(3, 103), "โครงสร้างและอำนาจหน้าที่", """<h3>แผนผังโครงสร้างหน่วย</h3>
<ul><li>ผู้บัญชาการมณฑลทหารบกที่ ๔๙ (ผบ.มทบ.๔๙)<ul><li>รองผู้บัญชาการ (รอง ผบ.มทบ.๔๙)<ul>
<li>เสนาธิการ (เสธ.มทบ.๔๙)<ul><li>แผนกกำลังพล</li><li>แผนกข่าว</li><li>แผนกยุทธการ</li><li>แผนกส่งกำลังบำรุง</li>
<li>แผนกกิจการพลเรือน</li><li>ฝ่ายการเงิน</li><li>ฝ่ายตรวจสอบภายใน</li></ul></li>
<li>หน่วยขึ้นตรง: กองร้อยมณฑลทหารบกที่ ๔๙, หน่วยสัสดีจังหวัดชัยภูมิ, ศูนย์ฝึกนักศึกษาวิชาทหาร มทบ.๔๙</li></ul></li></ul></li></ul>
<h3>อำนาจหน้าที่</h3><ol>
<li>ปกครองบังคับบัญชาหน่วยทหารในพื้นที่ที่ได้รับมอบ</li><li>ดำเนินการเกี่ยวกับการสัสดี การตรวจเลือกทหารกองเกิน และกำลังพลสำรอง</li>
<li>สนับสนุนการส่งกำลังบำรุงแก่หน่วยในพื้นที่</li><li>ฝึกนักศึกษาวิชาทหาร</li>
<li>ช่วยเหลือประชาชนและบรรเทาสาธารณภัยในพื้นที่จังหวัดชัยภูมิ</li><li>รักษาความปลอดภัยและดูแลที่ดินราชพัสดุในความรับผิดชอบ</li></ol>""")
page(art(4, 104), "ทำเนียบผู้บังคับบัญชา", """<table class="table"><tr>
<td><img src="/images/cmd/cmd1.png" alt="ผบ.มทบ.๔๙" width="120" height="150"><br>พลตรี ธีรวัฒน์ ศักดิ์สุวรรณ<br>ผู้บัญชาการมณฑลทหารบกที่ ๔๙<br>โทร. ๐ ๔๔๘๑ ๒๒๔๙ ต่อ ๑๐๑</td>
<td><img src="/images/cmd/cmd2.png" alt="รอง ผบ.มทบ.๔๙" width="120" height="150"><br>พันเอก (พิเศษ) ชัยยุทธ มั่นคงดี<br>รองผู้บัญชาการมณฑลทหารบกที่ ๔๙<br>โทร. ๐ ๔๔๘๑ ๒๒๔๙ ต่อ ๑๐๒</td>
<td><img src="/images/cmd/cmd3.png" alt="เสธ.มทบ.๔๙" width="120" height="150"><br>พันเอก อนุชา แก้วประเสริฐ<br>เสนาธิการมณฑลทหารบกที่ ๔๙<br>โทร. ๐ ๔๔๘๑ ๒๒๔๙ ต่อ ๑๐๓</td>
</tr></table>""")
page(art(5, 108), "ติดต่อหน่วย", """<p>มณฑลทหารบกที่ ๔๙ ค่ายขุนศรีสุรเดช ๑๙๙ หมู่ ๔ ตำบลหนองบัวแดง อำเภอเมือง จังหวัดชัยภูมิ ๓๖๐๐๐</p>
<p>โทรศัพท์ ๐ ๔๔๘๑ ๒๒๔๙ โทรสาร ๐ ๔๔๘๑ ๒๒๕๐ อีเมล <a href="mailto:saraban.mtb49@example.mi.th">saraban.mtb49@example.mi.th</a></p>
<p>Facebook: <a href="https://www.facebook.com/mtb49.example">มทบ.๔๙ ค่ายขุนศรีสุรเดช</a></p>
<p><a href="https://maps.google.com/?q=15.8012,102.0284">แผนที่ตั้ง (Google Maps)</a></p>
<p>สอบถามข้อมูลได้ที่ """ + a(art(9, 109), "ถาม-ตอบ (Q&A)") + "</p>")
page(art(9, 109), "ถาม-ตอบ (Q&A)", """<form action="https://docs.google.com/forms/d/e/1FAIpQLSd-mtb49qa/formResponse" method="post">
<label>ชื่อ <input name="entry.1"></label><label>คำถาม <textarea name="entry.2"></textarea></label><button>ส่งคำถาม</button></form>
<h3>คำถามที่ตอบแล้ว</h3>
<p><b>ถาม (๒๐ ม.ค. ๒๕๖๙):</b> ขอใบแทน สด.๘ ต้องไปที่ใด<br><b>ตอบ:</b> ยื่นที่สัสดีอำเภอตามภูมิลำเนา หรือหน่วยสัสดีจังหวัดชัยภูมิ ในค่ายขุนศรีสุรเดช</p>
<p><b>ถาม (๓ มี.ค. ๒๕๖๙):</b> ขอใช้สนามกีฬาค่ายวันเสาร์ได้หรือไม่<br><b>ตอบ:</b> ได้ ยื่นคำขอทางเมนู E-Service ล่วงหน้า ๗ วัน</p>""")
page(art(6, 110), "E-Service บริการออนไลน์", f"""<p>ประชาชนและส่วนราชการยื่นคำขอผ่านแบบฟอร์มออนไลน์ได้ตลอด ๒๔ ชั่วโมง</p>
<form action="https://docs.google.com/forms/d/e/1FAIpQLSf-mtb49eservice/formResponse" method="post">
<label>ประเภทบริการ <select name="entry.10"><option>ขอใช้สนามกีฬา</option><option>ขอใช้ห้องประชุม</option><option>ขอหนังสือรับรอง</option></select></label>
<label>ชื่อ-สกุล <input name="entry.11"></label><label>เบอร์โทร <input name="entry.12"></label><label>วันที่ต้องการใช้ <input name="entry.13" type="date"></label>
<button type="submit">ยื่นคำขอ</button></form>
<p>{a(dl("estats"), "ข้อมูลสถิติการให้บริการ E-Service ปีงบประมาณ ๒๕๖๙ (ต.ค. ๖๘ - มี.ค. ๖๙)")}</p>""")
page(art(7, 111), "ร้องเรียนการทุจริตและประพฤติมิชอบ", """<p>แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของกำลังพล มทบ.๔๙ (ไม่ต้องระบุชื่อได้ ข้อมูลผู้ร้องเรียนเป็นความลับ)</p>
<form action="https://docs.google.com/forms/d/e/1FAIpQLSc-mtb49complaint/formResponse" method="post">
<label>เรื่องที่ร้องเรียน <input name="entry.21"></label><label>รายละเอียด <textarea name="entry.22"></textarea></label>
<label>ไฟล์หลักฐาน <input type="file" name="entry.23"></label><label>ช่องทางติดต่อกลับ (ถ้ามี) <input name="entry.24"></label><button>ส่งเรื่อง</button></form>
<p>ช่องทางอื่น: โทร. ๐ ๔๔๘๑ ๒๒๔๙ ต่อ ๑๐๔ · <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a></p>""")
page(art(8, 101), "นโยบายความเป็นส่วนตัว", "<p>มทบ.๔๙ เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒</p>")
page(art(55, 112), "แผนปฏิบัติราชการประจำปี", f"""<p>แผนปฏิบัติราชการประจำปีของ มทบ.๔๙</p>
<iframe src="https://drive.google.com/file/d/1mTb49PlanXyZ/preview" width="640" height="480" allow="autoplay"></iframe>
<p>{a(dl("plan68"), "ดาวน์โหลดไฟล์ (PDF)")} · <a href="https://drive.google.com/file/d/1mTb49PlanXyZ/view">เปิดใน Google Drive</a></p>""")

# ---------------------------------------------------------------- news
NEWS_ITEMS = [
    (201, "๒ เม.ย. ๒๕๖๙", "ผบ.มทบ.๔๙ ตรวจเยี่ยมหน่วยสัสดีจังหวัดชัยภูมิ เตรียมการตรวจเลือกทหารกองเกิน ประจำปี ๒๕๖๙",
     "<p>พลตรี ธีรวัฒน์ ศักดิ์สุวรรณ ตรวจความพร้อมการตรวจเลือกฯ ซึ่งจะเริ่ม ๑ เมษายน ๒๕๖๙ ใน ๑๖ อำเภอ</p>", []),
    (202, "๑๒ มี.ค. ๒๕๖๙", "มทบ.๔๙ จัดประชุมรับฟังความคิดเห็นประชาชนรอบค่าย โครงการปรับปรุงถนนภายในค่าย",
     "<p>เมื่อ ๑๒ มีนาคม ๒๕๖๙ มทบ.๔๙ เปิดเวทีรับฟังความคิดเห็นของประชาชนหมู่ที่ ๓, ๕, ๗ และ ๙ ตำบลหนองบัวแดง "
     "มีผู้เข้าร่วม ๑๓๘ คน ประชาชนเสนอให้เปิดทางเดินเท้าให้นักเรียนใช้ช่วงเช้า ติดไฟส่องสว่าง และห้ามรถบรรทุกหนักช่วงกลางคืน "
     "มทบ.๔๙ รับข้อเสนอทั้ง ๓ ข้อไปปรับแบบ และจะแจ้งผลให้ผู้ใหญ่บ้านทราบภายในเดือนพฤษภาคม ๒๕๖๙</p>", []),
    (203, "๒ มี.ค. ๒๕๖๙", "ขอเชิญร่วมประชุมรับฟังความคิดเห็นประชาชน ๑๒ มีนาคม ๒๕๖๙",
     "<p>ขอเชิญผู้ใหญ่บ้านและประชาชนรอบค่ายร่วมประชุม รายละเอียดตามหนังสือแนบ</p>", [("forum_inv", "หนังสือเชิญประชุม.pdf")]),
    (204, "๑๐ ก.พ. ๒๕๖๙", "หน่วยทหารพันธุ์ดี มทบ.๔๙ มอบผ้าห่มกันหนาวแก่ราษฎรอำเภอคอนสาร",
     "<p>มอบผ้าห่ม ๖๐๐ ผืน แก่ราษฎรผู้ประสบภัยหนาว</p>", []),
    (205, "๑๔ ม.ค. ๒๕๖๙", "มทบ.๔๙ จัดอบรมเสริมสร้างจริยธรรมและการป้องกันการทุจริต ประจำปีงบประมาณ ๒๕๖๙",
     "<p>กำลังพล มทบ.๔๙ จำนวน ๒๙๘ นาย เข้ารับการอบรมขับเคลื่อนประมวลจริยธรรม การรับของขวัญตามมาตรา ๑๒๘ "
     "และกรณีศึกษาการขัดกันแห่งผลประโยชน์ ณ หอประชุมค่ายขุนศรีสุรเดช</p>", []),
    (206, "๑๘ ธ.ค. ๒๕๖๘", "ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์รูปเล่มแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
     "<p>รายละเอียดตามประกาศแนบ</p>", [("printnotice", "ประกาศผู้ชนะ.pdf")]),
    (207, "๑๐ พ.ย. ๒๕๖๘", "มทบ.๔๙ เผยแพร่ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
     "<p>เพื่อความโปร่งใส มทบ.๔๙ เผยแพร่ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ตามไฟล์แนบ</p>", [("cstats68", "สถิติเรื่องร้องเรียน.xls")]),
    (208, "๕ พ.ย. ๒๕๖๘", "ประชุมคณะทำงานประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ ๒๕๖๙",
     "<p>เสนาธิการ มทบ.๔๙ เป็นประธานการประชุมคณะทำงานฯ เพื่อประเมินความเสี่ยงกระบวนงานของหน่วย</p>", [("risk_inv", "บันทึกเชิญประชุม.pdf")]),
    (209, "๒๔ ต.ค. ๒๕๖๘", "มทบ.๔๙ ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ ๒๕๖๙",
     "<p>ผบ.มทบ.๔๙ ลงนามประกาศแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ ๒๕๖๙</p>", [("antiplan69", "scan0042.pdf")]),
    (210, "๓ ต.ค. ๒๕๖๘", "ทำบุญตักบาตรเนื่องในวันปีใหม่งบประมาณ ๒๕๖๙",
     "<p>กำลังพลและครอบครัวร่วมทำบุญตักบาตร ณ ลานอเนกประสงค์ค่ายขุนศรีสุรเดช</p>", []),
    (211, "๒๒ ก.ย. ๒๕๖๘", "พิธีเกษียณอายุราชการ กำลังพล มทบ.๔๙ ประจำปี ๒๕๖๘", "<p>แสดงมุทิตาจิตแก่ผู้เกษียณ ๑๒ นาย</p>", []),
    (212, "๑๒ ส.ค. ๒๕๖๘", "มทบ.๔๙ จัดกิจกรรมเฉลิมพระเกียรติ วันแม่แห่งชาติ", "<p>ปลูกต้นไม้ ๕๐๐ ต้น</p>", []),
    (213, "๔ มิ.ย. ๒๕๖๘", "ทหารพันธุ์ดีซ่อมแซมบ้านผู้ยากไร้ อำเภอภูเขียว", "<p>ซ่อมบ้าน ๓ หลัง</p>", []),
    (214, "๑๔ มี.ค. ๒๕๖๘", "มทบ.๔๙ รับฟังความคิดเห็นประชาชน โครงการขุดลอกสระน้ำในค่าย",
     "<p>ประชาชนรอบค่าย ๙๒ คน ร่วมแสดงความคิดเห็น เมื่อ ๑๔ มีนาคม ๒๕๖๘</p>", []),
]


def news_url(nid: int) -> str:
    return art(nid, 105)


for nid, date, title, body, files in NEWS_ITEMS:
    att = ""
    if files:
        att = "<div class=\"attachments\"><h4>ไฟล์แนบ</h4><ul>" + "".join(
            f"<li>{a(dl(k), label)}</li>" for k, label in files) + "</ul></div>"
    page(news_url(nid), title, f'<p class="date">เผยแพร่: {date}</p>{body}{att}')
for start, chunk in ((0, NEWS_ITEMS[:10]), (10, NEWS_ITEMS[10:])):
    rows = "".join(f"<tr><td>{a(news_url(n), t)}</td><td>{d}</td></tr>" for n, d, t, _b, _f in chunk)
    nav = a(cat(12, 105, 10), "หน้าถัดไป") if start == 0 else a(NEWS, "หน้าแรก")
    page(cat(12, 105, start), "ข่าวประชาสัมพันธ์", f'<table class="category"><tr><th>หัวข้อ</th><th>วันที่</th></tr>{rows}</table><p>{nav}</p>')

# ---------------------------------------------------------------- phocadownload
PHOCA = {
    1: ("แผนงาน / ยุทธศาสตร์", [("plan68", "แผนปฏิบัติราชการประจำปี"), ("strat", "แผนยุทธศาสตร์ มทบ.๔๙")]),
    2: ("รายงานผลการปฏิบัติราชการ", [("report68", "รายงานผลการปฏิบัติราชการ ปีงบประมาณ ๒๕๖๘"), ("hrrep68", "รายงานผลการพัฒนากำลังพล")]),
    3: ("จัดซื้อจัดจ้าง (สขร.๑)", [("skr36", "สขร.๑ มี.ค. ๖๙"), ("skr35", "สขร.๑ ม.ค. ๖๙"), ("skr34", "สขร.๑ ธ.ค. ๖๘"),
                                 ("skr33", "สขร.๑ พ.ย. ๖๘"), ("skr32", "สขร.๑ ต.ค. ๖๘"), ("skr31", "สขร.๑ ก.ย. ๖๘"),
                                 ("hospproc", "รายงานสรุปผลการจัดซื้อจัดจ้าง ปี ๖๘ (รพ.ค่าย)"), ("printnotice", "ประกาศผู้ชนะ จ้างพิมพ์แผนฯ")]),
    4: ("กำลังพล", [("hrcrit", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล"), ("hrplan69", "แผนพัฒนากำลังพล ๒๕๖๙"),
                   ("hrrep68", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ๒๕๖๘")]),
    5: ("คุณธรรมและความโปร่งใส", [("antiplan69", "แผนปฏิบัติการป้องกันการทุจริต ๒๕๖๙"), ("antidraft", "ร่างแผนปฏิบัติการป้องกันการทุจริต"),
                                  ("antihalf69", "รายงานติดตามแผนป้องกันการทุจริต รอบ ๖ เดือน"), ("antirep68", "รายงานผลการป้องกันการทุจริต ๒๕๖๘"),
                                  ("risk69", "การประเมินความเสี่ยงการทุจริต"), ("riskrep67", "รายงานผลการบริหารความเสี่ยง"),
                                  ("nogift67", "ประกาศ No Gift Policy"), ("giftrep68", "รายงานการรับของขวัญ"),
                                  ("ita67", "การวิเคราะห์ผล ITA"), ("integrity68", "รายงานผลตามมาตรการส่งเสริมคุณธรรม ๒๕๖๘")]),
    6: ("คู่มือ", [("manual", "คู่มือการปฏิบัติงาน แผนกกำลังพล"), ("service", "คู่มือสำหรับประชาชน ขอใบแทน สด.๘"),
                  ("complaintman", "คู่มือการจัดการเรื่องร้องเรียนการทุจริต"), ("ethics", "ประมวลจริยธรรม")]),
}
for cid, (title, rows) in PHOCA.items():
    body = "".join(f'<div class="pd-file">{a(dl(k), t)} <span class="pd-button-download">{a(dl(k), "ดาวน์โหลด")}</span></div>' for k, t in rows)
    page(phoca(cid), title, body)
page("/index.php?option=com_phocadownload&view=categories&Itemid=130", "เอกสารดาวน์โหลด",
     "<ul>" + "".join(f"<li>{a(phoca(c), t)}</li>" for c, (t, _r) in PHOCA.items()) + "</ul>")

# ---------------------------------------------------------------- ITA 2569: one article per sub-indicator
BROKEN = "/download.php?id=8"
GROUPS = [
    (101, "๙.๑ ข้อมูลพื้นฐาน", [("o๑", "โครงสร้างหน่วยและอำนาจหน้าที่", [art(3, 103)]), ("o๒", "ข้อมูลผู้บังคับบัญชา", [art(4, 104)]),
                               ("o๓", "ข้อมูลการติดต่อ / ถาม-ตอบ", [art(5, 108), art(9, 109)]), ("o๔", "ข่าวประชาสัมพันธ์", [NEWS])]),
    (102, "๙.๒ การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("o๕", "แผนยุทธศาสตร์หน่วย", [dl("strat")]), ("o๖", "แผนปฏิบัติราชการประจำปี", [art(55, 112)]),
        ("o๗", "รายงานผลการปฏิบัติราชการ", [phoca(2)]), ("o๘", "คู่มือการปฏิบัติงาน", [dl("manual")]),
        ("o๙", "คู่มือประชาชน", [dl("service")]), ("o๑๐", "E-Service", [art(6, 110)])]),
    (103, "๙.๓ การจัดซื้อจัดจ้าง", [("o๑๑", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)", [phoca(3)]),
                                  ("o๑๒", "รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี", [BROKEN])]),
    (104, "๙.๔ การบริหารและพัฒนาทรัพยากรบุคคล", [("o๑๓", "หลักเกณฑ์และแผนพัฒนากำลังพล", [dl("hrcrit"), dl("hrplan69")]),
                                                ("o๑๔", "รายงานผลการพัฒนากำลังพล", [dl("hrrep68")]),
                                                ("o๑๕", "ประมวลจริยธรรม / การขับเคลื่อน", [dl("ethics"), news_url(205)])]),
    (105, "๙.๕ การส่งเสริมความโปร่งใส", [("o๑๖", "คู่มือจัดการเรื่องร้องเรียน", [dl("complaintman")]),
                                        ("o๑๗", "ช่องทางร้องเรียนการทุจริต", [art(7, 111)]),
                                        ("o๑๘", "สถิติเรื่องร้องเรียน", [news_url(207)]), ("o๑๙", "การมีส่วนร่วม", [news_url(202)])]),
    (106, "๑๐.๑ การป้องกันการทุจริต (สินบน)", [("o๒๐", "นโยบาย No Gift Policy", [dl("nogift67"), dl("giftrep68")]),
                                             ("o๒๑", "ประเมินความเสี่ยงการทุจริต", [dl("risk69")]),
                                             ("o๒๒", "รายงานผลการบริหารจัดการความเสี่ยง", [dl("riskrep67")])]),
    (107, "๑๐.๒ การส่งเสริมคุณธรรมและความโปร่งใส", [("o๒๓", "แผนปฏิบัติการป้องกันการทุจริต", [dl("antiplan69")]),
                                                  ("o๒๔", "รายงานผลการป้องกันการทุจริต", [dl("antirep68")]),
                                                  ("o๒๕", "การวิเคราะห์ผล ITA ๒๕๖๙ และมาตรการส่งเสริมคุณธรรม", [dl("ita67")]),
                                                  ("o๒๖", "รายงานผลตามมาตรการส่งเสริมคุณธรรม", [dl("integrity68")])]),
]
for aid, title, rows in GROUPS:
    trs = "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>" + " ".join(a(u, f"เอกสาร {i + 1}".translate(TH)) for i, u in enumerate(us))
                  + "</td></tr>" for c, t, us in rows)
    page(art(aid, 120), f"ITA ๒๕๖๙ ตัวชี้วัดย่อยที่ {title}",
         f'<table class="table table-bordered"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>{trs}</table><p>{a(ITA, "กลับหน้า ITA")}</p>')
page(ITA, "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี ๒๕๖๙",
     '<p>เลือกปี: <b>๒๕๖๙</b> | ' + a("/old/ita2568/", "๒๕๖๘ (เว็บไซต์เดิม)") + '</p><h3>แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)</h3><ul>'
     + "".join(f"<li>{a(art(aid, 120), 'ตัวชี้วัดย่อยที่ ' + title)}</li>" for aid, title, _r in GROUPS) + "</ul>")

# ---------------------------------------------------------------- home
latest = "".join(f"<li>{a(news_url(n), t)} <small>{d}</small></li>" for n, d, t, _b, _f in NEWS_ITEMS[:6])
PAGES["/"] = layout("หน้าแรก", f"<h3>ข่าวล่าสุด</h3><ul>{latest}</ul><p>{a(NEWS, 'ข่าวทั้งหมด')}</p>"
                     f'<p>{a(ITA, "ITA ๒๕๖๙")} · {a(art(6, 110), "E-Service")} · {a(art(7, 111), "แจ้งเรื่องร้องเรียนการทุจริต")}</p>')


# ---------------------------------------------------------------- the old site (before the move, 2568)
def old_layout(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(title)} :: มทบ.49</title><link rel="stylesheet" href="/old/style.css"></head>
<body><table width="980" align="center"><tr><td colspan="2" class="head"><b>มณฑลทหารบกที่ 49 (เว็บไซต์เดิม)</b>
<div class="notice">เว็บไซต์นี้ไม่มีการปรับปรุงข้อมูลแล้ว กรุณาใช้ {a("/", "เว็บไซต์ใหม่")}</div></td></tr>
<tr><td class="left" width="200"><ul><li>{a("/old/", "หน้าหลัก")}</li><li>{a("/old/news/", "ข่าวสาร")}</li>
<li>{a("/old/download/", "ดาวน์โหลด")}</li><li>{a("/old/ita2568/", "ITA 2568")}</li></ul></td>
<td class="main"><h2>{esc(title)}</h2>{body}</td></tr>
<tr><td colspan="2" class="foot">มทบ.49 ค่ายขุนศรีสุรเดช โทร. 0 4481 2249</td></tr></table></body></html>
"""


OLD = {
    "/old/": ("หน้าหลัก", "<p>ยินดีต้อนรับสู่เว็บไซต์ มทบ.49</p>"),
    "/old/news/": ("ข่าวสาร", "<ul><li>มทบ.49 ประกาศเจตนารมณ์สุจริต (3 ต.ค. 2567)</li><li>ตรวจเลือกทหารกองเกิน 2568 (1 เม.ย. 2568)</li></ul>"),
    "/old/download/": ("ดาวน์โหลด", "<ul>" + f"<li>{a(dl('old_plan67'), 'แผนปฏิบัติราชการ 2567')}</li>"
                       + f"<li>{a(dl('hrrep67'), 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล 2567')}</li></ul>"),
    "/old/ita2568/": ("ITA 2568 แบบ OIT", '<table border="1"><tr><th>ข้อ</th><th>รายการ</th></tr>'
                      + f"<tr><td>O5</td><td>{a(dl('strat'), 'แผนยุทธศาสตร์ มทบ.49 2564-2568')}</td></tr>"
                      + f"<tr><td>O6</td><td>{a(dl('old_plan67'), 'แผนปฏิบัติราชการ')}</td></tr>"
                      + f"<tr><td>O14</td><td>{a(dl('hrrep67'), 'รายงานผลการพัฒนาบุคลากร')}</td></tr>"
                      + f"<tr><td>O20</td><td>{a(dl('nogift67'), 'No Gift Policy')}</td></tr>"
                      + f"<tr><td>O21</td><td>{a('/old/files/risk2568.pdf', 'การประเมินความเสี่ยงการทุจริต 2568')}</td></tr>"
                      + f"<tr><td>O22</td><td>{a(dl('riskrep67'), 'รายงานผลการบริหารความเสี่ยง')}</td></tr>"
                      + f"<tr><td>O25</td><td>{a(dl('ita67'), 'การวิเคราะห์ผล ITA 2567 และมาตรการ 2568')}</td></tr></table>"),
}


def main() -> None:
    shutil.rmtree(os.path.join(HERE, "index.php.q"), ignore_errors=True)
    for folder in ("old/ita2568", "old/news", "old/download"):
        shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)
    for url, text in PAGES.items():
        path = os.path.join(HERE, path_of(url))
        os.makedirs(os.path.dirname(path) or HERE, exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
    for url, (title, body) in OLD.items():
        path = os.path.join(HERE, path_of(url))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(old_layout(title, body))
    from PIL import Image

    for rel, size, shade in (("templates/army_t3/images/logo.png", (72, 72), 90), ("images/cmd/cmd1.png", (60, 75), 140),
                             ("images/cmd/cmd2.png", (60, 75), 150), ("images/cmd/cmd3.png", (60, 75), 160)):
        path = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        Image.new("L", size, shade).save(path)
    for rel, css in (("templates/army_t3/css/template.css", "body{font-family:Tahoma,sans-serif}#t3-sidebar{float:right;width:25%}\n"),
                     ("old/style.css", "body{font-family:Tahoma}.left{vertical-align:top}\n")):
        os.makedirs(os.path.dirname(os.path.join(HERE, rel)), exist_ok=True)
        with open(os.path.join(HERE, rel), "w", encoding="utf-8") as fh:
            fh.write(css)


if __name__ == "__main__":
    main()
