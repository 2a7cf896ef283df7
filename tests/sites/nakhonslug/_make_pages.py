"""Generate the HTML pages of the "nakhonslug" test site (เทศบาลนครธารทิพย์, invented).

Run:  python tests/sites/nakhonslug/_make_pages.py   (after _make_docs.py)

A city municipality on a modern CMS with slug URLs: news posts (/news/<slug>/) list their
attachments under the text; the news list, the procurement list and the document library have a
year selector (?year=2568, static copies under <path>.q/year=2568/); the library shows a few
documents only in a viewer page (an embedded Google Drive / flipbook frame with a download button
to /download.php?id=N).  The ITA section is split: /ita/2569/ lists six groups, each a page of its
rows (o1 … o26) in the city's own short wording.  The old Joomla site's articles are still online
(/index.php?option=com_content&view=article&id=N), among them last year's ITA page.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))  # the repo root

from _make_docs import SK1_URLS, TH_MONTHS, disk, url  # noqa: E402

from crawler.serve import _query_name  # noqa: E402

ORG = "เทศบาลนครธารทิพย์"
SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
OLD_ITA = "/index.php?option=com_content&view=article&id=88"
OLD_INTEGRITY = "/index.php?option=com_content&view=article&id=64"
OLD_PLAN = "/index.php?option=com_content&view=article&id=51"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def a(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{esc(text)}</a>'


def be(y: int, m: int, day: int) -> str:
    return f"{day} {SHORT[m - 1]} {y + 543}"


def size(key: str) -> str:
    return f"{os.path.getsize(disk(url(key))) / 1024:.1f} KB"


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับเทศบาล", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวสาร", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("เอกสารดาวน์โหลด", "/documents/"), ("E-Service", "/e-service/"), ("ร้องเรียน", "/complaint/"),
        ("ITA 2569", "/ita/2569/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/site.css"></head>
<body>
<header class="topbar"><div class="brand">{ORG}<small>Thanthip City Municipality</small></div>
<form class="search" action="/search/" method="get"><input name="q" placeholder="ค้นหา..."></form></header>
<nav class="mainmenu"><ul>{menu}</ul></nav>
<div class="wrap"><main>
<h1>{esc(title)}</h1>
{body}
</main>
<aside class="side">
<div class="box"><h3>นายกเทศมนตรี</h3><p>นายวรวุฒิ ศรีธารา</p><p>สายด่วนนายกฯ 0 4488 2199</p></div>
<div class="box"><h3>ลิงก์ด่วน</h3><ul>
<li>{a('/ita/2569/', 'ITA 2569 การเปิดเผยข้อมูลสาธารณะ')}</li>
<li>{a(OLD_ITA, 'ITA 2568 (เว็บไซต์เดิม)')}</li>
<li>{a('/complaint/corruption/', 'แจ้งเบาะแสการทุจริต')}</li>
<li>{a('/e-service/', 'บริการออนไลน์')}</li>
<li>{a('/sitemap/', 'แผนผังเว็บไซต์')}</li></ul></div>
<div class="box">ผู้เข้าชมวันนี้ 1,204 · ทั้งหมด 2,418,336</div>
</aside></div>
<footer>{ORG} 99 ถนนศรีธารา ตำบลในเมือง อำเภอเมืองธารทิพย์ จังหวัดนครราชสีมา 30990 ·
โทร. 0 4488 2100 · saraban@thanthipcity.example · Powered by CityCMS 3.2</footer>
</body></html>
"""


PAGES: dict[str, str] = {}


def page(path: str, title: str, body: str) -> None:
    PAGES[path] = layout(title, body)


def out(path: str) -> str:
    base, _, query = path.partition("?")
    rel = base.lstrip("/")
    if query:
        folder = os.path.join(HERE, rel + ".q", _query_name(query))
    else:
        folder = os.path.join(HERE, rel)
    return os.path.join(folder, "index.html") if (query or base.endswith("/")) else folder


def attachments(*keys_and_titles: tuple[str, str]) -> str:
    rows = "".join(f"<li>{a(url(k), t)} <span class=\"meta\">({url(k).rsplit('.', 1)[-1].upper()}, {size(k)})</span></li>"
                   for k, t in keys_and_titles)
    return f'<div class="attach"><h4>ไฟล์แนบ</h4><ul>{rows}</ul></div>'


# ---------------------------------------------------------------- about, contact

page("/about/history/", "ประวัติเทศบาลนครธารทิพย์",
     "<p>เทศบาลนครธารทิพย์ยกฐานะจากเทศบาลเมืองธารทิพย์เมื่อปี พ.ศ. 2538 พื้นที่ 37.5 ตารางกิโลเมตร 42 ชุมชน ประชากร 118,640 คน</p>")
page("/about/structure/", "โครงสร้างส่วนราชการ", """
<p><img src="/assets/org-chart.svg" alt="แผนภูมิโครงสร้างเทศบาลนครธารทิพย์" width="600"></p>
<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี 4 คน</li><li>เลขานุการนายกเทศมนตรี 2 คน</li><li>ที่ปรึกษานายกเทศมนตรี 2 คน</li></ul></li>
<li>สภาเทศบาล: ประธานสภา รองประธานสภา สมาชิกสภาเทศบาล 24 คน</li></ul>
<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล, รองปลัดเทศบาล 3 คน<ul><li>สำนักปลัดเทศบาล</li><li>สำนักการคลัง</li><li>สำนักการช่าง</li>
<li>สำนักการศึกษา</li><li>สำนักการสาธารณสุขและสิ่งแวดล้อม</li><li>กองยุทธศาสตร์และงบประมาณ</li><li>กองสวัสดิการสังคม</li>
<li>หน่วยตรวจสอบภายใน</li></ul></li></ul>
<p>""" + a("/about/authority/", "อำนาจหน้าที่ของเทศบาลนคร") + "</p>")
page("/about/authority/", "อำนาจหน้าที่", """
<p>เทศบาลนครมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50, 53, 54 และ 56 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p>
<ol><li>รักษาความสงบเรียบร้อยของประชาชน</li><li>จัดให้มีและบำรุงรักษาทางบกและทางน้ำ ทางระบายน้ำ</li>
<li>รักษาความสะอาด กำจัดขยะมูลฝอยและสิ่งปฏิกูล</li><li>ป้องกันและระงับโรคติดต่อ จัดให้มีโรงพยาบาลและสถานพยาบาล</li>
<li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>
<li>จัดให้มีการควบคุมอาคารและการผังเมือง</li><li>บำรุงศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น</li></ol>""")
EXECS = [("นายวรวุฒิ ศรีธารา", "นายกเทศมนตรีนครธารทิพย์", "08 1920 4410"),
         ("นางอรอุมา เพชรนคร", "รองนายกเทศมนตรี", "08 1920 4411"), ("นายชัยพร แก้วลำดวน", "รองนายกเทศมนตรี", "08 1920 4412"),
         ("นายสุเมธ บุญเที่ยง", "รองนายกเทศมนตรี", "08 1920 4413"), ("นางสาวกมลวรรณ ธาราทอง", "รองนายกเทศมนตรี", "08 1920 4414"),
         ("นางสาวพิมพ์ชนก ทองเรือง", "ปลัดเทศบาล", "0 4488 2100 ต่อ 101")]
page("/about/executives/", "คณะผู้บริหาร", "<div class=\"cards\">" + "".join(
    f'<div class="card"><img src="/assets/person.svg" alt="{esc(n)}" width="120"><b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>'
    for n, p, t in EXECS) + "</div>")
page("/about/council/", "สภาเทศบาล", "<p>ประธานสภาเทศบาล นายประเสริฐ ดอนไพร · รองประธานสภาเทศบาล นางจุฑามาศ คงคา · สมาชิกสภาเทศบาล 24 คน</p>")
page("/contact/", "ติดต่อเทศบาล", """
<p>เทศบาลนครธารทิพย์ 99 ถนนศรีธารา ตำบลในเมือง อำเภอเมืองธารทิพย์ จังหวัดนครราชสีมา 30990</p>
<p>โทรศัพท์ 0 4488 2100 · โทรสาร 0 4488 2101 · อีเมล saraban@thanthipcity.example</p>
<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>
<p><a href="https://maps.google.com/?q=14.9712,102.1034">แผนที่ Google Maps</a> · """ + a("/qa/", "ถาม-ตอบ (Q&A)") + "</p>")
page("/qa/", "กระดานถาม-ตอบ (Q&A)", """
<form action="/qa/" method="post"><label>ชื่อ <input name="name"></label><label>คำถาม <textarea name="q"></textarea></label>
<button>ส่งคำถาม</button></form>
<div class="qa"><p><b>ถาม (12 มี.ค. 2569):</b> ยื่นขออนุญาตก่อสร้างออนไลน์ได้หรือไม่</p><p><b>ตอบ:</b> ได้ ที่เมนู E-Service ภายใน 45 วัน (สำนักการช่าง)</p></div>
<div class="qa"><p><b>ถาม (3 ก.พ. 2569):</b> ถนนชุมชนหนองบัวไฟฟ้าดับหลายจุด</p><p><b>ตอบ:</b> ส่งทีมซ่อมแล้ว วันที่ 4 ก.พ. 2569</p></div>""")

# ---------------------------------------------------------------- news (slug posts, year selector)

POSTS = [  # slug, (y, m, d) C.E., title, body, attachments
    ("market-cleaning-day", (2025, 10, 20), "Big Cleaning Day ตลาดสดเทศบาล 1", "<p>เจ้าหน้าที่และผู้ค้าร่วมล้างตลาด</p>", []),
    ("budget-ordinance-2569", (2025, 10, 3), "ประกาศใช้เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
     "<p>ผู้ว่าราชการจังหวัดนครราชสีมาอนุมัติแล้ว ใช้บังคับตั้งแต่ 1 ต.ค. 2568</p>",
     [("budget-69", "เทศบัญญัติงบประมาณรายจ่าย ๒๕๖๙.pdf")]),
    ("winner-print-local-plan", (2025, 11, 7), "ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์เอกสารแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570) เพิ่มเติม ฉบับที่ 2",
     "<p>รายละเอียดตามเอกสารแนบ</p>", [("print-plan", "ประกาศผู้ชนะ.pdf")]),
    ("ita-2568-analysis", (2025, 12, 18), "เผยแพร่ผลการวิเคราะห์ ITA ปี 2568 และมาตรการส่งเสริมคุณธรรมฯ ปี 2569",
     "<p>เทศบาลได้คะแนน ITA 2568 จำนวน 88.42 คะแนน และกำหนดมาตรการปี 2569</p>",
     [("ita-analysis-68", "รายงานวิเคราะห์ผล ITA.pdf")]),
    ("annual-performance-report", (2026, 1, 12), "รายงานผลการดำเนินงานประจำปี",
     "<p>เทศบาลนครธารทิพย์ขอเผยแพร่รายงานผลการดำเนินงานประจำปี รายละเอียดตามไฟล์แนบ</p>",
     [("annual-67", "รายงานผลการดำเนินงานประจำปี.pdf")]),
    ("ethics-training-2569", (2026, 1, 22), "โครงการอบรมคุณธรรมจริยธรรมตามประมวลจริยธรรมของพนักงานเทศบาล ประจำปี 2569",
     "<p>วันที่ 21 มกราคม 2569 ณ หอประชุมเทศบาล พนักงานเทศบาลและลูกจ้าง 438 คน เข้ารับการอบรมเรื่องประมวลจริยธรรม "
     "การป้องกันผลประโยชน์ทับซ้อน และกรณีตัวอย่างการลงโทษ วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัด</p>", []),
    ("city-forum-invitation-2569", (2026, 1, 27), "ขอเชิญร่วมประชุมประชาคมเมือง ประจำปี 2569",
     "<p>วันเสาร์ที่ 14 กุมภาพันธ์ 2569 เวลา 09.00 น. ณ หอประชุมเทศบาล</p>", [("forum-invite", "หนังสือเชิญ.docx")]),
    ("city-forum-2569-results", (2026, 2, 16), "ผลการประชุมประชาคมเมือง ประจำปี 2569",
     "<p>เมื่อวันที่ 14 กุมภาพันธ์ 2569 เทศบาลจัดประชุมประชาคมเมืองเพื่อทบทวนแผนพัฒนาท้องถิ่น มีผู้แทนชุมชน 42 ชุมชน "
     "ภาคเอกชนและประชาชนเข้าร่วม 386 คน เสนอโครงการ 64 โครงการ ที่ประชุมจัดลำดับความสำคัญ 20 โครงการแรก "
     "เช่น ท่อระบายน้ำชุมชนหนองบัว ไฟส่องสว่างถนนมิตรภาพ ซอย 9 ซึ่งจะบรรจุในแผนพัฒนาท้องถิ่นเพิ่มเติม ฉบับที่ 3</p>", []),
    ("drainage-inspection", (2026, 3, 10), "ตรวจรับงานท่อระบายน้ำ ถนนศรีธารา ซอย 4 งวดที่ 2", "<p>คณะกรรมการตรวจรับพร้อมตัวแทนชุมชน</p>", []),
    ("land-tax-2569", (2026, 4, 2), "เปิดรับชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569 ถึง 30 เม.ย. 2569",
     "<p>ชำระได้ที่สำนักการคลัง หรือผ่าน QR Code</p>", []),
    # FY2568 (only under ?year=2568)
    ("council-draft-budget-2569", (2025, 8, 15), "สภาเทศบาลรับหลักการร่างเทศบัญญัติงบประมาณ ปี 2569",
     "<p>สมัยสามัญ สมัยที่ 3 วาระที่ 1</p>", [("budget-draft", "ร่างเทศบัญญัติ 2569.pdf")]),
    ("city-forum-2568", (2025, 2, 17), "ผลการประชุมประชาคมเมือง ประจำปี 2568",
     "<p>เมื่อวันที่ 15 กุมภาพันธ์ 2568 มีผู้เข้าร่วม 341 คน เสนอโครงการ 58 โครงการ</p>", []),
    ("ethics-training-2568", (2025, 1, 24), "อบรมคุณธรรมจริยธรรม ประจำปี 2568", "<p>พนักงาน 402 คน</p>", []),
]


def fy(ymd: tuple[int, int, int]) -> int:
    y, m, _ = ymd
    return y + 543 + (m >= 10)


for slug, ymd, title, body, att in POSTS:
    page(f"/news/{slug}/", title, f'<p class="date">โพสต์เมื่อ {be(*ymd)} · หมวด ข่าวประชาสัมพันธ์</p>{body}'
         + (attachments(*att) if att else "") + f"<p>{a('/news/', 'กลับหน้าข่าว')}</p>")


def year_selector(base: str, years: list[int], current: int) -> str:
    opts = " | ".join(f"<b>{y}</b>" if y == current else a(f"{base}?year={y}", str(y)) for y in years)
    return f'<div class="year-select">ปีงบประมาณ: {opts}</div>'


def news_list(year: int) -> str:
    posts = sorted((p for p in POSTS if fy(p[1]) == year), key=lambda p: p[1], reverse=True)
    rows = "".join(f"<li><span class=\"date\">{be(*ymd)}</span> {a(f'/news/{s}/', t)}</li>" for s, ymd, t, _, _ in posts)
    return year_selector("/news/", [2569, 2568], year) + f"<ul class=\"news\">{rows}</ul>"


page("/news/", "ข่าวประชาสัมพันธ์", news_list(2569))
page("/news/?year=2569", "ข่าวประชาสัมพันธ์ ปี 2569", news_list(2569))
page("/news/?year=2568", "ข่าวประชาสัมพันธ์ ปี 2568", news_list(2568))

# ---------------------------------------------------------------- documents (library, viewer pages)

VIEWERS = {
    "operating-plan-2569": ("แผนการดำเนินงาน ประจำปีงบประมาณ 2569", "opplan-69",
                            "https://drive.google.com/file/d/1pQx7Rk2ThAnThIp69OpPlAn/preview"),
    "complaint-manual": ("คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "complaint-manual",
                         "https://drive.google.com/file/d/1cMpLaInTmAnUaLThAnThIp/preview"),
    "anti-corruption-plan": ("แผนปฏิบัติการป้องกันการทุจริต", "acplan-68",
                             "https://online.anyflip.example/thanthip/acplan/index.html"),
}
for slug, (title, key, frame) in VIEWERS.items():
    page(f"/documents/view/{slug}/", title,
         f'<iframe src="{frame}" width="100%" height="640" title="{esc(title)}"></iframe>'
         f'<p class="dl">{a(url(key), "ดาวน์โหลดเอกสาร")} ({size(key)})</p>')

LIB = {  # category -> (name, {year: [(title, href)]})
    "plan": ("แผนงาน", {
        2569: [("แผนการดำเนินงาน ประจำปีงบประมาณ 2569", "/documents/view/operating-plan-2569/"),
               ("แผนปฏิบัติการประจำปี 2569 (โรงเรียนเทศบาล 3)", url("school-plan"))],
        2568: [("แผนการดำเนินงาน ประจำปีงบประมาณ 2568", url("opplan-68"))],
        2560: [("แผนพัฒนาท้องถิ่น", url("plan-6165"))]}),
    "report": ("รายงาน", {
        2569: [("รายงานผลการดำเนินงานประจำปี", url("annual-67"))],
        2568: [("รายงานสรุปผลการจัดซื้อจัดจ้าง ปี 2568", url("proc-annual-68"))]}),
    "manual": ("คู่มือ", {
        2567: [("คู่มือการปฏิบัติงาน งานทะเบียนราษฎร", url("work-manual")),
               ("คู่มือสำหรับประชาชน การขออนุญาตก่อสร้าง", url("service-manual")),
               ("คู่มือการจัดการเรื่องร้องเรียนการทุจริต", "/documents/view/complaint-manual/")]}),
    "hr": ("บริหารงานบุคคล", {
        2569: [("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", url("hr-criteria")),
               ("แผนอัตรากำลัง 3 ปี และแผนพัฒนาบุคลากร", url("hr-plan")),
               ("รายงานผลการพัฒนาบุคลากร", url("hr-6m-67")),
               ("แผนอัตรากำลัง 3 ปี (ฉบับเดิม)", url("hr-plan-old"))]}),
    "integrity": ("คุณธรรมและความโปร่งใส", {
        2569: [("รายงานวิเคราะห์ผล ITA 2568 และมาตรการปี 2569", url("ita-analysis-68")),
               ("รายงานผลการรับของขวัญ ปี 2568", url("gift-report-68")),
               ("รายงานผลการดำเนินการป้องกันการทุจริต ปี 2568", url("acreport-68"))],
        2568: [("แผนปฏิบัติการป้องกันการทุจริต", "/documents/view/anti-corruption-plan/"),
               ("การประเมินความเสี่ยงการทุจริต", url("risk-68")),
               ("ประกาศเจตนารมณ์ No Gift Policy", url("no-gift-67"))]}),
}


def lib_page(cat: str, year: int | None) -> str:
    name, years = LIB[cat]
    ys = sorted(years, reverse=True)
    year = year or ys[0]
    rows = "".join(f"<tr><td>{esc(t)}</td><td>{a(h, 'เปิด')}</td></tr>" for t, h in years[year])
    sel = year_selector(f"/documents/{cat}/", ys, year) if len(ys) > 1 else ""
    return sel + f"<table class=\"docs\"><tr><th>เอกสาร ({esc(name)})</th><th></th></tr>{rows}</table>"


page("/documents/", "เอกสารดาวน์โหลด", "<ul>" + "".join(f"<li>{a(f'/documents/{c}/', n)}</li>" for c, (n, _) in LIB.items()) + "</ul>")
for cat, (cname, years) in LIB.items():
    page(f"/documents/{cat}/", f"เอกสารดาวน์โหลด: {cname}", lib_page(cat, None))
    for y in sorted(years, reverse=True) if len(years) > 1 else []:
        page(f"/documents/{cat}/?year={y}", f"เอกสารดาวน์โหลด: {cname} ปี {y}", lib_page(cat, y))

# ---------------------------------------------------------------- procurement (year selector)


def proc_list(year: int) -> str:
    months = sorted(((y, m) for y, m in SK1_URLS if y + 543 + (m >= 10) == year), reverse=True)
    rows = "".join(f"<tr><td>สขร.1 ประจำเดือน{TH_MONTHS[m - 1]} {y + 543}</td><td>{a(SK1_URLS[(y, m)], 'PDF')}</td></tr>"
                   for y, m in months)
    return (year_selector("/procurement/", [2569, 2568], year)
            + f"<h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</h2><table class=\"docs\">{rows}</table>"
            + "<p>ประกาศจัดซื้อจัดจ้างทั้งหมดดูได้ที่ <a href=\"https://process3.gprocurement.go.th/\">ระบบ e-GP</a></p>")


page("/procurement/", "จัดซื้อจัดจ้าง", proc_list(2569))
page("/procurement/?year=2569", "จัดซื้อจัดจ้าง ปี 2569", proc_list(2569))
page("/procurement/?year=2568", "จัดซื้อจัดจ้าง ปี 2568", proc_list(2568))

# ---------------------------------------------------------------- services, complaints

page("/service-manual/", "คู่มือสำหรับประชาชน", f"<ul><li>{a(url('service-manual'), 'การขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร')}</li></ul>")
page("/e-service/", "E-Service บริการออนไลน์", f"""
<ul><li>{a('/e-service/request/', 'ยื่นคำร้องออนไลน์ (ขออนุญาตก่อสร้าง, ขอรับน้ำ, แจ้งซ่อมไฟฟ้าสาธารณะ)')}</li>
<li>{a(url('estats-69'), 'สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)')}</li></ul>""")
page("/e-service/request/", "ยื่นคำร้องออนไลน์", """
<form action="/e-service/request/" method="post"><label>ชื่อ-สกุล <input name="name"></label>
<label>เลขบัตรประชาชน <input name="pid"></label><label>ประเภทคำร้อง <select name="type"><option>ขออนุญาตก่อสร้าง</option>
<option>แจ้งซ่อมไฟฟ้าสาธารณะ</option><option>ขอรับน้ำอุปโภค</option></select></label>
<label>รายละเอียด <textarea name="detail"></textarea></label><label>แนบไฟล์ <input type="file" name="f"></label><button>ส่งคำร้อง</button></form>""")
page("/complaint/", "ร้องเรียน ร้องทุกข์", f"<ul><li>{a('/complaint/corruption/', 'แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ')}</li>"
     f"<li>{a('/complaint/statistics/', 'สถิติเรื่องร้องเรียน')}</li></ul>")
page("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """
<p>ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ ไม่ต้องระบุชื่อก็ได้</p>
<form action="/complaint/corruption/" method="post"><label>ชื่อ (ไม่บังคับ) <input name="name"></label>
<label>เรื่องที่ร้องเรียน <input name="subject"></label><label>รายละเอียด <textarea name="detail"></textarea></label>
<label>หลักฐาน <input type="file" name="f"></label><button>ส่งเรื่อง</button></form>
<p>หรือโทร 0 4488 2100 ต่อ 115 · ตู้ ปณ. 12 ปณจ.ธารทิพย์</p>""")
STATS = [("ไตรมาส ๑ (ต.ค. - ธ.ค. 2568)", 3, 2, 1), ("ไตรมาส ๒ (ม.ค. - มี.ค. 2569)", 2, 1, 1)]
page("/complaint/statistics/", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ 2569".translate(THAI),
     ("<table class=\"docs\"><tr><th>ช่วงเวลา</th><th>เรื่องที่รับ</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>"
      + "".join(f"<tr><td>{p}</td><td>{r}</td><td>{d}</td><td>{w}</td></tr>" for p, r, d, w in STATS)
      + "<tr><td>รวม</td><td>5</td><td>3</td><td>2</td></tr></table><p>ข้อมูล ณ วันที่ 3 เมษายน 2569</p>").translate(THAI))

# ---------------------------------------------------------------- ITA 2569 (split into groups)

GROUPS = [
    ("basic-info", "ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้าง/อำนาจหน้าที่", [("/about/structure/", "โครงสร้าง"), ("/about/authority/", "อำนาจหน้าที่")]),
        ("o2", "ผู้บริหาร", [("/about/executives/", "คณะผู้บริหาร")]),
        ("o3", "ติดต่อ / ถาม-ตอบ", [("/contact/", "ติดต่อ"), ("/qa/", "Q&A")]),
        ("o4", "ข่าวประชาสัมพันธ์", [("/news/", "ข่าวสาร")])]),
    ("plan-budget", "แผนและงบประมาณ", [
        ("o5", "แผนพัฒนาท้องถิ่น", [(url("plan-6165"), "ดาวน์โหลด")]),
        ("o6", "แผนดำเนินงาน / เทศบัญญัติงบประมาณ ปี 69",
         [("/documents/view/operating-plan-2569/", "แผนดำเนินงาน"), ("/news/budget-ordinance-2569/", "เทศบัญญัติ")]),
        ("o7", "รายงานผลการดำเนินงานประจำปี", [("/documents/report/", "รายงาน")]),
        ("o8", "คู่มือปฏิบัติงาน", [(url("work-manual"), "คู่มือ (Word)")]),
        ("o9", "คู่มือประชาชน", [("/service-manual/", "คู่มือประชาชน")]),
        ("o10", "E-Service", [("/e-service/", "บริการออนไลน์")])]),
    ("procurement", "การจัดซื้อจัดจ้าง", [
        ("o11", "สขร.1 รายเดือน", [("/procurement/", "สรุปรายเดือน")]),
        ("o12", "รายงานผลจัดซื้อจัดจ้างประจำปี", [(url("proc-annual-68"), "Excel")])]),
    ("hr", "การบริหารทรัพยากรบุคคล", [
        ("o13", "หลักเกณฑ์/แผน HR", [("/documents/hr/", "เอกสารงานบุคคล")]),
        ("o14", "รายงานผล HR", [(url("hr-6m-67"), "รายงาน")]),
        ("o15", "ประมวลจริยธรรม", [(url("ethics-scan"), "ประกาศ"), ("/news/ethics-training-2569/", "กิจกรรม")])]),
    ("complaints", "เรื่องร้องเรียนและการมีส่วนร่วม", [
        ("o16", "คู่มือเรื่องร้องเรียนทุจริต", [("/documents/view/complaint-manual/", "คู่มือ")]),
        ("o17", "ช่องทางแจ้งทุจริต", [("/complaint/corruption/", "แจ้งเรื่อง")]),
        ("o18", "สถิติร้องเรียนทุจริต", [("/complaint/statistics/", "สถิติ")]),
        ("o19", "การมีส่วนร่วม", [("/news/city-forum-2569-results/", "ประชาคมเมือง")])]),
    ("anti-corruption", "การป้องกันการทุจริต", [
        ("o20", "No Gift Policy", [(url("no-gift-67"), "ประกาศ"), (url("gift-report-68"), "รายงานการรับของขวัญ")]),
        ("o21", "ประเมินความเสี่ยงทุจริต", [(url("risk-68"), "ดาวน์โหลด")]),
        ("o22", "ผลการจัดการความเสี่ยง", [("/download.php?id=8", "ดาวน์โหลด")]),
        ("o23", "แผนป้องกันทุจริต", [("/documents/view/anti-corruption-plan/", "ดูเอกสาร")]),
        ("o24", "ผลการป้องกันทุจริต", [(url("acreport-68"), "รายงาน")]),
        ("o25", "นำผล ITA ไปพัฒนา", [("/news/ita-2568-analysis/", "รายละเอียด")]),
        ("o26", "ผลมาตรการคุณธรรม", [(OLD_INTEGRITY, "รายงาน")])]),
]
page("/ita/", "ITA", f"<ul><li>{a('/ita/2569/', 'ITA ปี 2569')}</li><li>{a(OLD_ITA, 'ITA ปี 2568')}</li></ul>")
page("/ita/2569/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ปี 2569 : OIT",
     "<ol>" + "".join(f"<li>{a(f'/ita/2569/{g}/', f'{t} ({rows[0][0]} - {rows[-1][0]})')}</li>" for g, t, rows in GROUPS) + "</ol>")
for g, t, rows in GROUPS:
    body = "".join(f"<tr><td>{c}</td><td>{esc(name)}</td><td>{' · '.join(a(h, x) for h, x in links)}</td></tr>"
                   for c, name, links in rows)
    page(f"/ita/2569/{g}/", f"ITA 2569 : {t}", f"<table class=\"ita\"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>{body}</table>"
         f"<p>{a('/ita/2569/', 'กลับหน้ารวม ITA 2569')}</p>")

# ---------------------------------------------------------------- the old Joomla site's articles, still online


def old(path: str, title: str, body: str) -> None:
    PAGES[path] = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body><div id="j-header">เทศบาลนครธารทิพย์ (เว็บไซต์เดิม)</div>
<div id="j-menu">{a('/', 'หน้าแรก (เว็บไซต์ใหม่)')}</div>
<div class="item-page"><h2>{esc(title)}</h2>{body}</div>
<div id="j-footer">Copyright 2019 เทศบาลนครธารทิพย์ · Joomla!</div></body></html>
"""


old(OLD_ITA, "ITA 2568 การเปิดเผยข้อมูลสาธารณะ (OIT)", "<table>" + "".join(
    f"<tr><td>{c}</td><td>{esc(n)}</td><td>{a(h, 'คลิก')}</td></tr>" for c, n, h in [
        ("o5", "แผนพัฒนาท้องถิ่น", OLD_PLAN), ("o10", "แผนการดำเนินงานประจำปี 2568", url("opplan-68")),
        ("o16", "สขร.1 กันยายน 2568", SK1_URLS[(2025, 9)]), ("o26", "การประเมินความเสี่ยงการทุจริต 2568", url("risk-68")),
        ("o27", "รายงานผลการจัดการความเสี่ยง 2567", "/storage/2567/12/0d4e5f6a7b8c.pdf"),
        ("o30", "แผนป้องกันการทุจริต 2568", url("acplan-68")),
        ("o33", "มาตรการส่งเสริมคุณธรรม / รายงานผล", OLD_INTEGRITY)]) + "</table>")
old(OLD_INTEGRITY, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
    f"<p>เผยแพร่ 28 ตุลาคม 2567</p><p>{a(url('integrity-67'), 'ดาวน์โหลดรายงาน')}</p>")
old(OLD_PLAN, "แผนพัฒนาท้องถิ่น", f"<p>{a(url('plan-6165'), 'แผนพัฒนาท้องถิ่นสี่ปี (ดาวน์โหลด)')}</p>")

# ---------------------------------------------------------------- home, sitemap

home_news = "".join(f"<li>{be(*ymd)} {a(f'/news/{s}/', t)}</li>"
                    for s, ymd, t, _, _ in sorted(POSTS, key=lambda p: p[1], reverse=True)[:6])
page("/", "หน้าแรก", f"<div class=\"hero\">ธารทิพย์นครน่าอยู่ เศรษฐกิจมั่นคง สิ่งแวดล้อมดี</div><h2>ข่าวล่าสุด</h2><ul>{home_news}</ul>"
     f"<p>{a('/news/', 'ข่าวทั้งหมด')} · {a('/ita/2569/', 'ITA 2569')}</p>")
page("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in MENU) + "</ul>")

CSS = """body{font-family:sans-serif;margin:0}.topbar{background:#0b5d7a;color:#fff;padding:8px}.mainmenu ul{display:flex;
gap:12px;list-style:none}.wrap{display:flex}main{flex:3;padding:12px}.side{flex:1;background:#f3f6f8}footer{background:#333;color:#eee}
"""
ORG_CHART = ('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="120"><rect x="240" y="5" width="120" height="30" fill="#0b5d7a"/>'
             '<rect x="60" y="80" width="120" height="30" fill="#4a90a4"/><rect x="420" y="80" width="120" height="30" fill="#4a90a4"/></svg>\n')
PERSON = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="150"><circle cx="60" cy="50" r="35" fill="#bbb"/></svg>\n'


def main() -> None:
    for path, text in PAGES.items():
        target = out(path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as fh:
            fh.write(text)
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    for name, text in (("site.css", CSS), ("org-chart.svg", ORG_CHART), ("person.svg", PERSON)):
        with open(os.path.join(HERE, "assets", name), "w", encoding="utf-8") as fh:
            fh.write(text)


if __name__ == "__main__":
    main()
