"""Generate the HTML pages of the "paowpdm" test site (องค์การบริหารส่วนจังหวัดนครวารี, invented).

Run:  python tests/sites/paowpdm/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A WordPress theme (top bar, logo, menu, right sidebar of widgets, footer on every page) with the
WordPress Download Manager plugin: every package has a page /download/<slug>/ (title, date, size,
download count, a button to ?wpdmdl=<id>; one page shows the file only in an embedded Google Drive
viewer with the button beside it), listed in categories /download-category/<cat>/.  News posts
are WordPress permalinks /<yyyy>/<mm>/<dd>/<slug>/ with their attachments listed under the post.
The ITA 2568 page /ita-2568/ is split into one page per group; /ita/ is a year selector whose
2567 entry is the old (pre-WordPress) site kept under /old/ (index.php?mod=…, download.php?id=…).
Service statistics are a year selector /stats/?year=….
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, disk, url  # noqa: E402

ORG = "องค์การบริหารส่วนจังหวัดนครวารี"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def size(key: str) -> str:
    n = os.path.getsize(os.path.join(HERE, disk(key)))
    return f"{n / 1024:.2f} KB"


MENU = [("หน้าแรก", "/"), ("ข้อมูลหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("ดาวน์โหลดเอกสาร", "/downloads/"),
        ("แผนพัฒนา (e-plan)", "/eplan/"), ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"),
        ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]
CATS = {"plan": "แผนพัฒนาและแผนการดำเนินงาน", "budget": "ข้อบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "sorkhor1": "สรุปผลการจัดซื้อจัดจ้าง (สขร.1)", "procurement": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "manual": "คู่มือ", "integrity": "คุณธรรมและความโปร่งใส"}

# WPDM package -> (category, title shown, description)
PKG = {
    "prov-devplan": ("plan", "แผนพัฒนาจังหวัดนครวารี (พ.ศ. 2566-2570) ฉบับทบทวน", "เอกสารประกอบการจัดทำแผนพัฒนาท้องถิ่น"),
    "devcommittee-invite": ("plan", "เชิญประชุมคณะกรรมการพัฒนา อบจ. (ร่างแผนพัฒนาท้องถิ่นเพิ่มเติม)", "ประชุมวันที่ 14 ก.พ. 2568"),
    "actplan-2568": ("plan", "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568", "ส่งออกจากระบบ e-plan"),
    "budget-2568": ("budget", "ข้อบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2568", "ฉบับลงนามแล้ว"),
    "budget-draft": ("budget", "ร่างข้อบัญญัติงบประมาณรายจ่าย ปี 2568", "เสนอสภา อบจ. วาระที่ 1"),
    "sixmonth-2567": ("report", "รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน", "กองยุทธศาสตร์และงบประมาณ"),
    "budget-report-2567": ("report", "รายงานผลการใช้จ่ายงบประมาณประจำปี 2567", "กองคลัง"),
    "work-manual": ("manual", "คู่มือการปฏิบัติงาน งานจัดซื้อจัดจ้างและบริหารพัสดุ", "กองพัสดุและทรัพย์สิน"),
    "service-manual": ("manual", "คู่มือสำหรับประชาชน การขออนุญาตเชื่อมทางหลวงท้องถิ่น", "กองช่าง"),
    "proc-2567-09": ("sorkhor1", "สขร.1 ประจำเดือนกันยายน 2567", ""),
    "proc-2567-10": ("sorkhor1", "สขร.1 ประจำเดือนตุลาคม 2567", ""),
    "proc-2567-11": ("sorkhor1", "สขร.1 ประจำเดือนพฤศจิกายน 2567", ""),
    "proc-2567-12": ("sorkhor1", "สขร.1 ประจำเดือนธันวาคม 2567", ""),
    "proc-2568-02": ("sorkhor1", "สขร.1 ประจำเดือนกุมภาพันธ์ 2568", ""),
    "proc-2568-03": ("sorkhor1", "สขร.1 ประจำเดือนมีนาคม 2568", ""),
    "proc-annual-2567": ("procurement", "รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2567", "กองพัสดุและทรัพย์สิน"),
    "hr-rate-2567": ("hr", "แผนอัตรากำลัง 3 ปี (2567-2569)", ""),
    "hr-dev-plan": ("hr", "แผนพัฒนาพนักงานส่วนจังหวัด (2567-2569)", ""),
    "hr-report-2567": ("hr", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปี 2567", ""),
    "ethics-code": ("integrity", "ประมวลจริยธรรม", ""),
    "complaint-manual": ("integrity", "คู่มือการปฏิบัติงานเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", ""),
    "nogift-2566": ("integrity", "ประกาศเจตนารมณ์ No Gift Policy", "นโยบายไม่รับของขวัญและของกำนัลทุกชนิด"),
    "gift-report-2567": ("integrity", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ปี 2567", ""),
    "risk-2567": ("integrity", "การประเมินความเสี่ยงการทุจริต", "ดูเอกสารผ่าน Google Drive หรือดาวน์โหลด"),
    "risk-report-2567": ("integrity", "รายงานผลการดำเนินการจัดการความเสี่ยงการทุจริต ปี 2567", "ฉบับสแกน"),
    "anti-plan": ("integrity", "แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. 2566-2570)", ""),
    "anti-report-2567": ("integrity", "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ปี 2567", ""),
}
DOWNLOADS = {"prov-devplan": 214, "devcommittee-invite": 37, "actplan-2568": 388, "budget-2568": 512, "budget-draft": 96,
             "sixmonth-2567": 143, "budget-report-2567": 61}


def page_url(key: str) -> str:
    return f"/download/{DOCS[key][0][1]}/"


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li class="menu-item"><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    cats = "\n".join(f'<li><a href="/download-category/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" href="/wp-content/themes/paonw/style.css?ver=6.4.3">
<link rel="stylesheet" href="/wp-content/plugins/download-manager/assets/css/front.css?ver=6.4.3"></head>
<body class="wp-singular">
<div class="topbar">{ORG} ศาลากลางจังหวัดหลังเก่า ถนนวารีราษฎร์ อำเภอเมืองนครวารี · โทร. 0 4471 2250 · saraban@paonakhonwari.go.th</div>
<header class="site-header"><a href="/"><img src="/wp-content/uploads/2023/01/logo-pao.png" alt="ตราสัญลักษณ์ อบจ.นครวารี" width="72" height="72"></a>
<div class="site-title">{ORG}<br><small>Nakhon Wari Provincial Administrative Organization</small></div></header>
<nav class="main-navigation"><ul class="menu">
{menu}
</ul></nav>
<div class="site-content"><main class="content-area">
<h1 class="entry-title">{esc(title)}</h1>
{body}
</main>
<aside class="widget-area">
<section class="widget"><h2 class="widget-title">นายก อบจ.นครวารี</h2><img src="/wp-content/uploads/2023/01/chief.png" alt="นายประเสริฐ วงศ์ทองดี" width="120" height="150"><p>นายประเสริฐ วงศ์ทองดี<br>สายตรงนายก 0 4471 2299</p></section>
<section class="widget"><h2 class="widget-title">ลิงก์ด่วน</h2><ul>
<li><a href="/ita/">ITA การประเมินคุณธรรมและความโปร่งใส</a></li>
<li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a></li>
<li><a href="/eservice/">ยื่นคำร้องออนไลน์ E-Service</a></li>
<li><a href="/stats/">สถิติการให้บริการ</a></li>
<li><a href="/old/index.php?mod=home">เว็บไซต์ อบจ. (เดิม)</a></li>
<li><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></li></ul></section>
<section class="widget"><h2 class="widget-title">หมวดหมู่เอกสาร</h2><ul>
{cats}
</ul></section>
</aside></div>
<footer class="site-footer"><p>{ORG} ถนนวารีราษฎร์ ตำบลในเมือง อำเภอเมืองนครวารี จังหวัดนครวารี 44190</p>
<p>โทรศัพท์ 0 4471 2250 โทรสาร 0 4471 2251 · Copyright &copy; 2568 · ผู้เข้าชม 1,204,587</p></footer>
</body></html>
"""


PAGES: dict[str, str] = {}


def put(path: str, title: str, body: str) -> None:
    PAGES[path] = layout(title, body)


def a(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{esc(text)}</a>'


# ---------------------------------------------------------------- download manager


def pkg_page(key: str) -> None:
    cat, title, desc = PKG[key]
    where, fname, created = DOCS[key][0], DOCS[key][1], DOCS[key][2]
    viewer = ""
    if key == "risk-2567":  # shown in an embedded Google Drive viewer, the button beside it
        viewer = ('<div class="wpdm-gdrive"><iframe src="https://drive.google.com/file/d/1Qx7pRnW2aVtK9mLc3ZuYh0bE4sDf6GjN/preview" '
                  'width="100%" height="560" allow="autoplay"></iframe></div>\n')
    body = f"""<div class="w3eden"><div class="wpdm-download-link-wrapper">
{viewer}<table class="table wpdm-package-info">
<tr><td>ชื่อไฟล์</td><td>{esc(fname)}</td></tr>
<tr><td>ขนาดไฟล์</td><td>{size(key)}</td></tr>
<tr><td>วันที่สร้าง</td><td>{be(created)}</td></tr>
<tr><td>ดาวน์โหลด</td><td>{DOWNLOADS.get(key, 20 + where[2] % 97)} ครั้ง</td></tr>
<tr><td>หมวดหมู่</td><td>{a(f"/download-category/{cat}/", CATS[cat])}</td></tr></table>
<p>{esc(desc)}</p>
<a class="wpdm-download-link btn btn-primary" rel="nofollow" href="{esc(url(key))}">ดาวน์โหลด</a>
</div></div>"""
    put(page_url(key).strip("/") + "/index.html", title, body)


def pkg_list(keys: list[str]) -> str:
    rows = "\n".join(
        f'<tr><td>{a(page_url(k), PKG[k][1])}</td><td>{be(DOCS[k][2])}</td><td>{size(k)}</td>'
        f'<td><a class="wpdm-download-link" href="{esc(url(k))}">ดาวน์โหลด</a></td></tr>'
        for k in sorted(keys, key=lambda k: DOCS[k][2], reverse=True))
    return f'<table class="wpdm-all-packages"><tr><th>ชื่อเอกสาร</th><th>วันที่</th><th>ขนาด</th><th></th></tr>\n{rows}\n</table>'


# ---------------------------------------------------------------- news posts

POSTS = [  # (path, date, title, body html)
    ("2025/04/08/songkran-safety", (2025, 4, 8), "อบจ.นครวารี ตั้งจุดบริการประชาชนช่วงเทศกาลสงกรานต์ 2568",
     "<p>องค์การบริหารส่วนจังหวัดนครวารี ร่วมกับอำเภอทุกอำเภอ ตั้งจุดบริการประชาชน 14 จุด ระหว่างวันที่ 11 - 17 เมษายน 2568</p>"),
    ("2025/03/19/road-nw0027", (2025, 3, 19), "ส่งมอบถนนลาดยาง สาย นว.ถ.1-0027 ให้ประชาชนใช้งาน",
     "<p>นายก อบจ.นครวารี ตรวจรับและเปิดใช้ถนนลาดยางระยะทาง 6.4 กิโลเมตร งบประมาณปี 2568</p>"),
    ("2025/02/14/civic-forum-2568", (2025, 2, 14), "สรุปผลเวทีประชาคมระดับอำเภอ ประจำปี 2568",
     "<p>ระหว่างวันที่ 4 - 13 กุมภาพันธ์ 2568 องค์การบริหารส่วนจังหวัดนครวารี จัดเวทีประชาคมระดับอำเภอครบทั้ง 6 อำเภอ "
     "มีผู้นำชุมชน ประชาชน และภาคประชาสังคมเข้าร่วม รวม 1,214 คน เสนอโครงการ 83 โครงการ เพื่อบรรจุในแผนพัฒนาท้องถิ่น "
     "และร่วมให้ความเห็นต่อร่างแผนการดำเนินงาน ผลการรับฟังความคิดเห็นจะเสนอคณะกรรมการพัฒนา อบจ. ต่อไป</p>"
     "<table><tr><th>อำเภอ</th><th>วันที่</th><th>ผู้เข้าร่วม</th><th>โครงการที่เสนอ</th></tr>"
     "<tr><td>เมืองนครวารี</td><td>4 ก.พ. 2568</td><td>312</td><td>21</td></tr>"
     "<tr><td>ท่าหินแดง</td><td>6 ก.พ. 2568</td><td>204</td><td>14</td></tr>"
     "<tr><td>โนนวารี</td><td>11 ก.พ. 2568</td><td>188</td><td>12</td></tr></table>"
     "<h3>ไฟล์แนบ</h3><ul class=\"attachments\"><li>" + '<a href="/wp-content/uploads/2025/01/invite-forum-68.docx">invite-forum-68.docx</a>'
     + "</li></ul>"),
    ("2025/01/22/ethics-training", (2025, 1, 22), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2568",
     "<p>วันที่ 22 มกราคม 2568 ปลัด อบจ.นครวารี เป็นประธานเปิดโครงการอบรมส่งเสริมคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรม "
     "ของพนักงานส่วนจังหวัด ผู้เข้าร่วม 236 คน พร้อมเผยแพร่ Do's &amp; Don'ts ตามประมวลจริยธรรมของพนักงานส่วนท้องถิ่น</p>"),
    ("2025/01/20/forum-invitation", (2025, 1, 20), "ขอเชิญร่วมเวทีประชาคมระดับอำเภอ ปี 2568",
     '<p>ขอเชิญประชาชนร่วมเวทีประชาคม ระหว่างวันที่ 4 - 13 ก.พ. 2568 <a href="/wp-content/uploads/2025/01/invite-forum-68.docx">หนังสือเชิญ</a></p>'),
    ("2024/12/18/eval-report", (2024, 12, 18), "เผยแพร่รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น",
     "<p>คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ได้รายงานผลต่อผู้บริหารและสภา อบจ. เมื่อวันที่ 10 ธันวาคม 2567 "
     "จึงเผยแพร่ให้ประชาชนทราบ</p><h3>ไฟล์แนบ</h3><ul class=\"attachments\"><li>"
     + f'<a href="{url("perf-2566")}">report-eval-66.pdf</a></li></ul>'),
    ("2024/11/15/student-games", (2024, 11, 15), "พิธีเปิดการแข่งขันกีฬานักเรียนระดับจังหวัด",
     "<p>อบจ.นครวารี จัดการแข่งขันกีฬานักเรียน ครั้งที่ 31 ณ สนามกีฬาจังหวัด นักกีฬา 2,460 คน</p>"),
    ("2024/10/25/action-plan-2568", (2024, 10, 25), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568",
     f'<p>ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 ดาวน์โหลดได้ที่ {a(page_url("actplan-2568"), "หน้าดาวน์โหลด")}</p>'),
    ("2024/06/10/water-truck", (2024, 6, 10), "บริการรถบรรทุกน้ำช่วยเหลือภัยแล้ง",
     "<p>อบจ.นครวารี ส่งรถบรรทุกน้ำช่วยเหลือประชาชน 12 ตำบล ปริมาณน้ำ 1.2 ล้านลิตร</p>"),
    ("2024/02/09/civic-forum-2567", (2024, 2, 9), "สรุปผลเวทีประชาคมระดับอำเภอ ประจำปี 2567",
     "<p>ระหว่างวันที่ 1 - 8 กุมภาพันธ์ 2567 จัดเวทีประชาคม 6 อำเภอ ผู้เข้าร่วม 1,096 คน เสนอโครงการ 77 โครงการ</p>"),
    ("2023/12/05/new-year-gift", (2023, 12, 5), "อบจ.นครวารี งดรับของขวัญปีใหม่ 2567",
     "<p>ผู้บริหารขอความร่วมมืองดให้ของขวัญในเทศกาลปีใหม่ 2567</p>"),
]


def news_list(posts) -> str:
    return "<ul class=\"post-list\">" + "\n".join(
        f'<li>{a("/" + p + "/", t)} <span class="posted-on">{d[2]} {MONTHS[d[1] - 1]} {d[0] + 543}</span></li>'
        for p, d, t, _b in posts) + "</ul>"


# ---------------------------------------------------------------- ITA 2568, one page per group

NOPAGE = "/wp-content/uploads/2025/04/complaint-stat-2568.pdf"  # o19: never uploaded (404)
GROUPS = [
    ("basic", "ข้อมูลพื้นฐาน (o1 - o4)", [
        ("o1", "โครงสร้างและอำนาจหน้าที่ อบจ.", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
        ("o2", "ผู้บริหาร อบจ.", [("คณะผู้บริหาร", "/about/executives/")]),
        ("o3", "ติดต่อ อบจ.", [("ช่องทางการติดต่อ", "/contact/")]),
        ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")])]),
    ("budget", "การบริหารงานและการใช้จ่ายงบประมาณ (o5 - o11)", [
        ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น (ระบบ e-plan)", "/eplan/")]),
        ("o6", "แผนดำเนินงาน / ข้อบัญญัติ / รายงานรอบ 6 เดือน", [
            ("แผนการดำเนินงาน 2568", page_url("actplan-2568")), ("ข้อบัญญัติงบประมาณ 2568", page_url("budget-2568")),
            ("รายงานการกำกับติดตาม รอบ 6 เดือน", page_url("sixmonth-2567"))]),
        ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการติดตามประเมินผลแผน", "/2024/12/18/eval-report/"),
                                              ("รายงานการใช้จ่ายงบประมาณ", page_url("budget-report-2567"))]),
        ("o8", "คู่มือปฏิบัติงานของเจ้าหน้าที่", [("คู่มือการปฏิบัติงาน", page_url("work-manual"))]),
        ("o9", "คู่มือประชาชน", [("คู่มือสำหรับประชาชน", page_url("service-manual"))]),
        ("o10", "E-Service", [("ยื่นคำร้องออนไลน์", "/eservice/")]),
        ("o11", "สถิติการให้บริการ", [("สถิติการให้บริการ", "/stats/")])]),
    ("procurement", "การจัดซื้อจัดจ้าง (o12 - o13)", [
        ("o12", "สขร.1 รายเดือน", [("สรุปผลการจัดซื้อจัดจ้างรายเดือน", "/download-category/sorkhor1/")]),
        ("o13", "สรุปผลจัดซื้อจัดจ้างประจำปี", [("รายงานประจำปี 2567", page_url("proc-annual-2567"))])]),
    ("hr", "การบริหารและพัฒนาทรัพยากรบุคคล (o14 - o16)", [
        ("o14", "แผนอัตรากำลัง / แผนพัฒนาพนักงาน", [("แผนอัตรากำลัง 3 ปี", page_url("hr-rate-2567")),
                                                   ("แผนพัฒนาพนักงาน", page_url("hr-dev-plan"))]),
        ("o15", "รายงานผลการบริหารงานบุคคล", [("รายงานผล ปี 2567", page_url("hr-report-2567"))]),
        ("o16", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", page_url("ethics-code")), ("กิจกรรมขับเคลื่อน", "/2025/01/22/ethics-training/")])]),
    ("transparency", "การส่งเสริมความโปร่งใส (o17 - o20)", [
        ("o17", "คู่มือเรื่องร้องเรียนทุจริต", [("คู่มือ", page_url("complaint-manual"))]),
        ("o18", "ช่องทางร้องเรียนทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/corruption/")]),
        ("o19", "สถิติเรื่องร้องเรียนทุจริต", [("สถิติเรื่องร้องเรียน ปี 2568", NOPAGE)]),
        ("o20", "การมีส่วนร่วม", [("เวทีประชาคม 2568", "/2025/02/14/civic-forum-2568/")])]),
    ("anticorruption", "การป้องกันการทุจริต (o21 - o26)", [
        ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", page_url("nogift-2566"))]),
        ("o22", "รายงานการรับของขวัญ", [("รายงานการรับทรัพย์สิน", page_url("gift-report-2567"))]),
        ("o23", "ประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยง", page_url("risk-2567"))]),
        ("o24", "รายงานจัดการความเสี่ยงการทุจริต", [("รายงานผล", page_url("risk-report-2567"))]),
        ("o25", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต", page_url("anti-plan"))]),
        ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานผล ปี 2567", page_url("anti-report-2567"))])]),
]


def build() -> None:
    for key in PKG:
        pkg_page(key)
    put("downloads/index.html", "ดาวน์โหลดเอกสาร", pkg_list(list(PKG)))
    for c, t in CATS.items():
        put(f"download-category/{c}/index.html", f"หมวดหมู่: {t}", pkg_list([k for k in PKG if PKG[k][0] == c]))

    for path, dt, title, body in POSTS:
        put(f"{path}/index.html", title,
            f'<div class="entry-meta">โพสต์เมื่อ {dt[2]} {MONTHS[dt[1] - 1]} {dt[0] + 543} โดย ประชาสัมพันธ์ อบจ.</div>{body}')
    put("news/index.html", "ข่าวประชาสัมพันธ์", news_list(POSTS[:8]) + '<p class="nav-links"><a href="/news/page/2/">หน้าถัดไป &raquo;</a></p>')
    put("news/page/2/index.html", "ข่าวประชาสัมพันธ์ – หน้า 2", news_list(POSTS[8:]) + '<p class="nav-links"><a href="/news/">&laquo; หน้าก่อน</a></p>')

    home = ("<h2>ข่าวล่าสุด</h2>" + news_list(POSTS[:5]) + "<h2>เอกสารล่าสุด</h2>"
            + pkg_list(["proc-2568-03", "proc-2568-02", "devcommittee-invite", "proc-2567-12", "proc-2567-11"])
            + f'<p>{a("/ita-2568/", "ITA 2568 การเปิดเผยข้อมูลสาธารณะ (OIT)")}</p>')
    put("index.html", "หน้าแรก", home)

    put("about/history/index.html", "ประวัติและข้อมูลทั่วไป",
        "<p>องค์การบริหารส่วนจังหวัดนครวารี จัดตั้งตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 พื้นที่ 6 อำเภอ "
        "ประชากร 512,480 คน (ธันวาคม 2567)</p>")
    put("about/structure/index.html", "แผนผังโครงสร้างองค์การบริหารส่วนจังหวัดนครวารี",
        '<img src="/wp-content/uploads/2024/11/structure-2568.png" alt="แผนผังโครงสร้าง อบจ.นครวารี" width="600" height="300">'
        "<h2>ฝ่ายการเมือง</h2><ul><li>นายกองค์การบริหารส่วนจังหวัด<ul><li>รองนายก อบจ. 3 คน</li><li>เลขานุการนายก และที่ปรึกษานายก</li></ul></li>"
        "<li>สภาองค์การบริหารส่วนจังหวัด: ประธานสภา รองประธานสภา 2 คน สมาชิกสภา 30 คน</li></ul>"
        "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดองค์การบริหารส่วนจังหวัด รองปลัด 2 คน</li>"
        "<li>สำนักปลัด · กองคลัง · กองช่าง · กองยุทธศาสตร์และงบประมาณ · กองพัสดุและทรัพย์สิน · กองการศึกษา ศาสนาและวัฒนธรรม · "
        "กองสาธารณสุข · กองการเจ้าหน้าที่ · หน่วยตรวจสอบภายใน</li></ul>")
    put("about/authority/index.html", "อำนาจหน้าที่",
        "<p>ตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 มาตรา 45 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 "
        "มาตรา 17 สรุปได้ดังนี้</p><ol><li>ตราข้อบัญญัติโดยไม่ขัดต่อกฎหมาย</li><li>จัดทำแผนพัฒนา อบจ. และประสานการจัดทำแผนพัฒนาจังหวัด</li>"
        "<li>สนับสนุนและประสานความร่วมมือกับราชการส่วนท้องถิ่นอื่น</li><li>ก่อสร้างและบำรุงรักษาทางบกเชื่อมต่อระหว่างท้องถิ่น</li>"
        "<li>จัดการศึกษา ส่งเสริมกีฬา ศาสนา และวัฒนธรรม</li><li>ดูแลสุขภาพ (รพ.สต. ที่ถ่ายโอน)</li>"
        "<li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li></ol>")
    execs = [("นายประเสริฐ วงศ์ทองดี", "นายกองค์การบริหารส่วนจังหวัดนครวารี", "0 4471 2299"),
             ("นายวิชัย ศรีบุญเรือง", "รองนายกองค์การบริหารส่วนจังหวัด", "0 4471 2201"),
             ("นางรัตนา คำภูมี", "รองนายกองค์การบริหารส่วนจังหวัด", "0 4471 2202"),
             ("นายอนุชา พลอาสา", "รองนายกองค์การบริหารส่วนจังหวัด", "0 4471 2203"),
             ("นางสาวกนกพร ศรีสวัสดิ์", "ปลัดองค์การบริหารส่วนจังหวัด", "0 4471 2210")]
    put("about/executives/index.html", "คณะผู้บริหาร", "".join(
        f'<div class="exec"><img src="/wp-content/uploads/2023/01/chief.png" alt="{esc(n)}" width="120" height="150">'
        f"<p>{esc(n)}<br>{esc(p)}<br>โทร. {t}</p></div>" for n, p, t in execs))
    put("about/council/index.html", "สมาชิกสภาองค์การบริหารส่วนจังหวัด",
        "<p>ประธานสภา นายสุรชัย แก้วมณี · รองประธานสภา นายบุญมี ทองคำ, นางสมใจ วารีรักษ์ · สมาชิกสภา 30 คน จาก 6 อำเภอ</p>")
    put("contact/index.html", "ติดต่อเรา",
        "<p>องค์การบริหารส่วนจังหวัดนครวารี ถนนวารีราษฎร์ ตำบลในเมือง อำเภอเมืองนครวารี จังหวัดนครวารี 44190</p>"
        "<p>โทรศัพท์ 0 4471 2250 · โทรสาร 0 4471 2251 · อีเมล saraban@paonakhonwari.go.th</p>"
        '<p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น. · <a href="https://maps.google.com/?q=16.0001,103.0002">แผนที่ Google Maps</a></p>')
    put("eservice/index.html", "E-Service ยื่นคำร้องออนไลน์",
        '<form action="https://docs.google.com/forms/d/e/1FAIpQLSePaoNw2568xYz/formResponse" method="post">'
        '<label>ชื่อ-สกุล <input name="name"></label><label>เรื่องที่ขอรับบริการ <select name="svc">'
        "<option>ขออนุญาตเชื่อมทางหลวงท้องถิ่น</option><option>ขอรับบริการรถบรรทุกน้ำ</option><option>ขอใช้สนามกีฬา</option></select></label>"
        '<label>รายละเอียด <textarea name="detail"></textarea></label><label>เบอร์โทร <input name="tel"></label>'
        '<button type="submit">ส่งคำร้อง</button></form><p>เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>')
    put("complaint/index.html", "ร้องเรียน / ร้องทุกข์",
        f'<p>{a("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</p>'
        "<p>ร้องทุกข์ทั่วไป โทร. 0 4471 2250 ต่อ 100 หรือศูนย์ดำรงธรรม 1567</p>")
    put("complaint/corruption/index.html", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        '<form action="/wp-admin/admin-post.php" method="post"><input type="hidden" name="action" value="pao_complaint">'
        '<label>ชื่อผู้ร้อง (ไม่ระบุได้) <input name="name"></label><label>เรื่องที่ร้องเรียน <input name="subject"></label>'
        '<label>รายละเอียด <textarea name="detail"></textarea></label><label>แนบไฟล์ <input type="file" name="file"></label>'
        '<button type="submit">ส่งเรื่องร้องเรียน</button></form><p>ข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับ · สายด่วน 0 4471 2250 ต่อ 111</p>')
    put("eplan/index.html", "แผนพัฒนาท้องถิ่น (e-plan)",
        "<p>เอกสารแผนพัฒนาท้องถิ่นที่ส่งออกจากระบบ e-plan ของกรมส่งเสริมการปกครองท้องถิ่น</p><ul>"
        f'<li>{a(url("devplan-2561"), "แผนพัฒนาท้องถิ่น (ผ.01) ส่งออกจาก e-plan")}</li>'
        f'<li>{a(url("devplan-add"), "แผนพัฒนาท้องถิ่น เพิ่มเติม ฉบับที่ 3")}</li>'
        f'<li>{a(page_url("prov-devplan"), "แผนพัฒนาจังหวัดนครวารี (ฉบับทบทวน)")}</li>'
        f'<li>{a(page_url("actplan-2568"), "แผนการดำเนินงาน ปี 2568")}</li></ul>'
        '<p><a href="https://eplan.dla.go.th/login">เข้าสู่ระบบ e-plan (สำหรับเจ้าหน้าที่)</a></p>')

    # statistics: a year selector, the current year has no data yet
    selector = ('<form action="/stats/" method="get"><select name="year"><option value="2568">2568</option>'
                '<option value="2567">2567</option></select><button>แสดง</button></form>'
                '<p><a href="/stats/?year=2568">ปี 2568</a> | <a href="/stats/?year=2567">ปี 2567</a></p>')
    empty = selector + "<p>ปีงบประมาณ 2568: ยังไม่มีข้อมูล</p>"
    put("stats/index.html", "สถิติการให้บริการประชาชน", empty)
    put("stats/.q/year=2568/index.html", "สถิติการให้บริการประชาชน ปีงบประมาณ 2568", empty)
    put("stats/.q/year=2567/index.html", "สถิติการให้บริการประชาชน ปีงบประมาณ 2567",
        selector + f'<p>สถิติการให้บริการ ปีงบประมาณ 2567 {a(url("stats-2567"), "stat-service-2567.xls")}</p>')

    # ITA: a year selector, then one page per group
    put("ita/index.html", "ITA การประเมินคุณธรรมและความโปร่งใส",
        f'<ul><li>{a("/ita-2568/", "ITA ปี 2568")}</li><li>{a("/old/index.php?mod=ita&y=2567", "ITA ปี 2567 (เว็บไซต์เดิม)")}</li></ul>')
    put("ita-2568/index.html", "ITA 2568 การเปิดเผยข้อมูลสาธารณะ (OIT)",
        "<ol>" + "".join(f'<li>{a(f"/ita-2568/{g}/", t)}</li>' for g, t, _rows in GROUPS) + "</ol>")
    for g, t, rows in GROUPS:
        trs = "\n".join(f"<tr><td>{c}</td><td>{esc(label)}</td><td>" + "<br>".join(a(u, x) for x, u in links) + "</td></tr>"
                        for c, label, links in rows)
        put(f"ita-2568/{g}/index.html", f"ITA 2568 · {t}",
            f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n{trs}\n</table>'
            f'<p>{a("/ita-2568/", "กลับหน้า ITA 2568")}</p>')


OLD_HEAD = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{t}</title></head>
<body bgcolor="#eef4ff"><table width="900" align="center"><tr><td><img src="/old/images/banner.jpg" width="900" height="120" alt="อบจ.นครวารี">
<p><a href="/old/index.php?mod=home">หน้าแรก</a> | <a href="/old/index.php?mod=ita&amp;y=2567">ITA 2567</a> | <a href="/">เว็บไซต์ใหม่</a></p>
<p><b>เว็บไซต์นี้ย้ายไปที่ระบบใหม่แล้ว</b></p>
{b}
</td></tr></table><p align="center">องค์การบริหารส่วนจังหวัดนครวารี © 2566</p></body></html>
"""


def old_pages() -> None:
    PAGES["old/index.php.q/mod=home/index.html"] = OLD_HEAD.format(t="องค์การบริหารส่วนจังหวัดนครวารี", b="<p>ยินดีต้อนรับ</p>")
    rows = [("o5", "แผนพัฒนาท้องถิ่น", url("devplan-2561")), ("o6", "แผนดำเนินงาน ปี 2567", url("actplan-2567")),
            ("o14", "แผนอัตรากำลัง 3 ปี", url("hr-rate-2564")), ("o23", "ประเมินความเสี่ยงการทุจริต ปี 2566", "/old/download.php?id=8")]
    body = '<table border="1"><tr><th>ข้อ</th><th>รายการ</th></tr>' + "".join(
        f'<tr><td>{c}</td><td><a href="{esc(u)}">{esc(t)}</a></td></tr>' for c, t, u in rows) + "</table>"
    PAGES["old/index.php.q/mod=ita&y=2567/index.html"] = OLD_HEAD.format(t="ITA 2567", b=body)


def assets() -> None:
    from PIL import Image, ImageDraw

    for rel, (w, h) in {"wp-content/uploads/2023/01/logo-pao.png": (72, 72), "wp-content/uploads/2023/01/chief.png": (60, 75),
                        "wp-content/uploads/2024/11/structure-2568.png": (300, 150), "old/images/banner.jpg": (300, 40)}.items():
        img = Image.new("RGB", (w, h), (30, 90, 160))
        ImageDraw.Draw(img).rectangle([4, 4, w - 5, h - 5], outline=(255, 210, 0), width=3)
        path = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        img.save(path, format="JPEG" if rel.endswith(".jpg") else "PNG")
    css = {"wp-content/themes/paonw/style.css": "body{font-family:Sarabun,sans-serif;margin:0}.topbar{background:#1e5aa0;color:#fff}"
           ".site-content{display:flex}.content-area{flex:3;padding:1em}.widget-area{flex:1}table{border-collapse:collapse}"
           "td,th{border:1px solid #ccc;padding:4px}\n",
           "wp-content/plugins/download-manager/assets/css/front.css": ".wpdm-download-link{background:#2c7be5;color:#fff;padding:6px 12px}\n"}
    for rel, text in css.items():
        path = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)


def main() -> None:
    build()
    old_pages()
    assets()
    for rel, text in PAGES.items():
        path = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)


if __name__ == "__main__":
    main()
