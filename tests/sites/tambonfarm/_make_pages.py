"""Generate the HTML pages of the "tambonfarm" test site (เทศบาลตำบลทุ่งรวงทอง, invented).

Run:  python tests/sites/tambonfarm/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A เทศบาลตำบล on a local web provider's template: a top bar, a banner, a menu, a right column (the
mayor, hotline, quick links, a visitor counter) and a footer on every page; pages are
folder/index.html.  Documents are listed by category (/download/<cat>/), the monthly สขร.1 on
/procurement/, news under /news/ (two pages).  The ITA page /ita/2568/ is a table of o1 … o26 in
the office's own short wording whose links go to files, pages or category lists; last year's
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

ORG = "เทศบาลตำบลทุ่งรวงทอง"
ADDR = "เลขที่ 88 หมู่ที่ 2 ตำบลทุ่งรวงทอง อำเภอดอนเจดีย์ จังหวัดสุพรรณบุรี 72170"
PHONE = "0 3595 2418"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนา / แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "งานบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือราชการ / เอกสารทั่วไป"}
MISSING_SIZE = "688.2 KB"
OLD_DEAD = "/files/3877.pdf"  # last year's ITA row o23 (risk assessment 2567): the file was deleted


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("ข้อมูลพื้นฐาน", "/about/history/"), ("โครงสร้างส่วนราชการ", "/about/structure/"),
        ("คณะผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("ข้อมูลการเกษตร", "/agri/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("เอกสารดาวน์โหลด", "/download/"), ("คู่มือประชาชน", "/service/"),
        ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="topbar">{ORG} อำเภอดอนเจดีย์ จังหวัดสุพรรณบุรี | โทร. {PHONE} | <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="banner"><img src="/assets/logo.png" alt="ตราเทศบาลตำบลทุ่งรวงทอง" width="70" height="70">
<span class="name">{ORG}</span><br><small>Thung Ruang Thong Subdistrict Municipality · ทุ่งรวงทองเมืองข้าวคุณภาพ</small></div>
<ul id="nav">
{menu}
</ul>
<div id="wrap"><div id="content">
<p class="crumb"><a href="/">หน้าแรก</a> » {esc(title)}</p>
<h1>{esc(title)}</h1>
{body}
</div>
<div id="aside">
<div class="box"><img src="/assets/mayor.png" alt="นายกเทศมนตรี" width="90" height="110"><br><b>นายวิรัตน์ เขียวขจี</b><br>นายกเทศมนตรีตำบลทุ่งรวงทอง</div>
<div class="box"><b>สายตรงนายกเทศมนตรี</b><br>08 6617 3042</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br><a href="/ita/2567/">ITA ๒๕๖๗</a><br>
<a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a><br><a href="/eservice/">E-Service</a><br>
<a href="/download/manual/">คู่มือ</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br>
<a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br><a href="https://info.go.th/">ศูนย์ข้อมูลข่าวสาร</a></div>
<div class="box">ผู้เข้าชมวันนี้ ๑๑๘ คน<br>ผู้เข้าชมทั้งหมด ๒๑๔,๐๓๗ คน</div>
</div></div>
<div id="footer">{ORG} {ADDR}<br>
โทรศัพท์ {PHONE} โทรสาร 0 3595 2419 อีเมล saraban@thungruangthong.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>
สงวนลิขสิทธิ์ © ๒๕๖๕ {ORG} · ออกแบบโดย สุพรรณเว็บไซต์</div>
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
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if cat is None or ROWS[k][1] == cat]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (218, (2025, 4, 3), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2568 ณ กองคลัง เทศบาลตำบลทุ่งรวงทอง"]),
    (215, (2025, 3, 20), "รณรงค์งดเผาตอซังข้าวและเศษวัสดุการเกษตร ลดฝุ่นละออง PM2.5 ประจำปี 2568",
     ["วันที่ 20 มีนาคม 2568 เทศบาลร่วมกับสำนักงานเกษตรอำเภอดอนเจดีย์ สาธิตการไถกลบตอซังและทำปุ๋ยหมักจากฟางข้าว "
      "ณ แปลงนาหมู่ที่ 7 มีเกษตรกรเข้าร่วม 96 คน"]),
    (212, (2025, 2, 14), "สรุปผลการประชุมประชาคมตำบล เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2568",
     ["วันที่ 11 กุมภาพันธ์ 2568 เทศบาลตำบลทุ่งรวงทอง จัดประชุมประชาคมตำบล ณ หอประชุมเทศบาล เพื่อเปิดโอกาสให้ประชาชน "
      "กลุ่มเกษตรกร และผู้นำชุมชนทั้ง 9 หมู่บ้าน ร่วมเสนอปัญหาและความต้องการ",
      "มีผู้เข้าร่วม 184 คน ได้แก่ กำนัน ผู้ใหญ่บ้าน 9 คน ประธานกลุ่มผู้ใช้น้ำ 6 คน อสม. 22 คน และประชาชน 147 คน "
      "ที่ประชุมเสนอโครงการ 31 โครงการ ส่วนใหญ่เป็นการขุดลอกคลองส่งน้ำ ถนนลำเลียงผลผลิต และไฟฟ้าส่องสว่าง",
      "เทศบาลจะนำข้อเสนอไปพิจารณาบรรจุในแผนพัฒนาท้องถิ่น และแจ้งผลให้ประชาชนทราบทางเว็บไซต์และหอกระจายข่าว"]),
    (209, (2025, 2, 3), "ขอเชิญร่วมประชุมประชาคมตำบล วันที่ 11 กุมภาพันธ์ 2568",
     ["เทศบาลตำบลทุ่งรวงทองขอเชิญพี่น้องประชาชนร่วมประชุมประชาคมตำบล วันที่ 11 กุมภาพันธ์ 2568 เวลา 09.00 น. ณ หอประชุมเทศบาล",
      '<a href="{invite}">ดาวน์โหลดหนังสือเชิญ</a>']),
    (205, (2025, 1, 24), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรม ประจำปีงบประมาณ 2568",
     ["วันที่ 23 มกราคม 2568 เทศบาลตำบลทุ่งรวงทองจัดอบรมผู้บริหาร สมาชิกสภาเทศบาล พนักงานเทศบาลและพนักงานจ้าง "
      "เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาลและสร้างความเข้าใจเรื่องผลประโยชน์ทับซ้อน",
      "วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดสุพรรณบุรี ผู้เข้าร่วม 62 คน"]),
    (201, (2025, 1, 9), "มอบเมล็ดพันธุ์ข้าวและปุ๋ยอินทรีย์แก่เกษตรกรผู้ประสบภัยน้ำท่วม",
     ["เทศบาลมอบเมล็ดพันธุ์ข้าวพันธุ์ กข 43 จำนวน 12 ตัน แก่เกษตรกร 140 ราย ในหมู่ที่ 4 5 และ 6"]),
    (197, (2024, 12, 27), "ตั้งจุดบริการประชาชนช่วงเทศกาลปีใหม่ 2568",
     ["ตั้งจุดบริการบริเวณทางหลวงหมายเลข 322 ระหว่างวันที่ 27 ธันวาคม 2567 - 2 มกราคม 2568"]),
    (193, (2024, 12, 5), "วันพ่อแห่งชาติ 5 ธันวาคม 2567",
     ["คณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงาน ร่วมพิธีถวายพระพรชัยมงคล ณ ที่ว่าการอำเภอดอนเจดีย์"]),
    (188, (2024, 11, 15), "งานประเพณีลอยกระทง ประจำปี 2567",
     ["จัดงานประเพณีลอยกระทง ณ ท่าน้ำวัดทุ่งรวงทอง มีการประกวดกระทงจากวัสดุธรรมชาติ"]),
    (184, (2024, 10, 3), "นายกเทศมนตรีประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2568",
     ["วันที่ 1 ตุลาคม 2567 นายกเทศมนตรีตำบลทุ่งรวงทองประกาศเจตจำนงสุจริตต่อหน้าพนักงานทุกคน",
      '<a href="{will}">ประกาศเจตจำนงสุจริต</a>']),
    # FY2567 and older, on page 2
    (176, (2024, 9, 10), "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 3 ประจำปี 2567",
     ["พิจารณาร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 ในวาระที่ 2 และ 3"]),
    (171, (2024, 7, 22), "แจกจ่ายน้ำอุปโภคบริโภคช่วงภัยแล้ง",
     ["รถบรรทุกน้ำของเทศบาลออกแจกจ่ายน้ำในหมู่ที่ 8 และ 9 รวม 46 เที่ยว"]),
    (163, (2024, 2, 16), "สรุปผลการประชุมประชาคมตำบล ประจำปี 2567",
     ["วันที่ 13 กุมภาพันธ์ 2567 จัดประชุมประชาคมตำบล ผู้เข้าร่วม 171 คน เสนอโครงการ 28 โครงการ"]),
    (158, (2023, 12, 1), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ 2567",
     ['ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567 <a href="{opplan67}">รายละเอียด</a>']),
    (140, (2022, 10, 5), "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)",
     ["นายกเทศมนตรีประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ขอความร่วมมือผู้มาติดต่อราชการงดให้ของขวัญ",
      '<a href="{nogift}">ประกาศ No Gift Policy</a>']),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"invite": f("invite-forum"), "will": f("will-68"), "opplan67": f("opplan-67"), "nogift": f("no-gift-66")}
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title,
              f'<p class="date">โพสต์เมื่อ {be(date(y, m, day))} โดย งานประชาสัมพันธ์</p>'
              f'<img src="/assets/news.png" alt="ภาพกิจกรรม" width="160" height="100">{body}'
              '<p><a href="/news/">« ย้อนกลับ</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>[{be(date(*n[1]))}]</span></li>' for n in chunk)
        pager = ('<p class="pager">หน้า <b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">»</a></p>' if p == 1
                 else '<p class="pager">หน้า <a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2568 = [  # (ข้อ, heading, [(link text, key or path)])
    ("ข้อมูลพื้นฐาน", None),
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้างส่วนราชการ", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "ข้อมูลการติดต่อ", [("ติดต่อเรา", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("การบริหารงานและการใช้จ่ายงบประมาณ", None),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65"), ("แผนเพิ่มเติม เปลี่ยนแปลง", "plan-amend-64")]),
    ("o6", "แผนดำเนินงานและการใช้งบประมาณประจำปี",
     [("แผนการดำเนินงาน ปี 2568", "opplan-68"), ("เทศบัญญัติงบประมาณ ปี 2568", "budget-68"),
      ("รายงานการกำกับติดตาม รอบ 6 เดือน", "sixmonth-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "manual-sop")]),
    ("o9", "คู่มือการให้บริการประชาชน", [("คู่มือประชาชน", "/service/")]),
    ("o10", "E-Service", [("E-Service", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติการให้บริการ", "service-68")]),
    ("การจัดซื้อจัดจ้าง", None),
    ("o12", "ผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1", "/procurement/")]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานผลการจัดซื้อจัดจ้าง", "proc-year-67")]),
    ("การบริหารและพัฒนาทรัพยากรบุคคล", None),
    ("o14", "แผนบริหารและพัฒนาบุคลากร", [("งานบริหารงานบุคคล", "/download/hr/")]),
    ("o15", "รายงานผลการบริหารและพัฒนาบุคลากร", [("รายงานผล", "hr-report-67")]),
    ("o16", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมขับเคลื่อน", "/news/205/")]),
    ("การส่งเสริมความโปร่งใส", None),
    ("o17", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o18", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติเรื่องร้องเรียน", "/complaint/stats/")]),
    ("o20", "การมีส่วนร่วม", [("ประชาคมตำบล", "/news/212/")]),
    ("การป้องกันการทุจริต", None),
    ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", "no-gift-66")]),
    ("o22", "รายงานการรับของขวัญ", []),
    ("o23", "การประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง", "risk-68")]),
    ("o24", "รายงานผลการจัดการความเสี่ยงการทุจริต", [("รายงานผล", "risk-report-67")]),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต", [("แผนป้องกันการทุจริต", "anti-plan-67"), ("แนวทาง สถ.", "dla-letter")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานผล", "anti-report-67")]),
]
ITA_2567 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่นสี่ปี", "plan-61-65")]),
    ("o6", "แผนการดำเนินงาน ปี 2567", [("แผนการดำเนินงาน 2567", "opplan-67"), ("รายงาน 6 เดือน", "sixmonth-67")]),
    ("o21", "No Gift Policy", [("ประกาศ", "no-gift-66")]),
    ("o23", "การประเมินความเสี่ยงการทุจริต ปี 2567", [("ประเมินความเสี่ยง 2567", OLD_DEAD)]),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต ปี 2567", [("แผนปี 2567", "anti-plan-67")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์ข้อมูล</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = "<br>".join(a(h if h.startswith("/") else f(h), t) for t, h in links) or "อยู่ระหว่างดำเนินการ"
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          '<div class="slide"><img src="/assets/banner.png" alt="ทุ่งนาทุ่งรวงทอง" width="600" height="120"></div>'
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">อ่านทั้งหมด</a></p>'
          '<h2>บริการประชาชน</h2><p><a href="/eservice/">ยื่นคำร้องออนไลน์</a> · <a href="/service/">คู่มือประชาชน</a> · '
          '<a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a> · <a href="/agri/">ข้อมูลการเกษตร</a></p>'
          '<h2>การประเมินคุณธรรมและความโปร่งใส</h2><p><a href="/ita/2568/">ITA ประจำปี 2568 (OIT)</a></p>')
    write("/about/history/", "ข้อมูลพื้นฐาน",
          "<p>เทศบาลตำบลทุ่งรวงทอง ยกฐานะจากองค์การบริหารส่วนตำบลทุ่งรวงทองเมื่อวันที่ 12 กันยายน 2555 "
          "ตั้งอยู่ทางทิศเหนือของอำเภอดอนเจดีย์ ห่างจากอำเภอ 9 กิโลเมตร พื้นที่ 36.4 ตารางกิโลเมตร (22,750 ไร่) 9 หมู่บ้าน</p>"
          "<p>ประชากร 7,236 คน 2,514 ครัวเรือน ร้อยละ 78 ประกอบอาชีพทำนา พื้นที่นา 19,850 ไร่ ได้รับน้ำจากคลองส่งน้ำของโครงการชลประทาน</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : ทุ่งรวงทองเมืองข้าวคุณภาพ น้ำพอเพียง ชุมชนเข้มแข็ง บริหารโปร่งใส</p>"
          "<ol><li>พัฒนาแหล่งน้ำและถนนลำเลียงผลผลิต</li><li>ส่งเสริมเกษตรปลอดภัยและลดต้นทุนการผลิตข้าว</li>"
          "<li>ยกระดับคุณภาพชีวิตและการศึกษา</li><li>บริหารงานตามหลักธรรมาภิบาล</li></ol>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างเทศบาลตำบลทุ่งรวงทอง" width="200" height="120">'
          "<h2>ฝ่ายการเมือง (ฝ่ายบริหาร)</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี (2 คน)</li>"
          "<li>เลขานุการนายกเทศมนตรี</li><li>ที่ปรึกษานายกเทศมนตรี</li></ul></li></ul>"
          "<h2>ฝ่ายนิติบัญญัติ</h2><ul><li>สภาเทศบาลตำบลทุ่งรวงทอง<ul><li>ประธานสภาเทศบาล</li><li>รองประธานสภาเทศบาล</li>"
          "<li>สมาชิกสภาเทศบาล (12 คน)</li><li>เลขานุการสภาเทศบาล (ปลัดเทศบาล)</li></ul></li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li>"
          "<li>กองการศึกษา</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่ของเทศบาล</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>เทศบาลตำบลมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 และมาตรา 51 และพระราชบัญญัติกำหนดแผนและขั้นตอน"
          "การกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
          "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li>"
          "<li>รักษาความสะอาดของถนน ทางเดิน ที่สาธารณะ และกำจัดขยะมูลฝอย</li><li>ป้องกันและระงับโรคติดต่อ</li>"
          "<li>ให้มีเครื่องใช้ในการดับเพลิงและป้องกันบรรเทาสาธารณภัย</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li>"
          "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>บำรุงศิลปะ จารีตประเพณี และวัฒนธรรมอันดีของท้องถิ่น</li>"
          "<li>ส่งเสริมการเกษตร การพาณิชย์ และการจัดหาแหล่งน้ำเพื่อการเกษตร</li></ol>")
    execs = [("นายวิรัตน์ เขียวขจี", "นายกเทศมนตรีตำบลทุ่งรวงทอง", "08 6617 3042"),
             ("นายสุชาติ ทองประเสริฐ", "รองนายกเทศมนตรี", "08 1854 2207"),
             ("นางละเอียด บุญมาก", "รองนายกเทศมนตรี", "09 2236 4815"),
             ("นายธนพล รวงข้าว", "เลขานุการนายกเทศมนตรี", "08 9043 1176"),
             ("นายบุญส่ง แสงจันทร์", "ที่ปรึกษานายกเทศมนตรี", "08 7712 0953"),
             ("นางสาวอรุณี ศรีนวล", "ปลัดเทศบาล", f"{PHONE} ต่อ 102")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="80" height="100"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "คณะผู้บริหาร", cards)
    write("/about/council/", "สมาชิกสภาเทศบาล",
          "<ul><li>นายประยูร ดีงาม ประธานสภาเทศบาล</li><li>นางสมพร ใจเย็น รองประธานสภาเทศบาล</li>"
          "<li>สมาชิกสภาเทศบาล เขตเลือกตั้งที่ 1 (6 คน) และเขตเลือกตั้งที่ 2 (6 คน)</li></ul>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>{ADDR}</p><p>โทรศัพท์ {PHONE} โทรสาร 0 3595 2419<br>อีเมล saraban@thungruangthong.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/thungruangthong.muni">เทศบาลตำบลทุ่งรวงทอง</a></p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>"
          '<p><a href="https://maps.google.com/?q=14.6731,99.9842">แผนที่ตั้งสำนักงานเทศบาล (Google Maps)</a></p>')
    write("/agri/", "ข้อมูลการเกษตร",
          "<p>ปฏิทินการปลูกข้าวของตำบลทุ่งรวงทอง : นาปี เริ่มหว่าน มิถุนายน - กรกฎาคม เก็บเกี่ยว ตุลาคม - พฤศจิกายน, "
          "นาปรัง เริ่มหว่าน ธันวาคม - มกราคม เก็บเกี่ยว มีนาคม - เมษายน</p>"
          '<table class="list"><tr><th>หมู่ที่</th><th>พื้นที่นา (ไร่)</th><th>ครัวเรือนเกษตรกร</th></tr>'
          "<tr><td>1</td><td>1,840</td><td>132</td></tr><tr><td>4</td><td>2,960</td><td>201</td></tr>"
          "<tr><td>6</td><td>3,120</td><td>214</td></tr><tr><td>9</td><td>2,015</td><td>148</td></tr></table>"
          "<p>ข้อมูลจากสำนักงานเกษตรอำเภอดอนเจดีย์ ปีเพาะปลูก 2566/67</p>")
    write("/service/", "คู่มือสำหรับประชาชน",
          "<p>คู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558</p><ul>"
          f'<li>{a(f("citizen-manual"), "การขออนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ (โรงสีข้าว ลานตากพืชผล) และการขอรับเบี้ยยังชีพผู้สูงอายุ")}</li>'
          '<li>การขอใช้รถบรรทุกน้ำ : ยื่นคำร้องที่สำนักปลัดเทศบาลหรือ <a href="/eservice/">E-Service</a> ไม่มีค่าธรรมเนียม</li></ul>')
    write("/eservice/", "E-Service ระบบยื่นคำร้องออนไลน์",
          "<p>ประชาชนยื่นคำร้องขอรับบริการจากเทศบาลได้ทางออนไลน์ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSdRuangThongEservice/formResponse" method="post">'
          '<h2>แบบคำร้องออนไลน์</h2>ชื่อ-สกุล <input name="entry.11"><br>เบอร์โทร <input name="entry.12"><br>'
          'ที่อยู่ / หมู่ที่ <input name="entry.13"><br>ประเภทคำร้อง <select name="entry.14"><option>ขอรถบรรทุกน้ำ / สูบน้ำเข้านา</option>'
          '<option>ขอซ่อมไฟฟ้าสาธารณะ</option><option>คำร้องทั่วไป</option></select><br>'
          'รายละเอียด <textarea name="entry.15"></textarea><br><button>ส่งคำร้อง</button></form>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          f"<p>ร้องเรียนร้องทุกข์ได้ที่ศูนย์รับเรื่องร้องเรียน สำนักปลัดเทศบาล โทร {PHONE} หรือตู้รับความคิดเห็นหน้าสำนักงาน</p>"
          '<ul><li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>'
          '<li><a href="/complaint/stats/">สถิติเรื่องร้องเรียน</a></li>'
          f'<li>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</li></ul>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>เทศบาลจะเก็บข้อมูลผู้ร้องเรียนเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้ร้อง (ไม่ระบุได้) <input name="name"><br>'
          'โทรศัพท์ <input name="tel"><br>เรื่อง <input name="subject"><br>รายละเอียดการทุจริต/ผู้ถูกร้อง '
          '<textarea name="detail"></textarea><br>ไฟล์หลักฐาน <input type="file" name="evidence"><br>'
          '<button>ส่งเรื่อง</button></form>')
    write("/complaint/stats/", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2567</p>"
          '<table class="list"><tr><th>ไตรมาส</th><th>จำนวนเรื่อง</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>'
          "<tr><td>ไตรมาสที่ 1 (ต.ค. - ธ.ค. 2566)</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>ไตรมาสที่ 2 (ม.ค. - มี.ค. 2567)</td><td>1</td><td>1</td><td>0</td></tr>"
          "<tr><td>ไตรมาสที่ 3 (เม.ย. - มิ.ย. 2567)</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>ไตรมาสที่ 4 (ก.ค. - ก.ย. 2567)</td><td>1</td><td>1</td><td>0</td></tr>"
          "<tr><td>รวม</td><td>2</td><td>2</td><td>0</td></tr></table><p>ข้อมูล ณ วันที่ 30 กันยายน 2567</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>เทศบาลตำบลทุ่งรวงทองเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f'<ul>{sitemap}<li><a href="/about/vision/">วิสัยทัศน์</a></li>'
          '<li><a href="/about/council/">สมาชิกสภาเทศบาล</a></li></ul>')
    # procurement
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td>'
                   f'<td>{a(f(k), "ดาวน์โหลด")} <img src="/assets/{ROWS[k][3]}.gif" alt="{ROWS[k][3]}"></td></tr>'
                   for k in months)
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง (สขร.1) ปีงบประมาณ 2568",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศจัดซื้อจัดจ้าง / รายงาน</h2><ul><li>{a(f("print-plan"), ROWS["print-plan"][0])}</li>'
          f'<li>{a(f("proc-year-67"), ROWS["proc-year-67"][0])}</li></ul>')
    # downloads
    cats = " | ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "เอกสารดาวน์โหลด", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"เอกสารดาวน์โหลด : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ 2568</a></li><li><a href="/ita/2567/">ITA ประจำปีงบประมาณ 2567</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568",
          "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>" + ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567", ita_table(ITA_2567))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    # a 1x1 PNG and GIF stand in for the logo, photos, chart and file icons
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "person.png", "mayor.png", "chart.png", "news.png", "banner.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0;background:#fffbe8}#topbar{background:#b8860b;color:#fff;padding:3px}"
                 "#banner{padding:8px}#nav li{display:inline;margin:0 5px}#wrap{display:flex}#content{flex:1;padding:8px}"
                 "#aside{width:230px}.box{border:1px solid #d9c27a;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#5a4a12;color:#fff;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
