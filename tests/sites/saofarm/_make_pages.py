"""Generate the HTML pages of the "saofarm" test site (องค์การบริหารส่วนตำบลทุ่งนาแก้ว, invented).

Run:  python tests/sites/saofarm/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A farming อบต. whose site is made on a free website builder: a banner, a menu bar, a right column
(the chief executive, quick links, a weather box, a visitor counter) and the builder's footer on
every page; pages are folder/index.html with the builder's slugs.  Documents are listed on one page
per upload year (/documents-2568/, /documents-2567/, /documents-2566/), the monthly สขร.1 on
/procurement/, news under /news/ (two pages).  The ITA page /ita-2568/ is a table of o1 … o26 in
the office's own short wording whose links go to files, pages or a year's documents page; last
year's /ita-2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG, path_of  # noqa: E402

SHORT = "อบต.ทุ่งนาแก้ว"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def size(key: str) -> str:
    if key not in DOCS:
        return "356.2 KB"
    n = os.path.getsize(os.path.join(HERE, path_of(key).lstrip("/")))
    return f"{n / 1024:.1f} KB"


def a(key: str, text: str) -> str:
    return f'<a href="{path_of(key)}" target="_blank">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับ อบต.", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวสาร", "/news/"), ("เอกสาร 2568", "/documents-2568/"),
        ("เอกสาร 2567", "/documents-2567/"), ("เอกสาร 2566", "/documents-2566/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("E-Service", "/eservice/"), ("ITA 2568", "/ita-2568/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = " | ".join(f'<a href="{u}">{esc(t)}</a>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="SiteNgai Free Website Builder 4.2">
<link rel="stylesheet" href="/assets/site.css"></head>
<body>
<header class="sn-header"><img src="/assets/logo.png" alt="โลโก้ {SHORT}" width="72" height="72">
<div class="sn-title">{ORG}<br><small>อำเภอลาดยาว จังหวัดนครสวรรค์ · ถิ่นข้าวหอม เกษตรยั่งยืน ชุมชนเข้มแข็ง</small></div></header>
<nav class="sn-nav">{menu}</nav>
<div class="sn-row"><main class="sn-main">
<h1>{esc(title)}</h1>
{body}
</main>
<aside class="sn-side">
<div class="sn-box"><img src="/assets/chief.png" alt="นายก" width="90" height="110"><br>นายประเสริฐ ทองนาคำ<br>นายก{SHORT}</div>
<div class="sn-box"><b>ลิงก์ด่วน</b><br><a href="/ita-2568/">ITA 2568</a><br><a href="/ita-2567/">ITA 2567</a><br>
<a href="/manuals/">คู่มือประชาชน</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/complaint/">ร้องเรียน/ร้องทุกข์</a><br><a href="/about/agri-data/">ข้อมูลการเกษตรตำบล</a><br>
<a href="/webboard/">กระดานถามตอบ</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br>
<a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></div>
<div class="sn-box">พยากรณ์อากาศ ลาดยาว: แดดจัด 38°C</div>
<div class="sn-box">ผู้เข้าชม 48,217</div>
</aside></div>
<footer class="sn-footer">{ORG} หมู่ที่ 6 ตำบลทุ่งนาแก้ว อำเภอลาดยาว จังหวัดนครสวรรค์ 60150 ·
โทร. 0 5628 4410 · โทรสาร 0 5628 4411 · อีเมล tungnakaew.sao@gmail.com ·
<a href="/privacy/">นโยบายความเป็นส่วนตัว</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a> · <a href="/links/">ลิงก์หน่วยงาน</a><br>
<small>สร้างเว็บไซต์ฟรีด้วย <a href="https://www.sitengai.example/">SiteNgai</a> · เว็บไซต์นี้ใช้คุกกี้</small></footer>
</body></html>
"""


PAGES: dict[str, tuple[str, str]] = {}


def page(path: str, title: str, body: str) -> None:
    PAGES[path] = (title, body)


# ---------------------------------------------------------------- news

NEWS = [  # (id, date, title, body)
    (1138, "2 เม.ย. 2568", "ขอความร่วมมือเกษตรกรงดเผาตอซังฟางข้าวและวัชพืช",
     "อบต.ทุ่งนาแก้ว ขอความร่วมมือเกษตรกรทุกหมู่บ้านงดเผาตอซังฟางข้าว ให้ไถกลบหรืออัดฟางแทน เพื่อลดฝุ่น PM2.5"),
    (1137, "27 มี.ค. 2568", "แจกจ่ายน้ำอุปโภคบริโภคช่วยเหลือประชาชนประสบภัยแล้ง หมู่ที่ 4 และหมู่ที่ 7",
     "รถบรรทุกน้ำของ อบต. แจกจ่ายน้ำ 64,000 ลิตร ให้ 118 ครัวเรือน"),
    (1135, "12 มี.ค. 2568", "อบรมการทำปุ๋ยอินทรีย์ชีวภาพจากฟางข้าว",
     "ร่วมกับ ศบกต.ทุ่งนาแก้ว และสำนักงานเกษตรอำเภอลาดยาว มีเกษตรกรเข้าร่วม 74 คน"),
    (1134, "20 ก.พ. 2568", "ประชาสัมพันธ์รับสมัครเกษตรกรเข้าร่วมแปลงใหญ่ข้าวหอมมะลิ หมู่ที่ 5",
     "ผู้สนใจติดต่อเกษตรตำบล หรือสำนักปลัด อบต. ภายใน 10 มีนาคม 2568"),
    (1133, "6 ก.พ. 2568", "ขุดลอกคลองส่งน้ำเพื่อการเกษตร หมู่ที่ 2 แล้วเสร็จ",
     "ความยาว 1,450 เมตร ใช้ประโยชน์ได้ 86 ครัวเรือน พื้นที่นา 2,300 ไร่"),
    (1131, "24 ม.ค. 2568", "โครงการอบรมคุณธรรมจริยธรรม ผู้บริหาร สมาชิกสภา และพนักงาน ประจำปี 2568",
     "วันที่ 23 มกราคม 2568 ณ ห้องประชุม อบต.ทุ่งนาแก้ว ผู้เข้าร่วม 52 คน ทบทวนประมวลจริยธรรมของพนักงานส่วนท้องถิ่น "
     "ค่านิยมหลัก 7 ประการ และกรณีศึกษาการรับของขวัญ ผู้เข้าร่วมลงนามปฏิญาณตนปฏิบัติตามประมวลจริยธรรม"),
    (1129, "11 ม.ค. 2568", "กิจกรรมวันเด็กแห่งชาติ ประจำปี 2568", "ณ ศูนย์พัฒนาเด็กเล็ก อบต.ทุ่งนาแก้ว มีเด็กร่วมงาน 230 คน"),
    (1127, "19 ธ.ค. 2567", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
     "ชำระได้ที่กองคลัง ตั้งแต่บัดนี้ถึง 30 เมษายน 2568"),
    (1125, "15 พ.ย. 2567", "สืบสานประเพณีลอยกระทง ประจำปี 2567", "ณ สระหนองแก้ว หมู่ที่ 6"),
    (1123, "8 พ.ย. 2567", "ฉีดวัคซีนป้องกันโรคปากและเท้าเปื่อยในโค กระบือ",
     "ร่วมกับปศุสัตว์อำเภอลาดยาว ฉีดให้โค กระบือ 1,204 ตัว ใน 12 หมู่บ้าน"),
    (1121, "15 ต.ค. 2567", "ประชาสัมพันธ์การขึ้นทะเบียนและปรับปรุงทะเบียนเกษตรกร (ทบก.) ปี 2567/68",
     "เกษตรกรแจ้งได้ที่ ศบกต. หรือผ่านแอปพลิเคชัน Farmbook"),
    (1120, "2 ต.ค. 2567", "ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568",
     "ยอดรวม 41,200,000 บาท ดูรายละเอียดในหน้าเอกสาร 2568"),
]
NEWS_OLD = [
    (1114, "12 ก.ย. 2567", "ช่วยเหลือผู้ประสบอุทกภัยน้ำท่วมขังนาข้าว หมู่ที่ 9", "แจกถุงยังชีพ 64 ชุด"),
    (1111, "5 ก.ค. 2567", "โครงการปลูกหญ้าแฝกริมคลองส่งน้ำ", "ผู้เข้าร่วม 90 คน"),
    (1107, "14 ก.พ. 2567", "ประชุมประชาคมหมู่บ้าน ทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2567",
     "ระหว่างวันที่ 5 - 13 กุมภาพันธ์ 2567 อบต.ทุ่งนาแก้ว จัดประชุมประชาคมครบ 12 หมู่บ้าน ผู้เข้าร่วม 684 คน "
     "ประชาชนเสนอโครงการ 61 โครงการ (แหล่งน้ำเพื่อการเกษตร 27 ถนน 19 อื่น ๆ 15) ซึ่งจะนำเข้าสู่แผนพัฒนาท้องถิ่นต่อไป"),
    (1105, "21 ธ.ค. 2566", "อบรมคุณธรรมจริยธรรมพนักงาน ประจำปี 2567", "ผู้เข้าร่วม 46 คน"),
    (1103, "6 ต.ค. 2566", "ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567", "ยอดรวม 39,800,000 บาท"),
]


def news_pages() -> None:
    for nid, date, title, body in NEWS + NEWS_OLD:
        page(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {date} โดย admin</p>\n'
             f'<img src="/assets/photo.png" alt="ภาพกิจกรรม" width="320" height="200">\n<p>{esc(body)}</p>\n'
             '<p><a href="/news/">« กลับหน้าข่าวสาร</a></p>')

    def listing(items) -> str:
        return "<ul class=\"news\">\n" + "\n".join(
            f'<li><a href="/news/{i}/">{esc(t)}</a> <span>{d}</span></li>' for i, d, t, _ in items) + "\n</ul>"

    page("/news/", "ข่าวสาร", listing(NEWS) + '\n<p>หน้า 1 <a href="/news/page-2/">2</a> <a href="/news/page-2/">ถัดไป »</a></p>')
    page("/news/page-2/", "ข่าวสาร (หน้า 2)", listing(NEWS_OLD) + '\n<p><a href="/news/">« ก่อนหน้า</a> 1 หน้า 2</p>')


# ---------------------------------------------------------------- documents pages


def doc_table(rows: list[tuple[str, str, str]]) -> str:
    """rows: (key, link text, date shown)."""
    out = ['<table class="sn-files"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ขนาด</th></tr>']
    for n, (key, text, date) in enumerate(rows, 1):
        out.append(f"<tr><td>{n}</td><td>{a(key, text)}</td><td>{date}</td><td>{size(key)}</td></tr>")
    return "\n".join(out) + "\n</table>"


def up(key: str) -> str:
    return be(DOCS[key][4])


DOCS_2568 = [
    ("stats68", "สถิติการให้บริการประชาชน ต.ค. 67 - มี.ค. 68"),
    ("invite68", "หนังสือเชิญประชุมประชาคมหมู่บ้าน ปี 2568"),
    ("ricestats", "ข้อมูลพื้นที่เพาะปลูกข้าวนาปี 2567/68"),
    ("agriplan", "แผนพัฒนาการเกษตรระดับตำบล ปี 2568"),
    ("hrreport67", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล"),
    ("actplan68", "แผนการดำเนินงาน ประจำปี 2568"),
    ("procure67", "สรุปผลการจัดซื้อจัดจ้างประจำปี"),
    ("antireport67", "รายงานผลการดำเนินงานตามแผนป้องกันการทุจริต"),
    ("antiplan68", "แผนปฏิบัติการป้องกันการทุจริต"),
    ("complaint67", "สถิติเรื่องร้องเรียนการทุจริต"),
    ("budget68", "ข้อบัญญัติงบประมาณรายจ่าย ประจำปี 2568"),
]
DOCS_2567 = [
    ("draftbudget68", "ร่างข้อบัญญัติงบประมาณรายจ่าย 2568"),
    ("sixmonth67", "รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน"),
    ("report66", "รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น"),
    ("risk67", "การประเมินความเสี่ยงการทุจริต"),
    ("actplan67", "แผนการดำเนินงาน ประจำปี 2567"),
    ("hrplan", "แผนอัตรากำลัง 3 ปี"),
]
DOCS_2566 = [
    ("staffmanual", "คู่มือการปฏิบัติงาน งานจัดเก็บภาษี"),
    ("publicmanual", "คู่มือสำหรับประชาชน"),
    ("complaintmanual", "คู่มือการดำเนินการเรื่องร้องเรียนการทุจริต"),
    ("ethics", "ประมวลจริยธรรม"),
    ("nogift66", "ประกาศนโยบาย No Gift Policy"),
    ("printplan", "ประกาศผู้ชนะ จ้างทำรูปเล่มแผนพัฒนาท้องถิ่น"),
    ("plan61", "แผนพัฒนาท้องถิ่น"),
    ("hrplan64", "แผนอัตรากำลัง 3 ปี"),
]


def documents_pages() -> None:
    intro = "<p>เอกสารที่อัปโหลดในปี {y} (เรียงจากใหม่ไปเก่า) คลิกชื่อเอกสารเพื่อดาวน์โหลด</p>\n"
    page("/documents-2568/", "เอกสารเผยแพร่ ปี 2568",
         intro.format(y="2568") + doc_table([(k, t, up(k)) for k, t in DOCS_2568]))
    page("/documents-2567/", "เอกสารเผยแพร่ ปี 2567",
         intro.format(y="2567") + doc_table([(k, t, up(k)) for k, t in DOCS_2567]))
    body = intro.format(y="2566 และก่อนหน้า") + doc_table([(k, t, up(k)) for k, t in DOCS_2566])
    body += ('\n<p>รายงานการรับของขวัญ ปี 2566: <a href="/files/2890014.pdf">ดาวน์โหลด</a> (356.2 KB)</p>')
    page("/documents-2566/", "เอกสารเผยแพร่ ปี 2566", body)
    sk = [("sk2568-03", "สขร.1 เดือนมีนาคม 2568"), ("sk2568-02", "สขร.1 เดือนกุมภาพันธ์ 2568"),
          ("sk2567-12", "สขร.1 เดือนธันวาคม 2567"), ("sk2567-11", "สขร.1 เดือนพฤศจิกายน 2567"),
          ("sk2567-10", "สขร.1 เดือนตุลาคม 2567")]
    page("/procurement/", "ข่าวจัดซื้อจัดจ้าง / สรุปผลการจัดซื้อจัดจ้างรายเดือน",
         "<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน (แบบ สขร.1) ปีงบประมาณ 2568</p>\n"
         + doc_table([(k, t, up(k)) for k, t in sk])
         + '\n<p>ประกาศจัดซื้อจัดจ้างทั้งหมดดูได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>')


# ---------------------------------------------------------------- ITA pages


def ita_table(rows: list[tuple[str, str, str]]) -> str:
    out = ['<table class="sn-ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for code, text, link in rows:
        out.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{link}</td></tr>")
    return "\n".join(out) + "\n</table>"


def ita_pages() -> None:
    view = "คลิก"
    rows68 = [
        ("o1", "โครงสร้าง", '<a href="/about/structure/">คลิก</a>'),
        ("o2", "ข้อมูลผู้บริหาร", '<a href="/about/executives/">คลิก</a>'),
        ("o3", "ข้อมูลการติดต่อ", '<a href="/contact/">คลิก</a>'),
        ("o4", "ข่าวประชาสัมพันธ์", '<a href="/news/">คลิก</a>'),
        ("o5", "แผนพัฒนาท้องถิ่น", a("plan61", view)),
        ("o6", "แผนดำเนินงาน / ข้อบัญญัติงบประมาณ / รายงานรอบ 6 เดือน",
         a("actplan68", "แผนดำเนินงาน") + " " + a("budget68", "ข้อบัญญัติ") + " " + a("sixmonth67", "รายงาน 6 เดือน")),
        ("o7", "รายงานผลการดำเนินงานประจำปี", a("report66", view)),
        ("o8", "คู่มือปฏิบัติงาน", a("staffmanual", view)),
        ("o9", "คู่มือประชาชน", '<a href="/manuals/">คลิก</a>'),
        ("o10", "E-Service", '<a href="/eservice/">คลิก</a>'),
        ("o11", "สถิติการให้บริการ", a("stats68", view)),
        ("o12", "สขร.1 รายเดือน", '<a href="/procurement/">คลิก</a>'),
        ("o13", "สรุปผลจัดซื้อจัดจ้างประจำปี", a("procure67", view)),
        ("o14", "แผนบริหารและพัฒนาบุคลากร", a("hrplan", view)),
        ("o15", "รายงานผลการบริหารและพัฒนาบุคลากร", a("hrreport67", view)),
        ("o16", "ประมวลจริยธรรม / การขับเคลื่อน", a("ethics", "ประมวลฯ") + ' <a href="/news/1131/">กิจกรรม</a>'),
        ("o17", "แนวปฏิบัติเรื่องร้องเรียนทุจริต", a("complaintmanual", view)),
        ("o18", "ช่องทางร้องเรียนทุจริต", '<a href="/complaint/corruption/">คลิก</a>'),
        ("o19", "สถิติเรื่องร้องเรียนทุจริต", a("complaint67", view)),
        ("o20", "การมีส่วนร่วม", '<a href="/news/1107/">คลิก</a>'),
        ("o21", "No Gift Policy", a("nogift66", view)),
        ("o22", "รายงานการรับของขวัญ", a("giftreport67", view)),
        ("o23", "ประเมินความเสี่ยงการทุจริต", '<a href="/documents-2567/">คลิก</a>'),
        ("o24", "รายงานผลการจัดการความเสี่ยง", "อยู่ระหว่างดำเนินการ"),
        ("o25", "แผนป้องกันการทุจริต", a("antiplan68", view)),
        ("o26", "รายงานผลป้องกันการทุจริต", a("antireport67", view)),
    ]
    page("/ita-2568/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ปี 2568",
         "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต (OIT)</p>\n" + ita_table(rows68))
    rows67 = [
        ("o1", "โครงสร้าง", '<a href="/about/structure/">คลิก</a>'),
        ("o5", "แผนพัฒนาท้องถิ่น", a("plan61", view)),
        ("o6", "แผนดำเนินงาน", a("actplan67", view)),
        ("o7", "รายงานผลการดำเนินงาน", a("report66", view)),
        ("o12", "สขร.1", '<a href="/documents-2567/">คลิก</a>'),
        ("o14", "แผนอัตรากำลัง", a("hrplan", view)),
        ("o21", "No Gift Policy", a("nogift66", view)),
        ("o22", "รายงานการรับของขวัญ", a("giftreport66", view)),
        ("o23", "ประเมินความเสี่ยง", a("risk67", view)),
    ]
    page("/ita-2567/", "ITA ปี 2567", "<p>ข้อมูลสำหรับการประเมิน ITA ปี 2567</p>\n" + ita_table(rows67))


# ---------------------------------------------------------------- other pages


def static_pages() -> None:
    page("/", "หน้าแรก",
         '<img src="/assets/banner.png" alt="ทุ่งนาแก้ว ถิ่นข้าวหอม" width="640" height="200">\n'
         "<h2>ข่าวล่าสุด</h2>\n<ul>" + "".join(
             f'<li><a href="/news/{i}/">{esc(t)}</a> ({d})</li>' for i, d, t, _ in NEWS[:5])
         + '</ul>\n<p><a href="/news/">ข่าวทั้งหมด</a> · <a href="/documents-2568/">เอกสาร 2568</a> · '
           '<a href="/ita-2568/">ITA 2568</a> · <a href="/gallery/">ภาพกิจกรรม</a> · <a href="/otop/">สินค้าชุมชน</a></p>')
    page("/about/history/", "ประวัติความเป็นมา",
         "<p>ตำบลทุ่งนาแก้วยกฐานะจากสภาตำบลเป็นองค์การบริหารส่วนตำบลเมื่อ พ.ศ. 2539 มี 12 หมู่บ้าน "
         "พื้นที่ 62 ตร.กม. ประชาชนส่วนใหญ่ทำนา ปลูกอ้อย และมันสำปะหลัง</p>\n<p><a href=\"/about/vision/\">วิสัยทัศน์</a></p>")
    page("/about/vision/", "วิสัยทัศน์ พันธกิจ", "<p>ทุ่งนาแก้วถิ่นข้าวหอม เกษตรยั่งยืน ชุมชนเข้มแข็ง</p>")
    page("/about/structure/", "โครงสร้างองค์กร",
         '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้าง" width="600" height="300">\n'
         "<h2>ฝ่ายบริหาร</h2><ul><li>นายก อบต. นายประเสริฐ ทองนาคำ</li><li>รองนายก อบต. (2 คน)</li>"
         "<li>เลขานุการนายก อบต.</li></ul>\n<h2>ฝ่ายสภา อบต.</h2><ul><li>ประธานสภา อบต.</li><li>รองประธานสภา อบต.</li>"
         "<li>สมาชิกสภา อบต. หมู่ละ 1 คน (12 คน)</li><li>เลขานุการสภา (ปลัด อบต.)</li></ul>\n"
         "<h2>ฝ่ายประจำ</h2><ul><li>ปลัด อบต. / รองปลัด อบต.</li><li>สำนักปลัด (งานส่งเสริมการเกษตร งานป้องกันฯ)</li>"
         "<li>กองคลัง</li><li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>หน่วยตรวจสอบภายใน</li></ul>\n"
         '<p><a href="/about/authority/">อำนาจหน้าที่</a> · <a href="/about/staff/">บุคลากร</a> · '
         '<a href="/about/council/">สภา อบต.</a></p>')
    page("/about/authority/", "อำนาจหน้าที่",
         "<p>ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 67 68 และ พ.ร.บ.กำหนดแผนและขั้นตอน"
         "การกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p>\n<ol><li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li>"
         "<li>รักษาความสะอาดของถนน ทางน้ำ และกำจัดขยะ</li><li>ป้องกันโรคและระงับโรคติดต่อ</li>"
         "<li>ป้องกันและบรรเทาสาธารณภัย</li><li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li>"
         "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
         "<li>ให้มีน้ำเพื่อการอุปโภค บริโภค และการเกษตร</li><li>บำรุงและส่งเสริมการประกอบอาชีพของราษฎร (การเกษตร)</li></ol>")
    page("/about/executives/", "คณะผู้บริหาร",
         '<div class="person"><img src="/assets/chief.png" alt="นายประเสริฐ ทองนาคำ" width="90" height="110">'
         "<p>นายประเสริฐ ทองนาคำ<br>นายกองค์การบริหารส่วนตำบลทุ่งนาแก้ว<br>โทร. 08 1936 4402</p></div>\n"
         '<div class="person"><img src="/assets/person.png" alt="นายสุชาติ แก้วกล้า" width="90" height="110">'
         "<p>นายสุชาติ แก้วกล้า<br>รองนายก อบต.<br>โทร. 08 9127 5530</p></div>\n"
         '<div class="person"><img src="/assets/person.png" alt="นางบุญเรือน มาลัยทอง" width="90" height="110">'
         "<p>นางบุญเรือน มาลัยทอง<br>รองนายก อบต.<br>โทร. 06 2418 7734</p></div>\n"
         '<div class="person"><img src="/assets/person.png" alt="นางอรอุมา ศรีทุ่ง" width="90" height="110">'
         "<p>นางอรอุมา ศรีทุ่ง<br>ปลัด อบต.<br>โทร. 0 5628 4410 ต่อ 14</p></div>")
    page("/about/council/", "สมาชิกสภา อบต.",
         "<p>ประธานสภา นายทองใบ ดอนนา · รองประธานสภา นายเฉลิม ปากคลอง · สมาชิกสภา หมู่ละ 1 คน รวม 12 คน</p>")
    page("/about/staff/", "บุคลากร", "<p>สำนักปลัด 15 คน · กองคลัง 7 คน · กองช่าง 7 คน · กองการศึกษา 8 คน</p>")
    page("/about/agri-data/", "ข้อมูลการเกษตรตำบล",
         "<p>พื้นที่นาข้าว 24,800 ไร่ อ้อย 4,100 ไร่ มันสำปะหลัง 2,500 ไร่ สถานีสูบน้ำด้วยไฟฟ้า 3 แห่ง</p>\n"
         f"<p>{a('ricestats', 'ข้อมูลพื้นที่เพาะปลูกข้าวนาปี 2567/68 (Excel)')}</p>")
    page("/contact/", "ติดต่อเรา",
         f"<p>{ORG}<br>หมู่ที่ 6 ตำบลทุ่งนาแก้ว อำเภอลาดยาว จังหวัดนครสวรรค์ 60150</p>\n"
         "<p>โทรศัพท์ 0 5628 4410 โทรสาร 0 5628 4411<br>อีเมล tungnakaew.sao@gmail.com<br>"
         "Facebook: อบต.ทุ่งนาแก้ว<br>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>\n"
         '<p><a href="https://maps.google.com/?q=15.7021,99.8123">แผนที่ Google Maps</a></p>')
    page("/eservice/", "E-Service ยื่นคำร้องออนไลน์",
         "<p>ประชาชนยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>\n"
         '<form class="sn-form" action="/eservice/thanks/" method="get">\n'
         '<label>ชื่อ-สกุล <input name="name" required></label><br>\n'
         '<label>โทรศัพท์ <input name="tel" required></label><br>\n'
         '<label>เรื่องที่ขอรับบริการ <select name="type"><option>ขอรับน้ำอุปโภคบริโภค</option>'
         "<option>ขอรับเบี้ยยังชีพ</option><option>ขอซ่อมไฟฟ้าสาธารณะ</option><option>ขอใช้รถไถ/รถขุด</option>"
         "<option>อื่น ๆ</option></select></label><br>\n"
         '<label>รายละเอียด <textarea name="detail"></textarea></label><br>\n'
         '<button type="submit">ส่งคำร้อง</button>\n</form>')
    page("/eservice/thanks/", "ส่งคำร้องเรียบร้อย", "<p>ระบบได้รับคำร้องของท่านแล้ว</p>")
    page("/complaint/", "ร้องเรียน/ร้องทุกข์",
         "<p>ร้องเรียนเรื่องทั่วไปได้ที่ศูนย์ดำรงธรรม อบต. โทร. 0 5628 4410 ต่อ 12</p>\n"
         '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>')
    page("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         "<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ ไม่ต้องระบุชื่อก็ได้</p>\n"
         '<form class="sn-form" action="/eservice/thanks/" method="get">\n'
         '<label>ชื่อผู้ร้องเรียน (ไม่บังคับ) <input name="name"></label><br>\n'
         '<label>เรื่องที่ร้องเรียน <input name="subject" required></label><br>\n'
         '<label>รายละเอียดการกระทำ <textarea name="detail" required></textarea></label><br>\n'
         '<label>แนบไฟล์ <input type="file" name="att"></label><br>\n'
         '<button type="submit">ส่งเรื่อง</button>\n</form>\n<p>หรือโทร. 0 5628 4410 ต่อ 12</p>')
    page("/manuals/", "คู่มือประชาชน",
         f"<ul><li>{a('publicmanual', 'คู่มือสำหรับประชาชน (เบี้ยยังชีพผู้สูงอายุ, ขออนุญาตก่อสร้าง)')}</li></ul>")
    page("/gallery/", "ภาพกิจกรรม", '<img src="/assets/photo.png" alt="ภาพกิจกรรม" width="320" height="200">')
    page("/otop/", "สินค้าชุมชน", "<p>ข้าวหอมมะลิอินทรีย์ทุ่งนาแก้ว · น้ำพริกปลาย่าง · ตะกร้าผักตบชวา</p>")
    page("/links/", "ลิงก์หน่วยงาน", '<p><a href="https://www.dla.go.th/">สถ.</a> · <a href="https://www.nacc.go.th/">ป.ป.ช.</a></p>')
    page("/privacy/", "นโยบายความเป็นส่วนตัว", "<p>เว็บไซต์เก็บข้อมูลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    page("/webboard/", "กระดานถามตอบ",
         "<p>ถาม: ยื่นขอรับน้ำช่วยเหลือภัยแล้งอย่างไร (ส.ค. 2567)<br>ตอบ: ยื่นผ่าน E-Service หรือโทรแจ้งสำนักปลัด</p>")
    page("/ita/", "ITA", '<p><a href="/ita-2568/">ITA 2568</a> · <a href="/ita-2567/">ITA 2567</a></p>')


def main() -> None:
    news_pages()
    documents_pages()
    ita_pages()
    static_pages()
    PAGES["/sitemap/"] = ("แผนผังเว็บไซต์", "<ul>" + "".join(
        f'<li><a href="{p}">{esc(t)}</a></li>' for p, (t, _) in sorted(PAGES.items())) + "</ul>")
    for path, (title, body) in PAGES.items():
        out = os.path.join(HERE, path.strip("/"), "index.html")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(layout(title, body))
    _assets()


def _assets() -> None:
    from PIL import Image

    folder = os.path.join(HERE, "assets")
    os.makedirs(folder, exist_ok=True)
    for name, (w, h), colour in [("logo.png", (72, 72), (34, 120, 60)), ("chief.png", (90, 110), (200, 190, 170)),
                                 ("person.png", (90, 110), (180, 180, 180)), ("chart.png", (300, 150), (230, 230, 240)),
                                 ("photo.png", (160, 100), (120, 170, 90)), ("banner.png", (320, 100), (200, 220, 120))]:
        Image.new("RGB", (w, h), colour).save(os.path.join(folder, name), optimize=True)
    with open(os.path.join(folder, "site.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}.sn-header{background:#2f7d3b;color:#fff;padding:8px}"
                 ".sn-nav{background:#e5c04b;padding:6px}.sn-row{display:flex}.sn-main{flex:3;padding:12px}"
                 ".sn-side{flex:1;padding:12px;background:#f4f1e4}.sn-footer{background:#333;color:#ddd;padding:10px}"
                 "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}\n")


if __name__ == "__main__":
    main()
