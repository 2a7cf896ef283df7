"""Generate the HTML pages of the "specialedu" test site (ศูนย์การศึกษาพิเศษ ประจำจังหวัดยโสธร, invented
people and contacts).

Run:  python tests/sites/specialedu/_make_pages.py   (after _make_docs.py)

A Google-Sites-like site: a banner with the centre's name, a top navigation bar, a side column
(the director, quick links, the ITA pages) and a footer on every page; pages are folder/index.html.
Documents sit on section pages as embedded viewers (an iframe on the PDF) with a "เปิดไฟล์" link, or
as link cards for DOCX/XLSX/DOC/XLS.  The ITA page /ita/ita-2568/ is a table o1 … o26 in the
centre's own short wording whose links go to files, pages or section pages; last year's
/ita/ita-2567/ is still online.  News: /news/ (FY2568) and /news/page/2/ (FY2567).
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "ศูนย์การศึกษาพิเศษ ประจำจังหวัดยโสธร"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับศูนย์ฯ", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("แผนงาน/รายงาน", "/plans/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("บริการ", "/services/"), ("E-Service", "/eservice/"),
        ("คุณธรรมและความโปร่งใส", "/integrity/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<header class="banner"><img src="/assets/logo.png" alt="ตรา สพฐ." width="56" height="56">
<div><b>{ORG}</b><br><small>Special Education Center Region : Yasothon Province · สำนักบริหารงานการศึกษาพิเศษ สพฐ.</small></div></header>
<nav><ul class="nav">
{menu}
</ul></nav>
<div class="wrap"><aside class="side">
<div class="card"><b>ผู้อำนวยการศูนย์ฯ</b><br>นางรัชนีกร ทองประเสริฐ<br>โทร. 0 4572 1186 ต่อ 101</div>
<div class="card"><b>ลิงก์ด่วน</b><br><a href="/eservice/">ลงทะเบียนขอรับบริการออนไลน์</a><br>
<a href="/complaint/">แจ้งเรื่องร้องเรียน/ทุจริต</a><br><a href="/services/">คู่มือการขอรับบริการ</a><br>
<a href="/ita/ita-2568/">ITA ๒๕๖๘</a><br><a href="/ita/ita-2567/">ITA ๒๕๖๗</a><br>
<a href="https://www.obec.go.th/">สพฐ.</a><br><a href="https://special.obec.go.th/">สำนักบริหารงานการศึกษาพิเศษ</a></div>
<div class="card">ผู้เข้าชม ๔๑,๒๐๗ ครั้ง</div>
</aside>
<main>
<h1>{esc(title)}</h1>
{body}
</main></div>
<footer>{ORG} เลขที่ 88 ถนนวิทยาธำรงค์ ตำบลในเมือง อำเภอเมืองยโสธร จังหวัดยโสธร 35000<br>
โทรศัพท์ 0 4572 1186 โทรสาร 0 4572 1187 อีเมล sped.yasothon@example.th · Facebook: ศูนย์การศึกษาพิเศษ ประจำจังหวัดยโสธร<br>
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a> · สร้างด้วย Google Sites</footer>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def f(key: str) -> str:
    return name(key)


def viewer(key: str, label: str | None = None) -> str:
    """A document as the site builder shows it: a PDF in an embedded viewer, other files as a card."""
    title, _cat, up, ext, _m = ROWS[key]
    label = label or title
    if ext == "pdf":
        return (f'<div class="embed"><p><b>{esc(label)}</b></p>'
                f'<iframe src="{f(key)}" width="100%" height="420" title="{esc(label)}"></iframe>'
                f'<p><a href="{f(key)}" target="_blank">เปิดไฟล์ในหน้าต่างใหม่</a> · อัปโหลด {be(up)}</p></div>')
    return (f'<div class="filecard"><img src="/assets/{ext}.png" alt="{ext}" width="24" height="24"> '
            f'<a href="{f(key)}">{esc(label)}</a> <small>({ext.upper()}, {be(up)})</small></div>')


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (331, (2025, 4, 4), "ประชาสัมพันธ์รับสมัครเด็กพิการเข้ารับบริการ ปีการศึกษา 2568",
     ["ศูนย์ฯ เปิดรับสมัครเด็กพิการอายุแรกเกิด - 6 ปี เข้ารับบริการช่วยเหลือระยะแรกเริ่ม ปีการศึกษา 2568 ตั้งแต่วันที่ 1 เมษายน - 16 พฤษภาคม 2568",
      "สมัครได้ที่ศูนย์ฯ หน่วยบริการทุกอำเภอ หรือทางระบบลงทะเบียนออนไลน์"]),
    (327, (2025, 3, 21), "พิธีมอบวุฒิบัตรและส่งต่อเด็กพิการเข้าเรียนร่วมในโรงเรียน ประจำปี 2568",
     ["วันที่ 21 มีนาคม 2568 ศูนย์ฯ จัดพิธีส่งต่อเด็กพิการ 38 คน เข้าเรียนในโรงเรียน 27 แห่ง โดยมีผู้ปกครองและครูโรงเรียนปลายทางร่วมประชุมส่งต่อ"]),
    (322, (2025, 2, 14), "ค่ายพัฒนาศักยภาพเด็กพิการและครอบครัว ประจำปีงบประมาณ 2568",
     ["ระหว่างวันที่ 12 - 14 กุมภาพันธ์ 2568 ศูนย์ฯ จัดค่ายพัฒนาศักยภาพเด็กพิการและครอบครัว ณ อุทยานพญาแถน มีเด็กพิการและผู้ปกครองเข้าร่วม 64 ครอบครัว"]),
    (318, (2025, 1, 24), "ประชุมผู้ปกครองและภาคีเครือข่าย ร่วมกำหนดทิศทางการให้บริการของศูนย์ฯ ปีงบประมาณ 2568",
     ["วันที่ 24 มกราคม 2568 ศูนย์การศึกษาพิเศษ ประจำจังหวัดยโสธร จัดประชุมผู้ปกครอง คณะกรรมการศูนย์ฯ โรงพยาบาลยโสธร "
      "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด และองค์กรปกครองส่วนท้องถิ่น รวม 112 คน",
      "ที่ประชุมร่วมแสดงความคิดเห็นต่อการให้บริการ เสนอให้เพิ่มหน่วยบริการเคลื่อนที่ในอำเภอทรายมูลและอำเภอกุดชุม "
      "และเพิ่มรอบบริการกายภาพบำบัดวันเสาร์ ศูนย์ฯ จะนำข้อเสนอไปปรับแผนการให้บริการภาคเรียนที่ 2/2567 และแผนปีงบประมาณ 2569",
      "สรุปผลการประชุม: ผู้เข้าร่วม 112 คน ข้อเสนอ 9 ข้อ รับไปดำเนินการทันที 4 ข้อ"]),
    (315, (2025, 1, 10), "ขอเชิญผู้ปกครองเข้าร่วมประชุมผู้ปกครองและภาคีเครือข่าย 24 มกราคม 2568",
     ["ขอเชิญผู้ปกครองเด็กพิการที่รับบริการทุกหน่วยบริการ เข้าร่วมประชุมในวันศุกร์ที่ 24 มกราคม 2568 เวลา 09.00 - 12.00 น. ณ ห้องประชุมศูนย์ฯ",
      "ลงทะเบียนล่วงหน้าได้ที่งานธุรการ โทร. 0 4572 1186"]),
    (309, (2024, 12, 27), "กิจกรรมวันคนพิการสากล ประจำปี 2567",
     ["ศูนย์ฯ ร่วมกับจังหวัดยโสธร จัดกิจกรรมวันคนพิการสากล 3 ธันวาคม 2567 ณ ศาลากลางจังหวัด มีการแสดงของเด็กพิการ และนิทรรศการผลงาน"]),
    (304, (2024, 12, 5), "ผู้อำนวยการศูนย์ฯ ประกาศเจตจำนงสุจริตในการบริหารงาน",
     ["วันที่ 4 ธันวาคม 2567 นางรัชนีกร ทองประเสริฐ ผู้อำนวยการศูนย์ฯ ประกาศเจตจำนงสุจริตในการบริหารงานต่อหน้าบุคลากร 31 คน"]),
    (298, (2024, 11, 18), "ต้อนรับผู้อำนวยการศูนย์การศึกษาพิเศษ ประจำจังหวัดยโสธร คนใหม่",
     ["คณะครูและบุคลากรให้การต้อนรับ นางรัชนีกร ทองประเสริฐ ซึ่งย้ายมาดำรงตำแหน่งผู้อำนวยการศูนย์ฯ เมื่อวันที่ 18 พฤศจิกายน 2567"]),
    (293, (2024, 10, 16), "ออกให้บริการช่วยเหลือเด็กพิการที่บ้าน (Home Program) อำเภอมหาชนะชัย",
     ["ครูและพี่เลี้ยงเด็กพิการออกเยี่ยมบ้านและให้บริการเด็กพิการ 14 ราย ในอำเภอมหาชนะชัย"]),
]
OLD_NEWS = [
    (281, (2024, 8, 23), "อบรมคุณธรรมจริยธรรม ครูดีศรีการศึกษาพิเศษ ตามแผนการขับเคลื่อนจริยธรรม ปี 2567",
     ["วันที่ 23 สิงหาคม 2567 ศูนย์ฯ จัดอบรมคุณธรรมจริยธรรมตามประมวลจริยธรรมข้าราชการครูฯ ให้บุคลากร 29 คน เพื่อขับเคลื่อนจริยธรรมในองค์กร"]),
    (270, (2024, 6, 14), "ประชุมผู้ปกครอง ภาคเรียนที่ 1/2567",
     ["ผู้ปกครองเข้าร่วม 96 คน รับฟังแนวทางการให้บริการภาคเรียนที่ 1/2567"]),
    (262, (2024, 4, 2), "กิจกรรมวันตระหนักรู้ออทิสติกโลก 2567",
     ["ศูนย์ฯ จัดกิจกรรมให้ความรู้แก่ผู้ปกครองเรื่องออทิสติก 2 เมษายน 2567"]),
    (251, (2023, 11, 14), "ผู้อำนวยการศูนย์ฯ มอบนโยบาย No Gift Policy แก่บุคลากร",
     ["นายวีระพงษ์ แสงอรุณ ผู้อำนวยการศูนย์ฯ มอบนโยบายไม่รับของขวัญ (No Gift Policy) ปีงบประมาณ 2567 แก่บุคลากรทุกคน"]),
]


def news_pages() -> None:
    for items, path, other in ((NEWS, "/news/", "/news/page/2/"), (OLD_NEWS, "/news/page/2/", "/news/")):
        rows = [f'<li><a href="/news/{i}/">{esc(t)}</a> <small>{be(_dt(ymd))}</small></li>' for i, ymd, t, _p in items]
        nav = "หน้าถัดไป »" if path == "/news/" else "« หน้าก่อนหน้า"
        write(path, "ข่าวประชาสัมพันธ์", "<ul class=\"news\">" + "\n".join(rows) + f'</ul><p><a href="{other}">{nav}</a></p>')
        for i, ymd, t, paras in items:
            body = f"<p><small>โพสต์เมื่อ {be(_dt(ymd))} โดย งานประชาสัมพันธ์</small></p>" + "".join(
                f"<p>{esc(p)}</p>" for p in paras) + '<p><img src="/assets/photo.png" alt="ภาพกิจกรรม" width="320" height="200"></p>'
            write(f"/news/{i}/", t, body)


def _dt(ymd):
    from datetime import date

    return date(*ymd)


# ---------------------------------------------------------------- ITA

ITA_68 = [  # code, the centre's wording, [(link text, key or page)]
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้างศูนย์ฯ / อำนาจหน้าที่", "/about/structure/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("ทำเนียบผู้บริหาร", "/about/executives/")]),
    ("o3", "ข้อมูลการติดต่อ", [("ติดต่อศูนย์ฯ", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนพัฒนาการจัดการศึกษา", [("แผนกลยุทธ์ศูนย์ฯ", "/plans/strategy/")]),
    ("o6", "แผนปฏิบัติการประจำปี และความก้าวหน้า", [("แผนปฏิบัติการ 2568", "action-68"),
                                                 ("รายงานรอบ 6 เดือน", "sixmonth-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "annual-report-67")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน EI", "sop-ei")]),
    ("o9", "คู่มือการขอรับบริการ", [("คู่มือการขอรับบริการ", "client-manual")]),
    ("o10", "E-Service", [("ลงทะเบียนขอรับบริการออนไลน์", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติการให้บริการ", "/stats/")]),
    ("o12", "การจัดซื้อจัดจ้างรายเดือน", [("สรุปผลการจัดซื้อจัดจ้าง", "/procurement/")]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานสรุปผลการจัดซื้อจัดจ้าง", "proc-year-67")]),
    ("o14", "แผนการบริหารและพัฒนาบุคลากร", [("งานบุคคล", "/hr/")]),
    ("o15", "รายงานผลการพัฒนาบุคลากร", [("รายงานผลการพัฒนาบุคลากร", "hr-report-67")]),
    ("o16", "ประมวลจริยธรรม", [("ประมวลจริยธรรมและการขับเคลื่อน", "/integrity/ethics/")]),
    ("o17", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", [("คู่มือเรื่องร้องเรียน", "complaint-manual")]),
    ("o18", "ช่องทางแจ้งเรื่องร้องเรียน", [("แจ้งเรื่องร้องเรียนออนไลน์", "/complaint/")]),
    ("o19", "สถิติเรื่องร้องเรียน", [("สถิติเรื่องร้องเรียน", "complaint-stat-68")]),
    ("o20", "การมีส่วนร่วม", [("ประชุมผู้ปกครองและภาคีเครือข่าย", "/news/318/")]),
    ("o21", "No Gift Policy", [("ประกาศนโยบาย No Gift", "/integrity/no-gift/")]),
    ("o22", "รายงานการรับของขวัญ", []),
    ("o23", "การประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยง", "risk-67")]),
    ("o24", "รายงานผลการจัดการความเสี่ยง", [("รายงานผลการจัดการความเสี่ยง", "risk-report-67")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต 2568", "anti-plan-68")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานผลการป้องกันการทุจริต", "anti-report-67")]),
]
ITA_67 = [
    ("o5", "แผนพัฒนาการจัดการศึกษา", [("แผนกลยุทธ์ 2563-2567", "strategy-63-67")]),
    ("o6", "แผนปฏิบัติการ / รายงาน 6 เดือน", [("รายงานรอบ 6 เดือน ปี 2567", "sixmonth-67")]),
    ("o14", "แผนพัฒนาบุคลากร", [("แผนพัฒนาบุคลากร 2567", "hr-plan-67")]),
    ("o16", "การขับเคลื่อนจริยธรรม", [("แผนขับเคลื่อนจริยธรรม 2567", "ethics-plan-67")]),
    ("o21", "No Gift Policy", [("ประกาศ No Gift 2567", "no-gift-66")]),
    ("o23", "การประเมินความเสี่ยง", [("ประเมินความเสี่ยง 2566", "old-risk-66")]),
    ("o12", "จัดซื้อจัดจ้างรายเดือน", [("สขร.1 ก.ย. 2567", "proc-2024-09")]),
]


def href(target: str) -> str:
    return target if target.startswith("/") else f(target)


def ita_table(rows) -> str:
    out = []
    for code, label, links in rows:
        cell = " · ".join(f'<a href="{href(t)}">{esc(txt)}</a>' for txt, t in links) or "อยู่ระหว่างดำเนินการ"
        out.append(f"<tr><td>{code.upper()}</td><td>{esc(label)}</td><td>{cell}</td></tr>")
    return ('<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n' + "\n".join(out) + "</table>")


# ---------------------------------------------------------------- pages


def main() -> None:
    write("/", "หน้าแรก",
          "<p>ยินดีต้อนรับสู่เว็บไซต์ศูนย์การศึกษาพิเศษ ประจำจังหวัดยโสธร หน่วยงานในสังกัดสำนักบริหารงานการศึกษาพิเศษ "
          "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน ให้บริการช่วยเหลือระยะแรกเริ่มแก่เด็กพิการในจังหวัดยโสธร</p>"
          '<h2>ข่าวล่าสุด</h2><ul>' + "".join(f'<li><a href="/news/{i}/">{esc(t)}</a></li>' for i, _d, t, _p in NEWS[:5])
          + '</ul><p><a href="/news/">ข่าวทั้งหมด</a></p>'
          '<h2>ลิงก์หน่วยงาน</h2><p><a href="/ita/">การประเมินคุณธรรมและความโปร่งใส (ITA)</a> · '
          '<a href="/about/service-units/">หน่วยบริการประจำอำเภอ</a> · <a href="/calendar/">ปฏิทินกิจกรรม</a> · '
          '<a href="/gallery/">ภาพกิจกรรม</a> · <a href="/students/">รับสมัครเด็กพิการ</a> · <a href="/downloads/">ดาวน์โหลดแบบฟอร์ม</a></p>')
    write("/about/history/", "ประวัติศูนย์การศึกษาพิเศษ ประจำจังหวัดยโสธร",
          "<p>ศูนย์การศึกษาพิเศษ ประจำจังหวัดยโสธร จัดตั้งขึ้นตามประกาศกระทรวงศึกษาธิการ เมื่อปี พ.ศ. 2547 "
          "เปิดให้บริการเด็กพิการ 9 ประเภท ทั้งในศูนย์ หน่วยบริการระดับอำเภอ 8 แห่ง และที่บ้าน</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์: เด็กพิการได้รับการพัฒนาเต็มศักยภาพ ครอบครัวและชุมชนมีส่วนร่วม</p>"
          "<p>พันธกิจ: 1 ให้บริการช่วยเหลือระยะแรกเริ่ม 2 ส่งต่อเข้าสู่ระบบการศึกษา 3 พัฒนาบุคลากรและเครือข่าย</p>")
    write("/about/structure/", "โครงสร้างการบริหารงานและอำนาจหน้าที่",
          '<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้างการบริหารงาน" width="480" height="300"></p>'
          "<h2>แผนภูมิโครงสร้างการบริหารงาน</h2><ul><li>ผู้อำนวยการศูนย์การศึกษาพิเศษ ประจำจังหวัดยโสธร"
          "<ul><li>คณะกรรมการศูนย์การศึกษาพิเศษ</li><li>รองผู้อำนวยการ"
          "<ul><li>กลุ่มบริหารวิชาการ (งานหลักสูตร งานคัดกรอง งานวัดผล)</li><li>กลุ่มบริหารงบประมาณ (การเงิน บัญชี พัสดุ)</li>"
          "<li>กลุ่มบริหารงานบุคคล</li><li>กลุ่มบริหารทั่วไป (ธุรการ อาคารสถานที่ ประชาสัมพันธ์)</li>"
          "<li>กลุ่มงานบริการช่วยเหลือระยะแรกเริ่ม (ในศูนย์ หน่วยบริการ 8 อำเภอ ที่บ้าน)</li></ul></li></ul></li></ul>"
          '<h2>อำนาจหน้าที่</h2><p>สรุปอำนาจหน้าที่ตามประกาศกระทรวงศึกษาธิการ เรื่อง การแบ่งส่วนราชการภายในศูนย์การศึกษาพิเศษ '
          '<a href="/about/authority/">(อ่านต่อ)</a></p>')
    write("/about/authority/", "อำนาจหน้าที่ของศูนย์การศึกษาพิเศษ",
          "<ol><li>จัดและส่งเสริมการศึกษาสำหรับคนพิการในรูปแบบต่าง ๆ</li><li>ให้บริการช่วยเหลือระยะแรกเริ่มแก่เด็กพิการและครอบครัว</li>"
          "<li>จัดระบบส่งต่อเด็กพิการเข้าสู่ระบบโรงเรียน</li><li>ให้บริการสื่อ สิ่งอำนวยความสะดวก บริการ และความช่วยเหลือทางการศึกษา</li>"
          "<li>พัฒนาบุคลากรและเครือข่ายการจัดการศึกษาพิเศษในจังหวัด</li><li>ปฏิบัติงานอื่นตามที่ได้รับมอบหมาย</li></ol>"
          "<p>อ้างอิง: พระราชบัญญัติการจัดการศึกษาสำหรับคนพิการ พ.ศ. 2551 มาตรา 21</p>")
    write("/about/executives/", "ทำเนียบผู้บริหาร",
          '<div class="person"><img src="/assets/person.png" alt="ผู้อำนวยการ" width="120" height="150"><p>นางรัชนีกร ทองประเสริฐ<br>'
          "ผู้อำนวยการศูนย์การศึกษาพิเศษ ประจำจังหวัดยโสธร<br>โทร. 0 4572 1186 ต่อ 101 · อีเมล director.sped-yst@example.th</p></div>"
          '<div class="person"><img src="/assets/person.png" alt="รองผู้อำนวยการ" width="120" height="150"><p>นายธนกร ศรีสุข<br>'
          "รองผู้อำนวยการ<br>โทร. 0 4572 1186 ต่อ 102</p></div>"
          "<h2>อดีตผู้อำนวยการ</h2><p>นายวีระพงษ์ แสงอรุณ (พ.ศ. 2561 - 2567)</p>")
    write("/about/staff/", "บุคลากร",
          "<p>ครู 12 คน พนักงานราชการ 3 คน พี่เลี้ยงเด็กพิการ 11 คน ลูกจ้าง 4 คน นักกายภาพบำบัด 1 คน</p>")
    write("/about/service-units/", "หน่วยบริการประจำอำเภอ",
          "<ul>" + "".join(f"<li>หน่วยบริการ{a}</li>" for a in ["เมืองยโสธร", "ทรายมูล", "กุดชุม", "คำเขื่อนแก้ว",
                                                             "ป่าติ้ว", "มหาชนะชัย", "ค้อวัง", "เลิงนกทา"]) + "</ul>")
    write("/contact/", "ติดต่อเรา",
          "<p>ศูนย์การศึกษาพิเศษ ประจำจังหวัดยโสธร<br>เลขที่ 88 ถนนวิทยาธำรงค์ ตำบลในเมือง อำเภอเมืองยโสธร จังหวัดยโสธร 35000</p>"
          "<p>โทรศัพท์ 0 4572 1186 · โทรสาร 0 4572 1187 · อีเมล sped.yasothon@example.th</p>"
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.7942,104.1451">แผนที่ Google Maps</a></p>')
    news_pages()

    write("/plans/", "แผนงานและรายงาน",
          '<ul><li><a href="/plans/strategy/">แผนพัฒนาการจัดการศึกษา (แผนกลยุทธ์)</a></li>'
          '<li><a href="/plans/action-plan/">แผนปฏิบัติการประจำปี</a></li>'
          '<li><a href="/plans/report/">รายงานผลการดำเนินงาน</a></li></ul>')
    write("/plans/strategy/", "แผนพัฒนาการจัดการศึกษา (แผนกลยุทธ์)",
          viewer("strategy-63-67") + viewer("strategy-eval") + viewer("bureau-plan", "แผนปฏิบัติราชการ ระยะ 5 ปี (สศศ.) เพื่อใช้อ้างอิง"))
    write("/plans/action-plan/", "แผนปฏิบัติการประจำปี",
          viewer("action-68") + viewer("sixmonth-67"))
    write("/plans/report/", "รายงานผลการดำเนินงาน", viewer("annual-report-67"))

    proc = ["proc-2025-03", "proc-2025-01", "proc-2024-12", "proc-2024-11", "proc-2024-10", "proc-2024-09"]
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          "<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน</p>" + "".join(viewer(k) for k in proc)
          + '<p><a href="/procurement/annual/">รายงานประจำปี</a> · <a href="/procurement/notices/">ประกาศจัดซื้อจัดจ้าง</a></p>')
    write("/procurement/annual/", "รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี", viewer("proc-year-67"))
    write("/procurement/notices/", "ประกาศจัดซื้อจัดจ้าง", viewer("print-plan"))
    write("/hr/", "งานบริหารงานบุคคล", viewer("hr-plan-67") + viewer("hire-notice") + viewer("hr-report-67"))

    write("/services/", "บริการของศูนย์ฯ",
          viewer("client-manual") + viewer("sop-ei")
          + '<ul><li><a href="/services/early-intervention/">บริการช่วยเหลือระยะแรกเริ่ม</a></li>'
          '<li><a href="/services/home-program/">บริการที่บ้าน (Home Program)</a></li>'
          '<li><a href="/stats/">สถิติการให้บริการ</a></li></ul>')
    write("/services/early-intervention/", "บริการช่วยเหลือระยะแรกเริ่ม (EI)",
          "<p>ให้บริการกระตุ้นพัฒนาการ กายภาพบำบัด กิจกรรมบำบัด และฝึกทักษะการช่วยเหลือตนเองแก่เด็กพิการอายุแรกเกิด - 6 ปี</p>")
    write("/services/home-program/", "บริการที่บ้าน (Home Program)",
          "<p>ครูและพี่เลี้ยงเด็กพิการออกให้บริการที่บ้านสำหรับเด็กพิการรุนแรงหรือซ้อน เดือนละ 2 ครั้ง</p>")
    write("/stats/", "สถิติการให้บริการ", viewer("service-stat-68"))
    write("/eservice/", "E-Service ลงทะเบียนขอรับบริการออนไลน์",
          "<p>ผู้ปกครองสามารถลงทะเบียนขอรับบริการช่วยเหลือระยะแรกเริ่มได้ทางออนไลน์ โดยไม่ต้องเดินทางมาที่ศูนย์ฯ "
          "เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSc-sped-yst-register/formResponse" method="post">'
          '<p>ชื่อ-สกุลเด็ก <input name="child"></p><p>วันเดือนปีเกิด <input name="dob"></p>'
          '<p>ชื่อผู้ปกครอง <input name="parent"></p><p>เบอร์โทรศัพท์ <input name="phone"></p>'
          '<p>อำเภอ <select name="district"><option>เมืองยโสธร</option><option>ทรายมูล</option><option>กุดชุม</option></select></p>'
          '<p>ประเภทความพิการ/อาการ <textarea name="need"></textarea></p><p><button type="submit">ส่งคำขอ</button></p></form>'
          '<p><a href="https://forms.gle/spedYstRegister2568">เปิดแบบฟอร์มใน Google Forms</a> · '
          '<a href="/eservice/track/">ตรวจสอบสถานะคำขอ</a></p>')
    write("/eservice/track/", "ตรวจสอบสถานะคำขอ",
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSc-sped-yst-track/formResponse" method="post">'
          '<p>เลขที่คำขอ <input name="ref"></p><p><button type="submit">ตรวจสอบ</button></p></form>')
    write("/complaint/", "ร้องเรียน / แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ท่านสามารถแจ้งเรื่องร้องเรียนทั่วไปและเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ได้ทางแบบฟอร์มนี้ "
          "ข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSc-sped-yst-complaint/formResponse" method="post">'
          '<p>ประเภทเรื่อง <select name="type"><option>ร้องเรียนการทุจริตและประพฤติมิชอบ</option><option>ร้องเรียนทั่วไป</option></select></p>'
          '<p>ชื่อผู้ร้องเรียน (ไม่ระบุได้) <input name="name"></p><p>เบอร์ติดต่อ <input name="phone"></p>'
          '<p>รายละเอียด <textarea name="detail"></textarea></p><p><button type="submit">ส่งเรื่อง</button></p></form>'
          '<p>หรือโทร. 0 4572 1186 · <a href="/complaint/manual/">คู่มือการจัดการเรื่องร้องเรียน</a></p>')
    write("/complaint/manual/", "คู่มือการจัดการเรื่องร้องเรียนการทุจริต", viewer("complaint-manual"))

    write("/integrity/", "คุณธรรมและความโปร่งใส",
          '<ul><li><a href="/integrity/ethics/">ประมวลจริยธรรม</a></li><li><a href="/integrity/no-gift/">No Gift Policy</a></li>'
          '<li><a href="/integrity/risk/">การประเมินความเสี่ยงการทุจริต</a></li>'
          '<li><a href="/integrity/anti-corruption/">แผนและรายงานการป้องกันการทุจริต</a></li>'
          '<li><a href="/integrity/complaint-stats/">สถิติเรื่องร้องเรียน</a></li></ul>')
    write("/integrity/ethics/", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม",
          viewer("ethics-code") + viewer("ethics-plan-67") + '<p>ภาพกิจกรรม: <a href="/news/281/">อบรมคุณธรรมจริยธรรม ครูดีศรีการศึกษาพิเศษ</a></p>')
    write("/integrity/no-gift/", "นโยบายไม่รับของขวัญ (No Gift Policy)",
          viewer("no-gift-66") + viewer("will-68"))
    write("/integrity/risk/", "การประเมินความเสี่ยงการทุจริต",
          viewer("risk-67") + '<div class="filecard"><a href="' + f("risk-report-67") + '">รายงานผลการจัดการความเสี่ยงการทุจริต</a></div>')
    write("/integrity/anti-corruption/", "แผนและรายงานการป้องกันการทุจริต",
          viewer("anti-plan-68") + viewer("anti-report-67"))
    write("/integrity/complaint-stats/", "สถิติเรื่องร้องเรียนการทุจริต", viewer("complaint-stat-68"))

    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/ita-2568/">ITA ปีงบประมาณ 2568</a></li><li><a href="/ita/ita-2567/">ITA ปีงบประมาณ 2567</a></li></ul>')
    write("/ita/ita-2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568",
          "<p>ศูนย์การศึกษาพิเศษ ประจำจังหวัดยโสธร เปิดเผยข้อมูลตามแบบวัด OIT ประจำปี ".translate(THAI) + "2568".translate(THAI)
          + "</p>" + ita_table(ITA_68))
    write("/ita/ita-2567/", "ITA ประจำปีงบประมาณ พ.ศ. 2567", "<p>ข้อมูลปีงบประมาณ 2567</p>" + ita_table(ITA_67))

    write("/downloads/", "ดาวน์โหลดแบบฟอร์ม",
          "<p>แบบฟอร์มสำหรับผู้ปกครอง: ใบสมัครขอรับบริการ แบบขอรับคูปองการศึกษา (ขอรับได้ที่ศูนย์ฯ)</p>"
          '<p><a href="/eservice/">ลงทะเบียนออนไลน์</a></p>')
    write("/students/", "รับสมัครเด็กพิการ ปีการศึกษา 2568",
          '<p>รับสมัคร 1 เมษายน - 16 พฤษภาคม 2568 <a href="/news/331/">รายละเอียด</a></p>')
    write("/calendar/", "ปฏิทินกิจกรรม", "<p>เมษายน 2568: รับสมัครเด็กพิการ · พฤษภาคม 2568: ประเมินพัฒนาการเด็กใหม่</p>")
    write("/gallery/", "ภาพกิจกรรม", '<p><img src="/assets/photo.png" alt="ภาพกิจกรรม" width="320" height="200"></p>'
          '<p><a href="/news/322/">ค่ายพัฒนาศักยภาพ 2568</a></p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>ศูนย์ฯ เก็บรวบรวมข้อมูลส่วนบุคคลของเด็กพิการและผู้ปกครองเท่าที่จำเป็นต่อการให้บริการ ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    assets()


def assets() -> None:
    from PIL import Image

    folder = os.path.join(HERE, "assets")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:sans-serif;margin:0}.banner{display:flex;gap:12px;padding:12px;background:#1a5a96;color:#fff}"
                 ".nav{display:flex;flex-wrap:wrap;list-style:none;margin:0;padding:0;background:#eef}.nav li{padding:6px 10px}"
                 ".wrap{display:flex}.side{width:220px;padding:8px}.card{border:1px solid #ccd;margin:6px 0;padding:6px}"
                 "main{flex:1;padding:8px}footer{background:#223;color:#ddd;padding:10px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #999;padding:3px}\n")
    for nm, size, colour in (("logo", (56, 56), (26, 90, 150)), ("chart", (48, 30), (230, 230, 240)),
                             ("person", (12, 15), (200, 200, 200)), ("photo", (32, 20), (180, 200, 170)),
                             ("docx", (8, 8), (40, 80, 180)), ("xlsx", (8, 8), (30, 130, 60)),
                             ("doc", (8, 8), (40, 80, 180)), ("xls", (8, 8), (30, 130, 60))):
        Image.new("RGB", size, colour).save(os.path.join(folder, f"{nm}.png"))


if __name__ == "__main__":
    main()
