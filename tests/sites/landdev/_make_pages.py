"""Generate the HTML pages of the "landdev" test site (สถานีพัฒนาที่ดินพิจิตร, invented details).

Run:  python tests/sites/landdev/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial land development station on the department's common template: a top bar, a menu,
a side column (director, hotline, quick links, visitor counter) and a footer on every page; pages
are folder/index.html.  Documents are listed by category (/download/<cat>/), the monthly
procurement summaries on /procurement/, news under /news/ (two pages).  The ITA page /ita/2569/
is a table o1 … o26 in the station's own short wording whose links go to files, pages or
category lists; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "สถานีพัฒนาที่ดินพิจิตร"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน/แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส"}
HIDDEN = {"ita-measures-68"}  # linked only from the ITA pages
DEAD_69 = "/files/20388.pdf"  # o22's file, deleted when the server was moved
DEAD_68 = "/files/16002.pdf"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key)


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้างและอำนาจหน้าที่", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("งานบริการ", "/services/soil-analysis/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("คลังความรู้", "/knowledge/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">กรมพัฒนาที่ดิน กระทรวงเกษตรและสหกรณ์ · สำนักงานพัฒนาที่ดินเขต ๘ · สายด่วนหมอดิน ๑๗๖๐</div>
<div id="banner"><img src="/assets/logo.png" alt="ตรากรมพัฒนาที่ดิน" width="64" height="64">
<b>{ORG}</b><br><small>Phichit Land Development Station</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/person.png" alt="ผู้อำนวยการสถานี" width="60" height="75"><br>
<b>ผู้อำนวยการสถานีพัฒนาที่ดินพิจิตร</b><br>นายวีรพงษ์ แสงอรุณ</div>
<div class="box"><b>บริการประชาชน</b><br><a href="/eservice/soil-request/">ขอรับบริการวิเคราะห์ดินออนไลน์</a><br>
<a href="/services/ldd-products/">ขอรับสารเร่ พด.</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/ita/2569/">ITA 2569</a><br><a href="/ita/2568/">ITA 2568</a><br>
<a href="https://www.ldd.go.th/">กรมพัฒนาที่ดิน</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="box">ผู้เข้าชมเว็บไซต์ 48,207 ครั้ง</div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} 88 หมู่ที่ 4 ถนนพิจิตร-สากเหล็ก ตำบลท่าหลวง อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000<br>
โทรศัพท์ 0 5601 3327 โทรสาร 0 5601 3328 อีเมล pct_station@ldd-example.go.th ·
<a href="/privacy/">นโยบายความเป็นส่วนตัว</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _n = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>[{ext.upper()}] {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and ROWS[k][1] == cat]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news: id, (y, m, d) CE, title, paragraphs, files

NEWS = [
    (318, (2026, 4, 3), "คลินิกดินเคลื่อนที่ ให้บริการวิเคราะห์ดินแก่เกษตรกรอำเภอโพทะเล",
     ["วันที่ 3 เมษายน 2569 สถานีพัฒนาที่ดินพิจิตรจัดคลินิกดินเคลื่อนที่ ณ ศาลาประชาคมตำบลท่าบัว วิเคราะห์ดิน 86 ตัวอย่าง"], []),
    (315, (2026, 3, 12), "ประชุมคณะทำงานจัดทำแผนยุทธศาสตร์การพัฒนาที่ดินจังหวัดพิจิตร (พ.ศ. 2570 - 2574)",
     ["วันที่ 12 มีนาคม 2569 ประชุมคณะทำงานครั้งที่ 1/2569 เพื่อทบทวนแผนเดิมที่สิ้นสุดในปี 2568 และกำหนดกรอบแผนฉบับใหม่ ซึ่งคาดว่าจะแล้วเสร็จเดือนกันยายน 2569"],
     ["strat-meeting"]),
    (312, (2026, 2, 24), "เวทีรับฟังความคิดเห็นเกษตรกรและหมอดินอาสา ต่อการคัดเลือกพื้นที่แหล่งน้ำในไร่นา ปี 2569",
     ["วันที่ 24 กุมภาพันธ์ 2569 สถานีฯ เปิดเวทีรับฟังความคิดเห็นของเกษตรกร หมอดินอาสา และผู้นำชุมชน จำนวน 62 คน ณ ห้องประชุมสถานีพัฒนาที่ดินพิจิตร",
      "ผู้เข้าร่วมเสนอให้ประกาศรายชื่อผู้ได้รับบ่อน้ำที่ที่ทำการ อบต. และให้ตัวแทนเกษตรกรร่วมตรวจรับงานขุดบ่อ สถานีฯ รับข้อเสนอทั้งสองข้อไปปฏิบัติตั้งแต่เดือนมีนาคม 2569",
      "ผลการดำเนินการ : ประกาศรายชื่อผู้ได้รับบ่อน้ำ 180 ราย แล้วเมื่อวันที่ 6 มีนาคม 2569 และแต่งตั้งตัวแทนเกษตรกร 12 คน ร่วมตรวจรับงาน"], []),
    (309, (2026, 1, 22), "อบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2569",
     ["วันที่ 22 มกราคม 2569 บุคลากรสถานีฯ 31 คน ร่วมอบรมประมวลจริยธรรมและ Do's & Don'ts ของกรมพัฒนาที่ดิน"], []),
    (306, (2025, 12, 5), "จัดงานวันดินโลก (World Soil Day) ประจำปี 2568",
     ["วันที่ 5 ธันวาคม 2568 จัดงานวันดินโลก ณ ศูนย์เรียนรู้การพัฒนาที่ดิน บ้านวังกรด มีเกษตรกรร่วมงาน 420 คน"], []),
    (303, (2025, 11, 18), "แจกจ่ายเมล็ดพันธุ์ปอเทืองเพื่อปรับปรุงบำรุงดิน",
     ["สถานีฯ แจกจ่ายเมล็ดพันธุ์ปอเทือง 18 ตัน ให้เกษตรกร 900 ราย ในพื้นที่ 6,000 ไร่"], []),
    (301, (2025, 10, 29), "ประชุมชี้แจงแนวทางการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ 2569",
     ["วันที่ 29 ตุลาคม 2568 ผู้อำนวยการสถานีฯ ประชุมชี้แจงบุคลากรเรื่องกรอบการประเมิน ITA 2569 และมอบหมายผู้รับผิดชอบข้อมูลแต่ละข้อ",
      "รายละเอียดการวิเคราะห์ผลการประเมินจะแจ้งให้ทราบภายหลัง"], []),
    (298, (2025, 10, 8), "ประชุมหมอดินอาสาประจำเดือนตุลาคม 2568",
     ["หมอดินอาสาประจำตำบล 45 คน ร่วมประชุมรับทราบแผนงานปีงบประมาณ 2569"], []),
    (288, (2025, 8, 14), "เวทีประชาคมรับฟังความคิดเห็นโครงการหญ้าแฝก ปี 2568",
     ["วันที่ 14 สิงหาคม 2568 สถานีฯ รับฟังความคิดเห็นเกษตรกร 40 คน เรื่องพื้นที่ปลูกหญ้าแฝก ปีงบประมาณ 2568"], []),
    (280, (2025, 5, 15), "ปลูกหญ้าแฝกเฉลิมพระเกียรติ 2568", ["ปลูกหญ้าแฝก 50,000 กล้า ริมแม่น้ำน่าน"], []),
    (272, (2025, 1, 14), "อบรมคุณธรรมจริยธรรม ประจำปี 2568", ["บุคลากร 28 คน ร่วมอบรม"], []),
    (265, (2024, 12, 5), "วันดินโลก 2567", ["จัดงานวันดินโลก ณ สถานีฯ"], []),
]


def news_date(t) -> str:
    y, m, day = t
    return f"{day} {MONTHS[m - 1]} {y + 543}"


def news_pages() -> None:
    for nid, when, title, paras, files in NEWS:
        body = f'<p class="date">วันที่ {news_date(when)}</p>' + "".join(f"<p>{esc(p)}</p>" for p in paras)
        body += '<p><img src="/assets/chart.png" alt="ภาพกิจกรรม" width="120" height="80"></p>'
        body += "".join(f'<p>เอกสารแนบ : <a href="{f(k)}">{esc(ROWS[k][0])}</a></p>' for k in files)
        write(f"/news/{nid}/", title, body)
    for page, chunk in ((1, NEWS[:8]), (2, NEWS[8:])):
        items = "".join(f'<li><a href="/news/{n}/">{esc(t)}</a> <small>({news_date(w)})</small></li>' for n, w, t, _p, _f in chunk)
        nav = '<p><a href="/news/page/2/">หน้าถัดไป »</a></p>' if page == 1 else '<p><a href="/news/">« หน้าแรก</a></p>'
        write("/news/" if page == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{nav}')


# ---------------------------------------------------------------- ITA pages

ITA_69 = [
    ("o1", "โครงสร้างหน่วยงานและอำนาจหน้าที่", [("/about/structure/", "โครงสร้าง"), ("/about/authority/", "อำนาจหน้าที่")]),
    ("o2", "ข้อมูลผู้บริหาร", [("/about/executives/", "ผู้บริหาร")]),
    ("o3", "การติดต่อหน่วยงาน / ถาม-ตอบ", [("/contact/", "ติดต่อ"), ("/qa/", "Q&A")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("/news/", "ข่าว")]),
    ("o5", "แผนยุทธศาสตร์", [("strat-64", "")]),
    ("o6", "แผนปฏิบัติราชการและแผนการใช้จ่ายงบประมาณ ปี 2569", [("actplan-69", ""), ("budget-69", "")]),
    ("o7", "รายงานผลการดำเนินงาน", [("/download/report/", "รายงาน")]),
    ("o8", "คู่มือปฏิบัติงานของเจ้าหน้าที่", [("work-manual", "")]),
    ("o9", "คู่มือการให้บริการประชาชน", [("citizen", "")]),
    ("o10", "E-Service และสถิติการให้บริการ", [("/eservice/", "E-Service"), ("stats-69", "")]),
    ("o11", "สรุปผลจัดซื้อจัดจ้างรายเดือน", [("/procurement/", "สขร.1")]),
    ("o12", "รายงานผลจัดซื้อจัดจ้างประจำปี", [("proc-year-68", "")]),
    ("o13", "หลักเกณฑ์/แผนบริหารและพัฒนาบุคลากร", [("/download/hr/", "HR")]),
    ("o14", "รายงานผลการบริหารทรัพยากรบุคคล", [("hr-report-68", "")]),
    ("o15", "ประมวลจริยธรรม", [("ethics", "")]),
    ("o16", "คู่มือจัดการเรื่องร้องเรียนการทุจริต", [("complaint-manual", "")]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("/complaint/corruption/", "แจ้งเบาะแส")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("complaint-stats", "")]),
    ("o19", "การมีส่วนร่วม", [("/news/312/", "เวทีรับฟังความคิดเห็น")]),
    ("o20", "No Gift Policy", [("no-gift-67", ""), ("gift-report-68", "")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("risk-69", "")]),
    ("o22", "รายงานผลการจัดการความเสี่ยงการทุจริต", [(DEAD_69, "ดาวน์โหลด")]),
    ("o23", "แผนป้องกันการทุจริต", [("anti-plan-69", "")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("anti-report-68", "")]),
    ("o25", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี 2569", [("ita-measures-68", "")]),
    ("o26", "รายงานผลตามมาตรการส่งเสริมคุณธรรม", [("integrity-report-68", "")]),
]
ITA_68 = [
    ("o5", "แผนยุทธศาสตร์ (พ.ศ. 2564 - 2568)", [("strat-64", "")]),
    ("o10", "แผนปฏิบัติราชการ ปี 2568", [(DEAD_68, "ดาวน์โหลด")]),
    ("o19", "แผนพัฒนาบุคลากร ปี 2568", [("hr-plan-68", "")]),
    ("o21", "No Gift Policy", [("no-gift-67", "")]),
    ("o36", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", [("ita-measures-68", "")]),
    ("o37", "การดำเนินการตามมาตรการ", [("/download/integrity/", "เอกสาร")]),
]


def ita_table(rows) -> str:
    out = []
    for code, label, links in rows:
        cells = []
        for target, text in links:
            if target.startswith("/"):
                cells.append(f'<a href="{target}">{esc(text)}</a>')
            else:
                cells.append(f'<a href="{f(target)}">{esc(ROWS[target][0])}</a>')
        out.append(f"<tr><td>{code}</td><td>{esc(label)}</td><td>{'<br>'.join(cells)}</td></tr>")
    return ('<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n' + "\n".join(out) + "</table>")


# ---------------------------------------------------------------- static pages

STATIC = {
    "/about/history/": ("ประวัติหน่วยงาน",
        "<p>สถานีพัฒนาที่ดินพิจิตร เป็นหน่วยงานในสังกัดสำนักงานพัฒนาที่ดินเขต 8 กรมพัฒนาที่ดิน จัดตั้งเมื่อ พ.ศ. 2535 "
        "ให้บริการด้านการพัฒนาที่ดินแก่เกษตรกรใน 12 อำเภอของจังหวัดพิจิตร</p>"),
    "/about/vision/": ("วิสัยทัศน์ พันธกิจ",
        "<p>วิสัยทัศน์ : ดินดี มีน้ำ เกษตรกรพิจิตรมีรายได้มั่นคง</p><p>พันธกิจ : ฟื้นฟูคุณภาพดิน พัฒนาแหล่งน้ำในไร่นา ถ่ายทอดเทคโนโลยีผ่านหมอดินอาสา</p>"),
    "/about/structure/": ("โครงสร้างหน่วยงาน",
        '<p><img src="/assets/chart.png" alt="แผนผังโครงสร้างสถานีพัฒนาที่ดินพิจิตร" width="120" height="80"></p>'
        "<ul><li>ผู้อำนวยการสถานีพัฒนาที่ดินพิจิตร<ul><li>ฝ่ายบริหารทั่วไป (งานธุรการ การเงิน พัสดุ บุคคล)</li>"
        "<li>กลุ่มวิชาการ (งานวิเคราะห์ดิน งานส่งเสริมและถ่ายทอดเทคโนโลยี หมอดินอาสา)</li>"
        "<li>กลุ่มปฏิบัติการ (งานอนุรักษ์ดินและน้ำ งานแหล่งน้ำในไร่นา งานเครื่องจักรกล)</li></ul></li></ul>"
        '<p>ดูเพิ่มเติม : <a href="/about/authority/">อำนาจหน้าที่</a></p>'),
    "/about/authority/": ("อำนาจหน้าที่",
        "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมพัฒนาที่ดิน และประกาศกรมพัฒนาที่ดินเรื่องการแบ่งงานภายในสำนักงานพัฒนาที่ดินเขต สถานีพัฒนาที่ดินมีหน้าที่ ดังนี้</p>"
        "<ol><li>ดำเนินการสำรวจ วิเคราะห์ และจัดทำข้อมูลดินและการใช้ที่ดินระดับจังหวัด</li>"
        "<li>ดำเนินการพัฒนาที่ดิน ปรับปรุงบำรุงดิน และอนุรักษ์ดินและน้ำในพื้นที่เกษตรกรรม</li>"
        "<li>ก่อสร้างแหล่งน้ำในไร่นานอกเขตชลประทาน</li><li>ให้บริการวิเคราะห์ดินและคำแนะนำการใช้ปุ๋ย</li>"
        "<li>ถ่ายทอดเทคโนโลยีการพัฒนาที่ดินแก่เกษตรกรและหมอดินอาสา</li><li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้อง</li></ol>"),
    "/about/executives/": ("ผู้บริหาร",
        '<div class="card"><img src="/assets/person.png" alt="นายวีรพงษ์ แสงอรุณ" width="60" height="75"><br>นายวีรพงษ์ แสงอรุณ<br>ผู้อำนวยการสถานีพัฒนาที่ดินพิจิตร<br>โทร. 0 5601 3327 ต่อ 101</div>'
        '<div class="card"><img src="/assets/person.png" alt="นางสาวอรทัย ชื่นใจ" width="60" height="75"><br>นางสาวอรทัย ชื่นใจ<br>หัวหน้ากลุ่มวิชาการ<br>โทร. 0 5601 3327 ต่อ 104</div>'
        '<div class="card"><img src="/assets/person.png" alt="นายประเสริฐ ดวงดี" width="60" height="75"><br>นายประเสริฐ ดวงดี<br>หัวหน้าฝ่ายบริหารทั่วไป<br>โทร. 0 5601 3327 ต่อ 102</div>'),
    "/contact/": ("ติดต่อเรา",
        "<p>สถานีพัฒนาที่ดินพิจิตร 88 หมู่ที่ 4 ถนนพิจิตร-สากเหล็ก ตำบลท่าหลวง อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000</p>"
        "<p>โทรศัพท์ 0 5601 3327 โทรสาร 0 5601 3328 อีเมล pct_station@ldd-example.go.th</p>"
        "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p><p><a href=\"https://maps.google.com/?q=16.4352,100.3521\">แผนที่ Google Maps</a></p>"
        '<p>สอบถามข้อมูล : <a href="/qa/">กระดานถาม-ตอบ</a></p>'),
    "/qa/": ("ถาม-ตอบ (Q&A)",
        "<dl><dt>ถาม (12 ม.ค. 2569) : ขอรับบริการวิเคราะห์ดินต้องเสียค่าใช้จ่ายหรือไม่</dt><dd>ตอบ : ไม่มีค่าใช้จ่าย ยื่นคำขอได้ที่สถานีหรือทางออนไลน์</dd>"
        "<dt>ถาม (3 มี.ค. 2569) : ขอบ่อน้ำในไร่นาปี 2570 ต้องทำอย่างไร</dt><dd>ตอบ : ลงทะเบียนกับหมอดินอาสาประจำตำบลภายในเดือนมิถุนายน 2569</dd></dl>"
        '<form action="/qa/" method="post"><p>ชื่อ <input name="name"> อีเมล <input name="email"></p><p>คำถาม <textarea name="q"></textarea></p><p><button>ส่งคำถาม</button></p></form>'),
    "/services/soil-analysis/": ("บริการวิเคราะห์ดิน",
        '<p>บริการวิเคราะห์ดินฟรี ค่า pH ธาตุอาหาร N P K พร้อมคำแนะนำการใช้ปุ๋ย <a href="/eservice/soil-request/">ยื่นคำขอออนไลน์</a></p>'),
    "/services/ldd-products/": ("ผลิตภัณฑ์สารเร่ พด.", "<p>แจกจ่ายสารเร่ พด.1 พด.2 พด.7 ฟรี ติดต่อสถานีหรือหมอดินอาสา</p>"),
    "/services/mordin/": ("หมอดินอาสา", "<p>หมอดินอาสาประจำตำบล 89 ตำบล และประจำหมู่บ้าน 412 คน</p>"),
    "/services/water-pond/": ("แหล่งน้ำในไร่นานอกเขตชลประทาน", "<p>บ่อขนาด 1,260 ลูกบาศก์เมตร เกษตรกรสมทบ 4,000 บาท</p>"),
    "/eservice/": ("E-Service ระบบบริการออนไลน์",
        '<ul><li><a href="/eservice/soil-request/">ยื่นคำขอรับบริการวิเคราะห์ดินออนไลน์</a></li>'
        '<li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตออนไลน์</a></li></ul>'
        f'<p>สถิติการให้บริการ ปีงบประมาณ 2569 : <a href="{name("stats-69")}">ดาวน์โหลด (XLSX)</a></p>'),
    "/eservice/soil-request/": ("ยื่นคำขอรับบริการวิเคราะห์ดินออนไลน์",
        '<form action="/eservice/soil-request/" method="post"><p>ชื่อ-สกุล <input name="name" required></p>'
        '<p>เลขประจำตัวประชาชน <input name="pid"></p><p>โทรศัพท์ <input name="tel"></p>'
        '<p>ที่ตั้งแปลง (ตำบล/อำเภอ) <input name="plot"></p><p>พืชที่ปลูก <input name="crop"></p>'
        '<p><button type="submit">ส่งคำขอ</button></p></form><p>เจ้าหน้าที่จะติดต่อกลับภายใน 2 วันทำการ</p>'),
    "/complaint/": ("ร้องเรียน/ร้องทุกข์",
        '<p>ร้องเรียนการให้บริการ โทร. 0 5601 3327 หรือ <a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'),
    "/complaint/corruption/": ("แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        '<form action="/complaint/corruption/" method="post"><p>ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="name"></p>'
        '<p>เรื่องที่ร้องเรียน <input name="subject"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
        '<p>แนบไฟล์ <input type="file" name="file"></p><p><button type="submit">ส่งเรื่อง</button></p></form>'
        '<p>ช่องทางอื่น : <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a> · สายด่วน 1206</p>'),
    "/knowledge/": ("คลังความรู้",
        '<ul><li><a href="/knowledge/green-manure/">การปลูกปอเทืองเป็นปุ๋ยพืชสด</a></li><li><a href="/knowledge/acid-soil/">การปรับปรุงดินกรด</a></li>'
        '<li><a href="/knowledge/vetiver/">หญ้าแฝกอนุรักษ์ดินและน้ำ</a></li></ul>'),
    "/knowledge/green-manure/": ("การปลูกปอเทืองเป็นปุ๋ยพืชสด", "<p>หว่านเมล็ด 5 กก./ไร่ ไถกลบเมื่ออายุ 50 วัน</p>"),
    "/knowledge/acid-soil/": ("การปรับปรุงดินกรด", "<p>ใช้โดโลไมท์ 300 - 500 กก./ไร่ ตามผลวิเคราะห์ดิน</p>"),
    "/knowledge/vetiver/": ("หญ้าแฝกอนุรักษ์ดินและน้ำ", "<p>ปลูกเป็นแถวขวางความลาดเท ระยะห่างต้น 5 ซม.</p>"),
    "/privacy/": ("นโยบายความเป็นส่วนตัว", "<p>สถานีฯ เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นต่อการให้บริการ</p>"),
    "/ita/": ("ITA การประเมินคุณธรรมและความโปร่งใส",
        '<ul><li><a href="/ita/2569/">ITA ประจำปีงบประมาณ 2569</a></li><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ 2568</a></li></ul>'),
}


def procurement() -> None:
    months = sorted([k for k in ROWS if k.startswith("skr-")], key=lambda k: ROWS[k][2], reverse=True)
    body = "<h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)</h2>" + table(months)
    body += f'<h2>รายงานประจำปี</h2><p><a href="{f("proc-year-68")}">{esc(ROWS["proc-year-68"][0])}</a></p>'
    body += '<p>ประกาศจัดซื้อจัดจ้างทั้งหมด : <a href="/download/procure/">ดูทั้งหมด</a></p>'
    write("/procurement/", "จัดซื้อจัดจ้าง", body)


def downloads() -> None:
    items = "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<ul>{items}</ul>")
    for cat, title in CATS.items():
        keys = listed(cat)
        if cat == "procure":
            keys = [k for k in keys if not k.startswith("skr-")]
        write(f"/download/{cat}/", f"ดาวน์โหลด : {title}", table(keys))


def home() -> None:
    latest = "".join(f'<li><a href="/news/{n}/">{esc(t)}</a> <small>{news_date(w)}</small></li>' for n, w, t, _p, _f in NEWS[:5])
    write("/", "หน้าแรก", f'<h2>ข่าวล่าสุด</h2><ul>{latest}</ul><p><a href="/news/">ข่าวทั้งหมด</a></p>'
          '<h2>บริการเด่น</h2><ul><li><a href="/services/soil-analysis/">วิเคราะห์ดินฟรี</a></li>'
          '<li><a href="/services/water-pond/">แหล่งน้ำในไร่นา</a></li><li><a href="/services/mordin/">หมอดินอาสา</a></li></ul>')


def sitemap() -> None:
    links = sorted({*STATIC, "/", "/news/", "/procurement/", "/download/", "/ita/2569/", "/ita/2568/"})
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{u}</a></li>' for u in links) + "</ul>")


def assets() -> None:
    from PIL import Image

    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    for n, size, colour in (("logo.png", (64, 64), (34, 120, 60)), ("chart.png", (120, 80), (220, 220, 200)),
                            ("person.png", (60, 75), (180, 180, 190))):
        buf = io.BytesIO()
        Image.new("RGB", size, colour).save(buf, format="PNG")
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(buf.getvalue())
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#2e6b3a;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#side{float:left;width:22%}#main{margin-left:24%}"
                 "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}#footer{clear:both;background:#eee}\n")


def main() -> None:
    assets()
    home()
    for path, (title, body) in STATIC.items():
        write(path, title, body)
    news_pages()
    procurement()
    downloads()
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569", ita_table(ITA_69))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568", ita_table(ITA_68))
    sitemap()


if __name__ == "__main__":
    main()
