"""Generate the HTML pages of the "airport" test site (ท่าอากาศยานภูสิงห์, invented).

Run:  python tests/sites/airport/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A regional airport's small Bootstrap site: a navbar, a flight-information strip, a right-hand side
column (director, hotline, department links) and a footer on every page; pages are
folder/index.html.  Documents are listed by category (/download/<cat>/), the monthly สขร.1 on
/procurement/, news under /news/ (two pages).  The ITA page /ita/2568/ is a table of o1 … o26 in
the airport's own short wording whose links go to files, pages or category lists; last year's
/ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "ท่าอากาศยานภูสิงห์"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน / แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "บริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / ทั่วไป"}
MISSING_SIZE = "1.2 MB"
OLD_DEAD = "/files/46388.pdf"  # last year's o25 (anti-corruption plan 2567): removed from the file server


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับเรา", "/about/history/"), ("โครงสร้างองค์กร", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข้อมูลเที่ยวบิน", "/flights/"), ("ผู้โดยสาร", "/services/"), ("ข่าวประชาสัมพันธ์", "/news/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li class="nav-item"><a class="nav-link" href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/bootstrap.min.css"><link rel="stylesheet" href="/assets/css/site.css"></head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">
<a class="navbar-brand" href="/"><img src="/assets/img/logo.png" alt="ตรากรมท่าอากาศยาน" width="40" height="40"> {ORG}</a>
<ul class="navbar-nav">
{menu}
</ul></div></nav>
<div class="bg-light small py-1"><div class="container">Phusing Airport · {ORG} กรมท่าอากาศยาน ·
ศูนย์ข้อมูลเที่ยวบิน โทร. 0 4561 3200 · <a href="/flights/">ตารางบินวันนี้</a></div></div>
<div class="container my-3"><div class="row">
<main class="col-md-9">
<h1 class="h3">{esc(title)}</h1>
{body}
</main>
<aside class="col-md-3">
<div class="card mb-2"><div class="card-body"><img src="/assets/img/director.png" alt="ผู้อำนวยการ" width="60" height="75"><br>
<b>นายธีรวัฒน์ ใจกล้า</b><br>ผู้อำนวยการท่าอากาศยานภูสิงห์</div></div>
<div class="card mb-2"><div class="card-body"><b>ลิงก์ที่เกี่ยวข้อง</b><br>
<a href="/ita/2568/">ITA 2568</a><br><a href="/ita/2567/">ITA 2567</a><br>
<a href="/download/">เอกสารดาวน์โหลด</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="https://www.airports.go.th/">กรมท่าอากาศยาน</a><br><a href="https://www.mot.go.th/">กระทรวงคมนาคม</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div></div>
<div class="card mb-2"><div class="card-body small">ผู้เข้าชม ๔๑,๘๓๐ ครั้ง</div></div>
</aside></div></div>
<footer class="bg-dark text-white small py-3"><div class="container">{ORG} กรมท่าอากาศยาน
เลขที่ 99 หมู่ที่ 7 ตำบลหนองบัว อำเภอภูสิงห์ จังหวัดศรีสะเกษ 33140<br>
โทรศัพท์ 0 4561 3200 โทรสาร 0 4561 3201 อีเมล phusing.airport@airports.go.th ·
<a class="text-white" href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a class="text-white" href="/sitemap/">แผนผังเว็บไซต์</a><br>
© 2567 {ORG} · สงวนลิขสิทธิ์</div></footer>
<script src="/assets/js/bootstrap.bundle.min.js"></script>
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
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}" target="_blank">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td><span class="badge bg-secondary">{ext.upper()}</span> {size_of(k)}</td></tr>')
    return ('<table class="table table-sm table-bordered"><tr><th>ที่</th><th>ชื่อเอกสาร</th><th>วันที่</th>'
            '<th>ไฟล์</th></tr>\n' + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if cat is None or ROWS[k][1] == cat]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


def a(href: str, text: str = "คลิก") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (1288, (2025, 4, 10), "ท่าอากาศยานภูสิงห์ ให้บริการผู้โดยสารช่วงเทศกาลสงกรานต์ 2568",
     ["ระหว่างวันที่ 10 - 17 เมษายน 2568 ท่าอากาศยานภูสิงห์เปิดจุดบริการผู้โดยสาร และเพิ่มเจ้าหน้าที่ ณ จุดตรวจค้น "
      "คาดว่ามีผู้โดยสารใช้บริการวันละประมาณ 1,400 คน"]),
    (1281, (2025, 3, 27), "สายการบินเพิ่มเที่ยวบินเส้นทางภูสิงห์ - ดอนเมือง ตั้งแต่ 30 มีนาคม 2568",
     ["สายการบินเพิ่มเที่ยวบินเป็นวันละ 4 เที่ยวบินไป-กลับ ตามตารางการบินฤดูร้อน 2568"]),
    (1275, (2025, 2, 24), "ท่าอากาศยานภูสิงห์ จัดประชุมรับฟังความคิดเห็นผู้ใช้บริการและชุมชนรอบท่าอากาศยาน ประจำปี 2568",
     ["วันที่ 20 กุมภาพันธ์ 2568 ท่าอากาศยานภูสิงห์ จัดประชุมรับฟังความคิดเห็นผู้ใช้บริการและชุมชนรอบท่าอากาศยาน "
      "เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมในการพัฒนาการให้บริการและการแก้ไขปัญหาเสียงรบกวนจากอากาศยาน",
      "ผู้เข้าร่วม 74 คน ได้แก่ ผู้นำชุมชนตำบลหนองบัว 22 คน ผู้แทนสายการบิน 6 คน ผู้ประกอบการร้านค้า 14 คน และประชาชนทั่วไป 32 คน",
      "ข้อเสนอที่ได้รับ : ขยายที่จอดรถ 80 คัน ปรับจุดรับส่งรถโดยสารสาธารณะ และแจ้งเตือนชุมชนล่วงหน้าก่อนฝึกซ้อมแผนฉุกเฉิน "
      "ท่าอากาศยานจะบรรจุข้อเสนอในแผนปฏิบัติราชการและแจ้งความคืบหน้าทางเว็บไซต์"]),
    (1269, (2025, 2, 11), "ขอเชิญร่วมประชุมรับฟังความคิดเห็นผู้ใช้บริการและชุมชน 20 กุมภาพันธ์ 2568",
     ['ขอเชิญผู้นำชุมชน ผู้ใช้บริการ และผู้ประกอบการ ร่วมประชุม <a href="{invite}">หนังสือเชิญ</a>']),
    (1262, (2025, 1, 23), "กิจกรรมส่งเสริมคุณธรรมจริยธรรม ขับเคลื่อนประมวลจริยธรรมข้าราชการ ประจำปีงบประมาณ 2568",
     ["วันที่ 23 มกราคม 2568 ท่าอากาศยานภูสิงห์จัดกิจกรรมส่งเสริมคุณธรรมจริยธรรม เพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการกรมท่าอากาศยาน "
      "บรรยายเรื่องการป้องกันผลประโยชน์ทับซ้อนในงานตรวจค้นและการอนุญาตใช้พื้นที่ และจัดทำ Do's & Don'ts ของบุคลากร",
      "ผู้เข้าร่วม 58 คน จากบุคลากรทั้งหมด 66 คน"]),
    (1250, (2024, 12, 26), "ฝึกอบรมการดับเพลิงและกู้ภัยอากาศยาน ร่วมกับหน่วยงานในพื้นที่",
     ["เจ้าหน้าที่งานดับเพลิงและกู้ภัย ร่วมกับ อปพร. ตำบลหนองบัว ฝึกการเข้าระงับเหตุอากาศยานอุบัติเหตุ"]),
    (1243, (2024, 12, 5), "ท่าอากาศยานภูสิงห์ ร่วมพิธีเนื่องในวันพ่อแห่งชาติ 5 ธันวาคม 2567", ["ผู้บริหารและบุคลากรร่วมพิธี ณ ศาลากลางจังหวัด"]),
    (1236, (2024, 11, 18), "แนะนำข้อปฏิบัติการนำของเหลวขึ้นเครื่องบิน",
     ["ของเหลว เจล สเปรย์ บรรจุภาชนะไม่เกิน 100 มิลลิลิตร รวมไม่เกิน 1 ลิตร ใส่ถุงพลาสติกใสปิดสนิท"]),
    (1229, (2024, 10, 21), "ผู้อำนวยการท่าอากาศยานภูสิงห์คนใหม่ เข้ารับตำแหน่ง",
     ["นายธีรวัฒน์ ใจกล้า เข้ารับตำแหน่งผู้อำนวยการท่าอากาศยานภูสิงห์ ตั้งแต่วันที่ 1 ตุลาคม 2567"]),
    (1224, (2024, 10, 3), "ผู้อำนวยการประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2568",
     ['ประกาศต่อหน้าบุคลากรทุกคน <a href="{will}">ประกาศเจตจำนงสุจริต</a>']),
    # FY2567, on page 2
    (1187, (2024, 8, 19), "กิจกรรมอบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2567",
     ["ผู้เข้าร่วม 63 คน ณ ห้องประชุมชั้น 2 อาคารผู้โดยสาร"]),
    (1170, (2024, 6, 26), "ฝึกซ้อมแผนฉุกเฉินท่าอากาศยาน (Partial Exercise) ประจำปี 2567", ["ผู้เข้าร่วม 120 คน จาก 14 หน่วยงาน"]),
    (1152, (2024, 2, 22), "ประชุมรับฟังความคิดเห็นผู้ใช้บริการ ประจำปี 2567", ["ผู้เข้าร่วม 51 คน"]),
    (1131, (2023, 10, 25), "ประกาศใช้แผนปฏิบัติราชการ ประจำปีงบประมาณ 2567",
     ['ประกาศใช้แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2567 <a href="{action67}">รายละเอียด</a>']),
]
PER_PAGE = 10


def news_pages() -> None:
    from datetime import date
    links = {"invite": f("hearing-invite"), "will": f("will-68"), "action67": f("action-67")}
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="text-muted">วันที่ {be(date(y, m, day))} · งานบริหารทั่วไป</p>{body}'
              '<p><a href="/news/">« ข่าวทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li class="list-group-item"><a href="/news/{n[0]}/">{esc(n[2])}</a> '
                          f'<small>({be(date(*n[1]))})</small></li>' for n in chunk)
        pager = '<p>หน้า <b>1</b> <a href="/news/page/2/">2</a></p>' if p == 1 else '<p>หน้า <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="list-group">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2568 = [  # (ข้อ, heading, [(link text, key or path)])
    ("ข้อมูลพื้นฐาน", None),
    ("o1", "โครงสร้าง / อำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ข้อมูลผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อ", [("ติดต่อเรา", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าว", "/news/")]),
    ("การบริหารงานและการใช้จ่ายงบประมาณ", None),
    ("o5", "แผนพัฒนาท่าอากาศยาน", [("แผนพัฒนา ทภส.", "plan-61-65")]),
    ("o6", "แผนปฏิบัติราชการ / แผนใช้จ่ายงบ / รายงานรอบ 6 เดือน",
     [("แผนปฏิบัติราชการ 2568", "action-68"), ("แผนการใช้จ่ายงบประมาณ 2568", "budget-plan-68"),
      ("รายงานรอบ 6 เดือน", "half-report-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานประจำปี 2567", "annual-report-67"),
                                          ("ผลการเบิกจ่าย 2567", "budget-report-67")]),
    ("o8", "คู่มือปฏิบัติงาน", [("คู่มือ SOP", "work-manual")]),
    ("o9", "คู่มือการขอรับบริการ", [("คู่มือ", "service-manual")]),
    ("o10", "E-Service", [("ระบบยื่นคำขอออนไลน์", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติ ต.ค.67-มี.ค.68", "traffic-68")]),
    ("การจัดซื้อจัดจ้าง", None),
    ("o12", "สขร.1 รายเดือน", [("ผลการจัดซื้อจัดจ้าง", "/procurement/")]),
    ("o13", "รายงานผลจัดซื้อจัดจ้างประจำปี", [("ปีงบ 2567", "proc-year-67")]),
    ("การบริหารและพัฒนาทรัพยากรบุคคล", None),
    ("o14", "แผนบริหาร/พัฒนาบุคลากร", [("แผนพัฒนาบุคลากร", "hr-plan-67")]),
    ("o15", "รายงานผลการบริหารและพัฒนาบุคลากร", [("รายงาน ปี 2567", "hr-report-67")]),
    ("o16", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมขับเคลื่อน", "/news/1262/")]),
    ("การส่งเสริมความโปร่งใส", None),
    ("o17", "แนวปฏิบัติจัดการเรื่องร้องเรียน", [("แผนผังขั้นตอน", "complaint-flow")]),
    ("o18", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียน", [("สถิติเรื่องร้องเรียน", "complaint-67")]),
    ("o20", "การมีส่วนร่วม", [("ประชุมรับฟังความคิดเห็น 2568", "/news/1275/")]),
    ("การป้องกันการทุจริต", None),
    ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", "no-gift-66")]),
    ("o22", "รายงานการรับทรัพย์สินฯ", [("รายงาน ปี 2567", "gift-report-67")]),
    ("o23", "การประเมินความเสี่ยงการทุจริต", [("เอกสาร", "/download/integrity/")]),
    ("o24", "รายงานผลการจัดการความเสี่ยง", [("รายงาน ปี 2567", "risk-mgmt-67")]),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต", [("แผน ปี 2568", "anti-plan-68")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี 2567", "anti-report-66")]),
]
ITA_2567 = [
    ("o5", "แผนพัฒนาท่าอากาศยาน", [("แผนพัฒนา ทภส.", "plan-61-65")]),
    ("o6", "แผนปฏิบัติราชการ", [("แผนปฏิบัติราชการ 2567", "action-67"), ("รายงานรอบ 6 เดือน", "half-report-67")]),
    ("o11", "สถิติการให้บริการ", [("สถิติ ปีงบ 2567", "traffic-67")]),
    ("o14", "แผนพัฒนาบุคลากร", [("แผนพัฒนาบุคลากร 2567", "hr-plan-67")]),
    ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", "no-gift-66")]),
    ("o23", "การประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง ITA 2567", "risk-67")]),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต", [("แผน ปี 2567", OLD_DEAD)]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงาน ปี 2566", "anti-report-66")]),
]


def ita_table(rows) -> str:
    out = ['<table class="table table-bordered table-sm"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์ข้อมูล</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="table-primary"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = "<br>".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    from datetime import date
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "ยินดีต้อนรับสู่ท่าอากาศยานภูสิงห์",
          '<div class="alert alert-info">ผู้โดยสารควรมาถึงท่าอากาศยานก่อนเวลาเครื่องออกอย่างน้อย 1 ชั่วโมง</div>'
          f'<h2 class="h5">ข่าวประชาสัมพันธ์</h2><ul>{latest}</ul><p><a href="/news/">ดูทั้งหมด</a></p>'
          '<h2 class="h5">บริการ</h2><p><a href="/flights/">ตารางเที่ยวบิน</a> · <a href="/eservice/">ยื่นคำขอออนไลน์</a> · '
          '<a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a> · <a href="/ita/2568/">การเปิดเผยข้อมูลสาธารณะ ITA 2568</a></p>')
    write("/about/history/", "ประวัติท่าอากาศยานภูสิงห์",
          "<p>ท่าอากาศยานภูสิงห์ เปิดให้บริการเมื่อวันที่ 1 มีนาคม 2539 เป็นท่าอากาศยานภูมิภาคในสังกัดกรมท่าอากาศยาน "
          "มีทางวิ่งกว้าง 45 เมตร ยาว 2,100 เมตร อาคารผู้โดยสารรองรับได้ 600 คนต่อชั่วโมง</p>"
          "<p>วิสัยทัศน์ : ท่าอากาศยานภูมิภาคที่ปลอดภัย ได้มาตรฐาน บริการด้วยใจ</p>")
    write("/about/structure/", "โครงสร้างองค์กร",
          '<img src="/assets/img/chart.png" alt="แผนภูมิโครงสร้างท่าอากาศยานภูสิงห์" width="120" height="80">'
          "<ul><li>ผู้อำนวยการท่าอากาศยานภูสิงห์<ul><li>งานบริหารทั่วไป (ธุรการ การเงิน พัสดุ บุคคล)</li>"
          "<li>งานท่าอากาศยาน (ปฏิบัติการเขตการบินและลานจอด)</li><li>งานรักษาความปลอดภัย</li>"
          "<li>งานดับเพลิงและกู้ภัย</li><li>งานช่างและไฟฟ้า</li><li>งานสื่อสารและอุปกรณ์ช่วยการเดินอากาศ</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ท่าอากาศยานภูสิงห์ เป็นหน่วยงานในสังกัดกรมท่าอากาศยาน ตามกฎกระทรวงแบ่งส่วนราชการกรมท่าอากาศยาน กระทรวงคมนาคม "
          "มีหน้าที่โดยสรุปดังนี้</p><ol><li>บริหารจัดการและให้บริการท่าอากาศยานให้เป็นไปตามมาตรฐานความปลอดภัยการบินพลเรือน</li>"
          "<li>ดูแลบำรุงรักษาทางวิ่ง ทางขับ ลานจอด อาคาร และระบบไฟฟ้าสนามบิน</li>"
          "<li>รักษาความปลอดภัยและตรวจค้นผู้โดยสารและสัมภาระ</li><li>ดับเพลิงและกู้ภัยอากาศยาน และจัดทำแผนฉุกเฉินท่าอากาศยาน</li>"
          "<li>อนุญาตให้ใช้พื้นที่และจัดเก็บค่าบริการตามอัตราที่กรมกำหนด</li><li>ปฏิบัติงานอื่นตามที่กรมท่าอากาศยานมอบหมาย</li></ol>")
    execs = [("นายธีรวัฒน์ ใจกล้า", "ผู้อำนวยการท่าอากาศยานภูสิงห์", "0 4561 3200 ต่อ 101"),
             ("นางสาวอรอุมา แสงเพชร", "หัวหน้างานบริหารทั่วไป", "0 4561 3200 ต่อ 110"),
             ("นายชยพล ศรีวงษา", "หัวหน้างานท่าอากาศยาน", "0 4561 3200 ต่อ 120"),
             ("นายอดิศักดิ์ บุญมาก", "หัวหน้างานรักษาความปลอดภัย", "0 4561 3200 ต่อ 130")]
    cards = "".join(f'<div class="col-md-4 card"><img src="/assets/img/person.png" alt="{esc(n)}" width="60" height="75">'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "ผู้บริหารท่าอากาศยานภูสิงห์", f'<div class="row">{cards}</div>')
    write("/flights/", "ข้อมูลเที่ยวบิน",
          '<table class="table table-sm"><tr><th>เที่ยวบิน</th><th>เส้นทาง</th><th>ออก</th><th>ถึง</th></tr>'
          "<tr><td>XY 8201</td><td>ดอนเมือง - ภูสิงห์</td><td>07.10</td><td>08.15</td></tr>"
          "<tr><td>XY 8202</td><td>ภูสิงห์ - ดอนเมือง</td><td>08.45</td><td>09.50</td></tr>"
          "<tr><td>XY 8207</td><td>ดอนเมือง - ภูสิงห์</td><td>17.30</td><td>18.35</td></tr></table>"
          "<p>ตารางบินอาจเปลี่ยนแปลง โปรดตรวจสอบกับสายการบิน</p>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG} กรมท่าอากาศยาน<br>เลขที่ 99 หมู่ที่ 7 ตำบลหนองบัว อำเภอภูสิงห์ จังหวัดศรีสะเกษ 33140</p>"
          "<p>โทรศัพท์ 0 4561 3200 โทรสาร 0 4561 3201<br>อีเมล phusing.airport@airports.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/phusing.airport.doa">ท่าอากาศยานภูสิงห์</a></p>'
          "<p>เวลาทำการสำนักงาน วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (อาคารผู้โดยสารเปิด 06.00 - 20.00 น.)</p>"
          '<p><a href="https://maps.google.com/?q=14.9312,104.1876">แผนที่ (Google Maps)</a></p>')
    write("/eservice/", "E-Service ยื่นคำขอรับบริการออนไลน์",
          "<p>ผู้ประกอบการและประชาชนยื่นคำขอใช้พื้นที่ ขอถ่ายภาพ/ถ่ายทำในเขตท่าอากาศยาน หรือขอบัตรผ่านชั่วคราวได้ทางออนไลน์ "
          "เจ้าหน้าที่จะติดต่อกลับภายใน 2 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSePhusingAirportEservice/formResponse" method="post">'
          'ชื่อ-นามสกุล/ชื่อนิติบุคคล <input name="entry.11"><br>โทรศัพท์ <input name="entry.12"><br>อีเมล <input name="entry.13"><br>'
          'ประเภทคำขอ <select name="entry.14"><option>ขอใช้พื้นที่จัดกิจกรรม/ประชาสัมพันธ์</option>'
          '<option>ขอถ่ายภาพ/ถ่ายทำในเขตท่าอากาศยาน</option><option>ขอบัตรผ่านเขตการบินชั่วคราว</option></select><br>'
          'รายละเอียด <textarea name="entry.15"></textarea><br><button class="btn btn-primary">ส่งคำขอ</button></form>'
          f'<p>{a(f("service-manual"), "คู่มือการขอรับบริการ")}</p>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนการให้บริการได้ที่เคาน์เตอร์ประชาสัมพันธ์ อาคารผู้โดยสาร โทร 0 4561 3200 หรือตู้รับความคิดเห็น</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-flow"), "แผนผังขั้นตอนการจัดการเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ ไม่ต้องระบุชื่อก็ได้</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้แจ้ง (ไม่บังคับ) <input name="name"><br>'
          'โทรศัพท์/อีเมล <input name="contact"><br>ผู้ถูกร้องเรียน/หน่วยงาน <input name="who"><br>'
          'รายละเอียด <textarea name="detail"></textarea><br>ไฟล์หลักฐาน <input type="file" name="file"><br>'
          '<button class="btn btn-danger">ส่งเรื่อง</button></form>'
          '<p>หรือแจ้งศูนย์ปฏิบัติการต่อต้านการทุจริต กรมท่าอากาศยาน <a href="https://www.airports.go.th/">www.airports.go.th</a></p>')
    write("/services/", "ข้อมูลสำหรับผู้โดยสาร",
          '<ul><li><a href="/services/checkin/">การเช็กอินและสัมภาระ</a></li><li><a href="/services/parking/">ที่จอดรถ</a></li>'
          '<li><a href="/services/transport/">การเดินทางมาท่าอากาศยาน</a></li><li><a href="/faq/">คำถามที่พบบ่อย</a></li></ul>')
    write("/services/checkin/", "การเช็กอินและสัมภาระ",
          "<p>เคาน์เตอร์เช็กอินเปิดก่อนเวลาเครื่องออก 2 ชั่วโมง และปิดก่อนเวลาเครื่องออก 45 นาที "
          "สัมภาระโหลดใต้ท้องเครื่องตามเงื่อนไขของแต่ละสายการบิน</p>")
    write("/services/parking/", "ที่จอดรถ",
          "<p>ลานจอดรถยนต์ 220 คัน ไม่เสียค่าบริการใน 30 นาทีแรก ชั่วโมงต่อไปชั่วโมงละ 20 บาท เหมาจ่ายรายวัน 150 บาท</p>")
    write("/services/transport/", "การเดินทางมาท่าอากาศยาน",
          "<p>รถตู้โดยสารท่าอากาศยาน - ตัวเมืองศรีสะเกษ ออกทุกเที่ยวบินขาเข้า ค่าโดยสาร 100 บาท และรถแท็กซี่มิเตอร์หน้าอาคารผู้โดยสาร</p>")
    write("/faq/", "คำถามที่พบบ่อย",
          "<p><b>ถาม</b> นำพาวเวอร์แบงก์ขึ้นเครื่องได้หรือไม่<br><b>ตอบ</b> ได้ เฉพาะในสัมภาระติดตัว ความจุไม่เกิน 20,000 mAh</p>"
          "<p><b>ถาม</b> ทำบัตรประชาชนหาย ใช้เอกสารใดแทนได้<br><b>ตอบ</b> ใบแจ้งความพร้อมรูปถ่าย หรือบัตรที่ออกโดยหน่วยงานราชการที่มีรูปถ่าย</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : ท่าอากาศยานภูมิภาคที่ปลอดภัย ได้มาตรฐาน บริการด้วยใจ</p>"
          "<p>พันธกิจ : 1 ให้บริการท่าอากาศยานตามมาตรฐานความปลอดภัย 2 พัฒนาโครงสร้างพื้นฐาน 3 ยกระดับการบริการผู้โดยสาร</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>ท่าอากาศยานภูสิงห์เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "PDF")}</td></tr>' for k in months)
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง",
          '<h2 class="h5">สรุปผลการดำเนินการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ 2568</h2>'
          f'<table class="table table-sm"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2 class="h5">ประกาศ / รายงาน</h2><ul><li>{a(f("masterplan-notice"), ROWS["masterplan-notice"][0])}</li>'
          f'<li>{a(f("proc-year-67"), ROWS["proc-year-67"][0])}</li></ul>')
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "เอกสารดาวน์โหลด", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"เอกสารดาวน์โหลด : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li><li><a href="/ita/2567/">ITA ประจำปี 2567</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568",
          "<p>ท่าอากาศยานภูสิงห์ ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>" + ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567", ita_table(ITA_2567))


def assets() -> None:
    import base64
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    for sub in ("img", "css", "js"):
        os.makedirs(os.path.join(HERE, "assets", sub), exist_ok=True)
    for n in ("logo.png", "person.png", "director.png", "chart.png"):
        with open(os.path.join(HERE, "assets", "img", n), "wb") as fh:
            fh.write(png)
    with open(os.path.join(HERE, "assets", "css", "bootstrap.min.css"), "w", encoding="utf-8") as fh:
        fh.write("/* Bootstrap v5.3 (trimmed stand-in) */.container{max-width:1140px;margin:auto}.row{display:flex}"
                 ".col-md-9{flex:0 0 75%}.col-md-3{flex:0 0 25%}.col-md-4{flex:0 0 33%}.table{width:100%}\n")
    with open(os.path.join(HERE, "assets", "css", "site.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,Tahoma,sans-serif}.navbar-nav{display:flex;list-style:none}\n")
    with open(os.path.join(HERE, "assets", "js", "bootstrap.bundle.min.js"), "w", encoding="utf-8") as fh:
        fh.write("/* Bootstrap v5.3 bundle (stand-in) */\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
