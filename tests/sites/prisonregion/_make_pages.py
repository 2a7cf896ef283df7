"""Generate the HTML pages of the "prisonregion" test site (ทัณฑสถานเปิดห้วยน้ำเย็น, invented).

Run:  python tests/sites/prisonregion/_make_pages.py   (after _make_docs.py: file sizes are read
from the files it wrote)

The template the Department of Corrections gives its prisons: a top bar, a menu, a right column
(the commander, hotline, quick links, ITA of each year) and a footer on every page.  Documents are
listed by category under /download/<cat>/, monthly procurement summaries on /procurement/, news
under /news/ (two pages).  The ITA page /ita/2568/ is a table of o1 … o26 in the prison's own short
wording whose links go to files, pages or category lists; last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, HIDDEN, ORG  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน / แผนยุทธศาสตร์", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "บริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
DEAD_SIZE = {"gifts": "286.4 KB", "gifts67": "301.9 KB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    num, ext = DOCS[key][0], DOCS[key][1]
    return f"/files/{num}.{ext}"


def size(key: str) -> str:
    if key in DEAD_SIZE:
        return DEAD_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


MENU = [("หน้าหลัก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("เยี่ยมญาติ", "/visit/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลดเอกสาร", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="topbar">กรมราชทัณฑ์ กระทรวงยุติธรรม · {ORG} · โทร. 0 3461 5270 · สายด่วนกรมราชทัณฑ์ 1111 กด 77</div>
<header id="banner"><img src="/assets/logo.png" alt="ตรากรมราชทัณฑ์" width="60" height="60">
<div><b>{ORG}</b><br>Huai Nam Yen Open Correctional Institution</div></header>
<nav id="menu"><ul>
{menu}
</ul></nav>
<div id="wrap">
<main id="content">
<h1>{esc(title)}</h1>
{body}
</main>
<aside id="side">
<div class="box"><h3>ผู้บัญชาการ</h3><img src="/assets/chief.png" alt="ผู้บัญชาการ" width="120" height="150">
<p>นายวรวุฒิ ศรีสมบัติ<br>ผู้บัญชาการทัณฑสถานเปิดห้วยน้ำเย็น</p></div>
<div class="box"><h3>ลิงก์ด่วน</h3><ul>
<li><a href="/eservice/">จองเยี่ยมญาติออนไลน์</a></li>
<li><a href="/visit/">ระเบียบการเยี่ยมญาติ</a></li>
<li><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a></li>
<li><a href="https://www.correct.go.th/">กรมราชทัณฑ์</a></li></ul></div>
<div class="box"><h3>ITA</h3><ul>
<li><a href="/ita/2568/">ITA ปี 2568</a></li>
<li><a href="/ita/2567/">ITA ปี 2567</a></li></ul></div>
<div class="box">ผู้เข้าชม 0218734</div>
</aside>
</div>
<footer id="footer">{ORG} เลขที่ 99 หมู่ 7 ตำบลหนองกุ่ม อำเภอบ่อพลอย จังหวัดกาญจนบุรี 71160<br>
โทร. 0 3461 5270 โทรสาร 0 3461 5271 · saraban.hnyen@correct.example · <a href="/sitemap/">แผนผังเว็บไซต์</a></footer>
</body></html>
"""


PAGES: dict[str, tuple[str, str]] = {}


def page(path: str, title: str, body: str) -> None:
    PAGES[path] = (title, body)


def doc_rows(keys: list[str]) -> str:
    rows = "".join(f'<tr><td><a href="{f(k)}">{esc(DOCS[k][3])}</a></td><td>{be(DOCS[k][4])}</td>'
                   f"<td>{size(k)}</td></tr>\n" for k in keys)
    return f"<table class=\"docs\"><tr><th>เอกสาร</th><th>วันที่</th><th>ขนาด</th></tr>\n{rows}</table>"


NEWS = [  # (id, date, title, body)
    (2841, (2025, 4, 2), "ทัณฑสถานฯ จัดพิธีรดน้ำขอพรผู้สูงอายุเนื่องในเทศกาลสงกรานต์", "ผู้บัญชาการพร้อมเจ้าหน้าที่ร่วมรดน้ำขอพรข้าราชการบำนาญ ณ ห้องประชุมชั้น 2"),
    (2836, (2025, 3, 21), "ปล่อยตัวผู้ต้องขังพักการลงโทษ จำนวน 18 ราย", "ทัณฑสถานฯ ปล่อยตัวผู้ต้องขังที่ได้รับอนุมัติพักการลงโทษ พร้อมมอบชุดอุปกรณ์เกษตรเพื่อประกอบอาชีพ"),
    (2829, (2025, 3, 7), "ประชุมคณะกรรมการเยี่ยมเยียนเรือนจำภาคประชาชน ครั้งที่ 1/2568",
     "ทัณฑสถานฯ เปิดโอกาสให้ผู้นำชุมชน ผู้ใหญ่บ้าน และญาติผู้ต้องขัง 21 คน ร่วมตรวจเยี่ยมแดนเกษตร ห้องเยี่ยมญาติ และโรงครัว "
     "ให้ข้อเสนอแนะต่อการจัดบริการเยี่ยมญาติ ที่ประชุมเสนอให้ขยายรอบจองเยี่ยมออนไลน์ช่วงเย็น ทัณฑสถานฯ รับไปดำเนินการตั้งแต่เดือนเมษายน 2568 "
     "สรุปผลการรับฟังความคิดเห็น: ข้อเสนอ 5 เรื่อง ดำเนินการแล้ว 3 เรื่อง อยู่ระหว่างดำเนินการ 2 เรื่อง"),
    (2817, (2025, 2, 14), "ยกย่องเจ้าหน้าที่ต้นแบบด้านคุณธรรม ประจำปี 2568", "คัดเลือกเจ้าหน้าที่ต้นแบบ 6 คน ตามโครงการส่งเสริมคุณธรรม จริยธรรมและความโปร่งใส"),
    (2803, (2025, 1, 20), "ตลาดนัดผลผลิตผู้ต้องขัง ประจำเดือนมกราคม 2568", "จำหน่ายผักปลอดสารพิษและไข่ไก่จากแดนเกษตร รายได้นำเข้ากองทุนเงินทุนหมุนเวียน"),
    (2791, (2024, 12, 17), "อบรมหลักสูตรผู้คุมยุคใหม่ ใสสะอาด", "เจ้าหน้าที่ 124 คน เข้ารับการอบรมด้านจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน"),
    (2780, (2024, 12, 2), "ประชาสัมพันธ์ งดรับของขวัญช่วงเทศกาลปีใหม่", "ทัณฑสถานฯ ขอความร่วมมืองดมอบของขวัญแก่เจ้าหน้าที่ โปรดดูประกาศนโยบาย No Gift Policy ในหมวดคุณธรรม"),
    (2766, (2024, 11, 8), "เปิดให้บริการจองเยี่ยมญาติออนไลน์รอบเพิ่มเติม", "ญาติสามารถจองเยี่ยมผ่านระบบออนไลน์ได้วันละ 6 รอบ"),
    (2752, (2024, 10, 21), "ประชุมชี้แจงแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568", "ผู้บัญชาการชี้แจงโครงการสำคัญ 5 โครงการแก่หัวหน้าฝ่ายทุกฝ่าย"),
    (2744, (2024, 10, 4), "ทำบุญตักบาตรเนื่องในวันคล้ายวันสถาปนากรมราชทัณฑ์", "เจ้าหน้าที่และผู้ต้องขังร่วมทำบุญตักบาตรพระสงฆ์ 9 รูป"),
    (2688, (2024, 3, 15), "ประชุมคณะกรรมการเยี่ยมเยียนเรือนจำภาคประชาชน ครั้งที่ 1/2567", "ผู้นำชุมชน 17 คน ร่วมตรวจเยี่ยมทัณฑสถานฯ และให้ข้อเสนอแนะ"),
    (2650, (2024, 1, 12), "กิจกรรมวันเด็กแห่งชาติ ณ ห้องเยี่ยมญาติ", "จัดกิจกรรมให้บุตรหลานผู้ต้องขังเยี่ยมใกล้ชิด"),
]


def build_pages() -> None:
    from datetime import date

    page("/", "หน้าหลัก", "<h2>ข่าวล่าสุด</h2><ul>" + "".join(
        f'<li><a href="/news/{i}/">{esc(t)}</a> ({be(date(*dt))})</li>' for i, dt, t, _ in NEWS[:6])
        + '</ul><p><a href="/news/">ข่าวทั้งหมด</a></p><h2>บริการ</h2><p><a href="/eservice/">จองเยี่ยมญาติออนไลน์</a> · '
        '<a href="/visit/">ตารางเยี่ยมญาติ</a> · <a href="/download/">ดาวน์โหลดเอกสาร</a></p>')
    page("/about/history/", "ประวัติความเป็นมา",
         "<p>ทัณฑสถานเปิดห้วยน้ำเย็นจัดตั้งขึ้นเมื่อปี พ.ศ. 2521 บนพื้นที่ 1,150 ไร่ เพื่อฝึกวิชาชีพเกษตรกรรมแก่ผู้ต้องขังชั้นดีก่อนพ้นโทษ</p>"
         "<h2>วิสัยทัศน์</h2><p>ทัณฑสถานเปิดต้นแบบด้านการพัฒนาพฤตินิสัยด้วยเกษตรกรรม คืนคนดีสู่สังคม</p>"
         '<p>ดูเพิ่มเติม <a href="/about/authority/">อำนาจหน้าที่</a></p>')
    page("/about/structure/", "โครงสร้างหน่วยงาน",
         '<img src="/assets/structure.png" alt="แผนภูมิโครงสร้าง" width="400" height="240">'
         "<ul><li>ผู้บัญชาการทัณฑสถาน<ul><li>ฝ่ายบริหารทั่วไป</li><li>ฝ่ายควบคุมผู้ต้องขัง</li><li>ฝ่ายทัณฑปฏิบัติ</li>"
         "<li>ฝ่ายพัฒนาพฤตินิสัย</li><li>ฝ่ายฝึกวิชาชีพ (แดนเกษตร)</li><li>ฝ่ายสวัสดิการและสงเคราะห์ผู้ต้องขัง</li>"
         "<li>สถานพยาบาลทัณฑสถาน</li></ul></li></ul>"
         '<h2>อำนาจหน้าที่</h2><p>ตามพระราชบัญญัติราชทัณฑ์ พ.ศ. 2560 และกฎกระทรวงแบ่งส่วนราชการกรมราชทัณฑ์ '
         '<a href="/about/authority/">รายละเอียด</a></p>')
    page("/about/authority/", "อำนาจหน้าที่",
         "<ol><li>ควบคุมผู้ต้องขังตามหมายศาลตามพระราชบัญญัติราชทัณฑ์ พ.ศ. 2560</li><li>แก้ไขพัฒนาพฤตินิสัยและฝึกวิชาชีพผู้ต้องขัง</li>"
         "<li>จัดสวัสดิการ การรักษาพยาบาล และการเยี่ยมญาติ</li><li>เตรียมความพร้อมก่อนปล่อยและประสานการติดตามหลังปล่อย</li></ol>")
    page("/about/executives/", "ผู้บริหาร",
         "<table><tr><th>ภาพ</th><th>ชื่อ</th><th>ตำแหน่ง</th><th>โทร.</th></tr>"
         '<tr><td><img src="/assets/chief.png" alt="" width="60" height="75"></td><td>นายวรวุฒิ ศรีสมบัติ</td><td>ผู้บัญชาการทัณฑสถานเปิดห้วยน้ำเย็น</td><td>0 3461 5272</td></tr>'
         '<tr><td><img src="/assets/chief.png" alt="" width="60" height="75"></td><td>นายธีรพงษ์ ชัยมงคล</td><td>ผู้อำนวยการส่วนควบคุมผู้ต้องขัง</td><td>0 3461 5273</td></tr>'
         '<tr><td><img src="/assets/chief.png" alt="" width="60" height="75"></td><td>นางวิไลวรรณ ทองสุข</td><td>หัวหน้าฝ่ายบริหารทั่วไป</td><td>0 3461 5274</td></tr>'
         '<tr><td><img src="/assets/chief.png" alt="" width="60" height="75"></td><td>นายสุรเชษฐ์ พรมวงศ์</td><td>หัวหน้าฝ่ายพัฒนาพฤตินิสัย</td><td>0 3461 5275</td></tr></table>')
    page("/contact/", "ติดต่อเรา",
         "<p>ทัณฑสถานเปิดห้วยน้ำเย็น เลขที่ 99 หมู่ 7 ตำบลหนองกุ่ม อำเภอบ่อพลอย จังหวัดกาญจนบุรี 71160</p>"
         "<p>โทรศัพท์ 0 3461 5270 โทรสาร 0 3461 5271 อีเมล saraban.hnyen@correct.example</p>"
         '<p>Facebook: <a href="https://www.facebook.com/hnyen.open.prison.example">ทัณฑสถานเปิดห้วยน้ำเย็น</a></p>'
         '<p>แผนที่: <a href="https://maps.google.com/?q=14.3921,99.4507">Google Maps</a></p>'
         "<p>เวลาทำการ วันจันทร์ - ศุกร์ 08.30 - 16.30 น. (เยี่ยมญาติ 08.30 - 14.30 น.)</p>"
         '<p>สอบถามข้อมูล <a href="/complaint/">แบบฟอร์มติดต่อ/ร้องเรียน</a></p>')
    page("/visit/", "ระเบียบการเยี่ยมญาติ",
         "<p>เยี่ยมได้วันจันทร์ - ศุกร์ ยกเว้นวันหยุดราชการ ญาติ 1 คนเยี่ยมได้วันละ 1 ครั้ง ครั้งละ 20 นาที</p>"
         f'<p>คู่มือสำหรับประชาชน: <a href="{f("visit-guide")}">การเยี่ยมญาติและฝากเงินผู้ต้องขัง</a></p>'
         '<p>จองเยี่ยมล่วงหน้า: <a href="/eservice/">ระบบจองเยี่ยมญาติออนไลน์</a></p>')
    page("/eservice/", "E-Service จองเยี่ยมญาติออนไลน์",
         "<p>ญาติผู้ต้องขังสามารถจองวันเวลาเยี่ยมญาติผ่านระบบออนไลน์ (Line Video Call) ได้ล่วงหน้า 1 - 7 วัน</p>"
         '<form action="https://forms.example.com/hnyen-visit" method="post"><label>ชื่อ-สกุลผู้เยี่ยม <input name="name"></label>'
         '<label>เลขบัตรประชาชน <input name="cid"></label><label>ชื่อผู้ต้องขัง <input name="inmate"></label>'
         '<label>วันที่ต้องการเยี่ยม <input type="date" name="day"></label><button>จองเยี่ยม</button></form>'
         '<p>ฝากเงินออนไลน์ผ่าน <a href="https://epayment.example.go.th/">ระบบฝากเงินผู้ต้องขัง (e-Payment)</a></p>')
    page("/complaint/", "ร้องเรียน / ร้องทุกข์",
         "<p>ท่านสามารถร้องเรียนการให้บริการได้ที่ตู้รับเรื่องหน้าอาคารเยี่ยมญาติ โทร. 0 3461 5270 หรือแบบฟอร์มด้านล่าง</p>"
         '<form action="https://forms.example.com/hnyen-complaint" method="post"><textarea name="msg"></textarea><button>ส่ง</button></form>'
         '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>')
    page("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         "<p>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ ทัณฑสถานจะเก็บข้อมูลผู้ร้องเป็นความลับ</p>"
         '<form action="https://forms.example.com/hnyen-corrupt" method="post"><label>เรื่อง <input name="subject"></label>'
         '<label>รายละเอียด <textarea name="detail"></textarea></label><label>ช่องทางติดต่อกลับ (ไม่บังคับ) <input name="contact"></label>'
         "<button>ส่งเรื่อง</button></form>"
         "<p>หรือ ส่งจดหมายถึงผู้บัญชาการทัณฑสถานเปิดห้วยน้ำเย็น โทร. 0 3461 5272 อีเมล stopcorrupt.hnyen@correct.example "
         "และศูนย์ปฏิบัติการต่อต้านการทุจริต กรมราชทัณฑ์ โทร. 1111 กด 77</p>"
         f'<p>ขั้นตอน: <a href="{f("complaint-guide")}">คู่มือการจัดการเรื่องร้องเรียนการทุจริต</a></p>')
    extra = [("วิสัยทัศน์ พันธกิจ", "/about/vision/"), ("กฎหมายที่เกี่ยวข้อง", "/law/"), ("ถาม-ตอบ", "/qa/"),
             ("หน่วยงานที่เกี่ยวข้อง", "/links/")]
    page("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU + extra)
         + "</ul>")
    page("/about/vision/", "วิสัยทัศน์ พันธกิจ",
         "<p>วิสัยทัศน์: ทัณฑสถานเปิดต้นแบบด้านการพัฒนาพฤตินิสัยด้วยเกษตรกรรม คืนคนดีสู่สังคม</p>"
         "<p>พันธกิจ: ควบคุมผู้ต้องขังอย่างมีมาตรฐาน พัฒนาพฤตินิสัยและฝึกวิชาชีพ เตรียมความพร้อมก่อนปล่อย</p>")
    page("/qa/", "ถาม-ตอบ",
         "<dl><dt>ถาม: เยี่ยมญาติออนไลน์ต้องใช้อะไรบ้าง (12 ก.พ. 2568)</dt><dd>ตอบ: บัตรประชาชนและบัญชี LINE ที่ลงทะเบียนแล้ว</dd>"
         "<dt>ถาม: ฝากเงินได้วันละเท่าไร (3 มี.ค. 2568)</dt><dd>ตอบ: ไม่เกิน 1,000 บาทต่อผู้ต้องขังหนึ่งคนต่อวัน</dd></dl>"
         '<p>ส่งคำถาม: <a href="/complaint/">แบบฟอร์มติดต่อ</a></p>')
    page("/links/", "หน่วยงานที่เกี่ยวข้อง",
         '<ul><li><a href="https://www.correct.go.th/">กรมราชทัณฑ์</a></li><li><a href="https://www.moj.go.th/">กระทรวงยุติธรรม</a></li></ul>')
    page("/law/", "กฎหมายที่เกี่ยวข้อง",
         "<ul><li>พระราชบัญญัติราชทัณฑ์ พ.ศ. 2560</li><li>ระเบียบกรมราชทัณฑ์ว่าด้วยการเยี่ยมและติดต่อผู้ต้องขัง</li></ul>")
    # news
    for i, dt, t, body in NEWS:
        extra = ""
        if i == 2829:
            extra = f'<p>เอกสาร: <a href="{f("invite")}">หนังสือเชิญประชุม</a></p>'
        page(f"/news/{i}/", t, f"<p class=\"date\">{be(date(*dt))}</p><p>{esc(body)}</p>"
             f'<img src="/assets/news.png" alt="" width="320" height="200">{extra}<p><a href="/news/">กลับ</a></p>')
    cur = [n for n in NEWS if n[1] >= (2024, 10, 1)]
    old = [n for n in NEWS if n[1] < (2024, 10, 1)]
    page("/news/", "ข่าวประชาสัมพันธ์", "<ul>" + "".join(
        f'<li><a href="/news/{i}/">{esc(t)}</a> {be(date(*dt))}</li>' for i, dt, t, _ in cur)
        + '</ul><p>หน้า 1 <a href="/news/page/2/">2</a></p>')
    page("/news/page/2/", "ข่าวประชาสัมพันธ์ หน้า 2", "<ul>" + "".join(
        f'<li><a href="/news/{i}/">{esc(t)}</a> {be(date(*dt))}</li>' for i, dt, t, _ in old)
        + '</ul><p><a href="/news/">1</a> หน้า 2</p>')
    # downloads
    cats = {}
    for k, v in DOCS.items():
        if k not in HIDDEN:
            cats.setdefault(v[2], []).append(k)
    for cat, keys in cats.items():
        keys.sort(key=lambda k: DOCS[k][4], reverse=True)
        page(f"/download/{cat}/", f"ดาวน์โหลด: {CATS[cat]}", doc_rows(keys))
    page("/download/", "ดาวน์โหลดเอกสาร", "<ul>" + "".join(
        f'<li><a href="/download/{c}/">{esc(CATS[c])}</a> ({len(cats[c])})</li>' for c in CATS) + "</ul>")
    sk = ["sk-10", "sk-11", "sk-12", "sk-02", "sk-03"]
    page("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
         "<p>ปีงบประมาณ พ.ศ. 2568</p>" + doc_rows(list(reversed(sk)))
         + f'<p>รายงานประจำปี: <a href="{f("proc-year")}">สรุปผลการจัดซื้อจัดจ้าง ปี 2567</a></p>')
    # ITA
    page("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
         '<ul><li><a href="/ita/2568/">ITA ปีงบประมาณ พ.ศ. 2568</a></li><li><a href="/ita/2567/">ITA ปีงบประมาณ พ.ศ. 2567</a></li></ul>')
    rows68 = [
        ("o1", "โครงสร้างหน่วยงาน", [("/about/structure/", "โครงสร้าง")]),
        ("o2", "ผู้บริหาร", [("/about/executives/", "ข้อมูลผู้บริหาร")]),
        ("o3", "ติดต่อหน่วยงาน", [("/contact/", "ติดต่อเรา")]),
        ("o4", "ข่าวประชาสัมพันธ์", [("/news/", "ข่าว")]),
        ("o5", "แผนยุทธศาสตร์", [(f("strat"), "แผนยุทธศาสตร์"), (f("strat-eval"), "ผลการติดตาม")]),
        ("o6", "แผนปฏิบัติราชการ/แผนใช้จ่ายงบ/รายงาน 6 เดือน", [(f("plan68"), "แผนปฏิบัติราชการ 2568"),
                                                          (f("budget68"), "แผนการใช้จ่ายงบประมาณ"),
                                                          (f("m6-67"), "รายงานรอบ 6 เดือน")]),
        ("o7", "รายงานประจำปี", [("/download/report/", "รายงานผลการดำเนินงาน")]),
        ("o8", "คู่มือปฏิบัติงาน", [(f("sop"), "SOP รับตัวผู้ต้องขัง")]),
        ("o9", "คู่มือประชาชน", [(f("visit-guide"), "คู่มือเยี่ยมญาติ")]),
        ("o10", "E-Service", [("/eservice/", "จองเยี่ยมออนไลน์")]),
        ("o11", "สถิติให้บริการ", [(f("stats68"), "สถิติ 2568")]),
        ("o12", "สขร.1 รายเดือน", [("/procurement/", "สรุปผลรายเดือน")]),
        ("o13", "สรุปจัดซื้อประจำปี", [(f("proc-year"), "รายงานประจำปี")]),
        ("o14", "แผนพัฒนาบุคลากร", [("/download/hr/", "หมวดบริหารงานบุคคล")]),
        ("o15", "รายงานผล HR", [(f("hr-report"), "รายงาน")]),
        ("o16", "ประมวลจริยธรรม", [(f("ethics"), "ประกาศ"), (f("ethics-act"), "การขับเคลื่อน")]),
        ("o17", "คู่มือร้องเรียนทุจริต", [(f("complaint-guide"), "คู่มือ")]),
        ("o18", "ช่องทางร้องเรียนทุจริต", [("/complaint/corruption/", "แจ้งเรื่อง")]),
        ("o19", "สถิติร้องเรียนทุจริต", [(f("cstats67"), "สถิติ")]),
        ("o20", "การมีส่วนร่วม", [("/news/2829/", "ประชุมภาคประชาชน")]),
        ("o21", "No Gift Policy", [(f("nogift66"), "ประกาศ"), (f("nogift-dept"), "ประกาศกรมราชทัณฑ์")]),
        ("o22", "รายงานรับของขวัญ", [(f("gifts"), "รายงาน")]),
        ("o23", "ประเมินความเสี่ยงสินบน", [(f("risk68"), "ผลการประเมิน")]),
        ("o24", "รายงานจัดการความเสี่ยง", [(f("riskrep67"), "รายงาน")]),
        ("o25", "แผนป้องกันทุจริต", [(f("anti68"), "แผนของทัณฑสถาน"), (f("anti-dept"), "แผนกรมราชทัณฑ์")]),
        ("o26", "รายงานผลป้องกันทุจริต", [(f("antirep67"), "รายงาน")]),
    ]
    tr = "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>" + " | ".join(f'<a href="{u}">{esc(x)}</a>' for u, x in ls)
                 + "</td></tr>\n" for c, t, ls in rows68)
    page("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568",
         f"<table class=\"ita\"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n{tr}</table>")
    rows67 = [("o5", "แผนยุทธศาสตร์", f("strat")), ("o6", "แผนปฏิบัติราชการ 2567", f("plan67")),
              ("o13", "สรุปจัดซื้อ", f("proc-year")), ("o14", "แผนพัฒนาบุคลากร", f("hr67")),
              ("o21", "No Gift Policy", f("nogift66")), ("o22", "รายงานรับของขวัญ", f("gifts67"))]
    tr = "".join(f'<tr><td>{c}</td><td>{esc(t)}</td><td><a href="{u}">คลิก</a></td></tr>\n' for c, t, u in rows67)
    page("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567",
         f"<table class=\"ita\"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n{tr}</table>")


def build() -> None:
    build_pages()
    for path, (title, body) in PAGES.items():
        out = os.path.join(HERE, path.lstrip("/"), "index.html")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(layout(title, body))
    assets = os.path.join(HERE, "assets")
    os.makedirs(assets, exist_ok=True)
    with open(os.path.join(assets, "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#menu ul{display:flex;list-style:none}"
                 "#wrap{display:flex}#content{flex:3;padding:1em}#side{flex:1}table{border-collapse:collapse}"
                 "td,th{border:1px solid #999;padding:4px}\n")
    from PIL import Image

    for name, dims in (("logo.png", (60, 60)), ("chief.png", (120, 150)), ("structure.png", (400, 240)),
                       ("news.png", (320, 200))):
        Image.new("RGB", dims, (120, 90, 40)).save(os.path.join(assets, name))


if __name__ == "__main__":
    build()
