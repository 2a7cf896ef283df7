"""Generate the HTML pages of the "tambonborder" test site (เทศบาลตำบลดอนโขงคำ, invented).

Run:  python tests/sites/tambonborder/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A small เทศบาลตำบล on a web provider's template: a top strip, a banner, a menu, a right column (the
mayor, hotline, quick links, border-trade days, visitor counter) and a footer on every page; pages
are folder/index.html.  Documents are listed by category (/documents/<cat>/), the monthly
procurement summaries on /procurement/, news under /news/ (two pages).  The ITA page /ita/2569/ is
a table o1 … o26 in the office's own short wording whose links go to files, pages or category
lists; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "เทศบาลตำบลดอนโขงคำ"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนา / แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือ/ประกาศทั่วไป"}
MISSING_SIZE = "286.4 KB"
OLD_DEAD = "/files/29876.pdf"  # last year's anti-corruption plan 2568: the file was deleted
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(THAI)


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("ข้อมูลพื้นฐาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("สภาเทศบาล", "/about/council/"), ("ข่าวสาร", "/news/"),
        ("ผลการจัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลดเอกสาร", "/documents/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("กระดานถาม-ตอบ", "/webboard/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/theme.css"></head>
<body>
<div class="strip">{ORG} อำเภอท่าอุเทน จังหวัดนครพนม · ศูนย์บริการร่วม โทร. ๐ ๔๒๕๘ ๑๓๐๖ · วันเวลาราชการ ๐๘.๓๐ - ๑๖.๓๐ น.</div>
<div class="banner"><img src="/assets/logo.png" alt="ตราเทศบาลตำบลดอนโขงคำ" width="72" height="72">
<span class="org">{ORG}</span><span class="slogan">เมืองน่าอยู่ริมฝั่งโขง การค้าชายแดนก้าวหน้า</span></div>
<ul class="nav">
{menu}
</ul>
<div class="page"><div class="content">
<h1>{esc(title)}</h1>
{body}
</div>
<div class="aside">
<div class="widget"><img src="/assets/mayor.png" alt="นายกเทศมนตรี" width="90" height="110"><br><b>นายบุญเลิศ ศรีโคตรวงศ์</b><br>
นายกเทศมนตรีตำบลดอนโขงคำ<br>สายตรงนายก ๐๘ ๑๙๒๔ ๗๗๓๐</div>
<div class="widget"><b>บริการประชาชน</b><br><a href="/eservice/">ยื่นคำร้องออนไลน์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/documents/manual/">คู่มือประชาชน</a><br>
<a href="/ita/2569/">ITA ปี ๒๕๖๙</a><br><a href="/ita/2568/">ITA ปี ๒๕๖๘</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></div>
<div class="widget"><b>จุดผ่อนปรนการค้าบ้านดอนโขงคำ</b><br>เปิดทุกวันอังคารและวันศุกร์ ๐๘.๐๐ - ๑๕.๐๐ น.<br><a href="/about/border/">รายละเอียด</a></div>
<div class="widget">ผู้เข้าชมเว็บไซต์ ๑๓๘,๒๐๗ ครั้ง</div>
</div></div>
<div class="foot">{ORG} ๒๘๘ หมู่ที่ ๕ ตำบลดอนโขงคำ อำเภอท่าอุเทน จังหวัดนครพนม ๔๘๑๒๐<br>
โทรศัพท์ ๐ ๔๒๕๘ ๑๓๐๖ โทรสาร ๐ ๔๒๕๘ ๑๓๐๗ อีเมล saraban@donkhongkham.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
พัฒนาเว็บไซต์โดย ท่าอุเทนเว็บดีไซน์ © ๒๕๖๕</div>
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
                    f'<td><a href="{f(k)}"><img src="/assets/{ext}.gif" alt="{ext}"> ดาวน์โหลด</a> ({size_of(k)})</td></tr>')
    return ('<table class="docs"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if cat is None or ROWS[k][1] == cat]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (1288, (2026, 4, 3), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีที่ดินและสิ่งปลูกสร้าง ชำระภาษีภายในวันที่ 30 เมษายน 2569 ณ กองคลัง เทศบาลตำบลดอนโขงคำ"]),
    (1281, (2026, 3, 20), "เปิดตลาดนัดชายแดนไทย-ลาว เนื่องในเทศกาลสงกรานต์ 2569",
     ["เทศบาลตำบลดอนโขงคำ ร่วมกับด่านศุลกากรนครพนม จัดตลาดนัดชายแดน ณ จุดผ่อนปรนการค้าบ้านดอนโขงคำ ระหว่างวันที่ 10 - 12 เมษายน 2569"]),
    (1274, (2026, 2, 24), "โครงการอบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2569",
     ["วันที่ 24 กุมภาพันธ์ 2569 เทศบาลตำบลดอนโขงคำ จัดโครงการอบรมคุณธรรมจริยธรรม เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล "
      "โดยมีวิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดนครพนม บรรยายเรื่องการป้องกันผลประโยชน์ทับซ้อนและหลักเกณฑ์การรับทรัพย์สินตามมาตรา 128",
      "ผู้เข้าร่วม ได้แก่ ผู้บริหาร 4 คน สมาชิกสภาเทศบาล 12 คน พนักงานเทศบาลและพนักงานจ้าง 47 คน รวม 63 คน"]),
    (1266, (2026, 1, 23), "สรุปผลการประชุมประชาคมตำบล เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2569",
     ["วันที่ 22 มกราคม 2569 เทศบาลตำบลดอนโขงคำ จัดประชุมประชาคมตำบล ณ หอประชุมเทศบาล เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วม"
      "ในการเสนอปัญหาและความต้องการ สำหรับทบทวนแผนพัฒนาท้องถิ่นและจัดทำงบประมาณปี 2570",
      "มีผู้เข้าร่วม 214 คน ได้แก่ กำนัน ผู้ใหญ่บ้าน 9 หมู่บ้าน ผู้แทนหมู่บ้าน ผู้แทนกลุ่มผู้ค้าจุดผ่อนปรน และประชาชนทั่วไป "
      "ที่ประชุมเสนอโครงการ 38 โครงการ",
      "ข้อเสนอสำคัญ : ก่อสร้างเขื่อนป้องกันตลิ่งริมโขงหมู่ที่ 2 ปรับปรุงลานจอดรถจุดผ่อนปรน และไฟฟ้าส่องสว่างถนนเลียบโขง "
      "เทศบาลจะนำเข้าที่ประชุมคณะกรรมการพัฒนาท้องถิ่น และแจ้งผลให้ประชาชนทราบทางเว็บไซต์"]),
    (1259, (2026, 1, 12), "ขอเชิญร่วมประชุมประชาคมตำบล ประจำปี 2569",
     ["เทศบาลตำบลดอนโขงคำ ขอเชิญกำนัน ผู้ใหญ่บ้าน และประชาชน ร่วมประชุมประชาคมตำบล วันที่ 22 มกราคม 2569 ณ หอประชุมเทศบาล",
      '<a href="{invite}">หนังสือเชิญประชุม</a>']),
    (1247, (2025, 12, 26), "ตั้งจุดบริการประชาชนช่วงเทศกาลปีใหม่ 2569",
     ["ตั้งจุดบริการประชาชนบริเวณทางหลวงหมายเลข 212 ระหว่างวันที่ 29 ธันวาคม 2568 - 4 มกราคม 2569"]),
    (1240, (2025, 12, 5), "วันพ่อแห่งชาติ 5 ธันวาคม 2568",
     ["คณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงาน ร่วมพิธีถวายพระพรชัยมงคล ณ ที่ว่าการอำเภอท่าอุเทน"]),
    (1231, (2025, 11, 6), "ประเพณีไหลเรือไฟและแข่งเรือยาวริมโขง ประจำปี 2568",
     ["เทศบาลตำบลดอนโขงคำ ร่วมกับชุมชน 9 หมู่บ้าน จัดประเพณีไหลเรือไฟ มีเรือไฟเข้าร่วม 6 ลำ"]),
    (1222, (2025, 10, 24), "ประชาสัมพันธ์ประกาศจังหวัดนครพนม เรื่อง นโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2569",
     ["เทศบาลตำบลดอนโขงคำ ได้รับหนังสือจังหวัดนครพนม แจ้งประกาศจังหวัดนครพนม เรื่อง นโยบายไม่รับของขวัญ ประจำปีงบประมาณ 2569 "
      "จึงขอประชาสัมพันธ์ให้ทราบโดยทั่วกัน", '<a href="{province}">หนังสือจังหวัดนครพนม</a>']),
    (1215, (2025, 10, 9), "ประชุมสภาเทศบาลตำบลดอนโขงคำ สมัยสามัญ สมัยที่ 4 ประจำปี 2568",
     ["สภาเทศบาลรับทราบรายงานผลการดำเนินงานและแผนการดำเนินงานประจำปีงบประมาณ 2569"]),
    # FY2568, on page 2
    (1190, (2025, 8, 19), "สภาเทศบาลพิจารณาร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ 2569 วาระที่ 1",
     ['ที่ประชุมรับหลักการร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 <a href="{draft}">ร่างเทศบัญญัติ</a>']),
    (1176, (2025, 7, 28), "แจ้งเตือนระดับน้ำโขงเพิ่มสูงขึ้น",
     ["ขอให้ประชาชนริมฝั่งโขงหมู่ที่ 1, 2 และ 5 ขนย้ายทรัพย์สินขึ้นที่สูง"]),
    (1152, (2025, 3, 4), "อบรมคุณธรรมจริยธรรมแก่บุคลากร ประจำปีงบประมาณ 2568",
     ["วันที่ 4 มีนาคม 2568 จัดอบรมคุณธรรมจริยธรรม ผู้เข้าร่วม 58 คน"]),
    (1143, (2025, 1, 29), "สรุปผลการประชุมประชาคมตำบล ประจำปี 2568",
     ["วันที่ 28 มกราคม 2568 จัดประชุมประชาคมตำบล ผู้เข้าร่วม 196 คน เสนอโครงการ 41 โครงการ"]),
    (1120, (2024, 10, 30), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ 2568",
     ['ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 <a href="{opplan68}">รายละเอียด</a>']),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"invite": f("invite-forum"), "province": f("province-nogift-69"), "draft": f("budget-69-draft"),
             "opplan68": f("opplan-68")}
    for nid, ymd, title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="meta">โพสต์เมื่อ {be(date(*ymd))} · งานประชาสัมพันธ์</p>{body}'
              '<p><a href="/news/">« ข่าวสารทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>{be(date(*n[1]))}</span></li>' for n in chunk)
        pager = '<p class="pager">หน้า <b>1</b> <a href="/news/page/2/">2</a></p>' if p == 1 else \
            '<p class="pager">หน้า <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวสารประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # (ข้อ, heading, [(link text, key or path)]); a bare string is a group row
    "ข้อมูลพื้นฐาน",
    ("o1", "โครงสร้าง / อำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อเรา / กระดานถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("ถาม-ตอบ", "/webboard/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวสาร", "/news/")]),
    "การบริหารงานและการใช้จ่ายงบประมาณ",
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนการดำเนินงาน / เทศบัญญัติ ปี 2569", [("แผนการดำเนินงาน", "opplan-69"), ("เทศบัญญัติ", "budget-69")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานการติดตามและประเมินผลแผน", "eval-67")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือ", "staff-manual")]),
    ("o9", "คู่มือสำหรับประชาชน", [("คู่มือประชาชน", "/documents/manual/")]),
    ("o10", "E-Service", [("ยื่นคำร้องออนไลน์", "/eservice/"), ("สถิติการให้บริการ", "service-69")]),
    "การจัดซื้อจัดจ้าง",
    ("o11", "สขร.1 รายเดือน", [("ผลการจัดซื้อจัดจ้าง", "/procurement/")]),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานปี 2568", "proc-year-68")]),
    "การบริหารและพัฒนาทรัพยากรบุคคล",
    ("o13", "หลักเกณฑ์/แผนบริหารงานบุคคล", [("งานบุคคล", "/documents/hr/")]),
    ("o14", "รายงานผลการบริหารและพัฒนาบุคลากร", []),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("อบรมคุณธรรม 2569", "/news/1274/")]),
    "การส่งเสริมความโปร่งใส",
    ("o16", "คู่มือเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual-old")]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติ", "complaint-stats")]),
    ("o19", "การมีส่วนร่วม", [("ประชาคมตำบล 2569", "/news/1266/")]),
    "การป้องกันการทุจริต",
    ("o20", "No Gift Policy", [("ประกาศ", "nogift-67")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("คำสั่งคณะทำงาน ปี 2569", "risk-wg-69"), ("ผลการประเมิน", "risk-68")]),
    ("o22", "รายงานผลการบริหารความเสี่ยง", [("รายงานปี 2568", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปี 2569", "anti-plan-69")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงานปี 2568", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนา / มาตรการส่งเสริมคุณธรรม", [("มาตรการ ปี 2569", "measures-69"),
                                                         ("วิเคราะห์ผล ITA", "ita-analysis-67")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("รายงานปี 2568", "integrity-report-68")]),
]
ITA_2568 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนการดำเนินงาน ปี 2568", [("แผนการดำเนินงาน", "opplan-68")]),
    ("o11", "สขร.1", [("สขร.1 ก.ย. 2568", "proc-2025-09")]),
    ("o16", "คู่มือเรื่องร้องเรียน", [("คู่มือ", "complaint-manual-old")]),
    ("o20", "No Gift Policy", [("ประกาศ", "nogift-67")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต ปี 2568", [("ผลการประเมิน", "risk-68")]),
    ("o23", "แผนป้องกันการทุจริต ปี 2568", [("แผนปี 2568", OLD_DEAD)]),
    ("o25", "วิเคราะห์ผล ITA", [("วิเคราะห์ผล ITA 2567", "ita-analysis-67")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์ข้อมูล</th></tr>']
    for row in rows:
        if isinstance(row, str):
            out.append(f'<tr class="group"><td colspan="3">{esc(row)}</td></tr>')
            continue
        code, heading, links = row
        cell = " | ".join(a(h if h.startswith("/") else f(h), t) for t, h in links) or "อยู่ระหว่างจัดทำ"
        out.append(f"<tr><td>{code.upper()}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def about_pages() -> None:
    write("/about/history/", "ข้อมูลพื้นฐาน",
          "<p>เทศบาลตำบลดอนโขงคำ ยกฐานะจากองค์การบริหารส่วนตำบลดอนโขงคำ เมื่อปี พ.ศ. 2555 ตั้งอยู่ริมฝั่งแม่น้ำโขง "
          "ทางทิศเหนือของอำเภอท่าอุเทน ตรงข้ามแขวงคำม่วน สาธารณรัฐประชาธิปไตยประชาชนลาว มีพื้นที่ 31.6 ตารางกิโลเมตร "
          "9 หมู่บ้าน ประชากร 7,245 คน 2,118 ครัวเรือน</p>"
          "<p>ประชาชนส่วนใหญ่ประกอบอาชีพทำนา ประมงน้ำจืด และค้าขายบริเวณจุดผ่อนปรนการค้าบ้านดอนโขงคำ</p>")
    write("/about/border/", "จุดผ่อนปรนการค้าบ้านดอนโขงคำ",
          "<p>จุดผ่อนปรนการค้าบ้านดอนโขงคำ เปิดให้ประชาชนไทย-ลาวซื้อขายสินค้าอุปโภคบริโภคทุกวันอังคารและวันศุกร์ "
          "เวลา 08.00 - 15.00 น. เทศบาลดูแลความสะอาด แผงค้า 64 แผง และจัดเก็บค่าธรรมเนียมแผงค้าตามเทศบัญญัติ</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างเทศบาลตำบลดอนโขงคำ" width="140" height="90">'
          "<h2>ฝ่ายบริหาร (ฝ่ายการเมือง)</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี (2 คน)</li>"
          "<li>ที่ปรึกษานายกเทศมนตรี</li><li>เลขานุการนายกเทศมนตรี</li></ul></li></ul>"
          "<h2>สภาเทศบาล</h2><ul><li>ประธานสภาเทศบาล</li><li>รองประธานสภาเทศบาล</li><li>สมาชิกสภาเทศบาล (12 คน)</li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li>"
          "<li>กองการศึกษา</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่ของเทศบาล</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>เทศบาลตำบลมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 และ 51 "
          "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
          "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li>"
          "<li>รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ รวมทั้งการกำจัดมูลฝอย</li><li>ป้องกันและระงับโรคติดต่อ</li>"
          "<li>ให้มีเครื่องใช้ในการดับเพลิงและป้องกันบรรเทาสาธารณภัย</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li>"
          "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>บำรุงศิลปะ จารีตประเพณี และวัฒนธรรมอันดีของท้องถิ่น</li>"
          "<li>จัดให้มีและควบคุมตลาด รวมทั้งจุดผ่อนปรนการค้าในเขตเทศบาล</li></ol>")
    execs = [("นายบุญเลิศ ศรีโคตรวงศ์", "นายกเทศมนตรีตำบลดอนโขงคำ", "08 1924 7730"),
             ("นายชาตรี พันธ์โยธี", "รองนายกเทศมนตรี", "08 9571 0264"),
             ("นางสุภาพร ไชยมาตย์", "รองนายกเทศมนตรี", "08 6630 1852"),
             ("นายธนพล แสนโคตร", "เลขานุการนายกเทศมนตรี", "09 2218 4406"),
             ("นางสาวกาญจนา พรหมสุวรรณ", "ปลัดเทศบาล", "0 4258 1306 ต่อ 101")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="80" height="100"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "คณะผู้บริหาร", cards)
    write("/about/council/", "สภาเทศบาล",
          "<ul><li>นายคำพอง ทองมา ประธานสภาเทศบาล</li><li>นายวิเชียร บุญมาลา รองประธานสภาเทศบาล</li>"
          "<li>นางสาวปวีณา อินธิแสง เลขานุการสภาเทศบาล</li><li>สมาชิกสภาเทศบาล เขต 1 - 2 รวม 12 คน</li></ul>")


def service_pages() -> None:
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>288 หมู่ที่ 5 ตำบลดอนโขงคำ อำเภอท่าอุเทน จังหวัดนครพนม 48120</p>"
          "<p>โทรศัพท์ 0 4258 1306 โทรสาร 0 4258 1307<br>อีเมล saraban@donkhongkham.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/donkhongkham.municipality">เทศบาลตำบลดอนโขงคำ</a> · ไลน์ @donkhongkham</p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>"
          '<p><a href="https://maps.google.com/?q=17.6842,104.5931">แผนที่ตั้งสำนักงาน (Google Maps)</a></p>'
          '<p>มีข้อสงสัย สอบถามได้ที่ <a href="/webboard/">กระดานถาม-ตอบ</a></p>')
    qa = [("จะจดทะเบียนพาณิชย์ขายของที่จุดผ่อนปรนต้องทำอย่างไรคะ", "ป้าแดง ม.5", "18 มี.ค. 2569",
           "นำบัตรประชาชนและทะเบียนบ้านมายื่นที่กองคลัง ค่าธรรมเนียม 50 บาท ใช้เวลาประมาณ 1 ชั่วโมงครับ (admin)"),
          ("ถนนเลียบโขงหมู่ 2 ไฟดับหลายจุด", "คนดอนโขงคำ", "3 ก.พ. 2569",
           "กองช่างออกซ่อมแซมแล้วเมื่อวันที่ 6 กุมภาพันธ์ 2569 ขอบคุณที่แจ้งครับ (admin)")]
    items = "".join(f'<div class="post"><p><b>ถาม :</b> {esc(q)} <small>โดย {esc(who)} {when}</small></p>'
                    f"<p><b>ตอบ :</b> {esc(ans)}</p></div>" for q, who, when, ans in qa)
    write("/webboard/", "กระดานถาม-ตอบ (Q&A)",
          f'{items}<form action="/webboard/new/" method="post"><h2>ตั้งกระทู้ถาม</h2>หัวข้อ <input name="topic"><br>'
          'ข้อความ <textarea name="message"></textarea><br>ชื่อผู้ถาม <input name="poster"><br><button>ส่งคำถาม</button></form>')
    write("/eservice/", "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)",
          "<p>ประชาชนยื่นคำร้องขอรับบริการจากเทศบาลตำบลดอนโขงคำได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSdDonKhongKhamEservice/formResponse" method="post">'
          '<h2>แบบคำร้องออนไลน์</h2>ชื่อ-นามสกุล <input name="entry.101"><br>เบอร์โทรศัพท์ <input name="entry.102"><br>'
          'ที่อยู่ <input name="entry.103"><br>ประเภทคำร้อง <select name="entry.104"><option>คำร้องทั่วไป</option>'
          '<option>ขอซ่อมไฟฟ้าสาธารณะ</option><option>ขอรับน้ำอุปโภคบริโภค</option><option>ขอจดทะเบียนพาณิชย์</option></select><br>'
          'รายละเอียด <textarea name="entry.105"></textarea><br><button>ยื่นคำร้อง</button></form>'
          f'<p>{a(f("service-69"), "สถิติการให้บริการประชาชน ประจำปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>')
    write("/complaint/", "ศูนย์รับเรื่องร้องเรียน ร้องทุกข์",
          "<p>ร้องเรียนร้องทุกข์ได้ที่สำนักงานเทศบาล โทร 0 4258 1306 ตู้รับเรื่องร้องเรียนหน้าอาคาร หรือไลน์ @donkhongkham</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการปฏิบัติงานเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ ไม่ประสงค์ออกนามได้</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อ-นามสกุล (ไม่ระบุได้) <input name="name"><br>'
          'โทรศัพท์ <input name="tel"><br>ผู้ถูกร้องเรียน/หน่วยงาน <input name="target"><br>'
          'รายละเอียดการกระทำ <textarea name="detail"></textarea><br>หลักฐาน <input type="file" name="evidence"><br>'
          "<button>ส่งเรื่อง</button></form>"
          '<p>ช่องทางอื่น : <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · ศูนย์ดำรงธรรมอำเภอท่าอุเทน</p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>เทศบาลตำบลดอนโขงคำ เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")


def document_pages() -> None:
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "PDF")}</td></tr>' for k in months)
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง (สขร.1)",
          f'<table class="docs"><tr><th>เรื่อง</th><th>วันที่ลงประกาศ</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศและรายงานอื่น</h2><ul><li>{a(f("print-plan"), ROWS["print-plan"][0])}</li>'
          f'<li>{a(f("proc-year-68"), ROWS["proc-year-68"][0])}</li></ul>')
    cats = " · ".join(f'<a href="/documents/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/documents/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/documents/{slug}/", f"ดาวน์โหลดเอกสาร : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปีงบประมาณ 2569</a></li><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ 2568</a></li></ul>')
    write("/ita/2569/", "ITA 2569 : การเปิดเผยข้อมูลสาธารณะ (OIT)",
          "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล · ตัวชี้วัดที่ 10 การป้องกันการทุจริต (ปรับปรุงล่าสุด 7 เม.ย. 2569)</p>"
          + ita_table(ITA_2569))
    write("/ita/2568/", "ITA 2568 : การเปิดเผยข้อมูลสาธารณะ (OIT)", ita_table(ITA_2568))


def home() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          f'<h2>ข่าวสารประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">อ่านทั้งหมด</a></p>'
          '<h2>ลิงก์ด่วน</h2><p><a href="/eservice/">E-Service ยื่นคำร้องออนไลน์</a> · <a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a> · '
          '<a href="/documents/">ดาวน์โหลดเอกสาร</a> · <a href="/ita/2569/">ITA 2569</a></p>')


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "person.png", "mayor.png", "chart.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "doc.gif", "xls.gif", "xlsx.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "theme.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0;background:#f4f7fb}.strip{background:#124b8a;color:#fff;"
                 "padding:3px 8px;font-size:small}.banner{padding:10px}.org{font-size:24px;margin:0 10px}"
                 ".nav li{display:inline;margin:0 5px}.page{display:flex}.content{flex:1;padding:10px}"
                 ".aside{width:230px}.widget{border:1px solid #c8d3e0;margin:6px;padding:6px;background:#fff}"
                 "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}"
                 ".foot{background:#124b8a;color:#fff;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    home()
    about_pages()
    service_pages()
    document_pages()
    news_pages()


if __name__ == "__main__":
    main()
