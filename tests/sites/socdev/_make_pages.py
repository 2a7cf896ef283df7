"""Generate the HTML pages of the "socdev" test site (สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์
จังหวัดภูผาทอง, invented).

Run:  python tests/sites/socdev/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial office on the ministry's shared template: a top bar with the 1300 hotline, a menu,
a right-hand column (the head of office, quick links, the office's units in the province, a visitor
counter) and a footer on every page; pages are folder/index.html.  Documents are listed by category
(/download/<cat>/), the monthly procurement summaries on /procurement/, news under /news/ (two
pages).  The ITA page /ita/2569/ is a table of o1 … o26 in the office's own short wording whose
links go to files, pages or category lists; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดภูผาทอง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนงาน/แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "บริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
MISSING_SIZE = "688.2 KB"
OLD_DEAD = "/files/29877.pdf"  # last year's risk assessment 2568: deleted when the server was moved


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt, thai: bool = True) -> str:
    s = f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"
    return s.translate(THAI) if thai else s


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str = "คลิก") -> str:
    return f'<a href="{href if href.startswith("/") else f(href)}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวกิจกรรม", "/news/"), ("งานบริการ", "/services/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("กระดานถาม-ตอบ", "/webboard/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="topbar">กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ · ศูนย์ช่วยเหลือสังคม สายด่วน ๑๓๐๐ (ตลอด ๒๔ ชั่วโมง)</div>
<div id="header"><img src="/assets/logo.png" alt="ตรากระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์" width="70" height="70">
<span class="name">{ORG}</span><br><small>Phu Pha Thong Provincial Social Development and Human Security Office</small></div>
<ul id="nav">
{menu}
</ul>
<div id="content"><div id="main">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="aside">
<div class="widget"><img src="/assets/head.png" alt="หัวหน้าส่วนราชการ" width="90" height="110"><br>
<b>นางวรรณวิไล ศรีประเสริฐ</b><br>พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดภูผาทอง</div>
<div class="widget"><b>ลิงก์ด่วน</b><br><a href="/ita/2569/">ITA ๒๕๖๙</a><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/eservice/">ขอรับความช่วยเหลือออนไลน์</a><br>
<a href="/download/manual/">คู่มือประชาชน</a><br><a href="https://www.m-society.go.th/">กระทรวง พม.</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="widget"><b>ทีม พม.หนึ่งเดียว จังหวัดภูผาทอง</b><br><a href="/links/">หน่วยงาน พม. ในจังหวัด</a></div>
<div class="widget">ผู้เยี่ยมชม ๒๑๔,๓๐๗ ครั้ง</div>
</div></div>
<div id="footer">{ORG} ศาลากลางจังหวัดภูผาทอง ชั้น ๓ ถนนราชธานี ตำบลในเมือง อำเภอเมืองภูผาทอง จังหวัดภูผาทอง ๙๙๑๑๐<br>
โทรศัพท์ ๐ ๔๔๙๙ ๑๒๐๕ โทรสาร ๐ ๔๔๙๙ ๑๒๐๖ อีเมล phuphathong@pmj-phuphathong.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© ๒๕๖๕ {ORG}</div>
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
                    f'<td><img src="/assets/{ext}.gif" alt="{ext}"> {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ขนาด</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if not k.startswith("proc-20") and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (561, (2026, 4, 2), "พมจ.ภูผาทอง มอบเงินสงเคราะห์ครอบครัวผู้มีรายได้น้อย อำเภอนาหินกอง",
     ["วันที่ 2 เมษายน 2569 พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดภูผาทอง มอบเงินสงเคราะห์ครอบครัวผู้มีรายได้น้อย "
      "จำนวน 42 ครอบครัว ครอบครัวละ 3,000 บาท ณ ที่ว่าการอำเภอนาหินกอง"]),
    (557, (2026, 3, 20), "ทีม พม.หนึ่งเดียว ลงพื้นที่ช่วยเหลือผู้สูงอายุที่อยู่ลำพัง ตำบลห้วยทรายคำ",
     ["ทีม พม.หนึ่งเดียวจังหวัดภูผาทอง ร่วมกับ อพม. ลงพื้นที่เยี่ยมผู้สูงอายุที่อยู่ลำพัง 6 ราย "
      "มอบถุงยังชีพและประสานปรับสภาพที่อยู่อาศัย"]),
    (552, (2026, 3, 4), "สรุปผลเวทีรับฟังความคิดเห็นเพื่อจัดทำแผนพัฒนาคุณภาพชีวิตผู้สูงอายุจังหวัดภูผาทอง",
     ["เมื่อวันที่ 17 กุมภาพันธ์ 2569 สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดภูผาทอง จัดเวทีรับฟังความคิดเห็น "
      "เปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการจัดทำแผนพัฒนาคุณภาพชีวิตผู้สูงอายุ มีผู้เข้าร่วม 134 คน",
      "ผู้เข้าร่วมเสนอให้ขยายศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุ และจัดทำทะเบียนผู้สูงอายุที่อยู่ลำพังร่วมกับ อปท. "
      "ซึ่งสำนักงานได้นำไปบรรจุในแผนการดำเนินงานไตรมาสที่ 3",
      '<a href="{participation}">รายงานผลการมีส่วนร่วม (ดาวน์โหลด)</a>']),
    (548, (2026, 2, 3), "ขอเชิญร่วมเวทีรับฟังความคิดเห็น แผนพัฒนาคุณภาพชีวิตผู้สูงอายุ 17 กุมภาพันธ์ 2569",
     ["ขอเชิญผู้แทนชมรมผู้สูงอายุ อพม. และผู้สนใจ ร่วมเวทีรับฟังความคิดเห็น วันที่ 17 กุมภาพันธ์ 2569 เวลา 09.00 น.",
      '<a href="{invite}">หนังสือเชิญ</a>']),
    (543, (2026, 1, 23), "โครงการเสริมสร้างวัฒนธรรมองค์กรสุจริตและขับเคลื่อนจริยธรรม ประจำปีงบประมาณ 2569",
     ["วันที่ 22 มกราคม 2569 สำนักงานจัดอบรมบุคลากรเพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือนและข้อกำหนดจริยธรรม "
      "สำนักงานปลัดกระทรวงฯ ทบทวน Do's & Don'ts และกรณีศึกษาการรับของขวัญ มีผู้เข้าร่วม 25 คน จากบุคลากรทั้งหมด 27 คน"]),
    (539, (2026, 1, 10), "กิจกรรมวันเด็กแห่งชาติ ประจำปี 2569",
     ["ร่วมกับบ้านพักเด็กและครอบครัวจังหวัดภูผาทอง จัดกิจกรรมวันเด็ก ณ ลานหน้าศาลากลางจังหวัด"]),
    (533, (2025, 12, 12), "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป ตำแหน่งนักพัฒนาสังคม",
     ["รับสมัครระหว่างวันที่ 15 - 23 ธันวาคม 2568 ณ ฝ่ายบริหารทั่วไป ชั้น 3 ศาลากลางจังหวัดภูผาทอง"]),
    (528, (2025, 11, 26), "รณรงค์ยุติความรุนแรงต่อเด็ก สตรี และความรุนแรงในครอบครัว ประจำปี 2568",
     ["เดือนพฤศจิกายน เดือนแห่งการรณรงค์ยุติความรุนแรงต่อเด็กและสตรี ขบวนรณรงค์ริบบิ้นขาว ผู้เข้าร่วม 300 คน"]),
    (521, (2025, 10, 30), "ประชุมทีม พม.หนึ่งเดียวจังหวัดภูผาทอง ครั้งที่ 1/2569",
     ["ประชุมหัวหน้าหน่วยงาน พม. ในจังหวัด 6 หน่วยงาน เพื่อวางแผนการขับเคลื่อนงานปีงบประมาณ 2569"]),
    (516, (2025, 10, 10), "ผู้บริหารประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2569",
     ["วันที่ 9 ตุลาคม 2568 พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดภูผาทอง ประกาศเจตจำนงสุจริตต่อหน้าบุคลากรทุกคน",
      '<a href="{will}">ประกาศเจตจำนงสุจริต</a>']),
    # FY2568, on page 2
    (498, (2025, 9, 18), "มอบกายอุปกรณ์แก่คนพิการ อำเภอเมืองภูผาทอง",
     ["มอบรถเข็นและไม้เท้า 24 ชุด แก่คนพิการที่ลงทะเบียนไว้"]),
    (487, (2025, 7, 1), "ประชุมคณะอนุกรรมการส่งเสริมการจัดสวัสดิการสังคมจังหวัด ครั้งที่ 2/2568",
     ["พิจารณาการขึ้นทะเบียนองค์กรสวัสดิการชุมชน 5 องค์กร"]),
    (472, (2025, 4, 9), "วันผู้สูงอายุแห่งชาติ 13 เมษายน 2568",
     ["จัดกิจกรรมรดน้ำขอพรผู้สูงอายุ ณ ศูนย์พัฒนาคุณภาพชีวิตผู้สูงอายุ"]),
    (466, (2025, 2, 21), "สรุปผลเวทีประชุมเครือข่าย อพม. ประจำปี 2568",
     ["เวทีแลกเปลี่ยนเรียนรู้ของอาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์ 8 อำเภอ ผู้เข้าร่วม 210 คน"]),
    (455, (2024, 12, 3), "วันคนพิการสากล 3 ธันวาคม 2567",
     ["ร่วมกับสมาคมคนพิการจังหวัดภูผาทองจัดนิทรรศการและมอบทุนประกอบอาชีพ"]),
    (449, (2024, 11, 20), "ประกาศใช้แผนปฏิบัติราชการ ประจำปีงบประมาณ 2568",
     ['แจ้งเวียนแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568 ให้บุคลากรถือปฏิบัติ <a href="{opplan}">รายละเอียด</a>']),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"participation": f("participation-69"), "invite": f("forum-invite"), "will": f("will-69"),
             "opplan": f("opplan-68")}
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title,
              f'<p class="meta">โพสต์เมื่อ {be(date(y, m, day))} · โดย ฝ่ายบริหารทั่วไป</p>'
              f'<img src="/assets/photo.png" alt="ภาพกิจกรรม" width="160" height="100">{body}'
              '<p><a href="/news/">« ข่าวกิจกรรมทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>{be(date(*n[1]))}</span></li>'
                          for n in chunk)
        pager = ('<p class="pager">หน้า <b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">ถัดไป</a></p>'
                 if p == 1 else '<p class="pager">หน้า <a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวกิจกรรม / ข่าวประชาสัมพันธ์",
              f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # (ข้อ, heading, [(link text, href or row key)]); a group row has None
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", None),
    ("o1", "โครงสร้างและอำนาจหน้าที่ พมจ.", [("แผนภูมิโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ทำเนียบผู้บริหาร", "/about/executives/")]),
    ("o3", "ช่องทางติดต่อ และ Q&A", [("ติดต่อเรา", "/contact/"), ("กระดานถาม-ตอบ", "/webboard/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวกิจกรรม", "/news/")]),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ พมจ.ภูผาทอง", "strategy-64-68")]),
    ("o6", "แผนปฏิบัติราชการและแผนการใช้จ่ายงบประมาณ ปี 2569",
     [("แผนปฏิบัติราชการ 2569", "opplan-68"), ("แผนการใช้จ่ายงบประมาณ 2569", "spend-69")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือ SOP", "sop")]),
    ("o9", "คู่มือการให้บริการประชาชน", [("คู่มือสำหรับประชาชน", "citizen"), ("งานบริการ", "/services/")]),
    ("o10", "E-Service", [("ขอรับความช่วยเหลือออนไลน์", "/eservice/"), ("สถิติการให้บริการ", "stats-68h1")]),
    ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1", "/procurement/")]),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานปี 2568", "proc-year-68")]),
    ("o13", "หลักเกณฑ์และแผนบริหารทรัพยากรบุคคล", [("บริหารงานบุคคล", "/download/hr/")]),
    ("o14", "รายงานผลการบริหารทรัพยากรบุคคล", [("บริหารงานบุคคล", "/download/hr/")]),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมขับเคลื่อนจริยธรรม", "/news/543/")]),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", [("แนวปฏิบัติ", "complaint-guide")]),
    ("o17", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("สถิติเรื่องร้องเรียน", "complaint-68")]),
    ("o19", "การมีส่วนร่วม", [("เวทีรับฟังความคิดเห็น", "/news/552/")]),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", None),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", "nogift-67"), ("รายงานการรับของขวัญ", "gift-report-68")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ผลการประเมินความเสี่ยง", "risk-69")]),
    ("o22", "รายงานผลการบริหารความเสี่ยง", [("รายงานผล ปี 2568", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต 2569", "anti-plan-69")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงานผล 2568", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนาองค์กร", [("มาตรการส่งเสริมคุณธรรมฯ", "ita-analysis-67")]),
    ("o26", "รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส", [("รายงานผล 2568", "integrity-report-68")]),
]
ITA_2568 = [
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ 2564-2568", "strategy-64-68")]),
    ("o6", "แผนปฏิบัติราชการ ปี 2568", [("แผนปฏิบัติราชการ 2568", "opplan-68")]),
    ("o11", "สขร.1", [("สขร. ก.ย. 2568", "proc-2025-09")]),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", "nogift-67")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต ปี 2568", [("ประเมินความเสี่ยง 2568", OLD_DEAD)]),
    ("o25", "การวิเคราะห์ผล ITA 2567 และมาตรการส่งเสริมคุณธรรม", [("วิเคราะห์ผล ITA", "ita-analysis-67")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ประเด็น</th><th>ลิงก์ข้อมูล</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = " | ".join(a(h, t) for t, h in links)
        out.append(f"<tr><td>{code.upper()}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def about_pages() -> None:
    write("/about/history/", "ประวัติหน่วยงาน",
          "<p>สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดภูผาทอง เป็นราชการบริหารส่วนภูมิภาค สังกัดสำนักงานปลัดกระทรวง"
          "การพัฒนาสังคมและความมั่นคงของมนุษย์ จัดตั้งขึ้นตามพระราชบัญญัติปรับปรุงกระทรวง ทบวง กรม พ.ศ. 2545 "
          "ตั้งอยู่ที่ศาลากลางจังหวัดภูผาทอง ชั้น 3</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a> · <a href="/about/staff/">บุคลากร</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : สังคมภูผาทองคุณภาพ ทุกช่วงวัยมีความมั่นคงในชีวิต</p>"
          "<ol><li>ส่งเสริมการพัฒนาสังคมและสวัสดิการสังคมในระดับจังหวัด</li><li>คุ้มครองและพิทักษ์สิทธิกลุ่มเปราะบาง</li>"
          "<li>บูรณาการทีม พม.หนึ่งเดียวและภาคีเครือข่าย</li></ol>")
    write("/about/structure/", "แผนภูมิโครงสร้างสำนักงาน",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้าง พมจ.ภูผาทอง" width="200" height="120">'
          "<ul><li>พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดภูผาทอง (หัวหน้าส่วนราชการ)<ul>"
          "<li>ฝ่ายบริหารทั่วไป<ul><li>งานสารบรรณและธุรการ</li><li>งานการเงิน บัญชี และพัสดุ</li><li>งานบริหารบุคคล</li></ul></li>"
          "<li>กลุ่มนโยบายและวิชาการ<ul><li>งานยุทธศาสตร์และแผนงาน</li><li>งานข้อมูลสารสนเทศและเครือข่าย อพม.</li></ul></li>"
          "<li>กลุ่มการพัฒนาสังคมและสวัสดิการ<ul><li>ศูนย์ช่วยเหลือสังคม</li><li>งานคุ้มครองและพิทักษ์สิทธิ</li>"
          "<li>งานส่งเสริมและสนับสนุนวิชาการ</li></ul></li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ "
          "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดมีอำนาจหน้าที่โดยสรุป ดังนี้</p><ol>"
          "<li>จัดทำยุทธศาสตร์และแผนการพัฒนาสังคมและความมั่นคงของมนุษย์ในระดับจังหวัด</li>"
          "<li>ศึกษา วิเคราะห์ และจัดทำข้อมูลสถานการณ์ทางสังคมของจังหวัด</li>"
          "<li>ส่งเสริม สนับสนุน และประสานการจัดสวัสดิการสังคมและการพัฒนาสังคมในจังหวัด</li>"
          "<li>ให้ความช่วยเหลือ คุ้มครอง และพิทักษ์สิทธิเด็ก สตรี ครอบครัว ผู้สูงอายุ คนพิการ และผู้ด้อยโอกาส</li>"
          "<li>ส่งเสริมและสนับสนุนเครือข่ายอาสาสมัครและองค์กรสวัสดิการชุมชน</li>"
          "<li>กำกับ ดูแล ติดตาม และประเมินผลการดำเนินงานตามกฎหมายในความรับผิดชอบของกระทรวง</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    execs = [("นางวรรณวิไล ศรีประเสริฐ", "พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดภูผาทอง", "08 1774 2093"),
             ("นายธนกร มีสุขเจริญ", "หัวหน้าฝ่ายบริหารทั่วไป", "0 4499 1205 ต่อ 101"),
             ("นางสาวปิยะนุช แสงอรุณ", "หัวหน้ากลุ่มนโยบายและวิชาการ", "0 4499 1205 ต่อ 102"),
             ("นายเกียรติศักดิ์ บุญมาวงศ์", "หัวหน้ากลุ่มการพัฒนาสังคมและสวัสดิการ", "0 4499 1205 ต่อ 103")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="80" height="100"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "ทำเนียบผู้บริหาร", cards)
    write("/about/staff/", "บุคลากร",
          "<h2>ฝ่ายบริหารทั่วไป</h2><p>นางสาวสุดารัตน์ พลอยงาม เจ้าพนักงานธุรการชำนาญงาน · นายวิทยา ก้อนคำ นักวิชาการเงินและบัญชี</p>"
          "<h2>กลุ่มนโยบายและวิชาการ</h2><p>นายภาณุพงศ์ ศรีวิไล นักพัฒนาสังคมชำนาญการ</p>"
          "<h2>กลุ่มการพัฒนาสังคมและสวัสดิการ</h2><p>นางสาวกมลชนก อินทร์แก้ว นักพัฒนาสังคมปฏิบัติการ · "
          "นางอรอุมา ทองดี นักสังคมสงเคราะห์ชำนาญการ</p>")


def service_pages() -> None:
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>ศาลากลางจังหวัดภูผาทอง ชั้น 3 ถนนราชธานี ตำบลในเมือง อำเภอเมืองภูผาทอง จังหวัดภูผาทอง 99110</p>"
          "<p>โทรศัพท์ 0 4499 1205 โทรสาร 0 4499 1206<br>อีเมล phuphathong@pmj-phuphathong.go.th<br>"
          "ศูนย์ช่วยเหลือสังคม สายด่วน 1300 (24 ชั่วโมง)<br>"
          'Facebook : <a href="https://www.facebook.com/pmj.phuphathong">พมจ.ภูผาทอง</a></p>'
          "<p>เวลาราชการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.9071,102.4410">แผนที่ (Google Maps)</a></p>'
          '<p>มีข้อสงสัย ถามได้ที่ <a href="/webboard/">กระดานถาม-ตอบ</a></p>')
    threads = [(15, "ลงทะเบียนเงินอุดหนุนเด็กแรกเกิด ต้องไปที่ไหนคะ", "คุณแม่มือใหม่", "18 มี.ค. 2569",
                "ลงทะเบียนได้ที่ อบต./เทศบาลที่ท่านมีภูมิลำเนา หรือที่สำนักงาน ชั้น 3 ศาลากลางจังหวัด ในวันเวลาราชการค่ะ (admin)"),
               (14, "พบผู้สูงอายุอยู่คนเดียวไม่มีคนดูแล แจ้งได้ที่ไหน", "ชาวบ้านหนองบัว", "2 ก.พ. 2569",
                "แจ้งได้ที่สายด่วน 1300 หรือโทร 0 4499 1205 ทีม พม.หนึ่งเดียวจะลงพื้นที่ภายใน 3 วันทำการ (admin)")]
    items = "".join(f'<li><a href="/webboard/{t}/">{esc(q)}</a> โดย {esc(who)} {when} (ตอบแล้ว)</li>'
                    for t, q, who, when, _ans in threads)
    write("/webboard/", "กระดานถาม-ตอบ (Q&A)",
          f'<ul class="board">{items}</ul><form action="/webboard/post/" method="post"><h2>ตั้งกระทู้ถาม</h2>'
          'หัวข้อ <input name="topic"><br>ข้อความ <textarea name="msg"></textarea><br>ชื่อผู้ถาม <input name="by"><br>'
          '<button>ส่งคำถาม</button></form>')
    for t, q, who, when, ans in threads:
        write(f"/webboard/{t}/", q, f"<p><b>ถาม</b> : {esc(q)}<br><small>{esc(who)} · {when}</small></p>"
              f"<p><b>ตอบ</b> : {esc(ans)}</p><p><a href=\"/webboard/\">« กลับกระดานถาม-ตอบ</a></p>")
    write("/services/", "งานบริการของสำนักงาน",
          "<ul><li>เงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด</li><li>เงินสงเคราะห์ครอบครัวผู้มีรายได้น้อยและผู้ไร้ที่พึ่ง</li>"
          "<li>ศูนย์ช่วยเหลือสังคม สายด่วน 1300</li><li>การขึ้นทะเบียนองค์กรสวัสดิการชุมชน / องค์กรสาธารณประโยชน์</li></ul>"
          f"<p>{a('citizen', 'ดาวน์โหลดคู่มือสำหรับประชาชน (.doc)')}</p>")
    write("/eservice/", "ขอรับความช่วยเหลือออนไลน์ (E-Service)",
          "<p>ผู้ประสบปัญหาทางสังคมหรือผู้พบเห็น สามารถยื่นคำร้องขอรับความช่วยเหลือได้ทางออนไลน์ เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSfPmjPhuPhaThongHelp/formResponse" method="post">'
          '<h2>แบบคำร้องขอรับความช่วยเหลือ</h2>ชื่อ-สกุล <input name="entry.11"><br>โทรศัพท์ <input name="entry.12"><br>'
          'ที่อยู่ <input name="entry.13"><br>ประเภทความช่วยเหลือ <select name="entry.14"><option>เงินสงเคราะห์</option>'
          '<option>ผู้สูงอายุ/คนพิการ</option><option>เด็กและครอบครัว</option><option>อื่น ๆ</option></select><br>'
          'รายละเอียด <textarea name="entry.15"></textarea><br><button>ส่งคำร้อง</button></form>'
          f'<p>{a("stats-68h1", "สถิติการให้บริการ (รอบ 6 เดือน)")}</p>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนเรื่องทั่วไปได้ที่ศูนย์ช่วยเหลือสังคม สายด่วน 1300 หรือ โทร 0 4499 1205</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a("complaint-guide", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลของผู้แจ้งจะเก็บเป็นความลับ ท่านไม่จำเป็นต้องระบุชื่อ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้แจ้ง (ไม่บังคับ) <input name="name"><br>'
          'ช่องทางติดต่อกลับ <input name="contact"><br>ผู้ถูกร้องเรียน/หน่วยงาน <input name="who"><br>'
          'รายละเอียดพฤติการณ์ <textarea name="detail"></textarea><br>ไฟล์หลักฐาน <input type="file" name="proof"><br>'
          '<button>ส่งเรื่อง</button></form>'
          '<p>ช่องทางอื่น : <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · '
          '<a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a> · ศูนย์ดำรงธรรมจังหวัดภูผาทอง โทร 1567</p>')
    write("/links/", "หน่วยงาน พม. ในจังหวัดภูผาทอง (ทีม พม.หนึ่งเดียว)",
          "<ul><li>บ้านพักเด็กและครอบครัวจังหวัดภูผาทอง</li><li>ศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดภูผาทอง</li>"
          "<li>ศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุภูผาทอง</li><li>สำนักงานส่งเสริมและสนับสนุนวิชาการ (เขต)</li>"
          "<li>สำนักงานพัฒนาชุมชนเมือง (การเคหะแห่งชาติ) สาขาภูผาทอง</li></ul>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลของผู้รับบริการเท่าที่จำเป็น ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")


def document_pages() -> None:
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(k, "PDF")}</td></tr>'
                   for k in months)
    write("/procurement/", "ข้อมูลจัดซื้อจัดจ้าง",
          "<h2>สรุปผลการดำเนินการจัดซื้อจัดจ้าง (แบบ สขร.1)</h2>"
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่ลง</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศ / รายงาน</h2><ul><li>{a("print-notice", ROWS["print-notice"][0])}</li>'
          f'<li>{a("proc-year-68", ROWS["proc-year-68"][0])}</li></ul>')
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลดเอกสาร : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปีงบประมาณ พ.ศ. 2569</a></li>'
          '<li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568", ita_table(ITA_2568))


def home() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          f'<h2>ข่าวกิจกรรม</h2><ul class="news">{latest}</ul><p><a href="/news/">ข่าวทั้งหมด</a></p>'
          '<h2>บริการประชาชน</h2><p><a href="/eservice/">ขอรับความช่วยเหลือออนไลน์</a> · <a href="/services/">งานบริการ</a> · '
          '<a href="/procurement/">จัดซื้อจัดจ้าง</a> · <a href="/ita/2569/">ITA 2569</a></p>')


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "head.png", "person.png", "chart.png", "photo.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#topbar{background:#6a1b9a;color:#fff;padding:3px}"
                 "#nav li{display:inline;margin:0 5px}#content{display:flex}#main{flex:1;padding:8px}#aside{width:230px}"
                 ".widget{border:1px solid #ddd;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #bbb;padding:3px}#footer{background:#f1e8f7;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    home()
    about_pages()
    service_pages()
    document_pages()
    news_pages()


if __name__ == "__main__":
    main()
