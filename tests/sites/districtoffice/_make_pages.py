"""Generate the HTML pages of the "districtoffice" test site (ที่ว่าการอำเภอห้วยไผ่งาม, invented).

Run:  python tests/sites/districtoffice/_make_pages.py   (after _make_docs.py: file sizes are read
from the files it wrote)

A district office on the province's shared template: a top bar, a menu, a left column (the district
chief, hotline 1567, quick links, visitor counter) and a footer on every page; pages are
folder/index.html.  Documents are listed by category (/download/<cat>/), the monthly procurement
summaries on /procurement/, news under /news/ (two pages).  The ITA page /ita/2569/ is a table of
o1 … o26 in the office's own short wording whose links go to files, pages, a category list or last
year's ITA page; /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "ที่ว่าการอำเภอห้วยไผ่งาม"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนงาน / แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / ทั่วไป"}
HIDDEN = {"ita-analysis-67"}  # linked only from last year's ITA page
MISSING_SIZE = {"ita-order": "388.2 KB", "proc-old-missing": "201.4 KB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(THAI)


def f(key: str) -> str:
    return name(key)


def a(url: str, text: str) -> str:
    return f'<a href="{url}">{esc(text)}</a>'


MENU = [("หน้าหลัก", "/"), ("ข้อมูลอำเภอ", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ทำเนียบผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("เอกสารดาวน์โหลด", "/download/"), ("บริการประชาชน", "/service/"), ("E-Service", "/eservice/"),
        ("ศูนย์ดำรงธรรมอำเภอ", "/complaint/"), ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} | {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">ศูนย์ดำรงธรรมอำเภอห้วยไผ่งาม สายด่วน ๑๕๖๗ · โทร. ๐ ๔๔๘๙ ๖๑๒๐ · วันเวลาราชการ ๐๘.๓๐ - ๑๖.๓๐ น.</div>
<div id="banner"><img src="/assets/logo.png" alt="ตรากรมการปกครอง" width="64" height="64">
<b>{ORG}</b> จังหวัดชัยภูมิ<br><small>Huai Phai Ngam District Office · กรมการปกครอง กระทรวงมหาดไทย</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/person.png" alt="นายอำเภอ" width="80" height="100"><br><b>นายอำเภอห้วยไผ่งาม</b><br>
นายธนากร ศรีวงศ์ไพศาล</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/service/">คู่มือสำหรับประชาชน</a><br>
<a href="/eservice/queue/">จองคิวทำบัตรออนไลน์</a><br><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a><br>
<a href="/ita/2569/">ITA ประจำปี ๒๕๖๙</a><br><a href="/ita/2568/">ITA ประจำปี ๒๕๖๘</a><br>
<a href="https://www.dopa.go.th/">กรมการปกครอง</a><br><a href="https://www.damrongdhama.moi.go.th/">ศูนย์ดำรงธรรม กระทรวงมหาดไทย</a></div>
<div class="box">ผู้เข้าชม ๑๔๘,๒๐๗ ครั้ง</div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} ถนนไผ่งาม-ภูแลนคา ตำบลไผ่งาม อำเภอห้วยไผ่งาม จังหวัดชัยภูมิ ๓๖๒๙๑<br>
โทรศัพท์ ๐ ๔๔๘๙ ๖๑๒๐ โทรสาร ๐ ๔๔๘๙ ๖๑๒๑ อีเมล huaiphaingam.amphoe@dopa-mail.example ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
สงวนลิขสิทธิ์ © ๒๕๖๕ {ORG}</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    out = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size(key: str) -> str:
    if key in MISSING_SIZE:
        return MISSING_SIZE[key]
    p = os.path.join(HERE, f(key).lstrip("/"))
    return f"{os.path.getsize(p) / 1024:.1f} KB"


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k, r in ROWS.items() if k not in HIDDEN and (cat is None or r[1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


def table(keys: list[str]) -> str:
    rows = "".join(
        f'<tr><td><img src="/assets/{ROWS[k][3]}.gif" alt=""> {a(f(k), ROWS[k][0])}</td>'
        f"<td>{be(ROWS[k][2])}</td><td>{size(k)}</td></tr>" for k in keys)
    return f'<table class="list"><tr><th>ชื่อเอกสาร</th><th>วันที่</th><th>ขนาด</th></tr>{rows}</table>'


# ---------------------------------------------------------------- news

NEWS = {  # id: (date, title, body, photos, fy page)
    521: ((2026, 4, 8), "อำเภอเคลื่อนที่บำบัดทุกข์บำรุงสุข ณ ตำบลนาโพธิ์ทอง",
          "นายธนากร ศรีวงศ์ไพศาล นายอำเภอห้วยไผ่งาม นำหัวหน้าส่วนราชการออกให้บริการประชาชน ณ โรงเรียนบ้านนาโพธิ์ทอง "
          "มีผู้มารับบริการทำบัตรประจำตัวประชาชน ตรวจสุขภาพ และปรึกษากฎหมาย รวม 412 คน", 1),
    518: ((2026, 3, 27), "ศูนย์ดำรงธรรมอำเภอไกล่เกลี่ยข้อพิพาทที่ดินทำกินสำเร็จ",
          "คณะกรรมการไกล่เกลี่ยข้อพิพาทอำเภอห้วยไผ่งาม ไกล่เกลี่ยข้อพิพาทแนวเขตที่ดินระหว่างราษฎรบ้านโนนสะอาด "
          "หมู่ที่ 6 ตำบลไผ่งาม คู่กรณีตกลงกันได้และลงนามในบันทึกข้อตกลง", 1),
    514: ((2026, 2, 11), "เวทีรับฟังความคิดเห็นประชาชนต่อการจัดทำแผนพัฒนาอำเภอห้วยไผ่งาม",
          "วันที่ 11 กุมภาพันธ์ 2569 ที่ว่าการอำเภอห้วยไผ่งามจัดเวทีรับฟังความคิดเห็นประชาชน ณ หอประชุมอำเภอ "
          "มีกำนัน ผู้ใหญ่บ้าน ผู้แทนภาคประชาชนทั้ง 7 ตำบล กลุ่มเกษตรกร และผู้แทนภาคเอกชน เข้าร่วม 186 คน "
          "ที่ประชุมเสนอปัญหาและความต้องการ 42 เรื่อง เช่น แหล่งน้ำเพื่อการเกษตร ถนนเชื่อมหมู่บ้าน และการขยายเวลาบริการงานทะเบียน "
          "อำเภอได้นำข้อเสนอเข้าสู่การประชุมคณะกรรมการบริหารงานอำเภอเมื่อวันที่ 26 กุมภาพันธ์ 2569 "
          "และเปิดให้บริการงานทะเบียนวันเสาร์ตั้งแต่เดือนมีนาคม 2569 ตามข้อเสนอของประชาชน", 3),
    512: ((2026, 1, 30), "ขอเชิญร่วมเวทีรับฟังความคิดเห็นต่อการจัดทำแผนพัฒนาอำเภอ",
          "ที่ว่าการอำเภอห้วยไผ่งามขอเชิญประชาชนร่วมเวทีรับฟังความคิดเห็น ในวันที่ 11 กุมภาพันธ์ 2569 เวลา 09.00 น. "
          f"ณ หอประชุมอำเภอ {a(f('invite-forum'), 'หนังสือเชิญประชุม')}", 0),
    509: ((2026, 1, 22), "อบรมส่งเสริมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2569",
          "ที่ว่าการอำเภอห้วยไผ่งามจัดอบรมการขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือนและ Do's & Don'ts ของหน่วยงาน "
          "ให้แก่ข้าราชการ พนักงานราชการ และลูกจ้าง จำนวน 28 คน ณ ห้องประชุมอำเภอ โดยมีปลัดอำเภอหัวหน้าสำนักงานอำเภอเป็นวิทยากร", 2),
    505: ((2025, 12, 5), "พิธีเฉลิมพระเกียรติเนื่องในวันพ่อแห่งชาติ 5 ธันวาคม 2568",
          "อำเภอห้วยไผ่งามร่วมกับส่วนราชการ องค์กรปกครองส่วนท้องถิ่น และประชาชน จัดพิธีถวายพระพร ณ หอประชุมอำเภอ", 1),
    502: ((2025, 11, 14), "เปิดให้บริการจองคิวทำบัตรประจำตัวประชาชนออนไลน์",
          "ประชาชนสามารถจองคิวล่วงหน้าได้ที่เมนู E-Service ของเว็บไซต์ ลดเวลารอคอย ณ ที่ว่าการอำเภอ", 0),
    498: ((2025, 10, 10), "นายอำเภอห้วยไผ่งามคนใหม่รายงานตัวรับตำแหน่ง",
          "นายธนากร ศรีวงศ์ไพศาล เดินทางรับตำแหน่งนายอำเภอห้วยไผ่งาม แทนนายประเสริฐ วงศ์จันทร์ดี ซึ่งเกษียณอายุราชการ", 1),
    471: ((2025, 2, 12), "ประชุมประชาคมหมู่บ้าน ประจำปี 2568",
          "อำเภอห้วยไผ่งามร่วมกับกำนันผู้ใหญ่บ้านจัดประชุมประชาคมหมู่บ้านครบ 94 หมู่บ้าน ระหว่างวันที่ 3 - 12 กุมภาพันธ์ 2568", 1),
    466: ((2024, 10, 8), "นายอำเภอห้วยไผ่งามประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2568",
          "นายประเสริฐ วงศ์จันทร์ดี นายอำเภอห้วยไผ่งาม ประกาศเจตจำนงสุจริตต่อหน้าข้าราชการและหัวหน้าส่วนราชการ", 1),
    460: ((2024, 8, 15), "อำเภอห้วยไผ่งามมอบถุงยังชีพผู้ประสบอุทกภัย",
          "มอบถุงยังชีพ 350 ชุดแก่ผู้ประสบอุทกภัยตำบลหนองแวงใหญ่", 1),
    455: ((2024, 7, 28), "พิธีเฉลิมพระชนมพรรษา 28 กรกฎาคม 2567",
          "ส่วนราชการและประชาชนร่วมพิธีถวายพระพรชัยมงคล ณ หอประชุมอำเภอห้วยไผ่งาม", 1),
}
PAGE1 = [521, 518, 514, 512, 509, 505, 502, 498]
PAGE2 = [471, 466, 460, 455]


def news_pages() -> None:
    def listing(ids: list[int]) -> str:
        return "<ul class=\"news\">" + "".join(
            f'<li>{a(f"/news/{i}/", NEWS[i][1])} <small>({be(_dt(NEWS[i][0]))})</small></li>' for i in ids) + "</ul>"

    write("/news/", "ข่าวประชาสัมพันธ์", listing(PAGE1) + '<p>หน้า 1 · <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", listing(PAGE2) + '<p><a href="/news/">1</a> · หน้า 2</p>')
    for i, (dt, title, body, photos) in NEWS.items():
        imgs = "".join('<img src="/assets/photo.png" alt="ภาพกิจกรรม" width="160" height="120"> ' for _ in range(photos))
        write(f"/news/{i}/", title, f"<p><small>วันที่ {be(_dt(dt))} · งานประชาสัมพันธ์อำเภอ</small></p><p>{body}</p>{imgs}"
              '<p><a href="/news/">« ข่าวทั้งหมด</a></p>')


def _dt(t):
    from datetime import datetime
    return datetime(*t)


# ---------------------------------------------------------------- ITA tables

def F(key: str, text: str) -> tuple[str, str]:
    return text, f(key)


ITA_2569 = [
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("ทำเนียบผู้บริหาร", "/about/executives/")]),
    ("o3", "ข้อมูลการติดต่อ / ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("กระดานถาม-ตอบ", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนพัฒนาอำเภอ", [F("devplan-65-68", "แผนพัฒนาอำเภอห้วยไผ่งาม")]),
    ("o6", "แผนปฏิบัติราชการและแผนการใช้จ่ายงบประมาณ ปี 2569",
     [F("opplan-69", "แผนปฏิบัติราชการ ปี 2569"), F("spend-69", "แผนการใช้จ่ายงบประมาณ ปี 2569")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือการปฏิบัติงาน", [F("work-manual", "คู่มือการปฏิบัติงาน งานทะเบียนราษฎร")]),
    ("o9", "คู่มือสำหรับประชาชน", [("คู่มือสำหรับประชาชน", "/service/")]),
    ("o10", "E-Service", [("ระบบจองคิวออนไลน์", "/eservice/")]),
    ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", [("สขร.1", "/procurement/")]),
    ("o12", "รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี", [F("proc-year", "รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568")]),
    ("o13", "หลักเกณฑ์และแผนการบริหารทรัพยากรบุคคล", [("การบริหารงานบุคคล", "/download/hr/")]),
    ("o14", "รายงานผลการบริหารทรัพยากรบุคคล", [F("hr-report-67", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล")]),
    ("o15", "ประมวลจริยธรรม", [F("ethics", "ประมวลจริยธรรม"), ("กิจกรรมขับเคลื่อนจริยธรรม", "/news/509/")]),
    ("o16", "คู่มือเรื่องร้องเรียนการทุจริต", [F("complaint-manual", "คู่มือการจัดการเรื่องร้องเรียน")]),
    ("o17", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียนการทุจริต", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [F("complaint-68", "ข้อมูลสถิติเรื่องร้องเรียน")]),
    ("o19", "การมีส่วนร่วม", [("เวทีรับฟังความคิดเห็น", "/news/514/")]),
    ("o20", "No Gift Policy", [F("no-gift-67", "ประกาศ No Gift Policy"), F("dopa-letter", "แนวทาง No Gift Policy ปี 2569")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", [F("risk-69", "การประเมินความเสี่ยงการทุจริต ปี 2569")]),
    ("o22", "การบริหารจัดการความเสี่ยงการทุจริต", [F("risk-order", "คณะทำงานบริหารความเสี่ยงการทุจริต")]),
    ("o23", "แผนป้องกันการทุจริต", [F("anti-plan-68", "แผนปฏิบัติการป้องกันการทุจริต")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [F("anti-report-68", "รายงานผลการดำเนินการป้องกันการทุจริต")]),
    ("o25", "การนำผล ITA ไปพัฒนาองค์กร", [("ผลการวิเคราะห์ ITA", "/ita/2568/")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [F("integrity-report-68", "รายงานผลมาตรการส่งเสริมคุณธรรม")]),
]
ITA_2568 = [
    ("o5", "แผนพัฒนาอำเภอ", [F("devplan-65-68", "แผนพัฒนาอำเภอ 2565-2568")]),
    ("o10", "สรุปผลการจัดซื้อจัดจ้าง", [F("proc-old-missing", "สขร.1 ส.ค. 68"), F("proc-2025-09", "สขร.1 ก.ย. 68")]),
    ("o15", "ประมวลจริยธรรม", [F("ethics", "ประมวลจริยธรรม")]),
    ("o21", "No Gift Policy", [F("no-gift-67", "ประกาศ No Gift Policy")]),
    ("o27", "แผนปฏิบัติการป้องกันการทุจริต", [F("anti-plan-68", "แผนปฏิบัติการป้องกันการทุจริต ปี 2568")]),
    ("o32", "การวิเคราะห์ผล ITA และมาตรการส่งเสริมคุณธรรม",
     [F("ita-analysis-67", "ผลการวิเคราะห์ ITA 2567 / มาตรการส่งเสริมคุณธรรม ปี 2568")]),
]


def ita_table(rows) -> str:
    body = "".join(f"<tr><td>{c}</td><td>{esc(h)}</td><td>{'<br>'.join(a(u, t) for t, u in links)}</td></tr>"
                   for c, h, links in rows)
    return f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{body}</table>'


# ---------------------------------------------------------------- pages

UNITS = {"admin": ("ฝ่ายบริหารงานปกครอง", "งานสารบรรณ งานการเงินและบัญชี งานพัสดุ งานบุคคล และงานธุรการของอำเภอ"),
         "registration": ("ฝ่ายทะเบียนและบัตร", "งานทะเบียนราษฎร บัตรประจำตัวประชาชน ทะเบียนครอบครัว ทะเบียนอาวุธปืน"),
         "security": ("ฝ่ายความมั่นคง", "งานกิจการอาสารักษาดินแดน (อส.) งาน อปพร. การป้องกันและแก้ไขปัญหายาเสพติด"),
         "localgov": ("ฝ่ายปกครองท้องที่", "งานกำนันผู้ใหญ่บ้าน งานคณะกรรมการหมู่บ้าน การเลือกผู้ใหญ่บ้าน"),
         "justice": ("งานอำนวยความเป็นธรรม (ศูนย์ดำรงธรรมอำเภอ)", "รับเรื่องร้องเรียนร้องทุกข์ ไกล่เกลี่ยข้อพิพาท")}


def static_pages() -> None:
    latest = "".join(f'<li>{a(f"/news/{i}/", NEWS[i][1])}</li>' for i in PAGE1[:5])
    write("/", "หน้าหลัก",
          '<div class="slide"><img src="/assets/photo.png" alt="ภาพกิจกรรม" width="600" height="200"></div>'
          f'<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2><ul>{latest}</ul><p><a href="/news/">ดูข่าวทั้งหมด</a></p>'
          '<h2>บริการประชาชน</h2><p><a href="/eservice/queue/">จองคิวทำบัตรประจำตัวประชาชน</a> · '
          '<a href="/service/">คู่มือสำหรับประชาชน</a> · <a href="/complaint/">ร้องเรียนร้องทุกข์</a></p>'
          '<h2>ITA</h2><p><a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙</a></p>')
    write("/about/history/", "ข้อมูลทั่วไปอำเภอห้วยไผ่งาม",
          "<p>อำเภอห้วยไผ่งามตั้งขึ้นเป็นกิ่งอำเภอเมื่อ พ.ศ. 2520 และยกฐานะเป็นอำเภอเมื่อ พ.ศ. 2529 "
          "มีพื้นที่ 612 ตารางกิโลเมตร แบ่งการปกครองเป็น 7 ตำบล 94 หมู่บ้าน มีองค์กรปกครองส่วนท้องถิ่น 8 แห่ง ประชากร 58,214 คน</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : ห้วยไผ่งามเมืองน่าอยู่ เกษตรปลอดภัย สังคมสงบสุข ประชาชนมีส่วนร่วม</p>"
          "<p>พันธกิจ : 1 อำนวยความเป็นธรรมและบำบัดทุกข์บำรุงสุข 2 รักษาความสงบเรียบร้อย 3 ให้บริการประชาชนอย่างมีคุณภาพ</p>")
    units = "".join(f'<li><a href="/about/units/{s}/">{esc(n)}</a></li>' for s, (n, _) in UNITS.items())
    write("/about/structure/", "โครงสร้างการบริหารงานที่ว่าการอำเภอห้วยไผ่งาม",
          '<p><img src="/assets/chart.png" alt="แผนผังโครงสร้าง" width="560" height="300"></p>'
          "<ul><li>นายอำเภอห้วยไผ่งาม<ul><li>ปลัดอำเภอ (หัวหน้าสำนักงานอำเภอ)<ul>" + units + "</ul></li>"
          "<li>ปลัดอำเภอประจำตำบล 7 ตำบล</li>"
          "<li>ส่วนราชการประจำอำเภอ : สำนักงานพัฒนาชุมชนอำเภอ สำนักงานเกษตรอำเภอ สำนักงานสาธารณสุขอำเภอ "
          "สำนักงานท้องถิ่นอำเภอ สำนักงานที่ดินอำเภอ (ขึ้นตรงต่อกรมต้นสังกัด ร่วมบริหารงานภายใต้นายอำเภอ)</li>"
          "<li>กำนัน 7 คน ผู้ใหญ่บ้าน 94 คน</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่ของที่ว่าการอำเภอ",
          "<p>ตามพระราชบัญญัติระเบียบบริหารราชการแผ่นดิน พ.ศ. 2534 มาตรา 62 และกฎกระทรวงแบ่งส่วนราชการกรมการปกครอง "
          "ที่ว่าการอำเภอมีอำนาจหน้าที่โดยสรุป ดังนี้</p><ol>"
          "<li>อำนวยความเป็นธรรม รับเรื่องร้องเรียนร้องทุกข์ และไกล่เกลี่ยข้อพิพาท</li>"
          "<li>รักษาความสงบเรียบร้อยและความมั่นคงภายในอำเภอ</li>"
          "<li>ดำเนินการทะเบียนราษฎร บัตรประจำตัวประชาชน และทะเบียนอื่นตามกฎหมาย</li>"
          "<li>ปกครองท้องที่ กำกับดูแลกำนัน ผู้ใหญ่บ้าน และคณะกรรมการหมู่บ้าน</li>"
          "<li>กำกับดูแลองค์การบริหารส่วนตำบลตามที่กฎหมายกำหนด</li>"
          "<li>ประสานและบูรณาการการทำงานของส่วนราชการในอำเภอ และจัดทำแผนพัฒนาอำเภอ</li></ol>")
    for slug, (n, duty) in UNITS.items():
        write(f"/about/units/{slug}/", n, f"<p>หน้าที่ความรับผิดชอบ : {esc(duty)}</p>")
    people = [("นายธนากร ศรีวงศ์ไพศาล", "นายอำเภอห้วยไผ่งาม", "0 4489 6120 ต่อ 11"),
              ("นางสาวพิมพ์ลดา ทองคำแท้", "ปลัดอำเภอ (หัวหน้าสำนักงานอำเภอ)", "0 4489 6120 ต่อ 12"),
              ("นายวีรยุทธ ชาญประโคน", "ปลัดอำเภอ หัวหน้าฝ่ายทะเบียนและบัตร", "0 4489 6120 ต่อ 14"),
              ("นายกิตติพัฒน์ บุญยืน", "ปลัดอำเภอ หัวหน้าฝ่ายความมั่นคง", "0 4489 6120 ต่อ 16")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="90" height="110"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in people)
    write("/about/executives/", "ทำเนียบผู้บริหาร", cards)
    write("/contact/", "ติดต่อเรา",
          "<p>ที่ว่าการอำเภอห้วยไผ่งาม ถนนไผ่งาม-ภูแลนคา ตำบลไผ่งาม อำเภอห้วยไผ่งาม จังหวัดชัยภูมิ 36291</p>"
          "<p>โทรศัพท์ 0 4489 6120 โทรสาร 0 4489 6121 สายด่วนศูนย์ดำรงธรรม 1567</p>"
          "<p>อีเมล huaiphaingam.amphoe@dopa-mail.example · Facebook : อำเภอห้วยไผ่งาม</p>"
          '<p><a href="https://maps.google.com/?q=16.0412,101.8125">แผนที่ตั้ง (Google Maps)</a></p>'
          '<p>สอบถามข้อมูล : <a href="/qa/">กระดานถาม-ตอบ</a></p>')
    write("/qa/", "กระดานถาม-ตอบ (Q&amp;A)",
          "<div class=\"q\"><b>ถาม</b> (ชาวบ้านนาโพธิ์ 2 มี.ค. 2569) : วันเสาร์ทำบัตรประชาชนได้หรือไม่<br>"
          "<b>ตอบ</b> (ฝ่ายทะเบียนและบัตร) : ตั้งแต่เดือนมีนาคม 2569 เปิดบริการวันเสาร์ 08.30 - 12.00 น.</div>"
          "<div class=\"q\"><b>ถาม</b> (สมใจ 18 ม.ค. 2569) : ขอใบรับรองการเป็นโสดใช้เอกสารอะไร<br>"
          "<b>ตอบ</b> : บัตรประจำตัวประชาชนและทะเบียนบ้าน ใช้เวลาประมาณ 20 นาที</div>"
          '<form action="/qa/post/" method="post"><h2>ตั้งคำถาม</h2>ชื่อ <input name="name"><br>'
          'คำถาม <textarea name="q"></textarea><br><button>ส่งคำถาม</button></form>')
    write("/service/", "คู่มือสำหรับประชาชน",
          f'<ul><li>{a(f("citizen-manual"), "คู่มือสำหรับประชาชน : การขอมีบัตรประจำตัวประชาชน / การแจ้งเกิด")}</li>'
          '<li><a href="/service/id-card/">ขั้นตอนการทำบัตรประจำตัวประชาชน</a></li>'
          '<li><a href="/service/birth/">การแจ้งเกิด</a></li></ul>')
    write("/service/id-card/", "ขั้นตอนการทำบัตรประจำตัวประชาชน",
          "<ol><li>ยื่นคำขอ (10 นาที)</li><li>ถ่ายรูปและพิมพ์ลายนิ้วมือ (10 นาที)</li><li>รับบัตร (10 นาที)</li></ol>"
          "<p>เอกสาร : บัตรเดิม · ค่าธรรมเนียม : ไม่มี (ยื่นภายใน 60 วันนับแต่บัตรหมดอายุ)</p>")
    write("/service/birth/", "การแจ้งเกิด",
          "<p>แจ้งภายใน 15 วัน ณ สำนักทะเบียนอำเภอ เอกสาร : หนังสือรับรองการเกิด (ท.ร.1/1) ใช้เวลา 15 นาที ไม่เสียค่าธรรมเนียม</p>")
    write("/eservice/", "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)",
          '<ul><li><a href="/eservice/queue/">จองคิวทำบัตรประจำตัวประชาชน / งานทะเบียนล่วงหน้า</a></li>'
          '<li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a></li></ul>'
          f'<p>{a(f("service-69"), "สถิติการให้บริการประชาชน ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>')
    write("/eservice/queue/", "จองคิวออนไลน์",
          '<form action="/eservice/queue/book/" method="post">ชื่อ-นามสกุล <input name="name"><br>'
          'เลขประจำตัวประชาชน <input name="pid"><br>เบอร์โทรศัพท์ <input name="phone"><br>'
          'บริการ <select name="svc"><option>ทำบัตรประจำตัวประชาชน</option><option>แจ้งย้ายที่อยู่</option>'
          '<option>แจ้งเกิด</option><option>จดทะเบียนสมรส</option></select><br>วันที่ต้องการ <input type="date" name="day"><br>'
          '<button>จองคิว</button></form><p>ระบบจะส่ง SMS ยืนยันคิวภายใน 1 วันทำการ</p>')
    write("/complaint/", "ศูนย์ดำรงธรรมอำเภอห้วยไผ่งาม",
          "<p>รับเรื่องร้องเรียนร้องทุกข์ ด้วยตนเอง โทร. 0 4489 6120 ต่อ 15 สายด่วน 1567 หรือทางเว็บไซต์</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="name"><br>'
          'เบอร์ติดต่อ <input name="phone"><br>เรื่อง <input name="subject"><br>รายละเอียด <textarea name="detail"></textarea><br>'
          'แนบไฟล์ <input type="file" name="file"><br><button>ส่งเรื่อง</button></form>'
          '<p>ช่องทางอื่น : <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · '
          '<a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a></p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>ที่ว่าการอำเภอห้วยไผ่งามเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    procs = sorted((k for k in ROWS if k.startswith("proc-2") or k == "proc-old-missing"),
                   key=lambda k: ROWS[k][2], reverse=True)
    rows = "".join(f"<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), 'ดาวน์โหลด')}</td></tr>"
                   for k in procs)
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง (แบบ สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศจัดซื้อจัดจ้าง</h2><ul><li>{a(f("print-plan"), ROWS["print-plan"][0])}</li>'
          f'<li>{a(f("proc-year"), ROWS["proc-year"][0])}</li></ul>')
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "เอกสารดาวน์โหลด", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"เอกสารดาวน์โหลด : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปี ๒๕๖๙</a></li><li><a href="/ita/2568/">ITA ประจำปี ๒๕๖๘</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ ๒๕๖๙", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ ๒๕๖๘", ita_table(ITA_2568))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "person.png", "chart.png", "photo.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#7a1d1d;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:220px}#main{flex:1;padding:8px}"
                 ".box,.card{border:1px solid #ccc;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
