"""Generate the pages of the "housingbranch" test site (run _make_docs.py first).

A Joomla site of an invented NHA branch: articles at /index.php?option=com_content&view=article&id=N,
category lists at ...&view=category&id=N (static copies under index.php.q/<query>/index.html), files
through /download.php?id=N, the ITA 2569 answer split into one page per group behind a year selector
(2568 still online), a viewer page with a Google Drive embed, and the old CMS left under /old/.
"""

from __future__ import annotations

import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import build  # noqa: E402

ORG = "การเคหะแห่งชาติ สาขาหนองบัวขาว"
FULL = "การเคหะแห่งชาติ สำนักงานภาคตะวันออกเฉียงเหนือ 3 สาขาหนองบัวขาว"


def art(i: int) -> str:
    return f"/index.php?option=com_content&amp;view=article&amp;id={i}"


def cat(i: int) -> str:
    return f"/index.php?option=com_content&amp;view=category&amp;id={i}"


def dl(i: int) -> str:
    return f"/download.php?id={i}"


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับเรา", art(1)), ("โครงสร้าง", art(2)), ("ผู้บริหาร", art(4)),
        ("ข่าวสาร", cat(9)), ("เอกสารเผยแพร่", cat(20)), ("จัดซื้อจัดจ้าง", cat(22)),
        ("ITA", art(79)), ("E-Service", "/eservice/"), ("ติดต่อเรา", art(5))]


def page(title: str, body: str) -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} - {ORG}</title>
<link rel="stylesheet" href="/templates/nha/css/template.css?v=3"></head>
<body><header><img src="/images/logo-nha.png" alt="logo"><h1>{FULL}</h1>
<p>National Housing Authority, Nong Bua Khao Branch</p></header>
<nav><ul class="menu">{menu}</ul></nav>
<div class="row"><main><h2>{title}</h2>
{body}
</main>
<aside><h3>เมนูลัด</h3><ul>
<li><a href="{art(79)}">การประเมิน ITA</a></li>
<li><a href="/complaint/">ร้องเรียนการทุจริต</a></li>
<li><a href="/qa/">กระดานถาม-ตอบ</a></li>
<li><a href="/project/">โครงการที่อยู่อาศัย</a></li>
<li><a href="/old/">เว็บไซต์เดิม</a></li>
</ul><p>ศูนย์บริการลูกค้า โทร 1615</p></aside></div>
<footer>{FULL}<br>เลขที่ 88 ถนนมิตรสัมพันธ์ ตำบลหนองบัวขาว อำเภอเมือง จังหวัดอุดรสุข 41990
โทร 0 4290 1234 อีเมล nbk-branch@example.go.th</footer></body></html>
"""


PAGES: dict[str, tuple[str, str]] = {}


def put(url: str, title: str, body: str) -> None:
    PAGES[url] = (title, body)


def path_of(url: str) -> str:
    url = url.replace("&amp;", "&")
    if url.startswith("/index.php?"):
        return os.path.join(HERE, "index.php.q", url.split("?", 1)[1], "index.html")
    return os.path.join(HERE, url.strip("/"), "index.html")


def table(rows: list[tuple[str, ...]]) -> str:
    return "<table border=1>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"


def link(h: str, t: str) -> str:
    return f'<a href="{h}">{t}</a>'


NEWS = [  # id, date, title, body
    (114, "2 เม.ย. 2569", "สาขาหนองบัวขาวจัดคลินิกแก้หนี้ผู้เช่าซื้อ", "ผู้เช่าซื้อ 64 รายเข้าร่วมปรับโครงสร้างหนี้"),
    (113, "20 มี.ค. 2569", "ส่งมอบอาคารชุดหลังซ่อมแซมระยะที่ 2", "ส่งมอบห้องชุด 48 ห้องให้ผู้อยู่อาศัย"),
    (112, "14 ก.พ. 2569", "เวทีรับฟังความคิดเห็นผู้อยู่อาศัย โครงการปรับปรุงระบบประปาชุมชนเคหะโนนสะอาด",
     "ผู้อยู่อาศัยและคณะกรรมการชุมชน 87 คนร่วมให้ความเห็น สรุปผล: " + link(dl(52), "สรุปผลเวทีรับฟังความคิดเห็น (PDF)")),
    (111, "2 ก.พ. 2569", "ขอเชิญผู้อยู่อาศัยร่วมเวทีรับฟังความคิดเห็น", "หนังสือเชิญ: " + link(dl(53), "หนังสือเชิญประชุม")),
    (110, "23 ม.ค. 2569", "กิจกรรมขับเคลื่อนจริยธรรม ประจำปี 2569 &quot;คนเคหะ ซื่อตรง โปร่งใส&quot;",
     "พนักงาน 31 คนร่วมกิจกรรมการขับเคลื่อนจริยธรรม ทบทวนประมวลจริยธรรมและ Do's &amp; Don'ts ของพนักงาน เมื่อวันที่ 23 มกราคม 2569"),
    (109, "15 ม.ค. 2569", "เผยแพร่รายงานผลการดำเนินงานประจำปี", "สาขาเผยแพร่รายงานผลการดำเนินงานประจำปี ดาวน์โหลด "
     + link(dl(12), "รายงานผลการดำเนินงาน (PDF 1.2 MB)")),
    (108, "19 ธ.ค. 2568", "มอบของขวัญปีใหม่แก่เด็กในชุมชนเคหะ", "กิจกรรมจิตอาสาร่วมกับคณะกรรมการชุมชน"),
    (107, "28 พ.ย. 2568", "ประชุมประเมินความเสี่ยงการทุจริต ปี 2569", "คณะทำงานประเมินความเสี่ยง 3 ด้าน"),
    (106, "9 ต.ค. 2568", "ประกาศใช้แผนปฏิบัติการประจำปี 2569", "ดาวน์โหลด " + link(dl(7), "แผนปฏิบัติการ 2569")),
    (105, "1 ต.ค. 2568", "เปิดจองสิทธิ์โครงการบ้านเพื่อคนไทย หนองบัวขาว", "รับจองออนไลน์ผ่าน E-Service"),
    (98, "12 ก.ค. 2568", "ตรวจเยี่ยมชุมชนเคหะโนนสะอาด", "ผู้จัดการสาขาตรวจเยี่ยมชุมชน"),
    (97, "3 มี.ค. 2568", "ประชุมคณะกรรมการชุมชน ปี 2568", "ประชุมสามัญประจำปี"),
]


def build_pages() -> None:
    shutil.rmtree(os.path.join(HERE, "index.php.q"), ignore_errors=True)
    for sub in ("eservice", "complaint", "qa", "project", "old"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    put("/", "หน้าแรก", "<h3>ข่าวล่าสุด</h3><ul>" + "".join(
        f"<li>{link(art(i), t)} <small>{dt}</small></li>" for i, dt, t, _ in NEWS[:6]) + "</ul>"
        + f"<p>{link(cat(9), 'ข่าวทั้งหมด')}</p><p>{link(art(79), 'ITA 2569')}</p>")
    put(art(1), "ประวัติสาขา", "<p>สาขาหนองบัวขาวตั้งขึ้นเมื่อ พ.ศ. 2541 ดูแลชุมชนเคหะ 6 แห่งในจังหวัดอุดรสุขและจังหวัดใกล้เคียง</p>")
    put(art(2), "โครงสร้าง หน้าที่และอำนาจ", '<img src="/images/org-nbk.png" alt="แผนผังโครงสร้าง">'
        "<h3>แผนผังโครงสร้างองค์กร</h3><ul><li>คณะกรรมการการเคหะแห่งชาติ<ul><li>ผู้ว่าการการเคหะแห่งชาติ<ul>"
        "<li>ผู้อำนวยการสำนักงานภาคตะวันออกเฉียงเหนือ 3<ul><li>ผู้จัดการสาขาหนองบัวขาว<ul>"
        "<li>งานบริหารชุมชน</li><li>งานขายและสัญญา</li><li>งานการเงินและบัญชี</li><li>งานช่างและซ่อมบำรุง</li>"
        "<li>งานพัสดุและธุรการ</li></ul></li></ul></li></ul></li></ul></li></ul>"
        f"<p>{link(art(3), 'อำนาจหน้าที่')}</p>")
    put(art(3), "อำนาจหน้าที่", "<p>ตามพระราชบัญญัติการเคหะแห่งชาติ พ.ศ. 2537 มาตรา 6 สรุปได้ดังนี้</p><ol>"
        "<li>จัดให้มีที่อยู่อาศัยเพื่อให้ประชาชนเช่า เช่าซื้อ หรือซื้อ</li><li>ปรับปรุงและฟื้นฟูชุมชนแออัด</li>"
        "<li>บริหารชุมชนและทรัพย์สินของการเคหะแห่งชาติในพื้นที่</li><li>ส่งเสริมอาชีพและคุณภาพชีวิตผู้อยู่อาศัย</li>"
        "<li>รับชำระและติดตามค่าเช่าซื้อ</li></ol>")
    put(art(4), "ผู้บริหาร", table([("รูป", "ชื่อ", "ตำแหน่ง", "โทร"),
        ('<img src="/images/exec1.jpg" alt="">', "นางสาวจันทร์เพ็ญ ศรีวงศ์ษา", "ผู้อำนวยการสำนักงานภาคตะวันออกเฉียงเหนือ 3", "0 4290 1200"),
        ('<img src="/images/exec2.jpg" alt="">', "นายวรพจน์ ทองศรีสุข", "ผู้จัดการสาขาหนองบัวขาว", "0 4290 1201"),
        ('<img src="/images/exec3.jpg" alt="">', "นางกนกพร แก้วมณีรัตน์", "หัวหน้างานบริหารชุมชน", "0 4290 1210")]))
    put(art(5), "ติดต่อเรา", "<p>ที่อยู่ เลขที่ 88 ถนนมิตรสัมพันธ์ ตำบลหนองบัวขาว อำเภอเมือง จังหวัดอุดรสุข 41990</p>"
        "<p>โทรศัพท์ 0 4290 1234 โทรสาร 0 4290 1235 อีเมล nbk-branch@example.go.th</p>"
        '<p><a href="https://maps.google.com/?q=17.401,102.789">แผนที่ Google Maps</a></p>'
        f"<p>สอบถามข้อมูล: {link('/qa/', 'กระดานถาม-ตอบ (Q&amp;A)')}</p>")
    put("/qa/", "กระดานถาม-ตอบ (Q&amp;A)", "<dl><dt>ถาม (12 มี.ค. 2569): ยื่นเช่าซื้อต้องใช้สลิปเงินเดือนกี่เดือน</dt>"
        "<dd>ตอบ โดยเจ้าหน้าที่สาขา: ย้อนหลัง 3 เดือนค่ะ</dd><dt>ถาม (4 ก.พ. 2569): แจ้งซ่อมท่อน้ำรั่วได้ที่ไหน</dt>"
        "<dd>ตอบ: แจ้งผ่าน E-Service เมนูแจ้งซ่อม หรือโทร 0 4290 1234</dd></dl>"
        '<form action="/qa/post.php" method="post"><input name="name"><textarea name="q"></textarea>'
        "<button>ส่งคำถาม</button></form>")
    put("/eservice/", "E-Service ระบบบริการออนไลน์", "<ul><li>" + link("/eservice/repair/", "แจ้งซ่อมออนไลน์") + "</li>"
        '<li><a href="https://eservice.example.go.th/booking">จองสิทธิ์/ยื่นคำขอเช่าซื้อออนไลน์</a></li></ul>'
        f"<p>{link(dl(17), 'สถิติการให้บริการออนไลน์ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)')}</p>")
    put("/eservice/repair/", "แจ้งซ่อมออนไลน์", '<form action="/eservice/repair/send.php" method="post">'
        '<label>ชื่อผู้อยู่อาศัย<input name="name"></label><label>เลขที่ห้อง<input name="room"></label>'
        '<label>รายละเอียด<textarea name="detail"></textarea></label><button>ส่งคำร้อง</button></form>')
    put("/complaint/", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        '<form action="/complaint/send.php" method="post"><label>เรื่อง<input name="subject"></label>'
        '<label>รายละเอียด<textarea name="detail"></textarea></label><label>ไม่ประสงค์ออกนาม<input type="checkbox" name="anon"></label>'
        '<button>ส่งเรื่องร้องเรียน</button></form><p>ช่องทางอื่น: <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></p>'
        f"<p>{link(dl(47), 'คู่มือการจัดการเรื่องร้องเรียนการทุจริต')}</p>")
    put("/project/", "โครงการที่อยู่อาศัย", "<ul>" + link("/project/nonsaat/", "ชุมชนเคหะโนนสะอาด") + " "
        + link("/project/bankhonthai/", "บ้านเพื่อคนไทย หนองบัวขาว") + "</ul>")
    put("/project/nonsaat/", "ชุมชนเคหะโนนสะอาด", "<p>อาคารชุด 5 ชั้น 10 อาคาร 480 หน่วย</p>")
    put("/project/bankhonthai/", "บ้านเพื่อคนไทย หนองบัวขาว", "<p>ค่าเช่า 1,000 บาทต่อเดือน</p>")
    # news
    put(cat(9), "ข่าวประชาสัมพันธ์", "<ul>" + "".join(
        f"<li>{dt} {link(art(i), t)}</li>" for i, dt, t, _ in NEWS[:10]) + "</ul>"
        + f'<p>{link("/index.php?option=com_content&amp;view=category&amp;id=9&amp;start=10", "หน้าถัดไป")}</p>')
    put("/index.php?option=com_content&amp;view=category&amp;id=9&amp;start=10", "ข่าวประชาสัมพันธ์ (หน้า 2)", "<ul>" + "".join(
        f"<li>{dt} {link(art(i), t)}</li>" for i, dt, t, _ in NEWS[10:]) + "</ul>")
    for i, dt, t, b in NEWS:
        put(art(i), t, f"<p class='date'>เผยแพร่ {dt}</p><p>{b}</p>")
    # download categories
    cats = {
        20: ("แผนงานและรายงาน", [3, 5, 7, 9, 10, 12]),
        21: ("คู่มือ", [14, 15, 47]),
        22: ("จัดซื้อจัดจ้าง สขร.1", [35, 33, 32, 31, 30, 29, 38]),
        23: ("บริหารงานบุคคล", [40, 41, 43, 45]),
        24: ("ต่อต้านการทุจริต", [49, 50, 55, 56, 58, 60, 62, 64, 66]),
    }
    from _make_docs import DOCS
    for c, (name, ids) in cats.items():
        rows = [("เอกสาร", "ดาวน์โหลด")] + [(DOCS[i][1], link(dl(i), "ดาวน์โหลด")) for i in ids]
        others = " | ".join(link(cat(o), n) for o, (n, _) in cats.items())
        put(cat(c), f"เอกสารเผยแพร่: {name}", f"<p>{others}</p>" + table(rows))
    # viewer page for the citizen manual
    put(art(40), "คู่มือสำหรับประชาชน", '<iframe src="https://drive.google.com/file/d/1hB7kVwQeXAmPlE0nbk/preview"'
        ' width="640" height="480"></iframe>' + f"<p>{link(dl(15), 'ดาวน์โหลดไฟล์ PDF')}</p>")
    # ITA 2569: year selector + one page per group
    sel = f"<p>เลือกปี: {link(art(79), '2569')} | {link(art(91), '2568')}</p>"
    groups = {
        80: ("9.1 ข้อมูลพื้นฐาน", [("o1", "โครงสร้างและอำนาจหน้าที่ของสาขา", art(2)), ("o2", "ผู้บริหารสาขา", art(4)),
             ("o3", "ติดต่อสาขา / ถาม-ตอบ", art(5)), ("o4", "ข่าวสาร", cat(9))]),
        81: ("9.2 การบริหารงานและงบประมาณ", [("o5", "แผนวิสาหกิจ", dl(3)), ("o6", "แผนปฏิบัติการประจำปี 2569", dl(7)),
             ("o7", "ผลการดำเนินงานประจำปี", art(109)), ("o8", "คู่มือพนักงาน", dl(14)),
             ("o9", "คู่มือประชาชน", art(40)), ("o10", "E-Service", "/eservice/")]),
        82: ("9.3 การจัดซื้อจัดจ้าง", [("o11", "สขร.1 รายเดือน ปี 2569", cat(22)), ("o12", "สรุปจัดซื้อจัดจ้างประจำปี", dl(38))]),
        83: ("9.4 บุคลากร", [("o13", "หลักเกณฑ์บริหารงานบุคคล / แผนพัฒนาบุคลากร", cat(23)), ("o14", "รายงานพัฒนาบุคลากร", dl(43)),
             ("o15", "ประมวลจริยธรรม / กิจกรรมจริยธรรม", dl(45))]),
        84: ("9.5 ความโปร่งใส", [("o16", "คู่มือเรื่องร้องเรียน", dl(47)), ("o17", "แจ้งเรื่องร้องเรียน", "/complaint/"),
             ("o18", "สถิติเรื่องร้องเรียน", dl(49)), ("o19", "การมีส่วนร่วม", art(112))]),
        85: ("10.1 ป้องกันการทุจริต", [("o20", "No Gift Policy", dl(55)), ("o21", "ประเมินความเสี่ยง 2569", dl(58)),
             ("o22", "ผลการบริหารความเสี่ยง", dl(60))]),
        86: ("10.2 คุณธรรมและความโปร่งใส", [("o23", "แผนป้องกันการทุจริต 2569", dl(62)), ("o24", "ผลการป้องกันการทุจริต", dl(64)),
             ("o25", "นำผล ITA ไปพัฒนาองค์กร", dl(8)), ("o26", "ผลส่งเสริมคุณธรรม", dl(66))]),
    }
    put(art(79), "การประเมินคุณธรรมและความโปร่งใส (ITA) ปี 2569", sel + "<ul>" + "".join(
        f"<li>{link(art(g), n)}</li>" for g, (n, _) in groups.items()) + "</ul>")
    for g, (n, rows) in groups.items():
        extra = ""
        if g == 83:
            extra = f"<p>o15 กิจกรรม: {link(art(110), 'กิจกรรมขับเคลื่อนจริยธรรม 2569')}</p>"
        if g == 85:
            extra = f"<p>o20 รายงาน: {link(dl(56), 'รายงานผลการรับของขวัญ ปี 2568')}</p>"
        if g == 81:
            extra = f"<p>o10 สถิติ: {link(dl(17), 'สถิติ E-Service 2569')}</p>"
        put(art(g), f"ITA 2569 {n}", sel + table([("ข้อ", "รายการ", "ลิงก์")] + [
            (c, t, link(h, "คลิก")) for c, t, h in rows]) + extra)
    put(art(91), "การประเมิน ITA ปี 2568", sel + table([("ข้อ", "รายการ", "ลิงก์"),
        ("o5", "แผนวิสาหกิจ 2564-2568", link(dl(3), "คลิก")),
        ("o7", "รายงานผลการดำเนินงาน", link(dl(12), "คลิก")),
        ("o12", "สขร.1 กันยายน 2568", link(dl(29), "คลิก")),
        ("o14", "แผนพัฒนาบุคลากร 2568", link(dl(41), "คลิก")),
        ("o21", "No Gift Policy", link(dl(55), "คลิก")),
        ("o23", "รายงานรอบ 6 เดือน", link(dl(64), "คลิก"))]))
    # the old CMS, still online
    put("/old/", "เว็บไซต์เดิม (ก่อนย้ายระบบ ก.ย. 2567)", "<p>ข้อมูลเก่า ไม่ปรับปรุงแล้ว</p><ul>"
        f"<li>{link('/old/ita/', 'ITA 2567')}</li><li>{link('/old/news/', 'ข่าวเก่า')}</li></ul>")
    put("/old/ita/", "ITA 2567 (เว็บไซต์เดิม)", table([("ข้อ", "ลิงก์"),
        ("O22 การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต 2567", link("/old/images/pdf/o22-2567.pdf", "PDF")),
        ("O24 รายงานการกำกับติดตามรอบ 6 เดือน", link(dl(64), "PDF"))]))
    put("/old/news/", "ข่าวเก่า", "<ul><li>5 ส.ค. 2567 ทำบุญชุมชนเคหะ</li></ul>")
    assets()
    for url, (title, body) in PAGES.items():
        p = path_of(url)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(page(title, body))


def assets() -> None:
    """The template's stylesheet, logo, chart and executives' photos (tiny, fixed bytes)."""
    from PIL import Image

    os.makedirs(os.path.join(HERE, "templates", "nha", "css"), exist_ok=True)
    with open(os.path.join(HERE, "templates", "nha", "css", "template.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Tahoma,sans-serif}.row{display:flex}aside{width:240px}main{flex:1}\n")
    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    for name, size, colour in (("logo-nha.png", (120, 60), (0, 84, 160)), ("org-nbk.png", (200, 120), (230, 230, 230)),
                               ("exec1.jpg", (60, 80), (180, 160, 140)), ("exec2.jpg", (60, 80), (170, 150, 130)),
                               ("exec3.jpg", (60, 80), (190, 170, 150))):
        Image.new("RGB", size, colour).save(os.path.join(HERE, "images", name))


if __name__ == "__main__":
    build()
    build_pages()
    print(len(PAGES), "pages")
