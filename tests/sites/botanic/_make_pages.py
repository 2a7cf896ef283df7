"""Generate the HTML pages of the "botanic" test site (สวนพฤกษศาสตร์ภูผาเกษม, a regional branch of
องค์การสวนพฤกษศาสตร์; invented).

Run:  python tests/sites/botanic/_make_pages.py   (after _make_docs.py)

A Joomla site of the branch: every page is a query-string URL of /index.php
(option=com_content&view=article&id=N or view=category&id=N), kept as static copies under
index.php.q/<query>/index.html; every document goes out through /download.php?id=N.  The ITA
section is one page per indicator group (9.1 … 10.2) under a year selector (2569 / 2568); many
rows point to the head office (www.qsbg.org) for the enterprise-wide documents.  The site moved
from Joomla 1.5 in 2568 and the old copy is still online under /old/.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS  # noqa: E402

BRANCH = "สวนพฤกษศาสตร์ภูผาเกษม"
ORG = "องค์การสวนพฤกษศาสตร์"
HQ = "https://www.qsbg.org"
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def art(i: int) -> str:
    return f"/index.php?option=com_content&view=article&id={i}"


def cat(i: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&view=category&id={i}" + (f"&start={start}" if start else "")


def dl(i: int) -> str:
    return f"/download.php?id={i}"


def size(i: int) -> str:
    p = os.path.join(HERE, "download.php.q", f"id={i}", DOCS[i])
    return f"{os.path.getsize(p) / 1024:.1f} KB"


def a(href: str, text: str, ext: bool = False) -> str:
    target = ' target="_blank" rel="noopener"' if ext else ""
    return f'<a href="{html.escape(href)}"{target}>{text}</a>'


MENU = [("หน้าหลัก", "/"), ("เกี่ยวกับเรา", art(1)), ("ข่าวสาร", cat(8)), ("บริการ", art(7)),
        ("ดาวน์โหลด", cat(50)), ("ITA", cat(39)), ("ติดต่อเรา", art(5))]


def page(title: str, body: str) -> str:
    menu = "".join(f"<li>{a(h, t)}</li>" for t, h in MENU)
    side = "".join(f"<li>{a(h, t)}</li>" for t, h in [
        ("โครงสร้างและอำนาจหน้าที่", art(3)), ("ผู้บริหาร", art(4)), ("คู่มือการให้บริการ", art(7)),
        ("จองเข้าชมออนไลน์ (E-Service)", art(9)), ("แจ้งเรื่องร้องเรียนการทุจริต", art(10)),
        ("ถาม-ตอบ", art(6)), ("จัดซื้อจัดจ้าง", cat(51)), ("เว็บไซต์เดิม", "/old/")])
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} - {BRANCH}</title>
<link rel="stylesheet" href="/templates/bgo2024/css/template.css"></head>
<body><div id="top">{ORG} กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม |
{a(HQ, "สำนักงานใหญ่", True)}</div>
<header><h1>{BRANCH}</h1><p>{ORG} · {"อำเภอวังหินขาว จังหวัดเลย"}</p></header>
<nav><ul class="menu">{menu}</ul></nav>
<div id="wrap"><aside><h3>เมนูหลัก</h3><ul>{side}</ul>
<h3>ลิงก์หน่วยงาน</h3><ul><li>{a(HQ, "องค์การสวนพฤกษศาสตร์ (สำนักงานใหญ่)", True)}</li>
<li>{a("https://www.nacc.go.th", "สำนักงาน ป.ป.ช.", True)}</li></ul></aside>
<main><h2>{title}</h2>
{body}
</main></div>
<footer>{BRANCH} 99 หมู่ 7 ตำบลนาผาแดง อำเภอวังหินขาว จังหวัดเลย 42190 · โทร. 0 4281 7700 ·
อีเมล phuphakasem@bgo-branch.example · สงวนลิขสิทธิ์ © 2569</footer></body></html>
"""


def write(url: str, title: str, body: str) -> None:
    if url == "/":
        path = os.path.join(HERE, "index.html")
    elif "?" in url:
        base, q = url.split("?", 1)
        path = os.path.join(HERE, base.lstrip("/") + ".q", q, "index.html")
    else:
        path = os.path.join(HERE, url.strip("/"), "index.html")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(page(title, body))


def rows(items: list[tuple[str, str]]) -> str:
    return "<ul>" + "".join(f"<li>{a(h, t)}</li>" for t, h in items) + "</ul>"


def attach(i: int, text: str) -> str:
    return f'<p class="attach">📎 {a(dl(i), text)} ({size(i)}) · ดาวน์โหลด {10 + i} ครั้ง</p>'


NEWS = [  # id, date, title, body (FY2569 first, newest first)
    (109, "3 เมษายน 2569", "เปิดฤดูกล้วยไม้ป่าบานที่เรือนกล้วยไม้", "เรือนกล้วยไม้และเฟินเปิดให้เข้าชมทุกวัน 08.30 - 16.30 น."),
    (108, "18 มีนาคม 2569", "ต้อนรับคณะนักเรียนโรงเรียนวังหินวิทยา", "นักเรียน 82 คนเรียนรู้การจำแนกพรรณไม้"),
    (103, "19 กุมภาพันธ์ 2569", "สรุปเวทีรับฟังความคิดเห็นของประชาชน โครงการเส้นทางศึกษาธรรมชาติเขาหินปูน",
     "เมื่อวันที่ 12 กุมภาพันธ์ 2569 สวนพฤกษศาสตร์ภูผาเกษมจัดเวทีรับฟังความคิดเห็นของประชาชน มีผู้เข้าร่วม 64 คน "
     "ผู้นำชุมชนเสนอให้ขยายลานจอดรถและจ้างไกด์ท้องถิ่น รายละเอียดตามเอกสารแนบ"),
    (106, "30 มกราคม 2569", "ประกาศรับสมัครเยาวชนนำชม 6 อัตรา", "รับสมัครถึง 20 กุมภาพันธ์ 2569"),
    (101, "12 มกราคม 2569", "งานวันเด็กแห่งชาติ ณ สวนพฤกษศาสตร์ภูผาเกษม", "มีเด็กและผู้ปกครองร่วมงานกว่า 2,300 คน"),
    (102, "17 ธันวาคม 2568", "กิจกรรมส่งเสริมคุณธรรมจริยธรรม ประจำปีงบประมาณ พ.ศ. 2569",
     "ผู้อำนวยการสวนพฤกษศาสตร์ภูผาเกษมนำพนักงาน 41 คนร่วมอบรมประมวลจริยธรรมของพนักงานและลูกจ้างองค์การสวนพฤกษศาสตร์ "
     "และกิจกรรม Do's &amp; Don'ts ในการปฏิบัติงาน พร้อมลงนามปฏิญญาต่อต้านการทุจริต"),
    (107, "20 พฤศจิกายน 2568", "สัปดาห์วิทยาศาสตร์: พรรณไม้เขาหินปูน", "นิทรรศการพรรณไม้หายาก 35 ชนิด"),
    (104, "6 พฤศจิกายน 2568", "ประชุมชี้แจงการประเมิน ITA ประจำปี 2569", "ชี้แจงพนักงานเรื่องการเปิดเผยข้อมูลสาธารณะ"),
    (105, "10 ตุลาคม 2568", "ปลูกต้นไม้เฉลิมพระเกียรติ", "ปลูกต้นพะยูง 300 ต้น"),
    (110, "2 ตุลาคม 2568", "ขยายเวลาเปิดให้บริการช่วงฤดูหนาว", "เปิดถึง 17.30 น. ตั้งแต่ 1 พฤศจิกายน 2568"),
    # page 2: FY2568
    (111, "22 สิงหาคม 2568", "ฝึกอบรมอาสาสมัครพิทักษ์พรรณไม้", "อาสาสมัคร 30 คน"),
    (112, "5 พฤษภาคม 2568", "ค่ายเยาวชนรักษ์พรรณไม้ รุ่นที่ 4", "เยาวชน 60 คน"),
    (113, "14 กุมภาพันธ์ 2568", "เวทีประชาคมแผนพัฒนาเส้นทางเดินป่า 2568", "ผู้เข้าร่วม 40 คน"),
    (114, "3 ธันวาคม 2567", "ประกาศเจตนารมณ์ต่อต้านการทุจริต 2568", "พนักงานร่วมประกาศเจตนารมณ์"),
]


def assets():
    """The template's stylesheet and the small images the pages show (placeholders)."""
    import io

    from PIL import Image

    css = os.path.join(HERE, "templates", "bgo2024", "css", "template.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as f:
        f.write("body{font-family:Sarabun,sans-serif;margin:0}#wrap{display:flex}aside{width:240px}"
                "main{flex:1;padding:1em}.ita td{border:1px solid #9c9}footer{background:#264;color:#fff}\n")
    for name, fmt, colour in (("chart-2568.png", "PNG", (220, 240, 220)), ("exec/director.jpg", "JPEG", (120, 150, 120)),
                              ("exec/deputy.jpg", "JPEG", (150, 120, 120))):
        path = os.path.join(HERE, "images", name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        buf = io.BytesIO()
        Image.new("RGB", (120, 90), colour).save(buf, format=fmt)
        with open(path, "wb") as f:
            f.write(buf.getvalue())


def main():
    assets()
    write("/", "หน้าหลัก", "<h3>ข่าวล่าสุด</h3>" + rows([(f"{d} {t}", art(i)) for i, d, t, _ in NEWS[:5]])
          + f"<h3>ITA 2569</h3><p>{a(cat(39), 'การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569')}</p>")
    write(art(1), "ประวัติสวนพฤกษศาสตร์ภูผาเกษม",
          "<p>จัดตั้งเมื่อ พ.ศ. 2551 เป็นสาขาส่วนภูมิภาคขององค์การสวนพฤกษศาสตร์ พื้นที่ 1,820 ไร่ บนเขาหินปูนภูผาเกษม</p>"
          + rows([("วิสัยทัศน์และพันธกิจ", art(2)), ("โครงสร้างและอำนาจหน้าที่", art(3)), ("ผู้บริหาร", art(4))]))
    write(art(2), "วิสัยทัศน์และพันธกิจ", "<p>แหล่งเรียนรู้พรรณไม้เขาหินปูนของภาคตะวันออกเฉียงเหนือ</p>")
    write(art(3), "โครงสร้างและอำนาจหน้าที่",
          "<h3>แผนผังโครงสร้าง</h3><img src=\"/images/chart-2568.png\" alt=\"แผนผังโครงสร้าง\">"
          "<ul><li>คณะกรรมการองค์การสวนพฤกษศาสตร์ (ประธานกรรมการ และกรรมการ 10 คน)</li>"
          "<li>ผู้อำนวยการองค์การสวนพฤกษศาสตร์ (สำนักงานใหญ่)<ul><li>รองผู้อำนวยการ สายงานสวนพฤกษศาสตร์ภูมิภาค<ul>"
          "<li>ผู้อำนวยการสวนพฤกษศาสตร์ภูผาเกษม<ul><li>งานบริหารทั่วไป (การเงิน พัสดุ บุคคล)</li>"
          "<li>งานอนุรักษ์และวิจัย (หอพรรณไม้)</li><li>งานภูมิทัศน์และเรือนกระจก</li>"
          "<li>งานการศึกษาและบริการ</li></ul></li></ul></li></ul></li></ul>"
          "<h3>อำนาจหน้าที่</h3><p>ตามพระราชกฤษฎีกาจัดตั้งองค์การสวนพฤกษศาสตร์ พ.ศ. 2535 มาตรา 7 สรุปได้ดังนี้</p><ol>"
          "<li>สำรวจ รวบรวม และอนุรักษ์พรรณพืช</li><li>ศึกษาวิจัยทางพฤกษศาสตร์และเผยแพร่ผล</li>"
          "<li>จัดสวนพฤกษศาสตร์เป็นแหล่งเรียนรู้และนันทนาการ</li><li>ให้บริการวิชาการแก่ประชาชนและหน่วยงาน</li>"
          "<li>ร่วมมือกับหน่วยงานในและต่างประเทศด้านพฤกษศาสตร์</li></ol>"
          f"<p>โครงสร้างสำนักงานใหญ่: {a(dl(40), 'แผนภูมิโครงสร้างสำนักงานใหญ่ (PDF)')}</p>")
    write(art(4), "ผู้บริหาร",
          "<div class=\"exec\"><img src=\"/images/exec/director.jpg\" alt=\"ผู้อำนวยการ\"><p>นายธีรวัฒน์ ใบเขียวงาม<br>"
          "ผู้อำนวยการสวนพฤกษศาสตร์ภูผาเกษม<br>โทร. 0 4281 7700 ต่อ 10 · director.phk@bgo-branch.example</p></div>"
          "<div class=\"exec\"><img src=\"/images/exec/deputy.jpg\" alt=\"หัวหน้างาน\"><p>นางสาวพิมพ์ลดา ศรีภูผา<br>"
          "หัวหน้างานบริหารทั่วไป<br>โทร. 0 4281 7700 ต่อ 11</p></div>"
          f"<p>ผู้บริหารองค์การสวนพฤกษศาสตร์: {a(HQ + '/about/executives', 'ดูที่เว็บไซต์สำนักงานใหญ่', True)}</p>")
    write(art(5), "ติดต่อเรา",
          "<p>สวนพฤกษศาสตร์ภูผาเกษม 99 หมู่ 7 ตำบลนาผาแดง อำเภอวังหินขาว จังหวัดเลย 42190</p>"
          "<p>โทรศัพท์ 0 4281 7700 โทรสาร 0 4281 7701 อีเมล phuphakasem@bgo-branch.example</p>"
          "<p>เปิดทำการทุกวัน 08.30 - 16.30 น.</p>"
          f"<p>{a('https://maps.google.com/?q=17.3012,101.8874', 'แผนที่ Google Maps', True)}</p>"
          f"<p>มีข้อสงสัย? {a(art(6), 'ถาม-ตอบ (Q&amp;A)')}</p>")
    write(art(6), "ถาม-ตอบ (Q&A)",
          "<dl><dt>ถาม (12 มี.ค. 2569): นำสุนัขเข้าสวนได้หรือไม่</dt><dd>ตอบ: ไม่อนุญาต ยกเว้นสุนัขนำทาง</dd>"
          "<dt>ถาม (2 ก.พ. 2569): จองนำชมล่วงหน้ากี่วัน</dt><dd>ตอบ: อย่างน้อย 3 วันทำการ ผ่านระบบจองออนไลน์</dd></dl>"
          "<form action=\"/qa-post.php\" method=\"post\"><label>ชื่อ <input name=\"name\"></label>"
          "<label>คำถาม <textarea name=\"q\"></textarea></label><button>ส่งคำถาม</button></form>")
    write(art(7), "คู่มือการให้บริการ",
          "<p>คู่มือสำหรับผู้รับบริการ การขอเข้าชมแบบหมู่คณะและบริการนำชม: ขั้นตอน ระยะเวลา เอกสาร และค่าธรรมเนียม</p>"
          + attach(12, "คู่มือสำหรับผู้รับบริการ (PDF)") + f"<p>{a(art(12), 'อัตราค่าเข้าชม')}</p>")
    write(art(9), "ระบบจองเข้าชมและนำชมออนไลน์ (E-Service)",
          "<form action=\"/booking/submit.php\" method=\"post\"><label>ชื่อผู้ติดต่อ <input name=\"name\" required></label>"
          "<label>หน่วยงาน <input name=\"org\"></label><label>วันที่เข้าชม <input type=\"date\" name=\"day\"></label>"
          "<label>จำนวนคน <input type=\"number\" name=\"n\"></label><label>โทรศัพท์ <input name=\"tel\"></label>"
          "<button>ส่งคำขอจอง</button></form><h3>สถิติการให้บริการ</h3>"
          + attach(13, "สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 2568 - มี.ค. 2569)"))
    write(art(10), "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ท่านสามารถแจ้งเรื่องร้องเรียนได้ที่แบบฟอร์มด้านล่าง ข้อมูลผู้ร้องจะถูกเก็บเป็นความลับ</p>"
          "<form action=\"/complaint/submit.php\" method=\"post\"><label>ชื่อ (ไม่ระบุก็ได้) <input name=\"name\"></label>"
          "<label>เรื่องที่ร้องเรียน <textarea name=\"detail\" required></textarea></label>"
          "<label>หลักฐาน <input type=\"file\" name=\"evidence\"></label><button>ส่งเรื่องร้องเรียน</button></form>"
          f"<p>หรือ {a('https://www.nacc.go.th', 'สำนักงาน ป.ป.ช.', True)} · "
          f"{a(HQ + '/complaint', 'ระบบร้องเรียนองค์การสวนพฤกษศาสตร์', True)} · โทร. 0 4281 7700 ต่อ 11</p>"
          f"<p>{a(art(11), 'แนวปฏิบัติการจัดการเรื่องร้องเรียน')}</p>")
    write(art(11), "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ขั้นตอนการจัดการเรื่องร้องเรียน: รับเรื่อง ลงทะเบียน พิจารณา ตรวจสอบข้อเท็จจริง แจ้งผล</p>"
          + attach(26, "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"))
    write(art(12), "อัตราค่าเข้าชม", "<p>ผู้ใหญ่ 40 บาท เด็ก 20 บาท ชาวต่างชาติ 100 บาท</p>")
    write(art(21), "แผนวิสาหกิจองค์การสวนพฤกษศาสตร์ พ.ศ. 2566 - 2570",
          "<iframe src=\"https://online.fliphtml5.example/bgo/plan6670/\" width=\"100%\" height=\"600\"></iframe>"
          + attach(3, "ดาวน์โหลดไฟล์ PDF") + f"<p>ฉบับก่อนหน้า: {a(dl(4), 'แผนวิสาหกิจ (ฉบับเดิม)')}</p>")
    write(art(22), "แผนปฏิบัติการและงบประมาณ ประจำปี 2569",
          "<p>แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569 และแผนการใช้จ่ายงบประมาณ</p>"
          + attach(6, "แผนปฏิบัติการประจำปี 2569 (Word)") + attach(7, "แผนการใช้จ่ายงบประมาณ 2569 (Excel)")
          + attach(9, "รายงานติดตามแผนปฏิบัติการ 2569 รอบ 6 เดือน"))
    write(art(23), "รายงานประจำปี", "<p>รายงานประจำปี สวนพฤกษศาสตร์ภูผาเกษม (เผยแพร่ 14 มกราคม 2569)</p>"
          "<iframe src=\"https://drive.google.com/file/d/1bGoPhkAnnualRpt/preview\" width=\"100%\" height=\"500\"></iframe>"
          + attach(10, "ดาวน์โหลด รายงานประจำปี"))
    write(art(24), "กิจกรรมขับเคลื่อนจริยธรรม",
          attach(25, "ประมวลจริยธรรมของพนักงานและลูกจ้างองค์การสวนพฤกษศาสตร์")
          + f"<p>{a(art(102), 'กิจกรรมส่งเสริมคุณธรรมจริยธรรม ประจำปี 2569 (17 ธ.ค. 2568)')}</p>")
    # news
    for i, d, t, body in NEWS:
        extra = ""
        if i == 103:
            extra = attach(30, "สรุปผลการรับฟังความคิดเห็น (PDF)") + attach(29, "หนังสือเชิญประชุม (Word)")
        write(art(i), t, f"<p class=\"date\">{d}</p><p>{body}</p>{extra}")
    pager = f"<p class=\"pager\">{a(cat(8), '1')} {a(cat(8, 10), '2')}</p>"
    write(cat(8), "ข่าวประชาสัมพันธ์", rows([(f"{d} · {t}", art(i)) for i, d, t, _ in NEWS[:10]]) + pager)
    write(cat(8, 10), "ข่าวประชาสัมพันธ์ (หน้า 2)", rows([(f"{d} · {t}", art(i)) for i, d, t, _ in NEWS[10:]]) + pager)
    # downloads by category
    write(cat(50), "ดาวน์โหลดเอกสาร", rows([("จัดซื้อจัดจ้าง", cat(51)), ("แผนและรายงาน", cat(52)),
                                             ("บริหารงานบุคคล", cat(53)), ("ป้องกันการทุจริต", cat(54))]))
    months = [(19, "มีนาคม 2569"), (18, "กุมภาพันธ์ 2569"), (16, "ธันวาคม 2568"), (15, "พฤศจิกายน 2568"),
              (14, "ตุลาคม 2568")]
    write(cat(51), "จัดซื้อจัดจ้าง",
          "<table><tr><th>เรื่อง</th><th>ไฟล์</th></tr>"
          + "".join(f"<tr><td>สรุปผลการจัดซื้อจัดจ้าง (สขร.๑) ประจำเดือน{m.translate(THAI)}</td><td>{a(dl(i), 'PDF')}</td></tr>"
                    for i, m in months)
          + f"<tr><td>รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปี ๒๕๖๘</td><td>{a(dl(20), 'XLS')}</td></tr>"
          + f"<tr><td>ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์รายงานประจำปี ๒๕๖๘</td><td>{a(dl(5), 'PDF')}</td></tr></table>")
    write(cat(52), "แผนและรายงาน", rows([("แผนวิสาหกิจ 2566-2570", art(21)), ("แผนปฏิบัติการ 2569", art(22)),
                                       ("รายงานประจำปี", art(23)), ("คู่มือการปฏิบัติงาน งานหอพรรณไม้ (DOC)", dl(11))]))
    write(cat(53), "บริหารงานบุคคล", rows([("ระเบียบว่าด้วยการบริหารงานบุคคล", dl(22)),
                                        ("แผนแม่บทการบริหารและพัฒนาทรัพยากรบุคคล", dl(23)),
                                        ("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", dl(24))]))
    write(cat(54), "ป้องกันการทุจริต", rows([("ประกาศ No Gift Policy", dl(31)), ("รายงานผลการรับของขวัญ 2568", dl(32)),
                                          ("ประเมินความเสี่ยงการทุจริต", dl(33)),
                                          ("สถิติเรื่องร้องเรียน สพ.ดอยผาแดง 2569", dl(28)),
                                          ("(ร่าง) แผนปฏิบัติการป้องกันการทุจริต 2569", dl(36))]))
    ita_pages()
    old_site()


GROUPS = {  # article id: (group title, rows: (code, text, [(link text, href)]))
    40: ("9.1 ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้าง หน้าที่และอำนาจ", [("โครงสร้างและอำนาจหน้าที่", art(3))]),
        ("o2", "ข้อมูลผู้บริหาร", [("ผู้บริหารสาขา", art(4)), ("ผู้บริหารองค์การ (สำนักงานใหญ่)", HQ + "/about/executives")]),
        ("o3", "ข้อมูลการติดต่อ/ถาม-ตอบ", [("ติดต่อเรา", art(5)), ("Q&amp;A", art(6))]),
        ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", cat(8))])]),
    41: ("9.2 การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("o5", "แผนยุทธศาสตร์/แผนวิสาหกิจ", [("แผนวิสาหกิจ 2566-2570", art(21)), ("สำนักงานใหญ่", HQ + "/plan")]),
        ("o6", "แผนปฏิบัติการและงบประมาณปี 2569", [("แผนปฏิบัติการ 2569", art(22))]),
        ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานประจำปี", art(23))]),
        ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือหอพรรณไม้", dl(11))]),
        ("o9", "คู่มือการให้บริการ", [("คู่มือผู้รับบริการ", art(7))]),
        ("o10", "E-Service", [("จองเข้าชมออนไลน์", art(9))])]),
    42: ("9.3 การจัดซื้อจัดจ้าง", [
        ("o11", "สรุปผลจัดซื้อจัดจ้างรายเดือน", [("สขร.1 ปี 2569", cat(51))]),
        ("o12", "รายงานผลจัดซื้อจัดจ้างประจำปี 2568", [("XLS", dl(20))])]),
    43: ("9.4 การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("o13", "หลักเกณฑ์และแผนบริหารบุคคล", [("ระเบียบ", dl(22)), ("แผนแม่บท HR", dl(23))]),
        ("o14", "รายงานผล HR ประจำปี 2568", [("รายงาน", dl(24))]),
        ("o15", "ประมวลจริยธรรมและการขับเคลื่อน", [("ประมวลจริยธรรม/กิจกรรม", art(24))])]),
    44: ("9.5 การส่งเสริมความโปร่งใส", [
        ("o16", "แนวปฏิบัติจัดการเรื่องร้องเรียน", [("แนวปฏิบัติ", art(11))]),
        ("o17", "ช่องทางแจ้งร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", art(10))]),
        ("o18", "สถิติเรื่องร้องเรียน", [("สถิติเรื่องร้องเรียน", dl(27))]),
        ("o19", "การมีส่วนร่วม", [("เวทีรับฟังความคิดเห็น 12 ก.พ. 69", art(103))])]),
    45: ("10.1 การป้องกันสินบน", [
        ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", dl(31)), ("รายงานการรับของขวัญ 2568", dl(32))]),
        ("o21", "ประเมินความเสี่ยงการทุจริต", [("ผลการประเมินความเสี่ยงการทุจริต ประจำปี 2569", dl(33))]),
        ("o22", "ผลตามแผนบริหารความเสี่ยง 2568", [("รายงาน", dl(34))])]),
    46: ("10.2 การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("o23", "แผนป้องกันการทุจริต", []),
        ("o24", "รายงานผลการป้องกันการทุจริต 2568", [("รายงานผล", dl(8))]),
        ("o25", "การนำผล ITA ไปพัฒนา", [("ผลวิเคราะห์ ITA", "/old/index.php?option=com_content&task=view&id=88")]),
        ("o26", "ผลตามมาตรการส่งเสริมคุณธรรม 2568", [("รายงานผล", dl(38))])]),
}


def ita_pages():
    selector = f"<p class=\"years\">ปี: <b>{a(cat(39), '2569')}</b> | {a(cat(30), '2568')}</p>"
    write(cat(39), "ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)", selector
          + rows([(title, art(i)) for i, (title, _) in GROUPS.items()]))
    for i, (title, items) in GROUPS.items():
        body = "<table class=\"ita\"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>"
        for code, text, links in items:
            cell = " · ".join(a(h, t, h.startswith("http")) for t, h in links) or "อยู่ระหว่างเสนอคณะกรรมการ"
            body += f"<tr><td>{code}</td><td>{text}</td><td>{cell}</td></tr>"
        write(art(i), f"ITA 2569 · {title}", selector + body + "</table>" + f"<p>{a(cat(39), 'กลับ')}</p>")
    # last year's ITA page, one long table
    old = [("o5", "แผนวิสาหกิจ", dl(4)), ("o21", "ประเมินความเสี่ยงการทุจริต 2568", dl(44)),
           ("o23", "แผนปฏิบัติการป้องกันการทุจริต 2568", dl(35)), ("o18", "สถิติเรื่องร้องเรียน 6 เดือน 2568", dl(27)),
           ("o20", "No Gift Policy", dl(31))]
    write(cat(30), "ITA 2568 การเปิดเผยข้อมูลสาธารณะ (OIT)", selector + "<table class=\"ita\">"
          + "".join(f"<tr><td>{c}</td><td>{t}</td><td>{a(h, 'ดาวน์โหลด')}</td></tr>" for c, t, h in old) + "</table>")


def old_site():
    os.makedirs(os.path.join(HERE, "old"), exist_ok=True)
    write("/old/", "เว็บไซต์เดิม (Joomla 1.5) - ข้อมูลก่อนปี 2568",
          "<p>เว็บไซต์นี้ย้ายระบบเมื่อ มิถุนายน 2568 หน้านี้เก็บไว้เพื่อการอ้างอิง</p>"
          + rows([("ITA: การวิเคราะห์ผลการประเมิน ITA", "/old/index.php?option=com_content&task=view&id=88"),
                  ("ข่าวเก่า", "/old/index.php?option=com_content&task=view&id=87")]))
    write("/old/index.php?option=com_content&task=view&id=88", "การวิเคราะห์ผลการประเมิน ITA และมาตรการส่งเสริมคุณธรรม",
          "<p>ปรับปรุงล่าสุด 15 ตุลาคม 2567</p>"
          + f"<p>{a('/old/images/stories/ita/analysis2567.pdf', 'การวิเคราะห์ผลการประเมิน ITA 2567 และมาตรการ ปี 2568 (PDF)')}</p>")
    write("/old/index.php?option=com_content&task=view&id=87", "ข่าวเก่า",
          "<ul><li>15 ส.ค. 2567 อบรมอาสาสมัคร</li><li>2 ก.พ. 2567 เวทีประชาคม</li></ul>")


if __name__ == "__main__":
    main()
