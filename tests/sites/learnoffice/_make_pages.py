"""Generate the HTML pages of the "learnoffice" test site (สำนักงานส่งเสริมการเรียนรู้ระดับอำเภอ
ห้วยน้ำริน, invented).

Run:  python tests/sites/learnoffice/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A district office on the department's shared school template: a top bar, a menu, a right-hand side
column (the director, the learning centres, links to the department and the provincial office), a
footer on every page; pages are folder/index.html.  Documents are listed by category under
/download/<cat>/, the monthly procurement summaries on /procurement/, circulars from the provincial
office on /circular/, news under /news/ (two pages).  The ITA page /ita/2569/ is a table of o1 … o26
in the office's own short wording, linking files, pages and category lists; /ita/2568/ is still
online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "สำนักงานส่งเสริมการเรียนรู้ระดับอำเภอห้วยน้ำริน"
SHORT = "สกร.ระดับอำเภอห้วยน้ำริน"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน/แผนปฏิบัติการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ", "stats": "ข้อมูลสถิติ",
        "procure": "ประกาศจัดซื้อจัดจ้าง", "hr": "งานบุคลากร", "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
HIDDEN = {"risk-68-old"}  # linked only from last year's ITA page
MISSING_SIZE = {"risk-mgmt-68": "286.4 KB", "risk-68-old": "301.9 KB"}
TAMBONS = ["ห้วยน้ำริน", "บ้านแก่ง", "น้ำพี้", "ท่าแฝก", "ผาเลือด", "นาขุม", "ม่วงเจ็ดต้น"]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับเรา", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวกิจกรรม", "/news/"), ("หลักสูตร/สมัครเรียน", "/courses/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    centres = "<br>".join(f"ศกร.ตำบล{t}" for t in TAMBONS)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {SHORT}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">กรมส่งเสริมการเรียนรู้ กระทรวงศึกษาธิการ · {SHORT} (เดิม กศน.อำเภอห้วยน้ำริน) · โทร. 0 5541 7283</div>
<div id="banner"><img src="/assets/logo.png" alt="ตรา สกร." width="60" height="60">
<b>{ORG}</b><br><small>Huai Nam Rin District Learning Promotion Office · เรียนรู้ได้ทุกที่ ทุกเวลา ตลอดชีวิต</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="main">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="side">
<div class="box"><img src="/assets/person.png" alt="ผู้อำนวยการ" width="80"><br><b>ผู้อำนวยการ {SHORT}</b><br>
นางสาวพรรณทิพา ศรีวงศ์ษา</div>
<div class="box"><b>ศูนย์ส่งเสริมการเรียนรู้ระดับตำบล</b><br>{centres}<br><a href="/about/centres/">ดูทั้งหมด</a></div>
<div class="box"><b>ลิงก์</b><br><a href="/ita/2569/">ITA ๒๕๖๙</a><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br>
<a href="/circular/">หนังสือแจ้งเวียน สกร.จังหวัด</a><br><a href="/library/">ห้องสมุดประชาชนอำเภอ</a><br>
<a href="https://www.dole.go.th/">กรมส่งเสริมการเรียนรู้</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="box">ผู้เข้าชม ๔๓,๑๐๗ ครั้ง</div>
</div></div>
<div id="footer">{ORG} ถนนน้ำริน-บ้านแก่ง ตำบลห้วยน้ำริน อำเภอห้วยน้ำริน จังหวัดอุตรดิตถ์ 53290<br>
โทรศัพท์ 0 5541 7283 อีเมล huainamrin.learn@gmail.com · Facebook: สกร.อำเภอห้วยน้ำริน ·
<a href="/privacy/">นโยบายความเป็นส่วนตัว</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© ๒๕๖๗ {SHORT} พัฒนาโดยงานเทคโนโลยีสารสนเทศ</div>
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
                    f'<td>{ext.upper()} {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่เผยแพร่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and ROWS[k][1] != "circular" and (cat is None or ROWS[k][1] == cat)
            and not k.startswith("proc-20")]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (512, (2026, 4, 3), "รับสมัครนักศึกษา ภาคเรียนที่ 1/2569 ระดับประถม ม.ต้น ม.ปลาย",
     ["สกร.ระดับอำเภอห้วยน้ำริน เปิดรับสมัครนักศึกษาหลักสูตรการศึกษานอกระบบระดับการศึกษาขั้นพื้นฐาน ภาคเรียนที่ 1/2569 "
      "ตั้งแต่วันที่ 1 เมษายน - 15 พฤษภาคม 2569 ณ ศกร.ระดับตำบลทั้ง 7 แห่ง หรือ <a href=\"/eservice/register/\">สมัครออนไลน์</a>"]),
    (509, (2026, 3, 21), "การสอบปลายภาค ภาคเรียนที่ 2/2568",
     ["วันที่ 21 - 22 มีนาคม 2569 จัดสอบปลายภาค ณ โรงเรียนห้วยน้ำรินวิทยา มีผู้เข้าสอบ 1,022 คน จากผู้มีสิทธิ์สอบ 1,087 คน"]),
    (505, (2026, 2, 13), "สรุปผลการประชุมรับฟังความคิดเห็นภาคีเครือข่ายต่อการจัดการเรียนรู้ ประจำปี 2569",
     ["วันที่ 12 กุมภาพันธ์ 2569 สกร.ระดับอำเภอห้วยน้ำริน จัดประชุมรับฟังความคิดเห็นภาคีเครือข่าย ได้แก่ ผู้นำชุมชน "
      "อบต. โรงพยาบาลส่งเสริมสุขภาพตำบล ผู้เรียน และคณะกรรมการสถานศึกษา รวม 47 คน เพื่อเปิดโอกาสให้มีส่วนร่วมในการวางแผนจัดการเรียนรู้",
      "ผลการรับฟังความคิดเห็น: ภาคีเครือข่ายเสนอให้เปิดหลักสูตรอาชีพแปรรูปลางสาดและทุเรียนหลง-หลินลับแล 3 ตำบล "
      "เพิ่มการเรียนทักษะดิจิทัลสำหรับผู้สูงอายุ และจัดการพบกลุ่มวันเสาร์สำหรับผู้เรียนวัยแรงงาน",
      "สำนักงานจะนำข้อเสนอไปบรรจุในแผนปฏิบัติการปีงบประมาณ พ.ศ. 2570 และแจ้งผลการพิจารณาต่อภาคีเครือข่ายในเดือนกันยายน 2569"]),
    (501, (2026, 2, 3), "ขอเชิญร่วมประชุมรับฟังความคิดเห็นภาคีเครือข่าย",
     ["ขอเชิญผู้นำชุมชนและภาคีเครือข่ายร่วมประชุมในวันที่ 12 กุมภาพันธ์ 2569 เวลา 09.00 น.",
      '<a href="{invite}">ดาวน์โหลดหนังสือเชิญ</a>']),
    (497, (2026, 1, 23), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมบุคลากร ประจำปีงบประมาณ 2569",
     ["วันที่ 23 มกราคม 2569 สกร.ระดับอำเภอห้วยน้ำริน จัดอบรมส่งเสริมคุณธรรมจริยธรรม เพื่อขับเคลื่อนประมวลจริยธรรมของเจ้าหน้าที่ของรัฐ "
      "โดยคณะทำงานขับเคลื่อนจริยธรรมของสำนักงาน วิทยากรบรรยายเรื่องการป้องกันผลประโยชน์ทับซ้อนและกรณีศึกษาการกระทำผิดจริยธรรม",
      "ผู้เข้าร่วม ผู้บริหาร ครู ศกร.ตำบล ครูอาสาสมัคร และบุคลากร รวม 21 คน"]),
    (493, (2025, 12, 26), "ห้องสมุดเคลื่อนที่ ส่งเสริมการอ่านช่วงเทศกาลปีใหม่",
     ["บรรณารักษ์ห้องสมุดประชาชนอำเภอห้วยน้ำรินนำรถห้องสมุดเคลื่อนที่ให้บริการ ณ จุดบริการประชาชนช่วงเทศกาลปีใหม่ 2569"]),
    (488, (2025, 12, 9), "อบรมหลักสูตรอาชีพจักสานไม้ไผ่ 40 ชั่วโมง ตำบลน้ำพี้",
     ["ศกร.ตำบลน้ำพี้ จัดอบรมอาชีพจักสานไม้ไผ่ ระหว่างวันที่ 1 - 9 ธันวาคม 2568 ผู้เข้ารับการอบรม 18 คน"]),
    (484, (2025, 11, 18), "กิจกรรมพัฒนาคุณภาพชีวิต (กพช.) ปลูกป่าต้นน้ำ",
     ["นักศึกษาและครูร่วมปลูกต้นไม้ 600 ต้น ณ ป่าชุมชนบ้านผาเลือด"]),
    (480, (2025, 10, 27), "ประชุมประจำเดือนบุคลากร ตุลาคม 2568",
     ["ผู้อำนวยการมอบนโยบายการจัดการเรียนรู้ ภาคเรียนที่ 2/2568 และเน้นย้ำการลงเวลาสอนให้ตรงกับชั่วโมงจริง"]),
    (476, (2025, 10, 6), "ปฐมนิเทศนักศึกษาใหม่ ภาคเรียนที่ 2/2568",
     ["นักศึกษาใหม่ 96 คน เข้ารับการปฐมนิเทศ ณ หอประชุมอำเภอห้วยน้ำริน"]),
    # FY2568: page 2
    (452, (2025, 9, 12), "มอบประกาศนียบัตรผู้จบการศึกษา ภาคเรียนที่ 1/2568", ["ผู้จบการศึกษา 184 คน"]),
    (441, (2025, 6, 20), "อบรมการป้องกันผลประโยชน์ทับซ้อน", ["บุคลากร 21 คน เข้ารับการอบรม"]),
    (433, (2025, 2, 21), "ประชุมรับฟังความคิดเห็นภาคีเครือข่าย ประจำปี 2568",
     ["วันที่ 20 กุมภาพันธ์ 2568 กศน.อำเภอห้วยน้ำริน จัดประชุมรับฟังความคิดเห็นภาคีเครือข่าย ผู้เข้าร่วม 39 คน เสนอหลักสูตรอาชีพ 6 หลักสูตร"]),
    (425, (2024, 12, 20), "งานวันเด็กและส่งเสริมการอ่าน", ["จัดกิจกรรมส่งเสริมการอ่านร่วมกับ อบต.ห้วยน้ำริน"]),
]


def news_pages() -> None:
    for nid, (y, m, day), title, paras in NEWS:
        from datetime import date

        body = f'<p class="date">วันที่ {be(date(y, m, day))} · โดย งานประชาสัมพันธ์</p>\n'
        body += "\n".join(f"<p>{p.replace('{invite}', f('forum-invite'))}</p>" for p in paras)
        body += '\n<p><img src="/assets/chart.png" alt="ภาพกิจกรรม" width="240"></p><p><a href="/news/">กลับหน้าข่าว</a></p>'
        write(f"/news/{nid}/", title, body)

    def listing(items) -> str:
        from datetime import date

        return "<ul class=\"news\">\n" + "\n".join(
            f'<li><a href="/news/{nid}/">{esc(t)}</a> <small>({be(date(y, m, day))})</small></li>'
            for nid, (y, m, day), t, _p in items) + "</ul>"

    write("/news/", "ข่าวกิจกรรม", listing(NEWS[:10]) + '<p>หน้า 1 | <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวกิจกรรม (หน้า 2)", listing(NEWS[10:]) + '<p><a href="/news/">1</a> | หน้า 2</p>')


# ---------------------------------------------------------------- ITA pages

def link(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


def ita_2569() -> None:
    rows = [
        ("o1", "โครงสร้างหน่วยงาน", [link("/about/structure/", "โครงสร้าง"), link("/about/authority/", "อำนาจหน้าที่")]),
        ("o2", "ข้อมูลผู้บริหาร", [link("/about/executives/", "ผู้บริหาร")]),
        ("o3", "ข้อมูลการติดต่อ / ถาม-ตอบ", [link("/contact/", "ติดต่อ"), link("/qa/", "Q&A")]),
        ("o4", "ข่าวประชาสัมพันธ์", [link("/news/", "ข่าวกิจกรรม")]),
        ("o5", "แผนพัฒนาการศึกษา", [link(f("plan-4y"), "แผนพัฒนาการศึกษา")]),
        ("o6", "แผนปฏิบัติการประจำปี", [link(f("ap-69"), "แผนปฏิบัติการ 2569")]),
        ("o7", "รายงานผลการดำเนินงานประจำปี", [link("/download/report/", "คลิก")]),
        ("o8", "คู่มือปฏิบัติงาน", [link(f("reg-manual"), "คู่มือทะเบียน")]),
        ("o9", "คู่มือบริการประชาชน", [link(f("service-manual"), "คู่มือการให้บริการ")]),
        ("o10", "E-Service / สถิติบริการ", [link("/eservice/", "E-Service"), link(f("service-stats-69"), "สถิติ")]),
        ("o11", "สขร.1 รายเดือน", [link("/procurement/", "คลิก")]),
        ("o12", "สรุปจัดซื้อจัดจ้างประจำปี", [link(f("proc-year-68"), "รายงานปี 2568")]),
        ("o13", "HR หลักเกณฑ์และแผน", [link("/download/hr/", "งานบุคลากร")]),
        ("o14", "รายงานผล HR", [link(f("hr-report-68"), "รายงาน")]),
        ("o15", "ประมวลจริยธรรม / ขับเคลื่อน", [link(f("ethics"), "ประมวลจริยธรรม"), link(f("ethics-order-69"), "คำสั่งคณะทำงาน"),
                                               link("/news/497/", "อบรมคุณธรรม")]),
        ("o16", "คู่มือร้องเรียน", [link(f("complaint-manual"), "คู่มือ")]),
        ("o17", "ช่องทางร้องเรียนการทุจริต", [link("/complaint/corruption/", "แจ้งเรื่อง")]),
        ("o18", "สถิติเรื่องร้องเรียน", [link(f("complaint-68h1"), "สถิติ")]),
        ("o19", "การมีส่วนร่วม", [link("/news/505/", "ผลการรับฟังความคิดเห็น")]),
        ("o20", "No Gift Policy", [link(f("no-gift"), "ประกาศ"), link(f("gift-report-68"), "รายงานการรับของขวัญ")]),
        ("o21", "ประเมินความเสี่ยงการทุจริต ปี 2569", [link(f("risk-69"), "ผลการประเมิน")]),
        ("o22", "รายงานผลการบริหารความเสี่ยง", [link(f("risk-mgmt-68"), "รายงาน")]),
        ("o23", "แผนป้องกันการทุจริต", [link(f("anti-plan-69"), "แผน 2569")]),
        ("o24", "รายงานผลป้องกันการทุจริต", [link(f("anti-report-68"), "รายงาน 2568")]),
        ("o25", "นำผล ITA ไปพัฒนา", [link(f("ita-analysis-67"), "ผลการวิเคราะห์")]),
        ("o26", "รายงานผลตามมาตรการฯ", [link(f("measures-report-68"), "รายงาน")]),
    ]
    body = ("<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</p>\n<table class=\"ita\"><tr><th>ข้อ</th><th>ข้อมูล</th>"
            "<th>ลิงก์</th></tr>\n" + "\n".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{' · '.join(ls)}</td></tr>"
                                             for c, t, ls in rows) + "</table>")
    write("/ita/2569/", "ITA ๒๕๖๙ การเปิดเผยข้อมูลสาธารณะ (OIT)", body)


def ita_2568() -> None:
    rows = [
        ("o1", "โครงสร้าง", link("/about/structure/", "คลิก")), ("o4", "แผนพัฒนาการศึกษา 4 ปี", link(f("plan-4y"), "คลิก")),
        ("o5", "แผนปฏิบัติการ 2568", link(f("ap-68"), "คลิก")), ("o7", "รายงานผลการดำเนินงาน", "รอดำเนินการ"),
        ("o14", "สขร.1", link(f("proc-2025-09"), "ก.ย. 2568")), ("o21", "No Gift Policy", link(f("no-gift"), "ประกาศ")),
        ("o23", "ประเมินความเสี่ยงการทุจริต 2568", link(f("risk-68-old"), "คลิก")),
        ("o26", "มาตรการส่งเสริมคุณธรรม", link(f("ita-analysis-67"), "คลิก")),
        ("o30", "สถิติเรื่องร้องเรียน", link(f("complaint-68h1"), "รอบ 6 เดือน")),
    ]
    body = ("<p>ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (กศน.อำเภอห้วยน้ำริน)</p>\n<table class=\"ita\"><tr><th>ข้อ</th><th>ข้อมูล</th>"
            "<th>ลิงก์</th></tr>\n" + "\n".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{ls}</td></tr>" for c, t, ls in rows)
            + "</table>")
    write("/ita/2568/", "ITA ๒๕๖๘", body)
    write("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
          '<ul><li><a href="/ita/2569/">ITA ประจำปี ๒๕๖๙</a></li><li><a href="/ita/2568/">ITA ประจำปี ๒๕๖๘</a></li></ul>')


# ---------------------------------------------------------------- other pages

def static_pages() -> None:
    from datetime import date

    latest = "".join(f'<li><a href="/news/{n}/">{esc(t)}</a> ({be(date(*dt))})</li>' for n, dt, t, _p in NEWS[:5])
    write("/", "หน้าแรก", f"<h2>ข่าวล่าสุด</h2><ul>{latest}</ul>"
          '<h2>บริการ</h2><p><a href="/eservice/register/">สมัครเรียนออนไลน์</a> · <a href="/eservice/certificate/">ขอหนังสือรับรองผลการเรียน</a>'
          ' · <a href="/download/manual/">คู่มือประชาชน</a> · <a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a></p>')
    write("/about/history/", "ประวัติความเป็นมา",
          "<p>เดิมคือ ศูนย์การศึกษานอกระบบและการศึกษาตามอัธยาศัยอำเภอห้วยน้ำริน (กศน.อำเภอห้วยน้ำริน) ก่อตั้งเมื่อ พ.ศ. 2536 "
          "เมื่อพระราชบัญญัติส่งเสริมการเรียนรู้ พ.ศ. 2566 มีผลใช้บังคับ ได้เปลี่ยนเป็น สำนักงานส่งเสริมการเรียนรู้ระดับอำเภอห้วยน้ำริน "
          "สังกัดสำนักงานส่งเสริมการเรียนรู้ประจำจังหวัดอุตรดิตถ์ กรมส่งเสริมการเรียนรู้</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์: คนห้วยน้ำรินได้เรียนรู้ตลอดชีวิต มีทักษะที่จำเป็น และมีอาชีพที่มั่นคง</p>"
          "<p>พันธกิจ: ส่งเสริมการศึกษานอกระบบ การศึกษาตามอัธยาศัย และการเรียนรู้ของประชาชนทุกช่วงวัย</p>")
    write("/about/structure/", "โครงสร้างหน่วยงาน",
          '<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้าง สกร.ระดับอำเภอห้วยน้ำริน" width="420"></p>'
          "<ul><li>ผู้อำนวยการสำนักงานส่งเสริมการเรียนรู้ระดับอำเภอห้วยน้ำริน<ul>"
          "<li>คณะกรรมการสถานศึกษา</li>"
          "<li>งานบริหารทั่วไป: ธุรการ การเงินและบัญชี พัสดุ บุคลากร แผนงาน ประชาสัมพันธ์</li>"
          "<li>งานส่งเสริมการเรียนรู้: การศึกษาขั้นพื้นฐาน (ทะเบียนและวัดผล) การศึกษาต่อเนื่อง การศึกษาตามอัธยาศัย (ห้องสมุดประชาชนอำเภอ)</li>"
          "<li>งานภาคีเครือข่ายและกิจการพิเศษ</li>"
          "<li>ศูนย์ส่งเสริมการเรียนรู้ระดับตำบล 7 แห่ง</li></ul></li></ul>"
          '<p>ดู <a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามพระราชบัญญัติส่งเสริมการเรียนรู้ พ.ศ. 2566 และประกาศกรมส่งเสริมการเรียนรู้ว่าด้วยการแบ่งงานภายใน "
          "สำนักงานส่งเสริมการเรียนรู้ระดับอำเภอมีอำนาจหน้าที่ โดยสรุป ดังนี้</p><ol>"
          "<li>จัดและส่งเสริมการเรียนรู้ของประชาชนในพื้นที่อำเภอ ทั้งการศึกษานอกระบบ การศึกษาตามอัธยาศัย และการเรียนรู้ตลอดชีวิต</li>"
          "<li>จัดการศึกษานอกระบบระดับการศึกษาขั้นพื้นฐาน ออกหลักฐานการศึกษา และเทียบโอนผลการเรียน</li>"
          "<li>จัดการศึกษาต่อเนื่องเพื่อพัฒนาอาชีพ ทักษะชีวิต และทักษะดิจิทัล</li>"
          "<li>ส่งเสริมการอ่านและบริหารห้องสมุดประชาชนอำเภอและแหล่งเรียนรู้ในชุมชน</li>"
          "<li>ส่งเสริม สนับสนุน และประสานภาคีเครือข่ายในการจัดการเรียนรู้</li>"
          "<li>กำกับ ดูแล และสนับสนุนการดำเนินงานของศูนย์ส่งเสริมการเรียนรู้ระดับตำบล</li></ol>")
    people = [("นางสาวพรรณทิพา ศรีวงศ์ษา", "ผู้อำนวยการสำนักงานส่งเสริมการเรียนรู้ระดับอำเภอห้วยน้ำริน", "08 1530 4472"),
              ("นายอดิศร แก้วประเสริฐ", "ครูชำนาญการ หัวหน้างานส่งเสริมการเรียนรู้", "08 9641 2275"),
              ("นางจิราพร มณีวงศ์", "ครูผู้ช่วย หัวหน้างานบริหารทั่วไป", "06 3218 9904")]
    write("/about/executives/", "ผู้บริหาร", "".join(
        f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="90"><p><b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</p></div>'
        for n, p, t in people))
    write("/about/staff/", "บุคลากร", "<ul><li>ครู ศกร.ตำบล 7 คน</li><li>ครูอาสาสมัครฯ 4 คน</li><li>บรรณารักษ์ 1 คน</li>"
          "<li>เจ้าหน้าที่ทะเบียน การเงิน พัสดุ 4 คน</li></ul>")
    write("/about/centres/", "ศูนย์ส่งเสริมการเรียนรู้ระดับตำบล",
          "<table><tr><th>ศกร.ตำบล</th><th>ที่ตั้ง</th></tr>" + "".join(
              f"<tr><td>ศกร.ตำบล{t}</td><td>ศาลาอเนกประสงค์ หมู่ที่ {i + 2} ตำบล{t}</td></tr>" for i, t in enumerate(TAMBONS))
          + "</table>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>ถนนน้ำริน-บ้านแก่ง ตำบลห้วยน้ำริน อำเภอห้วยน้ำริน จังหวัดอุตรดิตถ์ 53290</p>"
          "<p>โทรศัพท์ 0 5541 7283 โทรสาร 0 5541 7284<br>อีเมล huainamrin.learn@gmail.com<br>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=17.7001,100.2102">แผนที่ Google Maps</a> · <a href="/qa/">ถาม-ตอบ (Q&amp;A)</a></p>')
    write("/qa/", "ถาม-ตอบ (Q&A)",
          "<div class=\"q\"><b>ถาม:</b> จบ ม.3 นอกระบบแล้วต่อ ม.ปลายได้เลยไหมคะ (ผู้ถาม: นิด, 14 ม.ค. 2569)<br>"
          "<b>ตอบ:</b> สมัครได้ทันที ภาคเรียนที่ 1/2569 เปิดรับสมัคร 1 เม.ย. - 15 พ.ค. 2569 (งานทะเบียน, 15 ม.ค. 2569)</div>"
          "<div class=\"q\"><b>ถาม:</b> ใบประกาศหายต้องทำอย่างไร (ผู้ถาม: สมชาย, 2 มี.ค. 2569)<br>"
          "<b>ตอบ:</b> แจ้งความแล้วยื่นคำร้องขอใบแทนที่งานทะเบียน ใช้เวลา 7 วันทำการ (งานทะเบียน, 3 มี.ค. 2569)</div>"
          '<form action="/qa/" method="post"><p>ชื่อ <input name="name"> คำถาม <textarea name="q"></textarea>'
          '<button type="submit">ส่งคำถาม</button></p></form>')
    write("/courses/", "หลักสูตรและการสมัครเรียน",
          "<ul><li>หลักสูตรการศึกษานอกระบบระดับการศึกษาขั้นพื้นฐาน พุทธศักราช 2551 (ประถม ม.ต้น ม.ปลาย)</li>"
          "<li>การศึกษาต่อเนื่อง: อาชีพระยะสั้น ทักษะชีวิต ทักษะดิจิทัล</li><li>การเทียบระดับการศึกษา</li></ul>"
          '<p><a href="/eservice/register/">สมัครเรียนออนไลน์</a></p>')
    write("/library/", "ห้องสมุดประชาชนอำเภอห้วยน้ำริน",
          "<p>เปิดบริการ อังคาร - เสาร์ 08.30 - 16.30 น. บริการยืม-คืน อินเทอร์เน็ต มุมเด็ก และห้องสมุดเคลื่อนที่</p>")
    write("/eservice/", "E-Service บริการออนไลน์",
          '<ul><li><a href="/eservice/register/">สมัครเรียนออนไลน์</a></li><li><a href="/eservice/certificate/">ขอหนังสือรับรองผลการเรียนออนไลน์</a></li></ul>'
          f'<p>สถิติการให้บริการ: <a href="{f("service-stats-69")}">สถิติการให้บริการ ปีงบประมาณ 2569 (XLSX)</a></p>')
    write("/eservice/register/", "สมัครเรียนออนไลน์",
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSd-hnr-learn-register/formResponse" method="post">'
          '<p>ชื่อ-สกุล <input name="entry.1" required></p><p>เลขประจำตัวประชาชน <input name="entry.2" required></p>'
          '<p>ระดับที่สมัคร <select name="entry.3"><option>ประถมศึกษา</option><option>ม.ต้น</option><option>ม.ปลาย</option></select></p>'
          '<p>ศกร.ตำบล <input name="entry.4"></p><p>โทรศัพท์ <input name="entry.5"></p><p><button type="submit">ส่งใบสมัคร</button></p></form>')
    write("/eservice/certificate/", "ขอหนังสือรับรองผลการเรียนออนไลน์",
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSd-hnr-learn-cert/formResponse" method="post">'
          '<p>ชื่อ-สกุล <input name="entry.1" required></p><p>รหัสนักศึกษา <input name="entry.2"></p>'
          '<p>ประเภท <select name="entry.3"><option>หนังสือรับรองผลการเรียน</option><option>ใบแทนประกาศนียบัตร</option></select></p>'
          '<p>แนบรูปถ่าย <input type="file" name="entry.4"></p><p><button type="submit">ยื่นคำขอ</button></p></form>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          '<p>ร้องเรียนทั่วไป: โทร. 0 5541 7283 หรืออีเมล · <a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p><a href="{f("complaint-manual")}">คู่มือการจัดการเรื่องร้องเรียน</a></p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          '<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>'
          '<form action="/complaint/corruption/" method="post"><p>ชื่อ-สกุล (ไม่ระบุก็ได้) <input name="name"></p>'
          '<p>เรื่อง <input name="subject" required></p><p>รายละเอียด <textarea name="detail" required></textarea></p>'
          '<p>หลักฐาน <input type="file" name="file"></p><p><button type="submit">ส่งเรื่อง</button></p></form>'
          '<p>ช่องทางอื่น: <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · ศูนย์ดำรงธรรม โทร. 1567</p>')
    write("/privacy/", "นโยบายความเป็นส่วนตัว", "<p>สำนักงานเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/circular/", "หนังสือแจ้งเวียนจาก สกร.จังหวัดอุตรดิตถ์",
          "<p>เอกสารจากสำนักงานส่งเสริมการเรียนรู้ประจำจังหวัดอุตรดิตถ์ เพื่อทราบ</p>" + table(["risk-prov-69"]))
    pages = sorted({u for _t, u in MENU} | {"/about/vision/", "/about/authority/", "/library/", "/circular/", "/ita/2569/"})
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{u}</a></li>' for u in pages) + "</ul>")


def download_pages() -> None:
    cats = "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<ul>{cats}</ul><h2>เอกสารล่าสุด</h2>" + table(listed()[:12]))
    for c, t in CATS.items():
        write(f"/download/{c}/", t, table(listed(c)))
    months = sorted((k for k in ROWS if k.startswith("proc-20")), key=lambda k: ROWS[k][2], reverse=True)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          table(months) + '<p>ประกาศจัดซื้อจัดจ้าง: <a href="/download/procure/">ดูทั้งหมด</a></p>')


def assets() -> None:
    from PIL import Image, ImageDraw, ImageFont

    from tests.docmaker import FONT

    folder = os.path.join(HERE, "assets")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#1b4f9c;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:230px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #ccc;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#eee;padding:8px;font-size:small}\n")
    font = ImageFont.truetype(str(FONT), 22)
    chart = Image.new("L", (420, 200), 255)
    draw = ImageDraw.Draw(chart)
    draw.rectangle((150, 10, 270, 50), outline=0)
    draw.text((165, 18), "ผู้อำนวยการ", font=font, fill=0)
    for i, t in enumerate(["บริหารทั่วไป", "ส่งเสริมการเรียนรู้", "ภาคีเครือข่าย"]):
        draw.rectangle((10 + i * 140, 120, 130 + i * 140, 170), outline=0)
        draw.text((15 + i * 140, 130), t, font=ImageFont.truetype(str(FONT), 15), fill=0)
    chart.save(os.path.join(folder, "chart.png"), optimize=True)
    Image.new("L", (60, 60), 200).save(os.path.join(folder, "logo.png"))
    Image.new("L", (90, 110), 170).save(os.path.join(folder, "person.png"))


def main() -> None:
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))
    assets()
    news_pages()
    ita_2569()
    ita_2568()
    static_pages()
    download_pages()


if __name__ == "__main__":
    main()
