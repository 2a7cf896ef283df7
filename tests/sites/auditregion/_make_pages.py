"""Generate the HTML pages of the "auditregion" test site (สำนักงานการตรวจเงินแผ่นดินภูมิภาคที่ 17, invented).

Run:  python tests/sites/auditregion/_make_pages.py   (after _make_docs.py: sizes are read from its files)

A Joomla site: articles and categories are ``/index.php?option=com_content&view=...&id=N``
(static copies under ``index.php.q/<query>/index.html``), documents go out through
``/download.php?id=N``, some are shown on a viewer page ``/viewer.php?id=N`` (an embedded PDF with a
download button beside), one on an embedded Google Drive preview, one as an external flipbook.
The ITA is a hub page with a year selector and one page per sub-indicator (9.1 … 10.2), the
last two typed in Thai digits.  The previous website's download page is still online at /old/.
"""

from __future__ import annotations

import html
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS  # noqa: E402

ORG = "สำนักงานการตรวจเงินแผ่นดินภูมิภาคที่ 17"
ORG_TH = "สำนักงานการตรวจเงินแผ่นดินภูมิภาคที่ ๑๗"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MISSING_SIZE = {3: "188 KB", 8: "402 KB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def art(n: int, extra: str = "") -> str:
    return f"/index.php?option=com_content&amp;view=article&amp;id={n}{extra}"


def cat(n: int, extra: str = "") -> str:
    return f"/index.php?option=com_content&amp;view=category&amp;id={n}{extra}"


def dl(n: int) -> str:
    return f"/download.php?id={n}"


def size(n: int) -> str:
    if n in MISSING_SIZE:
        return MISSING_SIZE[n]
    fname = DOCS[n][0]
    return f"{os.path.getsize(os.path.join(HERE, 'download.php.q', f'id={n}', fname)) / 1024:.0f} KB"


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", art(2)), ("โครงสร้างและอำนาจหน้าที่", art(4)), ("ผู้บริหาร", art(5)),
        ("ข่าวประชาสัมพันธ์", cat(12)), ("จัดซื้อจัดจ้าง", cat(15)), ("เอกสารเผยแพร่", cat(20)),
        ("แจ้งเบาะแส / ร้องเรียน", art(8)), ("ITA", art(100)), ("กระดานถาม-ตอบ", "/webboard/"), ("ติดต่อเรา", art(6))]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr"><head><meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - {ORG}</title>
<link href="/templates/sao17/css/template.css" rel="stylesheet"></head>
<body class="site com_content">
<div class="header"><img src="/images/logo-sao.png" alt="ตราสำนักงานการตรวจเงินแผ่นดิน" width="70" height="70">
<span class="site-title">{ORG_TH}</span><br><small>State Audit Office Region 17 · นครสวรรค์ อุทัยธานี ชัยนาท พิจิตร</small></div>
<nav class="navigation"><ul class="nav menu">
{menu}
</ul></nav>
<div class="container"><main id="content">
<h2 class="item-title">{esc(title)}</h2>
{body}
</main>
<aside id="sidebar-right">
<div class="moduletable"><h3>ผู้อำนวยการ</h3><img src="/images/director.jpg" alt="ผู้อำนวยการ" width="90" height="110"><br>
นางสาวพิมพ์ลดา ธนวัฒน์กุล<br>ผู้อำนวยการสำนักงานการตรวจเงินแผ่นดินภูมิภาคที่ 17</div>
<div class="moduletable"><h3>ITA</h3><a href="{art(100)}">การประเมินคุณธรรมและความโปร่งใส ๒๕๖๙</a><br>
<a href="{art(90)}">ITA ๒๕๖๘</a></div>
<div class="moduletable"><h3>ลิงก์หน่วยงาน</h3><a href="https://www.audit.go.th/">สำนักงานการตรวจเงินแผ่นดิน</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://itas.nacc.go.th/">ระบบ ITAS</a><br>
<a href="/old/">เว็บไซต์เดิม (ก่อน ต.ค. ๒๕๖๘)</a></div>
<div class="moduletable"><h3>สถิติผู้เข้าชม</h3>วันนี้ ๑๑๒ · ทั้งหมด ๒๑๘,๔๐๖</div>
</aside></div>
<footer class="footer">{ORG} ศูนย์ราชการจังหวัดนครสวรรค์ อาคาร ๓ เลขที่ 245 ถนนสวรรค์วิถี ตำบลนครสวรรค์ออก อำเภอเมืองนครสวรรค์
จังหวัดนครสวรรค์ 60000<br>โทรศัพท์ 0 5622 7417 โทรสาร 0 5622 7418 อีเมล saraban@sao-r17.go.th ·
<a href="{art(9)}">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© ๒๕๖๘ {ORG} · Powered by Joomla!</footer>
</body></html>
"""


def old_layout(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(title)} :: สตง.ภ.17 (เว็บไซต์เดิม)</title>
<link rel="stylesheet" href="/old/style.css"></head><body>
<table width="960" align="center"><tr><td colspan="2" class="banner">{ORG} (เว็บไซต์เดิม)</td></tr>
<tr><td colspan="2" class="menu"><a href="/old/">หน้าแรก</a> | <a href="/old/download/">ดาวน์โหลดเอกสาร</a> |
<a href="/">ไปเว็บไซต์ใหม่</a></td></tr>
<tr><td width="200" valign="top" class="left">เว็บไซต์นี้ไม่ได้ปรับปรุงข้อมูลแล้ว<br>ตั้งแต่ 1 ตุลาคม 2568<br>
โปรดใช้ <a href="/">เว็บไซต์ใหม่</a></td>
<td valign="top"><h3>{esc(title)}</h3>
{body}</td></tr>
<tr><td colspan="2" class="foot">{ORG} โทร. 0 5622 7417 · ปรับปรุงล่าสุด 30 ก.ย. 2568</td></tr></table>
</body></html>
"""


def _target(url: str) -> str:
    url = html.unescape(url)
    if "?" in url:
        path, query = url.split("?", 1)
        return os.path.join(HERE, path.strip("/") + ".q", query, "index.html")
    return os.path.join(HERE, url.strip("/"), "index.html")


def write(url: str, title: str, body: str, old: bool = False) -> None:
    target = _target(url)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write((old_layout if old else layout)(title, body))


def doc_table(ids: list[int]) -> str:
    rows = []
    for i, n in enumerate(ids, 1):
        fname, _m, _c, _cr, title, up = DOCS[n]
        ext = fname.rsplit(".", 1)[1]
        rows.append(f'<tr><td>{i}</td><td><a href="{dl(n)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>{ext.upper()} {size(n)}</td></tr>')
    return ('<table class="category table"><tr><th>ที่</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d), title, paragraphs, attachments
    (201, (2026, 4, 2), "สตง.ภ.17 จัดอบรมการใช้ระบบ e-Audit ให้บุคลากร",
     ["วันที่ 2 เมษายน 2569 สำนักงานฯ จัดอบรมการใช้ระบบตรวจสอบอิเล็กทรอนิกส์ (e-Audit) ให้ผู้ตรวจสอบ 41 คน ณ ห้องประชุมเจ้าพระยา"], []),
    (202, (2026, 3, 20), "ประชุมชี้แจงหน่วยรับตรวจ เรื่องข้อตรวจพบที่พบบ่อยในการจัดซื้อจัดจ้าง",
     ["สำนักงานฯ ชี้แจงเจ้าหน้าที่พัสดุองค์กรปกครองส่วนท้องถิ่นจังหวัดอุทัยธานี 96 แห่ง เรื่องการแบ่งซื้อแบ่งจ้างและการกำหนดราคากลาง"], []),
    (203, (2026, 2, 26), "สรุปผลโครงการเสริมสร้างเครือข่ายภาคประชาชนในการตรวจสอบการใช้จ่ายเงินแผ่นดิน (Citizen Audit) ประจำปี 2569",
     ["เมื่อวันที่ 24 กุมภาพันธ์ 2569 สำนักงานการตรวจเงินแผ่นดินภูมิภาคที่ 17 จัดเวทีเปิดโอกาสให้ภาคประชาชนมีส่วนร่วมในการติดตามการใช้จ่ายเงินแผ่นดิน "
      "ณ โรงแรมริเวอร์วิว นครสวรรค์ มีผู้แทนภาคประชาชน ผู้นำชุมชน และสื่อมวลชนจาก 4 จังหวัดเข้าร่วม 86 คน",
      "ผู้เข้าร่วมเสนอโครงการที่ควรติดตามตรวจสอบ 23 โครงการ ส่วนใหญ่เป็นถนนและแหล่งน้ำของท้องถิ่น "
      "สำนักงานฯ คัดเลือก 6 โครงการเข้าแผนการตรวจสอบปีงบประมาณ 2569 และจะแจ้งผลให้เครือข่ายทราบภายในเดือนสิงหาคม 2569",
      "นอกจากนี้ได้จัดตั้งเครือข่ายพลเมืองตื่นรู้เพิ่ม 3 เครือข่าย (อำเภอลาดยาว อำเภอหันคา และอำเภอตะพานหิน)"], []),
    (204, (2026, 2, 3), "ขอเชิญร่วมโครงการ Citizen Audit ประจำปี 2569",
     ["สำนักงานฯ ขอเชิญผู้แทนภาคประชาชนเข้าร่วมโครงการในวันที่ 24 กุมภาพันธ์ 2569 รายละเอียดตามหนังสือเชิญ"], [81]),
    (205, (2026, 1, 22), "กิจกรรมขับเคลื่อนประมวลจริยธรรม \u201cคนตรวจเงินแผ่นดิน ซื่อตรง เป็นอิสระ\u201d ประจำปีงบประมาณ 2569",
     ["วันที่ 22 มกราคม 2569 ผู้อำนวยการนำบุคลากร 54 คน ร่วมกิจกรรมขับเคลื่อนประมวลจริยธรรมเจ้าหน้าที่ของรัฐ สำนักงานการตรวจเงินแผ่นดิน "
      "ทบทวนกรณีศึกษาการรับประโยชน์จากหน่วยรับตรวจ และลงนามคำรับรองการปฏิบัติตามประมวลจริยธรรม",
      "กิจกรรมนี้เป็นส่วนหนึ่งของแผนส่งเสริมจริยธรรม ประจำปีงบประมาณ พ.ศ. 2569"], []),
    (206, (2026, 1, 8), "ประชุมรับฟังความคิดเห็นบุคลากรต่อ (ร่าง) มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2569",
     ["ขอเชิญบุคลากรร่วมให้ความเห็นต่อร่างมาตรการ ภายในวันที่ 16 มกราคม 2569 ดาวน์โหลดร่างและหนังสือเชิญได้ด้านล่าง"], [73, 74]),
    (207, (2026, 1, 5), "สตง.ภ.17 ได้รับผลการประเมิน ITA ประจำปี 2568 ระดับ A",
     ["สำนักงานฯ ได้ผลคะแนน ITA 2568 จำนวน 91.42 คะแนน และได้จัดทำรายงานการวิเคราะห์ผลเพื่อปรับปรุงในปี 2569 (ดูหน้า ITA)"], []),
    (208, (2025, 12, 5), "ร่วมพิธีวันพ่อแห่งชาติ 5 ธันวาคม 2568",
     ["ผู้บริหารและบุคลากรร่วมพิธีถวายพระพรชัยมงคล ณ ศาลากลางจังหวัดนครสวรรค์"], []),
    (209, (2025, 11, 14), "เผยแพร่สรุปผลการตรวจสอบเพื่อการป้องกัน ปี 2569 ครั้งที่ 1",
     ["สำนักงานฯ เผยแพร่สรุปผลการตรวจสอบหน่วยรับตรวจเพื่อเป็นบทเรียนแก่หน่วยงานอื่น ดูรายการที่หมวดเอกสารเผยแพร่"], []),
    (210, (2025, 10, 9), "พิธีประกาศเจตนารมณ์การต่อต้านการทุจริต ประจำปีงบประมาณ 2569",
     ["ผู้อำนวยการและบุคลากรทุกคนร่วมประกาศเจตนารมณ์ \u201cสตง.ภ.17 โปร่งใส ไม่ทนต่อการทุจริต\u201d ณ หน้าอาคารสำนักงาน"], []),
    (211, (2025, 9, 12), "มอบเกียรติบัตรเครือข่ายพลเมืองตื่นรู้ ปี 2568", ["มอบเกียรติบัตร 14 เครือข่ายที่ร่วมติดตามโครงการ"], []),
    (212, (2025, 6, 19), "อบรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ปี 2568",
     ["วันที่ 19 มิถุนายน 2568 บุคลากร 52 คน ร่วมอบรมตามแผนปฏิบัติการป้องกันการทุจริต ปี 2568"], []),
    (213, (2025, 2, 25), "สรุปผลโครงการ Citizen Audit ประจำปี 2568",
     ["วันที่ 25 กุมภาพันธ์ 2568 ผู้แทนภาคประชาชน 71 คน เสนอโครงการให้ติดตาม 18 โครงการ"], []),
    (214, (2024, 10, 9), "พิธีประกาศเจตนารมณ์การต่อต้านการทุจริต ปี 2568", ["ผู้บริหารและบุคลากรร่วมประกาศเจตนารมณ์"], []),
]


def news_list(items: list) -> str:
    rows = "\n".join(f'<li><a href="{art(n)}">{esc(t)}</a> <span class="date">{be(_dt(ymd))}</span></li>'
                     for n, ymd, t, _p, _a in items)
    return f'<ul class="category-module">\n{rows}\n</ul>'


def _dt(ymd):
    from datetime import date

    return date(*ymd)


# ---------------------------------------------------------------- ITA

ITA_GROUPS = {  # article id -> (sub-indicator, title, rows of (code, short wording, [(link text, url)]), Thai digits)
    101: ("9.1", "ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้าง / อำนาจหน้าที่", art(4))]),
        ("o2", "ผู้บริหาร", [("ทำเนียบผู้บริหาร", art(5))]),
        ("o3", "ติดต่อหน่วยงาน / Q&A", [("ติดต่อเรา", art(6)), ("กระดานถาม-ตอบ", "/webboard/")]),
        ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", cat(12))]),
    ], False),
    102: ("9.2", "การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("o5", "แผนปฏิบัติราชการระยะยาว", [("แผนปฏิบัติราชการ 5 ปี", dl(11))]),
        ("o6", "แผนปฏิบัติราชการประจำปีและแผนการใช้จ่ายงบประมาณ", [("ดูเอกสาร", art(20))]),
        ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานประจำปี 2568", art(21))]),
        ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", dl(35))]),
        ("o9", "คู่มือการขอรับบริการ", [("คู่มือการขอรับบริการ", dl(36))]),
        ("o10", "E-Service", [("ระบบบริการออนไลน์", art(7))]),
    ], False),
    103: ("9.3", "การจัดซื้อจัดจ้าง", [
        ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("ดูรายเดือน", cat(15))]),
        ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานประจำปี 2568", dl(48))]),
    ], False),
    104: ("9.4", "การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("o13", "หลักเกณฑ์และแผนบริหารบุคคล", [("หลักเกณฑ์", dl(51)), ("แผนพัฒนาบุคลากร", dl(52))]),
        ("o14", "รายงานผลการบริหารบุคคล", [("รายงาน ปี 2568", dl(53))]),
        ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", dl(55)), ("กิจกรรมขับเคลื่อน", art(205))]),
    ], False),
    105: ("9.5", "การส่งเสริมความโปร่งใส", [
        ("o16", "คู่มือจัดการเรื่องร้องเรียนการทุจริต", [("คู่มือ", dl(57))]),
        ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเบาะแส / ร้องเรียน", art(8))]),
        ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("ข้อมูลสถิติ", dl(58))]),
        ("o19", "การมีส่วนร่วม", [("Citizen Audit 2569", art(203))]),
    ], False),
    106: ("10.1", "การป้องกันการทุจริตในประเด็นสินบน", [
        ("o20", "No Gift Policy", [("ประกาศนโยบาย", dl(61)), ("รายงานผลการรับของขวัญ", dl(62))]),
        ("o21", "ประเมินความเสี่ยงการทุจริต", [("ดูเอกสาร", "/viewer.php?id=64")]),
        ("o22", "ผลการบริหารความเสี่ยงการทุจริต", [("รายงาน", dl(8))]),
    ], True),
    107: ("10.2", "การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("o23", "แผนป้องกันการทุจริต", [("ดูข้อมูลที่เว็บไซต์เดิม", "/old/download/")]),
        ("o24", "ผลการป้องกันการทุจริต", [("รายงาน ปี 2568", dl(67))]),
        ("o25", "การนำผล ITA ไปพัฒนา", [("การวิเคราะห์ผล ITA", dl(71)), ("มาตรการส่งเสริมคุณธรรม", dl(72))]),
        ("o26", "ผลตามมาตรการส่งเสริมคุณธรรม", [("ดูเอกสาร", "/viewer.php?id=76")]),
    ], True),
}

ITA_68 = [  # last year's page, left online
    ("o6", "แผนปฏิบัติราชการประจำปี 2568", dl(24)),
    ("o11", "สขร.1 กันยายน 2568", dl(40)),
    ("o20", "ประกาศ No Gift Policy", "/old/files/ita2568_o20.pdf"),
    ("o21", "ประเมินความเสี่ยงการทุจริต ปี 2568", dl(3)),
    ("o23", "แผนปฏิบัติการป้องกันการทุจริต ปี 2568", "/old/files/anti_plan_2568.pdf"),
    ("o25", "มาตรการส่งเสริมคุณธรรม ปี 2568", dl(72)),
]


def ita_pages() -> None:
    selector = (f'<form class="year-select">ปีที่ประเมิน: <a href="{art(100)}"><b>2569</b></a> | '
                f'<a href="{art(90)}">2568</a></form>')
    groups = "\n".join(f'<li><a href="{art(n)}">ตัวชี้วัดย่อย {g[0]} {esc(g[1])}</a></li>' for n, g in ITA_GROUPS.items())
    write(art(100), "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569",
          selector + "<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ของสำนักงานฯ แยกตามตัวชี้วัดย่อย</p>\n<ul>\n" + groups + "\n</ul>")
    for n, (sub, title, rows, thai) in ITA_GROUPS.items():
        trs = []
        for code, wording, links in rows:
            cells = " ".join(f'<a href="{u}">{esc(t)}</a>' for t, u in links)
            trs.append(f"<tr><td>{code}</td><td>{esc(wording)}</td><td>{cells}</td></tr>")
        body = (f'<p><a href="{art(100)}">&laquo; กลับหน้า ITA 2569</a></p>\n'
                '<table class="table"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n' + "\n".join(trs) + "</table>"
                "<p>ปรับปรุงข้อมูล 10 เมษายน 2569</p>")
        heading = f"ITA 2569 ตัวชี้วัดย่อยที่ {sub} {title}"
        if thai:
            body, heading = body.translate(TH), heading.translate(TH)
            # restore the URLs the translation turned into Thai digits
            for _c, _w, links in rows:
                for _t, u in links:
                    body = body.replace(u.translate(TH), u)
            body = body.replace(art(100).translate(TH), art(100))
        write(art(n), heading, body)
    trs = "\n".join(f'<tr><td>{c}</td><td><a href="{u}">{esc(t)}</a></td></tr>' for c, t, u in ITA_68)
    write(art(90), "ITA ประจำปีงบประมาณ พ.ศ. 2568",
          selector.replace("<b>2569</b>", "2569").replace(">2568<", "><b>2568</b><")
          + '<table class="table"><tr><th>ข้อ</th><th>เอกสาร</th></tr>\n' + trs + "</table>")


# ---------------------------------------------------------------- pages

def build() -> None:
    for sub in ("index.php.q", "viewer.php.q", "webboard", "sitemap", "old/download", "templates", "images"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    for p in ("index.html", "old/index.html", "old/style.css"):
        if os.path.exists(os.path.join(HERE, p)):
            os.remove(os.path.join(HERE, p))

    os.makedirs(os.path.join(HERE, "templates/sao17/css"), exist_ok=True)
    with open(os.path.join(HERE, "templates/sao17/css/template.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}.header{background:#0b3d6e;color:#fff;padding:8px}"
                 ".nav li{display:inline;margin-right:10px}.container{display:flex}#content{flex:3;padding:10px}"
                 "#sidebar-right{flex:1;padding:10px}.footer{background:#eee;padding:8px;font-size:small}"
                 "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}\n")
    with open(os.path.join(HERE, "old/style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma;font-size:13px}.banner{background:#036;color:#fff;height:80px}\n")
    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    from PIL import Image

    Image.new("RGB", (70, 70), (11, 61, 110)).save(os.path.join(HERE, "images/logo-sao.png"))
    Image.new("RGB", (90, 110), (200, 200, 210)).save(os.path.join(HERE, "images/director.jpg"), quality=60)

    # home
    latest = news_list(NEWS[:5])
    write("/", "หน้าแรก",
          f"<h3>ข่าวประชาสัมพันธ์</h3>{latest}<p><a href=\"{cat(12)}\">ข่าวทั้งหมด</a></p>"
          f"<h3>ประกาศจัดซื้อจัดจ้าง</h3><p><a href=\"{cat(15)}\">สรุปผลการจัดซื้อจัดจ้างรายเดือน</a></p>"
          f"<h3>ITA</h3><p><a href=\"{art(100)}\"><img src=\"/images/logo-sao.png\" alt=\"ITA 2569\" width=\"70\" height=\"70\"> "
          "การประเมินคุณธรรมและความโปร่งใส ประจำปี ๒๕๖๙</a></p>")

    write(art(2), "ประวัติสำนักงาน",
          "<p>สำนักงานการตรวจเงินแผ่นดินภูมิภาคที่ 17 เป็นหน่วยงานในสังกัดสำนักงานการตรวจเงินแผ่นดิน ซึ่งเป็นองค์กรอิสระตามรัฐธรรมนูญ "
          "รับผิดชอบตรวจสอบหน่วยรับตรวจในจังหวัดนครสวรรค์ อุทัยธานี ชัยนาท และพิจิตร</p>"
          f'<p><a href="{art(3)}">วิสัยทัศน์ พันธกิจ</a></p>')
    write(art(3), "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์: เป็นองค์กรตรวจเงินแผ่นดินที่เชื่อถือได้ ร่วมสร้างการใช้จ่ายเงินแผ่นดินที่คุ้มค่า</p>"
          "<p>พันธกิจ: ตรวจสอบการใช้จ่ายเงินแผ่นดินของหน่วยรับตรวจในพื้นที่ ส่งเสริมการป้องกันความเสียหาย และสร้างเครือข่ายภาคประชาชน</p>")
    write(art(4), "โครงสร้างและอำนาจหน้าที่",
          '<p><img src="/images/logo-sao.png" alt="แผนภูมิโครงสร้าง สตง.ภ.17" width="70" height="70"></p>'
          "<h3>แผนภูมิโครงสร้างองค์กร</h3><ul><li>ผู้ว่าการตรวจเงินแผ่นดิน / รองผู้ว่าการ (ส่วนกลาง)<ul>"
          "<li>ผู้อำนวยการสำนักงานการตรวจเงินแผ่นดินภูมิภาคที่ 17<ul><li>กลุ่มบริหารงานทั่วไป</li>"
          "<li>กลุ่มตรวจสอบที่ 1 (ตรวจสอบงบการเงิน)</li><li>กลุ่มตรวจสอบที่ 2 (ตรวจสอบการจัดซื้อจัดจ้าง)</li>"
          "<li>กลุ่มตรวจสอบที่ 3 (ตรวจสอบการดำเนินงาน)</li><li>สำนักงานการตรวจเงินแผ่นดินจังหวัดอุทัยธานี ชัยนาท พิจิตร</li>"
          "</ul></li></ul></li></ul>"
          "<h3>อำนาจหน้าที่</h3><p>ตามพระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการตรวจเงินแผ่นดิน พ.ศ. 2561 มาตรา 39 สรุปได้ดังนี้</p><ol>"
          "<li>ตรวจสอบการรับจ่าย เก็บรักษา และใช้จ่ายเงินและทรัพย์สินของหน่วยรับตรวจ</li>"
          "<li>ตรวจสอบงบการเงินและรายงานการเงินของหน่วยรับตรวจ</li><li>ตรวจสอบการจัดซื้อจัดจ้าง</li>"
          "<li>ตรวจสอบการดำเนินงาน ความคุ้มค่า และผลสัมฤทธิ์</li><li>แจ้งผลการตรวจสอบและติดตามให้หน่วยรับตรวจแก้ไข</li></ol>")
    write(art(5), "ผู้บริหาร",
          '<table class="table"><tr><td><img src="/images/director.jpg" alt="ผู้อำนวยการ" width="90" height="110"></td>'
          "<td>นางสาวพิมพ์ลดา ธนวัฒน์กุล<br>ผู้อำนวยการสำนักงานการตรวจเงินแผ่นดินภูมิภาคที่ 17<br>โทร. 0 5622 7417 ต่อ 101</td></tr>"
          '<tr><td><img src="/images/director.jpg" alt="ผู้อำนวยการกลุ่ม" width="90" height="110"></td>'
          "<td>นายธีรวัฒน์ สุขประเสริฐ<br>ผู้อำนวยการกลุ่มบริหารงานทั่วไป<br>โทร. 0 5622 7417 ต่อ 110</td></tr>"
          '<tr><td><img src="/images/director.jpg" alt="ผู้อำนวยการกลุ่ม" width="90" height="110"></td>'
          "<td>นางวราภรณ์ ศรีสวัสดิ์<br>ผู้อำนวยการกลุ่มตรวจสอบที่ 1<br>โทร. 0 5622 7417 ต่อ 120</td></tr></table>")
    write(art(6), "ติดต่อเรา",
          f"<p>{ORG} ศูนย์ราชการจังหวัดนครสวรรค์ อาคาร 3 เลขที่ 245 ถนนสวรรค์วิถี ตำบลนครสวรรค์ออก อำเภอเมืองนครสวรรค์ จังหวัดนครสวรรค์ 60000</p>"
          "<p>โทรศัพท์ 0 5622 7417 โทรสาร 0 5622 7418 อีเมล saraban@sao-r17.go.th</p>"
          "<p>เวลาทำการ วันจันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.7045,100.1372">แผนที่ Google Maps</a></p>'
          '<p>สอบถามข้อมูล: <a href="/webboard/">กระดานถาม-ตอบ</a></p>')
    write(art(7), "ระบบบริการออนไลน์ (E-Service)",
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSc-sao17-request/formResponse" method="post">'
          "<p>แบบคำขอข้อมูลข่าวสาร / แจ้งเบาะแสการใช้จ่ายเงินแผ่นดินออนไลน์</p>"
          '<label>ชื่อ-สกุล <input name="name"></label><br><label>เบอร์โทรศัพท์ <input name="tel"></label><br>'
          '<label>เรื่องที่ขอ / แจ้ง <textarea name="detail"></textarea></label><br><button type="submit">ส่งคำขอ</button></form>'
          f'<p>ข้อมูลสถิติการให้บริการ: <a href="{dl(38)}">สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)</a> XLSX {size(38)}</p>')
    write(art(8), "แจ้งเบาะแส / ร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ท่านสามารถแจ้งเบาะแสการทุจริตของเจ้าหน้าที่สำนักงานฯ ได้ที่แบบฟอร์มนี้ ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSc-sao17-complaint/formResponse" method="post">'
          '<label>ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="name"></label><br><label>เรื่องที่ร้องเรียน <textarea name="detail"></textarea></label><br>'
          '<label>ไฟล์หลักฐาน <input type="file" name="file"></label><br><button type="submit">ส่งเรื่อง</button></form>'
          f'<p>โทร. 0 5622 7417 ต่อ 110 · <a href="{dl(57)}">คู่มือการจัดการเรื่องร้องเรียน</a></p>')
    write(art(9), "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานฯ เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write(art(20), "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569",
          '<iframe src="https://drive.google.com/file/d/1sao17ActionPlan2569xQ/preview" width="640" height="480"></iframe>'
          f'<p><a href="{dl(21)}">ดาวน์โหลดแผนปฏิบัติราชการ (PDF {size(21)})</a></p>'
          f'<p><a href="{dl(22)}">แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2569 (XLS {size(22)})</a></p>')
    write(art(21), "รายงานผลการดำเนินงานประจำปี 2568",
          '<p><a href="https://online.anyflip.com/sao17/annual2568/">เปิดอ่านแบบ e-Book</a></p>'
          f'<p><a href="{dl(31)}">ดาวน์โหลด PDF ({size(31)})</a></p>')

    # viewers
    for n, title in ((64, "การประเมินความเสี่ยงการทุจริต ประจำปี 2569"), (76, "รายงานผลตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส"),
                     (11, "แผนปฏิบัติราชการ")):
        write(f"/viewer.php?id={n}", title,
              f'<iframe src="{dl(n)}" width="100%" height="600"></iframe>'
              f'<p><a class="btn" href="{dl(n)}">ดาวน์โหลด ({size(n)})</a></p>')

    # news
    write(cat(12), "ข่าวประชาสัมพันธ์", news_list(NEWS[:10]) + f'<p class="pagination">1 <a href="{cat(12, "&amp;limitstart=10")}">2</a></p>')
    write(cat(12, "&amp;limitstart=10"), "ข่าวประชาสัมพันธ์", news_list(NEWS[10:]) + f'<p class="pagination"><a href="{cat(12)}">1</a> 2</p>')
    for n, ymd, title, paras, attach in NEWS:
        body = f'<p class="date">เผยแพร่ {be(_dt(ymd))}</p>' + "".join(f"<p>{esc(p)}</p>" for p in paras)
        if attach:
            body += '<div class="attachments"><b>ไฟล์แนบ</b><ul>' + "".join(
                f'<li><a href="{dl(a)}">{esc(DOCS[a][0])}</a> ({size(a)})</li>' for a in attach) + "</ul></div>"
        write(art(n), title, body)

    # procurement: one post a month with its attachment (January 2569 was never posted)
    posts = [(301, 40, "กันยายน 2568"), (302, 41, "ตุลาคม 2568"), (303, 42, "พฤศจิกายน 2568"), (304, 43, "ธันวาคม 2568"),
             (306, 45, "กุมภาพันธ์ 2569"), (307, 46, "มีนาคม 2569")]
    items = [(308, "รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568", [48], DOCS[48][5])]
    items += [(p, f"สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือน{m}", [doc], DOCS[doc][5]) for p, doc, m in posts]
    items.sort(key=lambda x: x[3], reverse=True)
    write(cat(15), "จัดซื้อจัดจ้าง",
          '<ul class="category-module">' + "".join(f'<li><a href="{art(p)}">{esc(t)}</a> {be(up)}</li>' for p, t, _a, up in items) + "</ul>")
    for p, t, attach, up in items:
        write(art(p), t, f"<p>เผยแพร่ {be(up)} โดย งานพัสดุ</p>" + '<div class="attachments"><b>ไฟล์แนบ</b><ul>' + "".join(
            f'<li><a href="{dl(a)}">{esc(DOCS[a][0])}</a> ({size(a)})</li>' for a in attach) + "</ul></div>")

    # documents category
    shown = [n for n in sorted(DOCS, key=lambda k: DOCS[k][5], reverse=True)
             if n not in (3, 8, 40, 41, 42, 43, 45, 46, 74, 81)]
    write(cat(20), "เอกสารเผยแพร่", doc_table(shown))

    ita_pages()

    write("/webboard/", "กระดานถาม-ตอบ",
          "<table class=\"table\"><tr><th>กระทู้</th><th>ผู้ถาม</th><th>ตอบ</th></tr>"
          "<tr><td>ขอสำเนารายงานผลการตรวจสอบของ อบต. ได้หรือไม่<br><i>ตอบ: ยื่นคำขอผ่าน E-Service ได้ เจ้าหน้าที่จะพิจารณาภายใน 15 วันทำการ (เจ้าหน้าที่ 12 มี.ค. 2569)</i></td>"
          "<td>ประชาชนชัยนาท</td><td>1</td></tr>"
          "<tr><td>แจ้งเบาะแสโดยไม่ระบุชื่อได้ไหม<br><i>ตอบ: ได้ครับ (เจ้าหน้าที่ 3 ก.พ. 2569)</i></td><td>ผู้ไม่ประสงค์ออกนาม</td><td>1</td></tr></table>"
          '<form action="/webboard/post.php" method="post"><label>หัวข้อ <input name="subject"></label> '
          '<label>คำถาม <textarea name="q"></textarea></label><button>ตั้งคำถาม</button></form>')
    links = [("/", "หน้าแรก"), (art(100), "ITA 2569"), (art(90), "ITA 2568"), (cat(12), "ข่าว"), (cat(15), "จัดซื้อจัดจ้าง"),
             (cat(20), "เอกสารเผยแพร่"), ("/webboard/", "ถาม-ตอบ"), ("/old/", "เว็บไซต์เดิม")]
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in links) + "</ul>")

    # the previous website, left online
    write("/old/", "หน้าแรก", "<p>ยินดีต้อนรับ (เว็บไซต์นี้ปิดปรับปรุงข้อมูลแล้ว)</p>"
          '<p><a href="/old/download/">ดาวน์โหลดเอกสาร</a></p>', old=True)
    write("/old/download/", "ดาวน์โหลดเอกสาร - ป้องกันการทุจริต",
          '<table border="1"><tr><td>1</td><td><a href="/old/files/anti_plan_2568.pdf">แผนปฏิบัติการป้องกันการทุจริต</a></td><td>11/10/2567</td></tr>'
          '<tr><td>2</td><td><a href="/old/files/ita2568_o20.pdf">ประกาศ No Gift Policy</a></td><td>05/10/2566</td></tr></table>', old=True)


if __name__ == "__main__":
    build()
