"""Generate the HTML pages of the "childhome" test site (บ้านพักเด็กและครอบครัวจังหวัดพะเยา, invented).

Run:  python tests/sites/childhome/_make_pages.py   (after _make_docs.py)

A Joomla site moved onto in June 2568: every page is a query-string URL
(/index.php?option=com_content&view=article&id=3), kept as a static copy under
/index.php.q/<query>/index.html; documents go out through /download.php?id=N.  The old site's
pages that were never moved stay under /old/ (last year's ITA page, the anti-corruption page).
The ITA 2569 page is split: a main article with a year selector and one article per group
(9.1 … 9.5 and 10, the last written in Thai digits), whose rows link files, pages, a viewer
article (an embedded Google Drive preview with a direct download beside it) or a category.
"""

from __future__ import annotations

import base64
import html
import os
import shutil
import sys
from urllib.parse import quote, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG, where  # noqa: E402

THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def J(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def CAT(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&view=category&id={n}" + (f"&limitstart={start}" if start else "")


def DL(n: int) -> str:
    return f"/index.php?option=com_phocadownload&view=category&id={n}"


CONTACT = "/index.php?option=com_contact&view=contact&id=1"
QA = "/index.php?option=com_kunena&view=category&catid=2"
QA_TOPIC = "/index.php?option=com_kunena&view=topic&catid=2&id=17"
ESERVICE = "/index.php?option=com_rsform&view=rsform&formId=2"
COMPLAIN = "/index.php?option=com_rsform&view=rsform&formId=3"
ITA = J(90)

MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", J(2)), ("โครงสร้าง/อำนาจหน้าที่", J(3)), ("ผู้บริหาร", J(4)),
        ("ข่าวกิจกรรม", CAT(8)), ("จัดซื้อจัดจ้าง", CAT(12)), ("เอกสารดาวน์โหลด", DL(1)), ("E-Service", ESERVICE),
        ("ร้องเรียนการทุจริต", COMPLAIN), ("ITA", ITA), ("กระดานถาม-ตอบ", QA), ("ติดต่อเรา", CONTACT)]


def a(url: str, text: str) -> str:
    return f'<a href="{esc(url)}">{esc(text)}</a>'


def doc_link(key: str, text: str | None = None) -> str:
    return a(where(key), text or DOCS[key][3])


def layout(title: str, body: str) -> str:
    menu = "\n".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="generator" content="Joomla! - Open Source Content Management">
<link rel="stylesheet" href="/templates/dcy/css/template.css"></head>
<body>
<div id="top">{ORG} กรมกิจการเด็กและเยาวชน กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ · สายด่วน 1300</div>
<div id="banner"><img src="/images/logo.png" alt="ตรากระทรวง พม." width="60" height="60"> <b>{ORG}</b></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="moduletable"><h3>ผู้ปกครองบ้านพักฯ</h3><img src="/images/head.png" alt="" width="90" height="110">
<p>นางสาวกนกวรรณ ศรีวงค์ชัย<br>ผู้ปกครองบ้านพักเด็กและครอบครัวจังหวัดพะเยา</p></div>
<div class="moduletable"><h3>ลิงก์ด่วน</h3><ul>
<li>{a(ITA, "ITA 2569")}</li><li>{a(ESERVICE, "ยื่นคำขอออนไลน์")}</li><li>{a(COMPLAIN, "แจ้งเบาะแสการทุจริต")}</li>
<li>{a("/old/", "เว็บไซต์เดิม")}</li><li><a href="https://www.dcy.go.th/">กรมกิจการเด็กและเยาวชน</a></li></ul></div>
<div class="moduletable">ผู้เข้าชม 048213</div>
</div>
<div id="main">
<h2>{esc(title)}</h2>
{body}
</div></div>
<div id="footer">{ORG} 219 หมู่ 4 ตำบลบ้านต๋อม อำเภอเมืองพะเยา จังหวัดพะเยา 56000 · โทร. 0 5441 7726 · โทรสาร 0 5441 7727 ·
อีเมล bpk.phayao@dcy.example.go.th · Copyright © 2568</div>
</body></html>
"""


PAGES: dict[str, str] = {}


def page(url: str, title: str, body: str) -> None:
    PAGES[url] = layout(title, body)


def out_path(url: str) -> str:
    parts = urlsplit(url)
    path = parts.path.lstrip("/")
    if parts.query:
        return os.path.join(HERE, path + ".q", quote(parts.query, safe="=&-_.,+~"), "index.html")
    return os.path.join(HERE, path, "index.html")


def table(rows: list[tuple[str, ...]], head: tuple[str, ...]) -> str:
    th = "".join(f"<th>{h}</th>" for h in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in rows)
    return f'<table class="table">\n<tr>{th}</tr>\n{trs}</table>'


# ---------------------------------------------------------------- news

NEWS = [  # id, date, title, body (FY2569 on the first page, FY2568 on the second)
    (113, "2 เม.ย. 2569", "สรุปสถิติการให้บริการ รอบ 6 เดือน ปีงบประมาณ 2569",
     "<p>บ้านพักฯ สรุปสถิติการให้บริการเดือนตุลาคม 2568 - มีนาคม 2569 รับเด็กเข้าคุ้มครอง 31 ราย ให้คำปรึกษาครอบครัว 129 ราย</p>"
     f"<p>ไฟล์แนบ: {doc_link('svcstats69')}</p>"),
    (112, "18 มี.ค. 2569", "ตรวจเยี่ยมครอบครัวอุปถัมภ์ อำเภอเชียงคำ",
     "<p>นักสังคมสงเคราะห์ลงพื้นที่ติดตามเด็กในครอบครัวอุปถัมภ์ 5 ครอบครัว</p>"),
    (108, "12 ก.พ. 2569", "เวทีรับฟังความคิดเห็นเครือข่ายคุ้มครองเด็ก 9 อำเภอ ประจำปี 2569",
     "<p>เมื่อวันที่ 11 กุมภาพันธ์ 2569 บ้านพักเด็กและครอบครัวจังหวัดพะเยา จัดเวทีรับฟังความคิดเห็นและเปิดโอกาสให้เครือข่ายมีส่วนร่วม"
     "ในการวางแผนการคุ้มครองเด็ก ณ ห้องประชุมศาลากลางจังหวัดพะเยา ผู้เข้าร่วม 86 คน ได้แก่ อพม. ผู้นำชุมชน ครู และ อสม. จาก 9 อำเภอ</p>"
     "<p>ผลการรับฟัง: เครือข่ายเสนอให้ตั้งจุดรับแจ้งเหตุในโรงเรียน 12 แห่ง และขอให้บ้านพักฯ จัดอบรมการสังเกตสัญญาณการถูกทารุณกรรม "
     "บ้านพักฯ จะบรรจุในแผนไตรมาสที่ 3 และรายงานความคืบหน้าทางเว็บไซต์</p>"),
    (107, "22 ม.ค. 2569", "อบรมเสริมสร้างจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2569",
     "<p>บ้านพักฯ จัดอบรมขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือนและข้อกำหนดจริยธรรมของหน่วยงาน ให้เจ้าหน้าที่ 15 คน "
     f"วิทยากรจากสำนักงานยุติธรรมจังหวัดพะเยา</p><p>เอกสารประกอบ: {doc_link('ethics')}</p>"),
    (106, "10 ม.ค. 2569", "จัดงานวันเด็กแห่งชาติ ประจำปี 2569", "<p>เด็กในความอุปการะร่วมกิจกรรม 42 คน</p>"),
    (105, "15 ธ.ค. 2568", "เผยแพร่รายงานประจำปีของบ้านพักเด็กและครอบครัวจังหวัดพะเยา",
     f"<p>บ้านพักฯ ขอเผยแพร่รายงานประจำปี อ่านได้ที่ {a(J(42), 'อ่านรายงานประจำปี (ฉบับออนไลน์)')}</p>"),
    (104, "25 พ.ย. 2568", "รณรงค์ยุติความรุนแรงต่อเด็ก สตรี และความรุนแรงในครอบครัว",
     "<p>เดินรณรงค์ร่วมกับภาคีเครือข่าย 250 คน</p>"),
    (103, "28 พ.ย. 2568", "ประชุมคณะทำงานประเมินความเสี่ยงการทุจริต",
     f"<p>ขอเชิญคณะทำงานประชุมวันที่ 3 ธันวาคม 2568</p><p>ไฟล์แนบ: {doc_link('riskinvite')}</p>"),
    (102, "24 ต.ค. 2568", "ประชาสัมพันธ์ประกาศเจตนารมณ์ No Gift Policy ของกระทรวง พม.",
     f"<p>เผยแพร่ประกาศของกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ไฟล์แนบ: {doc_link('ministrynogift69')}</p>"),
    (101, "8 ต.ค. 2568", "ประชุมประจำเดือนเจ้าหน้าที่ ครั้งที่ 1/2569", "<p>มอบนโยบายการปฏิบัติงานปีงบประมาณ 2569</p>"),
    (99, "18 มิ.ย. 2568", "เปิดใช้งานเว็บไซต์ใหม่", f"<p>ข้อมูลก่อนเดือนมิถุนายน 2568 ดูได้ที่ {a('/old/', 'เว็บไซต์เดิม')}</p>"),
    (98, "20 ก.พ. 2568", "เวทีรับฟังความคิดเห็นเครือข่ายคุ้มครองเด็ก ประจำปี 2568",
     "<p>เมื่อวันที่ 19 กุมภาพันธ์ 2568 จัดเวทีรับฟังความคิดเห็นเครือข่าย ผู้เข้าร่วม 64 คน</p>"),
    (97, "9 ม.ค. 2568", "จัดงานวันเด็กแห่งชาติ ประจำปี 2568", "<p>เด็กในความอุปการะร่วมกิจกรรม 38 คน</p>"),
]


def news_pages() -> None:
    first = [n for n in NEWS if n[0] >= 100]
    second = [n for n in NEWS if n[0] < 100]
    for items, url, other in ((first, CAT(8), CAT(8, 10)), (second, CAT(8, 10), CAT(8))):
        rows = "\n".join(f"<li>{a(J(i), t)} <span class=\"date\">{dt}</span></li>" for i, dt, t, _b in items)
        nav = a(other, "หน้าถัดไป" if url == CAT(8) else "หน้าแรก")
        page(url, "ข่าวกิจกรรม", f"<ul class=\"category\">\n{rows}\n</ul><p>{nav}</p>")
    for i, dt, t, body in NEWS:
        page(J(i), t, f'<p class="date">เผยแพร่เมื่อ {dt}</p>{body}')


# ---------------------------------------------------------------- procurement

PROC = [(126, "18 พ.ย. 2568", "ประกาศผู้ชนะการเสนอราคา จ้างจัดพิมพ์เอกสารแผนปฏิบัติราชการ 2569", ["printnotice"])] + [
    (120 + i, dt, f"สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{m}", [k]) for i, (k, dt, m) in enumerate([
        ("s2568-09", "6 ต.ค. 2568", "กันยายน 2568"), ("s2568-10", "7 พ.ย. 2568", "ตุลาคม 2568"),
        ("s2568-11", "5 ธ.ค. 2568", "พฤศจิกายน 2568"), ("s2568-12", "9 ม.ค. 2569", "ธันวาคม 2568"),
        ("s2569-02", "6 มี.ค. 2569", "กุมภาพันธ์ 2569"), ("s2569-03", "3 เม.ย. 2569", "มีนาคม 2569")])]


def procurement_pages() -> None:
    items = sorted(PROC, key=lambda p: -p[0] if p[0] != 126 else -122.5)
    rows = "\n".join(f"<li>{a(J(i), t)} <span class=\"date\">{dt}</span></li>" for i, dt, t, _k in items)
    page(CAT(12), "จัดซื้อจัดจ้าง", f"<p>ประกาศและสรุปผลการจัดซื้อจัดจ้าง (แบบ สขร.1)</p><ul class=\"category\">\n{rows}\n</ul>")
    for i, dt, t, keys in PROC:
        files = "".join(f"<li>{doc_link(k, DOCS[k][1])}</li>" for k in keys)
        page(J(i), t, f'<p class="date">เผยแพร่เมื่อ {dt}</p><p>{esc(DOCS[keys[0]][3])}</p>'
                      f'<div class="attachments"><b>ไฟล์แนบ</b><ul>{files}</ul></div>')


# ---------------------------------------------------------------- downloads

CATS = {
    1: ("แผนงาน / รายงาน", ["aplan69", "budget69", "progress6m69", "draft69", "aplan68", "plan5", "annual67", "otherunit68"]),
    2: ("คู่มือ", ["sop", "citizen", "complaintguide"]),
    3: ("บริหารงานบุคคล", ["hrcrit", "hrplan68", "hrreport68"]),
    4: ("คุณธรรมและความโปร่งใส", ["ita-analysis", "risk69", "riskinvite", "giftreport68", "nogift67", "antireport68",
                                  "integrityreport68", "complaintstat68h1", "BROKEN"]),
}


def download_pages() -> None:
    tabs = " | ".join(a(DL(n), t) for n, (t, _k) in CATS.items())
    for n, (title, keys) in CATS.items():
        rows = []
        for k in keys:
            if k == "BROKEN":
                rows.append((a("/download.php?id=8", "รายงานผลการบริหารจัดการความเสี่ยงการทุจริต ปี 2568"), "PDF", "231"))
                continue
            rows.append((doc_link(k), DOCS[k][2].replace("pdf-th", "pdf").replace("scan", "pdf").upper(), str(40 + len(k) * 7)))
        page(DL(n), f"เอกสารดาวน์โหลด: {title}", f"<p>{tabs}</p>" + table(rows, ("ชื่อเอกสาร", "ชนิด", "ดาวน์โหลด (ครั้ง)")))


# ---------------------------------------------------------------- ITA

GROUPS = {  # article id: (group, rows (code, own wording, links))
    91: ("9.1 ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้างและอำนาจหน้าที่", [(J(3), "คลิก")]),
        ("o2", "ผู้บริหาร", [(J(4), "คลิก")]),
        ("o3", "ติดต่อ / ถาม-ตอบ", [(CONTACT, "ติดต่อ"), (QA, "กระดานถาม-ตอบ")]),
        ("o4", "ข่าวกิจกรรม", [(CAT(8), "คลิก")])]),
    92: ("9.2 การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("o5", "แผนปฏิบัติราชการระยะ 5 ปี", [(where("plan5"), "ดาวน์โหลด")]),
        ("o6", "แผนปฏิบัติราชการประจำปี / แผนการใช้จ่ายงบประมาณ", [(J(41), "แผนปฏิบัติราชการ"), (where("budget69"), "แผนการใช้จ่าย")]),
        ("o7", "รายงานประจำปี", [(J(42), "อ่านรายงาน")]),
        ("o8", "คู่มือการปฏิบัติงาน", [(where("sop"), "ดาวน์โหลด")]),
        ("o9", "คู่มือสำหรับประชาชน", [(where("citizen"), "ดาวน์โหลด")]),
        ("o10", "E-Service / สถิติการให้บริการ", [(ESERVICE, "ยื่นคำขอ"), (where("svcstats69"), "สถิติ")])]),
    93: ("9.3 การจัดซื้อจัดจ้าง", [
        ("o11", "สรุปผลจัดซื้อจัดจ้างรายเดือน", [(CAT(12), "คลิก")]),
        ("o12", "รายงานผลจัดซื้อจัดจ้างประจำปี", [(where("proc68"), "ดาวน์โหลด")])]),
    94: ("9.4 การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("o13", "หลักเกณฑ์ / แผน HR", [(DL(3), "คลิก")]),
        ("o14", "รายงานผล HR", [(where("hrreport68"), "ดาวน์โหลด")]),
        ("o15", "ประมวลจริยธรรม", [(where("ethics"), "ประมวลจริยธรรม"), (J(107), "กิจกรรม")])]),
    95: ("9.5 การส่งเสริมความโปร่งใส", [
        ("o16", "แนวปฏิบัติเรื่องร้องเรียน", [(where("complaintguide"), "ดาวน์โหลด")]),
        ("o17", "ช่องทางร้องเรียน", [(COMPLAIN, "คลิก")]),
        ("o18", "สถิติเรื่องร้องเรียน", [(where("complaintstat68h1"), "ดาวน์โหลด")]),
        ("o19", "การมีส่วนร่วม", [(J(108), "คลิก")])]),
    96: ("10 การป้องกันการทุจริต", [
        ("o20", "No Gift Policy / รายงานการรับของขวัญ", [(where("nogift67"), "ประกาศ"), (where("giftreport68"), "รายงาน")]),
        ("o21", "ประเมินความเสี่ยงการทุจริต", [(where("risk69"), "ดาวน์โหลด")]),
        ("o22", "รายงานผลการบริหารความเสี่ยง", [("/download.php?id=8", "ดาวน์โหลด")]),
        ("o23", "แผนป้องกันการทุจริต", [("/old/anticorruption/", "คลิก")]),
        ("o24", "รายงานผลการป้องกันการทุจริต", [(where("antireport68"), "ดาวน์โหลด")]),
        ("o25", "การนำผล ITA ไปพัฒนา / มาตรการส่งเสริมคุณธรรม", [(where("ita-analysis"), "ดาวน์โหลด")]),
        ("o26", "รายงานผลตามมาตรการส่งเสริมคุณธรรม", [(where("integrityreport68"), "ดาวน์โหลด")])]),
}


def ita_pages() -> None:
    selector = ('<form class="year"><label>ปีที่ประเมิน <select onchange="location=this.value">'
                f'<option value="{esc(ITA)}" selected>ITA 2569</option><option value="/old/ita-2568/">ITA 2568</option>'
                f'</select></label></form><p>ปีก่อนหน้า: {a("/old/ita-2568/", "ITA 2568 (เว็บไซต์เดิม)")}</p>')
    groups = "\n".join(f"<li>{a(J(n), g)}</li>" for n, (g, _r) in GROUPS.items())
    page(ITA, "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2569",
         f"{selector}<p>แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) แยกตามตัวชี้วัด</p><ul>\n{groups}\n</ul>")
    for n, (g, rows) in GROUPS.items():
        th = (lambda t: t.translate(THAI)) if n == 96 else (lambda t: t)  # group 10's page was typed in Thai digits
        cells = [(th(code), esc(th(text)), " ".join(a(u, th(t)) for u, t in links)) for code, text, links in rows]
        body = table(cells, ("ข้อ", "ข้อมูล", "ลิงก์"))
        title = th(f"ITA 2569 ตัวชี้วัด {g}")
        page(J(n), title, f"<p>{a(ITA, 'กลับหน้า ITA 2569')}</p>{body}")


# ---------------------------------------------------------------- other pages

def other_pages() -> None:
    page("/", "หน้าแรก", f"""<div class="news"><h3>ข่าวกิจกรรมล่าสุด</h3><ul>
{''.join(f"<li>{a(J(i), t)} ({dt})</li>" for i, dt, t, _b in NEWS[:5])}</ul>{a(CAT(8), 'ข่าวทั้งหมด')}</div>
<div class="proc"><h3>จัดซื้อจัดจ้าง</h3>{a(CAT(12), 'ดูทั้งหมด')}</div>
<div class="ita">{a(ITA, 'ITA 2569 การประเมินคุณธรรมและความโปร่งใส')}</div>""")
    page(J(2), "ประวัติและวิสัยทัศน์", "<p>บ้านพักเด็กและครอบครัวจังหวัดพะเยา ก่อตั้งเมื่อ พ.ศ. 2542 ปัจจุบันสังกัดกรมกิจการเด็กและเยาวชน</p>"
         "<p>วิสัยทัศน์ เด็กและครอบครัวได้รับการคุ้มครองอย่างทั่วถึง ปลอดภัย และพึ่งตนเองได้</p>")
    page(J(3), "โครงสร้างและอำนาจหน้าที่", """<img src="/images/chart.png" alt="แผนภูมิโครงสร้าง" width="300" height="180">
<h3>แผนภูมิโครงสร้างบ้านพักเด็กและครอบครัวจังหวัดพะเยา</h3>
<ul><li>ผู้ปกครองบ้านพักเด็กและครอบครัวจังหวัดพะเยา
<ul><li>ฝ่ายบริหารทั่วไป (ธุรการ การเงิน พัสดุ)</li><li>กลุ่มงานคุ้มครองและพัฒนาเด็ก (นักสังคมสงเคราะห์ นักจิตวิทยา พี่เลี้ยงเด็ก)</li>
<li>กลุ่มงานส่งเสริมสถาบันครอบครัว (ศูนย์ช่วยเหลือสังคม)</li><li>กลุ่มงานเครือข่ายและข้อมูล</li></ul></li></ul>
<h3>อำนาจหน้าที่ (ตามกฎกระทรวงแบ่งส่วนราชการกรมกิจการเด็กและเยาวชน)</h3>
<ol><li>ให้การคุ้มครองสวัสดิภาพและพัฒนาเด็กที่ประสบปัญหาในภาวะยากลำบากเป็นการชั่วคราว ตาม พ.ร.บ.คุ้มครองเด็ก พ.ศ. 2546</li>
<li>ให้คำปรึกษาและช่วยเหลือครอบครัวที่ประสบปัญหา รวมถึงผู้ถูกกระทำด้วยความรุนแรงในครอบครัว</li>
<li>ส่งเสริมและพัฒนาครอบครัวอุปถัมภ์ และจัดหาครอบครัวทดแทน</li>
<li>สนับสนุนเครือข่ายการคุ้มครองเด็กระดับจังหวัดและอำเภอ</li>
<li>ปฏิบัติงานอื่นตามที่กรมมอบหมาย</li></ol>""")
    page(J(4), "ผู้บริหาร", """<table class="table"><tr><td><img src="/images/head.png" alt="" width="90" height="110"></td>
<td>นางสาวกนกวรรณ ศรีวงค์ชัย<br>ผู้ปกครองบ้านพักเด็กและครอบครัวจังหวัดพะเยา<br>โทร. 08 1953 2207</td></tr>
<tr><td><img src="/images/person.png" alt="" width="90" height="110"></td>
<td>นายธนกร อินต๊ะวงค์<br>นักสังคมสงเคราะห์ชำนาญการ หัวหน้ากลุ่มงานคุ้มครองและพัฒนาเด็ก<br>โทร. 0 5441 7726 ต่อ 12</td></tr></table>""")
    page(CONTACT, "ติดต่อเรา", f"""<p>{ORG}<br>219 หมู่ 4 ตำบลบ้านต๋อม อำเภอเมืองพะเยา จังหวัดพะเยา 56000</p>
<p>โทรศัพท์ 0 5441 7726 โทรสาร 0 5441 7727 สายด่วน 1300 (24 ชั่วโมง)<br>อีเมล bpk.phayao@dcy.example.go.th</p>
<p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>
<p><a href="https://maps.google.com/?q=19.1905,99.8732">แผนที่ Google Maps</a></p>
<p>มีคำถาม? {a(QA, 'กระดานถาม-ตอบ')}</p>""")
    page(QA, "กระดานถาม-ตอบ", f"""<table class="table"><tr><th>หัวข้อ</th><th>ผู้ถาม</th><th>ตอบ</th><th>วันที่</th></tr>
<tr><td>{a(QA_TOPIC, 'ต้องการเป็นครอบครัวอุปถัมภ์ต้องทำอย่างไร')}</td><td>ผู้ปกครองเด็ก</td><td>1</td><td>3 ก.พ. 2569</td></tr></table>
<form action="{esc(QA)}" method="post"><p>ตั้งคำถามใหม่ หัวข้อ <input name="subject"> ข้อความ <textarea name="message"></textarea>
<button type="submit">ส่งคำถาม</button></p></form>""")
    page(QA_TOPIC, "ต้องการเป็นครอบครัวอุปถัมภ์ต้องทำอย่างไร",
         "<p><b>ถาม (3 ก.พ. 2569):</b> ต้องการเป็นครอบครัวอุปถัมภ์ ต้องเตรียมเอกสารอะไรบ้างคะ</p>"
         "<p><b>ตอบโดยเจ้าหน้าที่ (4 ก.พ. 2569):</b> ยื่นใบสมัครพร้อมสำเนาบัตรประชาชนและทะเบียนบ้าน เจ้าหน้าที่จะเยี่ยมบ้านภายใน 15 วัน</p>")
    page(ESERVICE, "E-Service ยื่นคำขอรับบริการออนไลน์", f"""<p>ประชาชนยื่นคำขอรับการสงเคราะห์ครอบครัวหรือขอคำปรึกษาได้ทางแบบฟอร์มนี้</p>
<form action="{esc(ESERVICE)}" method="post"><p>ชื่อ-สกุล <input name="form[name]"> เลขบัตรประชาชน <input name="form[idcard]">
โทรศัพท์ <input name="form[phone]"> ประเภทบริการ <select name="form[type]"><option>ขอรับเงินสงเคราะห์ครอบครัว</option>
<option>ขอคำปรึกษาปัญหาครอบครัว</option><option>สมัครเป็นครอบครัวอุปถัมภ์</option></select> รายละเอียด <textarea name="form[detail]"></textarea>
แนบไฟล์ <input type="file" name="form[file]"> <button type="submit">ส่งคำขอ</button></p></form>
<p>{doc_link('svcstats69', 'สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 2568 - มี.ค. 2569)')}</p>""")
    page(COMPLAIN, "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"""<p>แจ้งเบาะแสการทุจริตของเจ้าหน้าที่ ข้อมูลผู้แจ้งเก็บเป็นความลับ</p>
<form action="{esc(COMPLAIN)}" method="post"><p>ชื่อผู้แจ้ง (ไม่บังคับ) <input name="form[name]"> เรื่อง <input name="form[subject]">
รายละเอียด <textarea name="form[detail]"></textarea> หลักฐาน <input type="file" name="form[file]"> <button type="submit">ส่งเรื่อง</button></p></form>
<p>หรือ <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a> · โทร 0 5441 7726</p>""")
    page(J(41), "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569", f"""<p>เอกสารแสดงผ่าน Google Drive</p>
<iframe src="https://drive.google.com/file/d/1qX7bPkPhayao69ActionPlanViewer/preview" width="640" height="800"></iframe>
<p>{doc_link('aplan69', 'ดาวน์โหลดไฟล์ต้นฉบับ (PDF)')}</p>""")
    page(J(42), "รายงานประจำปี (ฉบับออนไลน์)", f"""<p>อ่านแบบ flipbook</p>
<iframe src="https://online.fliphtml5.com/bpkpy/annual/" width="640" height="480"></iframe>
<p>{doc_link('annual67', 'ดาวน์โหลด PDF')}</p>""")
    # the old site (before June 2568): left online
    page("/old/", "เว็บไซต์เดิม (ไม่มีการปรับปรุงแล้ว)", f"""<p>เว็บไซต์นี้เป็นเว็บไซต์เดิม ข้อมูลล่าสุดโปรดดูที่ {a('/', 'เว็บไซต์ใหม่')}</p>
<ul><li>{a('/old/ita-2568/', 'ITA 2568')}</li><li>{a('/old/anticorruption/', 'แผนป้องกันการทุจริต')}</li></ul>""")
    page("/old/anticorruption/", "แผนป้องกันการทุจริต",
         f"<p>แผนปฏิบัติการป้องกันการทุจริตของบ้านพักเด็กและครอบครัวจังหวัดพะเยา</p><ul><li>{doc_link('anti68', 'แผนป้องกันการทุจริต (PDF)')}</li></ul>")
    rows = [("o5", "แผนปฏิบัติราชการ 5 ปี", a(where("plan5"), "ดาวน์โหลด")),
            ("o6", "แผนปฏิบัติราชการประจำปี 2568", doc_link("aplan68", "ดาวน์โหลด")),
            ("o21", "ประเมินความเสี่ยงการทุจริต 2568", a("/old/images/stories/doc/risk2568.pdf", "ดาวน์โหลด")),
            ("o23", "แผนป้องกันการทุจริต 2568", doc_link("anti68", "ดาวน์โหลด")),
            ("o20", "No Gift Policy", doc_link("nogift67", "ดาวน์โหลด"))]
    page("/old/ita-2568/", "ITA 2568", table(rows, ("ข้อ", "ข้อมูล", "ลิงก์")))


def build() -> None:
    for sub in ("index.php.q", "old/index.html", "old/ita-2568", "old/anticorruption", "images", "templates", "index.html"):
        p = os.path.join(HERE, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        elif os.path.isfile(p):
            os.remove(p)
    news_pages()
    procurement_pages()
    download_pages()
    ita_pages()
    other_pages()
    for url, text in PAGES.items():
        path = out_path(url)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    for img in ("logo.png", "head.png", "person.png", "chart.png"):
        with open(os.path.join(HERE, "images", img), "wb") as fh:
            fh.write(PNG)
    css = os.path.join(HERE, "templates", "dcy", "css")
    os.makedirs(css, exist_ok=True)
    with open(os.path.join(css, "template.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#c2185b;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:220px}#main{flex:1;padding:8px}"
                 "table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:3px}#footer{background:#eee;padding:8px}\n")


if __name__ == "__main__":
    build()
