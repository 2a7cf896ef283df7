"""Generate the HTML pages of the "transport" test site (สำนักงานขนส่งจังหวัดลำภูทอง, invented).

Run:  python tests/sites/transport/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial land transport office on the department's provincial web template: a blue top strip
with links to กรมการขนส่งทางบก, a banner, a main menu, a right column (the head of office, hotline
1584, online-service banners, ITA links for 2568 and 2567, a visitor counter) and a footer on
every page; pages are folder/index.html.  Documents are listed by category under /download/<cat>/
(newest upload first, each with its upload date and size), the monthly สขร.1 on /procurement/,
news under /news/ (FY2568) and /news/page/2/ (FY2567).  The ITA page /ita/2568/ is a table of
o1 … o26 in the office's own short wording whose links go to files, pages, category lists or, for
o26, to last year's /ita/2567/, which is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "สำนักงานขนส่งจังหวัดลำภูทอง"
SHORT = "ขนส่งจังหวัดลำภูทอง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน/แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "บริหารงานบุคคล",
        "integrity": "คุณธรรม จริยธรรม และความโปร่งใส", "general": "หนังสือเวียน/เอกสารทั่วไป"}
MISSING_SIZE = {"gift-report": "388.2 KB", "gift-report-66": "402.9 KB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key)


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("งานบริการ", "/services/"),
        ("บริการออนไลน์", "/eservice/"), ("สถิติ", "/stats/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("เอกสารดาวน์โหลด", "/download/"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/dlt-province.css"></head>
<body>
<div id="strip"><a href="https://www.dlt.go.th/">กรมการขนส่งทางบก</a> | <a href="https://www.mot.go.th/">กระทรวงคมนาคม</a>
| สายด่วน 1584 | <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="banner"><img src="/assets/dlt-logo.png" alt="ตรากรมการขนส่งทางบก" width="70" height="70">
<span class="org">{ORG}</span><br><span class="en">Lamphu Thong Provincial Land Transport Office</span></div>
<ul id="nav">
{menu}
</ul>
<div id="body"><div id="content">
<p class="crumb"><a href="/">หน้าแรก</a> › {esc(title)}</p>
<h1>{esc(title)}</h1>
{body}
</div>
<div id="right">
<div class="blk"><img src="/assets/chief.png" alt="ขนส่งจังหวัดลำภูทอง" width="90" height="110"><br>
<b>นายธีรวัฒน์ ศรีวงศ์ชัย</b><br>ขนส่งจังหวัดลำภูทอง</div>
<div class="blk"><b>บริการออนไลน์</b><br><a href="/eservice/">ชำระภาษีรถ / จองคิวออนไลน์</a><br>
<a href="/services/driving-license/">ใบอนุญาตขับรถ</a><br><a href="/complaint/online/">แจ้งเรื่องร้องเรียนการทุจริต</a></div>
<div class="blk"><b>ITA</b><br><a href="/ita/2568/">ITA ปี 2568</a><br><a href="/ita/2567/">ITA ปี 2567</a></div>
<div class="blk"><a href="/branch/">สาขาอำเภอนาคำใต้</a><br><a href="/links/">หน่วยงานที่เกี่ยวข้อง</a></div>
<div class="blk">ผู้เข้าชมวันนี้ 214 | ทั้งหมด 1,086,322</div>
</div></div>
<div id="foot">{ORG} 88 หมู่ที่ 5 ถนนเลี่ยงเมือง ตำบลหนองขาม อำเภอเมืองลำภูทอง จังหวัดลำภูทอง 48120<br>
โทรศัพท์ 0 4251 7730 โทรสาร 0 4251 7731 · <a href="/privacy/">นโยบายเว็บไซต์และการคุ้มครองข้อมูลส่วนบุคคล</a><br>
© 2562 {ORG} กรมการขนส่งทางบก</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return MISSING_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if ROWS[k][4] != "hidden" and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _s = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td>{a(f(k), title)}</td><td>{be(up)}</td>'
                    f'<td><img src="/assets/ico-{ext}.gif" alt="{ext}"> {size_of(k)}</td></tr>')
    return ('<table class="dl"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่เผยแพร่</th><th>ขนาดไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (412, (2025, 4, 3), "ขนส่งจังหวัดลำภูทอง เปิดให้บริการวันเสาร์ ช่วงเดือนเมษายน 2568",
     ["เพื่ออำนวยความสะดวกแก่ประชาชนก่อนเทศกาลสงกรานต์ สำนักงานเปิดให้บริการชำระภาษีรถและต่ออายุใบอนุญาตขับรถ "
      "ทุกวันเสาร์ของเดือนเมษายน 2568 เวลา 08.30 - 12.00 น."]),
    (409, (2025, 3, 21), "ตรวจความพร้อมรถโดยสารสาธารณะ ก่อนเทศกาลสงกรานต์ 2568",
     ["เจ้าหน้าที่กลุ่มวิศวกรรมยานยนต์ออกตรวจสภาพรถโดยสารประจำทาง ณ สถานีขนส่งผู้โดยสารจังหวัดลำภูทอง จำนวน 62 คัน "
      "และตรวจความพร้อมของผู้ขับรถด้วยเครื่องวัดแอลกอฮอล์"]),
    (405, (2025, 2, 14), "สรุปผลการประชุมรับฟังความคิดเห็น การปรับปรุงเส้นทางรถโดยสารประจำทาง หมวด 4 สายลำภูทอง - นาคำใต้",
     ["เมื่อวันที่ 13 กุมภาพันธ์ 2568 สำนักงานขนส่งจังหวัดลำภูทอง จัดประชุมรับฟังความคิดเห็นของประชาชนและผู้ประกอบการขนส่ง "
      "เพื่อเปิดโอกาสให้มีส่วนร่วมในการกำหนดเส้นทางและจุดจอดรถโดยสารประจำทาง หมวด 4 สายลำภูทอง - นาคำใต้ ก่อนเสนอคณะกรรมการควบคุมการขนส่งทางบกจังหวัด",
      "ผู้เข้าร่วมประชุม 46 คน ได้แก่ ผู้ประกอบการขนส่ง 9 ราย ผู้นำชุมชนและกำนันผู้ใหญ่บ้าน 14 คน ประชาชนผู้ใช้บริการ 23 คน",
      "ผลการรับฟังความคิดเห็น : ที่ประชุมเสนอเพิ่มจุดจอดหน้าโรงพยาบาลนาคำใต้และตลาดหนองขาม ขอให้เพิ่มเที่ยววิ่งช่วงเช้า 1 เที่ยว "
      "สำนักงานจะนำข้อเสนอไปปรับร่างเส้นทางและแจ้งผลให้ผู้เข้าร่วมทราบภายในเดือนมีนาคม 2568"]),
    (401, (2025, 2, 3), "ขอเชิญร่วมประชุมรับฟังความคิดเห็น เส้นทางรถโดยสารประจำทาง หมวด 4",
     ["ขอเชิญผู้ประกอบการและประชาชนร่วมประชุมในวันที่ 13 กุมภาพันธ์ 2568 เวลา 09.30 น. ณ ห้องประชุมสำนักงาน",
      'ดาวน์โหลด <a href="{invite}">หนังสือเชิญประชุม</a>']),
    (396, (2025, 1, 24), "กิจกรรมส่งเสริมคุณธรรมจริยธรรม \"ขนส่งโปร่งใส ไม่รับสินบน\" ประจำปีงบประมาณ 2568",
     ["วันที่ 24 มกราคม 2568 ขนส่งจังหวัดลำภูทองเป็นประธานกิจกรรมขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือนและข้อกำหนดจริยธรรม "
      "(Do's & Don'ts) ของกรมการขนส่งทางบก ให้เจ้าหน้าที่ทุกกลุ่มงานนำไปปฏิบัติ พร้อมลงนามบันทึกความร่วมมือไม่รับเงินจากตัวแทน",
      "มีผู้เข้าร่วม ข้าราชการ พนักงานราชการ และลูกจ้าง รวม 58 คน จากสำนักงานจังหวัดและสาขาอำเภอนาคำใต้"]),
    (390, (2024, 12, 27), "ตั้งจุดบริการประชาชนช่วงเทศกาลปีใหม่ 2568",
     ["ตั้งจุดตรวจความพร้อมรถโดยสารและผู้ขับรถ ณ สถานีขนส่งผู้โดยสาร ระหว่างวันที่ 27 ธันวาคม 2567 - 2 มกราคม 2568"]),
    (386, (2024, 12, 2), "หน่วยบริการเคลื่อนที่ รับชำระภาษีรถ อำเภอโพนสะอาด",
     ["หน่วยบริการเคลื่อนที่ให้บริการรับชำระภาษีรถประจำปี ณ ที่ว่าการอำเภอโพนสะอาด มีผู้รับบริการ 312 ราย"]),
    (381, (2024, 11, 15), "ประกาศใช้แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568",
     ['สำนักงานขนส่งจังหวัดลำภูทองประกาศใช้แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568 <a href="{ap68}">รายละเอียด</a>']),
    (377, (2024, 10, 9), "ขนส่งจังหวัดลำภูทองประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2568",
     ['ขนส่งจังหวัดประกาศเจตจำนงสุจริตต่อหน้าเจ้าหน้าที่ทุกคน <a href="{integrity}">ประกาศเจตจำนงสุจริต</a>']),
    (372, (2024, 10, 1), "แนะนำการชำระภาษีรถออนไลน์ ไม่ต้องเดินทางมาสำนักงาน",
     ["ประชาชนสามารถชำระภาษีรถประจำปีผ่านระบบ e-Service ของกรมการขนส่งทางบก หรือแอปพลิเคชัน DLT Vehicle Tax ได้ตลอด 24 ชั่วโมง"]),
    # FY2567, page 2
    (355, (2024, 8, 20), "ประชุมชี้แจงผู้ประกอบการรถบรรทุก เรื่องการติดตั้ง GPS",
     ["ผู้ประกอบการรถบรรทุก 37 ราย เข้าร่วมประชุมชี้แจง ณ ห้องประชุมสำนักงาน"]),
    (348, (2024, 5, 10), "รายงานผลการดำเนินงานตามแผนปฏิบัติราชการ รอบ 6 เดือน ปีงบประมาณ 2567",
     ['เผยแพร่รายงานรอบ 6 เดือน (ต.ค. 2566 - มี.ค. 2567) <a href="{ap6m}">ดาวน์โหลด</a>']),
    (341, (2024, 2, 16), "ประชุมรับฟังความคิดเห็น การกำหนดจุดจอดรถตู้โดยสาร ปี 2567",
     ["ผู้ประกอบการรถตู้และประชาชน 31 คน ร่วมแสดงความคิดเห็นเรื่องจุดจอดรถตู้หน้าตลาดเทศบาล"]),
    (333, (2023, 10, 5), "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2567",
     ['ขนส่งจังหวัดลำภูทองประกาศนโยบาย No Gift Policy ขอความร่วมมืองดให้ของขวัญทุกโอกาส <a href="{nogift}">ประกาศ</a>']),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"invite": f("hearing-invite"), "ap68": f("ap-68"), "integrity": f("integrity-68"),
             "ap6m": f("ap-6m"), "nogift": f("nogift")}
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title,
              f'<p class="date">โพสต์เมื่อ {be(date(y, m, day))} โดย ฝ่ายบริหารทั่วไป</p>'
              f'<img src="/assets/news.jpg" alt="ภาพกิจกรรม" width="120" height="80">{body}'
              '<p><a href="/news/">« ย้อนกลับ</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li>{a(f"/news/{n[0]}/", n[2])} <span class="date">{be(date(*n[1]))}</span></li>'
                          for n in chunk)
        pager = ('<p class="pager">หน้า <b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">»</a></p>' if p == 1
                 else '<p class="pager">หน้า <a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2568 = [  # (ข้อ, heading, [(link text, key or path)])
    ("ข้อมูลพื้นฐาน", None),
    ("o1", "โครงสร้าง / อำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ทำเนียบผู้บริหาร", "/about/executives/")]),
    ("o3", "การติดต่อ", [("ติดต่อเรา", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("การบริหารงานและการใช้จ่ายงบประมาณ", None),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์สำนักงาน", "strat-63-67")]),
    ("o6", "แผนปฏิบัติราชการและการใช้งบประมาณ ปี 2568", [("แผนงาน ปี 2568", "/download/plan/"),
                                                       ("รายงานความก้าวหน้า 6 เดือน", "ap-6m")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "annual-66")]),
    ("o8", "คู่มือปฏิบัติงาน", [("SOP งานตรวจสภาพรถ", "sop-inspect")]),
    ("o9", "คู่มือประชาชน", [("งานบริการ", "/services/"), ("คู่มือสำหรับประชาชน", "citizen")]),
    ("o10", "E-Service", [("บริการออนไลน์", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติ", "/stats/")]),
    ("การจัดซื้อจัดจ้าง", None),
    ("o12", "รายการจัดซื้อจัดจ้าง (สขร.1)", [("สขร.1 ปีงบ 2568", "/procurement/")]),
    ("o13", "รายงานผลจัดซื้อจัดจ้างประจำปี", [("รายงานปีงบ 2567", "proc-year-67")]),
    ("การบริหารและพัฒนาทรัพยากรบุคคล", None),
    ("o14", "แผนบริหารและพัฒนาบุคลากร", [("แผนพัฒนาบุคลากร ปี 2568", "hr-plan")]),
    ("o15", "รายงานผลการพัฒนาบุคลากร", []),
    ("o16", "ประมวลจริยธรรม / การขับเคลื่อน", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรม ปี 2568", "/news/396/")]),
    ("การส่งเสริมความโปร่งใส", None),
    ("o17", "คู่มือจัดการเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o18", "ช่องทางร้องเรียนการทุจริต", [("ร้องเรียนออนไลน์", "/complaint/online/")]),
    ("o19", "สถิติเรื่องร้องเรียน", [("สถิติ", "/complaint/stats/")]),
    ("o20", "การมีส่วนร่วม", [("รับฟังความคิดเห็น ก.พ. 68", "/news/405/")]),
    ("การป้องกันการทุจริตในประเด็นสินบน", None),
    ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", "nogift")]),
    ("o22", "รายงานการรับของขวัญ", [("รายงาน ปี 2567", "gift-report")]),
    ("o23", "ประเมินความเสี่ยงสินบน", [("ผลการประเมิน ปี 2568", "risk-68")]),
    ("o24", "รายงานผลจัดการความเสี่ยง", [("รายงาน ปี 2567", "risk-report-67")]),
    ("การส่งเสริมคุณธรรมและความโปร่งใส", None),
    ("o25", "แผนป้องกันการทุจริต", [("แผน ปี 2568", "anti-plan-68")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("ดูข้อมูล", "/ita/2567/#o26")]),
]
ITA_2567 = [
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ 2563-2567", "strat-63-67")]),
    ("o6", "แผนปฏิบัติราชการ ปี 2567", [("แผนปฏิบัติราชการ 2567", "ap-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "annual-66")]),
    ("o21", "No Gift Policy", [("ประกาศ No Gift Policy 2567", "nogift")]),
    ("o22", "รายงานการรับของขวัญ", [("รายงาน ปี 2566", "gift-report-66")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผน ปี 2567", "anti-plan-67")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานผลการดำเนินการป้องกันการทุจริต", "anti-report-66")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ข้อมูล/ลิงก์</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="grp"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = " | ".join(a(h if h.startswith("/") else f(h), t) for t, h in links) or "อยู่ระหว่างรวบรวมข้อมูล"
        out.append(f'<tr id="{code}"><td>{code.upper()}</td><td>{esc(heading)}</td><td>{cell}</td></tr>')
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li>{a(f"/news/{n[0]}/", n[2])} ({be(date(*n[1]))})</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          '<div class="marquee">ประชาสัมพันธ์ : ชำระภาษีรถออนไลน์ได้ตลอด 24 ชั่วโมง · '
          '<a href="/ita/2568/">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568</a></div>'
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">อ่านทั้งหมด</a></p>'
          '<h2>บริการประชาชน</h2><ul><li><a href="/services/driving-license/">ใบอนุญาตขับรถ</a></li>'
          '<li><a href="/services/vehicle-tax/">ชำระภาษีรถประจำปี</a></li><li><a href="/services/registration/">งานทะเบียนรถ</a></li>'
          '<li><a href="/services/inspection/">ตรวจสภาพรถ</a></li><li><a href="/eservice/">บริการออนไลน์</a></li></ul>')
    write("/about/history/", "ประวัติความเป็นมา",
          "<p>สำนักงานขนส่งจังหวัดลำภูทองจัดตั้งขึ้นเมื่อปี พ.ศ. 2519 เป็นราชการส่วนภูมิภาคสังกัดกรมการขนส่งทางบก "
          "ย้ายมาที่ทำการปัจจุบันริมถนนเลี่ยงเมืองในปี พ.ศ. 2548 และเปิดสาขาอำเภอนาคำใต้ในปี พ.ศ. 2556</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : บริการรวดเร็ว โปร่งใส ใส่ใจความปลอดภัย</p><p>พันธกิจ : 1 ให้บริการงานทะเบียนและภาษีรถ "
          "2 ออกใบอนุญาตขับรถอย่างมีมาตรฐาน 3 กำกับดูแลการขนส่งสาธารณะให้ปลอดภัย</p>")
    write("/about/structure/", "โครงสร้างหน่วยงาน",
          '<img src="/assets/org-chart.png" alt="แผนภูมิโครงสร้างสำนักงานขนส่งจังหวัดลำภูทอง" width="160" height="100">'
          "<ul><li>ขนส่งจังหวัดลำภูทอง<ul><li>ฝ่ายบริหารทั่วไป</li><li>กลุ่มวิศวกรรมยานยนต์</li><li>กลุ่มทะเบียนรถ</li>"
          "<li>กลุ่มใบอนุญาตขับรถและผู้ประจำรถ</li><li>กลุ่มมาตรฐานการขนส่ง</li><li>กลุ่มตรวจสอบและความปลอดภัย</li>"
          "<li>สำนักงานขนส่งจังหวัดลำภูทอง สาขาอำเภอนาคำใต้</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมการขนส่งทางบก กระทรวงคมนาคม สำนักงานขนส่งจังหวัดมีอำนาจหน้าที่โดยสรุปดังนี้</p><ol>"
          "<li>ดำเนินการตามกฎหมายว่าด้วยการขนส่งทางบก กฎหมายว่าด้วยรถยนต์ และกฎหมายอื่นที่เกี่ยวข้องในเขตจังหวัด</li>"
          "<li>จดทะเบียนรถ เก็บภาษีรถประจำปี และตรวจสภาพรถ</li><li>ออกใบอนุญาตขับรถและใบอนุญาตผู้ประจำรถ</li>"
          "<li>ออกใบอนุญาตประกอบการขนส่งและกำกับดูแลผู้ประกอบการขนส่ง สถานีขนส่ง และสถานตรวจสภาพรถเอกชน</li>"
          "<li>ส่งเสริมความปลอดภัยในการใช้รถใช้ถนนและลดอุบัติเหตุ</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    execs = [("นายธีรวัฒน์ ศรีวงศ์ชัย", "ขนส่งจังหวัดลำภูทอง", "0 4251 7730 ต่อ 100"),
             ("นางสาวกนกวรรณ พูลเพิ่ม", "หัวหน้าฝ่ายบริหารทั่วไป", "0 4251 7730 ต่อ 101"),
             ("นายวิชิต ทองคำภู", "หัวหน้ากลุ่มวิศวกรรมยานยนต์", "0 4251 7730 ต่อ 120"),
             ("นางรัตนา แสงสุริยา", "หัวหน้ากลุ่มทะเบียนรถ", "0 4251 7730 ต่อ 130"),
             ("นายสุรชัย บุญมาก", "หัวหน้ากลุ่มใบอนุญาตขับรถและผู้ประจำรถ", "0 4251 7730 ต่อ 140"),
             ("นายอนุชา ไชยวงศ์", "หัวหน้ากลุ่มมาตรฐานการขนส่ง", "0 4251 7730 ต่อ 150"),
             ("นายเกียรติศักดิ์ ศรีนวล", "หัวหน้ากลุ่มตรวจสอบและความปลอดภัย", "0 4251 7730 ต่อ 160"),
             ("นางสาวปิยะนุช ดวงดี", "หัวหน้าสำนักงานขนส่งจังหวัดลำภูทอง สาขาอำเภอนาคำใต้", "0 4259 1182")]
    cards = "".join(f'<div class="card"><img src="/assets/staff.png" alt="{esc(n)}" width="70" height="90"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "ทำเนียบผู้บริหาร", cards)
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>88 หมู่ที่ 5 ถนนเลี่ยงเมือง ตำบลหนองขาม อำเภอเมืองลำภูทอง จังหวัดลำภูทอง 48120</p>"
          "<p>โทรศัพท์ 0 4251 7730 โทรสาร 0 4251 7731 สายด่วนกรมการขนส่งทางบก 1584<br>"
          "อีเมล saraban@lamphuthong-transport.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/lamphuthong.transport">ขนส่งจังหวัดลำภูทอง</a></p>'
          "<p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น. (งดรับงานทะเบียนเวลา 15.30 น.)</p>"
          '<p><a href="https://maps.google.com/?q=16.8811,103.4172">แผนที่ตั้งสำนักงาน (Google Maps)</a></p>'
          '<p>สาขาอำเภอนาคำใต้ : <a href="/branch/">รายละเอียด</a></p>')
    write("/branch/", "สำนักงานขนส่งจังหวัดลำภูทอง สาขาอำเภอนาคำใต้",
          "<p>ที่ตั้ง 14 หมู่ที่ 2 ตำบลนาคำใต้ อำเภอนาคำใต้ จังหวัดลำภูทอง โทร. 0 4259 1182</p>"
          "<p>ให้บริการชำระภาษีรถ ต่ออายุใบอนุญาตขับรถ และจดทะเบียนรถจักรยานยนต์</p>")
    # services
    write("/services/", "งานบริการ",
          '<ul><li><a href="/services/driving-license/">ใบอนุญาตขับรถ</a></li><li><a href="/services/vehicle-tax/">ภาษีรถประจำปี</a></li>'
          '<li><a href="/services/registration/">งานทะเบียนรถ</a></li><li><a href="/services/inspection/">การตรวจสภาพรถ</a></li>'
          '<li><a href="/services/exam/">การสอบใบอนุญาตขับรถ</a></li></ul>'
          f'<p>{a(f("citizen"), "คู่มือสำหรับประชาชน (PDF)")}</p><p><a href="/download/manual/">คู่มือทั้งหมด</a></p>')
    write("/services/driving-license/", "ใบอนุญาตขับรถ",
          "<p>ประเภทใบอนุญาตขับรถ : ชนิดชั่วคราว (2 ปี) ชนิด 5 ปี รถยนต์ส่วนบุคคลและรถจักรยานยนต์ส่วนบุคคล</p>"
          "<p>การขอใบอนุญาตขับรถใหม่ต้องจองคิวล่วงหน้าผ่านแอปพลิเคชัน DLT Smart Queue</p>"
          f'<p>{a(f("citizen"), "คู่มือสำหรับประชาชน การต่ออายุใบอนุญาตขับรถ")}</p>')
    write("/services/vehicle-tax/", "ภาษีรถประจำปี",
          "<p>ชำระภาษีได้ล่วงหน้าไม่เกิน 90 วันก่อนครบกำหนด ที่สำนักงาน สาขาอำเภอ ไปรษณีย์ หรือออนไลน์</p>"
          '<p><a href="/eservice/">ชำระภาษีรถออนไลน์</a></p>')
    write("/services/registration/", "งานทะเบียนรถ",
          "<p>จดทะเบียนรถใหม่ โอนกรรมสิทธิ์ ย้ายรถเข้า-ออก แจ้งเปลี่ยนสีหรือเครื่องยนต์ ขอใบแทนคู่มือจดทะเบียน</p>")
    write("/services/inspection/", "การตรวจสภาพรถ",
          "<p>รถยนต์อายุเกิน 7 ปี และรถจักรยานยนต์อายุเกิน 5 ปี ต้องตรวจสภาพก่อนชำระภาษี ที่สำนักงานหรือสถานตรวจสภาพรถเอกชน (ตรอ.) "
          "ในจังหวัด 27 แห่ง</p>")
    write("/services/exam/", "การสอบใบอนุญาตขับรถ",
          "<p>ผู้ขอรับใบอนุญาตขับรถใหม่ต้องอบรม 5 ชั่วโมง สอบข้อเขียน และสอบขับรถ</p>"
          f'<p>{a(f("exam-book"), "เอกสารประกอบการอบรมและสอบข้อเขียน")}</p>')
    write("/eservice/", "บริการออนไลน์ (E-Service)",
          "<p>ประชาชนใช้บริการของกรมการขนส่งทางบกได้ทางออนไลน์โดยไม่ต้องเดินทางมาสำนักงาน</p><ul>"
          '<li><a href="https://eservice.dlt.go.th/">ชำระภาษีรถประจำปีออนไลน์ (e-Service กรมการขนส่งทางบก)</a></li>'
          "<li>จองคิวรับบริการล่วงหน้า : แอปพลิเคชัน DLT Smart Queue</li></ul>"
          '<h2>แบบฟอร์มขอรับบริการออนไลน์ของสำนักงาน</h2>'
          '<form action="/eservice/send/" method="post">ชื่อ-นามสกุล <input name="name"><br>โทรศัพท์ <input name="tel"><br>'
          'เรื่องที่ขอรับบริการ <select name="type"><option>จองตรวจสภาพรถ</option><option>ขอคัดสำเนาเอกสารทะเบียนรถ</option>'
          '<option>สอบถามภาษีรถค้างชำระ</option></select><br>เลขทะเบียนรถ <input name="plate"><br>'
          'รายละเอียด <textarea name="detail"></textarea><br><button>ส่งคำขอ</button></form>'
          "<p>เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>")
    write("/stats/", "สถิติ",
          f'<ul><li>{a(f("service-68"), ROWS["service-68"][0])} ({be(ROWS["service-68"][2])})</li>'
          f'<li>{a(f("vehicle-stats"), ROWS["vehicle-stats"][0])} ({be(ROWS["vehicle-stats"][2])})</li></ul>'
          '<p><a href="/download/stats/">สถิติทั้งหมด</a></p>')
    # procurement
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "ดาวน์โหลด")}</td></tr>'
                   for k in months)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          f'<table class="dl"><tr><th>เรื่อง</th><th>วันที่เผยแพร่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>แผนและรายงาน</h2><ul><li>{a(f("proc-plan-68"), ROWS["proc-plan-68"][0])}</li>'
          f'<li>{a(f("proc-year-67"), ROWS["proc-year-67"][0])}</li></ul>'
          '<p><a href="/procurement/notices/">ประกาศจัดซื้อจัดจ้าง</a></p>')
    write("/procurement/notices/", "ประกาศจัดซื้อจัดจ้าง",
          "<ul><li>ประกาศประกวดราคาจ้างปรับปรุงสนามทดสอบขับรถ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) 12 มี.ค. 2568</li>"
          "<li>ประกาศผู้ชนะการเสนอราคา จัดซื้อเครื่องวัดควันดำ 28 ม.ค. 2568</li></ul>"
          '<p>ดูรายละเอียดที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>')
    # downloads
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "เอกสารดาวน์โหลด", f'<p class="cats">หมวดหมู่ : {cats}</p>{table(listed())}')
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"เอกสารดาวน์โหลด : {cname}", f'<p class="cats">หมวดหมู่ : {cats}</p>{table(listed(slug))}')
    # complaints
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนได้ที่ศูนย์รับเรื่องร้องเรียน ชั้น 1 โทร. 0 4251 7730 ต่อ 101 หรือสายด่วน 1584</p>"
          '<ul><li><a href="/complaint/online/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ออนไลน์)</a></li>'
          '<li><a href="/complaint/stats/">สถิติเรื่องร้องเรียน</a></li>'
          f'<li>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</li></ul>')
    write("/complaint/online/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับ ท่านไม่จำเป็นต้องระบุชื่อ</p>"
          '<form action="/complaint/online/send/" method="post">ชื่อ-นามสกุล (ไม่บังคับ) <input name="name"><br>'
          'ช่องทางติดต่อกลับ <input name="contact"><br>เจ้าหน้าที่/หน่วยงานที่ถูกร้องเรียน <input name="who"><br>'
          'รายละเอียด <textarea name="detail"></textarea><br>แนบหลักฐาน <input type="file" name="file"><br>'
          '<button>ส่งเรื่องร้องเรียน</button></form>')
    write("/complaint/stats/", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ประจำปีงบประมาณ พ.ศ. 2567 (1 ตุลาคม 2566 - 30 กันยายน 2567)</p>"
          '<table class="dl"><tr><th>ไตรมาส</th><th>เรื่องที่รับ</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>'
          "<tr><td>ไตรมาส 1 (ต.ค. - ธ.ค. 66)</td><td>1</td><td>1</td><td>0</td></tr>"
          "<tr><td>ไตรมาส 2 (ม.ค. - มี.ค. 67)</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>ไตรมาส 3 (เม.ย. - มิ.ย. 67)</td><td>2</td><td>2</td><td>0</td></tr>"
          "<tr><td>ไตรมาส 4 (ก.ค. - ก.ย. 67)</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>รวม</td><td>3</td><td>3</td><td>0</td></tr></table>"
          "<p>ข้อมูล ณ วันที่ 30 กันยายน 2567 · ปรับปรุงล่าสุด 2 ต.ค. 2567</p>")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li><li><a href="/ita/2567/">ITA ประจำปี 2567</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568",
          f"<p>{ORG} : ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>" + ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567", ita_table(ITA_2567))
    # misc
    write("/faq/", "คำถามที่พบบ่อย",
          "<p><b>ถาม</b> ใบขับขี่หมดอายุเกิน 1 ปี ต้องสอบใหม่หรือไม่ <b>ตอบ</b> เกิน 1 ปี ต้องสอบข้อเขียน เกิน 3 ปี ต้องสอบขับรถด้วย</p>"
          "<p><b>ถาม</b> ชำระภาษีรถล่าช้ามีค่าปรับเท่าไร <b>ตอบ</b> ร้อยละ 1 ต่อเดือนของภาษีที่ค้าง</p>")
    write("/links/", "หน่วยงานที่เกี่ยวข้อง",
          '<ul><li><a href="https://www.dlt.go.th/">กรมการขนส่งทางบก</a></li><li><a href="https://www.mot.go.th/">กระทรวงคมนาคม</a></li>'
          '<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li></ul>')
    write("/privacy/", "นโยบายเว็บไซต์และการคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}<li>{a('/faq/', 'คำถามที่พบบ่อย')}</li></ul>")


def assets() -> None:
    import base64

    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("dlt-logo.png", "chief.png", "staff.png", "org-chart.png", "news.jpg"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for ext in ("pdf", "docx", "xlsx", "doc", "xls"):
        with open(os.path.join(HERE, "assets", f"ico-{ext}.gif"), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "dlt-province.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#strip{background:#003f87;color:#fff;font-size:small;padding:3px}"
                 "#strip a{color:#fff}#nav li{display:inline;margin:0 5px}#body{display:flex}#content{flex:1;padding:10px}"
                 "#right{width:230px}.blk{border:1px solid #c9d6e8;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #999;padding:3px}#foot{background:#003f87;color:#fff;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
