"""Generate the HTML pages of the "nakhonsouth" test site (เทศบาลนครพรุเจริญ, invented).

Run:  python tests/sites/nakhonsouth/_make_pages.py   (after _make_docs.py: file sizes are read
from the files it wrote)

A เทศบาลนคร with many สำนัก and กอง on a hosting provider's template: a top bar, a banner, a menu,
a side column (the mayor, hotline, quick links, visitor counter) and a footer on every page; pages
are folder/index.html.  Each unit has its own page (/units/<unit>/); documents are listed by
category (/download/<cat>/, newest first), the monthly สขร.1 on /procurement/, e-GP notices on
/procurement/egp/, news under /news/ (two pages).  The ITA page /ita/2568/ is a table of o1 … o26
in the municipality's own short wording whose links go to files, pages or category lists; last
year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "เทศบาลนครพรุเจริญ"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "ข้อมูลสถิติ", "procure": "ประกาศจัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือราชการ / ทั่วไป"}
ONLY_ELSEWHERE = {"anti-report-66"}  # linked only from last year's ITA page
MISSING_SIZE = "1.24 MB"
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
UNITS = [
    ("palad", "สำนักปลัดเทศบาล", "นางสาวอรอุมา ทองนพคุณ", "ปลัดเทศบาล",
     ["งานธุรการ สารบรรณ", "งานทะเบียนราษฎรและบัตรประจำตัวประชาชน", "งานป้องกันและบรรเทาสาธารณภัย", "ศูนย์รับเรื่องร้องเรียน"]),
    ("finance", "สำนักคลัง", "นายวีรยุทธ ชูศรีทอง", "ผู้อำนวยการสำนักคลัง",
     ["ฝ่ายบริหารงานคลัง", "ฝ่ายพัฒนารายได้", "ฝ่ายพัสดุและทรัพย์สิน", "ฝ่ายแผนที่ภาษีและทะเบียนทรัพย์สิน"]),
    ("works", "สำนักการช่าง", "นายสมพงษ์ ศรีสุวรรณรัตน์", "ผู้อำนวยการสำนักการช่าง",
     ["ฝ่ายควบคุมการก่อสร้างอาคาร", "ฝ่ายสาธารณูปโภค", "ฝ่ายการโยธา", "งานสวนสาธารณะ"]),
    ("education", "สำนักการศึกษา", "นางจิราพร แสงอรุณ", "ผู้อำนวยการสำนักการศึกษา",
     ["โรงเรียนในสังกัด 9 แห่ง", "ศูนย์พัฒนาเด็กเล็ก 4 แห่ง", "งานกีฬาและนันทนาการ", "งานประเพณีและวัฒนธรรม"]),
    ("health", "สำนักการสาธารณสุขและสิ่งแวดล้อม", "นายแพทย์ภาณุพงศ์ วงศ์ทองดี", "ผู้อำนวยการสำนักการสาธารณสุขฯ",
     ["ศูนย์บริการสาธารณสุข 3 แห่ง", "งานรักษาความสะอาด", "งานสุขาภิบาลอาหาร", "งานควบคุมโรค"]),
    ("welfare", "กองสวัสดิการสังคม", "นางปรียาภรณ์ ขาวผ่อง", "ผู้อำนวยการกองสวัสดิการสังคม",
     ["งานพัฒนาชุมชน 41 ชุมชน", "งานสังคมสงเคราะห์ เบี้ยยังชีพ", "งานส่งเสริมอาชีพ"]),
    ("strategy", "กองยุทธศาสตร์และงบประมาณ", "นายอนุชา ปานเพชร", "ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ",
     ["ฝ่ายแผนงานและงบประมาณ", "งานติดตามและประเมินผล", "งานประชาสัมพันธ์", "งานเทคโนโลยีสารสนเทศ"]),
    ("personnel", "กองการเจ้าหน้าที่", "นางสาวกมลวรรณ รัตนมณี", "ผู้อำนวยการกองการเจ้าหน้าที่",
     ["งานสรรหาและบรรจุแต่งตั้ง", "งานพัฒนาบุคลากร", "งานวินัยและส่งเสริมคุณธรรม"]),
    ("audit", "หน่วยตรวจสอบภายใน", "นางวัลลภา สุขเกษม", "นักวิชาการตรวจสอบภายในชำนาญการพิเศษ",
     ["ตรวจสอบการเงินการบัญชี", "ตรวจสอบการจัดซื้อจัดจ้าง", "ประเมินระบบควบคุมภายใน"]),
]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key)


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับเทศบาล", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ส่วนราชการ", "/units/"), ("ข่าวประชาสัมพันธ์", "/news/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลดเอกสาร", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน/ร้องทุกข์", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">{ORG} · ศูนย์รับเรื่องร้องเรียน 0 7534 6100 ต่อ 1150 · สายด่วน 1132 · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="banner"><img src="/assets/logo.png" alt="ตราเทศบาลนครพรุเจริญ" width="72" height="72">
<b>{ORG}</b><br><small>Phru Charoen City Municipality · เมืองน่าอยู่ ประวัติศาสตร์คู่เมือง</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/person.png" alt="นายกเทศมนตรี" width="90"><br><b>นายธีรวัฒน์ แก้วประดิษฐ์</b><br>
นายกเทศมนตรีนครพรุเจริญ<br>สายตรงนายกฯ 0 7534 6111</div>
<div class="box"><b>บริการประชาชน</b><br><a href="/download/manual/">คู่มือสำหรับประชาชน</a><br>
<a href="/eservice/">ยื่นคำร้องออนไลน์ (E-Service)</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/faq/">ถาม - ตอบ</a></div>
<div class="box"><b>การเปิดเผยข้อมูลสาธารณะ</b><br><a href="/ita/2568/">ITA ประจำปี ๒๕๖๘</a><br>
<a href="/ita/2567/">ITA ประจำปี ๒๕๖๗</a><br><a href="/procurement/">ประกาศ สขร.๑</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP กรมบัญชีกลาง</a><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></div>
<div class="box">ผู้เข้าชมวันนี้ ๔๑๒ · ทั้งหมด ๑,๒๔๘,๙๐๒</div>
</div>
<div id="main">
<p class="crumb"><a href="/">หน้าแรก</a> » {esc(title)}</p>
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} 88 ถนนราชดำเนินใต้ ตำบลพรุเจริญ อำเภอเมืองนครศรีธรรมราช จังหวัดนครศรีธรรมราช 80000<br>
โทรศัพท์ 0 7534 6100 โทรสาร 0 7534 6199 อีเมล saraban@prucharoen.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/contact/">ติดต่อเรา</a><br>
© ๒๕๖๕ งานเทคโนโลยีสารสนเทศ กองยุทธศาสตร์และงบประมาณ {ORG}</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][5] == "missing":
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        _no, title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>{ext.upper()} {size_of(k)}</td><td>ดาวน์โหลด {(i * 37) % 211 + 9} ครั้ง</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th><th></th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in ONLY_ELSEWHERE and (cat is None or ROWS[k][2] == cat)
            and not k.startswith("proc-")]
    return sorted(keys, key=lambda k: ROWS[k][3], reverse=True)


# ---------------------------------------------------------------- news: id, (y, m, d) CE, title, paragraphs

NEWS = [
    (1288, (2025, 4, 10), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
     ["สำนักคลังขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2568 ณ ฝ่ายพัฒนารายได้ "
      "หรือชำระผ่าน QR Code ตามแบบแจ้งการประเมิน"]),
    (1281, (2025, 3, 27), "เทศบาลนครพรุเจริญจัดงานประเพณีสงกรานต์ ประจำปี 2568",
     ["ขอเชิญประชาชนร่วมสรงน้ำพระและรดน้ำขอพรผู้สูงอายุ ในวันที่ 13 เมษายน 2568 ณ ลานหน้าสำนักงานเทศบาล"]),
    (1274, (2025, 3, 5), "ประชุมคณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ครั้งที่ 1/2568",
     ["วันที่ 5 มีนาคม 2568 กองยุทธศาสตร์และงบประมาณจัดประชุมคณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น "
      "เพื่อพิจารณากำหนดแนวทางการติดตามผล ประจำปีงบประมาณ พ.ศ. 2568"]),
    (1266, (2025, 2, 21), "สรุปผลการประชุมประชาคมเมือง เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2568",
     ["เมื่อวันที่ 18 กุมภาพันธ์ 2568 เทศบาลนครพรุเจริญจัดประชุมประชาคมเมือง ณ หอประชุมเทศบาล มีผู้เข้าร่วม 236 คน "
      "ประกอบด้วยประธานชุมชน 41 ชุมชน ผู้แทนส่วนราชการ ภาคเอกชน และประชาชนทั่วไป",
      "ที่ประชุมเสนอโครงการ 64 โครงการ เช่น ปรับปรุงท่อระบายน้ำชุมชนหลังวัดใหม่ ไฟฟ้าส่องสว่างถนนเลียบคลองท่าวัง "
      "กองยุทธศาสตร์และงบประมาณจะนำเข้าสู่การพิจารณาของคณะกรรมการพัฒนาเทศบาลเพื่อบรรจุในแผนพัฒนาท้องถิ่น",
      "ประชาชนสามารถเสนอความคิดเห็นเพิ่มเติมได้ทาง E-Service ของเทศบาล จนถึงวันที่ 15 มีนาคม 2568"]),
    (1259, (2025, 2, 6), "ขอเชิญร่วมประชุมประชาคมเมือง วันที่ 18 กุมภาพันธ์ 2568",
     ["เทศบาลนครพรุเจริญขอเชิญประธานชุมชนและประชาชนร่วมประชุมประชาคมเมือง (หนังสือเชิญดาวน์โหลดได้ที่หมวดหนังสือราชการ)"]),
    (1247, (2025, 1, 24), "อบรมโครงการส่งเสริมคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรม ประจำปีงบประมาณ 2568",
     ["วันที่ 23 - 24 มกราคม 2568 กองการเจ้าหน้าที่จัดอบรมพนักงานเทศบาล ลูกจ้าง และพนักงานจ้าง จำนวน 412 คน "
      "หัวข้อ ประมวลจริยธรรมของพนักงานเทศบาล การป้องกันผลประโยชน์ทับซ้อน และ Do's & Don'ts ในการปฏิบัติงาน",
      "นายกเทศมนตรีมอบนโยบายให้ทุกสำนักและกองนำประมวลจริยธรรมไปปฏิบัติและรายงานผลทุก 6 เดือน"]),
    (1233, (2024, 12, 18), "มอบเบี้ยยังชีพผู้สูงอายุรายใหม่ ประจำปีงบประมาณ 2568",
     ["กองสวัสดิการสังคมแจ้งผู้สูงอายุที่ลงทะเบียนใหม่ 218 ราย เริ่มรับเบี้ยยังชีพตั้งแต่เดือนตุลาคม 2567"]),
    (1219, (2024, 11, 28), "เทศบาลนครพรุเจริญเตรียมความพร้อมรับมืออุทกภัย",
     ["สำนักปลัดเทศบาล งานป้องกันและบรรเทาสาธารณภัย ขุดลอกคูคลอง 12 สาย และเตรียมเครื่องสูบน้ำ 24 เครื่อง"]),
    (1204, (2024, 10, 17), "กิจกรรมวันปิยมหาราช 23 ตุลาคม 2567",
     ["ขอเชิญหน่วยงานและประชาชนร่วมพิธีวางพวงมาลา ณ ลานหน้าศาลากลางจังหวัดนครศรีธรรมราช"]),
    # page 2: FY2567
    (1131, (2024, 6, 14), "อบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2567",
     ["กองการเจ้าหน้าที่จัดอบรมคุณธรรมจริยธรรมให้พนักงาน 418 คน ณ หอประชุมเทศบาล"]),
    (1102, (2024, 2, 22), "สรุปผลการประชุมประชาคมเมือง ประจำปี 2567",
     ["เมื่อวันที่ 20 กุมภาพันธ์ 2567 มีผู้เข้าร่วม 214 คน เสนอโครงการ 51 โครงการ"]),
    (1077, (2023, 12, 1), "ทำบุญตักบาตรวันขึ้นปีใหม่ 2567", ["ขอเชิญร่วมทำบุญตักบาตร ณ ลานหน้าสำนักงานเทศบาล"]),
]


def news_list(items) -> str:
    return "<ul class=\"news\">" + "".join(
        f'<li><a href="/news/{i}/">{esc(t)}</a> <small>({be(_dt(ymd))})</small></li>' for i, ymd, t, _p in items) + "</ul>"


def _dt(ymd):
    from datetime import date

    return date(*ymd)


# ---------------------------------------------------------------- ITA pages

def link(key: str, text: str) -> str:
    return f'<a href="{f(key)}">{esc(text)}</a>'


def page_link(url: str, text: str) -> str:
    return f'<a href="{url}">{esc(text)}</a>'


ITA_2568 = [
    ("o1", "โครงสร้างและอำนาจหน้าที่", page_link("/about/structure/", "แผนผังโครงสร้าง") + "<br>"
     + page_link("/about/authority/", "อำนาจหน้าที่เทศบาลนคร")),
    ("o2", "ข้อมูลผู้บริหาร", page_link("/about/executives/", "คณะผู้บริหาร")),
    ("o3", "ข้อมูลการติดต่อ", page_link("/contact/", "ติดต่อเทศบาล")),
    ("o4", "ข่าวประชาสัมพันธ์", page_link("/news/", "ข่าวประชาสัมพันธ์")),
    ("o5", "แผนพัฒนาท้องถิ่น", page_link("/download/plan/", "แผนพัฒนาท้องถิ่น")),
    ("o6", "แผนดำเนินงานและการใช้งบประมาณ", link("opplan-68", "แผนดำเนินงาน ปี ๒๕๖๘") + "<br>"
     + link("budget-68", "เทศบัญญัติงบประมาณรายจ่าย ปี ๒๕๖๘") + "<br>"
     + link("sixm-67", "รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ รอบ ๖ เดือน")),
    ("o7", "รายงานผลการดำเนินงานประจำปี", page_link("/download/report/", "รายงานผลการดำเนินงาน")),
    ("o8", "คู่มือปฏิบัติงานของเจ้าหน้าที่", link("manual-sop", "คู่มือการปฏิบัติงาน")),
    ("o9", "คู่มือประชาชน", page_link("/download/manual/", "คู่มือสำหรับประชาชน")),
    ("o10", "E-Service", page_link("/eservice/", "ระบบคำร้องออนไลน์")),
    ("o11", "สถิติการให้บริการ", link("service-67", "ข้อมูลสถิติการให้บริการประชาชน")),
    ("o12", "สขร.๑ รายเดือน", page_link("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน")),
    ("o13", "รายงานผลจัดซื้อจัดจ้างประจำปี", link("proc-year-67", "รายงานผลการจัดซื้อจัดจ้าง ปี ๒๕๖๗")),
    ("o14", "แผนบริหารและพัฒนาบุคลากร", page_link("/download/hr/", "แผนอัตรากำลัง / แผนพัฒนาพนักงาน")),
    ("o15", "รายงานผลการบริหารและพัฒนาบุคลากร", link("hr-report-67", "รายงานผล HR ปี ๒๕๖๗")),
    ("o16", "ประมวลจริยธรรม", link("ethics", "ประมวลจริยธรรม") + "<br>" + page_link("/news/1247/", "กิจกรรมขับเคลื่อนจริยธรรม")),
    ("o17", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", link("complaint-manual", "คู่มือการจัดการเรื่องร้องเรียน")),
    ("o18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", page_link("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริต")),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", link("complaint-68", "สถิติเรื่องร้องเรียน ต.ค.๖๗ - มี.ค.๖๘")),
    ("o20", "การมีส่วนร่วม", page_link("/news/1266/", "ประชุมประชาคมเมือง ๒๕๖๘")),
    ("o21", "No Gift Policy", link("no-gift-66", "ประกาศ No Gift Policy")),
    ("o22", "รายงานการรับของขวัญ", "-"),
    ("o23", "ประเมินความเสี่ยงการทุจริต", link("risk-67", "การประเมินความเสี่ยงการทุจริต ประจำปี ๒๕๖๘")),
    ("o24", "รายงานการจัดการความเสี่ยงการทุจริต", link("risk-report-67", "รายงานผลการจัดการความเสี่ยง")),
    ("o25", "แผนป้องกันการทุจริต", link("anti-plan-68", "แผนปฏิบัติการป้องกันการทุจริต ปี ๒๕๖๘")),
    ("o26", "รายงานผลป้องกันการทุจริต", "อยู่ระหว่างรวบรวมข้อมูล"),
]
ITA_2567 = [
    ("o1", "โครงสร้าง", page_link("/about/structure/", "โครงสร้าง")),
    ("o5", "แผนพัฒนาท้องถิ่น", link("plan-61-65", "แผนพัฒนาท้องถิ่น ๒๕๖๑-๒๕๖๕") + "<br>" + link("plan-add-64", "เพิ่มเติม ฉบับที่ ๓")),
    ("o10", "แผนพัฒนาบุคลากร", link("hr-plan-67", "แผนพัฒนาพนักงานเทศบาล ปี ๒๕๖๗")),
    ("o15", "สขร.๑ (ก.ย. ๒๕๖๖)", '<a href="/files/28466.pdf">สขร.๑ เดือนกันยายน ๒๕๖๖</a>'),
    ("o22", "ประเมินความเสี่ยงการทุจริต", link("risk-67", "การประเมินความเสี่ยงการทุจริต")),
    ("o23", "No Gift Policy", link("no-gift-66", "ประกาศ No Gift Policy")),
    ("o26", "รายงานผลป้องกันการทุจริต", link("anti-report-66", "รายงานผลตามแผนป้องกันการทุจริต ปี ๒๕๖๖")),
    ("o28", "มาตรการส่งเสริมคุณธรรม", "-"),
]


def ita_table(rows) -> str:
    body = "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{cell}</td></tr>" for c, t, cell in rows)
    return f'<table class="ita"><tr><th>ตัวชี้วัด</th><th>ข้อมูล</th><th>URL / เอกสาร</th></tr>{body}</table>'


# ---------------------------------------------------------------- pages

def main() -> None:
    home = ("<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2>" + news_list(NEWS[:5])
            + '<p><a href="/news/">ดูข่าวทั้งหมด</a></p><h2>เอกสารล่าสุด</h2>' + table(listed()[:6])
            + '<h2>ลิงก์ด่วน</h2><p><a href="/ita/2568/">การประเมินคุณธรรมและความโปร่งใส (ITA) ๒๕๖๘</a> · '
            '<a href="/procurement/egp/">ประกาศประกวดราคา e-GP</a> · <a href="/units/">ส่วนราชการ</a></p>')
    write("/", "หน้าแรก", home)
    write("/about/history/", "ประวัติเทศบาลนครพรุเจริญ",
          "<p>เดิมเป็นสุขาภิบาลพรุเจริญ ยกฐานะเป็นเทศบาลตำบลเมื่อ พ.ศ. 2500 เป็นเทศบาลเมืองเมื่อ พ.ศ. 2521 "
          "และเป็นเทศบาลนครเมื่อ พ.ศ. 2547 พื้นที่ 22.56 ตารางกิโลเมตร 41 ชุมชน ประชากร 67,480 คน (ธันวาคม 2567)</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ", "<p>วิสัยทัศน์ : นครพรุเจริญ เมืองน่าอยู่ ประวัติศาสตร์คู่เมือง เศรษฐกิจมั่นคง "
          "ประชาชนมีความสุข</p><ol><li>พัฒนาโครงสร้างพื้นฐาน</li><li>ส่งเสริมการศึกษา</li><li>บริหารจัดการที่ดี</li></ol>")
    units = "".join(f"<li>{esc(n)} ({esc(h)} : {esc(p)})<ul>" + "".join(f"<li>{esc(s)}</li>" for s in subs) + "</ul></li>"
                    for _k, n, p, h, subs in UNITS)
    write("/about/structure/", "แผนผังโครงสร้างส่วนราชการ",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างเทศบาลนครพรุเจริญ" width="640">'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี 4 คน</li><li>เลขานุการนายกเทศมนตรี 2 คน</li>"
          "<li>ที่ปรึกษานายกเทศมนตรี 3 คน</li></ul></li><li>สภาเทศบาลนครพรุเจริญ (ประธานสภา รองประธานสภา สมาชิก 24 คน)</li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล 3 คน</li>" + units + "</ul></li></ul>"
          '<p>ดูหน้าที่ความรับผิดชอบของแต่ละส่วนราชการได้ที่ <a href="/units/">ส่วนราชการ</a></p>')
    write("/about/authority/", "อำนาจหน้าที่ของเทศบาลนคร",
          "<p>สรุปอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 มาตรา 53 มาตรา 56 และพระราชบัญญัติกำหนดแผนและ"
          "ขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16</p><ol>"
          "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>จัดให้มีและบำรุงทางบก ทางน้ำ และทางระบายน้ำ</li>"
          "<li>รักษาความสะอาดของถนน ที่สาธารณะ การกำจัดมูลฝอยและสิ่งปฏิกูล</li><li>ป้องกันและระงับโรคติดต่อ</li>"
          "<li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
          "<li>จัดให้มีโรงฆ่าสัตว์ ตลาด และการควบคุมอาคาร</li><li>บำรุงศิลปะ จารีตประเพณี และวัฒนธรรมอันดีของท้องถิ่น</li></ol>")
    write("/about/executives/", "คณะผู้บริหารเทศบาลนครพรุเจริญ", "<table class=\"people\">" + "".join(
        f'<tr><td><img src="/assets/person.png" alt="{esc(n)}" width="80"></td><td><b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</td></tr>'
        for n, p, t in [("นายธีรวัฒน์ แก้วประดิษฐ์", "นายกเทศมนตรีนครพรุเจริญ", "0 7534 6111"),
                        ("นายประเสริฐ หนูทองคำ", "รองนายกเทศมนตรี", "0 7534 6112"),
                        ("นางสุภาวดี จันทร์เพ็ญศรี", "รองนายกเทศมนตรี", "0 7534 6113"),
                        ("นายอำนาจ เกื้อสกุลวงศ์", "รองนายกเทศมนตรี", "0 7534 6114"),
                        ("นายชยพล สังข์ทองงาม", "รองนายกเทศมนตรี", "0 7534 6115"),
                        ("นางสาวอรอุมา ทองนพคุณ", "ปลัดเทศบาล", "0 7534 6120")]) + "</table>")
    write("/about/council/", "สภาเทศบาลนครพรุเจริญ", "<p>ประธานสภาเทศบาล นายบุญเลิศ ศรีพุทธรักษ์ · รองประธานสภาเทศบาล "
          "นางเยาวลักษณ์ ด้วงทอง · สมาชิกสภาเทศบาล 24 คน (4 เขตเลือกตั้ง)</p>")
    write("/units/", "ส่วนราชการ", "<ul>" + "".join(f'<li><a href="/units/{k}/">{esc(n)}</a> - {esc(h)}</li>'
                                                  for k, n, _p, h, _s in UNITS) + "</ul>")
    for k, n, p, h, subs in UNITS:
        extra = ""
        if k == "education":
            extra = "<p>เอกสารของสำนัก: " + link("edu-report-67", "รายงานผลการดำเนินงาน สำนักการศึกษา ภาคเรียนที่ 1/2567") + "</p>"
        if k == "finance":
            extra = '<p>ประกาศจัดซื้อจัดจ้าง: <a href="/procurement/">สขร.1 รายเดือน</a> · <a href="/procurement/egp/">ประกาศ e-GP</a></p>'
        if k == "personnel":
            extra = '<p>เอกสาร: <a href="/download/hr/">แผนอัตรากำลัง / แผนพัฒนาพนักงาน / รายงานผล</a></p>'
        write(f"/units/{k}/", n, f'<p><img src="/assets/person.png" alt="{esc(p)}" width="80"> {esc(p)} {esc(h)}</p>'
              "<h2>หน้าที่ความรับผิดชอบ</h2><ul>" + "".join(f"<li>{esc(s)}</li>" for s in subs) + "</ul>" + extra)
    write("/contact/", "ติดต่อเทศบาลนครพรุเจริญ",
          "<p>สำนักงานเทศบาลนครพรุเจริญ 88 ถนนราชดำเนินใต้ ตำบลพรุเจริญ อำเภอเมืองนครศรีธรรมราช จังหวัดนครศรีธรรมราช 80000</p>"
          "<p>โทรศัพท์ 0 7534 6100 · โทรสาร 0 7534 6199 · อีเมล saraban@prucharoen.go.th · Line @prucharoen</p>"
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. · ศูนย์บริการแบบเบ็ดเสร็จ เปิดวันเสาร์ 08.30 - 12.00 น.</p>"
          '<p><a href="https://maps.google.com/?q=8.4290,99.9630">แผนที่ Google Maps</a></p>'
          "<table><tr><th>ส่วนราชการ</th><th>โทรศัพท์ภายใน</th></tr>"
          + "".join(f"<tr><td>{esc(n)}</td><td>ต่อ {1100 + 10 * i}</td></tr>" for i, (_k, n, _p, _h, _s) in enumerate(UNITS))
          + "</table>")
    write("/eservice/", "E-Service ระบบยื่นคำร้องออนไลน์",
          "<p>ประชาชนยื่นคำร้องได้ตลอด 24 ชั่วโมง โดยไม่ต้องเดินทางมาที่สำนักงาน เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>"
          '<form action="/eservice/" method="post"><p>ประเภทคำร้อง <select name="type"><option>ขอรับการสนับสนุนน้ำอุปโภคบริโภค</option>'
          "<option>แจ้งซ่อมไฟฟ้าส่องสว่าง</option><option>ขอตัดกิ่งไม้</option><option>ขอใช้สถานที่/อาคาร</option>"
          "<option>ขอรับเบี้ยยังชีพ</option></select></p><p>ชื่อ-สกุล <input name=\"name\"> โทรศัพท์ <input name=\"tel\"></p>"
          '<p>รายละเอียด <textarea name="detail"></textarea></p><p>แนบไฟล์ <input type="file" name="file"></p>'
          '<p><button type="submit">ส่งคำร้อง</button></p></form>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          '<p>ร้องเรียนเรื่องทั่วไป (ไฟฟ้า ถนน ขยะ เหตุเดือดร้อนรำคาญ) โทร. 1132 หรือ Line @prucharoen</p>'
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          "<p>" + link("complaint-manual", "คู่มือการจัดการเรื่องร้องเรียนการทุจริต") + "</p>")
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ ท่านไม่จำเป็นต้องระบุชื่อ</p>"
          '<form action="/complaint/corruption/" method="post"><p>ชื่อ (ไม่บังคับ) <input name="name"></p>'
          '<p>ผู้ถูกร้อง / หน่วยงาน <input name="who"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
          '<p>หลักฐาน <input type="file" name="proof"></p><p><button type="submit">ส่งเรื่อง</button></p></form>'
          "<p>หรือส่งถึง ศูนย์รับเรื่องร้องเรียน สำนักปลัดเทศบาล โทร. 0 7534 6100 ต่อ 1150 อีเมล complaint@prucharoen.go.th</p>")
    write("/faq/", "ถาม - ตอบ", "<p><b>ถาม</b> ชำระภาษีป้ายได้ที่ไหน (2 เม.ย. 2568)<br><b>ตอบ</b> ฝ่ายพัฒนารายได้ สำนักคลัง ชั้น 1</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>เทศบาลนครพรุเจริญเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</a></li><li><a href="/ita/2567/">ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘", ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๗", ita_table(ITA_2567))
    # procurement
    procs = sorted((k for k in ROWS if k.startswith("proc-")), key=lambda k: ROWS[k][3], reverse=True)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑)",
          "<p>ฝ่ายพัสดุและทรัพย์สิน สำนักคลัง</p>" + table(procs))
    write("/procurement/egp/", "ประกาศจัดซื้อจัดจ้าง (e-GP)", table(listed("procure")))
    # downloads
    write("/download/", "ดาวน์โหลดเอกสาร", "<ul>" + "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>'
                                                          for c, t in CATS.items()) + "</ul>" + table(listed()))
    for c, t in CATS.items():
        write(f"/download/{c}/", t, table(listed(c)))
    # news
    fy68 = [n for n in NEWS if n[1] >= (2024, 10, 1)]
    older = [n for n in NEWS if n[1] < (2024, 10, 1)]
    write("/news/", "ข่าวประชาสัมพันธ์", news_list(fy68) + '<p><a href="/news/page/2/">หน้าถัดไป »</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", news_list(older) + '<p><a href="/news/">« หน้าก่อน</a></p>')
    for i, ymd, t, paras in NEWS:
        body = f"<p><small>วันที่ {be(_dt(ymd))} · งานประชาสัมพันธ์</small></p>" + "".join(f"<p>{esc(p)}</p>" for p in paras)
        if i == 1259:
            body += "<p>" + link("invite-forum", "หนังสือเชิญประชุมประชาคมเมือง") + "</p>"
        write(f"/news/{i}/", t, body + '<p><img src="/assets/photo.png" alt="ภาพกิจกรรม" width="320"></p>')
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}<li><a href=\"/about/vision/\">วิสัยทัศน์</a></li>"
          '<li><a href="/about/council/">สภาเทศบาล</a></li><li><a href="/faq/">ถาม - ตอบ</a></li></ul>')


def assets() -> None:
    from PIL import Image, ImageDraw

    folder = os.path.join(HERE, "assets")
    os.makedirs(folder, exist_ok=True)
    for fname, size, colour in [("logo.png", (72, 72), (20, 90, 160)), ("person.png", (80, 100), (200, 200, 200)),
                                ("photo.png", (160, 100), (120, 170, 120))]:
        Image.new("RGB", size, colour).save(os.path.join(folder, fname))
    chart = Image.new("RGB", (320, 160), (255, 255, 255))
    draw = ImageDraw.Draw(chart)
    for x, y in [(140, 10), (40, 80), (140, 80), (240, 80)]:
        draw.rectangle([x, y, x + 50, y + 30], outline=(0, 0, 0))
    chart.save(os.path.join(folder, "chart.png"))
    with open(os.path.join(folder, "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#0b3d6b;color:#fff;font-size:12px;padding:4px}"
                 "#menu{display:flex;list-style:none;background:#145aa0;margin:0;padding:0}#menu a{color:#fff;padding:8px;display:block}"
                 "#wrap{display:flex}#side{width:230px;padding:8px}#main{flex:1;padding:8px}.box{border:1px solid #ccc;margin:6px 0;padding:6px}"
                 "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px}#footer{background:#eee;padding:8px;font-size:12px}\n")


if __name__ == "__main__":
    assets()
    main()
