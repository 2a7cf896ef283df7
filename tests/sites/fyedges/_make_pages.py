"""Generate the HTML pages of the "fyedges" test site (เทศบาลตำบลดอนตะแบกงาม, invented).

Run:  python tests/sites/fyedges/_make_pages.py   (after _make_docs.py: list sizes are read from
the files it wrote)

A small municipality on a provincial web provider's CMS: every page repeats the banner, the top
menu, a left column (mayor, main menu, ITA links of this year and last year, agency banners, a
visitor counter) and the footer; pages are folder/index.html.  Documents are listed by category
under /docs/<slug>/ ("update : <date> [size] [.pdf]", newest first); news under /news/ (FY2569)
and /news/page/2/ (FY2568); the ITA 2569 page /ita/2569/ links each item in its own wording,
sometimes to a file, sometimes to a page or a category list; last year's /ita/2568/ is still
online.  Deterministic: no randomness, no current date.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import CATS, DOCS, MAYOR_NAME, ORG  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
MISSING_SIZE = "[0.31 mb.]"  # what the list says for the file that is gone
PHONE = "0 3458 1146"
MAIL = "saraban@dontabaekngam.go.th"
ADDRESS = "เลขที่ 88 หมู่ที่ 3 ตำบลดอนตะแบก อำเภอพนมทวน จังหวัดกาญจนบุรี 71140"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def url(key: str) -> str:
    return DOCS[key][0]


MENU = [
    ("หน้าหลัก", "/", []),
    ("ข้อมูลหน่วยงาน", "/about/history/", [("ประวัติและข้อมูลทั่วไป", "/about/history/"),
                                           ("โครงสร้างส่วนราชการ", "/about/structure/"),
                                           ("อำนาจหน้าที่", "/about/authority/")]),
    ("บุคลากร", "/about/executives/", [("คณะผู้บริหาร", "/about/executives/"), ("สมาชิกสภาเทศบาล", "/about/council/"),
                                       ("หัวหน้าส่วนราชการ", "/about/staff/")]),
    ("ข่าวสาร", "/news/", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("เอกสารเผยแพร่", "/docs/", []),
    ("บริการประชาชน", "/service-guide/", [("คู่มือสำหรับประชาชน", "/service-guide/"), ("E-Service", "/eservice/"),
                                          ("สถิติการให้บริการ", "/eservice/stats/")]),
    ("ร้องเรียนการทุจริต", "/complaint/", []),
    ("ITA", "/ita/", [("ITA 2569", "/ita/2569/"), ("ITA 2568", "/ita/2568/")]),
    ("ถาม-ตอบ", "/qa/", []),
    ("ติดต่อเรา", "/contact/", []),
]


def layout(title: str, body: str) -> str:
    items = []
    for text, link, sub in MENU:
        subs = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in sub)
        items.append(f'<li><a href="{link}">{esc(text)}</a>' + (f'<ul class="sub">{subs}</ul>' if subs else "") + "</li>")
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} | {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div class="top">ยินดีต้อนรับสู่เว็บไซต์ {ORG} อำเภอพนมทวน จังหวัดกาญจนบุรี &nbsp;|&nbsp; โทร. {PHONE}
&nbsp;|&nbsp; <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div class="banner"><img src="/assets/logo.png" alt="ตราเทศบาล" width="64" height="64"> <b>{ORG}</b><br>
Dontabaekngam Subdistrict Municipality</div>
<ul class="nav">{"".join(items)}</ul>
<table class="wrap"><tr>
<td class="side">
<div class="box"><img src="/assets/mayor.png" alt="" width="90" height="110"><br>{MAYOR_NAME}<br>นายกเทศมนตรีตำบลดอนตะแบกงาม</div>
<div class="box"><b>เมนูหลัก</b><br><a href="/docs/">เอกสารเผยแพร่</a><br><a href="/docs/skr/">ผลการจัดซื้อจัดจ้าง (สขร.1)</a><br>
<a href="/eservice/">E-Service ยื่นคำร้องออนไลน์</a><br><a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a><br>
<a href="/qa/">กระดานถาม-ตอบ</a></div>
<div class="box"><b>การประเมินคุณธรรมและความโปร่งใส</b><br><a href="/ita/2569/">ITA ปี 2569</a><br>
<a href="/ita/2568/">ITA ปี 2568</a></div>
<div class="box"><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a><br><a href="http://www.gprocurement.go.th/">ระบบ e-GP</a><br>
<a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br><a href="https://www.1111.go.th/">ศูนย์บริการประชาชน 1111</a></div>
<div class="box">ผู้เข้าชมเว็บไซต์ 96,418 คน</div>
</td>
<td class="main">
<div class="crumb"><a href="/">หน้าหลัก</a> &raquo; {esc(title)}</div>
<h1>{esc(title)}</h1>
{body}
</td></tr></table>
<div class="footer">{ORG} {ADDRESS}<br>โทรศัพท์ {PHONE} โทรสาร 0 3458 1147 อีเมล {MAIL}<br>
เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (เว้นวันหยุดราชการ) &nbsp; <a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(layout(title, body))


def size_of(key: str) -> str:
    path, _c, _u, _t, maker = DOCS[key]
    if maker == "missing":
        return MISSING_SIZE
    n = os.path.getsize(os.path.join(HERE, path.lstrip("/")))
    return f"[{n / 1048576:.2f} mb.]"


def ext(key: str) -> str:
    return "." + DOCS[key][0].rsplit(".", 1)[1]


def doc_link(key: str, text: str | None = None) -> str:
    return f'<a href="{url(key)}">{esc(text or DOCS[key][3])}</a>'


# ---------------------------------------------------------------- news

NEWS = [  # id, date, title, body (html), page
    (412, "9 เม.ย. 2569", "เทศบาลตำบลดอนตะแบกงาม จัดกิจกรรมรดน้ำขอพรผู้สูงอายุ ประเพณีสงกรานต์ ประจำปี 2569",
     f"<p>{MAYOR_NAME} นายกเทศมนตรี พร้อมคณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาล ร่วมรดน้ำขอพรผู้สูงอายุ "
     "ทั้ง 11 หมู่บ้าน ณ หอประชุมเทศบาล มีผู้สูงอายุเข้าร่วมกว่า 350 คน</p>", 1),
    (405, "3 เม.ย. 2569", "เผยแพร่รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต",
     "<p>เทศบาลตำบลดอนตะแบกงามขอเผยแพร่รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต รอบ 6 เดือน "
     "(1 ตุลาคม 2567 - 31 มีนาคม 2568) รายละเอียดตามเอกสารแนบ</p>"
     f'<p>เอกสารแนบ : <a href="{url("ac-6m-68")}">ac-report-6m.pdf</a></p>', 1),
    (398, "6 มี.ค. 2569", "คณะผู้บริหารตรวจเยี่ยมโครงการก่อสร้างถนน คสล. บ้านดอนตะแบก หมู่ที่ 2",
     "<p>นายกเทศมนตรีพร้อมผู้อำนวยการกองช่างตรวจความก้าวหน้าโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก ขนาดกว้าง 5 เมตร "
     "ยาว 420 เมตร ตามแผนการดำเนินงานประจำปีงบประมาณ พ.ศ. 2569 คาดว่าจะแล้วเสร็จภายในเดือนเมษายน 2569</p>", 1),
    (391, "24 ก.พ. 2569", "ประชุมประชาคมหมู่บ้าน ประจำปี 2569 ครบทั้ง 11 หมู่บ้าน",
     "<p>ระหว่างวันที่ 9 - 20 กุมภาพันธ์ 2569 เทศบาลตำบลดอนตะแบกงามจัดประชุมประชาคมหมู่บ้านครบทั้ง 11 หมู่บ้าน "
     "เพื่อรับฟังความคิดเห็นและปัญหาความต้องการของประชาชน มีประชาชนเข้าร่วมรวม 784 คน</p>"
     "<table class=\"t\"><tr><th>หมู่ที่</th><th>วันที่</th><th>ผู้เข้าร่วม (คน)</th><th>ข้อเสนอ</th></tr>"
     "<tr><td>1 - 4</td><td>9 - 12 ก.พ. 2569</td><td>296</td><td>ถนนเพื่อการเกษตร ไฟส่องสว่าง</td></tr>"
     "<tr><td>5 - 8</td><td>13 - 17 ก.พ. 2569</td><td>281</td><td>รางระบายน้ำ ประปาหมู่บ้าน</td></tr>"
     "<tr><td>9 - 11</td><td>18 - 20 ก.พ. 2569</td><td>207</td><td>ขุดลอกสระน้ำ อาชีพเสริม</td></tr></table>"
     "<p>ข้อเสนอทั้งหมด 52 เรื่อง คณะกรรมการพัฒนาเทศบาลจะนำไปพิจารณาบรรจุในแผนพัฒนาท้องถิ่น และแจ้งผลให้ประชาคมทราบต่อไป</p>", 1),
    (384, "20 ม.ค. 2569", "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568",
     "<p>เทศบาลตำบลดอนตะแบกงามรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
     "ประจำปีงบประมาณ พ.ศ. 2568 (1 ตุลาคม 2567 - 30 กันยายน 2568) ต่อนายกเทศมนตรี ดังนี้</p>"
     "<table class=\"t\"><tr><th>มาตรการ</th><th>การดำเนินการ</th><th>ผลการดำเนินการ</th></tr>"
     "<tr><td>มาตรการเผยแพร่ข้อมูลต่อสาธารณะ</td><td>ปรับปรุงข้อมูลบนเว็บไซต์ทุกเดือน</td><td>เผยแพร่ข้อมูลครบ 11 เดือน (ขาดเดือนสิงหาคม 2568)</td></tr>"
     "<tr><td>มาตรการป้องกันการรับสินบน</td><td>ประกาศ No Gift Policy 2 ต.ค. 2567</td><td>ไม่พบการรับของขวัญเกินกว่าที่กฎหมายกำหนด</td></tr>"
     "<tr><td>มาตรการส่งเสริมการมีส่วนร่วม</td><td>ประชุมประชาคม 11 หมู่บ้าน ก.พ. 2568</td><td>ประชาชนเข้าร่วม 731 คน</td></tr></table>"
     "<p>ปัญหาและอุปสรรค : เจ้าหน้าที่ผู้รับผิดชอบเว็บไซต์มีภาระงานมาก ข้อเสนอแนะ : มอบหมายผู้รับผิดชอบสำรอง</p>"
     "<p>ลงชื่อ นางวันเพ็ญ ศรีสมบูรณ์ดี ปลัดเทศบาล ผู้รายงาน</p>", 1),
    (377, "14 ม.ค. 2569", "ประกาศใช้แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เพิ่มเติม เปลี่ยนแปลง ครั้งที่ 1/2569",
     "<p>นายกเทศมนตรีตำบลดอนตะแบกงามได้อนุมัติและประกาศใช้แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เพิ่มเติม เปลี่ยนแปลง "
     "ครั้งที่ 1/2569 เมื่อวันที่ 12 มกราคม 2569</p>"
     f'<p>ดาวน์โหลด : {doc_link("plan-amend-69")}</p>', 1),
    (370, "10 ม.ค. 2569", "งานวันเด็กแห่งชาติ ประจำปี 2569",
     "<p>จัดกิจกรรมวันเด็ก ณ ศูนย์พัฒนาเด็กเล็กเทศบาล มีเด็กและผู้ปกครองร่วมงานกว่า 500 คน</p>", 1),
    (362, "16 ธ.ค. 2568", "เวทีรับฟังความคิดเห็นร่างแผนพัฒนาท้องถิ่นเพิ่มเติม เปลี่ยนแปลง",
     "<p>วันที่ 15 ธันวาคม 2568 คณะกรรมการพัฒนาเทศบาลร่วมกับผู้แทนประชาคม 11 หมู่บ้าน จำนวน 64 คน จัดเวทีรับฟังความคิดเห็น"
     "ต่อร่างแผนพัฒนาท้องถิ่นเพิ่มเติม เปลี่ยนแปลง ที่ประชุมเห็นชอบให้เพิ่มโครงการรางระบายน้ำ หมู่ที่ 6 และถนนเพื่อการเกษตร หมู่ที่ 9</p>", 1),
    (355, "9 ธ.ค. 2568", "สภาเทศบาลรับทราบรายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ประจำปี 2568",
     "<p>ในการประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 4 ประจำปี 2568 เมื่อวันที่ 5 ธันวาคม 2568 นายกเทศมนตรีได้รายงานผลการติดตาม"
     "และประเมินผลแผนพัฒนาท้องถิ่น ประจำปีงบประมาณ พ.ศ. 2568 ให้สภาทราบ ดำเนินโครงการได้ 60 โครงการ จาก 76 โครงการ</p>"
     f'<p>รายละเอียด : {doc_link("eval-68")}</p>', 1),
    (348, "5 พ.ย. 2568", "งานประเพณีลอยกระทง ประจำปี 2568",
     "<p>ประชาชนร่วมงานลอยกระทง ณ สระน้ำหนองตะแบก มีการประกวดกระทงจากวัสดุธรรมชาติ</p>", 1),
    (341, "1 ต.ค. 2568", "ผู้บริหารและพนักงานร่วมประกาศเจตนารมณ์ไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2569",
     "<p>นายกเทศมนตรีนำคณะผู้บริหารและพนักงานเทศบาลประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่</p>"
     f'<p>ประกาศ : {doc_link("nogift-69")}</p>', 1),
    (330, "19 ก.ย. 2568", "ประกาศใช้เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569",
     "<p>ผู้ว่าราชการจังหวัดกาญจนบุรีอนุมัติร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 แล้ว "
     "เทศบาลจึงประกาศใช้ตั้งแต่วันที่ 1 ตุลาคม 2568 เป็นต้นไป ยอดรวม 45,000,000 บาท</p>"
     f'<p>ดาวน์โหลด : {doc_link("budget-69")}</p>', 2),
    (322, "28 ส.ค. 2568", "สภาเทศบาลเห็นชอบร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 วาระที่ 3",
     "<p>สภาเทศบาลมีมติเห็นชอบร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 ในการประชุมเมื่อวันที่ 27 สิงหาคม 2568</p>", 2),
    (301, "14 มี.ค. 2568", "โครงการอบรมส่งเสริมคุณธรรมจริยธรรม ผู้บริหาร สมาชิกสภา และพนักงานเทศบาล ประจำปี 2568",
     "<p>เทศบาลจัดอบรมเสริมสร้างคุณธรรมจริยธรรมตามประมวลจริยธรรม ผู้เข้าร่วม 72 คน มีการบรรยายเรื่องผลประโยชน์ทับซ้อน "
     "และจัดทำคู่มือ Do's &amp; Don'ts</p>", 2),
    (288, "20 ก.พ. 2568", "ประชุมประชาคมหมู่บ้าน ประจำปี 2568",
     "<p>เทศบาลจัดประชุมประชาคมหมู่บ้านครบ 11 หมู่บ้าน ประชาชนเข้าร่วม 731 คน</p>", 2),
    (270, "2 ต.ค. 2567", "ประกาศเจตนารมณ์ No Gift Policy ประจำปีงบประมาณ 2568",
     "<p>ผู้บริหารและพนักงานเทศบาลร่วมประกาศเจตนารมณ์ไม่รับของขวัญ ประจำปีงบประมาณ พ.ศ. 2568</p>", 2),
]


def news_pages() -> None:
    for n in (1, 2):
        items = "".join(f'<li><span class="date">{dt}</span> <a href="/news/{i}/">{esc(t)}</a></li>'
                        for i, dt, t, _b, p in NEWS if p == n)
        pager = '<a href="/news/">1</a> <a href="/news/page/2/">2</a>'
        write("/news/" if n == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์",
              f'<ul class="news">{items}</ul><div class="pager">หน้า {pager}</div>')
    for i, dt, t, b, _p in NEWS:
        write(f"/news/{i}/", t, f'<p class="date">โพสต์เมื่อ {dt} โดย ผู้ดูแลระบบ</p>{b}'
              '<p><a href="/news/">&laquo; ย้อนกลับ</a></p>')


# ---------------------------------------------------------------- document lists

def listing(keys: list[str]) -> str:
    rows = []
    for k in keys:
        _p, _c, up, title, _m = DOCS[k]
        rows.append(f'<li><a href="{url(k)}">{esc(title)}</a><br><span class="upd">update : {be(up)}</span> '
                    f'{size_of(k)} [{ext(k)}]</li>')
    return '<ul class="doclist">' + "".join(rows) + "</ul>"


def doc_pages() -> None:
    links = "".join(f'<li><a href="/docs/{s}/">{esc(n)}</a></li>' for s, n in CATS.items())
    write("/docs/", "เอกสารเผยแพร่", "<p>ดาวน์โหลดเอกสาร ใช้โปรแกรม Adobe Acrobat Reader ในการอ่านเอกสาร</p>"
          f"<ul>{links}</ul>")
    for slug, cname in CATS.items():
        keys = sorted((k for k in DOCS if DOCS[k][1] == slug), key=lambda k: (DOCS[k][2], k), reverse=True)
        write(f"/docs/{slug}/", cname, f"<p>เอกสารหมวด {esc(cname)} ทั้งหมด {len(keys)} รายการ</p>{listing(keys)}")


# ---------------------------------------------------------------- ITA pages

ITA_2569 = [  # (sub-indicator heading or None), code, wording, [(link text, url)], description
    ("ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน", "o1", "โครงสร้างหน่วยงาน และอำนาจหน้าที่",
     [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")], "หน้าหลัก เลือก ข้อมูลหน่วยงาน เลือก โครงสร้างส่วนราชการ"),
    (None, "o2", "ข้อมูลผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")], "หน้าหลัก เลือก บุคลากร เลือก คณะผู้บริหาร"),
    (None, "o3", "ข้อมูลการติดต่อ และช่องทางถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("Q&A", "/qa/")], "ที่อยู่ เบอร์โทร อีเมล แผนที่ และกระดานถาม-ตอบ"),
    (None, "o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")], "ข่าวสารของเทศบาล ปี 2569"),
    ("ตัวชี้วัดย่อยที่ 9.2 การบริหารงานและการใช้จ่ายงบประมาณ", "o5", "แผนพัฒนาท้องถิ่น",
     [("แผนพัฒนาท้องถิ่น", "/docs/plan/")], "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) และฉบับเพิ่มเติม เปลี่ยนแปลง"),
    (None, "o6", "แผนการดำเนินงานและงบประมาณรายจ่ายประจำปี",
     [("เทศบัญญัติ 2569", url("budget-69")), ("แผนการดำเนินงาน 2569", url("opplan-69"))], ""),
    (None, "o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/docs/report/")], ""),
    (None, "o8", "คู่มือการปฏิบัติงานของเจ้าหน้าที่", [("คู่มือ", "/docs/manual/")], ""),
    (None, "o9", "คู่มือสำหรับประชาชน", [("คู่มือสำหรับประชาชน", "/service-guide/")], ""),
    (None, "o10", "E-Service", [("E-Service", "/eservice/"), ("สถิติ", "/eservice/stats/")], "ยื่นคำร้องออนไลน์ และสถิติการให้บริการ"),
    ("ตัวชี้วัดย่อยที่ 9.3 การจัดซื้อจัดจ้าง", "o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1", "/docs/skr/")], ""),
    (None, "o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานประจำปี 2568", url("procreport-68"))], ""),
    ("ตัวชี้วัดย่อยที่ 9.4 การบริหารและพัฒนาทรัพยากรบุคคล", "o13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล",
     [("การบริหารงานบุคคล", "/docs/hr/")], ""),
    (None, "o14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [("การบริหารงานบุคคล", "/docs/hr/")], ""),
    (None, "o15", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", [("จริยธรรม", "/docs/ethics/")], ""),
    ("ตัวชี้วัดย่อยที่ 9.5 การส่งเสริมความโปร่งใส", "o16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [],
     "อยู่ระหว่างปรับปรุงข้อมูล"),
    (None, "o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("ร้องเรียนออนไลน์", "/complaint/")], ""),
    (None, "o18", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริต", [("สถิติ", url("complaint-stats"))], ""),
    (None, "o19", "การเปิดโอกาสให้มีส่วนร่วม", [("ข่าวประชาคม", "/news/391/")], ""),
    ("ตัวชี้วัดย่อยที่ 10.1 การป้องกันการทุจริต", "o20", "No Gift Policy",
     [("ประกาศ", url("nogift-69")), ("รายงานการรับของขวัญ", url("gift-report-68"))], ""),
    (None, "o21", "การประเมินความเสี่ยงการทุจริต", [("คุณธรรมและความโปร่งใส", "/docs/integrity/")], ""),
    (None, "o22", "การจัดการความเสี่ยงการทุจริต", [("คุณธรรมและความโปร่งใส", "/docs/integrity/")], ""),
    ("ตัวชี้วัดย่อยที่ 10.2 การส่งเสริมคุณธรรมและความโปร่งใส", "o23", "แผนปฏิบัติการป้องกันการทุจริต",
     [("แผน 2569", url("acplan-69"))], ""),
    (None, "o24", "รายงานผลการดำเนินการป้องกันการทุจริต", [("รายงาน", url("ac-6m-68"))], ""),
    (None, "o25", "การนำผลการประเมิน ITA ไปพัฒนาองค์กร",
     [("ผลการวิเคราะห์", url("ita-analysis")), ("มาตรการ", url("measures-draft-69"))], ""),
    (None, "o26", "รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส", [("รายงานผล ปี 2568", "/news/384/")], ""),
]

ITA_2568 = [  # last year's page (ITA 2568 numbering, as it was left online)
    ("o1", "โครงสร้าง", "/about/structure/"), ("o2", "ข้อมูลผู้บริหาร", "/about/executives/"),
    ("o5", "แผนพัฒนาท้องถิ่น", url("plan-6670")), ("o6", "แผนการดำเนินงาน 2568", "/docs/opplan/"),
    ("o7", "งบประมาณรายจ่าย 2568", url("budget-68")), ("o12", "สขร.1", "/docs/skr/"),
    ("o13", "รายงานผลการจัดซื้อจัดจ้าง 2567", "/files/2567/procreport67.pdf"),
    ("o15", "รายงานผลการบริหารทรัพยากรบุคคล 2567", url("hr-report-67")),
    ("o16", "ประมวลจริยธรรม", url("ethics-code")),
    ("o17", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", url("complaint-guide")),
    ("o23", "การประเมินความเสี่ยงการทุจริต 2568", url("risk-68")),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต", url("acplan-6568")),
    ("o27", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", url("measures-68")),
]


def ita_pages() -> None:
    rows = []
    for head, code, text, links, note in ITA_2569:
        if head:
            rows.append(f'<tr class="grp"><td colspan="4">{esc(head)}</td></tr>')
        cell = " ".join(f'<a href="{u}">{esc(t)}</a>' for t, u in links) or "-"
        rows.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cell}</td><td>{esc(note)}</td></tr>")
    write("/ita/2569/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี พ.ศ. 2569",
          "<p>แบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) "
          "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>"
          '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>URL</th><th>คำอธิบาย</th></tr>' + "".join(rows) + "</table>")
    rows = "".join(f'<tr><td>{c}</td><td>{esc(t)}</td><td><a href="{u}">คลิก</a></td></tr>' for c, t, u in ITA_2568)
    write("/ita/2568/", "ITA ประจำปี พ.ศ. 2568",
          '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>' + rows + "</table>")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปี พ.ศ. 2569</a></li><li><a href="/ita/2568/">ITA ประจำปี พ.ศ. 2568</a></li></ul>')


# ---------------------------------------------------------------- other pages

QA = [
    (118, "สอบถามเรื่องการชำระภาษีที่ดินและสิ่งปลูกสร้าง ปี 2569", "ชาวบ้านหมู่ 5", "2 มี.ค. 2569",
     "อยากทราบว่าชำระภาษีที่ดินได้ถึงวันที่เท่าไร และจ่ายผ่านแอปธนาคารได้หรือไม่",
     "ชำระได้ถึง 30 เมษายน 2569 ที่กองคลัง หรือโอนผ่านบัญชีเทศบาลตามที่ระบุในหนังสือแจ้งประเมิน (ตอบโดย กองคลัง 3 มี.ค. 2569)"),
    (115, "ไฟส่องสว่างถนนสายหนองปรือดับหลายจุด", "ผู้ใช้ถนน", "11 ก.พ. 2569",
     "ไฟทางสายหนองปรือ - ดอนตะแบก ดับประมาณ 6 ต้น ช่วงกลางคืนมืดมาก",
     "กองช่างได้ส่งเจ้าหน้าที่ซ่อมแซมแล้วเสร็จเมื่อวันที่ 13 ก.พ. 2569 ขอบคุณที่แจ้งข้อมูล (ตอบโดย กองช่าง)"),
    (109, "การลงทะเบียนเบี้ยยังชีพผู้สูงอายุ", "ลูกหลาน", "8 ธ.ค. 2568",
     "คุณแม่จะอายุครบ 60 ปี ในเดือนมิถุนายน 2569 ต้องลงทะเบียนเมื่อไร",
     "ลงทะเบียนล่วงหน้าได้ตั้งแต่วันที่ 1 ตุลาคม - 30 พฤศจิกายนของปีก่อน หรือเดือนมกราคม - กันยายนสำหรับผู้ที่อายุครบในปีถัดไป "
     "ติดต่อสำนักปลัดเทศบาล (ตอบโดย สำนักปลัด)"),
]


def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{i}/">{esc(t)}</a> <span class="date">{dt}</span></li>'
                     for i, dt, t, _b, _p in NEWS[:6])
    newest = sorted((k for k in DOCS if DOCS[k][1] and DOCS[k][4] != "missing"), key=lambda k: (DOCS[k][2], k), reverse=True)[:6]
    write("/", "หน้าหลัก", f'<h2>ข่าวประชาสัมพันธ์</h2><ul>{latest}</ul><p><a href="/news/">อ่านข่าวทั้งหมด</a></p>'
          f'<h2>เอกสารเผยแพร่ล่าสุด</h2>{listing(newest)}<p><a href="/docs/">เอกสารทั้งหมด</a></p>'
          '<h2>ITA</h2><p><a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569</a></p>')
    write("/about/history/", "ประวัติและข้อมูลทั่วไป",
          "<p>เทศบาลตำบลดอนตะแบกงามเปลี่ยนแปลงฐานะจากองค์การบริหารส่วนตำบลเป็นเทศบาลตำบลเมื่อปี พ.ศ. 2552 "
          "พื้นที่ 38.6 ตารางกิโลเมตร 11 หมู่บ้าน ประชากร 7,204 คน 2,318 ครัวเรือน</p>"
          "<p>อาชีพหลัก ทำไร่อ้อย ทำนา เลี้ยงสุกร ทิศเหนือติดตำบลพังตรุ ทิศใต้ติดตำบลหนองสาหร่าย</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้างเทศบาลตำบลดอนตะแบกงาม" width="320" height="160"></p>'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี (2 คน)</li><li>เลขานุการนายกเทศมนตรี</li>"
          "<li>ที่ปรึกษานายกเทศมนตรี</li></ul></li><li>สภาเทศบาล (สมาชิก 12 คน) ประธานสภา รองประธานสภา เลขานุการสภา</li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li>"
          "<li>กองการศึกษา</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          f'<p>ดาวน์โหลด : {doc_link("structure")} (PDF)</p><p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>เทศบาลตำบลดอนตะแบกงามมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 มาตรา 51 และพระราชบัญญัติ"
          "กำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p>"
          "<ol><li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li>"
          "<li>รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ รวมทั้งการกำจัดขยะมูลฝอย</li><li>ป้องกันและระงับโรคติดต่อ</li>"
          "<li>ให้มีเครื่องใช้ในการดับเพลิง</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li>"
          "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>บำรุงศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น</li></ol>"
          "<h2>อำนาจหน้าที่ของส่วนราชการ</h2><p>สำนักปลัดเทศบาล : งานบริหารทั่วไป งานนโยบายและแผน งานป้องกันและบรรเทาสาธารณภัย</p>"
          "<p>กองคลัง : งานการเงินและบัญชี งานพัสดุ งานจัดเก็บรายได้</p><p>กองช่าง : งานก่อสร้าง งานควบคุมอาคาร งานประปา</p>"
          "<p>กองการศึกษา : ศูนย์พัฒนาเด็กเล็ก งานกีฬาและวัฒนธรรม</p><p>กองสาธารณสุขและสิ่งแวดล้อม : งานรักษาความสะอาด งานส่งเสริมสุขภาพ</p>")
    execs = [(MAYOR_NAME, "นายกเทศมนตรีตำบลดอนตะแบกงาม"), ("นายบุญเลิศ แก้วมณีโชติ", "รองนายกเทศมนตรี"),
             ("นางพรทิพย์ สายสุวรรณา", "รองนายกเทศมนตรี"), ("นายณรงค์ ทองนพคุณ", "เลขานุการนายกเทศมนตรี")]
    write("/about/executives/", "คณะผู้บริหาร", "".join(
        f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="80" height="100"><p>{esc(n)}<br>{esc(p)}<br>'
        f"ติดต่อ {PHONE} ต่อ 101</p></div>" for n, p in execs))
    write("/about/council/", "สมาชิกสภาเทศบาล",
          "<p>นายสมหมาย พึ่งบุญเรือง ประธานสภาเทศบาล</p><p>นางสายใจ ดอกแก้วงาม รองประธานสภาเทศบาล</p>"
          "<p>สมาชิกสภาเทศบาล เขตเลือกตั้งที่ 1 จำนวน 6 คน เขตเลือกตั้งที่ 2 จำนวน 6 คน</p>")
    staff = [("นางวันเพ็ญ ศรีสมบูรณ์ดี", "ปลัดเทศบาล"), ("นายกิตติพงษ์ ชมภูนิลวงศ์", "รองปลัดเทศบาล"),
             ("นางสาวรัชนี บุญมาเกิดผล", "หัวหน้าสำนักปลัดเทศบาล"), ("นางสาวจิราภรณ์ มีสุขเจริญกุล", "ผู้อำนวยการกองคลัง"),
             ("นายประเสริฐ อินทร์แก้วดี", "ผู้อำนวยการกองช่าง")]
    write("/about/staff/", "หัวหน้าส่วนราชการ", "".join(
        f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="80" height="100"><p>{esc(n)}<br>{esc(p)}</p></div>'
        for n, p in staff))
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>{ADDRESS}</p><p>โทรศัพท์ {PHONE} โทรสาร 0 3458 1147</p><p>อีเมล {MAIL}</p>"
          '<p>Facebook : <a href="https://www.facebook.com/dontabaekngam.municipality">เทศบาลตำบลดอนตะแบกงาม</a></p>'
          '<p><a href="https://maps.google.com/?q=14.1362,99.7218">แผนที่ตั้งสำนักงาน (Google Maps)</a></p>'
          '<p>สอบถามข้อมูลผ่านเว็บไซต์ได้ที่ <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    topics = "".join(f'<tr><td><a href="/qa/{i}/">{esc(t)}</a></td><td>{esc(who)}</td><td>{dt}</td><td>1</td></tr>'
                     for i, t, who, dt, _q, _a in QA)
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          "<p>ประชาชนสามารถตั้งคำถามถึงเทศบาลได้ เจ้าหน้าที่จะตอบภายใน 3 วันทำการ</p>"
          '<form action="/qa/post/" method="post"><p>หัวข้อ <input name="title"></p><p>ชื่อผู้ถาม <input name="name"></p>'
          '<p>ข้อความ <textarea name="detail"></textarea></p><p><button>ตั้งกระทู้</button></p></form>'
          f'<table class="t"><tr><th>หัวข้อ</th><th>ผู้ตั้ง</th><th>วันที่</th><th>ตอบ</th></tr>{topics}</table>')
    for i, t, who, dt, q, a in QA:
        write(f"/qa/{i}/", t, f'<div class="q"><b>{esc(who)}</b> ({dt})<p>{esc(q)}</p></div>'
              f'<div class="a"><b>เจ้าหน้าที่เทศบาล</b><p>{esc(a)}</p></div><p><a href="/qa/">&laquo; กลับกระดานถาม-ตอบ</a></p>')
    write("/service-guide/", "คู่มือสำหรับประชาชน",
          "<p>คู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558</p>"
          '<table class="t"><tr><th>งานบริการ</th><th>ระยะเวลา</th><th>ค่าธรรมเนียม</th><th>หน่วยงาน</th></tr>'
          "<tr><td>การขออนุญาตก่อสร้างอาคาร</td><td>45 วัน</td><td>ตามกฎกระทรวง</td><td>กองช่าง</td></tr>"
          "<tr><td>การลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ</td><td>1 วัน</td><td>ไม่มี</td><td>สำนักปลัด</td></tr>"
          "<tr><td>การรับชำระภาษีที่ดินและสิ่งปลูกสร้าง</td><td>15 นาที</td><td>ไม่มี</td><td>กองคลัง</td></tr></table>"
          f'<p>ขั้นตอนและเอกสารที่ต้องใช้ : {doc_link("service-manual")} (PDF)</p>')
    write("/eservice/", "E-Service ยื่นคำร้องออนไลน์",
          "<p>ประชาชนยื่นคำร้องขอรับบริการผ่านระบบออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 2 วันทำการ</p>"
          '<form action="https://forms.gle/DonTabaekNgamEService" method="post"><p>ชื่อ - สกุล <input name="name"></p>'
          '<p>เบอร์โทรศัพท์ <input name="tel"></p><p>ประเภทคำร้อง <select name="type"><option>ขอรับน้ำอุปโภคบริโภค</option>'
          "<option>แจ้งซ่อมไฟฟ้าส่องสว่าง</option><option>ขอความช่วยเหลือสาธารณภัย</option><option>ขอรับถังขยะ</option></select></p>"
          '<p>รายละเอียด <textarea name="detail"></textarea></p><p><button>ส่งคำร้อง</button></p></form>'
          '<p><a href="/eservice/stats/">สถิติการให้บริการ E-Service</a></p>')
    months = [("ต.ค. 2568", 14), ("พ.ย. 2568", 11), ("ธ.ค. 2568", 9), ("ม.ค. 2569", 17), ("ก.พ. 2569", 22), ("มี.ค. 2569", 19)]
    rows = "".join(f"<tr><td>{m}</td><td>{n}</td><td>{n - (1 if n > 15 else 0)}</td></tr>" for m, n in months)
    write("/eservice/stats/", "สถิติการให้บริการ E-Service ปีงบประมาณ 2569",
          '<table class="t"><tr><th>เดือน</th><th>คำร้องออนไลน์</th><th>ดำเนินการแล้วเสร็จ</th></tr>' + rows + "</table>"
          "<p>ข้อมูล ณ วันที่ 31 มีนาคม 2569</p>")
    write("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          f"<p>หากพบเห็นเจ้าหน้าที่ของเทศบาลทุจริตหรือประพฤติมิชอบ แจ้งได้ทางแบบฟอร์มนี้ ด้วยตนเองที่สำนักปลัดเทศบาล โทร {PHONE} "
          "หรือทางไปรษณีย์ ข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
          '<form action="https://forms.gle/DonTabaekNgamComplaint" method="post"><p>ชื่อผู้ร้องเรียน (ไม่ระบุก็ได้) <input name="name"></p>'
          '<p>เรื่องที่ร้องเรียน <input name="subject"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
          '<p>ช่องทางติดต่อกลับ <input name="contact"></p><p><button>ส่งเรื่องร้องเรียน</button></p></form>'
          '<p>ช่องทางอื่น : <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> &nbsp; <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a></p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>เทศบาลเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    pages = [("หน้าหลัก", "/"), ("ข้อมูลหน่วยงาน", "/about/history/"), ("ข่าวประชาสัมพันธ์", "/news/"),
             ("เอกสารเผยแพร่", "/docs/"), ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in pages) + "</ul>")


def assets() -> None:
    from PIL import Image, ImageDraw

    folder = os.path.join(HERE, "assets")
    os.makedirs(folder, exist_ok=True)
    Image.new("RGB", (80, 100), (205, 212, 222)).save(os.path.join(folder, "person.png"), optimize=True)
    Image.new("RGB", (90, 110), (196, 206, 214)).save(os.path.join(folder, "mayor.png"), optimize=True)
    logo = Image.new("RGB", (64, 64), (255, 255, 255))
    ImageDraw.Draw(logo).ellipse((4, 4, 60, 60), outline=(20, 90, 40), width=4)
    logo.save(os.path.join(folder, "logo.png"), optimize=True)
    chart = Image.new("L", (320, 160), 255)
    draw = ImageDraw.Draw(chart)
    for box in [(130, 10, 190, 35), (20, 70, 80, 95), (130, 70, 190, 95), (240, 70, 300, 95),
                (20, 125, 70, 150), (95, 125, 145, 150), (170, 125, 220, 150), (245, 125, 295, 150)]:
        draw.rectangle(box, outline=0)
    chart.save(os.path.join(folder, "chart.png"), optimize=True)
    with open(os.path.join(folder, "style.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Tahoma,sans-serif;font-size:14px;margin:0;background:#f4f6f2}.top{background:#14522a;color:#fff;padding:4px 8px}"
                ".top a{color:#fff}.banner{background:#e3efe0;padding:8px}.nav{background:#1f6b38;margin:0;padding:0}"
                ".nav>li{display:inline-block;position:relative;padding:6px 10px}.nav a{color:#fff}.nav .sub{display:none}"
                ".nav li:hover .sub{display:block;position:absolute;background:#1f6b38;list-style:none;padding:4px}"
                ".wrap{width:100%}.side{width:210px;vertical-align:top}.box{background:#fff;border:1px solid #cdd;margin:4px;padding:6px}"
                ".main{vertical-align:top;background:#fff;padding:8px}.footer{background:#14522a;color:#fff;padding:8px}"
                "table.t,table.ita{border-collapse:collapse}table.t td,table.t th,table.ita td,table.ita th{border:1px solid #bbb;padding:3px}"
                "tr.grp td{background:#e3efe0;font-weight:bold}.upd{color:#777;font-size:12px}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()
    doc_pages()
    ita_pages()


if __name__ == "__main__":
    main()
