"""Generate the HTML pages of the "treasury" test site (สำนักงานคลังจังหวัดศรีวารินทร์, invented).

Run:  python tests/sites/treasury/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial treasury office on its department's common template: a top bar, a menu, a side
column (the head of office, quick links, a No Gift banner, visitor counter) and a footer on every
page; pages are folder/index.html.  Documents are listed by category (/download/<cat>/), the
monthly procurement summaries on /procurement/, news under /news/ (two pages).  The ITA page
/ita/2568/ is a table of o1 … o26 in the office's own short wording whose links go to files, pages
or category lists; last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "สำนักงานคลังจังหวัดศรีวารินทร์"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนยุทธศาสตร์ / แผนปฏิบัติราชการ", "budget": "งบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "บริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / ทั่วไป"}
HIDDEN = {"risk-67", "old-manual-dead"}  # linked only from last year's ITA page
MISSING_SIZE = {"gift-report-68": "286.4 KB", "old-manual-dead": "1.2 MB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(THAI)


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str) -> str:
    return f'<a href="{href if href.startswith("/") else f(href)}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวสาร", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("ดาวน์โหลด", "/download/"), ("บำเหน็จบำนาญ", "/pension/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/cgd.css"></head>
<body>
<div id="topbar">กรมบัญชีกลาง กระทรวงการคลัง · <a href="https://www.cgd.go.th/">www.cgd.go.th</a> · โทร. ๐ ๔๕๖๑ ๒๒๗๐</div>
<div id="header"><img src="/assets/cgd-logo.png" alt="ตรากรมบัญชีกลาง" width="70" height="70">
<b>{ORG}</b><br><small>Sriwarin Provincial Comptroller's Office</small></div>
<ul id="nav">
{menu}
</ul>
<div id="container"><div id="sidebar">
<div class="widget"><b>คลังจังหวัดศรีวารินทร์</b><br><img src="/assets/head.png" alt="คลังจังหวัด" width="60" height="75"><br>
นางสาวรัชนี วงศ์สุวรรณ</div>
<div class="widget"><b>ลิงก์ด่วน</b><br><a href="/eservice/">บริการออนไลน์ E-Service</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a><br>
<a href="/ita/2568/">ITA 2568</a><br><a href="/ita/2567/">ITA 2567</a><br>
<a href="https://www.gfmis.go.th/">ระบบ New GFMIS Thai</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br>
<a href="https://pension.cgd.go.th/">Digital Pension</a></div>
<div class="widget"><a href="{f("no-gift-65")}"><img src="/assets/nogift.png" alt="No Gift Policy" width="180" height="60"></a></div>
<div class="widget">ผู้เข้าชมเว็บไซต์ ๑๘๔,๒๒๗ ครั้ง</div>
</div>
<div id="content">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} ศาลากลางจังหวัดศรีวารินทร์ ชั้น ๒ ถนนราชดำเนิน ตำบลในเมือง อำเภอเมืองศรีวารินทร์ จังหวัดศรีวารินทร์ ๓๔๙๙๐<br>
โทรศัพท์ ๐ ๔๕๖๑ ๒๒๗๐ โทรสาร ๐ ๔๕๖๑ ๒๒๗๑ อีเมล srivarin@cgd-province.example ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© ๒๕๖๔ {ORG} กรมบัญชีกลาง</div>
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


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td><img src="/assets/{ext}.gif" alt="{ext}"> {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (512, (2025, 4, 3), "แจ้งกำหนดการจ่ายเงินบำเหน็จบำนาญ ประจำเดือนเมษายน 2568",
     ["สำนักงานคลังจังหวัดศรีวารินทร์ แจ้งกำหนดการโอนเงินบำนาญและเบี้ยหวัด ประจำเดือนเมษายน 2568 เข้าบัญชีผู้มีสิทธิในวันที่ 25 เมษายน 2568 "
      "ผู้รับบำนาญสามารถตรวจสอบข้อมูลการจ่ายเงินได้ที่ระบบ Digital Pension"]),
    (508, (2025, 3, 20), "ประชุมคณะกรรมการติดตามเร่งรัดการเบิกจ่ายงบประมาณจังหวัดศรีวารินทร์ ครั้งที่ 2/2568",
     ["วันที่ 20 มีนาคม 2568 คลังจังหวัดศรีวารินทร์ร่วมประชุมคณะกรรมการติดตามเร่งรัดการเบิกจ่ายงบประมาณ ณ ห้องประชุมศาลากลางจังหวัด "
      "ผลการเบิกจ่ายภาพรวมของจังหวัด ณ 14 มีนาคม 2568 ร้อยละ 51.26"]),
    (503, (2025, 3, 7), "สรุปผลโครงการคลังจังหวัดสัญจร พบผู้รับบำเหน็จบำนาญ ประจำปีงบประมาณ 2568",
     ["ระหว่างวันที่ 6 กุมภาพันธ์ - 28 กุมภาพันธ์ 2568 สำนักงานคลังจังหวัดศรีวารินทร์ จัดโครงการคลังจังหวัดสัญจร ครบทั้ง 6 อำเภอ "
      "เพื่อเปิดโอกาสให้ผู้รับบำเหน็จบำนาญ ชมรมข้าราชการบำนาญ และส่วนราชการในพื้นที่ มีส่วนร่วมเสนอความคิดเห็นต่อการให้บริการของสำนักงาน",
      "มีผู้เข้าร่วมรวม 736 คน ผู้เข้าร่วมเสนอความเห็น 58 ประเด็น เช่น ขอให้เพิ่มจุดบริการยืนยันตัวตนในระบบ Digital Pension ที่อำเภอ "
      "และขอให้แจ้งกำหนดจ่ายเงินล่วงหน้าทางไลน์",
      "สำนักงานได้นำข้อเสนอไปปรับปรุงการให้บริการ โดยเปิดจุดบริการเคลื่อนที่ที่ที่ว่าการอำเภอเดือนละ 1 ครั้ง ตั้งแต่เดือนเมษายน 2568"]),
    (497, (2025, 2, 3), "ขอเชิญผู้รับบำเหน็จบำนาญร่วมโครงการคลังจังหวัดสัญจร ประจำปี 2568",
     ["สำนักงานคลังจังหวัดศรีวารินทร์ ขอเชิญผู้รับบำเหน็จบำนาญเข้าร่วมโครงการคลังจังหวัดสัญจร ตามกำหนดการในหนังสือเชิญ",
      '<a href="{invite}">ดาวน์โหลดหนังสือเชิญ</a>']),
    (489, (2025, 1, 15), "อบรมการปฏิบัติงานในระบบ New GFMIS Thai แก่เจ้าหน้าที่การเงินส่วนราชการ",
     ["วันที่ 15 มกราคม 2568 สำนักงานคลังจังหวัดศรีวารินทร์ จัดอบรมการเบิกจ่ายในระบบ New GFMIS Thai มีเจ้าหน้าที่การเงินเข้าร่วม 118 คน"]),
    (481, (2024, 12, 18), "กิจกรรมเสริมสร้างคุณธรรม จริยธรรม และความโปร่งใส ประจำปีงบประมาณ 2568",
     ["วันที่ 18 ธันวาคม 2567 สำนักงานคลังจังหวัดศรีวารินทร์ จัดกิจกรรมขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือนและข้อกำหนดจริยธรรม"
      "กรมบัญชีกลาง โดยทบทวน Do's & Don'ts ของสำนักงาน และบรรยายเรื่องการป้องกันผลประโยชน์ทับซ้อน บุคลากรเข้าร่วม 22 คน ครบทุกคน"]),
    (474, (2024, 11, 28), "ตรวจสอบการเงินการบัญชีส่วนราชการในจังหวัด ประจำปีงบประมาณ 2568",
     ["กลุ่มงานกำกับตรวจสอบการเงินการคลังภาครัฐ ออกตรวจสอบการเงินการบัญชีของส่วนราชการ ตามแผนการตรวจสอบ ปีงบประมาณ 2568 จำนวน 40 หน่วยงาน"]),
    (466, (2024, 10, 25), "รายงานภาวะเศรษฐกิจการคลังจังหวัดศรีวารินทร์ เดือนกันยายน 2567",
     ["เศรษฐกิจจังหวัดศรีวารินทร์ เดือนกันยายน 2567 ขยายตัวจากด้านการบริโภคภาคเอกชน ขณะที่การลงทุนภาคเอกชนชะลอตัว"]),
    (460, (2024, 10, 3), "คลังจังหวัดศรีวารินทร์ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2568",
     ["วันที่ 1 ตุลาคม 2567 คลังจังหวัดศรีวารินทร์ประกาศเจตจำนงสุจริตต่อบุคลากร ว่าจะบริหารงานด้วยความซื่อสัตย์ โปร่งใส ตรวจสอบได้",
      '<a href="{will}">ประกาศเจตจำนงสุจริต</a>']),
    (455, (2024, 10, 1), "ต้อนรับคลังจังหวัดศรีวารินทร์คนใหม่",
     ["บุคลากรสำนักงานคลังจังหวัดศรีวารินทร์ ให้การต้อนรับนางสาวรัชนี วงศ์สุวรรณ ในโอกาสเข้ารับตำแหน่งคลังจังหวัดศรีวารินทร์"]),
    (431, (2024, 9, 12), "พิธีมุทิตาจิตผู้เกษียณอายุราชการ ประจำปี 2567",
     ["สำนักงานคลังจังหวัดศรีวารินทร์ ร่วมพิธีมุทิตาจิตแด่ผู้เกษียณอายุราชการ ณ หอประชุมจังหวัด"]),
    (418, (2024, 6, 20), "ประชุมชี้แจงแนวทางการเบิกจ่ายงบประมาณ ไตรมาสที่ 4",
     ["สำนักงานคลังจังหวัดศรีวารินทร์ ประชุมชี้แจงเจ้าหน้าที่การเงินส่วนราชการ เรื่องการเร่งรัดเบิกจ่ายงบประมาณ ปีงบประมาณ 2567"]),
    (409, (2024, 3, 14), "ผลการเบิกจ่ายงบประมาณจังหวัด รอบ 6 เดือน ปีงบประมาณ 2567",
     ["ผลการเบิกจ่ายงบประมาณภาพรวมของจังหวัดศรีวารินทร์ ณ สิ้นเดือนกุมภาพันธ์ 2567 ร้อยละ 46.88"]),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"invite": f("invite-forum-68"), "will": f("will-68")}
    for nid, (y, m, dd), title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">วันที่ {be(date(y, m, dd))}</p>{body}'
              '<p><a href="/news/">« กลับหน้าข่าวสาร</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>'
                          for n in chunk)
        pager = ('<p>หน้า <b>1</b> <a href="/news/page/2/">2</a></p>' if p == 1
                 else '<p>หน้า <a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวสารประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2568 = [  # (ข้อ, heading, [(link text, href or row key)]); a None heading is a group row
    ("ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน", None),
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("ผู้บริหาร", "/about/executives/")]),
    ("o3", "ข้อมูลการติดต่อ", [("ติดต่อเรา", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวสาร", "/news/")]),
    ("ตัวชี้วัดย่อยที่ 9.2 การบริหารงานและการใช้จ่ายงบประมาณ", None),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ สนง.คลังจังหวัด", "strat-63-67"),
                             ("ผลการประเมินแผนยุทธศาสตร์", "strat-eval")]),
    ("o6", "แผนปฏิบัติราชการและการใช้จ่ายงบประมาณ ปี 2568",
     [("แผนปฏิบัติราชการ 2568", "actplan-68"), ("แผนการใช้จ่ายงบประมาณ 2568", "spend-plan-68"),
      ("รายงานความก้าวหน้ารอบ 6 เดือน", "sixmonth-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "manual-pension")]),
    ("o9", "คู่มือการขอรับบริการ", [("คู่มือสำหรับประชาชน", "citizen-manual")]),
    ("o10", "E-Service", [("บริการออนไลน์", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติการให้บริการ", "service-68")]),
    ("ตัวชี้วัดย่อยที่ 9.3 การจัดซื้อจัดจ้าง", None),
    ("o12", "รายการจัดซื้อจัดจ้าง (สขร.1) รายเดือน", [("ผลการจัดซื้อจัดจ้าง", "/procurement/")]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานผลปีงบประมาณ 2567", "proc-year-67")]),
    ("ตัวชี้วัดย่อยที่ 9.4 การบริหารและพัฒนาทรัพยากรบุคคล", None),
    ("o14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", [("แผนพัฒนาบุคลากร ปี 2568", "hr-plan-67")]),
    ("o15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [("บริหารทรัพยากรบุคคล", "/download/hr/")]),
    ("o16", "ประมวลจริยธรรมและการขับเคลื่อน", [("ประมวลจริยธรรม", "ethics-code"), ("กิจกรรมปี 2568", "/news/481/")]),
    ("ตัวชี้วัดย่อยที่ 9.5 การส่งเสริมความโปร่งใส", None),
    ("o17", "แนวปฏิบัติการจัดการเรื่องร้องเรียน", [("คู่มือ", "complaint-manual")]),
    ("o18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [("ข้อมูลสถิติ", "complaint-67")]),
    ("o20", "การเปิดโอกาสให้มีส่วนร่วม", [("คลังจังหวัดสัญจร 2568", "/news/503/")]),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", None),
    ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", "no-gift-65"), ("หนังสือกรมบัญชีกลาง", "cgd-circular")]),
    ("o22", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด", [("รายงาน", "gift-report-68")]),
    ("o23", "การประเมินความเสี่ยงการให้หรือรับสินบน", [("ประเมินความเสี่ยง ปี 2568 (อยู่ระหว่างดำเนินการ)", "invite-risk-68")]),
    ("o24", "รายงานผลการจัดการความเสี่ยงการทุจริต", [("รายงานปี 2567", "risk-report-67")]),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต", [("แผนปี 2568", "anti-plan-68")]),
    ("o26", "รายงานผลการดำเนินการป้องกันการทุจริต", []),
]
ITA_2567 = [
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ 2563-2567", "strat-63-67")]),
    ("o6", "แผนปฏิบัติราชการ ปี 2567", [("แผนปฏิบัติราชการ 2567", "actplan-67"),
                                       ("รายงานรอบ 6 เดือน", "sixmonth-67")]),
    ("o9", "คู่มือการขอรับบริการ", [("คู่มือสำหรับประชาชน", "old-manual-dead")]),
    ("o12", "รายการจัดซื้อจัดจ้าง", [("สขร.1 ก.ย. 2567", "proc-2024-09")]),
    ("o14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", [("แผนพัฒนาบุคลากร ปี 2567", "hr-plan-67")]),
    ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", "no-gift-65")]),
    ("o23", "การประเมินความเสี่ยงการให้หรือรับสินบน", [("ผลการประเมินความเสี่ยง ปี 2567", "risk-67")]),
    ("o26", "รายงานผลการดำเนินการป้องกันการทุจริต", []),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = "<br>".join(a(h, t) for t, h in links) or "อยู่ระหว่างดำเนินการ"
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          f'<h2>ข่าวสารประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">ข่าวทั้งหมด</a></p>'
          '<h2>บริการ</h2><p><a href="/eservice/">ขอหนังสือรับรองการรับเงินบำเหน็จบำนาญ ออนไลน์</a> · '
          '<a href="/pension/">ข้อมูลสำหรับผู้รับบำเหน็จบำนาญ</a> · <a href="/economy/">รายงานเศรษฐกิจการคลังจังหวัด</a> · '
          '<a href="/ita/2568/">การประเมิน ITA ประจำปี 2568</a></p>')
    write("/about/history/", "ประวัติสำนักงาน",
          "<p>สำนักงานคลังจังหวัดศรีวารินทร์ เป็นราชการบริหารส่วนภูมิภาคของกรมบัญชีกลาง กระทรวงการคลัง "
          "ตั้งอยู่ที่ศาลากลางจังหวัดศรีวารินทร์ ชั้น 2 มีบุคลากร 22 คน</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a> · <a href="/about/staff/">บุคลากร</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ ค่านิยม",
          "<p>วิสัยทัศน์ : เป็นองค์กรหลักด้านการคลังของจังหวัด บริหารการเงินการคลังภาครัฐอย่างโปร่งใส ทันสมัย</p>"
          "<p>พันธกิจ : 1 บริหารการรับจ่ายเงินแผ่นดินและบำเหน็จบำนาญ 2 กำกับตรวจสอบการเงินการคลังภาครัฐในจังหวัด "
          "3 ให้คำปรึกษาและวิเคราะห์เศรษฐกิจการคลังจังหวัด</p><p>ค่านิยม : CGD - Credibility Good governance Dedication</p>")
    write("/about/structure/", "โครงสร้างสำนักงานคลังจังหวัดศรีวารินทร์",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างสำนักงานคลังจังหวัดศรีวารินทร์" width="160" height="100">'
          "<ul><li>คลังจังหวัดศรีวารินทร์<ul><li>ฝ่ายบริหารทั่วไป</li><li>กลุ่มงานบริหารการเงินการคลังภาครัฐ</li>"
          "<li>กลุ่มงานกำกับตรวจสอบการเงินการคลังภาครัฐ</li><li>กลุ่มงานการคลังและเศรษฐกิจ</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>สำนักงานคลังจังหวัดมีอำนาจหน้าที่ตามกฎกระทรวงแบ่งส่วนราชการกรมบัญชีกลาง กระทรวงการคลัง สรุปได้ดังนี้</p><ol>"
          "<li>ควบคุม ดูแล และตรวจสอบการรับ การจ่าย การเก็บรักษา และการนำส่งเงินของส่วนราชการในจังหวัด</li>"
          "<li>อนุมัติการเบิกจ่ายเงินงบประมาณและเงินนอกงบประมาณผ่านระบบบริหารการเงินการคลังภาครัฐแบบอิเล็กทรอนิกส์</li>"
          "<li>ดำเนินการเกี่ยวกับการจ่ายเงินบำเหน็จบำนาญ เบี้ยหวัด และสวัสดิการรักษาพยาบาล</li>"
          "<li>ให้คำปรึกษาแนะนำด้านการเงิน การบัญชี การพัสดุ แก่ส่วนราชการและองค์กรปกครองส่วนท้องถิ่น</li>"
          "<li>วิเคราะห์และรายงานภาวะเศรษฐกิจการคลังของจังหวัด</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    execs = [("นางสาวรัชนี วงศ์สุวรรณ", "คลังจังหวัดศรีวารินทร์", "๐ ๔๕๖๑ ๒๒๗๐ ต่อ ๑๐๑"),
             ("นายธนพล ศรีอ่อน", "ผู้อำนวยการกลุ่มงานบริหารการเงินการคลังภาครัฐ", "๐ ๔๕๖๑ ๒๒๗๐ ต่อ ๑๑๒"),
             ("นางกาญจนา มีสุข", "ผู้อำนวยการกลุ่มงานกำกับตรวจสอบการเงินการคลังภาครัฐ", "๐ ๔๕๖๑ ๒๒๗๐ ต่อ ๑๑๓"),
             ("นายวิชัย พรหมมา", "ผู้อำนวยการกลุ่มงานการคลังและเศรษฐกิจ", "๐ ๔๕๖๑ ๒๒๗๐ ต่อ ๑๑๔"),
             ("นางสาวอรุณี ทองดี", "หัวหน้าฝ่ายบริหารทั่วไป", "๐ ๔๕๖๑ ๒๒๗๐ ต่อ ๑๑๑")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "ผู้บริหาร", cards + "<p>อีเมลติดต่อผู้บริหาร srivarin@cgd-province.example</p>")
    write("/about/staff/", "บุคลากร",
          "<p>ฝ่ายบริหารทั่วไป 4 คน · กลุ่มงานบริหารการเงินการคลังภาครัฐ 8 คน · กลุ่มงานกำกับตรวจสอบการเงินการคลังภาครัฐ 5 คน · "
          "กลุ่มงานการคลังและเศรษฐกิจ 4 คน</p>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>ศาลากลางจังหวัดศรีวารินทร์ ชั้น 2 ถนนราชดำเนิน ตำบลในเมือง อำเภอเมืองศรีวารินทร์ จังหวัดศรีวารินทร์ 34990</p>"
          "<p>โทรศัพท์ 0 4561 2270 โทรสาร 0 4561 2271<br>อีเมล srivarin@cgd-province.example<br>"
          'Line Official : @srivarincgd</p><p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>'
          '<p><a href="https://maps.google.com/?q=15.2281,104.8573">แผนที่ตั้ง (Google Maps)</a></p>')
    write("/pension/", "ข้อมูลสำหรับผู้รับบำเหน็จบำนาญ",
          "<p>ผู้รับบำนาญสามารถตรวจสอบข้อมูลการจ่ายเงิน หนังสือรับรอง และยืนยันตัวตนผ่านระบบ Digital Pension ของกรมบัญชีกลาง</p>"
          '<p><a href="https://pension.cgd.go.th/">เข้าสู่ระบบ Digital Pension</a> · <a href="/eservice/">ขอหนังสือรับรองออนไลน์</a></p>'
          f'<p>{a("citizen-manual", "คู่มือสำหรับประชาชน")}</p>')
    write("/economy/", "รายงานเศรษฐกิจการคลังจังหวัด",
          "<p>รายงานภาวะเศรษฐกิจการคลังจังหวัดศรีวารินทร์ จัดทำโดยกลุ่มงานการคลังและเศรษฐกิจ เผยแพร่ทุกเดือน</p>"
          '<ul><li><a href="/news/466/">รายงานภาวะเศรษฐกิจ เดือนกันยายน 2567</a></li></ul>')
    write("/eservice/", "บริการออนไลน์ (E-Service)",
          "<p>ผู้รับบำเหน็จบำนาญและทายาทสามารถยื่นคำขอผ่านเว็บไซต์ได้ โดยไม่ต้องเดินทางมาที่สำนักงาน "
          "เจ้าหน้าที่จะส่งหนังสือรับรองทางอีเมลหรือไปรษณีย์ภายใน 2 วันทำการ</p>"
          '<form action="/eservice/submit/" method="post"><h2>แบบคำขอหนังสือรับรองการรับเงินบำเหน็จบำนาญ (ออนไลน์)</h2>'
          'ชื่อ-นามสกุล <input name="fullname"><br>เลขประจำตัวประชาชน <input name="pid"><br>เบอร์โทรศัพท์ <input name="tel"><br>'
          'อีเมล <input name="email"><br>ประเภทคำขอ <select name="kind"><option>หนังสือรับรองการรับเงินบำนาญ</option>'
          '<option>หนังสือรับรองการหักภาษี ณ ที่จ่าย</option><option>ขอรับเงินช่วยพิเศษ</option></select><br>'
          'แนบสำเนาบัตรประชาชน <input type="file" name="idcard"><br><button>ส่งคำขอ</button></form>'
          '<p>บริการอื่น : <a href="https://pension.cgd.go.th/">ระบบบำเหน็จบำนาญ Digital Pension</a></p>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ร้องเรียนการให้บริการได้ที่สำนักงาน โทร 0 4561 2270 หรือกล่องรับความคิดเห็นหน้าห้องสำนักงาน</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a("complaint-manual", "คู่มือการจัดการเรื่องร้องเรียน")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ ไม่ต้องระบุชื่อก็ได้</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้ร้องเรียน (ไม่บังคับ) <input name="name"><br>'
          'ช่องทางติดต่อกลับ <input name="contact"><br>เจ้าหน้าที่/หน่วยงานที่ถูกร้องเรียน <input name="target"><br>'
          'รายละเอียดพฤติการณ์ <textarea name="detail"></textarea><br>แนบหลักฐาน <input type="file" name="evidence"><br>'
          "<button>ส่งเรื่อง</button></form><p>หรือแจ้งศูนย์ปฏิบัติการต่อต้านการทุจริต กรมบัญชีกลาง โทร. 0 2127 7000</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/faq/", "คำถามที่พบบ่อย",
          "<p><b>ถาม</b> ผู้รับบำนาญต้องยืนยันตัวตนทุกปีหรือไม่ <b>ตอบ</b> ต้องยืนยันตัวตนในระบบ Digital Pension ปีละครั้ง</p>"
          "<p><b>ถาม</b> ขอหนังสือรับรองได้ที่ใด <b>ตอบ</b> ที่สำนักงาน หรือทางเมนู E-Service</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f'<ul>{sitemap}<li><a href="/faq/">คำถามที่พบบ่อย</a></li></ul>')
    # procurement: the monthly สขร.1 as uploaded (no มกราคม 2568), newest first
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td>'
                   f'<td>{a(k, "ดาวน์โหลด")} ({ROWS[k][3].upper()})</td></tr>' for k in months)
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง (แบบ สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศ / รายงาน</h2><ul><li>{a("proc-plan-68", ROWS["proc-plan-68"][0])}</li>'
          f'<li>{a("proc-year-67", ROWS["proc-year-67"][0])}</li></ul>')
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลด : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. 2568</a></li>'
          '<li><a href="/ita/2567/">ITA ประจำปีงบประมาณ พ.ศ. 2567</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567", ita_table(ITA_2567))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("cgd-logo.png", "head.png", "person.png", "chart.png", "nogift.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "cgd.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#topbar{background:#7a1f1f;color:#fff;padding:4px}"
                 "#nav li{display:inline;margin:0 6px}#container{display:flex}#sidebar{width:220px}"
                 "#content{flex:1;padding:8px}.widget{border:1px solid #ccc;margin:6px;padding:6px}"
                 "table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:3px}"
                 "#footer{background:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
