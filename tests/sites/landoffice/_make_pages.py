"""Generate the HTML pages of the "landoffice" test site (สำนักงานที่ดินจังหวัดภูผาทอง, invented).

Run:  python tests/sites/landoffice/_make_pages.py   (the files it links come from _make_docs.py)

A provincial land office (a regional office of กรมที่ดิน) on Drupal 9 with a Bootstrap Barrio
sub-theme ("dolprov"): a header with the department's logo, a main menu of nested
<ul class="dropdown-menu"> that is mostly about services (ขั้นตอนการจดทะเบียนสิทธิและนิติกรรม,
ค่าธรรมเนียม, รังวัด, มรดก, คิวออนไลน์), breadcrumbs, a right sidebar of blocks (บริการออนไลน์,
ITA banner, department links), a footer with address, phone and e-mail. Pages at path aliases
/<section>/<slug>/, news nodes at /content/<slug>/ with Drupal's "submitted" line (dd/mm/CE
year - hh:mm), a news view /news/ and its archive /news/archive/. Files are Drupal file fields
(<span class="file file--mime-application-pdf">) whose link text is the upload name. The ITA
2569 page is one table (ข้อ | รายการ | ข้อมูล); last year's /ita/2568/ is still online.
Served as folder/index.html, UTF-8.
"""

from __future__ import annotations

import html
import os
import sys
from dataclasses import dataclass
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import FILES, IMAGES  # noqa: E402

ORG = "สำนักงานที่ดินจังหวัดภูผาทอง"
THEME = "/themes/custom/dolprov"
ADDRESS = "ศาลากลางจังหวัดภูผาทอง (ชั้น 1) ถนนศรีสุริยวงศ์ ตำบลในเมือง อำเภอเมืองภูผาทอง จังหวัดภูผาทอง 48120"
PHONE = "0 4411 2345"
FAX = "0 4411 2346"
EMAIL = "phuphathong.land@dol.mail.go.th"
SIZES: dict[str, str] = {}


def href(url: str) -> str:
    """A link as Drupal writes it: non-ASCII path segments percent-encoded."""
    return quote(url, safe="/:#?=&.-_~%")


def a(text: str, url: str, cls: str = "", blank: bool = False) -> str:
    c = f' class="{cls}"' if cls else ""
    t = ' target="_blank"' if blank else ""
    return f'<a href="{href(url)}"{c}{t}>{html.escape(text)}</a>'


def size_of(key: str) -> str:
    path = os.path.join(HERE, FILES[key].lstrip("/"))
    if not os.path.exists(path):
        return "1.2 MB"  # what Drupal showed before the file went missing
    n = os.path.getsize(path)
    return f"{n / 1024:.2f} KB" if n else "0 bytes"


MIME = {"pdf": "application-pdf", "docx": "application-vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application-vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def ff(key: str, text: str | None = None) -> str:
    """A Drupal file field item: icon span, link (text = the upload name unless given), size."""
    url = FILES[key]
    name = url.rsplit("/", 1)[1]
    ext = name.rsplit(".", 1)[1]
    return (f'<span class="file file--mime-{MIME[ext]} file--{ext}">'
            f'{a(text or name, url)}</span> <span class="file-size">({size_of(key)})</span>')


MENU = [
    ("หน้าหลัก", "/", []),
    ("เกี่ยวกับหน่วยงาน", "/about/history/", [
        ("ประวัติความเป็นมา", "/about/history/"), ("วิสัยทัศน์ พันธกิจ", "/about/vision/"),
        ("โครงสร้างหน่วยงาน", "/about/structure/"), ("อำนาจหน้าที่", "/about/duties/"),
        ("ทำเนียบผู้บริหาร", "/about/executives/"), ("สำนักงานที่ดินสาขา", "/about/branches/")]),
    ("บริการประชาชน", "/services/", [
        ("ขั้นตอนการจดทะเบียนสิทธิและนิติกรรม", "/services/registration/"),
        ("ค่าธรรมเนียมและภาษีอากร", "/services/fees/"), ("การขอรับมรดก", "/services/inheritance/"),
        ("การรังวัดที่ดิน", "/services/survey/"), ("การออกโฉนดที่ดิน", "/services/land-title/"),
        ("เอกสารที่ต้องใช้", "/services/documents/"), ("ราคาประเมินทุนทรัพย์", "/services/appraisal/"),
        ("คู่มือสำหรับประชาชน", "/services/citizen-manual/"), ("จองคิวออนไลน์", "/services/e-queue/"),
        ("สถิติการให้บริการ", "/services/statistics/")]),
    ("ข่าวสาร", "/news/", [("ข่าวประชาสัมพันธ์", "/news/"), ("ข่าวย้อนหลัง", "/news/archive/")]),
    ("แผนงาน/ผลการดำเนินงาน", "/plans/", [("แผนยุทธศาสตร์และแผนปฏิบัติราชการ", "/plans/"),
                                          ("รายงานผลการดำเนินงาน", "/reports/")]),
    ("จัดซื้อจัดจ้าง", "/procurement/", [
        ("ประกาศจัดซื้อจัดจ้าง", "/procurement/announcements/"), ("แผนการจัดซื้อจัดจ้าง", "/procurement/plan/"),
        ("สรุปผลการจัดซื้อจัดจ้าง ปี 2569", "/procurement/summary-2569/"),
        ("สรุปผลการจัดซื้อจัดจ้าง ปี 2568", "/procurement/summary-2568/"),
        ("รายงานผลการจัดซื้อจัดจ้างประจำปี", "/procurement/annual-report/")]),
    ("บุคลากร", "/hr/", [("การบริหารทรัพยากรบุคคล", "/hr/"), ("รับสมัครงาน", "/jobs/")]),
    ("คุณธรรมและความโปร่งใส", "/integrity/", [
        ("การส่งเสริมคุณธรรม", "/integrity/"), ("ร้องเรียนการทุจริต", "/complaint/"),
        ("ITA 2569", "/ita/2569/"), ("ITA 2568", "/ita/2568/")]),
    ("ติดต่อเรา", "/contact/", [("ที่ตั้งและช่องทางติดต่อ", "/contact/"), ("ถาม-ตอบ", "/faq/")]),
]


def menu() -> str:
    out = ['<nav role="navigation" aria-labelledby="block-dolprov-main-menu-menu" id="block-dolprov-main-menu"'
           ' class="block block-menu navigation menu--main">',
           '<h2 class="visually-hidden" id="block-dolprov-main-menu-menu">Main navigation</h2>',
           '<ul class="clearfix nav navbar-nav">']
    for title, url, children in MENU:
        if children:
            out.append(f'<li class="nav-item menu-item--expanded dropdown">'
                       f'<a href="{href(url)}" class="nav-link dropdown-toggle" data-toggle="dropdown">'
                       f'{html.escape(title)}</a><ul class="dropdown-menu">')
            out += [f'<li class="dropdown-item">{a(t, u)}</li>' for t, u in children]
            out.append("</ul></li>")
        else:
            out.append(f'<li class="nav-item">{a(title, url, "nav-link")}</li>')
    out.append("</ul></nav>")
    return "".join(out)


SIDEBAR = (
    '<aside class="col-md-3 sidebar_second" role="complementary">'
    '<div id="block-onlineservices" class="block block-block-content"><h2>บริการออนไลน์</h2><ul>'
    f'<li>{a("จองคิวจดทะเบียนออนไลน์", "/services/e-queue/")}</li>'
    '<li><a href="https://landsmaps.dol.go.th/" target="_blank">ค้นหารูปแปลงที่ดิน LandsMaps</a></li>'
    f'<li>{a("ตรวจสอบราคาประเมินทุนทรัพย์", "/services/appraisal/")}</li>'
    f'<li>{a("แจ้งเรื่องร้องเรียนการทุจริต", "/complaint/")}</li></ul></div>'
    '<div id="block-itabanner" class="block block-block-content">'
    f'<a href="/ita/2569/"><img src="{THEME}/images/ita-banner.png" alt="ITA 2569 การเปิดเผยข้อมูลสาธารณะ"></a></div>'
    '<div id="block-links" class="block block-block-content"><h2>หน่วยงานที่เกี่ยวข้อง</h2><ul>'
    '<li><a href="https://www.dol.go.th/" target="_blank">กรมที่ดิน</a></li>'
    '<li><a href="https://www.moi.go.th/" target="_blank">กระทรวงมหาดไทย</a></li>'
    '<li><a href="https://www.nacc.go.th/" target="_blank">สำนักงาน ป.ป.ช.</a></li>'
    '<li><a href="https://www.damrongdhama.moi.go.th/" target="_blank">ศูนย์ดำรงธรรม</a></li></ul></div>'
    '</aside>'
)

FOOTER = (
    '<footer class="site-footer"><div class="container"><div class="row">'
    f'<div class="col-md-6"><p><strong>{ORG}</strong><br>{ADDRESS}</p>'
    f'<p>โทรศัพท์ {PHONE} โทรสาร {FAX}<br>อีเมล {EMAIL}</p></div>'
    '<div class="col-md-6"><p>เวลาทำการ วันจันทร์ – วันศุกร์ 08.30 – 16.30 น. (รับเรื่องถึง 15.00 น.)</p>'
    f'<p>{a("แผนผังเว็บไซต์", "/sitemap/")} | {a("นโยบายคุ้มครองข้อมูลส่วนบุคคล", "/privacy/")}</p></div>'
    '</div><p class="copyright">© 2569 สำนักงานที่ดินจังหวัดภูผาทอง กรมที่ดิน สงวนลิขสิทธิ์ | Powered by Drupal</p>'
    '</div></footer>'
)


def crumbs(url: str, title: str) -> str:
    parts = ['<li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li>']
    for t, u, children in MENU[1:]:
        if url != u and any(url == cu for _, cu in children) or (url.startswith("/content/") and u == "/news/"):
            parts.append(f'<li class="breadcrumb-item">{a(t, u)}</li>')
            break
    parts.append(f'<li class="breadcrumb-item active">{html.escape(title)}</li>')
    return '<nav role="navigation" aria-labelledby="system-breadcrumb"><ol class="breadcrumb">' + "".join(parts) + "</ol></nav>"


def write(url: str, title: str, main: str, body: str = "path-node page-node-type-page", side: bool = True) -> None:
    doc = f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="{href(url)}">
<title>{html.escape(title)} | {ORG}</title>
<link rel="stylesheet" media="all" href="{THEME}/css/style.css">
</head>
<body class="{body}">
<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปที่เนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header id="header" class="header" role="banner">
<div class="container"><div class="region region-header">
<a href="/" title="หน้าหลัก" rel="home" class="navbar-brand"><img src="{IMAGES['logo']}" alt="กรมที่ดิน" width="72" height="72">
<span class="site-name">{ORG}</span><span class="site-slogan">Phuphathong Provincial Land Office · กรมที่ดิน กระทรวงมหาดไทย</span></a>
</div>
{menu()}
</div></header>
<div id="main-wrapper" class="layout-main-wrapper clearfix"><div id="main" class="container">
{crumbs(url, title)}
<div class="row row-offcanvas row-offcanvas-left clearfix">
<main class="main-content col{' col-md-9' if side else ''}" id="content" role="main">
<a id="main-content" tabindex="-1"></a>
<div class="region region-content">
{main}
</div></main>
{SIDEBAR if side else ''}
</div></div></div>
{FOOTER}
</div>
</body>
</html>
"""
    path = os.path.join(HERE, url.lstrip("/"), "index.html")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


def page(url: str, title: str, content: str) -> None:
    write(url, title, f'<h1 class="title page-title"><span class="field field--name-title">{html.escape(title)}</span></h1>'
          f'<article role="article" class="node node--type-page node--view-mode-full"><div class="node__content clearfix">'
          f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">{content}</div>'
          f'</div></article>')


def table(head: list[str], rows: list[list[str]], cls: str = "table table-bordered") -> str:
    h = "".join(f"<th>{c}</th>" for c in head)
    b = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="{cls}"><thead><tr>{h}</tr></thead><tbody>{b}</tbody></table>'


def files_field(label: str, keys: list[tuple[str, str | None]]) -> str:
    items = "".join(f'<div class="field__item">{ff(k, t)}</div>' for k, t in keys)
    return (f'<div class="field field--name-field-attach field--type-file field--label-above">'
            f'<div class="field__label">{html.escape(label)}</div><div class="field__items">{items}</div></div>')


# ================================================================== news nodes
@dataclass
class Post:
    slug: str
    title: str
    iso: str  # 2026-02-12T10:15
    body: str
    image: str = ""
    files: tuple[tuple[str, str | None], ...] = ()

    @property
    def url(self) -> str:
        return f"/content/{self.slug}/"

    @property
    def shown(self) -> str:  # Drupal's medium date as this site configured it: dd/mm/CE-year - hh:mm
        y, m, rest = self.iso.split("-", 2)
        day, hm = rest.split("T")
        return f"{day}/{m}/{y} - {hm}"


NEWS = [
    Post("songkran-service-2569", "ประชาสัมพันธ์ การให้บริการช่วงก่อนวันหยุดเทศกาลสงกรานต์ 2569", "2026-04-07T09:30",
         "<p>สำนักงานที่ดินจังหวัดภูผาทองและสาขา ขอแจ้งว่าในวันที่ 10 เมษายน 2569 จะเปิดให้บริการตามปกติ"
         " และงดให้บริการในวันที่ 13 – 15 เมษายน 2569 ผู้ที่ประสงค์จดทะเบียนสามารถจองคิวล่วงหน้าได้ทางระบบคิวออนไลน์</p>"),
    Post("strategy-review-2570", "ประชุมเชิงปฏิบัติการทบทวนแผนยุทธศาสตร์สำนักงานที่ดินจังหวัดภูผาทอง พ.ศ. 2570 – 2574",
         "2026-03-19T14:00",
         "<p>วันที่ 18 มีนาคม 2569 นายวรวุฒิ แก้วประเสริฐ เจ้าพนักงานที่ดินจังหวัดภูผาทอง เป็นประธานการประชุมเชิงปฏิบัติการ"
         " ทบทวนและยกร่างแผนยุทธศาสตร์สำนักงานฯ ฉบับใหม่ พ.ศ. 2570 – 2574 แทนฉบับ พ.ศ. 2564 – 2568 ที่สิ้นสุดลง"
         " โดยร่างแผนอยู่ระหว่างจัดทำ คาดว่าจะประกาศใช้ภายในเดือนกันยายน 2569</p>", "news1"),
    Post("land-day-2569", "กิจกรรมวันที่ดิน 17 กุมภาพันธ์ 2569", "2026-02-17T11:20",
         "<p>สำนักงานที่ดินจังหวัดภูผาทองจัดกิจกรรมเนื่องในวันที่ดิน ประจำปี 2569 ทำบุญตักบาตร"
         " และมอบโฉนดที่ดินให้แก่ประชาชนที่ได้รับการออกโฉนดเฉพาะราย จำนวน 25 ราย</p>"),
    Post("service-hearing-2569", "ประชุมรับฟังความคิดเห็นผู้รับบริการและผู้มีส่วนได้ส่วนเสีย ประจำปีงบประมาณ พ.ศ. 2569",
         "2026-02-12T10:15",
         "<p>เมื่อวันที่ 11 กุมภาพันธ์ 2569 เวลา 09.30 น. ณ ห้องประชุมสำนักงานที่ดินจังหวัดภูผาทอง"
         " สำนักงานฯ เปิดโอกาสให้ประชาชนผู้รับบริการ ผู้ประกอบการอสังหาริมทรัพย์ สมาคมนายหน้า ผู้แทนสถาบันการเงิน"
         " และกำนันผู้ใหญ่บ้าน รวม 46 คน ร่วมแสดงความคิดเห็นต่อการให้บริการจดทะเบียนและงานรังวัด</p>"
         "<p>ข้อเสนอที่ได้รับ ได้แก่ ขยายจำนวนคิวออนไลน์ช่วงเช้า เพิ่มจุดบริการสำหรับผู้สูงอายุ"
         " และแจ้งลำดับนัดรังวัดผ่านเว็บไซต์ ซึ่งสำนักงานฯ ได้นำไปปรับปรุงตั้งแต่เดือนมีนาคม 2569"
         " โดยเพิ่มคิวออนไลน์จาก 40 เป็น 60 คิวต่อวัน</p>", "news1"),
    Post("appraisal-notice-2569", "ประกาศ การใช้บัญชีราคาประเมินทุนทรัพย์ที่ดิน รอบบัญชี พ.ศ. 2566 – 2569 (ขยายเวลา)",
         "2026-01-20T13:45",
         "<p>กรมธนารักษ์ขยายเวลาการใช้บัญชีราคาประเมินทุนทรัพย์รอบปัจจุบัน ผู้รับบริการตรวจสอบราคาประเมินได้ที่"
         f" {a('หน้าราคาประเมินทุนทรัพย์', '/services/appraisal/')}</p>"),
    Post("ethics-training-2569", "สำนักงานที่ดินจังหวัดภูผาทองจัดอบรมเสริมสร้างจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2569",
         "2026-01-23T15:30",
         "<p>วันที่ 22 มกราคม 2569 สำนักงานที่ดินจังหวัดภูผาทองจัดอบรมเสริมสร้างจริยธรรมตามประมวลจริยธรรมข้าราชการพลเรือน"
         " และข้อกำหนดจริยธรรมกรมที่ดิน ให้แก่ข้าราชการ พนักงานราชการ และลูกจ้าง จำนวน 58 คน"
         " พร้อมประกาศ Do's &amp; Don'ts สำหรับงานบริการจดทะเบียน และให้บุคลากรลงนามปฏิญญาการเป็นข้าราชการที่ดี</p>", "news2"),
    Post("mobile-land-service-dec68", "โครงการที่ดินเคลื่อนที่ ให้บริการประชาชน ณ อำเภอผาแดง", "2025-12-16T16:00",
         "<p>วันที่ 15 ธันวาคม 2568 สำนักงานที่ดินจังหวัดภูผาทอง สาขาผาแดง ออกให้บริการรับคำขอรังวัด"
         " ให้คำปรึกษาด้านกฎหมายที่ดิน และตรวจสอบหลักฐานทะเบียนที่ดิน ณ ที่ว่าการอำเภอผาแดง มีผู้รับบริการ 132 ราย</p>", "news2"),
    Post("print-action-plan-2569", "แจ้งเวียน ขอให้ทุกฝ่ายดาวน์โหลดและจัดพิมพ์แผนปฏิบัติราชการ ประจำปี 2569 ไว้ประจำฝ่าย",
         "2025-11-10T08:50",
         "<p>ตามที่สำนักงานฯ ได้ประกาศใช้แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569 แล้ว ขอให้หัวหน้าฝ่ายทุกฝ่าย"
         f" ดาวน์โหลดแผนจากหน้า {a('แผนงาน', '/plans/')} จัดพิมพ์เก็บไว้ประจำฝ่าย และรายงานความก้าวหน้าทุกไตรมาส</p>"),
    Post("action-plan-briefing-2569", "ประชุมชี้แจงแนวทางการขับเคลื่อนแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569",
         "2025-10-08T14:10",
         "<p>วันที่ 7 ตุลาคม 2568 ผู้ช่วยเจ้าพนักงานที่ดินจังหวัดภูผาทองชี้แจงโครงการตามแผนปฏิบัติราชการปี 2569"
         " และตัวชี้วัดตามคำรับรองการปฏิบัติราชการของกรมที่ดินแก่ข้าราชการทุกฝ่าย</p>"),
]

NEWS_OLD = [
    Post("ethics-training-2568", "อบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ พ.ศ. 2568", "2025-06-20T15:00",
         "<p>วันที่ 19 มิถุนายน 2568 สำนักงานฯ จัดอบรมคุณธรรมจริยธรรมแก่บุคลากร 55 คน</p>"),
    Post("service-hearing-2568", "ประชุมรับฟังความคิดเห็นผู้รับบริการ ประจำปี 2568", "2025-03-14T10:00",
         "<p>วันที่ 13 มีนาคม 2568 สำนักงานฯ เปิดรับฟังความคิดเห็นผู้รับบริการ 38 คน เรื่องระยะเวลารอคิว</p>"),
    Post("mobile-land-service-2568", "โครงการที่ดินเคลื่อนที่ อำเภอนาดี", "2024-12-10T16:00",
         "<p>วันที่ 9 ธันวาคม 2567 ออกให้บริการประชาชน ณ ที่ว่าการอำเภอนาดี มีผู้รับบริการ 97 ราย</p>"),
]


def post_page(p: Post) -> None:
    img = (f'<div class="field field--name-field-image"><img src="{IMAGES[p.image]}" alt="{html.escape(p.title)}"'
           ' width="300" height="200"></div>') if p.image else ""
    att = files_field("ไฟล์แนบ", list(p.files)) if p.files else ""
    write(p.url, p.title,
          f'<h1 class="title page-title"><span class="field field--name-title">{html.escape(p.title)}</span></h1>'
          f'<article role="article" class="node node--type-article node--promoted node--view-mode-full">'
          f'<div class="node__meta"><span class="field field--name-uid">admin</span> '
          f'<span class="field field--name-created"><time datetime="{p.iso}:00+07:00">{p.shown}</time></span></div>'
          f'<div class="node__content clearfix">{img}'
          f'<div class="clearfix text-formatted field field--name-body">{p.body}</div>{att}</div></article>',
          body="path-node page-node-type-article")


def listing(url: str, title: str, posts: list[Post], more: str = "") -> None:
    rows = "".join(
        f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
        f'{a(p.title, p.url)}</span></div><div class="views-field views-field-created"><span class="field-content">'
        f'<time datetime="{p.iso}:00+07:00">{p.shown}</time></span></div></div>' for p in posts)
    pager = f'<nav class="pager"><ul class="pager__items"><li class="pager__item">{a("ข่าวย้อนหลัง ›", more)}</li></ul></nav>' if more else ""
    write(url, title, f'<h1 class="title page-title">{html.escape(title)}</h1>'
          f'<div class="view view-news view-id-news view-display-id-page_1"><div class="view-content">{rows}</div>{pager}</div>',
          body="path-news")


# ================================================================== pages
def home() -> None:
    latest = "".join(f'<li>{a(p.title, p.url)} <span class="date">{p.shown[:10]}</span></li>' for p in NEWS[:6])
    main = (
        '<div id="block-slideshow" class="block"><img src="' + IMAGES["news1"] + '" alt="ภาพกิจกรรม" width="300" height="200"></div>'
        '<div id="block-quick" class="block"><h2>บริการประชาชน</h2><div class="row">'
        f'<div class="col-3">{a("จองคิวจดทะเบียนออนไลน์", "/services/e-queue/")}</div>'
        f'<div class="col-3">{a("ขั้นตอนการจดทะเบียน", "/services/registration/")}</div>'
        f'<div class="col-3">{a("คำนวณค่าธรรมเนียม", "/services/fees/")}</div>'
        f'<div class="col-3">{a("ขั้นตอนการรังวัด", "/services/survey/")}</div></div></div>'
        f'<div id="block-views-block-news" class="block"><h2>ข่าวประชาสัมพันธ์</h2><ul>{latest}</ul>'
        f'<p>{a("ดูทั้งหมด", "/news/")}</p></div>'
        '<div id="block-notice" class="block"><h2>ประกาศ</h2>'
        '<p>ตั้งแต่ 1 มีนาคม 2569 สำนักงานฯ เพิ่มคิวจองออนไลน์เป็น 60 คิวต่อวัน ผู้ที่มาโดยไม่ได้จองคิว'
        ' รับบัตรคิวได้ถึงเวลา 15.00 น.</p></div>'
    )
    write("/", "หน้าหลัก", main, body="path-frontpage")


def about() -> None:
    page("/about/history/", "ประวัติความเป็นมา",
         "<p>สำนักงานที่ดินจังหวัดภูผาทองจัดตั้งขึ้นเมื่อปี พ.ศ. 2503 เป็นราชการบริหารส่วนภูมิภาคของกรมที่ดิน"
         " ปัจจุบันมีสำนักงานที่ดินสาขา 2 แห่ง และส่วนแยก 1 แห่ง ให้บริการประชาชนใน 8 อำเภอ</p>")
    page("/about/vision/", "วิสัยทัศน์ พันธกิจ",
         "<h2>วิสัยทัศน์ (กรมที่ดิน)</h2><p>ประชาชนได้รับบริการที่ดินที่ทันสมัย ถูกต้อง รวดเร็ว และเป็นธรรม</p>"
         "<h2>พันธกิจ</h2><ol><li>ให้บริการจดทะเบียนสิทธิและนิติกรรมและงานรังวัด</li>"
         "<li>ออกหนังสือแสดงสิทธิในที่ดิน</li><li>คุ้มครองสิทธิในที่ดินของประชาชน</li></ol>")
    page("/about/structure/", "โครงสร้างหน่วยงาน",
         f'<p><img src="{IMAGES["chart"]}" alt="แผนภูมิโครงสร้างสำนักงานที่ดินจังหวัดภูผาทอง" width="800" height="380"></p>'
         "<p>สำนักงานที่ดินจังหวัดภูผาทองอยู่ภายใต้การบังคับบัญชาของอธิบดีกรมที่ดิน มีเจ้าพนักงานที่ดินจังหวัด"
         " เป็นผู้บังคับบัญชา และผู้ช่วยเจ้าพนักงานที่ดินจังหวัด แบ่งส่วนงานภายในดังนี้</p>"
         "<ul><li>ฝ่ายอำนวยการ : งานสารบรรณ การเงิน พัสดุ บุคคล และแผนงาน</li>"
         "<li>ฝ่ายทะเบียน : จดทะเบียนสิทธิและนิติกรรม ออกหนังสือแสดงสิทธิในที่ดิน</li>"
         "<li>ฝ่ายรังวัด : รังวัดแบ่งแยก รวมโฉนด สอบเขต และจัดทำแผนที่</li>"
         "<li>กลุ่มงานวิชาการที่ดิน : ให้คำปรึกษาด้านกฎหมาย ตรวจสอบเรื่องร้องเรียน</li>"
         "<li>สำนักงานที่ดินจังหวัดภูผาทอง สาขาเมืองใหม่ สาขาผาแดง และส่วนแยกนาดี</li></ul>"
         f'<p>ดูเพิ่มเติม : {a("อำนาจหน้าที่", "/about/duties/")}</p>')
    page("/about/duties/", "อำนาจหน้าที่",
         "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมที่ดิน กระทรวงมหาดไทย และประมวลกฎหมายที่ดิน"
         " สำนักงานที่ดินจังหวัดมีอำนาจหน้าที่โดยสรุป ดังนี้</p><ol>"
         "<li>ดำเนินการเกี่ยวกับการจดทะเบียนสิทธิและนิติกรรมเกี่ยวกับอสังหาริมทรัพย์และอาคารชุด</li>"
         "<li>ออกโฉนดที่ดิน หนังสือรับรองการทำประโยชน์ และใบแทน</li>"
         "<li>รังวัดแบ่งแยก รวมโฉนด สอบเขต และจัดทำแผนที่รูปแปลงที่ดิน</li>"
         "<li>จัดเก็บค่าธรรมเนียม ภาษีเงินได้หัก ณ ที่จ่าย และอากรแสตมป์แทนหน่วยงานอื่น</li>"
         "<li>ควบคุมการจัดสรรที่ดินและการจดทะเบียนอาคารชุดในเขตจังหวัด</li>"
         "<li>ปฏิบัติงานอื่นตามที่กรมที่ดินมอบหมาย</li></ol>")
    people = [("chief", "นายวรวุฒิ แก้วประเสริฐ", "เจ้าพนักงานที่ดินจังหวัดภูผาทอง", "0 4411 2345 ต่อ 101"),
              ("asst", "นางกนกวรรณ ศรีสุวรรณ", "ผู้ช่วยเจ้าพนักงานที่ดินจังหวัดภูผาทอง", "0 4411 2345 ต่อ 102"),
              ("reg", "นายธีรพงษ์ มณีรัตน์", "หัวหน้าฝ่ายทะเบียน", "0 4411 2345 ต่อ 111"),
              ("survey", "นายอดิศักดิ์ พรหมวงศ์", "หัวหน้าฝ่ายรังวัด", "0 4411 2345 ต่อ 121"),
              ("admin", "นางสาวรัชนี ทองคำ", "หัวหน้าฝ่ายอำนวยการ", "0 4411 2345 ต่อ 131")]
    cards = "".join(f'<div class="executive col-md-4"><img src="{IMAGES[k]}" alt="{n}" width="100" height="130">'
                    f'<p><strong>{n}</strong><br>{pos}<br>โทร. {tel}</p></div>' for k, n, pos, tel in people)
    page("/about/executives/", "ทำเนียบผู้บริหาร", f'<div class="row">{cards}</div>')
    page("/about/branches/", "สำนักงานที่ดินสาขา",
         table(["สำนักงาน", "ที่ตั้ง", "โทรศัพท์", "เขตรับผิดชอบ"],
               [["สาขาเมืองใหม่", "ที่ว่าการอำเภอเมืองใหม่", "0 4411 3456", "อำเภอเมืองใหม่ อำเภอห้วยเย็น"],
                ["สาขาผาแดง", "ที่ว่าการอำเภอผาแดง", "0 4411 4567", "อำเภอผาแดง อำเภอโนนงาม"],
                ["ส่วนแยกนาดี", "ที่ว่าการอำเภอนาดี", "0 4411 5678", "อำเภอนาดี"]]))


def services() -> None:
    links = "".join(f"<li>{a(t, u)}</li>" for t, u in MENU[2][2])
    page("/services/", "บริการประชาชน", f"<p>งานบริการของสำนักงานที่ดินจังหวัดภูผาทอง</p><ul>{links}</ul>")
    steps = [["1", "ประชาสัมพันธ์ – ตรวจเอกสาร รับบัตรคิว", "5 นาที"],
             ["2", "รับคำขอและสอบสวนคู่กรณี", "15 นาที"],
             ["3", "ตรวจสอบสารบบและหนังสือแสดงสิทธิในที่ดิน ตรวจอายัด", "10 นาที"],
             ["4", "ประเมินทุนทรัพย์ คำนวณค่าธรรมเนียม ภาษีและอากร", "10 นาที"],
             ["5", "ชำระเงิน รับใบเสร็จ", "5 นาที"],
             ["6", "พิมพ์สัญญา แก้สารบัญจดทะเบียน", "15 นาที"],
             ["7", "คู่กรณีลงนามในสัญญา เจ้าพนักงานที่ดินลงนามจดทะเบียนและประทับตรา", "15 นาที"],
             ["8", "แจกหนังสือแสดงสิทธิในที่ดินและสัญญา", "5 นาที"]]
    page("/services/registration/", "ขั้นตอนการจดทะเบียนสิทธิและนิติกรรม",
         "<p>ขั้นตอนการจดทะเบียนสิทธิและนิติกรรม (ขาย ขายฝาก ให้ จำนอง) ที่ดินมีโฉนด</p>"
         + table(["ขั้นตอน", "รายละเอียด", "ระยะเวลา"], steps)
         + "<p>รวมระยะเวลาประมาณ 1 ชั่วโมง 20 นาที (ไม่รวมเวลารอคิว) ผู้รับบริการติดต่อด้วยตนเองที่สำนักงานหรือสาขา"
           " ในวันและเวลาราชการ</p><h2>เอกสารที่ต้องใช้</h2><ul><li>โฉนดที่ดินฉบับเจ้าของ</li>"
           "<li>บัตรประจำตัวประชาชนและทะเบียนบ้านของคู่สัญญา</li><li>หนังสือยินยอมของคู่สมรส (ถ้ามี)</li>"
           "<li>หนังสือมอบอำนาจ ท.ด.21 กรณีมอบอำนาจ</li></ul>"
           f'<p>ค่าธรรมเนียม : ดู {a("ค่าธรรมเนียมและภาษีอากร", "/services/fees/")}</p>'
           f'<p>ดาวน์โหลด {ff("citizen", "คู่มือสำหรับประชาชน การจดทะเบียนขาย (PDF)")}</p>')
    page("/services/fees/", "ค่าธรรมเนียมและภาษีอากร",
         table(["ประเภทการจดทะเบียน", "ค่าธรรมเนียม"],
               [["ขาย / ให้ (ทั่วไป)", "ร้อยละ 2 ของราคาประเมินทุนทรัพย์"],
                ["ให้ระหว่างบุพการีกับผู้สืบสันดาน หรือคู่สมรส", "ร้อยละ 0.5"],
                ["จำนอง", "ร้อยละ 1 ของวงเงินจำนอง ไม่เกิน 200,000 บาท"],
                ["ขายฝาก", "ร้อยละ 2 ของราคาประเมินทุนทรัพย์"],
                ["มรดก (ผู้รับเป็นผู้สืบสันดาน)", "ร้อยละ 0.5"],
                ["ค่าคำขอ", "5 บาท"], ["ค่าพยาน", "20 บาท"]])
         + "<p>นอกจากค่าธรรมเนียมแล้ว อาจมีภาษีเงินได้บุคคลธรรมดาหัก ณ ที่จ่าย ภาษีธุรกิจเฉพาะ หรืออากรแสตมป์"
           " ซึ่งสำนักงานที่ดินจัดเก็บแทนกรมสรรพากร</p>")
    page("/services/inheritance/", "การขอรับมรดก",
         "<ol><li>ยื่นคำขอพร้อมหลักฐานการเป็นทายาท</li><li>ประกาศมรดก 30 วัน</li>"
         "<li>เมื่อไม่มีผู้คัดค้าน จดทะเบียนโอนมรดก</li></ol><p>ระยะเวลารวมประมาณ 45 วัน</p>")
    page("/services/survey/", "การรังวัดที่ดิน",
         "<p>การรังวัดแบ่งแยก รวมโฉนด สอบเขต ผู้ขอต้องยื่นคำขอ ชำระเงินมัดจำรังวัด และรอนัดรังวัดตามลำดับ</p>"
         + table(["ขั้นตอน", "ระยะเวลา"], [["ยื่นคำขอ / ชำระเงินมัดจำ", "30 นาที"],
                                         ["นัดรังวัด", "ตามลำดับคิว ประมาณ 60 วัน"],
                                         ["ทำการรังวัด", "1 วัน"], ["จดทะเบียนแบ่งแยก", "1 ชั่วโมง"]]))
    page("/services/land-title/", "การออกโฉนดที่ดิน",
         "<p>การออกโฉนดที่ดินเฉพาะรายจากหลักฐาน ส.ค.1 น.ส.3 หรือ น.ส.3 ก. ยื่นคำขอ ณ สำนักงานที่ดินท้องที่</p>")
    page("/services/documents/", "เอกสารที่ต้องใช้",
         "<ul><li>คำขอจดทะเบียนสิทธิและนิติกรรม (ท.ด.1)</li><li>หนังสือมอบอำนาจ (ท.ด.21)</li>"
         "<li>หนังสือยินยอมคู่สมรส</li></ul><p>แบบฟอร์มรับได้ที่จุดประชาสัมพันธ์ของสำนักงาน</p>")
    page("/services/appraisal/", "ราคาประเมินทุนทรัพย์",
         "<p>ตรวจสอบราคาประเมินทุนทรัพย์ที่ดินรายแปลงได้จากเว็บไซต์กรมธนารักษ์ หรือแอปพลิเคชัน LandsMaps"
         " ราคาประเมินใช้คำนวณค่าธรรมเนียมการจดทะเบียน</p>")
    page("/services/citizen-manual/", "คู่มือสำหรับประชาชน",
         "<p>คู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558</p>"
         + files_field("คู่มือ", [("citizen", None)])
         + "<p>คู่มืองานบริการอื่น (มรดก รังวัด ออกโฉนด) ดูได้ที่จุดประชาสัมพันธ์ และศูนย์ราชการสะดวก</p>")
    form = (
        '<form class="webform-submission-form" action="/services/e-queue/submit" method="post" id="webform-e-queue">'
        '<div class="form-item"><label for="edit-name">ชื่อ – นามสกุล</label><input type="text" id="edit-name" name="name" required></div>'
        '<div class="form-item"><label for="edit-idcard">เลขประจำตัวประชาชน</label><input type="text" id="edit-idcard" name="idcard" maxlength="13" required></div>'
        '<div class="form-item"><label for="edit-phone">โทรศัพท์</label><input type="tel" id="edit-phone" name="phone" required></div>'
        '<div class="form-item"><label for="edit-office">สำนักงาน</label><select id="edit-office" name="office">'
        '<option>สำนักงานที่ดินจังหวัดภูผาทอง</option><option>สาขาเมืองใหม่</option><option>สาขาผาแดง</option></select></div>'
        '<div class="form-item"><label for="edit-type">ประเภทงาน</label><select id="edit-type" name="type">'
        '<option>ขาย</option><option>ให้</option><option>จำนอง</option><option>ไถ่ถอนจำนอง</option><option>มรดก</option></select></div>'
        '<div class="form-item"><label for="edit-date">วันที่ต้องการ</label><input type="date" id="edit-date" name="date" required></div>'
        '<div class="form-actions"><input type="submit" value="จองคิว" class="button js-form-submit form-submit"></div></form>'
    )
    page("/services/e-queue/", "จองคิวออนไลน์",
         "<p>ระบบจองคิวจดทะเบียนสิทธิและนิติกรรมล่วงหน้า (E-Service) จองได้ล่วงหน้า 1 – 30 วัน วันละ 60 คิว"
         " ระบบส่ง SMS ยืนยันคิวและเวลานัด</p>" + form
         + '<p>หรือจองผ่าน <a href="https://eqlands.dol.go.th/" target="_blank">ระบบ e-QLands กรมที่ดิน</a></p>'
         f'<p>{a("สถิติการใช้บริการ", "/services/statistics/")}</p>')
    page("/services/statistics/", "สถิติการให้บริการ",
         "<p>ข้อมูลสถิติการให้บริการ ปีงบประมาณ พ.ศ. 2569 (สำนักงานที่ดินจังหวัดภูผาทองและสาขา)</p>"
         + table(["เดือน", "จดทะเบียนสิทธิและนิติกรรม (เรื่อง)", "รังวัด (ราย)", "จองคิวออนไลน์ (คิว)"],
                 [["ต.ค. 2568", "1,482", "251", "612"], ["พ.ย. 2568", "1,530", "244", "655"],
                  ["ธ.ค. 2568", "1,711", "230", "701"], ["ม.ค. 2569", "1,398", "262", "688"],
                  ["ก.พ. 2569", "1,455", "270", "702"], ["มี.ค. 2569", "1,620", "281", "1,044"]])
         + "<p>ข้อมูล ณ วันที่ 3 เมษายน 2569</p>")


def contact() -> None:
    page("/contact/", "ที่ตั้งและช่องทางติดต่อ",
         f"<p><strong>{ORG}</strong><br>{ADDRESS}</p><p>โทรศัพท์ {PHONE} โทรสาร {FAX}<br>อีเมล "
         f'<a href="mailto:{EMAIL}">{EMAIL}</a></p>'
         '<p>Facebook : <a href="https://www.facebook.com/landphuphathong" target="_blank">สำนักงานที่ดินจังหวัดภูผาทอง</a></p>'
         '<p><a href="https://maps.google.com/?q=16.4321,102.8765" target="_blank">แผนที่ Google Maps</a></p>'
         f'<p>มีข้อสงสัย? {a("ถาม-ตอบ", "/faq/")}</p>')
    qa = [("ขายที่ดินต้องนำเอกสารอะไรไปบ้าง (คุณสมพร, 3 มี.ค. 2569)",
           "นำโฉนดฉบับเจ้าของ บัตรประชาชน ทะเบียนบ้าน และหนังสือยินยอมคู่สมรส (ถ้ามี) – ฝ่ายทะเบียน"),
          ("จองคิวออนไลน์แล้วมาสายได้หรือไม่ (คุณวิภา, 18 มี.ค. 2569)",
           "สามารถมาได้ภายใน 30 นาทีจากเวลานัด หากเกินกว่านั้นต้องรับบัตรคิวใหม่ – ฝ่ายอำนวยการ"),
          ("รังวัดสอบเขตต้องรอนานเท่าไร (คุณเกียรติ, 1 เม.ย. 2569)",
           "ปัจจุบันรอนัดประมาณ 60 วัน ตรวจสอบลำดับนัดได้ที่สำนักงาน – ฝ่ายรังวัด")]
    items = "".join(f'<div class="faq-item"><h3>ถาม : {html.escape(q)}</h3><p>ตอบ : {html.escape(r)}</p></div>' for q, r in qa)
    page("/faq/", "ถาม-ตอบ (Q&A)", items +
         '<h2>ส่งคำถาม</h2><form action="/faq/ask" method="post" class="webform-submission-form">'
         '<label for="q-name">ชื่อ</label><input type="text" id="q-name" name="name">'
         '<label for="q-mail">อีเมล</label><input type="email" id="q-mail" name="email">'
         '<label for="q-text">คำถาม</label><textarea id="q-text" name="question"></textarea>'
         '<input type="submit" value="ส่งคำถาม"></form>')
    page("/sitemap/", "แผนผังเว็บไซต์",
         "".join(f"<h2>{a(t, u)}</h2><ul>" + "".join(f"<li>{a(ct, cu)}</li>" for ct, cu in ch) + "</ul>"
                 for t, u, ch in MENU))
    page("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
         "<p>สำนักงานฯ เก็บข้อมูลส่วนบุคคลจากแบบฟอร์มจองคิวและแบบรับเรื่องร้องเรียนเพื่อใช้ในการให้บริการเท่านั้น</p>")


def plans_reports() -> None:
    page("/plans/", "แผนยุทธศาสตร์และแผนปฏิบัติราชการ",
         "<h2>แผนยุทธศาสตร์สำนักงานที่ดินจังหวัดภูผาทอง</h2>"
         + files_field("แผนยุทธศาสตร์", [("strat64", "แผนยุทธศาสตร์สำนักงานที่ดินจังหวัดภูผาทอง พ.ศ. 2564 – 2568")])
         + "<h2>แผนปฏิบัติราชการประจำปี</h2>"
         + files_field("สำนักงานที่ดินจังหวัดภูผาทอง", [("ap69", "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569"),
                                                       ("ap68", "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568")])
         + files_field("กรมที่ดิน", [("ap69_dol", "แผนปฏิบัติราชการกรมที่ดิน ประจำปีงบประมาณ พ.ศ. 2569")])
         + '<p>แผนปฏิบัติราชการระยะ 5 ปีของกรมที่ดิน ดูได้ที่ <a href="https://www.dol.go.th/" target="_blank">เว็บไซต์กรมที่ดิน</a></p>')
    page("/reports/", "รายงานผลการดำเนินงาน",
         files_field("รายงานผลการดำเนินงานประจำปี", [("report67", None)])
         + "<p>รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2568 อยู่ระหว่างรวบรวมข้อมูลจากฝ่ายต่าง ๆ"
           " จะเผยแพร่เมื่อดำเนินการแล้วเสร็จ</p>")


def procurement() -> None:
    page("/procurement/", "จัดซื้อจัดจ้าง",
         "<ul>" + "".join(f"<li>{a(t, u)}</li>" for t, u in MENU[5][2]) + "</ul>"
         '<p>ประกาศเชิญชวนและประกาศผู้ชนะดูได้ที่ <a href="https://process3.gprocurement.go.th/" target="_blank">'
         "ระบบ e-GP กรมบัญชีกลาง</a></p>")
    ann = [["2 มี.ค. 2569", "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุงานรังวัด (หมุดหลักฐาน) โดยวิธีเฉพาะเจาะจง"],
           ["5 ก.พ. 2569", "ประกาศผู้ชนะการเสนอราคา ซื้อตู้เก็บสารบบที่ดินชนิดรางเลื่อน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"],
           ["12 ม.ค. 2569", "ประกาศประกวดราคาซื้อตู้เก็บสารบบที่ดินชนิดรางเลื่อน ด้วยวิธี e-bidding"],
           ["25 ก.ย. 2568", "ประกาศผู้ชนะการเสนอราคา จ้างเหมาทำความสะอาดอาคารสำนักงาน ปี 2569"]]
    page("/procurement/announcements/", "ประกาศจัดซื้อจัดจ้าง",
         table(["วันที่", "เรื่อง"], ann) + "<p>รายละเอียดดูได้ในระบบ e-GP</p>")
    page("/procurement/plan/", "แผนการจัดซื้อจัดจ้าง",
         files_field("แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569", [("procplan69", None)]))
    rows = [
        ["ตุลาคม 2568", "จ้างเหมาทำความสะอาดอาคารสำนักงาน", "216,000.00", "เฉพาะเจาะจง", "หจก.ภูผาคลีน", "ราคาไม่เกินวงเงิน"],
        ["ตุลาคม 2568", "ซื้อกระดาษและวัสดุสำนักงาน", "38,450.00", "เฉพาะเจาะจง", "ร้านศรีภูผาพาณิชย์", "ราคาต่ำสุด"],
        ["พฤศจิกายน 2568", "ซื้อหมึกพิมพ์เครื่องพิมพ์โฉนด", "64,200.00", "เฉพาะเจาะจง", "บจก.ไอทีภูผา", "ราคาต่ำสุด"],
        ["ธันวาคม 2568", "จ้างซ่อมเครื่องปรับอากาศห้องบริการ", "24,800.00", "เฉพาะเจาะจง", "ร้านเย็นฉ่ำแอร์", "ราคาต่ำสุด"],
        ["ธันวาคม 2568", "จ้างเหมารถโครงการที่ดินเคลื่อนที่", "18,000.00", "เฉพาะเจาะจง", "นายสมชาย ขนส่ง", "ราคาไม่เกินวงเงิน"],
        ["กุมภาพันธ์ 2569", "ซื้อตู้เก็บสารบบที่ดินชนิดรางเลื่อน", "358,000.00", "e-bidding", "บจก.สตีลเฟอร์นิเจอร์", "ราคาต่ำสุด"],
        ["มีนาคม 2569", "ซื้อวัสดุงานรังวัด (หมุดหลักฐาน)", "42,300.00", "เฉพาะเจาะจง", "หจก.ภูผาวัสดุ", "ราคาต่ำสุด"],
        ["มีนาคม 2569", "จ้างซ่อมรถยนต์ราชการ กข 1234", "15,870.00", "เฉพาะเจาะจง", "อู่ช่างเอก", "ราคาต่ำสุด"],
    ]
    monthly = [("skr_oct", "สขร.1 เดือนตุลาคม 2568"), ("skr_nov", "สขร.1 เดือนพฤศจิกายน 2568"),
               ("skr_dec", None), ("skr_feb", "สขร.1 เดือนกุมภาพันธ์ 2569"), ("skr_mar", None)]
    page("/procurement/summary-2569/", "สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569",
         "<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน (แบบ สขร.1) ปีงบประมาณ พ.ศ. 2569 ข้อมูลปรับปรุงทุกเดือน</p>"
         + table(["เดือน", "งานที่จัดซื้อจัดจ้าง", "วงเงิน (บาท)", "วิธีซื้อ/จ้าง", "ผู้ได้รับการคัดเลือก",
                  "เหตุผลที่คัดเลือก"], rows)
         + files_field("ไฟล์ สขร.1 รายเดือน", monthly)
         + "<p>ปรับปรุงข้อมูลล่าสุด 8 เมษายน 2569</p>")
    page("/procurement/summary-2568/", "สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568",
         table(["เดือน", "งานที่จัดซื้อจัดจ้าง", "วงเงิน (บาท)", "วิธีซื้อ/จ้าง", "ผู้ได้รับการคัดเลือก"],
               [["กรกฎาคม 2568", "ซื้อวัสดุสำนักงาน", "29,300.00", "เฉพาะเจาะจง", "ร้านศรีภูผาพาณิชย์"],
                ["สิงหาคม 2568", "จ้างซ่อมหลังคาห้องเก็บสารบบ", "87,000.00", "เฉพาะเจาะจง", "หจก.ช่างดีการโยธา"],
                ["กันยายน 2568", "จ้างเหมาทำความสะอาด ปี 2569", "216,000.00", "เฉพาะเจาะจง", "หจก.ภูผาคลีน"]]))
    page("/procurement/annual-report/", "รายงานผลการจัดซื้อจัดจ้างประจำปี",
         files_field("รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ ประจำปีงบประมาณ พ.ศ. 2568", [("proc68", None)]))


def hr() -> None:
    page("/hr/", "การบริหารทรัพยากรบุคคล",
         "<p>สำนักงานฯ บริหารงานบุคคลตามหลักเกณฑ์ของสำนักงาน ก.พ. และกรมที่ดิน</p>"
         + files_field("หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล", [("hr69", "แผนการบริหารและพัฒนาทรัพยากรบุคคล ปี 2569")])
         + files_field("รายงาน", [("hrreport68", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปี 2568")]))
    page("/jobs/", "รับสมัครงาน",
         "<p>ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป ตำแหน่งเจ้าพนักงานธุรการ 1 อัตรา"
         " รับสมัครวันที่ 2 – 13 มีนาคม 2569 (หลักเกณฑ์การสรรหาตามประกาศกรมที่ดิน)</p>")


def integrity() -> None:
    page("/integrity/", "การส่งเสริมคุณธรรมและความโปร่งใส",
         "<h2>ประมวลจริยธรรม</h2>" + files_field("", [("ethics", "ประมวลจริยธรรมข้าราชการพลเรือนและข้อกำหนดจริยธรรมกรมที่ดิน")])
         + f'<p>กิจกรรม : {a("อบรมเสริมสร้างจริยธรรม ประจำปี 2569", "/content/ethics-training-2569/")}</p>'
         + "<h2>นโยบายไม่รับของขวัญ (No Gift Policy)</h2>" + files_field("", [("nogift68", None)])
         + "<h2>การประเมินความเสี่ยงการทุจริต</h2>" + files_field("", [("risk69", "ผลการประเมินความเสี่ยงการทุจริต ปี 2569")])
         + "<h2>แผนปฏิบัติการป้องกันการทุจริต</h2>"
         + files_field("", [("acp69", "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2569"),
                            ("acp69_draft", "ร่างแผนปฏิบัติการป้องกันการทุจริต 2569 (เสนอที่ประชุม)")])
         + "<p>ในปีงบประมาณ พ.ศ. 2568 สำนักงานฯ ได้ดำเนินการตามแผนป้องกันการทุจริตครบทุกโครงการ</p>"
         + "<h2>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</h2>"
         + files_field("", [("dol_integrity", None)]))
    form = ('<form action="/complaint/submit" method="post" class="webform-submission-form" id="webform-complaint">'
            '<label for="c-name">ชื่อผู้ร้องเรียน (ไม่ระบุก็ได้)</label><input type="text" id="c-name" name="name">'
            '<label for="c-phone">โทรศัพท์ / อีเมล</label><input type="text" id="c-phone" name="contact">'
            '<label for="c-who">ผู้ถูกร้องเรียน / หน่วยงาน</label><input type="text" id="c-who" name="accused" required>'
            '<label for="c-text">รายละเอียดการกระทำ</label><textarea id="c-text" name="detail" required></textarea>'
            '<label for="c-file">หลักฐานประกอบ</label><input type="file" id="c-file" name="evidence">'
            '<input type="submit" value="ส่งเรื่องร้องเรียน"></form>')
    page("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         "<p>ผู้พบเห็นเจ้าหน้าที่เรียกรับเงินหรือประพฤติมิชอบ แจ้งได้ทางแบบฟอร์มนี้ ข้อมูลผู้ร้องจะถูกเก็บเป็นความลับ</p>"
         + form
         + "<h2>ช่องทางอื่น</h2><ul><li>ยื่นด้วยตนเอง / ตู้รับเรื่องร้องเรียน ณ สำนักงาน</li>"
           f"<li>โทรศัพท์ {PHONE} ต่อ 131</li><li>ศูนย์ดำรงธรรม สายด่วน 1567</li>"
           '<li><a href="https://www.nacc.go.th/" target="_blank">สำนักงาน ป.ป.ช.</a></li></ul>'
         + "<h2>แนวปฏิบัติการจัดการเรื่องร้องเรียน</h2>" + files_field("", [("complaint_flow", None)])
         + "<h2>สถิติเรื่องร้องเรียน</h2>" + files_field("", [("complaint_stat", None)]))


def ita_pages() -> None:
    def pl(text: str, url: str) -> str:
        return a(text, url)

    rows = [
        ["O1", "โครงสร้าง หน้าที่และอำนาจ", pl("โครงสร้าง", "/about/structure/") + " / " + pl("อำนาจหน้าที่", "/about/duties/")],
        ["O2", "ข้อมูลผู้บริหาร", pl("ทำเนียบผู้บริหาร", "/about/executives/")],
        ["O3", "ข้อมูลการติดต่อและช่องทางการสอบถาม", pl("ติดต่อเรา", "/contact/") + " / " + pl("Q&A", "/faq/")],
        ["O4", "ข่าวประชาสัมพันธ์", pl("ข่าวประชาสัมพันธ์", "/news/")],
        ["O5", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", ff("strat64")],
        ["O6", "แผนดำเนินงานและการใช้งบประมาณประจำปี", ff("ap69") + "<br>" + ff("ap69_dol")],
        ["O7", "รายงานผลการดำเนินงานประจำปี", ff("report67")],
        ["O8", "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", ff("manual")],
        ["O9", "คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ",
         pl("ขั้นตอนการจดทะเบียน", "/services/registration/") + "<br>" + ff("citizen")],
        ["O10", "E–Service", pl("จองคิวออนไลน์", "/services/e-queue/") + " / " + pl("สถิติ", "/services/statistics/")],
        ["O11", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน", pl("สรุปผลการจัดซื้อจัดจ้าง ปี 2569", "/procurement/summary-2569/")],
        ["O12", "รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน (ประจำปี)", ff("proc68")],
        ["O13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล", ff("hr69")],
        ["O14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล (ประจำปี)", ff("hrreport68")],
        ["O15", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", ff("ethics") + "<br>" + pl("กิจกรรมปี 2569", "/content/ethics-training-2569/")],
        ["O16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", ff("complaint_flow")],
        ["O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", pl("แจ้งเรื่องร้องเรียน", "/complaint/")],
        ["O18", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ประจำปี)", ff("complaint_stat")],
        ["O19", "ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน", pl("ประชุมรับฟังความคิดเห็น 2569", "/content/service-hearing-2569/")],
        ["O20", "การขับเคลื่อนนโยบาย NO GIFT POLICY", ff("nogift68")],
        ["O21", "การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ (ประจำปี)", ff("risk69")],
        ["O22", "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริตของหน่วยงาน", ff("riskmgmt68")],
        ["O23", "แผนปฏิบัติการป้องกันการทุจริต", ff("acp69")],
        ["O24", "รายงานผลการดำเนินการป้องกันการทุจริต", ff("other_acr68")],
        ["O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", ff("dol_integrity")],
        ["O26", "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "อยู่ระหว่างดำเนินการ"],
    ]
    page("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ITA 2569",
         "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569</p>"
         + table(["ข้อ", "รายการ", "ข้อมูล"], rows, "table table-bordered ita-table"))
    old = [["O5", "แผนยุทธศาสตร์", ff("strat64")], ["O10", "แผนดำเนินงานประจำปี", ff("ap68")],
           ["O12", "รายงานผลการดำเนินงาน", ff("report67")], ["O32", "ประมวลจริยธรรม", ff("ethics")],
           ["O37", "ข้อมูลเชิงสถิติเรื่องร้องเรียน", ff("complaint_stat")],
           ["O40", "ประกาศเจตนารมณ์ No Gift Policy", ff("nogift68")]]
    page("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ITA 2568",
         table(["ข้อ", "รายการ", "ข้อมูล"], old, "table table-bordered ita-table"))


def theme_files() -> None:
    from _make_docs import FONT
    from PIL import Image, ImageDraw, ImageFont

    base = os.path.join(HERE, THEME.lstrip("/"))
    os.makedirs(os.path.join(base, "css"), exist_ok=True)
    os.makedirs(os.path.join(base, "images"), exist_ok=True)
    with open(os.path.join(base, "css", "style.css"), "w", encoding="utf-8") as f:
        f.write("/* dolprov: Bootstrap Barrio sub-theme */\nbody{font-family:Sarabun,sans-serif}"
                ".header{background:#1d5e2f;color:#fff}.dropdown-menu{display:none}"
                ".dropdown:hover>.dropdown-menu{display:block}.sidebar_second{float:right}"
                ".ita-table td,.ita-table th{border:1px solid #ccc;padding:4px}\n")
    banner = Image.new("RGB", (260, 80), (20, 90, 50))
    dr = ImageDraw.Draw(banner)
    dr.text((16, 24), "ITA 2569 ที่ดินภูผาทอง", font=ImageFont.truetype(str(FONT), 20), fill=(255, 255, 255))
    banner.save(os.path.join(base, "images", "ita-banner.png"), optimize=True)


def main() -> None:
    theme_files()
    home()
    about()
    services()
    contact()
    plans_reports()
    procurement()
    hr()
    integrity()
    ita_pages()
    for p in NEWS + NEWS_OLD:
        post_page(p)
    listing("/news/", "ข่าวประชาสัมพันธ์", NEWS, more="/news/archive/")
    listing("/news/archive/", "ข่าวย้อนหลัง", NEWS_OLD)


if __name__ == "__main__":
    main()
