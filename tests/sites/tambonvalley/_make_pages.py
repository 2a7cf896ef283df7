"""Generate the HTML pages of the "tambonvalley" test site (เทศบาลตำบลหุบผาแดง, invented).

Run:  python tests/sites/tambonvalley/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A เทศบาลตำบล on WordPress (a Thai government theme): a header with the seal, a menu, a sidebar
(mayor, search box, quick links, recent posts, categories, visitor counter) and a footer on every
page; pretty permalinks (pages /about/…/, posts /archives/<id>/, categories /category/<slug>/).
Documents sit in the media library and are listed by a download plugin under /download/<cat>/
(newest first); the monthly สขร.1 are posts of the category /category/procurement/.  The ITA page
/ita/2569/ is a table o1 … o26 in the office's own short wording whose links go to files, posts,
pages or category lists; last year's /ita/2568/ is still online, and o21 of 2569 just points at it.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, TH_MONTHS, name  # noqa: E402

ORG = "เทศบาลตำบลหุบผาแดง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนดำเนินงาน", "budget": "เทศบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "สถิติ", "procure": "ประกาศจัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
HIDDEN = {"risk-68"}  # linked only from last year's ITA page
MISSING_SIZE = "318.4 KB"
OLD_DEAD = "/wp-content/uploads/2024/11/29873.pdf"  # last year's o11 (สขร.1 ต.ค. 2567): deleted from the library
TH_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str = "ดาวน์โหลด") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("ข้อมูลพื้นฐาน", "/about/history/"), ("โครงสร้างและอำนาจหน้าที่", "/about/structure/"),
        ("คณะผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/category/news/"),
        ("จัดซื้อจัดจ้าง", "/category/procurement/"), ("ดาวน์โหลดเอกสาร", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]

# ---------------------------------------------------------------- news posts

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (1268, (2026, 4, 3), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2569 ณ กองคลัง เทศบาลตำบลหุบผาแดง"]),
    (1261, (2026, 3, 20), "ทำแนวกันไฟป่าชุมชนห้วยผาแดง ป้องกันไฟป่าและหมอกควัน ปี 2569",
     ["วันที่ 20 มีนาคม 2569 เทศบาลตำบลหุบผาแดง ร่วมกับ อปพร. และอาสาสมัครพิทักษ์ป่า ทำแนวกันไฟยาว 6 กิโลเมตร "
      "รอบป่าชุมชนห้วยผาแดง หมู่ที่ 7 มีผู้เข้าร่วม 112 คน"]),
    (1255, (2026, 2, 27), "สรุปผลการประชุมประชาคมหมู่บ้าน เพื่อรับฟังความคิดเห็นของประชาชน ประจำปี 2569",
     ["ระหว่างวันที่ 10 - 20 กุมภาพันธ์ 2569 เทศบาลตำบลหุบผาแดง ได้จัดประชุมประชาคมหมู่บ้านครบทั้ง 9 หมู่บ้าน "
      "เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมในการเสนอปัญหาและความต้องการ สำหรับจัดทำแผนพัฒนาท้องถิ่น (เพิ่มเติม) และงบประมาณปี 2570",
      "มีประชาชนเข้าร่วมรวม 537 คน ผู้นำชุมชน 36 คน เสนอโครงการทั้งสิ้น 48 โครงการ ส่วนใหญ่เป็นถนนขึ้นเขา ฝายชะลอน้ำ และประปาภูเขา",
      "ผลการประชาคม: หมู่ที่ 3 เสนอซ่อมถนนดินขึ้นบ้านผาตั้ง หมู่ที่ 6 เสนอฝายชะลอน้ำห้วยน้ำใส หมู่ที่ 9 เสนอขยายประปาภูเขา "
      "เทศบาลจะนำไปบรรจุในแผนพัฒนาท้องถิ่นและแจ้งผลการพิจารณาให้ประชาชนทราบในการประชุมครั้งต่อไป"]),
    (1249, (2026, 2, 5), "ขอเชิญร่วมประชุมประชาคมหมู่บ้าน ประจำปี 2569",
     ["เทศบาลตำบลหุบผาแดง ขอเชิญพี่น้องประชาชนร่วมประชุมประชาคมหมู่บ้าน ระหว่างวันที่ 10 - 20 กุมภาพันธ์ 2569",
      '<a href="{invite}">ดาวน์โหลดหนังสือเชิญ</a>']),
    (1244, (2026, 1, 22), "โครงการอบรมคุณธรรมจริยธรรม ขับเคลื่อนประมวลจริยธรรม ประจำปีงบประมาณ 2569",
     ["วันที่ 22 มกราคม 2569 เทศบาลตำบลหุบผาแดง จัดโครงการอบรมคุณธรรมจริยธรรม เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล "
      "ให้บุคลากรนำไปปฏิบัติ วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดกาญจนบุรี บรรยายเรื่องการป้องกันผลประโยชน์ทับซ้อน "
      "และหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา",
      "ผู้เข้าร่วม ผู้บริหาร 4 คน สมาชิกสภาเทศบาล 12 คน พนักงานและพนักงานจ้าง 41 คน รวม 57 คน"]),
    (1240, (2026, 1, 10), "งานวันเด็กแห่งชาติ ประจำปี 2569",
     ["จัดงานวันเด็ก ณ สนามกีฬาเทศบาล มีเด็กและผู้ปกครองร่วมงานกว่า 600 คน"]),
    (1236, (2025, 12, 18), "ปลัดเทศบาลเข้าร่วมอบรมการขับเคลื่อนนโยบาย No Gift Policy ของจังหวัดกาญจนบุรี",
     ["วันที่ 17 ธันวาคม 2568 ปลัดเทศบาลและหัวหน้าสำนักปลัด เข้าร่วมการอบรมเชิงปฏิบัติการเรื่องการขับเคลื่อนนโยบาย No Gift Policy "
      "ซึ่งจัดโดยสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดกาญจนบุรี ณ ห้องประชุมศาลากลางจังหวัด"]),
    (1231, (2025, 11, 24), "ลอยกระทงริมลำห้วยผาแดง ประจำปี 2568",
     ["จัดงานประเพณีลอยกระทง ณ ลานริมห้วยผาแดง ใช้กระทงจากวัสดุธรรมชาติ 100 เปอร์เซ็นต์"]),
    (1226, (2025, 10, 28), "ประกาศใช้เทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2569",
     ['เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 ผ่านความเห็นชอบของผู้ว่าราชการจังหวัดกาญจนบุรีแล้ว '
      '<a href="{budget}">เทศบัญญัติ (ฉบับลงนาม)</a>']),
    (1220, (2025, 10, 10), "ซ่อมแซมถนนหลังน้ำป่าไหลหลาก หมู่ที่ 4 และหมู่ที่ 8",
     ["กองช่างเข้าซ่อมแซมถนนที่ได้รับความเสียหายจากน้ำป่าไหลหลาก เมื่อปลายเดือนกันยายน 2568 ให้ใช้สัญจรได้ตามปกติ"]),
    # FY2568 and older, on page 2
    (1189, (2025, 8, 15), "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 3 ประจำปี 2568",
     ["พิจารณาร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 ในวาระที่ 1 "
      '<a href="{draft}">ร่างเทศบัญญัติ</a>']),
    (1170, (2025, 2, 21), "สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี 2568",
     ["ระหว่างวันที่ 3 - 13 กุมภาพันธ์ 2568 จัดประชาคมครบ 9 หมู่บ้าน ผู้เข้าร่วม 498 คน เสนอโครงการ 41 โครงการ"]),
    (1152, (2024, 11, 25), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ 2568",
     ['ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 <a href="{opplan68}">รายละเอียด</a>']),
    (1105, (2023, 10, 3), "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)",
     ['นายกเทศมนตรีตำบลหุบผาแดง ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ '
      '<a href="{nogift}">ประกาศ</a>']),
]
PER_PAGE = 10
PROC_POST_ID = {(2025, 9): 1218, (2025, 10): 1229, (2025, 11): 1233, (2025, 12): 1238, (2026, 1): 1251,
                (2026, 3): 1270}  # WordPress post ids grow with the posting date

# ---------------------------------------------------------------- ITA

ITA_2569 = [  # (ข้อ, heading, [(link text, href or ROWS key)])
    ("ข้อมูลพื้นฐาน", None),
    ("o1", "โครงสร้าง หน้าที่และอำนาจ", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อ / ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("ถาม-ตอบ", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/category/news/")]),
    ("การบริหารงานและการใช้จ่ายงบประมาณ", None),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-66-70")]),
    ("o6", "แผนดำเนินงาน / เทศบัญญัติ", [("แผนดำเนินงาน", "opplan-68"), ("เทศบัญญัติ", "budget-69")]),
    ("o7", "รายงานผลการดำเนินงาน", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือปฏิบัติงาน", [("คู่มือปฏิบัติงาน", "manual-building")]),
    ("o9", "คู่มือประชาชน", [("คู่มือประชาชน", "citizen-manual")]),
    ("o10", "E-Service", [("E-Service", "/eservice/")]),
    ("การจัดซื้อจัดจ้าง", None),
    ("o11", "สขร.1 รายเดือน", [("สรุปผลการจัดซื้อจัดจ้าง", "/category/procurement/")]),
    ("o12", "สรุปผลจัดซื้อจัดจ้างประจำปี", [("รายงานประจำปี", "proc-year-68")]),
    ("การบริหารและพัฒนาทรัพยากรบุคคล", None),
    ("o13", "หลักเกณฑ์/แผนบริหารงานบุคคล", [("การบริหารงานบุคคล", "/download/hr/")]),
    ("o14", "รายงานผลบริหารงานบุคคล", [("รายงาน", "hr-report-68")]),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรม", "/archives/1244/")]),
    ("การส่งเสริมความโปร่งใส", None),
    ("o16", "คู่มือร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("สถิติ", "complaint-6m-68")]),
    ("o19", "การมีส่วนร่วม", [("ประชาคมหมู่บ้าน", "/archives/1255/")]),
    ("การป้องกันการทุจริต", None),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", "nogift-67"), ("รายงานการรับของขวัญ", "gift-report-68")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ดูข้อมูลตาม ITA 2568", "/ita/2568/")]),
    ("o22", "รายงานผลบริหารความเสี่ยง", [("รายงาน", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต", "anti-plan-65-68")]),
    ("o24", "รายงานผลป้องกันการทุจริต", [("รายงาน", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนา", [("มาตรการส่งเสริมคุณธรรม", "/ita/measures/")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("รายงาน", "integrity-report-68")]),
]
ITA_2568 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น 2566-2570", "plan-66-70")]),
    ("o6", "แผนดำเนินงาน ปี 2568", [("แผนดำเนินงาน 2568", "opplan-68")]),
    ("o12", "สขร.1 (ต.ค. 2567)", [("สขร.1 ต.ค. 67", OLD_DEAD)]),
    ("o19", "สถิติเรื่องร้องเรียน", [("รอบ 6 เดือน", "complaint-6m-68")]),
    ("o21", "ประกาศ No Gift Policy", [("ประกาศ", "nogift-67")]),
    ("o23", "การประเมินความเสี่ยงการทุจริต ปี 2568", [("ประเมินความเสี่ยง 2568", "risk-68")]),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต", [("แผน 4 ปี", "anti-plan-65-68")]),
    ("o27", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", [("มาตรการ", "/ita/measures/")]),
]


def ita_table(rows) -> str:
    out = ['<table class="wp-block-table ita"><thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr></thead><tbody>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3"><strong>{esc(row[0])}</strong></td></tr>')
            continue
        code, heading, links = row
        cell = " | ".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</tbody></table>"


# ---------------------------------------------------------------- layout

def recent() -> str:
    return "".join(f'<li><a href="/archives/{n[0]}/">{esc(n[2])}</a></li>' for n in NEWS[:5])


def layout(title: str, body: str, kind: str = "page") -> str:
    menu = "\n".join(f'<li class="menu-item"><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {ORG}</title>
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" id="gov-theme-css" href="/wp-content/themes/govpha/style.css" media="all">
<link rel="icon" href="/wp-content/uploads/2022/03/seal-32.png" sizes="32x32">
</head>
<body class="{kind} wp-theme-govpha">
<div id="topbar">{ORG} อำเภอทองผาภูมิ จังหวัดกาญจนบุรี · โทร. 0 3459 8120 · ศูนย์รับแจ้งเหตุน้ำป่า 1669</div>
<header id="masthead" class="site-header">
<a href="/" rel="home"><img src="/wp-content/uploads/2022/03/seal-32.png" alt="ตราเทศบาลตำบลหุบผาแดง" width="72" height="72"></a>
<p class="site-title">{ORG}</p><p class="site-description">Hub Pha Daeng Subdistrict Municipality · หุบเขาผาแดง ธรรมชาติยั่งยืน</p>
</header>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
{menu}
</ul></nav>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article class="{kind} type-{kind}">
<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>
<div class="entry-content">
{body}
</div>
</article>
</main>
<aside id="secondary" class="widget-area">
<section class="widget"><h2 class="widget-title">นายกเทศมนตรี</h2>
<img src="/wp-content/uploads/2023/06/mayor.png" alt="นายชาตรี วงศ์ไพรวัลย์" width="120" height="150">
<p>นายชาตรี วงศ์ไพรวัลย์<br>นายกเทศมนตรีตำบลหุบผาแดง<br>สายตรงนายก 08 6170 4428</p></section>
<section class="widget widget_search"><form role="search" method="get" action="/"><input type="search" name="s" placeholder="ค้นหา &hellip;"><button>ค้นหา</button></form></section>
<section class="widget"><h2 class="widget-title">ลิงก์ด่วน</h2><ul>
<li><a href="/ita/2569/">ITA 2569</a></li><li><a href="/ita/2568/">ITA 2568</a></li>
<li><a href="/eservice/">E-Service ยื่นคำร้องออนไลน์</a></li><li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a></li>
<li><a href="/download/manual/">คู่มือประชาชน</a></li>
<li><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></li><li><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
</ul></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">เรื่องล่าสุด</h2><ul>{recent()}</ul></section>
<section class="widget widget_categories"><h2 class="widget-title">หมวดหมู่</h2><ul>
<li><a href="/category/news/">ข่าวประชาสัมพันธ์</a></li><li><a href="/category/procurement/">สรุปผลการจัดซื้อจัดจ้าง</a></li></ul></section>
<section class="widget"><p>สถิติผู้เข้าชม {"148,027".translate(TH_DIGITS)} ครั้ง</p></section>
</aside>
</div>
<footer id="colophon" class="site-footer">
<p>{ORG} เลขที่ 88 หมู่ที่ 2 ตำบลหุบผาแดง อำเภอทองผาภูมิ จังหวัดกาญจนบุรี 71180<br>
โทรศัพท์ 0 3459 8120 โทรสาร 0 3459 8121 อีเมล saraban@hubphadaeng.go.th</p>
<p><a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a> ·
Copyright &copy; {"2565".translate(TH_DIGITS)} {ORG} · Powered by WordPress</p>
</footer>
</body>
</html>
"""


def write(path: str, title: str, body: str, kind: str = "page") -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body, kind))


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>{ext.upper()} {size_of(k)}</td></tr>')
    return ('<table class="wpdm-table"><thead><tr><th>#</th><th>ชื่อเอกสาร</th><th>วันที่อัปโหลด</th><th>ไฟล์</th></tr></thead>'
            '<tbody>\n' + "\n".join(rows) + "</tbody></table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and not k.startswith("proc-20") and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- pages

def news_pages() -> None:
    links = {"invite": f("invite-forum"), "nogift": f("nogift-67"), "opplan68": f("opplan-68"),
             "budget": f("budget-69"), "draft": f("budget-69-draft")}
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/archives/{nid}/", title,
              f'<p class="posted-on">โพสต์เมื่อ {be(date(y, m, day))} โดย admin · หมวดหมู่ '
              f'<a href="/category/news/">ข่าวประชาสัมพันธ์</a></p>{body}', "post")
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/archives/{n[0]}/">{esc(n[2])}</a> <span>{be(date(*n[1]))}</span></li>'
                          for n in chunk)
        pager = ('<nav class="pagination"><span class="current">1</span> <a href="/category/news/page/2/">2</a> '
                 '<a class="next" href="/category/news/page/2/">ถัดไป &raquo;</a></nav>') if p == 1 else \
            '<nav class="pagination"><a href="/category/news/">1</a> <span class="current">2</span></nav>'
        write("/category/news/" if p == 1 else "/category/news/page/2/", "หมวดหมู่: ข่าวประชาสัมพันธ์",
              f'<ul class="news">{items}</ul>{pager}', "archive")


def procurement_pages() -> None:
    """Each month's สขร.1 is a post of the category; the category lists the posts, newest first."""
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    items = []
    for k in months:
        title, _cat, up, ext, _m = ROWS[k]
        y, m = (int(x) for x in k.split("-")[1:])
        pid = PROC_POST_ID[(y, m)]
        write(f"/archives/{pid}/", title,
              f'<p class="posted-on">โพสต์เมื่อ {be(up)} โดย กองคลัง · หมวดหมู่ '
              f'<a href="/category/procurement/">สรุปผลการจัดซื้อจัดจ้าง</a></p>'
              f"<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน{TH_MONTHS[m - 1]} {y + 543} (แบบ สขร.1)</p>"
              f'<p>{a(f(k), "ดาวน์โหลดไฟล์ (" + ext.upper() + ")")}</p>', "post")
        items.append(f'<li><a href="/archives/{pid}/">{esc(title)}</a> <span>{be(up)}</span></li>')
    write("/category/procurement/", "หมวดหมู่: สรุปผลการจัดซื้อจัดจ้าง",
          f'<ul class="news">{"".join(items)}</ul>'
          f'<h2>ประกาศอื่น ๆ</h2><ul><li>{a(f("proc-year-68"), ROWS["proc-year-68"][0])}</li>'
          f'<li>{a(f("print-plan"), ROWS["print-plan"][0])}</li></ul>', "archive")


def static_pages() -> None:
    latest = "".join(f'<li><a href="/archives/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/category/news/">ดูทั้งหมด</a></p>'
          '<h2>บริการประชาชน</h2><p><a href="/eservice/">ยื่นคำร้องออนไลน์ (E-Service)</a> · '
          '<a href="/category/procurement/">สรุปผลการจัดซื้อจัดจ้าง</a> · '
          '<a href="/ita/2569/">การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2569</a></p>', "home")
    write("/about/history/", "ข้อมูลพื้นฐาน",
          "<p>เทศบาลตำบลหุบผาแดง ยกฐานะจากองค์การบริหารส่วนตำบลหุบผาแดงเมื่อปี พ.ศ. 2555 ตั้งอยู่ในหุบเขาริมลำห้วยผาแดง "
          "ห่างจากที่ว่าการอำเภอทองผาภูมิประมาณ 24 กิโลเมตร พื้นที่ 212 ตารางกิโลเมตร 9 หมู่บ้าน ประชากร 7,184 คน 2,415 ครัวเรือน</p>"
          "<p>วิสัยทัศน์ : หุบผาแดงเมืองน่าอยู่ ธรรมชาติยั่งยืน ท่องเที่ยวเชิงนิเวศก้าวหน้า ประชาชนมีส่วนร่วม</p>")
    write("/about/structure/", "โครงสร้าง หน้าที่และอำนาจ",
          '<figure class="wp-block-image"><img src="/wp-content/uploads/2023/06/chart.png" '
          'alt="แผนภูมิโครงสร้างเทศบาลตำบลหุบผาแดง" width="600" height="380"></figure>'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี (2 คน)</li><li>เลขานุการนายกเทศมนตรี</li>"
          "<li>ที่ปรึกษานายกเทศมนตรี</li></ul></li>"
          "<li>สภาเทศบาล<ul><li>ประธานสภาเทศบาล</li><li>รองประธานสภาเทศบาล</li><li>สมาชิกสภาเทศบาล (12 คน)</li></ul></li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li>"
          "<li>กองช่าง</li><li>กองการศึกษา</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          '<p><a href="/about/authority/">หน้าที่และอำนาจของเทศบาล</a></p>')
    write("/about/authority/", "หน้าที่และอำนาจ",
          "<p>เทศบาลตำบลมีหน้าที่และอำนาจตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 และมาตรา 51 และพระราชบัญญัติกำหนดแผนและ"
          "ขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
          "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li>"
          "<li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ รวมทั้งการกำจัดมูลฝอย</li>"
          "<li>ป้องกันและระงับโรคติดต่อ</li><li>ให้มีเครื่องใช้ในการดับเพลิง ป้องกันและบรรเทาสาธารณภัย (น้ำป่า ดินโคลนถล่ม ไฟป่า)</li>"
          "<li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
          "<li>บำรุงศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น และวัฒนธรรมอันดีของท้องถิ่น</li>"
          "<li>ส่งเสริมการท่องเที่ยว และคุ้มครองดูแลรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li></ol>")
    execs = [("นายชาตรี วงศ์ไพรวัลย์", "นายกเทศมนตรีตำบลหุบผาแดง", "08 6170 4428"),
             ("นายสมพงษ์ ทองหุบเขา", "รองนายกเทศมนตรี", "08 9043 2215"),
             ("นางลำดวน แสงผาแดง", "รองนายกเทศมนตรี", "08 1867 3390"),
             ("นายธนกฤต พึ่งป่า", "เลขานุการนายกเทศมนตรี", "09 2238 6671"),
             ("นางกาญจนา ศรีละมุน", "ปลัดเทศบาลตำบลหุบผาแดง", "0 3459 8120 ต่อ 101")]
    cards = "".join(f'<div class="wp-block-column"><img src="/wp-content/uploads/2023/06/person.png" alt="{esc(n)}" '
                    f'width="120" height="150"><p><strong>{esc(n)}</strong><br>{esc(p)}<br>โทร. {t}</p></div>'
                    for n, p, t in execs)
    write("/about/executives/", "คณะผู้บริหาร", f'<div class="wp-block-columns">{cards}</div>')
    write("/about/council/", "สมาชิกสภาเทศบาล",
          "<ul><li>นายบุญส่ง ผาทอง ประธานสภาเทศบาล</li><li>นางวิไล ป่าสัก รองประธานสภาเทศบาล</li>"
          "<li>สมาชิกสภาเทศบาล เขต 1 (6 คน) และเขต 2 (6 คน)</li></ul>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>เลขที่ 88 หมู่ที่ 2 ตำบลหุบผาแดง อำเภอทองผาภูมิ จังหวัดกาญจนบุรี 71180</p>"
          "<p>โทรศัพท์ 0 3459 8120 โทรสาร 0 3459 8121<br>อีเมล saraban@hubphadaeng.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/hubphadaeng.municipality">เทศบาลตำบลหุบผาแดง</a> · Line : @hubphadaeng</p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=14.7431,98.6218">แผนที่ตั้งสำนักงานเทศบาล (Google Maps)</a></p>'
          '<p>มีข้อสงสัยสอบถามได้ที่ <a href="/qa/">กระดานถาม-ตอบ</a></p>')
    qa = [("ขออนุญาตสร้างบ้านบนที่ลาดเขาต้องใช้เอกสารอะไรบ้างครับ", "บ้านผาตั้ง", "18 มี.ค. 2569",
           "ใช้แบบ ข.1 แบบแปลน 5 ชุด สำเนาโฉนด และหากความลาดชันเกินร้อยละ 35 ต้องมีรายการคำนวณของวิศวกร (กองช่าง)"),
          ("น้ำประปาภูเขาหมู่ 9 ขุ่นหลังฝนตก", "ชาวบ้านหมู่ 9", "2 มี.ค. 2569",
           "กองช่างได้ล้างถังตกตะกอนแล้วเมื่อวันที่ 5 มีนาคม 2569 ขอบคุณที่แจ้งครับ (ผู้ดูแลระบบ)")]
    items = "".join(f'<div class="qa"><p><b>ถาม:</b> {esc(q)} <small>โดย {who} {when}</small></p><p><b>ตอบ:</b> {esc(ans)}</p></div>'
                    for q, who, when, ans in qa)
    write("/qa/", "ถาม-ตอบ (Q&A)",
          f'{items}<form action="/qa/" method="post"><h2>ตั้งคำถาม</h2>หัวข้อ <input name="subject"><br>'
          'คำถาม <textarea name="question"></textarea><br>ชื่อ <input name="author"><br>'
          'อีเมล <input name="email"><br><button>ส่งคำถาม</button></form>')
    write("/eservice/", "E-Service ระบบบริการออนไลน์",
          "<p>ยื่นคำร้องขอรับบริการจากเทศบาลตำบลหุบผาแดงได้ทางออนไลน์ ไม่ต้องเดินทางลงจากหมู่บ้านบนเขา "
          "เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSdHubPhaDaengEservice/formResponse" method="post">'
          '<h2>แบบคำร้องออนไลน์</h2>ชื่อ-นามสกุล <input name="entry.101"><br>โทรศัพท์ <input name="entry.102"><br>'
          'หมู่ที่ <input name="entry.103"><br>ประเภทคำร้อง <select name="entry.104"><option>คำร้องทั่วไป</option>'
          '<option>ขอรถบรรทุกน้ำ</option><option>ขอตัดต้นไม้ขวางทาง</option><option>แจ้งไฟฟ้าสาธารณะชำรุด</option></select><br>'
          'รายละเอียด <textarea name="entry.105"></textarea><br><button>ส่งคำร้อง</button></form>'
          f'<p>{a(f("service-68"), "สถิติการให้บริการประชาชน")} (อัปเดต {be(ROWS["service-68"][2])})</p>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ร้องเรียนร้องทุกข์ได้ที่ศูนย์รับเรื่องร้องเรียน สำนักงานเทศบาล โทร 0 3459 8120 หรือตู้รับเรื่องร้องเรียนหน้าสำนักงาน</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/" method="post">ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="your-name"><br>'
          'โทรศัพท์ <input name="your-tel"><br>เรื่อง <input name="your-subject"><br>'
          'รายละเอียด <textarea name="your-message"></textarea><br>แนบหลักฐาน <input type="file" name="evidence"><br>'
          '<button>ส่งเรื่องร้องเรียน</button></form>'
          '<p>ช่องทางอื่น: <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · ศูนย์ดำรงธรรมอำเภอทองผาภูมิ</p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>เทศบาลตำบลหุบผาแดง เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลดเอกสาร : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปีงบประมาณ พ.ศ. 2569</a></li>'
          '<li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. 2568</a></li>'
          '<li><a href="/ita/measures/">มาตรการส่งเสริมคุณธรรมและความโปร่งใส</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569",
          "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล · ตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>" + ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_table(ITA_2568))
    write("/ita/measures/", "การวิเคราะห์ผลการประเมิน ITA และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
          '<p class="updated">แก้ไขล่าสุด 12 ม.ค. 2569</p>'
          "<h2>ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปีงบประมาณ พ.ศ. 2567</h2>"
          "<p>เทศบาลตำบลหุบผาแดง ได้คะแนน 86.41 คะแนน ผ่านเกณฑ์ คะแนน OIT 79.23 คะแนน ต่ำที่สุดในสามแบบวัด</p>"
          "<h2>การวิเคราะห์ผลและมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568</h2>"
          '<table class="wp-block-table"><thead><tr><th>ประเด็นที่ต้องพัฒนา</th><th>มาตรการ/แนวทาง</th><th>ผู้รับผิดชอบ</th>'
          "<th>ระยะเวลา</th></tr></thead><tbody>"
          "<tr><td>การเปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน</td><td>ลงประกาศ สขร.1 ภายในวันที่ 10 ของเดือนถัดไป</td><td>กองคลัง</td>"
          "<td>ต.ค. 2567 - ก.ย. 2568</td></tr>"
          "<tr><td>การป้องกันการรับสินบน</td><td>ทบทวนประกาศ No Gift Policy และจัดทำรายงานการรับของขวัญ</td><td>สำนักปลัด</td>"
          "<td>ต.ค. 2567 - ก.ย. 2568</td></tr>"
          "<tr><td>การสื่อสารช่องทางร้องเรียน</td><td>เพิ่มแบบฟอร์มร้องเรียนออนไลน์บนเว็บไซต์</td><td>สำนักปลัด</td>"
          "<td>ธ.ค. 2567</td></tr></tbody></table>"
          "<p>ประกาศ ณ วันที่ 18 พฤศจิกายน 2567 (นายชาตรี วงศ์ไพรวัลย์) นายกเทศมนตรีตำบลหุบผาแดง</p>")


def assets() -> None:
    import base64
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    for p in ("wp-content/uploads/2022/03/seal-32.png", "wp-content/uploads/2023/06/mayor.png",
              "wp-content/uploads/2023/06/person.png", "wp-content/uploads/2023/06/chart.png"):
        os.makedirs(os.path.join(HERE, os.path.dirname(p)), exist_ok=True)
        with open(os.path.join(HERE, p), "wb") as fh:
            fh.write(png)
    os.makedirs(os.path.join(HERE, "wp-content/themes/govpha"), exist_ok=True)
    with open(os.path.join(HERE, "wp-content/themes/govpha/style.css"), "w", encoding="utf-8") as fh:
        fh.write("/* Theme Name: GovPha (child of a Thai government theme) */\n"
                 "body{font-family:Sarabun,Tahoma,sans-serif;margin:0}#topbar{background:#7a2e1d;color:#fff;padding:4px}"
                 ".menu li{display:inline;margin:0 6px}#content{display:flex}#primary{flex:1;padding:8px}"
                 "#secondary{width:240px}.widget{border:1px solid #ddd;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}.site-footer{background:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()
    procurement_pages()


if __name__ == "__main__":
    main()
