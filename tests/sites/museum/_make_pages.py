"""Generate the pages of the "museum" test site (พิพิธภัณฑสถานแห่งชาติ ท่าทองโบราณ, invented).

Run after _make_docs.py:  python tests/sites/museum/_make_pages.py

A Joomla site: articles and category lists are query-string pages (/index.php?option=com_content
&view=article&id=N, static copies under /index.php.q/<query>/index.html), documents go out through
/download.php?id=N.  The ITA page /ita2569/ is split into one page per group (หมวด ๑ - ๗, numbers in
Thai digits).  The old site (before the move to Joomla in 2568) is still online under /old/, with
last year's ITA page.  Deterministic.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG, SKR  # noqa: E402

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def u(key: str) -> str:
    return html.escape(DOCS[key][0])


def art(n: int) -> str:
    return f"/index.php?option=com_content&amp;view=article&amp;id={n}"


def cat(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&amp;view=category&amp;id={n}" + (f"&amp;limitstart={start}" if start else "")


MENU = [("หน้าหลัก", "/"), ("ประวัติพิพิธภัณฑ์", art(5)), ("โครงสร้าง", art(2)), ("อำนาจหน้าที่", art(3)),
        ("ผู้บริหาร", art(4)), ("ข่าวประชาสัมพันธ์", cat(9)), ("เอกสารเผยแพร่", cat(12)),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ITA", "/ita2569/"), ("ถาม-ตอบ", "/webboard/"),
        ("ติดต่อเรา", "/contact/")]

SIDE = """<aside class="side">
<div class="box"><img src="/images/director.jpg" alt="ผู้อำนวยการ" width="120"><p>นางสาวรัชนีกร ศรีวงศ์ทอง<br>ผู้อำนวยการพิพิธภัณฑสถานแห่งชาติ ท่าทองโบราณ</p></div>
<div class="box"><h4>เวลาทำการ</h4><p>พุธ - อาทิตย์ 09.00 - 16.00 น.<br>ปิดวันจันทร์ อังคาร และวันหยุดนักขัตฤกษ์</p></div>
<div class="box"><h4>บริการออนไลน์</h4><ul><li><a href="/eservice/booking/">จองเข้าชมหมู่คณะ</a></li>
<li><a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a></li><li><a href="/webboard/">กระดานถาม-ตอบ</a></li></ul></div>
<div class="box"><h4>ITA</h4><select onchange="location=this.value"><option value="/ita2569/">ปี ๒๕๖๙</option>
<option value="/old/ita2568/">ปี ๒๕๖๘</option></select><ul><li><a href="/ita2569/">ITA 2569</a></li>
<li><a href="/old/ita2568/">ITA 2568 (เว็บไซต์เดิม)</a></li></ul></div>
<div class="box"><h4>หน่วยงานที่เกี่ยวข้อง</h4><ul><li><a href="https://www.finearts.go.th/">กรมศิลปากร</a></li>
<li><a href="/old/">เว็บไซต์เดิมของพิพิธภัณฑ์</a></li></ul></div>
</aside>"""

FOOT = f"""<footer><p>{ORG} ถนนท่าช้างเผือก ตำบลท่าทอง อำเภอเมือง จังหวัดพิษณุโลก 65000<br>
โทร. 0 5520 4410 โทรสาร 0 5520 4419 อีเมล thathong.museum@example.go.th</p>
<p>สังกัดสำนักศิลปากรที่ ๗ กรมศิลปากร กระทรวงวัฒนธรรม | <a href="/sitemap/">แผนผังเว็บไซต์</a></p></footer>"""


def page(title: str, body: str, old: bool = False) -> str:
    menu = "".join(f'<li><a href="{href}">{text}</a></li>' for text, href in MENU)
    if old:
        menu = ('<li><a href="/old/">หน้าแรก (เดิม)</a></li><li><a href="/old/download/">ดาวน์โหลด</a></li>'
                '<li><a href="/old/ita2568/">ITA 2568</a></li><li><a href="/">เว็บไซต์ใหม่</a></li>')
    banner = ('<div class="oldnote">เว็บไซต์เดิม (เก็บไว้เพื่อการอ้างอิง ไม่มีการปรับปรุงข้อมูลแล้ว)</div>'
              if old else "")
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} - {ORG}</title>
<meta name="generator" content="{'Dreamweaver' if old else 'Joomla! - Open Source Content Management'}">
<link rel="stylesheet" href="/templates/fad_museum/css/template.css"></head>
<body>{banner}<header><img src="/images/logo_fad.png" alt="ตรากรมศิลปากร" height="60"><h1>{ORG}</h1>
<p>Thathong Boran National Museum</p></header>
<nav><ul class="menu">{menu}</ul></nav>
<div class="wrap"><main><h2>{title}</h2>
{body}
</main>
{SIDE}</div>
{FOOT}
</body></html>
"""


def put(path: str, title: str, body: str, old: bool = False) -> None:
    full = os.path.join(HERE, path, "index.html")
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(page(title, body, old))


def put_q(script: str, query: str, title: str, body: str) -> None:
    put(f"{script}.q/{query}", title, body)


def put_art(n: int, title: str, body: str) -> None:
    put_q("index.php", f"option=com_content&view=article&id={n}", title, body)


def put_cat(n: int, title: str, body: str, start: int = 0) -> None:
    q = f"option=com_content&view=category&id={n}" + (f"&limitstart={start}" if start else "")
    put_q("index.php", q, title, body)


def li(key: str, text: str, note: str = "") -> str:
    ext = DOCS[key][1].rsplit(".", 1)[1].upper()
    return f'<li><a href="{u(key)}">{text}</a> <span class="meta">[{ext}]{" " + note if note else ""}</span></li>'


# ---------------------------------------------------------------- news
NEWS = [  # id, date, title, body, attachments
    (118, "2 เมษายน 2569", "เปิดรับจองเข้าชมหมู่คณะช่วงเทศกาลสงกรานต์ 2569",
     "พิพิธภัณฑ์เปิดให้บริการพิเศษวันที่ 12 - 16 เมษายน 2569 จองผ่าน <a href=\"/eservice/booking/\">ระบบจองเข้าชมออนไลน์</a>", []),
    (117, "20 มีนาคม 2569", "ประกาศ เรื่อง ประกวดราคาจ้างพิมพ์รายงานประจำปี 2568",
     "รายละเอียดตามเอกสารแนบ", [("print_tender", "ประกาศจ้างพิมพ์รายงานประจำปี 2568")]),
    (116, "2 เมษายน 2569", "กิจกรรมวันอนุรักษ์มรดกไทย 2569",
     "จัดกิจกรรมนำชมฟรีและสาธิตการอนุรักษ์เครื่องถ้วย มีผู้เข้าร่วม 412 คน", []),
    (115, "25 กุมภาพันธ์ 2569", "ขอเชิญร่วมแสดงความคิดเห็นต่อ (ร่าง) แผนยุทธศาสตร์ พ.ศ. 2569 - 2572",
     "ดาวน์โหลดร่างแผนได้ที่เอกสารแนบ ส่งความคิดเห็นภายในวันที่ 28 กุมภาพันธ์ 2569",
     [("strat_draft", "(ร่าง) แผนยุทธศาสตร์ 2569-2572")]),
    (114, "6 กุมภาพันธ์ 2569", "ต้อนรับคณะศึกษาดูงานจากมหาวิทยาลัยในพื้นที่",
     "นักศึกษาสาขาประวัติศาสตร์ 48 คน เข้าศึกษาคลังโบราณวัตถุ", []),
    (113, "22 มกราคม 2569", "เผยแพร่รายงานประจำปี (E-Book)",
     "พิพิธภัณฑ์เผยแพร่รายงานประจำปีในรูปแบบ E-Book อ่านได้ที่ <a href=\"/ebook/annual-report/\">หน้ารายงานประจำปี</a>", []),
    (112, "17 มกราคม 2569", "เวทีประชาคม \"ชุมชนร่วมออกแบบนิทรรศการลุ่มน้ำน่าน\"",
     "วันเสาร์ที่ 17 มกราคม 2569 เวลา 09.00 - 15.30 น. ณ ศาลาการเปรียญวัดท่าทองใน พิพิธภัณฑ์เปิดเวทีให้ผู้นำชุมชน "
     "ปราชญ์ท้องถิ่น ครู และนักเรียน รวม 64 คน ร่วมเสนอเรื่องเล่าและวัตถุของชุมชนเพื่อจัดแสดงในนิทรรศการพิเศษ "
     "ข้อเสนอ 11 เรื่องได้รับคัดเลือก และผู้แทนชุมชน 5 คนร่วมเป็นคณะทำงานจัดนิทรรศการ", []),
    (111, "20 ธันวาคม 2568", "อบรมเสริมสร้างจริยธรรมและวัฒนธรรมสุจริต ประจำปี 2569",
     "บุคลากร 29 คน ร่วมอบรมประมวลจริยธรรมข้าราชการกรมศิลปากร และกรณีศึกษาผลประโยชน์ทับซ้อน "
     "ณ ห้องประชุมเรือนไม้สัก วิทยากรจากสำนักศิลปากรที่ 7", []),
    (110, "15 ธันวาคม 2568", "เปิดช่องทางแจ้งเรื่องร้องเรียนการทุจริตออนไลน์",
     "แจ้งได้ที่ <a href=\"/complaint/\">แบบฟอร์มร้องเรียนการทุจริต</a> ผู้ร้องไม่ต้องเปิดเผยตัวตน", []),
    (109, "5 ธันวาคม 2568", "เปิดนิทรรศการพิเศษ \"เครื่องถ้วยลุ่มน้ำน่าน\"",
     "จัดแสดงระหว่างวันที่ 5 ธันวาคม 2568 - 29 มีนาคม 2569 ณ อาคารจัดแสดงหลังที่ 2", []),
    (108, "4 ธันวาคม 2568", "ประชุมจัดทำแผนปฏิบัติการป้องกันการทุจริต ประจำปี 2569",
     "กลุ่มงานบริหารประชุมหัวหน้างานเพื่อจัดทำแผน", [("invite69", "หนังสือเชิญประชุม")]),
    (107, "10 พฤศจิกายน 2568", "พิพิธภัณฑ์สัญจรสู่โรงเรียน ครั้งที่ 1/2569",
     "นำโบราณวัตถุจำลองไปจัดแสดงที่โรงเรียนบ้านหนองกระทุ่ม นักเรียน 180 คน", []),
    (106, "8 ตุลาคม 2568", "ปิดปรับปรุงห้องจัดแสดงที่ 2 ชั่วคราว",
     "ระหว่างวันที่ 8 - 30 ตุลาคม 2568 ขออภัยในความไม่สะดวก", []),
    (105, "21 กันยายน 2568", "กิจกรรมวันอนุรักษ์ทรัพย์สินทางวัฒนธรรม", "มีผู้เข้าร่วม 230 คน", []),
    (104, "18 ตุลาคม 2567", "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)",
     "พิพิธภัณฑ์ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่",
     [("nogift67", "ประกาศ No Gift Policy"), ("gift68", "รายงานผลการรับของขวัญ")]),
    (103, "2 สิงหาคม 2568", "ย้ายเว็บไซต์ใหม่", "พิพิธภัณฑ์ย้ายเว็บไซต์มาใช้ระบบใหม่ ข้อมูลเดิมดูได้ที่ <a href=\"/old/\">เว็บไซต์เดิม</a>", []),
    (102, "15 กรกฎาคม 2568", "ค่ายเยาวชนรักษ์มรดกท้องถิ่น 2568", "เยาวชน 40 คน", []),
    (101, "5 มิถุนายน 2568", "เปิดรับสมัครพนักงานราชการ ตำแหน่งนักวิชาการช่างศิลป์", "สมัครได้ถึง 20 มิถุนายน 2568", []),
]


def news_pages() -> None:
    for n, date, title, body, atts in NEWS:
        extra = ""
        if atts:
            extra = "<div class=\"attachments\"><h4>ไฟล์แนบ</h4><ul>" + "".join(li(k, t) for k, t in atts) + "</ul></div>"
        put_art(n, title, f'<p class="date">เผยแพร่เมื่อ {date}</p><p>{body}</p>{extra}')
    for start in (0, 10):
        chunk = NEWS[start:start + 10]
        rows = "".join(f'<li><a href="{art(n)}">{t}</a> <span class="date">{d}</span></li>' for n, d, t, _b, _a in chunk)
        nav = f'<p class="pagination">หน้า: <a href="{cat(9)}">1</a> <a href="{cat(9, 10)}">2</a></p>'
        put_cat(9, "ข่าวประชาสัมพันธ์", f"<ul class=\"news\">{rows}</ul>{nav}", start)


# ---------------------------------------------------------------- about
def about_pages() -> None:
    put_art(2, "โครงสร้างองค์กร", """<p>แผนภูมิโครงสร้าง</p><img src="/images/structure.png" alt="แผนภูมิโครงสร้าง" width="600">
<ul><li>กรมศิลปากร
<ul><li>สำนักศิลปากรที่ ๗
<ul><li>ผู้อำนวยการพิพิธภัณฑสถานแห่งชาติ ท่าทองโบราณ
<ul><li>งานบริหารทั่วไป (สารบรรณ การเงิน พัสดุ บุคคล)</li><li>งานทะเบียนและคลังพิพิธภัณฑ์</li>
<li>งานวิชาการและจัดแสดง</li><li>งานการศึกษาและกิจกรรม</li><li>งานอนุรักษ์โบราณวัตถุ</li><li>งานรักษาความปลอดภัยและอาคาร</li></ul></li></ul></li></ul></li></ul>
<p>อัตรากำลัง: ข้าราชการ 7 คน พนักงานราชการ 9 คน ลูกจ้าง 14 คน</p>""")
    put_art(3, "อำนาจหน้าที่", """<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมศิลปากร กระทรวงวัฒนธรรม และประกาศกรมศิลปากร
เรื่อง การแบ่งงานภายในสำนักศิลปากร พิพิธภัณฑสถานแห่งชาติมีอำนาจหน้าที่ ดังนี้</p>
<ol><li>เก็บรักษา สงวน และอนุรักษ์โบราณวัตถุและศิลปวัตถุของชาติในความดูแล</li>
<li>จัดทำทะเบียนและฐานข้อมูลโบราณวัตถุ ศิลปวัตถุ</li><li>ศึกษา ค้นคว้า วิจัย และจัดแสดงนิทรรศการถาวรและหมุนเวียน</li>
<li>ให้บริการความรู้และกิจกรรมการศึกษาแก่ประชาชนและสถานศึกษา</li><li>ส่งเสริมเครือข่ายพิพิธภัณฑ์ท้องถิ่นในพื้นที่รับผิดชอบ</li>
<li>ปฏิบัติงานอื่นตามที่ได้รับมอบหมาย</li></ol>""")
    people = [("นางสาวรัชนีกร ศรีวงศ์ทอง", "ผู้อำนวยการพิพิธภัณฑสถานแห่งชาติ ท่าทองโบราณ", "0 5520 4411"),
              ("นายอนุชิต พรหมแสงใส", "ภัณฑารักษ์ชำนาญการ หัวหน้างานวิชาการและจัดแสดง", "0 5520 4412"),
              ("นางวลัยพร คำมณีวงศ์", "นักวิชาการเงินและบัญชีชำนาญงาน หัวหน้างานบริหารทั่วไป", "0 5520 4413"),
              ("นายธีรวัฒน์ ศักดิ์สุวรรณ", "นักวิทยาศาสตร์ (อนุรักษ์) หัวหน้างานอนุรักษ์", "0 5520 4414")]
    cards = "".join(f'<div class="person"><img src="/images/staff/p{i}.jpg" alt="{n}" width="110"><p><b>{n}</b><br>{p}<br>โทร. {t}</p></div>'
                    for i, (n, p, t) in enumerate(people, 1))
    put_art(4, "ผู้บริหาร", cards)
    put_art(5, "ประวัติพิพิธภัณฑ์", "<p>พิพิธภัณฑ์ก่อตั้งเมื่อ พ.ศ. 2516 จากการรวบรวมโบราณวัตถุที่ขุดพบในแหล่งเตาเผาท่าทอง "
            "และได้รับการยกฐานะเป็นพิพิธภัณฑสถานแห่งชาติเมื่อ พ.ศ. 2532</p>")
    put_art(6, "อัตราค่าเข้าชมและการเข้าชม", "<p>ชาวไทย 20 บาท ชาวต่างชาติ 100 บาท นักเรียน นักศึกษา ภิกษุ สามเณร "
            "ผู้สูงอายุ เข้าชมฟรี</p><p>ขั้นตอนการขออนุญาตถ่ายภาพและเข้าศึกษาคลัง ดูที่ "
            f'<a href="{u("svc_manual")}">คู่มือสำหรับประชาชน</a></p>')
    put_art(7, "การบริหารทรัพยากรบุคคล", "<ul>" + li("hr_rules", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล")
            + li("hrplan68", "แผนพัฒนาบุคลากร") + li("hreval68", "รายงานการติดตามประเมินผลแผนพัฒนาบุคลากร ปี 2568")
            + li("hrrep68", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปี 2568") + "</ul>")


# ---------------------------------------------------------------- document categories
def category_pages() -> None:
    put_cat(12, "เอกสารเผยแพร่: แผนและรายงาน", "<ul>" + "".join([
        li("plan69", "แผนปฏิบัติราชการ ประจำปีงบประมาณ 2569", "(4 พ.ย. 2568)"),
        li("spend69", "แผนการใช้จ่ายงบประมาณ ปี 2569", "(6 พ.ย. 2568)"),
        li("dept69", "แผนปฏิบัติราชการกรมศิลปากร ปี 2569", "(20 ต.ค. 2568)"),
        li("plan68", "แผนปฏิบัติราชการ ปี 2568", "(2 พ.ย. 2567)"),
        li("strat65", "แผนยุทธศาสตร์พิพิธภัณฑ์", "(18 ม.ค. 2565)"),
        li("annual67", "รายงานประจำปี", "(22 ม.ค. 2569)"),
        li("visitors69", "สถิติผู้เข้าชม ปีงบประมาณ 2569", "(2 เม.ย. 2569)"),
    ]) + "</ul>" + f'<p>หมวดอื่น: <a href="{cat(13)}">คู่มือ</a> | <a href="{cat(14)}">คุณธรรมและความโปร่งใส</a></p>')
    put_cat(13, "เอกสารเผยแพร่: คู่มือ", "<ul>" + "".join([
        li("work_manual", "คู่มือการปฏิบัติงาน การขึ้นทะเบียนและเคลื่อนย้ายโบราณวัตถุ"),
        li("svc_manual", "คู่มือสำหรับประชาชน การขออนุญาตถ่ายภาพ ถ่ายทำ และเข้าศึกษาคลัง"),
        li("complaint_manual", "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
    ]) + "</ul>")
    put_cat(14, "เอกสารเผยแพร่: คุณธรรมและความโปร่งใส", "<ul>" + "".join([
        li("ethics", "ประมวลจริยธรรมข้าราชการกรมศิลปากร"),
        li("risk69", "รายงานการประเมินความเสี่ยงการทุจริต ปี 2569", "(1 ธ.ค. 2568)"),
        li("riskrep68", "รายงานผลตามแผนบริหารความเสี่ยงการทุจริต ปี 2568", "(28 ต.ค. 2568)"),
        li("acplan68", "แผนปฏิบัติการป้องกันการทุจริต ปี 2569", "(15 ธ.ค. 2568)"),
        li("acrep67", "รายงานผลการดำเนินการป้องกันการทุจริต", "(10 พ.ย. 2568)"),
        li("ita_improve", "การนำผล ITA 2568 ไปปรับปรุง และมาตรการส่งเสริมคุณธรรม 2569", "(20 ธ.ค. 2568)"),
        li("integ68", "รายงานผลตามมาตรการส่งเสริมคุณธรรมฯ ปี 2568", "(30 ต.ค. 2568)"),
        li("svc_complaints", "สถิติข้อร้องเรียนการให้บริการ ปี 2569", "(3 เม.ย. 2569)"),
    ]) + "</ul>")


# ---------------------------------------------------------------- ITA 2569, one page per group
GROUPS = [
    ("ข้อมูลพื้นฐาน", [
        (1, "โครงสร้างหน่วยงาน", [(art(2), "แผนภูมิโครงสร้าง"), (art(3), "อำนาจหน้าที่")]),
        (2, "ข้อมูลผู้บริหาร", [(art(4), "ผู้บริหาร")]),
        (3, "ช่องทางติดต่อ / ถาม-ตอบ", [("/contact/", "ติดต่อเรา"), ("/webboard/", "กระดานถาม-ตอบ")]),
        (4, "ข่าวประชาสัมพันธ์", [(cat(9), "ข่าวประชาสัมพันธ์")])]),
    ("การบริหารงาน", [
        (5, "แผนยุทธศาสตร์", [(u("strat65"), "แผนยุทธศาสตร์พิพิธภัณฑ์")]),
        (6, "แผนปฏิบัติราชการและแผนใช้จ่ายงบประมาณ ปี 2569", [(u("plan69"), "แผนปฏิบัติราชการ"), (u("spend69"), "แผนใช้จ่ายงบประมาณ")]),
        (7, "รายงานประจำปี", [("/ebook/annual-report/", "อ่านรายงานประจำปี (E-Book)")]),
        (8, "คู่มือการปฏิบัติงาน", [(u("work_manual"), "คู่มือทะเบียนโบราณวัตถุ")]),
        (9, "คู่มือการให้บริการ", [(u("svc_manual"), "คู่มือสำหรับประชาชน")]),
        (10, "E-Service", [("/eservice/booking/", "จองเข้าชมออนไลน์"), (u("visitors69"), "สถิติผู้ใช้บริการ ปี 2569")])]),
    ("การจัดซื้อจัดจ้าง", [
        (11, "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("/procurement/", "สขร.1 รายเดือน")]),
        (12, "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("/old/download/", "ดูที่เว็บไซต์เดิม")])]),
    ("การบริหารทรัพยากรบุคคล", [
        (13, "หลักเกณฑ์และแผนพัฒนาบุคลากร", [(art(7), "การบริหารทรัพยากรบุคคล")]),
        (14, "รายงานผลการบริหารบุคคล ปี 2568", [(u("hrrep68"), "ดาวน์โหลด (.doc)")])]),
    ("การส่งเสริมความโปร่งใส", [
        (15, "ประมวลจริยธรรม / กิจกรรมจริยธรรม", [(u("ethics"), "ประมวลจริยธรรม"), (art(111), "อบรมจริยธรรม 2569")]),
        (16, "คู่มือร้องเรียนการทุจริต", [(u("complaint_manual"), "คู่มือ")]),
        (17, "ช่องทางร้องเรียนการทุจริต", [("/complaint/", "แจ้งเรื่องร้องเรียน")]),
        (18, "สถิติเรื่องร้องเรียนการทุจริต", [("/download.php?id=8", "สถิติเรื่องร้องเรียน ปี 2569")]),
        (19, "การมีส่วนร่วม", [(art(112), "เวทีประชาคมออกแบบนิทรรศการ")])]),
    ("การป้องกันการทุจริต", [
        (20, "No Gift Policy", [(art(104), "ประกาศนโยบายไม่รับของขวัญ")]),
        (21, "ประเมินความเสี่ยงการทุจริต ปี 2569", [(u("risk69"), "รายงานการประเมิน")]),
        (22, "ผลการจัดการความเสี่ยง ปี 2568", [(u("riskrep68"), "รายงานผล")]),
        (23, "แผนป้องกันการทุจริต ปี 2569", [(u("acplan68"), "แผนปฏิบัติการป้องกันการทุจริต ปี 2569")]),
        (24, "ผลการป้องกันการทุจริต", [(u("acrep67"), "รายงานผล")])]),
    ("การส่งเสริมคุณธรรม", [
        (25, "การนำผล ITA ไปพัฒนา / มาตรการคุณธรรม", [(u("ita_improve"), "รายงานและมาตรการ")]),
        (26, "ผลตามมาตรการคุณธรรม ปี 2568", [(u("integ68"), "รายงานผล")])]),
]


def ita_pages() -> None:
    index = []
    for g, (name, rows) in enumerate(GROUPS, 1):
        codes = f"o{rows[0][0]} - o{rows[-1][0]}" if len(rows) > 1 else f"o{rows[0][0]}"
        index.append(f'<tr><td>หมวด {g}</td><td><a href="/ita2569/group{g}/">{name}</a></td><td>{codes}</td></tr>')
        trs = "".join(
            f"<tr><td>o{n}</td><td>{text}</td><td>" + "<br>".join(f'<a href="{h}">{t}</a>' for h, t in links) + "</td></tr>"
            for n, text, links in rows)
        body = (f'<p><a href="/ita2569/">กลับหน้ารวม ITA 2569</a></p><table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th>'
                f"<th>ลิงก์</th></tr>{trs}</table>")
        put(f"ita2569/group{g}", f"ITA 2569 หมวด {g} {name}".translate(TH), _th(body))
    body = ('<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569 เลือกหมวด</p>'
            f'<table class="ita"><tr><th>หมวด</th><th>ชื่อหมวด</th><th>ข้อ</th></tr>{"".join(index)}</table>'
            '<p>ปีอื่น: <a href="/old/ita2568/">ITA 2568</a></p>')
    put("ita2569", "ITA 2569", _th(body))


def _th(text: str) -> str:
    """Thai digits in the text of a page, not in its tags (links keep their ASCII digits)."""
    out, inside = [], False
    for ch in text:
        if ch == "<":
            inside = True
        elif ch == ">":
            inside = False
        out.append(ch if inside else ch.translate(TH))
    return "".join(out)


# ---------------------------------------------------------------- other pages
def other_pages() -> None:
    put("contact", "ติดต่อเรา", f"""<p>{ORG}<br>ถนนท่าช้างเผือก ตำบลท่าทอง อำเภอเมือง จังหวัดพิษณุโลก 65000</p>
<p>โทรศัพท์ 0 5520 4410 โทรสาร 0 5520 4419<br>อีเมล thathong.museum@example.go.th<br>Facebook: พิพิธภัณฑสถานแห่งชาติ ท่าทองโบราณ</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3826.1!2d100.27!3d16.81" width="600" height="350" title="แผนที่"></iframe>
<p>สอบถามข้อมูลได้ที่ <a href="/webboard/">กระดานถาม-ตอบ</a></p>""")
    put("webboard", "กระดานถาม-ตอบ (Q&amp;A)", """<form action="/webboard/post.php" method="post"><p>ชื่อ <input name="name"> หัวข้อ <input name="subject"></p>
<p><textarea name="message"></textarea></p><button>ตั้งคำถาม</button></form>
<ul><li><a href="/webboard/t-41/">นำนักเรียน 120 คนมาเข้าชม ต้องทำหนังสือถึงใคร</a> (ตอบแล้ว 28 ก.พ. 2569)</li>
<li><a href="/webboard/t-38/">ถ่ายภาพพรีเวดดิ้งในบริเวณพิพิธภัณฑ์ได้ไหม</a> (ตอบแล้ว 9 ม.ค. 2569)</li></ul>""")
    put("webboard/t-41", "นำนักเรียน 120 คนมาเข้าชม ต้องทำหนังสือถึงใคร",
        "<div class=\"q\"><b>ครูสมพร</b> 27 ก.พ. 2569: โรงเรียนจะพานักเรียนมาเข้าชม ต้องทำหนังสือถึงใครคะ</div>"
        "<div class=\"a\"><b>admin พิพิธภัณฑ์</b> 28 ก.พ. 2569: ทำหนังสือถึงผู้อำนวยการพิพิธภัณฑ์ หรือจองผ่าน "
        "<a href=\"/eservice/booking/\">ระบบจองออนไลน์</a> ล่วงหน้า 7 วัน นักเรียนเข้าชมฟรีครับ</div>")
    put("webboard/t-38", "ถ่ายภาพพรีเวดดิ้งในบริเวณพิพิธภัณฑ์ได้ไหม",
        "<div class=\"q\"><b>Nok</b> 8 ม.ค. 2569: อยากถ่ายพรีเวดดิ้งที่ลานหน้าอาคาร</div>"
        "<div class=\"a\"><b>admin พิพิธภัณฑ์</b> 9 ม.ค. 2569: ได้ครับ ยื่นคำขอตาม "
        f"<a href=\"{u('svc_manual')}\">คู่มือสำหรับประชาชน</a> ค่าธรรมเนียมตามประกาศกรมศิลปากร</div>")
    put("complaint", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """<p>ผู้ร้องเรียนไม่ต้องเปิดเผยชื่อ ข้อมูลจะถูกเก็บเป็นความลับ</p>
<form action="/complaint/send.php" method="post"><p>เรื่องที่ร้องเรียน <input name="subject"></p>
<p>ผู้ถูกร้องเรียน/หน่วยงาน <input name="target"></p><p>รายละเอียด <textarea name="detail"></textarea></p>
<p>หลักฐาน <input type="file" name="evidence"></p><p>ช่องทางติดต่อกลับ (ไม่บังคับ) <input name="contact"></p>
<button>ส่งเรื่อง</button></form>
<p>หรือโทร. 0 5520 4410 ต่อ 12 หรือตู้รับเรื่องหน้าอาคารสำนักงาน</p>""")
    put("eservice/booking", "จองเข้าชมหมู่คณะออนไลน์ (E-Service)", f"""<form action="/eservice/booking/submit.php" method="post">
<p>ชื่อหน่วยงาน/โรงเรียน <input name="org"></p><p>ผู้ติดต่อ <input name="name"> โทรศัพท์ <input name="tel"></p>
<p>วันที่เข้าชม <input type="date" name="date"> จำนวนผู้เข้าชม <input name="people"></p>
<p>ต้องการวิทยากรนำชม <input type="checkbox" name="guide"></p><button>ส่งคำขอจอง</button></form>
<p>เจ้าหน้าที่ยืนยันการจองทางโทรศัพท์ภายใน 2 วันทำการ</p>
<p>สถิติการให้บริการ: <a href="{u('visitors69')}">สถิติผู้เข้าชมและผู้ใช้บริการ ปีงบประมาณ 2569</a></p>""")
    months = ["2569-03", "2569-02", "2568-12", "2568-11", "2568-10", "2568-09"]
    rows = "".join(f'<tr><td>{SKR[m][1]}</td><td><a href="{u("skr" + m)}">สขร.1 เดือน{SKR[m][1]}</a></td></tr>' for m in months)
    put("procurement", "สรุปผลการจัดซื้อจัดจ้าง (สขร.1)",
        f'<table><tr><th>เดือน</th><th>เอกสาร</th></tr>{rows}</table>'
        '<p>ประกาศจัดซื้อจัดจ้างอื่น ๆ ดูที่ระบบ e-GP กรมบัญชีกลาง '
        '<a href="https://process3.gprocurement.go.th/">gprocurement.go.th</a></p>')
    put("ebook/annual-report", "รายงานประจำปี (E-Book)", f"""<p>เผยแพร่ 22 มกราคม 2569</p>
<iframe src="https://drive.google.com/file/d/1xQ7museumAnnualRpt/preview" width="640" height="480" allow="autoplay" title="รายงานประจำปี"></iframe>
<p><a class="btn" href="{u('annual67')}">ดาวน์โหลดฉบับ PDF</a></p>""")
    put("sitemap", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in MENU)
        + '<li><a href="/old/">เว็บไซต์เดิม</a></li></ul>')
    home = "".join(f'<li><a href="{art(n)}">{t}</a> <span class="date">{d}</span></li>' for n, d, t, _b, _a in NEWS[:6])
    body = (f'<div class="banner"><img src="/images/banner_ceramics.jpg" alt="นิทรรศการเครื่องถ้วยลุ่มน้ำน่าน" width="700"></div>'
            f'<h3>ข่าวล่าสุด</h3><ul class="news">{home}</ul><p><a href="{cat(9)}">ข่าวทั้งหมด</a></p>'
            '<h3>ลิงก์ด่วน</h3><ul><li><a href="/ita2569/">การเปิดเผยข้อมูลสาธารณะ (ITA 2569)</a></li>'
            '<li><a href="/eservice/booking/">จองเข้าชมออนไลน์</a></li><li><a href="/complaint/">ร้องเรียนการทุจริต</a></li></ul>')
    with open(os.path.join(HERE, "index.html"), "w", encoding="utf-8") as f:
        f.write(page("หน้าหลัก", body))


def old_pages() -> None:
    put("old", "เว็บไซต์เดิม", "<p>เว็บไซต์นี้หยุดปรับปรุงตั้งแต่ สิงหาคม 2568 โปรดใช้ <a href=\"/\">เว็บไซต์ใหม่</a></p>"
        '<ul><li><a href="/old/ita2568/">ITA 2568</a></li><li><a href="/old/download/">ดาวน์โหลดเอกสาร</a></li></ul>', old=True)
    put("old/download", "ดาวน์โหลดเอกสาร (เว็บไซต์เดิม)", "<ul>"
        + li("proc67", "รายงานผลการจัดซื้อจัดจ้างประจำปี", "(25 ต.ค. 2567)")
        + li("oldrisk67", "รายงานผลการบริหารความเสี่ยงการทุจริต 2567")
        + li("plan68", "แผนปฏิบัติราชการ 2568") + "</ul>", old=True)
    rows = [("o5", "แผนยุทธศาสตร์", u("strat65")), ("o6", "แผนปฏิบัติราชการ 2568", u("plan68")),
            ("o10", "E-Service และสถิติ 2567", "/old/images/stories/ita/o10_2567.pdf"),
            ("o12", "รายงานจัดซื้อจัดจ้างประจำปี 2567", u("proc67")), ("o13", "แผนพัฒนาบุคลากร 2568", u("hrplan68")),
            ("o20", "No Gift Policy 2568", u("nogift67")), ("o22", "รายงานความเสี่ยง 2567", u("oldrisk67"))]
    trs = "".join(f'<tr><td>{c}</td><td>{t}</td><td><a href="{h}">คลิก</a></td></tr>' for c, t, h in rows)
    put("old/ita2568", "ITA 2568", f"<table>{trs}</table>", old=True)


def assets() -> None:
    """The template's stylesheet and small placeholder images (gray blocks)."""
    from PIL import Image

    css = os.path.join(HERE, "templates/fad_museum/css/template.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as f:
        f.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}header{background:#5a1e0e;color:#fff}"
                ".menu li{display:inline-block;margin:0 8px}.wrap{display:flex}main{flex:3}.side{flex:1}"
                "footer{background:#333;color:#eee;font-size:90%}.ita td{border:1px solid #999}.oldnote{background:#fc0}\n")
    for name, size in [("images/director.jpg", (60, 80)), ("images/banner_ceramics.jpg", (140, 50)),
                       ("images/logo_fad.png", (40, 40)), ("images/structure.png", (120, 80)),
                       *[(f"images/staff/p{i}.jpg", (44, 58)) for i in range(1, 5)]]:
        path = os.path.join(HERE, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        Image.new("RGB", size, (150, 120, 100)).save(path)


if __name__ == "__main__":
    assets()
    news_pages()
    about_pages()
    category_pages()
    ita_pages()
    other_pages()
    old_pages()
