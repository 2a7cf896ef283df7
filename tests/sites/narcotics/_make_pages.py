"""Generate the HTML pages of the "narcotics" test site (สำนักงาน ป.ป.ส. ภาค ๗, invented).

Run after _make_docs.py:  python tests/sites/narcotics/_make_pages.py

A Joomla site: articles and categories are /index.php?option=com_content&view=...&id=N (stored as
index.php.q/<query>/index.html, see crawler/serve.py), downloads /index.php?option=com_phocadownload
&view=category&id=N and files /download.php?id=N.  The ITA 2569 page is split into one page per
sub-indicator.  A copy of the office's old CMS (with the ITA 2568 page) is still online at /old/.
Dates on lists are in Thai digits.
"""

from __future__ import annotations

import html
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS  # noqa: E402

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
ORG = "สำนักงานป้องกันและปราบปรามยาเสพติดภาค ๗"


def th(s: str) -> str:
    return s.translate(TH)


def art(n: int) -> str:
    return f"/index.php?option=com_content&amp;view=article&amp;id={n}"


def cat(n: int, start: int = 0) -> str:
    tail = f"&amp;limitstart={start}" if start else ""
    return f"/index.php?option=com_content&amp;view=category&amp;id={n}{tail}"


def pdl(n: int) -> str:
    return f"/index.php?option=com_phocadownload&amp;view=category&amp;id={n}"


def dl(n: int | str) -> str:
    return f"/download.php?id={n}"


MENU = [("หน้าหลัก", "/"), ("โครงสร้างองค์กร", art(2)), ("อำนาจหน้าที่", art(3)), ("ผู้บริหาร", art(4)),
        ("ข่าวประชาสัมพันธ์", cat(8)), ("จัดซื้อจัดจ้าง", cat(9)), ("ดาวน์โหลด", pdl(1)),
        ("ITA", art(400)), ("กระดานถาม-ตอบ", "/webboard/"), ("ติดต่อเรา", art(5))]


def page(title: str, body: str) -> str:
    menu = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{html.escape(title)} - {ORG}</title>
<link rel="stylesheet" href="/templates/oncb7/css/template.css?v=3.2"></head>
<body class="site com_content">
<div id="header"><img src="/images/logo-oncb.png" alt="ป.ป.ส."><h1>{ORG}</h1>
<p>Office of the Narcotics Control Board Region 7 : ปปส.ภาค ๗</p></div>
<ul class="nav menu">{menu}</ul>
<div id="wrap"><div id="content"><h2 class="page-header">{html.escape(title)}</h2>
{body}
</div>
<div id="aside">
<div class="moduletable"><h3>ผู้อำนวยการ</h3><img src="/images/director.jpg" alt="ผู้อำนวยการ">
<p>นายวรพจน์ ศรีสุขเกษม<br>ผู้อำนวยการสำนักงาน ป.ป.ส. ภาค ๗</p></div>
<div class="moduletable"><h3>ลิงก์ด่วน</h3><ul>
<li><a href="/eservice/">แจ้งเบาะแสยาเสพติดออนไลน์</a></li>
<li><a href="/complaint/">ร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>
<li><a href="{art(400)}">ITA ๒๕๖๙</a></li>
<li><a href="/old/">เว็บไซต์เดิม (ข้อมูลก่อนปี ๒๕๖๘)</a></li>
<li><a href="https://www.oncb.go.th/">สำนักงาน ป.ป.ส. (ส่วนกลาง)</a></li></ul>
<p>สายด่วนยาเสพติด ๑๓๘๖</p></div>
<div class="moduletable"><h3>สถิติผู้เข้าชม</h3><p>วันนี้ ๒๑๔ | ทั้งหมด ๔๘๗,๒๒๐</p></div>
</div></div>
<div id="footer"><p>{ORG} ๙๙/๙ ถนนสิงหวัตร ตำบลบ้านคลอง อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก ๖๕๐๐๐<br>
โทร ๐ ๕๕๙๑ ๗๗๒๐ โทรสาร ๐ ๕๕๙๑ ๗๗๒๑ อีเมล saraban.r7@oncb-r7.example.go.th</p>
<p>Copyright © ๒๕๖๘ ศูนย์ข้อมูลยาเสพติด ปปส.ภ.๗ | Powered by Joomla!</p></div>
</body></html>
"""


PAGES: dict[str, tuple[str, str]] = {}


def put(url: str, title: str, body: str) -> None:
    PAGES[url.replace("&amp;", "&")] = (title, body)


def file_link(did: str, text: str) -> str:
    name = DOCS[did][0]
    return f'<a href="{dl(did)}">{text}</a> <span class="small">({name})</span>'


def attachments(*dids: str) -> str:
    rows = "".join(f'<li><img src="/images/icons/{DOCS[d][0].rsplit(".", 1)[1]}.png" alt=""> '
                   f'<a href="{dl(d)}">{DOCS[d][0]}</a> <a href="{dl(d)}">[ดาวน์โหลด]</a></li>' for d in dids)
    return f'<div class="attachments"><h4>ไฟล์แนบ</h4><ul>{rows}</ul></div>'


# ------------------------------------------------------------------ about
put(art(2), "โครงสร้างองค์กร", f"""<img src="/images/chart-r7.png" alt="แผนภูมิโครงสร้าง">
<p>แผนภูมิโครงสร้างการบริหารงาน {ORG}</p>
<ul><li>ผู้อำนวยการสำนักงาน ป.ป.ส. ภาค ๗
<ul><li>รองผู้อำนวยการ (ฝ่ายป้องกันและบำบัด)</li><li>รองผู้อำนวยการ (ฝ่ายปราบปราม)</li>
<li>ส่วนอำนวยการ (งานบริหารทั่วไป งานการเงิน งานพัสดุ งานบุคคล)</li>
<li>ส่วนยุทธศาสตร์และประสานการป้องกันและแก้ไขปัญหายาเสพติด</li><li>ส่วนป้องกันยาเสพติด</li>
<li>ส่วนปฏิบัติการข่าวและปราบปราม</li><li>ส่วนตรวจสอบทรัพย์สิน</li><li>ส่วนบำบัดฟื้นฟูและติดตามช่วยเหลือ</li>
<li>ศูนย์ข้อมูลยาเสพติดภาค ๗</li></ul></li></ul>
<p>พื้นที่รับผิดชอบ ๕ จังหวัด: พิษณุโลก สุโขทัย ตาก อุตรดิตถ์ เพชรบูรณ์</p>""")
put(art(3), "อำนาจหน้าที่", """<p>ตามกฎกระทรวงแบ่งส่วนราชการสำนักงานคณะกรรมการป้องกันและปราบปรามยาเสพติด
สำนักงาน ป.ป.ส. ภาค มีอำนาจหน้าที่โดยสรุป ดังนี้</p><ol>
<li>ประสานและเร่งรัดการดำเนินงานป้องกันและแก้ไขปัญหายาเสพติดของหน่วยงานในพื้นที่รับผิดชอบ</li>
<li>จัดทำแผนและยุทธศาสตร์การป้องกันและแก้ไขปัญหายาเสพติดระดับภาค</li>
<li>สืบสวน ปราบปราม และสกัดกั้นยาเสพติดตามกฎหมาย</li>
<li>ตรวจสอบทรัพย์สินผู้ต้องหาและดำเนินมาตรการทางทรัพย์สินตามประมวลกฎหมายยาเสพติด</li>
<li>ติดตาม ประเมินผล และรายงานผลการดำเนินงานต่อสำนักงาน ป.ป.ส.</li>
<li>ปฏิบัติงานอื่นตามที่ได้รับมอบหมาย</li></ol>""")
put(art(4), "ผู้บริหาร", """<table class="table"><tr><td><img src="/images/exec/1.jpg" alt=""></td>
<td>นายวรพจน์ ศรีสุขเกษม<br>ผู้อำนวยการสำนักงาน ป.ป.ส. ภาค ๗<br>โทร ๐ ๕๕๙๑ ๗๗๒๐ ต่อ ๑๐๑</td></tr>
<tr><td><img src="/images/exec/2.jpg" alt=""></td><td>นางสาวกมลชนก ทองประเสริฐ<br>รองผู้อำนวยการ (ฝ่ายป้องกันและบำบัด)<br>โทร ต่อ ๑๐๒</td></tr>
<tr><td><img src="/images/exec/3.jpg" alt=""></td><td>นายธนพล แก้ววิเศษ<br>รองผู้อำนวยการ (ฝ่ายปราบปราม)<br>โทร ต่อ ๑๐๓</td></tr></table>""")
put(art(5), "ติดต่อเรา", f"""<p>{ORG}<br>๙๙/๙ ถนนสิงหวัตร ตำบลบ้านคลอง อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก ๖๕๐๐๐</p>
<p>โทรศัพท์ ๐ ๕๕๙๑ ๗๗๒๐ โทรสาร ๐ ๕๕๙๑ ๗๗๒๑<br>อีเมล saraban.r7@oncb-r7.example.go.th<br>
เวลาทำการ จันทร์ - ศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น.</p>
<p><a href="https://maps.google.com/?q=16.8231,100.2690">แผนที่ Google Maps</a></p>
<p>สอบถามข้อมูล: <a href="/webboard/">กระดานถาม-ตอบ (Q&amp;A)</a></p>""")
put("/webboard/", "กระดานถาม-ตอบ (Q&A)", """<form method="post" action="/webboard/post.php"><p>ชื่อ <input name="name"></p>
<p>คำถาม <textarea name="q"></textarea></p><button type="submit">ส่งคำถาม</button></form>
<table class="table"><tr><th>คำถาม</th><th>ตอบโดย</th><th>วันที่</th></tr>
<tr><td>ขอทราบขั้นตอนการสมัครเป็นอาสาสมัครเครือข่ายเฝ้าระวังยาเสพติด<br><i>ตอบ: ติดต่อส่วนป้องกันยาเสพติด โทร ต่อ ๒๑๔ หรือผ่านนายอำเภอในพื้นที่</i></td><td>admin</td><td>๑๘ ก.พ. ๒๕๖๙</td></tr>
<tr><td>ถ้าแจ้งเบาะแสแล้วจะถูกเปิดเผยชื่อหรือไม่<br><i>ตอบ: ไม่เปิดเผย ข้อมูลผู้แจ้งเป็นความลับ</i></td><td>admin</td><td>๕ ม.ค. ๒๕๖๙</td></tr></table>""")

# ------------------------------------------------------------------ news (FY2569 first page, older second)
NEWS = [  # id, date (B.E. text), title, body, attachments
    (118, "3 เม.ย. 2569", "ปปส.ภ.7 ประชุมติดตามโครงการชุมชนยั่งยืน ไตรมาส 2", "ผู้อำนวยการเป็นประธานประชุมติดตามผลโครงการชุมชนยั่งยืนฯ ของ 5 จังหวัด", ()),
    (117, "24 มี.ค. 2569", "ร่วมตรวจค้นเป้าหมายเครือข่ายยาเสพติด อ.แม่สอด", "เจ้าหน้าที่ส่วนปฏิบัติการข่าวร่วมกับตำรวจภูธรจังหวัดตากตรวจค้นเป้าหมาย 6 จุด", ()),
    (116, "5 มี.ค. 2569", "อบรมแกนนำสถานศึกษาสีขาว จังหวัดสุโขทัย", "จัดอบรมครูแกนนำ 120 คน จาก 40 โรงเรียน", ()),
    (110, "20 ก.พ. 2569", "กิจกรรมส่งเสริมจริยธรรม \"ปปส.ภ.7 โปร่งใส ใส่ใจบริการ\" ประจำปี 2569",
     "สำนักงานฯ จัดกิจกรรมส่งเสริมจริยธรรมตามประมวลจริยธรรมข้าราชการ ให้ข้าราชการและพนักงานราชการ 42 คน ร่วมปฏิญาณตนและเรียนรู้กรณีศึกษาผลประโยชน์ทับซ้อน เมื่อวันที่ 20 กุมภาพันธ์ 2569", ()),
    (109, "2 ก.พ. 2569", "มอบวัสดุอุปกรณ์ให้ศูนย์ฟื้นฟูสภาพทางสังคม อ.วังทอง", "มอบอุปกรณ์กีฬาและวัสดุฝึกอาชีพให้ผู้ผ่านการบำบัด", ()),
    (108, "15 ม.ค. 2569", "เผยแพร่ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
     "สำนักงานฯ ขอเผยแพร่ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ รายละเอียดตามไฟล์แนบ", ("20",)),
    (112, "12 ม.ค. 2569", "เวทีประชาคมรับฟังความคิดเห็นประชาชนต่อแผนชุมชนยั่งยืน ปี 2569",
     "เมื่อวันที่ 12 มกราคม 2569 สำนักงานฯ เปิดเวทีให้ผู้นำชุมชน อสม. และเยาวชน 85 คน จาก 12 ชุมชน อ.เมืองพิษณุโลก ร่วมเสนอกิจกรรมเฝ้าระวังยาเสพติดที่จะบรรจุในแผนปี 2569 ข้อเสนอ 3 เรื่องได้รับการบรรจุในแผน", ()),
    (107, "12 ม.ค. 2569", "สรุปผลการปราบปรามยาเสพติด ไตรมาสที่ 1/2569", "สรุปสถิติคดีและของกลางในพื้นที่ภาค 7", ("36",)),
    (104, "9 ธ.ค. 2568", "กิจกรรมวันต่อต้านคอร์รัปชันสากล 2568", "ข้าราชการร่วมเดินรณรงค์ ณ ศาลากลางจังหวัดพิษณุโลก", ()),
    (106, "28 พ.ย. 2568", "ประชุมคณะทำงานประเมินความเสี่ยงการทุจริต ปี 2569", "แจ้งเวียนหนังสือเชิญประชุมคณะทำงาน", ("28",)),
    (105, "20 พ.ย. 2568", "ร่วมประชุม ศอ.ปส.จ.พิษณุโลก จัดทำแผนปี 2569", "ผู้อำนวยการร่วมประชุมและเผยแพร่แผนของจังหวัด", ("27",)),
    (103, "3 พ.ย. 2568", "ประกาศใช้แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569", "รายละเอียดดูได้ที่หน้า", ()),
    # second page: FY2568 and older
    (99, "26 มิ.ย. 2568", "วันต่อต้านยาเสพติดโลก 2568", "จัดกิจกรรมเผาทำลายของกลาง", ()),
    (98, "18 ธ.ค. 2567", "เผยแพร่รายงานประจำปี 2567", "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2567 ดูได้ที่เว็บไซต์เดิม", ()),
    (97, "25 ต.ค. 2567", "ประกาศใช้แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568", "", ("4",)),
    (90, "2 ต.ค. 2566", "ประกาศนโยบาย No Gift Policy", "ผู้อำนวยการประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิด", ("21",)),
]


def news_row(n: tuple) -> str:
    return f'<li><span class="date">{th(n[1])}</span> <a href="{art(n[0])}">{html.escape(n[2])}</a></li>'


for n in NEWS:
    body = f'<p class="date">{th(n[1])}</p><p>{html.escape(n[3])}</p><img src="/images/news/{n[0]}.jpg" alt="">'
    if n[0] == 103:
        body += f'<p><a href="{art(301)}">แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๙</a></p>'
    if n[4]:
        body += attachments(*n[4])
    put(art(n[0]), n[2], body)
put(cat(8), "ข่าวประชาสัมพันธ์", "<ul class=\"news\">" + "".join(news_row(n) for n in NEWS[:12]) + "</ul>"
    + f'<p class="pagination">หน้า ๑ <a href="{cat(8, 12)}">๒</a> <a href="{cat(8, 12)}">ถัดไป</a></p>')
put(cat(8, 12), "ข่าวประชาสัมพันธ์ (หน้า ๒)", "<ul class=\"news\">" + "".join(news_row(n) for n in NEWS[12:]) + "</ul>"
    + f'<p class="pagination"><a href="{cat(8)}">๑</a> หน้า ๒</p>')

# ------------------------------------------------------------------ procurement
MONTH_POSTS = [(205, "35", "มีนาคม 2569", "7 เม.ย. 2569"), (204, "34", "กุมภาพันธ์ 2569", "6 มี.ค. 2569"),
               (203, "33", "ธันวาคม 2568", "8 ม.ค. 2569"), (202, "32", "พฤศจิกายน 2568", "5 ธ.ค. 2568"),
               (201, "31", "ตุลาคม 2568", "7 พ.ย. 2568")]
PROC = [(p, f"สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือน{m}", d, (f,)) for p, f, m, d in MONTH_POSTS]
PROC.insert(2, (207, "ประกาศผู้ชนะ จ้างพิมพ์เอกสารแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569", "6 พ.ย. 2568", ("15",)))
PROC.append((206, "รายงานผลการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. 2568", "14 พ.ย. 2568", ("12",)))
for pid, title, d, files in PROC:
    put(art(pid), title, f'<p class="date">เผยแพร่เมื่อ {th(d)} | หมวด จัดซื้อจัดจ้าง</p>'
        f"<p>{html.escape(title)} รายละเอียดตามไฟล์แนบ</p>" + attachments(*files))
put(cat(9), "จัดซื้อจัดจ้าง", '<table class="table"><tr><th>เรื่อง</th><th>วันที่</th></tr>'
    + "".join(f'<tr><td><a href="{art(p)}">{html.escape(t)}</a></td><td>{th(d)}</td></tr>' for p, t, d, _f in PROC)
    + "</table>")

# ------------------------------------------------------------------ downloads (phoca categories) and viewers
DL_CATS = {
    1: ("แผนงาน", [("5", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569"), ("6", "แผนการใช้จ่ายงบประมาณ ปี 2569"),
                   ("4", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568"), ("3", "แผนปฏิบัติราชการ ระยะ 3 ปี")]),
    2: ("รายงาน", [("12", "รายงานผลการจัดซื้อจัดจ้างประจำปี 2568"), ("25", "รายงานผลการดำเนินการป้องกันการทุจริต ปี 2568"),
                   ("26", "รายงานผลตามมาตรการส่งเสริมคุณธรรมฯ ปี 2568")]),
    3: ("บริหารงานบุคคล", [("14", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล"), ("16", "แผนพัฒนาบุคลากร"),
                           ("17", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปี 2568")]),
    4: ("คู่มือ / คุณธรรมและความโปร่งใส", [("9", "คู่มือการปฏิบัติงาน ตรวจสอบทรัพย์สิน"), ("10", "คู่มือสำหรับประชาชน"),
                                          ("19", "คู่มือการจัดการเรื่องร้องเรียนการทุจริต"), ("18", "ประมวลจริยธรรม"),
                                          ("29", "(ร่าง) แผนปฏิบัติการป้องกันการทุจริต 2569"), ("24", "แผนปฏิบัติการป้องกันการทุจริต")]),
}
tabs = "".join(f'<a class="tab" href="{pdl(c)}">{t}</a> ' for c, (t, _r) in DL_CATS.items())
for c, (title, rows) in DL_CATS.items():
    put(pdl(c), f"ดาวน์โหลดเอกสาร: {title}", f"<p>{tabs}</p><table class=\"table\">"
        + "".join(f'<tr><td>{html.escape(t)}</td><td>{file_link(d, "ดาวน์โหลด")}</td></tr>' for d, t in rows)
        + "</table>")

VIEWERS = {  # article -> (title, file, Google Drive id)
    301: ("แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569", "5", "1Qm7vR2k9XbP0aLwEo3hT8sJcZ4uNfYdG"),
    302: ("แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2569", "6", "1HsT0pWb3eKq8ZrVn2LxC6yFoJ9mAuDgR"),
    303: ("คู่มือสำหรับประชาชน", "10", "1bN4cXr7TqW2eYs9LpK0vZ3hJm8GfAdUo"),
}
for a, (title, d, gid) in VIEWERS.items():
    put(art(a), title, f'<iframe src="https://drive.google.com/file/d/{gid}/preview" width="100%" height="720"></iframe>'
        f'<p>หากไม่แสดงเอกสาร <a href="{dl(d)}">คลิกที่นี่เพื่อดาวน์โหลด</a></p>')

# ------------------------------------------------------------------ services
put("/eservice/", "E-Service แจ้งเบาะแสยาเสพติดออนไลน์", f"""<p>ประชาชนสามารถแจ้งเบาะแสหรือขอคำปรึกษาได้ทางแบบฟอร์มนี้ ตลอด ๒๔ ชั่วโมง</p>
<form method="post" action="/eservice/submit.php"><p>ประเภท <select name="t"><option>แจ้งเบาะแส</option><option>ขอคำปรึกษาการบำบัด</option></select></p>
<p>รายละเอียด <textarea name="detail"></textarea></p><p>เบอร์ติดต่อกลับ (ไม่บังคับ) <input name="tel"></p>
<button type="submit">ส่งข้อมูล</button></form>
<p>{file_link("11", "สถิติการให้บริการ ปีงบประมาณ ๒๕๖๙ (ต.ค. ๒๕๖๘ - มี.ค. ๒๕๖๙)")}</p>
<p><a href="{art(303)}">คู่มือสำหรับประชาชน</a></p>""")
put("/complaint/", "ร้องเรียนการทุจริตและประพฤติมิชอบ", f"""<p>แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ ผู้ร้องจะได้รับการคุ้มครองข้อมูลเป็นความลับ</p>
<form method="post" action="/complaint/send.php"><p>ชื่อผู้ร้อง (ไม่บังคับ) <input name="name"></p>
<p>เรื่องที่ร้องเรียน <textarea name="detail"></textarea></p><p>แนบหลักฐาน <input type="file" name="f"></p>
<button type="submit">ส่งเรื่องร้องเรียน</button></form>
<p>หรือโทร ๐ ๕๕๙๑ ๗๗๒๐ ต่อ ๑๑๑ / อีเมล complaint.r7@oncb-r7.example.go.th</p>
<p>{file_link("19", "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</p>""")

# ------------------------------------------------------------------ ITA 2569, one page per sub-indicator
OLD_REPORT = "/old/images/stories/report/annual2567.pdf"
OLD_O25 = "/old/images/stories/ita2568/o25_analysis.pdf"
GROUPS = {
    401: ("๙.๑ ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้าง / อำนาจหน้าที่", [(art(2), "โครงสร้าง"), (art(3), "อำนาจหน้าที่")]),
        ("o2", "ผู้บริหาร", [(art(4), "ผู้บริหาร")]),
        ("o3", "ติดต่อ / ถาม-ตอบ", [(art(5), "ติดต่อเรา"), ("/webboard/", "Q&amp;A")]),
        ("o4", "ข่าวประชาสัมพันธ์", [(cat(8), "ข่าวประชาสัมพันธ์")])]),
    402: ("๙.๒ การบริหารงานและงบประมาณ", [
        ("o5", "แผนยุทธศาสตร์ / แผนระยะยาว", [(dl(3), "แผนปฏิบัติราชการ ระยะ ๓ ปี")]),
        ("o6", "แผนปฏิบัติราชการ / แผนใช้จ่ายงบ", [(art(301), "แผนปฏิบัติราชการ ๒๕๖๙"), (art(302), "แผนการใช้จ่ายงบประมาณ ๒๕๖๙")]),
        ("o7", "รายงานประจำปี", [(OLD_REPORT, "รายงานผลการดำเนินงานประจำปี")]),
        ("o8", "คู่มือปฏิบัติงาน", [(dl(9), "คู่มือการปฏิบัติงาน")]),
        ("o9", "คู่มือประชาชน", [(art(303), "คู่มือสำหรับประชาชน")]),
        ("o10", "E-Service", [("/eservice/", "แจ้งเบาะแสออนไลน์")])]),
    403: ("๙.๓ การจัดซื้อจัดจ้าง", [
        ("o11", "สขร. รายเดือน", [(cat(9), "สรุปผลจัดซื้อจัดจ้างรายเดือน")]),
        ("o12", "สรุปจัดซื้อจัดจ้างประจำปี", [(art(206), "รายงานประจำปี ๒๕๖๘")])]),
    404: ("๙.๔ การบริหารทรัพยากรบุคคล", [
        ("o13", "หลักเกณฑ์และแผน HR", [(pdl(3), "เอกสารบริหารงานบุคคล")]),
        ("o14", "รายงานผล HR", [(dl(17), "รายงานผล HR ๒๕๖๘")]),
        ("o15", "ประมวลจริยธรรม", [(dl(18), "ประมวลจริยธรรม"), (art(110), "กิจกรรมส่งเสริมจริยธรรม")])]),
    405: ("๙.๕ การส่งเสริมความโปร่งใส", [
        ("o16", "แนวปฏิบัติเรื่องร้องเรียน", [(dl(19), "คู่มือ")]),
        ("o17", "ช่องทางร้องเรียน", [("/complaint/", "ร้องเรียนออนไลน์")]),
        ("o18", "สถิติเรื่องร้องเรียน", [(art(108), "สถิติเรื่องร้องเรียน")]),
        ("o19", "การมีส่วนร่วม", [(art(112), "เวทีประชาคม")])]),
    406: ("๑๐.๑ การป้องกันการทุจริต (สินบน)", [
        ("o20", "No Gift Policy", [(dl(21), "ประกาศ No Gift"), (dl(22), "รายงานการรับของขวัญ")]),
        ("o21", "ประเมินความเสี่ยงการทุจริต", [(dl(23), "รายงานประเมินความเสี่ยง")]),
        ("o22", "ผลตามแผนบริหารความเสี่ยง", [(dl(8), "รายงานผลการบริหารความเสี่ยง")])]),
    407: ("๑๐.๒ คุณธรรมและความโปร่งใส", [
        ("o23", "แผนป้องกันการทุจริต", [(dl(24), "แผนปฏิบัติการป้องกันการทุจริต ประจำปี ๒๕๖๙")]),
        ("o24", "รายงานผลป้องกันการทุจริต", [(dl(25), "รายงานผล ๒๕๖๘")]),
        ("o25", "นำผล ITA ไปพัฒนา", [(OLD_O25, "รายงานการวิเคราะห์ผล ITA")]),
        ("o26", "รายงานผลมาตรการคุณธรรม", [(dl(26), "รายงานผล ๒๕๖๘")])]),
}
selector = (f'<form class="year"><select onchange="location=this.value"><option value="{art(400)}" selected>ปี ๒๕๖๙</option>'
            '<option value="/old/ita2568/">ปี ๒๕๖๘</option></select></form>'
            f'<p>ปี: <a href="{art(400)}">๒๕๖๙</a> | <a href="/old/ita2568/">๒๕๖๘</a></p>')
put(art(400), "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี ๒๕๖๙", selector + "<ul>"
    + "".join(f'<li><a href="{art(g)}">{t}</a></li>' for g, (t, _r) in GROUPS.items()) + "</ul>")
for g, (title, rows) in GROUPS.items():
    body = "".join(f"<tr><td>{code}</td><td>{text}</td><td>"
                   + "<br>".join(f'<a href="{u}">{lt}</a>' for u, lt in links) + "</td></tr>" for code, text, links in rows)
    put(art(g), f"ITA ๒๕๖๙ : {title}", f'<p><a href="{art(400)}">&laquo; กลับหน้า ITA</a></p>'
        f'<table class="table"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>{body}</table>')

# ------------------------------------------------------------------ home
home = ("<h3>ข่าวล่าสุด</h3><ul>" + "".join(news_row(n) for n in NEWS[:6]) + "</ul>"
        f'<p><a href="{cat(8)}">ข่าวทั้งหมด</a></p><h3>จัดซื้อจัดจ้าง</h3><ul>'
        + "".join(f'<li><a href="{art(p)}">{html.escape(t)}</a></li>' for p, t, _d, _f in PROC[:3])
        + f'</ul><p><a href="{art(400)}"><img src="/images/banner-ita69.png" alt="ITA 2569"></a></p>')
put("/", "หน้าหลัก", home)

OLD_TEMPLATE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title} :: ปปส.ภาค ๗ (เว็บไซต์เดิม)</title></head>
<body><table width="960" align="center"><tr><td colspan="2"><img src="/old/images/banner.gif" alt="banner"></td></tr>
<tr><td width="200" valign="top"><a href="/old/">หน้าแรก</a><br><a href="/old/ita2568/">ITA ๒๕๖๘</a><br>
<a href="/">เว็บไซต์ใหม่</a></td><td valign="top"><h3>{title}</h3>{body}</td></tr>
<tr><td colspan="2" align="center">สำนักงาน ป.ป.ส. ภาค ๗ โทร ๐ ๕๕๙๑ ๗๗๒๐</td></tr></table></body></html>
"""
OLD_PAGES = {
    "/old/": ("หน้าแรก", '<p>เว็บไซต์นี้ย้ายไปยังระบบใหม่แล้ว <a href="/">คลิกเพื่อไปเว็บไซต์ใหม่</a></p>'
              f'<p><a href="{OLD_REPORT}">รายงานประจำปี ๒๕๖๗</a></p>'),
    "/old/ita2568/": ("ITA ประจำปี ๒๕๖๘", "<table border=\"1\">" + "".join(
        f"<tr><td>{th(c)}</td><td>{t}</td><td>{lk}</td></tr>" for c, t, lk in [
            ("o5", "แผนปฏิบัติราชการ ระยะ ๓ ปี", f'<a href="{dl(3)}">เปิด</a>'),
            ("o6", "แผนปฏิบัติราชการ ๒๕๖๘", f'<a href="{dl(4)}">เปิด</a>'),
            ("o7", "รายงานประจำปี ๒๕๖๗", f'<a href="{OLD_REPORT}">เปิด</a>'),
            ("o13", "แผนพัฒนาบุคลากร ๒๕๖๘", f'<a href="{dl(16)}">เปิด</a>'),
            ("o20", "ประกาศ No Gift Policy", f'<a href="{dl(21)}">เปิด</a>'),
            ("o22", "รายงานผลการบริหารความเสี่ยง ๒๕๖๗", '<a href="/old/images/stories/ita2568/o22.pdf">เปิด</a>'),
            ("o23", "แผนป้องกันการทุจริต ๒๕๖๘", f'<a href="{dl(24)}">เปิด</a>'),
            ("o25", "วิเคราะห์ผล ITA ๒๕๖๗ และมาตรการ ๒๕๖๘", f'<a href="{OLD_O25}">เปิด</a>')]) + "</table>"),
}


def path_of(url: str) -> str:
    from urllib.parse import quote, unquote, urlsplit

    parts = urlsplit(url)
    base = parts.path.lstrip("/")
    if parts.query:
        name = quote(unquote(parts.query), safe="=&-_.,+~")
        return os.path.join(HERE, base + ".q", name, "index.html")
    return os.path.join(HERE, base, "index.html")


def assets() -> None:
    """The template's stylesheet and its images (tiny placeholders), every one a link of the pages."""
    from PIL import Image

    css = os.path.join(HERE, "templates/oncb7/css/template.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as f:
        f.write("body{font-family:Tahoma,sans-serif;margin:0}#header{background:#0b3d6e;color:#fff}"
                ".nav li{display:inline;margin:0 8px}#wrap{display:flex}#content{flex:3}#aside{flex:1}\n")
    images = ["logo-oncb.png", "director.jpg", "chart-r7.png", "banner-ita69.png", "exec/1.jpg", "exec/2.jpg",
              "exec/3.jpg", "icons/pdf.png", "icons/xls.png", "icons/xlsx.png"]
    images += [f"news/{n[0]}.jpg" for n in NEWS]
    for name in [f"images/{i}" for i in images] + ["old/images/banner.gif"]:
        out = os.path.join(HERE, name)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        Image.new("RGB", (24, 16), (11, 61, 110)).save(out)


def main() -> None:
    assets()
    qdir = os.path.join(HERE, "index.php.q")
    shutil.rmtree(qdir, ignore_errors=True)
    for url, (title, body) in PAGES.items():
        out = path_of(url)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as f:
            f.write(page(title, body))
    for url, (title, body) in OLD_PAGES.items():
        out = path_of(url)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as f:
            f.write(OLD_TEMPLATE.format(title=title, body=body))


if __name__ == "__main__":
    main()
