"""Generate the HTML pages of the "bkkdistrict" test site (สำนักงานเขตคลองสำโรงทอง, invented).

Run:  python tests/sites/bkkdistrict/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A Bangkok district office on the BMA's portal template: the BMA's blue top bar with its own links,
the district's banner, a menu, a side column (the director, BMA links, hotline 1555, Traffy Fondue)
and the BMA footer on every page; pages are folder/index.html.  Documents are listed by category
under /download/<cat>/, the monthly สขร.1 on /procurement/, news under /news/ (two pages).  The ITA
page /ita/2568/ is a table o1 … o26 in the office's own short wording; last year's /ita/2567/ is
still online.
"""

from __future__ import annotations

import base64
import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "สำนักงานเขตคลองสำโรงทอง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน / แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "สถิติการให้บริการ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / เอกสารทั่วไป"}
HIDDEN = {"ita-old-risk"}  # linked only from last year's ITA page
MISSING_SIZE = "388.2 KB"
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key)


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับเขต", "/about/history/"), ("โครงสร้างหน่วยงาน", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("บริการประชาชน", "/services/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลดเอกสาร", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/bma-portal.css"></head>
<body>
<div id="bma-bar"><a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a> | <a href="https://www.bangkok.go.th/district">50 สำนักงานเขต</a> |
สายด่วน กทม. 1555 | <a href="https://www.traffy.in.th/">Traffy Fondue</a> | <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="banner"><img src="/assets/bma-logo.png" alt="ตราสัญลักษณ์กรุงเทพมหานคร" width="60" height="60">
<b>{ORG}</b><br><small>Khlong Samrong Thong District Office · กรุงเทพมหานคร</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><b>ผู้อำนวยการเขตคลองสำโรงทอง</b><br>นายวรพจน์ ศรีสำราญ<br>โทร. 0 2118 4601</div>
<div class="box"><b>บริการประชาชน</b><br><a href="/services/registration/">งานทะเบียนราษฎร</a><br>
<a href="/services/tax/">ชำระภาษีที่ดินและสิ่งปลูกสร้าง</a><br><a href="/services/building/">ขออนุญาตก่อสร้างอาคาร</a><br>
<a href="/eservice/">จองคิวออนไลน์</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a></div>
<div class="box"><b>ITA</b><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br><a href="/ita/2567/">ITA ๒๕๖๗</a></div>
<div class="box"><b>ลิงก์กรุงเทพมหานคร</b><br><a href="/bma/">หน่วยงานในสังกัด กทม.</a><br>
<a href="https://www.bangkok.go.th/">www.bangkok.go.th</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="box">ผู้เข้าชม ๒๔๘,๑๐๗ ครั้ง</div>
</div>
<div id="main">
<p class="crumb"><a href="/">หน้าแรก</a> › {esc(title)}</p>
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} กรุงเทพมหานคร เลขที่ 88 ถนนเลียบคลองสำโรงทอง แขวงสำโรงทองเหนือ เขตคลองสำโรงทอง กรุงเทพมหานคร 10599<br>
โทรศัพท์ 0 2118 4600 โทรสาร 0 2118 4699 · อีเมล ksrt_district@bkkdistrict-example.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>
สงวนลิขสิทธิ์ © ๒๕๖๕ กรุงเทพมหานคร (Bangkok Metropolitan Administration)</div>
</body></html>
"""


PAGES: list[str] = []


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))
    PAGES.append(path)


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
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (5188, (2025, 4, 10), "เขตคลองสำโรงทองเตรียมความพร้อมรับมือฝนตกหนัก ขุดลอกคูคลองก่อนฤดูฝน 2568",
     ["วันที่ 10 เมษายน 2568 ผู้อำนวยการเขตคลองสำโรงทองตรวจความพร้อมสถานีสูบน้ำและการขุดลอกคลองลำปลาดุก ระยะทาง 2.3 กิโลเมตร"]),
    (5161, (2025, 3, 21), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
     ["ผู้มีหน้าที่เสียภาษีชำระได้ที่ฝ่ายรายได้ ชั้น 2 หรือผ่านแอปพลิเคชันของธนาคาร ภายในวันที่ 31 กรกฎาคม 2568"]),
    (5134, (2025, 2, 26), "สรุปผลการประชุมรับฟังความคิดเห็นคณะกรรมการชุมชน เพื่อจัดทำงบประมาณเขต ปี 2569",
     ["วันที่ 8 กุมภาพันธ์ 2568 สำนักงานเขตคลองสำโรงทองจัดประชุมรับฟังความคิดเห็นของคณะกรรมการชุมชน ณ ห้องประชุมชั้น 3 "
      "เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมเสนอปัญหาและความต้องการสำหรับจัดทำคำของบประมาณเขต ปี 2569",
      "มีผู้แทนชุมชนเข้าร่วม 79 คน จาก 40 ชุมชน เสนอโครงการ 63 เรื่อง เรื่องที่เสนอมากที่สุดคือ การระบายน้ำในซอย (21 เรื่อง) "
      "ไฟฟ้าส่องสว่าง (14 เรื่อง) และทางเท้าชำรุด (11 เรื่อง)",
      "เขตได้บรรจุ 38 เรื่องในคำของบประมาณ ปี 2569 และจะแจ้งผลให้คณะกรรมการชุมชนทราบในการประชุมประจำเดือน"]),
    (5120, (2025, 2, 14), "อบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2568",
     ["วันที่ 14 กุมภาพันธ์ 2568 สำนักงานเขตคลองสำโรงทองจัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการกรุงเทพมหานคร "
      "ให้ข้าราชการและลูกจ้างนำไปปฏิบัติ มีผู้เข้าร่วม 158 คน",
      "กิจกรรมประกอบด้วยการบรรยายเรื่อง Do's & Don'ts ของข้าราชการ กทม. และกรณีศึกษาการเรียกรับผลประโยชน์จากหาบเร่แผงลอย"]),
    (5103, (2025, 1, 27), "ขอเชิญคณะกรรมการชุมชนร่วมประชุมรับฟังความคิดเห็น 8 กุมภาพันธ์ 2568",
     ["สำนักงานเขตขอเชิญประธานกรรมการชุมชนทุกชุมชนร่วมประชุม ตามหนังสือเชิญ", '<a href="{invite}">ดาวน์โหลดหนังสือเชิญ</a>']),
    (5077, (2025, 1, 11), "งานวันเด็กแห่งชาติ ประจำปี 2568 เขตคลองสำโรงทอง",
     ["จัดกิจกรรม ณ ลานกีฬาชุมชนสำโรงทองพัฒนา มีเด็กและผู้ปกครองร่วมงานกว่า 1,200 คน"]),
    (5042, (2024, 12, 16), "เทศกิจเขตคลองสำโรงทองจัดระเบียบหาบเร่แผงลอยหน้าตลาดสำโรงทอง",
     ["จัดระเบียบผู้ค้า 46 ราย ให้ค้าขายในจุดผ่อนผันตามประกาศกรุงเทพมหานคร"]),
    (5019, (2024, 11, 29), "ผู้อำนวยการเขตประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2568",
     ["วันที่ 1 ตุลาคม 2567 ผู้อำนวยการเขตประกาศเจตจำนงสุจริตต่อหน้าข้าราชการและลูกจ้าง"]),
    (4996, (2024, 11, 15), "ลอยกระทงวิถีไทย รักษ์คลองสำโรงทอง 2567",
     ["ขอความร่วมมือใช้กระทงจากวัสดุธรรมชาติ ณ ท่าน้ำวัดสำโรงทองใน"]),
    (4970, (2024, 10, 8), "รับสมัครอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) รุ่นที่ 12",
     ["รับสมัครระหว่างวันที่ 8 - 31 ตุลาคม 2567 ณ ฝ่ายปกครอง"]),
    # FY2567, page 2
    (4833, (2024, 7, 19), "ประชุมคณะกรรมการชุมชน ประจำเดือนกรกฎาคม 2567", ["ผู้แทนชุมชน 42 คน ร่วมประชุม"]),
    (4790, (2024, 5, 2), "เขตร่วมกิจกรรม Bangkok Car Free Day", ["ปั่นจักรยานรอบเขต 15 กิโลเมตร"]),
    (4711, (2024, 2, 10), "สรุปผลการประชุมรับฟังความคิดเห็นคณะกรรมการชุมชน ปี 2567",
     ["วันที่ 10 กุมภาพันธ์ 2567 ผู้แทนชุมชน 72 คน เสนอโครงการ 55 เรื่อง"]),
    (4650, (2023, 12, 1), "ประกาศนโยบาย No Gift Policy ของผู้ว่าราชการกรุงเทพมหานคร",
     ["ผู้ว่าราชการกรุงเทพมหานครขอความร่วมมือบุคลากรทุกหน่วยงานงดรับของขวัญในช่วงเทศกาลปีใหม่ 2567"]),
]
PER_PAGE = 10


def news_pages() -> None:
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(invite=f('forum-invite'))}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">วันที่ {be(date(y, m, day))} · ฝ่ายปกครอง</p>{body}'
              '<p><a href="/news/">« กลับหน้าข่าวประชาสัมพันธ์</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>'
                          for n in chunk)
        pager = ('<p>หน้า <b>1</b> <a href="/news/page/2/">2</a></p>' if p == 1 else
                 '<p>หน้า <a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2568 = [  # (ข้อ, heading, [(link text, key or path)])
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้างหน่วยงาน", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("ผู้บริหารเขต", "/about/executives/")]),
    ("o3", "ข้อมูลการติดต่อ", [("ติดต่อสำนักงานเขต", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนพัฒนาเขต", [("แผนพัฒนาสำนักงานเขต", "plan-63-66")]),
    ("o6", "แผนปฏิบัติราชการและการใช้จ่ายงบประมาณ", [("แผนปฏิบัติราชการ 2568", "action-68"),
                                                  ("แผนการใช้จ่ายงบประมาณ", "spend-68"),
                                                  ("รายงานผลรอบ 6 เดือน", "sixm-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน ฝ่ายรายได้", "sop-revenue")]),
    ("o9", "คู่มือการให้บริการประชาชน", [("คู่มือสำหรับประชาชน", "citizen-reg"), ("บริการประชาชน", "/services/")]),
    ("o10", "E-Service", [("จองคิวและยื่นคำร้องออนไลน์", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติการให้บริการประชาชน", "stats-67")]),
    ("o12", "รายการจัดซื้อจัดจ้าง (สขร.1)", [("สรุปผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานผลการจัดซื้อจัดจ้าง ปี 2567", "proc-year-67")]),
    ("o14", "แผนการบริหารและพัฒนาบุคลากร", [("แผนพัฒนาบุคลากร", "/download/hr/")]),
    ("o15", "รายงานผลการบริหารและพัฒนาบุคลากร", [("รายงานผล HR ปี 2567", "hr-report-67")]),
    ("o16", "ประมวลจริยธรรม", [("ประมวลจริยธรรมข้าราชการ กทม.", "ethics-code"), ("กิจกรรมขับเคลื่อนจริยธรรม", "/news/5120/")]),
    ("o17", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("คู่มือจัดการเรื่องร้องเรียน", "complaint-manual")]),
    ("o18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเบาะแสการทุจริต", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติเรื่องร้องเรียน ปี 2568", "complaint-stats-68")]),
    ("o20", "การมีส่วนร่วมของประชาชน", [("ประชุมรับฟังความคิดเห็นคณะกรรมการชุมชน", "/news/5134/")]),
    ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", "nogift-66")]),
    ("o22", "รายงานการรับของขวัญ", [("รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด", "gift-report-67")]),
    ("o23", "การประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยงการทุจริต ประจำปี 2568", "risk-67")]),
    ("o24", "การจัดการความเสี่ยงการทุจริต", [("รายงานผลการจัดการความเสี่ยง", "riskmgmt-67")]),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต 2568", "anti-plan-68")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานผลการดำเนินการป้องกันการทุจริต", "anti-report-66")]),
]
ITA_2567 = [
    ("o5", "แผนพัฒนาเขต", [("แผนพัฒนาสำนักงานเขต 4 ปี", "plan-63-66")]),
    ("o7", "รายงานผลการดำเนินงาน", [("รายงานประจำปี 2566", "annual-66")]),
    ("o14", "แผนพัฒนาบุคลากร", [("แผนพัฒนาบุคลากร 2567", "hr-plan-67")]),
    ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", "nogift-66")]),
    ("o23", "การประเมินความเสี่ยง", [("การประเมินความเสี่ยงการทุจริต ปี 2567", "ita-old-risk")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต 2567", "anti-plan-67")]),
]


def href(target: str) -> str:
    return target if target.startswith("/") else f(target)


def ita_page(year: str, rows) -> None:
    trs = []
    for code, heading, links in rows:
        cells = "<br>".join(f'<a href="{href(t)}">{esc(text)}</a>' for text, t in links)
        trs.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cells}</td></tr>")
    body = (f"<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. {year.translate(THAI)}"
            " ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>"
            '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n' + "\n".join(trs) + "</table>")
    write(f"/ita/{year}/", f"ITA {year} การเปิดเผยข้อมูลสาธารณะ (OIT)", body)


# ---------------------------------------------------------------- the other pages

def static_pages() -> None:
    write("/", "หน้าแรก",
          '<div class="slide"><img src="/assets/bma-logo.png" alt="กรุงเทพฯ เมืองน่าอยู่สำหรับทุกคน" width="60" height="60"> '
          "กรุงเทพฯ เมืองน่าอยู่สำหรับทุกคน</div><h2>ข่าวล่าสุด</h2><ul>"
          + "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a></li>' for n in NEWS[:5])
          + '</ul><p><a href="/news/">ข่าวทั้งหมด</a> · <a href="/ita/2568/">ITA 2568</a> · <a href="/download/">ดาวน์โหลดเอกสาร</a></p>')
    write("/about/history/", "ประวัติเขตคลองสำโรงทอง",
          "<p>เขตคลองสำโรงทองแยกจากเขตข้างเคียงเมื่อ พ.ศ. 2541 ตั้งชื่อตามคลองสำโรงทองที่ไหลผ่านกลางพื้นที่ "
          "มีพื้นที่ 21.47 ตารางกิโลเมตร 3 แขวง (สำโรงทองเหนือ สำโรงทองใต้ ลำปลาดุก) 42 ชุมชน ประชากร 96,318 คน</p>")
    write("/about/structure/", "โครงสร้างหน่วยงาน",
          '<p><img src="/assets/org-chart.png" alt="แผนผังโครงสร้างสำนักงานเขตคลองสำโรงทอง" width="60" height="60"></p>'
          "<h2>ฝ่ายการเมือง</h2><ul><li>ผู้ว่าราชการกรุงเทพมหานคร (มาจากการเลือกตั้ง) และรองผู้ว่าราชการกรุงเทพมหานคร</li>"
          "<li>สภากรุงเทพมหานคร: สมาชิกสภากรุงเทพมหานคร (ส.ก.) เขตคลองสำโรงทอง 1 คน</li>"
          "<li>สภาเขตคลองสำโรงทอง: สมาชิกสภาเขต (ส.ข.) 7 คน ให้คำปรึกษาและเสนอความเห็นต่อผู้อำนวยการเขต</li></ul>"
          "<h2>ฝ่ายประจำ</h2>"
          "<ul><li>ปลัดกรุงเทพมหานคร → รองปลัดกรุงเทพมหานคร (กลุ่มเขตกรุงเทพตะวันออก)</li>"
          "<li>ผู้อำนวยการเขตคลองสำโรงทอง<ul><li>ผู้ช่วยผู้อำนวยการเขต (2 คน)</li>"
          "<li>ฝ่ายปกครอง</li><li>ฝ่ายทะเบียน</li><li>ฝ่ายการคลัง</li><li>ฝ่ายรายได้</li><li>ฝ่ายโยธา</li>"
          "<li>ฝ่ายรักษาความสะอาดและสวนสาธารณะ</li><li>ฝ่ายสิ่งแวดล้อมและสุขาภิบาล</li><li>ฝ่ายเทศกิจ</li>"
          "<li>ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม</li><li>ฝ่ายการศึกษา (โรงเรียนในสังกัด 6 โรง)</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่ของสำนักงานเขต</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>สำนักงานเขตมีอำนาจหน้าที่ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต และพระราชบัญญัติ"
          "ระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. 2528 สรุปได้ดังนี้</p><ol>"
          "<li>ดูแลความสงบเรียบร้อย การทะเบียนราษฎร บัตรประจำตัวประชาชน และการเลือกตั้ง</li>"
          "<li>จัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย และค่าธรรมเนียมต่าง ๆ</li>"
          "<li>ควบคุมอาคาร ก่อสร้างและบำรุงรักษาถนน ทางเท้า ท่อระบายน้ำ และคูคลองขนาดเล็ก</li>"
          "<li>รักษาความสะอาด เก็บขนมูลฝอย ดูแลสวนสาธารณะและพื้นที่สีเขียว</li>"
          "<li>ควบคุมสุขลักษณะสถานประกอบการ ตลาด และร้านอาหาร</li>"
          "<li>รักษาความเป็นระเบียบเรียบร้อยตามกฎหมายเทศกิจ</li>"
          "<li>พัฒนาชุมชน จัดสวัสดิการผู้สูงอายุ คนพิการ และการศึกษาในโรงเรียนสังกัดกรุงเทพมหานคร</li></ol>")
    execs = [("นายวรพจน์ ศรีสำราญ", "ผู้อำนวยการเขตคลองสำโรงทอง", "0 2118 4601"),
             ("นางสาวกมลชนก ปัญญาวงศ์", "ผู้ช่วยผู้อำนวยการเขต", "0 2118 4602"),
             ("นายธีรพงษ์ แก้วประดิษฐ์", "ผู้ช่วยผู้อำนวยการเขต", "0 2118 4603")]
    write("/about/executives/", "ผู้บริหารสำนักงานเขต", "".join(
        f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="60"><br><b>{esc(n)}</b><br>'
        f"{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs))
    write("/contact/", "ติดต่อสำนักงานเขต",
          "<p>สำนักงานเขตคลองสำโรงทอง เลขที่ 88 ถนนเลียบคลองสำโรงทอง แขวงสำโรงทองเหนือ เขตคลองสำโรงทอง กรุงเทพมหานคร 10599</p>"
          "<p>โทรศัพท์ 0 2118 4600 โทรสาร 0 2118 4699 อีเมล ksrt_district@bkkdistrict-example.go.th</p>"
          "<p>เวลาทำการ จันทร์ - ศุกร์ 08.00 - 16.00 น. (ฝ่ายทะเบียนเปิดวันเสาร์ 08.00 - 12.00 น.)</p>"
          '<p><a href="https://maps.google.com/?q=13.7001,100.7002">แผนที่ Google Maps</a></p>'
          "<table><tr><th>ฝ่าย</th><th>โทรศัพท์</th></tr><tr><td>ฝ่ายปกครอง</td><td>0 2118 4620</td></tr>"
          "<tr><td>ฝ่ายทะเบียน</td><td>0 2118 4630</td></tr><tr><td>ฝ่ายรายได้</td><td>0 2118 4640</td></tr></table>")
    write("/services/", "บริการประชาชน",
          '<ul><li><a href="/services/registration/">งานทะเบียนราษฎรและบัตรประจำตัวประชาชน</a></li>'
          '<li><a href="/services/tax/">ภาษีที่ดินและสิ่งปลูกสร้าง</a></li>'
          '<li><a href="/services/building/">ขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร</a></li></ul>'
          f'<p><a href="{f("citizen-reg")}">คู่มือสำหรับประชาชน (PDF)</a></p>')
    write("/services/registration/", "งานทะเบียนราษฎรและบัตรประจำตัวประชาชน",
          "<p>ให้บริการแจ้งเกิด แจ้งตาย ย้ายที่อยู่ และทำบัตรประจำตัวประชาชน ณ ฝ่ายทะเบียน ชั้น 1</p>"
          f'<p><a href="{f("citizen-reg")}">คู่มือสำหรับประชาชน</a> · <a href="/eservice/">จองคิวออนไลน์</a></p>')
    write("/services/tax/", "ภาษีที่ดินและสิ่งปลูกสร้าง",
          "<p>ชำระภาษีได้ที่ฝ่ายรายได้ ชั้น 2 ภายในเดือนกรกฎาคม หรือชำระผ่านธนาคาร</p>")
    write("/services/building/", "ขออนุญาตก่อสร้างอาคาร",
          "<p>ยื่นคำขอ (แบบ ข.1) ที่ฝ่ายโยธา หรือผ่านระบบ BMA OSS ระยะเวลาพิจารณาไม่เกิน 45 วัน</p>")
    write("/eservice/", "E-Service จองคิวและยื่นคำร้องออนไลน์",
          "<p>ประชาชนจองคิวทำบัตรประจำตัวประชาชน และยื่นคำร้องทั่วไปถึงสำนักงานเขตได้ทางแบบฟอร์มนี้ เจ้าหน้าที่ตอบกลับภายใน 2 วันทำการ</p>"
          '<form method="post" action="/eservice/"><p>ชื่อ-สกุล <input name="name" required></p>'
          '<p>เลขประจำตัวประชาชน <input name="pid"></p><p>โทรศัพท์ <input name="tel" required></p>'
          '<p>บริการ <select name="service"><option>จองคิวทำบัตรประจำตัวประชาชน</option><option>คัดสำเนาทะเบียนบ้าน</option>'
          "<option>ขอข้อมูลภาษี</option><option>คำร้องทั่วไป</option></select></p>"
          '<p>วันที่ต้องการ <input type="date" name="day"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
          '<p><button type="submit">ส่งคำขอ</button></p></form>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          '<p>ร้องเรียนเรื่องทั่วไป (ถนน ขยะ น้ำท่วม) ผ่าน <a href="https://www.traffy.in.th/">Traffy Fondue</a> หรือสายด่วน 1555</p>'
          '<p>แจ้งเบาะแสการทุจริตและประพฤติมิชอบของเจ้าหน้าที่: <a href="/complaint/corruption/">แบบฟอร์มแจ้งเรื่องร้องเรียนการทุจริต</a></p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้ร้องไม่ต้องระบุชื่อก็ได้ ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ ผู้อำนวยการเขตพิจารณาสั่งการภายใน 2 วันทำการ</p>"
          '<form method="post" action="/complaint/corruption/"><p>ชื่อผู้ร้อง (ไม่บังคับ) <input name="name"></p>'
          '<p>ช่องทางติดต่อกลับ <input name="contact"></p><p>เจ้าหน้าที่ / ฝ่ายที่ถูกร้องเรียน <input name="who"></p>'
          '<p>รายละเอียดการทุจริตหรือประพฤติมิชอบ <textarea name="detail" required></textarea></p>'
          '<p>แนบหลักฐาน <input type="file" name="evidence"></p><p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form>'
          "<p>หรือโทร. ฝ่ายปกครอง 0 2118 4620</p>")
    write("/bma/", "หน่วยงานในสังกัดกรุงเทพมหานคร",
          '<ul><li><a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a></li>'
          '<li><a href="https://www.bangkok.go.th/district">สำนักงานเขต 50 เขต</a></li></ul>'
          f'<p>เอกสารของกรุงเทพมหานคร: <a href="{f("bma-20y")}">แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี</a> · '
          f'<a href="{f("bma-action-68")}">แผนปฏิบัติราชการกรุงเทพมหานคร 2568</a></p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานเขตเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
          '<ul><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li><li><a href="/ita/2567/">ITA ประจำปี 2567</a></li></ul>')


def download_pages() -> None:
    cats = "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<ul>{cats}</ul><h2>เอกสารล่าสุด</h2>{table(listed()[:12])}")
    for c, t in CATS.items():
        keys = [k for k in listed(c) if not k.startswith("proc-2") or c != "procure"]
        write(f"/download/{c}/", t, table(keys) + '<p><a href="/download/">« หมวดเอกสารทั้งหมด</a></p>')


def procurement_page() -> None:
    keys = sorted((k for k in ROWS if k.startswith("proc-2")), key=lambda k: ROWS[k][2], reverse=True)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          "<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตามมาตรา 9 (8) แห่ง พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. 2540</p>"
          + table(keys) + f'<p><a href="{f("proc-year-67")}">รายงานผลการจัดซื้อจัดจ้างประจำปี 2567</a> · '
          '<a href="https://www.gprocurement.go.th/">ค้นหาใน e-GP</a></p>')


def sitemap() -> None:
    links = "".join(f'<li><a href="{p}">{p}</a></li>' for p in sorted(set(PAGES)))
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{links}</ul>")


PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def assets() -> None:
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "bma-portal.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}#bma-bar{background:#0a3d62;color:#fff;padding:4px}"
                 "#bma-bar a{color:#fff}#banner{background:#1e6f3c;color:#fff;padding:8px}#menu li{display:inline;margin:0 6px}"
                 "#side{float:left;width:220px}#main{margin-left:240px}.box{border:1px solid #ccc;margin:6px;padding:6px}"
                 "#footer{clear:both;background:#0a3d62;color:#fff;padding:8px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #999;padding:3px}\n")
    for png in ("bma-logo.png", "org-chart.png", "person.png"):
        with open(os.path.join(HERE, "assets", png), "wb") as fh:
            fh.write(PNG)


def main() -> None:
    assets()
    static_pages()
    news_pages()
    ita_page("2568", ITA_2568)
    ita_page("2567", ITA_2567)
    download_pages()
    procurement_page()
    sitemap()


if __name__ == "__main__":
    main()
