"""Generate the HTML pages of the "paosouth" test site (องค์การบริหารส่วนจังหวัดสินธุสาคร, invented).

Run:  python tests/sites/paosouth/_make_pages.py   (after _make_docs.py)

The main site (top bar, menu, side column with the chief executive and quick links, footer) has
about pages, news (/news/, /news/page/2/), a download section by category (/download/<cat>/), the
monthly procurement list (/procurement/), E-Service and complaint pages.  The ITA mini-site under
/ita/ has its own template: /ita/ is the OIT 2569 table (o1 … o26 in the office's short wording),
each row leading to an item page /ita/oN/ that links files, main-site pages or category lists;
last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "องค์การบริหารส่วนจังหวัดสินธุสาคร"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "ข้อบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือราชการ / เอกสารทั่วไป"}
MISSING_SIZE = "286.4 KB"
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key)


def size(key: str) -> str:
    path = os.path.join(HERE, f(key).lstrip("/"))
    return f"{os.path.getsize(path) / 1024:.1f} KB" if os.path.exists(path) else MISSING_SIZE


MENU = [("หน้าแรก", "/"), ("ข้อมูลพื้นฐาน", "/about/history/"), ("โครงสร้างองค์กร", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("สภา อบจ.", "/about/council/"), ("ข่าวประชาสัมพันธ์", "/news/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลดเอกสาร", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/main.css"></head>
<body>
<div class="topbar">{ORG} · สายด่วน อบจ. 0 7561 2400 · <a href="https://www.facebook.com/">Facebook</a></div>
<header><img src="/assets/logo.png" alt="ตรา อบจ.สินธุสาคร" width="72" height="72">
<span class="org">{ORG}</span><br><span class="en">Sinthu Sakhon Provincial Administrative Organization</span></header>
<nav><ul class="menu">
{menu}
</ul></nav>
<div class="container"><aside class="sidebar">
<div class="widget"><h3>นายก อบจ.สินธุสาคร</h3><p>นายวีระพงศ์ ศรีสมุทร</p></div>
<div class="widget"><h3>ลิงก์ด่วน</h3><ul>
<li><a href="/ita/">ITA คุณธรรมและความโปร่งใส</a></li><li><a href="/download/manual/">คู่มือประชาชน</a></li>
<li><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a></li><li><a href="/eservice/">E-Service</a></li>
<li><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></li><li><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
</ul></div>
<div class="widget">ผู้เข้าชมวันนี้ ๔๑๒ · ทั้งหมด ๑,๒๐๔,๕๗๓</div>
</aside>
<main class="content">
<h1>{esc(title)}</h1>
{body}
</main></div>
<footer>{ORG} ถนนสมุทรวิถี ตำบลปากน้ำ อำเภอเมืองสินธุสาคร จังหวัดสินธุสาคร 94990<br>
โทรศัพท์ 0 7561 2400 โทรสาร 0 7561 2499 อีเมล saraban@sinthusakhon-pao.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a></footer>
</body></html>
"""


ITA_MENU = [("หน้าหลัก ITA", "/ita/"), ("OIT 2569", "/ita/"), ("OIT 2568", "/ita/2568/"), ("กลับสู่เว็บไซต์หลัก", "/")]


def ita_layout(title: str, body: str) -> str:
    menu = " | ".join(f'<a href="{u}">{esc(t)}</a>' for t, u in ITA_MENU)
    items = "".join(f'<li><a href="/ita/o{n}/">o{n}</a></li>' for n in range(1, 27))
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - ITA อบจ.สินธุสาคร</title>
<link rel="stylesheet" href="/assets/ita.css"></head>
<body>
<div class="ita-head"><b>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)</b><br>{ORG}</div>
<div class="ita-menu">{menu}</div>
<div class="ita-wrap"><div class="ita-side"><b>ตัวชี้วัด OIT</b><ul>{items}</ul></div>
<div class="ita-main"><h2>{esc(title)}</h2>
{body}
</div></div>
<div class="ita-foot">ITA {ORG} · ผู้ดูแล: งานนิติการ สำนักปลัด โทร. 0 7561 2400 ต่อ 121</div>
</body></html>
"""


PAGES: dict[str, str] = {}


def page(path: str, title: str, body: str) -> None:
    PAGES[path] = layout(title, body)


def a(key: str, text: str | None = None) -> str:
    return f'<a href="{f(key)}">{esc(text or ROWS[key][0])}</a>'


# ---------------------------------------------------------------- news
NEWS = [  # id, date, title, body
    (5127, "3 เม.ย. 2569", "อบจ.สินธุสาคร เตรียมความพร้อมจัดงานประเพณีสงกรานต์อันดามัน ประจำปี 2569",
     "นายก อบจ. ประชุมหน่วยงานที่เกี่ยวข้องเพื่อเตรียมจัดงานสงกรานต์ระหว่างวันที่ 12 - 14 เมษายน 2569 ณ ชายหาดปากน้ำ"),
    (5114, "24 ก.พ. 2569", "สรุปผลการประชุมประชาคมท้องถิ่นระดับอำเภอ เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2569",
     "ระหว่างวันที่ 9 - 20 กุมภาพันธ์ 2569 อบจ.สินธุสาคร จัดประชุมประชาคมท้องถิ่นระดับอำเภอครบทั้ง 8 อำเภอ มีผู้เข้าร่วม 1,146 คน "
     "ได้แก่ กำนัน ผู้ใหญ่บ้าน ผู้แทนประชาคมหมู่บ้าน และประชาชนทั่วไป ประชาชนเสนอโครงการ 214 โครงการ ส่วนใหญ่เป็นถนนและแหล่งน้ำ "
     "กองยุทธศาสตร์และงบประมาณจะนำข้อเสนอไปบรรจุในร่างแผนพัฒนาท้องถิ่นต่อไป"),
    (5102, "30 ม.ค. 2569", "โครงการอบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2569",
     "อบจ.สินธุสาคร จัดอบรมพนักงานส่วนจังหวัดและพนักงานจ้าง 286 คน เรื่องประมวลจริยธรรมของพนักงานส่วนท้องถิ่น Do's & Don'ts "
     "และหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา เพื่อขับเคลื่อนจริยธรรมในองค์กร"),
    (5096, "10 ม.ค. 2569", "อบจ.สินธุสาคร จัดงานวันเด็กแห่งชาติ ประจำปี 2569", "มีเด็กและผู้ปกครองเข้าร่วมกว่า 3,000 คน ณ สนามกีฬากลางจังหวัด"),
    (5083, "12 ธ.ค. 2568", "ส่งมอบถนนลาดยางสายบ้านทุ่งโพธิ์ - บ้านคลองหิน", "ระยะทาง 4.2 กิโลเมตร งบประมาณตามข้อบัญญัติปี 2569"),
    (5071, "27 พ.ย. 2568", "อบจ.สินธุสาคร ช่วยเหลือผู้ประสบอุทกภัย อำเภอท่าน้ำลึก", "มอบถุงยังชีพ 1,200 ชุด และรถบรรทุกน้ำออกช่วยเหลือประชาชน"),
    (5060, "8 ต.ค. 2568", "ประชุมสภา อบจ.สินธุสาคร สมัยสามัญ สมัยที่ 4 ประจำปี 2568", "สภา อบจ. ประชุมพิจารณาญัตติจ่ายขาดเงินสะสม"),
]
OLD_NEWS = [(4890, "18 ก.พ. 2568", "ประชุมประชาคมท้องถิ่นระดับอำเภอ ประจำปี 2568",
             "อบจ.สินธุสาคร จัดประชุมประชาคมท้องถิ่นระดับอำเภอ 8 อำเภอ ระหว่างวันที่ 10 - 21 กุมภาพันธ์ 2568 ผู้เข้าร่วม 1,021 คน"),
            (4852, "5 ธ.ค. 2567", "อบจ.สินธุสาคร รับมือมรสุม จัดตั้งศูนย์ช่วยเหลือผู้ประสบภัย", ""),
            (4811, "2 ต.ค. 2567", "พิธีประกาศเจตนารมณ์ No Gift Policy ประจำปี 2568", "")]


def news_list(items, more: str) -> str:
    rows = "\n".join(f'<li><span class="date">{dt}</span> <a href="/news/{i}/">{esc(t)}</a></li>' for i, dt, t, _ in items)
    return f'<ul class="news">\n{rows}\n</ul>\n{more}'


# ---------------------------------------------------------------- build


def build() -> None:
    latest = "".join(f'<li>{dt} <a href="/news/{i}/">{esc(t)}</a></li>' for i, dt, t, _ in NEWS[:5])
    page("/", "หน้าแรก", f"""<div class="banner">ยินดีต้อนรับสู่เว็บไซต์ {ORG}</div>
<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2><ul>{latest}</ul><p><a href="/news/">ดูข่าวทั้งหมด</a></p>
<h2>ประกาศจัดซื้อจัดจ้าง</h2><p><a href="/procurement/">สรุปผลการจัดซื้อจัดจ้างรายเดือน</a> · {a("proc-plan-69")}</p>
<h2>ITA</h2><p><a href="/ita/"><img src="/assets/ita-banner.png" alt="ITA 2569" width="300" height="80"></a></p>""")
    page("/about/history/", "ประวัติความเป็นมาและข้อมูลพื้นฐาน",
         "<p>องค์การบริหารส่วนจังหวัดสินธุสาครจัดตั้งตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 มีเขตพื้นที่ทั้งจังหวัด 8 อำเภอ "
         "61 ตำบล พื้นที่ 4,312 ตารางกิโลเมตร ประชากร 412,380 คน (ข้อมูล ณ ธันวาคม 2568)</p>"
         '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></p>')
    page("/about/vision/", "วิสัยทัศน์ พันธกิจ",
         "<p>วิสัยทัศน์ : สินธุสาครเมืองท่องเที่ยวอันดามัน เศรษฐกิจมั่นคง สังคมสันติสุข</p>"
         "<p>พันธกิจ : 1 พัฒนาโครงสร้างพื้นฐานเชื่อมโยงทั้งจังหวัด 2 ส่งเสริมการท่องเที่ยว 3 จัดการศึกษาที่มีคุณภาพ</p>")
    page("/about/structure/", "โครงสร้างองค์กร", """<p><img src="/assets/org-chart.png" alt="แผนภูมิโครงสร้าง อบจ.สินธุสาคร" width="600" height="420"></p>
<h2>ฝ่ายการเมือง</h2><ul><li>นายกองค์การบริหารส่วนจังหวัด<ul><li>รองนายก อบจ. (3 คน)</li><li>เลขานุการนายก อบจ.</li><li>ที่ปรึกษานายก อบจ.</li></ul></li>
<li>สภาองค์การบริหารส่วนจังหวัด : ประธานสภา รองประธานสภา 2 คน สมาชิกสภา อบจ. 30 คน</li></ul>
<h2>ฝ่ายประจำ</h2><ul><li>ปลัดองค์การบริหารส่วนจังหวัด<ul><li>รองปลัด อบจ. (2 คน)</li>
<li>สำนักปลัด · สำนักงานเลขานุการนายก · กองกิจการสภา · กองคลัง · กองช่าง · กองพัสดุและทรัพย์สิน · กองยุทธศาสตร์และงบประมาณ ·
กองการศึกษา ศาสนาและวัฒนธรรม · กองสาธารณสุข · กองส่งเสริมการท่องเที่ยว · กองการเจ้าหน้าที่ · หน่วยตรวจสอบภายใน</li></ul></li></ul>
<p><a href="/about/authority/">อำนาจหน้าที่</a></p>""")
    page("/about/authority/", "อำนาจหน้าที่", """<p>ตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 มาตรา 45 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 17 สรุปได้ดังนี้</p>
<ol><li>ตราข้อบัญญัติโดยไม่ขัดหรือแย้งต่อกฎหมาย</li><li>จัดทำแผนพัฒนาองค์การบริหารส่วนจังหวัดและประสานการจัดทำแผนพัฒนาจังหวัด</li>
<li>สนับสนุนหรือทำกิจการแทนราชการส่วนท้องถิ่นอื่น</li><li>จัดทำกิจการที่มีลักษณะคาบเกี่ยวระหว่างท้องถิ่น เช่น ถนนเชื่อมโยง การจัดการขยะ</li>
<li>จัดการศึกษาและส่งเสริมการท่องเที่ยว</li><li>คุ้มครอง ดูแลและบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li>
<li>จัดเก็บภาษีบำรุง อบจ. และค่าธรรมเนียมบำรุง อบจ. จากผู้เข้าพักโรงแรม</li></ol>""")
    page("/about/executives/", "คณะผู้บริหาร", """<div class="exec"><img src="/assets/p1.jpg" alt="นายก อบจ." width="120" height="150"><p>นายวีระพงศ์ ศรีสมุทร<br>นายกองค์การบริหารส่วนจังหวัดสินธุสาคร<br>โทร. 08 1897 2400</p></div>
<div class="exec"><img src="/assets/p2.jpg" alt="รองนายก" width="120" height="150"><p>นายอดิศักดิ์ บุญทะเล<br>รองนายก อบจ.สินธุสาคร<br>โทร. 08 1897 2401</p></div>
<div class="exec"><img src="/assets/p3.jpg" alt="รองนายก" width="120" height="150"><p>นางสุนิสา หลีกภัยพ้น<br>รองนายก อบจ.สินธุสาคร<br>โทร. 08 1897 2402</p></div>
<div class="exec"><img src="/assets/p4.jpg" alt="รองนายก" width="120" height="150"><p>นายหมัดรอฮีม สาและ<br>รองนายก อบจ.สินธุสาคร<br>โทร. 08 1897 2403</p></div>
<div class="exec"><img src="/assets/p5.jpg" alt="ปลัด" width="120" height="150"><p>นางสาวอรุณี แก้วประดิษฐ์<br>ปลัดองค์การบริหารส่วนจังหวัดสินธุสาคร<br>โทร. 0 7561 2400 ต่อ 102</p></div>""")
    page("/about/council/", "สมาชิกสภาองค์การบริหารส่วนจังหวัด",
         "<p>ประธานสภา อบจ. นายสมพร ทองอันดามัน · รองประธานสภา นายดลหมาน ยูโซะ, นางจิราพร เกาะแก้ว · สมาชิกสภา อบจ. 30 คน (8 อำเภอ)</p>")
    page("/contact/", "ติดต่อเรา", """<p>องค์การบริหารส่วนจังหวัดสินธุสาคร ถนนสมุทรวิถี ตำบลปากน้ำ อำเภอเมืองสินธุสาคร จังหวัดสินธุสาคร 94990</p>
<p>โทรศัพท์ 0 7561 2400 · โทรสาร 0 7561 2499 · อีเมล saraban@sinthusakhon-pao.go.th</p>
<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>
<p><a href="https://maps.google.com/?q=7.9,98.4">แผนที่ตั้ง (Google Maps)</a> · <a href="/qa/">ถาม-ตอบ (Q&amp;A)</a></p>""")
    page("/qa/", "ถาม-ตอบ (Q&A)", """<div class="q"><b>ถาม</b> (ผู้ประกอบการโรงแรม, 14 ม.ค. 2569) ยื่นแบบค่าธรรมเนียมผู้เข้าพักทางออนไลน์ได้หรือไม่<br>
<b>ตอบ</b> (กองคลัง, 15 ม.ค. 2569) ยื่นได้ทางเมนู E-Service แล้วส่งหลักฐานการโอนเงินทางอีเมล</div>
<div class="q"><b>ถาม</b> (ชาวบ้านคลองหิน, 2 มี.ค. 2569) ถนนสายบ้านคลองหินชำรุดแจ้งที่ใด<br><b>ตอบ</b> (กองช่าง, 4 มี.ค. 2569) แจ้งผ่าน E-Service หรือโทร 0 7561 2400 ต่อ 301</div>
<form action="/qa/" method="post"><p>ชื่อ <input name="name"> คำถาม <textarea name="q"></textarea> <button>ส่งคำถาม</button></p></form>""")
    page("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>อบจ.สินธุสาครเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    page("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")

    page("/news/", "ข่าวประชาสัมพันธ์", news_list(NEWS, '<p class="pager">หน้า 1 · <a href="/news/page/2/">2</a></p>'))
    page("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", news_list(OLD_NEWS, '<p class="pager"><a href="/news/">1</a> · หน้า 2</p>'))
    for i, dt, t, body in NEWS + OLD_NEWS:
        extra = ""
        if i == 5114:
            extra = f'<p>เอกสารที่เกี่ยวข้อง: {a("forum-invite-69")}</p><p><img src="/assets/forum.jpg" alt="ภาพประชาคม" width="400" height="260"></p>'
        page(f"/news/{i}/", t, f'<p class="date">วันที่ {dt}</p><p>{esc(body)}</p>{extra}<p><a href="/news/">กลับหน้าข่าว</a></p>')

    # downloads
    cat_rows: dict[str, list[str]] = {c: [] for c in CATS}
    ordered = sorted(ROWS.items(), key=lambda kv: kv[1][2], reverse=True)
    for key, (title, cat, up, ext, _m) in ordered:
        cat_rows[cat].append(f'<tr><td>{a(key, title)}</td><td>{ext.upper()}</td><td>{size(key)}</td><td>{be(up)}</td></tr>')
    head = "<tr><th>ชื่อเอกสาร</th><th>ชนิด</th><th>ขนาด</th><th>วันที่</th></tr>"
    page("/download/", "ดาวน์โหลดเอกสาร", "<ul>" + "".join(f'<li><a href="/download/{c}/">{esc(t)}</a> ({len(cat_rows[c])})</li>'
                                                        for c, t in CATS.items()) + "</ul>")
    for c, t in CATS.items():
        page(f"/download/{c}/", t, f'<table class="docs">{head}\n' + "\n".join(cat_rows[c]) + "\n</table>")

    proc = [k for k, _ in ordered if k.startswith("proc-20")]
    rows = "\n".join(f'<tr><td>{a(k)}</td><td>{ROWS[k][3].upper()}</td><td>{be(ROWS[k][2])}</td></tr>' for k in proc)
    page("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
         f'<table class="docs"><tr><th>รายการ</th><th>ชนิด</th><th>วันที่</th></tr>\n{rows}\n</table>'
         f'<p>ดูประกาศจัดซื้อจัดจ้างทั้งหมดได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a> · <a href="/download/procure/">เอกสารจัดซื้อจัดจ้าง</a></p>')
    page("/eservice/", "E-Service ระบบบริการออนไลน์", f"""<p>ยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>
<form action="/eservice/" method="post"><p>ชื่อ-สกุล <input name="name" required> เลขบัตรประชาชน <input name="cid">
โทรศัพท์ <input name="tel"> ประเภทคำร้อง <select name="type"><option>ขอใช้สนามกีฬากลาง</option><option>แจ้งซ่อมถนน อบจ.</option>
<option>ยื่นแบบค่าธรรมเนียมผู้เข้าพักโรงแรม</option><option>ขอรถบรรทุกน้ำ</option></select> รายละเอียด <textarea name="detail"></textarea>
<button type="submit">ส่งคำร้อง</button></p></form>
<p>{a("service-69", "ข้อมูลสถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>""")
    page("/complaint/", "ร้องเรียน / ร้องทุกข์", '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
         f'<p>{a("complaint-manual")}</p>')
    page("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """<p>ข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>
<form action="/complaint/corruption/" method="post"><p>ชื่อผู้ร้อง (ไม่ระบุได้) <input name="name"> เรื่องที่ร้องเรียน <input name="subject" required>
ผู้ถูกร้อง <input name="who"> รายละเอียด <textarea name="detail" required></textarea> แนบหลักฐาน <input type="file" name="file">
<button type="submit">ส่งเรื่องร้องเรียน</button></p></form>
<p>ช่องทางอื่น: <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a> · โทร. 0 7561 2400 ต่อ 105</p>""")

    # ITA mini-site
    def link(target: str, text: str) -> str:
        return f'<a href="{target}">{esc(text)}</a>'

    forum = "/news/5114/"
    ethics_news = "/news/5102/"
    items = [  # short wording, [links]
        ("โครงสร้าง", [link("/about/structure/", "แผนผังโครงสร้าง อบจ."), link("/about/authority/", "อำนาจหน้าที่")]),
        ("ข้อมูลผู้บริหาร", [link("/about/executives/", "คณะผู้บริหาร")]),
        ("ข้อมูลการติดต่อ", [link("/contact/", "ติดต่อเรา"), link("/qa/", "กระดานถาม-ตอบ")]),
        ("ข่าวประชาสัมพันธ์", [link("/news/", "ข่าวประชาสัมพันธ์ อบจ.")]),
        ("แผนพัฒนาท้องถิ่น", [a("plan-61", "แผนพัฒนาท้องถิ่น อบจ.สินธุสาคร"), link("/download/plan/", "เอกสารแผนทั้งหมด")]),
        ("แผนการดำเนินงานและงบประมาณ", [a("opplan-69"), a("budget-69", "ข้อบัญญัติงบประมาณ ปี 2569")]),
        ("รายงานผลการดำเนินงาน", [a("eval-67", "รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น (ล่าสุด)"),
                                  link("/download/report/", "รายงานทั้งหมด")]),
        ("คู่มือการปฏิบัติงาน", [a("manual-proc")]),
        ("คู่มือการให้บริการ", [a("citizen", "คู่มือสำหรับประชาชน")]),
        ("E-Service", [link("/eservice/", "ระบบ E-Service"), a("service-69", "สถิติการให้บริการ")]),
        ("สขร.1 รายเดือน", [link("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน")]),
        ("รายงานผลการจัดซื้อจัดจ้างประจำปี", [a("proc-year-68")]),
        ("การบริหารทรัพยากรบุคคล", [a("hr-rules"), a("hr-plan-68", "แผนพัฒนาบุคลากร"), link("/download/hr/", "เอกสารงานบุคคล")]),
        ("รายงานผลการบริหารทรัพยากรบุคคล", [a("hr-report-68")]),
        ("ประมวลจริยธรรม", [a("ethics"), link(ethics_news, "กิจกรรมขับเคลื่อนจริยธรรม")]),
        ("คู่มือเรื่องร้องเรียน", [a("complaint-manual")]),
        ("ช่องทางร้องเรียนการทุจริต", [link("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริต")]),
        ("สถิติเรื่องร้องเรียน", [a("complaint-6m-68", "สถิติเรื่องร้องเรียน รอบ 6 เดือน")]),
        ("การมีส่วนร่วม", [link(forum, "ประชาคมท้องถิ่นระดับอำเภอ")]),
        ("No Gift Policy", [a("no-gift-67", "ประกาศนโยบาย No Gift Policy"), a("gift-report-68", "รายงานการรับของขวัญ")]),
        ("ประเมินความเสี่ยงการทุจริต", [a("risk-69")]),
        ("รายงานการจัดการความเสี่ยง", [a("risk-report-68", "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต")]),
        ("แผนป้องกันการทุจริต", [a("anti-plan-68", "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2569")]),
        ("รายงานผลการป้องกันการทุจริต", [a("anti-report-68")]),
        ("การนำผล ITA ไปพัฒนา", [link("/ita/o25/", "การวิเคราะห์ผลการประเมิน ITA และมาตรการส่งเสริมคุณธรรม")]),
        ("รายงานมาตรการส่งเสริมคุณธรรม", [a("integrity-report-68")]),
    ]
    rows = "\n".join(f'<tr><td>o{n}</td><td><a href="/ita/o{n}/">{esc(t)}</a></td></tr>' for n, (t, _l) in enumerate(items, 1))
    PAGES["/ita/"] = ita_layout("OIT ประจำปี 2569", f"""<p>แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</p>
<table class="oit"><tr><th>ข้อ</th><th>ข้อมูล</th></tr>
{rows}
</table><p>ข้อมูลปีก่อน: <a href="/ita/2568/">OIT 2568</a></p>""")
    for n, (t, links) in enumerate(items, 1):
        body = "<ul>" + "".join(f"<li>{x}</li>" for x in links) + "</ul>"
        if n == 25:
            body = """<h3>การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปี พ.ศ. 2567</h3>
<p>ผลการประเมิน ITA ประจำปี 2567 ของ อบจ.สินธุสาคร ได้คะแนน 81.37 คะแนน ระดับ B ประเด็นที่ได้คะแนนต่ำคือ การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง และการป้องกันการรับสินบน</p>
<h3>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568</h3>
<table class="oit"><tr><th>มาตรการ</th><th>ขั้นตอน/วิธีการ</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th></tr>
<tr><td>เผยแพร่ สขร.1 ทุกเดือน</td><td>กองพัสดุฯ ส่งไฟล์ให้งานประชาสัมพันธ์ภายในวันที่ 10 ของเดือนถัดไป</td><td>กองพัสดุและทรัพย์สิน</td><td>ต.ค. 2567 - ก.ย. 2568</td></tr>
<tr><td>ปรับปรุงเว็บไซต์ ITA</td><td>แยกเว็บไซต์ ITA เป็นสัดส่วน</td><td>สำนักปลัด</td><td>ก.ค. 2568</td></tr>
<tr><td>ประกาศ No Gift Policy</td><td>นายก อบจ. ลงนามประกาศ</td><td>สำนักปลัด</td><td>ต.ค. 2567</td></tr></table>
<p class="date">ประกาศ ณ วันที่ 29 พฤศจิกายน 2567</p>"""
        PAGES[f"/ita/o{n}/"] = ita_layout(f"o{n} {t}", body + '<p><a href="/ita/">กลับหน้า OIT 2569</a></p>')
    old = [("o10 แผนดำเนินงานประจำปี 2568", f("opplan-68")),
           ("o13 แผนพัฒนาบุคลากร", f("hr-plan-68")),
           ("o20 การประเมินความเสี่ยงการทุจริต ปี 2568", "/files/29874.pdf"),
           ("o23 แผนป้องกันการทุจริต ปี 2568", f("anti-plan-68")),
           ("o35 สถิติเรื่องร้องเรียน", f("complaint-6m-68"))]
    rows = "\n".join(f'<tr><td><a href="{u}">{esc(t)}</a></td></tr>' for t, u in old)
    PAGES["/ita/2568/"] = ita_layout("OIT ประจำปี 2568 (ข้อมูลเก่า)", f'<table class="oit">\n{rows}\n</table>')


CSS = {"main.css": "body{font-family:Tahoma,sans-serif;margin:0}.topbar{background:#036;color:#fff}"
       ".menu li{display:inline;margin:0 6px}.container{display:flex}.sidebar{width:230px}.content{flex:1}",
       "ita.css": "body{font-family:Tahoma,sans-serif}.ita-head{background:#7a0019;color:#fff}.ita-wrap{display:flex}"
       ".ita-side{width:120px}.oit td{border:1px solid #ccc}"}
IMAGES = {"logo.png": (72, 72), "ita-banner.png": (300, 80), "org-chart.png": (600, 420), "forum.jpg": (400, 260),
          **{f"p{i}.jpg": (120, 150) for i in range(1, 6)}}


def assets() -> None:
    from PIL import Image

    out = os.path.join(HERE, "assets")
    os.makedirs(out, exist_ok=True)
    for fn, text in CSS.items():
        with open(os.path.join(out, fn), "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    for fn, (w, h) in IMAGES.items():
        Image.new("RGB", (w // 4, h // 4), (200, 210, 225)).save(os.path.join(out, fn))


def main() -> None:
    build()
    assets()
    for path, text in PAGES.items():
        out = os.path.join(HERE, path.lstrip("/"), "index.html")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(text)


if __name__ == "__main__":
    main()
