"""Generate the HTML pages of the "muniviewer" test site (เทศบาลเมืองห้วยศิลาทอง, invented).

Run:  python tests/sites/muniviewer/_make_pages.py   (after _make_docs.py)

A town municipality on a Joomla-like CMS: content pages are /index.php?option=com_content&...
(static copies under index.php.q/<query>/index.html), document lists are /docs.php?cat=<cat>,
attachments are /download.php?id=N.  A PDF is opened through the PDF.js page
/viewer/?file=/files/<stamp>.pdf (one static viewer page whose script reads ?file=); only some
rows carry a direct download beside it.  The ITA page /ita.php?year=2568 lists the groups and
items, each item on its own page /ita.php?year=2568&o=N; a year selector (a <select> whose
options are URLs, no link) leads to last year's /ita.php?year=2567.  Dates on pages are in
Thai digits.  Header, menu, side column and footer on every page.
"""

from __future__ import annotations

import html
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, dl_url, file_url  # noqa: E402

ORG = "เทศบาลเมืองห้วยศิลาทอง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
GONE_OLD = "/files/1697703151.pdf"  # last year's o22 file, deleted


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def th(s: object) -> str:
    return str(s).translate(TH)


def be(dt) -> str:
    return th(f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}")


def art(n: int) -> str:
    return f"/index.php?option=com_content&amp;view=article&amp;id={n}"


NEWS_LIST = "/index.php?option=com_content&amp;view=category&amp;id=8"

MENU = [("หน้าแรก", "/"), ("ประวัติเทศบาล", art(2)), ("โครงสร้างส่วนราชการ", art(3)), ("คณะผู้บริหาร", art(5)),
        ("ข่าวประชาสัมพันธ์", NEWS_LIST), ("ศูนย์ข้อมูลข่าวสาร", "/docs.php?cat=plan"), ("จัดซื้อจัดจ้าง", art(9)),
        ("E-Service", art(7)), ("ร้องเรียนการทุจริต", art(8)), ("ITA", "/ita.php?year=2568"), ("ติดต่อเรา", art(6))]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="generator" content="Joomla! - Open Source Content Management">
<link rel="stylesheet" href="/templates/hsthong/css/template.css"></head>
<body>
<div id="header"><img src="/templates/hsthong/images/logo.png" alt="ตราเทศบาล" width="72" height="72">
<span class="site">{ORG}</span><span class="en">Huai Sila Thong Town Municipality</span>
<span class="tel">ศูนย์รับเรื่องราวร้องทุกข์ ๐ ๔๔๗๕ ๖๒๑๐</span></div>
<ul id="mainmenu">
{menu}
</ul>
<div id="container"><div id="left">
<div class="module"><h3>นายกเทศมนตรี</h3>นายประเสริฐ วงศ์ศิลาทอง<br>สายตรงนายกฯ ๐๘ ๖๒๕๔ ๑๑๐๙</div>
<div class="module"><h3>บริการประชาชน</h3><a href="/docs.php?cat=manual">คู่มือประชาชน</a><br>
<a href="{art(7)}">ยื่นคำร้องออนไลน์</a><br><a href="{art(8)}">แจ้งเบาะแสการทุจริต</a><br>
<a href="/docs.php?cat=integrity">คุณธรรมและความโปร่งใส</a><br><a href="/ita.php?year=2568">การประเมิน ITA</a></div>
<div class="module"><h3>ลิงก์หน่วยงาน</h3><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://itas.nacc.go.th/">ระบบ ITAS</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="module">ผู้เข้าชมวันนี้ ๒๑๘ · ทั้งหมด ๔๑๒,๐๖๙</div>
</div>
<div id="content">
<h2 class="page-header">{esc(title)}</h2>
{body}
</div></div>
<div id="footer">{ORG} ๙๙ ถนนศิลาทองพัฒนา ตำบลห้วยศิลา อำเภอห้วยศิลา จังหวัดนครราชสีมา ๓๐๓๙๙<br>
โทรศัพท์ ๐ ๔๔๗๕ ๖๒๑๐ โทรสาร ๐ ๔๔๗๕ ๖๒๑๑ · saraban@huaisilathong.go.th ·
<a href="{art(11)}">นโยบายเว็บไซต์</a><br>© ๒๕๖๔ {ORG} · Powered by Joomla!</div>
</body></html>
"""


def target(url: str) -> str:
    """The file a page URL is written to (a query string's copy under <path>.q/<query>/)."""
    url = html.unescape(url)
    if "?" in url:
        path, query = url.split("?", 1)
        return os.path.join(HERE, path.lstrip("/") + ".q", query, "index.html")
    return os.path.join(HERE, url.strip("/"), "index.html")


def write(url: str, title: str, body: str, raw: str | None = None) -> None:
    path = target(url)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(raw if raw is not None else layout(title, body))


def viewer(key: str) -> str:
    return f"/viewer/?file={file_url(key)}"


def doc_links(key: str, label: str | None = None) -> str:
    """A row's links as the CMS prints them: the viewer, and a direct download when there is one."""
    title = esc(label or ROWS[key][0])
    f, dl = file_url(key), dl_url(key)
    if f and dl:
        return (f'<a href="{viewer(key)}" target="_blank">{title}</a> '
                f'<a class="btn" href="{dl}"><img src="/templates/hsthong/images/dl.png" alt=""> ดาวน์โหลด</a>')
    if f:
        return f'<a href="{viewer(key)}" target="_blank">{title}</a>'
    return f'<a href="{dl}">{title}</a>'


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs, attachments
    (112, (2025, 4, 21), "กิจกรรม Big Cleaning Day ตลาดสดเทศบาล",
     ["วันที่ 21 เมษายน 2568 เทศบาลร่วมกับผู้ค้าตลาดสดเทศบาลทำความสะอาดตลาดครั้งใหญ่ มีผู้เข้าร่วม 146 คน"], []),
    (111, (2025, 4, 8), "ประชาสัมพันธ์งานประเพณีสงกรานต์ ห้วยศิลาทอง ประจำปี 2568",
     ["ขอเชิญร่วมงานประเพณีสงกรานต์ วันที่ 13 - 15 เมษายน 2568 ณ สวนสาธารณะหนองศิลา"], []),
    (110, (2025, 3, 25), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
     ["ผู้มีหน้าที่เสียภาษีชำระได้ถึงวันที่ 30 เมษายน 2568 ณ กองคลัง หรือผ่าน QR Code บนใบแจ้งประเมิน"], []),
    (109, (2025, 3, 14), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรม พนักงานเทศบาล ประจำปีงบประมาณ 2568",
     ["วันที่ 14 มีนาคม 2568 เทศบาลเมืองห้วยศิลาทองจัดโครงการอบรมส่งเสริมคุณธรรมจริยธรรมตามประมวลจริยธรรมของพนักงานเทศบาล "
      "ณ หอประชุมเทศบาล ผู้บริหาร พนักงานเทศบาล ลูกจ้าง และพนักงานจ้าง เข้าร่วม 171 คน",
      "วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดนครราชสีมา บรรยายเรื่องการขับเคลื่อนจริยธรรมและผลประโยชน์ทับซ้อน "
      "และมอบเกียรติบัตรพนักงานดีเด่นด้านคุณธรรม 5 คน"], []),
    (108, (2025, 2, 12), "สรุปผลการประชุมประชาคมเมือง ประจำปี 2568",
     ["วันที่ 12 กุมภาพันธ์ 2568 เทศบาลจัดประชุมประชาคมเมือง เพื่อให้ประชาชนมีส่วนร่วมในการจัดทำแผนพัฒนาท้องถิ่น "
      "ณ หอประชุมเทศบาล มีผู้แทนชุมชนทั้ง 21 ชุมชน ส่วนราชการ และประชาชน เข้าร่วม 238 คน",
      "ที่ประชุมเสนอโครงการ 64 โครงการ เช่น ไฟฟ้าส่องสว่างซอยศิลาทอง 9 รางระบายน้ำชุมชนโนนสูง "
      "เทศบาลจะบรรจุโครงการที่ผ่านการจัดลำดับความสำคัญไว้ในแผนพัฒนาท้องถิ่น และแจ้งผลให้ชุมชนทราบทางเว็บไซต์"], []),
    (107, (2025, 1, 28), "ขอเชิญประชาชนร่วมประชุมประชาคมเมือง ประจำปี 2568",
     ["เทศบาลขอเชิญประชาชนร่วมประชุมประชาคมเมือง ในวันที่ 12 กุมภาพันธ์ 2568 เวลา 09.00 น. ณ หอประชุมเทศบาล"],
     ["invite-68"]),
    (106, (2024, 12, 20), "เผยแพร่รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น",
     ["เทศบาลเมืองห้วยศิลาทองขอเผยแพร่รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ตามเอกสารแนบ"], ["eval-66"]),
    (105, (2024, 12, 9), "ประกาศผู้ชนะการเสนอราคา จ้างเหมาจัดพิมพ์รูปเล่มแผนพัฒนาท้องถิ่น",
     ["รายละเอียดตามเอกสารแนบ"], ["print-plan"]),
    (104, (2024, 11, 15), "งานประเพณีลอยกระทง ห้วยศิลาทอง ประจำปี 2567",
     ["วันที่ 15 พฤศจิกายน 2567 เทศบาลจัดงานประเพณีลอยกระทง ณ สวนสาธารณะหนองศิลา มีการประกวดกระทงจากชุมชน 21 ชุมชน"], []),
    (103, (2024, 10, 7), "นายกเทศมนตรีประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2568",
     ["วันที่ 7 ตุลาคม 2567 นายกเทศมนตรีเมืองห้วยศิลาทองประกาศเจตจำนงสุจริตต่อหน้าพนักงานเทศบาลทุกคน ณ หอประชุมเทศบาล"], []),
]


def news_pages() -> None:
    rows = []
    for nid, (y, m, dd), title, paras, att in NEWS:
        from datetime import date

        when = be(date(y, m, dd))
        rows.append(f'<li><a href="{art(nid)}">{esc(title)}</a> <span class="date">{when}</span></li>')
        body = f'<p class="date">เขียนโดย ประชาสัมพันธ์ · วันที่ {when}</p>\n' + "\n".join(f"<p>{esc(p)}</p>" for p in paras)
        if att:
            body += '\n<div class="attachments"><b>เอกสารแนบ</b><ul>' + "".join(
                f"<li>{doc_links(k)}</li>" for k in att) + "</ul></div>"
        body += f'\n<p><a href="{NEWS_LIST}">« กลับหน้าข่าว</a></p>'
        write(art(nid), title, body)
    write(NEWS_LIST, "ข่าวประชาสัมพันธ์", '<ul class="category">' + "\n".join(rows) + "</ul>")


# ---------------------------------------------------------------- documents

CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณรายจ่าย",
        "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือการปฏิบัติงาน / คู่มือประชาชน",
        "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส",
        "general": "เอกสารทั่วไป"}
ITA_ONLY = {"opplan-67", "anti-plan-67"}  # linked only from last year's ITA page


def docs_pages() -> None:
    tabs = " | ".join(f'<a href="/docs.php?cat={c}">{esc(t)}</a>' for c, t in CATS.items())
    for cat, title in CATS.items():
        keys = sorted((k for k in ROWS if ROWS[k][1] == cat and k not in ITA_ONLY and not k.startswith("proc-20")),
                      key=lambda k: ROWS[k][2], reverse=True)
        rows = "\n".join(f"<tr><td>{th(i)}</td><td>{doc_links(k)}</td><td>{be(ROWS[k][2])}</td></tr>"
                         for i, k in enumerate(keys, 1))
        body = (f'<p class="tabs">{tabs}</p>\n<table class="docs"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th>'
                f"<th>วันที่เผยแพร่</th></tr>\n{rows}</table>")
        write(f"/docs.php?cat={cat}", f"ศูนย์ข้อมูลข่าวสาร : {title}", body)


def procurement_page() -> None:
    keys = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "\n".join(f"<tr><td>{doc_links(k)}</td><td>{be(ROWS[k][2])}</td></tr>" for k in keys)
    body = ("<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างประจำเดือน (แบบ สขร.1) ตามมาตรา 9 แห่ง พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. 2540</p>"
            f'\n<table class="docs"><tr><th>เรื่อง</th><th>วันที่</th></tr>\n{rows}</table>'
            f'\n<p>รายงานประจำปี: {doc_links("proc-year-67")}</p>'
            '\n<p>ประกาศจัดซื้อจัดจ้างทั้งหมดดูได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>')
    write(art(9), "จัดซื้อจัดจ้าง", body)


# ---------------------------------------------------------------- about pages

def about_pages() -> None:
    write(art(2), "ประวัติเทศบาล",
          "<p>เทศบาลเมืองห้วยศิลาทองยกฐานะจากเทศบาลตำบลห้วยศิลาทองเป็นเทศบาลเมือง เมื่อวันที่ ๒๔ กันยายน ๒๕๕๐ "
          "มีพื้นที่ ๑๒.๖ ตารางกิโลเมตร ๒๑ ชุมชน ประชากร ๒๔,๓๑๘ คน</p>")
    write(art(3), "โครงสร้างส่วนราชการ", """<img src="/images/structure-2566.jpg" alt="แผนภูมิโครงสร้างเทศบาล" width="640">
<h3>ฝ่ายการเมือง</h3><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี ๓ คน</li><li>เลขานุการนายกเทศมนตรี</li>
<li>ที่ปรึกษานายกเทศมนตรี</li></ul></li>
<li>สภาเทศบาล: ประธานสภา รองประธานสภา สมาชิกสภาเทศบาล ๑๘ คน</li></ul>
<h3>ฝ่ายประจำ</h3><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล ๒ คน</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li>
<li>กองการศึกษา</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองสวัสดิการสังคม</li><li>กองยุทธศาสตร์และงบประมาณ</li>
<li>หน่วยตรวจสอบภายใน</li></ul></li></ul>
<p>ดูเพิ่มเติม: <a href="/index.php?option=com_content&amp;view=article&amp;id=4">อำนาจหน้าที่ของเทศบาล</a></p>""")
    write(art(4), "อำนาจหน้าที่ของเทศบาล", """<p>ตามพระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ มาตรา ๕๓ และ ๕๔ และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ
พ.ศ. ๒๕๔๒ มาตรา ๑๖ เทศบาลเมืองมีหน้าที่โดยสรุป ดังนี้</p>
<ol><li>รักษาความสงบเรียบร้อยของประชาชน</li><li>จัดให้มีและบำรุงทางบกและทางน้ำ ทางระบายน้ำ</li>
<li>รักษาความสะอาดของถนน ที่สาธารณะ และการกำจัดขยะมูลฝอย</li><li>ป้องกันและระงับโรคติดต่อ จัดให้มีโรงฆ่าสัตว์</li>
<li>ให้ราษฎรได้รับการศึกษา ส่งเสริมศาสนา ศิลปะ จารีตประเพณี</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>
<li>จัดให้มีน้ำสะอาด ตลาด และสถานพยาบาล</li><li>หน้าที่อื่นตามที่กฎหมายบัญญัติ</li></ol>""")
    people = [("นายประเสริฐ วงศ์ศิลาทอง", "นายกเทศมนตรีเมืองห้วยศิลาทอง", "๐๘ ๖๒๕๔ ๑๑๐๙"),
              ("นายบุญเลิศ ทองหล่อ", "รองนายกเทศมนตรี", "๐๘ ๑๙๗๖ ๓๓๒๐"),
              ("นางสมใจ พรหมศิลา", "รองนายกเทศมนตรี", "๐๘ ๙๒๘๑ ๔๕๐๖"),
              ("นายอนุชา ขันทองดี", "รองนายกเทศมนตรี", "๐๘ ๔๖๑๒ ๗๗๘๑"),
              ("นางสาวกาญจนา ดอนพุดซา", "ปลัดเทศบาล", "๐ ๔๔๗๕ ๖๒๑๐ ต่อ ๑๐๒")]
    cards = "\n".join(f'<div class="person"><img src="/images/exec-{i}.jpg" alt="{esc(n)}" width="120"><br><b>{esc(n)}</b>'
                      f"<br>{esc(p)}<br>โทร. {t}</div>" for i, (n, p, t) in enumerate(people, 1))
    write(art(5), "คณะผู้บริหาร", cards)
    write(art(6), "ติดต่อเรา", """<p>สำนักงานเทศบาลเมืองห้วยศิลาทอง ๙๙ ถนนศิลาทองพัฒนา ตำบลห้วยศิลา อำเภอห้วยศิลา จังหวัดนครราชสีมา ๓๐๓๙๙</p>
<p>โทรศัพท์ ๐ ๔๔๗๕ ๖๒๑๐ โทรสาร ๐ ๔๔๗๕ ๖๒๑๑ อีเมล saraban@huaisilathong.go.th</p>
<p>เวลาทำการ วันจันทร์ - ศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น. · Facebook: เทศบาลเมืองห้วยศิลาทอง</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d3850!2d102.4091!3d15.1177" width="600" height="300" title="แผนที่"></iframe>""")
    write(art(7), "E-Service ยื่นคำร้องออนไลน์", """<p>ประชาชนสามารถยื่นคำร้องต่อเทศบาลได้ทางออนไลน์ ตลอด ๒๔ ชั่วโมง โดยไม่ต้องเดินทางมาสำนักงาน</p>
<form action="/eservice/submit.php" method="post">
<label>ประเภทคำร้อง <select name="type"><option>ขอรับการสนับสนุนน้ำอุปโภคบริโภค</option>
<option>แจ้งซ่อมไฟฟ้าสาธารณะ</option><option>ขอถังขยะ</option><option>ขออนุญาตใช้สถานที่</option></select></label><br>
<label>ชื่อ - นามสกุล <input name="name" required></label><br><label>เบอร์โทรศัพท์ <input name="tel" required></label><br>
<label>รายละเอียด <textarea name="detail"></textarea></label><br><label>แนบไฟล์ <input type="file" name="file"></label><br>
<button type="submit">ส่งคำร้อง</button></form>
<p>ติดตามสถานะคำร้องได้ทางโทรศัพท์ ๐ ๔๔๗๕ ๖๒๑๐ ต่อ ๑๑๑</p>""")
    write(art(8), "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"""<p>ท่านสามารถแจ้งเบาะแสการทุจริตของเจ้าหน้าที่เทศบาลได้ทางแบบฟอร์มนี้
ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ (ไม่ประสงค์ออกนามได้)</p>
<form action="/complaint/send.php" method="post"><label>ชื่อผู้แจ้ง (ไม่บังคับ) <input name="name"></label><br>
<label>หน่วยงาน/เจ้าหน้าที่ที่ถูกร้องเรียน <input name="who" required></label><br>
<label>รายละเอียด <textarea name="detail" required></textarea></label><br><label>หลักฐาน <input type="file" name="evidence"></label><br>
<button type="submit">ส่งเรื่องร้องเรียน</button></form>
<p>ช่องทางอื่น: โทร ๐ ๔๔๗๕ ๖๒๑๐ ต่อ ๑๒๐ · ตู้รับเรื่องร้องเรียนหน้าสำนักงาน · {doc_links("complaint-manual", "คู่มือการดำเนินการเรื่องร้องเรียน")}</p>""")
    write(art(11), "นโยบายเว็บไซต์", "<p>เว็บไซต์นี้เก็บคุกกี้เพื่อสถิติการเข้าชมเท่านั้น</p>")


def viewer_page() -> None:
    raw = """<!DOCTYPE html>
<html dir="ltr" mozdisallowselectionprint><head><meta charset="utf-8">
<title>PDF.js viewer</title>
<link rel="resource" type="application/l10n" href="/viewer/locale/locale.properties">
<script>
  // PDF.js 2.16: the document to open is the ?file= parameter of this page
  var params = new URLSearchParams(location.search);
  var DEFAULT_URL = params.get("file") || "";
</script>
</head><body tabindex="1">
<div id="outerContainer"><div id="toolbarContainer"><button id="print">พิมพ์</button>
<button id="download">ดาวน์โหลด</button></div>
<div id="viewerContainer"><div id="viewer" class="pdfViewer"></div></div>
<div id="errorWrapper" hidden>ไม่สามารถเปิดเอกสารได้</div></div>
</body></html>
"""
    write("/viewer/", "", "", raw=raw)
    for sub, text in (("/viewer/locale/locale.properties", "[th]\nprevious=ก่อนหน้า\n"),
                      ("/templates/hsthong/css/template.css", "body{font-family:Tahoma}#left{float:left;width:220px}\n")):
        path = os.path.join(HERE, sub.lstrip("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
    img = os.path.join(HERE, "images")
    os.makedirs(img, exist_ok=True)
    tiny = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00"
            b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
    names = ["images/structure-2566.jpg", *(f"images/exec-{i}.jpg" for i in range(1, 6)),
             "templates/hsthong/images/logo.png", "templates/hsthong/images/dl.png"]
    for n in names:
        path = os.path.join(HERE, n)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(tiny)


# ---------------------------------------------------------------- ITA

GROUPS = [("ข้อมูลพื้นฐาน", range(1, 5)), ("การบริหารงานและการใช้จ่ายงบประมาณ", range(5, 12)),
          ("การจัดซื้อจัดจ้าง", range(12, 14)), ("การบริหารและพัฒนาทรัพยากรบุคคล", range(14, 17)),
          ("การส่งเสริมความโปร่งใส", range(17, 21)), ("การป้องกันการทุจริต", range(21, 27))]
# the office's own short wording of each row, and what the item page holds
ITA = {
    1: ("โครงสร้างหน่วยงาน / อำนาจหน้าที่", [f'<a href="{art(3)}">โครงสร้างส่วนราชการ</a>',
                                          f'<a href="{art(4)}">อำนาจหน้าที่</a>']),
    2: ("ผู้บริหาร", [f'<a href="{art(5)}">คณะผู้บริหารเทศบาล</a>']),
    3: ("ติดต่อ", [f'<a href="{art(6)}">ติดต่อเทศบาล</a>']),
    4: ("ข่าวสาร", [f'<a href="{NEWS_LIST}">ข่าวประชาสัมพันธ์ของเทศบาล</a>']),
    5: ("แผนพัฒนาท้องถิ่น", ["plan-61-65", "plan-add-64"]),
    6: ("แผนดำเนินงาน / งบประมาณ", ["opplan-68", "budget-68", ("sixm-67", "รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ รอบ ๖ เดือน")]),
    7: ("รายงานผลการดำเนินงาน", [("eval-66", "รายงานผลการดำเนินงานประจำปี"), '<a href="/docs.php?cat=report">รายงานทั้งหมด</a>']),
    8: ("คู่มือปฏิบัติงาน", ["manual-proc"]),
    9: ("คู่มือประชาชน", ["citizen-manual"]),
    10: ("E-Service", [f'<a href="{art(7)}">ยื่นคำร้องออนไลน์</a>']),
    11: ("สถิติบริการ", ["stats-68"]),
    12: ("จัดซื้อจัดจ้างรายเดือน", [f'<a href="{art(9)}">สรุปผลการจัดซื้อจัดจ้าง (สขร.1) รายเดือน</a>']),
    13: ("รายงานจัดซื้อจัดจ้างประจำปี", ["proc-year-67"]),
    14: ("แผนบริหารงานบุคคล", ["hr-manpower", "hr-dev-67"]),
    15: ("รายงานผลบริหารงานบุคคล", ["hr-report-67"]),
    16: ("ประมวลจริยธรรม", ["ethics", f'<a href="{art(109)}">กิจกรรมส่งเสริมคุณธรรมจริยธรรม ๒๕๖๘</a>']),
    17: ("คู่มือร้องเรียนทุจริต", ["complaint-manual"]),
    18: ("ช่องทางร้องเรียนทุจริต", [f'<a href="{art(8)}">แบบฟอร์มแจ้งเรื่องร้องเรียนการทุจริต</a>']),
    19: ("สถิติร้องเรียนทุจริต", ["complaint-stats-67"]),
    20: ("การมีส่วนร่วม", [f'<a href="{art(108)}">ประชาคมเมือง ๒๕๖๘</a>']),
    21: ("No Gift Policy", ["nogift-66", "province-nogift"]),
    22: ("รายงานการรับของขวัญ", ["gift-report-67"]),
    23: ("ประเมินความเสี่ยงทุจริต", ["risk-68"]),
    24: ("รายงานจัดการความเสี่ยง", ["risk-report-66"]),
    25: ("แผนป้องกันทุจริต", ['อยู่ระหว่างจัดทำแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ '
                          '(<a href="/ita.php?year=2567">ดูข้อมูลปีงบประมาณ ๒๕๖๗</a>)']),
    26: ("รายงานผลป้องกันทุจริต", [
        '<iframe src="https://drive.google.com/file/d/1qZx7HsT0nGv4kR2mWbLp9sYcE3uJfA8d/preview" width="640" height="480" '
        'title="รายงานผลการดำเนินการป้องกันการทุจริต"></iframe>', "anti-report-67"]),
}

SELECTOR = """<form class="year"><label>เลือกปีที่ประเมิน
<select name="year" onchange="window.location.href=this.value">
<option value="/ita.php?year=2568"{a}>ITA ปี ๒๕๖๘</option>
<option value="/ita.php?year=2567"{b}>ITA ปี ๒๕๖๗</option>
</select></label></form>"""


def item_entry(entry) -> str:
    if isinstance(entry, tuple):
        return doc_links(*entry)
    return entry if entry.startswith("<") or " " in entry else doc_links(entry)


def ita_pages() -> None:
    sel = SELECTOR.format(a=" selected", b="")
    parts = [sel, "<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT) "
                  "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p>"]
    for gname, nums in GROUPS:
        parts.append(f"<h3>{esc(gname)}</h3><ul>")
        parts += [f'<li><a href="/ita.php?year=2568&amp;o={n}">O{n} {esc(ITA[n][0])}</a></li>' for n in nums]
        parts.append("</ul>")
    write("/ita.php?year=2568", "ITA ปี ๒๕๖๘", "\n".join(parts))
    for n, (label, entries) in ITA.items():
        body = (sel + f"\n<h3>O{n} {esc(label)}</h3>\n<ul>" + "".join(f"<li>{item_entry(e)}</li>" for e in entries)
                + '</ul>\n<p><a href="/ita.php?year=2568">« กลับหน้ารวม ITA ๒๕๖๘</a></p>')
        write(f"/ita.php?year=2568&amp;o={n}", f"ITA ๒๕๖๘ : O{n} {label}", body)
    old = [(6, "แผนดำเนินงาน ปี ๒๕๖๗", doc_links("opplan-67")), (6, "รายงาน ๖ เดือน", doc_links("sixm-67")),
           (14, "แผนพัฒนาพนักงาน", doc_links("hr-dev-67")), (20, "ประชาคมเมือง", "ประชาคมเมือง ๒๕๖๗ (ดูข่าวเก่า)"),
           (22, "รายงานการรับของขวัญ ปี ๒๕๖๖", f'<a href="{GONE_OLD}">รายงานการรับของขวัญ ปี ๒๕๖๖</a>'),
           (25, "แผนป้องกันทุจริต", doc_links("anti-plan-67")), (25, "ติดตามแผน ๖ เดือน", doc_links("anti-eval-67"))]
    rows = "\n".join(f"<tr><td>O{th(n)}</td><td>{esc(t)}</td><td>{link}</td></tr>" for n, t, link in old)
    write("/ita.php?year=2567", "ITA ปี ๒๕๖๗", SELECTOR.format(a="", b=" selected")
          + f'\n<table class="ita"><tr><th>ข้อ</th><th>หัวข้อ</th><th>ข้อมูล</th></tr>\n{rows}</table>')


def home() -> None:
    latest = "\n".join(f'<li><a href="{art(nid)}">{esc(t)}</a></li>' for nid, _d, t, _p, _a in NEWS[:6])
    body = f"""<div class="slide"><img src="/images/structure-2566.jpg" alt="ภาพกิจกรรม" width="600"></div>
<h3>ข่าวล่าสุด</h3><ul>{latest}</ul><p><a href="{NEWS_LIST}">ข่าวทั้งหมด</a></p>
<h3>เมนูลัด</h3><p><a href="/ita.php?year=2568">ITA ๒๕๖๘</a> · <a href="/docs.php?cat=integrity">คุณธรรมและความโปร่งใส</a> ·
<a href="{art(9)}">จัดซื้อจัดจ้าง</a> · <a href="{art(7)}">E-Service</a></p>"""
    path = os.path.join(HERE, "index.html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(layout("หน้าแรก", body))


def main() -> None:
    for folder in ("index.php.q", "docs.php.q", "ita.php.q", "viewer", "templates", "images"):
        shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)
    viewer_page()
    home()
    about_pages()
    news_pages()
    docs_pages()
    procurement_page()
    ita_pages()


if __name__ == "__main__":
    main()
