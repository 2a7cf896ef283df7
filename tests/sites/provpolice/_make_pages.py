"""Make the pages of the provpolice test site (run _make_docs.py first, from the worktree root).

A Joomla-like CMS: articles and categories at /index.php?option=com_content&view=...&id=N
(static copies under index.php.q/<query>/index.html), documents through /download.php?id=N,
a few plain folders (/contact/, /service/, /eservice/, /complaint/), and the old site's copy
left online under /web_old/."""

from __future__ import annotations

import shutil
from pathlib import Path

SITE = Path(__file__).parent
ORG = "ตำรวจภูธรจังหวัดศรีบุรินทร์"


def art(n: int) -> str:
    return f"/index.php?option=com_content&amp;view=article&amp;id={n}"


def cat(n: int, start: int = 0) -> str:
    tail = f"&amp;limitstart={start}" if start else ""
    return f"/index.php?option=com_content&amp;view=category&amp;id={n}{tail}"


def dl(n: int) -> str:
    return f"/download.php?id={n}"


MENU = [("/", "หน้าแรก"), (art(10), "ประวัติหน่วย"), (art(11), "โครงสร้างหน่วย"), (art(12), "ผู้บังคับบัญชา"),
        (cat(8), "ข่าวประชาสัมพันธ์"), (art(26), "จัดซื้อจัดจ้าง"), (art(100), "ITA"), ("/service/", "บริการประชาชน"),
        ("/complaint/", "ร้องเรียน"), ("/contact/", "ติดต่อเรา")]


def page(body: str, title: str) -> str:
    menu = " | ".join(f'<a href="{h}">{t}</a>' for h, t in MENU)
    side = (f'<div class="side"><h3>ผบก.ภ.จว.ศรีบุรินทร์</h3><p>พล.ต.ต.ธนากร ศรีวิเศษ</p>'
            f'<ul><li><a href="{art(100)}">การประเมิน ITA 2568</a></li><li><a href="/eservice/">แจ้งความออนไลน์</a></li>'
            f'<li><a href="/web_old/">เว็บไซต์เดิม</a></li><li><a href="{art(40)}">สถานีตำรวจในสังกัด</a></li></ul>'
            '<p>สายด่วน 191 / 1599</p></div>')
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title} - {ORG}</title></head><body>'
            f'<div class="header"><h1>{ORG}</h1><p>Sriburin Provincial Police</p></div><div class="menu">{menu}</div>'
            f'<div class="wrap"><div class="content"><h2>{title}</h2>{body}</div>{side}</div>'
            f'<div class="footer">{ORG} ถนนราชดำริ ตำบลในเมือง อำเภอเมืองศรีบุรินทร์ จังหวัดศรีบุรินทร์ 39910 '
            'โทร 0 4399 1191 | Joomla! 3</div></body></html>')


def put(url: str, title: str, body: str) -> None:
    url = url.replace("&amp;", "&")
    if url.startswith("/index.php?"):
        path = SITE / "index.php.q" / url.split("?", 1)[1] / "index.html"
    else:
        path = SITE / url.strip("/") / "index.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page(body, title), encoding="utf-8")


NEWS = [
    (201, "9 ต.ค. 2567", "ภ.จว.ศรีบุรินทร์ ประชุมบริหารประจำเดือนตุลาคม 2567"),
    (202, "28 ต.ค. 2567", "ตั้งจุดตรวจร่วมบริการประชาชน เทศกาลออกพรรษา 2567"),
    (203, "14 พ.ย. 2567", "ผบก.ภ.จว.ศรีบุรินทร์ ตรวจเยี่ยม สภ.เมืองศรีบุรินทร์"),
    (204, "3 ธ.ค. 2567", "จับกุมผู้ต้องหาลักลอบค้ายาเสพติด พร้อมของกลาง"),
    (205, "18 ธ.ค. 2567", "กิจกรรมส่งเสริมจริยธรรม ตำรวจไทยใจสุจริต ประจำปี 2568"),
    (206, "27 ธ.ค. 2567", "ศูนย์ปฏิบัติการถนนปลอดภัย ช่วงเทศกาลปีใหม่ 2568"),
    (207, "22 ม.ค. 2568", "เวทีประชาคมตำรวจชุมชน รับฟังความคิดเห็นประชาชน ปี 2568"),
    (208, "7 ก.พ. 2568", "อบรมอาสาสมัครตำรวจบ้าน รุ่นที่ 1/2568"),
    (209, "25 ก.พ. 2568", "มอบรางวัลสถานีตำรวจดีเด่น ไตรมาส 1"),
    (210, "12 มี.ค. 2568", "ประชุมคณะกรรมการตรวจสอบและติดตามการบริหารงานตำรวจ"),
    (211, "2 เม.ย. 2568", "เตรียมความพร้อมเทศกาลสงกรานต์ 2568"),
    (212, "21 เม.ย. 2568", "สรุปผลการดำเนินงานช่วงสงกรานต์ 2568"),
    (190, "15 ส.ค. 2567", "พิธีมอบประกาศเกียรติคุณ วันแม่แห่งชาติ 2567"),
    (191, "20 ก.ย. 2567", "พิธีเกษียณอายุราชการ ประจำปี 2567"),
]


def main() -> None:
    for d in ("index.php.q", "contact", "service", "eservice", "complaint", "web_old/ita2567", "web_old/news"):
        shutil.rmtree(SITE / d, ignore_errors=True)
    (SITE / "index.html").unlink(missing_ok=True)
    (SITE / "web_old" / "index.html").unlink(missing_ok=True)
    news_li = "".join(f'<li>[{d}] <a href="{art(n)}">{t}</a></li>' for n, d, t in NEWS)
    (SITE / "index.html").write_text(page(
        f'<h3>ข่าวล่าสุด</h3><ul>{news_li[:2000]}</ul><p><a href="{cat(8)}">ข่าวทั้งหมด</a></p>'
        f'<p><a href="{art(100)}"><b>ITA 2568 การเปิดเผยข้อมูลสาธารณะ (OIT)</b></a></p>', "หน้าแรก"), encoding="utf-8")
    put(art(10), "ประวัติหน่วย", "<p>ตำรวจภูธรจังหวัดศรีบุรินทร์ จัดตั้งเมื่อ พ.ศ. 2480 สังกัดตำรวจภูธรภาค 9 (สมมติ) มีสถานีตำรวจในสังกัด 14 สถานี</p>")
    put(art(11), "โครงสร้างหน่วยและอำนาจหน้าที่", "<p><img src=\"/images/org.png\" alt=\"แผนผังโครงสร้าง\"></p>"
        "<ul><li>ผู้บังคับการตำรวจภูธรจังหวัดศรีบุรินทร์ (ผบก.)<ul><li>รองผู้บังคับการ 4 นาย</li>"
        "<li>ฝ่ายอำนวยการ ฝอ.1 (ธุรการและกำลังพล) ฝอ.2 (ส่งกำลังบำรุง/งบประมาณ) ฝอ.3 (ป้องกันปราบปราม/ยุทธศาสตร์)</li>"
        "<li>ฝอ.4 (กฎหมายและคดี) ฝอ.5 (จราจร) ฝอ.6 (สืบสวน)</li><li>สถานีตำรวจภูธร 14 สถานี</li></ul></li></ul>"
        "<h3>อำนาจหน้าที่ (ตามกฎกระทรวงแบ่งส่วนราชการสำนักงานตำรวจแห่งชาติ)</h3><ol>"
        "<li>ดูแลควบคุมและกำกับการปฏิบัติงานของสถานีตำรวจในสังกัด</li><li>ป้องกันและปราบปรามการกระทำความผิดทางอาญา</li>"
        "<li>รักษาความสงบเรียบร้อยและความปลอดภัยของประชาชน</li><li>ปฏิบัติการอื่นตามที่กฎหมายกำหนด</li></ol>")
    (SITE / "images" / "org.png").write_bytes(bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"))
    put(art(12), "ผู้บังคับบัญชา", "".join(
        f'<div><img src="/images/org.png" alt="{n}"><p>{n}<br>{p}<br>โทร {t}</p></div>' for n, p, t in [
            ("พล.ต.ต.ธนากร ศรีวิเศษ", "ผู้บังคับการตำรวจภูธรจังหวัดศรีบุรินทร์", "08 1990 2210"),
            ("พ.ต.อ.วีระพล คงสมบูรณ์", "รองผู้บังคับการ (ฝ่ายอำนวยการ)", "08 1990 2211"),
            ("พ.ต.อ.ชาตรี บุญประเสริฐ", "รองผู้บังคับการ (ฝ่ายป้องกันปราบปราม)", "08 1990 2212"),
            ("พ.ต.อ.อนุวัฒน์ แก้วประดิษฐ์", "รองผู้บังคับการ (ฝ่ายสืบสวน)", "08 1990 2213")]))
    put("/contact/", "ติดต่อเรา", "<p>ที่อยู่ 99 ถนนราชดำริ ตำบลในเมือง อำเภอเมืองศรีบุรินทร์ จังหวัดศรีบุรินทร์ 39910</p>"
        "<p>โทรศัพท์ 0 4399 1191 โทรสาร 0 4399 1192 อีเมล saraban.sriburin@police.example.th</p>"
        '<p><a href="https://maps.google.com/?q=15.1,104.2">แผนที่ Google Maps</a> | '
        '<a href="https://www.facebook.com/sriburinpolice.example">Facebook</a></p>'
        '<h3>ถาม-ตอบ</h3><form action="/contact/"><textarea name="q"></textarea><button>ส่งคำถาม</button></form>')
    # news category in two pages, articles
    first, second = NEWS[:10], NEWS[10:]
    put(cat(8), "ข่าวประชาสัมพันธ์", "<ul>" + "".join(
        f'<li>{d} <a href="{art(n)}">{t}</a></li>' for n, d, t in sorted(NEWS, key=lambda x: -x[0])[:10])
        + f'</ul><p>หน้า 1 <a href="{cat(8, 10)}">2</a></p>')
    put(cat(8, 10), "ข่าวประชาสัมพันธ์ (หน้า 2)", "<ul>" + "".join(
        f'<li>{d} <a href="{art(n)}">{t}</a></li>' for n, d, t in sorted(NEWS, key=lambda x: -x[0])[10:])
        + f'</ul><p><a href="{cat(8)}">1</a> หน้า 2</p>')
    del first, second
    for n, d, t in NEWS:
        extra = ""
        if n == 205:
            extra = ("<p>ข้าราชการตำรวจ 320 นาย ร่วมกิจกรรมปฏิญาณตนตามประมวลจริยธรรมข้าราชการตำรวจ "
                     "และฟังบรรยายเรื่องการขัดกันแห่งผลประโยชน์</p>")
        if n == 207:
            extra = ("<p>วันที่ 22 มกราคม 2568 ภ.จว.ศรีบุรินทร์ จัดเวทีประชาคมตำรวจชุมชน ณ หอประชุมอำเภอเมือง "
                     "มีผู้นำชุมชน กำนัน ผู้ใหญ่บ้าน และประชาชนเข้าร่วม 186 คน ร่วมเสนอจุดเสี่ยงอาชญากรรมและจุดติดตั้งกล้อง CCTV</p>")
        put(art(n), t, f"<p>เผยแพร่เมื่อ {d} โดย ฝอ.1</p><p>{t}</p>{extra}")
    # documents pages
    put(art(21), "แผนยุทธศาสตร์", '<ul><li><a href="/images/doc/5213.pdf">แผนยุทธศาสตร์ ภ.จว.ศรีบุรินทร์</a> (PDF 214 KB)</li>'
        '<li><a href="/images/doc/5388.pdf">รายงานการประเมินผลแผนยุทธศาสตร์</a></li></ul>')
    put(art(22), "แผนปฏิบัติราชการและการใช้จ่ายงบประมาณ", "<ul>"
        f'<li><a href="{dl(31)}">แผนปฏิบัติราชการ ประจำปีงบประมาณ 2568</a></li>'
        f'<li><a href="{dl(32)}">แผนการใช้จ่ายงบประมาณ ปี 2568</a></li>'
        f'<li><a href="{dl(33)}">รายงานผลการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน</a> (อัปโหลด 19 ธ.ค. 2567)</li>'
        f'<li><a href="{dl(34)}">ประกาศผู้ชนะ จ้างพิมพ์แผนปฏิบัติราชการ 2568</a></li></ul>')
    put(art(23), "รายงานประจำปี", '<ul><li><a href="/images/doc/5402.pdf">รายงานผลการดำเนินงานประจำปี</a> (เผยแพร่ 20 ธ.ค. 2567)</li>'
        '<li><a href="/images/doc/5410.pdf">รายงานผลการดำเนินงาน สภ.เมืองศรีบุรินทร์</a></li></ul>')
    put(art(24), "คู่มือการปฏิบัติงาน", f'<ul><li><a href="{dl(41)}">คู่มือการปฏิบัติงานงานสอบสวน (.doc)</a></li>'
        f'<li><a href="{dl(42)}">คู่มือการจัดการเรื่องร้องเรียนการทุจริต</a></li></ul>')
    put("/service/", "คู่มือสำหรับประชาชน", "<h3>การแจ้งความร้องทุกข์</h3><ol><li>ติดต่อร้อยเวรสอบสวน</li><li>แสดงบัตรประชาชน</li>"
        "<li>ให้ปากคำ ใช้เวลาประมาณ 30 นาที</li></ol><h3>การขอคัดสำเนารายงานประจำวัน</h3><p>เอกสาร: บัตรประชาชน "
        "ระยะเวลา 15 นาที ไม่เสียค่าธรรมเนียม</p>")
    put("/eservice/", "E-Service แจ้งความออนไลน์", '<p>ระบบรับแจ้งความออนไลน์และขอรับบริการ</p><form action="/eservice/" method="post">'
        '<input name="name" placeholder="ชื่อ-สกุล"><select name="type"><option>ขอคัดสำเนาประจำวัน</option>'
        '<option>แจ้งเอกสารหาย</option></select><button>ส่งคำขอ</button></form>'
        '<p><a href="https://thaipoliceonline.example.go.th">แจ้งความออนไลน์ (อาชญากรรมทางเทคโนโลยี)</a></p>')
    put(art(25), "สถิติการให้บริการ", f'<p><a href="{dl(43)}">สถิติการให้บริการประชาชน ต.ค. 67 - มี.ค. 68 (.xls)</a></p>')
    months = [(21, "ตุลาคม 2567"), (22, "พฤศจิกายน 2567"), (23, "ธันวาคม 2567"), (25, "กุมภาพันธ์ 2568"), (26, "มีนาคม 2568")]
    put(art(26), "สรุปผลการจัดซื้อจัดจ้าง (สขร.1)", "<table><tr><th>เดือน</th><th>ไฟล์</th></tr>" + "".join(
        f'<tr><td>{m}</td><td><a href="{dl(n)}">ดาวน์โหลด</a></td></tr>' for n, m in reversed(months))
        + '</table><p><a href="/images/doc/5477.pdf">รายงานผลการจัดซื้อจัดจ้างประจำปี</a></p>')
    put(art(27), "แผนการบริหารและพัฒนาทรัพยากรบุคคล", '<iframe src="https://drive.google.com/file/d/1xHRplanSriburinEx/preview" '
        f'width="640" height="480"></iframe><p><a href="{dl(51)}">ดาวน์โหลดไฟล์</a></p>')
    put(art(28), "รายงานผลการพัฒนาบุคลากร", f'<p><a href="{dl(52)}">รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล</a></p>')
    put(art(29), "จริยธรรม", f'<p><a href="{dl(53)}">ประมวลจริยธรรมข้าราชการตำรวจ</a></p>'
        f'<p>กิจกรรมขับเคลื่อนจริยธรรม: <a href="{art(205)}">ตำรวจไทยใจสุจริต ประจำปี 2568</a></p>')
    put("/complaint/", "ร้องเรียนการทุจริตและประพฤติมิชอบ", '<p>แจ้งเรื่องร้องเรียนการทุจริตของเจ้าหน้าที่ตำรวจ</p>'
        '<form action="/complaint/" method="post"><input name="name"><textarea name="detail"></textarea>'
        '<button>ส่งเรื่องร้องเรียน</button></form><p>หรือโทร 0 4399 1199 ตู้ ปณ. 12 ปณจ.ศรีบุรินทร์</p>')
    put(art(31), "สถิติเรื่องร้องเรียนการทุจริต", "<p>ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ พ.ศ. ๒๕๖๘ "
        "(๑ ต.ค. ๒๕๖๗ - ๓๑ มี.ค. ๒๕๖๘)</p><table><tr><th>จำนวนเรื่อง</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>"
        f"<tr><td>๓</td><td>๒</td><td>๑</td></tr></table><p><a href=\"{dl(55)}\">สถิติเรื่องร้องเรียนทั่วไป ศูนย์ 191</a></p>")
    put(art(32), "No Gift Policy", '<p><a href="/images/doc/5551.pdf">ประกาศนโยบาย No Gift Policy</a></p>'
        '<p><a href="/images/doc/5560.docx">ร่างประกาศ No Gift Policy 2568 (รอลงนาม)</a></p>')
    put(art(33), "รายงานการรับของขวัญ", f'<p><a href="{dl(54)}">รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด</a></p>')
    put(art(34), "ป้องกันการทุจริต", f'<ul><li><a href="{dl(62)}">แผนปฏิบัติการป้องกันการทุจริต</a></li>'
        f'<li><a href="{dl(63)}">ขอเชิญประชุมจัดทำแผนป้องกันการทุจริต</a></li><li><a href="{dl(61)}">ประเมินความเสี่ยง</a></li></ul>')
    put(art(40), "สถานีตำรวจในสังกัด", "<ul>" + "".join(f"<li>สภ.{x}</li>" for x in
        ["เมืองศรีบุรินทร์", "นาคำ", "บ้านโพน", "หนองแสง", "ห้วยทราย", "โคกสูง"]) + "</ul>")
    # ITA: an index and one page per group
    groups = [
        (101, "ข้อมูลพื้นฐาน", [(1, "โครงสร้าง", art(11)), (2, "ข้อมูลผู้บริหาร", art(12)), (3, "การติดต่อ", "/contact/"),
                                (4, "ข่าวประชาสัมพันธ์", cat(8))]),
        (102, "การบริหารงานและงบประมาณ", [(5, "แผนยุทธศาสตร์", art(21)), (6, "แผนปฏิบัติราชการและความก้าวหน้า", art(22)),
                                          (7, "รายงานผลการดำเนินงานประจำปี", "/images/doc/5402.pdf"), (8, "คู่มือปฏิบัติงาน", dl(41)),
                                          (9, "คู่มือบริการประชาชน", "/service/"), (10, "E-Service", "/eservice/"),
                                          (11, "สถิติการให้บริการ", art(25))]),
        (103, "การจัดซื้อจัดจ้าง", [(12, "รายการจัดซื้อจัดจ้าง สขร.1", art(26)), (13, "รายงานผลจัดซื้อจัดจ้างประจำปี", "/images/doc/5477.pdf")]),
        (104, "การบริหารทรัพยากรบุคคล", [(14, "แผนพัฒนาบุคลากร", art(27)), (15, "รายงานผลพัฒนาบุคลากร", dl(52))]),
        (105, "การส่งเสริมความโปร่งใส", [(16, "จริยธรรม", art(29)), (17, "แนวปฏิบัติร้องเรียน", dl(42)),
                                         (18, "ช่องทางร้องเรียน", "/complaint/"), (19, "สถิติร้องเรียน", art(31)),
                                         (20, "การมีส่วนร่วม", art(207))]),
        (106, "การป้องกันการทุจริต", [(21, "No Gift Policy", art(32)), (22, "รายงานการรับของขวัญ", dl(54)),
                                      (23, "การประเมินความเสี่ยงการทุจริต ประจำปี 2568", dl(61)),
                                      (24, "รายงานการจัดการความเสี่ยง", dl(8)), (25, "แผนป้องกันการทุจริต", dl(62)),
                                      (26, "รายงานผลการป้องกันการทุจริต (ข้อมูลเดิม)", "/web_old/ita2567/")]),
    ]
    th = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
    put(art(100), "ITA 2568 การเปิดเผยข้อมูลสาธารณะ", "<ol>" + "".join(
        f'<li><a href="{art(i)}">{name}</a></li>' for i, name, _ in groups) + "</ol>")
    for i, name, rows in groups:
        put(art(i), f"ITA 2568 : {name}", "<table><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>" + "".join(
            f'<tr><td>ข้อ {str(n).translate(th)}</td><td>{t}</td><td><a href="{h}">คลิก</a></td></tr>' for n, t, h in rows)
            + f'</table><p><a href="{art(100)}">กลับ</a></p>')
    # the old site's copy
    (SITE / "web_old").mkdir(exist_ok=True)
    (SITE / "web_old" / "index.html").write_text(page(
        '<p>เว็บไซต์เดิม (ก่อนย้ายระบบ ปี 2567)</p><ul><li><a href="/web_old/ita2567/">ITA 2567</a></li>'
        '<li><a href="/web_old/news/">ข่าวเดิม</a></li></ul>', "เว็บไซต์เดิม"), encoding="utf-8")
    put("/web_old/ita2567/", "ITA 2567 (OIT)", "<table>"
        '<tr><td>O36</td><td>แผนป้องกันการทุจริต 2567</td><td><a href="/web_old/uploads/ita67_o25.pdf">PDF</a></td></tr>'
        '<tr><td>O37</td><td>รายงานผลการดำเนินการป้องกันการทุจริต</td><td><a href="/web_old/uploads/ita67_o26.pdf">PDF</a></td></tr>'
        "</table>")
    put("/web_old/news/", "ข่าวเดิม", "<ul><li>12 ก.ย. 2566 ประชุมประจำเดือน</li><li>1 ส.ค. 2566 ตั้งด่านชุมชน</li></ul>")


if __name__ == "__main__":
    main()
