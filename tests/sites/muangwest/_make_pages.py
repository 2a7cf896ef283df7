"""Generate the HTML pages of the "muangwest" test site (เทศบาลเมืองบ่อตะเคียน, invented).

Run:  python tests/sites/muangwest/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A town municipality on a provider's template: a top bar, a banner, a menu, a right-hand side column
(the mayor, hotlines, quick links, visitor counter) and a footer on every page; pages are
folder/index.html.  Documents are listed in a download section by category (/download/<cat>/),
the monthly สขร.1 on /procurement/, news under /news/ (two pages).  The ITA page /ita/2568/ is a
table of o1 … o26 in the municipality's own short wording whose links go to files, pages or
category lists; last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "เทศบาลเมืองบ่อตะเคียน"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณ",
        "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ", "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง",
        "hr": "การบริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือราชการทั่วไป"}
HIDDEN = {"old-anti-plan"}  # linked only from last year's ITA page
MISSING_SIZE = "388.2 KB"
OLD_DEAD = "/files/3981.pdf"  # last year's o19 file (complaint statistics 2566): deleted


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str = "คลิก") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("ข้อมูลเทศบาล", "/about/history/"), ("วิสัยทัศน์", "/about/vision/"), ("โครงสร้าง", "/about/structure/"),
        ("คณะผู้บริหาร", "/about/executives/"), ("สภาเทศบาล", "/about/council/"), ("ข่าวประชาสัมพันธ์", "/news/"),
        ("ประกาศจัดซื้อจัดจ้าง", "/procurement/"), ("เอกสารดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน/ร้องทุกข์", "/complaint/"), ("ITA", "/ita/"), ("ท่องเที่ยว", "/tourism/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/theme.css"></head>
<body>
<div id="topbar">{ORG} อำเภอท่าม่วง จังหวัดกาญจนบุรี · ศูนย์รับเรื่องร้องเรียน โทร. 0 3461 7320 · สายด่วน 1132</div>
<div id="banner"><img src="/assets/seal.png" alt="ตราสัญลักษณ์เทศบาลเมืองบ่อตะเคียน" width="72" height="72">
<b>{ORG}</b><br><small>Bo Takhian Town Municipality · เมืองน่าอยู่ ริมฝั่งแม่กลอง</small></div>
<ul id="nav">
{menu}
</ul>
<div id="page"><div id="content">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="sidebar">
<div class="widget"><img src="/assets/mayor.png" alt="นายกเทศมนตรี" width="90" height="110"><br>
<b>นายธนวัฒน์ ศรีประเสริฐ</b><br>นายกเทศมนตรีเมืองบ่อตะเคียน<br>สายตรงนายกฯ 0 3461 7300</div>
<div class="widget"><b>บริการประชาชน</b><br><a href="/eservice/">ยื่นคำร้องออนไลน์</a><br>
<a href="/download/manual/">คู่มือสำหรับประชาชน</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/procurement/">สขร.1 รายเดือน</a></div>
<div class="widget"><b>ITA</b><br><a href="/ita/2568/">ITA ประจำปี ๒๕๖๘</a><br><a href="/ita/2567/">ITA ประจำปี ๒๕๖๗</a></div>
<div class="widget"><b>ลิงก์หน่วยงาน</b><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://itas.nacc.go.th/">ITAS</a></div>
<div class="widget">ผู้เข้าชมเว็บไซต์ ๔๑๒,๗๐๘ ครั้ง</div>
</div></div>
<div id="footer">{ORG} 88 ถนนแสงชูโต ตำบลบ่อตะเคียน อำเภอท่าม่วง จังหวัดกาญจนบุรี 71110<br>
โทรศัพท์ 0 3461 7300 โทรสาร 0 3461 7301 อีเมล saraban@botakhiancity.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© ๒๕๖๕ {ORG} ออกแบบและพัฒนาโดย เวสต์เว็บดีไซน์</div>
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
                    f'<td><img src="/assets/ico-{ext}.gif" alt="{ext}"> {size_of(k)}</td></tr>')
    return ('<table class="docs"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (1288, (2025, 4, 3), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2568 ณ กองคลัง "
      "หรือชำระผ่าน QR Code บนแบบแจ้งการประเมิน"]),
    (1281, (2025, 3, 27), "เทศบาลเมืองบ่อตะเคียนจัดกิจกรรม Big Cleaning Day ริมแม่น้ำแม่กลอง",
     ["วันที่ 27 มีนาคม 2568 คณะผู้บริหาร พนักงาน และชุมชนท่าน้ำ ร่วมเก็บขยะและผักตบชวาริมแม่น้ำแม่กลอง ผู้เข้าร่วม 230 คน"]),
    (1274, (2025, 3, 3), "สรุปผลการประชุมประชาคมเมือง ประจำปี 2568 เพื่อทบทวนแผนพัฒนาท้องถิ่น",
     ["ระหว่างวันที่ 10 - 21 กุมภาพันธ์ 2568 เทศบาลเมืองบ่อตะเคียนจัดประชุมประชาคมเมืองครบทั้ง 14 ชุมชน "
      "เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมเสนอปัญหาและความต้องการ สำหรับทบทวนแผนพัฒนาท้องถิ่นและจัดทำงบประมาณปี 2569",
      "มีประชาชนเข้าร่วมรวม 1,184 คน ประธานและกรรมการชุมชน 98 คน เสนอโครงการทั้งสิ้น 76 โครงการ "
      "ส่วนใหญ่เป็นโครงการระบบระบายน้ำ ไฟฟ้าส่องสว่าง และป้องกันตลิ่งพัง",
      "ผลการประชาคม : ชุมชนท่าน้ำเสนอเขื่อนป้องกันตลิ่ง ชุมชนตลาดเก่าเสนอปรับปรุงทางเท้า ชุมชนหนองบัวเสนอขุดลอกคลอง "
      "เทศบาลจะนำเข้าที่ประชุมคณะกรรมการพัฒนาเทศบาลและแจ้งผลการพิจารณาให้ชุมชนทราบต่อไป"]),
    (1266, (2025, 2, 4), "ขอเชิญร่วมประชุมประชาคมเมือง ประจำปี 2568",
     ["เทศบาลเมืองบ่อตะเคียน ขอเชิญพี่น้องประชาชนร่วมประชุมประชาคมเมือง ระหว่างวันที่ 10 - 21 กุมภาพันธ์ 2568 "
      "ตามกำหนดการในหนังสือเชิญ", '<a href="{invite}">ดาวน์โหลดหนังสือเชิญ</a>']),
    (1259, (2025, 1, 24), "โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากรเทศบาล ประจำปีงบประมาณ 2568",
     ["วันที่ 23 - 24 มกราคม 2568 เทศบาลเมืองบ่อตะเคียน จัดโครงการอบรมคุณธรรมจริยธรรม เพื่อขับเคลื่อนประมวลจริยธรรม"
      "ของพนักงานเทศบาล ณ หอประชุมเทศบาล วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดกาญจนบุรี บรรยายเรื่องการป้องกัน"
      "ผลประโยชน์ทับซ้อนและ Do's & Don'ts ของเจ้าหน้าที่",
      "ผู้เข้าร่วม ผู้บริหาร 5 คน สมาชิกสภาเทศบาล 16 คน พนักงานเทศบาล ครู และพนักงานจ้าง 214 คน รวม 235 คน"]),
    (1255, (2025, 1, 17), "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป ตำแหน่งพนักงานขับรถยนต์",
     ["รับสมัครระหว่างวันที่ 20 - 31 มกราคม 2568 ณ งานการเจ้าหน้าที่ สำนักปลัดเทศบาล"]),
    (1251, (2025, 1, 11), "งานวันเด็กแห่งชาติ ประจำปี 2568",
     ["เทศบาลเมืองบ่อตะเคียนจัดงานวันเด็กแห่งชาติ ณ สนามกีฬาเทศบาล มีเด็กและผู้ปกครองร่วมงานกว่า 3,000 คน"]),
    (1243, (2024, 12, 27), "ตั้งจุดบริการประชาชนช่วงเทศกาลปีใหม่ 2568",
     ["ตั้งจุดบริการประชาชนบริเวณทางหลวงหมายเลข 323 ระหว่างวันที่ 27 ธันวาคม 2567 - 2 มกราคม 2568"]),
    (1240, (2024, 12, 18), "ประชาสัมพันธ์การฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า ประจำปี 2568",
     ["กองสาธารณสุขและสิ่งแวดล้อม ออกหน่วยฉีดวัคซีนให้สุนัขและแมวฟรี ครบทั้ง 14 ชุมชน ระหว่างวันที่ 6 - 24 มกราคม 2568"]),
    (1236, (2024, 12, 5), "วันพ่อแห่งชาติ 5 ธันวาคม 2567",
     ["คณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงาน ร่วมพิธีถวายพระพรชัยมงคล ณ ที่ว่าการอำเภอท่าม่วง"]),
    (1228, (2024, 11, 15), "งานประเพณีลอยกระทง ริมแม่น้ำแม่กลอง ประจำปี 2567",
     ["การประกวดกระทงใหญ่และนางนพมาศ ณ ลานริมน้ำเทศบาล วันที่ 15 พฤศจิกายน 2567"]),
    (1219, (2024, 10, 7), "นายกเทศมนตรีประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2568",
     ["วันที่ 1 ตุลาคม 2567 นายกเทศมนตรีเมืองบ่อตะเคียน ประกาศเจตจำนงสุจริตต่อหน้าพนักงานทุกคน",
      '<a href="{will}">ประกาศเจตจำนงสุจริต</a>']),
    # page 2: FY2567 and older
    (1163, (2024, 8, 15), "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 3 ประจำปี 2567",
     ["พิจารณาร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 ในวาระที่ 1"]),
    (1142, (2024, 6, 12), "โครงการฝึกอบรมอาชีพการทำขนมไทย กลุ่มสตรีชุมชนตลาดเก่า",
     ["กลุ่มสตรี 40 คน เข้าร่วมอบรม ณ ศาลาชุมชนตลาดเก่า"]),
    (1131, (2024, 5, 2), "ผลการแข่งขันกีฬาชุมชนสัมพันธ์ ครั้งที่ 21",
     ["ชุมชนตลาดเก่าได้รับถ้วยรางวัลชนะเลิศคะแนนรวม"]),
    (1102, (2024, 2, 26), "สรุปผลการประชุมประชาคมเมือง ประจำปี 2567",
     ["ระหว่างวันที่ 12 - 23 กุมภาพันธ์ 2567 จัดประชุมประชาคมครบ 14 ชุมชน ผู้เข้าร่วม 1,126 คน"]),
    (1065, (2023, 11, 20), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ 2567",
     ['ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567 <a href="{opplan67}">รายละเอียด</a>']),
    (912, (2022, 10, 6), "เทศบาลเมืองบ่อตะเคียนประกาศนโยบาย No Gift Policy งดให้ งดรับของขวัญ",
     ["นายกเทศมนตรีเมืองบ่อตะเคียนประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) "
      "ขอความร่วมมือผู้มาติดต่อราชการงดให้ของขวัญ", '<a href="{nogift}">ประกาศนโยบาย</a>']),
]
PER_PAGE = 12


def news_pages() -> None:
    links = {"invite": f("invite-forum"), "nogift": f("no-gift-66"), "opplan67": f("opplan-67"),
             "will": f("will-68")}
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="meta">โพสต์เมื่อ {be(date(y, m, day))} โดย งานประชาสัมพันธ์</p>'
              f'{body}<p><a href="/news/">« กลับหน้าข่าวประชาสัมพันธ์</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>'
                          for n in chunk)
        pager = ('<p>หน้า <b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">ถัดไป »</a></p>' if p == 1
                 else '<p>หน้า <a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2568 = [  # (ข้อ, heading, [(link text, key or path)]); (group,) rows are headings
    ("ข้อมูลพื้นฐาน", None),
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "ข้อมูลการติดต่อ", [("ติดต่อเทศบาล", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("การบริหารงานและการใช้จ่ายงบประมาณ", None),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "/download/plan/")]),
    ("o6", "แผนดำเนินงาน งบประมาณ และรายงานรอบ 6 เดือน", [("แผนการดำเนินงาน ปี 2568", "opplan-68"),
                                                       ("เทศบัญญัติ ปี 2568", "budget-68"),
                                                       ("รายงานรอบ 6 เดือน", "sixmonth-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "manual-building")]),
    ("o9", "คู่มือสำหรับประชาชน", [("คู่มือประชาชน", "citizen-manual")]),
    ("o10", "E-Service", [("ระบบยื่นคำร้องออนไลน์", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติ ต.ค.67 - มี.ค.68", "service-68")]),
    ("การจัดซื้อจัดจ้าง", None),
    ("o12", "รายการจัดซื้อจัดจ้าง (สขร.1)", [("สขร.1 รายเดือน", "/procurement/")]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานปี 2567", "proc-year-67")]),
    ("การบริหารและพัฒนาทรัพยากรบุคคล", None),
    ("o14", "แผนบริหารและพัฒนาบุคลากร", [("แผนพัฒนาบุคลากร", "hr-plan-67")]),
    ("o15", "รายงานผลการบริหารและพัฒนาบุคลากร", [("รายงานปี 2567", "hr-report-67")]),
    ("o16", "ประมวลจริยธรรม / การขับเคลื่อน", [("ประมวลจริยธรรม", "ethics"), ("อบรมคุณธรรมจริยธรรม 2568", "/news/1259/")]),
    ("การส่งเสริมความโปร่งใส", None),
    ("o17", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติเรื่องร้องเรียน", "complaint-stats")]),
    ("o20", "การมีส่วนร่วมของประชาชน", [("ประชาคมเมือง 2568", "/news/1274/")]),
    ("การป้องกันการทุจริต", None),
    ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", "no-gift-66")]),
    ("o22", "รายงานการรับของขวัญ/ทรัพย์สิน", [("รายงาน", "gift-report-67")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง ปี 2568", "risk-order-68")]),
    ("o24", "รายงานผลการจัดการความเสี่ยง", [("รายงานปี 2567", "risk-report-67")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผนปี 2568", "anti-plan-68")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานปี 2567", "anti-report-67")]),
]
ITA_2567 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น 2561-2565", "plan-61-65")]),
    ("o6", "แผนดำเนินงาน ปี 2567", [("แผนการดำเนินงาน 2567", "opplan-67"), ("รายงานรอบ 6 เดือน ปี 2567", "sixmonth-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานปี 2566", "perf-66")]),
    ("o12", "สขร.1", [("สขร.1 ก.ย. 2567", "proc-2024-09")]),
    ("o19", "สถิติเรื่องร้องเรียน ปี 2566", [("สถิติ", OLD_DEAD)]),
    ("o21", "No Gift Policy", [("ประกาศ", "no-gift-66")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง ปี 2567", "risk-67")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผน 4 ปี", "old-anti-plan")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="grp"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = " | ".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">อ่านทั้งหมด</a></p>'
          '<h2>บริการออนไลน์</h2><p><a href="/eservice/">E-Service ยื่นคำร้องออนไลน์</a> · '
          '<a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a> · <a href="/ita/2568/">การเปิดเผยข้อมูลสาธารณะ (OIT) 2568</a></p>')
    write("/about/history/", "ข้อมูลทั่วไปเทศบาลเมืองบ่อตะเคียน",
          "<p>เทศบาลเมืองบ่อตะเคียน เดิมเป็นสุขาภิบาลบ่อตะเคียน ยกฐานะเป็นเทศบาลตำบลเมื่อปี พ.ศ. 2542 "
          "และเปลี่ยนแปลงฐานะเป็นเทศบาลเมืองเมื่อวันที่ 1 กรกฎาคม 2556 ตั้งอยู่ริมฝั่งแม่น้ำแม่กลอง "
          "มีพื้นที่ 21.6 ตารางกิโลเมตร 14 ชุมชน ประชากร 24,318 คน 9,870 ครัวเรือน</p>"
          "<p>วิสัยทัศน์ : บ่อตะเคียนเมืองน่าอยู่ ริมฝั่งแม่กลอง การท่องเที่ยวเชิงประวัติศาสตร์ ประชาชนมีส่วนร่วม</p>")
    write("/about/vision/", "วิสัยทัศน์และพันธกิจ",
          "<p>วิสัยทัศน์ : บ่อตะเคียนเมืองน่าอยู่ ริมฝั่งแม่กลอง การท่องเที่ยวเชิงประวัติศาสตร์ ประชาชนมีส่วนร่วม</p>"
          "<ol><li>พัฒนาโครงสร้างพื้นฐานและระบบระบายน้ำให้ได้มาตรฐาน</li><li>ยกระดับคุณภาพการศึกษาและสาธารณสุข</li>"
          "<li>ส่งเสริมเศรษฐกิจชุมชนและการท่องเที่ยวริมน้ำ</li><li>บริหารจัดการตามหลักธรรมาภิบาล</li></ol>")
    write("/about/structure/", "แผนผังโครงสร้างเทศบาลเมืองบ่อตะเคียน",
          '<img src="/assets/org-chart.png" alt="แผนผังโครงสร้างการบริหารงานเทศบาลเมืองบ่อตะเคียน" width="160" height="100">'
          "<h2>ฝ่ายบริหาร (ฝ่ายการเมือง)</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี (3 คน)</li>"
          "<li>ที่ปรึกษานายกเทศมนตรี (2 คน)</li><li>เลขานุการนายกเทศมนตรี</li></ul></li></ul>"
          "<h2>ฝ่ายนิติบัญญัติ</h2><ul><li>สภาเทศบาลเมืองบ่อตะเคียน<ul><li>ประธานสภาเทศบาล</li><li>รองประธานสภาเทศบาล</li>"
          "<li>สมาชิกสภาเทศบาล (18 คน)</li></ul></li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล (2 คน)</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li>"
          "<li>กองช่าง</li><li>กองการศึกษา</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองสวัสดิการสังคม</li>"
          "<li>กองยุทธศาสตร์และงบประมาณ</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่ของเทศบาล</a></p>')
    write("/about/authority/", "อำนาจหน้าที่ของเทศบาล",
          "<p>เทศบาลเมืองมีหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 53 และมาตรา 54 และพระราชบัญญัติกำหนดแผนและ"
          "ขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16 สรุปสาระสำคัญได้ดังนี้</p><ol>"
          "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ รวมทั้งทางระบายน้ำ</li>"
          "<li>รักษาความสะอาดของถนน ที่สาธารณะ และการกำจัดขยะมูลฝอยและสิ่งปฏิกูล</li><li>ป้องกันและระงับโรคติดต่อ</li>"
          "<li>ให้มีเครื่องใช้ในการดับเพลิงและป้องกันบรรเทาสาธารณภัย</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li>"
          "<li>ให้มีน้ำสะอาดหรือการประปา โรงฆ่าสัตว์ และตลาด</li>"
          "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
          "<li>บำรุงศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น และส่งเสริมการท่องเที่ยว</li>"
          "<li>จัดทำแผนพัฒนาท้องถิ่นและการผังเมือง</li></ol>")
    execs = [("นายธนวัฒน์ ศรีประเสริฐ", "นายกเทศมนตรีเมืองบ่อตะเคียน", "08 1944 2716"),
             ("นายชูชาติ แก้วประดับ", "รองนายกเทศมนตรี", "08 6177 3052"),
             ("นางสุนันทา วงศ์ไพบูลย์", "รองนายกเทศมนตรี", "08 9031 6648"),
             ("นายอภิชาติ พรหมสุวรรณ", "รองนายกเทศมนตรี", "09 2258 4410"),
             ("นายวรพล จันทร์หอม", "เลขานุการนายกเทศมนตรี", "06 1873 2295"),
             ("นางวิไลวรรณ มีสุข", "ปลัดเทศบาล", "0 3461 7300 ต่อ 102")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="70" height="90"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "คณะผู้บริหารเทศบาลเมืองบ่อตะเคียน", cards)
    write("/about/council/", "สภาเทศบาลเมืองบ่อตะเคียน",
          "<ul><li>นายประยงค์ ทองอินทร์ ประธานสภาเทศบาล</li><li>นางบุษบา เรืองศรี รองประธานสภาเทศบาล</li>"
          "<li>สมาชิกสภาเทศบาล เขต 1 (6 คน) เขต 2 (6 คน) เขต 3 (6 คน)</li>"
          "<li>นางสาวกมลชนก พูลผล เลขานุการสภาเทศบาล</li></ul>")
    write("/contact/", "ติดต่อเทศบาล",
          f"<p>{ORG}<br>88 ถนนแสงชูโต ตำบลบ่อตะเคียน อำเภอท่าม่วง จังหวัดกาญจนบุรี 71110</p>"
          "<p>โทรศัพท์ 0 3461 7300 โทรสาร 0 3461 7301<br>อีเมล saraban@botakhiancity.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/botakhiancity">เทศบาลเมืองบ่อตะเคียน</a> · Line OA @botakhiancity</p>'
          "<table class=\"docs\"><tr><th>หน่วยงาน</th><th>โทร.</th></tr><tr><td>สำนักปลัดเทศบาล</td><td>ต่อ 102</td></tr>"
          "<tr><td>กองคลัง</td><td>ต่อ 120</td></tr><tr><td>กองช่าง</td><td>ต่อ 130</td></tr>"
          "<tr><td>งานป้องกันและบรรเทาสาธารณภัย</td><td>199</td></tr></table>"
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=13.9874,99.6012">แผนที่ตั้งสำนักงานเทศบาล (Google Maps)</a></p>')
    write("/eservice/", "E-Service ระบบยื่นคำร้องออนไลน์",
          "<p>ประชาชนสามารถยื่นคำร้องต่อเทศบาลเมืองบ่อตะเคียนผ่านช่องทางออนไลน์ได้ตลอด 24 ชั่วโมง โดยไม่ต้องเดินทาง "
          "เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSfBoTakhianCityEsv68/formResponse" method="post">'
          '<h2>แบบคำร้องออนไลน์</h2>ชื่อ-นามสกุล <input name="entry.101"><br>เบอร์โทรศัพท์ <input name="entry.102"><br>'
          'ชุมชน/ที่อยู่ <input name="entry.103"><br>ประเภทคำร้อง <select name="entry.104"><option>คำร้องทั่วไป</option>'
          '<option>ขอซ่อมไฟฟ้าส่องสว่าง</option><option>ขอรับถังขยะ</option><option>ขอความอนุเคราะห์รถน้ำ</option>'
          '<option>ขอตัดกิ่งไม้</option></select><br>รายละเอียด <textarea name="entry.105"></textarea><br>'
          'แนบภาพ <input type="file" name="entry.106"><br><button>ส่งคำร้อง</button></form>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ร้องเรียนร้องทุกข์ได้ที่ศูนย์รับเรื่องร้องเรียน ชั้น 1 สำนักงานเทศบาล โทร. 0 3461 7320 หรือ Line OA @botakhiancity</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ ท่านไม่จำเป็นต้องระบุชื่อ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้แจ้ง (ไม่ระบุก็ได้) <input name="name"><br>'
          'โทรศัพท์/อีเมล <input name="contact"><br>ผู้ถูกร้องเรียน/หน่วยงาน <input name="who"><br>'
          'รายละเอียดพฤติการณ์ <textarea name="detail"></textarea><br>หลักฐาน <input type="file" name="evidence"><br>'
          '<button>ส่งเรื่อง</button></form>'
          "<p>หรือแจ้งโดยตรงที่ ปลัดเทศบาล โทร. 0 3461 7300 ต่อ 102 ตู้ ปณ. 15 ปณจ.ท่าม่วง 71110</p>")
    write("/tourism/", "แหล่งท่องเที่ยวในเขตเทศบาล",
          "<ul><li>ตลาดเก่าริมน้ำบ่อตะเคียน (ตลาดนัดวันเสาร์ - อาทิตย์)</li><li>วัดบ่อตะเคียน</li>"
          "<li>สวนสาธารณะริมแม่น้ำแม่กลอง</li></ul>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>เทศบาลเมืองบ่อตะเคียน เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    # procurement: one row a month, newest first (กุมภาพันธ์ 2568 was never posted)
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "ดาวน์โหลด")}</td></tr>'
                   for k in months)
    write("/procurement/", "ประกาศจัดซื้อจัดจ้าง / สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          f'<h2>สรุปผลการดำเนินการจัดซื้อจัดจ้างรายเดือน</h2><table class="docs"><tr><th>เรื่อง</th><th>วันที่</th>'
          f'<th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศ</h2><ul><li>{a(f("print-plan"), ROWS["print-plan"][0])}</li>'
          f'<li>{a(f("proc-year-67"), ROWS["proc-year-67"][0])}</li></ul>')
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "เอกสารดาวน์โหลด", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"เอกสารดาวน์โหลด : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. 2568</a></li>'
          '<li><a href="/ita/2567/">ITA ประจำปีงบประมาณ พ.ศ. 2567</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568",
          "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล · ตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>" + ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567", ita_table(ITA_2567))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("seal.png", "mayor.png", "person.png", "org-chart.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for ext in ("pdf", "docx", "xlsx", "doc", "xls"):
        with open(os.path.join(HERE, "assets", f"ico-{ext}.gif"), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "theme.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}#topbar{background:#7a1f1f;color:#fff;padding:4px}"
                 "#nav li{display:inline;margin:0 5px}#page{display:flex}#content{flex:1;padding:10px}"
                 "#sidebar{width:230px}.widget{border:1px solid #ddd;margin:6px;padding:6px}"
                 "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:3px}"
                 "#footer{background:#333;color:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
