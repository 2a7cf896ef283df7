"""Generate the HTML pages of the "railwaydistrict" test site (แขวงบำรุงทางโนนศิลาเลิง, invented).

Run:  python tests/sites/railwaydistrict/_make_pages.py   (after _make_docs.py: sizes are read from
the files it wrote)

A Joomla 1.5 site: every page is /index.php?option=...&id=N (static copies under
index.php.q/<query>/index.html, see crawler/serve.py), documents come from /download.php?id=N (a
DOCman-like script) and a few are shown only through /viewer.php?id=N (an embedded Google Drive or
flipbook frame with a direct download beside it).  The ITA section is one hub (article 90, with a
year selector) and one page per group of items (articles 91-97); the selector's 2568 links to the
old site's ITA page, still online under /web2/ since the move of November 2568.  The procurement
page is written in Thai digits only.
"""

from __future__ import annotations

import html
import os
import shutil
import sys
from urllib.parse import quote, unquote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, OLD, old_url, url  # noqa: E402

ORG = "แขวงบำรุงทางโนนศิลาเลิง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {1: "แผนงานและงบประมาณ", 2: "รายงานผลการดำเนินงาน", 3: "คู่มือการปฏิบัติงาน / คู่มือประชาชน",
        4: "จัดซื้อจัดจ้าง", 5: "การบริหารงานบุคคล", 6: "คุณธรรม จริยธรรม และการป้องกันการทุจริต"}
MISSING_SIZE = "286.4 KB"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def art(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def cat(gid: int) -> str:
    return f"/index.php?option=com_docman&task=cat_view&gid={gid}"


NEWS = "/index.php?option=com_content&view=category&id=8"
NEWS2 = NEWS + "&limitstart=10"
ITA = art(90)


def viewer(n: int) -> str:
    return f"/viewer.php?id={n}"


def a(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{esc(text)}</a>'


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def size(key: str) -> str:
    num, fname = DOCS[key][0], DOCS[key][1]
    path = os.path.join(HERE, "download.php.q", f"id={num}", fname)
    if not os.path.exists(path):
        return MISSING_SIZE
    return f"{os.path.getsize(path) / 1024:.1f} KB"


MENU = [("หน้าแรก", "/"), ("ประวัติแขวง", art(2)), ("โครงสร้าง", art(3)), ("ผู้บริหาร", art(4)),
        ("ข่าวสาร", NEWS), ("ดาวน์โหลดเอกสาร", cat(1)), ("จัดซื้อจัดจ้าง", art(30)), ("E-Service", "/eservice/"),
        ("ร้องเรียนการทุจริต", art(40)), ("ITA", ITA), ("ถาม-ตอบ", art(6)), ("ติดต่อเรา", art(5))]


def layout(title: str, body: str) -> str:
    menu = "".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    cats = "".join(f"<li>{a(cat(g), t)}</li>" for g, t in CATS.items())
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management">
<link rel="stylesheet" href="/templates/rhythm_rail/css/template.css"></head>
<body>
<div id="header"><img src="/templates/rhythm_rail/images/srt_logo.png" alt="การรถไฟแห่งประเทศไทย" width="60" height="60">
<span class="org">{ORG}</span><span class="sub">กองบำรุงทางเขตนครราชสีมา ฝ่ายการช่างโยธา การรถไฟแห่งประเทศไทย</span></div>
<ul id="mainmenu">{menu}</ul>
<div id="wrap"><div id="left">
<div class="module"><h3>สารวัตรแขวงบำรุงทาง</h3><img src="/images/stories/chief.jpg" alt="นายประพันธ์ ศรีทองเหลือง" width="120" height="150">
<p>นายประพันธ์ ศรีทองเหลือง<br>สารวัตรแขวงบำรุงทางโนนศิลาเลิง</p></div>
<div class="module"><h3>เอกสารเผยแพร่</h3><ul>{cats}</ul></div>
<div class="module"><h3>ลิงก์หน่วยงาน</h3><ul><li><a href="https://www.railway.co.th/">การรถไฟแห่งประเทศไทย</a></li>
<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li><li>สายด่วนรถไฟ 1690</li></ul></div>
<div class="module"><h3>สถิติผู้เข้าชม</h3><p>วันนี้ 37 · ทั้งหมด 48,915</p></div>
</div>
<div id="content"><h2 class="contentheading">{esc(title)}</h2>
{body}
</div></div>
<div id="footer">{ORG} สถานีรถไฟโนนศิลาเลิง ต.โนนศิลาเลิง อ.ลำดวนทอง จ.บุรีรัมย์ 31180 · โทร. 0 4460 7181 ·
โทรสาร 0 4460 7182 · อีเมล bt.nonsila@gmail.com<br>Copyright © 2568 {ORG} · Powered by Joomla!</div>
</body></html>
"""


def dl(key: str, text: str | None = None) -> str:
    return a(url(key), text or DOCS[key][2])


# ---------------------------------------------------------------- news

# n: (date, title, body paragraphs, attachments)
NEWS_ITEMS: dict[int, tuple] = {
    110: ((2026, 4, 9), "ตรวจความพร้อมของทางรถไฟช่วงเทศกาลสงกรานต์ 2569",
          ["สารวัตรแขวงบำรุงทางนำนายตอนบำรุงทางทั้ง 4 ตอน ตรวจสภาพทาง กม. 318+400 - 402+150 "
           "เพื่อความปลอดภัยของขบวนรถที่เพิ่มในช่วงเทศกาล"], []),
    109: ((2026, 3, 5), "แจ้งปิดการจราจรชั่วคราว จุดตัดทางรถไฟ บ้านโนนแดง กม. 349+300",
          ["วันที่ 10-11 มีนาคม 2569 เวลา 22.00-05.00 น. เพื่อเปลี่ยนแผ่นยางทางผ่าน ขออภัยในความไม่สะดวก"], []),
    108: ((2026, 2, 13), "ผลการประชุมรับฟังความคิดเห็น โครงการปรับปรุงจุดตัดทางรถไฟ บ้านหนองตะเคียนงาม",
          ["เมื่อวันที่ 12 กุมภาพันธ์ 2569 แขวงบำรุงทางโนนศิลาเลิงจัดประชุมรับฟังความคิดเห็นของประชาชนต่อโครงการ"
           "ติดตั้งเครื่องกั้นอัตโนมัติและปิดทางลักผ่าน ณ ศาลาประชาคมบ้านหนองตะเคียนงาม มีผู้เข้าร่วม 87 คน",
           "ที่ประชุมเห็นด้วยกับการติดตั้งเครื่องกั้น 79 คน และขอให้ทำทางเลี่ยงก่อนปิดทางลักผ่าน แขวงจะบรรจุในแผน"
           "ไตรมาส 3 และประสาน อบต.หนองตะเคียน ดูรายงานผลฉบับเต็มในไฟล์แนบ"], ["hearing"]),
    107: ((2026, 1, 28), "ขอเชิญประชาชนร่วมประชุมรับฟังความคิดเห็น โครงการปรับปรุงจุดตัดทางรถไฟ กม. 356+720",
          ["แขวงบำรุงทางโนนศิลาเลิงขอเชิญประชาชนหมู่ที่ 4 และหมู่ที่ 7 ร่วมประชุมในวันที่ 12 กุมภาพันธ์ 2569 "
           "เวลา 09.30 น. ณ ศาลาประชาคมบ้านหนองตะเคียนงาม"], ["invite"]),
    106: ((2026, 1, 20), "อบรมส่งเสริมคุณธรรมจริยธรรมและประมวลจริยธรรมพนักงาน ประจำปี 2569",
          ["วันที่ 19 มกราคม 2569 แขวงบำรุงทางโนนศิลาเลิงจัดอบรมขับเคลื่อนประมวลจริยธรรมของพนักงานการรถไฟฯ "
           "และการป้องกันผลประโยชน์ทับซ้อน ให้พนักงานและลูกจ้าง 71 คน ณ ห้องประชุมแขวง",
           "วิทยากรจากสำนักตรวจสอบภายใน การรถไฟฯ บรรยาย Do's & Don'ts และหลักเกณฑ์การรับทรัพย์สินตามมาตรา 128"], ["ethics"]),
    105: ((2026, 1, 12), "เผยแพร่รายงานประจำปี แขวงบำรุงทางโนนศิลาเลิง",
          ["แขวงบำรุงทางโนนศิลาเลิงเผยแพร่รายงานประจำปีในรูปแบบ E-book อ่านได้ที่หน้าแสดงเอกสาร"], []),
    104: ((2025, 12, 8), "จิตอาสาทาสีเครื่องกั้นและป้ายเตือนจุดตัดทางรถไฟ เนื่องในวันพ่อแห่งชาติ",
          ["พนักงานแขวงและชาวบ้านโนนศิลาเลิงร่วมทาสีเครื่องกั้นและป้ายเตือน 12 จุด"], []),
    103: ((2025, 11, 20), "แจ้งขบวนรถล่าช้า จากงานเปลี่ยนหมอนคอนกรีต กม. 331-338",
          ["ตั้งแต่ 24 พฤศจิกายน 2568 ขบวนรถอาจล่าช้า 5-10 นาที ในช่วงที่มีการจำกัดความเร็ว"], []),
    102: ((2025, 10, 14), "ตรวจความพร้อมทางรถไฟช่วงเทศกาลออกพรรษา",
          ["นายตอนบำรุงทางตรวจสะพานและท่อลอด 9 แห่งหลังฝนตกหนัก ไม่พบความเสียหาย"], []),
    101: ((2025, 10, 6), "สารวัตรแขวงบำรุงทางประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปี 2569",
          ["นายประพันธ์ ศรีทองเหลือง ประกาศเจตจำนงสุจริตต่อหน้าพนักงานในการประชุมประจำเดือนตุลาคม 2568"], ["will-69"]),
    89: ((2025, 9, 18), "ซ้อมแผนเหตุฉุกเฉินรถไฟตกราง ร่วมกับ อบต.โนนศิลาเลิง", ["ผู้เข้าร่วม 140 คน"], []),
    88: ((2025, 7, 2), "บรรจุพนักงานตรวจทางใหม่ 6 อัตรา", ["พนักงานใหม่เริ่มปฏิบัติงาน 1 กรกฎาคม 2568"], []),
    87: ((2025, 2, 14), "อบรมคุณธรรมจริยธรรม ประจำปี 2568", ["ผู้เข้าร่วม 64 คน"], []),
    86: ((2025, 1, 10), "ประชุมรับฟังความคิดเห็น การปิดทางลักผ่าน บ้านโนนแดง",
         ["ประชุมเมื่อ 9 มกราคม 2568 ผู้เข้าร่วม 52 คน (ปีงบประมาณ 2568)"], []),
}


def news_article(n: int) -> str:
    (y, m, dd), title, paras, att = NEWS_ITEMS[n]
    from datetime import date

    body = f'<p class="createdate">{be(date(y, m, dd))}</p>' + "".join(f"<p>{esc(p)}</p>" for p in paras)
    if n == 105:
        body += f"<p>{a(viewer(10), 'อ่านรายงานประจำปี (E-book)')}</p>"
    if att:
        body += '<div class="attachments"><b>ไฟล์แนบ</b><ul>' + "".join(
            f"<li>{a(url(k), DOCS[k][1])} ({size(k)})</li>" for k in att) + "</ul></div>"
    return layout(title, body)


def news_list(items: list[int], more: str, label: str) -> str:
    from datetime import date

    rows = "".join(
        f"<tr><td>{be(date(*NEWS_ITEMS[n][0]))}</td><td>{a(art(n), NEWS_ITEMS[n][1])}</td></tr>" for n in items)
    return layout("ข่าวประชาสัมพันธ์", f'<table class="category">{rows}</table><p class="pagination">{a(more, label)}</p>')


# ---------------------------------------------------------------- download categories


def docman(gid: int) -> str:
    keys = sorted((k for k, v in DOCS.items() if v[3] == gid), key=lambda k: DOCS[k][4], reverse=True)
    rows = "".join(
        f"<tr><td>{dl(k)}</td><td>{be(DOCS[k][4])}</td><td>{size(k)}</td>"
        f"<td>{a(url(k), 'ดาวน์โหลด')}</td></tr>" for k in keys)
    return layout(f"เอกสารเผยแพร่ : {CATS[gid]}",
                  f'<table class="docman"><tr><th>เอกสาร</th><th>วันที่</th><th>ขนาด</th><th></th></tr>{rows}</table>')


# ---------------------------------------------------------------- viewer pages

VIEWERS = {
    3: ("plan-3y", "https://drive.google.com/file/d/1pQvN3sL8kRtY2wZ4hX6jB0cD7eF9gHiJ/preview"),
    10: ("annual-67", "https://online.fliphtml5.com/nsltrk/annual/"),
    15: ("citizen", "https://drive.google.com/file/d/1aBcD2eFgH3iJkL4mNoP5qRsT6uVwX7yZ/preview"),
    47: ("anti-plan-69", "https://drive.google.com/file/d/1ZyXwV9uTsR8qPoN7mLkJ6iHgF5eDcB4a/preview"),
}


def viewer_page(n: int) -> str:
    key, frame = VIEWERS[n]
    body = (f'<iframe src="{esc(frame)}" width="100%" height="720" allow="autoplay"></iframe>'
            f'<p class="dl">{a(url(key), "ดาวน์โหลดไฟล์ต้นฉบับ (" + DOCS[key][1] + ", " + size(key) + ")")}</p>')
    return layout(DOCS[key][2], body)


# ---------------------------------------------------------------- ITA

GROUPS = {
    91: ("9.1 ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้างและอำนาจหน้าที่ของแขวง", [(art(3), "โครงสร้าง/อำนาจหน้าที่")]),
        ("o2", "ข้อมูลผู้บริหาร", [(art(4), "ทำเนียบผู้บริหาร")]),
        ("o3", "ช่องทางติดต่อ และถาม-ตอบ", [(art(5), "ติดต่อเรา"), (art(6), "กระดานถาม-ตอบ")]),
        ("o4", "ข่าวประชาสัมพันธ์", [(NEWS, "ข่าวสารแขวง")])]),
    92: ("9.2 การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("o5", "แผนยุทธศาสตร์/แผนพัฒนาหน่วยงาน", [(viewer(3), "แผนปฏิบัติการระยะ 3 ปี")]),
        ("o6", "แผนปฏิบัติการและแผนการใช้จ่ายงบประมาณประจำปี", [(url("opplan-69"), "แผนปฏิบัติการ"),
                                                              (url("budget-69"), "แผนการใช้จ่ายงบประมาณ")]),
        ("o7", "รายงานผลการดำเนินงานประจำปี", [(viewer(10), "รายงานประจำปี (E-book)")]),
        ("o8", "คู่มือการปฏิบัติงานของพนักงาน", [(url("sop"), "คู่มือตรวจสภาพทาง")]),
        ("o9", "คู่มือการขอรับบริการ", [(viewer(15), "คู่มือสำหรับประชาชน")]),
        ("o10", "E-Service และสถิติการให้บริการ", [("/eservice/", "ยื่นคำขอออนไลน์")])]),
    93: ("9.3 การจัดซื้อจัดจ้าง", [
        ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", [(art(30), "สขร.1 รายเดือน")]),
        ("o12", "รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี", [(url("proc-year-68"), "รายงานประจำปี")])]),
    94: ("9.4 การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("o13", "หลักเกณฑ์และแผนบริหารทรัพยากรบุคคล", [(cat(5), "หมวดการบริหารงานบุคคล")]),
        ("o14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [(url("hr-report-68"), "รายงานผล (Word)")]),
        ("o15", "ประมวลจริยธรรมและการขับเคลื่อน", [(url("ethics"), "ประมวลจริยธรรม"), (art(106), "กิจกรรมอบรม")])]),
    95: ("9.5 การส่งเสริมความโปร่งใส", [
        ("o16", "แนวปฏิบัติจัดการเรื่องร้องเรียนการทุจริต", [(url("complaint-manual"), "คู่มือ")]),
        ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [(art(40), "แบบฟอร์มร้องเรียนออนไลน์")]),
        ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [(art(50), "ข้อมูลสถิติ")]),
        ("o19", "การเปิดโอกาสให้มีส่วนร่วม", [(art(108), "ข่าวผลการรับฟังความคิดเห็น")])]),
    96: ("10.1 การป้องกันการทุจริต (ความเสี่ยง / No Gift)", [
        ("o20", "No Gift Policy และการรับทรัพย์สิน", [(url("no-gift-67"), "ประกาศ No Gift"),
                                                     (url("gift-report-68"), "รายงานการรับทรัพย์สิน")]),
        ("o21", "การประเมินความเสี่ยงการทุจริตประจำปี", [(url("risk-69"), "ผลการประเมิน")]),
        ("o22", "รายงานผลตามแผนบริหารจัดการความเสี่ยงการทุจริต", [])]),
    97: ("10.2 การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("o23", "แผนปฏิบัติการป้องกันการทุจริต", [(viewer(47), "แผนป้องกันการทุจริต")]),
        ("o24", "รายงานผลการดำเนินการป้องกันการทุจริต", [(url("anti-report-68"), "รายงานผล")]),
        ("o25", "การนำผลการประเมิน ITA ไปพัฒนาองค์กร", [("/web2/ita-2568/", "ดูข้อมูลในเว็บไซต์เดิม")]),
        ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรมและความโปร่งใส", [(url("integrity-68"), "รายงานผล")])]),
}


def year_selector() -> str:
    return (f'<form class="year"><b>เลือกปีการประเมิน :</b> {a(ITA, "ITA 2569")} | '
            f'{a("/web2/ita-2568/", "ITA 2568 (เว็บไซต์เดิม)")}</form>')


def ita_hub() -> str:
    groups = "".join(f"<li>{a(art(n), t)}</li>" for n, (t, _rows) in GROUPS.items())
    body = (year_selector() + "<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT) "
            f"ของ{ORG} ประจำปีงบประมาณ พ.ศ. 2569 แยกตามตัวชี้วัดย่อย</p><ul class=\"ita-groups\">{groups}</ul>")
    return layout("ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)", body)


def ita_group(n: int) -> str:
    title, rows = GROUPS[n]
    trs = ""
    for code, text, links in rows:
        cell = " · ".join(a(u, t) for u, t in links) if links else "อยู่ระหว่างรวบรวมข้อมูล"
        trs += f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cell}</td></tr>"
    nav = " | ".join(a(art(m), GROUPS[m][0].split()[0]) for m in GROUPS)
    body = (year_selector() + f'<p class="ita-nav">{nav} | {a(ITA, "กลับหน้ารวม")}</p>'
            f'<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์ข้อมูล</th></tr>{trs}</table>')
    return layout(f"ITA 2569 : {title}", body)


# ---------------------------------------------------------------- other articles

STRUCTURE = f"""<img src="/images/stories/chart2568.png" alt="แผนภูมิโครงสร้างแขวงบำรุงทางโนนศิลาเลิง" width="200" height="120">
<h3>แผนภูมิโครงสร้าง</h3>
<ul><li>การรถไฟแห่งประเทศไทย (ผู้ว่าการรถไฟฯ) → ฝ่ายการช่างโยธา → กองบำรุงทางเขตนครราชสีมา
<ul><li>{ORG} : สารวัตรแขวงบำรุงทาง (สบท.) 1 คน รองสารวัตร 1 คน
<ul><li>งานธุรการและพัสดุ</li><li>งานแผนและงบประมาณ</li><li>งานโยธาและจุดตัดทางรถไฟ</li><li>งานเครื่องกลบำรุงทาง</li>
<li>ตอนบำรุงทางที่ 1 (ห้วยหิน) · ตอนบำรุงทางที่ 2 (โนนศิลาเลิง) · ตอนบำรุงทางที่ 3 (หนองตะเคียน) · ตอนบำรุงทางที่ 4 (ลำดวนทอง)
: นายตอนบำรุงทาง (นตบ.) ตอนละ 1 คน ช่างบำรุงทาง พนักงานตรวจทาง</li></ul></li></ul></li></ul>
<h3>อำนาจหน้าที่</h3>
<p>ตามพระราชบัญญัติการรถไฟแห่งประเทศไทย พ.ศ. 2494 และคำสั่งการรถไฟฯ ว่าด้วยการแบ่งส่วนงานฝ่ายการช่างโยธา แขวงบำรุงทางมีหน้าที่โดยสรุป ดังนี้</p>
<ol><li>ตรวจสภาพทาง สะพาน ท่อลอด และเขตทางรถไฟ ช่วง กม. 318+400 - 402+150 เป็นประจำทุกวัน</li>
<li>บำรุงรักษาและซ่อมแซมทางรถไฟให้ขบวนรถเดินได้อย่างปลอดภัยตามความเร็วที่กำหนด</li>
<li>ดูแลจุดตัดทางรถไฟกับถนน 46 แห่ง และพิจารณาคำขอทำทางผ่านเสมอระดับเสนอกองบำรุงทางเขต</li>
<li>ควบคุมงานจ้างเหมาและการจัดซื้อวัสดุบำรุงทางในวงเงินที่ได้รับมอบอำนาจ</li>
<li>ดูแลที่ดินในเขตทางรถไฟ ระงับการบุกรุก และรับคำขอเช่าที่ดินเบื้องต้น</li>
<li>แก้ไขเหตุฉุกเฉินที่เกิดกับทางรถไฟ (น้ำท่วม ทางทรุด รถตกราง) ร่วมกับหน่วยงานในพื้นที่</li></ol>"""

EXECUTIVES = """<table class="people">
<tr><td><img src="/images/stories/chief.jpg" alt="นายประพันธ์ ศรีทองเหลือง" width="120" height="150"></td>
<td>นายประพันธ์ ศรีทองเหลือง<br>สารวัตรแขวงบำรุงทางโนนศิลาเลิง<br>โทร. 0 4460 7181 ต่อ 101 · มือถือ 08 1967 4402</td></tr>
<tr><td><img src="/images/stories/deputy.jpg" alt="นายวรเชษฐ์ คำแสนโคตร" width="120" height="150"></td>
<td>นายวรเชษฐ์ คำแสนโคตร<br>รองสารวัตรแขวงบำรุงทาง<br>โทร. 0 4460 7181 ต่อ 102</td></tr>
<tr><td><img src="/images/stories/nt2.jpg" alt="นายสุรเดช บุญมาประเสริฐ" width="120" height="150"></td>
<td>นายสุรเดช บุญมาประเสริฐ<br>นายตอนบำรุงทางที่ 2 (โนนศิลาเลิง)<br>โทร. 0 4460 7185</td></tr>
<tr><td><img src="/images/stories/admin.jpg" alt="นางสาวกมลชนก ทองคำดี" width="120" height="150"></td>
<td>นางสาวกมลชนก ทองคำดี<br>หัวหน้างานธุรการและพัสดุ<br>โทร. 0 4460 7181 ต่อ 110</td></tr></table>"""

CONTACT = f"""<p>{ORG} สถานีรถไฟโนนศิลาเลิง ตำบลโนนศิลาเลิง อำเภอลำดวนทอง จังหวัดบุรีรัมย์ 31180</p>
<p>โทรศัพท์ 0 4460 7181 · โทรสาร 0 4460 7182 · อีเมล bt.nonsila@gmail.com · สายด่วนรถไฟ 1690</p>
<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.00 - 16.00 น.</p>
<p><a href="https://maps.google.com/?q=14.8671,102.7342">แผนที่ Google Maps</a> · <a href="https://www.facebook.com/bt.nonsila">Facebook แขวงบำรุงทางโนนศิลาเลิง</a></p>
<p>{a(art(6), "ถาม-ตอบ (Q&A)")}</p>"""

QA = """<div class="qa"><p><b>ถาม</b> (ผู้ใช้ชื่อ ชาวบ้านหนองตะเคียน, 3 ก.พ. 2569) จะขอทำทางข้ามทางรถไฟเข้าที่นาต้องทำอย่างไร</p>
<p><b>ตอบ</b> (เจ้าหน้าที่แขวง, 4 ก.พ. 2569) ยื่นคำขอทำทางผ่านเสมอระดับได้ที่สำนักงานแขวงหรือผ่าน E-Service พร้อมโฉนดและแผนที่สังเขป</p>
<p><b>ถาม</b> (ผู้ใช้ชื่อ นักเดินทาง, 16 มี.ค. 2569) จุดตัดบ้านโนนแดงปิดซ่อมถึงวันไหน</p>
<p><b>ตอบ</b> (เจ้าหน้าที่แขวง, 16 มี.ค. 2569) เปิดใช้ได้ตามปกติแล้วตั้งแต่เช้าวันที่ 12 มี.ค. 2569</p></div>
<form action="/qa_post.php" method="post"><p>ชื่อ <input name="name"> อีเมล <input name="email"></p>
<p>คำถาม <textarea name="question"></textarea></p><p><button type="submit">ส่งคำถาม</button></p></form>"""

ESERVICE = f"""<p>ยื่นคำขอออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>
<form action="https://docs.google.com/forms/d/e/1FAIpQLSe-nonsila-track/formResponse" method="post">
<p>ประเภทคำขอ <select name="entry.1"><option>ขออนุญาตทำทางผ่านเสมอระดับ</option><option>ขอเช่าที่ดินในเขตทางรถไฟ</option>
<option>ขอหนังสือรับรองแนวเขตทางรถไฟ</option></select></p>
<p>ชื่อ-สกุล <input name="entry.2"> โทรศัพท์ <input name="entry.3"></p><p>ที่ตั้ง (กม.) <input name="entry.4"></p>
<p>รายละเอียด <textarea name="entry.5"></textarea></p><p><button type="submit">ส่งคำขอ</button></p></form>
<h3>ข้อมูลสถิติการให้บริการ</h3><p>{dl("service-stats", "สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 2568 - มี.ค. 2569)")} ({size("service-stats")})</p>
<p>{a(viewer(15), "คู่มือสำหรับประชาชน")}</p>"""

COMPLAINT = f"""<p>แจ้งเบาะแสการทุจริตและประพฤติมิชอบของพนักงาน{ORG} ข้อมูลผู้ร้องจะถูกเก็บเป็นความลับ</p>
<form action="/complaint_post.php" method="post" enctype="multipart/form-data">
<p>ชื่อ-สกุล (ไม่ระบุก็ได้) <input name="name"> โทรศัพท์ <input name="phone"></p>
<p>ผู้ถูกร้องเรียน/หน่วยงาน <input name="target"></p><p>รายละเอียด <textarea name="detail"></textarea></p>
<p>หลักฐาน <input type="file" name="evidence"></p><p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form>
<p>ช่องทางอื่น : โทร. 0 4460 7181 · สายด่วนรถไฟ 1690 · <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> ·
{a(url("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียน")}</p>"""

COMPLAINT_STATS = f"""<p>ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ปรับปรุงล่าสุด 8 เม.ย. 2568)</p>
<table><tr><th>ช่วงเวลา</th><th>จำนวนเรื่อง</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>
<tr><td>ต.ค. 2567 - มี.ค. 2568</td><td>4</td><td>3</td><td>1</td></tr></table>
<p>{dl("complaint-stats", "ดาวน์โหลดสถิติ (Excel)")} ({size("complaint-stats")})</p>"""

HISTORY = f"""<p>{ORG} ตั้งขึ้นพร้อมการเปิดเดินรถช่วงนครราชสีมา - บุรีรัมย์ ปัจจุบันสังกัดกองบำรุงทางเขตนครราชสีมา
ฝ่ายการช่างโยธา รับผิดชอบทางรถไฟระยะทาง 83.75 กิโลเมตร</p><p>วิสัยทัศน์ : ทางรถไฟมั่นคง ปลอดภัย ได้มาตรฐาน</p>"""


def proc_page() -> str:
    rows = [("ตุลาคม 2568", "proc-2568-10"), ("พฤศจิกายน 2568", "proc-2568-11"), ("ธันวาคม 2568", "proc-2568-12"),
            ("มกราคม 2569", "proc-2569-01"), ("กุมภาพันธ์ 2569", "proc-2569-02"), ("มีนาคม 2569", "proc-2569-03")]
    trs = "".join(
        f"<tr><td>{i}</td><td>{a(url(k), 'สรุปผลการจัดซื้อจัดจ้าง (สขร.1) ประจำเดือน' + m)}</td>"
        f"<td>{be(DOCS[k][4])}</td></tr>" for i, (m, k) in enumerate(rows, 1))
    body = (f'<p>ปีงบประมาณ : <b>2569</b> | {a(cat(4), "ปีก่อนหน้า ดูในหมวดจัดซื้อจัดจ้าง")}</p>'
            f'<table class="proc"><tr><th>ที่</th><th>รายการ</th><th>วันที่เผยแพร่</th></tr>{trs}</table>'
            f"<p>{dl('proc-year-68', 'รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568')}</p>")
    return layout("สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ ๒๕๖๙", thai_text(body))


def thai_text(fragment: str) -> str:
    """Thai digits in the text, never inside tags (the links keep their ids)."""
    out, inside = [], False
    for ch in fragment:
        if ch == "<":
            inside = True
        elif ch == ">":
            inside = False
        out.append(ch if inside else ch.translate(THAI))
    return "".join(out)


def home() -> str:
    from datetime import date

    latest = "".join(f"<li>{be(date(*NEWS_ITEMS[n][0]))} {a(art(n), NEWS_ITEMS[n][1])}</li>"
                     for n in [110, 109, 108, 107, 106])
    body = (f"<div class=\"banners\">{a(ITA, 'ITA 2569')} · {a('/eservice/', 'E-Service')} · "
            f"{a(art(40), 'แจ้งเรื่องร้องเรียนการทุจริต')} · {a(art(30), 'สขร.1')}</div>"
            f"<h3>ข่าวล่าสุด</h3><ul>{latest}</ul><p>{a(NEWS, 'ข่าวทั้งหมด')}</p>")
    return layout("หน้าแรก", body)


# ---------------------------------------------------------------- the old site (/web2/)

OLD_STYLE = '<link rel="stylesheet" href="/web2/templates/rhuk_solarflare_ii/css/template_css.css">'


def old_layout(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG} (เว็บไซต์เดิม)</title>{OLD_STYLE}</head>
<body><div class="oldhead">{ORG} · เว็บไซต์เดิม (ใช้งานถึงพฤศจิกายน 2568) · {a("/", "ไปเว็บไซต์ใหม่")}</div>
<table class="oldmenu"><tr><td>{a("/web2/", "หน้าแรก")}</td><td>{a("/web2/ita-2568/", "ITA 2568")}</td></tr></table>
<div class="oldbody"><h2>{esc(title)}</h2>{body}</div><div class="oldfoot">© 2567 {ORG}</div></body></html>
"""


def old_ita() -> str:
    rows = [("O6", "แผนดำเนินงานและการใช้งบประมาณประจำปี", old_url("o6-2568"), "แผนปฏิบัติการ 2568"),
            ("O21", "การประเมินความเสี่ยงการทุจริตประจำปี", old_url("o21-2568"), "ผลการประเมินความเสี่ยง 2568"),
            ("O34", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", old_url("o25-2568"),
             "วิเคราะห์ผล ITA 2567 และมาตรการฯ")]
    trs = "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{a(u, x)}</td></tr>" for c, t, u, x in rows)
    return old_layout("การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2568",
                      f'<table border="1" class="oit">{trs}</table><p>ปรับปรุงล่าสุด 20 ธ.ค. 2567</p>')


# ---------------------------------------------------------------- write


def path_of(link: str) -> str:
    if link == "/":
        return os.path.join(HERE, "index.html")
    if "?" in link:
        base, query = link.split("?", 1)
        name = quote(unquote(query), safe="=&-_.,+~")
        return os.path.join(HERE, base.lstrip("/") + ".q", name, "index.html")
    return os.path.join(HERE, link.strip("/"), "index.html")


def pages() -> dict[str, str]:
    out = {"/": home(), art(2): layout("ประวัติแขวงบำรุงทาง", HISTORY),
           art(3): layout("โครงสร้างและอำนาจหน้าที่", STRUCTURE), art(4): layout("ทำเนียบผู้บริหาร", EXECUTIVES),
           art(5): layout("ติดต่อเรา", CONTACT), art(6): layout("ถาม-ตอบ (Q&A)", QA), art(30): proc_page(),
           art(40): layout("ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", COMPLAINT),
           art(50): layout("สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", COMPLAINT_STATS),
           "/eservice/": layout("E-Service ระบบยื่นคำขอออนไลน์", ESERVICE), ITA: ita_hub(),
           "/web2/": old_layout("หน้าแรก", f"<p>{a('/web2/ita-2568/', 'ITA 2568')}</p><p>ข่าวเก่า ... </p>"),
           "/web2/ita-2568/": old_ita()}
    for n in GROUPS:
        out[art(n)] = ita_group(n)
    assert not set(NEWS_ITEMS) & set(GROUPS)  # one article per id
    ordered = sorted(NEWS_ITEMS, reverse=True)
    out[NEWS] = news_list(ordered[:10], NEWS2, "หน้าถัดไป »")
    out[NEWS2] = news_list(ordered[10:], NEWS, "« หน้าก่อน")
    for n in NEWS_ITEMS:
        out[art(n)] = news_article(n)
    for gid in CATS:
        out[cat(gid)] = docman(gid)
    for n in VIEWERS:
        out[viewer(n)] = viewer_page(n)
    return out


ASSETS = {"templates/rhythm_rail/css/template.css": None, "web2/templates/rhuk_solarflare_ii/css/template_css.css": None,
          "templates/rhythm_rail/images/srt_logo.png": (60, 60), "images/stories/chief.jpg": (120, 150),
          "images/stories/deputy.jpg": (120, 150), "images/stories/nt2.jpg": (120, 150),
          "images/stories/admin.jpg": (120, 150), "images/stories/chart2568.png": (200, 120)}
CSS = "body{font-family:Tahoma,sans-serif;margin:0}#header{background:#7a1f1f;color:#fff;padding:8px}" \
      "#mainmenu li{display:inline;margin:0 6px}#left{float:left;width:200px}#content{margin-left:220px}" \
      "#footer{clear:both;background:#eee;font-size:12px;padding:8px}table{border-collapse:collapse}td,th{border:1px solid #ccc}\n"


def write_assets() -> None:
    from PIL import Image

    for rel, dims in ASSETS.items():
        path = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if dims is None:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(CSS)
        else:
            Image.new("RGB", dims, (122, 31, 31) if "logo" in rel else (190, 190, 190)).save(
                path, format="PNG" if rel.endswith(".png") else "JPEG", quality=40)


def main() -> None:
    write_assets()
    for folder in ("index.php.q", "viewer.php.q", "eservice", "web2/ita-2568"):
        shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)
    for link, text in pages().items():
        path = path_of(link)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
    assert OLD  # the old site's files are written by _make_docs.py


if __name__ == "__main__":
    main()
