"""Generate the HTML pages of the "muangeast" test site (เทศบาลเมืองท่าเกวียนทอง, invented).

Run:  python tests/sites/muangeast/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A town municipality on a provider's template: top bar, banner, menu, a right column (mayor, hotline,
ITA by year, links), footer.  Pages are folder/index.html.  Every division uploads into its own
download category (/download/<cat>/, thirteen of them); the monthly สขร.1 are on /procurement/;
news under /news/ (two pages).  An ITA page per year: /ita/2569/, /ita/2568/ and /ita/2567/ (all
still online, listed on /ita/), each a table o1 … oN in the municipality's own short wording whose
links go to files, pages or category lists.
"""

from __future__ import annotations

import html
import os
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ORG, ROWS, path_of  # noqa: E402

SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {
    "devplan": "แผนพัฒนาท้องถิ่น", "action": "แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณรายจ่าย",
    "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือการปฏิบัติงาน / คู่มือประชาชน", "stats": "ข้อมูลสถิติ",
    "procure": "ประกาศจัดซื้อจัดจ้าง", "hr": "งานการเจ้าหน้าที่", "ethics": "ประมวลจริยธรรม",
    "integrity": "คุณธรรมและความโปร่งใส", "complaint": "เรื่องร้องเรียน", "general": "หนังสือเวียน / เอกสารทั่วไป",
    "law": "กฎหมายและระเบียบ", "monthly": "สขร.1 รายเดือน (กองคลัง)",
}
MISSING_SIZE = {"riskplan68": "386.2 KB", "oldrisk67": "1.2 MB"}
HIDDEN = {"oldrisk67"}  # only on /ita/2567/


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {SHORT[dt.month - 1]} {str(dt.year + 543)[2:]}"


MENU = [("หน้าแรก", "/"), ("ข้อมูลเทศบาล", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("ดาวน์โหลดเอกสาร", "/download/"), ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"),
        ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="topbar">{ORG} อำเภอบ้านค่าย จังหวัดระยอง | ศูนย์รับเรื่องร้องเรียน โทร. 0 3861 4270 ต่อ 104</div>
<div id="banner"><img src="/assets/logo.png" alt="ตราเทศบาลเมืองท่าเกวียนทอง" width="60" height="60">
<b>{ORG}</b><br><small>Tha Kwian Thong Town Municipality</small></div>
<ul id="menu">{menu}</ul>
<div id="wrap"><div id="content">
<p class="crumb"><a href="/">หน้าแรก</a> » {esc(title)}</p>
<h1>{esc(title)}</h1>
{body}
</div>
<div id="side">
<div class="box"><b>นายกเทศมนตรีเมืองท่าเกวียนทอง</b><br>นายประพันธ์ ศรีวารีทอง<br>สายตรงนายก 0 3861 4270 ต่อ 111</div>
<div class="box"><b>ITA การประเมินคุณธรรมและความโปร่งใส</b><br><a href="/ita/2569/">OIT ปี ๒๕๖๙</a><br>
<a href="/ita/2568/">OIT ปี ๒๕๖๘</a><br><a href="/ita/2567/">OIT ปี ๒๕๖๗</a></div>
<div class="box"><b>บริการประชาชน</b><br><a href="/eservice/">E-Service ยื่นคำร้องออนไลน์</a><br>
<a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a><br><a href="/download/manual/">คู่มือประชาชน</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></div>
<div class="box">ผู้เข้าชมเว็บไซต์ ๒๑๔,๐๘๗ ครั้ง</div>
</div></div>
<div id="footer">{ORG} เลขที่ 88 ถนนท่าเกวียน-หนองกระทุ่ม ตำบลท่าเกวียนทอง อำเภอบ้านค่าย จังหวัดระยอง 21120<br>
โทรศัพท์ 0 3861 4270 โทรสาร 0 3861 4271 อีเมล saraban@thakwianthong.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
สงวนลิขสิทธิ์ © ๒๕๖๕ {ORG}</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    out = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if key in MISSING_SIZE:
        return MISSING_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, path_of(key).lstrip('/'))) / 1024:.1f} KB"


def ext_of(key: str) -> str:
    return path_of(key).rsplit(".", 1)[1].upper()


def table(keys: list[str]) -> str:
    rows = [f'<tr><td>{i}</td><td><a href="{path_of(k)}" target="_blank">{esc(ROWS[k][2])}</a></td>'
            f'<td>{be(ROWS[k][4])}</td><td>{ext_of(k)} {size_of(k)}</td></tr>' for i, k in enumerate(keys, 1)]
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ขนาด</th></tr>\n'
            + "\n".join(rows) + "\n</table>")


def listed(cat: str) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and ROWS[k][3] == cat]
    return sorted(keys, key=lambda k: ROWS[k][4], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, text
    (1052, (2026, 4, 3), "ขอเชิญชวนชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     "ผู้มีหน้าที่เสียภาษีโปรดชำระภายในวันที่ 30 เมษายน 2569 ณ กองคลัง หรือผ่านแอปพลิเคชันธนาคาร"),
    (1049, (2026, 3, 20), "โครงการรณรงค์ป้องกันโรคไข้เลือดออก ชุมชนหนองกระทุ่ม",
     "กองสาธารณสุขและสิ่งแวดล้อมร่วมกับ อสม. 18 ชุมชน ทำลายแหล่งเพาะพันธุ์ยุงลาย มีผู้เข้าร่วม 140 คน"),
    (1046, (2026, 2, 9), "สรุปผลการประชุมประชาคมเมือง ประจำปี 2569",
     "เมื่อวันที่ 5 กุมภาพันธ์ 2569 เทศบาลเมืองท่าเกวียนทองจัดประชุมประชาคมเมือง ณ หอประชุมเทศบาล มีประธานชุมชน"
     " ผู้แทนภาคเอกชน และประชาชนเข้าร่วม 263 คน ที่ประชุมเสนอโครงการ 41 โครงการ เช่น ไฟฟ้าส่องสว่างซอยท่าเกวียน 12"
     " และรางระบายน้ำชุมชนเนินสูง เทศบาลจะนำเข้าแผนพัฒนาท้องถิ่นเพิ่มเติม และแจ้งผลการพิจารณาให้ชุมชนทราบภายในเดือนพฤษภาคม 2569"),
    (1043, (2026, 1, 28), "ประชาสัมพันธ์รับสมัครพนักงานจ้าง",
     "เทศบาลรับสมัครพนักงานจ้าง ระหว่างวันที่ 2 - 13 กุมภาพันธ์ 2569 รายละเอียดตามประกาศในหมวดงานการเจ้าหน้าที่"),
    (1039, (2026, 1, 16), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรม ประจำปีงบประมาณ 2569",
     "วันที่ 15 มกราคม 2569 สำนักปลัดเทศบาลจัดอบรมพนักงานเทศบาล ลูกจ้าง และพนักงานจ้าง 198 คน เรื่องประมวลจริยธรรม"
     " Do's & Don'ts และหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา พร้อมลงนามปฏิญญาร่วมกัน"),
    (1035, (2025, 12, 5), "กิจกรรมวันพ่อแห่งชาติ 5 ธันวาคม 2568", "ผู้บริหาร พนักงาน และประชาชนร่วมกิจกรรมเฉลิมพระเกียรติ ณ ลานหน้าเทศบาล"),
    (1031, (2025, 10, 6), "ประกาศเจตนารมณ์ No Gift Policy ประจำปีงบประมาณ 2569",
     "นายกเทศมนตรีประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ขอความร่วมมือผู้มาติดต่องดให้ของขวัญ"),
    (1028, (2025, 10, 2), "เทศบาลเมืองท่าเกวียนทองเปิดใช้ระบบ E-Service ยื่นคำร้องออนไลน์",
     "ประชาชนยื่นคำร้องทั่วไป ขออนุญาตก่อสร้าง และแจ้งซ่อมไฟฟ้าสาธารณะได้ตลอด 24 ชั่วโมง"),
    # FY2568 (page 2)
    (988, (2025, 2, 14), "สรุปผลการประชุมประชาคมเมือง ประจำปี 2568",
     "วันที่ 12 กุมภาพันธ์ 2568 มีผู้เข้าร่วม 241 คน เสนอโครงการ 37 โครงการ"),
    (975, (2024, 12, 18), "อบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2568", "พนักงาน 187 คน เข้ารับการอบรม"),
    (960, (2024, 10, 4), "ประกาศเจตนารมณ์ No Gift Policy ประจำปีงบประมาณ 2568", "งดรับ งดให้ ของขวัญทุกชนิด"),
]


def news_date(t) -> str:
    y, m, day = t
    return f"{day} {SHORT[m - 1]} {y + 543}"


def news_pages() -> None:
    def item(n):
        return (f'<div class="news"><a href="/news/{n[0]}/">{esc(n[2])}</a> '
                f'<span class="date">{news_date(n[1])}</span></div>')

    first = [n for n in NEWS if n[0] > 1000]
    second = [n for n in NEWS if n[0] < 1000]
    write("/news/", "ข่าวประชาสัมพันธ์", "\n".join(map(item, first)) + '\n<p>หน้า 1 <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)",
          "\n".join(map(item, second)) + '\n<p><a href="/news/">1</a> หน้า 2</p>')
    for n in NEWS:
        extra = ""
        if n[0] == 1031:
            extra = f'<p>ดาวน์โหลดประกาศ: <a href="{path_of("nogift69")}">ประกาศนโยบาย No Gift Policy</a></p>'
        if n[0] == 1043:
            extra = f'<p><a href="{path_of("recruit")}">ประกาศรับสมัคร</a></p>'
        write(f"/news/{n[0]}/", n[2], f'<p class="date">วันที่ {news_date(n[1])}</p>\n<p>{esc(n[3])}</p>\n'
              f'<p><img src="/assets/photo.png" alt="ภาพกิจกรรม" width="120" height="80"></p>{extra}')


# ---------------------------------------------------------------- ITA pages

def link(target: str, text: str) -> str:
    if target.startswith("/") or target.startswith("http"):
        return f'<a href="{target}">{esc(text)}</a>'
    return f'<a href="{path_of(target)}">{esc(text)}</a>'


ITA_2569 = [
    ("o1", "โครงสร้างหน่วยงาน", [("/about/structure/", "แผนผังโครงสร้าง"), ("/about/authority/", "อำนาจหน้าที่")]),
    ("o2", "ข้อมูลผู้บริหาร", [("/about/executives/", "คณะผู้บริหาร")]),
    ("o3", "ติดต่อหน่วยงาน / ถาม-ตอบ", [("/contact/", "ติดต่อเรา"), ("/qa/", "กระดานถาม-ตอบ")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("/news/", "ข่าวประชาสัมพันธ์")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("plan566", "แผนพัฒนาท้องถิ่น (2566-2570) ฉบับรวมเพิ่มเติม")]),
    ("o6", "แผนดำเนินงานและงบประมาณ", [("/download/action/", "แผนการดำเนินงาน"), ("/download/budget/", "เทศบัญญัติ")]),
    ("o7", "รายงานผลการดำเนินงาน", [("report67", "รายงานผลการดำเนินงานประจำปี")]),
    ("o8", "คู่มือปฏิบัติงาน", [("/download/manual/", "คู่มือ")]),
    ("o9", "คู่มือประชาชน", [("/download/manual/", "คู่มือ")]),
    ("o10", "E-Service", [("/eservice/", "ระบบ E-Service"), ("esvcstats", "สถิติการให้บริการ")]),
    ("o11", "สรุปผลจัดซื้อจัดจ้างรายเดือน", [("/procurement/", "สขร.1 รายเดือน")]),
    ("o12", "รายงานผลจัดซื้อจัดจ้างประจำปี", [("procannual", "รายงานสรุปผล ปี 2568")]),
    ("o13", "หลักเกณฑ์และแผนบริหารบุคคล", [("/download/hr/", "งานการเจ้าหน้าที่")]),
    ("o14", "รายงานผลบริหารบุคคล", [("hrreport68", "รายงานผล ปี 2568")]),
    ("o15", "จริยธรรม", [("ethics", "ประมวลจริยธรรม"), ("/news/1039/", "การขับเคลื่อนจริยธรรม")]),
    ("o16", "คู่มือร้องเรียนการทุจริต", [("complaintmanual", "คู่มือ")]),
    ("o17", "ช่องทางร้องเรียนการทุจริต", [("/complaint/corruption/", "แจ้งเรื่องร้องเรียน")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("cmpstats68", "สถิติเรื่องร้องเรียน")]),
    ("o19", "การมีส่วนร่วม", [("/news/1046/", "ประชาคมเมือง 2569")]),
    ("o20", "No Gift Policy", [("nogift69", "ประกาศนโยบาย"), ("giftreport68", "รายงานการรับของขวัญ")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("risk68", "การประเมินความเสี่ยงการทุจริต ประจำปี 2569")]),
    ("o22", "ผลตามแผนบริหารความเสี่ยง", [("riskplan68", "รายงานผล")]),
    ("o23", "แผนป้องกันการทุจริต", [("antiplan4y", "แผนปฏิบัติการป้องกันการทุจริต")]),
    ("o24", "รายงานผลป้องกันการทุจริต", [("antireport68", "รายงานผล ปี 2568")]),
    ("o25", "นำผล ITA ไปพัฒนา", [("ita67", "การวิเคราะห์ผล ITA / มาตรการ")]),
    ("o26", "ผลตามมาตรการส่งเสริมคุณธรรม", [("measures68", "รายงานผล ปี 2568")]),
]

ITA_2568 = [
    ("o1", "โครงสร้าง", [("/about/structure/", "โครงสร้าง")]), ("o2", "ข้อมูลผู้บริหาร", [("/about/executives/", "ผู้บริหาร")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("/download/devplan/", "แผนพัฒนา")]),
    ("o6", "แผนดำเนินงาน", [("action68", "แผนการดำเนินงาน 2568")]),
    ("o7", "รายงานผลการดำเนินงาน", [("report67", "รายงานผลการดำเนินงาน 2567")]),
    ("o12", "สขร.1", [("proc2568-09", "ก.ย. 2568")]),
    ("o13", "นโยบายบริหารบุคคล", [("hrpolicy67", "นโยบาย/แผนพัฒนาบุคลากร")]),
    ("o27", "ประเมินความเสี่ยงการทุจริต", [("risk68", "การประเมินความเสี่ยง ปี 2568")]),
    ("o35", "แผนป้องกันการทุจริต", [("antiplan4y", "แผน 4 ปี")]),
    ("o33", "มาตรการส่งเสริมคุณธรรม", [("ita67", "การวิเคราะห์ผล ITA 2567")]),
]

ITA_2567 = [
    ("o1", "โครงสร้าง", [("/about/structure/", "โครงสร้าง")]),
    ("o28", "การประเมินความเสี่ยงการทุจริต", [("oldrisk67", "การประเมินความเสี่ยง ปี 2567")]),
    ("o36", "แผนป้องกันการทุจริต", [("antiplan4y", "แผน 4 ปี 2565-2568")]),
]


def ita_page(path: str, title: str, rows, note: str) -> None:
    trs = "\n".join(f"<tr><td>{code}</td><td>{esc(label)}</td><td>{' | '.join(link(t, x) for t, x in targets)}</td></tr>"
                    for code, label, targets in rows)
    write(path, title, f"<p>{esc(note)}</p>\n<table class=\"ita\"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n{trs}\n</table>")


# ---------------------------------------------------------------- other pages

def pages() -> None:
    write("/", "หน้าแรก", """<h2>ข่าวล่าสุด</h2>
<p><a href="/news/1052/">ขอเชิญชวนชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569</a></p>
<p><a href="/news/1046/">สรุปผลการประชุมประชาคมเมือง ประจำปี 2569</a></p>
<h2>ประกาศจัดซื้อจัดจ้าง</h2><p><a href="/procurement/">สรุปผลการจัดซื้อจัดจ้างรายเดือน</a></p>
<h2>ITA</h2><p><a href="/ita/">การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)</a></p>""")
    write("/about/history/", "ประวัติเทศบาล", "<p>ยกฐานะจากสุขาภิบาลท่าเกวียนเป็นเทศบาลตำบลเมื่อ พ.ศ. 2542 และเป็นเทศบาลเมืองเมื่อ พ.ศ. 2555"
          " พื้นที่ 36.4 ตารางกิโลเมตร 18 ชุมชน ประชากร 27,805 คน</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ", "<p>ท่าเกวียนทองเมืองน่าอยู่ เศรษฐกิจมั่นคง สิ่งแวดล้อมยั่งยืน บริการโปร่งใส</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ", """<p><img src="/assets/chart.png" alt="แผนผังโครงสร้าง" width="200" height="120"></p>
<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี 3 คน</li><li>เลขานุการนายกเทศมนตรี / ที่ปรึกษานายกเทศมนตรี</li></ul></li>
<li>สภาเทศบาล: ประธานสภา รองประธานสภา สมาชิกสภาเทศบาล 18 คน</li></ul>
<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล / รองปลัดเทศบาล 2 คน<ul><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li>
<li>กองการศึกษา</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองยุทธศาสตร์และงบประมาณ</li><li>กองสวัสดิการสังคม</li>
<li>หน่วยตรวจสอบภายใน</li></ul></li></ul>""")
    write("/about/authority/", "อำนาจหน้าที่", """<p>ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 53, 54 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p>
<ol><li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li><li>รักษาความสะอาดของถนน ที่สาธารณะ และกำจัดขยะมูลฝอย</li>
<li>ป้องกันและระงับโรคติดต่อ</li><li>ให้มีน้ำสะอาดหรือการประปา</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>ส่งเสริมและสนับสนุนการป้องกันและบรรเทาสาธารณภัย</li>
<li>บำรุงศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น</li></ol>""")
    people = [("นายประพันธ์ ศรีวารีทอง", "นายกเทศมนตรีเมืองท่าเกวียนทอง", "111"), ("นายวิเชียร ทองเกวียน", "รองนายกเทศมนตรี", "112"),
              ("นางอรุณี สายชลธาร", "รองนายกเทศมนตรี", "113"), ("นายชาตรี บุญหนองกระทุ่ม", "รองนายกเทศมนตรี", "114"),
              ("นางสาวกนกพร เจริญสินธุ์", "ปลัดเทศบาล", "120")]
    write("/about/executives/", "คณะผู้บริหาร", "\n".join(
        f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="80" height="100"><br><b>{esc(n)}</b><br>'
        f'{esc(p)}<br>โทร. 0 3861 4270 ต่อ {x}</div>' for n, p, x in people))
    write("/about/council/", "สภาเทศบาล", "<p>ประธานสภาเทศบาล นายสมพงษ์ ดอนมะขาม · รองประธานสภา นางจันทร์เพ็ญ แก้วบ้านค่าย · สมาชิกสภาเทศบาล 18 คน</p>")
    write("/contact/", "ติดต่อเรา", """<p>เทศบาลเมืองท่าเกวียนทอง เลขที่ 88 ถนนท่าเกวียน-หนองกระทุ่ม ตำบลท่าเกวียนทอง อำเภอบ้านค่าย จังหวัดระยอง 21120</p>
<p>โทรศัพท์ 0 3861 4270 โทรสาร 0 3861 4271 อีเมล saraban@thakwianthong.go.th</p>
<p>เวลาทำการ วันจันทร์ - ศุกร์ 08.30 - 16.30 น.</p>
<p><a href="https://maps.google.com/?q=12.8012,101.2934">แผนที่ตั้ง (Google Maps)</a> · <a href="/qa/">ถาม-ตอบ (Q&amp;A)</a></p>""")
    write("/qa/", "กระดานถาม-ตอบ (Q&A)", """<div class="q"><b>ถาม:</b> ขอถังขยะเพิ่มที่ชุมชนเนินสูงได้ไหมครับ (12 ม.ค. 2569)<br>
<b>ตอบ:</b> กองสาธารณสุขฯ จะนำถังไปวางภายในวันที่ 20 ม.ค. 2569 ครับ</div>
<div class="q"><b>ถาม:</b> ชำระภาษีป้ายออนไลน์ได้หรือไม่ (3 มี.ค. 2569)<br><b>ตอบ:</b> ชำระผ่าน QR Code ได้ ดูขั้นตอนที่หน้า E-Service</div>
<form method="post" action="/qa/"><p>ชื่อ <input name="name"></p><p>คำถาม <textarea name="q"></textarea></p><p><button>ส่งคำถาม</button></p></form>""")
    write("/eservice/", "E-Service ยื่นคำร้องออนไลน์", f"""<p>ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service) ยื่นคำร้องได้ตลอด 24 ชั่วโมง</p>
<form method="post" action="https://docs.google.com/forms/d/e/1FAIpQLSd-thakwian-eservice/formResponse">
<p>ประเภทคำร้อง <select name="type"><option>คำร้องทั่วไป</option><option>ขออนุญาตก่อสร้าง</option><option>แจ้งซ่อมไฟฟ้าสาธารณะ</option></select></p>
<p>ชื่อ-สกุล <input name="name"></p><p>เบอร์โทรศัพท์ <input name="tel"></p><p>รายละเอียด <textarea name="detail"></textarea></p>
<p><button>ส่งคำร้อง</button></p></form>
<p><a href="{path_of('esvcstats')}">สถิติการให้บริการ E-Service รอบ 6 เดือน</a> (XLSX)</p>""")
    write("/complaint/", "ร้องเรียน / ร้องทุกข์", f"""<p>ช่องทาง: ด้วยตนเอง, โทร. 0 3861 4270 ต่อ 104, ตู้รับเรื่อง, ออนไลน์</p>
<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>
<p><a href="/download/complaint/">เอกสารเรื่องร้องเรียน</a> · <a href="{path_of('complaintmanual')}">คู่มือการปฏิบัติงานเรื่องร้องเรียน</a></p>""")
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>
<form method="post" action="/complaint/corruption/"><p>ชื่อ-สกุล (ไม่ระบุก็ได้) <input name="name"></p>
<p>เรื่องที่ร้องเรียน <input name="subject"></p><p>รายละเอียด <textarea name="detail"></textarea></p>
<p>แนบไฟล์ <input type="file" name="file"></p><p><button>ส่งเรื่อง</button></p></form>
<p>หรือแจ้งที่ <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a></p>""")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>เทศบาลเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")

    # procurement
    months = ["proc2569-03", "proc2569-01", "proc2568-12", "proc2568-11", "proc2568-10", "proc2568-09"]
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          "<p>กองคลัง งานพัสดุ เผยแพร่สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน (แบบ สขร.1)</p>\n" + table(months)
          + '\n<p><a href="/download/procure/">ประกาศจัดซื้อจัดจ้างอื่น ๆ</a></p>')

    # downloads
    write("/download/", "ดาวน์โหลดเอกสาร", "<ul>" + "".join(
        f'<li><a href="/download/{c}/">{esc(t)}</a> ({len(listed(c)) if c != "law" else 0})</li>' for c, t in CATS.items()) + "</ul>")
    for c, t in CATS.items():
        keys = listed(c)
        write(f"/download/{c}/", t, table(keys) if keys else "<p>ยังไม่มีเอกสารในหมวดนี้</p>")

    write("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส", """<ul><li><a href="/ita/2569/">แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. ๒๕๖๙</a></li>
<li><a href="/ita/2568/">แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. ๒๕๖๘</a></li>
<li><a href="/ita/2567/">แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. ๒๕๖๗</a></li></ul>""")
    ita_page("/ita/2569/", "OIT ประจำปี พ.ศ. ๒๕๖๙", ITA_2569, "ข้อมูลการเปิดเผยข้อมูลสาธารณะ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (ปรับปรุง ๒๐ มี.ค. ๖๙)")
    ita_page("/ita/2568/", "OIT ประจำปี พ.ศ. ๒๕๖๘", ITA_2568, "ข้อมูลการเปิดเผยข้อมูลสาธารณะ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    ita_page("/ita/2567/", "OIT ประจำปี พ.ศ. ๒๕๖๗", ITA_2567, "ข้อมูลการเปิดเผยข้อมูลสาธารณะ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")


# ---------------------------------------------------------------- assets

def png(width: int, height: int, grey: int) -> bytes:
    raw = b"".join(b"\0" + bytes([grey]) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def assets() -> None:
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    for name, (w, h, g) in {"logo": (60, 60, 200), "chart": (200, 120, 230), "person": (80, 100, 180),
                            "photo": (120, 80, 150)}.items():
        with open(os.path.join(HERE, "assets", f"{name}.png"), "wb") as fh:
            fh.write(png(w, h, g))
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#topbar{background:#0b4f6c;color:#fff;font-size:12px;padding:4px}"
                 "#menu{list-style:none;display:flex;background:#c99700;margin:0;padding:0}#menu li{padding:6px 10px}"
                 "#wrap{display:flex}#content{flex:3;padding:10px}#side{flex:1;padding:10px}.box{border:1px solid #ccc;margin:6px 0;padding:6px}"
                 "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}#footer{background:#333;color:#eee;padding:8px}\n")


def main() -> None:
    assets()
    news_pages()
    pages()


if __name__ == "__main__":
    main()
