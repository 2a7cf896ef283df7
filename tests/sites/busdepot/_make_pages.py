"""Generate the HTML pages of the "busdepot" test site (invented: องค์การรถโดยสารมหานคร (อรม.)
เขตการเดินรถที่ 6).

Run:  python tests/sites/busdepot/_make_pages.py   (after _make_docs.py)

A Joomla 3 site: every page but the home page is /index.php?option=com_content&... (static
copies under index.php.q/<query>/index.html, see crawler/serve.py), documents go out through
/download.php?id=N, two plans are shown in a viewer page (/viewer.php?id=N: an embedded Google
Drive preview with a direct download beside it).  The procurement category has a year selector
(&year=2569 / &year=2568).  The ITA page (article 200) is a table of the seven groups, each group
a page of its own (articles 201-207) with the rows o1 ... o26 in the zone's own short wording and
Thai digits.  Last year's ITA page (article 180) and the site before the move to Joomla (/old/,
Thai digits only) are still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS  # noqa: E402

ORG = "องค์การรถโดยสารมหานคร เขตการเดินรถที่ 6"
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def th(s: str) -> str:
    return s.translate(TH)


def art(i: int) -> str:
    return f"/index.php?option=com_content&view=article&id={i}"


def cat(i: int, extra: str = "") -> str:
    return f"/index.php?option=com_content&view=category&id={i}{extra}"


def dl(i: int) -> str:
    return f"/download.php?id={i}"


def a(u: str, text: str) -> str:
    return f'<a href="{esc(u)}">{esc(text)}</a>'


def dlrow(i: int, note: str = "") -> str:
    fname, title, when, _kind, _c = DOCS[i]
    return (f"<tr><td>{esc(title)}{esc(note)}</td><td>{when.day}/{when.month}/{when.year + 543}</td>"
            f'<td><a href="{esc(dl(i))}"><img src="/images/pdf.png" alt="" width="16" height="16"> ดาวน์โหลด</a></td></tr>')


def dltable(ids: list[int]) -> str:
    return ('<table class="table"><tr><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>'
            + "".join(dlrow(i) for i in ids) + "</table>")


MENU = [("หน้าแรก", "/"), ("โครงสร้างและอำนาจหน้าที่", art(11)), ("ผู้บริหาร", art(12)),
        ("เส้นทางเดินรถ", art(15)), ("ข่าวประชาสัมพันธ์", cat(20)), ("แผนและรายงาน", cat(21)),
        ("จัดซื้อจัดจ้าง", cat(22)), ("บุคลากร", cat(23)), ("คุณธรรม/ป้องกันทุจริต", cat(24)),
        ("คู่มือ", cat(25)), ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"),
        ("กระดานถาม-ตอบ", "/webboard/"), ("ITA", art(200)), ("ติดต่อเรา", art(13))]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr"><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - {ORG}</title>
<link href="/templates/bus6/css/template.css?v=3.10" rel="stylesheet">
</head>
<body class="site com_content">
<div class="topbar">สายด่วนเขตการเดินรถที่ 6 โทร. 0 2468 7760 | ศูนย์ร้องเรียน อรม. 1350</div>
<header class="header"><img src="/images/logo-orm.png" alt="ตรา อรม." width="70" height="70">
<span class="site-title">{ORG}</span><br><small>ขับเคลื่อนเมือง ด้วยบริการที่ปลอดภัย</small></header>
<nav class="navigation"><ul class="nav menu">
{menu}
</ul></nav>
<div class="row"><main id="content" class="span9">
<h2 class="item-title">{esc(title)}</h2>
{body}
</main>
<aside class="span3" id="aside">
<div class="moduletable"><h3>ITA</h3><ul>
<li>{a(art(200), "ITA 2569 การเปิดเผยข้อมูลสาธารณะ")}</li>
<li>{a(art(180), "ITA 2568")}</li></ul></div>
<div class="moduletable"><h3>ลิงก์</h3><ul>
<li><a href="https://www.example-orm.or.th/">องค์การรถโดยสารมหานคร (สำนักงานใหญ่)</a></li>
<li>{a("/old/", "เว็บไซต์เดิม (ก่อน ต.ค. 2567)")}</li>
<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li></ul></div>
<div class="moduletable"><h3>สถิติผู้เข้าชม</h3><p>วันนี้ 214 · ทั้งหมด 318,442</p></div>
</aside></div>
<footer class="footer"><p>{ORG} อู่ลำพลับ 88/9 ถนนพุทธบูชาใหม่ แขวงบางมด เขตทุ่งครุ กรุงเทพฯ 10140
โทร. 0 2468 7760 โทรสาร 0 2468 7761 อีเมล zone6@example-orm.or.th</p>
<p>&copy; 2569 เขตการเดินรถที่ 6 · Powered by Joomla!</p></footer>
</body></html>
"""


def page(path: str, title: str, body: str) -> None:
    """path: a site URL; a query URL is written to <path>.q/<query>/index.html."""
    from urllib.parse import urlsplit

    from crawler.serve import _query_name

    parts = urlsplit(path)
    rel = parts.path.lstrip("/")
    if parts.query:
        target = os.path.join(HERE, rel + ".q", _query_name(parts.query), "index.html")
    else:
        target = os.path.join(HERE, rel, "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


NEWS = {
    108: ("2 เม.ย. 2569", "ขยายเวลาเดินรถเที่ยวสุดท้ายสาย 6-14 ถึง 22.30 น.",
          "ตามผลการรับฟังความคิดเห็นของประชาชนเมื่อ 24 ม.ค. 2569 เขตการเดินรถที่ 6 ขยายเวลาเดินรถเที่ยวสุดท้ายสาย 6-14 เป็น 22.30 น. ตั้งแต่ 1 มี.ค. 2569", []),
    106: ("9 มี.ค. 2569", "ติดตั้งป้ายหยุดรถใหม่หน้าโรงเรียนวัดบางมดใน",
          "ฝ่ายบริการเดินรถติดตั้งป้ายหยุดรถพร้อมหลังคากันแดด 3 จุด ตามแผนปฏิบัติการประจำปี 2569", []),
    105: ("14 ก.พ. 2569", "ทำบุญอู่ลำพลับ ประจำปี 2569", "ผู้อำนวยการเขตนำพนักงานร่วมทำบุญตักบาตรและมอบทุนการศึกษาบุตรพนักงาน 20 ทุน", []),
    104: ("26 ม.ค. 2569", "เวทีรับฟังความคิดเห็นประชาชน กรณีปรับปรุงเส้นทางเดินรถสาย 6-14",
          "เมื่อวันที่ 24 มกราคม 2569 เขตการเดินรถที่ 6 จัดเวทีรับฟังความคิดเห็นของประชาชน ณ ศาลาประชาคมชุมชนบางมด "
          "มีผู้โดยสาร ผู้นำชุมชน และผู้ประกอบการเข้าร่วม 87 คน เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมในการปรับเส้นทางและเวลาเดินรถ "
          "สรุปผลตามเอกสารแนบ", [45]),
    103: ("16 ธ.ค. 2568", "กิจกรรมขับเคลื่อนจริยธรรม \"พนักงาน อรม. ใจสุจริต\" ประจำปี 2569",
          "วันที่ 15 ธันวาคม 2568 เขตการเดินรถที่ 6 จัดกิจกรรมการขับเคลื่อนจริยธรรมตามประมวลจริยธรรมของพนักงาน "
          "ให้พนักงานขับรถและพนักงานเก็บค่าโดยสาร 120 คน ทบทวน Do's & Don'ts ในการให้บริการ (ไม่รับเงินนอกค่าโดยสาร "
          "ออกตั๋วทุกครั้ง) และลงนามปฏิญญาต่อต้านการทุจริต", [31]),
    107: ("12 ธ.ค. 2568", "เผยแพร่รายงานผลการดำเนินงานประจำปี",
          "เขตการเดินรถที่ 6 เผยแพร่รายงานผลการดำเนินงานประจำปี ผลการใช้จ่ายงบประมาณ ปัญหาอุปสรรคและข้อเสนอแนะ "
          "เพื่อให้ผู้โดยสารและประชาชนได้รับทราบ", [15]),
    102: ("20 พ.ย. 2568", "อบรมขับขี่ปลอดภัยเชิงป้องกัน รุ่นที่ 1/2569", "พนักงานขับรถ 64 คน เข้าอบรมที่อู่ลำพลับ", []),
    101: ("3 ต.ค. 2568", "ผู้อำนวยการเขตมอบนโยบายปีงบประมาณ 2569",
          "นายวีระพงษ์ ศรีสมบัติ ผู้อำนวยการเขตการเดินรถที่ 6 มอบนโยบายความปลอดภัยและบริการแก่หัวหน้าอู่ทั้ง 3 แห่ง", []),
}
OLD_NEWS = {
    92: ("18 ก.ย. 2568", "ตรวจสภาพรถโดยสารก่อนเปิดภาคเรียน", "ฝ่ายซ่อมบำรุงตรวจสภาพรถ 212 คัน", []),
    91: ("7 ก.ค. 2568", "เขต 6 รับมอบรถโดยสาร NGV ใหม่ 20 คัน", "รถใหม่วิ่งบริการสาย 6-03 และ 6-09", []),
    90: ("1 เม.ย. 2568", "ประกาศเจตนารมณ์ต่อต้านการทุจริต ปี 2568", "ผู้บริหารและพนักงานร่วมประกาศเจตนารมณ์", []),
}


def news_post(i: int, item) -> None:
    date, title, text, att = item
    files = ""
    if att:
        files = "<h4>ไฟล์แนบ</h4><ul>" + "".join(
            f'<li><a href="{esc(dl(k))}">{esc(DOCS[k][0])}</a> ({esc(DOCS[k][1])})</li>' for k in att) + "</ul>"
    page(art(i), title, f'<p class="date">เผยแพร่เมื่อ {date} · หมวด ข่าวประชาสัมพันธ์</p><p>{esc(text)}</p>{files}')


def news_list(items: dict, more: str) -> str:
    rows = "".join(f'<li><span class="date">{d}</span> {a(art(i), t)}</li>' for i, (d, t, _x, _y) in items.items())
    return f'<ul class="category-module">{rows}</ul><div class="pagination">{more}</div>'


def assets() -> None:
    """The template's stylesheet and images (tiny placeholders)."""
    import io

    from PIL import Image

    os.makedirs(os.path.join(HERE, "templates", "bus6", "css"), exist_ok=True)
    with open(os.path.join(HERE, "templates", "bus6", "css", "template.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}.topbar{background:#0a5c36;color:#fff}"
                 ".span9{float:left;width:72%}.span3{float:right;width:26%}.footer{clear:both;background:#eee}\n")
    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    for name, size, colour in [("logo-orm.png", (70, 70), "#0a5c36"), ("org-chart-z6.png", (60, 38), "#ffffff"),
                               ("pdf.png", (16, 16), "#cc0000"), ("exec1.jpg", (24, 30), "#888888"),
                               ("exec2.jpg", (24, 30), "#999999"), ("exec3.jpg", (24, 30), "#aaaaaa")]:
        buf = io.BytesIO()
        Image.new("RGB", size, colour).save(buf, format="PNG" if name.endswith(".png") else "JPEG")
        with open(os.path.join(HERE, "images", name), "wb") as fh:
            fh.write(buf.getvalue())


def build() -> None:
    assets()
    # home
    latest = "".join(f"<li>{a(art(i), NEWS[i][1])} <small>{NEWS[i][0]}</small></li>" for i in (108, 106, 105, 104, 103))
    page("/", "หน้าแรก", f"""<div class="banner">{a(art(200), "การเปิดเผยข้อมูลสาธารณะ (OIT) ITA 2569")}</div>
<h3>ข่าวล่าสุด</h3><ul>{latest}</ul><p>{a(cat(20), "ข่าวทั้งหมด")}</p>
<h3>บริการ</h3><ul><li>{a("/eservice/", "ขอเช่ารถโดยสารออนไลน์ / แจ้งของหาย")}</li><li>{a("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริต")}</li></ul>""")
    # about
    page(art(11), "โครงสร้างและอำนาจหน้าที่", """<img src="/images/org-chart-z6.png" alt="แผนภูมิโครงสร้างเขตการเดินรถที่ 6" width="600" height="380">
<h3>โครงสร้างการบริหารงาน</h3><ul><li>ผู้อำนวยการเขตการเดินรถที่ 6<ul>
<li>รองผู้อำนวยการเขต (ฝ่ายปฏิบัติการ)<ul><li>ฝ่ายปฏิบัติการเดินรถ</li><li>ฝ่ายบริการเดินรถ</li>
<li>อู่ลำพลับ · อู่คลองบางมด · อู่ท่าข้ามใหม่</li></ul></li>
<li>รองผู้อำนวยการเขต (ฝ่ายบริหาร)<ul><li>ฝ่ายซ่อมบำรุง</li><li>งานบริหารทั่วไปและบุคคล</li><li>งานการเงินและพัสดุ</li>
<li>งานสื่อสารองค์กรและบริการลูกค้า</li></ul></li></ul></li></ul>
<p>เขตการเดินรถที่ 6 เป็นหน่วยงานในสังกัดองค์การรถโดยสารมหานคร (รัฐวิสาหกิจ สังกัดกระทรวงคมนาคม)
อยู่ภายใต้การกำกับของคณะกรรมการองค์การ</p>
<h3>อำนาจหน้าที่</h3><ol><li>จัดการเดินรถโดยสารประจำทาง 14 เส้นทางในพื้นที่รับผิดชอบ ตามที่องค์การมอบหมาย</li>
<li>ควบคุมการปฏิบัติงานของพนักงานขับรถและพนักงานเก็บค่าโดยสาร และการจัดเก็บรายได้</li>
<li>บำรุงรักษาและตรวจสภาพรถโดยสาร อู่จอดรถ และป้ายหยุดรถ</li>
<li>รับเรื่องร้องเรียนและให้บริการข้อมูลแก่ผู้โดยสาร</li>
<li>ดำเนินการอื่นตามที่ผู้อำนวยการองค์การมอบหมาย ตามพระราชกฤษฎีกาจัดตั้งองค์การรถโดยสารมหานคร</li></ol>""")
    execs = [("นายวีระพงษ์ ศรีสมบัติ", "ผู้อำนวยการเขตการเดินรถที่ 6", "0 2468 7700"),
             ("นางสาวจันทร์เพ็ญ ก้อนทอง", "รองผู้อำนวยการเขต (ฝ่ายปฏิบัติการ)", "0 2468 7701"),
             ("นายประสิทธิ์ ล้ำเลิศ", "รองผู้อำนวยการเขต (ฝ่ายบริหาร)", "0 2468 7702")]
    cards = "".join(f'<div class="exec"><img src="/images/exec{n}.jpg" alt="{esc(p)}" width="120" height="150">'
                    f"<p><b>{esc(p)}</b><br>{esc(r)}<br>โทร. {t}</p></div>" for n, (p, r, t) in enumerate(execs, 1))
    page(art(12), "ผู้บริหารเขตการเดินรถที่ 6", cards)
    page(art(13), "ติดต่อเรา", f"""<p>{ORG}<br>อู่ลำพลับ เลขที่ 88/9 ถนนพุทธบูชาใหม่ แขวงบางมด เขตทุ่งครุ กรุงเทพมหานคร 10140</p>
<p>โทรศัพท์ 0 2468 7760 · โทรสาร 0 2468 7761 · อีเมล zone6@example-orm.or.th · Facebook: เขตการเดินรถที่ 6 อรม.</p>
<p>เวลาทำการ จันทร์ - ศุกร์ 08.00 - 16.30 น.</p>
<p><a href="https://maps.google.com/?q=13.6571,100.4968">แผนที่ Google Maps</a></p>
<p>สอบถามข้อมูลเส้นทาง/เวลาเดินรถ: {a("/webboard/", "กระดานถาม-ตอบ")}</p>""")
    page(art(14), "ประวัติเขตการเดินรถที่ 6", "<p>เขตการเดินรถที่ 6 ตั้งขึ้นเมื่อ พ.ศ. 2536 แยกจากเขตการเดินรถที่ 5 รับผิดชอบฝั่งธนบุรีตอนใต้</p>")
    page(art(15), "เส้นทางเดินรถ", "<table><tr><th>สาย</th><th>เส้นทาง</th></tr><tr><td>6-03</td><td>ท่าข้าม - สนามหลวง</td></tr>"
         "<tr><td>6-09</td><td>บางมด - สาธุประดิษฐ์</td></tr><tr><td>6-14</td><td>บางมด - วงเวียนใหญ่</td></tr></table>")
    # news
    for i, item in {**NEWS, **OLD_NEWS}.items():
        news_post(i, item)
    page(cat(20), "ข่าวประชาสัมพันธ์", news_list(NEWS, a(cat(20, "&limitstart=10"), "หน้าถัดไป »")))
    page(cat(20, "&limitstart=10"), "ข่าวประชาสัมพันธ์ (หน้า 2)", news_list(OLD_NEWS, a(cat(20), "« หน้าแรก")))
    # documents by category
    page(cat(21), "แผนและรายงาน", dltable([15, 14, 10, 13, 12, 11, 6, 5])
         + f'<p>ดูแผนแบบ e-Book: {a("/viewer.php?id=10", "แผนปฏิบัติการ 2569")} · {a("/viewer.php?id=5", "แผนยุทธศาสตร์")}</p>')
    selector = (f'<form class="year-select"><label>ปีงบประมาณ</label> {a(cat(22, "&year=2569"), "2569")} | '
                f'{a(cat(22, "&year=2568"), "2568")}</form>')
    skr69 = [24, 23, 22, 21, 20]
    annual = '<h4>รายงานประจำปี</h4>' + dltable([27])
    page(cat(22), "จัดซื้อจัดจ้าง", selector + "<h4>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ 2569</h4>" + dltable(skr69) + annual)
    page(cat(22, "&year=2569"), "จัดซื้อจัดจ้าง ปีงบประมาณ 2569", selector + dltable(skr69) + annual)
    page(cat(22, "&year=2568"), "จัดซื้อจัดจ้าง ปีงบประมาณ 2568", selector + dltable([26, 25]))
    page(cat(23), "บุคลากร", dltable([30, 29, 28, 31]))
    page(cat(24), "คุณธรรม ความโปร่งใส และการป้องกันการทุจริต", dltable([42, 34, 40, 39, 37, 43, 41, 38, 36, 35, 33, 32]))
    page(cat(25), "คู่มือ", dltable([17, 16]))
    # viewers
    for i in (5, 10):
        fname, title, _w, _k, _c = DOCS[i]
        page(f"/viewer.php?id={i}", title,
             f'<iframe src="https://drive.google.com/file/d/1zB6x{i}Qe7kLmN0pR/preview" width="100%" height="640"></iframe>'
             f'<p class="download">{a(dl(i), "ดาวน์โหลดไฟล์ " + fname)}</p>')
    # services
    page("/eservice/", "E-Service บริการออนไลน์", """<p>ยื่นคำขอออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่ตอบกลับภายใน 1 วันทำการ</p>
<form action="/eservice/send.php" method="post"><label>บริการ</label><select name="svc"><option>ขอเช่ารถโดยสารเหมาคัน</option>
<option>แจ้งสิ่งของสูญหายบนรถ</option></select><label>ชื่อ-สกุล</label><input name="name"><label>โทรศัพท์</label><input name="tel">
<label>รายละเอียด</label><textarea name="detail"></textarea><button type="submit">ส่งคำขอ</button></form>"""
         + f'<p>{a(dl(18), "สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 2568 - มี.ค. 2569)")}</p>')
    page("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"""<p>ผู้ร้องเรียนจะได้รับความคุ้มครองและข้อมูลเป็นความลับ</p>
<form action="/complaint/send.php" method="post"><label>เรื่อง</label><input name="subject"><label>รายละเอียด/เบาะแส</label>
<textarea name="detail"></textarea><label>ช่องทางติดต่อกลับ (ไม่บังคับ)</label><input name="contact"><button type="submit">ส่งเรื่อง</button></form>
<p>ช่องทางอื่น: สายด่วน อรม. 1350 · <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · ขั้นตอน: {a(dl(32), "คู่มือการจัดการเรื่องร้องเรียน")}</p>""")
    page("/webboard/", "กระดานถาม-ตอบ", """<div class="q"><b>ถาม</b> สาย 6-14 เที่ยวสุดท้ายกี่โมงครับ (คุณต้น, 3 มี.ค. 2569)<br>
<b>ตอบ</b> ตั้งแต่ 1 มี.ค. 2569 เที่ยวสุดท้ายออกจากบางมด 22.30 น. ครับ (admin เขต 6)</div>
<div class="q"><b>ถาม</b> ลืมกระเป๋าบนรถสาย 6-09 ติดต่อที่ไหน (คุณนิด, 19 ก.พ. 2569)<br><b>ตอบ</b> แจ้งผ่านเมนู E-Service หรือโทร 0 2468 7760</div>
<form action="/webboard/post.php" method="post"><label>คำถาม</label><textarea name="q"></textarea><button type="submit">ส่งคำถาม</button></form>""")
    # ITA 2569, one page per group
    groups = {
        201: ("9.1 ข้อมูลพื้นฐาน", [("o1", "โครงสร้าง และอำนาจหน้าที่", [art(11)]), ("o2", "ผู้บริหาร", [art(12)]),
                                  ("o3", "ติดต่อ / ถาม-ตอบ", [art(13), "/webboard/"]), ("o4", "ข่าวประชาสัมพันธ์", [cat(20)])]),
        202: ("9.2 การบริหารงานและงบประมาณ", [
            ("o5", "แผนยุทธศาสตร์เขต", ["/viewer.php?id=5"]),
            ("o6", "แผนปฏิบัติการ 2569 / แผนใช้จ่ายงบประมาณ 2569", ["/viewer.php?id=10", dl(13)]),
            ("o7", "รายงานผลการดำเนินงานประจำปี", [art(107)]), ("o8", "คู่มือปฏิบัติงาน", [cat(25)]),
            ("o9", "คู่มือขอรับบริการ", [dl(17)]), ("o10", "E-Service / สถิติบริการ", ["/eservice/", dl(18)])]),
        203: ("9.3 การจัดซื้อจัดจ้าง", [("o11", "สขร.1 รายเดือน", [cat(22, "&year=2569")]),
                                       ("o12", "สรุปจัดซื้อจัดจ้างประจำปี", [dl(27)])]),
        204: ("9.4 การบริหารทรัพยากรบุคคล", [("o13", "หลักเกณฑ์บริหารบุคคล / แผนพัฒนาบุคลากร", [dl(28), dl(29)]),
                                            ("o14", "รายงานผลบริหารบุคคล 2568", [dl(30)]),
                                            ("o15", "ประมวลจริยธรรม / การขับเคลื่อนจริยธรรม", [dl(31), art(103)])]),
        205: ("9.5 การส่งเสริมความโปร่งใส", [("o16", "คู่มือจัดการเรื่องร้องเรียนการทุจริต", [dl(32)]),
                                            ("o17", "ช่องทางร้องเรียนการทุจริต", ["/complaint/"]),
                                            ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [dl(33)]),
                                            ("o19", "การมีส่วนร่วม", [art(104)])]),
        206: ("10.1 การป้องกันการทุจริต", [("o20", "No Gift Policy / รายงานการรับของขวัญ", [dl(35), dl(36)]),
                                          ("o21", "การประเมินความเสี่ยงการทุจริต ประจำปี 2569", [dl(37)]),
                                          ("o22", "รายงานผลการจัดการความเสี่ยงการทุจริต 2568", [dl(8)])]),
        207: ("10.2 คุณธรรมและความโปร่งใส", [("o23", "แผนป้องกันการทุจริต 2569", [dl(39)]),
                                            ("o24", "รายงานผลการป้องกันการทุจริต 2568", [dl(41)]),
                                            ("o25", "การนำผล ITA ไปพัฒนา / มาตรการส่งเสริมคุณธรรม", [dl(42)]),
                                            ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม 2568", [dl(43)])]),
    }
    index = []
    for gid, (gtitle, rows) in groups.items():
        trs = []
        for code, text, links in rows:
            cells = " ".join(a(u, "คลิก") for u in links)
            if code == "o25":
                cells = "อยู่ระหว่างดำเนินการ " + a(links[0], "(หนังสือเชิญประชุม)")
            trs.append(f"<tr><td>{code}</td><td>{esc(th(text))}</td><td>{cells}</td></tr>")
        page(art(gid), th(f"ITA 2569 ตัวชี้วัดย่อย {gtitle}"),
             '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>' + "".join(trs) + "</table>"
             + f"<p>{a(art(200), '« กลับหน้ารวม ITA ' + th('2569'))}</p>")
        index.append(f"<tr><td>{a(art(gid), th(gtitle))}</td><td>{esc(rows[0][0])} - {esc(rows[-1][0])}</td></tr>")
    page(art(200), th("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569"),
         "<p>" + th("เขตการเดินรถที่ 6 เปิดเผยข้อมูลตามแบบ OIT ปี 2569 แยกตามตัวชี้วัดย่อย") + "</p>"
         + '<table class="ita">' + "".join(index) + "</table>")
    old_rows = [("o10", "แผนปฏิบัติการประจำปี 2568", dl(11)), ("o22", "รายงานการรับของขวัญ 2567", dl(36)),
                ("o27", "สถิติเรื่องร้องเรียน 6 เดือน 2568", dl(33)), ("o9", "ผลประเมินแผนปฏิบัติการ", dl(14)),
                ("o33", "ประกาศ No Gift Policy", dl(35))]
    page(art(180), "ITA 2568 การเปิดเผยข้อมูลสาธารณะ",
         '<table class="ita">' + "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{a(u, 'คลิก')}</td></tr>" for c, t, u in old_rows)
         + "</table>")
    page("/index.php?option=com_xmap&view=html&id=1", "แผนผังเว็บไซต์",
         "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in MENU) + f"<li>{a(art(180), 'ITA 2568')}</li></ul>")
    # the old site (before the move to Joomla), Thai digits only
    old_menu = f'<p>{a("/old/", "หน้าแรก (เดิม)")} · {a("/old/ita2567/", th("ITA 2567"))} · {a("/old/news/", "ข่าว (เดิม)")}</p>'
    page("/old/", th("เว็บไซต์เดิม เขตการเดินรถที่ 6 (ปรับปรุงล่าสุด 30 ก.ย. 2567)"),
         old_menu + "<p>" + th("เว็บไซต์นี้ย้ายไประบบใหม่ตั้งแต่ 1 ต.ค. 2567 ข้อมูลในหน้านี้เก็บไว้เพื่ออ้างอิง") + "</p>")
    page("/old/news/", th("ข่าวเขต 6 (ปี 2567)"), old_menu + "<ul><li>" + th("12 ก.ย. 2567 อบรมพนักงานขับรถ รุ่นที่ 4/2567")
         + "</li><li>" + th("2 ต.ค. 2566 ประกาศนโยบาย No Gift Policy ปี 2567") + "</li></ul>")
    page("/old/ita2567/", th("ITA 2567 (OIT)"), old_menu + '<table class="ita">'
         + f"<tr><td>{th('o1')}</td><td>{th('แผนยุทธศาสตร์ 2563-2567')}</td><td>{a(dl(5), 'คลิก')}</td></tr>"
         + f"<tr><td>{th('o34')}</td><td>{th('ประกาศ No Gift Policy 2567')}</td><td>{a(dl(35), 'คลิก')}</td></tr>"
         + f"<tr><td>{th('o30')}</td><td>{th('การประเมินความเสี่ยงการทุจริต 2566')}</td><td>{a('/old/files/ita_o30_2566.pdf', 'คลิก')}</td></tr>"
         + "</table>")


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))
    build()
    print("pages:", sum(1 for _ in __import__("pathlib").Path(HERE).rglob("index.html")))
