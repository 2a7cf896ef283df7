"""Generate the HTML pages of the "provinterior" test site (ที่ทำการปกครองจังหวัดพนมทอง, invented).

Run:  python tests/sites/provinterior/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial office on a government web template: a top bar, a menu, a side column (the head of the
office, hotlines, quick links, visitor counter) and a footer on every page; pages are
folder/index.html.  Documents are listed by category (/download/<cat>/), the monthly procurement
summaries on /procurement/, news under /news/ (two pages).  The ITA page /ita/2569/ is a table of
o1 … o26 in the office's own short wording whose links go to files, pages or category lists; last
year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "ที่ทำการปกครองจังหวัดพนมทอง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนปฏิบัติราชการ", "report": "รายงานผลการปฏิบัติราชการ", "manual": "คู่มือ",
        "stats": "สถิติการให้บริการ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "complaint": "เรื่องร้องเรียน",
        "participation": "การมีส่วนร่วม", "ita": "ผลการประเมิน ITA"}
HIDDEN = {"old-anti-plan", "old-risk-67"}  # linked only from last year's ITA page
MISSING_SIZE = "388.4 KB"
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(THAI)


def f(key: str) -> str:
    return name(key)


def a(url: str, text: str) -> str:
    return f'<a href="{url}">{esc(text)}</a>'


MENU = [("หน้าหลัก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("เอกสารดาวน์โหลด", "/download/"), ("บริการประชาชน", "/services/"), ("E-Service", "/eservice/"),
        ("ศูนย์ดำรงธรรม", "/damrongdhama/"), ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">{ORG} กรมการปกครอง กระทรวงมหาดไทย · สายด่วนศูนย์ดำรงธรรม ๑๕๖๗</div>
<div id="banner"><img src="/assets/logo.png" alt="ตรากรมการปกครอง" width="64" height="64">
<b>{ORG}</b><br><small>Phanom Thong Provincial Administration Office</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="main">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="side">
<div class="box"><img src="/assets/person.png" alt="ปลัดจังหวัดพนมทอง" width="90" height="110"><br>
<b>นายธีรวัฒน์ แก้วประเสริฐ</b><br>ปลัดจังหวัดพนมทอง</div>
<div class="box"><b>ลิงก์หน่วยงาน</b><br><a href="https://www.dopa.go.th/">กรมการปกครอง</a><br>
<a href="https://www.moi.go.th/">กระทรวงมหาดไทย</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br>
<a href="/ita/2569/">ITA ๒๕๖๙</a><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/volunteer/">กองอาสารักษาดินแดนจังหวัด</a></div>
<div class="box">ผู้เข้าชมวันนี้ ๒๑๔ · ทั้งหมด ๓๘๗,๒๐๕</div>
</div></div>
<div id="footer">{ORG} ศาลากลางจังหวัดพนมทอง ชั้น ๑ ถนนศรีสุริยวงศ์ ตำบลในเมือง อำเภอเมืองพนมทอง จังหวัดพนมทอง ๓๔๙๙๐<br>
โทรศัพท์ ๐ ๔๔๕๑ ๒๒๑๐ โทรสาร ๐ ๔๔๕๑ ๒๒๑๙ อีเมล phanomthong@dopa-mail.example ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
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
                    f'<td>[{ext.upper()}] {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and not k.startswith("proc-25") and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (612, (2026, 4, 3), "ประชาสัมพันธ์ การต่ออายุใบอนุญาตประกอบธุรกิจโรงแรม ประจำปี 2569 ผ่านระบบ E-Service",
     ["ผู้ประกอบการโรงแรมสามารถยื่นคำขอต่ออายุใบอนุญาตผ่านเมนู E-Service ของเว็บไซต์ได้ตั้งแต่บัดนี้ "
      "โดยไม่ต้องเดินทางมาที่ศาลากลางจังหวัด"]),
    (607, (2026, 3, 24), "ปลัดจังหวัดพนมทองตรวจเยี่ยมการฝึกอบรมทบทวนสมาชิกกองอาสารักษาดินแดน รุ่นที่ 3",
     ["วันที่ 24 มีนาคม 2569 นายธีรวัฒน์ แก้วประเสริฐ ปลัดจังหวัดพนมทอง ตรวจเยี่ยมการฝึกอบรมทบทวน อส. รุ่นที่ 3 "
      "ณ ค่ายฝึกอบรมห้วยทราย มีผู้เข้ารับการฝึก 120 นาย"]),
    (601, (2026, 2, 20), "สรุปผลการประชุมรับฟังความคิดเห็นผู้ประกอบการโรงแรมและสถานบริการ ประจำปี 2569",
     ["เมื่อวันที่ 12 กุมภาพันธ์ 2569 ที่ทำการปกครองจังหวัดพนมทองจัดประชุมรับฟังความคิดเห็นผู้ประกอบการโรงแรม "
      "สถานบริการ และผู้แทนชุมชน รวม 74 คน เรื่องการจัดระเบียบสถานบริการและความปลอดภัยของนักท่องเที่ยว",
      "ข้อเสนอสำคัญ ได้แก่ การยื่นต่ออายุใบอนุญาตโรงแรมทางออนไลน์ ซึ่งที่ทำการปกครองจังหวัดได้เปิดรับทาง E-Service "
      "ตั้งแต่ 1 มีนาคม 2569 และการตรวจร่วมกับเจ้าหน้าที่ตำรวจทุกเดือน", "hearing-69"]),
    (589, (2026, 1, 26), "ขอเชิญผู้ประกอบการโรงแรมและสถานบริการร่วมประชุมรับฟังความคิดเห็น",
     ["ขอเชิญผู้ประกอบการเข้าร่วมประชุมในวันที่ 12 กุมภาพันธ์ 2569 เวลา 09.30 น. ณ ห้องประชุมพนมทองมงคล",
      "hearing-invite"]),
    (581, (2026, 1, 15), "อบรมเสริมสร้างวัฒนธรรมสุจริตและขับเคลื่อนจริยธรรม ประจำปีงบประมาณ 2569",
     ["วันที่ 15 มกราคม 2569 คณะทำงานขับเคลื่อนจริยธรรมจัดอบรมข้าราชการและสมาชิก อส. 64 คน "
      "ทบทวนประมวลจริยธรรมข้าราชการพลเรือน และจัดทำข้อตกลง Do's & Don'ts ของหน่วยงาน", "ethics-order-69"]),
    (574, (2025, 12, 24), "มอบผ้าห่มกันหนาวแก่ผู้ประสบภัยหนาว อำเภอโนนสูงเนิน",
     ["ที่ทำการปกครองจังหวัดร่วมกับอำเภอโนนสูงเนินมอบผ้าห่ม 500 ผืน แก่ผู้สูงอายุและผู้ด้อยโอกาส"]),
    (566, (2025, 12, 5), "พิธีเฉลิมพระเกียรติเนื่องในวันคล้ายวันพระบรมราชสมภพ 5 ธันวาคม 2568",
     ["ข้าราชการที่ทำการปกครองจังหวัดร่วมพิธี ณ ศาลากลางจังหวัดพนมทอง"]),
    (559, (2025, 11, 20), "ประชุมกำนัน ผู้ใหญ่บ้าน ประจำเดือนพฤศจิกายน 2568",
     ["จ่าจังหวัดพนมทองชี้แจงแนวทางการคัดเลือกหมู่บ้านยั่งยืน ประจำปี 2569"]),
    (552, (2025, 10, 23), "พิธีวางพวงมาลา เนื่องในวันปิยมหาราช 23 ตุลาคม 2568",
     ["ปลัดจังหวัดพนมทองนำข้าราชการวางพวงมาลา ณ ลานพระบรมราชานุสาวรีย์"]),
    (548, (2025, 10, 8), "รับสมัครบุคคลเพื่อเป็นสมาชิกกองอาสารักษาดินแดน ประจำปี 2569",
     ["รับสมัครระหว่างวันที่ 8 - 24 ตุลาคม 2568 ณ กองอาสารักษาดินแดนจังหวัดพนมทอง"]),
]
OLD_NEWS = [
    (503, (2025, 8, 12), "กิจกรรมวันแม่แห่งชาติ ประจำปี 2568", ["ข้าราชการร่วมพิธีถวายพระพรชัยมงคล"]),
    (488, (2025, 5, 2), "สรุปผลการประชุมรับฟังความคิดเห็นการจัดระเบียบสถานบริการ ประจำปี 2568",
     ["เมื่อวันที่ 28 เมษายน 2568 มีผู้เข้าร่วม 51 คน"]),
    (471, (2025, 2, 26), "อบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2568", ["ผู้เข้าร่วม 62 คน"]),
    (455, (2024, 12, 10), "ประกาศเจตนารมณ์ต่อต้านการทุจริต วันต่อต้านคอร์รัปชันสากล 2567",
     ["ข้าราชการร่วมประกาศเจตนารมณ์ ณ ศาลากลางจังหวัดพนมทอง"]),
]


def news_pages() -> None:
    def item_list(items):
        return "<ul class=\"news\">" + "".join(
            f'<li><a href="/news/{i}/">{esc(t)}</a> <small>({be(_dt(ymd))})</small></li>' for i, ymd, t, _p in items
        ) + "</ul>"

    write("/news/", "ข่าวประชาสัมพันธ์", item_list(NEWS) + '<p><a href="/news/page/2/">หน้าถัดไป &raquo;</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", item_list(OLD_NEWS) + '<p><a href="/news/">&laquo; หน้าแรก</a></p>')
    for i, ymd, title, paras in NEWS + OLD_NEWS:
        body = f"<p class=\"date\">วันที่ {be(_dt(ymd))}</p>"
        for p in paras:
            if p in ROWS:
                body += f"<p>เอกสารแนบ : {a(f(p), ROWS[p][0])}</p>"
            else:
                body += f"<p>{esc(p)}</p>"
        body += '<p><img src="/assets/photo.png" alt="ภาพกิจกรรม" width="320" height="200"></p>'
        write(f"/news/{i}/", title, body)


def _dt(ymd):
    from datetime import date

    return date(*ymd)


# ---------------------------------------------------------------- ITA pages

ITA_2569 = [  # code, short wording, links (text, url)
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("แผนภูมิโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("ผู้บริหาร", "/about/executives/")]),
    ("o3", "การติดต่อและถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("กระดานถาม-ตอบ", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนปฏิบัติราชการ (ระยะยาว)", [("แผนปฏิบัติราชการ", "plan-4y")]),
    ("o6", "แผนปฏิบัติราชการประจำปี", [("แผนปฏิบัติราชการ 2569", "action-69")]),
    ("o7", "รายงานผลการปฏิบัติราชการ", [("รายงานผล", "/download/report/")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "work-manual")]),
    ("o9", "คู่มือประชาชน", [("คู่มือสำหรับประชาชน", "/services/")]),
    ("o10", "E-Service", [("ระบบบริการออนไลน์", "/eservice/")]),
    ("o11", "สขร.1 รายเดือน", [("สรุปผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o12", "สรุปผลการจัดซื้อจัดจ้างประจำปี", [("รายงานสรุปผล ปี 2568", "proc-year-68")]),
    ("o13", "การบริหารทรัพยากรบุคคล", [("หลักเกณฑ์และแผน", "/download/hr/")]),
    ("o14", "รายงานผลการบริหารทรัพยากรบุคคล", [("รายงานผล ปี 2568", "hr-report-68")]),
    ("o15", "จริยธรรม", [("ประมวลจริยธรรม", "ethics-code"), ("คำสั่งคณะทำงาน", "ethics-order-69"),
                         ("กิจกรรม", "/news/581/")]),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียน", [("แนวปฏิบัติ", "complaint-guide")]),
    ("o17", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("ข้อมูลสถิติ", "complaint-stats")]),
    ("o19", "การมีส่วนร่วม", [("สรุปผลการประชุมรับฟังความคิดเห็น", "hearing-69"), ("ข่าว", "/news/601/")]),
    ("o20", "No Gift Policy", [("ประกาศนโยบาย", "nogift-67"), ("รายงานการรับของขวัญ", "gift-report-68")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยง", "risk")]),
    ("o22", "รายงานผลการบริหารความเสี่ยง", [("รายงานผล", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต 2569", "anti-plan-69")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงานผล", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนา", [("ผลการประเมิน ITA", "/download/ita/")]),
    ("o26", "รายงานผลส่งเสริมคุณธรรม", [("รายงานผลการดำเนินการตามมาตรการ ปี 2568", "integrity-report")]),
]
ITA_2568 = [
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้าง", "/about/structure/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าว", "/news/page/2/")]),
    ("o5", "แผนปฏิบัติราชการ", [("แผนปฏิบัติราชการ 4 ปี", "plan-4y")]),
    ("o12", "สขร.1", [("กันยายน 2568", "proc-2568-09")]),
    ("o14", "แผนพัฒนาบุคลากร", [("แผนพัฒนาบุคลากร", "hr-plan-68")]),
    ("o21", "No Gift Policy", [("ประกาศ", "nogift-67")]),
    ("o23", "การประเมินความเสี่ยง", [("การประเมินความเสี่ยง ปี 2567", "old-risk-67")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผน 2568", "old-anti-plan")]),
    ("o26", "มาตรการส่งเสริมคุณธรรม", [("การวิเคราะห์ผล ITA", "ita-analysis-67")]),
]


def ita_table(rows) -> str:
    out = []
    for code, wording, links in rows:
        cells = "<br>".join(a(f(u) if u in ROWS else u, t) for t, u in links)
        out.append(f"<tr><td>{code}</td><td>{esc(wording)}</td><td>{cells}</td></tr>")
    return ('<table class="list"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n' + "\n".join(out) + "</table>")


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{i}/">{esc(t)}</a> ({be(_dt(ymd))})</li>' for i, ymd, t, _p in NEWS[:5])
    write("/", "หน้าหลัก",
          f'<p><img src="/assets/banner.png" alt="ป้ายประชาสัมพันธ์" width="600" height="160"></p>'
          f"<h2>ข่าวล่าสุด</h2><ul>{latest}</ul>"
          '<h2>บริการ</h2><ul><li><a href="/services/">คู่มือสำหรับประชาชน</a></li>'
          '<li><a href="/eservice/">ยื่นคำขอออนไลน์ (E-Service)</a></li>'
          '<li><a href="/damrongdhama/">ศูนย์ดำรงธรรมจังหวัด</a></li><li><a href="/ita/2569/">ITA 2569</a></li></ul>')
    write("/about/history/", "ประวัติความเป็นมา",
          "<p>ที่ทำการปกครองจังหวัดพนมทองเป็นส่วนราชการส่วนภูมิภาคของกรมการปกครอง กระทรวงมหาดไทย "
          "ตั้งอยู่ที่ศาลากลางจังหวัดพนมทอง ดูแลงานปกครองท้องที่ การทะเบียน ความมั่นคง และการอำนวยความเป็นธรรม ใน 9 อำเภอ</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a> · <a href="/about/districts/">อำเภอในสังกัด</a> · '
          '<a href="/about/law/">กฎหมายที่เกี่ยวข้อง</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : ประชาชนจังหวัดพนมทองปลอดภัย อยู่เย็นเป็นสุข ได้รับบริการที่ดี</p>"
          "<ol><li>รักษาความสงบเรียบร้อยและความมั่นคงภายใน</li><li>อำนวยความเป็นธรรมแก่ประชาชน</li>"
          "<li>ให้บริการทะเบียนและบัตรอย่างมีประสิทธิภาพ</li></ol>")
    write("/about/structure/", "แผนภูมิโครงสร้างที่ทำการปกครองจังหวัดพนมทอง",
          '<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้าง" width="500" height="300"></p>'
          "<ul><li>ผู้ว่าราชการจังหวัดพนมทอง<ul><li>ปลัดจังหวัดพนมทอง (หัวหน้าที่ทำการปกครองจังหวัด)<ul>"
          "<li>จ่าจังหวัด<ul><li>ฝ่ายอำนวยการ</li><li>ฝ่ายการเงินและบัญชี</li><li>ฝ่ายปกครองท้องที่</li>"
          "<li>ฝ่ายการทะเบียน</li><li>ฝ่ายอำนวยความเป็นธรรม</li></ul></li>"
          "<li>ป้องกันจังหวัด<ul><li>ฝ่ายความมั่นคง</li><li>กองอาสารักษาดินแดนจังหวัดพนมทอง</li></ul></li>"
          "<li>ที่ทำการปกครองอำเภอ 9 อำเภอ (นายอำเภอ)</li></ul></li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมการปกครอง กระทรวงมหาดไทย และพระราชบัญญัติระเบียบบริหารราชการแผ่นดิน "
          "ที่ทำการปกครองจังหวัดมีอำนาจหน้าที่โดยสรุป ดังนี้</p><ol>"
          "<li>ดำเนินการเกี่ยวกับการปกครองท้องที่ การบริหารงานกำนัน ผู้ใหญ่บ้าน และคณะกรรมการหมู่บ้าน</li>"
          "<li>ดำเนินการเกี่ยวกับการทะเบียนราษฎร บัตรประจำตัวประชาชน และทะเบียนอื่นตามกฎหมาย</li>"
          "<li>ดำเนินการตามกฎหมายว่าด้วยอาวุธปืน โรงแรม สถานบริการ และการพนัน</li>"
          "<li>รักษาความสงบเรียบร้อยและความมั่นคงภายใน และกำกับดูแลกองอาสารักษาดินแดน</li>"
          "<li>อำนวยความเป็นธรรม ไกล่เกลี่ยข้อพิพาท และดำเนินงานศูนย์ดำรงธรรมจังหวัด</li>"
          "<li>สนับสนุนและประสานการปฏิบัติงานของอำเภอ</li>"
          "<li>ปฏิบัติงานอื่นตามที่ผู้ว่าราชการจังหวัดหรือกรมการปกครองมอบหมาย</li></ol>")
    people = [("นายธีรวัฒน์ แก้วประเสริฐ", "ปลัดจังหวัดพนมทอง", "๐ ๔๔๕๑ ๒๒๑๑"),
              ("นางสาวกาญจนา ศรีสมบูรณ์", "จ่าจังหวัดพนมทอง", "๐ ๔๔๕๑ ๒๒๑๒"),
              ("นายชาตรี บุญยืนยง", "ป้องกันจังหวัดพนมทอง", "๐ ๔๔๕๑ ๒๒๑๓")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="90" height="110"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร {t}</div>" for n, p, t in people)
    write("/about/executives/", "ผู้บริหาร", cards)
    districts = ["เมืองพนมทอง", "ห้วยทราย", "โนนสูงเนิน", "บ้านดอนแก้ว", "ลำน้ำใส", "ศรีบุญเรือง", "เขาหินตั้ง",
                 "นาคำน้อย", "ทุ่งสว่าง"]
    write("/about/districts/", "อำเภอในสังกัด", "<ol>" + "".join(f"<li>อำเภอ{d}</li>" for d in districts) + "</ol>")
    write("/about/law/", "กฎหมายที่เกี่ยวข้อง",
          "<ul><li>พระราชบัญญัติลักษณะปกครองท้องที่ พ.ศ. 2457</li><li>พระราชบัญญัติการทะเบียนราษฎร พ.ศ. 2534</li>"
          "<li>พระราชบัญญัติอาวุธปืน เครื่องกระสุนปืน วัตถุระเบิด ดอกไม้เพลิง และสิ่งเทียมอาวุธปืน พ.ศ. 2490</li>"
          "<li>พระราชบัญญัติโรงแรม พ.ศ. 2547</li><li>พระราชบัญญัติสถานบริการ พ.ศ. 2509</li></ul>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>ศาลากลางจังหวัดพนมทอง ชั้น 1 ถนนศรีสุริยวงศ์ ตำบลในเมือง อำเภอเมืองพนมทอง จังหวัดพนมทอง 34990</p>"
          "<p>โทรศัพท์ 0 4451 2210 โทรสาร 0 4451 2219<br>อีเมล phanomthong@dopa-mail.example<br>"
          "เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.1234,104.5678">แผนที่ Google Maps</a> · '
          '<a href="https://www.facebook.com/pokkrongphanomthong.example">Facebook ปค.จังหวัดพนมทอง</a></p>'
          '<p>สอบถามข้อมูลทาง<a href="/qa/">กระดานถาม-ตอบ</a></p>')
    write("/qa/", "ถาม-ตอบ (Q&A)",
          '<div class="q"><b>ถาม</b> (คุณวิไล 14 ม.ค. 2569) ต่ออายุใบอนุญาตโรงแรมต้องใช้เอกสารอะไรบ้าง<br>'
          "<b>ตอบ</b> (ฝ่ายความมั่นคง 15 ม.ค. 2569) ใช้แบบ ร.ร.3 และสำเนาใบอนุญาตเดิม ยื่นทาง E-Service ได้</div>"
          '<div class="q"><b>ถาม</b> (คุณสมชาย 2 มี.ค. 2569) ขอ ป.4 ใช้เวลากี่วัน<br>'
          "<b>ตอบ</b> (ฝ่ายความมั่นคง 3 มี.ค. 2569) ประมาณ 30 วันนับจากได้รับเอกสารครบ</div>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSePhanomThongQA/formResponse" method="post">'
          '<h2>ตั้งคำถาม</h2>ชื่อ <input name="entry.1"><br>อีเมล <input name="entry.2"><br>'
          'คำถาม <textarea name="entry.3"></textarea><br><button>ส่งคำถาม</button></form>')
    write("/services/", "คู่มือสำหรับประชาชน",
          f"<ul><li>{a(f('service-manual'), ROWS['service-manual'][0])}</li></ul>"
          "<p>งานทะเบียนราษฎรและบัตรประจำตัวประชาชน ติดต่อได้ที่ที่ทำการปกครองอำเภอทุกแห่ง</p>")
    write("/eservice/", "ระบบบริการออนไลน์ (E-Service)",
          "<p>ยื่นคำขอต่ออายุใบอนุญาตประกอบธุรกิจโรงแรม และคำขอหนังสือรับรองต่าง ๆ ได้ทางออนไลน์ "
          "เจ้าหน้าที่จะแจ้งผลทางโทรศัพท์หรืออีเมลภายใน 3 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSePhanomThongEservice/formResponse" method="post">'
          '<h2>แบบคำขอออนไลน์</h2>ชื่อ-นามสกุล <input name="entry.1"><br>เลขประจำตัวประชาชน <input name="entry.2"><br>'
          'โทรศัพท์ <input name="entry.3"><br>ประเภทคำขอ <select name="entry.4"><option>ต่ออายุใบอนุญาตโรงแรม</option>'
          '<option>ขอหนังสือรับรองความประพฤติ</option><option>นัดหมายยื่นคำขอ ป.4</option></select><br>'
          'แนบเอกสาร <input type="file" name="entry.5"><br><button>ส่งคำขอ</button></form>'
          '<p><a href="https://www.bora.dopa.go.th/">จองคิวทำบัตรประจำตัวประชาชน (กรมการปกครอง)</a></p>'
          f"<p>{a(f('service-stats-69'), ROWS['service-stats-69'][0])}</p>")
    write("/damrongdhama/", "ศูนย์ดำรงธรรมจังหวัดพนมทอง",
          "<p>รับเรื่องร้องเรียนร้องทุกข์ สายด่วน 1567 ตลอด 24 ชั่วโมง หรือ ณ ศาลากลางจังหวัด ชั้น 1</p>"
          '<p><a href="/complaint/">ร้องเรียน/ร้องทุกข์</a></p>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f"<p>{a(f('complaint-guide'), ROWS['complaint-guide'][0])}</p>"
          f"<p>{a(f('complaint-stats'), ROWS['complaint-stats'][0])}</p>")
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSePhanomThongCorrupt/formResponse" method="post">'
          'ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="entry.1"><br>โทรศัพท์ <input name="entry.2"><br>'
          'ผู้ถูกร้อง/หน่วยงาน <input name="entry.3"><br>พฤติการณ์ <textarea name="entry.4"></textarea><br>'
          'หลักฐาน <input type="file" name="entry.5"><br><button>ส่งเรื่อง</button></form>'
          '<p>ช่องทางอื่น : สายด่วน 1567 · <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · '
          '<a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท. 1206</a></p>')
    write("/volunteer/", "กองอาสารักษาดินแดนจังหวัดพนมทอง",
          "<p>สมาชิก อส. ประจำการ 412 นาย ปฏิบัติงานรักษาความสงบเรียบร้อยร่วมกับอำเภอ</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>ที่ทำการปกครองจังหวัดพนมทองเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    # procurement
    months = sorted((k for k in ROWS if k.startswith("proc-25")), reverse=True)
    rows = [f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "ดาวน์โหลด")}</td></tr>'
            for k in months]
    rows.insert(1, "<tr><td>สรุปผลการจัดซื้อจัดจ้าง (สขร.1) ประจำเดือนกุมภาพันธ์ 2569</td><td>-</td>"
                   "<td>อยู่ระหว่างจัดทำ</td></tr>")
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          '<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>' + "".join(rows) + "</table>"
          f"<h2>รายงานประจำปี</h2><p>{a(f('proc-year-68'), ROWS['proc-year-68'][0])}</p>")
    # downloads
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "เอกสารดาวน์โหลด", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"เอกสารดาวน์โหลด : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปีงบประมาณ พ.ศ. 2569</a></li>'
          '<li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_table(ITA_2568))


def assets() -> None:
    import base64

    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    for n in ("logo.png", "person.png", "chart.png", "photo.png", "banner.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#7a1f1f;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:230px}#main{flex:1;padding:8px}"
                 ".box,.card{border:1px solid #ccc;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
