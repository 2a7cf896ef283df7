"""Generate the HTML pages of the "navybase" test site (ฐานทัพเรือแหลมสิงขร, invented).

Run:  python tests/sites/navybase/_make_pages.py   (after _make_docs.py)

An old Joomla of a naval base: articles and categories are /index.php?option=...&id=N (static
copies under index.php.q/<query>/index.html), documents go out through /download.php?id=N, the
ITA page is split into one page per group (9.1 ... 10.2) with row numbers in Thai digits, two
documents are shown through a viewer article (an embedded Google Drive frame and a direct
download beside it), last year's ITA page and a copy of the old website (/old/) are still online.
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


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def art(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def cat(n: int, extra: str = "") -> str:
    return f"/index.php?option=com_content&view=category&id={n}{extra}"


def doc(n: int, extra: str = "") -> str:
    return f"/index.php?option=com_docman&task=cat_view&gid={n}{extra}"


def dl(n: int) -> str:
    return f"/download.php?id={n}"


def a(url: str, text: str) -> str:
    return f'<a href="{esc(url)}">{esc(text)}</a>'


def dla(n: int, text: str = "") -> str:
    return a(dl(n), text or DOCS[n][1]) + ' <img src="/images/pdf.gif" alt="">'


MENU = [("/", "หน้าหลัก"), (art(5), "ประวัติหน่วย"), (art(2), "โครงสร้างและอำนาจหน้าที่"), (art(3), "ผู้บังคับบัญชา"),
        (cat(9), "ข่าวประชาสัมพันธ์"), (doc(1), "เอกสารเผยแพร่"), (doc(4, "&year=2569"), "จัดซื้อจัดจ้าง"),
        (cat(50), "ITA"), (art(4), "ติดต่อหน่วย")]
SIDE = [(cat(50), "ITA ประจำปี ๒๕๖๙"), (cat(40), "ITA ๒๕๖๘"), (art(20), "E-Service ขอบัตรผ่าน"),
        (art(21), "แจ้งเรื่องร้องเรียนการทุจริต"), ("/index.php?option=com_kunena&view=category&catid=2", "กระดานถาม-ตอบ"),
        ("/old/", "เว็บไซต์เดิม"), ("/sitemap/", "แผนผังเว็บไซต์")]


def page(title: str, body: str) -> str:
    menu = " | ".join(a(u, t) for u, t in MENU)
    side = "".join(f"<li>{a(u, t)}</li>" for u, t in SIDE)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<link rel="stylesheet" href="/templates/navy/css/template.css"></head>
<body><div id="header"><img src="/images/logo_nb.png" alt="ตราฐานทัพเรือ"> <b>{ORG}</b><br>
<small>กองทัพเรือ ROYAL THAI NAVY</small></div>
<div id="menu">{menu}</div>
<div id="side"><h3>เมนูหลัก</h3><ul>{side}</ul>
<p>ผู้บัญชาการฐานทัพเรือ<br>พลเรือตรี ปรีชา ทองนาวา</p><p>ผู้เข้าชม 048213</p></div>
<div id="content"><h2>{esc(title)}</h2>
{body}
</div>
<div id="footer">{ORG} 99 หมู่ 4 ตำบลแหลมสิงขร อำเภอบางสะพานใต้ จังหวัดประจวบคีรีขันธ์ 77250
โทร 0 3899 4100 โทรสาร 0 3899 4101 saraban@lsbase.navy.example.th<br>Powered by Joomla! 1.5</div>
</body></html>
"""


def put(url: str, title: str, body: str) -> None:
    if url.startswith("/index.php?"):
        path = os.path.join(HERE, "index.php.q", url.split("?", 1)[1], "index.html")
    else:
        path = os.path.join(HERE, url.strip("/"), "index.html")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(page(title, body))


NEWS = [  # id, date, title, body, attachments
    (109, "2 เม.ย. 2569", "ฐานทัพเรือแหลมสิงขรจัดกิจกรรมบริจาคโลหิต", "กำลังพลและครอบครัวร่วมบริจาคโลหิตแก่สภากาชาดไทย 142 ราย", []),
    (108, "12 มี.ค. 2569", "การฝึกป้องกันฐานทัพ ประจำปี 2569", "ฝึกป้องกันฐานทัพร่วมกับตำรวจน้ำและอาสาสมัครชายฝั่ง", []),
    (107, "26 ก.พ. 2569", "ประชุมรับฟังความคิดเห็นชาวประมงพื้นบ้านต่อการกำหนดเขตฝึกยิงปืนทางทะเล",
     "วันที่ 26 กุมภาพันธ์ 2569 ฐานทัพเรือแหลมสิงขรเปิดเวทีรับฟังความคิดเห็นของประชาชน ณ ศาลาเอนกประสงค์บ้านอ่าวทอง "
     "ผู้เข้าร่วม 86 คน ได้แก่ ผู้นำชุมชน กลุ่มประมงพื้นบ้าน 4 กลุ่ม และองค์การบริหารส่วนตำบล "
     "ที่ประชุมเสนอให้เลื่อนช่วงเวลาฝึกออกจากฤดูวางไข่ปลาทู ฐานทัพเรือรับไปปรับแผนการฝึก และแจ้งผลทางเว็บไซต์", []),
    (106, "18 ก.พ. 2569", "อบรมคุณธรรมจริยธรรมกำลังพล ประจำปีงบประมาณ 2569",
     "การขับเคลื่อนจริยธรรม: อบรมประมวลจริยธรรมข้าราชการทหารและ Do's & Don'ts แก่กำลังพล 205 นาย", [45]),
    (105, "15 ม.ค. 2569", "เผยแพร่รายงานผลการปฏิบัติราชการประจำปี",
     "ฐานทัพเรือแหลมสิงขรขอเผยแพร่รายงานผลการปฏิบัติราชการประจำปี ตามเอกสารแนบ", [12]),
    (104, "10 ม.ค. 2569", "เปิดฐานทัพเรือต้อนรับเยาวชนในวันเด็กแห่งชาติ 2569", "จัดนิทรรศการเรือและกิจกรรมสำหรับเด็ก 1,300 คน", []),
    (103, "9 ธ.ค. 2568", "ประกาศเจตนารมณ์ต่อต้านการทุจริต เนื่องในวันต่อต้านคอร์รัปชันสากล",
     "ผู้บัญชาการฐานทัพเรือนำกำลังพลกล่าวคำปฏิญาณต่อต้านการทุจริต", []),
    (102, "5 พ.ย. 2568", "ส่งเรือและกำลังพลช่วยเหลือผู้ประสบอุทกภัย", "ส่งเรือท้องแบน 6 ลำ กำลังพล 40 นาย ช่วยเหลือประชาชน", []),
    (101, "8 ต.ค. 2568", "ผู้บัญชาการฐานทัพเรือมอบนโยบายประจำปีงบประมาณ 2569", "มอบนโยบายแก่หัวหน้าหน่วยขึ้นตรง", []),
    (93, "20 ส.ค. 2568", "ปลูกป่าชายเลนเฉลิมพระเกียรติ", "ปลูกป่าชายเลน 3,000 ต้น", []),
    (92, "3 ก.ค. 2568", "ซ่อมบำรุงท่าเทียบเรือแล้วเสร็จ", "ท่าเทียบเรือ 1 เปิดใช้งาน", []),
    (91, "10 ต.ค. 2567", "มอบนโยบายประจำปีงบประมาณ 2568", "ผู้บัญชาการมอบนโยบาย", []),
]

ITA = {  # group article id -> (group title, rows: (no, wording, links))
    51: ("๙.๑ ข้อมูลพื้นฐาน", [
        (1, "โครงสร้างหน่วยและอำนาจหน้าที่", [(art(2), "เปิด")]),
        (2, "ผู้บังคับบัญชา", [(art(3), "เปิด")]),
        (3, "การติดต่อ / ถาม-ตอบ", [(art(4), "ติดต่อ"), ("/index.php?option=com_kunena&view=category&catid=2", "ถาม-ตอบ")]),
        (4, "ข่าวประชาสัมพันธ์", [(cat(9), "ข่าวหน่วย")])]),
    52: ("๙.๒ การบริหารงานและการใช้จ่ายงบประมาณ", [
        (5, "แผนยุทธศาสตร์ ฐท.", [(art(23), "ดูเอกสาร")]),
        (6, "แผนปฏิบัติราชการ / แผนการใช้จ่ายงบประมาณ", [(dl(9), "แผนปฏิบัติราชการ"), (dl(10), "แผนใช้จ่ายงบ")]),
        (7, "รายงานผลการปฏิบัติราชการ", [(art(105), "ข่าวเผยแพร่")]),
        (8, "คู่มือปฏิบัติงาน", [(dl(13), "ดาวน์โหลด")]),
        (9, "คู่มือประชาชน", [(dl(14), "ดาวน์โหลด")]),
        (10, "E-Service", [(art(20), "ระบบขอบัตรผ่าน"), (dl(15), "สถิติ")])]),
    53: ("๙.๓ การจัดซื้อจัดจ้าง", [
        (11, "สขร.๑ รายเดือน", [(doc(4, "&year=2569"), "รายการ")]),
        (12, "รายงานผลการจัดซื้อจัดจ้างประจำปี", [(art(22), "ดูเอกสาร")])]),
    54: ("๙.๔ การบริหารและพัฒนาทรัพยากรบุคคล", [
        (13, "หลักเกณฑ์ / แผนพัฒนาบุคลากร", [(dl(41), "หลักเกณฑ์"), (dl(43), "แผนพัฒนาบุคลากร ปี 2569")]),
        (14, "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [(dl(44), "ดาวน์โหลด")]),
        (15, "ประมวลจริยธรรม / การขับเคลื่อน", [(dl(45), "ประมวลจริยธรรม"), (art(106), "กิจกรรม")])]),
    55: ("๙.๕ การส่งเสริมความโปร่งใส", [
        (16, "แนวปฏิบัติเรื่องร้องเรียน", [(dl(46), "ดาวน์โหลด")]),
        (17, "ช่องทางร้องเรียนการทุจริต", [(art(21), "แจ้งเรื่อง")]),
        (18, "สถิติเรื่องร้องเรียน", [(dl(47), "ดาวน์โหลด")]),
        (19, "การมีส่วนร่วม", [(art(107), "เปิด")])]),
    56: ("๑๐.๑ การป้องกันการทุจริต (สินบน)", [
        (20, "No Gift Policy / รายงานการรับของขวัญ", [(dl(48), "ประกาศ"), (dl(49), "รายงาน")]),
        (21, "การประเมินความเสี่ยงการทุจริต", [(dl(50), "ดาวน์โหลด")]),
        (22, "ผลการจัดการความเสี่ยงการทุจริต", [(dl(8), "ดาวน์โหลด")])]),
    57: ("๑๐.๒ การส่งเสริมคุณธรรมและความโปร่งใส", [
        (23, "แผนป้องกันการทุจริต", [(dl(52), "ดาวน์โหลด")]),
        (24, "รายงานผลการป้องกันการทุจริต", [(dl(54), "ดาวน์โหลด")]),
        (25, "การนำผล ITA ไปพัฒนา", [(dl(55), "ดาวน์โหลด")]),
        (26, "ผลตามมาตรการส่งเสริมคุณธรรม", [(dl(56), "ดาวน์โหลด")])]),
}

DOCMAN = {  # gid -> (title, rows of (doc id, date))
    1: ("แผนงาน", [(9, "3 ต.ค. 2568"), (10, "3 ต.ค. 2568"), (11, "4 ต.ค. 2567"), (6, "1 ก.ค. 2567"), (5, "20 ต.ค. 2565")]),
    2: ("รายงาน", [(56, "17 ต.ค. 2568"), (54, "20 ต.ค. 2568"), (12, "15 ม.ค. 2569")]),
    3: ("คู่มือ", [(13, "2 ก.พ. 2567"), (14, "2 ก.พ. 2567"), (46, "2 ก.พ. 2567")]),
    5: ("กำลังพล", [(41, "12 ม.ค. 2567"), (43, "9 มี.ค. 2569"), (42, "25 ต.ค. 2567"), (44, "10 ต.ค. 2568")]),
    6: ("คุณธรรมและความโปร่งใส", [(52, "21 ต.ค. 2568"), (53, "3 ต.ค. 2568"), (50, "14 พ.ย. 2568"),
                                (51, "20 พ.ย. 2568"), (49, "6 ต.ค. 2568"), (48, "2 ต.ค. 2566"), (55, "28 พ.ย. 2567"), (47, "4 เม.ย. 2568")]),
}


def assets() -> None:
    """The template's stylesheet and the few small images every page names."""
    from PIL import Image

    for name, size, colour in (("logo_nb.png", (60, 60), (10, 30, 90)), ("pdf.gif", (16, 16), (200, 0, 0)),
                               ("org_chart_nb.jpg", (120, 80), (230, 230, 240)), ("boss0.jpg", (40, 50), (90, 90, 90)),
                               ("boss1.jpg", (40, 50), (100, 100, 100)), ("boss2.jpg", (40, 50), (110, 110, 110))):
        os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
        Image.new("RGB", size, colour).save(os.path.join(HERE, "images", name))
    os.makedirs(os.path.join(HERE, "templates/navy/css"), exist_ok=True)
    with open(os.path.join(HERE, "templates/navy/css/template.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Tahoma;background:#e8eef7}#header{background:#0a1e5a;color:#fff}"
                "#side{float:left;width:200px}#content{margin-left:210px}#footer{clear:both;font-size:small}\n")


def main() -> None:
    for name in ("index.php.q", "old", "sitemap", "images", "templates"):
        shutil.rmtree(os.path.join(HERE, name), ignore_errors=True)
    assets()
    latest = "".join(f"<li>{a(art(n), t)} <small>{d}</small></li>" for n, d, t, _b, _x in NEWS[:5])
    put("/", "หน้าหลัก", f"<p>ยินดีต้อนรับสู่เว็บไซต์{ORG} กองทัพเรือ</p><h3>ข่าวล่าสุด</h3><ul>{latest}</ul>"
        f"<p>{a(cat(50), 'การประเมินคุณธรรมและความโปร่งใส (ITA) ๒๕๖๙')}</p>")
    put(art(2), "โครงสร้างและอำนาจหน้าที่",
        "<h3>โครงสร้างหน่วย</h3><ul><li>ผู้บัญชาการฐานทัพเรือ<ul><li>รองผู้บัญชาการฐานทัพเรือ</li><li>เสนาธิการฐานทัพเรือ"
        "<ul><li>กองกำลังพล</li><li>กองยุทธการและการข่าว</li><li>กองส่งกำลังบำรุง</li><li>กองกิจการพลเรือน</li>"
        "<li>กองโยธา</li><li>กองรักษาการณ์</li><li>หน่วยจัดหา</li></ul></li></ul></li></ul>"
        '<img src="/images/org_chart_nb.jpg" alt="แผนผังโครงสร้าง">'
        "<h3>อำนาจหน้าที่</h3><p>ตามคำสั่งกองทัพเรือว่าด้วยการจัดส่วนราชการ ฐานทัพเรือมีหน้าที่</p><ol>"
        "<li>สนับสนุนการปฏิบัติการของกำลังทางเรือ ทั้งการส่งกำลังบำรุง การซ่อมบำรุง และท่าเทียบเรือ</li>"
        "<li>ป้องกันและรักษาความปลอดภัยฐานทัพและพื้นที่รับผิดชอบ</li><li>ช่วยเหลือประชาชนผู้ประสบภัยและกิจการพลเรือน</li>"
        "<li>ปกครองบังคับบัญชากำลังพลและครอบครัวในฐานทัพ</li></ol>")
    put(art(3), "ผู้บังคับบัญชา", "".join(
        f'<div class="boss"><img src="/images/boss{i}.jpg" alt="{n}"><p>{n}<br>{p}<br>โทร {t}</p></div>'
        for i, (n, p, t) in enumerate([("พลเรือตรี ปรีชา ทองนาวา", "ผู้บัญชาการฐานทัพเรือ", "0 3899 4102"),
                                       ("นาวาเอก สุรพล คลื่นทอง", "รองผู้บัญชาการฐานทัพเรือ", "0 3899 4103"),
                                       ("นาวาเอก ธนกร ฟ้าคราม", "เสนาธิการฐานทัพเรือ", "0 3899 4104")])))
    put(art(4), "ติดต่อหน่วย", f"<p>{ORG} 99 หมู่ 4 ตำบลแหลมสิงขร อำเภอบางสะพานใต้ จังหวัดประจวบคีรีขันธ์ 77250</p>"
        "<p>โทรศัพท์ 0 3899 4100 โทรสาร 0 3899 4101 อีเมล saraban@lsbase.navy.example.th</p>"
        '<p><a href="https://maps.google.com/?q=11.1234,99.5678">แผนที่ Google Maps</a></p>'
        f"<p>สอบถามข้อมูล: {a('/index.php?option=com_kunena&view=category&catid=2', 'กระดานถาม-ตอบ')}</p>")
    put(art(5), "ประวัติหน่วย", "<p>ฐานทัพเรือแหลมสิงขรจัดตั้งขึ้นเพื่อสนับสนุนกำลังทางเรือในอ่าวไทยตอนกลาง</p>")
    put("/index.php?option=com_kunena&view=category&catid=2", "กระดานถาม-ตอบ",
        "<table><tr><th>กระทู้</th><th>ผู้ถาม</th><th>คำตอบ</th></tr>"
        "<tr><td>ขอบัตรผ่านเข้าพื้นที่ใช้เวลากี่วัน</td><td>ชาวบ้านอ่าวทอง 14 ม.ค. 2569</td><td>1 วันทำการ (แผนกกิจการพลเรือน 15 ม.ค. 2569)</td></tr>"
        "<tr><td>สนามกีฬาเปิดให้ประชาชนใช้หรือไม่</td><td>นักวิ่ง 2 มี.ค. 2569</td><td>เปิดวันเสาร์-อาทิตย์ 06.00-08.00 น.</td></tr></table>"
        '<form action="/index.php?option=com_kunena&amp;task=post" method="post"><input name="subject">'
        '<textarea name="message"></textarea><button>ตั้งคำถาม</button></form>')
    put(art(20), "E-Service ระบบขอบัตรผ่านเข้า-ออกพื้นที่ฐานทัพเรือ",
        '<form action="/eservice/request.php" method="post"><p>ชื่อ-สกุล <input name="name"></p>'
        '<p>เลขประจำตัวประชาชน <input name="cid"></p><p>ทะเบียนรถ <input name="car"></p>'
        '<p>วัตถุประสงค์ <select name="why"><option>ติดต่อราชการ</option><option>ขอใช้สถานที่</option></select></p>'
        f"<button>ยื่นคำขอ</button></form><p>{dla(15)}</p>")
    put(art(21), "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        '<form action="/complaint/send.php" method="post"><p>เรื่อง <input name="subject"></p>'
        '<p>รายละเอียด <textarea name="detail"></textarea></p><p>ไม่ประสงค์ออกนาม <input type="checkbox" name="anon"></p>'
        '<button>ส่งเรื่อง</button></form><p>หรือแจ้ง <a href="https://www.nacc.go.th">สำนักงาน ป.ป.ช.</a> '
        f"<a href=\"https://www.pacc.go.th\">สำนักงาน ป.ป.ท.</a></p><p>{dla(46, 'แนวปฏิบัติ')}</p>")
    for n, fid, title in ((22, 40, "รายงานผลการจัดซื้อจัดจ้างประจำปี"), (23, 5, "แผนยุทธศาสตร์ฐานทัพเรือแหลมสิงขร")):
        put(art(n), title, f'<iframe src="https://drive.google.com/file/d/1nB{fid}x7Qv/preview" width="640" height="480">'
            f"</iframe><p>{a(dl(fid), 'ดาวน์โหลดไฟล์ต้นฉบับ')}</p>")
    rows = "".join(f"<tr><td>{d}</td><td>{a(art(n), t)}</td></tr>" for n, d, t, _b, _x in NEWS[:9])
    put(cat(9), "ข่าวประชาสัมพันธ์", f"<table>{rows}</table><p>{a(cat(9, '&limitstart=9'), 'หน้าถัดไป')}</p>")
    rows = "".join(f"<tr><td>{d}</td><td>{a(art(n), t)}</td></tr>" for n, d, t, _b, _x in NEWS[9:])
    put(cat(9, "&limitstart=9"), "ข่าวประชาสัมพันธ์ (หน้า 2)", f"<table>{rows}</table><p>{a(cat(9), 'หน้าแรก')}</p>")
    for n, d, t, b, att in NEWS:
        files = "".join(f"<li>{dla(i)}</li>" for i in att)
        put(art(n), t, f"<p><small>เขียนโดย ประชาสัมพันธ์ ฐท. วันที่ {d}</small></p><p>{esc(b)}</p>"
            + (f"<h4>ไฟล์แนบ</h4><ul>{files}</ul>" if files else ""))
    groups = "".join(f"<li>{a(art(g), t)}</li>" for g, (t, _r) in ITA.items())
    put(cat(50), "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ ๒๕๖๙",
        f"<p>ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล และตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต</p><ul>{groups}</ul>"
        f"<p>{a(cat(40), 'ITA ปี ๒๕๖๘')}</p>")
    for g, (title, rws) in ITA.items():
        body = "".join(f"<tr><td>o{str(no).translate(TH)}</td><td>{esc(w.translate(TH))}</td><td>"
                       + " ".join(a(u, t.translate(TH)) for u, t in links) + "</td></tr>" for no, w, links in rws)
        put(art(g), title, f"<table><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{body}</table>"
            f"<p>{a(cat(50), 'กลับหน้า ITA ๒๕๖๙')}</p>")
    old = [(1, art(2)), (5, dl(5)), (6, dl(11)), (8, dl(13)), (14, dl(44)), (20, dl(48)), (21, dl(3)), (25, dl(55))]
    body = "".join(f"<tr><td>O{n}</td><td>{a(u, 'คลิก')}</td></tr>" for n, u in old)
    put(cat(40), "ITA ประจำปีงบประมาณ ๒๕๖๘", f"<table>{body}</table>")
    for gid, (title, rws) in DOCMAN.items():
        body = "".join(f"<tr><td>{dla(i)}</td><td>{DOCS[i][0]}</td><td>{d}</td></tr>" for i, d in rws)
        put(doc(gid), f"เอกสารเผยแพร่ - {title}", f"<table>{body}</table>"
            + " ".join(a(doc(x), DOCMAN[x][0]) for x in DOCMAN if x != gid))
    months = "".join(f"<tr><td>{m} {y}</td><td>{dla(i, 'สขร.1 ' + m + ' ' + str(y))}</td></tr>"
                     for i, (m, y) in ((i, DOCS[i][1].split()[1:3]) for i in (35, 34, 33, 32, 31)))
    put(doc(4, "&year=2569"), "จัดซื้อจัดจ้าง ปีงบประมาณ 2569",
        f"<p>เลือกปี: {a(doc(4, '&year=2569'), '2569')} {a(doc(4, '&year=2568'), '2568')}</p>"
        f"<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</h3><table>{months}</table>"
        f"<h3>ประกาศจัดซื้อจัดจ้าง</h3><p>{dla(7)}</p>")
    put(doc(4, "&year=2568"), "จัดซื้อจัดจ้าง ปีงบประมาณ 2568",
        f"<p>เลือกปี: {a(doc(4, '&year=2569'), '2569')} {a(doc(4, '&year=2568'), '2568')}</p>"
        f"<p>ข้อมูลปี 2568 อยู่ในเว็บไซต์เดิม {a('/old/', 'คลิก')}</p>")
    put("/old/", "เว็บไซต์เดิม (ก่อนย้ายระบบ ปี 2567)", f"<ul><li>{a('/old/ita2566/', 'ITA 2566')}</li>"
        f"<li>{dla(48, 'No Gift Policy')}</li></ul>")
    put("/old/ita2566/", "ITA 2566", f"<p>{dla(5, 'แผนยุทธศาสตร์ 2566-2568')}</p>")
    links = "".join(f"<li>{a(u, t)}</li>" for u, t in MENU + SIDE)
    put("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{links}</ul>")


if __name__ == "__main__":
    main()
