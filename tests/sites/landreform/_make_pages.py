"""Generate the HTML pages of the "landreform" test site (สำนักงานการปฏิรูปที่ดินจังหวัดอุทัยธานี, invented).

Run:  python tests/sites/landreform/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial land reform office on the department's shared template: a top bar, a menu, a side
column (the head of office, quick links, related agencies, a visitor counter) and a footer on every
page; pages are folder/index.html.  Documents are listed by category (/download/<cat>/), the monthly
procurement summaries on /procurement/ (the fiscal year chosen by a query string: the copy of
/procurement/?year=2567 is kept in /procurement/.q/year=2567/), news under /news/ (two pages).  The
ITA page /ita/2568/ is a table of o1 … o26 in the office's own short wording whose links go to files,
pages or category lists; last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import OLD_DEAD, ORG, ROWS, name  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนยุทธศาสตร์ / แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "บริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส",
        "general": "หนังสือเวียน / ทั่วไป"}
HIDDEN = {k for k in ROWS if k.startswith("proc-20")}  # on /procurement/ only
MISSING_SIZE = "388.2 KB"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(THAI)


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str = "คลิก") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวสาร", "/news/"), ("บริการประชาชน", "/service/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"), ("ร้องเรียน", "/complaint/"),
        ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">สำนักงานการปฏิรูปที่ดินเพื่อเกษตรกรรม กระทรวงเกษตรและสหกรณ์ · Agricultural Land Reform Office</div>
<div id="banner"><img src="/assets/logo.png" alt="ตรา ส.ป.ก." width="64" height="64">
<b>{ORG}</b><br><small>Uthai Thani Provincial Agricultural Land Reform Office</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/person.png" alt="ปฏิรูปที่ดินจังหวัดอุทัยธานี" width="60" height="75"><br>
นายวีระพงษ์ ทองประเสริฐ<br>ปฏิรูปที่ดินจังหวัดอุทัยธานี</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/eservice/">E-Service ยื่นคำขอออนไลน์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br>
<a href="/ita/2567/">ITA ๒๕๖๗</a><br><a href="/fund/">กองทุนการปฏิรูปที่ดิน</a></div>
<div class="box"><b>หน่วยงานที่เกี่ยวข้อง</b><br><a href="https://www.alro.go.th/">ส.ป.ก. ส่วนกลาง</a><br>
<a href="https://www.moac.go.th/">กระทรวงเกษตรและสหกรณ์</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="box">ผู้เข้าชม ๑๘๔,๒๐๗ ครั้ง</div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} เลขที่ 88 หมู่ที่ 4 ถนนอุทัยธานี-หนองฉาง ตำบลน้ำซึม อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี 61000<br>
โทรศัพท์ 0 5652 4418 โทรสาร 0 5652 4419 อีเมล uthai@alro-uthai.example.go.th ·
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
    (3174, (2025, 4, 10), "ขอเชิญเกษตรกรร่วมเวทีรับฟังความคิดเห็น (ร่าง) แผนยุทธศาสตร์ ส.ป.ก.อุทัยธานี พ.ศ. 2568 - 2572",
     ["ส.ป.ก.อุทัยธานี ขอเชิญเกษตรกรในเขตปฏิรูปที่ดิน กำนัน ผู้ใหญ่บ้าน ร่วมเวทีรับฟังความคิดเห็นต่อ (ร่าง) แผนยุทธศาสตร์ "
      "ในวันที่ 24 เมษายน 2568 เวลา 09.00 น. ณ หอประชุมอำเภอหนองฉาง",
      '<a href="{invite}">หนังสือเชิญ</a> · <a href="{draft}">(ร่าง) แผนยุทธศาสตร์ พ.ศ. 2568 - 2572</a>']),
    (3168, (2025, 3, 26), "มอบหนังสืออนุญาตให้เข้าทำประโยชน์ในเขตปฏิรูปที่ดิน (ส.ป.ก. 4-01) อำเภอลานสัก",
     ["วันที่ 26 มีนาคม 2568 ปฏิรูปที่ดินจังหวัดอุทัยธานี มอบหนังสืออนุญาต ส.ป.ก. 4-01 แก่เกษตรกร 126 ราย เนื้อที่ 1,408 ไร่"]),
    (3161, (2025, 3, 7), "ประชุมคณะกรรมการปฏิรูปที่ดินจังหวัดอุทัยธานี (คปจ.) ครั้งที่ 2/2568",
     ["ผู้ว่าราชการจังหวัดอุทัยธานี เป็นประธานการประชุม คปจ. ครั้งที่ 2/2568 พิจารณาการคัดเลือกเกษตรกร 3 อำเภอ"]),
    (3152, (2025, 2, 18), "อบรมเสริมสร้างจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2568",
     ["วันที่ 18 กุมภาพันธ์ 2568 ส.ป.ก.อุทัยธานี จัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือนและข้อกำหนดจริยธรรมของ ส.ป.ก. "
      "ให้บุคลากรนำไปปฏิบัติ มีกรณีศึกษาการเรียกรับเงินในการเปลี่ยนตัวผู้ได้รับอนุญาต และการแสดงตนเป็นนายหน้าซื้อขายสิทธิ",
      "ผู้เข้าร่วม ข้าราชการ 14 คน พนักงานราชการ 12 คน ลูกจ้าง 8 คน รวม 34 คน วิทยากรจากสำนักงานจังหวัดอุทัยธานี",
      '<a href="{ethics}">ประมวลจริยธรรม / ข้อกำหนดจริยธรรม ส.ป.ก.</a>']),
    (3140, (2025, 1, 22), "ลงพื้นที่ตรวจสอบการถือครองที่ดินในเขตปฏิรูปที่ดิน ตำบลทัพหลวง อำเภอบ้านไร่",
     ["เจ้าหน้าที่ตรวจสอบแปลงที่ดิน 112 แปลง พบการใช้ประโยชน์ผิดเงื่อนไข 3 แปลง"]),
    (3133, (2025, 1, 9), "ส.ป.ก.อุทัยธานี ร่วมกิจกรรมวันเด็กแห่งชาติ 2568",
     ["มอบของรางวัลให้เด็กและเยาวชน ณ ศาลากลางจังหวัดอุทัยธานี"]),
    (3126, (2024, 12, 20), "ส่งมอบงานก่อสร้างฝายชะลอน้ำในเขตปฏิรูปที่ดิน บ้านหนองเต่า",
     ["ฝายชะลอน้ำแล้วเสร็จ รับประโยชน์ 64 ครัวเรือน"]),
    (3119, (2024, 11, 27), "ออกหน่วยบริการเคลื่อนที่ โครงการจังหวัดเคลื่อนที่ อำเภอห้วยคต",
     ["ให้บริการตรวจสอบสิทธิและรับคำขอมรดกสิทธิ ผู้รับบริการ 58 ราย"]),
    (3112, (2024, 10, 30), "ประกาศรับสมัครพนักงานราชการ ตำแหน่งเจ้าพนักงานปฏิรูปที่ดิน",
     ["รับสมัครระหว่างวันที่ 4 - 15 พฤศจิกายน 2567"]),
    (3108, (2024, 10, 3), "ปฏิรูปที่ดินจังหวัดประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2568",
     ["วันที่ 1 ตุลาคม 2567 ปฏิรูปที่ดินจังหวัดอุทัยธานี ประกาศเจตจำนงสุจริตต่อหน้าบุคลากร", '<a href="{will}">ประกาศเจตจำนงสุจริต</a>']),
    # FY2567, on page 2
    (3097, (2024, 8, 22), "สรุปผลเวทีประชาคมเกษตรกรผู้ได้รับการจัดที่ดิน ประจำปี 2567",
     ["ระหว่างวันที่ 5 - 16 สิงหาคม 2567 ส.ป.ก.อุทัยธานี จัดเวทีประชาคมเกษตรกร 6 ตำบล ในเขตปฏิรูปที่ดิน "
      "เพื่อเปิดโอกาสให้เกษตรกรมีส่วนร่วมเสนอความต้องการด้านแหล่งน้ำ ถนน และการพัฒนาอาชีพ",
      "มีเกษตรกรเข้าร่วม 418 ราย ผู้นำชุมชน 37 คน เสนอโครงการ 29 โครงการ ส.ป.ก.อุทัยธานี นำไปบรรจุในคำของบประมาณปี 2568 จำนวน 11 โครงการ "
      "ได้แก่ ฝายชะลอน้ำบ้านหนองเต่า บ่อน้ำตื้น 6 บ่อ และถนนลูกรังเข้าแปลงเกษตร"]),
    (3089, (2024, 7, 12), "มอบหนังสืออนุญาต ส.ป.ก. 4-01 อำเภอบ้านไร่",
     ["มอบหนังสืออนุญาตแก่เกษตรกร 94 ราย"]),
    (3077, (2024, 6, 27), "อบรมคุณธรรมจริยธรรม ประจำปี 2567",
     ["บุคลากร 34 คน เข้าร่วมอบรม ณ ห้องประชุม ส.ป.ก.อุทัยธานี"]),
    (3061, (2024, 4, 19), "รายงานผลการดำเนินงาน รอบ 6 เดือน",
     ['เผยแพร่รายงานผลการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน <a href="{report6m}">ดาวน์โหลด</a>']),
    (3048, (2023, 10, 10), "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)",
     ['ส.ป.ก.อุทัยธานี ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ <a href="{nogift}">ประกาศ</a>']),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"invite": f("forum-invite-68"), "draft": f("strat-draft-68-72"), "ethics": f("ethics"),
             "will": f("will-68"), "report6m": f("report-6m"), "nogift": f("no-gift")}
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(y, m, day))} · งานประชาสัมพันธ์</p>{body}'
              '<p><a href="/news/">« ข่าวสารทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>' for n in chunk)
        pager = '<p>หน้า <b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">ถัดไป »</a></p>' if p == 1 else \
            '<p>หน้า <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวสาร / ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2568 = [  # (ข้อ, heading, [(link text, key or path)])
    ("ข้อมูลพื้นฐาน", None),
    ("o1", "โครงสร้าง / อำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อ ส.ป.ก.จังหวัด", [("ติดต่อเรา", "/contact/")]),
    ("o4", "ข่าวสาร", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("การบริหารงานและการใช้จ่ายงบประมาณ", None),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์", "strat-63-67")]),
    ("o6", "แผนปฏิบัติราชการ / แผนการใช้จ่ายงบ / รายงานรอบ 6 เดือน",
     [("แผนปฏิบัติราชการ ปี 68", "opplan-68"), ("แผนการใช้จ่ายงบประมาณ", "budget-plan-68"), ("รายงานรอบ 6 เดือน", "report-6m")]),
    ("o7", "รายงานประจำปี", [("รายงานประจำปี", "annual-66")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือ", "/download/manual/")]),
    ("o9", "คู่มือประชาชน", [("คู่มือสำหรับประชาชน", "citizen-manual")]),
    ("o10", "E-Service", [("ยื่นคำขอออนไลน์", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติ", "service-68")]),
    ("การจัดซื้อจัดจ้าง", None),
    ("o12", "ผลการจัดซื้อจัดจ้าง (สขร.1)", [("สขร.1 ปีงบ 68", "/procurement/")]),
    ("o13", "สรุปผลจัดซื้อจัดจ้างประจำปี", [("รายงานปี 2567", "proc-year-67")]),
    ("การบริหารและพัฒนาทรัพยากรบุคคล", None),
    ("o14", "แผนบริหารและพัฒนาบุคลากร", [("บริหารงานบุคคล", "/download/hr/")]),
    ("o15", "รายงานผลการพัฒนาบุคลากร", [("รายงานปี 2567", "hr-report-67")]),
    ("o16", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมปี 68", "/news/3152/")]),
    ("การส่งเสริมความโปร่งใส", None),
    ("o17", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", [("แนวปฏิบัติ", "complaint-guide")]),
    ("o18", "ช่องทางแจ้งเบาะแส", [("แจ้งเบาะแสการทุจริต", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียน", [("สถิติ", "/complaint/stats/")]),
    ("o20", "การมีส่วนร่วม", [("ข่าวการมีส่วนร่วม", "/news/page/2/")]),
    ("การป้องกันการทุจริต", None),
    ("o21", "No Gift Policy", [("ประกาศ", "no-gift")]),
    ("o22", "รายงานการรับของขวัญ", []),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [("คุณธรรมและความโปร่งใส", "/download/integrity/")]),
    ("o24", "รายงานการจัดการความเสี่ยง", [("รายงาน", "risk-report-67")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผนปี 2568", "anti-plan-68")]),
    ("o26", "รายงานผลป้องกันการทุจริต", [("รายงานปี 2567", "anti-report-67")]),
]
ITA_2567 = [
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ 2563-2567", "strat-63-67")]),
    ("o6", "แผนปฏิบัติราชการ ปี 2567", [("แผนปฏิบัติราชการ ปี 67", "opplan-67"), ("รายงานรอบ 6 เดือน", "report-6m")]),
    ("o12", "ผลการจัดซื้อจัดจ้าง", [("สขร.1 ปีงบ 67", "/procurement/?year=2567")]),
    ("o14", "แผนพัฒนาบุคลากร ปี 2567", [("แผนพัฒนาบุคลากร", "hr-plan-67")]),
    ("o21", "No Gift Policy", [("ประกาศ", "no-gift")]),
    ("o22", "รายงานการรับของขวัญ ปี 2566", [("รายงาน", OLD_DEAD)]),
    ("o23", "ประเมินความเสี่ยงการทุจริต ปี 2567", [("ประเมินความเสี่ยง", "risk-67")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = " , ".join(a(h if h.startswith("/") else f(h), t) for t, h in links) or "อยู่ระหว่างดำเนินการ"
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- procurement

FY = {2568: [(2024, 10), (2024, 11), (2024, 12), (2025, 2), (2025, 3)], 2567: [(2024, 7), (2024, 8), (2024, 9)]}


def procurement_body(fy: int) -> str:
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "PDF")}</td></tr>'
                   for k in (f"proc-{y}-{m:02d}" for y, m in reversed(FY[fy])))
    years = " · ".join(a(f"/procurement/?year={y}", f"ปีงบประมาณ {y}") for y in (2568, 2567))
    return (f"<p>เลือกปีงบประมาณ : {years}</p><h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) ปีงบประมาณ {fy}</h2>"
            f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
            f'<h2>ประกาศ / รายงาน</h2><ul><li>{a(f("proc-year-67"), ROWS["proc-year-67"][0])}</li>'
            f'<li>{a(f("print-annual"), ROWS["print-annual"][0])}</li></ul>')


def procurement_pages() -> None:
    write("/procurement/", "จัดซื้อจัดจ้าง", procurement_body(2568))
    for fy in (2568, 2567):
        write(f"/procurement/.q/year={fy}/", "จัดซื้อจัดจ้าง", procurement_body(fy))


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "หน้าแรก",
          f'<h2>ข่าวสาร</h2><ul class="news">{latest}</ul><p><a href="/news/">ดูทั้งหมด</a></p>'
          '<h2>บริการ</h2><p><a href="/eservice/">E-Service</a> · <a href="/service/">บริการประชาชน</a> · '
          '<a href="/procurement/">จัดซื้อจัดจ้าง</a> · <a href="/ita/">ITA</a> · <a href="/about/land/">ข้อมูลเขตปฏิรูปที่ดิน</a></p>')
    write("/about/history/", "ประวัติหน่วยงาน",
          "<p>สำนักงานการปฏิรูปที่ดินจังหวัดอุทัยธานี จัดตั้งขึ้นเมื่อ พ.ศ. 2527 เป็นหน่วยงานในสังกัดสำนักงานการปฏิรูปที่ดินเพื่อเกษตรกรรม "
          "กระทรวงเกษตรและสหกรณ์ ปฏิบัติงานปฏิรูปที่ดินในพื้นที่จังหวัดอุทัยธานี 8 อำเภอ</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a> · <a href="/about/land/">ข้อมูลเขตปฏิรูปที่ดิน</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : จัดที่ดินอย่างเป็นธรรม พัฒนาพื้นที่อย่างยั่งยืน เกษตรกรมีคุณภาพชีวิตที่ดี</p>"
          "<ol><li>จัดที่ดินและคุ้มครองสิทธิเกษตรกร</li><li>พัฒนาโครงสร้างพื้นฐานในเขตปฏิรูปที่ดิน</li>"
          "<li>ส่งเสริมอาชีพและสินเชื่อกองทุนการปฏิรูปที่ดิน</li></ol>")
    write("/about/land/", "ข้อมูลพื้นที่เขตปฏิรูปที่ดินจังหวัดอุทัยธานี",
          '<table class="list"><tr><th>อำเภอ</th><th>พื้นที่ (ไร่)</th><th>เกษตรกร (ราย)</th></tr>'
          "<tr><td>บ้านไร่</td><td>148,210</td><td>7,402</td></tr><tr><td>ลานสัก</td><td>96,455</td><td>4,980</td></tr>"
          "<tr><td>ห้วยคต</td><td>61,020</td><td>3,116</td></tr><tr><td>อื่น ๆ 5 อำเภอ</td><td>107,075</td><td>5,886</td></tr></table>")
    write("/about/structure/", "โครงสร้างหน่วยงาน",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างสำนักงานการปฏิรูปที่ดินจังหวัดอุทัยธานี" width="160" height="100">'
          "<h2>คณะกรรมการปฏิรูปที่ดินจังหวัดอุทัยธานี (คปจ.)</h2><p>ผู้ว่าราชการจังหวัดอุทัยธานี เป็นประธาน "
          "ปฏิรูปที่ดินจังหวัดเป็นกรรมการและเลขานุการ</p>"
          "<h2>สำนักงานการปฏิรูปที่ดินจังหวัดอุทัยธานี</h2><ul><li>ปฏิรูปที่ดินจังหวัดอุทัยธานี<ul>"
          "<li>ฝ่ายบริหารทั่วไป (งานสารบรรณ การเงิน พัสดุ บุคคล)</li><li>กลุ่มงานจัดการที่ดิน</li>"
          "<li>กลุ่มงานพัฒนาพื้นที่และส่งเสริมอาชีพ</li><li>กลุ่มงานกฎหมาย</li><li>กลุ่มงานวิชาการและแผน</li>"
          "<li>ศูนย์บริการกองทุนการปฏิรูปที่ดิน</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>สำนักงานการปฏิรูปที่ดินจังหวัดมีอำนาจหน้าที่ตามพระราชบัญญัติการปฏิรูปที่ดินเพื่อเกษตรกรรม พ.ศ. 2518 และที่แก้ไขเพิ่มเติม "
          "และกฎกระทรวงแบ่งส่วนราชการสำนักงานการปฏิรูปที่ดินเพื่อเกษตรกรรม สรุปได้ดังนี้</p><ol>"
          "<li>ดำเนินการจัดที่ดินให้เกษตรกรและสถาบันเกษตรกรในเขตปฏิรูปที่ดินของจังหวัด</li>"
          "<li>ตรวจสอบสิทธิและการถือครองที่ดิน และดำเนินการกับผู้ถือครองที่ดินโดยไม่ชอบด้วยกฎหมาย</li>"
          "<li>พัฒนาโครงสร้างพื้นฐาน แหล่งน้ำ และถนนในเขตปฏิรูปที่ดิน</li>"
          "<li>ส่งเสริมอาชีพเกษตรกรและให้บริการสินเชื่อจากกองทุนการปฏิรูปที่ดินเพื่อเกษตรกรรม</li>"
          "<li>ปฏิบัติงานในฐานะฝ่ายเลขานุการของคณะกรรมการปฏิรูปที่ดินจังหวัด (คปจ.)</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    execs = [("นายวีระพงษ์ ทองประเสริฐ", "ปฏิรูปที่ดินจังหวัดอุทัยธานี", "0 5652 4418 ต่อ 11"),
             ("นางสาวอรอุมา ศรีบุญเรือง", "หัวหน้าฝ่ายบริหารทั่วไป", "0 5652 4418 ต่อ 12"),
             ("นายธนากร พูลสวัสดิ์", "หัวหน้ากลุ่มงานจัดการที่ดิน", "0 5652 4418 ต่อ 14"),
             ("นายชยพล แสงอรุณ", "หัวหน้ากลุ่มงานพัฒนาพื้นที่และส่งเสริมอาชีพ", "0 5652 4418 ต่อ 15"),
             ("นางพรรณี วงศ์ใหญ่", "หัวหน้ากลุ่มงานกฎหมาย", "0 5652 4418 ต่อ 16")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "ผู้บริหาร", cards)
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>เลขที่ 88 หมู่ที่ 4 ถนนอุทัยธานี-หนองฉาง ตำบลน้ำซึม อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี 61000</p>"
          "<p>โทรศัพท์ 0 5652 4418 โทรสาร 0 5652 4419<br>อีเมล uthai@alro-uthai.example.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/alro.uthai.example">ส.ป.ก.อุทัยธานี</a></p>'
          "<p>เวลาราชการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.3781,100.0362">แผนที่ (Google Maps)</a></p>')
    write("/service/", "บริการประชาชน",
          "<ul><li>การขอรับมรดกสิทธิในที่ดิน ส.ป.ก.</li><li>การขอตรวจสอบสิทธิ / คัดสำเนาเอกสาร</li>"
          "<li>การขอกู้ยืมเงินกองทุนการปฏิรูปที่ดินเพื่อเกษตรกรรม</li><li>การขออนุญาตใช้ที่ดินเพื่อกิจการสาธารณูปโภค</li></ul>"
          f'<p>{a(f("citizen-manual"), "คู่มือสำหรับประชาชน")} · <a href="/eservice/">ยื่นคำขอออนไลน์</a> · '
          '<a href="/faq/">คำถามที่พบบ่อย</a></p>')
    write("/fund/", "กองทุนการปฏิรูปที่ดินเพื่อเกษตรกรรม",
          "<p>เกษตรกรผู้ได้รับการจัดที่ดินสามารถขอกู้ยืมเงินเพื่อการเกษตร ดอกเบี้ยร้อยละ 2 - 4 ต่อปี "
          "ติดต่อศูนย์บริการกองทุนการปฏิรูปที่ดิน โทร. 0 5652 4418 ต่อ 18</p>")
    write("/faq/", "คำถามที่พบบ่อย",
          "<p><b>ถาม</b> ที่ดิน ส.ป.ก. ซื้อขายได้หรือไม่<br><b>ตอบ</b> ไม่ได้ ตกทอดทางมรดกแก่ทายาทได้เท่านั้น</p>"
          "<p><b>ถาม</b> ขอรับมรดกสิทธิใช้เวลาเท่าไร<br><b>ตอบ</b> ประมาณ 105 วัน ดูคู่มือสำหรับประชาชน</p>")
    write("/eservice/", "E-Service ยื่นคำขอออนไลน์",
          "<p>เกษตรกรและประชาชนยื่นคำขอรับบริการได้ทางออนไลน์ โดยไม่ต้องเดินทางมาที่สำนักงาน เจ้าหน้าที่จะติดต่อกลับภายใน 2 วันทำการ</p>"
          '<form action="https://forms.example.org/alro-uthai/eservice" method="post">'
          '<h2>แบบคำขอรับบริการออนไลน์</h2>ชื่อ-นามสกุล <input name="name"><br>เลขบัตรประชาชน <input name="pid"><br>'
          'เบอร์โทรศัพท์ <input name="tel"><br>เรื่องที่ขอ <select name="kind"><option>ขอตรวจสอบสิทธิในที่ดิน</option>'
          '<option>ขอรับมรดกสิทธิ (ยื่นเบื้องต้น)</option><option>ขอกู้ยืมเงินกองทุน</option><option>อื่น ๆ</option></select><br>'
          'เลขที่ ส.ป.ก. 4-01 (ถ้ามี) <input name="doc"><br>รายละเอียด <textarea name="detail"></textarea><br>'
          '<button>ส่งคำขอ</button></form>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนได้ที่สำนักงาน โทร. 0 5652 4418 หรือตู้รับเรื่องร้องเรียนหน้าสำนักงาน</p>"
          '<p><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริตและประพฤติมิชอบ</a> · '
          '<a href="/complaint/stats/">สถิติเรื่องร้องเรียน</a></p>'
          f'<p>{a(f("complaint-guide"), "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเบาะแสการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ ไม่ต้องระบุชื่อก็ได้</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้แจ้ง (ไม่บังคับ) <input name="name"><br>'
          'ช่องทางติดต่อกลับ <input name="contact"><br>เจ้าหน้าที่/เรื่องที่แจ้ง <input name="subject"><br>'
          'รายละเอียดพฤติการณ์ <textarea name="detail"></textarea><br>แนบหลักฐาน <input type="file" name="file"><br>'
          '<button>ส่งเรื่อง</button></form><p>หรือโทร. 0 5652 4418 ต่อ 11 (ปฏิรูปที่ดินจังหวัด)</p>')
    write("/complaint/stats/", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<h2>ปีงบประมาณ พ.ศ. 2568 (1 ตุลาคม 2567 - 31 มีนาคม 2568)</h2>"
          '<table class="list"><tr><th>ช่วงเวลา</th><th>เรื่องร้องเรียน</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>'
          "<tr><td>ไตรมาสที่ 1 (ต.ค. - ธ.ค. 2567)</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>ไตรมาสที่ 2 (ม.ค. - มี.ค. 2568)</td><td>2</td><td>1</td><td>1</td></tr>"
          "<tr><td>รวม</td><td>2</td><td>1</td><td>1</td></tr></table>"
          "<p>เรื่องที่ร้องเรียน : การเรียกรับเงินในการเปลี่ยนตัวผู้ได้รับอนุญาต (อยู่ระหว่างตรวจสอบข้อเท็จจริง), "
          "การใช้รถราชการ (ไม่มีมูล) · ข้อมูล ณ วันที่ 31 มีนาคม 2568</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>ส.ป.ก.อุทัยธานี เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลด : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ปี 2568</a></li><li><a href="/ita/2567/">ITA ปี 2567</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2568", ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2567", ita_table(ITA_2567))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "person.png", "chart.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#2e7d32;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:220px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #ccc;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()
    procurement_pages()


if __name__ == "__main__":
    main()
