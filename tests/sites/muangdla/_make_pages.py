"""Generate the HTML pages of the "muangdla" test site (เทศบาลเมืองชากลำพู, invented).

Run:  python tests/sites/muangdla/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A เทศบาลเมือง on the standard rented municipal template: a top bar, a mega menu, a right-hand
column (the mayor, the hotline, "หน่วยงานภายใน" links, e-service buttons, a visitor counter) and a
footer on every page; pages are folder/index.html.  Each division posts its own documents: they
are listed on the division's page (/division/<slug>/) and in the template's download categories
(/download/<cat>/, newest first, with the posting division).  Monthly สขร.1 are on /procurement/.
The ITA page /ita/2568/ is a table o1 … o26 in the municipality's own short wording whose links
go to files, pages or category lists; last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DIVS, HIDDEN, ROWS, name  # noqa: E402

ORG = "เทศบาลเมืองชากลำพู"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ / มาตรฐานการปฏิบัติงาน", "stats": "ข้อมูลสถิติ", "procure": "ประกาศจัดซื้อจัดจ้าง",
        "hr": "การบริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
DEAD_SIZE = "1.2 MB"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


MENU = [("หน้าแรก", "/"), ("ประวัติความเป็นมา", "/about/history/"), ("วิสัยทัศน์/พันธกิจ", "/about/vision/"),
        ("โครงสร้างส่วนราชการ", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/"),
        ("คณะผู้บริหาร", "/about/executives/"), ("สมาชิกสภาเทศบาล", "/about/council/"),
        ("ข่าวประชาสัมพันธ์", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลดเอกสาร", "/download/"),
        ("E-Service", "/eservice/"), ("ร้องเรียน/ร้องทุกข์", "/complaint/"), ("ITA", "/ita/"),
        ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    divs = "<br>".join(f'<a href="/division/{k}/">{esc(v)}</a>' for k, v in DIVS.items())
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="LocalGov CMS 4.2">
<link rel="stylesheet" href="/assets/template.css"></head>
<body>
<div class="topbar">{ORG} อำเภอแกลง จังหวัดระยอง | โทร. 0 3867 1150 | <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div class="header"><img src="/assets/logo.png" alt="ตราเทศบาลเมืองชากลำพู" width="80" height="80">
<span class="sitename">{ORG}</span><span class="slogan">ประแสงามตา ชายฝั่งน่าอยู่ ชุมชนเข้มแข็ง</span></div>
<ul class="megamenu">
{menu}
</ul>
<div class="container"><div class="content">
<h1>{esc(title)}</h1>
{body}
</div>
<div class="sidebar">
<div class="widget"><img src="/assets/mayor.jpg" alt="นายกเทศมนตรี" width="120" height="150"><br>
นายประสิทธิ์ วงศ์ทะเลทอง<br>นายกเทศมนตรีเมืองชากลำพู<br>สายตรงนายกฯ 08 1762 4408</div>
<div class="widget"><b>หน่วยงานภายใน</b><br>{divs}</div>
<div class="widget"><b>บริการประชาชน</b><br><a href="/eservice/">E-Service ยื่นคำร้องออนไลน์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/download/manual/">คู่มือประชาชน</a><br>
<a href="/ita/2568/">ITA 2568</a><br><a href="/ita/2567/">ITA 2567</a></div>
<div class="widget"><b>ลิงก์หน่วยงาน</b><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://itas.nacc.go.th/">ITAS ป.ป.ช.</a></div>
<div class="widget">ผู้เข้าชมเว็บไซต์ 1,284,907 ครั้ง</div>
</div></div>
<div class="footer">{ORG} 88 ถนนสุขุมวิท ตำบลชากลำพู อำเภอแกลง จังหวัดระยอง 21110<br>
โทรศัพท์ 0 3867 1150 โทรสาร 0 3867 1151 อีเมล saraban@chaklamphu.go.th<br>
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · Copyright © 2565 {ORG} · ออกแบบโดย LocalGov Web Service</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    path = os.path.join(HERE, name(key).lstrip("/"))
    if not os.path.exists(path):
        return DEAD_SIZE
    return f"{os.path.getsize(path) / 1024:.1f} KB"


def table(keys: list[str], division: bool = True) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, div, up, _cat, ext, _m = ROWS[k]
        who = f"<td>{esc(DIVS[div])}</td>" if division else ""
        rows.append(f'<tr><td>{i}</td><td><a href="{name(k)}" target="_blank">{esc(title)}</a></td>{who}'
                    f'<td>{be(up)}</td><td>{ext.upper()} {size_of(k)}</td></tr>')
    th = "<th>โดย</th>" if division else ""
    return (f'<table class="doclist"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th>{th}<th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None, div: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][3] == cat)
            and (div is None or ROWS[k][1] == div) and not k.startswith("proc-2")]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news (FY2568 on page 1, FY2567 on page 2)

NEWS = [  # id, date (CE), division, title, paragraphs
    (1288, (2025, 4, 10), "palad", "ประชาสัมพันธ์ชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568 ภายในเดือนเมษายน",
     ["กองคลังขอเชิญผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2568 หรือชำระผ่าน QR Code"]),
    (1281, (2025, 4, 2), "health", "เทศบาลจัดกิจกรรม Big Cleaning Day ก่อนเทศกาลสงกรานต์ 2568",
     ["วันที่ 2 เมษายน 2568 กองสาธารณสุขและสิ่งแวดล้อม ร่วมกับ 14 ชุมชน ทำความสะอาดตลาดสดชากลำพูและริมคลองประแส"]),
    (1274, (2025, 3, 18), "palad", "รณรงค์ป้องกันไฟป่าและการเผาในที่โล่ง",
     ["เทศบาลขอความร่วมมือประชาชนงดเผาขยะและวัชพืช ในช่วงฤดูแล้ง ปี 2568"]),
    (1266, (2025, 2, 19), "yut", "สรุปผลการประชุมประชาคมเมือง ประจำปี 2568 เพื่อทบทวนแผนพัฒนาท้องถิ่น",
     ["เมื่อวันที่ 12 กุมภาพันธ์ 2568 เทศบาลเมืองชากลำพู จัดประชุมประชาคมเมือง ณ หอประชุมเทศบาล เพื่อเปิดโอกาสให้ประชาชน"
      "มีส่วนร่วมเสนอปัญหาและความต้องการสำหรับทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) และจัดทำงบประมาณปี 2569",
      "ผู้เข้าร่วม ได้แก่ ประธานและคณะกรรมการชุมชนทั้ง 14 ชุมชน ผู้แทน อสม. ผู้แทนกลุ่มประมงพื้นบ้าน และประชาชน รวม 236 คน",
      "ที่ประชุมเสนอโครงการ 41 โครงการ เช่น ไฟฟ้าส่องสว่างชุมชนบ้านเนินสูง ท่อระบายน้ำซอยตลาดล่าง และลานกีฬาชุมชน "
      "เทศบาลจะนำไปบรรจุในแผนพัฒนาท้องถิ่นเพิ่มเติมและแจ้งผลให้ชุมชนทราบทางเว็บไซต์"]),
    (1259, (2025, 1, 22), "yut", "ขอเชิญประชาชนร่วมประชุมประชาคมเมือง ประจำปี 2568",
     ["ขอเชิญประชาชนร่วมประชุมประชาคมเมือง วันที่ 12 กุมภาพันธ์ 2568 เวลา 09.00 น. ณ หอประชุมเทศบาล",
      '<a href="{invite}">ดาวน์โหลดหนังสือเชิญ</a>']),
    (1251, (2025, 1, 15), "palad", "โครงการอบรมคุณธรรมจริยธรรมเพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล ประจำปี 2568",
     ["วันที่ 15 มกราคม 2568 สำนักปลัดเทศบาลจัดอบรมคุณธรรมจริยธรรมให้แก่ผู้บริหาร สมาชิกสภา พนักงานเทศบาลและพนักงานจ้าง "
      "เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาลสู่การปฏิบัติ และจัดทำข้อตกลง Do's & Don'ts ของแต่ละกอง",
      "ผู้เข้าร่วมทั้งสิ้น 192 คน วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดระยอง"]),
    (1240, (2024, 12, 27), "palad", "ตั้งจุดบริการประชาชนช่วงเทศกาลปีใหม่ 2568",
     ["ตั้งจุดบริการบนถนนสุขุมวิท หน้าตลาดชากลำพู ระหว่างวันที่ 27 ธันวาคม 2567 - 2 มกราคม 2568"]),
    (1231, (2024, 11, 15), "edu", "งานประเพณีลอยกระทงริมคลองประแส ประจำปี 2567",
     ["เทศบาลจัดงานลอยกระทง วันที่ 15 พฤศจิกายน 2567 มีการประกวดกระทงจากวัสดุธรรมชาติ"]),
    (1222, (2024, 10, 4), "palad", "นายกเทศมนตรีประกาศนโยบาย No Gift Policy ประจำปีงบประมาณ 2568",
     ["นายกเทศมนตรีเมืองชากลำพูประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ประจำปีงบประมาณ 2568 "
      "ขอความร่วมมือผู้มาติดต่อราชการงดให้ของขวัญทุกเทศกาล", '<a href="{nogift}">ประกาศ No Gift Policy</a>']),
    (1215, (2024, 10, 1), "palad", "ต้อนรับปีงบประมาณใหม่ 2568 ผู้บริหารมอบนโยบายแก่พนักงาน",
     ["วันที่ 1 ตุลาคม 2567 นายกเทศมนตรีมอบนโยบายการปฏิบัติงานแก่พนักงานทุกกอง"]),
    # FY2567
    (1188, (2024, 8, 16), "yut", "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 3 พิจารณาร่างเทศบัญญัติงบประมาณ 2568",
     ["สภาเทศบาลรับหลักการร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 ในวาระที่ 1"]),
    (1160, (2024, 2, 20), "yut", "สรุปผลการประชุมประชาคมเมือง ประจำปี 2567",
     ["วันที่ 14 กุมภาพันธ์ 2567 จัดประชุมประชาคมเมือง มีผู้เข้าร่วม 214 คน เสนอโครงการ 37 โครงการ"]),
    (1131, (2023, 10, 9), "palad", "ประกาศ No Gift Policy ประจำปีงบประมาณ 2567",
     ["นายกเทศมนตรีประกาศนโยบาย No Gift Policy ประจำปีงบประมาณ 2567"]),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"invite": name("invite"), "nogift": name("nogift-68")}
    for nid, (y, m, dd), div, title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="meta">{be(date(y, m, dd))} · โดย {esc(DIVS[div])}</p>{body}'
              '<p><a href="/news/">« ข่าวทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[3])}</a> <small>{be(date(*n[1]))} · '
                          f'{esc(DIVS[n[2]])}</small></li>' for n in chunk)
        pager = ('<p class="pager"><b>1</b> <a href="/news/page/2/">2</a></p>' if p == 1
                 else '<p class="pager"><a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

GIFT_DEAD = "gift-report-67"
OLD_DEAD = "old-risk-67"

ITA_2568 = [  # (ข้อ, short wording, [(link text, key or path)])
    ("o1", "โครงสร้าง อำนาจหน้าที่", [("โครงสร้างส่วนราชการ", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อเรา", [("ติดต่อ", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "/download/plan/")]),
    ("o6", "แผนดำเนินงาน/เทศบัญญัติ/รายงานรอบ 6 เดือน", [("แผนดำเนินงาน 68", "opplan-68"), ("เทศบัญญัติ 68", "budget-68"),
                                                       ("รายงานรอบ 6 เดือน", "sixm-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน (ล่าสุด)", "annual-66"),
                                         ("รายงานการใช้จ่ายงบประมาณ", "budget-report-67")]),
    ("o8", "คู่มือปฏิบัติงาน", [("คู่มือ", "/download/manual/")]),
    ("o9", "คู่มือประชาชน", [("คู่มือประชาชน", "citizen")]),
    ("o10", "E-Service", [("E-Service", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติ", "service-67")]),
    ("o12", "สขร.1 รายเดือน", [("สรุปผลจัดซื้อจัดจ้าง", "/procurement/")]),
    ("o13", "รายงานจัดซื้อจัดจ้างประจำปี", [("รายงานปี 67", "proc-year-67")]),
    ("o14", "แผนบริหารและพัฒนาบุคลากร", [("นโยบาย HR", "hr-policy-66"), ("แผนพัฒนาบุคลากร", "hr-plan-67")]),
    ("o15", "รายงานผลบริหารและพัฒนาบุคลากร", [("รายงาน", "hr-report-67")]),
    ("o16", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมขับเคลื่อน", "/news/1251/")]),
    ("o17", "คู่มือร้องเรียนทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o18", "ช่องทางร้องเรียนทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียน", [("สถิติ", "complaint-68")]),
    ("o20", "การมีส่วนร่วม", [("ประชาคมเมือง 2568", "/news/1266/")]),
    ("o21", "No Gift Policy", [("ประกาศ", "nogift-68")]),
    ("o22", "รายงานการรับของขวัญ", [("รายงาน", GIFT_DEAD)]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง", "risk-67")]),
    ("o24", "รายงานผลจัดการความเสี่ยง", [("รายงาน", "risk-report-67")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผนป้องกันการทุจริต", "anti-plan-61")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานผล", "anti-report-67")]),
]
ITA_2567 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-66-70")]),
    ("o6", "แผนดำเนินงาน ปี 2567", [("แผนดำเนินงาน 67", "opplan-67"), ("รายงานรอบ 6 เดือน", "sixm-67")]),
    ("o11", "สขร.1", [("สขร.1 ก.ย. 67", "proc-2024-09")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง (ฉบับสแกน)", OLD_DEAD)]),
    ("o23", "แผนป้องกันการทุจริต", [("แผน 4 ปี", "anti-plan-61"), ("ผลการประเมินแผน", "anti-eval-64")]),
]


def href(h: str) -> str:
    return h if h.startswith("/") else name(h)


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ตัวชี้วัด</th><th>รายการ</th><th>ลิงก์ข้อมูล</th></tr>']
    for code, heading, links in rows:
        cell = " | ".join(f'<a href="{href(h)}">{esc(t)}</a>' for t, h in links)
        out.append(f"<tr><td>{code.upper()}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

PEOPLE = [("นายประสิทธิ์ วงศ์ทะเลทอง", "นายกเทศมนตรีเมืองชากลำพู", "08 1762 4408"),
          ("นายธนพล ศรีประแส", "รองนายกเทศมนตรี", "08 9341 2207"),
          ("นางวิไลวรรณ ชมชายฝั่ง", "รองนายกเทศมนตรี", "08 6620 1953"),
          ("นายอดิศักดิ์ บุญเนินสูง", "รองนายกเทศมนตรี", "09 2281 4416"),
          ("นายสมพงษ์ ทองระยอง", "ที่ปรึกษานายกเทศมนตรี", "08 1455 9082"),
          ("นางสาวอรุณี แสงจันทร์ฉาย", "ปลัดเทศบาล", "0 3867 1150 ต่อ 101")]


def static_pages() -> None:
    write("/", "หน้าแรก", "<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2><ul>"
          + "".join(f'<li><a href="/news/{n[0]}/">{esc(n[3])}</a></li>' for n in NEWS[:6])
          + '</ul><p><a href="/news/">ดูทั้งหมด</a></p><h2>ประกาศจัดซื้อจัดจ้าง</h2><p><a href="/procurement/">'
          'สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</a></p><h2>การประเมินคุณธรรมและความโปร่งใส</h2>'
          '<p><a href="/ita/2568/">ITA 2568 ตัวชี้วัดที่ 9-10 (OIT)</a></p>')
    write("/about/history/", "ประวัติความเป็นมา",
          "<p>เดิมเป็นสุขาภิบาลชากลำพู จัดตั้งเมื่อปี 2499 ยกฐานะเป็นเทศบาลตำบลในปี 2542 และเป็นเทศบาลเมืองชากลำพู "
          "เมื่อวันที่ 14 สิงหาคม 2555 พื้นที่ 18.6 ตารางกิโลเมตร 14 ชุมชน ประชากร 21,486 คน</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์: ประแสงามตา ชายฝั่งน่าอยู่ ชุมชนเข้มแข็ง บริหารโปร่งใส</p>"
          "<p>พันธกิจ: พัฒนาโครงสร้างพื้นฐาน ส่งเสริมคุณภาพชีวิต การศึกษา การท่องเที่ยว และการบริหารจัดการที่ดี</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<p><img src="/assets/structure.png" alt="แผนภูมิโครงสร้างเทศบาลเมืองชากลำพู" width="640" height="120"></p>'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี 3 คน</li><li>ที่ปรึกษานายกเทศมนตรี 2 คน</li>"
          "<li>เลขานุการนายกเทศมนตรี 2 คน</li></ul></li><li>สภาเทศบาล: ประธานสภา รองประธานสภา สมาชิกสภาเทศบาล 18 คน</li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล 2 คน</li>"
          + "".join(f"<li>{esc(v)}</li>" for v in DIVS.values())
          + "<li>หน่วยตรวจสอบภายใน</li></ul></li></ul>")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>เทศบาลเมืองชากลำพูมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 53 มาตรา 54 และพระราชบัญญัติกำหนดแผน"
          "และขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
          "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>จัดให้มีและบำรุงทางบกและทางน้ำ</li>"
          "<li>รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ รวมทั้งการกำจัดมูลฝอยและสิ่งปฏิกูล</li>"
          "<li>ป้องกันและระงับโรคติดต่อ</li><li>ให้มีเครื่องใช้ในการดับเพลิง</li>"
          "<li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
          "<li>บำรุงศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น และวัฒนธรรมอันดีของท้องถิ่น</li>"
          "<li>ให้มีน้ำสะอาดหรือการประปา และให้มีตลาด ท่าเทียบเรือ และท่าข้าม</li></ol>")
    cards = "".join(f'<div class="card"><img src="/assets/person.jpg" alt="{esc(n)}" width="120" height="150">'
                    f"<p><b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</p></div>" for n, p, t in PEOPLE)
    write("/about/executives/", "คณะผู้บริหาร", cards)
    write("/about/council/", "สมาชิกสภาเทศบาล",
          "<p>ประธานสภาเทศบาล นายวีระ พงษ์ชายหาด · รองประธานสภาเทศบาล นางสุนีย์ ปากน้ำประแส</p>"
          "<p>สมาชิกสภาเทศบาล เขต 1 และเขต 2 รวม 18 คน</p>")
    write("/contact/", "ติดต่อเรา",
          "<p>เทศบาลเมืองชากลำพู 88 ถนนสุขุมวิท ตำบลชากลำพู อำเภอแกลง จังหวัดระยอง 21110</p>"
          "<p>โทรศัพท์ 0 3867 1150 โทรสาร 0 3867 1151 อีเมล saraban@chaklamphu.go.th</p>"
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=12.7801,101.6712">แผนที่ Google Maps</a> · '
          '<a href="https://www.facebook.com/chaklamphu.city">Facebook เทศบาลเมืองชากลำพู</a></p>')
    write("/eservice/", "E-Service ระบบยื่นคำร้องออนไลน์",
          "<p>ประชาชนสามารถยื่นคำร้องผ่านระบบออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
          '<form method="post" action="https://forms.gle/chaklamphu-eservice"><p>บริการที่ต้องการ <select name="svc">'
          "<option>ขอรับน้ำอุปโภคบริโภค</option><option>ขอตัดต้นไม้/กิ่งไม้</option><option>ขอซ่อมไฟฟ้าสาธารณะ</option>"
          "<option>ขอลงทะเบียนเบี้ยยังชีพผู้สูงอายุ</option></select></p>"
          '<p>ชื่อ-สกุล <input name="name"></p><p>เบอร์โทรศัพท์ <input name="tel"></p>'
          '<p>รายละเอียด <textarea name="detail"></textarea></p><p><input type="submit" value="ส่งคำร้อง"></p></form>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ศูนย์รับเรื่องร้องเรียนเทศบาลเมืองชากลำพู รับเรื่องร้องเรียนร้องทุกข์ทั่วไป โทร. 0 3867 1150 ต่อ 110</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p><a href="{name("complaint-manual")}">คู่มือการจัดการเรื่องร้องเรียน</a></p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ท่านสามารถแจ้งเบาะแสการทุจริตของเจ้าหน้าที่เทศบาลได้ โดยไม่ต้องระบุชื่อ ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
          '<form method="post" action="https://forms.gle/chaklamphu-corruption"><p>ชื่อผู้แจ้ง (ไม่บังคับ) <input name="n"></p>'
          '<p>เรื่องที่ร้องเรียน <input name="subject"></p><p>รายละเอียด/พฤติการณ์ <textarea name="d"></textarea></p>'
          '<p>แนบไฟล์ <input type="file" name="f"></p><p><input type="submit" value="ส่งเรื่อง"></p></form>'
          "<p>หรือโทรสายตรงนายกเทศมนตรี 08 1762 4408</p>")
    write("/qa/", "ถาม-ตอบ (Q&amp;A)",
          "<p><b>ถาม:</b> ขอใบอนุญาตก่อสร้างใช้เวลากี่วัน (2 มี.ค. 2568)<br><b>ตอบ:</b> ไม่เกิน 45 วัน โดยกองช่าง</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>เทศบาลเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    # procurement: the monthly สขร.1 posted by กองคลัง, newest first (มกราคม 2568 never posted)
    proc = sorted((k for k in ROWS if k.startswith("proc-2")), key=lambda k: ROWS[k][2], reverse=True)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          "<p>ผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน (เผยแพร่โดยกองคลัง)</p>" + table(proc, division=False)
          + '<p><a href="/download/procure/">ประกาศจัดซื้อจัดจ้างอื่น ๆ</a></p>')
    # downloads by category and by division
    write("/download/", "ดาวน์โหลดเอกสาร", "<ul>" + "".join(f'<li><a href="/download/{c}/">{esc(t)}</a> '
          f"({len(listed(c))})</li>" for c, t in CATS.items()) + "</ul>" + "<h2>เอกสารล่าสุด</h2>" + table(listed()[:10]))
    for c, t in CATS.items():
        write(f"/download/{c}/", t, table(listed(c)))
    for k, v in DIVS.items():
        docs = listed(div=k)
        body = (f"<p>{esc(v)} เทศบาลเมืองชากลำพู</p><h2>เอกสารเผยแพร่ของ{esc(v)}</h2>"
                + (table(docs, division=False) if docs else "<p>ยังไม่มีเอกสาร</p>"))
        if k == "klang":
            body += '<p><a href="/procurement/">สรุปผลการจัดซื้อจัดจ้างรายเดือน</a></p>'
        write(f"/division/{k}/", v, body)
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li><li><a href="/ita/2567/">ITA ประจำปี 2567</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567", ita_table(ITA_2567))


CSS = """body{font-family:Tahoma,sans-serif;margin:0;font-size:14px}.topbar{background:#0a4f7a;color:#fff;padding:4px}
.header{background:#1376b5;color:#fff;padding:10px}.sitename{font-size:26px;margin-left:10px}.megamenu{list-style:none;
background:#f2b705;margin:0;padding:0}.megamenu li{display:inline-block;padding:6px}.container{display:flex}
.content{flex:3;padding:10px}.sidebar{flex:1;background:#eef5fa}.widget{margin:8px;padding:6px;border:1px solid #cde}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}.footer{background:#0a4f7a;color:#fff;padding:8px}
"""


def assets() -> None:
    import struct
    import zlib

    def png(w: int, h: int, rgb: tuple[int, int, int]) -> bytes:
        raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

        def chunk(t: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    for fname, w, h, rgb in [("logo.png", 80, 80, (19, 118, 181)), ("structure.png", 64, 12, (240, 240, 240)),
                             ("mayor.jpg", 12, 15, (180, 160, 140)), ("person.jpg", 12, 15, (170, 170, 170))]:
        with open(os.path.join(HERE, "assets", fname), "wb") as fh:
            fh.write(png(w, h, rgb))  # the template serves its placeholders as PNG whatever the name
    with open(os.path.join(HERE, "assets", "template.css"), "w", encoding="utf-8") as fh:
        fh.write(CSS)


def main() -> None:
    assets()
    news_pages()
    static_pages()


if __name__ == "__main__":
    main()
