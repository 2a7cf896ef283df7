"""Generate the pages of the "riceseed" test site (ศูนย์เมล็ดพันธุ์ข้าวนาแก, invented).

Run after _make_docs.py:  python tests/sites/riceseed/_make_pages.py

A Joomla 1.5 site: articles and category lists are ``/index.php?option=com_content&...`` (static
copies under ``index.php.q/<query>/index.html``), attachments ``/download.php?id=N``, the risk
documents behind a DOCman year selector.  The ITA 2568 page is split into one article per group.
The previous site (before the 2567 move) is left online under /old/ with last year's ITA page.
"""

from __future__ import annotations

import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ORG = "ศูนย์เมล็ดพันธุ์ข้าวนาแก"


def qpath(query: str) -> str:
    return os.path.join(HERE, "index.php.q", query, "index.html")


def A(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def C(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&view=category&id={n}" + (f"&start={start}" if start else "")


def DL(n: int) -> str:
    return f"/download.php?id={n}"


def YEAR(y: int) -> str:
    return f"/index.php?option=com_docman&task=cat_view&gid=30&year={y}"


MENU = [("/", "หน้าแรก"), (A(2), "ประวัติศูนย์ฯ"), (A(3), "โครงสร้าง/อำนาจหน้าที่"), (A(4), "ผู้บริหาร"),
        (C(8), "ข่าวกิจกรรม"), (C(9), "จัดซื้อจัดจ้าง"), (C(10), "เอกสารเผยแพร่"), ("/ita/", "ITA"),
        (A(82), "ร้องเรียน/ร้องทุกข์"), ("/index.php?option=com_contact&view=contact&id=1", "ติดต่อเรา")]


def e(s: str) -> str:
    return html.escape(s, quote=True)


def page(title: str, body: str, old: bool = False) -> str:
    if old:
        return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{e(title)}</title></head>'
                f'<body bgcolor="#eef5e0"><table width="900" align="center"><tr><td colspan="2">'
                f'<h2>ศูนย์เมล็ดพันธุ์ข้าวนาแก (เว็บไซต์เดิม)</h2><a href="/old/">หน้าแรก</a> | '
                f'<a href="/old/ita2567/">ITA 2567</a> | <a href="/old/complaint/">สถิติเรื่องร้องเรียน</a> | '
                f'<a href="/old/news/">ข่าว</a></td></tr><tr><td width="200" valign="top">'
                f'<p>เว็บไซต์นี้ไม่มีการปรับปรุงแล้ว กรุณาไปที่ <a href="/">เว็บไซต์ใหม่</a></p></td>'
                f'<td valign="top"><h3>{e(title)}</h3>{body}</td></tr><tr><td colspan="2"><small>'
                f'Copyright 2562 ศูนย์เมล็ดพันธุ์ข้าวนาแก Powered by Joomla!</small></td></tr></table></body></html>\n')
    menu = "".join(f'<li><a href="{e(h)}">{t}</a></li>' for h, t in MENU)
    side = ('<div class="moduletable"><h3>ผู้อำนวยการศูนย์ฯ</h3><p>นายประเสริฐ ทองนาคำ</p></div>'
            '<div class="moduletable"><h3>ลิงก์ที่น่าสนใจ</h3><ul>'
            '<li><a href="/ita/">การประเมินคุณธรรมและความโปร่งใส (ITA)</a></li>'
            f'<li><a href="{e(A(75))}">จองเมล็ดพันธุ์ออนไลน์</a></li>'
            f'<li><a href="{e(A(82))}">แจ้งเรื่องร้องเรียนการทุจริต</a></li>'
            '<li><a href="https://www.ricethailand.go.th/">กรมการข้าว</a></li>'
            '<li><a href="/old/">เว็บไซต์เดิม</a></li></ul></div>'
            '<div class="moduletable"><h3>สถิติผู้เข้าชม</h3><p>วันนี้ 37 | ทั้งหมด 184,220</p></div>')
    return (f'<!DOCTYPE html>\n<html lang="th-th"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            f'<title>{e(title)} - {ORG}</title><link rel="stylesheet" href="/templates/rhuk_milkyway/css/template.css"></head>'
            f'<body><div id="header"><h1>{ORG}</h1><p>กองเมล็ดพันธุ์ข้าว กรมการข้าว กระทรวงเกษตรและสหกรณ์</p></div>'
            f'<ul id="mainlevel">{menu}</ul><div id="wrapper"><div id="leftcolumn">{side}</div>'
            f'<div id="maincolumn"><h2 class="contentheading">{e(title)}</h2>{body}</div></div>'
            f'<div id="footer">{ORG} 199 หมู่ 7 ตำบลนาแก อำเภอนาแก จังหวัดนครพนม 48130 โทร 0 4251 7720 '
            'อีเมล naka-rsc@example.go.th<br>Powered by Joomla! 1.5</div></body></html>\n')


def write(url_or_path: str, title: str, body: str, old: bool = False) -> None:
    if url_or_path.startswith("/index.php?"):
        f = qpath(url_or_path.split("?", 1)[1])
    else:
        f = os.path.join(HERE, url_or_path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(f), exist_ok=True)
    with open(f, "w", encoding="utf-8") as fh:
        fh.write(page(title, body, old))


def link(h: str, t: str) -> str:
    return f'<a href="{e(h)}">{t}</a>'


def attach(items: list[tuple[int, str, str]]) -> str:
    rows = "".join(f'<tr><td><img src="/images/M_images/pdf_button.png" alt=""> {link(DL(n), t)}</td>'
                   f'<td>{size}</td></tr>' for n, t, size in items)
    return f'<p><b>ไฟล์แนบ</b></p><table class="attachments">{rows}</table>'


NEWS = [  # id, date, title, body
    (55, "3 เม.ย. 2568", "ตรวจแปลงขยายพันธุ์ข้าวนาปรัง ระยะโน้มรวง", "เจ้าหน้าที่ฝ่ายผลิตตรวจแปลงเกษตรกร 42 แปลง ในอำเภอนาแกและอำเภอปลาปาก"),
    (54, "20 มี.ค. 2568", "จำหน่ายเมล็ดพันธุ์ข้าว กข6 ฤดูนาปี 2568", "เปิดจำหน่ายเมล็ดพันธุ์ข้าว กข6 ราคากิโลกรัมละ 27 บาท ตั้งแต่ 1 เมษายน 2568"),
    (53, "6 มี.ค. 2568", "ต้อนรับคณะศึกษาดูงานจากวิสาหกิจชุมชน", "ต้อนรับคณะศึกษาดูงานการผลิตเมล็ดพันธุ์ข้าวชุมชน 35 คน"),
    (52, "18 ก.พ. 2568", "ตรวจรับเครื่องคัดแยกเมล็ดพันธุ์", "คณะกรรมการตรวจรับพัสดุตรวจรับเครื่องคัดแยกเมล็ดพันธุ์ตามสัญญา"),
    (50, "5 ก.พ. 2568", "กิจกรรมส่งเสริมคุณธรรมจริยธรรม ประจำปี 2568",
     "ผู้อำนวยการนำบุคลากร 41 คน ร่วมกิจกรรมส่งเสริมจริยธรรมตามประมวลจริยธรรมข้าราชการกรมการข้าว และทำบุญตักบาตร"),
    (49, "15 ม.ค. 2568", "วันเด็กแห่งชาติ 2568", "ร่วมจัดกิจกรรมวันเด็กกับเทศบาลตำบลนาแก"),
    (48, "23 ธ.ค. 2567", "รับซื้อเมล็ดพันธุ์ข้าวจากเกษตรกรเครือข่าย", "เริ่มรับซื้อเมล็ดพันธุ์ข้าวนาปีจากเกษตรกร 320 ราย"),
    (46, "12 ธ.ค. 2567", "เวทีรับฟังความคิดเห็นเกษตรกรผู้ผลิตเมล็ดพันธุ์ข้าว ปี 2568",
     "จัดเวทีรับฟังความคิดเห็นเกษตรกรผู้ผลิตเมล็ดพันธุ์ 86 ราย ต่อราคารับซื้อและแผนการผลิตปี 2568 "
     "ผลการรับฟัง: เกษตรกรเสนอให้เพิ่มจุดรับซื้อที่อำเภอปลาปาก ศูนย์ฯ นำไปปรับแผนการรับซื้อแล้ว"),
    (45, "28 พ.ย. 2567", "อบรมเกษตรกรผู้ผลิตเมล็ดพันธุ์รายใหม่", "อบรมเกษตรกรรายใหม่ 40 ราย"),
    (44, "1 พ.ย. 2567", "ประชุมประจำเดือนบุคลากร", "ประชุมบุคลากรประจำเดือนพฤศจิกายน 2567"),
    # page 2 (older)
    (43, "8 ต.ค. 2567", "ถวายเทียนพรรษา", "ร่วมกิจกรรมทางศาสนา"),
    (42, "20 ก.ย. 2567", "สรุปผลการผลิตเมล็ดพันธุ์ปี 2567", "ผลิตได้ 1,418 ตัน"),
    (41, "5 ส.ค. 2567", "วันแม่แห่งชาติ", "ร่วมกิจกรรมวันแม่"),
]


def assets() -> None:
    """The template's stylesheet, the attachment icon and the two portraits (tiny placeholders)."""
    from PIL import Image

    css = os.path.join(HERE, "templates", "rhuk_milkyway", "css", "template.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;background:#f4f8ec}#header{background:#3b7a1e;color:#fff}"
                 "#mainlevel li{display:inline;margin:0 6px}#leftcolumn{float:left;width:200px}"
                 "#maincolumn{margin-left:210px}#footer{clear:both;font-size:small}\n")
    for rel, size, colour in (("images/M_images/pdf_button.png", (16, 16), (200, 30, 30)),
                              ("images/stories/director.jpg", (60, 80), (150, 150, 150)),
                              ("images/stories/head1.jpg", (60, 80), (170, 170, 170))):
        f = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(f), exist_ok=True)
        Image.new("RGB", size, colour).save(f)


def main() -> None:
    assets()
    # home
    teasers = "".join(f"<li>{d} {link(A(i), t)}</li>" for i, d, t, _ in NEWS[:6])
    write("/", "หน้าแรก", f"<h3>ข่าวกิจกรรมล่าสุด</h3><ul>{teasers}</ul><p>{link(C(8), 'ข่าวทั้งหมด')}</p>"
          f'<p>{link("/ita/", "ITA 2568 การเปิดเผยข้อมูลสาธารณะ")}</p>')
    write(A(2), "ประวัติศูนย์เมล็ดพันธุ์ข้าวนาแก",
          "<p>จัดตั้งเมื่อ พ.ศ. 2535 ในสังกัดกองเมล็ดพันธุ์ข้าว กรมการข้าว พื้นที่ 480 ไร่</p>")
    write(A(3), "โครงสร้างและอำนาจหน้าที่",
          "<h3>โครงสร้างองค์กร</h3><ul><li>ผู้อำนวยการศูนย์เมล็ดพันธุ์ข้าวนาแก<ul><li>ฝ่ายบริหารทั่วไป</li>"
          "<li>กลุ่มผลิตเมล็ดพันธุ์</li><li>กลุ่มส่งเสริมและพัฒนาเครือข่าย</li><li>กลุ่มปรับปรุงสภาพและตรวจสอบคุณภาพ</li>"
          "</ul></li></ul><h3>อำนาจหน้าที่</h3><ol><li>ผลิตเมล็ดพันธุ์ข้าวชั้นพันธุ์หลักและพันธุ์ขยาย</li>"
          "<li>ส่งเสริมและพัฒนาเครือข่ายเกษตรกรผู้ผลิตเมล็ดพันธุ์ข้าว</li><li>ปรับปรุงสภาพ เก็บรักษา และจำหน่ายเมล็ดพันธุ์</li>"
          "<li>ตรวจสอบคุณภาพเมล็ดพันธุ์ตามมาตรฐาน</li><li>ปฏิบัติงานร่วมหรือสนับสนุนหน่วยงานอื่นที่ได้รับมอบหมาย</li></ol>"
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมการข้าว</p>")
    write(A(4), "ผู้บริหาร",
          '<table><tr><td><img src="/images/stories/director.jpg" alt="ผู้อำนวยการ"></td><td>นายประเสริฐ ทองนาคำ<br>'
          'ผู้อำนวยการศูนย์เมล็ดพันธุ์ข้าวนาแก<br>โทร 0 4251 7720 ต่อ 101</td></tr>'
          '<tr><td><img src="/images/stories/head1.jpg" alt=""></td><td>นางสาวกมลทิพย์ ศรีนาแก<br>'
          'หัวหน้าฝ่ายบริหารทั่วไป<br>โทร 0 4251 7720 ต่อ 102</td></tr></table>')
    write("/index.php?option=com_contact&view=contact&id=1", "ติดต่อเรา",
          f"<p>{ORG}<br>199 หมู่ 7 ตำบลนาแก อำเภอนาแก จังหวัดนครพนม 48130<br>โทรศัพท์ 0 4251 7720 โทรสาร 0 4251 7721<br>"
          'อีเมล naka-rsc@example.go.th</p><p><a href="https://maps.google.com/?q=17.4321,104.3210">แผนที่</a></p>'
          "<p>เวลาทำการ จันทร์-ศุกร์ 08.30-16.30 น.</p>")
    # news
    for i, d, t, b in NEWS:
        write(A(i), t, f'<p class="createdate">{d}</p><p>{b}</p>')
    lst = "".join(f"<li>{d} {link(A(i), t)}</li>" for i, d, t, _ in NEWS[:10])
    write(C(8), "ข่าวกิจกรรม", f"<ul>{lst}</ul><p>หน้า 1 {link(C(8, 10), '2')}</p>")
    lst2 = "".join(f"<li>{d} {link(A(i), t)}</li>" for i, d, t, _ in NEWS[10:])
    write(C(8, 10), "ข่าวกิจกรรม", f"<ul>{lst2}</ul><p>{link(C(8), '1')} หน้า 2</p>")
    # procurement: one post a month (มกราคม 2568 was never posted)
    months = [(64, 31, "มีนาคม 2568", "3 เม.ย. 2568"), (63, 30, "กุมภาพันธ์ 2568", "5 มี.ค. 2568"),
              (62, 29, "ธันวาคม 2567", "8 ม.ค. 2568"), (61, 28, "พฤศจิกายน 2567", "4 ธ.ค. 2567"),
              (60, 27, "ตุลาคม 2567", "6 พ.ย. 2567")]
    for aid, dl, m, posted in months:
        write(A(aid), f"สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{m}",
              f'<p class="createdate">{posted}</p><p>เผยแพร่แบบ สขร.1</p>' + attach([(dl, f"สขร1_{m}.pdf", "96 KB")]))
    plist = "".join(f"<li>{link(A(a), f'สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{m}')} ({p})</li>" for a, _, m, p in months)
    write(C(9), "จัดซื้อจัดจ้าง", f"<ul>{plist}<li>{link(A(65), 'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568')}</li>"
          f"<li>{link(A(66), 'ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์เอกสารแผนปฏิบัติการ')}</li>"
          f"<li>{link(A(77), 'รายงานผลการจัดซื้อจัดจ้างประจำปี')}</li></ul>")
    write(A(65), "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568", '<p class="createdate">15 ต.ค. 2567</p>'
          + attach([(26, "แผนจัดซื้อ68.pdf", "88 KB")]))
    write(A(66), "ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์เอกสารแผนปฏิบัติการ", '<p class="createdate">4 พ.ย. 2567</p>'
          + attach([(23, "ประกาศผู้ชนะ.pdf", "61 KB")]))
    # documents
    docs = [
        (70, "แผนปฏิบัติการประจำปี", [(3, "แผนปฏิบัติการ ปี 2568", "142 KB"), (4, "แผนการใช้จ่ายงบประมาณ 2568", "9 KB"),
                                      (6, "แผนปฏิบัติการ ปี 2567", "120 KB")]),
        (71, "รายงานผลการดำเนินงาน", [(5, "รายงานรอบ 6 เดือน", "110 KB"), (10, "รายงานผลการดำเนินงานประจำปี", "2.1 MB"),
                                     (11, "รายงานผลการใช้จ่ายงบประมาณ", "8 KB")]),
        (72, "แผนยุทธศาสตร์ศูนย์ฯ", [(7, "แผนยุทธศาสตร์ศูนย์ฯ", "156 KB"), (9, "รายงานการประเมินผลแผนยุทธศาสตร์", "37 KB")]),
        (73, "คู่มือการปฏิบัติงาน", [(12, "คู่มือการผลิตเมล็ดพันธุ์ข้าว", "38 KB")]),
        (76, "สถิติการให้บริการ", [(13, "สถิติการให้บริการ", "12 KB")]),
        (77, "รายงานผลการจัดซื้อจัดจ้างประจำปี", [(14, "รายงานผลการจัดซื้อจัดจ้างประจำปี", "101 KB")]),
        (79, "รายงานผลการพัฒนาบุคลากร", [(16, "รายงานผลการพัฒนาบุคลากร", "24 KB")]),
        (81, "คู่มือการจัดการเรื่องร้องเรียนการทุจริต", [(18, "คู่มือร้องเรียน", "77 KB")]),
        (83, "ประกาศนโยบาย No Gift Policy", [(19, "ประกาศ No Gift Policy", "69 KB")]),
        (85, "รายงานผลการจัดการความเสี่ยงการทุจริต", [(21, "รายงานผลการจัดการความเสี่ยง", "36 KB")]),
        (87, "รายงานผลการดำเนินการป้องกันการทุจริต", [(22, "รายงานผลการป้องกันการทุจริต", "90 KB")]),
    ]
    posted = {70: "28 ต.ค. 2567", 71: "18 ต.ค. 2567", 72: "2 ธ.ค. 2562", 73: "1 มี.ค. 2566", 76: "3 เม.ย. 2568",
              77: "22 ต.ค. 2567", 79: "10 ธ.ค. 2567", 81: "15 ม.ค. 2567", 83: "20 พ.ย. 2567", 85: "30 ต.ค. 2567",
              87: "25 ต.ค. 2567"}
    for aid, t, items in docs:
        write(A(aid), t, f'<p class="createdate">ปรับปรุงล่าสุด {posted[aid]}</p>' + attach(items))
    write(A(74), "คู่มือสำหรับประชาชน: การซื้อเมล็ดพันธุ์ข้าว",
          "<p>งานที่ให้บริการ: จำหน่ายเมล็ดพันธุ์ข้าวชั้นพันธุ์ขยาย</p><p>สถานที่/ช่องทาง: ฝ่ายบริหารทั่วไป ศูนย์ฯ "
          f"หรือจองออนไลน์ ({link(A(75), 'จองเมล็ดพันธุ์ออนไลน์')})</p><ol><li>ยื่นคำขอซื้อ (10 นาที)</li>"
          "<li>ชำระเงินตามราคาประกาศ (10 นาที)</li><li>รับเมล็ดพันธุ์ที่โรงเก็บ (30 นาที)</li></ol>"
          "<p>ระยะเวลารวม 50 นาที ค่าธรรมเนียม: ไม่มี (ชำระเฉพาะราคาเมล็ดพันธุ์)</p>"
          "<p>เอกสาร: สำเนาบัตรประจำตัวประชาชน 1 ฉบับ</p>")
    write(A(75), "จองเมล็ดพันธุ์ข้าวออนไลน์ (E-Service)",
          '<form action="/eservice/submit.php" method="post"><p>ชื่อ-สกุล <input name="name"></p>'
          '<p>โทรศัพท์ <input name="tel"></p><p>พันธุ์ข้าว <select name="variety"><option>กข6</option>'
          '<option>กข15</option><option>ขาวดอกมะลิ 105</option></select></p><p>จำนวน (กก.) <input name="kg"></p>'
          '<p><input type="submit" value="ส่งคำขอ"></p></form><p>เจ้าหน้าที่จะโทรยืนยันภายใน 1 วันทำการ</p>')
    write(A(78), "แผนพัฒนาบุคลากร",
          '<p class="createdate">ปรับปรุงล่าสุด 14 พ.ย. 2567</p>'
          '<iframe src="https://drive.google.com/file/d/1xRsc7HrdPlanNaka/preview" width="640" height="480"></iframe>'
          f'<p>{link(DL(15), "ดาวน์โหลดไฟล์ (PDF)")}</p>')
    write(A(80), "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม",
          attach([(17, "ประมวลจริยธรรมข้าราชการกรมการข้าว", "84 KB")])
          + f"<p>กิจกรรมขับเคลื่อนจริยธรรม: {link(A(50), 'กิจกรรมส่งเสริมคุณธรรมจริยธรรม ประจำปี 2568')}</p>")
    write(A(82), "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          '<form action="/complaint/send.php" method="post"><p>เรื่อง <input name="subject"></p>'
          '<p>รายละเอียด <textarea name="detail"></textarea></p><p>ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="n"></p>'
          '<p><input type="submit" value="ส่งเรื่อง"></p></form><p>หรือ โทร 0 4251 7720 / อีเมล naka-rsc@example.go.th '
          f'/ ตู้รับเรื่องร้องเรียนหน้าศูนย์ฯ</p><p>{link(A(81), "คู่มือการจัดการเรื่องร้องเรียน")}</p>')
    write(A(86), "แผนปฏิบัติการป้องกันการทุจริต",
          '<p class="createdate">ปรับปรุงล่าสุด 2 ธ.ค. 2567</p>'
          + attach([(8, "แผนปฏิบัติการป้องกันการทุจริต ปี 2568 (ฉบับอนุมัติ)", "104 KB"),
                    (25, "(ร่าง) แผนปฏิบัติการป้องกันการทุจริต ปี 2568 รับฟังความคิดเห็น", "31 KB")]))
    write(A(88), "แบ่งปันข้อมูลจากหน่วยงานเครือข่าย",
          '<p class="createdate">6 พ.ย. 2567</p><p>ศูนย์วิจัยข้าวท่าอุเทนเผยแพร่แผนปฏิบัติการป้องกันการทุจริต</p>'
          + attach([(33, "แผนป้องกันการทุจริต ศวข.ท่าอุเทน", "72 KB")]))
    # risk documents behind the DOCman year selector
    sel = " | ".join(link(YEAR(y), f"ปี {y}") for y in (2568, 2567, 2566))
    risk = {2568: [(24, "หนังสือเชิญประชุมคณะทำงานประเมินความเสี่ยงการทุจริต")],
            2567: [(20, "การประเมินความเสี่ยงการทุจริต")],
            2566: []}
    for y, items in risk.items():
        body = f"<p>เลือกปีงบประมาณ: {sel}</p>" + (attach([(n, t, "40 KB") for n, t in items]) if items
                                                     else "<p>ไม่พบเอกสาร</p>")
        write(YEAR(y), f"เอกสารการประเมินความเสี่ยงการทุจริต ปีงบประมาณ {y}", body)
    write(A(84), "การประเมินความเสี่ยงการทุจริต", f"<p>เอกสารจัดเก็บตามปีงบประมาณ: {sel}</p>")
    cat = [A(a) for a, *_ in docs] + [A(74), A(75), A(78), A(80), A(84), A(86), A(88)]
    titles = [t for _, t, _ in docs] + ["คู่มือสำหรับประชาชน", "E-Service", "แผนพัฒนาบุคลากร",
                                         "ประมวลจริยธรรม", "การประเมินความเสี่ยงการทุจริต", "แผนปฏิบัติการป้องกันการทุจริต",
                                         "ข้อมูลจากหน่วยงานเครือข่าย"]
    write(C(10), "เอกสารเผยแพร่", "<ul>" + "".join(f"<li>{link(h, t)}</li>" for h, t in zip(cat, titles, strict=True)) + "</ul>")
    # ITA 2568: one article per group
    groups = {
        101: ("ข้อมูลพื้นฐาน", [("o1", "โครงสร้าง", A(3)), ("o2", "ผู้บริหาร", A(4)),
                                 ("o3", "ติดต่อ", "/index.php?option=com_contact&view=contact&id=1"), ("o4", "ข่าว", C(8))]),
        102: ("การบริหารงานและงบประมาณ", [("o5", "แผนยุทธศาสตร์", DL(7)), ("o6", "แผนปฏิบัติการ/งบประมาณ", A(70)),
                                          ("o7", "ผลการดำเนินงาน", A(71)), ("o8", "คู่มือปฏิบัติงาน", DL(12)),
                                          ("o9", "คู่มือประชาชน", A(74)), ("o10", "E-Service", A(75)),
                                          ("o11", "สถิติบริการ", DL(13))]),
        103: ("จัดซื้อจัดจ้าง", [("o12", "สขร.1 รายเดือน", C(9)), ("o13", "รายงานประจำปี", DL(14))]),
        104: ("บริหารทรัพยากรบุคคล", [("o14", "แผน HRD", A(78)), ("o15", "รายงาน HRD", A(79)),
                                      ("o16", "จริยธรรม", A(80))]),
        105: ("ส่งเสริมความโปร่งใส / ป้องกันการทุจริต", [
            ("o17", "คู่มือร้องเรียน", DL(18)), ("o18", "ช่องทางร้องเรียน", A(82)),
            ("o19", "สถิติร้องเรียน", "/old/complaint/"), ("o20", "การมีส่วนร่วม", A(46)),
            ("o21", "No Gift", A(83)), ("o22", "รายงานการรับของขวัญ", ""),
            ("o23", "ประเมินความเสี่ยง", A(84)), ("o24", "ผลจัดการความเสี่ยง", DL(21)),
            ("o25", "แผนป้องกันทุจริต", DL(8)), ("o26", "ผลป้องกันทุจริต", DL(22))]),
    }
    digits = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
    for gid, (gname, rows) in groups.items():
        tr = "".join(f"<tr><td>{c.upper().translate(digits) if gid == 105 else c}</td>"
                     f"<td>{link(h, t) if h else t + ' -'}</td></tr>" for c, t, h in rows)
        write(A(gid), f"ITA 2568 : {gname}", f"<table border=\"1\">{tr}</table><p>{link('/ita/', 'กลับ')}</p>")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส ITA 2568",
          "<p>ปีงบประมาณ: <b>2568</b> | " + link("/old/ita2567/", "2567 (เว็บไซต์เดิม)") + "</p><ol>"
          + "".join(f"<li>{link(A(g), n)}</li>" for g, (n, _) in groups.items()) + "</ol>")
    # the old site (before the move)
    write("/old/", "หน้าแรก", f"<p>ข่าวล่าสุด: {link('/old/news/', 'ข่าวกิจกรรม')}</p>", old=True)
    write("/old/news/", "ข่าวกิจกรรม", "<ul><li>15 ส.ค. 2566 ตรวจแปลงนาปี</li><li>2 มิ.ย. 2566 ประชุมเกษตรกร</li></ul>", old=True)
    write("/old/complaint/", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ 2567",
          "<table border=\"1\"><tr><th>ไตรมาส</th><th>เรื่องร้องเรียน</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>"
          "<tr><td>1 (ต.ค.-ธ.ค. 2566)</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>2 (ม.ค.-มี.ค. 2567)</td><td>1</td><td>1</td><td>0</td></tr>"
          "<tr><td>3 (เม.ย.-มิ.ย. 2567)</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>4 (ก.ค.-ก.ย. 2567)</td><td>0</td><td>0</td><td>0</td></tr></table><p>ข้อมูล ณ 30 ก.ย. 2567</p>", old=True)
    old_rows = [("O6 แผนปฏิบัติการ 2567", DL(6)), ("O6 รายงานรอบ 6 เดือน", DL(5)), ("O14 แผนพัฒนาบุคลากร", DL(15)),
                ("O19 สถิติร้องเรียน", "/old/complaint/"), ("O21 No Gift Policy", DL(19)),
                ("O22 รายงานการรับของขวัญ 2566", "/old/images/stories/ita/o22_2567.pdf"), ("O23 ประเมินความเสี่ยง", DL(20))]
    write("/old/ita2567/", "ITA 2567", "<table border=\"1\">" + "".join(f"<tr><td>{link(h, t)}</td></tr>" for t, h in old_rows)
          + "</table>", old=True)


if __name__ == "__main__":
    main()
