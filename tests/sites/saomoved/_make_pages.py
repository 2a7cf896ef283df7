"""Generate the HTML pages of the "saomoved" test site (องค์การบริหารส่วนตำบลโพนทรายทอง, invented).

Run:  python tests/sites/saomoved/_make_pages.py   (after _make_docs.py)

The อบต. moved from Joomla to WordPress on 15 มกราคม 2569 and left the old site's copies online:
its articles and category lists answer at /index.php?option=com_content&view=...&id=N (stored as
index.php.q/<query>/index.html) and its files at /download.php?id=N.  The new WordPress site
(folder/index.html pages, posts under /2026/MM/<slug>/, attachments under /wp-content/uploads/)
links the old copies wherever the clerk did not re-upload: the ITA 2569 pages (one page per
sub-indicator, /ita-2569/9-1/ … /ita-2569/10-2/) point at old articles and download-script files
as often as at new uploads.  Old pages print every number in Thai digits.
"""

from __future__ import annotations

import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, href  # noqa: E402

ORG = "องค์การบริหารส่วนตำบลโพนทรายทอง"
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
DEAD_STAT = "/wp-content/uploads/2026/03/stat-rongrian-2569.pdf"  # never uploaded: a 404
DEAD_RISK = "/download.php?id=8"  # the old script has no file 8: a 404


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def a(url: str, text: str) -> str:
    return f'<a href="{esc(url)}">{esc(text)}</a>'


def doc(key: str, text: str | None = None) -> str:
    return a(href(key), text or DOCS[key][1])


def J(kind: str, n: int = 0) -> str:
    """An old Joomla URL (the featured front page has no id)."""
    return f"/index.php?option=com_content&view={kind}" + (f"&id={n}" if n else "")


def out(url: str) -> str:
    if url.startswith("/index.php?"):
        q = url.split("?", 1)[1]
        return os.path.join(HERE, "index.php.q", q, "index.html")
    return os.path.join(HERE, url.strip("/"), "index.html") if url != "/" else os.path.join(HERE, "index.html")


def save(url: str, page: str) -> None:
    path = out(url)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(page)


# ---------------------------------------------------------------- the WordPress template
MENU = [("หน้าแรก", "/"), ("เกี่ยวกับ อบต.", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("คณะผู้บริหาร", "/about/executives/"), ("ข่าวสาร", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("ดาวน์โหลด", "/documents/"), ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"),
        ("ติดต่อ", "/contact/")]


def wp(url: str, title: str, body: str) -> None:
    menu = "".join(f'<li class="menu-item"><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    save(url, f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; {ORG}</title>
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" href="/wp-content/themes/tambon/style.css"></head>
<body class="wp-theme-tambon">
<header id="masthead"><img src="/wp-content/themes/tambon/logo.png" alt="logo" width="60" height="60">
<p class="site-title">{ORG}</p><p class="site-description">อำเภอหนองกุงศรี จังหวัดกาฬสินธุ์</p>
<nav id="site-navigation"><ul id="primary-menu">{menu}</ul></nav></header>
<div id="content" class="site-content"><main id="primary">
<article><h1 class="entry-title">{esc(title)}</h1>
<div class="entry-content">
{body}
</div></article></main>
<aside id="secondary" class="widget-area">
<section class="widget"><h2 class="widget-title">นายก อบต.</h2><p>นายประเสริฐ ทองมาลา<br>สายตรงนายก 08 1972 4406</p></section>
<section class="widget"><h2 class="widget-title">ลิงก์ด่วน</h2><ul>
<li><a href="/ita-2569/">ITA 2569</a></li><li><a href="{esc(J('featured'))}">เว็บไซต์เดิม (ข้อมูลก่อน 15 ม.ค. 2569)</a></li>
<li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a></li><li><a href="/eservice/">E-Service</a></li>
<li><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></li><li><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></li></ul></section>
<section class="widget"><h2 class="widget-title">เรื่องล่าสุด</h2><ul>
<li><a href="/2026/04/songkran-2569/">สืบสานประเพณีสงกรานต์ 2569</a></li>
<li><a href="/2026/04/skr1-mar-2569/">สขร.1 มีนาคม 2569</a></li></ul></section>
</aside></div>
<footer id="colophon">{ORG} 88 หมู่ 5 ตำบลโพนทรายทอง อำเภอหนองกุงศรี จังหวัดกาฬสินธุ์ 46220<br>
โทร. 0 4386 2194 โทรสาร 0 4386 2195 อีเมล saraban@phonsaithong.go.th ·
<a href="/privacy/">นโยบายความเป็นส่วนตัว</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
Proudly powered by WordPress | Theme: Tambon by ThaiWebGov</footer>
</body></html>
""")


# ---------------------------------------------------------------- the old Joomla template (Thai digits)
def joomla(url: str, title: str, body: str, date: str = "") -> None:
    menu = "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in [
        ("หน้าหลัก", J("featured")), ("ข่าวประชาสัมพันธ์", J("category", 8)),
        ("จัดซื้อจัดจ้าง", J("category", 12)), ("เอกสารดาวน์โหลด", J("category", 15)),
        ("ITA ๒๕๖๘", J("article", 88))])
    info = f'<dl class="article-info"><dd class="published">เผยแพร่เมื่อ {esc(date.translate(TH))}</dd></dl>' if date else ""
    save(url, f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr"><head><meta charset="utf-8"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title.translate(TH))}</title>
<link href="/templates/protostar/css/template.css" rel="stylesheet"></head>
<body class="site com_content">
<div class="body"><div class="container">
<header class="header"><a class="brand" href="{esc(J('featured'))}"><img src="/images/logo_old.gif" alt="{ORG}"></a>
<div class="site-description">{ORG} อ.หนองกุงศรี จ.กาฬสินธุ์ โทร. ๐ ๔๓๘๖ ๒๑๙๔</div></header>
<div class="notice">เว็บไซต์นี้เป็นเว็บไซต์เดิม ข้อมูลถึงวันที่ ๑๔ มกราคม ๒๕๖๙ · <a href="/">ไปยังเว็บไซต์ใหม่</a></div>
<nav class="navigation"><ul class="nav menu">{menu}</ul></nav>
<div class="row-fluid"><main id="content" class="span9">
<div class="item-page"><h2 itemprop="headline">{esc(title.translate(TH))}</h2>{info}
{body}
</div></main>
<div id="aside" class="span3"><div class="moduletable"><h3>เมนูหลัก</h3><ul>
<li><a href="{esc(J('article', 92))}">คู่มือสำหรับประชาชน</a></li><li><a href="{esc(J('article', 110))}">การบริหารงานบุคคล</a></li>
<li><a href="{esc(J('article', 88))}">ITA ๒๕๖๘</a></li></ul></div>
<div class="moduletable"><h3>สถิติผู้เยี่ยมชม</h3>๑๒๔,๓๐๗</div></div></div>
<footer class="footer">© ๒๕๖๒ {ORG} ๘๘ หมู่ ๕ ต.โพนทรายทอง อ.หนองกุงศรี จ.กาฬสินธุ์ ๔๖๒๒๐</footer>
</div></div></body></html>
""")


def thd(s: str) -> str:
    """Thai digits in the text, never inside a tag."""
    return re.sub(r"(?<=>)[^<]+|^[^<]+", lambda m: m.group(0).translate(TH), s)


def jdoc(key: str, text: str | None = None) -> str:
    return a(href(key), thd(text or DOCS[key][1]))


# ---------------------------------------------------------------- the old site
def old_site() -> None:
    news = [(106, "แข่งขันกีฬาต้านยาเสพติด โพนทรายทองเกมส์ ครั้งที่ 12", "12 ธันวาคม 2568"),
            (105, "ร่วมทอดกฐินสามัคคี วัดบ้านโพนทราย", "2 พฤศจิกายน 2568"),
            (103, "เผยแพร่แผนการดำเนินงาน ประจำปี 2568", "30 ตุลาคม 2567"),
            (101, "ประกาศนโยบาย No Gift Policy", "3 ตุลาคม 2566"),
            (97, "ผลการจัดเวทีประชาคมหมู่บ้าน ประจำปี 2568", "24 กุมภาพันธ์ 2568")]
    joomla(J("featured"), "หน้าหลัก", "<div class='blog-featured'>" + "".join(
        f"<div class='item'><h2>{a(J('article', n), thd(t))}</h2><p>{thd(dt)}</p></div>" for n, t, dt in news[:3]) + "</div>")
    joomla(J("category", 8), "ข่าวประชาสัมพันธ์", "<table class='category'>" + "".join(
        f"<tr><td>{a(J('article', n), thd(t))}</td><td>{thd(dt)}</td></tr>" for n, t, dt in news) + "</table>")
    joomla(J("article", 106), news[0][1], thd("<p>วันที่ 12 ธันวาคม 2568 อบต.โพนทรายทองจัดการแข่งขันกีฬาต้านยาเสพติด "
                                             "ณ สนามโรงเรียนบ้านโพนทราย นักกีฬาจาก 12 หมู่บ้าน กว่า 400 คน</p>"), news[0][2])
    joomla(J("article", 105), news[1][1], thd("<p>คณะผู้บริหาร สมาชิกสภา และพนักงาน ร่วมทอดกฐินสามัคคี ยอดปัจจัย 182,450 บาท</p>"),
           news[1][2])
    joomla(J("article", 103), news[2][1], thd("<p>อบต.โพนทรายทองประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ 2568 รายละเอียดตามไฟล์แนบ</p>")
           + f"<p>ไฟล์แนบ : {jdoc('action-68')}</p>", news[2][2])
    joomla(J("article", 101), news[3][1], thd("<p>นายก อบต.โพนทรายทอง ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ "
                                             "(No Gift Policy)</p>") + f"<p>ไฟล์แนบ : {jdoc('nogift-67')}</p>", news[3][2])
    joomla(J("article", 97), news[4][1], thd(
        "<p>ระหว่างวันที่ 3 - 14 กุมภาพันธ์ 2568 อบต.โพนทรายทองจัดเวทีประชาคมหมู่บ้านครบ 12 หมู่บ้าน ผู้เข้าร่วม 587 คน "
        "ประชาชนเสนอโครงการ 64 โครงการ เพื่อบรรจุในแผนพัฒนาท้องถิ่น</p>"), news[4][2])
    joomla(J("article", 90), "แผนพัฒนาท้องถิ่น", thd("<p>แผนพัฒนาท้องถิ่นของ อบต.โพนทรายทอง ดาวน์โหลดได้ที่นี่</p>")
           + f"<ul><li>{jdoc('plan-61-65')}</li></ul>", "1 ตุลาคม 2564")
    joomla(J("article", 92), "คู่มือสำหรับประชาชน : การจดทะเบียนพาณิชย์", thd(
        "<p>งานที่ให้บริการ : การจดทะเบียนพาณิชย์ (ตั้งใหม่ เปลี่ยนแปลง เลิก)<br>หน่วยงานที่รับผิดชอบ : กองคลัง "
        "องค์การบริหารส่วนตำบลโพนทรายทอง<br>ช่องทางการให้บริการ : ณ ที่ทำการ อบต. วันจันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
        "<h3>ขั้นตอน และระยะเวลาการให้บริการ</h3><table><tr><th>ที่</th><th>ขั้นตอน</th><th>ระยะเวลา</th></tr>"
        "<tr><td>1</td><td>ยื่นคำขอ (แบบ ทพ.) และเจ้าหน้าที่ตรวจเอกสาร</td><td>10 นาที</td></tr>"
        "<tr><td>2</td><td>นายทะเบียนพิจารณารับจดทะเบียน</td><td>20 นาที</td></tr>"
        "<tr><td>3</td><td>ชำระค่าธรรมเนียมและรับใบทะเบียนพาณิชย์</td><td>10 นาที</td></tr></table>"
        "<p>ระยะเวลาดำเนินการรวม 40 นาที</p><h3>รายการเอกสารหลักฐานประกอบ</h3>"
        "<p>1 บัตรประจำตัวประชาชน 2 สำเนาทะเบียนบ้าน 3 หนังสือยินยอมให้ใช้สถานที่</p>"
        "<p>ค่าธรรมเนียม : จดทะเบียนตั้งใหม่ 50 บาท เปลี่ยนแปลง 20 บาท เลิก 20 บาท</p>"
        "<p>ช่องทางการร้องเรียน : อบต.โพนทรายทอง โทร. 0 4386 2194</p>"), "20 มิถุนายน 2565")
    joomla(J("article", 95), "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", thd(
        "<table><tr><th>ปีงบประมาณ 2568</th><th>รับเรื่อง</th><th>ดำเนินการแล้ว</th><th>อยู่ระหว่างดำเนินการ</th></tr>"
        "<tr><td>ต.ค. 2567 - ก.ย. 2568</td><td>2</td><td>1</td><td>1</td></tr></table>")
           + f"<p>ไฟล์แนบ : {jdoc('complaint-stat-68')}</p>", "6 ตุลาคม 2568")
    joomla(J("article", 110), "การบริหารงานบุคคล", f"<ul><li>{jdoc('hr-rules')}</li><li>{jdoc('hr-report-68')}</li></ul>",
           "17 ตุลาคม 2568")
    proc = ["skr-2568-12", "skr-2568-11", "skr-2568-10", "skr-2568-09"]
    joomla(J("category", 12), "จัดซื้อจัดจ้าง : ผลการจัดซื้อจัดจ้าง (สขร.๑)", "<table class='category'>" + "".join(
        f"<tr><td>{jdoc(k)}</td><td>PDF</td></tr>" for k in proc) + "</table>")
    files = ["plan-61-65", "action-68", "budget-draft", "hr-rules", "hr-report-68", "nogift-67", "gift-report-68",
             "complaint-stat-68", "risk-68", "anti-report-6m-67", "ita-analysis-67"]
    joomla(J("category", 15), "เอกสารดาวน์โหลด", "<table class='category'><tr><th>เอกสาร</th><th>ดาวน์โหลด</th></tr>" + "".join(
        f"<tr><td>{esc(thd(DOCS[k][1]))}</td><td>{a(href(k), 'ดาวน์โหลด')}</td></tr>" for k in files) + "</table>")
    rows = [("o10", "แผนดำเนินงานประจำปี", href("action-68")),
            ("o15", "สขร.1 รายเดือน", J("category", 12)), ("o25", "ประมวลจริยธรรม", J("article", 110)),
            ("o27", "ประกาศ No Gift Policy", href("nogift-67")), ("o28", "รายงานการรับของขวัญ", href("gift-report-68")),
            ("o29", "การประเมินความเสี่ยง", href("risk-68")), ("o33", "การวิเคราะห์ผล ITA 2567", href("ita-analysis-67"))]
    joomla(J("article", 88), "ITA 2568 การเปิดเผยข้อมูลสาธารณะ (OIT)", "<table><tr><th>ข้อ</th><th>รายการ</th></tr>" + "".join(
        f"<tr><td>{thd(c)}</td><td>{a(u, thd(t))}</td></tr>" for c, t, u in rows) + "</table>", "15 มีนาคม 2568")


# ---------------------------------------------------------------- the new site
POSTS = [
    ("/2026/04/songkran-2569/", "สืบสานประเพณีสงกรานต์ 2569", "8 เมษายน 2569",
     "<p>อบต.โพนทรายทองจัดกิจกรรมรดน้ำขอพรผู้สูงอายุ ณ ศาลากลางบ้านโพนทราย มีผู้สูงอายุเข้าร่วม 215 คน</p>", []),
    ("/2026/04/skr1-mar-2569/", "สขร.1 มีนาคม 2569", "3 เมษายน 2569",
     "<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างประจำเดือนมีนาคม 2569</p>", ["skr-2569-03"]),
    ("/2026/03/ethics-training-2569/", "โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากร ประจำปี 2569", "18 มีนาคม 2569",
     "<p>วันที่ 17 มีนาคม 2569 อบต.โพนทรายทองจัดโครงการอบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน "
     "เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานส่วนท้องถิ่น ผู้เข้าร่วม ผู้บริหาร สมาชิกสภา และพนักงาน 46 คน "
     "วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดกาฬสินธุ์</p>", ["ethics"]),
    ("/2026/03/skr1-feb-2569/", "สขร.1 กุมภาพันธ์ 2569", "5 มีนาคม 2569",
     "<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างประจำเดือนกุมภาพันธ์ 2569</p>", ["skr-2569-02"]),
    ("/2026/02/prachakhom-result-2569/", "สรุปผลการจัดเวทีประชาคมหมู่บ้าน ประจำปี 2569", "20 กุมภาพันธ์ 2569",
     "<p>ระหว่างวันที่ 2 - 13 กุมภาพันธ์ 2569 อบต.โพนทรายทองจัดเวทีประชาคมหมู่บ้านครบทั้ง 12 หมู่บ้าน มีประชาชนเข้าร่วม 634 คน "
     "ร่วมเสนอปัญหาและความต้องการ 71 โครงการ เช่น ถนนเพื่อการเกษตร ไฟฟ้าส่องสว่าง และแหล่งน้ำ "
     "ผลการประชุมจะนำเข้าสู่การทบทวนแผนพัฒนาท้องถิ่น และแจ้งผลให้ประชาชนทราบผ่านผู้ใหญ่บ้าน</p>"
     "<table><tr><th>หมู่ที่</th><th>วันที่</th><th>ผู้เข้าร่วม</th></tr><tr><td>1 - 4</td><td>2 - 5 ก.พ. 2569</td><td>219</td></tr>"
     "<tr><td>5 - 12</td><td>6 - 13 ก.พ. 2569</td><td>415</td></tr></table>", []),
    ("/2026/02/print-plan-winner/", "ประกาศผู้ชนะการเสนอราคา จ้างจัดทำรูปเล่มแผนพัฒนาท้องถิ่น", "12 กุมภาพันธ์ 2569",
     "<p>ประกาศผู้ชนะการเสนอราคา รายละเอียดตามไฟล์แนบ</p>", ["print-plan"]),
    ("/2026/01/invite-prachakhom/", "ขอเชิญร่วมประชุมประชาคมหมู่บ้าน ปี 2569", "26 มกราคม 2569",
     "<p>ขอเชิญพี่น้องประชาชนร่วมเวทีประชาคมหมู่บ้าน ระหว่างวันที่ 2 - 13 กุมภาพันธ์ 2569</p>", ["invite-forum"]),
    ("/2026/01/plan-2569/", "ประกาศใช้แผนการดำเนินงานและข้อบัญญัติงบประมาณ ประจำปี 2569", "20 มกราคม 2569",
     "<p>อบต.โพนทรายทองเผยแพร่แผนการดำเนินงาน และข้อบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2569 (นำขึ้นเว็บไซต์ใหม่)</p>",
     ["action-69", "budget-69"]),
    ("/2026/01/integrity-declaration/", "ประกาศเจตจำนงสุจริตของผู้บริหาร", "16 มกราคม 2569",
     "<p>นายก อบต.โพนทรายทองประกาศเจตจำนงสุจริตในการบริหารงาน</p>", ["integrity-scan"]),
    ("/2026/01/launch-new-website/", "เปิดใช้งานเว็บไซต์ใหม่ อบต.โพนทรายทอง", "15 มกราคม 2569",
     f"<p>ตั้งแต่วันที่ 15 มกราคม 2569 อบต.โพนทรายทองเปิดใช้เว็บไซต์ใหม่ ข้อมูลก่อนหน้านี้ยังดูได้ที่{a(J('featured'), 'เว็บไซต์เดิม')}</p>", []),
]


def attachments(keys: list[str]) -> str:
    if not keys:
        return ""
    return "<div class='attachments'><h3>ไฟล์แนบ</h3><ul>" + "".join(f"<li>{doc(k)}</li>" for k in keys) + "</ul></div>"


def new_site() -> None:
    latest = "".join(f"<li>{a(u, t)} <small>{d}</small></li>" for u, t, d, _b, _k in POSTS[:6])
    wp("/", "หน้าแรก", f"<p>ยินดีต้อนรับสู่เว็บไซต์{ORG}</p><h2>ข่าวล่าสุด</h2><ul>{latest}</ul>"
       f"<p>{a('/news/', 'ดูข่าวทั้งหมด')} · {a(J('category', 8), 'ข่าวก่อน 15 ม.ค. 2569 (เว็บไซต์เดิม)')}</p>")
    for u, t, dt, body, keys in POSTS:
        wp(u, t, f"<p class='posted-on'>โพสต์เมื่อ {dt} โดย admin</p>{body}{attachments(keys)}")
    items = [f"<article><h2>{a(u, t)}</h2><p>{d}</p></article>" for u, t, d, _b, _k in POSTS]
    wp("/news/", "ข่าวสาร", "".join(items[:6]) + f"<nav>{a('/news/page/2/', 'หน้าถัดไป »')}</nav>")
    wp("/news/page/2/", "ข่าวสาร – หน้า 2", "".join(items[6:]) + f"<nav>{a('/news/', '« หน้าก่อน')}</nav>")
    wp("/about/history/", "ประวัติและข้อมูลทั่วไป",
       "<p>ตำบลโพนทรายทอง ยกฐานะเป็นองค์การบริหารส่วนตำบลเมื่อ พ.ศ. 2540 มีพื้นที่ 52 ตารางกิโลเมตร 12 หมู่บ้าน "
       "ประชากร 7,198 คน (ธันวาคม 2568)</p>")
    wp("/about/structure/", "โครงสร้างและอำนาจหน้าที่",
       "<img src='/wp-content/uploads/2026/01/org-chart.png' alt='แผนผังโครงสร้าง' width='600' height='400'>"
       "<h2>ฝ่ายการเมือง</h2><ul><li>นายก อบต. : นายประเสริฐ ทองมาลา<ul><li>รองนายก 2 คน</li><li>เลขานุการนายก</li></ul></li>"
       "<li>สภา อบต. : ประธานสภา รองประธานสภา เลขานุการสภา สมาชิกสภา 12 คน</li></ul>"
       "<h2>ฝ่ายประจำ</h2><ul><li>ปลัด อบต. : นางสาวอรุณี แสนภักดี<ul><li>สำนักปลัด</li><li>กองคลัง</li><li>กองช่าง</li>"
       "<li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
       "<h2>อำนาจหน้าที่</h2><p>ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 67 - 68 "
       "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
       "<li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ</li>"
       "<li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li><li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li>"
       "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติ</li></ol>")
    wp("/about/executives/", "คณะผู้บริหาร", "".join(
        f"<div class='person'><img src='/wp-content/uploads/2026/01/p{i}.png' alt='{n}' width='120' height='150'>"
        f"<p>{n}<br>{p}<br>โทร. {t}</p></div>" for i, (n, p, t) in enumerate([
            ("นายประเสริฐ ทองมาลา", "นายกองค์การบริหารส่วนตำบลโพนทรายทอง", "08 1972 4406"),
            ("นายสุรชัย พรมจันทร์", "รองนายก อบต.", "08 9511 3280"),
            ("นางคำปุน ศรีวงศ์", "รองนายก อบต.", "08 6240 7715"),
            ("นายบุญมี แก้วกาหลง", "เลขานุการนายก อบต.", "09 3308 1164"),
            ("นางสาวอรุณี แสนภักดี", "ปลัดองค์การบริหารส่วนตำบล", "08 5017 2239")])))
    wp("/contact/", "ติดต่อเรา",
       "<p>องค์การบริหารส่วนตำบลโพนทรายทอง 88 หมู่ 5 ตำบลโพนทรายทอง อำเภอหนองกุงศรี จังหวัดกาฬสินธุ์ 46220</p>"
       "<p>โทรศัพท์ 0 4386 2194 โทรสาร 0 4386 2195<br>อีเมล saraban@phonsaithong.go.th<br>"
       "Facebook : อบต.โพนทรายทอง<br>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
       "<iframe src='https://www.google.com/maps/embed?pb=phonsaithong' width='600' height='300'></iframe>"
       f"<p>{a('/qa/', 'กระดานถาม-ตอบ (Q&A)')}</p>")
    wp("/qa/", "ถาม-ตอบ (Q&A)",
       "<div class='qa'><p><b>ถาม</b> (ผู้ใช้ : ชาวบ้านหมู่ 7, 9 ก.พ. 2569) จะยื่นขอรับเบี้ยผู้สูงอายุต้องใช้เอกสารอะไรบ้าง</p>"
       "<p><b>ตอบ</b> (admin, 10 ก.พ. 2569) บัตรประชาชน ทะเบียนบ้าน และสมุดบัญชีธนาคาร ยื่นได้ที่สำนักปลัด</p></div>"
       "<form method='post' action='/qa/'><p>ชื่อ <input name='author'></p><p>คำถาม <textarea name='comment'></textarea></p>"
       "<p><button type='submit'>ส่งคำถาม</button></p></form>")
    wp("/eservice/", "E-Service ยื่นคำร้องออนไลน์",
       "<p>ประชาชนยื่นคำร้องทั่วไป ขอรับน้ำอุปโภคบริโภค ขอซ่อมไฟฟ้าส่องสว่าง ได้ทางแบบฟอร์มนี้ ตลอด 24 ชั่วโมง</p>"
       "<form method='post' action='/eservice/'><p>ชื่อ-สกุล <input name='name'></p><p>เบอร์โทร <input name='tel'></p>"
       "<p>เรื่องที่ขอรับบริการ <select name='type'><option>คำร้องทั่วไป</option><option>ขอรับน้ำ</option>"
       "<option>ซ่อมไฟฟ้าส่องสว่าง</option></select></p><p>รายละเอียด <textarea name='detail'></textarea></p>"
       "<p><button type='submit'>ส่งคำร้อง</button></p></form>"
       f"<h2>สถิติการให้บริการ</h2><p>{doc('stat-service-69')}</p>")
    wp("/complaint/", "ร้องเรียน/ร้องทุกข์",
       f"<ul><li>{a('/complaint/corruption/', 'แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ')}</li>"
       f"<li>{doc('manual-complaint')}</li></ul>")
    wp("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
       "<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตของเจ้าหน้าที่ได้ที่แบบฟอร์มนี้ ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับ "
       "(ไม่ประสงค์ออกนามก็ได้) หรือโทร. 0 4386 2194 ต่อ 12</p>"
       "<form method='post' action='/complaint/corruption/'><p>ชื่อ (ไม่บังคับ) <input name='name'></p>"
       "<p>เรื่องที่ร้องเรียน <input name='subject'></p><p>รายละเอียด <textarea name='detail'></textarea></p>"
       "<p>แนบไฟล์ <input type='file' name='file'></p><p><button type='submit'>ส่งเรื่องร้องเรียน</button></p></form>")
    wp("/privacy/", "นโยบายความเป็นส่วนตัว", "<p>อบต.โพนทรายทองเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    wp("/procurement/", "ผลการจัดซื้อจัดจ้าง",
       f"<h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ 2569</h2><ul>"
       f"<li>{a('/2026/04/skr1-mar-2569/', 'สขร.1 มีนาคม 2569')}</li><li>{a('/2026/03/skr1-feb-2569/', 'สขร.1 กุมภาพันธ์ 2569')}</li>"
       f"<li>{a(J('category', 12), 'ตุลาคม - ธันวาคม 2568 (เว็บไซต์เดิม)')}</li></ul>"
       f"<h2>รายงานประจำปี</h2><ul><li>{doc('proc-year-68')}</li></ul>")
    cats = {"plan": ("แผนงาน", ["action-69", "cdc-plan", "anti-plan-69", "hr-plan"]),
            "report": ("รายงาน", ["follow-67", "proc-year-68", "integrity-report-68"]),
            "manual": ("คู่มือ", ["manual-work", "manual-complaint"]),
            "integrity": ("คุณธรรมและความโปร่งใส", ["integrity-scan", "integrity-report-68", "nacc-guide"]),
            "stats": ("สถิติ", ["stat-service-69"])}
    nav = " · ".join(a(f"/documents/{s}/", n) for s, (n, _k) in cats.items())
    wp("/documents/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {nav}</p>"
       f"<p>เอกสารก่อน 15 ม.ค. 2569 : {a(J('category', 15), 'เอกสารดาวน์โหลด (เว็บไซต์เดิม)')}</p>")
    for s, (n, keys) in cats.items():
        wp(f"/documents/{s}/", f"ดาวน์โหลดเอกสาร : {n}", f"<p>หมวดหมู่ : {nav}</p><ul>"
           + "".join(f"<li>{doc(k)}</li>" for k in keys) + "</ul>")
    wp("/plan/action-plan-2569/", "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569",
       "<iframe src='https://drive.google.com/file/d/1pHnTsT2569aCtIoNpLaN/preview' width='640' height='800'></iframe>"
       f"<p>{doc('action-69', 'ดาวน์โหลดไฟล์ (PDF)')}</p>")
    wp("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
       + f"<li>{a('/ita-2569/', 'ITA 2569')}</li><li>{a(J('article', 88), 'ITA 2568 (เว็บไซต์เดิม)')}</li></ul>")
    ita()


GROUPS = [
    ("9-1", "9.1 ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้าง อำนาจหน้าที่", [("/about/structure/", "โครงสร้างและอำนาจหน้าที่")]),
        ("o2", "ผู้บริหาร", [("/about/executives/", "คณะผู้บริหาร")]),
        ("o3", "ติดต่อ / ถาม-ตอบ", [("/contact/", "ติดต่อเรา"), ("/qa/", "Q&A")]),
        ("o4", "ข่าวประชาสัมพันธ์", [("/news/", "ข่าวสาร")])]),
    ("9-2", "9.2 การบริหารงานและงบประมาณ", [
        ("o5", "แผนพัฒนาท้องถิ่น", [(J("article", 90), "แผนพัฒนาท้องถิ่น")]),
        ("o6", "แผนดำเนินงาน / ข้อบัญญัติ", [("/plan/action-plan-2569/", "แผนการดำเนินงาน 2569"),
                                               ("/2026/01/plan-2569/", "ข้อบัญญัติงบประมาณ 2569")]),
        ("o7", "รายงานผลการดำเนินงาน", [("key:follow-67", "รายงานผลการดำเนินงานประจำปี")]),
        ("o8", "คู่มือปฏิบัติงาน", [("key:manual-work", "คู่มือการปฏิบัติงาน")]),
        ("o9", "คู่มือประชาชน", [(J("article", 92), "คู่มือสำหรับประชาชน")]),
        ("o10", "E-Service", [("/eservice/", "E-Service")])]),
    ("9-3", "9.3 การจัดซื้อจัดจ้าง", [
        ("o11", "สขร.1 รายเดือน", [(J("category", 12), "ต.ค. - ธ.ค. 2568"), ("/procurement/", "ม.ค. 2569 เป็นต้นไป")]),
        ("o12", "รายงานจัดซื้อจัดจ้างประจำปี", [("key:proc-year-68", "รายงานประจำปี 2568")])]),
    ("9-4", "9.4 การบริหารทรัพยากรบุคคล", [
        ("o13", "หลักเกณฑ์ / แผน HR", [("key:hr-rules", "หลักเกณฑ์"), ("key:hr-plan", "แผนอัตรากำลัง 3 ปี")]),
        ("o14", "รายงาน HR ประจำปี", [(J("article", 110), "การบริหารงานบุคคล")]),
        ("o15", "ประมวลจริยธรรม", [("key:ethics", "ประมวลจริยธรรม"), ("/2026/03/ethics-training-2569/", "กิจกรรม")])]),
    ("9-5", "9.5 การส่งเสริมความโปร่งใส", [
        ("o16", "แนวปฏิบัติเรื่องร้องเรียน", [("key:manual-complaint", "คู่มือ")]),
        ("o17", "ช่องทางร้องเรียนทุจริต", [("/complaint/corruption/", "แจ้งเรื่อง")]),
        ("o18", "สถิติเรื่องร้องเรียน", [(DEAD_STAT, "สถิติ ปี 2569"), (J("article", 95), "สถิติ ปี 2568")]),
        ("o19", "การมีส่วนร่วม", [("/2026/02/prachakhom-result-2569/", "ประชาคมหมู่บ้าน 2569")])]),
    ("10-1", "10.1 การป้องกันการทุจริต (สินบน)", [
        ("o20", "No Gift Policy", [("key:nogift-67", "ประกาศ"), ("key:gift-report-68", "รายงานการรับของขวัญ")]),
        ("o21", "ประเมินความเสี่ยงการทุจริต", [("key:risk-68", "ประเมินความเสี่ยง")]),
        ("o22", "รายงานผลจัดการความเสี่ยง", [(DEAD_RISK, "รายงานผล")])]),
    ("10-2", "10.2 การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("o23", "แผนป้องกันการทุจริต", [("key:anti-plan-69", "แผนปฏิบัติการ 2569")]),
        ("o24", "รายงานผลการป้องกันการทุจริต", [("key:anti-report-6m-67", "รายงานผล")]),
        ("o25", "การนำผล ITA ไปพัฒนา", [("key:ita-analysis-67", "วิเคราะห์ผล ITA"), ("key:nacc-guide", "คู่มือ ITA 2569")]),
        ("o26", "รายงานผลส่งเสริมคุณธรรม", [("key:integrity-report-68", "รายงานผล")])]),
]


def ita() -> None:
    wp("/ita/", "ITA", "<p>เลือกปี : <select onchange=\"location=this.value\"><option value='/ita-2569/'>2569</option>"
       f"<option value='{J('article', 88)}'>2568</option></select></p><p>{a('/ita-2569/', 'ITA ประจำปี 2569')}</p>")
    wp("/ita-2569/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2569",
       "<p>แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)</p><ul>"
       + "".join(f"<li>{a(f'/ita-2569/{s}/', t)} ({rows[0][0]} - {rows[-1][0]})</li>" for s, t, rows in GROUPS) + "</ul>")
    for slug, title, rows in GROUPS:
        body = "<table><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>"
        for code, text, links in rows:
            cells = " / ".join(a(href(u[4:]) if u.startswith("key:") else u, t) for u, t in links)
            body += f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cells}</td></tr>"
        wp(f"/ita-2569/{slug}/", f"ITA 2569 : {title}", body + f"</table><p>{a('/ita-2569/', '« กลับหน้า ITA 2569')}</p>")


def assets() -> None:
    import base64
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for path, data in [("wp-content/themes/tambon/logo.png", png), ("wp-content/uploads/2026/01/org-chart.png", png),
                       ("images/logo_old.gif", gif)] + [(f"wp-content/uploads/2026/01/p{i}.png", png) for i in range(5)]:
        os.makedirs(os.path.dirname(os.path.join(HERE, path)), exist_ok=True)
        with open(os.path.join(HERE, path), "wb") as fh:
            fh.write(data)
    for path, css in [("wp-content/themes/tambon/style.css", "body{font-family:Sarabun,sans-serif}#content{display:flex}"
                       "#primary{flex:1}#secondary{width:240px}table{border-collapse:collapse}td,th{border:1px solid #999}\n"),
                      ("templates/protostar/css/template.css", "body{font-family:Tahoma}.notice{background:#fc0}\n")]:
        os.makedirs(os.path.dirname(os.path.join(HERE, path)), exist_ok=True)
        with open(os.path.join(HERE, path), "w", encoding="utf-8") as fh:
            fh.write(css)


def main() -> None:
    assets()
    old_site()
    new_site()


if __name__ == "__main__":
    main()
