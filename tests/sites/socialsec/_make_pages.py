"""Generate the HTML pages of the "socialsec" test site (สำนักงานประกันสังคมจังหวัดพิจิตร, invented content).

Run:  python tests/sites/socialsec/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial social security office on a ministry-style template: a top bar with the 1506
hotline, a menu, a right-hand column (the head of office, quick links, links to agencies,
visitor counter) and a footer on every page; pages are folder/index.html.  Documents are listed
by category under /download/<cat>/ (newest first), the monthly procurement summaries on
/procurement/, news under /news/ (two pages).  The ITA page /ita/2569/ is a table of o1 … o26
in the office's own short wording whose links go to files, pages or category lists; last year's
/ita/2568/ is still online and is the only page that links the FY2567 integrity report.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import OLD_DEAD, ROWS, name  # noqa: E402

ORG = "สำนักงานประกันสังคมจังหวัดพิจิตร"
SHORT = "สปส.พิจิตร"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนปฏิบัติราชการ / งบประมาณ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
HIDDEN = {"integrity-report-67"}  # linked only from last year's ITA page
MISSING_SIZE = "388.2 KB"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str = "คลิก") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าหลัก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("สิทธิประโยชน์", "/benefits/"), ("ข่าวประชาสัมพันธ์", "/news/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("Q&A", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/site.css"></head>
<body>
<div id="topbar">สายด่วนประกันสังคม ๑๕๐๖ ให้บริการ ๒๔ ชั่วโมง · {SHORT} โทร. ๐ ๕๖๖๑ ๒๔๗๐ · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="header"><img src="/assets/logo.png" alt="ตราสำนักงานประกันสังคม" width="70" height="70">
<span class="org">{ORG}</span><br><span class="en">Phichit Provincial Social Security Office</span></div>
<ul id="nav">
{menu}
</ul>
<div id="container"><div id="content">
<p class="crumb"><a href="/">หน้าหลัก</a> » {esc(title)}</p>
<h1>{esc(title)}</h1>
{body}
</div>
<div id="sidebar">
<div class="widget"><img src="/assets/head.png" alt="ประกันสังคมจังหวัดพิจิตร" width="90" height="110"><br>
<b>นางวรรณภา เจริญสุข</b><br>ประกันสังคมจังหวัดพิจิตร</div>
<div class="widget"><b>เมนูลัด</b><br><a href="/eservice/appointment/">นัดหมายล่วงหน้าออนไลน์</a><br>
<a href="/download/manual/">คู่มือสำหรับประชาชน</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/ita/2569/">ITA ปี ๒๕๖๙</a><br><a href="/ita/2568/">ITA ปี ๒๕๖๘</a></div>
<div class="widget"><b>หน่วยงานที่เกี่ยวข้อง</b><br><a href="https://www.mol.go.th/">กระทรวงแรงงาน</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="/links/">หน่วยงานกระทรวงแรงงานจังหวัดพิจิตร</a></div>
<div class="widget">ผู้เข้าชมเว็บไซต์ ๒๑๘,๓๐๔ ครั้ง</div>
</div></div>
<div id="footer">{ORG} ศาลากลางจังหวัดพิจิตร (หลังใหม่) ชั้น ๑ ถนนพิจิตร-สากเหล็ก ตำบลไผ่ขวาง อำเภอเมืองพิจิตร จังหวัดพิจิตร ๖๖๐๐๐<br>
โทรศัพท์ ๐ ๕๖๖๑ ๒๔๗๐ โทรสาร ๐ ๕๖๖๑ ๒๔๗๑ อีเมล phichit.sso@labourmail.example.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>© ๒๕๖๕ {ORG} สงวนลิขสิทธิ์</div>
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
        rows.append(f'<tr><td>{i}</td><td>{esc(title)}</td><td>{be(up)}</td>'
                    f'<td><a href="{f(k)}"><img src="/assets/i-{ext}.gif" alt="{ext}"> ดาวน์โหลด</a> ({size_of(k)})</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (1131, (2026, 4, 7), "สปส.พิจิตร เปิดให้บริการวันเสาร์ที่ 2 ของทุกเดือน เริ่ม 11 เมษายน 2569",
     ["ตามข้อเสนอจากการประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย สำนักงานประกันสังคมจังหวัดพิจิตรจะเปิดให้บริการวันเสาร์ที่ 2 ของทุกเดือน "
      "เวลา 08.30 - 12.00 น. เริ่มวันที่ 11 เมษายน 2569 ให้บริการขึ้นทะเบียน ยื่นคำขอรับประโยชน์ทดแทน และชำระเงินสมทบ"]),
    (1126, (2026, 3, 24), "ประกันสังคมจังหวัดพิจิตร ออกหน่วยบริการเคลื่อนที่ (Mobile Service) อำเภอวชิรบารมี",
     ["วันที่ 24 มีนาคม 2569 เจ้าหน้าที่ออกหน่วยบริการเคลื่อนที่ ณ ที่ว่าการอำเภอวชิรบารมี รับสมัครผู้ประกันตนมาตรา 40 จำนวน 63 ราย "
      "และให้คำปรึกษาสิทธิประโยชน์แก่ผู้ประกันตน 118 ราย"]),
    (1119, (2026, 2, 27), "สรุปผลการประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ประจำปี 2569",
     ["วันที่ 19 กุมภาพันธ์ 2569 สำนักงานประกันสังคมจังหวัดพิจิตร จัดประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย เพื่อเปิดโอกาสให้นายจ้าง "
      "ผู้ประกันตน และภาคีเครือข่ายมีส่วนร่วมในการปรับปรุงการให้บริการ มีผู้เข้าร่วม 84 คน",
      "ข้อเสนอสำคัญ ได้แก่ การเปิดบริการวันเสาร์ การออกหน่วยเคลื่อนที่ในอำเภอรอบนอก และคู่มือการยื่นเงินสมทบออนไลน์ "
      "ซึ่งสำนักงานได้กำหนดแนวทางดำเนินการแล้ว",
      '<a href="{hearing}">สรุปผลการประชุม (ไฟล์แนบ)</a>']),
    (1112, (2026, 2, 5), "ขอเชิญสถานประกอบการและผู้ประกันตนร่วมประชุมรับฟังความคิดเห็น ประจำปี 2569",
     ["สำนักงานประกันสังคมจังหวัดพิจิตร ขอเชิญผู้แทนสถานประกอบการและผู้ประกันตนเข้าร่วมประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย "
      "ในวันที่ 19 กุมภาพันธ์ 2569 ณ ห้องประชุมชั้น 2",
      '<a href="{invite}">หนังสือเชิญประชุม</a>']),
    (1106, (2026, 1, 23), "อบรมเสริมสร้างคุณธรรมจริยธรรม ขับเคลื่อนประมวลจริยธรรมข้าราชการ ประจำปีงบประมาณ 2569",
     ["วันที่ 22 มกราคม 2569 สำนักงานประกันสังคมจังหวัดพิจิตร จัดอบรมเสริมสร้างคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน "
      "เพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือนและข้อกำหนดจริยธรรมสำนักงานประกันสังคมสู่การปฏิบัติ",
      "ผู้เข้าร่วม ข้าราชการ 17 คน พนักงานราชการ 14 คน และลูกจ้าง 5 คน รวม 36 คน พร้อมกิจกรรมทบทวนแนวทางพึงปฏิบัติ Do's & Don'ts ของเจ้าหน้าที่หน้าเคาน์เตอร์"]),
    (1101, (2026, 1, 9), "ประชาสัมพันธ์ สิทธิประโยชน์ทดแทนกรณีว่างงาน ยื่นผ่านระบบออนไลน์ได้",
     ["ผู้ประกันตนที่ว่างงานต้องขึ้นทะเบียนว่างงานภายใน 30 วันนับแต่วันที่ออกจากงาน เพื่อรับเงินทดแทนการขาดรายได้"]),
    (1093, (2025, 12, 15), "ตรวจเยี่ยมสถานประกอบการ โครงการส่งเสริมความปลอดภัยในการทำงาน",
     ["ฝ่ายกองทุนเงินทดแทนตรวจเยี่ยมโรงสีข้าวและสถานประกอบการในอำเภอตะพานหิน 6 แห่ง"]),
    (1088, (2025, 11, 27), "นายจ้างยื่นแบบ สปส.1-10 และชำระเงินสมทบผ่านระบบอิเล็กทรอนิกส์ได้ตลอด 24 ชั่วโมง",
     ["ขอความร่วมมือนายจ้างยื่นแบบรายการแสดงการส่งเงินสมทบภายในวันที่ 15 ของเดือนถัดไป"]),
    (1079, (2025, 10, 20), "ประกันสังคมจังหวัดพิจิตร ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2569",
     ["วันที่ 17 ตุลาคม 2568 ประกันสังคมจังหวัดพิจิตรประกาศเจตจำนงสุจริตต่อหน้าเจ้าหน้าที่ทุกคน",
      '<a href="{will}">ประกาศเจตจำนงสุจริต</a>']),
    (1072, (2025, 10, 6), "มอบนโยบายการปฏิบัติงาน ประจำปีงบประมาณ 2569",
     ["ประกันสังคมจังหวัดพิจิตรมอบนโยบายการปฏิบัติงานแก่หัวหน้าฝ่ายและเจ้าหน้าที่ เน้นการให้บริการที่รวดเร็วและโปร่งใส"]),
    # older, on page 2
    (1038, (2025, 5, 1), "ร่วมงานวันแรงงานแห่งชาติ ประจำปี 2568",
     ["ร่วมออกบูธให้บริการข้อมูลสิทธิประโยชน์ ณ ศาลากลางจังหวัดพิจิตร"]),
    (1016, (2025, 2, 21), "ประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ประจำปี 2568",
     ["วันที่ 20 กุมภาพันธ์ 2568 จัดประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ผู้เข้าร่วม 71 คน"]),
    (1003, (2024, 12, 20), "Mobile Service ประกันสังคมสัญจร อำเภอโพทะเล",
     ["ให้บริการรับสมัครผู้ประกันตนมาตรา 40 และตอบข้อซักถาม"]),
    (944, (2023, 10, 9), "ประชาสัมพันธ์นโยบายไม่รับของขวัญ (No Gift Policy)",
     ["สำนักงานประกันสังคมจังหวัดพิจิตรขอความร่วมมือผู้มาติดต่อราชการงดให้ของขวัญแก่เจ้าหน้าที่ทุกโอกาส",
      '<a href="{nogift}">ประกาศ No Gift Policy</a>']),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"hearing": f("hearing-69"), "invite": f("invite-hearing"), "will": f("will-69"), "nogift": f("nogift-67")}
    for nid, ymd, title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(*ymd))} · งานประชาสัมพันธ์</p>{body}'
              '<p><a href="/news/">« ข่าวทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>{be(date(*n[1]))}</span></li>' for n in chunk)
        pager = '<p class="pager"><b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">»</a></p>' if p == 1 else \
            '<p class="pager"><a href="/news/">«</a> <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # (ข้อ, heading, [(link text, href or row key)]); a group row has None
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", None),
    ("o1", "โครงสร้าง/อำนาจหน้าที่", [("แผนภูมิโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ทำเนียบผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อหน่วยงาน / Q&A", [("ติดต่อเรา", "/contact/"), ("ถาม-ตอบ", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนปฏิบัติราชการ (ระยะยาว)", [("แผนปฏิบัติราชการ ระยะ 3 ปี", "plan-3y")]),
    ("o6", "แผนปฏิบัติราชการ/แผนใช้จ่ายงบฯ ปี 69", [("แผนปฏิบัติราชการ 2569", "action-69"),
                                                   ("แผนการใช้จ่ายงบประมาณ 2569", "spend-69")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือปฏิบัติงาน จนท.", [("คู่มือการปฏิบัติงาน", "manual-staff")]),
    ("o9", "คู่มือประชาชน", [("คู่มือสำหรับประชาชน", "manual-public")]),
    ("o10", "E-Service", [("บริการออนไลน์", "/eservice/"), ("สถิติการให้บริการ", "service-69")]),
    ("o11", "สขร.1 รายเดือน", [("ผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o12", "สรุปผลจัดซื้อจัดจ้างประจำปี", [("รายงานปีงบประมาณ 2568", "proc-year-68")]),
    ("o13", "หลักเกณฑ์/แผนบริหารงานบุคคล", [("การบริหารงานบุคคล", "/download/hr/")]),
    ("o14", "รายงานผลการบริหารงานบุคคล", []),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมขับเคลื่อนจริยธรรม 2569", "/news/1106/")]),
    ("o16", "คู่มือร้องเรียนการทุจริต", [("คู่มือ", "manual-complaint")]),
    ("o17", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("สถิติเรื่องร้องเรียน", "complaint-68h1")]),
    ("o19", "การมีส่วนร่วม", [("สรุปผลการประชุมรับฟังความคิดเห็น", "hearing-69"), ("ข่าว", "/news/1119/")]),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", None),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", "nogift-67")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต ปี 69", [("การประเมินความเสี่ยงการทุจริต ประจำปี 2569", "risk-68")]),
    ("o22", "รายงานผลบริหารความเสี่ยง", [("รายงานผล ปี 2568", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต ปี 69", [("แผนปฏิบัติการป้องกันการทุจริต 2569", "anti-plan-69")]),
    ("o24", "ผลการป้องกันการทุจริต ปี 68", [("รายงานผล ปี 2568", "anti-report-68")]),
    ("o25", "วิเคราะห์ผล ITA / มาตรการ", [("วิเคราะห์ผล ITA 2568 และมาตรการ ปี 2569", "ita-analysis-68")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", []),
]
ITA_2568 = [
    ("o5", "แผนปฏิบัติราชการ (ระยะยาว)", [("แผนปฏิบัติราชการ ระยะ 3 ปี", "plan-3y")]),
    ("o6", "แผนปฏิบัติราชการ ปี 68", [("แผนปฏิบัติราชการ 2568", "action-68")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานประจำปี", "annual-67")]),
    ("o13", "แผนพัฒนาบุคลากร", [("แผนพัฒนาบุคลากร 2568", "hr-plan-68")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("รอบ 6 เดือน", "complaint-68h1")]),
    ("o20", "No Gift Policy", [("ประกาศ", "nogift-67")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยง", "risk-68")]),
    ("o22", "รายงานผลบริหารความเสี่ยง ปี 67", [("รายงานผล", OLD_DEAD)]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("รายงานผลตามมาตรการ ปี 67", "integrity-report-67")]),
]


def ita_table(rows, pending: str) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = "<br>".join(a(h if h.startswith("/") else f(h), t) for t, h in links) or pending
        out.append(f"<tr><td>{code.upper()}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:6])
    write("/", "หน้าหลัก",
          '<div class="banner"><a href="/ita/2569/"><img src="/assets/ita-banner.png" alt="ITA 2569" width="300" height="60"></a></div>'
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">อ่านข่าวทั้งหมด</a></p>'
          '<h2>บริการ</h2><p><a href="/eservice/appointment/">นัดหมายล่วงหน้าออนไลน์</a> · <a href="/benefits/">สิทธิประโยชน์ผู้ประกันตน</a> · '
          '<a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a> · <a href="/download/">ดาวน์โหลดเอกสาร</a></p>')
    write("/about/", "ประวัติความเป็นมา",
          "<p>สำนักงานประกันสังคมจังหวัดพิจิตร เป็นส่วนราชการของสำนักงานประกันสังคม กระทรวงแรงงาน ตั้งอยู่ในจังหวัด "
          "มีหน้าที่ให้บริการนายจ้างและผู้ประกันตนตามกฎหมายว่าด้วยประกันสังคมและกฎหมายว่าด้วยเงินทดแทนในเขตจังหวัดพิจิตร "
          "ปัจจุบันดูแลสถานประกอบการ 2,146 แห่ง ผู้ประกันตนมาตรา 33 จำนวน 42,870 คน มาตรา 39 จำนวน 9,315 คน และมาตรา 40 จำนวน 61,208 คน</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a> · <a href="/about/branch/">สำนักงานสาขาตะพานหิน</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : ประกันสังคมพิจิตร บริการด้วยใจ ทันสมัย ผู้ประกันตนเข้าถึงสิทธิอย่างทั่วถึง</p>"
          "<ol><li>ขยายความคุ้มครองประกันสังคมให้ครอบคลุมแรงงานทุกกลุ่ม</li><li>ให้บริการที่สะดวก รวดเร็ว ด้วยระบบดิจิทัล</li>"
          "<li>บริหารกองทุนอย่างโปร่งใส ตรวจสอบได้</li></ol>")
    write("/about/structure/", "โครงสร้างหน่วยงาน",
          '<img src="/assets/org-chart.png" alt="แผนภูมิโครงสร้างสำนักงานประกันสังคมจังหวัดพิจิตร" width="160" height="100">'
          "<ul><li>ประกันสังคมจังหวัดพิจิตร<ul>"
          "<li>ฝ่ายบริหารงานทั่วไป</li><li>ฝ่ายทะเบียนและเงินสมทบ</li><li>ฝ่ายประโยชน์ทดแทน</li>"
          "<li>ฝ่ายกองทุนเงินทดแทน</li><li>ฝ่ายตรวจสอบและเร่งรัดหนี้</li>"
          "<li>สำนักงานประกันสังคมจังหวัดพิจิตร สาขาตะพานหิน</li></ul></li></ul>"
          "<p>อัตรากำลัง : ข้าราชการ 17 คน พนักงานราชการ 15 คน ลูกจ้าง 6 คน</p>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a> · <a href="/about/staff/">ทำเนียบหัวหน้าฝ่าย</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>สำนักงานประกันสังคมจังหวัดมีอำนาจหน้าที่ตามกฎกระทรวงแบ่งส่วนราชการสำนักงานประกันสังคม กระทรวงแรงงาน "
          "ภายใต้พระราชบัญญัติประกันสังคม พ.ศ. 2533 และพระราชบัญญัติเงินทดแทน พ.ศ. 2537 สรุปได้ดังนี้</p><ol>"
          "<li>ดำเนินการตามกฎหมายว่าด้วยประกันสังคมและกฎหมายว่าด้วยเงินทดแทนในเขตจังหวัด</li>"
          "<li>ขึ้นทะเบียนนายจ้าง ผู้ประกันตน และลูกจ้าง</li><li>จัดเก็บ ตรวจสอบ และเร่งรัดเงินสมทบ</li>"
          "<li>พิจารณาวินิจฉัยและสั่งจ่ายประโยชน์ทดแทนและเงินทดแทน</li><li>ตรวจสอบสถานประกอบการและส่งเสริมความปลอดภัยในการทำงาน</li>"
          "<li>ประชาสัมพันธ์และให้คำปรึกษาด้านประกันสังคม</li><li>ปฏิบัติงานร่วมกับหรือสนับสนุนหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    execs = [("นางวรรณภา เจริญสุข", "ประกันสังคมจังหวัดพิจิตร", "0 5661 2470 ต่อ 100", "wannapa.c@labourmail.example.go.th"),
             ("นางสาวกมลชนก ศรีอ่อน", "หัวหน้าฝ่ายบริหารงานทั่วไป", "0 5661 2470 ต่อ 101", ""),
             ("นายปิยะพงษ์ ทองดี", "หัวหน้าฝ่ายทะเบียนและเงินสมทบ", "0 5661 2470 ต่อ 102", ""),
             ("นางอรุณี แสงจันทร์", "หัวหน้าฝ่ายประโยชน์ทดแทน", "0 5661 2470 ต่อ 103", ""),
             ("นายสุรชัย พึ่งบุญ", "หัวหน้าฝ่ายกองทุนเงินทดแทน", "0 5661 2470 ต่อ 104", ""),
             ("นายเกียรติศักดิ์ วงศ์ใหญ่", "หัวหน้าสำนักงานประกันสังคมจังหวัดพิจิตร สาขาตะพานหิน", "0 5662 1938", "")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="80" height="100"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}{'<br>อีเมล ' + e if e else ''}</div>" for n, p, t, e in execs)
    write("/about/executives/", "ทำเนียบผู้บริหาร", cards)
    write("/about/staff/", "ทำเนียบหัวหน้าฝ่าย",
          "<ul>" + "".join(f"<li>{esc(n)} {esc(p)}</li>" for n, p, _t, _e in execs[1:]) + "</ul>")
    write("/about/branch/", "สำนักงานประกันสังคมจังหวัดพิจิตร สาขาตะพานหิน",
          "<p>ตั้งอยู่ที่ 41/2 ถนนชัยศรี ตำบลตะพานหิน อำเภอตะพานหิน จังหวัดพิจิตร 66110 โทร. 0 5662 1938 "
          "รับผิดชอบพื้นที่อำเภอตะพานหิน บางมูลนาก ทับคล้อ ดงเจริญ และโพทะเล</p>")
    benefits = [("m33", "ผู้ประกันตนมาตรา 33", "ลูกจ้างในสถานประกอบการที่มีลูกจ้างตั้งแต่ 1 คนขึ้นไป ได้รับความคุ้มครอง 7 กรณี"),
                ("m39", "ผู้ประกันตนมาตรา 39", "ผู้ที่เคยเป็นผู้ประกันตนมาตรา 33 และส่งเงินสมทบมาแล้วไม่น้อยกว่า 12 เดือน ได้รับความคุ้มครอง 6 กรณี"),
                ("m40", "ผู้ประกันตนมาตรา 40", "แรงงานนอกระบบ อายุ 15 - 65 ปี เลือกจ่ายเงินสมทบได้ 3 ทางเลือก"),
                ("compensation", "กองทุนเงินทดแทน", "คุ้มครองลูกจ้างที่ประสบอันตราย เจ็บป่วย หรือตายเนื่องจากการทำงาน")]
    for slug, title, text in benefits:
        write(f"/benefits/{slug}/", title, f"<p>{esc(text)}</p><p>สอบถามเพิ่มเติม สายด่วน 1506 หรือ 0 5661 2470</p>")
    write("/benefits/", "สิทธิประโยชน์", "<ul>" + "".join(f'<li><a href="/benefits/{s}/">{esc(t)}</a></li>' for s, t, _x in benefits) + "</ul>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>ศาลากลางจังหวัดพิจิตร (หลังใหม่) ชั้น 1 ถนนพิจิตร-สากเหล็ก ตำบลไผ่ขวาง อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000</p>"
          "<p>โทรศัพท์ 0 5661 2470 โทรสาร 0 5661 2471<br>อีเมล phichit.sso@labourmail.example.go.th<br>"
          "สายด่วนประกันสังคม 1506<br>Facebook : ประกันสังคมจังหวัดพิจิตร</p>"
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (ไม่พักเที่ยง)</p>"
          '<p><a href="https://maps.google.com/?q=16.4391,100.3487">แผนที่ (Google Maps)</a></p>'
          '<p>สอบถามข้อมูลได้ที่ <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    qa = [("ลาออกจากงานแล้วอยากส่งเงินต่อเอง ต้องทำอย่างไรคะ", "น้องฝน", "30 มี.ค. 2569",
           "สมัครเป็นผู้ประกันตนมาตรา 39 ได้ภายใน 6 เดือนนับแต่วันที่ลาออก ใช้บัตรประชาชนและแบบ สปส.1-20 ค่ะ (เจ้าหน้าที่)"),
          ("ทำฟันใช้สิทธิประกันสังคมได้ปีละเท่าไหร่ครับ", "สมชาย", "12 ก.พ. 2569",
           "ผู้ประกันตนมาตรา 33 และ 39 ได้รับค่าทันตกรรมไม่เกิน 900 บาทต่อปี ครับ (เจ้าหน้าที่)")]
    items = "".join(f'<div class="qa"><p><b>ถาม :</b> {esc(q)} <small>โดย {esc(who)} {when}</small></p><p><b>ตอบ :</b> {esc(ans)}</p></div>'
                    for q, who, when, ans in qa)
    write("/qa/", "ถาม-ตอบ (Q&A)",
          f'{items}<form action="/qa/new/" method="post"><h2>ตั้งคำถาม</h2>หัวข้อ <input name="topic"><br>'
          'รายละเอียด <textarea name="detail"></textarea><br>ชื่อผู้ถาม <input name="author"><br>อีเมล <input name="email"><br>'
          '<button type="submit">ส่งคำถาม</button></form>')
    write("/eservice/", "บริการออนไลน์ (E-Service)",
          "<p>ผู้ประกันตนและนายจ้างสามารถนัดหมายล่วงหน้าและยื่นคำร้องทั่วไปกับสำนักงานประกันสังคมจังหวัดพิจิตรทางออนไลน์ได้ตลอด 24 ชั่วโมง "
          "เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
          '<ul><li><a href="/eservice/appointment/">นัดหมายล่วงหน้าออนไลน์</a></li></ul>'
          '<form action="/eservice/request/" method="post"><h2>ยื่นคำร้องทั่วไปออนไลน์</h2>'
          'ชื่อ-นามสกุล <input name="fullname"><br>เลขประจำตัวประชาชน <input name="pid"><br>โทรศัพท์ <input name="tel"><br>'
          'เรื่อง <select name="subject"><option>ขอหนังสือรับรองการเป็นผู้ประกันตน</option><option>ขอตรวจสอบสิทธิ</option>'
          '<option>ขอเปลี่ยนสถานพยาบาล</option><option>อื่น ๆ</option></select><br>'
          'รายละเอียด <textarea name="detail"></textarea><br>แนบเอกสาร <input type="file" name="attach"><br>'
          '<button type="submit">ยื่นคำร้อง</button></form>'
          f'<p>{a(f("service-69"), "สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>')
    write("/eservice/appointment/", "นัดหมายล่วงหน้าออนไลน์",
          '<form action="/eservice/appointment/book/" method="post">ชื่อ-นามสกุล <input name="fullname"><br>'
          'โทรศัพท์ <input name="tel"><br>บริการ <select name="service"><option>ยื่นคำขอรับประโยชน์ทดแทน</option>'
          '<option>ขึ้นทะเบียนผู้ประกันตน</option><option>ชำระเงินสมทบ</option></select><br>'
          'วันที่ต้องการ <input type="date" name="day"><br><button type="submit">จองคิว</button></form>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนการให้บริการได้ที่ สำนักงาน โทร. 0 5661 2470 สายด่วน 1506 หรือตู้รับเรื่องร้องเรียนชั้น 1</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("manual-complaint"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</p>')
    write("/complaint/corruption/", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้ร้องเรียน (ไม่ประสงค์ออกนามได้) <input name="name"><br>'
          'โทรศัพท์/อีเมล <input name="contact"><br>ผู้ถูกร้องเรียน/หน่วยงาน <input name="who"><br>'
          'รายละเอียดการกระทำ <textarea name="detail"></textarea><br>หลักฐาน <input type="file" name="evidence"><br>'
          '<button type="submit">ส่งเรื่อง</button></form>'
          '<p>ช่องทางอื่น : <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a> · '
          "ศูนย์ดำรงธรรม 1567</p>")
    write("/links/", "หน่วยงานกระทรวงแรงงานในจังหวัดพิจิตร",
          "<ul><li>สำนักงานแรงงานจังหวัดพิจิตร</li><li>สำนักงานจัดหางานจังหวัดพิจิตร</li><li>สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดพิจิตร</li>"
          "<li>สำนักงานพัฒนาฝีมือแรงงานพิจิตร</li></ul>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    # procurement
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "PDF")}</td></tr>' for k in months)
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง (สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่ลงประกาศ</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศอื่น ๆ</h2><ul><li>{a(f("procplan-69"), ROWS["procplan-69"][0])}</li>'
          f'<li>{a(f("proc-year-68"), ROWS["proc-year-68"][0])}</li></ul>')
    # downloads
    cats = " | ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>{cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลด : {cname}", f"<p>{cats}</p>{table(listed(slug))}")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ปีงบประมาณ พ.ศ. 2569</a></li><li><a href="/ita/2568/">ITA ปีงบประมาณ พ.ศ. 2568</a></li></ul>')
    write("/ita/2569/", "ITA 2569 : การเปิดเผยข้อมูลสาธารณะ (OIT)",
          "<p>ข้อมูลตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</p>" + ita_table(ITA_2569, "อยู่ระหว่างจัดทำ"))
    write("/ita/2568/", "ITA 2568 : การเปิดเผยข้อมูลสาธารณะ (OIT)",
          "<p>ข้อมูลตามแบบวัด OIT ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p>" + ita_table(ITA_2568, "-"))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "head.png", "person.png", "org-chart.png", "ita-banner.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for ext in ("pdf", "docx", "xlsx", "doc", "xls"):
        with open(os.path.join(HERE, "assets", f"i-{ext}.gif"), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "site.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0;background:#f4f6fa}#topbar{background:#0b3d91;color:#fff;padding:4px 10px}"
                 "#header{padding:10px}.org{font-size:22px;font-weight:bold}#nav li{display:inline;margin:0 5px}"
                 "#container{display:flex}#content{flex:1;padding:10px;background:#fff}#sidebar{width:230px}"
                 ".widget{border:1px solid #ccd;margin:6px;padding:6px;background:#fff}table{border-collapse:collapse}"
                 "td,th{border:1px solid #99a;padding:3px}#footer{background:#0b3d91;color:#fff;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
