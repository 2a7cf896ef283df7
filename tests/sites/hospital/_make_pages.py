"""Generate the HTML pages of the "hospital" test site (โรงพยาบาลนาคำ, invented).

Run:  python tests/sites/hospital/_make_pages.py   (the files it links come from _make_docs.py)

A community hospital on a WordPress medical theme ("medicare-lite"): a top bar (hotline,
emergency 1669), a horizontal primary menu of nested <ul class="sub-menu"> that is mostly about
services (คลินิกพิเศษ, ตารางแพทย์ออกตรวจ, สิทธิการรักษา, นัดหมายออนไลน์), a right sidebar with
"แพทย์ออกตรวจวันนี้", an ITA banner and agency links (สป.สธ., สสจ.ลำภูคีรี, สปสช., ป.ป.ช.), a footer
with address, phone, e-mail and a visitor counter. Pages at /<slug>/ and /<section>/<slug>/,
posts at date permalinks /<yyyy>/<mm>/<dd>/<slug>/ with <time datetime>, categories
/category/<slug>/ (news paginated: /category/news/page/2/ holds FY2568 posts). The ITA 2569 page
is one table (ข้อ | รายการ | ข้อมูล/ไฟล์) whose links show the file's upload name (often a Google
Drive id). Served as folder/index.html, UTF-8.
"""

from __future__ import annotations

import html
import os
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import FILES, IMAGES  # noqa: E402

ORG = "โรงพยาบาลนาคำ"
THEME = "/wp-content/themes/medicare-lite"


def href(url: str) -> str:
    """A link as WordPress writes it: non-ASCII path segments percent-encoded."""
    return quote(url, safe="/:#?=&.-_~%")


def a(text: str, url: str, cls: str = "", blank: bool = False) -> str:
    c = f' class="{cls}"' if cls else ""
    t = ' target="_blank" rel="noopener"' if blank else ""
    return f'<a href="{href(url)}"{c}{t}>{html.escape(text)}</a>'


def fa(key: str, text: str | None = None) -> str:
    """A link to a media file; by default its text is the file's name, as the ITA table shows it."""
    url = FILES[key]
    return a(text or url.rsplit("/", 1)[1], url, blank=True)


MENU = [
    ("หน้าแรก", "/", []),
    ("เกี่ยวกับเรา", "/about/history/", [
        ("ประวัติโรงพยาบาล", "/about/history/"), ("วิสัยทัศน์ พันธกิจ", "/about/vision/"),
        ("โครงสร้างองค์กร", "/about/structure/"), ("หน้าที่และอำนาจ", "/about/mission/"),
        ("ผู้บริหาร", "/about/executives/")]),
    ("บริการของเรา", "/services/", [
        ("คลินิกพิเศษ", "/services/clinic/"), ("ตารางแพทย์ออกตรวจ", "/services/doctor-schedule/"),
        ("ขั้นตอนการรับบริการผู้ป่วยนอก", "/services/opd-guide/"), ("สิทธิการรักษา", "/services/rights/"),
        ("นัดหมายออนไลน์", "/services/appointment/")]),
    ("ข่าวสาร", "/category/news/", [
        ("ข่าวประชาสัมพันธ์", "/category/news/"), ("ข่าวจัดซื้อจัดจ้าง", "/category/procurement/"),
        ("สรุปผลการจัดซื้อจัดจ้าง (สขร.1)", "/procurement/skr1/"), ("รับสมัครงาน", "/category/jobs/")]),
    ("แผนงาน/บุคลากร", "/plan/", [
        ("แผนยุทธศาสตร์ / แผนปฏิบัติการ", "/plan/"), ("งานทรัพยากรบุคคล", "/hr/")]),
    ("ITA", "/ita/", [
        ("ITA 2569", "/ita-2569/"), ("ITA 2568", "/ita-2568/"), ("คุณธรรมและความโปร่งใส", "/integrity/"),
        ("ร้องเรียนการทุจริต", "/complaint/")]),
    ("ดาวน์โหลด", "/downloads/", []),
    ("ติดต่อเรา", "/contact/", [("ติดต่อเรา", "/contact/"), ("ถาม-ตอบ", "/qa/")]),
]


def menu() -> str:
    items = []
    for text, url, kids in MENU:
        sub = ""
        if kids:
            sub = '<ul class="sub-menu">' + "".join(
                f'<li class="menu-item menu-item-type-post_type">{a(t, h)}</li>' for t, h in kids) + "</ul>"
        cls = "menu-item menu-item-has-children" if kids else "menu-item"
        items.append(f'<li class="{cls}">{a(text, url)}{sub}</li>')
    return f'<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{"".join(items)}</ul></nav>'


SIDEBAR = (
    '<aside id="secondary" class="widget-area">'
    '<section class="widget widget_text"><h3 class="widget-title">แพทย์ออกตรวจวันนี้</h3>'
    '<div class="textwidget"><p>OPD เช้า : นพ.ภาคิน ศรีสุข, พญ.วรินทร์ธร แก้วมณี<br>คลินิก NCD : พญ.อรุณี ทองสวัสดิ์</p>'
    f'<p>{a("ดูตารางทั้งหมด", "/services/doctor-schedule/")}</p></div></section>'
    f'<section class="widget widget_media_image"><a href="/ita-2569/"><img src="{href(IMAGES["banner"])}"'
    ' alt="ITA 2569" width="300" height="90"></a></section>'
    '<section class="widget widget_links"><h3 class="widget-title">ลิงก์หน่วยงาน</h3><ul>'
    '<li><a href="https://www.moph.go.th/" target="_blank" rel="noopener">กระทรวงสาธารณสุข</a></li>'
    '<li><a href="https://lamphukhiri.moph.go.th/" target="_blank" rel="noopener">สำนักงานสาธารณสุขจังหวัดลำภูคีรี</a></li>'
    '<li><a href="https://www.nhso.go.th/" target="_blank" rel="noopener">สปสช.</a></li>'
    '<li><a href="https://www.nacc.go.th/" target="_blank" rel="noopener">สำนักงาน ป.ป.ช.</a></li>'
    '<li><a href="https://www.gprocurement.go.th/" target="_blank" rel="noopener">ระบบ e-GP</a></li></ul></section>'
    "</aside>"
)

HEAD = """<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; {org}</title>
<meta name="generator" content="WordPress 6.5.2">
<link rel="stylesheet" id="medicare-lite-style-css" href="{theme}/style.css?ver=2.0.3" media="all">
</head>
<body class="{body}">
<div id="page" class="site">
<div class="top-bar"><span class="hotline">โทร 0 4480 5123</span> <span class="emergency">อุบัติเหตุ-ฉุกเฉิน โทร 1669</span>
<span class="hours">เปิดบริการ จันทร์ – ศุกร์ 08.00 – 16.00 น.</span></div>
<header id="masthead" class="site-header">
<div class="site-branding"><a href="/" rel="home"><img src="{logo}" class="custom-logo" alt="{org}" width="72" height="72"></a>
<p class="site-title"><a href="/" rel="home">{org}</a></p>
<p class="site-description">Nakham Hospital | สำนักงานปลัดกระทรวงสาธารณสุข</p></div>
{menu}
</header>
<div id="content" class="site-content"><div class="container">
"""

FOOT = """</div></div>
<footer id="colophon" class="site-footer"><div class="footer-widgets">
<section class="widget"><h4>{org}</h4><p>99 หมู่ 3 ถนนนาคำ–โนนแดง ตำบลนาคำ อำเภอนาคำ จังหวัดลำภูคีรี 47190</p>
<p>โทรศัพท์ 0 4480 5123 โทรสาร 0 4480 5124 อีเมล nakhamhospital@gmail.com</p></section>
<section class="widget"><h4>สถิติผู้เข้าชม</h4><p>วันนี้ 187 | เมื่อวาน 240 | ทั้งหมด 512,906</p></section>
</div>
<div class="site-info">&copy; 2569 {org} | <a href="/privacy-policy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> | Theme: Medicare Lite | Proudly powered by WordPress</div>
</footer></div>
</body></html>
"""


def write(url: str, title: str, main: str, body: str = "page") -> None:
    path = os.path.join(HERE, url.strip("/"), "index.html")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    doc = (HEAD.format(title=html.escape(title), org=ORG, body=body, theme=THEME, logo=href(IMAGES["logo"]),
                       menu=menu())
           + '<div id="primary" class="content-area"><main id="main" class="site-main">' + main
           + "</main></div>" + SIDEBAR + FOOT.format(org=ORG))
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


def page(url: str, title: str, content: str) -> None:
    write(url, title, f'<article class="page type-page status-publish"><header class="entry-header">'
          f'<h1 class="entry-title">{html.escape(title)}</h1></header>'
          f'<div class="entry-content">{content}</div></article>', "page-template-default page")


def table(head: list[str], rows: list[list[str]], cls: str = "wp-block-table") -> str:
    th = "".join(f"<th>{h}</th>" for h in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<figure class="{cls}"><table><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table></figure>'


# ------------------------------------------------------------------ posts
TH_MON = ["", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
          "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


class Post:
    def __init__(self, date: str, slug: str, title: str, body: str, cat: str = "news", image: str = "") -> None:
        self.date, self.slug, self.title, self.body, self.cat, self.image = date, slug, title, body, cat, image
        y, m, dd = (int(x) for x in date.split("-"))
        self.url = f"/{y:04d}/{m:02d}/{dd:02d}/{slug}/"
        self.shown = f"{dd} {TH_MON[m]} {y + 543}"

    def time(self) -> str:
        return f'<time class="entry-date published" datetime="{self.date}T09:00:00+07:00">{self.shown}</time>'


NEWS = [
    Post("2026-04-10", "songkran-road-safety-2569",
         "รพ.นาคำ ร่วมตั้งจุดบริการประชาชน ลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์ 2569",
         "<p>ระหว่างวันที่ 10 – 16 เมษายน 2569 ทีมกู้ชีพโรงพยาบาลนาคำร่วมกับสถานีตำรวจภูธรนาคำและ อบต.นาคำ"
         " ตั้งจุดบริการประชาชนบนถนนนาคำ–โนนแดง ตรวจวัดความดันโลหิต และให้บริการน้ำดื่มแก่ผู้เดินทาง</p>",
         image="news1"),
    Post("2026-03-24", "world-tb-day-2569", "วันวัณโรคโลก 2569 รพ.นาคำ คัดกรองวัณโรคในกลุ่มเสี่ยงด้วยรถเอกซเรย์เคลื่อนที่",
         "<p>เนื่องในวันวัณโรคโลก 24 มีนาคม 2569 กลุ่มงานบริการด้านปฐมภูมิและองค์รวม ร่วมกับ รพ.สต. 11 แห่ง"
         " คัดกรองวัณโรคในผู้สัมผัสร่วมบ้านและผู้ป่วยเบาหวาน จำนวน 1,240 ราย พบผู้ที่ต้องตรวจเพิ่มเติม 17 ราย</p>"),
    Post("2026-02-18", "stakeholder-hearing-2569",
         "รพ.นาคำ จัดประชุมรับฟังความคิดเห็นผู้รับบริการและภาคีเครือข่าย ประจำปีงบประมาณ 2569",
         "<p>วันที่ 18 กุมภาพันธ์ 2569 เวลา 09.00 – 12.00 น. ณ ห้องประชุมราชพฤกษ์ โรงพยาบาลนาคำ"
         " นายแพทย์ธนกร ศรีวิไลรัตน์ ผู้อำนวยการโรงพยาบาลนาคำ เป็นประธานการประชุมรับฟังความคิดเห็นผู้รับบริการ"
         " และภาคีเครือข่ายต่อการดำเนินงานของโรงพยาบาล เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมในการดำเนินงาน</p>"
         "<p>ผู้เข้าร่วมประชุม รวม 64 คน ได้แก่ ผู้แทน อสม. 9 ตำบล (27 คน) ผู้นำชุมชน (12 คน) ผู้แทน อบต. และเทศบาล"
         " (9 คน) ผู้ป่วยโรคเรื้อรังและญาติ (10 คน) และเจ้าหน้าที่ รพ.สต. (6 คน)</p>"
         "<p><strong>ผลการรับฟังความคิดเห็น</strong></p>"
         + table(["ประเด็นที่ประชาชนเสนอ", "การดำเนินการของโรงพยาบาล"], [
             ["ผู้ป่วยนอกรอนานช่วงเช้า", "เปิดนัดหมายผ่าน LINE OA และแยกช่องรับยาผู้ป่วยนัด เริ่ม 1 มี.ค. 69"],
             ["ที่จอดรถไม่เพียงพอ", "ขอใช้ลานวัดโพธิ์ศรีเป็นที่จอดสำรองวันคลินิกเบาหวาน"],
             ["อยากให้มีแพทย์แผนไทยออกหน่วยในหมู่บ้าน", "จัดออกหน่วยเดือนละ 1 ครั้ง ร่วมกับ รพ.สต."]])
         + "<p>โรงพยาบาลจะรายงานความก้าวหน้าให้ที่ประชุม คปสอ. และแจ้งผลทางเว็บไซต์</p>", image="news2"),
    Post("2026-01-20", "ethics-training-2569",
         "อบรมเสริมสร้างจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน บุคลากรโรงพยาบาลนาคำ ประจำปี 2569",
         "<p>วันที่ 20 มกราคม 2569 กลุ่มงานบริหารทั่วไปจัดอบรมเสริมสร้างจริยธรรมตามประมวลจริยธรรมข้าราชการพลเรือน"
         " และการป้องกันผลประโยชน์ทับซ้อน ให้แก่บุคลากรทุกกลุ่มงาน จำนวน 148 คน (ร้อยละ 86 ของบุคลากรทั้งหมด)"
         " วิทยากรจากสำนักงานสาธารณสุขจังหวัดลำภูคีรี พร้อมทบทวน Do's &amp; Don'ts ของโรงพยาบาล และหลักเกณฑ์การรับ"
         "ทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ตามมาตรา 128 แห่งพระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการป้องกัน"
         "และปราบปรามการทุจริต พ.ศ. 2561</p>"
         f"<p>{a('ประมวลจริยธรรมและข้อกำหนดจริยธรรม', FILES['ethics'])}</p>"),
    Post("2026-01-06", "print-action-plan-2569",
         "แจ้งหัวหน้ากลุ่มงาน : ดาวน์โหลดและจัดพิมพ์แผนปฏิบัติการ ประจำปีงบประมาณ 2569 ไว้ประจำหน่วยงาน",
         "<p>งานยุทธศาสตร์และแผนงาน ขอแจ้งหัวหน้ากลุ่มงานทุกกลุ่มงานดาวน์โหลดแผนปฏิบัติการโรงพยาบาลนาคำ"
         " ประจำปีงบประมาณ 2569 จากหน้า แผนงาน ของเว็บไซต์ และจัดพิมพ์ไว้ประจำหน่วยงาน หน่วยงานละ 1 เล่ม"
         " เพื่อใช้ติดตามโครงการ ภายในวันที่ 16 มกราคม 2569</p>"
         f"<p>{a('ไปที่หน้าแผนงาน', '/plan/')}</p>"),
    Post("2025-12-01", "world-aids-day-2568", "วันเอดส์โลก 1 ธันวาคม 2568 รพ.นาคำ ให้บริการตรวจเอชไอวีฟรี",
         "<p>คลินิกให้คำปรึกษา โรงพยาบาลนาคำ ให้บริการตรวจหาเชื้อเอชไอวีโดยสมัครใจ ไม่เสียค่าใช้จ่าย"
         " และแจกถุงยางอนามัยในสถานศึกษา 4 แห่ง เนื่องในวันเอดส์โลก</p>"),
    Post("2025-11-14", "world-diabetes-day-2568", "วันเบาหวานโลก 2568 คัดกรองเบาหวานและความดันโลหิตสูงเชิงรุกในชุมชน",
         "<p>วันที่ 14 พฤศจิกายน 2568 คลินิกโรคไม่ติดต่อเรื้อรัง ร่วมกับ อสม. ตรวจคัดกรองน้ำตาลในเลือดประชาชนอายุ 35 ปีขึ้นไป"
         " ณ ตลาดนัดนาคำ จำนวน 412 ราย พบกลุ่มเสี่ยง 58 ราย นัดเข้าคลินิกปรับเปลี่ยนพฤติกรรม</p>"),
    Post("2025-10-20", "flu-vaccine-2569", "เปิดบริการฉีดวัคซีนป้องกันไข้หวัดใหญ่ตามฤดูกาล ปี 2569 ฟรี สำหรับกลุ่มเสี่ยง 7 กลุ่มโรค",
         "<p>โรงพยาบาลนาคำเปิดบริการฉีดวัคซีนป้องกันไข้หวัดใหญ่ตามฤดูกาล ตั้งแต่ 20 ตุลาคม 2568 – 31 มกราคม 2569"
         " สำหรับผู้สูงอายุ 65 ปีขึ้นไป หญิงตั้งครรภ์ ผู้ป่วยโรคเรื้อรัง และเด็กอายุ 6 เดือน – 2 ปี"
         " ติดต่อได้ที่ห้องบัตร หรือนัดหมายผ่าน LINE OA @nakhamhos</p>", image="news1"),
    Post("2025-10-06", "no-gift-policy-2569", "ผู้อำนวยการโรงพยาบาลนาคำ ประกาศนโยบาย No Gift Policy ประจำปีงบประมาณ 2569",
         "<p>วันที่ 6 ตุลาคม 2568 นายแพทย์ธนกร ศรีวิไลรัตน์ ผู้อำนวยการโรงพยาบาลนาคำ ประกาศนโยบายไม่รับของขวัญ"
         "และของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ประจำปีงบประมาณ พ.ศ. 2569 ต่อหน้าบุคลากร"
         " ในการประชุมประจำเดือน และติดป้ายประชาสัมพันธ์ที่จุดบริการทุกจุด</p>"
         f"<p>{a('ประกาศนโยบาย No Gift Policy ปี 2569 (ไฟล์ PDF)', FILES['nogift'])}</p>"),
]
NEWS_OLD = [  # page 2: FY2568
    Post("2025-09-25", "ita-2568-result", "รพ.นาคำ ผ่านการประเมินคุณธรรมและความโปร่งใส ITA 2568 ระดับ A",
         "<p>สำนักงาน ป.ป.ช. ประกาศผลการประเมิน ITA ประจำปีงบประมาณ 2568 โรงพยาบาลนาคำได้คะแนน 86.42 ระดับ A"
         " ขอขอบคุณบุคลากรและผู้รับบริการทุกท่านที่ร่วมตอบแบบวัด</p>"),
    Post("2025-09-12", "draft-anti-corruption-plan-2569",
         "ขอเชิญบุคลากรแสดงความคิดเห็นต่อ (ร่าง) แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ 2569",
         "<p>กลุ่มงานบริหารทั่วไป ขอเชิญบุคลากรทุกท่านแสดงความคิดเห็นต่อ (ร่าง) แผนปฏิบัติการป้องกันการทุจริต"
         " โรงพยาบาลนาคำ ประจำปีงบประมาณ พ.ศ. 2569 ได้ที่กล่องรับความคิดเห็นหน้าห้องธุรการ ภายในวันที่ 30 กันยายน 2568</p>"
         f"<p>{a('ดาวน์โหลด (ร่าง) แผนปฏิบัติการป้องกันการทุจริต 2569', FILES['acp69_draft'])}</p>"),
    Post("2025-08-21", "strategy-workshop-2569",
         "ประชุมเชิงปฏิบัติการทบทวนแผนยุทธศาสตร์และจัดทำแผนปฏิบัติการ ประจำปีงบประมาณ 2569",
         "<p>ระหว่างวันที่ 20 – 21 สิงหาคม 2568 งานยุทธศาสตร์และแผนงาน จัดประชุมเชิงปฏิบัติการทบทวนแผนยุทธศาสตร์"
         " โรงพยาบาลนาคำ พ.ศ. 2566 – 2570 และจัดทำแผนปฏิบัติการประจำปีงบประมาณ 2569 ณ ห้องประชุมราชพฤกษ์"
         " หัวหน้ากลุ่มงานและผู้รับผิดชอบงาน 42 คน ร่วมวิเคราะห์ SWOT และเสนอโครงการ"
         " แผนปฏิบัติการจะเสนอคณะกรรมการบริหารโรงพยาบาลให้ความเห็นชอบในเดือนกันยายน 2568</p>", image="news2"),
    Post("2025-07-08", "dengue-campaign-2568", "รณรงค์กำจัดลูกน้ำยุงลาย ป้องกันไข้เลือดออก ตำบลนาคำ",
         "<p>เจ้าหน้าที่งานควบคุมโรคร่วมกับ อสม. รณรงค์ 3 เก็บ ป้องกัน 3 โรค ในหมู่บ้านที่มีค่าดัชนีลูกน้ำสูง 8 หมู่บ้าน</p>"),
    Post("2025-03-11", "stakeholder-hearing-2568", "ประชุมรับฟังความคิดเห็นผู้รับบริการ ประจำปี 2568",
         "<p>วันที่ 11 มีนาคม 2568 โรงพยาบาลนาคำ จัดประชุมรับฟังความคิดเห็นผู้รับบริการ ผู้เข้าร่วม 51 คน"
         " ประเด็นหลักคือระยะเวลารอตรวจและการนัดหมาย</p>"),
]
PROCUREMENT = [
    Post("2026-01-08", "aed-winner-announcement", "ประกาศผู้ชนะการเสนอราคา ซื้อเครื่องกระตุกหัวใจไฟฟ้าชนิดอัตโนมัติ (AED) จำนวน 1 เครื่อง",
         "<p>ตามที่โรงพยาบาลนาคำได้มีโครงการซื้อเครื่องกระตุกหัวใจไฟฟ้าชนิดอัตโนมัติ (AED) จำนวน 1 เครื่อง"
         " โดยวิธีเฉพาะเจาะจง ผู้ได้รับการคัดเลือก ได้แก่ บริษัท ไทยคาร์ดิโอ จำกัด ราคา 176,500.00 บาท</p>"
         '<p><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?projectId=69019123456"'
         ' target="_blank" rel="noopener">ดูรายละเอียดในระบบ e-GP</a></p>', cat="procurement"),
    Post("2025-11-03", "procurement-plan-2569", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2569",
         "<p>โรงพยาบาลนาคำ ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569 ตามพระราชบัญญัติการจัดซื้อจัดจ้าง"
         "และการบริหารพัสดุภาครัฐ พ.ศ. 2560 มาตรา 11 รายละเอียดตามระบบ e-GP</p>"
         '<p><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?deptId=0021234"'
         ' target="_blank" rel="noopener">แผนการจัดซื้อจัดจ้าง ในระบบ e-GP</a></p>', cat="procurement"),
]
JOBS = [
    Post("2026-03-02", "job-nurse-aide-2569", "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นลูกจ้างชั่วคราว ตำแหน่งผู้ช่วยเหลือคนไข้ 2 อัตรา",
         "<p>โรงพยาบาลนาคำ รับสมัครผู้ช่วยเหลือคนไข้ 2 อัตรา ค่าจ้างเดือนละ 9,400 บาท รับสมัครวันที่ 2 – 13 มีนาคม 2569"
         " ณ กลุ่มงานบริหารทั่วไป สอบสัมภาษณ์วันที่ 20 มีนาคม 2569</p>", cat="jobs"),
]
CATS = {"news": "ข่าวประชาสัมพันธ์", "procurement": "ข่าวจัดซื้อจัดจ้าง", "jobs": "รับสมัครงาน"}


def post_page(p: Post) -> None:
    img = ""
    if p.image:
        img = (f'<img src="{href(IMAGES[p.image])}" class="attachment-post-thumbnail wp-post-image"'
               ' alt="" width="300" height="200">')
    write(p.url, p.title,
          f'<article class="post type-post status-publish format-standard category-{p.cat}">'
          f'<header class="entry-header"><h1 class="entry-title">{html.escape(p.title)}</h1>'
          f'<div class="entry-meta"><span class="posted-on">{p.time()}</span> '
          f'<span class="cat-links">{a(CATS[p.cat], "/category/" + p.cat + "/")}</span></div></header>'
          f'{img}<div class="entry-content">{p.body}</div></article>', "post-template-default single single-post")


def listing(url: str, title: str, posts: list[Post], older: str = "", newer: str = "") -> None:
    items = "".join(
        f'<article class="post type-post"><h2 class="entry-title">{a(p.title, p.url)}</h2>'
        f'<div class="entry-meta">{p.time()}</div><div class="entry-summary"><p>'
        f'{html.escape(strip(p.body)[:110])} [&hellip;]</p></div>'
        f'<a class="more-link" href="{href(p.url)}">อ่านต่อ</a></article>' for p in posts)
    nav = ""
    if older or newer:
        nav = '<nav class="navigation posts-navigation"><div class="nav-links">'
        if older:
            nav += f'<div class="nav-previous">{a("เรื่องก่อนหน้า", older)}</div>'
        if newer:
            nav += f'<div class="nav-next">{a("เรื่องใหม่กว่า", newer)}</div>'
        nav += "</div></nav>"
    write(url, title, f'<header class="page-header"><h1 class="page-title">หมวดหมู่: {html.escape(title)}</h1></header>'
          + items + nav, "archive category")


def strip(body: str) -> str:
    import re

    return html.unescape(re.sub(r"<[^>]+>", " ", body)).replace("  ", " ").strip()


# ------------------------------------------------------------------ pages
def home() -> None:
    latest = "".join(f'<li>{a(p.title, p.url)} <span class="date">{p.time()}</span></li>' for p in NEWS[:5])
    services = "".join(f'<div class="service-box">{a(t, u)}</div>' for t, u in [
        ("คลินิกพิเศษ", "/services/clinic/"), ("ตารางแพทย์", "/services/doctor-schedule/"),
        ("นัดหมายออนไลน์", "/services/appointment/"), ("สิทธิการรักษา", "/services/rights/")])
    main = (
        '<section class="hero"><h1>โรงพยาบาลนาคำ</h1><p>โรงพยาบาลคุณภาพ ประชาชนสุขภาพดี เครือข่ายเข้มแข็ง</p></section>'
        f'<section class="services-row">{services}</section>'
        '<section class="director-message"><h2>สารจากผู้อำนวยการ</h2>'
        f'<img src="{href(IMAGES["dir"])}" alt="ผู้อำนวยการ" width="110" height="140">'
        "<p>โรงพยาบาลนาคำมุ่งมั่นให้บริการที่มีคุณภาพ ปลอดภัย ภายใต้แผนยุทธศาสตร์ พ.ศ. 2566 – 2570"
        " และบริหารงานด้วยหลักธรรมาภิบาล โปร่งใส ตรวจสอบได้ ทุกกลุ่มงานได้ดำเนินการตามมาตรการส่งเสริมคุณธรรม"
        "และความโปร่งใสภายในหน่วยงานอย่างต่อเนื่อง</p><p>นายแพทย์ธนกร ศรีวิไลรัตน์ ผู้อำนวยการโรงพยาบาลนาคำ</p></section>"
        f'<section class="latest-news"><h2>ข่าวประชาสัมพันธ์</h2><ul>{latest}</ul>'
        f'<p>{a("ข่าวทั้งหมด", "/category/news/")}</p></section>'
        '<section class="ita-box"><h2>การประเมินคุณธรรมและความโปร่งใส</h2>'
        f'<p>{a("ITA 2569", "/ita-2569/")} | {a("ร้องเรียนการทุจริต", "/complaint/")}</p></section>'
    )
    write("/", "หน้าแรก", main, "home page-template-front-page")


def about() -> None:
    page("/about/history/", "ประวัติโรงพยาบาล",
         "<p>โรงพยาบาลนาคำ เปิดให้บริการเมื่อ พ.ศ. 2526 ในฐานะศูนย์การแพทย์และอนามัยชนบท ขนาด 10 เตียง"
         " ยกระดับเป็นโรงพยาบาลชุมชนขนาด 30 เตียงเมื่อ พ.ศ. 2538 สังกัดสำนักงานสาธารณสุขจังหวัดลำภูคีรี"
         " สำนักงานปลัดกระทรวงสาธารณสุข ผ่านการรับรองคุณภาพโรงพยาบาล (HA) ครั้งล่าสุด พ.ศ. 2567</p>")
    page("/about/vision/", "วิสัยทัศน์ พันธกิจ",
         "<p><strong>วิสัยทัศน์</strong> โรงพยาบาลคุณภาพ ประชาชนสุขภาพดี เครือข่ายเข้มแข็ง ภายในปี 2570</p>"
         "<p><strong>พันธกิจ</strong></p><ol><li>ให้บริการสุขภาพแบบองค์รวมอย่างมีคุณภาพและปลอดภัย</li>"
         "<li>ส่งเสริมการมีส่วนร่วมของภาคีเครือข่าย</li><li>พัฒนาบุคลากรให้มีสมรรถนะและความสุข</li>"
         "<li>บริหารจัดการด้วยหลักธรรมาภิบาล</li></ol>"
         "<p>ค่านิยม : MOPH (Mastery, Originality, People centered, Humility)</p>")
    page("/about/structure/", "โครงสร้างองค์กร",
         f'<figure class="wp-block-image"><img src="{href(IMAGES["chart"])}" alt="แผนภูมิโครงสร้างโรงพยาบาลนาคำ 2569"'
         ' width="800" height="430"><figcaption>แผนภูมิโครงสร้างโรงพยาบาลนาคำ ปีงบประมาณ 2569</figcaption></figure>'
         "<p>โรงพยาบาลนาคำ เป็นหน่วยบริการในสังกัดสำนักงานสาธารณสุขจังหวัดลำภูคีรี สำนักงานปลัดกระทรวงสาธารณสุข"
         " มีผู้อำนวยการโรงพยาบาลเป็นผู้บังคับบัญชาสูงสุด คณะกรรมการบริหารโรงพยาบาลเป็นที่ปรึกษา และรองผู้อำนวยการฝ่ายการแพทย์</p>"
         "<ul><li>กลุ่มงานบริหารทั่วไป (งานธุรการ การเงิน พัสดุ ทรัพยากรบุคคล)</li><li>กลุ่มงานการพยาบาล</li>"
         "<li>กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค</li><li>กลุ่มงานบริการด้านปฐมภูมิและองค์รวม</li>"
         "<li>กลุ่มงานเทคนิคการแพทย์และรังสีวิทยา</li><li>กลุ่มงานทันตกรรม</li>"
         "<li>กลุ่มงานการแพทย์แผนไทยและการแพทย์ทางเลือก</li><li>กลุ่มงานประกันสุขภาพ ยุทธศาสตร์และสารสนเทศทางการแพทย์</li></ul>")
    page("/about/mission/", "หน้าที่และอำนาจ",
         "<p>โรงพยาบาลชุมชนมีหน้าที่และอำนาจตามกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวงสาธารณสุข"
         " และระเบียบสำนักงานปลัดกระทรวงสาธารณสุข สรุปได้ดังนี้</p><ol>"
         "<li>ให้บริการตรวจรักษาพยาบาลผู้ป่วยนอก ผู้ป่วยใน และอุบัติเหตุ-ฉุกเฉินตลอด 24 ชั่วโมง</li>"
         "<li>ส่งเสริมสุขภาพ ป้องกันโรค และฟื้นฟูสภาพแก่ประชาชนในเขตอำเภอนาคำ</li>"
         "<li>สนับสนุนวิชาการและการบริการแก่โรงพยาบาลส่งเสริมสุขภาพตำบลในเครือข่าย</li>"
         "<li>ดำเนินการคุ้มครองผู้บริโภคด้านผลิตภัณฑ์สุขภาพในพื้นที่</li>"
         "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    rows = "".join(
        f'<div class="team-member"><img src="{href(IMAGES[k])}" alt="{n}" width="110" height="140">'
        f"<h3>{n}</h3><p>{pos}</p><p>โทร {tel}</p></div>"
        for k, n, pos, tel in [
            ("dir", "นายแพทย์ธนกร ศรีวิไลรัตน์", "ผู้อำนวยการโรงพยาบาลนาคำ", "0 4480 5123 ต่อ 101"),
            ("dep1", "แพทย์หญิงอรุณี ทองสวัสดิ์", "รองผู้อำนวยการฝ่ายการแพทย์", "0 4480 5123 ต่อ 102"),
            ("dep2", "นางสาวจันทร์เพ็ญ ภูมิลำเนา", "หัวหน้าพยาบาล", "0 4480 5123 ต่อ 120"),
            ("dep3", "นายประยุทธ มั่นคง", "หัวหน้ากลุ่มงานบริหารทั่วไป", "0 4480 5123 ต่อ 104")])
    page("/about/executives/", "ผู้บริหาร", f'<div class="team-grid">{rows}</div>')


CLINICS = [
    ("ncd", "คลินิกโรคไม่ติดต่อเรื้อรัง (เบาหวาน ความดันโลหิตสูง)", "ทุกวันอังคารและพฤหัสบดี 08.00 – 12.00 น.",
     "พญ.อรุณี ทองสวัสดิ์", "ตรวจติดตามระดับน้ำตาล ตรวจตา ตรวจเท้า ให้ความรู้ปรับเปลี่ยนพฤติกรรม"),
    ("anc", "คลินิกฝากครรภ์ (ANC)", "ทุกวันพุธ 08.00 – 12.00 น.", "พญ.วรินทร์ธร แก้วมณี",
     "ฝากครรภ์ ตรวจอัลตราซาวด์ โรงเรียนพ่อแม่"),
    ("dental", "คลินิกทันตกรรม", "จันทร์ – ศุกร์ 08.00 – 16.00 น. (นอกเวลา จันทร์/พุธ 16.30 – 20.00 น.)",
     "ทพ.ณัฐวุฒิ ใจงาม", "ขูดหินปูน อุดฟัน ถอนฟัน ใส่ฟันเทียม (สิทธิบัตรทอง)"),
    ("thai-traditional", "คลินิกแพทย์แผนไทย", "จันทร์ – เสาร์ 08.00 – 16.00 น.", "พท.ป.สุดารัตน์ นามวงศ์",
     "นวด ประคบ อบสมุนไพร จ่ายยาสมุนไพร"),
    ("psychiatric", "คลินิกสุขภาพจิตและยาเสพติด", "ทุกวันศุกร์ 13.00 – 16.00 น.", "นพ.ภาคิน ศรีสุข",
     "ให้คำปรึกษา บำบัดผู้ใช้สารเสพติด คัดกรองภาวะซึมเศร้า"),
]


def services() -> None:
    page("/services/", "บริการของเรา",
         "<ul>" + "".join(f"<li>{a(t, u)}</li>" for t, u in MENU[2][2]) + "</ul>"
         "<p>บริการผู้ป่วยนอก ผู้ป่วยใน 30 เตียง ห้องคลอด อุบัติเหตุ-ฉุกเฉิน 24 ชั่วโมง ชันสูตร เอกซเรย์ กายภาพบำบัด</p>")
    page("/services/clinic/", "คลินิกพิเศษ",
         table(["คลินิก", "วันเวลาให้บริการ"], [[a(n, f"/services/clinic/{s}/"), t] for s, n, t, _, _ in CLINICS]))
    for slug, name, when, doctor, what in CLINICS:
        page(f"/services/clinic/{slug}/", name,
             f"<p><strong>วันเวลาให้บริการ</strong> {when}</p><p><strong>แพทย์ประจำคลินิก</strong> {doctor}</p>"
             f"<p><strong>บริการ</strong> {what}</p><p>สอบถามโทร 0 4480 5123 ต่อ 130</p>")
    page("/services/doctor-schedule/", "ตารางแพทย์ออกตรวจ",
         "<p>ประจำเดือนเมษายน 2569</p>" + table(["วัน", "OPD เช้า", "คลินิกพิเศษ", "เวรนอกเวลา"], [
             ["จันทร์", "นพ.ภาคิน ศรีสุข", "ทันตกรรม", "พญ.วรินทร์ธร แก้วมณี"],
             ["อังคาร", "พญ.วรินทร์ธร แก้วมณี", "NCD (พญ.อรุณี)", "นพ.ภาคิน ศรีสุข"],
             ["พุธ", "นพ.ภาคิน ศรีสุข", "ANC (พญ.วรินทร์ธร)", "นพ.กฤษดา พรหมมา"],
             ["พฤหัสบดี", "นพ.กฤษดา พรหมมา", "NCD (พญ.อรุณี)", "พญ.วรินทร์ธร แก้วมณี"],
             ["ศุกร์", "พญ.อรุณี ทองสวัสดิ์", "สุขภาพจิต (นพ.ภาคิน)", "นพ.กฤษดา พรหมมา"]])
         + "<p>ตารางอาจเปลี่ยนแปลง กรุณาโทรสอบถามก่อนมารับบริการ</p>")
    page("/services/rights/", "สิทธิการรักษา",
         "<ul><li>หลักประกันสุขภาพแห่งชาติ (บัตรทอง) : 30 บาทรักษาทุกที่ ใช้บัตรประชาชนใบเดียว</li>"
         "<li>สวัสดิการข้าราชการ : เบิกจ่ายตรง</li><li>ประกันสังคม : ตามสถานพยาบาลที่เลือก หรือกรณีฉุกเฉิน</li>"
         "<li>ชำระเงินเอง : ตามอัตราค่าบริการของกระทรวงสาธารณสุข</li></ul>"
         '<p><a href="https://www.nhso.go.th/" target="_blank" rel="noopener">ตรวจสอบสิทธิ สปสช.</a></p>')
    page("/services/opd-guide/", "ขั้นตอนการรับบริการผู้ป่วยนอก (คู่มือสำหรับผู้รับบริการ)",
         "<p><strong>ชื่องานบริการ</strong> การตรวจรักษาผู้ป่วยนอก</p>"
         "<p><strong>ช่องทางการให้บริการ</strong> ห้องบัตร อาคารผู้ป่วยนอก ชั้น 1 จันทร์ – ศุกร์ 08.00 – 16.00 น."
         " นอกเวลาราชการที่ห้องอุบัติเหตุ-ฉุกเฉิน หรือนัดหมายล่วงหน้าทาง LINE OA</p>"
         + table(["ขั้นตอน", "รายละเอียด", "ระยะเวลา", "จุดบริการ"], [
             ["1", "ยื่นบัตรประชาชน ตรวจสอบสิทธิ", "5 นาที", "ห้องบัตร"],
             ["2", "ซักประวัติ วัดสัญญาณชีพ", "10 นาที", "จุดคัดกรอง"],
             ["3", "พบแพทย์", "10 – 15 นาที", "ห้องตรวจ 1 – 4"],
             ["4", "ชำระเงิน (ถ้ามี) รับยา", "15 นาที", "การเงิน / ห้องยา"]])
         + "<p><strong>ระยะเวลารวม</strong> ประมาณ 60 นาที</p>"
         "<p><strong>ค่าธรรมเนียม</strong> สิทธิบัตรทองที่ลงทะเบียนกับโรงพยาบาลนาคำ ไม่เสียค่าใช้จ่าย"
         " สิทธิอื่นตามอัตราของกระทรวงสาธารณสุข</p>"
         "<p><strong>เอกสารที่ต้องใช้</strong> บัตรประจำตัวประชาชน (เด็กใช้สูติบัตร) ใบส่งตัวกรณีสิทธิอยู่ที่อื่น บัตรนัด (ถ้ามี)</p>"
         f"<p>{a('ดาวน์โหลดคู่มือการขอรับบริการผู้ป่วยนอก (PDF)', FILES['opd'])}</p>")
    page("/services/appointment/", "นัดหมายออนไลน์ (E-Service)",
         "<p>ผู้ป่วยที่มีนัดหรือต้องการจองคิวตรวจล่วงหน้า สามารถนัดหมายผ่าน LINE Official Account ของโรงพยาบาล"
         " เพิ่มเพื่อนแล้วพิมพ์ \"นัดหมาย\" เจ้าหน้าที่จะตอบกลับภายในวันทำการ</p>"
         '<p><a href="https://lin.ee/nKhM8qZ" target="_blank" rel="noopener">เพิ่มเพื่อน LINE @nakhamhos</a></p>'
         "<p>หรือโทร 0 4480 5123 ต่อ 110 ในวันและเวลาราชการ</p>"
         "<h3>สถิติการใช้บริการนัดหมายผ่าน LINE OA ปีงบประมาณ 2569</h3>"
         + table(["เดือน", "จำนวนผู้ขอนัด (ราย)", "นัดสำเร็จ (ราย)"], [
             ["ตุลาคม 2568", "214", "198"], ["พฤศจิกายน 2568", "236", "221"], ["ธันวาคม 2568", "251", "240"],
             ["มกราคม 2569", "268", "255"], ["กุมภาพันธ์ 2569", "290", "281"], ["มีนาคม 2569", "342", "330"]]))


def contact() -> None:
    page("/contact/", "ติดต่อเรา",
         "<p><strong>โรงพยาบาลนาคำ</strong> 99 หมู่ 3 ถนนนาคำ–โนนแดง ตำบลนาคำ อำเภอนาคำ จังหวัดลำภูคีรี 47190</p>"
         "<p>โทรศัพท์ 0 4480 5123 (อัตโนมัติ 5 คู่สาย) โทรสาร 0 4480 5124 อุบัติเหตุ-ฉุกเฉิน 1669</p>"
         "<p>อีเมล nakhamhospital@gmail.com | สารบรรณอิเล็กทรอนิกส์ saraban.nakham@moph.go.th</p>"
         '<p><a href="https://maps.app.goo.gl/nKhM4Hosp2569" target="_blank" rel="noopener">แผนที่ Google Maps</a> |'
         ' <a href="https://www.facebook.com/nakhamhospital" target="_blank" rel="noopener">Facebook โรงพยาบาลนาคำ</a></p>'
         + table(["หน่วยงาน", "เบอร์ภายใน"], [["ห้องบัตร", "110"], ["ห้องยา", "140"], ["ผู้ป่วยใน", "150"],
                                             ["ศูนย์รับเรื่องร้องเรียน", "100"], ["งานพัสดุ", "105"]])
         + f"<p>มีคำถาม? {a('ถาม-ตอบ (Q&A)', '/qa/')}</p>")
    qa = [
        ("ฉีดวัคซีนไข้หวัดใหญ่ต้องนัดก่อนไหมคะ", "นางสาว ก. (12 มี.ค. 2569)",
         "ไม่ต้องนัดครับ มาได้ที่ห้องบัตรวันจันทร์ – ศุกร์ หรือนัดผ่าน LINE OA (งานประชาสัมพันธ์ 13 มี.ค. 2569)"),
        ("ขอสำเนาเวชระเบียนใช้เอกสารอะไรบ้าง", "นาย ข. (2 เม.ย. 2569)",
         "ใช้บัตรประชาชนผู้ป่วย กรณีญาติขอแทนใช้หนังสือมอบอำนาจ ติดต่องานเวชระเบียน (งานประชาสัมพันธ์ 3 เม.ย. 2569)"),
        ("คลินิกทันตกรรมนอกเวลาเปิดวันไหน", "ผู้ใช้ไม่ระบุชื่อ (9 เม.ย. 2569)",
         "วันจันทร์และพุธ 16.30 – 20.00 น. (งานประชาสัมพันธ์ 9 เม.ย. 2569)"),
    ]
    page("/qa/", "ถาม-ตอบ (Q&A)",
         "".join(f'<div class="qa-item"><p class="q"><strong>ถาม:</strong> {q} <em>{who}</em></p>'
                 f'<p class="a"><strong>ตอบ:</strong> {ans}</p></div>' for q, who, ans in qa)
         + '<h3>ตั้งคำถาม</h3><form class="wpcf7-form" method="post" action="/qa/#wpcf7-f812">'
         '<p>ชื่อ <input type="text" name="your-name"></p><p>อีเมล <input type="email" name="your-email"></p>'
         '<p>คำถาม <textarea name="your-message"></textarea></p><p><input type="submit" value="ส่งคำถาม"></p></form>')
    page("/complaint/", "ร้องเรียนการทุจริตและประพฤติมิชอบ",
         "<p>หากพบเห็นเจ้าหน้าที่โรงพยาบาลนาคำกระทำการทุจริตหรือประพฤติมิชอบ แจ้งได้ทางแบบฟอร์มนี้"
         " ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
         '<form class="wpcf7-form" method="post" action="/complaint/#wpcf7-f815" enctype="multipart/form-data">'
         '<p>ชื่อ-นามสกุล (ไม่บังคับ) <input type="text" name="your-name"></p>'
         '<p>โทรศัพท์ / อีเมล <input type="text" name="your-contact"></p>'
         '<p>เรื่องที่ร้องเรียน <input type="text" name="subject"></p>'
         '<p>รายละเอียด (ผู้ถูกร้องเรียน วันเวลา สถานที่) <textarea name="detail"></textarea></p>'
         '<p>แนบหลักฐาน <input type="file" name="evidence"></p><p><input type="submit" value="ส่งเรื่องร้องเรียน"></p></form>'
         "<p>ช่องทางอื่น : ศูนย์รับเรื่องร้องเรียน โทร 0 4480 5123 ต่อ 100 | ตู้รับความคิดเห็นหน้าอาคารผู้ป่วยนอก</p><ul>"
         '<li><a href="https://stopcorruption.moph.go.th/" target="_blank" rel="noopener">ศูนย์ปฏิบัติการต่อต้านการทุจริต กระทรวงสาธารณสุข</a></li>'
         '<li><a href="https://www.nacc.go.th/" target="_blank" rel="noopener">สำนักงาน ป.ป.ช.</a></li></ul>'
         f"<p>{a('คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', FILES['complaint_manual'])}</p>"
         f"<p>{a('สถิติเรื่องร้องเรียน', FILES['complaint_stat68'])}</p>")


def documents_pages() -> None:
    page("/plan/", "แผนยุทธศาสตร์ / แผนปฏิบัติการ",
         table(["ลำดับ", "เอกสาร", "ดาวน์โหลด"], [
             ["1", "แผนยุทธศาสตร์โรงพยาบาลนาคำ (ฉบับปัจจุบัน)", fa("strat66", "ดาวน์โหลด")],
             ["2", "แผนยุทธศาสตร์โรงพยาบาลนาคำ 2561-2565", fa("strat61", "ดาวน์โหลด")],
             ["3", "แผนปฏิบัติการ ปีงบประมาณ 2569", fa("ap69", "ดาวน์โหลด")],
             ["4", "แผนปฏิบัติการ ปีงบประมาณ 2568", fa("ap68", "ดาวน์โหลด")],
             ["5", "รายงานผลการดำเนินงานประจำปี", fa("report67", "ดาวน์โหลด")],
             ["6", "รายงานผลการดำเนินงาน ปีงบประมาณ 2568", "อยู่ระหว่างจัดทำ"]]))
    page("/hr/", "งานทรัพยากรบุคคล",
         "<p>กลุ่มงานบริหารทั่วไป งานทรัพยากรบุคคล ดูแลการสรรหา การประเมินผลการปฏิบัติงาน และการพัฒนาบุคลากร"
         " บุคลากรทั้งหมด 172 คน (ข้าราชการ 78 พนักงานกระทรวงสาธารณสุข 41 ลูกจ้าง 53)</p>"
         + table(["เอกสาร", "ไฟล์"], [
             ["แผนการบริหารและพัฒนาทรัพยากรบุคคล", fa("hr68")],
             ["รายงานผลการพัฒนาบุคลากร ปี 2568", fa("hrreport68")]])
         + f"<p>{a('ประกาศรับสมัครงาน', '/category/jobs/')}</p>")
    page("/integrity/", "คุณธรรมและความโปร่งใส",
         "<p>โรงพยาบาลนาคำ ได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานอย่างต่อเนื่อง"
         " และรายงานผลต่อสำนักงานสาธารณสุขจังหวัดลำภูคีรีทุกไตรมาส</p>"
         "<p><strong>การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา (มาตรา 128)</strong> เจ้าหน้าที่ของรัฐรับได้จากญาติ"
         " หรือจากบุคคลอื่นในโอกาสตามประเพณี มูลค่าไม่เกิน 3,000 บาทต่อคนต่อโอกาส เกินกว่านั้นต้องรายงานผู้บังคับบัญชา</p>"
         + table(["เอกสาร", "ไฟล์"], [
             ["ประมวลจริยธรรม", fa("ethics")],
             ["ประกาศ No Gift Policy ปี 2569", fa("nogift")],
             ["รายงานผลการรับของขวัญ ปี 2568", fa("gift68")],
             ["การประเมินความเสี่ยงการทุจริต ปี 2569", fa("risk69")],
             ["แผนปฏิบัติการป้องกันการทุจริต ปี 2569", fa("acp69")],
             ["รายงานผลการดำเนินงานป้องกันการทุจริต (สสจ.ลำภูคีรี)", fa("ssj68")],
             ["การวิเคราะห์ผลการประเมิน ITA", fa("ita_analysis")]])
         + '<p><a href="https://lamphukhiri.moph.go.th/ita/" target="_blank" rel="noopener">'
           "ITA สำนักงานสาธารณสุขจังหวัดลำภูคีรี</a></p>")
    page("/procurement/skr1/", "สรุปผลการจัดซื้อจัดจ้าง (แบบ สขร.1)",
         "<h3>ปีงบประมาณ 2569</h3>"
         + table(["เดือน", "ไฟล์"], [
             ["ตุลาคม 2568", fa("skr_oct")], ["พฤศจิกายน 2568", fa("skr_nov")],
             ["มกราคม 2569", fa("skr_jan")], ["กุมภาพันธ์ 2569", fa("skr_feb")], ["มีนาคม 2569", fa("skr_mar")]])
         + "<h3>ปีงบประมาณ 2568</h3>"
         + table(["เดือน", "ไฟล์"], [["กันยายน 2568", fa("skr_sep68")],
                                     ["สรุปผลการจัดซื้อจัดจ้างประจำปี 2568", fa("proc68")]])
         + f"<p>ข้อมูลย้อนหลัง ดูที่ {a('ITA 2568', '/ita-2568/')}</p>")
    page("/downloads/", "ดาวน์โหลดเอกสาร",
         table(["เอกสาร", "ไฟล์"], [
             ["คู่มือการขอรับบริการผู้ป่วยนอก", fa("opd")],
             ["คู่มือการปฏิบัติงาน งานเวชระเบียน (WI-MR-01)", fa("manual")],
             ["แผนปฏิบัติการ ปี 2569", fa("ap69")],
             ["ประกาศ No Gift Policy", fa("nogift")]]))
    page("/privacy-policy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
         "<p>โรงพยาบาลนาคำเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลของผู้รับบริการตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล"
         " พ.ศ. 2562 เท่าที่จำเป็นต่อการรักษาพยาบาล เว็บไซต์นี้ใช้คุกกี้เพื่อนับสถิติผู้เข้าชมเท่านั้น</p>")


def ita_pages() -> None:
    hearing = NEWS[2].url
    ethics_post = NEWS[3].url
    rows = [
        ("O1", "โครงสร้าง หน้าที่และอำนาจ", a("โครงสร้างองค์กร", "/about/structure/") + "<br>" + a("หน้าที่และอำนาจ", "/about/mission/")),
        ("O2", "ข้อมูลผู้บริหาร", a("ผู้บริหาร", "/about/executives/")),
        ("O3", "ข้อมูลการติดต่อและช่องทางการสอบถาม", a("ติดต่อเรา", "/contact/") + "<br>" + a("ถาม-ตอบ", "/qa/")),
        ("O4", "ข่าวประชาสัมพันธ์", a("ข่าวประชาสัมพันธ์", "/category/news/")),
        ("O5", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", fa("strat66")),
        ("O6", "แผนดำเนินงานและการใช้งบประมาณประจำปี", fa("ap69")),
        ("O7", "รายงานผลการดำเนินงานประจำปี", fa("report67")),
        ("O8", "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", fa("manual")),
        ("O9", "คู่มือหรือแนวทางการขอรับบริการ", a("ขั้นตอนการรับบริการผู้ป่วยนอก", "/services/opd-guide/") + "<br>" + fa("opd")),
        ("O10", "E–Service", a("นัดหมายออนไลน์", "/services/appointment/")),
        ("O11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", a("สขร.1 ปีงบประมาณ 2569", "/procurement/skr1/")),
        ("O12", "รายงานสรุปผลการจัดซื้อจัดจ้าง (ประจำปี)", fa("proc68")),
        ("O13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล", fa("hr68")),
        ("O14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", fa("hrreport68")),
        ("O15", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", fa("ethics") + "<br>" + a("กิจกรรมอบรมจริยธรรม 2569", ethics_post)),
        ("O16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", fa("complaint_manual")),
        ("O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", a("ร้องเรียนการทุจริต", "/complaint/")),
        ("O18", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริต", fa("complaint_stat68")),
        ("O19", "ผลการเปิดโอกาสให้มีส่วนร่วม", a("ประชุมรับฟังความคิดเห็น 2569", hearing)),
        ("O20", "No Gift Policy", fa("nogift") + "<br>" + fa("gift68")),
        ("O21", "การประเมินความเสี่ยงการทุจริต", fa("risk69")),
        ("O22", "รายงานผลตามแผนบริหารจัดการความเสี่ยงการทุจริต", fa("riskmgmt68")),
        ("O23", "แผนปฏิบัติการป้องกันการทุจริต", fa("acp69")),
        ("O24", "รายงานผลการดำเนินการป้องกันการทุจริต", fa("ssj68")),
        ("O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", fa("ita_analysis")),
        ("O26", "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส", "อยู่ระหว่างดำเนินการ"),
    ]
    page("/ita-2569/", "ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)",
         "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569</p>"
         + table(["ข้อ", "รายการ", "ข้อมูล / ไฟล์"], [list(r) for r in rows], cls="wp-block-table ita-table"))
    old = [
        ("o5", "แผนยุทธศาสตร์", fa("strat66")), ("o6", "แผนปฏิบัติการ ปี 2568", fa("ap68")),
        ("o7", "รายงานผลการดำเนินงาน ปี 2567", fa("report67")), ("o12", "สขร.1 กันยายน 2568", fa("skr_sep68")),
        ("o14", "แผนพัฒนาบุคลากร ปี 2568", fa("hr68")), ("o16", "ประมวลจริยธรรม", fa("ethics")),
        ("o18", "คู่มือร้องเรียน", fa("complaint_manual")),
        ("o21", "ประชุมรับฟังความคิดเห็น 2568", a("ข่าว", NEWS_OLD[4].url)),
    ]
    page("/ita-2568/", "ITA 2568", "<p>ข้อมูลการประเมิน ITA ปีงบประมาณ 2568 (ปีที่ผ่านมา)</p>"
         + table(["ข้อ", "รายการ", "ข้อมูล"], [list(r) for r in old]))
    moit = [  # the ministry's own (MOIT) checklist, numbered differently: not the NACC items
        ("MOIT 1", "มาตรการและระบบการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน", "บันทึกขออนุมัติเผยแพร่ (เก็บที่งานสารสนเทศ)"),
        ("MOIT 2", "การวิเคราะห์ผลการจัดซื้อจัดจ้างและการจัดหาพัสดุ", fa("proc68", "รายงานปี 2568")),
        ("MOIT 3", "รายงานสรุปผลการจัดซื้อจัดจ้างรายเดือน", a("สขร.1", "/procurement/skr1/")),
        ("MOIT 8", "แผนปฏิบัติการ ประจำปี", fa("ap69", "แผนปฏิบัติการ")),
        ("MOIT 14", "การประเมินความเสี่ยงการทุจริต", fa("risk69", "รายงาน")),
    ]
    page("/moit-2569/", "MOIT 2569 (เกณฑ์กระทรวงสาธารณสุข)",
         "<p>ข้อมูลตามแบบประเมิน MOIT ของกระทรวงสาธารณสุข ประจำปีงบประมาณ 2569 (รายงานผ่านระบบของกระทรวง ทุกไตรมาส)</p>"
         + table(["ข้อ", "ประเด็น", "หลักฐาน"], [list(r) for r in moit]))
    page("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
         f"<ul><li>{a('ITA 2569', '/ita-2569/')}</li><li>{a('ITA 2568 (ปีที่ผ่านมา)', '/ita-2568/')}</li>"
         f"<li>{a('MOIT 2569 (กระทรวงสาธารณสุข)', '/moit-2569/')}</li>"
         f"<li>{a('คุณธรรมและความโปร่งใส', '/integrity/')}</li></ul>")


def theme_files() -> None:
    path = os.path.join(HERE, THEME.lstrip("/"), "style.css")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("/* Theme Name: Medicare Lite */\nbody{font-family:Sarabun,sans-serif;margin:0}"
                ".top-bar{background:#00786e;color:#fff}.main-navigation ul{list-style:none}"
                ".sub-menu{display:none}.menu-item-has-children:hover>.sub-menu{display:block}"
                "#secondary{float:right;width:30%}#primary{float:left;width:68%}"
                ".ita-table td,.ita-table th{border:1px solid #ccc;padding:4px}\n")


def main() -> None:
    theme_files()
    home()
    about()
    services()
    contact()
    documents_pages()
    ita_pages()
    for p in NEWS + NEWS_OLD + PROCUREMENT + JOBS:
        post_page(p)
    listing("/category/news/", "ข่าวประชาสัมพันธ์", NEWS, older="/category/news/page/2/")
    listing("/category/news/page/2/", "ข่าวประชาสัมพันธ์", NEWS_OLD, newer="/category/news/")
    listing("/category/procurement/", "ข่าวจัดซื้อจัดจ้าง", PROCUREMENT)
    listing("/category/jobs/", "รับสมัครงาน", JOBS)


if __name__ == "__main__":
    main()
