"""Generate the HTML pages of the "statsoffice" test site (สำนักงานสถิติจังหวัดพิจิตร, invented).

Run:  python tests/sites/statsoffice/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

The parent agency's branch template: a top bar, the banner, a menu, a side column (the director,
quick links, links to the parent's systems, a visitor counter) and a footer on every page; pages
are folder/index.html.  Documents are listed in a download section by category (/download/<cat>/),
the monthly สขร.1 on /procurement/ (the fiscal year's tab) and /procurement/2568/ (the CMS files
older uploads by the B.E. year they were uploaded in), news under /news/ (two pages), statistics
under /stat/.  The ITA page /ita/2569/ is a table of o1 … o26 in the office's own short wording
whose links go to files, pages or category lists; o25 goes to an empty placeholder page; last
year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, path_of  # noqa: E402

ORG = "สำนักงานสถิติจังหวัดพิจิตร"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนงาน / แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stat": "ข้อมูลสถิติ / สิ่งพิมพ์", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / เอกสารทั่วไป"}
DEAD_SIZE = "287.4 KB"
OLD_DEAD = "/files/19702.pdf"  # last year's risk assessment 2568: deleted when the disk filled up


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(THAI)


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข้อมูลสถิติ", "/stat/"), ("ข่าวสาร", "/news/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"), ("บริการข้อมูลออนไลน์", "/eservice/"),
        ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/nso-province.css"></head>
<body>
<div id="topbar">สำนักงานสถิติแห่งชาติ National Statistical Office · <a href="https://www.nso.go.th/">nso.go.th</a> ·
ขนาดตัวอักษร ก ก ก · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="banner"><img src="/assets/nso-logo.png" alt="ตราสำนักงานสถิติแห่งชาติ" width="70" height="70">
<b>{ORG}</b><br><small>Phichit Provincial Statistical Office</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="main">
<div class="crumb"><a href="/">หน้าแรก</a> » {esc(title)}</div>
<h1>{esc(title)}</h1>
{body}
</div>
<div id="side">
<div class="box"><img src="/assets/director.png" alt="ผู้อำนวยการ" width="90" height="110"><br>
นางสาวรัชนีกร ศรีวงศ์ษา<br>ผู้อำนวยการสำนักงานสถิติจังหวัดพิจิตร</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/stat/">ข้อมูลสถิติจังหวัด</a><br><a href="/eservice/">ขอรับบริการข้อมูลสถิติ</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/survey/">ประเมินความพึงพอใจ</a><br>
<a href="/ita/2569/">ITA ๒๕๖๙</a><br><a href="/ita/2568/">ITA ๒๕๖๘</a></div>
<div class="box"><b>ระบบงาน สสช.</b><br><a href="https://www.nso.go.th/">สำนักงานสถิติแห่งชาติ</a><br>
<a href="https://statbbi.nso.go.th/">ระบบสถิติทางการ (StatBBI)</a><br><a href="https://gdcatalog.go.th/">บัญชีข้อมูลภาครัฐ</a></div>
<div class="box">ผู้เข้าชมวันนี้ ๔๗ · ทั้งหมด ๒๑๘,๙๐๓</div>
</div></div>
<div id="footer">{ORG} ศาลากลางจังหวัดพิจิตร ชั้น 2 ถนนศรีมาลา ตำบลในเมือง อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000<br>
โทรศัพท์ 0 5601 7745 โทรสาร 0 5601 7746 อีเมล saraban.pcstat@gmail.com ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>
สงวนลิขสิทธิ์ © ๒๕๖๕ สำนักงานสถิติแห่งชาติ</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return DEAD_SIZE
    return f"{os.path.getsize(os.path.join(HERE, path_of(key).lstrip('/'))) / 1024:.1f} KB"


def ext(key: str) -> str:
    return path_of(key).rsplit(".", 1)[1]


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, _path, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><img src="/assets/{ext(k)}.gif" alt="{ext(k)}"> {a(path_of(k), title)}</td>'
                    f'<td>{be(up)}</td><td>{size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ขนาด</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if not k.startswith("proc-20") and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (688, (2026, 3, 30), "ประชาสัมพันธ์การสำรวจข้อมูลพื้นฐานของสถานประกอบการ พ.ศ. 2569",
     ["สำนักงานสถิติจังหวัดพิจิตร ขอความร่วมมือผู้ประกอบการในจังหวัดพิจิตรให้ข้อมูลแก่พนักงานสัมภาษณ์ที่มีบัตรประจำตัว "
      "ระหว่างเดือนเมษายน - มิถุนายน 2569 ข้อมูลของท่านจะถูกเก็บเป็นความลับตามพระราชบัญญัติสถิติ พ.ศ. 2550"]),
    (684, (2026, 3, 20), "ลงพื้นที่ติดตามการสำรวจภาวะการทำงานของประชากร เดือนมีนาคม 2569",
     ["ผู้อำนวยการสำนักงานสถิติจังหวัดพิจิตร ลงพื้นที่ติดตามการปฏิบัติงานของพนักงานสัมภาษณ์ ณ อำเภอตะพานหิน และอำเภอโพทะเล"]),
    (679, (2026, 2, 24), "สรุปผลการประชุมผู้ใช้-ผู้ผลิตข้อมูลสถิติ (User-Producer Dialogue) จังหวัดพิจิตร ประจำปี 2569",
     ["เมื่อวันที่ 19 กุมภาพันธ์ 2569 สำนักงานสถิติจังหวัดพิจิตร จัดประชุมผู้ใช้-ผู้ผลิตข้อมูลสถิติ ณ ห้องประชุมพิจิตรรวมใจ "
      "ศาลากลางจังหวัดพิจิตร เพื่อเปิดโอกาสให้ส่วนราชการ องค์กรปกครองส่วนท้องถิ่น ภาคเอกชน และภาคประชาชน มีส่วนร่วมเสนอความต้องการข้อมูลสถิติ "
      "และให้ข้อคิดเห็นต่อการดำเนินงานของสำนักงาน",
      "ผู้เข้าร่วมประชุม 47 คน จาก 23 หน่วยงาน ได้แก่ ส่วนราชการประจำจังหวัด 15 หน่วยงาน อปท. 4 แห่ง หอการค้าจังหวัดพิจิตร "
      "สภาอุตสาหกรรมจังหวัด มหาวิทยาลัย และเครือข่ายภาคประชาชน 2 กลุ่ม",
      "ข้อเสนอจากที่ประชุม : 1) ขอข้อมูลแรงงานนอกระบบรายอำเภอ 2) ขอให้เผยแพร่ข้อมูลในรูปแบบ Dashboard 3) ขอให้จัดอบรมการใช้ข้อมูล "
      "สำนักงานจะนำข้อเสนอไปปรับแผนการเผยแพร่ข้อมูลในไตรมาสที่ 3 และแจ้งความคืบหน้าให้ผู้เข้าร่วมทราบทางเว็บไซต์"]),
    (672, (2026, 2, 3), "ขอเชิญประชุมผู้ใช้-ผู้ผลิตข้อมูลสถิติ จังหวัดพิจิตร ประจำปี 2569",
     ["สำนักงานสถิติจังหวัดพิจิตร ขอเชิญหน่วยงานและผู้สนใจเข้าร่วมประชุมผู้ใช้-ผู้ผลิตข้อมูลสถิติ ในวันที่ 19 กุมภาพันธ์ 2569",
      '<a href="{invite}">หนังสือเชิญประชุม</a>']),
    (665, (2026, 1, 10), "ร่วมจัดกิจกรรมวันเด็กแห่งชาติ ประจำปี 2569",
     ["จัดบูธเกมสถิติหรรษาในงานวันเด็กแห่งชาติ ณ บึงสีไฟ มีเด็กและเยาวชนร่วมกิจกรรมกว่า 300 คน"]),
    (659, (2025, 12, 19), "เผยแพร่รายงานสถิติจังหวัดพิจิตร พ.ศ. 2568",
     ["สำนักงานสถิติจังหวัดพิจิตรได้จัดทำรายงานสถิติจังหวัดพิจิตร พ.ศ. 2568 เสร็จเรียบร้อยแล้ว ผู้สนใจดาวน์โหลดได้ที่",
      '<a href="{provreport}">รายงานสถิติจังหวัดพิจิตร พ.ศ. 2568</a>']),
    (651, (2025, 12, 5), "ร่วมพิธีเนื่องในวันคล้ายวันพระบรมราชสมภพ 5 ธันวาคม 2568",
     ["ผู้อำนวยการและเจ้าหน้าที่ร่วมพิธี ณ ศาลากลางจังหวัดพิจิตร"]),
    (644, (2025, 11, 20), "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานสัมภาษณ์ 1 อัตรา",
     ["รับสมัครระหว่างวันที่ 24 พฤศจิกายน - 5 ธันวาคม 2568 ณ ฝ่ายบริหารทั่วไป"]),
    (638, (2025, 11, 14), "แจ้งเวียนแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2569",
     ["สำนักงานจังหวัดพิจิตรแจ้งเวียนแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569 ให้ส่วนราชการประจำจังหวัดทราบ",
      '<a href="{otherplan}">ดาวน์โหลดเอกสาร</a>']),
    (631, (2025, 10, 9), "ต้อนรับผู้อำนวยการสำนักงานสถิติจังหวัดพิจิตร",
     ["เจ้าหน้าที่ให้การต้อนรับ นางสาวรัชนีกร ศรีวงศ์ษา ในโอกาสเข้ารับตำแหน่งผู้อำนวยการสำนักงานสถิติจังหวัดพิจิตร"]),
    # FY2568, on page 2
    (612, (2025, 8, 21), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมและการรักษาความลับข้อมูลสถิติ ประจำปีงบประมาณ 2568",
     ["วันที่ 21 สิงหาคม 2568 สำนักงานสถิติจังหวัดพิจิตร จัดอบรมขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือนและข้อกำหนดจริยธรรม "
      "สำนักงานสถิติแห่งชาติ ให้แก่ข้าราชการ พนักงานราชการ และพนักงานสัมภาษณ์ รวม 23 คน พร้อมจัดทำ Do's &amp; Don'ts ของผู้ปฏิบัติงานสถิติ"]),
    (598, (2025, 6, 12), "ประชุมคณะทำงานจัดทำแผนพัฒนาสถิติระดับจังหวัด ครั้งที่ 1/2568",
     ["ประชุมเพื่อทบทวนบัญชีข้อมูลสถิติที่จำเป็นของจังหวัด ณ ห้องประชุมสำนักงาน"]),
    (583, (2025, 2, 20), "สรุปผลการประชุมผู้ใช้-ผู้ผลิตข้อมูลสถิติ จังหวัดพิจิตร ประจำปี 2568",
     ["วันที่ 18 กุมภาพันธ์ 2568 มีผู้เข้าร่วม 41 คน จาก 20 หน่วยงาน เสนอความต้องการข้อมูลผู้สูงอายุและการเกษตร"]),
    (566, (2024, 10, 21), "ประกาศใช้แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568",
     ['สำนักงานสถิติจังหวัดพิจิตรประกาศใช้แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568 <a href="{opplan68}">รายละเอียด</a>']),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"invite": path_of("invite-upd"), "provreport": path_of("prov-report-68"),
             "otherplan": path_of("other-anti-plan"), "opplan68": path_of("opplan-68")}
    for nid, ymd, title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(*ymd))} · โดย admin</p>{body}'
                                      '<p><a href="/news/">« ข่าวสารทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li>{a(f"/news/{n[0]}/", n[2])} <span>[{be(date(*n[1]))}]</span></li>' for n in chunk)
        pager = ('<p class="pager">หน้า <b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">»</a></p>' if p == 1
                 else '<p class="pager">หน้า <a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวสาร", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # (ข้อ, heading, [(link text, href or row key)])
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", None),
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อหน่วยงาน / ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("ถาม-ตอบ", "/qa/")]),
    ("o4", "ข่าวสาร", [("ข่าวสาร", "/news/")]),
    ("o5", "แผนปฏิบัติราชการระยะยาว", [("แผนปฏิบัติราชการ ระยะ 5 ปี", "plan-3y")]),
    ("o6", "แผนปฏิบัติราชการ/แผนการใช้จ่ายงบประมาณ ปี 2569", [("แผนปฏิบัติราชการ 2569", "opplan-69"),
                                                          ("แผนการใช้จ่ายงบประมาณ 2569", "budget-69")]),
    ("o7", "ผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน ปีงบประมาณ 2568", "report-67")]),
    ("o8", "คู่มือปฏิบัติงาน", [("คู่มือการปฏิบัติงานสำรวจ", "manual-field")]),
    ("o9", "คู่มือประชาชน", [("คู่มือการขอรับบริการข้อมูลสถิติ", "citizen-manual")]),
    ("o10", "บริการข้อมูลออนไลน์", [("ระบบขอรับบริการข้อมูล", "/eservice/"), ("สถิติการให้บริการ", "service-69")]),
    ("o11", "สขร.1 รายเดือน", [("ผลการจัดซื้อจัดจ้าง ปี 2569", "/procurement/")]),
    ("o12", "สรุปจัดซื้อจัดจ้างประจำปี", [("เอกสารจัดซื้อจัดจ้าง ปี 2568", "/procurement/2568/")]),
    ("o13", "หลักเกณฑ์/แผน HR", [("หลักเกณฑ์ HR", "hr-rules"), ("แผนพัฒนาบุคลากร 2569", "hr-plan-69")]),
    ("o14", "รายงานผล HR", [("รายงานผล HR ปี 2568", "hr-report-68-dead")]),
    ("o15", "ประมวลจริยธรรม / ขับเคลื่อนจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรม", "/news/612/")]),
    ("o16", "คู่มือร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางแจ้งเบาะแสทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("สถิติเรื่องร้องเรียน รอบ 6 เดือน", "complaint-6m")]),
    ("o19", "การมีส่วนร่วม", [("ประชุม User-Producer Dialogue", "/news/679/")]),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", None),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", "no-gift-67")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง 2569", "risk-69")]),
    ("o22", "ผลการบริหารความเสี่ยงการทุจริต", [("รายงานปี 2568", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปี 2569", "anti-plan-69")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงานปี 2568", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนาองค์กร", [("รายละเอียด", "/ita/2569/o25/")]),
    ("o26", "ผลการส่งเสริมคุณธรรมและความโปร่งใส", [("รายงานผล", "integrity-report")]),
]
ITA_2568 = [
    ("o5", "แผนปฏิบัติราชการระยะยาว", [("แผนปฏิบัติราชการ 2566-2568", "plan-3y")]),
    ("o6", "แผนปฏิบัติราชการ ปี 2568", [("แผนปฏิบัติราชการ 2568", "opplan-68")]),
    ("o12", "สขร.1", [("สขร.1 ก.ย. 2568", "proc-2025-09")]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("สรุปปี 2567", "proc-year-67")]),
    ("o19", "สถิติเรื่องร้องเรียน", [("รอบ 6 เดือน", "complaint-6m")]),
    ("o21", "No Gift Policy", [("ประกาศ", "no-gift-67")]),
    ("o23", "การประเมินความเสี่ยงการทุจริต ปี 2568", [("ประเมินความเสี่ยง 2568", OLD_DEAD)]),
]


def href(h: str) -> str:
    return h if h.startswith("/") else path_of(h)


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3"><b>{esc(row[0])}</b></td></tr>')
            continue
        code, heading, links = row
        cell = "<br>".join(a(href(h), t) for t, h in links) or "-"
        out.append(f"<tr><td>{code.upper()}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li>{a(f"/news/{n[0]}/", n[2])} ({be(date(*n[1]))})</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          f'<h2>ข่าวสาร</h2><ul class="news">{latest}</ul><p>{a("/news/", "ข่าวทั้งหมด »")}</p>'
          '<h2>สถิติน่ารู้จังหวัดพิจิตร</h2><p>ประชากร 521,845 คน · ผู้มีงานทำ 283,410 คน · อัตราการว่างงาน ร้อยละ 1.12</p>'
          f'<p>{a("/stat/", "ข้อมูลสถิติจังหวัด")} · {a("/eservice/", "ขอรับบริการข้อมูลออนไลน์")} · '
          f'{a("/ita/2569/", "ITA 2569 การเปิดเผยข้อมูลสาธารณะ")}</p>')
    write("/about/", "ประวัติหน่วยงาน",
          "<p>สำนักงานสถิติจังหวัดพิจิตร เป็นหน่วยงานราชการส่วนกลางของสำนักงานสถิติแห่งชาติ กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
          "ที่ตั้งอยู่ในส่วนภูมิภาค จัดตั้งขึ้นเมื่อปี พ.ศ. 2518 ปัจจุบันตั้งอยู่ที่ศาลากลางจังหวัดพิจิตร ชั้น 2</p>"
          f'<p>{a("/about/vision/", "วิสัยทัศน์ พันธกิจ")} · {a("/about/law/", "กฎหมายที่เกี่ยวข้อง")}</p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : ศูนย์กลางข้อมูลสถิติของจังหวัดพิจิตร ถูกต้อง ทันเวลา เชื่อถือได้</p>"
          "<ol><li>ผลิตข้อมูลสถิติตามแผนงานของสำนักงานสถิติแห่งชาติ</li><li>บูรณาการข้อมูลสถิติระดับจังหวัด</li>"
          "<li>ให้บริการข้อมูลสถิติแก่ผู้ใช้ทุกภาคส่วน</li></ol>")
    write("/about/law/", "กฎหมายที่เกี่ยวข้อง",
          "<ul><li>พระราชบัญญัติสถิติ พ.ศ. 2550</li><li>กฎกระทรวงแบ่งส่วนราชการสำนักงานสถิติแห่งชาติ กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม พ.ศ. 2560</li>"
          "<li>พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</li></ul>")
    write("/about/structure/", "โครงสร้างหน่วยงาน",
          '<img src="/assets/org-chart.png" alt="แผนภูมิโครงสร้างสำนักงานสถิติจังหวัดพิจิตร" width="160" height="100">'
          "<p>สำนักงานสถิติแห่งชาติ กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม</p>"
          "<ul><li>ผู้อำนวยการสำนักงานสถิติจังหวัดพิจิตร<ul>"
          "<li>ฝ่ายบริหารทั่วไป (งานสารบรรณ การเงินและบัญชี พัสดุ บุคคล) 4 คน</li>"
          "<li>กลุ่มวิชาการสถิติและสารสนเทศ (วิเคราะห์ข้อมูล บริการข้อมูล สารสนเทศจังหวัด) 4 คน</li>"
          "<li>กลุ่มปฏิบัติการสถิติ (ควบคุมงานสำรวจ พนักงานสัมภาษณ์ 14 คน) 15 คน</li></ul></li></ul>"
          f'<p>{a("/about/authority/", "อำนาจหน้าที่")}</p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>สำนักงานสถิติจังหวัดมีอำนาจหน้าที่ตามพระราชบัญญัติสถิติ พ.ศ. 2550 และกฎกระทรวงแบ่งส่วนราชการสำนักงานสถิติแห่งชาติ "
          "สรุปได้ดังนี้</p><ol><li>จัดเก็บรวบรวมข้อมูลสถิติตามแผนงานโครงการสำรวจและสำมะโนของสำนักงานสถิติแห่งชาติในพื้นที่จังหวัด</li>"
          "<li>ประสานและบูรณาการข้อมูลสถิติของส่วนราชการในจังหวัด จัดทำข้อมูลสถิติและสารสนเทศระดับจังหวัด</li>"
          "<li>สนับสนุนการจัดทำแผนพัฒนาสถิติระดับจังหวัดและข้อมูลประกอบการจัดทำแผนพัฒนาจังหวัด</li>"
          "<li>ให้บริการข้อมูลสถิติ ส่งเสริมความรู้ความเข้าใจการใช้ข้อมูลสถิติแก่ประชาชนและหน่วยงาน</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    execs = [("นางสาวรัชนีกร ศรีวงศ์ษา", "ผู้อำนวยการสำนักงานสถิติจังหวัดพิจิตร", "0 5601 7745 ต่อ 101"),
             ("นางวันเพ็ญ ทองคำแท้", "หัวหน้าฝ่ายบริหารทั่วไป", "0 5601 7745 ต่อ 102"),
             ("นายธนกฤต อินทร์แก้ว", "หัวหน้ากลุ่มวิชาการสถิติและสารสนเทศ", "0 5601 7745 ต่อ 103"),
             ("นายสุรชัย พรมเสน", "หัวหน้ากลุ่มปฏิบัติการสถิติ", "0 5601 7745 ต่อ 104")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="80" height="100"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "ผู้บริหาร", cards)
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>ศาลากลางจังหวัดพิจิตร ชั้น 2 ถนนศรีมาลา ตำบลในเมือง อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000</p>"
          "<p>โทรศัพท์ 0 5601 7745 โทรสาร 0 5601 7746<br>อีเมล saraban.pcstat@gmail.com<br>"
          'Facebook : <a href="https://www.facebook.com/pichit.stat.office">สถิติพิจิตร</a></p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=16.4412,100.3487">แผนที่ตั้ง (Google Maps)</a></p>'
          f'<p>ถามคำถามได้ที่ {a("/qa/", "กระดานถาม-ตอบ")}</p>')
    qa = [("อยากได้ข้อมูลจำนวนผู้สูงอายุรายตำบล ต้องทำอย่างไรครับ", "นักศึกษา ม.ราชภัฏ", "5 มี.ค. 2569",
           "ยื่นคำขอผ่านเมนูบริการข้อมูลออนไลน์ได้เลยครับ เจ้าหน้าที่จะส่งข้อมูลให้ทางอีเมลภายใน 3 วันทำการ (admin)"),
          ("พนักงานสัมภาษณ์มาที่บ้าน ตรวจสอบได้อย่างไรว่าเป็นเจ้าหน้าที่จริง", "ชาวบางมูลนาก", "12 ม.ค. 2569",
           "พนักงานสัมภาษณ์ทุกคนมีบัตรประจำตัว สอบถามได้ที่ 0 5601 7745 ต่อ 104 (admin)")]
    items = "".join(f'<div class="qa"><p><b>ถาม :</b> {esc(q)} <small>{esc(who)} {when}</small></p>'
                    f"<p><b>ตอบ :</b> {esc(ans)}</p></div>" for q, who, when, ans in qa)
    write("/qa/", "ถาม-ตอบ (Q&A)",
          f'{items}<form action="/qa/post/" method="post"><h2>ตั้งคำถาม</h2>หัวข้อ <input name="topic"><br>'
          'ข้อความ <textarea name="message"></textarea><br>ชื่อ/อีเมล <input name="who"><br><button>ส่ง</button></form>')
    write("/eservice/", "ระบบขอรับบริการข้อมูลสถิติออนไลน์ (E-Service)",
          "<p>ผู้ใช้ข้อมูลสามารถขอรับข้อมูลสถิติจากสำนักงานสถิติจังหวัดพิจิตรได้ทางออนไลน์ โดยไม่ต้องเดินทางมาที่สำนักงาน "
          "เจ้าหน้าที่จะตอบกลับภายใน 1 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSdPichitStatRequest/formResponse" method="post">'
          '<h2>แบบคำขอรับบริการข้อมูลสถิติ</h2>ชื่อ-นามสกุล <input name="entry.11"><br>หน่วยงาน/สถานศึกษา <input name="entry.12"><br>'
          'อีเมล <input name="entry.13"><br>ข้อมูลที่ต้องการ <textarea name="entry.14"></textarea><br>'
          'วัตถุประสงค์ <select name="entry.15"><option>การศึกษา/วิจัย</option><option>การวางแผน</option><option>อื่น ๆ</option></select><br>'
          '<button>ส่งคำขอ</button></form>'
          f'<p>{a(path_of("service-69"), "สถิติการให้บริการข้อมูล ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>'
          f'<p>{a(path_of("citizen-manual"), "คู่มือการขอรับบริการข้อมูลสถิติ")}</p>')
    write("/survey/", "แบบประเมินความพึงพอใจการให้บริการ",
          "<p>โปรดให้คะแนนความพึงพอใจต่อการให้บริการข้อมูลสถิติของสำนักงาน เพื่อนำไปปรับปรุงการให้บริการ</p>"
          '<form action="/survey/send/" method="post">ความรวดเร็ว <select name="q1"><option>5</option><option>4</option>'
          '<option>3</option><option>2</option><option>1</option></select><br>ความถูกต้องของข้อมูล <select name="q2"><option>5</option>'
          '<option>4</option><option>3</option></select><br>ข้อเสนอแนะ/ข้อร้องเรียนการให้บริการ <textarea name="note"></textarea><br>'
          "<button>ส่งแบบประเมิน</button></form>")
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ร้องเรียนร้องทุกข์เกี่ยวกับการให้บริการ ติดต่อ 0 5601 7745 หรืออีเมล saraban.pcstat@gmail.com</p>"
          f'<p>{a("/complaint/corruption/", "แจ้งเบาะแสการทุจริตและประพฤติมิชอบ")}</p>'
          f'<p>{a(path_of("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</p>')
    write("/complaint/corruption/", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้แจ้งไม่ต้องระบุชื่อก็ได้ ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้แจ้ง (ไม่บังคับ) <input name="name"><br>'
          'ช่องทางติดต่อกลับ <input name="contact"><br>เจ้าหน้าที่/หน่วยงานที่ถูกร้องเรียน <input name="who"><br>'
          'รายละเอียดพฤติการณ์ <textarea name="detail"></textarea><br>หลักฐาน <input type="file" name="evidence"><br>'
          "<button>ส่งเรื่อง</button></form>"
          '<p>ช่องทางอื่น : <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · '
          '<a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a> · สายด่วน 1206</p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานสถิติจังหวัดพิจิตรเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 "
          "และรักษาความลับข้อมูลรายย่อยตามพระราชบัญญัติสถิติ พ.ศ. 2550</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in MENU) + "</ul>")
    # statistics
    write("/stat/", "ข้อมูลสถิติจังหวัด",
          f'<ul><li>{a("/stat/publications/", "สิ่งพิมพ์สถิติ / รายงานสถิติจังหวัด")}</li>'
          f'<li>{a("/stat/calendar/", "ปฏิทินการเผยแพร่ข้อมูลสถิติ")}</li>'
          '<li><a href="https://statbbi.nso.go.th/">ระบบสถิติทางการ (StatBBI)</a></li></ul>')
    write("/stat/publications/", "สิ่งพิมพ์สถิติ", table(["prov-report-68", "prov-plan-draft", "service-69"]))
    write("/stat/calendar/", "ปฏิทินการเผยแพร่ข้อมูลสถิติ ปี 2569",
          "<table class=\"list\"><tr><th>ข้อมูล</th><th>กำหนดเผยแพร่</th></tr>"
          "<tr><td>ภาวะการทำงานของประชากรจังหวัด ไตรมาส 4/2568</td><td>ก.พ. 2569</td></tr>"
          "<tr><td>ภาวะการทำงานของประชากรจังหวัด ไตรมาส 1/2569</td><td>พ.ค. 2569</td></tr>"
          "<tr><td>รายงานสถิติจังหวัด พ.ศ. 2569</td><td>ธ.ค. 2569</td></tr></table>")
    # procurement
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)  # September 2568 was uploaded in FY2569
    rows = "".join(f"<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(path_of(k), 'PDF')}</td></tr>"
                   for k in months)
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2569",
          f'<p>แท็บ : <b>ปี 2569</b> · {a("/procurement/2568/", "ปี 2568")}</p>'
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>')
    old = [k for k in ROWS if ROWS[k][1] == "procure" and ROWS[k][2].year + 543 + (ROWS[k][2].month >= 10) == 2568]
    write("/procurement/2568/", "ผลการจัดซื้อจัดจ้าง ปี 2568",
          f'<p>แท็บ : {a("/procurement/", "ปี 2569")} · <b>ปี 2568</b></p>' + table(old))
    # downloads
    cats = " · ".join(a(f"/download/{s}/", n) for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลด : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          f'<ul><li>{a("/ita/2569/", "ITA ประจำปีงบประมาณ พ.ศ. 2569")}</li><li>{a("/ita/2568/", "ITA ประจำปีงบประมาณ พ.ศ. 2568")}</li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569",
          "<p>ปรับปรุงข้อมูลล่าสุด ๓ เม.ย. ๒๕๖๙</p>" + ita_table(ITA_2569))
    write("/ita/2569/o25/", "O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
          '<p class="date">โพสต์เมื่อ ๑๕ ม.ค. ๒๕๖๙ · โดย admin</p><p>อยู่ระหว่างปรับปรุงข้อมูล</p>'
          f'<p>{a("/ita/2569/", "« กลับหน้า ITA 2569")}</p>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_table(ITA_2568))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("nso-logo.png", "director.png", "person.png", "org-chart.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "nso-province.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#topbar{background:#0b3d91;color:#fff;padding:3px 8px}"
                 "#banner{padding:8px}#menu{background:#1565c0;margin:0;padding:6px}#menu li{display:inline;margin:0 6px}"
                 "#menu a{color:#fff}#wrap{display:flex}#main{flex:1;padding:10px}#side{width:230px}"
                 ".box{border:1px solid #cfd8dc;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #b0bec5;padding:3px}#footer{background:#263238;color:#eee;padding:8px}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
