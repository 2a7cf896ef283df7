"""Generate the HTML pages of the "rajabhat" test site (มหาวิทยาลัยราชภัฏภูพานทอง, invented).

Run after _make_docs.py:  python tests/sites/rajabhat/_make_pages.py

Every page is <folder>/index.html in one template: a top bar, the university's banner, a menu,
a left column (quick links, the ITA pages of two years, faculties), the content and a footer.
Deterministic: fixed dates, no randomness.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG  # noqa: E402

MISSING_SIZE = "1.2 MB"
TH_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนยุทธศาสตร์และแผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "procurement": "จัดซื้อจัดจ้าง",
        "hr": "การบริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส", "manual": "คู่มือและมาตรฐาน",
        "faculty": "เอกสารจากคณะ"}
FACULTIES = {"edu": "คณะครุศาสตร์", "hum": "คณะมนุษยศาสตร์และสังคมศาสตร์", "sci": "คณะวิทยาศาสตร์และเทคโนโลยี",
             "fms": "คณะวิทยาการจัดการ", "agri": "คณะเทคโนโลยีการเกษตร"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(d: date) -> str:
    return f"{d.day} {SHORT[d.month - 1]} {d.year + 543}"


def f(key: str) -> str:
    number, ext = DOCS[key][0], DOCS[key][1]
    return f"/files/{number}.{ext}"


def layout(title: str, body: str) -> str:
    faculties = "".join(f'<li><a href="/faculty/{k}/">{esc(v)}</a></li>' for k, v in FACULTIES.items())
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<title>{esc(title)} | {ORG}</title>
<link rel="stylesheet" href="/assets/style.css">
</head><body>
<div id="topbar">ภาษาไทย | English · <a href="/sitemap/">แผนผังเว็บไซต์</a> · <a href="/contact/">ติดต่อเรา</a></div>
<div id="banner"><img src="/assets/logo.png" alt="ตรามหาวิทยาลัย"> {ORG}<br><small>Phuphan Thong Rajabhat University</small></div>
<ul id="menu">
<li><a href="/">หน้าแรก</a></li>
<li><a href="/about/history/">เกี่ยวกับมหาวิทยาลัย</a></li>
<li><a href="/about/structure/">โครงสร้างองค์กร</a></li>
<li><a href="/about/executives/">ผู้บริหาร</a></li>
<li><a href="/news/">ข่าวประชาสัมพันธ์</a></li>
<li><a href="/procurement/">จัดซื้อจัดจ้าง</a></li>
<li><a href="/download/">ดาวน์โหลดเอกสาร</a></li>
<li><a href="/eservice/">E-Service</a></li>
<li><a href="/ita/2569/">ITA</a></li>
<li><a href="/contact/">ติดต่อ</a></li>
</ul>
<div id="wrap"><div id="side">
<div class="box"><b>ลิงก์ด่วน</b><ul><li><a href="/admission/">รับสมัครนักศึกษา</a></li>
<li><a href="/library/">สำนักวิทยบริการและเทคโนโลยีสารสนเทศ</a></li><li><a href="/research/">สถาบันวิจัยและพัฒนา</a></li>
<li><a href="/complaint/">ร้องเรียนการทุจริต</a></li><li><a href="/qa/">ถาม-ตอบ</a></li></ul></div>
<div class="box"><b>ITA มหาวิทยาลัย</b><ul><li><a href="/ita/2569/">ITA ๒๕๖๙</a></li><li><a href="/ita/2568/">ITA ๒๕๖๘</a></li></ul></div>
<div class="box"><b>คณะ</b><ul>{faculties}</ul></div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} เลขที่ 680 หมู่ที่ 11 ถนนนิตโย ตำบลธาตุเชิงชุม อำเภอเมืองสกลนคร จังหวัดสกลนคร 47000<br>
โทรศัพท์ 0 4270 3100 โทรสาร 0 4270 3101 อีเมล saraban@pptru.ac.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>© ๒๕๖๗ งานเว็บไซต์ สำนักวิทยบริการและเทคโนโลยีสารสนเทศ</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if DOCS[key][5][0] == "missing":
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        _n, ext, title, _cat, up, _c = DOCS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>{ext.upper()} {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ที่</th><th>เรื่อง</th><th>วันที่ลง</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in DOCS if DOCS[k][3] and (cat is None or DOCS[k][3] == cat)]
    return sorted(keys, key=lambda k: DOCS[k][4], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, date, title, paragraphs
    (2291, date(2026, 4, 2), "มหาวิทยาลัยเปิดรับสมัครนักศึกษาใหม่ ภาคปกติ ปีการศึกษา 2569 รอบที่ 3",
     ["สมัครได้ทางระบบรับสมัครออนไลน์ ตั้งแต่วันที่ 1 - 30 เมษายน 2569"]),
    (2284, date(2026, 3, 13), "ประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสียต่อการดำเนินงานของมหาวิทยาลัย ประจำปีงบประมาณ 2569",
     ["วันที่ 12 มีนาคม 2569 มหาวิทยาลัยจัดประชุมรับฟังความคิดเห็นจากผู้มีส่วนได้ส่วนเสีย ได้แก่ ผู้แทนองค์กรปกครองส่วนท้องถิ่น 18 แห่ง "
      "ผู้อำนวยการโรงเรียนเครือข่าย 26 โรง ผู้ประกอบการ ศิษย์เก่า และผู้ปกครอง รวม 132 คน ณ หอประชุมภูพานทอง",
      "ผู้เข้าร่วมเสนอให้มหาวิทยาลัยเพิ่มหลักสูตรระยะสั้นด้านการแปรรูปผลผลิตการเกษตร และขยายโครงการพี่เลี้ยงโรงเรียนขนาดเล็ก",
      "มหาวิทยาลัยนำข้อเสนอทั้ง 14 ประเด็นบรรจุในแผนปฏิบัติราชการฉบับปรับปรุง และจะแจ้งผลการดำเนินการต่อที่ประชุมครั้งถัดไปในเดือนกันยายน 2569"]),
    (2279, date(2026, 2, 27), "ค่ายเยาวชนสุจริต นักศึกษาชั้นปีที่ 1 ประจำปี 2569",
     ["กองพัฒนานักศึกษาจัดค่ายเยาวชนสุจริต ระหว่างวันที่ 25 - 27 กุมภาพันธ์ 2569 มีนักศึกษาเข้าร่วม 252 คน"]),
    (2270, date(2026, 1, 28), "อบรมการขับเคลื่อนประมวลจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2569",
     ["วันที่ 27 มกราคม 2569 มหาวิทยาลัยจัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมของผู้บริหาร คณาจารย์ และบุคลากร พ.ศ. 2566 "
      "ให้บุคลากรนำไปปฏิบัติ โดยมีวิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดสกลนคร",
      "ผู้เข้าร่วม ผู้บริหาร 38 คน คณาจารย์ 121 คน บุคลากรสายสนับสนุน 164 คน รวม 323 คน พร้อมมอบรางวัลบุคลากรต้นแบบด้านจริยธรรม 5 คน"]),
    (2262, date(2025, 12, 24), "คณะวิทยาศาสตร์และเทคโนโลยี รณรงค์ No Gift Policy ช่วงปีใหม่ 2569",
     ['คณะวิทยาศาสตร์และเทคโนโลยีขอความร่วมมือนักศึกษางดมอบของขวัญแก่อาจารย์ <a href="{scinogift}">ประกาศคณะ</a>']),
    (2255, date(2025, 12, 5), "พิธีถวายพระพรชัยมงคล เนื่องในวันพ่อแห่งชาติ 5 ธันวาคม 2568",
     ["ผู้บริหาร คณาจารย์ บุคลากร และนักศึกษา ร่วมพิธี ณ ลานหน้าอาคารสำนักงานอธิการบดี"]),
    (2241, date(2025, 11, 18), "พิธีพระราชทานปริญญาบัตร ประจำปีการศึกษา 2567",
     ["บัณฑิตเข้ารับพระราชทานปริญญาบัตร 3,482 คน"]),
    (2230, date(2025, 10, 27), "เชิญประชุมจัดทำแผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ 2569",
     ['กองกลางเชิญผู้แทนทุกหน่วยงานร่วมประชุม 24 ตุลาคม 2568 <a href="{invite}">หนังสือเชิญ</a>']),
    (2224, date(2025, 10, 9), "อธิการบดีประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2569",
     ["วันที่ 8 ตุลาคม 2568 อธิการบดีและคณะผู้บริหารประกาศเจตจำนงสุจริตต่อหน้าบุคลากร"]),
    (2219, date(2025, 10, 2), "ปฐมนิเทศบุคลากรใหม่ ประจำปีงบประมาณ 2569",
     ["กองบริหารงานบุคคลจัดปฐมนิเทศบุคลากรใหม่ 29 คน"]),
    # FY2568, page 2
    (2166, date(2025, 3, 14), "ประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ประจำปีงบประมาณ 2568",
     ["วันที่ 13 มีนาคม 2568 มีผู้เข้าร่วม 118 คน"]),
    (2140, date(2024, 12, 26), "มหาวิทยาลัยประกาศนโยบาย No Gift Policy",
     ['ขอความร่วมมืองดให้ของขวัญในเทศกาลปีใหม่ <a href="{nogift}">ประกาศนโยบาย</a>']),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"scinogift": f("sci-nogift-69"), "invite": f("anti-invite"), "nogift": f("nogift-67")}
    for nid, d, title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">วันที่ {be(d)} · งานประชาสัมพันธ์</p>{body}'
              '<p><a href="/news/">« กลับหน้าข่าวประชาสัมพันธ์</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(n[1])})</span></li>' for n in chunk)
        pager = '<p>หน้า <b>1</b> <a href="/news/page/2/">2</a></p>' if p == 1 else '<p>หน้า <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


ITA_2569 = [
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้างองค์กร", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหารมหาวิทยาลัย", [("ผู้บริหาร", "/about/executives/")]),
    ("o3", "การติดต่อ / ถาม-ตอบ", [("ติดต่อ", "/contact/"), ("ถาม-ตอบ", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าว", "/news/")]),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์มหาวิทยาลัย", "strat-64-68"), ("แผนยุทธศาสตร์คณะ", "edu-strat-66-70")]),
    ("o6", "แผนปฏิบัติราชการและแผนการใช้จ่ายงบประมาณ", [("แผนปฏิบัติราชการ ๒๕๖๙", "action-plan-69"),
                                                     ("แผนการใช้จ่ายงบประมาณ", "spend-plan-69")]),
    ("o7", "รายงานประจำปี", [("รายงานประจำปี", "annual-67"), ("รายงานประจำปีคณะครุศาสตร์", "edu-annual-68")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือและมาตรฐาน", "/download/manual/")]),
    ("o9", "คู่มือการขอรับบริการ", [("คู่มือการขอรับบริการ", "reg-service")]),
    ("o10", "E-Service", [("ระบบบริการออนไลน์", "/eservice/")]),
    ("o11", "สขร.1 รายเดือน", [("สรุปผลการจัดซื้อจัดจ้าง", "/procurement/")]),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงาน", "proc-year-68")]),
    ("o13", "การบริหารงานบุคคล", [("หลักเกณฑ์", "hr-rules"), ("แผน HR", "hr-plan-68")]),
    ("o14", "รายงานผล HR", [("รายงาน", "hr-report-68")]),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics-code"), ("การขับเคลื่อน", "/news/2270/")]),
    ("o16", "คู่มือเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเรื่อง", "/complaint/")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("สถิติ", "complaint-stat-68h1")]),
    ("o19", "การมีส่วนร่วม", [("ประชุมผู้มีส่วนได้ส่วนเสีย", "/news/2284/")]),
    ("o20", "No Gift Policy", [("ประกาศมหาวิทยาลัย", "nogift-67"), ("ประกาศคณะวิทย์ฯ", "sci-nogift-69")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", [("ผลการประเมิน", "risk-69")]),
    ("o22", "รายงานผลการบริหารความเสี่ยงการทุจริต", [("รายงาน", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผน", "anti-plan-69")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงาน", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนา", [("การวิเคราะห์ผล", "ita-analysis-67")]),
    ("o26", "รายงานผลการส่งเสริมคุณธรรม", [("รายงาน", "integrity-report-68")]),
]
OLD_DEAD = "/files/29870.pdf"  # last year's risk assessment (FY2568): deleted when the server was moved
ITA_2568 = [
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ 2564-2568", "strat-64-68")]),
    ("o13", "แผนการบริหารและพัฒนาทรัพยากรบุคคล ปี 2568", [("แผน HR 2568", "hr-plan-68")]),
    ("o18", "สถิติเรื่องร้องเรียน รอบ 6 เดือน", [("สถิติ", "complaint-stat-68h1")]),
    ("o20", "No Gift Policy", [("ประกาศ", "nogift-67")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต ปี 2568", [("ผลการประเมิน 2568", OLD_DEAD)]),
    ("o25", "มาตรการส่งเสริมคุณธรรม ปี 2568", [("การวิเคราะห์ผล ITA 2567", "ita-analysis-67")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ตัวชี้วัด</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for code, heading, links in rows:
        cell = "<br>".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- pages

def static_pages() -> None:
    write("/", "หน้าแรก", "<h2>ข่าวล่าสุด</h2><ul>" + "".join(
        f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(n[1])})</li>' for n in NEWS[:5]) + "</ul>"
        '<p><a href="/ita/2569/">การประเมินคุณธรรมและความโปร่งใส (ITA) ๒๕๖๙</a></p>')
    write("/about/history/", "ประวัติมหาวิทยาลัย",
          "<p>ก่อตั้งเป็นโรงเรียนฝึกหัดครูภูพานทอง เมื่อ พ.ศ. 2507 ยกฐานะเป็นวิทยาลัยครู พ.ศ. 2518 "
          "และเป็นมหาวิทยาลัยราชภัฏตามพระราชบัญญัติมหาวิทยาลัยราชภัฏ พ.ศ. 2547</p>")
    write("/about/structure/", "โครงสร้างองค์กร", """<img src="/assets/org-chart.png" alt="แผนภูมิโครงสร้าง" width="120">
<ul><li>สภามหาวิทยาลัย (นายกสภามหาวิทยาลัย กรรมการสภาผู้ทรงคุณวุฒิ 15 คน) · สภาวิชาการ · คณะกรรมการส่งเสริมกิจการมหาวิทยาลัย</li>
<li>อธิการบดี · รองอธิการบดี 5 ฝ่าย · ผู้ช่วยอธิการบดี
<ul><li>สำนักงานอธิการบดี: กองกลาง กองนโยบายและแผน กองคลัง กองบริหารงานบุคคล กองพัฒนานักศึกษา</li>
<li>คณะ: ครุศาสตร์ มนุษยศาสตร์และสังคมศาสตร์ วิทยาศาสตร์และเทคโนโลยี วิทยาการจัดการ เทคโนโลยีการเกษตร</li>
<li>สำนักวิทยบริการและเทคโนโลยีสารสนเทศ · สำนักส่งเสริมวิชาการและงานทะเบียน · สถาบันวิจัยและพัฒนา</li>
<li>หน่วยตรวจสอบภายใน (ขึ้นตรงต่ออธิการบดี)</li></ul></li></ul>""")
    write("/about/authority/", "อำนาจหน้าที่", """<p>ตามพระราชบัญญัติมหาวิทยาลัยราชภัฏ พ.ศ. 2547 มาตรา 7 และมาตรา 8 สรุปได้ดังนี้</p>
<ol><li>จัดการศึกษาระดับอุดมศึกษาเพื่อพัฒนาท้องถิ่น</li><li>ผลิตครูและส่งเสริมวิทยฐานะครู</li>
<li>วิจัยเพื่อพัฒนาองค์ความรู้และแก้ปัญหาของท้องถิ่น</li><li>ให้บริการวิชาการแก่ชุมชน</li>
<li>ทะนุบำรุงศิลปวัฒนธรรมและภูมิปัญญาท้องถิ่น</li><li>ประสานความร่วมมือกับองค์กรปกครองส่วนท้องถิ่น</li></ol>""")
    execs = [("รองศาสตราจารย์ ดร.วีรพงษ์ ศรีภูวงศ์", "อธิการบดี", "1001"),
             ("ผู้ช่วยศาสตราจารย์ ดร.ชาญชัย พรหมบุตร", "รองอธิการบดีฝ่ายบริหาร", "1002"),
             ("ผู้ช่วยศาสตราจารย์ ดร.มยุรี คำแสน", "รองอธิการบดีฝ่ายวิชาการ", "1003"),
             ("อาจารย์ ดร.ปิยะพงษ์ โพธิ์ศรี", "รองอธิการบดีฝ่ายพัฒนานักศึกษา", "1004"),
             ("ผู้ช่วยศาสตราจารย์ ดร.วาสนา ธรรมวงศ์", "รองอธิการบดีฝ่ายวิจัยและบริการวิชาการ", "1005")]
    write("/about/executives/", "ผู้บริหารมหาวิทยาลัย", "".join(
        f'<div class="person"><img src="/assets/exec{i}.jpg" alt="{esc(n)}" width="90"><p><b>{esc(n)}</b><br>{esc(p)}<br>'
        f"โทร 0 4270 3100 ต่อ {t}</p></div>" for i, (n, p, t) in enumerate(execs, 1)))
    write("/about/council/", "สภามหาวิทยาลัย", "<p>ศาสตราจารย์ ดร.ประยุทธ นาคสุข นายกสภามหาวิทยาลัย และกรรมการอีก 22 คน</p>")
    write("/contact/", "ติดต่อมหาวิทยาลัย", f"""<p>{ORG} เลขที่ 680 หมู่ที่ 11 ถนนนิตโย ตำบลธาตุเชิงชุม อำเภอเมืองสกลนคร จังหวัดสกลนคร 47000</p>
<p>โทรศัพท์ 0 4270 3100 โทรสาร 0 4270 3101 อีเมล saraban@pptru.ac.th</p>
<p><a href="https://maps.google.com/?q=17.1905,104.1198">แผนที่ Google Maps</a> · <a href="https://www.facebook.com/pptru.pr">Facebook</a></p>
<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>""")
    write("/qa/", "ถาม-ตอบ (Q&A)", """<div class="q"><b>ถาม:</b> ขอใบรับรองผลการศึกษาออนไลน์ได้ไหมคะ (นักศึกษา, 4 มี.ค. 2569)<br>
<b>ตอบ:</b> ได้ครับ ยื่นคำร้องที่เมนู E-Service รับเอกสารภายใน 2 วันทำการ (งานทะเบียน, 5 มี.ค. 2569)</div>
<div class="q"><b>ถาม:</b> ศิษย์เก่าขอใช้ห้องสมุดได้หรือไม่ (ผู้ใช้ทั่วไป, 20 ม.ค. 2569)<br><b>ตอบ:</b> ได้ สมัครสมาชิกปีละ 200 บาท</div>
<form action="/qa/" method="post"><p>ชื่อ <input name="name"> คำถาม <textarea name="q"></textarea>
<button>ส่งคำถาม</button></p></form>""")
    write("/eservice/", "E-Service ระบบบริการออนไลน์", f"""<p>ยื่นคำร้องออนไลน์สำหรับนักศึกษาและบุคคลทั่วไป</p>
<form action="/eservice/" method="post"><p>ชื่อ-สกุล <input name="name"> รหัสนักศึกษา/เลขบัตรประชาชน <input name="id"><br>
ประเภทคำร้อง <select name="type"><option>ขอใบรับรองผลการศึกษา</option><option>ขอเอกสารสำเร็จการศึกษา</option>
<option>ขอใช้ห้องประชุม</option></select> รายละเอียด <textarea name="detail"></textarea> <button>ยื่นคำร้อง</button></p></form>
<p>{a(f("service-stat-69"), "สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>""")
    write("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>
<form action="/complaint/" method="post"><p>ชื่อ (ไม่ระบุก็ได้) <input name="name"> เรื่องที่ร้องเรียน <input name="subject">
รายละเอียด <textarea name="detail"></textarea> แนบไฟล์ <input type="file" name="file"> <button>ส่งเรื่อง</button></p></form>
<p>หรือโทร 0 4270 3199 · ตู้รับเรื่องร้องเรียน อาคารสำนักงานอธิการบดี ชั้น 2</p>""")
    write("/ita/2569/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี ๒๕๖๙",
          "<p>ข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) ผู้รับผิดชอบ: กองนโยบายและแผน</p>" + ita_table(ITA_2569))
    write("/ita/2568/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี ๒๕๖๘", ita_table(ITA_2568))
    write("/download/", "ดาวน์โหลดเอกสาร", "<ul>" + "".join(
        f'<li><a href="/download/{k}/">{esc(v)}</a></li>' for k, v in CATS.items()) + "</ul>" + table(listed()[:12]))
    for k, v in CATS.items():
        write(f"/download/{k}/", v, table(listed(k)))
    months = [k for k in DOCS if k.startswith("proc-20")]
    rows = sorted(months, key=lambda k: DOCS[k][4], reverse=True)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ ๒๕๖๙",
          table(rows) + "<h2>ประกาศจัดซื้อจัดจ้าง</h2>" + table(["proc-plan-69", "print-annual-notice", "proc-year-68"]))
    for k, v in FACULTIES.items():
        extra = {"edu": table(["edu-strat-66-70", "edu-annual-68"]), "sci": table(["sci-nogift-69"]),
                 "fms": table(["fms-plan-69"])}.get(k, "")
        write(f"/faculty/{k}/", v, f"<p>{esc(v)} {ORG}</p>{extra}")
    write("/admission/", "รับสมัครนักศึกษา", "<p>รับสมัครนักศึกษาใหม่ ปีการศึกษา 2569 ภาคปกติและภาคพิเศษ</p>")
    write("/library/", "สำนักวิทยบริการและเทคโนโลยีสารสนเทศ", "<p>เปิดบริการ 08.00 - 20.00 น.</p>")
    write("/research/", "สถาบันวิจัยและพัฒนา", "<p>ทุนวิจัยเพื่อพัฒนาท้องถิ่น ประจำปี 2569</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>มหาวิทยาลัยเก็บข้อมูลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul><li><a href=\"/\">หน้าแรก</a></li><li><a href=\"/download/\">ดาวน์โหลด</a></li>"
          "<li><a href=\"/ita/2569/\">ITA 2569</a></li></ul>")


def assets() -> None:
    folder = os.path.join(HERE, "assets")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif}#wrap{display:flex}#side{width:220px}#main{flex:1}"
                 "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px}\n")
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360f80f0000010101005a4d6ee10000000049454e44ae426082")
    for name in ["logo.png", "org-chart.png"] + [f"exec{i}.jpg" for i in range(1, 6)]:
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(png)


if __name__ == "__main__":
    assets()
    news_pages()
    static_pages()
