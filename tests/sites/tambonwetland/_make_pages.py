"""Generate the HTML pages of the "tambonwetland" test site (องค์การบริหารส่วนตำบลบึงบัวแก้ว, invented).

Run:  python tests/sites/tambonwetland/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A wetland อบต. on a hosted local-government template: a top bar, a menu, a left column (the chief executive,
hotline, quick links, visitor counter) and a footer on every page; pages are folder/index.html.
Documents are listed in a download section by category (/download/<cat>/), the monthly
procurement summaries on /procurement/, news under /news/ (two pages).  The ITA page /ita/2569/
is a table of o1 … o26 in the office's own wording whose links go to files, pages or category
lists; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "องค์การบริหารส่วนตำบลบึงบัวแก้ว"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนา / แผนการดำเนินงาน", "budget": "ข้อบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
HIDDEN = {"old-anti-plan", "hr-plan-old"}  # linked only from the ITA pages
MISSING_SIZE = "412.7 KB"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าหลัก", "/"), ("ข้อมูลทั่วไป", "/about/history/"), ("โครงสร้างองค์กร", "/about/structure/"),
        ("บุคลากร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("เอกสารเผยแพร่", "/download/"), ("E-Service", "/eservice/"), ("ร้องเรียน/ร้องทุกข์", "/complaint/"),
        ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} | {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">ยินดีต้อนรับสู่เว็บไซต์ {ORG} อำเภอท่าน้ำหลาก จังหวัดอ่างทอง · โทร. 0 3566 4281</div>
<div id="banner"><img src="/assets/logo.png" alt="ตราสัญลักษณ์ อบต.บึงบัวแก้ว" width="64" height="64">
<b>{ORG}</b><br><small>Bueng Bua Kaew Subdistrict Administrative Organization</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><b>นายก อบต.บึงบัวแก้ว</b><br>นายไพโรจน์ เรือนทองดี<br>สายตรงนายก 0 3566 4281 ต่อ 11</div>
<div class="box"><b>เมนูสำหรับประชาชน</b><br><a href="/download/manual/">คู่มือประชาชน</a><br>
<a href="/eservice/">ยื่นคำร้องออนไลน์</a><br><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a><br>
<a href="/ita/2569/">ITA ๒๕๖๙</a><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></div>
<div class="box">สถิติผู้เข้าชม ๙๒,๔๕๑ คน</div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} เลขที่ 199 หมู่ที่ 3 ตำบลบึงบัวแก้ว อำเภอท่าน้ำหลาก จังหวัดอ่างทอง 14160<br>
โทรศัพท์ 0 3566 4281 โทรสาร 0 3566 4282 อีเมล saraban@buengbuakaew.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
Copyright © ๒๕๖๖ {ORG} All rights reserved.</div>
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
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (415, (2026, 4, 9), "โครงการกำจัดผักตบชวาและวัชพืชในบึงบัวแก้ว ประจำปี 2569",
     ["วันที่ 9 เมษายน 2569 อบต.บึงบัวแก้ว ร่วมกับชลประทานจังหวัดอ่างทองและจิตอาสา 120 คน กำจัดผักตบชวาในบึงบัวแก้ว "
      "และคลองส่งน้ำหมู่ที่ 2 - 5 เพื่อเตรียมรับน้ำหลากปี 2569"]),
    (412, (2026, 4, 2), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2569 ณ กองคลัง หรือชำระผ่านระบบออนไลน์"]),
    (409, (2026, 3, 18), "มอบถุงยังชีพผู้ประสบอุทกภัย หมู่ที่ 3, 6 และ 8",
     ["วันที่ 18 มีนาคม 2569 อบต.บึงบัวแก้ว มอบถุงยังชีพแก่ครัวเรือนที่ได้รับผลกระทบจากน้ำท่วมขังนาปรัง 214 ครัวเรือน"]),
    (405, (2026, 2, 26), "สรุปผลการจัดเวทีประชาคมหมู่บ้าน เพื่อรับฟังความคิดเห็นในการจัดทำแผนพัฒนาท้องถิ่น ประจำปี 2569",
     ["ระหว่างวันที่ 3 - 13 กุมภาพันธ์ 2569 องค์การบริหารส่วนตำบลบึงบัวแก้ว ได้จัดเวทีประชาคมหมู่บ้านครบทั้ง 9 หมู่บ้าน "
      "เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมในการเสนอปัญหาและความต้องการ สำหรับจัดทำแผนพัฒนาท้องถิ่น (เพิ่มเติม) และการจัดทำงบประมาณ",
      "มีประชาชนเข้าร่วมรวม 612 คน ผู้นำชุมชน 44 คน ประชาชนเสนอโครงการทั้งสิ้น 57 โครงการ ส่วนใหญ่เป็นโครงการถนนและแหล่งน้ำเพื่อการเกษตร",
      "ผลการประชาคม: หมู่ที่ 1 เสนอขุดลอกบึงบัวแก้ว หมู่ที่ 4 เสนอยกระดับถนนเลียบคลองหนีน้ำท่วม หมู่ที่ 7 เสนอสถานีสูบน้ำด้วยไฟฟ้า "
      "ซึ่ง อบต. จะนำไปบรรจุในแผนพัฒนาท้องถิ่นและแจ้งผลการพิจารณาให้ประชาชนทราบต่อไป"]),
    (401, (2026, 2, 2), "ขอเชิญร่วมเวทีประชาคมหมู่บ้าน ประจำปี 2569",
     ["อบต.บึงบัวแก้ว ขอเชิญพี่น้องประชาชนร่วมเวทีประชาคมหมู่บ้าน ระหว่างวันที่ 3 - 13 กุมภาพันธ์ 2569 ตามกำหนดการในหนังสือเชิญ",
      '<a href="{invite}">ดาวน์โหลดหนังสือเชิญ</a>']),
    (396, (2026, 1, 21), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และพนักงาน ประจำปีงบประมาณ 2569",
     ["วันที่ 21 มกราคม 2569 อบต.บึงบัวแก้ว จัดโครงการอบรมส่งเสริมคุณธรรมจริยธรรม เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานส่วนท้องถิ่น "
      "ให้บุคลากรนำไปปฏิบัติ โดยมีวิทยากรจากสำนักงานพระพุทธศาสนาจังหวัดอ่างทอง บรรยายเรื่องการป้องกันผลประโยชน์ทับซ้อน",
      "มีผู้เข้าร่วม ผู้บริหาร 4 คน สมาชิกสภา 9 คน พนักงานและพนักงานจ้าง 33 คน รวม 46 คน"]),
    (390, (2025, 12, 26), "กิจกรรมรณรงค์ลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ 2569",
     ["ตั้งจุดบริการประชาชนบริเวณทางหลวงหมายเลข 3064 ระหว่างวันที่ 29 ธันวาคม 2568 - 4 มกราคม 2569"]),
    (386, (2025, 12, 5), "วันพ่อแห่งชาติ 5 ธันวาคม 2568",
     ["คณะผู้บริหาร สมาชิกสภา และพนักงาน ร่วมพิธีถวายพระพรชัยมงคล ณ ที่ว่าการอำเภอท่าน้ำหลาก"]),
    (381, (2025, 11, 20), "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งคนงาน",
     ["รับสมัครระหว่างวันที่ 24 พฤศจิกายน - 2 ธันวาคม 2568 ณ สำนักปลัด"]),
    (377, (2025, 10, 22), "ประเพณีแข่งเรือยาวบึงบัวแก้ว ประจำปี 2568",
     ["วันที่ 19 ตุลาคม 2568 จัดการแข่งขันเรือยาวประเพณี ณ บึงบัวแก้ว มีเรือเข้าร่วม 14 ลำ"]),
    (372, (2025, 10, 8), "ผู้บริหารประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปี 2569",
     ["วันที่ 7 ตุลาคม 2568 นายก อบต. ประกาศเจตจำนงสุจริตต่อหน้าพนักงานทุกคน"]),
    # FY2568, on page 2
    (355, (2025, 8, 12), "ประชุมสภาองค์การบริหารส่วนตำบล สมัยสามัญ สมัยที่ 3 ประจำปี 2568",
     ["พิจารณาร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 ในวาระที่ 1"]),
    (348, (2025, 6, 30), "โครงการฝึกอบรมอาชีพการทำดอกไม้จันทน์",
     ["กลุ่มสตรีตำบลบึงบัวแก้ว 30 คน เข้าร่วมอบรม ณ ศาลาประชาคม"]),
    (341, (2025, 5, 9), "กิจกรรมวันท้องถิ่นไทย 18 มีนาคม 2568",
     ["ร่วมรำลึกถึงพระมหากรุณาธิคุณของพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว"]),
    (333, (2025, 2, 14), "สรุปผลการจัดเวทีประชาคมหมู่บ้าน ประจำปี 2568",
     ["ระหว่างวันที่ 4 - 14 กุมภาพันธ์ 2568 จัดเวทีประชาคมครบ 9 หมู่บ้าน ผู้เข้าร่วม 497 คน"]),
    (326, (2024, 11, 29), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ 2568",
     ['ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 <a href="{opplan68}">รายละเอียด</a>']),
]
PER_PAGE = 10


def news_item(n) -> tuple[str, str, str]:
    nid, (y, m, day), title, paras = n
    links = {"invite": f("invite-meeting"), "opplan68": f("opplan-68")}
    body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
    from datetime import date
    return f"/news/{nid}/", title, f'<p class="date">วันที่ {be(date(y, m, day))} · ผู้ดูแลระบบ</p>{body}'


def news_pages() -> None:
    from datetime import date
    for n in NEWS:
        url, title, body = news_item(n)
        write(url, title, body + '<p><a href="/news/">« กลับหน้าข่าวประชาสัมพันธ์</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>' for n in chunk)
        pager = '<p>หน้า <b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">ถัดไป »</a></p>' if p == 1 else \
            '<p>หน้า <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

def a(href: str, text: str = "คลิก") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


ITA_2569 = [  # (ข้อ, heading, [(link text, href)])
    ("ข้อมูลพื้นฐาน", None),
    ("o1", "โครงสร้างหน่วยงาน และอำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลคณะผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "ข้อมูลการติดต่อ / ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("กระดานถาม-ตอบ", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("การบริหารงานและการใช้จ่ายงบประมาณ", None),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนการดำเนินงานและข้อบัญญัติงบประมาณ", [("แผนการดำเนินงาน", "opplan-68"),
                                                         ("ข้อบัญญัติ 2569", "budget-69")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "report-67")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "manual-sop")]),
    ("o9", "คู่มือสำหรับประชาชน", [("คู่มือประชาชน", "citizen-manual")]),
    ("o10", "E-Service และสถิติการให้บริการ", [("E-Service", "/eservice/"), ("สถิติการให้บริการ", "service-69")]),
    ("การจัดซื้อจัดจ้าง", None),
    ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", [("สขร.1 ปี 2569", "/procurement/")]),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานปี 2568", "proc-year-68")]),
    ("การบริหารและพัฒนาทรัพยากรบุคคล", None),
    ("o13", "หลักเกณฑ์และแผนการบริหารทรัพยากรบุคคล", [("หลักเกณฑ์", "hr-rules"), ("แผนอัตรากำลัง", "hr-plan-old")]),
    ("o14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [("รายงานผล", "hr-report-67")]),
    ("o15", "ประมวลจริยธรรม และการขับเคลื่อนจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมขับเคลื่อนจริยธรรม", "/news/396/")]),
    ("การส่งเสริมความโปร่งใส", None),
    ("o16", "คู่มือเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติ", "complaint-68")]),
    ("o19", "การมีส่วนร่วมของประชาชน", [("เวทีประชาคม 2569", "/news/405/")]),
    ("การป้องกันการทุจริต", None),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", "no-gift-67"),
                                 ("รายงานผลการรับของขวัญ", "gift-report-68")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง 2569", "risk-69")]),
    ("o22", "รายงานผลการบริหารความเสี่ยงการทุจริต", [("รายงานปี 2568", "risk-report-68")]),
    ("o23", "แผนปฏิบัติการป้องกันการทุจริต", [("แผนปี 2569", "anti-plan-69")]),
    ("o24", "รายงานผลการดำเนินการป้องกันการทุจริต", [("รายงานผล ปี 2568", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนา / มาตรการส่งเสริมคุณธรรม", []),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("รายงานปี 2568", "integrity-report-68")]),
]
OLD_DEAD = "/files/19874.pdf"  # last year's risk-management report: the file was deleted
ITA_2568 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนการดำเนินงาน ปี 2568", [("แผนการดำเนินงาน 2568", "opplan-68")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานปี 2567", "report-67")]),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("สรุป สขร. ก.ย. 2568", "proc-2025-09")]),
    ("o22", "รายงานผลการบริหารความเสี่ยง ปี 2567", [("รายงานผล", OLD_DEAD)]),
    ("o23", "แผนปฏิบัติการป้องกันการทุจริต", [("แผน 4 ปี", "old-anti-plan")]),
    ("o13", "แผนอัตรากำลัง", [("แผนอัตรากำลัง 3 ปี", "hr-plan-old")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง 2568", "risk-68")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>รายละเอียด</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = " , ".join(a(h if h.startswith("/") else f(h), t) for t, h in links) or "อยู่ระหว่างดำเนินการ"
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    from datetime import date
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "หน้าหลัก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">ดูทั้งหมด</a></p>'
          '<h2>บริการประชาชน</h2><p><a href="/eservice/">ยื่นคำร้องออนไลน์ E-Service</a> · '
          '<a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a> · <a href="/ita/2569/">การประเมิน ITA ประจำปี 2569</a></p>')
    write("/about/history/", "ประวัติและข้อมูลทั่วไป",
          "<p>องค์การบริหารส่วนตำบลบึงบัวแก้ว ยกฐานะจากสภาตำบลเมื่อปี พ.ศ. 2539 ตั้งอยู่ริมแม่น้ำน้อย ทางทิศตะวันตกของอำเภอท่าน้ำหลาก "
          "ห่างจากอำเภอประมาณ 9 กิโลเมตร พื้นที่ราบลุ่ม 31 ตารางกิโลเมตร มีบึงบัวแก้วเป็นแหล่งน้ำสาธารณะ 9 หมู่บ้าน ประชากร 5,284 คน</p>"
          "<p>วิสัยทัศน์ : บึงบัวแก้วน่าอยู่ เกษตรก้าวหน้า ประชาชนมีคุณภาพชีวิตที่ดี บริหารจัดการตามหลักธรรมาภิบาล</p>")
    write("/about/structure/", "โครงสร้างองค์กร",
          '<img src="/assets/chart.png" alt="แผนผังโครงสร้างองค์การบริหารส่วนตำบลบึงบัวแก้ว" width="120" height="80">'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายกองค์การบริหารส่วนตำบล<ul><li>รองนายก อบต. (2 คน)</li><li>เลขานุการนายก อบต.</li></ul></li>"
          "<li>สภาองค์การบริหารส่วนตำบล<ul><li>ประธานสภา อบต.</li><li>รองประธานสภา อบต.</li><li>สมาชิกสภา อบต. (9 คน)</li></ul></li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดองค์การบริหารส่วนตำบล<ul><li>รองปลัด อบต.</li><li>สำนักปลัด</li><li>กองคลัง</li>"
          "<li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>องค์การบริหารส่วนตำบลมีอำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66, 67 และ 68 "
          "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
          "<li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ รวมทั้งกำจัดขยะมูลฝอย</li>"
          "<li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li><li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li>"
          "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li></ol>")
    execs = [("นายไพโรจน์ เรือนทองดี", "นายกองค์การบริหารส่วนตำบลบึงบัวแก้ว", "08 9712 4456"),
             ("นายประสิทธิ์ แก้วมณี", "รองนายกองค์การบริหารส่วนตำบล", "08 1063 2218"),
             ("นางบุญเรือน สายทอง", "รองนายกองค์การบริหารส่วนตำบล", "08 6245 1190"),
             ("นายวีระพงษ์ ชาญนอก", "เลขานุการนายกองค์การบริหารส่วนตำบล", "09 3318 7742"),
             ("นางอรุณี ศรีบางแก้ว", "ปลัดองค์การบริหารส่วนตำบล", "0 3566 4281 ต่อ 12")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "คณะผู้บริหาร", cards)
    write("/about/council/", "สมาชิกสภาองค์การบริหารส่วนตำบล",
          "<ul><li>นายทองใบ ศรีสุข ประธานสภา อบต.</li><li>นายอำนาจ โพธิ์ศรี รองประธานสภา อบต.</li>"
          "<li>นางสาวจิราพร นามวงศ์ เลขานุการสภา อบต.</li><li>สมาชิกสภา อบต. หมู่ที่ 1 - 9</li></ul>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>เลขที่ 199 หมู่ที่ 3 ตำบลบึงบัวแก้ว อำเภอท่าน้ำหลาก จังหวัดอ่างทอง 14160</p>"
          "<p>โทรศัพท์ 0 3566 4281 โทรสาร 0 3566 4282<br>อีเมล saraban@buengbuakaew.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/buengbuakaew.sao">อบต.บึงบัวแก้ว</a></p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=14.6318,100.2764">แผนที่ตั้ง (Google Maps)</a></p>'
          '<p>สอบถามข้อมูลเพิ่มเติมได้ที่ <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    qa = [("สอบถามการยื่นขอรับเบี้ยยังชีพผู้สูงอายุค่ะ ต้องใช้เอกสารอะไรบ้าง", "ผู้ใช้ : แม่บัวผัน", "12 มี.ค. 2569",
           "ใช้บัตรประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝาก ยื่นได้ที่สำนักปลัดในวันเวลาราชการครับ (ผู้ดูแลระบบ)"),
          ("ไฟกิ่งหน้าบ้านหมู่ 6 ดับหลายวันแล้ว", "ผู้ใช้ : คนบึงบัวแก้ว", "27 ก.พ. 2569",
           "กองช่างได้ออกซ่อมแซมแล้วเมื่อวันที่ 2 มีนาคม 2569 ขอบคุณที่แจ้งครับ (ผู้ดูแลระบบ)")]
    items = "".join(f'<div class="qa"><p><b>ถาม:</b> {esc(q)} <small>{who} {when}</small></p><p><b>ตอบ:</b> {esc(ans)}</p></div>'
                    for q, who, when, ans in qa)
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          f'{items}<form action="/qa/post/" method="post"><h2>ตั้งคำถามใหม่</h2>หัวข้อ <input name="subject"><br>'
          'รายละเอียด <textarea name="body"></textarea><br>ชื่อ <input name="name"><br><button>ส่งคำถาม</button></form>')
    write("/eservice/", "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)",
          "<p>ประชาชนสามารถยื่นคำร้องทั่วไป หรือขอรับบริการจาก อบต.บึงบัวแก้ว ได้ทางออนไลน์ โดยไม่ต้องเดินทางมาที่ทำการ "
          "เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSeBuengBuaKaewEservice2569/formResponse" method="post">'
          '<h2>แบบคำร้องทั่วไป (ออนไลน์)</h2>ชื่อ-นามสกุล <input name="entry.1"><br>เบอร์โทรศัพท์ <input name="entry.2"><br>'
          'ที่อยู่ <input name="entry.3"><br>เรื่องที่ขอรับบริการ <select name="entry.4"><option>คำร้องทั่วไป</option>'
          '<option>ขอรับการช่วยเหลือน้ำอุปโภคบริโภค</option><option>ขอซ่อมไฟฟ้าสาธารณะ</option></select><br>'
          'รายละเอียด <textarea name="entry.5"></textarea><br><button>ยื่นคำร้อง</button></form>'
          f'<p>{a(f("service-69"), "สถิติการให้บริการประชาชน ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ท่านสามารถร้องเรียนร้องทุกข์ได้ที่ ที่ทำการ อบต. โทร 0 3566 4281 หรือตู้รับเรื่องร้องเรียนหน้าที่ทำการ</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการปฏิบัติงานเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้ร้องเรียน (ไม่ระบุก็ได้) <input name="name"><br>'
          'เบอร์ติดต่อ <input name="phone"><br>เรื่องที่ร้องเรียน <input name="subject"><br>'
          'รายละเอียด/พฤติการณ์ <textarea name="detail"></textarea><br>แนบไฟล์ <input type="file" name="file"><br>'
          '<button>ส่งเรื่องร้องเรียน</button></form>'
          "<p>หรือแจ้งทางโทรศัพท์ 0 3566 4281 ต่อ 12 (ปลัด อบต.) และศูนย์ดำรงธรรมอำเภอท่าน้ำหลาก</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>อบต.บึงบัวแก้ว เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    # procurement
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "ดาวน์โหลด (Excel)")}</td></tr>'
                   for k in months)
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง / สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศจัดซื้อจัดจ้าง</h2><ul><li>{a(f("print-plan"), ROWS["print-plan"][0])}</li>'
          f'<li>{a(f("proc-year-68"), ROWS["proc-year-68"][0])}</li></ul>')
    # downloads
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "เอกสารเผยแพร่", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"เอกสารเผยแพร่ : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปี 2569</a></li><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569",
          "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>" + ita_table(ITA_2569))
    old = [(c, h, [(t, u) for t, u in links]) for c, h, links in ITA_2568]
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_table(old))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    # a 1x1 grey PNG and GIF stand in for the logo, photos, chart and file icons
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "person.png", "chart.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#1b6fa8;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:220px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #ccc;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
