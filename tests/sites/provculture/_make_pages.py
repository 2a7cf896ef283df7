"""Generate the HTML pages of the "provculture" test site (สำนักงานวัฒนธรรมจังหวัดศรีวนาลัย, invented).

Run:  python tests/sites/provculture/_make_pages.py   (after _make_docs.py)

A provincial culture office on a WordPress-like theme: a top bar with the ministry's name, a menu,
a right-hand column (the chief's photo box, hotline, banners to the ministry, e-Service, ITA) and
a footer on every page; pages are folder/index.html.  Documents are rows of category lists under
/documents/<cat>/; the ITA 2568 page links pages, category lists and files in its own wording;
last year's ITA page is still online.  No date is taken from the clock.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG  # noqa: E402

TH_MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
MENU = [
    ("หน้าหลัก", "/"),
    ("เกี่ยวกับหน่วยงาน", "/about/history/"),
    ("โครงสร้างและอำนาจหน้าที่", "/about/structure/"),
    ("ผู้บริหาร", "/about/executives/"),
    ("ข่าวประชาสัมพันธ์", "/news/"),
    ("เอกสารเผยแพร่", "/documents/"),
    ("ข้อมูลวัฒนธรรม", "/culture-data/"),
    ("คู่มือสำหรับประชาชน", "/services/"),
    ("E-Service", "/eservice/"),
    ("ITA", "/ita/"),
    ("ติดต่อเรา", "/contact/"),
]
CATS = {
    "plan": "แผนงาน / งบประมาณ", "report": "รายงานผลการดำเนินงาน", "procurement": "จัดซื้อจัดจ้าง",
    "hr": "การบริหารทรัพยากรบุคคล", "integrity": "คุณธรรมและความโปร่งใส", "ministry": "เอกสารจากกระทรวงวัฒนธรรม",
}
ROWS = {  # category -> document keys, newest first (as the theme lists them)
    "plan": ["printplan", "budget68", "plan68", "half67", "plan67", "plan5y"],
    "report": ["stats67", "annual67", "half67", "workmanual"],
    "procurement": ["skr-2568-03", "skr-2568-02", "skr-2567-12", "printplan", "skr-2567-11", "skr-2567-10",
                    "skr-2567-09"],
    "hr": ["hr68", "hrrep66"],
    "integrity": ["risk68", "acplan68", "acinvite", "gift67", "nogift68", "cstats67", "riskrep66"],
    "ministry": ["acplanmin", "acrepmin", "complaintman", "ethics"],
}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(y: int, m: int, day: int) -> str:
    return f"{day} {TH_MONTHS[m - 1]} {y}"


def doc_link(key: str, text: str | None = None) -> str:
    path, title, ext, *_ = DOCS[key]
    return f'<a href="{path}">{esc(text or title)}</a> <small>[{ext.upper()}]</small>'


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} | {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div class="topbar">กระทรวงวัฒนธรรม &middot; สำนักงานปลัดกระทรวงวัฒนธรรม &nbsp;|&nbsp; สายด่วนวัฒนธรรม 1765</div>
<header><img src="/assets/logo.png" alt="ตราสัญลักษณ์กระทรวงวัฒนธรรม" width="48" height="48">
<span class="brand">{ORG}<br><small>Sriwanalai Provincial Cultural Office</small></span></header>
<nav><ul class="menu">
{menu}
</ul></nav>
<div class="wrap"><main>
<div class="crumb"><a href="/">หน้าหลัก</a> &raquo; {esc(title)}</div>
<h1>{esc(title)}</h1>
{body}
</main>
<aside>
<div class="box"><img src="/assets/chief.png" alt="วัฒนธรรมจังหวัด" width="80" height="100"><br>
นางสาวพิมพ์ลดา ธารทองคำ<br>วัฒนธรรมจังหวัดศรีวนาลัย</div>
<div class="box"><b>ลิงก์ด่วน</b><br>
<a href="/ita/2568/">ITA 2568 การเปิดเผยข้อมูลสาธารณะ</a><br>
<a href="/eservice/">E-Service ยื่นคำขอออนไลน์</a><br>
<a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a><br>
<a href="/documents/">เอกสารเผยแพร่</a><br>
<a href="https://www.m-culture.go.th/">กระทรวงวัฒนธรรม</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP กรมบัญชีกลาง</a></div>
<div class="box">ปฏิทินวันสำคัญ<br><a href="/calendar/">ดูปฏิทินกิจกรรม</a></div>
</aside></div>
<footer>{ORG} ศาลากลางจังหวัดศรีวนาลัย ชั้น 3 ถนนราชดำริ ตำบลในเมือง อำเภอเมืองศรีวนาลัย จังหวัดศรีวนาลัย 65990<br>
โทรศัพท์ 0 5591 2406 โทรสาร 0 5591 2407 อีเมล sriwanalai@culture.example.go.th &nbsp;
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> &middot; <a href="/sitemap/">แผนผังเว็บไซต์</a></footer>
</body></html>
"""


PAGES: dict[str, tuple[str, str]] = {}


def page(path: str, title: str, body: str) -> None:
    PAGES[path] = (title, body)


# ------------------------------------------------------------------ news
NEWS = [  # id, (y, m, d) BE, title, body, FY
    (115, (2568, 4, 10), "ขอเชิญร่วมงานประเพณีสงกรานต์ จังหวัดศรีวนาลัย ประจำปี 2568",
     "สำนักงานวัฒนธรรมจังหวัดศรีวนาลัย ร่วมกับจังหวัดศรีวนาลัย ขอเชิญประชาชนร่วมสรงน้ำพระพุทธรูปสำคัญ รดน้ำขอพรผู้สูงอายุ "
     "และชมขบวนแห่นางสงกรานต์ ระหว่างวันที่ 12 - 15 เมษายน 2568 ณ ลานวัฒนธรรมริมน้ำวนาลัย"),
    (114, (2568, 4, 2), "ประชุมเตรียมความพร้อมการจัดงานสงกรานต์ ปี 2568",
     "วัฒนธรรมจังหวัดศรีวนาลัย เป็นประธานการประชุมคณะทำงานเตรียมความพร้อมการจัดงานประเพณีสงกรานต์ ณ ห้องประชุมสำนักงาน"),
    (113, (2568, 3, 20), "สวจ.ศรีวนาลัย จัดอบรมเสริมสร้างจริยธรรมและวัฒนธรรมสุจริต ประจำปี 2568",
     "เมื่อวันที่ 18 มีนาคม 2568 สำนักงานวัฒนธรรมจังหวัดศรีวนาลัย จัดกิจกรรมอบรมเสริมสร้างจริยธรรมตามประมวลจริยธรรมข้าราชการพลเรือน "
     "และการขับเคลื่อนจริยธรรมในองค์กร ให้แก่บุคลากรทุกคน จำนวน 16 คน โดยมีวิทยากรจากสำนักงานจังหวัดบรรยายเรื่องการป้องกันผลประโยชน์ทับซ้อน "
     "พร้อมจัดทำข้อตกลงร่วมกันว่าจะปฏิบัติตนตามประมวลจริยธรรมตลอดปีงบประมาณ พ.ศ. 2568"),
    (112, (2568, 2, 26), "ประชุมคณะกรรมการวัฒนธรรมจังหวัดศรีวนาลัย ครั้งที่ 1/2568 และเปิดรับฟังความคิดเห็นภาคประชาชน",
     "สำนักงานวัฒนธรรมจังหวัดศรีวนาลัย จัดประชุมคณะกรรมการวัฒนธรรมจังหวัด ครั้งที่ 1/2568 โดยเชิญผู้แทนสภาวัฒนธรรมอำเภอ 9 อำเภอ "
     "ปราชญ์ชาวบ้าน ผู้นำชุมชนคุณธรรม และประชาชนผู้สนใจ ร่วมแสดงความคิดเห็นและเสนอแนะต่อการจัดกิจกรรมตามแผนปฏิบัติราชการ "
     "ประจำปีงบประมาณ พ.ศ. 2568 เช่น การคัดเลือกชุมชนเข้าร่วมโครงการยกระดับผลิตภัณฑ์วัฒนธรรมไทย และรูปแบบงานแห่เทียนพรรษา "
     "ที่ประชุมมีมติให้ภาคประชาชนร่วมเป็นคณะทำงานจัดงานแห่เทียนพรรษา และเปิดช่องทางเสนอความคิดเห็นเพิ่มเติมทางเพจเฟซบุ๊กของสำนักงาน "
     "จนถึงวันที่ 31 มีนาคม 2568"),
    (111, (2568, 2, 12), "วธ.ศรีวนาลัย ชวนเวียนเทียนวันมาฆบูชา ปลอดเหล้า ปลอดบุหรี่",
     "สำนักงานวัฒนธรรมจังหวัดศรีวนาลัย ขอเชิญพุทธศาสนิกชนร่วมกิจกรรมเวียนเทียนเนื่องในวันมาฆบูชา ณ วัดในจังหวัดทุกแห่ง"),
    (110, (2568, 1, 14), "มอบเกียรติบัตรหมู่บ้านรักษาศีล 5 ต้นแบบ ประจำปี 2568",
     "สำนักงานวัฒนธรรมจังหวัดศรีวนาลัย มอบเกียรติบัตรแก่หมู่บ้านรักษาศีล 5 ต้นแบบ จำนวน 12 หมู่บ้าน"),
    (109, (2567, 12, 5), "ร่วมพิธีเฉลิมพระเกียรติ วันคล้ายวันพระบรมราชสมภพ 5 ธันวาคม",
     "บุคลากรสำนักงานวัฒนธรรมจังหวัดศรีวนาลัย ร่วมพิธีทำบุญตักบาตรและพิธีถวายเครื่องราชสักการะ ณ ศาลากลางจังหวัด"),
    (108, (2567, 11, 15), "งานประเพณีลอยกระทงจังหวัดศรีวนาลัย ประจำปี 2567",
     "สำนักงานวัฒนธรรมจังหวัดศรีวนาลัย ร่วมกับเทศบาลเมืองศรีวนาลัย จัดงานประเพณีลอยกระทง ส่งเสริมการใช้กระทงจากวัสดุธรรมชาติ"),
    (107, (2567, 10, 17), "ทำบุญตักบาตรเทโวโรหณะ วันออกพรรษา 2567",
     "ข้าราชการและบุคลากรสำนักงานวัฒนธรรมจังหวัดศรีวนาลัย ร่วมทำบุญตักบาตรเทโวโรหณะ ณ วัดพระธาตุวนาราม"),
    (106, (2567, 10, 7), "สวจ.ศรีวนาลัย ประกาศเจตนารมณ์ไม่รับของขวัญ (No Gift Policy) ประจำปี 2568",
     "วัฒนธรรมจังหวัดศรีวนาลัย นำบุคลากรประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ประจำปีงบประมาณ พ.ศ. 2568 "
     "เพื่อสร้างวัฒนธรรมองค์กรที่โปร่งใส รายละเอียดตามประกาศแนบ"),
    (105, (2567, 9, 25), "มุทิตาจิตแด่ผู้เกษียณอายุราชการ ประจำปี 2567",
     "สำนักงานวัฒนธรรมจังหวัดศรีวนาลัย จัดพิธีมุทิตาจิตแด่ข้าราชการผู้เกษียณอายุราชการ"),
    (104, (2567, 8, 12), "กิจกรรมวันแม่แห่งชาติ 2567", "ร่วมพิธีเฉลิมพระเกียรติและกิจกรรมยกย่องแม่ดีเด่นจังหวัดศรีวนาลัย"),
    (103, (2567, 7, 20), "งานประเพณีแห่เทียนพรรษาจังหวัดศรีวนาลัย ประจำปี 2567",
     "ขบวนแห่เทียนพรรษาจาก 9 อำเภอ ร่วมสืบสานประเพณีอันดีงามของจังหวัด"),
    (102, (2567, 5, 22), "เชิญชวนร่วมกิจกรรมวันวิสาขบูชา 2567", "ขอเชิญร่วมกิจกรรมเวียนเทียนและฟังธรรมเทศนา ณ วัดทั่วจังหวัด"),
    (101, (2567, 4, 13), "สงกรานต์ศรีวนาลัย 2567", "ภาพบรรยากาศงานประเพณีสงกรานต์ จังหวัดศรีวนาลัย ประจำปี 2567"),
]
NEWS_DOCS = {106: "nogift68"}


def news_row(n) -> str:
    nid, (y, m, day), title, *_ = n
    return f'<li><a href="/news/{nid}/">{esc(title)}</a> <span class="date">{be(y, m, day)}</span></li>'


for n in NEWS:
    nid, (y, m, day), title, text = n
    extra = f"<p>เอกสารแนบ: {doc_link(NEWS_DOCS[nid])}</p>" if nid in NEWS_DOCS else ""
    page(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(y, m, day)} โดย กลุ่มบริหารงานทั่วไป</p>'
         f"<p>{esc(text)}</p>{extra}<p><a href=\"/news/\">&laquo; กลับหน้าข่าวประชาสัมพันธ์</a></p>")
page("/news/", "ข่าวประชาสัมพันธ์", "<ul class=\"list\">" + "".join(news_row(n) for n in NEWS[:10]) + "</ul>"
     '<p class="pager">หน้า 1 <a href="/news/page/2/">2</a> <a href="/news/page/2/">ถัดไป &raquo;</a></p>')
page("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", "<ul class=\"list\">" + "".join(news_row(n) for n in NEWS[10:])
     + '</ul><p class="pager"><a href="/news/">1</a> หน้า 2</p>')

# ------------------------------------------------------------------ documents


def doc_table(keys: list[str]) -> str:
    rows = []
    for i, key in enumerate(keys, 1):
        path, title, ext, lines, when, _ = DOCS[key]
        rows.append(f"<tr><td>{i}</td><td>{doc_link(key)}</td><td>{be(when.year + 543, when.month, when.day)}</td></tr>")
    return ('<table class="docs"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่เผยแพร่</th></tr>'
            + "".join(rows) + "</table>")


for cat, label in CATS.items():
    page(f"/documents/{cat}/", f"เอกสารเผยแพร่ : {label}", doc_table(ROWS[cat]))
page("/documents/", "เอกสารเผยแพร่", "<p>เลือกหมวดหมู่เอกสาร</p><ul>" + "".join(
    f'<li><a href="/documents/{c}/">{esc(t)}</a> ({len(ROWS[c])} รายการ)</li>' for c, t in CATS.items()) + "</ul>")

# ------------------------------------------------------------------ about, contact
page("/about/history/", "ประวัติความเป็นมา",
     "<p>สำนักงานวัฒนธรรมจังหวัดศรีวนาลัย เป็นหน่วยงานราชการส่วนภูมิภาค สังกัดสำนักงานปลัดกระทรวงวัฒนธรรม กระทรวงวัฒนธรรม "
     "จัดตั้งขึ้นเมื่อปี พ.ศ. 2545 ตามการปฏิรูประบบราชการ เดิมตั้งอยู่ที่อาคารหอประชุมจังหวัด "
     "ต่อมาย้ายมาอยู่ที่ศาลากลางจังหวัดศรีวนาลัย ชั้น 3</p>"
     '<p>ดูเพิ่มเติม: <a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></p>')
page("/about/vision/", "วิสัยทัศน์ พันธกิจ",
     "<h2>วิสัยทัศน์</h2><p>ศรีวนาลัยเมืองแห่งวัฒนธรรมลุ่มน้ำ สืบสานภูมิปัญญา สร้างคุณค่าสู่เศรษฐกิจชุมชน</p>"
     "<h2>พันธกิจ</h2><ol><li>ส่งเสริมและสืบสานศาสนา ศิลปะ และวัฒนธรรม</li><li>พัฒนาเศรษฐกิจสร้างสรรค์บนฐานวัฒนธรรม</li>"
     "<li>เฝ้าระวังทางวัฒนธรรม</li></ol>")
page("/about/structure/", "โครงสร้างและอำนาจหน้าที่",
     "<h2>แผนภูมิโครงสร้าง</h2><ul><li>วัฒนธรรมจังหวัดศรีวนาลัย<ul><li>กลุ่มบริหารงานทั่วไป</li>"
     "<li>กลุ่มงานยุทธศาสตร์และเฝ้าระวังทางวัฒนธรรม</li><li>กลุ่มงานส่งเสริมศาสนา ศิลปะ และวัฒนธรรม</li></ul></li></ul>"
     f"<p>ดาวน์โหลด: {doc_link('structure')}</p>"
     "<h2>อำนาจหน้าที่</h2><p>ตามกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวงวัฒนธรรม สำนักงานวัฒนธรรมจังหวัดมีอำนาจหน้าที่ดังนี้</p>"
     "<ol><li>จัดทำยุทธศาสตร์และแผนปฏิบัติการด้านศาสนา ศิลปะ และวัฒนธรรมของจังหวัด ให้สอดคล้องกับนโยบายกระทรวงวัฒนธรรม</li>"
     "<li>ส่งเสริม สนับสนุน และประสานการดำเนินงานด้านศาสนา ศิลปะ และวัฒนธรรมในจังหวัด</li>"
     "<li>เฝ้าระวัง ติดตาม และตรวจสอบข้อมูลทางวัฒนธรรมที่ไม่เหมาะสม</li>"
     "<li>ส่งเสริมเครือข่ายวัฒนธรรมและสภาวัฒนธรรมในพื้นที่</li>"
     "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
page("/about/executives/", "ผู้บริหาร",
     '<div class="exec"><img src="/assets/chief.png" alt="" width="80" height="100"><p><b>นางสาวพิมพ์ลดา ธารทองคำ</b><br>'
     "วัฒนธรรมจังหวัดศรีวนาลัย<br>โทร 0 5591 2406 ต่อ 11</p></div>"
     '<div class="exec"><img src="/assets/person.png" alt="" width="80" height="100"><p><b>นางอรุณี แก้วประเสริฐ</b><br>'
     "หัวหน้ากลุ่มบริหารงานทั่วไป<br>โทร 0 5591 2406 ต่อ 12</p></div>"
     '<div class="exec"><img src="/assets/person.png" alt="" width="80" height="100"><p><b>นายสมพงษ์ เรืองศรี</b><br>'
     "หัวหน้ากลุ่มงานยุทธศาสตร์และเฝ้าระวังทางวัฒนธรรม<br>โทร 0 5591 2406 ต่อ 14</p></div>"
     '<div class="exec"><img src="/assets/person.png" alt="" width="80" height="100"><p><b>นางสาวจันทร์เพ็ญ บุญมาก</b><br>'
     "หัวหน้ากลุ่มงานส่งเสริมศาสนา ศิลปะ และวัฒนธรรม<br>โทร 0 5591 2406 ต่อ 15</p></div>")
page("/contact/", "ติดต่อเรา",
     f"<p>{ORG}<br>ศาลากลางจังหวัดศรีวนาลัย ชั้น 3 ถนนราชดำริ ตำบลในเมือง อำเภอเมืองศรีวนาลัย จังหวัดศรีวนาลัย 65990</p>"
     "<p>โทรศัพท์ 0 5591 2406 &nbsp; โทรสาร 0 5591 2407<br>อีเมล sriwanalai@culture.example.go.th<br>"
     "เฟซบุ๊ก: สำนักงานวัฒนธรรมจังหวัดศรีวนาลัย<br>เวลาทำการ วันจันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
     '<p><a href="https://maps.google.com/?q=ศาลากลางจังหวัดศรีวนาลัย">แผนที่ Google Maps</a></p>')

# ------------------------------------------------------------------ services, e-service, complaint
SERVICES = {
    "folk-artist": ("การขอขึ้นทะเบียนศิลปินพื้นบ้านจังหวัด", [
        "ยื่นคำขอพร้อมผลงาน ณ กลุ่มงานส่งเสริมศาสนา ศิลปะ และวัฒนธรรม หรือผ่าน E-Service", "เจ้าหน้าที่ตรวจสอบเอกสาร (1 วันทำการ)",
        "คณะกรรมการพิจารณาผลงาน (20 วันทำการ)", "แจ้งผลและออกหนังสือรับรอง (3 วันทำการ)"],
        "24 วันทำการ", "สำเนาบัตรประจำตัวประชาชน 1 ฉบับ, ภาพผลงาน 5 ภาพ, ประวัติการแสดง"),
    "venue": ("การขอใช้สถานที่ลานวัฒนธรรมริมน้ำวนาลัย", [
        "ยื่นแบบคำขอใช้สถานที่ล่วงหน้าอย่างน้อย 15 วัน", "เจ้าหน้าที่ตรวจสอบตารางการใช้สถานที่ (1 วันทำการ)",
        "วัฒนธรรมจังหวัดพิจารณาอนุญาต (2 วันทำการ)"], "3 วันทำการ", "แบบคำขอใช้สถานที่, สำเนาบัตรประจำตัวประชาชน"),
}
for slug, (title, steps, time, papers) in SERVICES.items():
    page(f"/services/{slug}/", f"คู่มือสำหรับประชาชน : {title}",
         f"<p><b>งานที่ให้บริการ:</b> {esc(title)}</p><p><b>หน่วยงานที่รับผิดชอบ:</b> {ORG}</p>"
         "<p><b>ช่องทางการให้บริการ:</b> ณ สำนักงาน (วันจันทร์ - ศุกร์ 08.30 - 16.30 น.) หรือ "
         '<a href="/eservice/">E-Service</a></p><h2>ขั้นตอน ระยะเวลา และส่วนงานที่รับผิดชอบ</h2><ol>'
         + "".join(f"<li>{esc(s)}</li>" for s in steps) + f"</ol><p><b>ระยะเวลาดำเนินการรวม:</b> {time}</p>"
         f"<p><b>เอกสารหลักฐานประกอบ:</b> {esc(papers)}</p><p><b>ค่าธรรมเนียม:</b> ไม่มีค่าธรรมเนียม</p>")
page("/services/", "คู่มือสำหรับประชาชน", "<ul>" + "".join(
    f'<li><a href="/services/{s}/">{esc(t[0])}</a></li>' for s, t in SERVICES.items()) + "</ul>")
page("/eservice/", "E-Service ยื่นคำขอรับบริการออนไลน์",
     "<p>ประชาชนสามารถยื่นคำขอรับบริการได้ทางออนไลน์ โดยไม่ต้องเดินทางมาที่สำนักงาน เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
     '<form method="post" action="/eservice/submit.php"><p>ชื่อ - สกุล <input name="fullname" required></p>'
     '<p>เบอร์โทรศัพท์ <input name="phone"></p><p>อีเมล <input name="email" type="email"></p>'
     '<p>เรื่องที่ขอรับบริการ <select name="service"><option>ขอขึ้นทะเบียนศิลปินพื้นบ้าน</option>'
     "<option>ขอใช้สถานที่ลานวัฒนธรรม</option><option>ขอข้อมูลทางวัฒนธรรม</option></select></p>"
     '<p>รายละเอียด <textarea name="detail"></textarea></p><p><button type="submit">ส่งคำขอ</button></p></form>')
page("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
     "<p>ช่องทางการแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ สำนักงานวัฒนธรรมจังหวัดศรีวนาลัย "
     "(ผู้ร้องเรียนจะได้รับการคุ้มครองและเก็บข้อมูลเป็นความลับ)</p>"
     "<ol><li>ด้วยตนเอง ณ สำนักงาน ศาลากลางจังหวัด ชั้น 3</li><li>ทางไปรษณีย์ถึงวัฒนธรรมจังหวัดศรีวนาลัย</li>"
     "<li>โทรศัพท์ 0 5591 2406 หรือสายด่วนวัฒนธรรม 1765</li><li>อีเมล sriwanalai@culture.example.go.th</li>"
     "<li>กรอกแบบฟอร์มด้านล่าง</li></ol>"
     '<form method="post" action="/complaint/send.php"><p>เรื่องที่ร้องเรียน <input name="subject"></p>'
     '<p>รายละเอียด <textarea name="detail"></textarea></p><p>ช่องทางติดต่อกลับ (ถ้ามี) <input name="contact"></p>'
     '<p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form>'
     f"<p>แนวทางการจัดการเรื่องร้องเรียน: {doc_link('complaintman')}</p>")

# ------------------------------------------------------------------ ITA pages
ITA68 = [
    ("O1", "โครงสร้างหน่วยงาน และอำนาจหน้าที่", '<a href="/about/structure/">คลิกดูข้อมูล</a>'),
    ("O2", "ข้อมูลผู้บริหาร", '<a href="/about/executives/">คลิกดูข้อมูล</a>'),
    ("O3", "ข้อมูลการติดต่อ", '<a href="/contact/">คลิกดูข้อมูล</a>'),
    ("O4", "ข่าวประชาสัมพันธ์", '<a href="/news/">คลิกดูข้อมูล</a>'),
    ("O5", "แผนปฏิบัติราชการ ระยะ 5 ปี", doc_link("plan5y", "แผนปฏิบัติราชการ ระยะ 5 ปี (2566-2570)")),
    ("O6", "แผนปฏิบัติราชการและการใช้งบประมาณประจำปี", doc_link("plan68", "แผนปฏิบัติราชการ ปี ๒๕๖๘") + "<br>"
     + doc_link("budget68", "แผนการใช้จ่ายงบประมาณ") + "<br>"
     + doc_link("half67", "รายงานผลการดำเนินงานตามแผนปฏิบัติราชการ รอบ 6 เดือน")),
    ("O7", "รายงานผลการดำเนินงานประจำปี", doc_link("annual67", "รายงานประจำปี 2567")),
    ("O8", "คู่มือการปฏิบัติงาน", doc_link("workmanual", "คู่มือการปฏิบัติงาน")),
    ("O9", "คู่มือสำหรับประชาชน", '<a href="/services/">คลิกดูข้อมูล</a>'),
    ("O10", "E-Service", '<a href="/eservice/">คลิกดูข้อมูล</a>'),
    ("O11", "ข้อมูลสถิติการให้บริการ", doc_link("stats67", "สถิติการให้บริการ")),
    ("O12", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", '<a href="/documents/procurement/">คลิกดูข้อมูล</a>'),
    ("O13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", doc_link("annual67", "รายงานประจำปี 2567 (ส่วนที่ 3)")),
    ("O14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", doc_link("hr68", "แผนพัฒนาบุคลากร")),
    ("O15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", doc_link("hrrep66", "รายงานผลการพัฒนาบุคลากร")),
    ("O16", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", doc_link("ethics", "ประมวลจริยธรรม")
     + '<br><a href="/news/113/">กิจกรรมขับเคลื่อนจริยธรรม</a>'),
    ("O17", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", doc_link("complaintman", "คู่มือการจัดการเรื่องร้องเรียน")),
    ("O18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", '<a href="/complaint/">คลิกดูข้อมูล</a>'),
    ("O19", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตประจำปี", "อยู่ระหว่างรวบรวมข้อมูล"),
    ("O20", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", '<a href="/news/">คลิกดูข้อมูล</a>'),
    ("O21", "ประกาศเจตนารมณ์ No Gift Policy", doc_link("nogift68", "ประกาศเจตนารมณ์ No Gift Policy")),
    ("O22", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา", doc_link("gift67", "รายงานการรับทรัพย์สิน ปี 2567")),
    ("O23", "การประเมินความเสี่ยงการให้หรือรับสินบน", doc_link("risk68", "การประเมินความเสี่ยง")),
    ("O24", "รายงานผลการจัดการความเสี่ยงการทุจริต", doc_link("riskrep66", "รายงานผลการจัดการความเสี่ยง")),
    ("O25", "แผนปฏิบัติการป้องกันการทุจริต", doc_link("acplan68", "แผนปฏิบัติการป้องกันการทุจริต สวจ.")
     + "<br>" + doc_link("acplanmin", "แผน สป.วธ.")),
    ("O26", "รายงานผลการดำเนินการป้องกันการทุจริต", doc_link("acrepmin", "รายงานผลการดำเนินการป้องกันการทุจริต")),
]
ITA67 = [
    ("O10", "แผนดำเนินงานประจำปี", doc_link("plan67", "แผนปฏิบัติราชการ ปี ๒๕๖๗")),
    ("O11", "รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน", doc_link("half67", "รายงานรอบ 6 เดือน")),
    ("O12", "รายงานผลการดำเนินงานประจำปี", doc_link("plan66old", "แผน/ผลการดำเนินงาน ปี 2566")),
    ("O27", "สถิติเรื่องร้องเรียนการทุจริต", doc_link("cstats67", "สถิติเรื่องร้องเรียน ปี 2567")),
    ("O33", "รายงานผลการพัฒนาบุคลากร", doc_link("hrrep66", "รายงานผลการพัฒนาบุคลากร ปี ๒๕๖๖")),
    ("O36", "รายงานการรับทรัพย์สิน", doc_link("gift66", "รายงานการรับทรัพย์สิน ปี 2566")),
    ("O38", "รายงานผลการจัดการความเสี่ยง", doc_link("riskrep66", "รายงานผลการจัดการความเสี่ยง ปี 2566")),
]


def ita_table(rows) -> str:
    return ('<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>'
            + "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{link}</td></tr>" for c, t, link in rows) + "</table>")


page("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. 2568",
     "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568</p>" + ita_table(ITA68))
page("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. 2567", ita_table(ITA67))
page("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
     '<ul><li><a href="/ita/2568/">ITA ปี 2568</a></li><li><a href="/ita/2567/">ITA ปี 2567</a></li></ul>')

# ------------------------------------------------------------------ other pages
page("/culture-data/", "ข้อมูลวัฒนธรรม",
     '<ul><li><a href="/culture-data/temples/">ศาสนสถานสำคัญ</a></li><li><a href="/culture-data/festivals/">ประเพณีและเทศกาล</a></li></ul>')
page("/culture-data/temples/", "ศาสนสถานสำคัญของจังหวัดศรีวนาลัย",
     "<ul><li>วัดพระธาตุวนาราม อำเภอเมืองศรีวนาลัย</li><li>วัดป่าสักทอง อำเภอท่าวนา</li><li>วัดบ้านดอนแก้ว อำเภอดอนแก้ว</li></ul>")
page("/culture-data/festivals/", "ประเพณีและเทศกาล",
     "<ul><li>ประเพณีแห่เทียนพรรษา (กรกฎาคม)</li><li>ประเพณีลอยกระทง (พฤศจิกายน)</li><li>ประเพณีสงกรานต์ (เมษายน)</li></ul>")
page("/calendar/", "ปฏิทินกิจกรรม ปีงบประมาณ 2568",
     "<table><tr><th>เดือน</th><th>กิจกรรม</th></tr><tr><td>พ.ย. 2567</td><td>ลอยกระทง</td></tr>"
     "<tr><td>ก.พ. 2568</td><td>มาฆบูชา</td></tr><tr><td>เม.ย. 2568</td><td>สงกรานต์</td></tr>"
     "<tr><td>ก.ค. 2568</td><td>แห่เทียนพรรษา</td></tr></table>")
page("/faq/", "คำถามที่พบบ่อย", "<p><b>ถาม</b> ขอใช้ลานวัฒนธรรมต้องเสียค่าใช้จ่ายหรือไม่ <b>ตอบ</b> ไม่มีค่าใช้จ่าย</p>")
page("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
     "<p>สำนักงานจะเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
page("/links/", "หน่วยงานที่เกี่ยวข้อง",
     '<ul><li><a href="https://www.m-culture.go.th/">กระทรวงวัฒนธรรม</a></li><li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li></ul>')
home = ("<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2><ul class=\"list\">" + "".join(news_row(n) for n in NEWS[:5])
        + '</ul><p><a href="/news/">ดูข่าวทั้งหมด</a></p><h2>ประกาศ / เอกสาร</h2><ul>'
        + "".join(f"<li>{doc_link(k)}</li>" for k in ["skr-2568-03", "risk68", "printplan"])
        + '</ul><p><a href="/faq/">คำถามที่พบบ่อย</a> &middot; <a href="/links/">หน่วยงานที่เกี่ยวข้อง</a></p>')
page("/", "หน้าหลัก", home)
page("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(
    f'<li><a href="{p}">{esc(t)}</a></li>' for p, (t, _) in sorted(PAGES.items()) if not p.startswith("/news/1")) + "</ul>")

CSS = """body{font-family:Sarabun,Tahoma,sans-serif;margin:0;font-size:15px}.topbar{background:#6b1d1d;color:#fff;padding:4px 12px}
header{padding:8px 12px;background:#f6efe2}.brand{font-size:20px;color:#6b1d1d;vertical-align:top}
.menu{list-style:none;margin:0;padding:0;background:#8a2b2b}.menu li{display:inline-block}.menu a{color:#fff;padding:6px 10px;display:block}
.wrap{display:flex}main{flex:3;padding:12px}aside{flex:1;padding:12px;background:#faf7f0}.box{margin-bottom:12px}
footer{background:#333;color:#eee;padding:10px 12px;font-size:13px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}
"""


def tiny_png(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    import struct
    import zlib

    raw = b"".join(b"\x00" + bytes(colour) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main() -> None:
    for path, (title, body) in PAGES.items():
        target = os.path.join(HERE, path.strip("/"), "index.html")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as f:
            f.write(layout(title, body))
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as f:
        f.write(CSS)
    for name, size, colour in [("logo.png", (48, 48), (138, 43, 43)), ("chief.png", (80, 100), (190, 170, 150)),
                               ("person.png", (80, 100), (200, 200, 200))]:
        with open(os.path.join(HERE, "assets", name), "wb") as f:
            f.write(tiny_png(*size, colour))


if __name__ == "__main__":
    main()
