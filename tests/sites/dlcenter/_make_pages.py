"""Generate the HTML pages of the "dlcenter" test site (เทศบาลตำบลโนนสะอาดใต้, invented).

Run:  python tests/sites/dlcenter/_make_pages.py   (after _make_docs.py: row sizes are read from
the files it wrote)

A small municipality whose provider's template has one ศูนย์ดาวน์โหลด (/download/, ten rows a
page, newest first, /download/page/N/) with a search box and category filters
(/download/cat/<slug>/); every document of the site is a row of it.  The ITA page links the
category filters, not the files.  Every page repeats the top bar, the menu, the left column
(mayor's name, hotline, banners, visitor counter) and the footer; pages are folder/index.html.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "เทศบาลตำบลโนนสะอาดใต้"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {
    "plan": "แผนพัฒนาท้องถิ่น", "budget": "งบประมาณ / แผนการดำเนินงาน", "report": "รายงานผลการดำเนินงาน",
    "manual": "คู่มือ", "stats": "สถิติการให้บริการ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
    "ethics": "จริยธรรม", "complaint": "เรื่องร้องเรียน", "integrity": "คุณธรรมและความโปร่งใส", "general": "ประกาศทั่วไป",
}
PER_PAGE = 10
MISSING_SIZE = "286.4 KB"  # what the row says for the file that is gone


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(layout(title, body))


MENU = [
    ("หน้าแรก", "/"), ("ข้อมูลพื้นฐาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
    ("คณะผู้บริหาร", "/about/executives/"), ("สภาเทศบาล", "/about/council/"), ("ข่าวประชาสัมพันธ์", "/news/"),
    ("ศูนย์ดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"), ("ร้องเรียนการทุจริต", "/complaint/"),
    ("ITA 2568", "/ita/2568/"), ("ติดต่อเรา", "/contact/"),
]


def layout(title: str, body: str) -> str:
    menu = " | ".join(f'<a href="{u}">{esc(t)}</a>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/site.css"></head>
<body>
<div class="topbar">{ORG} อำเภอหนองกุงศรี จังหวัดกาฬสินธุ์ &nbsp; โทร 0 4381 2257</div>
<div class="menu">{menu}</div>
<table class="wrap"><tr>
<td class="left">
<div class="box"><b>นายกเทศมนตรี</b><br>นายประยงค์ ศรีบุญเรือง<br>สายตรงนายก 08 1954 3302</div>
<div class="box"><a href="/download/">ศูนย์ดาวน์โหลด</a><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br>
<a href="/ita/2567/">ITA ๒๕๖๗ (ปีที่ผ่านมา)</a><br><a href="http://www.gprocurement.go.th/">ระบบ e-GP</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></div>
<div class="box">ผู้เข้าชม ๑๘๔,๒๐๗ ครั้ง</div>
</td>
<td class="main">
<h1>{esc(title)}</h1>
{body}
</td></tr></table>
<div class="footer">{ORG} 99 หมู่ที่ 4 ตำบลโนนสะอาดใต้ อำเภอหนองกุงศรี จังหวัดกาฬสินธุ์ 46220
โทรศัพท์/โทรสาร 0 4381 2257 อีเมล saraban@nonsaadtai.go.th &nbsp; <a href="/privacy/">นโยบายความเป็นส่วนตัว</a></div>
</body></html>
"""


def size_of(key: str) -> str:
    _t, _c, _u, _n, ext, maker = ROWS[key]
    if maker == "missing":
        return MISSING_SIZE
    n = os.path.getsize(os.path.join(HERE, name(key, ext).lstrip("/")))
    return f"{n / 1024:.1f} KB" if n else "0 KB"


def ordered() -> list[str]:
    return sorted(ROWS, key=lambda k: ROWS[k][2], reverse=True)


def table(keys: list[str], start: int = 1) -> str:
    if not keys:
        return '<p class="empty">ไม่พบข้อมูล</p>'
    rows = []
    for i, k in enumerate(keys, start):
        title, cat, up, count, ext, _m = ROWS[k]
        url = name(k, ext)
        rows.append(f'<tr><td>{i}</td><td><a href="{url}">{esc(title)}</a></td>'
                    f'<td><a href="/download/cat/{cat}/">{esc(CATS[cat])}</a></td><td>{be(up)}</td>'
                    f'<td>{ext.upper()} {size_of(k)}</td><td>{count:,}</td>'
                    f'<td><a class="btn" href="{url}">ดาวน์โหลด</a></td></tr>')
    return ('<table class="dl"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>หมวดหมู่</th><th>วันที่</th>'
            '<th>ขนาดไฟล์</th><th>ดาวน์โหลด (ครั้ง)</th><th></th></tr>\n' + "\n".join(rows) + "</table>")


def search_box() -> str:
    cats = "".join(f'<option value="{s}">{esc(n)}</option>' for s, n in CATS.items())
    links = " · ".join(f'<a href="/download/cat/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    return (f'<form action="/download/search/" method="get">ค้นหาเอกสาร <input name="q"> '
            f'<select name="cat"><option value="">ทุกหมวด</option>{cats}</select> <button>ค้นหา</button></form>'
            f'<p class="cats">หมวดหมู่: {links}</p>')


def download_pages() -> None:
    keys = ordered()
    pages = [keys[i:i + PER_PAGE] for i in range(0, len(keys), PER_PAGE)]
    for n, chunk in enumerate(pages, 1):
        nav = " ".join(f'<a href="{"/download/" if p == 1 else f"/download/page/{p}/"}">{p}</a>' if p != n else f"<b>{p}</b>"
                       for p in range(1, len(pages) + 1))
        body = (f"<p>เอกสารทั้งหมด {len(keys)} รายการ หน้า {n} จาก {len(pages)}</p>{search_box()}"
                + table(chunk, (n - 1) * PER_PAGE + 1) + f'<div class="pager">หน้า {nav}</div>')
        write("/download/" if n == 1 else f"/download/page/{n}/", "ศูนย์ดาวน์โหลดเอกสาร", body)
    for slug, cname in CATS.items():
        mine = [k for k in keys if ROWS[k][1] == slug]
        write(f"/download/cat/{slug}/", f"ศูนย์ดาวน์โหลด : {cname}",
              f"<p>หมวดหมู่ {esc(cname)} ({len(mine)} รายการ)</p>{search_box()}{table(mine)}")
    # the other category the ITA page links: complaint statistics (nothing uploaded yet)
    write("/download/cat/complaint-stats/", "ศูนย์ดาวน์โหลด : สถิติเรื่องร้องเรียน",
          f"<p>หมวดหมู่ สถิติเรื่องร้องเรียน (0 รายการ)</p>{search_box()}{table([])}")
    write("/download/search/", "ค้นหาเอกสาร", f"{search_box()}<p>กรุณาระบุคำค้นหา</p>")


NEWS = [  # id, date, title, body, page
    (318, "2 เม.ย. 2568", "เทศบาลตำบลโนนสะอาดใต้ จัดกิจกรรมรดน้ำดำหัวผู้สูงอายุ เนื่องในประเพณีสงกรานต์ ประจำปี 2568",
     "นายประยงค์ ศรีบุญเรือง นายกเทศมนตรี พร้อมคณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาล ร่วมรดน้ำดำหัวขอพรผู้สูงอายุทั้ง 9 หมู่บ้าน ณ หอประชุมเทศบาล", 1),
    (311, "20 มี.ค. 2568", "อบรมเชิงปฏิบัติการ การจัดทำแผนพัฒนาท้องถิ่น ให้แก่ผู้นำชุมชน",
     "กองยุทธศาสตร์และงบประมาณจัดอบรมผู้นำชุมชน 45 คน เรื่องขั้นตอนการจัดทำและทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570) "
     "และแนวทางการเสนอโครงการ วิทยากรจากสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดกาฬสินธุ์ ผู้สนใจดูแผนฉบับเต็มได้ที่ศูนย์ดาวน์โหลดของเทศบาล", 1),
    (305, "25 ก.พ. 2568", "ประชุมประชาคมหมู่บ้าน เพื่อรับฟังความคิดเห็นและจัดทำแผนพัฒนาท้องถิ่น ประจำปี 2568",
     "ระหว่างวันที่ 17 – 25 กุมภาพันธ์ 2568 เทศบาลจัดประชุมประชาคมครบทั้ง 9 หมู่บ้าน มีประชาชนเข้าร่วม 612 คน "
     "ประชาชนเสนอโครงการ 48 โครงการ เช่น ถนนเพื่อการเกษตร ไฟฟ้าส่องสว่าง ขุดลอกหนองสิม คณะกรรมการสนับสนุนการจัดทำแผนจะนำข้อเสนอไปพิจารณาบรรจุในแผน "
     "และแจ้งผลให้ประชาคมทราบ", 1),
    (298, "30 ม.ค. 2568", "โครงการอบรมคุณธรรมจริยธรรม ผู้บริหาร สมาชิกสภา และพนักงานเทศบาล ประจำปีงบประมาณ 2568",
     "เทศบาลตำบลโนนสะอาดใต้จัดอบรมเสริมสร้างคุณธรรมจริยธรรมตามประมวลจริยธรรมของพนักงานส่วนท้องถิ่น ณ วัดโนนสะอาด "
     "ผู้เข้าร่วม 86 คน มีการบรรยายเรื่องผลประโยชน์ทับซ้อนและการปฏิบัติตนตามประมวลจริยธรรม และลงนามปฏิญาณตนร่วมกัน", 1),
    (290, "11 ม.ค. 2568", "งานวันเด็กแห่งชาติ ประจำปี 2568", "จัดกิจกรรมวันเด็ก ณ ศูนย์พัฒนาเด็กเล็กบ้านโนนสะอาด มีเด็กและผู้ปกครองร่วมงานกว่า 400 คน", 1),
    (281, "9 ธ.ค. 2567", "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 4 ประจำปี 2567",
     "สภาเทศบาลพิจารณาการโอนงบประมาณรายจ่าย และรับทราบรายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ประจำปี 2567", 1),
    (274, "15 พ.ย. 2567", "งานประเพณีลอยกระทง ประจำปี 2567", "ประชาชนร่วมงานลอยกระทง ณ หนองสิม มีการประกวดกระทงจากวัสดุธรรมชาติ", 1),
    (269, "1 ต.ค. 2567", "ผู้บริหารและพนักงานเทศบาลร่วมประกาศเจตนารมณ์ไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2568",
     "นายกเทศมนตรีนำคณะผู้บริหารและพนักงานเทศบาลประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ "
     "ดาวน์โหลดประกาศได้ที่หมวดคุณธรรมและความโปร่งใสของศูนย์ดาวน์โหลด", 1),
    (255, "17 ก.ย. 2567", "สภาเทศบาลให้ความเห็นชอบร่างเทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ 2568",
     "สภาเทศบาลมีมติเห็นชอบร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 ในวาระที่ 3", 2),
    (241, "22 ก.ค. 2567", "ถวายเทียนพรรษา ประจำปี 2567", "คณะผู้บริหารร่วมถวายเทียนพรรษาแก่วัดในเขตเทศบาล 6 วัด", 2),
    (233, "20 พ.ค. 2567", "ขอเชิญประชาชนตรวจดูและพิมพ์ร่างแผนพัฒนาท้องถิ่นเพิ่มเติม",
     "ประชาชนสามารถตรวจดูร่างแผนพัฒนาท้องถิ่นเพิ่มเติม และขอพิมพ์สำเนาได้ที่สำนักปลัด ระหว่างวันที่ 20 – 31 พฤษภาคม 2567", 2),
    (220, "3 เม.ย. 2567", "จัดซื้อรถบรรทุกน้ำอเนกประสงค์", "เทศบาลรับมอบรถบรรทุกน้ำขนาด 6,000 ลิตร เพื่อบริการประชาชนในช่วงภัยแล้ง", 2),
]


def news_pages() -> None:
    for n in (1, 2):
        items = "".join(f'<li><a href="/news/view/{i}/">{esc(t)}</a> <span class="date">{dt}</span></li>'
                        for i, dt, t, _b, p in NEWS if p == n)
        pager = '<a href="/news/">1</a> <a href="/news/page/2/">2</a>'
        write("/news/" if n == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul><div class="pager">หน้า {pager}</div>')
    for i, dt, t, b, _p in NEWS:
        write(f"/news/view/{i}/", t, f'<p class="date">วันที่ {dt}</p><p>{esc(b)}</p><p><a href="/news/">« กลับหน้าข่าว</a></p>')


ITA = [  # code, wording on the ITA page, link
    ("o1", "โครงสร้าง", "/about/structure/"), ("o2", "ข้อมูลผู้บริหาร", "/about/executives/"),
    ("o3", "ข้อมูลการติดต่อ", "/contact/"), ("o4", "ข่าวประชาสัมพันธ์", "/news/"),
    ("o5", "แผนพัฒนาท้องถิ่น", "/download/cat/plan/"), ("o6", "แผนการดำเนินงานและการใช้งบประมาณ", "/download/cat/budget/"),
    ("o7", "รายงานผลการดำเนินงานประจำปี", "/download/cat/report/"), ("o8", "คู่มือการปฏิบัติงาน", "/download/cat/manual/"),
    ("o9", "คู่มือการให้บริการ", "/download/cat/manual/"), ("o10", "E-Service", "/eservice/"),
    ("o11", "สถิติการให้บริการ", "/download/cat/stats/"), ("o12", "รายการจัดซื้อจัดจ้าง (สขร.1)", "/download/cat/procure/"),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", "/download/cat/procure/"), ("o14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", "/download/cat/hr/"),
    ("o15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", "/download/cat/hr/"), ("o16", "ประมวลจริยธรรม", "/download/cat/ethics/"),
    ("o17", "แนวปฏิบัติการจัดการเรื่องร้องเรียน", "/download/cat/complaint/"), ("o18", "ช่องทางแจ้งเรื่องร้องเรียน", "/complaint/"),
    ("o19", "สถิติเรื่องร้องเรียน", "/download/cat/complaint-stats/"), ("o20", "การมีส่วนร่วม", "/news/"),
    ("o21", "No Gift Policy", "/download/cat/integrity/"), ("o22", "รายงานการรับทรัพย์สิน", "/download/cat/integrity/"),
    ("o23", "การประเมินความเสี่ยงการทุจริต", "/download/cat/integrity/"), ("o24", "รายงานผลการจัดการความเสี่ยง", "/download/cat/integrity/"),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต", "/download/cat/integrity/"), ("o26", "รายงานผลการป้องกันการทุจริต", "/download/cat/integrity/"),
]


def ita_pages() -> None:
    rows = "".join(f'<tr><td>{c}</td><td>{esc(t)}</td><td><a href="{u}">คลิก</a></td></tr>' for c, t, u in ITA)
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568",
          "<p>เทศบาลตำบลโนนสะอาดใต้เผยแพร่ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ ประจำปีงบประมาณ พ.ศ. 2568 "
          "เอกสารทั้งหมดอยู่ในศูนย์ดาวน์โหลด สถิติเรื่องร้องเรียนการทุจริตจะสรุปเมื่อสิ้นปีงบประมาณ</p>"
          f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{rows}</table>')
    old = [("O8", "แผนดำเนินงานประจำปี", name("opplan-67", "pdf")), ("O9", "งบประมาณรายจ่าย", name("budget-67", "pdf")),
           ("O10", "รายงานผลการดำเนินงาน", name("annual-66", "pdf")), ("O16", "รายงานผลการจัดซื้อจัดจ้าง 2566", "/dl/files/3f9c0e12ab.pdf"),
           ("O32", "แผนป้องกันการทุจริต", name("acplan-61-64", "pdf")), ("O34", "ความเสี่ยงการทุจริต", name("riskreport-66", "pdf"))]
    rows = "".join(f'<tr><td>{c}</td><td>{esc(t)}</td><td><a href="{u}">คลิก</a></td></tr>' for c, t, u in old)
    write("/ita/2567/", "ITA ประจำปี 2567", f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{rows}</table>')


def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/view/{i}/">{esc(t)}</a> {dt}</li>' for i, dt, t, _b, _p in NEWS[:5])
    newest = "".join(f'<li><a href="{name(k, ROWS[k][4])}">{esc(ROWS[k][0])}</a> {be(ROWS[k][2])}</li>' for k in ordered()[:5])
    write("/", "หน้าแรก", f'<h2>ข่าวประชาสัมพันธ์</h2><ul>{latest}</ul><p><a href="/news/">ดูทั้งหมด</a></p>'
          f'<h2>เอกสารล่าสุดในศูนย์ดาวน์โหลด</h2><ul>{newest}</ul><p><a href="/download/">ศูนย์ดาวน์โหลด</a></p>')
    write("/about/history/", "ข้อมูลพื้นฐาน", "<p>เทศบาลตำบลโนนสะอาดใต้ยกฐานะจากองค์การบริหารส่วนตำบลเมื่อปี พ.ศ. 2551 "
          "พื้นที่ 47.3 ตารางกิโลเมตร 9 หมู่บ้าน ประชากร 5,418 คน 1,702 ครัวเรือน อาชีพหลัก ทำนา ปลูกอ้อย เลี้ยงโคเนื้อ</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          "<h2>แผนภูมิโครงสร้าง</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี (2)</li><li>เลขานุการนายกเทศมนตรี</li></ul></li>"
          "<li>สภาเทศบาล (สมาชิก 12 คน) ประธานสภา รองประธานสภา เลขานุการสภา</li>"
          "<li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li>"
          "<li>กองการศึกษา</li><li>กองยุทธศาสตร์และงบประมาณ</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          '<h2>อำนาจหน้าที่</h2><p>เทศบาลตำบลมีหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 และมาตรา 51 '
          "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 ได้แก่ รักษาความสงบเรียบร้อยของประชาชน "
          "ให้มีและบำรุงทางบกและทางน้ำ รักษาความสะอาดของถนนและที่สาธารณะ ป้องกันและระงับโรคติดต่อ ให้ราษฎรได้รับการศึกษาอบรม "
          'ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุและผู้พิการ บำรุงศิลปะ จารีตประเพณี</p><p><a href="/about/authority/">อำนาจหน้าที่ของแต่ละส่วนราชการ</a></p>')
    write("/about/authority/", "อำนาจหน้าที่ของส่วนราชการ",
          "<p>สำนักปลัดเทศบาล: งานบริหารทั่วไป งานธุรการ งานป้องกันและบรรเทาสาธารณภัย งานสวัสดิการสังคม</p>"
          "<p>กองคลัง: งานการเงินและบัญชี งานจัดเก็บรายได้ งานพัสดุ</p><p>กองช่าง: งานก่อสร้าง งานควบคุมอาคาร งานสาธารณูปโภค</p>"
          "<p>กองการศึกษา: ศูนย์พัฒนาเด็กเล็ก 2 แห่ง งานกีฬาและวัฒนธรรม</p><p>กองยุทธศาสตร์และงบประมาณ: งานแผน งานงบประมาณ งานติดตามประเมินผล</p>")
    execs = [("นายประยงค์ ศรีบุญเรือง", "นายกเทศมนตรีตำบลโนนสะอาดใต้", "08 1954 3302"),
             ("นายสมัย พลแสน", "รองนายกเทศมนตรี", "08 9571 2046"), ("นางอรุณี ทองศรี", "รองนายกเทศมนตรี", "08 6230 4417"),
             ("นายวิเชียร มาลัยทอง", "เลขานุการนายกเทศมนตรี", "09 2815 6630"),
             ("นางสาวกาญจนา บุญประคอง", "ปลัดเทศบาล", "08 7224 9105")]
    write("/about/executives/", "คณะผู้บริหาร", "".join(
        f'<div class="person"><img src="/assets/person.png" alt="" width="80"><p>{esc(n)}<br>{esc(p)}<br>โทร {t}</p></div>'
        for n, p, t in execs))
    write("/about/council/", "สมาชิกสภาเทศบาล", "<p>นายบุญมี แสงจันทร์ ประธานสภาเทศบาล</p><p>นางสุดใจ ไชยมาตย์ รองประธานสภาเทศบาล</p>"
          "<p>สมาชิกสภาเทศบาล เขต 1 จำนวน 6 คน เขต 2 จำนวน 6 คน</p>")
    write("/contact/", "ติดต่อเรา", "<p>เทศบาลตำบลโนนสะอาดใต้ 99 หมู่ที่ 4 ตำบลโนนสะอาดใต้ อำเภอหนองกุงศรี จังหวัดกาฬสินธุ์ 46220</p>"
          "<p>โทรศัพท์ 0 4381 2257 โทรสาร 0 4381 2258 สายตรงนายก 08 1954 3302</p><p>อีเมล saraban@nonsaadtai.go.th</p>"
          '<p>Facebook: <a href="https://www.facebook.com/nonsaadtai.municipality">เทศบาลตำบลโนนสะอาดใต้</a></p>'
          '<p><a href="https://maps.google.com/?q=16.6671,103.2952">แผนที่ Google Maps</a></p><p>เวลาทำการ วันจันทร์ – วันศุกร์ 08.30 – 16.30 น.</p>')
    write("/eservice/", "E-Service ขอรับบริการออนไลน์",
          '<p>ประชาชนสามารถยื่นคำร้องขอรับบริการผ่านระบบออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>'
          '<form action="https://forms.gle/Nn4xSaadTaiService" method="get"><p>ชื่อ – สกุล <input name="name"></p><p>เบอร์โทรศัพท์ <input name="tel"></p>'
          '<p>ประเภทบริการ <select name="type"><option>ขอรับน้ำอุปโภคบริโภค</option><option>ขอซ่อมไฟฟ้าส่องสว่าง</option>'
          '<option>ขอรับถังขยะ</option><option>ขอใช้รถกู้ชีพ</option></select></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
          "<p><button>ส่งคำร้อง</button></p></form>")
    write("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>หากพบเห็นเจ้าหน้าที่ของเทศบาลทุจริตหรือประพฤติมิชอบ แจ้งได้ทางแบบฟอร์มนี้ ด้วยตนเองที่สำนักปลัด โทร 0 4381 2257 "
          "หรือทางไปรษณีย์ ผู้ร้องเรียนได้รับการคุ้มครองและข้อมูลจะเก็บเป็นความลับ</p>"
          '<form action="https://forms.gle/Nn4xSaadTaiComplaint" method="post"><p>ชื่อผู้ร้องเรียน (ไม่ระบุก็ได้) <input name="name"></p>'
          '<p>เรื่องที่ร้องเรียน <input name="subject"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
          '<p>ช่องทางติดต่อกลับ <input name="contact"></p><p><button>ส่งเรื่องร้องเรียน</button></p></form>')
    write("/privacy/", "นโยบายความเป็นส่วนตัว", "<p>เทศบาลเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")


def assets() -> None:
    from PIL import Image

    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    Image.new("RGB", (80, 100), (210, 215, 225)).save(os.path.join(HERE, "assets", "person.png"), optimize=True)
    with open(os.path.join(HERE, "assets", "site.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Tahoma,sans-serif;font-size:14px;margin:0}.topbar,.footer{background:#1d5c2e;color:#fff;padding:6px}"
                ".menu{background:#e6efe3;padding:6px}.wrap{width:100%}.left{width:200px;vertical-align:top}.box{border:1px solid #ccc;margin:4px;padding:4px}"
                "table.dl,table.ita{border-collapse:collapse}table.dl td,table.dl th,table.ita td,table.ita th{border:1px solid #bbb;padding:3px}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()
    download_pages()
    ita_pages()


if __name__ == "__main__":
    main()
