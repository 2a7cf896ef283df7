"""Generate the pages of the "imagemapita" test site (เทศบาลตำบลห้วยทรายคำ, invented).

Run after _make_docs.py:  python tests/sites/imagemapita/_make_pages.py

A Joomla-era site: articles and category lists are query-string pages
(/index.php?option=com_content&view=article&id=N, stored under index.php.q/<query>/index.html),
documents come from /download.php?id=N.  The ITA page /ita2569/ is one big PNG of the O1–O26 table
with an HTML image map (<map>/<area>) and a short plain-text list below it; last year's page
/ita2568/ (a static copy left from the old site) is still online.  Deterministic.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))  # the repo root

from tests.docmaker import FONT, THAI_DIGITS  # noqa: E402
from tests.sites.imagemapita._make_docs import ORG  # noqa: E402


def art(n: int) -> str:
    return f"/index.php?option=com_content&amp;view=article&amp;id={n}"


def cat(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&amp;view=category&amp;id={n}" + (f"&amp;limitstart={start}" if start else "")


def dl(n: int) -> str:
    return f"/download.php?id={n}"


MENU = [("หน้าแรก", "/"), ("ประวัติ", art(1)), ("โครงสร้าง", art(2)), ("ผู้บริหาร", art(4)),
        ("ข่าวประชาสัมพันธ์", cat(8)), ("แผนพัฒนา", cat(20)), ("งบประมาณ", cat(21)),
        ("จัดซื้อจัดจ้าง", cat(23)), ("E-Service", art(8)), ("ติดต่อเรา", art(6))]
SIDE = [("ITA 2569", "/ita2569/"), ("ITA 2568", "/ita2568/"), ("รายงานผลการดำเนินงาน", cat(22)),
        ("งานบุคคล", cat(24)), ("คู่มือ", cat(25)), ("ป้องกันการทุจริต", cat(26)), ("ข้อมูลสถิติ", cat(27)),
        ("ร้องเรียนการทุจริต", art(9)), ("ถาม-ตอบ", art(7))]


def page(title: str, body: str) -> str:
    menu = " | ".join(f'<a href="{h}">{t}</a>' for t, h in MENU)
    side = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in SIDE)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} - {ORG}</title>
<link rel="stylesheet" href="/templates/ja_teline/css/template.css"></head>
<body><div id="header"><h1>{ORG}</h1><p>อำเภอเมืองปาน จังหวัดลำปาง</p></div>
<div id="menu">{menu}</div>
<div id="wrap"><div id="left"><h3>เมนูหลัก</h3><ul>{side}</ul>
<h3>นายกเทศมนตรี</h3><p>นายประเสริฐ ทองคำแสน<br>โทร 08 1772 4051</p>
<p>ผู้เยี่ยมชม ๑๒๓,๔๕๖ คน</p></div>
<div id="content"><h2>{title}</h2>
{body}
</div></div>
<div id="footer">{ORG} 99 หมู่ 3 ตำบลห้วยทรายคำ อำเภอเมืองปาน จังหวัดลำปาง 52240 โทร 0 5433 7190
อีเมล saraban@huaysaikham.go.th | Powered by Joomla! 1.5</div></body></html>
"""


def write(rel: str, html: str) -> None:
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def q(query: str) -> str:
    return f"index.php.q/{query}/index.html"


def article(n: int, title: str, body: str) -> None:
    write(q(f"option=com_content&view=article&id={n}"), page(title, body))


def category(n: int, title: str, rows: list[tuple[str, str, str]], start: int = 0, more: str = "") -> None:
    items = "".join(f'<tr><td><a href="{h}">{t}</a></td><td>{when}</td></tr>' for t, h, when in rows)
    body = f'<table class="category"><tr><th>เรื่อง</th><th>วันที่</th></tr>{items}</table>{more}'
    query = f"option=com_content&view=category&id={n}" + (f"&limitstart={start}" if start else "")
    write(q(query), page(title, body))


# ---------------------------------------------------------------- news (id 101 …)
NEWS = [
    (101, "2 เม.ย. 2569", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     "ขอเชิญผู้มีหน้าที่ชำระภาษีมาชำระได้ที่กองคลัง ภายในเดือนเมษายน 2569", ""),
    (114, "1 เม.ย. 2569", "ประชาสัมพันธ์งานประเพณีสงกรานต์ ปี 2569", "ขอเชิญร่วมสรงน้ำพระ 13 เมษายน 2569 ณ วัดห้วยทรายคำ", ""),
    (102, "20 มี.ค. 2569", "กิจกรรมวันน้ำโลก ปลูกหญ้าแฝกริมลำห้วย", "เทศบาลร่วมกับโรงเรียนบ้านห้วยทรายคำ ปลูกหญ้าแฝก 2,000 กล้า", ""),
    (103, "25 ก.พ. 2569", "ประชุมประชาคมตำบล ทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2569",
     "วันที่ 25 กุมภาพันธ์ 2569 เทศบาลจัดประชุมประชาคมตำบล ณ หอประชุมเทศบาล เพื่อรับฟังความคิดเห็นของประชาชน"
     " ต่อการทบทวนแผนพัฒนาท้องถิ่น มีผู้เข้าร่วม 126 คน จาก 9 หมู่บ้าน ประชาชนเสนอโครงการ 31 โครงการ"
     " เช่น ขุดลอกลำห้วย ไฟฟ้าส่องสว่าง ที่ประชุมมีมติให้บรรจุ 18 โครงการ", ""),
    (113, "6 ก.พ. 2569", "ตรวจสอบคุณภาพน้ำประปาหมู่บ้าน", "กองช่างเก็บตัวอย่างน้ำประปา 9 หมู่บ้าน ส่งตรวจ", ""),
    (104, "15 ม.ค. 2569", "โครงการอบรมคุณธรรมจริยธรรม ขับเคลื่อนจริยธรรมพนักงานเทศบาล ประจำปี 2569",
     "วันที่ 15 มกราคม 2569 เทศบาลจัดอบรมการขับเคลื่อนจริยธรรมตามประมวลจริยธรรม ผู้บริหาร พนักงานเทศบาล"
     " และพนักงานจ้าง เข้าร่วม 44 คน พร้อมเผยแพร่คู่มือ Do's &amp; Don'ts",
     f'<p>เอกสารแนบ: <a href="{dl(26)}">คู่มือ Do\'s &amp; Don\'ts 2569</a></p>'),
    (105, "10 ม.ค. 2569", "งานวันเด็กแห่งชาติ ประจำปี 2569", "มีเด็กร่วมงานกว่า 400 คน", ""),
    (112, "18 ธ.ค. 2568", "กิจกรรมจิตอาสาพัฒนาทำความสะอาดถนน", "พนักงานและประชาชนร่วมกิจกรรม", ""),
    (106, "5 ธ.ค. 2568", "กิจกรรมเนื่องในวันพ่อแห่งชาติ", "ร่วมจุดเทียนชัยถวายพระพร", ""),
    (107, "20 พ.ย. 2568", "ประเพณีลอยกระทง ปี 2568", "ประกวดกระทง 9 หมู่บ้าน", ""),
    (111, "12 พ.ย. 2568", "ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า", "ฉีดวัคซีนสุนัขและแมว 1,210 ตัว", ""),
    (110, "30 ต.ค. 2568", "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569",
     "เทศบาลประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569", f'<p>เอกสารแนบ: <a href="{dl(7)}">แผนการดำเนินงาน 2569.docx</a></p>'),
    (109, "9 ต.ค. 2568", "รับสมัครบุคคลเพื่อสรรหาเป็นพนักงานจ้าง", "ตำแหน่งผู้ช่วยเจ้าพนักงานธุรการ 1 อัตรา", ""),
    (108, "3 ต.ค. 2568", "จังหวัดลำปางประกาศนโยบาย No Gift Policy ประจำปีงบประมาณ 2569",
     "ประชาสัมพันธ์ประกาศจังหวัดลำปาง เรื่องนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่",
     f'<p>เอกสารแนบ: <a href="{dl(30)}">ประกาศจังหวัดลำปาง No Gift Policy 2569</a></p>'),
    (115, "24 ก.ย. 2568", "ประชุมสภาเทศบาล สมัยวิสามัญ", "พิจารณาโอนงบประมาณ", ""),
    (116, "12 ส.ค. 2568", "กิจกรรมวันแม่แห่งชาติ", "มอบเกียรติบัตรแม่ดีเด่น", ""),
    (117, "1 ก.ค. 2568", "รณรงค์ป้องกันไข้เลือดออก", "พ่นหมอกควันทุกหมู่บ้าน", ""),
    (118, "10 มิ.ย. 2568", "ประชุมประชาคมหมู่บ้าน ปี 2568", "ประชุม 9 หมู่บ้าน", ""),
    (119, "13 เม.ย. 2568", "ประเพณีสงกรานต์ ปี 2568", "สรงน้ำพระ รดน้ำดำหัวผู้สูงอายุ", ""),
    (120, "14 ก.พ. 2568", "อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน", "ผู้เข้าอบรม 60 คน", ""),
    (121, "11 ม.ค. 2568", "งานวันเด็กแห่งชาติ ประจำปี 2568", "", ""),
    (122, "7 พ.ย. 2567", "ประเพณีลอยกระทง ปี 2567", "", ""),
]


def build_image() -> None:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), 17)
    big = ImageFont.truetype(str(FONT), 22)
    img = Image.new("P", (860, 60 + 32 * 26 + 10), 255)
    img.putpalette([255, 255, 255, 0, 0, 0, 20, 70, 150, 230, 236, 250] + [0] * 756)
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, 860, 56), fill=2)
    draw.text((20, 14), "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙ เทศบาลตำบลห้วยทรายคำ", font=big, fill=0)
    for i, (code, label, _href) in enumerate(ITA):
        y = 60 + 32 * i
        draw.rectangle((0, y, 859, y + 31), fill=3 if i % 2 else 0, outline=1)
        draw.text((12, y + 5), code, font=font, fill=1)
        draw.text((80, y + 5), label, font=font, fill=1)
        draw.text((760, y + 5), "คลิก", font=font, fill=2)
    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    img.save(os.path.join(HERE, "images", "ita2569_oit.png"), optimize=True)


ITA = [
    ("O1", "โครงสร้างและอำนาจหน้าที่", art(2)),
    ("O2", "ข้อมูลผู้บริหาร", art(4)),
    ("O3", "ข้อมูลการติดต่อ / ถาม-ตอบ", art(6)),
    ("O4", "ข่าวประชาสัมพันธ์", cat(8)),
    ("O5", "แผนพัฒนาท้องถิ่น", art(12)),
    ("O6", "แผนการดำเนินงานและงบประมาณ ปี ๒๕๖๙", cat(21)),
    ("O7", "รายงานผลการดำเนินงานประจำปี", dl(11)),
    ("O8", "คู่มือการปฏิบัติงาน", dl(12)),
    ("O9", "คู่มือสำหรับประชาชน", art(11)),
    ("O10", "E-Service", art(8)),
    ("O11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)", cat(23)),
    ("O12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", dl(21)),
    ("O13", "หลักเกณฑ์และแผนการบริหารงานบุคคล", cat(24)),
    ("O14", "รายงานผลการบริหารและพัฒนาบุคลากร", art(10)),
    ("O15", "ประมวลจริยธรรมและการขับเคลื่อน", art(13)),
    ("O16", "คู่มือเรื่องร้องเรียนการทุจริต", dl(27)),
    ("O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", art(9)),
    ("O18", "สถิติเรื่องร้องเรียนการทุจริต", dl(28)),
    ("O19", "การมีส่วนร่วมของประชาชน", art(103)),
    ("O20", "No Gift Policy", dl(29)),
    ("O21", "การประเมินความเสี่ยงการทุจริต ปี ๒๕๖๙", dl(31)),
    ("O22", "การบริหารจัดการความเสี่ยงการทุจริต", dl(33)),
    ("O23", "แผนป้องกันการทุจริต", cat(26)),
    ("O24", "รายงานผลการป้องกันการทุจริต", dl(36)),
    ("O25", "การนำผล ITA ไปพัฒนาองค์กร", dl(37)),
    ("O26", "รายงานผลมาตรการส่งเสริมคุณธรรม", dl(8)),
]


CSS = "body{font-family:Tahoma,sans-serif;margin:0}#header{background:#144696;color:#fff;padding:8px}"\
      "#menu{background:#e6ecfa;padding:6px}#left{float:left;width:200px}#content{margin-left:210px}"\
      "#footer{clear:both;background:#144696;color:#fff;padding:8px}"


def build() -> None:
    build_image()
    write("templates/ja_teline/css/template.css", CSS)
    # home
    latest = "".join(f'<li><a href="{art(n)}">{t}</a> ({w})</li>' for n, w, t, _b, _a in NEWS[:6])
    write("index.html", page("หน้าแรก", f'<p><a href="/ita2569/"><img src="/images/banner_ita.png" alt="ITA 2569"></a></p>'
                        f"<h3>ข่าวล่าสุด</h3><ul>{latest}</ul>"
                        f'<p><a href="{cat(8)}">ข่าวทั้งหมด</a> | <a href="{art(8)}">ยื่นคำร้องออนไลน์</a></p>'))
    # banner (a tiny image)
    from PIL import Image

    Image.new("P", (300, 60), 0).save(os.path.join(HERE, "images", "banner_ita.png"))

    # ITA 2569: one image with a map, then a short plain list
    areas = "\n".join(f'<area shape="rect" coords="0,{60 + 32 * i},860,{91 + 32 * i}" href="{h}" alt="{c} {t}" title="{c} {t}">'
                      for i, (c, t, h) in enumerate(ITA))
    body = (f'<p>ปี <b>๒๕๖๙</b> | <a href="/ita2568/">๒๕๖๘</a></p>'
            f'<p><img src="/images/ita2569_oit.png" usemap="#oit2569" width="860" alt="ตาราง OIT 2569"></p>'
            f'<map name="oit2569">\n{areas}\n</map>'
            "<h3>เอกสารเพิ่มเติม</h3><ul>"
            f'<li><a href="{dl(6)}">เทศบัญญัติงบประมาณรายจ่าย ปี ๒๕๖๙</a></li>'
            f'<li><a href="{dl(7)}">แผนการดำเนินงาน ปี ๒๕๖๙</a></li>'
            f'<li><a href="{dl(38)}">มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี ๒๕๖๙</a></li>'
            f'<li><a href="{dl(14)}">สถิติการให้บริการ E-Service</a></li></ul>')
    write("ita2569/index.html", page("ITA 2569 การเปิดเผยข้อมูลสาธารณะ", body))

    # ITA 2568: a static copy left from the old site
    rows = [("o1", "โครงสร้าง", art(2)), ("o10", "แผนดำเนินงาน ๒๕๖๘", dl(9)), ("o33", "No Gift Policy", dl(29)),
            ("o36", "ประเมินความเสี่ยง ๒๕๖๘", dl(31)), ("o39", "แผนป้องกันการทุจริต ๒๕๖๘", dl(34)),
            ("o42", "รายงานมาตรการส่งเสริมคุณธรรม", "/images/stories/ita2568/o42.pdf")]
    trs = "".join(f'<tr><td>{c}</td><td><a href="{h}">{t}</a></td></tr>' for c, t, h in rows)
    write("ita2568/index.html", page("ITA 2568 (ข้อมูลเดิม)", f"<p>ข้อมูลจากเว็บไซต์เดิม</p><table>{trs}</table>"))

    # articles 1–13
    article(1, "ประวัติเทศบาล", "<p>ยกฐานะจากสุขาภิบาลห้วยทรายคำเป็นเทศบาลตำบล เมื่อ 25 พฤษภาคม 2542</p>")
    article(2, "โครงสร้างองค์กร", "<p><img src=\"/images/structure.png\" alt=\"แผนผังโครงสร้าง\"></p>"
            "<h3>ฝ่ายการเมือง</h3><ul><li>นายกเทศมนตรี รองนายกเทศมนตรี 2 คน เลขานุการและที่ปรึกษานายกฯ</li>"
            "<li>สภาเทศบาล: ประธานสภา รองประธานสภา สมาชิกสภา 12 คน</li></ul>"
            "<h3>ฝ่ายประจำ</h3><ul><li>ปลัดเทศบาล รองปลัดเทศบาล</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li>"
            "<li>กองช่าง</li><li>กองการศึกษา</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>หน่วยตรวจสอบภายใน</li></ul>"
            f'<p><a href="{art(3)}">อำนาจหน้าที่</a></p>')
    Image.new("P", (400, 250), 0).save(os.path.join(HERE, "images", "structure.png"))
    article(3, "อำนาจหน้าที่", "<p>ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 และ 51 และ พ.ร.บ.กำหนดแผนและขั้นตอนการกระจายอำนาจฯ มาตรา 16</p>"
            "<ol><li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li>"
            "<li>รักษาความสะอาดของถนน ที่สาธารณะ และการกำจัดขยะ</li><li>ป้องกันและระงับโรคติดต่อ</li>"
            "<li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุและผู้พิการ</li>"
            "<li>บำรุงศิลปะ จารีตประเพณี และวัฒนธรรมอันดีของท้องถิ่น</li></ol>")
    execs = [("นายประเสริฐ ทองคำแสน", "นายกเทศมนตรี", "08 1772 4051"), ("นายบุญมี ศรีวงค์", "รองนายกเทศมนตรี", "08 9551 2208"),
             ("นางจันทร์เพ็ญ คำมูล", "รองนายกเทศมนตรี", "08 6114 9032"), ("นายวิชัย แก้วมณี", "ปลัดเทศบาล", "0 5433 7190 ต่อ 11")]
    article(4, "คณะผู้บริหาร", "".join(f'<div class="person"><img src="/images/person.png" alt="{n}"><p>{n}<br>{p}<br>โทร {t}</p></div>'
                                        for n, p, t in execs))
    Image.new("P", (90, 110), 0).save(os.path.join(HERE, "images", "person.png"))
    article(5, "สมาชิกสภาเทศบาล", "<p>นายสมบัติ ปัญญาดี ประธานสภาเทศบาล, นางศรีนวล อินต๊ะ รองประธานสภา และสมาชิกอีก 10 คน</p>")
    article(6, "ติดต่อเรา", "<p>เทศบาลตำบลห้วยทรายคำ 99 หมู่ 3 ตำบลห้วยทรายคำ อำเภอเมืองปาน จังหวัดลำปาง 52240</p>"
            "<p>โทรศัพท์ 0 5433 7190 โทรสาร 0 5433 7191 อีเมล saraban@huaysaikham.go.th</p>"
            '<p><a href="https://maps.google.com/?q=18.7712,99.4821">แผนที่ Google Maps</a></p>'
            f'<p><a href="{art(7)}">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    article(7, "ถาม-ตอบ (Q&amp;A)", "<p><b>ถาม</b> (12 ม.ค. 2569) ขอรับถังขยะได้ที่ไหน <b>ตอบ</b> ติดต่อกองสาธารณสุขฯ ได้ในวันเวลาราชการ</p>"
            "<p><b>ถาม</b> (3 มี.ค. 2569) ชำระภาษีออนไลน์ได้หรือไม่ <b>ตอบ</b> โอนผ่านบัญชีเทศบาลและแจ้งสลิปทาง Line</p>"
            '<form action="/qa/post" method="post"><p>ชื่อ <input name="name"></p><p>คำถาม <textarea name="q"></textarea></p>'
            '<p><button type="submit">ส่งคำถาม</button></p></form>')
    article(8, "E-Service ระบบบริการออนไลน์", "<p>ยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง</p>"
            '<form action="/eservice/submit" method="post"><p>ประเภทคำร้อง <select name="type"><option>คำร้องทั่วไป</option>'
            "<option>ขอรับน้ำประปา</option><option>แจ้งซ่อมไฟฟ้าสาธารณะ</option></select></p>"
            '<p>ชื่อ-สกุล <input name="name"></p><p>เบอร์โทร <input name="tel"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
            '<p><button type="submit">ส่งคำร้อง</button></p></form>'
            f'<p><a href="{dl(14)}">สถิติการให้บริการ E-Service ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)</a></p>')
    article(9, "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "<p>ผู้ร้องเรียนจะได้รับการคุ้มครองและเก็บข้อมูลเป็นความลับ</p>"
            '<form action="/complaint/submit" method="post"><p>ชื่อผู้ร้อง (ไม่ระบุได้) <input name="name"></p>'
            '<p>เรื่องที่ร้องเรียน <textarea name="detail"></textarea></p><p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form>'
            '<p>ช่องทางอื่น: <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> | <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a> | โทร 0 5433 7190</p>')
    article(10, "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2568",
            '<iframe src="https://drive.google.com/file/d/1hT4xKcQ9vR2mLs8pYw/preview" width="640" height="480"></iframe>'
            f'<p><a href="{dl(24)}">ดาวน์โหลดไฟล์ (PDF)</a></p>')
    article(11, "คู่มือสำหรับประชาชน",
            '<iframe src="https://online.fliphtml5.com/hsk/kumue/" width="640" height="480"></iframe>'
            f'<p><a href="{dl(13)}">ดาวน์โหลด คู่มือสำหรับประชาชน การขออนุญาตก่อสร้างอาคาร</a></p>')
    article(12, "แผนพัฒนาท้องถิ่น",
            '<iframe src="https://online.fliphtml5.com/hsk/plan/" width="640" height="480"></iframe>'
            f'<p><a href="{dl(3)}">ดาวน์โหลด แผนพัฒนาท้องถิ่น</a> | <a href="{dl(4)}">แผนพัฒนาท้องถิ่น เพิ่มเติม</a></p>')
    article(13, "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม",
            f'<ul><li><a href="{dl(25)}">ประมวลจริยธรรมของพนักงานเทศบาล</a></li>'
            f'<li><a href="{dl(26)}">คู่มือ Do\'s &amp; Don\'ts ปี 2569</a></li>'
            f'<li><a href="{art(104)}">ข่าว อบรมขับเคลื่อนจริยธรรม 15 ม.ค. 2569</a></li></ul>')

    # news
    for n, when, title, text, extra in NEWS:
        article(n, title, f"<p>วันที่ {when.translate(THAI_DIGITS)}</p><p>{text}</p>{extra}")
    listing = [(t, art(n), w.translate(THAI_DIGITS)) for n, w, t, _b, _a in NEWS]
    category(8, "ข่าวประชาสัมพันธ์", listing[:12], more=f'<p>หน้า 1 | <a href="{cat(8, 12)}">2</a></p>')
    category(8, "ข่าวประชาสัมพันธ์", listing[12:], start=12, more=f'<p><a href="{cat(8)}">1</a> | หน้า 2</p>')

    # download categories
    category(20, "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่นสี่ปี (2561-2565)", art(12), "20 ต.ค. 2560"),
                                     ("แผนพัฒนาท้องถิ่น เพิ่มเติม ครั้งที่ 2", dl(4), "11 พ.ค. 2564"),
                                     ("ประกาศผู้ชนะ จ้างจัดพิมพ์แผนพัฒนาท้องถิ่น (2566-2570)", dl(5), "29 พ.ย. 2567")])
    category(21, "งบประมาณและแผนการดำเนินงาน", [("เทศบัญญัติงบประมาณรายจ่าย ประจำปี 2569", dl(6), "12 ก.ย. 2568"),
                                              ("แผนการดำเนินงาน ประจำปี 2569", dl(7), "30 ต.ค. 2568"),
                                              ("แผนปฏิบัติการ ศพด.บ้านห้วยทรายคำ", dl(10), "7 พ.ย. 2568"),
                                              ("เทศบัญญัติงบประมาณรายจ่าย ประจำปี 2568", dl(9), "10 ก.ย. 2567")])
    category(22, "รายงานผลการดำเนินงาน", [("รายงานการติดตามและประเมินผลแผนพัฒนาท้องถิ่น", dl(11), "18 ธ.ค. 2568")])
    category(23, "จัดซื้อจัดจ้าง", [("สขร.1 มีนาคม 2569", dl(19), "8 เม.ย. 2569"), ("สขร.1 มกราคม 2569", dl(18), "9 ก.พ. 2569"),
                                  ("สขร.1 ธันวาคม 2568", dl(17), "9 ม.ค. 2569"), ("สขร.1 พฤศจิกายน 2568", dl(16), "8 ธ.ค. 2568"),
                                  ("สขร.1 ตุลาคม 2568", dl(15), "10 พ.ย. 2568"),
                                  ("รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปี 2568", dl(21), "28 ต.ค. 2568")])
    category(24, "งานบริหารงานบุคคล", [("หลักเกณฑ์การบริหารงานบุคคล", dl(22), "1 มิ.ย. 2565"),
                                      ("แผนพัฒนาบุคลากร", dl(23), "25 ก.ย. 2563"),
                                      ("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล 2568", art(10), "20 พ.ย. 2568")])
    category(25, "คู่มือ", [("คู่มือการปฏิบัติงาน กองคลัง", dl(12), "2 มี.ค. 2566"), ("คู่มือสำหรับประชาชน", art(11), "1 เม.ย. 2566"),
                           ("คู่มือการจัดการเรื่องร้องเรียนการทุจริต", dl(27), "14 ก.พ. 2566")])
    category(26, "ป้องกันการทุจริต", [("มาตรการส่งเสริมคุณธรรมและความโปร่งใส 2569", dl(38), "26 ธ.ค. 2568"),
                                     ("การวิเคราะห์ผลการประเมิน ITA 2568", dl(37), "22 ธ.ค. 2568"),
                                     ("รายงานผลการป้องกันการทุจริต 2568", dl(36), "14 พ.ย. 2568"),
                                     ("เชิญประชุมคณะทำงานประเมินความเสี่ยง", dl(32), "3 พ.ย. 2568"),
                                     ("รายงานผลตามแผนบริหารจัดการความเสี่ยง 2568", dl(33), "31 ต.ค. 2568"),
                                     ("แผนปฏิบัติการป้องกันการทุจริต 2569", dl(35), "20 ก.ย. 2568"),
                                     ("แผนปฏิบัติการป้องกันการทุจริต 2568", dl(34), "4 ต.ค. 2567"),
                                     ("ประเมินความเสี่ยงการทุจริต", dl(31), "15 พ.ย. 2567"),
                                     ("No Gift Policy", dl(29), "9 ต.ค. 2566")])
    category(27, "ข้อมูลสถิติ", [("สถิติการให้บริการ E-Service 2569", dl(14), "3 เม.ย. 2569"),
                                ("สถิติการให้บริการ E-Service 2568", dl(40), "5 ต.ค. 2567"),
                                ("สถิติเรื่องร้องเรียนการทุจริต", dl(28), "9 เม.ย. 2568")])


if __name__ == "__main__":
    build()
