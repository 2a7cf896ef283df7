"""Generate the pages of the "sportschool" test site (run after _make_docs.py).

Run:  python tests/sites/sportschool/_make_pages.py

A Joomla-style school site: articles and category lists are /index.php?option=com_content&...
query pages, every document goes out through /download.php?id=N, the ITA page is a year selector
(/ita.php?y=2569, /ita.php?y=2568) whose 2569 year is split into four group pages
(/ita.php?y=2569&g=1 … g=4).  Each query page is stored as ``<path>.q/<query>/index.html`` (see
crawler/serve.py).  The old site (before the move in September 2568) is left under /old/.
"""

from __future__ import annotations

import html
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))  # the repo root

from tests.sites.sportschool._make_docs import DOCS, ORG, PAO  # noqa: E402

ART = "/index.php?option=com_content&view=article&id={}"
CAT = "/index.php?option=com_content&view=category&id={}"
DL = "/download.php?id={}"
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")

MENU = [("/", "หน้าแรก"), (ART.format(2), "โครงสร้างองค์กร"), (ART.format(3), "คณะผู้บริหาร"),
        (CAT.format(8), "ข่าวประชาสัมพันธ์"), (CAT.format(9), "เอกสารเผยแพร่"), (CAT.format(10), "จัดซื้อจัดจ้าง"),
        (CAT.format(11), "งานบุคคล"), ("/ita.php?y=2569", "ITA"), ("/eservice/", "E-Service"), (CAT.format(12), "ภาพกิจกรรม"), (ART.format(5), "ติดต่อเรา")]


def a(url: str, text: str) -> str:
    return f'<a href="{html.escape(url)}">{text}</a>'


def dl(i: int, text: str | None = None) -> str:
    fname, linktext = DOCS[i][0], DOCS[i][1]
    ext = fname.rsplit(".", 1)[1].upper()
    return f'{a(DL.format(i), text or linktext)} <span class="meta">[{ext}]</span>'


def page(title: str, body: str) -> str:
    menu = "".join(f"<li>{a(u, t)}</li>" for u, t in MENU)
    side = f"""<div class="box"><h3>ผู้อำนวยการโรงเรียน</h3><img src="/images/staff/1.jpg" alt="ผู้อำนวยการ" width="90">
<p>นายวีรพงษ์ ทองสุขเจริญ</p></div>
<div class="box"><h3>ITA คุณธรรมและความโปร่งใส</h3><form action="/ita.php" method="get"><select name="y">
<option value="2569">ปีงบประมาณ 2569</option><option value="2568">ปีงบประมาณ 2568</option></select>
<button type="submit">ดู</button></form><ul><li>{a("/ita.php?y=2569", "ITA 2569")}</li><li>{a("/ita.php?y=2568", "ITA 2568")}</li></ul></div>
<div class="box"><h3>บริการ</h3><ul><li>{a("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริต")}</li>
<li>{a("/qa/", "กระดานถาม-ตอบ")}</li><li>{a("/eservice/", "สมัครเรียนออนไลน์")}</li>
<li>{a("/old/", "เว็บไซต์เดิมของโรงเรียน")}</li><li><a href="https://www.facebook.com/phanawan.sportschool.example">Facebook โรงเรียน</a></li></ul></div>
<div class="box">ผู้เข้าชม 0184327</div>"""
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{html.escape(title)} - {ORG}</title>
<link rel="stylesheet" href="/templates/sport/css/template.css"></head>
<body><div id="header"><div class="pao">{PAO}</div><h1>{ORG}</h1><p>Phanawan Sports School</p></div>
<ul id="menu">{menu}</ul>
<div id="wrap"><div id="main"><h2>{title}</h2>
{body}
</div><div id="side">{side}</div></div>
<div id="footer">{ORG} เลขที่ 219 หมู่ 6 ตำบลท่าศิลา อำเภอเมืองพนาวัลย์ จังหวัดพนาวัลย์ 34190<br>
โทรศัพท์ 0 4451 7720 โทรสาร 0 4451 7721 อีเมล saraban@phanawan-sport.ac.th.example<br>
Powered by Joomla! &copy; 2569</div></body></html>
"""


def path_of(url: str) -> str:
    if "?" in url:
        p, q = url.split("?", 1)
        return os.path.join(HERE, p.lstrip("/") + ".q", q, "index.html")
    return os.path.join(HERE, url.lstrip("/"), "index.html")


PAGES: dict[str, tuple[str, str]] = {}


def put(url: str, title: str, body: str) -> None:
    PAGES[url] = (title, body)


# ------------------------------------------------------------------ news (category 8)
NEWS = [  # id, date, title, body
    (60, "2 เมษายน 2569", "ประกาศรับสมัครนักเรียนชั้น ม.1 และ ม.4 ปีการศึกษา 2569 รอบที่ 2",
     "เปิดรับสมัครทางเว็บไซต์ระหว่างวันที่ 3 - 20 เมษายน 2569 ทดสอบทักษะกีฬา 25 - 26 เมษายน 2569"),
    (59, "21 มีนาคม 2569", "นักกีฬาเซปักตะกร้อคว้าเหรียญทองกีฬานักเรียนกีฬาท้องถิ่นแห่งชาติ",
     "ทีมเซปักตะกร้อชาย รุ่นอายุไม่เกิน 18 ปี คว้าเหรียญทองที่จังหวัดเจ้าภาพ"),
    (58, "๑๒ มีนาคม ๒๕๖๙", "พิธีมอบประกาศนียบัตรนักเรียนชั้น ม.๖ ปีการศึกษา ๒๕๖๘",
     "นายกองค์การบริหารส่วนจังหวัดพนาวัลย์เป็นประธานมอบประกาศนียบัตรแก่นักเรียน ๖๘ คน"),
    (62, "5 มีนาคม 2569", "บริจาคโลหิตร่วมกับเหล่ากาชาดจังหวัด", "บุคลากรและนักเรียนอายุ 17 ปีขึ้นไปร่วมบริจาค 86 คน"),
    (61, "2 มีนาคม 2569", "ทีมวอลเลย์บอลหญิงรองชนะเลิศระดับภาค", "การแข่งขันวอลเลย์บอลเยาวชนภาคตะวันออกเฉียงเหนือ"),
    (57, "27 กุมภาพันธ์ 2569", "ตรวจสุขภาพประจำปีนักเรียนประจำ", "ร่วมกับโรงพยาบาลพนาวัลย์ ตรวจสุขภาพนักเรียน 412 คน"),
    (14, "20 มกราคม 2569", "กิจกรรมยกย่องครูผู้มีคุณธรรมดีเด่น ประจำปี 2569",
     "ตามแผนการขับเคลื่อนจริยธรรม ประจำปีงบประมาณ พ.ศ. 2569 โรงเรียนมอบเกียรติบัตรครูผู้มีคุณธรรมดีเด่น 3 คน และทบทวนประมวลจริยธรรมแก่บุคลากร 57 คน"),
    (15, "17 มกราคม 2569", "ประชุมคณะกรรมการสถานศึกษาและเครือข่ายผู้ปกครอง ครั้งที่ 1/2569",
     "คณะกรรมการสถานศึกษา ผู้แทนผู้ปกครอง 24 คน และผู้แทนชุมชนตำบลท่าศิลา ร่วมเสนอความคิดเห็นต่อโครงการปรับปรุงสนามกรีฑาและสระว่ายน้ำ "
     "และการจัดเมนูอาหารนักเรียนประจำ ที่ประชุมมีมติให้เปิดสระว่ายน้ำให้ประชาชนใช้วันเสาร์ - อาทิตย์ และตั้งคณะทำงานผู้ปกครองร่วมตรวจรับอาหาร 5 คน "
     "ผลการรับฟังความคิดเห็นนำไปปรับแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2569"),
    (56, "9 มกราคม 2569", "กิจกรรมวันเด็กแห่งชาติ 2569 เปิดสนามกีฬาให้เด็กในชุมชน", "มีเด็กและผู้ปกครองร่วมกิจกรรมกว่า 600 คน"),
    (7, "9 ธันวาคม 2568", "เผยแพร่รายงานผลการดำเนินงานประจำปี", "งานนโยบายและแผนเผยแพร่รายงานผลการดำเนินงานประจำปี ดาวน์โหลดได้ที่ไฟล์แนบ"),
    (55, "28 พฤศจิกายน 2568", "ทัพนักกีฬาฟุตบอลหญิงเก็บตัวฝึกซ้อม", "เตรียมความพร้อมก่อนการแข่งขันระดับภาค"),
    (54, "3 พฤศจิกายน 2568", "ประชุมชี้แจงแผนปฏิบัติการประจำปีงบประมาณ 2569 แก่บุคลากร", "ผู้อำนวยการชี้แจงโครงการ 5 โครงการหลักแก่บุคลากรทุกฝ่าย"),
    (53, "10 ตุลาคม 2568", "เปิดภาคเรียนที่ 2/2568", "นักเรียนประจำรายงานตัวกลับหอพัก"),
    (52, "12 กันยายน 2568", "ย้ายเว็บไซต์โรงเรียนสู่ระบบใหม่", "ข้อมูลเดิมยังเปิดดูได้ที่เมนูเว็บไซต์เดิม"),
    (51, "25 สิงหาคม 2568", "นักกีฬากรีฑาติดทีมชาติเยาวชน", "นักเรียนชั้น ม.5 ได้รับคัดเลือกเข้าทีมชาติเยาวชน"),
    (50, "30 มิถุนายน 2568", "ประชุมผู้ปกครองภาคเรียนที่ 1/2568", "ผู้ปกครองร่วมประชุม 280 คน"),
    (49, "2 มิถุนายน 2568", "ทดสอบสมรรถภาพนักเรียนใหม่ ปีการศึกษา 2568", "นักเรียนใหม่ 74 คน ทดสอบสมรรถภาพทางกาย"),
    (48, "15 พฤษภาคม 2568", "เปิดภาคเรียนที่ 1/2568", "ต้อนรับนักเรียนใหม่และผู้ปกครอง"),
    (47, "๒๘ มีนาคม ๒๕๖๘", "ผลการแข่งขันว่ายน้ำชิงแชมป์ภาค", "นักกีฬาว่ายน้ำได้ ๓ เหรียญทอง ๒ เหรียญเงิน"),
    (46, "4 กุมภาพันธ์ 2568", "อบรมปฐมพยาบาลเบื้องต้นสำหรับผู้ฝึกสอน", "ร่วมกับโรงพยาบาลพนาวัลย์"),
    (45, "20 ธันวาคม 2567", "กีฬาภายในโรงเรียน ประจำปี 2567", "แข่งขัน 4 คณะสี"),
    (44, "11 พฤศจิกายน 2567", "ประชุมผู้ปกครองภาคเรียนที่ 2/2567", "ผู้ปกครองร่วมประชุม 265 คน"),
    (13, "16 ตุลาคม 2566", "ประกาศนโยบาย No Gift Policy", "โรงเรียนประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ รายละเอียดตามไฟล์แนบ"),
]
ATTACH = {7: [7], 13: [26], 14: [24], 15: []}

for nid, date, title, body in NEWS:
    extra = "".join(f"<li>{dl(i)}</li>" for i in ATTACH.get(nid, []))
    att = f'<div class="attach"><b>ไฟล์แนบ</b><ul>{extra}</ul></div>' if extra else ""
    put(ART.format(nid), title, f'<p class="meta">เขียนโดย งานประชาสัมพันธ์ | {date}</p><p>{body}</p>'
        f'<img src="/images/news.jpg" alt="ภาพกิจกรรม" width="200">{att}')

LISTED = [n for n in NEWS if n[0] != 13]  # the 2566 policy post is reached only from the ITA row


def news_list(items) -> str:
    return "<ul class=\"news\">" + "".join(f"<li>{a(ART.format(i), t)} <span class=\"meta\">{dt}</span></li>"
                                           for i, dt, t, _b in items) + "</ul>"


put(CAT.format(8), "ข่าวประชาสัมพันธ์", news_list(LISTED[:10]) +
    f'<p class="pager">หน้า 1 {a(CAT.format(8) + "&limitstart=10", "2")} {a(CAT.format(8) + "&limitstart=10", "ถัดไป")}</p>')
put(CAT.format(8) + "&limitstart=10", "ข่าวประชาสัมพันธ์ (หน้า 2)", news_list(LISTED[10:20]) +
    f'<p class="pager">{a(CAT.format(8), "1")} หน้า 2 {a(CAT.format(8) + "&limitstart=20", "3")}</p>')
put(CAT.format(8) + "&limitstart=20", "ข่าวประชาสัมพันธ์ (หน้า 3)", news_list(LISTED[20:]) +
    f'<p class="pager">{a(CAT.format(8), "1")} {a(CAT.format(8) + "&limitstart=10", "2")} หน้า 3</p>')

# ------------------------------------------------------------------ about
put(ART.format(2), "โครงสร้างองค์กร", f"""<img src="/images/chart.png" alt="แผนภูมิโครงสร้าง" width="300">
<h3>ผู้กำกับดูแล</h3><ul><li>นายกองค์การบริหารส่วนจังหวัดพนาวัลย์ (นายชาญชัย ศรีเมืองพนา)</li>
<li>สภาองค์การบริหารส่วนจังหวัดพนาวัลย์</li><li>คณะกรรมการสถานศึกษาขั้นพื้นฐาน 15 คน</li></ul>
<h3>ฝ่ายบริหารโรงเรียน</h3><ul><li>ผู้อำนวยการโรงเรียน
<ul><li>รองผู้อำนวยการฝ่ายวิชาการ: งานหลักสูตร งานวัดผล งานทะเบียน</li>
<li>รองผู้อำนวยการฝ่ายกีฬา: ผู้ฝึกสอน 9 ชนิดกีฬา งานวิทยาศาสตร์การกีฬา</li>
<li>รองผู้อำนวยการฝ่ายบริหารทั่วไปและงบประมาณ: การเงิน พัสดุ บุคคล นโยบายและแผน</li>
<li>หัวหน้าฝ่ายกิจการนักเรียนและหอพัก</li></ul></li></ul>
<p>{a(ART.format(4), "อำนาจหน้าที่ของโรงเรียน")}</p>""")
put(ART.format(4), "อำนาจหน้าที่และประวัติโรงเรียน", """<p>โรงเรียนกีฬาองค์การบริหารส่วนจังหวัดพนาวัลย์ ก่อตั้งปี พ.ศ. 2551
เป็นสถานศึกษาในสังกัดองค์การบริหารส่วนจังหวัด ตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 มาตรา 45 และพระราชบัญญัติการศึกษาแห่งชาติ พ.ศ. 2542</p>
<h3>อำนาจหน้าที่</h3><ol><li>จัดการศึกษาขั้นพื้นฐานระดับมัธยมศึกษาควบคู่การพัฒนาความสามารถด้านกีฬา</li>
<li>คัดเลือกและพัฒนานักกีฬาเยาวชนของจังหวัดสู่ความเป็นเลิศ</li><li>จัดหอพักและสวัสดิการนักเรียนประจำ</li>
<li>ให้บริการสนามกีฬาและสระว่ายน้ำแก่ประชาชน</li><li>ส่งเสริมการมีส่วนร่วมของผู้ปกครองและชุมชน</li></ol>""")
STAFF = [("1", "นายวีรพงษ์ ทองสุขเจริญ", "ผู้อำนวยการโรงเรียน", "08 1720 4415"),
         ("2", "นางสาวกมลวรรณ พิมพ์ทอง", "รองผู้อำนวยการฝ่ายวิชาการ", "08 9134 2270"),
         ("3", "นายธนากร แก้วพนา", "รองผู้อำนวยการฝ่ายกีฬา", "08 6602 1938"),
         ("4", "นางปราณี สุขเกษม", "รองผู้อำนวยการฝ่ายบริหารทั่วไปและงบประมาณ", "09 2215 8840")]
put(ART.format(3), "คณะผู้บริหาร", "".join(
    f'<div class="staff"><img src="/images/staff/{n}.jpg" alt="{nm}" width="90"><p><b>{nm}</b><br>{pos}<br>โทร {tel}</p></div>'
    for n, nm, pos, tel in STAFF))
put(ART.format(5), "ติดต่อเรา", f"""<p>{ORG}<br>เลขที่ 219 หมู่ 6 ตำบลท่าศิลา อำเภอเมืองพนาวัลย์ จังหวัดพนาวัลย์ 34190</p>
<p>โทรศัพท์ 0 4451 7720 โทรสาร 0 4451 7721<br>อีเมล saraban@phanawan-sport.ac.th.example</p>
<p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>
<p><a href="https://maps.google.com/?q=15.0412,103.2215">แผนที่ Google Maps</a></p>
<p>สอบถามข้อมูลผ่าน {a("/qa/", "กระดานถาม-ตอบ")}</p>""")
put(ART.format(6), "คู่มือสำหรับประชาชน", f"""<p>คู่มือการสมัครเข้าเรียนและการขอใช้สนามกีฬา</p>
<iframe src="https://drive.google.com/file/d/1PhWnSp0rtManualXyZ/preview" width="560" height="700"></iframe>
<p>ดาวน์โหลด: {dl(10, "คู่มือสำหรับประชาชน (PDF)")}</p>""")
put(ART.format(12), "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", ("""<p>สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2568</p>
<table border="1"><tr><th>ไตรมาส</th><th>ช่วงเวลา</th><th>จำนวนเรื่อง</th><th>ดำเนินการแล้วเสร็จ</th></tr>
<tr><td>1</td><td>ต.ค. - ธ.ค. 2567</td><td>0</td><td>0</td></tr><tr><td>2</td><td>ม.ค. - มี.ค. 2568</td><td>1</td><td>1</td></tr>
<tr><td>3</td><td>เม.ย. - มิ.ย. 2568</td><td>0</td><td>0</td></tr><tr><td>4</td><td>ก.ค. - ก.ย. 2568</td><td>0</td><td>0</td></tr></table>
<p>ข้อมูล ณ วันที่ 7 ตุลาคม 2568</p>""").translate(THAI) + f"<p>{dl(32, 'ดาวน์โหลดตาราง')}</p>")
put(ART.format(41), "ประกาศจ้างจัดพิมพ์แผนพัฒนาการศึกษา (พ.ศ. 2569 - 2573)", """<p class="meta">งานพัสดุ | 19 กุมภาพันธ์ 2569</p>
<p>โรงเรียนมีความประสงค์จะจ้างจัดพิมพ์เอกสารแผนพัฒนาการศึกษาโรงเรียนกีฬา (พ.ศ. 2569 - 2573) จำนวน 150 เล่ม โดยวิธีเฉพาะเจาะจง
วงเงิน 22,500 บาท ผู้ได้รับการคัดเลือก ร้านพนาการพิมพ์ ตามใบสั่งจ้างเลขที่ 14/2569</p>""")

# ------------------------------------------------------------------ download categories
put(CAT.format(9), "เอกสารเผยแพร่", "<table class=\"list\"><tr><th>เอกสาร</th><th>วันที่</th></tr>" + "".join(
    f"<tr><td>{dl(i)}</td><td>{dt}</td></tr>" for i, dt in [
        (44, "14 พ.ย. 2568"), (5, "24 ต.ค. 2568"), (31, "6 พ.ย. 2568"), (29, "27 ต.ค. 2568"), (43, "10 ต.ค. 2568"),
        (28, "28 ต.ค. 2568"), (42, "8 ม.ค. 2569"), (40, "12 ก.ย. 2568"), (3, "12 ก.ย. 2568"), (25, "8 ม.ค. 2568"),
        (23, "5 ม.ค. 2566"), (9, "3 มิ.ย. 2567")]) + "</table>" + f"<p>{a(ART.format(41), 'ประกาศจ้างจัดพิมพ์แผนพัฒนาการศึกษา')}</p>")
put(CAT.format(10), "จัดซื้อจัดจ้าง", "<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</h3><ul>" + "".join(
    f"<li>{dl(i)}</li>" for i in (16, 14, 13, 12, 11, 46)) + "</ul><h3>รายงานประจำปีและแผน</h3><ul>" +
    f"<li>{dl(18)}</li><li>{dl(45)}</li><li>{a(ART.format(41), 'ประกาศจ้างจัดพิมพ์แผนพัฒนาการศึกษา')}</li></ul>")
put(CAT.format(12), "ภาพกิจกรรม", news_list(LISTED[:4]))
put(CAT.format(11), "งานบุคคล", f"<ul><li>{dl(20)}</li><li>{dl(21)}</li><li>{dl(23)}</li></ul>")

# ------------------------------------------------------------------ ITA (year selector, 2569 split by group)
GROUPS = {
    1: ("ข้อมูลพื้นฐานและการบริหารงาน", [
        ("o1", "โครงสร้างหน่วยงาน", [ART.format(2)]), ("o2", "ผู้บริหาร", [ART.format(3)]),
        ("o3", "ติดต่อ/ถาม-ตอบ", [ART.format(5), "/qa/"]), ("o4", "ข่าวประชาสัมพันธ์", [CAT.format(8)]),
        ("o5", "แผนพัฒนาการศึกษา", [DL.format(3)]), ("o6", "แผนปฏิบัติการประจำปี", [DL.format(5)]),
        ("o7", "รายงานผลการดำเนินงาน", [ART.format(7)]), ("o8", "คู่มือปฏิบัติงาน", [DL.format(9)]),
        ("o9", "คู่มือสำหรับประชาชน", [ART.format(6)]), ("o10", "E-Service", ["/eservice/"])]),
    2: ("การจัดซื้อจัดจ้างและงานบุคคล", [
        ("o11", "สขร.1 รายเดือน", [CAT.format(10)]), ("o12", "สรุปจัดซื้อจัดจ้างประจำปี", [DL.format(18)]),
        ("o13", "แผนบริหารและพัฒนาบุคลากร", [CAT.format(11)]), ("o14", "รายงานผลพัฒนาบุคลากร", [DL.format(21)])]),
    3: ("การส่งเสริมความโปร่งใส", [
        ("o15", "ประมวลจริยธรรม/การขับเคลื่อน", [DL.format(23), DL.format(24)]), ("o16", "คู่มือร้องเรียนการทุจริต", [DL.format(25)]),
        ("o17", "ช่องทางร้องเรียนการทุจริต", ["/complaint/"]), ("o18", "สถิติเรื่องร้องเรียน", [ART.format(12)]),
        ("o19", "การมีส่วนร่วม", [ART.format(15)])]),
    4: ("การป้องกันการทุจริต", [
        ("o20", "No Gift Policy", [ART.format(13)]), ("o21", "ประเมินความเสี่ยงการทุจริต", ["/old/files/risk2568.pdf"]),
        ("o22", "รายงานผลตามแผนบริหารความเสี่ยง", [DL.format(8)]), ("o23", "แผนป้องกันการทุจริต", [DL.format(28)]),
        ("o24", "รายงานผลป้องกันการทุจริต", [DL.format(29)]), ("o25", "มาตรการจากผล ITA", [DL.format(30)]),
        ("o26", "รายงานผลส่งเสริมคุณธรรม", [DL.format(31)])]),
}
put("/ita.php?y=2569", "ITA ประจำปีงบประมาณ 2569", "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ปี 2569 เลือกหมวด</p><ol>" +
    "".join(f"<li>{a(f'/ita.php?y=2569&g={g}', t)} ({rows[0][0]} - {rows[-1][0]})</li>" for g, (t, rows) in GROUPS.items()) + "</ol>")
for g, (t, rows) in GROUPS.items():
    put(f"/ita.php?y=2569&g={g}", f"ITA 2569 : {t}", "<table class=\"ita\"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>" + "".join(
        f"<tr><td>{c}</td><td>{txt}</td><td>{' '.join(a(u, 'คลิก') for u in us)}</td></tr>" for c, txt, us in rows) +
        f"</table><p>{a('/ita.php?y=2569', 'กลับหน้า ITA 2569')}</p>")
OLD_ITA = [("o1", "โครงสร้าง", ART.format(2)), ("o5", "แผนพัฒนาการศึกษา", DL.format(3)), ("o7", "รายงานผลการดำเนินงาน", DL.format(7)),
           ("o12", "สรุปผลจัดซื้อจัดจ้าง ปี 2567", DL.format(2)), ("o20", "ประกาศเจตนารมณ์ 2568", DL.format(33)),
           ("o21", "ประเมินความเสี่ยง 2568", "/old/files/risk2568.pdf"), ("o23", "แผนป้องกันการทุจริต", "/old/files/ita_o23_2566.pdf"),
           ("o28", "มาตรการจากผล ITA", DL.format(30))]
put("/ita.php?y=2568", "ITA ประจำปีงบประมาณ 2568", "<table class=\"ita\"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>" + "".join(
    f"<tr><td>{c}</td><td>{t}</td><td>{a(u, 'คลิก')}</td></tr>" for c, t, u in OLD_ITA) + "</table>")

# ------------------------------------------------------------------ static folders
put("/eservice/", "E-Service", """<h3>ระบบรับสมัครนักเรียนออนไลน์ ปีการศึกษา 2569</h3>
<form action="/eservice/apply.php" method="post"><p>ชื่อ - สกุล <input name="name"></p><p>ชนิดกีฬา <select name="sport">
<option>ฟุตบอล</option><option>เซปักตะกร้อ</option><option>กรีฑา</option><option>ว่ายน้ำ</option></select></p>
<p>เบอร์โทรผู้ปกครอง <input name="tel"></p><p>แนบใบรับรองผลการเรียน <input type="file" name="doc"></p><button>ส่งใบสมัคร</button></form>
<h3>ขอใช้สนามกีฬาและสระว่ายน้ำ</h3><form action="/eservice/booking.php" method="post"><p>หน่วยงาน/ผู้ขอใช้ <input name="who"></p>
<p>วันที่ <input type="date" name="day"></p><button>ยื่นคำขอ</button></form><p>สถานะคำขอแจ้งกลับทางอีเมลภายใน 3 วันทำการ</p>""")
put("/qa/", "กระดานถาม-ตอบ", """<div class="q"><b>ถาม:</b> รอบ 2 ปีการศึกษา 2569 รับกีฬาว่ายน้ำหรือไม่ (ผู้ปกครอง, 4 เม.ย. 2569)<br>
<b>ตอบ:</b> รับ ว่ายน้ำชายและหญิง อย่างละ 4 คน (งานทะเบียน, 5 เม.ย. 2569)</div>
<div class="q"><b>ถาม:</b> ขอใช้สระว่ายน้ำวันเสาร์ต้องทำอย่างไร (ประชาชน, 20 ก.พ. 2569)<br><b>ตอบ:</b> ยื่นคำขอที่เมนู E-Service ล่วงหน้า 7 วัน</div>
<form action="/qa/post.php" method="post"><p>ชื่อ <input name="n"></p><p>คำถาม <textarea name="q"></textarea></p><button>ส่งคำถาม</button></form>""")
put("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"""<p>ผู้ร้องเรียนสามารถแจ้งได้ทางแบบฟอร์มนี้ ทางโทรศัพท์ 0 4451 7720 ต่อ 11
หรือกล่องรับเรื่องหน้าอาคารอำนวยการ ข้อมูลผู้ร้องจะถูกเก็บเป็นความลับ</p>
<form action="/complaint/send.php" method="post"><p>ชื่อผู้ร้อง (ไม่ระบุได้) <input name="n"></p><p>เรื่องที่ร้องเรียน <textarea name="d"></textarea></p>
<p>หลักฐาน <input type="file" name="f"></p><button>ส่งเรื่อง</button></form><p>{dl(25, "คู่มือการจัดการเรื่องร้องเรียน")}</p>""")
put("/old/", "เว็บไซต์เดิม (ก่อนย้ายระบบ กันยายน 2568)", """<p>หน้านี้เก็บข้อมูลจากเว็บไซต์เดิม ไม่มีการปรับปรุงแล้ว</p><ul>
<li><a href="/old/files/risk2568.pdf">ประเมินความเสี่ยงการทุจริต</a></li><li><a href="/old/files/ita_o23_2566.pdf">แผนป้องกันการทุจริต</a></li>
<li><a href="/old/history/">ประวัติโรงเรียน (เดิม)</a></li></ul>""")
put("/old/history/", "ประวัติโรงเรียน (เว็บไซต์เดิม)", "<p>ก่อตั้ง พ.ศ. 2551 เดิมชื่อศูนย์ฝึกกีฬาเยาวชนจังหวัดพนาวัลย์</p>")

HOME_NEWS = news_list(LISTED[:6])
put("/", "หน้าแรก", f"""<div class="banner">ยินดีต้อนรับสู่{ORG}</div><h3>ข่าวล่าสุด</h3>{HOME_NEWS}
<p>{a(CAT.format(8), "ข่าวทั้งหมด")}</p><h3>ลิงก์หน่วยงาน</h3><ul><li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li>
<li><a href="https://itas.nacc.go.th/">ระบบ ITAS</a></li></ul>""")

CSS = """body{font-family:Tahoma,sans-serif;margin:0;background:#eef3f8}#header{background:#0b4f8a;color:#fff;padding:10px 20px}
#menu{list-style:none;margin:0;padding:0;background:#f2a900}#menu li{display:inline-block;padding:6px 10px}
#wrap{display:flex}#main{flex:3;padding:15px;background:#fff}#side{flex:1;padding:10px}.box{background:#fff;margin-bottom:10px;padding:8px}
.meta{color:#777;font-size:12px}#footer{background:#222;color:#ccc;padding:10px 20px;font-size:12px}table{border-collapse:collapse}
"""


def images() -> None:
    from PIL import Image, ImageDraw

    os.makedirs(os.path.join(HERE, "images", "staff"), exist_ok=True)
    for n, shade in (("1", 90), ("2", 120), ("3", 150), ("4", 180)):
        Image.new("RGB", (60, 80), (shade, shade, 200)).save(os.path.join(HERE, "images", "staff", f"{n}.jpg"), quality=40)
    Image.new("RGB", (120, 80), (40, 140, 60)).save(os.path.join(HERE, "images", "news.jpg"), quality=40)
    chart = Image.new("RGB", (200, 120), (255, 255, 255))
    draw = ImageDraw.Draw(chart)
    for x, y in ((80, 5), (10, 60), (80, 60), (150, 60)):
        draw.rectangle((x, y, x + 40, y + 25), outline=(0, 0, 0))
    chart.save(os.path.join(HERE, "images", "chart.png"))


def build() -> None:
    for folder in ("index.php.q", "ita.php.q", "eservice", "qa", "complaint", "old/history"):
        shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)
    for url, (title, body) in PAGES.items():
        path = path_of(url)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(page(title, body))
    os.makedirs(os.path.join(HERE, "templates", "sport", "css"), exist_ok=True)
    with open(os.path.join(HERE, "templates", "sport", "css", "template.css"), "w", encoding="utf-8") as f:
        f.write(CSS)
    images()


if __name__ == "__main__":
    build()
