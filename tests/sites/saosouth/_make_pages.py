"""Generate the HTML pages of the "saosouth" test site (องค์การบริหารส่วนตำบลบูเกะตาโมง, invented).

Run:  python tests/sites/saosouth/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A small อบต. of the deep south on an old provider template: a top bar greeting in Thai and in
Malay written in Thai script (ซลามัตดาตัง), a menu whose entries carry a Malay gloss, a side
column (the chief executive, hotline, quick links, prayer times box, visitor counter) and a footer
on every page; pages are folder/index.html.  Rarely updated: the latest news is of March 2569.
Documents are listed by category (/download/<cat>/), the monthly สขร.1 on /procurement/, news
under /news/ (two pages).  The ITA page /ita/2569/ is a table o1 … o26 in the office's own
wording; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "องค์การบริหารส่วนตำบลบูเกะตาโมง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนา / แผนการดำเนินงาน (ปลัน)", "budget": "ข้อบัญญัติงบประมาณ",
        "report": "รายงานผลการดำเนินงาน (ลาโปรัน)", "manual": "คู่มือ (ปันดวน)", "procure": "จัดซื้อจัดจ้าง",
        "hr": "การบริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
HIDDEN = {"ita-analysis-67", "old-anti-plan"}  # linked only from last year's ITA page
MISSING_SIZE = "388.4 KB"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าหลัก / มูกอฮาดะปัน", "/"), ("ข้อมูลทั่วไป / มักลูมัต", "/about/history/"),
        ("โครงสร้าง", "/about/structure/"), ("ผู้บริหาร / ปือมิมปิน", "/about/executives/"),
        ("ข่าว / บรีตอ", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด / มูวะตูรน", "/download/"),
        ("E-Service", "/eservice/"), ("ร้องเรียน / อาดูวัน", "/complaint/"), ("ITA", "/ita/"),
        ("ถาม-ตอบ", "/qa/"), ("ติดต่อ / ฮูบุงีกามี", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">ซลามัตดาตัง · ยินดีต้อนรับสู่เว็บไซต์ {ORG} อำเภอสุไหงปาแย จังหวัดนราธิวาส · โทร. 0 7351 4826</div>
<div id="banner"><img src="/assets/logo.png" alt="ตราสัญลักษณ์ อบต.บูเกะตาโมง" width="72" height="72">
<b>{ORG}</b><br><small>ปือจาบัต ปึนตาดบีรัน ตาโมง บูเกะตาโมง · Bukae Tamong Subdistrict Administrative Organization</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/person.png" alt="นายก" width="90" height="110"><br><b>นายก อบต.บูเกะตาโมง</b><br>
นายอับดุลรอแม ยูโซะ<br>สายตรงนายก 08 9734 1602</div>
<div class="box"><b>บริการประชาชน / คีดมัต ออแรฆามัน</b><br><a href="/download/manual/">คู่มือประชาชน</a><br>
<a href="/eservice/">ยื่นคำร้องออนไลน์</a><br><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a><br>
<a href="/ita/2569/">ITA ๒๕๖๙</a><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.sbpac.go.th/">ศอ.บต.</a></div>
<div class="box"><b>เวลาละหมาด / วักตู ซมบาฮยัง</b><br>ซุบฮี 05.02 · ซุฮรี 12.21 · อัศรี 15.39<br>มัฆริบ 18.19 · อีชา 19.30</div>
<div class="box">สถิติผู้เข้าชม ๔๑,๒๐๗ คน<br><small>ปรับปรุงล่าสุด ๔ มี.ค. ๒๕๖๙</small></div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} เลขที่ 88 หมู่ที่ 1 ตำบลบูเกะตาโมง อำเภอสุไหงปาแย จังหวัดนราธิวาส 96190<br>
โทรศัพท์ 0 7351 4826 โทรสาร 0 7351 4827 อีเมล saraban@bukaetamong.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
ตือรีมอกาซิฮ์ · Copyright © ๒๕๖๔ {ORG}</div>
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
    return ('<table class="list"><tr><th>ที่</th><th>เรื่อง</th><th>วันที่ลง</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)
            and not k.startswith("proc-20")]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (171, (2026, 3, 4), "ประชาสัมพันธ์การชำระภาษีป้าย ประจำปี 2569 (ปือมาลูมัน บายา จูกัย)",
     ["ขอเชิญชวนเจ้าของป้ายยื่นแบบ ภ.ป.1 และชำระภาษีป้าย ภายในวันที่ 31 มีนาคม 2569 ณ กองคลัง อบต.บูเกะตาโมง",
      "ปือมาลูมัน: ตูวัน ปูวัน ยัง อาดอ ปาแป นามอ กือได ซีลอ มารี บายา จูกัย ดาแล บูแล มาแระ"]),
    (170, (2026, 2, 16), "ปรับเวลาทำการช่วงเดือนรอมฎอน ฮ.ศ. 1447",
     ["ตั้งแต่วันที่ 18 กุมภาพันธ์ 2569 ถึงสิ้นเดือนรอมฎอน อบต.บูเกะตาโมง เปิดให้บริการเวลา 08.30 - 15.30 น."]),
    (169, (2026, 1, 20), "สรุปผลการประชุมประชาคมตำบล เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2569",
     ["วันที่ 17 มกราคม 2569 องค์การบริหารส่วนตำบลบูเกะตาโมง จัดประชุมประชาคมตำบล ณ หอประชุม อบต. "
      "เพื่อเปิดโอกาสให้ประชาชน ผู้นำศาสนา และกลุ่มสตรี ร่วมเสนอปัญหาและความต้องการของทั้ง 7 หมู่บ้าน",
      "มีผู้เข้าร่วมทั้งสิ้น 214 คน (ผู้นำท้องที่ 14 คน โต๊ะอิหม่ามและคณะกรรมการมัสยิด 21 คน ประชาชน 179 คน) "
      "เสนอโครงการรวม 31 โครงการ เช่น ถนน คสล. สายกำปงบารู ขุดลอกคลองส่งน้ำหมู่ที่ 5 และไฟฟ้าส่องสว่างหน้ามัสยิด",
      "ที่ประชุมมีมติให้บรรจุ 18 โครงการในแผนพัฒนาท้องถิ่น (เพิ่มเติม) และจะแจ้งผลการพิจารณาผ่านผู้ใหญ่บ้านและมัสยิดทุกแห่ง",
      "มือชัวระ ดือซอ: ออแร ดาตัง 214 ออแร ฆีลอ ตาโวะ 31 โปรแยะ"]),
    (166, (2026, 1, 8), "ขอเชิญประชุมประชาคมตำบล วันที่ 17 มกราคม 2569",
     ["อบต.บูเกะตาโมง ขอเชิญพี่น้องประชาชนร่วมประชุมประชาคมตำบล วันเสาร์ที่ 17 มกราคม 2569 เวลา 09.00 น.",
      '<a href="{invite}">ดาวน์โหลดหนังสือเชิญ</a>']),
    (163, (2025, 12, 16), "โครงการอบรมคุณธรรมจริยธรรมตามหลักศาสนา ประจำปีงบประมาณ 2569",
     ["วันที่ 12 ธันวาคม 2568 อบต.บูเกะตาโมง จัดโครงการอบรมคุณธรรมจริยธรรม เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานส่วนท้องถิ่น "
      "ให้บุคลากรนำไปปฏิบัติ โดยเชิญอุสตาซจากสำนักงานคณะกรรมการอิสลามประจำจังหวัดนราธิวาส บรรยายเรื่องความซื่อสัตย์ (อามานะฮ์) "
      "และการป้องกันผลประโยชน์ทับซ้อน",
      "ผู้เข้าร่วม ผู้บริหาร 4 คน สมาชิกสภา 7 คน พนักงานและพนักงานจ้าง 30 คน รวม 41 คน"]),
    (160, (2025, 11, 27), "เตือนภัยน้ำท่วมช่วงมรสุมตะวันออกเฉียงเหนือ (อามารัน บันยีร์)",
     ["ศูนย์ป้องกันและบรรเทาสาธารณภัย อบต.บูเกะตาโมง ขอให้ประชาชนริมแม่น้ำสุไหงปาแยเฝ้าระวังระดับน้ำ โทรแจ้งเหตุ 0 7351 4826 ตลอด 24 ชั่วโมง"]),
    # FY2568 and older, on page 2
    (151, (2025, 8, 20), "ประชุมสภาองค์การบริหารส่วนตำบล สมัยสามัญ สมัยที่ 3 ประจำปี 2568",
     ["พิจารณาร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569", '<a href="{council}">ประกาศเรียกประชุม</a>']),
    (144, (2025, 3, 10), "สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี 2568",
     ["ระหว่างวันที่ 24 กุมภาพันธ์ - 5 มีนาคม 2568 จัดประชาคมครบ 7 หมู่บ้าน ผู้เข้าร่วม 402 คน"]),
    (139, (2024, 11, 5), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ 2568",
     ['ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 <a href="{opplan}">รายละเอียด</a>']),
    (133, (2024, 4, 18), "ร่วมงานฮารีรายอ อีดิ้ลฟิตรี ฮ.ศ. 1445",
     ["คณะผู้บริหาร อบต. ร่วมงานเลี้ยงฮารีรายอกับพี่น้องประชาชนทั้ง 7 หมู่บ้าน"]),
    (129, (2024, 1, 15), "มอบทุนการศึกษาแก่นักเรียนตาดีกา",
     ["อบต.บูเกะตาโมง มอบทุนการศึกษาแก่นักเรียนตาดีกาที่เรียนดี 35 ทุน ทุนละ 500 บาท"]),
    (127, (2023, 10, 4), "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)",
     ["นายก อบต.บูเกะตาโมง ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่",
      '<a href="{nogift}">ประกาศ No Gift Policy</a>']),
]
PER_PAGE = 6


def news_pages() -> None:
    links = {"invite": f("forum-invite"), "nogift": f("nogift-67"), "opplan": f("opplan-68"),
             "council": f("council-call")}
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">วันที่ {be(date(y, m, day))} · แอดมิน</p>{body}'
              f'<img src="/assets/photo.png" alt="ภาพกิจกรรม" width="320" height="200">'
              '<p><a href="/news/">« กลับหน้าข่าวประชาสัมพันธ์</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>'
                          for n in chunk)
        pager = ('<p>หน้า <b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">ถัดไป »</a></p>' if p == 1
                 else '<p>หน้า <a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์ / บรีตอ",
              f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

def a(href: str, text: str) -> str:
    return f'<a href="{href if href.startswith("/") else f(href)}">{esc(text)}</a>'


WIP = "อยู่ระหว่างดำเนินการ"
ITA_2569 = [  # (ข้อ, the office's wording, [(link text, href or row key)])
    ("ข้อมูลพื้นฐาน", None, None),
    ("o1", "โครงสร้าง / อำนาจหน้าที่", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "การติดต่อ / ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("เว็บบอร์ดถาม-ตอบ", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("การบริหารงานและงบประมาณ", None, None),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนดำเนินงาน / ข้อบัญญัติงบประมาณ", [("แผนการดำเนินงาน", "/download/plan/"),
                                                ("ข้อบัญญัติงบประมาณ", "budget-68")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงานประจำปี", "report-67")]),
    ("o8", "คู่มือปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "manual-sop")]),
    ("o9", "คู่มือประชาชน", [("คู่มือสำหรับประชาชน", "citizen-manual")]),
    ("o10", "E-Service", [("E-Service", "/eservice/")]),
    ("การจัดซื้อจัดจ้าง", None, None),
    ("o11", "สขร.1 รายเดือน", [("สรุปผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o12", "สรุปผลจัดซื้อจัดจ้างประจำปี", [("สรุปผลการจัดซื้อจัดจ้าง ปี 2568", "proc-year-68")]),
    ("บริหารทรัพยากรบุคคล", None, None),
    ("o13", "หลักเกณฑ์และแผนบริหารบุคคล", [("เอกสารงานบุคคล", "/download/hr/")]),
    ("o14", "รายงานผลบริหารบุคคล", [("เอกสารงานบุคคล", "/download/hr/")]),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมขับเคลื่อนจริยธรรม", "/news/163/")]),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียนทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางร้องเรียนทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียนทุจริต", [("สถิติเรื่องร้องเรียน รอบ 6 เดือน", "complaint-6m-68")]),
    ("o19", "การมีส่วนร่วม", [("ประชาคมตำบล", "/news/169/")]),
    ("การป้องกันการทุจริต", None, None),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", "nogift-67")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยงการทุจริต ปี 2569", "risk-68")]),
    ("o22", "รายงานผลแผนบริหารความเสี่ยง", [("รายงานผล", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต ปี 2569", "anti-plan-69")]),
    ("o24", "รายงานผลป้องกันการทุจริต", [("รายงานผล ปี 2568", "anti-report-68")]),
    ("o25", "นำผล ITA ไปพัฒนาองค์กร", []),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("รายงานผล ปี 2568", "integrity-report-68")]),
]
ITA_2568 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนดำเนินงาน ปี 2568", [("แผนการดำเนินงาน 2568", "opplan-68"), ("ข้อบัญญัติ 2568", "budget-68")]),
    ("o11", "สขร.1", [("สขร.1 กันยายน 2568", "proc-2025-09")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("รอบ 6 เดือน ปี 2568", "complaint-6m-68")]),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", "nogift-67")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต 4 ปี", "old-anti-plan")]),
    ("o25", "วิเคราะห์ผล ITA", [("วิเคราะห์ผล ITA 2567 และมาตรการฯ 2568", "ita-analysis-67")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์ / เอกสาร</th></tr>']
    for code, text, links in rows:
        if links is None:
            out.append(f'<tr class="group"><td colspan="3"><b>{esc(code)}</b></td></tr>')
            continue
        cell = " · ".join(a(h, t) for t, h in links) if links else WIP
        out.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

PAGES = {
    "/about/history/": ("ประวัติและข้อมูลทั่วไป / ซือจาเราะฮ์",
                        "<p>ตำบลบูเกะตาโมง (มาจากภาษามลายู บูเกะ แปลว่า เนินเขา) ยกฐานะจากสภาตำบลเป็นองค์การบริหารส่วนตำบล "
                        "เมื่อ พ.ศ. 2539 มีพื้นที่ 36 ตารางกิโลเมตร 7 หมู่บ้าน ประชากร 8,204 คน (ข้อมูล ณ ธันวาคม 2567)</p>"
                        "<p>ประชาชนส่วนใหญ่นับถือศาสนาอิสลาม มีมัสยิด 9 แห่ง โรงเรียนตาดีกา 7 แห่ง ประกอบอาชีพทำสวนยางพาราและสวนผลไม้</p>"),
    "/about/vision/": ("วิสัยทัศน์ / พันธกิจ",
                       "<p>วิสัยทัศน์: บูเกะตาโมงน่าอยู่ สังคมสันติสุข เศรษฐกิจพอเพียง ยึดมั่นหลักศาสนา</p>"
                       "<p>วิซี: บูเกะตาโมง ตือมะ ยัง เซะ ดูดุ๊ะ อามัน ดามัย</p>"),
    "/about/villages/": ("ข้อมูลหมู่บ้าน / กำปง",
                         "<ol><li>บ้านบูเกะตาโมง</li><li>บ้านกำปงบารู</li><li>บ้านลูโบ๊ะบาเดาะ</li><li>บ้านปาดังยือริง</li>"
                         "<li>บ้านบือแนปีแต</li><li>บ้านจือแรตูวอ</li><li>บ้านโต๊ะเวาะ</li></ol>"),
    "/about/structure/": ("โครงสร้างองค์กร / ซูซูนัน ออระฆานีซาซี",
                          '<p><img src="/assets/chart.png" alt="แผนผังโครงสร้าง อบต.บูเกะตาโมง" width="480" height="240"></p>'
                          "<h2>ฝ่ายการเมือง (ฝ่ายบริหาร)</h2><ul><li>นายกองค์การบริหารส่วนตำบล : นายอับดุลรอแม ยูโซะ"
                          "<ul><li>รองนายก อบต. 2 คน</li><li>เลขานุการนายก อบต.</li></ul></li></ul>"
                          "<h2>สภาองค์การบริหารส่วนตำบล</h2><ul><li>ประธานสภา นายมะรอพี สาแม</li><li>รองประธานสภา</li>"
                          "<li>สมาชิกสภา 7 คน (หมู่บ้านละ 1 คน)</li><li>เลขานุการสภา (ปลัด อบต.)</li></ul>"
                          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดองค์การบริหารส่วนตำบล นางสาวนูรีซัน สะมะแอ<ul><li>รองปลัด</li>"
                          "<li>สำนักปลัด</li><li>กองคลัง</li><li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li>"
                          "<li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"),
    "/about/authority/": ("อำนาจหน้าที่",
                          "<p>ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 67 68 และพระราชบัญญัติ"
                          "กำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
                          "<li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ</li>"
                          "<li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li>"
                          "<li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม รวมทั้งสนับสนุนโรงเรียนตาดีกา</li>"
                          "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
                          "<li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li>"
                          "<li>ส่งเสริมความสงบเรียบร้อยและสันติสุขในชุมชน</li></ol>"),
    "/about/executives/": ("คณะผู้บริหาร / ปือมิมปิน",
                           "".join(f'<div class="person"><img src="/assets/person.png" alt="{n}" width="90" height="110">'
                                   f"<br><b>{n}</b><br>{p}<br>โทร. {t}</div>"
                                   for n, p, t in [("นายอับดุลรอแม ยูโซะ", "นายกองค์การบริหารส่วนตำบลบูเกะตาโมง", "08 9734 1602"),
                                                   ("นายซาการียา มะแซ", "รองนายกองค์การบริหารส่วนตำบล", "08 1276 4410"),
                                                   ("นางรอฮานี เจ๊ะเลาะ", "รองนายกองค์การบริหารส่วนตำบล", "08 6290 3371"),
                                                   ("นายอิสมาแอ ดาโอ๊ะ", "เลขานุการนายก อบต.", "09 3561 2208"),
                                                   ("นางสาวนูรีซัน สะมะแอ", "ปลัดองค์การบริหารส่วนตำบล", "0 7351 4826 ต่อ 12")])),
    "/about/council/": ("สมาชิกสภา อบต.",
                        "<ul><li>นายมะรอพี สาแม ประธานสภา</li><li>นายฮาราน อาแว รองประธานสภา</li>"
                        "<li>สมาชิกสภา หมู่ที่ 1 - 7</li></ul>"),
    "/contact/": ("ติดต่อเรา / ฮูบุงีกามี",
                  "<p>องค์การบริหารส่วนตำบลบูเกะตาโมง เลขที่ 88 หมู่ที่ 1 ตำบลบูเกะตาโมง อำเภอสุไหงปาแย จังหวัดนราธิวาส 96190</p>"
                  "<p>โทรศัพท์ 0 7351 4826 โทรสาร 0 7351 4827<br>อีเมล saraban@bukaetamong.go.th<br>"
                  'Facebook: <a href="https://www.facebook.com/example-bukaetamong">อบต.บูเกะตาโมง</a></p>'
                  "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (วันศุกร์พักละหมาด 12.00 - 13.30 น.)</p>"
                  '<p><a href="https://maps.google.com/?q=6.1234,101.7321">แผนที่ Google Maps</a></p>'
                  '<p>มีคำถาม? <a href="/qa/">ถามได้ที่เว็บบอร์ดถาม-ตอบ</a></p>'),
    "/qa/": ("ถาม-ตอบ (Q&amp;A) / ซุวาล จาวับ",
             '<form action="/qa/" method="post"><p>ชื่อ <input name="name"> คำถาม <textarea name="q"></textarea> '
             '<button type="submit">ส่งคำถาม</button></p></form>'
             "<dl><dt>ถาม (12 ก.พ. 2569): ลงทะเบียนเบี้ยยังชีพผู้สูงอายุได้เมื่อไร</dt>"
             "<dd>ตอบ (13 ก.พ. 2569): ผู้ที่จะมีอายุครบ 60 ปีในปีงบประมาณถัดไป ลงทะเบียนได้ในเดือนพฤศจิกายนของทุกปี ณ สำนักปลัด (แอดมิน)</dd>"
             "<dt>ถาม (5 ธ.ค. 2568): ไฟถนนหน้ามัสยิดหมู่ที่ 3 ดับ แจ้งที่ไหน</dt>"
             "<dd>ตอบ (8 ธ.ค. 2568): กองช่างรับเรื่องแล้ว ซ่อมเสร็จ 10 ธ.ค. 2568 ขอบคุณครับ (ตือรีมอกาซิฮ์)</dd></dl>"),
    "/eservice/": ("E-Service ยื่นคำร้องออนไลน์",
                   "<p>ประชาชนยื่นคำร้องผ่านแบบฟอร์มนี้ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>"
                   '<form action="https://docs.google.com/forms/d/e/example-bukae/formResponse" method="post">'
                   '<p>ชื่อ-สกุล <input name="entry.1"> โทรศัพท์ <input name="entry.2"></p>'
                   '<p>เรื่องที่ขอรับบริการ <select name="entry.3"><option>ขอรับน้ำอุปโภคบริโภค</option>'
                   "<option>ขอซ่อมไฟฟ้าส่องสว่าง</option><option>ขอใช้รถกู้ภัย</option></select></p>"
                   '<p>รายละเอียด <textarea name="entry.4"></textarea> <button type="submit">ส่งคำร้อง</button></p></form>'
                   "<h2>สถิติการให้บริการ E-Service ปีงบประมาณ พ.ศ. 2569</h2>"
                   '<table class="list"><tr><th>เดือน</th><th>คำร้อง</th><th>ดำเนินการแล้ว</th></tr>'
                   "<tr><td>ต.ค. 2568</td><td>4</td><td>4</td></tr><tr><td>พ.ย. 2568</td><td>9</td><td>9</td></tr>"
                   "<tr><td>ธ.ค. 2568</td><td>11</td><td>11</td></tr><tr><td>ม.ค. 2569</td><td>3</td><td>3</td></tr>"
                   "<tr><td>ก.พ. 2569</td><td>5</td><td>4</td></tr><tr><td>รวม</td><td>32</td><td>31</td></tr></table>"
                   "<p>ข้อมูล ณ วันที่ 4 มีนาคม 2569</p>"),
    "/complaint/": ("ร้องเรียน / ร้องทุกข์ (อาดูวัน)",
                    '<p>ร้องเรียนเรื่องทั่วไปได้ที่ศูนย์รับเรื่องราวร้องทุกข์ อบต. โทร 0 7351 4826 หรือ '
                    '<a href="/eservice/">แบบฟอร์มออนไลน์</a></p>'
                    '<p>เรื่องทุจริตและประพฤติมิชอบ: <a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a></p>'),
    "/complaint/corruption/": ("แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
                               "<p>ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับ ไม่ต้องระบุชื่อก็ได้</p>"
                               '<form action="/complaint/corruption/" method="post">'
                               '<p>ชื่อผู้ร้อง (ไม่บังคับ) <input name="name"> โทรศัพท์ <input name="tel"></p>'
                               '<p>ผู้ถูกร้อง / หน่วยงาน <input name="who"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
                               '<p>แนบไฟล์ <input type="file" name="att"> <button type="submit">ส่งเรื่อง</button></p></form>'
                               "<p>หรือโทร 0 7351 4826 ต่อ 12 (ปลัด อบต.)</p>"),
    "/about/staff/": ("บุคลากร",
                      "<ul><li>สำนักปลัด 9 คน</li><li>กองคลัง 5 คน</li><li>กองช่าง 4 คน</li>"
                      "<li>กองการศึกษา ศาสนาและวัฒนธรรม 6 คน (รวมครูผู้ดูแลเด็ก)</li></ul>"),
    "/about/mosques/": ("มัสยิดและโรงเรียนตาดีกาในตำบล / มัสยิด ดัน ตาดีกา",
                        "<p>มัสยิด 9 แห่ง บาลัยเซาะฮ์ 4 แห่ง โรงเรียนตาดีกา 7 แห่ง ซึ่ง อบต. สนับสนุนค่าตอบแทนครูตาดีกาทุกปี</p>"),
    "/privacy/": ("นโยบายคุ้มครองข้อมูลส่วนบุคคล",
                  "<p>อบต.บูเกะตาโมง เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>"),
    "/otop/": ("สินค้า OTOP ตำบล", "<ul><li>ผ้าบาติกลายดอกชบา กลุ่มสตรีบ้านกำปงบารู</li><li>ข้าวเกรียบปลา (กือโป๊ะ)</li>"
               "<li>ลองกองบูเกะตาโมง</li></ul>"),
    "/tourism/": ("สถานที่ท่องเที่ยว", "<p>น้ำตกบูเกะตาโมง หมู่ที่ 6 และมัสยิดเก่าบ้านโต๊ะเวาะ อายุกว่า 150 ปี</p>"),
}


def main() -> None:
    for path, (title, body) in PAGES.items():
        write(path, title, body)
    news_pages()
    latest = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "หน้าหลัก",
          '<p class="welcome">ซลามัตดาตัง เก เลามัน เว็บ ปือจาบัต บูเกะตาโมง · ยินดีต้อนรับ</p>'
          f'<h2>ข่าวล่าสุด / บรีตอ ตือบารู</h2><ul class="news">{latest}</ul>'
          '<p><a href="/news/">ข่าวทั้งหมด »</a></p>'
          '<h2>ITA</h2><p><a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙</a></p>'
          '<p><a href="/otop/">สินค้า OTOP</a> · <a href="/tourism/">สถานที่ท่องเที่ยว</a> · '
          '<a href="/about/villages/">ข้อมูลหมู่บ้าน</a> · <a href="/about/vision/">วิสัยทัศน์</a> · '
          '<a href="/about/council/">สมาชิกสภา</a> · <a href="/about/staff/">บุคลากร</a> · '
          '<a href="/about/mosques/">มัสยิดและตาดีกา</a></p>')
    # procurement (FY2569 months, and September 2568 left from last year)
    proc = sorted((k for k in ROWS if k.startswith("proc-20")), key=lambda k: ROWS[k][2], reverse=True)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          table(proc) + '<p>ประกาศจัดซื้อจัดจ้างดูได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a> · '
          f'<a href="/download/procure/">{esc(CATS["procure"])}</a></p>')
    cats = "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    write("/download/", "เอกสารดาวน์โหลด / มูวะตูรน", f"<ul>{cats}</ul><h2>ล่าสุด</h2>" + table(listed()[:10]))
    for c, t in CATS.items():
        write(f"/download/{c}/", t, table(listed(c)) + '<p><a href="/download/">« หมวดเอกสารทั้งหมด</a></p>')
    write("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
          '<ul><li><a href="/ita/2569/">ITA ประจำปี 2569</a></li><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_table(ITA_2568))
    pages = sorted({"/", "/news/", "/procurement/", "/download/", "/ita/", *PAGES})
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{p}">{p}</a></li>' for p in pages) + "</ul>")
    assets()


def assets() -> None:
    from PIL import Image, ImageDraw

    folder = os.path.join(HERE, "assets")
    os.makedirs(folder, exist_ok=True)
    for fname, size, colour in [("logo.png", (72, 72), (20, 110, 60)), ("person.png", (90, 110), (200, 200, 200)),
                                ("chart.png", (480, 240), (240, 240, 240)), ("photo.png", (320, 200), (150, 180, 150))]:
        img = Image.new("RGB", size, colour)
        ImageDraw.Draw(img).rectangle([4, 4, size[0] - 5, size[1] - 5], outline=(60, 60, 60))
        img.save(os.path.join(folder, fname), optimize=True)
    for ext in ("pdf", "docx", "doc", "xls"):
        Image.new("P", (16, 16), 3).save(os.path.join(folder, f"{ext}.gif"))
    with open(os.path.join(folder, "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0;background:#eef4ee}#top{background:#0b5d2e;color:#fff;"
                 "padding:4px 10px;font-size:13px}#banner{padding:10px;background:#fff}#menu{display:flex;flex-wrap:wrap;"
                 "list-style:none;margin:0;padding:0;background:#14853f}#menu a{color:#fff;padding:8px;display:block}"
                 "#wrap{display:flex}#side{width:220px;padding:8px}.box{background:#fff;margin-bottom:8px;padding:6px}"
                 "#main{flex:1;background:#fff;padding:10px}table{border-collapse:collapse}td,th{border:1px solid #999;"
                 "padding:3px}#footer{background:#0b5d2e;color:#fff;padding:10px;font-size:13px}\n")


if __name__ == "__main__":
    main()
