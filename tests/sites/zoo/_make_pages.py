"""Generate the HTML pages of the "zoo" test site (สวนสัตว์ภูผาแดง, invented).

Run:  python tests/sites/zoo/_make_pages.py   (after _make_docs.py: file sizes are read from the
files it wrote)

A provincial zoo of องค์การสวนสัตว์ฯ on the organisation's branch template: a top bar (opening
hours, ticket hotline), a menu, a side column (director, quick links, ITA years, visitor counter)
and a footer on every page; pages are folder/index.html.  Documents are listed in a download
section by category (/download/<cat>/), the monthly สขร.1 on /procurement/, news under /news/ (two
pages).  The ITA page /ita/2568/ is a table of o1 … o26 in the zoo's own short wording whose links
go to files, pages or category lists; last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ORG, PARENT, ROWS, name  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนยุทธศาสตร์ / แผนปฏิบัติการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "บริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
MISSING_SIZE = "286.4 KB"
OLD_DEAD = "/files/27744.doc"  # last year's operating plan 2567: deleted when the CMS was cleaned


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าหลัก", "/"), ("เกี่ยวกับสวนสัตว์", "/about/history/"), ("โครงสร้างองค์กร", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข้อมูลการเข้าชม", "/visit/"), ("สัตว์ในสวนสัตว์", "/animals/"),
        ("ข่าวประชาสัมพันธ์", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("เอกสารเผยแพร่", "/download/"),
        ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/zoo.css"></head>
<body>
<div id="topbar">เปิดทุกวัน 08.00 - 17.00 น. (จำหน่ายบัตรถึง 16.30 น.) · สายด่วนจองบัตร 0 4271 5588 · TH | EN</div>
<div id="banner"><img src="/assets/logo.png" alt="ตราองค์การสวนสัตว์ฯ" width="72" height="72">
<b>{ORG}</b><br><small>{PARENT}</small><br><small>Phu Pha Daeng Zoo</small></div>
<ul id="nav">
{menu}
</ul>
<div id="page"><div id="side">
<div class="widget"><b>ผู้อำนวยการสวนสัตว์ภูผาแดง</b><br><img src="/assets/person.png" alt="ผู้อำนวยการ" width="60" height="75"><br>
นายธนากร ศรีวงศ์ใหญ่</div>
<div class="widget"><b>ลิงก์ด่วน</b><br><a href="/visit/">อัตราค่าบัตรผ่านประตู</a><br>
<a href="/eservice/">จองเข้าชมหมู่คณะออนไลน์</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/ita/2568/">ITA ปี ๒๕๖๘</a><br><a href="/ita/2567/">ITA ปี ๒๕๖๗</a><br>
<a href="https://www.zoothailand.org/">องค์การสวนสัตว์ฯ</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="widget">ผู้เข้าชมเว็บไซต์ ๒๑๔,๙๐๒ ครั้ง</div>
</div>
<div id="content">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} {PARENT}<br>เลขที่ 88 หมู่ที่ 6 ตำบลห้วยผึ้งทอง อำเภอเมือง จังหวัดสกลนคร 47000
· โทรศัพท์ 0 4271 5588 โทรสาร 0 4271 5589 · อีเมล info@phuphadaengzoo.example<br>
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a> ·
สงวนลิขสิทธิ์ © ๒๕๖๕ {ORG}</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td><img src="/assets/{ext}.gif" alt="{ext}"> {size_of(k)}</td></tr>')
    return ('<table class="docs"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่เผยแพร่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


def a(href: str, text: str = "คลิก") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (688, (2025, 4, 2), "สวนสัตว์ภูผาแดงชวนเที่ยวสงกรานต์ 2568 เด็กเข้าฟรีตลอด 3 วัน",
     ["ระหว่างวันที่ 13 - 15 เมษายน 2568 เด็กที่มีส่วนสูงไม่เกิน 120 เซนติเมตร เข้าชมฟรี พร้อมกิจกรรมสรงน้ำพระและการแสดงช้าง"]),
    (681, (2025, 3, 17), "ต้อนรับสมาชิกใหม่ ลูกละมั่งเพศเมีย 2 ตัว",
     ["ส่วนวิชาการและอนุรักษ์แจ้งข่าวดี แม่ละมั่ง 'ภูผา' และ 'น้ำฝน' ให้กำเนิดลูกเพศเมียรวม 2 ตัว สุขภาพแข็งแรง "
      "เป็นผลจากโครงการเพาะขยายพันธุ์ละมั่งเพื่อปล่อยคืนถิ่น"]),
    (676, (2025, 2, 24), "สรุปผลการประชุมรับฟังความคิดเห็นชุมชนรอบสวนสัตว์ ประจำปี 2568",
     ["เมื่อวันที่ 20 กุมภาพันธ์ 2568 สวนสัตว์ภูผาแดง จัดประชุมรับฟังความคิดเห็นชุมชนรอบสวนสัตว์ ณ ห้องประชุมนกยูง "
      "เพื่อเปิดโอกาสให้ผู้นำชุมชนและประชาชนหมู่ที่ 4, 6 และ 9 ตำบลห้วยผึ้งทอง มีส่วนร่วมเสนอความคิดเห็นต่อโครงการปรับปรุง"
      "ถนนเข้าสวนสัตว์และระบบบำบัดน้ำเสีย",
      "มีผู้เข้าร่วมทั้งสิ้น 63 คน ได้แก่ ผู้ใหญ่บ้าน 3 คน สมาชิกสภา อบต. 4 คน ตัวแทนชาวบ้าน 41 คน และผู้ประกอบการร้านค้า 15 คน",
      "ข้อเสนอของชุมชน: ให้ติดตั้งไฟส่องสว่างช่วงทางโค้งหน้าหมู่ที่ 6 ให้จ้างแรงงานในชุมชนช่วงเทศกาล และให้ตรวจคุณภาพน้ำทิ้ง"
      "ทุกไตรมาส สวนสัตว์จะนำข้อเสนอไปปรับแผนการดำเนินงานและแจ้งผลให้ชุมชนทราบในการประชุมครั้งถัดไป"]),
    (671, (2025, 2, 11), "ขอเชิญร่วมประชุมรับฟังความคิดเห็นชุมชนรอบสวนสัตว์",
     ["สวนสัตว์ภูผาแดงขอเชิญผู้นำชุมชนและประชาชนร่วมประชุมในวันที่ 20 กุมภาพันธ์ 2568 เวลา 09.00 น.",
      '<a href="{invite}">หนังสือเชิญประชุม</a>']),
    (664, (2025, 1, 11), "งานวันเด็กแห่งชาติ 2568 ที่สวนสัตว์ภูผาแดง",
     ["เด็กอายุไม่เกิน 14 ปี เข้าชมฟรี มีผู้เข้าชมในวันเด็ก 18,642 คน"]),
    (657, (2024, 12, 20), "เทศกาล Night Zoo ภูผาแดง ครั้งที่ 3",
     ["เปิดให้ชมสัตว์ยามค่ำคืนทุกวันศุกร์ - อาทิตย์ ตลอดเดือนธันวาคม 2567 เวลา 18.00 - 21.00 น."]),
    (650, (2024, 11, 23), "ค่ายเยาวชนรักษ์สัตว์ป่า รุ่นที่ 1 ปีงบประมาณ 2568",
     ["นักเรียนโรงเรียนในจังหวัดสกลนคร 48 คน ร่วมเรียนรู้การดูแลสัตว์ป่าและการอนุรักษ์ 2 วัน 1 คืน"]),
    (644, (2024, 10, 15), "ตรวจสุขภาพสัตว์ประจำปี 2568",
     ["ส่วนสัตวแพทย์เริ่มโครงการตรวจสุขภาพสัตว์ประจำปี โดยตรวจเลือดและถ่ายพยาธิสัตว์กลุ่มกีบคู่เป็นกลุ่มแรก"]),
    (639, (2024, 10, 4), "ประกาศอัตราค่าบัตรผ่านประตู ปีงบประมาณ 2568",
     ["อัตราค่าบัตรคงเดิม ผู้ใหญ่ 100 บาท เด็ก 30 บาท ชาวต่างชาติ 200 บาท"]),
    # FY2567, on page 2
    (612, (2024, 6, 24), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2567",
     ["วันที่ 24 มิถุนายน 2567 สวนสัตว์ภูผาแดงจัดอบรมพนักงานและลูกจ้าง 119 คน เพื่อขับเคลื่อนประมวลจริยธรรมผู้บริหารและพนักงาน"
      "องค์การสวนสัตว์ฯ สู่การปฏิบัติ พร้อมกิจกรรมจิตอาสาทำความสะอาดวัดป่าห้วยผึ้ง"]),
    (598, (2024, 4, 12), "สงกรานต์ 2567 สวนสัตว์ภูผาแดง",
     ["กิจกรรมสรงน้ำพระ และรดน้ำดำหัวผู้สูงอายุในชุมชน"]),
    (585, (2024, 2, 22), "สรุปผลการประชุมรับฟังความคิดเห็นชุมชน ประจำปี 2567",
     ["วันที่ 21 กุมภาพันธ์ 2567 มีผู้เข้าร่วม 52 คน เสนอให้สวนสัตว์จัดพื้นที่จำหน่ายสินค้าชุมชน"]),
    (571, (2023, 12, 18), "Night Zoo ภูผาแดง ครั้งที่ 2", ["เปิดให้ชมสัตว์ยามค่ำคืนตลอดเดือนธันวาคม 2566"]),
]
PER_PAGE = 9


def news_pages() -> None:
    links = {"invite": f("invite-forum")}
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(y, m, day))} · งานประชาสัมพันธ์</p>'
              f'<img src="/assets/news.png" alt="ภาพกิจกรรม" width="160" height="100">{body}'
              '<p><a href="/news/">« ข่าวประชาสัมพันธ์ทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>'
                          for n in chunk)
        pager = ('<p>หน้า <b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">ถัดไป »</a></p>' if p == 1
                 else '<p>หน้า <a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2568 = [  # (ข้อ, heading, [(link text, key or path)])
    ("ข้อมูลพื้นฐาน", None),
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("แผนภูมิโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("ผู้บริหารสวนสัตว์", "/about/executives/")]),
    ("o3", "ข้อมูลการติดต่อ", [("ติดต่อสวนสัตว์", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวสวนสัตว์", "/news/")]),
    ("การบริหารงานและการใช้จ่ายงบประมาณ", None),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์สวนสัตว์ภูผาแดง", "strat-63-67")]),
    ("o6", "แผนปฏิบัติการ แผนการใช้จ่ายงบฯ และรายงานรอบ 6 เดือน",
     [("แผนปฏิบัติการ / แผนใช้จ่ายงบประมาณ", "/download/plan/"), ("รายงานรอบ 6 เดือน", "report-6m-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานประจำปี", "annual-66")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "vet-manual")]),
    ("o9", "คู่มือการให้บริการ", [("คู่มือประชาชน", "citizen-manual")]),
    ("o10", "E-Service", [("จองเข้าชมออนไลน์", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติผู้เข้าชม", "visitors-68")]),
    ("การจัดซื้อจัดจ้าง", None),
    ("o12", "ผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1", "/procurement/")]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานผลการจัดซื้อจัดจ้าง", "proc-year-67")]),
    ("การบริหารและพัฒนาทรัพยากรบุคคล", None),
    ("o14", "แผนพัฒนาบุคลากร", [("เอกสารงานบุคคล", "/download/hr/")]),
    ("o15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [("รายงานผล", "hr-report-67")]),
    ("o16", "ประมวลจริยธรรม และการขับเคลื่อน", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมส่งเสริมจริยธรรม", "/news/612/")]),
    ("การส่งเสริมความโปร่งใส", None),
    ("o17", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติ", "/complaint/stats/")]),
    ("o20", "การมีส่วนร่วม", [("ประชุมรับฟังความคิดเห็นชุมชน", "/news/676/")]),
    ("การป้องกันการทุจริต", None),
    ("o21", "No Gift Policy", [("ประกาศ", "no-gift-66")]),
    ("o22", "รายงานการรับของขวัญ", [("รายงาน", "gift-report-67")]),
    ("o23", "การประเมินความเสี่ยงการทุจริต", [("ผลการประเมิน", "risk-68")]),
    ("o24", "รายงานผลการจัดการความเสี่ยงการทุจริต", [("รายงานผล", "risk-report-67")]),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต", [("แผนปฏิบัติการ", "anti-plan-68")]),
    ("o26", "รายงานผลการดำเนินการป้องกันการทุจริต", [("รายงานผล", "anti-report-67")]),
]
ITA_2567 = [
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ 2563-2567", "strat-63-67")]),
    ("o6", "แผนปฏิบัติการ ปี 2567", [("แผนปฏิบัติการ 2567", OLD_DEAD)]),
    ("o12", "ผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1 ก.ย. 2567", "proc-2024-09")]),
    ("o16", "การขับเคลื่อนจริยธรรม", [("อบรมคุณธรรมจริยธรรม 2567", "/news/612/")]),
    ("o21", "No Gift Policy", [("ประกาศ No Gift", "no-gift-66")]),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต ปี 2567", [("แผนปี 2567", "anti-plan-67")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการข้อมูล</th><th>ลิงก์ข้อมูล</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = "<br>".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code.upper()}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "หน้าหลัก",
          '<div class="slide"><img src="/assets/news.png" alt="ละมั่งภูผาแดง" width="320" height="120"></div>'
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">ข่าวทั้งหมด</a></p>'
          '<h2>บริการ</h2><p><a href="/visit/">อัตราค่าบัตรและเวลาเปิด-ปิด</a> · <a href="/eservice/">จองเข้าชมหมู่คณะ</a> · '
          '<a href="/education/">กิจกรรมการศึกษา</a> · <a href="/ita/2568/">การประเมิน ITA ประจำปี 2568</a></p>')
    write("/about/history/", "ประวัติสวนสัตว์ภูผาแดง",
          "<p>สวนสัตว์ภูผาแดง เป็นสวนสัตว์ในสังกัดองค์การสวนสัตว์ในพระบรมราชูปถัมภ์ ในพระบาทสมเด็จพระเจ้าอยู่หัว "
          "รัฐวิสาหกิจสังกัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม เปิดให้บริการเมื่อวันที่ 9 สิงหาคม 2549 "
          "บนพื้นที่ป่าเสื่อมโทรมเชิงเขาภูผาแดง 1,120 ไร่ จัดแสดงสัตว์ 142 ชนิด 1,386 ตัว</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์และพันธกิจ</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : สวนสัตว์แห่งการเรียนรู้ป่าเขาภาคอีสานตอนบน อนุรักษ์สัตว์ป่าถิ่นไทยอย่างยั่งยืน</p>"
          "<ol><li>อนุรักษ์ เพาะขยายพันธุ์ และวิจัยสัตว์ป่า</li><li>ให้การศึกษาด้านสัตว์ป่าและสิ่งแวดล้อม</li>"
          "<li>เป็นแหล่งนันทนาการและท่องเที่ยวเชิงนิเวศ</li></ol>")
    write("/about/structure/", "โครงสร้างองค์กร",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างสวนสัตว์ภูผาแดง" width="160" height="100">'
          "<h2>ระดับองค์การ</h2><ul><li>คณะกรรมการองค์การสวนสัตว์ในพระบรมราชูปถัมภ์ฯ<ul>"
          "<li>ผู้อำนวยการองค์การสวนสัตว์ฯ<ul><li>รองผู้อำนวยการองค์การสวนสัตว์ฯ (สายงานสวนสัตว์ภูมิภาค)</li></ul></li></ul></li></ul>"
          "<h2>สวนสัตว์ภูผาแดง</h2><ul><li>ผู้อำนวยการสวนสัตว์ภูผาแดง<ul><li>รองผู้อำนวยการสวนสัตว์ภูผาแดง</li>"
          "<li>ส่วนบริหารทั่วไป (งานธุรการ งานบุคคล งานการเงินและบัญชี งานพัสดุ)</li>"
          "<li>ส่วนสัตวบาล (งานสัตว์กีบ งานสัตว์ผู้ล่า งานนกและสัตว์เลื้อยคลาน)</li>"
          "<li>ส่วนสัตวแพทย์ (โรงพยาบาลสัตว์ งานกักโรค)</li><li>ส่วนวิชาการและอนุรักษ์ (งานวิจัย ฝ่ายการศึกษา)</li>"
          "<li>ฝ่ายการตลาดและบริการ (งานจำหน่ายบัตร งานประชาสัมพันธ์ งานบริการนักท่องเที่ยว)</li>"
          "<li>ส่วนภูมิทัศน์และซ่อมบำรุง</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>องค์การสวนสัตว์ฯ จัดตั้งขึ้นตามพระราชกฤษฎีกาจัดตั้งองค์การสวนสัตว์ พ.ศ. 2497 และที่แก้ไขเพิ่มเติม "
          "สวนสัตว์ภูผาแดงในฐานะสวนสัตว์ในสังกัด มีหน้าที่สรุปได้ดังนี้</p><ol>"
          "<li>จัดตั้งและดำเนินกิจการสวนสัตว์ เพื่อเป็นแหล่งพักผ่อนหย่อนใจของประชาชน</li>"
          "<li>เพาะขยายพันธุ์ อนุรักษ์ และวิจัยสัตว์ป่า โดยเฉพาะสัตว์ป่าหายากและใกล้สูญพันธุ์ของภาคอีสาน</li>"
          "<li>ให้การศึกษาแก่ประชาชนและเยาวชนด้านสัตววิทยาและการอนุรักษ์ธรรมชาติ</li>"
          "<li>ดูแลสุขภาพและสวัสดิภาพสัตว์ตามมาตรฐานสวนสัตว์</li>"
          "<li>ร่วมมือกับหน่วยงานอื่นในการปล่อยสัตว์ป่าคืนถิ่นและการรักษาสัตว์ป่าของกลาง</li>"
          "<li>ดำเนินกิจการอื่นที่เกี่ยวเนื่องเพื่อหารายได้ตามวัตถุประสงค์ขององค์การ</li></ol>")
    execs = [("นายธนากร ศรีวงศ์ใหญ่", "ผู้อำนวยการสวนสัตว์ภูผาแดง", "0 4271 5588 ต่อ 101"),
             ("นางสาวรุ่งทิวา คำภูแสน", "รองผู้อำนวยการสวนสัตว์ภูผาแดง", "0 4271 5588 ต่อ 103"),
             ("นางสาวกมลวรรณ ภูมิสะอาด", "หัวหน้าส่วนบริหารทั่วไป", "0 4271 5588 ต่อ 102"),
             ("นายสัตวแพทย์ภาณุวัฒน์ ทองศรีสุข", "หัวหน้าส่วนสัตวแพทย์", "0 4271 5588 ต่อ 120"),
             ("นายเอกราช บุญมาแสง", "หัวหน้าส่วนสัตวบาล", "0 4271 5588 ต่อ 130")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "ผู้บริหารสวนสัตว์ภูผาแดง", cards)
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG} {PARENT}<br>เลขที่ 88 หมู่ที่ 6 ตำบลห้วยผึ้งทอง อำเภอเมือง จังหวัดสกลนคร 47000</p>"
          "<p>โทรศัพท์ 0 4271 5588 โทรสาร 0 4271 5589<br>อีเมล info@phuphadaengzoo.example<br>"
          'Facebook : <a href="https://www.facebook.com/phuphadaengzoo.example">สวนสัตว์ภูผาแดง</a></p>'
          "<p>เวลาทำการสำนักงาน วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. · สวนสัตว์เปิดทุกวัน 08.00 - 17.00 น.</p>"
          '<p><a href="https://maps.google.com/?q=17.1412,104.0717">แผนที่การเดินทาง (Google Maps)</a></p>')
    write("/visit/", "ข้อมูลการเข้าชม",
          "<table class=\"docs\"><tr><th>ประเภท</th><th>ค่าบัตร (บาท)</th></tr><tr><td>ผู้ใหญ่</td><td>100</td></tr>"
          "<tr><td>เด็ก (สูง 91 - 130 ซม.)</td><td>30</td></tr><tr><td>ชาวต่างชาติ</td><td>200</td></tr>"
          "<tr><td>ผู้สูงอายุ 60 ปีขึ้นไป / ผู้พิการ</td><td>ฟรี</td></tr></table>"
          "<p>รถพ่วงชมสวนสัตว์ คนละ 20 บาท · จอดรถยนต์ 30 บาท</p>")
    animals = [("elds-deer", "ละมั่ง", "สัตว์ป่าสงวนของไทย สวนสัตว์เพาะขยายพันธุ์ได้ต่อเนื่องตั้งแต่ปี 2552"),
               ("sun-bear", "หมีหมา", "หมีขนาดเล็กที่สุดในโลก อาศัยอยู่ในกรงจัดแสดงโซนป่าดิบ"),
               ("gibbon", "ชะนีมือขาว", "ได้ยินเสียงร้องทุกเช้า บริเวณเกาะชะนีกลางบึงภูผา")]
    write("/animals/", "สัตว์ในสวนสัตว์",
          "<ul>" + "".join(f'<li><a href="/animals/{s}/">{esc(n)}</a></li>' for s, n, _ in animals) + "</ul>")
    for slug, n, text in animals:
        write(f"/animals/{slug}/", n, f'<img src="/assets/news.png" alt="{esc(n)}" width="160" height="100"><p>{esc(text)}</p>')
    write("/education/", "กิจกรรมการศึกษา",
          "<p>ฝ่ายการศึกษาให้บริการบรรยายนอกสถานที่ ค่ายเยาวชนรักษ์สัตว์ป่า และ Zoo Tour สำหรับโรงเรียน "
          'ติดต่อจองผ่าน <a href="/eservice/">ระบบจองออนไลน์</a></p>')
    write("/eservice/", "E-Service : ระบบจองเข้าชมเป็นหมู่คณะออนไลน์",
          "<p>สถานศึกษาและหน่วยงานสามารถยื่นคำขอเข้าชมเป็นหมู่คณะและขอลดหย่อนค่าบัตรได้ทางออนไลน์ โดยไม่ต้องเดินทางมาติดต่อ "
          "เจ้าหน้าที่จะยืนยันผลทางอีเมลภายใน 1 วันทำการ</p>"
          '<form action="/eservice/booking/submit" method="post"><h2>แบบคำขอเข้าชมเป็นหมู่คณะ</h2>'
          'ชื่อสถานศึกษา/หน่วยงาน <input name="org"><br>ชื่อผู้ติดต่อ <input name="contact"><br>'
          'โทรศัพท์ <input name="phone"><br>อีเมล <input name="email" type="email"><br>'
          'วันที่ต้องการเข้าชม <input name="date" type="date"><br>จำนวนนักเรียน <input name="students" type="number"><br>'
          'จำนวนครู <input name="teachers" type="number"><br>บริการเสริม <select name="extra"><option>ไม่ต้องการ</option>'
          '<option>วิทยากรนำชม (Zoo Tour)</option><option>รถพ่วงชมสวนสัตว์</option></select><br>'
          'แนบหนังสือขออนุเคราะห์ <input type="file" name="letter"><br><button>ส่งคำขอ</button></form>'
          f'<p>{a(f("citizen-manual"), "คู่มือการขอเข้าชมเป็นหมู่คณะ")}</p>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>แจ้งเรื่องร้องเรียนเกี่ยวกับการให้บริการได้ที่ศูนย์บริการนักท่องเที่ยว โทร 0 4271 5588 ต่อ 102 "
          "หรือตู้รับความคิดเห็นหน้าประตูทางเข้า</p>"
          '<ul><li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>'
          '<li><a href="/complaint/stats/">สถิติเรื่องร้องเรียนการทุจริต</a></li>'
          f'<li>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</li></ul>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ ท่านไม่จำเป็นต้องระบุชื่อ</p>"
          '<form action="/complaint/corruption/send" method="post">ชื่อผู้แจ้ง (ไม่บังคับ) <input name="name"><br>'
          'โทรศัพท์/อีเมล <input name="contact"><br>ผู้ถูกร้องเรียน/หน่วยงาน <input name="who"><br>'
          'รายละเอียดพฤติการณ์ <textarea name="detail"></textarea><br>หลักฐาน <input type="file" name="evidence"><br>'
          "<button>ส่งเรื่อง</button></form><p>หรือโทร 0 4271 5588 ต่อ 102 (ส่วนบริหารทั่วไป)</p>")
    write("/complaint/stats/", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<h2>ปีงบประมาณ พ.ศ. 2567 (1 ตุลาคม 2566 - 30 กันยายน 2567)</h2>"
          '<table class="docs"><tr><th>ไตรมาส</th><th>เรื่องที่ได้รับ</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>'
          "<tr><td>ไตรมาสที่ 1 (ต.ค. - ธ.ค. 2566)</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>ไตรมาสที่ 2 (ม.ค. - มี.ค. 2567)</td><td>1</td><td>1</td><td>0</td></tr>"
          "<tr><td>ไตรมาสที่ 3 (เม.ย. - มิ.ย. 2567)</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>ไตรมาสที่ 4 (ก.ค. - ก.ย. 2567)</td><td>1</td><td>0</td><td>1</td></tr>"
          "<tr><td>รวม</td><td>2</td><td>1</td><td>1</td></tr></table>"
          "<p>หมายเหตุ : เรื่องที่อยู่ระหว่างดำเนินการ คือ การร้องเรียนพนักงานจำหน่ายบัตรไม่ออกบัตร ส่งองค์การสวนสัตว์ฯ ตรวจสอบ</p>"
          "<p><small>ปรับปรุงข้อมูลล่าสุด 8 ต.ค. 2567</small></p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สวนสัตว์ภูผาแดงเก็บรวบรวมข้อมูลส่วนบุคคลของผู้จองเข้าชมเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    # procurement
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td>'
                   f'<td>{a(f(k), "Excel" if ROWS[k][3] == "xlsx" else "PDF")}</td></tr>' for k in months)
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง (แบบ สขร.1)",
          f'<table class="docs"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศและรายงาน</h2><ul><li>{a(f("print-report"), ROWS["print-report"][0])}</li>'
          f'<li>{a(f("proc-year-67"), ROWS["proc-year-67"][0])}</li></ul>')
    # downloads
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "เอกสารเผยแพร่", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"เอกสารเผยแพร่ : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li><li><a href="/ita/2567/">ITA ประจำปี 2567</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568",
          "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล · ตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>" + ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2567", ita_table(ITA_2567))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "person.png", "chart.png", "news.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "zoo.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}#topbar{background:#2e6b2e;color:#fff;padding:4px}"
                 "#nav li{display:inline;margin:0 6px}#page{display:flex}#side{width:230px}#content{flex:1;padding:8px}"
                 ".widget{border:1px solid #cdb;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#f1efe4;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
