"""Generate the HTML pages of the "samutsao" test site (องค์การบริหารส่วนตำบลหาดทรายทอง, invented).

Run:  python tests/sites/samutsao/_make_pages.py   (after _make_docs.py)

A coastal อบต. on a WordPress theme ("Seaside Gov"): a top bar, a header whose main menu holds an
"ITA" mega menu listing O1 … O26 in the office's own short wording (each a shortlink
/index.php?p=<id> to one post of the category "ITA 2569"), a side column (the chief executive,
categories, earlier years) and a footer on every page. Posts use /archives/<id>/ permalinks and
sit in categories by year (/archives/category/news/news-2569/, …/procurement/sorkor-2569/,
…/ita/ita-2568/). Files come from the media library (/wp-content/uploads/…) or the download
plugin (/index.php?wpdmdl=<id>). The page /ita-2569/ repeats the items as a table in Thai digits
with a year selector; the previous website's ITA page (/old/index.php?mod=ita&year=2566) is still
online. Shortlinks and download ids are stored as static copies under index.php.q/.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, url  # noqa: E402

ORG = "องค์การบริหารส่วนตำบลหาดทรายทอง"
SHORT = "อบต.หาดทรายทอง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
FULL_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
               "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(y: int, m: int, day: int, thai: bool = False) -> str:
    s = f"{day} {MONTHS[m - 1]} {y + 543}"
    return s.translate(TH) if thai else s


def a(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{esc(text)}</a>'


# ---------------------------------------------------------------- the ITA items (post ids, short wording)

GROUPS = [("9.1", "ข้อมูลพื้นฐาน", range(1, 5)), ("9.2", "การบริหารงานและงบประมาณ", range(5, 11)),
          ("9.3", "การจัดซื้อจัดจ้าง", range(11, 13)), ("9.4", "การบริหารทรัพยากรบุคคล", range(13, 16)),
          ("9.5", "การส่งเสริมความโปร่งใส", range(16, 20)), ("10.1", "การป้องกันการทุจริต (สินบน)", range(20, 23)),
          ("10.2", "คุณธรรมและความโปร่งใส", range(23, 27))]

SHORT_TITLES = {
    1: "โครงสร้างองค์กร และอำนาจหน้าที่", 2: "ข้อมูลผู้บริหาร", 3: "การติดต่อ / ถาม-ตอบ", 4: "ข่าวประชาสัมพันธ์",
    5: "แผนพัฒนาท้องถิ่น", 6: "แผนการดำเนินงาน และข้อบัญญัติงบประมาณ", 7: "รายงานผลการดำเนินงานประจำปี",
    8: "คู่มือการปฏิบัติงานของเจ้าหน้าที่", 9: "คู่มือสำหรับประชาชน", 10: "E-Service",
    11: "สรุปผลจัดซื้อจัดจ้างรายเดือน", 12: "รายงานผลจัดซื้อจัดจ้างประจำปี", 13: "หลักเกณฑ์และแผนบริหารงานบุคคล",
    14: "รายงานผลการพัฒนาบุคลากร", 15: "ประมวลจริยธรรม", 16: "แนวปฏิบัติเรื่องร้องเรียนการทุจริต",
    17: "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", 18: "สถิติเรื่องร้องเรียนการทุจริต", 19: "การมีส่วนร่วมของประชาชน",
    20: "No Gift Policy", 21: "การประเมินความเสี่ยงการทุจริต", 22: "ผลการจัดการความเสี่ยงการทุจริต",
    23: "แผนป้องกันการทุจริต", 24: "รายงานผลการป้องกันการทุจริต", 25: "การนำผล ITA ไปพัฒนาองค์กร",
    26: "ผลการส่งเสริมคุณธรรมและความโปร่งใส",
}
POST_ID = {n: 2400 + n * 7 + (n % 3) for n in SHORT_TITLES}  # shortlinks /index.php?p=<id>


def shortlink(n: int) -> str:
    return f"/index.php?p={POST_ID[n]}"


# ---------------------------------------------------------------- layout

def mega_menu() -> str:
    cols = []
    for gid, gname, rng in GROUPS:
        items = "".join(f'<li><a href="{shortlink(n)}">O{n} {esc(SHORT_TITLES[n])}</a></li>' for n in rng)
        cols.append(f'<div class="mega-col"><h6>{gid} {esc(gname)}</h6><ul>{items}</ul></div>')
    return "\n".join(cols)


def layout(title: str, body: str, *, body_class: str = "page") -> str:
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" id="seaside-style-css" href="/wp-content/themes/seaside-gov/style.css?ver=2.1.4" media="all">
<link rel="shortlink" href="/">
</head>
<body class="wp-theme-seaside-gov {body_class}">
<div class="topbar">{ORG} อำเภอนายายอาม จังหวัดจันทบุรี · โทร. 0 3903 6418 · <a href="/contact/">ติดต่อเรา</a></div>
<header class="site-header"><a href="/" class="custom-logo-link"><img src="/wp-content/uploads/2023/01/logo.png" alt="ตราสัญลักษณ์ {SHORT}" width="72" height="72"></a>
<div class="site-title">{ORG}<br><small>Hat Sai Thong Subdistrict Administrative Organization</small></div></header>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">หน้าหลัก</a></li>
<li class="menu-item menu-item-has-children"><a href="/about/">ข้อมูลพื้นฐาน</a><ul class="sub-menu">
<li><a href="/about/">ประวัติและสภาพทั่วไป</a></li><li><a href="/structure/">โครงสร้างองค์กร</a></li>
<li><a href="/authority/">อำนาจหน้าที่</a></li><li><a href="/executives/">คณะผู้บริหาร</a></li></ul></li>
<li class="menu-item menu-item-has-children"><a href="/archives/category/news/news-2569/">ข่าวสาร</a><ul class="sub-menu">
<li><a href="/archives/category/news/news-2569/">ข่าวประชาสัมพันธ์ ปี 2569</a></li>
<li><a href="/archives/category/news/news-2568/">ข่าวประชาสัมพันธ์ ปี 2568</a></li></ul></li>
<li class="menu-item"><a href="/archives/category/procurement/sorkor-2569/">จัดซื้อจัดจ้าง</a></li>
<li class="menu-item menu-item-has-children"><a href="/e-service/">บริการประชาชน</a><ul class="sub-menu">
<li><a href="/e-service/">E-Service</a></li><li><a href="/complaint/">ร้องเรียนการทุจริต</a></li>
<li><a href="/webboard/">กระดานถาม-ตอบ</a></li></ul></li>
<li class="menu-item menu-item-has-children mega-menu"><a href="/ita-2569/">ITA</a>
<div class="mega-panel"><div class="mega-head">การประเมินคุณธรรมและความโปร่งใส (ITA) ปี 2569 · <a href="/ita-2569/">ดูทั้งหมด</a></div>
{mega_menu()}
</div></li>
<li class="menu-item"><a href="/contact/">ติดต่อเรา</a></li>
</ul></nav>
<div id="content" class="site-content"><main id="primary" class="site-main">
<h1 class="entry-title">{esc(title)}</h1>
{body}
</main>
<aside id="secondary" class="widget-area">
<section class="widget"><h2 class="widget-title">นายก อบต.หาดทรายทอง</h2>
<img src="/wp-content/uploads/2023/01/chief.jpg" alt="นายประเสริฐ ทะเลงาม" width="120" height="150"><br>นายประเสริฐ ทะเลงาม<br>สายตรงนายก 08 1752 4403</section>
<section class="widget"><h2 class="widget-title">หมวดหมู่</h2><ul>
<li><a href="/archives/category/news/news-2569/">ข่าวประชาสัมพันธ์ ปี 2569</a></li>
<li><a href="/archives/category/procurement/sorkor-2569/">สรุปผลจัดซื้อจัดจ้าง ปี 2569</a></li>
<li><a href="/archives/category/ita/ita-2568/">ITA ปี 2568</a></li></ul></section>
<section class="widget"><h2 class="widget-title">ลิงก์</h2><ul>
<li><a href="/old/index.php?mod=ita&amp;year=2566">เว็บไซต์เดิม (ITA 2566)</a></li>
<li><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></li>
<li><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li></ul></section>
</aside></div>
<footer class="site-footer">{ORG} เลขที่ 88 หมู่ที่ 2 ตำบลหาดทรายทอง อำเภอนายายอาม จังหวัดจันทบุรี 22160<br>
โทรศัพท์ 0 3903 6418 โทรสาร 0 3903 6419 อีเมล saraban@haadsaithong.go.th ·
<a href="/privacy-policy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>
สงวนลิขสิทธิ์ © 2566 {ORG} · ขับเคลื่อนโดย WordPress</footer>
</body></html>
"""


def write(url_: str, title: str, body: str, body_class: str = "page") -> None:
    """``url_`` a path (folder/index.html) or a path with a query (its static copy under <path>.q/)."""
    if "?" in url_:
        base, query = url_.split("?", 1)
        target = os.path.join(HERE, base.lstrip("/") + ".q", query, "index.html")
    else:
        target = os.path.join(HERE, url_.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body, body_class=body_class))


def size(key: str) -> str:
    from _make_docs import path_of
    return f"{os.path.getsize(path_of(key)) / 1024:.2f} KB"


def attachments(rows: list[tuple[str, str]]) -> str:
    """The download plugin's table of files under a post: (file key or dead URL, title)."""
    out = []
    for key, title in rows:
        if key in DOCS:
            href, ext, sz = url(key), DOCS[key][1], size(key)
            ext = {"thpdf": "pdf", "scan": "pdf"}.get(ext, ext)
        else:
            href, ext, sz = key, "pdf", "388.40 KB"
        out.append(f'<tr><td><img src="/wp-content/plugins/download-manager/assets/file-type-icons/{ext}.svg" alt="{ext}" width="20"></td>'
                   f'<td>{a(href, title)}</td><td>{sz}</td><td><a class="wpdm-download-link" href="{esc(href)}">ดาวน์โหลด</a></td></tr>')
    return ('<div class="wpdm-attachments"><h4>ไฟล์แนบ</h4><table class="wpdm-table">'
            "<tr><th></th><th>ชื่อไฟล์</th><th>ขนาด</th><th></th></tr>" + "".join(out) + "</table></div>")


def meta(y: int, m: int, day: int, cat: str, cat_url: str) -> str:
    return (f'<div class="entry-meta">โพสต์เมื่อ {be(y, m, day)} โดย admin · หมวดหมู่ {a(cat_url, cat)}</div>')


# ---------------------------------------------------------------- ITA 2569 posts

ITA_CAT = ("ITA 2569", "/ita-2569/")
DRIVE = "https://drive.google.com/file/d/1qX7sTz0aHsTl0cal9PlanP8kR2/preview"
FLIP = "https://online.fliphtml5.com/hstsao/track67/"


def ita_bodies() -> dict[int, tuple[tuple[int, int, int], str]]:
    p = "<p>{}</p>".format
    return {
        1: ((2025, 10, 15), p("โครงสร้างส่วนราชการและอำนาจหน้าที่ขององค์การบริหารส่วนตำบลหาดทรายทอง")
            + "<ul><li>" + a("/structure/", "แผนภูมิโครงสร้างองค์กร (ฝ่ายบริหาร สภา และส่วนราชการ)") + "</li><li>"
            + a("/authority/", "อำนาจหน้าที่ของ อบต.") + "</li></ul>"),
        2: ((2025, 10, 15), p("ข้อมูลคณะผู้บริหาร ชื่อ ตำแหน่ง รูปถ่าย และช่องทางการติดต่อ") + p(a("/executives/", "คณะผู้บริหาร อบต.หาดทรายทอง"))),
        3: ((2025, 10, 15), p("ที่อยู่ หมายเลขโทรศัพท์ อีเมล แผนที่ตั้ง และช่องทางถาม-ตอบ")
            + "<ul><li>" + a("/contact/", "ติดต่อเรา") + "</li><li>" + a("/webboard/", "กระดานถาม-ตอบ (Q&A)") + "</li></ul>"),
        4: ((2025, 10, 15), p("ข่าวประชาสัมพันธ์ของ อบต. ประจำปี 2569") + p(a("/archives/category/news/news-2569/", "ข่าวประชาสัมพันธ์ ปี 2569"))),
        5: ((2025, 10, 16), p("แผนพัฒนาท้องถิ่น องค์การบริหารส่วนตำบลหาดทรายทอง")
            + f'<iframe src="{DRIVE}" width="640" height="480" allow="autoplay"></iframe>'
            + p(a(url("plan-61-65"), "ดาวน์โหลด แผนพัฒนาท้องถิ่น (PDF)"))),
        6: ((2025, 11, 3), p("แผนการดำเนินงานและการใช้งบประมาณประจำปี")
            + attachments([("opplan-69", "แผนการดำเนินงาน ประจำปีงบประมาณ ๒๕๖๙"),
                           ("budget-69", "ข้อบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ ๒๕๖๙"),
                           ("opplan-68", "แผนการดำเนินงาน ประจำปีงบประมาณ ๒๕๖๘")])),
        7: ((2025, 12, 18), p("รายงานผลการดำเนินงานประจำปี (อ่านแบบ e-book)")
            + p(f'<a href="{FLIP}" target="_blank">เปิดอ่าน e-book</a>')
            + p(a(url("track-67"), "ดาวน์โหลดไฟล์ PDF รายงานผลการดำเนินงาน"))),
        8: ((2025, 10, 20), p("คู่มือการปฏิบัติงานของเจ้าหน้าที่") + attachments([("staff-manual", "คู่มือการปฏิบัติงาน งานสารบรรณ สำนักปลัด")])),
        9: ((2025, 10, 20), p("คู่มือสำหรับประชาชน") + attachments([("citizen-manual", "คู่มือสำหรับประชาชน งานขออนุญาตก่อสร้างอาคาร / เบี้ยความพิการ")])),
        10: ((2026, 4, 3), p("ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service) และสถิติการให้บริการ")
             + "<ul><li>" + a("/e-service/", "ยื่นคำร้องออนไลน์ E-Service") + "</li></ul>"
             + attachments([("service-stats", "สถิติการให้บริการประชาชน ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")])),
        11: ((2025, 11, 6), p("สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน ปีงบประมาณ 2569 (แบบ สขร.1)")
             + p(a("/archives/category/procurement/sorkor-2569/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน ปี 2569 (คลิก)"))),
        12: ((2025, 10, 17), p("รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี") + attachments([("proc-year-68", "รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปี")])),
        13: ((2025, 10, 21), p("หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล")
             + attachments([("hr-rules", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล"), ("hrd-68", "แผนพัฒนาบุคลากร")])),
        14: ((2025, 10, 21), p("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี")
             + attachments([("hrd-68", "รายงานผลการพัฒนาบุคลากร")])),
        15: ((2026, 1, 20), p("ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม")
             + attachments([("ethics", "ประมวลจริยธรรมของพนักงานส่วนท้องถิ่น")])
             + p(a("/archives/2268/", "กิจกรรมอบรมส่งเสริมคุณธรรมจริยธรรม ประจำปี 2569"))),
        16: ((2025, 10, 20), p("แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")
             + attachments([("complaint-manual", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต")])),
        17: ((2025, 10, 20), p("ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ") + p(a("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตออนไลน์"))),
        18: ((2025, 10, 22), p("ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")
             + attachments([("complaint-stats-68h1", "สถิติเรื่องร้องเรียนการทุจริต รอบ 6 เดือน")])),
        19: ((2026, 2, 20), p("การเปิดโอกาสให้ประชาชนมีส่วนร่วม")
             + "<ul><li>" + a("/archives/2291/", "สรุปผลการประชุมประชาคมหมู่บ้าน ปี 2569") + "</li><li>"
             + a(url("invite"), "หนังสือเชิญประชุมประชาคม") + "</li></ul>"),
        20: ((2025, 10, 24), p("การขับเคลื่อนนโยบาย No Gift Policy")
             + attachments([("dla-nogift-69", "นโยบาย No Gift Policy ประจำปีงบประมาณ ๒๕๖๙"),
                            ("nogift-67", "ประกาศ อบต.หาดทรายทอง เรื่อง นโยบายไม่รับของขวัญ (No Gift Policy)")])),
        21: ((2025, 12, 1), p("การประเมินความเสี่ยงการทุจริตในหน่วยงาน")
             + attachments([("risk-68", "การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ 2569"),
                            ("erm-69", "แผนบริหารจัดการความเสี่ยง ปี 2569")])),
        22: ((2025, 12, 1), p("รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต")
             + attachments([("/index.php?wpdmdl=2231", "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต ปี 2568")])),
        23: ((2025, 10, 10), p("แผนปฏิบัติการป้องกันการทุจริต") + attachments([("anti-69", "แผนปฏิบัติการป้องกันการทุจริต ปี 2569")])),
        24: ((2025, 10, 10), p("รายงานผลการดำเนินการป้องกันการทุจริต")
             + attachments([("anti-report-67", "รายงานผลการดำเนินงานตามแผนป้องกันการทุจริต"),
                            ("anti-report-66", "รายงานผลการดำเนินงานตามแผนป้องกันการทุจริต (เดิม)")])),
        25: ((2025, 12, 22), p("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร")
             + attachments([("ita-analysis", "การวิเคราะห์ผล ITA และมาตรการส่งเสริมคุณธรรมและความโปร่งใส")])),
        26: ((2025, 10, 20), p("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน")
             + attachments([("integrity-68", "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม")])),
    }


def ita_pages() -> None:
    for n, ((y, m, day), body) in ita_bodies().items():
        title = f"O{n} {SHORT_TITLES[n]}"
        nav = (f'<div class="post-nav">{a(shortlink(n - 1), "« ข้อก่อนหน้า") if n > 1 else ""} '
               f'{a(shortlink(n + 1), "ข้อถัดไป »") if n < 26 else ""}</div>')
        write(shortlink(n), title, meta(y, m, day, *ITA_CAT) + body + nav, body_class=f"single postid-{POST_ID[n]}")
    # the page with the whole table, in Thai digits, and a year selector
    rows = []
    for gid, gname, rng in GROUPS:
        rows.append(f'<tr class="group"><td colspan="3">ตัวชี้วัดย่อยที่ {gid.translate(TH)} {esc(gname)}</td></tr>')
        for n in rng:
            rows.append(f"<tr><td>O{str(n).translate(TH)}</td><td>{esc(SHORT_TITLES[n])}</td>"
                        f'<td><a href="{shortlink(n)}">รายละเอียด</a></td></tr>')
    selector = ('<form class="ita-year"><label>เลือกปี </label><select name="year" onchange="location=this.value">'
                '<option value="/ita-2569/" selected>ITA ๒๕๖๙</option>'
                '<option value="/archives/category/ita/ita-2568/">ITA ๒๕๖๘</option>'
                '<option value="/old/index.php?mod=ita&amp;year=2566">ITA ๒๕๖๖ (เว็บไซต์เดิม)</option>'
                "</select></form>")
    write("/ita-2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙",
          selector + "<p>ข้อมูล ณ วันที่ ๒๐ เมษายน ๒๕๖๙</p>"
          '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>' + "".join(rows) + "</table>")


# ---------------------------------------------------------------- last year's ITA category, old website

ITA_2568 = [  # post id, date, title, body
    (1702, (2024, 11, 5), "o6 แผนการดำเนินงาน ประจำปี ๒๕๖๘",
     attachments([("opplan-68", "แผนการดำเนินงาน ประจำปีงบประมาณ ๒๕๖๘")])),
    (1710, (2024, 11, 5), "o21 ประกาศเจตนารมณ์ No Gift Policy",
     attachments([("nogift-67", "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)")])),
    (1715, (2024, 11, 20), "o23 การประเมินความเสี่ยงการทุจริต ปี ๒๕๖๘",
     attachments([("risk-68", "การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ ๒๕๖๘")])),
    (1730, (2024, 10, 22), "o14 แผนการบริหารและพัฒนาทรัพยากรบุคคล ปี ๒๕๖๘",
     attachments([("hrd-68", "แผนพัฒนาบุคลากร ประจำปีงบประมาณ ๒๕๖๘")])),
]


def old_pages() -> None:
    cat = ("ITA ปี 2568", "/archives/category/ita/ita-2568/")
    items = []
    for pid, (y, m, day), title, body in ITA_2568:
        write(f"/archives/{pid}/", title, meta(y, m, day, *cat) + body, body_class=f"single postid-{pid}")
        items.append(f'<article><h2>{a(f"/archives/{pid}/", title)}</h2><div class="entry-meta">{be(y, m, day)}</div></article>')
    write(cat[1], "หมวดหมู่: ITA ปี 2568", "\n".join(items), body_class="archive category")
    # the previous website (before the move to WordPress in 2567), a plain PHP page still served
    old = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>ITA ปี 2566 :: {ORG}</title></head>
<body bgcolor="#e8f4ff"><table width="900" align="center"><tr><td><img src="/old/images/banner.jpg" alt="banner" width="900" height="120"></td></tr>
<tr><td><a href="/old/index.php?mod=ita&amp;year=2566">ITA</a> | <a href="/">เว็บไซต์ใหม่</a></td></tr>
<tr><td><h3>การประเมินคุณธรรมและความโปร่งใส ประจำปี 2566</h3>
<table border="1"><tr><td>o10</td><td>แผนดำเนินงานประจำปี 2566</td><td><a href="/old/upload/ita66_o10.pdf">ดาวน์โหลด</a></td></tr>
<tr><td>o31</td><td>ประกาศนโยบาย No Gift Policy</td><td><a href="{url("old-nogift-66")}">ดาวน์โหลด</a></td></tr></table>
</td></tr><tr><td><small>{ORG} โทร. 0 3903 6418 · ปรับปรุงล่าสุด 30 กันยายน 2566</small></td></tr></table></body></html>
"""
    target = os.path.join(HERE, "old", "index.php.q", "mod=ita&year=2566", "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(old)


# ---------------------------------------------------------------- news and procurement posts

NEWS_2569 = [  # id, date (CE), title, paragraphs (html)
    (2318, (2026, 4, 2), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2569 ณ กองคลัง หรือผ่าน QR Code"]),
    (2305, (2026, 3, 14), "กิจกรรมทำความสะอาดชายหาด Big Cleaning Day หาดทรายทอง",
     ["วันที่ 14 มีนาคม 2569 อบต.หาดทรายทอง ร่วมกับโรงเรียน ผู้ประกอบการที่พัก และชาวประมง เก็บขยะชายหาดระยะทาง 3 กิโลเมตร ได้ขยะ 1.2 ตัน"]),
    (2291, (2026, 2, 20), "สรุปผลการประชุมประชาคมหมู่บ้าน เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2569",
     ["ระหว่างวันที่ 2 - 12 กุมภาพันธ์ 2569 องค์การบริหารส่วนตำบลหาดทรายทองจัดประชุมประชาคมหมู่บ้านครบทั้ง 9 หมู่บ้าน "
      "เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมเสนอปัญหาและความต้องการ",
      "มีประชาชนเข้าร่วมรวม 534 คน เสนอโครงการ 46 โครงการ เช่น หมู่ที่ 3 เสนอสร้างแนวป้องกันคลื่น หมู่ที่ 5 เสนอไฟฟ้าส่องสว่างถนนเลียบชายหาด "
      "หมู่ที่ 8 เสนอขุดลอกคลองน้อยเพื่อเรือประมง",
      "ผลการประชาคม: โครงการที่ผ่านการจัดลำดับ 31 โครงการ จะบรรจุในแผนพัฒนาท้องถิ่นเพิ่มเติม และแจ้งผลให้ประชาชนทราบผ่านผู้ใหญ่บ้าน"]),
    (2283, (2026, 1, 27), "ขอเชิญร่วมประชุมประชาคมหมู่บ้าน ประจำปี 2569",
     ["อบต.หาดทรายทอง ขอเชิญพี่น้องประชาชนร่วมประชุมประชาคมหมู่บ้าน ระหว่างวันที่ 2 - 12 กุมภาพันธ์ 2569",
      a(url("invite"), "หนังสือเชิญ (ไฟล์ Word)")]),
    (2268, (2026, 1, 16), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2569",
     ["วันที่ 16 มกราคม 2569 อบต.หาดทรายทอง จัดอบรมส่งเสริมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และพนักงาน "
      "เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานส่วนท้องถิ่น และให้ความรู้เรื่องการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา",
      "ผู้เข้าร่วม 56 คน วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดจันทบุรี"]),
    (2252, (2025, 12, 29), "ตั้งจุดบริการประชาชนช่วงเทศกาลปีใหม่ 2569",
     ["ตั้งจุดบริการบริเวณทางเข้าหาดทรายทอง ระหว่างวันที่ 29 ธันวาคม 2568 - 4 มกราคม 2569"]),
    (2240, (2025, 12, 18), "ประกาศรายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น",
     ["คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่นได้รายงานผลต่อสภา อบต. แล้ว รายละเอียดตามเอกสารแนบ",
      a(url("track-67"), "ดาวน์โหลดรายงาน")]),
    (2226, (2025, 11, 10), "ประกาศผู้ชนะการเสนอราคา จ้างเหมาถ่ายเอกสารและเข้าเล่มแผนพัฒนาท้องถิ่น",
     ["ประกาศผู้ชนะการเสนอราคา โดยวิธีเฉพาะเจาะจง", a(url("print-notice"), "ประกาศผู้ชนะ (PDF)")]),
    (2214, (2025, 10, 24), "ประชาสัมพันธ์นโยบาย No Gift Policy กระทรวงมหาดไทย ปี 2569",
     ["ตามหนังสือกรมส่งเสริมการปกครองท้องถิ่น ขอประชาสัมพันธ์นโยบายไม่รับของขวัญของกระทรวงมหาดไทย ประจำปีงบประมาณ 2569",
      a(url("dla-nogift-69"), "หนังสือกรมส่งเสริมการปกครองท้องถิ่น")]),
    (2203, (2025, 10, 6), "ประชุมพนักงานประจำเดือนตุลาคม 2568",
     ["ปลัด อบต. มอบนโยบายการปฏิบัติงานปีงบประมาณ 2569 แก่พนักงานทุกกอง"]),
]
NEWS_2568 = [
    (1788, (2025, 2, 18), "สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี 2568",
     ["ระหว่างวันที่ 3 - 14 กุมภาพันธ์ 2568 จัดประชาคมหมู่บ้าน 9 หมู่บ้าน ผู้เข้าร่วม 498 คน เสนอโครงการ 39 โครงการ"]),
    (1750, (2024, 12, 5), "วันพ่อแห่งชาติ 5 ธันวาคม 2567",
     ["คณะผู้บริหาร สมาชิกสภา และพนักงาน ร่วมพิธีถวายพระพรชัยมงคล ณ ที่ว่าการอำเภอนายายอาม"]),
]
PROC_POSTS = [  # id, posted, month covered, doc key
    (2321, (2026, 4, 6), (2026, 3), "proc-2026-03"), (2276, (2026, 2, 6), (2026, 1), "proc-2026-01"),
    (2258, (2026, 1, 7), (2025, 12), "proc-2025-12"), (2233, (2025, 12, 5), (2025, 11), "proc-2025-11"),
    (2219, (2025, 11, 6), (2025, 10), "proc-2025-10"), (2206, (2025, 10, 7), (2025, 9), "proc-2025-09"),
]


def article(pid: int, date: tuple, title: str) -> str:
    return (f'<article class="post-{pid}"><h2>{a(f"/archives/{pid}/", title)}</h2>'
            f'<div class="entry-meta">{be(*date)}</div></article>')


def news_pages() -> None:
    for cat_slug, cat_name, posts in [("news-2569", "ข่าวประชาสัมพันธ์ ปี 2569", NEWS_2569),
                                      ("news-2568", "ข่าวประชาสัมพันธ์ ปี 2568", NEWS_2568)]:
        cat_url = f"/archives/category/news/{cat_slug}/"
        for pid, date, title, paras in posts:
            body = meta(*date, cat_name, cat_url) + "".join(f"<p>{x if x.startswith('<a') else esc(x)}</p>" for x in paras)
            body += '<img src="/wp-content/uploads/2023/01/photo.jpg" alt="ภาพกิจกรรม" width="300" height="200">'
            write(f"/archives/{pid}/", title, body, body_class=f"single postid-{pid}")
        if len(posts) > 6:
            write(cat_url, f"หมวดหมู่: {cat_name}", "\n".join(article(p, dt, t) for p, dt, t, _ in posts[:6])
                  + f'<div class="nav-links">{a(cat_url + "page/2/", "หน้าถัดไป »")}</div>', body_class="archive category")
            write(cat_url + "page/2/", f"หมวดหมู่: {cat_name} – หน้า 2", "\n".join(article(p, dt, t) for p, dt, t, _ in posts[6:])
                  + f'<div class="nav-links">{a(cat_url, "« หน้าก่อนหน้า")}</div>', body_class="archive category paged")
        else:
            write(cat_url, f"หมวดหมู่: {cat_name}", "\n".join(article(p, dt, t) for p, dt, t, _ in posts), body_class="archive category")
    cat_name, cat_url = "สรุปผลการจัดซื้อจัดจ้าง ปี 2569", "/archives/category/procurement/sorkor-2569/"
    items = []
    for pid, posted, (y, m), key in PROC_POSTS:
        title = f"สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{FULL_MONTHS[m - 1]} {y + 543}"
        body = (meta(*posted, cat_name, cat_url) + "<p>แบบ สขร.1 สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน</p>"
                + attachments([(key, "สขร.1")]))
        write(f"/archives/{pid}/", title, body, body_class=f"single postid-{pid}")
        items.append(article(pid, posted, title))
    write(cat_url, f"หมวดหมู่: {cat_name}", "\n".join(items), body_class="archive category")


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f"<li>{a(f'/archives/{p}/', t)} <small>{be(*dt)}</small></li>" for p, dt, t, _ in NEWS_2569[:5])
    write("/", "หน้าหลัก", f"""<div class="hero"><img src="/wp-content/uploads/2023/01/beach.jpg" alt="หาดทรายทอง" width="800" height="300"></div>
<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2><ul>{latest}</ul><p>{a("/archives/category/news/news-2569/", "ดูข่าวทั้งหมด")}</p>
<h2>ITA 2569</h2><p>{a("/ita-2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569")}</p>""", body_class="home")
    write("/about/", "ประวัติและสภาพทั่วไป", """<p>ตำบลหาดทรายทองตั้งอยู่ริมฝั่งอ่าวไทย ห่างจากอำเภอนายายอามประมาณ 14 กิโลเมตร
มีพื้นที่ 52 ตารางกิโลเมตร 9 หมู่บ้าน ประชากร 7,236 คน 2,844 ครัวเรือน ได้รับการยกฐานะจากสภาตำบลเป็นองค์การบริหารส่วนตำบลเมื่อปี พ.ศ. 2540</p>
<p>อาชีพหลัก ประมงพื้นบ้าน เลี้ยงกุ้งขาว ทำสวนทุเรียน มังคุด และการท่องเที่ยวชายหาด</p>""")
    write("/structure/", "โครงสร้างองค์กร", """<p><img src="/wp-content/uploads/2025/10/structure69.jpg" alt="แผนภูมิโครงสร้าง อบต.หาดทรายทอง" width="700" height="500"></p>
<h3>ฝ่ายบริหาร</h3><ul><li>นายก อบต. : นายประเสริฐ ทะเลงาม</li><li>รองนายก อบต. : นายวีระ ปากน้ำใส, นางสาวอรุณี หอยทอง</li>
<li>เลขานุการนายก อบต. : นายสมปอง ชายเล</li></ul>
<h3>ฝ่ายสภา</h3><ul><li>ประธานสภา อบต. : นายบุญชู คลื่นแก้ว</li><li>รองประธานสภา : นางมาลี ทรายขาว</li><li>เลขานุการสภา : นางจันทร์เพ็ญ ศรีสมุทร</li>
<li>สมาชิกสภา อบต. 9 คน (หมู่ละ 1 คน)</li></ul>
<h3>ฝ่ายประจำ</h3><ul><li>ปลัด อบต. : นางจันทร์เพ็ญ ศรีสมุทร</li><li>รองปลัด อบต.</li>
<li>สำนักปลัด (งานบริหารทั่วไป งานนโยบายและแผน งานป้องกันและบรรเทาสาธารณภัย)</li><li>กองคลัง</li><li>กองช่าง</li>
<li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>หน่วยตรวจสอบภายใน</li></ul>""")
    write("/authority/", "อำนาจหน้าที่", """<p>อำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 67 68
และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p>
<ol><li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก รวมถึงท่าเทียบเรือ</li><li>รักษาความสะอาดของถนน ทางน้ำ ชายหาด และที่สาธารณะ กำจัดขยะมูลฝอย</li>
<li>ป้องกันและบรรเทาสาธารณภัย</li><li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>
<li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม รวมถึงป่าชายเลนและชายฝั่ง</li><li>ส่งเสริมการท่องเที่ยวและอาชีพของราษฎร</li></ol>""")
    people = [("นายประเสริฐ ทะเลงาม", "นายกองค์การบริหารส่วนตำบลหาดทรายทอง", "08 1752 4403"),
              ("นายวีระ ปากน้ำใส", "รองนายกองค์การบริหารส่วนตำบล", "08 6310 2295"),
              ("นางสาวอรุณี หอยทอง", "รองนายกองค์การบริหารส่วนตำบล", "09 2448 7016"),
              ("นายสมปอง ชายเล", "เลขานุการนายกองค์การบริหารส่วนตำบล", "08 9107 3358"),
              ("นางจันทร์เพ็ญ ศรีสมุทร", "ปลัดองค์การบริหารส่วนตำบล", "0 3903 6418 ต่อ 12")]
    cards = "".join(f'<div class="person"><img src="/wp-content/uploads/2023/01/p{i}.jpg" alt="{esc(n)}" width="120" height="150">'
                    f"<p><b>{esc(n)}</b><br>{esc(pos)}<br>โทร. {tel}</p></div>" for i, (n, pos, tel) in enumerate(people, 1))
    write("/executives/", "คณะผู้บริหาร", cards)
    write("/contact/", "ติดต่อเรา", """<p>องค์การบริหารส่วนตำบลหาดทรายทอง เลขที่ 88 หมู่ที่ 2 ตำบลหาดทรายทอง อำเภอนายายอาม จังหวัดจันทบุรี 22160</p>
<p>โทรศัพท์ 0 3903 6418 โทรสาร 0 3903 6419 อีเมล saraban@haadsaithong.go.th · Facebook: อบต.หาดทรายทอง · Line OA @haadsaithong</p>
<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>
<p><a href="https://maps.google.com/?q=12.7401,101.8312">แผนที่ Google Maps</a></p>
<p>สอบถามข้อมูลเพิ่มเติม : <a href="/webboard/">กระดานถาม-ตอบ</a></p>
<form class="wpcf7-form" method="post" action="/contact/"><p>ชื่อ <input name="your-name"></p><p>อีเมล <input name="your-email"></p>
<p>ข้อความ <textarea name="your-message"></textarea></p><p><input type="submit" value="ส่ง"></p></form>""")
    write("/webboard/", "กระดานถาม-ตอบ (Q&A)", """<div class="topic"><h3>สอบถามการชำระภาษีป้ายผ่านออนไลน์</h3><p>ถาม: ชำระภาษีป้ายทางออนไลน์ได้ไหมครับ (โดย ร้านชายหาดซีฟู้ด, 9 มี.ค. 2569)</p>
<p>ตอบ: ชำระผ่าน QR Code ที่แนบมากับหนังสือแจ้งประเมินได้ครับ (โดย กองคลัง, 10 มี.ค. 2569)</p></div>
<div class="topic"><h3>ขอรถบรรทุกน้ำ หมู่ 6</h3><p>ถาม: ขอรถน้ำช่วยเหลือครับ น้ำประปาไม่ไหล 3 วัน (โดย ชาวบ้านหมู่ 6, 21 ก.พ. 2569)</p>
<p>ตอบ: ส่งรถบรรทุกน้ำให้แล้ววันที่ 22 ก.พ. 2569 ค่ะ (โดย สำนักปลัด)</p></div>
<form method="post" action="/webboard/"><p>หัวข้อ <input name="topic"></p><p>คำถาม <textarea name="q"></textarea></p><p><input type="submit" value="ตั้งคำถาม"></p></form>""")
    write("/e-service/", "E-Service ยื่นคำร้องออนไลน์", """<p>ประชาชนสามารถยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง โดยไม่ต้องเดินทางมาที่ อบต.</p>
<ul><li><a href="https://forms.gle/hStsAo69WaterReq">ขอรับการช่วยเหลือน้ำอุปโภคบริโภค</a></li>
<li><a href="https://forms.gle/hStsAo69LampFix">แจ้งซ่อมไฟฟ้าสาธารณะ</a></li></ul>
<form method="post" action="/e-service/"><p>ชื่อ-สกุล <input name="name"></p><p>เลขบัตรประชาชน <input name="pid"></p>
<p>ประเภทคำร้อง <select name="type"><option>คำร้องทั่วไป</option><option>ขอรับการช่วยเหลือ</option></select></p>
<p>รายละเอียด <textarea name="detail"></textarea></p><p><input type="submit" value="ยื่นคำร้อง"></p></form>""")
    write("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตของเจ้าหน้าที่ อบต.หาดทรายทอง ได้ทางแบบฟอร์มนี้ ข้อมูลผู้ร้องจะถูกเก็บเป็นความลับ</p>
<form method="post" action="/complaint/"><p>ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="name"></p><p>เรื่องที่ร้องเรียน <input name="subject"></p>
<p>รายละเอียด <textarea name="detail"></textarea></p><p>แนบไฟล์ <input type="file" name="file"></p><p><input type="submit" value="ส่งเรื่องร้องเรียน"></p></form>
<p>ช่องทางอื่น : โทร. 0 3903 6418 · <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · ศูนย์ดำรงธรรมอำเภอนายายอาม</p>""")
    write("/privacy-policy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>อบต.หาดทรายทอง เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")


def assets() -> None:
    import base64

    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    files = {"wp-content/uploads/2023/01/" + n: png for n in
             ("logo.png", "chief.jpg", "beach.jpg", "photo.jpg", "p1.jpg", "p2.jpg", "p3.jpg", "p4.jpg", "p5.jpg")}
    files["wp-content/uploads/2025/10/structure69.jpg"] = png
    files["old/images/banner.jpg"] = png
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><rect width="20" height="20" fill="#c33"/></svg>'
    for ext in ("pdf", "doc", "docx", "xls", "xlsx"):
        files[f"wp-content/plugins/download-manager/assets/file-type-icons/{ext}.svg"] = svg
    files["wp-content/themes/seaside-gov/style.css"] = (
        b"body{font-family:Sarabun,Tahoma,sans-serif;margin:0}.topbar{background:#036;color:#fff;padding:4px}"
        b".main-navigation li{display:inline-block;position:relative}.sub-menu,.mega-panel{display:none}"
        b"li:hover>.sub-menu,li:hover>.mega-panel{display:block;position:absolute}.mega-col{display:inline-block;"
        b"width:24%;vertical-align:top}#content{display:flex}#primary{flex:1;padding:10px}#secondary{width:260px}"
        b"table{border-collapse:collapse}td,th{border:1px solid #9ab;padding:3px}.site-footer{background:#024;color:#fff;padding:8px}\n")
    for rel, data in files.items():
        target = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as fh:
            fh.write(data)


def main() -> None:
    assets()
    static_pages()
    ita_pages()
    old_pages()
    news_pages()


if __name__ == "__main__":
    main()
