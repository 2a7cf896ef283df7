"""Generate the HTML pages of the "customs" test site (ด่านศุลกากรโนนหินกอง, invented).

Run:  python tests/sites/customs/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A border customs house on the department's regional web template: a top bar, a menu, a right-hand
side column (the head of the customs house, hotline 1164, quick links, visitor counter) and a
footer on every page; pages are folder/index.html.  Documents are listed in a download section by
category (/download/<cat>/), the monthly สขร.1 on /procurement/, news under /news/ (two pages),
border-trade statistics on /stats/.  The ITA page /ita/2569/ is a table of o1 … o26 in the
office's own short wording whose links go to files, pages or category lists; last year's
/ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "ด่านศุลกากรโนนหินกอง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนปฏิบัติราชการ / แผนงบประมาณ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง / ขายทอดตลาด", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / เอกสารทั่วไป"}
HIDDEN = {"ita-analysis-67"}  # linked only from last year's ITA page
MISSING_SIZE = "388.4 KB"
OLD_DEAD = "/files/29877.pdf"  # last year's o22 (risk-management report 2567): the file was deleted


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับด่าน", "/about/history/"), ("โครงสร้างองค์กร", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("บริการ", "/service/"),
        ("สถิติการค้าชายแดน", "/stats/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"),
        ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"),
        ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">กรมศุลกากร กระทรวงการคลัง · Customs Call Center 1164 · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="banner"><img src="/assets/logo.png" alt="ตรากรมศุลกากร" width="64" height="64">
<b>{ORG}</b><br><small>Non Hin Kong Customs House · สำนักงานศุลกากรภาคที่ 2</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="main">
<p class="crumb"><a href="/">หน้าแรก</a> › {esc(title)}</p>
<h1>{esc(title)}</h1>
{body}
</div>
<div id="side">
<div class="box"><img src="/assets/chief.png" alt="นายด่านศุลกากรโนนหินกอง" width="90" height="110"><br>
<b>นายธนกร วิเศษสุวรรณ</b><br>นายด่านศุลกากรโนนหินกอง</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/service/passenger/">คู่มือประชาชน</a><br>
<a href="/eservice/">ขอตรวจสินค้านอกเวลา (ออนไลน์)</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/ita/2569/">ITA 2569</a><br><a href="/ita/2568/">ITA 2568</a><br>
<a href="https://www.customs.go.th/">กรมศุลกากร</a><br><a href="https://e-tracking.customs.go.th/">e-Customs</a></div>
<div class="box">เวลาเปิดทำการจุดผ่านแดน<br>ทุกวัน 06.00 - 22.00 น.</div>
<div class="box">ผู้เข้าชม ๑๕๘,๒๐๔ ครั้ง</div>
</div></div>
<div id="footer">{ORG} เลขที่ 88 หมู่ที่ 6 ตำบลโนนหินกอง อำเภอตาพระยา จังหวัดสระแก้ว 27180<br>
โทรศัพท์ 0 3724 8150 โทรสาร 0 3724 8151 อีเมล nonhinkong@customs.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>
© 2567 {ORG} กรมศุลกากร</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>{ext.upper()} {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่เผยแพร่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and not k.startswith("proc-20")
            and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


def a(href: str, text: str = "คลิก") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (612, (2026, 4, 8), "ประชาสัมพันธ์ขยายเวลาเปิดทำการจุดผ่านแดนถาวรบ้านโนนหินกอง ช่วงเทศกาลสงกรานต์ 2569",
     ["ระหว่างวันที่ 11 - 17 เมษายน 2569 จุดผ่านแดนถาวรบ้านโนนหินกองเปิดทำการเวลา 05.00 - 23.00 น. "
      "ด่านศุลกากรโนนหินกองจัดเจ้าหน้าที่ประจำช่องตรวจผู้โดยสารเพิ่มเติม"]),
    (607, (2026, 3, 20), "ฝ่ายสืบสวนและปราบปรามตรวจยึดบุหรี่ลักลอบนำเข้า 1,200 ซอง",
     ["วันที่ 19 มีนาคม 2569 เจ้าหน้าที่ฝ่ายสืบสวนและปราบปรามตรวจพบบุหรี่ต่างประเทศไม่ผ่านพิธีการศุลกากร "
      "ซุกซ่อนในรถกระบะบริเวณทางเลี่ยงชายแดน มูลค่ารวมค่าภาษีอากรประมาณ 96,000 บาท"]),
    (601, (2026, 2, 19), "ด่านศุลกากรโนนหินกองจัดการขายทอดตลาดของกลาง ครั้งที่ 1/2569",
     ['ขายทอดตลาดของกลางที่ตกเป็นของแผ่นดิน ณ คลังของกลาง <a href="{auction}">ประกาศขายทอดตลาด</a>']),
    (598, (2026, 2, 9), "สรุปผลการประชุมรับฟังความคิดเห็นผู้ประกอบการและผู้มีส่วนได้ส่วนเสีย ประจำปี 2569",
     ["วันที่ 5 กุมภาพันธ์ 2569 ด่านศุลกากรโนนหินกองจัดประชุมรับฟังความคิดเห็นผู้ประกอบการนำเข้า-ส่งออก ตัวแทนออกของ "
      "องค์การบริหารส่วนตำบลโนนหินกอง และหอการค้าจังหวัดสระแก้ว เพื่อเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการปรับปรุงการให้บริการ",
      "มีผู้เข้าร่วมรวม 73 คน ผู้ประกอบการเสนอความเห็น 14 ประเด็น ได้แก่ ขอเพิ่มช่องตรวจรถบรรทุกผลไม้ในช่วงเช้า "
      "ขอให้แจ้งผลการตรวจสินค้าผ่าน LINE และขอคู่มือพิธีการฉบับภาษากัมพูชา",
      "ผลการดำเนินการ: ด่านฯ เปิดช่องตรวจรถบรรทุกเพิ่ม 1 ช่องตั้งแต่วันที่ 1 มีนาคม 2569 "
      "และบรรจุการจัดทำคู่มือภาษากัมพูชาในแผนปฏิบัติราชการ ส่วนประเด็นอื่นจะแจ้งผลให้ผู้ประกอบการทราบต่อไป"]),
    (593, (2026, 1, 14), "ขอเชิญผู้ประกอบการร่วมประชุมรับฟังความคิดเห็น ประจำปี 2569",
     ["ด่านศุลกากรโนนหินกองขอเชิญผู้ประกอบการและตัวแทนออกของร่วมประชุมในวันที่ 5 กุมภาพันธ์ 2569",
      '<a href="{invite}">หนังสือเชิญประชุม</a>']),
    (588, (2025, 12, 23), "มาตรการอำนวยความสะดวกผู้เดินทางผ่านแดนช่วงเทศกาลปีใหม่ 2569",
     ["เปิดช่องตรวจผู้โดยสารเพิ่มเติม 2 ช่อง ระหว่างวันที่ 27 ธันวาคม 2568 - 4 มกราคม 2569"]),
    (584, (2025, 12, 5), "ร่วมพิธีถวายพระพรชัยมงคล เนื่องในวันพ่อแห่งชาติ 5 ธันวาคม 2568",
     ["ข้าราชการและเจ้าหน้าที่ด่านศุลกากรโนนหินกองร่วมพิธี ณ ที่ว่าการอำเภอตาพระยา"]),
    (579, (2025, 11, 18), "นายด่านศุลกากรร่วมประชุมคณะกรรมการชายแดนส่วนท้องถิ่น ครั้งที่ 1/2569",
     ["หารือแนวทางแก้ไขปัญหาการจราจรติดขัดบริเวณลานตรวจสินค้าในช่วงฤดูส่งออกมันสำปะหลัง"]),
    (574, (2025, 10, 27), "ต้อนรับคณะตรวจเยี่ยมจากสำนักงานศุลกากรภาคที่ 2",
     ["ผู้อำนวยการสำนักงานศุลกากรภาคที่ 2 ตรวจเยี่ยมการปฏิบัติงาน ณ ช่องตรวจสินค้าขาเข้า"]),
    (570, (2025, 10, 7), "นายด่านศุลกากรโนนหินกองประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2569",
     ["วันที่ 6 ตุลาคม 2568 นายด่านศุลกากรโนนหินกองประกาศเจตจำนงสุจริตต่อหน้าข้าราชการและเจ้าหน้าที่",
      '<a href="{will}">ประกาศเจตจำนงสุจริต</a>']),
    # FY2568, on page 2
    (551, (2025, 8, 12), "ตรวจยึดรถยนต์ลักลอบนำเข้าโดยไม่ผ่านพิธีการศุลกากร 3 คัน",
     ["ฝ่ายสืบสวนและปราบปรามร่วมกับหน่วยทหารในพื้นที่ตรวจยึดรถยนต์ใช้แล้ว 3 คัน"]),
    (540, (2025, 5, 2), "ด่านฯ เตรียมความพร้อมรองรับการส่งออกผลไม้ ฤดูกาล 2568",
     ["เปิดช่องทางพิเศษสำหรับรถบรรทุกผลไม้สดตลอดเดือนพฤษภาคม - กรกฎาคม 2568"]),
    (532, (2025, 2, 20), "การประชุมรับฟังความคิดเห็นผู้ประกอบการ ประจำปี 2568",
     ["วันที่ 18 กุมภาพันธ์ 2568 จัดประชุมผู้ประกอบการ 58 คน รับฟังปัญหาการตรวจปล่อยสินค้า"]),
    (526, (2025, 1, 15), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรม ประจำปีงบประมาณ 2568",
     ["วันที่ 14 มกราคม 2568 ด่านศุลกากรโนนหินกองจัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการกรมศุลกากร "
      "ให้บุคลากรนำไปปฏิบัติ มีกิจกรรมถอดบทเรียนกรณีศึกษาการรับสินบนที่ช่องตรวจ",
      "มีผู้เข้าร่วม ข้าราชการ 36 คน พนักงานราชการและลูกจ้าง 11 คน รวม 47 คน"]),
    (519, (2024, 12, 12), "อบรมพิธีการศุลกากรทางบกและระบบ e-Customs แก่เจ้าหน้าที่",
     ["วิทยากรจากสำนักงานศุลกากรภาคที่ 2 บรรยายพิธีการศุลกากรทางบก ผู้เข้าร่วม 24 คน"]),
]
PER_PAGE = 10
ETHICS_NEWS = "/news/526/"


def news_pages() -> None:
    links = {"invite": f("invite-meeting"), "will": f("will-69"), "auction": f("auction-69")}
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(y, m, day))} · งานประชาสัมพันธ์</p>{body}'
              '<p><a href="/news/">« กลับหน้าข่าวประชาสัมพันธ์</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>' for n in chunk)
        pager = '<p>หน้า <b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">ถัดไป »</a></p>' if p == 1 else \
            '<p>หน้า <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # (ข้อ, heading, [(link text, href or row key)])
    ("ข้อมูลพื้นฐาน", None),
    ("o1", "โครงสร้าง / อำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อ / ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("ถาม-ตอบ", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าว", "/news/")]),
    ("การบริหารงานและงบประมาณ", None),
    ("o5", "แผนปฏิบัติราชการ (ระยะยาว)", [("แผนระยะ 4 ปี", "plan-65-68")]),
    ("o6", "แผนปฏิบัติราชการประจำปี / แผนการใช้จ่ายงบประมาณ", [("แผนปฏิบัติราชการ 2569", "opplan-69"),
                                                             ("แผนการใช้จ่ายงบ 2569", "budget-69")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผล", "/download/report/")]),
    ("o8", "คู่มือปฏิบัติงาน (SOP)", [("SOP ตรวจปล่อยสินค้า", "manual-sop")]),
    ("o9", "คู่มือประชาชน", [("คู่มือประชาชน", "/service/passenger/")]),
    ("o10", "E-Service / สถิติบริการ", [("E-Service", "/eservice/"), ("สถิติ", "service-69")]),
    ("การจัดซื้อจัดจ้าง", None),
    ("o11", "สขร.1 รายเดือน", [("สขร.1", "/procurement/")]),
    ("o12", "สรุปจัดซื้อจัดจ้างประจำปี", [("ปีงบ 68", "proc-year-68")]),
    ("บุคลากร", None),
    ("o13", "หลักเกณฑ์/แผน HR", [("งานบุคคล", "/download/hr/")]),
    ("o14", "รายงานผล HR", [("ปีงบ 68", "hr-report-68")]),
    ("o15", "ประมวลจริยธรรม / การขับเคลื่อน", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรม", ETHICS_NEWS)]),
    ("ความโปร่งใส", None),
    ("o16", "คู่มือร้องเรียนทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางแจ้งทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o18", "สถิติร้องเรียนทุจริต", [("สถิติ", "complaint-68h1")]),
    ("o19", "การมีส่วนร่วม", [("ประชุมผู้ประกอบการ 69", "/news/598/")]),
    ("ป้องกันการทุจริต", None),
    ("o20", "No Gift Policy", [("ประกาศ", "no-gift-67"), ("รายงานการรับของขวัญ", "gift-report-68")]),
    ("o21", "ประเมินความเสี่ยงทุจริต", [("ประเมินความเสี่ยง", "risk-68")]),
    ("o22", "รายงานผลบริหารความเสี่ยง", [("ปีงบ 68", "risk-report-68")]),
    ("o23", "แผนป้องกันทุจริต", [("แผน 2569", "anti-plan-69")]),
    ("o24", "รายงานผลป้องกันทุจริต", [("ปีงบ 68", "anti-report-68")]),
    ("o25", "นำผล ITA ไปพัฒนา / มาตรการฯ", [("วิเคราะห์ผล ITA 68", "ita-analysis-68")]),
    ("o26", "รายงานผลมาตรการคุณธรรม", [("ปีงบ 68", "integrity-report-68")]),
]
ITA_2568 = [
    ("o5", "แผนปฏิบัติราชการ (ระยะยาว)", [("แผนระยะ 4 ปี", "plan-65-68")]),
    ("o6", "แผนปฏิบัติราชการประจำปี 2568", [("แผน 2568", "opplan-68")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", []),
    ("o13", "แผนพัฒนาบุคลากร", [("แผนพัฒนา 68", "hr-plan-68")]),
    ("o18", "สถิติร้องเรียนทุจริต", [("รอบ 6 เดือน", "complaint-68h1")]),
    ("o20", "No Gift Policy", [("ประกาศ", "no-gift-67")]),
    ("o21", "ประเมินความเสี่ยงทุจริต ปี 2568", [("ประเมินความเสี่ยง", "risk-68")]),
    ("o22", "รายงานผลบริหารความเสี่ยง ปีงบ 67", [("ปีงบ 67", OLD_DEAD)]),
    ("o25", "วิเคราะห์ผล ITA 2567 / มาตรการฯ 2568", [("วิเคราะห์ผล ITA 67", "ita-analysis-67")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = " | ".join(a(h if h.startswith("/") else f(h), t) for t, h in links) or "อยู่ระหว่างรวบรวม"
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "หน้าแรก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">ข่าวทั้งหมด</a></p>'
          '<h2>บริการ</h2><p><a href="/eservice/">ขอตรวจสินค้านอกเวลาราชการ (ออนไลน์)</a> · '
          '<a href="/service/passenger/">ของติดตัวผู้เดินทาง</a> · <a href="/stats/">สถิติการค้าชายแดน</a> · '
          '<a href="/ita/2569/">ITA 2569</a></p>')
    write("/about/history/", "ประวัติด่านศุลกากรโนนหินกอง",
          "<p>ด่านศุลกากรโนนหินกองตั้งขึ้นเมื่อปี พ.ศ. 2541 พร้อมการยกระดับจุดผ่อนปรนบ้านโนนหินกองเป็นจุดผ่านแดนถาวร "
          "สังกัดสำนักงานศุลกากรภาคที่ 2 กรมศุลกากร ดูแลการนำเข้า ส่งออก และผ่านแดนสินค้าทางบกกับราชอาณาจักรกัมพูชา</p>"
          "<p>วิสัยทัศน์ : ด่านศุลกากรชายแดนที่ทันสมัย อำนวยความสะดวกทางการค้า และปกป้องสังคม</p>")
    write("/about/structure/", "โครงสร้างองค์กร",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างด่านศุลกากรโนนหินกอง" width="160" height="100">'
          "<ul><li>นายด่านศุลกากรโนนหินกอง<ul><li>ฝ่ายบริหารทั่วไป (งานธุรการ งานการเงินและบัญชี งานพัสดุ งานบุคคล)</li>"
          "<li>ฝ่ายบริการศุลกากร (งานพิธีการนำเข้า งานพิธีการส่งออกและผ่านแดน งานตรวจสินค้า งานผู้โดยสาร)</li>"
          "<li>ฝ่ายสืบสวนและปราบปราม (งานสืบสวน งานป้องกันและปราบปราม งานของกลาง)</li></ul></li></ul>"
          "<p>อัตรากำลัง ข้าราชการ 38 คน ลูกจ้างประจำ 4 คน พนักงานราชการ 9 คน</p>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ด่านศุลกากรมีอำนาจหน้าที่ตามพระราชบัญญัติศุลกากร พ.ศ. 2560 และกฎกระทรวงแบ่งส่วนราชการกรมศุลกากร "
          "ประกอบคำสั่งกรมศุลกากรว่าด้วยการกำหนดหน้าที่ของด่านศุลกากร สรุปได้ดังนี้</p><ol>"
          "<li>จัดเก็บอากร ภาษี และค่าธรรมเนียมของสินค้านำเข้าและส่งออกในเขตความรับผิดชอบ</li>"
          "<li>ดำเนินพิธีการศุลกากร ตรวจปล่อยสินค้า และควบคุมของผ่านแดนและถ่ายลำ</li>"
          "<li>ตรวจของติดตัวผู้เดินทางผ่านจุดผ่านแดน</li>"
          "<li>ป้องกันและปราบปรามการลักลอบหนีศุลกากรและการนำเข้าสินค้าต้องห้ามต้องกำกับ</li>"
          "<li>เก็บรักษา จำหน่าย และทำลายของกลาง</li><li>ปฏิบัติงานร่วมกับหรือสนับสนุนหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    execs = [("นายธนกร วิเศษสุวรรณ", "นายด่านศุลกากรโนนหินกอง", "0 3724 8150 ต่อ 101"),
             ("นางสาวปาริชาติ ศรีอุดม", "หัวหน้าฝ่ายบริหารทั่วไป", "0 3724 8150 ต่อ 110"),
             ("นายกิตติพงษ์ แสงประเสริฐ", "หัวหน้าฝ่ายบริการศุลกากร", "0 3724 8150 ต่อ 120"),
             ("นายอดิศักดิ์ พรหมวงศ์", "หัวหน้าฝ่ายสืบสวนและปราบปราม", "0 3724 8150 ต่อ 130")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "ผู้บริหารด่านศุลกากรโนนหินกอง", cards)
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>เลขที่ 88 หมู่ที่ 6 ตำบลโนนหินกอง อำเภอตาพระยา จังหวัดสระแก้ว 27180</p>"
          "<p>โทรศัพท์ 0 3724 8150 โทรสาร 0 3724 8151<br>อีเมล nonhinkong@customs.go.th<br>"
          "Customs Call Center 1164</p><p>เวลาทำการสำนักงาน จันทร์ - ศุกร์ 08.30 - 16.30 น. · จุดผ่านแดนเปิดทุกวัน 06.00 - 22.00 น.</p>"
          '<p><a href="https://maps.google.com/?q=13.9481,102.6433">แผนที่ตั้ง (Google Maps)</a></p>'
          '<p>สอบถามข้อมูล : <a href="/qa/">กระดานถาม-ตอบ</a></p>')
    qa = [("นำทุเรียนจากกัมพูชาเข้ามาเองได้ไหมครับ ต้องเสียภาษีเท่าไร", "คุณวีระ", "24 มี.ค. 2569",
           "ผลไม้สดต้องมีใบรับรองสุขอนามัยพืชจากด่านตรวจพืช และสำแดงต่อเจ้าหน้าที่ศุลกากรที่ช่องตรวจ อัตราอากรตามพิกัด (เจ้าหน้าที่)"),
          ("ขอตรวจสินค้าหลัง 16.30 น. ต้องยื่นอย่างไร", "หจก.สระแก้วโลจิสติกส์", "2 ก.พ. 2569",
           "ยื่นคำขอผ่านเมนู E-Service ล่วงหน้าอย่างน้อย 2 ชั่วโมง (เจ้าหน้าที่)")]
    items = "".join(f'<div class="qa"><p><b>ถาม:</b> {esc(q)} <small>โดย {esc(w)} {t}</small></p><p><b>ตอบ:</b> {esc(r)}</p></div>'
                    for q, w, t, r in qa)
    write("/qa/", "กระดานถาม-ตอบ",
          f'{items}<form action="/qa/post/" method="post"><h2>ตั้งคำถาม</h2>หัวข้อ <input name="subject"><br>'
          'คำถาม <textarea name="body"></textarea><br>ชื่อ <input name="name"><br><button>ส่งคำถาม</button></form>')
    write("/eservice/", "E-Service : ขอตรวจสินค้านอกเวลาราชการ / นอกสถานที่",
          "<p>ผู้ประกอบการและตัวแทนออกของยื่นคำขอให้เจ้าหน้าที่ปฏิบัติงานตรวจสินค้านอกเวลาราชการหรือนอกสถานที่ได้ทางออนไลน์ "
          "เจ้าหน้าที่จะยืนยันผลทางอีเมลภายใน 1 ชั่วโมง</p>"
          '<form action="https://forms.gle/NonHinKongCustomsOT" method="post"><h2>แบบคำขอ (ออนไลน์)</h2>'
          'ชื่อผู้ประกอบการ/ตัวแทนออกของ <input name="company"><br>เลขที่ใบขนสินค้า <input name="decl"><br>'
          'วันที่และเวลาที่ขอตรวจ <input name="when"><br>อีเมล/โทรศัพท์ <input name="contact"><br><button>ยื่นคำขอ</button></form>'
          '<p>ยื่นใบขนสินค้าผ่าน <a href="https://e-tracking.customs.go.th/">ระบบ e-Customs ของกรมศุลกากร</a></p>'
          f'<p>{a(f("service-69"), "สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>')
    write("/service/", "บริการ",
          '<ul><li><a href="/service/passenger/">การสำแดงของติดตัวผู้เดินทาง</a></li>'
          '<li><a href="/eservice/">ขอตรวจสินค้านอกเวลาราชการ</a></li><li><a href="/stats/">สถิติการค้าชายแดน</a></li></ul>')
    write("/service/passenger/", "คู่มือประชาชน : การสำแดงของติดตัวผู้เดินทาง",
          "<p>ผู้เดินทางผ่านจุดผ่านแดนถาวรบ้านโนนหินกองที่มีของต้องเสียอากรต้องสำแดงต่อเจ้าหน้าที่ ณ ช่องตรวจผู้โดยสาร</p>"
          f'<p>{a(f("citizen-manual"), "ดาวน์โหลดคู่มือสำหรับประชาชน (Word)")}</p>')
    write("/stats/", "สถิติการค้าชายแดน",
          "<p>มูลค่าการค้าชายแดนผ่านด่านศุลกากรโนนหินกอง ปีงบประมาณ 2569 (ตุลาคม 2568 - มีนาคม 2569) "
          "นำเข้า 1,729.4 ล้านบาท ส่งออก 5,232.5 ล้านบาท ผ่านแดน 574.8 ล้านบาท</p>"
          f'<p>{a(f("trade-69"), "ดาวน์โหลดสถิติการค้าชายแดน (Excel)")}</p>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนการให้บริการได้ที่ที่ทำการด่าน โทร 0 3724 8150 หรือ Customs Call Center 1164</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้แจ้ง (ไม่ระบุก็ได้) <input name="name"><br>'
          'โทรศัพท์/อีเมล <input name="contact"><br>เจ้าหน้าที่/เรื่องที่ร้องเรียน <input name="subject"><br>'
          'รายละเอียด <textarea name="detail"></textarea><br>หลักฐาน <input type="file" name="file"><br>'
          '<button>ส่งเรื่อง</button></form>'
          "<p>หรือแจ้งโดยตรงต่อนายด่านศุลกากร โทร 0 3724 8150 ต่อ 101</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>ด่านศุลกากรโนนหินกองเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "PDF")}</td></tr>'
                   for k in months)
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง (สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศอื่น ๆ</h2><ul><li>{a(f("auction-69"), ROWS["auction-69"][0])}</li>'
          f'<li>{a(f("print-plan"), ROWS["print-plan"][0])}</li>'
          f'<li>{a(f("proc-year-68"), ROWS["proc-year-68"][0])}</li></ul>')
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลด : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ปี 2569</a></li><li><a href="/ita/2568/">ITA ปี 2568</a></li></ul>')
    write("/ita/2569/", "ITA 2569 : การเปิดเผยข้อมูลสาธารณะ (OIT)",
          "<p>ด่านศุลกากรโนนหินกอง ตัวชี้วัดที่ 9 และ 10</p>" + ita_table(ITA_2569))
    write("/ita/2568/", "ITA 2568 : การเปิดเผยข้อมูลสาธารณะ (OIT)", ita_table(ITA_2568))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    for n in ("logo.png", "person.png", "chart.png", "chief.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#14365d;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:230px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #ccc;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
