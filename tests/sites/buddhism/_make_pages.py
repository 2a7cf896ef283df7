"""Generate the HTML pages of the "buddhism" test site (สำนักงานพระพุทธศาสนาจังหวัดศรีบุรินทร์, invented).

Run:  python tests/sites/buddhism/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial office of Buddhism on a government web template: a top bar, a menu, a side column
(the director, quick links, links to the national office, a visitor counter) and a footer on
every page; pages are folder/index.html.  Documents are listed by category (/download/<cat>/),
the monthly procurement summaries on /procurement/, news under /news/ (two pages).  The ITA page
/ita/2569/ is a table of o1 … o26 in the office's own short wording whose links go to files,
pages or category lists; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "สำนักงานพระพุทธศาสนาจังหวัดศรีบุรินทร์"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ", "stats": "สถิติ",
        "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส",
        "general": "หนังสือเวียน / เอกสารทั่วไป"}
HIDDEN: set[str] = set()
MISSING_SIZE = "388.2 KB"
OLD_DEAD = "/files/4980.pdf"  # last year's o21 (risk assessment 2567): the file was deleted


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key)


MENU = [("หน้าหลัก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("ข้อมูลวัด", "/temples/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">{ORG} สำนักงานพระพุทธศาสนาแห่งชาติ · โทร. 0 4461 2387</div>
<div id="banner"><img src="/assets/logo.png" alt="ตราสำนักงานพระพุทธศาสนาแห่งชาติ" width="64" height="64">
<b>{ORG}</b><br><small>Sriburin Provincial Office of Buddhism</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/director.png" alt="ผู้อำนวยการ" width="60" height="75"><br>
<b>ผู้อำนวยการสำนักงานพระพุทธศาสนาจังหวัดศรีบุรินทร์</b><br>นายธนพล วิเศษศักดิ์</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/ita/2569/">ITA ประจำปี ๒๕๖๙</a><br>
<a href="/ita/2568/">ITA ประจำปี ๒๕๖๘</a><br><a href="/eservice/">บริการออนไลน์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/dhamma-exam/">ธรรมศึกษา</a><br>
<a href="/sunday-school/">ศูนย์ศึกษาพระพุทธศาสนาวันอาทิตย์</a><br>
<a href="https://www.onab.go.th/">สำนักงานพระพุทธศาสนาแห่งชาติ</a></div>
<div class="box">ผู้เข้าชม ๑๘๔,๐๒๗ ครั้ง</div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} ศาลากลางจังหวัดศรีบุรินทร์ ชั้น 3 ถนนศรีสุริยวงศ์ ตำบลในเมือง อำเภอเมืองศรีบุรินทร์
จังหวัดศรีบุรินทร์ 34990<br>โทรศัพท์ 0 4461 2387 โทรสาร 0 4461 2388 อีเมล pbs.sriburin@buddhism-sriburin.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
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
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (612, (2026, 4, 9), "พิธีสรงน้ำพระพุทธรูปสำคัญประจำจังหวัด เนื่องในเทศกาลสงกรานต์ ๒๕๖๙",
     ["วันที่ 9 เมษายน 2569 สำนักงานพระพุทธศาสนาจังหวัดศรีบุรินทร์ ร่วมกับจังหวัดศรีบุรินทร์ จัดพิธีอัญเชิญพระพุทธรูปสำคัญ "
      "ให้ประชาชนสรงน้ำ ณ ลานหน้าศาลากลางจังหวัด มีประชาชนเข้าร่วมกว่า 1,200 คน"]),
    (607, (2026, 3, 20), "ประกาศผลการสอบธรรมศึกษา ชั้นตรี โท เอก สนามหลวง ประจำปี ๒๕๖๘",
     ["ผู้เข้าสอบธรรมศึกษาในจังหวัดศรีบุรินทร์ 9,608 คน สอบได้ 7,215 คน คิดเป็นร้อยละ 75.09 "
      'ตรวจสอบรายชื่อได้ที่ <a href="/dhamma-exam/">หน้าธรรมศึกษา</a>']),
    (603, (2026, 2, 24), "สรุปผลการประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ต่อการจัดสรรเงินอุดหนุนบูรณะวัด ปีงบประมาณ ๒๕๖๙",
     ["วันที่ 19 กุมภาพันธ์ 2569 สำนักงานพระพุทธศาสนาจังหวัดศรีบุรินทร์ จัดประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย "
      "เพื่อเปิดโอกาสให้เจ้าอาวาส ไวยาวัจกร ผู้นำชุมชน และประชาชน มีส่วนร่วมในการกำหนดหลักเกณฑ์และลำดับความสำคัญ"
      "ของการจัดสรรเงินอุดหนุนบูรณะและปฏิสังขรณ์วัด ประจำปีงบประมาณ พ.ศ. 2569 ณ ห้องประชุมชั้น 3 ศาลากลางจังหวัด",
      "ผู้เข้าร่วม 87 คน ได้แก่ เจ้าอาวาส 41 รูป ไวยาวัจกร 23 คน ผู้นำชุมชนและประชาชน 18 คน ผู้แทนสำนักงานโยธาธิการและผังเมืองจังหวัด 5 คน",
      "ผลการรับฟังความคิดเห็น : ที่ประชุมเสนอให้ให้น้ำหนักวัดที่อาคารชำรุดเป็นอันตราย และให้เผยแพร่ผลการจัดสรรรายวัดบนเว็บไซต์ "
      "สำนักงานฯ รับข้อเสนอทั้ง 2 ข้อ ไปปรับหลักเกณฑ์การจัดสรร และจะประกาศผลภายในเดือนมิถุนายน 2569"]),
    (598, (2026, 2, 9), "ขอเชิญร่วมประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ปีงบประมาณ ๒๕๖๙",
     ["ขอเชิญเจ้าอาวาส ไวยาวัจกร และประชาชนผู้สนใจ ร่วมประชุมรับฟังความคิดเห็นต่อการจัดสรรเงินอุดหนุนบูรณะวัด "
      "ในวันที่ 19 กุมภาพันธ์ 2569 เวลา 09.00 น. ณ ห้องประชุมชั้น 3 ศาลากลางจังหวัดศรีบุรินทร์ ลงทะเบียนได้ที่สำนักงาน"]),
    (594, (2026, 1, 23), "โครงการส่งเสริมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ ๒๕๖๙",
     ["วันที่ 22 - 23 มกราคม 2569 สำนักงานพระพุทธศาสนาจังหวัดศรีบุรินทร์ จัดโครงการปฏิบัติธรรมและอบรมจริยธรรม "
      "เพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือนและข้อกำหนดจริยธรรมของหน่วยงาน ณ วัดป่าศรีบุรินทร์ธรรมาราม",
      "บุคลากรเข้าร่วมครบ 19 คน ทบทวน Do's & Don'ts ของสำนักงาน และชี้แจงหลักเกณฑ์การรับทรัพย์สินตามมาตรา 128"]),
    (589, (2025, 12, 18), "ประชุมชี้แจงการขอรับเงินอุดหนุนบูรณะและปฏิสังขรณ์วัด ประจำปีงบประมาณ ๒๕๖๙",
     ["ชี้แจงเจ้าอาวาสและไวยาวัจกร 120 วัด เรื่องเอกสารและขั้นตอนการขอรับเงินอุดหนุน ผ่านระบบยื่นคำขอออนไลน์"]),
    (585, (2025, 11, 30), "การสอบธรรมศึกษา ชั้นตรี โท เอก สนามหลวง ประจำปี ๒๕๖๘",
     ["วันที่ 27 - 29 พฤศจิกายน 2568 จัดสอบธรรมศึกษา 58 สนามสอบทั่วจังหวัด ผู้สมัครสอบ 9,608 คน"]),
    (579, (2025, 11, 3), "พิธีถวายผ้าพระกฐินพระราชทาน ประจำปี ๒๕๖๘",
     ["ผู้ว่าราชการจังหวัดศรีบุรินทร์เป็นประธานถวายผ้าพระกฐินพระราชทาน ณ วัดศรีบุรินทร์วราราม พระอารามหลวง"]),
    (574, (2025, 10, 23), "วันปิยมหาราช ๒๓ ตุลาคม ๒๕๖๘",
     ["ผู้บริหารและบุคลากรร่วมพิธีวางพวงมาลา ณ ลานพระบรมราชานุสาวรีย์ จังหวัดศรีบุรินทร์"]),
    (570, (2025, 10, 2), "ผู้อำนวยการประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ ๒๕๖๙",
     ['ผู้อำนวยการสำนักงานพระพุทธศาสนาจังหวัดศรีบุรินทร์ ประกาศเจตจำนงสุจริตต่อบุคลากร <a href="{will}">ประกาศเจตจำนงสุจริต</a>']),
    # FY2568, on page 2
    (551, (2025, 5, 12), "งานวันวิสาขบูชา และสัปดาห์ส่งเสริมพระพุทธศาสนา ประจำปี ๒๕๖๘",
     ["จัดกิจกรรมเวียนเทียน ตักบาตร และนิทรรศการ ณ วัดศรีบุรินทร์วราราม"]),
    (544, (2025, 3, 4), "ประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ปีงบประมาณ ๒๕๖๘",
     ["วันที่ 27 กุมภาพันธ์ 2568 ประชุมรับฟังความคิดเห็นเจ้าอาวาสและไวยาวัจกร 64 คน เรื่องการบริการของสำนักงาน"]),
    (536, (2024, 12, 11), "ประชุมคณะกรรมการจัดสรรเงินอุดหนุนบูรณะวัด ปีงบประมาณ ๒๕๖๘",
     ["พิจารณาจัดสรรเงินอุดหนุนบูรณะวัด 46 วัด"]),
    (528, (2024, 10, 4), "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)",
     ['สำนักงานฯ ขอความร่วมมือผู้มาติดต่องดให้ของขวัญทุกโอกาส <a href="{nogift}">ประกาศ No Gift Policy</a>']),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"will": f("will-69"), "nogift": f("no-gift-67")}
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(y, m, day))} · งานประชาสัมพันธ์</p>{body}'
              '<p><a href="/news/">« ข่าวทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>'
                          for n in chunk)
        pager = '<p>หน้า <b>1</b> <a href="/news/page/2/">2</a></p>' if p == 1 else '<p>หน้า <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


ITA_2569 = [  # (ข้อ, heading, [(link text, href or row key)])
    ("o1", "โครงสร้าง/อำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ทำเนียบผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อหน่วยงาน/ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("Q&A", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนปฏิบัติราชการระยะยาว", [("แผนปฏิบัติราชการ", "plan-4y")]),
    ("o6", "แผนปฏิบัติราชการประจำปี/แผนการใช้จ่ายงบประมาณ", [("แผนปฏิบัติราชการ ปี 2569", "action-69"),
                                                       ("แผนการใช้จ่ายงบประมาณ", "budget-plan-69")]),
    ("o7", "รายงานผลการดำเนินงาน", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "manual-staff")]),
    ("o9", "คู่มือประชาชน", [("คู่มือสำหรับประชาชน", "citizen-manual")]),
    ("o10", "E-Service", [("บริการออนไลน์", "/eservice/"), ("สถิติการให้บริการ", "service-68")]),
    ("o11", "สขร.1 รายเดือน", [("สรุปผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o12", "สรุปผลจัดซื้อจัดจ้างประจำปี", [("รายงานสรุปผลการจัดซื้อจัดจ้าง", "proc-year-68")]),
    ("o13", "หลักเกณฑ์/แผนบริหารบุคคล", [("เอกสารงานบุคคล", "/download/hr/")]),
    ("o14", "รายงานผลการบริหารบุคคล", [("รายงานผล ปี 2568", "hr-report-68")]),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมขับเคลื่อนจริยธรรม", "/news/594/")]),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียน", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("สถิติเรื่องร้องเรียน", "complaint-6m")]),
    ("o19", "การมีส่วนร่วม", [("รับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย", "/news/603/")]),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", "no-gift-67"), ("รายงานการรับของขวัญ", "gift-report-68")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยง", "risk-68")]),
    ("o22", "รายงานผลการบริหารความเสี่ยง", [("รายงานผล", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต 2569", "anti-plan-69")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงานผล ปี 2568", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนา", [("วิเคราะห์ผล ITA 2568", "ita-analysis-68")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("รายงานผล ปี 2568", "integrity-report-68")]),
]
ITA_2568 = [
    ("o5", "แผนปฏิบัติราชการ", [("แผนปฏิบัติราชการ 4 ปี", "plan-4y")]),
    ("o6", "แผนปฏิบัติราชการประจำปี", [("แผนปฏิบัติราชการ ปี 2568", "action-68")]),
    ("o11", "รายการจัดซื้อจัดจ้าง", [("สขร.1", "/procurement/")]),
    ("o14", "แผนบริหารและพัฒนาทรัพยากรบุคคล", [("แผนพัฒนาบุคลากร 2568", "hr-plan-68")]),
    ("o19", "สถิติเรื่องร้องเรียน", [("รอบ 6 เดือน", "complaint-6m")]),
    ("o20", "การมีส่วนร่วม", [("ประชุมรับฟังความคิดเห็น 2568", "/news/544/")]),
    ("o21", "No Gift Policy", [("ประกาศ", "no-gift-67")]),
    ("o23", "ประเมินความเสี่ยงการให้หรือรับสินบน", [("ประเมินความเสี่ยง 2567", OLD_DEAD)]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์ข้อมูล</th></tr>']
    for code, heading, links in rows:
        cell = " | ".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "หน้าหลัก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">ดูข่าวทั้งหมด</a></p>'
          '<h2>บริการ</h2><p><a href="/eservice/">ยื่นคำขอออนไลน์</a> · <a href="/temples/">ข้อมูลวัดในจังหวัด</a> · '
          '<a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a> · <a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ๒๕๖๙</a></p>')
    write("/about/history/", "ประวัติหน่วยงาน",
          "<p>สำนักงานพระพุทธศาสนาจังหวัดศรีบุรินทร์ เป็นหน่วยงานในสังกัดสำนักงานพระพุทธศาสนาแห่งชาติ ตั้งขึ้นเมื่อปี พ.ศ. 2545 "
          "ตามพระราชกฤษฎีกาจัดตั้งสำนักงานพระพุทธศาสนาแห่งชาติ ปฏิบัติงานในราชการบริหารส่วนภูมิภาค "
          "ดูแลวัด 612 วัด ใน 9 อำเภอ</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : เป็นองค์กรหลักในการทำนุบำรุงและเผยแผ่พระพุทธศาสนา</p><ol><li>ส่งเสริมการศึกษาพระปริยัติธรรม</li>"
          "<li>เผยแผ่หลักธรรมทางพระพุทธศาสนา</li><li>ทำนุบำรุงศาสนสถานและศาสนสมบัติ</li></ol>")
    write("/about/structure/", "โครงสร้างหน่วยงาน",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างสำนักงานพระพุทธศาสนาจังหวัดศรีบุรินทร์" width="120" height="80">'
          "<ul><li>ผู้อำนวยการสำนักงานพระพุทธศาสนาจังหวัดศรีบุรินทร์<ul><li>ฝ่ายบริหารงานทั่วไป</li>"
          "<li>กลุ่มส่งเสริมพระพุทธศาสนา</li><li>กลุ่มศาสนสมบัติ</li><li>กลุ่มส่งเสริมกิจการพระพุทธศาสนาและคณะสงฆ์</li>"
          "<li>ผู้ประสานงานระดับอำเภอ (9 อำเภอ)</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการสำนักงานพระพุทธศาสนาแห่งชาติ สำนักงานพระพุทธศาสนาจังหวัดมีอำนาจหน้าที่ สรุปได้ดังนี้</p><ol>"
          "<li>ดำเนินการเกี่ยวกับการคณะสงฆ์และสนองงานคณะสงฆ์ในจังหวัด</li><li>ส่งเสริมการศึกษาพระปริยัติธรรม ธรรมศึกษา "
          "และศูนย์ศึกษาพระพุทธศาสนาวันอาทิตย์</li><li>ดูแลศาสนสมบัติกลางและศาสนสมบัติของวัด การสร้าง ตั้ง และยุบรวมวัด</li>"
          "<li>อุดหนุนการบูรณะและปฏิสังขรณ์วัด</li><li>เผยแผ่พระพุทธศาสนาและส่งเสริมกิจกรรมวันสำคัญทางพระพุทธศาสนา</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    execs = [("นายธนพล วิเศษศักดิ์", "ผู้อำนวยการสำนักงานพระพุทธศาสนาจังหวัดศรีบุรินทร์", "08 6417 2290"),
             ("นางศศิธร พรหมสุวรรณ", "หัวหน้ากลุ่มส่งเสริมพระพุทธศาสนา", "0 4461 2387 ต่อ 14"),
             ("นายเกรียงไกร อินทรสมบัติ", "หัวหน้ากลุ่มศาสนสมบัติ", "0 4461 2387 ต่อ 15"),
             ("นางสาวกมลวรรณ ชื่นบุญ", "หัวหน้าฝ่ายบริหารงานทั่วไป", "0 4461 2387 ต่อ 11")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "ทำเนียบผู้บริหาร", cards)
    write("/about/staff/", "บุคลากร",
          "<p>ข้าราชการ 8 คน พนักงานราชการ 9 คน ลูกจ้าง 2 คน</p>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>ศาลากลางจังหวัดศรีบุรินทร์ ชั้น 3 ถนนศรีสุริยวงศ์ ตำบลในเมือง อำเภอเมืองศรีบุรินทร์ จังหวัดศรีบุรินทร์ 34990</p>"
          "<p>โทรศัพท์ 0 4461 2387 โทรสาร 0 4461 2388<br>อีเมล pbs.sriburin@buddhism-sriburin.go.th</p>"
          "<p>วันเวลาราชการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.2291,104.8573">แผนที่ (Google Maps)</a></p>'
          '<p>มีข้อสงสัย สอบถามได้ที่ <a href="/qa/">ถาม-ตอบ (Q&amp;A)</a></p>')
    qa = [("วัดต้องใช้เอกสารอะไรบ้างในการขอหนังสือรับรองสถานะวัด", "ไวยาวัจกรวัดหนองบัว", "16 มี.ค. 2569",
           "หนังสือขอรับรองของเจ้าอาวาส และสำเนาหนังสือสุทธิ ยื่นได้ที่สำนักงานหรือผ่าน E-Service (เจ้าหน้าที่)"),
          ("ศูนย์ศึกษาพระพุทธศาสนาวันอาทิตย์เปิดรับสมัครนักเรียนเมื่อไร", "ผู้ปกครอง", "4 ก.พ. 2569",
           "แต่ละศูนย์รับสมัครเดือนพฤษภาคม ติดต่อวัดที่ตั้งศูนย์โดยตรง (เจ้าหน้าที่)")]
    items = "".join(f'<div class="qa"><p><b>ถาม:</b> {esc(q)} <small>{esc(w)} {t}</small></p><p><b>ตอบ:</b> {esc(r)}</p></div>'
                    for q, w, t, r in qa)
    write("/qa/", "ถาม-ตอบ (Q&A)",
          f'{items}<form action="/qa/ask/" method="post"><h2>ส่งคำถาม</h2>เรื่อง <input name="subject"><br>'
          'คำถาม <textarea name="question"></textarea><br>ชื่อ <input name="name"><br><button>ส่งคำถาม</button></form>')
    write("/eservice/", "บริการออนไลน์ (E-Service)",
          "<p>วัดและประชาชนยื่นคำขอหนังสือรับรองสถานะวัด คำขอเงินอุดหนุนบูรณะวัด และคำขออื่น ๆ ทางออนไลน์ได้ "
          "เจ้าหน้าที่แจ้งผลทางโทรศัพท์หรืออีเมลภายใน 2 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSfSriburinBuddhismEservice/formResponse" method="post">'
          '<h2>แบบคำขอออนไลน์</h2>ชื่อวัด/ผู้ยื่น <input name="entry.1"><br>โทรศัพท์ <input name="entry.2"><br>'
          'ประเภทคำขอ <select name="entry.3"><option>ขอหนังสือรับรองสถานะวัด</option><option>ขอรับเงินอุดหนุนบูรณะวัด</option>'
          '<option>ขออนุญาตใช้ที่ดินวัด</option><option>อื่น ๆ</option></select><br>'
          'รายละเอียด <textarea name="entry.4"></textarea><br>แนบไฟล์ <input type="file" name="entry.5"><br>'
          '<button>ยื่นคำขอ</button></form>'
          f'<p>{a(f("service-68"), "สถิติการให้บริการ")}</p>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ร้องเรียนได้ที่สำนักงาน โทร 0 4461 2387 หรือศูนย์ดำรงธรรมจังหวัดศรีบุรินทร์ โทร 1567</p>"
          '<p><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้แจ้ง (ไม่ระบุได้) <input name="name"><br>'
          'โทรศัพท์ <input name="phone"><br>เรื่อง <input name="subject"><br>รายละเอียด <textarea name="detail"></textarea><br>'
          'หลักฐาน <input type="file" name="file"><br><button>ส่งเรื่อง</button></form>'
          '<p>ช่องทางอื่น : <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · ศูนย์ดำรงธรรมจังหวัด โทร 1567</p>')
    write("/temples/", "ข้อมูลวัดในจังหวัดศรีบุรินทร์",
          '<table class="list"><tr><th>อำเภอ</th><th>วัด</th><th>ภิกษุ</th><th>สามเณร</th></tr>'
          "<tr><td>เมืองศรีบุรินทร์</td><td>94</td><td>712</td><td>240</td></tr>"
          "<tr><td>ท่าโพธิ์</td><td>71</td><td>455</td><td>118</td></tr>"
          "<tr><td>หนองกระทุ่ม</td><td>88</td><td>503</td><td>131</td></tr></table>")
    write("/dhamma-exam/", "ธรรมศึกษา",
          "<p>ผลการสอบธรรมศึกษา สนามหลวง ประจำปี 2568 : ผู้เข้าสอบ 9,608 คน สอบได้ 7,215 คน</p>")
    write("/sunday-school/", "ศูนย์ศึกษาพระพุทธศาสนาวันอาทิตย์",
          "<p>จังหวัดศรีบุรินทร์มีศูนย์ศึกษาพระพุทธศาสนาวันอาทิตย์ 58 แห่ง นักเรียน 6,940 คน</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานฯ เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    # procurement
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    kinds = {"pdf": "PDF", "xls": "Excel", "xlsx": "Excel"}
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td>'
                   f'<td>{a(f(k), "ดาวน์โหลด (" + kinds[ROWS[k][3]] + ")")}</td></tr>' for k in months)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศ/รายงานอื่น</h2><ul><li>{a(f("proc-plan-69"), ROWS["proc-plan-69"][0])}</li>'
          f'<li>{a(f("proc-year-68"), ROWS["proc-year-68"][0])}</li></ul>')
    # downloads
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลด : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปีงบประมาณ 2569</a></li><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568", ita_table(ITA_2568))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "person.png", "chart.png", "director.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#b8860b;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:230px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #ddd;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#f3ead2;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
