"""Generate the HTML pages of the "industry" test site (สำนักงานอุตสาหกรรมจังหวัดสิงห์บุรี, invented).

Run:  python tests/sites/industry/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial industry office on the ministry's common template: a top bar, a menu (with an "ITA"
drop-down that still holds last year's page), a side column (the head of office, links, a visitor
counter) and a footer on every page; pages are folder/index.html.  Documents are listed by
category under /download/<cat>/, the monthly สขร.1 on /procurement/, news under /news/ (three
pages).  The ITA page /ita/2569/ is a table of o1 … o26 in the office's own short wording whose
links go to files, pages or category lists; it has no o21 row.  Last year's /ita/2568/ is online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "สำนักงานอุตสาหกรรมจังหวัดสิงห์บุรี"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน / ยุทธศาสตร์", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / ทั่วไป"}
HIDDEN = {"risk-68", "old-risk-67"}  # linked only from last year's ITA page
MISSING_SIZE = {"risk-report-68": "387.2 KB", "old-risk-67": "254.9 KB"}
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("แผนปฏิบัติราชการประจำปี", "/about/plan/"),
        ("ข่าวประชาสัมพันธ์", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลดเอกสาร", "/download/"),
        ("งานบริการ", "/services/"), ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"),
        ("ITA", "/ita/"), ("ITA 2569", "/ita/2569/"), ("ITA 2568", "/ita/2568/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">กระทรวงอุตสาหกรรม · สำนักงานปลัดกระทรวงอุตสาหกรรม · โทร. 0 3651 2740 · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="banner"><img src="/assets/logo.png" alt="ตรากระทรวงอุตสาหกรรม" width="64" height="64">
<b>{ORG}</b><br><small>Singburi Provincial Industry Office</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/person.png" alt="อุตสาหกรรมจังหวัดสิงห์บุรี" width="60" height="75"><br>
<b>นายปรเมศวร์ ศรีวรางกูร</b><br>อุตสาหกรรมจังหวัดสิงห์บุรี</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/services/">คู่มือประชาชน / งานบริการ</a><br>
<a href="/eservice/">บริการออนไลน์</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/complaint/stats/">สถิติเรื่องร้องเรียน</a><br><a href="/qa/">ถาม-ตอบ</a><br>
<a href="/law/">กฎหมายที่เกี่ยวข้อง</a><br>
<a href="https://www.industry.go.th/">กระทรวงอุตสาหกรรม</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="box">ผู้เข้าชมเว็บไซต์ ๑๔๘,๒๐๓ ครั้ง</div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} ศาลากลางจังหวัดสิงห์บุรี ชั้น 3 ถนนสิงห์บุรี-บางพาน ตำบลบางพุทรา อำเภอเมืองสิงห์บุรี จังหวัดสิงห์บุรี 16000<br>
โทรศัพท์ 0 3651 2740 โทรสาร 0 3651 2741 อีเมล singburi@ind-sb.example.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>
© ๒๕๖๕ {ORG} กระทรวงอุตสาหกรรม</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return MISSING_SIZE[key]
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


def a(href: str, text: str = "คลิกที่นี่") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (701, (2026, 4, 3), "ขอเชิญผู้รับบริการร่วมตอบแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ประจำปี 2569",
     ["สำนักงานอุตสาหกรรมจังหวัดสิงห์บุรี ขอเชิญผู้ประกอบการและผู้มาติดต่อราชการร่วมตอบแบบวัด EIT ผ่าน QR code ที่จุดบริการ"]),
    (698, (2026, 3, 17), "ตรวจกำกับโรงงานน้ำตาลและโรงสีข้าว ลดฝุ่นละออง PM2.5 ช่วงฤดูแล้ง",
     ["วันที่ 17 มีนาคม 2569 เจ้าหน้าที่กลุ่มกำกับและตรวจสอบ ตรวจโรงงาน 6 แห่งในอำเภออินทร์บุรีและอำเภอพรหมบุรี "
      "ทุกแห่งมีระบบดักฝุ่นที่ใช้งานได้"]),
    (696, (2026, 3, 12), "ขอเชิญร่วมประชุมรับฟังความคิดเห็นของประชาชน กรณีขอขยายโรงงานผลิตปุ๋ยอินทรีย์ ตำบลโพทะเล",
     ["สำนักงานอุตสาหกรรมจังหวัดสิงห์บุรี กำหนดประชุมรับฟังความคิดเห็นของประชาชน ในวันที่ 24 มีนาคม 2569 "
      "เวลา 09.30 น. ณ ศาลาประชาคมบ้านโพทะเล ขอเชิญประชาชนในพื้นที่เข้าร่วมแสดงความคิดเห็น",
      f'หนังสือเชิญ {a(f("invite-hearing"), "ดาวน์โหลด")}']),
    (690, (2026, 2, 18), "อบรมพัฒนาผลิตภัณฑ์วิสาหกิจชุมชน กลุ่มปลาช่อนแม่ลา",
     ["สำนักงานจัดอบรมการพัฒนาบรรจุภัณฑ์และการขอรับรองมาตรฐานผลิตภัณฑ์ชุมชน (มผช.) ให้ผู้ประกอบการ 35 ราย"]),
    (687, (2026, 1, 22), "โครงการอบรมขับเคลื่อนจริยธรรมและป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2569",
     ["วันที่ 22 มกราคม 2569 สำนักงานอุตสาหกรรมจังหวัดสิงห์บุรี จัดอบรมการขับเคลื่อนจริยธรรมตามประมวลจริยธรรมข้าราชการพลเรือน "
      "และข้อกำหนดจริยธรรมของสำนักงานปลัดกระทรวงอุตสาหกรรม ทบทวน Do's & Don'ts และหลักเกณฑ์การรับทรัพย์สินตามมาตรา 128",
      "มีข้าราชการ พนักงานราชการ และลูกจ้างเข้าร่วม 22 คน วิทยากรจากสำนักงาน ป.ป.ท. เขต 1"]),
    (683, (2025, 12, 15), "มอบใบอนุญาตประกอบกิจการโรงงานผ่านระบบอิเล็กทรอนิกส์",
     ["อุตสาหกรรมจังหวัดสิงห์บุรีมอบใบอนุญาต ร.ง.4 ฉบับอิเล็กทรอนิกส์ให้ผู้ประกอบการ 3 ราย"]),
    (679, (2025, 11, 21), "ประชุมคณะอนุกรรมการเฝ้าระวังการลักลอบทิ้งกากอุตสาหกรรม ครั้งที่ 1/2569",
     ["ประชุมหน่วยงานที่เกี่ยวข้องเพื่อวางแผนเฝ้าระวังการลักลอบทิ้งกากอุตสาหกรรมในพื้นที่จังหวัดสิงห์บุรี"]),
    (675, (2025, 10, 2), "อุตสาหกรรมจังหวัดสิงห์บุรีประกาศเจตจำนงสุจริตในการบริหารงาน ปีงบประมาณ 2569",
     [f'อุตสาหกรรมจังหวัดสิงห์บุรีประกาศเจตจำนงสุจริต ต่อหน้าบุคลากรทุกคน {a(f("will-69"), "อ่านประกาศ")}']),
    (646, (2025, 8, 14), "ตรวจสอบโรงงานรับซื้อของเก่า ตามนโยบายกระทรวงอุตสาหกรรม",
     ["ตรวจโรงงานคัดแยกและรับซื้อของเก่า 9 แห่ง พบฝ่าฝืน 1 แห่ง ออกคำสั่งให้ปรับปรุงตามมาตรา 37"]),
    (612, (2025, 2, 12), "อบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2568",
     ["วันที่ 12 กุมภาพันธ์ 2568 จัดอบรมคุณธรรมจริยธรรมแก่บุคลากร 23 คน"]),
    (598, (2024, 11, 20), "ประชุมชี้แจงผู้ประกอบการเรื่องการรายงาน รว.3 ประจำปี 2568",
     ["ชี้แจงผู้ประกอบการโรงงานจำพวกที่ 3 เรื่องการรายงานชนิดและปริมาณสารมลพิษ"]),
    (541, (2024, 1, 25), "สรุปผลการประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสียต่อการดำเนินงานของสำนักงาน ประจำปี 2567",
     ["วันที่ 25 มกราคม 2567 สำนักงานอุตสาหกรรมจังหวัดสิงห์บุรี จัดประชุมรับฟังความคิดเห็นของผู้ประกอบการ ผู้นำชุมชน "
      "และประชาชน ต่อการให้บริการอนุญาตโรงงานและการกำกับดูแลโรงงาน ผู้เข้าร่วม 64 คน",
      "ข้อเสนอที่ได้รับ : ลดระยะเวลาการตรวจสถานที่ เพิ่มช่องทางยื่นคำขอออนไลน์ และแจ้งผลการตรวจโรงงานที่มีเรื่องร้องเรียนให้ชุมชนทราบ",
      "สำนักงานจะนำข้อเสนอไปปรับปรุงการให้บริการในปีงบประมาณ พ.ศ. 2567"]),
    (530, (2023, 10, 3), "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2567",
     [f'สำนักงานอุตสาหกรรมจังหวัดสิงห์บุรีประกาศนโยบาย No Gift Policy {a(f("no-gift-67"), "อ่านประกาศ")}']),
]
NEWS_PAGES = [("/news/", NEWS[:8]), ("/news/page/2/", NEWS[8:11]), ("/news/page/3/", NEWS[11:])]


def news_pages() -> None:
    for path, items in NEWS_PAGES:
        li = "\n".join(f'<li><a href="/news/{n}/">{esc(t)}</a> <small>({be(_dt(ymd))})</small></li>'
                       for n, ymd, t, _p in items)
        nav = " ".join(a(p, str(i)) for i, (p, _x) in enumerate(NEWS_PAGES, 1))
        write(path, "ข่าวประชาสัมพันธ์", f"<ul class=\"news\">\n{li}\n</ul>\n<p>หน้า {nav}</p>")
    for n, ymd, t, paras in NEWS:
        body = f"<p class=\"date\">วันที่ {be(_dt(ymd))}</p>\n" + "\n".join(
            p if p.startswith("<") else f"<p>{p}</p>" for p in paras)
        body += f'\n<img src="/assets/news.png" alt="ภาพกิจกรรม" width="200" height="120">\n<p>{a("/news/", "กลับหน้าข่าว")}</p>'
        write(f"/news/{n}/", t, body)


def _dt(ymd):
    from datetime import datetime
    return datetime(*ymd)


# ---------------------------------------------------------------- ITA pages

ITA_2569 = [  # (code, own wording, [(href, text)])
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("/about/structure/", "โครงสร้าง"), ("/about/authority/", "อำนาจหน้าที่")]),
    ("o2", "ข้อมูลผู้บริหาร", [("/about/executives/", "ผู้บริหาร")]),
    ("o3", "ข้อมูลการติดต่อ / ถาม-ตอบ", [("/contact/", "ติดต่อเรา"), ("/qa/", "Q&A")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("/news/", "ข่าวประชาสัมพันธ์")]),
    ("o5", "แผนยุทธศาสตร์ / แผนปฏิบัติราชการระยะยาว", [("/about/strategy/", "แผนปฏิบัติราชการ")]),
    ("o6", "แผนปฏิบัติราชการและการใช้งบประมาณประจำปี", [("/about/plan/", "แผนปฏิบัติราชการประจำปี")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("/download/report/", "รายงานผลการดำเนินงาน")]),
    ("o8", "คู่มือการปฏิบัติงานของเจ้าหน้าที่", [(f("staff-manual"), "คู่มือการตรวจกำกับโรงงาน")]),
    ("o9", "คู่มือการให้บริการประชาชน", [(f("citizen-manual"), "คู่มือประชาชน ร.ง.4"), ("/services/", "งานบริการ")]),
    ("o10", "E-Service", [("/eservice/", "บริการออนไลน์")]),
    ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", [("/procurement/", "สขร.1")]),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี 2568", [(f("proc-year-68"), "รายงานสรุปผล ปีงบ 2568")]),
    ("o13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล", [("/download/hr/", "เอกสาร HR")]),
    ("o14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล 2568", [(f("hr-report-68"), "รายงาน HR 2568")]),
    ("o15", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", [(f("ethics"), "ประมวลจริยธรรม"), ("/news/687/", "กิจกรรม 2569")]),
    ("o16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [(f("complaint-guide"), "แนวปฏิบัติ")]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("/complaint/corruption/", "แจ้งเบาะแส")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("/complaint/stats/", "สถิติเรื่องร้องเรียน")]),
    ("o19", "การเปิดโอกาสให้มีส่วนร่วม", [("/news/541/", "รับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย")]),
    ("o20", "No Gift Policy", [(f("no-gift-67"), "ประกาศนโยบาย No Gift Policy")]),
    ("o22", "รายงานผลการดำเนินการตามแผนบริหารความเสี่ยงการทุจริต", [(f("risk-report-68"), "รายงานผล ปี 2568")]),
    ("o23", "แผนปฏิบัติการป้องกันการทุจริต 2569", [(f("anti-plan-69"), "แผนป้องกันการทุจริต 2569")]),
    ("o24", "รายงานผลการดำเนินการป้องกันการทุจริต 2568", [(f("anti-report-68"), "รายงานผล 2568")]),
    ("o25", "การนำผลการประเมิน ITA ไปพัฒนาองค์กร", [(f("ita-analysis-68"), "วิเคราะห์ผล ITA 2568")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรมและความโปร่งใส", [(f("integrity-report-68"), "รายงานผล 2568")]),
]
ITA_2568 = [
    ("o1", "โครงสร้าง", [("/about/structure/", "โครงสร้าง")]),
    ("o5", "แผนยุทธศาสตร์", [(f("plan-66-68"), "แผนปฏิบัติราชการ 2566-2568")]),
    ("o6", "แผนปฏิบัติราชการประจำปี 2568", [("/about/plan/", "แผนปฏิบัติราชการประจำปี")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี 2567", [(f("annual-67"), "รายงานประจำปี")]),
    ("o12", "สขร.1 รายเดือน", [("/procurement/", "สขร.1")]),
    ("o14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", [(f("hr-plan-68"), "แผน HR")]),
    ("o19", "สถิติเรื่องร้องเรียน", [("/complaint/stats/", "สถิติ")]),
    ("o20", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", [("/news/541/", "ข่าว")]),
    ("o21", "ประกาศเจตนารมณ์ No Gift Policy", [(f("no-gift-67"), "ประกาศ")]),
    ("o23", "การประเมินความเสี่ยงการทุจริต 2568", [(f("risk-68"), "การประเมินความเสี่ยง 2568")]),
    ("o24", "รายงานผลการจัดการความเสี่ยง 2567", [(f("old-risk-67"), "รายงานผล 2567")]),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต 2568", [(f("anti-plan-68"), "แผนป้องกันการทุจริต 2568")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์ข้อมูล</th></tr>']
    for code, text, links in rows:
        cell = "<br>".join(a(h, t) for h, t in links)
        out.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "\n</table>"


# ---------------------------------------------------------------- static pages

PLAN_68_ROWS = [  # the annual action plan typed into the page in November 2567 and never replaced
    ("1", "ตรวจกำกับโรงงานตามแผนประจำปี 2568", "180 โรง", "420,000", "ต.ค. 2567 - ก.ย. 2568", "กลุ่มกำกับและตรวจสอบ"),
    ("2", "เฝ้าระวังการลักลอบทิ้งกากอุตสาหกรรม", "12 ครั้ง", "150,000", "ต.ค. 2567 - ก.ย. 2568", "กลุ่มกำกับและตรวจสอบ"),
    ("3", "พัฒนาผู้ประกอบการวิสาหกิจชุมชน", "40 ราย", "310,000", "ม.ค. - มิ.ย. 2568", "กลุ่มส่งเสริมและพัฒนาอุตสาหกรรม"),
    ("4", "ส่งเสริมการยื่นคำขอผ่านระบบ e-License", "ร้อยละ 60", "80,000", "ต.ค. 2567 - ก.ย. 2568", "กลุ่มบริหารงานทั่วไป"),
]
COMPLAINT_MONTHS = [("ต.ค. 2567", 0, 0, 0), ("พ.ย. 2567", 1, 1, 0), ("ธ.ค. 2567", 0, 0, 0), ("ม.ค. 2568", 0, 0, 0),
                    ("ก.พ. 2568", 0, 0, 0), ("มี.ค. 2568", 1, 1, 0), ("เม.ย. 2568", 0, 0, 0), ("พ.ค. 2568", 0, 0, 0),
                    ("มิ.ย. 2568", 0, 0, 0), ("ก.ค. 2568", 0, 0, 0), ("ส.ค. 2568", 0, 0, 0), ("ก.ย. 2568", 0, 0, 0)]
STAFF = [("นายปรเมศวร์ ศรีวรางกูร", "อุตสาหกรรมจังหวัดสิงห์บุรี", "0 3651 2740 ต่อ 101"),
         ("นางสาวกนกพร วงศ์ทองดี", "หัวหน้ากลุ่มบริหารงานทั่วไป", "0 3651 2740 ต่อ 102"),
         ("นายธีรวัฒน์ แสงจำปา", "หัวหน้ากลุ่มกำกับและตรวจสอบ", "0 3651 2740 ต่อ 103"),
         ("นางอรุณี พึ่งบุญมา", "หัวหน้ากลุ่มส่งเสริมและพัฒนาอุตสาหกรรม", "0 3651 2740 ต่อ 104"),
         ("นายชาตรี คงสมบูรณ์", "หัวหน้ากลุ่มอุตสาหกรรมพื้นฐานและการเหมืองแร่", "0 3651 2740 ต่อ 105")]


def static_pages() -> None:
    latest = "\n".join(f'<li><a href="/news/{n}/">{esc(t)}</a> ({be(_dt(ymd))})</li>' for n, ymd, t, _p in NEWS[:5])
    write("/", "หน้าแรก",
          f"<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2>\n<ul>\n{latest}\n</ul>\n<p>{a('/news/', 'ข่าวทั้งหมด')}</p>\n"
          f"<h2>ประกาศจัดซื้อจัดจ้าง</h2><p>{a('/procurement/', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน')}</p>\n"
          f"<h2>การประเมินคุณธรรมและความโปร่งใส</h2><p>{a('/ita/2569/', 'ITA 2569')} · {a('/ita/2568/', 'ITA 2568')}</p>")
    write("/about/history/", "ประวัติหน่วยงาน",
          "<p>สำนักงานอุตสาหกรรมจังหวัดสิงห์บุรี เป็นราชการบริหารส่วนภูมิภาค สังกัดสำนักงานปลัดกระทรวงอุตสาหกรรม "
          "ตั้งอยู่ ณ ศาลากลางจังหวัดสิงห์บุรี มีบุคลากร 23 คน</p>"
          f"<p>{a('/about/vision/', 'วิสัยทัศน์ พันธกิจ')} · {a('/about/structure/', 'โครงสร้าง')} · "
          f"{a('/about/authority/', 'อำนาจหน้าที่')}</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p><b>วิสัยทัศน์</b> อุตสาหกรรมสิงห์บุรีเติบโตอย่างยั่งยืน อยู่ร่วมกับชุมชนได้อย่างมีความสุข</p>"
          "<ol><li>กำกับดูแลการประกอบกิจการโรงงานและเหมืองแร่ให้ปลอดภัย</li><li>ส่งเสริมผู้ประกอบการ SMEs และวิสาหกิจชุมชน</li>"
          "<li>ให้บริการที่สะดวก รวดเร็ว โปร่งใส</li></ol>")
    write("/about/structure/", "โครงสร้างสำนักงานอุตสาหกรรมจังหวัดสิงห์บุรี",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างสำนักงานอุตสาหกรรมจังหวัดสิงห์บุรี" width="400" height="240">\n'
          "<ul><li>อุตสาหกรรมจังหวัดสิงห์บุรี<ul>"
          "<li>กลุ่มบริหารงานทั่วไป (งานธุรการ การเงิน พัสดุ แผนงาน บุคคล)</li>"
          "<li>กลุ่มกำกับและตรวจสอบ (โรงงาน เครื่องจักร มาตรฐานผลิตภัณฑ์)</li>"
          "<li>กลุ่มส่งเสริมและพัฒนาอุตสาหกรรม</li>"
          "<li>กลุ่มอุตสาหกรรมพื้นฐานและการเหมืองแร่</li></ul></li></ul>"
          f"<p>{a('/about/authority/', 'อำนาจหน้าที่')}</p>")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวง กระทรวงอุตสาหกรรม สำนักงานอุตสาหกรรมจังหวัดมีอำนาจหน้าที่ ดังนี้</p><ol>"
          "<li>ดำเนินการตามกฎหมายว่าด้วยโรงงาน กฎหมายว่าด้วยแร่ กฎหมายว่าด้วยมาตรฐานผลิตภัณฑ์อุตสาหกรรม และกฎหมายอื่นที่เกี่ยวข้อง</li>"
          "<li>จัดทำข้อมูลสารสนเทศด้านอุตสาหกรรมของจังหวัด</li>"
          "<li>ส่งเสริมและพัฒนาอุตสาหกรรมในจังหวัด รวมทั้งผู้ประกอบการวิสาหกิจขนาดกลางและขนาดย่อม</li>"
          "<li>กำกับ ดูแล และตรวจสอบการประกอบกิจการโรงงานและการประกอบการเหมืองแร่ให้ปลอดภัยต่อชุมชนและสิ่งแวดล้อม</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in STAFF)
    write("/about/executives/", "ผู้บริหาร", cards + "<p>อีเมล singburi@ind-sb.example.go.th</p>")
    write("/about/staff/", "บุคลากร", "<p>ข้าราชการ 14 คน พนักงานราชการ 6 คน ลูกจ้าง 3 คน</p>"
          f"<p>{a('/about/executives/', 'ผู้บริหาร')}</p>")
    plan_rows = "\n".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in PLAN_68_ROWS)
    write("/about/plan/", "แผนปฏิบัติราชการประจำปี",
          "<h2>แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568</h2>\n<p>สำนักงานอุตสาหกรรมจังหวัดสิงห์บุรี ได้รับจัดสรรงบประมาณ "
          "ประจำปีงบประมาณ พ.ศ. 2568 จำนวน 3,246,000 บาท จัดทำแผนปฏิบัติราชการและแผนการใช้จ่ายงบประมาณ ดังนี้</p>\n"
          "<table><tr><th>ที่</th><th>โครงการ/กิจกรรม</th><th>เป้าหมาย</th><th>งบประมาณ (บาท)</th><th>ระยะเวลา</th>"
          f"<th>ผู้รับผิดชอบ</th></tr>\n{plan_rows}\n</table>\n"
          "<p>แผนการใช้จ่ายงบประมาณ : ไตรมาส 1 ร้อยละ 32 ไตรมาส 2 ร้อยละ 54 ไตรมาส 3 ร้อยละ 77 ไตรมาส 4 ร้อยละ 100</p>"
          "<p class=\"updated\">ปรับปรุงข้อมูลล่าสุด 4 พ.ย. 2567</p>")
    write("/about/strategy/", "แผนยุทธศาสตร์ / แผนปฏิบัติราชการระยะยาว",
          table(["plan-66-68", "plan-draft"]))
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>ศาลากลางจังหวัดสิงห์บุรี ชั้น 3 ถนนสิงห์บุรี-บางพาน ตำบลบางพุทรา อำเภอเมืองสิงห์บุรี จังหวัดสิงห์บุรี 16000</p>"
          "<p>โทรศัพท์ 0 3651 2740 โทรสาร 0 3651 2741<br>อีเมล singburi@ind-sb.example.go.th<br>"
          "เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=14.8901,100.4012">แผนที่ตั้ง (Google Maps)</a></p>'
          f"<p>สอบถามข้อมูล : {a('/qa/', 'กระดานถาม-ตอบ (Q&A)')}</p>")
    write("/qa/", "ถาม-ตอบ (Q&A)",
          "<div class=\"q\"><b>ถาม</b> (คุณวิภา, 9 ก.พ. 2569) ขอแจ้งประกอบกิจการโรงงานจำพวกที่ 2 ต้องใช้เอกสารอะไรบ้าง<br>"
          "<b>ตอบ</b> (เจ้าหน้าที่, 10 ก.พ. 2569) ใช้แบบ ร.ง.1 สำเนาบัตรประชาชน และแผนผังโรงงาน ยื่นได้ที่สำนักงานหรือระบบ e-License</div>"
          "<div class=\"q\"><b>ถาม</b> (ผู้ประกอบการ, 2 มี.ค. 2569) ต่ออายุใบอนุญาตจำหน่ายสินค้า มอก. ได้ที่ไหน<br>"
          "<b>ตอบ</b> (เจ้าหน้าที่, 3 มี.ค. 2569) ยื่นผ่านระบบ e-License ของสำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม</div>"
          '<form method="post" action="/qa/post.php"><p>ชื่อ <input name="name"></p><p>คำถาม <textarea name="q"></textarea></p>'
          '<p><button type="submit">ส่งคำถาม</button></p></form>')
    services = [("/services/factory-license/", "การขออนุญาตประกอบกิจการโรงงาน (ร.ง.4)"),
                ("/services/machine/", "การจดทะเบียนเครื่องจักร")]
    write("/services/", "งานบริการ",
          "<ul>" + "".join(f"<li>{a(u, t)}</li>" for u, t in services) + "</ul>" + table(listed("manual")))
    write("/services/factory-license/", "การขออนุญาตประกอบกิจการโรงงาน (ร.ง.4)",
          "<p>ผู้ประกอบกิจการโรงงานจำพวกที่ 3 ต้องได้รับใบอนุญาตก่อนประกอบกิจการ ยื่นคำขอได้ที่สำนักงานหรือทางระบบ e-License</p>"
          f"<p>คู่มือสำหรับประชาชน {a(f('citizen-manual'), 'ดาวน์โหลด')}</p>")
    write("/services/machine/", "การจดทะเบียนเครื่องจักร",
          "<p>ยื่นคำขอจดทะเบียนเครื่องจักร (แบบ ค.1) พร้อมเอกสาร ณ กลุ่มกำกับและตรวจสอบ ค่าธรรมเนียมตามกฎกระทรวง</p>")
    write("/eservice/", "บริการออนไลน์ (E-Service)",
          '<p><a href="https://e-license.industry.go.th/">ระบบยื่นคำขออนุญาตออนไลน์ e-License กระทรวงอุตสาหกรรม</a></p>'
          "<h2>แบบฟอร์มติดต่อขอรับบริการออนไลน์</h2>"
          '<form method="post" action="/eservice/send.php"><p>ชื่อ-สกุล <input name="name"></p><p>โทรศัพท์ <input name="tel"></p>'
          '<p>เรื่องที่ขอรับบริการ <select name="type"><option>ขอคำปรึกษาการขออนุญาตโรงงาน</option>'
          "<option>ขอตรวจสอบข้อมูลโรงงาน</option><option>อื่นๆ</option></select></p>"
          '<p>รายละเอียด <textarea name="detail"></textarea></p><p><button type="submit">ส่งคำขอ</button></p></form>'
          f"<h2>สถิติการให้บริการ</h2><p>{a(f('service-69'), 'สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)')}</p>")
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนโรงงานที่ก่อเหตุเดือดร้อนรำคาญ ได้ที่ สายด่วน 1569 หรือโทร. 0 3651 2740</p>"
          f"<p>{a('/complaint/corruption/', 'แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ')} · "
          f"{a('/complaint/stats/', 'สถิติเรื่องร้องเรียน')}</p>")
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้ร้องเรียนไม่ต้องระบุชื่อ ข้อมูลจะถูกเก็บเป็นความลับ</p>"
          '<form method="post" action="/complaint/corruption/send.php"><p>ชื่อ (ไม่บังคับ) <input name="name"></p>'
          '<p>เจ้าหน้าที่ผู้ถูกร้องเรียน <input name="who"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
          '<p>ไฟล์หลักฐาน <input type="file" name="evidence"></p><p><button type="submit">ส่งเรื่อง</button></p></form>'
          '<p>ช่องทางอื่น : <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a>'
          " · ศูนย์ดำรงธรรมจังหวัดสิงห์บุรี โทร. 1567</p>"
          f"<p>{a(f('complaint-guide'), 'แนวปฏิบัติการจัดการเรื่องร้องเรียน')}</p>")
    stat_rows = "\n".join(f"<tr><td>{m}</td><td>{n}</td><td>{done}</td><td>{wip}</td></tr>"
                          for m, n, done, wip in COMPLAINT_MONTHS)
    write("/complaint/stats/", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<table><tr><th>เดือน</th><th>จำนวนเรื่อง</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>\n"
          f"{stat_rows}\n<tr><td>รวม</td><td>2</td><td>2</td><td>0</td></tr></table>"
          "<p class=\"updated\">ข้อมูล ณ วันที่ 30 กันยายน 2568</p>")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          f"<ul><li>{a('/ita/2569/', 'ITA ปี 2569')}</li><li>{a('/ita/2568/', 'ITA ปี 2568')}</li></ul>")
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_table(ITA_2568))
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          table(sorted((k for k in ROWS if k.startswith("proc-2")), key=lambda k: ROWS[k][2], reverse=True))
          + f"<p>{a('/download/procure/', 'ประกาศและรายงานการจัดซื้อจัดจ้างอื่น')}</p>")
    cats = "".join(f"<li>{a(f'/download/{c}/', t)}</li>" for c, t in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<ul>{cats}</ul>" + table(listed()[:15]))
    for c, t in CATS.items():
        write(f"/download/{c}/", t, table(listed(c)))
    write("/law/", "กฎหมายที่เกี่ยวข้อง",
          "<ul><li>พระราชบัญญัติโรงงาน พ.ศ. 2535 และที่แก้ไขเพิ่มเติม</li><li>พระราชบัญญัติแร่ พ.ศ. 2560</li>"
          "<li>พระราชบัญญัติมาตรฐานผลิตภัณฑ์อุตสาหกรรม พ.ศ. 2511</li></ul>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นต่อการให้บริการ ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    pages = "".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{pages}<li>{a('/law/', 'กฎหมายที่เกี่ยวข้อง')}</li>"
          f"<li>{a('/about/staff/', 'บุคลากร')}</li><li>{a('/about/strategy/', 'แผนยุทธศาสตร์')}</li></ul>")


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "person.png", "chart.png", "news.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#1d3f8a;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:230px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #ccc;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
