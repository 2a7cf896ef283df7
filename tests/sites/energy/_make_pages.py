"""Generate the HTML pages of the "energy" test site (สำนักงานพลังงานจังหวัดวารินนคร, invented).

Run:  python tests/sites/energy/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial energy office on a ministry-style template: a top bar, a menu, a right-hand column
(the head of office, quick links, links to the ministry, a visitor counter) and a footer on every
page; pages are folder/index.html.  Documents are listed by category (/download/<cat>/), the
monthly procurement summaries on /procurement/, news under /news/ (two pages).  The ITA page
/ita/2568/ is a table of o1 … o26 in the office's own wording whose links go to files, pages or
category lists; last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "สำนักงานพลังงานจังหวัดวารินนคร"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนยุทธศาสตร์ / แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "procure": "ประกาศจัดซื้อจัดจ้าง", "hr": "การบริหารทรัพยากรบุคคล", "integrity": "คุณธรรมและความโปร่งใส",
        "project": "โครงการพลังงานชุมชน"}
HIDDEN = {"old-ita-dead"}  # linked only from last year's ITA page
MISSING_SIZE = {"gift-report-67": "284.1 KB", "old-ita-dead": "1.2 MB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(THAI)


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str = "ดาวน์โหลด") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("ข้อมูลพลังงาน", "/energy-data/"),
        ("งานบริการ", "/services/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"),
        ("ITA", "/ita/"), ("ร้องเรียนการทุจริต", "/complaint/"), ("สาระน่ารู้", "/knowledge/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">กระทรวงพลังงาน · สำนักงานปลัดกระทรวงพลังงาน · สายด่วนพลังงาน 1111 กด 5</div>
<div id="banner"><img src="/assets/logo.png" alt="ตรากระทรวงพลังงาน" width="64" height="64">
<b>{ORG}</b><br><small>Warin Nakhon Provincial Energy Office</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="main">
<p class="crumb"><a href="/">หน้าแรก</a> » {esc(title)}</p>
<h1>{esc(title)}</h1>
{body}
</div>
<div id="side">
<div class="box"><img src="/assets/head.png" alt="พลังงานจังหวัดวารินนคร" width="60" height="75"><br>
<b>นายธีรวัฒน์ ศรีพลังกุล</b><br>พลังงานจังหวัดวารินนคร</div>
<div class="box"><b>บริการประชาชน</b><br><a href="/services/">คู่มือประชาชน</a><br>
<a href="/eservice/">บริการออนไลน์ (E-Service)</a><br><a href="/complaint/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/ita/2568/">ITA ปี ๒๕๖๘</a><br><a href="/ita/2567/">ITA ปี ๒๕๖๗</a></div>
<div class="box"><b>ลิงก์หน่วยงาน</b><br><a href="https://www.energy.go.th/">กระทรวงพลังงาน</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.doeb.go.th/">กรมธุรกิจพลังงาน</a></div>
<div class="box">ผู้เข้าชมเว็บไซต์ ๔๘,๒๐๗ ครั้ง</div>
</div></div>
<div id="footer">{ORG} ศาลากลางจังหวัดวารินนคร ชั้น 3 ถนนศรีวาริน ตำบลในเมือง อำเภอเมืองวารินนคร จังหวัดวารินนคร 47990<br>
โทรศัพท์ 0 4752 1188 โทรสาร 0 4752 1189 อีเมล warinnakhon@energy-prov.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
Copyright © 2565 {ORG}</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return MISSING_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td>{esc(title)}</td><td>{be(up)}</td>'
                    f'<td><a href="{f(k)}"><img src="/assets/{ext}.gif" alt="{ext}"> ดาวน์โหลด</a> ({size_of(k)})</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and not k.startswith("proc-20") and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (1288, (2025, 4, 8), "Energy Mobile Clinic ครั้งที่ 2 ณ อำเภอดงเมือง",
     ["วันที่ 8 เมษายน 2568 สำนักงานพลังงานจังหวัดวารินนคร จัดหน่วยเคลื่อนที่ Energy Mobile Clinic ให้ความรู้การประหยัดพลังงาน "
      "และตรวจวัดการใช้ไฟฟ้าของเครื่องใช้ในครัวเรือน ณ ตลาดนัดอำเภอดงเมือง มีประชาชนรับบริการ 186 คน"]),
    (1281, (2025, 3, 21), "ส่งมอบแผนพลังงานชุมชน ตำบลหนองบัวทอง",
     ["พลังงานจังหวัดวารินนคร ร่วมส่งมอบแผนพลังงานชุมชนตำบลหนองบัวทอง ปี 2568 ให้ อบต.หนองบัวทอง นำไปใช้ประกอบแผนพัฒนาท้องถิ่น",
      '<a href="{community}">แผนพลังงานชุมชน ต.หนองบัวทอง</a>']),
    (1274, (2025, 3, 5), "ตรวจความปลอดภัยร้านจำหน่ายก๊าซหุงต้ม (LPG) ก่อนเทศกาลสงกรานต์",
     ["เจ้าหน้าที่กลุ่มงานกำกับและส่งเสริมพลังงาน ร่วมกับอำเภอเมืองวารินนคร ตรวจร้านค้าก๊าซหุงต้ม 27 ร้าน พบข้อบกพร่อง 3 ร้าน "
      "ได้แนะนำให้แก้ไขภายใน 30 วัน"]),
    (1266, (2025, 2, 20), "สรุปผลการประชุมรับฟังความคิดเห็นของประชาชนต่อร่างแผนพลังงานชุมชน ปี 2568",
     ["วันที่ 19 กุมภาพันธ์ 2568 สำนักงานพลังงานจังหวัดวารินนคร จัดประชุมรับฟังความคิดเห็นของประชาชนต่อร่างแผนพลังงานชุมชน "
      "ณ หอประชุมอำเภอโพนทราย เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมในการกำหนดโครงการด้านพลังงานของชุมชน",
      "ผู้เข้าร่วม : ผู้แทน อบต. 12 แห่ง ผู้นำชุมชนและประชาชน 118 คน ผู้แทนกลุ่มวิสาหกิจชุมชน 12 คน รวม 142 คน",
      "ผลการประชุม : ที่ประชุมเสนอโครงการ 23 โครงการ ส่วนใหญ่เป็นระบบสูบน้ำพลังงานแสงอาทิตย์และเตาชีวมวล "
      "สำนักงานได้ปรับร่างแผนตามข้อเสนอ และจะแจ้งผลการพิจารณาให้ชุมชนทราบภายในเดือนมีนาคม 2568"]),
    (1259, (2025, 2, 6), "ขอเชิญร่วมประชุมรับฟังความคิดเห็นต่อร่างแผนพลังงานชุมชน",
     ["ขอเชิญผู้นำชุมชนและประชาชนที่สนใจ ร่วมประชุมในวันที่ 19 กุมภาพันธ์ 2568 เวลา 09.00 น. ณ หอประชุมอำเภอโพนทราย",
      '<a href="{invite}">หนังสือเชิญ</a>']),
    (1247, (2025, 1, 24), "กิจกรรมส่งเสริมจริยธรรม \"สพจ.วารินนคร โปร่งใส ใส่ใจบริการ\" ประจำปี 2568",
     ["วันที่ 23 มกราคม 2568 สำนักงานพลังงานจังหวัดวารินนคร จัดกิจกรรมขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือน "
      "และข้อกำหนดจริยธรรมของสำนักงานปลัดกระทรวงพลังงาน ทบทวน Do's & Don'ts ในการออกตรวจสถานีบริการ "
      "และการป้องกันผลประโยชน์ทับซ้อน มีบุคลากรเข้าร่วมครบ 14 คน"]),
    (1239, (2025, 1, 10), "ส่งมอบระบบสูบน้ำพลังงานแสงอาทิตย์ หมู่ที่ 4 ตำบลหนองบัวทอง",
     ["ระบบขนาด 5.4 กิโลวัตต์ ช่วยเกษตรกร 38 ครัวเรือน ลดค่าน้ำมันสูบน้ำได้ประมาณ 96,000 บาทต่อปี"]),
    (1226, (2024, 12, 16), "ประชุมคณะอนุกรรมการพลังงานจังหวัดวารินนคร ครั้งที่ 1/2568",
     ["รองผู้ว่าราชการจังหวัดวารินนครเป็นประธาน พิจารณาแผนการดำเนินงานด้านพลังงานของจังหวัด ปีงบประมาณ 2568"]),
    (1215, (2024, 11, 26), "ประชาสัมพันธ์การประกวด Thailand Energy Awards 2025",
     ["ผู้ประกอบการและชุมชนที่สนใจ ส่งผลงานได้ถึงวันที่ 31 มกราคม 2568"]),
    (1203, (2024, 10, 15), "พลังงานจังหวัดมอบแนวทางการปฏิบัติงาน ประจำปีงบประมาณ 2568",
     ["ประชุมบุคลากรประจำเดือนตุลาคม 2567 เพื่อชี้แจงแผนปฏิบัติราชการและเป้าหมายการตรวจสถานีบริการ ปีงบประมาณ 2568"]),
    # FY2567 and older, on page 2
    (1189, (2024, 9, 20), "ปิดโครงการชุมชนลดใช้พลังงาน ปี 2567",
     ["ชุมชนต้นแบบ 10 ตำบล ลดการใช้ไฟฟ้ารวม 41,200 หน่วย"]),
    (1176, (2024, 7, 2), "ยินดีต้อนรับพลังงานจังหวัดวารินนคร คนใหม่",
     ["นายธีรวัฒน์ ศรีพลังกุล เข้ารับตำแหน่งพลังงานจังหวัดวารินนคร ตั้งแต่วันที่ 1 กรกฎาคม 2567 "
      "แทนนางสาวรัชนี วงศ์ประทีป ซึ่งย้ายไปดำรงตำแหน่งที่สำนักงานปลัดกระทรวงพลังงาน"]),
    (1160, (2024, 2, 22), "ประชุมรับฟังความคิดเห็นแผนพลังงานชุมชน ปี 2567",
     ["วันที่ 21 กุมภาพันธ์ 2567 ณ อำเภอดงเมือง ผู้เข้าร่วม 96 คน"]),
    (1131, (2023, 11, 20), "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2566",
     ["สำนักงานพลังงานจังหวัดวารินนคร ขอรายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2566 "
      "(1 ตุลาคม 2565 - 30 กันยายน 2566) ดังนี้",
      "<table><tr><th>กิจกรรม</th><th>ผลการดำเนินงาน</th></tr>"
      "<tr><td>ประกาศเจตนารมณ์ต่อต้านการทุจริต</td><td>ดำเนินการแล้ว 3 ต.ค. 2565</td></tr>"
      "<tr><td>อบรมการป้องกันผลประโยชน์ทับซ้อน</td><td>ดำเนินการแล้ว ผู้เข้าร่วม 13 คน</td></tr>"
      "<tr><td>เผยแพร่ข้อมูลการอนุญาตสถานีบริการ</td><td>เผยแพร่ครบ 12 เดือน</td></tr></table>",
      "ปัญหาอุปสรรค : ไม่มี  ข้อเสนอแนะ : ควรเพิ่มช่องทางแจ้งเบาะแสออนไลน์"]),
    (1118, (2023, 10, 6), "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)",
     ["พลังงานจังหวัดวารินนคร ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่",
      '<a href="{nogift}">ประกาศ</a>']),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"community": f("community-plan"), "invite": f("invite-hearing"), "nogift": f("no-gift-66")}
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(p.format(**links) if p.startswith("<table") else f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(y, m, day))} โดย admin</p>{body}'
              '<p><a href="/news/">« ข่าวทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>{be(date(*n[1]))}</span></li>' for n in chunk)
        pager = ('<p class="pager"><b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">ถัดไป ›</a></p>' if p == 1
                 else '<p class="pager"><a href="/news/">‹ ก่อนหน้า</a> <a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2568 = [  # (ข้อ, heading, [(link text, key or page)])
    ("ข้อมูลพื้นฐาน", None, None),
    ("o1", "โครงสร้างและอำนาจหน้าที่ของ สพจ.", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ข้อมูลผู้บริหาร", "/about/executives/")]),
    ("o3", "ช่องทางติดต่อ", [("ติดต่อเรา", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวสาร สพจ.", "/news/")]),
    ("การบริหารงานและการใช้จ่ายงบประมาณ", None, None),
    ("o5", "แผนยุทธศาสตร์ สพจ.", [("แผนยุทธศาสตร์", "strategy-64-67")]),
    ("o6", "แผนปฏิบัติราชการ / แผนใช้จ่ายงบประมาณ / รายงาน 6 เดือน", [("เอกสารแผน", "/download/plan/"),
                                                                  ("รายงานรอบ 6 เดือน", "report6m-68")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานประจำปี", "annual-66"), ("ผลการใช้จ่ายงบประมาณ", "budget-report-67")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "manual-station")]),
    ("o9", "คู่มือการให้บริการประชาชน", [("คู่มือประชาชน", "citizen-manual")]),
    ("o10", "E-Service", [("บริการออนไลน์", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติ", "/service-stats/")]),
    ("การจัดซื้อจัดจ้าง", None, None),
    ("o12", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", [("ผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงาน", "proc-report-67")]),
    ("การบริหารและพัฒนาทรัพยากรบุคคล", None, None),
    ("o14", "แผนพัฒนาบุคลากร", [("แผนพัฒนาบุคลากร ปี 2568", "hr-plan")]),
    ("o15", "รายงานผลการพัฒนาบุคลากร", [("รายงานผล", "hr-report-67")]),
    ("o16", "ประมวลจริยธรรมและการขับเคลื่อน", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมขับเคลื่อน", "/news/1247/")]),
    ("การส่งเสริมความโปร่งใส", None, None),
    ("o17", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/")]),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติเรื่องร้องเรียน", "complaint-stats-67")]),
    ("o20", "การมีส่วนร่วมของประชาชน", [("ข่าวการมีส่วนร่วม", "/news/1266/")]),
    ("การป้องกันการทุจริต", None, None),
    ("o21", "No Gift Policy", [("ประกาศ", "no-gift-66")]),
    ("o22", "รายงานการรับของขวัญ", [("รายงาน", "gift-report-67")]),
    ("o23", "การประเมินความเสี่ยงการทุจริต", [("ผลการประเมินความเสี่ยง", "risk-scan-67")]),
    ("o24", "การจัดการความเสี่ยงการทุจริต", []),
    ("o25", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต", "anti-plan-68")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานผล", "/news/1131/")]),
]
ITA_2567 = [
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ 2564-2567", "strategy-64-67")]),
    ("o6", "แผนปฏิบัติราชการ", [("รายงานรอบ 6 เดือน ปี 2567", "report6m-67")]),
    ("o7", "รายงานประจำปี", [("รายงานประจำปี 2566", "annual-66")]),
    ("o9", "คู่มือประชาชน", [("คู่มือประชาชน", "citizen-manual")]),
    ("o17", "คู่มือร้องเรียน", [("คู่มือ", "complaint-manual")]),
    ("o21", "No Gift Policy", [("ประกาศ No Gift 2567", "no-gift-66")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง 2567", "risk-scan-67")]),
    ("o24", "รายงานผลการจัดการความเสี่ยง", [("รายงานปี 2566", "old-ita-dead")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผนกระทรวงพลังงาน", "ministry-anti")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานผลปี 2566", "/news/1131/")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for code, heading, links in rows:
        if heading is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(code)}</td></tr>')
            continue
        cell = "<br>".join(a(h if h.startswith("/") else f(h), t) for t, h in links) or "อยู่ระหว่างดำเนินการ"
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">อ่านทั้งหมด</a></p>'
          '<h2>ลิงก์ด่วน</h2><p><a href="/ita/2568/"><img src="/assets/ita.png" alt="ITA 2568" width="120" height="40"></a> '
          '<a href="/eservice/">E-Service</a> · <a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a> · '
          '<a href="/energy-data/">ข้อมูลพลังงานจังหวัด</a></p>')
    write("/about/history/", "ประวัติความเป็นมา",
          "<p>สำนักงานพลังงานจังหวัดวารินนคร เป็นราชการบริหารส่วนภูมิภาค สังกัดสำนักงานปลัดกระทรวงพลังงาน "
          "จัดตั้งตามกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวงพลังงาน เปิดทำการเมื่อปี พ.ศ. 2547</p>"
          "<p><a href=\"/about/vision/\">วิสัยทัศน์ พันธกิจ</a> · <a href=\"/faq/\">คำถามที่พบบ่อย</a> · "
          "<a href=\"/complaint/general/\">ร้องทุกข์ทั่วไป</a></p>")
    write("/about/structure/", "โครงสร้างหน่วยงาน",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างสำนักงานพลังงานจังหวัดวารินนคร" width="160" height="90">'
          "<ul><li>พลังงานจังหวัดวารินนคร<ul>"
          "<li>ฝ่ายบริหารทั่วไป (งานสารบรรณ การเงิน พัสดุ บุคคล)</li>"
          "<li>กลุ่มงานยุทธศาสตร์พลังงาน (แผนพลังงานจังหวัด ข้อมูลพลังงาน พลังงานชุมชน)</li>"
          "<li>กลุ่มงานกำกับและส่งเสริมพลังงาน (กำกับความปลอดภัยสถานีบริการ อนุรักษ์พลังงาน พลังงานทดแทน)</li>"
          "</ul></li></ul><p>อัตรากำลัง : ข้าราชการ 6 คน พนักงานราชการ 5 คน ลูกจ้าง 3 คน</p>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวงพลังงาน กระทรวงพลังงาน สำนักงานพลังงานจังหวัดมีอำนาจหน้าที่ สรุปได้ดังนี้</p><ol>"
          "<li>จัดทำยุทธศาสตร์และแผนพลังงานระดับจังหวัด ให้สอดคล้องกับนโยบายของกระทรวงและแผนพัฒนาจังหวัด</li>"
          "<li>จัดเก็บ รวบรวม และวิเคราะห์ข้อมูลพลังงานของจังหวัด</li>"
          "<li>กำกับ ดูแล และตรวจสอบความปลอดภัยในการประกอบกิจการพลังงานตามกฎหมายที่อยู่ในอำนาจหน้าที่</li>"
          "<li>ส่งเสริมการอนุรักษ์พลังงาน การใช้พลังงานทดแทน และพลังงานชุมชน</li>"
          "<li>ให้บริการข้อมูลและประชาสัมพันธ์ด้านพลังงานแก่ประชาชน</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    execs = [("นายธีรวัฒน์ ศรีพลังกุล", "พลังงานจังหวัดวารินนคร", "0 4752 1188 ต่อ 101", "head.png"),
             ("นางจันทร์เพ็ญ มีสมบัติ", "หัวหน้าฝ่ายบริหารทั่วไป", "0 4752 1188 ต่อ 102", "person.png"),
             ("นายภาคิน ทองอินทร์", "หัวหน้ากลุ่มงานยุทธศาสตร์พลังงาน", "0 4752 1188 ต่อ 103", "person.png"),
             ("นายวรพล แสงอรุณ", "หัวหน้ากลุ่มงานกำกับและส่งเสริมพลังงาน", "0 4752 1188 ต่อ 104", "person.png")]
    cards = "".join(f'<div class="card"><img src="/assets/{img}" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t, img in execs)
    write("/about/executives/", "ผู้บริหาร", cards + "<p>อีเมล warinnakhon@energy-prov.go.th</p>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>ศาลากลางจังหวัดวารินนคร ชั้น 3 ถนนศรีวาริน ตำบลในเมือง อำเภอเมืองวารินนคร จังหวัดวารินนคร 47990</p>"
          "<p>โทรศัพท์ 0 4752 1188 โทรสาร 0 4752 1189<br>อีเมล warinnakhon@energy-prov.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/warinnakhon.energy">พลังงานจังหวัดวารินนคร</a></p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=16.8832,104.1175">แผนที่ (Google Maps)</a></p>')
    write("/services/", "งานบริการ",
          "<ul><li>การรับแจ้ง/อนุญาตประกอบกิจการควบคุมประเภทที่ 2 (สถานีบริการน้ำมันเชื้อเพลิง)</li>"
          "<li>การขอรับใบอนุญาตผลิตพลังงานควบคุม</li><li>ให้คำปรึกษาด้านการอนุรักษ์พลังงานและพลังงานทดแทน</li></ul>"
          f'<p>{a(f("citizen-manual"), "คู่มือสำหรับประชาชน")} · <a href="/eservice/">ยื่นคำขอออนไลน์</a> · '
          '<a href="/service-stats/">สถิติการให้บริการ</a></p>')
    write("/eservice/", "บริการออนไลน์ (E-Service)",
          "<p>ประชาชนและผู้ประกอบการสามารถยื่นคำขอรับบริการหรือขอคำปรึกษาด้านพลังงานผ่านแบบฟอร์มออนไลน์ได้ตลอด 24 ชั่วโมง "
          "เจ้าหน้าที่จะติดต่อกลับภายใน 2 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSfWarinEnergyEservice68/formResponse" method="post">'
          '<h2>แบบคำขอรับบริการออนไลน์</h2>ชื่อ-นามสกุล <input name="entry.11"><br>หมายเลขโทรศัพท์ <input name="entry.12"><br>'
          'อีเมล <input name="entry.13"><br>ประเภทบริการ <select name="entry.14"><option>ขอคำปรึกษาการติดตั้งโซลาร์เซลล์</option>'
          '<option>ขอรับการตรวจวัดการใช้พลังงาน</option><option>สอบถามการขออนุญาตสถานีบริการ</option></select><br>'
          'รายละเอียด <textarea name="entry.15"></textarea><br><button>ส่งคำขอ</button></form>'
          '<p>การยื่นขอใบอนุญาตออนไลน์ : <a href="https://elicense.doeb.go.th/">ระบบ e-License กรมธุรกิจพลังงาน</a></p>')
    stats = [("ต.ค. 67", 4, 21, 9, 3), ("พ.ย. 67", 2, 25, 11, 5), ("ธ.ค. 67", 3, 18, 7, 2),
             ("ม.ค. 68", 5, 22, 14, 6), ("ก.พ. 68", 1, 27, 19, 4), ("มี.ค. 68", 3, 24, 12, 7)]
    rows = "".join(f"<tr><td>{m}</td><td>{x}</td><td>{y}</td><td>{z}</td><td>{w}</td></tr>" for m, x, y, z, w in stats)
    write("/service-stats/", "สถิติการให้บริการ ปีงบประมาณ พ.ศ. 2568",
          "<p>ข้อมูลสถิติการให้บริการประชาชน ตั้งแต่ 1 ตุลาคม 2567 - 31 มีนาคม 2568 (ปรับปรุงข้อมูล 3 เมษายน 2568)</p>"
          '<table class="list"><tr><th>เดือน</th><th>รับแจ้ง/อนุญาตสถานีบริการ</th><th>ตรวจสอบสถานีบริการ</th>'
          f"<th>ให้คำปรึกษาด้านพลังงาน</th><th>คำขอผ่าน E-Service</th></tr>{rows}"
          "<tr><td>รวม</td><td>18</td><td>137</td><td>72</td><td>27</td></tr></table>")
    write("/energy-data/", "ข้อมูลพลังงานจังหวัด",
          "<p>การใช้พลังงานขั้นสุดท้ายของจังหวัดวารินนคร ปี 2566 รวม 648 ktoe น้ำมันสำเร็จรูปร้อยละ 52 ไฟฟ้าร้อยละ 21 "
          "พลังงานหมุนเวียนร้อยละ 27</p><p>สถานีบริการน้ำมันเชื้อเพลิงในจังหวัด 246 แห่ง สถานีบริการก๊าซ LPG 14 แห่ง</p>")
    write("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ท่านสามารถแจ้งเบาะแสการทุจริตหรือการประพฤติมิชอบของเจ้าหน้าที่สำนักงานพลังงานจังหวัดวารินนครได้ทางแบบฟอร์มนี้ "
          "ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/send/" method="post">ชื่อผู้แจ้ง (ไม่ระบุได้) <input name="name"><br>'
          'เบอร์โทรศัพท์/อีเมล <input name="contact"><br>ชื่อเจ้าหน้าที่ผู้ถูกร้องเรียน <input name="accused"><br>'
          'รายละเอียดพฤติการณ์ <textarea name="detail"></textarea><br>หลักฐาน <input type="file" name="evidence"><br>'
          '<button>ส่งเรื่อง</button></form>'
          "<p>ช่องทางอื่น : โทร. 0 4752 1188 ต่อ 101 (พลังงานจังหวัด) · ศูนย์ปฏิบัติการต่อต้านการทุจริต กระทรวงพลังงาน</p>"
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : ขับเคลื่อนพลังงานจังหวัดสู่ความมั่นคง ยั่งยืน และเป็นมิตรกับสิ่งแวดล้อม</p>"
          "<ol><li>ส่งเสริมพลังงานชุมชนและพลังงานทดแทน</li><li>กำกับดูแลความปลอดภัยด้านพลังงาน</li>"
          "<li>พัฒนาข้อมูลพลังงานจังหวัดเพื่อการตัดสินใจ</li></ol>")
    tips = [("ประหยัดไฟฟ้าในบ้านด้วยหลัก 3 อ.", "อุณหภูมิเครื่องปรับอากาศ 26 องศา อุปกรณ์ประหยัดไฟเบอร์ 5 และอย่าลืมถอดปลั๊ก"),
            ("ขับรถประหยัดน้ำมัน", "ตรวจลมยาง ขับด้วยความเร็วไม่เกิน 90 กิโลเมตรต่อชั่วโมง ไม่บรรทุกของเกินจำเป็น"),
            ("ใช้ก๊าซหุงต้มอย่างปลอดภัย", "ตรวจสายและหัวปรับความดันทุก 6 เดือน ปิดวาล์วถังทุกครั้งหลังใช้งาน")]
    for i, (t, body) in enumerate(tips, 1):
        write(f"/knowledge/{i}/", t, f"<p>{esc(body)}</p><p><a href=\"/knowledge/\">« สาระน่ารู้ด้านพลังงาน</a></p>")
    write("/knowledge/", "สาระน่ารู้ด้านพลังงาน",
          "<ul>" + "".join(f'<li><a href="/knowledge/{i}/">{esc(t)}</a></li>' for i, (t, _b) in enumerate(tips, 1)) + "</ul>")
    write("/faq/", "คำถามที่พบบ่อย",
          "<p><b>ถาม</b> ติดตั้งโซลาร์รูฟที่บ้านต้องขออนุญาตที่ใด <b>ตอบ</b> ติดต่อการไฟฟ้าส่วนภูมิภาคในพื้นที่ "
          "และแจ้งองค์กรปกครองส่วนท้องถิ่นกรณีเข้าข่ายดัดแปลงอาคาร</p>"
          "<p><b>ถาม</b> ร้านจำหน่ายก๊าซหุงต้มต้องขออนุญาตหรือไม่ <b>ตอบ</b> เก็บก๊าซเกิน 500 กิโลกรัมต้องขออนุญาต "
          'สอบถามได้ที่ <a href="/contact/">กลุ่มงานกำกับและส่งเสริมพลังงาน</a></p>')
    write("/complaint/general/", "ร้องเรียน/ร้องทุกข์ทั่วไป",
          "<p>เรื่องร้องทุกข์ทั่วไปเกี่ยวกับการให้บริการ (ไม่ใช่เรื่องทุจริต) แจ้งได้ทางโทรศัพท์ 0 4752 1188 "
          'หรือศูนย์ดำรงธรรมจังหวัดวารินนคร โทร. 1567 · <a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a></p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}<li><a href=\"/service-stats/\">สถิติการให้บริการ</a></li></ul>")
    # procurement: the monthly สขร.1 newest first, then other notices
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), ROWS[k][3].upper())}</td></tr>'
                   for k in months)
    notices = "".join(f"<li>{a(f(k), ROWS[k][0])} ({be(ROWS[k][2])})</li>" for k in listed("procure"))
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่ลงประกาศ</th><th>ไฟล์</th></tr>{rows}</table>'
          f"<h2>ประกาศอื่น ๆ</h2><ul>{notices}</ul>"
          '<p>ประกาศจัดซื้อจัดจ้างทั้งหมดดูได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>')
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลดเอกสาร : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li><li><a href="/ita/2567/">ITA ประจำปี 2567</a></li></ul>'
          f'<p>{a(f("ita-order-68"), "คำสั่งแต่งตั้งคณะทำงาน ITA 2568")}</p>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2568",
          "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>" + ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2567", ita_table(ITA_2567))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "head.png", "person.png", "chart.png", "ita.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#f60;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:230px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #ccc;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#333;color:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
