"""Generate the HTML pages of the "finearts" test site (สำนักศิลปากรที่ 17 อุตรดิตถ์, invented).

Run:  python tests/sites/finearts/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A regional office of the Fine Arts Department on a Drupal 9 theme: header with the department's
emblem, a main menu, breadcrumb, a right-hand sidebar (director, quick links, related agencies)
and a footer on every page; pages are folder/index.html.  News posts are nodes (/node/<nid>/),
listed by a view at /news/ whose Drupal pager (?page=1) is kept as a query copy
(/news/.q/page=1/).  All documents sit on one document repository page (/documents/, "คลังเอกสาร")
filtered by taxonomy term (?category=<tid>, kept as /documents/.q/category=<tid>/).  The monthly
สขร.1 are also on /procurement/.  The ITA page /ita/2569/ is a table of o1 … o26 in the office's
own short wording linking files, pages, nodes or a repository category; last year's /ita/2568/ is
still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import FILES, ROWS, name  # noqa: E402

ORG = "สำนักศิลปากรที่ 17 อุตรดิตถ์"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {11: "แผนงานและงบประมาณ", 12: "รายงานผลการดำเนินงาน", 13: "คู่มือ", 14: "สถิติ",
        15: "จัดซื้อจัดจ้าง", 16: "การบริหารทรัพยากรบุคคล", 17: "คุณธรรมและความโปร่งใส", 18: "เอกสารทั่วไป"}
MISSING_SIZE = "388.41 KB"
OLD_DEAD = f"{FILES}/28877.pdf"  # last year's risk assessment 2568, deleted from the server


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("โบราณสถาน", "/heritage/"),
        ("บริการประชาชน", "/services/"), ("คลังเอกสาร", "/documents/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str, crumb: str = "") -> str:
    menu = "\n".join(f'<li class="menu-item"><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    crumbs = f'<nav class="breadcrumb"><a href="/">หน้าแรก</a> » {esc(crumb or title)}</nav>'
    return f"""<!DOCTYPE html>
<html lang="th" dir="ltr"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} | {ORG}</title>
<link rel="stylesheet" media="all" href="/themes/custom/fad/css/style.css">
</head>
<body class="path-frontpage layout-one-sidebar layout-sidebar-second">
<a href="#main-content" class="visually-hidden focusable">ข้ามไปยังเนื้อหาหลัก</a>
<header id="header"><div class="site-branding">
<a href="/" rel="home"><img src="/themes/custom/fad/logo.png" alt="กรมศิลปากร" width="72" height="72"></a>
<div class="site-name">{ORG}</div><div class="site-slogan">The 17th Regional Office of Fine Arts, Uttaradit · กรมศิลปากร กระทรวงวัฒนธรรม</div>
</div></header>
<nav id="main-menu"><ul class="menu">
{menu}
</ul></nav>
<div id="page"><main id="main-content" class="region-content">
{crumbs}
<h1 class="page-title">{esc(title)}</h1>
{body}
</main>
<aside class="region-sidebar-second">
<div class="block"><h2>ผู้อำนวยการ</h2><img src="/sites/default/files/styles/thumb/director.jpg" alt="ผู้อำนวยการสำนักศิลปากรที่ 17" width="90" height="110">
<p>นายธีรวัฒน์ ศรีวงศ์ษา<br>ผู้อำนวยการสำนักศิลปากรที่ 17 อุตรดิตถ์</p></div>
<div class="block"><h2>เมนูลัด</h2><ul>
<li><a href="/eservice/">ยื่นคำขอออนไลน์ (E-Service)</a></li>
<li><a href="/complaint/">ร้องเรียน/ร้องทุกข์</a></li>
<li><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a></li>
<li><a href="/faq/">ถาม-ตอบ</a></li>
<li><a href="/ita/2569/">ITA 2569</a></li>
<li><a href="/ita/2568/">ITA 2568</a></li></ul></div>
<div class="block"><h2>หน่วยงานที่เกี่ยวข้อง</h2><ul>
<li><a href="https://www.finearts.go.th/">กรมศิลปากร</a></li>
<li><a href="https://www.m-culture.go.th/">กระทรวงวัฒนธรรม</a></li>
<li><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></li></ul></div>
</aside></div>
<footer id="footer"><p>{ORG} 88 ถนนบรมอาสน์ ตำบลท่าอิฐ อำเภอเมืองอุตรดิตถ์ จังหวัดอุตรดิตถ์ 53000</p>
<p>โทรศัพท์ 0 5541 2290 โทรสาร 0 5541 2291 อีเมล fad17.uttaradit@finearts.go.th</p>
<p><a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> | <a href="/sitemap/">แผนผังเว็บไซต์</a> | สงวนลิขสิทธิ์ © 2566 {ORG}</p>
</footer>
</body></html>
"""


def write(path: str, title: str, body: str, crumb: str = "") -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body, crumb))


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.2f} KB"


def repo_table(keys: list[str]) -> str:
    rows = []
    for k in keys:
        title, cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td class="views-field-title">{a(f(k), title)}</td><td>{esc(CATS[cat])}</td>'
                    f'<td>{be(up)}</td><td><span class="file file--{ext}">{ext.upper()}</span> {size_of(k)}</td></tr>')
    return ('<table class="views-table cols-4"><thead><tr><th>ชื่อเอกสาร</th><th>หมวดหมู่</th><th>วันที่เผยแพร่</th>'
            '<th>ไฟล์</th></tr></thead><tbody>\n' + "\n".join(rows) + "</tbody></table>")


def listed(cat: int | None = None) -> list[str]:
    keys = [k for k in ROWS if cat is None or ROWS[k][1] == cat]
    return sorted(keys, key=lambda k: (ROWS[k][2], k), reverse=True)


# ---------------------------------------------------------------- news (nodes)

NEWS = [  # nid, (y, m, d) CE, title, paragraphs
    (1265, (2026, 4, 2), "ค่ายเยาวชนรักษ์มรดกวัฒนธรรม ประจำปี 2569",
     ["ระหว่างวันที่ 30 มีนาคม - 1 เมษายน 2569 สำนักศิลปากรที่ 17 อุตรดิตถ์ จัดค่ายเยาวชนรักษ์มรดกวัฒนธรรม "
      "ให้นักเรียนมัธยมศึกษาจังหวัดอุตรดิตถ์ 60 คน เรียนรู้การสำรวจโบราณสถานและการทำผังแหล่งโบราณคดี"]),
    (1259, (2026, 3, 20), "ผลการขุดค้นแหล่งโบราณคดีเนินหินตั้ง อำเภอลับแล",
     ["การขุดค้นระยะที่ 1 พบหลุมฝังศพสมัยก่อนประวัติศาสตร์ 4 หลุม พร้อมภาชนะดินเผาและลูกปัดแก้ว "
      "นักโบราณคดีจะวิเคราะห์อายุด้วยวิธีคาร์บอน 14 ต่อไป"]),
    (1251, (2026, 2, 20), "สรุปผลการประชุมรับฟังความคิดเห็นของประชาชน โครงการบูรณะโบราณสถานวัดเจดีย์เจ็ดแถวบ้านแก่ง",
     ["เมื่อวันที่ 12 กุมภาพันธ์ 2569 สำนักศิลปากรที่ 17 อุตรดิตถ์ จัดประชุมรับฟังความคิดเห็นของประชาชนต่อรูปแบบการบูรณะ "
      "ณ ศาลาการเปรียญวัดเจดีย์เจ็ดแถว มีผู้เข้าร่วม 87 คน ได้แก่ เจ้าอาวาส ผู้ใหญ่บ้าน ผู้แทน อบต.บ้านแก่ง และชาวบ้าน",
      "ประชาชนเสนอให้คงรูปทรงยอดเจดีย์องค์ประธานตามภาพถ่ายเก่า ให้ใช้แรงงานในชุมชน และขอให้เปิดพื้นที่ให้ชมระหว่างบูรณะ",
      "สำนักฯ ได้ปรับแบบยอดเจดีย์ตามข้อเสนอ และกำหนดให้ผู้รับจ้างจ้างแรงงานท้องถิ่นไม่น้อยกว่าร้อยละ 50 "
      "ผลการพิจารณาได้แจ้งต่อชุมชนเมื่อวันที่ 19 กุมภาพันธ์ 2569"]),
    (1247, (2026, 2, 2), "ขอเชิญร่วมประชุมรับฟังความคิดเห็น โครงการบูรณะโบราณสถานวัดเจดีย์เจ็ดแถว",
     ["ขอเชิญประชาชนบ้านแก่งร่วมประชุมรับฟังความคิดเห็น ในวันที่ 12 กุมภาพันธ์ 2569 เวลา 09.00 น.",
      '<a href="{invite}">หนังสือเชิญประชุม</a>']),
    (1240, (2026, 1, 23), "อบรมส่งเสริมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2569",
     ["วันที่ 22 มกราคม 2569 สำนักศิลปากรที่ 17 อุตรดิตถ์ จัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือนและข้อกำหนดจริยธรรม"
      "กรมศิลปากร ให้บุคลากรนำไปปฏิบัติ วิทยากรจากสำนักงาน ป.ป.ท. เขต 6 บรรยายเรื่องการรับของขวัญตามมาตรา 128",
      "มีผู้เข้าร่วม ข้าราชการ 19 คน พนักงานราชการ 16 คน ลูกจ้าง 7 คน รวม 42 คน"]),
    (1233, (2026, 1, 10), "เปิดโบราณสถานให้เยาวชนเข้าชมฟรี เนื่องในวันเด็กแห่งชาติ 2569",
     ["วันที่ 10 มกราคม 2569 เปิดให้เด็กและเยาวชนเข้าชมโบราณสถานในความรับผิดชอบโดยไม่เสียค่าธรรมเนียม"]),
    (1226, (2025, 12, 15), "กรมศิลปากรประกาศขึ้นทะเบียนโบราณสถานในจังหวัดน่าน 3 แห่ง",
     ["ประกาศในราชกิจจานุเบกษา ได้แก่ วัดร้างบ้านหนองบัว เวียงโบราณบ้านฝาง และเจดีย์ดอยเต่า"]),
    (1219, (2025, 12, 1), "เริ่มงานบูรณะโบราณสถานวัดเจดีย์เจ็ดแถวบ้านแก่ง",
     ["ผู้รับจ้างเริ่มงานค้ำยันเจดีย์รายและปรับพื้นที่ ตามสัญญาจ้างเลขที่ 3/2569"]),
    (1212, (2025, 11, 5), "ลอยกระทงวิถีไทย ณ โบราณสถานวัดพระธาตุห้วยไคร้",
     ["ร่วมกับเทศบาลและชุมชนจัดงานลอยกระทงโดยไม่ใช้โฟม ผู้ร่วมงานกว่า 1,500 คน"]),
    (1205, (2025, 10, 10), "ผู้อำนวยการสำนักศิลปากรที่ 17 ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2569",
     ["ผู้อำนวยการประกาศเจตจำนงสุจริตต่อหน้าบุคลากรทุกคน ณ ห้องประชุมสำนักฯ"]),
    (1198, (2025, 10, 1), "ต้อนรับผู้อำนวยการสำนักศิลปากรที่ 17 อุตรดิตถ์ คนใหม่",
     ["นายธีรวัฒน์ ศรีวงศ์ษา เข้ารับตำแหน่งผู้อำนวยการสำนักศิลปากรที่ 17 อุตรดิตถ์ ตั้งแต่วันที่ 1 ตุลาคม 2568"]),
    # FY2568 (second page of the view)
    (1180, (2025, 9, 10), "ประชุมรับฟังความคิดเห็น โครงการบูรณะวิหารวัดดอนไชย ปี 2568",
     ["วันที่ 9 กันยายน 2568 ประชาชน 54 คนร่วมให้ความเห็นต่อแบบบูรณะวิหาร"]),
    (1172, (2025, 7, 22), "นิทรรศการมรดกเมืองลับแล",
     ["จัดนิทรรศการภาพถ่ายเก่าเมืองลับแล ณ ศาลากลางจังหวัดอุตรดิตถ์"]),
    (1160, (2025, 5, 5), "สำรวจแหล่งเตาเผาบ้านบ่อสวก จังหวัดน่าน",
     ["พบเศษภาชนะเคลือบสีเขียวไข่กาจำนวนมาก"]),
    (1143, (2025, 1, 23), "อบรมการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2568",
     ["บุคลากรเข้าร่วม 41 คน"]),
    (1130, (2024, 12, 6), "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ 2568",
     ['เผยแพร่มาตรการฯ ที่จัดทำจากผลการประเมิน ITA 2567 <a href="{measures}">รายละเอียด</a>']),
    (1121, (2024, 10, 15), "ประกาศใช้แผนปฏิบัติราชการประจำปีงบประมาณ 2568",
     ['<a href="{action68}">แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568</a>']),
    (1114, (2024, 10, 4), "ถวายผ้าพระกฐินพระราชทาน ณ วัดพระแท่นศิลาอาสน์",
     ["บุคลากรสำนักฯ ร่วมพิธีถวายผ้าพระกฐินพระราชทาน"]),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"invite": f("hearing-invite"), "measures": f("measures-68"), "action68": f("action-68")}
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/node/{nid}/", title,
              f'<div class="node__meta">เผยแพร่เมื่อ {be(date(y, m, day))} โดย ประชาสัมพันธ์</div>{body}'
              '<p><a href="/news/">« ข่าวประชาสัมพันธ์ทั้งหมด</a></p>', "ข่าวประชาสัมพันธ์")
    for p in (0, 1):
        chunk = NEWS[p * PER_PAGE:(p + 1) * PER_PAGE]
        items = "\n".join(f'<div class="views-row"><a href="/node/{n[0]}/">{esc(n[2])}</a> '
                          f'<span class="date">{be(date(*n[1]))}</span></div>' for n in chunk)
        pager = ('<nav class="pager"><ul><li class="is-active">1</li><li><a href="/news/?page=1">2</a></li>'
                 '<li><a href="/news/?page=1">ถัดไป ›</a></li></ul></nav>') if p == 0 else \
            '<nav class="pager"><ul><li><a href="/news/">‹ ก่อนหน้า</a></li><li><a href="/news/">1</a></li><li class="is-active">2</li></ul></nav>'
        path = "/news/" if p == 0 else "/news/.q/page=1/"
        write(path, "ข่าวประชาสัมพันธ์", f'<div class="view-content">{items}</div>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # (ข้อ, the office's wording, [(link text, href or ROWS key)])
    ("9.1 ข้อมูลพื้นฐาน", None),
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ข้อมูลผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อ และถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("ถาม-ตอบ (Q&A)", "/faq/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("9.2 การบริหารงานและการใช้จ่ายงบประมาณ", None),
    ("o5", "แผนยุทธศาสตร์ / แผนปฏิบัติราชการระยะยาว", [("แผนปฏิบัติราชการ ระยะ 4 ปี", "plan-65-68")]),
    ("o6", "แผนปฏิบัติราชการและแผนการใช้จ่ายงบประมาณประจำปี", [("คลังเอกสาร : แผนงานและงบประมาณ", "/documents/?category=11")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "report-67")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการขึ้นทะเบียนโบราณสถาน", "sop")]),
    ("o9", "คู่มือการให้บริการประชาชน", [("บริการประชาชน", "/services/")]),
    ("o10", "E-Service", [("ระบบยื่นคำขอออนไลน์", "/eservice/")]),
    ("9.3 การจัดซื้อจัดจ้าง", None),
    ("o11", "สขร.1 รายเดือน", [("ผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("สรุปผลปีงบประมาณ 2568", "proc-year-68")]),
    ("9.4 การบริหารและพัฒนาทรัพยากรบุคคล", None),
    ("o13", "หลักเกณฑ์และแผนบริหารบุคคล", [("คลังเอกสาร : การบริหารทรัพยากรบุคคล", "/documents/?category=16")]),
    ("o14", "รายงานผลการบริหารบุคคล", [("รายงานปี 2568", "hr-report-68")]),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("การขับเคลื่อนจริยธรรม", "/node/1240/")]),
    ("9.5 การส่งเสริมความโปร่งใส", None),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติ", "complaint-68h1")]),
    ("o19", "การมีส่วนร่วม", [("ประชุมรับฟังความคิดเห็น", "/node/1251/")]),
    ("10 การป้องกันการทุจริต", None),
    ("o20", "No Gift Policy", [("ประกาศ", "nogift-67")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง 2569", "risk-69")]),
    ("o22", "รายงานผลการบริหารความเสี่ยงการทุจริต", [("รายงาน", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปี 2569", "anti-plan-69")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงานปี 2568", "anti-report")]),
    ("o25", "การนำผล ITA ไปพัฒนาองค์กร", [("มาตรการส่งเสริมคุณธรรม", "measures-68")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("รายงานปี 2568", "integrity-report-68")]),
]
ITA_2568 = [
    ("o5", "แผนปฏิบัติราชการระยะยาว", [("แผน 4 ปี (2565-2568)", "plan-65-68")]),
    ("o6", "แผนปฏิบัติราชการประจำปี 2568", [("แผนปี 2568", "action-68")]),
    ("o20", "No Gift Policy", [("ประกาศ", "nogift-67")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต ปี 2568", [("ประเมินความเสี่ยง 2568", OLD_DEAD)]),
    ("o23", "แผนป้องกันการทุจริต ปี 2568", [("แผนปี 2568", "anti-plan-68")]),
    ("o25", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", [("มาตรการปี 2568", "measures-68")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr></thead><tbody>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3"><strong>{esc(row[0])}</strong></td></tr>')
            continue
        code, heading, links = row
        cell = "<br>".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</tbody></table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/node/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          f'<section class="block-views"><h2>ข่าวประชาสัมพันธ์</h2><ul>{latest}</ul>{a("/news/", "ดูทั้งหมด")}</section>'
          '<section><h2>บริการ</h2><p><a href="/eservice/">ยื่นคำขออนุญาตออนไลน์</a> · <a href="/documents/">คลังเอกสาร</a> · '
          '<a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569</a></p></section>', "หน้าแรก")
    write("/about/history/", "ประวัติความเป็นมา",
          "<p>สำนักศิลปากรที่ 17 อุตรดิตถ์ เป็นหน่วยงานในสังกัดกรมศิลปากร กระทรวงวัฒนธรรม ตั้งขึ้นตามกฎกระทรวงแบ่งส่วนราชการ"
          "กรมศิลปากร รับผิดชอบงานด้านโบราณคดีและโบราณสถานในพื้นที่จังหวัดอุตรดิตถ์ แพร่ และน่าน</p>"
          "<p>วิสัยทัศน์ : มรดกศิลปวัฒนธรรมล้านนาตะวันออกได้รับการอนุรักษ์ สืบทอด และเป็นฐานการพัฒนาชุมชนอย่างยั่งยืน</p>")
    write("/about/structure/", "โครงสร้างหน่วยงาน",
          '<img src="/sites/default/files/inline-images/structure-fad17.png" alt="แผนภูมิโครงสร้างสำนักศิลปากรที่ 17 อุตรดิตถ์" width="600" height="380">'
          "<ul><li>ผู้อำนวยการสำนักศิลปากรที่ 17 อุตรดิตถ์<ul><li>กลุ่มบริหารทั่วไป</li><li>กลุ่มโบราณคดี</li>"
          "<li>กลุ่มโบราณสถาน</li><li>กลุ่มช่างศิลปกรรม</li><li>กลุ่มวิชาการและเผยแพร่</li>"
          "<li>หน่วยศิลปากรที่ 1 แพร่</li><li>หน่วยศิลปากรที่ 2 น่าน</li></ul></li></ul>"
          f'<p>{a("/about/authority/", "อำนาจหน้าที่")}</p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมศิลปากร กระทรวงวัฒนธรรม สำนักศิลปากรมีอำนาจหน้าที่ สรุปได้ดังนี้</p><ol>"
          "<li>ดำเนินการเกี่ยวกับการสำรวจ ขุดค้น ขุดแต่ง และศึกษาค้นคว้าทางโบราณคดีในพื้นที่รับผิดชอบ</li>"
          "<li>ดำเนินการเกี่ยวกับการอนุรักษ์ บูรณะ และขึ้นทะเบียนโบราณสถาน</li>"
          "<li>ควบคุม ดูแล และพิจารณาอนุญาตตามกฎหมายว่าด้วยโบราณสถาน โบราณวัตถุ ศิลปวัตถุ และพิพิธภัณฑสถานแห่งชาติ</li>"
          "<li>อนุรักษ์งานช่างศิลปกรรมและจิตรกรรมฝาผนังในพื้นที่</li>"
          "<li>เผยแพร่ความรู้และส่งเสริมการมีส่วนร่วมของชุมชนในการดูแลมรดกศิลปวัฒนธรรม</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    execs = [("นายธีรวัฒน์ ศรีวงศ์ษา", "ผู้อำนวยการสำนักศิลปากรที่ 17 อุตรดิตถ์", "0 5541 2290 ต่อ 101", "director"),
             ("นางสาวกมลชนก ใจแก้ว", "หัวหน้ากลุ่มบริหารทั่วไป", "0 5541 2290 ต่อ 102", "admin"),
             ("นายปกรณ์ ทองดี", "หัวหน้ากลุ่มโบราณคดี (นักโบราณคดีชำนาญการพิเศษ)", "0 5541 2290 ต่อ 103", "archaeo"),
             ("นายวิชิต คำปวน", "หัวหน้ากลุ่มโบราณสถาน (สถาปนิกชำนาญการพิเศษ)", "0 5541 2290 ต่อ 104", "monument")]
    cards = "".join(f'<div class="card"><img src="/sites/default/files/styles/thumb/{p}.jpg" alt="{esc(n)}" width="90" height="110">'
                    f"<h3>{esc(n)}</h3><p>{esc(t)}<br>โทร. {tel}</p></div>" for n, t, tel, p in execs)
    write("/about/executives/", "ผู้บริหาร", cards)
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>88 ถนนบรมอาสน์ ตำบลท่าอิฐ อำเภอเมืองอุตรดิตถ์ จังหวัดอุตรดิตถ์ 53000</p>"
          "<p>โทรศัพท์ 0 5541 2290 โทรสาร 0 5541 2291<br>อีเมล fad17.uttaradit@finearts.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/fad17uttaradit">สำนักศิลปากรที่ 17 อุตรดิตถ์</a></p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>"
          '<p><a href="https://maps.google.com/?q=17.6231,100.0985">แผนที่ตั้ง (Google Maps)</a></p>'
          '<p>มีคำถาม? <a href="/faq/">ถาม-ตอบ (Q&amp;A)</a></p>')
    qa = [("ต้องการซ่อมหลังคาโบสถ์เก่าในวัด ต้องขออนุญาตหรือไม่", "พระครูใบฎีกา", "9 มี.ค. 2569",
           "หากโบสถ์ขึ้นทะเบียนเป็นโบราณสถานแล้ว ต้องยื่นคำขออนุญาตตามมาตรา 7 ยื่นทางระบบ E-Service ได้ (กลุ่มโบราณสถาน)"),
          ("ขอข้อมูลประวัติเจดีย์บ้านแก่งเพื่อทำรายงานของนักเรียน", "ครูสุดา", "14 ก.พ. 2569",
           "ส่งไฟล์รายงานการสำรวจทางอีเมลของท่านแล้ว (กลุ่มวิชาการและเผยแพร่)")]
    items = "".join(f'<div class="qa"><p><strong>ถาม:</strong> {esc(q)} <small>{esc(who)} {when}</small></p>'
                    f"<p><strong>ตอบ:</strong> {esc(ans)}</p></div>" for q, who, when, ans in qa)
    write("/faq/", "ถาม-ตอบ (Q&A)",
          f'{items}<form class="webform-submission-form" action="/webform/qa/submit" method="post"><h2>ส่งคำถาม</h2>'
          'ชื่อ <input name="name"><br>อีเมล <input name="email"><br>คำถาม <textarea name="question"></textarea><br>'
          '<button type="submit">ส่ง</button></form>')
    write("/eservice/", "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)",
          "<p>ยื่นคำขออนุญาตซ่อมแซมโบราณสถาน ขออนุญาตถ่ายทำภาพยนตร์ในโบราณสถาน หรือขอข้อมูลทางวิชาการได้ทางออนไลน์ "
          "เจ้าหน้าที่แจ้งผลการรับเรื่องทางอีเมลภายใน 1 วันทำการ</p>"
          '<form class="webform-submission-form" action="/webform/eservice/submit" method="post" enctype="multipart/form-data">'
          '<h2>แบบคำขอออนไลน์</h2>ชื่อ-นามสกุล <input name="name"><br>โทรศัพท์ <input name="phone"><br>อีเมล <input name="email"><br>'
          'ประเภทคำขอ <select name="type"><option>ขออนุญาตซ่อมแซมโบราณสถาน</option><option>ขออนุญาตถ่ายทำภาพยนตร์</option>'
          '<option>ขอข้อมูลทางวิชาการ</option></select><br>รายละเอียด <textarea name="detail"></textarea><br>'
          'แนบแบบแปลน/ภาพถ่าย <input type="file" name="files"><br><button type="submit">ยื่นคำขอ</button></form>'
          f'<p>{a(f("service-69"), "สถิติการให้บริการ ประจำปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>')
    write("/services/", "บริการประชาชน",
          "<ul><li>การขออนุญาตซ่อมแซม แก้ไข เปลี่ยนแปลงโบราณสถาน (มาตรา 7)</li>"
          "<li>การขออนุญาตถ่ายทำภาพยนตร์ในโบราณสถาน</li><li>การขอข้อมูลทางวิชาการ</li></ul>"
          f'<p>{a(f("citizen"), "คู่มือสำหรับประชาชน การขออนุญาตซ่อมแซมโบราณสถาน (PDF)")}</p>'
          f'<p>{a("/eservice/", "ยื่นคำขอออนไลน์")}</p>')
    write("/heritage/", "โบราณสถานในความรับผิดชอบ",
          "<table><tr><th>โบราณสถาน</th><th>จังหวัด</th><th>สถานะ</th></tr>"
          "<tr><td>วัดเจดีย์เจ็ดแถวบ้านแก่ง</td><td>อุตรดิตถ์</td><td>อยู่ระหว่างบูรณะ</td></tr>"
          "<tr><td>วัดพระธาตุห้วยไคร้</td><td>แพร่</td><td>เปิดให้เข้าชม</td></tr>"
          "<tr><td>แหล่งโบราณคดีเนินหินตั้ง</td><td>อุตรดิตถ์</td><td>อยู่ระหว่างขุดค้น</td></tr></table>")
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ร้องเรียนได้ที่สำนักงาน โทรศัพท์ 0 5541 2290 หรืออีเมล fad17.uttaradit@finearts.go.th</p>"
          f'<p>{a("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับตามคู่มือการจัดการเรื่องร้องเรียน</p>"
          '<form class="webform-submission-form" action="/webform/corruption/submit" method="post">'
          'ชื่อผู้แจ้ง (ไม่ระบุได้) <input name="name"><br>ช่องทางติดต่อกลับ <input name="contact"><br>'
          'เจ้าหน้าที่/หน่วยงานที่ถูกร้องเรียน <input name="whom"><br>รายละเอียดพฤติการณ์ <textarea name="detail"></textarea><br>'
          'หลักฐาน <input type="file" name="evidence"><br><button type="submit">ส่งเรื่อง</button></form>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักศิลปากรที่ 17 อุตรดิตถ์ เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in MENU) + "</ul>")
    # procurement
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f"<tr><td>{a(f(k), ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>XLS {size_of(k)}</td></tr>"
                   for k in months)
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง (สขร.1)",
          f'<table class="views-table"><thead><tr><th>เรื่อง</th><th>วันที่เผยแพร่</th><th>ไฟล์</th></tr></thead>'
          f"<tbody>{rows}</tbody></table>"
          f'<p>{a(f("proc-year-68"), ROWS["proc-year-68"][0])}</p>'
          '<p>ประกาศเชิญชวนและประกาศผู้ชนะการเสนอราคา ดูได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>')
    # document repository: one page, filtered by taxonomy term
    tabs = ('<form class="views-exposed-form" action="/documents/" method="get"><ul class="tabs">'
            '<li><a href="/documents/">ทั้งหมด</a></li>'
            + "".join(f'<li><a href="/documents/?category={t}">{esc(n)}</a></li>' for t, n in CATS.items())
            + "</ul></form>")
    write("/documents/", "คลังเอกสาร", tabs + repo_table(listed()))
    for tid, cname in CATS.items():
        write(f"/documents/.q/category={tid}/", f"คลังเอกสาร : {cname}", tabs + repo_table(listed(tid)), "คลังเอกสาร")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ปี 2569</a></li><li><a href="/ita/2568/">ITA ปี 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569",
          "<p>ข้อมูลของสำนักศิลปากรที่ 17 อุตรดิตถ์ ตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569</p>"
          + ita_table(ITA_2569), "ITA")
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_table(ITA_2568), "ITA")


def assets() -> None:
    import base64

    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    jpg_names = ["director", "admin", "archaeo", "monument"]
    for rel in (["themes/custom/fad/logo.png", "sites/default/files/inline-images/structure-fad17.png"]
                + [f"sites/default/files/styles/thumb/{n}.jpg" for n in jpg_names]):
        path = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(png)
    css = os.path.join(HERE, "themes/custom/fad/css/style.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}#header{background:#5b2c06;color:#fff;padding:8px}"
                 "#main-menu li{display:inline;margin:0 8px}#page{display:flex}#main-content{flex:1;padding:10px}"
                 ".region-sidebar-second{width:240px}.block{border:1px solid #d9c3a5;margin:6px;padding:6px}"
                 "table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:3px}#footer{background:#eee;padding:8px}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
