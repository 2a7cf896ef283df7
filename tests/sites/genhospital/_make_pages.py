"""Generate the HTML pages of the "genhospital" test site (โรงพยาบาลเวียงสุวรรณ, invented).

Run:  python tests/sites/genhospital/_make_pages.py   (after _make_docs.py: sizes are read from
the files it wrote)

A general provincial hospital: every page repeats the top bar, the menu, the side column
(director, hotline, banners) and the footer; pages are folder/index.html.  Documents are
/files/<slug>.<ext>, listed in the download centre (/download/ and /download/<cat>/), on unit
pages, in news posts and on the ITA pages (/ita/2568/, last year's /ita/2567/).
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS  # noqa: E402

ORG = "โรงพยาบาลเวียงสุวรรณ"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {
    "plan": "แผนยุทธศาสตร์ / แผนปฏิบัติการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือการปฏิบัติงาน",
    "service": "คู่มือสำหรับผู้รับบริการ", "stats": "สถิติบริการ", "procure": "จัดซื้อจัดจ้าง",
    "hr": "บริหารทรัพยากรบุคคล", "integrity": "คุณธรรมและความโปร่งใส", "complaint": "เรื่องร้องเรียน",
    "quality": "ศูนย์คุณภาพ / HA",
}
GONE = {  # rows whose file is not on the server (404)
    "hr-report-2567": ("pdf", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ 2567", "hr"),
}
BYSLUG = {d[0]: d for d in DOCS}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def href(slug: str) -> str:
    ext = BYSLUG[slug][1] if slug in BYSLUG else GONE[slug][0]
    return f"/files/{slug}.{ext}"


def size(slug: str) -> str:
    if slug in GONE:
        return "412.7 KB"
    n = os.path.getsize(os.path.join(HERE, "files", f"{slug}.{BYSLUG[slug][1]}"))
    return f"{n / 1024:.1f} KB"


def doc_link(slug: str, text: str | None = None) -> str:
    title = text or (BYSLUG[slug][2] if slug in BYSLUG else GONE[slug][1])
    ext = href(slug).rsplit(".", 1)[1].upper()
    return f'<a href="{href(slug)}" target="_blank">{esc(title)}</a> <span class="ft">[{ext} {size(slug)}]</span>'


MENU = [("/", "หน้าหลัก"), ("/about/history/", "เกี่ยวกับโรงพยาบาล"), ("/departments/", "หน่วยงานภายใน"),
        ("/service/", "บริการผู้ป่วย"), ("/news/", "ข่าวประชาสัมพันธ์"), ("/procurement/", "จัดซื้อจัดจ้าง"),
        ("/download/", "ดาวน์โหลดเอกสาร"), ("/ita/", "ITA"), ("/complaint/", "ร้องเรียน/ร้องทุกข์"),
        ("/contact/", "ติดต่อเรา")]


def page(path: str, title: str, body: str) -> None:
    menu = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, t in MENU)
    out = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div class="topbar">กระทรวงสาธารณสุข | สำนักงานสาธารณสุขจังหวัดเวียงสุวรรณ | <a href="/sitemap/">แผนผังเว็บไซต์</a> | ขนาดตัวอักษร ก- ก ก+</div>
<header><img src="/assets/logo.png" alt="ตราโรงพยาบาล" width="60" height="60">
<div class="brand"><h1>{ORG}</h1><p>Wiang Suwan Hospital · โรงพยาบาลทั่วไป ขนาด 320 เตียง</p></div></header>
<nav><ul class="menu">{menu}</ul></nav>
<div class="wrap"><main>
<div class="crumb"><a href="/">หน้าหลัก</a> &raquo; {esc(title)}</div>
<h2>{esc(title)}</h2>
{body}
</main>
<aside>
<div class="box"><h3>ผู้อำนวยการโรงพยาบาล</h3><img src="/assets/director.png" alt="ผู้อำนวยการ" width="80" height="100">
<p>นายแพทย์ธีรวัฒน์ ศรีบุญเรือง<br>ผู้อำนวยการโรงพยาบาลเวียงสุวรรณ</p></div>
<div class="box"><h3>สายด่วน</h3><p>ห้องฉุกเฉิน 1669<br>ศูนย์รับเรื่องร้องเรียน 0 4461 1200 ต่อ 1111</p></div>
<div class="box"><h3>ลิงก์</h3><ul>
<li><a href="/eservice/">นัดหมายออนไลน์ (e-Service)</a></li>
<li><a href="/ita/2568/">ITA 2568</a></li><li><a href="/ita/2567/">ITA 2567</a></li>
<li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a></li>
<li><a href="https://process3.gprocurement.go.th/" target="_blank">ระบบ e-GP กรมบัญชีกลาง</a></li>
<li><a href="https://www.nhso.go.th/" target="_blank">สปสช.</a></li>
<li><a href="https://www.moph.go.th/" target="_blank">กระทรวงสาธารณสุข</a></li></ul></div>
<div class="box">ผู้เข้าชม 1,284,507 ครั้ง</div>
</aside></div>
<footer><p>{ORG} 99 หมู่ 4 ถนนสุวรรณวิถี ตำบลในเมือง อำเภอเมืองเวียงสุวรรณ จังหวัดเวียงสุวรรณ 34990</p>
<p>โทรศัพท์ 0 4461 1200 โทรสาร 0 4461 1299 อีเมล saraban@wiangsuwan-hosp.go.th</p>
<p>Copyright &copy; 2568 {ORG} สงวนลิขสิทธิ์ | <a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></p></footer>
</body></html>
"""
    folder = os.path.join(HERE, path.strip("/"))
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as f:
        f.write(out)


def ul(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


# news: slug, date, title, body html
from datetime import datetime as D  # noqa: E402

NEWS = [
    ("songkran-2568", D(2025, 4, 8), "โรงพยาบาลเวียงสุวรรณ เปิดจุดบริการสงกรานต์ปลอดภัย 2568",
     "<p>ระหว่างวันที่ 11 - 17 เมษายน 2568 โรงพยาบาลเปิดจุดบริการการแพทย์ฉุกเฉินร่วมกับหน่วยกู้ภัย 3 จุด บนถนนสายหลักของอำเภอเมือง</p>"),
    ("ethics-training-2568", D(2025, 3, 28), "อบรมเสริมสร้างวินัยและจริยธรรมบุคลากร ประจำปีงบประมาณ 2568",
     "<p>วันที่ 27 มีนาคม 2568 กลุ่มงานทรัพยากรบุคคลจัดอบรมเสริมสร้างวินัยและการขับเคลื่อนจริยธรรมตามประมวลจริยธรรมข้าราชการพลเรือน "
     "ให้แก่บุคลากร 210 คน ณ ห้องประชุมราชพฤกษ์ โดยมีการมอบรางวัลบุคลากรต้นแบบด้านคุณธรรม จำนวน 5 ราย</p>"
     f"<p>ดูเพิ่มเติม: {doc_link('ethics-code')}</p>"),
    ("complaint-stats-2568-h1", D(2025, 4, 3), "สรุปสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ รอบ 6 เดือน ปีงบประมาณ 2568",
     "<p>ศูนย์รับเรื่องร้องเรียนโรงพยาบาลเวียงสุวรรณ ขอรายงานสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ "
     "ระหว่างเดือนตุลาคม 2567 - มีนาคม 2568 ดังนี้</p>"
     "<table><tr><th>เดือน</th><th>จำนวนเรื่อง</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>"
     "<tr><td>ต.ค. 2567</td><td>0</td><td>0</td><td>0</td></tr><tr><td>พ.ย. 2567</td><td>1</td><td>1</td><td>0</td></tr>"
     "<tr><td>ธ.ค. 2567</td><td>0</td><td>0</td><td>0</td></tr><tr><td>ม.ค. 2568</td><td>0</td><td>0</td><td>0</td></tr>"
     "<tr><td>ก.พ. 2568</td><td>1</td><td>0</td><td>1</td></tr><tr><td>มี.ค. 2568</td><td>0</td><td>0</td><td>0</td></tr>"
     "<tr><td>รวม</td><td>2</td><td>1</td><td>1</td></tr></table>"
     "<p>เรื่องที่ดำเนินการแล้วเสร็จ: ร้องเรียนเจ้าหน้าที่เรียกรับเงินค่าลัดคิว ตรวจสอบแล้วไม่มีมูล</p>"),
    ("people-forum-2568", D(2025, 2, 20), "ประชุมคณะกรรมการพัฒนาโรงพยาบาลร่วมกับภาคประชาชน เวทีรับฟังความคิดเห็น ปี 2568",
     "<p>วันที่ 19 กุมภาพันธ์ 2568 โรงพยาบาลเวียงสุวรรณจัดเวทีรับฟังความคิดเห็นของประชาชน ผู้นำชุมชน อสม. และผู้ป่วย "
     "จำนวน 85 คน ต่อการพัฒนาบริการผู้ป่วยนอกและที่จอดรถ ผลการประชุม: ที่ประชุมเสนอให้ขยายระบบนัดหมายออนไลน์ "
     "และจัดรถรับส่งผู้ป่วยจากลานจอดรถสำรอง ซึ่งโรงพยาบาลรับไปดำเนินการในเดือนเมษายน 2568</p>"),
    ("online-appointment", D(2025, 2, 5), "เปิดให้บริการนัดหมายพบแพทย์ออนไลน์",
     '<p>ผู้ป่วยสามารถขอนัดหมายพบแพทย์คลินิกเฉพาะทางผ่าน <a href="/eservice/">ระบบนัดหมายออนไลน์</a> ได้ตลอด 24 ชั่วโมง</p>'),
    ("flu-vaccine-2568", D(2025, 1, 17), "ขอเชิญกลุ่มเสี่ยงรับวัคซีนไข้หวัดใหญ่ ฟรี",
     "<p>กลุ่มงานเวชกรรมสังคมเชิญผู้สูงอายุ 65 ปีขึ้นไป และผู้ป่วยโรคเรื้อรัง รับวัคซีนไข้หวัดใหญ่ ฟรี ทุกวันพุธ</p>"),
    ("risk-meeting-2568", D(2024, 12, 6), "ประชุมคณะทำงานประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ 2568",
     f"<p>วันที่ 5 ธันวาคม 2567 คณะทำงานประชุมพิจารณาเหตุการณ์ความเสี่ยงการทุจริตของโรงพยาบาล</p><p>{doc_link('risk-invite-2568')}</p>"),
    ("print-plan-winner", D(2024, 12, 3), "ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์แผนยุทธศาสตร์และแผนปฏิบัติการ ประจำปี 2568",
     f"<p>{doc_link('print-plan-notice')}</p>"),
    ("pho-anticorruption", D(2025, 3, 5), "สสจ.เวียงสุวรรณ เผยแพร่แผนปฏิบัติการป้องกันการทุจริต ของสำนักงานสาธารณสุขจังหวัด",
     '<p>ประชาสัมพันธ์ข้อมูลจากสำนักงานสาธารณสุขจังหวัดเวียงสุวรรณ: '
     '<a href="https://www.wiangsuwan-pho.go.th/ita/2568/o25.pdf" target="_blank">แผนปฏิบัติการป้องกันการทุจริต สสจ.เวียงสุวรรณ ปี 2568</a></p>'),
    ("diabetes-day", D(2024, 11, 14), "กิจกรรมวันเบาหวานโลก 2567",
     "<p>คลินิกเบาหวานจัดกิจกรรมตรวจคัดกรองน้ำตาลในเลือดและให้ความรู้ผู้ป่วยกว่า 300 คน</p>"),
    ("nogift-2568", D(2024, 10, 7), "ผู้บริหารและบุคลากรร่วมประกาศเจตนารมณ์ไม่รับของขวัญ (No Gift Policy) ปีงบประมาณ 2568",
     f"<p>วันที่ 1 ตุลาคม 2567 ผู้อำนวยการนำบุคลากรประกาศเจตนารมณ์ตามนโยบาย No Gift Policy</p><p>{doc_link('nogift-2568')}</p>"),
    ("quality-fair-2567", D(2024, 9, 10), "ศูนย์คุณภาพจัดมหกรรมคุณภาพ ประจำปี 2567",
     "<p>นำเสนอผลงาน CQI 42 เรื่อง จากหน่วยงานต่าง ๆ</p>"),
    ("ha-survey-2567", D(2024, 6, 20), "โรงพยาบาลรับการเยี่ยมสำรวจเพื่อเฝ้าระวังการรับรอง HA",
     f"<p>ศูนย์คุณภาพรายงานผลการเตรียมความพร้อม {doc_link('ha-self-assessment-2567')}</p>"),
    ("ethics-training-2567", D(2024, 3, 15), "อบรมจริยธรรมบุคลากร ประจำปี 2567",
     "<p>จัดอบรมให้บุคลากร 180 คน</p>"),
    ("aids-day-2566", D(2023, 12, 1), "กิจกรรมวันเอดส์โลก 2566", "<p>ให้ความรู้และตรวจเลือดโดยสมัครใจ</p>"),
]
NEWS.sort(key=lambda n: n[1], reverse=True)


def build() -> None:
    # assets
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Sarabun,sans-serif;margin:0}.topbar{background:#0a6;color:#fff;font-size:12px}"
                "nav ul{display:flex;list-style:none;background:#084}nav a{color:#fff;padding:6px}"
                ".wrap{display:flex}main{flex:3;padding:10px}aside{flex:1}footer{background:#eee}table{border-collapse:collapse}"
                "td,th{border:1px solid #999;padding:3px}\n")
    from PIL import Image

    for name, sz in (("logo.png", (60, 60)), ("director.png", (80, 100))):
        Image.new("RGB", sz, (0, 120, 80)).save(os.path.join(HERE, "assets", name))

    news_items = [f'<li><a href="/news/{s}/">{esc(t)}</a> <span class="date">{be(d)}</span></li>' for s, d, t, _ in NEWS]
    page("/", "หน้าหลัก",
         "<h3>ข่าวประชาสัมพันธ์ล่าสุด</h3>" + "<ul>" + "".join(news_items[:6]) + "</ul>"
         '<p><a href="/news/">ดูข่าวทั้งหมด</a></p><h3>บริการ</h3>'
         + ul(['<a href="/service/guide/">ขั้นตอนการรับบริการ</a>', '<a href="/eservice/">นัดหมายออนไลน์</a>',
               '<a href="/ita/2568/">การประเมินคุณธรรมและความโปร่งใส (ITA) 2568</a>']))
    for s, d, t, body in NEWS:
        page(f"/news/{s}/", t, f'<p class="date">โพสต์เมื่อ {be(d)} โดย งานประชาสัมพันธ์</p>{body}'
             '<p><a href="/news/">&laquo; กลับหน้าข่าว</a></p>')
    page("/news/", "ข่าวประชาสัมพันธ์", "<ul>" + "".join(news_items[:10]) + '</ul><p>หน้า 1 | <a href="/news/page/2/">2</a></p>')
    page("/news/page/2/", "ข่าวประชาสัมพันธ์ หน้า 2", "<ul>" + "".join(news_items[10:]) + '</ul><p><a href="/news/">1</a> | หน้า 2</p>')

    # about
    page("/about/history/", "ประวัติโรงพยาบาล",
         "<p>โรงพยาบาลเวียงสุวรรณ ก่อตั้งเมื่อ พ.ศ. 2502 ปัจจุบันเป็นโรงพยาบาลทั่วไป ขนาด 320 เตียง สังกัดสำนักงานปลัดกระทรวงสาธารณสุข</p>"
         + ul(['<a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a>', '<a href="/about/structure/">โครงสร้างองค์กร</a>',
               '<a href="/about/executives/">ผู้บริหาร</a>']))
    page("/about/vision/", "วิสัยทัศน์ พันธกิจ ค่านิยม",
         "<p><b>วิสัยทัศน์</b> โรงพยาบาลทั่วไปคุณภาพ ประชาชนไว้วางใจ บุคลากรมีความสุข</p>"
         "<p><b>พันธกิจ</b> ให้บริการสุขภาพแบบองค์รวมที่ได้มาตรฐาน พัฒนาระบบส่งต่อ และพัฒนาบุคลากร</p>"
         f"<p>{doc_link('strategic-plan-2566-2570')}</p>")
    page("/about/structure/", "โครงสร้างองค์กรและอำนาจหน้าที่",
         "<p>ผู้อำนวยการโรงพยาบาลเวียงสุวรรณ</p>"
         + ul(["รองผู้อำนวยการฝ่ายการแพทย์: กลุ่มงานอายุรกรรม ศัลยกรรม กุมารเวชกรรม สูติ-นรีเวชกรรม อุบัติเหตุและฉุกเฉิน",
               "รองผู้อำนวยการฝ่ายบริหาร: กลุ่มงานบริหารทั่วไป กลุ่มงานพัสดุ กลุ่มงานการเงิน กลุ่มงานทรัพยากรบุคคล",
               "รองผู้อำนวยการฝ่ายการพยาบาล: กลุ่มการพยาบาล 18 หอผู้ป่วย",
               "รองผู้อำนวยการด้านปฐมภูมิ: กลุ่มงานเวชกรรมสังคม กลุ่มงานบริการด้านปฐมภูมิ",
               "ศูนย์คุณภาพ ศูนย์ประกันสุขภาพ ศูนย์รับเรื่องร้องเรียน"])
         + "<h3>อำนาจหน้าที่</h3><p>ตามกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวงสาธารณสุข โรงพยาบาลทั่วไปมีหน้าที่ "
         "ให้บริการตรวจวินิจฉัย รักษาพยาบาล ฟื้นฟูสมรรถภาพ ส่งเสริมสุขภาพและป้องกันโรคในระดับทุติยภูมิและตติยภูมิ "
         "รับการส่งต่อจากโรงพยาบาลชุมชนในจังหวัด และสนับสนุนวิชาการแก่หน่วยบริการในเครือข่าย</p>")
    execs = [("นายแพทย์ธีรวัฒน์ ศรีบุญเรือง", "ผู้อำนวยการโรงพยาบาลเวียงสุวรรณ", "1001"),
             ("แพทย์หญิงกมลวรรณ ทองประเสริฐ", "รองผู้อำนวยการฝ่ายการแพทย์", "1002"),
             ("นายสมเกียรติ วงศ์ไชยา", "รองผู้อำนวยการฝ่ายบริหาร", "1003"),
             ("นางอรุณี แสงสุวรรณ", "รองผู้อำนวยการฝ่ายการพยาบาล", "1004")]
    page("/about/executives/", "ผู้บริหารโรงพยาบาล",
         "".join(f'<div class="exec"><img src="/assets/director.png" alt="{esc(n)}" width="80" height="100">'
                 f"<p>{esc(n)}<br>{esc(p)}<br>โทร 0 4461 1200 ต่อ {x}</p></div>" for n, p, x in execs))
    page("/contact/", "ติดต่อเรา",
         "<p>โรงพยาบาลเวียงสุวรรณ 99 หมู่ 4 ถนนสุวรรณวิถี ตำบลในเมือง อำเภอเมืองเวียงสุวรรณ จังหวัดเวียงสุวรรณ 34990</p>"
         "<p>โทรศัพท์ 0 4461 1200 (ตลอด 24 ชั่วโมง) โทรสาร 0 4461 1299</p><p>อีเมล saraban@wiangsuwan-hosp.go.th</p>"
         '<p>Facebook: <a href="https://www.facebook.com/wiangsuwanhospital.example" target="_blank">โรงพยาบาลเวียงสุวรรณ</a></p>'
         '<p><a href="https://maps.google.com/?q=โรงพยาบาลเวียงสุวรรณ" target="_blank">แผนที่ Google Maps</a></p>'
         "<p>เวลาทำการ ผู้ป่วยนอก จันทร์ - ศุกร์ 08.00 - 16.00 น. ห้องฉุกเฉินตลอด 24 ชั่วโมง</p>")
    page("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>โรงพยาบาลเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")

    # departments
    page("/departments/", "หน่วยงานภายใน", ul([
        '<a href="/departments/quality/">ศูนย์คุณภาพ</a>', '<a href="/departments/insurance/">ศูนย์ประกันสุขภาพ</a>',
        '<a href="/departments/supply/">กลุ่มงานพัสดุ</a>', '<a href="/departments/complaint-center/">ศูนย์รับเรื่องร้องเรียน</a>',
        '<a href="/departments/hr/">กลุ่มงานทรัพยากรบุคคล</a>']))
    page("/departments/quality/", "ศูนย์คุณภาพ",
         "<p>ประสานการพัฒนาคุณภาพตามมาตรฐาน HA และความปลอดภัยของผู้ป่วย</p>"
         + ul([doc_link("ha-certificate"), doc_link("ha-self-assessment-2567"),
               '<a href="/files/ha-report-2565.pdf">รายงานการเยี่ยมสำรวจ HA ปี 2565</a>']))
    page("/departments/insurance/", "ศูนย์ประกันสุขภาพ",
         "<p>ให้คำแนะนำเรื่องสิทธิการรักษาพยาบาล ตรวจสอบสิทธิ และรับเรื่องร้องเรียนด้านสิทธิ</p>" + ul([doc_link("uc-rights-guide")]))
    page("/departments/supply/", "กลุ่มงานพัสดุ",
         '<p>ดำเนินการจัดซื้อจัดจ้างตาม พ.ร.บ.การจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560</p>'
         + ul([doc_link("manual-procurement"), '<a href="/procurement/">ข้อมูลจัดซื้อจัดจ้าง</a>']))
    page("/departments/complaint-center/", "ศูนย์รับเรื่องร้องเรียน",
         '<p>รับเรื่องร้องเรียนด้านบริการและเรื่องร้องเรียนการทุจริต ติดต่อ ชั้น 1 อาคารผู้ป่วยนอก</p>'
         + ul([doc_link("complaint-manual"), '<a href="/complaint/">ร้องเรียนออนไลน์</a>']))
    page("/departments/hr/", "กลุ่มงานทรัพยากรบุคคล",
         "<p>งานสรรหา บรรจุ แต่งตั้ง พัฒนาบุคลากร และวินัย</p>" + ul([doc_link("hr-plan-2563-2567"), doc_link("hr-plan-2568-draft")]))

    # service
    page("/service/", "บริการผู้ป่วย", ul([
        '<a href="/service/guide/">ขั้นตอนการรับบริการผู้ป่วยนอก</a>', '<a href="/service/ipd/">ผู้ป่วยใน / เวลาเยี่ยม</a>',
        '<a href="/service/rights/">สิทธิการรักษา</a>', '<a href="/service/clinics/">ตารางคลินิกพิเศษ</a>',
        '<a href="/eservice/">นัดหมายออนไลน์</a>']))
    page("/service/guide/", "ขั้นตอนการรับบริการผู้ป่วยนอก",
         "<table><tr><th>ขั้นตอน</th><th>จุดบริการ</th><th>ระยะเวลา</th><th>เอกสาร</th></tr>"
         "<tr><td>1. ยื่นบัตร/ทำบัตรใหม่</td><td>ห้องบัตร ชั้น 1</td><td>10 นาที</td><td>บัตรประจำตัวประชาชน</td></tr>"
         "<tr><td>2. คัดกรอง วัดความดัน</td><td>จุดคัดกรอง</td><td>15 นาที</td><td>-</td></tr>"
         "<tr><td>3. พบแพทย์</td><td>ห้องตรวจ</td><td>30 นาที</td><td>-</td></tr>"
         "<tr><td>4. รับยา ชำระเงิน</td><td>ห้องยา</td><td>20 นาที</td><td>ใบสั่งยา</td></tr></table>"
         f"<p>{doc_link('service-guide-patient')}</p>")
    page("/service/ipd/", "ผู้ป่วยใน / เวลาเยี่ยม", "<p>เวลาเยี่ยม 11.00 - 13.00 น. และ 16.00 - 20.00 น.</p>")
    page("/service/rights/", "สิทธิการรักษา", f"<p>{doc_link('uc-rights-guide')}</p>")
    page("/service/clinics/", "ตารางคลินิกพิเศษ",
         "<table><tr><th>คลินิก</th><th>วัน</th></tr><tr><td>เบาหวาน</td><td>อังคาร</td></tr><tr><td>โรคหัวใจ</td><td>พฤหัสบดี</td></tr></table>")
    page("/eservice/", "นัดหมายพบแพทย์ออนไลน์ (e-Service)",
         '<form method="post" action="/eservice/submit/"><p>ชื่อ-สกุล <input name="name"></p>'
         '<p>HN <input name="hn"></p><p>คลินิก <select name="clinic"><option>อายุรกรรม</option><option>ศัลยกรรม</option></select></p>'
         '<p>วันที่ต้องการ <input type="date" name="day"></p><p>โทรศัพท์ <input name="tel"></p>'
         '<p><button type="submit">ส่งคำขอนัด</button></p></form><p>เจ้าหน้าที่จะโทรยืนยันภายใน 1 วันทำการ</p>')

    # complaint
    page("/complaint/", "ร้องเรียน/ร้องทุกข์",
         '<form method="post" action="/complaint/send/"><p>เรื่อง <input name="subject"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
         '<p><button type="submit">ส่งเรื่อง</button></p></form>'
         '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>')
    page("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         "<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่โรงพยาบาลได้ทางแบบฟอร์มนี้ "
         "ข้อมูลผู้ร้องจะถูกเก็บเป็นความลับ</p>"
         '<form method="post" action="/complaint/corruption/send/"><p>ชื่อผู้ร้อง (ไม่ระบุได้) <input name="name"></p>'
         '<p>เจ้าหน้าที่/หน่วยงานที่ถูกร้อง <input name="who"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
         '<p>แนบไฟล์ <input type="file" name="att"></p><p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form>'
         "<p>ช่องทางอื่น: โทร 0 4461 1200 ต่อ 1111 / ตู้รับเรื่องร้องเรียนหน้าอาคารผู้ป่วยนอก / อีเมล complaint@wiangsuwan-hosp.go.th</p>"
         f"<p>{doc_link('complaint-manual')}</p>")

    # procurement
    skr = [d for d in DOCS if d[0].startswith("skr1")]
    skr.sort(key=lambda d: d[0], reverse=True)
    page("/procurement/", "ข้อมูลการจัดซื้อจัดจ้าง",
         '<p>ประกาศจัดซื้อจัดจ้างทั้งหมดเผยแพร่ใน <a href="https://process3.gprocurement.go.th/" target="_blank">ระบบ e-GP</a></p>'
         f"<h3>แผนการจัดซื้อจัดจ้าง</h3><p>{doc_link('egp-plan-2568')}</p>"
         "<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</h3>"
         "<table><tr><th>ชื่อเอกสาร</th><th>วันที่</th></tr>"
         + "".join(f"<tr><td>{doc_link(d[0])}</td><td>{be(d[4])}</td></tr>" for d in skr) + "</table>"
         f"<h3>รายงานผลประจำปี</h3><p>{doc_link('procure-report-2567')}</p>"
         '<p><a href="/procurement/announce/">ประกาศผู้ชนะการเสนอราคา</a></p>')
    page("/procurement/announce/", "ประกาศผู้ชนะการเสนอราคา", ul([doc_link("print-plan-notice")]))

    # download centre
    rows = [(d[0], d[2], d[3], d[4]) for d in DOCS] + [("hr-report-2567", GONE["hr-report-2567"][1], "hr", D(2024, 11, 20))]
    rows.sort(key=lambda r: r[3], reverse=True)

    def table(rs) -> str:
        return ("<table><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>หมวด</th><th>วันที่</th></tr>"
                + "".join(f'<tr><td>{i}</td><td>{doc_link(s, t)}</td><td><a href="/download/{c}/">{esc(CATS[c])}</a></td>'
                          f"<td>{be(w)}</td></tr>" for i, (s, t, c, w) in enumerate(rs, 1)) + "</table>")
    page("/download/", "ดาวน์โหลดเอกสาร",
         ul([f'<a href="/download/{c}/">{esc(n)}</a>' for c, n in CATS.items()]) + table(rows))
    for c, n in CATS.items():
        page(f"/download/{c}/", f"ดาวน์โหลดเอกสาร: {n}", table([r for r in rows if r[2] == c]))

    # ITA
    page("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
         ul(['<a href="/ita/2568/">ITA ปีงบประมาณ 2568</a>', '<a href="/ita/2567/">ITA ปีงบประมาณ 2567</a>']))
    ita = [
        ("o1", "โครงสร้างและอำนาจหน้าที่", '<a href="/about/structure/">คลิก</a>'),
        ("o2", "ข้อมูลผู้บริหาร", '<a href="/about/executives/">คลิก</a>'),
        ("o3", "ข้อมูลการติดต่อ", '<a href="/contact/">คลิก</a>'),
        ("o4", "ข่าวประชาสัมพันธ์", '<a href="/news/">คลิก</a>'),
        ("o5", "แผนยุทธศาสตร์ 2566-2570", f'<a href="{href("strategic-plan-2566-2570")}">คลิก</a>'),
        ("o6", "แผนปฏิบัติการและแผนการใช้จ่ายงบประมาณประจำปี", '<a href="/download/plan/">คลิก</a>'),
        ("o7", "รายงานประจำปี", f'<a href="{href("annual-report-2567")}">คลิก</a>'),
        ("o8", "คู่มือการปฏิบัติงาน", '<a href="/download/manual/">คลิก</a>'),
        ("o9", "คู่มือการรับบริการ", '<a href="/service/guide/">คลิก</a>'),
        ("o10", "E-Service นัดหมายออนไลน์", '<a href="/eservice/">คลิก</a>'),
        ("o11", "สถิติการให้บริการ", f'<a href="{href("stats-service-2567")}">คลิก</a>'),
        ("o12", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", '<a href="/procurement/">คลิก</a>'),
        ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", f'<a href="{href("procure-report-2567")}">คลิก</a>'),
        ("o14", "แผนบริหารทรัพยากรบุคคล", '<a href="/download/hr/">คลิก</a>'),
        ("o15", "รายงานผลการบริหารทรัพยากรบุคคล", f'<a href="{href("hr-report-2567")}">คลิก</a>'),
        ("o16", "ประมวลจริยธรรม", f'<a href="{href("ethics-code")}">คลิก</a>'),
        ("o17", "คู่มือจัดการเรื่องร้องเรียนการทุจริต", f'<a href="{href("complaint-manual")}">คลิก</a>'),
        ("o18", "ช่องทางร้องเรียนการทุจริต", '<a href="/complaint/corruption/">คลิก</a>'),
        ("o19", "สถิติเรื่องร้องเรียนการทุจริต", '<a href="/complaint/corruption/">คลิก</a>'),
        ("o20", "การมีส่วนร่วม", '<a href="/news/people-forum-2568/">คลิก</a>'),
        ("o21", "No Gift Policy", f'<a href="{href("nogift-2568")}">คลิก</a>'),
        ("o22", "รายงานการรับของขวัญ", f'<a href="{href("gift-report-2566")}">คลิก</a>'),
        ("o23", "การประเมินความเสี่ยงการทุจริต", f'<a href="{href("risk-2568")}">คลิก</a>'),
        ("o24", "รายงานผลการจัดการความเสี่ยง", f'<a href="{href("risk-report-2566")}">คลิก</a>'),
        ("o25", "แผนป้องกันการทุจริต", f'<a href="{href("anticorruption-plan-2568")}">คลิก</a>'),
        ("o26", "รายงานผลการป้องกันการทุจริต", "อยู่ระหว่างดำเนินการ"),
    ]
    page("/ita/2568/", "ITA ปีงบประมาณ 2568 (OIT)",
         "<table><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>"
         + "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{lk}</td></tr>" for c, t, lk in ita) + "</table>")
    old = [("o6", "แผนปฏิบัติการ 2567", doc_link("action-plan-2567")),
           ("o7", "รายงานรอบ 6 เดือน 2567", doc_link("report-6m-2567")),
           ("o14", "แผนบริหารทรัพยากรบุคคล", doc_link("hr-plan-2563-2567")),
           ("o20", "รายงานการรับของขวัญ", doc_link("gift-report-2566")),
           ("o23", "รายงานผลการจัดการความเสี่ยง", doc_link("risk-report-2566")),
           ("o27", "รายงานผลการดำเนินการป้องกันการทุจริต 12 เดือน (เพิ่มเติม)", doc_link("anticorruption-report-2567"))]
    page("/ita/2567/", "ITA ปีงบประมาณ 2567 (OIT)",
         "<table><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>"
         + "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{lk}</td></tr>" for c, t, lk in old) + "</table>")
    page("/sitemap/", "แผนผังเว็บไซต์", ul([f'<a href="{u}">{esc(t)}</a>' for u, t in MENU]))


if __name__ == "__main__":
    build()
