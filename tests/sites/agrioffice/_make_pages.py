"""Generate the HTML pages of the "agrioffice" test site (สำนักงานเกษตรจังหวัดศรีวารินทร์, invented).

Run:  python tests/sites/agrioffice/_make_pages.py   (after _make_docs.py: sizes are read from its files)

An old table-layout site: a banner bar, the menu as a left column of links, a right column (the
chief's name, hotline, banners, a visitor counter) and a footer, repeated on every page.  News is a
table of dated rows (/news/, /news/page/2/), each post at /news/<id>/.  Downloads are long tables of
terse file names (/download/, /download/doae/ for the department's documents, /procure/ for
procurement).  The ITA page /ita/2569/ is a table of items with the links in a column; last year's
/ita/2568/ is still online.  Pages are folder/index.html; no dates are taken from the clock.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS  # noqa: E402

ORG = "สำนักงานเกษตรจังหวัดศรีวารินทร์"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
GONE = {"/files/2567/volunteer-recruit66.pdf"}  # a news attachment that was never kept (404)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


MENU = [
    ("หน้าหลัก", "/"), ("ประวัติสำนักงาน", "/about/history/"), ("วิสัยทัศน์ พันธกิจ", "/about/vision/"),
    ("โครงสร้างองค์กร", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/"), ("ทำเนียบผู้บริหาร", "/about/executives/"),
    ("ข่าวประชาสัมพันธ์", "/news/"), ("จัดซื้อจัดจ้าง", "/procure/"), ("ดาวน์โหลดเอกสาร", "/download/"),
    ("เอกสารกรมส่งเสริมการเกษตร", "/download/doae/"), ("คู่มือบริการประชาชน", "/service/"), ("E-Service", "/eservice/"),
    ("จริยธรรม", "/ethics/"), ("ร้องเรียนการทุจริต", "/complaint/"), ("ITA 2569", "/ita/2569/"), ("ITA 2568", "/ita/2568/"),
    ("กระดานถาม-ตอบ", "/webboard/"), ("ลิงก์หน่วยงาน", "/links/"), ("แผนผังเว็บไซต์", "/sitemap/"), ("ติดต่อเรา", "/contact/"),
]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<tr><td class="m">&raquo; <a href="{u}">{esc(t)}</a></td></tr>' for t, u in MENU)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="th"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} :: {ORG}</title>
<link rel="stylesheet" type="text/css" href="/css/style.css"></head>
<body bgcolor="#eef5e4">
<table width="980" align="center" cellpadding="0" cellspacing="0" class="frame">
<tr><td colspan="3" class="banner"><b>{ORG}</b><br>Sriwarin Provincial Agricultural Extension Office<br>
<small>กรมส่งเสริมการเกษตร กระทรวงเกษตรและสหกรณ์</small></td></tr>
<tr><td colspan="3" class="topbar">ศาลากลางจังหวัดศรีวารินทร์ ชั้น 2 &nbsp;|&nbsp; โทร 0 4451 3360 &nbsp;|&nbsp; โทรสาร 0 4451 3361</td></tr>
<tr>
<td width="190" valign="top" class="left"><table width="100%" cellspacing="0">
<tr><td class="mh">เมนูหลัก</td></tr>
{menu}
</table></td>
<td width="600" valign="top" class="main">
<h2>{esc(title)}</h2>
{body}
</td>
<td width="190" valign="top" class="right">
<div class="box"><img src="/images/nophoto.gif" width="60" height="75" alt=""><br><b>นายสมพงษ์ ทองประเสริฐ</b><br>เกษตรจังหวัดศรีวารินทร์</div>
<div class="box"><b>ลิงก์ที่น่าสนใจ</b><br><a href="https://www.doae.go.th/">กรมส่งเสริมการเกษตร</a><br>
<a href="https://farmer.doae.go.th/">ระบบทะเบียนเกษตรกร</a><br><a href="http://www.gprocurement.go.th/">ระบบ e-GP</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a><br><a href="/ita/2569/">ITA ประจำปี 2569</a></div>
<div class="box">สถิติผู้เข้าชม<br><b>0 2 4 7 1 9 3</b></div>
</td></tr>
<tr><td colspan="3" class="footer">{ORG} ศาลากลางจังหวัดศรีวารินทร์ ถนนศรีวารินทร์-ดงเย็น ตำบลในเมือง อำเภอเมืองศรีวารินทร์
จังหวัดศรีวารินทร์ 34990<br>โทรศัพท์ 0 4451 3360 โทรสาร 0 4451 3361 E-mail: sriwarin@doae.go.th &nbsp;
Copyright &copy; 2555 All rights reserved. ปรับปรุงล่าสุด 10 เม.ย. 2569</td></tr>
</table>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(layout(title, body))


def a(key: str) -> str:
    rel, text, *_ = DOCS[key]
    return f'<a href="{rel}" target="_blank">{esc(text)}</a>'


def size(key: str) -> str:
    rel = DOCS[key][0]
    p = os.path.join(HERE, rel.lstrip("/"))
    return f"{os.path.getsize(p) / 1024:.0f} KB" if os.path.exists(p) else "312 KB"


def files_table(keys: list[str]) -> str:
    rows = [f'<tr><td align="center">{i}</td><td><img src="/images/pdf.gif" width="16" height="16" alt=""> {a(k)}</td>'
            f'<td>{be(DOCS[k][3])}</td><td align="right">{size(k)}</td></tr>' for i, k in enumerate(keys, 1)]
    return ('<table class="list" width="100%" border="1" cellspacing="0" cellpadding="3">'
            '<tr bgcolor="#cfe3b5"><th>ที่</th><th>ชื่อไฟล์</th><th>วันที่</th><th>ขนาด</th></tr>\n' + "\n".join(rows) + "</table>")


# ------------------------------------------------------------------ news
# id: (date (y, m, d BE), title, body paragraphs, attachment keys or paths)
NEWS = {
    241: ((2569, 4, 10), "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนมีนาคม 2569", ["เผยแพร่ตามมาตรา 9 (8) แห่ง พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. 2540"], ["sko256903"]),
    240: ((2569, 4, 3), "รายงานสถิติเรื่องร้องเรียน ไตรมาส 2/2569", ["ในไตรมาส 2 ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"], ["compstat"]),
    239: ((2569, 3, 20), "ประชุมคณะกรรมการบริหารงานเกษตรระดับจังหวัด ครั้งที่ 2/2569",
          ["นายสมพงษ์ ทองประเสริฐ เกษตรจังหวัดศรีวารินทร์ เป็นประธานการประชุมคณะกรรมการบริหารงานเกษตรระดับจังหวัด ณ ห้องประชุมสำนักงาน "
           "เพื่อติดตามผลการดำเนินงานโครงการส่งเสริมการผลิตข้าวคุณภาพดี"], []),
    238: ((2569, 3, 9), "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนกุมภาพันธ์ 2569", ["เผยแพร่เพื่อทราบโดยทั่วกัน"], ["sko256902"]),
    237: ((2569, 2, 26), "อบรมเชิงปฏิบัติการ เสริมสร้างคุณธรรม จริยธรรม และการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2569",
          ["วันที่ 25 กุมภาพันธ์ 2569 สำนักงานเกษตรจังหวัดศรีวารินทร์ จัดอบรมเสริมสร้างคุณธรรม จริยธรรม ตามประมวลจริยธรรมข้าราชการพลเรือน "
           "ให้แก่ข้าราชการ พนักงานราชการ และลูกจ้าง จำนวน 52 คน พร้อมประกาศ Do's & Don'ts ของสำนักงาน",
           "กิจกรรมประกอบด้วยการบรรยายเรื่องการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา และกรณีศึกษาผลประโยชน์ทับซ้อน"], []),
    236: ((2569, 2, 10), "ขอเชิญเกษตรกรขึ้นทะเบียนและปรับปรุงทะเบียนเกษตรกร ปี 2569",
          ["เกษตรกรสามารถติดต่อสำนักงานเกษตรอำเภอทุกแห่ง หรือปรับปรุงข้อมูลผ่านแอปพลิเคชัน Farmbook"], ["service"]),
    235: ((2569, 1, 23), "เวทีรับฟังความคิดเห็นเกษตรกร เพื่อจัดทำโครงการส่งเสริมการเกษตร ปีงบประมาณ 2570",
          ["วันที่ 22 มกราคม 2569 สำนักงานเกษตรจังหวัดศรีวารินทร์ เปิดเวทีรับฟังความคิดเห็นของเกษตรกร ผู้นำชุมชน ตัวแทนแปลงใหญ่ "
           "และ อกม. รวม 86 คน ณ ศูนย์เรียนรู้การเพิ่มประสิทธิภาพการผลิตสินค้าเกษตร อำเภอดงเย็น",
           "ที่ประชุมเสนอให้เพิ่มกิจกรรมการจัดการน้ำในแปลงนาและตลาดสินค้าเกษตรปลอดภัย ซึ่งสำนักงานจะนำไปบรรจุในโครงการปี 2570 "
           "และรายงานผลให้ผู้เข้าร่วมทราบทางเว็บไซต์นี้"], []),
    234: ((2569, 1, 8), "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนธันวาคม 2568", ["เผยแพร่เพื่อทราบโดยทั่วกัน"], ["sko256812"]),
    233: ((2568, 12, 24), "เผยแพร่ผลการวิเคราะห์ ITA ปี 2568 และมาตรการส่งเสริมคุณธรรม ปี 2569", ["รายละเอียดตามไฟล์แนบ"], ["ita68"]),
    232: ((2568, 12, 11), "ประชุมเชิงปฏิบัติการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ 2569",
          ["คณะทำงานประชุมประเมินความเสี่ยงการทุจริตตามภารกิจของสำนักงาน เมื่อวันที่ 10 ธันวาคม 2568"], ["riskinv"]),
    231: ((2568, 12, 3), "ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์เอกสารแผนปฏิบัติราชการ ประจำปีงบประมาณ 2569", ["โดยวิธีเฉพาะเจาะจง"], ["printplan"]),
    230: ((2568, 11, 20), "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2569", ["รายละเอียดตามไฟล์แนบ"], ["pplan69"]),
    229: ((2568, 11, 12), "ประกาศใช้แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569", ["สำนักงานได้ประกาศใช้แผนปฏิบัติราชการประจำปี 2569 แล้ว"], ["op69", "budget69"]),
    228: ((2568, 10, 6), "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปี 2569",
          ["เกษตรจังหวัดศรีวารินทร์ ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่"], ["nogift"]),
    227: ((2568, 10, 2), "พิธีเปิดโครงการวันถ่ายทอดเทคโนโลยีเพื่อเริ่มต้นฤดูกาลผลิตใหม่ ปี 2569",
          ["ณ ศพก. อำเภอเมืองศรีวารินทร์ มีเกษตรกรเข้าร่วมงานกว่า 300 ราย"], []),
    # FY2568
    219: ((2568, 9, 18), "ติดตามสถานการณ์ศัตรูพืชในนาข้าว", ["กลุ่มอารักขาพืชลงพื้นที่สำรวจการระบาดของเพลี้ยกระโดดสีน้ำตาล"], []),
    218: ((2568, 7, 15), "ประชุมประชาคมหมู่บ้านร่วมกับเกษตรอำเภอ ปี 2568", ["จัดเวทีร่วมกับผู้นำชุมชน 4 อำเภอ ผู้เข้าร่วม 120 คน"], []),
    217: ((2568, 4, 25), "รายงานผลการดำเนินงาน รอบ 6 เดือน ปีงบประมาณ 2568", ["เผยแพร่ตามไฟล์แนบ"], ["six68"]),
    216: ((2568, 2, 20), "อบรมคุณธรรมจริยธรรม ประจำปี 2568", ["จัดอบรมบุคลากรจำนวน 48 คน"], []),
    215: ((2567, 11, 8), "ประกาศใช้แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568", ["รายละเอียดตามไฟล์แนบ"], ["op68"]),
    214: ((2567, 10, 10), "ขอเชิญสมัครอาสาสมัครเกษตรหมู่บ้าน", ["รายละเอียดตามไฟล์แนบ"], ["/files/2567/volunteer-recruit66.pdf"]),
}


def bdate(t) -> str:
    y, m, d = t
    return f"{d} {MONTHS[m - 1]} {y}"


def attach(items: list[str]) -> str:
    out = []
    for it in items:
        if it.startswith("/"):
            out.append(f'<li><a href="{it}">ดาวน์โหลดเอกสาร.pdf</a></li>')
        else:
            out.append(f"<li>{a(it)}</li>")
    return f'<p><b>เอกสารแนบ</b></p><ul>{"".join(out)}</ul>' if out else ""


def news_pages() -> None:
    ids = sorted(NEWS, reverse=True)
    for nid in ids:
        date, title, paras, files = NEWS[nid]
        body = (f'<p class="date">ประกาศเมื่อ {bdate(date)} &nbsp; โดย กลุ่มยุทธศาสตร์และสารสนเทศ</p>'
                + "".join(f"<p>{esc(p)}</p>" for p in paras) + attach(files) + '<p><a href="/news/">&laquo; กลับหน้าข่าว</a></p>')
        write(f"/news/{nid}/", title, body)

    def rows(sel: list[int]) -> str:
        return ('<table class="list" width="100%" border="1" cellspacing="0" cellpadding="3">'
                '<tr bgcolor="#cfe3b5"><th width="90">วันที่</th><th>หัวข้อข่าว</th></tr>\n'
                + "\n".join(f'<tr><td>{bdate(NEWS[i][0])}</td><td><a href="/news/{i}/">{esc(NEWS[i][1])}</a></td></tr>' for i in sel)
                + "</table>")
    write("/news/", "ข่าวประชาสัมพันธ์", rows(ids[:15]) + '<p>หน้า 1 <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", rows(ids[15:]) + '<p><a href="/news/">1</a> หน้า 2</p>')


# ------------------------------------------------------------------ downloads
SECTIONS = [("plan", "แผนงาน / แผนปฏิบัติราชการ"), ("report", "รายงานผลการดำเนินงาน"), ("manual", "คู่มือ"),
            ("hr", "การบริหารงานบุคคล"), ("ethics", "จริยธรรม"), ("integrity", "คุณธรรมและความโปร่งใส")]


def download_pages() -> None:
    body = ["<p>ดาวน์โหลดเอกสารของสำนักงาน (คลิกที่ชื่อไฟล์เพื่อเปิด)</p>"]
    for sec, label in SECTIONS:
        keys = sorted((k for k, v in DOCS.items() if v[2] == sec), key=lambda k: DOCS[k][3], reverse=True)
        if sec == "hr":
            keys = [k for k in keys if not DOCS[k][0].startswith("/files/doae/")]
        if sec == "integrity":
            keys = [k for k in keys if k not in ("riskinv",)]
        body.append(f"<h3>{esc(label)}</h3>" + files_table(keys))
    write("/download/", "ดาวน์โหลดเอกสาร", "\n".join(body))
    doae = sorted((k for k, v in DOCS.items() if v[0].startswith("/files/doae/")), key=lambda k: DOCS[k][3], reverse=True)
    write("/download/doae/", "เอกสารกรมส่งเสริมการเกษตร",
          "<p>เอกสารเผยแพร่ของกรมส่งเสริมการเกษตร (ต้นสังกัด)</p>" + files_table(doae)
          + '<p>ดูเพิ่มเติมที่ <a href="https://www.doae.go.th/">เว็บไซต์กรมส่งเสริมการเกษตร</a></p>')
    sko = sorted((k for k in DOCS if k.startswith("sko")), key=lambda k: DOCS[k][3], reverse=True)
    other = ["pplan69", "printplan", "proc67"]
    write("/procure/", "ข่าวจัดซื้อจัดจ้าง",
          "<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</h3>" + files_table(sko)
          + "<h3>ประกาศ / แผน / รายงานจัดซื้อจัดจ้าง</h3>" + files_table(other)
          + '<p>ประกาศประกวดราคาดูได้ที่ <a href="http://www.gprocurement.go.th/">ระบบ e-GP กรมบัญชีกลาง</a></p>')


# ------------------------------------------------------------------ ITA
ITA69 = [
    ("O1", "โครงสร้างหน่วยงาน และอำนาจหน้าที่", ['<a href="/about/structure/">โครงสร้าง</a>', '<a href="/about/authority/">อำนาจหน้าที่</a>']),
    ("O2", "ผู้บริหารสำนักงาน", ['<a href="/about/executives/">ทำเนียบผู้บริหาร</a>']),
    ("O3", "ติดต่อสำนักงาน / ถาม-ตอบ", ['<a href="/contact/">ติดต่อเรา</a>', '<a href="/webboard/">กระดานถาม-ตอบ</a>']),
    ("O4", "ข่าวประชาสัมพันธ์", ['<a href="/news/">คลิก</a>']),
    ("O5", "แผนพัฒนาการเกษตรจังหวัด", ["plan6670"]),
    ("O6", "แผนปฏิบัติราชการและแผนการใช้จ่ายงบประมาณ ปี 2569", ["op69", "budget69"]),
    ("O7", "รายงานผลการปฏิบัติงาน", ["six68", "ann67"]),
    ("O8", "คู่มือการปฏิบัติงาน", ["manual"]),
    ("O9", "คู่มือบริการประชาชน", ['<a href="/service/">คลิก</a>']),
    ("O10", "E-Service", ['<a href="/eservice/">คลิก</a>']),
    ("O11", "สรุปผลจัดซื้อจัดจ้างรายเดือน", ['<a href="/procure/">คลิก</a>']),
    ("O12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", ["proc67"]),
    ("O13", "หลักเกณฑ์และแผนพัฒนาบุคลากร", ["hrcrit", "hrplan67"]),
    ("O14", "รายงานผลการพัฒนาบุคลากร", ["hrrep68"]),
    ("O15", "ประมวลจริยธรรม", ['<a href="/ethics/">คลิก</a>']),
    ("O16", "แนวปฏิบัติการจัดการเรื่องร้องเรียน", ["complguide"]),
    ("O17", "ช่องทางร้องเรียนการทุจริต", ['<a href="/complaint/">คลิก</a>']),
    ("O18", "สถิติเรื่องร้องเรียน", ["compstat"]),
    ("O19", "การมีส่วนร่วม", ['<a href="/news/">ข่าวกิจกรรม</a>']),
    ("O20", "No Gift Policy", ["nogift", "gift68"]),
    ("O21", "การประเมินความเสี่ยงการทุจริต", ["risk69"]),
    ("O22", "ผลการบริหารจัดการความเสี่ยง", []),
    ("O23", "แผนป้องกันการทุจริต", ["acdraft"]),
    ("O24", "รายงานผลการป้องกันการทุจริต", ["acrep68"]),
    ("O25", "การนำผล ITA ไปพัฒนาองค์กร", ["ita68"]),
    ("O26", "รายงานมาตรการส่งเสริมคุณธรรม", ["integ67"]),
]
ITA68 = [
    ("o1", "โครงสร้าง", ['<a href="/about/structure/">คลิก</a>']),
    ("o10", "แผนปฏิบัติราชการประจำปี 2568", ["op68"]),
    ("o11", "รายงานผลการดำเนินงาน รอบ 6 เดือน", ["six68"]),
    ("o12", "รายงานประจำปี", ["ann67"]),
    ("o19", "รายงานผลจัดซื้อจัดจ้าง", ["proc67"]),
    ("o21", "แผนพัฒนาบุคลากร", ["hrplan67"]),
    ("o30", "ผลการบริหารจัดการความเสี่ยงการทุจริต ปี 2568 (เพิ่มเติม ต.ค. 68)", ["riskrep68"]),
    ("o33", "แผนป้องกันการทุจริต", ["acplan6164"]),
    ("o36", "มาตรการส่งเสริมคุณธรรม", ["integ67"]),
]


def ita_page(path: str, title: str, rows: list) -> None:
    out = []
    for code, label, links in rows:
        cells = "<br>".join(x if x.startswith("<") else a(x) for x in links) or "-"
        out.append(f"<tr><td align=\"center\">{code}</td><td>{esc(label)}</td><td>{cells}</td></tr>")
    write(path, title, '<table class="list" width="100%" border="1" cellspacing="0" cellpadding="3">'
          '<tr bgcolor="#cfe3b5"><th>ข้อ</th><th>รายการ</th><th>ลิงก์ข้อมูล</th></tr>\n' + "\n".join(out) + "</table>")


# ------------------------------------------------------------------ static pages
STRUCT = """<p>โครงสร้างสำนักงานเกษตรจังหวัดศรีวารินทร์ (ตามกฎกระทรวงแบ่งส่วนราชการกรมส่งเสริมการเกษตร)</p>
<table border="1" cellspacing="0" cellpadding="4" width="100%" class="chart">
<tr><td colspan="3" align="center"><b>เกษตรจังหวัดศรีวารินทร์</b></td></tr>
<tr><td>ฝ่ายบริหารทั่วไป</td><td>กลุ่มยุทธศาสตร์และสารสนเทศ</td><td>กลุ่มส่งเสริมและพัฒนาการผลิต</td></tr>
<tr><td>กลุ่มส่งเสริมและพัฒนาเกษตรกร</td><td>กลุ่มอารักขาพืช</td><td>สำนักงานเกษตรอำเภอ 9 อำเภอ</td></tr>
</table>"""
AUTH = """<p>อำนาจหน้าที่ของสำนักงานเกษตรจังหวัด</p><ol>
<li>จัดทำแผนพัฒนาการเกษตรระดับจังหวัดให้สอดคล้องกับนโยบายของกรมและจังหวัด</li>
<li>ส่งเสริมและพัฒนาการผลิตพืช การอารักขาพืช และการจัดการสินค้าเกษตร</li>
<li>พัฒนาเกษตรกร กลุ่มเกษตรกร และวิสาหกิจชุมชน</li>
<li>จัดทำและปรับปรุงทะเบียนเกษตรกร และระบบข้อมูลสารสนเทศด้านการเกษตร</li>
<li>กำกับ ติดตาม และประเมินผลการปฏิบัติงานของสำนักงานเกษตรอำเภอ</li>
<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>"""
EXECS = [("นายสมพงษ์ ทองประเสริฐ", "เกษตรจังหวัดศรีวารินทร์"), ("นางวิไลวรรณ ศรีสุข", "หัวหน้ากลุ่มยุทธศาสตร์และสารสนเทศ"),
         ("นายธีรวัฒน์ ใจมั่น", "หัวหน้ากลุ่มส่งเสริมและพัฒนาการผลิต"), ("นางสาวกาญจนา พรหมทอง", "หัวหน้ากลุ่มส่งเสริมและพัฒนาเกษตรกร"),
         ("นายประเสริฐ บุญมาก", "หัวหน้ากลุ่มอารักขาพืช"), ("นางรัชนี คำแสง", "หัวหน้าฝ่ายบริหารทั่วไป")]
WEBBOARD = {1: ("ขึ้นทะเบียนเกษตรกรรายใหม่ต้องใช้เอกสารอะไรบ้างครับ", "ชาวนาดงเย็น", "15 ม.ค. 2569",
                "ใช้บัตรประชาชนและเอกสารสิทธิ์ที่ดิน ติดต่อสำนักงานเกษตรอำเภอได้ทุกวันทำการค่ะ (แอดมิน 16 ม.ค. 2569)"),
            2: ("ขอคำแนะนำการป้องกันหนอนกระทู้ข้าวโพด", "เกษตรกรบ้านโนน", "3 ก.พ. 2569",
                "กลุ่มอารักขาพืชแนะนำให้ติดต่อศูนย์จัดการศัตรูพืชชุมชนใกล้บ้าน (แอดมิน 4 ก.พ. 2569)"),
            3: ("ปีนี้มีโครงการแปลงใหญ่รับสมัครเพิ่มไหม", "สมศรี", "2 มี.ค. 2569", "")}


def static_pages() -> None:
    latest = sorted(NEWS, reverse=True)[:8]
    write("/", "หน้าหลัก",
          '<p class="marquee">ยินดีต้อนรับสู่เว็บไซต์สำนักงานเกษตรจังหวัดศรีวารินทร์</p><h3>ข่าวล่าสุด</h3><table width="100%">'
          + "".join(f'<tr><td width="90">{bdate(NEWS[i][0])}</td><td><a href="/news/{i}/">{esc(NEWS[i][1])}</a>'
                    f'{" <font color=red>(NEW !!!)</font>" if n < 3 else ""}</td></tr>' for n, i in enumerate(latest))
          + '</table><p><a href="/news/">ข่าวทั้งหมด</a> | <a href="/ita/2569/">การประเมิน ITA 2569</a></p>')
    write("/about/history/", "ประวัติสำนักงาน", "<p>สำนักงานเกษตรจังหวัดศรีวารินทร์ จัดตั้งขึ้นเมื่อปี พ.ศ. 2520 สังกัดกรมส่งเสริมการเกษตร "
          "ปัจจุบันตั้งอยู่ที่ศาลากลางจังหวัดศรีวารินทร์ ชั้น 2 รับผิดชอบ 9 อำเภอ</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ", "<p><b>วิสัยทัศน์</b> องค์กรนำในการส่งเสริมการเกษตร เพื่อเกษตรกรมีความมั่นคงในอาชีพ</p>"
          "<p><b>พันธกิจ</b> 1. พัฒนาเกษตรกรสู่ Smart Farmer 2. ส่งเสริมการผลิตสินค้าเกษตรคุณภาพ 3. บริหารจัดการข้อมูลการเกษตร</p>")
    write("/about/structure/", "โครงสร้างองค์กร", STRUCT)
    write("/about/authority/", "อำนาจหน้าที่", AUTH)
    write("/about/executives/", "ทำเนียบผู้บริหาร", '<table width="100%">' + "".join(
        f'<tr><td width="80"><img src="/images/nophoto.gif" width="60" height="75" alt="{esc(n)}"></td><td><b>{esc(n)}</b><br>{esc(p)}'
        f'<br>โทร 0 4451 3360 ต่อ {10 + i}</td></tr>' for i, (n, p) in enumerate(EXECS)) + "</table>")
    write("/contact/", "ติดต่อเรา", f"<p>{ORG}<br>ศาลากลางจังหวัดศรีวารินทร์ ชั้น 2 ถนนศรีวารินทร์-ดงเย็น ตำบลในเมือง อำเภอเมืองศรีวารินทร์ "
          "จังหวัดศรีวารินทร์ 34990</p><p>โทรศัพท์ 0 4451 3360 โทรสาร 0 4451 3361<br>E-mail: sriwarin@doae.go.th</p>"
          '<p>เวลาทำการ วันจันทร์ – ศุกร์ 08.30 – 16.30 น.</p><p><a href="https://maps.google.com/?q=15.1201,104.3302">แผนที่ Google Maps</a></p>'
          '<p>สอบถามข้อมูลได้ที่ <a href="/webboard/">กระดานถาม-ตอบ</a></p>')
    write("/webboard/", "กระดานถาม-ตอบ", '<table class="list" width="100%" border="1" cellspacing="0" cellpadding="3">'
          '<tr bgcolor="#cfe3b5"><th>หัวข้อ</th><th>ผู้ตั้ง</th><th>วันที่</th><th>ตอบ</th></tr>'
          + "".join(f'<tr><td><a href="/webboard/topic/{i}/">{esc(t)}</a></td><td>{esc(w)}</td><td>{d}</td><td>{1 if r else 0}</td></tr>'
                    for i, (t, w, d, r) in WEBBOARD.items())
          + '</table><form action="/webboard/post.php" method="post"><p>ตั้งกระทู้ใหม่</p>หัวข้อ <input name="title"><br>'
          'ชื่อ <input name="name"><br><textarea name="msg"></textarea><br><input type="submit" value="ส่งคำถาม"></form>')
    for i, (t, w, d, r) in WEBBOARD.items():
        write(f"/webboard/topic/{i}/", t, f"<p><b>คำถาม</b> โดย {esc(w)} ({d})</p><p>{esc(t)}</p>"
              + (f"<p><b>ตอบ</b> {esc(r)}</p>" if r else "<p>ยังไม่มีคำตอบ</p>") + '<p><a href="/webboard/">กลับ</a></p>')
    write("/service/", "คู่มือบริการประชาชน", "<p>คู่มือสำหรับประชาชนตาม พ.ร.บ.การอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558</p>"
          + files_table(["service"]))
    write("/eservice/", "E-Service", "<p>บริการออนไลน์ สำนักงานเกษตรจังหวัดศรีวารินทร์ ยื่นคำขอรับบริการ/ขอคำปรึกษาด้านการเกษตรผ่านเว็บไซต์</p>"
          '<form action="/eservice/send.php" method="post">ชื่อ-นามสกุล <input name="name"><br>เบอร์โทรศัพท์ <input name="tel"><br>'
          'เรื่องที่ขอรับบริการ <select name="type"><option>ขอคำปรึกษาด้านการผลิตพืช</option><option>ขอหนังสือรับรองการเป็นเกษตรกร</option>'
          '<option>ขอรับเมล็ดพันธุ์ปุ๋ยพืชสด</option></select><br>รายละเอียด <textarea name="detail"></textarea><br>'
          '<input type="submit" value="ส่งคำขอ"></form>'
          '<p>ปรับปรุงทะเบียนเกษตรกรด้วยตนเอง: <a href="https://farmbook.doae.go.th/">Farmbook</a></p>'
          "<p>สถิติการให้บริการ: " + a("stat68") + "</p>")
    write("/ethics/", "จริยธรรม", "<p>ประมวลจริยธรรมและการส่งเสริมจริยธรรมของบุคลากร</p>" + files_table(["ethics"])
          + '<p>กิจกรรมปีนี้: <a href="/news/237/">อบรมเสริมสร้างคุณธรรม จริยธรรม ประจำปี 2569</a></p>')
    write("/complaint/", "ร้องเรียนการทุจริต", "<p>แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/send.php" method="post">ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="name"><br>'
          'เรื่องที่ร้องเรียน <input name="subject"><br>รายละเอียด <textarea name="detail"></textarea><br>'
          '<input type="submit" value="ส่งเรื่องร้องเรียน"></form>'
          '<p>หรือส่งหนังสือถึงเกษตรจังหวัดศรีวารินทร์ โทร 0 4451 3360 / ศูนย์ดำรงธรรมจังหวัด โทร 1567 / '
          '<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></p>' + "<p>คู่มือ: " + a("complguide") + "</p>")
    write("/links/", "ลิงก์หน่วยงาน", '<ul><li><a href="https://www.doae.go.th/">กรมส่งเสริมการเกษตร</a></li>'
          '<li><a href="https://www.moac.go.th/">กระทรวงเกษตรและสหกรณ์</a></li><li><a href="https://www.ricethailand.go.th/">กรมการข้าว</a></li></ul>')
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")


CSS = """body{font-family:Tahoma,sans-serif;font-size:13px}.banner{background:#3d7a1f;color:#fff;padding:14px;font-size:18px}
.topbar{background:#d8ebc0;padding:3px 8px}.left{background:#f4f9ee}.mh{background:#3d7a1f;color:#fff;padding:4px}
.m{border-bottom:1px dotted #9c9;padding:3px}.main{padding:8px;background:#fff}.right{background:#f4f9ee}
.box{border:1px solid #bcd;margin:4px;padding:4px;text-align:center}.footer{background:#3d7a1f;color:#fff;padding:8px;font-size:11px}
"""


def assets() -> None:
    from PIL import Image

    os.makedirs(os.path.join(HERE, "css"), exist_ok=True)
    with open(os.path.join(HERE, "css", "style.css"), "w", encoding="utf-8") as f:
        f.write(CSS)
    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    Image.new("P", (60, 75), 7).save(os.path.join(HERE, "images", "nophoto.gif"))
    Image.new("P", (16, 16), 1).save(os.path.join(HERE, "images", "pdf.gif"))


def main() -> None:
    assets()
    static_pages()
    news_pages()
    download_pages()
    ita_page("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569", ITA69)
    ita_page("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568", ITA68)


if __name__ == "__main__":
    main()
