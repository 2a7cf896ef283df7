"""Generate the HTML pages of the "tambonmarket" test site (เทศบาลตำบลวังตะเคียนทอง, invented).

Run:  python tests/sites/tambonmarket/_make_pages.py   (after _make_docs.py: file sizes are read
from the files it wrote)

A เทศบาลตำบล with a fresh market and a bus terminal, on a provider's template: a top bar, a menu,
a left column (the mayor, quick links, the market and terminal hotlines, a visitor counter) and a
footer on every page; pages are folder/index.html.  Documents are listed by category under
/download/<cat>/, the monthly สขร.1 on /procurement/, news under /news/ (two pages).  The ITA page
/ita/2568/ is a table o1 … o26 in the office's own short wording; last year's /ita/2567/ is still
online and is the only place that links two of the old files.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "เทศบาลตำบลวังตะเคียนทอง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "ประกาศทั่วไป"}
HIDDEN = {"anti-report-66", "old-ita-risk"}  # linked only from last year's ITA page
MISSING_SIZE = "287.4 KB"
TH_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt: datetime) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(TH_DIGITS)


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def size(key: str) -> str:
    path = os.path.join(HERE, f(key).lstrip("/"))
    if not os.path.exists(path):
        return MISSING_SIZE
    return f"{os.path.getsize(path) / 1024:.1f} KB"


MENU = [("หน้าแรก", "/"), ("ข้อมูลเทศบาล", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ตลาดสดเทศบาล", "/market/"), ("สถานีขนส่ง", "/terminal/"),
        ("ข่าวสาร", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"),
        ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">{ORG} อำเภอบ้านไร่กลาง จังหวัดนครสวรรค์ · ศูนย์บริการร่วม ๐ ๕๖๒๑ ๔๓๗๗</div>
<div id="banner"><img src="/assets/logo.png" alt="ตราเทศบาลตำบลวังตะเคียนทอง" width="64" height="64">
<b>{ORG}</b><br><small>Wang Takhian Thong Subdistrict Municipality · ตลาดสดสะอาด ขนส่งสะดวก</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><b>นายกเทศมนตรี</b><br>นายประเสริฐ ทองมีสุข<br>สายตรงนายก ๐ ๕๖๒๑ ๔๓๗๗ ต่อ ๑๑</div>
<div class="box"><b>บริการประชาชน</b><br><a href="/download/manual/">คู่มือประชาชน</a><br>
<a href="/eservice/">ยื่นคำร้องออนไลน์</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/terminal/timetable/">ตารางเดินรถ</a><br><a href="/market/">ตลาดสดเทศบาล</a><br>
<a href="/ita/2568/">ITA ปี ๒๕๖๘</a><br><a href="/ita/2567/">ITA ปี ๒๕๖๗</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></div>
<div class="box">งานตลาดสด ๐ ๕๖๒๑ ๔๓๗๗ ต่อ ๒๔<br>สถานีขนส่ง ๐ ๕๖๒๑ ๔๓๘๐</div>
<div class="box">ผู้เข้าชม ๑๔๗,๒๐๙ ครั้ง</div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} ๘๘ หมู่ที่ ๒ ตำบลวังตะเคียนทอง อำเภอบ้านไร่กลาง จังหวัดนครสวรรค์ ๖๐๑๙๙<br>
โทรศัพท์ ๐ ๕๖๒๑ ๔๓๗๗ โทรสาร ๐ ๕๖๒๑ ๔๓๗๘ อีเมล saraban@wangtakhianthong.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
สงวนลิขสิทธิ์ ๒๕๖๕ {ORG}</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    out = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def file_row(key: str) -> str:
    title, _cat, up, ext, _m = ROWS[key]
    return (f'<tr><td><a href="{f(key)}">{esc(title)}</a></td><td>{ext.upper()}</td>'
            f"<td>{size(key)}</td><td>{be(up)}</td></tr>")


def file_table(keys: list[str]) -> str:
    rows = "\n".join(file_row(k) for k in sorted(keys, key=lambda k: ROWS[k][2], reverse=True))
    return f'<table class="dl"><tr><th>เอกสาร</th><th>ชนิด</th><th>ขนาด</th><th>วันที่</th></tr>\n{rows}\n</table>'


# ---------------------------------------------------------------- news

NEWS = [  # id, date, title, body, attachment key
    (588, datetime(2025, 4, 2), "ตรวจสารปนเปื้อนในอาหาร ตลาดสดเทศบาล ประจำเดือนเมษายน ๒๕๖๘",
     "กองสาธารณสุขและสิ่งแวดล้อมสุ่มตรวจผัก เนื้อสัตว์ และอาหารทะเล ๔๒ ตัวอย่าง ไม่พบสารบอแรกซ์และฟอร์มาลิน", None),
    (584, datetime(2025, 3, 18), "Big Cleaning Day ล้างตลาดสดเทศบาลครั้งใหญ่",
     "ผู้ค้า ๑๑๒ ราย และพนักงานเทศบาลร่วมล้างตลาด เพื่อเตรียมรับการประเมินตลาดสดน่าซื้อ", None),
    (579, datetime(2025, 2, 13), "ประชุมประชาคมรับฟังความคิดเห็น โครงการปรับปรุงสถานีขนส่งผู้โดยสารเทศบาล",
     "เมื่อวันพุธที่ ๑๒ กุมภาพันธ์ ๒๕๖๘ เวลา ๐๙.๓๐ น. ณ ห้องประชุมเทศบาล นายประเสริฐ ทองมีสุข นายกเทศมนตรี "
     "เป็นประธานการประชุมประชาคม มีผู้เข้าร่วม ๑๘๔ คน ได้แก่ ผู้ใหญ่บ้าน ผู้ประกอบการเดินรถ ๒๓ ราย ผู้ค้าบริเวณสถานีขนส่ง "
     "และประชาชน ที่ประชุมเสนอให้ย้ายจุดจอดรถสองแถว เพิ่มที่นั่งพักผู้โดยสาร และปรับปรุงห้องน้ำ "
     "เทศบาลจะบรรจุข้อเสนอไว้ในโครงการปรับปรุงห้องน้ำสาธารณะ สถานีขนส่ง (ก.พ. ๒๕๖๘) และแผนปี ๒๕๖๙", None),
    (575, datetime(2025, 1, 29), "ขอเชิญร่วมประชุมประชาคม โครงการปรับปรุงสถานีขนส่งผู้โดยสาร",
     "ขอเชิญผู้ประกอบการและประชาชนร่วมประชุมในวันที่ ๑๒ กุมภาพันธ์ ๒๕๖๘ (หนังสือเชิญแนบท้าย)", "invite"),
    (571, datetime(2025, 1, 10), "งานวันเด็กแห่งชาติ ประจำปี ๒๕๖๘", "จัดกิจกรรมที่ลานหน้าตลาดสดเทศบาล มีเด็กร่วมงานกว่า ๖๐๐ คน", None),
    (566, datetime(2024, 12, 4), "ประกาศอัตราค่าเช่าแผงค้าตลาดสดเทศบาล", "รายละเอียดตามประกาศแนบท้าย", "market-fees"),
    (561, datetime(2024, 11, 15), "ประเพณีลอยกระทง ตลาดน้ำวังตะเคียน ๒๕๖๗", "ประชาชนร่วมงานกว่า ๒,๐๐๐ คน", None),
    (556, datetime(2024, 10, 7), "เทศบาลประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ ๒๕๖๘",
     "เทศบาลตำบลวังตะเคียนทองขอความร่วมมือผู้ค้าในตลาดสด ผู้ประกอบการเดินรถ และประชาชน งดให้ของขวัญแก่ผู้บริหารและเจ้าหน้าที่ "
     "ในทุกเทศกาล ตามประกาศลงวันที่ ๑ ตุลาคม ๒๕๖๗", "no-gift-68"),
    (552, datetime(2024, 10, 2), "ปรับตารางเวลาเดินรถ สถานีขนส่งผู้โดยสาร เริ่ม ๑ พ.ย. ๒๕๖๗",
     "รถโดยสารสาย นครสวรรค์ - บ้านไร่กลาง เพิ่มเที่ยว ๐๕.๓๐ น.", None),
    # page 2: FY2567
    (534, datetime(2024, 8, 21), "อบรมคุณธรรมจริยธรรมพนักงานเทศบาล ประจำปีงบประมาณ ๒๕๖๗",
     "เมื่อวันที่ ๒๐ สิงหาคม ๒๕๖๗ เทศบาลจัดอบรมส่งเสริมคุณธรรมจริยธรรมตามประมวลจริยธรรมของพนักงานเทศบาล "
     "ณ วัดวังตะเคียน ผู้เข้าร่วม ๕๘ คน", None),
    (528, datetime(2024, 6, 5), "วันสิ่งแวดล้อมโลก ๒๕๖๗ ปลูกต้นไม้รอบสถานีขนส่ง", "ร่วมปลูกต้นไม้ ๒๐๐ ต้น", None),
    (519, datetime(2024, 2, 20), "ประชุมประชาคมเมือง ทบทวนแผนพัฒนาท้องถิ่น ประจำปี ๒๕๖๗",
     "ผู้เข้าร่วม ๑๕๒ คน เสนอโครงการ ๓๑ โครงการ", None),
    (511, datetime(2023, 12, 5), "วันพ่อแห่งชาติ ๕ ธันวาคม ๒๕๖๖", "พิธีถวายพระพรชัยมงคล ณ สำนักงานเทศบาล", None),
]


def news_pages() -> None:
    for nid, dt, title, body, att in NEWS:
        extra = ""
        if att:
            extra = f'<p>เอกสารแนบ: <a href="{f(att)}">{esc(ROWS[att][0])}</a></p>'
        write(f"/news/{nid}/", title, f'<p class="date">วันที่ {be(dt)}</p>\n<p>{body}</p>\n{extra}\n'
              f'<p><img src="/assets/photo.jpg" alt="ภาพกิจกรรม" width="320" height="200"></p>')
    first, second = NEWS[:9], NEWS[9:]
    for path, items, nav in (("/news/", first, '<a href="/news/page/2/">หน้าถัดไป »</a>'),
                             ("/news/page/2/", second, '<a href="/news/">« หน้าก่อน</a>')):
        lis = "\n".join(f'<li><a href="/news/{n}/">{t}</a> <span class="date">{be(dt)}</span></li>'
                        for n, dt, t, _b, _a in items)
        write(path, "ข่าวประชาสัมพันธ์", f"<ul class=\"news\">\n{lis}\n</ul>\n<p>{nav}</p>")


# ---------------------------------------------------------------- ITA pages

def link(key_or_path: str, text: str) -> str:
    href = key_or_path if key_or_path.startswith("/") else f(key_or_path)
    return f'<a href="{href}">{esc(text)}</a>'


ITA_68 = [
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("/about/structure/", "แผนผังโครงสร้าง"), ("/about/authority/", "อำนาจหน้าที่")]),
    ("o2", "ข้อมูลผู้บริหาร", [("/about/executives/", "คณะผู้บริหาร")]),
    ("o3", "ข้อมูลการติดต่อ", [("/contact/", "ติดต่อเทศบาล")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("/news/", "ข่าวสาร")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("/download/plan/", "ดาวน์โหลดแผนพัฒนา")]),
    ("o6", "แผนดำเนินงานและการใช้งบประมาณประจำปี", [("opplan-68", "แผนการดำเนินงาน 2568"),
                                                   ("budget-68", "เทศบัญญัติ 2568"), ("sixm", "รายงานรอบ 6 เดือน")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("eval-66", "รายงานติดตามประเมินผลแผน")]),
    ("o8", "คู่มือการปฏิบัติงานของเจ้าหน้าที่", [("sop-market", "คู่มือปฏิบัติงาน")]),
    ("o9", "คู่มือการให้บริการประชาชน", [("citizen-market", "คู่มือประชาชน"), ("/download/manual/", "คู่มืออื่น ๆ")]),
    ("o10", "E-Service", [("/eservice/", "ยื่นคำร้องออนไลน์")]),
    ("o11", "สถิติการให้บริการ", [("service-68", "สถิติ 6 เดือน")]),
    ("o12", "รายการจัดซื้อจัดจ้าง (สขร.1)", [("/procurement/", "สขร.1 รายเดือน")]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("proc-year-67", "รายงานประจำปี")]),
    ("o14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", [("hr-policy-66", "นโยบาย HR"), ("hr-plan-67", "แผนพัฒนาพนักงาน")]),
    ("o15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [("hr-report-67", "รายงานผลการพัฒนาบุคลากร")]),
    ("o16", "ประมวลจริยธรรม", [("ethics", "ประมวลจริยธรรม"), ("/news/534/", "กิจกรรมส่งเสริมจริยธรรม")]),
    ("o17", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("complaint-manual", "คู่มือเรื่องร้องเรียน")]),
    ("o18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("/complaint/corruption/", "แจ้งเรื่องร้องเรียน")]),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [("complaint-68", "สถิติเรื่องร้องเรียน")]),
    ("o20", "การเปิดโอกาสให้มีส่วนร่วม", [("/news/579/", "ประชาคมสถานีขนส่ง")]),
    ("o21", "No Gift Policy", [("no-gift-68", "ประกาศ No Gift Policy"), ("/news/556/", "ข่าวประชาสัมพันธ์")]),
    ("o22", "รายงานการรับของขวัญ", [("gift-report-67", "รายงานการรับทรัพย์สิน ปี 2567")]),
    ("o23", "การประเมินความเสี่ยงการทุจริต", [("risk-68", "ประเมินความเสี่ยง 2568")]),
    ("o24", "รายงานผลการจัดการความเสี่ยง", [("risk-report", "รายงานผล ปี 2567")]),
    ("o25", "แผนป้องกันการทุจริต", [("anti-plan", "แผนปฏิบัติการป้องกันการทุจริต")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", []),
]

ITA_67 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("plan-61-65", "แผนพัฒนาท้องถิ่นสี่ปี")]),
    ("o6", "แผนดำเนินงาน", [("opplan-67", "แผนการดำเนินงาน 2567")]),
    ("o10", "แผนการจัดซื้อจัดจ้าง / สขร.", [("proc-2024-09", "สขร.1 ล่าสุด")]),
    ("o20", "การมีส่วนร่วม", [("/news/519/", "ประชาคมเมือง 2567")]),
    ("o31", "การประเมินความเสี่ยงการทุจริต", [("old-ita-risk", "ประเมินความเสี่ยง 2567")]),
    ("o36", "รายงานผลการดำเนินการป้องกันการทุจริต", [("anti-report-66", "รายงานผลปี 2566")]),
]


def ita_page(path: str, year: str, rows: list) -> None:
    trs = []
    for code, label, links in rows:
        cell = " · ".join(link(k, t) for k, t in links) if links else "อยู่ระหว่างจัดทำ"
        trs.append(f"<tr><td>{code}</td><td>{esc(label)}</td><td>{cell}</td></tr>")
    body = (f"<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {year.translate(TH_DIGITS)}</p>\n"
            '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n' + "\n".join(trs) + "\n</table>")
    write(path, f"ITA {year.translate(TH_DIGITS)}", body)


# ---------------------------------------------------------------- static pages

STATIC = {
    "/about/history/": ("ประวัติความเป็นมา",
                        "<p>เดิมเป็นสุขาภิบาลวังตะเคียน ยกฐานะเป็นเทศบาลตำบลเมื่อ พ.ศ. ๒๕๔๒ พื้นที่ ๒๑.๔ ตร.กม. ๙ หมู่บ้าน "
                        "ประชากร ๘,๙๓๖ คน เป็นศูนย์กลางการค้าของอำเภอ มีตลาดสดเทศบาลและสถานีขนส่งผู้โดยสาร</p>"),
    "/about/vision/": ("วิสัยทัศน์ พันธกิจ", "<p>วังตะเคียนทองเมืองน่าอยู่ ตลาดสะอาด การคมนาคมสะดวก ประชาชนมีคุณภาพชีวิตที่ดี</p>"),
    "/about/structure/": ("โครงสร้างส่วนราชการ",
                          '<p><img src="/assets/chart.png" alt="แผนผังโครงสร้างเทศบาลตำบลวังตะเคียนทอง" width="600" height="400"></p>'
                          "<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี ๒ คน</li><li>เลขานุการนายกเทศมนตรี</li>"
                          "<li>ที่ปรึกษานายกเทศมนตรี</li></ul></li><li>สภาเทศบาล: ประธานสภา รองประธานสภา สมาชิกสภาเทศบาล ๑๒ คน</li></ul>"
                          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li>"
                          "<li>กองช่าง</li><li>กองสาธารณสุขและสิ่งแวดล้อม (งานตลาดสด)</li><li>กองการศึกษา</li>"
                          "<li>งานสถานีขนส่ง (สำนักปลัดเทศบาล)</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"),
    "/about/authority/": ("อำนาจหน้าที่",
                          "<p>ตามพระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ มาตรา ๕๐ และ ๕๑ และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ "
                          "มาตรา ๑๖ สรุปอำนาจหน้าที่ของเทศบาลตำบล ดังนี้</p><ol><li>รักษาความสงบเรียบร้อยของประชาชน</li>"
                          "<li>จัดให้มีและบำรุงทางบกและทางน้ำ</li><li>รักษาความสะอาดของถนน ที่สาธารณะ และกำจัดขยะมูลฝอย</li>"
                          "<li>จัดให้มีและควบคุมตลาด ท่าเทียบเรือ และท่าข้าม</li><li>จัดให้มีและควบคุมสถานีขนส่ง</li>"
                          "<li>ป้องกันและระงับโรคติดต่อ</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li>"
                          "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li></ol>"),
    "/about/executives/": ("คณะผู้บริหาร",
                           '<div class="exec"><img src="/assets/mayor.jpg" alt="นายประเสริฐ ทองมีสุข" width="120" height="150">'
                           "<p>นายประเสริฐ ทองมีสุข<br>นายกเทศมนตรีตำบลวังตะเคียนทอง<br>โทร. ๐๘ ๑๗๔๒ ๖๖๑๐</p></div>"
                           '<div class="exec"><img src="/assets/deputy1.jpg" alt="นายวีระ ศรีบุญเรือง" width="120" height="150">'
                           "<p>นายวีระ ศรีบุญเรือง<br>รองนายกเทศมนตรี<br>โทร. ๐๘ ๙๕๓๑ ๒๔๗๘</p></div>"
                           '<div class="exec"><img src="/assets/deputy2.jpg" alt="นางสุดารัตน์ คงเจริญ" width="120" height="150">'
                           "<p>นางสุดารัตน์ คงเจริญ<br>รองนายกเทศมนตรี<br>โทร. ๐๘ ๖๐๔๔ ๑๙๒๕</p></div>"
                           '<div class="exec"><img src="/assets/clerk.jpg" alt="นายอำนาจ แก้วประเสริฐ" width="120" height="150">'
                           "<p>นายอำนาจ แก้วประเสริฐ<br>ปลัดเทศบาล<br>โทร. ๐ ๕๖๒๑ ๔๓๗๗ ต่อ ๑๒</p></div>"),
    "/about/council/": ("สภาเทศบาล", "<p>นายชูชาติ พรหมมา ประธานสภาเทศบาล · นางบุญเรือน ใจเย็น รองประธานสภาเทศบาล · สมาชิก ๑๒ คน</p>"),
    "/about/staff/": ("บุคลากร", "<p>พนักงานเทศบาล ๔๑ คน ลูกจ้างประจำ ๕ คน พนักงานจ้าง ๖๖ คน (รวมงานตลาดสดและสถานีขนส่ง)</p>"),
    "/contact/": ("ติดต่อเรา",
                  "<p>เทศบาลตำบลวังตะเคียนทอง ๘๘ หมู่ที่ ๒ ตำบลวังตะเคียนทอง อำเภอบ้านไร่กลาง จังหวัดนครสวรรค์ ๖๐๑๙๙</p>"
                  "<p>โทรศัพท์ ๐ ๕๖๒๑ ๔๓๗๗ โทรสาร ๐ ๕๖๒๑ ๔๓๗๘<br>อีเมล "
                  '<a href="mailto:saraban@wangtakhianthong.go.th">saraban@wangtakhianthong.go.th</a><br>'
                  'Facebook: <a href="https://www.facebook.com/wangtakhianthong.city">เทศบาลตำบลวังตะเคียนทอง</a></p>'
                  "<p>เวลาทำการ วันจันทร์ - วันศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น.</p>"
                  '<p><a href="https://maps.google.com/?q=15.5123,99.8871">แผนที่ Google Maps</a></p>'),
    "/qa/": ("กระดานถาม-ตอบ", "<p>ถาม: ค่าเช่าแผงตลาดสดชำระที่ใด<br>ตอบ: ชำระที่งานตลาดสด หรือกองคลัง ภายในวันที่ ๕ ของเดือน</p>"),
    "/sitemap/": ("แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>"),
    "/privacy/": ("นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>เทศบาลเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นต่อการให้บริการ</p>"),
    "/market/": ("ตลาดสดเทศบาล",
                 "<p>ตลาดสดเทศบาลตำบลวังตะเคียนทอง เปิดทุกวัน ๐๔.๐๐ - ๑๘.๐๐ น. แผงค้า ๑๖๔ แผง ได้รับรองตลาดสดน่าซื้อ ระดับดี</p>"
                 f'<p>{link("market-fees", "ประกาศอัตราค่าเช่าแผง")} · {link("citizen-market", "คู่มือการขอเช่าแผง")}</p>'),
    "/terminal/": ("สถานีขนส่งผู้โดยสารเทศบาล",
                   '<p>สถานีขนส่งผู้โดยสาร ๑๖ ชานชาลา เปิด ๐๕.๐๐ - ๒๐.๐๐ น. <a href="/terminal/timetable/">ตารางเดินรถ</a></p>'),
    "/terminal/timetable/": ("ตารางเวลาเดินรถ",
                             "<table><tr><th>สาย</th><th>เที่ยวแรก</th><th>เที่ยวสุดท้าย</th></tr>"
                             "<tr><td>วังตะเคียนทอง - นครสวรรค์</td><td>๐๕.๓๐</td><td>๑๗.๓๐</td></tr>"
                             "<tr><td>วังตะเคียนทอง - อุทัยธานี</td><td>๐๖.๐๐</td><td>๑๖.๐๐</td></tr></table>"),
    "/eservice/": ("E-Service ยื่นคำร้องออนไลน์",
                   "<p>ประชาชนยื่นคำร้องได้ตลอด ๒๔ ชั่วโมง โดยไม่ต้องเดินทางมาสำนักงาน</p>"
                   '<form action="/eservice/sent/" method="post"><p>ประเภทคำร้อง <select name="type">'
                   "<option>ขอเช่าแผงตลาดสด</option><option>ขอใช้ลานจอดสถานีขนส่ง</option><option>ขอซ่อมไฟฟ้าสาธารณะ</option>"
                   "<option>คำร้องทั่วไป</option></select></p><p>ชื่อ-สกุล <input name=\"name\"></p>"
                   "<p>เบอร์โทรศัพท์ <input name=\"phone\"></p><p>รายละเอียด <textarea name=\"detail\"></textarea></p>"
                   "<p>แนบไฟล์ <input type=\"file\" name=\"file\"></p><p><button>ส่งคำร้อง</button></p></form>"),
    "/eservice/sent/": ("ส่งคำร้องแล้ว", "<p>เจ้าหน้าที่จะติดต่อกลับภายใน ๒ วันทำการ</p>"),
    "/complaint/": ("ร้องเรียน ร้องทุกข์",
                    '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a> · '
                    f'{link("complaint-manual", "คู่มือการจัดการเรื่องร้องเรียน")}</p>'),
    "/complaint/corruption/": ("แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
                               "<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
                               '<form action="/complaint/sent/" method="post"><p>ชื่อผู้ร้องเรียน (ไม่ระบุก็ได้) <input name="name"></p>'
                               "<p>เรื่องที่ร้องเรียน <input name=\"subject\"></p><p>รายละเอียด <textarea name=\"detail\"></textarea></p>"
                               "<p>หลักฐาน <input type=\"file\" name=\"file\"></p><p><button>ส่งเรื่อง</button></p></form>"
                               "<p>หรือโทร ๐ ๕๖๒๑ ๔๓๗๗ ต่อ ๑๒</p>"),
    "/complaint/sent/": ("ส่งเรื่องแล้ว", "<p>ได้รับเรื่องร้องเรียนแล้ว</p>"),
    "/ita/": ("ITA", '<ul><li><a href="/ita/2568/">ITA ปี ๒๕๖๘</a></li><li><a href="/ita/2567/">ITA ปี ๒๕๖๗</a></li></ul>'),
}


def home() -> None:
    news = "\n".join(f'<li><a href="/news/{n}/">{t}</a> <span class="date">{be(dt)}</span></li>'
                     for n, dt, t, _b, _a in NEWS[:6])
    procs = "\n".join(f'<li><a href="{f(k)}">{esc(ROWS[k][0])}</a></li>'
                      for k in sorted((k for k in ROWS if k.startswith("proc-2")), reverse=True)[:3])
    body = (f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">\n{news}\n</ul><p><a href="/news/">ดูทั้งหมด</a></p>'
            f"<h2>จัดซื้อจัดจ้าง</h2><ul>\n{procs}\n</ul>"
            '<h2>บริการ</h2><p><a href="/market/">ตลาดสดเทศบาล</a> · <a href="/terminal/">สถานีขนส่ง</a> · '
            '<a href="/eservice/">E-Service</a> · <a href="/ita/2568/">ITA ๒๕๖๘</a></p>')
    out = os.path.join(HERE, "index.html")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(layout("หน้าแรก", body))


def downloads() -> None:
    visible = [k for k in ROWS if k not in HIDDEN and not k.startswith("proc-2")]
    items = "\n".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<ul>\n{items}\n</ul>\n<h2>เอกสารล่าสุด</h2>\n"
          + file_table(sorted(visible, key=lambda k: ROWS[k][2], reverse=True)[:8]))
    for c, t in CATS.items():
        write(f"/download/{c}/", t, file_table([k for k in visible if ROWS[k][1] == c]))
    months = [k for k in ROWS if k.startswith("proc-2")]
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          "<p>ประกาศตามมาตรา ๙ (๘) พ.ร.บ.ข้อมูลข่าวสารของราชการ</p>\n" + file_table(months)
          + '\n<p><a href="/download/procure/">ประกาศจัดซื้อจัดจ้างอื่น ๆ</a></p>')


def assets() -> None:
    import io

    from PIL import Image

    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:sans-serif;margin:0}#top{background:#0a5;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#side{float:left;width:220px}#main{margin-left:240px}"
                 "#footer{clear:both;background:#eee;padding:8px}.dl td,.ita td{border:1px solid #ccc;padding:3px}\n")
    for fname, colour, wh in (("logo.png", (0, 120, 60), (64, 64)), ("chart.png", (230, 230, 230), (300, 200)),
                              ("photo.jpg", (180, 150, 110), (160, 100)), ("mayor.jpg", (120, 120, 140), (60, 75)),
                              ("deputy1.jpg", (120, 130, 140), (60, 75)), ("deputy2.jpg", (130, 120, 140), (60, 75)),
                              ("clerk.jpg", (140, 120, 120), (60, 75))):
        buf = io.BytesIO()
        Image.new("RGB", wh, colour).save(buf, format="PNG" if fname.endswith("png") else "JPEG")
        with open(os.path.join(HERE, "assets", fname), "wb") as fh:
            fh.write(buf.getvalue())


def main() -> None:
    assets()
    home()
    for path, (title, body) in STATIC.items():
        write(path, title, body)
    news_pages()
    ita_page("/ita/2568/", "2568", ITA_68)
    ita_page("/ita/2567/", "2567", ITA_67)
    downloads()


if __name__ == "__main__":
    main()
