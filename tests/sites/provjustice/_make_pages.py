"""Generate the HTML pages of the "provjustice" test site (สำนักงานยุติธรรมจังหวัดแม่ระวี, invented).

Run:  python tests/sites/provjustice/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial justice office on the ministry's provincial template: a blue top bar, a banner, a
menu, a left column (the head of office, hotline 1111 กด 77, service links, ITA links, a visitor
counter) and a footer on every page; pages are folder/index.html.  Documents are listed by
category (/download/<cat>/), the monthly procurement summaries on /procurement/, services under
/services/, news under /news/ (two pages).  The ITA page /ita/2569/ is a table o1 … o26 in the
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

ORG = "สำนักงานยุติธรรมจังหวัดแม่ระวี"
ADDRESS = "เลขที่ 88/9 ถนนศรีวิชัยพัฒนา ตำบลในเมือง อำเภอเมืองแม่ระวี จังหวัดแม่ระวี 58990"
PHONE = "0 5471 6620"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ", "stats": "ข้อมูลสถิติ",
        "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส",
        "general": "หนังสือเวียน / เอกสารทั่วไป"}
HIDDEN = {"risk-67-dead", "ita-analysis-67"}  # linked only from an ITA page
MISSING_SIZE = {"risk-report-68": "1.24 MB", "risk-67-dead": "988.0 KB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str = "คลิก") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("บริการประชาชน", "/services/"), ("ข่าวประชาสัมพันธ์", "/news/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("เอกสารดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">กระทรวงยุติธรรม · สำนักงานปลัดกระทรวงยุติธรรม · สายด่วนยุติธรรม 1111 กด 77</div>
<div id="banner"><img src="/assets/logo.png" alt="ตรากระทรวงยุติธรรม" width="64" height="64">
<b>{ORG}</b><br><small>Mae Rawee Provincial Justice Office</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/person.png" alt="ยุติธรรมจังหวัดแม่ระวี" width="60" height="75"><br>
<b>นายธีรวัฒน์ วงศ์ประเสริฐ</b><br>ยุติธรรมจังหวัดแม่ระวี</div>
<div class="box"><b>บริการประชาชน</b><br><a href="/services/victim/">ค่าตอบแทนผู้เสียหายในคดีอาญา</a><br>
<a href="/services/fund/">กองทุนยุติธรรม</a><br><a href="/services/mediation/">ไกล่เกลี่ยข้อพิพาท</a><br>
<a href="/eservice/">ยื่นคำขอออนไลน์</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a></div>
<div class="box"><b>ITA</b><br><a href="/ita/2569/">ITA ปี ๒๕๖๙</a><br><a href="/ita/2568/">ITA ปี ๒๕๖๘</a></div>
<div class="box"><b>ลิงก์หน่วยงาน</b><br><a href="https://www.moj.go.th/">กระทรวงยุติธรรม</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="box">ผู้เข้าชม ๓๑,๒๐๔ ครั้ง</div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} {ADDRESS}<br>
โทรศัพท์ {PHONE} โทรสาร 0 5471 6621 อีเมล maerawee-justice@example.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© ๒๕๖๕ {ORG} สงวนลิขสิทธิ์</div>
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
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>{ext.upper()} {size_of(k)}</td><td>{(int(f(k)[7:11]) * 7) % 300 + 12}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th><th>ดาวน์โหลด</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and not k.startswith("proc-20") and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (6150, (2026, 4, 2), "โครงการยุติธรรมเคลื่อนที่ ครั้งที่ 2/2569 ณ อำเภอห้วยกระทิง",
     ["วันที่ 2 เมษายน 2569 สำนักงานยุติธรรมจังหวัดแม่ระวี จัดโครงการยุติธรรมเคลื่อนที่ ณ ที่ว่าการอำเภอห้วยกระทิง "
      "ให้คำปรึกษากฎหมาย รับคำขอค่าตอบแทนผู้เสียหาย และรับคำขอกองทุนยุติธรรม มีประชาชนรับบริการ 147 ราย"]),
    (6141, (2026, 3, 17), "มอบเงินค่าตอบแทนผู้เสียหายในคดีอาญา ประจำเดือนมีนาคม 2569",
     ["ยุติธรรมจังหวัดแม่ระวีมอบเงินค่าตอบแทนแก่ผู้เสียหายในคดีอาญา จำนวน 9 ราย รวม 412,500 บาท"]),
    (6133, (2026, 2, 13), "สรุปผลการประชุมรับฟังความคิดเห็นเครือข่ายยุติธรรมชุมชน ประจำปีงบประมาณ 2569",
     ["วันที่ 12 กุมภาพันธ์ 2569 สำนักงานยุติธรรมจังหวัดแม่ระวีเปิดโอกาสให้เครือข่ายยุติธรรมชุมชน ผู้นำชุมชน "
      "และผู้รับบริการ มีส่วนร่วมในการปรับปรุงการให้บริการ ณ โรงแรมแม่ระวีริเวอร์ มีผู้เข้าร่วม 128 คน จาก 12 ศูนย์ยุติธรรมชุมชน",
      "ข้อเสนอที่ได้รับ : 1 ขยายจุดรับคำขอค่าตอบแทนผู้เสียหายไปที่ศูนย์ยุติธรรมชุมชน 2 แจ้งสถานะคำขอทาง SMS "
      "3 จัดยุติธรรมเคลื่อนที่ในอำเภอที่อยู่ห่างไกลเพิ่มขึ้น",
      "การดำเนินการต่อ : สำนักงานจะเริ่มรับคำขอผ่านศูนย์ยุติธรรมชุมชนนำร่อง 3 แห่ง ตั้งแต่เดือนเมษายน 2569 "
      "และแจ้งผลให้เครือข่ายทราบในการประชุมครั้งถัดไป"]),
    (6128, (2026, 1, 29), "ขอเชิญร่วมประชุมรับฟังความคิดเห็นเครือข่ายยุติธรรมชุมชน",
     ["ขอเชิญประธานศูนย์ยุติธรรมชุมชนทุกแห่งร่วมประชุมในวันที่ 12 กุมภาพันธ์ 2569",
      '<a href="{invite}">หนังสือเชิญประชุม</a>']),
    (6120, (2026, 1, 23), "อบรมเสริมสร้างคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2569",
     ["วันที่ 23 มกราคม 2569 สำนักงานยุติธรรมจังหวัดแม่ระวีจัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือน "
      "และข้อกำหนดจริยธรรมของสำนักงานปลัดกระทรวงยุติธรรม ให้บุคลากรนำไปปฏิบัติ พร้อมจัดทำ Do's & Don'ts ของสำนักงาน",
      "ผู้เข้าร่วม ข้าราชการ 8 คน พนักงานราชการ 6 คน ลูกจ้าง 3 คน รวม 17 คน"]),
    (6112, (2025, 12, 10), "วันสิทธิมนุษยชนสากล 10 ธันวาคม 2568",
     ["ร่วมจัดนิทรรศการให้ความรู้ด้านสิทธิและเสรีภาพ ณ ศาลากลางจังหวัดแม่ระวี"]),
    (6105, (2025, 11, 25), "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป ตำแหน่งนิติกร",
     ["รับสมัครระหว่างวันที่ 1 - 8 ธันวาคม 2568 ณ ฝ่ายบริหารทั่วไป"]),
    (6099, (2025, 11, 3), "อบรมพัฒนาศักยภาพผู้ไกล่เกลี่ยข้อพิพาท รุ่นที่ 1/2569",
     ["ผู้ไกล่เกลี่ยข้อพิพาทภาคประชาชนเข้ารับการอบรม 60 คน"]),
    (6091, (2025, 10, 14), "ยุติธรรมจังหวัดแม่ระวีประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2569",
     ["วันที่ 14 ตุลาคม 2568 ยุติธรรมจังหวัดแม่ระวีประกาศเจตจำนงสุจริตต่อหน้าบุคลากรทุกคน"]),
    (6086, (2025, 10, 3), "ประชุมประจำเดือนตุลาคม 2568",
     ["มอบนโยบายการปฏิบัติงานประจำปีงบประมาณ พ.ศ. 2569 แก่บุคลากร"]),
    # FY2568, on page 2
    (6002, (2025, 8, 20), "โครงการยุติธรรมเคลื่อนที่ ครั้งที่ 4/2568", ["ณ อำเภอบ้านโป่งงาม ผู้รับบริการ 132 ราย"]),
    (5960, (2025, 5, 15), "มอบเงินกองทุนยุติธรรมเพื่อการประกันตัว", ["อนุมัติเงินประกันตัว 2 ราย"]),
    (5921, (2025, 2, 14), "สรุปผลการประชุมรับฟังความคิดเห็นเครือข่ายยุติธรรมชุมชน ประจำปีงบประมาณ 2568",
     ["วันที่ 13 กุมภาพันธ์ 2568 มีผู้เข้าร่วม 112 คน เสนอให้จัดยุติธรรมเคลื่อนที่เพิ่มขึ้น"]),
    (5873, (2024, 11, 12), "ประกาศใช้แผนปฏิบัติราชการประจำปีงบประมาณ 2568",
     ['ประกาศใช้แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568 <a href="{opplan68}">รายละเอียด</a>']),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"invite": f("participation-invite"), "opplan68": f("opplan-68")}
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(y, m, day))} โดย admin</p>{body}'
              '<p><a href="/news/">« ข่าวทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>' for n in chunk)
        pager = '<p>หน้า <b>1</b> <a href="/news/page/2/">2</a></p>' if p == 1 else '<p>หน้า <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # (ข้อ, heading, [(link text, key or path)])
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", None),
    ("o1", "โครงสร้าง / อำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ผู้บริหาร", "/about/executives/")]),
    ("o3", "การติดต่อ / ถาม-ตอบ", [("ติดต่อ", "/contact/"), ("Q&A", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าว", "/news/")]),
    ("o5", "แผนปฏิบัติราชการ (ระยะยาว)", [("แผนปฏิบัติราชการ ระยะ 3 ปี", "plan-3y")]),
    ("o6", "แผนปฏิบัติราชการประจำปี / แผนการใช้จ่ายงบประมาณ", [("เอกสารแผนงาน", "/download/plan/")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน ปี 2568", "annual-report-68")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "manual-scan")]),
    ("o9", "คู่มือการให้บริการประชาชน", [("บริการประชาชน", "/services/")]),
    ("o10", "E-Service", [("E-Service", "/eservice/")]),
    ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1", "/procurement/")]),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานปี 2568", "proc-year-68")]),
    ("o13", "หลักเกณฑ์และแผนบริหารทรัพยากรบุคคล", [("การบริหารงานบุคคล", "/download/hr/")]),
    ("o14", "รายงานผลการบริหารทรัพยากรบุคคล", [("รายงานผล", "hr-report-67")]),
    ("o15", "จริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมขับเคลื่อน", "/news/6120/")]),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("สถิติ", "complaint-stats")]),
    ("o19", "การมีส่วนร่วม", [("ประชุมรับฟังความคิดเห็น", "/news/6133/")]),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", None),
    ("o20", "No Gift Policy", [("ประกาศนโยบาย", "no-gift-67"), ("รายงานการรับของขวัญ", "gift-report-68")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยง", "risk-68"),
                                          ("คณะทำงาน ปี 2569", "risk-meeting-69")]),
    ("o22", "ผลการจัดการความเสี่ยงการทุจริต", [("รายงานผล", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปี 2569", "anti-plan-69")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี 2568", "anti-report-67")]),
    ("o25", "การนำผล ITA ไปพัฒนา", [("วิเคราะห์ผล ITA", "ita-analysis-67")]),
    ("o26", "ผลการส่งเสริมคุณธรรมและความโปร่งใส", [("รายงานผล", "integrity-report-68")]),
]

ITA_2568 = [
    ("o5", "แผนปฏิบัติราชการ", [("แผน 3 ปี", "plan-3y")]),
    ("o6", "แผนปฏิบัติราชการประจำปี 2568", [("แผนปฏิบัติราชการ 2568", "opplan-68"), ("แผนการใช้จ่าย", "spend-68")]),
    ("o11", "สขร.1", [("ก.ย. 2568", "proc-2025-09")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("รอบ 6 เดือน", "complaint-stats")]),
    ("o20", "No Gift Policy", [("ประกาศ", "no-gift-67")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง 2568", "risk-68")]),
    ("o22", "ผลการจัดการความเสี่ยง", [("ผลปี 2567", "risk-67-dead")]),
    ("o25", "มาตรการส่งเสริมคุณธรรม", [("วิเคราะห์ผล ITA 2567", "ita-analysis-67")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = "<br>".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "หน้าแรก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">ดูทั้งหมด</a></p>'
          '<h2>บริการของเรา</h2><p><a href="/services/victim/">ค่าตอบแทนผู้เสียหาย</a> · <a href="/services/fund/">กองทุนยุติธรรม</a> · '
          '<a href="/services/mediation/">ไกล่เกลี่ยข้อพิพาท</a> · <a href="/eservice/">ยื่นคำขอออนไลน์</a> · '
          '<a href="/ita/2569/">ITA 2569</a></p>')
    write("/about/history/", "ประวัติความเป็นมา",
          "<p>สำนักงานยุติธรรมจังหวัดแม่ระวีจัดตั้งขึ้นตามกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวงยุติธรรม "
          "เป็นราชการบริหารส่วนภูมิภาคของกระทรวงยุติธรรม สังกัดสำนักงานปลัดกระทรวงยุติธรรม "
          "เปิดให้บริการประชาชนตั้งแต่ปี พ.ศ. 2557</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : ประชาชนจังหวัดแม่ระวีเข้าถึงความยุติธรรมอย่างเท่าเทียม ทั่วถึง และเป็นธรรม</p>"
          "<ol><li>อำนวยความยุติธรรมและคุ้มครองสิทธิเสรีภาพของประชาชน</li><li>ส่งเสริมเครือข่ายยุติธรรมชุมชน</li>"
          "<li>บูรณาการงานยุติธรรมในระดับจังหวัด</li></ol>")
    write("/about/structure/", "โครงสร้างองค์กร",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างสำนักงานยุติธรรมจังหวัดแม่ระวี" width="120" height="80">'
          "<ul><li>ยุติธรรมจังหวัดแม่ระวี<ul><li>ฝ่ายบริหารทั่วไป</li>"
          "<li>กลุ่มงานช่วยเหลือทางการเงินแก่ผู้เสียหายและจำเลยในคดีอาญา</li>"
          "<li>กลุ่มงานกองทุนยุติธรรมและคุ้มครองสิทธิ</li><li>กลุ่มงานไกล่เกลี่ยข้อพิพาท</li>"
          "<li>กลุ่มงานยุติธรรมชุมชนและบูรณาการงานยุติธรรม<ul><li>ศูนย์ยุติธรรมชุมชน 12 แห่ง</li></ul></li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวงยุติธรรม สำนักงานยุติธรรมจังหวัดมีอำนาจหน้าที่ สรุปได้ดังนี้</p><ol>"
          "<li>เป็นศูนย์กลางการบริหารงานยุติธรรมและประสานงานหน่วยงานในกระบวนการยุติธรรมระดับจังหวัด</li>"
          "<li>ช่วยเหลือทางการเงินแก่ผู้เสียหายและจำเลยในคดีอาญา ตาม พ.ร.บ.ค่าตอบแทนผู้เสียหาย และค่าทดแทนและค่าใช้จ่ายแก่จำเลยในคดีอาญา พ.ศ. 2544</li>"
          "<li>ให้ความช่วยเหลือประชาชนตามกฎหมายว่าด้วยกองทุนยุติธรรม</li>"
          "<li>ไกล่เกลี่ยข้อพิพาทและให้คำปรึกษาทางกฎหมาย</li>"
          "<li>ส่งเสริมและพัฒนาเครือข่ายยุติธรรมชุมชน</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    execs = [("นายธีรวัฒน์ วงศ์ประเสริฐ", "ยุติธรรมจังหวัดแม่ระวี", "08 1794 2230"),
             ("นางอรุณี แสนคำ", "นิติกรชำนาญการพิเศษ รักษาราชการแทนหัวหน้ากลุ่มงาน", "0 5471 6620 ต่อ 12"),
             ("นางสาวกมลวรรณ ศรีเมือง", "หัวหน้าฝ่ายบริหารทั่วไป", "0 5471 6620 ต่อ 11")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "ผู้บริหาร", cards + '<p><a href="/about/staff/">บุคลากรทั้งหมด</a></p>')
    write("/about/staff/", "บุคลากร",
          "<p>ข้าราชการ 8 คน พนักงานราชการ 6 คน ลูกจ้าง 3 คน</p><ul><li>นายปกรณ์ ศรีสง่า นิติกรชำนาญการ</li>"
          "<li>นางสาวนันทนา คำแสน นิติกรปฏิบัติการ</li><li>นายวรพล ใจดี เจ้าพนักงานธุรการ</li></ul>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>{ADDRESS}</p><p>โทรศัพท์ {PHONE} โทรสาร 0 5471 6621<br>อีเมล maerawee-justice@example.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/maerawee.justice">ยุติธรรมจังหวัดแม่ระวี</a></p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=18.7712,99.0123">แผนที่ (Google Maps)</a></p>'
          '<p>สอบถามเพิ่มเติม <a href="/qa/">ถาม-ตอบ (Q&amp;A)</a></p>')
    qa = [("ถูกทำร้ายร่างกายเมื่อเดือนที่แล้ว ขอรับค่าตอบแทนได้ไหมคะ", "คุณจันทร์เพ็ญ", "9 มี.ค. 2569",
           "ยื่นคำขอได้ภายใน 1 ปีนับแต่รู้ถึงการกระทำความผิด โดยนำรายงานประจำวันและใบรับรองแพทย์มายื่นที่สำนักงาน หรือยื่นออนไลน์ได้ค่ะ (เจ้าหน้าที่)"),
          ("ขอคำปรึกษาเรื่องที่ดินมรดก ต้องนัดล่วงหน้าไหม", "ผู้ใช้ทั่วไป", "20 ก.พ. 2569",
           "มาปรึกษาได้ในวันเวลาราชการโดยไม่ต้องนัด หรือโทร 0 5471 6620 ต่อ 14 ครับ (เจ้าหน้าที่)")]
    items = "".join(f'<div class="qa"><p><b>ถาม:</b> {esc(q)} <small>{who} {when}</small></p><p><b>ตอบ:</b> {esc(ans)}</p></div>'
                    for q, who, when, ans in qa)
    write("/qa/", "ถาม-ตอบ (Q&A)",
          f'{items}<form action="/qa/post/" method="post"><h2>ส่งคำถาม</h2>ชื่อ <input name="name"><br>'
          'คำถาม <textarea name="question"></textarea><br><button>ส่ง</button></form>')
    write("/eservice/", "E-Service ยื่นคำขอออนไลน์",
          "<p>ผู้เสียหาย จำเลย หรือผู้ต้องการความช่วยเหลือจากกองทุนยุติธรรม ยื่นคำขอเบื้องต้นทางออนไลน์ได้ "
          "เจ้าหน้าที่จะติดต่อกลับภายใน 2 วันทำการ</p>"
          '<form action="https://forms.example.go.th/maerawee-justice/request" method="post">'
          '<h2>แบบคำขอรับบริการออนไลน์</h2>ชื่อ-นามสกุล <input name="fullname"><br>เลขประจำตัวประชาชน <input name="cid"><br>'
          'โทรศัพท์ <input name="tel"><br>บริการที่ขอรับ <select name="service"><option>ค่าตอบแทนผู้เสียหายในคดีอาญา</option>'
          '<option>กองทุนยุติธรรม</option><option>ไกล่เกลี่ยข้อพิพาท</option><option>ปรึกษากฎหมาย</option></select><br>'
          'รายละเอียด <textarea name="detail"></textarea><br><button>ยื่นคำขอ</button></form>'
          f'<p>{a(f("service-stats-69"), "สถิติการให้บริการ ปีงบประมาณ 2569")}</p>')
    write("/services/", "บริการประชาชน",
          '<ul><li><a href="/services/victim/">ค่าตอบแทนผู้เสียหายในคดีอาญา</a></li><li><a href="/services/fund/">กองทุนยุติธรรม</a></li>'
          '<li><a href="/services/mediation/">ไกล่เกลี่ยข้อพิพาท</a></li><li><a href="/cjc/">ศูนย์ยุติธรรมชุมชน</a></li></ul>'
          f'<p>{a(f("citizen-manual"), "คู่มือสำหรับประชาชน : การยื่นคำขอรับค่าตอบแทนผู้เสียหายในคดีอาญา (.doc)")}</p>')
    write("/services/victim/", "ค่าตอบแทนผู้เสียหายในคดีอาญา",
          "<p>ผู้เสียหายที่ได้รับอันตรายต่อชีวิตหรือร่างกายจากการกระทำความผิดอาญาของผู้อื่น ยื่นคำขอได้ภายใน 1 ปี</p>"
          f'<p>{a(f("citizen-manual"), "คู่มือสำหรับประชาชน")}</p>')
    write("/services/fund/", "กองทุนยุติธรรม",
          "<p>ช่วยเหลือค่าจ้างทนายความ ค่าธรรมเนียมศาล และเงินประกันตัว แก่ผู้ที่ไม่ได้รับความเป็นธรรม</p>")
    write("/services/mediation/", "ไกล่เกลี่ยข้อพิพาท",
          "<p>รับไกล่เกลี่ยข้อพิพาททางแพ่งและความผิดอันยอมความได้ โดยผู้ไกล่เกลี่ยที่ขึ้นทะเบียน ไม่มีค่าใช้จ่าย</p>")
    write("/cjc/", "ศูนย์ยุติธรรมชุมชน",
          "<p>จังหวัดแม่ระวีมีศูนย์ยุติธรรมชุมชน 12 แห่ง ครบทุกอำเภอ</p>"
          f'<p>{a(f("cjc-plan-69"), ROWS["cjc-plan-69"][0])}</p>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนได้ที่สำนักงาน โทร 0 5471 6620 สายด่วน 1111 กด 77 หรือศูนย์ดำรงธรรมจังหวัดแม่ระวี</p>"
          '<p><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้แจ้ง (ไม่ระบุได้) <input name="name"><br>'
          'ช่องทางติดต่อกลับ <input name="contact"><br>ผู้ถูกร้องเรียน/หน่วยงาน <input name="accused"><br>'
          'รายละเอียด <textarea name="detail"></textarea><br>หลักฐาน <input type="file" name="evidence"><br>'
          '<button>ส่งเรื่อง</button></form>'
          '<p>หรือแจ้งที่ <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    # procurement
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "PDF")}</td></tr>'
                   for k in months)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศ / รายงาน</h2><ul><li>{a(f("proc-plan-69"), ROWS["proc-plan-69"][0])}</li>'
          f'<li>{a(f("proc-year-68"), ROWS["proc-year-68"][0])}</li></ul>')
    # downloads
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "เอกสารดาวน์โหลด", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"เอกสารดาวน์โหลด : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปีงบประมาณ พ.ศ. 2569</a></li>'
          '<li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. 2568</a></li></ul>')
    write("/ita/2569/", "ITA 2569 : การเปิดเผยข้อมูลสาธารณะ (OIT)", ita_table(ITA_2569))
    write("/ita/2568/", "ITA 2568 : การเปิดเผยข้อมูลสาธารณะ (OIT)", ita_table(ITA_2568))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    for n in ("logo.png", "person.png", "chart.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#123a7a;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:220px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #ccc;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
