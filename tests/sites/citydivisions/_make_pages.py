"""Generate the HTML pages of the "citydivisions" test site (เทศบาลนครศรีบุรินทร์, invented).

Run:  python tests/sites/citydivisions/_make_pages.py   (after _make_docs.py)

Every division has its own section /division/<name>/ (its own side menu, about page and download
list); central files go out through /download.php?id=N, news are Joomla-style articles
/index.php?option=com_content&view=article&id=N (static copies under index.php.q/), two plans are
shown in a viewer page (/viewer.php?id=N, an embedded Google Drive frame with a direct download
beside it).  The central ITA page /ita/ has a year selector; ITA 2569 is split into one page per
sub-indicator (/ita/2569/9-1/ … /ita/2569/10-2/) whose rows point into the divisions' files;
last year's /ita/2568/ is still online, and so is a copy of the old CMS under /old/.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import url  # noqa: E402

ORG = "เทศบาลนครศรีบุรินทร์"
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")

MENU = [("หน้าแรก", "/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("คณะผู้บริหาร", "/executives/"),
        ("ส่วนราชการ", "/division/"), ("E-Service", "/eservice/"), ("ร้องเรียนการทุจริต", "/complaint/"),
        ("ITA", "/ita/"), ("กระดานถาม-ตอบ", "/qa/"), ("ติดต่อเทศบาล", "/contact/")]
DIVS = {
    "palad": "สำนักปลัดเทศบาล", "finance": "กองคลัง", "strategy": "กองยุทธศาสตร์และงบประมาณ",
    "engineering": "กองช่าง", "health": "สำนักสาธารณสุขและสิ่งแวดล้อม", "education": "สำนักการศึกษา",
}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def a(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{esc(text)}</a>'


def write(path: str, title: str, body: str, side: str = "") -> None:
    menu = "".join(f"<li>{a(h, t)}</li>" for t, h in MENU)
    side = side or ("<h3>ส่วนราชการ</h3><ul>" + "".join(f"<li>{a(f'/division/{k}/', v)}</li>" for k, v in DIVS.items())
                    + "</ul><h3>ลิงก์</h3><ul><li>" + a("/ita/", "ITA เทศบาล") + "</li><li>"
                    + a("/old/", "เว็บไซต์เดิม") + "</li></ul>")
    page = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<link rel="stylesheet" href="/assets/city.css"></head>
<body><header><div class="logo">{ORG}</div><div class="sub">Sriburin City Municipality · สายด่วน ๑๑๓๒</div>
<nav><ul>{menu}</ul></nav></header>
<div class="wrap"><aside>{side}</aside><main><h1>{esc(title)}</h1>
{body}
</main></div>
<footer>{ORG} ๙๙ ถนนเทศบาล ๑ ตำบลในเมือง อำเภอเมืองศรีบุรินทร์ จังหวัดศรีบุรินทร์ ๓๓๐๐๐ · โทร ๐ ๔๔๗๑ ๒๒๐๐ · saraban@sriburincity.go.th</footer>
</body></html>
"""
    full = os.path.join(HERE, path.lstrip("/"))
    if not full.endswith(".html"):
        full = os.path.join(full, "index.html")
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as fh:
        fh.write(page)


def q(path: str, query: str) -> str:
    """The static copy of a query-string page (see crawler/serve.py)."""
    return f"{path}.q/{query}/index.html"


def art(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def artq(n: int) -> str:
    return q("/index.php", f"option=com_content&view=article&id={n}")


def table(rows: list[tuple[str, str]]) -> str:
    return "<table class='dl'><tr><th>ลำดับ</th><th>รายการ</th></tr>" + "".join(
        f"<tr><td>{str(i + 1).translate(TH)}</td><td>{cell}</td></tr>" for i, (cell, _) in enumerate(rows)) + "</table>"


def dl(key_or_url: str, text: str, size: str = "") -> str:
    u = key_or_url if key_or_url.startswith("/") else url(key_or_url)
    return a(u, text) + (f" <small>({size})</small>" if size else "")


# ---------------------------------------------------------------- news (Joomla articles)
NEWS = [
    (2641, "๒ เม.ย. ๖๙", "เทศบาลนครศรีบุรินทร์ รณรงค์ป้องกันไข้เลือดออก ๕๒ ชุมชน", "สำนักสาธารณสุขฯ ร่วมกับ อสม. พ่นหมอกควันและแจกทรายอะเบท"),
    (2630, "๒๔ ก.พ. ๖๙", "อบรมคุณธรรมจริยธรรมพนักงานเทศบาล ประจำปีงบประมาณ ๒๕๖๙",
     "วันที่ ๑๙ ก.พ. ๖๙ พนักงาน ๓๘๖ คน ร่วมอบรม " + dl("ethics-activity", "รายงานการจัดกิจกรรมขับเคลื่อนจริยธรรม")),
    (2622, "๑๖ ก.พ. ๖๙", "ประชุมประชาคมเมือง ทบทวนแผนพัฒนาท้องถิ่น",
     "วันที่ ๑๒ ก.พ. ๒๕๖๙ ผู้แทน ๕๒ ชุมชน ๒๑๔ คน ร่วมเสนอโครงการ " + dl("forum-report", "รายงานผลการประชุมประชาคมเมือง")),
    (2615, "๒๘ ม.ค. ๖๙", "ขอเชิญร่วมประชุมประชาคมเมือง", "ขอเชิญประธานชุมชนร่วมประชุม " + dl("invite-forum", "หนังสือเชิญประชุม")),
    (2604, "๒๐ ม.ค. ๖๙", "มอบผ้าห่มกันหนาวผู้สูงอายุ", "นายกเทศมนตรีมอบผ้าห่ม ๑,๒๐๐ ผืน แก่ผู้สูงอายุในเขตเทศบาล"),
    (2590, "๙ ธ.ค. ๖๘", "เทศบาลร่วมวันต่อต้านคอร์รัปชันสากล", "ผู้บริหารและพนักงานร่วมเดินรณรงค์ ๙ ธันวาคม ๒๕๖๘"),
    (2577, "๑๘ พ.ย. ๖๘", "ลอยกระทงนครศรีบุรินทร์ ๒๕๖๘", "จัดงานประเพณีลอยกระทง ณ สวนสาธารณะหนองบัว"),
    (2563, "๒๐ ต.ค. ๖๘", "ประกวดราคาจ้างก่อสร้างถนน ค.ส.ล. ซอยเทศบาล ๑๒", "รายละเอียดตามเอกสารประกวดราคา"),
]
OLD_NEWS = [
    (2480, "๑๒ ก.ย. ๖๘", "ปิดโครงการเรียนว่ายน้ำเด็กปฐมวัย", "สำนักการศึกษาปิดโครงการ"),
    (2455, "๓ ส.ค. ๖๘", "ประชาคมเมือง ปี ๒๕๖๘", "ประชุมประชาคมเมืองเมื่อ ๓๐ ก.ค. ๒๕๖๘"),
]


def news() -> None:
    items = "".join(f"<li><span class='date'>{dt}</span> {a(art(n), t)}</li>" for n, dt, t, _ in NEWS)
    write("/news/", "ข่าวประชาสัมพันธ์", f"<ul class='news'>{items}</ul><p>{a('/news/page/2/', 'หน้าถัดไป »')}</p>")
    items2 = "".join(f"<li><span class='date'>{dt}</span> {a(art(n), t)}</li>" for n, dt, t, _ in OLD_NEWS)
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า ๒)", f"<ul class='news'>{items2}</ul><p>{a('/news/', '« หน้าก่อน')}</p>")
    for n, dt, t, body in NEWS + OLD_NEWS:
        write(artq(n), t, f"<p class='date'>โพสต์เมื่อ {dt} โดย งานประชาสัมพันธ์</p><p>{body}</p>")


# ---------------------------------------------------------------- divisions
DIV_FILES = {
    "palad": [("citizen-manual", "คู่มือสำหรับประชาชน งานทะเบียนราษฎร", "612 KB"),
              ("complaint-manual", "คู่มือการจัดการเรื่องร้องเรียนการทุจริตฯ", "401 KB"),
              ("complaint-stats-h1-68", "สถิติเรื่องร้องเรียนการทุจริต รอบ ๖ เดือน", "18 KB"),
              ("eservice-stats", "สถิติการใช้บริการ E-Service", "16 KB"),
              ("hr-criteria", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "355 KB"),
              ("hr-devplan-68", "แผนพัฒนาบุคลากร", "288 KB"),
              ("hr-report-68", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปี ๒๕๖๘", "54 KB"),
              ("recruit", "ประกาศรับสมัครพนักงานจ้าง", "210 KB"),
              ("ethics-code", "ประมวลจริยธรรมของพนักงานเทศบาล", "190 KB"),
              ("nogift-67", "ประกาศ No Gift Policy", "41 KB"),
              ("gift-report-68", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด", "120 KB"),
              ("ethics-activity", "กิจกรรมขับเคลื่อนจริยธรรม", "150 KB")],
    "finance": [("finance-manual", "คู่มือการปฏิบัติงาน กองคลัง", "502 KB"),
                ("proc-annual-68", "รายงานผลการจัดซื้อจัดจ้างประจำปี ๒๕๖๘", "230 KB")],
    "strategy": [("devplan", "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖-๒๕๗๐)", "4.1 MB"),
                 ("actionplan", "แผนการดำเนินงาน ประจำปี ๒๕๖๙", "2.2 MB"),
                 ("budget", "เทศบัญญัติงบประมาณรายจ่าย ประจำปี ๒๕๖๙", "6.8 MB"),
                 ("budget-draft", "ร่างเทศบัญญัติงบประมาณรายจ่าย ๒๕๖๙ (เสนอสภา)", "5.9 MB"),
                 ("followup-67", "รายงานการติดตามและประเมินผลแผนพัฒนาท้องถิ่น", "1.3 MB"),
                 ("print-plan", "ประกาศประกวดราคาจ้างพิมพ์แผนพัฒนาท้องถิ่น", "98 KB"),
                 ("invite-forum", "หนังสือเชิญประชุมประชาคมเมือง", "77 KB"),
                 ("forum-report", "รายงานผลการประชุมประชาคมเมือง ๒๕๖๙", "180 KB")],
    "engineering": [],
    "health": [],
    "education": [("edu-actionplan", "แผนการดำเนินงาน ศูนย์พัฒนาเด็กเล็ก", "310 KB")],
}
ABOUT = {
    "palad": "งานธุรการ งานการเจ้าหน้าที่ งานทะเบียนราษฎร งานป้องกันและบรรเทาสาธารณภัย งานนิติการ ศูนย์รับเรื่องร้องเรียน",
    "finance": "งานการเงินและบัญชี งานพัสดุและทรัพย์สิน งานพัฒนาและจัดเก็บรายได้ งานแผนที่ภาษี",
    "strategy": "งานวางแผนและพัฒนา งานงบประมาณ งานติดตามประเมินผล งานวิจัยและประเมินผล",
    "engineering": "งานวิศวกรรม งานสถาปัตยกรรม งานสาธารณูปโภค งานผังเมือง การขออนุญาตก่อสร้าง",
    "health": "งานรักษาความสะอาด งานส่งเสริมสุขภาพ งานควบคุมโรค งานสัตวแพทย์",
    "education": "งานบริหารการศึกษา โรงเรียนในสังกัด ๖ แห่ง ศูนย์พัฒนาเด็กเล็ก ๓ แห่ง",
}


def div_side(k: str) -> str:
    base = f"/division/{k}/"
    links = [("หน้าแรกส่วนราชการ", base), ("ภารกิจ", base + "about/"), ("เอกสารดาวน์โหลด", base + "downloads/")]
    if k == "finance":
        links.append(("สรุปผลจัดซื้อจัดจ้าง (สขร.๑)", base + "procurement/"))
    if k == "palad":
        links += [("โครงสร้างส่วนราชการ", base + "structure/"), ("อำนาจหน้าที่", base + "authority/")]
    return f"<h3>{DIVS[k]}</h3><ul>" + "".join(f"<li>{a(h, t)}</li>" for t, h in links) + "</ul><p>" + a("/", "« กลับเว็บไซต์เทศบาล") + "</p>"


def divisions() -> None:
    write("/division/", "ส่วนราชการ", "<ul>" + "".join(f"<li>{a(f'/division/{k}/', v)}</li>" for k, v in DIVS.items()) + "</ul>")
    for k, name in DIVS.items():
        side = div_side(k)
        write(f"/division/{k}/", name, f"<p>ยินดีต้อนรับสู่เว็บไซต์{name} {ORG}</p><p>ผู้อำนวยการ: โทร ๐ ๔๔๗๑ ๒๒{10 + len(k):02d}</p>".translate(TH), side)
        write(f"/division/{k}/about/", f"ภารกิจ {name}", f"<p>{ABOUT[k]}</p>", side)
        rows = [(dl(key, t, s), "") for key, t, s in DIV_FILES[k]] or [("ยังไม่มีเอกสาร", "")]
        write(f"/division/{k}/downloads/", f"เอกสารดาวน์โหลด {name}", table(rows), side)
    side = div_side("finance")
    months = [("sk-10", "ตุลาคม ๒๕๖๘"), ("sk-11", "พฤศจิกายน ๒๕๖๘"), ("sk-12", "ธันวาคม ๒๕๖๘"),
              ("sk-02", "กุมภาพันธ์ ๒๕๖๙"), ("sk-03", "มีนาคม ๒๕๖๙"), ("sk-09-68", "กันยายน ๒๕๖๘")]
    rows = [(dl(key, f"สขร.๑ ประจำเดือน{m}"), "") for key, m in reversed(months[:5])] + [(dl("sk-09-68", "สขร.๑ ประจำเดือนกันยายน ๒๕๖๘"), "")]
    write("/division/finance/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑)", table(rows), side)
    side = div_side("palad")
    write("/division/palad/structure/", "โครงสร้างส่วนราชการเทศบาลนครศรีบุรินทร์", """
<img src="/assets/chart.png" alt="แผนผังโครงสร้าง">
<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี: นายธนากร วงศ์ไพศาล</li><li>รองนายกเทศมนตรี ๔ คน</li>
<li>สภาเทศบาลนครศรีบุรินทร์: ประธานสภา รองประธานสภา สมาชิก ๒๔ คน</li></ul>
<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล รองปลัดเทศบาล ๓ คน</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li>
<li>กองยุทธศาสตร์และงบประมาณ</li><li>กองช่าง</li><li>สำนักสาธารณสุขและสิ่งแวดล้อม</li><li>สำนักการศึกษา</li><li>หน่วยตรวจสอบภายใน</li></ul>""", side)
    write("/division/palad/authority/", "อำนาจหน้าที่ของเทศบาลนคร", """<ol>
<li>รักษาความสงบเรียบร้อยของประชาชน (พ.ร.บ.เทศบาล พ.ศ. ๒๔๙๖ มาตรา ๕๖)</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li>
<li>รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ รวมทั้งการกำจัดมูลฝอย</li><li>ป้องกันและระงับโรคติดต่อ</li>
<li>ให้มีน้ำสะอาด โรงฆ่าสัตว์ ตลาด และสถานศึกษา</li><li>ควบคุมอาคารและจัดทำผังเมือง</li>
<li>หน้าที่ตาม พ.ร.บ.กำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. ๒๕๔๒ มาตรา ๑๖</li></ol>""", side)


# ---------------------------------------------------------------- viewers
def viewers() -> None:
    for key, n, title, drive in [("actionplan", 22, "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", "1hQx7Pz_pl69aKc"),
                                 ("risk-69", 52, "รายงานการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", "1Rk69sbtYwq2Lm")]:
        write(q("/viewer.php", f"id={n}"), title,
              f'<iframe src="https://drive.google.com/file/d/{drive}/preview" width="100%" height="640"></iframe>'
              f"<p>{dl(key, 'ดาวน์โหลดไฟล์ต้นฉบับ (PDF)')}</p>")


# ---------------------------------------------------------------- ITA
GROUPS = [
    ("9-1", "ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้างส่วนราชการ / อำนาจหน้าที่", [("/division/palad/structure/", "โครงสร้าง"), ("/division/palad/authority/", "อำนาจหน้าที่")]),
        ("o2", "ผู้บริหารเทศบาล", [("/executives/", "คลิก")]),
        ("o3", "การติดต่อและถาม-ตอบ", [("/contact/", "ติดต่อ"), ("/qa/", "กระดานถาม-ตอบ")]),
        ("o4", "ข่าวประชาสัมพันธ์", [("/news/", "คลิก")])]),
    ("9-2", "ตัวชี้วัดย่อยที่ ๙.๒ การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("o5", "แผนพัฒนาท้องถิ่น", [("/download.php?id=14", "ดาวน์โหลด")]),
        ("o6", "แผนดำเนินงาน / เทศบัญญัติ", [("/viewer.php?id=22", "แผนดำเนินงาน"), (url("budget"), "เทศบัญญัติ")]),
        ("o7", "รายงานผลการดำเนินงาน", [("/download.php?id=27", "ดาวน์โหลด")]),
        ("o8", "คู่มือปฏิบัติงาน", [("/division/finance/downloads/", "กองคลัง")]),
        ("o9", "คู่มือบริการประชาชน", [(url("citizen-manual"), "ดาวน์โหลด")]),
        ("o10", "E-Service", [("/eservice/", "ยื่นคำร้องออนไลน์"), (url("eservice-stats"), "สถิติ")])]),
    ("9-3", "ตัวชี้วัดย่อยที่ ๙.๓ การจัดซื้อจัดจ้าง", [
        ("o11", "สขร.๑ รายเดือน", [("/division/finance/procurement/", "กองคลัง")]),
        ("o12", "รายงานจัดซื้อจัดจ้างประจำปี", [(url("proc-annual-68"), "ดาวน์โหลด")])]),
    ("9-4", "ตัวชี้วัดย่อยที่ ๙.๔ การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("o13", "หลักเกณฑ์/แผนบุคลากร", [(url("hr-criteria"), "หลักเกณฑ์"), (url("hr-devplan-68"), "แผนพัฒนาบุคลากร")]),
        ("o14", "รายงานผลบริหารบุคคล", [(url("hr-report-68"), "ดาวน์โหลด")]),
        ("o15", "ประมวลจริยธรรม", [(url("ethics-code"), "ประมวล"), (art(2630), "กิจกรรม")])]),
    ("9-5", "ตัวชี้วัดย่อยที่ ๙.๕ การส่งเสริมความโปร่งใส", [
        ("o16", "คู่มือร้องเรียนทุจริต", [(url("complaint-manual"), "ดาวน์โหลด")]),
        ("o17", "แจ้งเรื่องร้องเรียนทุจริต", [("/complaint/", "คลิก")]),
        ("o18", "สถิติร้องเรียน", [(url("complaint-stats-h1-68"), "ดาวน์โหลด")]),
        ("o19", "การมีส่วนร่วม", [(art(2622), "ประชาคมเมือง")])]),
    ("10-1", "ตัวชี้วัดย่อยที่ ๑๐.๑ การป้องกันการทุจริต", [
        ("o20", "No Gift Policy", [(url("nogift-67"), "ประกาศ"), (url("gift-report-68"), "รายงานการรับ")]),
        ("o21", "ประเมินความเสี่ยงทุจริต", [("/viewer.php?id=52", "เปิดดู")]),
        ("o22", "ผลจัดการความเสี่ยง", [("/download.php?id=8", "ดาวน์โหลด")])]),
    ("10-2", "ตัวชี้วัดย่อยที่ ๑๐.๒ การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("o23", "แผนป้องกันทุจริต", [("/download.php?id=18", "ดาวน์โหลด")]),
        ("o24", "รายงานผลป้องกันทุจริต", [("/download.php?id=56", "ดาวน์โหลด")]),
        ("o25", "วิเคราะห์ผล ITA / มาตรการ", [(art(88).replace("/index.php", "/old/index.php"), "คลิก")]),
        ("o26", "รายงานผลตามมาตรการ", [("/download.php?id=58", "ดาวน์โหลด")])]),
]


def ita() -> None:
    sel = f"<p>เลือกปี: {a('/ita/2569/', 'ITA ๒๕๖๙')} | {a('/ita/2568/', 'ITA ๒๕๖๘')}</p>"
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)", sel)
    write("/ita/2569/", "ITA ประจำปี ๒๕๖๙", sel + "<ul>" + "".join(f"<li>{a(f'/ita/2569/{g}/', t)}</li>" for g, t, _ in GROUPS) + "</ul>")
    for g, t, rows in GROUPS:
        body = "<table class='ita'><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>" + "".join(
            f"<tr><td>{code}</td><td>{esc(name)}</td><td>{' '.join(a(h, x) for h, x in links)}</td></tr>" for code, name, links in rows) + "</table>"
        write(f"/ita/2569/{g}/", t, body + f"<p>{a('/ita/2569/', '« กลับ')}</p>")
    old = [("o5", "แผนพัฒนาท้องถิ่น", "/download.php?id=14"), ("o11", "สขร.๑ กันยายน ๒๕๖๘", url("sk-09-68")),
           ("o20", "No Gift Policy", url("nogift-67")), ("o23", "แผนป้องกันทุจริต ๔ ปี", "/download.php?id=18"),
           ("o25", "มาตรการส่งเสริมคุณธรรม", "/old/images/stories/ita/ita67_analysis.pdf"),
           ("o28", "แผนบริหารความเสี่ยง ๒๕๖๘", "/download.php?id=3")]
    write("/ita/2568/", "ITA ประจำปี ๒๕๖๘", sel + "<table class='ita'>" + "".join(
        f"<tr><td>{c}</td><td>{a(h, t)}</td></tr>" for c, t, h in old) + "</table>")


def old_cms() -> None:
    write("/old/", "เว็บไซต์เดิม (ก่อนปี ๒๕๖๘)", "<p>เว็บไซต์เดิมของเทศบาล เก็บไว้เพื่อการอ้างอิง</p><ul><li>"
          + a("/old/index.php?option=com_content&view=article&id=88", "ITA: การวิเคราะห์ผลการประเมิน") + "</li><li>"
          + a("/old/index.php?option=com_content&view=article&id=61", "ข่าวเก่า: ประชาคมเมือง ๒๕๖๗") + "</li></ul>")
    write(q("/old/index.php", "option=com_content&view=article&id=88"), "การวิเคราะห์ผลการประเมิน ITA",
          "<p class='date'>Written by admin · 25 November 2024</p><p>ไฟล์แนบ: "
          + a("/old/images/stories/ita/ita67_analysis.pdf", "ita67_analysis.pdf") + "</p>")
    write(q("/old/index.php", "option=com_content&view=article&id=61"), "ประชาคมเมือง ๒๕๖๗",
          "<p class='date'>Written by admin · 14 March 2024</p><p>ประชุมประชาคมเมืองประจำปี ๒๕๖๗ ผู้เข้าร่วม ๑๘๐ คน</p>")


def others() -> None:
    write("/", "หน้าแรก", "<h2>ข่าวล่าสุด</h2><ul>" + "".join(f"<li>{a(art(n), t)}</li>" for n, _, t, _ in NEWS[:5])
          + "</ul><p>" + a("/ita/", "ITA ๒๕๖๙ คลิกที่นี่") + "</p>")
    write("/executives/", "คณะผู้บริหาร", "".join(
        f"<div class='person'><img src='/assets/person.png' alt=''><p>{n}<br>{p}<br>โทร {t}</p></div>" for n, p, t in [
            ("นายธนากร วงศ์ไพศาล", "นายกเทศมนตรีนครศรีบุรินทร์", "๐๘ ๑๗๔๐ ๒๒๑๙"),
            ("นางวิไลวรรณ ทองประเสริฐ", "รองนายกเทศมนตรี", "๐๘ ๙๖๑๑ ๓๔๐๒"),
            ("นายชาตรี บุญเรือง", "รองนายกเทศมนตรี", "๐๘ ๖๒๒๘ ๙๐๑๕"),
            ("นางสาวพิมพ์ลดา ศรีสุวรรณ", "ปลัดเทศบาล", "๐ ๔๔๗๑ ๒๒๐๑")]))
    write("/contact/", "ติดต่อเทศบาล", "<p>๙๙ ถนนเทศบาล ๑ ตำบลในเมือง อำเภอเมืองศรีบุรินทร์ จังหวัดศรีบุรินทร์ ๓๓๐๐๐</p>"
          "<p>โทร ๐ ๔๔๗๑ ๒๒๐๐ โทรสาร ๐ ๔๔๗๑ ๒๒๙๙ อีเมล saraban@sriburincity.go.th</p>"
          '<p><a href="https://maps.google.com/?q=15.1201,104.3302">แผนที่ Google Maps</a></p>')
    write("/qa/", "กระดานถาม-ตอบ", "<div class='q'>ถาม (๑๔ ม.ค. ๖๙): ขอใบอนุญาตก่อสร้างใช้เวลากี่วัน<br>ตอบ: ไม่เกิน ๔๕ วัน (กองช่าง)</div>"
          "<form action='/qa/post' method='post'><input name='name'><textarea name='question'></textarea><button>ส่งคำถาม</button></form>")
    write("/eservice/", "ระบบบริการออนไลน์ (E-Service)", "<form action='/eservice/submit' method='post'>"
          "<select name='type'><option>คำร้องทั่วไป</option><option>ขอใช้รถน้ำ</option><option>แจ้งไฟฟ้าสาธารณะชำรุด</option></select>"
          "<input name='name'><input name='phone'><textarea name='detail'></textarea><button>ยื่นคำร้อง</button></form>"
          f"<p>{dl('eservice-stats', 'สถิติการให้บริการ E-Service ปี ๒๕๖๙')}</p>")
    write("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "<form action='/complaint/submit' method='post'>"
          "<input name='name' placeholder='ไม่ประสงค์ออกนามได้'><input name='subject'><textarea name='detail'></textarea>"
          "<input type='file' name='evidence'><button>แจ้งเรื่อง</button></form>"
          f"<p>{dl('complaint-manual', 'คู่มือการจัดการเรื่องร้องเรียน')}</p>")


def assets() -> None:
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "city.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:sans-serif;margin:0}header{background:#0b4a8b;color:#fff}nav ul{display:flex;list-style:none}"
                 ".wrap{display:flex}aside{width:240px}main{flex:1}footer{background:#eee}\n")
    from PIL import Image

    for name, size in (("chart.png", (240, 160)), ("person.png", (60, 80))):
        Image.new("L", size, 200).save(os.path.join(HERE, "assets", name))


if __name__ == "__main__":
    assets()
    others()
    news()
    divisions()
    viewers()
    ita()
    old_cms()
