"""Generate the HTML pages of the "coopaudit" test site (สำนักงานตรวจบัญชีสหกรณ์นครธารา, invented).

Run:  python tests/sites/coopaudit/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A Joomla 3 site (SEF URLs under /index.php/…, saved as folder/index.html) on the department's
provincial template: a top bar, the banner, a menu, a right column (the head of office, quick
links, the department's links, a visitor counter) and a footer on every page.  Documents sit in a
Phoca Download section of year folders (/index.php/download/2569/ and its sub-folders, 2568,
2567); news under /index.php/news/ (two pages).  The ITA page /index.php/ita/ita-2569/ is a table
o1 … o26 in the office's own short wording whose links go to files, pages or Phoca folders; last
year's /index.php/ita/ita-2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ORG, ROWS, name  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
SUBS = {"plan": "แผนงาน/รายงานผลการดำเนินงาน", "procurement": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส (ITA)", "general": "เอกสารทั่วไป", "manual": "คู่มือการปฏิบัติงาน"}
YEARS = {"2569": ["plan", "procurement", "hr", "integrity", "general"], "2568": ["plan", "integrity", "general"],
         "2567": ["plan", "manual", "hr", "integrity"]}
MISSING_SIZE = "388.2 KB"
D = "/index.php/download"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/index.php/about/history/"),
        ("โครงสร้างหน่วยงาน", "/index.php/about/structure/"), ("ผู้บริหาร", "/index.php/about/executives/"),
        ("ข่าวประชาสัมพันธ์", "/index.php/news/"), ("ดาวน์โหลดเอกสาร", f"{D}/"),
        ("จัดซื้อจัดจ้าง", f"{D}/2569/procurement/"), ("บริการประชาชน", "/index.php/services/guide/"),
        ("E-Service", "/index.php/eservice/"), ("ร้องเรียน", "/index.php/complaint/"),
        ("ITA", "/index.php/ita/"), ("กระดานถาม-ตอบ", "/index.php/qa/"), ("ติดต่อเรา", "/index.php/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li class="item"><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr"><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - {ORG}</title>
<link href="/templates/cad_province/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon">
<link rel="stylesheet" href="/templates/cad_province/css/template.css"></head>
<body class="site com_content">
<div class="topbar">{ORG} กรมตรวจบัญชีสหกรณ์ กระทรวงเกษตรและสหกรณ์ | โทร. 0 5599 4127</div>
<header class="header"><img src="/images/logo_cad.png" alt="ตรากรมตรวจบัญชีสหกรณ์" width="72" height="72">
<span class="site-title">{ORG}</span><br><small>Nakhon Thara Provincial Cooperative Auditing Office</small></header>
<nav class="navigation"><ul class="nav menu mod-list">
{menu}
</ul></nav>
<div class="body"><main id="content" class="span9">
<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>
{body}
</main>
<aside id="aside" class="span3">
<div class="moduletable"><h3>หัวหน้าสำนักงาน</h3><img src="/images/chief.png" alt="หัวหน้าสำนักงาน" width="120" height="150"><br>
นางสาวพิมพ์ลดา ศรีวารินทร์<br>หัวหน้าสำนักงานตรวจบัญชีสหกรณ์นครธารา</div>
<div class="moduletable"><h3>เมนูลัด</h3><ul>
<li><a href="/index.php/ita/ita-2569/">ITA ๒๕๖๙</a></li><li><a href="/index.php/ita/ita-2568/">ITA ๒๕๖๘</a></li>
<li><a href="/index.php/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a></li>
<li><a href="/index.php/eservice/">ขอรับคำปรึกษาออนไลน์</a></li>
<li><a href="{D}/2569/">เอกสารปีงบประมาณ ๒๕๖๙</a></li></ul></div>
<div class="moduletable"><h3>ลิงก์หน่วยงาน</h3><ul>
<li><a href="https://www.cad.go.th/">กรมตรวจบัญชีสหกรณ์</a></li>
<li><a href="https://www.moac.go.th/">กระทรวงเกษตรและสหกรณ์</a></li>
<li><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></li></ul></div>
<div class="moduletable">ผู้เยี่ยมชม ๑๘๔,๓๐๒ ครั้ง</div>
</aside></div>
<footer class="footer">{ORG} ศาลากลางจังหวัดนครธารา ชั้น 2 ถนนธาราพัฒนา ตำบลในเมือง อำเภอเมืองนครธารา จังหวัดนครธารา 59000<br>
โทรศัพท์ 0 5599 4127 โทรสาร 0 5599 4128 อีเมล nakhontara@cad-mail.example.go.th ·
<a href="/index.php/privacy/">นโยบายการคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/index.php/sitemap/">แผนผังเว็บไซต์</a><br>
Copyright © 2563 {ORG} · Powered by Joomla!</footer>
</body></html>
"""


PAGES: list[str] = []


def write(path: str, title: str, body: str) -> None:
    PAGES.append(path)
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, name(key).lstrip('/'))) / 1024:.1f} KB"


def phoca(keys: list[str]) -> str:
    rows = []
    for k in keys:
        title, _folder, up, ext, _m = ROWS[k]
        rows.append(f'<div class="pd-filebox"><img src="/images/mime/icon-{ext}.png" alt="{ext}">'
                    f' <a href="{name(k)}">{esc(title)}</a> <span class="pd-date">{be(up)}</span>'
                    f' <span class="pd-size">{size_of(k)}</span>'
                    f' <a class="btn" href="{name(k)}">ดาวน์โหลด</a></div>')
    return '<div id="phoca-dl-category-box">\n' + "\n".join(rows) + "\n</div>"


def in_folder(folder: str) -> list[str]:
    keys = [k for k in ROWS if ROWS[k][1] == folder]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d), title, paragraphs
    (412, (2026, 4, 21), "สตส.นครธารา ตรวจนับสินค้าคงเหลือ ณ วันสิ้นปีบัญชี สหกรณ์การเกษตรเมืองนครธารา จำกัด",
     ["วันที่ 21 เมษายน 2569 ผู้สอบบัญชีกลุ่มตรวจสอบบัญชีที่ 1 ร่วมตรวจนับสินค้าคงเหลือปุ๋ยและวัสดุการเกษตร ณ โกดังสหกรณ์"]),
    (409, (2026, 3, 27), "อบรมเชิงปฏิบัติการ คุณธรรม จริยธรรม และการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2569",
     ["วันที่ 27 มีนาคม 2569 สำนักงานจัดอบรมขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือนและข้อกำหนดจริยธรรมของผู้สอบบัญชีสหกรณ์ "
      "ให้แก่ข้าราชการ พนักงานราชการ และลูกจ้าง รวม 21 คน โดยมีวิทยากรจากสำนักงาน ป.ป.ท. เขต 6 บรรยายกรณีศึกษา "
      "และให้ทุกคนลงนามปฏิญญาปฏิบัติตามประมวลจริยธรรม"]),
    (405, (2026, 3, 12), "โครงการอบรมบัญชีฟาร์มแก่เกษตรกร ตำบลห้วยธารา",
     ["เจ้าหน้าที่ส่งเสริมการทำบัญชีฟาร์มอบรมเกษตรกรผู้ปลูกลำไย 51 ราย ให้จดบันทึกรายรับรายจ่ายและวิเคราะห์ต้นทุนการผลิต"]),
    (401, (2026, 2, 18), "อบรมผู้ตรวจสอบกิจการสหกรณ์ รุ่นที่ 1/2569",
     ["สำนักงานจัดอบรมผู้ตรวจสอบกิจการสหกรณ์และกลุ่มเกษตรกร 64 คน เรื่องการตรวจสอบการควบคุมภายในและการรายงานผล"]),
    (396, (2026, 1, 22), "ผู้สอบบัญชีเข้าตรวจสอบระหว่างปี สหกรณ์ออมทรัพย์ครูนครธารา จำกัด",
     ["คณะผู้สอบบัญชีเข้าตรวจสอบระหว่างปีบัญชี ตรวจเงินสด เงินฝากธนาคาร และการให้เงินกู้แก่สมาชิก"]),
    (390, (2025, 12, 19), "แนะนำการใช้โปรแกรมบัญชีดิจิทัล CAD Accounting แก่สหกรณ์ขนาดเล็ก",
     ["เจ้าหน้าที่ลงพื้นที่แนะนำการบันทึกบัญชีด้วยโปรแกรมแก่สหกรณ์ 8 แห่ง"]),
    (384, (2025, 11, 28), "ประชุมประจำเดือนพฤศจิกายน 2568 ของสำนักงาน",
     ["หัวหน้าสำนักงานมอบนโยบายการตรวจสอบบัญชีปีงบประมาณ 2569 และติดตามผลการแสดงความเห็นต่องบการเงิน"]),
    (379, (2025, 10, 15), "พิธีเปิดการตรวจสอบบัญชีประจำปีงบประมาณ พ.ศ. 2569",
     ["สำนักงานจัดประชุมมอบหมายงานตรวจสอบบัญชีสหกรณ์ 149 แห่ง และกลุ่มเกษตรกร 34 กลุ่ม ประจำปีงบประมาณ พ.ศ. 2569"]),
    (366, (2025, 8, 29), "ผู้สอบบัญชีแสดงความเห็นต่องบการเงิน สหกรณ์โคนมธารา จำกัด",
     ["ผู้สอบบัญชีเสนอรายงานการสอบบัญชีต่อที่ประชุมใหญ่สามัญประจำปีของสหกรณ์"]),
    (351, (2025, 6, 10), "อบรมบัญชีฟาร์มแก่ยุวเกษตรกร โรงเรียนบ้านธาราใต้",
     ["อบรมนักเรียนยุวเกษตรกร 40 คน ให้จดบันทึกบัญชีครัวเรือน"]),
    (340, (2025, 3, 14), "อบรมคุณธรรมจริยธรรมบุคลากร ประจำปี 2568",
     ["สำนักงานจัดอบรมคุณธรรมจริยธรรมแก่บุคลากร 21 คน ประจำปีงบประมาณ พ.ศ. 2568"]),
    (322, (2024, 12, 9), "อบรมมาตรฐานการสอบบัญชีสหกรณ์ฉบับปรับปรุง",
     ["ผู้สอบบัญชี 12 คนเข้ารับการอบรมมาตรฐานการสอบบัญชีสหกรณ์"]),
]


def news_pages() -> None:
    fy69 = [n for n in NEWS if n[1] >= (2025, 10, 1)]
    older = [n for n in NEWS if n[1] < (2025, 10, 1)]
    from datetime import date

    def item(n) -> str:
        nid, ymd, title, _p = n
        return (f'<div class="items-row"><h3><a href="/index.php/news/{nid}/">{esc(title)}</a></h3>'
                f'<dd class="published">เผยแพร่: {be(date(*ymd))}</dd></div>')

    write("/index.php/news/", "ข่าวประชาสัมพันธ์",
          "\n".join(item(n) for n in fy69) + '\n<div class="pagination"><a href="/index.php/news/page-2/">หน้าถัดไป</a></div>')
    write("/index.php/news/page-2/", "ข่าวประชาสัมพันธ์ (หน้า 2)",
          "\n".join(item(n) for n in older) + '\n<div class="pagination"><a href="/index.php/news/">หน้าแรก</a></div>')
    for nid, ymd, title, paras in NEWS:
        body = f'<dd class="published">เผยแพร่: {be(date(*ymd))} · ฝ่ายบริหารทั่วไป</dd>\n' + "\n".join(
            f"<p>{esc(p)}</p>" for p in paras) + f'\n<p><img src="/images/news/{nid}.jpg" alt="ภาพกิจกรรม" width="160" height="100"></p>'
        write(f"/index.php/news/{nid}/", title, body)


# ---------------------------------------------------------------- download section


def download_pages() -> None:
    write(f"{D}/", "ดาวน์โหลดเอกสาร", '<ul class="pd-categories">' + "".join(
        f'<li><a href="{D}/{y}/">ปีงบประมาณ {y}</a> ({sum(1 for k in ROWS if ROWS[k][1].startswith(y))} ไฟล์)</li>'
        for y in YEARS) + "</ul>")
    for y, subs in YEARS.items():
        write(f"{D}/{y}/", f"เอกสารปีงบประมาณ {y}", '<ul class="pd-subcategories">' + "".join(
            f'<li><a href="{D}/{y}/{s}/">{esc(SUBS[s])}</a> ({len(in_folder(f"{y}/{s}"))})</li>' for s in subs) + "</ul>")
        for s in subs:
            write(f"{D}/{y}/{s}/", f"ปีงบประมาณ {y} » {SUBS[s]}", phoca(in_folder(f"{y}/{s}")))


# ---------------------------------------------------------------- ITA pages


def f(key: str) -> str:
    return name(key)


def ita_table(rows: list[tuple[str, str, str | None]]) -> str:
    out = ['<table class="table table-bordered"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for code, label, link in rows:
        cell = f'<a href="{link}">คลิก</a>' if link else "อยู่ระหว่างดำเนินการ"
        out.append(f"<tr><td>{code}</td><td>{esc(label)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


ITA_2569 = [
    ("o1", "โครงสร้างหน่วยงาน", "/index.php/about/structure/"),
    ("o2", "ข้อมูลผู้บริหาร", "/index.php/about/executives/"),
    ("o3", "ข้อมูลการติดต่อ/ถาม-ตอบ", "/index.php/contact/"),
    ("o4", "ข่าวประชาสัมพันธ์", "/index.php/news/"),
    ("o5", "แผนปฏิบัติราชการระยะยาว", f("plan-3y")),
    ("o6", "แผนปฏิบัติราชการประจำปี", f("action-69")),
    ("o7", "รายงานผลการดำเนินงานประจำปี", f("annual-67")),
    ("o8", "คู่มือการปฏิบัติงาน", f("manual")),
    ("o9", "คู่มือการให้บริการ", "/index.php/services/guide/"),
    ("o10", "E-Service", "/index.php/eservice/"),
    ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", f"{D}/2569/procurement/"),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", f("proc-year-68")),
    ("o13", "หลักเกณฑ์/แผนบริหารทรัพยากรบุคคล", f"{D}/2569/hr/"),
    ("o14", "รายงานผลการบริหารทรัพยากรบุคคล", f("hr-report-68")),
    ("o15", "ประมวลจริยธรรม", f("ethics")),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียน", f("complaint-manual")),
    ("o17", "ช่องทางร้องเรียนการทุจริต", "/index.php/complaint/corruption/"),
    ("o18", "สถิติเรื่องร้องเรียน", "/index.php/complaint/statistics/"),
    ("o19", "การมีส่วนร่วม", None),
    ("o20", "No Gift Policy", f("no-gift-67")),
    ("o21", "การประเมินความเสี่ยงการทุจริต", f"{D}/2568/integrity/"),
    ("o22", "รายงานผลตามแผนบริหารความเสี่ยง", f("risk-report")),
    ("o23", "แผนป้องกันการทุจริต", f("anti-plan-68")),
    ("o24", "รายงานผลป้องกันการทุจริต", f("anti-report-68")),
    ("o25", "การนำผล ITA ไปพัฒนา", f("ita-order-69")),
    ("o26", "รายงานมาตรการส่งเสริมคุณธรรม", f("integrity-68")),
]
ITA_2568 = [
    ("o1", "โครงสร้างหน่วยงาน", "/index.php/about/structure/"),
    ("o5", "แผนปฏิบัติราชการระยะ 3 ปี", f("plan-3y")),
    ("o6", "แผนปฏิบัติราชการประจำปี 2568", f("action-68")),
    ("o11", "สขร.1", f"{D}/2568/"),
    ("o19", "การมีส่วนร่วม", f("old-ita-row")),
    ("o20", "No Gift Policy", f("no-gift-67")),
    ("o21", "การประเมินความเสี่ยง", f("risk-68")),
    ("o25", "การวิเคราะห์ผล ITA 2567", f("ita-analysis-67")),
]


def ita_pages() -> None:
    write("/index.php/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/index.php/ita/ita-2569/">ITA ปีงบประมาณ พ.ศ. ๒๕๖๙</a></li>'
          '<li><a href="/index.php/ita/ita-2568/">ITA ปีงบประมาณ พ.ศ. ๒๕๖๘</a></li></ul>')
    write("/index.php/ita/ita-2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙",
          "<p>ข้อมูลตามแบบวัดการเปิดเผยข้อมูลสาธารณะ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</p>" + ita_table(ITA_2569))
    write("/index.php/ita/ita-2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘",
          "<p>ข้อมูลตามแบบวัดการเปิดเผยข้อมูลสาธารณะ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p>" + ita_table(ITA_2568))


# ---------------------------------------------------------------- other pages

STRUCTURE = """<p><img src="/images/structure2568.png" alt="แผนภูมิโครงสร้างสำนักงาน" width="600" height="320"></p>
<h3>แผนภูมิโครงสร้างสำนักงานตรวจบัญชีสหกรณ์นครธารา</h3>
<ul><li>หัวหน้าสำนักงานตรวจบัญชีสหกรณ์นครธารา (นักวิชาการตรวจสอบบัญชีชำนาญการพิเศษ)
<ul><li>ฝ่ายบริหารทั่วไป (งานสารบรรณ การเงิน พัสดุ บุคคล) 4 คน</li>
<li>กลุ่มตรวจสอบบัญชีสหกรณ์ที่ 1 (อำเภอเมือง อำเภอห้วยธารา อำเภอดอนแก้ว) 7 คน</li>
<li>กลุ่มตรวจสอบบัญชีสหกรณ์ที่ 2 (อำเภอนาหลวง อำเภอเวียงธาร อำเภอแม่ปิงใต้) 6 คน</li>
<li>กลุ่มแผนงานและส่งเสริมพัฒนาระบบบัญชี 4 คน</li></ul></li></ul>
<p><a href="/index.php/about/authority/">อำนาจหน้าที่</a></p>"""

AUTHORITY = """<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมตรวจบัญชีสหกรณ์ กระทรวงเกษตรและสหกรณ์ สำนักงานตรวจบัญชีสหกรณ์มีอำนาจหน้าที่โดยสรุป ดังนี้</p>
<ol><li>ตรวจสอบบัญชีสหกรณ์และกลุ่มเกษตรกรในจังหวัด และแสดงความเห็นต่องบการเงิน</li>
<li>กำกับ ดูแล และพัฒนาระบบบัญชีและการควบคุมภายในของสหกรณ์และกลุ่มเกษตรกร</li>
<li>ส่งเสริมและพัฒนาความรู้ด้านการบัญชีแก่คณะกรรมการ สมาชิก และผู้ตรวจสอบกิจการ</li>
<li>ส่งเสริมการจัดทำบัญชีฟาร์มและบัญชีครัวเรือนแก่เกษตรกร</li>
<li>ให้บริการข้อมูลทางการเงินของสหกรณ์และกลุ่มเกษตรกรแก่หน่วยงานและประชาชน</li>
<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>"""

EXECUTIVES = """<table class="table"><tr><th>รูป</th><th>ชื่อ - สกุล</th><th>ตำแหน่ง</th><th>โทรศัพท์</th></tr>
<tr><td><img src="/images/chief.png" alt="นางสาวพิมพ์ลดา ศรีวารินทร์" width="90" height="110"></td><td>นางสาวพิมพ์ลดา ศรีวารินทร์</td>
<td>หัวหน้าสำนักงานตรวจบัญชีสหกรณ์นครธารา</td><td>0 5599 4127 ต่อ 101 · 08 7412 9630</td></tr>
<tr><td><img src="/images/staff1.png" alt="นายธนากร วงศ์ธารา" width="90" height="110"></td><td>นายธนากร วงศ์ธารา</td>
<td>หัวหน้ากลุ่มตรวจสอบบัญชีสหกรณ์ที่ 1</td><td>0 5599 4127 ต่อ 111</td></tr>
<tr><td><img src="/images/staff2.png" alt="นางกมลวรรณ ใจบุญยืน" width="90" height="110"></td><td>นางกมลวรรณ ใจบุญยืน</td>
<td>หัวหน้ากลุ่มตรวจสอบบัญชีสหกรณ์ที่ 2</td><td>0 5599 4127 ต่อ 112</td></tr>
<tr><td><img src="/images/staff3.png" alt="นางสาวอรุณี แก้วประดับ" width="90" height="110"></td><td>นางสาวอรุณี แก้วประดับ</td>
<td>หัวหน้าฝ่ายบริหารทั่วไป</td><td>0 5599 4127 ต่อ 102</td></tr></table>"""

CONTACT = f"""<p><b>{ORG}</b><br>ศาลากลางจังหวัดนครธารา ชั้น 2 ถนนธาราพัฒนา ตำบลในเมือง อำเภอเมืองนครธารา จังหวัดนครธารา 59000</p>
<p>โทรศัพท์ 0 5599 4127 · โทรสาร 0 5599 4128 · อีเมล nakhontara@cad-mail.example.go.th<br>
เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>
<p><a href="https://maps.google.com/?q=ศาลากลางจังหวัดนครธารา">แผนที่ Google Maps</a> ·
<a href="https://www.facebook.com/cad.nakhontara.example">Facebook สตส.นครธารา</a></p>
<p>สอบถามข้อมูลได้ที่ <a href="/index.php/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>"""

QA_TOPICS = [
    (31, "สหกรณ์ปิดบัญชีแล้ว ต้องส่งงบการเงินให้ผู้สอบบัญชีภายในกี่วัน", "สมาชิกสหกรณ์ (5 มี.ค. 2569)",
     "ตอบโดยผู้ดูแลระบบ (6 มี.ค. 2569): สหกรณ์ต้องจัดทำงบการเงินให้ผู้สอบบัญชีตรวจภายใน 30 วันนับแต่วันสิ้นปีบัญชี"),
    (28, "ขอรับการอบรมบัญชีครัวเรือนให้กลุ่มแม่บ้านได้หรือไม่", "กลุ่มแม่บ้านบ้านดอนแก้ว (12 ม.ค. 2569)",
     "ตอบโดยผู้ดูแลระบบ (13 ม.ค. 2569): ได้ครับ กรุณาติดต่อกลุ่มแผนงานและส่งเสริมพัฒนาระบบบัญชี โทร. 0 5599 4127 ต่อ 121"),
]

GUIDE = """<h3>คู่มือสำหรับประชาชน : การขอรับคำแนะนำการจัดทำบัญชีฟาร์ม/บัญชีครัวเรือน</h3>
<p>หน่วยงานที่ให้บริการ : กลุ่มแผนงานและส่งเสริมพัฒนาระบบบัญชี สำนักงานตรวจบัญชีสหกรณ์นครธารา</p>
<p>ช่องทางการให้บริการ : ณ สำนักงาน (วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.), โทรศัพท์, ระบบขอรับคำปรึกษาออนไลน์</p>
<table class="table"><tr><th>ขั้นตอน</th><th>รายละเอียด</th><th>ระยะเวลา</th></tr>
<tr><td>1</td><td>ยื่นคำขอรับคำแนะนำ พร้อมระบุอาชีพและจำนวนผู้เข้ารับการอบรม</td><td>10 นาที</td></tr>
<tr><td>2</td><td>เจ้าหน้าที่นัดหมายวันเวลาและสถานที่</td><td>3 วันทำการ</td></tr>
<tr><td>3</td><td>ให้คำแนะนำและมอบสมุดบัญชี</td><td>1 วัน</td></tr></table>
<p>เอกสารที่ใช้ : สำเนาบัตรประจำตัวประชาชน 1 ฉบับ · ค่าธรรมเนียม : ไม่มี</p>
<h3>คู่มือสำหรับประชาชน : การขอข้อมูลงบการเงินของสหกรณ์</h3>
<p>ขั้นตอน : ยื่นคำขอเป็นหนังสือระบุชื่อสหกรณ์และปีบัญชี - เจ้าหน้าที่ตรวจสอบสิทธิ - แจ้งผล ภายใน 15 วันทำการ ·
เอกสาร : บัตรประจำตัวประชาชน · ค่าธรรมเนียม : ค่าสำเนาเอกสารหน้าละ 1 บาท</p>"""

ESERVICE = f"""<p>ระบบขอรับคำปรึกษาด้านบัญชีออนไลน์ (E-Service) สำหรับสหกรณ์ กลุ่มเกษตรกร และประชาชน</p>
<form action="/index.php/eservice/" method="post" class="form-validate">
<label>ชื่อ - สกุล <input type="text" name="name"></label><br>
<label>โทรศัพท์ <input type="text" name="phone"></label><br>
<label>เรื่องที่ขอรับคำปรึกษา <select name="topic"><option>การจัดทำบัญชีสหกรณ์</option><option>บัญชีฟาร์ม</option>
<option>บัญชีครัวเรือน</option></select></label><br>
<label>รายละเอียด <textarea name="detail"></textarea></label><br>
<button type="submit">ส่งคำขอ</button></form>
<p>สถิติการให้บริการ : <a href="{f('service-69')}">สถิติการให้บริการ ต.ค. 2568 - มี.ค. 2569 (.xls)</a></p>"""

COMPLAINT_FORM = """<p>แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับ</p>
<form action="/index.php/complaint/corruption/" method="post" enctype="multipart/form-data">
<label>ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input type="text" name="name"></label><br>
<label>ช่องทางติดต่อกลับ <input type="text" name="contact"></label><br>
<label>เจ้าหน้าที่/เรื่องที่ร้องเรียน <input type="text" name="subject"></label><br>
<label>รายละเอียด <textarea name="detail"></textarea></label><br>
<label>แนบหลักฐาน <input type="file" name="evidence"></label><br><button type="submit">ส่งเรื่องร้องเรียน</button></form>
<p>หรือโทร. 0 5599 4127 ต่อ 102 · ศูนย์ดำรงธรรมจังหวัดนครธารา โทร. 1567</p>"""

STATISTICS = """<p>สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p>
<table class="table"><tr><th>ไตรมาส</th><th>เรื่องที่รับ</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>
<tr><td>ไตรมาส 1 (ต.ค. - ธ.ค. 2567)</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>ไตรมาส 2 (ม.ค. - มี.ค. 2568)</td><td>1</td><td>1</td><td>0</td></tr>
<tr><td>ไตรมาส 3 (เม.ย. - มิ.ย. 2568)</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>ไตรมาส 4 (ก.ค. - ก.ย. 2568)</td><td>0</td><td>0</td><td>0</td></tr></table>
<p>ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๘</p>
<dd class="modified">แก้ไขล่าสุด: 2 ตุลาคม 2568</dd>"""

HOME_LINKS = """<h3>ข่าวล่าสุด</h3><ul>
<li><a href="/index.php/news/412/">ตรวจนับสินค้าคงเหลือ สหกรณ์การเกษตรเมืองนครธารา จำกัด</a> (21 เม.ย. 2569)</li>
<li><a href="/index.php/news/409/">อบรมคุณธรรม จริยธรรม และการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2569</a> (27 มี.ค. 2569)</li>
<li><a href="/index.php/news/405/">อบรมบัญชีฟาร์มแก่เกษตรกร ตำบลห้วยธารา</a> (12 มี.ค. 2569)</li></ul>
<h3>ประกาศ</h3><ul>
<li><a href="{coop}">เชิญประชุมชี้แจงแนวทางการตรวจสอบบัญชี ปีบัญชี 2569 (28 เม.ย. 2569)</a></li>
<li><a href="/index.php/download/2569/procurement/">ประกาศจัดซื้อจัดจ้าง</a></li></ul>"""


def other_pages() -> None:
    write("/", "หน้าแรก", HOME_LINKS.format(coop=f("coop-invite")))
    write("/index.php/about/history/", "ประวัติหน่วยงาน",
          "<p>สำนักงานตรวจบัญชีสหกรณ์นครธาราจัดตั้งขึ้นเมื่อปี พ.ศ. 2515 ในชื่อสำนักงานตรวจบัญชีสหกรณ์จังหวัด "
          "ปัจจุบันเป็นหน่วยงานส่วนภูมิภาคของกรมตรวจบัญชีสหกรณ์ ตั้งอยู่ ณ ศาลากลางจังหวัดนครธารา</p>"
          '<p><a href="/index.php/about/vision/">วิสัยทัศน์ พันธกิจ</a></p>')
    write("/index.php/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์กรมตรวจบัญชีสหกรณ์: องค์กรนำด้านการตรวจสอบบัญชีและพัฒนาระบบบัญชีสหกรณ์และเกษตรกร</p>")
    write("/index.php/about/structure/", "โครงสร้างหน่วยงาน", STRUCTURE)
    write("/index.php/about/authority/", "อำนาจหน้าที่", AUTHORITY)
    write("/index.php/about/executives/", "ผู้บริหาร", EXECUTIVES)
    write("/index.php/contact/", "ติดต่อเรา", CONTACT)
    write("/index.php/qa/", "กระดานถาม-ตอบ", '<p><a href="/index.php/qa/new/">ตั้งกระทู้ใหม่</a></p><ul>' + "".join(
        f'<li><a href="/index.php/qa/topic-{n}/">{esc(t)}</a> โดย {esc(w)} · ตอบแล้ว</li>' for n, t, w, _a in QA_TOPICS) + "</ul>")
    write("/index.php/qa/new/", "ตั้งกระทู้ใหม่",
          '<form action="/index.php/qa/new/" method="post"><label>หัวข้อ <input name="subject"></label>'
          '<label>ชื่อ <input name="name"></label><label>ข้อความ <textarea name="message"></textarea></label>'
          '<button type="submit">ส่งคำถาม</button></form>')
    for n, t, w, a in QA_TOPICS:
        write(f"/index.php/qa/topic-{n}/", t, f"<p>ถามโดย {esc(w)}</p><blockquote>{esc(t)}</blockquote><p>{esc(a)}</p>")
    write("/index.php/services/guide/", "คู่มือสำหรับประชาชน", GUIDE)
    write("/index.php/eservice/", "E-Service ขอรับคำปรึกษาออนไลน์", ESERVICE)
    write("/index.php/complaint/", "ร้องเรียน/ร้องทุกข์",
          '<ul><li><a href="/index.php/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>'
          '<li><a href="/index.php/complaint/statistics/">สถิติเรื่องร้องเรียน</a></li>'
          f'<li><a href="{f("complaint-manual")}">คู่มือการจัดการเรื่องร้องเรียน (.doc)</a></li></ul>')
    write("/index.php/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", COMPLAINT_FORM)
    write("/index.php/complaint/statistics/", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", STATISTICS)
    write("/index.php/privacy/", "นโยบายการคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")


def assets() -> None:
    """The template's stylesheet and the images every page names (tiny placeholders)."""
    import struct
    import zlib

    def png() -> bytes:
        raw = b"\x00\xcc\xcc\xcc"
        chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))  # noqa: E731
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

    files = {"templates/cad_province/css/template.css":
             b"body{font-family:Tahoma,sans-serif;margin:0}.topbar{background:#0b5e3a;color:#fff}"
             b".navigation li{display:inline-block;margin:0 6px}.span9{float:left;width:72%}.span3{float:right;width:25%}"
             b".footer{clear:both;background:#eee;font-size:small}table{border-collapse:collapse}td,th{border:1px solid #ccc}",
             "templates/cad_province/favicon.ico": png()}
    for p in ["images/logo_cad.png", "images/chief.png", "images/staff1.png", "images/staff2.png", "images/staff3.png",
              "images/structure2568.png"] + [f"images/mime/icon-{e}.png" for e in ("pdf", "doc", "docx", "xls", "xlsx")]:
        files[p] = png()
    for n in NEWS:
        files[f"images/news/{n[0]}.jpg"] = png()
    for p, data in files.items():
        target = os.path.join(HERE, p)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as fh:
            fh.write(data)


def main() -> None:
    assets()
    other_pages()
    news_pages()
    download_pages()
    ita_pages()
    sitemap = "".join(f'<li><a href="{p}">{p}</a></li>' for p in sorted(PAGES))
    write("/index.php/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")


if __name__ == "__main__":
    main()
