"""Generate the pages of the "sportscampus" test site (run _make_docs.py first).

Run:  python tests/sites/sportscampus/_make_pages.py

A WordPress theme (top bar, logo header, menu, right sidebar with the campus head, quick links and
the ITA banners, footer) on every page.  The ITA page /ita-2568/ is a table o1 … o26 in the campus's
own short wording whose links go to files, pages or category lists; last year's /ita-2567/ is still
online.  Deterministic.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ORG, path  # noqa: E402

MENU = [("/", "หน้าแรก"), ("/about/history/", "เกี่ยวกับวิทยาเขต"), ("/about/structure/", "โครงสร้าง"),
        ("/news/", "ข่าวประชาสัมพันธ์"), ("/download/", "ดาวน์โหลด"), ("/procurement/", "จัดซื้อจัดจ้าง"),
        ("/eservice/", "E-Service"), ("/ita-2568/", "ITA 2568"), ("/contact/", "ติดต่อเรา")]
CATS = {"plan": "แผนงาน", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ", "hr": "งานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "stats": "สถิติ"}

# (category, key or None, link text, posted)
DL = [
    ("plan", "ap68", "แผนปฏิบัติราชการ ประจำปีงบประมาณ 2568", "28 ต.ค. 2567"),
    ("plan", "printplan", "ประกาศผู้ชนะการเสนอราคา จ้างจัดพิมพ์แผนปฏิบัติราชการ 2568", "8 พ.ย. 2567"),
    ("plan", "plan5", "แผนพัฒนาวิทยาเขตภูผาทอง", "20 ม.ค. 2563"),
    ("plan", "instplan", "แผนยุทธศาสตร์สถาบันการพลศึกษา (ส่วนกลาง)", "2 มี.ค. 2566"),
    ("plan", "ap67", "แผนปฏิบัติราชการ ประจำปีงบประมาณ 2567", "20 ต.ค. 2566"),
    ("report", "annual66", "รายงานประจำปี วิทยาเขตภูผาทอง", "14 ม.ค. 2568"),
    ("report", "six67", "รายงานผลการดำเนินงานรอบ 6 เดือน", "22 เม.ย. 2567"),
    ("manual", "manual8", "คู่มือการปฏิบัติงาน งานทะเบียนและวัดผล", "1 มิ.ย. 2566"),
    ("manual", "guide9", "คู่มือการขอใช้สนามกีฬาและอาคารยิมเนเซียม", "5 ก.พ. 2567"),
    ("manual", "compguide", "คู่มือการจัดการเรื่องร้องเรียนการทุจริต", "1 ธ.ค. 2566"),
    ("hr", "hr67", "แผนพัฒนาบุคลากร", "10 พ.ย. 2566"),
    ("hr", "hrrep67", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปี 2567", "28 ต.ค. 2567"),
    ("integrity", "acp68", "แผนปฏิบัติการป้องกันการทุจริต ปี 2568", "15 พ.ย. 2567"),
    ("integrity", "acpdraft", "(ร่าง) แผนปฏิบัติการป้องกันการทุจริต 2568", "30 ต.ค. 2567"),
    ("integrity", "acpeval67", "รายงานการประเมินผลแผนป้องกันการทุจริต", "20 ต.ค. 2567"),
    ("integrity", "acprep", "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี 2567", "29 ต.ค. 2567"),
    ("integrity", "risk68", "รายงานการประเมินความเสี่ยงการทุจริต ปี 2568", "20 ธ.ค. 2567"),
    ("integrity", "riskinvite", "ประชุมคณะทำงานประเมินความเสี่ยงการทุจริต 2568", "28 พ.ย. 2567"),
    ("integrity", "nogift66", "ประกาศนโยบาย No Gift Policy", "1 มี.ค. 2566"),
    ("integrity", "gift67", "รายงานผลการรับของขวัญ ปี 2567", "15 ต.ค. 2567"),
    ("integrity", "ethics", "ประมวลจริยธรรม สถาบันการพลศึกษา", "1 พ.ค. 2565"),
    ("integrity", "ethics66", "แผนการขับเคลื่อนจริยธรรม", "9 ม.ค. 2566"),
    ("stats", "svcstat", "สถิติการให้บริการ ปีงบประมาณ 2568", "2 เม.ย. 2568"),
    ("stats", "compstat", "สถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ 2568", "3 เม.ย. 2568"),
]
RISKREP = "/files/41244.pdf"  # o24's file: gone (404)

# news: (id, date, title, body)
NEWS = [
    (1288, "3 เม.ย. 2568", "เปิดรับสมัครค่ายกีฬาเยาวชนภาคฤดูร้อน 2568",
     "วิทยาเขตภูผาทองเปิดรับสมัครเยาวชนอายุ 8-15 ปี เข้าค่ายฟุตบอล ว่ายน้ำ และกรีฑา ระหว่าง 21 เมษายน - 2 พฤษภาคม 2568"),
    (1276, "21 มี.ค. 2568", "พิธีมอบทุนการศึกษานักศึกษาทุนนักกีฬา", "มอบทุนการศึกษา 24 ทุน แก่นักศึกษาที่สร้างชื่อเสียงด้านกีฬา"),
    (1263, "27 ก.พ. 2568", "โครงการอบรมเสริมสร้างวัฒนธรรมสุจริต ประจำปี 2568",
     "บุคลากรและนักศึกษา 142 คน เข้าร่วมอบรม ณ หอประชุมภูผาทอง ตามแผนปฏิบัติการป้องกันการทุจริต ปี 2568"),
    (1251, "15 ก.พ. 2568", "เวทีรับฟังความคิดเห็นชุมชน การใช้สนามกีฬาวิทยาเขตเพื่อประชาชน",
     "วันที่ 15 กุมภาพันธ์ 2568 วิทยาเขตเชิญผู้นำชุมชน 6 หมู่บ้าน ผู้ปกครอง และชมรมผู้สูงอายุ 58 คน ร่วมกำหนดตารางเปิดสนามให้ประชาชนใช้ฟรี "
     "ผลการรับฟัง ขยายเวลาเปิดลู่วิ่งถึง 20.00 น. และเปิดสระว่ายน้ำวันเสาร์ สรุปผลแจ้งที่ประชุมกรรมการประจำวิทยาเขต 3 มีนาคม 2568"),
    (1240, "30 ม.ค. 2568", "นักศึกษาคว้า 5 เหรียญทองกีฬามหาวิทยาลัยแห่งประเทศไทย", "ทีมกรีฑาและมวยสากลได้รับ 5 เหรียญทอง 3 เหรียญเงิน"),
    (1229, "14 ม.ค. 2568", "วันครู 2568 วิทยาเขตภูผาทอง", "คณะศึกษาศาสตร์จัดพิธีไหว้ครูและมอบรางวัลครูพลศึกษาดีเด่น"),
    (1215, "18 ธ.ค. 2567", "ภูผาทองเกมส์ ครั้งที่ 12", "การแข่งขันกีฬาภายในระหว่างคณะ 9 ชนิดกีฬา"),
    (1203, "29 พ.ย. 2567", "รับสมัครนักศึกษาใหม่ ปีการศึกษา 2568 รอบโควตานักกีฬา", "รับสมัครทางเว็บไซต์ถึง 31 มกราคม 2568"),
    (1190, "4 พ.ย. 2567", "ต้อนรับคณะศึกษาดูงานจากโรงเรียนกีฬาจังหวัด", "ศึกษาดูงานห้องปฏิบัติการวิทยาศาสตร์การกีฬา"),
    (1181, "2 ต.ค. 2567", "พิธีเกษียณอายุราชการ ประจำปี 2567", "มุทิตาจิตแด่บุคลากรเกษียณ 4 ท่าน"),
    # FY2567
    (1122, "12 ก.ค. 2567", "อบรมผู้ฝึกสอนกีฬาฟุตซอล", "ร่วมกับสมาคมกีฬาจังหวัด"),
    (1098, "8 มี.ค. 2567", "ตลาดนัดคุณธรรม ภูผาทองโปร่งใส 2567", "กิจกรรมตามแผนป้องกันการทุจริต 2567"),
    (1075, "20 ธ.ค. 2566", "ภูผาทองเกมส์ ครั้งที่ 11", "การแข่งขันกีฬาภายใน"),
]


def a(href: str, text: str) -> str:
    return f'<a href="{html.escape(href)}">{html.escape(text)}</a>'


def layout(title: str, body: str) -> str:
    menu = "".join(f'<li class="menu-item">{a(h, t)}</li>' for h, t in MENU)
    side = ('<aside id="secondary" class="widget-area"><section class="widget"><h3 class="widget-title">ผู้บริหาร</h3>'
            '<img src="/wp-content/uploads/2567/10/head.jpg" alt="" width="120"><p>นายวีรยุทธ ศรีพลากร<br>'
            'รองอธิการบดีประจำวิทยาเขตภูผาทอง</p></section>'
            '<section class="widget"><h3 class="widget-title">ลิงก์ด่วน</h3><ul>'
            f'<li>{a("/ita-2568/", "ITA 2568")}</li><li>{a("/ita-2567/", "ITA 2567")}</li>'
            f'<li>{a("/complaint/", "ร้องเรียนการทุจริต")}</li><li>{a("/eservice/", "ขอใช้สนามกีฬาออนไลน์")}</li>'
            f'<li><a href="https://www.ipe.ac.th/">สถาบันการพลศึกษา</a></li></ul></section>'
            '<section class="widget"><h3 class="widget-title">สถิติผู้เข้าชม</h3><p>วันนี้ 214 | ทั้งหมด 1,208,553</p></section></aside>')
    return f"""<!DOCTYPE html>
<html lang="th-TH"><head><meta charset="UTF-8"><title>{html.escape(title)} – {ORG}</title>
<meta name="generator" content="WordPress 6.4.3"><link rel="stylesheet" href="/wp-content/themes/astra/style.css"></head>
<body class="wp-singular page-template-default"><div class="top-bar">โทร 0 5599 1100 | saraban.phuphathong@example.ac.th</div>
<header class="site-header"><img src="/wp-content/uploads/2566/01/logo-ipe.png" alt="ตราสถาบันการพลศึกษา" height="70">
<span class="site-title">{ORG}</span><nav class="main-navigation"><ul class="menu">{menu}</ul></nav></header>
<div id="content" class="site-content"><main id="primary"><h1 class="entry-title">{html.escape(title)}</h1>
<div class="entry-content">{body}</div></main>{side}</div>
<footer class="site-footer"><p>{ORG} 199 หมู่ 4 ตำบลเขาทอง อำเภอเนินสูง จังหวัดพิษณุโลก 65190 โทร 0 5599 1100</p>
<p>© 2568 สถาบันการพลศึกษา วิทยาเขตภูผาทอง | Powered by WordPress</p></footer></body></html>
"""


def write(p: str, title: str, body: str) -> None:
    out = os.path.join(HERE, p.strip("/"), "index.html")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(layout(title, body))


def table(rows: list[tuple[str, ...]], head: tuple[str, ...]) -> str:
    th = "".join(f"<th>{h}</th>" for h in head)
    tr = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="wp-block-table"><thead><tr>{th}</tr></thead><tbody>{tr}</tbody></table>'


def dl(key: str) -> str:
    return next(a(path(k), t) for _c, k, t, _d in DL if k == key)


ITA68 = [
    ("o1", "โครงสร้างและอำนาจหน้าที่", a("/about/structure/", "โครงสร้างวิทยาเขต")),
    ("o2", "ข้อมูลผู้บริหาร", a("/about/executives/", "ผู้บริหาร")),
    ("o3", "ข้อมูลการติดต่อ", a("/contact/", "ติดต่อเรา")),
    ("o4", "ข่าวประชาสัมพันธ์", a("/news/", "ข่าวประชาสัมพันธ์")),
    ("o5", "แผนยุทธศาสตร์", a(path("plan5"), "แผนพัฒนาวิทยาเขต") + " / " + a(path("instplan"), "แผนยุทธศาสตร์สถาบัน")),
    ("o6", "แผนปฏิบัติราชการและความก้าวหน้า", a(path("ap68"), "แผนปฏิบัติราชการ 2568") + " / "
     + a(path("six67"), "รายงานรอบ 6 เดือน")),
    ("o7", "รายงานประจำปี", a("/download/report/", "รายงานผลการดำเนินงาน")),
    ("o8", "คู่มือการปฏิบัติงาน", a(path("manual8"), "คู่มืองานทะเบียน")),
    ("o9", "คู่มือการให้บริการ", a("/service-guide/", "คู่มือสำหรับผู้รับบริการ")),
    ("o10", "E-Service", a("/eservice/", "ระบบขอใช้สนามกีฬาออนไลน์")),
    ("o11", "สถิติการให้บริการ", a(path("svcstat"), "สถิติการให้บริการ 2568")),
    ("o12", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", a("/procurement/", "สขร.1 รายเดือน")),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", a(path("proc67"), "รายงานผลจัดซื้อจัดจ้าง ปี 2567")),
    ("o14", "แผนบริหารและพัฒนาทรัพยากรบุคคล", a("/download/hr/", "งานบุคคล")),
    ("o15", "รายงานผลการพัฒนาบุคลากร", a(path("hrrep67"), "รายงานผล HR ปี 2567")),
    ("o16", "ประมวลจริยธรรม", a(path("ethics"), "ประมวลจริยธรรม") + " / " + a(path("ethics66"), "การขับเคลื่อน")),
    ("o17", "แนวปฏิบัติเรื่องร้องเรียน", a(path("compguide"), "คู่มือร้องเรียนการทุจริต")),
    ("o18", "ช่องทางร้องเรียน", a("/complaint/", "แจ้งเรื่องร้องเรียนออนไลน์")),
    ("o19", "สถิติเรื่องร้องเรียน", a(path("compstat"), "สถิติร้องเรียน 2568")),
    ("o20", "การมีส่วนร่วม", a("/news/1251/", "เวทีรับฟังความคิดเห็นชุมชน")),
    ("o21", "No Gift Policy", a(path("nogift66"), "ประกาศ No Gift Policy")),
    ("o22", "รายงานการรับของขวัญ", a(path("gift67"), "รายงานการรับของขวัญ ปี 2567")),
    ("o23", "ประเมินความเสี่ยงการทุจริต", a(path("risk68"), "ประเมินความเสี่ยง 2568")),
    ("o24", "รายงานผลการจัดการความเสี่ยง", a(RISKREP, "รายงานผลการจัดการความเสี่ยง ปี 2567")),
    ("o25", "แผนป้องกันการทุจริต", a(path("acp68"), "แผนป้องกันการทุจริต 2568")),
    ("o26", "รายงานผลการป้องกันการทุจริต", a(path("acprep"), "รายงานผล ปี 2567")),
]

ITA67 = [
    ("o5", "แผนยุทธศาสตร์", a(path("plan5"), "แผนพัฒนาวิทยาเขต")),
    ("o6", "แผนปฏิบัติราชการ", a(path("ap67"), "แผนปฏิบัติราชการ 2567") + " / " + a(path("six67"), "รอบ 6 เดือน")),
    ("o14", "แผนพัฒนาบุคลากร", a(path("hr67"), "แผนพัฒนาบุคลากร 2567")),
    ("o12", "สขร.1", a(path("m09_67"), "สขร.1 ก.ย. 2567")),
    ("o21", "No Gift Policy", a(path("nogift66"), "ประกาศ No Gift Policy")),
    ("o25", "แผนป้องกันการทุจริต", a(path("acpeval67"), "ผลการประเมินแผน")),
]


def assets() -> None:
    """The theme's stylesheet, the logo, the head's photo and the chart (plain colour blocks)."""
    from PIL import Image

    base = os.path.join(HERE, "wp-content")
    for p, size, col in (("uploads/2566/01/logo-ipe.png", (70, 70), (200, 30, 30)),
                         ("uploads/2567/10/head.jpg", (120, 150), (120, 120, 140)),
                         ("uploads/2567/11/chart.png", (600, 300), (240, 240, 250))):
        os.makedirs(os.path.dirname(os.path.join(base, p)), exist_ok=True)
        Image.new("RGB", size, col).save(os.path.join(base, p))
    os.makedirs(os.path.join(base, "themes/astra"), exist_ok=True)
    with open(os.path.join(base, "themes/astra/style.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Sarabun,sans-serif}.site-header{background:#7a0019;color:#fff}\n")


def main() -> None:
    assets()
    latest = "".join(f"<li>{a(f'/news/{i}/', t)} <small>{dt}</small></li>" for i, dt, t, _b in NEWS[:5])
    write("/", "หน้าแรก", f'<div class="hero">ผลิตบัณฑิตพลศึกษาและกีฬา สู่ความเป็นเลิศ</div><h2>ข่าวล่าสุด</h2><ul>{latest}</ul>'
          f'<p>{a("/ita-2568/", "การประเมินคุณธรรมและความโปร่งใส ITA 2568")}</p>')
    write("/about/history/", "ประวัติวิทยาเขต", "<p>ก่อตั้งเมื่อ พ.ศ. 2521 ในชื่อวิทยาลัยพลศึกษาภูผาทอง "
          "เปลี่ยนเป็นวิทยาเขตของสถาบันการพลศึกษาตามพระราชบัญญัติสถาบันการพลศึกษา พ.ศ. 2548</p>")
    write("/about/vision/", "ปรัชญา วิสัยทัศน์ พันธกิจ", "<p>ปรัชญา กีฬาสร้างคน คนสร้างชาติ</p>")
    write("/about/structure/", "โครงสร้างและอำนาจหน้าที่",
          '<img src="/wp-content/uploads/2567/11/chart.png" alt="แผนภูมิโครงสร้างวิทยาเขตภูผาทอง" width="600">'
          "<h2>แผนภูมิโครงสร้างการบริหารงาน</h2><ul><li>สภาสถาบันการพลศึกษา / อธิการบดี (ส่วนกลาง)<ul>"
          "<li>รองอธิการบดีประจำวิทยาเขตภูผาทอง<ul><li>คณะกรรมการประจำวิทยาเขต</li>"
          "<li>ผู้ช่วยรองอธิการบดี 3 ฝ่าย (วิชาการ, กิจการนักศึกษา, บริหาร)</li>"
          "<li>สำนักงานรองอธิการบดี (งานบริหารทั่วไป งานนโยบายและแผน งานพัสดุ งานบุคคล งานการเงิน)</li>"
          "<li>คณะศึกษาศาสตร์ คณะวิทยาศาสตร์การกีฬาและสุขภาพ คณะศิลปศาสตร์</li>"
          "<li>โรงเรียนกีฬา</li></ul></li></ul></li></ul>"
          "<h2>อำนาจหน้าที่ (พ.ร.บ.สถาบันการพลศึกษา พ.ศ. 2548 มาตรา 7)</h2><ol>"
          "<li>จัดการศึกษาระดับปริญญาตรีด้านพลศึกษา การกีฬา และสุขภาพ</li><li>ส่งเสริมและพัฒนานักกีฬาสู่ความเป็นเลิศ</li>"
          "<li>วิจัยและบริการวิชาการด้านการกีฬาแก่ชุมชน</li><li>ทำนุบำรุงศิลปวัฒนธรรม</li></ol>")
    write("/about/executives/", "ผู้บริหาร", table([
        ("นายวีรยุทธ ศรีพลากร", "รองอธิการบดีประจำวิทยาเขต", "0 5599 1101"),
        ("นางสาวจันทร์เพ็ญ ม่วงทอง", "ผู้ช่วยรองอธิการบดีฝ่ายวิชาการ", "0 5599 1102"),
        ("นายกิตติพงษ์ แสงเหนือ", "ผู้ช่วยรองอธิการบดีฝ่ายกิจการนักศึกษา", "0 5599 1103"),
        ("นางวราภรณ์ ทิพย์สุข", "ผู้ช่วยรองอธิการบดีฝ่ายบริหาร", "0 5599 1104")], ("ชื่อ", "ตำแหน่ง", "โทร"))
        + '<img src="/wp-content/uploads/2567/10/head.jpg" alt="ผู้บริหาร" width="120">')
    write("/contact/", "ติดต่อเรา", f"<p>{ORG} 199 หมู่ 4 ตำบลเขาทอง อำเภอเนินสูง จังหวัดพิษณุโลก 65190</p>"
          "<p>โทรศัพท์ 0 5599 1100 โทรสาร 0 5599 1109 อีเมล saraban.phuphathong@example.ac.th</p>"
          '<p><a href="https://maps.google.com/?q=16.9,100.5">แผนที่ Google Maps</a> | '
          '<a href="https://facebook.com/phuphathong.ipe.example">Facebook</a></p><p>เวลาทำการ จันทร์-ศุกร์ 08.30-16.30 น.</p>'
          f'<p>{a("/faq/", "ถาม-ตอบ")}</p>')
    write("/faq/", "ถาม-ตอบ (Q&A)", "<p>ถาม: ประชาชนใช้ลู่วิ่งได้เวลาใด ตอบ: ทุกวัน 05.00-08.00 และ 16.30-20.00 น. (12 มี.ค. 2568)</p>"
          '<form action="/faq/" method="post"><textarea name="q"></textarea><button>ส่งคำถาม</button></form>')
    for page, sl in ((1, NEWS[:10]), (2, NEWS[10:])):
        rows = "".join(f'<article><h2>{a(f"/news/{i}/", t)}</h2><time>{dt}</time></article>' for i, dt, t, _b in sl)
        nav = a("/news/page/2/", "หน้าถัดไป »") if page == 1 else a("/news/", "« หน้าก่อน")
        write("/news/" if page == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", rows + nav)
    for i, dt, t, b in NEWS:
        write(f"/news/{i}/", t, f"<time>{dt}</time><p>{b}</p>"
              '<p class="share">แชร์ Facebook</p>')
    # downloads
    write("/download/", "ดาวน์โหลดเอกสาร", "<ul>" + "".join(f"<li>{a(f'/download/{c}/', n)}</li>" for c, n in CATS.items()) + "</ul>")
    for c, n in CATS.items():
        rows = [(a(path(k), t), dt) for cc, k, t, dt in DL if cc == c]
        write(f"/download/{c}/", f"หมวดหมู่: {n}", table(rows, ("เอกสาร", "วันที่")))
    months = [("m10", "ตุลาคม 2567"), ("m11", "พฤศจิกายน 2567"), ("m12", "ธันวาคม 2567"),
              ("m02", "กุมภาพันธ์ 2568"), ("m03", "มีนาคม 2568"), ("m09_67", "กันยายน 2567")]
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้าง (สขร.1)",
          table([(a(path(k), f"สขร.1 เดือน{m}"),) for k, m in months], ("รายการ",))
          + f'<p>{a(path("proc67"), "รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปี 2567")}</p>'
          '<p><a href="https://process3.gprocurement.go.th/">ระบบ e-GP</a></p>')
    write("/eservice/", "E-Service ขอใช้สนามกีฬาและบริการออนไลน์",
          '<form action="/eservice/" method="post"><label>ชื่อ-สกุล <input name="name"></label>'
          '<label>สถานที่ <select name="place"><option>สนามฟุตบอล</option><option>อาคารยิมเนเซียม</option>'
          '<option>สระว่ายน้ำ</option></select></label><label>วันที่ <input type="date" name="day"></label>'
          '<label>เบอร์โทร <input name="tel"></label><button>ยื่นคำขอ</button></form>'
          "<p>ขอเอกสารทางการศึกษาออนไลน์ (ใบรับรองผลการเรียน) ใช้แบบฟอร์มเดียวกัน เลือกประเภทคำขอ</p>")
    write("/service-guide/", "คู่มือสำหรับผู้รับบริการ", f"<ul><li>{dl('guide9')}</li></ul>"
          "<p>ขั้นตอนโดยย่อ: ยื่นแบบ สก.1 → ตรวจตาราง 1 วัน → อนุญาต 2 วัน</p>")
    write("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          '<p>ผู้ร้องไม่ต้องเปิดเผยตัวตน ข้อมูลจะถูกเก็บเป็นความลับ</p><form action="/complaint/" method="post">'
          '<label>เรื่อง <input name="subject"></label><label>รายละเอียด <textarea name="detail"></textarea></label>'
          '<label>หลักฐาน <input type="file" name="proof"></label><button>ส่งเรื่องร้องเรียน</button></form>'
          f'<p>{dl("compguide")}</p>')
    for p, t in (("/admission/", "รับสมัครนักศึกษา"), ("/courses/", "หลักสูตรที่เปิดสอน"),
                 ("/sport-school/", "โรงเรียนกีฬา"), ("/fitness/", "ศูนย์ฟิตเนส"), ("/library/", "ห้องสมุด"),
                 ("/calendar/", "ปฏิทินการศึกษา 2568"), ("/alumni/", "ศิษย์เก่า"), ("/research/", "งานวิจัย")):
        write(p, t, f"<p>{t} {ORG}</p>")
    write("/ita-2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568",
          table([(c, t, lk) for c, t, lk in ITA68], ("ข้อ", "รายการ", "ลิงก์")))
    write("/ita-2567/", "ITA 2567 การเปิดเผยข้อมูลสาธารณะ",
          table([(c, t, lk) for c, t, lk in ITA67], ("ข้อ", "รายการ", "ลิงก์")))


if __name__ == "__main__":
    main()
