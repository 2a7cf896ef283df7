"""Generate the HTML pages of the "cityjoomla" test site (เทศบาลนครศรีวารินทร์, invented: an old
Joomla 1.5/2.5-style city site with DOCman and no SEF URLs).

Run:  python tests/sites/cityjoomla/_make_pages.py   (after _make_docs.py)

Pages are /index.php?option=com_content&view=article&id=N&catid=M, category lists
/index.php?option=com_content&view=category&id=M(&limitstart=K), DOCman lists
/index.php?option=com_docman&task=cat_view&gid=N and files
/index.php?option=com_docman&task=doc_download&gid=N.  The static copy keeps the answer to
<path>?<query> as index.php.q/<query>/index.html (crawler.serve answers the query in any order);
the home page is /index.html.  Links are written with &amp; as Joomla does.  UTF-8.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from _make_docs import CATS as DOC_CATS  # noqa: E402
from _make_docs import DOCS, doc_url  # noqa: E402

ORG = "เทศบาลนครศรีวารินทร์"
ADDRESS = "เลขที่ 1 ถนนศรีวารินทร์ ตำบลในเมือง อำเภอเมืองศรีวารินทร์ จังหวัดบุรีรัมย์ 31000"
PHONE = "0 4461 1234"
FAX = "0 4461 1235"
EMAIL = "saraban@srivarincity.go.th"

MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
          "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
SHORT_MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def thai(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"  # dates are kept in พ.ศ. already


def short(d: date) -> str:
    return f"{d.day} {SHORT_MONTHS[d.month - 1]} {str(d.year)[2:]}"


def art(n: int, catid: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}&catid={catid}"


def cat(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&view=category&id={n}" + (f"&limitstart={start}" if start else "")


def dcat(n: int) -> str:
    return f"/index.php?option=com_docman&task=cat_view&gid={n}"


DROOT = "/index.php?option=com_docman"


def a(href: str, text: str) -> str:
    return f'<a href="{html.escape(href)}">{text}</a>'


def d(gid: int, text: str | None = None) -> str:
    """A DOCman download link; the text defaults to the row title."""
    return a(doc_url(gid), text or DOCS[gid][1]) if gid in DOCS else a(doc_url(gid), text or "ดาวน์โหลด")


MENU = [
    ("หน้าหลัก", "/", []),
    ("เกี่ยวกับเทศบาล", None, [("ประวัติความเป็นมา", art(1, 2)), ("วิสัยทัศน์ / พันธกิจ", art(2, 2)),
                              ("โครงสร้างส่วนราชการ", art(3, 2)), ("อำนาจหน้าที่", art(4, 2))]),
    ("ทำเนียบบุคลากร", None, [("คณะผู้บริหาร", art(5, 4)), ("สมาชิกสภาเทศบาล", art(6, 4)),
                             ("หัวหน้าส่วนราชการ", art(7, 4))]),
    ("หน่วยงานภายใน", None, []),  # filled below
    ("ข่าวสาร", None, [("ข่าวประชาสัมพันธ์", cat(8))]),
    ("บริการประชาชน", None, [("E-Service ยื่นคำร้องออนไลน์", art(30, 11)), ("แจ้งเรื่องร้องเรียนการทุจริต", art(31, 11)),
                             ("สถิติการให้บริการ", art(32, 11)), ("คู่มือสำหรับประชาชน", art(33, 11))]),
    ("ดาวน์โหลดเอกสาร", DROOT, []),
    ("ITA", None, [("ITA 2568", art(300, 20)), ("ITA 2567", art(250, 20)), ("ทั้งหมด", cat(20))]),
    ("ติดต่อเรา", art(8, 2), []),
]
DEPTS = [(11, "สำนักปลัดเทศบาล"), (12, "กองคลัง"), (13, "กองช่าง"), (14, "กองสาธารณสุขและสิ่งแวดล้อม"),
         (15, "กองการศึกษา"), (16, "กองสวัสดิการสังคม"), (17, "กองยุทธศาสตร์และงบประมาณ"), (18, "กองการเจ้าหน้าที่")]
MENU[3] = ("หน่วยงานภายใน", None, [(name, art(n, 5)) for n, name in DEPTS])


def menu_html() -> str:
    out = ['<ul id="mainlevel-nav" class="menu">']
    for label, href, children in MENU:
        if children:
            out.append(f'<li class="parent"><span class="separator">{label}</span><ul>')
            out += [f"<li>{a(h, t)}</li>" for t, h in children]
            out.append("</ul></li>")
        else:
            out.append(f"<li>{a(href, label)}</li>")
    return "\n".join(out) + "\n</ul>"


SIDE = f"""<div class="moduletable"><h3>นายกเทศมนตรี</h3>
<p><img src="/images/stories/mayor.png" alt="นายธีรวัฒน์ ศรีสุนทรวงศ์" width="60" height="60" /><br />นายธีรวัฒน์ ศรีสุนทรวงศ์<br />นายกเทศมนตรีนครศรีวารินทร์</p></div>
<div class="moduletable"><h3>ITA การประเมินคุณธรรมและความโปร่งใส</h3><ul>
<li>{a(art(300, 20), "ITA ปี 2568 (OIT)")}</li><li>{a(art(250, 20), "ITA ปี 2567")}</li></ul></div>
<div class="moduletable"><h3>ดาวน์โหลด</h3><ul>
{"".join(f"<li>{a(dcat(n), t)}</li>" for n, t in DOC_CATS.items())}</ul></div>
<div class="moduletable"><h3>ลิงก์หน่วยงาน</h3><ul>
<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li><li><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
<li><a href="https://www.gprocurement.go.th/">ระบบการจัดซื้อจัดจ้างภาครัฐ</a></li></ul></div>
<div class="moduletable"><h3>สถิติผู้เข้าชม</h3><p>วันนี้ 284<br />เดือนนี้ 9,117<br />ทั้งหมด 1,402,338</p></div>"""


def page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<title>{title} - {ORG}</title>
<link rel="stylesheet" href="/templates/srivarin/css/template.css" type="text/css" />
</head>
<body>
<div id="topbar">ยินดีต้อนรับสู่เว็บไซต์ {ORG} | สายด่วนนายกฯ 0 4461 1199 | {a("/index.php?option=com_content&view=article&id=8&catid=2", "ติดต่อเรา")}</div>
<div id="header"><a href="/"><img src="/images/stories/logo.png" alt="{ORG}" width="80" height="80" /></a>
<h1>{ORG}</h1><p>นครแห่งความสุข เมืองน่าอยู่ เศรษฐกิจมั่นคง ประชาชนมีส่วนร่วม</p></div>
<div id="nav">{menu_html()}</div>
<div id="wrap"><div id="left">{SIDE}</div>
<div id="maincolumn">
{body}
</div></div>
<div id="footer"><p>{ORG} {ADDRESS}<br />โทรศัพท์ {PHONE} โทรสาร {FAX} อีเมล {EMAIL}</p>
<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>
<p>Copyright &copy; 2553 - 2568 {ORG}. Powered by Joomla!</p></div>
</body>
</html>
"""


def target(url: str) -> str:
    if url == "/":
        return os.path.join(HERE, "index.html")
    path, query = url.split("?", 1)
    return os.path.join(HERE, path.lstrip("/") + ".q", query, "index.html")


def write(url: str, title: str, body: str) -> None:
    path = target(url)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(page(title, body))


CATNAMES = {2: "เกี่ยวกับเทศบาล", 4: "ทำเนียบบุคลากร", 5: "หน่วยงานภายใน", 8: "ข่าวประชาสัมพันธ์", 11: "บริการประชาชน",
            20: "ITA"}


ARTS: list[tuple[int, int, str, date]] = []


def article(n: int, catid: int, title: str, when: date, body: str, hits: int = 0) -> None:
    ARTS.append((n, catid, title, when))
    write(art(n, catid), title, f"""<table class="contentpaneopen"><tr><td class="contentheading">{title}</td></tr></table>
<table class="contentpaneopen"><tr><td class="createdate">{thai(when)} | หมวด: {a(cat(catid), CATNAMES[catid])} | อ่าน {hits or 100 + n * 7} ครั้ง</td></tr>
<tr><td>
{body}
</td></tr></table>""")


def table(rows, head=None) -> str:
    out = ['<table border="1" cellpadding="4" cellspacing="0" class="tbl">']
    if head:
        out.append("<tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr>")
    out += ["<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows]
    return "\n".join(out) + "\n</table>"


# ------------------------------------------------------------------ about
article(1, 2, "ประวัติความเป็นมา", date(2556, 3, 4), """<p>เทศบาลนครศรีวารินทร์ เดิมเป็นสุขาภิบาลศรีวารินทร์ จัดตั้งเมื่อ พ.ศ. 2480
ยกฐานะเป็นเทศบาลเมืองศรีวารินทร์ พ.ศ. 2499 และยกฐานะเป็นเทศบาลนครศรีวารินทร์ตามพระราชกฤษฎีกา พ.ศ. 2553</p>
<p>พื้นที่ 38.6 ตารางกิโลเมตร 42 ชุมชน ประชากร 98,412 คน (ข้อมูล ณ 31 ธันวาคม 2566)</p>""")
article(2, 2, "วิสัยทัศน์ / พันธกิจ", date(2565, 10, 20), """<p><strong>วิสัยทัศน์</strong> "นครแห่งความสุข เมืองน่าอยู่ เศรษฐกิจมั่นคง ประชาชนมีส่วนร่วม"</p>
<ol><li>พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐาน</li><li>ยกระดับคุณภาพชีวิตและการศึกษา</li><li>ส่งเสริมเศรษฐกิจชุมชน</li>
<li>บริหารจัดการตามหลักธรรมาภิบาล</li></ol>""")
article(3, 2, "โครงสร้างส่วนราชการ", date(2567, 7, 1), f"""<p><img src="/images/stories/structure.png" alt="แผนภูมิโครงสร้างเทศบาลนครศรีวารินทร์" width="120" height="80" /></p>
<h3>ฝ่ายการเมือง</h3><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี 4 คน</li><li>เลขานุการนายกเทศมนตรี 2 คน</li><li>ที่ปรึกษานายกเทศมนตรี 3 คน</li></ul></li>
<li>สภาเทศบาลนครศรีวารินทร์ (สมาชิก 24 คน) ประธานสภา รองประธานสภา</li></ul>
<h3>ฝ่ายประจำ</h3><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล 3 คน</li>
{"".join(f"<li>{a(art(n, 5), name)}</li>" for n, name in DEPTS)}<li>หน่วยตรวจสอบภายใน</li></ul></li></ul>""")
article(4, 2, "อำนาจหน้าที่", date(2565, 5, 12), """<p>เทศบาลนครมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 53 และมาตรา 56
และตามพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16 ดังนี้</p>
<ol><li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li><li>รักษาความสะอาดของถนน และการกำจัดมูลฝอยและสิ่งปฏิกูล</li>
<li>ป้องกันและระงับโรคติดต่อ</li><li>ให้มีเครื่องใช้ในการดับเพลิง</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>ให้มีโรงฆ่าสัตว์ และตลาด</li>
<li>ให้มีและบำรุงสถานที่ทำการพิทักษ์และรักษาคนเจ็บไข้</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li></ol>""")
EXECS = [("นายธีรวัฒน์ ศรีสุนทรวงศ์", "นายกเทศมนตรีนครศรีวารินทร์", "0 4461 1199"),
         ("นายประพันธ์ ทองมาลัย", "รองนายกเทศมนตรี", "0 4461 1201"), ("นางสาวกมลชนก วงศ์ใหญ่", "รองนายกเทศมนตรี", "0 4461 1202"),
         ("นายอดิศักดิ์ บุญประคอง", "รองนายกเทศมนตรี", "0 4461 1203"), ("นายวีระพล แก้วประเสริฐ", "รองนายกเทศมนตรี", "0 4461 1204"),
         ("นางวิลาวัณย์ พรหมบุญเรือง", "ปลัดเทศบาลนครศรีวารินทร์", "0 4461 1210")]
article(5, 4, "คณะผู้บริหาร", date(2567, 6, 3), table(
    [(f'<img src="/images/stories/mayor.png" alt="{n}" width="60" height="60" />', n, p, t) for n, p, t in EXECS],
    ("รูป", "ชื่อ - สกุล", "ตำแหน่ง", "โทรศัพท์")))
article(6, 4, "สมาชิกสภาเทศบาล", date(2566, 5, 2), table(
    [("นายบุญเลิศ ชัยมงคล", "ประธานสภาเทศบาล"), ("นางพรทิพย์ อินทร์แก้ว", "รองประธานสภาเทศบาล"),
     ("นายสุรชัย เพชรรัตน์", "สมาชิกสภาเทศบาล เขต 1"), ("นางจันทร์เพ็ญ นาคสุข", "สมาชิกสภาเทศบาล เขต 2")], ("ชื่อ", "ตำแหน่ง")))
article(7, 4, "หัวหน้าส่วนราชการ", date(2567, 11, 4), table(
    [("นายสมพงษ์ ใจดีงาม", "ผู้อำนวยการกองคลัง"), ("นายธนกร ภูมิพัฒน์", "ผู้อำนวยการกองช่าง"),
     ("นางรัตนา ศรีเมือง", "ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม"), ("นายเกียรติศักดิ์ มีสุข", "ผู้อำนวยการกองการศึกษา")],
    ("ชื่อ", "ตำแหน่ง")))
article(8, 2, "ติดต่อเรา", date(2565, 1, 10), f"""<p><strong>{ORG}</strong><br />{ADDRESS}</p>
<p>โทรศัพท์ {PHONE} โทรสาร {FAX}<br />ศูนย์รับเรื่องร้องเรียน 0 4461 1188<br />อีเมล {EMAIL}</p>
<p>Facebook: <a href="https://www.facebook.com/srivarincity">เทศบาลนครศรีวารินทร์</a><br />
แผนที่: <a href="https://maps.google.com/?q=14.99,103.10">Google Maps</a></p>""")
for n, name in DEPTS:
    article(n, 5, name, date(2566, 2, n), f"""<p><strong>{name}</strong> มีหน้าที่รับผิดชอบงานตามประกาศโครงสร้างส่วนราชการเทศบาลนครศรีวารินทร์</p>
<p>โทรศัพท์ภายใน {100 + n}</p>""")

# ------------------------------------------------------------------ news
NEWS: list[tuple[int, date, str, str]] = [
    (101, date(2566, 11, 27), "เทศบาลนครศรีวารินทร์จัดงานประเพณีลอยกระทง ประจำปี 2566", "<p>ประชาชนร่วมงานกว่า 20,000 คน</p>"),
    (102, date(2567, 3, 12), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2567", "<p>ชำระได้ที่กองคลัง ภายในเดือนเมษายน 2567</p>"),
    (103, date(2567, 10, 21), "ผู้บริหารเทศบาลนครศรีวารินทร์ประกาศเจตนารมณ์ No Gift Policy ประจำปีงบประมาณ 2568",
     f"<p>นายกเทศมนตรีนำคณะผู้บริหาร พนักงานเทศบาล ลูกจ้าง และพนักงานจ้าง ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่</p><p>{d(26, 'ดาวน์โหลดประกาศ')}</p>"),
    (104, date(2567, 10, 30), "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 4 ประจำปี 2567", "<p>พิจารณาญัตติ 5 เรื่อง</p>"),
    (105, date(2567, 11, 15), "เทศบาลนครศรีวารินทร์ จัดงานประเพณีลอยกระทง ประจำปี 2567", "<p>ณ สวนสาธารณะหนองน้ำใส</p>"),
    (106, date(2567, 11, 22), "รับสมัครนักเรียนศูนย์พัฒนาเด็กเล็ก ปีการศึกษา 2568", "<p>รับสมัครตั้งแต่ 1 ธันวาคม 2567</p>"),
    (107, date(2567, 12, 5), "กิจกรรมวันพ่อแห่งชาติ 5 ธันวาคม 2567", "<p>ปลูกต้นไม้ 999 ต้น</p>"),
    (108, date(2567, 12, 18), "ประกาศรับสมัครพนักงานจ้างทั่วไป", "<p>จำนวน 12 อัตรา</p>"),
    (109, date(2568, 1, 8), "แจ้งปิดถนนศรีวารินทร์สาย 2 เพื่อปรับปรุงระบบระบายน้ำ", "<p>ระหว่างวันที่ 10 มกราคม - 30 มิถุนายน 2568</p>"),
    (110, date(2568, 1, 11), "เทศบาลนครศรีวารินทร์จัดงานวันเด็กแห่งชาติ ประจำปี 2568", "<p>ณ ลานหน้าสำนักงานเทศบาล</p>"),
    (111, date(2568, 1, 20), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568", "<p>ชำระได้ที่กองคลัง หรือผ่านแอปพลิเคชันธนาคาร</p>"),
    (112, date(2568, 1, 28), "ประชุมประชาคมเมืองเพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) ครั้งที่ 1/2568",
     """<p>เมื่อวันที่ 27 มกราคม 2568 เวลา 09.00 น. เทศบาลนครศรีวารินทร์ โดยกองยุทธศาสตร์และงบประมาณ จัดประชุมประชาคมเมือง
ณ หอประชุมเทศบาล เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมเสนอความต้องการและปัญหาของชุมชน สำหรับการทบทวนแผนพัฒนาท้องถิ่น</p>
<p>ผู้เข้าร่วม ได้แก่ ประธานชุมชน 42 ชุมชน ผู้แทนภาคเอกชน อาสาสมัครสาธารณสุข และประชาชนทั่วไป รวม 236 คน
ที่ประชุมเสนอโครงการ 58 โครงการ เช่น ไฟฟ้าส่องสว่าง ระบบระบายน้ำ และลานกีฬาชุมชน</p>
<p><img src="/images/stories/news-thumb.png" alt="ประชุมประชาคม" width="60" height="40" /></p>"""),
    (113, date(2568, 2, 3), "ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าฟรี", "<p>ทุกชุมชน เดือนกุมภาพันธ์ 2568</p>"),
    (114, date(2568, 2, 10), "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนน คสล. ซอยประชาร่วมใจ 5", "<p>ผู้ชนะ หจก.ศรีวารินทร์ก่อสร้าง ราคา 2,398,000 บาท</p>"),
    (115, date(2568, 2, 21), "โครงการอบรมคุณธรรมจริยธรรมพนักงานเทศบาล ประจำปีงบประมาณ 2568",
     f"""<p>วันที่ 20 กุมภาพันธ์ 2568 สำนักปลัดเทศบาลจัดโครงการอบรมเพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล ลูกจ้าง และพนักงานจ้าง
มีผู้เข้าร่วม 312 คน กิจกรรมประกอบด้วยการบรรยายเรื่องผลประโยชน์ทับซ้อน การปฏิญาณตนตามประมวลจริยธรรม และการมอบรางวัลคนดีศรีเทศบาล</p>
<p>{d(23, 'อ่านประมวลจริยธรรม')}</p>"""),
    (116, date(2568, 3, 3), "เชิญชวนประชาชนร่วมแสดงความคิดเห็นร่างเทศบัญญัติการจัดการสิ่งปฏิกูลและมูลฝอย", "<p>ส่งความคิดเห็นได้ถึง 31 มีนาคม 2568</p>"),
    (117, date(2568, 3, 14), "กิจกรรมบิ๊กคลีนนิ่งเดย์ ตลาดสดเทศบาล", "<p>ทำความสะอาดตลาด 3 แห่ง</p>"),
    (118, date(2568, 3, 26), "ประชาสัมพันธ์การรับเบี้ยยังชีพผู้สูงอายุ ปีงบประมาณ 2569", "<p>ลงทะเบียนได้ที่กองสวัสดิการสังคม</p>"),
    (119, date(2568, 4, 2), "เทศบาลนครศรีวารินทร์ร่วมรดน้ำดำหัวผู้สูงอายุ เนื่องในวันสงกรานต์", "<p>ณ วัดกลาง</p>"),
    (120, date(2568, 4, 9), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 (เพิ่มเติม ฉบับที่ 1)", f"""<p>ตามที่เทศบาลนครศรีวารินทร์ได้ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ไปแล้ว เมื่อวันที่ ๒๕ พฤศจิกายน ๒๕๖๗
เนื่องจากได้รับจัดสรรเงินอุดหนุนเฉพาะกิจเพิ่มเติม จึงประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ เพิ่มเติม ฉบับที่ ๑
โดยมีโครงการเพิ่มขึ้น ๔ โครงการ ให้ประชาชนทราบโดยทั่วกัน</p>
<p>{d(4, 'ดูแผนการดำเนินงาน 2568')}</p>"""),
    (121, date(2567, 5, 20), "ประชาสัมพันธ์ โครงการฝึกอาชีพระยะสั้น", "<p>หลักสูตรทำขนม 30 คน</p>"),
    (122, date(2567, 8, 12), "กิจกรรมวันแม่แห่งชาติ 12 สิงหาคม 2567", "<p>ณ หอประชุมเทศบาล</p>"),
    (123, date(2567, 9, 17), "ประชุมประชาคมเมือง ประจำปี 2567", "<p>เมื่อวันที่ 16 กันยายน 2567 มีผู้เข้าร่วม 198 คน</p>"),
    (124, date(2568, 4, 11), "แจ้งเตือนภัยช่วงเทศกาลสงกรานต์ ปี 2568", "<p>ขับขี่ปลอดภัย</p>"),
]
NEWS.sort(key=lambda x: x[1], reverse=True)
for n, when, title, body in NEWS:
    article(n, 8, title, when, body)
for start in (0, 10, 20):
    rows = [(short(w), a(art(n, 8), t)) for n, w, t, _ in NEWS[start:start + 10]]
    pages = " ".join(a(cat(8, s), str(s // 10 + 1)) if s != start else f"<strong>{s // 10 + 1}</strong>" for s in (0, 10, 20))
    write(cat(8, start), "ข่าวประชาสัมพันธ์", f"""<div class="componentheading">ข่าวประชาสัมพันธ์</div>
{table(rows, ("วันที่", "หัวข้อ"))}
<div class="pagination">หน้า {pages}</div>""")

# ------------------------------------------------------------------ services
article(30, 11, "E-Service ยื่นคำร้องออนไลน์", date(2566, 8, 1), """<p>ประชาชนสามารถยื่นคำร้องขอรับบริการออนไลน์ได้ตลอด 24 ชั่วโมง ผ่านแบบฟอร์มด้านล่าง
เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>
<form action="/index.php?option=com_rsform&amp;formId=3" method="post">
<p>ชื่อ - สกุล <input type="text" name="form[name]" /></p><p>เบอร์โทรศัพท์ <input type="text" name="form[phone]" /></p>
<p>ประเภทคำร้อง <select name="form[type]"><option>ขอรับการสนับสนุนน้ำอุปโภคบริโภค</option><option>แจ้งซ่อมไฟฟ้าสาธารณะ</option>
<option>ขอรับถังขยะ</option><option>ขออนุญาตใช้สถานที่</option></select></p>
<p>รายละเอียด <textarea name="form[detail]"></textarea></p><p><input type="submit" value="ส่งคำร้อง" /></p></form>
<p>หรือยื่นผ่าน <a href="https://forms.gle/srivarinEservice01">Google Form คำร้องทั่วไป</a></p>""")
article(31, 11, "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", date(2566, 9, 1), """<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่เทศบาลได้ทางแบบฟอร์มออนไลน์นี้
โดยข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>
<form action="/index.php?option=com_rsform&amp;formId=5" method="post">
<p>ชื่อผู้ร้องเรียน (ไม่ระบุก็ได้) <input type="text" name="form[name]" /></p><p>เรื่องที่ร้องเรียน <input type="text" name="form[subject]" /></p>
<p>รายละเอียด / ผู้ถูกร้องเรียน <textarea name="form[detail]"></textarea></p><p><input type="submit" value="ส่งเรื่องร้องเรียน" /></p></form>
<p>ช่องทางอื่น: ศูนย์รับเรื่องร้องเรียน โทร 0 4461 1188 ตู้ไปรษณีย์ ปณ. 9 ศรีวารินทร์ หรือ
<a href="https://www.facebook.com/srivarincity">Facebook เทศบาล</a></p>""")
article(32, 11, "สถิติการให้บริการประชาชน", date(2568, 4, 5), f"""<p>สถิติการให้บริการ ศูนย์บริการร่วม ปีงบประมาณ 2568 (ตุลาคม 2567 - มีนาคม 2568)</p>
{table([("ทะเบียนราษฎร", "4,872"), ("ทะเบียนพาณิชย์", "251"), ("ชำระภาษีที่ดินและสิ่งปลูกสร้าง", "4,236"), ("ขออนุญาตก่อสร้างอาคาร", "119")], ("งานบริการ", "จำนวน (ราย)"))}
<p>{d(12, 'ดาวน์โหลดข้อมูลสถิติ (Excel)')}</p>""")
article(33, 11, "คู่มือสำหรับประชาชน", date(2565, 3, 1), f"""<p>คู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558</p>
<ul><li>{d(11)}</li></ul>""")

# ------------------------------------------------------------------ DOCman
hidden = {24}  # unpublished from its category; only the ITA 2567 page still links it
rows_all = []
for c, cname in DOC_CATS.items():
    rows = []
    for gid, (name, title, when, dc) in sorted(DOCS.items(), key=lambda kv: kv[1][2], reverse=True):
        if dc != c or gid in hidden:
            continue
        size = "0 KB" if False else f"{(gid * 37) % 400 + 120} KB"
        rows.append((short(when), d(gid, title), name, size, str((gid * 53) % 900 + 14)))
    rows_all += rows
    write(dcat(c), cname, f"""<div class="componentheading">ดาวน์โหลดเอกสาร : {cname}</div>
<p>{a(DROOT, "หมวดหมู่ทั้งหมด")} &raquo; {cname}</p>
{table(rows, ("วันที่", "ชื่อเอกสาร", "ไฟล์", "ขนาด", "ดาวน์โหลด"))}""")
write(DROOT, "ดาวน์โหลดเอกสาร", '<div class="componentheading">ดาวน์โหลดเอกสาร</div>\n<ul>'
      + "".join(f"<li>{a(dcat(c), n)}</li>" for c, n in DOC_CATS.items()) + "</ul>")

# ------------------------------------------------------------------ ITA 2568: one long article
ITA68 = [
    ("O1", "โครงสร้าง", a(art(3, 2), "โครงสร้างส่วนราชการ") + " / " + a(art(4, 2), "อำนาจหน้าที่")),
    ("O2", "ข้อมูลผู้บริหาร", a(art(5, 4), "คณะผู้บริหาร")),
    ("O3", "ข้อมูลการติดต่อ", a(art(8, 2), "ติดต่อเรา")),
    ("O4", "ข่าวประชาสัมพันธ์", a(cat(8), "คลิกที่นี่")),
    ("O5", "แผนพัฒนาท้องถิ่น", a(dcat(1), "แผนพัฒนาท้องถิ่น")),
    ("O6", "แผนการดำเนินงานและการใช้งบประมาณประจำปี", d(4, "แผนการดำเนินงาน 2568") + "<br />" + d(6, "เทศบัญญัติ 2568") + "<br />" + d(7, "รายงานรอบ 6 เดือน")),
    ("O7", "รายงานผลการดำเนินงานประจำปี", d(8, "รายงานติดตามประเมินผลแผน ปี 2567") + "<br />" + d(9, "รายงานผลการใช้จ่ายงบประมาณ")),
    ("O8", "คู่มือหรือมาตรฐานการปฏิบัติงาน", d(10, "คู่มือการปฏิบัติงาน")),
    ("O9", "คู่มือหรือมาตรฐานการให้บริการ", a(art(33, 11), "คู่มือสำหรับประชาชน")),
    ("O10", "E-Service", a(art(30, 11), "ยื่นคำร้องออนไลน์")),
    ("O11", "ข้อมูลสถิติการให้บริการ", a(art(32, 11), "สถิติการให้บริการ")),
    ("O12", "รายการการจัดซื้อจัดจ้าง และความก้าวหน้า", a(dcat(3), "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)")),
    ("O13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", d(19, "รายงานผลการจัดซื้อจัดจ้าง ปี 2567")),
    ("O14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", d(20, "แผนพัฒนาบุคลากร 2568")),
    ("O15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", d(22, "รายงานผลการพัฒนาบุคลากร")),
    ("O16", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", d(23, "ประมวลจริยธรรม") + "<br />" + a(art(115, 8), "กิจกรรมขับเคลื่อนจริยธรรม")),
    ("O17", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", a(art(31, 11), "คลิกที่นี่")),
    ("O18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", a(art(31, 11), "แจ้งเรื่องร้องเรียนออนไลน์")),
    ("O19", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริต", d(25, "สถิติเรื่องร้องเรียน")),
    ("O20", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", a(art(112, 8), "ประชุมประชาคมเมือง")),
    ("O21", "No Gift Policy", d(26, "ประกาศเจตนารมณ์") + "<br />" + a(art(103, 8), "ข่าวกิจกรรม")),
    ("O22", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด", a(doc_url(27), "รายงานผลการรับของขวัญ ปี 2567")),
    ("O23", "การประเมินความเสี่ยงการทุจริต", d(28, "ประเมินความเสี่ยง 2568")),
    ("O24", "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยง", d(29, "การดำเนินการเพื่อจัดการความเสี่ยง")),
    ("O25", "แผนปฏิบัติการป้องกันการทุจริต", d(30, "แผนปฏิบัติการป้องกันการทุจริต")),
    ("O26", "รายงานผลการดำเนินการป้องกันการทุจริต", d(31, "รายงานผล")),
]
GROUPS = {"O1": "ข้อมูลพื้นฐาน", "O5": "การบริหารงานและการใช้จ่ายงบประมาณ", "O12": "การจัดซื้อจัดจ้าง",
          "O14": "การบริหารและพัฒนาทรัพยากรบุคคล", "O17": "การส่งเสริมความโปร่งใส", "O21": "การป้องกันการทุจริต"}
rows68 = []
for code, label, links in ITA68:
    if code in GROUPS:
        rows68.append(f'<tr><td colspan="3" style="background:#ffe9b3"><strong>{GROUPS[code]}</strong></td></tr>')
    rows68.append(f"<tr><td>{code}</td><td>{label}</td><td>{links}</td></tr>")
article(300, 20, "การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT) ประจำปี 2568", date(2568, 4, 18),
        f"""<p>เทศบาลนครศรีวารินทร์ เผยแพร่ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) การประเมินคุณธรรมและความโปร่งใส
ในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568 ดังนี้</p>
<table border="1" cellpadding="4" cellspacing="0" width="100%"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>
{chr(10).join(rows68)}
</table>
<p>ผู้รับผิดชอบ: สำนักปลัดเทศบาล ฝ่ายบริหารงานทั่วไป โทร 0 4461 1234 ต่อ 111</p>""", hits=1204)

ITA67 = [
    ("O1", "โครงสร้าง", a(art(3, 2), "คลิก")), ("O8", "แผนพัฒนาท้องถิ่น", d(1, "คลิก")),
    ("O10", "แผนดำเนินงานประจำปี", d(5, "แผนการดำเนินงาน 2567")),
    ("O12", "รายงานผลการดำเนินงานประจำปี", d(35, "รายงานผลการเบิกจ่าย")),
    ("O16", "รายงานผลการจัดซื้อจัดจ้างประจำปี", a(doc_url(40), "รายงานผลจัดซื้อจัดจ้าง ปี 2566")),
    ("O18", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", d(21, "แผนพัฒนาบุคลากร 2567")),
    ("O22", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", d(24, "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")),
    ("O24", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตประจำปี", d(33, "สถิติ 2566")),
    ("O32", "ประกาศเจตนารมณ์ No Gift Policy", d(34, "ประกาศ 2567")),
    ("O36", "รายงานผลการดำเนินการป้องกันการทุจริต", d(31, "รายงานผล 2566")),
]
article(250, 20, "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567", date(2567, 4, 22),
        "<p>ข้อมูลตามแบบ OIT ปี 2567</p>\n" + table(ITA67, ("ข้อ", "ข้อมูล", "ลิงก์")), hits=2310)
write(cat(20), "ITA", '<div class="componentheading">ITA</div>\n' + table(
    [(short(date(2568, 4, 18)), a(art(300, 20), "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568")),
     (short(date(2567, 4, 22)), a(art(250, 20), "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567"))], ("วันที่", "หัวข้อ")))

# ------------------------------------------------------------------ other category lists (Joomla "blog/list" view)
for c in (2, 4, 5, 11):
    write(cat(c), CATNAMES[c], f'<div class="componentheading">{CATNAMES[c]}</div>\n' + table(
        [(short(w), a(art(n, c), t)) for n, cc, t, w in ARTS if cc == c], ("วันที่", "หัวข้อ")))

# ------------------------------------------------------------------ home
latest = "".join(f"<li>{a(art(n, 8), t)} <span class=\"date\">({short(w)})</span></li>" for n, w, t, _ in NEWS[:8])
write("/", "หน้าหลัก", f"""<div class="banner">{a(art(300, 20), '<img src="/images/stories/ita.png" alt="ITA 2568" width="120" height="40" />')}</div>
<h2>ข่าวประชาสัมพันธ์</h2><ul class="latestnews">{latest}</ul><p>{a(cat(8), "ข่าวทั้งหมด &raquo;")}</p>
<h2>บริการออนไลน์</h2><ul><li>{a(art(30, 11), "E-Service ยื่นคำร้องออนไลน์")}</li><li>{a(art(31, 11), "แจ้งเรื่องร้องเรียนการทุจริต")}</li>
<li>{a(dcat(3), "ประกาศจัดซื้อจัดจ้าง / สขร.1")}</li></ul>""")
os.makedirs(os.path.join(HERE, "index.php.q"), exist_ok=True)

# ------------------------------------------------------------------ assets (tiny)
os.makedirs(os.path.join(HERE, "templates/srivarin/css"), exist_ok=True)
with open(os.path.join(HERE, "templates/srivarin/css/template.css"), "w", encoding="ascii") as fh:
    fh.write("body{font-family:Tahoma,sans-serif;font-size:13px;margin:0}#topbar{background:#7a1f1f;color:#fff;padding:4px}"
             "#header{background:#fbe9c8;padding:8px}#nav ul{list-style:none}#wrap{display:flex}#left{width:220px}"
             "#maincolumn{flex:1;padding:8px}#footer{background:#7a1f1f;color:#fff;padding:8px}.tbl{border-collapse:collapse}\n")
os.makedirs(os.path.join(HERE, "images/stories"), exist_ok=True)
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360f8cf00000301010018dd8db00000000049454e44ae426082")
for img in ("logo.png", "mayor.png", "structure.png", "news-thumb.png", "ita.png"):
    with open(os.path.join(HERE, "images/stories", img), "wb") as fh:
        fh.write(PNG)
