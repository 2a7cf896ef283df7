"""Generate the HTML pages of the "saoplateau" test site (องค์การบริหารส่วนตำบลโคกเพชรงาม, invented).

Run:  python tests/sites/saoplateau/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A middle-sized อบต. on a provider's template: a banner, a top menu, a right column (the chief
executive, hotline, ITA links, agency links, a visitor counter) and a footer on every page; pages
are folder/index.html.  Documents are listed by category under /download/<cat>/, the monthly
สขร.1 on /procurement/, the citizen manuals on /service/, news under /news/ (two pages).  The ITA
page /ita/2569/ is a table o1 … o26 in the office's own wording whose links go to files, pages or
category lists; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "องค์การบริหารส่วนตำบลโคกเพชรงาม"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนาท้องถิ่น/แผนการดำเนินงาน", "budget": "ข้อบัญญัติงบประมาณ", "report": "รายงานผล/สถิติ",
        "manual": "คู่มือ", "procure": "จัดซื้อจัดจ้าง", "hr": "งานบริหารงานบุคคล",
        "integrity": "ป้องกันการทุจริต/คุณธรรม", "general": "เอกสารทั่วไป"}
HIDDEN = {"proc-year-68-dead"}  # the dead o12 link is only on the ITA page
MISSING_SIZE = {"proc-year-68-dead": "356.2 KB", "risk-report-68-dead": "288.9 KB"}
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(THAI)


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("ข้อมูลพื้นฐาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("คณะผู้บริหาร", "/about/executives/"), ("ข่าวสาร", "/news/"), ("ประกาศจัดซื้อจัดจ้าง", "/procurement/"),
        ("ดาวน์โหลดเอกสาร", "/download/"), ("คู่มือประชาชน", "/service/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("กระดานถาม-ตอบ", "/webboard/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = " | ".join(f'<a href="{u}">{esc(t)}</a>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/theme/kp.css"></head>
<body>
<div class="header"><img src="/theme/logo.png" alt="ตรา อบต.โคกเพชรงาม" width="72" height="72">
<span class="orgname">{ORG}</span><br><span class="en">Khok Phet Ngam Subdistrict Administrative Organization · อ.สังขะ จ.สุรินทร์</span></div>
<div class="nav">{menu}</div>
<div class="container"><div class="content">
<div class="crumb"><a href="/">หน้าแรก</a> » {esc(title)}</div>
<h2>{esc(title)}</h2>
{body}
</div>
<div class="sidebar">
<div class="panel"><img src="/theme/chief.png" alt="นายก อบต." width="90" height="110"><br>
นายบุญเลิศ ศรีสังข์ทอง<br>นายกองค์การบริหารส่วนตำบลโคกเพชรงาม<br>สายด่วนนายก ๐๘ ๔๖๑๗ ๒๒๐๓</div>
<div class="panel"><b>การประเมินคุณธรรมและความโปร่งใส</b><br><a href="/ita/2569/">ITA ปี ๒๕๖๙</a><br>
<a href="/ita/2568/">ITA ปี ๒๕๖๘</a><br><a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a></div>
<div class="panel"><b>ลิงก์หน่วยงาน</b><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br>
<a href="https://info.go.th/">ข้อมูลข่าวสารของราชการ</a></div>
<div class="panel">ผู้เข้าชมวันนี้ ๓๑๒ · ทั้งหมด ๑๘๔,๐๕๗</div>
</div></div>
<div class="footer">{ORG} หมู่ที่ ๗ บ้านโคกเพชร ตำบลโคกเพชรงาม อำเภอสังขะ จังหวัดสุรินทร์ ๓๒๑๕๐<br>
โทรศัพท์ ๐ ๔๔๐๕ ๘๒๑๓ โทรสาร ๐ ๔๔๐๕ ๘๒๑๔ · อีเมล admin@khokphetngam.go.th ·
<a href="/privacy/">นโยบายความเป็นส่วนตัว</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© สงวนลิขสิทธิ์ {ORG} · ออกแบบและพัฒนาโดย ท้องถิ่นเว็บดีไซน์</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if key in MISSING_SIZE:
        return MISSING_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td>{esc(title)}</td><td>{be(up)}</td>'
                    f'<td><a href="{f(k)}"><img src="/theme/{ext}.gif" alt="{ext}"> ดาวน์โหลด</a> ({size_of(k)})</td></tr>')
    return ('<table class="doclist"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs ({key} is a file of ROWS)
    (1288, (2026, 4, 9), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2569 ณ กองคลัง หรือหน่วยบริการเคลื่อนที่ตามหมู่บ้าน"]),
    (1281, (2026, 3, 20), "อบต.โคกเพชรงาม แจกจ่ายน้ำอุปโภคบริโภคช่วยเหลือประชาชนประสบภัยแล้ง",
     ["วันที่ 20 มีนาคม 2569 รถบรรทุกน้ำของ อบต. ออกแจกจ่ายน้ำให้ครัวเรือนในหมู่ที่ 3, 9 และ 12 รวม 146 ครัวเรือน"]),
    (1274, (2026, 3, 4), "สรุปผลการจัดประชุมประชาคมหมู่บ้านและประชาคมตำบล ประจำปี 2569",
     ["ระหว่างวันที่ 9 - 24 กุมภาพันธ์ 2569 อบต.โคกเพชรงาม จัดเวทีประชาคมครบทั้ง 14 หมู่บ้านและประชาคมตำบล "
      "มีประชาชนเข้าร่วม 897 คน เสนอโครงการ 73 โครงการ รายละเอียดตามรายงานแนบ",
      '<a href="{participation-69}">รายงานผลการประชุมประชาคม ปี 2569</a>']),
    (1266, (2026, 2, 3), "ขอเชิญร่วมประชุมประชาคมหมู่บ้าน ประจำปี 2569",
     ["ขอเชิญพี่น้องประชาชนร่วมเวทีประชาคมหมู่บ้าน ระหว่างวันที่ 9 - 20 กุมภาพันธ์ 2569 ตามกำหนดการในหนังสือเชิญ",
      '<a href="{invite-forum}">หนังสือเชิญ (Word)</a>']),
    (1259, (2026, 1, 23), "โครงการอบรมคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรม ประจำปีงบประมาณ 2569",
     ["วันที่ 22 มกราคม 2569 อบต.โคกเพชรงาม จัดอบรมผู้บริหาร สมาชิกสภา พนักงานส่วนตำบลและพนักงานจ้าง "
      "เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานส่วนท้องถิ่นไปสู่การปฏิบัติ และชี้แจงหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใด",
      "มีผู้เข้าร่วม 61 คน วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดสุรินทร์"]),
    (1251, (2025, 12, 26), "รณรงค์ลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ 2569",
     ["ตั้งจุดบริการประชาชนบริเวณทางหลวงหมายเลข 2077 ร่วมกับ อปพร. และสถานีตำรวจภูธรสังขะ"]),
    (1243, (2025, 12, 10), "ประกาศผู้ชนะการเสนอราคา จ้างเหมาถ่ายเอกสารและเข้าเล่มแผนพัฒนาท้องถิ่น",
     ['<a href="{print-plan}">ประกาศผู้ชนะการเสนอราคา</a>']),
    (1236, (2025, 11, 5), "ประเพณีลอยกระทง ประจำปี 2568",
     ["ร่วมสืบสานประเพณีลอยกระทง ณ หนองตาเพชร หมู่ที่ 5"]),
    (1229, (2025, 10, 20), "ประชุมสภาองค์การบริหารส่วนตำบลโคกเพชรงาม สมัยสามัญ สมัยที่ 4 ประจำปี 2568",
     ["พิจารณาโอนงบประมาณและรับทราบรายงานผลการจัดซื้อจัดจ้างประจำปี"]),
    (1221, (2025, 10, 6), "ผู้บริหารประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2569",
     ['<a href="{will-69}">ประกาศเจตจำนงสุจริต</a>']),
    # FY2568 and older, on page 2
    (1187, (2025, 8, 14), "ประชุมสภาฯ สมัยสามัญ สมัยที่ 3 พิจารณาร่างข้อบัญญัติงบประมาณรายจ่าย ประจำปี 2569",
     ['<a href="{budget-69-draft}">ร่างข้อบัญญัติงบประมาณรายจ่าย ปี 2569</a>']),
    (1160, (2025, 5, 2), "โครงการส่งเสริมอาชีพการทอผ้าไหมลายพื้นเมือง",
     ["กลุ่มทอผ้าบ้านโคกเพชร 25 คน เข้าร่วมอบรม"]),
    (1142, (2025, 2, 25), "สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี 2568",
     ["ระหว่างวันที่ 10 - 21 กุมภาพันธ์ 2568 จัดประชาคมครบ 14 หมู่บ้าน ผู้เข้าร่วม 842 คน"]),
    (1120, (2024, 11, 5), "โครงการอบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2568",
     ["ผู้เข้าร่วม 58 คน"]),
    (1101, (2023, 10, 3), "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)",
     ['นายก อบต.โคกเพชรงาม ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิด <a href="{no-gift-67}">ประกาศ</a>']),
]
PER_PAGE = 10


def news_body(paras: list[str]) -> str:
    links = {k: f(k) for k in ROWS}
    return "".join(f"<p>{p.format(**links)}</p>" for p in paras)


def news_pages() -> None:
    for nid, ymd, title, paras in NEWS:
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(*ymd))} โดย admin</p>{news_body(paras)}'
              '<p><a href="/news/">« ข่าวสารทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li>{be(date(*n[1]))} - <a href="/news/{n[0]}/">{esc(n[2])}</a></li>' for n in chunk)
        pager = ('<p class="pager"><b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">หน้าถัดไป</a></p>'
                 if p == 1 else '<p class="pager"><a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวสารประชาสัมพันธ์", f"<ul>{items}</ul>{pager}")


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # (ข้อ, heading, [(link text, href or ROWS key)])
    ("o1", "โครงสร้าง / อำนาจหน้าที่", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อ อบต. / Q&A", [("ติดต่อ", "/contact/"), ("กระดานถาม-ตอบ", "/webboard/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวสาร", "/news/")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65"), ("แผนพัฒนาฯ เพิ่มเติม", "plan-61-65-add3")]),
    ("o6", "แผนการดำเนินงาน / ข้อบัญญัติงบประมาณ", [("แผนการดำเนินงาน", "opplan-68"), ("ข้อบัญญัติ ปี 2569", "budget-69")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "m-and-e-67")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน กองช่าง", "work-manual")]),
    ("o9", "คู่มือประชาชน", [("คู่มือสำหรับประชาชน", "/service/")]),
    ("o10", "E-Service", [("ยื่นคำร้องออนไลน์", "/eservice/"), ("สถิติการให้บริการ", "service-69")]),
    ("o11", "สขร.1 รายเดือน", [("สรุปผลจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o12", "รายงานผลจัดซื้อจัดจ้างประจำปี", [("รายงานประจำปี 2568", "proc-year-68-dead")]),
    ("o13", "หลักเกณฑ์และแผนบริหารงานบุคคล", [("งานบริหารงานบุคคล", "/download/hr/")]),
    ("o14", "รายงานผลการบริหารทรัพยากรบุคคล", [("รายงานผล", "hr-report-67")]),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("อบรมคุณธรรมจริยธรรม 2569", "/news/1259/")]),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียนทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางร้องเรียนทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("สถิติเรื่องร้องเรียน", "complaint-stats-68h1")]),
    ("o19", "การมีส่วนร่วม", [("ประชาคม 2569", "participation-69")]),
    ("o20", "No Gift Policy", [("ประกาศ No Gift", "no-gift-67"), ("รายงานการรับทรัพย์สิน", "gift-report-68")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง ปี 2569", "risk-68")]),
    ("o22", "รายงานผลบริหารความเสี่ยง", [("รายงานผล", "risk-report-68-dead")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต 2569", "anti-plan-69")]),
    ("o24", "รายงานผลป้องกันการทุจริต", [("รายงานผล ปี 2568", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนา", [("วิเคราะห์ผล ITA / มาตรการ", "ita-analysis-68")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("รายงานผล ปี 2568", "integrity-report-68")]),
]
ITA_2568 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนการดำเนินงาน ปี 2568", [("แผนการดำเนินงาน 2568", "opplan-68")]),
    ("o9", "คู่มือประชาชน", [("คู่มือ", "/service/")]),
    ("o13", "แผนอัตรากำลัง", [("แผนอัตรากำลัง", "manpower-64-66")]),
    ("o14", "รายงานผลการบริหารทรัพยากรบุคคล ปี 2567", [("รายงาน", "hr-report-67")]),
    ("o19", "การมีส่วนร่วม", [("ประชาคม 2568", "/news/1142/")]),
    ("o20", "No Gift Policy", [("ประกาศ", "no-gift-67")]),
    ("o22", "สถิติเรื่องร้องเรียน", [("รอบ 6 เดือน", "complaint-stats-68h1")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ตัวชี้วัด</th><th>หัวข้อ</th><th>ลิงก์ข้อมูล</th></tr>']
    for code, heading, links in rows:
        cell = "<br>".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code.upper()}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          f'<h3>ข่าวประชาสัมพันธ์ล่าสุด</h3><ul>{latest}</ul><p><a href="/news/">อ่านทั้งหมด</a></p>'
          '<h3>บริการออนไลน์</h3><p><a href="/eservice/">E-Service ยื่นคำร้องออนไลน์</a> · '
          '<a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a> · <a href="/ita/2569/">ITA 2569</a></p>')
    write("/about/history/", "ข้อมูลพื้นฐาน",
          "<p>องค์การบริหารส่วนตำบลโคกเพชรงาม ยกฐานะจากสภาตำบลเมื่อ พ.ศ. 2539 ตั้งอยู่บนที่ราบสูงทางทิศใต้ของอำเภอสังขะ "
          "ห่างจากตัวอำเภอ 18 กิโลเมตร พื้นที่ 72 ตารางกิโลเมตร 14 หมู่บ้าน ประชากร 9,734 คน 2,861 ครัวเรือน "
          "ประชาชนพูดภาษาเขมรถิ่นไทยและภาษาส่วย ส่วนใหญ่ทำนาข้าวหอมมะลิ</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์/พันธกิจ</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : โคกเพชรงามถิ่นข้าวหอม น้ำพอใช้ ชุมชนเข้มแข็ง บริหารโปร่งใส</p>"
          "<ol><li>พัฒนาแหล่งน้ำและโครงสร้างพื้นฐาน</li><li>ยกระดับคุณภาพชีวิต</li><li>ส่งเสริมเกษตรปลอดภัย</li>"
          "<li>บริหารงานตามหลักธรรมาภิบาล</li></ol>")
    write("/about/structure/", "โครงสร้างองค์กร",
          '<img src="/theme/chart.png" alt="แผนภูมิโครงสร้างการบริหารงาน อบต.โคกเพชรงาม" width="140" height="90">'
          "<h3>ฝ่ายการเมือง</h3><ul><li>นายก อบต. — รองนายก อบต. 2 คน, เลขานุการนายก อบต.</li>"
          "<li>สภา อบต. — ประธานสภา, รองประธานสภา, เลขานุการสภา, สมาชิกสภา อบต. 14 คน</li></ul>"
          "<h3>ฝ่ายประจำ</h3><ul><li>ปลัด อบต. / รองปลัด อบต.</li><li>สำนักปลัด</li><li>กองคลัง</li><li>กองช่าง</li>"
          "<li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองสวัสดิการสังคม</li>"
          "<li>หน่วยตรวจสอบภายใน</li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a> · <a href="/about/departments/">ส่วนราชการ</a> · <a href="/about/council/">สมาชิกสภา อบต.</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 67 68 และพระราชบัญญัติกำหนดแผน"
          "และขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16 สรุปอำนาจหน้าที่ได้ดังนี้</p><ol>"
          "<li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>จัดให้มีน้ำเพื่อการอุปโภค บริโภค และการเกษตร</li>"
          "<li>รักษาความสะอาดและกำจัดขยะมูลฝอย</li><li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li>"
          "<li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
          "<li>บำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li></ol>")
    depts = [("สำนักปลัด", "นายธนากร บุญยืน", "หัวหน้าสำนักปลัด"), ("กองคลัง", "นางสาวอรทัย จันทร์หอม", "ผู้อำนวยการกองคลัง"),
             ("กองช่าง", "นายสมหมาย ทองประเสริฐ", "ผู้อำนวยการกองช่าง"),
             ("กองการศึกษาฯ", "นางจันทร์เพ็ญ ดีมาก", "ผู้อำนวยการกองการศึกษา"),
             ("กองสาธารณสุขฯ", "นายเอกชัย สุขสบาย", "ผู้อำนวยการกองสาธารณสุข"),
             ("กองสวัสดิการสังคม", "นางสาวปวีณา ใจงาม", "ผู้อำนวยการกองสวัสดิการสังคม")]
    write("/about/departments/", "ส่วนราชการ",
          "<table><tr><th>ส่วนราชการ</th><th>หัวหน้าส่วนราชการ</th></tr>"
          + "".join(f"<tr><td>{d}</td><td>{n} ({p})</td></tr>" for d, n, p in depts) + "</table>")
    execs = [("นายบุญเลิศ ศรีสังข์ทอง", "นายกองค์การบริหารส่วนตำบลโคกเพชรงาม", "08 4617 2203"),
             ("นายสุรชัย ชมชื่น", "รองนายกองค์การบริหารส่วนตำบล", "08 7254 1160"),
             ("นางบัวลา พรมสุข", "รองนายกองค์การบริหารส่วนตำบล", "09 1843 7725"),
             ("นายเกียรติศักดิ์ ทองเลิศ", "เลขานุการนายกองค์การบริหารส่วนตำบล", "06 2019 4478"),
             ("นางวิไลพร แสงสุรินทร์", "ปลัดองค์การบริหารส่วนตำบล", "0 4405 8213 ต่อ 101")]
    cards = "".join(f'<div class="person"><img src="/theme/person.png" alt="{esc(n)}" width="80" height="100"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "คณะผู้บริหาร", cards)
    write("/about/council/", "สมาชิกสภา อบต.",
          "<ul><li>นายประยูร แก้วกล้า ประธานสภา อบต.</li><li>นายวันชัย ศรีงาม รองประธานสภา อบต.</li>"
          "<li>สมาชิกสภา อบต. หมู่ที่ 1 - 14</li></ul>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>หมู่ที่ 7 บ้านโคกเพชร ตำบลโคกเพชรงาม อำเภอสังขะ จังหวัดสุรินทร์ 32150</p>"
          "<p>โทรศัพท์ 0 4405 8213 โทรสาร 0 4405 8214<br>อีเมล admin@khokphetngam.go.th<br>"
          'Line OA : @khokphetngam · <a href="https://www.facebook.com/khokphetngam.sao">Facebook อบต.โคกเพชรงาม</a></p>'
          "<p>เปิดให้บริการ วันจันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=14.5721,103.8364">แผนที่ อบต. (Google Maps)</a></p>'
          '<p>มีข้อสงสัย ถามได้ที่ <a href="/webboard/">กระดานถาม-ตอบ</a></p>')
    qa = [("ขอทราบกำหนดการฉีดวัคซีนพิษสุนัขบ้าครับ", "ชาวบ้านหมู่ 4", "17 มี.ค. 2569",
           "กองสาธารณสุขฯ จะออกฉีดวัคซีนตามหมู่บ้านในเดือนเมษายน 2569 ตามตารางที่ประกาศทางเสียงตามสายค่ะ"),
          ("น้ำประปาหมู่บ้านหมู่ 12 ไม่ไหลสามวันแล้ว", "ผู้ใช้น้ำ", "2 มี.ค. 2569",
           "กองช่างได้ซ่อมปั๊มน้ำบาดาลเรียบร้อยเมื่อวันที่ 4 มีนาคม 2569 ครับ")]
    posts = "".join(f'<div class="topic"><p><b>คำถาม :</b> {esc(q)} <small>โดย {who} {when}</small></p>'
                    f"<p><b>ตอบโดย admin :</b> {esc(ans)}</p></div>" for q, who, when, ans in qa)
    write("/webboard/", "กระดานถาม-ตอบ (Q&A)",
          f'{posts}<form action="/webboard/new/" method="post"><h3>ตั้งกระทู้ใหม่</h3>หัวข้อ <input name="topic"><br>'
          'ข้อความ <textarea name="msg"></textarea><br>ชื่อผู้ถาม <input name="by"><br><button>ส่ง</button></form>')
    write("/eservice/", "E-Service ยื่นคำร้องออนไลน์",
          "<p>ประชาชนยื่นคำร้องต่อ อบต.โคกเพชรงาม ผ่านช่องทางออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่ตอบกลับภายใน 1 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSkhokPhetNgamEservice/formResponse" method="post">'
          '<h3>แบบคำร้องออนไลน์</h3>ชื่อ-สกุล <input name="entry.11"><br>โทรศัพท์ <input name="entry.12"><br>'
          'หมู่บ้าน <input name="entry.13"><br>ประเภทคำร้อง <select name="entry.14"><option>คำร้องทั่วไป</option>'
          '<option>ขอรับน้ำอุปโภคบริโภค</option><option>แจ้งซ่อมไฟฟ้าสาธารณะ</option></select><br>'
          'รายละเอียด <textarea name="entry.15"></textarea><br><button>ส่งคำร้อง</button></form>'
          f'<p>{a(f("service-69"), "สถิติการให้บริการประชาชน ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>')
    write("/complaint/", "ร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>แจ้งเบาะแสการทุจริตของเจ้าหน้าที่ อบต. ได้ที่แบบฟอร์มนี้ ข้อมูลผู้แจ้งจะเก็บเป็นความลับ</p>"
          '<form action="/complaint/send/" method="post">ชื่อผู้แจ้ง (ไม่ระบุได้) <input name="name"><br>'
          'ติดต่อกลับ <input name="tel"><br>เรื่อง <input name="subject"><br>รายละเอียด <textarea name="detail"></textarea><br>'
          'หลักฐาน <input type="file" name="evidence"><br><button>ส่งเรื่องร้องเรียน</button></form>'
          '<p>หรือแจ้ง <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · ศูนย์ดำรงธรรมอำเภอสังขะ</p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</p>')
    services = ["การลงทะเบียนและยื่นคำขอรับเงินเบี้ยความพิการ", "การขอรับความช่วยเหลือน้ำอุปโภคบริโภค (ฤดูแล้ง)"]
    write("/service/", "คู่มือสำหรับประชาชน",
          "<ul>" + "".join(f"<li>{esc(s)}</li>" for s in services) + "</ul>"
          f'<p>{a(f("citizen-manual"), "ดาวน์โหลดคู่มือสำหรับประชาชน (PDF)")}</p>')
    write("/privacy/", "นโยบายความเป็นส่วนตัว",
          "<p>อบต.โคกเพชรงาม เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in MENU) + "</ul>")
    # procurement: the monthly สขร.1, newest first (no January 2569)
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "เปิดไฟล์")}</td></tr>'
                   for k in months)
    write("/procurement/", "ประกาศจัดซื้อจัดจ้าง / สรุปผลการจัดซื้อจัดจ้าง",
          f'<h3>สรุปผลการดำเนินการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ 2569</h3>'
          f'<table class="doclist"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h3>รายงานประจำปี / ประกาศ</h3><ul><li>{a(f("proc-year-68"), ROWS["proc-year-68"][0])}</li>'
          f'<li>{a(f("print-plan"), ROWS["print-plan"][0])}</li></ul>')
    cats = " · ".join(a(f"/download/{s}/", n) for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลดเอกสาร : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปีงบประมาณ 2569</a></li>'
          '<li><a href="/ita/2568/">ITA ประจำปีงบประมาณ 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569",
          "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล · ตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>" + ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_table(ITA_2568))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "theme"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "person.png", "chart.png", "chief.png"):
        with open(os.path.join(HERE, "theme", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "theme", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "theme", "kp.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0;background:#f4efe6}.header{background:#7a3e12;color:#fff;padding:8px}"
                 ".nav{background:#a65c1f;padding:4px}.nav a{color:#fff}.container{display:flex}.content{flex:1;padding:10px}"
                 ".sidebar{width:230px}.panel{border:1px solid #c9a;margin:6px;padding:6px;background:#fff}"
                 "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}.footer{background:#533;color:#fff;padding:8px}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
