"""Generate the pages of the "unihosp" test site (โรงพยาบาลศรีอุทุมพร คณะแพทยศาสตร์
มหาวิทยาลัยราชพฤกษ์, invented).  Run after _make_docs.py:
    python tests/sites/unihosp/_make_pages.py

A Joomla site: articles and category lists are /index.php?option=com_content&... (static copies
under index.php.q/<query>/index.html), documents go out through /download.php?id=<n>, the
procurement page has a year selector (/procurement.php?year=2569|2568).  The OIT page is split
into a hub (article 400) and one article per sub-indicator (401-407).  The old CMS's pages stay
under /oldsite/ (its ITA 2568 page among them).  Some pages write numbers in Thai digits only.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS  # noqa: E402

NAME = "โรงพยาบาลศรีอุทุมพร"
UNI = "คณะแพทยศาสตร์ มหาวิทยาลัยราชพฤกษ์"
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def art(n: int) -> str:
    return f"/index.php?option=com_content&amp;view=article&amp;id={n}"


def cat(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&amp;view=category&amp;id={n}" + (f"&amp;limitstart={start}" if start else "")


def dl(key: str) -> str:
    ident = DOCS[key]["id"]
    return "/" + ident if isinstance(ident, str) else f"/download.php?id={ident}"


MENU = [("/", "หน้าหลัก"), ("/about/", "เกี่ยวกับโรงพยาบาล"), ("/services/opd/", "บริการผู้ป่วย"),
        ("/doctors/", "ตารางแพทย์ออกตรวจ"), (cat(9), "ข่าวสาร"), ("/procurement.php?year=2569", "จัดซื้อจัดจ้าง"),
        (cat(20), "ดาวน์โหลด"), (art(400), "ITA"), ("/contact/", "ติดต่อเรา")]
SIDE = [("/eservice/", "นัดหมายออนไลน์ SUH Appointment"), ("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริต"),
        (art(31), "ถาม-ตอบ (Q&amp;A)"), (art(400), "ITA 2569"), ("/oldsite/", "เว็บไซต์เดิม (ก่อน 2567)"),
        ("/jobs/", "รับสมัครงาน"), ("/sitemap/", "แผนผังเว็บไซต์")]


def page(title: str, body: str) -> str:
    menu = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in MENU)
    side = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in SIDE)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} - {NAME}</title>
<meta name="generator" content="Joomla! - Open Source Content Management">
<link rel="stylesheet" href="/templates/suh/css/template.css"></head>
<body><div id="top"><div class="logo">{NAME}<br><small>{UNI}</small></div>
<div class="hotline">สายด่วน 0 4391 7000 | ฉุกเฉิน 1669</div></div>
<nav id="mainmenu"><ul>{menu}</ul></nav>
<div id="wrap"><main id="content"><h1>{title}</h1>
{body}
</main>
<aside id="right"><h3>ลิงก์ด่วน</h3><ul>{side}</ul>
<h3>หน่วยงานที่เกี่ยวข้อง</h3><ul><li><a href="https://www.rpu-example.ac.th/">มหาวิทยาลัยราชพฤกษ์</a></li>
<li><a href="https://med.rpu-example.ac.th/">คณะแพทยศาสตร์</a></li></ul></aside></div>
<footer>{NAME} {UNI} 222 หมู่ 9 ตำบลหนองตะเคียน อำเภอเมือง จังหวัดอุทุมพร 43190<br>
โทรศัพท์ 0 4391 7000 โทรสาร 0 4391 7099 อีเมล saraban.suh@rpu-example.ac.th<br>
Copyright © 2569 Sri Uthumphon Hospital. All rights reserved.</footer></body></html>
"""


PAGES: dict[str, tuple[str, str]] = {}


def add(url: str, title: str, body: str) -> None:
    PAGES[url] = (title, body)


def links(rows: list[tuple[str, str]]) -> str:
    return "<ul>" + "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in rows) + "</ul>"


# ---------------------------------------------------------------- news
NEWS = [  # id, date, title, body, attachments (FY2569 first page, FY2568 second)
    (318, "2 เมษายน 2569", "เปิดคลินิกนอกเวลาราชการ อายุรกรรมและกุมารเวชกรรม",
     "ตั้งแต่วันที่ 7 เมษายน 2569 เปิดให้บริการคลินิกนอกเวลา วันจันทร์ - ศุกร์ เวลา 16.30 - 20.00 น. ชั้น 2 อาคารผู้ป่วยนอก", []),
    (317, "10 มีนาคม 2569", "ขอเชิญร่วมประชุมรับฟังความคิดเห็นผู้รับบริการ ครั้งที่ 1/2569",
     "โรงพยาบาลขอเชิญผู้รับบริการ อาสาสมัคร และเครือข่ายภาคประชาชน ร่วมประชุมในวันที่ 24 มีนาคม 2569 ณ ห้องประชุมอุทุมพร 1 ลงทะเบียนได้ที่งานประชาสัมพันธ์",
     [("hearing_inv", "หนังสือเชิญประชุม (PDF)")]),
    (316, "16 กุมภาพันธ์ 2569", "ประกาศผู้ชนะการเสนอราคา จ้างจัดพิมพ์รูปเล่มแผนยุทธศาสตร์โรงพยาบาล พ.ศ. 2569 - 2573",
     "งานพัสดุประกาศผลผู้ชนะการเสนอราคา รายละเอียดตามเอกสารแนบ", [("print_notice", "ประกาศผู้ชนะ (PDF)")]),
    (315, "20 มกราคม 2569", "อบรมเชิงปฏิบัติการ \"ซื่อสัตย์ โปร่งใส ใส่ใจผู้ป่วย\" ขับเคลื่อนประมวลจริยธรรม",
     "วันที่ 19 มกราคม 2569 งานทรัพยากรบุคคลร่วมกับงานนิติการ จัดอบรมการขับเคลื่อนประมวลจริยธรรมของบุคลากร มหาวิทยาลัยราชพฤกษ์ "
     "ให้บุคลากรของโรงพยาบาล มีผู้เข้าร่วม 245 คน กิจกรรมประกอบด้วยการบรรยายเรื่องผลประโยชน์ทับซ้อน กรณีศึกษาการรับของจากผู้แทนบริษัทยา "
     "และการมอบรางวัลหน่วยงานต้นแบบด้านคุณธรรม 3 หน่วยงาน", []),
    (314, "5 มกราคม 2569", "เผยแพร่รายงานประจำปี (Annual Report) ฉบับล่าสุด",
     f'โรงพยาบาลเผยแพร่รายงานประจำปีฉบับล่าสุด อ่านในรูปแบบ e-Book ได้ที่ <a href="{art(52)}">รายงานประจำปี</a>', []),
    (313, "15 ธันวาคม 2568", "ธนาคารเลือดขอเชิญร่วมบริจาคโลหิตช่วงเทศกาลปีใหม่",
     "ธนาคารเลือดเปิดรับบริจาคโลหิตทุกวัน เวลา 08.00 - 16.00 น. ผู้บริจาคจะได้รับของที่ระลึก", []),
    (312, "1 ธันวาคม 2568", "บริการฉีดวัคซีนไข้หวัดใหญ่ ปี 2568 สำหรับกลุ่มเสี่ยง",
     "ผู้สูงอายุ 65 ปีขึ้นไป และผู้ป่วยโรคเรื้อรัง รับวัคซีนได้ที่คลินิกอายุรกรรม ชั้น 3", []),
    (311, "12 พฤศจิกายน 2568", "ผู้อำนวยการมอบนโยบายการบริหาร ปีงบประมาณ 2569",
     "ผู้อำนวยการมอบนโยบายแก่หัวหน้าหน่วยงาน เน้นลดระยะเวลารอคอย โรงพยาบาลดิจิทัล และความโปร่งใส", []),
    (310, "20 ตุลาคม 2568", "ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2569",
     "คณะกรรมการบริหารโรงพยาบาลอนุมัติแผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ 2569 แล้ว", [("acp2569", "แผนปฏิบัติการป้องกันการทุจริต 2569")]),
    (309, "8 ตุลาคม 2568", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
     "งานนิติการเผยแพร่ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ รายละเอียดตามไฟล์แนบ", [("cstat2568", "สถิติเรื่องร้องเรียน (Excel)")]),
    (296, "18 กันยายน 2568", "พิธีมุทิตาจิตผู้เกษียณอายุราชการ ประจำปี 2568",
     "โรงพยาบาลจัดพิธีมุทิตาจิตแก่ผู้เกษียณอายุ จำนวน 64 คน", []),
    (295, "12 สิงหาคม 2568", "กิจกรรมวันแม่แห่งชาติ 2568", "บุคลากรร่วมกิจกรรมทำบุญตักบาตรและบริจาคโลหิต", []),
    (294, "2 มิถุนายน 2568", "เปิดศูนย์หัวใจและหลอดเลือด ระยะที่ 1", "ศูนย์หัวใจเปิดให้บริการสวนหัวใจตลอด 24 ชั่วโมง", []),
    (293, "10 เมษายน 2568", "งดบริการผู้ป่วยนอกช่วงวันสงกรานต์", "งดบริการคลินิกนอกเวลา 12 - 16 เมษายน 2568 ห้องฉุกเฉินเปิดตามปกติ", []),
    (292, "3 มีนาคม 2568", "รับสมัครอาสาสมัครโรงพยาบาล รุ่นที่ 12", "รับสมัครถึงวันที่ 31 มีนาคม 2568", []),
]
for n, date, title, body, att in NEWS:
    files = ""
    if att:
        files = "<div class=\"attachments\"><h4>ไฟล์แนบ</h4>" + links([(dl(k), t) for k, t in att]) + "</div>"
    add(art(n), title, f'<p class="date">เผยแพร่เมื่อ {date}</p><p>{body}</p>{files}')


def news_list(items) -> str:
    return "<ul class=\"news\">" + "".join(f'<li><a href="{art(n)}">{t}</a> <span>{dt}</span></li>' for n, dt, t, _b, _a in items) + "</ul>"


add(cat(9), "ข่าวประชาสัมพันธ์", news_list(NEWS[:10]) + f'<p class="pagination">หน้า 1 <a href="{cat(9, 10)}">2</a> <a href="{cat(9, 10)}">ถัดไป »</a></p>')
add(cat(9, 10), "ข่าวประชาสัมพันธ์", news_list(NEWS[10:]) + f'<p class="pagination"><a href="{cat(9)}">« ก่อนหน้า</a> <a href="{cat(9)}">1</a> หน้า 2</p>')

# ---------------------------------------------------------------- fixed pages
add("/", "หน้าหลัก", "<h2>ข่าวล่าสุด</h2>" + news_list(NEWS[:5]) + '<h2>บริการของเรา</h2><p>ผู้ป่วยนอก ผู้ป่วยใน ห้องฉุกเฉิน 24 ชั่วโมง ศูนย์หัวใจ ศูนย์มะเร็ง</p>'
    f'<p class="banner"><a href="{art(400)}">การประเมินคุณธรรมและความโปร่งใส ITA 2569</a></p>')
add("/about/", "ประวัติโรงพยาบาล", "<p>โรงพยาบาลศรีอุทุมพร เป็นโรงพยาบาลในสังกัดคณะแพทยศาสตร์ มหาวิทยาลัยราชพฤกษ์ เปิดให้บริการเมื่อ พ.ศ. 2541 ขนาด 850 เตียง "
    "เป็นโรงพยาบาลระดับตติยภูมิและสถานที่ฝึกปฏิบัติของนักศึกษาแพทย์</p>" + links([("/about/structure/", "โครงสร้างและอำนาจหน้าที่"), ("/about/executives/", "ผู้บริหาร"), (art(53), "แผนยุทธศาสตร์")]))
add("/about/structure/", "โครงสร้างองค์กรและอำนาจหน้าที่", """<h2>แผนภูมิโครงสร้างการบริหาร</h2>
<img src="/images/structure-suh.png" alt="แผนภูมิโครงสร้าง" width="20" height="20">
<ul><li>มหาวิทยาลัยราชพฤกษ์ (อธิการบดี)<ul><li>คณะแพทยศาสตร์ (คณบดี / คณะกรรมการประจำคณะ)<ul>
<li>ผู้อำนวยการโรงพยาบาลศรีอุทุมพร<ul><li>รองผู้อำนวยการฝ่ายการแพทย์ - ภาควิชาทางคลินิก 14 ภาควิชา</li>
<li>รองผู้อำนวยการฝ่ายการพยาบาล - งานการพยาบาลผู้ป่วยนอก ผู้ป่วยใน ผู้ป่วยวิกฤต</li>
<li>รองผู้อำนวยการฝ่ายบริหาร - งานการเงิน งานพัสดุ งานทรัพยากรบุคคล งานนิติการ</li>
<li>รองผู้อำนวยการฝ่ายคุณภาพและยุทธศาสตร์ - งานยุทธศาสตร์และแผน งานพัฒนาคุณภาพ</li>
<li>งานตรวจสอบภายใน (ขึ้นตรงต่อผู้อำนวยการ)</li></ul></li></ul></li></ul></li></ul>
<h2>อำนาจหน้าที่</h2><p>ตามข้อบังคับมหาวิทยาลัยราชพฤกษ์ว่าด้วยการบริหารโรงพยาบาลศรีอุทุมพร พ.ศ. 2563 ข้อ 6 โรงพยาบาลมีหน้าที่ดังนี้</p>
<ol><li>ให้บริการทางการแพทย์และสาธารณสุขระดับตติยภูมิแก่ประชาชน</li><li>เป็นแหล่งฝึกปฏิบัติของนักศึกษาแพทย์ พยาบาล และบุคลากรทางการแพทย์</li>
<li>สนับสนุนการวิจัยทางคลินิกของคณะแพทยศาสตร์</li><li>ส่งเสริมสุขภาพ ป้องกันโรค และฟื้นฟูสภาพแก่ชุมชน</li>
<li>บริหารทรัพย์สินและรายได้ของโรงพยาบาลตามระเบียบของมหาวิทยาลัย</li></ol>""")
add("/about/executives/", "ผู้บริหารโรงพยาบาล", "".join(
    f'<div class="exec"><img src="/images/exec{i}.jpg" alt="{n}" width="20" height="20"><p><b>{n}</b><br>{p}<br>โทร {t}</p></div>'
    for i, (n, p, t) in enumerate([
        ("รองศาสตราจารย์ นายแพทย์ธีรวัฒน์ แสงอรุณวงศ์", "ผู้อำนวยการโรงพยาบาลศรีอุทุมพร", "0 4391 7001"),
        ("ผู้ช่วยศาสตราจารย์ แพทย์หญิงกัลยรัตน์ ทองประเสริฐ", "รองผู้อำนวยการฝ่ายการแพทย์", "0 4391 7002"),
        ("นางสาวพิมพ์ลดา ศรีวิเศษ", "รองผู้อำนวยการฝ่ายการพยาบาล", "0 4391 7003"),
        ("นายอนุชิต บุญมาก", "รองผู้อำนวยการฝ่ายบริหาร", "0 4391 7004"),
        ("นายแพทย์ภาณุพงศ์ เจริญสุข", "รองผู้อำนวยการฝ่ายคุณภาพและยุทธศาสตร์", "0 4391 7005")])))
add("/contact/", "ติดต่อเรา", """<p>โรงพยาบาลศรีอุทุมพร คณะแพทยศาสตร์ มหาวิทยาลัยราชพฤกษ์<br>222 หมู่ 9 ตำบลหนองตะเคียน อำเภอเมือง จังหวัดอุทุมพร 43190</p>
<p>โทรศัพท์ 0 4391 7000 (อัตโนมัติ 20 คู่สาย) โทรสาร 0 4391 7099<br>อีเมล saraban.suh@rpu-example.ac.th<br>
Facebook: <a href="https://www.facebook.com/SUHospital.example">โรงพยาบาลศรีอุทุมพร</a></p>
<p><a href="https://maps.google.com/?q=16.4021,102.8260">แผนที่ Google Maps</a></p>
<p>ติดต่อสอบถาม: <a href="/index.php?option=com_content&amp;view=article&amp;id=31">ถาม-ตอบ (Q&amp;A)</a></p>""")
add(art(31), "ถาม-ตอบ (Q&A)", """<form action="/index.php?option=com_qa&amp;task=ask" method="post"><p>ชื่อ <input name="name"> อีเมล <input name="email"></p>
<p>คำถาม <textarea name="question"></textarea></p><p><button>ส่งคำถาม</button></p></form>
<div class="qa"><p><b>ถาม</b> (12 มีนาคม 2569) ทำบัตรผู้ป่วยใหม่ต้องใช้เอกสารอะไรบ้าง<br><b>ตอบ</b> บัตรประจำตัวประชาชนฉบับจริง หากเป็นเด็กใช้สูติบัตร (งานเวชระเบียน)</p>
<p><b>ถาม</b> (2 กุมภาพันธ์ 2569) เลื่อนนัดออนไลน์ได้หรือไม่<br><b>ตอบ</b> เลื่อนได้ทางระบบ SUH Appointment ก่อนวันนัด 3 วัน (งานผู้ป่วยนอก)</p></div>""")
add("/eservice/", "นัดหมายออนไลน์ SUH Appointment (E-Service)", f"""<p>ผู้ป่วยที่มีเลขที่โรงพยาบาล (HN) แล้ว นัดหมาย เลื่อนนัด และขอใบรับรองแพทย์ได้ทางออนไลน์</p>
<form action="/eservice/submit" method="post"><p>HN <input name="hn"> เลขบัตรประชาชน <input name="cid"></p>
<p>คลินิก <select name="clinic"><option>อายุรกรรม</option><option>ศัลยกรรม</option><option>กุมารเวชกรรม</option></select>
วันที่ต้องการ <input type="date" name="date"></p><p><button>ส่งคำขอนัดหมาย</button></p></form>
<p><a href="{dl('stat2569')}">สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)</a></p>""")
add("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"""<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของบุคลากรโรงพยาบาลได้ โดยไม่ต้องระบุชื่อ ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับ</p>
<form action="/complaint/send" method="post"><p>ชื่อ-สกุล (ไม่บังคับ) <input name="name"> โทรศัพท์ <input name="tel"></p>
<p>ผู้ถูกร้องเรียน/หน่วยงาน <input name="who"></p><p>รายละเอียด <textarea name="detail"></textarea></p>
<p>แนบหลักฐาน <input type="file" name="file"></p><p><button>ส่งเรื่องร้องเรียน</button></p></form>
<p>หรือโทร 0 4391 7050 (งานนิติการ) ตู้รับเรื่องร้องเรียน ชั้น 1 อาคารอำนวยการ</p>
<p><a href="{dl('complaint_manual')}">คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>""")
add("/services/opd/", "บริการผู้ป่วยนอก", f"""<p>เปิดบริการวันจันทร์ - ศุกร์ 07.00 - 16.00 น.</p>
<p><a href="{dl('opd_guide')}">คู่มือการรับบริการผู้ป่วยนอก (PDF)</a></p><p><a href="/eservice/">นัดหมายออนไลน์</a></p>""")
add("/doctors/", "ตารางแพทย์ออกตรวจ", "<table><tr><th>คลินิก</th><th>จันทร์</th><th>พุธ</th><th>ศุกร์</th></tr>"
    "<tr><td>อายุรกรรม</td><td>นพ.กิตติพัฒน์</td><td>พญ.สุดารัตน์</td><td>นพ.วรเชษฐ์</td></tr>"
    "<tr><td>ศัลยกรรม</td><td>นพ.ศักดิ์ชัย</td><td>นพ.ปกรณ์</td><td>พญ.อรอุมา</td></tr></table>")
add("/jobs/", "รับสมัครงาน", f'<p>ประกาศรับสมัครพนักงานมหาวิทยาลัย ตำแหน่งพยาบาลวิชาชีพ 20 อัตรา (ปิดรับ 30 เมษายน 2569)</p><p><a href="{dl("hr_criteria")}">หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล</a></p>')
add(art(51), "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569", f"""<p>ดูเอกสารออนไลน์</p>
<iframe src="https://drive.google.com/file/d/1sUh2569ActPlanQx7/preview" width="640" height="480"></iframe>
<p><a href="{dl('ap2569')}">ดาวน์โหลดแผนปฏิบัติการ 2569 (PDF 1.2 MB)</a> | <a href="{dl('budget2569')}">แผนการใช้จ่ายงบประมาณ 2569 (Excel)</a></p>
<p>แผนปีก่อน: <a href="{dl('ap2568')}">แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2568</a></p>""")
add(art(52), "รายงานประจำปี (Annual Report)", f"""<p>อ่านรายงานประจำปีในรูปแบบ e-Book</p>
<iframe src="https://online.anyflip.com/suhosp/annual/index.html" width="640" height="480"></iframe>
<p><a href="{dl('ar2024')}">ดาวน์โหลด Annual Report 2024 (PDF)</a></p>""")
add(art(53), "แผนยุทธศาสตร์", f"""<p>วิสัยทัศน์ โรงพยาบาลมหาวิทยาลัยชั้นนำของภูมิภาคลุ่มน้ำโขง</p>
{links([(dl('strat6468'), 'แผนยุทธศาสตร์โรงพยาบาลศรีอุทุมพร พ.ศ. 2564 - 2568'), (dl('strat_eval'), 'รายงานการประเมินผลแผนยุทธศาสตร์ (ผลปี 2568)')])}
<p>แผนยุทธศาสตร์ฉบับใหม่อยู่ระหว่างการจัดทำรูปเล่ม</p>""")
add(art(60), "จริยธรรมบุคลากร", links([(dl("ethics_code"), "ประมวลจริยธรรมของผู้บริหาร คณาจารย์ และบุคลากร มหาวิทยาลัยราชพฤกษ์"),
    (art(315), "กิจกรรมขับเคลื่อนจริยธรรม ปี 2569")]))

# ---------------------------------------------------------------- downloads (one category list)
DL_ROWS = [("ap2569", "แผนปฏิบัติการประจำปี 2569"), ("budget2569", "แผนการใช้จ่ายงบประมาณ 2569"), ("ap2568", "แผนปฏิบัติการประจำปี 2568"),
           ("strat6468", "แผนยุทธศาสตร์ 2564-2568"), ("strat_eval", "ประเมินผลแผนยุทธศาสตร์"), ("ar2024", "Annual Report 2024"),
           ("nurse_ar", "รายงานประจำปี 2568 (คณะพยาบาลศาสตร์)"), ("sop_mr", "คู่มือปฏิบัติงานเวชระเบียน (Word)"),
           ("opd_guide", "คู่มือผู้รับบริการผู้ป่วยนอก"), ("proc_ann", "รายงานผลการจัดซื้อจัดจ้างประจำปี 2568"),
           ("hr_criteria", "หลักเกณฑ์การบริหารบุคคล"), ("hrplan2568", "แผนบริหารและพัฒนาบุคลากร"), ("hr_report", "รายงานผลการบริหารบุคคล 2568"),
           ("ethics_code", "ประมวลจริยธรรม"), ("risk2569", "ประเมินความเสี่ยงการทุจริต 2569"), ("acp_draft", "(ร่าง) แผนป้องกันการทุจริต 2569"),
           ("acp2569", "แผนป้องกันการทุจริต 2569"), ("integrity_rep", "รายงานมาตรการส่งเสริมคุณธรรม 2568"), ("nogift2567", "No Gift Policy")]
add(cat(20), "ดาวน์โหลดเอกสาร", "<table><tr><th>ชื่อเอกสาร</th><th>ดาวน์โหลด</th></tr>" + "".join(
    f'<tr><td>{t}</td><td><a href="{dl(k)}">ดาวน์โหลด</a></td></tr>' for k, t in DL_ROWS) + "</table>")

# ---------------------------------------------------------------- procurement with a year selector (Thai digits)
PROC = {2569: [("ตุลาคม 2568", "skr201"), ("พฤศจิกายน 2568", "skr204"), ("ธันวาคม 2568", "skr207"),
               ("กุมภาพันธ์ 2569", "skr213"), ("มีนาคม 2569", "skr216")],
        2568: [("กันยายน 2568", "skr188")]}
for year, rows in PROC.items():
    sel = " | ".join(f'<a href="/procurement.php?year={y}">ปีงบประมาณ {y}</a>'.translate(THAI).replace(f"year={str(y).translate(THAI)}", f"year={y}") for y in PROC)
    body = f'<p>เลือกปี: {sel}</p><table><tr><th>รายการ</th><th>ไฟล์</th></tr>' + "".join(
        f'<tr><td>{("สรุปผลการจัดซื้อจัดจ้าง (สขร.๑) ประจำเดือน" + m).translate(THAI)}</td><td><a href="{dl(k)}">XLS</a></td></tr>' for m, k in rows)
    body += f'</table><p>{"รายงานผลการจัดซื้อจัดจ้างประจำปี 2568".translate(THAI)}: <a href="{dl("proc_ann")}">PDF</a></p>'
    add(f"/procurement.php?year={year}", f"จัดซื้อจัดจ้าง ปีงบประมาณ {str(year).translate(THAI)}", body)

# ---------------------------------------------------------------- ITA 2569: a hub and one page per group
GROUPS = {
    401: ("9.1 ข้อมูลพื้นฐาน", [("o1", "โครงสร้างและอำนาจหน้าที่", "/about/structure/"), ("o2", "ผู้บริหาร", "/about/executives/"),
          ("o3", "ติดต่อ / ถาม-ตอบ", "/contact/"), ("o4", "ข่าวประชาสัมพันธ์", cat(9))]),
    402: ("9.2 การบริหารงานและงบประมาณ", [("o5", "แผนยุทธศาสตร์ รพ.", art(53)), ("o6", "แผนปฏิบัติการประจำปี", art(51)),
          ("o7", "รายงานประจำปี", art(52)), ("o8", "คู่มือปฏิบัติงาน", dl("sop_mr")), ("o9", "คู่มือผู้รับบริการ", "/services/opd/"),
          ("o10", "E-Service", "/eservice/")]),
    403: ("9.3 การจัดซื้อจัดจ้าง", [("o11", "สขร. รายเดือน", "/procurement.php?year=2569"), ("o12", "รายงานจัดซื้อจัดจ้างประจำปี", dl("proc_ann"))]),
    404: ("9.4 การบริหารทรัพยากรบุคคล", [("o13", "หลักเกณฑ์ / แผน HR", dl("hr_criteria")), ("o13", "แผน HR", dl("hrplan2568")),
          ("o14", "รายงานผล HR", dl("hr_report")), ("o15", "ประมวลจริยธรรม", art(60))]),
    405: ("9.5 การส่งเสริมความโปร่งใส", [("o16", "แนวปฏิบัติเรื่องร้องเรียน", dl("complaint_manual")), ("o17", "ช่องทางร้องเรียน", "/complaint/"),
          ("o18", "สถิติเรื่องร้องเรียน", art(309)), ("o19", "การมีส่วนร่วม", art(317))]),
    406: ("10.1 การป้องกันการทุจริต", [("o20", "No Gift Policy", dl("nogift2567")), ("o21", "ประเมินความเสี่ยง", dl("risk2569")),
          ("o22", "ผลการจัดการความเสี่ยง ปี 2568", "/download.php?id=292"), ("o23", "แผนป้องกันการทุจริต", dl("acp2569")),
          ("o24", "รายงานผลป้องกันการทุจริต", dl("old_acp_rep"))]),
    407: ("10.2 คุณธรรมและความโปร่งใส", [("o25", "การนำผล ITA 2568 ไปพัฒนาองค์กร", dl("ita_analysis")),
          ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", dl("integrity_rep"))]),
}
for n, (title, rows) in GROUPS.items():
    body = "<table class=\"ita\"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>" + "".join(
        f'<tr><td>{c}</td><td>{t}</td><td><a href="{u}">คลิก</a></td></tr>' for c, t, u in rows) + "</table>"
    add(art(n), f"ITA 2569 : {title}", body + f'<p><a href="{art(400)}">« กลับหน้ารวม ITA</a></p>')
add(art(400), "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ 2569",
    '<p>ปี: <b>2569</b> | <a href="/oldsite/ita/2568/">2568</a></p>' + links([(art(n), t) for n, (t, _r) in GROUPS.items()]))

# ---------------------------------------------------------------- the old CMS, left online
add("/oldsite/", "เว็บไซต์เดิม", '<p>หน้านี้เป็นข้อมูลเก่าจากเว็บไซต์เดิม (ก่อนย้ายระบบเมื่อ มิถุนายน 2567)</p>'
    + links([("/oldsite/ita/2568/", "ITA 2568")]))
add("/oldsite/ita/2568/", "ITA 2568 (ข้อมูลเปิดเผยสาธารณะ OIT)", "<table>" + "".join(
    f'<tr><td>{c}</td><td><a href="{u}">{t}</a></td></tr>' for c, t, u in [
        ("O6", "แผนปฏิบัติการประจำปี 2568", dl("ap2568")), ("O11", "สขร.1 กันยายน 2568", dl("skr188")),
        ("O21", "การประเมินความเสี่ยงการทุจริต 2568", "/oldsite/files/ita68_o21.pdf"),
        ("O24", "รายงานผลการดำเนินการป้องกันการทุจริต 2567", dl("old_acp_rep"))]) + "</table>")
add("/sitemap/", "แผนผังเว็บไซต์", links([(u, t) for u, t in MENU + SIDE]))


def path_of(url: str) -> str:
    raw = html.unescape(url)
    if "?" in raw:
        base, query = raw.split("?", 1)
        return os.path.join(HERE, base.lstrip("/") + ".q", query, "index.html")
    return os.path.join(HERE, raw.lstrip("/"), "index.html")


def main() -> None:
    for url, (title, body) in PAGES.items():
        path = path_of(url)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(page(html.escape(title, quote=False), body))
    from PIL import Image

    images = os.path.join(HERE, "images")
    os.makedirs(images, exist_ok=True)
    Image.new("RGB", (20, 20), (0, 90, 60)).save(os.path.join(images, "structure-suh.png"))
    for i in range(5):
        Image.new("RGB", (20, 20), (200, 180 - 20 * i, 160)).save(os.path.join(images, f"exec{i}.jpg"), quality=60)
    css = os.path.join(HERE, "templates", "suh", "css")
    os.makedirs(css, exist_ok=True)
    with open(os.path.join(css, "template.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Tahoma,sans-serif}#wrap{display:flex}#content{flex:3}#right{flex:1}\n")


if __name__ == "__main__":
    main()
