"""Generate the HTML pages of the "cooperative" test site (สำนักงานสหกรณ์จังหวัดพิจิตร, invented content).

Run:  python tests/sites/cooperative/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

The department's provincial-office template: a top strip, a banner, a menu, a right column (the
head of office, hotline, links to the department's systems, a visitor counter) and a footer on every
page; pages are folder/index.html.  Documents are listed by category under /download/<cat>/, the
monthly สขร.1 on /procurement/, news under /news/ (two pages).  The ITA page /ita/2569/ is a table
of o1 … o26 in the office's own short wording whose links go to files, pages or category lists;
last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "สำนักงานสหกรณ์จังหวัดพิจิตร"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน / แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
HIDDEN = {"ita-analysis-67"}  # linked only from last year's ITA page
MISSING_SIZE = "388.2 KB"
DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(DIGITS)


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str = "คลิก") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("ข้อมูลสหกรณ์", "/coop-data/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("เอกสารดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/cpd.css"></head>
<body>
<div id="strip">กรมส่งเสริมสหกรณ์ กระทรวงเกษตรและสหกรณ์ | <a href="/contact/">ติดต่อเรา</a> | <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="banner"><img src="/assets/cpd-logo.png" alt="ตรากรมส่งเสริมสหกรณ์" width="70" height="70">
<b>{ORG}</b><br><small>Phichit Provincial Cooperative Office</small></div>
<ul id="nav">
{menu}
</ul>
<div id="body"><div id="content">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="aside">
<div class="box"><img src="/assets/chief.png" alt="สหกรณ์จังหวัดพิจิตร" width="80" height="100"><br>
<b>นายธีรวัฒน์ ศรีสมบูรณ์</b><br>สหกรณ์จังหวัดพิจิตร</div>
<div class="box"><b>ลิงก์หน่วยงาน</b><br><a href="https://www.cpd.go.th/">กรมส่งเสริมสหกรณ์</a><br>
<a href="https://www.moac.go.th/">กระทรวงเกษตรและสหกรณ์</a><br><a href="/eservice/">บริการออนไลน์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/ita/2569/">ITA ปี ๒๕๖๙</a><br>
<a href="/ita/2568/">ITA ปี ๒๕๖๘</a></div>
<div class="box">สายด่วนกรมส่งเสริมสหกรณ์ ๑๑๗๐</div>
<div class="box">ผู้เข้าชม ๑๘๔,๒๐๗ ครั้ง</div>
</div></div>
<div id="footer">{ORG} ศาลากลางจังหวัดพิจิตร ชั้น 2 ถนนบุษบา ตำบลในเมือง อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000<br>
โทรศัพท์ 0 5661 2408 โทรสาร 0 5661 2409 อีเมล phichit.coop@cpd-mail.example.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/policy/">นโยบายเว็บไซต์</a></div>
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
                    f"<td>{ext.upper()} {size_of(k)}</td></tr>")
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (1288, (2026, 4, 3), "สหกรณ์จังหวัดพิจิตรลงพื้นที่ติดตามการรวบรวมข้าวเปลือกนาปรังของสหกรณ์",
     ["วันที่ 3 เมษายน 2569 นายธีรวัฒน์ ศรีสมบูรณ์ สหกรณ์จังหวัดพิจิตร ลงพื้นที่ติดตามการรวบรวมข้าวเปลือกนาปรังของสหกรณ์การเกษตรในอำเภอตะพานหิน"]),
    (1281, (2026, 3, 20), "ประชุมประจำเดือนผู้ตรวจการสหกรณ์ ครั้งที่ 6/2569",
     ["วันที่ 20 มีนาคม 2569 กลุ่มตรวจการสหกรณ์จัดประชุมประจำเดือน ติดตามการแก้ไขข้อบกพร่องของสหกรณ์ 7 แห่ง"]),
    (1274, (2026, 2, 24), "สรุปผลการประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ประจำปีงบประมาณ 2569",
     ["วันที่ 17 กุมภาพันธ์ 2569 สำนักงานสหกรณ์จังหวัดพิจิตร จัดประชุมเปิดโอกาสให้ผู้แทนสหกรณ์และกลุ่มเกษตรกรมีส่วนร่วม"
      "ในการจัดทำแผนพัฒนาสหกรณ์ มีผู้เข้าร่วม 68 คน เสนอความเห็น 3 ประเด็น รายละเอียดตามรายงาน",
      "{participation}"]),
    (1266, (2026, 2, 4), "ขอเชิญประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ประจำปี 2569",
     ["ขอเชิญประธานกรรมการสหกรณ์และกลุ่มเกษตรกรทุกแห่งร่วมประชุมในวันที่ 17 กุมภาพันธ์ 2569", "{invite}"]),
    (1259, (2026, 1, 22), "อบรมเสริมสร้างคุณธรรม จริยธรรม และการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2569",
     ["วันที่ 22 มกราคม 2569 สำนักงานสหกรณ์จังหวัดพิจิตรจัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือน "
      "และข้อกำหนดจริยธรรมของกรมส่งเสริมสหกรณ์ ให้แก่ข้าราชการ พนักงานราชการ และลูกจ้าง 35 คน "
      "มีการทำแบบทดสอบก่อนและหลังการอบรม และร่วมกันจัดทำ Do's &amp; Don'ts ของสำนักงาน"]),
    (1251, (2026, 1, 9), "คลินิกแก้หนี้สมาชิกสหกรณ์ ครั้งที่ 1/2569",
     ["วันที่ 9 มกราคม 2569 จัดคลินิกให้คำปรึกษาการปรับโครงสร้างหนี้ ณ สหกรณ์การเกษตรหนองโสน จำกัด มีสมาชิกเข้าร่วม 112 คน"]),
    (1243, (2025, 12, 16), "สหกรณ์จังหวัดพิจิตรเป็นประธานการประชุมใหญ่สามัญประจำปีของสหกรณ์ออมทรัพย์",
     ["วันที่ 16 ธันวาคม 2568 ร่วมประชุมใหญ่สามัญประจำปีของสหกรณ์ออมทรัพย์ในจังหวัด"]),
    (1236, (2025, 11, 27), "โครงการยกระดับมาตรฐานสหกรณ์ ปี 2569 เริ่มแล้ว",
     ["สำนักงานสหกรณ์จังหวัดพิจิตรเริ่มโครงการยกระดับมาตรฐานสหกรณ์ 40 แห่ง ตามแผนปฏิบัติราชการประจำปี 2569"]),
    (1229, (2025, 11, 5), "ประกาศรับสมัครพนักงานราชการ ตำแหน่งนักวิชาการสหกรณ์",
     ["รับสมัครตั้งแต่วันที่ 10 - 21 พฤศจิกายน 2568 ณ กลุ่มบริหารทั่วไป"]),
    (1221, (2025, 10, 6), "สำนักงานสหกรณ์จังหวัดพิจิตรประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2569",
     ["วันที่ 3 ตุลาคม 2568 สหกรณ์จังหวัดพิจิตรประกาศเจตจำนงสุจริตต่อหน้าบุคลากร", "{will}"]),
    # page 2: FY2568
    (1187, (2025, 9, 12), "ประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ประจำปี 2568",
     ["วันที่ 12 กันยายน 2568 จัดประชุมรับฟังความคิดเห็นผู้แทนสหกรณ์ 44 คน"]),
    (1162, (2025, 6, 18), "ผู้ตรวจการสหกรณ์ตรวจการสหกรณ์ประจำปี 2568",
     ["กลุ่มตรวจการสหกรณ์ออกตรวจการสหกรณ์ตามแผน 18 แห่ง"]),
    (1140, (2025, 3, 14), "อบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2568",
     ["วันที่ 14 มีนาคม 2568 อบรมบุคลากร 33 คน"]),
    (1118, (2024, 12, 5), "ร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล 2567",
     ["วันที่ 9 ธันวาคม 2567 ร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล ณ ศาลากลางจังหวัดพิจิตร"]),
]
PER_PAGE = 10
NEWS_LINKS = {"participation": "participation-69", "invite": "invite-69", "will": "will-69"}


def news_pages() -> None:
    for nid, ymd, title, paras in NEWS:
        body = []
        for p in paras:
            if p.startswith("{"):
                key = NEWS_LINKS[p.strip("{}")]
                body.append(f"<p>เอกสารประกอบ : {a(f(key), ROWS[key][0])}</p>")
            else:
                body.append(f"<p>{p}</p>")
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(*ymd))}</p>' + "".join(body)
              + '<p><a href="/news/">« ข่าวทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>{be(date(*n[1]))}</span></li>' for n in chunk)
        pager = '<p>หน้า <b>1</b> <a href="/news/page/2/">2</a></p>' if p == 1 else '<p>หน้า <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # (ข้อ, heading, [(link text, key or path)])
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", None),
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ทำเนียบผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อหน่วยงาน / ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("กระดานถาม-ตอบ", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าว", "/news/")]),
    ("o5", "แผนปฏิบัติราชการระยะยาว", [("แผนปฏิบัติราชการ ระยะ 3 ปี", "plan-3y")]),
    ("o6", "แผนปฏิบัติราชการประจำปี / แผนการใช้จ่ายงบประมาณ",
     [("แผนปฏิบัติราชการ ปี 2569", "opplan-69"), ("แผนการใช้จ่ายงบประมาณ ปี 2569", "spend-69")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานประจำปี", "annual-67")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือ", "/download/manual/")]),
    ("o9", "คู่มือการให้บริการ", [("คู่มือสำหรับประชาชน", "citizen-manual")]),
    ("o10", "E-Service", [("บริการออนไลน์", "/eservice/")]),
    ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1", "/procurement/")]),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานปี 2568", "proc-year-68")]),
    ("o13", "หลักเกณฑ์และแผนการบริหารทรัพยากรบุคคล", [("หลักเกณฑ์", "hr-rules"), ("แผนพัฒนาบุคลากร", "hr-plan-68")]),
    ("o14", "รายงานผลการบริหารทรัพยากรบุคคล", [("รายงานปี 2568", "hr-report-68")]),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรม", "/news/1259/")]),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติ", "complaint-68h1")]),
    ("o19", "การมีส่วนร่วม", [("รับฟังความคิดเห็น ปี 2569", "/news/1274/")]),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", None),
    ("o20", "No Gift Policy", [("ประกาศ", "no-gift"), ("รายงานการรับของขวัญ", "gift-report-68")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ปี 2569", "risk-69")]),
    ("o22", "รายงานผลการบริหารความเสี่ยงการทุจริต", [("ปี 2568", "risk-report-68")]),
    ("o23", "แผนปฏิบัติการป้องกันการทุจริต", [("ปี 2569", "anti-plan-69")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("ปี 2568", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนาองค์กร", [("วิเคราะห์ผล ITA 2568 / มาตรการ", "ita-analysis-68")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("ปี 2568", "integrity-report-68")]),
]
OLD_DEAD = "/files/28904.pdf"  # last year's risk assessment 2568: deleted when the 2569 one was posted
ITA_2568 = [
    ("o5", "แผนปฏิบัติราชการระยะยาว", [("แผน 3 ปี", "plan-3y")]),
    ("o6", "แผนปฏิบัติราชการประจำปี 2568", [("แผน 2568", "opplan-68")]),
    ("o11", "สขร.1", [("ก.ย. 2568", "proc-2025-09")]),
    ("o13", "แผนพัฒนาบุคลากร", [("แผน 2568", "hr-plan-68")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("รอบ 6 เดือน", "complaint-68h1")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต ปี 2568", [("ปี 2568", OLD_DEAD)]),
    ("o25", "วิเคราะห์ผล ITA 2567", [("วิเคราะห์ผล", "ita-analysis-67")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์ข้อมูล</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = " | ".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> {be(date(*n[1]))}</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">อ่านทั้งหมด</a></p>'
          '<h2>บริการ</h2><p><a href="/eservice/">บริการออนไลน์ (E-Service)</a> · <a href="/procurement/">จัดซื้อจัดจ้าง</a>'
          ' · <a href="/coop-data/">ข้อมูลสหกรณ์ในจังหวัด</a> · <a href="/ita/2569/">ITA ๒๕๖๙</a></p>')
    write("/about/history/", "ประวัติหน่วยงาน",
          "<p>สำนักงานสหกรณ์จังหวัดพิจิตร เป็นส่วนราชการของกรมส่งเสริมสหกรณ์ที่ตั้งอยู่ในภูมิภาค "
          "ทำหน้าที่ส่งเสริม แนะนำ และกำกับดูแลสหกรณ์และกลุ่มเกษตรกรในพื้นที่ 12 อำเภอ</p>"
          "<p>วิสัยทัศน์ : สหกรณ์และกลุ่มเกษตรกรเข้มแข็ง เป็นที่พึ่งของสมาชิก</p>")
    write("/about/structure/", "โครงสร้างสำนักงานสหกรณ์จังหวัดพิจิตร",
          '<img src="/assets/org-chart.png" alt="แผนภูมิโครงสร้างสำนักงานสหกรณ์จังหวัดพิจิตร" width="160" height="100">'
          "<ul><li>สหกรณ์จังหวัดพิจิตร<ul><li>กลุ่มบริหารทั่วไป</li><li>กลุ่มจัดตั้งและส่งเสริมสหกรณ์</li>"
          "<li>กลุ่มส่งเสริมและพัฒนาธุรกิจสหกรณ์</li><li>กลุ่มตรวจการสหกรณ์</li><li>กลุ่มส่งเสริมสหกรณ์ 1</li>"
          "<li>กลุ่มส่งเสริมสหกรณ์ 2</li></ul></li></ul><p>อัตรากำลัง ข้าราชการ 24 คน พนักงานราชการ 8 คน ลูกจ้าง 2 คน</p>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมส่งเสริมสหกรณ์ กระทรวงเกษตรและสหกรณ์ สำนักงานสหกรณ์จังหวัดมีอำนาจหน้าที่ ดังนี้</p><ol>"
          "<li>ดำเนินการตามกฎหมายว่าด้วยสหกรณ์ และกฎหมายอื่นที่เกี่ยวข้อง</li>"
          "<li>ส่งเสริม เผยแพร่ และพัฒนาระบบสหกรณ์และกลุ่มเกษตรกรในจังหวัด</li>"
          "<li>ให้คำแนะนำและพัฒนาการดำเนินธุรกิจของสหกรณ์และกลุ่มเกษตรกร</li>"
          "<li>ตรวจการสหกรณ์และกำกับดูแลให้สหกรณ์ดำเนินการตามกฎหมาย ข้อบังคับ และระเบียบ</li>"
          "<li>รับจดทะเบียนจัดตั้งสหกรณ์ ข้อบังคับ และการแก้ไขข้อบังคับ ในฐานะรองนายทะเบียนสหกรณ์</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    execs = [("นายธีรวัฒน์ ศรีสมบูรณ์", "สหกรณ์จังหวัดพิจิตร", "0 5661 2408 ต่อ 101"),
             ("นางสาวรัตนาภรณ์ ใจเย็น", "ผู้อำนวยการกลุ่มบริหารทั่วไป", "0 5661 2408 ต่อ 102"),
             ("นายสุรชัย ทองอินทร์", "ผู้อำนวยการกลุ่มตรวจการสหกรณ์", "0 5661 2408 ต่อ 105"),
             ("นางพรทิพย์ แสงจันทร์", "ผู้อำนวยการกลุ่มจัดตั้งและส่งเสริมสหกรณ์", "0 5661 2408 ต่อ 103"),
             ("นายวิชิต บุญมาก", "ผู้อำนวยการกลุ่มส่งเสริมและพัฒนาธุรกิจสหกรณ์", "0 5661 2408 ต่อ 104")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "ทำเนียบผู้บริหาร", cards)
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>ศาลากลางจังหวัดพิจิตร ชั้น 2 ถนนบุษบา ตำบลในเมือง อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000</p>"
          "<p>โทรศัพท์ 0 5661 2408 โทรสาร 0 5661 2409<br>อีเมล phichit.coop@cpd-mail.example.go.th</p>"
          "<p>เวลาราชการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=16.4402,100.3488">แผนที่ (Google Maps)</a></p>'
          '<p>มีข้อสงสัย ถามได้ที่ <a href="/qa/">กระดานถาม-ตอบ</a></p>')
    qa = [("สอบถามการจดทะเบียนกลุ่มเกษตรกรต้องมีสมาชิกกี่คนครับ", "สมชาย", "3 มี.ค. 2569",
           "กลุ่มเกษตรกรต้องมีผู้ร่วมจัดตั้งไม่น้อยกว่า 30 คน ติดต่อกลุ่มจัดตั้งฯ โทร 0 5661 2408 ต่อ 103 ครับ (แอดมิน)"),
          ("สหกรณ์ไม่ยอมจ่ายเงินปันผลควรร้องเรียนที่ไหน", "สมาชิกสหกรณ์", "11 ก.พ. 2569",
           "ยื่นเรื่องได้ที่กลุ่มตรวจการสหกรณ์ หรือแบบฟอร์มร้องเรียนบนเว็บไซต์ครับ (แอดมิน)")]
    items = "".join(f'<div class="qa"><p><b>Q:</b> {esc(q)} <small>{who} {when}</small></p><p><b>A:</b> {esc(ans)}</p></div>'
                    for q, who, when, ans in qa)
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          f'{items}<form action="/qa/post/" method="post"><h2>ตั้งกระทู้ถาม</h2>หัวข้อ <input name="topic"><br>'
          'ข้อความ <textarea name="msg"></textarea><br>ชื่อ <input name="by"><br><button>ส่ง</button></form>')
    write("/eservice/", "บริการออนไลน์ (E-Service)",
          "<p>ผู้รับบริการสามารถยื่นคำขอรับบริการจากสำนักงานสหกรณ์จังหวัดพิจิตรทางออนไลน์ได้ โดยเจ้าหน้าที่จะติดต่อกลับภายใน 2 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSfPhichitCoopEservice/formResponse" method="post">'
          '<h2>แบบคำขอรับบริการออนไลน์</h2>ชื่อ-นามสกุล <input name="entry.11"><br>โทรศัพท์ <input name="entry.12"><br>'
          'ชื่อสหกรณ์/กลุ่มเกษตรกร <input name="entry.13"><br>บริการที่ต้องการ <select name="entry.14">'
          "<option>ขอคำแนะนำการจดทะเบียนจัดตั้งสหกรณ์</option><option>ขอจดทะเบียนแก้ไขข้อบังคับ</option>"
          '<option>ขอคำปรึกษาด้านกฎหมายสหกรณ์</option></select><br>รายละเอียด <textarea name="entry.15"></textarea><br>'
          "<button>ส่งคำขอ</button></form>"
          f'<p>{a(f("service-68"), "สถิติการให้บริการ")}</p>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนได้ที่สำนักงาน โทร 0 5661 2408 หรือสายด่วนกรมส่งเสริมสหกรณ์ 1170</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้แจ้ง (ไม่ระบุได้) <input name="name"><br>'
          'โทรศัพท์ <input name="tel"><br>เรื่อง <input name="subject"><br>รายละเอียด <textarea name="detail"></textarea><br>'
          '<input type="file" name="evidence"><br><button>ส่งเรื่อง</button></form>'
          '<p>ช่องทางอื่น : <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a></p>')
    coops = "".join(f"<tr><td>{t}</td><td>{n}</td><td>{m}</td></tr>" for t, n, m in
                    [("สหกรณ์ภาคการเกษตร", 58, "71,240"), ("สหกรณ์นอกภาคการเกษตร", 24, "25,180"), ("กลุ่มเกษตรกร", 37, "4,115")])
    write("/coop-data/", "ข้อมูลสหกรณ์และกลุ่มเกษตรกรในจังหวัดพิจิตร",
          f'<p>ข้อมูล ณ 31 มีนาคม 2569</p><table class="list"><tr><th>ประเภท</th><th>จำนวน (แห่ง)</th><th>สมาชิก (คน)</th></tr>{coops}</table>'
          f'<p>{a(f("coop-report"), ROWS["coop-report"][0])}</p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานสหกรณ์จังหวัดพิจิตรเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/policy/", "นโยบายเว็บไซต์", "<p>เนื้อหาบนเว็บไซต์นี้เผยแพร่เพื่อประโยชน์สาธารณะ</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    # procurement
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "PDF")}</td></tr>' for k in months)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศ / รายงาน</h2><ul><li>{a(f("proc-plan-69"), ROWS["proc-plan-69"][0])}</li>'
          f'<li>{a(f("proc-year-68"), ROWS["proc-year-68"][0])}</li></ul>')
    # downloads
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "เอกสารดาวน์โหลด", f"<p>หมวด : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"เอกสารดาวน์โหลด : {cname}", f"<p>หมวด : {cats}</p>{table(listed(slug))}")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ปีงบประมาณ ๒๕๖๙</a></li><li><a href="/ita/2568/">ITA ปีงบประมาณ ๒๕๖๘</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", ita_table(ITA_2568))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    for n in ("cpd-logo.png", "person.png", "chief.png", "org-chart.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    with open(os.path.join(HERE, "assets", "cpd.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}#strip{background:#1b5e20;color:#fff;padding:3px}"
                 "#nav li{display:inline;margin:0 5px}#body{display:flex}#content{flex:1;padding:10px}#aside{width:230px}"
                 ".box{border:1px solid #c8e6c9;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #999;padding:3px}#footer{background:#e8f5e9;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
