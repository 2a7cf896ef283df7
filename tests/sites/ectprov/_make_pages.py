"""Generate the HTML pages of the "ectprov" test site (สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดอุทัยธานี, invented).

Run:  python tests/sites/ectprov/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial ECT office on the ECT's shared provincial CMS: the same blue header, menu, side column
(the director, the hotline 1444, links to the ECT and Smart Vote) and footer on every page; pages are
folder/index.html.  Documents are listed by category (/download/<cat>/), the monthly procurement
summaries on /procurement/, news under /news/ (two pages), election pages under /election/.  The ITA
page /ita/2569/ is a table o1 … o26 in the office's own short wording whose links go to files, pages
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

ORG = "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดอุทัยธานี"
SHORT = "สำนักงาน กกต.จังหวัดอุทัยธานี"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน / งบประมาณ", "report": "รายงานผล", "manual": "คู่มือ", "stats": "สถิติ",
        "procure": "จัดซื้อจัดจ้าง", "hr": "บริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส",
        "general": "หนังสือเวียน / ทั่วไป"}
HIDDEN = {"ita-analysis-67"}  # linked only from the ITA pages
MISSING_SIZE = "388.2 KB"
OLD_DEAD = "/files/29874.pdf"  # last year's o22 (risk management report 2567): deleted


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าหลัก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("การเลือกตั้ง", "/election/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("เอกสารดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"),
        ("แจ้งเบาะแส/ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("กระดานถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/ect.css"></head>
<body>
<div id="topbar"><a href="https://www.ect.go.th/">สำนักงานคณะกรรมการการเลือกตั้ง</a> · สายด่วน กกต. 1444 ·
<a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="header"><img src="/assets/ect-logo.png" alt="ตราสัญลักษณ์คณะกรรมการการเลือกตั้ง" width="70" height="70">
<span class="org">{ORG}</span><br><small>Office of the Election Commission of Uthai Thani Province</small></div>
<ul id="nav">
{menu}
</ul>
<div id="container"><div id="sidebar">
<div class="widget"><b>ผู้อำนวยการ{SHORT}</b><br><img src="/assets/director.png" alt="ผู้อำนวยการ" width="60" height="75"><br>
นายธีรวัฒน์ ศรีบุญเรือง</div>
<div class="widget"><b>ลิงก์หน่วยงาน</b><br><a href="https://www.ect.go.th/">สำนักงาน กกต. (ส่วนกลาง)</a><br>
<a href="https://smartvote.ect.go.th/">Smart Vote</a><br><a href="/complaint/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/ita/2569/">ITA ๒๕๖๙</a><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br>
<a href="/download/integrity/">คุณธรรมและความโปร่งใส</a></div>
<div class="widget">ผู้เยี่ยมชม ๓๑,๐๘๗ ครั้ง</div>
</div>
<div id="content">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} เลขที่ 88/9 ถนนศรีอุทัย ตำบลอุทัยใหม่ อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี 61000<br>
โทรศัพท์ 0 5652 7741 โทรสาร 0 5652 7742 อีเมล uthaithani@ect-prov.example · <a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>
ระบบเว็บไซต์สำนักงาน กกต.ประจำจังหวัด © สำนักงานคณะกรรมการการเลือกตั้ง</div>
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
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and not k.startswith("proc-20") and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (1342, (2026, 4, 3), "ประชาสัมพันธ์รับสมัครผู้ตรวจการเลือกตั้งประจำจังหวัด",
     ["สำนักงาน กกต.จังหวัดอุทัยธานี ประชาสัมพันธ์การรับสมัครบุคคลเพื่อเป็นผู้ตรวจการเลือกตั้ง ระหว่างวันที่ 20 - 24 เมษายน 2569"]),
    (1336, (2026, 3, 16), "สรุปผลเวทีรับฟังความคิดเห็นของประชาชนต่อการจัดการเลือกตั้ง ประจำปี 2569",
     ["วันที่ 13 มีนาคม 2569 สำนักงาน กกต.จังหวัดอุทัยธานี จัดเวทีรับฟังความคิดเห็นของประชาชนต่อการจัดการเลือกตั้งนายก อบจ. "
      "และสมาชิกสภา อบจ. ที่ผ่านมา เพื่อเปิดโอกาสให้ประชาชน ภาคีเครือข่าย และผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการปรับปรุงการดำเนินงาน",
      "มีผู้เข้าร่วม 134 คน ได้แก่ ผู้แทนอำเภอ 8 อำเภอ ผู้แทนพรรคการเมือง 6 คน เครือข่ายอาสาสมัคร ศส.ปชต. 72 คน และประชาชนทั่วไป",
      "ข้อเสนอที่ได้รับ : ย้ายที่เลือกตั้งบางแห่งให้ผู้สูงอายุเดินทางสะดวก เพิ่มการประชาสัมพันธ์ทางวิทยุชุมชน "
      "ซึ่งสำนักงานฯ จะนำไปใช้ในการเลือกตั้งท้องถิ่นครั้งต่อไปและรายงานผลให้ทราบ"]),
    (1331, (2026, 3, 3), "ขอเชิญร่วมเวทีรับฟังความคิดเห็นของประชาชน 13 มีนาคม 2569",
     ["ขอเชิญประชาชนและภาคีเครือข่ายร่วมเวทีรับฟังความคิดเห็นต่อการจัดการเลือกตั้ง", '<a href="{invite}">หนังสือเชิญ</a>']),
    (1318, (2026, 2, 10), "ประกาศผลการเลือกตั้งนายก อบจ.อุทัยธานี และสมาชิกสภา อบจ.",
     ["ผู้อำนวยการการเลือกตั้งประจำองค์การบริหารส่วนจังหวัดอุทัยธานี ประกาศผลการนับคะแนนอย่างไม่เป็นทางการ",
      '<a href="{result}">รายงานผลการเลือกตั้ง</a>']),
    (1304, (2026, 1, 22), "กกต.อุทัยธานี ลงพื้นที่ประชาสัมพันธ์การเลือกตั้ง อบจ. วันที่ 1 กุมภาพันธ์ 2569",
     ["ขบวนรถประชาสัมพันธ์เชิญชวนผู้มีสิทธิเลือกตั้งออกไปใช้สิทธิ ครบ 8 อำเภอ"]),
    (1290, (2025, 12, 18), "อบรมกรรมการประจำหน่วยเลือกตั้ง (กปน.) อำเภอเมืองอุทัยธานี",
     ["วันที่ 18 ธันวาคม 2568 อบรม กปน. จำนวน 1,215 คน ณ หอประชุมโรงเรียนอุทัยวิทยาคม"]),
    (1277, (2025, 11, 26), "โครงการส่งเสริมพัฒนาประชาธิปไตยในสถานศึกษา (ศส.ปชต.) ปีงบประมาณ 2569",
     ["เปิดโครงการ ศส.ปชต. ในโรงเรียน 42 แห่ง ให้นักเรียนเลือกตั้งสภานักเรียนด้วยหีบบัตรจริง"]),
    (1263, (2025, 10, 30), "ประชุมชี้แจงแนวทางการเลือกตั้งนายก อบจ. และสมาชิกสภา อบจ. แก่นายอำเภอ",
     ["ชี้แจงกำหนดการและการแบ่งเขตเลือกตั้ง 24 เขต"]),
    (1255, (2025, 10, 8), "จังหวัดแจ้งเวียนประกาศ No Gift Policy ประจำปีงบประมาณ 2569",
     ["จังหวัดอุทัยธานีแจ้งเวียนประกาศจังหวัด เรื่อง นโยบายไม่รับของขวัญ ให้ส่วนราชการทราบและถือปฏิบัติ",
      '<a href="{govgift}">ประกาศจังหวัดอุทัยธานี</a>']),
    (1249, (2025, 10, 3), "ผู้อำนวยการประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปี 2569",
     ['ผู้อำนวยการสำนักงาน กกต.จังหวัดอุทัยธานี ประกาศเจตจำนงสุจริตต่อหน้าเจ้าหน้าที่ <a href="{will}">ประกาศ</a>']),
    # FY2568, page 2
    (1221, (2025, 8, 19), "ตรวจสอบรายงานการจัดทำบัญชีพรรคการเมืองสาขาประจำจังหวัด",
     ["ตรวจสอบบัญชีสาขาพรรคการเมือง 3 สาขา ตามพระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยพรรคการเมือง"]),
    (1204, (2025, 5, 20), "เลือกตั้งซ่อมสมาชิกสภาเทศบาลตำบลหนองฉาง เขต 2",
     ["จัดการเลือกตั้งแทนตำแหน่งที่ว่าง ผู้มาใช้สิทธิร้อยละ 71.2"]),
    (1187, (2025, 3, 20), "กิจกรรมส่งเสริมคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรม ประจำปีงบประมาณ 2568",
     ["วันที่ 19 มีนาคม 2568 สำนักงาน กกต.จังหวัดอุทัยธานี จัดกิจกรรมส่งเสริมคุณธรรมจริยธรรม "
      "ทบทวนประมวลจริยธรรมของกรรมการการเลือกตั้งและเจ้าหน้าที่ และการป้องกันผลประโยชน์ทับซ้อน",
      "มีเจ้าหน้าที่เข้าร่วม 24 คน วิทยากรจากสำนักงานจังหวัดอุทัยธานี"]),
    (1160, (2025, 2, 2), "การเลือกตั้งนายก อบจ. และสมาชิกสภา อบจ. (ทั่วประเทศ) 1 กุมภาพันธ์ 2568",
     ["ขอบคุณผู้มีสิทธิเลือกตั้งที่ออกไปใช้สิทธิ"]),
    (1131, (2024, 11, 12), "ประชุมเครือข่ายภาคประชาชน ปี 2568",
     ["ประชุมเครือข่ายผู้ตรวจการเลือกตั้งและอาสาสมัคร 40 คน"]),
]
PER_PAGE = 10


def news_item(n) -> tuple[str, str, str]:
    nid, (y, m, day), title, paras = n
    links = {"invite": f("invite-hearing"), "result": f("election-result-69"), "govgift": f("nogift-gov-69"),
             "will": f("will-69")}
    body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
    return f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(y, m, day))} · กลุ่มงานบริหารทั่วไป</p>{body}'


def news_pages() -> None:
    for n in NEWS:
        url, title, body = news_item(n)
        write(url, title, body + '<p><a href="/news/">« ข่าวประชาสัมพันธ์ทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>' for n in chunk)
        pager = '<p>หน้า <b>1</b> <a href="/news/page/2/">2</a></p>' if p == 1 else '<p>หน้า <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

def a(href: str, text: str = "คลิก") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


ITA_2569 = [  # (ข้อ, heading, [(link text, href or row key)])
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อ / ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("กระดานถาม-ตอบ", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าว", "/news/")]),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ กกต.", "strat-64-68")]),
    ("o6", "แผนปฏิบัติราชการ / แผนการใช้จ่ายงบประมาณ ปี 2569", [("แผนปฏิบัติราชการ 2569", "action-69"),
                                                               ("แผนการใช้จ่ายงบประมาณ 2569", "budget-69")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "perf-report-67")]),
    ("o8", "คู่มือปฏิบัติงาน", [("คู่มือ", "work-manual")]),
    ("o9", "คู่มือประชาชน", [("คู่มือประชาชน", "citizen-manual")]),
    ("o10", "E-Service", [("E-Service", "/eservice/"), ("สถิติ", "service-69")]),
    ("o11", "สขร.1 รายเดือน", [("สขร.1", "/procurement/")]),
    ("o12", "สรุปผลจัดซื้อจัดจ้างประจำปี", [("ปี 2568", "proc-year-68")]),
    ("o13", "หลักเกณฑ์/แผนบริหารบุคคล", [("บริหารงานบุคคล", "/download/hr/")]),
    ("o14", "รายงานผลบริหารบุคคล", [("ปี 2568", "hr-report-68")]),
    ("o15", "ประมวลจริยธรรม / การขับเคลื่อน", [("ประมวลจริยธรรม", "ethics-code"), ("กิจกรรม", "/news/1187/")]),
    ("o16", "แนวทางจัดการเรื่องร้องเรียนทุจริต", [("แนวทาง", "complaint-guide")]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนทุจริต", [("แจ้งเรื่อง", "/complaint/")]),
    ("o18", "สถิติเรื่องร้องเรียนทุจริต", [("สถิติ", "complaint-68h1")]),
    ("o19", "การมีส่วนร่วม", [("เวทีรับฟังความคิดเห็น", "/news/1336/")]),
    ("o20", "No Gift Policy", [("ประกาศ", "nogift-67")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ปี 2569", "risk-69")]),
    ("o22", "รายงานผลบริหารความเสี่ยงการทุจริต", [("ปี 2568", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("ปี 2569", "anti-plan-69")]),
    ("o24", "รายงานผลป้องกันการทุจริต", [("ปี 2568", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนาองค์กร", [("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร ปี 2569", "ita-analysis-67")]),
    ("o26", "รายงานผลส่งเสริมคุณธรรม", [("ปี 2568", "integrity-report-68")]),
]
ITA_2568 = [
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ กกต. 2564-2568", "strat-64-68")]),
    ("o13", "แผนพัฒนาบุคลากร", [("ปี 2568", "hr-plan-68")]),
    ("o20", "No Gift Policy", [("ประกาศ", "nogift-67")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ปี 2568", "risk-68")]),
    ("o22", "รายงานผลบริหารความเสี่ยง", [("ปี 2567", OLD_DEAD)]),
    ("o25", "วิเคราะห์ผล ITA 2567 / มาตรการ 2568", [("วิเคราะห์ผล ITA", "ita-analysis-67")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>']
    for code, heading, links in rows:
        cell = " | ".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "หน้าหลัก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">ดูทั้งหมด</a></p>'
          '<h2>บริการ</h2><p><a href="/eservice/">แจ้งเหตุไม่อาจไปใช้สิทธิ / E-Service</a> · '
          '<a href="/election/pao-2569/">การเลือกตั้ง อบจ. 2569</a> · <a href="/ita/2569/">ITA 2569</a></p>')
    write("/about/history/", "ความเป็นมา",
          f"<p>{ORG} เป็นหน่วยงานในสังกัดสำนักงานคณะกรรมการการเลือกตั้ง ตั้งขึ้นตามพระราชบัญญัติประกอบรัฐธรรมนูญ"
          "ว่าด้วยคณะกรรมการการเลือกตั้ง พ.ศ. 2560 มีหน้าที่ดำเนินการเกี่ยวกับการเลือกตั้งและการออกเสียงประชามติในเขตจังหวัด</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : องค์กรหลักในการจัดการเลือกตั้งที่สุจริตและเที่ยงธรรม เป็นที่ยอมรับของสังคม</p>"
          "<ol><li>จัดการเลือกตั้งและการออกเสียงประชามติ</li><li>ส่งเสริมการมีส่วนร่วมทางการเมืองของประชาชน</li>"
          "<li>สืบสวนไต่สวนการกระทำผิดกฎหมายเลือกตั้ง</li></ol>")
    write("/about/structure/", "โครงสร้างหน่วยงาน",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างสำนักงาน กกต.จังหวัดอุทัยธานี" width="140" height="90">'
          "<ul><li>ผู้อำนวยการสำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัด<ul>"
          "<li>กลุ่มงานบริหารทั่วไป</li><li>กลุ่มงานการเลือกตั้งและการออกเสียงประชามติ</li>"
          "<li>กลุ่มงานกิจการพรรคการเมืองและการมีส่วนร่วม</li><li>กลุ่มงานสืบสวนสอบสวนและวินิจฉัย</li></ul></li></ul>"
          "<p>ผู้ตรวจการเลือกตั้งประจำจังหวัด (ไม่เกิน 8 คน) ปฏิบัติหน้าที่ตามที่คณะกรรมการการเลือกตั้งมอบหมาย</p>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามพระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยคณะกรรมการการเลือกตั้ง พ.ศ. 2560 และระเบียบคณะกรรมการการเลือกตั้ง "
          "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดมีอำนาจหน้าที่ สรุปได้ดังนี้</p><ol>"
          "<li>ดำเนินการเลือกตั้งสมาชิกสภาผู้แทนราษฎร สมาชิกสภาท้องถิ่นและผู้บริหารท้องถิ่น และการออกเสียงประชามติในเขตจังหวัด</li>"
          "<li>สืบสวนหรือไต่สวนเมื่อมีเหตุอันควรสงสัยว่ามีการทุจริตการเลือกตั้ง</li>"
          "<li>ส่งเสริมและสนับสนุนการมีส่วนร่วมของประชาชนและการพัฒนาประชาธิปไตย</li>"
          "<li>ดูแลกิจการสาขาพรรคการเมืองและตัวแทนพรรคการเมืองประจำจังหวัด</li>"
          "<li>ปฏิบัติงานอื่นตามที่คณะกรรมการการเลือกตั้งหรือเลขาธิการมอบหมาย</li></ol>")
    execs = [("นายธีรวัฒน์ ศรีบุญเรือง", "ผู้อำนวยการสำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดอุทัยธานี", "0 5652 7741 ต่อ 101"),
             ("นางสาวกนกพร ทิพย์มณี", "หัวหน้ากลุ่มงานบริหารทั่วไป", "0 5652 7741 ต่อ 102"),
             ("นายปิยะพงษ์ แสงจันทร์", "หัวหน้ากลุ่มงานการเลือกตั้งและการออกเสียงประชามติ", "0 5652 7741 ต่อ 103"),
             ("นางวิไลวรรณ คงเจริญ", "หัวหน้ากลุ่มงานกิจการพรรคการเมืองและการมีส่วนร่วม", "0 5652 7741 ต่อ 104"),
             ("นายสุรชัย บัวหลวง", "หัวหน้ากลุ่มงานสืบสวนสอบสวนและวินิจฉัย", "0 5652 7741 ต่อ 105")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "ผู้บริหาร", cards)
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>เลขที่ 88/9 ถนนศรีอุทัย ตำบลอุทัยใหม่ อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี 61000</p>"
          "<p>โทรศัพท์ 0 5652 7741 โทรสาร 0 5652 7742<br>อีเมล uthaithani@ect-prov.example<br>"
          'Facebook : <a href="https://www.facebook.com/ect.uthaithani.example">กกต.อุทัยธานี</a></p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.3791,100.0268">แผนที่ตั้งสำนักงาน</a></p>'
          '<p>สอบถามเพิ่มเติม <a href="/qa/">กระดานถาม-ตอบ</a></p>')
    qa = [("ย้ายทะเบียนบ้านมาอุทัยธานีเมื่อเดือนธันวาคม จะเลือกตั้ง อบจ. ที่ไหนครับ", "สมชาย", "20 ม.ค. 2569",
           "ผู้มีชื่อในทะเบียนบ้านในจังหวัดไม่ถึง 1 ปี นับถึงวันเลือกตั้ง ไม่มีสิทธิเลือกตั้ง อบจ.อุทัยธานี ครับ ตรวจสอบสิทธิได้ทาง Smart Vote (ผู้ดูแลระบบ)"),
          ("ไม่ได้ไปเลือกตั้งวันที่ 1 ก.พ. ต้องแจ้งเหตุภายในกี่วัน", "ป้าแดง", "3 ก.พ. 2569",
           "แจ้งเหตุได้ภายใน 7 วันนับแต่วันเลือกตั้ง คือภายในวันที่ 8 กุมภาพันธ์ 2569 (ผู้ดูแลระบบ)")]
    items = "".join(f'<div class="qa"><p><b>ถาม:</b> {esc(q)} <small>โดย {who} {when}</small></p><p><b>ตอบ:</b> {esc(ans)}</p></div>'
                    for q, who, when, ans in qa)
    write("/qa/", "กระดานถาม-ตอบ",
          f'{items}<form action="/qa/post/" method="post"><h2>ตั้งคำถาม</h2>หัวข้อ <input name="subject"><br>'
          'ข้อความ <textarea name="body"></textarea><br>ชื่อ <input name="name"><br><button>ส่ง</button></form>')
    write("/eservice/", "บริการออนไลน์ (E-Service)",
          "<p>แจ้งเหตุที่ไม่อาจไปใช้สิทธิเลือกตั้ง หรือยื่นคำร้องทั่วไปถึงสำนักงาน กกต.จังหวัดอุทัยธานี ได้ทางออนไลน์</p>"
          '<form action="https://forms.gle/ectUthaiEservice2569" method="post">'
          '<h2>แบบคำร้องออนไลน์</h2>ชื่อ-นามสกุล <input name="n"><br>เลขประจำตัวประชาชน <input name="pid"><br>'
          'เรื่อง <select name="t"><option>แจ้งเหตุไม่อาจไปใช้สิทธิ</option><option>ตรวจสอบสิทธิ</option>'
          '<option>คำร้องทั่วไป</option></select><br>รายละเอียด <textarea name="d"></textarea><br>'
          'แนบเอกสาร <input type="file" name="att"><br><button>ยื่นคำร้อง</button></form>'
          '<p>หรือใช้แอปพลิเคชัน <a href="https://smartvote.ect.go.th/">Smart Vote</a></p>'
          f'<p>{a(f("service-69"), "สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>')
    write("/complaint/", "แจ้งเบาะแส / ร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ร้องเรียนเจ้าหน้าที่ของสำนักงานฯ ที่ทุจริตหรือประพฤติมิชอบ หรือแจ้งเบาะแสการทุจริตการเลือกตั้ง ข้อมูลผู้แจ้งเป็นความลับ</p>"
          '<form action="/complaint/send/" method="post">ชื่อผู้ร้อง (ไม่ระบุได้) <input name="name"><br>'
          'โทรศัพท์ <input name="tel"><br>ผู้ถูกร้อง/เรื่อง <input name="subject"><br>รายละเอียด <textarea name="detail"></textarea><br>'
          'หลักฐาน <input type="file" name="file"><br><button>ส่งเรื่อง</button></form>'
          f'<p>หรือโทร 0 5652 7741 ต่อ 105 สายด่วน 1444 · {a(f("complaint-guide"), "แนวทางการจัดการเรื่องร้องเรียน")}</p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานฯ เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    # elections
    write("/election/", "การเลือกตั้ง",
          '<ul><li><a href="/election/pao-2569/">การเลือกตั้งนายก อบจ. และ ส.อบจ. 2569</a></li>'
          '<li><a href="/election/local/">การเลือกตั้งท้องถิ่น (เลือกตั้งแทนตำแหน่งที่ว่าง)</a></li>'
          '<li><a href="/election/party/">สาขาพรรคการเมืองในจังหวัด</a></li>'
          '<li><a href="/election/democracy/">ศส.ปชต.</a></li></ul>')
    write("/election/pao-2569/", "การเลือกตั้งนายก อบจ. และสมาชิกสภา อบจ.อุทัยธานี 2569",
          "<p>วันเลือกตั้ง วันอาทิตย์ที่ 1 กุมภาพันธ์ 2569 เวลา 08.00 - 17.00 น. เขตเลือกตั้ง 24 เขต ที่เลือกตั้ง 612 หน่วย</p>"
          f'<p>{a(f("election-result-69"), "รายงานผลการเลือกตั้ง")}</p>')
    write("/election/local/", "การเลือกตั้งท้องถิ่น",
          "<p>ปฏิทินการเลือกตั้งแทนตำแหน่งที่ว่าง ปี 2569 : ยังไม่มีตำแหน่งว่าง (ข้อมูล ณ 31 มีนาคม 2569)</p>")
    write("/election/party/", "สาขาพรรคการเมืองในจังหวัดอุทัยธานี",
          "<p>สาขาพรรคการเมืองประจำจังหวัด 3 สาขา ตัวแทนพรรคการเมืองประจำจังหวัด 5 พรรค</p>")
    write("/election/democracy/", "ศูนย์ส่งเสริมพัฒนาประชาธิปไตย (ศส.ปชต.)",
          "<p>ศส.ปชต. ตำบล 63 แห่ง และในสถานศึกษา 42 แห่ง</p>")
    # procurement
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "ดาวน์โหลด")}</td></tr>'
                   for k in months)
    write("/procurement/", "สรุปผลการดำเนินการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศ / รายงาน</h2><ul><li>{a(f("print-plan"), ROWS["print-plan"][0])}</li>'
          f'<li>{a(f("proc-year-68"), ROWS["proc-year-68"][0])}</li></ul>')
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "เอกสารดาวน์โหลด", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"เอกสารดาวน์โหลด : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ปี 2569</a></li><li><a href="/ita/2568/">ITA ปี 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2568", ita_table(ITA_2568))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("ect-logo.png", "director.png", "person.png", "chart.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for ext in ("pdf", "docx", "xlsx", "doc", "xls"):
        with open(os.path.join(HERE, "assets", f"ico-{ext}.gif"), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "ect.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#topbar{background:#123a7a;color:#fff;padding:3px}"
                 "#header{background:#1d4f9e;color:#fff;padding:8px}#nav li{display:inline;margin:0 5px}"
                 "#container{display:flex}#sidebar{width:210px}#content{flex:1;padding:8px}"
                 ".widget{border:1px solid #cfd8e6;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aab;padding:3px}#footer{background:#e8edf5;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
