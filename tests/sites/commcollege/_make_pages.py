"""Generate the HTML pages of the "commcollege" test site (วิทยาลัยชุมชนนาคำแสน, invented).

Run:  python tests/sites/commcollege/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A community college's WordPress site (a stock theme): header with the logo, a menu, a right
sidebar (search, recent posts, categories, banners) and a footer on every page; pretty permalinks
(/<yyyy>/<mm>/<dd>/<slug>/ for posts, /category/<slug>/ for categories).  Documents are uploads
listed by category under /category/download/<cat>/ (the college's own beside the Institute's and
its teaching units'); the monthly procurement summaries are one post each in
/category/procurement/.  The ITA page /ita/2568/ is a table of o1 … o26 in the college's own short
wording whose links go to uploads, pages, posts of the separate ITA category or category lists;
last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS  # noqa: E402

ORG = "วิทยาลัยชุมชนนาคำแสน"
MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
          "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
CATS = {"plan": "แผนงาน", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ", "stats": "สถิติ",
        "hr": "บริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส"}
HIDDEN = {"old-ita-67"}  # linked only from last year's ITA page
MISSING_SIZE = "388 KB"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return ROWS[key][3]


def a(key: str, text: str | None = None) -> str:
    return f'<a href="{f(key)}">{esc(text or ROWS[key][0])}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับวิทยาลัย", "/about/history/"), ("โครงสร้างองค์กร", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("หน่วยจัดการศึกษา", "/units/"), ("ข่าวประชาสัมพันธ์", "/category/news/"),
        ("จัดซื้อจัดจ้าง", "/category/procurement/"), ("ดาวน์โหลด", "/category/download/"), ("E-Service", "/eservice/"),
        ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]

# ---------------------------------------------------------------- news posts
# slug-path, (y, m, d) CE, title, paragraphs

NEWS = [
    ("/2025/04/08/admission-2568/", (2025, 4, 8), "รับสมัครนักศึกษาใหม่ หลักสูตรอนุปริญญา ปีการศึกษา 2568",
     ["วิทยาลัยชุมชนนาคำแสนเปิดรับสมัครนักศึกษาใหม่ 4 สาขาวิชา ตั้งแต่บัดนี้ถึง 31 พฤษภาคม 2568 ไม่มีค่าสมัคร "
      "สมัครได้ที่หน่วยจัดการศึกษาทุกแห่ง หรือสมัครออนไลน์ที่เมนู E-Service"]),
    ("/2025/03/22/boon-pawet-2568/", (2025, 3, 22), "วิทยาลัยร่วมสืบสานประเพณีบุญผะเหวด ประจำปี 2568",
     ["นักศึกษาและบุคลากร 120 คน ร่วมขบวนแห่พระเวสสันดรเข้าเมือง ณ วัดโพธิ์ศรีนาคำ เพื่ออนุรักษ์ศิลปวัฒนธรรมท้องถิ่น"]),
    ("/2025/02/20/forum-plan-2568-2572/", (2025, 2, 20),
     "สรุปผลเวทีประชาคมรับฟังความคิดเห็นต่อร่างแผนพัฒนาวิทยาลัยชุมชนนาคำแสน ระยะ 5 ปี (พ.ศ. 2568 - 2572)",
     ["วันที่ 20 กุมภาพันธ์ 2568 วิทยาลัยจัดเวทีประชาคม ณ หอประชุมอำเภอโพนทอง มีผู้เข้าร่วม 143 คน ได้แก่ ผู้นำชุมชน "
      "ผู้แทนองค์กรปกครองส่วนท้องถิ่น ผู้ประกอบการ ศิษย์เก่า และนักศึกษา",
      "ที่ประชุมเสนอให้เปิดหลักสูตรการจัดการธุรกิจผ้าไหมออนไลน์ และการดูแลผู้สูงอายุ รวม 27 ข้อเสนอ "
      "วิทยาลัยจะนำข้อเสนอทั้งหมดไปปรับปรุงร่างแผนก่อนเสนอสภาวิทยาลัยชุมชนพิจารณา",
      "ดาวน์โหลดร่างแผน: " + a("plan-draft")]),
    ("/2025/01/17/silk-course/", (2025, 1, 17), "ฝึกอบรมหลักสูตรระยะสั้น การแปรรูปผ้าไหมเป็นผลิตภัณฑ์ของที่ระลึก",
     ["หน่วยจัดการศึกษาอำเภอหนองพอก จัดอบรมให้กลุ่มทอผ้าบ้านนาคำ 30 คน ระหว่างวันที่ 13 - 17 มกราคม 2568"]),
    ("/2024/12/20/graduation/", (2024, 12, 20), "พิธีมอบประกาศนียบัตรผู้สำเร็จการศึกษา ประจำปีการศึกษา 2566",
     ["ผู้สำเร็จการศึกษาหลักสูตรอนุปริญญา 158 คน เข้ารับประกาศนียบัตร ณ หอประชุมวิทยาลัย"]),
    ("/2024/11/15/loy-krathong/", (2024, 11, 15), "กิจกรรมลอยกระทงรักษ์สิ่งแวดล้อม 2567",
     ["นักศึกษาร่วมประดิษฐ์กระทงจากวัสดุธรรมชาติ ณ หนองนาคำ"]),
    ("/2024/10/21/staff-meeting/", (2024, 10, 21), "ประชุมบุคลากรประจำเดือนตุลาคม 2567",
     ["ผู้อำนวยการมอบนโยบายการดำเนินงานประจำปีงบประมาณ พ.ศ. 2568 แก่บุคลากรทุกหน่วยจัดการศึกษา"]),
    # page 2: FY2567
    ("/2024/08/23/ethics-training-2567/", (2024, 8, 23), "โครงการอบรมเสริมสร้างคุณธรรม จริยธรรม และความโปร่งใส ประจำปี 2567",
     ["วันที่ 23 สิงหาคม 2567 วิทยาลัยจัดอบรมบุคลากร 44 คน เรื่องประมวลจริยธรรมของผู้ปฏิบัติงานในสถาบันวิทยาลัยชุมชน "
      "และการป้องกันผลประโยชน์ทับซ้อน วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดร้อยเอ็ด",
      "ประมวลจริยธรรม: " + a("ethics")]),
    ("/2024/06/14/study-visit/", (2024, 6, 14), "ศึกษาดูงานวิทยาลัยชุมชนต้นแบบ",
     ["บุคลากร 38 คน ศึกษาดูงานการจัดการศึกษาเพื่อชุมชน ระหว่างวันที่ 12 - 14 มิถุนายน 2567"]),
    ("/2024/02/16/forum-2567/", (2024, 2, 16), "เวทีประชาคมรับฟังความต้องการหลักสูตรระยะสั้น ปี 2567",
     ["ผู้นำชุมชน 96 คน ร่วมเสนอหลักสูตรฝึกอบรมอาชีพ 14 หลักสูตร"]),
]
NEWS_PAGE_1 = 7

ITA_POSTS = [
    ("/2025/04/10/ita2568-o16/", (2025, 4, 10), "ITA 2568 : o16 ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม",
     ["1. " + a("ethics"), '2. การขับเคลื่อนจริยธรรม : <a href="/2024/08/23/ethics-training-2567/">โครงการอบรมเสริมสร้างคุณธรรม '
      'จริยธรรม และความโปร่งใส</a>']),
    ("/2025/04/10/ita2568-o21/", (2025, 4, 10), "ITA 2568 : o21 ประกาศเจตนารมณ์ No Gift Policy",
     ["เอกสารประกอบ : " + a("no-gift")]),
    ("/2025/04/10/ita2568-o20/", (2025, 4, 10), "ITA 2568 : o20 การเปิดโอกาสให้เกิดการมีส่วนร่วม",
     ['<a href="/2025/02/20/forum-plan-2568-2572/">สรุปผลเวทีประชาคมรับฟังความคิดเห็นต่อร่างแผนพัฒนาวิทยาลัย</a>']),
]

PROC_POSTS = [k for k in ROWS if k.startswith("proc-2")]


def post_path(key: str) -> str:
    dt = ROWS[key][2]
    return f"/{dt.year}/{dt.month:02d}/{dt.day:02d}/{key}/"


def recent() -> list[tuple[str, str]]:
    items = [(p, t, dt) for p, dt, t, _ in NEWS[:4]]
    return [(p, t) for p, t, _ in items]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li class="menu-item"><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    rec = "\n".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in recent())
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/style.css" media="all"></head>
<body class="wp-singular">
<header id="masthead"><div class="site-branding"><img src="/wp-content/uploads/2020/01/logo-nks.png" alt="ตราวิทยาลัย" width="72" height="72">
<span class="site-title"><a href="/">{ORG}</a></span><p class="site-description">Nakham Saen Community College · {esc("สถาบันวิทยาลัยชุมชน")}</p></div>
<nav id="site-navigation"><ul id="primary-menu">
{menu}
</ul></nav></header>
<div id="content" class="site-content"><main id="primary">
<article><h1 class="entry-title">{esc(title)}</h1>
<div class="entry-content">
{body}
</div></article></main>
<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search" action="/" method="get"><input type="search" name="s" placeholder="ค้นหา …"></form></section>
<section class="widget"><h2 class="widget-title">เรื่องล่าสุด</h2><ul>
{rec}
</ul></section>
<section class="widget"><h2 class="widget-title">หมวดหมู่</h2><ul>
<li><a href="/category/news/">ข่าวประชาสัมพันธ์</a></li><li><a href="/category/procurement/">จัดซื้อจัดจ้าง</a></li>
<li><a href="/category/download/">ดาวน์โหลดเอกสาร</a></li><li><a href="/category/ita/">ITA</a></li></ul></section>
<section class="widget"><h2 class="widget-title">ลิงก์หน่วยงาน</h2>
<a href="/ita/2568/">ITA 2568</a><br><a href="/ita/2567/">ITA 2567</a><br>
<a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></section>
</aside></div>
<footer id="colophon"><div class="site-info">{ORG} 88 หมู่ 4 ตำบลนาคำ อำเภอโพนทอง จังหวัดร้อยเอ็ด 45110<br>
โทรศัพท์ 0 4357 1220 โทรสาร 0 4357 1221 อีเมล saraban@nkscc.ac.th ·
<a href="/privacy-policy/">นโยบายความเป็นส่วนตัว</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
สงวนลิขสิทธิ์ © ๒๕๖๗ {ORG} · ขับเคลื่อนโดย WordPress</div></footer>
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
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) // 1024} KB"


def table(keys: list[str]) -> str:
    rows = []
    for k in keys:
        title, _cat, dt, url, _m = ROWS[k]
        ext = url.rsplit(".", 1)[1]
        rows.append(f'<tr><td><a href="{url}">{esc(title)}</a></td><td>{be(dt)}</td><td>{ext.upper()} {size_of(k)}</td>'
                    f'<td><a href="{url}">ดาวน์โหลด</a></td></tr>')
    return ('<table class="wp-block-table"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th><th></th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and k not in PROC_POSTS and ROWS[k][1] != "procure"
            and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


def post_body(ymd, paras) -> str:
    y, m, dd = ymd
    return (f'<p class="posted-on">โพสต์เมื่อ {dd} {MONTHS[m - 1]} {y + 543} โดย admin</p>\n'
            + "\n".join(f"<p>{p}</p>" for p in paras))


def excerpt_list(posts) -> str:
    return "\n".join(f'<div class="post"><h2><a href="{p}">{esc(t)}</a></h2>'
                     f'<span class="date">{ymd[2]} {MONTHS[ymd[1] - 1]} {ymd[0] + 543}</span></div>'
                     for p, ymd, t, _ in posts)


# ---------------------------------------------------------------- ITA pages

ITA_2568 = [
    ("o1", "โครงสร้างและอำนาจหน้าที่", ['<a href="/about/structure/">โครงสร้างองค์กร</a>',
                                      '<a href="/about/authority/">อำนาจหน้าที่</a>']),
    ("o2", "ข้อมูลผู้บริหาร", ['<a href="/about/executives/">ผู้บริหารวิทยาลัย</a>']),
    ("o3", "ข้อมูลการติดต่อ", ['<a href="/contact/">ติดต่อวิทยาลัย</a>']),
    ("o4", "ข่าวประชาสัมพันธ์", ['<a href="/category/news/">ข่าวประชาสัมพันธ์</a>']),
    ("o5", "แผนพัฒนาวิทยาลัย", [a("plan-63-67")]),
    ("o6", "แผนปฏิบัติการ/แผนการใช้จ่ายงบประมาณ/รายงานรอบ 6 เดือน",
     [a("action-68"), a("spend-68"), a("6m-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [a("annual-report")]),
    ("o8", "คู่มือการปฏิบัติงาน", [a("sop")]),
    ("o9", "คู่มือการขอรับบริการ", [a("service-manual")]),
    ("o10", "E-Service", ['<a href="/eservice/">ระบบยื่นคำร้องออนไลน์</a>']),
    ("o11", "สถิติการให้บริการ", [a("service-68")]),
    ("o12", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", ['<a href="/category/procurement/">หมวดจัดซื้อจัดจ้าง</a>']),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [a("proc-year-67")]),
    ("o14", "แผนบริหารและพัฒนาทรัพยากรบุคคล", ['<a href="/category/download/hr/">เอกสารบริหารงานบุคคล</a>']),
    ("o15", "รายงานผลการบริหารและพัฒนาบุคลากร", [a("hr-report-67")]),
    ("o16", "ประมวลจริยธรรม", ['<a href="/2025/04/10/ita2568-o16/">รายละเอียด</a>']),
    ("o17", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [a("complaint-manual")]),
    ("o18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", ['<a href="/complaint/">แบบฟอร์มร้องเรียนออนไลน์</a>']),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [a("complaint-68")]),
    ("o20", "การมีส่วนร่วม", ['<a href="/2025/04/10/ita2568-o20/">รายละเอียด</a>']),
    ("o21", "No Gift Policy", ['<a href="/2025/04/10/ita2568-o21/">รายละเอียด</a>']),
    ("o22", "รายงานการรับของขวัญ", [a("gift-report-67")]),
    ("o23", "การประเมินความเสี่ยงการทุจริต", [a("risk-68")]),
    ("o24", "รายงานผลการจัดการความเสี่ยง", [a("risk-report-67")]),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต", [a("anti-plan-68")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", ['<a href="/category/download/integrity/">เอกสารคุณธรรมและความโปร่งใส</a>']),
]

ITA_2567 = [
    ("o5", "แผนพัฒนาวิทยาลัย", [a("plan-63-67")]),
    ("o6", "แผนปฏิบัติการ", [a("action-67"), a("6m-67")]),
    ("o14", "แผนพัฒนาบุคลากร", [a("hr-plan-67")]),
    ("o20", "การมีส่วนร่วม", ['<a href="/2024/02/16/forum-2567/">เวทีประชาคม 2567</a>']),
    ("o21", "No Gift Policy", [a("no-gift")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [a("anti-report-66")]),
    ("o43", "การนำผลการประเมินไปสู่การปฏิบัติ", [a("old-ita-67")]),
]


def ita_table(rows) -> str:
    body = "\n".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{'<br>'.join(links)}</td></tr>" for c, t, links in rows)
    return f'<table class="wp-block-table"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n{body}</table>'


def assets() -> None:
    """The theme's stylesheet, the logo, the chart and the executives' photos (tiny placeholders)."""
    from PIL import Image

    css = os.path.join(HERE, "wp-content/themes/astra/style.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as fh:
        fh.write("/* Theme Name: Astra */\nbody{font-family:Sarabun,sans-serif}#secondary{float:right;width:28%}\n")
    for rel, size, shade in [("2020/01/logo-nks.png", (72, 72), 90), ("2024/06/chart-2567.png", (120, 60), 200),
                             ("2024/06/dir.jpg", (30, 40), 150), ("2024/06/dep.jpg", (30, 40), 140),
                             ("2024/06/chair.jpg", (30, 40), 130)]:
        path = os.path.join(HERE, "wp-content/uploads", rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        Image.new("L", size, shade).save(path)


def main() -> None:
    assets()
    write("/", "หน้าแรก", "<p>ยินดีต้อนรับสู่เว็บไซต์วิทยาลัยชุมชนนาคำแสน</p>\n<h2>ข่าวล่าสุด</h2>\n"
          + excerpt_list(NEWS[:5]) + '\n<p><a href="/category/news/">ข่าวทั้งหมด</a> · <a href="/ita/2568/">ITA 2568</a></p>')
    write("/about/history/", "ประวัติวิทยาลัย",
          "<p>วิทยาลัยชุมชนนาคำแสนจัดตั้งขึ้นเมื่อ พ.ศ. 2550 เป็นสถานศึกษาในสังกัดสถาบันวิทยาลัยชุมชน "
          "ตามพระราชบัญญัติสถาบันวิทยาลัยชุมชน พ.ศ. 2558 มีหน่วยจัดการศึกษา 4 แห่ง</p>"
          '<p><a href="/about/vision/">ปรัชญา วิสัยทัศน์ พันธกิจ</a> · <a href="/about/council/">สภาวิทยาลัยชุมชน</a></p>')
    write("/about/vision/", "ปรัชญา วิสัยทัศน์ พันธกิจ",
          "<p>ปรัชญา สร้างโอกาส สร้างงาน สร้างชุมชน</p><p>วิสัยทัศน์ เป็นสถาบันการศึกษาของชุมชน เพื่อชุมชน</p>"
          "<ol><li>จัดการศึกษาระดับต่ำกว่าปริญญา</li><li>ฝึกอบรมพัฒนาอาชีพ</li><li>ทำนุบำรุงศิลปวัฒนธรรม</li></ol>")
    write("/about/structure/", "โครงสร้างองค์กร",
          '<p><img src="/wp-content/uploads/2024/06/chart-2567.png" alt="แผนภูมิโครงสร้างวิทยาลัยชุมชนนาคำแสน" width="600"></p>'
          "<h2>แผนภูมิโครงสร้างการบริหารงาน</h2><ul><li>สภาวิทยาลัยชุมชนนาคำแสน<ul><li>ผู้อำนวยการวิทยาลัยชุมชน"
          "<ul><li>รองผู้อำนวยการ<ul><li>งานบริหารทั่วไป (สารบรรณ การเงิน พัสดุ บุคคล นโยบายและแผน)</li><li>งานวิชาการ"
          " (ทะเบียนและวัดผล หลักสูตร)</li><li>งานพัฒนาชุมชนและฝึกอบรม</li><li>งานกิจการนักศึกษา</li></ul></li>"
          "<li>หน่วยจัดการศึกษา 4 แห่ง (อำเภอโพนทอง หนองพอก เสลภูมิ เมยวดี)</li></ul></li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามพระราชบัญญัติสถาบันวิทยาลัยชุมชน พ.ศ. 2558 วิทยาลัยชุมชนมีอำนาจหน้าที่โดยสรุป ดังนี้</p><ol>"
          "<li>จัดการศึกษาระดับต่ำกว่าปริญญาที่สอดคล้องกับความต้องการของชุมชน</li>"
          "<li>จัดการฝึกอบรมวิชาชีพและการศึกษาต่อเนื่องตลอดชีวิต</li><li>ส่งเสริมการเทียบโอนความรู้และประสบการณ์</li>"
          "<li>ทำนุบำรุงศาสนา ศิลปะ วัฒนธรรม และภูมิปัญญาท้องถิ่น</li>"
          "<li>ร่วมมือกับองค์กรปกครองส่วนท้องถิ่นและภาคีในการพัฒนาชุมชน</li><li>ปฏิบัติหน้าที่อื่นตามที่สถาบันมอบหมาย</li></ol>")
    write("/about/executives/", "ผู้บริหารวิทยาลัย",
          '<div class="exec"><img src="/wp-content/uploads/2024/06/dir.jpg" alt="ผู้อำนวยการ" width="150"><p>นางวิมลรัตน์ ศรีคำภา<br>'
          "ผู้อำนวยการวิทยาลัยชุมชนนาคำแสน<br>โทร. 0 4357 1220 ต่อ 101 · director@nkscc.ac.th</p></div>"
          '<div class="exec"><img src="/wp-content/uploads/2024/06/dep.jpg" alt="รองผู้อำนวยการ" width="150"><p>นายสุรชัย บุญหล้า<br>'
          "รองผู้อำนวยการวิทยาลัยชุมชนนาคำแสน<br>โทร. 0 4357 1220 ต่อ 102</p></div>"
          '<div class="exec"><img src="/wp-content/uploads/2024/06/chair.jpg" alt="ประธานสภา" width="150"><p>นายทองใบ คำแสน<br>'
          "ประธานสภาวิทยาลัยชุมชนนาคำแสน<br>โทร. 0 4357 1220 ต่อ 100</p></div>")
    write("/about/council/", "สภาวิทยาลัยชุมชนนาคำแสน",
          "<p>ประธานสภา นายทองใบ คำแสน · กรรมการผู้ทรงคุณวุฒิ 7 คน · ผู้แทนชุมชน 4 คน · ผู้อำนวยการ (กรรมการและเลขานุการ)</p>")
    write("/units/", "หน่วยจัดการศึกษา",
          "<ul><li>หน่วยจัดการศึกษาอำเภอโพนทอง (ในวิทยาลัย)</li><li>หน่วยจัดการศึกษาอำเภอหนองพอก โรงเรียนหนองพอกพิทยา</li>"
          "<li>หน่วยจัดการศึกษาอำเภอเสลภูมิ</li><li>หน่วยจัดการศึกษาอำเภอเมยวดี</li></ul>"
          f"<p>รายงานของหน่วย: {a('unit-report')}</p>")
    write("/contact/", "ติดต่อเรา",
          "<p>วิทยาลัยชุมชนนาคำแสน 88 หมู่ 4 ตำบลนาคำ อำเภอโพนทอง จังหวัดร้อยเอ็ด 45110</p>"
          "<p>โทรศัพท์ 0 4357 1220 · โทรสาร 0 4357 1221 · อีเมล saraban@nkscc.ac.th · Facebook: วิทยาลัยชุมชนนาคำแสน</p>"
          "<p>เวลาทำการ วันจันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=16.2871,103.9712">แผนที่ Google Maps</a></p>')
    write("/eservice/", "E-Service ยื่นคำร้องออนไลน์",
          "<p>ขอใบรับรองผลการเรียน / ใบรับรองการเป็นนักศึกษา / สมัครเรียนออนไลน์</p>"
          '<form action="https://forms.gle/nkscc-request" method="post"><label>ชื่อ-สกุล <input name="name"></label>'
          '<label>รหัสนักศึกษา <input name="sid"></label><label>ประเภทคำร้อง <select name="type"><option>ใบรับรองผลการเรียน</option>'
          '<option>ใบรับรองการเป็นนักศึกษา</option><option>สมัครเรียน</option></select></label>'
          '<label>เบอร์โทร <input name="tel"></label><button type="submit">ส่งคำร้อง</button></form>'
          '<p>ติดตามสถานะคำร้องได้ทางอีเมลภายใน 2 วันทำการ · <a href="https://reg.nkscc.ac.th/">ระบบทะเบียนนักศึกษาออนไลน์</a></p>')
    write("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้ร้องเรียนไม่จำเป็นต้องเปิดเผยชื่อ ข้อมูลจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/" method="post"><label>ชื่อ (ไม่บังคับ) <input name="name"></label>'
          '<label>เรื่องที่ร้องเรียน <input name="subject"></label><label>รายละเอียด <textarea name="detail"></textarea></label>'
          '<label>แนบไฟล์ <input type="file" name="file"></label><button type="submit">ส่งเรื่อง</button></form>'
          f"<p>หรือโทร 0 4357 1220 ต่อ 105 · คู่มือ: {a('complaint-manual')}</p>"
          '<p><a href="/complaint/general/">ร้องเรียนทั่วไป/ข้อเสนอแนะ</a></p>')
    write("/complaint/general/", "ร้องเรียนทั่วไป / ข้อเสนอแนะ",
          '<form action="/complaint/general/" method="post"><label>เรื่อง <input name="subject"></label>'
          '<label>รายละเอียด <textarea name="detail"></textarea></label><button type="submit">ส่ง</button></form>')
    write("/privacy-policy/", "นโยบายความเป็นส่วนตัว", "<p>วิทยาลัยเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")

    # news
    write("/category/news/", "หมวดหมู่: ข่าวประชาสัมพันธ์",
          excerpt_list(NEWS[:NEWS_PAGE_1]) + '\n<p><a href="/category/news/page/2/">เรื่องเก่ากว่า »</a></p>')
    write("/category/news/page/2/", "หมวดหมู่: ข่าวประชาสัมพันธ์ – หน้า 2",
          excerpt_list(NEWS[NEWS_PAGE_1:]) + '\n<p><a href="/category/news/">« เรื่องใหม่กว่า</a></p>')
    for p, ymd, t, paras in NEWS + ITA_POSTS:
        write(p, t, post_body(ymd, paras))

    # procurement posts
    proc = sorted([*PROC_POSTS, "proc-year-67", "print-notice"], key=lambda k: ROWS[k][2], reverse=True)
    for k in proc:
        title, _c, dt, url, _m = ROWS[k]
        write(post_path(k), title, post_body((dt.year, dt.month, dt.day), [f'ไฟล์แนบ: {a(k, "ดาวน์โหลดเอกสาร")} ({size_of(k)})']))
    write("/category/procurement/", "หมวดหมู่: จัดซื้อจัดจ้าง",
          "\n".join(f'<div class="post"><h2><a href="{post_path(k)}">{esc(ROWS[k][0])}</a></h2>'
                    f'<span class="date">{be(ROWS[k][2])}</span></div>' for k in proc))

    # downloads
    cats = "".join(f'<li><a href="/category/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    write("/category/download/", "หมวดหมู่: ดาวน์โหลดเอกสาร", f"<ul>{cats}</ul>\n" + table(listed()))
    for c, t in CATS.items():
        write(f"/category/download/{c}/", f"หมวดหมู่: ดาวน์โหลดเอกสาร › {t}", table(listed(c)))

    # ITA
    write("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
          '<ul><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ 2568</a></li><li><a href="/ita/2567/">ITA ประจำปีงบประมาณ 2567</a></li>'
          '<li><a href="/category/ita/">ข่าว ITA</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568",
          "<p>ข้อมูลตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568</p>\n"
          + ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567",
          "<p>ข้อมูล OIT ประจำปีงบประมาณ พ.ศ. 2567</p>\n" + ita_table(ITA_2567))
    write("/category/ita/", "หมวดหมู่: ITA", excerpt_list(ITA_POSTS)
          + '\n<div class="post"><h2><a href="/ita/2568/">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568</a></h2></div>')


if __name__ == "__main__":
    main()
