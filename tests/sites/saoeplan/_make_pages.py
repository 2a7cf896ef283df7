"""Generate the HTML pages of the "saoeplan" test site (องค์การบริหารส่วนตำบลดอนกระเบื้องทอง, invented).

Run:  python tests/sites/saoeplan/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A small อบต. on a provider's template: a top bar, a menu, a left column (the chief executive, links
to the national systems, visitor counter) and a footer on every page; pages are folder/index.html.
Documents are listed on download pages by the year they were uploaded (/download/<BE year>/,
/download/older/), grouped by category inside each year, and by category (/download/cat/<slug>/);
the monthly สขร.1 on /procurement/; news under /news/ (two pages).  The ITA page /ita/2569/ is a
table of o1 … o26 in the office's own short wording whose links go to files, pages or lists; last
year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "องค์การบริหารส่วนตำบลดอนกระเบื้องทอง"
SHORT = "อบต.ดอนกระเบื้องทอง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนา / แผนการดำเนินงาน", "budget": "งบประมาณ / การเงินการคลัง", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส"}
YEARS = [2569, 2568, 2567, 2566]  # older uploads are on /download/older/
MISSING_SIZE = {"risk-report-68": "388.2 KB", "old-dead-67": "1.2 MB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][4])


def a(href: str, text: str = "ดาวน์โหลด") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าหลัก", "/"), ("ข้อมูลพื้นฐาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("คณะผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("ดาวน์โหลดเอกสาร", "/download/"), ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"),
        ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    years = "<br>".join(f'<a href="/download/{y}/">เอกสารปี {y}</a>' for y in YEARS)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">{ORG} อำเภอโนนสูง จังหวัดนครราชสีมา · โทร. 0 4400 6127 · เปิดทำการ จันทร์-ศุกร์ 08.30-16.30 น.</div>
<div id="banner"><img src="/assets/logo.png" alt="ตรา {SHORT}" width="64" height="64">
<b>{ORG}</b><br><small>Don Krabueang Thong Subdistrict Administrative Organization</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/person.png" alt="นายก อบต." width="60" height="75"><br>
<b>นายไพโรจน์ ศรีวงศ์ษา</b><br>นายก{ORG}<br>สายตรงนายก 08 1877 4390</div>
<div class="box"><b>เอกสารเผยแพร่ตามปี</b><br>{years}<br><a href="/download/older/">ก่อนปี 2566</a></div>
<div class="box"><b>ITA</b><br><a href="/ita/2569/">OIT ปี ๒๕๖๙</a><br><a href="/ita/2568/">OIT ปี ๒๕๖๘</a></div>
<div class="box"><b>ระบบงานภาครัฐ</b><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.laas.go.th/">ระบบ e-LAAS</a><br>
<a href="https://eplan.dla.go.th/">ระบบ e-plan</a><br><a href="https://itas.nacc.go.th/">ITAS ป.ป.ช.</a></div>
<div class="box">ผู้เข้าชมวันนี้ ๓๘ · ทั้งหมด ๑๔๒,๐๗๕</div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} เลขที่ 88 หมู่ที่ 5 ตำบลดอนกระเบื้องทอง อำเภอโนนสูง จังหวัดนครราชสีมา 30160<br>
โทรศัพท์ 0 4400 6127 โทรสาร 0 4400 6128 อีเมล saraban@donkrabueangthong.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© ๒๕๖๗ {ORG} · ออกแบบเว็บไซต์โดย ท้องถิ่นเว็บดีไซน์</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][5] == "missing":
        return MISSING_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


ICON = {"pdf": "PDF", "docx": "Word", "doc": "Word", "xls": "Excel", "xlsx": "Excel"}


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _y, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td><img src="/assets/{ext}.gif" alt="{ext}"> {ICON[ext]} {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ที่</th><th>ชื่อเอกสาร</th><th>วันที่ลง</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(year=None, cat=None) -> list[str]:
    keys = [k for k in ROWS if not k.startswith("proc-20") or cat == "procure"]
    if year == "older":
        keys = [k for k in keys if ROWS[k][1] < 2566]
    elif year is not None:
        keys = [k for k in keys if ROWS[k][1] == year]
    if cat is not None:
        keys = [k for k in keys if ROWS[k][2] == cat]
    return sorted(keys, key=lambda k: ROWS[k][3], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (1288, (2026, 4, 9), "ขอเชิญชวนชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     ["ผู้มีหน้าที่เสียภาษีชำระได้ภายในวันที่ 30 เมษายน 2569 ณ กองคลัง หรือโอนผ่านบัญชีธนาคารของ อบต. ตามใบแจ้งการประเมิน"]),
    (1281, (2026, 3, 20), "โครงการฝึกอบรมอาชีพการทอผ้าไหมลายดอนกระเบื้อง ประจำปีงบประมาณ 2569",
     ["วันที่ 18 - 20 มีนาคม 2569 กลุ่มทอผ้าไหมหมู่ที่ 3 และหมู่ที่ 9 จำนวน 35 คน เข้ารับการอบรม ณ ศาลาประชาคมหมู่ที่ 3"]),
    (1274, (2026, 2, 27), "สรุปผลการประชุมประชาคมตำบล เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2569",
     ["ระหว่างวันที่ 9 - 20 กุมภาพันธ์ 2569 อบต.ดอนกระเบื้องทอง จัดประชุมประชาคมหมู่บ้านครบทั้ง 12 หมู่บ้าน และประชุมประชาคมตำบล "
      "วันที่ 24 กุมภาพันธ์ 2569 เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมเสนอปัญหาและความต้องการ",
      "มีประชาชนเข้าร่วมรวม 704 คน ผู้นำชุมชนและผู้แทนกลุ่มอาชีพ 58 คน เสนอโครงการรวม 63 โครงการ",
      "ที่ประชุมจัดลำดับความสำคัญ ได้แก่ ถนนลาดยางสายดอนกระเบื้อง-หนองหว้า ขุดลอกหนองสาธารณะหมู่ที่ 6 "
      "และไฟฟ้าส่องสว่างหมู่ที่ 11 ซึ่ง อบต. จะนำเข้าแผนพัฒนาท้องถิ่น (แก้ไขเพิ่มเติม) และแจ้งผลให้ประชาชนทราบ"]),
    (1266, (2026, 2, 4), "ประชาสัมพันธ์กำหนดการประชุมประชาคมหมู่บ้าน ปี 2569",
     ["ขอเชิญพี่น้องประชาชนร่วมประชุมประชาคมหมู่บ้าน ระหว่างวันที่ 9 - 20 กุมภาพันธ์ 2569 ตามตารางที่ผู้ใหญ่บ้านแจ้ง"]),
    (1259, (2026, 1, 23), "อบต.ดอนกระเบื้องทอง จัดอบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2569",
     ["วันที่ 22 มกราคม 2569 จัดโครงการอบรมเพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานส่วนท้องถิ่น ให้ผู้บริหาร สมาชิกสภา "
      "พนักงาน และพนักงานจ้าง นำไปใช้ในการปฏิบัติงาน พร้อมชี้แจงหลักเกณฑ์การรับทรัพย์สินตามมาตรา 128",
      "ผู้เข้าร่วมรวม 53 คน วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดนครราชสีมา"]),
    (1250, (2025, 12, 26), "ตั้งจุดบริการประชาชนช่วงเทศกาลปีใหม่ 2569",
     ["ร่วมกับ อปพร. ตั้งจุดบริการบนทางหลวงหมายเลข 2160 ระหว่างวันที่ 29 ธันวาคม 2568 - 4 มกราคม 2569"]),
    (1243, (2025, 12, 5), "กิจกรรมวันพ่อแห่งชาติ 5 ธันวาคม 2568",
     ["คณะผู้บริหาร สมาชิกสภา และพนักงาน ร่วมพิธีถวายพระพรชัยมงคล ณ ที่ว่าการอำเภอโนนสูง"]),
    (1236, (2025, 11, 14), "มอบถุงยังชีพแก่ผู้ประสบอุทกภัย หมู่ที่ 2 และหมู่ที่ 7",
     ["ช่วยเหลือผู้ประสบอุทกภัย 84 ครัวเรือน ตามระเบียบกระทรวงมหาดไทยว่าด้วยค่าใช้จ่ายเพื่อช่วยเหลือประชาชน"]),
    (1229, (2025, 10, 21), "ประชุมคณะทำงานเตรียมความพร้อมการประเมิน ITA ประจำปี 2569",
     ["ปลัด อบต. ประชุมคณะทำงานเพื่อมอบหมายผู้รับผิดชอบการเปิดเผยข้อมูลสาธารณะ (OIT) แต่ละข้อ"]),
    (1222, (2025, 10, 6), "พิธีรับมอบเบี้ยยังชีพผู้สูงอายุ ประจำเดือนตุลาคม 2568",
     ["จ่ายเบี้ยยังชีพผู้สูงอายุ 1,214 ราย ผู้พิการ 287 ราย ผ่านบัญชีธนาคาร"]),
    # FY2568, page 2
    (1180, (2025, 8, 15), "ประชุมสภา อบต. สมัยสามัญ สมัยที่ 3 ประจำปี 2568",
     ["พิจารณาร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 วาระที่ 1"]),
    (1151, (2025, 5, 12), "โครงการหน้าบ้านน่ามอง ประจำปี 2568",
     ["ประชาชนหมู่ที่ 1 - 12 ร่วมปรับภูมิทัศน์สองข้างทาง"]),
    (1128, (2025, 2, 25), "สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี 2568",
     ["ระหว่างวันที่ 10 - 21 กุมภาพันธ์ 2568 จัดประชาคมครบ 12 หมู่บ้าน ผู้เข้าร่วม 655 คน เสนอโครงการ 58 โครงการ"]),
    (1097, (2024, 12, 3), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568",
     ['อบต.ดอนกระเบื้องทอง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 {opplan}']),
]
PER_PAGE = 10


def news_pages() -> None:
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(opplan=a(f('opplan-68'), 'ดาวน์โหลด'))}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(y, m, day))} โดย admin</p>{body}'
              '<p><a href="/news/">« ข่าวประชาสัมพันธ์ทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>' for n in chunk)
        pager = ('<p>หน้า <b>1</b> <a href="/news/page/2/">2</a></p>' if p == 1 else '<p>หน้า <a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # (ข้อ, heading, [(link text, key or path)]); (group,) rows
    ("ข้อมูลพื้นฐาน",),
    ("O1", "โครงสร้าง/อำนาจหน้าที่", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("O2", "ผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
    ("O3", "การติดต่อ + Q&A", [("ติดต่อ", "/contact/"), ("ถาม-ตอบ", "/qa/")]),
    ("O4", "ข่าวประชาสัมพันธ์", [("ข่าว", "/news/")]),
    ("การบริหารงานและงบประมาณ",),
    ("O5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น 66-70", "plan-66-70")]),
    ("O6", "แผนดำเนินงาน/ข้อบัญญัติ", [("แผนการดำเนินงาน", "opplan-68"), ("ข้อบัญญัติ 69", "budget-69")]),
    ("O7", "รายงานผลประจำปี", [("รายงานติดตามประเมินผลแผน", "follow-67"), ("รายงานรายจ่าย e-LAAS", "budget-report-68")]),
    ("O8", "คู่มือปฏิบัติงาน", [("คู่มืองานพัสดุ", "manual-proc")]),
    ("O9", "คู่มือประชาชน", [("คู่มือประชาชน", "/download/cat/manual/")]),
    ("O10", "E-Service", [("E-Service", "/eservice/"), ("สถิติ", "service-69")]),
    ("จัดซื้อจัดจ้าง",),
    ("O11", "สขร.1 รายเดือน", [("สขร.1", "/procurement/")]),
    ("O12", "สรุปจัดซื้อจัดจ้างประจำปี", [("ปี 68", "proc-year-68")]),
    ("บุคลากร",),
    ("O13", "หลักเกณฑ์/แผน HR", [("หลักเกณฑ์", "hr-rules"), ("แผนพัฒนาบุคลากร", "hr-plan-67-69")]),
    ("O14", "รายงานผล HR", [("รายงานผลการพัฒนาบุคลากร ปี 2569", "hr-report-67")]),
    ("O15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรม", "/news/1259/")]),
    ("ความโปร่งใส",),
    ("O16", "คู่มือร้องเรียนทุจริต", [("คู่มือ", "complaint-manual")]),
    ("O17", "ช่องทางร้องเรียนทุจริต", [("แจ้งเรื่อง", "/complaint/corruption/")]),
    ("O18", "สถิติร้องเรียน", [("สถิติ", "complaint-68h1")]),
    ("O19", "การมีส่วนร่วม", [("ประชาคม", "/news/1274/")]),
    ("การป้องกันการทุจริต",),
    ("O20", "No Gift Policy", [("ประกาศ", "no-gift-67")]),
    ("O21", "ประเมินความเสี่ยงทุจริต", [("ปี 69", "risk-69")]),
    ("O22", "รายงานผลบริหารความเสี่ยง", [("ปี 68", "risk-report-68")]),
    ("O23", "แผนป้องกันทุจริต", [("แผน 4 ปี", "anti-plan-65-68")]),
    ("O24", "รายงานผลป้องกันทุจริต", [("ปี 68", "anti-report-68")]),
    ("O25", "วิเคราะห์ผล ITA/มาตรการ", [("วิเคราะห์ผล ITA", "ita-analysis-68")]),
    ("O26", "รายงานผลตามมาตรการฯ", []),
]
ITA_2568 = [
    ("O5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-66-70")]),
    ("O6", "แผนดำเนินงาน ปี 68", [("แผนการดำเนินงาน", "opplan-68"), ("ร่างข้อบัญญัติ", "budget-69-draft")]),
    ("O11", "สขร.1", [("สขร.1", "/procurement/")]),
    ("O18", "สถิติร้องเรียน", [("รอบ 6 เดือน", "complaint-68h1")]),
    ("O20", "No Gift Policy", [("ประกาศ", "no-gift-67")]),
    ("O23", "แผนป้องกันทุจริต", [("แผน 4 ปี", "anti-plan-65-68")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for row in rows:
        if len(row) == 1:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = " | ".join(a(h if h.startswith("/") else f(h), t) for t, h in links) or "อยู่ระหว่างรวบรวมข้อมูล"
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "หน้าหลัก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">ข่าวทั้งหมด</a></p>'
          '<h2>เอกสารเผยแพร่ล่าสุด</h2>' + table(listed(2569)[:5]) +
          '<p><a href="/download/2569/">ดูเอกสารปี 2569 ทั้งหมด</a> · <a href="/ita/2569/">ITA ปี 2569</a></p>')
    write("/about/history/", "ข้อมูลพื้นฐาน",
          "<p>องค์การบริหารส่วนตำบลดอนกระเบื้องทอง ยกฐานะจากสภาตำบลเมื่อปี พ.ศ. 2539 อยู่ห่างจากอำเภอโนนสูงประมาณ 14 กิโลเมตร "
          "พื้นที่ 36 ตารางกิโลเมตร 12 หมู่บ้าน ประชากร 7,208 คน 2,116 ครัวเรือน</p>"
          "<p>วิสัยทัศน์ : ดอนกระเบื้องทองถิ่นน่าอยู่ เศรษฐกิจพอเพียง สืบสานผ้าไหม ใส่ใจสิ่งแวดล้อม</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้าง อบต.ดอนกระเบื้องทอง" width="120" height="80">'
          "<h2>ฝ่ายบริหาร (ฝ่ายการเมือง)</h2><ul><li>นายก อบต.<ul><li>รองนายก อบต. 2 คน</li><li>เลขานุการนายก อบต.</li></ul></li>"
          "<li>สภา อบต.<ul><li>ประธานสภา</li><li>รองประธานสภา</li><li>สมาชิกสภา 12 คน</li><li>เลขานุการสภา</li></ul></li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัด อบต.<ul><li>รองปลัด อบต.</li><li>สำนักปลัด (งานวิเคราะห์นโยบายและแผน งานบริหารงานบุคคล "
          "งานป้องกันฯ)</li><li>กองคลัง</li><li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>กองสวัสดิการสังคม</li>"
          "<li>หน่วยตรวจสอบภายใน</li></ul></li></ul><p><a href=\"/about/authority/\">อำนาจหน้าที่</a> · <a href=\"/about/council/\">สภา อบต.</a></p>")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 67 68 และพระราชบัญญัติกำหนดแผนและขั้นตอน"
          "การกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปอำนาจหน้าที่ได้ดังนี้</p><ol><li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li>"
          "<li>รักษาความสะอาดของถนน ทางน้ำ ที่สาธารณะ และกำจัดขยะมูลฝอย</li><li>ป้องกันโรคและระงับโรคติดต่อ</li>"
          "<li>ป้องกันและบรรเทาสาธารณภัย</li><li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li>"
          "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>บำรุงรักษาศิลปะ จารีตประเพณี และภูมิปัญญาท้องถิ่น</li>"
          "<li>ส่งเสริมการประกอบอาชีพของราษฎร</li></ol>")
    execs = [("นายไพโรจน์ ศรีวงศ์ษา", "นายกองค์การบริหารส่วนตำบล", "08 1877 4390"),
             ("นายบุญมี คงกระพัน", "รองนายกองค์การบริหารส่วนตำบล", "08 9542 1176"),
             ("นางสมพร ชัยภักดี", "รองนายกองค์การบริหารส่วนตำบล", "09 2281 6034"),
             ("นายเกรียงไกร นิลสนธิ", "เลขานุการนายกองค์การบริหารส่วนตำบล", "08 6610 3358"),
             ("นางจันทร์เพ็ญ พรมสุวรรณ", "ปลัดองค์การบริหารส่วนตำบล", "0 4400 6127 ต่อ 101")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "คณะผู้บริหาร", cards)
    write("/about/council/", "สภาองค์การบริหารส่วนตำบล",
          "<ul><li>นายทวี แสงอรุณ ประธานสภา อบต.</li><li>นางลำดวน บุญเย็น รองประธานสภา อบต.</li>"
          "<li>นายชาตรี ผลพูน เลขานุการสภา อบต.</li><li>สมาชิกสภา อบต. หมู่ที่ 1 - 12</li></ul>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>เลขที่ 88 หมู่ที่ 5 ตำบลดอนกระเบื้องทอง อำเภอโนนสูง จังหวัดนครราชสีมา 30160</p>"
          "<p>โทรศัพท์ 0 4400 6127 โทรสาร 0 4400 6128<br>อีเมล saraban@donkrabueangthong.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/donkrabueangthong">อบต.ดอนกระเบื้องทอง</a></p>'
          '<p><a href="https://maps.google.com/?q=15.1274,102.2451">แผนที่ตั้งสำนักงาน</a></p>'
          '<p>มีข้อสงสัย สอบถามได้ที่ <a href="/qa/">กระดานถาม-ตอบ</a></p>')
    qa = [("อยากทราบว่าขอติดตั้งไฟกิ่งต้องทำอย่างไรครับ", "สมชาย ม.4", "16 มี.ค. 2569",
           "ยื่นคำร้องที่กองช่างหรือผ่านเมนู E-Service ได้เลยครับ เจ้าหน้าที่จะสำรวจภายใน 7 วัน"),
          ("ลงทะเบียนเบี้ยผู้สูงอายุปีงบ 70 เริ่มเมื่อไหร่คะ", "ยายเพ็ญ", "3 ก.พ. 2569",
           "ผู้ที่จะอายุครบ 60 ปีในปีงบประมาณ 2570 ลงทะเบียนได้ตั้งแต่เดือนตุลาคม 2568 - กันยายน 2569 ที่กองสวัสดิการสังคมค่ะ")]
    items = "".join(f'<div class="qa"><p><b>ถาม:</b> {esc(q)} <small>({esc(w)} {t})</small></p><p><b>ตอบ:</b> {esc(r)}</p></div>'
                    for q, w, t, r in qa)
    write("/qa/", "กระดานถาม-ตอบ",
          f'{items}<form action="/qa/post/" method="post"><h2>ตั้งกระทู้ถาม</h2>หัวข้อ <input name="subject"><br>'
          'ข้อความ <textarea name="body"></textarea><br>ชื่อผู้ถาม <input name="name"><br><button>ส่ง</button></form>')
    write("/eservice/", "บริการออนไลน์ (E-Service)",
          "<p>ยื่นคำร้องขอรับบริการจาก อบต.ดอนกระเบื้องทอง ผ่านแบบฟอร์มออนไลน์ เจ้าหน้าที่ตอบกลับภายใน 1 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSdDonKrabueangEsv/formResponse" method="post">'
          '<h2>แบบคำร้องออนไลน์</h2>ชื่อ-สกุล <input name="entry.11"><br>โทรศัพท์ <input name="entry.12"><br>'
          'ที่อยู่ <input name="entry.13"><br>ประเภทคำร้อง <select name="entry.14"><option>คำร้องทั่วไป</option>'
          '<option>ขอติดตั้ง/ซ่อมไฟฟ้าสาธารณะ</option><option>ขอรับน้ำอุปโภคบริโภค</option><option>ขอใช้รถกู้ภัย</option></select><br>'
          'รายละเอียด <textarea name="entry.15"></textarea><br><button>ส่งคำร้อง</button></form>'
          f'<p>{a(f("service-69"), "สถิติการให้บริการประชาชน ปีงบประมาณ 2569")}</p>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ร้องเรียนได้ที่ศูนย์รับเรื่องร้องเรียน อบต. โทร 0 4400 6127 หรือตู้รับเรื่องร้องเรียนหน้าสำนักงาน</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ออนไลน์)</a></p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้ร้องเรียนไม่ต้องระบุชื่อก็ได้ ข้อมูลจะเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อ (ไม่บังคับ) <input name="name"><br>'
          'เบอร์ติดต่อ <input name="tel"><br>เรื่อง <input name="subject"><br>รายละเอียด <textarea name="detail"></textarea><br>'
          'หลักฐาน <input type="file" name="evidence"><br><button>ส่งเรื่อง</button></form>'
          '<p>ช่องทางอื่น : <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · ศูนย์ดำรงธรรมอำเภอโนนสูง</p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>อบต.ดอนกระเบื้องทอง เก็บรวบรวมและใช้ข้อมูลส่วนบุคคลเท่าที่จำเป็น ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    # procurement: the e-LAAS exports of the monthly สขร.1
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][3])}</td><td>{a(f(k), "Excel")}</td></tr>' for k in months)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่ลง</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศต่าง ๆ</h2><ul><li>{a(f("print-plan"), ROWS["print-plan"][0])}</li>'
          f'<li>{a(f("proc-year-68"), ROWS["proc-year-68"][0])}</li></ul>')
    # downloads by year, then by category
    tabs = " | ".join(f'<a href="/download/{y}/">ปี {y}</a>' for y in YEARS) + ' | <a href="/download/older/">ก่อนปี 2566</a>'
    cats = " · ".join(f'<a href="/download/cat/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร",
          f"<p>เลือกปี : {tabs}</p><p>เลือกหมวด : {cats}</p><p>เอกสารจัดเรียงตามปีที่นำขึ้นเว็บไซต์</p>")
    for y in [*YEARS, "older"]:
        parts = []
        for slug, cname in CATS.items():
            keys = [k for k in listed(y) if ROWS[k][2] == slug]
            if keys:
                parts.append(f"<h2>{esc(cname)}</h2>{table(keys)}")
        label = f"ปี {y}" if y != "older" else "ก่อนปี 2566"
        write(f"/download/{y}/", f"ดาวน์โหลดเอกสาร {label}", f"<p>เลือกปี : {tabs}</p>" + "".join(parts))
    for slug, cname in CATS.items():
        write(f"/download/cat/{slug}/", f"ดาวน์โหลดเอกสาร : {cname}", f"<p>เลือกหมวด : {cats}</p>{table(listed(cat=slug))}")
    # ITA
    write("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
          '<ul><li><a href="/ita/2569/">ITA ปี 2569</a></li><li><a href="/ita/2568/">ITA ปี 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2568", ita_table(ITA_2568))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "person.png", "chart.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "doc.gif", "xls.gif", "xlsx.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#7a2;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:230px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #ccc;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
