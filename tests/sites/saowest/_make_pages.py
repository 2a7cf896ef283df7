"""Generate the pages of the "saowest" test site (องค์การบริหารส่วนตำบลห้วยน้ำริน, invented).

Run after _make_docs.py:  python tests/sites/saowest/_make_pages.py

The อบต.'s site is one of the sub-sites of the district's shared web service ("ระบบเว็บไซต์กลาง
อปท. อำเภอด่านเขาแดง"): a common template (top bar naming the service, menu, left column, footer)
on every page.  Documents are listed by category under /download/<cat>/ (newest first) and on
/download/; the ITA pages /ita/2569/ and last year's /ita/2568/ are tables of o-rows.
"""

from __future__ import annotations

import os
from html import escape as esc

from _make_docs import DOCS, ORG, th

HERE = os.path.dirname(os.path.abspath(__file__))
BY = {num: (num, ext, kind, cat, text, posted) for num, ext, kind, cat, text, posted, _ in DOCS}
CATS = {"plan": "แผนพัฒนา/แผนดำเนินงาน", "budget": "ข้อบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "procurement": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส",
        "manual": "คู่มือ", "eservice": "สถิติการให้บริการ"}
MENU = [("/", "หน้าแรก"), ("/about/", "ข้อมูลพื้นฐาน"), ("/about/structure/", "โครงสร้าง"),
        ("/news/", "ข่าวประชาสัมพันธ์"), ("/download/", "เอกสารดาวน์โหลด"), ("/procurement/", "ประกาศจัดซื้อจัดจ้าง"),
        ("/eservice/", "E-Service"), ("/complaint/", "ร้องเรียน/ร้องทุกข์"), ("/ita/2569/", "ITA 2569"),
        ("/contact/", "ติดต่อเรา")]


def link(num: str) -> str:
    n, ext, _k, _c, _t, _p = BY[num]
    return f"/files/{n}.{ext}"


def layout(title: str, body: str) -> str:
    menu = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} | {ORG}</title>
<link rel="stylesheet" href="/static/amphoe.css"></head>
<body><div class="topbar">ระบบเว็บไซต์กลาง อปท. อำเภอด่านเขาแดง | <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<header><img src="/static/logo.png" alt="ตราสัญลักษณ์"><h1>{ORG}</h1>
<p>อำเภอด่านเขาแดง จังหวัดกาญจนบุรี</p></header>
<nav><ul class="menu">{menu}</ul></nav>
<div class="wrap"><aside class="left">
<div class="box"><h3>ผู้บริหาร</h3><p>นายประเสริฐ ทองคำมูล<br>นายก อบต.ห้วยน้ำริน<br>โทร ๐๘๑-๗๔๐-๒๒๑๕</p></div>
<div class="box"><h3>เมนูหลัก</h3><ul>
<li><a href="/about/history/">ประวัติความเป็นมา</a></li><li><a href="/about/authority/">อำนาจหน้าที่</a></li>
<li><a href="/about/executives/">คณะผู้บริหาร</a></li><li><a href="/about/council/">สมาชิกสภา อบต.</a></li>
<li><a href="/about/staff/">บุคลากร</a></li><li><a href="/services/">คู่มือประชาชน</a></li>
<li><a href="/participation/">การมีส่วนร่วม</a></li><li><a href="/qa/">กระดานถาม-ตอบ</a></li>
<li><a href="/complaint/corruption/">แจ้งเรื่องทุจริต</a></li>
<li><a href="/ita/">ITA ย้อนหลัง</a></li><li><a href="/ita/2568/">ITA 2568</a></li>
<li><a href="/gallery/">ภาพกิจกรรม</a></li></ul></div>
<div class="box"><h3>หน่วยงานที่เกี่ยวข้อง</h3><ul><li><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
<li><a href="https://www.gprocurement.go.th/">ระบบจัดซื้อจัดจ้างภาครัฐ</a></li></ul></div>
<div class="box">ผู้เข้าชม ๐๐๔๘๒๑๗</div></aside>
<main><h2>{esc(title)}</h2>
{body}
</main></div>
<footer>{ORG} หมู่ที่ ๓ ตำบลห้วยน้ำริน อำเภอด่านเขาแดง จังหวัดกาญจนบุรี ๗๑๒๙๙ โทร/โทรสาร ๐-๓๔๕๙-๘๑๑๒
<br>ดูแลระบบโดย ศูนย์ข้อมูลข่าวสารอำเภอด่านเขาแดง (เว็บไซต์กลาง อปท.)</footer></body></html>
"""


PAGES: dict[str, tuple[str, str]] = {}


def page(path: str, title: str, body: str) -> None:
    PAGES[path] = (title, body)


def rows(nums: list[str]) -> str:
    out = ['<table class="dl"><tr><th>ชื่อเอกสาร</th><th>วันที่</th><th>ดาวน์โหลด</th></tr>']
    for num in nums:
        _n, ext, _k, _c, text, posted = BY[num]
        out.append(f'<tr><td>{esc(text)}</td><td>{th(posted)}</td><td><a href="{link(num)}">{ext.upper()}</a></td></tr>')
    return "\n".join(out) + "</table>"


def date_key(num: str) -> tuple[int, int, int]:
    day, month, year = (int(x) for x in BY[num][5].split("/"))
    return (year, month, day)


NEWS = [
    ("518", "02/04/2569", "อบต.ห้วยน้ำริน ร่วมรณรงค์ป้องกันไฟป่าแนวชายแดน", "เจ้าหน้าที่ อบต. ร่วมกับ อส. และ ตชด. ทำแนวกันไฟ หมู่ที่ ๗ และ ๙ ความยาว ๓ กิโลเมตร"),
    ("515", "12/03/2569", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๙", "ชำระได้ที่กองคลัง ภายในเดือนเมษายน ๒๕๖๙ หรือผ่าน E-Service"),
    ("512", "25/02/2569", "ผลการประชุมประชาคมตำบล ทบทวนแผนพัฒนาท้องถิ่น ประจำปี ๒๕๖๙", "วันที่ ๒๔ กุมภาพันธ์ ๒๕๖๙ ผู้แทนหมู่บ้าน ๑๑ หมู่ รวม ๑๓๒ คน เสนอโครงการ ๒๘ โครงการ จัดลำดับความสำคัญ ได้แก่ ถนนเข้าหมู่ที่ ๗ ประปาหมู่บ้าน หมู่ที่ ๑๐ นำข้อเสนอเข้าแผนพัฒนาท้องถิ่น และแจ้งผลแก่ประชาชนผ่านหอกระจายข่าว"),
    ("509", "15/01/2569", "อบรมคุณธรรมจริยธรรม พนักงานส่วนตำบล ประจำปี ๒๕๖๙", "ผู้เข้าร่วม ๓๑ คน ณ ห้องประชุม อบต."),
    ("506", "10/12/2568", "ส่งมอบผ้าห่มกันหนาวแก่ผู้สูงอายุ หมู่ที่ ๑๑ บ้านห้วยไคร้", "จำนวน ๑๒๐ ผืน"),
    ("503", "16/12/2568", "เผยแพร่รายงานผลการดำเนินงานประจำปี", "อบต.ห้วยน้ำริน เผยแพร่รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น รายละเอียดตามเอกสารแนบ"),
    ("501", "20/11/2568", "โครงการลอยกระทงประจำปี ๒๕๖๘", "ณ ลำห้วยน้ำริน หมู่ที่ ๓"),
    ("498", "14/10/2568", "ประชาสัมพันธ์ นโยบายไม่รับของขวัญ อำเภอด่านเขาแดง", "ที่ว่าการอำเภอด่านเขาแดงประกาศนโยบาย No Gift Policy ประจำปี ๒๕๖๙ (เอกสารแนบ)"),
    ("455", "20/02/2568", "ประชุมประชาคมตำบล ประจำปี ๒๕๖๘", "วันที่ ๑๘ กุมภาพันธ์ ๒๕๖๘ ผู้เข้าร่วม ๙๘ คน"),
    ("450", "12/10/2567", "กิจกรรมวันปิยมหาราช ๒๕๖๗", "ร่วมวางพวงมาลา ณ ที่ว่าการอำเภอ"),
]
NEWS_FILES = {"503": ["3371"], "498": ["3501"]}


def build() -> None:
    allnums = sorted(BY, key=date_key, reverse=True)
    page("/", "หน้าแรก", "<h3>ข่าวล่าสุด</h3><ul>" + "".join(
        f'<li><a href="/news/{n}/">{esc(t)}</a> ({th(d)})</li>' for n, d, t, _ in NEWS[:6]) + "</ul>"
        '<p><a href="/ita/2569/"><img src="/static/ita.png" alt="ITA 2569"></a></p>')
    page("/about/", "ข้อมูลพื้นฐาน", '<ul><li><a href="/about/history/">ประวัติ</a></li>'
         '<li><a href="/about/structure/">โครงสร้าง</a></li><li><a href="/about/authority/">อำนาจหน้าที่</a></li></ul>'
         "<p>พื้นที่ ๒๘๔ ตารางกิโลเมตร ๑๑ หมู่บ้าน ประชากร ๘,๒๑๔ คน ทิศตะวันตกติดแนวชายแดนไทย-เมียนมา</p>")
    page("/about/history/", "ประวัติความเป็นมา", "<p>ยกฐานะจากสภาตำบลเป็น อบต. เมื่อ พ.ศ. ๒๕๔๐ "
         "ตั้งอยู่บนเส้นทางสู่ช่องทางผ่อนปรนบ้านห้วยน้ำริน</p>")
    page("/about/structure/", "โครงสร้างองค์กร", "<img src=\"/static/chart.png\" alt=\"แผนภูมิโครงสร้าง\">"
         "<h3>ฝ่ายการเมือง</h3><ul><li>นายก อบต.: นายประเสริฐ ทองคำมูล</li><li>รองนายก อบต. ๒ คน</li>"
         "<li>เลขานุการนายก อบต.</li><li>สภา อบต.: ประธานสภา รองประธาน สมาชิก ๑๑ คน</li></ul>"
         "<h3>ฝ่ายประจำ</h3><ul><li>ปลัด อบต.: นางสาวจันทร์เพ็ญ ศรีวงค์ษา</li><li>สำนักปลัด</li><li>กองคลัง</li>"
         "<li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>หน่วยตรวจสอบภายใน</li></ul>")
    page("/about/authority/", "อำนาจหน้าที่", "<p>ตาม พ.ร.บ.สภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗ มาตรา ๖๖ ๖๗ ๖๘ "
         "และ พ.ร.บ.กำหนดแผนและขั้นตอนการกระจายอำนาจฯ มาตรา ๑๖ สรุปได้ดังนี้</p><ol><li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li>"
         "<li>รักษาความสะอาดของถนน ทางน้ำ ที่สาธารณะ</li><li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li>"
         "<li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li><li>คุ้มครอง ดูแลและบำรุงรักษาทรัพยากรธรรมชาติ</li></ol>")
    page("/about/executives/", "คณะผู้บริหาร", "".join(
        f'<div class="person"><img src="/static/p{i}.jpg" alt="{esc(n)}"><p>{esc(n)}<br>{esc(p)}<br>โทร {t}</p></div>'
        for i, (n, p, t) in enumerate([("นายประเสริฐ ทองคำมูล", "นายก อบต.ห้วยน้ำริน", "๐๘๑-๗๔๐-๒๒๑๕"),
                                        ("นายบุญมา แสงจันทร์ดี", "รองนายก อบต.", "๐๘๙-๕๕๒-๐๑๔๗"),
                                        ("นางละเอียด พลอยน้ำใส", "รองนายก อบต.", "๐๘๖-๓๓๑-๙๐๒๔"),
                                        ("นายสมบัติ ไทรงาม", "เลขานุการนายก อบต.", "๐๘๒-๑๑๗-๔๔๓๐"),
                                        ("นางสาวจันทร์เพ็ญ ศรีวงค์ษา", "ปลัด อบต.", "๐๘๑-๐๙๒-๖๖๗๑")])))
    page("/about/council/", "สมาชิกสภา อบต.", "<ul>" + "".join(f"<li>สมาชิกสภา หมู่ที่ {th(str(i))}</li>" for i in range(1, 12)) + "</ul>")
    page("/about/staff/", "บุคลากร", "<p>พนักงานส่วนตำบล ๑๔ คน พนักงานจ้าง ๑๙ คน</p>")
    page("/contact/", "ติดต่อเรา", f"<p>{ORG} หมู่ที่ ๓ ตำบลห้วยน้ำริน อำเภอด่านเขาแดง จังหวัดกาญจนบุรี ๗๑๒๙๙</p>"
         "<p>โทร/โทรสาร ๐-๓๔๕๙-๘๑๑๒ อีเมล saraban@huaynamrin.example.go.th</p>"
         '<p><a href="https://maps.google.com/?q=huaynamrin">แผนที่ Google Maps</a> เวลาทำการ จันทร์-ศุกร์ ๐๘.๓๐-๑๖.๓๐ น.</p>'
         '<p>สอบถามข้อมูล: <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a> หรือ Line Official @huaynamrin</p>')
    page("/qa/", "กระดานถาม-ตอบ", "<dl><dt>ถาม (๓ ก.พ. ๒๕๖๙): ขอใบอนุญาตก่อสร้างใช้เวลากี่วัน</dt><dd>ตอบ: ไม่เกิน ๔๕ วัน (กองช่าง)</dd>"
         "<dt>ถาม (๑๘ มี.ค. ๒๕๖๙): ชำระภาษีออนไลน์ได้ไหม</dt><dd>ตอบ: ได้ ทาง E-Service</dd></dl>"
         '<form action="/qa/" method="post"><input name="name"><textarea name="q"></textarea><button>ส่งคำถาม</button></form>')
    latest = NEWS[:8]
    page("/news/", "ข่าวประชาสัมพันธ์", "<ul>" + "".join(
        f'<li><a href="/news/{n}/">{esc(t)}</a> {th(d)}</li>' for n, d, t, _ in latest) + '</ul><p><a href="/news/page/2/">หน้าถัดไป</a></p>')
    page("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า ๒)", "<ul>" + "".join(
        f'<li><a href="/news/{n}/">{esc(t)}</a> {th(d)}</li>' for n, d, t, _ in NEWS[8:]) + "</ul>")
    for n, d, t, body in NEWS:
        files = "".join(f'<p>เอกสารแนบ: <a href="{link(f)}">{esc(BY[f][4])}</a></p>' for f in NEWS_FILES.get(n, []))
        page(f"/news/{n}/", t, f"<p class=\"date\">โพสต์เมื่อ {th(d)}</p><p>{body}</p>{files}")
    page("/gallery/", "ภาพกิจกรรม", "<ul>" + "".join(f'<li><a href="/news/{n}/">{esc(t)}</a></li>' for n, _d, t, _ in NEWS[:5]) + "</ul>")
    page("/download/", "เอกสารดาวน์โหลด", "<ul>" + "".join(
        f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items()) + "</ul>"
        + rows([n for n in allnums if n not in ("3480",)][:15]))
    for cat, title in CATS.items():
        page(f"/download/{cat}/", title, rows([n for n in allnums if BY[n][3] == cat]))
    sk = ["3498", "3494", "3491", "3487", "3484", "3480"]
    page("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", rows(sk)
         + '<h3>รายงานประจำปี</h3>' + rows(["3445"]) + '<p><a href="https://process3.gprocurement.go.th/">ประกาศในระบบ e-GP</a></p>')
    page("/eservice/", "E-Service ยื่นคำร้องออนไลน์", '<form action="/eservice/" method="post">'
         '<select name="type"><option>คำร้องทั่วไป</option><option>ขอรับความช่วยเหลือ</option><option>ชำระภาษี</option></select>'
         '<input name="name" placeholder="ชื่อ-สกุล"><input name="phone" placeholder="โทรศัพท์"><textarea name="detail"></textarea>'
         f'<button>ส่งคำร้อง</button></form><p><a href="{link("3440")}">สถิติการให้บริการ E-Service ปี ๒๕๖๙</a></p>')
    page("/services/", "คู่มือประชาชน", "<p>งานบริการของ อบต.: จดทะเบียนพาณิชย์ ขออนุญาตก่อสร้าง ชำระภาษี "
         f'ขอรับเบี้ยยังชีพ</p><p><a href="{link("3433")}">ดาวน์โหลดคู่มือสำหรับประชาชน</a></p>')
    page("/complaint/", "ร้องเรียน/ร้องทุกข์", '<p>ร้องเรียนทั่วไป: โทร ๐-๓๔๕๙-๘๑๑๒ หรือตู้รับเรื่อง</p>'
         '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>')
    page("/complaint/corruption/", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         "<p>ร้องเรียนการทุจริตของเจ้าหน้าที่ อบต. ได้ทาง: ยื่นหนังสือด้วยตนเอง ไปรษณีย์ โทร ๐-๓๔๕๙-๘๑๑๒ "
         "อีเมล corrupt@huaynamrin.example.go.th หรือแบบฟอร์มด้านล่าง (ผู้ร้องไม่ต้องเปิดเผยตัวตน)</p>"
         '<form action="/complaint/corruption/" method="post"><input name="subject"><textarea name="detail"></textarea>'
         f'<button>ส่งเรื่องร้องเรียน</button></form><p>ขั้นตอน: <a href="{link("3359")}">คู่มือการจัดการเรื่องร้องเรียน</a></p>')
    page("/participation/", "การมีส่วนร่วม", '<p><a href="/news/512/">ผลการประชุมประชาคมตำบล ๒๕๖๙</a></p>'
         f'<p><a href="{link("3467")}">หนังสือเชิญประชุมประชาคมตำบล</a></p><p><a href="/news/455/">ประชาคมตำบล ๒๕๖๘</a></p>')
    page("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in MENU) + "</ul>")
    page("/ita/", "ITA ย้อนหลัง", '<ul><li><a href="/ita/2569/">ITA ปี ๒๕๖๙</a></li><li><a href="/ita/2568/">ITA ปี ๒๕๖๘</a></li></ul>')
    ita = [("o1", "โครงสร้าง", "/about/structure/"), ("o2", "ผู้บริหาร", "/about/executives/"),
           ("o3", "ติดต่อ/ถาม-ตอบ", "/contact/"), ("o4", "ข่าวประชาสัมพันธ์", "/news/"),
           ("o5", "แผนพัฒนาท้องถิ่น", "/download/plan/"), ("o6", "แผนดำเนินงานและงบประมาณ ปี 69", link("3426")),
           ("o7", "รายงานผลการดำเนินงาน", link("3371")), ("o8", "คู่มือปฏิบัติงาน", link("3430")),
           ("o9", "คู่มือประชาชน", "/services/"), ("o10", "E-Service", "/eservice/"),
           ("o11", "สขร.1 รายเดือน", "/procurement/"), ("o12", "รายงานจัดซื้อจัดจ้างประจำปี", link("3445")),
           ("o13", "หลักเกณฑ์/แผนบุคคล", "/download/hr/"), ("o14", "รายงานผลบริหารบุคคล", link("3448")),
           ("o15", "ประมวลจริยธรรม", link("3451")), ("o16", "คู่มือร้องเรียน", link("3359")),
           ("o17", "ช่องทางร้องเรียนทุจริต", "/complaint/corruption/"), ("o18", "สถิติร้องเรียน", link("3362")),
           ("o19", "การมีส่วนร่วม", "/participation/"), ("o20", "No Gift Policy", link("3368")),
           ("o21", "ประเมินความเสี่ยงทุจริต ๖๙", link("3505")), ("o22", "รายงานผลบริหารความเสี่ยง", "/files/3522.pdf"),
           ("o23", "แผนป้องกันการทุจริต", link("3508")), ("o24", "รายงานผลป้องกันการทุจริต ปี ๖๘", link("3512")),
           ("o25", "มาตรการส่งเสริมคุณธรรม", link("3376")), ("o26", "รายงานผลมาตรการ ปี ๖๘", link("3515"))]
    page("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙", '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>'
         + "".join(f'<tr><td>{c}</td><td>{esc(t)}</td><td><a href="{h}">คลิก</a></td></tr>' for c, t, h in ita) + "</table>")
    old = [("o5", "แผนพัฒนาท้องถิ่น", link("3305")), ("o6", "แผนดำเนินงาน ปี ๖๘", link("3290")),
           ("o11", "สขร.1 ก.ย. ๖๘", link("3480")), ("o18", "สถิติร้องเรียน ๖ เดือน", link("3362")),
           ("o22", "รายงานความเสี่ยง ปี ๖๗", "/files/2987.pdf"), ("o25", "มาตรการ ITA", link("3376"))]
    page("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘", '<table class="ita">'
         + "".join(f'<tr><td>{c}</td><td>{esc(t)}</td><td><a href="{h}">คลิก</a></td></tr>' for c, t, h in old) + "</table>")
    for path, (title, body) in PAGES.items():
        target = os.path.join(HERE, path.strip("/"), "index.html")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as f:
            f.write(layout(title, body))
    static = os.path.join(HERE, "static")
    os.makedirs(static, exist_ok=True)
    with open(os.path.join(static, "amphoe.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Tahoma}.wrap{display:flex}.left{width:220px}\n")
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")
    for name in ["logo.png", "ita.png", "chart.png"] + [f"p{i}.jpg" for i in range(5)]:
        with open(os.path.join(static, name), "wb") as f:
            f.write(png)


if __name__ == "__main__":
    build()
