"""Generate the HTML pages of the "bmahealth" test site (ศูนย์บริการสาธารณสุข 73 ลาดพร้าวเหนือ, invented).

Run:  python tests/sites/bmahealth/_make_pages.py   (after _make_docs.py)

An old Joomla site: pages are /index.php?option=com_content&view=article&id=N (static copies under
index.php.q/<query>/index.html, see crawler/serve.py), news a category list in two pages
(&limitstart=10), documents through /download.php?id=N.  The ITA page is split into one Joomla
category per group of items (id=32 … 35) under an index (id=31).  The centre's earlier WordPress
site is still online under /old/ with its ITA 2568 page.  Thai digits in the side column and dates.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, url  # noqa: E402

ORG = "ศูนย์บริการสาธารณสุข 73 ลาดพร้าวเหนือ"
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def art(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def cat(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&view=category&id={n}" + (f"&limitstart={start}" if start else "")


def dl(n: int) -> str:
    return f"/index.php?option=com_phocadownload&view=category&id={n}"


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(TH)


def a(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{esc(text)}</a>'


def doc(key: str, text: str | None = None) -> str:
    return a(url(key), text or DOCS[key][2])


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับเรา", art(2)), ("โครงสร้างหน่วยงาน", art(3)), ("ผู้บริหาร", art(4)),
        ("ข่าวสาร", cat(20)), ("จัดซื้อจัดจ้าง", art(10)), ("ดาวน์โหลด", dl(1)), ("จองคิวออนไลน์", art(6)),
        ("ITA", cat(31)), ("ติดต่อเรา", art(5))]


def layout(title: str, body: str) -> str:
    menu = "".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th-th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="generator" content="Joomla! - Open Source Content Management">
<link rel="stylesheet" href="/templates/bmahealth/css/template.css"></head>
<body class="site com_content">
<div class="topbar">สำนักอนามัย กรุงเทพมหานคร · สายด่วน ๑๕๕๕ · {a("/old/", "เว็บไซต์เดิม")}</div>
<header><img src="/templates/bmahealth/images/logo.png" alt="ตรากรุงเทพมหานคร" width="60" height="60">
<span class="sitename">{ORG}</span><br><small>Public Health Center 73 Lat Phrao Nuea, Health Department, BMA</small></header>
<nav><ul class="nav menu">{menu}</ul></nav>
<div class="row"><aside class="span3">
<div class="moduletable"><h3>เวลาทำการ</h3>จันทร์ - ศุกร์ ๐๘.๐๐ - ๑๖.๐๐ น.<br>คลินิกนอกเวลา เสาร์ ๐๘.๐๐ - ๑๒.๐๐ น.</div>
<div class="moduletable"><h3>บริการประชาชน</h3>{a(art(8), "คู่มือสำหรับประชาชน")}<br>{a(art(6), "จองคิวออนไลน์")}<br>
{a(art(7), "แจ้งเรื่องร้องเรียนการทุจริต")}<br>{a(cat(31), "ITA ๒๕๖๙")}<br>{a("/old/ita-2568/", "ITA ๒๕๖๘ (เว็บเดิม)")}</div>
<div class="moduletable"><h3>ลิงก์</h3><a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="moduletable">ผู้เข้าชม ๑๒๔,๖๐๘</div></aside>
<main class="span9"><h1 class="page-header">{esc(title)}</h1>
{body}
</main></div>
<footer>{ORG} สำนักอนามัย กรุงเทพมหานคร เลขที่ 88 ซอยลาดพร้าวเหนือ 12 แขวงลาดพร้าว เขตลาดพร้าว กรุงเทพมหานคร 10230<br>
โทร. 0 2511 7345 โทรสาร 0 2511 7346 อีเมล phc73@bangkokhealth.example.go.th · {a(art(11), "นโยบายคุ้มครองข้อมูลส่วนบุคคล")}
· {a(art(12), "แผนผังเว็บไซต์")}</footer>
</body></html>
"""


def write(u: str, title: str, body: str) -> None:
    if u.startswith("/index.php?"):
        rel = os.path.join("index.php.q", u.split("?", 1)[1], "index.html")
    else:
        rel = u.strip("/") + "/index.html" if u != "/" else "index.html"
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


# news: (article id, date (B.E. y, m, d), title, body, attachments)
NEWS = [
    (131, (2569, 4, 2), "ศบส.73 ร่วมรณรงค์ป้องกันโรคไข้เลือดออกก่อนฤดูฝน", "เจ้าหน้าที่และ อสส. ลงพื้นที่ชุมชนซอยโชคชัย 4 กำจัดแหล่งเพาะพันธุ์ยุงลาย", []),
    (130, (2569, 3, 18), "เปิดให้บริการคลินิกเลิกบุหรี่ทุกวันพุธ", "ผู้สนใจติดต่อฝ่ายส่งเสริมสุขภาพ โทร 0 2511 7345 ต่อ 21", []),
    (129, (2569, 3, 2), "ตรวจคัดกรองมะเร็งปากมดลูกฟรี สิทธิบัตรทอง", "สตรีอายุ 30-60 ปี ลงทะเบียนได้ที่ศูนย์ฯ หรือจองคิวออนไลน์", []),
    (128, (2569, 2, 6), "สรุปผลการประชุมคณะกรรมการสุขภาพชุมชน ครั้งที่ 1/2569",
     "ศบส.73 จัดประชุมรับฟังความคิดเห็นประธานชุมชนและ อสส. เมื่อวันที่ 22 มกราคม 2569 ณ ห้องประชุมชั้น 2", ["participation", "invite"]),
    (127, (2569, 1, 8), "ขอเชิญประชุมคณะกรรมการสุขภาพชุมชน ครั้งที่ 1/2569", "กำหนดประชุมวันที่ 22 มกราคม 2569 เวลา 09.30 น.", ["invite"]),
    (126, (2568, 12, 20), "ผู้อำนวยการมอบรางวัลบุคลากรต้นแบบด้านจริยธรรม", "ตามแนวทางการขับเคลื่อนจริยธรรม ประจำปีงบประมาณ 2569", ["ethics-act-69"]),
    (125, (2568, 12, 15), "ประชาสัมพันธ์ นโยบายไม่รับของขวัญ สำนักงานเขตลาดพร้าว", "ศบส.73 ขอประชาสัมพันธ์ประกาศของสำนักงานเขตลาดพร้าว", ["nogift-district"]),
    (124, (2568, 11, 28), "ฉีดวัคซีนไข้หวัดใหญ่ตามฤดูกาล ปี 2568", "กลุ่มเสี่ยง 7 กลุ่มโรค รับบริการฟรีถึง 31 มกราคม 2569", []),
    (123, (2568, 11, 5), "อบรม อสส. ใหม่ รุ่นที่ 1/2569", "อาสาสมัครสาธารณสุขกรุงเทพมหานครใหม่ 32 คน ผ่านการอบรม", []),
    (122, (2568, 10, 14), "วันเปลี่ยนผ่านปีงบประมาณ ศบส.73 ทบทวนแผนงาน", "ที่ประชุมบุคลากรพิจารณา (ร่าง) แผนปฏิบัติราชการ ประจำปีงบประมาณ 2569", ["op-69-draft"]),
    (121, (2568, 9, 12), "ตรวจสุขภาพผู้สูงอายุในชุมชนร่มเกล้า", "ผู้สูงอายุ 140 คน ได้รับการตรวจคัดกรอง", []),
    (120, (2568, 8, 1), "สัปดาห์นมแม่โลก 2568", "กิจกรรมให้ความรู้แม่และเด็ก", []),
    (119, (2568, 6, 20), "อบรมจริยธรรมบุคลากร ประจำปี 2568", "บุคลากร 49 คน เข้าร่วม", []),
    (117, (2568, 2, 10), "รณรงค์ลดหวานมันเค็มในโรงเรียนสังกัดกรุงเทพมหานคร", "นักเรียน 3 โรงเรียนร่วมกิจกรรม", []),
    (116, (2568, 1, 22), "ตรวจคัดกรองวัณโรคในชุมชนแออัด", "ร่วมกับสำนักงานเขตลาดพร้าว", []),
    (118, (2568, 3, 14), "ประชุมคณะกรรมการสุขภาพชุมชน ครั้งที่ 2/2568", "รับฟังความคิดเห็นประธานชุมชน 16 ชุมชน", []),
]


def news_row(n) -> str:
    no, (y, m, dd), title, _body, _att = n
    return f'<li>{a(art(no), title)} <span class="date">{f"{dd} {MONTHS[m - 1]} {y}".translate(TH)}</span></li>'


def table(keys: list[str]) -> str:
    rows = "".join(f"<tr><td>{esc(DOCS[k][2])}</td><td>{be(DOCS[k][3])}</td>"
                   f'<td><a href="{esc(url(k))}"><img src="/templates/bmahealth/images/dl.png" alt="">ดาวน์โหลด</a></td></tr>'
                   for k in keys)
    return f'<table class="category"><tr><th>ชื่อเอกสาร</th><th>วันที่</th><th></th></tr>{rows}</table>'


DL_CATS = {2: ("แผนงาน / รายงาน", ["op-69-draft", "op-eval-68", "print-ar", "op-68", "annual-67", "plan-4y"]),
           3: ("จัดซื้อจัดจ้าง", ["proc-plan-69", "proc-year-68"]),
           4: ("บริหารงานบุคคล", ["hr-plan-69", "hr-report-68", "sop-vaccine"]),
           5: ("คุณธรรมและความโปร่งใส", ["anti-69", "complaint-sop", "risk-68", "complaint-stats", "anti-rep-68",
                                       "ethics-act-69", "anti-68", "riskrep-68h1", "nogift-67", "ethics-code"])}

# ITA 2569: one Joomla category per group; (code, the centre's wording, [(link text, href)])
DEAD = "/download.php?id=8"
ITA = {
    32: ("ตัวชี้วัดที่ 9.1 ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้างหน่วยงาน", [("โครงสร้าง", art(3))]),
        ("o2", "ผู้บริหาร", [("ผู้บริหาร", art(4))]),
        ("o3", "ติดต่อหน่วยงาน", [("ติดต่อเรา", art(5))]),
        ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวสาร", cat(20))])]),
    33: ("ตัวชี้วัดที่ 9.2 - 9.3 การบริหารงบประมาณและจัดซื้อจัดจ้าง", [
        ("o5", "แผนปฏิบัติราชการระยะยาว", [("แผนปฏิบัติราชการ", url("plan-4y"))]),
        ("o6", "แผนปฏิบัติราชการประจำปี", [("แผนปฏิบัติราชการประจำปี", url("op-68"))]),
        ("o7", "รายงานผลการดำเนินงาน", [("รายงานประจำปี", art(9))]),
        ("o8", "คู่มือปฏิบัติงาน", [("คู่มือ SOP คลินิกวัคซีน", url("sop-vaccine"))]),
        ("o9", "คู่มือประชาชน", [("คู่มือสำหรับประชาชน", art(8))]),
        ("o10", "E-Service", [("จองคิวออนไลน์", art(6))]),
        ("o11", "สขร.1 รายเดือน", [("รายงานผลจัดซื้อจัดจ้างรายเดือน", art(10))]),
        ("o12", "สรุปผลจัดซื้อจัดจ้างประจำปี", [("สรุปผลประจำปี", url("proc-year-68"))])]),
    34: ("ตัวชี้วัดที่ 9.4 - 9.5 บุคลากรและความโปร่งใส", [
        ("o13", "แผนพัฒนาบุคลากร", [("หลักเกณฑ์และแผน", url("hr-plan-69"))]),
        ("o14", "รายงานผลพัฒนาบุคลากร", [("รายงาน", url("hr-report-68"))]),
        ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", url("ethics-code")), ("การขับเคลื่อน", url("ethics-act-69"))]),
        ("o16", "แนวปฏิบัติเรื่องร้องเรียน", [("คู่มือ", url("complaint-sop"))]),
        ("o17", "ช่องทางร้องเรียน", [("แจ้งเรื่องร้องเรียน", art(7))]),
        ("o18", "สถิติเรื่องร้องเรียน", [("สถิติ ปีงบประมาณ 2568", url("complaint-stats"))]),
        ("o19", "การมีส่วนร่วม", [("ข่าวการประชุม", art(128))])]),
    35: ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", [
        ("o20", "No Gift Policy", [("ประกาศ", url("nogift-67"))]),
        ("o21", "ประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยง", url("risk-68"))]),
        ("o22", "รายงานผลบริหารความเสี่ยง", [("รายงาน", url("riskrep-68h1"))]),
        ("o23", "แผนป้องกันการทุจริต", [("แผน", url("anti-69"))]),
        ("o24", "รายงานผลป้องกันการทุจริต", [("รายงาน", url("anti-rep-68"))]),
        ("o25", "การนำผล ITA ไปพัฒนา", []),
        ("o26", "รายงานมาตรการส่งเสริมคุณธรรม", [("รายงาน", DEAD)])]),
}


def ita_rows(rows) -> str:
    out = []
    for code, text, links in rows:
        cell = " ".join(a(h, t) for t, h in links) or "อยู่ระหว่างดำเนินการ"
        out.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cell}</td></tr>")
    return '<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>' + "".join(out) + "</table>"


def main() -> None:
    latest = "".join(news_row(n) for n in NEWS[:5])
    write("/", "หน้าแรก", f'<div class="banner">ยินดีต้อนรับสู่ {ORG}</div><h2>ข่าวล่าสุด</h2><ul>{latest}</ul>'
          f'<p>{a(cat(20), "ข่าวทั้งหมด")}</p>')
    write(art(2), "ประวัติศูนย์บริการสาธารณสุข 73",
          "<p>ศูนย์บริการสาธารณสุข 73 ลาดพร้าวเหนือ เปิดให้บริการเมื่อ พ.ศ. 2541 รับผิดชอบพื้นที่แขวงลาดพร้าวและแขวงจรเข้บัว "
          "42 ชุมชน ประชากรประมาณ 68,000 คน</p>")
    write(art(3), "โครงสร้างหน่วยงาน",
          '<img src="/templates/bmahealth/images/chart.png" alt="แผนภูมิโครงสร้าง" width="10" height="10">'
          "<ul><li>ผู้อำนวยการศูนย์บริการสาธารณสุข<ul><li>ฝ่ายบริหารทั่วไป</li><li>ฝ่ายการพยาบาล</li><li>ฝ่ายส่งเสริมสุขภาพ</li>"
          "<li>ฝ่ายควบคุมโรค</li><li>ฝ่ายทันตสาธารณสุข</li><li>ฝ่ายเภสัชกรรม</li><li>ศูนย์บริการสาธารณสุขสาขา ซอยโชคชัย 4</li></ul></li></ul>"
          "<h2>อำนาจหน้าที่</h2><p>ตามข้อบัญญัติกรุงเทพมหานครและประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการสำนักอนามัย: "
          "ให้บริการสุขภาพแบบผสมผสาน ส่งเสริมสุขภาพ ป้องกันและควบคุมโรค รักษาพยาบาลเบื้องต้น ฟื้นฟูสภาพ และงานอนามัยสิ่งแวดล้อมในพื้นที่รับผิดชอบ</p>")
    write(art(4), "ผู้บริหาร",
          '<div class="person"><img src="/templates/bmahealth/images/person.png" alt="" width="10" height="10">'
          "<b>แพทย์หญิงวรรณภา ศรีประเสริฐ</b><br>ผู้อำนวยการศูนย์บริการสาธารณสุข 73 ลาดพร้าวเหนือ<br>โทร 0 2511 7345 ต่อ 10</div>"
          "<div class=\"person\"><b>นางสาวปิยนุช แก้วมณีรัตน์</b><br>หัวหน้าฝ่ายการพยาบาล<br>โทร 0 2511 7345 ต่อ 14</div>"
          "<div class=\"person\"><b>นายภาณุพงศ์ ทองสุขเจริญ</b><br>หัวหน้าฝ่ายบริหารทั่วไป<br>โทร 0 2511 7345 ต่อ 12</div>")
    write(art(5), "ติดต่อเรา",
          "<p>ที่อยู่ เลขที่ 88 ซอยลาดพร้าวเหนือ 12 แขวงลาดพร้าว เขตลาดพร้าว กรุงเทพมหานคร 10230</p>"
          "<p>โทรศัพท์ 0 2511 7345 โทรสาร 0 2511 7346 อีเมล phc73@bangkokhealth.example.go.th</p>"
          '<p>Facebook <a href="https://www.facebook.com/phc73latphraonuea">ศบส.73 ลาดพร้าวเหนือ</a> · '
          '<a href="https://maps.google.com/?q=13.8141,100.6012">แผนที่</a></p>'
          '<h2>สอบถาม</h2><form action="/index.php?option=com_contact&amp;task=contact.submit" method="post">'
          'ชื่อ <input name="name"> อีเมล <input name="email"><br>ข้อความ <textarea name="msg"></textarea>'
          "<button>ส่งคำถาม</button></form>")
    write(art(6), "จองคิวรับบริการออนไลน์ (E-Service)",
          "<p>ประชาชนสามารถจองคิวตรวจสุขภาพ ฉีดวัคซีน และคลินิกเฉพาะทางล่วงหน้าได้ เจ้าหน้าที่จะยืนยันนัดทาง SMS</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSphc73QueueBooking/formResponse" method="post">'
          'ชื่อ-นามสกุล <input name="entry.1"> เลขบัตรประชาชน <input name="entry.2"> โทรศัพท์ <input name="entry.3"><br>'
          'บริการ <select name="entry.4"><option>ตรวจสุขภาพ/ใบรับรองแพทย์</option><option>วัคซีนเด็ก</option>'
          '<option>คลินิกเบาหวานความดัน</option></select> วันที่ <input name="entry.5" type="date"><br><button>จองคิว</button></form>')
    write(art(7), "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้ร้องเรียนจะได้รับการคุ้มครองและเก็บข้อมูลเป็นความลับ</p>"
          '<form action="/index.php?option=com_complaint&amp;task=send" method="post">ชื่อผู้ร้อง (ไม่ระบุได้) <input name="n"><br>'
          'เรื่อง <input name="s"><br>รายละเอียด <textarea name="d"></textarea><br>แนบหลักฐาน <input type="file" name="f"><br>'
          "<button>ส่งเรื่อง</button></form><p>หรือ โทร 0 2511 7345 ต่อ 10 (ผู้อำนวยการ) ตู้รับเรื่องร้องเรียนชั้น 1 "
          'และ <a href="https://traffy.in.th/">Traffy Fondue</a></p>'
          f"<p>{doc('complaint-sop', 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต')}</p>")
    write(art(8), "คู่มือสำหรับประชาชน",
          '<p>แสดงเอกสาร (Google Drive)</p><iframe src="https://drive.google.com/file/d/1pHc73CitizenGuide2568xYz/preview" '
          'width="640" height="480"></iframe>'
          f"<p>{doc('citizen-guide', 'ดาวน์โหลดไฟล์ PDF')} (๒๑๖ KB)</p>")
    years = "".join(f'<option value="{y}"{" selected" if y == 2567 else ""}>{y}</option>' for y in (2567, 2566, 2565))
    write(art(9), "รายงานประจำปี",
          f'<form action="/index.php"><select name="year">{years}</select><button>แสดง</button></form>'
          '<div class="flipbook"><iframe src="https://online.anyflip.com/phc73/ar2567/" width="640" height="420"></iframe></div>'
          f"<p>{doc('annual-67', 'ดาวน์โหลดรายงานประจำปี (PDF)')}</p>")
    months = "".join(f"<li>{doc(k)} ({be(DOCS[k][3])})</li>"
                     for k in sorted((k for k in DOCS if k.startswith("proc-4")), key=lambda k: DOCS[k][0], reverse=True))
    write(art(10), "ข้อมูลการจัดซื้อจัดจ้าง",
          f"<h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ ๒๕๖๙</h2><ul>{months}</ul>"
          f"<h2>แผนและสรุปผล</h2><ul><li>{doc('proc-plan-69')}</li><li>{doc('proc-year-68')}</li></ul>"
          '<p><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch">ค้นหาประกาศ e-GP</a></p>')
    write(art(11), "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>ศบส.73 เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write(art(12), "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in MENU) + "</ul>")
    for n in NEWS:
        no, (y, m, dd), title, body, att = n
        files = "".join(f"<li>{doc(k)}</li>" for k in att)
        write(art(no), title, f'<p class="date">เผยแพร่ {f"{dd} {MONTHS[m - 1]} {y}".translate(TH)}</p><p>{esc(body)}</p>'
              + (f"<h3>ไฟล์แนบ</h3><ul>{files}</ul>" if files else ""))
    write(cat(20), "ข่าวประชาสัมพันธ์", "<ul>" + "".join(news_row(n) for n in NEWS[:10]) + "</ul>"
          f'<p class="pagination">หน้า 1 {a(cat(20, 10), "2")} {a(cat(20, 10), "ถัดไป")}</p>')
    write(cat(20, 10), "ข่าวประชาสัมพันธ์", "<ul>" + "".join(news_row(n) for n in NEWS[10:]) + "</ul>"
          f'<p class="pagination">{a(cat(20), "1")} หน้า 2</p>')
    cats = " | ".join(a(dl(n), c) for n, (c, _k) in DL_CATS.items())
    write(dl(1), "ดาวน์โหลดเอกสาร", f"<p>{cats}</p>")
    for n, (c, keys) in DL_CATS.items():
        write(dl(n), f"ดาวน์โหลด : {c}", f"<p>{cats}</p>{table(keys)}")
    groups = "".join(f"<li>{a(cat(n), t)}</li>" for n, (t, _r) in ITA.items())
    write(cat(31), "ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)",
          f"<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569</p><ul>{groups}</ul>")
    for n, (t, rows) in ITA.items():
        write(cat(n), f"ITA 2569 {t}", ita_rows(rows) + f"<p>{a(cat(31), 'กลับหน้า ITA 2569')}</p>")
    # the earlier WordPress site, left online
    old = """<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{t} – ศบส.73 ลาดพร้าวเหนือ</title>
<meta name="generator" content="WordPress 5.8.2"></head><body class="wp-site">
<header><b>ศูนย์บริการสาธารณสุข 73 ลาดพร้าวเหนือ</b> <nav><a href="/old/">หน้าแรก</a> <a href="/old/ita-2568/">ITA</a>
<a href="/">เว็บไซต์ใหม่</a></nav></header><aside><h3>เมนู</h3><a href="/old/ita-2568/">ITA 2568</a></aside>
<main><h1>{t}</h1>{b}</main><footer>© 2566 ศบส.73 สำนักอนามัย กรุงเทพมหานคร โทร 0 2511 7345</footer></body></html>
"""
    for rel, t, b in [
        ("old", "หน้าแรก (เว็บไซต์เดิม)", "<p>ศบส.73 ย้ายเว็บไซต์ไปที่ระบบใหม่แล้ว <a href=\"/\">คลิกที่นี่</a></p>"),
        ("old/ita-2568", "ITA 2568",
         '<table><tr><td>O5 แผนปฏิบัติราชการ</td><td>' + doc("plan-4y", "ดาวน์โหลด") + "</td></tr>"
         "<tr><td>O6 แผนปฏิบัติราชการประจำปี 2568</td><td>" + doc("op-68", "ดาวน์โหลด") + "</td></tr>"
         "<tr><td>O23 แผนปฏิบัติการป้องกันการทุจริต 2568</td><td>" + doc("anti-68", "ดาวน์โหลด") + "</td></tr>"
         "<tr><td>O35 การนำผลการประเมิน ITA 2567 ไปสู่การพัฒนา</td><td>" + doc("ita-analysis-67", "ดาวน์โหลด") + "</td></tr></table>"),
    ]:
        path = os.path.join(HERE, rel, "index.html")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(old.format(t=esc(t), b=b))
    assets = os.path.join(HERE, "templates", "bmahealth")
    os.makedirs(os.path.join(assets, "css"), exist_ok=True)
    os.makedirs(os.path.join(assets, "images"), exist_ok=True)
    import base64
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    for n in ("logo.png", "chart.png", "person.png", "dl.png"):
        with open(os.path.join(assets, "images", n), "wb") as fh:
            fh.write(png)
    with open(os.path.join(assets, "css", "template.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif}.topbar{background:#1b7d3a;color:#fff}.row{display:flex}"
                 "aside{width:240px}table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}\n")


if __name__ == "__main__":
    main()
