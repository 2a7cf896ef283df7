"""Generate the HTML pages of the "munihosp" test site (โรงพยาบาลเทศบาลนครท่าสายทอง, invented).

Run:  python tests/sites/munihosp/_make_pages.py   (after _make_docs.py)

A Joomla-style CMS: every page is /index.php?option=...&id=N (static copy under
index.php.q/<query>/index.html), documents go out through /download.php?id=N, the download section
is a phocadownload category per kind (one of them with a ?year= selector).  The ITA section is one
page per group of items (/index.php?option=com_content&view=article&id=91 … 96) under an ITA
index page (id=90) with a year selector whose "2568" leads to the copy of the old WordPress site
under /old/, which still holds last year's ITA page.  News: a category list in two pages
(&limitstart=0 and &limitstart=10).  Template: top bar, menu, right column, footer on every page.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import sys
from urllib.parse import quote, unquote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG  # noqa: E402

MUNI = "เทศบาลนครท่าสายทอง"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def art(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def cat(n: int, extra: str = "") -> str:
    return f"/index.php?option=com_phocadownload&view=category&id={n}{extra}"


def dl(n: int) -> str:
    return f"/download.php?id={n}"


NEWS_LIST = "/index.php?option=com_content&view=category&id=8&limitstart=0"
NEWS_LIST2 = "/index.php?option=com_content&view=category&id=8&limitstart=10"
ITA = art(90)
MENU = [("หน้าแรก", "/"), ("ประวัติ", art(2)), ("โครงสร้างองค์กร", art(3)), ("อำนาจหน้าที่", art(4)),
        ("ผู้บริหาร", art(5)), ("ข่าวประชาสัมพันธ์", NEWS_LIST), ("ดาวน์โหลด", cat(1)),
        ("นัดหมายออนไลน์", art(44)), ("ITA", ITA), ("ติดต่อเรา", art(6))]
SIDE = [("แผนยุทธศาสตร์", art(41)), ("คู่มือรับบริการ OPD", art(42)), ("ร้องเรียนการทุจริต", art(43)),
        ("ถาม-ตอบ (Webboard)", "/webboard/index.php?topic=0"), ("จัดซื้อจัดจ้าง", cat(3)),
        ("เว็บไซต์เทศบาลนครท่าสายทอง", "https://www.thasaithong-city.example/")]


def page(title: str, body: str) -> str:
    menu = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in MENU)
    side = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in SIDE)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<link rel="stylesheet" href="/templates/ja_medic/css/template.css?v=3.2"></head>
<body><div id="top">{ORG} สังกัด{MUNI} | โทร 0 5622 4400 | ฉุกเฉิน 1669</div>
<header><img src="/images/logo.png" alt="โลโก้"><h1>{ORG}</h1></header>
<nav><ul class="menu">{menu}</ul></nav>
<div id="main"><article><h2>{esc(title)}</h2>
{body}
</article>
<aside><h3>เมนูลัด</h3><ul>{side}</ul><p>ผู้เยี่ยมชม 218,407</p></aside></div>
<footer>{ORG} 99 ถนนสวรรค์วิถี ตำบลปากน้ำโพ อำเภอเมือง จังหวัดนครสวรรค์ 60000 โทร 0 5622 4400
อีเมล saraban@thasaithong-hosp.example | Powered by Joomla!</footer></body></html>
"""


PAGES: dict[str, tuple[str, str]] = {}


def add(url: str, title: str, body: str) -> None:
    PAGES[url] = (title, body)


def a(u: str, t: str) -> str:
    return f'<a href="{esc(u)}">{esc(t)}</a>'


def doc_rows(rows: list[tuple[str, str, str]]) -> str:
    out = "".join(f"<tr><td>{esc(t)}</td><td>{esc(date)}</td><td>{a(u, 'ดาวน์โหลด')}</td></tr>" for t, date, u in rows)
    return f"<table class='phoca'><tr><th>ชื่อเอกสาร</th><th>วันที่</th><th></th></tr>{out}</table>"


# ---------------------------------------------------------------- about
add("/", "หน้าแรก", "<p>ยินดีต้อนรับสู่เว็บไซต์โรงพยาบาลเทศบาลนครท่าสายทอง โรงพยาบาลขนาด 90 เตียง ในสังกัดเทศบาลนครท่าสายทอง</p>"
    f"<h3>ข่าวล่าสุด</h3><ul><li>{a(art(131), 'เปิดคลินิกนอกเวลาวันเสาร์')}</li>"
    f"<li>{a(art(130), 'ประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ปี 2569')}</li></ul>"
    f"<p>{a(NEWS_LIST, 'ข่าวทั้งหมด')} | {a(ITA, 'ITA การประเมินคุณธรรมและความโปร่งใส')} | {a('/sitemap/', 'แผนผังเว็บไซต์')}</p>"
    f"<p><small>{a('/old/', 'เว็บไซต์เดิม (ข้อมูลก่อนปี 2568)')}</small></p>")
add(art(2), "ประวัติโรงพยาบาล", "<p>โรงพยาบาลเทศบาลนครท่าสายทองก่อตั้งเมื่อ พ.ศ. 2521 จากสถานพยาบาลเทศบาล "
    "ยกฐานะเป็นโรงพยาบาลขนาด 90 เตียง เมื่อ พ.ศ. 2548 ผ่านการรับรองคุณภาพ HA ขั้น 3</p>")
add(art(3), "โครงสร้างองค์กร", "<img src='/images/chart2569.png' alt='แผนภูมิโครงสร้าง'>"
    "<h3>ฝ่ายการเมือง (ผู้กำกับดูแล)</h3><ul><li>นายกเทศมนตรีนครท่าสายทอง<ul><li>รองนายกเทศมนตรี (กำกับด้านสาธารณสุข)</li></ul></li>"
    "<li>สภาเทศบาลนครท่าสายทอง (ประธานสภา รองประธานสภา สมาชิก 24 คน)</li></ul>"
    "<h3>ฝ่ายประจำ</h3><ul><li>ปลัดเทศบาล<ul><li>ผู้อำนวยการโรงพยาบาลเทศบาลนครท่าสายทอง<ul>"
    "<li>กลุ่มงานการแพทย์</li><li>กลุ่มงานการพยาบาล</li><li>กลุ่มงานเภสัชกรรม</li><li>กลุ่มงานเวชกรรมสังคม</li>"
    "<li>งานบริหารทั่วไป (ธุรการ การเจ้าหน้าที่ การเงิน พัสดุ)</li><li>ศูนย์คุณภาพ</li></ul></li></ul></li></ul>"
    f"<p>ดู {a(art(4), 'อำนาจหน้าที่')}</p>")
add(art(4), "อำนาจหน้าที่", "<p>อาศัยพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 56 (5) และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ มาตรา 16 (19) "
    "โรงพยาบาลมีอำนาจหน้าที่โดยสรุปดังนี้</p><ol><li>ให้บริการตรวจรักษาพยาบาลผู้ป่วยนอกและผู้ป่วยใน</li>"
    "<li>ส่งเสริมสุขภาพและป้องกันโรคในชุมชนเขตเทศบาล 24 ชุมชน</li><li>ฟื้นฟูสมรรถภาพและดูแลผู้ป่วยติดเตียงที่บ้าน</li>"
    "<li>บริการการแพทย์ฉุกเฉิน 1669</li><li>ควบคุมโรคติดต่อร่วมกับกองสาธารณสุขและสิ่งแวดล้อม</li></ol>")
add(art(5), "ผู้บริหาร", "<table><tr><td><img src='/images/exec/director.jpg' alt='ผู้อำนวยการ'></td><td>นายแพทย์ธีรวัฒน์ แก้วมณีโชติ<br>ผู้อำนวยการโรงพยาบาลเทศบาลนครท่าสายทอง<br>โทร 0 5622 4401</td></tr>"
    "<tr><td><img src='/images/exec/deputy1.jpg' alt='รองผู้อำนวยการ'></td><td>นางสาวกนกพร ทองศรีสุข<br>รองผู้อำนวยการฝ่ายการพยาบาล<br>โทร 0 5622 4402</td></tr>"
    "<tr><td><img src='/images/exec/deputy2.jpg' alt='รองผู้อำนวยการ'></td><td>นายปริญญา จันทร์หอม<br>รองผู้อำนวยการฝ่ายบริหาร<br>โทร 0 5622 4403</td></tr></table>")
add(art(6), "ติดต่อเรา", "<p>โรงพยาบาลเทศบาลนครท่าสายทอง 99 ถนนสวรรค์วิถี ตำบลปากน้ำโพ อำเภอเมือง จังหวัดนครสวรรค์ 60000</p>"
    "<p>โทรศัพท์ 0 5622 4400 โทรสาร 0 5622 4499 อีเมล saraban@thasaithong-hosp.example</p>"
    "<p><a href='https://maps.google.com/?q=15.7011,100.1372'>แผนที่ Google Maps</a> | Facebook: โรงพยาบาลเทศบาลนครท่าสายทอง</p>"
    f"<p>สอบถามข้อมูล: {a('/webboard/index.php?topic=0', 'กระดานถาม-ตอบ')}</p>")
# ---------------------------------------------------------------- webboard (Q&A)
add("/webboard/index.php?topic=0", "กระดานถาม-ตอบ", "<form action='/webboard/post.php' method='post'>หัวข้อ <input name='subject'> "
    "ข้อความ <textarea name='msg'></textarea><button>ตั้งกระทู้</button></form><ul>"
    f"<li>{a('/webboard/index.php?topic=57', 'คลินิกนอกเวลาวันเสาร์ต้องนัดก่อนไหมคะ')} (14 มี.ค. 2569, ตอบแล้ว)</li>"
    f"<li>{a('/webboard/index.php?topic=52', 'ขอประวัติการรักษาต้องใช้เอกสารอะไร')} (9 ม.ค. 2569, ตอบแล้ว)</li></ul>")
add("/webboard/index.php?topic=57", "คลินิกนอกเวลาวันเสาร์ต้องนัดก่อนไหมคะ",
    "<p>ถาม: คลินิกวันเสาร์ต้องนัดก่อนไหมคะ (ผู้ใช้ somjai, 14 มี.ค. 2569)</p><p>ตอบ: ไม่ต้องนัดค่ะ เปิด 08.30-12.00 น. (แอดมินโรงพยาบาล, 15 มี.ค. 2569)</p>")
add("/webboard/index.php?topic=52", "ขอประวัติการรักษาต้องใช้เอกสารอะไร",
    "<p>ถาม: ขอสำเนาประวัติการรักษาต้องใช้อะไรบ้าง (9 ม.ค. 2569)</p><p>ตอบ: บัตรประชาชนตัวจริง ยื่นที่งานเวชระเบียน ใช้เวลา 3 วันทำการ (10 ม.ค. 2569)</p>")

# ---------------------------------------------------------------- viewers, services, complaints
add(art(41), "แผนยุทธศาสตร์โรงพยาบาล", "<iframe src='https://drive.google.com/file/d/1Qx7TsT-hospStrat/preview' width='100%' height='640'></iframe>"
    f"<p>{a(dl(12), 'ดาวน์โหลดไฟล์ PDF (แผนยุทธศาสตร์)')}</p>"
    f"<p>{a(dl(13), 'รายงานการติดตามและประเมินผลแผนยุทธศาสตร์ ปี 2568')}</p>")
add(art(42), "คู่มือการขอรับบริการ ผู้ป่วยนอก", "<iframe src='https://online.fliphtml5.example/thst/opd/' width='100%' height='600'></iframe>"
    f"<p>{a(dl(20), 'ดาวน์โหลดคู่มือ (PDF)')}</p>")
add(art(43), "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "<form action='/complaint/submit.php' method='post'>"
    "ชื่อ (ไม่ระบุได้) <input name='name'> เรื่องที่ร้องเรียน <input name='subject'> รายละเอียด <textarea name='detail'></textarea>"
    "<button>ส่งเรื่องร้องเรียน</button></form><p>ผู้ร้องเรียนจะได้รับการคุ้มครองและเก็บข้อมูลเป็นความลับ</p>"
    "<p>ช่องทางอื่น: <a href='https://www.nacc.go.th/'>สำนักงาน ป.ป.ช.</a> | <a href='https://www.pacc.go.th/'>สำนักงาน ป.ป.ท. (1206)</a>"
    " | โทร 0 5622 4417 | กล่องรับเรื่องร้องเรียน ชั้น 1</p>"
    f"<p>{a(dl(33), 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต')}</p>")
add(art(44), "นัดหมายออนไลน์ (E-Service)", "<form action='/eservice/booking.php' method='post'>เลขบัตรประชาชน <input name='cid'> "
    "ชื่อ-สกุล <input name='fullname'> คลินิก <select name='clinic'><option>อายุรกรรม</option><option>ทันตกรรม</option>"
    "<option>คลินิกเบาหวาน</option></select> วันที่ <input type='date' name='day'> <button>ยืนยันการนัดหมาย</button></form>"
    f"<p>{a(dl(21), 'สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)')}</p>")

# ---------------------------------------------------------------- download categories
CATS = {1: "แผนงานและงบประมาณ", 2: "รายงานผลการดำเนินงาน", 3: "จัดซื้อจัดจ้าง", 4: "บริหารงานบุคคล",
        5: "คุณธรรมและความโปร่งใส", 6: "คู่มือ"}
CAT_ROWS = {
    1: [("แผนปฏิบัติการประจำปีงบประมาณ 2569", "28 ต.ค. 2568", dl(14)), ("เทศบัญญัติงบประมาณ 2569 (ส่วนโรงพยาบาล)", "1 ต.ค. 2568", dl(15)),
        ("ร่างแผนปฏิบัติการ 2569", "10 ก.ย. 2568", dl(16)), ("แผนยุทธศาสตร์โรงพยาบาล", "20 ม.ค. 2564", dl(12))],
    2: [("รายงานผลการดำเนินงานประจำปี", "20 พ.ย. 2568", dl(17)), ("ประกาศผู้ชนะ จ้างพิมพ์รายงานประจำปี", "2 ธ.ค. 2568", dl(18)),
        ("รายงานติดตามประเมินผลแผนยุทธศาสตร์ 2568", "18 พ.ย. 2568", dl(13))],
    3: [("สขร.1 ต.ค. 68", "6 พ.ย. 2568", dl(22)), ("สขร.1 พ.ย. 68", "5 ธ.ค. 2568", dl(23)), ("สขร.1 ธ.ค. 68", "8 ม.ค. 2569", dl(24)),
        ("สขร.1 ม.ค. 69", "5 ก.พ. 2569", dl(25)), ("สขร.1 ก.พ. 69", "5 มี.ค. 2569", dl(26)), ("สขร.1 มี.ค. 69", "3 เม.ย. 2569", dl(27)),
        ("สรุปผลการจัดซื้อจัดจ้าง ปี 2568", "30 ต.ค. 2568", dl(28))],
    4: [("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "2 พ.ค. 2566", dl(29)), ("แผนพัฒนาบุคลากร", "15 ต.ค. 2567", dl(30)),
        ("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล 2568", "22 ต.ค. 2568", dl(31)), ("ประมวลจริยธรรม", "8 ก.พ. 2566", dl(32))],
    5: [("No Gift Policy", "1 พ.ย. 2566", dl(36)), ("การประเมินความเสี่ยงการทุจริต 2569", "15 ม.ค. 2569", dl(37)),
        ("แผนปฏิบัติการป้องกันการทุจริต 2569", "10 ต.ค. 2567", dl(39)), ("แผนป้องกันการทุจริต เทศบาลนครท่าสายทอง 2569", "3 ต.ค. 2568", dl(40)),
        ("รายงานผลการดำเนินการป้องกันการทุจริต 2568", "27 ต.ค. 2568", dl(41)), ("สถิติเรื่องร้องเรียนการทุจริต 2569", "2 เม.ย. 2569", dl(8)),
        ("รายงานผลส่งเสริมคุณธรรมและความโปร่งใส 2568", "29 ต.ค. 2568", dl(44)), ("ผลคะแนน ITA 2568", "20 ส.ค. 2568", dl(43))],
    6: [("คู่มือการปฏิบัติงาน งานเวชระเบียน", "12 มิ.ย. 2567", dl(19)), ("คู่มือการขอรับบริการ OPD", "5 มี.ค. 2568", dl(20)),
        ("แนวปฏิบัติการจัดการเรื่องร้องเรียน", "3 ธ.ค. 2567", dl(33))],
}
cat_menu = " | ".join(a(cat(n), t) for n, t in CATS.items()) + " | " + a(cat(7, "&year=2569"), "มาตรการส่งเสริมคุณธรรม")
for n, t in CATS.items():
    add(cat(n), f"ดาวน์โหลด: {t}", f"<p>{cat_menu}</p>" + doc_rows(CAT_ROWS[n]))
YEARS = f"<form>ปี พ.ศ. {a(cat(7, '&year=2569'), '2569')} | {a(cat(7, '&year=2568'), '2568')}</form>"
add(cat(7, "&year=2569"), "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2569", YEARS + "<p>ไม่พบเอกสารในหมวดนี้</p>")
add(cat(7, "&year=2568"), "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2568", YEARS + doc_rows(
    [("การวิเคราะห์ผล ITA และมาตรการส่งเสริมคุณธรรมฯ", "12 ธ.ค. 2567", dl(42))]))

# ---------------------------------------------------------------- news
NEWS = [  # id, date, title, body, attachments
    (131, "2 เม.ย. 2569", "เปิดคลินิกนอกเวลาวันเสาร์", "เริ่ม 4 เมษายน 2569 เวลา 08.30-12.00 น. ไม่ต้องนัดล่วงหน้า", []),
    (130, "13 ก.พ. 2569", "ประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ปี 2569",
     "วันที่ 12 กุมภาพันธ์ 2569 โรงพยาบาลจัดประชุมรับฟังความคิดเห็น มีผู้เข้าร่วม 64 คน ข้อเสนอหลักคือลดเวลารอรับยา โรงพยาบาลจะเพิ่มจุดจ่ายยาและส่งยาทางไปรษณีย์",
     [("รายงานผลการประชุม (PDF)", dl(34))]),
    (129, "27 ม.ค. 2569", "ขอเชิญประชุมรับฟังความคิดเห็น 12 ก.พ. 2569", "ขอเชิญประธานชุมชน อสม. และผู้รับบริการร่วมประชุม",
     [("หนังสือเชิญประชุม", dl(35))]),
    (128, "22 ม.ค. 2569", "อบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ปี 2569",
     "วันที่ 21 มกราคม 2569 งานบริหารทั่วไปจัดอบรมบุคลากร 236 คน เรื่องประมวลจริยธรรม Do's & Don'ts และการรับของขวัญตามมาตรา 128", []),
    (127, "16 ม.ค. 2569", "ประกาศผลการประเมินความเสี่ยงการทุจริต ปี 2569", "รายละเอียดตามไฟล์แนบ", [("การประเมินความเสี่ยง 2569", dl(37))]),
    (126, "15 ธ.ค. 2568", "เปิดระบบนัดหมายออนไลน์", "ผู้ป่วยนัดหมายแพทย์ผ่านเว็บไซต์ได้แล้ว", []),
    (125, "3 ธ.ค. 2568", "ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์รายงานประจำปี", "รายละเอียดตามไฟล์แนบ", [("ประกาศผู้ชนะ", dl(18))]),
    (124, "21 พ.ย. 2568", "รณรงค์วันเบาหวานโลก 2568", "กลุ่มงานเวชกรรมสังคมคัดกรองเบาหวานในชุมชน 6 ชุมชน", []),
    (123, "1 พ.ย. 2568", "ฉีดวัคซีนไข้หวัดใหญ่ ปี 2568", "บริการฟรีสำหรับผู้สูงอายุ 65 ปีขึ้นไป", []),
    (122, "8 ต.ค. 2568", "ต้อนรับคณะเยี่ยมสำรวจ HA", "โรงพยาบาลต้อนรับคณะเยี่ยมสำรวจเพื่อต่ออายุการรับรอง", []),
    (121, "20 ส.ค. 2568", "ผลการประเมิน ITA 2568", "โรงพยาบาลได้คะแนน 86.31 ผ่าน", [("ผลคะแนน", dl(43))]),
    (120, "14 ก.พ. 2568", "ประชุมรับฟังความคิดเห็นผู้รับบริการ ปี 2568", "มีผู้เข้าร่วม 58 คน", []),
]
for n, date, title, body, files in NEWS:
    att = "".join(f"<li>{a(u, t)}</li>" for t, u in files)
    add(art(n), title, f"<p class='date'>{date}</p><p>{esc(body)}</p>" + (f"<h4>ไฟล์แนบ</h4><ul>{att}</ul>" if att else ""))


def news_list(items, nxt: str) -> str:
    return "<ul>" + "".join(f"<li>{a(art(n), t)} <span>{d}</span></li>" for n, d, t, _b, _f in items) + f"</ul><p>{nxt}</p>"


add(NEWS_LIST, "ข่าวประชาสัมพันธ์", news_list(NEWS[:10], a(NEWS_LIST2, "หน้าถัดไป »")))
add(NEWS_LIST2, "ข่าวประชาสัมพันธ์ (หน้า 2)", news_list(NEWS[10:], a(NEWS_LIST, "« หน้าก่อน")))

# ---------------------------------------------------------------- ITA 2569: one page per group
GROUPS = {
    91: ("ข้อมูลพื้นฐาน", [("o1", "โครงสร้างและอำนาจหน้าที่", [art(3), art(4)]), ("o2", "ผู้บริหาร", [art(5)]),
                           ("o3", "ติดต่อ / ถาม-ตอบ", [art(6), "/webboard/index.php?topic=0"]), ("o4", "ข่าวประชาสัมพันธ์", [NEWS_LIST])]),
    92: ("การบริหารงานและงบประมาณ", [("o5", "แผนยุทธศาสตร์ รพ.", [art(41)]), ("o6", "แผนปฏิบัติการ/งบประมาณ 2569", [dl(14), dl(15)]),
                                    ("o7", "รายงานผลการดำเนินงานประจำปี", [dl(17)]), ("o8", "คู่มือปฏิบัติงาน", [dl(19)]),
                                    ("o9", "คู่มือรับบริการ", [art(42)]), ("o10", "E-Service นัดหมายออนไลน์", [art(44)])]),
    93: ("การจัดซื้อจัดจ้าง", [("o11", "สขร.1 รายเดือน", [cat(3)]), ("o12", "สรุปผลจัดซื้อจัดจ้างประจำปี", [dl(28)])]),
    94: ("การบริหารทรัพยากรบุคคล", [("o13", "หลักเกณฑ์/แผน HR", [dl(29), dl(30)]), ("o14", "รายงานผล HR ประจำปี", [dl(31)]),
                                   ("o15", "ประมวลจริยธรรม", [dl(32), art(128)])]),
    95: ("การส่งเสริมความโปร่งใส", [("o16", "แนวปฏิบัติเรื่องร้องเรียน", [dl(33)]), ("o17", "ช่องทางร้องเรียนการทุจริต", [art(43)]),
                                   ("o18", "สถิติเรื่องร้องเรียน", [dl(8)]), ("o19", "การมีส่วนร่วม", [art(130)])]),
    96: ("การป้องกันการทุจริต", [("o20", "No Gift Policy", [dl(36)]), ("o21", "ประเมินความเสี่ยงการทุจริต", [dl(37)]),
                               ("o22", "รายงานผลตามแผนบริหารความเสี่ยง", ["/old/ita2568/"]),
                               ("o23", "แผนปฏิบัติการป้องกันการทุจริต ปี 2569", [dl(39)]), ("o24", "รายงานผลป้องกันการทุจริต", [dl(41)]),
                               ("o25", "มาตรการส่งเสริมคุณธรรม", [cat(7, "&year=2569")]), ("o26", "รายงานผลส่งเสริมคุณธรรม", [dl(44)])]),
}
index = f"<p>ปีที่ประเมิน: <b>2569</b> | {a('/old/ita2568/', '2568')}</p><ol>"
for n, (gt, rows) in GROUPS.items():
    index += f"<li>{a(art(n), gt)} ({rows[0][0]} - {rows[-1][0]})</li>"
    body = "<table class='ita'><tr><th>ข้อ</th><th>รายการ</th><th>หลักฐาน</th></tr>"
    for code, t, links in rows:
        body += f"<tr><td>{code}</td><td>{esc(t)}</td><td>" + " ".join(a(u, f"ลิงก์ {i + 1}") for i, u in enumerate(links)) + "</td></tr>"
    add(art(n), f"ITA 2569 : {gt}", body + f"</table><p>{a(ITA, '« กลับหน้า ITA')}</p>")
add(ITA, "การประเมินคุณธรรมและความโปร่งใส (ITA) ปี 2569", index + "</ol>")

add("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in MENU + SIDE[:5]) + "</ul>")


# ---------------------------------------------------------------- the old WordPress site
def old_page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} | {ORG}</title></head>
<body class="wp"><header><h1>{ORG}</h1><nav><a href="/old/">หน้าแรก</a> <a href="/old/ita2568/">ITA 2568</a> <a href="/old/about/">เกี่ยวกับเรา</a> <a href="/">เว็บไซต์ใหม่</a></nav></header>
<main><h2>{esc(title)}</h2>{body}</main>
<aside><ul><li><a href="/old/ita2568/">ITA 2568</a></li></ul></aside><footer>© 2567 {ORG} | WordPress</footer></body></html>
"""


OLD = {
    "/old/": ("หน้าแรก (เว็บไซต์เดิม)", "<p>เว็บไซต์นี้ย้ายไปยังระบบใหม่แล้ว ข้อมูลเดิมยังเปิดดูได้</p>"),
    "/old/about/": ("เกี่ยวกับเรา", "<p>โรงพยาบาลเทศบาลนครท่าสายทอง โรงพยาบาลขนาด 90 เตียง</p>"),
    "/old/ita2568/": ("ITA 2568 การเปิดเผยข้อมูลสาธารณะ", "<table>"
                      "<tr><td>o12</td><td>รายงานผลการจัดซื้อจัดจ้างประจำปี 2567</td><td><a href='/old/wp-content/uploads/2024/11/ita-o12-2567.pdf'>ดาวน์โหลด</a></td></tr>"
                      "<tr><td>o20</td><td>No Gift Policy</td><td><a href='/download.php?id=36'>ดาวน์โหลด</a></td></tr>"
                      "<tr><td>o22</td><td>รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต</td><td><a href='/old/wp-content/uploads/2024/10/ita-o22-2567.pdf'>ดาวน์โหลด</a></td></tr>"
                      "<tr><td>o23</td><td>แผนปฏิบัติการป้องกันการทุจริต 2568</td><td><a href='/download.php?id=39'>ดาวน์โหลด</a></td></tr>"
                      "<tr><td>o25</td><td>มาตรการส่งเสริมคุณธรรม 2568</td><td><a href='/download.php?id=42'>ดาวน์โหลด</a></td></tr>"
                      "</table><p><small>ปรับปรุงล่าสุด 25 ตุลาคม 2567</small></p>"),
}


def quoted(text: str) -> str:
    """Attributes in double quotes, as the CMS writes them."""
    return re.sub(r"(href|src|action|class|alt|name|type|width|height|method)='([^']*)'", r'\1="\2"', text)


def target(url: str) -> str:
    path, _, query = url.partition("?")
    if query:
        return os.path.join(HERE, path.lstrip("/") + ".q", quote(unquote(query), safe="=&-_.,+~"), "index.html")
    return os.path.join(HERE, path.lstrip("/"), "index.html")


def main() -> None:
    shutil.rmtree(os.path.join(HERE, "index.php.q"), ignore_errors=True)
    shutil.rmtree(os.path.join(HERE, "webboard"), ignore_errors=True)
    for url, (title, body) in PAGES.items():
        os.makedirs(os.path.dirname(target(url)), exist_ok=True)
        with open(target(url), "w", encoding="utf-8") as f:
            f.write(quoted(page(title, body)))
    for url, (title, body) in OLD.items():
        os.makedirs(os.path.dirname(target(url)), exist_ok=True)
        with open(target(url), "w", encoding="utf-8") as f:
            f.write(quoted(old_page(title, body)))
    assert DOCS
    for asset in ("images/logo.png", "images/chart2569.png", "images/exec/director.jpg", "images/exec/deputy1.jpg",
                  "images/exec/deputy2.jpg"):
        os.makedirs(os.path.dirname(os.path.join(HERE, asset)), exist_ok=True)
        with open(os.path.join(HERE, asset), "wb") as f:
            f.write(_image(asset))
    os.makedirs(os.path.join(HERE, "templates/ja_medic/css"), exist_ok=True)
    with open(os.path.join(HERE, "templates/ja_medic/css/template.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Sarabun,sans-serif;margin:0}#main{display:flex}article{flex:3}aside{flex:1}\n")


def _image(name: str) -> bytes:
    """A small grey placeholder (PNG or JPEG by the name)."""
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (120, 80) if "chart" in name else (60, 60), 200).save(buf, format="PNG" if name.endswith(".png") else "JPEG")
    return buf.getvalue()


if __name__ == "__main__":
    main()
