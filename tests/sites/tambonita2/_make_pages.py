"""Generate the HTML pages of the "tambonita2" test site (เทศบาลตำบลโนนสะแกงาม, invented).

Run:  python tests/sites/tambonita2/_make_pages.py   (after _make_docs.py: sizes are read from its files)

Two CMSs on one host.  The main site is a Joomla-like CMS: articles and category lists are
query-string pages (/index.php?option=com_content&view=article&id=N, stored under
/index.php.q/<query>/index.html), files go out through /download.php?id=N, a manual is shown through
a viewer page (/ebook.php?book=3, a Google Drive preview with a direct download beside it).  The ITA
section is a second CMS ("ITA Portal") under /ita/ with a year selector and one folder per year: the
2569 pages are split by group (/ita/2569/9-1/ … /ita/2569/10-2/) plus two per-item pages (o11, o18);
its own uploads are /ita/<year>/files/<number>.<ext>; last year's /ita/2568/ is one page in Thai digits.
The old website (an earlier CMS) is still online under /old/.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG, size, url  # noqa: E402

THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def a(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{esc(text)}</a>'


def art(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def cat(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&view=category&id={n}" + (f"&limitstart={start}" if start else "")


def write(href: str, text: str) -> None:
    """Write a page at the file the server serves for ``href``."""
    if "?" in href:
        path, query = href.split("?", 1)
        out = os.path.join(HERE, path.lstrip("/") + ".q", query, "index.html")
    else:
        out = os.path.join(HERE, href.lstrip("/"), "index.html")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(text)


# ---------------------------------------------------------------- the main CMS's template

MENU = [("หน้าแรก", "/"), ("ประวัติความเป็นมา", art(2)), ("โครงสร้าง/อำนาจหน้าที่", art(3)),
        ("คณะผู้บริหาร", art(4)), ("ข่าวประชาสัมพันธ์", cat(8)), ("เอกสารเผยแพร่", cat(20)),
        ("E-Service", art(11)), ("ร้องเรียนการทุจริต", art(12)), ("ITA", "/ita/"), ("ถาม-ตอบ", art(10)),
        ("ติดต่อเรา", art(9))]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th-th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="generator" content="Joomla! - Open Source Content Management">
<link rel="stylesheet" href="/templates/tessaban/css/template.css"></head>
<body class="site">
<div class="header"><img src="/images/logo.png" alt="ตราเทศบาล" width="70" height="70">
<span class="site-title">{ORG}</span><br><small>Nonsakaengam Subdistrict Municipality · อำเภอพระยืน จังหวัดขอนแก่น</small></div>
<nav class="navigation"><ul class="nav menu">
{menu}
</ul></nav>
<div class="container"><aside class="sidebar">
<div class="moduletable"><h3>นายกเทศมนตรี</h3>นายประเสริฐ วงศ์คำแสน<br>สายตรงนายก ๐ ๔๓๐๐ ๖๔๑๘ ต่อ ๑๐๑</div>
<div class="moduletable"><h3>ลิงก์ด่วน</h3>{a(cat(20), "ดาวน์โหลดเอกสาร")}<br>{a('/ebook.php?book=3', 'คู่มือสำหรับประชาชน')}<br>
{a('/ita/', 'ITA การประเมินคุณธรรมและความโปร่งใส')}<br>{a('/old/', 'เว็บไซต์เดิม')}<br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></div>
<div class="moduletable">ผู้เข้าชมวันนี้ ๒๑๔ · ทั้งหมด ๑๘๖,๐๔๒</div>
</aside>
<main class="content"><h2 class="item-title">{esc(title)}</h2>
{body}
</main></div>
<footer class="footer">{ORG} ๒๓๘ หมู่ ๑ ตำบลโนนสะแกงาม อำเภอพระยืน จังหวัดขอนแก่น ๔๐๓๒๐<br>
โทรศัพท์ ๐ ๔๓๐๐ ๖๔๑๘ โทรสาร ๐ ๔๓๐๐ ๖๔๑๙ อีเมล saraban@nonsakaengam.go.th ·
{a(art(14), 'นโยบายเว็บไซต์')}<br>© ๒๕๖๗ {ORG}</footer>
</body></html>
"""


def dlrow(key: str, text: str, date: str) -> str:
    fname = DOCS[key][0].rsplit("/", 1)[1]
    return (f"<tr><td>{a(url(key), text)}</td><td>{esc(fname.rsplit('.', 1)[1].upper())}</td>"
            f"<td>{size(key)}</td><td>{date}</td></tr>")


def dltable(rows: list[str]) -> str:
    return ('<table class="category table"><tr><th>ชื่อเอกสาร</th><th>ชนิด</th><th>ขนาด</th><th>วันที่</th></tr>\n'
            + "\n".join(rows) + "\n</table>")


# ---------------------------------------------------------------- articles

ARTICLES = {
    2: ("ประวัติความเป็นมา", "<p>เดิมเป็นสภาตำบลโนนสะแกงาม ยกฐานะเป็นองค์การบริหารส่วนตำบลเมื่อ พ.ศ. ๒๕๓๙ "
        "และเปลี่ยนแปลงฐานะเป็นเทศบาลตำบลโนนสะแกงามเมื่อวันที่ ๒๔ สิงหาคม ๒๕๕๙ มี ๙ หมู่บ้าน ประชากร ๗,๑๘๔ คน</p>"),
    3: ("โครงสร้างและอำนาจหน้าที่", """<p><img src="/images/structure.png" alt="แผนภูมิโครงสร้างเทศบาล" width="300"></p>
<h3>ฝ่ายการเมือง</h3><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี ๒ คน</li><li>เลขานุการนายกเทศมนตรี</li><li>ที่ปรึกษานายกเทศมนตรี</li></ul></li>
<li>สภาเทศบาล: ประธานสภา รองประธานสภา สมาชิกสภาเทศบาล ๑๒ คน</li></ul>
<h3>ฝ่ายประจำ</h3><ul><li>ปลัดเทศบาล<ul><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li><li>กองการศึกษา</li>
<li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>
<h3>อำนาจหน้าที่</h3><p>ตามพระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ มาตรา ๕๐ และ ๕๑ และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. ๒๕๔๒ มาตรา ๑๖ สรุปได้ดังนี้</p>
<ol><li>รักษาความสงบเรียบร้อยของประชาชน</li><li>จัดให้มีและบำรุงทางบกและทางน้ำ</li><li>รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ รวมทั้งกำจัดขยะมูลฝอย</li>
<li>ป้องกันและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>
<li>บำรุงศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น และวัฒนธรรมอันดีของท้องถิ่น</li></ol>"""),
    4: ("คณะผู้บริหาร", """<table class="table"><tr><td><img src="/images/p1.jpg" alt="นายประเสริฐ วงศ์คำแสน" width="90"></td>
<td>นายประเสริฐ วงศ์คำแสน<br>นายกเทศมนตรีตำบลโนนสะแกงาม<br>โทร. ๐๘ ๑๗๔๐ ๒๒๓๕</td></tr>
<tr><td><img src="/images/p2.jpg" alt="นายบุญเลิศ ศรีสะอาด" width="90"></td><td>นายบุญเลิศ ศรีสะอาด<br>รองนายกเทศมนตรี<br>โทร. ๐๘ ๙๒๑๑ ๔๐๕๗</td></tr>
<tr><td><img src="/images/p3.jpg" alt="นางวิไลพร คำภู" width="90"></td><td>นางวิไลพร คำภู<br>รองนายกเทศมนตรี<br>โทร. ๐๘ ๕๖๐๓ ๗๑๑๘</td></tr>
<tr><td><img src="/images/p4.jpg" alt="นางสาวรัชนี ทองปัญญา" width="90"></td><td>นางสาวรัชนี ทองปัญญา<br>ปลัดเทศบาล<br>โทร. ๐ ๔๓๐๐ ๖๔๑๘ ต่อ ๑๐๒</td></tr></table>"""),
    5: ("บุคลากร", "<p>สำนักปลัด ๑๔ คน กองคลัง ๖ คน กองช่าง ๕ คน กองการศึกษา ๙ คน กองสาธารณสุขฯ ๔ คน</p>"),
    9: ("ติดต่อเรา", """<p>เทศบาลตำบลโนนสะแกงาม เลขที่ ๒๓๘ หมู่ ๑ ตำบลโนนสะแกงาม อำเภอพระยืน จังหวัดขอนแก่น ๔๐๓๒๐</p>
<p>โทรศัพท์ ๐ ๔๓๐๐ ๖๔๑๘ · โทรสาร ๐ ๔๓๐๐ ๖๔๑๙ · อีเมล saraban@nonsakaengam.go.th</p>
<p>เวลาทำการ วันจันทร์ - วันศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น. · <a href="https://maps.google.com/?q=16.3105,102.6552">แผนที่ Google Maps</a></p>
<p>สอบถามข้อมูลเพิ่มเติม: """ + a(art(10), "กระดานถาม-ตอบ (Q&A)") + "</p>"),
    10: ("ถาม-ตอบ (Q&A)", """<div class="qa"><p><b>ถาม</b> (นายสมพร, ๑๒ ม.ค. ๒๕๖๙): ขอรับเบี้ยยังชีพผู้สูงอายุต้องใช้เอกสารอะไรบ้าง</p>
<p><b>ตอบ</b> (สำนักปลัด, ๑๓ ม.ค. ๒๕๖๙): บัตรประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝาก ยื่นได้ที่สำนักปลัด</p>
<p><b>ถาม</b> (ชาวบ้านหมู่ ๕, ๓ มี.ค. ๒๕๖๙): ไฟถนนหน้าโรงเรียนดับหลายวัน</p><p><b>ตอบ</b> (กองช่าง, ๔ มี.ค. ๒๕๖๙): ซ่อมแล้วเมื่อวันที่ ๔ มี.ค. ๒๕๖๙</p></div>
<form action="/index.php?option=com_qa&task=ask" method="post"><p>ชื่อ <input name="name"> อีเมล <input name="email"></p>
<p>คำถาม<br><textarea name="question"></textarea></p><p><button type="submit">ส่งคำถาม</button></p></form>"""),
    11: ("ระบบบริการออนไลน์ (E-Service)", f"""<p>ยื่นคำร้องออนไลน์ได้ตลอด ๒๔ ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน ๑ วันทำการ</p>
<form action="https://docs.google.com/forms/d/e/1FAIpQLSd-nonsakaengam-eservice/formResponse" method="post">
<p>เรื่องที่ขอรับบริการ <select name="entry.1"><option>ขอรับน้ำอุปโภคบริโภค</option><option>ขอซ่อมไฟฟ้าสาธารณะ</option>
<option>ขอจัดเก็บขยะ</option><option>ขอใช้สถานที่</option></select></p>
<p>ชื่อ-สกุล <input name="entry.2"> โทรศัพท์ <input name="entry.3"></p><p>รายละเอียด <textarea name="entry.4"></textarea></p>
<p><button type="submit">ส่งคำร้อง</button></p></form>
<p>ข้อมูลสถิติการให้บริการ: {a(url('service-stats'), 'สถิติการให้บริการประชาชน ปีงบประมาณ ๒๕๖๙ (ต.ค. ๖๘ - มี.ค. ๖๙)')}</p>"""),
    12: ("แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตของเจ้าหน้าที่เทศบาลได้ที่แบบฟอร์มนี้ ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>
<form action="/index.php?option=com_complaint&task=send" method="post" enctype="multipart/form-data">
<p>ชื่อผู้ร้องเรียน (ไม่ระบุก็ได้) <input name="name"></p><p>เรื่องที่ร้องเรียน <input name="subject"></p>
<p>รายละเอียดการกระทำ <textarea name="detail"></textarea></p><p>แนบไฟล์ <input type="file" name="file"></p>
<p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form>
<p>หรือโทร ๐ ๔๓๐๐ ๖๔๑๘ ต่อ ๑๐๔ (งานนิติการ)</p>"""),
    14: ("นโยบายเว็บไซต์", "<p>เทศบาลเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒</p>"),
}

# news: id -> (date, title, body)
NEWS = {
    114: ("๒ เม.ย. ๒๕๖๙", "เทศบาลจัดกิจกรรมรดน้ำดำหัวผู้สูงอายุ ประจำปี ๒๕๖๙", "<p>เตรียมจัดงานวันที่ ๑๒ เมษายน ๒๕๖๙ ณ ลานวัฒนธรรม</p>"),
    113: ("๒๐ มี.ค. ๒๕๖๙", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๙", "<p>ชำระได้ภายในเดือนเมษายน ๒๕๖๙ ที่กองคลัง</p>"),
    111: ("๒๖ ก.พ. ๒๕๖๙", "สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี ๒๕๖๙", """<p>ระหว่างวันที่ ๒ - ๑๒ กุมภาพันธ์ ๒๕๖๙ เทศบาลจัดประชุมประชาคมครบทั้ง ๙ หมู่บ้าน
มีประชาชนเข้าร่วม ๕๔๘ คน เสนอโครงการ ๔๑ โครงการ ได้แก่ ถนน คสล. ๑๖ โครงการ ระบบประปา ๘ โครงการ ไฟฟ้าส่องสว่าง ๗ โครงการ
อื่น ๆ ๑๐ โครงการ เทศบาลจะบรรจุในแผนพัฒนาท้องถิ่นเพิ่มเติม และแจ้งผลกลับให้ประชาคมทราบ</p>"""),
    110: ("๒๐ ม.ค. ๒๕๖๙", "เผยแพร่รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น",
          "<p>เทศบาลตำบลโนนสะแกงามขอเผยแพร่รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น รายละเอียดตามเอกสารแนบ</p>"
          f"<div class=\"attachments\"><b>ไฟล์แนบ</b><ul><li>{a(url('followup-67'), 'report_followup.pdf')} ({size('followup-67')})</li></ul></div>"),
    109: ("๒๓ ม.ค. ๒๕๖๙", "ขอเชิญร่วมประชุมประชาคมหมู่บ้าน ประจำปี ๒๕๖๙",
          f"<p>กำหนดการ ๒ - ๑๒ ก.พ. ๒๕๖๙</p><div class=\"attachments\"><b>ไฟล์แนบ</b><ul><li>{a(url('forum-invite'), 'invite_forum69.docx')}</li></ul></div>"),
    107: ("๑๖ ม.ค. ๒๕๖๙", "อบรมส่งเสริมคุณธรรมจริยธรรมพนักงานเทศบาล ประจำปี ๒๕๖๙", """<p>วันที่ ๑๕ มกราคม ๒๕๖๙ เทศบาลจัดอบรม
"ประมวลจริยธรรมของพนักงานเทศบาลสู่การปฏิบัติ" ผู้บริหาร พนักงานเทศบาล และพนักงานจ้าง เข้าร่วม ๔๗ คน
พร้อมมอบเกียรติบัตรพนักงานดีเด่นด้านคุณธรรม ๓ คน</p>"""),
    105: ("๑๑ ธ.ค. ๒๕๖๘", "ฝึกอบรม อปพร. หลักสูตรทบทวน ประจำปี ๒๕๖๙", "<p>ผู้เข้ารับการอบรม ๖๐ คน</p>"),
    103: ("๒๐ ต.ค. ๒๕๖๘", "ประกาศนโยบาย No Gift Policy ประจำปีงบประมาณ ๒๕๖๙", """<p>นายกเทศมนตรีประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิด
จากการปฏิบัติหน้าที่ ขอความร่วมมือผู้มาติดต่อราชการงดให้ของขวัญแก่เจ้าหน้าที่ · """ + a("/ita/2569/10-1/", "รายละเอียดที่หน้า ITA") + "</p>"),
    102: ("๘ ต.ค. ๒๕๖๘", "ประชุมประจำเดือนพนักงานเทศบาล ครั้งที่ ๑/๒๕๖๙", "<p>ชี้แจงแนวทางการปฏิบัติงานปีงบประมาณ ๒๕๖๙</p>"),
    98: ("๑๙ ก.ย. ๒๕๖๘", "กิจกรรมวันท้องถิ่นไทย ๒๕๖๘", "<p>ร่วมกิจกรรมจิตอาสา</p>"),
    94: ("๒๑ ก.พ. ๒๕๖๘", "สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี ๒๕๖๘", "<p>ประชาคม ๙ หมู่บ้าน เข้าร่วม ๕๑๒ คน (๓ - ๑๔ ก.พ. ๒๕๖๘)</p>"),
    90: ("๕ พ.ย. ๒๕๖๗", "ลอยกระทงโนนสะแกงาม ๒๕๖๗", "<p>ภาพกิจกรรม</p>"),
}


def news_list(ids: list[int], start: int) -> str:
    rows = "\n".join(f"<li>{a(art(i), NEWS[i][1])} <span class=\"date\">{NEWS[i][0]}</span></li>" for i in ids)
    nav = a(cat(8, 10), "หน้าถัดไป »") if start == 0 else a(cat(8), "« หน้าก่อน")
    return f"<ul class=\"category-list\">\n{rows}\n</ul>\n<div class=\"pagination\">{nav}</div>"


DLCATS = {
    20: ("เอกสารเผยแพร่ : แผนงานและงบประมาณ", [
        dlrow("action-69", "แผนการดำเนินงาน ประจำปีงบประมาณ ๒๕๖๙", "๒๔ ต.ค. ๒๕๖๘"),
        dlrow("budget-draft", "ร่างเทศบัญญัติงบประมาณรายจ่าย ประจำปี ๒๕๖๙", "๑๒ ส.ค. ๒๕๖๘"),
        dlrow("action-68", "แผนการดำเนินงาน ประจำปีงบประมาณ ๒๕๖๘", "๒๙ ต.ค. ๒๕๖๗"),
        dlrow("plan-old", "แผนพัฒนาท้องถิ่น (แก้ไข ครั้งที่ ๒)", "๑ มิ.ย. ๒๕๖๔"),
        dlrow("plan-meeting", "หนังสือเชิญประชุมคณะกรรมการพัฒนาเทศบาล (ร่างแผนพัฒนาท้องถิ่น)", "๙ ก.พ. ๒๕๖๙")]),
    21: ("เอกสารเผยแพร่ : รายงาน", [
        dlrow("followup-67", "รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น", "๒๐ ม.ค. ๒๕๖๙"),
        dlrow("child-sar", "รายงานการประเมินตนเอง ศูนย์พัฒนาเด็กเล็ก", "๑๐ ม.ค. ๒๕๖๙"),
        dlrow("proc-year", "รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปี ๒๕๖๘", "๑๗ ต.ค. ๒๕๖๘")]),
    22: ("เอกสารเผยแพร่ : คู่มือ", [
        dlrow("sop", "คู่มือการปฏิบัติงาน งานพัสดุ", "๔ มี.ค. ๒๕๖๗"),
        dlrow("citizen", "คู่มือสำหรับประชาชน การขออนุญาตก่อสร้างอาคาร", "๑ มิ.ย. ๒๕๖๖"),
        dlrow("complaint-manual", "คู่มือการปฏิบัติงานเรื่องร้องเรียนการทุจริต", "๑ ก.พ. ๒๕๖๗")]),
    23: ("เอกสารเผยแพร่ : การบริหารงานบุคคล", [
        dlrow("hr-report", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ๒๕๖๘", "๑๔ ต.ค. ๒๕๖๘"),
        dlrow("hr-policy-67", "นโยบายการบริหารทรัพยากรบุคคล", "๖ ต.ค. ๒๕๖๖"),
        dlrow("hr-rules", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "๓ มี.ค. ๒๕๖๖"),
        dlrow("ethics", "ประมวลจริยธรรมของพนักงานเทศบาล", "๑๕ มี.ค. ๒๕๖๖")]),
    24: ("เอกสารเผยแพร่ : คุณธรรมและความโปร่งใส", [
        dlrow("integrity-report", "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมฯ ๒๕๖๘", "๙ ต.ค. ๒๕๖๘"),
        dlrow("ac-plan-69", "แผนปฏิบัติการป้องกันการทุจริต ๒๕๖๙", "๓๐ ก.ย. ๒๕๖๘"),
        dlrow("gift-report", "รายงานผลการรับของขวัญ ปี ๒๕๖๘", "๘ ต.ค. ๒๕๖๘"),
        '<tr><td><a href="/download.php?id=52">รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต</a></td>'
        "<td>PDF</td><td>388.2 KB</td><td>๑๕ ต.ค. ๒๕๖๘</td></tr>"]),
}

# ---------------------------------------------------------------- the ITA CMS's template

ITA_MENU = [("หน้าหลัก ITA", "/ita/"), ("ITA 2569", "/ita/2569/"), ("ITA 2568", "/ita/2568/"),
            ("กลับสู่เว็บไซต์เทศบาล", "/")]


def ita_layout(title: str, body: str, year: str = "2569") -> str:
    menu = " | ".join(a(u, t) for t, u in ITA_MENU)
    groups = "".join(f"<li>{a(f'/ita/2569/{g}/', f'{g.replace(chr(45), chr(46))} {n}')}</li>" for g, n, _ in GROUPS)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} :: ITA Portal {ORG}</title>
<link rel="stylesheet" href="/ita/theme/ita.css"></head>
<body><div id="ita-head"><b>ITA Portal</b> · การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ<br>{ORG}</div>
<div id="ita-menu">{menu}</div>
<div id="ita-body"><div id="ita-side"><b>ปีที่ประเมิน</b>
<form action="/ita/" method="get"><select name="y" onchange="location.href='/ita/'+this.value+'/'">
<option value="2569"{' selected' if year == '2569' else ''}>2569</option><option value="2568"{' selected' if year == '2568' else ''}>2568</option></select></form>
<b>หมวดข้อมูล OIT 2569</b><ul>{groups}</ul></div>
<div id="ita-main"><h1>{esc(title)}</h1>
{body}
</div></div>
<div id="ita-foot">ITA Portal v2.3 · {ORG} · โทร ๐ ๔๓๐๐ ๖๔๑๘ · saraban@nonsakaengam.go.th</div>
</body></html>
"""


# group -> (folder, name, rows of (code, short text, [(href, link text)]))
GROUPS = [
    ("9-1", "ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้าง/อำนาจหน้าที่", [(art(3), "โครงสร้างและอำนาจหน้าที่")]),
        ("o2", "ผู้บริหาร", [(art(4), "คณะผู้บริหาร")]),
        ("o3", "ติดต่อ / ถาม-ตอบ", [(art(9), "ติดต่อเรา"), (art(10), "Q&A")]),
        ("o4", "ข่าวประชาสัมพันธ์", [(cat(8), "ข่าวประชาสัมพันธ์")])]),
    ("9-2", "การบริหารงานและงบประมาณ", [
        ("o5", "แผนพัฒนาท้องถิ่น", [(url("plan-old"), "แผนพัฒนาท้องถิ่น")]),
        ("o6", "แผนดำเนินงาน / งบประมาณ", [(url("action-69"), "แผนการดำเนินงาน ปี 2569"),
                                          (url("budget-69"), "เทศบัญญัติงบประมาณรายจ่าย ปี 2569")]),
        ("o7", "รายงานผลการดำเนินงาน", [(art(110), "รายงานผลการติดตามและประเมินผลแผน")]),
        ("o8", "คู่มือปฏิบัติงาน", [(url("sop"), "คู่มือการปฏิบัติงาน (งานพัสดุ)")]),
        ("o9", "คู่มือประชาชน", [("/ebook.php?book=3", "คู่มือสำหรับประชาชน (อ่านออนไลน์)")]),
        ("o10", "E-Service", [(art(11), "ระบบบริการออนไลน์")])]),
    ("9-3", "การจัดซื้อจัดจ้าง", [
        ("o11", "สขร.1 รายเดือน", [("/ita/2569/o11/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน")]),
        ("o12", "สรุปจัดซื้อจัดจ้างประจำปี", [(url("proc-year"), "รายงานสรุปผลการจัดซื้อจัดจ้าง ปี 2568")])]),
    ("9-4", "การบริหารทรัพยากรบุคคล", [
        ("o13", "หลักเกณฑ์/นโยบาย HR", [(url("hr-rules"), "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล"),
                                       (url("hr-policy-67"), "นโยบายการบริหารทรัพยากรบุคคล")]),
        ("o14", "รายงานผล HR", [(url("hr-report"), "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล")]),
        ("o15", "ประมวลจริยธรรม", [(url("ethics"), "ประมวลจริยธรรม"), (art(107), "กิจกรรมขับเคลื่อนจริยธรรม")])]),
    ("9-5", "การส่งเสริมความโปร่งใส", [
        ("o16", "แนวปฏิบัติเรื่องร้องเรียน", [(url("complaint-manual"), "คู่มือเรื่องร้องเรียนการทุจริต")]),
        ("o17", "ช่องทางร้องเรียน", [(art(12), "แจ้งเรื่องร้องเรียนการทุจริต")]),
        ("o18", "สถิติเรื่องร้องเรียน", [("/ita/2569/o18/", "สถิติเรื่องร้องเรียนการทุจริต")]),
        ("o19", "การมีส่วนร่วม", [(art(111), "ประชาคมหมู่บ้าน")])]),
    ("10-1", "การป้องกันการทุจริต (สินบน)", [
        ("o20", "No Gift Policy", [(url("nogift-69"), "ประกาศ No Gift Policy"), (url("gift-report"), "รายงานการรับของขวัญ"),
                                  (url("integrity-scan"), "ประกาศเจตจำนงสุจริต")]),
        ("o21", "ประเมินความเสี่ยงการทุจริต", [(url("risk-68"), "การประเมินความเสี่ยงการทุจริต")]),
        ("o22", "ผลตามแผนบริหารความเสี่ยง", [("/download.php?id=52", "รายงานผลตามแผนบริหารความเสี่ยง")])]),
    ("10-2", "การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("o23", "แผนป้องกันการทุจริต", [(url("ac-plan-69"), "แผนปฏิบัติการป้องกันการทุจริต ปี 2569")]),
        ("o24", "รายงานผลป้องกันการทุจริต", [(url("ac-report-67-scan"), "รายงานผลการดำเนินการป้องกันการทุจริต")]),
        ("o25", "นำผล ITA ไปพัฒนา", [("/old/ita-analysis/", "การวิเคราะห์ผลการประเมิน ITA")]),
        ("o26", "รายงานมาตรการคุณธรรม", [(url("integrity-report"), "รายงานผลตามมาตรการส่งเสริมคุณธรรมฯ")])]),
]


def group_page(folder: str, gname: str, rows: list) -> str:
    body = ['<table class="oit"><tr><th>ข้อ</th><th>รายการ</th><th>ข้อมูล / ลิงก์</th></tr>']
    for code, short, links in rows:
        cells = "<br>".join(a(h, t) for h, t in links)
        body.append(f"<tr><td>{code.upper()}</td><td>{esc(short)}</td><td>{cells}</td></tr>")
    body.append("</table>")
    return ita_layout(f"ITA 2569 ตัวชี้วัดย่อยที่ {folder.replace('-', '.')} {gname}", "\n".join(body))


def skr_row(key: str, label: str) -> str:
    return f"<li>{a(url(key), label)} ({DOCS[key][0].rsplit('.', 1)[1].upper()}, {size(key)})</li>"


def assets() -> None:
    """The few static files the templates name (tiny placeholders)."""
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")
    files = {"templates/tessaban/css/template.css": b"body{font-family:Tahoma,sans-serif}.sidebar{float:left;width:220px}\n",
             "ita/theme/ita.css": b"#ita-side{float:left;width:200px}table.oit td{border:1px solid #ccc}\n",
             "images/logo.png": png, "images/structure.png": png}
    files.update({f"images/p{i}.jpg": png for i in range(1, 5)})
    for name, data in files.items():
        out = os.path.join(HERE, name)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "wb") as fh:
            fh.write(data)


def main() -> None:
    assets()
    # the home page
    latest = "\n".join(f"<li>{a(art(i), NEWS[i][1])} ({NEWS[i][0]})</li>" for i in [114, 113, 111, 110, 107])
    write("/", layout("หน้าแรก", f"""<div class="banner-ita">{a('/ita/', 'ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT) คลิก')}</div>
<h3>ข่าวประชาสัมพันธ์ล่าสุด</h3><ul>{latest}</ul><p>{a(cat(8), 'ดูข่าวทั้งหมด')}</p>
<h3>เอกสารเผยแพร่</h3><ul>{''.join(f'<li>{a(cat(n), t)}</li>' for n, (t, _) in DLCATS.items())}</ul>"""))
    for n, (title, body) in ARTICLES.items():
        write(art(n), layout(title, body))
    for n, (date, title, body) in NEWS.items():
        write(art(n), layout(title, f'<p class="published">เผยแพร่เมื่อ {date} · หมวด ข่าวประชาสัมพันธ์</p>\n{body}'))
    ids = sorted(NEWS, reverse=True)
    write(cat(8), layout("ข่าวประชาสัมพันธ์", news_list(ids[:10], 0)))
    write(cat(8, 10), layout("ข่าวประชาสัมพันธ์", news_list(ids[10:], 10)))
    for n, (title, rows) in DLCATS.items():
        write(cat(n), layout(title, dltable(rows)))
    write("/ebook.php?book=3", layout("คู่มือสำหรับประชาชน (E-Book)", f"""<p>คู่มือสำหรับประชาชน การขออนุญาตก่อสร้างอาคาร</p>
<iframe src="https://drive.google.com/file/d/1qNsk-Ebook03-preview/preview" width="640" height="480" title="E-Book"></iframe>
<p>{a(url('citizen'), 'ดาวน์โหลดไฟล์ PDF')} ({size('citizen')})</p>"""))

    # the ITA CMS
    write("/ita/", ita_layout("ITA การประเมินคุณธรรมและความโปร่งใส", """<p>เลือกปีที่ประเมิน</p>
<ul><li><a href="/ita/2569/">ITA ประจำปีงบประมาณ พ.ศ. 2569</a></li><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. 2568</a></li></ul>"""))
    idx = "\n".join(f"<li>{a(f'/ita/2569/{g}/', f'ตัวชี้วัดย่อยที่ {g.replace(chr(45), chr(46))} {n}')} "
                    f"({rows[0][0].upper()} - {rows[-1][0].upper()})</li>" for g, n, rows in GROUPS)
    write("/ita/2569/", ita_layout("ITA 2569 แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)",
                                   f"<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต</p><ul>{idx}</ul>"))
    for g, n, rows in GROUPS:
        write(f"/ita/2569/{g}/", group_page(g, n, rows))
    write("/ita/2569/o11/", ita_layout("O11 สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ 2569", f"""<ul>
{skr_row('skr-2568-10', 'สขร.1 เดือนตุลาคม 2568')}
{skr_row('skr-2568-11', 'สขร.1 เดือนพฤศจิกายน 2568')}
{skr_row('skr-2568-12', 'สขร.1 เดือนธันวาคม 2568')}
{skr_row('skr-2569-2', 'สขร.1 เดือนกุมภาพันธ์ 2569')}
{skr_row('skr-2569-3', 'สขร.1 เดือนมีนาคม 2569')}
</ul><h3>ปีงบประมาณ 2568 (เดือนสุดท้าย)</h3><ul>
{skr_row('skr-2568-9', 'สขร.1 เดือนกันยายน 2568')}
</ul>"""))
    write("/ita/2569/o18/", ita_layout("O18 สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """<p>ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2568
(1 ตุลาคม 2567 - 30 กันยายน 2568)</p>
<table class="oit"><tr><th>ไตรมาส</th><th>เรื่องที่ได้รับ</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>
<tr><td>ไตรมาส 1 (ต.ค. - ธ.ค. 2567)</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>ไตรมาส 2 (ม.ค. - มี.ค. 2568)</td><td>1</td><td>1</td><td>0</td></tr>
<tr><td>ไตรมาส 3 (เม.ย. - มิ.ย. 2568)</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>ไตรมาส 4 (ก.ค. - ก.ย. 2568)</td><td>0</td><td>0</td><td>0</td></tr></table>
<p>ปรับปรุงข้อมูล ณ วันที่ 30 กันยายน 2568</p>"""))
    old_rows = [("o11", "สขร.1 ก.ย. 2568", url("skr-2568-9")), ("o21", "ประเมินความเสี่ยงการทุจริต ปี 2568", url("risk-68")),
                ("o22", "รายงานผลตามแผนบริหารความเสี่ยง ปี 2567", "/ita/2568/files/1499.pdf"),
                ("o23", "แผนปฏิบัติการป้องกันการทุจริต ปี 2568", url("ac-plan-68")),
                ("o25", "การวิเคราะห์ผล ITA 2567", "/old/ita-analysis/"),
                ("o5", "แผนพัฒนาท้องถิ่น", url("plan-old"))]
    old_rows.sort(key=lambda r: int(r[0][1:]))
    table = "\n".join(f"<tr><td>{c.upper().translate(THAI)}</td><td>{a(h, t.translate(THAI))}</td></tr>"
                      for c, t, h in old_rows)
    write("/ita/2568/", ita_layout("ITA ๒๕๖๘ การเปิดเผยข้อมูลสาธารณะ (OIT)",
                                   f'<p>ข้อมูลประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p>\n<table class="oit">\n{table}\n</table>', year="2568"))

    # the old website (an earlier CMS), still online
    old = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{t} - เทศบาลตำบลโนนสะแกงาม (เว็บไซต์เดิม)</title></head>
<body><table width="900"><tr><td colspan="2"><b>เทศบาลตำบลโนนสะแกงาม</b> · เว็บไซต์เดิม (ไม่ได้ปรับปรุงแล้ว) · <a href="/">ไปเว็บไซต์ใหม่</a></td></tr>
<tr><td width="200" valign="top"><a href="/old/">หน้าแรก</a><br><a href="/old/ita-analysis/">ITA</a><br><a href="/old/download/">ดาวน์โหลด</a></td>
<td valign="top"><h2>{t}</h2>{b}</td></tr>
<tr><td colspan="2">เทศบาลตำบลโนนสะแกงาม อ.พระยืน จ.ขอนแก่น โทร ๐ ๔๓๐๐ ๖๔๑๘</td></tr></table></body></html>
"""
    write("/old/", old.format(t="หน้าแรก", b="<p>ประกาศ: เทศบาลย้ายเว็บไซต์ไปยังระบบใหม่ตั้งแต่ ๑ ต.ค. ๒๕๖๗</p>"))
    write("/old/download/", old.format(t="ดาวน์โหลด", b=f"<ul><li>{a(url('old-ac-plan'), 'แผนปฏิบัติการป้องกันการทุจริต 4 ปี (2561-2564)')}</li></ul>"))
    write("/old/ita-analysis/", old.format(t="การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ITA ประจำปี 2567", b="""
<p>ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 เทศบาลตำบลโนนสะแกงามได้ 81.46 คะแนน ระดับ B</p>
<table border="1"><tr><th>ตัวชี้วัด</th><th>คะแนน</th><th>ข้อบกพร่อง</th></tr>
<tr><td>การเปิดเผยข้อมูล</td><td>79.17</td><td>ไม่เผยแพร่รายงานผลการจัดซื้อจัดจ้างรายเดือนให้ครบ</td></tr>
<tr><td>การป้องกันการทุจริต</td><td>75.00</td><td>ไม่มีรายงานการประเมินความเสี่ยง</td></tr></table>
<h3>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. 2568</h3>
<table border="1"><tr><th>มาตรการ</th><th>ขั้นตอน</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th></tr>
<tr><td>เผยแพร่ข้อมูลบนเว็บไซต์ให้ครบถ้วน</td><td>ตรวจสอบรายการ OIT ทุกเดือน</td><td>สำนักปลัด</td><td>ต.ค. 2567 - ก.ย. 2568</td></tr>
<tr><td>เปิดช่องทางร้องเรียนออนไลน์</td><td>จัดทำแบบฟอร์มบนเว็บไซต์</td><td>งานนิติการ</td><td>ธ.ค. 2567</td></tr></table>
<p>ประกาศ ณ วันที่ 29 พฤศจิกายน 2567</p>"""))


if __name__ == "__main__":
    main()
