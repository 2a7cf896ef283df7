"""Generate the HTML pages of the "teachcollege" test site (วิทยาลัยนาฏศิลปลำน้ำพอง, invented).

Run:  python tests/sites/teachcollege/_make_pages.py   (after _make_docs.py)

A Joomla 3 site: every page is /index.php?option=com_content&view=article&id=N (or a category
list, view=category&id=N, the procurement lists with a year selector &year=YYYY), stored as
index.php.q/<query>/index.html.  Documents go out through /download.php?id=N; two are shown in a
viewer page (/viewer.php?id=N: a Google Drive frame with a direct download under it).  The ITA
page (article 90) is split into one article per group (91 … 96).  The old site (before the CMS
moved in 2567) is left online under /old/, with last year's ITA page.  Dates in Thai digits.
"""

from __future__ import annotations

import html
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import COLLEGE, DIRECTOR, DOCS, INST  # noqa: E402

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s: str) -> str:
    return s.translate(TH)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def art(i: int) -> str:
    return f"/index.php?option=com_content&view=article&id={i}"


def cat(i: int, **q) -> str:
    extra = "".join(f"&{k}={v}" for k, v in q.items())
    return f"/index.php?option=com_content&view=category&id={i}{extra}"


def dl(i: int) -> str:
    return f"/download.php?id={i}"


def viewer(i: int) -> str:
    return f"/viewer.php?id={i}"


def a(url: str, text: str) -> str:
    return f'<a href="{esc(url)}">{esc(text)}</a>'


def size(i: int) -> str:
    fname = DOCS[i][0]
    n = os.path.getsize(os.path.join(HERE, "download.php.q", f"id={i}", fname))
    return f"{n / 1024:.1f} KB"


def dlink(i: int, text: str | None = None) -> str:
    fname, title = DOCS[i][0], DOCS[i][1]
    ext = fname.rsplit(".", 1)[1].upper()
    return f'{a(dl(i), text or title)} <span class="meta">[{ext} {size(i)}]</span>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับวิทยาลัย", art(9)), ("โครงสร้าง", art(2)), ("ผู้บริหาร", art(4)),
        ("ข่าวประชาสัมพันธ์", cat(11)), ("ดาวน์โหลด", cat(20)), ("จัดซื้อจัดจ้าง", cat(40)),
        ("ITA", art(90)), ("ติดต่อเรา", art(5))]


def page(title: str, body: str) -> str:
    menu = "".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    side = f"""<div class="moduletable"><h3>ผู้อำนวยการวิทยาลัย</h3><img src="/images/director.png" alt="" width="120">
<p>{DIRECTOR}<br>ผู้อำนวยการ{COLLEGE}</p></div>
<div class="moduletable"><h3>บริการออนไลน์</h3><ul>
<li>{a(art(6), "E-Service ยื่นคำร้องขอเอกสาร")}</li><li>{a(art(8), "แจ้งเรื่องร้องเรียนการทุจริต")}</li>
<li>{a("/index.php?option=com_kunena&view=category&catid=2", "กระดานถาม-ตอบ")}</li>
<li>{a(art(90), "ITA 2569")}</li><li>{a("/old/", "เว็บไซต์เดิม (ก่อน 2567)")}</li>
<li><a href="https://www.bpi.ac.th/">{esc(INST)}</a></li></ul></div>
<div class="moduletable"><h3>สถิติผู้เข้าชม</h3><p>{th("218,604")}</p></div>"""
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {esc(COLLEGE)}</title>
<link rel="stylesheet" href="/templates/natasin/css/template.css"></head>
<body><div id="header"><img src="/images/logo.png" alt="logo" width="80"><h1>{esc(COLLEGE)}</h1>
<p>{esc(INST)}</p></div>
<nav id="mainmenu"><ul class="menu">{menu}</ul></nav>
<div id="container"><aside id="left">{side}</aside>
<main id="content"><div class="item-page"><h2>{esc(title)}</h2>
{body}
</div></main></div>
<footer id="footer"><p>{esc(COLLEGE)} {th("ถนนมิตรภาพ ตำบลโนนศิลา อำเภอลำน้ำพอง จังหวัดขอนแก่น 40310")}</p>
<p>{th("โทร 0 4391 7720 โทรสาร 0 4391 7721")} อีเมล saraban@lamnampong-dramatic.ac.th</p>
<p>Powered by Joomla!</p></footer></body></html>
"""


PAGES: dict[str, tuple[str, str]] = {}


def put(url: str, title: str, body: str) -> None:
    PAGES[url] = (title, body)


def table(rows: list[tuple[str, str]], head: tuple[str, str] = ("รายการ", "เอกสาร")) -> str:
    trs = "".join(f"<tr><td>{th(str(n + 1))}</td><td>{esc(t)}</td><td>{h}</td></tr>" for n, (t, h) in enumerate(rows))
    return f'<table class="table"><tr><th>ที่</th><th>{head[0]}</th><th>{head[1]}</th></tr>{trs}</table>'


NEWS = [  # id, date (B.E.), title, body, attachments
    (201, "2 เม.ย. 2569", "นักเรียนนาฏศิลป์รับรางวัลชนะเลิศการประกวดฟ้อนภูไท ระดับภาค", "ทีมนักเรียนชั้นมัธยมศึกษาปีที่ 5 คว้ารางวัลชนะเลิศ", []),
    (202, "18 มี.ค. 2569", "ประกาศรับสมัครนักเรียน ปีการศึกษา 2569 รอบโควตาความสามารถพิเศษ", "รับสมัคร 20 - 31 มีนาคม 2569", []),
    (203, "9 ก.พ. 2569", "ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์เอกสารร่างแผนพัฒนาวิทยาลัย", "รายละเอียดตามไฟล์แนบ", [130]),
    (204, "17 ม.ค. 2569", "พิธีไหว้ครูนาฏศิลป์และดนตรีไทย ประจำปี 2569", "ครูและนักเรียนร่วมพิธีไหว้ครู ณ หอประชุมวิทยาลัย", []),
    (205, "13 ธ.ค. 2568", "ประชุมเครือข่ายผู้ปกครอง ครั้งที่ 1/2569", "ผู้ปกครองร่วมประชุม 164 คน เอกสารแนบ:", [131, 120]),
    (206, "4 ธ.ค. 2568", "อบรมประมวลจริยธรรมแก่บุคลากรใหม่", "ตามแผนการขับเคลื่อนจริยธรรม ปี 2569", [117]),
    (207, "1 ต.ค. 2568", "ผู้อำนวยการประกาศเจตจำนงสุจริต ประจำปีงบประมาณ 2569", "ประกาศต่อหน้าบุคลากรทุกคน", [134]),
    (208, "12 ต.ค. 2568", "แสดงหมอลำกลอนในงานบุญออกพรรษา อำเภอลำน้ำพอง", "บริการวิชาการแก่ชุมชน", []),
]


def build() -> None:
    put("/", "หน้าแรก", "<h3>ข่าวล่าสุด</h3><ul>" + "".join(
        f"<li>{a(art(i), t)} <span class=\"date\">{th(d)}</span></li>" for i, d, t, _b, _at in NEWS[:5])
        + f"</ul><p>{a(cat(11), 'ข่าวทั้งหมด')}</p><h3>ITA</h3><p>{a(art(90), 'การประเมินคุณธรรมและความโปร่งใส ITA 2569')}</p>")

    put(art(9), "ประวัติวิทยาลัย", f"<p>{COLLEGE} ก่อตั้งเมื่อ {th('พ.ศ. 2536')} สังกัด{INST} จัดการศึกษาด้านนาฏศิลป์ ดนตรีไทย และดนตรีพื้นบ้านอีสาน ตั้งแต่ระดับมัธยมศึกษาปีที่ 1 ถึงประกาศนียบัตรวิชาชีพ</p>")
    put(art(2), "โครงสร้างการบริหารงาน", f"""<img src="/images/structure.png" alt="แผนภูมิโครงสร้าง" width="600">
<ul><li>คณะกรรมการสถานศึกษา (ประธาน นายบุญเลิศ ทองคำแสน)</li><li>ผู้อำนวยการวิทยาลัย<ul>
<li>รองผู้อำนวยการฝ่ายบริหาร: งานบริหารทั่วไป งานการเงิน งานพัสดุ งานบุคคล งานนโยบายและแผน</li>
<li>รองผู้อำนวยการฝ่ายวิชาการ: กลุ่มสาระนาฏศิลป์ กลุ่มสาระดนตรีไทย กลุ่มสาระดนตรีพื้นบ้าน งานทะเบียนและวัดผล</li>
<li>รองผู้อำนวยการฝ่ายกิจการนักเรียน: งานกิจการนักเรียน งานหอพัก</li>
<li>รองผู้อำนวยการฝ่ายศิลปวัฒนธรรม: งานบริการวิชาการ งานทำนุบำรุงศิลปวัฒนธรรม</li></ul></li></ul>
<p>{a(art(3), 'อำนาจหน้าที่ของวิทยาลัย')}</p>""")
    put(art(3), "อำนาจหน้าที่", """<p>ตามพระราชบัญญัติสถาบันบัณฑิตพัฒนศิลป์ พ.ศ. ๒๕๕๐ วิทยาลัยมีอำนาจหน้าที่ ดังนี้</p><ol>
<li>จัดการศึกษาด้านนาฏศิลป์และดุริยางคศิลป์ระดับการศึกษาขั้นพื้นฐานและอาชีวศึกษา</li>
<li>ทำนุบำรุง อนุรักษ์ และเผยแพร่ศิลปวัฒนธรรมไทยและท้องถิ่น</li>
<li>ให้บริการวิชาการด้านศิลปะการแสดงแก่ชุมชน</li><li>วิจัยและสร้างสรรค์งานศิลปะการแสดง</li></ol>""")
    put(art(4), "ผู้บริหารวิทยาลัย", "".join(
        f'<div class="person"><img src="/images/p{n}.png" alt="" width="100"><p>{esc(nm)}<br>{esc(pos)}<br>{th(tel)}</p></div>'
        for n, (nm, pos, tel) in enumerate([
            (DIRECTOR, "ผู้อำนวยการวิทยาลัย", "โทร 0 4391 7720 ต่อ 101"),
            ("นายสุรเชษฐ์ ภูผาวงศ์", "รองผู้อำนวยการฝ่ายบริหาร", "โทร 0 4391 7720 ต่อ 102"),
            ("นางจันทร์เพ็ญ แก้วมณีโชติ", "รองผู้อำนวยการฝ่ายวิชาการ", "โทร 0 4391 7720 ต่อ 103"),
            ("นายวีระพงษ์ สีหาราช", "รองผู้อำนวยการฝ่ายกิจการนักเรียน", "โทร 0 4391 7720 ต่อ 104")])))
    put(art(5), "ติดต่อเรา", f"""<p>{COLLEGE}<br>{th("ถนนมิตรภาพ ตำบลโนนศิลา อำเภอลำน้ำพอง จังหวัดขอนแก่น 40310")}</p>
<p>{th("โทรศัพท์ 0 4391 7720 โทรสาร 0 4391 7721")}<br>อีเมล saraban@lamnampong-dramatic.ac.th</p>
<p>เวลาทำการ จันทร์ - ศุกร์ {th("08.30 - 16.30")} น.</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!lamnampong" width="500" height="300"></iframe>
<p>สอบถามข้อมูล: {a("/index.php?option=com_kunena&view=category&catid=2", "กระดานถาม-ตอบ (Q&A)")}</p>""")
    put("/index.php?option=com_kunena&view=category&catid=2", "กระดานถาม-ตอบ", f"""<table class="kunena">
<tr><th>หัวข้อ</th><th>ผู้ถาม</th><th>คำตอบ</th></tr>
<tr><td>รับสมัครนักเรียน ม.1 ปี 2569 เมื่อไร</td><td>ผู้ปกครอง {th("(3 มี.ค. 2569)")}</td><td>งานทะเบียน: รับสมัคร {th("20-31 มี.ค. 2569")} ค่ะ</td></tr>
<tr><td>ขอยืมชุดฟ้อนสำหรับงานโรงเรียนได้ไหม</td><td>ครูโรงเรียนบ้านโนน {th("(11 ม.ค. 2569)")}</td><td>ได้ครับ ทำหนังสือถึงผู้อำนวยการ</td></tr>
</table><form action="/index.php?option=com_kunena&amp;view=topic&amp;layout=create" method="post">
<p>หัวข้อ <input name="subject"></p><p>คำถาม <textarea name="message"></textarea></p><button>ส่งคำถาม</button></form>""")
    put(art(6), "E-Service ยื่นคำร้องขอเอกสารทางการศึกษาออนไลน์", f"""<form action="/index.php?option=com_rsform&amp;formId=3" method="post">
<p>ชื่อ-สกุล <input name="name"></p><p>เลขประจำตัวนักเรียน <input name="sid"></p>
<p>เอกสารที่ขอ <select name="doc"><option>ใบรับรองผลการเรียน</option><option>ใบแสดงผลการเรียน (ปพ.1)</option></select></p>
<p>อีเมล <input name="email"></p><button type="submit">ส่งคำร้อง</button></form>
<p>{dlink(107, "สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 2568 - มี.ค. 2569)")}</p>""")
    put(art(8), "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"""<p>แจ้งได้ทางแบบฟอร์มนี้ {th("โทร 0 4391 7720 ต่อ 105")} อีเมล antifraud@lamnampong-dramatic.ac.th
หรือหนังสือถึงผู้อำนวยการ ผู้ร้องเรียนจะได้รับการปกปิดข้อมูล</p>
<form action="/index.php?option=com_rsform&amp;formId=5" method="post"><p>เรื่อง <input name="subject"></p>
<p>รายละเอียด <textarea name="detail"></textarea></p><p>ช่องทางติดต่อกลับ (ไม่บังคับ) <input name="contact"></p>
<button type="submit">ส่งเรื่องร้องเรียน</button></form>
<p>หรือแจ้ง <a href="https://wbs.nacc.go.th/">สำนักงาน ป.ป.ช.</a> / <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a></p><p>{dlink(118, "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</p>""")

    # news
    for i, d, t, b, att in NEWS:
        files = "".join(f"<li>{dlink(x)}</li>" for x in att)
        put(art(i), t, f"<p class=\"date\">{th(d)}</p><p>{esc(b)}</p>" + (f"<h4>ไฟล์แนบ</h4><ul>{files}</ul>" if files else ""))
    put(cat(11), "ข่าวประชาสัมพันธ์", "<ul class=\"category\">" + "".join(
        f"<li>{a(art(i), t)} <span class=\"date\">{th(d)}</span></li>" for i, d, t, _b, _at in NEWS)
        + f"</ul><p>ข่าวก่อนเดือนตุลาคม {th('2568')}: {a('/old/news/', 'เว็บไซต์เดิม')}</p>")

    # download categories
    cats = {20: ("แผนงาน", [101, 102, 103]), 21: ("รายงาน", [104, 127]), 22: ("คู่มือ", [105, 106]),
            23: ("งานบุคคล", [114, 133, 115]), 24: ("คุณธรรมและความโปร่งใส", [134, 132, 122, 117, 116, 118, 119, 124, 125, 126, 121])}
    links = "".join(f"<li>{a(cat(c), n)}</li>" for c, (n, _d) in cats.items())
    for c, (n, ids) in cats.items():
        body = f"<ul class=\"subcats\">{links}</ul>" + table([(DOCS[i][1], dlink(i, "ดาวน์โหลด")) for i in ids])
        put(cat(c), f"ดาวน์โหลดเอกสาร: {n}", body)

    # procurement, with a year selector
    years = "".join(f"<li>{a(cat(40, year=y), 'ปี ' + th(str(y)))}</li>" for y in (2569, 2568, 2567))
    monthly = table([(DOCS[i][1], dlink(i, "ดาวน์โหลด")) for i in (112, 111, 110, 109, 108)], ("เดือน", "ไฟล์"))
    for url in (cat(40), cat(40, year=2569)):
        put(url, "สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ 2569", f"<ul class=\"years\">{years}</ul>{monthly}")
    for y in (2568, 2567):
        put(cat(40, year=y), f"สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ {y}",
            f"<ul class=\"years\">{years}</ul><p>ข้อมูลปี {th(str(y))} อยู่ที่ {a('/old/procure/', 'เว็บไซต์เดิม')}</p>")
    years41 = "".join(f"<li>{a(cat(41, year=y), 'ปี ' + th(str(y)))}</li>" for y in (2569, 2568, 2567))
    for url, y in ((cat(41), 2569), (cat(41, year=2569), 2569), (cat(41, year=2568), 2568)):
        put(url, f"รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี {y}", f"<ul class=\"years\">{years41}</ul><p>ไม่พบข้อมูล</p>")
    put(cat(41, year=2567), "รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี 2567",
        f"<ul class=\"years\">{years41}</ul>" + table([(DOCS[113][1], dlink(113, "ดาวน์โหลด"))]))

    # viewers: a Google Drive frame, a direct download beside it
    for i, gid in ((102, "1aP9kQ-69plan"), (124, "1xT4mW-antiplan")):
        put(viewer(i), DOCS[i][1], f'<iframe src="https://drive.google.com/file/d/{gid}/preview" width="100%" height="800"></iframe>'
            f"<p>{dlink(i, 'ดาวน์โหลดไฟล์')}</p>")

    # ITA 2569, one article per group
    groups = {
        91: ("ข้อมูลพื้นฐาน", [("o1", "โครงสร้างวิทยาลัย", a(art(2), "โครงสร้าง") + " / " + a(art(3), "อำนาจหน้าที่")),
                               ("o2", "ผู้บริหาร", a(art(4), "ผู้บริหาร")), ("o3", "ติดต่อวิทยาลัย", a(art(5), "ติดต่อเรา")),
                               ("o4", "ข่าวประชาสัมพันธ์", a(cat(11), "ข่าวประชาสัมพันธ์"))]),
        92: ("การบริหารงานและงบประมาณ", [("o5", "แผนพัฒนาวิทยาลัย", dlink(101, "คลิก")),
                                          ("o6", "แผนปฏิบัติราชการประจำปี", a(viewer(102), "คลิก")),
                                          ("o7", "รายงานผลการดำเนินงาน", dlink(104, "คลิก")),
                                          ("o8", "คู่มือการปฏิบัติงาน", dlink(105, "คลิก")),
                                          ("o9", "คู่มือการให้บริการ", dlink(106, "คลิก")),
                                          ("o10", "E-Service", a(art(6), "คลิก"))]),
        93: ("การจัดซื้อจัดจ้าง", [("o11", "สขร.1 รายเดือน", a(cat(40), "คลิก")), ("o12", "สรุปจัดซื้อจัดจ้างประจำปี", a(cat(41), "คลิก"))]),
        94: ("การบริหารบุคคล", [("o13", "แผนพัฒนาบุคลากร", dlink(114, "คลิก")), ("o14", "รายงานผลพัฒนาบุคลากร", dlink(115, "คลิก"))]),
        95: ("การส่งเสริมความโปร่งใส", [("o15", "ประมวลจริยธรรม", dlink(116, "ประมวล") + " / " + dlink(117, "แผนขับเคลื่อน")),
                                         ("o16", "แนวปฏิบัติเรื่องร้องเรียน", dlink(118, "คลิก")),
                                         ("o17", "ช่องทางร้องเรียน", a(art(8), "คลิก")),
                                         ("o18", "สถิติเรื่องร้องเรียน", dlink(119, "คลิก")),
                                         ("o19", "การมีส่วนร่วม", a(art(205), "คลิก"))]),
        96: ("การป้องกันการทุจริต", [("o20", "No Gift Policy", dlink(121, "คลิก")),
                                      ("o21", "ประเมินความเสี่ยงการทุจริต", dlink(122, "คลิก")),
                                      ("o22", "รายงานผลตามแผนบริหารความเสี่ยง", f'{a(dl(123), "คลิก")} <span class="meta">[PDF 298.4 KB]</span>'),
                                      ("o23", "แผนป้องกันการทุจริต", a(viewer(124), "คลิก")),
                                      ("o24", "รายงานผลการป้องกันการทุจริต", dlink(125, "คลิก")),
                                      ("o25", "มาตรการส่งเสริมคุณธรรม (ผล ITA)", dlink(126, "คลิก")),
                                      ("o26", "รายงานผลส่งเสริมคุณธรรม", dlink(127, "คลิก"))]),
    }
    put(art(90), "ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)", "<ol>" + "".join(
        f"<li>{a(art(g), name)} ({rows[0][0]} - {rows[-1][0]})</li>" for g, (name, rows) in groups.items()) + "</ol>"
        + f"<p>{a('/old/ita2568/', 'ITA 2568 (เว็บไซต์เดิม)')}</p>")
    for g, (name, rows) in groups.items():
        trs = "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{h}</td></tr>" for c, t, h in rows)
        put(art(g), f"ITA 2569: {name}", f'<table class="table"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{trs}</table>'
            f"<p>{a(art(90), 'กลับหน้า ITA 2569')}</p>")

    # the old site
    put("/old/", "เว็บไซต์เดิม", f"<p>เว็บไซต์เดิมของวิทยาลัย (ปิดปรับปรุง ก.ย. {th('2567')})</p><ul><li>{a('/old/ita2568/', 'ITA 2568')}</li>"
        f"<li>{a('/old/news/', 'ข่าวเก่า')}</li><li>{a('/old/procure/', 'จัดซื้อจัดจ้าง')}</li></ul>")
    put("/old/news/", "ข่าวเก่า", "<ul>" + "".join(f"<li>{esc(t)} {th(d)}</li>" for d, t in [
        ("20 ก.ย. 2568", "แสดงในงานมหกรรมวัฒนธรรมอีสาน"), ("15 ส.ค. 2568", "วันแม่แห่งชาติ")]) + "</ul>")
    put("/old/procure/", "จัดซื้อจัดจ้าง (เว็บไซต์เดิม)", "<p>อยู่ระหว่างย้ายข้อมูลไปยังเว็บไซต์ใหม่</p>")
    put("/old/ita2568/", "ITA 2568", table([
        ("o5 แผนพัฒนาวิทยาลัย", dlink(101, "ดาวน์โหลด")), ("o6 แผนปฏิบัติราชการ 2568", dlink(103, "ดาวน์โหลด")),
        ("o21 ประเมินความเสี่ยงการทุจริต 2568", a("/old/files/ita68_o21.pdf", "ดาวน์โหลด")),
        ("o22 รายงานผลตามแผนบริหารความเสี่ยง 2567", a("/old/files/ita68_o22.pdf", "ดาวน์โหลด")),
        ("o23 แผนป้องกันการทุจริต 2568", a(viewer(124), "ดาวน์โหลด")),
        ("o25 มาตรการจากผล ITA 2567", dlink(126, "ดาวน์โหลด"))]))


def target(url: str) -> str:
    if "?" in url:
        path, query = url.split("?", 1)
        return os.path.join(HERE, path.lstrip("/") + ".q", query, "index.html")
    return os.path.join(HERE, url.lstrip("/"), "index.html")


def main() -> None:
    for d in ("index.php.q", "viewer.php.q", "old/ita2568", "old/news", "old/procure"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    build()
    from PIL import Image

    for name, (w, h), shade in (("logo", (80, 80), 150), ("director", (120, 150), 200), ("structure", (300, 160), 230),
                                *((f"p{n}", (100, 125), 190 + n) for n in range(4))):
        img = os.path.join(HERE, "images", f"{name}.png")
        os.makedirs(os.path.dirname(img), exist_ok=True)
        Image.new("L", (w, h), shade).save(img)
    css = os.path.join(HERE, "templates", "natasin", "css", "template.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as f:
        f.write("body{font-family:Tahoma,sans-serif;margin:0}#header{background:#7a1f1f;color:#fff;padding:8px}"
                "#mainmenu ul{display:flex;gap:12px;list-style:none}#container{display:flex}#left{width:240px}"
                "#content{flex:1;padding:10px}.table td,.table th{border:1px solid #ccc;padding:4px}"
                ".meta{color:#888;font-size:small}#footer{background:#333;color:#eee;padding:8px}\n")
    for url, (title, body) in PAGES.items():
        p = target(url)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(page(title, body))


if __name__ == "__main__":
    main()
