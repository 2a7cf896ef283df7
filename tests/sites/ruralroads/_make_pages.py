"""Generate the HTML pages of the "ruralroads" test site (สำนักงานทางหลวงชนบทจังหวัดอุทัยธานี, invented
office data).

Run:  python tests/sites/ruralroads/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial office of the rural roads department on the department's Drupal template: a top bar,
the department banner, a menu, a right column (the director, hotline 1146, quick links, a visitor
counter) and a footer on every page.  Content pages are Drupal nodes (/node/<n>/), news lists
/news/ and /news/page/2/ with dates in Thai digits, documents listed by category under
/download/<cat>/ (newest first), the monthly สขร.1 on /procurement/.  The ITA page /ita/2568/ is a
table of o1 … o26 in the office's own short wording whose links go to files, pages or category
lists; last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, PROC  # noqa: E402

ORG = "สำนักงานทางหลวงชนบทจังหวัดอุทัยธานี"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนงาน/แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ/แบบฟอร์ม",
        "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
HIDDEN = {"anti-report-66"}  # linked only from last year's ITA page
MISSING_SIZE = "286.4 KB"
OLD_DEAD = "/sites/default/files/2024-03/measure2567.pdf"  # last year's o40 file, deleted


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt, thai: bool = False) -> str:
    s = f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"
    return s.translate(THAI) if thai else s


def f(key: str) -> str:
    return DOCS[key][0]


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("ข้อมูลสายทาง", "/roads/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("เอกสารดาวน์โหลด", "/download/"), ("บริการประชาชน", "/service/"),
        ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th" dir="ltr"><head><meta charset="utf-8"><title>{esc(title)} | {ORG}</title>
<meta name="Generator" content="Drupal 7 (http://drupal.org)">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/sites/all/themes/drr_province/css/style.css"></head>
<body class="html not-front">
<div id="topbar">กรมทางหลวงชนบท กระทรวงคมนาคม · สายด่วน ๑๑๔๖ · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="header"><img src="/sites/all/themes/drr_province/logo.png" alt="ตรากรมทางหลวงชนบท" width="72" height="72">
<b>{ORG}</b><br><small>Uthai Thani Provincial Rural Roads Office · Department of Rural Roads</small></div>
<ul id="main-menu">
{menu}
</ul>
<div id="page"><div id="content">
<h1 class="title">{esc(title)}</h1>
{body}
</div>
<div id="sidebar-second">
<div class="block"><img src="/sites/default/files/pictures/director.jpg" alt="ผู้อำนวยการ" width="90" height="110"><br>
<b>นายธนพล ศรีวิเศษกุล</b><br>ผู้อำนวยการสำนักงานทางหลวงชนบทจังหวัดอุทัยธานี</div>
<div class="block"><b>ลิงก์ที่น่าสนใจ</b><br>
<a href="/ita/2568/">ITA ๒๕๖๘</a><br><a href="/ita/2567/">ITA ๒๕๖๗</a><br>
<a href="/eservice/">แจ้งถนนชำรุด / ขออนุญาตออนไลน์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP กรมบัญชีกลาง</a><br>
<a href="https://www.drr.go.th/">กรมทางหลวงชนบท</a></div>
<div class="block">สายด่วนกรมทางหลวงชนบท <b>๑๑๔๖</b></div>
<div class="block">ผู้เยี่ยมชม ๑๘๓,๐๕๒ ครั้ง</div>
</div></div>
<div id="footer">{ORG} เลขที่ 219 หมู่ที่ 6 ถนนอุทัย-หนองฉาง ตำบลหนองไผ่แบน อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี 61000<br>
โทรศัพท์ 0 5651 7302 โทรสาร 0 5651 7303 อีเมล saraban@uthai-rr.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>© ๒๕๖๕ {ORG}</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if DOCS[key][4][0] == "missing":
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        url, title, _cat, up, _m = DOCS[k]
        ext = url.rsplit(".", 1)[1]
        rows.append(f'<tr><td>{i}</td><td><a href="{url}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td><img src="/modules/file/icons/{ext}.png" alt="{ext}"> {size_of(k)}</td></tr>')
    return ('<table class="files"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่เผยแพร่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in DOCS if k not in HIDDEN and not k.startswith("proc-20") and (cat is None or DOCS[k][2] == cat)]
    return sorted(keys, key=lambda k: DOCS[k][3], reverse=True)


# ---------------------------------------------------------------- news (Drupal nodes)

NEWS = [  # node, (y, m, d) CE, title, paragraphs ({key} is a document's path)
    (1342, (2025, 4, 2), "สทช.อุทัยธานี เตรียมความพร้อมอำนวยความสะดวกช่วงเทศกาลสงกรานต์ 2568",
     ["ตั้งจุดบริการประชาชนบนทางหลวงชนบทสาย อน.3027 และ อน.4012 ระหว่างวันที่ 11 - 17 เมษายน 2568 "
      "พร้อมตรวจสอบป้ายจราจรและไฟส่องสว่างทุกสายทาง"]),
    (1336, (2025, 3, 21), "ตรวจรับงานก่อสร้างถนนลาดยางสาย อน.4012 งวดที่ 3",
     ["คณะกรรมการตรวจรับพัสดุ ตรวจรับงานก่อสร้างถนนลาดยางสาย อน.4012 แยก ทล.3438 - บ้านหนองกระทิง งวดที่ 3 "
      "ผลงานสะสมร้อยละ 58.20 เป็นไปตามแผน"]),
    (1329, (2025, 3, 5), "ติดตั้งราวกันอันตรายบริเวณทางโค้ง สาย อน.3027 บ้านเขาตะพาบ",
     ["ส่วนบำรุงทางติดตั้งราวกันอันตรายระยะทาง 420 เมตร และป้ายเตือนทางโค้ง 12 ป้าย ตามโครงการอำนวยความปลอดภัยทางถนน ปี 2568"]),
    (1321, (2025, 2, 18), "อบรมส่งเสริมคุณธรรมจริยธรรม เพื่อขับเคลื่อนข้อกำหนดจริยธรรม ประจำปีงบประมาณ พ.ศ. 2568",
     ["วันที่ 18 กุมภาพันธ์ 2568 สำนักงานทางหลวงชนบทจังหวัดอุทัยธานี จัดอบรมส่งเสริมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน "
      "เพื่อขับเคลื่อนข้อกำหนดจริยธรรมของกรมทางหลวงชนบทสู่การปฏิบัติ ณ ห้องประชุมสำนักงาน",
      "ผู้เข้าร่วมเป็นข้าราชการ ลูกจ้างประจำ และพนักงานราชการ รวม 47 คน และร่วมกันกำหนดพฤติกรรม Do &amp; Don't "
      "ของเจ้าหน้าที่ตรวจรับงานก่อสร้าง",
      '<a href="{ethics}">ข้อกำหนดจริยธรรมกรมทางหลวงชนบท</a>']),
    (1314, (2025, 1, 24), "ประชุมรับฟังความคิดเห็นของประชาชน โครงการก่อสร้างถนนลาดยางสาย อน.4012",
     ["วันที่ 24 มกราคม 2568 สทช.อุทัยธานี จัดประชุมรับฟังความคิดเห็นของประชาชนต่อโครงการก่อสร้างถนนลาดยางสาย อน.4012 "
      "ณ ศาลาประชาคมบ้านหนองกระทิง ตำบลทุ่งใหญ่ มีผู้เข้าร่วม 86 คน ได้แก่ กำนัน ผู้ใหญ่บ้าน ผู้แทน อบต. และประชาชนสองข้างทาง",
      "ประชาชนเสนอให้เพิ่มท่อระบายน้ำบริเวณ กม. 3+250 และขอให้ติดตั้งไฟส่องสว่างหน้าโรงเรียน "
      "สำนักงานได้ปรับแบบก่อสร้างตามข้อเสนอและแจ้งผลให้ผู้นำชุมชนทราบเมื่อวันที่ 14 กุมภาพันธ์ 2568",
      '<a href="{questionnaire}">แบบสอบถามความคิดเห็น (สำหรับผู้ไม่ได้เข้าร่วมประชุม)</a>']),
    (1309, (2025, 1, 8), "ให้คำปรึกษาด้านช่างแก่องค์กรปกครองส่วนท้องถิ่น อำเภอบ้านไร่",
     ["ส่วนสำรวจและออกแบบลงพื้นที่ให้คำปรึกษาการออกแบบถนนคอนกรีตแก่ อบต. 4 แห่ง"]),
    (1302, (2024, 12, 27), "ตั้งจุดบริการประชาชนช่วงเทศกาลปีใหม่ 2568",
     ["ระหว่างวันที่ 27 ธันวาคม 2567 - 2 มกราคม 2568 ณ ทางหลวงชนบทสาย อน.3027"]),
    (1295, (2024, 12, 5), "ร่วมพิธีถวายพระพรชัยมงคล เนื่องในวันพ่อแห่งชาติ 5 ธันวาคม 2567",
     ["ผู้อำนวยการและบุคลากรร่วมพิธี ณ ศาลากลางจังหวัดอุทัยธานี"]),
    (1288, (2024, 11, 14), "ลงนามสัญญาจ้างก่อสร้างสะพานข้ามห้วยทับเสลา บ้านโป่งสามัคคี",
     ["วงเงินตามสัญญา 19,350,000 บาท ระยะเวลาก่อสร้าง 240 วัน"]),
    (1280, (2024, 10, 3), "ผู้อำนวยการประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ พ.ศ. 2568",
     ["วันที่ 2 ตุลาคม 2567 ผู้อำนวยการประกาศเจตจำนงสุจริตต่อหน้าบุคลากร", '<a href="{will}">ประกาศเจตจำนงสุจริต</a>']),
    # FY2567, on page 2
    (1266, (2024, 9, 12), "ตรวจรับงานก่อสร้างถนนลาดยางสาย อน.3019 บ้านทุ่งนางาม งวดสุดท้าย",
     ["ผลงานแล้วเสร็จร้อยละ 100 ส่งมอบให้ประชาชนใช้ประโยชน์"]),
    (1251, (2024, 7, 19), "อบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ พ.ศ. 2567",
     ["วันที่ 19 กรกฎาคม 2567 จัดอบรมคุณธรรมจริยธรรมแก่บุคลากร ผู้เข้าร่วม 52 คน"]),
    (1240, (2024, 5, 30), "ประชุมรับฟังความคิดเห็นของประชาชน โครงการบูรณะสาย อน.2008",
     ["วันที่ 30 พฤษภาคม 2567 ณ วัดหนองบัว มีผู้เข้าร่วม 64 คน"]),
    (1233, (2024, 4, 11), "รายงานผลการดำเนินงาน รอบ 6 เดือน ปีงบประมาณ 2567",
     ['เผยแพร่รายงานผลการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน <a href="{m6}">ดาวน์โหลด</a>']),
    (1219, (2024, 2, 2), "วันคล้ายวันสถาปนากรมทางหลวงชนบท",
     ["ร่วมทำบุญและปลูกต้นไม้ริมทางหลวงชนบทสาย อน.3027"]),
]
PER_PAGE = 10
LINKS = {"ethics": f("ethics"), "questionnaire": f("questionnaire"), "will": f("will-68"), "m6": f("m6-67")}


def news_pages() -> None:
    for nid, ymd, title, paras in NEWS:
        body = "".join(f"<p>{p.format(**LINKS)}</p>" for p in paras)
        write(f"/node/{nid}/", title, f'<p class="submitted">เผยแพร่เมื่อ {be(date(*ymd), thai=True)} โดย admin_pr</p>'
              f'{body}<p><a href="/news/">« ข่าวประชาสัมพันธ์ทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/node/{n[0]}/">{esc(n[2])}</a> <span class="date">{be(date(*n[1]), thai=True)}'
                          "</span></li>" for n in chunk)
        pager = ('<ul class="pager"><li class="current">๑</li><li><a href="/news/page/2/">๒</a></li>'
                 '<li><a href="/news/page/2/">ถัดไป ›</a></li></ul>') if p == 1 else \
            '<ul class="pager"><li><a href="/news/">‹ ก่อนหน้า</a></li><li><a href="/news/">๑</a></li><li class="current">๒</li></ul>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2568 = [  # (code, heading, [(link text, key or path)])
    ("ข้อมูลพื้นฐาน", None),
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("แผนภูมิโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ข้อมูลผู้บริหาร", "/about/executives/")]),
    ("o3", "การติดต่อ", [("ติดต่อหน่วยงาน", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("การบริหารงานและการใช้จ่ายงบประมาณ", None),
    ("o5", "แผนพัฒนาหน่วยงาน", [("แผนพัฒนาหน่วยงาน", "plan-63-67")]),
    ("o6", "แผนปฏิบัติราชการ/แผนใช้จ่ายงบฯ/รายงานรอบ 6 เดือน",
     [("แผนปฏิบัติราชการ 2568", "action-68"), ("แผนการใช้จ่ายงบประมาณ", "spend-68"), ("รายงานรอบ 6 เดือน", "m6-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "sop")]),
    ("o9", "คู่มือประชาชน", [("คู่มือสำหรับประชาชน", "/service/")]),
    ("o10", "E-Service", [("E-Service", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("ข้อมูลสถิติการให้บริการ", "stats-67")]),
    ("การจัดซื้อจัดจ้าง", None),
    ("o12", "รายการจัดซื้อจัดจ้าง (สขร.1)", [("สขร.1 รายเดือน", "/procurement/")]),
    ("o13", "รายงานผลจัดซื้อจัดจ้างประจำปี", [("รายงานประจำปี", "proc-year-67")]),
    ("การบริหารและพัฒนาทรัพยากรบุคคล", None),
    ("o14", "แผนบริหารและพัฒนาบุคลากร", [("แผนฯ ปี 2568", "hr-plan-67")]),
    ("o15", "รายงานผลบริหารและพัฒนาบุคลากร", [("รายงานผล ปี 2567", "hr-report-67")]),
    ("o16", "จริยธรรม", [("ข้อกำหนดจริยธรรม", "ethics"), ("กิจกรรมขับเคลื่อนจริยธรรม", "/node/1321/")]),
    ("การส่งเสริมความโปร่งใส", None),
    ("o17", "คู่มือร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o18", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o19", "สถิติร้องเรียนการทุจริต", [("สถิติ", "complaint-68")]),
    ("o20", "การมีส่วนร่วม", [("ประชุมรับฟังความคิดเห็น", "/node/1314/")]),
    ("การป้องกันการทุจริต", None),
    ("o21", "No Gift Policy", [("ประกาศนโยบาย No Gift Policy", "nogift-66")]),
    ("o22", "รายงานการรับของขวัญ", [("รายงาน", "gift-report-67")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง 2568", "risk-68")]),
    ("o24", "รายงานผลจัดการความเสี่ยงการทุจริต", [("เอกสารคุณธรรมและความโปร่งใส", "/download/integrity/")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต 2568", "anti-plan-68")]),
    ("o26", "รายงานผลป้องกันการทุจริต", []),
]
ITA_2567 = [
    ("o10", "แผนปฏิบัติราชการประจำปี", [("แผนปฏิบัติราชการ ปี 2567", "action-67")]),
    ("o11", "รายงานการกำกับติดตาม รอบ 6 เดือน", [("รายงานรอบ 6 เดือน", "m6-67")]),
    ("o33", "ประกาศ No Gift Policy", [("ประกาศ", "nogift-66")]),
    ("o36", "การประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง 2567", "risk-67")]),
    ("o38", "แผนปฏิบัติการป้องกันการทุจริต", [("รายงานผลการดำเนินการป้องกันการทุจริต", "anti-report-66")]),
    ("o40", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", [("มาตรการ ปี 2567", OLD_DEAD)]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>หัวข้อ</th><th>ลิงก์ข้อมูล</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = " , ".join(a(h if h.startswith("/") else f(h), t) for t, h in links) or "อยู่ระหว่างรวบรวมข้อมูล"
        out.append(f"<tr><td>{code.upper()}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/node/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]), thai=True)})</li>' for n in NEWS[:5])
    write("/", "หน้าแรก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">อ่านทั้งหมด</a></p>'
          '<h2>บริการประชาชน</h2><p><a href="/eservice/">แจ้งถนนชำรุด / ยื่นคำขอออนไลน์</a> · '
          '<a href="/service/">คู่มือสำหรับประชาชน</a> · <a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a> · '
          '<a href="/ita/2568/">การประเมินคุณธรรมและความโปร่งใส ITA 2568</a></p>')
    write("/about/history/", "ประวัติและวิสัยทัศน์",
          "<p>สำนักงานทางหลวงชนบทจังหวัดอุทัยธานี เดิมคือสำนักงานโยธาธิการจังหวัด (งานทางชนบท) ตั้งขึ้นเป็นหน่วยงานของกรมทางหลวงชนบท "
          "เมื่อปี พ.ศ. 2545 ตามพระราชบัญญัติปรับปรุงกระทรวง ทบวง กรม พ.ศ. 2545</p>"
          "<p>ปัจจุบันรับผิดชอบทางหลวงชนบท 41 สายทาง ระยะทางรวม 612.384 กิโลเมตร ใน 8 อำเภอ</p>"
          "<p>วิสัยทัศน์ : ทางหลวงชนบทอุทัยธานีได้มาตรฐาน ปลอดภัย เชื่อมโยงแหล่งผลิตและแหล่งท่องเที่ยว</p>")
    write("/about/structure/", "โครงสร้างหน่วยงาน",
          '<img src="/sites/default/files/pictures/chart2566.jpg" alt="แผนภูมิโครงสร้างสำนักงานทางหลวงชนบทจังหวัดอุทัยธานี" '
          'width="160" height="100">'
          "<h2>แผนภูมิโครงสร้างการแบ่งส่วนราชการ</h2><ul><li>ผู้อำนวยการสำนักงานทางหลวงชนบทจังหวัดอุทัยธานี<ul>"
          "<li>ฝ่ายบริหารทั่วไป (งานธุรการ งานการเงินและบัญชี งานพัสดุ งานบุคคล งานควบคุมเขตทาง)</li>"
          "<li>ส่วนสำรวจและออกแบบ</li><li>ส่วนก่อสร้าง</li><li>ส่วนบำรุงทาง (งานอำนวยความปลอดภัย งานเครื่องจักรกล)</li>"
          "<li>หมวดบำรุงทางหลวงชนบทบ้านไร่</li><li>หมวดบำรุงทางหลวงชนบทลานสัก</li><li>หมวดบำรุงทางหลวงชนบทหนองฉาง</li>"
          "</ul></li></ul><p>อัตรากำลัง : ข้าราชการ 21 คน ลูกจ้างประจำ 18 คน พนักงานราชการ 27 คน</p>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>สำนักงานทางหลวงชนบทจังหวัด มีอำนาจหน้าที่ตามกฎกระทรวงแบ่งส่วนราชการกรมทางหลวงชนบท กระทรวงคมนาคม สรุปได้ดังนี้</p><ol>"
          "<li>ดำเนินการสำรวจ ออกแบบ ก่อสร้าง บูรณะ และบำรุงรักษาทางหลวงชนบทและสะพานในเขตจังหวัด</li>"
          "<li>ควบคุมการใช้เขตทางหลวงชนบท และพิจารณาอนุญาตทางเชื่อม การวางท่อ ปักเสา พาดสาย ตามพระราชบัญญัติทางหลวง พ.ศ. 2535</li>"
          "<li>ดำเนินการด้านความปลอดภัยทางถนนบนทางหลวงชนบท</li>"
          "<li>ให้คำปรึกษา แนะนำ และถ่ายทอดเทคโนโลยีด้านงานทางแก่องค์กรปกครองส่วนท้องถิ่น</li>"
          "<li>ดำเนินการลงทะเบียนทางหลวงท้องถิ่นและจัดทำข้อมูลสายทางในเขตจังหวัด</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    execs = [("นายธนพล ศรีวิเศษกุล", "ผู้อำนวยการสำนักงานทางหลวงชนบทจังหวัดอุทัยธานี", "0 5651 7302 ต่อ 101", "director"),
             ("นางสาวกนกวรรณ มีสุขเจริญ", "หัวหน้าฝ่ายบริหารทั่วไป", "0 5651 7302 ต่อ 110", "admin"),
             ("นายเกียรติศักดิ์ แสงอรุณรัตน์", "ผู้อำนวยการส่วนสำรวจและออกแบบ", "0 5651 7302 ต่อ 120", "survey"),
             ("นายวรวุฒิ ทองเนื้อดีกุล", "ผู้อำนวยการส่วนก่อสร้าง", "0 5651 7302 ต่อ 130", "build"),
             ("นายพงศกร บุญยืนยงกิจ", "ผู้อำนวยการส่วนบำรุงทาง", "0 5651 7302 ต่อ 140", "maint")]
    cards = "".join(f'<div class="person"><img src="/sites/default/files/pictures/{pic}.jpg" alt="{esc(n)}" width="90" '
                    f'height="110"><br><b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>' for n, p, t, pic in execs)
    write("/about/executives/", "ผู้บริหาร", cards)
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>เลขที่ 219 หมู่ที่ 6 ถนนอุทัย-หนองฉาง ตำบลหนองไผ่แบน อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี 61000</p>"
          "<p>โทรศัพท์ 0 5651 7302 โทรสาร 0 5651 7303<br>อีเมล saraban@uthai-rr.go.th<br>"
          "สายด่วนกรมทางหลวงชนบท 1146 (ตลอด 24 ชั่วโมง)</p><p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.3561,100.0204">แผนที่ตั้งสำนักงาน (Google Maps)</a></p>')
    roads = [("อน.2008", "แยก ทล.333 - บ้านหนองบัว", "18.420"), ("อน.3019", "บ้านทุ่งนางาม - บ้านเขาปลาร้า", "22.115"),
             ("อน.3027", "แยก ทล.3282 - บ้านเขาตะพาบ", "15.760"), ("อน.4012", "แยก ทล.3438 - บ้านหนองกระทิง", "11.300")]
    rows = "".join(f"<tr><td>{c}</td><td>{esc(n)}</td><td>{k}</td></tr>" for c, n, k in roads)
    write("/roads/", "ข้อมูลสายทางในความรับผิดชอบ",
          f'<table class="files"><tr><th>รหัสสายทาง</th><th>ชื่อสายทาง</th><th>ระยะทาง (กม.)</th></tr>{rows}</table>'
          "<p>รวม 41 สายทาง ระยะทาง 612.384 กม. (แสดงบางสายทาง)</p>")
    write("/service/", "บริการประชาชน / คู่มือสำหรับประชาชน",
          "<p>การขออนุญาตทำทางเชื่อมเข้า - ออกทางหลวงชนบท และการขออนุญาตวางท่อ ปักเสา พาดสาย ในเขตทางหลวงชนบท "
          "ยื่นได้ที่ฝ่ายบริหารทั่วไป หรือยื่นคำขอผ่าน E-Service</p><ul>"
          f'<li>{a(f("citizen"), "คู่มือสำหรับประชาชน : การขออนุญาตทำทางเชื่อม / วางท่อ ปักเสา พาดสาย")}</li>'
          f'<li>{a(f("form-tch"), "แบบคำขออนุญาตสร้างทางเชื่อม (ท.ช.๑)")}</li></ul>')
    write("/eservice/", "E-Service ยื่นคำขอและแจ้งเรื่องออนไลน์",
          "<p>ประชาชนสามารถแจ้งถนนชำรุด ขอรับคำปรึกษาด้านช่าง หรือยื่นคำขออนุญาตทำทางเชื่อมเบื้องต้นได้ทางออนไลน์ "
          "เจ้าหน้าที่จะติดต่อกลับภายใน 2 วันทำการ</p>"
          '<form action="/eservice/submit/" method="post" enctype="multipart/form-data">'
          '<h2>แบบคำร้องออนไลน์</h2>ประเภทคำร้อง <select name="type"><option>แจ้งถนนชำรุด/ไฟทางดับ</option>'
          "<option>ขออนุญาตทำทางเชื่อม (ยื่นเบื้องต้น)</option><option>ขอรับคำปรึกษาด้านช่าง (อปท.)</option></select><br>"
          'ชื่อ-นามสกุล <input name="name"><br>โทรศัพท์ <input name="phone"><br>สายทาง/ตำแหน่ง <input name="route"><br>'
          'รายละเอียด <textarea name="detail"></textarea><br>แนบรูปภาพ <input type="file" name="photo"><br>'
          "<button>ส่งคำร้อง</button></form>")
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนเรื่องทั่วไปได้ที่ฝ่ายบริหารทั่วไป โทร. 0 5651 7302 หรือสายด่วน 1146</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ ท่านไม่จำเป็นต้องระบุชื่อ</p>"
          '<form action="/complaint/corruption/send/" method="post" enctype="multipart/form-data">'
          'ชื่อผู้แจ้ง (ไม่ระบุได้) <input name="name"><br>ช่องทางติดต่อกลับ <input name="contact"><br>'
          'ผู้ถูกร้องเรียน/หน่วยงาน <input name="who"><br>พฤติการณ์ <textarea name="detail"></textarea><br>'
          'หลักฐาน <input type="file" name="evidence"><br><button>ส่งเรื่อง</button></form>'
          "<p>หรือแจ้งโดยตรงที่ผู้อำนวยการ โทร. 0 5651 7302 ต่อ 101 และศูนย์ปฏิบัติการต่อต้านการทุจริต กรมทางหลวงชนบท</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : ทางหลวงชนบทอุทัยธานีได้มาตรฐาน ปลอดภัย เชื่อมโยงแหล่งผลิตและแหล่งท่องเที่ยว</p><ol>"
          "<li>พัฒนาโครงข่ายทางหลวงชนบทให้เชื่อมโยงพื้นที่เศรษฐกิจ</li><li>บำรุงรักษาทางให้อยู่ในสภาพดีและปลอดภัย</li>"
          "<li>สนับสนุนงานทางขององค์กรปกครองส่วนท้องถิ่น</li></ol>")
    write("/law/", "กฎหมายที่เกี่ยวข้อง",
          "<ul><li>พระราชบัญญัติทางหลวง พ.ศ. 2535 และที่แก้ไขเพิ่มเติม</li>"
          "<li>พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560</li>"
          "<li>พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</li>"
          "<li>พระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558</li></ul>")
    faq = [("ขออนุญาตทำทางเชื่อมเข้าบ้านต้องเสียค่าธรรมเนียมหรือไม่", "ไม่มีค่าธรรมเนียม ใช้เวลาพิจารณา 15 วันทำการ"),
           ("ถนนหน้าบ้านเป็นหลุมบ่อ แจ้งได้ที่ใด", "แจ้งผ่าน E-Service บนเว็บไซต์ หรือสายด่วน 1146 ตลอด 24 ชั่วโมง"),
           ("ถนนในหมู่บ้านเป็นของกรมทางหลวงชนบทหรือไม่", "ตรวจสอบรหัสสายทางได้ที่หน้าข้อมูลสายทาง สายที่ขึ้นต้นด้วย อน. "
            "อยู่ในความรับผิดชอบของสำนักงาน")]
    items = "".join(f"<h3>ถาม : {esc(q)}</h3><p>ตอบ : {esc(ans)}</p>" for q, ans in faq)
    write("/faq/", "คำถามที่พบบ่อย (FAQ)", items + '<p><a href="/roads/">ข้อมูลสายทาง</a></p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    extra = [("วิสัยทัศน์ พันธกิจ", "/about/vision/"), ("กฎหมายที่เกี่ยวข้อง", "/law/"), ("คำถามที่พบบ่อย", "/faq/")]
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU + extra)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    # procurement: monthly สขร.1, newest first
    rows = "".join(f'<tr><td>{esc(title)}</td><td>{be(up)}</td><td>{a(path, "ดาวน์โหลด PDF")}</td></tr>'
                   for _k, _ym, title, path, up, _h in reversed(PROC))
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          f'<table class="files"><tr><th>เรื่อง</th><th>วันที่เผยแพร่</th><th>ไฟล์</th></tr>{rows}</table>'
          '<p>ประกาศเชิญชวนและประกาศผู้ชนะการเสนอราคา ดูได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>'
          f'<h2>แผนและรายงาน</h2><ul><li>{a(f("proc-plan-68"), DOCS["proc-plan-68"][1])}</li>'
          f'<li>{a(f("proc-year-67"), DOCS["proc-year-67"][1])}</li></ul>')
    # downloads
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "เอกสารดาวน์โหลด", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"เอกสารดาวน์โหลด : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. 2568</a></li>'
          '<li><a href="/ita/2567/">ITA ประจำปีงบประมาณ พ.ศ. 2567</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568",
          "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล · ตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>" + ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567", ita_table(ITA_2567))


def assets() -> None:
    import base64

    jpg_dir = os.path.join(HERE, "sites", "default", "files", "pictures")
    theme = os.path.join(HERE, "sites", "all", "themes", "drr_province")
    icons = os.path.join(HERE, "modules", "file", "icons")
    for folder in (jpg_dir, os.path.join(theme, "css"), icons):
        os.makedirs(folder, exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    for n in ("director", "admin", "survey", "build", "maint", "chart2566"):
        with open(os.path.join(jpg_dir, f"{n}.jpg"), "wb") as fh:
            fh.write(png)  # stand-ins: the crawler only needs something there
    with open(os.path.join(theme, "logo.png"), "wb") as fh:
        fh.write(png)
    for ext in ("pdf", "docx", "doc", "xls", "xlsx"):
        with open(os.path.join(icons, f"{ext}.png"), "wb") as fh:
            fh.write(png)
    with open(os.path.join(theme, "css", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#topbar{background:#f60;color:#fff;padding:3px}"
                 "#main-menu li{display:inline;margin:0 5px}#page{display:flex}#content{flex:1;padding:8px}"
                 "#sidebar-second{width:230px}.block{border:1px solid #ddd;margin:6px;padding:6px}"
                 "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:3px}"
                 "#footer{background:#333;color:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
