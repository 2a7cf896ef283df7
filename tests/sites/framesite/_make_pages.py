"""Generate the pages of the "framesite" test site (เทศบาลตำบลโคกสะอาดใต้, invented).

Run after _make_docs.py:  python tests/sites/framesite/_make_pages.py

An old municipal website: / is a frameset (a banner frame /top/, a menu frame /menu/ and a content
frame /main/); content pages are Joomla-1.0-style query pages (/index.php?option=com_content&id=N,
kept as index.php.q/<query>/index.html); every document goes out through /download.php?id=N; the
download categories show their lists in an iframe (/doclist.php?cat=N); two documents are shown
in a viewer page (/viewer.php?id=N) that embeds Google Drive with a direct download beside it;
service statistics have a year selector (/stat.php?year=...); the ITA page is split into one page
per group (/ita.php?year=2568&grp=1..5) and last year's is still online; the old Joomla copy is
left under /old/.  News dates are in Thai digits.  Deterministic.
"""

from __future__ import annotations

import os
import shutil
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, LOC, ORG  # noqa: E402

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,"
       b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def art(n: int) -> str:
    return f"/index.php?option=com_content&amp;id={n}"


def dl(n: int) -> str:
    return f"/download.php?id={n}"


NEWS_LIST = "/index.php?option=com_content&amp;view=category&amp;id=5"

SIDE = f"""<td class="side" width="190" valign="top">
<div class="box"><b>ข่าวล่าสุด</b><ul>
<li><a href="{art(57)}">ประเพณีสงกรานต์ ๒๕๖๘</a></li>
<li><a href="{art(56)}">อบรม อสม. ประจำปี ๒๕๖๘</a></li>
<li><a href="{art(53)}">อบรมคุณธรรมจริยธรรม</a></li></ul></div>
<div class="box"><b>ลิงก์หน่วยงาน</b><ul>
<li><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
<li><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></li>
<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li></ul></div>
<div class="box">ผู้เข้าชม 0128473 คน</div></td>"""

TOPMENU = f"""<div class="bar"><a href="/main/" target="_top">หน้าแรก</a> | <a href="{art(11)}">ข้อมูลทั่วไป</a> |
<a href="{NEWS_LIST}">ข่าวประชาสัมพันธ์</a> | <a href="{art(21)}">ดาวน์โหลดเอกสาร</a> |
<a href="/ita.php?year=2568">ITA ๒๕๖๘</a> | <a href="{art(16)}">ติดต่อเรา</a></div>"""


def page(title: str, body: str) -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} - {ORG}</title>
<link rel="stylesheet" href="/templates/rhuk/css/template.css?ver=1.0" type="text/css"></head>
<body><div class="head"><b>{ORG}</b> {LOC}</div>
{TOPMENU}
<table width="100%" cellpadding="4"><tr>{SIDE}
<td valign="top" class="content"><h2 class="contentheading">{title}</h2>
{body}
</td></tr></table>
<div class="foot">{ORG} ถนนนาทม-บ้านแพง หมู่ที่ 3 ตำบลโคกสะอาดใต้ {LOC} 48190<br>
โทร. 0-4251-7730 โทรสาร 0-4251-7731 อีเมล saraban@khoksaadtai.go.th<br>
Powered by Joomla! 1.0 | ปรับปรุงล่าสุด 18 เมษายน 2568</div></body></html>
"""


def write(url: str, html: str) -> None:
    """url: a site path ('/x/') or a query URL ('/index.php?a=1&amp;b=2')."""
    url = url.replace("&amp;", "&")
    if "?" in url:
        path, query = url.split("?", 1)
        folder = os.path.join(HERE, path.lstrip("/") + ".q", quote(query, safe="=&-_.,+~"))
    else:
        folder = os.path.join(HERE, url.strip("/"))
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as f:
        f.write(html)


def rows(ids: list[int], labels: dict[int, str]) -> str:
    out = []
    for n in ids:
        size = "?" if n not in DOCS else f"{os.path.getsize(doc_path(n)) // 1024 + 1} KB"
        out.append(f'<tr><td>{labels[n]}</td><td>{size}</td>'
                   f'<td><a href="{dl(n)}" target="_blank"><img src="/images/download.gif" alt="ดาวน์โหลด"></a></td></tr>')
    return '<table border="1" cellspacing="0" width="100%"><tr><th>ชื่อเอกสาร</th><th>ขนาด</th><th>ดาวน์โหลด</th></tr>' \
        + "\n".join(out) + "</table>"


def doc_path(n: int) -> str:
    return os.path.join(HERE, "download.php.q", f"id={n}", DOCS[n][0])


LISTS = {  # doclist.php?cat=N (shown in an iframe): ids and row labels, as the clerk typed them
    1: ([11, 12, 13], {11: "แผนพัฒนาท้องถิ่น", 12: "แผนพัฒนาท้องถิ่น เพิ่มเติม ฉบับที่ 3",
                        13: "ประกาศผู้ชนะ จ้างจัดพิมพ์รูปเล่มแผนพัฒนาท้องถิ่น"}),
    2: ([21, 22, 23, 24, 25], {21: "แผนการดำเนินงาน ปี 68", 22: "เทศบัญญัติงบประมาณรายจ่าย ปี 68",
                                23: "ร่างเทศบัญญัติ ปี 68 (เสนอสภา)", 24: "รายงานการกำกับติดตาม รอบ 6 เดือน",
                                25: "แผนปฏิบัติการ ศพด.บ้านโคกสะอาด"}),
    3: ([31, 32], {31: "รายงานการติดตามและประเมินผลแผนพัฒนาท้องถิ่น", 32: "รายงานผลการใช้จ่ายงบประมาณ"}),
    4: ([65, 64, 63, 62, 61, 66, 67], {61: "สขร.1 ต.ค. 67", 62: "สขร.1 พ.ย. 67", 63: "สขร.1 ธ.ค. 67",
                                        64: "สขร.1 ม.ค. 68", 65: "สขร.1 มี.ค. 68", 66: "สขร.1 ก.ย. 67",
                                        67: "รายงานผลการจัดซื้อจัดจ้างประจำปี"}),
    5: ([41, 42, 43, 91], {41: "คู่มือการปฏิบัติงาน งานธุรการ", 42: "คู่มือประชาชน ทะเบียนพาณิชย์",
                            43: "คู่มือประชาชน ภาษีที่ดินและสิ่งปลูกสร้าง",
                            91: "คู่มือการดำเนินงานเรื่องร้องเรียนการทุจริต"}),
    6: ([72], {72: "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล"}),
    7: ([101, 102, 111, 121, 122, 8], {101: "ประกาศนโยบาย No Gift Policy", 102: "ประกาศเจตจำนงสุจริต",
                                         111: "การประเมินความเสี่ยงการทุจริต", 121: "แผนปฏิบัติการป้องกันการทุจริต",
                                         122: "รายงานผลการดำเนินงานตามแผนป้องกันการทุจริต",
                                         8: "รายงานการรับของขวัญและของกำนัล"}),
}
CATS = {31: (1, "แผนพัฒนาท้องถิ่น"), 32: (2, "แผนการดำเนินงานและงบประมาณ"), 33: (3, "รายงานผลการดำเนินงาน"),
        34: (4, "จัดซื้อจัดจ้าง (สขร.1)"), 35: (5, "คู่มือการปฏิบัติงาน / คู่มือประชาชน"),
        36: (6, "งานบริหารงานบุคคล"), 37: (7, "ป้องกันการทุจริต")}

NEWS = [  # (id, date, title, body, attachments)
    (57, "12 เมษายน 2568", "ประเพณีสงกรานต์และรดน้ำดำหัวผู้สูงอายุ ประจำปี 2568",
     "เทศบาลจัดงานประเพณีสงกรานต์ ณ ลานวัดโพธิ์ศรี มีผู้สูงอายุเข้าร่วม 312 คน", []),
    (56, "6 มีนาคม 2568", "อบรมเพิ่มศักยภาพ อสม. ประจำปีงบประมาณ 2568",
     "กองสาธารณสุขฯ จัดอบรม อสม. 9 หมู่บ้าน จำนวน 118 คน", []),
    (53, "19 กุมภาพันธ์ 2568", "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมแก่บุคลากร ประจำปี 2568",
     "นายกเทศมนตรีเป็นประธานเปิดการอบรม ผู้บริหาร สมาชิกสภา พนักงานและพนักงานจ้าง เข้าร่วม 46 คน", [82]),
    (60, "3 กุมภาพันธ์ 2568", "ประกาศผู้ชนะการเสนอราคา จ้างเหมาจัดพิมพ์รูปเล่มแผนพัฒนาท้องถิ่น",
     "รายละเอียดตามไฟล์แนบ", [13]),
    (52, "21 มกราคม 2568", "ประชุมประชาคมท้องถิ่นระดับตำบล ครั้งที่ 1/2568",
     "เทศบาลจัดประชุมประชาคมท้องถิ่นระดับตำบลเพื่อรับฟังความคิดเห็นและทบทวนแผนพัฒนาท้องถิ่น "
     "มีผู้เข้าร่วม 134 คน ประชาชนเสนอโครงการขุดลอกลำห้วยและถนนเพื่อการเกษตร", [93]),
    (51, "8 มกราคม 2568", "ขอเชิญร่วมประชุมประชาคมท้องถิ่นระดับตำบล", "ขอเชิญประชาชนทุกหมู่บ้านเข้าร่วมประชุม", [94]),
    (59, "11 มกราคม 2568", "งานวันเด็กแห่งชาติ ประจำปี 2568", "จัดกิจกรรม ณ ศูนย์พัฒนาเด็กเล็กบ้านโคกสะอาด", []),
    (58, "6 มกราคม 2568", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
     "ชำระได้ที่กองคลัง ตั้งแต่บัดนี้ถึง 30 เมษายน 2568", []),
    (54, "16 ธันวาคม 2567", "เผยแพร่รายงานผลการดำเนินงานประจำปี",
     "เทศบาลตำบลโคกสะอาดใต้ขอเผยแพร่รายงานการติดตามและประเมินผลแผนพัฒนาท้องถิ่น "
     "และรายงานผลการใช้จ่ายงบประมาณ ให้ประชาชนทราบ", [31, 32]),
    (61, "1 พฤศจิกายน 2567", "ผู้บริหารประกาศเจตจำนงสุจริตในการบริหารงาน", "รายละเอียดตามไฟล์แนบ", [102]),
]
OLD_NEWS = [
    (45, "28 สิงหาคม 2567", "โครงการฝึกอบรมอาชีพทอผ้าไหม", "กลุ่มสตรีบ้านโคกสะอาด 30 คน", []),
    (44, "14 มีนาคม 2567", "โครงการอบรมคุณธรรมจริยธรรม ประจำปี 2567", "ผู้เข้าร่วม 41 คน", []),
    (43, "20 มกราคม 2567", "ประชุมประชาคมหมู่บ้าน ปี 2567", "ครบ 9 หมู่บ้าน", []),
]


def news_post(n: int, date: str, title: str, body: str, files: list[int]) -> None:
    att = "".join(f'<li><a href="{dl(f)}">{DOCS[f][0]}</a> ({os.path.getsize(doc_path(f)) // 1024 + 1} KB)</li>'
                  for f in files)
    att = f"<p><b>ไฟล์แนบ</b></p><ul>{att}</ul>" if att else ""
    write(art(n), page(title, f'<p class="createdate">{date.translate(TH)}</p><p>{body.translate(TH)}</p>'
                              f'<p><img src="/images/blank.gif" width="300" height="200" alt="ภาพกิจกรรม"></p>{att}'))


def news_list(items: list, nxt: str, prv: str) -> str:
    li = "".join(f'<tr><td><a href="{art(n)}">{t}</a></td><td>{dt.translate(TH)}</td></tr>' for n, dt, t, _b, _f in items)
    return f'<table width="100%">{li}</table><p>{prv} {nxt}</p>'


def ita_groups() -> dict[int, tuple[str, list[tuple[str, str, str]]]]:
    return {
        1: ("ข้อมูลพื้นฐาน", [
            ("o1", "โครงสร้างหน่วยงาน", art(12)), ("o1", "อำนาจหน้าที่", art(13)),
            ("o2", "ผู้บริหาร", art(14)), ("o3", "ติดต่อหน่วยงาน", art(16)), ("o4", "ข่าวประชาสัมพันธ์", NEWS_LIST)]),
        2: ("การบริหารงานและการใช้จ่ายงบประมาณ", [
            ("o5", "แผนพัฒนาท้องถิ่น", dl(11)), ("o5", "แผนพัฒนาท้องถิ่น (เพิ่มเติม)", dl(12)),
            ("o6", "แผนดำเนินงาน", dl(21)), ("o6", "เทศบัญญัติงบประมาณ", dl(22)),
            ("o6", "รายงานกำกับติดตาม รอบ 6 เดือน", dl(24)),
            ("o7", "รายงานผลการดำเนินงาน", art(54)), ("o8", "คู่มือปฏิบัติงาน", dl(41)),
            ("o9", "คู่มือประชาชน", art(35)), ("o10", "E-Service", art(17)),
            ("o11", "สถิติการให้บริการ", "/stat.php?year=2567")]),
        3: ("การจัดซื้อจัดจ้าง", [("o12", "สขร.1 รายเดือน", art(34)), ("o13", "รายงานผลจัดซื้อจัดจ้าง", dl(67))]),
        4: ("การบริหารและพัฒนาทรัพยากรบุคคล", [
            ("o14", "แผนพัฒนาบุคลากร", "/old/hr/"), ("o15", "รายงานผลการพัฒนาบุคลากร", dl(72)),
            ("o16", "ประมวลจริยธรรม", art(20))]),
        5: ("การส่งเสริมความโปร่งใสและการป้องกันการทุจริต", [
            ("o17", "คู่มือเรื่องร้องเรียน", dl(91)), ("o18", "ช่องทางร้องเรียน", art(18)),
            ("o19", "สถิติเรื่องร้องเรียน", art(19)), ("o20", "การมีส่วนร่วม", art(52)),
            ("o21", "No Gift Policy", dl(101)), ("o22", "รายงานการรับของขวัญ", dl(8)),
            ("o23", "ประเมินความเสี่ยงการทุจริต", "/viewer.php?id=111"),
            ("o24", "การจัดการความเสี่ยง", dl(111)), ("o25", "แผนป้องกันการทุจริต", dl(121)),
            ("o26", "รายงานผลป้องกันการทุจริต", "/viewer.php?id=122")]),
    }


def main() -> None:
    for name in os.listdir(HERE):
        if name not in ("_make_docs.py", "_make_pages.py", "_truth.yaml", "download.php.q", "old", "__pycache__"):
            p = os.path.join(HERE, name)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    shutil.rmtree(os.path.join(HERE, "old", "hr"), ignore_errors=True)
    os.makedirs(os.path.join(HERE, "images"))
    for g in ("blank.gif", "download.gif"):
        with open(os.path.join(HERE, "images", g), "wb") as f:
            f.write(GIF)
    os.makedirs(os.path.join(HERE, "templates", "rhuk", "css"))
    with open(os.path.join(HERE, "templates", "rhuk", "css", "template.css"), "w") as f:
        f.write("body{font-family:Tahoma;font-size:13px}.head{background:#063;color:#fff;padding:8px}"
                ".bar{background:#9c6;padding:4px}.side{background:#efe}.foot{border-top:1px solid #063}\n")

    # the frameset
    write("/", f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{ORG}</title></head>
<frameset rows="110,*" frameborder="0" border="0">
<frame src="/top/" name="top" scrolling="no" noresize>
<frameset cols="200,*"><frame src="/menu/" name="menu"><frame src="/main/" name="content"></frameset>
<noframes><body><p>{ORG} เบราว์เซอร์ของท่านไม่รองรับเฟรม <a href="/main/">เข้าสู่เว็บไซต์</a>
| <a href="/menu/">เมนู</a></p></body></noframes></frameset></html>
""")
    write("/top/", page("ยินดีต้อนรับ", f'<p><img src="/images/blank.gif" width="700" height="90" alt="{ORG}"></p>'))
    menu = [("ประวัติความเป็นมา", art(11)), ("โครงสร้างส่วนราชการ", art(12)), ("อำนาจหน้าที่", art(13)),
            ("คณะผู้บริหาร", art(14)), ("สภาเทศบาล", art(15)), ("ข่าวประชาสัมพันธ์", NEWS_LIST),
            ("ศูนย์ข้อมูลข่าวสาร", art(21)), ("สถิติการให้บริการ", "/stat.php?year=2567"),
            ("E-Service", art(17)), ("ร้องเรียนการทุจริต", art(18)), ("ประมวลจริยธรรม", art(20)),
            ("ITA 2568", "/ita.php?year=2568"), ("ITA 2567", "/ita.php?year=2567"),
            ("เว็บไซต์เดิม", "/old/"), ("ติดต่อเรา", art(16))]
    write("/menu/", page("เมนูหลัก", "<ul>" + "".join(
        f'<li><a href="{u}" target="content">{t}</a></li>' for t, u in menu) + "</ul>"))
    write("/main/", page("หน้าแรก", "<h3>ข่าวประชาสัมพันธ์</h3>" + news_list(NEWS[:6], f'<a href="{NEWS_LIST}">อ่านทั้งหมด</a>', "")
                         + '<p><a href="/ita.php?year=2568"><b>การประเมินคุณธรรมและความโปร่งใส (ITA) ๒๕๖๘</b></a></p>'))

    # articles
    write(art(11), page("ประวัติความเป็นมา", "<p>เดิมเป็นสภาตำบลโคกสะอาดใต้ ยกฐานะเป็นองค์การบริหารส่วนตำบลเมื่อ พ.ศ. 2540 "
                        "และเปลี่ยนแปลงฐานะเป็นเทศบาลตำบลเมื่อ พ.ศ. 2551 มีพื้นที่ 52 ตารางกิโลเมตร 9 หมู่บ้าน ประชากร 5,870 คน</p>"))
    write(art(12), page("โครงสร้างส่วนราชการ", f"""<p><b>ฝ่ายการเมือง</b></p><ul><li>นายกเทศมนตรี
<ul><li>รองนายกเทศมนตรี (2)</li><li>เลขานุการนายกเทศมนตรี</li><li>ที่ปรึกษานายกเทศมนตรี</li></ul></li>
<li>สภาเทศบาล: ประธานสภา รองประธานสภา สมาชิกสภาเทศบาล 12 คน</li></ul>
<p><b>ฝ่ายประจำ</b></p><ul><li>ปลัดเทศบาล / รองปลัดเทศบาล<ul><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li>
<li>กองการศึกษา</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>
<p><a href="{dl(3)}">แผนภูมิโครงสร้าง (PDF)</a></p>"""))
    write(art(13), page("อำนาจหน้าที่", """<p>ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 และ 51 และพระราชบัญญัติกำหนดแผนและขั้นตอน
การกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 เทศบาลตำบลมีหน้าที่ดังนี้</p><ol><li>รักษาความสงบเรียบร้อยของประชาชน</li>
<li>ให้มีและบำรุงทางบกและทางน้ำ</li><li>รักษาความสะอาดของถนน ที่สาธารณะ และการกำจัดขยะมูลฝอย</li>
<li>ป้องกันและระงับโรคติดต่อ</li><li>ให้มีเครื่องใช้ในการดับเพลิง</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li>
<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>บำรุงศิลปะ จารีตประเพณี และวัฒนธรรมอันดีของท้องถิ่น</li></ol>"""))
    execs = [("นายประเสริฐ ศรีวงศ์ไชย", "นายกเทศมนตรี", "08-1962-4410"), ("นายบุญมี หอมจันทร์", "รองนายกเทศมนตรี", "08-9571-2036"),
             ("นางสาวกัลยา ทองประเสริฐ", "รองนายกเทศมนตรี", "06-2284-9173"), ("นายธนากร วงศ์สุวรรณ", "ปลัดเทศบาล", "08-7733-5018")]
    write(art(14), page("คณะผู้บริหาร", "<table>" + "".join(
        f'<tr><td><img src="/images/blank.gif" width="90" height="120" alt="{n}"></td><td>{n}<br>{p}<br>โทร. {t}</td></tr>'
        for n, p, t in execs) + "</table>"))
    write(art(15), page("สภาเทศบาล", "<p>นายสมควร พิมพ์ศรี ประธานสภาเทศบาล<br>นางบัวผัน ใจดี รองประธานสภาเทศบาล<br>"
                        "สมาชิกสภาเทศบาล เขต 1 และเขต 2 รวม 12 คน</p>"))
    write(art(16), page("ติดต่อเรา", f"""<p>{ORG}<br>ถนนนาทม-บ้านแพง หมู่ที่ 3 ตำบลโคกสะอาดใต้ {LOC} 48190<br>
โทรศัพท์ 0-4251-7730 โทรสาร 0-4251-7731<br>อีเมล saraban@khoksaadtai.go.th<br>Facebook: เทศบาลตำบลโคกสะอาดใต้<br>
เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>
<p><a href="https://maps.google.com/?q=17.3101,104.1822">แผนที่ตั้ง (Google Maps)</a></p>"""))
    write(art(17), page("E-Service ระบบบริการออนไลน์", """<p>ท่านสามารถยื่นคำร้องออนไลน์ได้โดยไม่ต้องเดินทางมาที่สำนักงาน</p>
<form action="/eservice_send.php" method="post"><p>ประเภทคำร้อง <select name="type"><option>ขอรับน้ำอุปโภคบริโภค</option>
<option>ขอให้ซ่อมไฟฟ้าสาธารณะ</option><option>ขอรับถังขยะ</option></select></p>
<p>ชื่อ-สกุล <input name="name"> เบอร์โทรศัพท์ <input name="tel"></p><p>รายละเอียด <textarea name="detail"></textarea></p>
<p><input type="submit" value="ส่งคำร้อง"></p></form>
<p>หรือยื่นผ่าน <a href="https://forms.gle/kSaT5e2568Serv">Google Form คำร้องทั่วไป</a></p>"""))
    write(art(18), page("ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"""<p>ร้องเรียนได้ทาง</p><ol>
<li>ด้วยตนเอง ศูนย์รับเรื่องราวร้องทุกข์ สำนักปลัดเทศบาล</li><li>โทรศัพท์ 0-4251-7730 ต่อ 12</li>
<li>ตู้รับเรื่องร้องเรียนหน้าสำนักงาน</li><li>แบบฟอร์มออนไลน์ด้านล่าง (ข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับ)</li></ol>
<form action="/complain_send.php" method="post"><p>เรื่อง <input name="subject"></p><p>รายละเอียด <textarea name="detail"></textarea></p>
<p>ชื่อ (ไม่ระบุก็ได้) <input name="name"></p><p><input type="submit" value="ส่งเรื่องร้องเรียน"></p></form>
<p><a href="{dl(91)}">คู่มือการดำเนินงานเรื่องร้องเรียนการทุจริต</a></p>"""))
    write(art(19), page("สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2568", """
<p>ข้อมูล ณ วันที่ 31 มีนาคม 2568 (ตุลาคม 2567 - มีนาคม 2568)</p><table border="1" cellspacing="0">
<tr><th>เดือน</th><th>เรื่องร้องเรียนการทุจริต</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>
<tr><td>ตุลาคม 2567</td><td>0</td><td>0</td><td>0</td></tr><tr><td>พฤศจิกายน 2567</td><td>1</td><td>1</td><td>0</td></tr>
<tr><td>ธันวาคม 2567</td><td>0</td><td>0</td><td>0</td></tr><tr><td>มกราคม 2568</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>กุมภาพันธ์ 2568</td><td>0</td><td>0</td><td>0</td></tr><tr><td>มีนาคม 2568</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>รวม</td><td>1</td><td>1</td><td>0</td></tr></table>"""))
    write(art(20), page("ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", f"""<ul>
<li><a href="{dl(81)}">ประมวลจริยธรรมของพนักงานเทศบาลตำบลโคกสะอาดใต้</a></li>
<li><a href="{dl(82)}">รายงานผลโครงการอบรมส่งเสริมคุณธรรมจริยธรรมแก่บุคลากร ปี 2568</a></li>
<li><a href="{art(53)}">ข่าว: อบรมคุณธรรมจริยธรรม ๑๙ ก.พ. ๒๕๖๘</a></li></ul>"""))
    write(art(21), page("ศูนย์ข้อมูลข่าวสาร / ดาวน์โหลดเอกสาร", "<ul>" + "".join(
        f'<li><a href="{art(a)}">{t}</a></li>' for a, (_c, t) in CATS.items()) + "</ul>"))
    for a, (cat, title) in CATS.items():
        extra = ('<p>แผนพัฒนาบุคลากรอยู่ที่ <a href="/old/hr/">เว็บไซต์เดิม</a></p>' if cat == 6 else "")
        write(art(a), page(title, f'<iframe src="/doclist.php?cat={cat}" width="100%" height="420" frameborder="0"></iframe>{extra}'))
    for cat, (ids, labels) in LISTS.items():
        write(f"/doclist.php?cat={cat}", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<link rel="stylesheet" href="/templates/rhuk/css/template.css?ver=1.0" type="text/css"></head><body>{rows(ids, labels)}</body></html>
""")

    # news
    for item in NEWS + OLD_NEWS:
        news_post(*item)
    write(NEWS_LIST, page("ข่าวประชาสัมพันธ์", news_list(NEWS, f'<a href="{NEWS_LIST}&amp;limitstart=10">ถัดไป &gt;</a>', "")))
    write(NEWS_LIST + "&amp;limitstart=10", page("ข่าวประชาสัมพันธ์", news_list(OLD_NEWS, "", f'<a href="{NEWS_LIST}">&lt; ก่อนหน้า</a>')))

    # viewer pages: Google Drive embed with a direct download beside it
    for n, title in ((111, "การประเมินความเสี่ยงการทุจริต ประจำปี 2568"), (122, "รายงานผลการดำเนินงานตามแผนป้องกันการทุจริต")):
        write(f"/viewer.php?id={n}", page(title, f"""<iframe src="https://drive.google.com/file/d/1kSa{n}TdXq/preview" width="100%" height="600"></iframe>
<p><a href="{dl(n)}">ดาวน์โหลดไฟล์ (PDF)</a></p>"""))

    # service statistics with a year selector
    selector = '<form><select name="year" onchange="location=\'/stat.php?year=\'+this.value"><option>2568</option><option>2567</option></select></form>' \
        '<p>ปีงบประมาณ: <a href="/stat.php?year=2568">2568</a> | <a href="/stat.php?year=2567">2567</a></p>'
    stat = "".join(f"<tr><td>{r[0]}</td><td>{r[1]}</td><td>{r[2]}</td><td>{r[3]}</td></tr>" for r in DOCS[51][2][1:])
    write("/stat.php?year=2567", page("สถิติการให้บริการประชาชน ปีงบประมาณ 2567", selector
          + f'<table border="1" cellspacing="0">{stat}</table><p><a href="{dl(51)}">ดาวน์โหลด (Excel)</a></p>'))
    write("/stat.php?year=2568", page("สถิติการให้บริการประชาชน ปีงบประมาณ 2568", selector + "<p>ยังไม่มีข้อมูล</p>"))

    # ITA 2568: one page per group
    groups = ita_groups()
    write("/ita.php?year=2568", page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘", "<ol>" + "".join(
        f'<li><a href="/ita.php?year=2568&amp;grp={g}">{t}</a> ({", ".join(dict.fromkeys(r[0] for r in rs))})</li>'
        for g, (t, rs) in groups.items()) + '</ol><p>ปีอื่น: <a href="/ita.php?year=2567">ITA ๒๕๖๗</a></p>'))
    for g, (t, rs) in groups.items():
        body = '<table border="1" cellspacing="0" width="100%"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>' + "".join(
            f'<tr><td>{c}</td><td>{label}</td><td><a href="{u}">คลิก</a></td></tr>' for c, label, u in rs) + "</table>"
        write(f"/ita.php?year=2568&amp;grp={g}", page(f"ITA ๒๕๖๘ : {t}", body + '<p><a href="/ita.php?year=2568">กลับ</a></p>'))
    last = [("o5", "แผนพัฒนาท้องถิ่นสี่ปี", dl(11)), ("o6", "รายงานรอบ 6 เดือน", dl(24)),
            ("o11", "สถิติการให้บริการ", "/stat.php?year=2567"), ("o12", "สขร.1 ก.ย. 67", dl(66)),
            ("o14", "แผนพัฒนาบุคลากร", "/old/hr/"), ("o21", "No Gift Policy", dl(101)),
            ("o25", "แผนป้องกันการทุจริต", dl(121)), ("o33", "มาตรการส่งเสริมคุณธรรม", dl(6))]
    write("/ita.php?year=2567", page("ITA ๒๕๖๗", '<table border="1" cellspacing="0">' + "".join(
        f'<tr><td>{c}</td><td><a href="{u}">{label}</a></td></tr>' for c, label, u in last) + "</table>"))

    # the old Joomla copy
    write("/old/", page("เว็บไซต์เดิม (ไม่มีการปรับปรุงข้อมูลแล้ว)", '<p>เว็บไซต์เดิมของเทศบาล ก่อนย้ายระบบ พ.ศ. 2567</p>'
                        '<ul><li><a href="/old/hr/">งานบริหารงานบุคคล</a></li></ul>'))
    write("/old/hr/", page("งานบริหารงานบุคคล", '<ul><li><a href="/old/images/stories/file/hrplan67.xls">แผนพัฒนาพนักงานเทศบาล</a>'
                           ' (xls)</li></ul>'))


if __name__ == "__main__":
    main()
