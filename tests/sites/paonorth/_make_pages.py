"""Generate the HTML pages of the "paonorth" test site (องค์การบริหารส่วนจังหวัดดอยหลวง, invented).

Run:  python tests/sites/paonorth/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial administrative organisation on a web provider's template: a top bar, a banner, a menu,
a right-hand side column (the chief executive, hotline, quick links with both ITA years, a visitor
counter) and a footer on every page; pages are folder/index.html.  Documents are listed by
category under /download/<cat>/ (newest first), the monthly procurement summaries on
/procurement/, news under /news/ (two pages).  The ITA page /ita/2569/ is a table o1 … o26 in the
office's own short wording; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "องค์การบริหารส่วนจังหวัดดอยหลวง"
SHORT = "อบจ.ดอยหลวง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "ข้อบัญญัติงบประมาณรายจ่าย",
        "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ", "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง",
        "hr": "การบริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
HIDDEN = {"integrity-report-67", "old-risk-67", "gift-report-67"}  # only on last year's ITA page
MISSING_SIZE = "1.24 MB"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key)


def size(key: str) -> str:
    path = os.path.join(HERE, f(key).lstrip("/"))
    if not os.path.exists(path):
        return MISSING_SIZE
    return f"{os.path.getsize(path) / 1024:.1f} KB"


MENU = [("หน้าหลัก", "/"), ("ข้อมูลหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("สภา อบจ.", "/about/council/"), ("หน่วยงานในสังกัด", "/units/"),
        ("ข่าวประชาสัมพันธ์", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลดเอกสาร", "/download/"),
        ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"),
        ("ติดต่อเรา", "/contact/")]
QUICK = [("ITA 2569 (OIT)", "/ita/2569/"), ("ITA 2568", "/ita/2568/"), ("แจ้งเบาะแสการทุจริต", "/complaint/corruption/"),
         ("ระบบ e-GP กรมบัญชีกลาง", "http://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch"),
         ("ศูนย์ดำรงธรรม", "/complaint/"), ("กฎหมายที่เกี่ยวข้อง", "/law/"), ("แหล่งท่องเที่ยว", "/tourism/"),
         ("รับสมัครงาน", "/hr/recruit/"), ("แผนผังเว็บไซต์", "/sitemap/")]
PAGES: dict[str, str] = {}


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    quick = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in QUICK)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/pao.css"></head>
<body>
<div class="topbar">{ORG} ศาลากลาง อบจ. ถนนเวียงเหนือ อำเภอเมืองดอยหลวง จังหวัดดอยหลวง 58190 · โทร. 0 5361 2200</div>
<header class="banner"><img src="/assets/logo.png" alt="ตรา อบจ.ดอยหลวง" width="72" height="72">
<div><strong>{ORG}</strong><br><small>Doi Luang Provincial Administrative Organization</small></div></header>
<nav class="mainmenu"><ul>
{menu}
</ul></nav>
<div class="wrap">
<main>
<h1>{esc(title)}</h1>
{body}
</main>
<aside class="side">
<div class="box chief"><img src="/assets/chief.png" alt="นายก อบจ." width="120" height="150">
<p>นายกฤษดา วงศ์ดอยคำ<br>นายกองค์การบริหารส่วนจังหวัดดอยหลวง</p></div>
<div class="box"><h3>สายตรงนายก อบจ.</h3><p>โทร. 0 5361 2299</p></div>
<div class="box"><h3>ลิงก์ด่วน</h3><ul>
{quick}
</ul></div>
<div class="box"><h3>สถิติผู้เข้าชม</h3><p>วันนี้ 214 · ทั้งหมด 1,283,506</p></div>
</aside>
</div>
<footer>{ORG} · ศาลากลาง อบจ. ถนนเวียงเหนือ ตำบลเวียงเหนือ อำเภอเมืองดอยหลวง จังหวัดดอยหลวง 58190<br>
โทรศัพท์ 0 5361 2200 โทรสาร 0 5361 2201 · saraban@doiluangpao.go.th · สงวนลิขสิทธิ์ © 2569</footer>
</body></html>
"""


def page(path: str, title: str, body: str) -> None:
    PAGES[path] = layout(title, body)


def doc_link(key: str, text: str | None = None) -> str:
    return f'<a href="{f(key)}">{esc(text or ROWS[key][0])}</a>'


def rows_table(keys: list[str]) -> str:
    keys = sorted(keys, key=lambda k: ROWS[k][2], reverse=True)
    body = "\n".join(
        f"<tr><td>{doc_link(k)}</td><td>{be(ROWS[k][2])}</td><td>{ROWS[k][3].upper()} {size(k)}</td></tr>"
        for k in keys)
    return f'<table class="docs"><tr><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n{body}\n</table>'


# ---------------------------------------------------------------- news

NEWS = {  # id: (date (y, m, d), title, body html)
    1201: ((2026, 4, 2), "นายก อบจ.ดอยหลวง ตรวจรับงานซ่อมสร้างผิวจราจรสาย ดล.ถ.1-0041",
           "<p>วันที่ 2 เมษายน 2569 นายกฤษดา วงศ์ดอยคำ นายกองค์การบริหารส่วนจังหวัดดอยหลวง พร้อมคณะกรรมการตรวจรับพัสดุ "
           "ลงพื้นที่ตรวจงานซ่อมสร้างผิวจราจรแอสฟัลท์ติกคอนกรีต ระยะทาง 4.2 กิโลเมตร อำเภอแม่ปอน</p>"),
    1196: ((2026, 3, 18), "อบจ.ดอยหลวง ประชุมเตรียมความพร้อมป้องกันไฟป่าและหมอกควัน ปี 2569",
           "<p>อบจ.ดอยหลวง ร่วมกับ อปท. 61 แห่ง จัดประชุมแผนเผชิญเหตุไฟป่าและฝุ่นละออง PM 2.5 สนับสนุนรถบรรทุกน้ำ 8 คัน</p>"),
    1188: ((2026, 2, 13), "สรุปผลเวทีรับฟังความคิดเห็นประชาชน โครงการก่อสร้างถนนลาดยางสาย ดล.ถ.1-0027",
           "<p>เมื่อวันที่ 12 กุมภาพันธ์ 2569 กองช่าง อบจ.ดอยหลวง จัดเวทีรับฟังความคิดเห็นประชาชนต่อโครงการก่อสร้างถนนลาดยาง"
           "สาย ดล.ถ.1-0027 บ้านห้วยทราย - บ้านแม่ปอน ณ ศาลาอเนกประสงค์บ้านห้วยทราย มีผู้เข้าร่วม 184 คน "
           "ได้แก่ ผู้ใหญ่บ้าน ผู้นำชุมชน ประชาชนผู้ใช้เส้นทาง และผู้แทน อบต.ห้วยทราย</p>"
           "<p>ประชาชนเสนอให้ก่อสร้างรางระบายน้ำหน้าโรงเรียนบ้านห้วยทราย ติดตั้งป้ายเตือนทางโค้ง และทำงานนอกช่วงส่งผลผลิต"
           "ลำไย (ก.ค. - ส.ค.) อบจ.ฯ รับข้อเสนอไปปรับแบบก่อสร้าง 2 รายการ และจะแจ้งผลการปรับแบบผ่านผู้ใหญ่บ้าน</p>"
           '<p><img src="/assets/news-1188.png" alt="ภาพบรรยากาศเวทีรับฟังความคิดเห็น" width="320" height="180"></p>'),
    1185: ((2026, 2, 3), "ขอเชิญร่วมเวทีรับฟังความคิดเห็น โครงการก่อสร้างถนนลาดยางสาย ดล.ถ.1-0027",
           "<p>อบจ.ดอยหลวง ขอเชิญประชาชนตำบลห้วยทรายและตำบลแม่ปอน ร่วมเวทีรับฟังความคิดเห็น วันที่ 12 กุมภาพันธ์ 2569 "
           "เวลา 09.00 น. ณ ศาลาอเนกประสงค์บ้านห้วยทราย</p><p>เอกสารแนบ: " + doc_link("invite-hearing") + "</p>"),
    1179: ((2026, 1, 23), "โครงการอบรมคุณธรรมจริยธรรม ขับเคลื่อนประมวลจริยธรรม ประจำปีงบประมาณ 2569",
           "<p>วันที่ 22 - 23 มกราคม 2569 กองการเจ้าหน้าที่ จัดอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา อบจ. พนักงานส่วนจังหวัด "
           "และพนักงานจ้าง รวม 226 คน เรื่องประมวลจริยธรรมของพนักงานส่วนท้องถิ่น การขัดกันระหว่างประโยชน์ส่วนบุคคลและ"
           "ประโยชน์ส่วนรวม และกิจกรรม Do &amp; Don't ของแต่ละกอง</p>"),
    1172: ((2025, 12, 26), "อบจ.ดอยหลวง จัดงานเทศกาลดอกเสี้ยวบาน ชมวิถีชาติพันธุ์บนดอย",
           "<p>อบจ.ดอยหลวง ร่วมกับการท่องเที่ยวแห่งประเทศไทย จัดงานเทศกาลดอกเสี้ยวบาน 26 - 28 ธันวาคม 2568 ณ ดอยผาแดง</p>"),
    1166: ((2025, 12, 15), "เผยแพร่รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น",
           "<p>อบจ.ดอยหลวง เผยแพร่รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ตามที่คณะกรรมการติดตามฯ "
           "ได้เสนอต่อสภา อบจ. สมัยสามัญ สมัยที่ 4 เมื่อวันที่ 11 ธันวาคม 2568 เพื่อให้ประชาชนทราบ</p>"
           "<p>ดาวน์โหลด: " + doc_link("monitor-67", "รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น") + "</p>"),
    1158: ((2025, 12, 2), "ประชุมคณะทำงานขับเคลื่อนการประเมิน ITA ประจำปี 2569",
           "<p>ปลัด อบจ.ดอยหลวง เป็นประธานประชุมคณะทำงาน ITA มอบหมายผู้รับผิดชอบข้อมูล OIT ทั้ง 26 ข้อ</p>"),
    1150: ((2025, 11, 20), "อบจ.ดอยหลวง ผ่านการประเมิน ITA ปี 2568 ได้ 88.74 คะแนน ระดับ A",
           "<p>สำนักงาน ป.ป.ช. ประกาศผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปี 2568 "
           "อบจ.ดอยหลวง ได้คะแนน 88.74 ระดับ A ขอขอบคุณผู้บริหารและพนักงานทุกท่าน</p>"),
    1143: ((2025, 10, 6), "นายก อบจ.ดอยหลวง ประกาศเจตจำนงสุจริตในการบริหารงาน ปีงบประมาณ 2569",
           "<p>นายกฤษดา วงศ์ดอยคำ ประกาศเจตจำนงสุจริตต่อหน้าผู้บริหารและพนักงาน ณ ห้องประชุมสภา อบจ.</p>"
           "<p>" + doc_link("will-69") + "</p>"),
    1098: ((2025, 9, 12), "อบจ.ดอยหลวง มอบรถบรรทุกน้ำให้ อปท. 5 แห่ง",
           "<p>อบจ.ดอยหลวง มอบรถบรรทุกน้ำอเนกประสงค์ให้ อบต. 5 แห่ง เพื่อใช้ในภารกิจป้องกันภัยแล้งและไฟป่า</p>"),
    1071: ((2025, 2, 20), "เวทีประชาคมระดับอำเภอ เพื่อทบทวนแผนพัฒนาท้องถิ่น ปี 2568",
           "<p>อบจ.ดอยหลวง จัดเวทีประชาคมระดับอำเภอครบ 9 อำเภอ ระหว่าง 10 - 19 กุมภาพันธ์ 2568 ผู้เข้าร่วม 1,126 คน</p>"),
    1046: ((2024, 10, 8), "อบจ.ดอยหลวง งดรับของขวัญ (No Gift Policy)",
           "<p>อบจ.ดอยหลวง ขอความร่วมมืองดให้ของขวัญแก่ผู้บริหารและเจ้าหน้าที่ทุกเทศกาล</p>"),
}
NEWS_PAGE1 = [k for k, v in NEWS.items() if v[0] >= (2025, 10, 1)]
NEWS_PAGE2 = [k for k in NEWS if k not in NEWS_PAGE1]


def news_date(v) -> str:
    y, m, d = v[0]
    return f"{d} {MONTHS[m - 1]} {y + 543}"


def news_list(ids: list[int]) -> str:
    return '<ul class="news">' + "\n".join(
        f'<li><a href="/news/{i}/">{esc(NEWS[i][1])}</a> <span class="date">{news_date(NEWS[i])}</span></li>'
        for i in sorted(ids, reverse=True)) + "</ul>"


# ---------------------------------------------------------------- the ITA pages

def ita_row(code: str, text: str, links: list[tuple[str, str]]) -> str:
    cell = "<br>".join(f'<a href="{u}">{esc(t)}</a>' for t, u in links) if links else "อยู่ระหว่างรวบรวมข้อมูล"
    return f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cell}</td></tr>"


ITA_2569 = [
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("คณะผู้บริหาร อบจ.", "/about/executives/")]),
    ("o3", "ช่องทางติดต่อ และถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("กระดานถาม-ตอบ", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "/download/plan/")]),
    ("o6", "แผนการดำเนินงานและข้อบัญญัติงบประมาณ", [("แผนการดำเนินงาน ปี 2569", f("opplan-69")),
                                                ("ข้อบัญญัติงบประมาณ ปี 2569", f("budget-69"))]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการติดตามและประเมินผลแผนพัฒนาฯ", f("monitor-67"))]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน กองช่าง", f("manual-road"))]),
    ("o9", "คู่มือสำหรับประชาชน", [("คู่มือสำหรับประชาชน", f("citizen-hotel"))]),
    ("o10", "E-Service", [("ระบบ E-Service", "/eservice/"), ("สถิติการให้บริการ", f("service-69"))]),
    ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1 รายเดือน", "/procurement/")]),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("แผน/รายงานการจัดซื้อจัดจ้าง ปี 2569", f("proc-plan-69"))]),
    ("o13", "หลักเกณฑ์และแผนบริหารทรัพยากรบุคคล", [("เอกสารงานบุคคล", "/download/hr/")]),
    ("o14", "รายงานผลการบริหารทรัพยากรบุคคล", [("รายงานผล HR ปี 2568", f("hr-report-68"))]),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", f("ethics")), ("กิจกรรมขับเคลื่อนจริยธรรม", "/news/1179/")]),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", [("คู่มือเรื่องร้องเรียน", f("complaint-manual"))]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเบาะแสการทุจริต", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติเรื่องร้องเรียน", f("complaint-6m"))]),
    ("o19", "การมีส่วนร่วม", [("เวทีรับฟังความคิดเห็น", "/news/1188/")]),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", f("no-gift-67"))]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยงการทุจริต ปี 2569", f("risk-68"))]),
    ("o22", "รายงานผลการจัดการความเสี่ยงการทุจริต", [("รายงานผล ปี 2568", f("risk-report-68"))]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต ปี 2569", f("anti-plan-69"))]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงานผล ปี 2568", f("anti-report-68"))]),
    ("o25", "การนำผล ITA ไปพัฒนา", [("วิเคราะห์ผล ITA 2568 / มาตรการ ปี 2569", f("ita-analysis-69"))]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", []),
]

ITA_2568 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่นสี่ปี", f("plan-61-65"))]),
    ("o6", "แผนการดำเนินงาน", [("แผนการดำเนินงาน ปี 2568", f("opplan-68"))]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานปี 2567", f("proc-year-67"))]),
    ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", f("no-gift-67")), ("รายงานการรับของขวัญ", f("gift-report-67"))]),
    ("o28", "การประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง ปี 2567", f("old-risk-67"))]),
    ("o36", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("รายงานผล ปี 2567", f("integrity-report-67"))]),
]


def ita_table(rows) -> str:
    body = "\n".join(ita_row(*r) for r in rows)
    return f'<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์ข้อมูล</th></tr>\n{body}\n</table>'


# ---------------------------------------------------------------- all pages


def build() -> None:
    page("/", "หน้าหลัก",
         '<div class="slide"><img src="/assets/slide.png" alt="ดอยหลวงเมืองน่าอยู่" width="600" height="200"></div>'
         "<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2>" + news_list(NEWS_PAGE1[:6]) +
         '<p><a href="/news/">ข่าวทั้งหมด</a></p><h2>ประกาศจัดซื้อจัดจ้าง</h2><ul>'
         f'<li>{doc_link("print-plan")}</li><li>{doc_link("proc-plan-69")}</li></ul>'
         '<p><a href="/ita/2569/">การประเมินคุณธรรมและความโปร่งใส (ITA) ปี 2569</a></p>')
    page("/about/history/", "ประวัติความเป็นมา",
         "<p>องค์การบริหารส่วนจังหวัดดอยหลวง จัดตั้งตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 "
         "ครอบคลุมพื้นที่ 9 อำเภอ 61 ตำบล ประชากร 412,506 คน</p><p>วิสัยทัศน์ ดอยหลวงเมืองน่าอยู่ เกษตรปลอดภัย "
         "ท่องเที่ยววิถีล้านนา ชุมชนเข้มแข็ง</p>")
    page("/about/structure/", "โครงสร้างองค์กร",
         '<p><img src="/assets/org-chart.png" alt="แผนผังโครงสร้าง อบจ.ดอยหลวง" width="480" height="240"></p>'
         "<h2>ฝ่ายการเมือง</h2><ul><li>นายกองค์การบริหารส่วนจังหวัด<ul><li>รองนายก อบจ. 3 คน</li>"
         "<li>เลขานุการนายก อบจ. 2 คน</li><li>ที่ปรึกษานายก อบจ. 3 คน</li></ul></li>"
         "<li>สภาองค์การบริหารส่วนจังหวัด: ประธานสภา รองประธานสภา 2 คน สมาชิกสภา อบจ. 30 คน</li></ul>"
         "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดองค์การบริหารส่วนจังหวัด<ul><li>รองปลัด อบจ. 2 คน</li>"
         "<li>สำนักปลัดองค์การบริหารส่วนจังหวัด</li><li>สำนักงานเลขานุการองค์การบริหารส่วนจังหวัด</li><li>กองคลัง</li>"
         "<li>กองช่าง</li><li>กองยุทธศาสตร์และงบประมาณ</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>กองสาธารณสุข</li>"
         "<li>กองพัสดุและทรัพย์สิน</li><li>กองการเจ้าหน้าที่</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>")
    page("/about/authority/", "อำนาจหน้าที่",
         "<p>ตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 มาตรา 45 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ "
         "พ.ศ. 2542 มาตรา 17 สรุปอำนาจหน้าที่ที่สำคัญได้ดังนี้</p><ol>"
         "<li>ตราข้อบัญญัติโดยไม่ขัดหรือแย้งต่อกฎหมาย</li><li>จัดทำแผนพัฒนาองค์การบริหารส่วนจังหวัดและประสานแผนพัฒนาจังหวัด</li>"
         "<li>สนับสนุนและประสานการพัฒนาของราชการส่วนท้องถิ่นอื่น</li><li>ก่อสร้างและบำรุงรักษาทางบกที่เชื่อมต่อระหว่าง อปท.</li>"
         "<li>จัดการศึกษาและส่งเสริมศาสนา ศิลปะ จารีตประเพณี และวัฒนธรรม</li>"
         "<li>จัดบริการสาธารณสุข รวมทั้ง รพ.สต. ที่ถ่ายโอน</li><li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li>"
         "<li>ป้องกันและบรรเทาสาธารณภัย</li><li>ส่งเสริมการท่องเที่ยว</li></ol>")
    page("/about/executives/", "คณะผู้บริหาร อบจ.ดอยหลวง",
         '<table class="people">' + "".join(
             f'<tr><td><img src="/assets/p{i}.png" alt="{esc(n)}" width="90" height="110"></td>'
             f"<td>{esc(n)}<br>{esc(p)}<br>โทร. {t}</td></tr>"
             for i, (n, p, t) in enumerate([
                 ("นายกฤษดา วงศ์ดอยคำ", "นายกองค์การบริหารส่วนจังหวัดดอยหลวง", "08 1960 2241"),
                 ("นายสุรเชษฐ์ ปัญญาเหนือ", "รองนายกองค์การบริหารส่วนจังหวัด", "08 1960 2242"),
                 ("นางวรรณา อินทะจักร", "รองนายกองค์การบริหารส่วนจังหวัด", "08 1960 2243"),
                 ("นายชาญวิทย์ ดวงแก้วหลวง", "รองนายกองค์การบริหารส่วนจังหวัด", "08 1960 2244"),
                 ("นางสาวพิมพ์ลดา ศรีเวียงแก้ว", "ปลัดองค์การบริหารส่วนจังหวัด", "0 5361 2210"),
             ], 1)) + "</table>")
    page("/about/council/", "สภาองค์การบริหารส่วนจังหวัด",
         "<p>ประธานสภา อบจ. นายบุญทวี คำแสนหลวง · รองประธานสภาคนที่หนึ่ง นางจันทร์เพ็ญ ใจบุญมา · "
         "รองประธานสภาคนที่สอง นายเสกสรร ทองดอย</p><p>สมาชิกสภา อบจ. 30 คน จาก 9 อำเภอ</p>")
    page("/units/", "หน่วยงานในสังกัด",
         "<ul><li>โรงพยาบาลส่งเสริมสุขภาพตำบลที่ถ่ายโอน 38 แห่ง เช่น "
         '<a href="/units/huaisai/">รพ.สต.บ้านห้วยทราย</a></li><li>โรงเรียนในสังกัด อบจ. 12 แห่ง</li>'
         "<li>สนามกีฬากลางจังหวัดดอยหลวง</li></ul>")
    page("/units/huaisai/", "รพ.สต.บ้านห้วยทราย",
         "<p>โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านห้วยทราย ถ่ายโอนมาสังกัด อบจ.ดอยหลวง เมื่อ 1 ตุลาคม 2565 "
         "โทร. 0 5369 1184</p><p>" + doc_link("hospital-report-68") + "</p>")
    page("/contact/", "ติดต่อเรา",
         "<p>องค์การบริหารส่วนจังหวัดดอยหลวง ศาลากลาง อบจ. ถนนเวียงเหนือ ตำบลเวียงเหนือ อำเภอเมืองดอยหลวง "
         "จังหวัดดอยหลวง 58190</p><p>โทรศัพท์ 0 5361 2200 · โทรสาร 0 5361 2201 · อีเมล saraban@doiluangpao.go.th</p>"
         "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
         '<p><a href="https://maps.google.com/?q=18.9012,99.8123">แผนที่ Google Maps</a> · '
         '<a href="https://www.facebook.com/doiluangpao.example">Facebook อบจ.ดอยหลวง</a></p>'
         '<p>มีข้อสงสัย สอบถามได้ที่ <a href="/qa/">กระดานถาม-ตอบ</a></p>')
    page("/qa/", "กระดานถาม-ตอบ (Q&A)",
         '<ul><li><a href="/qa/91/">ค่าธรรมเนียมโรงแรมต้องยื่นทุกเดือนหรือไม่</a> (ตอบแล้ว, 12 มี.ค. 2569)</li>'
         '<li><a href="/qa/88/">ขอใช้รถน้ำช่วยภัยแล้งต้องทำอย่างไร</a> (ตอบแล้ว, 20 ก.พ. 2569)</li></ul>'
         '<form action="/qa/" method="post"><label>ชื่อ <input name="name"></label>'
         '<label>คำถาม <textarea name="question"></textarea></label><button type="submit">ส่งคำถาม</button></form>')
    page("/qa/91/", "ค่าธรรมเนียมโรงแรมต้องยื่นทุกเดือนหรือไม่",
         "<p>ถาม: ผู้ประกอบการโฮมสเตย์ต้องยื่นแบบทุกเดือนหรือไม่</p><p>ตอบ (กองคลัง 13 มี.ค. 2569): ยื่นภายในวันที่ 15 "
         "ของเดือนถัดไปทุกเดือน ยื่นผ่าน E-Service ได้</p>")
    page("/qa/88/", "ขอใช้รถน้ำช่วยภัยแล้งต้องทำอย่างไร",
         "<p>ถาม: หมู่บ้านขาดน้ำ ขอรถน้ำได้อย่างไร</p><p>ตอบ (สำนักปลัดฯ 21 ก.พ. 2569): ให้ อปท. ในพื้นที่ทำหนังสือถึง "
         "อบจ. หรือยื่นคำร้องผ่าน E-Service</p>")
    page("/eservice/", "E-Service ระบบบริการออนไลน์",
         '<p>ยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 2 วันทำการ</p><ul>'
         '<li><a href="/eservice/request/">แบบคำร้องออนไลน์ (ขอใช้รถน้ำ/รถกู้ภัย, แจ้งซ่อมถนน อบจ., ยื่นแบบค่าธรรมเนียมโรงแรม, '
         "ขอใช้สนามกีฬา)</a></li></ul><p>" + doc_link("service-69") + "</p>")
    page("/eservice/request/", "แบบคำร้องออนไลน์",
         '<form action="https://docs.google.com/forms/d/e/1FAIpQLSdoiluangpao/formResponse" method="post">'
         '<label>ประเภทคำร้อง <select name="type"><option>ขอใช้รถน้ำ/รถกู้ภัย</option><option>แจ้งซ่อมถนน อบจ.</option>'
         "<option>ยื่นแบบค่าธรรมเนียมโรงแรม</option><option>ขอใช้สนามกีฬากลาง</option></select></label>"
         '<label>ชื่อ-สกุล <input name="name"></label><label>เบอร์โทร <input name="tel"></label>'
         '<label>รายละเอียด <textarea name="detail"></textarea></label><label>แนบไฟล์ <input type="file" name="file"></label>'
         '<button type="submit">ส่งคำร้อง</button></form>')
    page("/complaint/", "ศูนย์รับเรื่องร้องเรียน ร้องทุกข์",
         "<p>ร้องเรียนได้ที่ ศูนย์ดำรงธรรม อบจ.ดอยหลวง สำนักปลัดฯ โทร. 0 5361 2299 หรือทางเว็บไซต์</p>"
         '<ul><li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>'
         f'<li>{doc_link("complaint-manual")}</li><li>{doc_link("complaint-6m")}</li></ul>')
    page("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         "<p>ผู้ร้องไม่ต้องระบุชื่อได้ ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับ</p>"
         '<form action="/complaint/corruption/" method="post"><label>ชื่อ (ไม่บังคับ) <input name="name"></label>'
         '<label>ผู้ถูกร้องเรียน/หน่วยงาน <input name="who"></label><label>รายละเอียด <textarea name="detail"></textarea></label>'
         '<label>หลักฐาน <input type="file" name="evidence"></label><button type="submit">ส่งเรื่อง</button></form>'
         "<p>หรือโทรสายตรงนายก อบจ. 0 5361 2299</p>")
    proc_keys = [k for k in ROWS if k.startswith("proc-20")]
    page("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
         rows_table(proc_keys) + "<h2>ประกาศอื่น</h2><ul>"
         f'<li>{doc_link("proc-plan-69")}</li><li>{doc_link("proc-year-67")}</li>'
         '<li><a href="/procurement/announce/">ประกาศจัดซื้อจัดจ้าง</a></li></ul>')
    page("/procurement/announce/", "ประกาศจัดซื้อจัดจ้าง",
         "<ul>" + f'<li>{doc_link("print-plan")} ({be(ROWS["print-plan"][2])})</li>'
         '<li><a href="http://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch">ค้นหาประกาศในระบบ e-GP</a></li>'
         "</ul>")
    listed = [k for k in ROWS if k not in HIDDEN]
    page("/download/", "ดาวน์โหลดเอกสาร",
         "<ul>" + "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items()) + "</ul>"
         "<h2>เอกสารล่าสุด</h2>" + rows_table(sorted(listed, key=lambda k: ROWS[k][2])[-8:]))
    for cat, title in CATS.items():
        page(f"/download/{cat}/", title, rows_table([k for k in listed if ROWS[k][1] == cat]))
    page("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
         '<ul><li><a href="/ita/2569/">ITA ปี 2569</a></li><li><a href="/ita/2568/">ITA ปี 2568</a></li></ul>')
    page("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569", ita_table(ITA_2569))
    page("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568",
         "<p>(ข้อมูลปีที่ผ่านมา)</p>" + ita_table(ITA_2568))
    page("/news/", "ข่าวประชาสัมพันธ์", news_list(NEWS_PAGE1) + '<p><a href="/news/page/2/">หน้าถัดไป »</a></p>')
    page("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", news_list(NEWS_PAGE2) + '<p><a href="/news/">« หน้าแรก</a></p>')
    for i, v in NEWS.items():
        page(f"/news/{i}/", v[1], f'<p class="date">โพสต์เมื่อ {news_date(v)}</p>{v[2]}')
    page("/hr/recruit/", "ประกาศรับสมัครงาน",
         "<p>ประกาศรับสมัครบุคคลเพื่อสรรหาเป็นพนักงานจ้าง ตำแหน่งพนักงานขับรถยนต์ 2 อัตรา (10 - 20 มี.ค. 2569)</p>")
    page("/law/", "กฎหมายที่เกี่ยวข้อง",
         "<ul><li>พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540</li><li>พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ "
         "พ.ศ. 2542</li><li>พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560</li></ul>")
    page("/tourism/", "แหล่งท่องเที่ยว",
         "<ul><li>ดอยผาแดง ทุ่งดอกเสี้ยว</li><li>น้ำตกแม่ปอน</li><li>วัดพระธาตุดอยหลวง</li></ul>")
    page("/sitemap/", "แผนผังเว็บไซต์",
         "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")


CSS = """body{font-family:Tahoma,sans-serif;margin:0;background:#f4f1ea;color:#222}
.topbar{background:#5a2d0c;color:#fff;font-size:12px;padding:4px 12px}
.banner{display:flex;gap:12px;align-items:center;background:#8b4513;color:#fff;padding:10px 16px}
.mainmenu ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;background:#d9a441}
.mainmenu li a{display:block;padding:8px 10px;color:#222;text-decoration:none}
.wrap{display:flex;gap:16px;padding:16px}main{flex:3;background:#fff;padding:16px}aside{flex:1}
.box{background:#fff;margin-bottom:12px;padding:8px}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:4px}footer{background:#5a2d0c;color:#fff;padding:12px;font-size:12px}
"""


def png(w: int, h: int, shade: int) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (w, h), shade).save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def main() -> None:
    build()
    for path, text in PAGES.items():
        out = os.path.join(HERE, path.lstrip("/"), "index.html")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(text)
    assets = os.path.join(HERE, "assets")
    os.makedirs(assets, exist_ok=True)
    with open(os.path.join(assets, "pao.css"), "w", encoding="utf-8") as fh:
        fh.write(CSS)
    images = {"logo.png": (72, 72, 120), "chief.png": (120, 150, 170), "slide.png": (300, 100, 200),
              "org-chart.png": (240, 120, 230), "news-1188.png": (160, 90, 150),
              **{f"p{i}.png": (45, 55, 160 + i * 10) for i in range(1, 6)}}
    for fname, (w, h, shade) in images.items():
        with open(os.path.join(assets, fname), "wb") as fh:
            fh.write(png(w, h, shade))


if __name__ == "__main__":
    main()
