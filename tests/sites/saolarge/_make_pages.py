"""Generate the HTML pages of the "saolarge" test site (องค์การบริหารส่วนตำบลหนองปลาไหลงาม, invented).

Run:  python tests/sites/saolarge/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A large อบต. on WordPress: a theme with a top bar, a menu, a right-hand sidebar (the chief
executive, quick links, recent posts, visitor counter) and a footer on every page; pages are
folder/index.html.  Posts have date permalinks (/2025/02/<id>/) and are listed under
/category/news/ (two pages).  A download plugin lists the uploads by category
(/download-category/<cat>/); the monthly procurement summaries are on the page /procurement/.
The ITA page /ita-2568/ is a table o1 … o26 in the office's own wording (its o25 row is missing)
whose links go to files, pages or category lists; last year's /ita-2567/ is still in the menu.
"""

from __future__ import annotations

import html
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "องค์การบริหารส่วนตำบลหนองปลาไหลงาม"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"devplan": "แผนพัฒนาท้องถิ่น", "planbudget": "แผนการดำเนินงาน / ข้อบัญญัติงบประมาณ",
        "manual": "คู่มือการปฏิบัติงาน / คู่มือประชาชน", "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง",
        "hr": "การบริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
MISSING_SIZE = {"gift-report-67": "286.4 KB", "old-ita-proc": "153.9 KB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (1184, (2025, 4, 1), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2568 ณ กองคลัง "
      "หรือชำระผ่าน QR Code / แอปพลิเคชันธนาคาร"]),
    (1172, (2025, 3, 18), "กิจกรรมวันท้องถิ่นไทย 18 มีนาคม 2568",
     ["คณะผู้บริหาร สมาชิกสภา และพนักงาน ร่วมพิธีถวายราชสักการะพระบรมราชานุสาวรีย์ รัชกาลที่ 5 ณ หอประชุม อบต."]),
    (1163, (2025, 2, 24), "สรุปผลการประชุมประชาคมตำบล ประจำปี 2568",
     ["วันที่ 12 กุมภาพันธ์ 2568 องค์การบริหารส่วนตำบลหนองปลาไหลงาม จัดประชุมประชาคมตำบล ณ หอประชุม อบต. "
      "เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมเสนอปัญหาและความต้องการ ประกอบการจัดทำแผนพัฒนาท้องถิ่นเพิ่มเติมและงบประมาณปี 2569",
      "มีผู้เข้าร่วม 386 คน จาก 14 หมู่บ้าน (ผู้ใหญ่บ้าน ผู้นำชุมชน อสม. กลุ่มสตรี และประชาชน) ที่ประชุมเสนอโครงการ 73 โครงการ "
      "ส่วนใหญ่เป็นถนน ไฟฟ้าส่องสว่าง และการระบายน้ำในหมู่บ้านที่ติดนิคมอุตสาหกรรม",
      "ที่ประชุมมีมติให้บรรจุโครงการเร่งด่วน 21 โครงการในแผนพัฒนาท้องถิ่น และตั้งผู้แทนประชาคม 14 คน ร่วมติดตามการดำเนินงาน"]),
    (1151, (2025, 1, 29), "ขอเชิญร่วมประชุมประชาคมตำบล ประจำปี 2568",
     ["อบต.หนองปลาไหลงาม ขอเชิญผู้นำชุมชนและพี่น้องประชาชนร่วมประชุมประชาคมตำบล วันที่ 12 กุมภาพันธ์ 2568 เวลา 09.00 น.",
      '<a href="{forum-invite}">ดาวน์โหลดหนังสือเชิญประชุม</a>']),
    (1142, (2025, 1, 17), "โครงการอบรมคุณธรรมจริยธรรม ผู้บริหาร สมาชิกสภา และพนักงาน ประจำปีงบประมาณ 2568",
     ["วันที่ 16 - 17 มกราคม 2568 อบต.หนองปลาไหลงาม จัดอบรมคุณธรรมจริยธรรม เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานส่วนท้องถิ่น "
      "โดยวิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดระยอง บรรยายเรื่องการขัดกันระหว่างประโยชน์ส่วนบุคคลกับประโยชน์ส่วนรวม",
      "ผู้เข้าร่วม ผู้บริหาร 4 คน สมาชิกสภา 14 คน พนักงานและพนักงานจ้าง 98 คน รวม 116 คน พร้อมกิจกรรมจิตอาสาทำความสะอาดวัดหนองปลาไหล"]),
    (1128, (2024, 12, 27), "ตั้งจุดบริการประชาชน ลดอุบัติเหตุช่วงเทศกาลปีใหม่ 2568",
     ["ตั้งจุดบริการบนถนนสาย 3138 ระหว่างวันที่ 27 ธันวาคม 2567 - 2 มกราคม 2568 ร่วมกับ อปพร. และตำรวจภูธรบ้านค่าย"]),
    (1117, (2024, 12, 5), "วันพ่อแห่งชาติ 5 ธันวาคม 2567",
     ["ร่วมพิธีถวายพระพรชัยมงคล ณ ที่ว่าการอำเภอบ้านค่าย"]),
    (1103, (2024, 11, 15), "ประเพณีลอยกระทง ประจำปี 2567",
     ["จัดงานประเพณีลอยกระทง ณ หนองปลาไหลสาธารณะ หมู่ที่ 2 มีประชาชนร่วมงานกว่า 2,000 คน"]),
    (1089, (2024, 10, 8), "ผู้บริหารประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2568",
     ["วันที่ 7 ตุลาคม 2567 นายก อบต. ประกาศเจตจำนงสุจริตต่อหน้าพนักงานทุกคน",
      '<a href="{will-68}">ประกาศเจตจำนงสุจริต</a>']),
    # page 2: FY2567 and older
    (1046, (2024, 8, 14), "ประชุมสภา อบต. สมัยสามัญ สมัยที่ 3 ประจำปี 2567",
     ["สภา อบต. พิจารณาร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 ในวาระที่ 1"]),
    (1012, (2024, 6, 20), "อบรมอาชีพการทำขนมไทยให้กลุ่มสตรี",
     ["กลุ่มสตรีตำบลหนองปลาไหลงาม 40 คน เข้าร่วมอบรม ณ ศาลาอเนกประสงค์หมู่ที่ 9"]),
    (968, (2024, 2, 19), "ประชุมประชาคมตำบล ประจำปี 2567",
     ["วันที่ 15 กุมภาพันธ์ 2567 จัดประชุมประชาคมตำบล มีผู้เข้าร่วม 341 คน เสนอโครงการ 66 โครงการ"]),
    (702, (2022, 10, 11), "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ประจำปีงบประมาณ 2566",
     ["องค์การบริหารส่วนตำบลหนองปลาไหลงาม ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) "
      "ประจำปีงบประมาณ พ.ศ. 2566 ให้ผู้บริหาร สมาชิกสภา พนักงาน และพนักงานจ้างทุกคน งดให้และงดรับของขวัญทุกโอกาส",
      "ขอความร่วมมือผู้มาติดต่อราชการและผู้ประกอบการ งดมอบของขวัญแก่บุคลากรของ อบต. ในเทศกาลปีใหม่ 2566",
      "ประกาศ ณ วันที่ 10 ตุลาคม 2565 นายวีระพงษ์ ศรีทองคำ นายกองค์การบริหารส่วนตำบลหนองปลาไหลงาม"]),
]
PAGE1 = 9


def post_url(nid: int, dt: tuple) -> str:
    return f"/{dt[0]}/{dt[1]:02d}/{nid}/"


def news_url(nid: int) -> str:
    return next(post_url(n, dt) for n, dt, _t, _p in NEWS if n == nid)


MENU = [("หน้าแรก", "/"), ("ข้อมูลพื้นฐาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/category/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("ดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"), ("ร้องเรียน/ร้องทุกข์", "/complaint/"),
        ("ITA 2568", "/ita-2568/"), ("ITA 2567", "/ita-2567/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li class="menu-item"><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    recent = "\n".join(f'<li><a href="{post_url(n, dt)}">{esc(t)}</a></li>' for n, dt, t, _p in NEWS[:5])
    return f"""<!DOCTYPE html>
<html lang="th-TH"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" id="theme-css" href="/wp-content/themes/govtheme/style.css" media="all"></head>
<body class="page-template-default">
<div class="topbar">{ORG} อำเภอบ้านค่าย จังหวัดระยอง · โทร. 0 3801 5420 · ศูนย์รับเรื่องร้องเรียน 24 ชม.</div>
<header class="site-header"><a href="/"><img src="/wp-content/themes/govtheme/logo.png" alt="ตรา อบต.หนองปลาไหลงาม" width="72" height="72"></a>
<span class="site-title">{ORG}</span><br><span class="site-description">Nong Pla Lai Ngam Subdistrict Administrative Organization</span></header>
<nav class="main-navigation"><ul id="primary-menu">
{menu}
</ul></nav>
<div id="content" class="site-content"><main id="main" class="site-main">
<article><h1 class="entry-title">{esc(title)}</h1>
<div class="entry-content">
{body}
</div></article></main>
<aside id="secondary" class="widget-area">
<section class="widget"><h2 class="widget-title">นายก อบต.</h2>
<img src="/wp-content/themes/govtheme/person.png" alt="นายก อบต." width="90" height="110"><br>นายวีระพงษ์ ศรีทองคำ<br>สายตรงนายก 08 1762 4410</section>
<section class="widget"><h2 class="widget-title">เมนูสำหรับประชาชน</h2><ul>
<li><a href="/download-category/manual/">คู่มือประชาชน</a></li>
<li><a href="/eservice/">ยื่นคำร้องออนไลน์ (E-Service)</a></li>
<li><a href="/service-stats/">สถิติการให้บริการ</a></li>
<li><a href="/annual-report/">รายงานผลการดำเนินงาน</a></li>
<li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a></li>
<li><a href="https://process3.gprocurement.go.th/">ระบบ e-GP</a></li>
<li><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></li></ul></section>
<section class="widget"><h2 class="widget-title">เรื่องล่าสุด</h2><ul>
{recent}
</ul></section>
<section class="widget">สถิติผู้เข้าชม ๓๑๘,๐๔๗ ครั้ง</section>
</aside></div>
<footer class="site-footer">{ORG} เลขที่ 88 หมู่ที่ 5 ตำบลหนองปลาไหลงาม อำเภอบ้านค่าย จังหวัดระยอง 21120<br>
โทรศัพท์ 0 3801 5420 โทรสาร 0 3801 5421 อีเมล saraban@nongplalaingam.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
สงวนลิขสิทธิ์ © ๒๕๖๗ {ORG} · Powered by WordPress</footer>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if key in MISSING_SIZE:
        return MISSING_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def hits(key: str) -> int:
    return 37 + (sum(map(ord, key)) * 7) % 420


def wpdm(keys: list[str]) -> str:
    """The download plugin's list: title, date, size, downloads, a button."""
    rows = []
    for k in keys:
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<div class="wpdm-link-tpl"><img src="/wp-content/plugins/download-manager/{ext}.png" alt="{ext}" width="32" height="32">'
                    f' <strong>{esc(title)}</strong><br><small>{be(up)} · {size_of(k)} · ดาวน์โหลด {hits(k)} ครั้ง</small>'
                    f' <a class="wpdm-download-link" href="{f(k)}">ดาวน์โหลด</a></div>')
    return "\n".join(rows)


def listed(cat: str) -> list[str]:
    return sorted((k for k in ROWS if ROWS[k][1] == cat), key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- pages


def news_item(n, dt, t) -> str:
    return f'<li><a href="{post_url(n, dt)}">{esc(t)}</a> <small>{dt[2]} {MONTHS[dt[1] - 1]} {dt[0] + 543}</small></li>'


def home() -> None:
    latest = "\n".join(news_item(n, dt, t) for n, dt, t, _p in NEWS[:6])
    write("/", "หน้าแรก", f"""<div class="slider"><p>ยินดีต้อนรับสู่เว็บไซต์ {ORG} "หนองปลาไหลงามน่าอยู่ เศรษฐกิจมั่นคง สิ่งแวดล้อมยั่งยืน"</p></div>
<h2>ข่าวประชาสัมพันธ์</h2><ul>
{latest}
</ul><p><a href="/category/news/">ดูทั้งหมด</a></p>
<h2>ประกาศจัดซื้อจัดจ้าง</h2><p><a href="/procurement/">สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</a></p>
<h2>การประเมินคุณธรรมและความโปร่งใส</h2><p><a href="/ita-2568/">ITA 2568 (OIT)</a> · <a href="/ita-2567/">ITA 2567</a></p>
<h2>บริการออนไลน์</h2><p><a href="/eservice/">E-Service ยื่นคำร้องออนไลน์</a> · <a href="/qa/">ถาม-ตอบ</a></p>""")


def about() -> None:
    write("/about/history/", "ข้อมูลพื้นฐาน", """<p>ตำบลหนองปลาไหลงาม ตั้งอยู่ทางทิศตะวันตกของอำเภอบ้านค่าย จังหวัดระยอง ห่างจากตัวอำเภอประมาณ 12 กิโลเมตร
ยกฐานะเป็นองค์การบริหารส่วนตำบลเมื่อปี พ.ศ. 2539 และปรับขนาดเป็นองค์การบริหารส่วนตำบลขนาดใหญ่เมื่อปี พ.ศ. 2555</p>
<table><tr><th>พื้นที่</th><td>96 ตารางกิโลเมตร</td></tr><tr><th>หมู่บ้าน</th><td>14 หมู่บ้าน</td></tr>
<tr><th>ประชากร</th><td>28,614 คน (ชาย 13,902 หญิง 14,712) ณ ธันวาคม 2567</td></tr><tr><th>ครัวเรือน</th><td>15,208 ครัวเรือน</td></tr>
<tr><th>อาชีพหลัก</th><td>รับจ้างในนิคมอุตสาหกรรม ทำสวนยางพารา สวนผลไม้</td></tr></table>
<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></p>""")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ", """<p><b>วิสัยทัศน์</b> หนองปลาไหลงามน่าอยู่ เศรษฐกิจมั่นคง สิ่งแวดล้อมยั่งยืน บริหารจัดการโปร่งใส</p>
<ol><li>พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐาน</li><li>ส่งเสริมคุณภาพชีวิต การศึกษา และสาธารณสุข</li>
<li>บริหารจัดการขยะและสิ่งแวดล้อมรอบนิคมอุตสาหกรรม</li><li>บริหารงานตามหลักธรรมาภิบาล</li></ol>""")
    write("/about/structure/", "โครงสร้างส่วนราชการ", """<p><img src="/wp-content/uploads/2023/05/chart-org.png" alt="แผนภูมิโครงสร้างองค์การบริหารส่วนตำบลหนองปลาไหลงาม" width="600" height="120"></p>
<h2>ฝ่ายการเมือง (ฝ่ายบริหาร)</h2><ul><li>นายกองค์การบริหารส่วนตำบล<ul><li>รองนายก อบต. (2 คน)</li><li>เลขานุการนายก อบต.</li></ul></li></ul>
<h2>ฝ่ายนิติบัญญัติ</h2><ul><li>สภาองค์การบริหารส่วนตำบล: ประธานสภา รองประธานสภา เลขานุการสภา สมาชิกสภา 14 คน</li></ul>
<h2>ฝ่ายประจำ</h2><ul><li>ปลัดองค์การบริหารส่วนตำบล<ul><li>รองปลัด อบต. (2 คน)</li>
<li>สำนักปลัด (ฝ่ายอำนวยการ ฝ่ายนโยบายและแผน งานป้องกันและบรรเทาสาธารณภัย)</li><li>กองคลัง (ฝ่ายการเงินและบัญชี ฝ่ายพัฒนาและจัดเก็บรายได้ ฝ่ายพัสดุ)</li>
<li>กองช่าง (ฝ่ายก่อสร้าง ฝ่ายควบคุมอาคารและผังเมือง)</li><li>กองการศึกษา ศาสนาและวัฒนธรรม (ศูนย์พัฒนาเด็กเล็ก 3 แห่ง)</li>
<li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองสวัสดิการสังคม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>
<p><a href="/about/authority/">อำนาจหน้าที่</a></p>""")
    write("/about/authority/", "อำนาจหน้าที่", """<p>องค์การบริหารส่วนตำบลมีอำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 67 และ 68
และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p>
<ol><li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน ที่สาธารณะ กำจัดขยะมูลฝอยและสิ่งปฏิกูล</li>
<li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li><li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li>
<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li>
<li>จัดให้มีน้ำเพื่อการอุปโภค บริโภค และการเกษตร</li><li>ควบคุมอาคารและการผังเมือง</li></ol>""")
    people = [("นายวีระพงษ์ ศรีทองคำ", "นายกองค์การบริหารส่วนตำบล", "08 1762 4410"),
              ("นายประเสริฐ ใจมั่น", "รองนายกองค์การบริหารส่วนตำบล", "08 9431 2276"),
              ("นางสาวกาญจนา ทองดี", "รองนายกองค์การบริหารส่วนตำบล", "08 6618 0953"),
              ("นายสุรชัย พันธ์แก้ว", "เลขานุการนายกองค์การบริหารส่วนตำบล", "09 2215 7781"),
              ("นางพรทิพย์ วงศ์สวัสดิ์", "ปลัดองค์การบริหารส่วนตำบล", "0 3801 5420 ต่อ 102")]
    cards = "\n".join(f'<div class="person"><img src="/wp-content/themes/govtheme/person.png" alt="{esc(n)}" width="90" height="110">'
                      f'<br><b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>' for n, p, t in people)
    write("/about/executives/", "คณะผู้บริหาร", cards)
    write("/about/council/", "สมาชิกสภาองค์การบริหารส่วนตำบล", """<ul><li>นายบุญมา แสงทอง ประธานสภา อบต.</li><li>นางลำดวน เพชรงาม รองประธานสภา อบต.</li>
<li>นายชาตรี ดวงดี เลขานุการสภา อบต.</li><li>สมาชิกสภา อบต. หมู่ที่ 1 - 14 (14 คน)</li></ul>""")


def contact() -> None:
    write("/contact/", "ติดต่อเรา", """<p>องค์การบริหารส่วนตำบลหนองปลาไหลงาม เลขที่ 88 หมู่ที่ 5 ตำบลหนองปลาไหลงาม อำเภอบ้านค่าย จังหวัดระยอง 21120</p>
<p>โทรศัพท์ 0 3801 5420 โทรสาร 0 3801 5421<br>อีเมล saraban@nongplalaingam.go.th<br>
Facebook: <a href="https://www.facebook.com/nongplalaingam.sao">อบต.หนองปลาไหลงาม</a><br>
เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>
<p><a href="https://maps.google.com/?q=12.8104,101.3022">แผนที่ตั้ง (Google Maps)</a></p>""")


def news() -> None:
    first = "\n".join(news_item(n, dt, t) for n, dt, t, _p in NEWS[:PAGE1])
    second = "\n".join(news_item(n, dt, t) for n, dt, t, _p in NEWS[PAGE1:])
    write("/category/news/", "หมวดหมู่: ข่าวประชาสัมพันธ์",
          f'<ul class="posts">\n{first}\n</ul><p><a href="/category/news/page/2/">เรื่องก่อนหน้า &raquo;</a></p>')
    write("/category/news/page/2/", "หมวดหมู่: ข่าวประชาสัมพันธ์ (หน้า 2)",
          f'<ul class="posts">\n{second}\n</ul><p><a href="/category/news/">&laquo; เรื่องใหม่กว่า</a></p>')
    for n, dt, t, paras in NEWS:
        body = "".join(f"<p>{p.format(**{k: f(k) for k in ROWS if ROWS[k][4] != 'missing'})}</p>\n" for p in paras)
        write(post_url(n, dt), t, f'<p class="posted-on">โพสต์เมื่อ {dt[2]} {MONTHS[dt[1] - 1]} {dt[0] + 543} โดย admin</p>\n{body}')


def downloads() -> None:
    cats = "\n".join(f'<li><a href="/download-category/{c}/">{esc(t)}</a> ({len(listed(c))})</li>' for c, t in CATS.items())
    newest = sorted((k for k in ROWS if ROWS[k][1] in CATS), key=lambda k: ROWS[k][2], reverse=True)[:8]
    write("/download/", "ดาวน์โหลดเอกสาร", f"<h2>หมวดหมู่เอกสาร</h2><ul>\n{cats}\n</ul><h2>เอกสารล่าสุด</h2>\n{wpdm(newest)}")
    for c, t in CATS.items():
        write(f"/download-category/{c}/", f"หมวดหมู่ดาวน์โหลด: {t}", wpdm(listed(c)))


def procurement() -> None:
    keys = sorted((k for k in ROWS if k.startswith("proc-20")), key=lambda k: ROWS[k][2], reverse=True)
    rows = "\n".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td><a href="{f(k)}">ดาวน์โหลด ({ROWS[k][3]})</a></td></tr>'
                     for k in keys)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", f"""<p>ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 มาตรา 9 (8) องค์การบริหารส่วนตำบลเผยแพร่สรุปผลการจัดซื้อจัดจ้างในรอบเดือน (แบบ สขร.1)</p>
<table class="list"><tr><th>เรื่อง</th><th>วันที่เผยแพร่</th><th>ไฟล์</th></tr>
{rows}
</table>
<p>ประกาศจัดซื้อจัดจ้างทั้งหมดดูได้ที่ <a href="https://process3.gprocurement.go.th/">ระบบ e-GP</a> · <a href="/download-category/procure/">เอกสารจัดซื้อจัดจ้าง</a></p>""")


def services() -> None:
    write("/eservice/", "E-Service ยื่นคำร้องออนไลน์", """<p>ประชาชนสามารถยื่นคำร้องผ่านระบบออนไลน์ได้ตลอด 24 ชั่วโมง โดยไม่ต้องเดินทางมาที่ อบต. เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>
<form class="eservice" method="post" action="/wp-admin/admin-post.php"><input type="hidden" name="action" value="eservice_request">
<label>ประเภทคำร้อง <select name="type"><option>คำร้องทั่วไป</option><option>ขอรับการสนับสนุนน้ำอุปโภคบริโภค</option>
<option>ขอซ่อมแซมไฟฟ้าส่องสว่าง</option><option>ขอรับบริการรถกู้ภัย/รถบรรทุกน้ำ</option><option>ขอจัดเก็บขยะมูลฝอยเพิ่มเติม</option></select></label><br>
<label>ชื่อ-นามสกุล <input name="fullname" required></label><br><label>เลขบัตรประชาชน <input name="idcard"></label><br>
<label>เบอร์โทรศัพท์ <input name="phone" required></label><br><label>รายละเอียด <textarea name="detail" required></textarea></label><br>
<label>แนบไฟล์ <input type="file" name="attach"></label><br><button type="submit">ส่งคำร้อง</button></form>""")
    write("/complaint/", "ร้องเรียน/ร้องทุกข์", """<p>ร้องเรียนร้องทุกข์เรื่องทั่วไป (ถนนชำรุด ไฟฟ้าดับ กลิ่นเหม็นจากโรงงาน ฯลฯ) ได้ที่แบบฟอร์มด้านล่าง หรือโทร 0 3801 5420</p>
<form method="post" action="/wp-admin/admin-post.php"><input type="hidden" name="action" value="complaint_general">
<label>เรื่อง <input name="subject"></label><br><label>รายละเอียด <textarea name="detail"></textarea></label><br><button type="submit">ส่ง</button></form>
<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>""")
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """<p>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ อบต.หนองปลาไหลงาม ผู้ร้องไม่ต้องระบุชื่อก็ได้ ข้อมูลของท่านจะถูกเก็บเป็นความลับ</p>
<form method="post" action="/wp-admin/admin-post.php"><input type="hidden" name="action" value="complaint_corruption">
<label>ชื่อผู้ร้อง (ไม่บังคับ) <input name="name"></label><br><label>เบอร์ติดต่อกลับ (ไม่บังคับ) <input name="phone"></label><br>
<label>ผู้ถูกร้อง/หน่วยงาน <input name="target" required></label><br><label>รายละเอียดการกระทำ <textarea name="detail" required></textarea></label><br>
<label>หลักฐาน <input type="file" name="evidence"></label><br><button type="submit">ส่งเรื่องร้องเรียน</button></form>
<p>หรือแจ้งด้วยตนเองที่ศูนย์รับเรื่องร้องเรียน สำนักปลัด โทร 0 3801 5420 ต่อ 105 · ตู้รับเรื่องร้องเรียนหน้าที่ทำการ อบต.</p>""")
    months = ["ต.ค. 66", "พ.ย. 66", "ธ.ค. 66", "ม.ค. 67", "ก.พ. 67", "มี.ค. 67", "เม.ย. 67", "พ.ค. 67", "มิ.ย. 67",
              "ก.ค. 67", "ส.ค. 67", "ก.ย. 67"]
    services_ = [("งานทะเบียนพาณิชย์", 11), ("งานขออนุญาตก่อสร้างอาคาร", 23), ("งานรับชำระภาษี", 240),
                 ("งานลงทะเบียนเบี้ยยังชีพผู้สูงอายุ/ผู้พิการ", 64), ("งานขอรับน้ำอุปโภคบริโภค", 38), ("คำร้องออนไลน์ (E-Service)", 9)]
    head = "".join(f"<th>{m}</th>" for m in months)
    body = "\n".join("<tr><td>" + esc(s) + "</td>" + "".join(f"<td>{base + (i * 7 + len(s)) % 13}</td>" for i in range(12)) + "</tr>"
                     for s, base in services_)
    write("/service-stats/", "สถิติการให้บริการประชาชน", f"""<p>สถิติการให้บริการประชาชน ประจำปีงบประมาณ พ.ศ. 2567 (ตุลาคม 2566 - กันยายน 2567) จำแนกตามงานบริการ (ราย)</p>
<table class="list"><tr><th>งานบริการ</th>{head}</tr>
{body}
</table>
<p>ปรับปรุงข้อมูลล่าสุด 4 ตุลาคม 2567 โดยงานประชาสัมพันธ์ สำนักปลัด</p>
<p>เอกสารที่เกี่ยวข้อง: <a href="{f('satisfaction-67')}">ผลสำรวจความพึงพอใจของผู้รับบริการ ปี 2567</a></p>""")
    write("/annual-report/", "รายงานผลการดำเนินงานประจำปี", """<p><b>รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2566</b> (1 ตุลาคม 2565 - 30 กันยายน 2566)</p>
<p>ในปีงบประมาณ พ.ศ. 2566 องค์การบริหารส่วนตำบลหนองปลาไหลงาม ดำเนินโครงการตามแผนการดำเนินงานแล้วเสร็จ 171 โครงการ จาก 205 โครงการ คิดเป็นร้อยละ 83.41</p>
<table class="list"><tr><th>ยุทธศาสตร์</th><th>โครงการตามแผน</th><th>ดำเนินการแล้ว</th><th>งบประมาณที่เบิกจ่าย (บาท)</th></tr>
<tr><td>1 โครงสร้างพื้นฐาน</td><td>64</td><td>49</td><td>36,811,400.00</td></tr>
<tr><td>2 คุณภาพชีวิตและสังคม</td><td>83</td><td>76</td><td>51,026,733.50</td></tr>
<tr><td>3 เศรษฐกิจ</td><td>20</td><td>15</td><td>2,240,100.00</td></tr>
<tr><td>4 ทรัพยากรธรรมชาติและสิ่งแวดล้อม</td><td>12</td><td>10</td><td>6,904,500.00</td></tr>
<tr><td>5 การบริหารจัดการที่ดี</td><td>26</td><td>21</td><td>9,118,620.00</td></tr></table>
<h2>รายงานผลการใช้จ่ายงบประมาณประจำปี 2566</h2>
<p>รายรับจริง 178,402,915.27 บาท รายจ่ายจริง 159,633,018.44 บาท เบิกจ่ายร้อยละ 91.02 ของงบประมาณที่ตั้งไว้</p>
<h2>ปัญหาอุปสรรคและข้อเสนอแนะ</h2><p>งบประมาณไม่เพียงพอต่อความต้องการของประชาชนในพื้นที่ขยายตัวของนิคมอุตสาหกรรม ควรจัดลำดับความสำคัญของโครงการตามความเร่งด่วน</p>
<p><small>ปรับปรุงล่าสุด 20 ธันวาคม 2566</small></p>""")
    write("/qa/", "ถาม-ตอบ (Q&amp;A)", """<div class="qa"><p><b>ถาม:</b> ขอรับน้ำอุปโภคได้ที่ไหน (23 มี.ค. 2568)</p><p><b>ตอบ:</b> ยื่นคำร้องที่ E-Service หรือสำนักปลัด</p></div>
<form method="post" action="/wp-admin/admin-post.php"><label>คำถาม <textarea name="q"></textarea></label><button type="submit">ส่งคำถาม</button></form>""")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>อบต.หนองปลาไหลงาม เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    links = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>\n{links}\n<li><a href=\"/service-stats/\">สถิติการให้บริการ</a></li>\n</ul>")


def ita_table(rows: list[tuple[str, str, list[tuple[str, str]]]]) -> str:
    out = []
    for code, text, links in rows:
        cell = " ".join(f'<a href="{u}">{esc(t)}</a>' for t, u in links) if links else "-"
        out.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cell}</td></tr>")
    return ('<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n' + "\n".join(out) + "</table>")


def ita() -> None:
    rows68 = [
        ("o1", "โครงสร้าง", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
        ("o2", "ข้อมูลผู้บริหาร", [("คลิก", "/about/executives/")]),
        ("o3", "ข้อมูลการติดต่อ", [("คลิก", "/contact/")]),
        ("o4", "ข่าวประชาสัมพันธ์", [("คลิก", "/category/news/")]),
        ("o5", "แผนพัฒนาท้องถิ่น", [("คลิก", "/download-category/devplan/")]),
        ("o6", "แผนการดำเนินงานและการใช้งบประมาณประจำปี",
         [("แผนการดำเนินงาน 2568", f("opplan-68")), ("ข้อบัญญัติงบประมาณ 2568", f("budget-68")),
          ("รายงานกำกับติดตาม รอบ 6 เดือน", f("sixmonth-67"))]),
        ("o7", "รายงานผลการดำเนินงานประจำปี", [("คลิก", "/annual-report/")]),
        ("o8", "คู่มือการปฏิบัติงาน", [("คลิก", f("manual-sop"))]),
        ("o9", "คู่มือการให้บริการประชาชน", [("คลิก", f("citizen-manual"))]),
        ("o10", "E-Service", [("คลิก", "/eservice/")]),
        ("o11", "สถิติการให้บริการ", [("คลิก", "/service-stats/")]),
        ("o12", "สขร.1 รายเดือน", [("คลิก", "/procurement/")]),
        ("o13", "รายงานผลจัดซื้อจัดจ้างประจำปี", [("คลิก", f("proc-year-67"))]),
        ("o14", "แผนพัฒนาบุคลากร", [("คลิก", f("hr-plan-67"))]),
        ("o15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [("คลิก", f("hr-report-67"))]),
        ("o16", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", f("ethics")), ("กิจกรรมขับเคลื่อนจริยธรรม", news_url(1142))]),
        ("o17", "คู่มือร้องเรียนการทุจริต", [("คลิก", f("complaint-manual"))]),
        ("o18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("คลิก", "/complaint/corruption/")]),
        ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [("คลิก", f("complaint-68"))]),
        ("o20", "การมีส่วนร่วม", [("คลิก", news_url(1163))]),
        ("o21", "No Gift Policy", [("คลิก", news_url(702))]),
        ("o22", "รายงานการรับของขวัญ", [("คลิก", f("gift-report-67"))]),
        ("o23", "ประเมินความเสี่ยงการทุจริต", [("คลิก", f("risk-68"))]),
        ("o24", "รายงานผลการจัดการความเสี่ยง", [("คลิก", f("risk-report-67"))]),
        ("o26", "รายงานผลการป้องกันการทุจริต", [("คลิก", f("anti-report-66"))]),
    ]
    write("/ita-2568/", "การประเมินคุณธรรมและความโปร่งใส ITA 2568",
          "<p>ข้อมูลการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) ประจำปีงบประมาณ พ.ศ. 2568</p>\n"
          + ita_table(rows68))
    rows67 = [
        ("o1", "โครงสร้าง", [("คลิก", "/about/structure/")]),
        ("o2", "ข้อมูลผู้บริหาร", [("คลิก", "/about/executives/")]),
        ("o5", "แผนพัฒนาท้องถิ่น", [("คลิก", "/download-category/devplan/")]),
        ("o6", "แผนการดำเนินงาน", [("คลิก", f("opplan-67"))]),
        ("o12", "สขร.1 มีนาคม 2567", [("คลิก", f("old-ita-proc"))]),
        ("o14", "แผนพัฒนาบุคลากร", [("คลิก", f("hr-plan-67"))]),
        ("o20", "การมีส่วนร่วม", [("คลิก", news_url(968))]),
        ("o21", "No Gift Policy", [("คลิก", news_url(702))]),
        ("o25", "แผนปฏิบัติการป้องกันการทุจริต", [("คลิก", f("anti-plan-67"))]),
        ("o26", "รายงานผลการป้องกันการทุจริต", [("คลิก", f("anti-report-66"))]),
    ]
    write("/ita-2567/", "การประเมินคุณธรรมและความโปร่งใส ITA 2567",
          "<p>ข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2567</p>\n" + ita_table(rows67))


def assets() -> None:
    from PIL import Image

    def png(path: str, size: tuple[int, int], shade: int, fmt: str = "PNG") -> None:
        target = os.path.join(HERE, path.lstrip("/"))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        buf = io.BytesIO()
        Image.new("L", size, shade).save(buf, format=fmt)
        with open(target, "wb") as fh:
            fh.write(buf.getvalue())

    png("/wp-content/themes/govtheme/logo.png", (72, 72), 90)
    png("/wp-content/themes/govtheme/person.png", (90, 110), 180)
    png("/wp-content/uploads/2023/05/chart-org.png", (600, 120), 230)
    for ext in ("pdf", "docx", "doc", "xls", "xlsx"):
        png(f"/wp-content/plugins/download-manager/{ext}.png", (32, 32), 120)
    with open(os.path.join(HERE, "wp-content/themes/govtheme/style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}.topbar{background:#0b5394;color:#fff;padding:4px}"
                 "#primary-menu li{display:inline-block;margin:0 6px}.site-content{display:flex}.site-main{flex:3}"
                 ".widget-area{flex:1}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px}"
                 ".site-footer{background:#eee;padding:8px}\n")


def main() -> None:
    assets()
    home()
    about()
    contact()
    news()
    downloads()
    procurement()
    services()
    ita()


if __name__ == "__main__":
    main()
