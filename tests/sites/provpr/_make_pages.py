"""Generate the HTML pages of the "provpr" test site (สำนักงานประชาสัมพันธ์จังหวัดอุทัยธานี, invented people).

Run:  python tests/sites/provpr/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial public relations office's news site on the department's provincial template: a top
bar, a banner, a menu, a right column (the head of office, quick links, the radio station, a
visitor counter) and a footer on every page; pages are folder/index.html.  Most pages are news
(/news/, /news/page/2/, /news/<id>/).  The ITA items sit under one menu: /ita/ lists the years,
/ita/2569/ is a table o1 … o26 in the office's own short wording whose links go to files, pages
or category lists (/download/<cat>/); last year's /ita/2568/ is still online.  The monthly
สขร.1 are on /procurement/.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "สำนักงานประชาสัมพันธ์จังหวัดอุทัยธานี"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "สถิติการให้บริการ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป / หนังสือเวียน"}
GONE_SIZE = {"risk-rep-68": "388.4 KB", "old-risk-68": "1.2 MB"}
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key)


def size(key: str) -> str:
    if key in GONE_SIZE:
        return GONE_SIZE[key]
    n = os.path.getsize(os.path.join(HERE, f(key).lstrip("/")))
    return f"{n / 1024:.1f} KB"


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับเรา", "/about/history/"), ("โครงสร้างหน่วยงาน", "/about/structure/"),
        ("ข่าวประชาสัมพันธ์", "/news/"), ("สวท.อุทัยธานี", "/radio/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("ดาวน์โหลดเอกสาร", "/download/"), ("e-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"),
        ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">กรมประชาสัมพันธ์ · Government Public Relations Department · ขนาดตัวอักษร ก- ก ก+</div>
<div id="banner"><img src="/assets/logo.png" alt="ตรากรมประชาสัมพันธ์" width="60" height="60">
<b>{ORG}</b><br><small>Uthai Thani Provincial Public Relations Office</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="main">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="side">
<div class="box"><img src="/assets/person.png" alt="" width="80" height="96"><br><b>นางสาววรรณวิมล ทองสุขเกษม</b><br>
ประชาสัมพันธ์จังหวัดอุทัยธานี</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/ita/2569/">ITA ๒๕๖๙ (OIT)</a><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br>
<a href="/eservice/">ขอรับบริการออนไลน์</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/radio/">ฟังวิทยุ สวท.อุทัยธานี FM 97.25</a><br>
<a href="https://www.prd.go.th/">กรมประชาสัมพันธ์</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="box">ผู้เข้าชมวันนี้ ๑๒๘ · ทั้งหมด ๔๓๑,๐๕๒</div>
</div></div>
<div id="footer">{ORG} ศาลากลางจังหวัดอุทัยธานี (หลังเก่า) ชั้น 2 ถนนศรีอุทัย ตำบลอุทัยใหม่ อำเภอเมืองอุทัยธานี 61000<br>
โทรศัพท์ 0 5657 9210 โทรสาร 0 5657 9211 อีเมล prkhon.uthai@gmail.com ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© ๒๕๖๔ {ORG} กรมประชาสัมพันธ์</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    out = os.path.join(HERE, path.strip("/"), "index.html") if path != "/" else os.path.join(HERE, "index.html")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def doc_link(key: str, text: str | None = None) -> str:
    ext = ROWS[key][3]
    return (f'<img src="/assets/{ "pdf" if ext == "pdf" else "doc"}.gif" alt=""> '
            f'<a href="{f(key)}">{esc(text or ROWS[key][0])}</a> <small>({ext.upper()} {size(key)})</small>')


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d), title, body paragraphs
    (1211, (2026, 4, 2), "ประชาสัมพันธ์จังหวัดร่วมแถลงข่าวงานประเพณีสงกรานต์ จังหวัดอุทัยธานี ประจำปี 2569",
     ["วันที่ 2 เมษายน 2569 นางสาววรรณวิมล ทองสุขเกษม ประชาสัมพันธ์จังหวัดอุทัยธานี ร่วมแถลงข่าวงานประเพณีสงกรานต์ ณ ลานริมแม่น้ำสะแกกรัง",
      "ภายในงานมีขบวนแห่พระพุทธรูป การก่อเจดีย์ทราย และการแสดงทางวัฒนธรรม ระหว่างวันที่ 12 - 15 เมษายน 2569"]),
    (1208, (2026, 3, 25), "สวท.อุทัยธานี ออกอากาศรายการพิเศษ รู้ทันภัยมิจฉาชีพออนไลน์",
     ["สถานีวิทยุกระจายเสียงแห่งประเทศไทยจังหวัดอุทัยธานี ร่วมกับตำรวจภูธรจังหวัด จัดรายการพิเศษให้ความรู้ประชาชนเรื่องภัยมิจฉาชีพออนไลน์"]),
    (1205, (2026, 3, 20), "อบรมผู้ประกาศเสียงตามสายชุมชน รุ่นที่ 1 ประจำปี 2569",
     ["สำนักงานประชาสัมพันธ์จังหวัดอุทัยธานีจัดอบรมผู้ประกาศเสียงตามสายชุมชน มีผู้ประกาศจาก 8 อำเภอเข้าร่วม 42 คน"]),
    (1203, (2026, 2, 12), "เวทีรับฟังความคิดเห็น สื่อมวลชนและภาคประชาชนร่วมกำหนดประเด็นการสื่อสารของจังหวัด ปี 2569",
     ["วันที่ 12 กุมภาพันธ์ 2569 สำนักงานประชาสัมพันธ์จังหวัดอุทัยธานีเปิดเวทีรับฟังความคิดเห็น ณ ห้องประชุมศาลากลางจังหวัด "
      "ให้สื่อมวลชนท้องถิ่น ผู้นำชุมชน อาสาสมัครประชาสัมพันธ์ และประชาชน ร่วมเสนอประเด็นข่าวสารที่ต้องการให้สำนักงานเผยแพร่",
      "ผู้เข้าร่วมทั้งสิ้น 64 คน ได้แก่ สื่อมวลชนท้องถิ่น 18 คน ผู้นำชุมชน 21 คน อาสาสมัครประชาสัมพันธ์ 15 คน และประชาชนทั่วไป 10 คน",
      "ข้อเสนอที่ได้ เช่น เพิ่มข่าวราคาสินค้าเกษตรรายสัปดาห์ทางวิทยุ และแจ้งเตือนน้ำหลากผ่านกลุ่มไลน์ชุมชน "
      "สำนักงานได้นำข้อเสนอไปปรับผังรายการ สวท.อุทัยธานี ตั้งแต่เดือนมีนาคม 2569"]),
    (1198, (2026, 1, 30), "กิจกรรมส่งเสริมจริยธรรม ประชาสัมพันธ์อุทัยธานี คนดี มีคุณธรรม ประจำปีงบประมาณ 2569",
     ["วันที่ 30 มกราคม 2569 สำนักงานประชาสัมพันธ์จังหวัดอุทัยธานีจัดกิจกรรมขับเคลื่อนจริยธรรม ทบทวนประมวลจริยธรรมข้าราชการพลเรือน "
      "และข้อกำหนดจริยธรรมกรมประชาสัมพันธ์ เจ้าหน้าที่เข้าร่วม 19 คน",
      "พร้อมมอบเกียรติบัตรบุคลากรต้นแบบด้านคุณธรรม จริยธรรม ประจำปี 2569 จำนวน 2 คน"]),
    (1195, (2026, 1, 22), "ประชาสัมพันธ์จังหวัดลงพื้นที่ติดตามเสียงตามสายหมู่บ้าน อำเภอลานสัก",
     ["ลงพื้นที่ตรวจเยี่ยมระบบเสียงตามสายและพบปะผู้ประกาศประจำหมู่บ้าน 6 แห่ง"]),
    (1190, (2026, 1, 10), "สำนักงานประชาสัมพันธ์จังหวัดร่วมจัดกิจกรรมวันเด็กแห่งชาติ 2569",
     ["จัดซุ้มเกมตอบคำถามและให้เด็กทดลองเป็นผู้ประกาศข่าว ณ สนามกีฬาจังหวัด"]),
    (1184, (2025, 12, 9), "ร่วมงานวันต่อต้านคอร์รัปชันสากล จังหวัดอุทัยธานี",
     ["เจ้าหน้าที่สำนักงานประชาสัมพันธ์จังหวัดร่วมเดินรณรงค์และถ่ายทอดสดกิจกรรมทางเพจ สวท.อุทัยธานี"]),
    (1179, (2025, 11, 25), "ถ่ายทอดสดงานลอยกระทงริมน้ำสะแกกรัง",
     ["สวท.อุทัยธานีถ่ายทอดสดงานลอยกระทงทางวิทยุและสื่อออนไลน์ มีผู้รับชมออนไลน์กว่า 12,000 ครั้ง"]),
    (1172, (2025, 11, 5), "ประชุมสื่อมวลชนสัมพันธ์ ครั้งที่ 1/2569",
     ["ประชุมหารือแนวทางการเผยแพร่ข่าวสารของจังหวัดกับสื่อมวลชนท้องถิ่น 22 สำนัก"]),
    (1166, (2025, 10, 20), "เผยแพร่ข่าวเตือนภัยน้ำหลาก ลุ่มน้ำสะแกกรัง",
     ["สำนักงานประชาสัมพันธ์จังหวัดเผยแพร่ประกาศเตือนภัยของจังหวัดทุกช่องทาง"]),
    (1160, (2025, 10, 8), "ประชาสัมพันธ์จังหวัดอุทัยธานีคนใหม่รายงานตัวต่อผู้ว่าราชการจังหวัด",
     ["นางสาววรรณวิมล ทองสุขเกษม เข้ารับตำแหน่งประชาสัมพันธ์จังหวัดอุทัยธานี ตั้งแต่วันที่ 1 ตุลาคม 2568"]),
]
OLD_NEWS = [
    (1141, (2025, 8, 20), "สวท.อุทัยธานีจัดรายการพิเศษเฉลิมพระเกียรติ", ["ออกอากาศรายการพิเศษตลอดเดือนสิงหาคม 2568"]),
    (1130, (2025, 7, 3), "อบรมอาสาสมัครประชาสัมพันธ์ ประจำปี 2568", ["ผู้เข้าอบรม 38 คน จาก 8 อำเภอ"]),
    (1118, (2025, 5, 14), "ประชุมสื่อมวลชนสัมพันธ์ ครั้งที่ 2/2568", ["หารือการเผยแพร่ข่าวช่วงฤดูฝน"]),
    (1102, (2025, 3, 18), "กิจกรรมเสริมสร้างวัฒนธรรมองค์กรต่อต้านการทุจริต ประจำปี 2568",
     ["เจ้าหน้าที่เข้าร่วม 18 คน ตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568"]),
    (1090, (2025, 1, 29), "เวทีรับฟังความคิดเห็นประชาชน ประจำปี 2568", ["ผู้เข้าร่วม 55 คน ณ หอประชุมอำเภอเมือง"]),
]


def news_date(t) -> str:
    y, m, d = t
    return f"{d} {MONTHS[m - 1]} {y + 543}"


def news_list(items) -> str:
    return "<ul class=\"news\">\n" + "\n".join(
        f'<li><span class="date">{news_date(t)}</span> <a href="/news/{i}/">{esc(title)}</a></li>'
        for i, t, title, _b in items) + "\n</ul>"


def make_news() -> None:
    for i, t, title, body in NEWS + OLD_NEWS:
        paras = "\n".join(f"<p>{esc(p)}</p>" for p in body)
        write(f"/news/{i}/", title, f'<p class="date">โพสต์เมื่อ {news_date(t)} · หมวด ข่าวประชาสัมพันธ์จังหวัด</p>\n'
              f'<img src="/assets/news.png" alt="ภาพข่าว" width="320" height="180">\n{paras}\n'
              f'<p><a href="/news/">« กลับหน้ารวมข่าว</a></p>')
    write("/news/", "ข่าวประชาสัมพันธ์", news_list(NEWS) + '\n<p class="pager">หน้า 1 | <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)",
          news_list(OLD_NEWS) + '\n<p class="pager"><a href="/news/">1</a> | หน้า 2</p>')


# ---------------------------------------------------------------- fixed pages


def make_about() -> None:
    write("/about/history/", "ประวัติความเป็นมา",
          "<p>สำนักงานประชาสัมพันธ์จังหวัดอุทัยธานี เป็นหน่วยงานราชการบริหารส่วนกลางในสังกัดกรมประชาสัมพันธ์ "
          "ที่ตั้งอยู่ในภูมิภาค เริ่มปฏิบัติงานในจังหวัดอุทัยธานีเมื่อ พ.ศ. 2522 และดูแลสถานีวิทยุกระจายเสียงแห่งประเทศไทยจังหวัดอุทัยธานี</p>"
          "<p>วิสัยทัศน์ : ศูนย์กลางข้อมูลข่าวสารของจังหวัด ที่ประชาชนเชื่อถือ เข้าถึงง่าย ทันเหตุการณ์</p>")
    write("/about/structure/", "โครงสร้างหน่วยงาน",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างสำนักงานประชาสัมพันธ์จังหวัดอุทัยธานี" width="480" height="270">\n'
          "<ul><li>ประชาสัมพันธ์จังหวัดอุทัยธานี (ผู้อำนวยการสำนักงาน)<ul>"
          "<li>ฝ่ายบริหารทั่วไป (งานสารบรรณ การเงินและบัญชี พัสดุ บุคคล)</li>"
          "<li>กลุ่มงานข่าวและเทคโนโลยีสารสนเทศ</li>"
          "<li>กลุ่มงานประชาสัมพันธ์และเครือข่าย</li>"
          "<li>สถานีวิทยุกระจายเสียงแห่งประเทศไทยจังหวัดอุทัยธานี (สวท.อุทัยธานี)</li></ul></li></ul>"
          '<p>ดูเพิ่มเติม <a href="/about/authority/">อำนาจหน้าที่</a> · <a href="/about/executives/">ผู้บริหาร</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมประชาสัมพันธ์ สำนักงานประชาสัมพันธ์จังหวัดมีอำนาจหน้าที่ ดังนี้</p><ol>"
          "<li>เผยแพร่ข้อมูลข่าวสารเกี่ยวกับนโยบายและผลการดำเนินงานของรัฐบาลและจังหวัดสู่ประชาชน</li>"
          "<li>ผลิตข่าวและสื่อประชาสัมพันธ์ในพื้นที่จังหวัด</li>"
          "<li>ประสานและพัฒนาเครือข่ายการประชาสัมพันธ์ สื่อมวลชน และสื่อชุมชน</li>"
          "<li>ติดตามและรายงานสถานการณ์ข่าวสารและความคิดเห็นของประชาชนในพื้นที่</li>"
          "<li>เป็นศูนย์ข้อมูลข่าวสารและให้บริการข้อมูลแก่ประชาชน</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    people = [("นางสาววรรณวิมล ทองสุขเกษม", "ประชาสัมพันธ์จังหวัดอุทัยธานี", "0 5657 9210 ต่อ 101"),
              ("นายปรีชา แก้วมณีวงศ์", "หัวหน้าฝ่ายบริหารทั่วไป", "0 5657 9210 ต่อ 102"),
              ("นางกนกพร ศรีบุญเรือง", "หัวหน้ากลุ่มงานข่าวและเทคโนโลยีสารสนเทศ", "0 5657 9210 ต่อ 103"),
              ("นายธีรวัฒน์ ใจกล้าหาญ", "ผู้อำนวยการสถานีวิทยุกระจายเสียงแห่งประเทศไทยจังหวัดอุทัยธานี", "0 5657 9215")]
    cards = "\n".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="80" height="96">'
                      f"<br><b>{esc(n)}</b><br>{esc(p)}<br>โทร. {esc(t)}</div>" for n, p, t in people)
    write("/about/executives/", "ผู้บริหาร", cards)


def make_contact() -> None:
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>ศาลากลางจังหวัดอุทัยธานี (หลังเก่า) ชั้น 2 ถนนศรีอุทัย ตำบลอุทัยใหม่ อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี 61000</p>"
          "<p>โทรศัพท์ 0 5657 9210 · โทรสาร 0 5657 9211 · อีเมล prkhon.uthai@gmail.com · สวท.อุทัยธานี 0 5657 9215</p>"
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.3790,100.0245">แผนที่ Google Maps</a> · '
          '<a href="https://www.facebook.com/">Facebook สำนักงานประชาสัมพันธ์จังหวัดอุทัยธานี</a> · '
          '<a href="/qa/">ถาม-ตอบ (Q&amp;A)</a></p>')
    write("/qa/", "ถาม-ตอบ (Q&A)",
          '<form action="/qa/" method="post"><p>ชื่อ <input name="name"> อีเมล <input name="email"></p>'
          '<p>คำถาม <textarea name="q"></textarea></p><p><button>ส่งคำถาม</button></p></form>\n'
          "<dl><dt>ถาม (18 ก.พ. 2569) : หน่วยงานต้องการให้ประชาสัมพันธ์กิจกรรมทางวิทยุ ต้องทำอย่างไร</dt>"
          "<dd>ตอบ (19 ก.พ. 2569) : ยื่นคำขอทางเมนู e-Service หรือส่งหนังสือถึงสำนักงาน ใช้เวลาพิจารณา 2 วันทำการ</dd>"
          "<dt>ถาม (6 ม.ค. 2569) : ขอเข้าชมการจัดรายการวิทยุของ สวท. ได้หรือไม่</dt>"
          "<dd>ตอบ (7 ม.ค. 2569) : ได้ กรุณานัดหมายล่วงหน้าที่ 0 5657 9215</dd></dl>")


def make_services() -> None:
    write("/eservice/", "e-Service ขอรับบริการออนไลน์",
          "<p>บริการขอเผยแพร่ข่าวสาร/ประชาสัมพันธ์ผ่านสื่อของสำนักงานและ สวท.อุทัยธานี และขอใช้ห้องประชุม</p>"
          '<form action="/eservice/" method="post"><p>ชื่อหน่วยงาน/ผู้ขอ <input name="org"></p>'
          '<p>ประเภทบริการ <select name="type"><option>ขอเผยแพร่ข่าวสาร</option><option>ขอใช้ห้องประชุม</option></select></p>'
          '<p>รายละเอียด <textarea name="detail"></textarea></p><p>แนบไฟล์ <input type="file" name="file"></p>'
          '<p>โทรศัพท์ <input name="tel"></p><p><button>ยื่นคำขอ</button></p></form>\n'
          f"<p>{doc_link('esvc-stat')}</p><p>{doc_link('service')}</p>")
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนการให้บริการหรือเสนอแนะ ได้ที่แบบฟอร์มด้านล่าง หรือโทร 0 5657 9210</p>"
          '<form action="/complaint/" method="post"><p>เรื่อง <input name="subject"></p>'
          '<p>รายละเอียด <textarea name="detail"></textarea></p><p><button>ส่ง</button></p></form>'
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้ร้องเรียนสามารถแจ้งเบาะแสการทุจริตของเจ้าหน้าที่สำนักงานประชาสัมพันธ์จังหวัดอุทัยธานีได้ทางแบบฟอร์มนี้ "
          "ข้อมูลของท่านจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/" method="post"><p>ชื่อ - สกุล (ไม่ระบุก็ได้) <input name="name"></p>'
          '<p>ผู้ถูกร้องเรียน <input name="who"></p><p>รายละเอียดการกระทำ <textarea name="detail"></textarea></p>'
          '<p>หลักฐาน <input type="file" name="evidence"></p><p><button>ส่งเรื่องร้องเรียน</button></p></form>'
          f"<p>{doc_link('c-manual')}</p>")
    write("/radio/", "สถานีวิทยุกระจายเสียงแห่งประเทศไทยจังหวัดอุทัยธานี",
          "<p>FM 97.25 MHz ออกอากาศทุกวัน 05.00 - 24.00 น. ผังรายการ: ข่าวต้นชั่วโมง, รายการคุยข่าวเช้านี้ที่อุทัย, "
          "รายการเกษตรก้าวไกล</p><p>ฟังออนไลน์ผ่านแอปพลิเคชัน PRD Radio</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นต่อการให้บริการ และปฏิบัติตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")


def make_downloads() -> None:
    cats = {c: [] for c in CATS}
    for key, row in sorted(ROWS.items(), key=lambda kv: kv[1][2], reverse=True):
        if key.startswith("proc-20"):
            continue
        cats[row[1]].append(key)
    for c, keys in cats.items():
        rows = "\n".join(f"<tr><td>{be(ROWS[k][2])}</td><td>{doc_link(k)}</td></tr>" for k in keys)
        write(f"/download/{c}/", f"ดาวน์โหลดเอกสาร : {CATS[c]}",
              f'<table class="list"><tr><th>วันที่</th><th>เอกสาร</th></tr>\n{rows}\n</table>'
              '<p><a href="/download/">« หมวดทั้งหมด</a></p>')
    links = "\n".join(f'<li><a href="/download/{c}/">{esc(t)}</a> ({len(cats[c])})</li>' for c, t in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<ul>{links}</ul>")


def make_procurement() -> None:
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "\n".join(f"<tr><td>{be(ROWS[k][2])}</td><td>{doc_link(k)}</td></tr>" for k in months)
    write("/procurement/", "จัดซื้อจัดจ้าง",
          "<h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)</h2>"
          f'<table class="list"><tr><th>วันที่</th><th>เอกสาร</th></tr>\n{rows}\n</table>'
          f"<h2>ประกาศและรายงาน</h2><ul><li>{doc_link('print-68')}</li><li>{doc_link('proc-68')}</li></ul>"
          '<p>ประกาศจัดซื้อจัดจ้างทั้งหมดดูได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>')


# ---------------------------------------------------------------- ITA

ITA69 = [  # code, own wording, links (key of ROWS, or a page path)
    ("o1", "โครงสร้างและอำนาจหน้าที่", ["/about/structure/", "/about/authority/"]),
    ("o2", "ข้อมูลผู้บริหาร", ["/about/executives/"]),
    ("o3", "ช่องทางการติดต่อ / ถาม-ตอบ", ["/contact/", "/qa/"]),
    ("o4", "ข่าวประชาสัมพันธ์", ["/news/"]),
    ("o5", "แผนปฏิบัติราชการระยะยาว", ["plan-4y"]),
    ("o6", "แผนปฏิบัติราชการและแผนการใช้จ่ายงบประมาณ ปี ๒๕๖๙", ["ap-69", "spend-69"]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", ["/download/report/"]),
    ("o8", "คู่มือการปฏิบัติงาน", ["manual"]),
    ("o9", "คู่มือการให้บริการประชาชน", ["service"]),
    ("o10", "e-Service / สถิติการให้บริการ", ["/eservice/", "esvc-stat"]),
    ("o11", "สขร.1 รายเดือน", ["/procurement/"]),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", ["proc-68"]),
    ("o13", "หลักเกณฑ์และแผนบริหารทรัพยากรบุคคล", ["/download/hr/"]),
    ("o14", "รายงานผลการบริหารทรัพยากรบุคคล", ["hr-rep-68"]),
    ("o15", "ประมวลจริยธรรม / กิจกรรมขับเคลื่อนจริยธรรม", ["ethics", "/news/1198/"]),
    ("o16", "คู่มือจัดการเรื่องร้องเรียนการทุจริต", ["c-manual"]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", ["/complaint/corruption/"]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", ["c-stat"]),
    ("o19", "การมีส่วนร่วมของประชาชน", ["/news/1203/"]),
    ("o20", "No Gift Policy / รายงานการรับของขวัญ", ["nogift", "gift-rep-68"]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", ["risk-69"]),
    ("o22", "รายงานผลตามแผนบริหารความเสี่ยงการทุจริต", ["risk-rep-68"]),
    ("o23", "แผนปฏิบัติการป้องกันการทุจริต ปี ๒๕๖๙", ["anti-69"]),
    ("o24", "รายงานผลการป้องกันการทุจริต", ["anti-rep-68"]),
    ("o25", "การนำผล ITA ไปพัฒนาองค์กร / มาตรการส่งเสริมคุณธรรม", ["ita-67"]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรมและความโปร่งใส", ["meas-rep-68"]),
]
ITA68 = [
    ("o5", "แผนปฏิบัติราชการระยะยาว", ["plan-4y"]),
    ("o6", "แผนปฏิบัติราชการ ปี ๒๕๖๘", ["ap-68"]),
    ("o11", "สขร.1 (ล่าสุด)", ["proc-2025-09"]),
    ("o13", "แผนพัฒนาบุคลากร", ["hr-plan-68"]),
    ("o20", "No Gift Policy", ["nogift"]),
    ("o21", "การประเมินความเสี่ยงการทุจริต ปี ๒๕๖๘", ["old-risk-68"]),
    ("o25", "การวิเคราะห์ผล ITA", ["ita-67"]),
]


def ita_table(rows) -> str:
    out = []
    for code, text, links in rows:
        cells = []
        for link in links:
            if link.startswith("/"):
                cells.append(f'<a href="{link}">คลิก</a>')
            else:
                cells.append(f'<a href="{f(link)}">{ROWS[link][3].upper()}</a>')
        out.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{' · '.join(cells)}</td></tr>")
    return '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n' + "\n".join(out) + "\n</table>"


def make_ita() -> None:
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ปีงบประมาณ ๒๕๖๙ : การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li>'
          '<li><a href="/ita/2568/">ITA ปีงบประมาณ ๒๕๖๘</a></li></ul>')
    write("/ita/2569/", "ITA ๒๕๖๙ การเปิดเผยข้อมูลสาธารณะ (OIT)",
          "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>\n" + ita_table(ITA69))
    write("/ita/2568/", "ITA ๒๕๖๘ การเปิดเผยข้อมูลสาธารณะ (OIT)", ita_table(ITA68))


def make_home_and_map() -> None:
    latest = news_list(NEWS[:6])
    write("/", "หน้าแรก",
          '<div class="slide"><img src="/assets/news.png" alt="ภาพข่าวเด่น" width="480" height="270"></div>'
          f"<h2>ข่าวล่าสุด</h2>{latest}<p><a href=\"/news/\">ข่าวทั้งหมด »</a></p>"
          '<h2>ประกาศ</h2><ul><li><a href="/procurement/">ประกาศจัดซื้อจัดจ้าง</a></li>'
          '<li><a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ ITA ๒๕๖๙</a></li></ul>')
    pages = [("หน้าแรก", "/"), ("ประวัติ", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
             ("อำนาจหน้าที่", "/about/authority/"), ("ผู้บริหาร", "/about/executives/"), ("ข่าว", "/news/"),
             ("ดาวน์โหลด", "/download/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("e-Service", "/eservice/"),
             ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in pages) + "</ul>")


def make_assets() -> None:
    from PIL import Image, ImageDraw

    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    for fname, wh, color in [("logo.png", (60, 60), (200, 150, 30)), ("person.png", (80, 96), (180, 180, 190)),
                             ("news.png", (320, 180), (90, 130, 170)), ("chart.png", (480, 270), (255, 255, 255))]:
        img = Image.new("RGB", wh, color)
        if fname == "chart.png":
            draw = ImageDraw.Draw(img)
            draw.rectangle((190, 20, 290, 60), outline=(0, 0, 0))
            for x in (20, 135, 250, 365):
                draw.rectangle((x, 150, x + 95, 200), outline=(0, 0, 0))
                draw.line((240, 60, x + 47, 150), fill=(0, 0, 0))
        img.save(os.path.join(HERE, "assets", fname), optimize=True)
    for fname, color in [("pdf.gif", (200, 30, 30)), ("doc.gif", (30, 80, 200))]:
        Image.new("RGB", (16, 16), color).save(os.path.join(HERE, "assets", fname))
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0;background:#f4f1ea}#top{background:#7a1f1f;color:#fff;"
                 "font-size:12px;padding:4px}#banner{background:#c8962a;padding:8px}#menu{display:flex;flex-wrap:wrap;"
                 "list-style:none;margin:0;padding:0;background:#7a1f1f}#menu a{color:#fff;padding:6px 10px;display:block}"
                 "#wrap{display:flex}#main{flex:1;padding:12px}#side{width:230px;padding:12px}.box{background:#fff;"
                 "margin-bottom:10px;padding:8px}#footer{background:#333;color:#ddd;padding:10px;font-size:12px}"
                 "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px}.card{display:inline-block;"
                 "width:200px;vertical-align:top;margin:6px}\n")


def main() -> None:
    make_assets()
    make_home_and_map()
    make_about()
    make_contact()
    make_services()
    make_news()
    make_downloads()
    make_procurement()
    make_ita()


if __name__ == "__main__":
    main()
