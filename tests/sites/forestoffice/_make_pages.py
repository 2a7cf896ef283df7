"""Generate the pages of the "forestoffice" test site (run _make_docs.py first).

A Joomla 3 site of an invented regional forest office: every page is a query string
(``/index.php?option=com_content&view=article&id=N``), stored as a static copy under
``index.php.q/<query>/index.html`` (see crawler/serve.py); every attachment goes through
``/download.php?id=N``.  Documents are attachments listed under posts, a document manager with a
year selector (``option=com_docman&view=list&cat=9&year=2569``), viewer pages embedding Google
Drive or a flipbook with a direct download beside.  The ITA section is a hub with one page per
group, two of them written in Thai digits only.  The old website of before the move to Joomla
(2567) stays online under /web2560/ with last year's ITA page.  Deterministic.
"""

from __future__ import annotations

import os
import shutil
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DL  # noqa: E402

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
ORG = "สำนักจัดการทรัพยากรป่าไม้ที่ 16 (ดอยผาแดง)"
ADDR = "199 หมู่ 4 ถนนผาแดงพัฒนา ตำบลบ้านโป่งงาม อำเภอดอยผาแดง จังหวัดแพร่ 54190"


def art(i: int) -> str:
    return f"/index.php?option=com_content&view=article&id={i}"


def cat(i: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&view=category&id={i}" + (f"&limitstart={start}" if start else "")


def dl(i: int) -> str:
    return f"/download.php?id={i}"


DOCMAN = "/index.php?option=com_docman&view=list&cat=9"
BOARD = "/index.php?option=com_kunena&view=category&catid=2"
TOPIC = "/index.php?option=com_kunena&view=topic&catid=2&id=57"

PAGES: dict[str, tuple[str, str]] = {}  # url -> (title, body html)


def page(url: str, title: str, body: str) -> None:
    PAGES[url] = (title, body)


def a(url: str, text: str) -> str:
    return f'<a href="{url.replace("&", "&amp;")}">{text}</a>'


def attach(items: list[tuple[int, str]]) -> str:
    rows = "".join(f'<li><img src="/media/icons/pdf.png" alt=""> {a(dl(i), t)} <span class="hits">({DL[i].rsplit(".", 1)[1].upper()})</span></li>'
                   for i, t in items)
    return f'<div class="attachments"><h4>ไฟล์แนบ</h4><ul>{rows}</ul></div>'


MENU = [(art(1), "เกี่ยวกับหน่วยงาน"), (art(2), "โครงสร้างและอำนาจหน้าที่"), (art(3), "ผู้บริหาร"),
        (cat(8), "ข่าวประชาสัมพันธ์"), (cat(12), "จัดซื้อจัดจ้าง"), (cat(10), "เอกสารเผยแพร่"),
        (art(7), "E-Service"), (art(100), "ITA"), (BOARD, "กระดานถาม-ตอบ"), (art(4), "ติดต่อเรา")]


def render(url: str, title: str, body: str) -> str:
    menu = "".join(f"<li>{a(u, t)}</li>" for u, t in MENU)
    return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{title} - {ORG}</title>
<link rel="stylesheet" href="/templates/forest/css/template.css">
</head>
<body class="site com_content">
<header class="header"><img src="/images/logo.png" alt="กรมป่าไม้" width="80">
<div class="brand"><h1>{ORG}</h1><p>Forest Resource Management Office 16 (Doi Pha Daeng) · กรมป่าไม้</p></div></header>
<nav class="navigation"><ul class="nav menu">{menu}</ul></nav>
<div class="row-fluid"><main id="content" class="span9">
<ul class="breadcrumb"><li>{a("/", "หน้าแรก")}</li><li>{title}</li></ul>
<h2 class="item-title">{title}</h2>
{body}
</main>
<aside class="span3">
<div class="moduletable"><h3>ผู้อำนวยการสำนัก</h3><img src="/images/person.png" alt="ผู้อำนวยการ" width="120">
<p>นายวรพล ไม้งาม<br>ผู้อำนวยการสำนักจัดการทรัพยากรป่าไม้ที่ 16 (ดอยผาแดง)</p></div>
<div class="moduletable"><h3>ลิงก์หน่วยงาน</h3><ul>
<li><a href="https://www.forest.go.th/">กรมป่าไม้</a></li>
<li>{a(art(100), "ITA 2569")}</li><li>{a(art(9), "แจ้งเรื่องร้องเรียนการทุจริต")}</li>
<li>{a("/web2560/", "เว็บไซต์เดิม (ก่อนปี 2567)")}</li></ul></div>
<div class="moduletable"><h3>สถิติผู้เข้าชม</h3><p>วันนี้ 214 · ทั้งหมด 1,284,077</p></div>
</aside></div>
<footer class="footer"><p>{ORG} {ADDR}<br>โทรศัพท์ 0 5462 1180 โทรสาร 0 5462 1181 · อีเมล saraban.frmo16@example.go.th</p>
<p>Copyright © 2569 · Powered by Joomla!</p></footer>
</body>
</html>
"""


def old_render(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title} :: สจป.16 ดอยผาแดง</title></head>
<body bgcolor="#eef5e9"><table width="960" align="center" border="0"><tr><td colspan="2">
<h1>สำนักจัดการทรัพยากรป่าไม้ที่ 16 (ดอยผาแดง)</h1>
<p><a href="/web2560/">หน้าหลัก</a> | <a href="/web2560/news/">ข่าวสาร</a> | <a href="/web2560/ita2568/">ITA 2568</a> | <a href="/">เว็บไซต์ใหม่</a></p>
</td></tr><tr><td width="200" valign="top"><b>เมนูหลัก</b><br><a href="/web2560/news/">ข่าวประชาสัมพันธ์</a><br>
<a href="/web2560/ita2568/">การประเมิน ITA</a></td><td valign="top"><h2>{title}</h2>{body}</td></tr>
<tr><td colspan="2"><hr><small>{ADDR} โทร 0 5462 1180 · ปรับปรุงล่าสุด 30 กันยายน 2567</small></td></tr></table></body></html>
"""


NEWS = [  # id, date, title, text (FY2569 first, newest first)
    (212, "2 เมษายน 2569", "ผอ.สจป.16 ตรวจเยี่ยมจุดสกัดไฟป่าดอยผาแดง", "ผู้อำนวยการตรวจเยี่ยมจุดเฝ้าระวังไฟป่า 14 จุด และมอบเสบียงให้อาสาสมัคร"),
    (211, "20 มีนาคม 2569", "แจกกล้าไม้ท้องถิ่น 9,000 กล้า ตามข้อเสนอของเวทีประชาคมป่าชุมชน", "มอบกล้าไม้ให้คณะกรรมการป่าชุมชน 6 ตำบล"),
    (210, "3 มีนาคม 2569", "ปฏิบัติการร่วมตรวจยึดไม้สักแปรรูปผิดกฎหมาย 112 แผ่น", "ชุดปฏิบัติการพิเศษร่วมกับตำรวจภูธรตรวจยึดไม้สักแปรรูป"),
    (209, "16 กุมภาพันธ์ 2569", "จัดเวทีรับฟังความคิดเห็นแผนจัดการป่าชุมชน 6 ตำบล", "ผู้เข้าร่วม 284 คน ดูรายงานผลที่ " + a(art(23), "รายงานผลเวทีรับฟังความคิดเห็น")),
    (208, "28 มกราคม 2569", "อบรมหลักสูตรจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2569", "บุคลากร 396 คนร่วมอบรม รายละเอียดที่ " + a(art(22), "ข่าวกิจกรรมส่งเสริมจริยธรรม")),
    (207, "12 มกราคม 2569", "เปิดศูนย์ปฏิบัติการควบคุมไฟป่าและหมอกควัน ปี 2569", "เปิดศูนย์ฯ ตลอด 24 ชั่วโมง ถึง 31 พฤษภาคม 2569 แจ้งเหตุโทร 1310 กด 2"),
    (206, "9 ธันวาคม 2568", "ต้นกล้าแห่งความดี ปลูกป่าเฉลิมพระเกียรติ ณ ป่าสงวนแห่งชาติป่าแม่ผาแดง", "ร่วมกับชุมชนปลูกต้นไม้ 3,000 ต้น"),
    (205, "18 พฤศจิกายน 2568", "ประชุมคณะกรรมการป่าชุมชนระดับจังหวัด ครั้งที่ 1/2569", "พิจารณาคำขอจัดตั้งป่าชุมชนใหม่ 7 แห่ง"),
    (204, "22 ตุลาคม 2568", "มอบนโยบายการปฏิบัติงานปีงบประมาณ พ.ศ. 2569", "ผู้อำนวยการมอบนโยบายแก่หัวหน้าหน่วยป้องกันรักษาป่าทุกหน่วย"),
    (203, "8 ตุลาคม 2568", "ประชาสัมพันธ์ช่องทางขอรับรองไม้ออนไลน์", "ประชาชนยื่นคำขอได้ที่ " + a(art(7), "E-Service")),
    (202, "25 กันยายน 2568", "สรุปผลการปลูกฟื้นฟูป่า ปี 2568 จำนวน 1,150 ไร่", "ดำเนินการครบตามเป้าหมาย"),
    (201, "3 กรกฎาคม 2568", "ประชุมเชิงปฏิบัติการจัดทำแผนป่าชุมชน ปี 2568", "ณ ห้องประชุมสำนัก"),
]


def build() -> None:
    # ---- home
    latest = "".join(f"<li>{a(art(i), t)} <small>{day}</small></li>" for i, day, t, _ in NEWS[:6])
    page("/", "หน้าแรก", f"""<div class="banner"><p>ร่วมกันป้องกันไฟป่า ลดหมอกควัน · แจ้งเหตุ 1310 กด 2</p></div>
<div class="banner-ita">{a(art(100), '<img src="/images/ita-banner.png" alt="ITA 2569">')} การประเมินคุณธรรมและความโปร่งใส ITA 2569</div>
<h3>ข่าวประชาสัมพันธ์ล่าสุด</h3><ul class="latestnews">{latest}</ul><p>{a(cat(8), "ดูทั้งหมด")}</p>
<h3>ประกาศจัดซื้อจัดจ้าง</h3><ul><li>{a(art(20), "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ 2569")}</li>
<li>{a(art(28), "ประกาศผู้ชนะการเสนอราคา จ้างจัดพิมพ์เอกสารแผนปฏิบัติราชการ 2569")}</li></ul>""")

    # ---- about pages
    page(art(1), "ประวัติและวิสัยทัศน์", """<p>สำนักจัดการทรัพยากรป่าไม้ที่ 16 (ดอยผาแดง) เป็นหน่วยงานในสังกัดกรมป่าไม้ ตั้งขึ้นตามกฎกระทรวงแบ่งส่วนราชการกรมป่าไม้
รับผิดชอบพื้นที่ป่าสงวนแห่งชาติ 41 ป่า ใน 3 จังหวัด</p><p>วิสัยทัศน์: ป่าไม้ยั่งยืน ชุมชนมีส่วนร่วม</p>""")
    page(art(2), "โครงสร้างและอำนาจหน้าที่", """<img src="/images/org-chart.png" alt="แผนภูมิโครงสร้าง" width="600">
<h3>โครงสร้างส่วนราชการ</h3><ul><li>ผู้อำนวยการสำนักจัดการทรัพยากรป่าไม้ที่ 16 (ดอยผาแดง)<ul>
<li>ฝ่ายบริหารทั่วไป</li><li>ส่วนจัดการป่าไม้</li><li>ส่วนป้องกันรักษาป่าและควบคุมไฟป่า</li><li>ส่วนจัดการป่าชุมชน</li>
<li>ส่วนส่งเสริมการปลูกป่า</li><li>ศูนย์ป่าไม้จังหวัด 3 ศูนย์</li><li>หน่วยป้องกันรักษาป่า 28 หน่วย</li></ul></li></ul>
<h3>อำนาจหน้าที่</h3><ol><li>ดำเนินการตามกฎหมายว่าด้วยป่าไม้ ป่าสงวนแห่งชาติ สวนป่า และกฎหมายที่เกี่ยวข้องในพื้นที่รับผิดชอบ</li>
<li>ป้องกัน ปราบปราม และควบคุมไฟป่าในเขตป่าสงวนแห่งชาติ</li><li>ส่งเสริม สนับสนุนการจัดการป่าชุมชนและการมีส่วนร่วมของประชาชน</li>
<li>ฟื้นฟูป่าเสื่อมโทรมและส่งเสริมการปลูกป่า</li><li>ให้บริการอนุญาต รับรองไม้ และตรวจสอบการทำไม้</li>
<li>ปฏิบัติงานร่วมกับหรือสนับสนุนหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>""")
    page(art(3), "ผู้บริหาร", """<table class="table"><tr><td><img src="/images/person.png" alt="" width="110"></td><td>นายวรพล ไม้งาม<br>ผู้อำนวยการสำนักจัดการทรัพยากรป่าไม้ที่ 16 (ดอยผาแดง)<br>โทร 0 5462 1180 ต่อ 101</td></tr>
<tr><td><img src="/images/person.png" alt="" width="110"></td><td>นางสาวกัลยา ต้นน้ำ<br>ผู้อำนวยการส่วนจัดการป่าไม้<br>โทร 0 5462 1180 ต่อ 110</td></tr>
<tr><td><img src="/images/person.png" alt="" width="110"></td><td>นายชาตรี ผาสูง<br>ผู้อำนวยการส่วนป้องกันรักษาป่าและควบคุมไฟป่า<br>โทร 0 5462 1180 ต่อ 120</td></tr>
<tr><td><img src="/images/person.png" alt="" width="110"></td><td>นายสุเมธ ร่มไม้<br>ผู้อำนวยการส่วนจัดการป่าชุมชน<br>โทร 0 5462 1180 ต่อ 130</td></tr></table>""")
    page(art(4), "ติดต่อเรา", f"""<p>{ORG}<br>{ADDR}</p><p>โทรศัพท์ 0 5462 1180 · โทรสาร 0 5462 1181<br>อีเมล saraban.frmo16@example.go.th</p>
<p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p><p><a href="https://maps.google.com/?q=18.1234,100.5678">แผนที่ Google Maps</a></p>
<p>สอบถามข้อมูล: {a(BOARD, "กระดานถาม-ตอบ (Q&amp;A)")} · <a href="https://www.facebook.com/frmo16.example">Facebook สจป.16</a></p>""")
    page(BOARD, "กระดานถาม-ตอบ", f"""<table class="kunena"><tr><th>หัวข้อ</th><th>ตอบ</th><th>ล่าสุด</th></tr>
<tr><td>{a(TOPIC, "ขอรับรองไม้สักในที่ดินโฉนด ต้องใช้เวลากี่วัน")}</td><td>1</td><td>4 มีนาคม 2569</td></tr></table>
<form method="post" action="/index.php?option=com_kunena&amp;view=topic&amp;layout=create"><label>ชื่อ <input name="name"></label>
<label>หัวข้อ <input name="subject"></label><textarea name="message"></textarea><button type="submit">ตั้งคำถาม</button></form>""")
    page(TOPIC, "ขอรับรองไม้สักในที่ดินโฉนด ต้องใช้เวลากี่วัน", """<div class="post"><b>ถาม (คุณสมพร, 2 มีนาคม 2569):</b> ขอรับรองไม้สักในที่ดินโฉนด ต้องใช้เวลากี่วันครับ</div>
<div class="post"><b>ตอบ (admin สจป.16, 4 มีนาคม 2569):</b> ไม่เกิน 15 วันทำการ นับจากวันที่เอกสารครบ ยื่นออนไลน์ได้ที่เมนู E-Service</div>""")
    page(art(5), "คู่มือการปฏิบัติงาน", f"""<p>คู่มือการปฏิบัติงานของเจ้าหน้าที่</p>{attach([(20, "คู่มือการปฏิบัติงาน การตรวจปราบปรามการบุกรุกทำลายป่า (SOP)")])}""")
    page(art(6), "คู่มือสำหรับประชาชน", f"""<p>คู่มือการขอรับบริการ</p>{attach([(21, "คู่มือสำหรับประชาชน การขอรับรองไม้ที่ขึ้นในที่ดินกรรมสิทธิ์")])}""")
    page(art(7), "E-Service ระบบบริการออนไลน์", f"""<p>ยื่นคำขอรับรองไม้ ขอคำปรึกษา หรือแจ้งเหตุไฟป่า ได้ทางออนไลน์โดยไม่ต้องเดินทางมาที่สำนักงาน</p>
<form method="post" action="/eservice/submit.php"><label>ชื่อ-นามสกุล <input name="fullname" required></label>
<label>เลขบัตรประชาชน <input name="pid"></label><label>เรื่อง <select name="type"><option>ขอรับรองไม้</option><option>ขอคำปรึกษา</option><option>แจ้งเหตุไฟป่า</option></select></label>
<label>รายละเอียด <textarea name="detail"></textarea></label><label>แนบไฟล์ <input type="file" name="file"></label><button type="submit">ส่งคำขอ</button></form>
<p>ตรวจสอบสถานะคำขอได้ทางอีเมลที่แจ้งไว้</p>{attach([(22, "สถิติการให้บริการผ่านระบบออนไลน์ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")])}""")
    page(art(9), "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"""<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตของเจ้าหน้าที่ได้ โดยไม่ต้องเปิดเผยตัวตน ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับ</p>
<form method="post" action="/complaint/send.php"><label>เรื่อง <input name="subject"></label><label>ผู้ถูกร้องเรียน <input name="who"></label>
<label>รายละเอียด <textarea name="detail"></textarea></label><label>ช่องทางติดต่อกลับ (ไม่บังคับ) <input name="contact"></label><button type="submit">ส่งเรื่อง</button></form>
<p>ช่องทางอื่น: โทร 0 5462 1180 ต่อ 105 · ตู้รับเรื่องร้องเรียนหน้าสำนักงาน ·
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท. (1206)</a> · ศูนย์ดำรงธรรม 1567</p>
<p>{a(dl(44), "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</p>""")
    page(art(10), "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569", f"""<p>เผยแพร่เมื่อ 3 พฤศจิกายน 2568</p>
<iframe src="https://drive.google.com/file/d/1Fr16PlanFy69xQwErTyUiOp/preview" width="100%" height="640"></iframe>
<p>{a(dl(14), "ดาวน์โหลดไฟล์ PDF")} · {a(dl(15), "แผนการใช้จ่ายงบประมาณ ประจำปี 2569 (XLS)")}</p>""")
    page(art(11), "รายงานผลการดำเนินงานประจำปี 2568", f"""<p>เผยแพร่เมื่อ 10 พฤศจิกายน 2568</p>
<iframe src="https://online.fliphtml5.com/frmo16/report2568/" width="100%" height="600"></iframe>
<p>{a(dl(18), "ดาวน์โหลด (Word)")}</p>""")

    # ---- posts with attachments
    page(art(20), "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ พ.ศ. 2569", "<p>โพสต์เมื่อ 5 พฤศจิกายน 2568 · แก้ไขล่าสุด 7 เมษายน 2569</p>" + attach(
        [(31, "สขร.1 ตุลาคม 2568"), (32, "สขร.1 พฤศจิกายน 2568"), (33, "สขร.1 ธันวาคม 2568"),
         (34, "สขร.1 มกราคม 2569"), (35, "สขร.1 มีนาคม 2569")]))
    page(art(19), "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ พ.ศ. 2568", "<p>โพสต์เมื่อ 6 ตุลาคม 2568</p>" + attach(
        [(30, "สขร.1 กันยายน 2568")]))
    page(art(21), "รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568", "<p>โพสต์เมื่อ 16 ตุลาคม 2568</p>" + attach(
        [(36, "รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี 2568 (Excel)")]))
    page(art(22), "กิจกรรมส่งเสริมจริยธรรม: อบรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ปี 2569",
         "<p>28 มกราคม 2569 สำนักจัดการทรัพยากรป่าไม้ที่ 16 จัดอบรมบุคลากร 396 คน เรื่องประมวลจริยธรรมข้าราชการพลเรือน "
         "การขับเคลื่อนจริยธรรม และกรณีศึกษาการรับผลประโยชน์จากผู้ขออนุญาต พร้อมลงนามปฏิญญาปฏิบัติตามประมวลจริยธรรม</p>"
         '<img src="/images/ethics69.png" alt="ภาพกิจกรรม" width="400">' + attach([(43, "ประมวลจริยธรรมข้าราชการพลเรือนและข้อกำหนดจริยธรรมกรมป่าไม้")]))
    page(art(23), "รายงานผลเวทีรับฟังความคิดเห็นแผนจัดการป่าชุมชน ปี 2569", "<p>20 มีนาคม 2569</p>" + attach([(46, "รายงานผลการจัดเวทีรับฟังความคิดเห็น")]))
    page(art(24), "เชิญร่วมเวทีรับฟังความคิดเห็นแผนจัดการป่าชุมชน", "<p>26 มกราคม 2569</p>" + attach([(47, "หนังสือเชิญประชุม")]))
    page(art(26), "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "<p>โพสต์เมื่อ 9 ตุลาคม 2568</p>" + attach([(45, "สถิติเรื่องร้องเรียน (Excel)")]))
    page(art(27), "ข่าวจากหน่วยงานเครือข่าย: รายงานผลการป้องกันการทุจริต สบอ.16", "<p>เผยแพร่ต่อจากสำนักบริหารพื้นที่อนุรักษ์ที่ 16 (1 พฤศจิกายน 2568)</p>" + attach([(52, "รายงานผลการดำเนินการป้องกันการทุจริต 2568 (สบอ.16)")]))
    page(art(28), "ประกาศผู้ชนะการเสนอราคา จ้างจัดพิมพ์เอกสารแผนปฏิบัติราชการ 2569", "<p>14 พฤศจิกายน 2568</p>" + attach([(17, "ประกาศผู้ชนะการเสนอราคา")]))
    page(art(29), "รายงานผลการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน ปี 2569", "<p>10 เมษายน 2569</p>" + attach([(19, "รายงานรอบ 6 เดือน")]))
    page(art(30), "ขอรับฟังความคิดเห็น (ร่าง) แผนปฏิบัติราชการ ปี 2569", "<p>3 ตุลาคม 2568</p>" + attach([(16, "(ร่าง) แผนปฏิบัติราชการ 2569")]))

    # ---- news
    for i, day, t, text in NEWS:
        page(art(i), t, f'<p class="date">{day}</p><p>{text}</p><img src="/images/news.png" alt="" width="400">')
    def news_list(items):
        return "<ul class=\"category\">" + "".join(f"<li>{a(art(i), t)} <small>{day}</small></li>" for i, day, t, _ in items) + "</ul>"
    page(cat(8), "ข่าวประชาสัมพันธ์", news_list(NEWS[:10]) + f'<p class="pagination">1 {a(cat(8, 10), "2")} {a(cat(8, 10), "ถัดไป")}</p>')
    page(cat(8, 10), "ข่าวประชาสัมพันธ์ (หน้า 2)", news_list(NEWS[10:]) + f'<p class="pagination">{a(cat(8), "1")} 2</p>')
    proc = [(art(20), "สขร.1 ปีงบประมาณ 2569"), (art(19), "สขร.1 ปีงบประมาณ 2568"), (art(21), "รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี 2568"),
            (art(28), "ประกาศผู้ชนะการเสนอราคา จ้างจัดพิมพ์เอกสารแผนปฏิบัติราชการ 2569")]
    page(cat(12), "จัดซื้อจัดจ้าง", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for u, t in proc) + "</ul>")
    docs = [(art(10), "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569"), (art(30), "(ร่าง) แผนปฏิบัติราชการ 2569"),
            (dl(12), "แผนปฏิบัติราชการระยะ 5 ปี"), (dl(13), "รายงานการติดตามและประเมินผลแผนปฏิบัติราชการระยะ 5 ปี"),
            (art(11), "รายงานผลการดำเนินงานประจำปี 2568"), (art(29), "รายงานรอบ 6 เดือน ปี 2569"),
            (art(5), "คู่มือการปฏิบัติงาน"), (art(6), "คู่มือสำหรับประชาชน"), (DOCMAN, "แผน/รายงานการป้องกันการทุจริต"),
            (art(26), "สถิติเรื่องร้องเรียน"), (art(27), "ข่าวจากหน่วยงานเครือข่าย")]
    page(cat(10), "เอกสารเผยแพร่", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for u, t in docs) + "</ul>")

    # ---- the document manager with a year selector (the 2569 year was never filled)
    def selector(current: str) -> str:
        opts = "".join(f"<li>{'<b>' + y + '</b>' if y == current else a(DOCMAN + '&year=' + y, y)}</li>" for y in ("2569", "2568"))
        return f'<div class="year-filter">ปีงบประมาณ: <ul class="inline">{opts}</ul></div>'
    listing = f"""<table class="docman"><tr><th>เอกสาร</th><th>ปี</th><th>ขนาด</th></tr>
<tr><td>{a(dl(50), "แผนปฏิบัติการป้องกันการทุจริต")}</td><td>2568</td><td>96 KB</td></tr></table>"""
    page(DOCMAN, "แผนและรายงานการป้องกันการทุจริต", selector("2568") + listing)
    page(DOCMAN + "&year=2568", "แผนและรายงานการป้องกันการทุจริต (2568)", selector("2568") + listing)
    page(DOCMAN + "&year=2569", "แผนและรายงานการป้องกันการทุจริต (2569)", selector("2569") + "<p>ไม่พบเอกสารในปีที่เลือก</p>")

    # ---- ITA hub and one page per group
    groups = [
        (101, "ข้อมูลพื้นฐาน", False, [("o1", "โครงสร้างและอำนาจหน้าที่", [(art(2), "คลิก")]), ("o2", "ผู้บริหาร", [(art(3), "คลิก")]),
                                        ("o3", "ติดต่อ / ถาม-ตอบ", [(art(4), "ติดต่อเรา"), (BOARD, "กระดานถาม-ตอบ")]),
                                        ("o4", "ข่าวประชาสัมพันธ์", [(cat(8), "คลิก")])]),
        (102, "การบริหารงานและงบประมาณ", False, [("o5", "แผนปฏิบัติราชการระยะ 5 ปี", [(dl(12), "ไฟล์")]),
                                                  ("o6", "แผนปฏิบัติราชการ/แผนใช้จ่ายงบ ปี 2569", [(art(10), "ดูเอกสาร")]),
                                                  ("o7", "รายงานผลการดำเนินงานประจำปี", [(art(11), "ดูเอกสาร")]),
                                                  ("o8", "คู่มือปฏิบัติงาน", [(art(5), "คลิก")]), ("o9", "คู่มือประชาชน", [(art(6), "คลิก")]),
                                                  ("o10", "E-Service", [(art(7), "คลิก")])]),
        (103, "การจัดซื้อจัดจ้าง", False, [("o11", "สขร.1 รายเดือน ปี 2569", [(art(20), "คลิก")]),
                                            ("o12", "รายงานผลจัดซื้อจัดจ้างประจำปี", [(art(21), "คลิก")])]),
        (104, "การบริหารทรัพยากรบุคคล", True, [("o13", "หลักเกณฑ์และแผน HR", [(dl(40), "หลักเกณฑ์"), (dl(41), "แผนพัฒนาบุคลากร")]),
                                               ("o14", "รายงานผล HR ประจำปี", [(dl(42), "ไฟล์")]),
                                               ("o15", "ประมวลจริยธรรม/การขับเคลื่อน", [(art(22), "คลิก")])]),
        (105, "การส่งเสริมความโปร่งใส", False, [("o16", "แนวปฏิบัติจัดการเรื่องร้องเรียน", [(dl(44), "ไฟล์")]),
                                                ("o17", "ช่องทางร้องเรียนการทุจริต", [(art(9), "คลิก")]),
                                                ("o18", "สถิติเรื่องร้องเรียน", [(art(26), "คลิก")]),
                                                ("o19", "การมีส่วนร่วม", [(art(23), "คลิก")])]),
        (106, "การป้องกันการทุจริต", True, [("o20", "No Gift Policy", [(dl(48), "ไฟล์")]),
                                            ("o21", "การประเมินความเสี่ยงการทุจริต ประจำปี 2569", [(dl(49), "ไฟล์")]),
                                            ("o22", "รายงานผลตามแผนบริหารความเสี่ยง", []),
                                            ("o23", "แผนป้องกันการทุจริต", [(DOCMAN, "คลิก")]),
                                            ("o24", "รายงานผลการป้องกันการทุจริต", [(dl(51), "ไฟล์")])]),
        (107, "การส่งเสริมคุณธรรมและความโปร่งใส", False, [("o25", "การนำผล ITA ไปพัฒนา", [("/web2560/images/stories/ita/ita67_analysis.pdf", "ไฟล์")]),
                                                          ("o26", "รายงานผลส่งเสริมคุณธรรมฯ", [(dl(8), "ไฟล์")])]),
    ]
    hub = "".join(f"<li>{a(art(g), f'ตัวชี้วัดย่อย: {name}')}</li>" for g, name, _, _ in groups)
    page(art(100), "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569",
         f'<div class="year-tabs"><b>ITA 2569</b> | {a("/web2560/ita2568/", "ITA 2568")}</div><ul>{hub}</ul>')
    for g, name, thai, rows in groups:
        trs = []
        for code, label, links in rows:
            cell = " ".join(a(u, t) for u, t in links) if links else "อยู่ระหว่างดำเนินการ"
            trs.append(f"<tr><td>{code}</td><td>{label}</td><td>{cell}</td></tr>")
        body = f'<p>{a(art(100), "กลับหน้ารวม ITA 2569")}</p><table class="table"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{"".join(trs)}</table>'
        title = f"ITA 2569 {name}"
        if thai:  # this group's page is typed in Thai digits only (its links keep their ASCII)
            title = title.translate(TH)
            parts = body.split('"')
            body = '"'.join(p if k % 2 else p.translate(TH) for k, p in enumerate(parts))
        page(art(g), title, body)

    # ---- write the Joomla copies
    for folder in ("index.php.q", "web2560/ita2568", "web2560/news"):
        shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)
    for old in ("index.html", "web2560/index.html"):
        if os.path.exists(os.path.join(HERE, old)):
            os.remove(os.path.join(HERE, old))
    for url, (title, body) in PAGES.items():
        if url == "/":
            out = os.path.join(HERE, "index.html")
        else:
            query = url.split("?", 1)[1]
            out = os.path.join(HERE, "index.php.q", quote(query, safe="=&-_.,+~"), "index.html")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as f:
            f.write(render(url, title, body))

    # ---- the old website (before the move to Joomla), still online
    old = {
        "web2560/index.html": ("หน้าหลัก", '<p>ยินดีต้อนรับ</p><ul><li><a href="/web2560/news/">ข่าวประชาสัมพันธ์</a></li>'
                               '<li><a href="/web2560/ita2568/">การประเมินคุณธรรมและความโปร่งใส ITA 2568</a></li></ul>'),
        "web2560/news/index.html": ("ข่าวประชาสัมพันธ์", "<ul><li>30 กันยายน 2567 ย้ายเว็บไซต์ไปยังระบบใหม่</li>"
                                    "<li>2 ตุลาคม 2566 ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2567</li></ul>"),
        "web2560/ita2568/index.html": ("การเปิดเผยข้อมูลสาธารณะ (OIT) ITA 2568", """<table border="1">
<tr><td>o5</td><td>แผนปฏิบัติราชการประจำปี 2568</td><td><a href="/web2560/images/stories/ita/ita68_o5.pdf">ดาวน์โหลด</a></td></tr>
<tr><td>o25</td><td>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</td><td><a href="/web2560/images/stories/ita/ita67_analysis.pdf">ดาวน์โหลด</a></td></tr>
<tr><td>o26</td><td>รายงานผลการส่งเสริมคุณธรรม ปี 2567</td><td><a href="/web2560/images/stories/ita/ita68_o26.pdf">ดาวน์โหลด</a></td></tr></table>"""),
    }
    for rel, (title, body) in old.items():
        out = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as f:
            f.write(old_render(title, body))

    # ---- the images and the stylesheet the template names
    from PIL import Image

    for name, size, colour in (("logo.png", (80, 80), (30, 110, 50)), ("person.png", (110, 140), (200, 200, 200)),
                               ("org-chart.png", (300, 160), (240, 240, 230)), ("ita-banner.png", (240, 60), (20, 80, 140)),
                               ("ethics69.png", (200, 120), (220, 210, 190)), ("news.png", (200, 120), (180, 200, 170))):
        os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
        Image.new("RGB", size, colour).save(os.path.join(HERE, "images", name))
    os.makedirs(os.path.join(HERE, "media", "icons"), exist_ok=True)
    Image.new("RGB", (16, 16), (200, 30, 30)).save(os.path.join(HERE, "media", "icons", "pdf.png"))
    os.makedirs(os.path.join(HERE, "templates", "forest", "css"), exist_ok=True)
    with open(os.path.join(HERE, "templates", "forest", "css", "template.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Tahoma,sans-serif}.header{background:#1e6e32;color:#fff}.nav li{display:inline;margin:0 6px}\n")


if __name__ == "__main__":
    build()
