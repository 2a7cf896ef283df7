"""Generate the HTML pages of the "vocational" test site (วิทยาลัยเทคนิคภูผาทอง, invented).

Run after _make_docs.py:  python tests/sites/vocational/_make_pages.py

Every page is folder/index.html with the same chrome (top bar, main menu, left column, footer).
Documents are linked through Drive-like viewer pages /drive/file/d/<id>/view/ (title, preview
frame, download button), except the two files that were never stored, which pages link directly.
Deterministic: no random numbers, no current date.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, fid, rel  # noqa: E402

ORG = "วิทยาลัยเทคนิคภูผาทอง"
EN = "Phuphathong Technical College"
ADDRESS = "เลขที่ 99 หมู่ 4 ถนนภูผา–หนองแสง ตำบลภูผาทอง อำเภอเมืองศรีวิไล จังหวัดศรีวิไลบุรี 43190"
PHONE = "0 4299 7100"
FAX = "0 4299 7101"
EMAIL = "saraban@phuphathong-tech.ac.th"

MENU = [("/", "หน้าแรก"), ("/about/", "เกี่ยวกับวิทยาลัย"), ("/departments/", "แผนกวิชา"),
        ("/admission/", "รับสมัครนักเรียน นักศึกษา"), ("/news/", "ข่าวประชาสัมพันธ์"),
        ("/procurement/", "จัดซื้อจัดจ้าง"), ("/download/", "ดาวน์โหลด"), ("/ita/2569/", "ITA 2569"),
        ("/contact/", "ติดต่อเรา")]

SIDE = [("/about/executives/", "ผู้บริหารสถานศึกษา"), ("/about/structure/", "โครงสร้างการบริหาร"),
        ("/eservice/", "E-Service บริการออนไลน์"), ("/qa/", "กระดานถาม-ตอบ (Q&A)"),
        ("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริต"), ("/ita/2569/", "ITA ประจำปี 2569"),
        ("/ita/2568/", "ITA ประจำปี 2568"), ("https://www.vec.go.th/", "สอศ."),
        ("https://std2018.vec.go.th/", "ระบบศูนย์ข้อมูลนักเรียน (สอศ.)")]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def layout(title: str, body: str) -> str:
    menu = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in MENU)
    side = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, t in SIDE)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {ORG}</title>
<link rel="stylesheet" href="/assets/style.css">
</head><body>
<div id="topbar">สังกัดสำนักงานคณะกรรมการการอาชีวศึกษา กระทรวงศึกษาธิการ | โทร. {PHONE} | <a href="/contact/">ติดต่อเรา</a></div>
<div id="header"><a href="/"><img src="/assets/logo.png" alt="ตราวิทยาลัย" width="64" height="64"></a>
<div class="name">{ORG}<br><small>{EN}</small></div></div>
<ul id="menu">{menu}</ul>
<div id="wrap"><div id="side"><h3>เมนูหลัก</h3><ul>{side}</ul>
<h3>ปฏิทินการศึกษา</h3><p>ภาคเรียนที่ 2/2568<br>3 พ.ย. 2568 – 6 มี.ค. 2569</p></div>
<div id="content"><h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} {ADDRESS}<br>
โทรศัพท์ {PHONE} โทรสาร {FAX} อีเมล {EMAIL}<br>
Copyright © 2569 {ORG} สำนักงานคณะกรรมการการอาชีวศึกษา</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(layout(title, body))


def view(key: str) -> str:
    """Where a page links a document: its viewer page, or the bare file when it was never stored."""
    return rel(key) if DOCS[key][2] == "missing" else f"/drive/file/d/{fid(key)}/view/"


def a(key: str, text: str | None = None) -> str:
    return f'<a href="{view(key)}">{esc(text or DOCS[key][0])}</a>'


MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def be(key: str) -> str:
    dt = DOCS[key][1]
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def doc_table(keys: list[str]) -> str:
    rows = "".join(f"<tr><td>{i}</td><td>{a(k)}</td><td>{be(k)}</td></tr>\n" for i, k in enumerate(keys, 1))
    return f'<table class="list"><tr><th>ที่</th><th>เรื่อง</th><th>วันที่</th></tr>\n{rows}</table>'


# ---------------------------------------------------------------- news (FY2569 first, then FY2568)

NEWS = [  # id, date, title, paragraphs, attached doc keys
    (2412, "10 เม.ย. 2569", "วิทยาลัยเทคนิคภูผาทองจัดตั้งศูนย์บริการช่วงเทศกาลสงกรานต์ 2569",
     ["นักเรียนแผนกวิชาช่างยนต์และช่างไฟฟ้ากำลังให้บริการตรวจเช็กรถจักรยานยนต์ฟรี ณ ศูนย์บริการถนนภูผา–หนองแสง "
      "ระหว่างวันที่ 11 – 17 เมษายน 2569"], []),
    (2405, "2 เม.ย. 2569", "ประกาศรายชื่อผู้มีสิทธิ์เข้าศึกษา ระดับ ปวช. ปีการศึกษา 2569 (รอบโควตา)",
     ["ผู้มีสิทธิ์เข้าศึกษารายงานตัวและมอบตัว วันที่ 20 – 21 เมษายน 2569 ณ หอประชุมวิทยาลัย"], []),
    (2398, "20 มี.ค. 2569", "นักศึกษา ปวส. แผนกวิชาช่างอิเล็กทรอนิกส์ได้รับรางวัลสิ่งประดิษฐ์คนรุ่นใหม่ระดับภาค",
     ["ผลงานเครื่องคัดแยกขนาดมะนาวอัตโนมัติ ได้รับรางวัลเหรียญทอง ในการประกวดสิ่งประดิษฐ์ของคนรุ่นใหม่ ระดับภาคตะวันออกเฉียงเหนือ "
      "ปีการศึกษา 2568 ดูรายงานโครงการฉบับเต็มได้ที่เอกสารแนบ"], ["project"]),
    (2391, "9 มี.ค. 2569", "ประชุมรับฟังความคิดเห็นสถานประกอบการ ผู้ปกครอง และชุมชน ต่อการจัดการอาชีวศึกษา ปี 2569",
     ["วันที่ 6 มีนาคม 2569 วิทยาลัยเทคนิคภูผาทองเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงานของวิทยาลัย "
      "โดยจัดประชุมรับฟังความคิดเห็นต่อร่างแผนปฏิบัติราชการและหลักสูตรทวิภาคี ณ หอประชุมวิทยาลัย",
      "ผู้เข้าร่วม ได้แก่ ผู้แทนสถานประกอบการ 28 แห่ง ผู้ปกครองเครือข่าย 46 คน ผู้นำชุมชน 9 คน และคณะกรรมการสถานศึกษา 7 คน "
      "รวม 120 คน ข้อเสนอที่ได้รับ เช่น เพิ่มหลักสูตรช่างซ่อมรถยนต์ไฟฟ้า และขยายการฝึกงานในสถานประกอบการนอกจังหวัด "
      "วิทยาลัยจะนำข้อเสนอไปปรับแผนปฏิบัติราชการและแจ้งผลให้ที่ประชุมทราบในภาคเรียนถัดไป"], []),
    (2380, "16 ก.พ. 2569", "ค่ายเยาวชนอาชีวะสุจริต (STRONG) ปีการศึกษา 2568",
     ["ฝ่ายพัฒนากิจการนักเรียนจัดค่ายเยาวชนอาชีวะสุจริต ปลูกฝังความซื่อสัตย์และจิตพอเพียงต้านทุจริต นักเรียนเข้าร่วม 120 คน"], []),
    (2366, "22 ม.ค. 2569", "อบรมเสริมสร้างคุณธรรม จริยธรรม และการขับเคลื่อนประมวลจริยธรรม ประจำปี 2569",
     ["วันที่ 21 มกราคม 2569 งานบุคลากรจัดอบรมการขับเคลื่อนจริยธรรมตามประมวลจริยธรรมข้าราชการครูและบุคลากรทางการศึกษา "
      "และชี้แจงแนวปฏิบัติ Do's & Don'ts ในการรับของขวัญ ผู้เข้าร่วม 121 คน"], ["ethics"]),
    (2352, "12 ม.ค. 2569", "สอศ. เชิญประชุมชี้แจงแนวทางการประเมิน ITA ประจำปีงบประมาณ 2569",
     ["วิทยาลัยได้รับหนังสือเชิญจากหน่วยตรวจสอบภายใน สอศ. ผู้รับผิดชอบ ITA ของวิทยาลัยจะเข้าร่วมประชุมออนไลน์วันที่ 20 มกราคม 2569"],
     ["invite"]),
    (2340, "5 ธ.ค. 2568", "Fix it Center ซ่อมเพื่อชุมชน บ้านหนองแสง",
     ["ครูและนักเรียนออกให้บริการซ่อมเครื่องใช้ไฟฟ้าและเครื่องมือการเกษตรแก่ประชาชนบ้านหนองแสง จำนวน 138 ชิ้น"], []),
    (2331, "3 พ.ย. 2568", "เปิดภาคเรียนที่ 2/2568 และปฐมนิเทศนักศึกษาฝึกงาน",
     ["วิทยาลัยเปิดภาคเรียนที่ 2 ปีการศึกษา 2568 และปฐมนิเทศนักศึกษา ปวส. 1 ก่อนออกฝึกงานในสถานประกอบการ"], []),
    (2322, "1 ต.ค. 2568", "ผู้อำนวยการประกาศเจตจำนงสุจริตและนโยบาย No Gift Policy ประจำปีงบประมาณ 2569",
     ["ผู้อำนวยการวิทยาลัยเทคนิคภูผาทองประกาศเจตจำนงสุจริตในการบริหารงาน และประกาศนโยบายไม่รับของขวัญ (No Gift Policy)"],
     ["nogift2569"]),
    # FY2568
    (2290, "15 ส.ค. 2568", "วิทยาลัยจัดงานวันวิชาการและนิทรรศการทวิภาคี ปีการศึกษา 2568",
     ["จัดแสดงผลงานนักเรียนและสถานประกอบการทวิภาคี 30 แห่ง"], []),
    (2251, "4 มิ.ย. 2568", "เผยแพร่รายงานการประเมินตนเองของสถานศึกษา (SAR) ปีการศึกษา 2567",
     ["งานประกันคุณภาพการศึกษาเผยแพร่รายงาน SAR ปีการศึกษา 2567"], ["sar2567"]),
    (2207, "10 มี.ค. 2568", "ประชุมผู้ปกครองนักเรียน ภาคเรียนที่ 2/2567",
     ["วิทยาลัยจัดประชุมผู้ปกครองเพื่อชี้แจงผลการเรียนและการฝึกงาน ผู้ปกครองเข้าร่วม 380 คน"], []),
]


def news_pages() -> None:
    for nid, date, title, paras, keys in NEWS:
        body = f'<p class="meta">เผยแพร่เมื่อ {date} | งานประชาสัมพันธ์</p>\n'
        body += "".join(f"<p>{esc(p)}</p>\n" for p in paras)
        if keys:
            body += "<p>เอกสารแนบ : " + " ".join(a(k) for k in keys) + "</p>\n"
        body += '<p><a href="/news/">« กลับหน้าข่าวประชาสัมพันธ์</a></p>'
        write(f"/news/{nid}/", title, body)
    items = "".join(f'<li><a href="/news/{n}/">{esc(t)}</a> <span class="meta">{d}</span></li>\n'
                    for n, d, t, _p, _k in NEWS[:10])
    write("/news/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul><p>หน้า 1 | <a href="/news/page/2/">2</a></p>')
    items = "".join(f'<li><a href="/news/{n}/">{esc(t)}</a> <span class="meta">{d}</span></li>\n'
                    for n, d, t, _p, _k in NEWS[10:])
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", f'<ul class="news">{items}</ul><p><a href="/news/">1</a> | หน้า 2</p>')


# ---------------------------------------------------------------- ITA pages

ITA_2569 = [  # code, wording, description, links [(key or page, text)]
    ("o1", "โครงสร้าง", "แผนผังโครงสร้างการแบ่งส่วนราชการของสถานศึกษา ฝ่าย งาน แผนกวิชา", [("/about/structure/", "รายละเอียด")]),
    ("o2", "ข้อมูลผู้บริหาร", "ผู้อำนวยการและรองผู้อำนวยการ ชื่อ ตำแหน่ง รูปถ่าย ช่องทางติดต่อ", [("/about/executives/", "รายละเอียด")]),
    ("o3", "ข้อมูลการติดต่อ / Q&A", "ที่อยู่ โทรศัพท์ อีเมล แผนที่ และช่องทางถาม-ตอบ", [("/contact/", "ติดต่อเรา"), ("/qa/", "Q&A")]),
    ("o4", "ข่าวประชาสัมพันธ์", "ข่าวสารของสถานศึกษาในปีงบประมาณ 2569", [("/news/", "รายละเอียด")]),
    ("o5", "แผนพัฒนาสถานศึกษา", "แผนพัฒนาการจัดการอาชีวศึกษา ระยะ 5 ปี", [("plan5y", "รายละเอียด")]),
    ("o6", "แผนปฏิบัติราชการและแผนการใช้จ่ายงบประมาณประจำปี", "ปีงบประมาณ 2569",
     [("action2569", "แผนปฏิบัติราชการ 2569"), ("spend2569", "แผนการใช้จ่ายงบประมาณ 2569")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", "ผลการดำเนินงานและการใช้จ่ายงบประมาณ ปีงบประมาณ 2568", [("annual2568", "รายละเอียด")]),
    ("o8", "คู่มือการปฏิบัติงาน", "คู่มือหรือมาตรฐานการปฏิบัติงานของเจ้าหน้าที่", [("work_manual", "คู่มืองานพัสดุ")]),
    ("o9", "คู่มือการให้บริการ", "คู่มือการขอรับบริการสำหรับผู้มาติดต่อ", [("service_manual", "คู่มืองานทะเบียน")]),
    ("o10", "E-Service", "ระบบบริการออนไลน์และสถิติการให้บริการ", [("/eservice/", "รายละเอียด")]),
    ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", "แบบ สขร.1 ตุลาคม 2568 – มีนาคม 2569", [("/procurement/", "รายละเอียด")]),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", "ปีงบประมาณ 2568", [("proc_annual2568", "รายละเอียด")]),
    ("o13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล", "หลักเกณฑ์ของ สอศ. และแผนพัฒนาบุคลากรของวิทยาลัย",
     [("hr_criteria", "หลักเกณฑ์"), ("hr_plan2567", "แผนพัฒนาบุคลากร")]),
    ("o14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", "ปีงบประมาณ 2568", [("hr_report2568", "รายละเอียด")]),
    ("o15", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", "ประมวลจริยธรรมและกิจกรรมขับเคลื่อน",
     [("ethics", "ประมวลจริยธรรม"), ("/news/2366/", "กิจกรรมขับเคลื่อนจริยธรรม 2569")]),
    ("o16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", "คู่มือการจัดการเรื่องร้องเรียน", [("complaint_manual", "รายละเอียด")]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", "แบบฟอร์มออนไลน์", [("/complaint/", "รายละเอียด")]),
    ("o18", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริต", "จำนวนเรื่อง ดำเนินการแล้ว อยู่ระหว่างดำเนินการ", [("complaint_stats2568", "รายละเอียด")]),
    ("o19", "การเปิดโอกาสให้มีส่วนร่วม", "การมีส่วนร่วมของผู้มีส่วนได้ส่วนเสีย", [("/news/2391/", "รายละเอียด")]),
    ("o20", "No Gift Policy", "ประกาศนโยบายและรายงานผลการรับของขวัญ",
     [("nogift2569", "ประกาศ"), ("gift_report", "รายงานผล")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", "ประจำปีงบประมาณ 2569", [("risk2569", "รายละเอียด")]),
    ("o22", "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยง", "ปีงบประมาณ 2568", [("risk_report2568", "รายละเอียด")]),
    ("o23", "แผนปฏิบัติการป้องกันการทุจริต", "ปีงบประมาณ 2569", [("ac_plan2569", "รายละเอียด")]),
    ("o24", "รายงานผลการดำเนินการป้องกันการทุจริต", "ปีงบประมาณ 2568", []),
    ("o25", "การนำผลการประเมิน ITA ไปสู่การพัฒนา", "รายงานและมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
     [("ita_improve", "รายงาน"), ("measures2568", "มาตรการ")]),
    ("o26", "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม", "ปีงบประมาณ 2568", []),
]

ITA_2568 = [
    ("o5", "แผนพัฒนาสถานศึกษา", [("plan5y", "รายละเอียด")]),
    ("o6", "แผนปฏิบัติราชการประจำปี", [("action2568", "รายละเอียด")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", [("risk2568", "รายละเอียด")]),
    ("o23", "แผนปฏิบัติการป้องกันการทุจริต", [("/download/", "ดาวน์โหลด")]),
    ("o24", "รายงานผลการดำเนินการป้องกันการทุจริต", [("ac_report2567", "รายละเอียด")]),
    ("o25", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", [("measures2568", "รายละเอียด")]),
]


def target(x: str) -> str:
    return x if x.startswith("/") else view(x)


def ita_pages() -> None:
    rows = ""
    for code, name, desc, links in ITA_2569:
        cell = " | ".join(f'<a href="{target(k)}">{esc(t)}</a>' for k, t in links) or "อยู่ระหว่างดำเนินการ"
        rows += f"<tr><td>{code}</td><td>{esc(name)}</td><td>{esc(desc)}</td><td>{cell}</td></tr>\n"
    body = ("<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT) "
            "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569</p>\n"
            '<table class="list"><tr><th>ข้อ</th><th>ข้อมูล</th><th>รายละเอียดองค์ประกอบ</th><th>การเผยแพร่</th></tr>\n'
            + rows + '</table>\n<p>ดูย้อนหลัง : <a href="/ita/2568/">ITA ประจำปี 2568</a></p>')
    write("/ita/2569/", "ITA ประจำปีงบประมาณ 2569", body)
    rows = "".join(f"<tr><td>{c}</td><td>{esc(n)}</td><td>"
                   + " | ".join(f'<a href="{target(k)}">{esc(t)}</a>' for k, t in links) + "</td></tr>\n"
                   for c, n, links in ITA_2568)
    body = ("<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568 (ข้อมูลย้อนหลัง)</p>\n"
            '<table class="list"><tr><th>ข้อ</th><th>ข้อมูล</th><th>การเผยแพร่</th></tr>\n' + rows + "</table>")
    write("/ita/2568/", "ITA ประจำปีงบประมาณ 2568", body)
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปีงบประมาณ 2569</a></li><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ 2568</a></li></ul>')


# ---------------------------------------------------------------- viewer pages, lists

def viewers() -> None:
    for key, (title, _up, maker) in DOCS.items():
        if maker == "missing":
            continue
        f = rel(key)
        ext = f.rsplit(".", 1)[1]
        size = os.path.getsize(os.path.join(HERE, f.lstrip("/")))
        frame = f'<iframe src="{f}" width="100%" height="600" title="preview"></iframe>' if ext == "pdf" else \
            '<p class="meta">ไม่สามารถแสดงตัวอย่างไฟล์ประเภทนี้ได้</p>'
        body = (f'<div class="drive"><div class="drivebar">{esc(title)}.{ext} '
                f'<a class="btn" href="{f}" download>ดาวน์โหลด</a></div>\n{frame}\n'
                f'<p class="meta">ขนาดไฟล์ {max(1, round(size / 1024))} KB | อัปโหลดเมื่อ {be(key)}</p></div>')
        write(f"/drive/file/d/{fid(key)}/view/", title, body)


def static_pages() -> None:
    write("/", "หน้าแรก", (
        '<div class="banner">รับสมัครนักเรียน นักศึกษา ปีการศึกษา 2569 <a href="/admission/">คลิก</a></div>\n'
        "<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2><ul class=\"news\">"
        + "".join(f'<li><a href="/news/{n}/">{esc(t)}</a> <span class="meta">{d}</span></li>' for n, d, t, _p, _k in NEWS[:6])
        + '</ul><p><a href="/news/">ดูข่าวทั้งหมด</a></p>\n'
        '<h2>ลิงก์ที่น่าสนใจ</h2><ul><li><a href="/ita/">การประเมินคุณธรรมและความโปร่งใส (ITA)</a></li>'
        '<li><a href="/procurement/">ประกาศจัดซื้อจัดจ้าง</a></li><li><a href="/eservice/">E-Service</a></li></ul>'))
    write("/about/", "ประวัติวิทยาลัย", (
        "<p>วิทยาลัยเทคนิคภูผาทอง ก่อตั้งเมื่อ พ.ศ. 2521 เปิดสอนระดับประกาศนียบัตรวิชาชีพ (ปวช.) และประกาศนียบัตรวิชาชีพชั้นสูง "
        "(ปวส.) ประเภทวิชาอุตสาหกรรม พาณิชยกรรม และเทคโนโลยีสารสนเทศ</p>"
        '<ul><li><a href="/about/vision/">ปรัชญา วิสัยทัศน์ พันธกิจ</a></li><li><a href="/about/structure/">โครงสร้างการบริหาร</a></li>'
        '<li><a href="/about/authority/">อำนาจหน้าที่</a></li><li><a href="/about/executives/">ผู้บริหารสถานศึกษา</a></li></ul>'))
    write("/about/vision/", "ปรัชญา วิสัยทัศน์ พันธกิจ", (
        "<p>ปรัชญา : ทักษะเยี่ยม เปี่ยมคุณธรรม นำสังคม</p><p>วิสัยทัศน์ : ผลิตและพัฒนากำลังคนอาชีวศึกษาที่มีสมรรถนะ "
        "มีคุณธรรม ตรงความต้องการของสถานประกอบการ</p>"))
    write("/about/structure/", "โครงสร้างการบริหารวิทยาลัยเทคนิคภูผาทอง", (
        "<p>แผนภูมิโครงสร้างการบริหารสถานศึกษา ตามระเบียบสำนักงานคณะกรรมการการอาชีวศึกษา ว่าด้วยการบริหารสถานศึกษา</p>"
        '<div class="chart"><ul><li>คณะกรรมการสถานศึกษา (9 คน)</li><li>ผู้อำนวยการวิทยาลัย<ul>'
        "<li>รองผู้อำนวยการฝ่ายบริหารทรัพยากร : งานบริหารงานทั่วไป งานบุคลากร งานการเงิน งานการบัญชี งานพัสดุ งานอาคารสถานที่ งานทะเบียน งานประชาสัมพันธ์</li>"
        "<li>รองผู้อำนวยการฝ่ายแผนงานและความร่วมมือ : งานวางแผนและงบประมาณ งานศูนย์ข้อมูลสารสนเทศ งานความร่วมมือ งานวิจัย พัฒนา นวัตกรรม งานประกันคุณภาพ</li>"
        "<li>รองผู้อำนวยการฝ่ายพัฒนากิจการนักเรียน นักศึกษา : งานกิจกรรม งานครูที่ปรึกษา งานปกครอง งานแนะแนว งานสวัสดิการ</li>"
        "<li>รองผู้อำนวยการฝ่ายวิชาการ : แผนกวิชา 7 แผนก งานพัฒนาหลักสูตร งานวัดผล งานวิทยบริการ งานทวิภาคี</li>"
        "</ul></li></ul></div>"))
    write("/about/authority/", "อำนาจหน้าที่", (
        "<p>อำนาจหน้าที่ของสถานศึกษา ตามพระราชบัญญัติการอาชีวศึกษา พ.ศ. 2551 มาตรา 27 โดยสรุป</p><ol>"
        "<li>จัดการศึกษาวิชาชีพระดับ ปวช. ปวส. และการฝึกอบรมวิชาชีพ</li><li>ส่งเสริมการวิจัย สร้างนวัตกรรมและสิ่งประดิษฐ์</li>"
        "<li>บริการวิชาการและวิชาชีพแก่ชุมชน</li><li>ทำนุบำรุงศาสนา ศิลปะ วัฒนธรรม</li>"
        "<li>ระดมทรัพยากรและร่วมมือกับสถานประกอบการในการจัดการศึกษา</li></ol>"))
    execs = [("นายประเสริฐศักดิ์ วงศ์ภูผา", "ผู้อำนวยการวิทยาลัยเทคนิคภูผาทอง", "0 4299 7100 ต่อ 101"),
             ("นางวิไลวรรณ ทองคำ", "รองผู้อำนวยการฝ่ายบริหารทรัพยากร", "0 4299 7100 ต่อ 102"),
             ("นายสุรพล ศรีสว่าง", "รองผู้อำนวยการฝ่ายแผนงานและความร่วมมือ", "0 4299 7100 ต่อ 103"),
             ("นายธีระ บุญเรือง", "รองผู้อำนวยการฝ่ายพัฒนากิจการนักเรียน นักศึกษา", "0 4299 7100 ต่อ 104"),
             ("นางสาวอรุณี พรหมมา", "รองผู้อำนวยการฝ่ายวิชาการ", "0 4299 7100 ต่อ 106")]
    write("/about/executives/", "ผู้บริหารสถานศึกษา", "".join(
        f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="90" height="110"><p><b>{esc(n)}</b><br>'
        f"{esc(p)}<br>โทร. {t}</p></div>" for n, p, t in execs))
    write("/contact/", "ติดต่อเรา", (
        f"<p>{ORG}<br>{ADDRESS}</p><p>โทรศัพท์ {PHONE} โทรสาร {FAX}<br>อีเมล {EMAIL}<br>"
        "Facebook : วิทยาลัยเทคนิคภูผาทอง</p>"
        '<p><a href="https://maps.google.com/?q=16.9000,103.1000">แผนที่ Google Maps</a></p>'
        '<p>สอบถามข้อมูลเพิ่มเติมได้ที่ <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>'))
    write("/qa/", "กระดานถาม-ตอบ (Q&A)", (
        '<form method="post" action="/qa/"><p>ชื่อ <input name="name"> อีเมล <input name="email"></p>'
        '<p>คำถาม <textarea name="q"></textarea></p><p><button>ส่งคำถาม</button></p></form>'
        "<h2>คำถามล่าสุด</h2><div class=\"qa\"><p><b>ถาม :</b> รอบโควตา ปวช. ต้องใช้เอกสารอะไรบ้างครับ (ผู้ปกครอง, 28 มี.ค. 2569)</p>"
        "<p><b>ตอบ :</b> ใช้สำเนาบัตรประชาชนและ ปพ.1 ภาคเรียนที่ 1-5 ค่ะ (งานทะเบียน, 30 มี.ค. 2569)</p>"
        "<p><b>ถาม :</b> ขอใบรับรองผลการเรียนออนไลน์ได้ไหม (ศิษย์เก่า, 2 ก.พ. 2569)</p>"
        "<p><b>ตอบ :</b> ได้ครับ ที่เมนู E-Service (งานทะเบียน, 3 ก.พ. 2569)</p></div>"))
    write("/eservice/", "E-Service บริการออนไลน์", (
        '<ul><li><a href="/eservice/request/">ยื่นคำร้องขอเอกสารทางการศึกษาออนไลน์</a></li>'
        '<li><a href="/eservice/fixit/">แจ้งซ่อม Fix it Center ออนไลน์</a></li>'
        '<li><a href="https://admission.phuphathong-tech.ac.th/">ระบบรับสมัครนักเรียน นักศึกษาออนไลน์</a></li></ul>'
        f"<p>{a('eservice_stats', 'สถิติการให้บริการออนไลน์ ปีงบประมาณ 2569')}</p>"))
    form = ('<form method="post" action="/eservice/submit/"><p>ชื่อ-นามสกุล <input name="name"></p>'
            '<p>เลขประจำตัวนักศึกษา <input name="sid"></p><p>โทรศัพท์ <input name="tel"></p>'
            '<p>รายละเอียด <textarea name="detail"></textarea></p><p><button>ส่งคำร้อง</button></p></form>')
    write("/eservice/request/", "ยื่นคำร้องขอเอกสารทางการศึกษาออนไลน์", form)
    write("/eservice/fixit/", "แจ้งซ่อม Fix it Center ออนไลน์", form)
    write("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", (
        "<p>ผู้ร้องเรียนสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของบุคลากรวิทยาลัยได้ทางแบบฟอร์มนี้ "
        "ข้อมูลของท่านจะถูกเก็บเป็นความลับ</p>"
        '<form method="post" action="/complaint/"><p>ชื่อผู้ร้องเรียน (ไม่ระบุก็ได้) <input name="name"></p>'
        '<p>เรื่องที่ร้องเรียน <input name="subject"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
        '<p><button>ส่งเรื่องร้องเรียน</button></p></form>'
        f"<p>{a('complaint_manual')}</p>"))
    depts = [("auto", "แผนกวิชาช่างยนต์"), ("power", "แผนกวิชาช่างไฟฟ้ากำลัง"), ("electronics", "แผนกวิชาช่างอิเล็กทรอนิกส์"),
             ("welding", "แผนกวิชาช่างเชื่อมโลหะ"), ("it", "แผนกวิชาเทคโนโลยีสารสนเทศ")]
    write("/departments/", "แผนกวิชา", "<ul>" + "".join(f'<li><a href="/departments/{s}/">{n}</a></li>' for s, n in depts) + "</ul>")
    for slug, name in depts:
        body = f"<p>{name} เปิดสอนระดับ ปวช. และ ปวส. ทั้งระบบปกติและระบบทวิภาคี</p>"
        if slug == "auto":
            body += f"<p>{a('dept_report')}</p>"
        if slug == "electronics":
            body += f"<p>ผลงานนักศึกษา : {a('project')}</p>"
        write(f"/departments/{slug}/", name, body)
    write("/admission/", "รับสมัครนักเรียน นักศึกษา ปีการศึกษา 2569", (
        "<p>รอบโควตา 5 ม.ค. – 20 ก.พ. 2569 | รอบทั่วไป 1 – 30 เม.ย. 2569</p>"
        '<ul><li><a href="/admission/vocational-cert/">ระดับ ปวช.</a></li><li><a href="/admission/diploma/">ระดับ ปวส.</a></li>'
        '<li><a href="/news/2405/">ประกาศรายชื่อผู้มีสิทธิ์เข้าศึกษา รอบโควตา</a></li></ul>'))
    write("/admission/vocational-cert/", "รับสมัคร ระดับ ปวช. ปีการศึกษา 2569", "<p>รับผู้จบ ม.3 หรือเทียบเท่า 7 สาขาวิชา รวม 520 คน</p>")
    write("/admission/diploma/", "รับสมัคร ระดับ ปวส. ปีการศึกษา 2569", "<p>รับผู้จบ ปวช. หรือ ม.6 ระบบปกติและทวิภาคี รวม 360 คน</p>")
    skrs = ["skr2569-3", "skr2569-1", "skr2568-12", "skr2568-11", "skr2568-10", "skr2568-9"]
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้าง (สขร.1)", (
        "<p>แบบสรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ปีงบประมาณ 2569</p>" + doc_table(skrs)
        + f"<h2>ประกาศอื่น ๆ</h2>{doc_table(['print_notice', 'proc_annual2568'])}"))
    write("/download/", "ดาวน์โหลดเอกสาร", (
        "<h2>แผนงานและรายงาน</h2>" + doc_table(["plan5y", "plan_old", "action2569", "action2568", "spend2569",
                                              "annual2568", "sar2567"])
        + "<h2>งานบุคลากร</h2>" + doc_table(["hr_criteria", "hr_plan2567", "hr_report2568", "ethics"])
        + "<h2>คู่มือ</h2>" + doc_table(["work_manual", "service_manual", "complaint_manual"])
        + "<h2>คุณธรรมและความโปร่งใส</h2>" + doc_table(["nogift2569", "gift_report", "complaint_stats2568", "risk2568",
                                                       "risk_report2568", "ac_plan2569", "ita_improve", "measures2568"])))


def tiny_png(rgb: tuple[int, int, int], size: tuple[int, int]) -> bytes:
    """A small flat-colour PNG (logo, photo placeholder)."""
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", size, rgb).save(buf, format="PNG")
    return buf.getvalue()

CSS = """body{font-family:Tahoma,sans-serif;margin:0;background:#f4f6f9}#topbar{background:#7a0c0c;color:#fff;font-size:13px;padding:4px 12px}
#topbar a{color:#fff}#header{background:#fff;padding:8px 12px;display:flex;gap:12px}.name{font-size:22px;color:#7a0c0c}
#menu{list-style:none;margin:0;padding:0;background:#a31515;display:flex;flex-wrap:wrap}#menu a{color:#fff;padding:8px 12px;display:block}
#wrap{display:flex}#side{width:230px;padding:10px}#content{flex:1;background:#fff;padding:12px}
.list{border-collapse:collapse;width:100%}.list td,.list th{border:1px solid #ccc;padding:4px}.meta{color:#777;font-size:12px}
#footer{background:#333;color:#eee;padding:10px;font-size:13px}.person{display:inline-block;width:45%;vertical-align:top}
.drivebar{background:#eee;padding:6px}.btn{background:#1a73e8;color:#fff;padding:3px 10px;margin-left:10px}
"""


def main() -> None:
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    for name, rgb, size in (("logo.png", (163, 21, 21), (64, 64)), ("person.png", (200, 200, 200), (90, 110))):
        with open(os.path.join(HERE, "assets", name), "wb") as f:
            f.write(tiny_png(rgb, size))
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as f:
        f.write(CSS)
    static_pages()
    news_pages()
    ita_pages()
    viewers()


if __name__ == "__main__":
    main()
