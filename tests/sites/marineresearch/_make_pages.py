"""Generate the HTML pages of the "marineresearch" test site (invented: ศูนย์วิจัยและพัฒนาทรัพยากร
ทางทะเลและชายฝั่งแหลมหินขาว, a regional centre of กรมทรัพยากรทางทะเลและชายฝั่ง).

Run:  python tests/sites/marineresearch/_make_pages.py   (after _make_docs.py: sizes are read from
the files it wrote)

The centre runs a Joomla 3 site: apart from the home page every page is a query string,
/index.php?option=com_content&view=article&id=N or ...&view=category&id=N (news page 2 with
&limitstart=10), kept as static copies under index.php.q/<query>/index.html (crawler/serve.py).
Documents come from /download.php?id=N; the annual report is shown only in a flipbook viewer
(/viewer.php?book=annual); the strategic plan in an embedded Google Drive preview with a download
link beside it.  The ITA 2568 page is a landing page with a year selector and one page per group
of items; the ITA 2567 page (Thai digits only) is still online, and ITA 2566 sends to the copy of
the old website left under /oldweb/ (another template).
"""

from __future__ import annotations

import html
import os
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG, path_of, url_of  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))  # the repo root
from crawler.serve import _query_name  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
PHONE = "0 3261 7745"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def art(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def cat(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&view=category&id={n}" + (f"&limitstart={start}" if start else "")


def a(url: str, text: str) -> str:
    return f'<a href="{esc(url)}">{esc(text)}</a>'


def when(doc_id: int) -> str:
    dt = DOCS[doc_id][2]
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def size(doc_id: int) -> str:
    return f"{os.path.getsize(path_of(doc_id)) / 1024:.1f} KB"


def dl(doc_id: int, text: str | None = None) -> str:
    """A download row as the Joomla attachments plugin shows it (a dead id shows a remembered size)."""
    name = DOCS[doc_id][0] if doc_id in DOCS else f"file{doc_id}.pdf"
    shown = size(doc_id) if doc_id in DOCS else "96.4 KB"
    return (f'<li class="attach">{a(url_of(doc_id), text or name)} <small>({esc(name)}, {shown})</small></li>')


MENU = [("หน้าหลัก", "/"), ("เกี่ยวกับศูนย์ฯ", art(11)), ("โครงสร้าง", art(12)), ("ผู้บริหาร", art(13)),
        ("ข่าวกิจกรรม", cat(8)), ("จัดซื้อจัดจ้าง", cat(9)), ("เอกสารเผยแพร่", cat(20)),
        ("บริการประชาชน", art(15)), ("E-Service", art(16)), ("ร้องเรียนการทุจริต", art(17)),
        ("ITA", art(30)), ("ติดต่อเรา", art(14))]


def layout(title: str, body: str, crumb: str = "") -> str:
    menu = "\n".join(f'<li class="item">{a(u, t)}</li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr"><head>
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - {ORG}</title>
<link href="/templates/marine/css/template.css" rel="stylesheet">
</head>
<body class="site com_content">
<header class="header"><img src="/images/logo.png" alt="ตรากรมทรัพยากรทางทะเลและชายฝั่ง" width="70" height="70">
<div class="brand"><b>{ORG}</b><br>กรมทรัพยากรทางทะเลและชายฝั่ง กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม<br>
<small>Laem Hin Khao Marine and Coastal Resources Research and Development Center</small></div></header>
<nav class="navigation"><ul class="nav menu">
{menu}
</ul></nav>
<div class="breadcrumb">คุณอยู่ที่: {a("/", "หน้าหลัก")} » {esc(crumb or title)}</div>
<div class="row"><main id="content" class="span9">
<div class="page-header"><h2>{esc(title)}</h2></div>
{body}
</main>
<aside id="aside" class="span3">
<div class="moduletable"><h3>ผู้อำนวยการศูนย์ฯ</h3><img src="/images/staff/p1.png" alt="ผู้อำนวยการ" width="90" height="110"><br>
นายธนพล คลื่นแก้ว</div>
<div class="moduletable"><h3>แจ้งเหตุสัตว์ทะเลหายากเกยตื้น</h3>โทร. {PHONE} (ตลอด ๒๔ ชั่วโมง)</div>
<div class="moduletable"><h3>ลิงก์ด่วน</h3><ul>
<li>{a(art(30), "ITA ศูนย์ฯ")}</li><li>{a(art(16), "E-Service ขอรับบริการออนไลน์")}</li>
<li>{a(art(17), "แจ้งเรื่องร้องเรียนการทุจริต")}</li><li>{a(cat(10), "ประกาศจัดซื้อจัดจ้าง")}</li>
<li>{a("/oldweb/", "เว็บไซต์เดิม (ก่อน พ.ย. ๒๕๖๖)")}</li>
<li><a href="https://www.dmcr.go.th/">กรมทรัพยากรทางทะเลและชายฝั่ง</a></li>
<li><a href="https://process3.gprocurement.go.th/">ระบบ e-GP</a></li></ul></div>
</aside></div>
<footer class="footer">{ORG}<br>เลขที่ ๘๘/๘ หมู่ที่ ๕ ตำบลบางปูทอง อำเภอแหลมหินขาว จังหวัดประจวบคีรีขันธ์ ๗๗๑๙๐<br>
โทรศัพท์ {PHONE} โทรสาร 0 3261 7746 อีเมล lhk.marinerc@gmail.com<br>
จำนวนผู้เข้าชม ๒๑๓,๕๐๒ · Powered by Joomla!</footer>
</body></html>
"""


PAGES: dict[str, str] = {}  # url -> html


def page(url: str, title: str, body: str, crumb: str = "") -> None:
    PAGES[url] = layout(title, body, crumb)


def target(url: str) -> str:
    path, _, query = url.partition("?")
    if query:
        return os.path.join(HERE, path.lstrip("/") + ".q", _query_name(query), "index.html")
    return os.path.join(HERE, path.lstrip("/"), "index.html")


# ---------------------------------------------------------------- about

page(art(11), "ประวัติความเป็นมา วิสัยทัศน์ และพันธกิจ", f"""
<p>{ORG} ตั้งขึ้นตามกฎกระทรวงแบ่งส่วนราชการกรมทรัพยากรทางทะเลและชายฝั่ง เดิมเป็นสถานีวิจัยทรัพยากรชายฝั่ง
ก่อนยกฐานะเป็นศูนย์ฯ รับผิดชอบพื้นที่ชายฝั่งทะเลอ่าวไทยตอนกลางฝั่งตะวันตก ๔ จังหวัด</p>
<p><b>วิสัยทัศน์</b> เป็นศูนย์กลางองค์ความรู้ด้านทรัพยากรทางทะเลและชายฝั่งของภูมิภาค</p>
<p><b>พันธกิจ</b> ศึกษา วิจัย ฟื้นฟู และส่งเสริมการมีส่วนร่วมของชุมชนในการอนุรักษ์ทรัพยากรทางทะเลและชายฝั่ง</p>""",
     "เกี่ยวกับศูนย์ฯ")

page(art(12), "โครงสร้างและอำนาจหน้าที่", """
<p><img src="/images/structure.png" alt="แผนภูมิโครงสร้างศูนย์วิจัยฯ" width="600" height="200"></p>
<h3>โครงสร้างองค์กร</h3>
<ul><li>ผู้อำนวยการศูนย์วิจัยและพัฒนาทรัพยากรทางทะเลและชายฝั่งแหลมหินขาว
<ul><li>ฝ่ายบริหารทั่วไป (งานสารบรรณ งานการเงิน งานพัสดุ งานบุคคล)</li>
<li>กลุ่มวิจัยและพัฒนาทรัพยากรทางทะเล (แนวปะการัง หญ้าทะเล)</li>
<li>กลุ่มวิจัยและพัฒนาทรัพยากรชายฝั่ง (ป่าชายเลน ชายหาด คุณภาพน้ำ)</li>
<li>กลุ่มวิจัยและพัฒนาสัตว์ทะเลหายาก (โรงพยาบาลสัตว์ทะเลหายาก)</li>
<li>สถานีเฝ้าระวังทรัพยากรทางทะเลเกาะหินแดง</li></ul></li></ul>
<h3>อำนาจหน้าที่</h3>
<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมทรัพยากรทางทะเลและชายฝั่ง สรุปได้ดังนี้</p>
<ol><li>ศึกษา วิจัย และพัฒนาองค์ความรู้ด้านทรัพยากรทางทะเลและชายฝั่งในพื้นที่รับผิดชอบ</li>
<li>สำรวจ ติดตาม และเฝ้าระวังสถานภาพแนวปะการัง หญ้าทะเล ป่าชายเลน และคุณภาพน้ำทะเล</li>
<li>ช่วยเหลือ รักษา และอนุบาลสัตว์ทะเลหายาก</li>
<li>ฟื้นฟูระบบนิเวศทางทะเลและชายฝั่งร่วมกับชุมชนและเครือข่าย</li>
<li>ถ่ายทอดองค์ความรู้และให้บริการข้อมูลทางวิชาการแก่หน่วยงานและประชาชน</li>
<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>""",
     "เกี่ยวกับศูนย์ฯ » โครงสร้าง")

STAFF = [("p1", "นายธนพล คลื่นแก้ว", "ผู้อำนวยการศูนย์วิจัยและพัฒนาทรัพยากรทางทะเลและชายฝั่งแหลมหินขาว", "101"),
         ("p2", "นางสาวอรอุมา ปะการังทอง", "หัวหน้ากลุ่มวิจัยและพัฒนาทรัพยากรทางทะเล", "111"),
         ("p3", "นายวีรยุทธ ชายหาดงาม", "หัวหน้ากลุ่มวิจัยและพัฒนาทรัพยากรชายฝั่ง", "112"),
         ("p4", "นางสาวกานต์ธิดา โลมาใส", "หัวหน้ากลุ่มวิจัยและพัฒนาสัตว์ทะเลหายาก", "113"),
         ("p5", "นางสมพร ใจซื่อ", "หัวหน้าฝ่ายบริหารทั่วไป", "103")]
page(art(13), "ผู้บริหารศูนย์ฯ", "\n".join(
    f'<div class="staff"><img src="/images/staff/{p}.png" alt="{esc(n)}" width="90" height="110">'
    f"<p><b>{esc(n)}</b><br>{esc(t)}<br>โทร. {PHONE} ต่อ {x}</p></div>" for p, n, t, x in STAFF),
     "เกี่ยวกับศูนย์ฯ » ผู้บริหาร")

page(art(14), "ติดต่อเรา", f"""
<p><b>{ORG}</b><br>เลขที่ ๘๘/๘ หมู่ที่ ๕ ตำบลบางปูทอง อำเภอแหลมหินขาว จังหวัดประจวบคีรีขันธ์ ๗๗๑๙๐</p>
<p>โทรศัพท์ {PHONE} โทรสาร 0 3261 7746<br>อีเมล lhk.marinerc@gmail.com<br>
Facebook: <a href="https://www.facebook.com/lhk.marinerc">ศูนย์วิจัยฯ แหลมหินขาว</a></p>
<p>เวลาทำการ วันจันทร์ - วันศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น. (เว้นวันหยุดราชการ)</p>
<p><a href="https://maps.google.com/?q=11.4821,99.6214">แผนที่ตั้งศูนย์ฯ (Google Maps)</a></p>""")

page(art(15), "คู่มือการขอรับบริการ", f"""
<p>ศูนย์ฯ ให้บริการ ๓ งาน ได้แก่ การขอเข้าศึกษาดูงานศูนย์เรียนรู้ การแจ้งเหตุสัตว์ทะเลหายากเกยตื้น และการขอรับข้อมูลทางวิชาการ
ไม่มีค่าธรรมเนียม รายละเอียดขั้นตอน ระยะเวลา และเอกสารที่ต้องใช้ ดาวน์โหลดได้ที่ไฟล์แนบ</p>
<ul class="attachments">{dl(41, "คู่มือการขอรับบริการสำหรับผู้รับบริการและผู้มาติดต่อ")}</ul>
<p>ยื่นคำขอออนไลน์ได้ที่ {a(art(16), "E-Service")}</p>""", "บริการประชาชน")

page(art(16), "E-Service ขอรับบริการออนไลน์", """
<p>ผู้รับบริการสามารถยื่นคำขอได้ทางออนไลน์ โดยไม่ต้องเดินทางมาที่ศูนย์ฯ เจ้าหน้าที่จะติดต่อกลับภายใน ๑ วันทำการ</p>
<form method="post" action="https://docs.google.com/forms/d/e/1FAIpQLSeLhkMarine2568/formResponse">
<p>ประเภทบริการ <select name="entry.1"><option>ขอเข้าศึกษาดูงานศูนย์เรียนรู้</option><option>ขอรับข้อมูลทางวิชาการ</option>
<option>แจ้งเหตุสัตว์ทะเลหายากเกยตื้น</option></select></p>
<p>ชื่อ-นามสกุล <input name="entry.2"> หน่วยงาน <input name="entry.3"></p>
<p>โทรศัพท์ <input name="entry.4"> อีเมล <input name="entry.5"></p>
<p>รายละเอียดคำขอ <textarea name="entry.6"></textarea></p>
<p><button type="submit">ส่งคำขอ</button></p></form>
<p>หรือเปิด <a href="https://forms.gle/LhkMarineEservice">แบบฟอร์ม E-Service (Google Form)</a></p>""", "บริการประชาชน")

page(art(17), "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"""
<p>หากพบเห็นเจ้าหน้าที่ของศูนย์ฯ กระทำการทุจริตหรือประพฤติมิชอบ แจ้งได้ทางแบบฟอร์มนี้ ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>
<form method="post" action="/index.php?option=com_rsform&amp;formId=3">
<p>ชื่อ-นามสกุล (ไม่ระบุได้) <input name="form[name]"></p>
<p>ช่องทางติดต่อกลับ <input name="form[contact]"></p>
<p>เรื่องที่ร้องเรียน <input name="form[subject]"></p>
<p>รายละเอียด (บุคคล วัน เวลา สถานที่) <textarea name="form[detail]"></textarea></p>
<p>ไฟล์หลักฐาน <input type="file" name="form[file]"></p>
<p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form>
<p>ช่องทางอื่น: โทร. {PHONE} ต่อ ๑๐๑ · ไปรษณีย์ถึงผู้อำนวยการศูนย์ฯ · กล่องรับเรื่องร้องเรียนหน้าห้องผู้อำนวยการ</p>
<p>ขั้นตอนการจัดการเรื่องร้องเรียน: {a(art(18), "แนวทางปฏิบัติ")}</p>""")

page(art(18), "แนวทางปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"""
<p>ศูนย์ฯ รับเรื่อง ลงทะเบียน เสนอผู้อำนวยการภายใน ๓ วันทำการ ตรวจสอบข้อเท็จจริงภายใน ๓๐ วัน และแจ้งผลแก่ผู้ร้องเรียน</p>
<ul class="attachments">{dl(67)}</ul>""")

page(art(19), "แผนยุทธศาสตร์ศูนย์วิจัยฯ", f"""
<p>แผนยุทธศาสตร์ของศูนย์ฯ (เปิดอ่านในหน้าต่างด้านล่าง หรือดาวน์โหลดไฟล์)</p>
<iframe src="https://drive.google.com/file/d/1Lhk7StrategicPlanFinal0x/preview" width="640" height="480" allow="autoplay"></iframe>
<ul class="attachments">{dl(12, "ดาวน์โหลดไฟล์")}</ul>
<h3>เอกสารที่เกี่ยวข้อง</h3>
<ul class="attachments">{dl(15, "รายงานการติดตามและประเมินผลแผนยุทธศาสตร์")}</ul>""", "เอกสารเผยแพร่ » แผนยุทธศาสตร์")

# ---------------------------------------------------------------- news (category 8)

NEWS = {
    141: ((2568, 4, 8), "ปล่อยเต่าตนุคืนสู่ธรรมชาติ ๓ ตัว หลังอนุบาลครบ ๖ เดือน",
          "ศูนย์ฯ ร่วมกับอำเภอแหลมหินขาวปล่อยเต่าตนุที่ได้รับการรักษาจากอาการกลืนเศษอวนคืนสู่ทะเล ณ หาดบางปูทอง"),
    140: ((2568, 3, 27), "สำรวจติดตามภาวะปะการังฟอกขาว เกาะหินแดง",
          "ทีมกลุ่มวิจัยทรัพยากรทางทะเลดำน้ำสำรวจ ๔ สถานี พบปะการังซีดจางร้อยละ ๘ อุณหภูมิน้ำทะเล ๓๐.๕ องศาเซลเซียส"),
    139: ((2568, 2, 21), "ปลูกป่าชายเลนร่วมกับชุมชนบ้านบางปูทอง ประจำปี ๒๕๖๘",
          "เมื่อวันที่ ๑๔ กุมภาพันธ์ ๒๕๖๘ ศูนย์ฯ ร่วมกับชุมชนบ้านบางปูทอง เครือข่ายอนุรักษ์ โรงเรียน และ อบต.บางปูทอง "
          "ปลูกกล้าไม้ป่าชายเลน ๒๐,๐๐๐ ต้น พื้นที่ ๔๐ ไร่ ผู้เข้าร่วม ๒๓๐ คน ชุมชนเสนอให้ติดตามอัตรารอดร่วมกันทุก ๓ เดือน "
          "ซึ่งศูนย์ฯ ได้กำหนดไว้ในแผนติดตามผลแล้ว"),
    138: ((2568, 1, 20), "ช่วยเหลือโลมาอิรวดีเกยตื้นบริเวณปากคลองบางปู",
          "กลุ่มวิจัยสัตว์ทะเลหายากได้รับแจ้งจากชาวประมง เข้าช่วยเหลือและนำส่งโรงพยาบาลสัตว์ทะเลหายาก"),
    137: ((2568, 1, 17), "ขอเชิญประชุมเครือข่ายอนุรักษ์ทรัพยากรทางทะเลและชายฝั่ง ครั้งที่ ๑/๒๕๖๘",
          "ศูนย์ฯ ขอเชิญประธานเครือข่ายอนุรักษ์ทุกเครือข่ายเข้าร่วมประชุมในวันที่ ๓๑ มกราคม ๒๕๖๘ เวลา ๐๙.๐๐ น. ณ ห้องประชุมศูนย์ฯ"),
    136: ((2567, 12, 20), "เผยแพร่ E-Book รายงานประจำปีของศูนย์ฯ",
          "ท่านสามารถอ่านรายงานประจำปีฉบับล่าสุดของศูนย์ฯ ในรูปแบบ E-Book ได้ที่เมนูเอกสารเผยแพร่"),
    135: ((2567, 12, 10), "อบรมอาสาสมัครพิทักษ์ทะเล รุ่นที่ ๑๑",
          "อบรมอาสาสมัครจากชุมชนชายฝั่ง ๔๕ คน เรื่องการเฝ้าระวังและแจ้งเหตุสัตว์ทะเลหายาก"),
    134: ((2567, 11, 15), "วางทุ่นผูกเรือเพื่อลดความเสียหายของแนวปะการัง เกาะหินแดง", "ติดตั้งทุ่นผูกเรือใหม่ ๑๒ จุด"),
    133: ((2567, 10, 18), "ประชุมมอบนโยบายการปฏิบัติราชการ ปีงบประมาณ พ.ศ. ๒๕๖๘",
          "ผู้อำนวยการศูนย์ฯ มอบนโยบายและชี้แจงแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘ แก่บุคลากร"),
    132: ((2567, 10, 4), "ตรวจวัดคุณภาพน้ำทะเลชายฝั่ง รอบที่ ๑/๒๕๖๘", "เก็บตัวอย่างน้ำทะเล ๓๖ สถานี"),
    131: ((2567, 9, 19), "ประชุมสรุปผลการดำเนินงาน ปีงบประมาณ พ.ศ. ๒๕๖๗", "บุคลากรร่วมทบทวนผลการดำเนินงานตามแผนปฏิบัติราชการ"),
    130: ((2567, 7, 12), "กิจกรรมส่งเสริมคุณธรรม จริยธรรม ตามประมวลจริยธรรมข้าราชการพลเรือน ประจำปี ๒๕๖๗",
          "ศูนย์ฯ จัดกิจกรรมส่งเสริมคุณธรรมจริยธรรม ทบทวนประมวลจริยธรรมข้าราชการพลเรือนและข้อกำหนดจริยธรรมของกรม "
          "พร้อมบำเพ็ญประโยชน์ทำความสะอาดชายหาด ผู้เข้าร่วม ๔๒ คน"),
    129: ((2567, 6, 8), "กิจกรรมวันทะเลโลก ๒๕๖๗", "เก็บขยะชายหาดร่วมกับนักเรียนและชุมชน"),
    128: ((2567, 2, 16), "ปลูกป่าชายเลนร่วมกับชุมชน ประจำปี ๒๕๖๗",
          "ศูนย์ฯ ร่วมกับชุมชนบ้านบางปูทองปลูกป่าชายเลน ๓๕ ไร่ ผู้เข้าร่วม ๑๘๐ คน"),
}
ATTACH = {139: [(72, "สรุปผลการดำเนินโครงการปลูกป่าชายเลนร่วมกับชุมชน")], 137: [(70, "หนังสือเชิญประชุม")]}


def thai_date(ymd: tuple[int, int, int]) -> str:
    y, m, dd = ymd
    return f"{dd} {MONTHS[m - 1]} {y}".translate(THAI)


for nid, (ymd, title, text) in NEWS.items():
    extra = ""
    if nid in ATTACH:
        extra = '<h4>ไฟล์แนบ</h4><ul class="attachments">' + "".join(dl(i, t) for i, t in ATTACH[nid]) + "</ul>"
    if nid == 136:
        extra = f'<p>{a("/viewer.php?book=annual", "อ่าน E-Book รายงานประจำปี")}</p>'
    page(art(nid), title, f'<p class="published">เผยแพร่เมื่อ {thai_date(ymd)} · ข่าวกิจกรรม</p>\n<p>{esc(text)}</p>\n{extra}',
         "ข่าวกิจกรรม")


def news_list(ids: list[int]) -> str:
    return "<ul class=\"category\">" + "".join(
        f"<li>{a(art(i), NEWS[i][1])} <small>{thai_date(NEWS[i][0])}</small></li>" for i in ids) + "</ul>"


ORDER = sorted(NEWS, key=lambda i: NEWS[i][0], reverse=True)
page(cat(8), "ข่าวกิจกรรม", news_list(ORDER[:10]) +
     f'<div class="pagination">หน้า ๑ จาก ๒ · {a(cat(8, 10), "ถัดไป")}</div>')
page(cat(8, 10), "ข่าวกิจกรรม", news_list(ORDER[10:]) +
     f'<div class="pagination">หน้า ๒ จาก ๒ · {a(cat(8), "ก่อนหน้า")}</div>')

# ---------------------------------------------------------------- procurement (categories 9 and 10)

TH_FULL = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
           "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
PROC_POSTS = {151: (50, 2567, 9), 152: (51, 2567, 10), 153: (52, 2567, 11), 154: (53, 2567, 12), 155: (54, 2568, 1),
              157: (56, 2568, 3)}
for pid, (doc, y, m) in PROC_POSTS.items():
    page(art(pid), f"สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{TH_FULL[m - 1]} {y}",
         f'<p class="published">เผยแพร่เมื่อ {when(doc)} · จัดซื้อจัดจ้าง</p>'
         f"<p>ศูนย์ฯ ขอเผยแพร่สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน (แบบ สขร.๑) ตามมาตรา ๙ (๘) แห่ง พ.ร.บ.ข้อมูลข่าวสารของราชการ</p>"
         f'<h4>ไฟล์แนบ</h4><ul class="attachments">{dl(doc)}</ul>', "จัดซื้อจัดจ้าง")
page(cat(9), "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)", "<ul class=\"category\">" + "".join(
    f"<li>{a(art(p), f'สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{TH_FULL[m - 1]} {y}')} <small>{when(doc)}</small></li>"
    for p, (doc, y, m) in sorted(PROC_POSTS.items(), reverse=True)) + "</ul>"
     f"<p>ประกาศเชิญชวนและประกาศผู้ชนะ ดูที่ {a(cat(10), 'ประกาศจัดซื้อจัดจ้าง')}</p>", "จัดซื้อจัดจ้าง")
page(art(160), "ประกาศผู้ชนะการเสนอราคา จ้างจัดพิมพ์รายงานประจำปี ๒๕๖๗",
     f'<p class="published">เผยแพร่เมื่อ {when(33)} · ประกาศจัดซื้อจัดจ้าง</p>'
     f'<ul class="attachments">{dl(33)}</ul>', "ประกาศจัดซื้อจัดจ้าง")
page(art(161), "ประกาศผู้ชนะการเสนอราคา ซื้อน้ำมันเชื้อเพลิงเรือสำรวจ ไตรมาส ๒/๒๕๖๘",
     '<p class="published">เผยแพร่เมื่อ ๖ ม.ค. ๒๕๖๘ · ประกาศจัดซื้อจัดจ้าง</p>'
     "<p>ผู้ได้รับการคัดเลือก หจก. แหลมหินขาวปิโตรเลียม ราคา ๑๑๕,๒๐๐ บาท</p>", "ประกาศจัดซื้อจัดจ้าง")
page(cat(10), "ประกาศจัดซื้อจัดจ้าง", "<ul class=\"category\">"
     f"<li>{a(art(160), 'ประกาศผู้ชนะการเสนอราคา จ้างจัดพิมพ์รายงานประจำปี ๒๕๖๗')} <small>{when(33)}</small></li>"
     f"<li>{a(art(161), 'ประกาศผู้ชนะการเสนอราคา ซื้อน้ำมันเชื้อเพลิงเรือสำรวจ ไตรมาส ๒/๒๕๖๘')} <small>๖ ม.ค. ๒๕๖๘</small></li>"
     "</ul>", "จัดซื้อจัดจ้าง")

# ---------------------------------------------------------------- documents (categories 20-24)

DOC_CATS = {
    20: ("แผนงานและงบประมาณ", [21, 23, 22, 12, 15]),
    21: ("รายงาน", [24, 31, 32, 60]),
    22: ("คู่มือ", [40, 41, 67]),
    23: ("บุคลากร", [63, 62, 65]),
    24: ("คุณธรรมและความโปร่งใส", [76, 77, 80, 81, 78, 74, 83, 8]),
}
ROW_TITLE = {8: "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปี ๒๕๖๘"}


def doc_row(doc_id: int) -> str:
    title = ROW_TITLE.get(doc_id) or DOCS[doc_id][1]
    if doc_id == 31:  # the annual report is only in the flipbook viewer
        return f"<tr><td>{a('/viewer.php?book=annual', title)}</td><td>{when(31)}</td><td>E-Book</td></tr>"
    shown = when(doc_id) if doc_id in DOCS else "๒ เม.ย. ๒๕๖๘"
    return f"<tr><td>{esc(title)}</td><td>{shown}</td><td>{a(url_of(doc_id), 'ดาวน์โหลด')}</td></tr>"


tabs = " | ".join(a(cat(c), t) for c, (t, _) in DOC_CATS.items())
for cid, (ctitle, ids) in DOC_CATS.items():
    page(cat(cid), f"เอกสารเผยแพร่ : {ctitle}",
         f'<p class="tabs">{tabs}</p><table class="docs"><tr><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>'
         + "".join(doc_row(i) for i in ids) + "</table>", "เอกสารเผยแพร่")

PAGES["/viewer.php?book=annual"] = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>E-Book รายงานประจำปี - {ORG}</title>
<link href="/templates/marine/css/template.css" rel="stylesheet"></head>
<body class="viewer"><div class="flipbook-bar"><img src="/images/logo.png" alt="" width="32" height="32">
E-Book รายงานประจำปี · {ORG} · {a("/", "กลับหน้าหลัก")}</div>
<iframe class="flipbook" src="/download.php?id=31#toolbar=0" width="100%" height="900"></iframe>
</body></html>
"""

# ---------------------------------------------------------------- ITA

GROUPS = {
    31: ("ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้างและอำนาจหน้าที่ของศูนย์ฯ", [(art(12), "โครงสร้างและอำนาจหน้าที่")]),
        ("o2", "ข้อมูลผู้บริหาร", [(art(13), "ผู้บริหารศูนย์ฯ")]),
        ("o3", "ข้อมูลการติดต่อ", [(art(14), "ติดต่อเรา")]),
        ("o4", "ข่าวประชาสัมพันธ์", [(cat(8), "ข่าวกิจกรรม")])]),
    32: ("ตัวชี้วัดย่อยที่ ๙.๒ การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("o5", "แผนยุทธศาสตร์ของศูนย์ฯ", [(art(19), "แผนยุทธศาสตร์ศูนย์วิจัยฯ")]),
        ("o6", "แผนปฏิบัติราชการ แผนการใช้จ่ายงบประมาณ และความก้าวหน้า",
         [(url_of(21), "แผนปฏิบัติราชการประจำปี ๒๕๖๘"), (url_of(23), "แผนการใช้จ่ายงบประมาณ ๒๕๖๘"),
          (url_of(24), "รายงานความก้าวหน้ารอบ ๖ เดือน")]),
        ("o7", "รายงานผลการดำเนินงานประจำปี",
         [("/viewer.php?book=annual", "รายงานประจำปี (ฉบับล่าสุด)"), (url_of(32), "ผลการใช้จ่ายงบประมาณ ปี ๒๕๖๗")]),
        ("o8", "คู่มือการปฏิบัติงานของเจ้าหน้าที่", [(url_of(40), "คู่มือการสำรวจแนวปะการัง")]),
        ("o9", "คู่มือการขอรับบริการ", [(art(15), "คู่มือการขอรับบริการ")]),
        ("o10", "E-Service", [(art(16), "ขอรับบริการออนไลน์")]),
        ("o11", "สถิติการให้บริการ", [(url_of(45), "สถิติการให้บริการ ต.ค. ๖๗ - มี.ค. ๖๘")])]),
    33: ("ตัวชี้วัดย่อยที่ ๙.๓ การจัดซื้อจัดจ้าง", [
        ("o12", "รายการจัดซื้อจัดจ้างและความก้าวหน้า (สขร.๑ รายเดือน)", [(cat(9), "สขร.๑ รายเดือน")]),
        ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [(url_of(60), "รายงานผลการจัดซื้อจัดจ้าง ปี ๒๕๖๗")])]),
    34: ("ตัวชี้วัดย่อยที่ ๙.๔ การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("o14", "นโยบาย/แผนการบริหารทรัพยากรบุคคล", [(url_of(62), "นโยบายการบริหารทรัพยากรบุคคล")]),
        ("o15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [(url_of(63), "รายงานผล HR")]),
        ("o16", "ประมวลจริยธรรมและการขับเคลื่อน",
         [(url_of(65), "ประมวลจริยธรรม"), (art(130), "กิจกรรมส่งเสริมคุณธรรม จริยธรรม")])]),
    35: ("ตัวชี้วัดย่อยที่ ๙.๕ การส่งเสริมความโปร่งใส", [
        ("o17", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [(art(18), "แนวปฏิบัติ")]),
        ("o18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [(art(17), "แบบฟอร์มร้องเรียนการทุจริต")]),
        ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [(url_of(8), "สถิติเรื่องร้องเรียน ปี ๒๕๖๘")]),
        ("o20", "การเปิดโอกาสให้มีส่วนร่วม", [(art(139), "ปลูกป่าชายเลนร่วมกับชุมชน")])]),
    36: ("ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", [
        ("o21", "No Gift Policy", [("/oldweb/nogift/", "ประกาศเจตนารมณ์ No Gift Policy")]),
        ("o22", "รายงานการรับทรัพย์สินฯ", [(url_of(74), "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด")]),
        ("o23", "การประเมินความเสี่ยงการทุจริต", [(url_of(76), "ประเมินความเสี่ยง ปี ๒๕๖๘")]),
        ("o24", "ผลการจัดการความเสี่ยงการทุจริต", [(url_of(78), "รายงานผล")]),
        ("o25", "แผนปฏิบัติการป้องกันการทุจริต", [(url_of(80), "แผนปฏิบัติการป้องกันการทุจริต ๒๕๖๘")]),
        ("o26", "รายงานผลการป้องกันการทุจริต", [(url_of(83), "รายงานผลการดำเนินการป้องกันการทุจริต ปี ๒๕๖๗")])]),
}
YEARS = (f'<p class="year-select">ปีการประเมิน: <b>[ ๒๕๖๘ ]</b> · {a(art(37), "๒๕๖๗")} · '
         f'{a("/oldweb/ita/", "๒๕๖๖ (เว็บไซต์เดิม)")}</p>')
page(art(30), "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี ๒๕๖๘",
     YEARS + "<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ของศูนย์ฯ แยกตามตัวชี้วัดย่อย</p><ol class=\"ita-groups\">" + "".join(
         f"<li>{a(art(g), t)} ({items[0][0]} - {items[-1][0]})</li>" for g, (t, items) in GROUPS.items()) + "</ol>",
     "ITA")
for gid, (gtitle, items) in GROUPS.items():
    rows = "".join(
        f"<tr><td>{code}</td><td>{esc(text)}</td><td>{'<br>'.join(a(u, t) for u, t in links)}</td></tr>"
        for code, text, links in items)
    page(art(gid), f"ITA ๒๕๖๘ : {gtitle}",
         YEARS + f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{rows}</table>'
         f"<p>{a(art(30), 'กลับหน้า ITA')}</p>", "ITA")

ITA_67 = [("๑", "แผนปฏิบัติราชการประจำปี ๒๕๖๗", url_of(22)), ("๒", "รายงานความก้าวหน้ารอบ ๖ เดือน", url_of(24)),
          ("๓", "นโยบายการบริหารทรัพยากรบุคคล", url_of(62)),
          ("๔", "กิจกรรมส่งเสริมคุณธรรม จริยธรรม", art(130)),
          ("๕", "การประเมินความเสี่ยงการทุจริต ปี ๒๕๖๗", url_of(3)),
          ("๖", "ประกาศเจตนารมณ์ No Gift Policy ปี ๒๕๖๗", "/oldweb/nogift/"),
          ("๗", "รายงานผลการดำเนินการป้องกันการทุจริต ปี ๒๕๖๖", url_of(83))]
page(art(37), "ITA ประจำปี ๒๕๖๗",
     f'<p class="year-select">ปีการประเมิน: {a(art(30), "๒๕๖๘")} · <b>[ ๒๕๖๗ ]</b> · '
     f'{a("/oldweb/ita/", "๒๕๖๖ (เว็บไซต์เดิม)")}</p><table class="ita"><tr><th>ที่</th><th>ข้อมูล</th></tr>'
     + "".join(f"<tr><td>{n}</td><td>{a(u, t)}</td></tr>" for n, t, u in ITA_67) + "</table>", "ITA")

# ---------------------------------------------------------------- home

latest = "".join(f"<li>{a(art(i), NEWS[i][1])} <small>{thai_date(NEWS[i][0])}</small></li>" for i in ORDER[:5])
PAGES["/"] = layout("หน้าหลัก", f"""
<div class="slideshow"><img src="/images/banner.png" alt="ทะเลแหลมหินขาว" width="800" height="200"></div>
<h3>ข่าวกิจกรรมล่าสุด</h3><ul>{latest}</ul><p>{a(cat(8), "ข่าวทั้งหมด")}</p>
<h3>จัดซื้อจัดจ้าง</h3><ul><li>{a(art(157), "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนมีนาคม 2568")}</li>
<li>{a(art(160), "ประกาศผู้ชนะการเสนอราคา จ้างจัดพิมพ์รายงานประจำปี ๒๕๖๗")}</li></ul>
<div class="banners">{a(art(30), "ITA ๒๕๖๘")} · {a(art(16), "E-Service")} · {a(art(17), "ร้องเรียนการทุจริต")}</div>""")

# ---------------------------------------------------------------- the old website (another template)


def old_layout(title: str, body: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} :: ศวท.แหลมหินขาว (เว็บไซต์เดิม)</title></head>
<body bgcolor="#e8f4fb"><table width="900" align="center" border="0" cellpadding="4">
<tr><td colspan="2" bgcolor="#0b4f7c"><font color="#ffffff" size="4"><b>{ORG}</b></font><br>
<font color="#ffffff">เว็บไซต์เดิม · ข้อมูลก่อนเดือนพฤศจิกายน ๒๕๖๖ · {a("/", "ไปเว็บไซต์ใหม่")}</font></td></tr>
<tr><td width="180" valign="top"><a href="/oldweb/">หน้าแรก</a><br><a href="/oldweb/nogift/">No Gift Policy</a><br>
<a href="/oldweb/ita/">ITA ๒๕๖๖</a></td>
<td valign="top"><h3>{esc(title)}</h3>{body}</td></tr>
<tr><td colspan="2" align="center"><small>ศวท.แหลมหินขาว โทร. {PHONE} · ปรับปรุงล่าสุด ๓๐ ต.ค. ๒๕๖๖</small></td></tr>
</table></body></html>
"""


PAGES["/oldweb/"] = old_layout("หน้าแรก", "<p>ศูนย์ฯ ย้ายเว็บไซต์ไปยังระบบใหม่ตั้งแต่เดือนพฤศจิกายน ๒๕๖๖ "
                                "หน้านี้เก็บไว้เพื่อการอ้างอิงเท่านั้น</p>")
PAGES["/oldweb/nogift/"] = old_layout(
    "ประกาศเจตนารมณ์ No Gift Policy",
    "<p>ประกาศศูนย์ฯ เรื่อง เจตนารมณ์นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)</p>"
    "<p>วันที่ ๒ ตุลาคม ๒๕๖๖</p>"
    '<p><a href="/oldweb/files/nogift67.pdf">ประกาศ No Gift Policy (PDF)</a></p>')
PAGES["/oldweb/ita/"] = old_layout(
    "ITA ประจำปี ๒๕๖๖",
    "<p>การเปิดเผยข้อมูลสาธารณะ ประจำปี ๒๕๖๖ (เอกสารบางรายการถูกย้ายไปยังเว็บไซต์ใหม่แล้ว)</p>"
    "<ol><li>โครงสร้างหน่วยงาน</li><li>ข้อมูลผู้บริหาร</li><li>แผนปฏิบัติราชการประจำปี ๒๕๖๖</li>"
    "<li>รายงานผลการดำเนินงาน รอบ ๖ เดือน ปี ๒๕๖๖</li></ol>")

# ---------------------------------------------------------------- assets


def png(w: int, h: int, rgb: tuple[int, int, int]) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


CSS = """body{font-family:Tahoma,sans-serif;margin:0;background:#f3f8fb}.header{background:#0b4f7c;color:#fff;padding:8px}
.nav li{display:inline;margin-right:10px}.span9{float:left;width:70%;padding:10px}.span3{float:right;width:25%}
.footer{clear:both;background:#083a5a;color:#fff;padding:10px}.ita td,.docs td{border:1px solid #ccc;padding:4px}"""


def main() -> None:
    for url, text in PAGES.items():
        path = target(url)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
    assets = {"images/logo.png": png(70, 70, (11, 79, 124)), "images/banner.png": png(200, 50, (40, 140, 190)),
              "images/structure.png": png(150, 50, (230, 230, 230)),
              **{f"images/staff/{p}.png": png(9, 11, (150, 150, 150)) for p, *_ in STAFF}}
    for rel, data in assets.items():
        os.makedirs(os.path.join(HERE, os.path.dirname(rel)), exist_ok=True)
        with open(os.path.join(HERE, rel), "wb") as fh:
            fh.write(data)
    os.makedirs(os.path.join(HERE, "templates/marine/css"), exist_ok=True)
    with open(os.path.join(HERE, "templates/marine/css/template.css"), "w", encoding="utf-8") as fh:
        fh.write(CSS + "\n")


if __name__ == "__main__":
    main()
