"""Generate the "itapath" test site (องค์การบริหารส่วนตำบลหนองน้ำใส): pages and PDF documents.

Run:  python tests/sites/itapath/_make_docs.py   (needs fpdf2 and /usr/share/fonts/truetype/tlwg)

A custom-CMS site whose ITA section sits on its own path: /ita2569/ (an index table with one
page per O-item, links reading only "คลิก") and /ita2568/, last year's archive whose item codes
mean other items in 2569 (2568 O14 is the HR plan, 2569 O14 the HR report; 2568 O25 is the
anti-corruption plan, 2569 O25 the ITA-result analysis). Documents sit under meaningless names
(/upload/f8a3c1.pdf) behind "ดาวน์โหลด" or the file name itself. External links: Facebook,
YouTube, LINE, a Google Form e-service, a Google Form complaint channel, NACC. Broken links: the
O25 row of the index and the February monthly summary. A page titled like an item but empty
(O18). The 2569 row of O14 still links last year's O14 page. Decoys: news of a meeting to prepare the HR report, another agency's procurement notice,
a job advert, photos of an anti-corruption camp, a blank questionnaire, a visitor-statistics
page; the risk-management report is findable only from its content (downloads list row
"เอกสารประกอบ ๑"). Thai digits in most dates. PDFs: fpdf2 + TLWG Garuda, text shaping off.
The generated files are committed; _truth.yaml says what an assessor would decide.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))  # the repo root

from tests.docmaker import WEB_STYLE, render_lines_pdf  # noqa: E402

ORG = "องค์การบริหารส่วนตำบลหนองน้ำใส"
SHORT = "อบต.หนองน้ำใส"
ORG_LOC = "อำเภอหนองหงส์ จังหวัดบุรีรัมย์"
ADDRESS = "เลขที่ ๙๙ หมู่ที่ ๓ ตำบลหนองน้ำใส อำเภอหนองหงส์ จังหวัดบุรีรัมย์ ๓๑๒๔๐"
PHONE = "๐-๔๔๖๖-๑๒๓๔"
EMAIL = "admin@nongnamsai.go.th"
CREATED = datetime(2026, 3, 25, 9, 0, tzinfo=timezone(timedelta(hours=7)))
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
FACEBOOK = "https://www.facebook.com/nongnamsai.sao"
YOUTUBE = "https://www.youtube.com/@nongnamsai"
LINE = "https://line.me/R/ti/p/@nongnamsai"
EFORM = "https://docs.google.com/forms/d/e/1FAIpQLSeNongNamSaiEService2569/viewform"
CFORM = "https://forms.gle/NnsComplaint2569"


def th(s: str) -> str:
    return s.translate(TH)


_KEEP = re.compile(r"(<[^>]+>|\bO\d{1,2}\b|[\w.-]+\.pdf\b|\b\d{3}-\d{3}-\d{4}\b)")


def th_html(s: str) -> str:
    """Thai digits in the visible text, as many LAO sites write them; tags, item codes (O5),
    file names and mobile numbers keep ASCII digits."""
    return "".join(part if _KEEP.fullmatch(part) else th(part) for part in _KEEP.split(s))


# ------------------------------------------------------------------ PDF documents


DOCS: dict[str, list[str]] = {}

DOCS["/upload/a41c9e.pdf"] = [
    f"# โครงสร้างส่วนราชการ{ORG}",
    "",
    "ฝ่ายการเมือง : นายก อบต. รองนายก อบต. ๒ คน เลขานุการนายก สภา อบต. (สมาชิก ๑๐ คน)",
    "ฝ่ายประจำ : ปลัด อบต. รองปลัด อบต. สำนักปลัด กองคลัง กองช่าง กองการศึกษา ศาสนาและวัฒนธรรม",
]
DOCS["/upload/7d41e0.pdf"] = [
    "# แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)",
    f"# {ORG}",
    f"# {ORG_LOC}",
    "",
    "## ส่วนที่ 2 ยุทธศาสตร์การพัฒนา",
    "ยุทธศาสตร์ที่ 1 ด้านโครงสร้างพื้นฐาน ยุทธศาสตร์ที่ 2 ด้านเศรษฐกิจและการเกษตร",
    "ยุทธศาสตร์ที่ 3 ด้านสังคมและคุณภาพชีวิต ยุทธศาสตร์ที่ 4 ด้านการบริหารจัดการที่ดี",
    "## ส่วนที่ 3 บัญชีสรุปโครงการพัฒนา",
    "ปี 2566 - 2570 รวม 284 โครงการ งบประมาณรวม 96,450,000 บาท",
]
DOCS["/upload/f2b9e7.pdf"] = [
    "# แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569",
    f"# {ORG}",
    "",
    "รวมทั้งสิ้น 47 โครงการ งบประมาณ 14,320,000 บาท",
    "ยุทธศาสตร์ด้านโครงสร้างพื้นฐาน 16 โครงการ 6,880,000 บาท",
    "ยุทธศาสตร์ด้านสังคมและคุณภาพชีวิต 21 โครงการ 6,210,000 บาท",
    "",
    "ประกาศ ณ วันที่ 30 ตุลาคม 2568",
]
DOCS["/upload/0c5a17.pdf"] = [
    "# ข้อบัญญัติองค์การบริหารส่วนตำบลหนองน้ำใส",
    "# เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569",
    "",
    "ประมาณการรายรับ 32,500,000 บาท ประมาณการรายจ่าย 32,500,000 บาท",
    "แผนงานบริหารงานทั่วไป 11,240,000 บาท แผนงานการศึกษา 6,870,000 บาท",
]
DOCS["/upload/93d0b4.pdf"] = [
    "# รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567",
    f"# {ORG}",
    "",
    "โครงการตามแผน 44 โครงการ ดำเนินการแล้ว 39 โครงการ ร้อยละ 88.64",
    "เบิกจ่ายงบประมาณ 12,904,300 บาท",
]
DOCS["/upload/c0e8f1.pdf"] = [
    "# คู่มือการปฏิบัติงาน",
    "# งานการเงินและบัญชี กองคลัง",
    f"# {ORG}",
    "",
    "## ขั้นตอนการปฏิบัติงานการเบิกจ่ายเงิน",
    "1. ตรวจสอบฎีกาและเอกสารประกอบ 2. บันทึกบัญชีในระบบ e-LAAS 3. อนุมัติและจ่ายเงิน",
]
DOCS["/upload/b7714d.pdf"] = [
    "# คู่มือสำหรับประชาชน",
    "# งานบริการ : การจดทะเบียนพาณิชย์ (ตั้งใหม่)",
    f"# หน่วยงานที่ให้บริการ : สำนักปลัด {ORG}",
    "",
    "ช่องทางการให้บริการ : ณ ที่ทำการ อบต. วันจันทร์ ถึงวันศุกร์ 08.30 - 16.30 น.",
    "ขั้นตอน ระยะเวลา : ยื่นคำขอ 10 นาที ตรวจเอกสาร 20 นาที รับใบทะเบียน 30 นาที",
    "ค่าธรรมเนียม : 50 บาท เอกสารประกอบ : บัตรประจำตัวประชาชน สำเนาทะเบียนบ้าน",
]
_SKR = [
    ("/upload/1a9f20.pdf", "ตุลาคม 2568", "จัดซื้อวัสดุสำนักงาน", "12,400"),
    ("/upload/3e7c55.pdf", "พฤศจิกายน 2568", "จัดซื้ออาหารเสริม (นม)", "276,500"),
    ("/upload/6b1d08.pdf", "ธันวาคม 2568", "จ้างเหมาซ่อมแซมถนนดิน หมู่ที่ 5", "88,000"),
    ("/upload/8f44ac.pdf", "มกราคม 2569", "จัดซื้อวัสดุเชื้อเพลิง", "26,900"),
]
for _url, _month, _work, _amount in _SKR:
    DOCS[_url] = [
        "# สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน " + _month,
        f"# {ORG}",
        "",
        f"1. {_work} วงเงิน {_amount} บาท วิธีเฉพาะเจาะจง ผู้ได้รับการคัดเลือก หจก.หนองหงส์พาณิชย์",
    ]
DOCS["/upload/91ab3f.pdf"] = [
    "# รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี",
    "# ประจำปีงบประมาณ พ.ศ. 2568",
    f"# {ORG}",
    "",
    "วิธีประกาศเชิญชวนทั่วไป 5 โครงการ วิธีเฉพาะเจาะจง 131 โครงการ รวม 9,876,500 บาท",
    "การวิเคราะห์ผล : ผู้ยื่นข้อเสนอน้อยราย แนวทางการปรับปรุง : ประชาสัมพันธ์ให้ทั่วถึง",
]
DOCS["/upload/d2c6e3.pdf"] = [
    "# แผนการบริหารและพัฒนาทรัพยากรบุคคล",
    "# ประจำปีงบประมาณ พ.ศ. 2569",
    f"# {ORG}",
    "",
    "## หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
    "การสรรหา การบรรจุแต่งตั้ง การประเมินผลการปฏิบัติงาน การเลื่อนขั้นเงินเดือน การพัฒนาบุคลากร",
    "## โครงการพัฒนาบุคลากร ปี 2569",
    "อบรมตามสายงาน 10 คน อบรมคุณธรรมจริยธรรม ทุกคน",
]
DOCS["/upload/e07b9a.pdf"] = [
    "# ประมวลจริยธรรมของพนักงานส่วนท้องถิ่น",
    f"# {ORG}",
    "",
    "1. ยึดมั่นในสถาบันหลักของประเทศ 2. ซื่อสัตย์สุจริต 3. กล้าตัดสินใจและกระทำในสิ่งที่ถูกต้อง",
    "4. คิดถึงประโยชน์ส่วนรวม 5. มุ่งผลสัมฤทธิ์ของงาน 6. ปฏิบัติหน้าที่อย่างเป็นธรรม 7. ดำรงตนเป็นแบบอย่างที่ดี",
]
DOCS["/upload/5aa0c2.pdf"] = [
    "# คู่มือการรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    f"# {ORG}",
    "",
    "ขั้นตอนการรับเรื่องร้องเรียน : รับเรื่อง ลงทะเบียน ตรวจสอบข้อเท็จจริง แจ้งผลภายใน 15 วัน",
]
DOCS["/upload/2f91d6.pdf"] = [
    f"# ประกาศ{ORG}",
    "# เรื่อง เจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
    "# ประจำปีงบประมาณ พ.ศ. 2569",
    "",
    "ผู้บริหารและเจ้าหน้าที่ทุกคนจะไม่รับของขวัญ ของกำนัล หรือประโยชน์อื่นใดจากการปฏิบัติหน้าที่",
    "หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา มูลค่าไม่เกิน 3,000 บาท",
    "ประกาศ ณ วันที่ 1 ตุลาคม 2568",
]
DOCS["/upload/e5d2a9.pdf"] = [
    "# รายงานการประเมินความเสี่ยงการทุจริต",
    "# ประจำปีงบประมาณ พ.ศ. 2569",
    f"# {ORG}",
    "",
    "ความเสี่ยงที่ 1 การออกใบอนุญาตก่อสร้าง ระดับสูง มาตรการ : ประกาศขั้นตอนและระยะเวลา",
    "ความเสี่ยงที่ 2 การจัดซื้อจัดจ้าง ระดับปานกลาง มาตรการ : เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง",
]
# O22: only its content names it (downloads row "เอกสารประกอบ ๑")
DOCS["/upload/4f6a0d.pdf"] = [
    "# รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต",
    "# ประจำปีงบประมาณ พ.ศ. 2568",
    f"# {ORG}",
    "",
    "ความเสี่ยงที่ 1 การออกใบอนุญาตก่อสร้าง : ดำเนินการตามมาตรการครบถ้วน ไม่พบการร้องเรียน",
    "ความเสี่ยงที่ 2 การจัดซื้อจัดจ้าง : เผยแพร่ข้อมูลครบทุกโครงการ",
]
DOCS["/upload/c83f1b.pdf"] = [
    "# แผนปฏิบัติการป้องกันการทุจริต",
    "# ประจำปีงบประมาณ พ.ศ. 2569",
    f"# {ORG}",
    "",
    "มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต 4 โครงการ",
    "มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต 6 โครงการ",
    "มิติที่ 3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน 3 โครงการ",
    "มิติที่ 4 การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบ 2 โครงการ",
]
DOCS["/upload/71e4d0.pdf"] = [
    "# รายงานผลการดำเนินการป้องกันการทุจริต",
    "# ประจำปีงบประมาณ พ.ศ. 2568",
    f"# {ORG}",
    "",
    "ดำเนินการแล้ว 13 โครงการจาก 15 โครงการ ใช้งบประมาณ 48,700 บาท",
]
DOCS["/upload/9c2e61.pdf"] = [
    "# รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    "# ประจำปีงบประมาณ พ.ศ. 2567",
    f"# {ORG}",
    "",
    "ดำเนินการตามมาตรการครบ 5 มาตรการ",
]
# Decoy: a blank questionnaire
DOCS["/upload/5e0c91.pdf"] = [
    "# แบบสอบถามความคิดเห็นของประชาชนต่อการดำเนินงาน",
    f"# {ORG} ประจำปีงบประมาณ พ.ศ. 2569",
    "",
    "ตอนที่ 1 ข้อมูลผู้ตอบ เพศ ( ) ชาย ( ) หญิง อายุ .......",
    "ตอนที่ 2 ความคิดเห็นต่อการมีส่วนร่วม ( ) มาก ( ) ปานกลาง ( ) น้อย",
]
# Last year's documents (linked from /ita2568/ only)
DOCS["/upload/64ab02.pdf"] = [
    "# แผนพัฒนาบุคลากร",
    "# ประจำปีงบประมาณ พ.ศ. 2568",
    f"# {ORG}",
    "",
    "อบรมตามสายงาน 9 คน อบรมคุณธรรมจริยธรรม ทุกคน",
]
DOCS["/upload/0d3b88.pdf"] = [
    "# แผนปฏิบัติการป้องกันการทุจริต",
    "# ประจำปีงบประมาณ พ.ศ. 2568",
    f"# {ORG}",
    "",
    "มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต 3 โครงการ",
]
DOCS["/upload/ab5f19.pdf"] = [
    "# ข้อมูลสถิติการให้บริการ",
    "# ประจำปีงบประมาณ พ.ศ. 2568",
    f"# {ORG}",
    "",
    "จดทะเบียนพาณิชย์ 41 ราย ขออนุญาตก่อสร้าง 18 ราย ชำระภาษี 1,204 ราย",
]

# ------------------------------------------------------------------ pages

NAV = f"""<nav class="navbar navbar-expand-lg" role="navigation">
<a class="navbar-brand" href="/index.html">{SHORT}</a>
<ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/index.html">หน้าแรก</a></li>
<li class="nav-item"><a class="nav-link" href="/about.html">ข้อมูลทั่วไป</a></li>
<li class="nav-item"><a class="nav-link" href="/news.html">ข่าวสาร</a></li>
<li class="nav-item"><a class="nav-link" href="/download.html">ดาวน์โหลด</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="/ita2569/index.html">ITA</a>
<ul class="dropdown-menu"><li><a href="/ita2569/index.html">ITA 2569</a></li><li><a href="/ita2568/index.html">ITA 2568</a></li></ul></li>
<li class="nav-item"><a class="nav-link" href="/contact.html">ติดต่อเรา</a></li>
</ul>
</nav>"""

FOOTER = f"""<footer class="footer">
<p>{ORG} {ADDRESS} โทร. {PHONE} อีเมล {EMAIL}</p>
<p><a href="{FACEBOOK}">Facebook</a> · <a href="{YOUTUBE}">YouTube</a> · <a href="{LINE}">LINE OA</a> ·
<a href="{CFORM}">แจ้งเรื่องร้องเรียน</a> · <a href="/stat.html">สถิติ</a></p>
<p>ผู้เข้าชม ๒๑๘,๔๐๕ ครั้ง</p>
</footer>"""


def page(path: str, title: str, body: str, *, head_title: str | None = None) -> None:
    doc = f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>{html.escape(head_title or title)} | {SHORT}</title>
<link rel="stylesheet" href="/assets/bootstrap.min.css">
</head>
<body>
<div class="topbar"><img src="/assets/logo.png" alt="{ORG}"> {ORG} {ORG_LOC}</div>
{NAV}
<div class="container">
<div class="content">
<h1>{html.escape(title)}</h1>
{th_html(body)}
</div>
</div>
{FOOTER}
</body>
</html>
"""
    out = os.path.join(HERE, path.lstrip("/"))
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(doc)


def link(url: str, text: str) -> str:
    return f'<a href="{url}">{html.escape(text)}</a>'


# 2569 items: code, title, page body (None = no page: the index row shows "-"; "404" = the row
# links to a page that does not exist)
ITEMS_2569: list[tuple[str, str, str | None]] = [
    ("O1", "โครงสร้าง หน้าที่และอำนาจ", f"""<p><img src="/assets/org-chart.png" alt="แผนผังโครงสร้างองค์กร" width="800"></p>
<p>ฝ่ายการเมือง : นายก อบต. รองนายก อบต. เลขานุการนายก และสภา อบต. ฝ่ายประจำ : ปลัด อบต. สำนักปลัด กองคลัง กองช่าง กองการศึกษาฯ</p>
<h2>อำนาจหน้าที่</h2>
<p>ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 67 โดยสรุป : จัดให้มีและบำรุงรักษาทางน้ำและทางบก
รักษาความสะอาดของถนน ป้องกันโรคและระงับโรคติดต่อ ป้องกันและบรรเทาสาธารณภัย ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</p>
<p>{link("/upload/a41c9e.pdf", "ดาวน์โหลดโครงสร้างส่วนราชการ (PDF)")}</p>"""),
    ("O2", "ข้อมูลผู้บริหาร", """<div class="row">
<div class="col"><img src="/assets/p1.jpg" alt="นายก"><p>นายบุญมี ใจซื่อ<br>นายกองค์การบริหารส่วนตำบลหนองน้ำใส<br>โทร. 089-111-2201</p></div>
<div class="col"><img src="/assets/p2.jpg" alt="รองนายก"><p>นางสมใจ พรมดี<br>รองนายก อบต.<br>โทร. 089-111-2202</p></div>
<div class="col"><img src="/assets/p3.jpg" alt="ปลัด"><p>นายวิชัย ศรีสุข<br>ปลัดองค์การบริหารส่วนตำบล<br>โทร. 089-111-2203</p></div>
</div>"""),
    ("O3", "ข้อมูลการติดต่อและช่องทางการสอบถาม", f"""<p>{ORG} {ADDRESS}</p>
<p>โทรศัพท์ {PHONE} โทรสาร ๐-๔๔๖๖-๑๒๓๕ อีเมล {EMAIL}</p>
<p>{link("https://goo.gl/maps/NongNamSai", "แผนที่ Google Maps")}</p>
<h2>ช่องทางการสอบถาม (Q&amp;A)</h2>
<p>สอบถามผ่าน {link(LINE, "LINE Official Account @nongnamsai")} หรือ {link(FACEBOOK, "Facebook Messenger")} ตอบภายในวันทำการ</p>"""),
    ("O4", "ข่าวประชาสัมพันธ์", f"""<p>ข่าวประชาสัมพันธ์ ประจำปีงบประมาณ พ.ศ. 2569</p>
<ul><li>{link("/news/n106.html", "โครงการปลูกต้นไม้เฉลิมพระเกียรติ (5 ธันวาคม 2568)")}</li>
<li>{link("/news/n105.html", "ประชุมประชาคมหมู่บ้าน ประจำปี 2569 (12 พฤศจิกายน 2568)")}</li></ul>
<p>{link("/news.html", "ข่าวทั้งหมด")} · {link(FACEBOOK, "Facebook อบต.หนองน้ำใส")}</p>"""),
    ("O5", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", f"""<table class="table"><tr><td>แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)</td><td>{link("/upload/7d41e0.pdf", "ดาวน์โหลด")}</td></tr></table>"""),
    ("O6", "แผนดำเนินงานและการใช้งบประมาณประจำปี", f"""<p>แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 : {link("/upload/f2b9e7.pdf", "f2b9e7.pdf")}</p>
<p>ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 : {link("/upload/0c5a17.pdf", "0c5a17.pdf")}</p>"""),
    ("O7", "รายงานผลการดำเนินงานประจำปี", f"""<p>{link("/upload/93d0b4.pdf", "ดาวน์โหลด")}</p>"""),
    ("O8", "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", f"""<ul><li>{link("/upload/c0e8f1.pdf", "คู่มือการปฏิบัติงาน งานการเงินและบัญชี")}</li></ul>"""),
    ("O9", "คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ", f"""<ul><li>{link("/upload/b7714d.pdf", "คู่มือสำหรับประชาชน การจดทะเบียนพาณิชย์")}</li>
<li>{link("https://info.go.th/", "คู่มือสำหรับประชาชน ศูนย์ข้อมูลกลาง (info.go.th)")}</li></ul>"""),
    ("O10", "E–Service", f"""<p>{link(EFORM, "ยื่นคำร้องขอรับบริการออนไลน์ (Google Form)")} ขอรับน้ำอุปโภคบริโภค ขอซ่อมไฟฟ้าสาธารณะ ขอรับเบี้ยยังชีพ</p>
<h2>สถิติการใช้บริการ E-Service ปีงบประมาณ พ.ศ. 2569</h2>
<table class="table"><tr><th>เดือน</th><th>จำนวน (ราย)</th></tr><tr><td>ต.ค. 2568</td><td>9</td></tr><tr><td>พ.ย. 2568</td><td>12</td></tr>
<tr><td>ธ.ค. 2568</td><td>7</td></tr><tr><td>ม.ค. 2569</td><td>15</td></tr><tr><td>ก.พ. 2569</td><td>11</td></tr><tr><td>มี.ค. 2569</td><td>13</td></tr></table>"""),
    ("O11", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน", "<table class=\"table\"><tr><th>เดือน</th><th>ไฟล์</th></tr>"
     + "".join(f"<tr><td>ประจำเดือน{m}</td><td>{link(u, 'ดาวน์โหลด')}</td></tr>" for u, m, _w, _a in _SKR)
     + f"<tr><td>ประจำเดือนกุมภาพันธ์ 2569</td><td>{link('/upload/0b7d2e.pdf', 'ดาวน์โหลด')}</td></tr>"
     + "<tr><td>ประจำเดือนมีนาคม 2569</td><td>-</td></tr></table>"),
    ("O12", "รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน (ประจำปี)", f"""<p>{link("/upload/91ab3f.pdf", "รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568")}</p>"""),
    ("O13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล", f"""<p>{link("/upload/d2c6e3.pdf", "ดาวน์โหลด")}</p>"""),
    # The agency forgot to update this row: it still links last year's O14 page (the HR plan).
    ("O14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล (ประจำปี)", "/ita2568/o14.html"),
    ("O15", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", f"""<p>{link("/upload/e07b9a.pdf", "ประมวลจริยธรรมของพนักงานส่วนท้องถิ่น")}</p>
<h2>การขับเคลื่อนจริยธรรม ประจำปีงบประมาณ พ.ศ. 2569</h2>
<p>คำสั่ง อบต.หนองน้ำใส ที่ 215/2568 แต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม ลงวันที่ 6 ตุลาคม 2568 และกิจกรรมอบรมคุณธรรมจริยธรรม วันที่ 19 ธันวาคม 2568 ผู้เข้าร่วม 42 คน</p>"""),
    ("O16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"""<p>{link("/upload/5aa0c2.pdf", "ดาวน์โหลด")}</p>"""),
    ("O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"""<p>แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบได้ทาง {link(CFORM, "แบบฟอร์มร้องเรียนออนไลน์ (Google Form)")}
โทรศัพท์ {PHONE} หรือด้วยตนเอง ณ ที่ทำการ อบต.</p>
<p>{link("https://www.nacc.go.th/", "ร้องเรียนสำนักงาน ป.ป.ช.")} · {link("https://www.damrongdhama.moi.go.th/", "ศูนย์ดำรงธรรม")}</p>"""),
    ("O18", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ประจำปี)", "<p>อยู่ระหว่างดำเนินการ</p>"),
    ("O19", "ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน", f"""<p>การเปิดโอกาสให้ประชาชนมีส่วนร่วม ประจำปีงบประมาณ พ.ศ. 2569 :
{link("/news/n105.html", "ประชุมประชาคมหมู่บ้าน ประจำปี 2569")}</p>"""),
    ("O20", "การขับเคลื่อนนโยบาย NO GIFT POLICY", f"""<p>{link("/upload/2f91d6.pdf", "ประกาศเจตนารมณ์ No Gift Policy ประจำปีงบประมาณ พ.ศ. 2569")}</p>"""),
    ("O21", "การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ (ประจำปี)", f"""<p>{link("/upload/e5d2a9.pdf", "ดาวน์โหลด")}</p>"""),
    ("O22", "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริตของหน่วยงาน", None),
    ("O23", "แผนปฏิบัติการป้องกันการทุจริต", f"""<p>{link("/upload/c83f1b.pdf", "ดาวน์โหลด")}</p>"""),
    ("O24", "รายงานผลการดำเนินการป้องกันการทุจริต", f"""<p>{link("/upload/71e4d0.pdf", "ดาวน์โหลด")}</p>"""),
    ("O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", "404"),
    ("O26", "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", f"""<p>{link("/upload/9c2e61.pdf", "ดาวน์โหลด")}</p>"""),
]

# 2568 archive: 2568 codes (different items) -> last year's documents
ITEMS_2568: list[tuple[str, str, str]] = [
    ("O6", "แผนปฏิบัติและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี", "<p>แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 (ไฟล์เดิมถูกแทนที่)</p>"),
    ("O11", "ข้อมูลสถิติการให้บริการ", f"""<p>{link("/upload/ab5f19.pdf", "ดาวน์โหลด")}</p>"""),
    ("O14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", f"""<p>{link("/upload/64ab02.pdf", "ดาวน์โหลด")}</p>"""),
    ("O21", "ประกาศเจตนารมณ์และการสร้างวัฒนธรรม ตามนโยบาย No Gift Policy", "<p>ประกาศเจตนารมณ์ ประจำปีงบประมาณ พ.ศ. 2568 (ประกาศ ณ วันที่ 1 ตุลาคม 2567)</p>"),
    ("O25", "แผนปฏิบัติการป้องกันการทุจริต", f"""<p>{link("/upload/0d3b88.pdf", "ดาวน์โหลด")}</p>"""),
]
TITLES_2568 = {
    "O1": "โครงสร้างและอำนาจหน้าที่", "O2": "ข้อมูลผู้บริหาร", "O3": "ข้อมูลการติดต่อ", "O4": "ข่าวประชาสัมพันธ์",
    "O5": "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", "O7": "รายงานผลการดำเนินงานประจำปี",
    "O12": "รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", "O15": "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี",
    "O23": "การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบน", "O26": "รายงานผลการดำเนินการป้องกันการทุจริต",
}

NEWS = [
    ("n107", "ขอเชิญตอบแบบสอบถามความคิดเห็นของประชาชนต่อการดำเนินงาน ประจำปี 2569", "20 กุมภาพันธ์ 2569",
     f"<p>{ORG} ขอเชิญประชาชนตอบแบบสอบถามความคิดเห็นต่อการดำเนินงาน ดาวน์โหลดแบบสอบถามได้ที่ "
     f"{link('/upload/5e0c91.pdf', 'แบบสอบถาม (PDF)')} และส่งคืนที่ อบต. ภายในวันที่ 31 มีนาคม 2569</p>"),
    ("n104", "ประชาสัมพันธ์ประกาศ อบจ.บุรีรัมย์ เรื่อง ประกวดราคาจ้างก่อสร้างถนนลาดยาง", "16 กุมภาพันธ์ 2569",
     "<p>ประกาศองค์การบริหารส่วนจังหวัดบุรีรัมย์ เรื่อง ประกวดราคาจ้างก่อสร้างถนนลาดยางสายบ้านหนองน้ำใส - บ้านโคกสูง "
     "ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ราคากลาง 5,200,000 บาท ยื่นข้อเสนอวันที่ 16 กุมภาพันธ์ 2569</p>"),
    ("n103", "ภาพกิจกรรมค่ายคุณธรรมเยาวชนต้านทุจริต ประจำปี 2569", "31 มกราคม 2569",
     "<p>วันที่ 31 มกราคม 2569 อบต.หนองน้ำใส จัดค่ายคุณธรรมเยาวชนต้านทุจริต ณ วัดหนองน้ำใส มีเยาวชนเข้าร่วม 60 คน</p>"
     '<p><img src="/assets/camp1.jpg" alt="ภาพกิจกรรม"> <img src="/assets/camp2.jpg" alt="ภาพกิจกรรม"></p>'),
    ("n102", "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง ประจำปีงบประมาณ 2569", "15 มกราคม 2569",
     "<p>อบต.หนองน้ำใส ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงาน 2 อัตรา "
     "ตามหลักเกณฑ์การสรรหาและเลือกสรรพนักงานจ้าง รับสมัครวันที่ 19 - 30 มกราคม 2569</p>"),
    ("n101", "ประชุมคณะทำงานเพื่อจัดทำรายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2568", "8 มกราคม 2569",
     "<p>วันที่ 8 มกราคม 2569 ปลัด อบต.หนองน้ำใส เป็นประธานการประชุมคณะทำงานเพื่อจัดทำรายงานผลการบริหารและพัฒนาทรัพยากรบุคคล "
     "ประจำปีงบประมาณ พ.ศ. 2568 โดยมอบหมายให้งานการเจ้าหน้าที่รวบรวมข้อมูลให้แล้วเสร็จภายในเดือนมีนาคม</p>"),
    ("n106", "โครงการปลูกต้นไม้เฉลิมพระเกียรติ", "5 ธันวาคม 2568",
     "<p>วันที่ 5 ธันวาคม 2568 อบต.หนองน้ำใส ร่วมกับประชาชนปลูกต้นไม้เฉลิมพระเกียรติ 999 ต้น ณ สาธารณประโยชน์บ้านโคกสูง</p>"),
    ("n105", "ประชุมประชาคมหมู่บ้าน ประจำปี 2569", "12 พฤศจิกายน 2568",
     "<p>ระหว่างวันที่ 10 - 12 พฤศจิกายน 2568 อบต.หนองน้ำใส จัดประชุมประชาคมหมู่บ้านครบทั้ง 11 หมู่บ้าน "
     "เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมเสนอปัญหาและความต้องการ มีผู้เข้าร่วม 436 คน</p>"
     "<p>ผลการดำเนินการ : ได้โครงการที่ประชาชนเสนอ 38 โครงการ นำเข้าแผนพัฒนาท้องถิ่นเพิ่มเติม 21 โครงการ</p>"),
]


def build_pages() -> None:
    page("/index.html", f"ยินดีต้อนรับสู่{ORG}", f"""<div class="slider banner"><img src="/assets/slide1.jpg" alt="ITA 2569 ร่วมต่อต้านการทุจริต"></div>
<h2>ข่าวล่าสุด</h2><ul>{"".join(f'<li>{link(f"/news/{n}.html", t)} ({d})</li>' for n, t, d, _b in NEWS[:5])}</ul>
<h2>บริการ</h2><p>{link(EFORM, "E-Service ยื่นคำร้องออนไลน์")} · {link("/ita2569/index.html", "ITA 2569")} · {link("/download.html", "เอกสารดาวน์โหลด")}</p>""",
         head_title="หน้าแรก")
    page("/about.html", "ข้อมูลทั่วไป", """<p>ตำบลหนองน้ำใสมี 11 หมู่บ้าน ประชากร 6,412 คน พื้นที่ 42 ตารางกิโลเมตร</p>
<p>วิสัยทัศน์ : หนองน้ำใสน่าอยู่ เกษตรกรรมยั่งยืน ประชาชนมีส่วนร่วม</p>""")
    page("/contact.html", "ติดต่อเรา", f"""<p>{ORG} {ADDRESS}</p><p>โทรศัพท์ {PHONE} อีเมล {EMAIL}</p>
<p>{link("https://goo.gl/maps/NongNamSai", "แผนที่")}</p>""")
    page("/stat.html", "สถิติ", """<h2>สถิติผู้เข้าชมเว็บไซต์</h2><p>วันนี้ 88 ครั้ง เดือนนี้ 3,120 ครั้ง ทั้งหมด 218,405 ครั้ง</p>""")
    page("/download.html", "เอกสารดาวน์โหลด", f"""<table class="table"><tr><th>เรื่อง</th><th>ไฟล์</th></tr>
<tr><td>แบบฟอร์มคำร้องทั่วไป</td><td>{link("/upload/5e0c91.pdf", "ดาวน์โหลด")}</td></tr>
<tr><td>เอกสารประกอบ ๑</td><td>{link("/upload/4f6a0d.pdf", "ดาวน์โหลด")}</td></tr>
</table>""")
    page("/news.html", "ข่าวประชาสัมพันธ์", "<ul>" + "".join(
        f'<li>{link(f"/news/{n}.html", t)} <small>{d}</small> {link(f"/news/{n}.html", "อ่านต่อ")}</li>' for n, t, d, _b in NEWS
    ) + "</ul>")
    for n, t, d, b in NEWS:
        page(f"/news/{n}.html", t, f'<p class="date">วันที่ {d}</p>{b}')

    rows = []
    for code, title, body in ITEMS_2569:
        if body is None:
            rows.append(f"<tr><td>{code}</td><td>{title}</td><td>-</td></tr>")
            continue
        if body.startswith("/ita2568/"):
            rows.append(f'<tr><td>{code}</td><td>{title}</td><td>{link(body, "คลิก")}</td></tr>')
            continue
        rows.append(f'<tr><td>{code}</td><td>{title}</td><td>{link(code.lower() + ".html", "คลิก")}</td></tr>')
        if body != "404":
            page(f"/ita2569/{code.lower()}.html", f"{code} {title}", body, head_title=f"{code} ITA 2569")
    page("/ita2569/index.html", "การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT)",
         "<h2>ประจำปีงบประมาณ พ.ศ. 2569</h2>"
         "<table class=\"table\"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>" + "".join(rows) + "</table>",
         head_title="ITA 2569")

    rows = []
    archive = {c: (t, b) for c, t, b in ITEMS_2568}
    for n in range(1, 27):
        code = f"O{n}"
        if code in archive:
            title, body = archive[code]
            rows.append(f'<tr><td>{code}</td><td>{title}</td><td>{link(code.lower() + ".html", "คลิก")}</td></tr>')
            page(f"/ita2568/{code.lower()}.html", f"{code} {title}", body, head_title=f"{code} ITA")
        elif code in TITLES_2568:
            rows.append(f"<tr><td>{code}</td><td>{TITLES_2568[code]}</td><td>-</td></tr>")
    # Last year's index names its year nowhere but in its path and in the menu ("ITA 2568").
    page("/ita2568/index.html", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
         "<table class=\"table\"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>" + "".join(rows) + "</table>",
         head_title="ITA")


def main() -> None:
    for sub in ("upload", "ita2569", "ita2568", "news"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    for name in os.listdir(HERE):
        if name.endswith(".html"):
            os.remove(os.path.join(HERE, name))
    for rel, lines in DOCS.items():
        render_lines_pdf(os.path.join(HERE, rel.lstrip("/")), lines, created=CREATED,
                         style=WEB_STYLE, thai_digits=True)
    build_pages()


if __name__ == "__main__":
    main()
