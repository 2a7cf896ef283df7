"""Generate the HTML pages of the "tourism" test site (สำนักงานการท่องเที่ยวและกีฬาจังหวัดศรีวารี, invented).

Run:  python tests/sites/tourism/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial office of the Ministry of Tourism and Sports on the ministry's common template: a top
bar, a menu, a right-hand column (the head of office, quick links, a visitor counter) and a footer
on every page; pages are folder/index.html.  Documents are listed by category (/download/<cat>/),
the monthly สขร.1 on /procurement/, news under /news/ (two pages).  The ITA page /ita/2568/ is a
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

from _make_docs import HIDDEN, ROWS, name  # noqa: E402

ORG = "สำนักงานการท่องเที่ยวและกีฬาจังหวัดศรีวารี"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนงาน / แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / เอกสารทั่วไป"}
MISSING_SIZE = {"risk-report-67": "286.4 KB", "risk-67-old": "301.2 KB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(THAI)


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้างองค์กร", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("แหล่งท่องเที่ยว", "/tourism/attractions/"),
        ("ปฏิทินเทศกาล", "/tourism/events/"), ("สนามกีฬา", "/sports/venues/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("ดาวน์โหลดเอกสาร", "/download/"), ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"),
        ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/mots.css"></head>
<body>
<div id="topbar">กระทรวงการท่องเที่ยวและกีฬา · Ministry of Tourism and Sports · โทร. 0 4561 2873</div>
<div id="header"><img src="/assets/logo.png" alt="ตรากระทรวงการท่องเที่ยวและกีฬา" width="70" height="70">
<span class="org">{ORG}</span><br><small>Sri Wari Provincial Office of Tourism and Sports</small></div>
<ul id="nav">
{menu}
</ul>
<div id="content"><div id="main">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="aside">
<div class="widget"><img src="/assets/head.png" alt="ท่องเที่ยวและกีฬาจังหวัดศรีวารี" width="90" height="110"><br>
นายธนพล วงศ์ชัยศรี<br>ท่องเที่ยวและกีฬาจังหวัดศรีวารี</div>
<div class="widget"><b>ลิงก์ด่วน</b><br><a href="/ita/2568/">ITA ปี ๒๕๖๘</a><br><a href="/ita/2567/">ITA ปี ๒๕๖๗</a><br>
<a href="/eservice/">จองสนามกีฬา / นัดหมายออนไลน์</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/download/manual/">คู่มือประชาชน</a><br>
<a href="https://www.mots.go.th/">กระทรวงการท่องเที่ยวและกีฬา</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="widget">ผู้เยี่ยมชม ๒๑๘,๔๐๖ ครั้ง</div>
</div></div>
<div id="footer">{ORG} อาคารศูนย์ราชการจังหวัดศรีวารี ชั้น 2 ถนนวารีราษฎร์ ตำบลในเมือง อำเภอเมืองศรีวารี จังหวัดศรีวารี 35190<br>
โทรศัพท์ 0 4561 2873 โทรสาร 0 4561 2874 อีเมล sriwari@mots.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
สงวนลิขสิทธิ์ © ๒๕๖๕ {ORG}</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if key in MISSING_SIZE:
        return MISSING_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td><img src="/assets/{ext}.gif" alt="{ext}"> {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and not k.startswith("proc-20") and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (512, (2025, 4, 8), "ขอเชิญเที่ยวงานสงกรานต์ริมน้ำวารี ประจำปี 2568",
     ["สำนักงานการท่องเที่ยวและกีฬาจังหวัดศรีวารี ร่วมกับจังหวัดศรีวารี ขอเชิญนักท่องเที่ยวร่วมงานสงกรานต์ริมน้ำวารี "
      "ระหว่างวันที่ 12 - 15 เมษายน 2568 ณ ลานวัฒนธรรมริมแม่น้ำวารี"]),
    (508, (2025, 3, 21), "โครงการอบรมมัคคุเทศก์ท้องถิ่น รุ่นที่ 1 ประจำปีงบประมาณ 2568",
     ["ระหว่างวันที่ 17 - 21 มีนาคม 2568 จัดอบรมมัคคุเทศก์ท้องถิ่น ผู้ผ่านการอบรม 45 คน ณ โรงแรมวารีแกรนด์"]),
    (503, (2025, 2, 14), "สรุปผลการประชุมรับฟังความคิดเห็นต่อร่างแผนพัฒนาการท่องเที่ยวชุมชนริมน้ำ ปี 2568",
     ["เมื่อวันที่ 12 กุมภาพันธ์ 2568 สำนักงานการท่องเที่ยวและกีฬาจังหวัดศรีวารี จัดประชุมรับฟังความคิดเห็นต่อร่างแผนพัฒนาการท่องเที่ยว"
      "ชุมชนริมน้ำ เพื่อเปิดโอกาสให้ผู้ประกอบการ ชุมชน และภาคีเครือข่ายมีส่วนร่วมในการดำเนินงานของสำนักงาน",
      "มีผู้เข้าร่วม 73 คน ได้แก่ ผู้ประกอบการที่พักและร้านอาหาร 28 คน ผู้แทนชุมชนท่องเที่ยว 9 ชุมชน 31 คน "
      "และผู้แทนหน่วยงานท้องถิ่น 14 คน",
      "ข้อเสนอที่ได้รับ 18 ข้อ เช่น เพิ่มจุดจอดเรือชุมชนบ้านท่าวารี จัดทำป้ายสื่อความหมายสองภาษา และอบรมการตลาดออนไลน์ "
      "สำนักงานได้ปรับร่างแผนตามข้อเสนอ 12 ข้อ และจะแจ้งผลให้ผู้เข้าร่วมทราบทางเว็บไซต์"]),
    (499, (2025, 2, 3), "ขอเชิญประชุมรับฟังความคิดเห็นต่อร่างแผนพัฒนาการท่องเที่ยวชุมชนริมน้ำ",
     ["ขอเชิญผู้ประกอบการท่องเที่ยวและผู้แทนชุมชนร่วมประชุม ในวันที่ 12 กุมภาพันธ์ 2568 ณ ห้องประชุมศรีวารี 1",
      '<a href="{invite}">ดาวน์โหลดหนังสือเชิญ</a>']),
    (495, (2025, 1, 27), "เทศกาลล่องแพวารี ครั้งที่ 12 ประจำปี 2568",
     ["ระหว่างวันที่ 24 - 26 มกราคม 2568 มีนักท่องเที่ยวเข้าร่วมงานกว่า 51,000 คน"]),
    (490, (2025, 1, 16), "อบรมส่งเสริมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2568",
     ["วันที่ 15 มกราคม 2568 คณะทำงานขับเคลื่อนจริยธรรมของสำนักงาน จัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือน "
      "และข้อกำหนดจริยธรรม (Do's & Don'ts) ให้บุคลากรนำไปปฏิบัติ",
      "ผู้เข้าร่วม ข้าราชการ พนักงานราชการ และลูกจ้าง รวม 17 คน วิทยากรจากสำนักงานจังหวัดศรีวารี",
      '<a href="{order}">คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม</a>']),
    (484, (2024, 12, 15), "ศรีวารีมาราธอน 2568 นักวิ่งร่วมงานกว่า 4,100 คน",
     ["วันที่ 15 ธันวาคม 2567 จัดการแข่งขันศรีวารีมาราธอน 2568 ณ สนามกีฬากลางจังหวัดศรีวารี"]),
    (478, (2024, 11, 20), "ตรวจประเมินมาตรฐานแหล่งท่องเที่ยวทางธรรมชาติ ประจำปี 2568",
     ["ลงพื้นที่ตรวจประเมินมาตรฐานแหล่งท่องเที่ยว 6 แห่ง ร่วมกับองค์กรปกครองส่วนท้องถิ่น"]),
    (471, (2024, 10, 23), "ร่วมพิธีวางพวงมาลา เนื่องในวันปิยมหาราช 23 ตุลาคม 2567",
     ["ท่องเที่ยวและกีฬาจังหวัดศรีวารี พร้อมบุคลากร ร่วมพิธี ณ ศาลากลางจังหวัดศรีวารี"]),
    (466, (2024, 10, 2), "ผู้บริหารประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2568",
     ["ท่องเที่ยวและกีฬาจังหวัดศรีวารี ประกาศเจตจำนงสุจริตต่อหน้าบุคลากรทุกคน",
      '<a href="{will}">ประกาศเจตจำนงสุจริต</a>']),
    # FY2567, on page 2
    (441, (2024, 8, 30), "ประชุมคณะกรรมการพัฒนาการท่องเที่ยวจังหวัดศรีวารี ครั้งที่ 3/2567",
     ["พิจารณาแผนการจัดงานเทศกาลประจำปี 2568"]),
    (432, (2024, 6, 18), "อบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2567",
     ["บุคลากร 17 คน เข้ารับการอบรม ณ ห้องประชุมสำนักงาน"]),
    (420, (2024, 2, 9), "สรุปผลการประชุมรับฟังความคิดเห็นผู้ประกอบการท่องเที่ยว ปี 2567",
     ["วันที่ 7 กุมภาพันธ์ 2567 มีผู้ประกอบการเข้าร่วม 52 คน เสนอให้จัดงานเทศกาลต่อเนื่องทุกปี"]),
    (411, (2023, 12, 17), "ศรีวารีมาราธอน 2567",
     ["วันที่ 17 ธันวาคม 2566 มีนักวิ่งเข้าร่วม 3,860 คน"]),
    (404, (2023, 11, 14), "ประกาศใช้แผนปฏิบัติราชการ ประจำปีงบประมาณ 2567",
     ['ประกาศใช้แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2567 <a href="{action67}">รายละเอียด</a>']),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"invite": f("invite-hearing"), "order": f("ethics-order-68"), "will": f("will-68"),
             "action67": f("action-67")}
    for nid, ymd, title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(*ymd))} โดย admin</p>{body}'
              '<p><a href="/news/">« ข่าวประชาสัมพันธ์ทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>[{be(date(*n[1]))}]</span></li>' for n in chunk)
        pager = ('<p class="pager"><b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">»</a></p>' if p == 1
                 else '<p class="pager"><a href="/news/">«</a> <a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


ITA_2568 = [  # (ข้อ, short wording, [(link text, key or path)]); None: a group heading
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", None),
    ("o1", "โครงสร้าง / อำนาจหน้าที่", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ข้อมูลผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อหน่วยงาน", [("ติดต่อเรา", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ฯ", "plan-64-67")]),
    ("o6", "แผนปฏิบัติราชการ / แผนใช้จ่ายงบ / รายงานรอบ 6 เดือน",
     [("แผนปฏิบัติราชการ 2568", "action-68"), ("แผนการใช้จ่ายงบประมาณ 2568", "spend-68"), ("รายงานรอบ 6 เดือน", "sixm-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือปฏิบัติงาน", [("คู่มือ", "work-manual")]),
    ("o9", "คู่มือบริการประชาชน", [("คู่มือประชาชน", "citizen-manual")]),
    ("o10", "E-Service", [("บริการออนไลน์", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติ ต.ค.67-มี.ค.68", "service-stats-68")]),
    ("o12", "จัดซื้อจัดจ้างรายเดือน", [("สขร.1", "/procurement/")]),
    ("o13", "รายงานจัดซื้อจัดจ้างประจำปี", [("รายงานปี 2567", "proc-year-67")]),
    ("o14", "แผนบริหารและพัฒนาบุคลากร", [("แผนพัฒนาบุคลากร ปี 2568", "hr-plan-67")]),
    ("o15", "รายงานผลการพัฒนาบุคลากร", [("รายงานปี 2567", "hr-report-67")]),
    ("o16", "ประมวลจริยธรรม / ขับเคลื่อนจริยธรรม", [("ประมวลจริยธรรม", "ethics-code"), ("กิจกรรมปี 2568", "/news/490/")]),
    ("o17", "คู่มือร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o18", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียน", [("สถิติเรื่องร้องเรียน", "complaint-stats-67")]),
    ("o20", "การมีส่วนร่วม", [("ประชุมรับฟังความคิดเห็น", "/news/503/")]),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", None),
    ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", "nogift-66")]),
    ("o22", "รายงานการรับของขวัญ", [("รายงาน ปี 2567", "gift-report-67")]),
    ("o23", "ประเมินความเสี่ยงสินบน", [("ประเมินความเสี่ยง 2568", "risk-68")]),
    ("o24", "รายงานการจัดการความเสี่ยง", [("รายงาน ปี 2567", "risk-report-67")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผน ปี 2568", "anti-plan-68")]),
    ("o26", "รายงานผลป้องกันการทุจริต", [("รายงานผล", "anti-report-66")]),
]
ITA_2567 = [
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ฯ 2564-2567", "plan-64-67")]),
    ("o6", "แผนปฏิบัติราชการ / รายงานรอบ 6 เดือน", [("แผนปฏิบัติราชการ 2567", "action-67"), ("รายงานรอบ 6 เดือน 2567", "sixm-67")]),
    ("o12", "จัดซื้อจัดจ้างรายเดือน", [("สขร.1", "/procurement/")]),
    ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", "nogift-66")]),
    ("o23", "ประเมินความเสี่ยงสินบน", [("ประเมินความเสี่ยง 2567", "risk-67-old")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผน ปี 2567", "anti-plan-67")]),
    ("o26", "รายงานผลป้องกันการทุจริต", [("รายงานผล ปี 2566", "anti-report-66")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ประเด็น</th><th>ลิงก์ข้อมูล</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = "<br>".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code.upper()}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> [{be(date(*n[1]))}]</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">อ่านทั้งหมด</a></p>'
          '<h2>บริการ</h2><p><a href="/eservice/">จองสนามกีฬา / นัดหมายยื่นคำขอบัตรมัคคุเทศก์ออนไลน์</a> · '
          '<a href="/procurement/">ข้อมูลจัดซื้อจัดจ้าง</a> · <a href="/ita/2568/">ITA ประจำปี ๒๕๖๘</a></p>'
          '<h2>เที่ยวศรีวารี</h2><p><a href="/tourism/attractions/">แหล่งท่องเที่ยว</a> · '
          '<a href="/tourism/events/">ปฏิทินเทศกาล ๒๕๖๘</a></p>')
    write("/about/history/", "ความเป็นมาและวิสัยทัศน์",
          "<p>สำนักงานการท่องเที่ยวและกีฬาจังหวัดศรีวารี เป็นราชการบริหารส่วนภูมิภาค สังกัดสำนักงานปลัดกระทรวงการท่องเที่ยวและกีฬา "
          "ปฏิบัติหน้าที่ในฐานะตัวแทนของกระทรวงในจังหวัด เดิมชื่อศูนย์การท่องเที่ยว กีฬาและนันทนาการจังหวัด</p>"
          "<p>วิสัยทัศน์ : ศรีวารีเมืองท่องเที่ยววิถีธรรมชาติ กีฬาสร้างคุณภาพชีวิต</p>"
          "<p>พันธกิจ : พัฒนาและส่งเสริมการท่องเที่ยว ส่งเสริมการกีฬาและนันทนาการ กำกับดูแลธุรกิจนำเที่ยวและมัคคุเทศก์</p>")
    write("/about/structure/", "โครงสร้างองค์กร",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างสำนักงานการท่องเที่ยวและกีฬาจังหวัดศรีวารี" width="160" height="100">'
          "<h2>แผนภูมิโครงสร้างการบริหารงาน</h2><ul><li>ปลัดกระทรวงการท่องเที่ยวและกีฬา / ผู้ว่าราชการจังหวัดศรีวารี (กำกับดูแล)"
          "<ul><li>ท่องเที่ยวและกีฬาจังหวัดศรีวารี<ul><li>กลุ่มงานบริหารทั่วไป (งานธุรการ การเงิน พัสดุ บุคคล)</li>"
          "<li>กลุ่มงานยุทธศาสตร์และแผนงาน</li><li>กลุ่มงานการท่องเที่ยว</li><li>กลุ่มงานการกีฬาและนันทนาการ</li>"
          "<li>งานทะเบียนธุรกิจนำเที่ยวและมัคคุเทศก์</li></ul></li></ul></li></ul>"
          "<p>อัตรากำลัง : ข้าราชการ 9 อัตรา พนักงานราชการ 3 อัตรา ลูกจ้าง 5 อัตรา</p>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวงการท่องเที่ยวและกีฬา สำนักงานการท่องเที่ยวและกีฬาจังหวัด "
          "มีอำนาจหน้าที่โดยสรุป ดังนี้</p><ol>"
          "<li>จัดทำยุทธศาสตร์และแผนพัฒนาการท่องเที่ยว การกีฬาและนันทนาการของจังหวัด</li>"
          "<li>ส่งเสริม สนับสนุน และประสานการพัฒนาแหล่งท่องเที่ยวและบริการทางการท่องเที่ยวในจังหวัด</li>"
          "<li>ส่งเสริมการกีฬาขั้นพื้นฐาน การกีฬาเพื่อมวลชน และนันทนาการ</li>"
          "<li>ปฏิบัติงานทะเบียนธุรกิจนำเที่ยวและมัคคุเทศก์ และกำกับดูแลให้เป็นไปตามกฎหมาย</li>"
          "<li>รวบรวมและจัดทำข้อมูลสถิติด้านการท่องเที่ยวและกีฬาของจังหวัด</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    execs = [("นายธนพล วงศ์ชัยศรี", "ท่องเที่ยวและกีฬาจังหวัดศรีวารี", "08 1547 2290"),
             ("นางสาวกมลวรรณ ศรีประเสริฐ", "หัวหน้ากลุ่มงานบริหารทั่วไป", "0 4561 2873 ต่อ 11"),
             ("นายอดิศักดิ์ มีชัยวารี", "หัวหน้ากลุ่มงานการท่องเที่ยว", "0 4561 2873 ต่อ 14"),
             ("นายณัฐวุฒิ บุญเลิศ", "หัวหน้ากลุ่มงานการกีฬาและนันทนาการ", "0 4561 2873 ต่อ 15"),
             ("นางปราณี ทองสกุล", "หัวหน้ากลุ่มงานยุทธศาสตร์และแผนงาน", "0 4561 2873 ต่อ 12")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="80" height="100"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "ผู้บริหาร", cards)
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>อาคารศูนย์ราชการจังหวัดศรีวารี ชั้น 2 ถนนวารีราษฎร์ ตำบลในเมือง อำเภอเมืองศรีวารี จังหวัดศรีวารี 35190</p>"
          "<p>โทรศัพท์ 0 4561 2873 โทรสาร 0 4561 2874<br>อีเมล sriwari@mots.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/sriwari.tourismsports">ท่องเที่ยวและกีฬาศรีวารี</a></p>'
          "<p>เวลาราชการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.2231,104.1187">แผนที่ (Google Maps)</a></p>')
    write("/eservice/", "E-Service ระบบบริการออนไลน์",
          "<p>ท่านสามารถขอใช้สนามกีฬาและอาคารกีฬา หรือนัดหมายยื่นคำขอบัตรมัคคุเทศก์ ได้ทางออนไลน์โดยไม่ต้องเดินทางมาที่สำนักงาน "
          "เจ้าหน้าที่จะแจ้งผลทางโทรศัพท์หรืออีเมลภายใน 2 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSdSriWariMotsEservice68/formResponse" method="post">'
          '<h2>แบบคำขอออนไลน์</h2>ชื่อ-นามสกุล/หน่วยงาน <input name="entry.11"><br>โทรศัพท์ <input name="entry.12"><br>'
          'อีเมล <input name="entry.13"><br>บริการ <select name="entry.14"><option>ขอใช้สนามกีฬากลาง</option>'
          '<option>ขอใช้โรงยิมเนเซียม</option><option>นัดหมายยื่นคำขอบัตรมัคคุเทศก์</option><option>ขอข้อมูลท่องเที่ยว</option></select><br>'
          'วันที่ต้องการ <input type="date" name="entry.15"><br>รายละเอียด <textarea name="entry.16"></textarea><br>'
          '<button>ส่งคำขอ</button></form>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนเรื่องทั่วไปหรือการให้บริการได้ที่สำนักงาน โทร 0 4561 2873 หรืออีเมล sriwari@mots.go.th</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ ท่านไม่จำเป็นต้องระบุชื่อ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้แจ้ง (ไม่บังคับ) <input name="name"><br>'
          'ช่องทางติดต่อกลับ <input name="contact"><br>เจ้าหน้าที่/หน่วยงานที่ถูกร้องเรียน <input name="whom"><br>'
          'พฤติการณ์ <textarea name="detail"></textarea><br>หลักฐาน <input type="file" name="file"><br>'
          '<button>ส่งเรื่อง</button></form>'
          "<p>หรือแจ้งศูนย์ดำรงธรรมจังหวัดศรีวารี สายด่วน 1567</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    write("/tourism/attractions/", "แหล่งท่องเที่ยวจังหวัดศรีวารี",
          "<ul><li>น้ำตกผาวารี อำเภอเมืองศรีวารี</li><li>ตลาดน้ำบ้านท่าวารี</li><li>วัดพระธาตุดอยนาคราช</li>"
          "<li>อุทยานริมน้ำวารีราษฎร์</li></ul>"
          f'<p>{a(f("visitor-stats-67"), "สถิตินักท่องเที่ยวจังหวัดศรีวารี ปี 2567")}</p>')
    write("/tourism/events/", "ปฏิทินเทศกาลท่องเที่ยว ๒๕๖๘",
          "<table class=\"list\"><tr><th>เดือน</th><th>งาน</th></tr><tr><td>ม.ค. 2568</td><td>เทศกาลล่องแพวารี ครั้งที่ 12</td></tr>"
          "<tr><td>เม.ย. 2568</td><td>สงกรานต์ริมน้ำวารี</td></tr><tr><td>ต.ค. 2568</td><td>งานออกพรรษาไหลเรือไฟ</td></tr></table>")
    write("/sports/venues/", "สนามกีฬาและสถานที่ออกกำลังกาย",
          "<ul><li>สนามกีฬากลางจังหวัดศรีวารี (ลู่วิ่ง 8 ลู่ สนามฟุตบอล)</li><li>โรงยิมเนเซียมศรีวารี</li>"
          "<li>ลานกีฬาริมน้ำวารีราษฎร์</li></ul>"
          '<p>ขอใช้สถานที่ : <a href="/eservice/">ยื่นคำขอออนไลน์</a></p>')
    # procurement: the monthly สขร.1, newest first
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "PDF")}</td></tr>'
                   for k in months)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่ลง</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศ / รายงาน</h2><ul><li>{a(f("consult-notice"), ROWS["consult-notice"][0])}</li>'
          f'<li>{a(f("proc-year-67"), ROWS["proc-year-67"][0])}</li></ul>')
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลดเอกสาร : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</a></li>'
          '<li><a href="/ita/2567/">ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", ita_table(ITA_2567))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "person.png", "head.png", "chart.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "mots.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}#topbar{background:#1b3f7a;color:#fff;padding:4px}"
                 "#nav li{display:inline;margin:0 5px}#content{display:flex}#main{flex:1;padding:10px}#aside{width:230px}"
                 ".widget{border:1px solid #ccd;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #99a;padding:3px}#footer{background:#eef;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
