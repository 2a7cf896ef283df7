"""Generate the HTML pages of the "seaport" test site (ท่าเรือสุวรรณนที, invented).

Run:  python tests/sites/seaport/_make_pages.py   (after _make_docs.py)

An old Joomla-like CMS: articles are /index.php?option=com_content&view=article&id=N, categories
/index.php?option=com_content&view=category&id=N, download lists
/index.php?option=com_phocadownload&view=category&id=N and files /download.php?id=N, all kept as
static copies under <path>.q/<query>/ (see crawler/serve.py).  The ITA page is a year selector,
/ita.php?year=2569, split into one page per group (/ita.php?year=2569&group=1 … 6); last year's
/ita.php?year=2568 is still there, and a copy of the site before the move to this CMS is left under
/old/.  Dates on the news and ITA pages are in Thai digits.  A header, a menu, a side column and a
footer on every page.
"""

from __future__ import annotations

import html
import os
import sys
from urllib.parse import quote, unquote, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import BROKEN_ID, DOCS, path, url  # noqa: E402

ORG = "ท่าเรือสุวรรณนที"
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def th(s: str) -> str:
    return s.translate(TH)


def art(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def cat(n: int) -> str:
    return f"/index.php?option=com_phocadownload&view=category&id={n}"


NEWS_CAT = "/index.php?option=com_content&view=category&id=9"
NEWS_CAT2 = "/index.php?option=com_content&view=category&id=9&limitstart=10"
ITA = "/ita.php?year=2569"
ITA68 = "/ita.php?year=2568"


def group(n: int) -> str:
    return f"/ita.php?year=2569&group={n}"


def size(key: str) -> str:
    return f"{os.path.getsize(path(key)) / 1024:.1f} KB"


def dl(key: str, text: str) -> str:
    return f'<a href="{esc(url(key))}">{esc(text)}</a> <span class="size">({size(key)})</span>'


MENU = [("หน้าแรก", "/"), ("ประวัติ", art(1)), ("โครงสร้าง", art(2)), ("ผู้บริหาร", art(3)), ("ข่าวสาร", NEWS_CAT),
        ("จัดซื้อจัดจ้าง", art(70)), ("ดาวน์โหลด", cat(1)), ("E-Service", "/eservice/"),
        ("แจ้งเบาะแสทุจริต", art(80)), ("ITA", ITA), ("ติดต่อเรา", "/index.php?option=com_contact&view=contact&id=1")]


def layout(title: str, body: str) -> str:
    menu = " | ".join(f'<a href="{esc(u)}">{esc(t)}</a>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<style>body{{font-family:Tahoma,sans-serif;margin:0}}#hd{{background:#003a70;color:#fff;padding:8px}}
#nav{{background:#e5eef7;padding:6px}}#side{{float:left;width:220px;padding:8px}}#main{{margin-left:240px;padding:8px}}
#ft{{clear:both;background:#003a70;color:#fff;padding:8px;font-size:12px}}td,th{{border:1px solid #999;padding:3px}}</style>
</head><body>
<div id="hd"><b>{ORG}</b> การท่าเรือแห่งประเทศไทย (กทท.) · Suwannati Port, Port Authority of Thailand</div>
<div id="nav">{menu}</div>
<div id="side">
<h4>ผู้อำนวยการท่าเรือ</h4><p>นายวีรพงษ์ ทะเลทอง</p>
<h4>ITA ท่าเรือสุวรรณนที</h4>
<form action="/ita.php" method="get"><select name="year"><option value="2569">ITA ๒๕๖๙</option>
<option value="2568">ITA ๒๕๖๘</option></select> <button>ดู</button></form>
<ul><li><a href="{esc(ITA)}">ITA ปี ๒๕๖๙</a></li><li><a href="{esc(ITA68)}">ITA ปี ๒๕๖๘</a></li></ul>
<h4>ลิงก์</h4><ul><li><a href="https://www.port.co.th/">การท่าเรือแห่งประเทศไทย</a></li>
<li><a href="https://eport.suwannati-port.example/">ระบบ e-Port</a></li><li><a href="/old/">เว็บไซต์เดิม</a></li></ul>
<p>ศูนย์รับเรื่องร้องเรียน ๐ ๗๔๗๐ ๒๒๙๙</p></div>
<div id="main"><h2>{esc(title)}</h2>
{body}
</div>
<div id="ft">{ORG} เลขที่ 88 หมู่ 4 ตำบลปากคลองทราย อำเภอเมือง จังหวัดสตูล 91000 · โทร 0 7470 2200 · โทรสาร 0 7470 2201
· info@suwannati-port.example · Joomla! 1.5 · สงวนลิขสิทธิ์ ๒๕๖๖</div>
</body></html>
"""


def target(u: str) -> str:
    parts = urlsplit(u)
    p = unquote(parts.path).lstrip("/")
    if parts.query:
        return os.path.join(HERE, p + ".q", quote(unquote(parts.query), safe="=&-_.,+~"), "index.html")
    return os.path.join(HERE, p, "index.html")


def write(u: str, title: str, body: str) -> None:
    t = target(u)
    os.makedirs(os.path.dirname(t), exist_ok=True)
    with open(t, "w", encoding="utf-8") as f:
        f.write(layout(title, body))


# ---------------------------------------------------------------- news (id, date, title, body, attachments)
NEWS = [
    (171, "7 เม.ย. 2569", "ท่าเรือสุวรรณนทีเผยแพร่สถิติการให้บริการ ครึ่งปีแรก ปีงบประมาณ 2569",
     "สถิติการให้บริการ ต.ค. 2568 - มี.ค. 2569 เรือเทียบท่า 612 เที่ยว", [("service-stats-69", "สถิติการให้บริการ (Word)")]),
    (168, "20 มี.ค. 2569", "ทดลองขยายเวลาเปิดประตูลานตู้สินค้าถึง 22.00 น.", "ตามข้อเสนอของผู้ใช้บริการ เริ่ม 1 มีนาคม 2569", []),
    (166, "12 มี.ค. 2569", "ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์รูปเล่มแผนวิสาหกิจ", "รายละเอียดตามเอกสารแนบ", [("print-strat", "ประกาศผู้ชนะ")]),
    (163, "27 ก.พ. 2569", "สรุปผลการประชุมรับฟังความคิดเห็นผู้ใช้บริการท่าเรือ ครั้งที่ 1/2569",
     "เมื่อวันที่ 19 กุมภาพันธ์ 2569 ท่าเรือจัดประชุมรับฟังความคิดเห็นผู้ใช้บริการ ตัวแทนเรือ ผู้ส่งออก ชาวประมง และชุมชน 47 ราย",
     [("users-meeting-69", "สรุปผลการประชุม"), ("users-invite-69", "หนังสือเชิญประชุม")]),
    (160, "13 ก.พ. 2569", "อบรมประมวลจริยธรรมพนักงานท่าเรือ ประจำปี 2569",
     "แผนกบริหารทั่วไปจัดอบรมประมวลจริยธรรม ผู้เข้าร่วม 88 คน", [("ethics-drive-69", "รายงานการขับเคลื่อนจริยธรรม")]),
    (158, "2 ก.พ. 2569", "การท่าเรือแห่งประเทศไทยเผยแพร่รายงานประจำปี 2568", "สำนักงานใหญ่เผยแพร่รายงานประจำปี 2568", [("hq-report-68", "รายงานประจำปี กทท. 2568")]),
    (152, "14 ม.ค. 2569", "รายงานผลการดำเนินงานประจำปี", "ท่าเรือสุวรรณนทีเผยแพร่รายงานผลการดำเนินงานประจำปี ดูได้ที่หน้ารายงานประจำปี", []),
    (149, "8 ม.ค. 2569", "ท่าเรือร่วมกิจกรรมวันเด็กแห่งชาติ 2569", "มอบของขวัญแก่เด็กในชุมชนปากคลองทราย", []),
    (145, "15 ธ.ค. 2568", "เริ่มโครงการขุดลอกบำรุงรักษาร่องน้ำ ปีงบประมาณ 2569", "ระยะเวลา ธ.ค. 2568 - มี.ค. 2569", []),
    (141, "2 ต.ค. 2568", "ประกาศนโยบาย No Gift Policy ปีงบประมาณ 2569", "ขอความร่วมมืองดให้ของขวัญแก่พนักงานท่าเรือ", [("nogift-69", "ประกาศ No Gift Policy")]),
    (139, "28 ต.ค. 2568", "ท่าเรือต้อนรับคณะศึกษาดูงานจากจังหวัดกระบี่", "แลกเปลี่ยนการบริหารท่าเรือชายฝั่ง", []),
    (136, "10 ต.ค. 2568", "ประกาศวันหยุดทำการลานตู้สินค้า เทศกาลออกพรรษา", "งดให้บริการ 1 วัน", []),
    (133, "22 ก.ย. 2568", "ท่าเรือรับรางวัลหน่วยงานความปลอดภัยดีเด่น", "จากการท่าเรือแห่งประเทศไทย", []),
    (118, "24 ก.พ. 2568", "ประชุมรับฟังความคิดเห็นผู้ใช้บริการ ครั้งที่ 1/2568", "ผู้เข้าร่วม 39 ราย ข้อเสนอเรื่องลานจอดรถบรรทุก", []),
    (115, "5 ก.พ. 2568", "ท่าเรือปรับปรุงอาคารผู้โดยสาร", "แล้วเสร็จภายใน พ.ค. 2568", []),
    (112, "9 ม.ค. 2568", "ท่าเรือร่วมกิจกรรมวันเด็กแห่งชาติ 2568", "ณ โรงเรียนบ้านปากคลองทราย", []),
]


def news_pages() -> None:
    for n, date, title, body, files in NEWS:
        att = "".join(f"<li>{dl(k, t)}</li>" for k, t in files)
        extra = ""
        if n == 152:
            extra = f'<p><a href="{esc(art(310))}">อ่านรายงานผลการดำเนินงานประจำปี</a></p>'
        write(art(n), title, f'<p class="date">เผยแพร่ {th(date)} โดย ผู้ดูแลระบบ</p><p>{esc(body)}</p>{extra}'
              + (f"<h4>ไฟล์แนบ</h4><ul>{att}</ul>" if att else ""))
    rows = [f'<li><a href="{esc(art(n))}">{esc(t)}</a> <small>{th(date)}</small></li>' for n, date, t, _b, _f in NEWS]
    write(NEWS_CAT, "ข่าวสารท่าเรือ", "<ul>" + "".join(rows[:10]) + f'</ul><p>หน้า ๑ <a href="{esc(NEWS_CAT2)}">๒</a></p>')
    write(NEWS_CAT2, "ข่าวสารท่าเรือ (หน้า ๒)", "<ul>" + "".join(rows[10:]) + f'</ul><p><a href="{esc(NEWS_CAT)}">๑</a> หน้า ๒</p>')


# ---------------------------------------------------------------- download categories
CATS = {
    1: ("แผนงานและงบประมาณ", ["opplan-69", "opplan-68", "strat-64-68"]),
    2: ("รายงาน", ["report-67", "hq-report-68", "proc-year-68"]),
    3: ("คู่มือ", ["manual-work", "manual-service", "complaint-manual"]),
    4: ("บริหารงานบุคคล", ["hr-rules", "hr-plan-68", "hr-eval-68", "hr-report-68"]),
    5: ("คุณธรรมและความโปร่งใส", ["ethics", "nogift-69", "gift-report-68", "risk-68", "anti-plan-69-draft",
                                   "anti-plan-69", "anti-report-68", "integrity-report-68", "complaint-h1-68"]),
}
LABEL = {
    "opplan-69": "แผนปฏิบัติการและงบประมาณ ปี 69", "opplan-68": "แผนปฏิบัติการและงบประมาณ ปี 68",
    "strat-64-68": "แผนวิสาหกิจ ท่าเรือสุวรรณนที", "report-67": "รายงานผลการดำเนินงานประจำปี",
    "hq-report-68": "รายงานประจำปี 2568 (กทท.)", "proc-year-68": "สรุปผลจัดซื้อจัดจ้างประจำปี 2568",
    "manual-work": "คู่มือการปฏิบัติงาน จัดสรรท่าเทียบเรือ", "manual-service": "คู่มือผู้ใช้บริการ",
    "complaint-manual": "คู่มือจัดการเรื่องร้องเรียนการทุจริต", "hr-rules": "หลักเกณฑ์บริหารทรัพยากรบุคคล",
    "hr-plan-68": "แผนพัฒนาบุคลากร", "hr-eval-68": "ประเมินผลแผนพัฒนาบุคลากร", "hr-report-68": "รายงานผลบริหารทรัพยากรบุคคล 2568",
    "ethics": "ประมวลจริยธรรม", "nogift-69": "No Gift Policy 2569", "gift-report-68": "รายงานการรับของขวัญ ปี 68",
    "risk-68": "การประเมินความเสี่ยงการทุจริต", "anti-plan-69-draft": "ร่างแผนป้องกันการทุจริต 69",
    "anti-plan-69": "แผนปฏิบัติการป้องกันการทุจริต 69", "anti-report-68": "รายงานผลป้องกันการทุจริต",
    "integrity-report-68": "รายงานผลมาตรการส่งเสริมคุณธรรม 68", "complaint-h1-68": "สถิติเรื่องร้องเรียนการทุจริต รอบ 6 เดือน",
}


def download_pages() -> None:
    tabs = " | ".join(f'<a href="{esc(cat(n))}">{esc(t)}</a>' for n, (t, _k) in CATS.items())
    for n, (title, keys) in CATS.items():
        rows = "".join(f"<tr><td>{dl(k, LABEL[k])}</td><td>{th(str(DOCS[k][2].day))}/{th(str(DOCS[k][2].month))}/"
                       f"{th(str(DOCS[k][2].year + 543))}</td></tr>" for k in keys)
        write(cat(n), f"ดาวน์โหลด: {title}", f"<p>{tabs}</p><table><tr><th>เอกสาร</th><th>วันที่</th></tr>{rows}</table>")


# ---------------------------------------------------------------- fixed pages
def fixed_pages() -> None:
    write("/", "หน้าแรก", "<p>ท่าเรือสุวรรณนที ท่าเรือภูมิภาคของการท่าเรือแห่งประเทศไทย ให้บริการเรือสินค้าและเรือโดยสารชายฝั่งอันดามัน</p>"
          "<h3>ข่าวล่าสุด</h3><ul>" + "".join(f'<li><a href="{esc(art(n))}">{esc(t)}</a> {th(d)}</li>' for n, d, t, _b, _f in NEWS[:6])
          + f'</ul><p><a href="{esc(NEWS_CAT)}">ข่าวทั้งหมด</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a></p>')
    write(art(2), "โครงสร้างและอำนาจหน้าที่",
          "<p>ท่าเรือสุวรรณนทีเป็นหน่วยงานในสังกัดการท่าเรือแห่งประเทศไทย (รัฐวิสาหกิจ สังกัดกระทรวงคมนาคม)</p>"
          "<h3>โครงสร้างองค์กร</h3><ul><li>ผู้อำนวยการท่าเรือสุวรรณนที<ul><li>แผนกบริหารทั่วไป</li><li>แผนกการเงินและพัสดุ</li>"
          "<li>แผนกปฏิบัติการท่าเรือ (งานควบคุมการเดินเรือ งานนำร่อง งานลานสินค้า)</li><li>แผนกวิศวกรรมและเครื่องมือทุ่นแรง</li>"
          "<li>แผนกรักษาความปลอดภัย</li></ul></li></ul>"
          f'<p><a href="{esc(art(4))}">อำนาจหน้าที่</a></p>')
    write(art(4), "อำนาจหน้าที่",
          "<p>ตามพระราชบัญญัติการท่าเรือแห่งประเทศไทย พ.ศ. 2494 มาตรา 9 ท่าเรือมีหน้าที่ ให้บริการท่าเทียบเรือ ลานวางสินค้า "
          "การนำร่องและเรือลากจูงในเขตท่า ดูแลร่องน้ำ และรักษาความปลอดภัยในเขตท่าเรือ</p>")
    write(art(3), "ผู้บริหารท่าเรือ",
          "<table><tr><th>ชื่อ</th><th>ตำแหน่ง</th><th>โทร</th></tr>"
          "<tr><td>นายวีรพงษ์ ทะเลทอง</td><td>ผู้อำนวยการท่าเรือสุวรรณนที</td><td>0 7470 2202</td></tr>"
          "<tr><td>นางสาวพิมพ์ชนก ชายหาด</td><td>ผู้ช่วยผู้อำนวยการ ฝ่ายบริหาร</td><td>0 7470 2203</td></tr>"
          "<tr><td>นายณรงค์ฤทธิ์ คลื่นแก้ว</td><td>ผู้ช่วยผู้อำนวยการ ฝ่ายปฏิบัติการ</td><td>0 7470 2204</td></tr></table>")
    write("/index.php?option=com_contact&view=contact&id=1", "ติดต่อเรา",
          "<p>ท่าเรือสุวรรณนที เลขที่ 88 หมู่ 4 ตำบลปากคลองทราย อำเภอเมือง จังหวัดสตูล 91000</p>"
          "<p>โทร 0 7470 2200 โทรสาร 0 7470 2201 อีเมล info@suwannati-port.example เวลาทำการ จันทร์-ศุกร์ 08.30-16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=6.61,99.98">แผนที่</a> · <a href="https://www.facebook.com/suwannatiport.example">Facebook</a></p>'
          '<form action="/index.php" method="post"><input type="hidden" name="option" value="com_contact">'
          "ชื่อ <input name=\"name\"> อีเมล <input name=\"email\"> ข้อความ <textarea name=\"text\"></textarea> <button>ส่ง</button></form>"
          '<p><a href="/webboard/">กระดานถาม-ตอบ</a></p>')
    write("/webboard/", "กระดานถาม-ตอบ",
          "<ul><li>ถาม: เปิดลานตู้วันเสาร์หรือไม่ (๑๘ ม.ค. ๒๕๖๙) ตอบ: เปิด ๐๘.๓๐-๑๒.๐๐ น.</li>"
          "<li>ถาม: ขอใบเสร็จค่าภาระย้อนหลังได้ที่ใด (๓ มี.ค. ๒๕๖๙) ตอบ: ที่แผนกการเงิน หรือในระบบ e-Port</li></ul>"
          '<form action="/webboard/post.php" method="post">หัวข้อ <input name="subject"> คำถาม <textarea name="q"></textarea><button>ตั้งคำถาม</button></form>')
    write("/eservice/", "E-Service บริการออนไลน์",
          '<p>ยื่นคำขอใช้ท่าเทียบเรือ ลานวางสินค้า และชำระค่าภาระท่าเรือออนไลน์ผ่าน <a href="https://eport.suwannati-port.example/">ระบบ e-Port</a></p>'
          '<form action="https://eport.suwannati-port.example/request" method="post">ชื่อเรือ <input name="vessel"> '
          'วันที่เข้าเทียบท่า <input name="eta" type="date"> ผู้ยื่น <input name="agent"> <button>ยื่นคำขอ</button></form>'
          f"<p>สถิติการให้บริการ ปีงบประมาณ ๒๕๖๙ (ต.ค. ๖๘ - มี.ค. ๖๙): {dl('service-stats-69', 'ดาวน์โหลด')}</p>")
    write(art(80), "แจ้งเบาะแสการทุจริตและประพฤติมิชอบ",
          "<p>ผู้แจ้งไม่ต้องระบุชื่อ ข้อมูลของท่านจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint.php" method="post">เรื่อง <input name="subject"> ผู้ถูกร้อง <input name="who"> '
          'รายละเอียด <textarea name="detail"></textarea> แนบไฟล์ <input type="file" name="att"> <button>ส่งเรื่อง</button></form>'
          "<p>หรือโทร ๐ ๗๔๗๐ ๒๒๙๙ / ตู้รับเรื่องร้องเรียนหน้าอาคารสำนักงาน</p>")
    months = [("proc-2025-10", "ตุลาคม ๒๕๖๘"), ("proc-2025-11", "พฤศจิกายน ๒๕๖๘"), ("proc-2025-12", "ธันวาคม ๒๕๖๘"),
              ("proc-2026-01", "มกราคม ๒๕๖๙"), ("proc-2026-03", "มีนาคม ๒๕๖๙")]
    write(art(70), "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑) ปีงบประมาณ ๒๕๖๙",
          "<ul>" + "".join(f"<li>{dl(k, 'สขร.๑ ประจำเดือน' + m)}</li>" for k, m in months) + "</ul>"
          f"<p>สรุปผลการจัดซื้อจัดจ้างประจำปีงบประมาณ ๒๕๖๘: {dl('proc-year-68', 'ดาวน์โหลด')}</p>")
    write(art(310), "รายงานผลการดำเนินงานประจำปี",
          '<iframe src="https://drive.google.com/file/d/1xSuwannatiReport/preview" width="640" height="480"></iframe>'
          f"<p>ดาวน์โหลดไฟล์: {dl('report-67', 'รายงานผลการดำเนินงานประจำปี (PDF)')}</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in MENU)
          + "".join(f'<li><a href="{esc(cat(n))}">{esc(t)}</a></li>' for n, (t, _k) in CATS.items()) + "</ul>")
    # the site before the move to Joomla, left online
    write(art(1), "ประวัติท่าเรือ", "<p>ท่าเรือสุวรรณนทีเปิดให้บริการเมื่อปี พ.ศ. 2536 ท่าเทียบเรือยาว 320 เมตร "
          "รองรับเรือขนาด 12,000 เดตเวทตัน</p>")
    write("/old/", "เว็บไซต์เดิม (ก่อนปี 2567)", '<p>เว็บไซต์เดิมของท่าเรือ ข้อมูลไม่ได้ปรับปรุงแล้ว</p><ul>'
          '<li><a href="/old/ita/">ITA</a></li></ul>')
    write("/old/ita/", "ITA (เว็บไซต์เดิม)", "<p>การนำผลการประเมิน ITA ไปปรับปรุง</p><ul>"
          f"<li>{dl('ita-analysis-67', 'การวิเคราะห์ผลการประเมิน ITA และมาตรการส่งเสริมคุณธรรม')}</li></ul>")


# ---------------------------------------------------------------- ITA
BROKEN = f"/download.php?id={BROKEN_ID}"
GROUPS = {
    1: ("ข้อมูลพื้นฐาน", [("o1", "โครงสร้างและอำนาจหน้าที่", art(2)), ("o2", "ผู้บริหาร", art(3)),
                          ("o3", "ติดต่อ/ถาม-ตอบ", "/index.php?option=com_contact&view=contact&id=1"), ("o4", "ข่าวสาร", NEWS_CAT)]),
    2: ("การบริหารงาน", [("o5", "แผนวิสาหกิจ", url("strat-64-68")), ("o6", "แผนปฏิบัติการและงบประมาณประจำปี", url("opplan-69")),
                         ("o7", "รายงานประจำปี", art(310)), ("o8", "คู่มือปฏิบัติงาน", url("manual-work")),
                         ("o9", "คู่มือผู้ใช้บริการ", url("manual-service")), ("o10", "E-Service", "/eservice/")]),
    3: ("การจัดซื้อจัดจ้าง", [("o11", "สขร.๑ รายเดือน", art(70)), ("o12", "สรุปผลจัดซื้อจัดจ้างประจำปี", url("proc-year-68"))]),
    4: ("การบริหารทรัพยากรบุคคล", [("o13", "หลักเกณฑ์และแผน HR", cat(4)), ("o14", "รายงานผล HR", url("hr-report-68"))]),
    5: ("การส่งเสริมความโปร่งใส", [("o15", "ประมวลจริยธรรม", url("ethics")), ("o16", "คู่มือเรื่องร้องเรียนการทุจริต", url("complaint-manual")),
                                   ("o17", "ช่องทางแจ้งเบาะแส", art(80)), ("o18", "สถิติเรื่องร้องเรียนการทุจริต", url("complaint-h1-68")),
                                   ("o19", "การมีส่วนร่วม", art(163))]),
    6: ("การป้องกันการทุจริต", [("o20", "No Gift Policy", url("nogift-69")), ("o21", "ประเมินความเสี่ยงการทุจริต", cat(5)),
                                ("o22", "รายงานผลบริหารความเสี่ยง", BROKEN), ("o23", "แผนป้องกันการทุจริต", url("anti-plan-69")),
                                ("o24", "รายงานผลป้องกันการทุจริต", url("anti-report-68")),
                                ("o25", "การนำผล ITA ไปพัฒนา", "/old/ita/"), ("o26", "รายงานผลมาตรการคุณธรรม", url("integrity-report-68"))]),
}


def ita_pages() -> None:
    index = "".join(f'<li><a href="{esc(group(n))}">กลุ่มที่ {th(str(n))} {esc(t)}</a></li>' for n, (t, _r) in GROUPS.items())
    write(ITA, "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙",
          f'<p>ปี: <b>๒๕๖๙</b> | <a href="{esc(ITA68)}">๒๕๖๘</a></p><ol>{index}</ol><p>ปรับปรุงล่าสุด ๓ เม.ย. ๒๕๖๙</p>')
    for n, (title, rows) in GROUPS.items():
        trs = "".join(f'<tr><td>{code}</td><td>{esc(t)}</td><td><a href="{esc(u)}">คลิก</a></td></tr>' for code, t, u in rows)
        if n == 6:
            trs += f'<tr><td></td><td>สถิติรับของขวัญ</td><td>{dl("gift-report-68", "รายงานการรับของขวัญ")}</td></tr>'
        if n == 4:
            trs += f'<tr><td></td><td>หลักเกณฑ์ HR</td><td>{dl("hr-rules", "คลิก")}</td></tr>'
        if n == 5:
            trs += f'<tr><td></td><td>การขับเคลื่อนจริยธรรม</td><td>{dl("ethics-drive-69", "คลิก")}</td></tr>'
        write(group(n), f"ITA ๒๕๖๙ กลุ่มที่ {th(str(n))} {title}",
              f'<p><a href="{esc(ITA)}">กลับหน้า ITA</a></p><table><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>{trs}</table>')
    old = [("o6", "แผนปฏิบัติการ 68", url("opplan-68")), ("o13", "แผนพัฒนาบุคลากร 68", url("hr-plan-68")),
           ("o21", "ความเสี่ยงการทุจริต 68", url("risk-68")), ("o22", "ความเสี่ยงการทุจริต 67", "/download.php?id=12"),
           ("o36", "วิเคราะห์ผล ITA 67", url("ita-analysis-67"))]
    trs = "".join(f'<tr><td>{c}</td><td>{esc(t)}</td><td><a href="{esc(u)}">คลิก</a></td></tr>' for c, t, u in old)
    write(ITA68, "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘",
          f'<p>ปี: <a href="{esc(ITA)}">๒๕๖๙</a> | <b>๒๕๖๘</b></p><table>{trs}</table>')


def main() -> None:
    fixed_pages()
    news_pages()
    download_pages()
    ita_pages()


if __name__ == "__main__":
    main()
