"""Make the pages of the wildlife test site: a Joomla-style site of an invented เขตรักษาพันธุ์สัตว์ป่า.
Articles and lists are query-string URLs (``/index.php?option=com_content&view=article&id=N``), kept
as ``index.php.q/<query>/index.html``; files come from ``/download.php?id=N`` (see _make_docs.py).
A few pages of the old CMS (``/old/``) are still online. Run from the repository root, after
_make_docs.py."""

from __future__ import annotations

import html
import shutil
from pathlib import Path

SITE = Path(__file__).parent
NAME = "เขตรักษาพันธุ์สัตว์ป่าห้วยเสือดาว"


def art(n: int, extra: str = "") -> str:
    return f"/index.php?option=com_content&amp;view=article&amp;id={n}{extra}"


def cat(n: int, extra: str = "") -> str:
    return f"/index.php?option=com_content&amp;view=category&amp;id={n}{extra}"


def dl(n: int) -> str:
    return f"/download.php?id={n}"


MENU = [("หน้าแรก", "/"), ("ประวัติและโครงสร้าง", art(2)), ("ผู้บริหาร", art(3)), ("ข่าวประชาสัมพันธ์", cat(8)),
        ("จัดซื้อจัดจ้าง", art(50)), ("ประกาศ", cat(30)), ("เอกสารดาวน์โหลด", cat(20)), ("ITA", art(100)), ("E-Service", "/eservice/"),
        ("กระดานถาม-ตอบ", "/webboard/"), ("ติดต่อเรา", art(5))]


def page(title: str, body: str) -> str:
    menu = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in MENU)
    side = (f'<div class="moduletable"><h3>เมนูลัด</h3><ul><li><a href="{art(6)}">ร้องเรียนการทุจริต</a></li>'
            f'<li><a href="{art(100)}">ITA ปี ๒๕๖๙</a></li><li><a href="/old/ita-2568/">ITA ปี ๒๕๖๘</a></li>'
            f'<li><a href="{cat(20)}">ดาวน์โหลดเอกสาร</a></li><li><a href="/eservice/">ขออนุญาตเข้าพื้นที่ออนไลน์</a></li>'
            '<li><a href="https://www.dnp.go.th/">กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช</a></li></ul>'
            '<p>สถิติผู้เยี่ยมชม ๑๒๔,๘๐๑ ครั้ง</p></div>')
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{html.escape(title)} - {NAME}</title>
<meta name="generator" content="Joomla! - Open Source Content Management"></head>
<body><div id="header"><h1><a href="/">{NAME}</a></h1><p>Huai Suea Dao Wildlife Sanctuary</p></div>
<ul class="nav menu">{menu}</ul>
<div id="main"><div id="content"><h2 class="item-title">{html.escape(title)}</h2>
{body}
</div><div id="aside">{side}</div></div>
<div id="footer"><p>{NAME} ตู้ ปณ. ๑๒ อำเภอบ้านไร่ป่า จังหวัดสมมุติบุรี ๖๑๑๘๐ โทร. ๐ ๕๖๕๑ ๗๗๔๒
อีเมล huaisueadao.ws@example.go.th</p><p>สำนักบริหารพื้นที่อนุรักษ์ที่ ๑๗ กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช</p></div>
</body></html>
"""


PAGES: dict[str, tuple[str, str]] = {}


def add(url: str, title: str, body: str) -> None:
    PAGES[url] = (title, body)


def table(rows: list[tuple[str, ...]], head: tuple[str, ...]) -> str:
    h = "".join(f"<th>{c}</th>" for c in head)
    b = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="table table-bordered"><tr>{h}</tr>{b}</table>'


def a(url: str, text: str) -> str:
    return f'<a href="{url}">{text}</a>'


# --- news (articles 300 ...) ---
NEWS = [
    (317, "๓ เม.ย. ๒๕๖๙", "เขตฯ ห้วยเสือดาว ร่วมกับชุมชนทำแนวกันไฟ ๑๘ กิโลเมตร", "เจ้าหน้าที่และชาวบ้าน ๙ หมู่บ้านร่วมทำแนวกันไฟตามข้อเสนอในการประชุมคณะกรรมการที่ปรึกษา"),
    (316, "๒๐ มี.ค. ๒๕๖๙", "ประชุมคณะกรรมการที่ปรึกษาเขตรักษาพันธุ์สัตว์ป่า ครั้งที่ ๑/๒๕๖๙",
     "เมื่อวันที่ ๑๒ มีนาคม ๒๕๖๙ เขตฯ จัดประชุมคณะกรรมการที่ปรึกษา ผู้แทนชุมชนรอบเขตเข้าร่วม ๓๔ คน<br>เอกสารแนบ: "
     + a(dl(32), "หนังสือเชิญประชุม.pdf") + " | " + a(dl(33), "สรุปผลการประชุม ครั้งที่ ๑/๒๕๖๙.pdf")),
    (315, "๒ มี.ค. ๒๕๖๙", "กล้องดักถ่ายพบเสือโคร่ง ๓ ตัว บริเวณหน่วยพิทักษ์ป่าห้วยหิน", "ผลการติดตามประชากรสัตว์ป่าด้วยกล้องดักถ่ายรอบเดือนกุมภาพันธ์"),
    (314, "๖ ก.พ. ๒๕๖๙", "อบรมจริยธรรมพนักงานพิทักษ์ป่า ประจำปี ๒๕๖๙", "ผู้เข้าร่วม ๕๘ คน ตามแนวทางการขับเคลื่อนประมวลจริยธรรมของกรมฯ"),
    (313, "๙ ม.ค. ๒๕๖๙", "กิจกรรมปฏิญาณตนเป็นเจ้าหน้าที่ของรัฐที่ดี", "ข้าราชการ พนักงานราชการ และพนักงานพิทักษ์ป่าร่วมปฏิญาณตน"),
    (312, "๒๖ ธ.ค. ๒๕๖๘", "เปิดฤดูควบคุมไฟป่า ปี ๒๕๖๙", "ตั้งจุดเฝ้าระวังไฟป่า ๕ จุด ตั้งแต่ ๒๖ ธันวาคม ๒๕๖๘"),
    (311, "๒๔ ธ.ค. ๒๕๖๘", "เผยแพร่รายงานประจำปีของเขตฯ", "เขตฯ เผยแพร่รายงานผลการดำเนินงานประจำปี อ่านได้ที่ " + a(art(40), "หน้ารายงานประจำปี")),
    (310, "๑๘ พ.ย. ๒๕๖๘", "ลาดตระเวนร่วมกับตำรวจตระเวนชายแดน", "ลาดตระเวนร่วม ๕ วัน ตรวจยึดห้างล่าสัตว์ ๒ จุด"),
    (309, "๒ พ.ย. ๒๕๖๘", "ประกาศเจตจำนงสุจริตในการบริหารงาน ปี ๒๕๖๙", "หัวหน้าเขตฯ ประกาศเจตจำนงสุจริต " + a(dl(27), "ดาวน์โหลด")),
    (308, "๘ ต.ค. ๒๕๖๘", "ต้อนรับนักศึกษาฝึกงานด้านสัตว์ป่า", "นักศึกษาคณะวนศาสตร์ ๖ คน ฝึกงานที่หน่วยพิทักษ์ป่า"),
    (307, "๑๒ ส.ค. ๒๕๖๘", "วันช้างไทย ๒๕๖๘", "กิจกรรมปลูกพืชอาหารช้างในเขตกันชน"),
    (306, "๕ มิ.ย. ๒๕๖๘", "วันสิ่งแวดล้อมโลก", "ปลูกป่าร่วมกับโรงเรียนรอบเขต"),
    (305, "๑๔ ก.พ. ๒๕๖๘", "ประชุมคณะกรรมการที่ปรึกษา ครั้งที่ ๑/๒๕๖๘", "ผู้แทนชุมชน ๒๘ คน"),
    (304, "๒๑ ม.ค. ๒๕๖๘", "อบรมการใช้อาวุธและการปฐมพยาบาล", "พนักงานพิทักษ์ป่า ๔๒ คน"),
]


def build_news() -> None:
    for n, d, t, body in NEWS:
        add(art(n), t, f'<p class="date">เผยแพร่ {d}</p><p>{body}</p>')
    rows = [f'<li>{a(art(n), t)} <span>{d}</span></li>' for n, d, t, _ in NEWS]
    add(cat(8), "ข่าวประชาสัมพันธ์", "<ul>" + "".join(rows[:10]) + "</ul>" + a(cat(8, "&amp;limitstart=10"), "หน้าถัดไป »"))
    add(cat(8, "&amp;limitstart=10"), "ข่าวประชาสัมพันธ์", "<ul>" + "".join(rows[10:]) + "</ul>" + a(cat(8), "« หน้าก่อน"))


def build_about() -> None:
    add(art(2), "ประวัติ โครงสร้าง และอำนาจหน้าที่",
        "<p>ประกาศจัดตั้งเป็นเขตรักษาพันธุ์สัตว์ป่า พ.ศ. ๒๕๓๕ เนื้อที่ประมาณ ๔๒๑,๐๐๐ ไร่</p>"
        "<h3>โครงสร้าง</h3><ul><li>หัวหน้าเขตรักษาพันธุ์สัตว์ป่าห้วยเสือดาว<ul><li>ฝ่ายบริหารทั่วไป</li>"
        "<li>ฝ่ายป้องกันและปราบปราม (หน่วยพิทักษ์ป่า ๑๒ หน่วย)</li><li>ฝ่ายวิชาการและวิจัยสัตว์ป่า</li>"
        "<li>ฝ่ายส่งเสริมการมีส่วนร่วมและเขตกันชน</li></ul></li></ul>"
        "<h3>อำนาจหน้าที่</h3><ol><li>ป้องกัน ปราบปราม และควบคุมการกระทำผิดตาม พ.ร.บ.สงวนและคุ้มครองสัตว์ป่า พ.ศ. ๒๕๖๒</li>"
        "<li>ศึกษา วิจัย และติดตามประชากรสัตว์ป่า</li><li>จัดการถิ่นที่อยู่อาศัย แหล่งน้ำ และโป่ง</li>"
        "<li>ควบคุมไฟป่า</li><li>พิจารณาคำขออนุญาตเข้าไปในเขตฯ ตามมาตรา ๓๘</li><li>ส่งเสริมการมีส่วนร่วมของชุมชน</li></ol>")
    add(art(3), "ผู้บริหาร",
        table([('<img src="/images/chief.jpg" alt="หัวหน้าเขต">', "นายวีรพล ดงตะวัน", "หัวหน้าเขตรักษาพันธุ์สัตว์ป่าห้วยเสือดาว", "๐๘ ๙๕๑๑ ๔๐๒๗"),
               ('<img src="/images/deputy.jpg" alt="ผู้ช่วย">', "นางสาวกมลชนก ผาแดง", "นักวิชาการป่าไม้ชำนาญการ (ผู้ช่วยหัวหน้าเขต)", "๐๘ ๖๓๗๒ ๑๑๕๘")],
              ("รูป", "ชื่อ", "ตำแหน่ง", "โทรศัพท์")))
    add(art(5), "ติดต่อเรา",
        "<p>สำนักงานเขตรักษาพันธุ์สัตว์ป่าห้วยเสือดาว ตู้ ปณ. ๑๒ อำเภอบ้านไร่ป่า จังหวัดสมมุติบุรี ๖๑๑๘๐</p>"
        "<p>โทรศัพท์ ๐ ๕๖๕๑ ๗๗๔๒ อีเมล huaisueadao.ws@example.go.th</p>"
        '<p><a href="https://maps.google.com/?q=15.0,99.3">แผนที่ Google Maps</a> | '
        '<a href="/webboard/">ถาม-ตอบ (Q&amp;A)</a></p><p>เวลาทำการ จันทร์ - ศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น.</p>')
    add("/webboard/", "กระดานถาม-ตอบ",
        '<form action="/webboard/post.php" method="post"><input name="subject"><textarea name="q"></textarea>'
        '<button>ตั้งคำถาม</button></form><ul><li><a href="/webboard/topic-88/">ขออนุญาตเข้าไปถ่ายภาพนกต้องใช้เอกสารอะไร</a> (๑๔ ม.ค. ๒๕๖๙)</li></ul>')
    add("/webboard/topic-88/", "ขออนุญาตเข้าไปถ่ายภาพนกต้องใช้เอกสารอะไร",
        "<p>ถาม: ต้องการเข้าไปถ่ายภาพนกในเขตฯ ต้องทำอย่างไร</p><p>ตอบ (เจ้าหน้าที่ ๑๕ ม.ค. ๒๕๖๙): ยื่นคำขอผ่าน "
        + a("/eservice/", "ระบบออนไลน์") + " พร้อมสำเนาบัตรประชาชน</p>")
    add(art(6), "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        "<p>แจ้งเรื่องร้องเรียนการทุจริตของเจ้าหน้าที่เขตฯ ได้ทาง</p><ul><li>แบบฟอร์มออนไลน์ด้านล่าง (ไม่ต้องเปิดเผยตัวตน)</li>"
        "<li>โทรศัพท์ ๐ ๕๖๕๑ ๗๗๔๒</li><li>หนังสือถึงหัวหน้าเขตฯ ตู้ ปณ. ๑๒</li><li>ศูนย์ดำรงธรรม / สายด่วนกรมฯ ๑๓๖๒</li></ul>"
        '<form action="/complaint/send.php" method="post"><input name="topic"><textarea name="detail"></textarea>'
        '<button>ส่งเรื่อง</button></form><p>' + a(dl(25), "แนวปฏิบัติการจัดการเรื่องร้องเรียน") + "</p>")
    add("/eservice/", "E-Service ขออนุญาตเข้าไปในเขตรักษาพันธุ์สัตว์ป่า",
        '<p>ยื่นคำขอเข้าไปศึกษาวิจัยหรือศึกษาธรรมชาติออนไลน์</p><form action="/eservice/submit.php" method="post">'
        '<label>ชื่อ-สกุล <input name="name"></label><label>เลขบัตรประชาชน <input name="pid"></label>'
        '<label>วัตถุประสงค์ <select name="p"><option>ศึกษาวิจัย</option><option>ศึกษาธรรมชาติ</option></select></label>'
        '<label>ไฟล์แนบ <input type="file" name="f"></label><button>ยื่นคำขอ</button></form>'
        "<p>" + a(dl(12), "สถิติการให้บริการออนไลน์ ปีงบประมาณ ๒๕๖๙ (xlsx)") + " | " + a(dl(11), "คู่มือสำหรับประชาชน") + "</p>")
    add(art(40), "รายงานประจำปี",
        '<p>อ่านแบบ flipbook</p><iframe src="https://drive.google.com/file/d/1xHsd0aReport/preview" width="640" height="480"></iframe>'
        "<p>" + a(dl(9), "ดาวน์โหลดรายงาน (PDF ๔๑๒ KB)") + "</p><p>เผยแพร่ ๒๔ ธันวาคม ๒๕๖๘</p>")
    add("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in MENU) + "</ul>")
    add(art(8), "สัตว์ป่าในเขตฯ", "<p>พบเสือโคร่ง ช้างป่า กระทิง วัวแดง เลียงผา และนกกว่า ๓๕๐ ชนิด</p>")
    add(art(9), "หน่วยพิทักษ์ป่า", "<ul>" + "".join(f"<li>หน่วยพิทักษ์ป่า หสด.{n}</li>" for n in range(1, 13)) + "</ul>")
    notices = [(320, "๑๐ ก.พ. ๒๕๖๙", "ประกาศปิดพื้นที่ห้วยหินชั่วคราว ช่วงฤดูไฟป่า"),
               (321, "๒๒ ม.ค. ๒๕๖๙", "ประกาศรับสมัครพนักงานพิทักษ์ป่า จำนวน ๔ อัตรา"),
               (322, "๑๕ ต.ค. ๒๕๖๘", "ประกาศอัตราค่าบริการบ้านพักนักวิจัย")]
    for n, d, t in notices:
        add(art(n), t, f'<p class="date">ประกาศ {d}</p><p>{t} รายละเอียดติดต่อสำนักงานเขตฯ</p>')
    add(cat(30), "ประกาศ", "<ul>" + "".join(f"<li>{a(art(n), t)} ({d})</li>" for n, d, t in notices) + "</ul>")
    add(art(7), "นโยบายเว็บไซต์", "<p>นโยบายการคุ้มครองข้อมูลส่วนบุคคลของเว็บไซต์เขตฯ</p>")


PROC = {  # year selector of the procurement page; FY2569 lacks กุมภาพันธ์ ๒๕๖๙
    "2569": [("ตุลาคม ๒๕๖๘", 14), ("พฤศจิกายน ๒๕๖๘", 15), ("ธันวาคม ๒๕๖๘", 16), ("มกราคม ๒๕๖๙", 17), ("มีนาคม ๒๕๖๙", 18)],
    "2568": [("กันยายน ๒๕๖๘", 13)],
}


def build_procurement() -> None:
    sel = f'<p>ปีงบประมาณ: {a(art(50, "&amp;year=2569"), "๒๕๖๙")} | {a(art(50, "&amp;year=2568"), "๒๕๖๘")}</p>'
    for y, rows in PROC.items():
        t = table([(m, a(dl(n), f"สขร.๑ เดือน{m}")) for m, n in rows], ("เดือน", "แบบ สขร.๑"))
        yt = y.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
        body = sel + f"<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ {yt}</h3>" + t
        add(art(50, f"&amp;year={y}"), "จัดซื้อจัดจ้าง", body)
        if y == "2569":
            add(art(50), "จัดซื้อจัดจ้าง", body)


DL_CATS = {
    21: ("แผนงาน", [(3, "แผนการจัดการเขตรักษาพันธุ์สัตว์ป่า"), (5, "รายงานการประเมินผลแผนการจัดการ"),
                    (6, "แผนปฏิบัติงานประจำปี ๒๕๖๙"), (7, "แผนปฏิบัติราชการ สบอ.๑๗ ปี ๒๕๖๙"), (4, "ประกาศผู้ชนะ จ้างพิมพ์แผนการจัดการ")]),
    22: ("บริหารงานบุคคล", [(20, "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล"), (21, "แผนพัฒนาบุคลากร"),
                          (22, "ร่างแผนพัฒนาบุคลากร ๒๕๖๙"), (23, "รายงานผลการพัฒนาบุคลากร ๒๕๖๘ (xls)")]),
    23: ("คู่มือ", [(10, "คู่มือการปฏิบัติงาน SMART Patrol"), (11, "คู่มือสำหรับประชาชน")]),
    24: ("คุณธรรมและความโปร่งใส", [(24, "ประมวลจริยธรรม"), (26, "ประกาศ No Gift Policy"), (27, "ประกาศเจตจำนงสุจริต"),
                                  (28, "ประเมินความเสี่ยงการทุจริต"), (29, "แผนปฏิบัติการป้องกันการทุจริต"),
                                  (30, "รายงานผลการป้องกันการทุจริต"), (31, "รายงานผลส่งเสริมคุณธรรม")]),
    25: ("รายงาน", [(9, "รายงานประจำปี"), (19, "รายงานผลการจัดซื้อจัดจ้างประจำปี"), (34, "สถิติเรื่องร้องเรียน")]),
}


def build_downloads() -> None:
    add(cat(20), "เอกสารดาวน์โหลด", "<ul>" + "".join(f"<li>{a(cat(c), t)}</li>" for c, (t, _) in DL_CATS.items()) + "</ul>")
    for c, (t, rows) in DL_CATS.items():
        add(cat(c), f"ดาวน์โหลด - {t}", "<ul>" + "".join(f"<li>{a(dl(n), x)}</li>" for n, x in rows) + "</ul>")


ITA_GROUPS = {  # the ITA page is split into one page per group; rows in the office's short wording
    101: ("๙.๑ - ๙.๒ ข้อมูลพื้นฐานและการบริหารงาน", [
        ("o1", "โครงสร้างและอำนาจหน้าที่ของเขตฯ", art(2)), ("o2", "ผู้บริหาร", art(3)),
        ("o3", "ติดต่อเขตฯ / ถาม-ตอบ", art(5)), ("o4", "ข่าวประชาสัมพันธ์", cat(8)),
        ("o5", "แผนการจัดการเขตฯ", dl(3)), ("o6", "แผนปฏิบัติงานประจำปี", dl(6)),
        ("o7", "รายงานประจำปี", art(40)), ("o8", "คู่มือปฏิบัติงาน", dl(10)),
        ("o9", "คู่มือประชาชน", dl(11)), ("o10", "E-Service", "/eservice/")]),
    102: ("๙.๓ - ๙.๔ จัดซื้อจัดจ้างและบุคลากร", [
        ("o11", "สขร.๑ รายเดือน", art(50)), ("o12", "รายงานจัดซื้อจัดจ้างประจำปี", dl(19)),
        ("o13", "หลักเกณฑ์/แผนบริหารบุคคล", cat(22)), ("o14", "รายงานผลบริหารบุคคล", dl(23)),
        ("o15", "ประมวลจริยธรรม", dl(24))]),
    103: ("๙.๕ การส่งเสริมความโปร่งใส", [
        ("o16", "แนวปฏิบัติเรื่องร้องเรียน", dl(25)), ("o17", "ช่องทางร้องเรียนการทุจริต", art(6)),
        ("o18", "สถิติเรื่องร้องเรียน", dl(34)), ("o19", "การมีส่วนร่วม", art(316))]),
    104: ("๑๐ การป้องกันการทุจริต", [
        ("o20", "No Gift Policy", dl(26)), ("o21", "ประเมินความเสี่ยงการทุจริต", dl(28)),
        ("o22", "รายงานตามแผนบริหารความเสี่ยง", dl(8)),
        ("o23", "แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ ๒๕๖๙", dl(29)),
        ("o24", "รายงานผลการป้องกันการทุจริต", dl(30)), ("o25", "การนำผล ITA ไปพัฒนา", None),
        ("o26", "รายงานส่งเสริมคุณธรรม", dl(31))]),
}


def build_ita() -> None:
    add(art(100), "ITA ประจำปี ๒๕๖๙", "<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๙</p><ul>"
        + "".join(f"<li>{a(art(g), t)}</li>" for g, (t, _) in ITA_GROUPS.items()) + "</ul>")
    for g, (t, rows) in ITA_GROUPS.items():
        trs = [(o, x, a(u, "คลิก") if u else "อยู่ระหว่างดำเนินการ") for o, x, u in rows]
        add(art(g), f"ITA ๒๕๖๙ {t}", table(trs, ("ข้อ", "รายการ", "ลิงก์")) + "<p>" + a(art(100), "กลับหน้า ITA") + "</p>")
    old = [("o5", "แผนการจัดการเขตฯ", dl(3)), ("o11", "สขร.๑ ก.ย. ๖๘", dl(13)), ("o13", "แผนพัฒนาบุคลากร ๒๕๖๘", dl(21)),
           ("o21", "ประเมินความเสี่ยง", dl(35)), ("o23", "แผนป้องกันการทุจริต", dl(29))]
    add("/old/ita-2568/", "ITA ประจำปี ๒๕๖๘ (เว็บไซต์เดิม)",
        table([(o, x, a(u, "ดาวน์โหลด")) for o, x, u in old], ("ข้อ", "รายการ", "ไฟล์")))
    add("/old/", "เว็บไซต์เดิม", "<p>ข้อมูลเก่าก่อนย้ายระบบ</p>" + a("/old/ita-2568/", "ITA ๒๕๖๘"))


def build_home() -> None:
    news = "".join(f'<li>{a(art(n), t)} ({d})</li>' for n, d, t, _ in NEWS[:6])
    add("/", "หน้าแรก", f"<h3>ข่าวล่าสุด</h3><ul>{news}</ul><p>{a(cat(8), 'ข่าวทั้งหมด')}</p>")


def out_path(url: str) -> Path:
    url = html.unescape(url)
    if "?" in url:
        path, query = url.split("?", 1)
        return SITE / (path.lstrip("/") + ".q") / query / "index.html"
    return SITE / url.lstrip("/") / "index.html"


def main() -> None:
    for d in ("index.php.q", "eservice", "webboard", "old", "sitemap"):
        shutil.rmtree(SITE / d, ignore_errors=True)
    build_home()
    build_news()
    build_about()
    build_procurement()
    build_downloads()
    build_ita()
    for url, (title, body) in PAGES.items():
        p = out_path(url)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(page(title, body), encoding="utf-8")
    img = SITE / "images"
    img.mkdir(exist_ok=True)
    for n in ("chief.jpg", "deputy.jpg"):  # tiny placeholder photos
        (img / n).write_bytes(bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9"))


if __name__ == "__main__":
    main()
