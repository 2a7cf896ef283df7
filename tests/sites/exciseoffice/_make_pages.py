"""Generate the HTML pages of the "exciseoffice" test site (สำนักงานสรรพสามิตพื้นที่ชัยบุรี, invented).

Run:  python tests/sites/exciseoffice/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

The department's shared template for its area offices: a department bar, the office banner, a
menu, a side column (head of office, the department's e-services, the branches, the region's and
department's sites, a visitor counter) and a footer on every page; pages are folder/index.html.
Documents are listed by category under /download/<cat>/, the monthly สขร.1 on /procurement/,
news under /news/ (two pages).  The ITA page /ita/2568/ is a table of o1 … o26 in the office's
own short wording whose links go to files, pages or category lists; last year's /ita/2567/ is
still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ORG, ROWS, name  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนยุทธศาสตร์ / แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / เอกสารทั่วไป"}
HIDDEN = {"antiplan-67"}  # linked only from the ITA pages (o25 of both years)
MISSING_SIZE = "286.4 KB"
OLD_DEAD = "/files/29873.pdf"  # last year's o19 (complaint statistics 2567): the file was deleted


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str = "คลิก") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าหลัก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวสาร", "/news/"), ("ภาษีสรรพสามิต", "/tax/"),
        ("ใบอนุญาต", "/license/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"),
        ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]
BRANCHES = [("สาขาเมืองชัยบุรี", "/branch/muang/"), ("สาขาโนนทอง", "/branch/nonthong/"), ("สาขาห้วยเสือ", "/branch/huaisuea/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    branches = "<br>".join(a(u, t) for t, u in BRANCHES)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/excise-area.css"></head>
<body>
<div id="deptbar">กรมสรรพสามิต กระทรวงการคลัง · Excise Department · สายด่วน 1713</div>
<div id="banner"><img src="/assets/excise-logo.png" alt="ตรากรมสรรพสามิต" width="60" height="60">
<b>{ORG}</b><br><small>Chaiburi Area Excise Office · สำนักงานสรรพสามิตภาคที่ 9</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/head.png" alt="สรรพสามิตพื้นที่ชัยบุรี" width="60" height="75"><br>
<b>นายธีรวัฒน์ พลอยงาม</b><br>สรรพสามิตพื้นที่ชัยบุรี</div>
<div class="box"><b>บริการอิเล็กทรอนิกส์ของกรม</b><br><a href="https://elicense.excise.go.th/">e-License ใบอนุญาตสุรา ยาสูบ</a><br>
<a href="https://edbweb.excise.go.th/">ยื่นแบบชำระภาษีทางอินเทอร์เน็ต</a><br><a href="/eservice/">นัดหมายรับบริการออนไลน์</a></div>
<div class="box"><b>สำนักงานสาขา</b><br>{branches}</div>
<div class="box"><a href="/ita/2568/">ITA ปี ๒๕๖๘</a><br><a href="/ita/2567/">ITA ปี ๒๕๖๗</a><br>
<a href="https://www.excise.go.th/">กรมสรรพสามิต</a><br><a href="https://region9.excise.go.th/">สำนักงานสรรพสามิตภาคที่ 9</a></div>
<div class="box">ผู้เข้าชมเว็บไซต์ ๔๑,๒๐๗ ครั้ง</div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} ศาลากลางจังหวัดชัยบุรี (หลังเดิม) ถนนศรีชัย ตำบลในเมือง อำเภอเมืองชัยบุรี จังหวัดชัยบุรี 39900<br>
โทรศัพท์ 0 4481 2260 โทรสาร 0 4481 2261 อีเมล chaiburi@excise-area.example.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© กรมสรรพสามิต · เว็บไซต์สำนักงานสรรพสามิตพื้นที่ (แม่แบบกลาง) ปรับปรุงล่าสุด ๘ เม.ย. ๒๕๖๘</div>
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
                    f'<td><img src="/assets/{ext}.gif" alt="{ext}"> {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ขนาด</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (2871, (2025, 4, 8), "สพท.ชัยบุรี ร่วมกับตำรวจภูธรจังหวัด ตรวจสอบสถานบริการช่วงเทศกาลสงกรานต์ 2568",
     ["วันที่ 8 เมษายน 2568 เจ้าหน้าที่กลุ่มป้องกันและปราบปราม ออกตรวจสอบสถานบริการและร้านจำหน่ายสุราในเขตอำเภอเมืองชัยบุรี"
      " พบการกระทำผิด 4 ราย ได้เปรียบเทียบปรับตามกฎหมาย"]),
    (2864, (2025, 3, 20), "ประชาสัมพันธ์ การต่อใบอนุญาตขายสุราและยาสูบ ผ่านระบบ e-License",
     ["ผู้ประกอบการสามารถยื่นคำขอต่ออายุใบอนุญาตผ่านระบบ e-License ของกรมสรรพสามิตได้ตลอด 24 ชั่วโมง"]),
    (2858, (2025, 2, 21), "สรุปผลการประชุมรับฟังความคิดเห็นผู้ประกอบการสุราชุมชน ประจำปีงบประมาณ 2568",
     ["วันที่ 20 กุมภาพันธ์ 2568 สำนักงานสรรพสามิตพื้นที่ชัยบุรี จัดประชุมรับฟังความคิดเห็นผู้ประกอบการสุราชุมชนและสุรากลั่นชุมชน"
      " ณ ห้องประชุมโรงแรมชัยบุรีแกรนด์ เพื่อเปิดโอกาสให้ผู้ประกอบการมีส่วนร่วมในการปรับปรุงขั้นตอนการตรวจควบคุมและการให้บริการ",
      "มีผู้เข้าร่วมทั้งสิ้น 68 คน ได้แก่ ผู้ประกอบการสุราชุมชน 41 ราย ผู้แทนวิสาหกิจชุมชน 12 คน และเจ้าหน้าที่ 15 คน",
      "ข้อเสนอที่ได้รับ : ให้มีการนัดหมายตรวจโรงงานล่วงหน้าผ่านระบบออนไลน์ ขอให้จัดอบรมการยื่นแบบภาษีทางอินเทอร์เน็ต"
      " และขอให้ขยายเวลาให้บริการในช่วงต่ออายุใบอนุญาต สำนักงานฯ จะนำข้อเสนอไปปรับปรุงการให้บริการ"
      " โดยเปิดระบบนัดหมายรับบริการออนไลน์ตั้งแต่เดือนมีนาคม 2568"]),
    (2851, (2025, 2, 10), "ขอเชิญผู้ประกอบการสุราชุมชนเข้าร่วมประชุมรับฟังความคิดเห็น",
     ["ขอเชิญผู้ประกอบการสุราชุมชนในจังหวัดชัยบุรีเข้าร่วมประชุม วันที่ 20 กุมภาพันธ์ 2568 เวลา 09.00 น."
      " ลงทะเบียนได้ที่สาขาทุกแห่ง"]),
    (2843, (2025, 1, 24), "โครงการส่งเสริมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2568",
     ["วันที่ 24 มกราคม 2568 สำนักงานสรรพสามิตพื้นที่ชัยบุรี จัดอบรมขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือน"
      " และข้อกำหนดจริยธรรมกรมสรรพสามิต ให้บุคลากรทุกสาขา โดยมีการบรรยายกรณีศึกษาการรับสินบนในงานใบอนุญาต",
      "ผู้เข้าร่วม ข้าราชการ 27 คน พนักงานราชการ 8 คน ลูกจ้าง 3 คน รวม 38 คน และลงนามปฏิญญาการปฏิบัติตามประมวลจริยธรรม"]),
    (2836, (2025, 1, 7), "ผลการปราบปรามสุราเถื่อนและบุหรี่หนีภาษี ช่วงเทศกาลปีใหม่ 2568",
     ["ระหว่างวันที่ 25 ธันวาคม 2567 - 5 มกราคม 2568 จับกุมผู้กระทำผิด 23 คดี ของกลางสุรา 412 ลิตร บุหรี่ 1,260 ซอง"]),
    (2829, (2024, 12, 5), "วันพ่อแห่งชาติ 5 ธันวาคม 2567",
     ["ข้าราชการและเจ้าหน้าที่ร่วมพิธีถวายพระพรชัยมงคล ณ ศาลากลางจังหวัดชัยบุรี"]),
    (2817, (2024, 11, 12), "สรรพสามิตพื้นที่ชัยบุรีมอบนโยบายการจัดเก็บภาษี ปีงบประมาณ 2568",
     ["มอบนโยบายแก่หัวหน้าสาขาและหัวหน้ากลุ่ม เป้าหมายการจัดเก็บภาษี 486.5 ล้านบาท"]),
    (2809, (2024, 10, 3), "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2568",
     ["สรรพสามิตพื้นที่ชัยบุรีประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่"
      " ขอความร่วมมือผู้ประกอบการงดให้ของขวัญทุกเทศกาล", '<a href="{nogift}">ประกาศฉบับเต็ม</a>']),
    (2802, (2024, 10, 1), "ต้อนรับสรรพสามิตพื้นที่ชัยบุรีคนใหม่",
     ["นายธีรวัฒน์ พลอยงาม เดินทางมารับตำแหน่งสรรพสามิตพื้นที่ชัยบุรี เมื่อวันที่ 1 ตุลาคม 2567"]),
    # FY2567, on page 2
    (2745, (2024, 8, 14), "อบรมการยื่นแบบชำระภาษีทางอินเทอร์เน็ตแก่ผู้ประกอบการ",
     ["ผู้ประกอบการ 35 รายเข้าร่วมอบรม ณ สาขาเมืองชัยบุรี"]),
    (2711, (2024, 5, 2), "ประชาสัมพันธ์ภาษีความหวาน เครื่องดื่มที่มีน้ำตาล ระยะที่ 3",
     ["อัตราภาษีเครื่องดื่มตามปริมาณน้ำตาลระยะที่ 3 มีผลตั้งแต่วันที่ 1 เมษายน 2568 ตามประกาศกระทรวงการคลัง"]),
    (2688, (2024, 2, 22), "ประชุมรับฟังความคิดเห็นผู้ประกอบการสุราชุมชน ประจำปี 2567",
     ["วันที่ 22 กุมภาพันธ์ 2567 ผู้ประกอบการเข้าร่วม 52 คน"]),
    (2650, (2023, 12, 1), "โครงการส่งเสริมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2567",
     ["อบรมบุคลากร 36 คน ณ ห้องประชุมสำนักงาน"]),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"nogift": f("nogift-68")}
    for nid, ymd, title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(*ymd))} · ฝ่ายบริหารทั่วไป</p>{body}'
              '<p><a href="/news/">« ข่าวสารทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>' for n in chunk)
        pager = '<p>หน้า <b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">ถัดไป »</a></p>' if p == 1 else \
            '<p>หน้า <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวสาร / ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2568 = [  # (ข้อ, heading, [(link text, href or ROWS key)])
    ("ข้อมูลพื้นฐาน", None),
    ("o1", "โครงสร้าง / อำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ผู้บริหาร", "/about/executives/")]),
    ("o3", "การติดต่อ", [("ติดต่อเรา", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวสาร", "/news/")]),
    ("การบริหารงานและการใช้จ่ายงบประมาณ", None),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์", "strat-63-67")]),
    ("o6", "แผนปฏิบัติราชการ / แผนการใช้จ่ายงบประมาณ / ผลรอบ 6 เดือน",
     [("แผนปฏิบัติราชการ 2568", "actplan-68"), ("แผนการใช้จ่ายงบประมาณ 2568", "budget-68"),
      ("รายงานรอบ 6 เดือน", "six-month-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือปฏิบัติงาน", [("คู่มือ", "manual-license")]),
    ("o9", "คู่มือประชาชน", [("คู่มือสำหรับประชาชน", "citizen-license")]),
    ("o10", "E-Service", [("E-Service", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติ", "stats-67")]),
    ("การจัดซื้อจัดจ้าง", None),
    ("o12", "รายการจัดซื้อจัดจ้าง (สขร.1)", [("สขร.1 ปีงบประมาณ 2568", "/procurement/")]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานปี 2567", "proc-year-67")]),
    ("การบริหารและพัฒนาทรัพยากรบุคคล", None),
    ("o14", "แผน/นโยบายบริหารทรัพยากรบุคคล", [("นโยบาย HR", "hr-policy-66")]),
    ("o15", "รายงานผลการบริหารทรัพยากรบุคคล", [("รายงานปี 2567", "hr-report-67")]),
    ("o16", "ประมวลจริยธรรม / การขับเคลื่อน", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมขับเคลื่อน", "/news/2843/")]),
    ("การส่งเสริมความโปร่งใส", None),
    ("o17", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", [("แนวปฏิบัติ", "complaint-guide")]),
    ("o18", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติปี 2568", "complaint-stats-68")]),
    ("o20", "การมีส่วนร่วม", [("ประชุมผู้ประกอบการ", "/news/2858/")]),
    ("การป้องกันการทุจริต", None),
    ("o21", "No Gift Policy", [("ประกาศ", "nogift-68")]),
    ("o22", "รายงานการรับของขวัญ", [("รายงาน", "gift-report-66")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [("ปี 2568", "risk-68")]),
    ("o24", "รายงานผลการจัดการความเสี่ยง", [("ปี 2567", "risk-report-66")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการ", "antiplan-67")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("ปี 2567", "anti-report-67")]),
]
ITA_2567 = [
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ 2563-2567", "strat-63-67")]),
    ("o6", "รายงานผลรอบ 6 เดือน ปี 2567", [("รายงาน 6 เดือน", "six-month-67")]),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต ปี 2567", [("สถิติ", OLD_DEAD)]),
    ("o22", "รายงานการรับของขวัญ ปี 2566", [("รายงาน", "gift-report-66")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต ปี 2567", [("ปี 2567", "risk-67")]),
    ("o25", "แผนป้องกันการทุจริต ปี 2567", [("แผนปฏิบัติการ 2567", "antiplan-67")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการข้อมูล</th><th>ลิงก์</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = " , ".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "หน้าหลัก",
          f'<h2>ข่าวสารล่าสุด</h2><ul class="news">{latest}</ul><p><a href="/news/">ดูทั้งหมด</a></p>'
          '<h2>บริการ</h2><p><a href="/license/">ใบอนุญาตขายสุรา ยาสูบ</a> · <a href="/eservice/">นัดหมายรับบริการออนไลน์</a> · '
          '<a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a> · <a href="/ita/2568/">การประเมิน ITA ประจำปี 2568</a></p>')
    write("/about/", "เกี่ยวกับหน่วยงาน",
          "<p>สำนักงานสรรพสามิตพื้นที่ชัยบุรี เป็นราชการบริหารส่วนภูมิภาคของกรมสรรพสามิต สังกัดสำนักงานสรรพสามิตภาคที่ 9"
          " มีสำนักงานสาขา 3 แห่ง รับผิดชอบการจัดเก็บภาษีสรรพสามิต การออกใบอนุญาต และการป้องกันปราบปรามในเขตจังหวัดชัยบุรี</p>"
          "<p>วิสัยทัศน์กรมสรรพสามิต : องค์กรจัดเก็บภาษีที่ทันสมัย โปร่งใส เพื่อสังคมและสิ่งแวดล้อมที่ดี</p>"
          '<ul><li><a href="/about/structure/">โครงสร้าง</a></li><li><a href="/about/authority/">อำนาจหน้าที่</a></li>'
          '<li><a href="/about/executives/">ผู้บริหาร</a></li></ul>')
    write("/about/structure/", "โครงสร้างสำนักงานสรรพสามิตพื้นที่ชัยบุรี",
          '<img src="/assets/org-chart.png" alt="แผนภูมิโครงสร้างสำนักงานสรรพสามิตพื้นที่ชัยบุรี" width="160" height="100">'
          "<ul><li>สรรพสามิตพื้นที่ชัยบุรี<ul><li>ฝ่ายบริหารทั่วไป</li><li>กลุ่มบริหารและพัฒนาการจัดเก็บภาษี</li>"
          "<li>กลุ่มป้องกันและปราบปราม</li><li>สำนักงานสรรพสามิตพื้นที่สาขาเมืองชัยบุรี</li>"
          "<li>สำนักงานสรรพสามิตพื้นที่สาขาโนนทอง</li><li>สำนักงานสรรพสามิตพื้นที่สาขาห้วยเสือ</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมสรรพสามิต กระทรวงการคลัง สำนักงานสรรพสามิตพื้นที่มีอำนาจหน้าที่ สรุปได้ดังนี้</p><ol>"
          "<li>จัดเก็บภาษีสรรพสามิต ค่าธรรมเนียมใบอนุญาต และรายได้อื่นที่กฎหมายกำหนดในเขตพื้นที่</li>"
          "<li>ออกใบอนุญาตผลิต ขาย และนำเข้าสุราและยาสูบ และใบอนุญาตอื่นตามกฎหมายว่าด้วยภาษีสรรพสามิต</li>"
          "<li>ควบคุม ตรวจสอบ และกำกับดูแลผู้ประกอบการอุตสาหกรรมและสถานบริการ</li>"
          "<li>ป้องกันและปราบปรามการกระทำผิดกฎหมายว่าด้วยภาษีสรรพสามิต สุรา และยาสูบ</li>"
          "<li>ให้บริการข้อมูล คำแนะนำ และปฏิบัติงานร่วมกับหรือสนับสนุนหน่วยงานอื่นที่เกี่ยวข้อง</li></ol>")
    execs = [("นายธีรวัฒน์ พลอยงาม", "สรรพสามิตพื้นที่ชัยบุรี", "0 4481 2260 ต่อ 101"),
             ("นางสาวกมลวรรณ ศรีเมือง", "หัวหน้าฝ่ายบริหารทั่วไป", "0 4481 2260 ต่อ 102"),
             ("นายอนุชา แสงทองดี", "หัวหน้ากลุ่มบริหารและพัฒนาการจัดเก็บภาษี", "0 4481 2260 ต่อ 103"),
             ("นายปกรณ์ วงศ์ไพบูลย์", "หัวหน้ากลุ่มป้องกันและปราบปราม", "0 4481 2260 ต่อ 104")]
    cards = "".join(f'<div class="card"><img src="/assets/head.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "ผู้บริหาร", cards)
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>ศาลากลางจังหวัดชัยบุรี (หลังเดิม) ถนนศรีชัย ตำบลในเมือง อำเภอเมืองชัยบุรี จังหวัดชัยบุรี 39900</p>"
          "<p>โทรศัพท์ 0 4481 2260 โทรสาร 0 4481 2261<br>อีเมล chaiburi@excise-area.example.go.th</p>"
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.9021,102.7433">แผนที่ตั้ง (Google Maps)</a></p>'
          "<h2>สำนักงานสาขา</h2><ul><li>สาขาเมืองชัยบุรี โทร. 0 4481 2262</li><li>สาขาโนนทอง โทร. 0 4489 1147</li>"
          "<li>สาขาห้วยเสือ โทร. 0 4487 3305</li></ul>")
    for (t, u), (phone, area) in zip(BRANCHES, [("0 4481 2262", "อำเภอเมืองชัยบุรี และอำเภอนาดี"),
                                                  ("0 4489 1147", "อำเภอโนนทอง และอำเภอบ้านแฮด"),
                                                  ("0 4487 3305", "อำเภอห้วยเสือ และอำเภอภูพาน")], strict=True):
        write(u, f"สำนักงานสรรพสามิตพื้นที่{t}", f"<p>พื้นที่รับผิดชอบ : {area}</p><p>โทรศัพท์ {phone}</p>")
    write("/tax/", "ภาษีสรรพสามิต",
          "<p>สินค้าและบริการที่ต้องเสียภาษีสรรพสามิต ได้แก่ น้ำมันและผลิตภัณฑ์น้ำมัน เครื่องดื่ม สุรา ยาสูบ รถยนต์ แบตเตอรี่"
          " และบริการสถานบริการ (สถานบันเทิง สนามกอล์ฟ)</p><p>ผู้ประกอบการยื่นแบบและชำระภาษีผ่านระบบอินเทอร์เน็ตของกรมสรรพสามิตได้</p>")
    write("/license/", "ใบอนุญาตขายสุรา ยาสูบ",
          "<p>ผู้ขายสุราและยาสูบต้องมีใบอนุญาตและต่ออายุทุกปี (ปีภาษี 1 มกราคม - 31 ธันวาคม)</p>"
          f'<p>{a(f("citizen-license"), "คู่มือสำหรับประชาชน การขอรับใบอนุญาตขายสุรา และใบอนุญาตขายยาสูบ")}</p>'
          '<p><a href="https://elicense.excise.go.th/">ยื่นคำขอผ่านระบบ e-License</a></p>')
    write("/eservice/", "E-Service ระบบนัดหมายและยื่นคำขอรับบริการออนไลน์",
          "<p>ผู้ประกอบการและประชาชนสามารถนัดหมายรับบริการ หรือยื่นคำขอใบอนุญาตขายสุรา ยาสูบ ได้ทางออนไลน์"
          " เจ้าหน้าที่จะยืนยันนัดหมายทางโทรศัพท์ภายใน 1 วันทำการ</p>"
          '<form action="https://forms.gle/ChaiburiExciseBooking2568" method="post">'
          '<h2>แบบนัดหมาย / ยื่นคำขอออนไลน์</h2>ชื่อ-นามสกุล <input name="name"><br>เลขประจำตัวผู้เสียภาษี <input name="tax_id"><br>'
          'โทรศัพท์ <input name="phone"><br>เรื่อง <select name="service"><option>ต่ออายุใบอนุญาตขายสุรา/ยาสูบ</option>'
          '<option>ขอใบอนุญาตใหม่</option><option>ยื่นแบบชำระภาษีสถานบริการ</option><option>อื่น ๆ</option></select><br>'
          'สาขาที่ต้องการรับบริการ <select name="branch"><option>สาขาเมืองชัยบุรี</option><option>สาขาโนนทอง</option>'
          '<option>สาขาห้วยเสือ</option></select><br>วันที่ต้องการ <input type="date" name="day"><br><button>ส่งคำขอ</button></form>'
          '<p>บริการของกรมสรรพสามิต : <a href="https://elicense.excise.go.th/">e-License</a> · '
          '<a href="https://edbweb.excise.go.th/">ยื่นแบบชำระภาษีทางอินเทอร์เน็ต</a></p>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนได้ที่สำนักงานและสาขาทุกแห่ง โทร 0 4481 2260 หรือสายด่วนกรมสรรพสามิต 1713</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-guide"), "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ ส่งตรงถึงสรรพสามิตพื้นที่ชัยบุรี</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้ร้องเรียน (ไม่ระบุก็ได้) <input name="name"><br>'
          'เบอร์ติดต่อ/อีเมล <input name="contact"><br>ชื่อ/ตำแหน่งผู้ถูกร้องเรียน <input name="who"><br>'
          'รายละเอียดพฤติการณ์ <textarea name="detail"></textarea><br>แนบหลักฐาน <input type="file" name="file"><br>'
          '<button>ส่งเรื่องร้องเรียน</button></form>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>กรมสรรพสามิตเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    # procurement: newest first
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td>'
                   f'<td>{a(f(k), "ดาวน์โหลด (Excel)" if ROWS[k][3] == "xls" else "ดาวน์โหลด (PDF)")}</td></tr>'
                   for k in months)
    write("/procurement/", "จัดซื้อจัดจ้าง / สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศ / รายงาน</h2><ul><li>{a(f("print-actplan"), ROWS["print-actplan"][0])}</li>'
          f'<li>{a(f("proc-year-67"), ROWS["proc-year-67"][0])}</li></ul>'
          '<p>ดูประกาศจัดซื้อจัดจ้างทั้งหมดได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>')
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลด : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li><li><a href="/ita/2567/">ITA ประจำปี 2567</a></li></ul>')
    write("/ita/2568/", "ITA 2568 : การเปิดเผยข้อมูลสาธารณะ (OIT)",
          "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>" + ita_table(ITA_2568))
    write("/ita/2567/", "ITA 2567 : การเปิดเผยข้อมูลสาธารณะ (OIT)", ita_table(ITA_2567))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("excise-logo.png", "head.png", "org-chart.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "excise-area.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#deptbar{background:#7a1f1f;color:#fff;padding:4px}"
                 "#banner{background:#f6e7c1;padding:6px}#menu li{display:inline;margin:0 6px}#wrap{display:flex}"
                 "#side{width:230px}#main{flex:1;padding:8px}.box{border:1px solid #caa;margin:6px;padding:6px}"
                 "table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:3px}"
                 "#footer{background:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
