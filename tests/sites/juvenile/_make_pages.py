"""Generate the HTML pages of the "juvenile" test site (สถานพินิจและคุ้มครองเด็กและเยาวชนจังหวัดอุทัยธานี,
invented).

Run:  python tests/sites/juvenile/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial centre's site on the department's common template: a top bar, a banner, a menu, a
right column (the director, hotline 1111 กด 77, quick links, links to the ITA pages of 2568 and
2567, a visitor counter) and a footer on every page; pages are folder/index.html.  Documents are
listed by category under /download/<cat>/ (newest first), the monthly สขร.1 on /procurement/, news
under /news/ (two pages).  The ITA page /ita/2568/ is a table o1 … o26 in the centre's own short
wording whose links go to files, pages or category lists; last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ORG, ROWS, path_of  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนงาน / แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / เอกสารทั่วไป"}
HIDDEN = {"strat-63-67"}  # only on the ITA pages (the download list was cleaned of it, its ITA rows were not)
MISSING_SIZE = "286.4 KB"
OLD_DEAD = "/files/29950.pdf"  # last year's o23 (risk assessment 2567): deleted


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(THAI)


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวสาร", "/news/"), ("บริการประชาชน", "/services/visit/"),
        ("จองเยี่ยมออนไลน์", "/eservice/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"),
        ("ITA", "/ita/"), ("ร้องเรียน", "/complaint/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/djop.css"></head>
<body>
<div class="topbar">กรมพินิจและคุ้มครองเด็กและเยาวชน กระทรวงยุติธรรม · สายด่วน ๑๑๑๑ กด ๗๗ ·
<a href="https://www.djop.go.th/">เว็บไซต์กรมพินิจฯ</a></div>
<div class="banner"><img src="/assets/logo-djop.png" alt="ตรากรมพินิจและคุ้มครองเด็กและเยาวชน" width="72" height="72">
<span class="name">{ORG}</span><br><span class="en">Uthai Thani Juvenile Observation and Protection Centre</span></div>
<ul class="nav">
{menu}
</ul>
<div class="container"><div class="content">
<h1>{esc(title)}</h1>
{body}
</div>
<div class="sidebar">
<div class="widget"><img src="/assets/director.jpg" alt="ผู้อำนวยการ" width="120" height="150"><br>
นายธนกร วิเศษสิงห์<br>ผู้อำนวยการสถานพินิจฯ</div>
<div class="widget"><b>ลิงก์ด่วน</b><br><a href="/eservice/">จองคิวเยี่ยมเด็กออนไลน์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/download/manual/">คู่มือประชาชน</a><br>
<a href="/ita/2568/">ITA ปี ๒๕๖๘</a><br><a href="/ita/2567/">ITA ปี ๒๕๖๗</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="widget">ผู้เข้าชมเว็บไซต์ ๔๘,๒๑๗ ครั้ง</div>
</div></div>
<div class="footer">{ORG} เลขที่ 147 ถนนศรีอุทัย ตำบลอุทัยใหม่ อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี 61000<br>
โทรศัพท์ 0 5651 2488 โทรสาร 0 5651 2489 อีเมล uthai@djop-demo.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
สงวนลิขสิทธิ์ © ๒๕๖๔ {ORG}</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def f(key: str) -> str:
    return path_of(key)


def size_of(key: str) -> str:
    if ROWS[key][6] == "missing":
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        _no, ext, title, _cat, up, _c, _s = ROWS[k]
        ext = "pdf" if ext == "scan" else ext
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>{ext.upper()} {size_of(k)}</td></tr>')
    return ('<table class="doclist"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่เผยแพร่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][3] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][4], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, date (B.E.), title, paragraphs
    (1187, (2568, 4, 10), "สถานพินิจฯ ร่วมงานสงกรานต์ รดน้ำขอพรผู้สูงอายุ ประจำปี 2568",
     ["วันที่ 10 เมษายน 2568 ผู้อำนวยการพร้อมเจ้าหน้าที่และเด็กในความดูแล ร่วมรดน้ำขอพรผู้สูงอายุในชุมชนบ้านสะแกกรัง"]),
    (1179, (2568, 3, 21), "โครงการบ้านกาญจนาภิเษกสัญจร สร้างเครือข่ายชุมชน อำเภอหนองฉาง",
     ["วันที่ 21 มีนาคม 2568 จัดกิจกรรมสร้างเครือข่ายป้องกันการกระทำผิดซ้ำร่วมกับผู้นำชุมชนอำเภอหนองฉาง"]),
    (1172, (2568, 2, 28), "ค่ายครอบครัวสัมพันธ์ ประจำปีงบประมาณ 2568",
     ["ระหว่างวันที่ 26 - 28 กุมภาพันธ์ 2568 จัดค่ายครอบครัวสัมพันธ์ เด็กและผู้ปกครอง 24 ครอบครัว ณ ค่ายลูกเสือจังหวัดอุทัยธานี"]),
    (1166, (2568, 2, 12), "ประชุมคณะกรรมการสหวิชาชีพและภาคีเครือข่าย ครั้งที่ 1/2568 รับฟังความคิดเห็นการแก้ไขฟื้นฟูเด็กในชุมชน",
     ["วันที่ 11 กุมภาพันธ์ 2568 สถานพินิจฯ เปิดโอกาสให้ภาคีเครือข่ายมีส่วนร่วมในการวางแผนแก้ไขบำบัดฟื้นฟูเด็กและเยาวชนในชุมชน "
      "ผู้เข้าร่วม 32 คน ได้แก่ ผู้แทนศาลเยาวชนและครอบครัว สำนักงานพัฒนาสังคมฯ โรงเรียน 6 แห่ง อบต. 5 แห่ง ผู้ปกครอง และอาสาสมัคร",
      "ที่ประชุมเสนอให้จัดหลักสูตรฝึกอาชีพร่วมกับวิทยาลัยการอาชีพ และจัดตั้งศูนย์ติดตามเด็กในระดับอำเภอ "
      "สถานพินิจฯ จะนำข้อเสนอไปบรรจุในแผนปฏิบัติราชการ และแจ้งผลให้เครือข่ายทราบในการประชุมครั้งที่ 2/2568"]),
    (1160, (2568, 1, 24), "โครงการอบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2568",
     ["วันที่ 24 มกราคม 2568 สถานพินิจฯ จัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือนและข้อกำหนดจริยธรรมกรมพินิจฯ "
      "มีบุคลากรเข้าร่วม 27 คน วิทยากรจากสำนักงาน ป.ป.ท. เขต 6 บรรยายเรื่องการรับของขวัญและประโยชน์อื่นใด"]),
    (1153, (2568, 1, 10), "กิจกรรมวันเด็กแห่งชาติ 2568",
     ["จัดกิจกรรมสันทนาการให้เด็กและเยาวชนในความดูแล ร่วมกับสโมสรโรตารีอุทัยธานี"]),
    (1147, (2567, 12, 13), "ฝึกวิชาชีพตัดผมชายแก่เด็กในความดูแล",
     ["ร่วมกับวิทยาลัยการอาชีพอุทัยธานี ฝึกวิชาชีพตัดผมชาย 30 ชั่วโมง ผู้เข้ารับการฝึก 12 คน"]),
    (1139, (2567, 11, 20), "วันเยาวชนแห่งชาติและวันสิทธิเด็กสากล",
     ["สถานพินิจฯ ร่วมรณรงค์ยุติความรุนแรงต่อเด็ก ณ ลานวัฒนธรรมจังหวัดอุทัยธานี"]),
    (1131, (2567, 10, 28), "ต้อนรับผู้อำนวยการสถานพินิจฯ คนใหม่",
     ["นายธนกร วิเศษสิงห์ เข้ารับตำแหน่งผู้อำนวยการสถานพินิจและคุ้มครองเด็กและเยาวชนจังหวัดอุทัยธานี"]),
    (1126, (2567, 10, 9), "ประชุมประจำเดือนตุลาคม 2567",
     ["ชี้แจงแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568 ให้บุคลากรทุกฝ่ายทราบ"]),
    # FY2567, on page 2
    (1098, (2567, 8, 16), "ประชุมคณะกรรมการสหวิชาชีพ ครั้งที่ 2/2567",
     ["ผู้เข้าร่วม 28 คน ติดตามผลเด็กที่ผ่านมาตรการพิเศษแทนการดำเนินคดีอาญา"]),
    (1085, (2567, 6, 26), "วันต่อต้านยาเสพติดโลก 2567",
     ["เด็กในความดูแลร่วมเดินรณรงค์ต่อต้านยาเสพติด"]),
    (1071, (2567, 2, 20), "ค่ายครอบครัวสัมพันธ์ ประจำปีงบประมาณ 2567",
     ["เด็กและผู้ปกครอง 20 ครอบครัว เข้าร่วม"]),
    (1062, (2567, 1, 25), "อบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2567",
     ["บุคลากร 26 คน เข้าร่วมอบรม"]),
]
PER_PAGE = 10


def news_pages() -> None:
    for nid, (y, m, dd), title, paras in NEWS:
        body = f'<p class="date">โพสต์เมื่อ {be(date(y - 543, m, dd))} โดย งานประชาสัมพันธ์</p>'
        body += "".join(f"<p>{esc(p)}</p>" for p in paras)
        body += '<p><img src="/assets/news.jpg" alt="ภาพกิจกรรม" width="300" height="200"></p>'
        write(f"/news/{nid}/", title, body + '<p><a href="/news/">« ข่าวทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>{be(date(n[1][0] - 543, *n[1][1:]))}</span></li>'
                          for n in chunk)
        pager = ('<p class="pager"><b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">ถัดไป</a></p>' if p == 1
                 else '<p class="pager"><a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวสารและกิจกรรม", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2568 = [
    ("ข้อมูลพื้นฐาน", None),
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ผู้บริหารสถานพินิจฯ", "/about/executives/")]),
    ("o3", "ติดต่อหน่วยงาน", [("ติดต่อเรา", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวสาร", "/news/")]),
    ("การบริหารงานและการใช้จ่ายงบประมาณ", None),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์สถานพินิจฯ", "strat-63-67")]),
    ("o6", "แผนปฏิบัติราชการ/แผนใช้จ่ายงบประมาณ/ผลรอบ 6 เดือน", [("แผนปฏิบัติราชการ 2568", "action-68"),
                                                              ("แผนการใช้จ่ายงบประมาณ 2568", "budget-plan-68"),
                                                              ("รายงานรอบ 6 เดือน", "progress-6m-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการสืบเสาะและพินิจ", "sop-investigate")]),
    ("o9", "คู่มือการให้บริการประชาชน", [("คู่มือการขอเยี่ยมเด็ก", "citizen-visit"), ("บริการประชาชน", "/services/visit/")]),
    ("o10", "E-Service", [("จองคิวเยี่ยมเด็กออนไลน์", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติ ต.ค. 67 - มี.ค. 68", "service-stat-68")]),
    ("การจัดซื้อจัดจ้าง", None),
    ("o12", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1", "/procurement/")]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานปี 2567", "proc-year-67")]),
    ("การบริหารและพัฒนาทรัพยากรบุคคล", None),
    ("o14", "แผนบริหารและพัฒนาบุคลากร", [("เอกสารงานบุคคล", "/download/hr/")]),
    ("o15", "รายงานผลการบริหารและพัฒนาบุคลากร", [("รายงานผล", "hr-report-66")]),
    ("o16", "ประมวลจริยธรรม/การขับเคลื่อนจริยธรรม", [("ประมวลจริยธรรม", "ethics-code"), ("อบรมคุณธรรมจริยธรรม 2568", "/news/1160/")]),
    ("การส่งเสริมความโปร่งใส", None),
    ("o17", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", [("แนวปฏิบัติ", "complaint-guide")]),
    ("o18", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเบาะแสออนไลน์", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติเรื่องร้องเรียน", "complaint-stat-67")]),
    ("o20", "การมีส่วนร่วม", [("ประชุมภาคีเครือข่าย 1/2568", "/news/1166/")]),
    ("การป้องกันการทุจริต", None),
    ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", "nogift-66")]),
    ("o22", "รายงานการรับของขวัญ", [("รายงานการรับทรัพย์สิน ปี 2567", "gift-report-67")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง 2568", "risk-68")]),
    ("o24", "รายงานผลการจัดการความเสี่ยง", [("รายงานผลการจัดการความเสี่ยง ปี 2567", "risk-report-66")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต 2568", "anti-plan-68")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานผล ปี 2567", "anti-report-67")]),
]
ITA_2567 = [
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ 2563-2567", "strat-63-67")]),
    ("o6", "แผนปฏิบัติราชการ/ผลรอบ 6 เดือน", [("รายงานรอบ 6 เดือน ปี 2567", "progress-6m-67")]),
    ("o11", "สถิติการให้บริการ", [("สถิติ ปี 2567", "service-stat-67")]),
    ("o12", "สขร.1", [("สขร. ก.ย. 2567", "proc-2567-09")]),
    ("o14", "แผนพัฒนาบุคลากร", [("แผนปี 2567", "hr-plan-67")]),
    ("o21", "No Gift Policy", [("ประกาศ No Gift", "nogift-66")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต ปี 2567", [("ประเมินความเสี่ยง 2567", OLD_DEAD)]),
    ("o24", "รายงานผลการจัดการความเสี่ยง", [("รายงานปี 2566", "risk-report-66")]),
]


def link(target: str, text: str) -> str:
    href = target if target.startswith("/") else f(target)
    return f'<a href="{href}">{esc(text)}</a>'


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ตัวชี้วัด</th><th>รายการข้อมูล</th><th>ลิงก์</th></tr>']
    for r in rows:
        if r[1] is None:
            out.append(f'<tr class="grp"><td colspan="3">{esc(r[0])}</td></tr>')
            continue
        code, heading, links = r
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{' | '.join(link(h, t) for t, h in links)}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

STATIC = {
    "/about/history/": ("ประวัติความเป็นมา",
        "<p>สถานพินิจและคุ้มครองเด็กและเยาวชนจังหวัดอุทัยธานี เปิดดำเนินการเมื่อวันที่ 1 ตุลาคม 2539 "
        "สังกัดกรมพินิจและคุ้มครองเด็กและเยาวชน กระทรวงยุติธรรม ทำหน้าที่ควบคู่กับศาลเยาวชนและครอบครัวจังหวัดอุทัยธานี</p>"),
    "/about/vision/": ("วิสัยทัศน์ พันธกิจ",
        "<p>วิสัยทัศน์ : เด็กและเยาวชนได้รับการคุ้มครองสิทธิและแก้ไขบำบัดฟื้นฟูอย่างมีคุณภาพ กลับคืนสู่สังคมอย่างยั่งยืน</p>"
        "<p>ค่านิยม : JUSTICE – ยุติธรรม โปร่งใส ใส่ใจเด็ก</p>"),
    "/about/structure/": ("โครงสร้างหน่วยงาน",
        '<p><img src="/assets/structure.png" alt="แผนผังโครงสร้างสถานพินิจฯ" width="600" height="360"></p>'
        "<ul><li>ผู้อำนวยการสถานพินิจและคุ้มครองเด็กและเยาวชนจังหวัดอุทัยธานี<ul>"
        "<li>ฝ่ายบริหารงานทั่วไป (งานสารบรรณ การเงินและบัญชี พัสดุ บุคคล)</li>"
        "<li>ฝ่ายคุ้มครองสิทธิเด็กและเยาวชน (ตรวจสอบการจับกุม ให้คำปรึกษาแนะนำ)</li>"
        "<li>ฝ่ายสืบเสาะและพินิจ (พนักงานคุมประพฤติ นักจิตวิทยา นักสังคมสงเคราะห์)</li>"
        "<li>ฝ่ายแก้ไขบำบัดฟื้นฟู (มาตรการพิเศษแทนการดำเนินคดีอาญา ติดตามผลในชุมชน)</li>"
        "<li>ฝ่ายบ้านพักเด็กและเยาวชน (ควบคุมดูแลเด็กระหว่างสอบสวนและพิจารณาคดี)</li></ul></li></ul>"
        "<p>อัตรากำลัง : ข้าราชการ 12 คน พนักงานราชการ 9 คน พนักงานจ้างเหมาบริการ 6 คน</p>"),
    "/about/authority/": ("อำนาจหน้าที่",
        "<p>ตามพระราชบัญญัติศาลเยาวชนและครอบครัวและวิธีพิจารณาคดีเยาวชนและครอบครัว พ.ศ. 2553 "
        "และกฎกระทรวงแบ่งส่วนราชการกรมพินิจและคุ้มครองเด็กและเยาวชน สถานพินิจฯ มีอำนาจหน้าที่โดยสรุป ดังนี้</p><ol>"
        "<li>ตรวจสอบการจับกุมและคุ้มครองสิทธิเด็กและเยาวชนที่ถูกกล่าวหาว่ากระทำความผิด</li>"
        "<li>ควบคุมและดูแลเด็กและเยาวชนระหว่างการสอบสวนและพิจารณาคดี</li>"
        "<li>สืบเสาะและพินิจข้อเท็จจริงเกี่ยวกับเด็ก ครอบครัว และสิ่งแวดล้อม เสนอรายงานต่อศาล</li>"
        "<li>จัดทำแผนแก้ไขฟื้นฟูและดำเนินมาตรการพิเศษแทนการดำเนินคดีอาญา</li>"
        "<li>ติดตามและสงเคราะห์เด็กที่ได้รับการปล่อยตัว และประสานภาคีเครือข่ายในชุมชน</li></ol>"),
    "/about/executives/": ("ผู้บริหาร",
        '<div class="exec"><img src="/assets/director.jpg" alt="นายธนกร วิเศษสิงห์" width="120" height="150">'
        "<p>นายธนกร วิเศษสิงห์<br>ผู้อำนวยการสถานพินิจและคุ้มครองเด็กและเยาวชนจังหวัดอุทัยธานี<br>โทร. 0 5651 2488 ต่อ 101</p></div>"
        '<div class="exec"><img src="/assets/admin-head.jpg" alt="นางสุภาวดี แก้วมณี" width="120" height="150">'
        "<p>นางสุภาวดี แก้วมณี<br>หัวหน้าฝ่ายบริหารงานทั่วไป<br>โทร. 0 5651 2488 ต่อ 102</p></div>"
        '<div class="exec"><img src="/assets/probation-head.jpg" alt="นายวีรพล จันทร์หอม" width="120" height="150">'
        "<p>นายวีรพล จันทร์หอม<br>พนักงานคุมประพฤติชำนาญการพิเศษ หัวหน้าฝ่ายสืบเสาะและพินิจ<br>โทร. 0 5651 2488 ต่อ 104</p></div>"),
    "/contact/": ("ติดต่อเรา",
        f"<p>{ORG}<br>เลขที่ 147 ถนนศรีอุทัย ตำบลอุทัยใหม่ อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี 61000</p>"
        "<p>โทรศัพท์ 0 5651 2488 โทรสาร 0 5651 2489<br>อีเมล uthai@djop-demo.go.th<br>"
        "เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (รับตัวเด็กตลอด 24 ชั่วโมง)</p>"
        '<p><a href="https://maps.google.com/?q=15.3790,100.0245">แผนที่ Google Maps</a> · '
        '<a href="https://www.facebook.com/uthai.djop.demo">Facebook สถานพินิจฯ อุทัยธานี</a></p>'),
    "/services/visit/": ("บริการขอเยี่ยมเด็กและเยาวชน",
        "<p>ญาติสามารถเยี่ยมเด็กได้วันจันทร์ - ศุกร์ 09.00 - 15.00 น. ใช้บัตรประจำตัวประชาชน ไม่มีค่าธรรมเนียม "
        f'จองคิวล่วงหน้าได้ที่ <a href="/eservice/">ระบบจองเยี่ยมออนไลน์</a></p>'
        f'<p><a href="{path_of("citizen-visit")}">ดาวน์โหลดคู่มือสำหรับประชาชน</a></p>'),
    "/services/bail/": ("การขอปล่อยตัวชั่วคราว",
        "<p>ผู้ปกครองยื่นคำร้องขอปล่อยตัวชั่วคราวต่อศาลเยาวชนและครอบครัว เจ้าหน้าที่สถานพินิจฯ ให้คำแนะนำโดยไม่มีค่าใช้จ่าย</p>"),
    "/services/arrest-check/": ("การตรวจสอบการจับกุม",
        "<p>เมื่อพนักงานสอบสวนนำตัวเด็กมาส่ง ผู้อำนวยการหรือผู้ได้รับมอบหมายต้องตรวจสอบการจับกุมภายใน 24 ชั่วโมง</p>"),
    "/eservice/": ("ระบบจองคิวเยี่ยมเด็กออนไลน์ (E-Service)",
        "<p>ญาติและผู้ปกครองกรอกแบบฟอร์มด้านล่างเพื่อจองวันเวลาเยี่ยม เจ้าหน้าที่จะยืนยันทาง SMS ภายใน 1 วันทำการ</p>"
        '<form action="https://docs.google.com/forms/d/e/1FAIpQLSdjopUthaiVisit/formResponse" method="post">'
        '<label>ชื่อ-สกุลผู้ขอเยี่ยม <input name="entry.1001" required></label><br>'
        '<label>เลขบัตรประจำตัวประชาชน <input name="entry.1002" required></label><br>'
        '<label>ชื่อเด็กที่ขอเยี่ยม <input name="entry.1003" required></label><br>'
        '<label>ความสัมพันธ์ <select name="entry.1004"><option>บิดา</option><option>มารดา</option><option>ผู้ปกครอง</option></select></label><br>'
        '<label>วันที่ต้องการเยี่ยม <input type="date" name="entry.1005"></label><br>'
        '<label>เบอร์โทรศัพท์ <input name="entry.1006"></label><br><button type="submit">ส่งคำขอจองเยี่ยม</button></form>'
        '<p><a href="/eservice/track/">ตรวจสอบสถานะการจอง</a></p>'),
    "/eservice/track/": ("ตรวจสอบสถานะการจองเยี่ยม",
        '<form action="https://script.google.com/macros/s/uthai-demo/exec" method="get">'
        '<label>เลขที่การจอง <input name="ref"></label> <button>ตรวจสอบ</button></form>'),
    "/complaint/": ("ร้องเรียน / ร้องทุกข์",
        '<p>ร้องเรียนการให้บริการทั่วไป โทร 0 5651 2488 หรือกรอกแบบฟอร์ม</p>'
        '<form action="https://docs.google.com/forms/d/e/1FAIpQLSdjopUthaiComplain/formResponse" method="post">'
        '<label>เรื่อง <input name="entry.2001"></label><br><label>รายละเอียด <textarea name="entry.2002"></textarea></label><br>'
        '<button>ส่ง</button></form><p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'),
    "/complaint/corruption/": ("แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        "<p>ท่านสามารถแจ้งเบาะแสการทุจริตของเจ้าหน้าที่ได้โดยไม่ต้องเปิดเผยชื่อ ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
        '<form action="https://docs.google.com/forms/d/e/1FAIpQLSdjopUthaiCorrupt/formResponse" method="post">'
        '<label>ชื่อผู้ร้อง (ไม่บังคับ) <input name="entry.3001"></label><br>'
        '<label>เจ้าหน้าที่/เรื่องที่ร้องเรียน <input name="entry.3002" required></label><br>'
        '<label>รายละเอียดพฤติการณ์ <textarea name="entry.3003" required></textarea></label><br>'
        '<label>หลักฐาน <input type="file" name="entry.3004"></label><br><button>ส่งเรื่องร้องเรียน</button></form>'
        "<p>หรือ โทร 0 5651 2488 ต่อ 102 / สายด่วนกรมพินิจฯ 1111 กด 77 / ตู้รับเรื่องร้องเรียนหน้าสถานพินิจฯ</p>"),
    "/qa/": ("ถาม - ตอบ",
        "<p>ถาม : เยี่ยมเด็กวันเสาร์ได้หรือไม่ (12 มี.ค. 2568)<br>ตอบ : เยี่ยมได้เฉพาะวันทำการ ยกเว้นกรณีจำเป็นโปรดติดต่อล่วงหน้า</p>"),
    "/links/": ("หน่วยงานที่เกี่ยวข้อง",
        '<ul><li><a href="https://www.djop.go.th/">กรมพินิจและคุ้มครองเด็กและเยาวชน</a></li>'
        '<li><a href="https://www.moj.go.th/">กระทรวงยุติธรรม</a></li>'
        '<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li></ul>'),
    "/privacy/": ("นโยบายคุ้มครองข้อมูลส่วนบุคคล",
        "<p>สถานพินิจฯ เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 "
        "ข้อมูลของเด็กและเยาวชนถือเป็นความลับตามมาตรา 130 แห่ง พ.ร.บ.ศาลเยาวชนฯ</p>"),
}


def main() -> None:
    news_pages()
    for url, (title, body) in STATIC.items():
        write(url, title, body)
    # downloads
    cats = "".join(f'<li><a href="/download/{c}/">{esc(t)}</a> ({len(listed(c))})</li>' for c, t in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f'<ul class="cats">{cats}</ul><h2>เอกสารล่าสุด</h2>' + table(listed()[:12]))
    for c, t in CATS.items():
        write(f"/download/{c}/", f"ดาวน์โหลด : {t}", table(listed(c)) + '<p><a href="/download/">« หมวดเอกสารทั้งหมด</a></p>')
    # procurement: the monthly summaries, newest first (กุมภาพันธ์ 2568 was never posted)
    proc = [k for k in listed("procure") if k.startswith("proc-25")]
    write("/procurement/", "ประกาศสรุปผลการจัดซื้อจัดจ้าง (สขร.1)",
          "<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตามมาตรา 9 แห่ง พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. 2540</p>"
          + table(proc) + '<p><a href="/procurement/egp/">ประกาศจัดซื้อจัดจ้างในระบบ e-GP</a></p>')
    write("/procurement/egp/", "ประกาศจัดซื้อจัดจ้าง (e-GP)",
          f'<ul><li><a href="{f("print-plan")}">ประกาศผู้ชนะการเสนอราคา จ้างจัดพิมพ์แผนปฏิบัติราชการ ปี 2568</a> (6 พ.ย. 2567)</li>'
          '<li><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&proc_id=68039155802">'
          "ประกาศเชิญชวน จัดซื้อกล้องโทรทัศน์วงจรปิด</a> (5 มี.ค. 2568)</li></ul>")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. 2568</a></li>'
          '<li><a href="/ita/2567/">ITA ประจำปีงบประมาณ พ.ศ. 2567</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. 2568",
          "<p>ตามแนวทางการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) สำนักงาน ป.ป.ช.</p>" + ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. 2567", ita_table(ITA_2567))
    # home and sitemap
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a></li>' for n in NEWS[:5])
    write("/", "หน้าแรก", f'<h2>ข่าวสารล่าสุด</h2><ul class="news">{latest}</ul>'
          '<p><a href="/news/">ข่าวทั้งหมด</a></p><h2>บริการประชาชน</h2>'
          '<ul><li><a href="/services/visit/">ขอเยี่ยมเด็ก</a></li><li><a href="/services/bail/">ขอปล่อยตัวชั่วคราว</a></li>'
          '<li><a href="/services/arrest-check/">ตรวจสอบการจับกุม</a></li><li><a href="/eservice/">จองเยี่ยมออนไลน์</a></li></ul>'
          '<p><a href="/links/">หน่วยงานที่เกี่ยวข้อง</a> · <a href="/qa/">ถาม-ตอบ</a> · <a href="/about/vision/">วิสัยทัศน์</a></p>')
    pages = sorted({u for u in STATIC} | {"/news/", "/download/", "/procurement/", "/ita/", "/ita/2568/"})
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{u}</a></li>' for u in pages) + "</ul>")
    # the template's images and style
    assets = os.path.join(HERE, "assets")
    os.makedirs(assets, exist_ok=True)
    with open(os.path.join(assets, "djop.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}.nav li{display:inline;margin:0 6px}"
                 ".container{display:flex}.content{flex:3;padding:12px}.sidebar{flex:1;background:#f4f1e8}"
                 "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px}.footer{background:#5a2d82;color:#fff}\n")
    gif = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")
    for img in ("logo-djop.png", "director.jpg", "admin-head.jpg", "probation-head.jpg", "structure.png", "news.jpg"):
        with open(os.path.join(assets, img), "wb") as fh:
            fh.write(gif)


if __name__ == "__main__":
    main()
