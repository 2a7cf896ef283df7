"""Generate the HTML pages of the "pdfindex" test site (เทศบาลตำบลท่าสำโรงใหม่, invented).

Run:  python tests/sites/pdfindex/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A small เทศบาลตำบล on its own CMS: a top bar, a menu, a side column (the mayor, hotline, links,
visitor counter) and a footer on every page; pages are folder/index.html.  There is no ITA web
page: the home page's banner "ITA 2568" opens one PDF, the table of O1 ... O26 with the URL of each
item (/files/22760.pdf); last year's table (/files/21644.pdf) is beside it.  Documents are listed
by category under /download/<cat>/, the monthly สขร.1 on /procurement/monthly/, news under /news/
(two pages), complaint statistics as a page (/complaint/stats/).
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, INDEX_FILES, MONTHS, ORG  # noqa: E402

TH = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณ",
        "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ", "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง",
        "hr": "งานบริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือ / เอกสารทั่วไป"}
# rows of the download lists whose file is gone (404): (category, title, file, size shown, posted)
GONE = [("plan", "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)", "/files/21102.pdf", "2.4 MB", "14 ก.ค. 2565"),
        ("integrity", "รายงานผลการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ประจำปี 2567", "/files/22560.pdf",
         "188.2 KB", "30 ต.ค. 2567")]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {TH[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    no, ext = DOCS[key][0], DOCS[key][1]
    return f"/files/{no}.{ext}"


def size_of(key: str) -> str:
    n = os.path.getsize(os.path.join(HERE, f(key).lstrip("/")))
    return f"{n / 1024:.1f} KB"


MENU = [("หน้าแรก", "/"), ("ประวัติความเป็นมา", "/about/history/"), ("โครงสร้างส่วนราชการ", "/about/structure/"),
        ("คณะผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("ดาวน์โหลดเอกสาร", "/download/"), ("E-Service", "/eservice/"), ("ร้องเรียน/ร้องทุกข์", "/complaint/"),
        ("กระดานถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">{ORG} อำเภอโพธิ์ทองคำ จังหวัดนครสวรรค์ · ศูนย์รับเรื่องร้องเรียน โทร. 0 5629 4410</div>
<div id="banner"><img src="/assets/logo.png" alt="ตราเทศบาลตำบลท่าสำโรงใหม่" width="64" height="64">
<b>{ORG}</b><br><small>Tha Samrong Mai Subdistrict Municipality</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><b>นายกเทศมนตรีตำบลท่าสำโรงใหม่</b><br><img src="/assets/person.png" alt="นายกเทศมนตรี" width="60" height="75"><br>
นายประเสริฐ วงศ์ทองดี<br>สายตรงนายกฯ 08 9614 2275</div>
<div class="box"><b>ลิงก์หน่วยงาน</b><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.gprocurement.go.th/">ระบบจัดซื้อจัดจ้างภาครัฐ e-GP</a><br>
<a href="https://www.info.go.th/">ศูนย์ข้อมูลข่าวสารของราชการ</a><br>
<a href="/download/manual/">คู่มือสำหรับประชาชน</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a></div>
<div class="box">จำนวนผู้เข้าชม ๑๔๘,๐๒๗ ครั้ง</div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} 88 หมู่ที่ 1 ตำบลท่าสำโรงใหม่ อำเภอโพธิ์ทองคำ จังหวัดนครสวรรค์ 60298<br>
โทรศัพท์ 0 5629 4410 โทรสาร 0 5629 4411 อีเมล saraban@thasamrongmai.go.th ·
<a href="/privacy/">นโยบายเว็บไซต์</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
สงวนลิขสิทธิ์ © ๒๕๖๓ {ORG}</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    out = os.path.join(HERE, path.lstrip("/"), "index.html")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def doc_rows(keys: list[str], gone: list[tuple] = ()) -> str:
    rows = [(DOCS[k][4], f'<tr><td>{esc(DOCS[k][3])}</td><td>{be(DOCS[k][4])}</td>'
             f'<td><a href="{f(k)}">ดาวน์โหลด ({DOCS[k][1].upper()} {size_of(k)})</a></td></tr>') for k in keys]
    body = "".join(r for _d, r in sorted(rows, key=lambda x: x[0], reverse=True))
    for _c, title, url, size, when in gone:
        body = f'<tr><td>{esc(title)}</td><td>{when}</td><td><a href="{url}">ดาวน์โหลด (PDF {size})</a></td></tr>' + body
    return f"<table><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{body}</table>"


# news: (id, date text, title, body html); FY2568 first page, FY2567 on page 2
NEWS = [
    (1201, "3 เม.ย. 2568", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
     "<p>ขอเชิญเจ้าของที่ดินและสิ่งปลูกสร้างชำระภาษีภายในวันที่ 30 เมษายน 2568 ณ กองคลัง หรือชำระผ่าน QR Code</p>"),
    (1198, "21 มี.ค. 2568", "โครงการอนุรักษ์แม่น้ำน่าน ปลูกต้นไม้ริมตลิ่ง",
     "<p>เทศบาลร่วมกับโรงเรียนในพื้นที่ปลูกต้นไม้ 500 ต้น บริเวณตลิ่งหมู่ที่ 3</p>"),
    (1194, "28 ก.พ. 2568", "ประกาศรับสมัครพนักงานจ้าง (ผลการคัดเลือก)",
     "<p>ประกาศรายชื่อผู้ผ่านการเลือกสรรเป็นพนักงานจ้างทั่วไป จำนวน 3 ราย</p>"),
    (1192, "13 ก.พ. 2568", "ประชุมประชาคมตำบลท่าสำโรงใหม่ เพื่อทบทวนแผนพัฒนาท้องถิ่น",
     "<p>วันที่ 12 กุมภาพันธ์ 2568 เวลา 09.00 - 15.30 น. ณ หอประชุมเทศบาลตำบลท่าสำโรงใหม่ "
     "นายประเสริฐ วงศ์ทองดี นายกเทศมนตรี เป็นประธานการประชุมประชาคมตำบล มีผู้เข้าร่วม 186 คน "
     "ได้แก่ กำนัน ผู้ใหญ่บ้าน ผู้แทนประชาคมหมู่บ้านทั้ง 9 หมู่บ้าน อสม. และกลุ่มอาชีพ</p>"
     "<p>ที่ประชุมเสนอโครงการ 42 โครงการ เช่น ก่อสร้างรางระบายน้ำหมู่ที่ 5 ขุดลอกคลองสำโรง "
     "ซึ่งเทศบาลจะบรรจุในแผนพัฒนาท้องถิ่นเพิ่มเติมและแจ้งผลการพิจารณาให้ประชาชนทราบผ่านเว็บไซต์และเสียงตามสาย</p>"
     '<p>หนังสือเชิญประชุม: <a href="/files/22738.pdf">ดาวน์โหลด</a></p>'),
    (1187, "27 ม.ค. 2568", "โครงการฝึกอบรมคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรม ประจำปี 2568",
     "<p>วันที่ 24 มกราคม 2568 เทศบาลจัดโครงการฝึกอบรมคุณธรรมจริยธรรมให้แก่ผู้บริหาร สมาชิกสภาเทศบาล "
     "พนักงานเทศบาล และพนักงานจ้าง รวม 72 คน ทบทวนประมวลจริยธรรมของพนักงานเทศบาล "
     "และกิจกรรม Do &amp; Don't การปฏิบัติตนตามมาตรฐานจริยธรรม วิทยากรจากสำนักงานท้องถิ่นจังหวัด</p>"),
    (1179, "10 ม.ค. 2568", "กิจกรรมวันเด็กแห่งชาติ ประจำปี 2568", "<p>จัดงานวันเด็ก ณ สนามกีฬาเทศบาล มีเด็กร่วมงานกว่า 600 คน</p>"),
    (1171, "5 ธ.ค. 2567", "กิจกรรมเฉลิมพระเกียรติ วันพ่อแห่งชาติ 5 ธันวาคม 2567", "<p>ร่วมพิธีถวายพระพรชัยมงคล ณ ที่ว่าการอำเภอโพธิ์ทองคำ</p>"),
    (1166, "15 พ.ย. 2567", "ประเพณีลอยกระทง ประจำปี 2567", "<p>จัดงานประเพณีลอยกระทง ณ ท่าน้ำวัดท่าสำโรง</p>"),
    (1158, "8 ต.ค. 2567", "ประชาสัมพันธ์ลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ ปีงบประมาณ 2569",
     "<p>ผู้ที่จะมีอายุครบ 60 ปี ในปีงบประมาณ 2569 ลงทะเบียนได้ที่สำนักปลัดเทศบาล</p>"),
]
NEWS_OLD = [
    (1132, "20 ก.ย. 2567", "ซ่อมแซมถนนหลังน้ำลด หมู่ที่ 6", "<p>กองช่างซ่อมแซมถนนลูกรังที่เสียหายจากน้ำท่วม</p>"),
    (1106, "9 ก.พ. 2567", "ประชุมประชาคมตำบล ประจำปี 2567",
     "<p>วันที่ 8 กุมภาพันธ์ 2567 ประชุมประชาคมตำบล ผู้เข้าร่วม 154 คน เสนอโครงการ 37 โครงการ</p>"),
    (1098, "23 ม.ค. 2567", "อบรมคุณธรรมจริยธรรม ประจำปี 2567", "<p>บุคลากรเข้ารับการอบรม 70 คน</p>"),
    (1075, "3 พ.ย. 2566", "ประกาศนโยบาย No Gift Policy", "<p>เทศบาลขอความร่วมมืองดให้ของขวัญ ตามประกาศนโยบาย No Gift Policy ของเทศบาล</p>"),
]


def static_pages() -> None:
    news_items = "".join(f'<li><a href="/news/{i}/">{esc(t)}</a> <small>({d})</small></li>' for i, d, t, _b in NEWS[:6])
    write("/", "หน้าแรก",
          '<div class="box"><b>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)</b><br>'
          f'<a href="/files/{INDEX_FILES["2568"]}.pdf"><img src="/assets/ita.png" alt="ITA 2568" width="120" height="40"><br>'
          'ITA ประจำปี ๒๕๖๘ (คลิก)</a> · '
          f'<a href="/files/{INDEX_FILES["2567"]}.pdf">ITA ประจำปี ๒๕๖๗</a></div>'
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul>{news_items}</ul><p><a href="/news/">ข่าวทั้งหมด</a></p>'
          '<h2>ข่าวจัดซื้อจัดจ้าง</h2><p><a href="/procurement/">ประกาศจัดซื้อจัดจ้าง</a> · '
          '<a href="/procurement/monthly/">สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</a></p>'
          '<p><a href="/gallery/">ภาพกิจกรรม</a> · <a href="/services/">ศูนย์บริการร่วม</a></p>')
    write("/about/history/", "ประวัติความเป็นมา",
          "<p>เดิมเป็นสุขาภิบาลท่าสำโรงใหม่ จัดตั้งเมื่อ พ.ศ. 2511 ยกฐานะเป็นเทศบาลตำบลตามพระราชบัญญัติเปลี่ยนแปลงฐานะ"
          "ของสุขาภิบาลเป็นเทศบาล พ.ศ. 2542 มีพื้นที่ 36.4 ตารางกิโลเมตร 9 หมู่บ้าน ประชากร 7,826 คน</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ / พันธกิจ</a> · <a href="/about/council/">สมาชิกสภาเทศบาล</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : ท่าสำโรงใหม่เมืองน่าอยู่ริมน้ำน่าน เศรษฐกิจชุมชนเข้มแข็ง บริหารโปร่งใส</p>")
    write("/about/council/", "สมาชิกสภาเทศบาล",
          "<ul><li>นายสมหมาย ปั้นทอง ประธานสภาเทศบาล</li><li>นางบุญเรือน ศรีนวล รองประธานสภาเทศบาล</li>"
          "<li>สมาชิกสภาเทศบาล เขต 1 และเขต 2 รวม 12 คน</li></ul>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างเทศบาลตำบลท่าสำโรงใหม่" width="120" height="80">'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี</li><li>รองนายกเทศมนตรี 2 คน</li><li>ที่ปรึกษาและเลขานุการนายกเทศมนตรี</li>"
          "<li>สภาเทศบาล : ประธานสภา รองประธานสภา สมาชิกสภาเทศบาล 12 คน</li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล / รองปลัดเทศบาล</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li>"
          "<li>กองช่าง</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองการศึกษา</li><li>หน่วยตรวจสอบภายใน</li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>เทศบาลตำบลท่าสำโรงใหม่มีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 และ 51 "
          "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
          "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li>"
          "<li>รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ รวมทั้งกำจัดขยะมูลฝอย</li>"
          "<li>ป้องกันและระงับโรคติดต่อ</li><li>ให้มีเครื่องใช้ในการดับเพลิง</li>"
          "<li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
          "<li>บำรุงศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น และวัฒนธรรมอันดีของท้องถิ่น</li></ol>")
    people = [("นายประเสริฐ วงศ์ทองดี", "นายกเทศมนตรีตำบลท่าสำโรงใหม่", "08 9614 2275"),
              ("นายอำนาจ ศรีบุญเรือง", "รองนายกเทศมนตรี", "08 1953 6620"),
              ("นางสาวพิมพ์ใจ เรืองศรี", "รองนายกเทศมนตรี", "08 6437 1108"),
              ("นายธนพล จันทร์เพ็ญ", "ปลัดเทศบาล", "0 5629 4410 ต่อ 14")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"{esc(n)}<br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in people)
    write("/about/executives/", "คณะผู้บริหาร", cards)
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG} 88 หมู่ที่ 1 ตำบลท่าสำโรงใหม่ อำเภอโพธิ์ทองคำ จังหวัดนครสวรรค์ 60298</p>"
          "<p>โทรศัพท์ 0 5629 4410 โทรสาร 0 5629 4411 อีเมล saraban@thasamrongmai.go.th</p>"
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.7412,100.2986">แผนที่ Google Maps</a> · '
          '<a href="https://www.facebook.com/thasamrongmai.municipality">Facebook เทศบาลตำบลท่าสำโรงใหม่</a></p>')
    write("/eservice/", "E-Service ระบบบริการออนไลน์",
          "<p>ประชาชนสามารถยื่นคำร้องออนไลน์ได้โดยไม่ต้องเดินทางมาที่สำนักงานเทศบาล</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSd-thasamrongmai-erequest/formResponse" method="post">'
          '<label>ชื่อ-นามสกุล <input name="name"></label><br><label>เบอร์โทรศัพท์ <input name="tel"></label><br>'
          '<label>เรื่องที่ขอรับบริการ <select name="service"><option>ขอรับถังขยะ</option><option>แจ้งซ่อมไฟฟ้าสาธารณะ</option>'
          '<option>ขอใช้น้ำประปาหมู่บ้าน</option><option>ขอความช่วยเหลือสาธารณภัย</option></select></label><br>'
          '<label>รายละเอียด <textarea name="detail"></textarea></label><br><button>ส่งคำร้อง</button></form>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          '<ul><li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>'
          '<li><a href="/complaint/stats/">สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>'
          '<li><a href="/qa/">กระดานถาม-ตอบ</a></li></ul><p>ร้องทุกข์ทั่วไป โทร. 0 5629 4410 หรือศูนย์ดำรงธรรมอำเภอโพธิ์ทองคำ</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้ร้องเรียนไม่ต้องระบุชื่อได้ ข้อมูลของท่านจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/" method="post"><label>ชื่อผู้ร้องเรียน (ไม่บังคับ) <input name="n"></label><br>'
          '<label>เรื่องที่ร้องเรียน <input name="subject"></label><br><label>รายละเอียด/พฤติการณ์ <textarea name="d"></textarea></label><br>'
          '<label>เอกสารหลักฐาน <input type="file" name="att"></label><br><button>ส่งเรื่อง</button></form>'
          "<p>หรือโทร. 0 5629 4410 ต่อ 12 (ศูนย์รับเรื่องร้องเรียน สำนักปลัดเทศบาล)</p>")
    write("/complaint/stats/", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<h2>ประจำปีงบประมาณ พ.ศ. 2567</h2><table><tr><th>ไตรมาส</th><th>เรื่องที่รับ</th><th>ดำเนินการแล้วเสร็จ</th>"
          "<th>อยู่ระหว่างดำเนินการ</th></tr><tr><td>1 (ต.ค. - ธ.ค. 2566)</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>2 (ม.ค. - มี.ค. 2567)</td><td>1</td><td>1</td><td>0</td></tr>"
          "<tr><td>3 (เม.ย. - มิ.ย. 2567)</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>4 (ก.ค. - ก.ย. 2567)</td><td>0</td><td>0</td><td>0</td></tr></table>"
          "<p>ข้อมูล ณ วันที่ 30 กันยายน 2567 · ปรับปรุงล่าสุด 2 ต.ค. 2567</p>")
    write("/qa/", "กระดานถาม-ตอบ",
          "<p>ถาม: ชำระภาษีป้ายได้ถึงเมื่อไร (14 ก.พ. 2568)<br>ตอบ: ภายในวันที่ 31 มีนาคม 2568 ณ กองคลัง</p>"
          '<form action="/qa/" method="post"><label>คำถาม <textarea name="q"></textarea></label><button>ส่งคำถาม</button></form>')
    write("/privacy/", "นโยบายเว็บไซต์", "<p>เทศบาลเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/gallery/", "ภาพกิจกรรม", '<p><img src="/assets/chart.png" alt="ภาพกิจกรรมวันเด็ก 2568" width="120" height="80"></p>')
    write("/services/", "ศูนย์บริการร่วม",
          "<p>ให้บริการรับชำระภาษี ขออนุญาตก่อสร้าง ลงทะเบียนเบี้ยยังชีพ ณ ชั้น 1 อาคารสำนักงานเทศบาล</p>"
          '<p><a href="/download/manual/">คู่มือสำหรับประชาชน</a></p>')
    write("/sitemap/", "แผนผังเว็บไซต์",
          "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
          + "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items()) + "</ul>")


def download_pages() -> None:
    all_keys = [k for k, v in DOCS.items() if v[2]]
    write("/download/", "ดาวน์โหลดเอกสาร",
          "<ul>" + "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items()) + "</ul>"
          "<h2>เอกสารล่าสุด</h2>" + doc_rows(sorted(all_keys, key=lambda k: DOCS[k][4], reverse=True)[:8]))
    for c, t in CATS.items():
        keys = [k for k, v in DOCS.items() if v[2] == c]
        write(f"/download/{c}/", t, doc_rows(keys, [g for g in GONE if g[0] == c]))
    monthly = [k for k, *_ in MONTHS]
    rows = "".join(f'<li><a href="{f(k)}">{esc(DOCS[k][3])}</a> <small>({be(DOCS[k][4])})</small></li>'
                   for k in sorted(monthly, key=lambda k: DOCS[k][4], reverse=True))
    write("/procurement/monthly/", "สรุปผลการดำเนินการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)", f"<ul>{rows}</ul>")
    write("/procurement/", "ประกาศจัดซื้อจัดจ้าง",
          doc_rows([k for k, v in DOCS.items() if v[2] == "procure"])
          + '<p><a href="/procurement/monthly/">สรุปผลการจัดซื้อจัดจ้างรายเดือน</a> · '
          '<a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch">ค้นหาประกาศในระบบ e-GP</a></p>')


def news_pages() -> None:
    for items, page in ((NEWS, "/news/"), (NEWS_OLD, "/news/page/2/")):
        lis = "".join(f'<li><a href="/news/{i}/">{esc(t)}</a> <small>({d})</small></li>' for i, d, t, _b in items)
        nav = '<p><a href="/news/page/2/">หน้าถัดไป »</a></p>' if page == "/news/" else '<p><a href="/news/">« หน้าก่อน</a></p>'
        write(page, "ข่าวประชาสัมพันธ์", f"<ul>{lis}</ul>{nav}")
        for i, d, t, b in items:
            write(f"/news/{i}/", t, f"<p><small>โพสต์เมื่อ {d} โดย งานประชาสัมพันธ์</small></p>{b}"
                  '<p><a href="/news/">« กลับหน้าข่าว</a></p>')


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    for n in ("logo.png", "person.png", "chart.png", "ita.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#1565c0;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:220px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #ccc;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    download_pages()
    news_pages()


if __name__ == "__main__":
    main()
