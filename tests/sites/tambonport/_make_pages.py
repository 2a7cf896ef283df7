"""Generate the HTML pages of the "tambonport" test site (เทศบาลตำบลปากคลองหอยราก, invented).

Run:  python tests/sites/tambonport/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A เทศบาลตำบล at a fishing port whose site was hand-written in PHP years ago and is kept up by one
clerk: a table layout with a banner, a marquee, a menu bar, a right column (the mayor, hotline,
links, counter) and a footer on every page; pages are folder/index.html.  Documents are listed by
category (/download/<cat>/), the monthly สขร.1 on /procurement/, news under /news/ (two pages).
The ITA page /ita/2569/ is one long list of links under the sub-indicator headings (9.1 … 10.2),
each line "O<n> <the clerk's own short wording>" and its links to files, pages or category lists;
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

ORG = "เทศบาลตำบลปากคลองหอยราก"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือ/เอกสารทั่วไป"}
HIDDEN = {"ita-analysis-67"}  # linked only from the ITA pages
MISSING_SIZE = "386.2 KB"
OLD_DEAD = "/files/2874.pdf"  # last year's o21 (risk assessment 2567): the file was deleted


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("ประวัติเทศบาล", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("คณะผู้บริหาร", "/about/executives/"), ("สภาเทศบาล", "/about/council/"), ("ข่าวสาร", "/news/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("เว็บบอร์ด", "/qa/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = " | ".join(f'<a href="{u}">{esc(t)}</a>' for t, u in MENU)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} :: {ORG}</title>
<link href="/css/main.css" rel="stylesheet" type="text/css"></head>
<body>
<table width="980" align="center" cellpadding="0" cellspacing="0" id="page">
<tr><td colspan="2" id="banner"><img src="/images/banner.jpg" alt="{ORG} อำเภอละแม จังหวัดชุมพร" width="980" height="60"></td></tr>
<tr><td colspan="2" id="run"><marquee scrollamount="3">ขอเชิญชวนผู้ประกอบการแผงอาหารทะเลต่อใบอนุญาตประจำปี 2569 ได้ที่กองสาธารณสุขฯ ·
ชาวประมงโปรดระวังคลื่นลมแรงช่วงมรสุม</marquee></td></tr>
<tr><td colspan="2" id="menubar">{menu}</td></tr>
<tr><td valign="top" id="content">
<h2 class="topic">{esc(title)}</h2>
{body}
</td>
<td valign="top" width="220" id="right">
<div class="rbox"><b>นายกเทศมนตรี</b><br><img src="/images/mayor.jpg" alt="นายวิชิต ทะเลทอง" width="80" height="100"><br>
นายวิชิต ทะเลทอง<br>สายตรงนายกฯ 0 7755 9301 ต่อ 101</div>
<div class="rbox"><b>ลิงก์</b><br><a href="/ita/2569/">ITA 2569</a><br><a href="/ita/2568/">ITA 2568</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/eservice/">ยื่นคำร้องออนไลน์</a><br>
<a href="https://www.gprocurement.go.th/">ระบบจัดซื้อจัดจ้างภาครัฐ</a><br><a href="https://www.fisheries.go.th/">กรมประมง</a><br>
<a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></div>
<div class="rbox">ผู้เข้าชม <img src="/images/counter.gif" alt="counter" width="80" height="15"> 0151283</div>
</td></tr>
<tr><td colspan="2" id="footer">{ORG} 88 หมู่ที่ 2 ถนนเลียบชายหาด ตำบลหอยราก อำเภอละแม จังหวัดชุมพร 86170<br>
โทร. 0 7755 9301 โทรสาร 0 7755 9302 อีเมล admin@pakkhlonghoirak.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
พัฒนาโดย งานประชาสัมพันธ์ สำนักปลัดเทศบาล (PHP/MySQL) · ปรับปรุงข้อมูลล่าสุด 8 เม.ย. 2569</td></tr>
</table>
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
        rows.append(f'<tr><td align="center">{i}</td><td>{a(f(k), title)}</td><td>{be(up)}</td>'
                    f'<td>{ext.upper()} ({size_of(k)})</td></tr>')
    return ('<table class="list" border="1" cellpadding="3"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (738, (2026, 4, 3), "ประชาสัมพันธ์การยื่นแบบและชำระภาษีป้าย ประจำปี 2569",
     ["ขอให้เจ้าของป้ายยื่นแบบ ภ.ป.1 และชำระภาษีภายในวันที่ 30 เมษายน 2569 ณ กองคลัง เทศบาลตำบลปากคลองหอยราก"]),
    (731, (2026, 3, 14), "โครงการปล่อยพันธุ์ปูม้าคืนสู่ทะเล ครั้งที่ 1/2569",
     ["วันที่ 14 มีนาคม 2569 เทศบาลร่วมกับกลุ่มประมงพื้นบ้านบ้านปากคลอง ปล่อยพันธุ์ปูม้า 120,000 ตัว บริเวณแนวเขตอนุรักษ์หน้าชุมชนที่ 5"]),
    (724, (2026, 2, 20), "สรุปผลการประชุมประชาคมชาวประมงและประชาคมเมือง ประจำปี 2569",
     ["วันที่ 10 กุมภาพันธ์ 2569 เทศบาลตำบลปากคลองหอยรากจัดประชุมประชาคมชาวประมงและประชาคมเมือง ณ อาคารอเนกประสงค์ท่าเทียบเรือชุมชนที่ 2 "
      "เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมเสนอปัญหาและความต้องการสำหรับทบทวนแผนพัฒนาท้องถิ่นและจัดทำงบประมาณ",
      "ผู้เข้าร่วมประชุม 236 คน ได้แก่ ประธานชุมชน 7 ชุมชน กลุ่มประมงพื้นบ้าน 4 กลุ่ม ผู้ประกอบการแพปลา และประชาชนทั่วไป",
      "ที่ประชุมเสนอโครงการ 29 โครงการ ลำดับความสำคัญ 3 อันดับแรก ได้แก่ ขุดลอกร่องน้ำปากคลองหอยราก ซ่อมแซมทุ่นผูกเรือ "
      "และไฟส่องสว่างถนนเลียบหาด เทศบาลจะนำเข้าแผนพัฒนาท้องถิ่นและแจ้งผลให้ชุมชนทราบต่อไป"]),
    (719, (2026, 1, 30), "ขอเชิญประชุมประชาคมชาวประมงและประชาคมเมือง ประจำปี 2569",
     ["เทศบาลขอเชิญประธานชุมชนและกลุ่มประมงพื้นบ้านร่วมประชุมในวันที่ 10 กุมภาพันธ์ 2569",
      '<a href="{invite}">ดาวน์โหลดหนังสือเชิญ</a>']),
    (712, (2026, 1, 16), "โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภาเทศบาล และพนักงาน ประจำปีงบประมาณ 2569",
     ["วันที่ 16 มกราคม 2569 เทศบาลจัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล ให้บุคลากรนำไปปฏิบัติ "
      "หัวข้อการป้องกันผลประโยชน์ทับซ้อนและการไม่รับของขวัญ วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดชุมพร",
      "ผู้เข้าร่วม 62 คน (ผู้บริหาร 4 คน สมาชิกสภาเทศบาล 12 คน พนักงานเทศบาลและพนักงานจ้าง 46 คน)"]),
    (705, (2025, 12, 27), "ตั้งจุดบริการประชาชนช่วงเทศกาลปีใหม่ 2569",
     ["ตั้งจุดบริการบนถนนสาย 41 ทางเข้าท่าเทียบเรือ ระหว่างวันที่ 29 ธันวาคม 2568 - 4 มกราคม 2569"]),
    (698, (2025, 12, 5), "กิจกรรมวันพ่อแห่งชาติ 5 ธันวาคม 2568",
     ["คณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงาน ร่วมพิธีถวายพระพรชัยมงคล ณ ที่ว่าการอำเภอละแม"]),
    (690, (2025, 11, 12), "แจ้งเตือนมรสุมและคลื่นลมแรง ให้ชาวประมงงดออกเรือ",
     ["ศูนย์ อปพร. เทศบาล แจ้งชาวประมงเรือเล็กงดออกจากฝั่งระหว่างวันที่ 12 - 16 พฤศจิกายน 2568"]),
    (684, (2025, 10, 9), "ผู้บริหารประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปี 2569",
     ['วันที่ 6 ตุลาคม 2568 นายกเทศมนตรีประกาศเจตจำนงสุจริตต่อหน้าพนักงาน <a href="{will}">ประกาศเจตจำนงสุจริต</a>']),
    (679, (2025, 10, 2), "งานประเพณีชักพระทางน้ำ ประจำปี 2568",
     ["ขบวนเรือประมงตกแต่ง 18 ลำ ร่วมงานประเพณีชักพระทางน้ำปากคลองหอยราก"]),
    # FY2568, on page 2
    (655, (2025, 8, 13), "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 3 ประจำปี 2568",
     ["พิจารณาร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 ในวาระที่ 1",
      '<a href="{draft}">ร่างเทศบัญญัติ (เสนอสภา)</a>']),
    (641, (2025, 6, 21), "ประเพณีลอยเรือชาวเล ประจำปี 2568", ["ชาวชุมชนร่วมลอยเรือสะเดาะเคราะห์ ณ หาดหน้าชุมชนที่ 6"]),
    (628, (2025, 2, 18), "สรุปผลการประชุมประชาคมชาวประมง ประจำปี 2568",
     ["วันที่ 11 กุมภาพันธ์ 2568 ประชุมประชาคมชาวประมง ผู้เข้าร่วม 201 คน เสนอโครงการ 24 โครงการ"]),
    (617, (2024, 10, 4), "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)",
     ['นายกเทศมนตรีประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิด <a href="{nogift}">อ่านประกาศ</a>']),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"invite": f("invite-forum"), "will": f("will-69"), "draft": f("budget-69-draft"), "nogift": f("no-gift-67")}
    for nid, ymd, title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">ลงวันที่ {be(date(*ymd))} · โดย งานประชาสัมพันธ์</p>{body}'
              '<p><a href="/news/">« ย้อนกลับ</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li>{a(f"/news/{n[0]}/", n[2])} <span>({be(date(*n[1]))})</span></li>' for n in chunk)
        pager = '<p>หน้า [1] <a href="/news/page/2/">2</a></p>' if p == 1 else '<p>หน้า <a href="/news/">1</a> [2]</p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # (heading, [(code, wording, [(link text, key or path)])])
    ("9.1 ข้อมูลพื้นฐาน", [
        ("O1", "โครงสร้างหน่วยงาน / อำนาจหน้าที่", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
        ("O2", "ข้อมูลผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
        ("O3", "ข้อมูลการติดต่อ และช่องทางการสอบถาม", [("ติดต่อเทศบาล", "/contact/"), ("เว็บบอร์ดถาม-ตอบ", "/qa/")]),
        ("O4", "ข่าวประชาสัมพันธ์", [("ข่าวสาร", "/news/")]),
    ]),
    ("9.2 การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("O5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65"), ("แผนพัฒนาฯ เพิ่มเติม", "plan-add-64")]),
        ("O6", "แผนการดำเนินงาน / เทศบัญญัติงบประมาณ", [("แผนการดำเนินงาน ปี 2569", "opplan-69"),
                                                       ("เทศบัญญัติงบประมาณ ปี 2569", "budget-69")]),
        ("O7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download/report/")]),
        ("O8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "manual-sop")]),
        ("O9", "คู่มือการให้บริการประชาชน", [("คู่มือประชาชน", "citizen-manual")]),
        ("O10", "E-Service / สถิติการให้บริการ", [("E-Service", "/eservice/"), ("สถิติการให้บริการ", "service-69")]),
    ]),
    ("9.3 การจัดซื้อจัดจ้าง", [
        ("O11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1", "/procurement/")]),
        ("O12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานผลการจัดซื้อจัดจ้าง", "proc-year-68")]),
    ]),
    ("9.4 การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("O13", "หลักเกณฑ์ / แผนการบริหารและพัฒนาทรัพยากรบุคคล", [("หลักเกณฑ์", "hr-rules"), ("แผนพัฒนาบุคลากร", "hr-plan-68")]),
        ("O14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [("รายงานผล", "hr-report-68")]),
        ("O15", "ประมวลจริยธรรม / การขับเคลื่อนจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("อบรมคุณธรรมจริยธรรม", "/news/712/")]),
    ]),
    ("9.5 การส่งเสริมความโปร่งใส", [
        ("O16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
        ("O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/corruption/")]),
        ("O18", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติเรื่องร้องเรียน", "complaint-68")]),
        ("O19", "การเปิดโอกาสให้มีส่วนร่วม", [("ประชาคมชาวประมง", "/news/724/")]),
    ]),
    ("10.1 การดำเนินการเพื่อป้องกันการทุจริต", [
        ("O20", "No Gift Policy", [("ประกาศ No Gift Policy", "no-gift-67"), ("ประกาศจังหวัดชุมพร", "prov-no-gift-69")]),
        ("O21", "การประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยงการทุจริต", "risk-68")]),
        ("O22", "รายงานผลการบริหารจัดการความเสี่ยงการทุจริต", [("รายงานผล", "risk-report-68")]),
    ]),
    ("10.2 การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("O23", "แผนปฏิบัติการป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต", "anti-plan-69")]),
        ("O24", "รายงานผลการดำเนินการป้องกันการทุจริต", [("รายงานผลการดำเนินงาน", "anti-report-67")]),
        ("O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนา", [("การวิเคราะห์ผล ITA / มาตรการ", "ita-analysis-67")]),
        ("O26", "รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส", [("รายงานผล", "integrity-report-68")]),
    ]),
]
ITA_2568 = [
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", [
        ("O5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
        ("O6", "แผนการดำเนินงาน ปี 2568", [("แผนการดำเนินงาน", "opplan-68")]),
        ("O11", "สขร.1", [("สขร.1 ก.ย. 2568", "proc-2025-09")]),
        ("O20", "No Gift Policy", [("ประกาศ No Gift Policy", "no-gift-67")]),
    ]),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", [
        ("O21", "การประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง", OLD_DEAD)]),
        ("O24", "รายงานผลการดำเนินการป้องกันการทุจริต", [("รายงานผล ปี 2567", "anti-report-67")]),
        ("O25", "การวิเคราะห์ผล ITA 2567", [("วิเคราะห์ผล ITA", "ita-analysis-67")]),
    ]),
]


def ita_list(groups) -> str:
    out = []
    for heading, rows in groups:
        out.append(f"<h3>{esc(heading)}</h3>\n<ul class=\"ita\">")
        for code, wording, links in rows:
            cell = " | ".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
            out.append(f"<li><b>{code}</b> {esc(wording)} : {cell}</li>")
        out.append("</ul>")
    return "\n".join(out)


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li>{a(f"/news/{n[0]}/", n[2])} ({be(date(*n[1]))})</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          f'<h3>ข่าวประชาสัมพันธ์</h3><ul class="news">{latest}</ul><p><a href="/news/">อ่านข่าวทั้งหมด</a></p>'
          '<h3>บริการประชาชน</h3><p><a href="/eservice/">ยื่นคำร้องออนไลน์</a> · <a href="/procurement/">สขร.1</a> · '
          '<a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569</a> · <a href="/download/">ดาวน์โหลดเอกสาร</a></p>')
    write("/about/history/", "ประวัติเทศบาล",
          "<p>เทศบาลตำบลปากคลองหอยราก ยกฐานะจากสุขาภิบาลปากคลองหอยรากเมื่อปี พ.ศ. 2542 ตั้งอยู่ปากคลองหอยรากริมอ่าวไทย "
          "พื้นที่ 21.4 ตารางกิโลเมตร 7 ชุมชน ประชากร 8,236 คน ประชาชนส่วนใหญ่ทำประมงพื้นบ้าน แพปลา และแปรรูปอาหารทะเล</p>"
          "<p>วิสัยทัศน์ : ปากคลองหอยรากเมืองประมงน่าอยู่ เศรษฐกิจชุมชนมั่นคง สิ่งแวดล้อมชายฝั่งยั่งยืน</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<img src="/images/chart.jpg" alt="แผนผังโครงสร้างเทศบาลตำบลปากคลองหอยราก" width="120" height="80">'
          "<h3>ฝ่ายการเมือง</h3><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี (2 คน)</li><li>เลขานุการนายกเทศมนตรี</li>"
          "<li>ที่ปรึกษานายกเทศมนตรี</li></ul></li><li>สภาเทศบาล<ul><li>ประธานสภาเทศบาล</li><li>รองประธานสภาเทศบาล</li>"
          "<li>สมาชิกสภาเทศบาล (12 คน)</li></ul></li></ul>"
          "<h3>ฝ่ายประจำ</h3><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li>"
          "<li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองการศึกษา</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>เทศบาลตำบลมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 และ 51 "
          "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
          "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ รวมทั้งท่าเทียบเรือ</li>"
          "<li>รักษาความสะอาดของถนน ทางน้ำ ชายหาด และที่สาธารณะ รวมทั้งกำจัดมูลฝอย</li><li>ป้องกันและระงับโรคติดต่อ</li>"
          "<li>ให้มีเครื่องใช้ในการดับเพลิงและป้องกันสาธารณภัย</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li>"
          "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>บำรุงศิลปะ จารีตประเพณี และวัฒนธรรมอันดีของท้องถิ่น</li>"
          "<li>ควบคุมตลาด ท่าเทียบเรือ และการจำหน่ายอาหารทะเล</li></ol>")
    execs = [("นายวิชิต ทะเลทอง", "นายกเทศมนตรีตำบลปากคลองหอยราก", "08 1797 2214"),
             ("นายบุญส่ง แพปลาทอง", "รองนายกเทศมนตรี", "08 6912 0037"),
             ("นางจันทร์เพ็ญ หาดแก้ว", "รองนายกเทศมนตรี", "09 2285 4410"),
             ("นายอรุณ คลองใส", "เลขานุการนายกเทศมนตรี", "08 0314 6652"),
             ("นางสาวรัชนี ปากน้ำ", "ปลัดเทศบาล", "0 7755 9301 ต่อ 102")]
    cards = "".join(f'<td align="center"><img src="/images/person.jpg" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</td>" for n, p, t in execs)
    write("/about/executives/", "คณะผู้บริหาร", f"<table><tr>{cards}</tr></table>")
    write("/about/council/", "สมาชิกสภาเทศบาล",
          "<ul><li>นายสมหมาย เรือทอง ประธานสภาเทศบาล</li><li>นายชาตรี หอยสวย รองประธานสภาเทศบาล</li>"
          "<li>นางสาวกาญจนา ชายฝั่ง เลขานุการสภาเทศบาล</li><li>สมาชิกสภาเทศบาล เขต 1 - 2 รวม 12 คน</li></ul>")
    write("/contact/", "ติดต่อเทศบาล",
          f"<p>{ORG}<br>88 หมู่ที่ 2 ถนนเลียบชายหาด ตำบลหอยราก อำเภอละแม จังหวัดชุมพร 86170</p>"
          "<p>โทรศัพท์ 0 7755 9301 โทรสาร 0 7755 9302<br>อีเมล admin@pakkhlonghoirak.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/pakkhlonghoirak">เทศบาลตำบลปากคลองหอยราก</a></p>'
          "<p>เวลาราชการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=10.1833,99.1245">แผนที่ตั้งสำนักงาน (Google Maps)</a></p>'
          '<p>มีข้อสงสัยสอบถามได้ที่ <a href="/qa/">เว็บบอร์ดถาม-ตอบ</a></p>')
    qa = [("ขอต่อใบอนุญาตแผงขายปลาหน้าท่าเรือ ต้องใช้เอกสารอะไรบ้างคะ", "แม่ค้าปากคลอง", "2 มี.ค. 2569",
           "ใช้บัตรประชาชน ทะเบียนบ้าน และใบอนุญาตเดิม ยื่นที่กองสาธารณสุขฯ ได้ในวันเวลาราชการครับ (admin)"),
          ("ไฟถนนเลียบหาดช่วงชุมชนที่ 5 ดับหลายดวง", "ชาวเล", "11 ก.พ. 2569",
           "กองช่างเข้าซ่อมแซมเรียบร้อยแล้ว วันที่ 13 ก.พ. 2569 ขอบคุณที่แจ้งครับ (admin)")]
    items = "".join(f'<table class="qa" border="1" width="100%"><tr><td><b>ถาม :</b> {esc(q)} <small>โดย {esc(w)} {t}</small></td></tr>'
                    f"<tr><td><b>ตอบ :</b> {esc(r)}</td></tr></table><br>" for q, w, t, r in qa)
    write("/qa/", "เว็บบอร์ดถาม-ตอบ",
          f'{items}<form action="/qa/post/" method="post"><b>ตั้งกระทู้ถาม</b><br>หัวข้อ <input name="subject"><br>'
          'ข้อความ <textarea name="body"></textarea><br>ชื่อ <input name="name"><br><input type="submit" value="ส่งคำถาม"></form>')
    write("/eservice/", "E-Service ยื่นคำร้องออนไลน์",
          "<p>ประชาชนยื่นคำร้องขอรับบริการจากเทศบาลได้ทางออนไลน์ เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSfPakKhlongHoiRak69/formResponse" method="post">'
          '<b>แบบคำร้องออนไลน์</b><br>ชื่อ-นามสกุล <input name="entry.11"><br>เบอร์โทรศัพท์ <input name="entry.12"><br>'
          'ที่อยู่ <input name="entry.13"><br>ประเภทคำร้อง <select name="entry.14"><option>คำร้องทั่วไป</option>'
          '<option>ขอต่อใบอนุญาตแผงจำหน่ายอาหารทะเล</option><option>แจ้งซ่อมไฟฟ้าสาธารณะ</option><option>ขอรถบรรทุกน้ำ</option></select><br>'
          'รายละเอียด <textarea name="entry.15"></textarea><br><input type="submit" value="ส่งคำร้อง"></form>'
          f'<p>{a(f("service-69"), "สถิติการให้บริการประชาชน ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนร้องทุกข์ได้ที่ศูนย์รับเรื่องร้องเรียน สำนักปลัดเทศบาล โทร 0 7755 9301 หรือตู้รับเรื่องร้องเรียนหน้าสำนักงาน</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้ร้องเรียนจะได้รับความคุ้มครอง ข้อมูลจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้ร้อง (ไม่ระบุได้) <input name="name"><br>'
          'โทรศัพท์ <input name="tel"><br>เรื่อง <input name="subject"><br>รายละเอียดการกระทำ <textarea name="detail"></textarea><br>'
          'หลักฐาน <input type="file" name="evidence"><br><input type="submit" value="ส่งเรื่อง"></form>'
          "<p>หรือโทร 0 7755 9301 ต่อ 102 (ปลัดเทศบาล)</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>เทศบาลเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in MENU) + "</ul>")
    # procurement
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "ดาวน์โหลด")} '
                   f'({ROWS[k][3].upper()})</td></tr>' for k in months)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          f'<table class="list" border="1" cellpadding="3"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h3>ประกาศ / รายงาน</h3><ul><li>{a(f("print-plan"), ROWS["print-plan"][0])}</li>'
          f'<li>{a(f("proc-year-68"), ROWS["proc-year-68"][0])}</li></ul>')
    cats = " · ".join(a(f"/download/{s}/", n) for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวด : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลด : {cname}", f"<p>หมวด : {cats}</p>{table(listed(slug))}")
    write("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
          '<ul><li><a href="/ita/2569/">ITA ปี 2569</a></li><li><a href="/ita/2568/">ITA ปี 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569",
          "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล · ตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>" + ita_list(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2568", ita_list(ITA_2568))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "css"), exist_ok=True)
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("banner.jpg", "mayor.jpg", "person.jpg", "chart.jpg", "counter.gif"):
        with open(os.path.join(HERE, "images", n), "wb") as fh:
            fh.write(gif)  # a 1x1 stand-in
    with open(os.path.join(HERE, "css", "main.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,MS Sans Serif;font-size:13px;background:#cfe8f5}#page{background:#fff}"
                 "#menubar{background:#036;padding:4px}#menubar a{color:#fff}#run{background:#fc0}.rbox{border:1px solid #69c;"
                 "margin:4px;padding:4px}#footer{background:#036;color:#fff;padding:6px}ul.ita li{margin:3px 0}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
