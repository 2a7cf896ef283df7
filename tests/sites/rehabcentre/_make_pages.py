"""Generate the pages of the "rehabcentre" test site (run _make_docs.py first).

A Joomla 3 site: articles and category lists are /index.php?option=com_content&view=...&id=<n>
(static copies under index.php.q/<query>/index.html), attachments /download.php?id=<n>.  The ITA
2568 page /ita2568/ (Thai digits only) lists the items by group; each item has its own page
/ita2568/o<n>/ whose links go to downloads, articles or pages.  Last year's single-table ITA page
/ita2567/ is still linked in the side column.  The HR plan lives on the old site's copy (/old/).
The procurement page /procurement.php?year=<y> has a year selector.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import MONTHS, ORG, PROCUREMENT_2567, PROCUREMENT_2568  # noqa: E402

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def art(n: int) -> str:
    return f"/index.php?option=com_content&amp;view=article&amp;id={n}"


def cat(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&amp;view=category&amp;id={n}" + (f"&amp;limitstart={start}" if start else "")


def dl(n: int) -> str:
    return f"/download.php?id={n}"


MENU = [("/", "หน้าแรก"), (art(1), "ประวัติศูนย์ฯ"), (art(3), "โครงสร้างและอำนาจหน้าที่"), (art(4), "ผู้บริหาร"),
        (art(10), "คู่มือรับบริการ"), ("/eservice/", "นัดหมายออนไลน์"), (cat(8), "ข่าวประชาสัมพันธ์"),
        ("/procurement.php?year=2568", "จัดซื้อจัดจ้าง"), ("/ita2568/", "ITA ๒๕๖๘"), ("/complaint/", "ร้องเรียนการทุจริต"),
        ("/contact/", "ติดต่อเรา")]
SIDE = [("/ita2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ๒๕๖๘"), ("/ita2567/", "ITA ปี 2567"),
        (cat(12), "เอกสารดาวน์โหลด"), ("/old/", "เว็บไซต์เดิม"), ("https://www.dms.go.th/", "กรมการแพทย์")]


def page(path: str, title: str, body: str, old: bool = False) -> None:
    if old:
        html = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
                f'<table width="900"><tr><td><img src="/old/banner.gif" alt="{ORG}"></td></tr>'
                f'<tr><td><a href="/old/">หน้าหลัก</a> | <a href="/old/hr/">งานบริหารบุคคล</a> | <a href="/">เว็บไซต์ใหม่</a></td></tr>'
                f'<tr><td><h2>{title}</h2>{body}</td></tr><tr><td><small>ปรับปรุงล่าสุด 30/09/2566</small></td></tr></table></body></html>')
    else:
        menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in MENU)
        side = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in SIDE)
        html = (f'<!DOCTYPE html>\n<html lang="th"><head><meta charset="utf-8"><title>{title} - {ORG}</title>'
                f'<link rel="stylesheet" href="/templates/protostar/css/template.css?v=3.9"></head><body>'
                f'<header><a href="/"><b>{ORG}</b></a><br><small>กรมการแพทย์ กระทรวงสาธารณสุข</small></header>'
                f'<nav><ul class="nav menu">{menu}</ul></nav><div class="row"><main class="span9">'
                f'<h1 itemprop="headline">{title}</h1>{body}</main><aside class="span3"><h3>เมนูหลัก</h3><ul>{side}</ul>'
                f'<p>สายด่วนยาเสพติด 1165</p></aside></div>'
                f'<footer>{ORG} 199 หมู่ 7 ตำบลนาดอกคำ อำเภอเมืองศรีวนาลัย จังหวัดศรีวนาลัย 47110 '
                f'โทร. 0 4298 1234 โทรสาร 0 4298 1235 อีเมล info@srivanalai-rehab.example</footer></body></html>')
    if "?" in path:
        base, query = path.split("?", 1)
        target = os.path.join(HERE, base.lstrip("/") + ".q", query.replace("&amp;", "&"), "index.html")
    else:
        target = os.path.join(HERE, path.lstrip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(html)


def links(rows: list[tuple[str, str]]) -> str:
    return "<ul>" + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in rows) + "</ul>"


def attachments(rows: list[tuple[str, str]]) -> str:
    return ('<div class="attachmentsContainer"><table class="attachmentsList"><tr><th>ไฟล์แนบ</th></tr>'
            + "".join(f'<tr><td><a class="at_url" href="{h}">{t}</a></td></tr>' for h, t in rows) + "</table></div>")


NEWS = [  # id, date, title, body, attachments
    (41, "28 มี.ค. 2568", "ศูนย์ฯ จัดกิจกรรมวันครอบครัวสัมพันธ์ผู้ป่วยบำบัด", "ญาติผู้ป่วยเข้าร่วม 74 คน", []),
    (40, "14 มี.ค. 2568", "ประกาศผู้ชนะการเสนอราคา จ้างจัดพิมพ์แผนยุทธศาสตร์ พ.ศ. 2568 – 2572",
     "ประกาศผลการจัดจ้างโดยวิธีเฉพาะเจาะจง", [(dl(21), "ประกาศผู้ชนะ.pdf")]),
    (39, "20 ก.พ. 2568", "เผยแพร่รายงานประจำปีของศูนย์ฯ", "ศูนย์ฯ เผยแพร่รายงานประจำปีให้ผู้สนใจดาวน์โหลด",
     [(dl(51), "รายงานประจำปี.pdf")]),
    (38, "3 ก.พ. 2568", "ออกหน่วยคัดกรองผู้ใช้ยาเสพติดในสถานศึกษา", "คัดกรองนักเรียน 412 คน", []),
    (37, "15 ม.ค. 2568", "เวทีประชาคมรับฟังความคิดเห็นการติดตามดูแลผู้ผ่านการบำบัดในชุมชน",
     "ศูนย์ฯ เปิดโอกาสให้ผู้นำชุมชน อสม. ญาติผู้ป่วย และผู้ผ่านการบำบัด ร่วมให้ความเห็นต่อแนวทางการติดตามดูแล "
     "ณ ศาลาประชาคมบ้านนาดอกคำ วันที่ 15 มกราคม 2568 ผู้เข้าร่วม 58 คน ข้อเสนอจากเวทีนำไปปรับแผนการติดตามปี 2568", []),
    (36, "18 ธ.ค. 2567", "โครงการส่งเสริมคุณธรรมจริยธรรมบุคลากร ประจำปี 2568",
     "บุคลากรร่วมกิจกรรมขับเคลื่อนประมวลจริยธรรม ทำบุญตักบาตร และปฏิญาณตนต่อต้านการทุจริต 46 คน",
     [(dl(61), "ประมวลจริยธรรม.pdf")]),
    (35, "2 ธ.ค. 2567", "รับมอบเครื่องออกกำลังกายเพื่อผู้ป่วย", "ได้รับบริจาคจากมูลนิธิวนาลัยร่วมใจ", []),
    (34, "8 ต.ค. 2567", "ประกาศนโยบาย No Gift Policy ประจำปีงบประมาณ 2568",
     "ผู้อำนวยการประกาศนโยบายไม่รับของขวัญ", [(dl(64), "scan0001.pdf"), (dl(65), "ประกาศกรมการแพทย์.pdf")]),
]
OLD_NEWS = [
    (31, "12 ส.ค. 2567", "ค่ายปรับเปลี่ยนพฤติกรรมเยาวชน 2567", "สรุปผลโครงการ", [(dl(52), "สรุปผลโครงการ.docx")]),
    (30, "22 เม.ย. 2567", "รายงานผลการดำเนินงาน รอบ 6 เดือน", "เผยแพร่รายงาน", [(dl(13), "รายงาน 6 เดือน.docx")]),
]

ITA = [  # code, short wording, links
    ("o1", "โครงสร้าง/อำนาจหน้าที่", [(art(3), "โครงสร้างและอำนาจหน้าที่")]),
    ("o2", "ผู้บริหาร", [(art(4), "ผู้บริหารศูนย์ฯ")]),
    ("o3", "ติดต่อหน่วยงาน", [("/contact/", "ติดต่อเรา")]),
    ("o4", "ข่าวประชาสัมพันธ์", [(cat(8), "ข่าวประชาสัมพันธ์")]),
    ("o5", "แผนยุทธศาสตร์", [(dl(5), "แผนยุทธศาสตร์ศูนย์ฯ")]),
    ("o6", "แผนปฏิบัติราชการ/ความก้าวหน้า", [(dl(12), "แผนปฏิบัติราชการ ปี ๒๕๖๘"), (dl(13), "รายงานความก้าวหน้า รอบ ๖ เดือน")]),
    ("o7", "รายงานประจำปี", [(art(39), "รายงานประจำปี")]),
    ("o8", "คู่มือปฏิบัติงาน", [(dl(15), "คู่มือการปฏิบัติงาน TC")]),
    ("o9", "คู่มือรับบริการ", [(art(10), "คู่มือสำหรับประชาชน")]),
    ("o10", "E-Service", [("/eservice/", "ระบบนัดหมายออนไลน์")]),
    ("o11", "สถิติการให้บริการ", [(dl(16), "สถิติผู้รับบริการ ๒๕๖๘")]),
    ("o12", "สรุปจัดซื้อจัดจ้างรายเดือน", [("/procurement.php?year=2568", "สขร.๑ ปี ๒๕๖๘")]),
    ("o13", "รายงานจัดซื้อจัดจ้างประจำปี", [(dl(50), "รายงานผลการจัดซื้อจัดจ้าง")]),
    ("o14", "แผนบริหารทรัพยากรบุคคล", [("/old/hr/", "งานบริหารบุคคล (เว็บไซต์เดิม)")]),
    ("o15", "รายงานผล HR", [(dl(60), "รายงานผลการบริหารทรัพยากรบุคคล")]),
    ("o16", "จริยธรรม", [(dl(61), "ประมวลจริยธรรม"), (art(36), "กิจกรรมขับเคลื่อนจริยธรรม")]),
    ("o17", "แนวปฏิบัติเรื่องร้องเรียน", [(dl(62), "คู่มือจัดการเรื่องร้องเรียน")]),
    ("o18", "ช่องทางร้องเรียน", [("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริต")]),
    ("o19", "สถิติเรื่องร้องเรียน", [(dl(63), "สถิติเรื่องร้องเรียน ปี ๒๕๖๘")]),
    ("o20", "การมีส่วนร่วม", [(art(37), "เวทีประชาคม")]),
    ("o21", "No Gift Policy", [(dl(64), "ประกาศ No Gift Policy")]),
    ("o22", "รายงานการรับของขวัญ", [(dl(8), "รายงานการรับทรัพย์สิน")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [(dl(66), "ประเมินความเสี่ยง ๒๕๖๘")]),
    ("o24", "รายงานการจัดการความเสี่ยง", [(dl(67), "รายงานผลการจัดการความเสี่ยง")]),
    ("o25", "แผนป้องกันการทุจริต", [(dl(69), "แผนปฏิบัติการป้องกันการทุจริต ๒๕๖๘"), (dl(70), "หนังสือเชิญประชุม"),
                                    ("/ita2567/", "แผนฯ ฉบับปัจจุบัน (ดูหน้า ITA 2567)")]),
    ("o26", "รายงานผลป้องกันการทุจริต", [(dl(71), "รายงานผลการป้องกันการทุจริต")]),
]
GROUPS = [("ข้อมูลพื้นฐาน", 1, 4), ("การบริหารงานและงบประมาณ", 5, 11), ("การจัดซื้อจัดจ้าง", 12, 13),
          ("การบริหารทรัพยากรบุคคล", 14, 15), ("การส่งเสริมความโปร่งใส", 16, 20), ("การป้องกันการทุจริต", 21, 26)]


def assets() -> None:
    gif = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")
    for name, data in [("images/structure.png", gif), ("images/dir.jpg", gif), ("images/dep.jpg", gif),
                       ("old/banner.gif", gif), ("templates/protostar/css/template.css", b"body{font-family:Tahoma}\n")]:
        os.makedirs(os.path.dirname(os.path.join(HERE, name)), exist_ok=True)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)


def main() -> None:
    assets()
    news_rows = "".join(f'<li><a href="{art(n)}">{t}</a> <small>{d}</small></li>' for n, d, t, _b, _a in NEWS)
    page("/", "หน้าแรก", f"<p>ยินดีต้อนรับสู่{ORG} สถานบำบัดรักษาและฟื้นฟูผู้ติดยาเสพติดแบบผู้ป่วยใน</p>"
         f"<h2>ข่าวล่าสุด</h2><ul>{news_rows}</ul>")
    page(art(1), "ประวัติศูนย์ฯ", "<p>ก่อตั้ง พ.ศ. 2539 เป็นหน่วยงานในสังกัดกรมการแพทย์ ให้บริการบำบัดฟื้นฟูแบบชุมชนบำบัด</p>")
    page(art(3), "โครงสร้างและอำนาจหน้าที่",
         '<img src="/images/structure.png" alt="แผนภูมิโครงสร้าง"><ul><li>ผู้อำนวยการศูนย์ฯ<ul>'
         "<li>กลุ่มงานบำบัดฟื้นฟู</li><li>กลุ่มงานการพยาบาล</li><li>กลุ่มงานพัฒนาวิชาการ</li><li>ฝ่ายบริหารทั่วไป</li></ul></li></ul>"
         "<h2>อำนาจหน้าที่</h2><ol><li>บำบัดรักษาและฟื้นฟูสมรรถภาพผู้ติดยาเสพติดแบบผู้ป่วยใน</li>"
         "<li>ติดตามดูแลผู้ผ่านการบำบัดร่วมกับเครือข่าย</li><li>พัฒนาวิชาการและถ่ายทอดองค์ความรู้ด้านการบำบัด</li>"
         "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    page(art(4), "ผู้บริหาร", '<div class="exec"><img src="/images/dir.jpg" alt="ผู้อำนวยการ"><p>นายแพทย์ธนกร วิเศษภักดี<br>'
         "ผู้อำนวยการ โทร. 0 4298 1234 ต่อ 101</p></div><div class=\"exec\"><img src=\"/images/dep.jpg\" alt=\"\">"
         "<p>นางสาวพิมพ์ชนก ศรีสุขวงศ์<br>รองผู้อำนวยการฝ่ายการพยาบาล โทร. 0 4298 1234 ต่อ 102</p></div>")
    page(art(10), "คู่มือสำหรับประชาชน: การขอรับบริการบำบัดรักษา",
         '<iframe src="https://drive.google.com/file/d/1qXrV7b0Sv9dN4mK2pLw8tYcZ5aE3hFgJ/preview" width="640" height="800"></iframe>'
         f'<p><a href="{dl(14)}">ดาวน์โหลดคู่มือ (PDF)</a></p>')
    for n, d, t, b, a in NEWS + OLD_NEWS:
        page(art(n), t, f"<p><small>{d}</small></p><p>{b}</p>" + (attachments(a) if a else ""))
    page(cat(8), "ข่าวประชาสัมพันธ์", f"<ul>{news_rows}</ul>"
         f'<p class="pagination"><a href="{cat(8, 10)}">หน้าถัดไป</a></p>')
    old_rows = "".join(f'<li><a href="{art(n)}">{t}</a> <small>{d}</small></li>' for n, d, t, _b, _a in OLD_NEWS)
    page(cat(8, 10), "ข่าวประชาสัมพันธ์ (หน้า 2)", f"<ul>{old_rows}</ul>")
    page(cat(12), "เอกสารดาวน์โหลด", links([(dl(5), "แผนยุทธศาสตร์ศูนย์ฯ"), (dl(12), "แผนปฏิบัติราชการ"),
                                             (dl(15), "คู่มือการปฏิบัติงาน"), (dl(14), "คู่มือสำหรับประชาชน"),
                                             (dl(52), "สรุปผลโครงการค่าย")]))
    page("/contact/", "ติดต่อเรา", f"<p>{ORG}<br>199 หมู่ 7 ตำบลนาดอกคำ อำเภอเมืองศรีวนาลัย จังหวัดศรีวนาลัย 47110</p>"
         "<p>โทร. 0 4298 1234 อีเมล info@srivanalai-rehab.example</p>"
         '<p><a href="https://maps.google.com/?q=16.9,101.7">แผนที่</a> เวลาทำการ 08.30 – 16.30 น.</p>')
    page("/eservice/", "ระบบนัดหมายขอรับบริการออนไลน์",
         '<form action="/eservice/submit.php" method="post"><label>ชื่อ-สกุล <input name="name"></label>'
         '<label>เบอร์โทร <input name="tel"></label><label>วันที่ต้องการนัด <input type="date" name="d"></label>'
         '<button>ส่งคำขอ</button></form><p>เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>')
    page("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         '<form action="/complaint/send.php" method="post"><label>เรื่อง <input name="s"></label>'
         '<label>รายละเอียด <textarea name="d"></textarea></label><button>ส่ง</button></form>'
         "<p>หรือแจ้งทางโทรศัพท์ 0 4298 1234 ต่อ 111 อีเมล antic@srivanalai-rehab.example ผู้ร้องไม่ต้องเปิดเผยตัวตน</p>")
    # procurement with a year selector
    sel = '<form><select name="year"><option>2568</option><option>2567</option></select></form>' \
          '<p><a href="/procurement.php?year=2568">ปี 2568</a> | <a href="/procurement.php?year=2567">ปี 2567</a></p>'
    rows = [(dl(n), f"สขร.1 ประจำเดือน{MONTHS[m - 1]} {y}") for n, y, m in PROCUREMENT_2568]
    page("/procurement.php?year=2568", "สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ 2568", sel + links(rows))
    rows = [(dl(n), f"สขร.1 ประจำเดือน{MONTHS[m - 1]} {y}") for n, y, m in PROCUREMENT_2567]
    page("/procurement.php?year=2567", "สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ 2567", sel + links(rows))
    # ITA 2568, Thai digits, one page per item
    body = ""
    for name, lo, hi in GROUPS:
        body += f"<h2>{name}</h2><ul>"
        for code, short, _l in ITA[lo - 1:hi]:
            body += f'<li><a href="/ita2568/{code}/">{code.upper().translate(TH)} {short}</a></li>'
        body += "</ul>"
    page("/ita2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘", body)
    for code, short, rows in ITA:
        page(f"/ita2568/{code}/", f"{code.upper().translate(TH)} {short}",
             links(rows) + '<p><a href="/ita2568/">กลับหน้า ITA ๒๕๖๘</a></p>')
    page("/ita2567/", "ITA 2567", "<table><tr><th>ข้อ</th><th>รายการ</th></tr>"
         f'<tr><td>๑</td><td><a href="{dl(5)}">แผนยุทธศาสตร์</a></td></tr>'
         f'<tr><td>๒</td><td><a href="{dl(13)}">รายงานรอบ 6 เดือน 2567</a></td></tr>'
         f'<tr><td>๓</td><td><a href="{dl(3)}">สถิติการให้บริการ 2567</a></td></tr>'
         f'<tr><td>๔</td><td><a href="{dl(68)}">แผนปฏิบัติการป้องกันการทุจริต ปี 2567</a></td></tr></table>')
    page("/old/", "เว็บไซต์เดิม (ไม่มีการปรับปรุงแล้ว)", links([("/old/hr/", "งานบริหารบุคคล")]), old=True)
    page("/old/hr/", "งานบริหารบุคคล", links([("/old/files/hrplan2566.pdf", "แผนการบริหารและพัฒนาทรัพยากรบุคคล")]), old=True)


if __name__ == "__main__":
    main()
