"""Generate the HTML pages of the "waterregion" test site (สำนักงานทรัพยากรน้ำภาค 12, invented).

Run:  python tests/sites/waterregion/_make_pages.py   (after _make_docs.py: sizes are read from
the files it wrote)

An old Joomla 1.5 site kept as static copies: every page is a query string of /index.php
(/index.php?option=com_content&view=article&id=N, categories with &limitstart=, a DOCman-like
download list /index.php?option=com_docman&task=cat_view&gid=N with a year selector &year=),
stored as index.php.q/<query>/index.html (crawler/serve.py); every file is /download.php?id=N.
A web board (/webboard/viewtopic.php?t=N).  The ITA 2569 page is one page listing five group
pages (one per sub-indicator, o1 … o26 in the office's own words); the old site of before the
CMS move is still online under /old/ with its ITA 2568 page.  Header, menu, side column and
footer on every page.
"""

from __future__ import annotations

import html
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, GONE  # noqa: E402

ORG = "สำนักงานทรัพยากรน้ำภาค 12"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def art(n: int) -> str:
    return f"/index.php?option=com_content&amp;view=article&amp;id={n}"


def cat(n: int, extra: str = "") -> str:
    return f"/index.php?option=com_content&amp;view=category&amp;id={n}{extra}"


def dm(gid: int, year: int | None = None) -> str:
    return f"/index.php?option=com_docman&amp;task=cat_view&amp;gid={gid}" + (f"&amp;year={year}" if year else "")


def dl(key: str) -> str:
    num = DOCS[key][0] if key in DOCS else GONE[key]
    return f"/download.php?id={num}"


def size(key: str) -> str:
    if key in GONE:
        return "388.1 KB"
    num, fname = DOCS[key][0], DOCS[key][1]
    return f"{os.path.getsize(os.path.join(HERE, 'download.php.q', f'id={num}', fname)) / 1024:.1f} KB"


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", art(2)), ("โครงสร้าง", art(3)), ("ผู้บริหาร", art(4)),
        ("ข่าวประชาสัมพันธ์", cat(9)), ("จัดซื้อจัดจ้าง", art(9)), ("ดาวน์โหลดเอกสาร", dm(1)),
        ("E-Service", art(6)), ("ITA", art(8)), ("กระดานถาม-ตอบ", "/webboard/"), ("ติดต่อเรา", art(5))]


def layout(title: str, body: str, old: bool = False) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    note = '<div class="warn">เว็บไซต์เดิม (ก่อนปรับปรุงระบบ มิ.ย. 2568) เก็บไว้เพื่อการอ้างอิง</div>' if old else ""
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} - {ORG}</title>
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management">
<link rel="stylesheet" href="/templates/dwr_blue/css/template.css"></head>
<body>
<div id="header"><img src="/templates/dwr_blue/images/logo_dwr.png" alt="กรมทรัพยากรน้ำ" width="70" height="70">
<b>{ORG}</b> กรมทรัพยากรน้ำ<br><small>Regional Water Resources Office 12 · นครพนม สกลนคร มุกดาหาร</small></div>
<ul id="mainmenu">
{menu}
</ul>
{note}
<div id="wrap"><div id="left">
<div class="module"><h3>ผู้อำนวยการ</h3>นายวรพจน์ ศรีสุทธิ์วงศ์<br>ผู้อำนวยการสำนักงานทรัพยากรน้ำภาค 12</div>
<div class="module"><h3>เมนูหลัก</h3>
<a href="{art(8)}">การประเมินคุณธรรมและความโปร่งใส (ITA) ๒๕๖๙</a><br>
<a href="/old/ita2568/">ITA 2568 (เว็บไซต์เดิม)</a><br>
<a href="{art(7)}">แจ้งเบาะแสการทุจริต</a><br><a href="{dm(3)}">คู่มือประชาชน</a><br>
<a href="http://www.dwr.go.th/">กรมทรัพยากรน้ำ</a><br><a href="http://www.thaiwater.net/">คลังข้อมูลน้ำแห่งชาติ</a></div>
<div class="module"><h3>สถานการณ์น้ำ</h3>ระดับน้ำแม่น้ำโขง สถานีนครพนม 3.42 ม.รทก.</div>
<div class="module">ผู้เยี่ยมชม 214,338</div>
</div>
<div id="content">
<h2 class="contentheading">{esc(title)}</h2>
{body}
</div></div>
<div id="footer">{ORG} 88 หมู่ 7 ถนนนครพนม-ท่าอุเทน ตำบลนาราชควาย อำเภอเมืองนครพนม จังหวัดนครพนม 48000<br>
โทรศัพท์ 0 4251 2270 โทรสาร 0 4251 2271 อีเมล rwro12@dwr-example.go.th ·
<a href="/sitemap/">แผนผังเว็บไซต์</a> · <a href="/privacy/">นโยบายเว็บไซต์</a><br>
Copyright © 2555-2568 {ORG} · Powered by Joomla!</div>
</body></html>
"""


def write(url: str, title: str, body: str, old: bool = False) -> None:
    url = html.unescape(url)
    if "?" in url:
        path, query = url.split("?", 1)
        target = os.path.join(HERE, path.strip("/") + ".q", query, "index.html")
    else:
        target = os.path.join(HERE, url.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body, old))


def be(y: int, m: int, dd: int) -> str:
    return f"{dd} {MONTHS[m - 1]} {y + 543}"


def rows(items: list[tuple[str, str, tuple[int, int, int]]]) -> str:
    out = ['<table class="docman" border="1"><tr><th>ชื่อเอกสาร</th><th>วันที่</th><th>ขนาด</th><th></th></tr>']
    for key, text, when in items:
        out.append(f'<tr><td>{esc(text)}</td><td>{be(*when)}</td><td>{size(key)}</td>'
                   f'<td><a href="{dl(key)}">ดาวน์โหลด</a></td></tr>')
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- news (com_content, category 9)

NEWS = [  # id, (y, m, d) CE, title, body
    (131, (2026, 4, 8), "สทภ.12 สนับสนุนรถบรรทุกน้ำแก้ภัยแล้ง อำเภอนาแก จังหวัดนครพนม",
     "วันที่ 8 เมษายน 2569 สำนักงานทรัพยากรน้ำภาค 12 จัดรถบรรทุกน้ำ 3 คัน แจกจ่ายน้ำอุปโภค 72,000 ลิตร ให้ประชาชน 4 หมู่บ้าน"),
    (128, (2026, 3, 20), "ประชุมคณะกรรมการลุ่มน้ำสงคราม ครั้งที่ 1/2569",
     "วันที่ 20 มีนาคม 2569 ผู้อำนวยการสำนักงานทรัพยากรน้ำภาค 12 ร่วมประชุมคณะกรรมการลุ่มน้ำสงคราม ณ จังหวัดสกลนคร พิจารณาแผนงานโครงการปี 2570"),
    (126, (2026, 2, 23), "สรุปผลการประชุมรับฟังความคิดเห็นโครงการฟื้นฟูหนองบึงกาฬน้อย",
     "วันที่ 19 กุมภาพันธ์ 2569 สำนักงานทรัพยากรน้ำภาค 12 จัดประชุมรับฟังความคิดเห็นของประชาชนต่อโครงการฟื้นฟูหนองบึงกาฬน้อย "
     "ณ ศาลากลางบ้านนาคำ ตำบลนาคำ อำเภอศรีสงคราม มีผู้เข้าร่วม 63 คน (ผู้นำชุมชน 11 คน ประชาชน 46 คน อบต.นาคำ 6 คน) "
     "ที่ประชุมเสนอให้ทำทางลาดให้โคกระบือลงกินน้ำ 2 จุด และขอให้คงต้นไม้ริมหนองไว้ สำนักงานฯ รับไปปรับแบบก่อสร้างแล้ว "
     "และจะแจ้งผลการปรับแบบให้ชุมชนทราบภายในเดือนเมษายน 2569"),
    (124, (2026, 2, 3), "ขอเชิญร่วมประชุมรับฟังความคิดเห็นโครงการฟื้นฟูหนองบึงกาฬน้อย",
     "สำนักงานทรัพยากรน้ำภาค 12 ขอเชิญประชาชนร่วมประชุมในวันที่ 19 กุมภาพันธ์ 2569 (หนังสือเชิญตามไฟล์แนบ)"),
    (121, (2026, 1, 22), "อบรมเสริมสร้างจริยธรรมและวัฒนธรรมองค์กรสุจริต ประจำปี 2569",
     "วันที่ 22 มกราคม 2569 สำนักงานทรัพยากรน้ำภาค 12 จัดอบรมการขับเคลื่อนจริยธรรมตามประมวลจริยธรรมข้าราชการพลเรือน "
     "และ Do's & Don'ts ของกรมทรัพยากรน้ำ ให้บุคลากร 49 คน พร้อมทำแบบทดสอบความรู้เรื่องการรับทรัพย์สินตามมาตรา 128"),
    (118, (2025, 12, 17), "ส่งมอบระบบกระจายน้ำพลังงานแสงอาทิตย์ บ้านดอนแพง",
     "วันที่ 17 ธันวาคม 2568 ส่งมอบระบบกระจายน้ำพลังงานแสงอาทิตย์ให้ อบต.ดอนแพง ดูแลใช้ประโยชน์ พื้นที่รับประโยชน์ 1,200 ไร่"),
    (115, (2025, 11, 14), "สทภ.12 ร่วมกิจกรรมวันลอยกระทง ลดขยะในแหล่งน้ำ",
     "วันที่ 5 พฤศจิกายน 2568 บุคลากรร่วมเก็บขยะริมฝั่งโขง ความยาว 2 กิโลเมตร"),
    (112, (2025, 10, 20), "เผยแพร่รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล",
     "สำนักงานทรัพยากรน้ำภาค 12 เผยแพร่รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี ในระบบเว็บไซต์ใหม่ (ไฟล์แนบ)"),
    (110, (2025, 10, 9), "ประชุมชี้แจงแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569",
     "วันที่ 9 ตุลาคม 2568 ผู้อำนวยการประชุมชี้แจงหัวหน้าส่วนและหน่วยปฏิบัติการ เรื่องกรอบงบประมาณปี 2569 ที่คาดว่าจะได้รับ"),
    (108, (2025, 10, 2), "สทภ.12 ร่วมตรวจวัดคุณภาพน้ำแม่น้ำสงคราม",
     "วันที่ 2 ตุลาคม 2568 ส่วนอุทกวิทยาเก็บตัวอย่างน้ำ 6 สถานี ผลค่าออกซิเจนละลายน้ำอยู่ในเกณฑ์ปกติ"),
    (96, (2025, 8, 28), "ประชุมรับฟังความคิดเห็นโครงการฟื้นฟูหนองแสงน้อย",
     "วันที่ 28 สิงหาคม 2568 ประชุมรับฟังความคิดเห็นประชาชน 52 คน ณ บ้านโพนทอง"),
    (93, (2025, 7, 15), "ตรวจติดตามระบบประปาหมู่บ้าน 12 แห่ง", "ตรวจติดตามการใช้ประโยชน์ระบบประปาหมู่บ้านที่ก่อสร้างในปี 2568"),
    (90, (2025, 6, 30), "เปิดใช้เว็บไซต์ใหม่ของสำนักงานทรัพยากรน้ำภาค 12",
     "เว็บไซต์เดิมยังเปิดให้เข้าดูได้ที่เมนู ITA 2568 (เว็บไซต์เดิม) ระหว่างย้ายข้อมูล"),
]
ATTACH = {124: ["invite-forum"], 112: ["hr-report-67"]}


def news() -> None:
    for nid, when, title, text in NEWS:
        body = f'<p class="createdate">{be(*when)}</p><p>{esc(text)}</p>'
        if nid in ATTACH:
            body += "<p><b>ไฟล์แนบ</b></p><ul>" + "".join(
                f'<li><a href="{dl(k)}">{esc(DOCS[k][1])}</a> ({size(k)})</li>' for k in ATTACH[nid]) + "</ul>"
        write(art(nid), title, body)
    for page, chunk in ((0, NEWS[:10]), (10, NEWS[10:])):
        items = "\n".join(f'<li><a href="{art(n)}">{esc(t)}</a> <span>{be(*w)}</span></li>' for n, w, t, _ in chunk)
        pager = f'<p class="pagination"><a href="{cat(9)}">1</a> <a href="{cat(9, "&amp;limitstart=10")}">2</a></p>'
        write(cat(9, "&amp;limitstart=10" if page else ""), "ข่าวประชาสัมพันธ์", f"<ul class='news'>{items}</ul>{pager}")


# ---------------------------------------------------------------- downloads (DOCman-like, year selector)

DM = {  # gid: (name, [(key, link text, upload date, year shown under)])
    1: ("แผนงาน/ยุทธศาสตร์", [
        ("action-r11", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569", (2025, 10, 24), 2569),
        ("print-plan", "ประกาศผู้ชนะการเสนอราคา จ้างจัดพิมพ์แผนปฏิบัติราชการ 2569", (2025, 11, 3), 2569),
        ("anti-plan-69", "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2569", (2025, 10, 15), 2569),
        ("anti-plan-draft", "(ร่าง) แผนปฏิบัติการป้องกันการทุจริต 2569", (2025, 9, 26), 2568),
        ("strat-eval", "รายงานผลการติดตามและประเมินผลแผนยุทธศาสตร์ สทภ.12", (2024, 12, 20), 2568),
        ("action-68", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568", (2024, 10, 15), 2568),
        ("strat-63-67", "แผนยุทธศาสตร์ สทภ.12", (2019, 9, 25), 2567)]),
    2: ("รายงานผลการดำเนินงาน", [
        ("annual-68", "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2568", (2025, 11, 4), 2569),
        ("proc-annual", "รายงานผลการจัดซื้อจัดจ้างประจำปี 2568", (2025, 10, 24), 2569),
        ("anti-report-68", "รายงานผลการดำเนินการตามแผนป้องกันการทุจริต ปี 2568", (2025, 10, 21), 2569),
        ("integrity-report-68", "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมฯ ปี 2568", (2025, 10, 28), 2569)]),
    3: ("คู่มือ", [
        ("service-manual", "คู่มือสำหรับประชาชน งานขอรับการสนับสนุนรถบรรทุกน้ำ", (2024, 6, 3), 2569),
        ("sop", "คู่มือการปฏิบัติงาน งานสำรวจแหล่งน้ำ", (2024, 3, 12), 2569),
        ("complaint-guide", "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", (2024, 1, 15), 2569)]),
    4: ("บริหารงานบุคคล", [
        ("hr-plan-69", "แผนการบริหารและพัฒนาทรัพยากรบุคคล ปี 2569", (2025, 10, 20), 2569),
        ("hr-report-67", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี", (2025, 10, 20), 2569),
        ("hr-criteria", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล (กรมทรัพยากรน้ำ)", (2023, 2, 10), 2569),
        ("ethics-code", "ประมวลจริยธรรมข้าราชการพลเรือนและข้อกำหนดจริยธรรม", (2023, 5, 2), 2569)]),
    5: ("คุณธรรมและความโปร่งใส", [
        ("nogift-67", "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)", (2025, 7, 2), 2569),
        ("gift-report-68", "รายงานผลการรับของขวัญ ปี 2568", (2025, 10, 9), 2569),
        ("risk-68", "การประเมินความเสี่ยงการทุจริต ปี 2569", (2025, 11, 12), 2569),
        ("risk-mgmt-68", "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต", (2025, 11, 12), 2569),
        ("complaint-stat-68h1", "สถิติเรื่องร้องเรียนการทุจริต รอบ 6 เดือน", (2025, 7, 2), 2569),
        ("eserv-stat", "สถิติการให้บริการประชาชน ปีงบประมาณ 2569", (2026, 4, 3), 2569)]),
}


def downloads() -> None:
    side = "".join(f'<li><a href="{dm(g)}">{esc(n)}</a></li>' for g, (n, _) in DM.items())
    for gid, (name, entries) in DM.items():
        years = sorted({e[3] for e in entries}, reverse=True)
        for y in years if gid == 1 else [None]:
            shown = [e for e in entries if y is None or e[3] == y]
            selector = ""
            if gid == 1:
                selector = "<form class='yearsel'>เลือกปี: " + " ".join(
                    f'<a href="{dm(1) if yy == years[0] else dm(1, yy)}">{yy}</a>' for yy in years) + "</form>"
            body = (f"<ul class='cats'>{side}</ul>{selector}"
                    + rows([(k, t, w) for k, t, w, _ in shown]))
            write(dm(gid) if y in (None, years[0]) else dm(gid, y), f"ดาวน์โหลดเอกสาร: {name}" + (f" ปี {y}" if y else ""), body)


# ---------------------------------------------------------------- ITA 2569: one page per group

GROUPS = [  # article id, sub-indicator, rows (code, own wording, [(link text, url)] or a note)
    (81, "9.1 ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้างและอำนาจหน้าที่", [("แผนภูมิโครงสร้าง", art(3)), ("อำนาจหน้าที่", art(2))]),
        ("o2", "ข้อมูลผู้บริหาร", [("ผู้บริหาร", art(4))]),
        ("o3", "ข้อมูลการติดต่อ / ถาม-ตอบ", [("ติดต่อเรา", art(5)), ("กระดานถาม-ตอบ", "/webboard/")]),
        ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", cat(9))])]),
    (82, "9.2 การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ สทภ.12", dl("strat-63-67"))]),
        ("o6", "แผนปฏิบัติราชการประจำปี", [("แผนปฏิบัติราชการ ปี 2569", art(13))]),
        ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานประจำปี (อ่านออนไลน์)", art(11))]),
        ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือ SOP", dl("sop"))]),
        ("o9", "คู่มือประชาชน", [("คู่มือสำหรับประชาชน", dl("service-manual"))]),
        ("o10", "E-Service", [("ระบบบริการออนไลน์", art(6))])]),
    (83, "9.3 การจัดซื้อจัดจ้าง", [
        ("o11", "สขร.1 รายเดือน", [("สรุปผลการจัดซื้อจัดจ้างรายเดือน", art(9))]),
        ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานประจำปี 2568", dl("proc-annual"))])]),
    (84, "9.4 - 9.5 บุคลากรและความโปร่งใส", [
        ("o13", "หลักเกณฑ์/แผน HR", [("หลักเกณฑ์", dl("hr-criteria")), ("แผน HR 2569", dl("hr-plan-69"))]),
        ("o14", "รายงานผล HR", [("หมวดบริหารงานบุคคล", dm(4))]),
        ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", dl("ethics-code")), ("กิจกรรมขับเคลื่อน", art(121))]),
        ("o16", "แนวปฏิบัติเรื่องร้องเรียน", [("คู่มือร้องเรียน", dl("complaint-guide"))]),
        ("o17", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเบาะแส", art(7))]),
        ("o18", "สถิติเรื่องร้องเรียน", [("สถิติ", dl("complaint-stat-68h1"))]),
        ("o19", "การมีส่วนร่วม", [("ประชุมรับฟังความคิดเห็น", art(126))])]),
    (85, "10 การป้องกันการทุจริต", [
        ("o20", "No Gift Policy", [("ประกาศ", dl("nogift-67")), ("รายงานการรับของขวัญ", dl("gift-report-68"))]),
        ("o21", "ประเมินความเสี่ยงการทุจริต ปี 2569", [("ดาวน์โหลด", dl("risk-68"))]),
        ("o22", "ผลการจัดการความเสี่ยง", [("ดาวน์โหลด", dl("risk-mgmt-68"))]),
        ("o23", "แผนป้องกันการทุจริต", [("แผน 2569", dl("anti-plan-69"))]),
        ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงาน", dl("anti-report-68"))]),
        ("o25", "การนำผล ITA ไปพัฒนา", "อยู่ระหว่างดำเนินการ"),
        ("o26", "ผลตามมาตรการส่งเสริมคุณธรรม", [("รายงาน", dl("integrity-report-68"))])]),
]


def ita() -> None:
    links = "".join(f'<li><a href="{art(n)}">ตัวชี้วัดที่ {esc(g)}</a></li>' for n, g, _ in GROUPS)
    write(art(8), "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปี ๒๕๖๙",
          f"<p>แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ ๒๕๖๙</p><ol>{links}</ol>"
          '<p><a href="/old/ita2568/">ITA ปี ๒๕๖๘ (เว็บไซต์เดิม)</a></p>')
    for n, g, items in GROUPS:
        trs = []
        for code, text, target in items:
            cell = esc(target) if isinstance(target, str) else "<br>".join(f'<a href="{u}">{esc(t)}</a>' for t, u in target)
            trs.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cell}</td></tr>")
        body = ("<table border='1'><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>" + "".join(trs) + "</table>"
                + f'<p>ปรับปรุงล่าสุด ๒๐ เม.ย. ๒๕๖๙ · <a href="{art(8)}">กลับหน้า ITA</a></p>')
        write(art(n), f"ITA ๒๕๖๙ ตัวชี้วัดที่ {g}".translate(THAI), body.replace("2569", "๒๕๖๙"))


def assets() -> None:
    """The template's stylesheet and small placeholder pictures (logo, chart, portraits, banner)."""
    from PIL import Image

    css = os.path.join(HERE, "templates/dwr_blue/css/template.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#header{background:#0b4f8a;color:#fff;padding:8px}"
                 "#mainmenu li{display:inline;margin:0 6px}#left{float:left;width:210px}#content{margin-left:230px}"
                 "#footer{clear:both;background:#eee;font-size:12px;padding:8px}.warn{background:#fee;padding:4px}\n")
    for path, size, colour in (("templates/dwr_blue/images/logo_dwr.png", (70, 70), (11, 79, 138)),
                               ("images/banner_ita69.png", (300, 80), (20, 120, 60)),
                               ("images/stories/org_chart_2568.jpg", (600, 400), (230, 236, 245)),
                               ("images/stories/dir.jpg", (120, 150), (180, 180, 180)),
                               ("images/stories/hd1.jpg", (120, 150), (170, 170, 170)),
                               ("images/stories/hd2.jpg", (120, 150), (160, 160, 160))):
        target = os.path.join(HERE, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        Image.new("RGB", size, colour).save(target)


def main() -> None:
    for sub in ("index.php.q", "webboard", "old", "sitemap", "privacy", "templates", "images"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    assets()
    news()
    downloads()
    ita()
    write("/", "หน้าแรก", "<h3>ข่าวล่าสุด</h3><ul>" + "".join(
        f'<li><a href="{art(n)}">{esc(t)}</a> ({be(*w)})</li>' for n, w, t, _ in NEWS[:6]) + "</ul>"
        f'<p><a href="{art(8)}"><img src="/images/banner_ita69.png" alt="ITA 2569" width="300" height="80"></a></p>')
    write(art(2), "ประวัติและอำนาจหน้าที่",
          "<p>สำนักงานทรัพยากรน้ำภาค 12 เป็นหน่วยงานในสังกัดกรมทรัพยากรน้ำ ตามกฎกระทรวงแบ่งส่วนราชการกรมทรัพยากรน้ำ มีอำนาจหน้าที่ ดังนี้</p><ol>"
          "<li>ดำเนินการตามแผนแม่บทการบริหารจัดการทรัพยากรน้ำในพื้นที่ลุ่มน้ำที่รับผิดชอบ</li>"
          "<li>สำรวจ ศึกษา และจัดทำโครงการพัฒนา อนุรักษ์ ฟื้นฟูแหล่งน้ำ</li>"
          "<li>ส่งเสริมการมีส่วนร่วมขององค์กรผู้ใช้น้ำและคณะกรรมการลุ่มน้ำ</li>"
          "<li>ติดตามสถานการณ์น้ำ และให้ความช่วยเหลือด้านน้ำอุปโภคบริโภคในภาวะวิกฤต</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    write(art(3), "โครงสร้างสำนักงานทรัพยากรน้ำภาค 12",
          '<p><img src="/images/stories/org_chart_2568.jpg" alt="แผนภูมิโครงสร้าง" width="600" height="400"></p>'
          "<ul><li>ผู้อำนวยการสำนักงานทรัพยากรน้ำภาค 12<ul><li>ฝ่ายบริหารทั่วไป</li><li>ส่วนอุทกวิทยาและบริหารน้ำ</li>"
          "<li>ส่วนพัฒนาแหล่งน้ำ</li><li>ส่วนส่งเสริมการมีส่วนร่วมและบริหารจัดการลุ่มน้ำ</li>"
          "<li>หน่วยปฏิบัติการ จังหวัดนครพนม สกลนคร มุกดาหาร</li></ul></li></ul>")
    write(art(4), "ผู้บริหาร",
          "<table><tr><td><img src=\"/images/stories/dir.jpg\" alt=\"ผู้อำนวยการ\" width=\"120\" height=\"150\"></td>"
          "<td>นายวรพจน์ ศรีสุทธิ์วงศ์<br>ผู้อำนวยการสำนักงานทรัพยากรน้ำภาค 12<br>โทร. 0 4251 2270 ต่อ 101</td></tr>"
          "<tr><td><img src=\"/images/stories/hd1.jpg\" alt=\"หัวหน้าส่วน\" width=\"120\" height=\"150\"></td>"
          "<td>นางสาวอรอุมา แก้วมณีวงศ์<br>หัวหน้าส่วนพัฒนาแหล่งน้ำ<br>โทร. 0 4251 2270 ต่อ 121</td></tr>"
          "<tr><td><img src=\"/images/stories/hd2.jpg\" alt=\"หัวหน้าส่วน\" width=\"120\" height=\"150\"></td>"
          "<td>นายธนพล พรหมสุวรรณ<br>หัวหน้าส่วนอุทกวิทยาและบริหารน้ำ<br>โทร. 0 4251 2270 ต่อ 131</td></tr></table>")
    write(art(5), "ติดต่อเรา",
          "<p>88 หมู่ 7 ถนนนครพนม-ท่าอุเทน ตำบลนาราชควาย อำเภอเมืองนครพนม จังหวัดนครพนม 48000</p>"
          "<p>โทรศัพท์ 0 4251 2270 โทรสาร 0 4251 2271 อีเมล rwro12@dwr-example.go.th</p>"
          '<p><a href="https://maps.google.com/?q=17.43,104.77">แผนที่ Google Maps</a> · เวลาทำการ จันทร์-ศุกร์ 08.30-16.30 น.</p>'
          '<p>สอบถามข้อมูลได้ที่ <a href="/webboard/">กระดานถาม-ตอบ</a></p>')
    write(art(6), "E-Service ระบบบริการออนไลน์",
          "<p>ยื่นคำขอรับการสนับสนุนรถบรรทุกน้ำ และขอข้อมูลแหล่งน้ำ ทางออนไลน์</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSexample12/formResponse" method="post">'
          "<label>ชื่อหน่วยงาน/ผู้ขอ <input name=\"entry.1\"></label><br><label>เรื่องที่ขอ <select name=\"entry.2\">"
          "<option>ขอรับการสนับสนุนรถบรรทุกน้ำ</option><option>ขอข้อมูลแหล่งน้ำ</option></select></label><br>"
          "<label>รายละเอียด <textarea name=\"entry.3\"></textarea></label><br><button>ส่งคำขอ</button></form>"
          f'<p><a href="{dl("eserv-stat")}">สถิติการให้บริการประชาชน ปีงบประมาณ 2569 (xlsx)</a></p>')
    write(art(7), "แจ้งเบาะแสการทุจริตและประพฤติมิชอบ",
          '<form action="/complaint_send.php" method="post"><label>ชื่อผู้แจ้ง (ไม่ระบุได้) <input name="name"></label><br>'
          '<label>เรื่องที่แจ้ง <textarea name="detail"></textarea></label><br><label>หลักฐาน <input type="file" name="att"></label><br>'
          "<button>ส่งเรื่อง</button></form><p>หรือโทร 0 4251 2270 ต่อ 105 · ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
          '<p><a href="https://www.nacc.go.th/">ร้องเรียน ป.ป.ช.</a> · <a href="https://www.pacc.go.th/">ร้องเรียน ป.ป.ท.</a></p>')
    proc = [("skr-2569-03", "สขร.1 ประจำเดือนมีนาคม 2569", (2026, 4, 7)),
            ("skr-2569-02", "สขร.1 ประจำเดือนกุมภาพันธ์ 2569", (2026, 3, 6)),
            ("skr-2568-12", "สขร.1 ประจำเดือนธันวาคม 2568", (2026, 1, 9)),
            ("skr-2568-11", "สขร.1 ประจำเดือนพฤศจิกายน 2568", (2025, 12, 5)),
            ("skr-2568-10", "สขร.1 ประจำเดือนตุลาคม 2568", (2025, 11, 7)),
            ("skr-2568-09", "สขร.1 ประจำเดือนกันยายน 2568", (2025, 10, 8))]
    write(art(9), "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", rows(proc))
    write(art(11), "รายงานผลการดำเนินงานประจำปี",
          '<iframe src="https://drive.google.com/file/d/1Xq7example-rwro12-ar68/preview" width="640" height="480"></iframe>'
          f'<p>หากไม่สามารถแสดงผลได้ <a href="{dl("annual-68")}">ดาวน์โหลดไฟล์ PDF</a> ({size("annual-68")})</p>')
    write(art(13), "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569",
          "<p>แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569 อยู่ระหว่างการขออนุมัติจากกรมทรัพยากรน้ำ จะเผยแพร่เมื่อได้รับอนุมัติ</p>"
          f'<p>ระหว่างนี้ดูแผนฉบับปีที่ผ่านมาได้ที่ <a href="{dl("action-68")}">แผนปฏิบัติราชการ (ฉบับล่าสุด)</a></p>')
    write("/webboard/", "กระดานถาม-ตอบ",
          '<table><tr><th>กระทู้</th><th>ตอบ</th></tr><tr><td><a href="/webboard/viewtopic.php?t=31">'
          "ขอรถบรรทุกน้ำต้องทำอย่างไร</a></td><td>1</td></tr><tr><td><a href=\"/webboard/viewtopic.php?t=29\">"
          "ขอข้อมูลระดับน้ำหนองหาร</a></td><td>1</td></tr></table>"
          '<form action="/webboard/post.php" method="post"><input name="subject"><textarea name="msg"></textarea><button>ตั้งกระทู้</button></form>')
    write("/webboard/viewtopic.php?t=31", "ขอรถบรรทุกน้ำต้องทำอย่างไร",
          "<p>ถาม (12 มี.ค. 2569): หมู่บ้านขาดน้ำ ขอรถบรรทุกน้ำได้อย่างไร</p><p>ตอบโดยเจ้าหน้าที่ (13 มี.ค. 2569): "
          "ให้ อบต. ทำหนังสือถึง สทภ.12 หรือยื่นผ่านเมนู E-Service</p>")
    write("/webboard/viewtopic.php?t=29", "ขอข้อมูลระดับน้ำหนองหาร",
          "<p>ถาม (4 ก.พ. 2569): ขอข้อมูลระดับน้ำย้อนหลัง 3 ปี</p><p>ตอบโดยเจ้าหน้าที่ (6 ก.พ. 2569): ส่งข้อมูลทางอีเมลแล้ว</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    write("/privacy/", "นโยบายเว็บไซต์", "<p>สำนักงานฯ เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    # the old site, before the CMS move (June 2568)
    write("/old/", "เว็บไซต์เดิม", '<ul><li><a href="/old/ita2568/">ITA 2568</a></li></ul>', old=True)
    write("/old/ita2568/", "ITA 2568 แบบ OIT",
          "<table border='1'><tr><td>o11</td><td>แผนปฏิบัติราชการประจำปี 2568</td>"
          f'<td><a href="{dl("action-68")}">ดาวน์โหลด</a></td></tr>'
          f'<tr><td>o13</td><td>แผนยุทธศาสตร์</td><td><a href="{dl("strat-63-67")}">ดาวน์โหลด</a></td></tr>'
          '<tr><td>o20</td><td>คู่มือการปฏิบัติงาน</td><td><a href="/old/images/stories/ita2568/o20.pdf">ดาวน์โหลด</a></td></tr>'
          f'<tr><td>o33</td><td>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</td><td><a href="{dl("ita-analysis-67")}">ดาวน์โหลด</a></td></tr>'
          f'<tr><td>-</td><td>สรุปการเผยแพร่ข้อมูล OIT ปี 2568</td><td><a href="{dl("ita-old-68")}">xls</a></td></tr></table>', old=True)
    n = sum(1 for _ in __import__("pathlib").Path(HERE).rglob("index.html"))
    print(n, "pages")


if __name__ == "__main__":
    main()
