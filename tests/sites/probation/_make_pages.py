"""Generate the HTML pages of the "probation" test site (สำนักงานคุมประพฤติจังหวัดอุทัยธานี, invented
people and figures).

Run:  python tests/sites/probation/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

The template the department hands its provincial offices: a top bar with the ministry's name, a
menu, a right-hand column (the director, "รายงานตัวออนไลน์", links to the department, ITA of two
years, a visitor counter) and a footer on every page; pages are folder/index.html.  Documents are
listed by category under /download/<cat>/ (newest first), the monthly สขร.1 on /procurement/
(FY2569) and /procurement/2568/, news under /news/ (two pages).  The ITA page /ita/2569/ is a
table o1 … o26 in the office's own short wording linking files, pages or category lists; last
year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG, TH_MONTHS, d, name  # noqa: E402

SHORT = "สคป.อุทัยธานี"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนงาน / แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "ข้อมูลสถิติ", "procure": "ประกาศจัดซื้อจัดจ้าง", "hr": "การบริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / ทั่วไป"}
HIDDEN = {"ita-analysis-67", "ita68-o22", "anti-report-68-old"}  # not in the download lists
MISSING_SIZE = {"anti-report-68-old": "688.3 KB", "ita68-o22": "1.2 MB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("งานบริการ", "/services/"), ("ข่าวกิจกรรม", "/news/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">กระทรวงยุติธรรม · กรมคุมประพฤติ · Department of Probation</div>
<div id="banner"><img src="/assets/logo.png" alt="ตรากรมคุมประพฤติ" width="60" height="60">
<b>{ORG}</b><br><small>Uthai Thani Provincial Probation Office</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap">
<div id="main">
<div class="crumb"><a href="/">หน้าแรก</a> &raquo; {esc(title)}</div>
<h1>{esc(title)}</h1>
{body}
</div>
<div id="side">
<div class="box"><img src="/assets/person.png" alt="ผู้อำนวยการ" width="90" height="110"><br>
<b>นางสาวกมลชนก ศรีวิชัยกุล</b><br>ผู้อำนวยการ{ORG}</div>
<div class="box"><b>บริการผู้ถูกคุมความประพฤติ</b><br><a href="/eservice/">นัดหมายรายงานตัวออนไลน์</a><br>
<a href="/services/">ขั้นตอนการรายงานตัว</a><br><a href="/download/manual/">คู่มือสำหรับประชาชน</a></div>
<div class="box"><b>ITA</b><br><a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๙</a><br>
<a href="/ita/2568/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๘</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a></div>
<div class="box"><b>ลิงก์หน่วยงาน</b><br><a href="https://www.probation.go.th/">กรมคุมประพฤติ</a><br>
<a href="https://www.moj.go.th/">กระทรวงยุติธรรม</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="box">ผู้เข้าชม ๔๘,๒๑๗ ครั้ง</div>
</div></div>
<div id="footer">{ORG} ศาลากลางจังหวัดอุทัยธานี (หลังใหม่) ชั้น ๒ เลขที่ 41/7 ถนนรอบเมือง ตำบลอุทัยใหม่
อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี 61000<br>
โทรศัพท์ 0 5651 7720 โทรสาร 0 5651 7721 อีเมล uthai.prob@example.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
สงวนลิขสิทธิ์ © ๒๕๖๕ {ORG}</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if DOCS[key][5] == "missing":
        return MISSING_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, name(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str], titles: dict[str, str] | None = None, posted: dict | None = None) -> str:
    """A download list; ``posted`` overrides a row's date (a row added later for an older file)."""
    rows = []
    for i, k in enumerate(keys, 1):
        _no, ext, title, _cat, up, _m = DOCS[k]
        title = (titles or {}).get(k, title)
        up = (posted or {}).get(k, up)
        rows.append(f'<tr><td>{i}</td><td><a href="{name(k)}" target="_blank">{esc(title)}</a></td>'
                    f'<td>{be(up)}</td><td>{ext.upper()} ({size_of(k)})</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่ลง</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in DOCS if k not in HIDDEN and not k.startswith("proc-20")
            and (cat is None or DOCS[k][3] == cat)]
    return sorted(keys, key=lambda k: DOCS[k][4], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (B.E. y, m, d), title, paragraphs, attachment key or None
    (1187, (2569, 4, 3), "สำนักงานคุมประพฤติจังหวัดอุทัยธานี เผยแพร่ข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569",
     ["ตามที่สำนักงาน ป.ป.ช. กำหนดการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี 2569 "
      "สำนักงานได้รวบรวมข้อมูลเผยแพร่ตามตัวชี้วัดที่ 9 และ 10 ไว้ที่เมนู ITA ของเว็บไซต์"], None),
    (1180, (2569, 3, 20), "นำผู้ถูกคุมความประพฤติทำงานบริการสังคม พัฒนาพื้นที่สาธารณะริมแม่น้ำสะแกกรัง",
     ["วันที่ 19 มีนาคม 2569 พนักงานคุมประพฤตินำผู้ถูกคุมความประพฤติ จำนวน 42 ราย ทำงานบริการสังคมเก็บขยะและตัดแต่งต้นไม้ "
      "ริมแม่น้ำสะแกกรัง ร่วมกับเทศบาลและอาสาสมัครคุมประพฤติ"], None),
    (1172, (2569, 2, 16), "สรุปผลการประชุมรับฟังความคิดเห็นภาคีเครือข่ายและอาสาสมัครคุมประพฤติ ประจำปี 2569",
     ["เมื่อวันเสาร์ที่ 14 กุมภาพันธ์ 2569 เวลา 09.00 - 12.30 น. สำนักงานคุมประพฤติจังหวัดอุทัยธานี จัดประชุมรับฟังความคิดเห็น"
      "ต่อแนวทางการแก้ไขฟื้นฟูผู้กระทำผิดในชุมชน ณ ห้องประชุมสำนักงาน",
      "ผู้เข้าร่วมทั้งสิ้น 72 คน ได้แก่ อาสาสมัครคุมประพฤติ 48 คน ผู้นำชุมชน 15 คน และผู้แทนหน่วยงานภาคี 9 คน",
      "ข้อเสนอที่ได้รับ : (1) ขอให้มีจุดรายงานตัวเคลื่อนที่ที่อำเภอบ้านไร่และอำเภอลานสัก (2) เพิ่มการฝึกอาชีพให้ผู้ถูกคุมความประพฤติ "
      "(3) แจ้งผลการแก้ไขฟื้นฟูให้ชุมชนทราบ",
      "การดำเนินการต่อ : สำนักงานจะจัดจุดรายงานตัวเคลื่อนที่เดือนละ 1 ครั้ง ตั้งแต่เดือนเมษายน 2569 "
      "และบรรจุหลักสูตรฝึกอาชีพไว้ในโครงการแก้ไขฟื้นฟูผู้กระทำผิดในชุมชน"], None),
    (1166, (2569, 2, 6), "ขอเชิญภาคีเครือข่ายร่วมประชุมรับฟังความคิดเห็น วันเสาร์ที่ 14 กุมภาพันธ์ 2569",
     ["สำนักงานขอเชิญอาสาสมัครคุมประพฤติ ผู้นำชุมชน และผู้สนใจ ร่วมประชุมรับฟังความคิดเห็น รายละเอียดตามหนังสือเชิญที่แนบ"], "invite"),
    (1158, (2569, 1, 23), "โครงการเสริมสร้างคุณธรรม จริยธรรม และการป้องกันการทุจริต ประจำปีงบประมาณ 2569",
     ["วันที่ 22 มกราคม 2569 สำนักงานจัดอบรมบุคลากร จำนวน 34 คน เรื่องประมวลจริยธรรมข้าราชการพลเรือน ข้อกำหนดจริยธรรมกรมคุมประพฤติ "
      "และแนวทางปฏิบัติ Do & Don't ของพนักงานคุมประพฤติ เพื่อขับเคลื่อนจริยธรรมในหน่วยงาน",
      "ช่วงบ่าย ผู้อำนวยการมอบนโยบายและให้บุคลากรร่วมกันลงนามปฏิญญาการปฏิบัติตามประมวลจริยธรรม"], "ethics"),
    (1149, (2569, 1, 9), "มอบเกียรติบัตรอาสาสมัครคุมประพฤติดีเด่น ประจำปี 2568",
     ["ผู้อำนวยการมอบเกียรติบัตรแก่อาสาสมัครคุมประพฤติดีเด่นระดับอำเภอ 8 อำเภอ ในการประชุมประจำเดือนมกราคม 2569"], None),
    (1141, (2568, 12, 9), "ร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล ประจำปี 2568",
     ["ผู้อำนวยการและบุคลากรร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล (ประเทศไทย) ณ ศาลากลางจังหวัดอุทัยธานี"], None),
    (1133, (2568, 11, 19), "ประชุมคณะกรรมการศูนย์ยุติธรรมชุมชน อำเภอหนองฉาง",
     ["ประชุมติดตามการไกล่เกลี่ยข้อพิพาทและการช่วยเหลือผู้ได้รับผลกระทบจากอาชญากรรมในชุมชน"], None),
    (1127, (2568, 10, 29), "ติดตามผู้ถูกคุมความประพฤติที่ติดอุปกรณ์อิเล็กทรอนิกส์ (EM) ร่วมกับตำรวจภูธรจังหวัด",
     ["ลงพื้นที่ตรวจเยี่ยมบ้านผู้ถูกคุมความประพฤติที่ติดกำไล EM จำนวน 12 ราย"], None),
    (1120, (2568, 10, 8), "ต้อนรับผู้อำนวยการสำนักงานคุมประพฤติจังหวัดอุทัยธานีคนใหม่",
     ["บุคลากรให้การต้อนรับนางสาวกมลชนก ศรีวิชัยกุล ซึ่งย้ายมาดำรงตำแหน่งผู้อำนวยการ ตั้งแต่วันที่ 1 ตุลาคม 2568"], None),
    # FY2568, on page 2
    (1098, (2568, 9, 16), "ประชุมประจำเดือนกันยายน 2568 และสรุปผลการเบิกจ่ายงบประมาณ",
     ["สรุปผลการเบิกจ่ายงบประมาณ ณ วันที่ 15 กันยายน 2568 ร้อยละ 96.8"], None),
    (1085, (2568, 7, 3), "ค่ายปรับเปลี่ยนพฤติกรรมผู้ถูกคุมความประพฤติ รุ่นที่ 2/2568",
     ["ผู้เข้าค่าย 60 ราย ณ ค่ายลูกเสือจังหวัดอุทัยธานี"], None),
    (1061, (2568, 3, 11), "ประชุมรับฟังความคิดเห็นภาคีเครือข่าย ประจำปี 2568",
     ["วันที่ 8 มีนาคม 2568 ประชุมรับฟังความคิดเห็นอาสาสมัครคุมประพฤติ ผู้เข้าร่วม 55 คน"], None),
    (1044, (2568, 1, 24), "อบรมคุณธรรม จริยธรรม บุคลากร ประจำปีงบประมาณ 2568",
     ["วันที่ 23 มกราคม 2568 อบรมบุคลากร 36 คน"], None),
]


def news_pages() -> None:
    first, second = NEWS[:10], NEWS[10:]
    for page, items in (("/news/", first), ("/news/page/2/", second)):
        rows = "\n".join(f'<li><span class="date">{dd} {MONTHS[m - 1]} {y}</span> <a href="/news/{i}/">{esc(t)}</a></li>'
                         for i, (y, m, dd), t, _p, _a in items)
        nav = ('<p>หน้า 1 <a href="/news/page/2/">2</a> <a href="/news/page/2/">ถัดไป &raquo;</a></p>' if page == "/news/"
               else '<p><a href="/news/">&laquo; ก่อนหน้า</a> <a href="/news/">1</a> หน้า 2</p>')
        write(page, "ข่าวกิจกรรม", f'<ul class="news">\n{rows}\n</ul>\n{nav}')
    for i, (y, m, dd), t, paras, att in NEWS:
        body = f'<p class="date">โพสต์เมื่อ {dd} {TH_MONTHS[m - 1]} {y} โดย admin</p>\n'
        body += "\n".join(f"<p>{esc(p)}</p>" for p in paras)
        body += '\n<p><img src="/assets/news.png" alt="ภาพกิจกรรม" width="320" height="180"></p>'
        if att:
            body += f'\n<p>เอกสารแนบ : <a href="{name(att)}">{esc(DOCS[att][2])}</a></p>'
        if i == 1187:
            body += '\n<p><a href="/ita/2569/">ไปที่หน้า ITA ปี 2569</a></p>'
        write(f"/news/{i}/", t, body)


# ---------------------------------------------------------------- ITA pages


def link(key: str, text: str | None = None) -> str:
    return f'<a href="{name(key)}">{esc(text or DOCS[key][2])}</a>'


def page_link(url: str, text: str) -> str:
    return f'<a href="{url}">{esc(text)}</a>'


ITA_69 = [  # o, the office's wording, cell
    ("o1", "โครงสร้าง หน้าที่และอำนาจ", page_link("/about/structure/", "โครงสร้างหน่วยงาน") + "<br>"
     + page_link("/about/authority/", "อำนาจหน้าที่")),
    ("o2", "ข้อมูลผู้บริหาร", page_link("/about/executives/", "ผู้บริหาร")),
    ("o3", "ข้อมูลการติดต่อ / ถาม-ตอบ", page_link("/contact/", "ติดต่อเรา") + "<br>" + page_link("/qa/", "ถาม-ตอบ (Q&A)")),
    ("o4", "ข่าวประชาสัมพันธ์", page_link("/news/", "ข่าวกิจกรรม")),
    ("o5", "แผนยุทธศาสตร์ / แผนปฏิบัติราชการระยะยาว", link("plan-3y", "แผนปฏิบัติราชการ ระยะ 3 ปี")),
    ("o6", "แผนปฏิบัติราชการประจำปี และแผนการใช้จ่ายงบประมาณ", page_link("/download/plan/", "แผนงาน (คลิก)")),
    ("o7", "รายงานผลการดำเนินงานประจำปี", link("annual-67", "รายงานประจำปี")),
    ("o8", "คู่มือการปฏิบัติงาน", link("sop")),
    ("o9", "คู่มือการให้บริการ", link("citizen", "คู่มือสำหรับประชาชน")),
    ("o10", "E-Service", page_link("/eservice/", "ระบบนัดหมายรายงานตัวออนไลน์")),
    ("o11", "สรุปผลจัดซื้อจัดจ้างรายเดือน", page_link("/procurement/", "สขร.1 ปีงบประมาณ 2569")),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", link("proc-year")),
    ("o13", "หลักเกณฑ์และแผนการบริหารทรัพยากรบุคคล", page_link("/download/hr/", "การบริหารทรัพยากรบุคคล")),
    ("o14", "รายงานผลการบริหารทรัพยากรบุคคล", link("hr-report-68")),
    ("o15", "ประมวลจริยธรรมและการขับเคลื่อน", link("ethics", "ประมวลจริยธรรม") + "<br>"
     + page_link("/news/1158/", "กิจกรรมขับเคลื่อนจริยธรรม 2569")),
    ("o16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", link("complaint-guide", "แนวปฏิบัติฯ")),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", page_link("/complaint/corruption/", "แจ้งเบาะแสการทุจริต")),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", link("complaint-stat-68", "สถิติเรื่องร้องเรียน")),
    ("o19", "การเปิดโอกาสให้มีส่วนร่วม", page_link("/news/1172/", "ประชุมรับฟังความคิดเห็นภาคีเครือข่าย")),
    ("o20", "No Gift Policy", link("no-gift-67", "ประกาศนโยบาย No Gift") + "<br>" + link("no-gift-rep-67", "รายงานผล No Gift")),
    ("o21", "การประเมินความเสี่ยงการทุจริต", link("risk", "ผลการประเมินความเสี่ยงฯ ปี 2569")),
    ("o22", "รายงานผลการบริหารจัดการความเสี่ยงการทุจริต", page_link("/ita/2569/o22/", "รายละเอียด")),
    ("o23", "แผนป้องกันการทุจริต", link("anti-plan-69", "แผนปฏิบัติการป้องกันการทุจริต 2569")),
    ("o24", "รายงานผลการป้องกันการทุจริต", link("anti-report-68-old", "รายงานผลฯ ปี 2568")),
    ("o25", "การนำผล ITA ไปพัฒนาองค์กร", link("ita-analysis", "วิเคราะห์ผล ITA 2568") + "<br>"
     + link("measures-69", "มาตรการส่งเสริมคุณธรรมฯ")),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", link("measures-report-68", "รายงานผล")),
]

ITA_68 = [
    ("o1", "โครงสร้าง", page_link("/about/structure/", "โครงสร้างหน่วยงาน")),
    ("o5", "แผนปฏิบัติราชการระยะยาว", link("plan-3y", "แผนปฏิบัติราชการ ระยะ 3 ปี")),
    ("o6", "แผนปฏิบัติราชการประจำปี", link("action-68", "แผนปฏิบัติราชการ ปี 2568")),
    ("o7", "รายงานผลการดำเนินงาน", "อยู่ระหว่างจัดทำรูปเล่ม"),
    ("o11", "สขร.1", page_link("/procurement/2568/", "สขร.1 ปีงบประมาณ 2568")),
    ("o20", "No Gift Policy", link("no-gift-67", "ประกาศนโยบาย No Gift")),
    ("o22", "รายงานผลการบริหารจัดการความเสี่ยง", link("ita68-o22", "รายงานผลฯ")),
    ("o25", "มาตรการส่งเสริมคุณธรรม", link("ita-analysis-67", "วิเคราะห์ผล ITA 2567")),
]


def ita_pages() -> None:
    def grid(rows):
        return ('<table class="ita"><tr><th>ข้อ</th><th>ตัวชี้วัด</th><th>ข้อมูล / ลิงก์</th></tr>\n'
                + "\n".join(f"<tr><td>{o}</td><td>{esc(t)}</td><td>{cell}</td></tr>" for o, t, cell in rows)
                + "</table>")
    write("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
          '<ul><li><a href="/ita/2569/">ITA ปีงบประมาณ พ.ศ. 2569</a></li><li><a href="/ita/2568/">ITA ปีงบประมาณ พ.ศ. 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569",
          "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>\n" + grid(ITA_69))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", grid(ITA_68))
    write("/ita/2569/o22/", "o22 รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต",
          '<p>หมวด : ITA 2569 &raquo; ตัวชี้วัดที่ 10</p>\n<div class="attach"><b>ไฟล์แนบ</b><br><i>ไม่มีไฟล์แนบ</i></div>\n'
          '<p>ปรับปรุงล่าสุด 12 ม.ค. 2569 · เข้าชม 31 ครั้ง</p>')


# ---------------------------------------------------------------- procurement, downloads


def proc_pages() -> None:
    fy69 = [("proc-2568-10", "ตุลาคม 2568"), ("proc-2568-11", "พฤศจิกายน 2568"), ("proc-2568-12", "ธันวาคม 2568"),
            ("proc-2568-01", "มกราคม 2569"), ("proc-2569-02", "กุมภาพันธ์ 2569"), ("proc-2569-03", "มีนาคม 2569")]
    titles = {k: f"สรุปผลการจัดซื้อจัดจ้าง (สขร.1) ประจำเดือน{label}" for k, label in fy69}
    keys = [k for k, _ in fy69][::-1]
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ 2569",
          "<p>แบบ สขร.1 ตามประกาศคณะกรรมการข้อมูลข่าวสารของราชการ</p>\n"
          + table(keys, titles, {"proc-2568-01": d(2569, 2, 9)})
          + '\n<p>ปีก่อนหน้า : <a href="/procurement/2568/">ปีงบประมาณ 2568</a> · '
          + link("proc-plan-69", "แผนการจัดซื้อจัดจ้าง 2569") + " · " + link("proc-year") + "</p>")
    old = {"proc-2568-09": "กันยายน 2568", "proc-2568-08": "สิงหาคม 2568"}
    write("/procurement/2568/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ 2568",
          "<p>ไฟล์เดือนตุลาคม 2567 - กรกฎาคม 2568 ย้ายไปเก็บในระบบเดิม</p>\n"
          + table(list(old), {k: f"สรุปผลการจัดซื้อจัดจ้าง (สขร.1) ประจำเดือน{v}" for k, v in old.items()}))


def download_pages() -> None:
    cats = "\n".join(f'<li><a href="/download/{c}/">{esc(t)}</a> ({len(listed(c))})</li>' for c, t in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<ul>\n{cats}\n</ul>\n<h2>เอกสารล่าสุด</h2>\n" + table(listed()[:10]))
    for c, t in CATS.items():
        write(f"/download/{c}/", f"ดาวน์โหลด : {t}", table(listed(c)))


# ---------------------------------------------------------------- other pages


def static_pages() -> None:
    latest = "\n".join(f'<li><a href="/news/{i}/">{esc(t)}</a> ({dd} {MONTHS[m - 1]} {y})</li>'
                       for i, (y, m, dd), t, _p, _a in NEWS[:6])
    write("/", "หน้าแรก",
          '<div class="banner">"คืนคนดีสู่สังคม" · รายงานตัวตรงเวลา ลดการกระทำผิดซ้ำ</div>\n'
          f'<h2>ข่าวกิจกรรมล่าสุด</h2>\n<ul>\n{latest}\n</ul>\n<p><a href="/news/">ดูทั้งหมด</a></p>\n'
          '<h2>ประกาศ</h2><ul><li><a href="/procurement/">ประกาศจัดซื้อจัดจ้าง / สขร.1</a></li>'
          '<li><a href="/download/">ดาวน์โหลดเอกสาร</a></li><li><a href="/ita/2569/">ITA 2569</a></li></ul>')
    write("/about/history/", "ประวัติหน่วยงาน",
          "<p>สำนักงานคุมประพฤติจังหวัดอุทัยธานี เป็นราชการส่วนภูมิภาค สังกัดกรมคุมประพฤติ กระทรวงยุติธรรม "
          "เปิดทำการเมื่อปี 2537 ปัจจุบันตั้งอยู่ ณ ศาลากลางจังหวัดอุทัยธานี (หลังใหม่) ชั้น 2</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : เป็นองค์กรหลักในการแก้ไขฟื้นฟูผู้กระทำผิดในชุมชน เพื่อสังคมปลอดภัย</p>"
          "<p>พันธกิจ : 1. สืบเสาะและพินิจ ควบคุมสอดส่อง และแก้ไขฟื้นฟูผู้กระทำผิด 2. ส่งเสริมการมีส่วนร่วมของชุมชน "
          "3. พัฒนาระบบงานและบุคลากร</p>")
    write("/about/structure/", "โครงสร้างหน่วยงาน",
          '<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้างสำนักงานคุมประพฤติจังหวัดอุทัยธานี" width="600" height="300"></p>\n'
          "<ul><li>ผู้อำนวยการสำนักงานคุมประพฤติจังหวัดอุทัยธานี<ul>"
          "<li>ฝ่ายบริหารงานทั่วไป (งานสารบรรณ งานการเงินและบัญชี งานพัสดุ งานบุคคล)</li>"
          "<li>กลุ่มงานสืบเสาะและพินิจ</li><li>กลุ่มงานควบคุมและสอดส่อง</li>"
          "<li>กลุ่มงานแก้ไขฟื้นฟูและประสานการมีส่วนร่วม</li><li>กลุ่มงานฟื้นฟูสมรรถภาพผู้ติดยาเสพติด</li>"
          "<li>ศูนย์ยุติธรรมชุมชน (ประสานงาน)</li></ul></li></ul>"
          '<p>ดู <a href="/about/authority/">อำนาจหน้าที่</a> · <a href="/about/staff/">ทำเนียบบุคลากร</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมคุมประพฤติ กระทรวงยุติธรรม สำนักงานคุมประพฤติจังหวัดมีอำนาจหน้าที่ ดังนี้</p><ol>"
          "<li>ดำเนินการสืบเสาะและพินิจผู้กระทำผิดตามคำสั่งศาล และเสนอรายงานต่อศาล</li>"
          "<li>ควบคุมและสอดส่องผู้ถูกคุมความประพฤติ ผู้ได้รับการพักการลงโทษ และผู้ได้รับการลดวันต้องโทษจำคุก</li>"
          "<li>ดำเนินการเกี่ยวกับการทำงานบริการสังคมหรือทำงานสาธารณประโยชน์แทนค่าปรับ</li>"
          "<li>ดำเนินการฟื้นฟูสมรรถภาพผู้ติดยาเสพติดตามกฎหมายว่าด้วยการฟื้นฟูสมรรถภาพผู้ติดยาเสพติด</li>"
          "<li>แก้ไขฟื้นฟูผู้กระทำผิด และส่งเสริมการมีส่วนร่วมของอาสาสมัครคุมประพฤติและชุมชน</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    execs = [("นางสาวกมลชนก ศรีวิชัยกุล", "ผู้อำนวยการสำนักงานคุมประพฤติจังหวัดอุทัยธานี", "0 5651 7720 ต่อ 101"),
             ("นายภาณุพงศ์ แก้วประเสริฐ", "พนักงานคุมประพฤติชำนาญการพิเศษ หัวหน้ากลุ่มงานควบคุมและสอดส่อง", "0 5651 7720 ต่อ 121"),
             ("นางสุนันทา ปิ่นมณีวงศ์", "พนักงานคุมประพฤติชำนาญการ หัวหน้ากลุ่มงานสืบเสาะและพินิจ", "0 5651 7720 ต่อ 111"),
             ("นางวราภรณ์ ทองสุขดี", "นักจัดการงานทั่วไปชำนาญการ หัวหน้าฝ่ายบริหารงานทั่วไป", "0 5651 7720 ต่อ 102")]
    write("/about/executives/", "ผู้บริหาร",
          "\n".join(f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="90" height="110"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs))
    write("/about/staff/", "ทำเนียบบุคลากร",
          "<p>ข้าราชการ 14 คน พนักงานราชการ 6 คน ลูกจ้าง 5 คน</p><p>ดูรายชื่อผู้บริหารที่ <a href=\"/about/executives/\">ผู้บริหาร</a></p>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>ศาลากลางจังหวัดอุทัยธานี (หลังใหม่) ชั้น 2 เลขที่ 41/7 ถนนรอบเมือง ตำบลอุทัยใหม่ "
          "อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี 61000</p>"
          "<p>โทรศัพท์ 0 5651 7720 โทรสาร 0 5651 7721<br>อีเมล uthai.prob@example.go.th<br>"
          "Facebook : สำนักงานคุมประพฤติจังหวัดอุทัยธานี<br>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.3790,100.0245">แผนที่ Google Maps</a></p>'
          '<p>มีข้อสงสัย ถามได้ที่ <a href="/qa/">กระดานถาม-ตอบ</a></p>')
    write("/qa/", "ถาม-ตอบ (Q&A)",
          '<div class="q"><b>ถาม</b> (สมชาย, 12 ม.ค. 2569) ต้องไปรายงานตัวต่างจังหวัด ขอย้ายมารายงานตัวที่อุทัยธานีได้หรือไม่<br>'
          "<b>ตอบ</b> (admin, 13 ม.ค. 2569) ได้ครับ ยื่นคำร้องขอโอนคดีที่สำนักงานเดิม หรือผ่านเมนู E-Service</div>"
          '<div class="q"><b>ถาม</b> (ผู้ปกครอง, 3 มี.ค. 2569) ทำงานบริการสังคมวันเสาร์ได้หรือไม่<br>'
          "<b>ตอบ</b> (admin, 4 มี.ค. 2569) ได้ ตามที่พนักงานคุมประพฤติจัดให้</div>"
          '<form action="https://forms.example.com/uthai-qa" method="post"><p>ชื่อ <input name="name"></p>'
          '<p>คำถาม <textarea name="q"></textarea></p><p><button>ส่งคำถาม</button></p></form>')
    write("/eservice/", "E-Service ระบบนัดหมายรายงานตัวออนไลน์",
          "<p>ผู้ถูกคุมความประพฤติสามารถนัดหมายวันรายงานตัว และยื่นคำร้องขอเปลี่ยนสถานที่รายงานตัวได้ทางออนไลน์</p>"
          '<form action="https://forms.example.com/uthai-appointment" method="post">'
          '<p>เลขคดี <input name="case"></p><p>ชื่อ-สกุล <input name="name"></p><p>เลขบัตรประชาชน <input name="pid"></p>'
          '<p>ประเภทคำขอ <select name="type"><option>นัดหมายรายงานตัว</option><option>ขอเปลี่ยนสถานที่รายงานตัว</option>'
          '<option>สอบถามข้อมูล</option></select></p><p>วันที่ต้องการ <input type="date" name="day"></p>'
          "<p><button>ส่งคำขอ</button></p></form>"
          f'<h2>สถิติการให้บริการ</h2><p>{link("estats-68", "สถิติการให้บริการ E-Service")} (อัปเดต 7 ต.ค. 2568)</p>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนเรื่องทั่วไปเกี่ยวกับการให้บริการ ได้ที่ ตู้รับเรื่องร้องเรียน ชั้น 1 หรือโทร 0 5651 7720</p>"
          '<ul><li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>'
          f'<li>{link("complaint-guide")}</li><li>{link("complaint-stat-68")}</li></ul>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ ไม่ต้องระบุชื่อก็ได้</p>"
          '<form action="https://forms.example.com/uthai-corruption" method="post">'
          '<p>ชื่อผู้แจ้ง (ไม่บังคับ) <input name="name"></p><p>เจ้าหน้าที่ / เรื่องที่ร้องเรียน <input name="subject"></p>'
          '<p>รายละเอียด <textarea name="detail"></textarea></p><p>หลักฐาน <input type="file" name="file"></p>'
          "<p><button>ส่งเรื่อง</button></p></form>"
          '<p>ช่องทางอื่น : <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · '
          '<a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท. สายด่วน 1206</a> · สายด่วนกระทรวงยุติธรรม 1111 กด 77</p>')
    services = [("investigation", "งานสืบเสาะและพินิจ", "สืบเสาะข้อเท็จจริงเกี่ยวกับผู้กระทำผิดตามคำสั่งศาล เพื่อประกอบการพิจารณาพิพากษา"),
                ("supervision", "งานควบคุมและสอดส่อง", "ผู้ถูกคุมความประพฤติต้องรายงานตัวตามนัด ทุกวันทำการ 08.30 - 15.30 น."),
                ("community-service", "งานบริการสังคม", "การทำงานบริการสังคมหรือทำงานสาธารณประโยชน์ตามคำสั่งศาล"),
                ("rehab", "งานฟื้นฟูสมรรถภาพผู้ติดยาเสพติด", "ระบบบังคับบำบัดแบบไม่ควบคุมตัวและควบคุมตัว")]
    write("/services/", "งานบริการ", "<ul>" + "".join(f'<li><a href="/services/{s}/">{esc(t)}</a></li>'
                                                  for s, t, _ in services) + "</ul>"
          + f'<p>{link("citizen", "คู่มือสำหรับประชาชน")}</p>')
    for s, t, p in services:
        write(f"/services/{s}/", t, f"<p>{esc(p)}</p><p>สอบถาม โทร 0 5651 7720</p>")
    write("/volunteer/", "อาสาสมัครคุมประพฤติ",
          "<p>จังหวัดอุทัยธานีมีอาสาสมัครคุมประพฤติ 326 คน ใน 8 อำเภอ</p>"
          '<p>ดู <a href="/news/1149/">ข่าวมอบเกียรติบัตร</a></p>')
    write("/justice-center/", "ศูนย์ยุติธรรมชุมชน", "<p>ให้คำปรึกษาด้านกฎหมาย ไกล่เกลี่ยข้อพิพาท ช่วยเหลือผู้เสียหาย</p>")
    write("/km/", "การจัดการความรู้ (KM)", "<p>องค์ความรู้ เรื่อง การสัมภาษณ์เชิงสร้างแรงจูงใจ (MI) สำหรับพนักงานคุมประพฤติ</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>สำนักงานเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามกฎหมาย</p>")
    pages = sorted(os.path.relpath(os.path.dirname(p), HERE) for p in _all_pages())
    write("/sitemap/", "แผนผังเว็บไซต์",
          "<ul>" + "".join(f'<li><a href="/{p}/">/{esc(p)}/</a></li>' for p in pages
                           if p not in (".", "sitemap") and not p.startswith("news/1")) + "</ul>")


def _all_pages() -> list[str]:
    out = []
    for root, _dirs, files in os.walk(HERE):
        if "index.html" in files and "/files" not in root:
            out.append(os.path.join(root, "index.html"))
    return out


def assets() -> None:
    from PIL import Image, ImageDraw

    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#5a2d82;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:230px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #ccc;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#eee;padding:8px;font-size:small}\n")
    for fname, size, colour in (("logo.png", (60, 60), 90), ("person.png", (90, 110), 180),
                                ("chart.png", (300, 150), 230), ("news.png", (160, 90), 200)):
        img = Image.new("L", size, colour)
        ImageDraw.Draw(img).rectangle([4, 4, size[0] - 5, size[1] - 5], outline=40)
        img.save(os.path.join(HERE, "assets", fname))


def main() -> None:
    assets()
    news_pages()
    ita_pages()
    proc_pages()
    download_pages()
    static_pages()


if __name__ == "__main__":
    main()
