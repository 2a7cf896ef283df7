"""Generate the HTML pages of the "egatdam" test site (เขื่อนห้วยลำพาง, กฟผ.; invented).

Run:  python tests/sites/egatdam/_make_pages.py   (after _make_docs.py)

The dam's WordPress site (since ธ.ค. 2567): a top bar, a menu, a right column (the director, water
level today, quick links) and a footer on every page; pretty permalinks (folder/index.html), news
posts under /<y>/<m>/<d>/<slug>/.  The old Joomla site was never taken down: its articles still
answer at /index.php?option=com_content&view=article&id=N&Itemid=M and its download script at
/download.php?id=N (static copies under <path>.q/<query>/, see crawler/serve.py), in the old
template.  The ITA 2569 section is one landing page and one page per sub-indicator group
(/ita-2569/9-1/ … /ita-2569/10-2/), years in Thai digits; /ita/ is a year selector; the monthly
procurement summaries are a script page with a year selector (/procurement.php?year=2569).
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import EGAT, ORG, ROWS, TH_MONTHS, disk, url  # noqa: E402

TH_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {SHORT[dt.month - 1]} {dt.year + 543}"


def a(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{esc(text)}</a>'


def doc(key: str, text: str | None = None) -> str:
    return a(url(key), text or ROWS[key][1])


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return "1.2 MB"
    return f"{os.path.getsize(disk(key)) / 1024:.0f} KB"


# ---------------------------------------------------------------- templates

MENU = [("หน้าแรก", "/"), ("เกี่ยวกับเขื่อน", "/about-us/history/"), ("โครงสร้างองค์กร", "/about-us/organization/"),
        ("ผู้บริหาร", "/about-us/executives/"), ("ข่าวสาร", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement.php?year=2569"),
        ("ดาวน์โหลด", "/download-center/"), ("บริการ", "/services/visit/"), ("E-Service", "/e-service/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ถาม-ตอบ", "/webboard/"), ("ติดต่อเรา", "/contact-us/")]


def wp_layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li class="menu-item">{a(u, t)}</li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th-TH"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/wp-content/themes/hlp-dam/style.css?ver=2.1.4"></head>
<body class="page">
<div class="top-bar">{ORG} {EGAT} · โทร. 0 4289 1520</div>
<header class="site-header"><img src="/wp-content/themes/hlp-dam/img/egat-logo.png" alt="EGAT" width="90" height="48">
<span class="site-title">{ORG}</span> <span class="site-desc">Huai Lam Phang Dam · Electricity Generating Authority of Thailand</span></header>
<nav><ul class="menu">
{menu}
</ul></nav>
<div class="container"><main class="content">
<h1 class="entry-title">{esc(title)}</h1>
{body}
</main>
<aside class="sidebar">
<section class="widget"><h3>ผู้อำนวยการเขื่อน</h3><img src="/wp-content/uploads/2024/12/director.jpg" alt="ผู้อำนวยการเขื่อน" width="80" height="100">
<p>นายธีรวัฒน์ ศรีวงศ์คำ<br>ผู้อำนวยการเขื่อนห้วยลำพาง</p></section>
<section class="widget"><h3>ระดับน้ำวันนี้</h3><p>ระดับน้ำ +318.42 ม.รทก.<br>ปริมาตร 268 ล้าน ลบ.ม. (65%)</p></section>
<section class="widget"><h3>ลิงก์ด่วน</h3><ul><li><a href="/ita-2569/">ITA ๒๕๖๙</a></li><li><a href="/e-service/">จองเยี่ยมชมเขื่อนออนไลน์</a></li>
<li><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a></li><li><a href="/download-center/">ศูนย์ดาวน์โหลดเอกสาร</a></li>
<li><a href="https://www.egat.co.th/">กฟผ.</a></li><li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li></ul></section>
</aside></div>
<footer class="site-footer">{ORG} {EGAT} ตู้ ปณ. 7 ตำบลห้วยลำพาง อำเภอภูเรือ จังหวัดเลย 42160<br>
โทรศัพท์ 0 4289 1520 โทรสาร 0 4289 1529 อีเมล hlp-pr@egat-hlp.example<br>
<a href="/privacy-policy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a> ·
<a href="/index.php?option=com_content&amp;view=article&amp;id=12&amp;Itemid=2">เว็บไซต์เดิม</a><br>
© 2567 {ORG} · Powered by WordPress</footer>
</body></html>
"""


OLD_MENU = [("หน้าแรก", "/index.php?option=com_content&view=article&id=12&Itemid=2"),
            ("เอกสารดาวน์โหลด", "/index.php?option=com_content&view=category&id=9&Itemid=40"),
            ("ITA 2567", "/index.php?option=com_content&view=article&id=88&Itemid=54"),
            ("เว็บไซต์ใหม่", "/")]


def old_layout(title: str, body: str) -> str:
    menu = " | ".join(a(u, t) for t, u in OLD_MENU)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th"><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<title>{esc(title)} - เขื่อนห้วยลำพาง</title>
<link rel="stylesheet" href="/templates/egat_blue/css/template.css" type="text/css" /></head>
<body><table width="960" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2" id="header"><img src="/templates/egat_blue/images/banner.jpg" alt="เขื่อนห้วยลำพาง" width="960" height="120" /></td></tr>
<tr><td colspan="2" id="topmenu">{menu}</td></tr>
<tr><td id="left" width="200" valign="top"><div class="moduletable"><h3>เมนูหลัก</h3>
<a href="/index.php?option=com_content&amp;view=article&amp;id=12&amp;Itemid=2">ประวัติเขื่อน</a><br />
<a href="/index.php?option=com_content&amp;view=category&amp;id=9&amp;Itemid=40">เอกสารดาวน์โหลด</a><br />
<a href="/index.php?option=com_content&amp;view=article&amp;id=88&amp;Itemid=54">ITA 2567</a></div>
<div class="moduletable"><h3>ผู้เข้าชม</h3>เริ่มนับ 1 ม.ค. 2555 : 412,087</div></td>
<td id="main" valign="top"><h2 class="contentheading">{esc(title)}</h2>
{body}
</td></tr>
<tr><td colspan="2" id="footer">เขื่อนห้วยลำพาง การไฟฟ้าฝ่ายผลิตแห่งประเทศไทย อ.ภูเรือ จ.เลย 42160 โทร. 0 4289 1520<br />
Copyright © 2555 - 2567 EGAT. All rights reserved.</td></tr></table></body></html>
"""


def write(path: str, title: str, body: str) -> None:
    """A WordPress page (folder/index.html) or, for a URL with a query string, its static copy."""
    if "?" in path:
        script, query = path.lstrip("/").split("?")
        target = os.path.join(HERE, script + ".q", query, "index.html")
        page = old_layout(title, body) if script == "index.php" else wp_layout(title, body)
    else:
        target = os.path.join(HERE, path.strip("/"), "index.html")
        page = wp_layout(title, body)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(page)


def file_table(keys: list[str]) -> str:
    rows = "".join(f"<tr><td>{doc(k)}</td><td>{be(ROWS[k][3])}</td><td>{size_of(k)}</td></tr>" for k in keys)
    return f'<table class="files"><tr><th>ชื่อเอกสาร</th><th>วันที่</th><th>ขนาด</th></tr>{rows}</table>'


# ---------------------------------------------------------------- news

NEWS = [  # (y, m, d) CE, slug, title, paragraphs (may hold {key} links to files)
    ((2026, 4, 3), "water-situation-3apr2569", "รายงานสถานการณ์น้ำเขื่อนห้วยลำพาง ประจำวันที่ 3 เมษายน 2569",
     ["ระดับน้ำในอ่างเก็บน้ำ +318.42 เมตร (รทก.) ปริมาตรน้ำ 268 ล้านลูกบาศก์เมตร คิดเป็นร้อยละ 65 ของความจุ ระบายน้ำวันละ 0.86 ล้าน ลบ.ม."]),
    ((2026, 3, 18), "dry-season-release-2569", "เขื่อนห้วยลำพางปรับแผนการระบายน้ำช่วงฤดูแล้ง ปี 2569",
     ["ตามมติที่ประชุมคณะกรรมการบริหารจัดการน้ำร่วมกับชุมชน เขื่อนปรับการระบายน้ำเป็นวันละ 0.86 ล้าน ลบ.ม. "
      "ตั้งแต่วันที่ 20 มีนาคม 2569 เพื่อสำรองน้ำสำหรับการอุปโภคบริโภคและการเกษตรท้ายเขื่อน"]),
    ((2026, 2, 27), "water-committee-1-2569", "สรุปผลการประชุมคณะกรรมการบริหารจัดการน้ำร่วมกับชุมชน ครั้งที่ 1/2569",
     ["วันที่ 24 กุมภาพันธ์ 2569 เขื่อนห้วยลำพางเปิดโอกาสให้ชุมชนท้ายน้ำมีส่วนร่วมในการวางแผนการระบายน้ำฤดูแล้ง "
      "โดยจัดประชุมรับฟังความคิดเห็น ณ ห้องประชุมอาคารอเนกประสงค์เขื่อนห้วยลำพาง",
      "ผู้เข้าร่วม 62 คน ได้แก่ กำนันและผู้ใหญ่บ้าน 14 หมู่บ้าน ผู้แทนกลุ่มผู้ใช้น้ำ 21 คน ผู้แทน อบต.ห้วยลำพาง และโครงการชลประทานเลย",
      "ข้อเสนอของชุมชน: ขอให้ระบายน้ำเพิ่มช่วงปลายเดือนมีนาคมสำหรับนาปรัง และแจ้งเตือนล่วงหน้าทางกลุ่มไลน์หมู่บ้าน "
      "เขื่อนรับข้อเสนอไปปรับแผนการระบายน้ำ (ดูข่าว 18 มี.ค. 2569) และตั้งกลุ่มไลน์แจ้งเตือน 14 หมู่บ้านแล้ว"]),
    ((2026, 2, 10), "invite-water-committee-1-2569", "ขอเชิญร่วมประชุมคณะกรรมการบริหารจัดการน้ำร่วมกับชุมชน ครั้งที่ 1/2569",
     ["เขื่อนห้วยลำพางขอเชิญผู้นำชุมชนและกลุ่มผู้ใช้น้ำ ร่วมประชุมในวันที่ 24 กุมภาพันธ์ 2569 เวลา 09.00 น.",
      "{invite-meeting}"]),
    ((2026, 1, 21), "ethics-training-2569", "เขื่อนห้วยลำพางจัดอบรมขับเคลื่อนประมวลจริยธรรม กฟผ. ประจำปี 2569",
     ["วันที่ 21 มกราคม 2569 เขื่อนห้วยลำพางจัดกิจกรรมอบรมเพื่อขับเคลื่อนประมวลจริยธรรม กฟผ. และการป้องกันผลประโยชน์ทับซ้อน "
      "ให้แก่ผู้บริหารและพนักงาน 91 คน พร้อมชี้แจงหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา",
      "ผู้เข้าร่วมร่วมกันจัดทำข้อตกลง Do's & Don'ts ของพนักงานเขื่อน 10 ข้อ และติดประกาศไว้ที่อาคารควบคุม"]),
    ((2026, 1, 9), "childrens-day-2569", "เขื่อนห้วยลำพางจัดงานวันเด็กแห่งชาติ ประจำปี 2569",
     ["เปิดพื้นที่สันเขื่อนให้เด็กและเยาวชนรอบเขื่อนร่วมกิจกรรม มีผู้ร่วมงานกว่า 1,200 คน"]),
    ((2025, 12, 9), "anti-corruption-day-2568", "กิจกรรมวันต่อต้านคอร์รัปชันสากล 9 ธันวาคม 2568",
     ["ผู้บริหารและพนักงานเขื่อนห้วยลำพางร่วมแต่งกายด้วยชุดสีขาวและร่วมกล่าวคำปฏิญาณต่อต้านการทุจริต"]),
    ((2025, 11, 5), "loy-krathong-2568", "ประเพณีลอยกระทงเขื่อนห้วยลำพาง ปี 2568",
     ["ร่วมกับชุมชนรอบเขื่อนจัดงานลอยกระทง ใช้กระทงจากวัสดุธรรมชาติ 100 เปอร์เซ็นต์"]),
    ((2025, 10, 16), "scholarship-2569", "มอบทุนการศึกษาแก่นักเรียนในชุมชนรอบเขื่อน ประจำปีการศึกษา 2568",
     ["มอบทุนการศึกษา 86 ทุน แก่นักเรียน 11 โรงเรียน ในพื้นที่ 3 ตำบลรอบเขื่อน"]),
    ((2025, 10, 2), "integrity-declaration-2569", "ผู้อำนวยการเขื่อนห้วยลำพางประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปี 2569",
     ["วันที่ 1 ตุลาคม 2568 ผู้อำนวยการเขื่อนประกาศเจตจำนงสุจริตต่อหน้าพนักงาน", "{will-69}"]),
    # FY2568 and older: page 2
    ((2025, 7, 28), "fish-release-2568", "ปล่อยพันธุ์ปลาเฉลิมพระเกียรติ 28 กรกฎาคม 2568",
     ["ปล่อยพันธุ์ปลา 400,000 ตัว ลงอ่างเก็บน้ำเขื่อนห้วยลำพาง"]),
    ((2025, 2, 26), "water-committee-1-2568", "สรุปผลการประชุมคณะกรรมการบริหารจัดการน้ำร่วมกับชุมชน ครั้งที่ 1/2568",
     ["วันที่ 25 กุมภาพันธ์ 2568 ประชุมรับฟังความคิดเห็นต่อแผนการระบายน้ำฤดูแล้ง ปี 2568 ผู้เข้าร่วม 58 คน"]),
    ((2024, 12, 20), "new-website", "เปิดตัวเว็บไซต์ใหม่เขื่อนห้วยลำพาง",
     ["เขื่อนห้วยลำพางย้ายเว็บไซต์สู่ระบบใหม่ ข้อมูลย้อนหลังยังเปิดดูได้ที่เว็บไซต์เดิม",
      '<a href="/index.php?option=com_content&amp;view=article&amp;id=12&amp;Itemid=2">เข้าสู่เว็บไซต์เดิม</a>']),
]


def post_url(n) -> str:
    (y, m, day), slug = n[0], n[1]
    return f"/{y}/{m:02d}/{day:02d}/{slug}/"


def news_pages() -> None:
    for n in NEWS:
        (y, m, day), _slug, title, paras = n
        body = "".join(f"<p>{doc(p[1:-1]) if p.startswith('{') else p}</p>" for p in paras)
        write(post_url(n), title, f'<p class="meta">โพสต์เมื่อ {be(date(y, m, day))} โดย hlp-pr · หมวด ข่าวสาร</p>{body}'
              '<p><a href="/news/">&laquo; ข่าวสารทั้งหมด</a></p>')
    for p, chunk in ((1, NEWS[:10]), (2, NEWS[10:])):
        items = "".join(f'<article><h2>{a(post_url(n), n[2])}</h2><p class="meta">{be(date(*n[0]))}</p></article>'
                        for n in chunk)
        pager = ('<p class="nav">หน้า 1 <a href="/news/page/2/">2</a> <a href="/news/page/2/">เรื่องเก่ากว่า &raquo;</a></p>'
                 if p == 1 else '<p class="nav"><a href="/news/">&laquo; เรื่องใหม่กว่า</a> <a href="/news/">1</a> หน้า 2</p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวสาร", items + pager)


# ---------------------------------------------------------------- ITA

J95 = "/index.php?option=com_content&view=article&id=95&Itemid=61"
GROUPS = [  # slug, group title, [(code, own wording, [(link text, href or row key)], note)]
    ("9-1", "ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้างและอำนาจหน้าที่", [("แผนผังโครงสร้างเขื่อนห้วยลำพาง", "/about-us/organization/"),
                                          ("อำนาจหน้าที่", "/about-us/authority/")]),
        ("o2", "ข้อมูลผู้บริหาร", [("ผู้บริหารเขื่อนห้วยลำพาง", "/about-us/executives/")]),
        ("o3", "ข้อมูลการติดต่อ และช่องทางถาม-ตอบ", [("ติดต่อเรา", "/contact-us/"), ("กระดานถาม-ตอบ", "/webboard/")]),
        ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวสารเขื่อนห้วยลำพาง", "/news/")])]),
    ("9-2", "การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("o5", "แผนยุทธศาสตร์ของหน่วยงาน", [("แผนยุทธศาสตร์เขื่อนห้วยลำพาง", "strategy-64-68")]),
        ("o6", "แผนปฏิบัติการและแผนการใช้จ่ายงบประมาณ ประจำปี 2569",
         [("แผนปฏิบัติการประจำปี 2569 (เปิดอ่าน)", "/document/action-plan-2569/"),
          ("แผนการใช้จ่ายงบประมาณ ปี 2569 (Excel)", "budget-plan-69")]),
        ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงานประจำปี (Annual Report) NEW", "/document/annual-report/")]),
        ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน การเดินเครื่องและการระบายน้ำ", "sop-ops")]),
        ("o9", "คู่มือการขอรับบริการ", [("การขอรับบริการของเขื่อน", "/services/visit/")]),
        ("o10", "E-Service", [("ระบบจองเยี่ยมชมเขื่อนออนไลน์", "/e-service/")])]),
    ("9-3", "การจัดซื้อจัดจ้าง", [
        ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", [("สขร.1 ปีงบประมาณ 2569", "/procurement.php?year=2569")]),
        ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานสรุปผลการจัดซื้อจัดจ้าง ปี 2568", "proc-year-68")])]),
    ("9-4", "การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("o13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล",
         [("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "hr-rules"), ("แผนพัฒนาบุคลากร", "hr-plan-68")]),
        ("o14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [("รายงานผล ปี 2568", "hr-report-68")]),
        ("o15", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม",
         [("ประมวลจริยธรรม กฟผ.", "ethics"), ("กิจกรรมขับเคลื่อนจริยธรรม ปี 2569", post_url(NEWS[4]))])]),
    ("9-5", "การส่งเสริมความโปร่งใส", [
        ("o16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("คู่มือการจัดการเรื่องร้องเรียน", "complaint-manual")]),
        ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเบาะแสการทุจริตออนไลน์", "/complaint/corruption/")]),
        ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติเรื่องร้องเรียน", "complaint-stat-6m-68")]),
        ("o19", "การเปิดโอกาสให้มีส่วนร่วม", [("ประชุมคณะกรรมการบริหารจัดการน้ำร่วมกับชุมชน 1/2569", post_url(NEWS[2]))])]),
    ("10-1", "การป้องกันการทุจริต (ความเสี่ยงและ No Gift)", [
        ("o20", "No Gift Policy", [("ประกาศนโยบาย No Gift Policy", "no-gift"),
                                   ("รายงานผล No Gift Policy ปี 2568", "gift-report-68")]),
        ("o21", "การประเมินความเสี่ยงการทุจริต ประจำปี", [("ผลการประเมินความเสี่ยงการทุจริต ปี 2569", "/document/risk-assessment-2569/")]),
        ("o22", "รายงานผลการบริหารจัดการความเสี่ยงการทุจริต", [("รายงานผล ปี 2568", "risk-report-68")])]),
    ("10-2", "การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("o23", "แผนปฏิบัติการป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต ปี 2569", "anti-plan-69-draft"),
                                                ("แผนฯ ปี 2568", "anti-plan-68")]),
        ("o24", "รายงานผลการดำเนินการป้องกันการทุจริต", [("รายงานผล ปี 2568", "anti-report-68")]),
        ("o25", "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", [("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", J95)]),
        ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรมและความโปร่งใส", [("รายงานผล ปี 2568", "integrity-report-68")])]),
]


def href(target: str) -> str:
    return target if target.startswith("/") else url(target)


def thai(s: str) -> str:
    return s.translate(TH_DIGITS)


def ita_pages() -> None:
    nav = " ".join(a(f"/ita-2569/{slug}/", thai(f"{slug.replace('-', '.')} {title}")) for slug, title, _ in GROUPS)
    tiles = "".join(f'<div class="tile">{a(f"/ita-2569/{slug}/", thai(title))}<br><small>'
                    f'{", ".join(i[0] for i in items)}</small></div>' for slug, title, items in GROUPS)
    write("/ita-2569/", thai("การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2569"),
          thai("<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต ของเขื่อนห้วยลำพาง "
               "(ข้อมูลปีงบประมาณ 2569 : 1 ตุลาคม 2568 - 30 กันยายน 2569)</p>") + f'<div class="tiles">{tiles}</div>')
    for slug, title, items in GROUPS:
        blocks = []
        for code, wording, links in items:
            lis = "".join(f"<li>{a(href(t), thai(text))}</li>" for text, t in links)
            blocks.append(f'<div class="ita-item"><h3>{code} {esc(thai(wording))}</h3><ul>{lis}</ul></div>')
        write(f"/ita-2569/{slug}/", thai(f"ITA 2569 : {title}"),
              f'<p class="ita-nav">{nav}</p>' + "".join(blocks) + '<p><a href="/ita-2569/">&laquo; กลับหน้า ITA ๒๕๖๙</a></p>')
    old = [("o5", "แผนยุทธศาสตร์", "strategy-64-68"), ("o6", "แผนปฏิบัติการประจำปี 2568", "action-plan-68"),
           ("o11", "สขร.1 ปี 2568", "/procurement.php?year=2568"), ("o13", "แผนพัฒนาบุคลากร ปี 2568", "hr-plan-68"),
           ("o18", "สถิติเรื่องร้องเรียน รอบ 6 เดือน", "complaint-stat-6m-68"), ("o20", "No Gift Policy", "no-gift"),
           ("o21", "การประเมินความเสี่ยงการทุจริต ปี 2568", "risk-68"), ("o23", "แผนปฏิบัติการป้องกันการทุจริต ปี 2568", "anti-plan-68"),
           ("o25", "วิเคราะห์ผล ITA 2567 และมาตรการ ปี 2568", J95)]
    rows = "".join(f"<tr><td>{c}</td><td>{a(href(t), w)}</td></tr>" for c, w, t in old)
    write("/ita-2568/", "ITA ประจำปีงบประมาณ พ.ศ. 2568",
          f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th></tr>{rows}</table>'
          "<p>ข้อที่ไม่ได้แสดงในตารางนี้ ดูได้ที่หน้าเว็บไซต์ตามเมนูหลัก</p>")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<form class="year-select"><label>เลือกปี</label> <select name="year" onchange="location=this.value">'
          '<option value="/ita-2569/">2569</option><option value="/ita-2568/">2568</option>'
          '<option value="/index.php?option=com_content&amp;view=article&amp;id=88&amp;Itemid=54">2567 (เว็บไซต์เดิม)</option>'
          '</select></form><ul><li><a href="/ita-2569/">ITA ปี ๒๕๖๙</a></li><li><a href="/ita-2568/">ITA ปี 2568</a></li>'
          '<li><a href="/index.php?option=com_content&amp;view=article&amp;id=88&amp;Itemid=54">ITA ปี 2567 (เว็บไซต์เดิม)</a></li></ul>')


# ---------------------------------------------------------------- other pages

def viewer(path: str, title: str, embed: str, keys: list[str]) -> None:
    dl = "".join(f"<li>{doc(k, 'ดาวน์โหลด : ' + ROWS[k][1])} ({size_of(k)})</li>" for k in keys)
    write(path, title, f'<div class="doc-viewer"><iframe src="{embed}" width="100%" height="640" '
          f'allow="autoplay"></iframe></div><ul class="downloads">{dl}</ul>')


def procurement_pages() -> None:
    years = '<p class="year-select">ปีงบประมาณ : <a href="/procurement.php?year=2569">2569</a> | <a href="/procurement.php?year=2568">2568</a></p>'
    plan = [(2025, 10), (2025, 11), (2025, 12), (2026, 1), (2026, 2), (2026, 3)]
    rows = []
    for y, m in plan:
        key = f"proc-{y}-{m:02d}"
        cell = doc(key, "ดาวน์โหลด") if key in ROWS else "อยู่ระหว่างจัดทำ"
        rows.append(f"<tr><td>{TH_MONTHS[m - 1]} {y + 543}</td><td>{cell}</td></tr>")
    write("/procurement.php?year=2569", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) ปีงบประมาณ 2569",
          years + '<table class="files"><tr><th>เดือน</th><th>ไฟล์</th></tr>' + "".join(rows) + "</table>"
          f"<h2>ประกาศจัดซื้อจัดจ้าง</h2><ul><li>{doc('consult-notice')}</li></ul>"
          f"<h2>รายงานประจำปี</h2><ul><li>{doc('proc-year-68')}</li></ul>")
    rows = "".join(f"<tr><td>{TH_MONTHS[m - 1]} {y + 543}</td><td>{doc(f'proc-{y}-{m:02d}', 'ดาวน์โหลด')}</td></tr>"
                   for y, m in [(2025, 7), (2025, 8), (2025, 9)])
    write("/procurement.php?year=2568", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) ปีงบประมาณ 2568",
          years + '<table class="files"><tr><th>เดือน</th><th>ไฟล์</th></tr>' + rows + "</table>"
          "<p>ข้อมูลเดือนตุลาคม 2567 - มิถุนายน 2568 อยู่ในเว็บไซต์เดิม</p>")


CATS = {"plans": ("แผนงาน", ["action-plan-69", "budget-plan-69", "strategy-eval", "action-plan-68"]),
        "reports": ("รายงาน", ["service-stats-69", "annual-report", "csr-68"]),
        "manuals": ("คู่มือ", ["visit-manual", "complaint-manual", "sop-ops"]),
        "hr": ("บริหารงานบุคคล", ["hr-report-68", "hr-plan-68", "hr-rules"]),
        "integrity": ("คุณธรรมและความโปร่งใส", ["risk-69", "integrity-report-68", "anti-report-68", "gift-report-68",
                                               "will-69", "anti-plan-69-draft", "anti-plan-68", "no-gift"])}


def static_pages() -> None:
    latest = "".join(f"<li>{a(post_url(n), n[2])} ({be(date(*n[0]))})</li>" for n in NEWS[:6])
    write("/", "หน้าแรก", f'<h2>ข่าวสารล่าสุด</h2><ul class="news">{latest}</ul><p><a href="/news/">ข่าวทั้งหมด</a></p>'
          '<h2>บริการ</h2><p><a href="/e-service/">จองเยี่ยมชมเขื่อนออนไลน์</a> · <a href="/procurement.php?year=2569">สขร.1</a> · '
          '<a href="/ita-2569/">ITA ๒๕๖๙</a> · <a href="/download-center/">ดาวน์โหลด</a></p>')
    write("/about-us/history/", "ประวัติเขื่อนห้วยลำพาง",
          "<p>เขื่อนห้วยลำพางสร้างขึ้นเพื่อผลิตไฟฟ้าและบรรเทาอุทกภัยในลุ่มน้ำเลยตอนบน ก่อสร้างระหว่างปี 2531 - 2535 "
          "เป็นเขื่อนหินถมแกนดินเหนียว สูง 68 เมตร ยาว 540 เมตร อ่างเก็บน้ำความจุ 412 ล้านลูกบาศก์เมตร "
          "โรงไฟฟ้าพลังน้ำ 2 เครื่อง กำลังผลิตรวม 36 เมกะวัตต์</p>")
    write("/about-us/organization/", "โครงสร้างองค์กร",
          '<img src="/wp-content/uploads/2025/01/org-chart-2568.png" alt="แผนผังโครงสร้างเขื่อนห้วยลำพาง" width="600" height="380">'
          "<p>เขื่อนห้วยลำพางเป็นหน่วยงานระดับฝ่าย สังกัดสายงานรองผู้ว่าการผลิตไฟฟ้า การไฟฟ้าฝ่ายผลิตแห่งประเทศไทย "
          "(คณะกรรมการ กฟผ. - ผู้ว่าการ - รองผู้ว่าการผลิตไฟฟ้า - ผู้อำนวยการเขื่อน)</p>"
          "<ul><li>ผู้อำนวยการเขื่อนห้วยลำพาง<ul><li>ผู้ช่วยผู้อำนวยการเขื่อน</li>"
          "<li>กองการผลิต (แผนกเดินเครื่อง, แผนกอุทกวิทยาและบริหารน้ำ)</li><li>กองบำรุงรักษา (แผนกบำรุงรักษาเครื่องกล, แผนกบำรุงรักษาไฟฟ้า)</li>"
          "<li>กองบริหารและชุมชนสัมพันธ์ (แผนกบริหารทั่วไป, แผนกประชาสัมพันธ์และชุมชนสัมพันธ์)</li>"
          "<li>แผนกความปลอดภัยเขื่อน</li><li>แผนกจัดการพัสดุ</li></ul></li></ul>"
          '<p><a href="/about-us/authority/">อำนาจหน้าที่</a></p>')
    write("/about-us/authority/", "อำนาจหน้าที่",
          "<p>การไฟฟ้าฝ่ายผลิตแห่งประเทศไทยมีอำนาจหน้าที่ตามพระราชบัญญัติการไฟฟ้าฝ่ายผลิตแห่งประเทศไทย พ.ศ. 2511 มาตรา 6 และ 9 "
          "เขื่อนห้วยลำพางในฐานะหน่วยงานของ กฟผ. มีหน้าที่โดยสรุปดังนี้</p><ol>"
          "<li>ผลิตพลังงานไฟฟ้าจากโรงไฟฟ้าพลังน้ำตามคำสั่งของศูนย์ควบคุมระบบไฟฟ้า</li>"
          "<li>บริหารจัดการน้ำในอ่างเก็บน้ำร่วมกับกรมชลประทานและคณะกรรมการลุ่มน้ำ</li>"
          "<li>ตรวจสอบ เฝ้าระวัง และบำรุงรักษาความปลอดภัยของตัวเขื่อนและอาคารประกอบ</li>"
          "<li>ดูแลสิ่งแวดล้อมและพัฒนาคุณภาพชีวิตชุมชนรอบเขื่อน</li><li>ให้บริการข้อมูลและการเยี่ยมชมแก่ประชาชน</li></ol>")
    execs = [("นายธีรวัฒน์ ศรีวงศ์คำ", "ผู้อำนวยการเขื่อนห้วยลำพาง", "0 4289 1520 ต่อ 2001", "director.jpg"),
             ("นางสาวอรุณี พรหมวิเศษ", "ผู้ช่วยผู้อำนวยการเขื่อนห้วยลำพาง", "0 4289 1520 ต่อ 2002", "asst.jpg"),
             ("นายสุริยา ทองแสน", "หัวหน้ากองการผลิต", "0 4289 1520 ต่อ 2101", "prod.jpg"),
             ("นายวิโรจน์ คำภูษา", "หัวหน้ากองบำรุงรักษา", "0 4289 1520 ต่อ 2301", "mnt.jpg"),
             ("นางพัชรินทร์ ไชยวงศ์", "หัวหน้ากองบริหารและชุมชนสัมพันธ์", "0 4289 1520 ต่อ 2201", "adm.jpg")]
    cards = "".join(f'<div class="card"><img src="/wp-content/uploads/2024/12/{img}" alt="{esc(n)}" width="80" height="100">'
                    f"<p><b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</p></div>" for n, p, t, img in execs)
    write("/about-us/executives/", "ผู้บริหารเขื่อนห้วยลำพาง", cards)
    write("/contact-us/", "ติดต่อเรา",
          f"<p>{ORG} {EGAT}<br>ตู้ ปณ. 7 ตำบลห้วยลำพาง อำเภอภูเรือ จังหวัดเลย 42160</p>"
          "<p>โทรศัพท์ 0 4289 1520 โทรสาร 0 4289 1529<br>อีเมล hlp-pr@egat-hlp.example</p>"
          "<p>เวลาทำการ จันทร์ - ศุกร์ 08.00 - 16.30 น. (จุดชมวิวสันเขื่อนเปิดทุกวัน 06.00 - 18.00 น.)</p>"
          '<p><a href="https://maps.google.com/?q=17.2241,101.4412">แผนที่ (Google Maps)</a> · '
          '<a href="https://www.facebook.com/hlpdam.egat.example">Facebook เขื่อนห้วยลำพาง</a></p>'
          '<p>มีข้อสงสัย สอบถามได้ที่ <a href="/webboard/">กระดานถาม-ตอบ</a></p>')
    qa = [("จะพาคณะนักเรียน 40 คนเข้าชมเขื่อน ต้องทำหนังสือล่วงหน้ากี่วันคะ", "ครูแอน", "9 มี.ค. 2569",
           "ล่วงหน้าอย่างน้อย 15 วัน หรือจองผ่านระบบ E-Service ได้เลยครับ (แผนกประชาสัมพันธ์)"),
          ("ช่วงนี้เขื่อนระบายน้ำวันละเท่าไร จะพอทำนาปรังไหม", "ชาวนาท้ายเขื่อน", "12 ก.พ. 2569",
           "ปัจจุบันระบายวันละ 0.75 ล้าน ลบ.ม. จะนำเรื่องเข้าที่ประชุมคณะกรรมการบริหารจัดการน้ำ 24 ก.พ. 2569 ครับ (กองการผลิต)")]
    items = "".join(f'<div class="topic"><p><b>ถาม :</b> {esc(q)} <small>โดย {w} · {t}</small></p><p><b>ตอบ :</b> {esc(r)}</p></div>'
                    for q, w, t, r in qa)
    write("/webboard/", "กระดานถาม-ตอบ (Q&A)", items +
          '<form method="post" action="/webboard/new-topic/"><h2>ตั้งกระทู้ถาม</h2>หัวข้อ <input name="title"><br>'
          'รายละเอียด <textarea name="detail"></textarea><br>ชื่อ <input name="name"><br><button>ส่งคำถาม</button></form>')
    write("/services/visit/", "คู่มือการขอรับบริการ",
          "<p>เขื่อนห้วยลำพางให้บริการประชาชน 2 งาน ได้แก่ การขอเข้าศึกษาดูงาน/เยี่ยมชมเขื่อน และการขอรับการสนับสนุนโครงการพัฒนาชุมชนรอบเขื่อน "
          "รายละเอียดขั้นตอน ระยะเวลา เอกสาร และค่าธรรมเนียม ตามคู่มือด้านล่าง</p>"
          f"<ul><li>{doc('visit-manual')} ({size_of('visit-manual')})</li></ul>")
    write("/e-service/", "E-Service ระบบจองเข้าเยี่ยมชมเขื่อนออนไลน์",
          '<form method="post" action="https://docs.google.com/forms/d/e/1FAIpQLSfHLPvisitBooking2569/formResponse">'
          'ชื่อหน่วยงาน/คณะ <input name="entry.101"><br>ผู้ประสานงาน <input name="entry.102"><br>'
          'โทรศัพท์ <input name="entry.103"><br>จำนวนผู้เข้าชม <input name="entry.104"><br>'
          'วันที่ต้องการเข้าชม <input type="date" name="entry.105"><br><button>ส่งคำขอ</button></form>'
          "<p>เจ้าหน้าที่จะยืนยันผลภายใน 3 วันทำการ</p>"
          f"<p>{doc('service-stats-69', 'ข้อมูลสถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)')}</p>")
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนได้ที่ แผนกบริหารทั่วไป โทร. 0 4289 1520 ต่อ 2101 หรือตู้รับเรื่องร้องเรียนหน้าอาคารอำนวยการ</p>"
          '<p><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริตและประพฤติมิชอบ</a></p>'
          f"<p>{doc('complaint-manual')}</p>")
    write("/complaint/corruption/", "แจ้งเบาะแสการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
          '<form method="post" action="/complaint/corruption/submit/" enctype="multipart/form-data">'
          'ชื่อผู้แจ้ง (ไม่ระบุก็ได้) <input name="name"><br>โทรศัพท์/อีเมล <input name="contact"><br>'
          'ผู้ถูกร้องเรียน <input name="who"><br>รายละเอียด <textarea name="detail"></textarea><br>'
          'หลักฐาน <input type="file" name="evidence"><br><button>ส่งเรื่อง</button></form>'
          '<p>ช่องทางอื่น : <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a></p>')
    write("/privacy-policy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>เขื่อนห้วยลำพางเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in MENU) + "</ul>")
    cats = " · ".join(a(f"/download-center/{s}/", n) for s, (n, _k) in CATS.items())
    everything = sorted({k for _n, ks in CATS.values() for k in ks}, key=lambda k: (ROWS[k][3], k), reverse=True)
    write("/download-center/", "ศูนย์ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{file_table(everything[:12])}"
          '<p>เอกสารก่อนปี 2568 : <a href="/index.php?option=com_content&amp;view=category&amp;id=9&amp;Itemid=40">เว็บไซต์เดิม</a></p>')
    for slug, (cname, keys) in CATS.items():
        write(f"/download-center/{slug}/", f"ดาวน์โหลด : {cname}", f"<p>หมวดหมู่ : {cats}</p>{file_table(keys)}")
    viewer("/document/action-plan-2569/", "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569",
           "https://drive.google.com/file/d/1hLPap2569QxR7vTt0dYkZ/preview", ["action-plan-69", "budget-plan-69"])
    viewer("/document/annual-report/", "รายงานผลการดำเนินงานประจำปี (Annual Report)",
           "https://online.anyflip.com/hlpdam/annualreport/index.html", ["annual-report"])
    viewer("/document/risk-assessment-2569/", "ผลการประเมินความเสี่ยงการทุจริต ประจำปี 2569",
           "https://drive.google.com/file/d/1hLPrisk2569Wm3pQa8s/preview", ["risk-69"])


def old_pages() -> None:
    write("/index.php?option=com_content&view=article&id=12&Itemid=2", "ประวัติเขื่อนห้วยลำพาง",
          "<p>เขื่อนห้วยลำพาง ก่อสร้างระหว่างปี 2531 - 2535 ... (ข้อมูลปี 2560)</p>"
          '<p><a href="/">ไปยังเว็บไซต์ใหม่</a></p>')
    keys = ["strategy-64-68", "sop-ops", "hr-rules", "ethics", "complaint-manual", "ita-analysis-67"]
    rows = "".join(f"<tr><td>{doc(k)}</td><td>{be(ROWS[k][3])}</td><td>{size_of(k)}</td></tr>" for k in keys)
    write("/index.php?option=com_content&view=category&id=9&Itemid=40", "เอกสารดาวน์โหลด",
          f'<table class="category"><tr><th>เอกสาร</th><th>วันที่</th><th>ขนาด</th></tr>{rows}</table>')
    write("/index.php?option=com_content&view=article&id=88&Itemid=54", "ITA ประจำปี 2567",
          "<p>ข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567</p><ul>"
          f"<li>o5 {doc('strategy-64-68')}</li><li>o10 {doc('sop-ops')}</li><li>o23 {doc('ethics')}</li>"
          f"<li>o31 {doc('complaint-manual')}</li></ul>")
    write(J95, "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
          "<p>เขื่อนห้วยลำพางได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปี 2567 (คะแนน 88.41 ระดับ A) "
          "และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ 2568 รายละเอียดตามเอกสารแนบ</p>"
          f'<p class="attach">ไฟล์แนบ : {doc("ita-analysis-67")} ({size_of("ita-analysis-67")})</p>'
          "<p class=\"modified\">ปรับปรุงล่าสุด 28 พฤศจิกายน 2567</p>")


def assets() -> None:
    import base64

    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    jpg = base64.b64decode(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////"
        "////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=")
    files = {"wp-content/themes/hlp-dam/img/egat-logo.png": png, "wp-content/uploads/2025/01/org-chart-2568.png": png,
             "templates/egat_blue/images/banner.jpg": jpg}
    for img in ("director.jpg", "asst.jpg", "prod.jpg", "mnt.jpg", "adm.jpg"):
        files[f"wp-content/uploads/2024/12/{img}"] = jpg
    files["wp-content/themes/hlp-dam/style.css"] = (
        b"body{font-family:Sarabun,Tahoma,sans-serif;margin:0}.top-bar{background:#00529b;color:#fff;padding:3px 8px}"
        b".menu li{display:inline;margin:0 6px}.container{display:flex}.content{flex:1;padding:10px}.sidebar{width:240px}"
        b"table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px}.site-footer{background:#eef;padding:8px}\n")
    files["templates/egat_blue/css/template.css"] = b"body{font-family:Tahoma;font-size:12px}#header{background:#036}\n"
    for rel, data in files.items():
        path = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)


def main() -> None:
    assets()
    static_pages()
    news_pages()
    ita_pages()
    procurement_pages()
    old_pages()


if __name__ == "__main__":
    main()
