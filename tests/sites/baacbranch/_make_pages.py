"""Generate the HTML pages of the "baacbranch" test site (ธ.ก.ส. สำนักงานจังหวัดหนองบัวทอง, invented).

Run:  python tests/sites/baacbranch/_make_pages.py   (after _make_docs.py)

An old Joomla-like CMS: articles and category lists are query-string pages
(/index.php?option=com_content&view=article&id=N, kept as index.php.q/<query>/index.html), every
document goes out through /download.php?id=N; a few newer sections are plain folders (/about/,
/contact/, /eservice/, /complaint/).  The ITA page /ita/2569/ is split into one page per group
(9.1 … 10.2), numbers in Thai digits; /ita/2568/ and the pre-move site's copy /old/web/ stay online.
The annual report is shown in a flipbook page with a direct download beside it.
"""

from __future__ import annotations

import base64
import html
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG, SHORT, url  # noqa: E402

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def th(s: str) -> str:
    return s.translate(TH)


def art(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def cat(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&view=category&id={n}" + (f"&limitstart={start}" if start else "")


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับเรา", "/about/structure/"), ("ผู้บริหาร", "/about/executives/"),
        ("ข่าวประชาสัมพันธ์", cat(2)), ("เอกสารเผยแพร่", cat(7)), ("บริการออนไลน์", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {SHORT}</title>
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management"></head>
<body>
<div id="header"><b>{ORG}</b><br><small>Bank for Agriculture and Agricultural Cooperatives · Nong Bua Thong Provincial Office</small>
<div id="callcenter">Call Center ๐ ๒๕๕๕ ๐๕๕๕</div></div>
<ul id="mainmenu">
{menu}
</ul>
<div id="container"><div id="left">
<div class="module"><h3>เมนูหลัก</h3>
<a href="{esc(cat(7))}">ดาวน์โหลดเอกสาร</a><br><a href="/service-guide/">คู่มือการให้บริการ</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/ita/2569/">ITA ๒๕๖๙</a><br>
<a href="/ita/2568/">ITA ๒๕๖๘</a><br><a href="/old/web/">เว็บไซต์เดิม</a></div>
<div class="module"><h3>ลิงก์</h3><a href="https://www.baac.or.th/">ธ.ก.ส. สำนักงานใหญ่</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></div>
<div class="module">ผู้เยี่ยมชม ๒๑๔,๓๐๙</div>
</div>
<div id="content">
<h2 class="contentheading">{esc(title)}</h2>
{body}
</div></div>
<div id="footer">{ORG} เลขที่ ๔๘ ถนนศรีสุข ตำบลในเมือง อำเภอเมืองหนองบัวทอง จังหวัดหนองบัวทอง ๔๐๙๙๙<br>
โทรศัพท์ ๐ ๔๓๙๑ ๒๒๗๐ โทรสาร ๐ ๔๓๙๑ ๒๒๗๑ · <a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
</body></html>
"""


def put(path: str, title: str, body: str) -> None:
    """A page at a plain path (/about/) or a query URL (/index.php?…, kept as a query copy)."""
    if "?" in path:
        base, query = path.split("?", 1)
        target = os.path.join(HERE, base.lstrip("/") + ".q", query, "index.html")
    else:
        target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size(key: str) -> str:
    num, stored, kind, *_ = DOCS[key]
    if kind == "gone":
        return "388 KB"
    p = os.path.join(HERE, "download.php.q", f"id={num}", stored)
    return f"{os.path.getsize(p) / 1024:.0f} KB"


def dl(key: str, text: str | None = None) -> str:
    t = text or DOCS[key][4]
    return f'<a href="{esc(url(key))}">{esc(t)}</a> <small>({size(key)}, ดาวน์โหลด)</small>'


def attachments(keys: list[str]) -> str:
    return "<h4>ไฟล์แนบ</h4><ul class=\"attach\">" + "".join(f"<li>{dl(k)}</li>" for k in keys) + "</ul>"


def posted(date: str) -> str:
    return f'<p class="createdate">เขียนโดย Administrator · {date}</p>'


# ---------------------------------------------------------------- news
NEWS = [  # id, date, title, body (FY2569 first, newest first)
    (118, "๒ เมษายน ๒๕๖๙", "ธ.ก.ส. สนจ.หนองบัวทอง จัดหน่วยบริการเคลื่อนที่ อำเภอห้วยทราย",
     "จัดหน่วยบริการเคลื่อนที่ รับชำระหนี้ เปิดบัญชีเงินฝาก และให้คำปรึกษาแก้ไขหนี้ แก่ลูกค้า ๑๔๒ ราย"),
    (117, "๑๘ มีนาคม ๒๕๖๙", "มอบสินเชื่อฟื้นฟูอาชีพหลังภัยแล้ง", "มอบสินเชื่อฟื้นฟูอาชีพแก่เกษตรกร ๘๐ ราย วงเงินรวม ๘.๔ ล้านบาท"),
    (116, "๒๗ กุมภาพันธ์ ๒๕๖๙", "โครงการออมทรัพย์ทวีโชค งวดที่ ๑๒", "จับรางวัลเงินฝากออมทรัพย์ทวีโชค ณ สาขาเมืองหนองบัวทอง"),
    (115, "๖ กุมภาพันธ์ ๒๕๖๙", "เวทีรับฟังความคิดเห็นลูกค้าและผู้มีส่วนได้ส่วนเสีย",
     "ผู้อำนวยการสำนักงานเป็นประธานเวทีรับฟังความคิดเห็นลูกค้า ผู้นำชุมชน และผู้แทนสหกรณ์การเกษตร รวม ๘๗ คน "
     "สรุปผลดูได้ที่ <a href=\"" + esc(art(58)) + "\">ผลการเปิดโอกาสให้มีส่วนร่วม</a>"),
    (114, "๑๕ มกราคม ๒๕๖๙", "สืบสานประเพณีทำบุญขึ้นปีใหม่ ๒๕๖๙", "ผู้บริหารและพนักงานร่วมทำบุญตักบาตรเนื่องในวันขึ้นปีใหม่"),
    (113, "๑๘ ธันวาคม ๒๕๖๘", "อบรมการรับทรัพย์สินตามมาตรา ๑๒๘", "พนักงาน ๙๖ คน เข้าอบรมหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา"),
    (112, "๕ ธันวาคม ๒๕๖๘", "ร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล", "ร่วมเดินรณรงค์กับจังหวัดหนองบัวทอง"),
    (111, "๑๒ พฤศจิกายน ๒๕๖๘", "มาตรการพักชำระหนี้เกษตรกรรายย่อย ปี ๒๕๖๙", "ประชาสัมพันธ์มาตรการพักชำระหนี้ ระยะเวลา ๓ ปี"),
    (110, "๒๐ ตุลาคม ๒๕๖๘", "ต้อนรับผู้อำนวยการสำนักงานจังหวัดคนใหม่", "พนักงานให้การต้อนรับนายประเสริฐ วงศ์ทองคำ"),
    (109, "๓ ตุลาคม ๒๕๖๘", "ปิดบัญชีปีงบประมาณ ๒๕๖๘", "สรุปผลการดำเนินงานเบื้องต้นของปี ๒๕๖๘"),
    (104, "๒๒ สิงหาคม ๒๕๖๘", "เวทีประชาคมลูกค้า ปี ๒๕๖๘", "จัดเวทีประชาคมลูกค้า อำเภอโนนสูง ผู้เข้าร่วม ๖๒ คน"),
    (103, "๙ กรกฎาคม ๒๕๖๘", "มอบทุนการศึกษาบุตรลูกค้า", "มอบทุนการศึกษา ๔๐ ทุน"),
]

DOCSET = {  # article id: (title, date, intro, attachment keys)
    20: ("แผนยุทธศาสตร์สำนักงานจังหวัด", "๒๐ กุมภาพันธ์ ๒๕๖๖", "แผนยุทธศาสตร์ ระยะ ๕ ปี และผลการติดตามประเมินผล", ["plan5", "plan5eval"]),
    21: ("แผนปฏิบัติการประจำปี", "๓ ธันวาคม ๒๕๖๘", "แผนปฏิบัติการประจำปีและประกาศที่เกี่ยวข้อง", ["printplan", "aplan68"]),
    23: ("คู่มือการปฏิบัติงาน", "๙ มีนาคม ๒๕๖๖", "คู่มือสำหรับพนักงาน", ["manual_doc", "manual_complaint"]),
    41: ("รายงานผลการจัดซื้อจัดจ้างประจำปี", "๓๐ ตุลาคม ๒๕๖๘", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", ["proc68", "proc67"]),
    50: ("การบริหารทรัพยากรบุคคล", "๒๕ ตุลาคม ๒๕๖๘", "หลักเกณฑ์ แผน และรายงานผลการบริหารและพัฒนาทรัพยากรบุคคล",
         ["hr_criteria", "hr_plan", "hr_report", "hr_other"]),
    55: ("จริยธรรม", "๑๙ ธันวาคม ๒๕๖๘", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", ["ethics", "ethics_act"]),
    56: ("สถิติเรื่องร้องเรียน", "๒ เมษายน ๒๕๖๙", "สถิติเรื่องร้องเรียน", ["svcstat69", "cstat68"]),
    58: ("ผลการเปิดโอกาสให้มีส่วนร่วม", "๑๖ กุมภาพันธ์ ๒๕๖๙", "เวทีรับฟังความคิดเห็นลูกค้า ปีงบประมาณ ๒๕๖๙", ["forum_res", "forum_inv"]),
    60: ("No Gift Policy", "๑๐ ตุลาคม ๒๕๖๘", "นโยบายไม่รับของขวัญ และรายงานการรับของขวัญ", ["nogift67", "giftrep68", "nogift69scan"]),
    63: ("การประเมินความเสี่ยงการทุจริต", "๒๖ ธันวาคม ๒๕๖๘", "ผลการประเมินความเสี่ยงการทุจริต", ["risk69", "risk69draft", "riskmgmt68"]),
    65: ("แผนและผลการป้องกันการทุจริต", "๒๒ ตุลาคม ๒๕๖๘", "แผนปฏิบัติการป้องกันการทุจริต และรายงานผล", ["anti68", "antirep68"]),
    67: ("มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "๒๘ ตุลาคม ๒๕๖๘", "ผลการวิเคราะห์ ITA และมาตรการ", ["itaanal", "integrep68"]),
}
SKR = ["skr10", "skr11", "skr12", "skr01", "skr03"]


PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAG5wJjQAAAABJRU5ErkJggg==")


def images() -> None:
    names = [f"news/{n}.png" for n, *_ in NEWS] + [f"exec/{i}.png" for i in (1, 2, 3)] + ["org-chart.png"]
    for name in names:
        path = os.path.join(HERE, "images", name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(PNG)


def main() -> None:
    for sub in ("index.php.q", "about", "contact", "qa", "eservice", "complaint", "service-guide", "ita", "old",
                "flipbook", "privacy", "sitemap"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    # home
    latest = "".join(f'<li><a href="{esc(art(n))}">{esc(t)}</a> <small>{d}</small></li>' for n, d, t, _ in NEWS[:6])
    with open(os.path.join(HERE, "index.html"), "w", encoding="utf-8") as fh:
        fh.write(layout("หน้าแรก", f"<h3>ข่าวล่าสุด</h3><ul>{latest}</ul>"
                        f'<p><a href="{esc(cat(2))}">ข่าวทั้งหมด</a></p>'
                        '<p><a href="/eservice/">ยื่นคำขอสินเชื่อออนไลน์</a> · <a href="/flipbook/annual-report/">รายงานประจำปี (E-Book)</a></p>'))
    # news
    for n, date, title, body in NEWS:
        put(art(n), title, posted(date) + f"<p>{body}</p><p><img src=\"/images/news/{n}.png\" alt=\"ภาพกิจกรรม\" width=\"320\" height=\"200\"></p>")

    def listing(items):
        return "<table class=\"category\"><tr><th>หัวข้อ</th><th>วันที่</th></tr>" + "".join(
            f'<tr><td><a href="{esc(art(n))}">{esc(t)}</a></td><td>{d}</td></tr>' for n, d, t, _ in items) + "</table>"
    put(cat(2), "ข่าวประชาสัมพันธ์", listing(NEWS[:10]) + f'<p class="pagination">หน้า ๑ <a href="{esc(cat(2, 10))}">๒</a> <a href="{esc(cat(2, 10))}">ถัดไป</a></p>')
    put(cat(2, 10), "ข่าวประชาสัมพันธ์", listing(NEWS[10:]) + f'<p class="pagination"><a href="{esc(cat(2))}">๑</a> หน้า ๒</p>')
    # document articles
    for n, (title, date, intro, keys) in DOCSET.items():
        put(art(n), title, posted(date) + f"<p>{esc(intro)}</p>" + attachments(keys))
    skr_list = "".join(f"<li>{dl(k)}</li>" for k in SKR)
    put(art(40), "สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ ๒๕๖๙",
        posted("๘ เมษายน ๒๕๖๙") + "<p>แบบ สขร.๑ สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน</p>"
        f'<h4>ไฟล์แนบ</h4><ul class="attach">{skr_list}</ul>')
    put(art(22), "รายงานผลการดำเนินงานประจำปี", posted("๑๕ มกราคม ๒๕๖๙") +
        '<p>รายงานผลการดำเนินงานประจำปี ฉบับล่าสุด อ่านแบบ E-Book ได้ที่ <a href="/flipbook/annual-report/">ที่นี่</a></p>'
        + attachments(["report67"]))
    put("/flipbook/annual-report/", "รายงานประจำปี (E-Book)",
        '<iframe src="https://drive.google.com/file/d/1Qx7bAacNbT0report2567/preview" width="640" height="480"></iframe>'
        f'<p>ดาวน์โหลดฉบับเต็ม: {dl("report67", "รายงานผลการดำเนินงานประจำปี (PDF)")}</p>')
    docs_index = [(n, v[1], v[0], "") for n, v in DOCSET.items()] + [(40, "๘ เมษายน ๒๕๖๙", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", ""),
                                                                        (22, "๑๕ มกราคม ๒๕๖๙", "รายงานผลการดำเนินงานประจำปี", "")]
    put(cat(7), "เอกสารเผยแพร่", listing(docs_index))
    # about
    put("/about/structure/", "โครงสร้างและอำนาจหน้าที่",
        '<img src="/images/org-chart.png" alt="แผนภูมิโครงสร้างสำนักงานจังหวัด" width="600" height="400">'
        "<h3>โครงสร้างองค์กร</h3><ul><li>ผู้อำนวยการสำนักงาน ธ.ก.ส. จังหวัดหนองบัวทอง<ul>"
        "<li>รองผู้อำนวยการสำนักงานจังหวัด (๒ คน)</li><li>ส่วนบริหารทั่วไป</li><li>ส่วนสินเชื่อ</li><li>ส่วนเงินฝากและบริการ</li>"
        "<li>ส่วนพัฒนาลูกค้าและชุมชน</li><li>หน่วยตรวจสอบภายในจังหวัด</li><li>สาขาในสังกัด ๙ สาขา</li></ul></li></ul>"
        "<h3>อำนาจหน้าที่</h3><p>ตามพระราชบัญญัติธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร พ.ศ. ๒๕๐๙ มาตรา ๙ สรุปได้ดังนี้</p>"
        "<ol><li>ให้เงินกู้แก่เกษตรกร กลุ่มเกษตรกร และสหกรณ์การเกษตร</li><li>รับฝากเงินและออกสลากออมทรัพย์</li>"
        "<li>ส่งเสริมอาชีพและพัฒนาคุณภาพชีวิตของลูกค้า</li><li>ให้บริการทางการเงินอื่นตามนโยบายรัฐ</li>"
        "<li>กำกับดูแลการปฏิบัติงานของสาขาในจังหวัด</li></ol>")
    people = [("นายประเสริฐ วงศ์ทองคำ", "ผู้อำนวยการสำนักงานจังหวัด", "๐ ๔๓๙๑ ๒๒๗๐ ต่อ ๑๐๑"),
              ("นางวิไลพร ศรีสมบูรณ์", "รองผู้อำนวยการสำนักงานจังหวัด (ด้านสินเชื่อ)", "๐ ๔๓๙๑ ๒๒๗๐ ต่อ ๑๐๒"),
              ("นายธนากร แก้วประเสริฐ", "รองผู้อำนวยการสำนักงานจังหวัด (ด้านบริหาร)", "๐ ๔๓๙๑ ๒๒๗๐ ต่อ ๑๐๓")]
    put("/about/executives/", "ทำเนียบผู้บริหาร", "".join(
        f'<div class="exec"><img src="/images/exec/{i}.png" alt="{esc(nm)}" width="120" height="150"><p><b>{esc(nm)}</b><br>{esc(pos)}<br>โทร. {ph}</p></div>'
        for i, (nm, pos, ph) in enumerate(people, 1)))
    put("/contact/", "ติดต่อเรา", "<p>ที่อยู่ เลขที่ ๔๘ ถนนศรีสุข ตำบลในเมือง อำเภอเมืองหนองบัวทอง จังหวัดหนองบัวทอง ๔๐๙๙๙</p>"
        "<p>โทรศัพท์ ๐ ๔๓๙๑ ๒๒๗๐ โทรสาร ๐ ๔๓๙๑ ๒๒๗๑ อีเมล nbt.office@baac-nbt.example</p>"
        '<p><a href="https://maps.google.com/?q=15.9,102.9">แผนที่ Google Maps</a></p><p>เวลาทำการ จันทร์-ศุกร์ ๘.๓๐-๑๖.๓๐ น.</p>'
        '<p><a href="/qa/">กระดานถาม-ตอบ</a></p>')
    put("/qa/", "ถาม-ตอบ (Q&A)", '<form action="/qa/" method="post"><p>ชื่อ <input name="name"> คำถาม <textarea name="q"></textarea>'
        '<button>ส่งคำถาม</button></p></form>'
        "<dl><dt>ถาม (๑๒ ม.ค. ๒๕๖๙) ขอพักชำระหนี้ต้องใช้เอกสารอะไร</dt><dd>ตอบ บัตรประชาชนและสมุดเงินกู้ ติดต่อสาขาที่เป็นลูกค้า</dd>"
        "<dt>ถาม (๔ มี.ค. ๒๕๖๙) เปิดบัญชีออนไลน์ได้ไหม</dt><dd>ตอบ ได้ผ่านแอป A-Mobile</dd></dl>")
    put("/eservice/", "บริการออนไลน์ (E-Service)", "<ul>"
        '<li><a href="/eservice/loan-request/">ยื่นคำขอสินเชื่อออนไลน์</a></li><li><a href="/eservice/appointment/">นัดหมายล่วงหน้า</a></li>'
        f"<li>{dl('stat_service', 'สถิติการให้บริการ ปีงบประมาณ ๒๕๖๙ (ต.ค. ๖๘ - มี.ค. ๖๙)')}</li></ul>")
    put("/eservice/loan-request/", "ยื่นคำขอสินเชื่อออนไลน์", '<form action="/eservice/loan-request/" method="post">'
        '<p>ชื่อ-สกุล <input name="name"> เลขบัตรประชาชน <input name="pid"> โทรศัพท์ <input name="tel"> วงเงินที่ต้องการ <input name="amount">'
        '<button>ส่งคำขอ</button></p></form>')
    put("/eservice/appointment/", "นัดหมายล่วงหน้า", '<form action="/eservice/appointment/" method="post"><p>ชื่อ <input name="name"> '
        'สาขา <select name="branch"><option>สาขาเมืองหนองบัวทอง</option><option>สาขาโนนสูง</option></select> วันที่ <input type="date" name="d">'
        '<button>นัดหมาย</button></p></form>')
    put("/service-guide/", "คู่มือการให้บริการ", "<h3>คู่มือสำหรับประชาชน: การขอสินเชื่อเกษตรกรรายบุคคล</h3>"
        "<p>ขั้นตอน ๑ ยื่นคำขอกู้ที่สาขา (๑ วัน) ๒ พนักงานตรวจสอบหลักประกัน (๗ วัน) ๓ พิจารณาอนุมัติ (๕ วัน) ๔ ทำนิติกรรมและรับเงิน (๑ วัน)</p>"
        "<p>ระยะเวลารวมไม่เกิน ๑๕ วันทำการ ไม่มีค่าธรรมเนียม</p><p>เอกสาร บัตรประชาชน ทะเบียนบ้าน เอกสารสิทธิ์ที่ดิน (ถ้ามี)</p>"
        "<h3>การเปิดบัญชีเงินฝาก</h3><p>ใช้บัตรประชาชน ใช้เวลา ๑๕ นาที ไม่มีค่าธรรมเนียม</p>")
    put("/complaint/", "ร้องเรียน/ร้องทุกข์", '<p>ร้องเรียนการให้บริการ โทร ๑๕๙๓ หรือ <a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a></p>'
        f"<p>{dl('manual_complaint', 'ขั้นตอนการจัดการเรื่องร้องเรียน')}</p>")
    put("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        '<form action="/complaint/corruption/" method="post"><p>เรื่อง <input name="subject"> รายละเอียด <textarea name="detail"></textarea> '
        'ผู้ถูกร้อง <input name="who"> ช่องทางติดต่อกลับ (ไม่บังคับ) <input name="contact"><button>ส่งเรื่อง</button></p></form>'
        '<p>ช่องทางอื่น <a href="https://www.nacc.go.th/">ป.ป.ช.</a> · <a href="https://www.pacc.go.th/">ป.ป.ท.</a> · สายด่วน ๑๕๙๓</p>')
    put("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>ธนาคารเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็น</p>")
    put("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    ita()
    old_site()
    images()


GROUPS = {  # group: (title, rows (no, own wording, [(link text, href)]))
    "9-1": ("ข้อมูลพื้นฐาน", [
        ("๑", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้าง/อำนาจหน้าที่", "/about/structure/")]),
        ("๒", "ผู้บริหาร", [("ทำเนียบผู้บริหาร", "/about/executives/")]),
        ("๓", "ติดต่อ/ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("Q&A", "/qa/")]),
        ("๔", "ข่าวประชาสัมพันธ์", [("ข่าว", cat(2))])]),
    "9-2": ("การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("๕", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์", art(20))]),
        ("๖", "แผนปฏิบัติการประจำปี", [("แผนปฏิบัติการ", art(21))]),
        ("๗", "รายงานผลการดำเนินงาน", [("E-Book", "/flipbook/annual-report/")]),
        ("๘", "คู่มือการปฏิบัติงาน", [("คู่มือ", url("manual_doc"))]),
        ("๙", "คู่มือการให้บริการ", [("คู่มือประชาชน", "/service-guide/")]),
        ("๑๐", "E-Service", [("บริการออนไลน์", "/eservice/")])]),
    "9-3": ("การจัดซื้อจัดจ้าง", [
        ("๑๑", "สขร.๑ รายเดือน", [("ปีงบ ๖๙", art(40))]),
        ("๑๒", "รายงานจัดซื้อจัดจ้างประจำปี", [("รายงาน", url("proc68"))])]),
    "9-4": ("การบริหารทรัพยากรบุคคล", [
        ("๑๓", "หลักเกณฑ์/แผน HR", [("หลักเกณฑ์", url("hr_criteria")), ("แผน", url("hr_plan"))]),
        ("๑๔", "รายงานผล HR", [("รายงาน", url("hr_report"))]),
        ("๑๕", "จริยธรรม", [("ประมวล/กิจกรรม", art(55))])]),
    "9-5": ("การส่งเสริมความโปร่งใส", [
        ("๑๖", "แนวปฏิบัติเรื่องร้องเรียน", [("คู่มือ", url("manual_complaint"))]),
        ("๑๗", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
        ("๑๘", "สถิติเรื่องร้องเรียน", [("สถิติ", art(56))]),
        ("๑๙", "การมีส่วนร่วม", [("เวทีรับฟัง", art(58))])]),
    "10-1": ("การป้องกันการทุจริตในประเด็นสินบน", [
        ("๒๐", "No Gift Policy", [("ประกาศ/รายงาน", art(60))]),
        ("๒๑", "ประเมินความเสี่ยง", [("ผลการประเมิน", url("risk69"))]),
        ("๒๒", "ผลตามแผนบริหารความเสี่ยง", [("รายงาน", url("riskmgmt68"))])]),
    "10-2": ("การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("๒๓", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต ประจำปี ๒๕๖๙", url("anti68"))]),
        ("๒๔", "ผลการป้องกันการทุจริต", [("รายงาน", url("antirep68"))]),
        ("๒๕", "นำผล ITA ไปพัฒนา", [("มาตรการ", url("itaanal"))]),
        ("๒๖", "ผลตามมาตรการส่งเสริมคุณธรรม", [("รายงาน", url("integrep68"))])]),
}


def ita() -> None:
    sel = '<form><select onchange="location=this.value"><option value="/ita/2569/" selected>๒๕๖๙</option><option value="/ita/2568/">๒๕๖๘</option></select></form>'
    put("/ita/", "ITA", sel + '<p><a href="/ita/2569/">ITA ปี ๒๕๖๙</a> · <a href="/ita/2568/">ITA ปี ๒๕๖๘</a></p>')
    groups = "".join(f'<li><a href="/ita/2569/{g}/">ตัวชี้วัดย่อย {th(g.replace("-", "."))} {esc(t)}</a></li>' for g, (t, _) in GROUPS.items())
    put("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙", sel + f"<ul>{groups}</ul>")
    for g, (title, rows) in GROUPS.items():
        body = "<table class=\"ita\"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>" + "".join(
            f'<tr><td>O{no}</td><td>{esc(t)}</td><td>' + " · ".join(f'<a href="{esc(h)}">{esc(lt)}</a>' for lt, h in links) + "</td></tr>"
            for no, t, links in rows) + "</table>"
        put(f"/ita/2569/{g}/", f"OIT ๒๕๖๙ ตัวชี้วัดย่อย {th(g.replace('-', '.'))} {title}", body + '<p><a href="/ita/2569/">กลับ</a></p>')
    old = [("๖", "แผนปฏิบัติการประจำปี", url("aplan68")), ("๑๘", "สถิติร้องเรียน", url("cstat68")),
           ("๒๐", "No Gift Policy", url("nogift67")), ("๒๑", "ประเมินความเสี่ยง ๒๕๖๘", "/images/stories/ita2568/o21.pdf"),
           ("๒๓", "แผนป้องกันการทุจริต", url("anti68")), ("๒๕", "มาตรการส่งเสริมคุณธรรม", url("itaanal"))]
    put("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘", "<table class=\"ita\">" + "".join(
        f'<tr><td>O{n}</td><td><a href="{esc(h)}">{esc(t)}</a></td></tr>' for n, t, h in old) + "</table>")


def old_site() -> None:
    """The pre-2567 site's copy, left online after the move to the CMS."""
    put("/old/web/", "เว็บไซต์เดิม (ก่อนปี ๒๕๖๗)", '<p>เว็บไซต์นี้ไม่มีการปรับปรุงแล้ว</p><ul><li><a href="/old/web/news/">ข่าวเก่า</a></li>'
        '<li><a href="/old/web/ita/">ITA ๒๕๖๖</a></li></ul>')
    put("/old/web/news/", "ข่าวกิจกรรม (เว็บไซต์เดิม)", "<ul><li>๑๔ มี.ค. ๒๕๖๖ เวทีประชาคมลูกค้า อำเภอเมือง ผู้เข้าร่วม ๕๕ คน</li>"
        "<li>๒ ก.พ. ๒๕๖๖ มอบสินเชื่อฟื้นฟูอาชีพ</li></ul>")
    put("/old/web/ita/", "ITA ๒๕๖๖ (เว็บไซต์เดิม)", f'<p>O๕ {dl("plan5")}</p><p>O๑๓ {dl("hr_plan", "แผนพัฒนาบุคลากร ๒๕๖๕-๒๕๖๘")}</p>')


if __name__ == "__main__":
    main()
