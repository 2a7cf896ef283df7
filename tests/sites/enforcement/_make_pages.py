"""Generate the HTML pages of the "enforcement" test site (สำนักงานบังคับคดีจังหวัดศรีสุวรรณ, invented).

Run:  python tests/sites/enforcement/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

The department's common template for its provincial offices: a ministry strip, a banner, a menu, a
breadcrumb, the page, a right column (the director, a hotline, the department's systems, ITA
links, a counter) and a footer on every page; pages are folder/index.html.  Documents are listed in
a download section by category (/download/<cat>/, newest first), the monthly procurement summaries
on /procurement/, auction announcements on /auction/, news under /news/ (two pages), answered
questions under /qa/topic/<n>/.  The ITA page /ita/2569/ is a table o1 … o26 in the office's own
short wording whose links go to files, pages or category lists; last year's /ita/2568/ is still up.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "สำนักงานบังคับคดีจังหวัดศรีสุวรรณ"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน / งบประมาณ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "บริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
HIDDEN = {"risk-report-67-6m"}  # linked only from the ITA pages
MISSING_SIZE = "288.4 KB"
OLD_DEAD = "/upload/doc/2987.pdf"  # last year's o21 file, gone


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str = "ดาวน์โหลด") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("ประกาศขายทอดตลาด", "/auction/"),
        ("บริการประชาชน", "/services/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลดเอกสาร", "/download/"),
        ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str, crumb: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/led.css"></head>
<body>
<div id="ministry">กระทรวงยุติธรรม · กรมบังคับคดี · <a href="https://www.led.go.th/">เว็บไซต์กรมบังคับคดี</a></div>
<div id="banner"><img src="/assets/led-logo.png" alt="ตรากรมบังคับคดี" width="70" height="70">
<b>{ORG}</b><br><small>Srisuwan Provincial Legal Execution Office</small></div>
<ul id="nav">
{menu}
</ul>
<div id="crumb"><a href="/">หน้าแรก</a> › {esc(crumb)}</div>
<div id="wrap"><div id="content">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="right">
<div class="box"><img src="/assets/director.png" alt="ผู้อำนวยการ" width="80" height="100"><br>
<b>นางสาวพิมพ์ชนก วงศ์ทองดี</b><br>ผู้อำนวยการสำนักงานบังคับคดีจังหวัดศรีสุวรรณ</div>
<div class="box"><b>ระบบงานกรมบังคับคดี</b><br>
<a href="https://asset.led.go.th/">ค้นหาทรัพย์ขายทอดตลาด</a><br>
<a href="https://efiling.led.go.th/">LED e-Filing</a><br>
<a href="/eservice/">นัดหมายไกล่เกลี่ยออนไลน์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a></div>
<div class="box"><b>การประเมิน ITA</b><br><a href="/ita/2569/">OIT ปี ๒๕๖๙</a><br><a href="/ita/2568/">OIT ปี ๒๕๖๘</a></div>
<div class="box">สายด่วนกรมบังคับคดี 1111 กด 79<br>ผู้เข้าชม ๑๔๘,๒๐๗</div>
</div></div>
<div id="footer">{ORG} ศาลากลางจังหวัดศรีสุวรรณ (หลังใหม่) ชั้น 3 ถนนเทศาพัฒนา ตำบลในเมือง อำเภอเมืองศรีสุวรรณ
จังหวัดศรีสุวรรณ 45190<br>โทรศัพท์ 0 4561 2870 โทรสาร 0 4561 2871 อีเมล srisuwan@led-srisuwan.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
</body></html>
"""


def write(path: str, title: str, body: str, crumb: str | None = None) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body, crumb or title))


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td><img src="/assets/ico-{ext}.gif" alt="{ext}"> {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่เผยแพร่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (2291, (2026, 4, 8), "ประชาสัมพันธ์ตารางนัดขายทอดตลาดทรัพย์ เดือนพฤษภาคม 2569",
     ["สำนักงานบังคับคดีจังหวัดศรีสุวรรณกำหนดขายทอดตลาดที่ดินพร้อมสิ่งปลูกสร้าง ทุกวันพฤหัสบดี เวลา 09.30 น. ณ ห้องขายทอดตลาด ชั้น 3 "
      "ผู้สนใจสามารถเข้าสู้ราคาทางอิเล็กทรอนิกส์ได้ <a href=\"/auction/\">ดูประกาศขายทอดตลาด</a>"]),
    (2284, (2026, 3, 20), "บังคับคดีเคลื่อนที่ ให้ความรู้ประชาชนเรื่องการบริหารจัดการหนี้ ณ อำเภอโนนทราย",
     ["วันที่ 20 มีนาคม 2569 เจ้าพนักงานบังคับคดีให้ความรู้เรื่องสิทธิของลูกหนี้ในชั้นบังคับคดี แก่ประชาชน 132 คน ณ หอประชุมอำเภอโนนทราย"]),
    (2277, (2026, 2, 14), "มหกรรมไกล่เกลี่ยข้อพิพาทหนี้ครัวเรือน ประจำปี 2569",
     ["ระหว่างวันที่ 12 - 14 กุมภาพันธ์ 2569 สำนักงานจัดมหกรรมไกล่เกลี่ยข้อพิพาทร่วมกับสถาบันการเงิน 9 แห่ง "
      "ไกล่เกลี่ยสำเร็จ 188 เรื่อง ทุนทรัพย์รวม 61.2 ล้านบาท"]),
    (2270, (2026, 1, 29), "กิจกรรมส่งเสริมคุณธรรมจริยธรรม \"เจ้าพนักงานบังคับคดีสุจริต\" ประจำปีงบประมาณ 2569",
     ["วันที่ 29 มกราคม 2569 ผู้อำนวยการนำบุคลากร 34 คน ร่วมกิจกรรมขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือนและข้อกำหนดจริยธรรมของกรมบังคับคดี "
      "ทบทวน Do's & Don'ts ในการขายทอดตลาด และลงนามปฏิญญาการปฏิบัติหน้าที่อย่างซื่อสัตย์สุจริต",
      '<a href="{ethics}">ประมวลจริยธรรม / ข้อกำหนดจริยธรรม</a>']),
    (2262, (2026, 1, 9), "สรุปผลเวทีรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ประจำปี 2569",
     ["เมื่อวันที่ 19 ธันวาคม 2568 สำนักงานจัดเวทีรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสียต่อการให้บริการขายทอดตลาดและการไกล่เกลี่ย "
      "มีผู้เข้าร่วม 57 คน จากสถาบันการเงิน ทนายความ ผู้ซื้อทรัพย์ ลูกหนี้และประชาชน",
      '<a href="{participation}">รายงานผลการเปิดโอกาสให้มีส่วนร่วม</a>']),
    (2255, (2025, 12, 19), "ร่วมประชุมชี้แจงแนวทางการประเมิน ITA ประจำปีงบประมาณ 2569 ผ่านระบบออนไลน์",
     ["ผู้อำนวยการและคณะทำงาน ITA ร่วมประชุมชี้แจงแนวทางการประเมินคุณธรรมและความโปร่งใส ประจำปี 2569 "
      "ที่กองยุทธศาสตร์และแผนงาน กรมบังคับคดี จัดผ่านระบบ Zoom"]),
    (2248, (2025, 12, 5), "วันพ่อแห่งชาติ 5 ธันวาคม 2568",
     ["ผู้อำนวยการและบุคลากรร่วมพิธีถวายพระพรชัยมงคล ณ ศาลากลางจังหวัดศรีสุวรรณ"]),
    (2239, (2025, 11, 18), "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการ ตำแหน่งเจ้าพนักงานธุรการ",
     ["รับสมัครระหว่างวันที่ 24 พฤศจิกายน - 5 ธันวาคม 2568 ทางอีเมลและ ณ ฝ่ายบริหารทั่วไป"]),
    (2231, (2025, 10, 24), "เปิดให้บริการนัดหมายไกล่เกลี่ยออนไลน์",
     ["ตั้งแต่วันที่ 1 พฤศจิกายน 2568 คู่กรณีสามารถยื่นคำร้องขอนัดไกล่เกลี่ยผ่านแบบฟอร์มออนไลน์ได้ <a href=\"/eservice/\">E-Service</a>"]),
    (2224, (2025, 10, 2), "ผู้อำนวยการคนใหม่รายงานตัวรับตำแหน่ง",
     ["นางสาวพิมพ์ชนก วงศ์ทองดี รายงานตัวรับตำแหน่งผู้อำนวยการสำนักงานบังคับคดีจังหวัดศรีสุวรรณ เมื่อวันที่ 1 ตุลาคม 2568"]),
    # FY2568 and older, on page 2
    (2198, (2025, 8, 21), "ประชุมคณะทำงานจัดทำแผนปฏิบัติราชการ ประจำปีงบประมาณ 2569",
     ["คณะทำงานพิจารณาโครงการที่จะเสนอไว้ในแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569"]),
    (2163, (2025, 3, 14), "มหกรรมไกล่เกลี่ยข้อพิพาท ประจำปี 2568",
     ["ไกล่เกลี่ยสำเร็จ 171 เรื่อง ทุนทรัพย์รวม 55.8 ล้านบาท"]),
    (2140, (2024, 12, 20), "เวทีรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ประจำปี 2568",
     ["มีผู้เข้าร่วม 49 คน เสนอให้ขยายเวลาเปิดให้ตรวจดูทรัพย์ก่อนวันขาย"]),
    (2122, (2024, 10, 4), "ประกาศนโยบาย No Gift Policy ประจำปีงบประมาณ 2568",
     ["ผู้อำนวยการประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ประจำปีงบประมาณ 2568 ต่อบุคลากรทุกคน"]),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"ethics": f("ethics"), "participation": f("participation-69")}
    for nid, ymd, title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">เผยแพร่เมื่อ {be(date(*ymd))} โดย ฝ่ายบริหารทั่วไป</p>{body}'
              '<p><a href="/news/">« ข่าวประชาสัมพันธ์ทั้งหมด</a></p>', "ข่าวประชาสัมพันธ์")
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>{be(date(*n[1]))}</span></li>' for n in chunk)
        pager = '<p class="pager"><b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">»</a></p>' if p == 1 else \
            '<p class="pager"><a href="/news/">«</a> <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # (ข้อ, heading, [(link text, href or row key)])
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", None),
    ("o1", "โครงสร้าง / อำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ทำเนียบผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อหน่วยงาน / ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("Q&A", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนปฏิบัติราชการ 5 ปี", [("แผนปฏิบัติราชการระยะ 5 ปี", "plan-64-68")]),
    ("o6", "แผนปฏิบัติราชการประจำปี / แผนการใช้จ่ายงบประมาณ",
     [("แผนปฏิบัติราชการ ปี 2569", "opplan-69"), ("แผนการใช้จ่ายงบประมาณ ปี 2569", "budget-69")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือปฏิบัติงานเจ้าหน้าที่", [("คู่มือการปฏิบัติงาน ยึดทรัพย์", "manual-seize")]),
    ("o9", "คู่มือประชาชน", [("คู่มือสำหรับประชาชน", "citizen-manual"), ("บริการประชาชน", "/services/")]),
    ("o10", "E-Service", [("บริการออนไลน์", "/eservice/"), ("สถิติการให้บริการ", "service-69")]),
    ("o11", "สขร.1 รายเดือน", [("สรุปผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o12", "รายงานผลจัดซื้อจัดจ้างประจำปี", [("รายงานสรุปผล ปีงบ 2568", "proc-year-68")]),
    ("o13", "หลักเกณฑ์ / แผน HR", [("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "hr-criteria"),
                                  ("แผนพัฒนาบุคลากร ปี 2569", "hr-plan-68")]),
    ("o14", "รายงานผล HR ประจำปี", [("รายงานผล ปี 2568", "hr-report-68")]),
    ("o15", "จริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมขับเคลื่อนจริยธรรม", "/news/2270/")]),
    ("o16", "คู่มือจัดการเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติเรื่องร้องเรียน", "complaint-68")]),
    ("o19", "การมีส่วนร่วม", [("รายงานผล", "participation-69"), ("ข่าวกิจกรรม", "/news/2262/")]),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", None),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", "no-gift-67")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยง ปี 2569", "risk-69")]),
    ("o22", "รายงานผลตามแผนบริหารความเสี่ยง", [("รายงานผล", "risk-report-67-6m")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต", "anti-plan-68")]),
    ("o24", "รายงานผลป้องกันการทุจริต", [("รายงานผล ปี 2568", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนา", [("วิเคราะห์ผล ITA 2568 / มาตรการ", "ita-analysis-68")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("รายงานผล ปี 2568", "integrity-report-68")]),
]
ITA_2568 = [
    ("o1", "โครงสร้าง", [("โครงสร้าง", "/about/structure/")]),
    ("o5", "แผนปฏิบัติราชการ 5 ปี", [("แผน 5 ปี (2564-2568)", "plan-64-68")]),
    ("o12", "สขร.1 รายเดือน", [("ก.ย. 2568", "proc-2025-09")]),
    ("o14", "แผน HR", [("แผนพัฒนาบุคลากร ปี 2568", "hr-plan-68")]),
    ("o18", "สถิติการให้บริการ", [("สถิติปี 2568", "service-68")]),
    ("o21", "No Gift Policy", [("ประกาศ", "no-gift-67")]),
    ("o23", "ประเมินความเสี่ยง ปี 2568", [("รายงาน", OLD_DEAD)]),
    ("o24", "รายงานผลแผนบริหารความเสี่ยง", [("รอบ 6 เดือน", "risk-report-67-6m")]),
    ("o27", "แผนป้องกันการทุจริต", [("แผนปี 2568", "anti-plan-68")]),
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

def about_pages() -> None:
    write("/about/history/", "ประวัติความเป็นมา",
          "<p>สำนักงานบังคับคดีจังหวัดศรีสุวรรณ เป็นราชการส่วนภูมิภาคในสังกัดกรมบังคับคดี กระทรวงยุติธรรม "
          "เปิดทำการเมื่อวันที่ 1 ตุลาคม 2547 รับผิดชอบงานบังคับคดีแพ่ง ล้มละลาย วางทรัพย์ และไกล่เกลี่ยข้อพิพาท ในเขตอำนาจศาลจังหวัดศรีสุวรรณ "
          "และศาลจังหวัดโนนทราย</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></p>', "เกี่ยวกับหน่วยงาน")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ ค่านิยม",
          "<p>วิสัยทัศน์ : บังคับคดีเป็นธรรม รวดเร็ว โปร่งใส ลดความเหลื่อมล้ำ ประชาชนเชื่อมั่น</p>"
          "<p>ค่านิยม : LED — Legal (ยึดหลักกฎหมาย) Efficiency (มีประสิทธิภาพ) Dedication (ทุ่มเท)</p>", "เกี่ยวกับหน่วยงาน")
    write("/about/structure/", "โครงสร้างสำนักงาน",
          '<img src="/assets/structure-2568.png" alt="แผนภูมิโครงสร้างสำนักงานบังคับคดีจังหวัดศรีสุวรรณ" width="160" height="100">'
          "<ul><li>ผู้อำนวยการสำนักงานบังคับคดีจังหวัดศรีสุวรรณ<ul>"
          "<li>ฝ่ายบริหารทั่วไป (การเงิน พัสดุ บุคคล สารบรรณ)</li><li>กลุ่มงานบังคับคดีแพ่ง 1</li><li>กลุ่มงานบังคับคดีแพ่ง 2</li>"
          "<li>กลุ่มงานบังคับคดีล้มละลายและฟื้นฟูกิจการ</li><li>กลุ่มงานวางทรัพย์และขายทอดตลาด</li>"
          "<li>กลุ่มงานประเมินราคาทรัพย์</li><li>กลุ่มงานไกล่เกลี่ยข้อพิพาท</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>', "โครงสร้าง")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมบังคับคดี กระทรวงยุติธรรม สำนักงานบังคับคดีจังหวัดมีอำนาจหน้าที่โดยสรุป ดังนี้</p><ol>"
          "<li>ดำเนินการบังคับคดีแพ่งตามคำพิพากษาหรือคำสั่งศาล ได้แก่ การยึด อายัด และขายทอดตลาดทรัพย์สิน</li>"
          "<li>ดำเนินการเกี่ยวกับคดีล้มละลายและการฟื้นฟูกิจการของลูกหนี้ตามที่ได้รับมอบหมาย</li>"
          "<li>รับวางทรัพย์ตามประมวลกฎหมายแพ่งและพาณิชย์และกฎหมายอื่น</li>"
          "<li>ไกล่เกลี่ยข้อพิพาทในชั้นบังคับคดี</li><li>ประเมินราคาทรัพย์และรวบรวมข้อมูลราคาทรัพย์</li>"
          "<li>ให้ความรู้ทางกฎหมายเกี่ยวกับการบังคับคดีแก่ประชาชน</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>",
          "อำนาจหน้าที่")
    execs = [("นางสาวพิมพ์ชนก วงศ์ทองดี", "ผู้อำนวยการสำนักงานบังคับคดีจังหวัดศรีสุวรรณ", "0 4561 2870 ต่อ 101"),
             ("นายกิตติพงษ์ แสงอรุณ", "หัวหน้ากลุ่มงานบังคับคดีแพ่ง 1", "0 4561 2870 ต่อ 201"),
             ("นางจันทร์เพ็ญ ศรีวิเศษ", "หัวหน้ากลุ่มงานวางทรัพย์และขายทอดตลาด", "0 4561 2870 ต่อ 301"),
             ("นายวรากร บุญยืน", "หัวหน้ากลุ่มงานไกล่เกลี่ยข้อพิพาท", "0 4561 2870 ต่อ 401"),
             ("นางสาวอรอุมา แก้วประดิษฐ์", "หัวหน้าฝ่ายบริหารทั่วไป", "0 4561 2870 ต่อ 111")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="70" height="90"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "ทำเนียบผู้บริหาร", cards
          + '<p><a href="/about/executives/former/">ทำเนียบผู้อำนวยการในอดีต</a></p>', "ผู้บริหาร")
    write("/about/executives/former/", "ทำเนียบผู้อำนวยการในอดีต",
          "<ol><li>นายประยูร ทองมา พ.ศ. 2547 - 2553</li><li>นางวนิดา สุขเจริญ พ.ศ. 2553 - 2561</li>"
          "<li>นายธนวัฒน์ ศรีประเสริฐ พ.ศ. 2561 - 2568</li></ol>", "ผู้บริหาร")


def service_pages() -> None:
    write("/services/", "บริการประชาชน",
          '<ul><li><a href="/services/mediation/">การไกล่เกลี่ยข้อพิพาทในชั้นบังคับคดี</a></li>'
          '<li><a href="/services/deposit/">การวางทรัพย์</a></li><li><a href="/services/inspect/">การตรวจสำนวนและคัดถ่ายเอกสาร</a></li></ul>'
          f'<p>{a(f("citizen-manual"), "คู่มือสำหรับประชาชน (PDF)")}</p>')
    write("/services/mediation/", "การไกล่เกลี่ยข้อพิพาทในชั้นบังคับคดี",
          "<p>คู่ความสามารถยื่นคำร้องขอไกล่เกลี่ยได้ตลอดเวลาก่อนการขายทอดตลาด ไม่มีค่าธรรมเนียม ติดต่อกลุ่มงานไกล่เกลี่ยข้อพิพาท โทร. 0 4561 2870 ต่อ 401 "
          'หรือ <a href="/eservice/">ยื่นคำร้องออนไลน์</a></p>', "บริการประชาชน")
    write("/services/deposit/", "การวางทรัพย์",
          "<p>ผู้ประสงค์จะวางทรัพย์ยื่นคำร้องพร้อมเงินหรือทรัพย์ที่จะวาง ณ กลุ่มงานวางทรัพย์และขายทอดตลาด ค่าธรรมเนียมร้อยละ 0.5 ไม่เกิน 1,000 บาท</p>",
          "บริการประชาชน")
    write("/services/inspect/", "การตรวจสำนวนและคัดถ่ายเอกสาร",
          "<p>คู่ความหรือทนายความตรวจสำนวนได้ในวันและเวลาราชการ ค่าคัดถ่ายหน้าละ 1 บาท รับรองสำเนาฉบับละ 50 บาท</p>", "บริการประชาชน")
    write("/eservice/", "E-Service บริการออนไลน์",
          "<p>ยื่นคำร้องขอนัดไกล่เกลี่ย หรือขอตรวจสอบทรัพย์ที่ถูกยึด ได้ทางออนไลน์ โดยไม่ต้องเดินทางมาที่สำนักงาน "
          "เจ้าหน้าที่จะติดต่อกลับภายใน 2 วันทำการ</p>"
          '<form action="https://forms.gle/LedSrisuwanMediate2569" method="post"><h2>แบบคำร้องขอนัดไกล่เกลี่ย / ตรวจสอบทรัพย์</h2>'
          'ชื่อ-นามสกุล <input name="name"><br>โทรศัพท์ <input name="tel"><br>เลขคดีดำ/แดง <input name="case"><br>'
          'ประเภทคำร้อง <select name="type"><option>ขอนัดไกล่เกลี่ย</option><option>ขอตรวจสอบทรัพย์ที่ถูกยึด</option></select><br>'
          'รายละเอียด <textarea name="detail"></textarea><br><button>ส่งคำร้อง</button></form>'
          '<p>ระบบของกรมบังคับคดี : <a href="https://efiling.led.go.th/">LED e-Filing</a></p>'
          f'<p>{a(f("service-69"), "สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}<br>'
          f'{a(f("service-68"), "สถิติการให้บริการ ปีงบประมาณ 2568")}</p>', "E-Service")


def contact_pages() -> None:
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>ศาลากลางจังหวัดศรีสุวรรณ (หลังใหม่) ชั้น 3 ถนนเทศาพัฒนา ตำบลในเมือง อำเภอเมืองศรีสุวรรณ จังหวัดศรีสุวรรณ 45190</p>"
          "<p>โทรศัพท์ 0 4561 2870 โทรสาร 0 4561 2871<br>อีเมล srisuwan@led-srisuwan.go.th<br>"
          'LINE Official : @led.srisuwan<br><a href="https://maps.google.com/?q=15.9183,104.1127">แผนที่ (Google Maps)</a></p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p><p>มีข้อสงสัย? <a href=\"/qa/\">ถาม-ตอบ (Q&amp;A)</a></p>")
    topics = [(318, "ถ้าถูกยึดบ้านแล้ว ยังขอผ่อนชำระได้ไหมครับ", "ลูกหนี้ กข", "17 มี.ค. 2569",
               "ยังสามารถยื่นคำร้องขอไกล่เกลี่ยได้ก่อนวันขายทอดตลาด ไม่มีค่าใช้จ่าย ติดต่อกลุ่มงานไกล่เกลี่ย ต่อ 401 (Admin)"),
              (311, "ผู้ซื้อทรัพย์ได้ต้องชำระเงินส่วนที่เหลือภายในกี่วันคะ", "สมใจ", "2 ก.พ. 2569",
               "ภายใน 15 วันนับแต่วันซื้อ ขอขยายได้ไม่เกิน 3 เดือนหากมีเหตุสมควร (Admin)")]
    rows = "".join(f'<tr><td><a href="/qa/topic/{n}/">{esc(q)}</a></td><td>{esc(who)}</td><td>{when}</td><td>1</td></tr>'
                   for n, q, who, when, _ in topics)
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          f'<table class="list"><tr><th>หัวข้อ</th><th>ผู้ถาม</th><th>วันที่</th><th>ตอบ</th></tr>{rows}</table>'
          '<form action="/qa/new/" method="post"><h2>ตั้งกระทู้ถาม</h2>หัวข้อ <input name="subject"><br>'
          'ข้อความ <textarea name="body"></textarea><br>ชื่อ <input name="name"><br><button>ส่งคำถาม</button></form>', "ถาม-ตอบ")
    for n, q, who, when, ans in topics:
        write(f"/qa/topic/{n}/", q, f"<p><b>ถาม</b> {esc(q)} <small>({esc(who)} {when})</small></p><p><b>ตอบ</b> {esc(ans)}</p>"
              '<p><a href="/qa/">« กลับกระดานถาม-ตอบ</a></p>', "ถาม-ตอบ")
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนเรื่องการให้บริการได้ที่ ฝ่ายบริหารทั่วไป โทร. 0 4561 2870 ต่อ 111 หรือตู้รับเรื่องร้องเรียนชั้น 3</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</p>', "ร้องเรียน")
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บรักษาเป็นความลับ ผู้อำนวยการจะพิจารณาเรื่องภายใน 3 วันทำการ</p>"
          '<form action="/complaint/corruption/submit/" method="post">ชื่อ-นามสกุล (ไม่ระบุได้) <input name="name"><br>'
          'ช่องทางติดต่อกลับ <input name="contact"><br>ชื่อ/ตำแหน่งเจ้าหน้าที่ที่ถูกร้องเรียน <input name="officer"><br>'
          'พฤติการณ์ <textarea name="detail"></textarea><br>เอกสาร/ภาพประกอบ <input type="file" name="evidence"><br>'
          '<button>ส่งเรื่อง</button></form><p>หรือโทร. 0 4561 2870 ต่อ 101 (ผู้อำนวยการ) / ศูนย์รับเรื่องร้องเรียนกรมบังคับคดี</p>',
          "ร้องเรียน")


def lists_pages() -> None:
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    keys = months[:1] + ["auction-jan-69"] + months[1:]  # the CMS sorts by upload date: the auction summary sits among them
    keys = sorted(keys, key=lambda k: ROWS[k][2], reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "PDF")}</td></tr>' for k in keys)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>รายงานประจำปี / ประกาศ</h2><ul><li>{a(f("proc-year-68"), ROWS["proc-year-68"][0])}</li>'
          '<li><a href="/procurement/announce/">ประกาศผลผู้ได้รับการคัดเลือก</a></li></ul>', "จัดซื้อจัดจ้าง")
    write("/procurement/announce/", "ประกาศผลผู้ได้รับการคัดเลือก",
          f'<ul><li>{a(f("gift-banner"), ROWS["gift-banner"][0])} ({be(ROWS["gift-banner"][2])})</li></ul>'
          '<p>ประกาศจัดซื้อจัดจ้างทั้งหมดดูได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>', "จัดซื้อจัดจ้าง")
    sales = [("2569-05", "นัดที่ 1 - 4 เดือนพฤษภาคม 2569 (7, 14, 21, 28 พ.ค. 2569)", 152),
             ("2569-04", "นัดที่ 1 - 4 เดือนเมษายน 2569 (2, 9, 23, 30 เม.ย. 2569)", 147)]
    rows = "".join(f'<li><a href="/auction/{s}/">ประกาศขายทอดตลาด {esc(t)}</a> จำนวน {n} รายการ</li>' for s, t, n in sales)
    write("/auction/", "ประกาศขายทอดตลาด", f"<ul>{rows}</ul><p>ค้นหาทรัพย์รายแปลงได้ที่ "
          '<a href="https://asset.led.go.th/">ระบบค้นหาทรัพย์ขายทอดตลาด กรมบังคับคดี</a></p>', "ประกาศขายทอดตลาด")
    for s, t, n in sales:
        write(f"/auction/{s}/", f"ประกาศขายทอดตลาด {t}",
              f"<p>จำนวนทรัพย์ {n} รายการ ขาย ณ ห้องขายทอดตลาด ชั้น 3 เวลา 09.30 น. ผู้เข้าสู้ราคาต้องวางหลักประกันตามที่ประกาศกำหนด</p>"
              '<table class="list"><tr><th>ลำดับ</th><th>คดีหมายเลขแดง</th><th>ทรัพย์</th><th>ราคาประเมิน (บาท)</th></tr>'
              '<tr><td>1</td><td>ผบ.1184/2566</td><td>ที่ดินโฉนดเลขที่ 4xx12 ต.ในเมือง</td><td>1,250,000</td></tr>'
              '<tr><td>2</td><td>ผบ.2207/2567</td><td>ห้องชุดอาคารศรีสุวรรณคอนโด ชั้น 4</td><td>860,000</td></tr></table>',
              "ประกาศขายทอดตลาด")
    cats = " | ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวด : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลดเอกสาร : {cname}", f"<p>หมวด : {cats}</p>{table(listed(slug))}", "ดาวน์โหลดเอกสาร")


def other_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "หน้าแรก",
          '<div class="slide"><img src="/assets/banner-nogift.png" alt="No Gift Policy" width="300" height="80"></div>'
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">ข่าวทั้งหมด »</a></p>'
          '<h2>บริการ</h2><p><a href="/auction/">ประกาศขายทอดตลาด</a> · <a href="/services/mediation/">ไกล่เกลี่ยข้อพิพาท</a> · '
          '<a href="/eservice/">E-Service</a> · <a href="/ita/2569/">ITA 2569</a> · <a href="/jobs/">รับสมัครงาน</a></p>')
    write("/jobs/", "ประกาศรับสมัครงาน", '<ul><li><a href="/news/2239/">รับสมัครพนักงานราชการ ตำแหน่งเจ้าพนักงานธุรการ</a></li></ul>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 และนโยบายของกรมบังคับคดี</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f'<ul>{sitemap}<li><a href="/qa/">ถาม-ตอบ</a></li></ul>')
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. 2569</a></li>'
          '<li><a href="/ita/2568/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. 2568</a></li></ul>', "ITA")
    write("/ita/2569/", "OIT ปีงบประมาณ พ.ศ. 2569", "<p>ข้อมูลตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569</p>"
          + ita_table(ITA_2569), "ITA")
    write("/ita/2568/", "OIT ปีงบประมาณ พ.ศ. 2568", ita_table(ITA_2568), "ITA")


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("led-logo.png", "director.png", "person.png", "structure-2568.png", "banner-nogift.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for ext in ("pdf", "docx", "xlsx", "doc", "xls"):
        with open(os.path.join(HERE, "assets", f"ico-{ext}.gif"), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "led.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#ministry{background:#102a54;color:#fff;padding:3px;font-size:small}"
                 "#ministry a{color:#fc0}#banner{background:#1d4f91;color:#fff;padding:8px}#nav li{display:inline;margin:0 5px}"
                 "#wrap{display:flex}#content{flex:1;padding:8px}#right{width:230px}.box{border:1px solid #ccd;margin:6px;padding:6px}"
                 "table{border-collapse:collapse}td,th{border:1px solid #99a;padding:3px}#footer{background:#e8ecf3;padding:8px}\n")


def main() -> None:
    assets()
    about_pages()
    service_pages()
    contact_pages()
    lists_pages()
    other_pages()
    news_pages()


if __name__ == "__main__":
    main()
