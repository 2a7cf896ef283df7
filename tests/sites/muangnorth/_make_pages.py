"""Generate the HTML pages of the "muangnorth" test site (เทศบาลเมืองเวียงพานคำ, invented).

Run after _make_docs.py:  python tests/sites/muangnorth/_make_pages.py

Every page is folder/index.html in one template: top bar with the language switch (ไทย | EN),
header, menu, left column (mayor, ITA links, quick links), footer.  The English mirror /en/ has
six pages in the same template with an English menu.  Deterministic.
"""

from __future__ import annotations

import base64
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, name  # noqa: E402

ORG = "เทศบาลเมืองเวียงพานคำ"
ORG_EN = "Wiang Phan Kham Town Municipality"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")

MENU = [("/", "หน้าแรก"), ("/about/history/", "ข้อมูลทั่วไป"), ("/about/structure/", "โครงสร้าง"),
        ("/about/executives/", "ผู้บริหาร"), ("/news/", "ข่าวประชาสัมพันธ์"), ("/download/", "ดาวน์โหลดเอกสาร"),
        ("/procurement/", "จัดซื้อจัดจ้าง"), ("/eservice/", "E-Service"), ("/ita/2568/", "ITA"),
        ("/contact/", "ติดต่อเรา")]
MENU_EN = [("/en/", "Home"), ("/en/about/", "About"), ("/en/executives/", "Executives"),
           ("/en/news/", "News"), ("/en/visit/", "Visit Wiang Phan Kham"), ("/en/contact/", "Contact")]
SIDE = """<div class="box"><img src="/img/mayor.png" alt="นายกเทศมนตรี" width="120"><p>นายประเสริฐ ศรีวงค์คำ<br>นายกเทศมนตรีเมืองเวียงพานคำ</p></div>
<div class="box"><h3>ITA</h3><ul><li><a href="/ita/2568/">ITA 2568 (OIT)</a></li><li><a href="/ita/2567/">ITA 2567</a></li></ul></div>
<div class="box"><h3>ลิงก์ด่วน</h3><ul><li><a href="/complaint/">ร้องเรียน/ร้องทุกข์</a></li><li><a href="/services/guide/">คู่มือประชาชน</a></li>
<li><a href="/faq/">ถาม-ตอบ</a></li><li><a href="/sitemap/">แผนผังเว็บไซต์</a></li><li><a href="https://www.gprocurement.go.th">ระบบ e-GP</a></li></ul></div>
<div class="box">ผู้เข้าชม 0418263</div>"""
SIDE_EN = """<div class="box"><img src="/img/mayor.png" alt="Mayor" width="120"><p>Mr. Prasert Siwongkham<br>Mayor</p></div>
<div class="box"><p>Most documents are published in Thai only. <a href="/">Thai website</a></p></div>"""

PAGES: dict[str, tuple[str, str]] = {}


def page(path: str, title: str, body: str) -> None:
    PAGES[path] = (title, body)


def render(path: str, title: str, body: str) -> str:
    en = path.startswith("/en/")
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in (MENU_EN if en else MENU))
    lang = "en" if en else "th"
    org = ORG_EN if en else ORG
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} - {org}</title>
<link rel="stylesheet" href="/css/style.css"></head>
<body><div class="topbar"><a href="/">ไทย</a> | <a href="/en/">EN</a></div>
<header><img src="/img/logo.png" alt="logo" width="60"><h1>{org}</h1><p>{'Mueang Lampang District, Lampang' if en else 'อำเภอเมืองลำปาง จังหวัดลำปาง'}</p></header>
<nav><ul>{menu}</ul></nav>
<div class="wrap"><aside>{SIDE_EN if en else SIDE}</aside>
<main><h2>{title}</h2>
{body}
</main></div>
<footer>{org} 99 ถนนพานคำ ตำบลเวียงพานคำ อำเภอเมืองลำปาง จังหวัดลำปาง 52000 โทร 0 5482 7100 | saraban@wiangphankham.go.th</footer>
</body></html>
"""


def a(key: str, text: str) -> str:
    return f'<a href="{name(key)}">{text}</a>'


def table(rows: list[tuple[str, ...]]) -> str:
    return "<table border=\"1\">" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"


# ------------------------------------------------------------ home and about
page("/", "หน้าแรก", """<h3>ข่าวล่าสุด</h3><ul>
<li><a href="/news/3120/">ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568</a> (๒ เม.ย. ๖๘)</li>
<li><a href="/news/3118/">เตรียมจัดงานประเพณีปี๋ใหม่เมือง สงกรานต์ 2568</a> (๑๘ มี.ค. ๖๘)</li>
<li><a href="/news/3112/">อบรมคุณธรรมจริยธรรมพนักงานเทศบาล ประจำปี 2568</a> (๑๖ ม.ค. ๖๘)</li></ul>
<p><a href="/news/">ข่าวทั้งหมด</a> | <a href="/gallery/">ภาพกิจกรรม</a> | <a href="/tourism/">สถานที่ท่องเที่ยว</a></p>""")
page("/about/history/", "ประวัติความเป็นมา", "<p>เทศบาลเมืองเวียงพานคำ ยกฐานะจากเทศบาลตำบลเมื่อ พ.ศ. 2551 พื้นที่ 12.6 ตารางกิโลเมตร 18 ชุมชน ประชากร 24,870 คน ตั้งอยู่ริมแม่น้ำวัง</p><p><a href=\"/about/vision/\">วิสัยทัศน์</a> | <a href=\"/about/council/\">สมาชิกสภาเทศบาล</a></p>")
page("/about/vision/", "วิสัยทัศน์ พันธกิจ", "<p>วิสัยทัศน์: เวียงพานคำ เมืองน่าอยู่ ริมน้ำวัง วัฒนธรรมล้านนา บริหารด้วยธรรมาภิบาล</p>")
page("/about/structure/", "โครงสร้างส่วนราชการ", """<img src="/img/chart.png" alt="แผนภูมิโครงสร้าง" width="400">
<h3>ฝ่ายการเมือง</h3><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี 3 คน</li><li>เลขานุการนายกเทศมนตรี 2 คน</li><li>ที่ปรึกษานายกเทศมนตรี 2 คน</li></ul></li>
<li>สภาเทศบาล: ประธานสภา รองประธานสภา สมาชิกสภาเทศบาล 18 คน</li></ul>
<h3>ฝ่ายประจำ</h3><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล 2 คน</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li>
<li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองการศึกษา</li><li>กองยุทธศาสตร์และงบประมาณ</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>
<p><a href="/about/authority/">อำนาจหน้าที่</a></p>""")
page("/about/authority/", "อำนาจหน้าที่", """<p>ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 53 และ 54 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p>
<ol><li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li><li>รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ รวมทั้งการกำจัดขยะมูลฝอย</li>
<li>ป้องกันและระงับโรคติดต่อ</li><li>ให้มีน้ำสะอาดหรือการประปา</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>บำรุงศิลปะ จารีตประเพณี และวัฒนธรรมอันดีของท้องถิ่น</li></ol>""")
page("/about/executives/", "คณะผู้บริหาร", table([
    ('<img src="/img/mayor.png" alt="" width="80">', "นายประเสริฐ ศรีวงค์คำ", "นายกเทศมนตรีเมืองเวียงพานคำ", "โทร 08 1950 2231"),
    ('<img src="/img/dep1.png" alt="" width="80">', "นายสุรชัย แก้วมูล", "รองนายกเทศมนตรี", "โทร 08 1950 2232"),
    ('<img src="/img/dep2.png" alt="" width="80">', "นางพิมพ์ใจ ปัญญาวงค์", "รองนายกเทศมนตรี", "โทร 08 1950 2233"),
    ('<img src="/img/dep3.png" alt="" width="80">', "นายอนุชา ใจมา", "รองนายกเทศมนตรี", "โทร 08 1950 2234"),
    ('<img src="/img/clerk.png" alt="" width="80">', "นางสาวจันทร์เพ็ญ อินต๊ะวงศ์", "ปลัดเทศบาล", "โทร 0 5482 7101")]))
page("/about/council/", "สมาชิกสภาเทศบาล", "<p>ประธานสภาเทศบาล นายบุญเรือน สายคำ รองประธานสภา นางนงลักษณ์ ต๊ะวิชัย และสมาชิกสภาเทศบาล 18 คน</p>")
page("/contact/", "ติดต่อเรา", """<p>เทศบาลเมืองเวียงพานคำ 99 ถนนพานคำ ตำบลเวียงพานคำ อำเภอเมืองลำปาง จังหวัดลำปาง 52000</p>
<p>โทรศัพท์ 0 5482 7100 โทรสาร 0 5482 7109 อีเมล saraban@wiangphankham.go.th</p>
<p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p><p><a href="https://maps.google.com/?q=18.2901,99.5102">แผนที่ Google Maps</a></p>""")
page("/faq/", "ถาม-ตอบ", "<p>ถาม: ชำระภาษีป้ายได้ที่ไหน ตอบ: กองคลัง ชั้น 1 (๑๒ ก.พ. ๒๕๖๘)</p>")
page("/gallery/", "ภาพกิจกรรม", '<ul><li><a href="/news/3106/">ยี่เป็งเวียงพานคำ 2567</a></li><li><a href="/news/3112/">อบรมคุณธรรมจริยธรรม</a></li></ul>')
page("/tourism/", "สถานที่ท่องเที่ยว", "<p>กาดกองต้าเวียงพานคำ ทุกวันเสาร์ สะพานไม้ริมน้ำวัง วัดพระธาตุพานคำ</p>")

# ------------------------------------------------------------ news
NEWS = [
    (3120, "๒ เม.ย. ๒๕๖๘", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568", "ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีภายในวันที่ 30 เมษายน 2568 ที่กองคลัง หรือผ่านระบบ E-Service"),
    (3118, "๑๘ มี.ค. ๒๕๖๘", "เตรียมจัดงานประเพณีปี๋ใหม่เมือง สงกรานต์ 2568", "ประชุมคณะกรรมการชุมชนเตรียมขบวนแห่พระพุทธรูปและรดน้ำดำหัวผู้สูงอายุ 12-15 เมษายน 2568"),
    (3115, "๒๔ ก.พ. ๒๕๖๘", "รณรงค์ลดการเผาในที่โล่ง ป้องกันหมอกควันและ PM2.5", "เทศบาลร่วมกับ 18 ชุมชน ตั้งจุดเฝ้าระวังไฟป่าและรณรงค์งดเผาขยะ"),
    (3112, "๑๖ ม.ค. ๒๕๖๘", "อบรมคุณธรรมจริยธรรมพนักงานเทศบาล ประจำปี 2568", "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล ผู้เข้าร่วม 176 คน ณ หอประชุมเทศบาล วันที่ 15 มกราคม 2568"),
    (3109, "๒๙ พ.ย. ๒๕๖๗", "ประชุมประชาคมเมือง รับฟังความคิดเห็นของประชาชน ประจำปี 2568", "เทศบาลจัดเวทีประชาคมเมืองเพื่อรับฟังความคิดเห็นของประชาชนต่อโครงการปรับปรุงทางเดินริมน้ำวัง เมื่อวันที่ 27 พฤศจิกายน 2567 มีผู้แทนชุมชน 18 ชุมชน และประชาชนเข้าร่วม 214 คน"),
    (3106, "๑๖ พ.ย. ๒๕๖๗", "ประเพณียี่เป็งเวียงพานคำ 2567", "ขบวนกระทงใหญ่และการปล่อยโคมลอยอย่างปลอดภัย ริมแม่น้ำวัง 15 พฤศจิกายน 2567"),
    (3103, "๘ ต.ค. ๒๕๖๗", "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 4 ประจำปี 2567", "สภาเทศบาลพิจารณาญัตติขออนุมัติกันเงินงบประมาณ"),
]
OLD_NEWS = [
    (3088, "๒๐ ส.ค. ๒๕๖๗", "โครงการเทศบาลเคลื่อนที่ ชุมชนท่าเก๊าม่วง", "ให้บริการรับชำระภาษีและขึ้นทะเบียนเบี้ยยังชีพนอกสถานที่"),
    (3075, "๓ พ.ค. ๒๕๖๗", "ประชุมประชาคมเมือง ทบทวนแผนพัฒนาท้องถิ่น ปี 2567", "ผู้เข้าร่วม 190 คน"),
    (2210, "๒ ธ.ค. ๒๕๖๕", "ผู้บริหารและพนักงานร่วมประกาศเจตนารมณ์ No Gift Policy", "เทศบาลเมืองเวียงพานคำประกาศเจตนารมณ์ งดให้ งดรับของขวัญ ในเทศกาลปีใหม่ 2566 ณ ห้องประชุมสภาเทศบาล 1 ธันวาคม 2565"),
]
for nid, day, title, text in NEWS + OLD_NEWS:
    extra = f' <p>ประกาศ: {a("nogift_old", "ประกาศเจตนารมณ์ No Gift Policy")}</p>' if nid == 2210 else ""
    page(f"/news/{nid}/", title, f'<p class="date">{day}</p><p>{text}</p><img src="/img/news.png" alt="" width="300">{extra}')


def news_list(items) -> str:
    return "<ul>" + "".join(f'<li><a href="/news/{n}/">{t}</a> ({dd})</li>' for n, dd, t, _ in items) + "</ul>"


page("/news/", "ข่าวประชาสัมพันธ์", news_list(NEWS) + '<p>หน้า 1 <a href="/news/page/2/">2</a></p>')
page("/news/page/2/", "ข่าวประชาสัมพันธ์ หน้า 2", news_list(OLD_NEWS) + '<p><a href="/news/">1</a> หน้า 2</p>')

# ------------------------------------------------------------ downloads
CATS = {
    "plan": ("แผนพัฒนาท้องถิ่น / แผนดำเนินงาน", [
        ("plan_print", "ประกาศผู้ชนะ จ้างพิมพ์แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)", "๙ ธ.ค. ๖๗"),
        ("plan_meeting", "เชิญประชุมคณะกรรมการพัฒนาเทศบาล ครั้งที่ 2/2567", "๑๘ พ.ย. ๖๗"),
        ("action_plan", "แผนการดำเนินงาน ปี 2568", "๒๙ ต.ค. ๖๗"),
        ("action_plan_draft", "(ร่าง) แผนการดำเนินงาน ปี 2568", "๒๐ ก.ย. ๖๗"),
        ("plan_old", "แผนพัฒนาท้องถิ่นสี่ปี", "๒๘ ก.ย. ๖๐")]),
    "budget": ("งบประมาณ", [("budget", "เทศบัญญัติงบประมาณรายจ่าย ปี 2568", "๒๔ ก.ย. ๖๗"),
                            ("sixmonth_old", "รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน", "๓๐ เม.ย. ๖๗")]),
    "report": ("รายงานผลการดำเนินงาน", [("eval_old", "รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น", "๒๐ ธ.ค. ๖๗"),
                                        ("school_report", "รายงานผลการดำเนินงานประจำปี 2567 โรงเรียนเทศบาล 1", "๕ พ.ย. ๖๗")]),
    "hr": ("การบริหารงานบุคคล", [("hr_province", "ประกาศ ก.ท.จ.ลำปาง เรื่องแผนอัตรากำลัง", "๓ มิ.ย. ๖๗"),
                                 ("hr_report", "รายงานผลการพัฒนาบุคลากร ปี 2567", "๒๑ ต.ค. ๖๗"),
                                 ("hr_plan_old", "แผนอัตรากำลัง 3 ปี", "๒๕ ก.ย. ๖๓")]),
    "manual": ("คู่มือ", [("work_manual", "คู่มือการปฏิบัติงาน งานจัดเก็บภาษี", "๑๔ มี.ค. ๖๖"),
                          ("complaint_manual", "คู่มือการจัดการเรื่องร้องเรียนการทุจริต", "๒ พ.ค. ๖๖")]),
    "integrity": ("คุณธรรมและความโปร่งใส", [("risk", "การประเมินความเสี่ยงการทุจริต ปี 2568", "๓ ธ.ค. ๖๗"),
                                             ("ac_report_scan", "รายงานผลการดำเนินการป้องกันการทุจริต", "๒๘ พ.ย. ๖๗"),
                                             ("risk_report", "รายงานผลการจัดการความเสี่ยงการทุจริต ปี 2567", "๓๐ ต.ค. ๖๗"),
                                             ("gift_report", "รายงานการรับทรัพย์สินฯ ปี 2567", "๑๕ ต.ค. ๖๗"),
                                             ("ac_plan_old", "แผนปฏิบัติการป้องกันการทุจริต", "๒๐ ต.ค. ๖๖"),
                                             ("ethics", "ประมวลจริยธรรมของพนักงานเทศบาล", "๑๐ ก.พ. ๖๖"),
                                             ("nogift_old", "ประกาศ No Gift Policy", "๑ ธ.ค. ๖๕")]),
    "stats": ("สถิติ", [("stats", "สถิติการให้บริการประชาชน", "๓ เม.ย. ๖๘"), ("stats_old", "สถิติการให้บริการประชาชน", "๘ ต.ค. ๖๗")]),
}
for cat, (title, rows) in CATS.items():
    page(f"/download/{cat}/", title, table([("เรื่อง", "วันที่", "ไฟล์")] + [(t, dd, a(k, "ดาวน์โหลด")) for k, t, dd in rows]))
page("/download/", "ดาวน์โหลดเอกสาร", "<ul>" + "".join(f'<li><a href="/download/{c}/">{t}</a></li>' for c, (t, _) in CATS.items()) + "</ul>")

SKR = ["ตุลาคม 2567", "พฤศจิกายน 2567", "ธันวาคม 2567", "มกราคม 2568", "มีนาคม 2568"]
page("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", table(
    [("เดือน", "ไฟล์")] + [(f"สขร.1 เดือน{m}", a(f"skr_{i}", "PDF")) for i, m in reversed(list(enumerate(SKR)))]
    + [("รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี 2567", a("proc_annual", "PDF"))]))

# ------------------------------------------------------------ services
page("/eservice/", "E-Service บริการออนไลน์", """<p>ยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่ติดต่อกลับภายใน 1 วันทำการ</p>
<form action="/eservice/sent/" method="get"><p>ประเภทคำร้อง <select name="type"><option>ขอรับถังขยะ</option><option>แจ้งไฟฟ้าสาธารณะชำรุด</option><option>ขอใช้รถน้ำ</option></select></p>
<p>ชื่อ-สกุล <input name="name"></p><p>เบอร์โทร <input name="tel"></p><p>รายละเอียด <textarea name="detail"></textarea></p><p><button>ส่งคำร้อง</button></p></form>""")
page("/eservice/sent/", "ส่งคำร้องแล้ว", "<p>ระบบได้รับคำร้องของท่านแล้ว</p>")
page("/complaint/", "ร้องเรียน/ร้องทุกข์ และแจ้งเบาะแสการทุจริต", f"""<p>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ: กรอกแบบฟอร์มด้านล่าง (ปกปิดชื่อผู้ร้องได้) โทร 0 5482 7100 ต่อ 111 หรือ Line @wiangphankham</p>
<form action="/eservice/sent/" method="get"><p>เรื่อง <input name="subject"></p><p>รายละเอียด <textarea name="detail"></textarea></p><p><button>แจ้งเรื่อง</button></p></form>
<p>ขั้นตอน: <a href="{name("complaint_manual")}">คู่มือการจัดการเรื่องร้องเรียน</a></p>""")
page("/services/guide/", "คู่มือสำหรับประชาชน", '<ul><li><a href="/services/guide/building/">การขออนุญาตก่อสร้างอาคาร</a></li><li><a href="/services/guide/tax/">การชำระภาษีที่ดินและสิ่งปลูกสร้าง</a></li></ul>')
page("/services/guide/building/", "คู่มือสำหรับประชาชน: การขออนุญาตก่อสร้างอาคาร", """<p>หน่วยงานที่ให้บริการ: กองช่าง เทศบาลเมืองเวียงพานคำ ชั้น 2 (ช่องทางติดต่อด้วยตนเอง หรือ E-Service)</p>
<p>ขั้นตอน: 1 ยื่นคำขอ (1 วัน) 2 ตรวจแบบและสถานที่ (20 วัน) 3 ออกใบอนุญาต (7 วัน) รวมระยะเวลา 28 วัน</p>
<p>ค่าธรรมเนียม: ตามกฎกระทรวง ตารางเมตรละ 0.50 - 4 บาท</p><p>เอกสารที่ต้องใช้: บัตรประชาชน ทะเบียนบ้าน โฉนดที่ดิน แบบแปลน 5 ชุด</p>""")
page("/services/guide/tax/", "คู่มือสำหรับประชาชน: การชำระภาษีที่ดินและสิ่งปลูกสร้าง", """<p>หน่วยงาน: กองคลัง ชั้น 1 ขั้นตอน: ตรวจสอบหนังสือแจ้งประเมิน ชำระเงิน รับใบเสร็จ ระยะเวลา 10 นาที</p>
<p>ค่าธรรมเนียม: ไม่มี เอกสาร: หนังสือแจ้งการประเมิน บัตรประชาชน</p>""")

# ------------------------------------------------------------ ITA pages
ITA = [
    ("o1", "โครงสร้าง", ['<a href="/about/structure/">โครงสร้าง</a>', '<a href="/about/authority/">อำนาจหน้าที่</a>']),
    ("o2", "ผู้บริหาร", ['<a href="/about/executives/">คลิก</a>']),
    ("o3", "ติดต่อ", ['<a href="/contact/">คลิก</a>']),
    ("o4", "ข่าว", ['<a href="/news/">คลิก</a>']),
    ("o5", "แผนพัฒนาท้องถิ่น", [a("plan_old", "แผนพัฒนาท้องถิ่น")]),
    ("o6", "แผนดำเนินงาน / งบประมาณ", [a("action_plan", "แผนดำเนินงาน"), a("budget", "เทศบัญญัติ"), a("sixmonth_old", "ติดตามรอบ 6 เดือน")]),
    ("o7", "รายงานผลการดำเนินงาน", ['<a href="/download/report/">คลิก</a>']),
    ("o8", "คู่มือเจ้าหน้าที่", [a("work_manual", "คลิก")]),
    ("o9", "คู่มือประชาชน", ['<a href="/services/guide/">คลิก</a>']),
    ("o10", "E-Service", ['<a href="/eservice/">คลิก</a>']),
    ("o11", "สถิติบริการ", [a("stats", "คลิก")]),
    ("o12", "สขร.1 รายเดือน", ['<a href="/procurement/">คลิก</a>']),
    ("o13", "สรุปจัดซื้อจัดจ้างประจำปี", [a("proc_annual", "คลิก")]),
    ("o14", "แผนบริหารงานบุคคล", ['<a href="/download/hr/">คลิก</a>']),
    ("o15", "รายงานผลบริหารงานบุคคล", [a("hr_report", "คลิก")]),
    ("o16", "ประมวลจริยธรรม", [a("ethics", "ประมวลจริยธรรม"), '<a href="/news/3112/">กิจกรรมปี 2568</a>']),
    ("o17", "คู่มือร้องเรียน", [a("complaint_manual", "คลิก")]),
    ("o18", "ช่องทางร้องเรียน", ['<a href="/complaint/">คลิก</a>']),
    ("o19", "สถิติร้องเรียน", ['<a href="/files/30977.pdf">คลิก</a>']),
    ("o20", "การมีส่วนร่วม", ['<a href="/news/3109/">คลิก</a>']),
    ("o21", "No Gift Policy", [a("nogift_old", "คลิก")]),
    ("o22", "รายงานการรับของขวัญ", [a("gift_report", "คลิก")]),
    ("o23", "ประเมินความเสี่ยง", [a("risk", "คลิก")]),
    ("o24", "รายงานจัดการความเสี่ยง", [a("risk_report", "คลิก")]),
    ("o25", "แผนป้องกันการทุจริต", ["อยู่ระหว่างจัดทำ"]),
    ("o26", "รายงานป้องกันการทุจริต", [a("ac_report_scan", "คลิก")]),
]
page("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", table(
    [("ข้อ", "รายการ", "ลิงก์")] + [(c, t, " ".join(links)) for c, t, links in ITA]))
page("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567", table([("ข้อ", "รายการ", "ลิงก์"),
    ("o10", "แผนดำเนินงาน", a("sixmonth_old", "รายงานรอบ 6 เดือน 2567")),
    ("o14", "สขร.1", '<a href="/files/28801.pdf">คลิก</a>'),
    ("o27", "No Gift Policy", a("nogift_old", "คลิก")),
    ("o36", "แผนปฏิบัติการป้องกันการทุจริต", a("ac_plan_old", "คลิก"))]))
page("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in MENU) + "</ul>")

# ------------------------------------------------------------ English mirror
page("/en/", "Welcome", """<p>Welcome to Wiang Phan Kham Town Municipality on the Wang River, Lampang.</p>
<ul><li><a href="/en/news/">News</a></li><li><a href="/en/visit/">Kad Kong Ta walking street every Saturday</a></li></ul>""")
page("/en/about/", "About the Municipality", """<p>Upgraded to a town municipality in 2008. Area 12.6 sq km, 18 communities, 24,870 people.</p>
<p>Organisation: the Mayor and three Deputy Mayors; the Municipal Council of 18 members; the Municipal Clerk with the Clerk's Office and five divisions (Finance, Public Works, Public Health and Environment, Education, Strategy and Budget).</p>""")
page("/en/executives/", "Executives", table([("Mr. Prasert Siwongkham", "Mayor"), ("Mr. Surachai Kaewmoon", "Deputy Mayor"),
                                             ("Ms. Chanpen Intawong", "Municipal Clerk")]))
page("/en/contact/", "Contact Us", "<p>99 Phan Kham Road, Wiang Phan Kham, Mueang Lampang, Lampang 52000. Tel. +66 5482 7100. E-mail saraban@wiangphankham.go.th</p>")
page("/en/news/", "News", """<ul><li>Loy Krathong (Yi Peng) Festival 2024 on the Wang River, 15 November 2024</li>
<li>Songkran (Pi Mai Muang) 2025 preparations, 18 March 2025</li></ul><p>For all news see the <a href="/news/">Thai news page</a>.</p>""")
page("/en/visit/", "Visit Wiang Phan Kham", "<p>Kad Kong Ta walking street, the wooden bridge over the Wang River and Wat Phra That Phan Kham.</p>")


def build() -> None:
    for path, (title, body) in PAGES.items():
        out = os.path.join(HERE, path.lstrip("/"), "index.html")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as f:
            f.write(render(path, title, body))
    os.makedirs(os.path.join(HERE, "img"), exist_ok=True)
    for img in ("logo", "mayor", "dep1", "dep2", "dep3", "clerk", "chart", "news"):
        with open(os.path.join(HERE, "img", f"{img}.png"), "wb") as f:
            f.write(PNG)
    os.makedirs(os.path.join(HERE, "css"), exist_ok=True)
    with open(os.path.join(HERE, "css", "style.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Tahoma,sans-serif}nav li{display:inline;margin:0 6px}.wrap{display:flex}aside{width:220px}\n")


if __name__ == "__main__":
    assert DOCS
    build()
