"""Generate the HTML pages of the "wpmuni" test site (เทศบาลตำบลท่าบัวคำ, invented).

Run after _make_docs.py:  python tests/sites/wpmuni/_make_pages.py

A WordPress theme as small municipalities use it: a top bar, a header, a drop-down menu, a side
column (search, categories, recent posts, ITA banners) and a footer on every page.  Posts live at
the numeric permalink /archives/<id>/; category archives list ten posts a page
(/category/<slug>/page/2/).  A post's title is often the only place that names its attachment.
The ITA 2569 page is a Shortcodes-Ultimate style accordion; the ITA 2568 page is still online.
Deterministic: no randomness, no current date.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, GONE  # noqa: E402

ORG = "เทศบาลตำบลท่าบัวคำ"
TH_MONTHS = ["", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
             "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
CATS = {"news": "ข่าวประชาสัมพันธ์", "announce": "ข่าวประกาศ/เอกสารเผยแพร่", "procurement": "ประกาศจัดซื้อจัดจ้าง"}


def f(key: str) -> str:
    return DOCS[key][0]


def thdate(be: int, m: int, day: int) -> str:
    return f"{day} {TH_MONTHS[m]} {be}"


# (id, category, (be, month, day), title, body paragraphs, attachments [(label, path)])
POSTS: list[tuple[int, str, tuple[int, int, int], str, list[str], list[tuple[str, str]]]] = [
    # ---- news
    (1233, "news", (2569, 4, 2), "เทศบาลตำบลท่าบัวคำ รณรงค์ป้องกันโรคไข้เลือดออก ประจำปี 2569",
     ["วันที่ 2 เมษายน 2569 กองสาธารณสุขและสิ่งแวดล้อม ร่วมกับ อสม. ทั้ง 11 หมู่บ้าน ออกพ่นหมอกควันและแจกทรายอะเบท"
      " ในพื้นที่หมู่ที่ 1 - 11 เพื่อป้องกันการระบาดของโรคไข้เลือดออกก่อนเข้าสู่ฤดูฝน"], []),
    (1219, "news", (2569, 3, 3), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     ["เทศบาลตำบลท่าบัวคำ ขอเชิญชวนผู้มีหน้าที่เสียภาษีที่ดินและสิ่งปลูกสร้าง ชำระภาษีได้ที่งานจัดเก็บรายได้ กองคลัง"
      " ภายในวันที่ 30 เมษายน 2569 ในวันและเวลาราชการ หรือชำระผ่านแอปพลิเคชันของธนาคาร"], []),
    (1201, "news", (2569, 2, 18), "ประชุมประชาคมหมู่บ้านเพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2569",
     ["ระหว่างวันที่ 9 - 18 กุมภาพันธ์ 2569 เทศบาลตำบลท่าบัวคำ โดยสำนักปลัดเทศบาล จัดประชุมประชาคมหมู่บ้าน ครบทั้ง 11 หมู่บ้าน"
      " เพื่อรับฟังความคิดเห็นและปัญหาความต้องการของประชาชน นำไปทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)",
      "มีประชาชน ผู้นำชุมชน และผู้แทนกลุ่มอาชีพเข้าร่วม รวม 612 คน ที่ประชุมเสนอโครงการ 37 โครงการ"
      " เช่น ก่อสร้างถนนคอนกรีตเสริมเหล็ก ขยายเขตประปาหมู่บ้าน และติดตั้งไฟฟ้าส่องสว่าง",
      "เทศบาลจะสรุปผลการประชาคมเสนอคณะกรรมการพัฒนาเทศบาลและแจ้งผลให้ประชาชนทราบทางเว็บไซต์และเสียงตามสาย"], []),
    (1188, "news", (2569, 1, 23), "โครงการอบรมคุณธรรมจริยธรรมพนักงานเทศบาล ประจำปีงบประมาณ 2569",
     ["วันที่ 23 มกราคม 2569 นายกเทศมนตรีตำบลท่าบัวคำ เป็นประธานเปิดโครงการอบรมคุณธรรมจริยธรรม ให้แก่คณะผู้บริหาร"
      " สมาชิกสภาเทศบาล พนักงานเทศบาล และพนักงานจ้าง จำนวน 48 คน ณ ห้องประชุมเทศบาล",
      "ภายในงานมีการบรรยายเรื่องประมวลจริยธรรมของพนักงานเทศบาล การป้องกันผลประโยชน์ทับซ้อน และกิจกรรมจิตอาสา"
      " ทำความสะอาดวัดบ้านท่าบัว เพื่อขับเคลื่อนจริยธรรมในองค์กร"], []),
    (1176, "news", (2569, 1, 10), "กิจกรรมวันเด็กแห่งชาติ ประจำปี 2569",
     ["เทศบาลตำบลท่าบัวคำ จัดกิจกรรมวันเด็กแห่งชาติ ณ สนามกีฬาเทศบาล มีเด็กและผู้ปกครองร่วมงานกว่า 500 คน"], []),
    (1150, "news", (2568, 11, 5), "ประเพณีลอยกระทง ประจำปี 2568",
     ["เทศบาลตำบลท่าบัวคำ ร่วมกับชุมชน จัดงานประเพณีลอยกระทง ณ หนองบัวคำ มีการประกวดกระทงและนางนพมาศ"], []),
    (1139, "news", (2568, 10, 23), "ทำบุญตักบาตรเนื่องในวันปิยมหาราช 23 ตุลาคม 2568",
     ["คณะผู้บริหาร สมาชิกสภา และพนักงานเทศบาล ร่วมพิธีวางพวงมาลาและทำบุญตักบาตร ณ หน้าที่ว่าการอำเภอพรรณานิคม"], []),
    (1125, "news", (2568, 10, 2), "ประชุมพนักงานเทศบาลประจำเดือนตุลาคม 2568",
     ["นายกเทศมนตรีมอบนโยบายการปฏิบัติงานประจำปีงบประมาณ พ.ศ. 2569 แก่พนักงานเทศบาลทุกส่วนราชการ"], []),
    (1099, "news", (2568, 8, 12), "กิจกรรมวันแม่แห่งชาติ 12 สิงหาคม 2568",
     ["เทศบาลตำบลท่าบัวคำ จัดกิจกรรมเฉลิมพระเกียรติ เนื่องในวันแม่แห่งชาติ มอบเกียรติบัตรแม่ดีเด่น 11 หมู่บ้าน"], []),
    (1083, "news", (2568, 6, 20), "โครงการคัดแยกขยะต้นทาง ประจำปี 2568",
     ["กองสาธารณสุขฯ อบรมแกนนำชุมชนเรื่องการคัดแยกขยะและทำถังขยะเปียกลดโลกร้อน"], []),
    (1066, "news", (2568, 4, 11), "ประเพณีสงกรานต์และรดน้ำดำหัวผู้สูงอายุ 2568",
     ["เทศบาลจัดพิธีรดน้ำดำหัวผู้สูงอายุ ณ ลานวัฒนธรรมเทศบาลตำบลท่าบัวคำ"], []),
    (1052, "news", (2568, 2, 14), "ประชุมประชาคมหมู่บ้าน ประจำปี 2568",
     ["ระหว่างวันที่ 3 - 14 กุมภาพันธ์ 2568 เทศบาลจัดประชุมประชาคมหมู่บ้านครบทั้ง 11 หมู่บ้าน ผู้เข้าร่วม 580 คน"], []),
    # ---- announcements and documents
    (1215, "announce", (2569, 3, 2), "ขอเชิญประชุมคณะทำงานส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
     ["รายละเอียดตามหนังสือที่แนบ"], [("หนังสือเชิญประชุม", f("invite"))]),
    (1190, "announce", (2569, 1, 19), "(ร่าง) รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปี 2568",
     ["เผยแพร่ร่างรายงานเพื่อรับฟังความคิดเห็น"], [("ดาวน์โหลดเอกสาร", f("ita_draft"))]),
    (1171, "announce", (2568, 12, 22), "รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ประจำปีงบประมาณ 2568",
     [], [("ดาวน์โหลดเอกสาร", f("eval68"))]),
    (1166, "announce", (2568, 12, 10), "รายงานการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ 2569",
     [], [("ดาวน์โหลดเอกสาร", f("risk69"))]),
    (1160, "announce", (2568, 11, 14), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569",
     [], [("ดาวน์โหลดเอกสาร", f("opplan69"))]),
    (1145, "announce", (2568, 10, 30), "รายงานผลการใช้จ่ายงบประมาณประจำปี พ.ศ. 2568",
     [], [("budget-report-68.xlsx", f("budgetuse68"))]),
    (1142, "announce", (2568, 10, 28), "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ 2568",
     [], [("scan0001", f("hr_report68"))]),
    (1137, "announce", (2568, 10, 15), "รายงานผลการดำเนินงานประจำปี ศูนย์พัฒนาเด็กเล็กบ้านโนนงาม",
     [], [("ดาวน์โหลดเอกสาร", f("cdc68"))]),
    (1135, "announce", (2568, 10, 20), "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2569",
     [], [("ดาวน์โหลดเอกสาร", f("acplan69"))]),
    (1130, "announce", (2568, 10, 8), "ประกาศหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2569",
     [], [("ดาวน์โหลดเอกสาร", f("hr_criteria"))]),
    (1128, "announce", (2568, 10, 6), "รายงานสถิติเรื่องร้องเรียนการทุจริต ประจำปีงบประมาณ 2568",
     [], [("ดาวน์โหลดเอกสาร", f("complaint_stats68"))]),
    (1112, "announce", (2568, 9, 29), "ประกาศใช้เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569",
     [], [("ดาวน์โหลดเอกสาร", f("budget69"))]),
    (1105, "announce", (2568, 8, 5), "ประชาสัมพันธ์ร่างเทศบัญญัติงบประมาณรายจ่ายประจำปี 2569",
     ["เพื่อให้ประชาชนได้รับทราบและแสดงความคิดเห็นก่อนเสนอสภาเทศบาล"], [("ดาวน์โหลดเอกสาร", f("budget69draft"))]),
    (1030, "announce", (2567, 11, 12), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568",
     [], [("ดาวน์โหลดเอกสาร", f("opplan68"))]),
    (1023, "announce", (2567, 10, 9), "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปี 2568",
     [], [("scan0003", f("nogift68"))]),
    (1021, "announce", (2567, 10, 25), "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี 2567",
     [], [("ดาวน์โหลดเอกสาร", f("acreport67"))]),
    (930, "announce", (2566, 1, 16), "ประมวลจริยธรรมของพนักงานเทศบาล",
     [], [("ดาวน์โหลดเอกสาร", f("ethics"))]),
    (890, "announce", (2565, 10, 25), "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)",
     [], [("plan66-70", f("plan"))]),
    # ---- procurement
    (1229, "procurement", (2569, 4, 5), "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนมีนาคม 2569",
     [], [("skr1-0369", f("skr-2569-03"))]),
    (1224, "procurement", (2569, 3, 18), "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างวางท่อระบายน้ำ หมู่ที่ 8",
     ["ผู้ได้รับการคัดเลือก หจก.สกลโยธากิจ ราคา 489,000 บาท"], []),
    (1210, "procurement", (2569, 3, 5), "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนกุมภาพันธ์ 2569",
     [], [("skr1-0269", f("skr-2569-02"))]),
    (1180, "procurement", (2569, 1, 5), "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนธันวาคม 2568",
     [], [("skr1-1268", f("skr-2568-12"))]),
    (1155, "procurement", (2568, 12, 5), "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนพฤศจิกายน 2568",
     [], [("skr1-1168", f("skr-2568-11"))]),
    (1152, "procurement", (2568, 11, 20), "รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568",
     [], [("Document-4", f("proc68"))]),
    (1148, "procurement", (2568, 11, 5), "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม 2568",
     [], [("skr1-1068", f("skr-2568-10"))]),
    (1132, "procurement", (2568, 10, 5), "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนกันยายน 2568",
     [], [("skr1-0968", f("skr-2568-09"))]),
    (1118, "procurement", (2568, 9, 15), "ประกาศประกวดราคาจ้างก่อสร้างถนน คสล. หมู่ที่ 2 ด้วยวิธี e-bidding",
     ["รายละเอียดดูได้ที่เว็บไซต์ระบบการจัดซื้อจัดจ้างภาครัฐ www.gprocurement.go.th"], []),
    (1090, "procurement", (2568, 6, 3), "ประกาศผู้ชนะการเสนอราคา จ้างเหมาถ่ายเอกสารและเข้าเล่มแผนพัฒนาท้องถิ่น",
     [], [("Document-1", f("plan_print"))]),
    (1077, "procurement", (2568, 5, 20), "ประกาศผู้ชนะการเสนอราคา จัดซื้อครุภัณฑ์คอมพิวเตอร์",
     ["ผู้ได้รับการคัดเลือก ร้านสกลคอมพิวเตอร์ ราคา 23,500 บาท"], []),
]
POSTS.sort(key=lambda p: (p[2], p[0]), reverse=True)


def post_url(pid: int) -> str:
    return f"/archives/{pid}/"


MENU = [
    ("หน้าหลัก", "/", []),
    ("ข้อมูลพื้นฐาน", "#", [("โครงสร้างส่วนราชการ", "/structure/"), ("อำนาจหน้าที่", "/authority/"),
                              ("คณะผู้บริหาร", "/executives/")]),
    ("ข่าวสาร", "#", [(v, f"/category/{k}/") for k, v in CATS.items()]),
    ("บริการประชาชน", "#", [("E-Service ยื่นคำร้องออนไลน์", "/e-service/"), ("คู่มือสำหรับประชาชน", "/manual/"),
                              ("ร้องเรียนการทุจริต", "/complaint/"), ("ถาม-ตอบ", "/qa/")]),
    ("ITA", "#", [("ITA 2569", "/ita-2569/"), ("ITA 2568", "/ita-2568/")]),
    ("ติดต่อเรา", "/contact/", []),
]


def chrome(title: str, body: str) -> str:
    menu = []
    for label, href, subs in MENU:
        sub = "".join(f'<li class="menu-item"><a href="{h}">{t}</a></li>' for t, h in subs)
        sub = f'<ul class="sub-menu">{sub}</ul>' if sub else ""
        menu.append(f'<li class="menu-item{" menu-item-has-children" if subs else ""}"><a href="{href}">{label}</a>{sub}</li>')
    recent = "".join(f'<li><a href="{post_url(p[0])}">{html.escape(p[3])}</a></li>' for p in POSTS[:5])
    cats = "".join(f'<li class="cat-item"><a href="/category/{k}/">{v}</a></li>' for k, v in CATS.items())
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} &#8211; {ORG}</title>
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/style.css" media="all">
<link rel="stylesheet" id="su-shortcodes-css" href="/wp-content/plugins/shortcodes-ultimate/includes/css/shortcodes.css" media="all">
</head>
<body class="wp-theme-astra">
<div class="top-bar"><span>สำนักงานเทศบาลตำบลท่าบัวคำ โทร. 0 4299 1234</span> <span>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</span></div>
<header id="masthead" class="site-header">
<div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/logo.png" alt="logo" width="64" height="64"></a>
<p class="site-title"><a href="/">{ORG}</a></p><p class="site-description">อำเภอพรรณานิคม จังหวัดสกลนคร</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{"".join(menu)}</ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area"><main id="main" class="site-main">
{body}
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><input type="search" name="s" placeholder="ค้นหา &hellip;"><button type="submit">ค้นหา</button></form></section>
<section class="widget widget_media_image"><a href="/ita-2569/"><img src="/wp-content/uploads/ita-banner.png" alt="ITA 2569" width="240" height="80"></a></section>
<section class="widget widget_text"><h2 class="widget-title">การประเมิน ITA</h2><ul><li><a href="/ita-2569/">ITA ประจำปี 2569</a></li><li><a href="/ita-2568/">ITA ประจำปี 2568</a></li></ul></section>
<section class="widget widget_categories"><h2 class="widget-title">หมวดหมู่</h2><ul>{cats}</ul></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">เรื่องล่าสุด</h2><ul>{recent}</ul></section>
<section class="widget widget_links"><h2 class="widget-title">ลิงก์หน่วยงาน</h2><ul><li><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></li><li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li><li><a href="https://www.gprocurement.go.th/">ระบบการจัดซื้อจัดจ้างภาครัฐ</a></li></ul></section>
</aside>
</div></div>
<footer id="colophon" class="site-footer"><div class="footer-widgets">
<p>{ORG} เลขที่ 99 หมู่ที่ 1 ตำบลท่าบัวคำ อำเภอพรรณานิคม จังหวัดสกลนคร 47130</p>
<p>โทรศัพท์ 0 4299 1234 โทรสาร 0 4299 1235 อีเมล saraban@thabuakham.go.th</p></div>
<div class="site-info">Copyright &copy; 2569 {ORG} | Powered by <a href="https://wordpress.org/">WordPress</a> | Theme: Astra</div>
</footer>
</body>
</html>
"""


def write(path: str, title: str, body: str) -> None:
    out = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(chrome(title, body))


def article(title: str, content: str, meta: str = "") -> str:
    return (f'<article class="page type-page"><header class="entry-header"><h1 class="entry-title">{html.escape(title)}</h1>'
            f'{meta}</header><div class="entry-content">{content}</div></article>')


def write_post(p) -> None:
    pid, cat, (be, m, day), title, paras, files = p
    meta = (f'<div class="entry-meta"><span class="posted-on">{thdate(be, m, day)}</span> | '
            f'<span class="cat-links"><a href="/category/{cat}/" rel="category tag">{CATS[cat]}</a></span> | '
            f'<span class="author">admin</span></div>')
    body = "".join(f"<p>{html.escape(t)}</p>" for t in paras)
    for label, path in files:
        body += (f'<div class="wp-block-file"><a href="{path}">{html.escape(label)}</a>'
                 f'<a href="{path}" class="wp-block-file__button" download>ดาวน์โหลด</a></div>')
    nav = f'<nav class="post-navigation"><a href="/category/{cat}/">&laquo; กลับไปหมวด {CATS[cat]}</a></nav>'
    write(post_url(pid), title, article(title, body, meta) + nav)


def write_archives() -> None:
    for cat, name in CATS.items():
        posts = [p for p in POSTS if p[1] == cat]
        pages = [posts[i:i + 10] for i in range(0, len(posts), 10)]
        for n, chunk in enumerate(pages, 1):
            items = "".join(
                f'<article class="post"><h2 class="entry-title"><a href="{post_url(p[0])}">{html.escape(p[3])}</a></h2>'
                f'<div class="entry-meta">{thdate(*p[2])}</div><p class="read-more"><a href="{post_url(p[0])}">อ่านต่อ &raquo;</a></p></article>'
                for p in chunk)
            links = "".join(
                f'<a class="page-numbers" href="/category/{cat}/{"" if k == 1 else f"page/{k}/"}">{k}</a> '
                if k != n else f'<span class="page-numbers current">{k}</span> ' for k in range(1, len(pages) + 1))
            if n < len(pages):
                links += f'<a class="next page-numbers" href="/category/{cat}/page/{n + 1}/">ถัดไป &raquo;</a>'
            path = f"/category/{cat}/" + ("" if n == 1 else f"page/{n}/")
            body = (f'<header class="page-header"><h1 class="page-title">หมวดหมู่: {name}</h1></header>{items}'
                    f'<nav class="navigation pagination">{links}</nav>')
            write(path, f"{name} – หน้า {n}" if n > 1 else name, body)


def page(path: str, title: str, content: str) -> None:
    write(path, title, article(title, content))


def static_pages() -> None:
    latest = "".join(f'<li><a href="{post_url(p[0])}">{html.escape(p[3])}</a> <small>{thdate(*p[2])}</small></li>'
                     for p in POSTS if p[1] == "news")
    procure = "".join(f'<li><a href="{post_url(p[0])}">{html.escape(p[3])}</a></li>'
                      for p in POSTS if p[1] == "procurement")
    write("/", "หน้าหลัก", f"""<div class="home-welcome"><h1>ยินดีต้อนรับสู่เว็บไซต์{ORG}</h1>
<p>"ท่าบัวคำน่าอยู่ เศรษฐกิจพอเพียง ประชาชนมีส่วนร่วม"</p></div>
<section class="home-news"><h2>ข่าวประชาสัมพันธ์</h2><ul>{latest}</ul><a href="/category/news/">ดูทั้งหมด</a></section>
<section class="home-procure"><h2>ประกาศจัดซื้อจัดจ้าง</h2><ul>{procure}</ul><a href="/category/procurement/">ดูทั้งหมด</a></section>
<section class="home-ita"><a href="/ita-2569/">การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี 2569</a></section>""")
    page("/structure/", "โครงสร้างส่วนราชการ", """<h2>แผนภูมิโครงสร้างการบริหารงานเทศบาลตำบลท่าบัวคำ</h2>
<div class="org-chart"><h3>ฝ่ายการเมือง</h3><ul>
<li>นายกเทศมนตรีตำบลท่าบัวคำ
<ul><li>รองนายกเทศมนตรี (2 คน)</li><li>เลขานุการนายกเทศมนตรี</li><li>ที่ปรึกษานายกเทศมนตรี</li></ul></li>
<li>สภาเทศบาลตำบลท่าบัวคำ (สมาชิก 12 คน)<ul><li>ประธานสภาเทศบาล</li><li>รองประธานสภาเทศบาล</li><li>เลขานุการสภาเทศบาล</li></ul></li></ul>
<h3>ฝ่ายประจำ</h3><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล</li>
<li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li><li>กองการศึกษา</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul></div>
<p>อัตรากำลัง: พนักงานเทศบาล 24 คน พนักงานครูเทศบาล 3 คน พนักงานจ้าง 31 คน</p>
<p>ดูเพิ่มเติม: <a href="/authority/">อำนาจหน้าที่</a></p>""")
    page("/authority/", "อำนาจหน้าที่", """<p>เทศบาลตำบลท่าบัวคำ มีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 สรุปได้ดังนี้</p>
<h3>หน้าที่ที่ต้องทำ (มาตรา 50)</h3><ol><li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li>
<li>รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ รวมทั้งการกำจัดมูลฝอยและสิ่งปฏิกูล</li><li>ป้องกันและระงับโรคติดต่อ</li>
<li>ให้มีเครื่องใช้ในการดับเพลิง</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>
<li>บำรุงศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น และวัฒนธรรมอันดีของท้องถิ่น</li></ol>
<h3>หน้าที่ที่อาจจัดทำ (มาตรา 51)</h3><ol><li>ให้มีน้ำสะอาดหรือการประปา</li><li>ให้มีตลาด</li><li>ให้มีสุสานและฌาปนสถาน</li><li>ให้มีและบำรุงการไฟฟ้าหรือแสงสว่างโดยวิธีอื่น</li></ol>
<h3>อำนาจหน้าที่ของส่วนราชการ</h3><ul><li>สำนักปลัดเทศบาล: งานบริหารทั่วไป งานบุคคล งานป้องกันและบรรเทาสาธารณภัย งานแผน</li>
<li>กองคลัง: งานการเงินและบัญชี งานจัดเก็บรายได้ งานพัสดุ</li><li>กองช่าง: งานก่อสร้าง งานออกแบบ งานไฟฟ้าสาธารณะ</li>
<li>กองการศึกษา: ศูนย์พัฒนาเด็กเล็ก งานประเพณีและวัฒนธรรม</li><li>กองสาธารณสุขและสิ่งแวดล้อม: งานรักษาความสะอาด งานควบคุมโรค</li></ul>""")
    people = [("นายสมเกียรติ บุญประคอง", "นายกเทศมนตรีตำบลท่าบัวคำ", "08 1000 2301"),
              ("นายประเสริฐ ทองมา", "รองนายกเทศมนตรี", "08 1000 2302"),
              ("นางบุษบา ศรีวงศ์", "รองนายกเทศมนตรี", "08 1000 2303"),
              ("นายวีระ คำภูแก้ว", "เลขานุการนายกเทศมนตรี", "08 1000 2304"),
              ("นางวิไลวรรณ ศรีสุวรรณ", "ปลัดเทศบาล", "08 1000 2305")]
    cards = "".join(f'<figure class="wp-block-image"><img src="/wp-content/uploads/person.png" alt="{n}" width="60" height="60">'
                    f'<figcaption>{n}<br>{pos}<br>โทร. {tel}</figcaption></figure>' for n, pos, tel in people)
    page("/executives/", "คณะผู้บริหาร", f'<div class="wp-block-gallery">{cards}</div>')
    page("/contact/", "ติดต่อเรา", """<p><strong>สำนักงานเทศบาลตำบลท่าบัวคำ</strong><br>เลขที่ 99 หมู่ที่ 1 ตำบลท่าบัวคำ อำเภอพรรณานิคม จังหวัดสกลนคร 47130</p>
<p>โทรศัพท์ 0 4299 1234 โทรสาร 0 4299 1235<br>อีเมล saraban@thabuakham.go.th<br>Facebook: เทศบาลตำบลท่าบัวคำ</p>
<p>เวลาทำการ วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น.</p>
<p>แผนที่ตั้ง: <a href="https://maps.google.com/?q=17.3512,103.8820">Google Maps</a></p>
<p>มีข้อสงสัยหรือต้องการสอบถาม <a href="/qa/">ถาม-ตอบ (Q&amp;A)</a></p>""")
    page("/qa/", "ถาม-ตอบ (Q&A)", """<form class="wpforms-form" action="https://forms.gle/qa-thabuakham" method="post">
<p><label>ชื่อ <input name="name"></label></p><p><label>คำถาม <textarea name="q"></textarea></label></p><button type="submit">ส่งคำถาม</button></form>
<h3>คำถามที่ได้รับคำตอบแล้ว</h3>
<dl><dt>ถาม: ชำระภาษีที่ดินได้ถึงวันไหน (12 มี.ค. 2569)</dt><dd>ตอบ: ภายในวันที่ 30 เมษายน 2569 ที่กองคลัง (งานจัดเก็บรายได้)</dd>
<dt>ถาม: ไฟส่องสว่างหมู่ 6 ดับหลายวัน (20 ก.พ. 2569)</dt><dd>ตอบ: กองช่างซ่อมแซมเรียบร้อยแล้วเมื่อวันที่ 22 ก.พ. 2569</dd></dl>""")
    page("/e-service/", "E-Service ยื่นคำร้องออนไลน์", f"""<p>ประชาชนสามารถยื่นคำร้องผ่านระบบออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>
<form class="wpforms-form" action="https://forms.gle/eservice-thabuakham" method="post">
<p><label>ชื่อ-สกุล <input name="name" required></label></p><p><label>เบอร์โทรศัพท์ <input name="tel"></label></p>
<p><label>ประเภทคำร้อง <select name="type"><option>ขอรับการช่วยเหลือด้านสาธารณภัย</option><option>ขอใช้รถน้ำ</option><option>แจ้งซ่อมไฟฟ้าสาธารณะ</option><option>ขอถังขยะ</option></select></label></p>
<p><label>รายละเอียด <textarea name="detail"></textarea></label></p><button type="submit">ส่งคำร้อง</button></form>
<p>สถิติการให้บริการ: <a href="{f("stats69")}">สถิติการให้บริการประชาชน ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)</a></p>""")
    page("/manual/", "คู่มือสำหรับประชาชน", f"""<ul><li><a href="{f("manual_citizen")}">คู่มือสำหรับประชาชน การขออนุญาตก่อสร้างอาคาร</a></li>
<li><a href="{f("manual_work")}">คู่มือการปฏิบัติงาน งานจัดเก็บรายได้</a></li></ul>""")
    page("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่เทศบาลได้ทางแบบฟอร์มนี้ ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับ</p>
<form class="wpforms-form" action="https://forms.gle/complaint-thabuakham" method="post">
<p><label>ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="name"></label></p><p><label>เรื่องที่ร้องเรียน <input name="subject" required></label></p>
<p><label>รายละเอียด <textarea name="detail" required></textarea></label></p><p><label>แนบไฟล์ <input type="file" name="file"></label></p>
<button type="submit">ส่งเรื่องร้องเรียน</button></form>
<p>หรือแจ้งด้วยตนเอง ณ ศูนย์รับเรื่องร้องเรียนร้องทุกข์ โทร. 0 4299 1234 ต่อ 11</p>""")


def ita_pages() -> None:
    spoilers = [
        ("o1 โครงสร้าง", [("โครงสร้างส่วนราชการ", "/structure/"), ("อำนาจหน้าที่", "/authority/")]),
        ("o2 ข้อมูลผู้บริหาร", [("คณะผู้บริหาร", "/executives/")]),
        ("o3 ข้อมูลการติดต่อ", [("ติดต่อเรา", "/contact/"), ("ถาม-ตอบ", "/qa/")]),
        ("o4 ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/category/news/")]),
        ("o5 แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น 2566-2570", f("plan"))]),
        ("o6 แผนการดำเนินงานและการใช้งบประมาณประจำปี", [("แผนการดำเนินงาน 2569", post_url(1160)), ("เทศบัญญัติ 2569", f("budget69"))]),
        ("o7 รายงานผลการดำเนินงานประจำปี", [("รายงานติดตามประเมินผล 2568", f("eval68")), ("รายงานการใช้จ่ายงบประมาณ", post_url(1145))]),
        ("o8 คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", f("manual_work"))]),
        ("o9 คู่มือการให้บริการประชาชน", [("คู่มือสำหรับประชาชน", "/manual/")]),
        ("o10 E-Service", [("ยื่นคำร้องออนไลน์", "/e-service/")]),
        ("o11 สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("ประกาศจัดซื้อจัดจ้าง", "/category/procurement/")]),
        ("o12 รายงานผลการจัดซื้อจัดจ้างประจำปี", [("คลิก", post_url(1152))]),
        ("o13 หลักเกณฑ์และแผนการบริหารทรัพยากรบุคคล", [("หลักเกณฑ์ 2569", post_url(1130)), ("แผนพัฒนาบุคลากร", f("hr_plan_old"))]),
        ("o14 รายงานผลการบริหารทรัพยากรบุคคล", [("คลิก", post_url(1142))]),
        ("o15 ประมวลจริยธรรม", [("ประมวลจริยธรรม", f("ethics")), ("กิจกรรมขับเคลื่อนจริยธรรม", post_url(1188))]),
        ("o16 แนวปฏิบัติการจัดการเรื่องร้องเรียน", []),
        ("o17 ช่องทางแจ้งเรื่องร้องเรียน", [("ร้องเรียนการทุจริต", "/complaint/")]),
        ("o18 สถิติเรื่องร้องเรียน", [("คลิก", f("complaint_stats68"))]),
        ("o19 การมีส่วนร่วม", [("ประชาคมหมู่บ้าน", post_url(1201))]),
        ("o20 No Gift Policy", [("ประกาศ No Gift", post_url(1023))]),
        ("o21 การประเมินความเสี่ยงการทุจริต", [("คลิก", f("risk69"))]),
        ("o22 รายงานผลการจัดการความเสี่ยงการทุจริต", [("คลิก", GONE["risk_report68"])]),
        ("o23 แผนปฏิบัติการป้องกันการทุจริต", [("คลิก", f("acplan69"))]),
        ("o24 รายงานผลการดำเนินการป้องกันการทุจริต", [("คลิก", f("acreport67"))]),
        ("o25 การนำผล ITA ไปพัฒนาองค์กร", [("คลิก", f("ita_draft"))]),
        ("o26 รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส", [("คลิก", post_url(1215))]),
    ]
    out = []
    for head, links in spoilers:
        inner = " ".join(f'<a href="{h}">{html.escape(t)}</a>' for t, h in links) or "อยู่ระหว่างปรับปรุงข้อมูล"
        out.append('<div class="su-spoiler su-spoiler-style-fancy su-spoiler-icon-plus su-spoiler-closed" data-scroll-offset="0">'
                   f'<div class="su-spoiler-title" tabindex="0" role="button"><span class="su-spoiler-icon"></span>{head}</div>'
                   f'<div class="su-spoiler-content su-u-clearfix su-u-trim">{inner}</div></div>')
    groups = [(0, "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", "9.1 ข้อมูลพื้นฐาน"), (4, "", "9.2 การบริหารงานและการใช้จ่ายงบประมาณ"),
              (10, "", "9.3 การจัดซื้อจัดจ้าง"), (12, "", "9.4 การบริหารและพัฒนาทรัพยากรบุคคล"),
              (15, "", "9.5 การส่งเสริมความโปร่งใส"), (19, "ตัวชี้วัดที่ 10 การป้องกันการทุจริต", "10.1 การป้องกันการทุจริต"),
              (22, "", "10.2 การส่งเสริมคุณธรรมและความโปร่งใส"), (26, "", "")]
    body = '<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569</p>'
    for (start, big, small), (end, _, _) in zip(groups, groups[1:], strict=False):
        body += (f"<h2>{big}</h2>" if big else "") + f"<h3>ตัวชี้วัดย่อยที่ {small}</h3>"
        body += '<div class="su-accordion su-u-trim">' + "".join(out[start:end]) + "</div>"
    page("/ita-2569/", "ITA 2569", body)
    rows = [
        ("O1", "โครงสร้างและอำนาจหน้าที่", "/structure/"), ("O2", "ข้อมูลผู้บริหาร", "/executives/"),
        ("O3", "ข้อมูลการติดต่อ", "/contact/"), ("O4", "ข่าวประชาสัมพันธ์", "/category/news/"),
        ("O5", "แผนพัฒนาท้องถิ่น", f("plan")), ("O6", "แผนการดำเนินงาน ประจำปี 2568", f("opplan68")),
        ("O16", "ประมวลจริยธรรม", f("ethics")),
        ("O17", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f("complaint_guide")),
        ("O18", "ช่องทางแจ้งเรื่องร้องเรียน", "/complaint/"),
        ("O21", "ประกาศ No Gift Policy 2568", post_url(1023)),
        ("O26", "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี 2566", GONE["acreport66"]),
    ]
    trs = "".join(f'<tr><td>{c}</td><td>{html.escape(t)}</td><td><a href="{h}">คลิก</a></td></tr>' for c, t, h in rows)
    page("/ita-2568/", "ITA 2568", "<p>การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2568</p>"
         f'<table class="wp-block-table"><thead><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr></thead><tbody>{trs}</tbody></table>')


def images() -> None:
    import struct
    import zlib

    def png(w: int, h: int, rgb: tuple[int, int, int]) -> bytes:
        raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

        def chunk(t: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
    for name, size, rgb in [("logo.png", (64, 64), (30, 90, 160)), ("person.png", (60, 60), (200, 200, 200)),
                            ("ita-banner.png", (240, 80), (0, 120, 80))]:
        path = os.path.join(HERE, "wp-content", "uploads", name)
        with open(path, "wb") as fh:
            fh.write(png(*size, rgb))
    for css in ("wp-content/themes/astra/style.css", "wp-content/plugins/shortcodes-ultimate/includes/css/shortcodes.css"):
        path = os.path.join(HERE, css)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("body{font-family:Sarabun,sans-serif}.su-spoiler-closed .su-spoiler-content{display:none}\n")


def main() -> None:
    images()
    for p in POSTS:
        write_post(p)
    write_archives()
    static_pages()
    ita_pages()


if __name__ == "__main__":
    main()
