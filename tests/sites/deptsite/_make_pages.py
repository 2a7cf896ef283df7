"""Generate the HTML pages of the "deptsite" test site (กรมส่งเสริมหัตถกรรมและภูมิปัญญาท้องถิ่น, invented).

Run:  python tests/sites/deptsite/_make_pages.py   (after _make_docs.py: link sizes are read from
the files it wrote)

A central department's modern site: a top bar (ministry, language switch, font size, search), a
mega-menu with Thai and English labels, a side column of banners, a footer; pages are
folder/index.html.  Divisions have their own pages with their documents; the ศูนย์ข้อมูลข่าวสาร
follows มาตรา 7 / มาตรา 9; the ITA 2569 page is an accordion per indicator whose rows link pages,
category pages or files in the department's own wording; last year's ITA page is still online.
News: ข่าวกรม (two pages), ข่าวภูมิภาค (the regional centres' news, with their own documents),
ข่าวจัดซื้อจัดจ้าง.  Deterministic: fixed dates only.
"""

from __future__ import annotations

import html
import os
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG  # noqa: E402

EN = "Department of Handicraft and Local Wisdom Promotion"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(y: int, m: int, d: int) -> str:
    return f"{d} {MONTHS[m - 1]} {y + 543}"


def size(key: str) -> str:
    rel, _t, _u, maker = DOCS[key]
    if maker == "missing":
        return "1.2 MB"  # what the CMS still shows for the file that is gone
    n = os.path.getsize(os.path.join(HERE, rel.lstrip("/")))
    return f"{n / 1024:.0f} KB"


def doc(key: str, label: str | None = None) -> str:
    rel, title, _u, _m = DOCS[key]
    ext = rel.rsplit(".", 1)[1].upper()
    return f'<a href="{rel}" class="file {ext.lower()}">{esc(label or title)}</a> <span class="meta">({ext} {size(key)})</span>'


def doclist(keys: list[str]) -> str:
    rows = []
    for k in keys:
        up = DOCS[k][2]
        rows.append(f"<li>{doc(k)} <span class=\"date\">{be(up.year, up.month, up.day)}</span></li>")
    return '<ul class="docs">' + "".join(rows) + "</ul>"


MEGA = [
    ("หน้าหลัก", "Home", "/", []),
    ("เกี่ยวกับกรม", "About Us", "/about/history/", [
        ("ประวัติความเป็นมา", "/about/history/"), ("วิสัยทัศน์ พันธกิจ", "/about/vision/"),
        ("โครงสร้างองค์กร", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/"),
        ("ผู้บริหารกรม", "/about/executives/"), ("หน่วยงานภายใน", "/about/divisions/")]),
    ("ข่าวสาร", "News", "/news/dept/", [
        ("ข่าวกรม", "/news/dept/"), ("ข่าวภูมิภาค", "/news/region/"), ("ข่าวจัดซื้อจัดจ้าง", "/news/procurement/")]),
    ("บริการประชาชน", "E-Services", "/services/", [
        ("คู่มือสำหรับประชาชน", "/services/"), ("E-Service", "/eservice/"), ("ถาม-ตอบ (Q&A)", "/qa/")]),
    ("ศูนย์ข้อมูลข่าวสาร", "Info Center", "/infocenter/", [
        ("ข้อมูลตามมาตรา 7 และ 9", "/infocenter/"), ("ผลการจัดซื้อจัดจ้าง สขร.1", "/infocenter/procurement/"),
        ("จัดซื้อจัดจ้าง / e-GP", "/procurement/")]),
    ("คุณธรรมและความโปร่งใส", "Integrity", "/ita/2569/", [
        ("ITA 2569", "/ita/2569/"), ("ITA 2568", "/ita/2568/"), ("จริยธรรม", "/ethics/"),
        ("ศูนย์ปฏิบัติการต่อต้านการทุจริต", "/division/anticorruption/")]),
    ("ร้องเรียน", "Complaints", "/complaint/", []),
    ("ติดต่อเรา", "Contact", "/contact/", []),
]


def menu() -> str:
    out = []
    for th, en, url, subs in MEGA:
        sub = ""
        if subs:
            sub = '<ul class="mega">' + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in subs) + "</ul>"
        out.append(f'<li><a href="{url}">{esc(th)}<small>{en}</small></a>{sub}</li>')
    return '<ul class="nav">' + "".join(out) + "</ul>"


MENU_HTML = menu()
SIDE = """<aside class="side">
<a class="banner" href="/infocenter/">ศูนย์ข้อมูลข่าวสารของราชการ</a>
<a class="banner" href="/ita/2569/">ITA 2569 การประเมินคุณธรรมและความโปร่งใส</a>
<a class="banner" href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a>
<a class="banner" href="/eservice/">ระบบ E-Service</a>
<a class="banner" href="https://www.gprocurement.go.th/">ระบบจัดซื้อจัดจ้างภาครัฐ e-GP</a>
<p class="links">หน่วยงานที่เกี่ยวข้อง: <a href="https://www.industry.go.th/">กระทรวงอุตสาหกรรม</a> ·
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · <a href="https://www.ocsc.go.th/">สำนักงาน ก.พ.</a></p>
<p class="counter">สถิติผู้เข้าชม 2,418,305</p>
</aside>"""


def layout(title: str, body: str, crumbs: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} | {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/assets/site.css"></head>
<body>
<div class="topbar">กระทรวงอุตสาหกรรม Ministry of Industry | <a href="/">TH</a> <a href="/en/">EN</a> |
ขนาดตัวอักษร A A+ A++ | <form action="/search/" method="get" class="s"><input name="q" placeholder="ค้นหา"></form> | โทร 0 2354 7810</div>
<header><a href="/"><img src="/assets/logo.svg" alt="logo" width="56" height="56"></a>
<div class="org">{ORG}<br><span>{EN}</span></div></header>
<nav>{MENU_HTML}</nav>
<div class="wrap"><main>{crumbs}<h1>{esc(title)}</h1>
{body}
</main>
{SIDE}</div>
<footer>{ORG} เลขที่ 88/8 ถนนรัชดาภิเษก แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพมหานคร 10310
โทรศัพท์ 0 2354 7810 โทรสาร 0 2354 7899 อีเมล saraban@dhlp.go.th<br>
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a> · © 2569 {EN}</footer>
</body></html>
"""


PAGES: list[str] = []


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    crumbs = "" if path == "/" else f'<p class="crumb"><a href="/">หน้าหลัก</a> › {esc(title)}</p>'
    with open(target, "w", encoding="utf-8") as f:
        f.write(layout(title, body, crumbs))
    PAGES.append(path)


# ---------------------------------------------------------------- news

# id: (date, category, title, body paragraphs, attached doc keys)
NEWS: dict[int, tuple[tuple[int, int, int], str, str, list[str], list[str]]] = {
    153: ((2026, 4, 10), "dept", "กรมฯ เปิดรับสมัครผู้ประกอบการหัตถกรรมเข้าอบรมหลักสูตรการตลาดออนไลน์ รุ่นที่ 1/2569",
          ["กรมส่งเสริมหัตถกรรมและภูมิปัญญาท้องถิ่น เปิดรับสมัครผู้ประกอบการหัตถกรรมและวิสาหกิจชุมชน จำนวน 60 ราย เข้าอบรมหลักสูตร"
           "การตลาดออนไลน์ ระหว่างวันที่ 11 - 13 พฤษภาคม 2569 ไม่มีค่าใช้จ่าย สมัครผ่านระบบ E-Service ของกรม"], []),
    149: ((2026, 3, 18), "dept", "อธิบดีตรวจเยี่ยมศูนย์ส่งเสริมหัตถกรรมภาคตะวันออกเฉียงเหนือ และกลุ่มทอผ้าไหมบ้านหนองแวง",
          ["นายวรพงษ์ ธนากรกุล อธิบดี พร้อมคณะ ตรวจเยี่ยมการดำเนินงานของศูนย์ส่งเสริมหัตถกรรมภาคตะวันออกเฉียงเหนือ จังหวัดขอนแก่น"
           " และติดตามผลโครงการพัฒนาผลิตภัณฑ์ภูมิปัญญาสู่สากล ประจำปีงบประมาณ 2569"], []),
    144: ((2026, 2, 12), "dept", "ศปท. จัดประชุมชี้แจงแนวทางการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2569",
          ["ศูนย์ปฏิบัติการต่อต้านการทุจริต จัดประชุมชี้แจงแนวทางการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 แก่ผู้รับผิดชอบของทุกหน่วยงาน"
           " ณ ห้องประชุม 1 ชั้น 5 เพื่อให้การเผยแพร่ข้อมูลตามแบบ OIT เป็นไปตามกำหนด"], ["ita-invite"]),
    140: ((2026, 2, 12), "dept", "กรมฯ จัดประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสียต่อ (ร่าง) แนวทางส่งเสริมวิสาหกิจหัตถกรรมชุมชน พ.ศ. 2569 - 2570",
          ["เมื่อวันที่ 10 กุมภาพันธ์ 2569 กองแผนงานและสารสนเทศ จัดประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสียต่อ (ร่าง) แนวทางส่งเสริม"
           "วิสาหกิจหัตถกรรมชุมชน พ.ศ. 2569 - 2570 ณ โรงแรมในเขตห้วยขวาง และผ่านระบบออนไลน์ มีผู้เข้าร่วม 86 คน ได้แก่ ผู้แทนวิสาหกิจชุมชน"
           " 41 กลุ่ม ผู้ประกอบการหัตถกรรม นักวิชาการ และผู้แทนหน่วยงานภาครัฐ",
           "ผลการรับฟังความคิดเห็น: ผู้เข้าร่วมเสนอให้เพิ่มการสนับสนุนวัตถุดิบธรรมชาติ การตลาดออนไลน์ และการรับรองมาตรฐานผลิตภัณฑ์"
           " กรมฯ ได้นำข้อเสนอไปปรับปรุงร่างแนวทางในหมวดที่ 2 และหมวดที่ 4 แล้ว และเปิดรับความคิดเห็นเพิ่มเติมทางแบบแสดงความคิดเห็น"
           "ถึงวันที่ 27 กุมภาพันธ์ 2569"], ["participation-form"]),
    136: ((2026, 1, 9), "dept", "กรมฯ จัดกิจกรรม \"คนหัตถกรรมรักษ์จริยธรรม\" ประจำปี 2569",
          ["คณะทำงานขับเคลื่อนจริยธรรม จัดกิจกรรมส่งเสริมจริยธรรมของข้าราชการและเจ้าหน้าที่ ประจำปี 2569 เมื่อวันที่ 8 มกราคม 2569"
           " มีบุคลากรเข้าร่วม 212 คน ประกอบด้วยการบรรยายเรื่องมาตรฐานทางจริยธรรม 7 ประการตามประมวลจริยธรรมข้าราชการพลเรือน"
           " กรณีศึกษาผลประโยชน์ทับซ้อนในการคัดเลือกผลิตภัณฑ์ และการจัดทำ Do's & Don'ts ของกรม"], ["ethics-code"]),
    131: ((2025, 12, 12), "dept", "พิธีเปิดงานแสดงสินค้าหัตถกรรมไทย ครั้งที่ 14",
          ["รัฐมนตรีว่าการกระทรวงอุตสาหกรรมเป็นประธานเปิดงานแสดงสินค้าหัตถกรรมไทย ครั้งที่ 14 ระหว่างวันที่ 12 - 20 ธันวาคม 2568"
           " มีผู้ประกอบการร่วมออกร้าน 420 ราย"], []),
    124: ((2025, 11, 14), "dept", "กรมฯ ร่วมกับจังหวัดน่านเปิดตลาดหัตถกรรมชุมชนริมน้ำ",
          ["กรมส่งเสริมหัตถกรรมและภูมิปัญญาท้องถิ่น ร่วมกับจังหวัดน่าน จัดตลาดหัตถกรรมชุมชน ทุกวันเสาร์ ตลอดเดือนพฤศจิกายน 2568"], []),
    120: ((2025, 10, 20), "dept", "อธิบดีมอบนโยบายการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569",
          ["อธิบดีมอบนโยบายแก่ผู้บริหารและบุคลากร เน้นการเบิกจ่ายงบประมาณตามแผน การบริการแบบดิจิทัล และการทำงานอย่างโปร่งใส"], []),
    102: ((2025, 9, 5), "dept", "สรุปผลงานแสดงสินค้าหัตถกรรมไทย ครั้งที่ 13 ยอดขายกว่า 68 ล้านบาท",
          ["งานแสดงสินค้าหัตถกรรมไทย ครั้งที่ 13 มียอดขายรวม 68.4 ล้านบาท สูงกว่าเป้าหมายร้อยละ 14"], []),
    97: ((2025, 6, 20), "dept", "กรมฯ รับฟังความคิดเห็นผู้ประกอบการต่อการปรับปรุงระบบ E-Service",
          ["กองแผนงานและสารสนเทศ จัดประชุมรับฟังความคิดเห็นผู้ประกอบการ 35 ราย ต่อการปรับปรุงระบบ E-Service เมื่อวันที่ 19 มิถุนายน 2568"], []),
    93: ((2025, 1, 8), "dept", "อบรมเสริมสร้างวัฒนธรรมองค์กรต่อต้านการทุจริต ประจำปี 2568",
          ["ศปท. จัดอบรมเสริมสร้างวัฒนธรรมองค์กรต่อต้านการทุจริต มีผู้เข้าร่วม 184 คน"], []),
    88: ((2024, 10, 4), "dept", "ผู้บริหารและบุคลากรร่วมประกาศเจตนารมณ์ No Gift Policy ประจำปีงบประมาณ 2568",
          ["อธิบดีนำผู้บริหารและบุคลากรประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ประจำปีงบประมาณ พ.ศ. 2568"],
          ["nogift68"]),
    150: ((2026, 3, 25), "region", "ศูนย์ส่งเสริมหัตถกรรมภาคกลาง ร่วมงาน OTOP ประจำภูมิภาค",
          ["ศูนย์ส่งเสริมหัตถกรรมภาคกลาง นำผู้ประกอบการ 25 รายร่วมงาน OTOP ประจำภูมิภาค ณ จังหวัดนครปฐม"], []),
    142: ((2026, 2, 20), "region", "ศูนย์ส่งเสริมหัตถกรรมภาคตะวันออกเฉียงเหนือ จัดอบรมการย้อมผ้าครามธรรมชาติ",
          ["ศูนย์ฯ จัดอบรมการย้อมผ้าครามธรรมชาติ ให้กลุ่มทอผ้า 3 อำเภอของจังหวัดสกลนคร ผู้เข้าอบรม 45 คน"], []),
    133: ((2025, 11, 25), "region", "ศูนย์ส่งเสริมหัตถกรรมภาคใต้ รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2568",
          ["ศูนย์ส่งเสริมหัตถกรรมภาคใต้ จังหวัดสงขลา เผยแพร่รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของศูนย์"
           " ประจำปี 2568"], ["south-integrity"]),
    126: ((2025, 11, 27), "region", "ศูนย์ส่งเสริมหัตถกรรมภาคเหนือ เผยแพร่รายงานผลการจัดซื้อจัดจ้าง ประจำปี 2568",
          ["ศูนย์ส่งเสริมหัตถกรรมภาคเหนือ จังหวัดเชียงใหม่ เผยแพร่รายงานผลการจัดซื้อจัดจ้างของศูนย์ ประจำปีงบประมาณ 2568"],
          ["north-procure"]),
    146: ((2026, 3, 2), "dept", "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป ตำแหน่งนักวิชาการเผยแพร่",
          ["กองการเจ้าหน้าที่ประกาศรับสมัครพนักงานราชการ 1 อัตรา รับสมัครทางอินเทอร์เน็ต 9 - 20 มีนาคม 2569"], ["hr-recruit"]),
    141: ((2026, 2, 17), "procurement", "ประกาศเชิญชวน ประกวดราคาจ้างปรับปรุงห้องจัดแสดงผลิตภัณฑ์หัตถกรรม ด้วยวิธี e-bidding",
          ["ราคากลาง 2,350,000.00 บาท ดูรายละเอียดและยื่นข้อเสนอทางระบบ e-GP"], ["egp-kiosk"]),
    129: ((2025, 12, 3), "procurement", "ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์เอกสารแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569",
          ["ผู้ได้รับการคัดเลือก บริษัท ศรีเมืองการพิมพ์ จำกัด ราคา 72,800.00 บาท"], ["print-plan"]),
    118: ((2025, 10, 9), "procurement", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569",
          ["กรมฯ เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569 ผ่านระบบ e-GP ของกรมบัญชีกลาง ตามมาตรา 11 แห่ง"
           "พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560"], []),
}
CATS = {"dept": ("ข่าวกรม", "/news/dept/"), "region": ("ข่าวภูมิภาค", "/news/region/"),
        "procurement": ("ข่าวจัดซื้อจัดจ้าง", "/news/procurement/")}


def news_ids(cat: str) -> list[int]:
    return sorted((i for i, n in NEWS.items() if n[1] == cat), key=lambda i: NEWS[i][0], reverse=True)


def news_card(i: int) -> str:
    (y, m, d), cat, title, body, _docs = NEWS[i]
    return (f'<div class="card"><a href="/news/{i}/">{esc(title)}</a><p class="date">{be(y, m, d)} · '
            f'{CATS[cat][0]}</p><p>{esc(body[0][:90])}…</p></div>')


def news_pages() -> None:
    for i, ((y, m, d), cat, title, body, docs) in NEWS.items():
        extra = ""
        if i == 118:
            extra = '<p><a href="https://www.gprocurement.go.th/">ดูแผนการจัดซื้อจัดจ้างในระบบ e-GP</a></p>'
        att = ("<h3>เอกสารแนบ</h3>" + doclist(docs)) if docs else ""
        write(f"/news/{i}/", title,
              f'<p class="date">วันที่ {be(y, m, d)} · หมวด <a href="{CATS[cat][1]}">{CATS[cat][0]}</a> · เปิดอ่าน {37 + i * 3} ครั้ง</p>'
              + "".join(f"<p>{esc(p)}</p>" for p in body) + extra + att)
    dept = news_ids("dept")
    first = [i for i in dept if NEWS[i][0] >= (2025, 10, 1)]
    rest = [i for i in dept if i not in first]
    write("/news/dept/", "ข่าวกรม", "".join(news_card(i) for i in first)
          + '<p class="pager">หน้า 1 <a href="/news/dept/page/2/">2</a> <a href="/news/dept/page/2/">ถัดไป ›</a></p>')
    write("/news/dept/page/2/", "ข่าวกรม (หน้า 2)", "".join(news_card(i) for i in rest)
          + '<p class="pager"><a href="/news/dept/">‹ ก่อนหน้า</a> <a href="/news/dept/">1</a> หน้า 2</p>')
    write("/news/region/", "ข่าวภูมิภาค", "<p>ข่าวจากศูนย์ส่งเสริมหัตถกรรมภาคทั้ง 4 แห่ง</p>"
          + "".join(news_card(i) for i in news_ids("region")))
    write("/news/procurement/", "ข่าวจัดซื้อจัดจ้าง", "".join(news_card(i) for i in news_ids("procurement"))
          + '<p>ดูประกาศทั้งหมดได้ที่ <a href="/procurement/">จัดซื้อจัดจ้าง / e-GP</a></p>')


# ---------------------------------------------------------------- pages


def home() -> None:
    latest = "".join(news_card(i) for i in news_ids("dept")[:5])
    region = "".join(news_card(i) for i in news_ids("region")[:3])
    proc = "".join(news_card(i) for i in news_ids("procurement")[:3])
    write("/", ORG,
          '<div class="hero">ยกระดับหัตถกรรมไทย สร้างมูลค่าภูมิปัญญาท้องถิ่น สู่เศรษฐกิจสร้างสรรค์</div>'
          f'<section><h2>ข่าวกรม</h2>{latest}<a class="more" href="/news/dept/">ดูทั้งหมด</a></section>'
          f'<section><h2>ข่าวภูมิภาค</h2>{region}<a class="more" href="/news/region/">ดูทั้งหมด</a></section>'
          f'<section><h2>ข่าวจัดซื้อจัดจ้าง</h2>{proc}<a class="more" href="/news/procurement/">ดูทั้งหมด</a></section>'
          '<section class="quick"><a href="/services/">คู่มือสำหรับประชาชน</a> <a href="/eservice/">ขึ้นทะเบียนผู้ประกอบการออนไลน์</a>'
          ' <a href="/qa/">ถาม-ตอบ</a> <a href="/infocenter/">ศูนย์ข้อมูลข่าวสาร</a></section>')


def about() -> None:
    write("/about/history/", "ประวัติความเป็นมา",
          "<p>กรมส่งเสริมหัตถกรรมและภูมิปัญญาท้องถิ่น จัดตั้งขึ้นตามพระราชกฤษฎีกาโอนกิจการบริหารในกระทรวงอุตสาหกรรม"
          " เมื่อปี พ.ศ. 2559 โดยรวมงานส่งเสริมหัตถกรรมที่เคยกระจายอยู่หลายหน่วยงานเข้าด้วยกัน และได้ปรับปรุงการแบ่งส่วนราชการ"
          "ครั้งล่าสุดตามกฎกระทรวง พ.ศ. 2566</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<h2>วิสัยทัศน์</h2><p>เป็นองค์กรหลักในการยกระดับหัตถกรรมและภูมิปัญญาท้องถิ่นไทยสู่เศรษฐกิจสร้างสรรค์ ภายในปี 2570</p>"
          "<h2>พันธกิจ</h2><ol><li>พัฒนาศักยภาพผู้ประกอบการหัตถกรรม</li><li>ยกระดับผลิตภัณฑ์ภูมิปัญญาให้ได้มาตรฐาน</li>"
          "<li>อนุรักษ์ สืบสาน และถ่ายทอดภูมิปัญญาท้องถิ่น</li><li>พัฒนาองค์กรให้มีธรรมาภิบาล</li></ol>"
          f"<p>ดูเพิ่มเติม: {doc('plan5y')}</p>")
    write("/about/structure/", "โครงสร้างองค์กร",
          '<p>แผนภูมิโครงสร้างการแบ่งส่วนราชการ กรมส่งเสริมหัตถกรรมและภูมิปัญญาท้องถิ่น</p>'
          '<div class="chart"><ul><li><b>อธิบดีกรมส่งเสริมหัตถกรรมและภูมิปัญญาท้องถิ่น</b><ul>'
          '<li>กลุ่มตรวจสอบภายใน</li><li>กลุ่มพัฒนาระบบบริหาร</li><li>ศูนย์ปฏิบัติการต่อต้านการทุจริต</li>'
          '<li><b>รองอธิบดี (ด้านบริหาร)</b><ul><li>สำนักงานเลขานุการกรม</li><li>กองการเจ้าหน้าที่</li><li>กองคลัง</li>'
          '<li>กองแผนงานและสารสนเทศ</li></ul></li>'
          '<li><b>รองอธิบดี (ด้านส่งเสริม)</b><ul><li>สำนักส่งเสริมหัตถกรรม</li><li>สำนักพัฒนาผลิตภัณฑ์ภูมิปัญญา</li></ul></li>'
          '<li><b>รองอธิบดี (ด้านภูมิภาค)</b><ul><li>ศูนย์ส่งเสริมหัตถกรรมภาคเหนือ (เชียงใหม่)</li>'
          '<li>ศูนย์ส่งเสริมหัตถกรรมภาคตะวันออกเฉียงเหนือ (ขอนแก่น)</li><li>ศูนย์ส่งเสริมหัตถกรรมภาคกลาง (นครปฐม)</li>'
          '<li>ศูนย์ส่งเสริมหัตถกรรมภาคใต้ (สงขลา)</li></ul></li></ul></li></ul></div>'
          f'<p>ที่มา: {doc("decree")}</p><p><a href="/about/authority/">อำนาจหน้าที่</a> · '
          '<a href="/about/divisions/">หน่วยงานภายใน</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมส่งเสริมหัตถกรรมและภูมิปัญญาท้องถิ่น กระทรวงอุตสาหกรรม พ.ศ. 2566 กรมมีภารกิจเกี่ยวกับ"
          "การส่งเสริม พัฒนา และอนุรักษ์งานหัตถกรรมและภูมิปัญญาท้องถิ่น โดยให้มีอำนาจหน้าที่ ดังต่อไปนี้</p><ol>"
          "<li>ดำเนินการตามกฎหมายว่าด้วยการส่งเสริมหัตถกรรมและกฎหมายอื่นที่เกี่ยวข้อง</li>"
          "<li>เสนอแนะนโยบายและจัดทำแผนการส่งเสริมหัตถกรรมและภูมิปัญญาท้องถิ่นของประเทศ</li>"
          "<li>ส่งเสริมและพัฒนาผู้ประกอบการหัตถกรรม วิสาหกิจชุมชน และเครือข่าย ด้านการผลิต การออกแบบ และการตลาด</li>"
          "<li>ศึกษา รวบรวม และเผยแพร่องค์ความรู้ภูมิปัญญาท้องถิ่น รวมทั้งจัดทำฐานข้อมูลผู้ประกอบการหัตถกรรม</li>"
          "<li>รับรองและขึ้นทะเบียนผู้ประกอบการหัตถกรรม</li>"
          "<li>ปฏิบัติการอื่นใดตามที่กฎหมายกำหนดหรือตามที่รัฐมนตรีหรือคณะรัฐมนตรีมอบหมาย</li></ol>"
          f"<p>ดาวน์โหลด: {doc('decree')}</p>")
    people = [("นายวรพงษ์ ธนากรกุล", "อธิบดีกรมส่งเสริมหัตถกรรมและภูมิปัญญาท้องถิ่น", "0 2354 7801", "dg@dhlp.go.th"),
              ("นางสาวพิมพ์ชนก อินทรสุวรรณ", "รองอธิบดี (ด้านบริหาร)", "0 2354 7802", "ddg1@dhlp.go.th"),
              ("นายเกรียงไกร ทองประเสริฐ", "รองอธิบดี (ด้านส่งเสริม)", "0 2354 7803", "ddg2@dhlp.go.th"),
              ("นางอรวรรณ ชัยศิริวงศ์", "รองอธิบดี (ด้านภูมิภาค)", "0 2354 7804", "ddg3@dhlp.go.th")]
    cards = "".join(f'<div class="exec"><img src="/assets/exec{n}.png" alt="{esc(p)}" width="60" height="80">'
                    f'<b>{esc(p)}</b><br>{esc(pos)}<br>โทร {tel} อีเมล {mail}</div>'
                    for n, (p, pos, tel, mail) in enumerate(people, 1))
    write("/about/executives/", "ผู้บริหารกรม", cards
          + "<h2>ผู้บริหารหน่วยงานภายใน</h2><ul><li>นายสมเกียรติ พูลทรัพย์ เลขานุการกรม</li>"
          "<li>นางสาวจันทร์เพ็ญ รุ่งโรจน์ ผู้อำนวยการศูนย์ปฏิบัติการต่อต้านการทุจริต</li>"
          "<li>นายธีรวัฒน์ แสงอรุณ ผู้อำนวยการกองการเจ้าหน้าที่</li><li>นางกาญจนา มั่นคงดี ผู้อำนวยการกองคลัง</li></ul>"
          '<p><a href="/en/">Executives (English)</a></p>')
    write("/about/divisions/", "หน่วยงานภายใน",
          "<ul>" + "".join(f'<li><a href="/division/{s}/">{esc(n)}</a></li>' for s, (n, _h, _t, _b) in DIVISIONS.items()) + "</ul>")


DIVISIONS: dict[str, tuple[str, str, str, list[str]]] = {
    "secretariat": ("สำนักงานเลขานุการกรม", "นายสมเกียรติ พูลทรัพย์ เลขานุการกรม",
                    "งานสารบรรณ งานช่วยอำนวยการ งานประชาสัมพันธ์ และศูนย์ข้อมูลข่าวสารของกรม", ["manual-saraban", "manual-info"]),
    "hr": ("กองการเจ้าหน้าที่", "นายธีรวัฒน์ แสงอรุณ ผู้อำนวยการกอง",
           "การบริหารทรัพยากรบุคคล การสรรหา การประเมินผล การพัฒนาบุคลากร วินัยและจริยธรรม",
           ["hr-criteria", "hr-plan69", "hr-recruit"]),
    "finance": ("กองคลัง", "นางกาญจนา มั่นคงดี ผู้อำนวยการกอง",
                "การเงิน การบัญชี งบประมาณ และการพัสดุของกรม",
                ["spend69", "spendq1", "spend68", "spendrep67", "procure68"]),
    "plan": ("กองแผนงานและสารสนเทศ", "นายปกรณ์ วงศ์ไพบูลย์ ผู้อำนวยการกอง",
             "จัดทำแผนยุทธศาสตร์ แผนปฏิบัติราชการ ติดตามประเมินผล และพัฒนาระบบสารสนเทศ",
             ["plan5y", "ap69", "annual68", "ap68", "strat61", "estats"]),
    "craft": ("สำนักส่งเสริมหัตถกรรม", "นางสาววิไลพร ศรีสมบูรณ์ ผู้อำนวยการสำนัก",
              "ส่งเสริมผู้ประกอบการหัตถกรรม ขึ้นทะเบียนผู้ประกอบการ และจัดงานแสดงสินค้า", ["svc-register"]),
    "product": ("สำนักพัฒนาผลิตภัณฑ์ภูมิปัญญา", "นายอนุชา เพชรรัตน์ ผู้อำนวยการสำนัก",
                "ออกแบบและพัฒนาผลิตภัณฑ์ภูมิปัญญา ให้คำปรึกษาด้านการออกแบบ (Design Clinic)", ["svc-design"]),
    "anticorruption": ("ศูนย์ปฏิบัติการต่อต้านการทุจริต", "นางสาวจันทร์เพ็ญ รุ่งโรจน์ ผู้อำนวยการศูนย์",
                       "ป้องกันและปราบปรามการทุจริต รับเรื่องร้องเรียน ประเมินความเสี่ยง และขับเคลื่อนการประเมิน ITA ของกรม",
                       ["acplan69", "risk69-draft", "risk68", "riskrep68", "acreport68", "complaint-guide", "complaint-stat68",
                        "gift-report68", "ita-analysis"]),
    "audit": ("กลุ่มตรวจสอบภายใน", "นางสุนิสา ทองมา หัวหน้ากลุ่ม",
              "ตรวจสอบการบริหารงาน การเงิน การบัญชี และการพัสดุ และประเมินระบบการควบคุมภายใน", []),
    "regional": ("ศูนย์ส่งเสริมหัตถกรรมภาค", "ผู้อำนวยการศูนย์ 4 แห่ง",
                 "ส่งเสริมหัตถกรรมในพื้นที่: ภาคเหนือ (เชียงใหม่ 0 5311 2040) ภาคตะวันออกเฉียงเหนือ (ขอนแก่น 0 4324 1180)"
                 " ภาคกลาง (นครปฐม 0 3425 0912) ภาคใต้ (สงขลา 0 7431 5563)", []),
}


def divisions() -> None:
    for slug, (name, head, duty, keys) in DIVISIONS.items():
        docs = ("<h2>เอกสารเผยแพร่</h2>" + doclist(keys)) if keys else ""
        extra = ""
        if slug == "finance":
            extra = '<p><a href="/infocenter/procurement/">สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</a></p>'
        if slug == "anticorruption":
            extra = '<p><a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a> · <a href="/ita/2569/">ITA 2569</a></p>'
        if slug == "regional":
            extra = '<p><a href="/news/region/">ข่าวภูมิภาค</a></p>'
        write(f"/division/{slug}/", name, f"<p><b>ผู้บริหาร:</b> {esc(head)}</p><p><b>ภารกิจ:</b> {esc(duty)}</p>" + docs + extra)


def contact_pages() -> None:
    write("/contact/", "ติดต่อเรา",
          f"<p><b>{ORG}</b><br>เลขที่ 88/8 ถนนรัชดาภิเษก แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพมหานคร 10310</p>"
          "<p>โทรศัพท์ 0 2354 7810 (อัตโนมัติ 10 คู่สาย) โทรสาร 0 2354 7899<br>อีเมล saraban@dhlp.go.th (สารบรรณอิเล็กทรอนิกส์)"
          "<br>Facebook: กรมส่งเสริมหัตถกรรมและภูมิปัญญาท้องถิ่น · LINE Official: @dhlp</p>"
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>"
          '<p><a href="https://maps.google.com/?q=13.7771,100.5746">แผนที่ตั้ง (Google Maps)</a></p>'
          '<p>มีข้อสงสัย สอบถามได้ที่ <a href="/qa/">ถาม-ตอบ (Q&amp;A)</a></p>')
    qa = [((2026, 4, 2), "ต้องการขึ้นทะเบียนผู้ประกอบการหัตถกรรม ต้องเตรียมเอกสารอะไรบ้าง",
           "สำเนาบัตรประชาชน ภาพถ่ายผลิตภัณฑ์ 3 ภาพ และหนังสือรับรองกลุ่ม (ถ้ามี) ยื่นทาง E-Service ได้ค่ะ", "สำนักส่งเสริมหัตถกรรม"),
          ((2026, 3, 11), "งานแสดงสินค้าปีหน้าจะเปิดรับสมัครเมื่อไร", "คาดว่าจะเปิดรับสมัครเดือนกรกฎาคม 2569 ติดตามประกาศทางข่าวกรมครับ",
           "สำนักส่งเสริมหัตถกรรม"),
          ((2026, 1, 19), "Design Clinic มีค่าใช้จ่ายหรือไม่", "ไม่มีค่าใช้จ่าย นัดหมายผ่านระบบ E-Service ครับ", "สำนักพัฒนาผลิตภัณฑ์ภูมิปัญญา")]
    rows = "".join(f'<div class="q"><p><b>ถาม:</b> {esc(q)} <span class="date">{be(*dt)}</span></p>'
                   f'<p><b>ตอบ ({esc(who)}):</b> {esc(a)}</p></div>' for dt, q, a, who in qa)
    write("/qa/", "ถาม-ตอบ (Q&A)", rows
          + '<h2>ตั้งคำถามใหม่</h2><form action="/qa/ask/" method="post"><label>ชื่อ <input name="name"></label> '
          '<label>อีเมล <input name="email" type="email"></label><br><label>คำถาม <textarea name="q"></textarea></label>'
          '<button type="submit">ส่งคำถาม</button></form><p>เจ้าหน้าที่จะตอบภายใน 3 วันทำการ</p>')


def service_pages() -> None:
    write("/services/", "คู่มือสำหรับประชาชน",
          "<p>คู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558</p>"
          + doclist(["svc-register", "svc-design"]) + '<p><a href="/eservice/">ยื่นคำขอออนไลน์ (E-Service)</a></p>')
    write("/eservice/", "ระบบบริการออนไลน์ (E-Service)",
          "<p>ยื่นคำขอรับบริการของกรมได้ตลอด 24 ชั่วโมง ไม่ต้องเดินทางมาติดต่อ เจ้าหน้าที่จะแจ้งผลทางอีเมลภายใน 3 วันทำการ</p>"
          '<form action="/eservice/submit/" method="post"><label>ประเภทบริการ <select name="service">'
          "<option>ขึ้นทะเบียนผู้ประกอบการหัตถกรรม</option><option>นัดหมาย Design Clinic</option>"
          "<option>สมัครเข้ารับการฝึกอบรม</option><option>ขอใช้ข้อมูลภูมิปัญญา</option></select></label><br>"
          '<label>ชื่อ - สกุล <input name="name"></label> <label>เลขประจำตัวประชาชน <input name="pid"></label><br>'
          '<label>โทรศัพท์ <input name="tel"></label> <label>อีเมล <input name="email"></label><br>'
          '<label>รายละเอียด <textarea name="detail"></textarea></label> <label>แนบไฟล์ <input type="file" name="file"></label>'
          '<button type="submit">ส่งคำขอ</button></form>'
          f"<h2>สถิติการให้บริการ</h2><p>{doc('estats')}</p>"
          '<p>ติดตามสถานะคำขอ: <a href="https://eservice.dhlp.go.th/track">ตรวจสอบสถานะ</a></p>')


def infocenter() -> None:
    write("/infocenter/", "ศูนย์ข้อมูลข่าวสารของราชการ",
          "<p>ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 ที่ตั้ง: ชั้น 1 อาคารกรม โทร 0 2354 7810 ต่อ 111</p>"
          "<h2>มาตรา 7 ข้อมูลข่าวสารที่ลงพิมพ์ในราชกิจจานุเบกษา</h2><ol>"
          '<li>โครงสร้างและการจัดองค์กร: <a href="/about/structure/">โครงสร้างองค์กร</a></li>'
          '<li>สรุปอำนาจหน้าที่ที่สำคัญและวิธีการดำเนินงาน: <a href="/about/authority/">อำนาจหน้าที่</a></li>'
          '<li>สถานที่ติดต่อเพื่อขอรับข้อมูลข่าวสาร: <a href="/contact/">ติดต่อเรา</a></li>'
          f"<li>กฎ มติคณะรัฐมนตรี ข้อบังคับ คำสั่ง: {doc('decree')}</li></ol>"
          "<h2>มาตรา 9 ข้อมูลข่าวสารที่จัดให้ประชาชนเข้าตรวจดูได้</h2><ol>"
          "<li>ผลการพิจารณาหรือคำวินิจฉัยที่มีผลโดยตรงต่อเอกชน: ไม่มี</li>"
          f"<li>นโยบายหรือการตีความ: {doc('plan5y')}</li>"
          f"<li>แผนงาน โครงการ และงบประมาณรายจ่ายประจำปี: {doc('ap69')}, {doc('spend69')}</li>"
          f'<li>คู่มือหรือคำสั่งเกี่ยวกับวิธีปฏิบัติงาน: <a href="/services/">คู่มือสำหรับประชาชน</a>, {doc("manual-info")}</li>'
          "<li>สิ่งพิมพ์ที่อ้างอิงถึงตามมาตรา 7 วรรคสอง: ไม่มี</li><li>สัญญาสัมปทาน สัญญาที่มีลักษณะผูกขาดตัดตอน: ไม่มี</li>"
          "<li>มติคณะรัฐมนตรีหรือคณะกรรมการที่แต่งตั้งโดยกฎหมาย: ไม่มี</li>"
          '<li>ผลการพิจารณาการจัดซื้อจัดจ้าง: <a href="/infocenter/procurement/">สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</a></li></ol>')
    fy69 = ["skr-2569-03", "skr-2569-02", "skr-2568-12", "skr-2568-11", "skr-2568-10"]
    write("/infocenter/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          "<p>ข้อมูลตามมาตรา 9 (8) แห่งพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 จัดทำโดยกองคลัง</p>"
          '<div class="tabs"><h2>ปีงบประมาณ 2569</h2>' + doclist(fy69)
          + "<h2>ปีงบประมาณ 2568</h2>" + doclist(["skr-2568-09"])
          + '<p>ข้อมูลเดือนก่อนหน้า ดูได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p></div>'
          + "<h2>รายงานประจำปี</h2>" + doclist(["procure68"]))
    write("/procurement/", "จัดซื้อจัดจ้าง / e-GP",
          "<table class=\"egp\"><tr><th>วันที่ประกาศ</th><th>ประเภทประกาศ</th><th>เรื่อง</th><th>เลขที่โครงการ e-GP</th></tr>"
          f"<tr><td>{be(2026, 2, 17)}</td><td>ประกาศเชิญชวน</td><td>{doc('egp-kiosk')}</td><td>69029125417</td></tr>"
          f"<tr><td>{be(2025, 12, 3)}</td><td>ประกาศผู้ชนะการเสนอราคา</td><td>{doc('print-plan')}</td><td>68119402381</td></tr>"
          f'<tr><td>{be(2025, 10, 9)}</td><td>แผนการจัดซื้อจัดจ้าง</td><td><a href="/news/118/">ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง'
          " ประจำปีงบประมาณ พ.ศ. 2569</a></td><td>P69100003512</td></tr></table>"
          '<p>ค้นหาประกาศทั้งหมดของกรมได้ที่ <a href="https://www.gprocurement.go.th/">www.gprocurement.go.th</a> · '
          '<a href="/infocenter/procurement/">สรุปผลการจัดซื้อจัดจ้างรายเดือน</a></p>')


def complaint_page() -> None:
    write("/complaint/", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่กรม ผ่านแบบฟอร์มออนไลน์ด้านล่าง"
          " ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/submit/" method="post"><label>ชื่อ - สกุล (ไม่ระบุได้) <input name="name"></label><br>'
          '<label>โทรศัพท์/อีเมลติดต่อกลับ <input name="contact"></label><br><label>ผู้ถูกร้องเรียน/หน่วยงาน <input name="whom"></label><br>'
          '<label>รายละเอียดการกระทำ <textarea name="detail"></textarea></label><br><label>หลักฐาน <input type="file" name="file"></label>'
          '<button type="submit">ส่งเรื่องร้องเรียน</button></form>'
          "<h2>ช่องทางอื่น</h2><ul><li>ด้วยตนเองหรือไปรษณีย์: ศูนย์ปฏิบัติการต่อต้านการทุจริต ชั้น 5 อาคารกรม</li>"
          "<li>โทรศัพท์ 0 2354 7810 ต่อ 119</li>"
          '<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช. (แจ้งเบาะแสออนไลน์)</a></li>'
          '<li><a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท. (ศูนย์รับเรื่องร้องเรียน 1206)</a></li>'
          '<li><a href="https://www.1111.go.th/">ศูนย์บริการประชาชน 1111</a></li></ul>'
          f"<h2>เอกสารที่เกี่ยวข้อง</h2><p>{doc('complaint-guide')}</p><p>{doc('complaint-stat68')}</p>")


def ethics_page() -> None:
    write("/ethics/", "จริยธรรมและการป้องกันการทุจริต",
          f"<h2>ประมวลจริยธรรม</h2><p>{doc('ethics-code')}</p><p>{doc('ethics-order')}</p>"
          '<h2>กิจกรรมส่งเสริมจริยธรรม</h2><p><a href="/news/136/">กิจกรรม "คนหัตถกรรมรักษ์จริยธรรม" ประจำปี 2569</a></p>'
          f"<h2>No Gift Policy</h2><p>{doc('nogift68')}</p><p>{doc('gift-report68')}</p>"
          '<p><a href="/division/anticorruption/">ศูนย์ปฏิบัติการต่อต้านการทุจริต</a></p>')


# ITA 2569: (code, the department's own wording, links) where a link is a doc key, (label, url) or a note
ITA69 = [
    ("9.1 ข้อมูลพื้นฐาน", [
        ("O1", "โครงสร้างองค์กรและอำนาจหน้าที่", [("แผนภูมิโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
        ("O2", "ข้อมูลผู้บริหาร", [("ผู้บริหารกรม", "/about/executives/")]),
        ("O3", "ข้อมูลการติดต่อ และช่องทางถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("Q&A", "/qa/")]),
        ("O4", "ข่าวประชาสัมพันธ์", [("ข่าวกรม", "/news/dept/")])]),
    ("9.2 การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("O5", "แผนปฏิบัติราชการระยะ 5 ปี", ["plan5y"]),
        ("O6", "แผนปฏิบัติราชการ และแผนการใช้จ่ายงบประมาณ ประจำปี 2569", ["ap69", "spend69"]),
        ("O7", "รายงานผลการดำเนินงานประจำปี", ["annual68", ("รายงานผลการใช้จ่ายงบประมาณ", "spendrep67")]),
        ("O8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงานของหน่วยงาน", "/division/secretariat/")]),
        ("O9", "คู่มือสำหรับประชาชน", [("คู่มือสำหรับประชาชน", "/services/")]),
        ("O10", "E-Service", [("ระบบ E-Service", "/eservice/"), ("สถิติการให้บริการ", "estats")])]),
    ("9.3 การจัดซื้อจัดจ้าง", [
        ("O11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", [("สขร.1 ปีงบประมาณ 2569", "/infocenter/procurement/")]),
        ("O12", "รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปี 2568", ["procure68"])]),
    ("9.4 การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("O13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล", ["hr-criteria", "hr-plan69"]),
        ("O14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2568", ["(อยู่ระหว่างการจัดทำ)"]),
        ("O15", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", ["ethics-code", "ethics-order", ("กิจกรรมส่งเสริมจริยธรรม 2569", "/news/136/")])]),
    ("9.5 การส่งเสริมความโปร่งใส", [
        ("O16", "คู่มือการจัดการเรื่องร้องเรียนการทุจริต", ["complaint-guide"]),
        ("O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/")]),
        ("O18", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริต", [("ข้อมูลสถิติเรื่องร้องเรียน", "complaint-stat68")]),
        ("O19", "การเปิดโอกาสให้มีส่วนร่วม", [("ประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย", "/news/140/")])]),
    ("10.1 การป้องกันการทุจริต", [
        ("O20", "No Gift Policy", ["nogift68", "gift-report68"]),
        ("O21", "การประเมินความเสี่ยงการทุจริต ปี 2569", [("การประเมินความเสี่ยงการทุจริต ปี 2569", "risk69-draft")]),
        ("O22", "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยง", [("รายงานผล ปี 2568", "riskrep68")])]),
    ("10.2 การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("O23", "แผนปฏิบัติการป้องกันการทุจริต ปี 2569", ["acplan69"]),
        ("O24", "รายงานผลการดำเนินการป้องกันการทุจริต ปี 2568", ["acreport68"]),
        ("O25", "การนำผลการประเมิน ITA ไปพัฒนาองค์กร", ["ita-analysis"]),
        ("O26", "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมฯ ปี 2568",
         [("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส", "south-integrity")])]),
]
ITA68 = [
    ("O1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้าง", "/about/structure/")]),
    ("O6", "แผนปฏิบัติราชการ ประจำปี 2568", ["ap68", "spend68"]),
    ("O7", "รายงานผลการใช้จ่ายงบประมาณ ปี 2567", ["spendrep67"]),
    ("O13", "รายงานผลการจัดซื้อจัดจ้าง ปี 2567", [("ระบบ e-GP", "https://www.gprocurement.go.th/")]),
    ("O14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", ["hr-criteria"]),
    ("O15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2567", ["hr-report67"]),
    ("O16", "ประมวลจริยธรรม", ["ethics-code"]),
    ("O21", "ประกาศเจตนารมณ์ No Gift Policy 2568", ["nogift68"]),
    ("O23", "การประเมินความเสี่ยงการทุจริต 2568", ["risk68"]),
    ("O25", "แผนปฏิบัติการป้องกันการทุจริต 2568", ["acplan68-old"]),
]


def ita_link(link) -> str:
    if isinstance(link, str):
        return esc(link) if link.startswith("(") else doc(link)
    label, target = link
    if target in DOCS:
        return doc(target, label)
    return f'<a href="{target}">{esc(label)}</a>'


def ita_pages() -> None:
    acc = []
    for n, (group, items) in enumerate(ITA69):
        rows = "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{'<br>'.join(ita_link(x) for x in links)}</td></tr>"
                       for c, t, links in items)
        acc.append(f'<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button collapsed" '
                   f'data-bs-toggle="collapse" data-bs-target="#c{n}">ตัวชี้วัดย่อยที่ {esc(group)}</button></h2>'
                   f'<div id="c{n}" class="accordion-collapse collapse"><div class="accordion-body"><table class="ita">'
                   f"<tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{rows}</table></div></div></div>")
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569",
          "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA)"
          " ประจำปีงบประมาณ พ.ศ. 2569 ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>"
          '<div class="accordion">' + "".join(acc) + '</div><p>ปรับปรุงข้อมูลล่าสุด 10 เม.ย. 2569 · <a href="/ita/2568/">ITA 2568</a></p>')
    rows = "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{'<br>'.join(ita_link(x) for x in links)}</td></tr>"
                   for c, t, links in ITA68)
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568",
          f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{rows}</table>'
          '<p><a href="/ita/2569/">ITA 2569</a></p>')


def misc() -> None:
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>กรมเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562"
          " ติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล (DPO) ได้ที่ dpo@dhlp.go.th</p>")
    write("/search/", "ผลการค้นหา", "<p>กรุณาระบุคำค้นหา</p>")
    write("/en/", "About DHLP",
          f"<p>The {EN} (DHLP), Ministry of Industry, promotes Thai handicraft entrepreneurs and local wisdom products.</p>"
          "<p>Director-General: Mr. Worapong Thanakornkul. Address: 88/8 Ratchadaphisek Road, Huai Khwang, Bangkok 10310."
          " Tel. +66 2354 7810. E-mail saraban@dhlp.go.th</p>")
    links = "".join(f'<li><a href="{p}">{p}</a></li>' for p in sorted(set(PAGES)) if p != "/sitemap/")
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{links}</ul>")


CSS = """body{font-family:Sarabun,Tahoma,sans-serif;margin:0;color:#222}.topbar{background:#4a2c12;color:#fff;font-size:13px;padding:4px 12px}
.topbar a{color:#fff}.s{display:inline}header{display:flex;gap:10px;padding:8px 12px;background:#f6efe4}.org{font-size:20px}
.org span{font-size:13px}nav .nav{display:flex;list-style:none;margin:0;padding:0;background:#7a4a1f}nav .nav>li{position:relative}
nav a{display:block;color:#fff;padding:8px 10px;text-decoration:none}nav small{display:block;font-size:10px;opacity:.8}
.mega{display:none;position:absolute;background:#fff;list-style:none;padding:6px;min-width:220px}.mega a{color:#333}
li:hover>.mega{display:block}.wrap{display:flex;gap:16px;padding:12px}main{flex:3}.side{flex:1}
.banner{display:block;background:#e9dcc6;margin:4px 0;padding:8px}.card{border-bottom:1px solid #ddd;padding:6px 0}
.date,.meta{color:#777;font-size:12px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}
.collapse{display:none}.exec{display:inline-block;width:45%;vertical-align:top}footer{background:#333;color:#eee;padding:12px;font-size:13px}
footer a{color:#fc9}
"""
LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" width="56" height="56" viewBox="0 0 56 56"><circle cx="28" cy="28" r="26" '
        'fill="#7a4a1f"/><path d="M14 36 L28 14 L42 36 Z" fill="#f6efe4"/><text x="28" y="48" font-size="8" text-anchor="middle" '
        'fill="#fff">DHLP</text></svg>\n')


def png(path: str, shade: int) -> None:
    """A 60x80 grey placeholder portrait (a few hundred bytes)."""
    w, h = 60, 80
    raw = b"".join(b"\x00" + bytes([shade if (x - 30) ** 2 + (y - 28) ** 2 > 150 and not (y > 50 and abs(x - 30) < 22)
                                    else shade // 2 for x in range(w)]) for y in range(h))

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
    with open(path, "wb") as f:
        f.write(data)


def assets() -> None:
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "site.css"), "w", encoding="utf-8") as f:
        f.write(CSS)
    with open(os.path.join(HERE, "assets", "logo.svg"), "w", encoding="utf-8") as f:
        f.write(LOGO)
    for n, shade in enumerate([200, 190, 210, 180], 1):
        png(os.path.join(HERE, "assets", f"exec{n}.png"), shade)


def main() -> None:
    assets()
    home()
    about()
    divisions()
    contact_pages()
    service_pages()
    infocenter()
    complaint_page()
    ethics_page()
    ita_pages()
    news_pages()
    misc()


if __name__ == "__main__":
    main()
