"""Generate the HTML pages of the "muangnortheast" test site (เทศบาลเมืองหนองหินทอง, invented).

Run:  python tests/sites/muangnortheast/_make_pages.py   (after _make_docs.py: file sizes are read
from the files it wrote)

A เทศบาลเมือง on a hosting provider's template: a blue top bar, a menu, a right column (the mayor,
hotline, "ศูนย์ข้อมูลข่าวสาร" links, a visitor counter) and a footer on every page; pages are
folder/index.html.  Documents are listed in an information centre by category (/infocenter/<cat>/),
the monthly procurement summaries on /procurement/, news under /news/ (two pages), activities
under /activity/.  The ITA page /ita/2569/ is a table of o1 … o26 in the office's own short wording
whose links go to files, pages or category lists; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import OLD_DEAD, ROWS, name  # noqa: E402

ORG = "เทศบาลเมืองหนองหินทอง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนพัฒนา / แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส"}
HIDDEN = {"ita-analysis"}  # linked only from the ITA pages
MISSING_SIZE = "286.4 KB"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(THAI)


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าแรก", "/"), ("ข้อมูลเทศบาล", "/about/history/"), ("โครงสร้างส่วนราชการ", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("สภาเทศบาล", "/about/council/"), ("ข่าวประชาสัมพันธ์", "/news/"),
        ("ภาพกิจกรรม", "/activity/"), ("ประกาศจัดซื้อจัดจ้าง", "/procurement/"), ("ศูนย์ข้อมูลข่าวสาร", "/infocenter/"),
        ("E-Service", "/eservice/"), ("ร้องเรียน/ร้องทุกข์", "/complaint/"), ("ITA", "/ita/"), ("กระดานสนทนา", "/webboard/"),
        ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/site.css"></head>
<body>
<div id="topbar">{ORG} อำเภอเสลภูมิ จังหวัดร้อยเอ็ด · สายด่วนเหตุเดือดร้อน ๑๙๙ · โทร. ๐ ๔๓๕๕ ๑๒๐๘</div>
<div id="head"><img src="/assets/seal.png" alt="ตราเทศบาลเมืองหนองหินทอง" width="72" height="72">
<span class="org">{ORG}</span><br><span class="en">Nong Hin Thong Town Municipality</span></div>
<ul id="nav">
{menu}
</ul>
<div id="page"><div id="content">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="aside">
<div class="widget"><img src="/assets/mayor.png" alt="นายกเทศมนตรี" width="90" height="110"><br>
<b>นายวิชัย ศรีบุญเรือง</b><br>นายกเทศมนตรีเมืองหนองหินทอง<br>สายตรงนายกฯ ๐๘ ๗๒๑๕ ๔๔๐๙</div>
<div class="widget"><b>ศูนย์ข้อมูลข่าวสาร</b><br><a href="/infocenter/plan/">แผนพัฒนาท้องถิ่น</a><br>
<a href="/infocenter/budget/">เทศบัญญัติงบประมาณ</a><br><a href="/infocenter/manual/">คู่มือประชาชน</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/ita/2569/">ITA ปี ๒๕๖๙</a><br>
<a href="/ita/2568/">ITA ปี ๒๕๖๘</a></div>
<div class="widget"><b>ลิงก์หน่วยงาน</b><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></div>
<div class="widget">ผู้เข้าชมเว็บไซต์ ๓๑๘,๐๔๗ ครั้ง</div>
</div></div>
<div id="foot">{ORG} ๒๕๕ ถนนแจ้งสนิท ตำบลหนองหินทอง อำเภอเสลภูมิ จังหวัดร้อยเอ็ด ๔๕๑๒๐<br>
โทรศัพท์ ๐ ๔๓๕๕ ๑๒๐๘ โทรสาร ๐ ๔๓๕๕ ๑๒๐๙ อีเมล saraban@nonghinthong.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© ๒๕๖๕ {ORG} ออกแบบและดูแลโดย อีสานเว็บโฮสติ้ง</div>
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
        rows.append(f'<tr><td>{i}</td><td>{esc(title)}</td><td>{be(up)}</td>'
                    f'<td><a href="{f(k)}"><img src="/assets/{ext}.gif" alt="{ext}"> ดาวน์โหลด</a> ({size_of(k)})</td></tr>')
    return ('<table class="doc"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and not k.startswith("proc-20") and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news and activities

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (1187, (2026, 4, 3), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๙",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2569 ณ กองคลัง "
      "หรือชำระผ่าน QR Code ได้ทุกธนาคาร"]),
    (1181, (2026, 3, 24), "รับฟังความคิดเห็น (ร่าง) แผนอัตรากำลัง ๓ ปี พ.ศ. ๒๕๗๐ - ๒๕๗๒",
     ['งานการเจ้าหน้าที่ขอเชิญพนักงานเทศบาลเสนอความเห็นต่อร่างแผนอัตรากำลัง <a href="{hrdraft}">ดาวน์โหลดร่าง</a>']),
    (1176, (2026, 3, 10), "ประชาสัมพันธ์โครงการเฝ้าระวังไฟป่าและหมอกควัน ปี ๒๕๖๙",
     ["ขอความร่วมมือประชาชนงดเผาตอซังข้าวและขยะในที่โล่ง หากพบเห็นการเผาแจ้งสายด่วน 199"]),
    (1169, (2026, 2, 2), "ขอเชิญร่วมประชุมประชาคมชุมชน เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี ๒๕๖๙",
     ["เทศบาลเมืองหนองหินทอง ขอเชิญประธานชุมชนและประชาชนทั้ง 14 ชุมชน ร่วมประชุมประชาคม "
      "ระหว่างวันที่ 16 - 27 กุมภาพันธ์ 2569 เวลา 18.30 น. ณ ศาลาประจำชุมชน เพื่อเสนอโครงการบรรจุในแผนพัฒนาท้องถิ่น",
      "กำหนดการรายชุมชนติดประกาศ ณ ศาลาประจำชุมชน สอบถามได้ที่กองยุทธศาสตร์และงบประมาณ โทร. 0 4355 1208 ต่อ 21"]),
    (1161, (2026, 1, 9), "ประกาศผู้ชนะการเสนอราคา จ้างเหมาถ่ายเอกสารและเข้าเล่มแผนพัฒนาท้องถิ่น",
     ['รายละเอียดตามประกาศ <a href="{printplan}">ดาวน์โหลด</a>']),
    (1154, (2025, 12, 18), "ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง ตำแหน่งพนักงานขับรถยนต์",
     ["รับสมัครระหว่างวันที่ 22 - 30 ธันวาคม 2568 ณ งานการเจ้าหน้าที่ สำนักปลัดเทศบาล"]),
    (1148, (2025, 12, 1), "ประชาสัมพันธ์การลงทะเบียนขอรับเบี้ยยังชีพผู้สูงอายุ ปีงบประมาณ ๒๕๗๐",
     ["ผู้ที่จะมีอายุครบ 60 ปี ในปีงบประมาณ 2570 ลงทะเบียนได้ที่กองสวัสดิการสังคม หรือยื่นผ่าน E-Service"]),
    (1139, (2025, 11, 12), "ประกาศงดจ่ายน้ำประปาชั่วคราว ชุมชนโนนสว่าง",
     ["เนื่องจากซ่อมท่อเมนประปา วันที่ 13 พฤศจิกายน 2568 เวลา 09.00 - 15.00 น."]),
    (1131, (2025, 10, 20), "เทศบาลประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ ๒๕๖๙",
     ['นายกเทศมนตรีประกาศเจตจำนงสุจริตต่อหน้าพนักงานเทศบาล <a href="{will}">ประกาศเจตจำนงสุจริต</a>']),
    (1124, (2025, 10, 3), "ประกาศใช้เทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ ๒๕๖๙",
     ['เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 ผ่านความเห็นชอบของนายอำเภอแล้ว <a href="{budget}">ดาวน์โหลด</a>']),
    # FY2568, page 2
    (1071, (2025, 8, 4), "ประกาศเรียกประชุมสภาเทศบาล สมัยสามัญ สมัยที่ ๓ ประจำปี ๒๕๖๘",
     ['<a href="{council}">ประกาศเรียกประชุมสภา</a>']),
    (1052, (2025, 6, 9), "โครงการส่งเสริมอาชีพการทอผ้าไหมลายสร้อยดอกหมาก",
     ["กลุ่มสตรีชุมชนคุ้มวัดกลาง 35 คน เข้าร่วมอบรม ณ ศูนย์เรียนรู้ชุมชน"]),
    (1030, (2025, 3, 7), "สรุปผลการประชุมประชาคมชุมชน ประจำปี ๒๕๖๘",
     ["ระหว่างวันที่ 17 - 28 กุมภาพันธ์ 2568 เทศบาลเมืองหนองหินทองจัดประชุมประชาคมชุมชนครบทั้ง 14 ชุมชน "
      "เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมเสนอปัญหาและความต้องการ มีผู้เข้าร่วม 947 คน",
      "ประชาชนเสนอโครงการรวม 83 โครงการ ได้แก่ ถนนและรางระบายน้ำ 41 โครงการ ไฟฟ้าส่องสว่าง 18 โครงการ "
      "ด้านสังคมและสาธารณสุข 24 โครงการ เทศบาลได้นำไปบรรจุในแผนพัฒนาท้องถิ่น (เพิ่มเติม) ครั้งที่ 1/2568 แล้ว 52 โครงการ"]),
    (1011, (2024, 12, 26), "โครงการรณรงค์ลดอุบัติเหตุช่วงเทศกาลปีใหม่ ๒๕๖๘",
     ["ตั้งจุดบริการประชาชนบนทางหลวงหมายเลข 23 ร่วมกับสถานีตำรวจภูธรเสลภูมิ"]),
]
ACTIVITY = [
    (512, (2026, 3, 18), "กิจกรรม Big Cleaning Day ตลาดสดเทศบาล",
     ["พนักงานเทศบาลและผู้ค้าร่วมล้างทำความสะอาดตลาดสด 120 คน"]),
    (508, (2025, 12, 16), "โครงการอบรมคุณธรรมจริยธรรม ผู้บริหาร สมาชิกสภา และพนักงานเทศบาล ประจำปีงบประมาณ ๒๕๖๙",
     ["วันที่ 16 ธันวาคม 2568 เทศบาลเมืองหนองหินทองจัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล "
      "และชี้แจงหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ตามมาตรา 128",
      "ผู้เข้าร่วม 204 คน ได้แก่ ผู้บริหาร 5 คน สมาชิกสภา 16 คน พนักงานเทศบาล ลูกจ้าง และพนักงานจ้าง 183 คน "
      "วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดร้อยเอ็ด"]),
    (503, (2025, 11, 5), "ประเพณีลอยกระทง ประจำปี ๒๕๖๘", ["ณ หนองหินทองสาธารณะ ประชาชนร่วมงานกว่า 3,000 คน"]),
]
PER_PAGE = 10


def links() -> dict[str, str]:
    return {"hrdraft": f("hr-plan-draft"), "printplan": f("print-plan"), "will": f("will-69"), "budget": f("budget-69"),
            "council": f("council-call")}


def post(base: str, n, back: str) -> None:
    nid, (y, m, day), title, paras = n
    body = "".join(f"<p>{p.format(**links())}</p>" for p in paras)
    write(f"/{base}/{nid}/", title, f'<p class="meta">โพสต์เมื่อ {be(date(y, m, day))} โดย งานประชาสัมพันธ์</p>{body}'
          f'<p><a href="/{base}/">« {back}</a></p>')


def news_pages() -> None:
    for n in NEWS:
        post("news", n, "ข่าวประชาสัมพันธ์ทั้งหมด")
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>{be(date(*n[1]))}</span></li>' for n in chunk)
        pager = '<p class="pager">หน้า <b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">»</a></p>' if p == 1 \
            else '<p class="pager">หน้า <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="list">{items}</ul>{pager}')
    for n in ACTIVITY:
        post("activity", n, "ภาพกิจกรรมทั้งหมด")
    items = "\n".join(f'<li><a href="/activity/{n[0]}/">{esc(n[2])}</a> <span>{be(date(*n[1]))}</span></li>' for n in ACTIVITY)
    write("/activity/", "ภาพกิจกรรม", f'<ul class="list">{items}</ul>')


# ---------------------------------------------------------------- ITA

def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


ITA_2569 = [  # (ข้อ, heading, [(link text, key or path)])
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", None),
    ("o1", "โครงสร้าง/อำนาจหน้าที่", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อเรา / Q&A", [("ติดต่อเรา", "/contact/"), ("กระดานสนทนา", "/webboard/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/"), ("ภาพกิจกรรม", "/activity/")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนดำเนินงาน/เทศบัญญัติ ปี 69", [("แผนการดำเนินงาน", "opplan-69"), ("เทศบัญญัติ", "budget-69")]),
    ("o7", "รายงานผลการดำเนินงาน", [("รายงานผลการดำเนินงานประจำปี", "report-67")]),
    ("o8", "คู่มือปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "manual-sop")]),
    ("o9", "คู่มือประชาชน", [("คู่มือประชาชน", "/infocenter/manual/")]),
    ("o10", "E-Service", [("ระบบ E-Service", "/eservice/"), ("สถิติการให้บริการ", "service-69")]),
    ("o11", "สขร.1 รายเดือน", [("สรุปผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o12", "รายงานจัดซื้อจัดจ้างประจำปี", [("รายงานปี 68", "proc-year-68")]),
    ("o13", "หลักเกณฑ์/แผนบริหารงานบุคคล", [("หลักเกณฑ์", "hr-rules"), ("แผนอัตรากำลัง/แผนพัฒนาบุคลากร", "hr-plan")]),
    ("o14", "รายงานผลบริหารงานบุคคล", [("รายงานปี 68", "hr-report-68")]),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมขับเคลื่อนจริยธรรม", "/activity/508/")]),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียน", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("สถิติ", "complaint-6m-68")]),
    ("o19", "การมีส่วนร่วม", [("ประชาคมชุมชน", "/news/1030/")]),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", None),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", "no-gift-67")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง ปี 2569", "risk-68")]),
    ("o22", "รายงานผลบริหารความเสี่ยง", [("รายงานปี 68", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต", "anti-plan-69")]),
    ("o24", "รายงานผลป้องกันการทุจริต", [("รายงานปี 68", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนา", [("มาตรการส่งเสริมคุณธรรมฯ", "ita-analysis")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("รายงานปี 68", "integrity-report-68")]),
]
ITA_2568 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนดำเนินงาน ปี 68", [("แผนการดำเนินงาน 2568", "opplan-68")]),
    ("o7", "รายงานการติดตามประเมินผลแผน", [("รายงานปี 67", "eval-67")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต ปี 68", [("ประเมินความเสี่ยง", OLD_DEAD)]),
    ("o22", "มาตรการส่งเสริมคุณธรรม", [("มาตรการ ปี 68", "ita-analysis")]),
    ("o23", "No Gift Policy", [("ประกาศ", "no-gift-67")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>หัวข้อ</th><th>ลิงก์ข้อมูล</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="sec"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, lk = row
        cell = "<br>".join(a(h if h.startswith("/") else f(h), t) for t, h in lk)
        out.append(f"<tr><td>{code.upper()}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> {be(date(*n[1]))}</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          f'<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2><ul class="list">{latest}</ul><p><a href="/news/">อ่านทั้งหมด</a></p>'
          '<h2>บริการออนไลน์</h2><p><a href="/eservice/">E-Service ยื่นคำร้องออนไลน์</a> · '
          '<a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a> · <a href="/ita/2569/">ITA ๒๕๖๙</a> · '
          '<a href="/webboard/">กระดานสนทนา</a></p>')
    write("/about/history/", "ข้อมูลทั่วไป",
          "<p>เทศบาลเมืองหนองหินทอง เดิมเป็นสุขาภิบาลหนองหินทอง ยกฐานะเป็นเทศบาลตำบลเมื่อ พ.ศ. 2542 "
          "และเป็นเทศบาลเมืองเมื่อ พ.ศ. 2553 พื้นที่ 12.6 ตารางกิโลเมตร 14 ชุมชน ประชากร 18,436 คน 7,102 ครัวเรือน</p>"
          "<p>วิสัยทัศน์ : เมืองน่าอยู่ คู่วัฒนธรรมอีสาน การศึกษาก้าวไกล ใส่ใจสิ่งแวดล้อม</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<img src="/assets/org.png" alt="แผนภูมิโครงสร้างเทศบาลเมืองหนองหินทอง" width="160" height="100">'
          "<h2>ฝ่ายบริหาร (ฝ่ายการเมือง)</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี (3 คน)</li>"
          "<li>เลขานุการนายกเทศมนตรี (2 คน)</li><li>ที่ปรึกษานายกเทศมนตรี (2 คน)</li></ul></li></ul>"
          "<h2>ฝ่ายนิติบัญญัติ</h2><ul><li>สภาเทศบาลเมืองหนองหินทอง<ul><li>ประธานสภาเทศบาล</li><li>รองประธานสภาเทศบาล</li>"
          "<li>สมาชิกสภาเทศบาล (18 คน)</li></ul></li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล (2 คน)</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li>"
          "<li>กองช่าง</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองการศึกษา</li><li>กองยุทธศาสตร์และงบประมาณ</li>"
          "<li>กองสวัสดิการสังคม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่ของเทศบาล</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>เทศบาลเมืองมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 53 และมาตรา 54 และพระราชบัญญัติ"
          "กำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
          "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>จัดให้มีและบำรุงทางบกและทางน้ำ</li>"
          "<li>รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ รวมทั้งการกำจัดมูลฝอยและสิ่งปฏิกูล</li>"
          "<li>ป้องกันและระงับโรคติดต่อ</li><li>จัดให้มีเครื่องใช้ในการดับเพลิง</li><li>จัดให้มีน้ำสะอาดหรือการประปา</li>"
          "<li>จัดให้มีโรงฆ่าสัตว์และตลาด</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li>"
          "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>บำรุงศิลปะ จารีตประเพณี และวัฒนธรรมอันดีของท้องถิ่น</li></ol>")
    execs = [("นายวิชัย ศรีบุญเรือง", "นายกเทศมนตรีเมืองหนองหินทอง", "08 7215 4409"),
             ("นายสุริยา คำภูแสน", "รองนายกเทศมนตรี", "08 1974 3302"),
             ("นางพรทิพย์ วงศ์ภักดี", "รองนายกเทศมนตรี", "08 9360 2157"),
             ("นายอนุชา ไชยมาตย์", "รองนายกเทศมนตรี", "09 2841 6630"),
             ("นายธนากร บุตรศรี", "เลขานุการนายกเทศมนตรี", "06 3318 2244"),
             ("นางกัลยา พลราชม", "ปลัดเทศบาลเมืองหนองหินทอง", "0 4355 1208 ต่อ 12")]
    cards = "".join(f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="80" height="100"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "คณะผู้บริหาร", cards)
    write("/about/council/", "สภาเทศบาล",
          "<ul><li>นายบุญมา แสนโคตร ประธานสภาเทศบาล</li><li>นางสาวเพ็ญศรี อุปพงษ์ รองประธานสภาเทศบาล</li>"
          "<li>สมาชิกสภาเทศบาล เขตเลือกตั้งที่ 1 - 3 รวม 18 คน</li></ul>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>255 ถนนแจ้งสนิท ตำบลหนองหินทอง อำเภอเสลภูมิ จังหวัดร้อยเอ็ด 45120</p>"
          "<p>โทรศัพท์ 0 4355 1208 โทรสาร 0 4355 1209<br>อีเมล saraban@nonghinthong.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/nonghinthong.city">เทศบาลเมืองหนองหินทอง</a><br>'
          "LINE Official : @nonghinthong</p><p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=16.0263,103.9418">แผนที่ตั้งสำนักงานเทศบาล</a></p>'
          '<p>มีข้อสงสัย สอบถามผ่าน <a href="/webboard/">กระดานสนทนา ถาม-ตอบ</a></p>')
    qa = [("ขอสอบถามการขออนุญาตต่อเติมบ้าน ต้องยื่นเอกสารอะไรบ้างคะ", "แม่ค้าตลาดสด", "๒๐ มี.ค. ๒๕๖๙",
           "ยื่นแบบ ข.1 พร้อมสำเนาโฉนดและแบบแปลนที่กองช่าง หรือยื่นผ่าน E-Service ได้ครับ (admin กองช่าง)"),
          ("ไฟทางชุมชนหนองแสงดับ 3 ต้น", "ชาวหนองแสง", "๑๒ ก.พ. ๒๕๖๙",
           "ได้ส่งเจ้าหน้าที่ซ่อมแล้วเมื่อ 14 ก.พ. 2569 ขอบคุณที่แจ้งครับ (admin)")]
    items = "".join(f'<div class="topic"><p><b>กระทู้:</b> {esc(q)} <small>โดย {who} {when}</small></p>'
                    f'<p><b>ตอบ:</b> {esc(ans)}</p></div>' for q, who, when, ans in qa)
    write("/webboard/", "กระดานสนทนา (ถาม-ตอบ)",
          f'{items}<form action="/webboard/new/" method="post"><h2>ตั้งกระทู้ใหม่</h2>หัวข้อ <input name="title"><br>'
          'ข้อความ <textarea name="msg"></textarea><br>ชื่อผู้ตั้ง <input name="by"><br><button>ส่ง</button></form>')
    write("/eservice/", "E-Service ระบบยื่นคำร้องออนไลน์",
          "<p>ประชาชนยื่นคำร้องต่อเทศบาลได้ตลอด 24 ชั่วโมง เจ้าหน้าที่ติดต่อกลับภายใน 1 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSfNongHinThongEserv/formResponse" method="post">'
          '<h2>แบบคำร้องออนไลน์</h2>ชื่อ-สกุล <input name="entry.101"><br>โทรศัพท์ <input name="entry.102"><br>'
          'ประเภทคำร้อง <select name="entry.103"><option>คำร้องทั่วไป</option><option>ขอถังขยะ</option>'
          '<option>ขอรถบรรทุกน้ำ</option><option>แจ้งซ่อมไฟฟ้าสาธารณะ</option><option>ขออนุญาตก่อสร้าง</option></select><br>'
          'รายละเอียด <textarea name="entry.104"></textarea><br><button>ส่งคำร้อง</button></form>'
          f'<p>{a(f("service-69"), "สถิติการให้บริการประชาชน ต.ค. 68 - มี.ค. 69 (Excel)")}</p>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ศูนย์รับเรื่องร้องเรียนร้องทุกข์เทศบาลเมืองหนองหินทอง สำนักปลัดเทศบาล โทร. 0 4355 1208 ต่อ 15</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>เทศบาลจะเก็บข้อมูลผู้แจ้งเป็นความลับ ท่านไม่จำเป็นต้องระบุชื่อ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้แจ้ง (ถ้ามี) <input name="name"><br>'
          'ช่องทางติดต่อกลับ <input name="contact"><br>ผู้ถูกร้องเรียน/หน่วยงาน <input name="who"><br>'
          'รายละเอียดพฤติการณ์ <textarea name="detail"></textarea><br>หลักฐาน <input type="file" name="evidence"><br>'
          "<button>ส่งเรื่อง</button></form>"
          '<p>หรือแจ้ง <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> และศูนย์ดำรงธรรมจังหวัดร้อยเอ็ด โทร. 1567</p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>เทศบาลเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    # procurement: monthly สขร.1 (January 2569 was never uploaded) and notices
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "PDF")}</td></tr>' for k in months)
    write("/procurement/", "ประกาศจัดซื้อจัดจ้าง / สรุปผลการจัดซื้อจัดจ้างรายเดือน",
          f'<h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) ปีงบประมาณ ๒๕๖๙</h2>'
          f'<table class="doc"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศผู้ชนะ / รายงาน</h2><ul><li>{a(f("print-plan"), ROWS["print-plan"][0])}</li>'
          f'<li>{a(f("proc-year-68"), ROWS["proc-year-68"][0])}</li></ul>'
          '<p>ประกาศเชิญชวนทั้งหมดดูได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>')
    # information centre by category
    cats = " | ".join(f'<a href="/infocenter/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/infocenter/", "ศูนย์ข้อมูลข่าวสารอิเล็กทรอนิกส์", f"<p>{cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/infocenter/{slug}/", f"ศูนย์ข้อมูลข่าวสาร : {cname}", f"<p>{cats}</p>{table(listed(slug))}")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปีงบประมาณ ๒๕๖๙</a></li><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ ๒๕๖๘</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘", ita_table(ITA_2568))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("seal.png", "mayor.png", "person.png", "org.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "site.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#topbar{background:#124;color:#fff;padding:4px}"
                 "#nav li{display:inline;margin:0 5px}#page{display:flex}#content{flex:1;padding:10px}#aside{width:230px}"
                 ".widget{border:1px solid #bcd;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #999;padding:3px}#foot{background:#dde;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
