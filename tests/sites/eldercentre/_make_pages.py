"""Generate the pages of the "eldercentre" test site (run after _make_docs.py).

A Joomla site: articles are /index.php?option=com_content&view=article&id=<n>, stored as
index.php.q/<query>/index.html (see crawler/serve.py); attachments are /download.php?id=<n>.
The ITA 2568 page (/ita2568/) is split into five group articles.  The old site (/web2562/) stayed
online after the move and still holds the ITA 2567 page.  Deterministic.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
ORG = "ศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุบ้านเขาพนมทอง"
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def art(n: int) -> str:
    return f"/index.php?option=com_content&amp;view=article&amp;id={n}"


def dl(n: int) -> str:
    return f"/download.php?id={n}"


MENU = [("/", "หน้าแรก"), (art(2), "โครงสร้างและอำนาจหน้าที่"), (art(4), "ผู้บริหาร"),
        ("/index.php?option=com_content&amp;view=category&amp;id=8", "ข่าวกิจกรรม"),
        ("/index.php?option=com_docman&amp;view=list&amp;cat=2&amp;year=2568", "เอกสารเผยแพร่"),
        (art(30), "บริการ"), ("/ita2568/", "ITA 2568"), (art(5), "ติดต่อเรา")]


def write(path: str, title: str, body: str) -> None:
    """path: a site path, maybe with a query (written to <path>.q/<query>/index.html)."""
    path = path.replace("&amp;", "&")
    if "?" in path:
        base, query = path.split("?", 1)
        folder = os.path.join(HERE, base.lstrip("/") + ".q", query)
    else:
        folder = os.path.join(HERE, path.strip("/"))
    os.makedirs(folder, exist_ok=True)
    menu = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in MENU)
    html = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} - {ORG}</title>
<link rel="stylesheet" href="/templates/dop/css/template.css"></head>
<body><div id="header"><h1>{ORG}</h1><p>กรมกิจการผู้สูงอายุ กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์</p></div>
<ul id="mainmenu">{menu}</ul>
<div id="main"><div id="content"><h2>{title}</h2>
{body}
</div>
<div id="side"><h3>ลิงก์น่าสนใจ</h3><ul>
<li><a href="/ita2568/">การประเมิน ITA 2568</a></li>
<li><a href="/web2562/">เว็บไซต์เดิม</a></li>
<li><a href="{art(40)}">แจ้งเรื่องร้องเรียนการทุจริต</a></li>
<li><a href="https://www.dop.go.th/">กรมกิจการผู้สูงอายุ</a></li></ul>
<p>สายด่วน ๑๓๐๐</p></div></div>
<div id="footer">{ORG} เลขที่ 88 หมู่ 4 ตำบลเขาพนมทอง อำเภอหนองฉาง จังหวัดอุทัยธานี 61110
โทร. 0 5690 4417 อีเมล khaophanom.dop@example.go.th</div></body></html>
"""
    with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as f:
        f.write(html)


def table(rows: list[tuple[str, str]]) -> str:
    return "<table border=\"1\"><tr><th>รายการ</th><th>เอกสาร</th></tr>" + "".join(
        f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"


def link(u: str, t: str = "ดาวน์โหลด") -> str:
    return f'<a href="{u}">{t}</a>'


NEWS = [  # id, date (Thai digits on the page), title, body
    (101, "15 เมษายน 2568", "กิจกรรมรดน้ำขอพรผู้สูงอายุ เนื่องในวันผู้สูงอายุแห่งชาติ 2568", "ผู้สูงอายุในศูนย์ 67 คน ร่วมกิจกรรม"),
    (102, "27 มีนาคม 2568", "ศูนย์ฯ จัดอบรมอาสาสมัครธนาคารเวลา ตำบลเขาพนมทอง", "อาสาสมัคร 35 คน"),
    (103, "20 กุมภาพันธ์ 2568", "เวทีรับฟังความคิดเห็นภาคีเครือข่ายต่อการจัดสวัสดิการผู้สูงอายุ ปี 2568",
     "ศูนย์ฯ เปิดโอกาสให้ผู้นำชุมชน อสม. ญาติผู้สูงอายุ และผู้แทน อปท. 42 คน ร่วมแสดงความคิดเห็นต่อแผนการจัดสวัสดิการ "
     "เมื่อวันที่ 20 กุมภาพันธ์ 2568 ณ ห้องประชุมศูนย์ฯ ข้อเสนอ 3 ข้อ ได้แก่ ขยายบริการเยี่ยมบ้าน การรับส่งผู้สูงอายุ และจุดบริการชุมชน"),
    (104, "14 กุมภาพันธ์ 2568", "อบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2568",
     "ข้าราชการและเจ้าหน้าที่ 31 คน ร่วมกิจกรรมขับเคลื่อนจริยธรรมตามประมวลจริยธรรมข้าราชการพลเรือน"),
    (105, "10 มกราคม 2568", "มอบเครื่องนุ่งห่มกันหนาวแก่ผู้สูงอายุในชุมชน", "มอบผ้าห่ม 200 ผืน"),
    (106, "5 ธันวาคม 2567", "กิจกรรมวันพ่อแห่งชาติ", "ผู้สูงอายุและเจ้าหน้าที่ร่วมกิจกรรม"),
    (107, "18 พฤศจิกายน 2567", "ลงพื้นที่ปรับสภาพแวดล้อมที่อยู่อาศัยผู้สูงอายุ อำเภอหนองฉาง", "ปรับปรุงบ้าน 4 หลัง"),
    (108, "21 ตุลาคม 2567", "ศูนย์ฯ ร่วมพิธีวันปิยมหาราช", "ผู้อำนวยการนำเจ้าหน้าที่ร่วมพิธี"),
    (109, "8 ตุลาคม 2567", "ประกาศเจตนารมณ์ต่อต้านการทุจริต ประจำปี 2568", "ผู้อำนวยการนำข้าราชการกล่าวคำปฏิญาณ"),
    (110, "26 สิงหาคม 2567", "ผู้อำนวยการศูนย์ฯ เข้ารับตำแหน่ง", "นางวรรณพร ศรีสุขเจริญ"),
    (111, "12 กรกฎาคม 2567", "กิจกรรมวันอาสาฬหบูชา", "ทำบุญตักบาตร"),
    (112, "3 มิถุนายน 2567", "ตรวจสุขภาพประจำปีผู้สูงอายุ", "ร่วมกับโรงพยาบาลหนองฉาง"),
]


def assets() -> None:
    os.makedirs(os.path.join(HERE, "templates", "dop", "css"), exist_ok=True)
    with open(os.path.join(HERE, "templates", "dop", "css", "template.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Sarabun,sans-serif}#side{float:right;width:25%}#content{float:left;width:70%}\n")
    from PIL import Image

    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    for name, shade in (("director.jpg", 150), ("deputy.jpg", 170)):
        Image.new("L", (60, 80), shade).save(os.path.join(HERE, "images", name), format="JPEG")


def main() -> None:
    assets()
    write("/", "หน้าแรก", "<p>ยินดีต้อนรับสู่เว็บไซต์" + ORG + "</p><ul>" + "".join(
        f'<li><a href="{art(n)}">{t}</a> ({d.translate(TH)})</li>' for n, d, t, _ in NEWS[:5]) + "</ul>")
    write(art(2), "โครงสร้างและอำนาจหน้าที่",
          "<h3>โครงสร้างองค์กร</h3><ul><li>ผู้อำนวยการศูนย์<ul><li>ฝ่ายบริหารทั่วไป</li><li>กลุ่มงานสังคมสงเคราะห์</li>"
          "<li>กลุ่มงานพัฒนาเครือข่ายและส่งเสริมการจัดสวัสดิการ</li><li>กลุ่มงานสุขภาพและกายภาพบำบัด</li></ul></li></ul>"
          f'<p>{link(art(3), "อำนาจหน้าที่ของศูนย์ฯ")}</p>')
    write(art(3), "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมกิจการผู้สูงอายุ และประกาศกรมฯ ศูนย์ฯ มีอำนาจหน้าที่ดังนี้</p><ol>"
          "<li>จัดสวัสดิการสังคมแก่ผู้สูงอายุที่ประสบปัญหาในสถาบัน</li><li>ศึกษา วิเคราะห์ และพัฒนารูปแบบการจัดสวัสดิการ</li>"
          "<li>ส่งเสริมและสนับสนุนเครือข่ายในการจัดบริการผู้สูงอายุในชุมชน</li><li>ปฏิบัติงานอื่นที่ได้รับมอบหมาย</li></ol>")
    write(art(4), "ผู้บริหาร", '<img src="/images/director.jpg" alt="ผู้อำนวยการ"><p>นางวรรณพร ศรีสุขเจริญ ผู้อำนวยการ'
          + ORG + ' โทร. 0 5690 4417 ต่อ 101</p><img src="/images/deputy.jpg" alt="หัวหน้าฝ่าย">'
          "<p>นายธนพล แก้วประเสริฐ หัวหน้าฝ่ายบริหารทั่วไป โทร. 0 5690 4417 ต่อ 102</p>")
    write(art(5), "ติดต่อเรา", "<p>เลขที่ 88 หมู่ 4 ตำบลเขาพนมทอง อำเภอหนองฉาง จังหวัดอุทัยธานี 61110</p>"
          "<p>โทรศัพท์ 0 5690 4417 โทรสาร 0 5690 4418 อีเมล khaophanom.dop@example.go.th</p>"
          '<p><a href="https://maps.google.com/?q=15.39,99.83">แผนที่ Google Maps</a></p>')
    # news: category list in two pages, Thai digits only
    cat = "/index.php?option=com_content&amp;view=category&amp;id=8"
    for page, items in ((0, NEWS[:9]), (9, NEWS[9:])):
        lst = "<ul>" + "".join(f'<li><a href="{art(n)}">{t}</a> <span>{d.translate(TH)}</span></li>'
                               for n, d, t, _ in items) + "</ul>"
        nav = link(cat + "&amp;limitstart=9", "หน้าถัดไป") if page == 0 else link(cat, "หน้าแรก")
        write(cat + ("&amp;limitstart=9" if page else ""), "ข่าวกิจกรรม", lst + nav)
    for n, d, t, b in NEWS:
        write(art(n), t, f"<p>วันที่ {d.translate(TH)}</p><p>{b}</p>")
    # document library with a year selector (com_docman)
    lib = "/index.php?option=com_docman&amp;view=list&amp;cat={cat}&amp;year={y}"
    cats = {2: "แผนงานและรายงาน", 3: "จัดซื้อจัดจ้าง", 4: "บริหารบุคคล", 5: "ป้องกันการทุจริต"}
    docs = {
        (2, 2568): [("แผนปฏิบัติราชการประจำปี 2568", dl(11)), ("แผนการใช้จ่ายงบประมาณ 2568", dl(12)),
                    ("รายงานผลการดำเนินงานรอบ 6 เดือน", dl(14)), ("ประกาศผู้ชนะ จ้างพิมพ์เล่มแผนฯ", dl(13))],
        (2, 2567): [("แผนปฏิบัติราชการประจำปี 2567", dl(10)), ("แผนยุทธศาสตร์ศูนย์ฯ", dl(3))],
        (2, 2566): [("รายงานผลการดำเนินงานประจำปี", dl(6))],
        (3, 2568): [("รายงานผลการจัดซื้อจัดจ้างประจำปี", dl(36))],
        (4, 2568): [("แผนการบริหารและพัฒนาทรัพยากรบุคคล กรมฯ 2568", dl(41)),
                    ("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", dl(42))],
        (4, 2567): [("แผนพัฒนาบุคลากร", dl(40))],
        (5, 2568): [("แผนปฏิบัติการป้องกันการทุจริต", dl(60)), ("รายงานผลการป้องกันการทุจริต", dl(61)),
                    ("สถิติเรื่องร้องเรียนการทุจริต", dl(50)), ("หนังสือเชิญประชุมประเมินความเสี่ยง", dl(56))],
    }
    for c, name in cats.items():
        for y in (2568, 2567, 2566):
            sel = "<form><select name=\"year\">" + "".join(
                f'<option value="{v}">{v}</option>' for v in (2568, 2567, 2566)) + "</select></form><p>" + " | ".join(
                link(lib.format(cat=c, y=v), f"ปี {v}") for v in (2568, 2567, 2566)) + "</p>"
            rows = docs.get((c, y))
            body = table(rows and [(t, link(u)) for t, u in rows] or []) if rows else "<p>ไม่พบเอกสาร</p>"
            write(lib.format(cat=c, y=y), f"เอกสารเผยแพร่: {name} ปี {y}", sel + body)
    # services
    write(art(30), "บริการของศูนย์ฯ", "<ul>"
          f'<li>{link(art(31), "คู่มือการขอรับบริการสงเคราะห์ผู้สูงอายุในสถาบัน")}</li>'
          f'<li>{link(art(32), "ยื่นคำร้องขอรับบริการออนไลน์ (E-Service)")}</li>'
          f'<li>{link(art(33), "สถิติการให้บริการ")}</li>'
          f'<li>{link(art(34), "คู่มือการปฏิบัติงาน")}</li></ul>')
    write(art(31), "คู่มือสำหรับประชาชน",
          '<iframe src="https://drive.google.com/file/d/1xKp7ElderGuideQ2568/preview" width="640" height="480"></iframe>'
          f'<p>{link(dl(21), "ดาวน์โหลดไฟล์ PDF")}</p>')
    write(art(32), "ยื่นคำร้องขอรับบริการออนไลน์ (E-Service)",
          '<form method="post" action="/index.php?option=com_rsform&amp;formId=3"><p>ชื่อ-สกุล <input name="name"></p>'
          '<p>เลขประจำตัวประชาชน <input name="pid"></p><p>ประเภทบริการ <select name="svc"><option>ขอรับการสงเคราะห์ในสถาบัน</option>'
          '<option>ขอเข้าเยี่ยมผู้สูงอายุ</option><option>ขอรับบริการเยี่ยมบ้าน</option></select></p>'
          '<p>เบอร์โทร <input name="tel"></p><button type="submit">ส่งคำร้อง</button></form>')
    write(art(33), "สถิติการให้บริการ", f"<p>สถิติการให้บริการ ปีงบประมาณ 2568 (ต.ค. 67 - มี.ค. 68) {link(dl(25))}</p>"
          f"<p>ผลสำรวจความพึงพอใจผู้รับบริการ 2568 {link(dl(26))}</p>")
    write(art(34), "คู่มือการปฏิบัติงาน", f"<p>คู่มือการปฏิบัติงาน การรับผู้สูงอายุเข้าอุปการะ (.doc) {link(dl(20))}</p>")
    write(art(40), "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          '<form method="post" action="/index.php?option=com_rsform&amp;formId=4"><p>เรื่องที่ร้องเรียน <input name="subject"></p>'
          '<p>รายละเอียด <textarea name="detail"></textarea></p><p>ไม่ประสงค์ออกนาม <input type="checkbox" name="anon"></p>'
          '<button type="submit">ส่งเรื่อง</button></form><p>ผลการดำเนินการแจ้งกลับภายใน 15 วันทำการ</p>')
    write(art(41), "ประมวลจริยธรรม", f"<p>ประมวลจริยธรรมข้าราชการพลเรือน {link(dl(45))}</p>"
          f'<p>กิจกรรมขับเคลื่อนจริยธรรม ปี 2568: {link(art(104), "อบรมคุณธรรมจริยธรรม 14 ก.พ. 2568")}</p>')
    write(art(42), "แผนปฏิบัติการป้องกันการทุจริต 2567 (E-book)",
          '<iframe src="https://online.fliphtml5.com/khaoph/acp2567/" width="640" height="480"></iframe>'
          f"<p>{link(dl(59), 'ดาวน์โหลด')}</p>")
    # the ITA page, one article per group
    groups = {
        201: ("ข้อมูลพื้นฐาน", [("o1 โครงสร้าง", art(2)), ("o2 ผู้บริหาร", art(4)), ("o3 ติดต่อ", art(5)),
                                ("o4 ข่าวกิจกรรม", cat)]),
        202: ("การบริหารงานและงบประมาณ", [
            ("o5 แผนยุทธศาสตร์", dl(3)), ("o6 แผนปฏิบัติราชการ 2568", dl(11)), ("o6 แผนใช้จ่ายงบ 2568", dl(12)),
            ("o6 รายงานรอบ 6 เดือน", dl(14)), ("o7 รายงานประจำปี", lib.format(cat=2, y=2567)),
            ("o8 คู่มือปฏิบัติงาน", art(34)), ("o9 คู่มือประชาชน", art(31)), ("o10 E-Service", art(32)),
            ("o11 สถิติบริการ", art(33))]),
        203: ("การจัดซื้อจัดจ้าง", [("o12 สขร. ต.ค. 67", dl(31)), ("o12 สขร. พ.ย. 67", dl(32)),
                                    ("o12 สขร. ธ.ค. 67", dl(33)), ("o12 สขร. ก.พ. 68", dl(34)),
                                    ("o12 สขร. มี.ค. 68", dl(35)), ("o13 สรุปจัดซื้อประจำปี", dl(36))]),
        204: ("บริหารทรัพยากรบุคคล", [("o14 แผน HR", lib.format(cat=4, y=2568)), ("o15 รายงาน HR", dl(42)),
                                      ("o16 จริยธรรม", art(41))]),
        205: ("ส่งเสริมความโปร่งใสและป้องกันการทุจริต", [
            ("o17 แนวปฏิบัติร้องเรียน", dl(47)), ("o18 ช่องทางร้องเรียน", art(40)), ("o19 สถิติร้องเรียน", dl(50)),
            ("o20 การมีส่วนร่วม", art(103)), ("o21 No Gift", dl(52)), ("o22 รายงานรับของขวัญ", dl(8)),
            ("o23 ประเมินความเสี่ยง", dl(55)), ("o24 รายงานจัดการความเสี่ยง", "/web2562/risk/"),
            ("o25 แผนป้องกันทุจริต", dl(60)), ("o25 E-book", art(42)), ("o26 รายงานป้องกันทุจริต", dl(61))]),
    }
    for n, (name, rows) in groups.items():
        write(art(n), f"ITA 2568 : {name}", table([(t, link(u, "คลิก")) for t, u in rows]))
    write("/ita2568/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ปี 2568", "<ol>" + "".join(
        f'<li><a href="{art(n)}">{g[0]}</a></li>' for n, g in groups.items()) + "</ol>")
    # the old site, left online
    write("/web2562/", "เว็บไซต์เดิม (ปิดปรับปรุง)", '<p>ย้ายไปเว็บไซต์ใหม่แล้ว</p><ul>'
          '<li><a href="/web2562/ita2567/">ITA 2567</a></li><li><a href="/web2562/risk/">รายงานความเสี่ยง</a></li></ul>')
    write("/web2562/risk/", "รายงานผลการจัดการความเสี่ยงการทุจริต",
          '<p>รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต <a href="/web2562/images/doc/risk_2566.pdf">PDF</a></p>')
    write("/web2562/ita2567/", "ITA 2567", table([
        ("o10 แผนปฏิบัติราชการ 2567", link(dl(10))), ("o22 แผนป้องกันทุจริต 2567", link(dl(59))),
        ("o24 ประเมินความเสี่ยง 2567", link("/web2562/images/doc/risk_2567.pdf"))]))


if __name__ == "__main__":
    main()
