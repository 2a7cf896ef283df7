"""Generate the HTML pages of the "employment" test site (สำนักงานจัดหางานจังหวัดศรีวารินทร์, invented).

Run:  python tests/sites/employment/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial employment office on the department's common template: a blue top bar, a menu, a
right-hand column (the head of office, hotline 1506, quick links to the department's systems, last
year's ITA page, a visitor counter) and a footer on every page; pages are folder/index.html.
Documents are listed by category under /download/<cat>/, the monthly procurement summaries on
/procurement/monthly/, news under /news/ (two pages), job vacancies under /jobs/.  The ITA page
/ita/2569/ is a table of o1 … o26 in the office's own short wording whose links go to files, pages
or category lists; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "สำนักงานจัดหางานจังหวัดศรีวารินทร์"
ADDRESS = "ศาลากลางจังหวัดศรีวารินทร์ ชั้น 3 ถนนราชวารินทร์ ตำบลในเมือง อำเภอเมืองศรีวารินทร์ จังหวัดศรีวารินทร์ 34990"
PHONE = "0 4561 2287"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน / แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / เอกสารทั่วไป"}
MISSING_SIZE = "1.2 MB"
OLD_DEAD = "/files/2987.pdf"  # last year's risk assessment, deleted from the server


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str = "คลิก") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าหลัก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("ตำแหน่งงานว่าง", "/jobs/"),
        ("บริการประชาชน", "/service/"), ("E-Service", "/eservice/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("เอกสารเผยแพร่", "/download/"), ("ITA", "/ita/"), ("ร้องเรียน", "/complaint/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/doe.css"></head>
<body>
<div id="topbar">กรมการจัดหางาน กระทรวงแรงงาน | สายด่วน 1506 กด 2 | <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="header"><img src="/assets/logo-doe.png" alt="ตรากรมการจัดหางาน" width="70" height="70">
<span class="org">{ORG}</span><br><span class="en">Sriwarin Provincial Employment Office</span></div>
<ul id="nav">
{menu}
</ul>
<div id="content"><div id="main">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="aside">
<div class="widget"><img src="/assets/head.png" alt="จัดหางานจังหวัดศรีวารินทร์" width="90" height="110"><br>
<b>นายธีรวัฒน์ ภูมิสวัสดิ์</b><br>จัดหางานจังหวัดศรีวารินทร์</div>
<div class="widget"><b>ลิงก์ระบบงาน</b><br><a href="https://smartjob.doe.go.th/">ไทยมีงานทำ</a><br>
<a href="https://e-service.doe.go.th/">ระบบ e-Service กรมการจัดหางาน</a><br><a href="/eservice/">บริการออนไลน์ของสำนักงาน</a><br>
<a href="/service/manual/">คู่มือประชาชน</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/ita/2569/">ITA 2569</a><br><a href="/ita/2568/">ITA 2568</a><br><a href="/links/">หน่วยงานที่เกี่ยวข้อง</a></div>
<div class="widget">ผู้เข้าชมเว็บไซต์ 418,206 ครั้ง</div>
</div></div>
<div id="footer">{ORG}<br>{ADDRESS}<br>โทรศัพท์ {PHONE} โทรสาร 0 4561 2288 อีเมล sriwarin@doe.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>© 2566 {ORG} กรมการจัดหางาน</div>
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
                    f'<td>{ext.upper()} {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่เผยแพร่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if ROWS[k][1] != "monthly" and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (1224, (2026, 4, 8), "ประชาสัมพันธ์ตำแหน่งงานว่าง ประจำเดือนเมษายน 2569",
     ["สำนักงานจัดหางานจังหวัดศรีวารินทร์ ประกาศตำแหน่งงานว่าง 146 อัตรา จาก 23 สถานประกอบการ ผู้สนใจสมัครได้ที่สำนักงาน "
      'หรือผ่านระบบไทยมีงานทำ <a href="/jobs/">ดูตำแหน่งงานว่าง</a>']),
    (1219, (2026, 3, 24), "ประชุมคณะอนุกรรมการส่งเสริมการมีงานทำผู้สูงอายุจังหวัดศรีวารินทร์ ครั้งที่ 1/2569",
     ["วันที่ 24 มีนาคม 2569 จัดหางานจังหวัดศรีวารินทร์ ร่วมประชุมคณะอนุกรรมการฯ เพื่อติดตามการจ้างงานผู้สูงอายุในสถานประกอบการ 12 แห่ง"]),
    (1213, (2026, 3, 5), "จัดงานนัดพบแรงงาน ครั้งที่ 2/2569 ณ ศูนย์การค้าวารินทร์พลาซ่า",
     ["วันที่ 5 มีนาคม 2569 สำนักงานจัดหางานจังหวัดศรีวารินทร์ จัดงานนัดพบแรงงาน ครั้งที่ 2/2569 มีนายจ้างร่วมงาน 31 ราย "
      "ตำแหน่งงานว่าง 1,024 อัตรา ผู้สมัครงาน 688 คน ได้รับการบรรจุงานทันที 214 คน"]),
    (1208, (2026, 2, 10), "สรุปผลการประชุมรับฟังความคิดเห็นสถานประกอบการและผู้มีส่วนได้ส่วนเสีย ประจำปีงบประมาณ พ.ศ. 2569",
     ["เมื่อวันที่ 5 กุมภาพันธ์ 2569 สำนักงานจัดหางานจังหวัดศรีวารินทร์ จัดประชุมรับฟังความคิดเห็นของสถานประกอบการ ผู้แทนลูกจ้าง "
      "และผู้มีส่วนได้ส่วนเสีย เพื่อเปิดโอกาสให้มีส่วนร่วมในการวางแผนและปรับปรุงการให้บริการจัดหางาน ณ ห้องประชุมชั้น 3 ศาลากลางจังหวัด",
      "มีผู้เข้าร่วม 61 คน จากสถานประกอบการ 48 แห่ง ผู้แทนสภาองค์การลูกจ้าง 5 คน และผู้แทนสถานศึกษา 8 คน",
      "ข้อเสนอที่ได้รับ: ให้ขยายเวลาให้บริการแจ้งตำแหน่งงานว่างออนไลน์ จัดนัดพบแรงงานในอำเภอรอบนอก และเพิ่มการฝึกทักษะดิจิทัลให้ผู้ว่างงาน",
      "สำนักงานได้นำข้อเสนอไปบรรจุในแผนปฏิบัติราชการ โดยกำหนดจัดนัดพบแรงงานครั้งที่ 3/2569 ที่อำเภอนาหินกอง "
      "และเปิดรับแจ้งตำแหน่งงานว่างผ่านแบบฟอร์มออนไลน์บนเว็บไซต์ตั้งแต่ 1 มีนาคม 2569"]),
    (1203, (2026, 1, 21), "ขอเชิญสถานประกอบการร่วมประชุมรับฟังความคิดเห็น วันที่ 5 กุมภาพันธ์ 2569",
     ["ขอเชิญสถานประกอบการและผู้มีส่วนได้ส่วนเสียเข้าร่วมประชุมรับฟังความคิดเห็น ตามหนังสือเชิญ",
      '<a href="{invite}">ดาวน์โหลดหนังสือเชิญ</a>']),
    (1197, (2026, 1, 15), "โครงการอบรมเสริมสร้างคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ พ.ศ. 2569",
     ["วันที่ 15 มกราคม 2569 สำนักงานจัดหางานจังหวัดศรีวารินทร์ จัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือน "
      "ให้แก่ข้าราชการ พนักงานราชการ และลูกจ้าง จำนวน 20 คน",
      "กิจกรรมประกอบด้วย การบรรยายประมวลจริยธรรมข้าราชการพลเรือน การจัดทำ Do's & Don'ts ของสำนักงาน "
      "และหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ตามมาตรา 128"]),
    (1190, (2025, 12, 16), "แนะแนวอาชีพนักเรียนชั้นมัธยมศึกษาปีที่ 6 โรงเรียนศรีวารินทร์วิทยา",
     ["จัดกิจกรรมแนะแนวอาชีพและทดสอบความถนัดทางอาชีพให้นักเรียน 312 คน"]),
    (1184, (2025, 11, 20), "จัดงานนัดพบแรงงาน ครั้งที่ 1/2569",
     ["นายจ้างร่วมงาน 26 ราย ตำแหน่งงานว่าง 870 อัตรา ผู้สมัครงาน 540 คน"]),
    (1179, (2025, 10, 20), "เตือนภัย ระวังถูกหลอกไปทำงานต่างประเทศผ่านสื่อสังคมออนไลน์",
     ["ขอให้ตรวจสอบบริษัทจัดหางานที่ได้รับอนุญาตก่อนจ่ายเงินทุกครั้ง สอบถามได้ที่สายด่วน 1506 กด 2"]),
    (1175, (2025, 10, 7), "จัดหางานจังหวัดศรีวารินทร์ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ พ.ศ. 2569",
     ["ผู้บริหารและเจ้าหน้าที่ร่วมประกาศเจตจำนงสุจริต {will}"]),
    # page 2: FY2568 and older
    (1121, (2025, 8, 19), "อบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ปีงบประมาณ 2568",
     ["วันที่ 19 สิงหาคม 2568 จัดอบรมเจ้าหน้าที่ 20 คน"]),
    (1098, (2025, 2, 12), "สรุปผลการประชุมรับฟังความคิดเห็นสถานประกอบการ ประจำปีงบประมาณ พ.ศ. 2568",
     ["เมื่อวันที่ 7 กุมภาพันธ์ 2568 จัดประชุมรับฟังความคิดเห็นสถานประกอบการ 39 แห่ง ผู้เข้าร่วม 52 คน "
      "ข้อเสนอ: เพิ่มนัดพบแรงงานช่วงปิดภาคเรียน"]),
    (1042, (2024, 11, 22), "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567",
     ["สำนักงานจัดหางานจังหวัดศรีวารินทร์ ขอรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
      "ประจำปีงบประมาณ พ.ศ. 2567 (1 ตุลาคม 2566 - 30 กันยายน 2567) ดังนี้",
      "<table><tr><th>มาตรการ</th><th>ผลการดำเนินการ</th><th>ผู้รับผิดชอบ</th></tr>"
      "<tr><td>เผยแพร่ข้อมูลสาธารณะบนเว็บไซต์ให้ครบถ้วน</td><td>ดำเนินการแล้ว 31 รายการ</td><td>ฝ่ายบริหารทั่วไป</td></tr>"
      "<tr><td>งดรับของขวัญทุกเทศกาล (No Gift Policy)</td><td>ไม่พบการรับ</td><td>ทุกกลุ่มงาน</td></tr>"
      "<tr><td>ประกาศขั้นตอนและระยะเวลาการให้บริการ</td><td>ติดประกาศทุกจุดบริการ</td><td>กลุ่มงานบริการจัดหางาน</td></tr></table>",
      "ปัญหาอุปสรรค: บุคลากรมีจำกัด ข้อเสนอแนะ: มอบหมายผู้รับผิดชอบการเผยแพร่ข้อมูลรายเดือน"]),
    (1017, (2024, 10, 18), "นัดพบแรงงาน ครั้งที่ 1/2568", ["นายจ้างร่วมงาน 22 ราย"]),
]
PER_PAGE = 10


def news_item(n) -> tuple[str, str, str]:
    nid, (y, m, day), title, paras = n
    body = "".join("<p>" + p.format(invite=f("invite-hearing"), will=a(f("will-69"), "(ประกาศ)")) + "</p>" for p in paras)
    return f"/news/{nid}/", title, f'<p class="date">เผยแพร่เมื่อ {be(date(y, m, day))}</p>{body}'


def news_pages() -> None:
    for n in NEWS:
        url, title, body = news_item(n)
        write(url, title, body + '<p><a href="/news/">« ย้อนกลับ</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>' for n in chunk)
        pager = '<p>หน้า <b>1</b> <a href="/news/page/2/">2</a></p>' if p == 1 else '<p>หน้า <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # (ข้อ, heading, [(link text, key or path)])
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("ผู้บริหาร", "/about/executives/")]),
    ("o3", "ช่องทางการติดต่อ / ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("ถาม-ตอบ", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนปฏิบัติราชการ (ระยะยาว)", [("แผนปฏิบัติราชการ ระยะ 3 ปี", "plan-3y"),
                                          ("ร่างแผน 5 ปี (รับฟังความคิดเห็น)", "plan-draft")]),
    ("o6", "แผนปฏิบัติราชการประจำปี / แผนการใช้จ่ายงบประมาณ", [("แผนปฏิบัติราชการ 2569", "opplan-69"),
                                                               ("แผนการใช้จ่ายงบประมาณ 2569", "spend-69")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "manual-sop")]),
    ("o9", "คู่มือการให้บริการประชาชน", [("คู่มือประชาชน", "/service/manual/")]),
    ("o10", "E-Service", [("บริการออนไลน์", "/eservice/"), ("สถิติการให้บริการ", "service-69")]),
    ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1 ปีงบประมาณ 2569", "/procurement/monthly/")]),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานสรุปผล ปีงบ 2568", "proc-year-68")]),
    ("o13", "หลักเกณฑ์และแผนการบริหารทรัพยากรบุคคล", [("เอกสารด้านบุคคล", "/download/hr/")]),
    ("o14", "รายงานผลการบริหารและพัฒนาบุคลากร", [("รายงานผล ปี 2568", "hr-report-68")]),
    ("o15", "ประมวลจริยธรรม / การขับเคลื่อนจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("อบรมคุณธรรมจริยธรรม 2569", "/news/1197/")]),
    ("o16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("แนวปฏิบัติ", "complaint-guide")]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติเรื่องร้องเรียน", "complaint-stats")]),
    ("o19", "การเปิดโอกาสให้มีส่วนร่วม", [("ประชุมรับฟังความคิดเห็น 2569", "/news/1208/")]),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", "no-gift"), ("รายงานการรับทรัพย์สิน ปี 2568", "gift-report-68")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", [("ผลการประเมินความเสี่ยง", "risk")]),
    ("o22", "รายงานผลการบริหารจัดการความเสี่ยงการทุจริต", [("รายงานผล ปี 2568", "risk-report-68")]),
    ("o23", "แผนปฏิบัติการป้องกันการทุจริต", [("แผนปี 2569", "anti-plan-69")]),
    ("o24", "รายงานผลการดำเนินการป้องกันการทุจริต", [("รายงานผล ปี 2568", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนาองค์กร / มาตรการส่งเสริมคุณธรรม", [("วิเคราะห์ผล ITA 2568", "ita-analysis")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรมและความโปร่งใส", [("รายงานผล", "/news/1042/")]),
]
ITA_2568 = [
    ("o5", "แผนปฏิบัติราชการ", [("แผน 3 ปี (2566-2568)", "plan-3y")]),
    ("o6", "แผนปฏิบัติราชการประจำปี", [("แผนปฏิบัติราชการ 2568", "opplan-68")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานประจำปี 2567", "annual-67")]),
    ("o13", "แผนการบริหารทรัพยากรบุคคล", [("แผนพัฒนาบุคลากร 2568", "hr-plan-68")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("สถิติ รอบ 6 เดือน", "complaint-stats")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต 2568", [("ประเมินความเสี่ยง", OLD_DEAD)]),
    ("o22", "No Gift Policy", [("ประกาศ No Gift Policy", "no-gift")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("รายงานผล ปี 2567", "/news/1042/")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for code, heading, links in rows:
        cell = "<br>".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

JOBS = [(311, "พนักงานฝ่ายผลิต", "บริษัท วารินทร์ฟู้ดส์ จำกัด", 40, "ม.3 ขึ้นไป", "ค่าจ้างขั้นต่ำ + OT"),
        (312, "เจ้าหน้าที่บัญชี", "หจก.ศรีวารินทร์ค้าวัสดุ", 2, "ปวส. การบัญชี", "13,000 บาท"),
        (313, "ช่างซ่อมบำรุง", "บริษัท อีสานรับเบอร์ จำกัด", 5, "ปวช. ช่างไฟฟ้า", "12,500 บาท"),
        (314, "พนักงานขาย", "ห้างวารินทร์พลาซ่า", 12, "ไม่จำกัดวุฒิ", "ตามตกลง")]


def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:6])
    write("/", "หน้าหลัก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">ข่าวทั้งหมด</a></p>'
          '<h2>บริการ</h2><p><a href="/jobs/">ตำแหน่งงานว่าง</a> · <a href="/eservice/">บริการออนไลน์ (E-Service)</a> · '
          '<a href="/procurement/">ประกาศจัดซื้อจัดจ้าง</a> · <a href="/lmi/">สถานการณ์ตลาดแรงงาน</a> · '
          '<a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569</a></p>')
    write("/about/", "ประวัติและวิสัยทัศน์",
          "<p>สำนักงานจัดหางานจังหวัดศรีวารินทร์ เป็นส่วนราชการส่วนภูมิภาค สังกัดกรมการจัดหางาน กระทรวงแรงงาน "
          "ตั้งอยู่ที่ศาลากลางจังหวัดศรีวารินทร์ ชั้น 3 และมีศูนย์บริการจัดหางานอำเภอนาหินกอง</p>"
          "<p>วิสัยทัศน์ : ประชาชนจังหวัดศรีวารินทร์มีงานทำที่เหมาะสม มีรายได้มั่นคง</p>"
          '<p><a href="/about/structure/">โครงสร้าง</a> · <a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/structure/", "โครงสร้างสำนักงานจัดหางานจังหวัดศรีวารินทร์",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างสำนักงานจัดหางานจังหวัดศรีวารินทร์" width="160" height="90">'
          "<ul><li>จัดหางานจังหวัดศรีวารินทร์<ul><li>ฝ่ายบริหารทั่วไป</li><li>กลุ่มงานส่งเสริมการมีงานทำ</li>"
          "<li>กลุ่มงานบริการจัดหางานในประเทศ</li><li>กลุ่มงานคุ้มครองคนหางาน</li><li>กลุ่มงานแรงงานต่างด้าว</li>"
          "<li>ศูนย์บริการจัดหางานอำเภอนาหินกอง</li></ul></li></ul>"
          "<p>อัตรากำลัง: ข้าราชการ 9 คน พนักงานราชการ 6 คน ลูกจ้าง 5 คน</p>")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมการจัดหางาน กระทรวงแรงงาน สำนักงานจัดหางานจังหวัดมีอำนาจหน้าที่ สรุปได้ดังนี้</p><ol>"
          "<li>ดำเนินการตามกฎหมายว่าด้วยการจัดหางานและคุ้มครองคนหางาน และกฎหมายว่าด้วยการบริหารจัดการการทำงานของคนต่างด้าว</li>"
          "<li>ให้บริการจัดหางานในประเทศ แนะแนวอาชีพ และส่งเสริมการมีงานทำ</li>"
          "<li>คุ้มครองคนหางานที่ประสงค์จะไปทำงานต่างประเทศ</li>"
          "<li>จัดทำข้อมูลตลาดแรงงานและสถานการณ์การจ้างงานของจังหวัด</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้อง หรือที่ได้รับมอบหมาย</li></ol>")
    execs = [("นายธีรวัฒน์ ภูมิสวัสดิ์", "จัดหางานจังหวัดศรีวารินทร์", "08 1967 3342"),
             ("นางสาวกนกพร แสงอรุณ", "หัวหน้าฝ่ายบริหารทั่วไป", "0 4561 2287 ต่อ 11"),
             ("นายภาณุวัฒน์ ทองประเสริฐ", "หัวหน้ากลุ่มงานบริการจัดหางานในประเทศ", "0 4561 2287 ต่อ 14"),
             ("นางจุฑามาศ พรหมวิเศษ", "หัวหน้ากลุ่มงานแรงงานต่างด้าว", "0 4561 2287 ต่อ 17")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="80" height="100"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "ผู้บริหาร", cards)
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>{ADDRESS}</p><p>โทรศัพท์ {PHONE} โทรสาร 0 4561 2288<br>อีเมล sriwarin@doe.go.th<br>"
          "สายด่วนกรมการจัดหางาน 1506 กด 2</p><p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.2291,104.8512">แผนที่ (Google Maps)</a> · '
          '<a href="https://www.facebook.com/sriwarin.employment">Facebook จัดหางานจังหวัดศรีวารินทร์</a></p>'
          '<p><a href="/qa/">ถาม-ตอบ (Q&amp;A)</a></p>')
    qa = [("ขึ้นทะเบียนว่างงานออนไลน์แล้ว ต้องมารายงานตัวที่สำนักงานไหมคะ", "คุณนิด", "18 มี.ค. 2569",
           "รายงานตัวผ่านระบบออนไลน์ได้ตามวันนัด ไม่ต้องเดินทางมาสำนักงานครับ (admin)"),
          ("อยากไปทำงานเกาหลีแบบถูกกฎหมาย ต้องทำอย่างไร", "สมชาย", "2 มี.ค. 2569",
           "สมัครสอบภาษาเกาหลีตามประกาศ EPS ของกรมการจัดหางาน และระวังนายหน้าเถื่อน สอบถามกลุ่มงานคุ้มครองคนหางาน ต่อ 15 (admin)")]
    items = "".join(f'<div class="qa"><p><b>ถาม:</b> {esc(q)} <small>โดย {who} {when}</small></p><p><b>ตอบ:</b> {esc(ans)}</p></div>'
                    for q, who, when, ans in qa)
    write("/qa/", "ถาม-ตอบ (Q&A)",
          f'{items}<form action="/qa/post/" method="post"><h2>ตั้งคำถาม</h2>หัวข้อ <input name="subject"><br>'
          'รายละเอียด <textarea name="detail"></textarea><br>ชื่อ <input name="name"><br>อีเมล <input name="email"><br>'
          '<button>ส่งคำถาม</button></form>')
    services = [("/service/unemployment/", "ขึ้นทะเบียนผู้ประกันตนกรณีว่างงาน",
                 "ยื่นได้ที่สำนักงานหรือทางระบบ e-service ภายใน 30 วันนับแต่วันออกจากงาน ไม่มีค่าธรรมเนียม"),
                ("/service/overseas/", "แจ้งการเดินทางไปทำงานต่างประเทศด้วยตนเอง",
                 "ยื่นแบบ จง.1 ก่อนเดินทางอย่างน้อย 15 วัน ไม่มีค่าธรรมเนียม"),
                ("/service/foreign-workers/", "บริการด้านแรงงานต่างด้าว",
                 "ยื่นขออนุญาตทำงาน ต่ออายุ และแจ้งเปลี่ยนนายจ้าง ค่าธรรมเนียมตามกฎกระทรวง")]
    links = "".join(f"<li>{a(u, t)}</li>" for u, t, _x in services)
    write("/service/", "บริการประชาชน", f'<ul>{links}</ul><p>{a("/service/manual/", "คู่มือสำหรับประชาชน")}</p>')
    for u, t, x in services:
        write(u, t, f"<p>{esc(x)}</p><p>{a('/service/manual/', 'ดูคู่มือสำหรับประชาชน')}</p>")
    write("/service/manual/", "คู่มือสำหรับประชาชน",
          f'<ul><li>{a(f("citizen-manual"), ROWS["citizen-manual"][0])}</li></ul>{links and "<ul>" + links + "</ul>"}')
    write("/eservice/", "บริการออนไลน์ (E-Service)",
          "<p>ช่องทางบริการออนไลน์ของสำนักงานจัดหางานจังหวัดศรีวารินทร์ และระบบของกรมการจัดหางาน</p><ul>"
          '<li><a href="https://smartjob.doe.go.th/">ลงทะเบียนหางาน / ประกาศรับสมัครงาน (ไทยมีงานทำ)</a></li>'
          '<li><a href="https://e-service.doe.go.th/">ขึ้นทะเบียนว่างงานและรายงานตัวออนไลน์</a></li></ul>'
          '<form action="/eservice/send/" method="post"><h2>แบบฟอร์มแจ้งตำแหน่งงานว่างออนไลน์ (สำหรับนายจ้าง)</h2>'
          'ชื่อสถานประกอบการ <input name="company"><br>ตำแหน่งที่ต้องการ <input name="position"><br>'
          'จำนวน (อัตรา) <input name="amount"><br>ค่าจ้าง <input name="wage"><br>โทรศัพท์ผู้ติดต่อ <input name="phone"><br>'
          '<button>ส่งข้อมูล</button></form>'
          f'<p>{a(f("service-69"), "สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>'
          f'<p>{a(f("service-68"), "สถิติการให้บริการ ปีงบประมาณ 2568")}</p>')
    rows = "".join(f'<tr><td>{a(f"/jobs/{j}/", t)}</td><td>{esc(c)}</td><td>{n}</td></tr>' for j, t, c, n, _q, _w in JOBS)
    write("/jobs/", "ตำแหน่งงานว่าง (ประจำเดือนเมษายน 2569)",
          f'<table class="list"><tr><th>ตำแหน่ง</th><th>สถานประกอบการ</th><th>อัตรา</th></tr>{rows}</table>')
    for j, t, c, n, q, w in JOBS:
        write(f"/jobs/{j}/", t, f"<p>{esc(c)} รับสมัคร {n} อัตรา คุณวุฒิ {esc(q)} ค่าจ้าง {esc(w)}</p>"
                                f"<p>สมัครได้ที่{ORG} โทร {PHONE} ต่อ 14</p>")
    write("/lmi/", "สถานการณ์ตลาดแรงงานจังหวัดศรีวารินทร์",
          "<p>ไตรมาสที่ 1/2569 (ม.ค. - มี.ค. 2569): ตำแหน่งงานว่าง 2,418 อัตรา ผู้สมัครงาน 1,902 คน บรรจุงาน 1,127 คน</p>")
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          f"<p>ร้องเรียนได้ที่สำนักงาน โทร {PHONE} สายด่วน 1506 กด 2 หรือตู้รับเรื่องร้องเรียนชั้น 3</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-guide"), "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้ร้องเรียน (ไม่ระบุได้) <input name="name"><br>'
          'โทรศัพท์ <input name="phone"><br>ผู้ถูกร้องเรียน/หน่วยงาน <input name="target"><br>'
          'รายละเอียด <textarea name="detail"></textarea><br>หลักฐาน <input type="file" name="evidence"><br>'
          '<button>ส่งเรื่อง</button></form>'
          '<p>ช่องทางอื่น: <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · '
          '<a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a></p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/links/", "หน่วยงานที่เกี่ยวข้อง",
          '<ul><li><a href="https://www.doe.go.th/">กรมการจัดหางาน</a></li><li><a href="https://www.mol.go.th/">กระทรวงแรงงาน</a></li></ul>')
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    # procurement
    notices = ["jobfair-win", "proc-plan-69", "proc-year-68"]
    write("/procurement/", "จัดซื้อจัดจ้าง",
          '<p><a href="/procurement/monthly/">สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</a></p>'
          f"<h2>ประกาศจัดซื้อจัดจ้าง</h2>{table(notices)}"
          '<p><a href="https://www.gprocurement.go.th/">ระบบ e-GP กรมบัญชีกลาง</a></p>')
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "PDF")}</td></tr>'
                   for k in months)
    write("/procurement/monthly/", "สรุปผลการดำเนินการจัดซื้อจัดจ้าง (สขร.1) ปีงบประมาณ 2569",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่เผยแพร่</th><th>ไฟล์</th></tr>{rows}</table>')
    # downloads
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "เอกสารเผยแพร่", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"เอกสารเผยแพร่ : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ปีงบประมาณ 2569</a></li><li><a href="/ita/2568/">ITA ปีงบประมาณ 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ 2569", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ 2568", ita_table(ITA_2568))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    for n in ("logo-doe.png", "person.png", "head.png", "chart.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    with open(os.path.join(HERE, "assets", "doe.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#topbar{background:#003d7a;color:#fff;padding:4px}"
                 "#nav li{display:inline;margin:0 6px}#content{display:flex}#aside{width:230px}#main{flex:1;padding:8px}"
                 ".widget{border:1px solid #ccd;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #99a;padding:3px}#footer{background:#e8eef5;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
