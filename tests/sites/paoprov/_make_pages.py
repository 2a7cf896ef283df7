"""Generate the HTML pages of the "paoprov" test site (องค์การบริหารส่วนจังหวัดภูผาวารี).

Run:  python tests/sites/paoprov/_make_pages.py   (the files it links come from _make_docs.py)

A WordPress-like theme ("pao-theme"): a header with the logo and a short top menu, a left
SIDEBAR holding the main menu (a nav_menu widget of nested <ul>s), an ITA banner and a visitor
counter; pages at /<slug>/ and /about/<slug>/, posts at /archives/<id>/ with a featured image
(wp-post-image) and <time datetime>, category archives /category/<slug>/ (news paginated:
/category/news/page/2/ holds FY2567 posts). A download module lists files in HTML tables
(ลำดับ | เรื่อง | วันที่ | ดาวน์โหลด) whose dates are in Thai digits (๐๘ พ.ย. ๒๕๖๗) and whose
link text is only "ดาวน์โหลด": the title sits in another cell. The ITA 2568 page's rows link to
one sub-page per item (/ita-2568/o5/) that links the evidence. Served as folder/index.html, UTF-8.
"""

from __future__ import annotations

import html
import os
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import FILES, NEWS_IMAGES  # noqa: E402

ORG = "องค์การบริหารส่วนจังหวัดภูผาวารี"
SHORT = "อบจ.ภูผาวารี"
ITA = "/ita-2568/"
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def href(url: str) -> str:
    """A link as WordPress writes it: non-ASCII path segments percent-encoded."""
    return quote(url, safe="/:#?=&.-_~%")


def F(key: str) -> str:  # noqa: N802 - short on purpose: used in every table
    return href(FILES[key])


def a(text: str, url: str, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<a href="{href(url)}"{c}>{html.escape(text)}</a>'


SIDEBAR_MENU = [  # (text, href, children)
    ("หน้าแรก", "/", []),
    ("ข้อมูลพื้นฐาน", "/about/history/", [
        ("ข้อมูลทั่วไปจังหวัดภูผาวารี", "/about/history/"), ("วิสัยทัศน์ / พันธกิจ", "/about/vision/"),
        ("โครงสร้างองค์กร", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/"),
        ("คณะผู้บริหาร", "/about/executives/"), ("สมาชิกสภา อบจ.", "/about/council/")]),
    ("ข่าวประชาสัมพันธ์", "/category/news/", []),
    ("ประกาศจัดซื้อจัดจ้าง", "/category/procurement/", [
        ("ประกาศจัดซื้อจัดจ้าง", "/category/procurement/"),
        ("สรุปผลการจัดซื้อจัดจ้าง (สขร.1)", "/procurement-summary/")]),
    ("เอกสารเผยแพร่", "/documents/", [
        ("แผนพัฒนาท้องถิ่น", "/documents/plan/"), ("งบประมาณ / แผนการดำเนินงาน", "/documents/budget/"),
        ("รายงานผลการดำเนินงาน", "/documents/report/"), ("คู่มือ / แบบฟอร์ม", "/documents/manual/"),
        ("งานบริหารบุคคล", "/documents/hr/"), ("ป้องกันการทุจริต", "/documents/anti-corruption/")]),
    ("บริการประชาชน", "/service-manual/", [
        ("คู่มือสำหรับประชาชน", "/service-manual/"), ("E-Service", "/e-service/")]),
    ("ร้องเรียนการทุจริต", "/complaint/", []),
    ("ITA 2568", ITA, []),
    ("ติดต่อเรา", "/contact/", []),
]


def sidebar() -> str:
    items = []
    for text, url, kids in SIDEBAR_MENU:
        sub = ""
        if kids:
            sub = '<ul class="sub-menu">' + "".join(
                f'<li class="menu-item">{a(t, h)}</li>' for t, h in kids) + "</ul>"
        cls = "menu-item menu-item-has-children" if kids else "menu-item"
        items.append(f'<li class="{cls}">{a(text, url)}{sub}</li>')
    return (
        '<aside id="secondary" class="widget-area">'
        '<section class="widget widget_nav_menu"><h2 class="widget-title">เมนูหลัก</h2>'
        f'<div class="menu-sidebar-container"><ul id="menu-sidebar" class="menu">{"".join(items)}</ul></div></section>'
        '<section class="widget widget_media_image"><a href="/ita-2568/">'
        '<img src="/wp-content/themes/pao-theme/img/logo.png" alt="ITA 2568" width="64" height="64"></a>'
        '<p class="banner-text">การประเมินคุณธรรมและความโปร่งใส ITA ๒๕๖๘</p></section>'
        '<section class="widget widget_links"><h2 class="widget-title">ลิงก์หน่วยงาน</h2><ul>'
        '<li><a href="https://www.nacc.go.th/" target="_blank" rel="noopener">สำนักงาน ป.ป.ช.</a></li>'
        '<li><a href="https://www.dla.go.th/" target="_blank" rel="noopener">กรมส่งเสริมการปกครองท้องถิ่น</a></li>'
        '<li><a href="https://www.gprocurement.go.th/" target="_blank" rel="noopener">ระบบ e-GP</a></li>'
        '</ul></section>'
        '<section class="widget widget_counter"><h2 class="widget-title">สถิติผู้เข้าชม</h2>'
        '<p>วันนี้ ๒๑๔ | เดือนนี้ ๖,๐๓๘ | ทั้งหมด ๘๔๑,๒๒๗</p></section>'
        "</aside>"
    )


HEAD = """<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; {org}</title>
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" id="pao-theme-style-css" href="/wp-content/themes/pao-theme/style.css?ver=1.4" media="all">
</head>
<body class="{body}">
<div id="page" class="site">
<header id="masthead" class="site-header">
<div class="site-branding"><a href="/" rel="home"><img src="/wp-content/themes/pao-theme/img/logo.png" alt="{org}" width="64" height="64"></a>
<p class="site-title"><a href="/" rel="home">{org}</a></p>
<p class="site-description">Phu Pha Wari Provincial Administrative Organization</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">หน้าแรก</a></li>
<li class="menu-item"><a href="/category/news/">ข่าวสาร</a></li>
<li class="menu-item"><a href="/documents/">ดาวน์โหลดเอกสาร</a></li>
<li class="menu-item"><a href="/contact/">ติดต่อเรา</a></li></ul></nav>
</header>
<div id="content" class="site-content">
"""

FOOT = """</div>
<footer id="colophon" class="site-footer"><div class="site-info">
<p>{org} ถนนวารีราษฎร์ ตำบลในเมือง อำเภอเมืองภูผาวารี จังหวัดภูผาวารี ๔๖๙๙๐</p>
<p>โทรศัพท์ ๐ ๔๒๙๙ ๑๒๓๔ โทรสาร ๐ ๔๒๙๙ ๑๒๓๕ อีเมล saraban@phuphawaripao.go.th</p>
<p>&copy; ๒๕๖๘ {org} | <a href="/privacy-policy/">นโยบายความเป็นส่วนตัว</a> | Proudly powered by WordPress</p>
</div></footer></div>
<div id="cookie-notice" class="cookie-notice-hidden">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน
<a href="/privacy-policy/">อ่านเพิ่มเติม</a> <a href="#" class="cn-set-cookie">ยอมรับ</a></div>
</body></html>
"""


def write(url: str, title: str, main: str, body: str = "page") -> None:
    path = os.path.join(HERE, url.strip("/"), "index.html")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    doc = (HEAD.format(title=html.escape(title), org=ORG, body=body)
           + '<div id="primary" class="content-area"><main id="main" class="site-main">' + main
           + "</main></div>" + sidebar() + FOOT.format(org=ORG))
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


def page(url: str, title: str, content: str) -> None:
    write(url, title, f'<article class="page type-page status-publish"><header class="entry-header">'
          f'<h1 class="entry-title">{html.escape(title)}</h1></header>'
          f'<div class="entry-content">{content}</div></article>', "page-template-default page")


# ------------------------------------------------------------------ posts
NEWS = [  # id, ISO date, shown date, title, image index or None, body HTML
    (2197, "2025-04-16T10:20:00+07:00", "16 เมษายน 2568",
     "อบจ.ภูผาวารี จัดพิธีรดน้ำขอพรผู้สูงอายุ เนื่องในเทศกาลสงกรานต์ ประจำปี 2568", 6,
     "<p>วันที่ 16 เมษายน 2568 นายประเสริฐ วงศ์ภูผา นายกองค์การบริหารส่วนจังหวัดภูผาวารี พร้อมคณะผู้บริหาร"
     " สมาชิกสภา อบจ. และพนักงาน ร่วมพิธีรดน้ำขอพรผู้สูงอายุ ณ ลานวัฒนธรรมหน้าศาลากลาง อบจ.</p>"),
    (2181, "2025-03-14T14:05:00+07:00", "14 มีนาคม 2568",
     "ประชุมคณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส (ITA) ครั้งที่ 1/2568", 5,
     "<p>วันที่ 13 มีนาคม 2568 นายสุรชัย ทองประเสริฐ ปลัด อบจ. เป็นประธานการประชุมคณะทำงานขับเคลื่อน ITA"
     " ครั้งที่ 1/2568 เพื่อติดตามการเผยแพร่ข้อมูลบนเว็บไซต์ให้ครบถ้วนตามแบบ OIT ประจำปี 2568</p>"
     "<p>ที่ประชุมรับทราบว่ารายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2567"
     " ยังไม่แล้วเสร็จ โดยมอบหมายหน่วยตรวจสอบภายในรวบรวมข้อมูลจากทุกกองให้แล้วเสร็จภายในเดือนพฤษภาคม 2568"
     " และให้สำนักปลัดติดตามการรายงานผลตามแผนปฏิบัติการป้องกันการทุจริต</p>"),
    (2166, "2025-02-21T16:40:00+07:00", "21 กุมภาพันธ์ 2568",
     "อบจ.ภูผาวารี จัดประชุมรับฟังความคิดเห็นของประชาชน ต่อร่างแผนพัฒนาท้องถิ่นเพิ่มเติม ครั้งที่ 2/2568 ครบ 9 อำเภอ", 4,
     "<p>ระหว่างวันที่ 17 – 21 กุมภาพันธ์ 2568 องค์การบริหารส่วนจังหวัดภูผาวารี โดยกองยุทธศาสตร์และงบประมาณ"
     " จัดประชุมรับฟังความคิดเห็นของประชาชนต่อร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570) เพิ่มเติม ครั้งที่ 2/2568"
     " ณ ที่ว่าการอำเภอทั้ง 9 อำเภอ มีผู้เข้าร่วม ได้แก่ ผู้แทนองค์กรปกครองส่วนท้องถิ่น กำนัน ผู้ใหญ่บ้าน"
     " ผู้แทนประชาคม และประชาชนทั่วไป รวม 684 คน</p>"
     "<p>ที่ประชุมเสนอโครงการเพิ่มเติม 57 โครงการ ส่วนใหญ่เป็นถนนและแหล่งน้ำเพื่อการเกษตร"
     " อบจ. จะสรุปความเห็นเสนอคณะกรรมการพัฒนา อบจ. และแจ้งผลให้ประชาชนทราบทางเว็บไซต์</p>"
     "<table class=\"wp-block-table\"><tr><th>วันที่</th><th>อำเภอ</th><th>ผู้เข้าร่วม (คน)</th></tr>"
     "<tr><td>17 ก.พ. 68</td><td>เมืองภูผาวารี / นาหินตั้ง</td><td>162</td></tr>"
     "<tr><td>18 ก.พ. 68</td><td>ห้วยทราย / โนนสูง</td><td>141</td></tr>"
     "<tr><td>19 ก.พ. 68</td><td>ผาเทวดา / วังน้ำเย็น</td><td>133</td></tr>"
     "<tr><td>20 ก.พ. 68</td><td>หนองแวง / ดงบัง</td><td>128</td></tr>"
     "<tr><td>21 ก.พ. 68</td><td>ศรีวารี</td><td>120</td></tr></table>"
     f'<p>เอกสารประกอบการประชุม: <a href="{F("plan_draft")}">ร่างแผนพัฒนาท้องถิ่นเพิ่มเติม ครั้งที่ 2/2568</a></p>'),
    (2150, "2025-01-11T12:00:00+07:00", "11 มกราคม 2568",
     "อบจ.ภูผาวารี จัดงานวันเด็กแห่งชาติ ประจำปี 2568", 3,
     "<p>วันเสาร์ที่ 11 มกราคม 2568 อบจ.ภูผาวารี จัดงานวันเด็กแห่งชาติ ณ สนามกีฬากลางจังหวัดภูผาวารี"
     " มีเด็กและผู้ปกครองร่วมงานกว่า 5,000 คน</p>"),
    (2135, "2024-12-09T09:30:00+07:00", "9 ธันวาคม 2567",
     "อบจ.ภูผาวารี ร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล (ประเทศไทย) ประจำปี 2567", 2,
     "<p>วันที่ 9 ธันวาคม 2567 คณะผู้บริหารและพนักงาน อบจ.ภูผาวารี ร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล"
     " ร่วมกับสำนักงาน ป.ป.ช. ประจำจังหวัดภูผาวารี เดินรณรงค์และแสดงพลังต่อต้านการทุจริต"
     " ซึ่งเป็นกิจกรรมหนึ่งตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568 ขององค์การบริหารส่วนจังหวัด</p>"),
    (2118, "2024-11-14T11:15:00+07:00", "14 พฤศจิกายน 2567",
     "อบจ.ภูผาวารี ส่งมอบรถกู้ชีพฉุกเฉิน 1669 ให้หน่วยบริการการแพทย์ฉุกเฉิน 6 แห่ง", 1,
     "<p>นายก อบจ.ภูผาวารี ส่งมอบรถกู้ชีพฉุกเฉินพร้อมอุปกรณ์ จำนวน 6 คัน ให้หน่วยปฏิบัติการการแพทย์ฉุกเฉิน"
     " ของ รพ.สต. ที่ถ่ายโอน เพื่อบริการประชาชนตลอด 24 ชั่วโมง</p>"),
    (2101, "2024-10-01T15:00:00+07:00", "1 ตุลาคม 2567",
     "ผู้บริหารและพนักงาน อบจ.ภูผาวารี ร่วมประกาศเจตนารมณ์ No Gift Policy ประจำปีงบประมาณ 2568", 0,
     "<p>วันที่ 1 ตุลาคม 2567 นายประเสริฐ วงศ์ภูผา นายก อบจ.ภูผาวารี นำคณะผู้บริหาร สมาชิกสภา และพนักงาน"
     " ร่วมประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)"
     " ประจำปีงบประมาณ พ.ศ. 2568 และติดป้ายประชาสัมพันธ์ทุกจุดบริการ</p>"
     f'<p><a href="{F("nogift2568")}">ประกาศเจตนารมณ์ No Gift Policy ปีงบประมาณ 2568</a></p>'),
]
NEWS_OLD = [  # page 2: FY2567
    (1984, "2024-08-22T16:00:00+07:00", "22 สิงหาคม 2567",
     "อบจ.ภูผาวารี จัดโครงการอบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2567", 7,
     "<p>ระหว่างวันที่ 20 – 21 สิงหาคม 2567 กองการเจ้าหน้าที่จัดโครงการอบรมคุณธรรมจริยธรรม"
     " ตามประมวลจริยธรรมของพนักงานส่วนท้องถิ่น ให้แก่ผู้บริหาร สมาชิกสภา และพนักงาน รวม 212 คน"
     " วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัด บรรยายเรื่อง Do's &amp; Don'ts และการรับทรัพย์สินตามมาตรา 128</p>"),
    (1962, "2024-07-05T10:00:00+07:00", "5 กรกฎาคม 2567",
     "อบจ.ภูผาวารี ร่วมปลูกต้นไม้เฉลิมพระเกียรติ ณ อ่างเก็บน้ำห้วยทราย", 8,
     "<p>อบจ.ภูผาวารี ร่วมกับอำเภอห้วยทรายปลูกต้นไม้ 2,000 ต้น</p>"),
    (1940, "2024-06-10T13:30:00+07:00", "10 มิถุนายน 2567",
     "การประชุมสภาองค์การบริหารส่วนจังหวัดภูผาวารี สมัยสามัญ สมัยที่ 2 ครั้งที่ 1/2567", None,
     "<p>สภา อบจ.ภูผาวารี ประชุมสมัยสามัญ สมัยที่ 2 พิจารณาญัตติการโอนงบประมาณ</p>"),
]
PROCUREMENT = [  # id, ISO date, shown date, title, file key or e-GP number
    (2188, "2025-04-02T09:00:00+07:00", "2 เมษายน 2568",
     "ประกวดราคาจ้างก่อสร้างถนนลาดยางแอสฟัลท์ติกคอนกรีต รหัสทางหลวงท้องถิ่น ภผ.ถ 1-0023 สายบ้านโนนสูง – บ้านหนองแวง"
     " อำเภอโนนสูง จังหวัดภูผาวารี ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "68039418820"),
    (2176, "2025-03-10T15:30:00+07:00", "10 มีนาคม 2568",
     "ประกาศผู้ชนะการเสนอราคา จ้างจัดพิมพ์รูปเล่มแผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570) เพิ่มเติม ครั้งที่ 2/2568"
     " โดยวิธีเฉพาะเจาะจง", "plan_print"),
    (2160, "2025-02-24T11:00:00+07:00", "24 กุมภาพันธ์ 2568",
     "ประกาศผู้ชนะการเสนอราคา จ้างเหมารถโดยสารรับส่งนักกีฬาเข้าร่วมการแข่งขันกีฬาเยาวชนแห่งชาติ โดยวิธีเฉพาะเจาะจง",
     "68029101733"),
    (2140, "2024-12-20T10:45:00+07:00", "20 ธันวาคม 2567",
     "ประกาศราคากลาง ซื้อเวชภัณฑ์ที่มิใช่ยา สำหรับโรงพยาบาลส่งเสริมสุขภาพตำบลที่ถ่ายโอน จำนวน 38 แห่ง"
     " ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "67129277140"),
    (2122, "2024-11-27T14:00:00+07:00", "27 พฤศจิกายน 2567",
     "ประกาศผู้ชนะการเสนอราคา ประกวดราคาจ้างก่อสร้างรางระบายน้ำ คสล. สาย ภผ.ถ 1-0015 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์"
     " (e-bidding)", "67099412873"),
]


def post(n: int, iso: str, shown: str, title: str, img: int | None, body: str, category: str) -> None:
    cat_url, cat_name = category
    fig = ""
    if img is not None:
        src = NEWS_IMAGES[img][0]
        fig = (f'<div class="post-thumbnail"><img width="300" height="180" src="{href(src)}"'
               f' class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async"></div>')
    write(f"/archives/{n}/", title,
          f'<article id="post-{n}" class="post-{n} post type-post status-publish format-standard has-post-thumbnail">'
          f'<header class="entry-header"><h1 class="entry-title">{html.escape(title)}</h1>'
          f'<div class="entry-meta"><span class="posted-on">โพสต์เมื่อ <time class="entry-date published"'
          f' datetime="{iso}">{shown}</time></span> <span class="byline">โดย admin</span>'
          f' <span class="cat-links">หมวดหมู่ {a(cat_name, cat_url)}</span></div></header>'
          f'{fig}<div class="entry-content">{body}</div></article>', "post-template-default single single-post")


def archive(url: str, title: str, posts: list, older: str | None = None, newer: str | None = None) -> None:
    rows = []
    for n, iso, shown, t, img, *_ in posts:
        thumb = ""
        if img is not None:
            thumb = (f'<a class="post-thumbnail" href="/archives/{n}/"><img width="300" height="180"'
                     f' src="{href(NEWS_IMAGES[img][0])}" class="wp-post-image" alt=""></a>')
        rows.append(f'<article class="post type-post">{thumb}<h2 class="entry-title">{a(t, f"/archives/{n}/")}</h2>'
                    f'<div class="entry-meta"><time class="entry-date" datetime="{iso}">{shown}</time></div></article>')
    nav = ""
    if older or newer:
        nav = '<nav class="navigation posts-navigation"><div class="nav-links">'
        nav += f'<div class="nav-previous"><a href="{older}">เรื่องก่อนหน้า</a></div>' if older else ""
        nav += f'<div class="nav-next"><a href="{newer}">เรื่องถัดไป</a></div>' if newer else ""
        nav += "</div></nav>"
    write(url, title, f'<header class="page-header"><h1 class="page-title">หมวดหมู่: {html.escape(title)}</h1>'
          f'</header>{"".join(rows)}{nav}', "archive category")


def news() -> None:
    cat = ("/category/news/", "ข่าวประชาสัมพันธ์")
    for p in NEWS + NEWS_OLD:
        post(*p, cat)
    archive("/category/news/", "ข่าวประชาสัมพันธ์", NEWS, older="/category/news/page/2/")
    archive("/category/news/page/2/", "ข่าวประชาสัมพันธ์", NEWS_OLD, newer="/category/news/")
    cat = ("/category/procurement/", "ประกาศจัดซื้อจัดจ้าง")
    for n, iso, shown, title, ref in PROCUREMENT:
        if ref in FILES:
            body = (f"<p>{html.escape(title)}</p><p>รายละเอียดตามเอกสารแนบ</p>"
                    f'<p><a href="{F(ref)}">ประกาศผู้ชนะการเสนอราคา.pdf</a></p>')
        else:
            body = (f"<p>{html.escape(title)}</p><p>เลขที่โครงการ {ref}</p><p>ดูรายละเอียดได้ที่"
                    f' <a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?pid={ref}"'
                    ' target="_blank" rel="noopener">ระบบการจัดซื้อจัดจ้างภาครัฐ (e-GP)</a></p>')
        post(n, iso, shown, title, None, body, cat)
    archive("/category/procurement/", "ประกาศจัดซื้อจัดจ้าง", [(n, iso, s, t, None) for n, iso, s, t, _ in PROCUREMENT])


# ------------------------------------------------------------------ download tables
def thai_date(text: str) -> str:
    return text.translate(THAI)


def table(rows: list[tuple[str, str, str]], size: dict | None = None) -> str:
    """The download module's table: ลำดับ | เรื่อง | วันที่ | ดาวน์โหลด (Thai-digit dates)."""
    out = ['<table class="wpdm-table"><thead><tr><th>ลำดับ</th><th>เรื่อง</th><th>วันที่</th>'
           "<th>ดาวน์โหลด</th></tr></thead><tbody>"]
    for i, (title, date, key) in enumerate(rows, 1):
        ext = FILES[key].rsplit(".", 1)[1]
        out.append(f"<tr><td>{str(i).translate(THAI)}</td><td>{html.escape(title)}</td><td>{thai_date(date)}</td>"
                   f'<td><a class="wpdm-download-link" href="{F(key)}"><img src="/wp-content/themes/pao-theme/img/'
                   f'{ext}.png" alt="" width="16" height="16"> ดาวน์โหลด</a></td></tr>')
    out.append("</tbody></table>")
    return "".join(out)


DOCS = {  # slug: (title, intro, rows (title, date, file key))
    "plan": ("แผนพัฒนาท้องถิ่น", "", [
        ("(ร่าง) แผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570) เพิ่มเติม ครั้งที่ 2/2568 เพื่อรับฟังความคิดเห็น", "12 ก.พ. 2568",
         "plan_draft"),
        ("แผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570)", "28 มิ.ย. 2565", "plan5y"),
    ]),
    "budget": ("งบประมาณ / แผนการดำเนินงาน", "", [
        ("รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน", "21 เม.ย. 2568", "progress6m"),
        ("ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568", "8 พ.ย. 2567", "action_plan2568"),
        ("ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568", "13 ก.ย. 2567", "budget_ord2568"),
    ]),
    "report": ("รายงานผลการดำเนินงาน", "", [
        ("รายงานผลการดำเนินงาน รพ.สต.บ้านห้วยทราย ประจำปี 2567", "9 ม.ค. 2568", "rpst2567"),
        ("รายงานผลการใช้จ่ายงบประมาณประจำปี 2567", "6 พ.ย. 2567", "spend2567"),
        ("รายงานผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2567", "18 ต.ค. 2567", "proc_annual2567"),
        ("รายงานการติดตามและประเมินผลแผนพัฒนาท้องถิ่น", "15 ธ.ค. 2566", "eval2566"),
    ]),
    "manual": ("คู่มือ / แบบฟอร์ม", "", [
        ("แบบคำร้องขอใช้สนามกีฬากลางจังหวัด", "2 มิ.ย. 2566", "eservice_form"),
        ("คู่มือการปฏิบัติงาน งานจัดเก็บภาษีบำรุง อบจ. จากสถานการค้าปลีกน้ำมัน", "20 ก.ค. 2565", "work_manual"),
        ("คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "18 เม.ย. 2565", "complaint_manual"),
    ]),
    "hr": ("งานบริหารบุคคล", "", [
        ("แผนอัตรากำลัง 3 ปี (พ.ศ. 2567 – 2569)", "25 ก.ย. 2566", "hr_plan"),
        ("ประมวลจริยธรรมของพนักงานส่วนท้องถิ่น", "1 มี.ค. 2566", "ethics_code"),
    ]),
    "anti-corruption": ("ป้องกันการทุจริต", "", [
        ("รายงานสถิติเรื่องร้องเรียนการทุจริต รอบ 6 เดือน", "3 เม.ย. 2568", "complaint_stat"),
        ("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "14 ม.ค. 2568", "integrity2568"),
        ("การประเมินความเสี่ยงการทุจริต", "16 ธ.ค. 2567", "risk2568"),
        ("แผนปฏิบัติการป้องกันการทุจริต", "18 ต.ค. 2567", "acp_plan2568"),
        ("ประกาศ No Gift Policy", "1 ต.ค. 2567", "nogift2568"),
        ("รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต", "2 พ.ค. 2567", "acp_report"),
        ("ประกาศ No Gift Policy", "2 ต.ค. 2566", "nogift2567"),
        ("รายงานการรับของขวัญ", "6 พ.ย. 2566", "gift_report2566"),
        ("แผนปฏิบัติการป้องกันการทุจริต 4 ปี", "4 ก.ย. 2560", "acp_plan_old"),
    ]),
}


def documents() -> None:
    links = []
    for slug, (title, intro, rows) in DOCS.items():
        page(f"/documents/{slug}/", title, intro + table(rows))
        links.append(f"<li>{a(title, f'/documents/{slug}/')} ({str(len(rows)).translate(THAI)} รายการ)</li>")
    page("/documents/", "เอกสารเผยแพร่", "<p>ดาวน์โหลดเอกสารขององค์การบริหารส่วนจังหวัดภูผาวารี</p>"
         f'<ul class="wpdm-categories">{"".join(links)}</ul>')
    page("/procurement-summary/", "สรุปผลการจัดซื้อจัดจ้าง (สขร.1)",
         "<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน (แบบ สขร.1) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p>"
         + table([
             ("สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน มีนาคม 2568", "8 เม.ย. 2568", "skr_mar"),
             ("สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน กุมภาพันธ์ 2568", "7 มี.ค. 2568", "skr_feb"),
             ("สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน มกราคม 2568", "10 ก.พ. 2568", "skr_jan"),
             ("สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน พฤศจิกายน 2567", "5 ธ.ค. 2567", "skr_nov"),
             ("สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน ตุลาคม 2567", "6 พ.ย. 2567", "skr_oct"),
         ])
         + "<h3>รายงานประจำปี</h3>"
         + table([("รายงานผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2567", "18 ต.ค. 2567", "proc_annual2567")]))


# ------------------------------------------------------------------ about pages
EXECS = [  # photo, name, position, phone
    ("nayok", "นายประเสริฐ วงศ์ภูผา", "นายกองค์การบริหารส่วนจังหวัดภูผาวารี", "08 1234 5601"),
    ("rong1", "นายวีระพงษ์ แก้วมณี", "รองนายกองค์การบริหารส่วนจังหวัดภูผาวารี", "08 1234 5602"),
    ("rong2", "นางสาวพิมพ์ลดา ศรีทองคำ", "รองนายกองค์การบริหารส่วนจังหวัดภูผาวารี", "08 1234 5603"),
    ("rong3", "นายอนุชา บุญเรือง", "รองนายกองค์การบริหารส่วนจังหวัดภูผาวารี", "08 1234 5604"),
    ("lekha", "นายกิตติพัฒน์ จันทร์หอม", "เลขานุการนายกองค์การบริหารส่วนจังหวัดภูผาวารี", "08 1234 5605"),
    ("palad", "นายสุรชัย ทองประเสริฐ", "ปลัดองค์การบริหารส่วนจังหวัดภูผาวารี", "0 4299 1234 ต่อ 101"),
]


def about() -> None:
    page("/about/history/", "ข้อมูลทั่วไปจังหวัดภูผาวารี",
         "<p>จังหวัดภูผาวารีตั้งอยู่ในภาคตะวันออกเฉียงเหนือตอนบน มีพื้นที่ประมาณ 6,214 ตารางกิโลเมตร แบ่งการปกครองเป็น"
         " 9 อำเภอ 71 ตำบล 904 หมู่บ้าน ประชากร 512,860 คน (ข้อมูล ณ ธันวาคม 2567)</p>"
         "<p>ภายในจังหวัดมีองค์กรปกครองส่วนท้องถิ่น 88 แห่ง ได้แก่ องค์การบริหารส่วนจังหวัด 1 แห่ง เทศบาลเมือง 2 แห่ง"
         " เทศบาลตำบล 24 แห่ง และองค์การบริหารส่วนตำบล 61 แห่ง</p>"
         "<p>สภาพเศรษฐกิจ: เกษตรกรรม (ข้าว อ้อย มันสำปะหลัง) และการท่องเที่ยวเชิงธรรมชาติ (น้ำตกผาเทวดา อ่างเก็บน้ำห้วยทราย)</p>")
    page("/about/vision/", "วิสัยทัศน์ / พันธกิจ",
         "<p><strong>วิสัยทัศน์</strong> ภูผาวารีเมืองน่าอยู่ เกษตรปลอดภัย ท่องเที่ยวยั่งยืน บริหารโปร่งใส</p>"
         "<p><strong>พันธกิจ</strong></p><ol><li>พัฒนาโครงสร้างพื้นฐานและเส้นทางคมนาคมเชื่อมโยงทั้งจังหวัด</li>"
         "<li>ส่งเสริมเศรษฐกิจฐานรากและการท่องเที่ยว</li><li>ยกระดับบริการสาธารณสุขปฐมภูมิของ รพ.สต. ที่ถ่ายโอน</li>"
         "<li>บริหารงานด้วยหลักธรรมาภิบาล โปร่งใส ตรวจสอบได้ ตามแผนพัฒนาท้องถิ่นและแผนปฏิบัติการป้องกันการทุจริต</li></ol>")
    chart = "/wp-content/uploads/2024/10/โครงสร้าง-อบจ-2568.png"
    page("/about/structure/", "โครงสร้างองค์กร",
         f'<figure class="wp-block-image"><img src="{href(chart)}" alt="แผนภูมิโครงสร้าง อบจ.ภูผาวารี" width="840"'
         ' height="470"><figcaption>แผนภูมิโครงสร้างองค์การบริหารส่วนจังหวัดภูผาวารี (ปรับปรุง ตุลาคม 2567)</figcaption></figure>'
         "<h3>ฝ่ายนิติบัญญัติ</h3><p>สภาองค์การบริหารส่วนจังหวัดภูผาวารี สมาชิก 30 คน ประธานสภา 1 คน รองประธานสภา 2 คน"
         " เลขานุการสภา (ปลัด อบจ.)</p>"
         "<h3>ฝ่ายบริหาร</h3><p>นายก อบจ. รองนายก อบจ. 3 คน เลขานุการนายก อบจ. และที่ปรึกษานายก อบจ.</p>"
         "<h3>ฝ่ายประจำ</h3><p>ปลัด อบจ. รองปลัด อบจ. 2 คน และส่วนราชการ ได้แก่ สำนักปลัด อบจ."
         " สำนักงานเลขานุการสภา อบจ. กองคลัง กองช่าง กองยุทธศาสตร์และงบประมาณ กองการศึกษา ศาสนาและวัฒนธรรม"
         " กองสาธารณสุข กองพัสดุและทรัพย์สิน กองการเจ้าหน้าที่ และหน่วยตรวจสอบภายใน</p>")
    page("/about/authority/", "อำนาจหน้าที่",
         "<p>องค์การบริหารส่วนจังหวัดมีอำนาจหน้าที่ตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 มาตรา 45"
         " และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 17 สรุปได้ดังนี้</p>"
         "<ol><li>ตราข้อบัญญัติโดยไม่ขัดหรือแย้งต่อกฎหมาย</li>"
         "<li>จัดทำแผนพัฒนาองค์การบริหารส่วนจังหวัดและประสานการจัดทำแผนพัฒนาจังหวัด</li>"
         "<li>สนับสนุนองค์การบริหารส่วนตำบลและราชการส่วนท้องถิ่นอื่นในการพัฒนาท้องถิ่น</li>"
         "<li>ประสานและให้ความร่วมมือในการปฏิบัติหน้าที่ของราชการส่วนท้องถิ่นอื่น</li>"
         "<li>แบ่งสรรเงินซึ่งจะต้องแบ่งให้แก่สภาตำบลและราชการส่วนท้องถิ่นอื่น</li>"
         "<li>จัดทำและบำรุงรักษาทางบกและทางน้ำที่เชื่อมต่อระหว่างองค์กรปกครองส่วนท้องถิ่น</li>"
         "<li>จัดการศึกษา ส่งเสริมศาสนา ศิลปะ ประเพณี และวัฒนธรรม</li>"
         "<li>จัดให้มีโรงพยาบาลจังหวัด การรักษาพยาบาล การป้องกันและควบคุมโรคติดต่อ (รวม รพ.สต. ที่รับถ่ายโอน)</li>"
         "<li>จัดการสิ่งแวดล้อมและทรัพยากรธรรมชาติ กำจัดมูลฝอยและสิ่งปฏิกูลรวม</li>"
         "<li>ป้องกันและบรรเทาสาธารณภัยในเขตจังหวัด</li></ol>")
    cards = "".join(
        f'<div class="wp-block-column exec-card"><img src="/wp-content/uploads/2024/10/exec-{ph}.jpg" width="120"'
        f' height="150" alt="{html.escape(name)}"><p><strong>{html.escape(name)}</strong><br>{html.escape(pos)}'
        f"<br>โทร. {tel}</p></div>" for ph, name, pos, tel in EXECS)
    page("/about/executives/", "คณะผู้บริหาร", f'<div class="wp-block-columns">{cards}</div>')
    page("/about/council/", "สมาชิกสภาองค์การบริหารส่วนจังหวัด",
         "<p>ประธานสภา อบจ. นายบุญส่ง คำแสน / รองประธานสภา คนที่ 1 นายเอกชัย ศรีพรม / รองประธานสภา คนที่ 2"
         " นางวิไลวรรณ ทองสุข</p><table><tr><th>อำเภอ</th><th>จำนวนสมาชิก</th></tr>"
         + "".join(f"<tr><td>{d}</td><td>{n}</td></tr>" for d, n in [
             ("เมืองภูผาวารี", 7), ("นาหินตั้ง", 3), ("ห้วยทราย", 3), ("โนนสูง", 4), ("ผาเทวดา", 2),
             ("วังน้ำเย็น", 3), ("หนองแวง", 3), ("ดงบัง", 3), ("ศรีวารี", 2)]) + "</table>")
    page("/contact/", "ติดต่อเรา",
         f"<p><strong>{ORG}</strong><br>ถนนวารีราษฎร์ ตำบลในเมือง อำเภอเมืองภูผาวารี จังหวัดภูผาวารี 46990</p>"
         "<p>โทรศัพท์ 0 4299 1234 โทรสาร 0 4299 1235<br>สายด่วนร้องทุกข์ 0 4299 1299<br>"
         "อีเมล saraban@phuphawaripao.go.th (สารบรรณ) / pr@phuphawaripao.go.th (ประชาสัมพันธ์)</p>"
         "<p>เวลาทำการ จันทร์ – ศุกร์ 08.30 – 16.30 น. (เว้นวันหยุดราชการ)</p>"
         '<p>Facebook: <a href="https://www.facebook.com/phuphawaripao" target="_blank" rel="noopener">'
         "องค์การบริหารส่วนจังหวัดภูผาวารี</a></p>"
         '<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3826.1!2d102.81!3d17.21" width="600"'
         ' height="300" style="border:0" loading="lazy" title="แผนที่ อบจ.ภูผาวารี"></iframe></p>')
    page("/privacy-policy/", "นโยบายความเป็นส่วนตัว",
         "<p>องค์การบริหารส่วนจังหวัดภูผาวารีเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล"
         " พ.ศ. 2562 และใช้คุกกี้เพื่อสถิติการเข้าชมเว็บไซต์</p>")


def services() -> None:
    rows = [
        ("การชำระภาษีบำรุงองค์การบริหารส่วนจังหวัดจากสถานการค้าปลีกน้ำมัน ยาสูบ และก๊าซปิโตรเลียม", "กองคลัง ฝ่ายพัฒนารายได้",
         "1) ยื่นแบบ ภ.บ.จ.1 พร้อมเอกสาร 2) เจ้าหน้าที่ตรวจสอบ 3) ชำระเงินและรับใบเสร็จ", "1 วันทำการ (30 นาที)",
         "ไม่มีค่าธรรมเนียม (ชำระเฉพาะภาษีตามอัตราในข้อบัญญัติ)",
         "แบบ ภ.บ.จ.1 สำเนาใบทะเบียนพาณิชย์ สำเนาบัตรประจำตัวประชาชน"),
        ("การขออนุญาตเชื่อมทางเข้าออกทางหลวงท้องถิ่นของ อบจ.", "กองช่าง",
         "1) ยื่นคำขอพร้อมแบบแปลน 2) ตรวจสถานที่ 3) พิจารณาอนุญาต 4) แจ้งผล", "15 วันทำการ",
         "ไม่มีค่าธรรมเนียม", "คำขอ สำเนาโฉนดที่ดิน แบบแปลนทางเชื่อม สำเนาบัตรประจำตัวประชาชน"),
        ("การขอใช้สนามกีฬากลางจังหวัดภูผาวารี", "กองการศึกษา ศาสนาและวัฒนธรรม",
         "1) ยื่นแบบคำร้อง 2) ตรวจตารางการใช้สนาม 3) อนุมัติและชำระค่าบำรุง", "3 วันทำการ",
         "ค่าบำรุงสนามตามประกาศ อบจ. (สนามฟุตบอล 1,000 บาท/ครั้ง)", "แบบคำร้อง สำเนาบัตรประจำตัวประชาชน"),
    ]
    body = ["<p>คู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558</p>"]
    for name, unit, steps, time, fee, docs in rows:
        body.append(f"<h3>{html.escape(name)}</h3><table><tr><th>หน่วยงานที่ให้บริการ</th><td>{unit}</td></tr>"
                    f"<tr><th>ช่องทางการให้บริการ</th><td>ติดต่อด้วยตนเอง ณ {unit} ศาลากลาง อบจ. (จันทร์ – ศุกร์"
                    f" 08.30 – 16.30 น.)</td></tr><tr><th>ขั้นตอน</th><td>{steps}</td></tr>"
                    f"<tr><th>ระยะเวลา</th><td>{time}</td></tr><tr><th>ค่าธรรมเนียม</th><td>{fee}</td></tr>"
                    f"<tr><th>เอกสารหลักฐาน</th><td>{docs}</td></tr></table>")
    page("/service-manual/", "คู่มือสำหรับประชาชน", "".join(body))
    page("/e-service/", "E-Service",
         "<p>บริการออนไลน์ขององค์การบริหารส่วนจังหวัดภูผาวารี</p><ul>"
         "<li>ระบบจองสนามกีฬาออนไลน์ <em>(ปิดปรับปรุงระบบชั่วคราว ตั้งแต่ 1 ธันวาคม 2567)</em></li>"
         f'<li>ดาวน์โหลด <a href="{F("eservice_form")}">แบบคำร้องขอใช้สนามกีฬากลางจังหวัด</a>'
         " (กรอกแล้วยื่นด้วยตนเองที่กองการศึกษาฯ)</li>"
         '<li>สอบถามข้อมูลผ่าน <a href="https://line.me/R/ti/p/@phuphawaripao" target="_blank" rel="noopener">'
         "LINE Official Account @phuphawaripao</a></li>"
         '<li><a href="https://saraban.phuphawaripao.go.th/login" target="_blank" rel="noopener">'
         "ระบบสารบรรณอิเล็กทรอนิกส์ (สำหรับเจ้าหน้าที่)</a></li></ul>")
    page("/complaint/", "ร้องเรียนการทุจริตและประพฤติมิชอบ",
         "<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ อบจ.ภูผาวารี ได้ทางแบบฟอร์มด้านล่าง"
         " โดยไม่ต้องเปิดเผยชื่อ ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
         '<form class="wpcf7-form" method="post" action="/complaint/#wpcf7-f512" enctype="multipart/form-data">'
         '<p><label>ชื่อ-นามสกุล (ไม่บังคับ)<br><input type="text" name="your-name"></label></p>'
         '<p><label>โทรศัพท์ / อีเมล (ไม่บังคับ)<br><input type="text" name="your-contact"></label></p>'
         '<p><label>เรื่องที่ร้องเรียน<br><input type="text" name="subject" required></label></p>'
         '<p><label>รายละเอียด (ผู้ถูกร้อง พฤติการณ์ วัน เวลา สถานที่)<br><textarea name="detail" required></textarea>'
         '</label></p><p><label>แนบหลักฐาน<br><input type="file" name="evidence"></label></p>'
         '<p><input type="submit" value="ส่งเรื่องร้องเรียน"></p></form>'
         "<p>ช่องทางอื่น: ยื่นด้วยตนเองที่ศูนย์รับเรื่องร้องเรียน สำนักปลัด / ตู้รับเรื่องร้องเรียนหน้าศาลากลาง อบจ. /"
         " โทร 0 4299 1299</p>"
         '<p>หรือแจ้ง <a href="https://www.nacc.go.th/" target="_blank" rel="noopener">สำนักงาน ป.ป.ช.</a>'
         ' / <a href="https://www.pacc.go.th/" target="_blank" rel="noopener">สำนักงาน ป.ป.ท.</a></p>')


# ------------------------------------------------------------------ ITA 2568
ITA_ROWS = [  # (group, [(code, own wording, href)])
    ("ข้อมูลพื้นฐาน", [
        ("O1", "โครงสร้างและอำนาจหน้าที่", "/ita-2568/o1/"),
        ("O2", "ข้อมูลผู้บริหาร", "/about/executives/"),
        ("O3", "ข้อมูลการติดต่อ", "/contact/"),
        ("O4", "ข่าวประชาสัมพันธ์", "/category/news/")]),
    ("การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("O5", "แผนพัฒนาท้องถิ่น", "/ita-2568/o5/"),
        ("O6", "แผนการดำเนินงานและการใช้งบประมาณประจำปี", "/ita-2568/o6/"),
        ("O7", "รายงานผลการดำเนินงานประจำปี", "/ita-2568/o7/"),
        ("O8", "คู่มือหรือแนวทางการปฏิบัติงาน", "/ita-2568/o8/"),
        ("O9", "คู่มือสำหรับประชาชน", "/service-manual/"),
        ("O10", "E-Service", "/e-service/"),
        ("O11", "ข้อมูลสถิติการให้บริการ", "/ita-2568/o11/")]),
    ("การจัดซื้อจัดจ้าง", [
        ("O12", "รายการการจัดซื้อจัดจ้าง (สขร.1)", "/procurement-summary/"),
        ("O13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", "/ita-2568/o13/")]),
    ("การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("O14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", "/ita-2568/o14/"),
        ("O15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", "/ita-2568/o15/"),
        ("O16", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", "/ita-2568/o16/")]),
    ("การส่งเสริมความโปร่งใส", [
        ("O17", "แนวปฏิบัติการจัดการเรื่องร้องเรียน", "/ita-2568/o17/"),
        ("O18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", "/complaint/"),
        ("O19", "ข้อมูลสถิติเรื่องร้องเรียน", "/ita-2568/o19/"),
        ("O20", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", "/ita-2568/o20/")]),
    ("การดำเนินการเพื่อป้องกันการทุจริตในประเด็นสินบน", [
        ("O21", "No Gift Policy", "/ita-2568/o21/"),
        ("O22", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด", "/ita-2568/o22/"),
        ("O23", "การประเมินความเสี่ยงการให้หรือรับสินบน", "/ita-2568/o23/"),
        ("O24", "รายงานผลการจัดการความเสี่ยงการทุจริต", "/ita-2568/o24/")]),
    ("การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("O25", "แผนปฏิบัติการป้องกันการทุจริต", "/ita-2568/o25/"),
        ("O26", "รายงานผลการดำเนินการป้องกันการทุจริต", "/ita-2568/o26/")]),
]

SUB = {  # sub-page slug: (title, intro, [(link text, url or file key)])
    "o1": ("O1 โครงสร้างและอำนาจหน้าที่", "", [("โครงสร้างองค์กร", "/about/structure/"),
                                               ("อำนาจหน้าที่", "/about/authority/")]),
    "o5": ("O5 แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", "", [
        ("แผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570)", "plan5y"),
        ("(ร่าง) แผนพัฒนาท้องถิ่นเพิ่มเติม ครั้งที่ 2/2568", "plan_draft")]),
    "o6": ("O6 แผนปฏิบัติและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี", "", [
        ("แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568", "action_plan2568"),
        ("ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568", "budget_ord2568"),
        ("รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน", "progress6m")]),
    "o7": ("O7 รายงานผลการดำเนินงานประจำปี", "", [
        ("รายงานการติดตามและประเมินผลแผนพัฒนาท้องถิ่น", "eval2566"),
        ("รายงานผลการใช้จ่ายงบประมาณประจำปี 2567", "spend2567")]),
    "o8": ("O8 คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", "", [("คู่มือการปฏิบัติงาน", "work_manual")]),
    "o11": ("O11 ข้อมูลสถิติการให้บริการ", "", [("ข้อมูลสถิติการให้บริการ ประจำปี 2568", "stat2568")]),
    "o13": ("O13 รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", "", [
        ("คลิกที่นี่", "proc_annual2567")]),
    "o14": ("O14 แผนการบริหารและพัฒนาทรัพยากรบุคคล", "", [("แผนอัตรากำลัง 3 ปี (พ.ศ. 2567 – 2569)", "hr_plan")]),
    "o15": ("O15 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", "", [
        ("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2567", "hr_report2567")]),
    "o16": ("O16 ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", "", [
        ("ประมวลจริยธรรมของพนักงานส่วนท้องถิ่น", "ethics_code"),
        ("กิจกรรมส่งเสริมคุณธรรมจริยธรรม", "/archives/1984/")]),
    "o17": ("O17 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "", [
        ("คู่มือการจัดการเรื่องร้องเรียน", "complaint_manual")]),
    "o19": ("O19 ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี", "", [
        ("สถิติเรื่องร้องเรียน", "complaint_stat")]),
    "o20": ("O20 การเปิดโอกาสให้เกิดการมีส่วนร่วม", "", [
        ("ประชุมรับฟังความคิดเห็นของประชาชน 17 – 21 ก.พ. 2568", "/archives/2166/")]),
    "o21": ("O21 ประกาศเจตนารมณ์และการสร้างวัฒนธรรม ตามนโยบาย No Gift Policy", "", [
        ("ประกาศเจตนารมณ์ No Gift Policy", "nogift2568"), ("กิจกรรมประกาศเจตนารมณ์", "/archives/2101/")]),
    "o22": ("O22 รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา", "", [
        ("รายงานผลการดำเนินการตามนโยบาย No Gift Policy", "gift_report2566")]),
    "o23": ("O23 การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบน", "", [
        ("การประเมินความเสี่ยงการทุจริต ประจำปี 2568", "risk2568")]),
    "o24": ("O24 รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี", "", [
        ("การจัดการความเสี่ยงการทุจริต", "risk2568")]),
    "o25": ("O25 แผนปฏิบัติการป้องกันการทุจริต", "", [
        ("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2568", "acp_plan2568"),
        ("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "integrity2568")]),
    "o26": ("O26 รายงานผลการดำเนินการป้องกันการทุจริต", "", [
        ("รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต", "acp_report")]),
}


def ita() -> None:
    rows = []
    for group, items in ITA_ROWS:
        rows.append(f'<tr class="group"><td colspan="3"><strong>{html.escape(group)}</strong></td></tr>')
        for code, text, url in items:
            rows.append(f"<tr><td>{code}</td><td>{html.escape(text)}</td><td>{a('รายละเอียด', url)}</td></tr>")
    page(ITA, "ITA 2568",
         "<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)"
         " การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p>"
         '<table class="ita-table"><thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr></thead>'
         f'<tbody>{"".join(rows)}</tbody></table>')
    for slug, (title, intro, links) in SUB.items():
        lis = "".join(f'<li><a href="{F(t) if t in FILES else href(t)}">{html.escape(x)}</a></li>' for x, t in links)
        page(f"/ita-2568/{slug}/", title, intro + f'<ul class="ita-links">{lis}</ul>')


def home() -> None:
    news_items = "".join(
        f'<li><img src="{href(NEWS_IMAGES[img][0])}" width="150" height="90" alt="">'
        f'{a(t, f"/archives/{n}/")} <span class="date">{shown}</span></li>'
        for n, _, shown, t, img, _ in NEWS[:5])
    proc = "".join(f'<li>{a(t, f"/archives/{n}/")} <span class="date">{shown}</span></li>'
                   for n, _, shown, t, _ in PROCUREMENT[:4])
    write("/", "หน้าแรก",
          '<section class="home-slider"><p>ยินดีต้อนรับสู่เว็บไซต์องค์การบริหารส่วนจังหวัดภูผาวารี</p></section>'
          f'<section class="home-news"><h2>ข่าวประชาสัมพันธ์</h2><ul>{news_items}</ul>'
          f'<p>{a("ดูทั้งหมด", "/category/news/")}</p></section>'
          f'<section class="home-procurement"><h2>ประกาศจัดซื้อจัดจ้าง</h2><ul>{proc}</ul>'
          f'<p>{a("ดูทั้งหมด", "/category/procurement/")}</p></section>', "home blog")


CSS = """body{font-family:Sarabun,Tahoma,sans-serif;margin:0;background:#eef3ef;color:#222}
.site-header{background:#0b6e4f;color:#fff;padding:8px 16px}.site-header a{color:#fff}
.site-content{display:flex;flex-direction:row-reverse;gap:16px;padding:16px}
#primary{flex:1;background:#fff;padding:16px}#secondary{width:260px}
.widget{background:#fff;margin-bottom:12px;padding:8px}.menu{list-style:none;padding:0}
.sub-menu{list-style:none;padding-left:12px}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:4px 8px}.site-footer{background:#114;color:#ddd;padding:12px}
.cookie-notice-hidden{display:none}
"""


if __name__ == "__main__":
    news()
    documents()
    about()
    services()
    ita()
    home()
    css = os.path.join(HERE, "wp-content/themes/pao-theme/style.css")
    with open(css, "w", encoding="utf-8") as f:
        f.write(CSS)
    for ext in ("pdf", "docx", "xlsx"):  # the download module's 16 px file-type icons
        from PIL import Image, ImageDraw

        im = Image.new("RGB", (16, 16), {"pdf": (200, 30, 30), "docx": (30, 80, 190), "xlsx": (20, 130, 60)}[ext])
        ImageDraw.Draw(im).rectangle((3, 3, 12, 12), outline=(255, 255, 255))
        im.save(os.path.join(HERE, f"wp-content/themes/pao-theme/img/{ext}.png"), optimize=True)
    n = sum(1 for _, _, fs in os.walk(HERE) for f in fs if f == "index.html")
    print(f"{n} pages written under {HERE}")
