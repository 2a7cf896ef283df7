"""Generate the pages of the "vetstation" test site (สถานีวิจัยและบำรุงพันธุ์สัตว์โนนหินแดง, invented).

Run after _make_docs.py:  python tests/sites/vetstation/_make_pages.py

A Joomla site: articles and categories are /index.php?option=com_content&view=...&id=N (static
copies under index.php.q/<query>/index.html), files come from /download.php?id=N. The ITA page
/ita2568/ is split into one page per group (/ita2568/9-1/ ... /ita2568/10-2/). The old CMS copy
/web2562/ is still online with last year's ITA page. Deterministic.
"""

from __future__ import annotations

import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG  # noqa: E402

THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def art(i, extra=""):
    return f"/index.php?option=com_content&amp;view=article&amp;id={i}{extra}"


def cat(i, extra=""):
    return f"/index.php?option=com_content&amp;view=category&amp;id={i}{extra}"


def dl(i):
    return f"/download.php?id={i}"


MENU = [("/", "หน้าหลัก"), (art(2), "ประวัติสถานี"), (art(3), "โครงสร้าง"), (art(5), "ผู้บริหาร"),
        (cat(12), "ข่าวกิจกรรม"), (cat(20), "ดาวน์โหลดเอกสาร"), (art(62), "จองพันธุ์สัตว์ออนไลน์"),
        ("/ita2568/", "ITA 2568"), (art(63), "ร้องเรียนการทุจริต"), (art(6), "ติดต่อเรา")]


def page(title, body):
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} - {ORG}</title>
<meta name="generator" content="Joomla! - Open Source Content Management"></head>
<body><div id="header"><img src="/templates/dld/logo.png" alt=""><h1>{ORG}</h1>
<p>กรมปศุสัตว์ กระทรวงเกษตรและสหกรณ์</p></div>
<ul id="mainmenu">{menu}</ul>
<div id="content"><h2 class="contentheading">{title}</h2>
{body}
</div>
<div id="right"><h3>เมนูด่วน</h3><ul>
<li><a href="/ita2568/">การประเมิน ITA ประจำปี 2568</a></li>
<li><a href="{cat(22)}">ประกาศจัดซื้อจัดจ้าง</a></li>
<li><a href="{cat(24)}">เอกสารคุณธรรมและความโปร่งใส</a></li>
<li><a href="/web2562/">เว็บไซต์เดิมของสถานี</a></li>
<li><a href="https://www.facebook.com/nonhindaeng.breeding">Facebook สถานี</a></li></ul>
<p>ราคาพันธุ์สัตว์ <a href="{art(65)}">ดูรายละเอียด</a></p></div>
<div id="footer">{ORG} ๑๙๙ หมู่ ๗ ตำบลโนนหินแดง อำเภอวาริชภูมิ จังหวัดสกลนคร ๔๗๑๕๐ โทร. ๐ ๔๒๗๐ ๓๓๙๑
<br>Copyright &copy; 2568 All Rights Reserved.</div></body></html>
"""


PAGES: dict[str, str] = {}


def put(url, title, body):
    u = url.replace("&amp;", "&")
    if u.startswith("/index.php?"):
        path = os.path.join("index.php.q", u.split("?", 1)[1], "index.html")
    else:
        path = os.path.join(u.strip("/"), "index.html")
    PAGES[path] = page(title, body)


def doclink(i, text):
    return f'<a href="{dl(i)}">{text}</a>'


def attach(rows):
    lis = "".join(f'<tr><td><img src="/images/icon_pdf.gif" alt=""> {doclink(i, t)}</td><td>{h}</td></tr>'
                  for i, t, h in rows)
    return f'<table class="attachments"><tr><th>ไฟล์แนบ</th><th>ดาวน์โหลด</th></tr>{lis}</table>'


NEWS = [
    (110, "๒๘ มี.ค. ๒๕๖๘", "สถานีฯ ส่งมอบพันธุ์แพะเนื้อแก่เกษตรกรอำเภอวาริชภูมิ ๓๐ ราย",
     "วันที่ 28 มีนาคม 2568 สถานีฯ ส่งมอบพันธุ์แพะเนื้อ 60 ตัว ตามโครงการส่งเสริมอาชีพ"),
    (109, "๑๔ มี.ค. ๒๕๖๘", "ประชุมคณะกรรมการเครือข่ายเกษตรกรผู้เลี้ยงโคเนื้อ",
     "วันที่ 14 มีนาคม 2568 สถานีฯ ประชุมคณะกรรมการเครือข่ายเกษตรกร เพื่อวางแผนการกระจายพันธุ์"),
    (108, "๒๕ ก.พ. ๒๕๖๘", "ตรวจเยี่ยมแปลงหญ้าเนเปียร์ของเกษตรกรเครือข่าย",
     "เจ้าหน้าที่งานพืชอาหารสัตว์ตรวจเยี่ยมแปลงหญ้าของเกษตรกร 12 แปลง"),
    (107, "๑๒ ก.พ. ๒๕๖๘", "อบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปี ๒๕๖๘",
     "วันที่ 12 กุมภาพันธ์ 2568 สถานีฯ จัดอบรมขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือนให้บุคลากร 36 คน "
     "ทบทวนค่านิยมหลัก 5 ประการ และจัดทำข้อตกลงร่วมกันของหน่วยงาน"),
    (106, "๓๐ ม.ค. ๒๕๖๘", "สถานีฯ ให้บริการผสมเทียมเคลื่อนที่ ตำบลคำบ่อ", "ผสมเทียมแม่โคของเกษตรกร 48 ตัว"),
    (105, "๒๒ ม.ค. ๒๕๖๘", "วันถ่ายทอดเทคโนโลยี (Field Day) และเวทีรับฟังความคิดเห็นเกษตรกร ประจำปี ๒๕๖๘",
     "วันที่ 22 มกราคม 2568 สถานีฯ เปิดให้เกษตรกร 86 รายจาก 9 ตำบล ร่วมกำหนดสายพันธุ์โคที่จะผลิตในรอบปีหน้า "
     "และเสนอความต้องการพันธุ์สัตว์ ผลการรับฟัง: เกษตรกรต้องการโคลูกผสมบราห์มันเพิ่ม สถานีฯ จะปรับแผนการผลิตปี 2569 "
     "เพิ่มโคลูกผสม 20 ตัว และเปิดจองผ่านเว็บไซต์"),
    (104, "๑๙ ธ.ค. ๒๕๖๗", "เผยแพร่รายงานประจำปีของสถานี (E-book)",
     "สถานีฯ เผยแพร่รายงานประจำปีในรูปแบบ E-book อ่านได้ที่หน้า รายงานประจำปี"),
    (103, "๒๘ พ.ย. ๒๕๖๗", "จำหน่ายเมล็ดพันธุ์หญ้าแพงโกล่า ฤดูฝน ๒๕๖๘ เปิดจองแล้ว", "เปิดจองเมล็ดพันธุ์ผ่านระบบจองออนไลน์"),
    (102, "๑๕ พ.ย. ๒๕๖๗", "ต้อนรับคณะศึกษาดูงานจากวิทยาลัยเกษตรและเทคโนโลยีสกลนคร", "นักศึกษา 42 คน ศึกษาดูงานการเลี้ยงโคเนื้อ"),
    (101, "๔ ต.ค. ๒๕๖๗", "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ ๒๕๖๘",
     "สถานีฯ ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ขอความร่วมมือผู้มาติดต่อ งดให้ของขวัญแก่เจ้าหน้าที่"),
]
OLDNEWS = [
    (114, "๒๐ ก.ย. ๒๕๖๗", "ส่งมอบพันธุ์โคเนื้อโครงการธนาคารโคกระบือ", "ส่งมอบโค 40 ตัว"),
    (113, "๘ ก.ค. ๒๕๖๗", "อบรมเกษตรกรผู้เลี้ยงแพะ รุ่นที่ ๒", "เกษตรกร 35 ราย"),
    (112, "๗ ก.พ. ๒๕๖๗", "วันถ่ายทอดเทคโนโลยี (Field Day) ประจำปี ๒๕๖๗", "เกษตรกร 74 ราย ร่วมงาน"),
    (111, "๓ ต.ค. ๒๕๖๖", "ประกาศนโยบาย No Gift Policy ประจำปีงบประมาณ ๒๕๖๗", "ประกาศนโยบายไม่รับของขวัญ"),
]


def build():
    put("/", "หน้าหลัก", "<h3>ข่าวกิจกรรมล่าสุด</h3><ul>" + "".join(
        f'<li><a href="{art(i)}">{t}</a> <span>{d}</span></li>' for i, d, t, _ in NEWS[:6])
        + f'</ul><p><a href="{cat(12)}">ข่าวทั้งหมด</a></p>'
        f'<p><a href="/ita2568/"><img src="/images/banner-ita2568.jpg" alt="ITA 2568"></a></p>'
        f'<p><a href="{art(50)}">รายงานประจำปี (E-book)</a> | <a href="{art(61)}">สถิติการให้บริการ</a></p>')
    put(art(2), "ประวัติสถานี", "<p>สถานีฯ ก่อตั้งเมื่อ พ.ศ. 2521 บนพื้นที่ 2,460 ไร่ เพื่อผลิตและกระจายพันธุ์โคเนื้อ แพะ และพืชอาหารสัตว์</p>")
    put(art(3), "โครงสร้างองค์กร", '<p><img src="/images/structure2567.jpg" alt="แผนผังโครงสร้าง"></p>'
        "<ul><li>หัวหน้าสถานีวิจัยและบำรุงพันธุ์สัตว์<ul><li>ฝ่ายบริหารทั่วไป (ธุรการ การเงิน พัสดุ)</li>"
        "<li>งานผลิตและบำรุงพันธุ์สัตว์</li><li>งานวิจัยและพัฒนาพันธุ์สัตว์</li><li>งานพืชอาหารสัตว์</li>"
        "<li>งานถ่ายทอดเทคโนโลยีและบริการ</li></ul></li></ul>"
        f'<p><a href="{art(4)}">อำนาจหน้าที่</a></p>')
    put(art(4), "อำนาจหน้าที่", "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมปศุสัตว์ และคำสั่งกรมปศุสัตว์ สถานีฯ มีหน้าที่</p><ol>"
        "<li>ผลิต ขยาย และกระจายพันธุ์สัตว์พันธุ์ดีสู่เกษตรกร</li><li>ศึกษา วิจัย ปรับปรุงพันธุ์สัตว์ให้เหมาะกับพื้นที่</li>"
        "<li>ผลิตพืชอาหารสัตว์และเมล็ดพันธุ์</li><li>ถ่ายทอดเทคโนโลยีการเลี้ยงสัตว์และให้บริการผสมเทียม</li>"
        "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนหน่วยงานอื่นที่เกี่ยวข้อง</li></ol>")
    people = [("นายวีระพงษ์ ทองมาลัย", "หัวหน้าสถานีวิจัยและบำรุงพันธุ์สัตว์โนนหินแดง", "08 1730 4412"),
              ("นางสาวกมลวรรณ ศรีบุญเรือง", "หัวหน้าฝ่ายบริหารทั่วไป", "0 4270 3391 ต่อ 11"),
              ("นายธนากร พลเยี่ยม", "หัวหน้างานผลิตและบำรุงพันธุ์สัตว์", "0 4270 3391 ต่อ 14")]
    put(art(5), "ผู้บริหาร", "".join(
        f'<div class="person"><img src="/images/staff/p{n}.jpg" alt="{a}"><p>{a}<br>{b}<br>โทร. {c}</p></div>'
        for n, (a, b, c) in enumerate(people)))
    put(art(6), "ติดต่อเรา", f"<p>{ORG}<br>199 หมู่ 7 ตำบลโนนหินแดง อำเภอวาริชภูมิ จังหวัดสกลนคร 47150</p>"
        "<p>โทรศัพท์ 0 4270 3391 โทรสาร 0 4270 3392<br>อีเมล nonhindaeng.lbs@example.go.th</p>"
        '<p><a href="https://maps.google.com/?q=17.2601,103.6418">แผนที่ Google Maps</a></p>')
    # news
    def newslist(items, more):
        return "<ul>" + "".join(f'<li><a href="{art(i)}">{t}</a> ({d})</li>' for i, d, t, _ in items) + "</ul>" + more
    put(cat(12), "ข่าวกิจกรรม", newslist(NEWS, f'<p>หน้า 1 <a href="{cat(12, "&amp;limitstart=10")}">2</a></p>'))
    put(cat(12, "&amp;limitstart=10"), "ข่าวกิจกรรม", newslist(OLDNEWS, f'<p><a href="{cat(12)}">1</a> หน้า 2</p>'))
    for i, d, t, body in NEWS + OLDNEWS:
        extra = ""
        if i == 101:
            extra = attach([(36, "ประกาศนโยบาย No Gift Policy ปีงบประมาณ 2568", "pdf 1 หน้า")])
        if i == 109:
            extra = attach([(43, "หนังสือเชิญประชุม", "pdf")])
        put(art(i), t, f"<p class='date'>{d}</p><p>{body}</p>{extra}")
    # download categories
    cats = {
        20: ("แผนงาน", [(39, "แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ 2568"), (12, "แผนปฏิบัติราชการประจำปี 2568"),
                        (13, "แผนการใช้จ่ายงบประมาณ 2568"), (15, "(ร่าง) แผนปฏิบัติราชการ 2568"), (11, "แผนปฏิบัติราชการ 5 ปี"),
                        (40, "แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ 2567")]),
        21: ("รายงาน", [(14, "รายงานผลการดำเนินงานรอบ 6 เดือน"), (17, "รายงานผลการดำเนินงาน ปี 2567 (สำนักงานปศุสัตว์เขต 4)"),
                        (27, "รายงานผลการจัดซื้อจัดจ้าง ปี 2567"), (41, "รายงานผลการดำเนินการป้องกันการทุจริต ปี 2567")]),
        22: ("ประกาศจัดซื้อจัดจ้าง", [(31, "ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์รูปเล่มแผนปฏิบัติราชการ")]),
        23: ("บริหารงานบุคคล", [(32, "แผนการบริหารและพัฒนาทรัพยากรบุคคล"), (33, "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปี 2567")]),
        24: ("คุณธรรมและความโปร่งใส", [(36, "ประกาศ No Gift Policy"), (37, "ประกาศเจตจำนงสุจริต 2568"), (34, "ประมวลจริยธรรม"),
                                       (35, "คู่มือการจัดการเรื่องร้องเรียน"), (8, "รายงานผลการจัดการความเสี่ยงการทุจริต ปี 2567")]),
    }
    tabs = " | ".join(f'<a href="{cat(c)}">{n}</a>' for c, (n, _) in cats.items())
    for c, (name, rows) in cats.items():
        body = f"<p>{tabs}</p><table><tr><th>ชื่อเอกสาร</th><th>ดาวน์โหลด</th></tr>" + "".join(
            f'<tr><td>{t}</td><td><a href="{dl(i)}">ดาวน์โหลด</a></td></tr>' for i, t in rows) + "</table>"
        put(cat(c), f"ดาวน์โหลด: {name}", body)
    # viewer page for the annual report (flipbook + direct download)
    put(art(50), "รายงานประจำปี (E-book)",
        '<iframe src="https://drive.google.com/file/d/1xQ7nHd0aLbsRk2Vw9pPq/preview" width="640" height="480"></iframe>'
        f'<p>อ่านแบบ E-book ด้านบน หรือ <a href="{dl(16)}">ดาวน์โหลดไฟล์ PDF</a> (4.2 MB)</p><p>เผยแพร่ 19 ธันวาคม 2567</p>')
    months = [(30, "กันยายน 2567"), (21, "ตุลาคม 2567"), (22, "พฤศจิกายน 2567"), (23, "ธันวาคม 2567"),
              (24, "มกราคม 2568"), (26, "มีนาคม 2568")]
    put(art(60), "สรุปผลการจัดซื้อจัดจ้างประจำเดือน (สขร.1)",
        "<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ปีงบประมาณ 2568</p>" + attach([(i, f"สขร.1 เดือน{m}", "pdf") for i, m in months]))
    put(art(61), "สถิติการให้บริการ", "<p>ข้อมูลสถิติการให้บริการของสถานีฯ (อัปเดต 12 พฤศจิกายน 2567)</p>"
        + attach([(20, "สถิติการให้บริการ (Excel)", "xls")]))
    put(art(62), "จองพันธุ์สัตว์ออนไลน์ (E-Service)",
        '<p>เกษตรกรสามารถจองซื้อพันธุ์สัตว์และเมล็ดพันธุ์พืชอาหารสัตว์ได้ทางออนไลน์ เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>'
        '<form action="https://docs.google.com/forms/d/e/1FAIpQLSd-nhd-booking/formResponse" method="post">'
        '<label>ชื่อ-สกุล <input name="entry.1"></label><label>เลขบัตรประชาชน <input name="entry.2"></label>'
        '<label>โทรศัพท์ <input name="entry.3"></label><label>รายการที่จอง <select name="entry.4"><option>โคเนื้อเพศเมีย</option>'
        '<option>แพะเนื้อ</option><option>เมล็ดพันธุ์หญ้า</option></select></label><button>ส่งคำขอ</button></form>')
    put(art(63), "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        '<form action="/complaint/send.php" method="post"><label>ชื่อผู้ร้อง (ไม่ระบุได้) <input name="name"></label>'
        '<label>เรื่องที่ร้องเรียน <textarea name="detail"></textarea></label><label>แนบไฟล์ <input type="file" name="f"></label>'
        '<button>ส่งเรื่อง</button></form><p>หรือโทร 0 4270 3391 ต่อ 11 / ตู้รับเรื่องร้องเรียนหน้าสำนักงาน</p>')
    put(art(64), "สถิติเรื่องร้องเรียนการทุจริต", (
        "<p>สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ พ.ศ. 2568 (ข้อมูล ณ 31 มีนาคม 2568)</p>"
        "<table><tr><th>ช่วงเวลา</th><th>ได้รับ</th><th>แล้วเสร็จ</th><th>ระหว่างดำเนินการ</th></tr>"
        "<tr><td>ต.ค. - ธ.ค. 2567</td><td>0</td><td>0</td><td>0</td></tr>"
        "<tr><td>ม.ค. - มี.ค. 2568</td><td>1</td><td>1</td><td>0</td></tr></table>").translate(THAI)
        + attach([(42, "ไฟล์ Excel", "xlsx")]))
    put(art(65), "คู่มือสำหรับประชาชน", "<p>การขอซื้อพันธุ์สัตว์ ขั้นตอน ระยะเวลา ค่าธรรมเนียม เอกสาร</p>"
        + attach([(19, "คู่มือสำหรับประชาชน การขอซื้อพันธุ์สัตว์", "pdf")]))
    put(art(66), "คู่มือการปฏิบัติงาน", attach([(18, "คู่มือการปฏิบัติงาน การผสมเทียมโคเนื้อ (Word)", "doc")]))
    # year selector for gifts reports
    sel = (f'<form><select onchange="location=this.value"><option value="{art(77)}">2568</option>'
           f'<option value="{art(77, "&amp;year=2567")}">2567</option><option value="{art(77, "&amp;year=2566")}">2566</option>'
           f'</select></form><p><a href="{art(77)}">2568</a> | <a href="{art(77, "&amp;year=2567")}">2567</a> | '
           f'<a href="{art(77, "&amp;year=2566")}">2566</a></p>')
    put(art(77), "รายงานการรับของขวัญ", sel + "<p>ไม่พบข้อมูล</p>")
    put(art(77, "&amp;year=2567"), "รายงานการรับของขวัญ", sel + "<p>ไม่พบข้อมูล</p>")
    put(art(77, "&amp;year=2566"), "รายงานการรับของขวัญ", sel + attach([(38, "รายงานผลการรับของขวัญ ปี 2566", "pdf")]))
    # ITA 2568: one page per group
    old = "/web2562/images/stories/ita2567/"
    groups = [
        ("9-1", "ข้อมูลพื้นฐาน", [("o1", "โครงสร้างและอำนาจหน้าที่", art(3)), ("o2", "ผู้บริหาร", art(5)),
                                  ("o3", "ติดต่อสถานี", art(6)), ("o4", "ข่าวกิจกรรม", cat(12))]),
        ("9-2", "การบริหารงานและงบประมาณ", [
            ("o5", "แผนปฏิบัติราชการระยะ 5 ปี", dl(11)), ("o6", "แผนปฏิบัติราชการ ปี 68", dl(12)),
            ("o6", "แผนใช้จ่ายงบ ปี 68", dl(13)), ("o6", "รายงานความก้าวหน้า 6 เดือน", dl(14)),
            ("o7", "รายงานประจำปี", art(50)), ("o8", "คู่มือปฏิบัติงาน", art(66)), ("o9", "คู่มือประชาชน", art(65)),
            ("o10", "E-Service จองพันธุ์สัตว์", art(62)), ("o11", "สถิติบริการ", art(61))]),
        ("9-3", "การจัดซื้อจัดจ้าง", [("o12", "สขร.1 รายเดือน", art(60)), ("o13", "สรุปผลจัดซื้อจัดจ้างประจำปี", dl(27))]),
        ("9-4", "บริหารทรัพยากรบุคคล", [("o14", "แผนบริหารและพัฒนาบุคลากร", dl(32)), ("o15", "รายงานผล HR", dl(33)),
                                        ("o16", "ประมวลจริยธรรม", dl(34)), ("o16", "กิจกรรมขับเคลื่อนจริยธรรม", art(107))]),
        ("9-5", "ส่งเสริมความโปร่งใส", [("o17", "คู่มือร้องเรียน", dl(35)), ("o18", "ช่องทางร้องเรียนออนไลน์", art(63)),
                                        ("o19", "สถิติร้องเรียน", art(64)), ("o20", "การมีส่วนร่วม", art(105))]),
        ("10-1", "ป้องกันสินบน", [("o21", "No Gift Policy", dl(36)), ("o22", "รายงานการรับของขวัญ", art(77)),
                                  ("o23", "ประเมินความเสี่ยงสินบน", old + "risk67.pdf"),
                                  ("o24", "รายงานจัดการความเสี่ยง", dl(8))]),
        ("10-2", "ส่งเสริมคุณธรรม", [("o25", "แผนป้องกันการทุจริต", dl(39)), ("o26", "รายงานผลป้องกันการทุจริต", dl(41))]),
    ]
    put("/ita2568/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2568",
        "<ol>" + "".join(f'<li><a href="/ita2568/{g}/">ตัวชี้วัดย่อย {g.replace("-", ".")} {n}</a></li>' for g, n, _ in groups) + "</ol>")
    for g, n, rows in groups:
        put(f"/ita2568/{g}/", f"ITA 2568 ตัวชี้วัดย่อย {g.replace('-', '.')} {n}",
            "<table><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>" + "".join(
                f'<tr><td>{c.upper()}</td><td>{t}</td><td><a href="{h}">คลิก</a></td></tr>' for c, t, h in rows)
            + '</table><p><a href="/ita2568/">กลับ</a></p>')
    # the old CMS copy, still online
    put("/web2562/", "เว็บไซต์เดิม (ปิดปรับปรุง)", '<p>เว็บไซต์เดิม ไม่มีการปรับปรุงข้อมูลแล้ว</p><p><a href="/web2562/ita2567/">ITA 2567</a></p>')
    put("/web2562/ita2567/", "ITA 2567", "<table>" + "".join(
        f'<tr><td>{c}</td><td><a href="{h}">{t}</a></td></tr>' for c, t, h in [
            ("O23", "การประเมินความเสี่ยงการทุจริต 2567", old + "risk67.pdf"),
            ("O24", "รายงานผลการจัดการความเสี่ยง 2566", old + "o24.pdf"),
            ("O25", "แผนป้องกันการทุจริต 2567", old + "acp67.pdf")]) + "</table>")
    put("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in MENU)
        + f'<li><a href="{art(60)}">สขร.1</a></li><li><a href="{art(64)}">สถิติร้องเรียน</a></li>'
        f'<li><a href="{art(77)}">รายงานการรับของขวัญ</a></li><li><a href="{art(50)}">รายงานประจำปี</a></li></ul>')


def main():
    for d in ("index.php.q", "ita2568", "sitemap", "web2562/ita2567"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    if os.path.exists(os.path.join(HERE, "index.html")):
        os.remove(os.path.join(HERE, "index.html"))
    if os.path.exists(os.path.join(HERE, "web2562", "index.html")):
        os.remove(os.path.join(HERE, "web2562", "index.html"))
    build()
    from PIL import Image

    for img in ("images/banner-ita2568.jpg", "images/structure2567.jpg", "images/staff/p0.jpg",
                "images/staff/p1.jpg", "images/staff/p2.jpg", "templates/dld/logo.png", "images/icon_pdf.gif"):
        full = os.path.join(HERE, img)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        fmt = {"jpg": "JPEG", "png": "PNG", "gif": "GIF"}[img.rsplit(".", 1)[1]]
        Image.new("RGB", (120, 80), (90, 140, 60)).save(full, format=fmt)
    for path, text in PAGES.items():
        full = os.path.join(HERE, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)
    assert all(i in DOCS for i in (36, 38))


if __name__ == "__main__":
    main()
