"""Generate the HTML pages of the "provhealth2" test site (สำนักงานสาธารณสุขจังหวัดภูหลวงธานี, invented).

Run:  python tests/sites/provhealth2/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial public health office on the ministry's common template: a top bar, a banner, a menu, a
right-hand column (the chief medical officer, hotline, links to the ministry and the health region,
ITA years, a visitor counter) and a footer on every page; pages are folder/index.html.  Documents
are listed in a download section by category (/download/<cat>/), the monthly procurement summaries
on /procurement/monthly/, news under /news/ (two pages), the work groups under /units/<slug>/.
The ITA page /ita/2569/ is a table of o1 … o26 in the office's own short wording whose links go to
files, pages or category lists; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, TH_MONTHS, name  # noqa: E402

ORG = "สำนักงานสาธารณสุขจังหวัดภูหลวงธานี"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน / ยุทธศาสตร์", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ / แนวปฏิบัติ",
        "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "บริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรม จริยธรรม และความโปร่งใส", "general": "เอกสารทั่วไป"}
HIDDEN = {"ita-analysis-67"}  # linked only from the ITA pages, not from the download lists
DEAD_GUIDE = "/files/39982.pdf"  # the complaint guideline's first upload (2564), deleted when replaced
MISSING_SIZE = "1.2 MB"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str = "คลิก") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับ สสจ.", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("กลุ่มงาน", "/units/"), ("ข่าวประชาสัมพันธ์", "/news/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"), ("บริการประชาชน", "/service/"),
        ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"),
        ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/moph.css"></head>
<body>
<div id="topbar">กระทรวงสาธารณสุข · สำนักงานปลัดกระทรวงสาธารณสุข · เขตสุขภาพที่ 8 | สายด่วน ๑๔๒๒ | ขนาดตัวอักษร ก- ก ก+</div>
<div id="banner"><img src="/assets/moph-logo.png" alt="ตรากระทรวงสาธารณสุข" width="70" height="70">
<span class="org">{ORG}</span><br><span class="en">Phu Luang Thani Provincial Public Health Office</span></div>
<ul id="nav">
{menu}
</ul>
<div id="content"><div id="main">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="aside">
<div class="widget"><img src="/assets/chief.png" alt="นายแพทย์สาธารณสุขจังหวัด" width="90" height="110"><br>
นายแพทย์ธีรวัฒน์ ศรีวรรณา<br>นายแพทย์สาธารณสุขจังหวัดภูหลวงธานี</div>
<div class="widget"><b>ลิงก์หน่วยงาน</b><br><a href="https://www.moph.go.th/">กระทรวงสาธารณสุข</a><br>
<a href="https://spd.moph.go.th/">กองยุทธศาสตร์และแผนงาน</a><br><a href="https://www.fda.moph.go.th/">สำนักงาน อย.</a><br>
<a href="/units/consumer/">งานคุ้มครองผู้บริโภค</a></div>
<div class="widget"><b>ITA</b><br><a href="/ita/2569/">OIT ปี ๒๕๖๙</a><br><a href="/ita/2568/">OIT ปี ๒๕๖๘</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a></div>
<div class="widget">ผู้เข้าชมวันนี้ ๒๑๔ · ทั้งหมด ๑,๐๘๔,๓๒๗</div>
</div></div>
<div id="footer">{ORG} ศาลากลางจังหวัดภูหลวงธานี (หลังเดิม) ถนนศรีภูหลวง ตำบลในเมือง อำเภอเมืองภูหลวงธานี จังหวัดภูหลวงธานี 48190<br>
โทรศัพท์ 0 4281 5520 โทรสาร 0 4281 5529 อีเมล saraban@phuluang-health.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© ๒๕๖๕ กลุ่มงานสุขภาพดิจิทัล {ORG}</div>
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
    keys = [k for k in ROWS if k not in HIDDEN and not k.startswith("proc-20")
            and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (2291, (2026, 4, 3), "สสจ.ภูหลวงธานี รณรงค์ป้องกันโรคไข้เลือดออกก่อนฤดูฝน ปี 2569",
     ["วันที่ 3 เมษายน 2569 กลุ่มงานควบคุมโรคติดต่อ ร่วมกับ อสม. 1,200 คน รณรงค์กำจัดลูกน้ำยุงลายใน 9 อำเภอ"]),
    (2284, (2026, 3, 4), "สสจ.ภูหลวงธานี จัดประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ประจำปีงบประมาณ 2569",
     ["วันที่ 24 กุมภาพันธ์ 2569 สำนักงานสาธารณสุขจังหวัดภูหลวงธานี เปิดโอกาสให้ผู้มีส่วนได้ส่วนเสีย ได้แก่ ผู้แทน อบจ. "
      "อสม. ผู้ประกอบการสถานพยาบาลเอกชน และผู้แทนผู้บริโภค รวม 68 คน ร่วมแสดงความคิดเห็นต่อการจัดบริการสุขภาพและการออกใบอนุญาต",
      "ผลการรับฟัง : ขยายระบบนัดหมายยื่นคำขอใบอนุญาตออนไลน์ภายในเดือนเมษายน 2569 และเปิด LINE OA แจ้งเตือนโรคระบาด",
      '<a href="{hearing}">สรุปผลการประชุมรับฟังความคิดเห็น (ฉบับเต็ม)</a>']),
    (2277, (2026, 2, 10), "ขอเชิญประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย 24 กุมภาพันธ์ 2569",
     ["ขอเชิญผู้มีส่วนได้ส่วนเสียร่วมประชุม ณ ห้องประชุมพญาแถน ชั้น 3", '<a href="{invite}">หนังสือเชิญ</a>']),
    (2269, (2026, 1, 20), "เผยแพร่รายงานประจำปี สำนักงานสาธารณสุขจังหวัดภูหลวงธานี",
     ["กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข ขอเผยแพร่รายงานประจำปีของสำนักงาน ผู้สนใจดาวน์โหลดได้ที่ลิงก์ด้านล่าง",
      '<a href="{annual}">ดาวน์โหลดรายงานประจำปี</a>']),
    (2258, (2025, 12, 9), "สสจ.ภูหลวงธานี จัดกิจกรรมวันต่อต้านคอร์รัปชันสากล และขับเคลื่อนประมวลจริยธรรม ปี 2569",
     ["วันที่ 9 ธันวาคม 2568 นายแพทย์สาธารณสุขจังหวัดภูหลวงธานี นำบุคลากร 131 คน ประกาศเจตนารมณ์ต่อต้านการทุจริต "
      "และจัดบรรยายเรื่องการขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือน Do's & Don'ts และการป้องกันผลประโยชน์ทับซ้อน",
      "พร้อมมอบเกียรติบัตรบุคลากรต้นแบบด้านคุณธรรม จริยธรรม ประจำปี 2569 จำนวน 5 คน",
      '<a href="{ethics}">ประมวลจริยธรรมและข้อกำหนดจริยธรรม</a>']),
    (2251, (2025, 11, 18), "สสจ.ภูหลวงธานี ผ่านการประเมิน ITA ประจำปี 2568 ด้วยคะแนน 92.36",
     ["ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปี พ.ศ. 2568 สำนักงานได้คะแนน 92.36 ระดับผ่านดี "
      "ขอขอบคุณบุคลากรทุกคนที่ร่วมกันขับเคลื่อน"]),
    (2243, (2025, 11, 3), "แต่งตั้งคณะทำงานขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ 2569",
     ['<a href="{order}">คำสั่งแต่งตั้งคณะทำงาน</a>']),
    (2236, (2025, 10, 21), "ประชุมคณะกรรมการวางแผนและประเมินผล (กวป.) ครั้งที่ 1/2569",
     ["ชี้แจงนโยบายปลัดกระทรวงสาธารณสุข ปีงบประมาณ 2569 และตัวชี้วัดตรวจราชการ แก่ผู้อำนวยการโรงพยาบาลและสาธารณสุขอำเภอ"]),
    (2229, (2025, 10, 16), "ประกาศแผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ 2569",
     ['<a href="{hrplan}">แผนการบริหารและพัฒนาทรัพยากรบุคคล 2569</a>']),
    (2220, (2025, 10, 6), "ร่วมพิธีวันคล้ายวันสวรรคต สมเด็จพระมหิตลาธิเบศร อดุลยเดชวิกรม พระบรมราชชนก",
     ["บุคลากร สสจ.ภูหลวงธานี ร่วมพิธีวางพวงมาลา วันมหิดล 24 กันยายน ณ ศาลากลางจังหวัด"]),
    # FY2568 and older, on page 2
    (2188, (2025, 8, 20), "ตรวจเฝ้าระวังร้านขายยาเขตเมือง ปี 2568", ["ตรวจร้านขายยา 38 แห่ง ไม่พบการขายยาอันตรายโดยไม่มีเภสัชกร"]),
    (2160, (2025, 3, 6), "สรุปผลการประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ปี 2568",
     ["วันที่ 27 กุมภาพันธ์ 2568 มีผู้เข้าร่วม 54 คน เสนอให้เพิ่มจุดตรวจคัดกรองเบาหวานในชุมชน"]),
    (2133, (2024, 12, 10), "ประชุมชี้แจงการจัดทำแผนปฏิบัติราชการ ปีงบประมาณ 2568", ["ชี้แจงกลุ่มงานและอำเภอ 9 แห่ง"]),
    (1987, (2023, 10, 3), "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
     ["นายแพทย์สาธารณสุขจังหวัดภูหลวงธานี ประกาศนโยบาย No Gift Policy ขอความร่วมมือผู้มาติดต่องดให้ของขวัญ",
      '<a href="{nogift}">ประกาศ No Gift Policy</a>']),
]
PER_PAGE = 10


def news_links() -> dict[str, str]:
    return {"hearing": f("hearing-report-69"), "invite": f("invite-hearing"), "annual": f("annual-67"),
            "ethics": f("ethics"), "order": f("ita-order-69"), "hrplan": f("hr-plan-69"), "nogift": f("no-gift-67")}


def news_pages() -> None:
    links = news_links()
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(y, m, day))} โดย กลุ่มงานสุขภาพดิจิทัล</p>'
              f'{body}<p><a href="/news/">« ข่าวทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>{be(date(*n[1]))}</span></li>' for n in chunk)
        pager = ('<p class="pager"><b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">»</a></p>' if p == 1
                 else '<p class="pager"><a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # (ข้อ, heading, [(link text, href or key)])
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", None),
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("แผนภูมิโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ทำเนียบผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อ / ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("Q&A", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าว สสจ.", "/news/")]),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์สุขภาพจังหวัด", "strat-63-67")]),
    ("o6", "แผนปฏิบัติราชการ / แผนการใช้จ่ายงบประมาณ", [("หมวดแผนงาน", "/download/plan/")]),
    ("o7", "รายงานประจำปี", [("รายงานประจำปี", "annual-67")]),
    ("o8", "คู่มือปฏิบัติงาน", [("SOP ตรวจสถานพยาบาล", "sop")]),
    ("o9", "คู่มือประชาชน", [("คู่มือสำหรับประชาชน", "citizen"), ("งานบริการ", "/service/")]),
    ("o10", "E-Service", [("นัดหมายยื่นคำขอออนไลน์", "/eservice/"), ("สถิติการให้บริการ", "service-69")]),
    ("o11", "สขร.1 รายเดือน", [("สรุปผลจัดซื้อจัดจ้างรายเดือน ปีงบ 69", "/procurement/monthly/")]),
    ("o12", "รายงานผลจัดซื้อจัดจ้างประจำปี", [("ปีงบ 2568", "proc-year-68")]),
    ("o13", "หลักเกณฑ์/แผน HR", [("หมวดบริหารทรัพยากรบุคคล", "/download/hr/")]),
    ("o14", "รายงานผล HR", [("รายงานปี 2568", "hr-report-68")]),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมขับเคลื่อน", "/news/2258/")]),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", [("แนวปฏิบัติ", DEAD_GUIDE)]),
    ("o17", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติ", "complaint-6m-68")]),
    ("o19", "การมีส่วนร่วม", [("รับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย", "/news/2284/")]),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", None),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", "no-gift-67"), ("รายงานการรับของขวัญ", "gift-report-68")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง", "risk-69")]),
    ("o22", "รายงานผลแผนบริหารความเสี่ยงการทุจริต", [("รายงาน", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการ", "anti-plan-69"), ("แผน กสธ.", "moph-plan-69")]),
    ("o24", "รายงานผลป้องกันการทุจริต", [("รายงานผล", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนา", [("ผลการวิเคราะห์ ITA และมาตรการ", "ita-analysis-67")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("รายงานผล", "integrity-report-68")]),
]
ITA_2568 = [
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์สุขภาพจังหวัด 2563-2567", "strat-63-67")]),
    ("o6", "แผนปฏิบัติราชการ ปี 2568", [("แผนปฏิบัติราชการ", "actionplan-68")]),
    ("o21", "No Gift Policy", [("ประกาศ", "no-gift-67")]),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต ปี 2568", [("แผน 2568", "anti-plan-68")]),
    ("o26", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", [("ผลการวิเคราะห์ ITA 2567 และมาตรการ 2568", "ita-analysis-67")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = " | ".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

UNITS = [("admin", "กลุ่มงานบริหารทั่วไป", "งานสารบรรณ การเงิน บัญชี พัสดุ ยานพาหนะ และอาคารสถานที่"),
         ("strategy", "กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข", "จัดทำแผนยุทธศาสตร์ แผนปฏิบัติราชการ ติดตามประเมินผล และรายงานประจำปี"),
         ("disease", "กลุ่มงานควบคุมโรคติดต่อ", "เฝ้าระวัง ป้องกัน ควบคุมโรคติดต่อและภัยสุขภาพ ทีมปฏิบัติการสอบสวนโรค (CDCU)"),
         ("consumer", "กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข",
          "อนุญาตสถานพยาบาล ขายยา อาหาร เครื่องสำอาง สถานประกอบการเพื่อสุขภาพ และตรวจเฝ้าระวัง"),
         ("hr", "กลุ่มงานบริหารทรัพยากรบุคคล", "สรรหา บรรจุ แต่งตั้ง ประเมินผลการปฏิบัติราชการ และพัฒนาบุคลากร"),
         ("legal", "กลุ่มงานนิติการ", "รับเรื่องร้องเรียน สืบสวนข้อเท็จจริง วินัย และงานป้องกันการทุจริต"),
         ("digital", "กลุ่มงานสุขภาพดิจิทัล", "ระบบเทคโนโลยีสารสนเทศ เว็บไซต์ และคลังข้อมูลสุขภาพ (HDC)")]


def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">ข่าวทั้งหมด »</a></p>'
          '<h2>บริการประชาชน</h2><p><a href="/eservice/">นัดหมายยื่นคำขอใบอนุญาตออนไลน์</a> · '
          '<a href="/service/">คู่มือสำหรับประชาชน</a> · <a href="/procurement/">ประกาศจัดซื้อจัดจ้าง</a> · '
          '<a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๙</a></p>')
    write("/about/history/", "ประวัติและวิสัยทัศน์",
          "<p>สำนักงานสาธารณสุขจังหวัดภูหลวงธานี เป็นส่วนราชการส่วนภูมิภาค สังกัดสำนักงานปลัดกระทรวงสาธารณสุข "
          "ดูแลโรงพยาบาลทั่วไป 1 แห่ง โรงพยาบาลชุมชน 9 แห่ง สำนักงานสาธารณสุขอำเภอ 9 แห่ง</p>"
          "<p>วิสัยทัศน์ : ประชาชนภูหลวงธานีสุขภาพดี ระบบสุขภาพยั่งยืน</p>"
          "<p>ค่านิยม : MOPH (Mastery, Originality, People centered, Humility)</p>")
    write("/about/structure/", "โครงสร้างสำนักงานสาธารณสุขจังหวัดภูหลวงธานี",
          '<img src="/assets/org-chart.png" alt="แผนภูมิโครงสร้าง สสจ.ภูหลวงธานี" width="160" height="100">'
          "<ul><li>นายแพทย์สาธารณสุขจังหวัด<ul>"
          "<li>รองนายแพทย์สาธารณสุขจังหวัด (ด้านเวชกรรมป้องกัน)</li><li>รองนายแพทย์สาธารณสุขจังหวัด (ด้านบริหาร)</li>"
          "<li>นักวิชาการสาธารณสุขเชี่ยวชาญ (ด้านส่งเสริมพัฒนา)</li>"
          + "".join(f'<li><a href="/units/{s}/">{esc(n)}</a></li>' for s, n, _ in UNITS)
          + "<li>กลุ่มงานส่งเสริมสุขภาพ</li><li>กลุ่มงานทันตสาธารณสุข</li><li>กลุ่มงานประกันสุขภาพ</li>"
          "<li>กลุ่มงานพัฒนาคุณภาพและรูปแบบบริการ</li><li>กลุ่มงานอนามัยสิ่งแวดล้อมและอาชีวอนามัย</li>"
          "<li>กลุ่มงานการแพทย์แผนไทยและการแพทย์ทางเลือก</li><li>กลุ่มงานควบคุมโรคไม่ติดต่อ สุขภาพจิตและยาเสพติด</li></ul></li>"
          "<li>หน่วยบริการในกำกับ : โรงพยาบาลภูหลวงธานี (รพ.ทั่วไป), โรงพยาบาลชุมชน 9 แห่ง, สำนักงานสาธารณสุขอำเภอ 9 แห่ง</li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวงสาธารณสุข สำนักงานสาธารณสุขจังหวัดมีอำนาจหน้าที่ สรุปได้ดังนี้</p><ol>"
          "<li>จัดทำแผนยุทธศาสตร์ด้านสุขภาพในเขตจังหวัด</li><li>ดำเนินการและประสานงานเกี่ยวกับงานสาธารณสุขในเขตจังหวัด</li>"
          "<li>กำกับ ดูแล ประเมินผล และสนับสนุนการปฏิบัติงานของหน่วยงานสาธารณสุขในเขตจังหวัด</li>"
          "<li>ดำเนินการตามกฎหมายที่เกี่ยวกับการสาธารณสุข (สถานพยาบาล ยา อาหาร เครื่องสำอาง สถานประกอบการเพื่อสุขภาพ)</li>"
          "<li>ส่งเสริม สนับสนุน และประสานงานเกี่ยวกับงานสาธารณสุขกับหน่วยงานอื่น</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    execs = [("นายแพทย์ธีรวัฒน์ ศรีวรรณา", "นายแพทย์สาธารณสุขจังหวัดภูหลวงธานี", "0 4281 5520 ต่อ 101"),
             ("นายแพทย์ภาณุพงศ์ คำแสน", "รองนายแพทย์สาธารณสุขจังหวัด (ด้านเวชกรรมป้องกัน)", "0 4281 5520 ต่อ 102"),
             ("นางอรุณี ทิพย์มณี", "รองนายแพทย์สาธารณสุขจังหวัด (ด้านบริหาร)", "0 4281 5520 ต่อ 103"),
             ("นายสุรชัย แก้วประเสริฐ", "นักวิชาการสาธารณสุขเชี่ยวชาญ (ด้านส่งเสริมพัฒนา)", "0 4281 5520 ต่อ 104")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="80" height="100"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "ผู้บริหารสำนักงานสาธารณสุขจังหวัดภูหลวงธานี", cards)
    write("/units/", "กลุ่มงาน", "<ul>" + "".join(f'<li><a href="/units/{s}/">{esc(n)}</a></li>' for s, n, _ in UNITS) + "</ul>")
    for slug, uname, duty in UNITS:
        write(f"/units/{slug}/", uname, f"<p>{esc(duty)}</p><p>ติดต่อ โทร. 0 4281 5520</p>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>ศาลากลางจังหวัดภูหลวงธานี (หลังเดิม) ถนนศรีภูหลวง ตำบลในเมือง อำเภอเมืองภูหลวงธานี จังหวัดภูหลวงธานี 48190</p>"
          "<p>โทรศัพท์ 0 4281 5520 โทรสาร 0 4281 5529<br>อีเมล saraban@phuluang-health.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/phuluanghealth">สสจ.ภูหลวงธานี</a> · LINE OA @phuluanghealth</p>'
          "<p>เวลาราชการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=17.2391,104.1178">แผนที่ (Google Maps)</a></p>'
          '<p>สอบถามเพิ่มเติม <a href="/qa/">ถาม-ตอบ (Q&amp;A)</a></p>')
    qa = [("ขอต่อใบอนุญาตคลินิกต้องนัดหมายก่อนไหมครับ", "คุณหมอเอก", "18 มี.ค. 2569",
           "นัดหมายผ่านเมนู E-Service ได้ หรือโทร 0 4281 5520 ต่อ 231 กลุ่มงานคุ้มครองผู้บริโภคฯ (admin)"),
          ("ร้านขายยาเปิดใหม่ต้องมีเภสัชกรกี่คน", "ร้านยาภูหลวง", "2 ก.พ. 2569",
           "ร้านขายยาแผนปัจจุบัน (ข.ย.1) ต้องมีเภสัชกรอยู่ประจำตลอดเวลาที่เปิดทำการ อย่างน้อย 1 คน (admin)")]
    items = "".join(f'<div class="qa"><p><b>Q:</b> {esc(q)} <small>{esc(w)} {t}</small></p><p><b>A:</b> {esc(ans)}</p></div>'
                    for q, w, t, ans in qa)
    write("/qa/", "ถาม-ตอบ (Q&A)",
          f'{items}<form action="/qa/ask/" method="post"><h2>ตั้งคำถาม</h2>หัวข้อ <input name="topic"><br>'
          'คำถาม <textarea name="q"></textarea><br>ชื่อ/อีเมล <input name="who"><br><button>ส่งคำถาม</button></form>')
    write("/service/", "บริการประชาชน",
          "<ul><li>การขออนุญาตประกอบกิจการสถานพยาบาล (คลินิก)</li><li>การขออนุญาตขายยาแผนปัจจุบัน</li>"
          "<li>การจดแจ้งเครื่องสำอาง / การขออนุญาตผลิตอาหาร</li><li>การขออนุญาตสถานประกอบการเพื่อสุขภาพ (สปา นวด)</li></ul>"
          f'<p>{a(f("citizen"), "คู่มือสำหรับประชาชน (สถานพยาบาล / ขายยา)")}</p>'
          '<p><a href="/eservice/">นัดหมายยื่นคำขอออนไลน์</a></p>')
    write("/eservice/", "E-Service : นัดหมายยื่นคำขอใบอนุญาตออนไลน์",
          "<p>ผู้ประกอบการสามารถนัดหมายและส่งเอกสารคำขอเบื้องต้นผ่านแบบฟอร์มออนไลน์ เจ้าหน้าที่จะตรวจเอกสารและแจ้งวันนัดภายใน 2 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSfPhuLuangSSJeService/formResponse" method="post">'
          'ชื่อผู้ยื่น <input name="entry.11"><br>เบอร์โทร <input name="entry.12"><br>'
          'ประเภทคำขอ <select name="entry.13"><option>สถานพยาบาล</option><option>ขายยา</option><option>อาหาร</option>'
          '<option>สถานประกอบการเพื่อสุขภาพ</option></select><br>แนบเอกสาร <input type="file" name="entry.14"><br>'
          '<button>ส่งคำขอนัดหมาย</button></form>'
          f'<p>{a(f("service-69"), "สถิติการให้บริการประชาชน ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนเรื่องทั่วไปได้ที่กลุ่มงานนิติการ โทร 0 4281 5520 ต่อ 214 หรือศูนย์ดำรงธรรมจังหวัด</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-guide"), "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อ (ไม่ระบุได้) <input name="name"><br>'
          'โทรศัพท์ <input name="tel"><br>ผู้ถูกร้องเรียน/หน่วยงาน <input name="who"><br>'
          'รายละเอียด <textarea name="detail"></textarea><br>หลักฐาน <input type="file" name="evidence"><br>'
          "<button>ส่งเรื่อง</button></form>"
          '<p>ช่องทางอื่น : <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · '
          '<a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a> · ศูนย์ปฏิบัติการต่อต้านการทุจริต กระทรวงสาธารณสุข โทร 1422</p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สสจ.ภูหลวงธานี เก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    # procurement
    write("/procurement/", "ประกาศจัดซื้อจัดจ้าง",
          '<p><a href="/procurement/monthly/">สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)</a></p><ul>'
          + "".join(f"<li>{a(f(k), ROWS[k][0])} ({be(ROWS[k][2])})</li>" for k in ("print-strat", "procplan-69", "proc-year-68"))
          + '</ul><p>ดูประกาศทั้งหมดได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP กรมบัญชีกลาง</a></p>')
    months = [(2025, 10), (2025, 11), (2025, 12), (2026, 1), (2026, 2), (2026, 3)]
    rows = []
    for y, m in months:
        key = f"proc-{y}-{m:02d}"
        label = f"สขร.1 ประจำเดือน{TH_MONTHS[m - 1]} {y + 543}"
        if key in ROWS:
            rows.append(f'<tr><td>{esc(label)}</td><td>{be(ROWS[key][2])}</td>'
                        f'<td>{a(f(key), "ดาวน์โหลด (" + ROWS[key][3].upper() + ")")}</td></tr>')
        else:
            rows.append(f"<tr><td>{esc(label)}</td><td>-</td><td>อยู่ระหว่างรวบรวมข้อมูล</td></tr>")
    write("/procurement/monthly/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ 2569",
          '<table class="list"><tr><th>เดือน</th><th>วันที่เผยแพร่</th><th>ไฟล์</th></tr>' + "".join(reversed(rows)) + "</table>")
    # downloads
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "เอกสารดาวน์โหลด", f"<p>หมวด : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลด : {cname}", f"<p>หมวด : {cats}</p>{table(listed(slug))}")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ปี 2569</a></li><li><a href="/ita/2568/">ITA ปี 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", ita_table(ITA_2568))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    for n in ("moph-logo.png", "chief.png", "person.png", "org-chart.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    with open(os.path.join(HERE, "assets", "moph.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}#topbar{background:#00704a;color:#fff;padding:3px 8px}"
                 "#nav li{display:inline;margin:0 5px}#content{display:flex}#main{flex:1;padding:10px}#aside{width:230px}"
                 ".widget{border:1px solid #cde;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #999;padding:3px}#footer{background:#e8f3ee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
