"""Generate the HTML pages of the "districtagri" test site (สำนักงานเกษตรอำเภอห้วยทรายคำ, invented).

Run:  python tests/sites/districtagri/_make_pages.py   (after _make_docs.py: file sizes are read
from the files it wrote)

The department's shared template for district offices: a green top bar with the department's
name, the office banner, a menu, a right-hand column (the head of office, hotline, quick links, a
visitor counter) and a footer on every page; pages are folder/index.html.  Documents are in a
download section by category (/download/<cat>/, newest first, with a hit counter), the monthly
procurement summaries on /procurement/, news under /news/ (two pages).  The ITA page /ita/2569/
is a table o1 … o26 in the office's own short wording whose links go to files, pages or category
lists; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import HIDDEN, ROWS, name  # noqa: E402

ORG = "สำนักงานเกษตรอำเภอห้วยทรายคำ"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนงาน / แผนปฏิบัติงาน", "report": "รายงานผลการปฏิบัติงาน", "manual": "คู่มือ",
        "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "บริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / ทั่วไป"}
TAMBONS = ["ห้วยทรายคำ", "โนนสง่า", "คำเจริญ", "หนองแวงใหญ่", "นาโพธิ์", "ดอนกลาง", "โคกสว่าง"]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(THAI)


def f(key: str) -> str:
    return name(key)


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("บริการเกษตรกร", "/service/register/"),
        ("ศพก.", "/sck/"), ("คลังความรู้", "/knowledge/"), ("ดาวน์โหลด", "/download/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("E-Service", "/eservice/"), ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/doae.css"></head>
<body>
<div id="topbar">กรมส่งเสริมการเกษตร กระทรวงเกษตรและสหกรณ์ | สำนักงานเกษตรจังหวัดกาฬสินธุ์</div>
<header id="banner"><img src="/assets/doae-logo.png" alt="ตรากรมส่งเสริมการเกษตร" width="70" height="70">
<div><b>{ORG}</b><br><small>Huai Sai Kham District Agricultural Extension Office</small></div></header>
<nav><ul id="menu">
{menu}
</ul></nav>
<div id="wrap"><main id="content">
<h1>{esc(title)}</h1>
{body}
</main>
<aside id="side">
<div class="box"><img src="/assets/head.png" alt="เกษตรอำเภอห้วยทรายคำ" width="90" height="110"><br>
<b>นายวีรพงษ์ แสนศรีมา</b><br>เกษตรอำเภอห้วยทรายคำ</div>
<div class="box"><b>สายด่วนเกษตรกร</b><br>โทร. ๐ ๔๓๐๑ ๗๗๕๒</div>
<div class="box"><b>เมนูลัด</b><br><a href="/ita/2569/">ITA ๒๕๖๙</a><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br>
<a href="/eservice/">บริการออนไลน์</a><br><a href="/complaint/">ร้องเรียน/ร้องทุกข์</a><br>
<a href="/download/integrity/">คุณธรรมและความโปร่งใส</a><br><a href="/links/">ลิงก์หน่วยงาน</a><br>
<a href="https://farmer.doae.go.th/">ระบบทะเบียนเกษตรกร</a><br><a href="https://www.doae.go.th/">กรมส่งเสริมการเกษตร</a></div>
<div class="box">ผู้เข้าชมวันนี้ ๔๑ · ทั้งหมด ๒๓๘,๑๗๐</div>
</aside></div>
<footer>{ORG} ที่ว่าการอำเภอห้วยทรายคำ (หลังเก่า) ถนนทรายคำพัฒนา ตำบลห้วยทรายคำ อำเภอห้วยทรายคำ จังหวัดกาฬสินธุ์ ๔๖๑๘๐<br>
โทรศัพท์/โทรสาร ๐ ๔๓๐๑ ๗๗๕๒ · อีเมล huaisaikham.agri@gmail.com ·
<a href="/privacy/">นโยบายเว็บไซต์</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© ๒๕๖๔ {ORG} · ออกแบบโดยศูนย์สารสนเทศ</footer>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.2f} KB"


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][2] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][3], reverse=True)


def table(keys: list[str]) -> str:
    rows = []
    for k in keys:
        no, title, _cat, up, ext, _m = ROWS[k]
        hits = (no * 7) % 173 + 3
        rows.append(f'<tr><td><img src="/assets/{ext}.png" alt="{ext}"> <a href="{f(k)}">{esc(title)}</a></td>'
                    f"<td>{be(up)}</td><td>{size_of(k)}</td><td>{hits}</td></tr>")
    return ('<table class="dl"><tr><th>ชื่อเอกสาร</th><th>วันที่</th><th>ขนาด</th><th>ดาวน์โหลด (ครั้ง)</th></tr>\n'
            + "\n".join(rows) + "</table>")


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (621, (2026, 4, 3), "ประชาสัมพันธ์การปรับปรุงทะเบียนเกษตรกร ปีการผลิต 2569/70",
     ["ขอเชิญเกษตรกรที่เริ่มเพาะปลูกพืชฤดูฝน ปรับปรุงข้อมูลทะเบียนเกษตรกรภายใน 60 วันหลังปลูก ผ่านแอปพลิเคชัน Farmbook "
      "หรือที่เกษตรตำบลทุกตำบล ตั้งแต่ 1 เมษายน 2569 เป็นต้นไป"]),
    (617, (2026, 3, 20), "เฝ้าระวังการระบาดของหนอนกระทู้ข้าวโพดลายจุด ช่วงฤดูแล้ง",
     ["เจ้าหน้าที่อารักขาพืชลงสำรวจแปลงข้าวโพดเลี้ยงสัตว์ ตำบลโนนสง่าและตำบลดอนกลาง พบการระบาดเล็กน้อย "
      "แนะนำให้เกษตรกรใช้เชื้อราบิวเวอร์เรียจากศูนย์จัดการศัตรูพืชชุมชน"]),
    (612, (2026, 2, 18), "สรุปผลเวทีรับฟังความคิดเห็นการจัดทำแผนพัฒนาการเกษตรระดับอำเภอ",
     ["เมื่อวันที่ 17 กุมภาพันธ์ 2569 สำนักงานเกษตรอำเภอห้วยทรายคำ จัดเวทีรับฟังความคิดเห็นของเกษตรกรเพื่อจัดทำแผนพัฒนาการเกษตร"
      "ระดับอำเภอฉบับใหม่ ณ หอประชุมอำเภอห้วยทรายคำ เปิดโอกาสให้เกษตรกร ผู้นำ ศพก. เครือข่าย ประธานแปลงใหญ่ "
      "ยุวเกษตรกร และ อปท. ทั้ง 7 ตำบล ร่วมเสนอปัญหาและความต้องการ",
      "มีผู้เข้าร่วม 126 คน (เกษตรกร 97 คน ผู้แทน อปท. 14 คน ส่วนราชการ 15 คน) ประเด็นที่เสนอมากที่สุด ได้แก่ "
      "น้ำต้นทุนสำหรับพืชหลังนา ราคาปัจจัยการผลิต และการรวมกลุ่มจำหน่ายผลผลิตอ้อยและข้าวอินทรีย์",
      "ผลการรับฟัง : ที่ประชุมเห็นชอบยุทธศาสตร์ 4 ด้าน และเสนอโครงการ 23 โครงการ สำนักงานจะนำไปจัดทำร่างแผน "
      "และนำเสนอคณะกรรมการพัฒนาการเกษตรระดับอำเภอภายในเดือนมิถุนายน 2569 พร้อมแจ้งผลให้ผู้เข้าร่วมทราบทางเว็บไซต์"]),
    (608, (2026, 2, 3), "ขอเชิญร่วมเวทีรับฟังความคิดเห็นการจัดทำแผนพัฒนาการเกษตรระดับอำเภอ",
     ["ขอเชิญผู้แทนเกษตรกรทุกตำบลเข้าร่วมเวทีในวันที่ 17 กุมภาพันธ์ 2569 เวลา 09.00 น. ณ หอประชุมอำเภอห้วยทรายคำ",
      '<a href="{invite}">หนังสือเชิญ (ดาวน์โหลด)</a>']),
    (603, (2026, 1, 23), "อบรมส่งเสริมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2569",
     ["วันที่ 23 มกราคม 2569 สำนักงานเกษตรอำเภอห้วยทรายคำ จัดอบรมบุคลากรเพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือน "
      "และข้อกำหนดจริยธรรมกรมส่งเสริมการเกษตร โดยทบทวน Do's & Don'ts ในงานทะเบียนเกษตรกรและการช่วยเหลือผู้ประสบภัย",
      "บุคลากรเข้าร่วมครบ 11 คน และร่วมกันลงนามปฏิญาณตนไม่เรียกรับผลประโยชน์จากเกษตรกร"]),
    (598, (2025, 12, 22), "ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี 2569",
     ["เกษตรอำเภอห้วยทรายคำ ลงนามประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน จากผลการวิเคราะห์ ITA ปี 2568",
      '<a href="{measures}">ประกาศมาตรการฯ</a>']),
    (594, (2025, 12, 5), "วันดินโลก 5 ธันวาคม 2568",
     ["จัดกิจกรรมวันดินโลก ณ ศพก.อำเภอห้วยทรายคำ สาธิตการเก็บตัวอย่างดินและแจกปูนโดโลไมท์แก่เกษตรกร 80 ราย"]),
    (589, (2025, 11, 25), "งานวันถ่ายทอดเทคโนโลยีเพื่อเริ่มต้นฤดูกาลผลิตใหม่ (Field Day) ปี 2569",
     ["ณ ศูนย์เรียนรู้การเพิ่มประสิทธิภาพการผลิตสินค้าเกษตร (ศพก.) ตำบลคำเจริญ มีเกษตรกรเข้าร่วม 300 ราย 5 สถานีเรียนรู้"]),
    (584, (2025, 11, 3), "รับสมัครบุคคลเพื่อจ้างเหมาบริการปฏิบัติงานด้านการเกษตร 2 อัตรา",
     ['รับสมัคร 3 - 14 พฤศจิกายน 2568 <a href="{recruit}">รายละเอียดประกาศ</a>']),
    (579, (2025, 10, 15), "ลงพื้นที่สำรวจความเสียหายพื้นที่การเกษตรจากอุทกภัย ตำบลโนนสง่า",
     ["เจ้าหน้าที่ร่วมกับคณะกรรมการหมู่บ้านตรวจสอบแปลงนาข้าวที่ได้รับความเสียหาย 1,240 ไร่ เกษตรกร 186 ราย"]),
    # FY2568: page 2
    (560, (2025, 9, 9), "มอบเมล็ดพันธุ์ข้าวช่วยเหลือเกษตรกรผู้ประสบอุทกภัย",
     ["มอบเมล็ดพันธุ์ข้าว กข6 จำนวน 12 ตัน แก่เกษตรกร 240 ราย"]),
    (548, (2025, 7, 22), "ประชุมคณะกรรมการแปลงใหญ่อ้อยโรงงาน ตำบลนาโพธิ์",
     ["ประชุมวางแผนการผลิตและการจัดหาปัจจัยการผลิตร่วมกัน ปีการผลิต 2568/69"]),
    (522, (2025, 3, 4), "เวทีประชาคมเกษตรกร เพื่อจัดทำแผนปฏิบัติงาน ศพก. ปี 2568",
     ["เมื่อ 3 มีนาคม 2568 จัดเวทีประชาคม ณ ศพก. ผู้เข้าร่วม 58 คน ร่วมกำหนดหลักสูตรการเรียนรู้ 6 หลักสูตร"]),
    (510, (2024, 12, 5), "วันดินโลก 5 ธันวาคม 2567", ["จัดกิจกรรมรณรงค์การปรับปรุงบำรุงดิน ณ ศพก."]),
    (498, (2024, 10, 30), "ประกาศแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2568",
     ['เผยแพร่แผนปฏิบัติการป้องกันการทุจริต <a href="{antiplan}">ดาวน์โหลด</a>']),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"invite": f("forum-invite"), "measures": f("measures-69"), "recruit": f("recruit"),
             "antiplan": f("anti-plan-68")}
    for nid, ymd, title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title,
              f'<p class="meta">โพสต์เมื่อ {be(date(*ymd))} โดย admin_hsk · หมวด ข่าวประชาสัมพันธ์</p>'
              f'<img src="/assets/news.png" alt="ภาพกิจกรรม" width="160" height="100">{body}'
              '<p><a href="/news/">« ข่าวทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>{be(date(*n[1]))}</span></li>'
                          for n in chunk)
        pager = ('<p class="pager"><b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">หน้าถัดไป »</a></p>'
                 if p == 1 else '<p class="pager"><a href="/news/">« หน้าก่อน</a> <a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

GROUP = None
ITA_2569 = [  # (code, heading, [(link text, key or path)])
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", GROUP, []),
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ข้อมูลผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อหน่วยงาน / ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("Q&A", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนพัฒนาการเกษตรระดับอำเภอ", [("แผนพัฒนาการเกษตรระดับอำเภอ", "plan-64-68")]),
    ("o6", "แผนปฏิบัติงานและการใช้จ่ายงบประมาณ", [("แผนปฏิบัติงานประจำปี 2569", "opplan-68")]),
    ("o7", "รายงานผลการปฏิบัติงานประจำปี", [("รายงานผลการปฏิบัติงาน", "/download/report/")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน ทะเบียนเกษตรกร", "manual-staff")]),
    ("o9", "คู่มือการให้บริการ", [("คู่มือสำหรับประชาชน", "citizen")]),
    ("o10", "E-Service", [("บริการออนไลน์", "/eservice/"), ("สถิติการให้บริการ 2569", "svc-69")]),
    ("o11", "สรุปผลจัดซื้อจัดจ้างรายเดือน", [("สขร.1 ปี 2569", "/procurement/")]),
    ("o12", "สรุปผลจัดซื้อจัดจ้างประจำปี", [("รายงานสรุปผลการจัดซื้อจัดจ้าง ปี 2568", "/files/13899.pdf")]),
    ("o13", "หลักเกณฑ์และแผนบริหารบุคคล", [("หลักเกณฑ์", "hr-rules"), ("แผนพัฒนาบุคลากร 2569", "hr-plan-69")]),
    ("o14", "รายงานผลการบริหารบุคคล", [("บริหารงานบุคคล", "/download/hr/")]),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรม", "/news/603/")]),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียนทุจริต", [("แนวปฏิบัติ", "complaint-guide")]),
    ("o17", "ช่องทางร้องเรียนทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("สถิติเรื่องร้องเรียน รอบ 6 เดือน", "complaint-68h1")]),
    ("o19", "การมีส่วนร่วม", [("เวทีรับฟังความคิดเห็น", "/news/612/")]),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", GROUP, []),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", "nogift-67")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยง", "risk-68")]),
    ("o22", "ผลการบริหารความเสี่ยงการทุจริต", []),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต", "anti-plan-68")]),
    ("o24", "รายงานผลป้องกันการทุจริต", [("รายงานผล ปี 2568", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนา", [("วิเคราะห์ผล ITA 2568", "ita-analysis-68"), ("มาตรการฯ 2569", "measures-69")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("รายงานผล ปี 2568", "integrity-report-68")]),
]
ITA_2568 = [
    ("o5", "แผนพัฒนาการเกษตรระดับอำเภอ", [("แผนพัฒนาการเกษตร 2564-2568", "plan-64-68")]),
    ("o6", "แผนปฏิบัติงานประจำปี", [("แผนปฏิบัติงาน 2568", "opplan-68")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("สถิติ รอบ 6 เดือน", "complaint-68h1")]),
    ("o20", "No Gift Policy", [("ประกาศ No Gift", "nogift-67")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง 2568", "/files/12702.pdf")]),
    ("o22", "แผนบริหารจัดการความเสี่ยง", [("แผนบริหารความเสี่ยง 2568", "riskplan-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต 2568", "anti-plan-68")]),
    ("o25", "มาตรการส่งเสริมคุณธรรม", [("วิเคราะห์ผล ITA 2567 และมาตรการ", "ita-analysis-67")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>หัวข้อ</th><th>ลิงก์ข้อมูล</th></tr>']
    for code, heading, links in rows:
        if heading is GROUP:
            out.append(f'<tr class="grp"><td colspan="3">{esc(code)}</td></tr>')
            continue
        cell = "<br>".join(a(h if h.startswith("/") else f(h), t) for t, h in links) or "-"
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">ข่าวทั้งหมด »</a></p>'
          '<h2>บริการเกษตรกร</h2><p><a href="/service/register/">ขึ้นทะเบียนเกษตรกร</a> · '
          '<a href="/service/disaster/">ช่วยเหลือผู้ประสบภัยด้านพืช</a> · <a href="/eservice/">บริการออนไลน์</a></p>'
          '<h2>ITA</h2><p><a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๙</a></p>'
          '<h2>เอกสารล่าสุด</h2>' + table(listed()[:6]))
    write("/about/history/", "ข้อมูลทั่วไปอำเภอห้วยทรายคำ",
          "<p>อำเภอห้วยทรายคำ แบ่งการปกครองเป็น 7 ตำบล 86 หมู่บ้าน พื้นที่ทั้งหมด 398 ตารางกิโลเมตร "
          "พื้นที่การเกษตร 214,380 ไร่ ครัวเรือนเกษตรกรที่ขึ้นทะเบียน 9,874 ครัวเรือน</p>"
          "<p>พืชเศรษฐกิจ : ข้าวนาปี 142,600 ไร่ อ้อยโรงงาน 38,200 ไร่ มันสำปะหลัง 21,450 ไร่ ยางพารา 6,130 ไร่</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : เกษตรกรห้วยทรายคำมีความมั่นคงในอาชีพ ผลิตสินค้าเกษตรปลอดภัย มีรายได้ที่ยั่งยืน</p>"
          "<ol><li>ถ่ายทอดเทคโนโลยีการผลิตผ่าน ศพก. และเครือข่าย</li><li>พัฒนาเกษตรกรและองค์กรเกษตรกร</li>"
          "<li>ให้บริการข้อมูลและทะเบียนเกษตรกรที่ถูกต้อง</li></ol>")
    write("/about/structure/", "โครงสร้างสำนักงานเกษตรอำเภอห้วยทรายคำ",
          '<img src="/assets/org-chart.png" alt="แผนภูมิโครงสร้างสำนักงานเกษตรอำเภอห้วยทรายคำ" width="480" height="300">'
          "<p>สังกัด สำนักงานเกษตรจังหวัดกาฬสินธุ์ กรมส่งเสริมการเกษตร กระทรวงเกษตรและสหกรณ์</p>"
          "<ul><li>เกษตรอำเภอห้วยทรายคำ<ul>"
          "<li>ฝ่ายบริหารทั่วไป (งานธุรการ การเงิน พัสดุ)</li>"
          "<li>กลุ่มงานส่งเสริมและพัฒนาการเกษตร<ul><li>งานส่งเสริมการผลิตพืช</li><li>งานพัฒนาเกษตรกรและวิสาหกิจชุมชน</li>"
          "<li>งานอารักขาพืช</li><li>งานข้อมูลสารสนเทศและทะเบียนเกษตรกร</li></ul></li>"
          "<li>นักวิชาการส่งเสริมการเกษตรประจำตำบล (เกษตรตำบล) 7 ตำบล</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a> · <a href="/about/staff/">บุคลากร</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>สำนักงานเกษตรอำเภอเป็นหน่วยงานราชการบริหารส่วนภูมิภาคของกรมส่งเสริมการเกษตร "
          "ตามกฎกระทรวงแบ่งส่วนราชการกรมส่งเสริมการเกษตร กระทรวงเกษตรและสหกรณ์ มีอำนาจหน้าที่โดยสรุปดังนี้</p><ol>"
          "<li>ส่งเสริมและพัฒนาการผลิตสินค้าเกษตรในพื้นที่อำเภอให้ได้คุณภาพและมาตรฐาน</li>"
          "<li>ถ่ายทอดเทคโนโลยีการเกษตรผ่านศูนย์เรียนรู้การเพิ่มประสิทธิภาพการผลิตสินค้าเกษตร (ศพก.) และเครือข่าย</li>"
          "<li>พัฒนาเกษตรกร กลุ่มเกษตรกร ยุวเกษตรกร และวิสาหกิจชุมชน</li>"
          "<li>ขึ้นทะเบียนและปรับปรุงทะเบียนเกษตรกร จัดทำข้อมูลการเกษตรระดับอำเภอ</li>"
          "<li>เฝ้าระวัง ป้องกัน และกำจัดศัตรูพืช และช่วยเหลือเกษตรกรผู้ประสบภัยพิบัติด้านพืช</li>"
          "<li>ประสานงานและบูรณาการงานด้านการเกษตรกับหน่วยงานอื่นและองค์กรปกครองส่วนท้องถิ่นในพื้นที่</li>"
          "<li>ปฏิบัติงานอื่นตามที่สำนักงานเกษตรจังหวัดหรือกรมมอบหมาย</li></ol>")
    execs = [("นายวีรพงษ์ แสนศรีมา", "เกษตรอำเภอห้วยทรายคำ", "08 1974 2256", "veeraphong.s@doae-hsk.example"),
             ("นางสาวอรอุมา พลศรี", "นักวิชาการส่งเสริมการเกษตรชำนาญการ (รักษาการหัวหน้ากลุ่มงานส่งเสริมฯ)", "08 9620 4418", ""),
             ("นางจันทร์เพ็ญ คำภูแก้ว", "เจ้าพนักงานธุรการชำนาญงาน (ฝ่ายบริหารทั่วไป)", "0 4301 7752", "")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="90" height="110"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}{'<br>อีเมล ' + e if e else ''}</div>"
                    for n, p, t, e in execs)
    write("/about/executives/", "ผู้บริหาร", cards)
    staff = "".join(f"<tr><td>{t}</td><td>{n}</td><td>{ph}</td></tr>" for t, n, ph in zip(TAMBONS, [
        "นายธนกร ภูมิสะอาด", "นางสาวกัญญารัตน์ ศรีวงษา", "นายอดิศักดิ์ มูลทา", "นางสาวพรทิพย์ แก้วบุดดา",
        "นายณัฐพล จันทร์หอม", "นางสาวศิริลักษณ์ โพธิ์ไทร", "นายสุริยา ทองอินทร์"], [
        "08 6112 3301", "08 6112 3302", "08 6112 3303", "08 6112 3304", "08 6112 3305", "08 6112 3306", "08 6112 3307"],
        strict=True))
    write("/about/staff/", "บุคลากร / เกษตรตำบล",
          f'<table class="dl"><tr><th>ตำบล</th><th>เกษตรตำบล</th><th>โทรศัพท์</th></tr>{staff}</table>')
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>ที่ว่าการอำเภอห้วยทรายคำ (หลังเก่า) ถนนทรายคำพัฒนา ตำบลห้วยทรายคำ อำเภอห้วยทรายคำ จังหวัดกาฬสินธุ์ 46180</p>"
          "<p>โทรศัพท์/โทรสาร 0 4301 7752<br>อีเมล huaisaikham.agri@gmail.com<br>"
          'Facebook : <a href="https://www.facebook.com/huaisaikham.agri">เกษตรอำเภอห้วยทรายคำ</a> · LINE OA @hsk-agri</p>'
          "<p>เวลาราชการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=16.6531,103.7712">แผนที่ (Google Maps)</a></p>'
          '<p>มีข้อสงสัย <a href="/qa/">ถามได้ที่กระดานถาม-ตอบ</a></p>')
    threads = [(21, "ขึ้นทะเบียนเกษตรกรครั้งแรก ต้องใช้โฉนดตัวจริงไหมครับ", "ชาวนาคำเจริญ", (2026, 3, 9),
                "ใช้สำเนาเอกสารสิทธิ์ได้ครับ หากเช่าที่ดินต้องมีสัญญาเช่าหรือหนังสือยินยอม (เจ้าหน้าที่)"),
               (18, "ขอตรวจวิเคราะห์ดินต้องทำอย่างไร", "มะลิ", (2026, 1, 14),
                "เก็บตัวอย่างดิน 15 จุดต่อแปลง คลุกรวมประมาณ 1 กิโลกรัม ส่งที่ ศพก. หรือยื่นคำขอทาง E-Service ได้ค่ะ (เจ้าหน้าที่)")]
    for tid, q, who, ymd, ans in threads:
        write(f"/qa/{tid}/", q, f'<div class="q"><b>ถาม</b> {esc(q)}<br><small>โดย {who} · {be(date(*ymd))}</small></div>'
                                f'<div class="ans"><b>ตอบ</b> {esc(ans)}</div><p><a href="/qa/">« กลับกระดานถาม-ตอบ</a></p>')
    items = "".join(f'<li><a href="/qa/{t[0]}/">{esc(t[1])}</a> ({be(date(*t[3]))}) · ตอบแล้ว</li>' for t in threads)
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          f'<ul>{items}</ul><form action="/qa/new/" method="post"><h2>ตั้งคำถาม</h2>'
          'หัวข้อ <input name="topic"><br>คำถาม <textarea name="msg"></textarea><br>ชื่อ/นามแฝง <input name="by"><br>'
          '<button type="submit">ส่งคำถาม</button></form>')
    write("/service/register/", "การขึ้นทะเบียนและปรับปรุงทะเบียนเกษตรกร",
          "<p>เกษตรกรแจ้งปรับปรุงทะเบียนได้ที่เกษตรตำบล หรือผ่านแอปพลิเคชัน Farmbook ภายใน 60 วันหลังปลูก (ไม้ผล 30 วัน)</p>"
          f'<p>{a(f("citizen"), "คู่มือสำหรับประชาชน (ขั้นตอน ระยะเวลา เอกสาร)")}</p>')
    write("/service/disaster/", "การช่วยเหลือเกษตรกรผู้ประสบภัยพิบัติด้านพืช",
          "<p>แจ้งความเสียหายต่อเกษตรตำบลภายใน 10 วันนับแต่ภัยสิ้นสุด ด้วยแบบ กษ.01 คณะกรรมการหมู่บ้านรับรองและติดประกาศ 3 วัน</p>")
    write("/sck/", "ศูนย์เรียนรู้การเพิ่มประสิทธิภาพการผลิตสินค้าเกษตร (ศพก.)",
          "<p>ศพก.อำเภอห้วยทรายคำ ตั้งอยู่ ตำบลคำเจริญ ประธาน นายบุญมี ศรีคำ สินค้าหลัก ข้าว เครือข่าย 7 ศูนย์ "
          "(ศูนย์จัดการศัตรูพืชชุมชน 2 ศูนย์ ศูนย์จัดการดินปุ๋ยชุมชน 2 ศูนย์ แปลงใหญ่ 3 แปลง)</p>")
    write("/knowledge/", "คลังความรู้",
          '<ul><li><a href="/knowledge/rice-pests/">การป้องกันกำจัดเพลี้ยกระโดดสีน้ำตาลในนาข้าว</a></li>'
          '<li><a href="/knowledge/soil/">การเก็บตัวอย่างดินเพื่อวิเคราะห์</a></li></ul>')
    write("/knowledge/rice-pests/", "การป้องกันกำจัดเพลี้ยกระโดดสีน้ำตาลในนาข้าว",
          "<p>หมั่นสำรวจแปลงทุกสัปดาห์ หากพบเกิน 10 ตัวต่อกอ ให้ระบายน้ำออกจากแปลง และใช้เชื้อราบิวเวอร์เรีย</p>")
    write("/knowledge/soil/", "การเก็บตัวอย่างดินเพื่อวิเคราะห์",
          "<p>เก็บดินลึก 0 - 15 เซนติเมตร 15 จุดต่อแปลง ผึ่งให้แห้งในที่ร่ม ใส่ถุงพร้อมชื่อและเบอร์โทรศัพท์</p>")
    write("/eservice/", "E-Service บริการออนไลน์",
          "<p>เกษตรกรยื่นคำขอรับบริการได้ทางออนไลน์ เจ้าหน้าที่ติดต่อกลับภายใน 2 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSfHsk-agri-eservice/formResponse" method="post">'
          '<h2>แบบคำขอรับบริการออนไลน์</h2>ชื่อ-สกุล <input name="entry.101"><br>เลขประจำตัวประชาชน <input name="entry.102"><br>'
          'โทรศัพท์ <input name="entry.103"><br>ตำบล <select name="entry.104">'
          + "".join(f"<option>{t}</option>" for t in TAMBONS) +
          '</select><br>บริการ <select name="entry.105"><option>ขอรับบริการตรวจวิเคราะห์ดิน</option>'
          '<option>แจ้งความเสียหายพืชเบื้องต้น</option><option>นัดหมายปรับปรุงทะเบียนเกษตรกร</option></select><br>'
          'รายละเอียด <textarea name="entry.106"></textarea><br><button type="submit">ส่งคำขอ</button></form>'
          f'<p>{a(f("svc-69"), "สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ร้องเรียนเรื่องทั่วไปได้ที่สำนักงาน โทร. 0 4301 7752 หรือศูนย์ดำรงธรรมอำเภอห้วยทรายคำ</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-guide"), "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตฯ")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้ร้องเรียนถือเป็นความลับ ไม่ต้องระบุชื่อก็ได้</p>"
          '<form action="/complaint/corruption/submit/" method="post">ชื่อ-สกุล (ไม่บังคับ) <input name="name"><br>'
          'ช่องทางติดต่อกลับ <input name="contact"><br>เจ้าหน้าที่/เรื่องที่ร้องเรียน <input name="subject"><br>'
          'รายละเอียด <textarea name="detail"></textarea><br>หลักฐาน <input type="file" name="evidence"><br>'
          '<button type="submit">ส่งเรื่อง</button></form>'
          '<p>ช่องทางอื่น : <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · '
          '<a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a> · ศูนย์ดำรงธรรม โทร. 1567</p>')
    write("/links/", "ลิงก์หน่วยงาน",
          '<ul><li><a href="https://www.doae.go.th/">กรมส่งเสริมการเกษตร</a></li>'
          '<li><a href="https://www.moac.go.th/">กระทรวงเกษตรและสหกรณ์</a></li>'
          '<li><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></li></ul>')
    write("/privacy/", "นโยบายเว็บไซต์และการคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นต่อการให้บริการเกษตรกรตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    # procurement: the monthly list by the keeper, plus the annual report's working copy
    months = sorted((k for k in ROWS if k.startswith("skr-")), key=lambda k: ROWS[k][3], reverse=True)
    rows = "".join(f"<tr><td>{esc(ROWS[k][1])}</td><td>{be(ROWS[k][3])}</td>"
                   f'<td>{a(f(k), "ดาวน์โหลด (" + ROWS[k][4].upper() + ")")}</td></tr>' for k in months)
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง",
          f'<h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)</h2><table class="dl"><tr><th>เดือน</th><th>วันที่ลง</th>'
          f"<th>ไฟล์</th></tr>{rows}</table>"
          f'<h2>รายงานประจำปี / ประกาศ</h2><ul><li>{a(f("proc-year-68"), ROWS["proc-year-68"][1])}</li>'
          f'<li>{a(f("sign-notice"), ROWS["sign-notice"][1])}</li></ul>'
          '<p>ประกาศจัดซื้อจัดจ้างอื่น ๆ ดูได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>')
    cats = " | ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>{cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลด : {cname}", f"<p>{cats}</p>{table(listed(slug))}")
    write("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
          '<ul><li><a href="/ita/2569/">ITA ประจำปีงบประมาณ ๒๕๖๙</a></li>'
          '<li><a href="/ita/2568/">ITA ประจำปีงบประมาณ ๒๕๖๘</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ ๒๕๖๙",
          f"<p>{ORG} (ปรับปรุงข้อมูล ณ วันที่ ๓ เม.ย. ๒๕๖๙)</p>" + ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ ๒๕๖๘",
          "<p>(ข้อมูลปีที่ผ่านมา)</p>" + ita_table(ITA_2568))


def assets() -> None:
    import base64

    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    for n in ("doae-logo.png", "head.png", "person.png", "org-chart.png", "news.png", "pdf.png", "docx.png",
              "xlsx.png", "doc.png", "xls.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    with open(os.path.join(HERE, "assets", "doae.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}#topbar{background:#1b5e20;color:#fff;padding:3px 8px}"
                 "#banner{display:flex;gap:8px;padding:8px;background:#e8f5e9}#menu li{display:inline;margin:0 5px}"
                 "#wrap{display:flex}#content{flex:1;padding:10px}#side{width:230px}.box{border:1px solid #c8e6c9;margin:6px;"
                 "padding:6px}table{border-collapse:collapse}td,th{border:1px solid #9e9e9e;padding:3px}"
                 "footer{background:#1b5e20;color:#fff;padding:8px;font-size:small}footer a{color:#fff}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
