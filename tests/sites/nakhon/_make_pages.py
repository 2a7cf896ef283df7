"""Generate the HTML pages of the "nakhon" test site (เทศบาลนครชัยบุรินทร์, invented).

Run:  python tests/sites/nakhon/_make_pages.py   (the files it links come from _make_docs.py)

A large city municipality's CMS: a Bootstrap-like top <nav> with <ul> drop-downs, a left column
on inner pages (หน่วยงานภายใน: one page per division), static pages /th/page/<slug>/, news
/th/news/<id>/ with a list paginated by ten (/th/news/page/2/ holds the last four FY2568 posts and the FY2567 ones), per-division pages
/th/division/<code>/ whose documents sit in /th/division/<code>/download/ (and .../page/2/, five
rows a page, newest first), schools /th/school/<n>/ and health centres /th/healthcenter/<n>/,
a procurement notice list /th/procurement/ and the ITA page /th/ita/2568/ (a long list grouped by
sub-indicator, one table per group: ข้อ | รายการ | URL | คำอธิบาย, whose links show the
address cut at 45 characters, as the CMS prints them). Served as folder/index.html. Dates are long Buddhist-era dates
("25 เมษายน 2568"). UTF-8.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import FILES, IMAGES  # noqa: E402

ORG = "เทศบาลนครชัยบุรินทร์"
ITA = "/th/ita/2568/"
F = FILES
I = IMAGES  # noqa: E741


def page(slug: str) -> str:
    return f"/th/page/{slug}/"


def news(n: int) -> str:
    return f"/th/news/{n}/"


def div(code: str, sub: str = "") -> str:
    return f"/th/division/{code}/{sub}"


DIVISIONS = [  # code, name, head, phone extension
    ("palad", "สำนักปลัดเทศบาล", "นายเอกชัย รัตนมณี", "101"),
    ("yutthasat", "กองยุทธศาสตร์และงบประมาณ", "นางรัชนี ศรีอุดม", "201"),
    ("klang", "กองคลัง", "นางสุภาพร วงศ์ไพศาล", "301"),
    ("chang", "กองช่าง", "นายณัฐพล ทองมา", "401"),
    ("suksa", "กองการศึกษา", "นายประยูร แสงสว่าง", "501"),
    ("satharanasuk", "กองสาธารณสุขและสิ่งแวดล้อม", "นางนิภาพร จันทร์หอม", "601"),
    ("personnel", "กองการเจ้าหน้าที่", "นางกาญจนา พรหมวงศ์", "701"),
    ("phatsadu", "กองพัสดุและทรัพย์สิน", "นายธีรวัฒน์ แก้วประเสริฐ", "801"),
]
DIVNAME = {c: n for c, n, _, _ in DIVISIONS}
SCHOOLS = [(1, "โรงเรียนเทศบาล 1 (วัดศรีชัยบุรินทร์)"), (2, "โรงเรียนเทศบาล 2 (บ้านหนองแวง)"),
           (3, "โรงเรียนเทศบาล 3 (ชุมชนตลาดใหม่)")]
CENTRES = [(1, "ศูนย์บริการสาธารณสุข 1 (ตลาดเก่า)"), (2, "ศูนย์บริการสาธารณสุข 2 (โพธิ์ทอง)"),
           (3, "ศูนย์บริการสาธารณสุข 3 (หนองบัว)")]

NAV = [  # (heading, [(text, href)])
    ("หน้าแรก", [("หน้าแรก", "/")]),
    ("ข้อมูลเทศบาล", [("ประวัติและข้อมูลทั่วไป", page("about")), ("นโยบายนายกเทศมนตรี", page("mayor-policy")),
                      ("โครงสร้างส่วนราชการ", page("structure")), ("อำนาจหน้าที่", page("authority")),
                      ("คณะผู้บริหาร", page("executives")), ("สภาเทศบาล", page("council"))]),
    ("หน่วยงานภายใน", [(n, div(c)) for c, n, _, _ in DIVISIONS]),
    ("ข่าวสาร", [("ข่าวประชาสัมพันธ์", "/th/news/"), ("ประกาศจัดซื้อจัดจ้าง", "/th/procurement/"),
                 ("ศูนย์ข้อมูลข่าวสาร", page("infocenter"))]),
    ("บริการประชาชน", [("คู่มือสำหรับประชาชน", page("citizen-manual")), ("E-Service", page("eservice")),
                       ("ร้องเรียน/ร้องทุกข์", page("complaint"))]),
    ("ITA", [("ITA 2568", ITA), ("ส่งเสริมคุณธรรมและความโปร่งใส", page("integrity")),
             ("สถิติเรื่องร้องเรียน", page("complaint-stat"))]),
    ("ติดต่อเรา", [("ติดต่อเทศบาล", page("contact"))]),
]


def nav() -> str:
    items = []
    for head, links in NAV:
        if len(links) == 1:
            items.append(f'<li class="nav-item"><a class="nav-link" href="{links[0][1]}">{head}</a></li>')
            continue
        sub = "".join(f'<li><a class="dropdown-item" href="{h}">{html.escape(t)}</a></li>' for t, h in links)
        items.append(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">'
                     f'{head}</a><ul class="dropdown-menu">{sub}</ul></li>')
    return '<nav class="navbar navbar-expand-lg"><div class="container"><ul class="navbar-nav">' + "".join(items) + "</ul></div></nav>"


HEAD = """<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {org}</title>
<link rel="stylesheet" href="/css/bootstrap.min.css"><link rel="stylesheet" href="/css/city.css">
</head><body>
<div class="top-strip"><div class="container">ยินดีต้อนรับสู่เว็บไซต์{org} | Chaiburin City Municipality</div></div>
<header class="site-header"><div class="container"><a href="/"><img src="{logo}" alt="logo" width="72" height="72"></a>
<div class="brand"><h1>{org}</h1><p>{loc}</p></div></div></header>
{nav}
<main class="container">{body}</main>
<footer class="site-footer"><div class="container"><div class="row">
<div class="col"><h5>{org}</h5><p>เลขที่ 1 ถนนเทศบาลบำรุง ตำบลในเมือง อำเภอเมืองชัยบุรินทร์ จังหวัดชัยบุรินทร์ 30500</p>
<p>โทรศัพท์ 0 4481 2000 โทรสาร 0 4481 2099 สายด่วน 1132</p><p>อีเมล saraban@chaiburincity.go.th</p></div>
<div class="col"><h5>ลิงก์หน่วยงาน</h5><ul><li><a href="https://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
<li><a href="https://www.nacc.go.th/" target="_blank">สำนักงาน ป.ป.ช.</a></li>
<li><a href="https://www.gprocurement.go.th/" target="_blank">ระบบ e-GP</a></li></ul></div>
<div class="col"><h5>ผู้เข้าชม</h5><p>วันนี้ 1,482 | เดือนนี้ 38,204 | ทั้งหมด 4,905,331</p></div></div>
<p class="copy">Copyright © 2568 {org} | <a href="{privacy}">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></p></div></footer>
<script src="/js/bootstrap.bundle.min.js"></script>
</body></html>
"""
LOC = "อำเภอเมืองชัยบุรินทร์ จังหวัดชัยบุรินทร์"


def sidebar() -> str:
    divs = "".join(f'<li><a href="{div(c)}">{n}</a></li>' for c, n, _, _ in DIVISIONS)
    return (f'<aside class="col-md-3 sidebar"><div class="box"><h4>หน่วยงานภายใน</h4><ul>{divs}</ul></div>'
            f'<div class="box"><a href="{ITA}"><img src="{I["banner_ita"]}" alt="ITA 2568" width="280" height="80"></a></div>'
            f'<div class="box"><h4>ลิงก์ด่วน</h4><ul><li><a href="{page("eservice")}">E-Service</a></li>'
            f'<li><a href="{page("complaint")}">แจ้งเรื่องร้องเรียนการทุจริต</a></li></ul></div></aside>')


def write(url: str, title: str, body: str, crumb: str = "", side: bool = True) -> None:
    path = os.path.join(HERE, url.strip("/"), "index.html")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    crumbs = f'<ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li>{crumb}<li class="active">{html.escape(title)}</li></ol>'
    inner = f'{crumbs}<h2 class="page-title">{html.escape(title)}</h2>\n{body}\n'
    if side:
        inner = f'<div class="row">{sidebar()}<section class="col-md-9">{inner}</section></div>'
    doc = HEAD.format(title=html.escape(title), org=ORG, loc=LOC, logo=I["logo"], nav=nav(), body=inner,
                      privacy=page("privacy"))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(doc)


def table(rows: list[tuple[str, ...]], head: tuple[str, ...]) -> str:
    th = "".join(f"<th>{h}</th>" for h in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="table table-bordered"><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>'


def a(href: str, text: str) -> str:
    return f'<a href="{href}" target="_blank">{text}</a>'


# ------------------------------------------------------------------ news
NEWS = [  # id, date, title, image key, body (HTML), page (1 or 2)
    (2145, "25 เมษายน 2568", "เทศบาลนครชัยบุรินทร์ รณรงค์ป้องกันโรคไข้เลือดออก Big Cleaning Day ทั้ง 42 ชุมชน", "news_a",
     "<p>กองสาธารณสุขและสิ่งแวดล้อม ร่วมกับศูนย์บริการสาธารณสุขทั้ง 3 แห่ง และ อสม. จัดกิจกรรมรณรงค์กำจัดแหล่งเพาะพันธุ์ยุงลาย"
     " แจกทรายอะเบท และพ่นหมอกควันในชุมชนที่มีรายงานผู้ป่วย ระหว่างวันที่ 21 – 25 เมษายน 2568</p>", 1),
    (2142, "21 เมษายน 2568", "ประชาสัมพันธ์ การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568 ภายในเดือนเมษายน", None,
     "<p>กองคลัง ขอเชิญชวนผู้มีหน้าที่เสียภาษีที่ดินและสิ่งปลูกสร้าง ชำระภาษีได้ที่กองคลัง ชั้น 1 หรือสแกน QR code"
     " ในใบแจ้งการประเมิน ภายในวันที่ 30 เมษายน 2568 เพื่อหลีกเลี่ยงเบี้ยปรับและเงินเพิ่ม</p>", 1),
    (2139, "16 เมษายน 2568", "ประมวลภาพงานประเพณีสงกรานต์นครชัยบุรินทร์ ประจำปี 2568", None,
     "<p>นายวรพงษ์ ธนากุลศักดิ์ นายกเทศมนตรีนครชัยบุรินทร์ เป็นประธานพิธีสรงน้ำพระและรดน้ำขอพรผู้สูงอายุ"
     " ณ ลานหน้าสำนักงานเทศบาล เมื่อวันที่ 13 เมษายน 2568 มีประชาชนร่วมงานกว่า 3,000 คน</p>", 1),
    (2135, "3 เมษายน 2568", "ศูนย์บริการสาธารณสุข 3 ออกหน่วยตรวจคัดกรองสุขภาพผู้สูงอายุ ชุมชนหนองบัว", None,
     "<p>ศูนย์บริการสาธารณสุข 3 (หนองบัว) ร่วมกับ อสม. ตรวจคัดกรองเบาหวาน ความดันโลหิตสูง และภาวะหกล้ม"
     " ให้ผู้สูงอายุ 186 คน เมื่อวันที่ 1 – 2 เมษายน 2568</p>", 1),
    (2131, "28 มีนาคม 2568", "ประชุมพนักงานเทศบาลประจำเดือนมีนาคม 2568", None,
     "<p>นางสาวพิมพ์ชนก อินทรสุวรรณ ปลัดเทศบาล ประชุมหัวหน้าส่วนราชการและพนักงาน เมื่อวันที่ 27 มีนาคม 2568"
     " แจ้งเรื่องการเตรียมรับการประเมิน ITA ประจำปี 2568 โดยขอให้ทุกกองส่งข้อมูลผลการดำเนินงานตามมาตรการจัดการความเสี่ยง"
     "การทุจริตของปีงบประมาณ 2567 ให้สำนักปลัดภายในวันที่ 30 เมษายน 2568 เพื่อจัดทำรายงานผลการดำเนินการเพื่อจัดการความเสี่ยง"
     "การทุจริตและประพฤติมิชอบประจำปี ซึ่งขณะนี้ยังอยู่ระหว่างรวบรวมข้อมูล และเร่งรัดการเบิกจ่ายงบประมาณไตรมาสที่ 3</p>", 1),
    (2127, "18 มีนาคม 2568", "อบรมเชิงปฏิบัติการการจัดทำแผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570) แก้ไข เพิ่มเติม ครั้งที่ 2", "news_b",
     "<p>กองยุทธศาสตร์และงบประมาณ จัดอบรมเชิงปฏิบัติการให้แก่ประธานชุมชนและเจ้าหน้าที่ผู้รับผิดชอบโครงการ 120 คน"
     " เรื่องการจัดทำแผนพัฒนาท้องถิ่นและการเขียนโครงการ ณ ห้องประชุมสภาเทศบาล เมื่อวันที่ 17 มีนาคม 2568"
     " วิทยากรจากสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดชัยบุรินทร์</p>", 1),
    (2122, "24 กุมภาพันธ์ 2568", "โรงเรียนเทศบาล 3 (ชุมชนตลาดใหม่) คว้ารางวัลชนะเลิศการแข่งขันทักษะวิชาการ ระดับจังหวัด", None,
     "<p>นักเรียนโรงเรียนเทศบาล 3 ได้รับรางวัลชนะเลิศการแข่งขันคณิตศาสตร์และการอ่านออกเสียง ในงานมหกรรมการจัดการศึกษา"
     "ท้องถิ่น ระดับจังหวัด เมื่อวันที่ 20 กุมภาพันธ์ 2568</p>", 1),
    (2118, "14 กุมภาพันธ์ 2568", "ประชาคมเมือง รับฟังความคิดเห็นประชาชนเพื่อจัดทำแผนพัฒนาท้องถิ่น ประจำปี 2568", "news_c",
     "<p>เทศบาลนครชัยบุรินทร์ จัดเวทีประชาคมเมือง 4 เขต ระหว่างวันที่ 10 – 13 กุมภาพันธ์ 2568 เปิดโอกาสให้ประชาชน"
     " ประธานชุมชน และภาคเอกชน ร่วมเสนอปัญหาและความต้องการ</p>"
     + table([("เขต 1", "10 ก.พ. 2568", "ศาลาชุมชนตลาดเก่า", "142"), ("เขต 2", "11 ก.พ. 2568", "โรงเรียนเทศบาล 2", "118"),
              ("เขต 3", "12 ก.พ. 2568", "ศาลาชุมชนหนองบัว", "131"), ("เขต 4", "13 ก.พ. 2568", "หอประชุมเทศบาล", "176")],
             ("เขต", "วันที่", "สถานที่", "ผู้เข้าร่วม (คน)"))
     + "<p>รวมผู้เข้าร่วม 567 คน เสนอโครงการ 58 โครงการ เทศบาลจะแจ้งผลการพิจารณาให้ชุมชนทราบผ่านประธานชุมชนและเว็บไซต์</p>", 1),
    (2111, "5 กุมภาพันธ์ 2568", "ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง จำนวน 12 อัตรา", None,
     "<p>เทศบาลนครชัยบุรินทร์ รับสมัครพนักงานจ้างตามภารกิจและพนักงานจ้างทั่วไป 12 อัตรา ระหว่างวันที่ 10 – 21 กุมภาพันธ์ 2568"
     " ณ กองการเจ้าหน้าที่ ชั้น 3</p>", 1),
    (2104, "24 มกราคม 2568", "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2568", None,
     "<p>กองการเจ้าหน้าที่ จัดอบรมพนักงานเทศบาล ลูกจ้าง และพนักงานจ้าง 412 คน เมื่อวันที่ 22 – 23 มกราคม 2568"
     " ทบทวนประมวลจริยธรรมของพนักงานเทศบาล การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา และกรณีศึกษาผลประโยชน์ทับซ้อน"
     " วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดชัยบุรินทร์</p>", 1),
    (2096, "11 มกราคม 2568", "งานวันเด็กแห่งชาติ ประจำปี 2568", None,
     "<p>จัดกิจกรรมวันเด็ก ณ สวนสาธารณะหนองบัว มีเด็กและผู้ปกครองร่วมงานกว่า 5,000 คน</p>", 1),
    (2091, "19 ธันวาคม 2567", "ประชุมคณะทำงานประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ 2568 ครั้งที่ 1/2568", None,
     "<p>คณะทำงานประเมินความเสี่ยงการทุจริตของเทศบาลนครชัยบุรินทร์ ประชุมเมื่อวันที่ 18 ธันวาคม 2567 พิจารณาร่างรายงาน"
     "การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ 2568 (การอนุญาตก่อสร้างอาคาร การจัดซื้อจัดจ้าง การใช้รถส่วนกลาง)"
     " ที่ประชุมมอบหมายสำนักปลัดเทศบาลปรับปรุงมาตรการควบคุมแล้วเสนอนายกเทศมนตรีพิจารณาให้ความเห็นชอบต่อไป</p>", 1),
    (2087, "2 ธันวาคม 2567", "การแข่งขันกีฬาชุมชนสัมพันธ์ ครั้งที่ 18", None,
     "<p>การแข่งขันกีฬา 42 ชุมชน ระหว่างวันที่ 25 – 30 พฤศจิกายน 2567 ณ สนามกีฬาเทศบาล</p>", 1),
    (2079, "1 ตุลาคม 2567", "ผู้บริหารเทศบาลนครชัยบุรินทร์ ประกาศเจตนารมณ์ไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2568", None,
     "<p>นายกเทศมนตรี รองนายกเทศมนตรี ปลัดเทศบาล และหัวหน้าส่วนราชการ ร่วมประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิด"
     f" จากการปฏิบัติหน้าที่ ดาวน์โหลด {a(F['nogift68'], 'ประกาศเทศบาล')}</p>", 1),
    (2061, "20 กันยายน 2567", "สภาเทศบาลนครชัยบุรินทร์ มีมติเห็นชอบร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568", None,
     "<p>ในการประชุมสภาเทศบาลสมัยสามัญ สมัยที่ 3 ครั้งที่ 2 เมื่อวันที่ 19 กันยายน 2567 สภาเทศบาลมีมติเห็นชอบ"
     " ร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 วงเงิน 1,296,400,000 บาท ในวาระที่ 3"
     " โดยจะเสนอผู้ว่าราชการจังหวัดพิจารณาอนุมัติต่อไป</p>", 2),
    (2040, "15 กุมภาพันธ์ 2567", "ประชาคมเมือง ประจำปี 2567", None,
     "<p>จัดเวทีประชาคมเมือง 4 เขต ระหว่างวันที่ 12 – 15 กุมภาพันธ์ 2567 ผู้เข้าร่วม 498 คน</p>", 2),
    (2022, "19 มกราคม 2567", "อบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2567", None,
     "<p>กองการเจ้าหน้าที่จัดอบรมพนักงาน 380 คน เมื่อวันที่ 17 – 18 มกราคม 2567</p>", 2),
]


def news_item(n: int, date: str, title: str, img: str | None) -> str:
    pic = f'<img src="{I[img]}" alt="" width="140" height="90"> ' if img else ""
    return f'<div class="news-item">{pic}<a href="{news(n)}">{html.escape(title)}</a> <span class="date">{date}</span></div>'


def news_pages() -> None:
    for n, date, title, img, body, _ in NEWS:
        pic = f'<p><img src="{I[img]}" alt="{html.escape(title)}" width="280" height="180"></p>' if img else ""
        write(news(n), title, f'<div class="post-meta">โพสต์เมื่อ {date} | ผู้ดูแลระบบ | อ่าน 1,2{n % 10}4 ครั้ง</div>'
              f'{pic}<div class="post-body">{body}</div>', '<li><a href="/th/news/">ข่าวประชาสัมพันธ์</a></li>')
    chunks = [NEWS[i:i + NEWS_PER_PAGE] for i in range(0, len(NEWS), NEWS_PER_PAGE)]
    pager = '<ul class="pagination">' + "".join(
        f'<li><a href="{news_list(k)}">{k}</a></li>' for k in range(1, len(chunks) + 1)) + "</ul>"
    for k, chunk in enumerate(chunks, 1):
        rows = "".join(news_item(n, dt, t, im) for n, dt, t, im, _, _ in chunk)
        write(news_list(k), "ข่าวประชาสัมพันธ์" + (f" (หน้า {k})" if k > 1 else ""), rows + pager)


NEWS_PER_PAGE = 10


def news_list(k: int) -> str:
    return "/th/news/" if k == 1 else f"/th/news/page/{k}/"


# ------------------------------------------------------------------ home
def home() -> None:
    latest = NEWS[:3]
    slider = "".join(f'<div class="slide"><a href="{news(n)}"><img src="{I[im or "news_a"]}" alt="" width="280" height="180">'
                     f'<span>{html.escape(t)}</span></a></div>' for n, _, t, im, _, _ in latest)
    pr = "".join(news_item(n, dt, t, None) for n, dt, t, _, _, _ in NEWS[:8])
    activity = "".join(f'<div class="thumb"><a href="{news(n)}"><img src="{I[im]}" alt="" width="140" height="90"></a>'
                       f'<a href="{news(n)}">{html.escape(t)}</a></div>' for n, _, t, im, _, _ in NEWS if im)
    proc = "".join(f'<li><a href="/th/procurement/">{t}</a> <span class="date">{dt}</span></li>' for t, dt in PROC_NOTICES[:4])
    divs = "".join(f'<li><a href="{div(c)}">{n}</a></li>' for c, n, _, _ in DIVISIONS)
    units = "".join(f'<li><a href="/th/school/{k}/">{n}</a></li>' for k, n in SCHOOLS)
    units += "".join(f'<li><a href="/th/healthcenter/{k}/">{n}</a></li>' for k, n in CENTRES)
    body = (f'<div class="slider">{slider}</div>'
            f'<div class="row"><div class="col-md-8"><h3>ข่าวประชาสัมพันธ์</h3>{pr}'
            '<p><a href="/th/news/">ดูข่าวทั้งหมด »</a></p>'
            f'<h3>ภาพกิจกรรม</h3><div class="gallery">{activity}</div>'
            f'<h3>ประกาศจัดซื้อจัดจ้าง</h3><ul>{proc}</ul></div>'
            f'<div class="col-md-4"><div class="box"><a href="{ITA}"><img src="{I["banner_ita"]}" alt="ITA 2568" width="280" height="80"></a></div>'
            f'<div class="box"><h4>หน่วยงานภายใน</h4><ul>{divs}</ul></div>'
            f'<div class="box"><h4>สถานศึกษาและสถานบริการ</h4><ul>{units}</ul></div>'
            f'<div class="box"><h4>บริการออนไลน์</h4><ul><li><a href="{page("eservice")}">E-Service ยื่นคำร้องออนไลน์</a></li>'
            f'<li><a href="{page("complaint")}">แจ้งเรื่องร้องเรียนการทุจริต</a></li>'
            f'<li><a href="{page("citizen-manual")}">คู่มือสำหรับประชาชน</a></li></ul></div></div></div>')
    doc = HEAD.format(title="หน้าแรก", org=ORG, loc=LOC, logo=I["logo"], nav=nav(), body=body, privacy=page("privacy"))
    with open(os.path.join(HERE, "index.html"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(doc)


# ------------------------------------------------------------------ static pages
def static_pages() -> None:
    write(page("about"), "ประวัติและข้อมูลทั่วไป",
          "<p>เทศบาลนครชัยบุรินทร์ ยกฐานะจากเทศบาลเมืองชัยบุรินทร์เป็นเทศบาลนคร เมื่อปี พ.ศ. 2538 พื้นที่ 38.62 ตารางกิโลเมตร"
          " 42 ชุมชน ประชากร 118,406 คน 52,310 ครัวเรือน</p><p>สภาพเศรษฐกิจ: ศูนย์กลางการค้าและบริการของจังหวัด"
          " มีตลาดสดเทศบาล 3 แห่ง โรงเรียนในสังกัด 6 แห่ง ศูนย์บริการสาธารณสุข 3 แห่ง</p>")
    write(page("mayor-policy"), "นโยบายการบริหารของนายกเทศมนตรีนครชัยบุรินทร์",
          "<p>แถลงต่อสภาเทศบาล เมื่อวันที่ 5 มิถุนายน 2566</p><ol><li>พัฒนาโครงสร้างพื้นฐานตามแผนพัฒนาท้องถิ่น"
          " ถนน ท่อระบายน้ำ ไฟฟ้าส่องสว่าง</li><li>จัดทำเทศบัญญัติงบประมาณรายจ่ายอย่างโปร่งใส เปิดให้ประชาชนมีส่วนร่วม</li>"
          "<li>ยกระดับโรงเรียนเทศบาลและศูนย์บริการสาธารณสุข</li><li>บริหารงานโปร่งใส ต่อต้านการทุจริต ไม่รับของขวัญ</li></ol>")
    chart = (f'<p><img src="{I["chart"]}" alt="แผนภูมิโครงสร้างเทศบาลนครชัยบุรินทร์" width="860" height="470"></p>'
             "<h3>ฝ่ายการเมือง</h3><ul><li>สภาเทศบาลนครชัยบุรินทร์ สมาชิก 24 คน (ประธานสภา รองประธานสภา เลขานุการสภา)</li>"
             "<li>นายกเทศมนตรี 1 คน รองนายกเทศมนตรี 4 คน ที่ปรึกษานายกเทศมนตรี 3 คน เลขานุการนายกเทศมนตรี 3 คน</li></ul>"
             "<h3>ฝ่ายประจำ</h3><ul><li>ปลัดเทศบาล รองปลัดเทศบาล 3 คน</li>"
             + "".join(f"<li>{n}</li>" for _, n, _, _ in DIVISIONS)
             + "<li>กองสวัสดิการสังคม</li><li>หน่วยตรวจสอบภายใน</li></ul>")
    write(page("structure"), "โครงสร้างส่วนราชการ", chart, '<li><a href="#">ข้อมูลเทศบาล</a></li>')
    write(page("authority"), "อำนาจหน้าที่ของเทศบาลนคร",
          "<p>สรุปอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542</p>"
          "<h3>หน้าที่ที่ต้องทำ (มาตรา 50, 53, 56)</h3><ol><li>รักษาความสงบเรียบร้อยของประชาชน</li>"
          "<li>ให้มีและบำรุงทางบกและทางน้ำ</li><li>รักษาความสะอาดของถนน ที่สาธารณะ การกำจัดมูลฝอย</li>"
          "<li>ป้องกันและระงับโรคติดต่อ</li><li>ให้มีน้ำสะอาดหรือการประปา</li><li>ให้มีโรงฆ่าสัตว์ ตลาด</li>"
          "<li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>ให้มีการสาธารณูปการ การสังคมสงเคราะห์ และการวางผังเมือง</li></ol>"
          "<h3>หน้าที่ตามมาตรา 16 พ.ร.บ.กำหนดแผนฯ</h3><ol><li>การจัดทำแผนพัฒนาท้องถิ่นของตนเอง</li>"
          "<li>การจัดการศึกษา</li><li>การสาธารณสุข การอนามัยครอบครัว และการรักษาพยาบาล</li>"
          "<li>การควบคุมอาคาร</li><li>การผังเมือง</li></ol>", '<li><a href="#">ข้อมูลเทศบาล</a></li>')
    execs = [("mayor", "นายวรพงษ์ ธนากุลศักดิ์", "นายกเทศมนตรีนครชัยบุรินทร์", "08 1765 4321"),
             ("dep1", "นายชาตรี บุญประเสริฐ", "รองนายกเทศมนตรี", "08 1765 4322"),
             ("dep2", "นางอรุณี ศักดิ์สิทธิ์", "รองนายกเทศมนตรี", "08 1765 4323"),
             ("dep3", "นายพงศกร มีสุข", "รองนายกเทศมนตรี", "08 1765 4324"),
             ("palad", "นางสาวพิมพ์ชนก อินทรสุวรรณ", "ปลัดเทศบาลนครชัยบุรินทร์", "0 4481 2000 ต่อ 102")]
    cards = "".join(f'<div class="card"><img src="{I[k]}" alt="{n}" width="100" height="128"><h4>{n}</h4><p>{p}</p>'
                    f'<p>โทร. {t}</p></div>' for k, n, p, t in execs)
    write(page("executives"), "คณะผู้บริหาร", cards + "<p>รองนายกเทศมนตรี คนที่ 4 (ว่าง)</p>")
    write(page("council"), "สภาเทศบาลนครชัยบุรินทร์",
          "<p>ประธานสภาเทศบาล นายสุรชัย แก้วมณี รองประธานสภา นางเพ็ญศรี ทองดี สมาชิกสภาเทศบาล 24 คน (4 เขตเลือกตั้ง)</p>")
    write(page("contact"), "ติดต่อเทศบาล",
          "<p>สำนักงานเทศบาลนครชัยบุรินทร์ เลขที่ 1 ถนนเทศบาลบำรุง ตำบลในเมือง อำเภอเมืองชัยบุรินทร์ จังหวัดชัยบุรินทร์ 30500</p>"
          "<p>โทรศัพท์ 0 4481 2000 โทรสาร 0 4481 2099 ศูนย์รับเรื่องราวร้องทุกข์ สายด่วน 1132</p>"
          "<p>อีเมล saraban@chaiburincity.go.th | Facebook: เทศบาลนครชัยบุรินทร์</p>"
          + table([(n, h, f"0 4481 2000 ต่อ {x}") for _, n, h, x in DIVISIONS], ("ส่วนราชการ", "ผู้อำนวยการ", "โทรศัพท์"))
          + '<p><a href="https://maps.google.com/?q=15.1201,102.0544" target="_blank">แผนที่ Google Maps</a></p>')
    services = [
        ("การขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร (มาตรา 21)", "กองช่าง ชั้น 2", "ยื่นคำขอ (แบบ ข.1) → ตรวจสอบเอกสาร"
         " → ตรวจสถานที่ → พิจารณาออกใบอนุญาต (แบบ อ.1)", "45 วัน", "ตามกฎกระทรวง (ตร.ม. ละ 0.50 – 4 บาท)",
         "บัตรประชาชน ทะเบียนบ้าน โฉนดที่ดิน แบบแปลน 5 ชุด รายการคำนวณ"),
        ("การลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ", "สำนักปลัดเทศบาล (งานสวัสดิการ) / ออนไลน์", "ยื่นแบบคำขอ → ตรวจสอบคุณสมบัติ"
         " → ประกาศรายชื่อ", "1 วัน (รับเงินเดือนถัดไป)", "ไม่มีค่าธรรมเนียม", "บัตรประชาชน ทะเบียนบ้าน สมุดบัญชีเงินฝาก"),
        ("การชำระภาษีที่ดินและสิ่งปลูกสร้าง", "กองคลัง ชั้น 1 / QR code", "ตรวจสอบใบแจ้งการประเมิน → ชำระเงิน → รับใบเสร็จ",
         "10 นาที", "ตามอัตราภาษี", "ใบแจ้งการประเมิน (ภ.ด.ส.6)"),
    ]
    rows = "".join(f"<h3>{s}</h3><ul><li>สถานที่/ช่องทาง: {ch}</li><li>ขั้นตอน: {st}</li><li>ระยะเวลา: {t}</li>"
                   f"<li>ค่าธรรมเนียม: {fee}</li><li>เอกสารที่ใช้: {doc}</li></ul>" for s, ch, st, t, fee, doc in services)
    write(page("citizen-manual"), "คู่มือสำหรับประชาชน", "<p>ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ"
          " พ.ศ. 2558</p>" + rows)
    write(page("eservice"), "E-Service ระบบบริการออนไลน์",
          "<p>ประชาชนสามารถยื่นคำร้องผ่านระบบออนไลน์ได้ตลอด 24 ชั่วโมง โดยไม่ต้องเดินทางมาสำนักงาน</p>"
          '<form action="/th/eservice/submit" method="post"><label>ประเภทคำร้อง <select name="type">'
          "<option>ขอรับการซ่อมแซมไฟฟ้าส่องสว่าง</option><option>ขอรถน้ำ / รถดูดสิ่งปฏิกูล</option>"
          "<option>ขอตัดกิ่งไม้</option><option>ขอใช้สถานที่</option></select></label>"
          '<label>ชื่อ-นามสกุล <input name="name"></label><label>เบอร์โทรศัพท์ <input name="phone"></label>'
          '<label>รายละเอียด <textarea name="detail"></textarea></label><label>แนบไฟล์ <input type="file" name="file"></label>'
          "<button type=\"submit\">ส่งคำร้อง</button></form>"
          '<p>บริการอื่น: <a href="https://forms.gle/ChaiburinTax2568" target="_blank">แจ้งชำระภาษีออนไลน์ (Google Form)</a></p>')
    write(page("complaint"), "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้ร้องเรียนสามารถแจ้งได้โดยไม่ต้องระบุชื่อ ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับ</p>"
          '<form action="/th/complaint/submit" method="post"><label>ชื่อ (ไม่บังคับ) <input name="name"></label>'
          '<label>หน่วยงาน/เจ้าหน้าที่ที่ถูกร้องเรียน <input name="target"></label><label>รายละเอียด <textarea name="detail">'
          '</textarea></label><label>หลักฐาน <input type="file" name="evidence"></label><button>ส่งเรื่อง</button></form>'
          "<p>ช่องทางอื่น: ศูนย์รับเรื่องราวร้องทุกข์ ชั้น 1 / ตู้รับเรื่องร้องเรียน / โทร. 1132 /"
          ' <a href="https://www.nacc.go.th/" target="_blank">สำนักงาน ป.ป.ช.</a></p>'
          f'<p>ขั้นตอนการจัดการเรื่องร้องเรียน: {a(F["complaint_manual"], "คู่มือการจัดการเรื่องร้องเรียน")}</p>')
    write(page("complaint-stat"), "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          f'<ul><li>{a(F["complaint_stat67"], "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปี")} (ไฟล์ Excel)</li></ul>'
          "<p>หมายเหตุ: ข้อมูลปรับปรุงทุกสิ้นปีงบประมาณ</p>")
    write(page("integrity"), "ส่งเสริมคุณธรรมและความโปร่งใส",
          f'<ul><li>{a(F["nogift68"], "ประกาศนโยบาย No Gift Policy")}</li>'
          f'<li>{a(F["acp68"], "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2568")}</li>'
          f'<li>{a(F["ethics"], "ประมวลจริยธรรมของพนักงานเทศบาล")}</li>'
          f'<li><a href="{ITA}">ข้อมูลสาธารณะ ITA 2568</a></li></ul>')
    write(page("privacy"), "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>เทศบาลนครชัยบุรินทร์เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write(page("infocenter"), "ศูนย์ข้อมูลข่าวสาร",
          "<p>ข้อมูลข่าวสารตามมาตรา 7 และมาตรา 9 แห่งพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 จัดเก็บแยกตามหน่วยงาน</p><ul>"
          + "".join(f'<li><a href="{div(c, "download/")}">เอกสารเผยแพร่ {n}</a></li>' for c, n, _, _ in DIVISIONS
                    if c in DOWNLOADS) + f'<li><a href="{page("structure")}">โครงสร้างส่วนราชการ</a></li></ul>')


# ------------------------------------------------------------------ division download pages (5 rows a page)
DOWNLOADS = {  # code -> [(text, href, date)], newest first
    "yutthasat": [
        ("รายงานการประชุมคณะกรรมการพัฒนาเทศบาล ครั้งที่ 1/2568", F["minutes68"], "21 มี.ค. 2568"),
        ("รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ประจำปีงบประมาณ พ.ศ. 2567", F["eval67"], "20 ธ.ค. 2567"),
        ("รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน", F["r6m67"], "29 เม.ย. 2567"),
        ("แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567", F["ap67"], "27 ต.ค. 2566"),
        ("เทศบัญญัติงบประมาณรายจ่ายประจำปี", F["budget67"], "14 ก.ย. 2566"),
        ("แผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570)", F["plan66"], "28 ต.ค. 2565"),
        ("แผนพัฒนาท้องถิ่นสี่ปี (พ.ศ. 2561 – 2564)", F["plan61"], "2 พ.ย. 2560"),
    ],
    "klang": [
        ("รายงานผลการใช้จ่ายงบประมาณ ปีงบประมาณ 2567", F["spend67"], "15 พ.ย. 2567"),
        ("คู่มือการปฏิบัติงาน งานพัฒนาและจัดเก็บรายได้", F["manual"], "12 มิ.ย. 2566"),
    ],
    "phatsadu": [
        ("สรุปผลการจัดซื้อจัดจ้าง (สขร.1) เดือนมีนาคม 2568", F["skr_mar"], "9 เม.ย. 2568"),
        ("สรุปผลการจัดซื้อจัดจ้าง (สขร.1) เดือนมกราคม 2568", F["skr_jan"], "10 ก.พ. 2568"),
        ("สรุปผลการจัดซื้อจัดจ้าง (สขร.1) เดือนธันวาคม 2567", F["skr_dec"], "10 ม.ค. 2568"),
        ("สรุปผลการจัดซื้อจัดจ้าง (สขร.1) เดือนพฤศจิกายน 2567", F["skr_nov"], "9 ธ.ค. 2567"),
        ("สรุปผลการจัดซื้อจัดจ้าง (สขร.1) เดือนตุลาคม 2567", F["skr_oct"], "8 พ.ย. 2567"),
        ("รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2567", F["proc67"], "25 ต.ค. 2567"),
        ("สรุปผลการจัดซื้อจัดจ้าง (สขร.1) เดือนกุมภาพันธ์", F["skr_feb67"], "11 มี.ค. 2567"),
    ],
    "suksa": [
        ("รายงานผลการดำเนินงานประจำปี โรงเรียนเทศบาล 2", F["school2_sar67"], "10 มี.ค. 2568"),
        ("แผนปฏิบัติการประจำปีงบประมาณ 2568 โรงเรียนเทศบาล 1", F["school1_ap68"], "5 พ.ย. 2567"),
    ],
    "satharanasuk": [
        ("สถิติผู้รับบริการ ศูนย์บริการสาธารณสุข 2 ปีงบประมาณ 2568", F["hc2_stat"], "10 เม.ย. 2568"),
        ("สถิติผู้มารับบริการ ศูนย์บริการสาธารณสุข 1 ปีงบประมาณ 2568", F["hc1_stat"], "8 เม.ย. 2568"),
    ],
    "personnel": [
        ("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ 2567", F["hr_report67"], "20 พ.ย. 2567"),
        ("แผนอัตรากำลัง 3 ปี (พ.ศ. 2567 – 2569)", F["hr_plan67"], "4 ต.ค. 2567"),
        ("ประมวลจริยธรรมของพนักงานเทศบาล ลูกจ้างประจำ และพนักงานจ้าง", F["ethics"], "16 ม.ค. 2566"),
        ("แผนอัตรากำลัง 3 ปี (พ.ศ. 2564 – 2566)", F["hr_plan64"], "25 ก.ย. 2563"),
    ],
    "palad": [
        ("รายงานการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ 2568 (ร่าง)", F["risk68"], "2 ธ.ค. 2567"),
        ("รายงานการรับของขวัญ ประจำปี 2567", F["gift67"], "18 ต.ค. 2567"),
        ("ข้อมูลสถิติเรื่องร้องเรียน ปีงบประมาณ 2567", F["complaint_stat67"], "7 ต.ค. 2567"),
        ("ประกาศ No Gift Policy", F["nogift68"], "1 ต.ค. 2567"),
        ("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2568", F["acp68"], "25 ก.ย. 2567"),
        ("คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", F["complaint_manual"], "19 ส.ค. 2565"),
    ],
}
PER_PAGE = 5


def ext_size(href: str) -> str:
    path = os.path.join(HERE, href.lstrip("/"))
    size = os.path.getsize(path) if os.path.exists(path) else 0
    return f'{href.rsplit(".", 1)[-1].upper()} {size / 1024:.0f} KB'


def division_pages() -> None:
    for code, name, head, ext in DIVISIONS:
        crumb = '<li><a href="#">หน่วยงานภายใน</a></li>'
        extra = ""
        if code == "suksa":
            extra = "<h3>สถานศึกษาในสังกัด</h3><ul>" + "".join(f'<li><a href="/th/school/{k}/">{n}</a></li>' for k, n in SCHOOLS) + "</ul>"
        if code == "satharanasuk":
            extra = "<h3>ศูนย์บริการสาธารณสุข</h3><ul>" + "".join(
                f'<li><a href="/th/healthcenter/{k}/">{n}</a></li>' for k, n in CENTRES) + "</ul>"
        if code == "chang":
            extra = (f'<p>งานขออนุญาตก่อสร้างอาคาร งานสาธารณูปโภค งานผังเมือง ดูขั้นตอนได้ที่ <a href="{page("citizen-manual")}">'
                     "คู่มือสำหรับประชาชน</a></p>")
        dl = f'<p><a href="{div(code, "download/")}">เอกสารดาวน์โหลด</a></p>' if code in DOWNLOADS else ""
        write(div(code), name, f"<p>ผู้อำนวยการ{name if code != 'palad' else 'สำนักปลัดเทศบาล'}: {head}</p>"
              f"<p>โทรศัพท์ 0 4481 2000 ต่อ {ext}</p>{extra}{dl}", crumb)
    for code, rows in DOWNLOADS.items():
        name = DIVNAME[code]
        pages = [rows[i:i + PER_PAGE] for i in range(0, len(rows), PER_PAGE)]
        pager = ""
        if len(pages) > 1:
            pager = ('<ul class="pagination">' + "".join(
                f'<li><a href="{div(code, "download/" if k == 0 else f"download/page/{k + 1}/")}">{k + 1}</a></li>'
                for k in range(len(pages))) + f'<li><a href="{div(code, f"download/page/{len(pages)}/")}">หน้าสุดท้าย</a></li></ul>')
        for k, chunk in enumerate(pages):
            trs = "".join(f"<tr><td>{a(h, t)}</td><td>{dt}</td><td>{ext_size(h)}</td></tr>" for t, h, dt in chunk)
            body = (f'<table class="table download"><thead><tr><th>ชื่อเอกสาร</th><th>วันที่</th><th>ขนาดไฟล์</th></tr></thead>'
                    f"<tbody>{trs}</tbody></table>{pager}")
            url = div(code, "download/" if k == 0 else f"download/page/{k + 1}/")
            write(url, f"เอกสารดาวน์โหลด {name}" + (f" (หน้า {k + 1})" if k else ""), body,
                  f'<li><a href="{div(code)}">{name}</a></li>')


# ------------------------------------------------------------------ schools, health centres, procurement notices
def unit_pages() -> None:
    for k, name in SCHOOLS:
        doc = {1: f'<li>{a(F["school1_ap68"], "แผนปฏิบัติการประจำปีงบประมาณ 2568")}</li>',
               2: f'<li>{a(F["school2_sar67"], "รายงานผลการดำเนินงานประจำปี (SAR) ปีการศึกษา 2567")}</li>'}.get(k, "")
        write(f"/th/school/{k}/", name, f"<p>สังกัดกองการศึกษา {ORG} เปิดสอนระดับอนุบาล – ประถมศึกษาปีที่ 6"
              f" นักเรียน {420 + k * 57} คน</p><h3>เอกสารของโรงเรียน</h3><ul>{doc or '<li>-</li>'}</ul>",
              f'<li><a href="{div("suksa")}">กองการศึกษา</a></li>')
    for k, name in CENTRES:
        doc = {1: f'<li>{a(F["hc1_stat"], "สถิติผู้มารับบริการ ต.ค. 67 – มี.ค. 68")}</li>',
               2: f'<li>{a(F["hc2_stat"], "สถิติผู้รับบริการ ปีงบประมาณ 2568")}</li>'}.get(k, "")
        write(f"/th/healthcenter/{k}/", name, "<p>บริการตรวจรักษาโรคทั่วไป ฝากครรภ์ วัคซีน ทันตกรรม คลินิกโรคเรื้อรัง"
              " เปิดบริการจันทร์ – ศุกร์ 08.00 – 16.00 น.</p>"
              f"<h3>ข้อมูลการให้บริการ</h3><ul>{doc or '<li>อยู่ระหว่างปรับปรุงข้อมูล</li>'}</ul>",
              f'<li><a href="{div("satharanasuk")}">กองสาธารณสุขและสิ่งแวดล้อม</a></li>')
    rows = "".join(f"<tr><td>{t}</td><td>{dt}</td><td>{a(h, 'ดาวน์โหลด') if h else '-'}</td></tr>"
                   for t, dt, h in PROC_NOTICE_ROWS)
    write("/th/procurement/", "ประกาศจัดซื้อจัดจ้าง",
          f'<table class="table"><thead><tr><th>เรื่อง</th><th>วันที่</th><th>เอกสาร</th></tr></thead><tbody>{rows}</tbody></table>'
          '<p>ดูประกาศทั้งหมดได้ที่ <a href="https://www.gprocurement.go.th/" target="_blank">ระบบ e-GP</a></p>')


PROC_NOTICE_ROWS = [
    ("ประกาศประกวดราคาจ้างก่อสร้างถนน คสล. ซอยชัยบุรินทร์ 30 ด้วยวิธีประกาศเชิญชวนทั่วไป (e-bidding)", "22 เมษายน 2568", ""),
    ("ประกาศผู้ชนะการเสนอราคา ซื้อทรายอะเบท กำจัดลูกน้ำยุงลาย", "10 มีนาคม 2568", ""),
    ("ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์และเข้าเล่มแผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570) แก้ไข เพิ่มเติม ครั้งที่ 1/2568",
     "20 มกราคม 2568", F["print_notice"]),
    ("ประกาศผู้ชนะการเสนอราคา จ้างจัดงานเทศกาลปีใหม่ 2568", "16 ธันวาคม 2567", ""),
    ("ประกาศแผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568", "28 ตุลาคม 2567", ""),
]
PROC_NOTICES = [(t, dt) for t, dt, _ in PROC_NOTICE_ROWS]


def shown(href: str) -> str:
    """How the CMS prints a URL in the ITA table: absolute and cut at 45 characters."""
    full = "https://www.chaiburincity.go.th" + href
    return full if len(full) <= 45 else full[:45] + "..."


# ------------------------------------------------------------------ the ITA page: a long list grouped by sub-indicator
def ita_page() -> None:
    groups = [
        ("ตัวชี้วัดที่ 9.1 ข้อมูลพื้นฐาน", [
            ("O1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้างส่วนราชการ", page("structure")), ("อำนาจหน้าที่", page("authority"))]),
            ("O2", "ข้อมูลผู้บริหาร", [("คณะผู้บริหาร", page("executives"))]),
            ("O3", "ข้อมูลการติดต่อ", [("ติดต่อเทศบาล", page("contact"))]),
            ("O4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/th/news/")]),
        ]),
        ("ตัวชี้วัดที่ 9.2 การบริหารงานและการใช้จ่ายงบประมาณ", [
            ("O5", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", [("แผนพัฒนาท้องถิ่น", div("yutthasat", "download/page/2/"))]),
            ("O6", "แผนปฏิบัติและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี",
             [("แผนการดำเนินงาน", F["ap67"]), ("เทศบัญญัติงบประมาณรายจ่าย", F["budget67"]), ("รายงานรอบ 6 เดือน", F["r6m67"])]),
            ("O7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการติดตามและประเมินผลแผน", F["eval67"]),
                                                   ("รายงานผลการใช้จ่ายงบประมาณ", F["spend67"])]),
            ("O8", "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", [("คู่มือการปฏิบัติงาน", F["manual"])]),
            ("O9", "คู่มือหรือแนวทางการขอรับบริการ", [("คู่มือสำหรับประชาชน", page("citizen-manual"))]),
            ("O10", "E-Service", [("E-Service", page("eservice"))]),
            ("O11", "ข้อมูลสถิติการให้บริการ", [("สถิติการให้บริการ", div("satharanasuk", "download/"))]),
        ]),
        ("ตัวชี้วัดที่ 9.3 การจัดซื้อจัดจ้าง", [
            ("O12", "รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ และความก้าวหน้า", [("สขร.1 รายเดือน", div("phatsadu", "download/"))]),
            ("O13", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", [("รายงานประจำปี 2567", F["proc67"])]),
        ]),
        ("ตัวชี้วัดที่ 9.4 การบริหารและพัฒนาทรัพยากรบุคคล", [
            ("O14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", [("แผนอัตรากำลัง 3 ปี", F["hr_plan67"])]),
            ("O15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", [("รายงานผล ปี 2567", F["hr_report67"])]),
            ("O16", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", [("ประมวลจริยธรรม", F["ethics"]),
                                                              ("กิจกรรมอบรมคุณธรรมจริยธรรม 2568", news(2104))]),
        ]),
        ("ตัวชี้วัดที่ 9.5 การส่งเสริมความโปร่งใส", [
            ("O17", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("คู่มือ", F["complaint_manual"])]),
            ("O18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", [("แจ้งเรื่องร้องเรียน", page("complaint"))]),
            ("O19", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี", [("สถิติเรื่องร้องเรียน", page("complaint-stat"))]),
            ("O20", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", [("ประชาคมเมือง 2568", news(2118))]),
        ]),
        ("ตัวชี้วัดที่ 10.1 การดำเนินการเพื่อป้องกันการทุจริตในประเด็นสินบน", [
            ("O21", "ประกาศเจตนารมณ์ No Gift Policy", [("ประกาศ", F["nogift68"])]),
            ("O22", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา", [("รายงาน", F["gift67"])]),
            ("O23", "การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบน", [("รายงานการประเมินความเสี่ยง", F["risk68"])]),
            ("O24", "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", []),
        ]),
        ("ตัวชี้วัดที่ 10.2 การส่งเสริมคุณธรรมและความโปร่งใส", [
            ("O25", "แผนปฏิบัติการป้องกันการทุจริต", [("แผนปฏิบัติการ ปี 2568", F["acp68"])]),
            ("O26", "รายงานผลการดำเนินการป้องกันการทุจริต", [("รายงานผล ปี 2567", F["acp_report67"])]),
        ]),
    ]
    parts = ["<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT)"
             f" ประจำปีงบประมาณ พ.ศ. 2568 {ORG}</p>"]
    for head, items in groups:
        parts.append(f'<h3 class="ita-group">{head}</h3><table class="table ita"><thead><tr><th>ข้อ</th><th>รายการ</th>'
                     '<th>URL</th><th>คำอธิบาย</th></tr></thead><tbody>')
        for code, title, links in items:
            urls = "<br>".join(f'<a href="{h}" target="_blank">{shown(h)}</a>' for _, h in links) or "อยู่ระหว่างดำเนินการ"
            steps = "<br>".join(f"{k + 1}. หน้าหลักของเว็บไซต์ เลือก {t}" for k, (t, _) in enumerate(links)) or "-"
            parts.append(f"<tr><td>{code.lower()}</td><td>{title}</td><td>{urls}</td><td>{steps}</td></tr>")
        parts.append("</tbody></table>")
    write(ITA, "ข้อมูลสาธารณะ ITA 2568", "".join(parts), '<li><a href="#">ITA</a></li>')


def assets() -> None:
    css = ("body{font-family:'Sarabun',sans-serif;margin:0}.container{max-width:1140px;margin:auto}"
           ".navbar-nav{display:flex;list-style:none}.dropdown-menu{display:none;position:absolute}"
           ".dropdown:hover .dropdown-menu{display:block}.sidebar .box{margin-bottom:12px}"
           ".row{display:flex;gap:16px}.col-md-3{flex:0 0 25%}.col-md-4{flex:0 0 32%}.col-md-8,.col-md-9{flex:1}"
           ".col{flex:1}.nav-link{padding:8px 14px;display:block}.slider{display:flex;gap:8px}"
           ".slide span{display:block}.gallery{display:flex;flex-wrap:wrap;gap:8px}.thumb{width:140px;font-size:13px}"
           ".card{display:inline-block;width:180px;vertical-align:top;text-align:center}"
           ".table{border-collapse:collapse}.table td,.table th{border:1px solid #ccc;padding:4px}"
           ".breadcrumb{display:flex;list-style:none;padding:0;gap:6px}.pagination{display:flex;list-style:none;gap:6px}")
    for name, text in (("css/bootstrap.min.css", "/* bootstrap subset */" + css), ("css/city.css", ".site-header{background:#7a1420;color:#fff}"),
                       ("js/bootstrap.bundle.min.js", "/* dropdowns are pure CSS */")):
        path = os.path.join(HERE, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text + "\n")


def main() -> None:
    assets()
    home()
    static_pages()
    news_pages()
    division_pages()
    unit_pages()
    ita_page()


if __name__ == "__main__":
    main()
