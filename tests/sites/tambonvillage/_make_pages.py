"""Generate the HTML pages of the "tambonvillage" test site (เทศบาลตำบลดอนตะแบกงาม, invented).

Run:  python tests/sites/tambonvillage/_make_pages.py   (after _make_docs.py: file sizes are read
from the files it wrote)

A hosting provider's PHP CMS run by one PR officer: every page but the home page is a query URL,
stored as a static copy (crawler/serve.py): /page.php?id=N -> page.php.q/id=N/index.html,
/news.php?id=N and /news.php?cat=1&page=2 -> news.php.q/..., /download.php?cat=N ->
download.php.q/cat=N/index.html.  The bare scripts (page.php, news.php, download.php) are kept
as tiny files so that the path of every query link exists.  A top bar, a banner, a menu, a left
column (the mayor, hotline, quick links, visitor counter) and a footer on every page.  The ITA
page of 2569 (/page.php?id=20) is a table of o1 … o26 in the officer's own wording, without an o25
row; last year's ITA page (/page.php?id=15) is still in the menu.
"""

from __future__ import annotations

import html
import os
import shutil
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, path  # noqa: E402

ORG = "เทศบาลตำบลดอนตะแบกงาม"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
GONE_O22 = "/files/30777.pdf"  # the risk-plan report: a 404
GONE_OLD = "/files/27011.pdf"  # last year's risk assessment: a 404


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def size(key: str) -> str:
    return f"{os.path.getsize(os.path.join(HERE, path(key).lstrip('/'))) / 1024:.1f} KB"


MENU = [("หน้าหลัก", "/"), ("ประวัติ", "/page.php?id=1"), ("โครงสร้าง", "/page.php?id=2"),
        ("ผู้บริหาร", "/page.php?id=4"), ("ข่าวประชาสัมพันธ์", "/news.php?cat=1"),
        ("ดาวน์โหลด", "/download.php?cat=all"), ("จัดซื้อจัดจ้าง", "/download.php?cat=4"),
        ("E-Service", "/page.php?id=7"), ("ร้องเรียน", "/page.php?id=10"), ("ITA 2569", "/page.php?id=20"),
        ("ITA 2568", "/page.php?id=15"), ("ถาม-ตอบ", "/page.php?id=13"), ("ติดต่อเรา", "/page.php?id=6")]

QUICK = [("แผนพัฒนาท้องถิ่น", "/download.php?cat=1"), ("เทศบัญญัติงบประมาณ", "/download.php?cat=2"),
         ("รายงานผลการดำเนินงาน", "/download.php?cat=3"), ("คู่มือ", "/download.php?cat=5"),
         ("งานบุคคล", "/download.php?cat=6"), ("คุณธรรมและความโปร่งใส", "/download.php?cat=7"),
         ("สถิติการให้บริการ", "/page.php?id=8"), ("แจ้งเบาะแสการทุจริต", "/page.php?id=9")]


def layout(title: str, body: str, hits: int) -> str:
    menu = "\n".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in MENU)
    quick = "\n".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in QUICK)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} :: {ORG}</title>
<link rel="stylesheet" href="/theme/green/style.css"></head>
<body>
<div id="topbar">{ORG} อ.หนองสะแกเหนือ จ.นครสวรรค์ | โทร. 0 5690 2417 | <a href="/page.php?id=6">ติดต่อเรา</a></div>
<div id="banner"><img src="/theme/green/logo.png" alt="ตราเทศบาลตำบลดอนตะแบกงาม" width="72" height="72">
<h1>{ORG}</h1><p>ถนนดี น้ำพอใช้ ประชาชนมีสุขภาพดี</p></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap">
<div id="left">
<div class="box"><h3>นายกเทศมนตรี</h3><img src="/theme/green/mayor.jpg" alt="นายกเทศมนตรี" width="120" height="150">
<p>นายประเสริฐ ทองมากมี<br>นายกเทศมนตรีตำบลดอนตะแบกงาม<br>สายตรงนายก 08 1964 2235</p></div>
<div class="box"><h3>เมนูลัด</h3><ul>
{quick}
</ul></div>
<div class="box"><h3>สถิติผู้เข้าชม</h3><p>วันนี้ {hits % 97 + 12} คน<br>ทั้งหมด {48210 + hits * 7:,} คน</p></div>
</div>
<div id="content">
<h2>{esc(title)}</h2>
{body}
</div>
</div>
<div id="footer">{ORG} 88 หมู่ 3 ตำบลดอนตะแบกงาม อำเภอหนองสะแกเหนือ จังหวัดนครสวรรค์ 60291<br>
โทรศัพท์ 0 5690 2417 โทรสาร 0 5690 2418 อีเมล saraban@dontabaengngam.go.th<br>
ออกแบบและดูแลระบบโดย บริษัท สยามเว็บโฮสติ้ง จำกัด · ผู้ดูแลเว็บไซต์ นางสาวสุภาวดี รุ่งเรือง นักประชาสัมพันธ์</div>
</body></html>
"""


PAGES: dict[str, tuple[str, str]] = {}


def page(url: str, title: str, body: str) -> None:
    PAGES[url] = (title, body)


def file_link(key: str, text: str) -> str:
    return f'<a href="{path(key)}">{esc(text)}</a>'


# ---------------------------------------------------------------- download categories

CATS = {"1": "แผนพัฒนาท้องถิ่น", "2": "เทศบัญญัติ / แผนการดำเนินงาน", "3": "รายงานผลการดำเนินงาน",
        "4": "ประกาศจัดซื้อจัดจ้าง / สขร.1", "5": "คู่มือการปฏิบัติงาน / คู่มือประชาชน", "6": "งานบริหารงานบุคคล",
        "7": "คุณธรรมและความโปร่งใส", "8": "ประกาศ / หนังสือเวียน"}
# (category, key, row text), newest upload first within a category
ROWS = [
    ("1", "devplan-draft", "ร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) (ประชาคมตำบล)"),
    ("1", "devplan-61-65", "แผนพัฒนาท้องถิ่นสี่ปี เพิ่มเติม เปลี่ยนแปลง ครั้งที่ 3"),
    ("2", "print-notice", "ประกาศผู้ชนะ จ้างเหมาจัดพิมพ์รูปเล่มเทศบัญญัติและแผนการดำเนินงาน"),
    ("2", "opplan-69", "แผนการดำเนินงาน ประจำปี 2569"),
    ("2", "budget-69", "เทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ 2569"),
    ("2", "opplan-68", "แผนการดำเนินงาน ประจำปี 2568"),
    ("3", "cdc-report", "รายงานผลการดำเนินงาน ศพด.บ้านหนองตะแบก"),
    ("3", "annual-67", "รายงานผลการดำเนินงานประจำปี"),
    ("3", "proc-annual-68", "รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568"),
    ("4", "skr-2569-03", "สขร.1 เดือนมีนาคม 2569"),
    ("4", "skr-2569-01", "สขร.1 เดือนมกราคม 2569 (Excel)"),
    ("4", "skr-2568-12", "สขร.1 เดือนธันวาคม 2568"),
    ("4", "skr-2568-11", "สขร.1 เดือนพฤศจิกายน 2568"),
    ("4", "skr-2568-10", "สขร.1 เดือนตุลาคม 2568"),
    ("4", "skr-2568-09", "สขร.1 เดือนกันยายน 2568"),
    ("5", "people-manual", "คู่มือสำหรับประชาชน เบี้ยยังชีพผู้สูงอายุ"),
    ("5", "complaint-manual", "คู่มือการจัดการเรื่องร้องเรียนการทุจริต"),
    ("5", "work-manual", "คู่มือการปฏิบัติงาน งานจัดเก็บภาษี (Word)"),
    ("6", "hr-plan-68", "แผนพัฒนาบุคลากร (ไฟล์ Excel)"),
    ("6", "hr-criteria", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล"),
    ("7", "complaint-stat-69", "สถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ 2569"),
    ("7", "gift-report-68", "รายงานผลการรับของขวัญ No Gift Policy ปี 2568"),
    ("7", "risk-69", "ผลการประเมินความเสี่ยงการทุจริต ปี 2569"),
    ("7", "risk-order", "คำสั่งแต่งตั้งคณะทำงานประเมินความเสี่ยงการทุจริต"),
    ("7", "nogift-69", "ประกาศนโยบาย No Gift Policy"),
    ("7", "anti-report-68", "รายงานผลการดำเนินงานตามแผนป้องกันการทุจริต ปี 2568"),
    ("7", "integrity-report-68", "รายงานผลตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2568"),
    ("7", "anti-plan-69", "แผนปฏิบัติการป้องกันการทุจริต ปี 2569"),
    ("7", "ethics-code", "ประมวลจริยธรรมของพนักงานเทศบาล"),
    ("8", "prov-letter", "หนังสือจังหวัด แนวทางการขับเคลื่อนจริยธรรม"),
]


def row_html(n: int, key: str, text: str) -> str:
    number, _kind, date, _c = DOCS[key]
    ext = path(key).rsplit(".", 1)[1].upper()
    return (f"<tr><td>{n}</td><td>{file_link(key, text)}</td><td>{ext}</td><td>{size(key)}</td>"
            f"<td>{be(date)}</td><td>{number % 389 + 17}</td></tr>")


GONE_ROW = ("<tr><td>{n}</td><td><a href=\"" + GONE_O22 + "\">รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยง"
            "การทุจริต ปี 2568</a></td><td>PDF</td><td>388.2 KB</td><td>29 ต.ค. 2568</td><td>41</td></tr>")
TABLE_HEAD = "<table class=\"dl\"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>ชนิด</th><th>ขนาด</th><th>วันที่</th><th>ดาวน์โหลด</th></tr>"


def category(cat: str) -> str:
    rows = [(k, t) for c, k, t in ROWS if c == cat or cat == "all"]
    rows.sort(key=lambda kt: DOCS[kt[0]][2], reverse=True)
    gone = cat in ("7", "all")  # the officer's newest integrity upload, whose file is gone
    out = [GONE_ROW.format(n=1)] if gone else []
    out += [row_html(i + 1 + gone, k, t) for i, (k, t) in enumerate(rows)]
    cats = " | ".join(f'<a href="/download.php?cat={c}">{esc(t)}</a>' for c, t in CATS.items())
    return f"<p>หมวดเอกสาร: {cats}</p>\n{TABLE_HEAD}\n" + "\n".join(out) + "\n</table>"


page("/download.php?cat=all", "ดาวน์โหลดเอกสาร (ทั้งหมด)", category("all"))
for c, t in CATS.items():
    page(f"/download.php?cat={c}", f"ดาวน์โหลดเอกสาร หมวด{t}", category(c))

# ---------------------------------------------------------------- news

# id: (date (y BE, m, d), title, body, fiscal year page)
NEWS = [
    (431, (2569, 4, 2), "ประชาสัมพันธ์รณรงค์ลดอุบัติเหตุช่วงเทศกาลสงกรานต์ 2569",
     "เทศบาลตั้งจุดบริการประชาชนหน้าตลาดสดดอนตะแบก ระหว่างวันที่ 11 - 17 เมษายน 2569 ขอให้ผู้ขับขี่ดื่มไม่ขับ"),
    (428, (2569, 3, 20), "ขอเชิญชวนชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     "ชำระได้ที่กองคลัง ตั้งแต่วันที่ 1 เมษายน - 31 พฤษภาคม 2569 ในวันและเวลาราชการ"),
    (425, (2569, 2, 27), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรม ขับเคลื่อนประมวลจริยธรรม ประจำปี 2569",
     "วันที่ 26 กุมภาพันธ์ 2569 เทศบาลจัดอบรมคณะผู้บริหาร สมาชิกสภา พนักงานเทศบาล และพนักงานจ้าง รวม 52 คน "
     "ทบทวนประมวลจริยธรรมของพนักงานเทศบาล การรับทรัพย์สินตามมาตรา 128 และ Do's &amp; Don'ts ของเทศบาล"),
    (422, (2569, 2, 12), "ขอเชิญประชาชนร่วมประชุมประชาคมหมู่บ้าน ทบทวนแผนพัฒนาท้องถิ่น",
     "เทศบาลกำหนดประชุมประชาคมหมู่บ้านทั้ง 9 หมู่บ้าน ระหว่างวันที่ 17 - 26 กุมภาพันธ์ 2569 เวลา 18.30 น. "
     "ณ ศาลาประชาคมของแต่ละหมู่บ้าน จึงขอเชิญประชาชนเข้าร่วมเสนอปัญหาและความต้องการโดยพร้อมเพรียงกัน"),
    (420, (2569, 1, 28), "ประกาศรับสมัครพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ",
     "รับสมัครระหว่างวันที่ 2 - 13 กุมภาพันธ์ 2569 ณ สำนักปลัดเทศบาล อัตราค่าตอบแทน 9,000 บาท"),
    (419, (2569, 1, 10), "งานวันเด็กแห่งชาติ ประจำปี 2569",
     "เทศบาลจัดงานวันเด็ก ณ สนามกีฬาเทศบาล มีเด็กและผู้ปกครองร่วมงานกว่า 600 คน"),
    (417, (2568, 12, 22), "โครงการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ 2569",
     "ตั้งจุดบริการประชาชน ณ ทางแยกบ้านดอนงาม ระหว่างวันที่ 29 ธันวาคม 2568 - 4 มกราคม 2569"),
    (416, (2568, 12, 10), "ประชาสัมพันธ์นโยบายงดให้ งดรับของขวัญ (No Gift Policy) เทศกาลปีใหม่ 2569",
     "เทศบาลตำบลดอนตะแบกงามประกาศนโยบาย No Gift Policy ประจำปีงบประมาณ พ.ศ. 2569 ขอความร่วมมือผู้มาติดต่อ "
     "และผู้ประกอบการงดให้ของขวัญแก่ผู้บริหารและพนักงานทุกกรณี หากประสงค์แสดงความยินดีให้ใช้การ์ดอวยพรแทน"),
    (414, (2568, 11, 20), "ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า", "ฉีดวัคซีนสุนัขและแมวฟรี ครบ 9 หมู่บ้าน รวม 1,126 ตัว"),
    (412, (2568, 11, 5), "ประเพณีลอยกระทง ประจำปี 2568", "จัดงาน ณ หนองน้ำสาธารณะหมู่ที่ 2 มีกระทงเข้าประกวด 14 กระทง"),
    (409, (2568, 10, 8), "รับลงทะเบียนผู้สูงอายุ ผู้พิการ ประจำปีงบประมาณ 2570",
     "ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ ภายในวันที่ 1 ตุลาคม 2570 ลงทะเบียนได้ที่สำนักปลัด"),
    (388, (2568, 9, 12), "กิจกรรมปลูกต้นไม้เฉลิมพระเกียรติ", "พนักงานเทศบาลและจิตอาสาร่วมปลูกต้นไม้ 300 ต้น"),
    (379, (2568, 8, 12), "กิจกรรมวันแม่แห่งชาติ 2568", "มอบเกียรติบัตรแม่ดีเด่นประจำหมู่บ้าน 9 คน"),
    (371, (2568, 6, 5), "โครงการรณรงค์ป้องกันไข้เลือดออก 2568", "ออกพ่นหมอกควันทุกหมู่บ้าน"),
    (363, (2568, 4, 10), "ประชาสัมพันธ์ชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568", "ชำระได้ถึง 31 พฤษภาคม 2568"),
    (356, (2568, 1, 13), "งานวันเด็กแห่งชาติ ประจำปี 2568", "มีเด็กและผู้ปกครองร่วมงานกว่า 550 คน"),
    (340, (2567, 10, 30), "ประเพณีลอยกระทง ประจำปี 2567", "จัดงาน ณ หนองน้ำสาธารณะหมู่ที่ 2"),
    (322, (2567, 3, 2), "สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี 2567",
     "ระหว่างวันที่ 12 - 23 กุมภาพันธ์ 2567 เทศบาลจัดประชุมประชาคมครบทั้ง 9 หมู่บ้าน มีประชาชนเข้าร่วม 547 คน "
     "เสนอโครงการ 61 โครงการ ส่วนใหญ่เป็นถนนและแหล่งน้ำ เทศบาลนำเข้าแผนพัฒนาท้องถิ่นและพิจารณาตั้งงบประมาณ"
     "ตามลำดับความสำคัญ ผลการจัดลำดับ 10 โครงการแรก แจ้งให้ผู้ใหญ่บ้านทราบแล้ว"),
    (318, (2567, 2, 5), "ขอเชิญประชุมประชาคมหมู่บ้าน ประจำปี 2567", "ระหว่างวันที่ 12 - 23 กุมภาพันธ์ 2567 ณ ศาลาประชาคม"),
    (301, (2566, 11, 27), "ประเพณีลอยกระทง ประจำปี 2566", "จัดงาน ณ หนองน้ำสาธารณะหมู่ที่ 2"),
]
PAGE1 = [n for n in NEWS if (n[1][0], n[1][1]) >= (2568, 10)]
PAGE2 = [n for n in NEWS if (n[1][0], n[1][1]) < (2568, 10)]

for nid, (y, m, dd), title, body in NEWS:
    from datetime import date

    page(f"/news.php?id={nid}", title,
         f'<p class="date">ลงวันที่ {be(date(y - 543, m, dd))} · หมวด ข่าวประชาสัมพันธ์ · โดย ประชาสัมพันธ์</p>\n'
         f'<p>{body}</p>\n<p><img src="/upload/news/{nid}_1.jpg" alt="ภาพกิจกรรม" width="400" height="260"></p>\n'
         '<p><a href="/news.php?cat=1">&laquo; กลับหน้ารวมข่าว</a></p>')


def news_list(items) -> str:
    from datetime import date

    return "<ul class=\"news\">\n" + "\n".join(
        f'<li><a href="/news.php?id={nid}">{esc(t)}</a> <span>({be(date(y - 543, m, dd))})</span></li>'
        for nid, (y, m, dd), t, _b in items) + "\n</ul>"


page("/news.php?cat=1", "ข่าวประชาสัมพันธ์",
     news_list(PAGE1) + '\n<p>หน้า 1 | <a href="/news.php?cat=1&amp;page=2">2</a></p>')
page("/news.php?cat=1&page=2", "ข่าวประชาสัมพันธ์ (หน้า 2)",
     news_list(PAGE2) + '\n<p><a href="/news.php?cat=1">1</a> | หน้า 2</p>')

# ---------------------------------------------------------------- content pages

page("/page.php?id=1", "ประวัติความเป็นมา",
     "<p>เทศบาลตำบลดอนตะแบกงามยกฐานะจากองค์การบริหารส่วนตำบลดอนตะแบกงามเมื่อปี พ.ศ. 2551 "
     "มีพื้นที่ 36 ตารางกิโลเมตร 9 หมู่บ้าน ประชากร 5,208 คน 1,734 ครัวเรือน</p>"
     '<p><a href="/page.php?id=16">ข้อมูลพื้นฐาน</a> · <a href="/page.php?id=3">อำนาจหน้าที่</a></p>')
page("/page.php?id=16", "ข้อมูลพื้นฐาน",
     "<table><tr><th>หมู่ที่</th><th>ชื่อหมู่บ้าน</th><th>ครัวเรือน</th></tr>"
     + "".join(f"<tr><td>{i}</td><td>บ้าน{n}</td><td>{150 + i * 13}</td></tr>" for i, n in enumerate(
         ["ดอนตะแบก", "หนองตะแบก", "ดอนงาม", "โคกมะขาม", "หนองไผ่", "ดอนสว่าง", "หนองบัวแดง", "ทุ่งโพธิ์", "ใหม่พัฒนา"], 1))
     + "</table>")
page("/page.php?id=2", "โครงสร้างส่วนราชการ",
     '<p><img src="/upload/page/structure.png" alt="แผนภูมิโครงสร้างเทศบาลตำบลดอนตะแบกงาม" width="640" height="420"></p>'
     "<h3>ฝ่ายการเมือง</h3><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี 2 คน</li><li>เลขานุการนายกเทศมนตรี</li>"
     "<li>ที่ปรึกษานายกเทศมนตรี</li></ul></li><li>สภาเทศบาล: ประธานสภา รองประธานสภา สมาชิกสภาเทศบาล 12 คน</li></ul>"
     "<h3>ฝ่ายประจำ</h3><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li>"
     "<li>กองช่าง</li><li>กองการศึกษา</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
     '<p>ดูเพิ่มเติม <a href="/page.php?id=3">อำนาจหน้าที่ของเทศบาล</a></p>')
page("/page.php?id=3", "อำนาจหน้าที่",
     "<p>ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 และ 51 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ "
     "พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol><li>รักษาความสงบเรียบร้อยของประชาชน</li>"
     "<li>จัดให้มีและบำรุงทางบกและทางน้ำ</li><li>รักษาความสะอาดของถนน ที่สาธารณะ และกำจัดขยะมูลฝอย</li>"
     "<li>ป้องกันและระงับโรคติดต่อ</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li>"
     "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>บำรุงศิลปะ จารีตประเพณี และวัฒนธรรมอันดีของท้องถิ่น</li></ol>")
page("/page.php?id=4", "คณะผู้บริหาร",
     "".join(f'<div class="person"><img src="/upload/person/{i}.jpg" alt="{esc(n)}" width="120" height="150">'
             f"<p>{esc(n)}<br>{esc(p)}<br>โทร. {t}</p></div>" for i, (n, p, t) in enumerate([
                 ("นายประเสริฐ ทองมากมี", "นายกเทศมนตรีตำบลดอนตะแบกงาม", "08 1964 2235"),
                 ("นายสมหวัง ใจกว้างขวาง", "รองนายกเทศมนตรี", "08 9703 1146"),
                 ("นางบุญเรือน สายทองคำ", "รองนายกเทศมนตรี", "08 6218 5570"),
                 ("นายวีระ พรหมสุวรรณ", "เลขานุการนายกเทศมนตรี", "09 2241 8803"),
                 ("นางสาวกนกวรรณ ศรีสุขสันต์", "ปลัดเทศบาล", "0 5690 2417 ต่อ 11")], 1))
     + '<p><a href="/page.php?id=5">สมาชิกสภาเทศบาล</a></p>')
page("/page.php?id=5", "สมาชิกสภาเทศบาล",
     "<ul>" + "".join(f"<li>{n}</li>" for n in ["นายชัยยศ บุญมาก ประธานสภาเทศบาล", "นางละเอียด ศรีทอง รองประธานสภาเทศบาล"]
                      + [f"สมาชิกสภาเทศบาล เขต {1 + i // 6} ลำดับที่ {i + 1}" for i in range(10)]) + "</ul>")
page("/page.php?id=6", "ติดต่อเรา",
     "<p>สำนักงานเทศบาลตำบลดอนตะแบกงาม 88 หมู่ 3 ตำบลดอนตะแบกงาม อำเภอหนองสะแกเหนือ จังหวัดนครสวรรค์ 60291</p>"
     "<p>โทรศัพท์ 0 5690 2417 โทรสาร 0 5690 2418<br>อีเมล saraban@dontabaengngam.go.th<br>"
     "เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
     '<p><a href="https://maps.google.com/?q=15.9101,100.0212">แผนที่ตั้งสำนักงาน (Google Maps)</a> · '
     '<a href="https://www.facebook.com/dontabaengngam.muni">Facebook เทศบาลตำบลดอนตะแบกงาม</a></p>'
     '<p>สอบถามข้อมูลผ่าน <a href="/page.php?id=13">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
page("/page.php?id=13", "กระดานถาม-ตอบ (Q&A)",
     '<div class="q"><p><b>ถาม</b> (นายเอกชัย 14 ม.ค. 2569) ขอทราบกำหนดจ่ายเบี้ยยังชีพผู้สูงอายุเดือนกุมภาพันธ์</p>'
     "<p><b>ตอบ</b> (เจ้าหน้าที่ 15 ม.ค. 2569) จ่ายวันที่ 10 กุมภาพันธ์ 2569 เข้าบัญชีธนาคาร</p></div>"
     '<div class="q"><p><b>ถาม</b> (ผู้ใช้นามแฝง 3 มี.ค. 2569) ไฟส่องสว่างหมู่ 5 ดับหลายจุด</p>'
     "<p><b>ตอบ</b> (กองช่าง 4 มี.ค. 2569) ออกซ่อมแล้ววันที่ 4 มีนาคม 2569</p></div>"
     '<form action="/webboard/post" method="post"><p>ชื่อ <input name="name"> หัวข้อ <input name="subject"></p>'
     '<p><textarea name="question"></textarea></p><p><button type="submit">ส่งคำถาม</button></p></form>')
page("/page.php?id=7", "E-Service บริการออนไลน์",
     "<p>ยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
     '<form action="https://forms.gle/dtbEservice2569" method="get"><p>ประเภทคำร้อง <select name="type">'
     "<option>ขอรับน้ำอุปโภคบริโภค</option><option>ขอซ่อมไฟฟ้าสาธารณะ</option><option>ขอรับถังขยะ</option>"
     "<option>ขออนุญาตใช้สถานที่</option></select></p><p>ชื่อ-สกุล <input name=\"name\"> โทร. <input name=\"tel\"></p>"
     '<p>รายละเอียด <textarea name="detail"></textarea></p><p><button type="submit">ส่งคำร้อง</button></p></form>'
     '<p><a href="/page.php?id=8">สถิติการให้บริการประชาชน</a></p>')
STATS_MONTHS = ["ต.ค. 67", "พ.ย. 67", "ธ.ค. 67", "ม.ค. 68", "ก.พ. 68", "มี.ค. 68", "เม.ย. 68", "พ.ค. 68",
                "มิ.ย. 68", "ก.ค. 68", "ส.ค. 68", "ก.ย. 68"]
page("/page.php?id=8", "สถิติการให้บริการประชาชน",
     "<p>ข้อมูลสถิติการให้บริการประชาชน ปีงบประมาณ พ.ศ. 2568 (งานธุรการ สำนักปลัด)</p>"
     "<table><tr><th>เดือน</th><th>ติดต่อที่สำนักงาน</th><th>E-Service</th><th>รวม</th></tr>"
     + "".join(f"<tr><td>{m}</td><td>{80 + i * 3}</td><td>{4 + i}</td><td>{84 + i * 4}</td></tr>"
               for i, m in enumerate(STATS_MONTHS))
     + "</table><p>ปรับปรุงข้อมูลล่าสุด 10 ต.ค. 2568</p>")
page("/page.php?id=9", "แจ้งเบาะแสการทุจริตและประพฤติมิชอบ",
     "<p>ผู้แจ้งไม่ต้องระบุชื่อก็ได้ ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
     '<form action="/complaint/send" method="post"><p>ชื่อผู้แจ้ง (ไม่บังคับ) <input name="name"></p>'
     '<p>เรื่องที่แจ้ง <input name="subject"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
     '<p>แนบไฟล์ <input type="file" name="file"></p><p><button type="submit">ส่งเรื่อง</button></p></form>'
     "<p>หรือโทร. 0 5690 2417 ต่อ 12 (ศูนย์รับเรื่องร้องเรียน)</p>")
page("/page.php?id=10", "ร้องเรียน / ร้องทุกข์",
     '<ul><li><a href="/page.php?id=9">แจ้งเบาะแสการทุจริตและประพฤติมิชอบ</a></li>'
     '<li><a href="/page.php?id=7">ยื่นคำร้องทั่วไปออนไลน์ (E-Service)</a></li>'
     f'<li>{file_link("complaint-manual", "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</li></ul>')
page("/page.php?id=12", "รายงานผลการพัฒนาบุคลากร",
     "<p>รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2567 (1 ตุลาคม 2566 - 30 กันยายน 2567)</p>"
     "<table><tr><th>หลักสูตร</th><th>ผู้เข้าอบรม</th><th>เดือน</th></tr>"
     "<tr><td>การเงินการคลังท้องถิ่น</td><td>4</td><td>ธ.ค. 2566</td></tr>"
     "<tr><td>ธรรมาภิบาลในองค์กร</td><td>38</td><td>มี.ค. 2567</td></tr>"
     "<tr><td>ระบบ e-LAAS</td><td>3</td><td>มิ.ย. 2567</td></tr></table>"
     "<p>สรุป พนักงานได้รับการพัฒนา 41 คน จาก 43 คน คิดเป็นร้อยละ 95.35 ปัญหา งบประมาณฝึกอบรมจำกัด</p>"
     "<p>ปรับปรุงล่าสุด 15 ธ.ค. 2568 โดย ประชาสัมพันธ์</p>")

# ---------------------------------------------------------------- ITA pages


def ita_table(rows) -> str:
    out = ["<table class=\"ita\"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>"]
    for code, text, links in rows:
        cell = " ".join(f'<a href="{esc(u)}">{esc(t)}</a>' for t, u in links) or "-"
        out.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cell}</td></tr>")
    return "\n".join(out + ["</table>"])


ITA69 = [
    ("o1", "โครงสร้าง", [("โครงสร้าง", "/page.php?id=2")]),
    ("o2", "ข้อมูลผู้บริหาร", [("ผู้บริหาร", "/page.php?id=4")]),
    ("o3", "ข้อมูลการติดต่อ", [("ติดต่อ", "/page.php?id=6"), ("ถาม-ตอบ", "/page.php?id=13")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าว", "/news.php?cat=1")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("คลิก", "/download.php?cat=1")]),
    ("o6", "แผนดำเนินงานและการใช้งบประมาณ", [("แผนการดำเนินงาน", path("opplan-69")),
                                             ("เทศบัญญัติ", path("budget-69"))]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("คลิก", path("annual-67"))]),
    ("o8", "คู่มือปฏิบัติงาน", [("คลิก", path("work-manual"))]),
    ("o9", "คู่มือการให้บริการ", [("คลิก", path("people-manual"))]),
    ("o10", "E-Service", [("E-Service", "/page.php?id=7"), ("สถิติ", "/page.php?id=8")]),
    ("o11", "สรุปผลจัดซื้อจัดจ้างรายเดือน", [("สขร.1", "/download.php?cat=4")]),
    ("o12", "สรุปผลจัดซื้อจัดจ้างประจำปี", [("คลิก", path("proc-annual-68"))]),
    ("o13", "หลักเกณฑ์/แผนบริหารทรัพยากรบุคคล", [("คลิก", "/download.php?cat=6")]),
    ("o14", "รายงานผล HR", [("คลิก", "/page.php?id=12")]),
    ("o15", "ประมวลจริยธรรม", [("ประมวล", path("ethics-code")), ("กิจกรรม", "/news.php?id=425")]),
    ("o16", "คู่มือร้องเรียนการทุจริต", [("คลิก", path("complaint-manual"))]),
    ("o17", "ช่องทางร้องเรียนการทุจริต", [("คลิก", "/page.php?id=9")]),
    ("o18", "สถิติร้องเรียนการทุจริต", [("คลิก", path("complaint-stat-69"))]),
    ("o19", "การมีส่วนร่วม", [("คลิก", "/news.php?id=422")]),
    ("o20", "No Gift Policy", [("ประกาศ", path("nogift-69")), ("ข่าว", "/news.php?id=416"),
                                ("รายงานผล", path("gift-report-68"))]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("คลิก", path("risk-69"))]),
    ("o22", "รายงานผลตามแผนความเสี่ยง", [("คลิก", GONE_O22)]),
    ("o23", "แผนป้องกันการทุจริต", [("คลิก", path("anti-plan-69"))]),
    ("o24", "รายงานผลป้องกันการทุจริต", [("คลิก", path("anti-report-68"))]),
    ("o26", "รายงานผลส่งเสริมคุณธรรม", [("คลิก", path("integrity-report-68"))]),
]
page("/page.php?id=20", "ITA 2569",
     "<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569</p>\n" + ita_table(ITA69))

ITA68 = [
    ("o1", "โครงสร้าง", [("โครงสร้าง", "/page.php?id=2")]),
    ("o2", "ผู้บริหาร", [("ผู้บริหาร", "/page.php?id=4")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("คลิก", path("devplan-61-65"))]),
    ("o6", "แผนดำเนินงาน", [("คลิก", path("opplan-68"))]),
    ("o11", "สขร.1", [("ก.ย. 68", path("skr-2568-09"))]),
    ("o16", "คู่มือร้องเรียน", [("คลิก", path("complaint-manual"))]),
    ("o21", "ประเมินความเสี่ยง 2568", [("คลิก", GONE_OLD)]),
    ("o25", "การนำผลการประเมิน ITA ไปพัฒนา", [("คลิก", path("ita-analysis-67"))]),
]
page("/page.php?id=15", "ITA 2568",
     "<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568</p>\n" + ita_table(ITA68))

# ---------------------------------------------------------------- home

HOME = (
    "<h3>ข่าวประชาสัมพันธ์ล่าสุด</h3>\n" + news_list(NEWS[:5])
    + '\n<p><a href="/news.php?cat=1">ดูข่าวทั้งหมด</a></p>\n<h3>เอกสารล่าสุด</h3>\n<ul>'
    + "".join(f"<li>{file_link(k, t)}</li>" for _c, k, t in
              sorted(ROWS, key=lambda r: DOCS[r[1]][2], reverse=True)[:5])
    + '</ul>\n<p><a href="/page.php?id=20"><img src="/theme/green/ita-banner.png" alt="ITA 2569" width="220" height="60"></a></p>'
)


def target(url: str) -> str:
    if url == "/":
        return os.path.join(HERE, "index.html")
    script, query = url.lstrip("/").split("?", 1)
    return os.path.join(HERE, script + ".q", quote(query, safe="=&-_.,+~"), "index.html")


def main() -> None:
    for script in ("page.php", "news.php", "download.php"):
        shutil.rmtree(os.path.join(HERE, script + ".q"), ignore_errors=True)
        with open(os.path.join(HERE, script), "w", encoding="utf-8") as fh:
            fh.write('<!DOCTYPE html><html><head><meta charset="utf-8">'
                     '<meta http-equiv="refresh" content="0; url=/"></head><body></body></html>\n')
    pages = {"/": ("หน้าหลัก", HOME), **PAGES}
    for n, (url, (title, body)) in enumerate(pages.items()):
        out = target(url)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(layout(title, body, n))
    theme = os.path.join(HERE, "theme", "green")
    os.makedirs(theme, exist_ok=True)
    with open(os.path.join(theme, "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#topbar{background:#1b5e20;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#left{float:left;width:220px}#content{margin-left:240px}"
                 "#footer{clear:both;background:#eee;padding:8px}table{border-collapse:collapse}td,th{border:1px solid #999}\n")
    images()


def images() -> None:
    """A small image for every picture the pages show (logo, photos, banners)."""
    import re

    from PIL import Image

    srcs = set()
    for root, _dirs, names in os.walk(HERE):
        for name in names:
            if name == "index.html":
                with open(os.path.join(root, name), encoding="utf-8") as fh:
                    srcs.update(re.findall(r'src="(/[^"]+)"', fh.read()))
    for n, src in enumerate(sorted(srcs)):
        out = os.path.join(HERE, src.lstrip("/"))
        os.makedirs(os.path.dirname(out), exist_ok=True)
        Image.new("RGB", (48, 36), (40 + n * 9 % 200, 120, 60)).save(out, "PNG" if out.endswith(".png") else "JPEG")


if __name__ == "__main__":
    main()
