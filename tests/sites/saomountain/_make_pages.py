"""Generate the HTML pages of the "saomountain" test site (องค์การบริหารส่วนตำบลห้วยผาเมฆ, invented).

Run:  python tests/sites/saomountain/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A highland อบต. on a provider's template: a top bar, a menu, a side column (the chief executive,
forest-fire hotline, quick links, visitor counter) and a footer on every page; pages are
folder/index.html.  Documents are listed by category (/download/<cat>/), the monthly สขร.1 on
/procurement/, news under /news/ (two pages).  The ITA page /ita/2568/ is a table o1 … o26 in the
office's own short wording whose links go to files, pages or category lists; last year's
/ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "องค์การบริหารส่วนตำบลห้วยผาเมฆ"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนา / แผนการดำเนินงาน", "budget": "ข้อบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
MISSING_SIZE = "286.4 KB"
OLD_DEAD = "/files/29874.pdf"  # last year's o13 (procurement report 2566): deleted from the server


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าหลัก", "/"), ("ข้อมูลพื้นฐาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("สภา อบต.", "/about/council/"), ("ข่าวสาร", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("ดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"),
        ("ITA", "/ita/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">{ORG} อำเภอแม่สะเรียง จังหวัดแม่ฮ่องสอน · สายด่วนแจ้งไฟป่า 08 1960 2245</div>
<div id="banner"><img src="/assets/logo.png" alt="ตรา อบต.ห้วยผาเมฆ" width="64" height="64">
<b>{ORG}</b><br><small>ห้วยผาเมฆ ถิ่นดอยน่าอยู่ ป่าสมบูรณ์ ชุมชนเข้มแข็ง</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="main">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="side">
<div class="box"><b>นายก อบต.ห้วยผาเมฆ</b><br>นายจะพอ ดอยสูงเจริญ<br>สายตรงนายก 08 1960 2201</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/ita/2568/">ITA 2568</a><br><a href="/ita/2567/">ITA 2567</a><br>
<a href="/eservice/">E-Service</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="https://www.gprocurement.go.th/">e-GP</a><br><a href="https://www.dla.go.th/">สถ.</a><br>
<a href="https://firms.modaps.eosdis.nasa.gov/">จุดความร้อน (Hotspot)</a></div>
<div class="box">ผู้เข้าชมเว็บไซต์ ๔๗,๒๐๓</div>
</div></div>
<div id="footer">{ORG} เลขที่ 88 หมู่ที่ 2 ตำบลห้วยผาเมฆ อำเภอแม่สะเรียง จังหวัดแม่ฮ่องสอน 58110<br>
โทรศัพท์/โทรสาร 0 5368 1457 อีเมล saraban@huaiphamek.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
สงวนลิขสิทธิ์ ๒๕๖๕ {ORG} ออกแบบโดย ดอยเว็บดีไซน์</div>
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
                    f'<td>{ext.upper()} {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (918, (2025, 4, 8), "ประชาสัมพันธ์การยื่นชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษี ภายในวันที่ 30 เมษายน 2568 ณ กองคลัง หรือหน่วยบริการเคลื่อนที่ตามหมู่บ้าน"]),
    (912, (2025, 3, 21), "ชุดปฏิบัติการดับไฟป่า อบต.ห้วยผาเมฆ ออกควบคุมไฟป่าดอยผาเมฆ หมู่ที่ 9",
     ["วันที่ 20 มีนาคม 2568 ชุดปฏิบัติการ อปพร. 24 นาย ร่วมกับอาสาสมัครหมู่บ้าน ควบคุมไฟป่าได้ภายใน 6 ชั่วโมง"]),
    (905, (2025, 2, 27), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรม ผู้บริหาร สมาชิกสภา และพนักงาน ประจำปีงบประมาณ 2568",
     ["วันที่ 26 กุมภาพันธ์ 2568 อบต.ห้วยผาเมฆ จัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานส่วนท้องถิ่น "
      "ให้บุคลากรนำไปปฏิบัติ เรื่องการป้องกันผลประโยชน์ทับซ้อนและการให้บริการประชาชนอย่างเท่าเทียมทุกชาติพันธุ์",
      "ผู้เข้าร่วม ผู้บริหาร 4 คน สมาชิกสภา 14 คน พนักงานและพนักงานจ้าง 33 คน รวม 51 คน"]),
    (899, (2025, 2, 10), "สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี 2568 ครบ 14 หมู่บ้าน",
     ["ระหว่างวันที่ 13 - 31 มกราคม 2568 องค์การบริหารส่วนตำบลห้วยผาเมฆ จัดประชุมประชาคมหมู่บ้านครบทั้ง 14 หมู่บ้าน "
      "เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมเสนอปัญหาและความต้องการ สำหรับจัดทำแผนพัฒนาท้องถิ่น โดยมีล่ามภาษาปกาเกอะญอและลีซู",
      "ผู้เข้าร่วมรวม 834 คน ประชาชนเสนอโครงการ 71 โครงการ ส่วนใหญ่เป็นถนนขึ้นหมู่บ้าน ประปาภูเขา และแนวกันไฟ",
      "อบต. จะนำข้อเสนอบรรจุในแผนพัฒนาท้องถิ่นและแจ้งผลการพิจารณาผ่านผู้ใหญ่บ้านต่อไป"]),
    (893, (2025, 1, 9), "ขอเชิญร่วมประชุมประชาคมหมู่บ้าน ประจำปี 2568",
     ["อบต.ห้วยผาเมฆ ขอเชิญพี่น้องประชาชนร่วมประชาคมหมู่บ้าน ระหว่างวันที่ 13 - 31 มกราคม 2568",
      '<a href="{invite}">หนังสือเชิญ</a>']),
    (887, (2024, 12, 27), "ประกาศห้ามเผาในที่โล่ง ช่วงวันที่ 1 มกราคม - 30 เมษายน 2568",
     ["ขอความร่วมมือประชาชนงดเผาเศษวัชพืชและไร่หมุนเวียน หากจำเป็นให้ขออนุญาตผ่านแอปพลิเคชัน FireD"]),
    (881, (2024, 12, 5), "วันพ่อแห่งชาติ 5 ธันวาคม 2567",
     ["คณะผู้บริหาร สมาชิกสภา และพนักงาน ร่วมพิธีถวายพระพรชัยมงคล ณ ที่ว่าการอำเภอแม่สะเรียง"]),
    (874, (2024, 11, 15), "มอบผ้าห่มกันหนาวแก่ผู้สูงอายุและผู้พิการบนดอย",
     ["มอบผ้าห่ม 420 ผืน แก่ผู้สูงอายุและผู้พิการใน 14 หมู่บ้าน"]),
    (868, (2024, 10, 29), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ 2568",
     ['<a href="{opplan}">แผนการดำเนินงาน ปี 2568</a>']),
    (861, (2024, 10, 8), "ผู้บริหารประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปี 2568",
     ["วันที่ 7 ตุลาคม 2567 นายก อบต. ประกาศเจตจำนงสุจริตต่อหน้าพนักงานทุกคน", '<a href="{will}">ประกาศ</a>']),
    # FY2567 and before, on page 2
    (842, (2024, 7, 26), "กิจกรรมปลูกป่าต้นน้ำเฉลิมพระเกียรติ 2567",
     ["ปลูกต้นไม้ 2,000 ต้น ที่ป่าต้นน้ำห้วยผาเมฆ"]),
    (831, (2024, 4, 29), "รายงานผลการดำเนินงานรอบ 6 เดือน", ['<a href="{m6}">รายงาน</a>']),
    (806, (2024, 2, 8), "สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี 2567",
     ["ระหว่างวันที่ 15 - 31 มกราคม 2567 จัดประชาคมครบ 14 หมู่บ้าน ผู้เข้าร่วม 791 คน"]),
    (702, (2022, 10, 5), "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)",
     ["นายก อบต.ห้วยผาเมฆ ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ขอความร่วมมืองดให้ของขวัญทุกเทศกาล",
      '<a href="{nogift}">ประกาศ</a>']),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"invite": f("invite-forum"), "opplan": f("opplan-68"), "will": f("will-68"), "m6": f("report-6m"),
             "nogift": f("no-gift-66")}
    for nid, ymd, title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(*ymd))} โดย admin</p>{body}'
              '<p><a href="/news/">« ข่าวทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>' for n in chunk)
        pager = '<p>หน้า <b>1</b> <a href="/news/page/2/">2</a></p>' if p == 1 else '<p>หน้า <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

def a(href: str, text: str = "คลิก") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


ITA_2568 = [  # (ข้อ, heading, [(link text, key or path)])
    ("o1", "โครงสร้าง อำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("คลิก", "/about/executives/")]),
    ("o3", "ติดต่อ อบต.", [("คลิก", "/contact/")]),
    ("o4", "ข่าวสาร", [("คลิก", "/news/")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนดำเนินงาน งบประมาณ และรายงานรอบ 6 เดือน", [("แผนดำเนินงาน", "opplan-68"), ("ข้อบัญญัติ", "budget-68"),
                                                        ("รายงานรอบ 6 เดือน", "report-6m")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานติดตามประเมินผลแผน", "followup-66"),
                                          ("รายงานการใช้จ่ายงบประมาณ", "spend-67")]),
    ("o8", "คู่มือปฏิบัติงาน", [("คลิก", "manual-fire")]),
    ("o9", "คู่มือประชาชน", [("คลิก", "citizen-manual")]),
    ("o10", "E-Service", [("คลิก", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("คลิก", "stats-67")]),
    ("o12", "สขร.1 รายเดือน", [("คลิก", "/procurement/")]),
    ("o13", "สรุปผลจัดซื้อจัดจ้างประจำปี", [("คลิก", "proc-year-67")]),
    ("o14", "แผนบริหารและพัฒนาบุคลากร", [("คลิก", "/download/hr/")]),
    ("o15", "รายงานผลการพัฒนาบุคลากร", [("คลิก", "hr-report-67")]),
    ("o16", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรม", "/news/905/")]),
    ("o17", "คู่มือร้องเรียนการทุจริต", [("คลิก", "complaint-manual")]),
    ("o18", "ช่องทางร้องเรียนการทุจริต", [("คลิก", "/complaint/corruption/")]),
    ("o19", "สถิติร้องเรียนการทุจริต", [("คลิก", "complaint-stats-68")]),
    ("o20", "การมีส่วนร่วม", [("ประชาคมหมู่บ้าน", "/news/899/")]),
    ("o21", "No Gift Policy", [("คลิก", "no-gift-66")]),
    ("o22", "รายงานการรับของขวัญ", [("คลิก", "gift-report-67")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [("คลิก", "risk-67")]),
    ("o24", "รายงานการจัดการความเสี่ยง", [("คลิก", "risk-report-67")]),
    ("o25", "แผนป้องกันการทุจริต", [("คลิก", "anti-plan-68")]),
    ("o26", "รายงานผลป้องกันการทุจริต", [("คลิก", "anti-report-67")]),
]
ITA_2567 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("คลิก", "plan-61-65")]),
    ("o6", "รายงานรอบ 6 เดือน ปี 2567", [("คลิก", "report-6m")]),
    ("o12", "สขร.1", [("คลิก", "/procurement/")]),
    ("o13", "สรุปผลจัดซื้อจัดจ้างประจำปี 2566", [("คลิก", OLD_DEAD)]),
    ("o21", "No Gift Policy", [("คลิก", "no-gift-66")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [("คลิก", "risk-67")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>']
    for code, heading, links in rows:
        cell = " ".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "หน้าหลัก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">ดูทั้งหมด</a></p>'
          '<h2>บริการประชาชน</h2><p><a href="/eservice/">ยื่นคำร้องออนไลน์</a> · '
          '<a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a> · <a href="/ita/2568/">ITA 2568</a></p>')
    write("/about/history/", "ข้อมูลพื้นฐาน",
          "<p>ตำบลห้วยผาเมฆ ตั้งอยู่บนพื้นที่สูงทางทิศตะวันออกของอำเภอแม่สะเรียง ห่างจากอำเภอประมาณ 46 กิโลเมตร "
          "ความสูงเฉลี่ย 900 - 1,400 เมตรจากระดับน้ำทะเล พื้นที่ 312 ตารางกิโลเมตร ร้อยละ 80 เป็นป่าสงวนแห่งชาติ</p>"
          "<p>14 หมู่บ้าน ประชากร 7,926 คน ชาติพันธุ์ปกาเกอะญอ ลีซู และม้ง อาชีพหลัก ข้าวไร่ กาแฟอาราบิก้า เลี้ยงโค</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้าง อบต.ห้วยผาเมฆ" width="120" height="80">'
          "<h2>ฝ่ายบริหาร</h2><ul><li>นายก อบต.<ul><li>รองนายก อบต. 2 คน</li><li>เลขานุการนายก อบต.</li></ul></li></ul>"
          "<h2>ฝ่ายนิติบัญญัติ</h2><ul><li>สภา อบต.<ul><li>ประธานสภา</li><li>รองประธานสภา</li><li>สมาชิกสภา 14 คน</li></ul></li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัด อบต.<ul><li>สำนักปลัด (งานป้องกันและบรรเทาสาธารณภัย)</li><li>กองคลัง</li>"
          "<li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม (ศพด. 2 แห่ง)</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>อำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 67 68 "
          "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 โดยสรุป</p><ol>"
          "<li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก ถนนขึ้นหมู่บ้านบนพื้นที่สูง</li><li>จัดให้มีน้ำสะอาด (ประปาภูเขา)</li>"
          "<li>ป้องกันและบรรเทาสาธารณภัย รวมถึงไฟป่าและหมอกควัน</li><li>คุ้มครอง ดูแล บำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li>"
          "<li>ส่งเสริมการศึกษา ศาสนา วัฒนธรรม และภูมิปัญญาท้องถิ่นของกลุ่มชาติพันธุ์</li>"
          "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>ป้องกันโรคและระงับโรคติดต่อ</li></ol>")
    execs = [("นายจะพอ ดอยสูงเจริญ", "นายกองค์การบริหารส่วนตำบลห้วยผาเมฆ", "08 1960 2201"),
             ("นายอาเจ แสงลีซู", "รองนายก อบต.", "08 1960 2202"),
             ("นางสาวมึเนาะ ไพรงาม", "รองนายก อบต.", "08 1960 2203"),
             ("นายเกษม ผาทอง", "เลขานุการนายก อบต.", "08 1960 2204"),
             ("นางสาวอรทัย ผาเมฆวงศ์", "ปลัด อบต.", "0 5368 1457 ต่อ 12")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "คณะผู้บริหาร", cards)
    write("/about/council/", "สมาชิกสภาองค์การบริหารส่วนตำบล",
          "<ul><li>นายพะโย ห้วยใส ประธานสภา อบต.</li><li>นายอาหมื่อ ลีซูวงศ์ รองประธานสภา อบต.</li>"
          "<li>นางสาวศิริพร ดอยแก้ว เลขานุการสภา อบต.</li><li>สมาชิกสภา อบต. หมู่ที่ 1 - 14</li></ul>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>เลขที่ 88 หมู่ที่ 2 ตำบลห้วยผาเมฆ อำเภอแม่สะเรียง จังหวัดแม่ฮ่องสอน 58110</p>"
          "<p>โทรศัพท์/โทรสาร 0 5368 1457<br>อีเมล saraban@huaiphamek.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/huaiphamek.sao">อบต.ห้วยผาเมฆ</a></p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (ฤดูฝนถนนขึ้นดอยอาจปิด โปรดโทรสอบถามก่อน)</p>"
          '<p><a href="https://maps.google.com/?q=18.1874,98.0412">แผนที่ตั้ง (Google Maps)</a></p>')
    write("/eservice/", "E-Service ยื่นคำร้องออนไลน์",
          "<p>ประชาชนบนดอยไม่ต้องเดินทางลงมาที่ทำการ ยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSfHuaiPhaMekEservice68/formResponse" method="post">'
          'ชื่อ-นามสกุล <input name="entry.1"><br>เบอร์โทรศัพท์ <input name="entry.2"><br>หมู่ที่ <input name="entry.3"><br>'
          'เรื่อง <select name="entry.4"><option>คำร้องทั่วไป</option><option>ขอรับน้ำอุปโภคบริโภค</option>'
          '<option>ขออนุญาตเผาในที่โล่ง</option><option>ขอซ่อมไฟฟ้าส่องสว่าง</option></select><br>'
          'รายละเอียด <textarea name="entry.5"></textarea><br><button>ส่งคำร้อง</button></form>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ร้องเรียนได้ที่ ที่ทำการ อบต. โทร 0 5368 1457 หรือตู้รับเรื่องร้องเรียนหน้าที่ทำการ</p>"
          '<p><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการปฏิบัติงานเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้แจ้ง (ไม่ระบุก็ได้) <input name="name"><br>'
          'เบอร์ติดต่อ <input name="phone"><br>เรื่อง <input name="subject"><br>'
          'รายละเอียด <textarea name="detail"></textarea><br>แนบไฟล์ <input type="file" name="file"><br>'
          "<button>ส่งเรื่อง</button></form><p>หรือโทร 0 5368 1457 ต่อ 12 (ปลัด อบต.)</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>อบต.ห้วยผาเมฆ เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "PDF")}</td></tr>' for k in months)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ 2568",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศ/แผนการจัดซื้อจัดจ้าง</h2><ul><li>{a(f("proc-plan-68"), ROWS["proc-plan-68"][0])}</li>'
          f'<li>{a(f("hire-planner"), ROWS["hire-planner"][0])}</li></ul>')
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลด : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
          '<ul><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li><li><a href="/ita/2567/">ITA ประจำปี 2567</a></li></ul>')
    write("/ita/2568/", "ข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2568", ita_table(ITA_2568))
    write("/ita/2567/", "ข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2567", ita_table(ITA_2567))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    for n in ("logo.png", "person.png", "chart.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#2e5e2a;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:220px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #ccc;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
