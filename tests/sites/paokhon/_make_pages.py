"""Generate the pages of the "paokhon" test site (องค์การบริหารส่วนจังหวัดโพนคำ, invented).

Run after _make_docs.py:  python tests/sites/paokhon/_make_pages.py

A WordPress theme (top bar, logo header, menu, right-hand widget column with the chief executive,
ITA links per year and a visitor counter, footer) on every page; each page is <path>/index.html.
Deterministic: no randomness, no clock.
"""

from __future__ import annotations

import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ORG = "องค์การบริหารส่วนจังหวัดโพนคำ"
ADDR = "เลขที่ 99 ถนนแจ้งสนิทสายใหม่ ตำบลในเมือง อำเภอเมืองโพนคำ จังหวัดโพนคำ 47990"
PHONE = "0 4291 0550"

MENU = [("/", "หน้าแรก"), ("/about/history/", "เกี่ยวกับ อบจ."), ("/news/", "ข่าวประชาสัมพันธ์"),
        ("/download/", "ดาวน์โหลดเอกสาร"), ("/procurement/", "จัดซื้อจัดจ้าง"), ("/eservice/", "E-Service"),
        ("/ita/2568/", "ITA 2568"), ("/complaint/", "ร้องเรียน/ร้องทุกข์"), ("/contact/", "ติดต่อเรา")]


def page(path: str, title: str, body: str) -> None:
    menu = "".join(f'<li class="menu-item"><a href="{u}">{t}</a></li>' for u, t in MENU)
    doc = f"""<!DOCTYPE html>
<html lang="th-TH">
<head><meta charset="UTF-8"><title>{html.escape(title)} – {ORG}</title>
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" href="/wp-content/themes/pao-isan/style.css"></head>
<body class="wp-theme-pao-isan">
<div class="top-bar">ยินดีต้อนรับสู่เว็บไซต์ {ORG} | โทร {PHONE}</div>
<header class="site-header"><a class="logo" href="/"><span class="site-title">{ORG}</span>
<span class="tagline">Phonkham Provincial Administrative Organization</span></a></header>
<nav class="main-navigation"><ul class="menu">{menu}</ul></nav>
<div class="site-content"><main class="content-area">
<h1 class="entry-title">{html.escape(title)}</h1>
{body}
</main>
<aside class="widget-area">
<section class="widget"><h3>นายก อบจ.โพนคำ</h3><p>นายประเสริฐ ศรีวงศ์ทอง<br>นายกองค์การบริหารส่วนจังหวัดโพนคำ</p></section>
<section class="widget"><h3>ITA การประเมินคุณธรรมและความโปร่งใส</h3><ul>
<li><a href="/ita/2568/">ITA ปี 2568</a></li><li><a href="/ita/2567/">ITA ปี 2567</a></li></ul></section>
<section class="widget"><h3>หน่วยงานในสังกัด</h3><ul><li><a href="/units/health-centres/">รพ.สต. ถ่ายโอน</a></li>
<li><a href="/units/schools/">โรงเรียนในสังกัด</a></li></ul></section>
<section class="widget"><h3>สถิติผู้เข้าชม</h3><p>วันนี้ 214 | ทั้งหมด 1,482,906</p></section>
</aside></div>
<footer class="site-footer"><p>{ORG} {ADDR}</p><p>โทรศัพท์ {PHONE} โทรสาร 0 4291 0551
อีเมล saraban@phonkhampao.example</p><p><a href="/sitemap/">แผนผังเว็บไซต์</a> |
Powered by WordPress</p></footer>
</body></html>
"""
    target = os.path.join(HERE, path.strip("/"), "index.html") if path != "/" else os.path.join(HERE, "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(doc)


def links(rows: list[tuple[str, str, str]]) -> str:
    """A download list: (date, title, url), newest first."""
    li = "".join(f'<tr><td>{d}</td><td><a href="{u}">{html.escape(t)}</a></td></tr>' for d, t, u in rows)
    return f'<table class="download-list"><tr><th>วันที่</th><th>เอกสาร</th></tr>{li}</table>'


NEWS = {
    214: ("3 เมษายน 2568", "อบจ.โพนคำ ส่งมอบรถบริการการแพทย์ฉุกเฉิน 2 คัน ให้ รพ.สต. ถ่ายโอน", ""),
    213: ("24 มีนาคม 2568", "ประชาสัมพันธ์การชำระภาษีบำรุง อบจ. จากผู้เข้าพักโรงแรม", ""),
    212: ("10 มีนาคม 2568", "การแข่งขันกีฬานักเรียนจังหวัดโพนคำ ประจำปี 2568", ""),
    211: ("20 กุมภาพันธ์ 2568", "ซ่อมสร้างถนนลาดยางสาย พค.ถ.1-0032 บ้านโนนสูง - บ้านนาดี", ""),
    210: ("12 กุมภาพันธ์ 2568", "อบรมคุณธรรมจริยธรรมบุคลากร อบจ.โพนคำ ประจำปีงบประมาณ 2568",
          "<p>วันที่ 11 กุมภาพันธ์ 2568 สำนักปลัด อบจ. จัดโครงการอบรมคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรม"
          " ให้แก่ข้าราชการและพนักงานจ้าง จำนวน 180 คน ณ หอประชุมพญาแถน</p>"),
    209: ("28 มกราคม 2568", "ประชุมสภา อบจ.โพนคำ สมัยสามัญ สมัยแรก ประจำปี 2568", ""),
    208: ("14 มกราคม 2568", "รายงานผลการดำเนินงานของ อบจ.โพนคำ ต่อสภา อบจ.",
          '<p>นายก อบจ. รายงานผลการดำเนินงานต่อสภา อบจ.โพนคำ เมื่อวันที่ 10 มกราคม 2568</p>'
          '<p>เอกสารแนบ: <a href="/files/30807.pdf">รายงานผลการดำเนินงาน (ไฟล์ PDF)</a></p>'),
    207: ("6 มกราคม 2568", "อบจ.โพนคำ ร่วมงานวันเด็กแห่งชาติ 2568", ""),
    206: ("18 ธันวาคม 2567", "ประชาคมระดับจังหวัด เพื่อรับฟังความคิดเห็นโครงการพัฒนา ปี 2568",
          "<p>วันที่ 17 ธันวาคม 2567 อบจ.โพนคำ จัดเวทีประชาคมระดับจังหวัด ณ ห้องประชุมพญาแถน มีผู้นำชุมชน"
          " ภาคประชาสังคม และประชาชน เข้าร่วม 240 คน ให้ความเห็นต่อโครงการถนนและแหล่งน้ำ ปีงบประมาณ 2568"
          " ผลการประชุมนำไปปรับโครงการในแผนการดำเนินงาน</p>"),
    205: ("2 ธันวาคม 2567", "ประชาสัมพันธ์ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", ""),
    204: ("15 พฤศจิกายน 2567", "ลอยกระทงโพนคำ ประจำปี 2567", ""),
    203: ("1 ตุลาคม 2567", "ข้อบัญญัติงบประมาณรายจ่ายประจำปี 2568 มีผลบังคับใช้", ""),
    # previous fiscal year, page 2
    202: ("20 สิงหาคม 2567", "ประชาคมทบทวนแผนพัฒนาท้องถิ่น ปี 2567",
          "<p>เวทีประชาคมเมื่อ 19 สิงหาคม 2567 ผู้เข้าร่วม 190 คน</p>"),
    201: ("5 มิถุนายน 2567", "กิจกรรมวันสิ่งแวดล้อมโลก 2567", ""),
}


def assets() -> None:
    """The theme's stylesheet and the two images the pages show (a 1x1 PNG, a tiny JPEG)."""
    import base64

    files = {
        "wp-content/themes/pao-isan/style.css": b"body{font-family:Sarabun,sans-serif}.ita td{border:1px solid #ccc}\n",
        "wp-content/uploads/ita-banner.png": base64.b64decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="),
        "wp-content/uploads/executives.jpg": base64.b64decode(
            "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////"
            "////////////////////////////2wBDAf//////////////////////////////////////////////////////////"
            "////////////////////////////wAARCAABAAEDASIAAhEBAxEB/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAA"
            "AAAAAAAAAAAAAAD/xAAUAQEAAAAAAAAAAAAAAAAAAAAA/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAwDAQACEQMRAD8AKp//2Q=="),
    }
    for rel, data in files.items():
        target = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as f:
            f.write(data)


def build() -> None:
    assets()
    page("/", "หน้าแรก", "<h2>ข่าวล่าสุด</h2><ul>" + "".join(
        f'<li><a href="/news/{n}/">{t}</a> ({d})</li>' for n, (d, t, _b) in list(NEWS.items())[:6])
        + '</ul><p><a href="/ita/2568/"><img src="/wp-content/uploads/ita-banner.png" alt="ITA 2568"></a></p>')
    page("/about/history/", "ประวัติความเป็นมา", f"<p>{ORG} จัดตั้งตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด"
         " พ.ศ. 2540 ตั้งอยู่ใจกลางจังหวัดโพนคำ ริมลำน้ำพอง</p>")
    page("/about/vision/", "วิสัยทัศน์ พันธกิจ", "<p>โพนคำเมืองน่าอยู่ เศรษฐกิจมั่นคง สังคมเป็นสุข</p>")
    page("/about/structure/", "โครงสร้างองค์กร", "<h2>ฝ่ายการเมือง</h2><ul><li>นายก อบจ.</li>"
         "<li>รองนายก อบจ. 3 คน</li><li>เลขานุการและที่ปรึกษานายก อบจ.</li><li>สภา อบจ.: ประธาน รองประธาน 2 คน"
         " สมาชิก 30 คน</li></ul><h2>ฝ่ายประจำ</h2><ul><li>ปลัด อบจ. / รองปลัด อบจ. 2 คน</li><li>สำนักปลัด"
         "</li><li>สำนักงานเลขานุการ อบจ.</li><li>กองคลัง</li><li>กองช่าง</li><li>กองยุทธศาสตร์และงบประมาณ</li>"
         "<li>กองพัสดุและทรัพย์สิน</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>กองสาธารณสุข</li>"
         '<li>หน่วยตรวจสอบภายใน</li></ul><p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    page("/about/authority/", "อำนาจหน้าที่", "<ol><li>ตราข้อบัญญัติและจัดทำแผนพัฒนาจังหวัด</li>"
         "<li>สนับสนุนและประสานการพัฒนาของ อปท. อื่น</li><li>ก่อสร้างและบำรุงรักษาทางหลวงท้องถิ่น</li>"
         "<li>จัดการศึกษาและสาธารณสุข</li><li>คุ้มครองดูแลทรัพยากรธรรมชาติ</li></ol>"
         "<p>ตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 มาตรา 45 และพระราชบัญญัติกำหนดแผนฯ มาตรา 17</p>")
    page("/about/executives/", "คณะผู้บริหาร", "<ul><li>นายประเสริฐ ศรีวงศ์ทอง นายก อบจ. โทร 08 1960 2201</li>"
         "<li>นายวีระพล แก้วมณี รองนายก อบจ. โทร 08 1960 2202</li><li>นางอรุณี ทองสุข รองนายก อบจ."
         " โทร 08 1960 2203</li><li>นายสมชาย ดวงแก้ว รองนายก อบจ. โทร 08 1960 2204</li>"
         "<li>นายชัยณรงค์ พลศรี ปลัด อบจ. โทร 0 4291 0552</li></ul>"
         '<p><img src="/wp-content/uploads/executives.jpg" alt="คณะผู้บริหาร"></p>')
    page("/about/council/", "สมาชิกสภา อบจ.", "<p>ประธานสภา นายทองใบ ศรีโพน และสมาชิก 30 คน จาก 14 อำเภอ</p>")
    page("/about/divisions/", "ส่วนราชการ", "<p>สำนักปลัด กองคลัง กองช่าง กองพัสดุและทรัพย์สิน ฯลฯ</p>")
    page("/contact/", "ติดต่อเรา", f"<p>{ADDR}</p><p>โทรศัพท์ {PHONE} โทรสาร 0 4291 0551</p>"
         "<p>อีเมล saraban@phonkhampao.example</p><p>Facebook: อบจ.โพนคำ</p>"
         '<p><a href="https://maps.example.com/?q=phonkham-pao">แผนที่ Google Maps</a></p>'
         '<p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น. | <a href="/qa/">ถาม-ตอบ</a></p>')
    page("/qa/", "กระดานถาม-ตอบ", "<p>ถาม: ขอใช้สนามกีฬากลางต้องทำอย่างไร (5 มีนาคม 2568) ตอบ: ยื่นคำขอผ่าน E-Service</p>"
         '<form action="/qa/" method="post"><textarea name="q"></textarea><button>ส่งคำถาม</button></form>')
    page("/eservice/", "E-Service", '<ul><li><a href="/eservice/stadium/">ขอใช้สนามกีฬากลางจังหวัด</a></li>'
         "<li>แจ้งซ่อมถนนทางหลวงท้องถิ่น (Google Form)</li></ul>")
    page("/eservice/stadium/", "แบบคำขอใช้สนามกีฬากลางจังหวัดออนไลน์",
         '<form action="/eservice/stadium/" method="post"><input name="name" placeholder="ชื่อ-สกุล">'
         '<input name="phone" placeholder="โทรศัพท์"><input name="date" type="date"><button>ยื่นคำขอ</button></form>')
    page("/complaint/", "ร้องเรียน/ร้องทุกข์", '<ul><li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียน'
         'การทุจริตและประพฤติมิชอบ</a></li><li>ร้องทุกข์ทั่วไป โทร 1132</li></ul>')
    page("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         "<p>ผู้ร้องสามารถแจ้งเรื่องได้โดยไม่ต้องเปิดเผยตัวตน ข้อมูลผู้ร้องจะถูกเก็บเป็นความลับ</p>"
         '<form action="/complaint/corruption/" method="post"><input name="subject" placeholder="เรื่อง">'
         '<textarea name="detail"></textarea><button>ส่งเรื่องร้องเรียน</button></form>')

    items = list(NEWS.items())
    cur = [(n, v) for n, v in items if n >= 203]
    old = [(n, v) for n, v in items if n < 203]
    for chunk, path, nxt in ((cur, "/news/", '<a href="/news/page/2/">หน้าถัดไป</a>'), (old, "/news/page/2/", "")):
        page(path, "ข่าวประชาสัมพันธ์", "<ul>" + "".join(
            f'<li><a href="/news/{n}/">{t}</a> <span class="date">{d}</span></li>' for n, (d, t, _b) in chunk)
            + f"</ul><p>{nxt}</p>")
    for n, (d, t, b) in items:
        page(f"/news/{n}/", t, f'<p class="posted-on">โพสต์เมื่อ {d}</p>{b or "<p>" + t + "</p>"}'
             '<p><a href="/news/">กลับหน้าข่าว</a></p>')

    cats = {
        "plan": ("แผนพัฒนาท้องถิ่น", [
            ("5 ธันวาคม 2567", "รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ปี 2567", "/files/30388.pdf"),
            ("14 ธันวาคม 2566", "ประกาศประกวดราคาจ้างพิมพ์แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)", "/files/30215.pdf"),
            ("25 ตุลาคม 2560", "แผนพัฒนาท้องถิ่น", "/files/28114.pdf")]),
        "budget": ("แผนดำเนินงาน / ข้อบัญญัติงบประมาณ", [
            ("28 พฤศจิกายน 2567", "แผนการดำเนินงาน ประจำปี 2568", "/files/30733.pdf"),
            ("5 พฤศจิกายน 2567", "หนังสือเชิญประชุมคณะกรรมการพัฒนา อบจ.", "/files/30440.pdf"),
            ("20 กันยายน 2567", "ข้อบัญญัติงบประมาณรายจ่าย ประจำปี 2568", "/files/30684.pdf"),
            ("22 เมษายน 2567", "รายงานความก้าวหน้าการดำเนินงาน รอบ 6 เดือน", "/files/29960.docx"),
            ("30 พฤศจิกายน 2566", "แผนการดำเนินงาน ประจำปี 2567", "/files/28906.pdf")]),
        "report": ("รายงานผลการดำเนินงาน", [
            ("14 มกราคม 2568", "รายงานผลการดำเนินงานประจำปี", "/files/30807.pdf")]),
        "hr": ("การบริหารงานบุคคล", [
            ("8 พฤศจิกายน 2567", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปี 2567", "/files/30590.docx"),
            ("2 ตุลาคม 2566", "แผนพัฒนาบุคลากร", "/files/29133.pdf")]),
        "manual": ("คู่มือ", [
            ("9 พฤษภาคม 2566", "คู่มือการจัดการเรื่องร้องเรียนการทุจริต", "/files/27618.pdf"),
            ("2 มีนาคม 2566", "คู่มือสำหรับประชาชน", "/files/27502.pdf"),
            ("1 มิถุนายน 2565", "คู่มือการปฏิบัติงาน กองคลัง", "/files/27450.doc")]),
        "anticorruption": ("ป้องกันการทุจริต", [
            ("20 ธันวาคม 2567", "การประเมินความเสี่ยงการทุจริต ปี 2568", "/files/30870.pdf"),
            ("30 ตุลาคม 2567", "แผนปฏิบัติการป้องกันการทุจริต ปี 2568", "/files/30901.pdf"),
            ("29 ตุลาคม 2567", "รายงานผลการดำเนินการป้องกันการทุจริต ปี 2567", "/files/30648.docx"),
            ("25 ตุลาคม 2567", "รายงานการรับของขวัญ ปี 2567", "/files/30612.docx"),
            ("12 กันยายน 2567", "(ร่าง) แผนปฏิบัติการป้องกันการทุจริต", "/files/30502.docx"),
            ("15 ธันวาคม 2565", "ประกาศเจตนารมณ์ No Gift Policy", "/files/28377.pdf")]),
        "ethics": ("จริยธรรม", [("15 มีนาคม 2564", "ประมวลจริยธรรม", "/files/26201.pdf")]),
        "stats": ("สถิติ", [
            ("3 เมษายน 2568", "สถิติการให้บริการประชาชน ปี 2568", "/files/31012.xls"),
            ("6 กุมภาพันธ์ 2568", "สถิติเรื่องร้องเรียนการทุจริต ปี 2568", "/files/30955.xlsx")]),
    }
    page("/download/", "ดาวน์โหลดเอกสาร", "<ul>" + "".join(
        f'<li><a href="/download/{k}/">{v[0]}</a></li>' for k, v in cats.items()) + "</ul>")
    for k, (t, rows) in cats.items():
        page(f"/download/{k}/", t, links(rows))

    months = [("31102.xls", "ตุลาคม 2567"), ("31148.xls", "พฤศจิกายน 2567"), ("31177.xls", "ธันวาคม 2567"),
              ("31203.xls", "มกราคม 2568"), ("31290.xls", "มีนาคม 2568")]
    page("/procurement/", "สรุปผลการจัดซื้อจัดจ้าง (สขร.1)", links(
        [("", f"สขร.1 ประจำเดือน{m}", f"/files/{no}") for no, m in reversed(months)]))
    page("/units/health-centres/", "รพ.สต. ถ่ายโอน", "<p>รพ.สต. ที่ถ่ายโอนมาสังกัด อบจ.โพนคำ 68 แห่ง</p>" + links(
        [("5 มีนาคม 2568", "สขร.1 รพ.สต.บ้านนาดี ประจำเดือน ก.พ. 68", "/files/30619.pdf")]))
    page("/units/schools/", "โรงเรียนในสังกัด", "<p>โรงเรียนถ่ายโอน 12 แห่ง</p>")
    page("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in MENU) + "</ul>")
    page("/gallery/", "ภาพกิจกรรม", "<p>อัลบั้มภาพกิจกรรม ปี 2568</p>")

    ita = [
        ("o1", "โครงสร้างองค์กร", ["/about/structure/"]),
        ("o2", "ข้อมูลผู้บริหาร", ["/about/executives/"]),
        ("o3", "ข้อมูลการติดต่อ", ["/contact/"]),
        ("o4", "ข่าวประชาสัมพันธ์", ["/news/"]),
        ("o5", "แผนพัฒนาท้องถิ่น", ["/download/plan/"]),
        ("o6", "แผนดำเนินงานและการใช้งบประมาณ", ["/files/30733.pdf", "/files/30684.pdf", "/files/29960.docx"]),
        ("o7", "รายงานผลการดำเนินงานประจำปี", ["/news/208/"]),
        ("o8", "คู่มือการปฏิบัติงาน", ["/files/27450.doc"]),
        ("o9", "คู่มือการให้บริการประชาชน", ["/files/27502.pdf"]),
        ("o10", "E-Service", ["/eservice/"]),
        ("o11", "สถิติการให้บริการ", ["/files/31012.xls"]),
        ("o12", "ผลการจัดซื้อจัดจ้างรายเดือน", ["/procurement/"]),
        ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", ["/files/30561.pdf"]),
        ("o14", "แผนพัฒนาบุคลากร", ["/download/hr/"]),
        ("o15", "รายงานผลการบริหารงานบุคคล", ["/files/30590.docx"]),
        ("o16", "ประมวลจริยธรรม", ["/files/26201.pdf", "/news/210/"]),
        ("o17", "คู่มือร้องเรียนการทุจริต", ["/files/27618.pdf"]),
        ("o18", "ช่องทางร้องเรียนการทุจริต", ["/complaint/corruption/"]),
        ("o19", "สถิติเรื่องร้องเรียนการทุจริต ปี 2568", ["/files/30955.xlsx"]),
        ("o20", "การมีส่วนร่วม", ["/news/206/"]),
        ("o21", "No Gift Policy", ["/files/28377.pdf"]),
        ("o22", "รายงานการรับของขวัญ", ["/files/30612.docx"]),
        ("o23", "ประเมินความเสี่ยงการทุจริต", ["/files/30870.pdf"]),
        ("o24", "รายงานผลการจัดการความเสี่ยง", ["/files/31877.pdf"]),
        ("o25", "แผนป้องกันการทุจริต", ["/files/30901.pdf"]),
        ("o26", "รายงานผลการป้องกันการทุจริต", ["/files/30648.docx"]),
    ]
    rows = "".join(f"<tr><td>{c}</td><td>{t}</td><td>" + " ".join(
        f'<a href="{u}">คลิก</a>' for u in us) + "</td></tr>" for c, t, us in ita)
    page("/ita/2568/", "ITA ปี 2568 การเปิดเผยข้อมูลสาธารณะ (OIT)",
         f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{rows}</table>')
    old_ita = [("o5", "แผนพัฒนาท้องถิ่น", "/files/28114.pdf"), ("o6", "แผนดำเนินงาน 2567", "/files/28906.pdf"),
               ("o6", "รายงานความก้าวหน้า 6 เดือน", "/files/29960.docx"), ("o13", "แผนพัฒนาบุคลากร", "/files/29133.pdf"),
               ("o22", "รายงานผลการจัดการความเสี่ยง 2566", "/files/28810.pdf"), ("o34", "No Gift Policy", "/files/28377.pdf")]
    page("/ita/2567/", "ITA ปี 2567", '<table class="ita">' + "".join(
        f'<tr><td>{c}</td><td>{t}</td><td><a href="{u}">ดาวน์โหลด</a></td></tr>' for c, t, u in old_ita) + "</table>")


if __name__ == "__main__":
    build()
