"""Generate the HTML pages of the "citynakhon" test site (เทศบาลนครวารินทร์ธานี, invented).

Run after _make_docs.py:  python tests/sites/citynakhon/_make_pages.py

Every page is <path>/index.html with the same chrome: a top bar (phone, e-mail, text size), the
header with the city's name, a menu, a side column (quick links, ITA 2569 / 2568, e-service) and a
footer.  The documents of _make_docs.DOCS appear on their unit's page (/dept/<unit>/), on the
year-filtered archive (/archive/<fiscal year>/) and, for procurement, under /procurement/.
No randomness and no clock: the output is the same on every run.
"""

from __future__ import annotations

import io
import os
import sys
from html import escape as esc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))

from _make_docs import DOCS, ORG, path_of, url  # noqa: E402

TH_MONTHS = ["", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
GONE_2567 = path_of("acreport67", 2567, "pdf")  # a file of last year's ITA page that is gone

UNITS = {  # slug: (name, duties)
    "palad": ("สำนักปลัดเทศบาล", "งานบริหารทั่วไป งานสารบรรณ งานนิติการ งานป้องกันและบรรเทาสาธารณภัย งานรับเรื่องร้องเรียน"),
    "finance": ("กองคลัง", "งานการเงินและบัญชี งานพัฒนาและจัดเก็บรายได้ งานพัสดุและทรัพย์สิน งานแผนที่ภาษี"),
    "engineering": ("กองช่าง", "งานวิศวกรรม งานควบคุมอาคาร งานสาธารณูปโภค งานไฟฟ้าสาธารณะ"),
    "health": ("กองสาธารณสุขและสิ่งแวดล้อม", "งานรักษาความสะอาด งานควบคุมโรค งานสุขาภิบาลอาหาร ศูนย์บริการสาธารณสุข 4 แห่ง"),
    "education": ("กองการศึกษา", "โรงเรียนสังกัดเทศบาล 9 แห่ง ศูนย์พัฒนาเด็กเล็ก 6 แห่ง งานกีฬาและนันทนาการ"),
    "social": ("กองสวัสดิการสังคม", "งานพัฒนาชุมชน 32 ชุมชน งานสังคมสงเคราะห์ เบี้ยยังชีพผู้สูงอายุและคนพิการ"),
    "strategy": ("กองยุทธศาสตร์และงบประมาณ", "งานวิเคราะห์นโยบายและแผน งานงบประมาณ งานติดตามและประเมินผล งานประชาสัมพันธ์"),
    "personnel": ("กองการเจ้าหน้าที่", "งานสรรหาและบรรจุแต่งตั้ง งานพัฒนาบุคลากร งานบำเหน็จความชอบ งานวินัย"),
}
UNIT_OF = {name: slug for slug, (name, _d) in UNITS.items()}
CATS = {"plan": "แผนพัฒนาท้องถิ่น", "budget": "งบประมาณและแผนการดำเนินงาน", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "procure": "จัดซื้อจัดจ้าง", "sor1": "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
        "hr": "การบริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส", "service": "บริการประชาชน"}


def thdate(dt) -> str:
    return f"{dt.day} {TH_MONTHS[dt.month]} {dt.year + 543}"


def size_of(key: str) -> str:
    p = os.path.join(HERE, url(key).lstrip("/"))
    n = os.path.getsize(p) if os.path.exists(p) else 412_337  # the missing file's row still shows a size
    return f"{n / 1024:.1f} KB"


def ext_of(key: str) -> str:
    return url(key).rsplit(".", 1)[1].upper()


def doc_link(key: str, text: str | None = None) -> str:
    return f'<a href="{url(key)}" target="_blank">{esc(text or DOCS[key][0])}</a>'


MENU = [("/", "หน้าแรก"), ("/about/", "เกี่ยวกับเทศบาล"), ("/dept/", "ส่วนราชการ"), ("/news/", "ข่าวสาร"),
        ("/procurement/", "จัดซื้อจัดจ้าง"), ("/eservice/", "E-Service"), ("/archive/", "ศูนย์เอกสาร"),
        ("/ita/", "ITA"), ("/contact/", "ติดต่อเรา")]

SIDE = [("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569"), ("/ita/2568/", "OIT ปี 2568"),
        ("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริต"), ("/complaint/", "ร้องเรียน/ร้องทุกข์"),
        ("/eservice/", "บริการออนไลน์ E-Service"), ("/services/manual/", "คู่มือสำหรับประชาชน"),
        ("/qa/", "กระดานถาม-ตอบ (Q&amp;A)"), ("/integrity/", "คุณธรรมและความโปร่งใส"),
        ("/procurement/sor1/2569/", "สขร.1 ปี 2569")]


def page(path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None = None) -> None:
    trail = " &raquo; ".join(['<a href="/">หน้าแรก</a>'] + [f'<a href="{h}">{esc(t)}</a>' for h, t in crumbs or []]
                             + [esc(title)]) if path != "/" else ""
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in MENU)
    side = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in SIDE)
    html = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {ORG}</title><link rel="stylesheet" href="/assets/css/style.css"></head>
<body>
<div class="topbar"><span>โทร 0 4570 0100</span> <span>saraban@warincity.example</span>
<span class="fs">ขนาดตัวอักษร <a href="#">ก-</a> <a href="#">ก</a> <a href="#">ก+</a></span></div>
<header class="hd"><a href="/"><img src="/assets/img/logo.png" alt="ตราเทศบาล" width="64" height="64"></a>
<div><div class="org">{ORG}</div><div class="en">WARINTHANI CITY MUNICIPALITY</div></div></header>
<nav class="menu"><ul>{menu}</ul></nav>
<div class="wrap"><main>
<div class="crumb">{trail}</div>
<h1>{esc(title)}</h1>
{body}
</main>
<aside class="side"><h3>ลิงก์ด่วน</h3><ul>{side}</ul>
<h3>หน่วยงานภายใน</h3><ul>{"".join(f'<li><a href="/dept/{s}/">{n}</a></li>' for s, (n, _d) in UNITS.items())}</ul></aside>
</div>
<footer class="ft"><p>{ORG} 99 ถนนศรีนคร ตำบลในเมือง อำเภอเมืองวารินทร์ธานี จังหวัดวารินทร์ธานี 34900</p>
<p>โทรศัพท์ 0 4570 0100 โทรสาร 0 4570 0199 | เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>
<p>&copy; 2569 {ORG} สงวนลิขสิทธิ์ | <a href="/sitemap/">แผนผังเว็บไซต์</a> | <a href="/policy/">นโยบายเว็บไซต์</a></p></footer>
</body></html>
"""
    out = os.path.join(HERE, path.lstrip("/"), "index.html")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(html)


def doc_table(keys: list[str], with_unit: bool = False) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, unit, _c, fy, up, _m, _l = DOCS[k]
        unit_cell = f"<td>{esc(unit)}</td>" if with_unit else ""
        rows.append(f"<tr><td>{i}</td><td>{doc_link(k)}</td>{unit_cell}<td>{fy}</td><td>{thdate(up)}</td>"
                    f"<td>{ext_of(k)} {size_of(k)}</td></tr>")
    unit_head = "<th>หน่วยงาน</th>" if with_unit else ""
    return (f'<table class="docs"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th>{unit_head}<th>ปีงบประมาณ</th>'
            f'<th>วันที่เผยแพร่</th><th>ไฟล์</th></tr>{"".join(rows)}</table>')


def by_date(keys) -> list[str]:
    return sorted(keys, key=lambda k: DOCS[k][4], reverse=True)


# ------------------------------------------------------------------------------------------ news
# id: (date (y, m, d BE), kind, title, body html)
NEWS = {
    1503: ((2569, 4, 3), "ประชาสัมพันธ์", "ขอเชิญชวนชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569 ภายใน 30 เมษายน 2569",
           "<p>กองคลัง เทศบาลนครวารินทร์ธานี ขอเชิญชวนเจ้าของที่ดินและสิ่งปลูกสร้างชำระภาษีประจำปี 2569 ได้ที่ศูนย์บริการร่วม "
           "ชั้น 1 หรือชำระผ่าน Mobile Banking ตามใบแจ้งประเมินภาษี (ภ.ด.ส.6) ภายในวันที่ 30 เมษายน 2569</p>"),
    1496: ((2569, 3, 20), "ภาพกิจกรรม", "เทศบาลนครวารินทร์ธานี จัดกิจกรรม Big Cleaning Day ชุมชนตลาดเก่า",
           "<p>วันที่ 20 มีนาคม 2569 เวลา 07.30 น. นายธีรวัฒน์ ชัยมงคลกุล นายกเทศมนตรีนครวารินทร์ธานี นำพนักงานเทศบาล "
           "อาสาสมัครสาธารณสุข และชาวชุมชนตลาดเก่า ร่วมกันทำความสะอาดรางระบายน้ำและเก็บขยะริมถนนศรีนคร</p>"),
    1488: ((2569, 3, 5), "ประกาศ", "ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป (ครั้งที่ 1/2569)",
           "<p>กองการเจ้าหน้าที่ประกาศรับสมัครพนักงานจ้างทั่วไป ตำแหน่งคนงานประจำรถขยะ 6 อัตรา รับสมัคร 9 - 20 มีนาคม 2569 "
           "ณ กองการเจ้าหน้าที่ ชั้น 3</p>"),
    1480: ((2569, 2, 18), "ภาพกิจกรรม", "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรม ประจำปีงบประมาณ 2569",
           "<p>วันที่ 17 - 18 กุมภาพันธ์ 2569 กองการเจ้าหน้าที่จัดโครงการอบรมส่งเสริมคุณธรรมจริยธรรมให้แก่ผู้บริหาร สมาชิกสภาเทศบาล "
           "พนักงานเทศบาล ลูกจ้าง และพนักงานจ้าง จำนวน 420 คน ณ หอประชุมเทศบาล หัวข้อ การขับเคลื่อนประมวลจริยธรรมของพนักงานส่วนท้องถิ่น "
           "Do's &amp; Don'ts และหลักเกณฑ์การรับทรัพย์สินตามมาตรา 128 วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดวารินทร์ธานี</p>"
           "<p>ประมวลจริยธรรม: {ethics}</p>"),
    1472: ((2569, 2, 10), "ประกาศ", "ขอเชิญประชุมคณะทำงานประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
           "<p>สำนักปลัดเทศบาลขอเชิญคณะทำงานประเมินความเสี่ยงการทุจริตตามคำสั่งเทศบาลนครวารินทร์ธานี ที่ 118/2569 "
           "เข้าร่วมประชุมเพื่อระบุและประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2569 ในวันที่ 24 กุมภาพันธ์ 2569 "
           "เวลา 13.30 น. ณ ห้องประชุมชั้น 4 โดยขอให้แต่ละกองนำรายงานการประเมินความเสี่ยงปี 2568 มาประกอบการพิจารณา</p>"),
    1465: ((2569, 1, 16), "ภาพกิจกรรม", "ประชุมประชาคมระดับนคร เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2569",
           "<p>วันที่ 15 มกราคม 2569 เวลา 09.00 น. ณ หอประชุมเทศบาลนครวารินทร์ธานี นายธีรวัฒน์ ชัยมงคลกุล นายกเทศมนตรี "
           "เป็นประธานการประชุมประชาคมระดับนคร มีประธานชุมชน 32 ชุมชน ผู้แทนส่วนราชการ ภาคเอกชน และประชาชนเข้าร่วม 186 คน "
           "ที่ประชุมร่วมกันเสนอโครงการและจัดลำดับความสำคัญของปัญหา เพื่อบรรจุในแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เพิ่มเติม</p>"
           "<p>ผลการประชุม: ประชาชนเสนอโครงการ 54 โครงการ ที่ประชุมมีมติเห็นชอบให้บรรจุในร่างแผนเพิ่มเติม 31 โครงการ "
           "เทศบาลได้แจ้งผลการพิจารณาให้ประธานชุมชนทราบทางหนังสือเมื่อวันที่ 2 กุมภาพันธ์ 2569</p>"),
    1458: ((2569, 1, 10), "ภาพกิจกรรม", "งานวันเด็กแห่งชาติ ประจำปี 2569 ณ สวนสาธารณะหนองแวง",
           "<p>เทศบาลนครวารินทร์ธานีจัดงานวันเด็กแห่งชาติ มีเด็กและผู้ปกครองร่วมงานกว่า 5,000 คน</p>"),
    1449: ((2568, 12, 3), "ประกาศ", "ประกาศเทศบาลนครวารินทร์ธานี เรื่อง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569",
           "<p>เทศบาลนครวารินทร์ธานีได้จัดทำแผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 เสร็จเรียบร้อยแล้ว "
           "จึงประกาศให้ทราบโดยทั่วกัน</p><p>ดาวน์โหลด: {opplan69}</p>"),
    1440: ((2568, 11, 4), "จัดซื้อจัดจ้าง", "ประกาศจ้างเหมาพิมพ์แผนพัฒนาท้องถิ่นและเทศบัญญัติงบประมาณรายจ่าย ประจำปี 2569 โดยวิธีเฉพาะเจาะจง",
           "<p>ประกาศผู้ได้รับการคัดเลือก จ้างเหมาพิมพ์เอกสารแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) และเทศบัญญัติงบประมาณรายจ่าย</p>"
           "<p>ไฟล์ประกาศ: {printplan}</p>"),
    1431: ((2568, 11, 6), "ภาพกิจกรรม", "ประเพณีลอยกระทง ประจำปี 2568 ณ หนองแวง",
           "<p>เทศบาลนครวารินทร์ธานีจัดงานประเพณีลอยกระทง 5 - 6 พฤศจิกายน 2568 มีการประกวดกระทงใหญ่ 18 ชุมชน</p>"),
    1422: ((2568, 10, 3), "ประกาศ", "ประกาศเจตนารมณ์ นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ปี 2569",
           "<p>วันที่ 1 ตุลาคม 2568 ผู้บริหารและพนักงานเทศบาลนครวารินทร์ธานีร่วมประกาศเจตนารมณ์ No Gift Policy "
           "ประจำปีงบประมาณ พ.ศ. 2569 ณ ลานหน้าสำนักงานเทศบาล</p><p>ประกาศ: {nogift69}</p>"
           "<p>รายงานผลการรับของขวัญ ปี 2568: {nogiftrep68}</p>"),
    1380: ((2568, 8, 20), "ภาพกิจกรรม", "โครงการอบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2568",
           "<p>กองการเจ้าหน้าที่จัดอบรมคุณธรรมจริยธรรมพนักงานเทศบาล 398 คน ณ หอประชุมเทศบาล</p>"),
    1351: ((2568, 6, 12), "ภาพกิจกรรม", "ประชุมประชาคมระดับนคร ประจำปี 2568",
           "<p>ประชุมประชาคมระดับนครเพื่อพิจารณาร่างแผนพัฒนาท้องถิ่นเพิ่มเติม ครั้งที่ 2/2568 ผู้เข้าร่วม 162 คน</p>"),
    1322: ((2568, 3, 3), "ประชาสัมพันธ์", "ขอเชิญชวนชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
           "<p>กองคลังขอเชิญชวนชำระภาษีประจำปี 2568 ภายใน 30 เมษายน 2568</p>"),
}


def news_body(nid: int) -> str:
    (y, m, day), kind, _t, body = NEWS[nid]
    links = {k: doc_link(k) for k in ("ethics", "opplan69", "printplan", "nogift69", "nogiftrep68")}
    return (f'<p class="meta">วันที่ {day} {TH_MONTHS[m]} {y} | หมวด {kind} | โดย งานประชาสัมพันธ์</p>'
            + body.format(**links) + '<p><img src="/assets/img/photo.png" alt="ภาพกิจกรรม" width="120" height="80"></p>'
            + '<p><a href="/news/">&laquo; กลับหน้ารวมข่าว</a></p>')


def news_list(ids: list[int]) -> str:
    items = []
    for nid in ids:
        (y, m, day), kind, title, _b = NEWS[nid]
        items.append(f'<li><span class="date">{day} {TH_MONTHS[m]} {y}</span> <span class="tag">{kind}</span> '
                     f'<a href="/news/view/{nid}/">{esc(title)}</a></li>')
    return f'<ul class="news">{"".join(items)}</ul>'


# ------------------------------------------------------------------------------------------ ITA
ITA69 = [  # (code, wording, links [(href, text)])
    ("O1", "โครงสร้าง หน้าที่และอำนาจ", [("/about/structure/", "โครงสร้างส่วนราชการและอำนาจหน้าที่")]),
    ("O2", "ข้อมูลผู้บริหาร", [("/about/executives/", "คณะผู้บริหารเทศบาล")]),
    ("O3", "ข้อมูลการติดต่อและช่องทางการสอบถาม", [("/contact/", "ติดต่อเทศบาล"), ("/qa/", "กระดานถาม-ตอบ")]),
    ("O4", "ข่าวประชาสัมพันธ์", [("/news/", "ข่าวสารเทศบาล")]),
    ("O5", "แผนพัฒนาท้องถิ่น", [("devplan", None), ("devplan_add", None)]),
    ("O6", "แผนการดำเนินงานและเทศบัญญัติงบประมาณรายจ่าย ปี 2569", [("opplan69", None), ("budget69", None)]),
    ("O7", "รายงานผลการดำเนินงานประจำปี", [("annual67", "รายงานประจำปี")]),
    ("O8", "คู่มือการปฏิบัติงานของเจ้าหน้าที่", [("workman_finance", None), ("workman_saraban", None)]),
    ("O9", "คู่มือสำหรับประชาชน", [("/services/manual/", "คู่มือสำหรับประชาชน (รวมทุกงานบริการ)")]),
    ("O10", "E-Service และสถิติการให้บริการ", [("/eservice/", "ระบบบริการออนไลน์"), ("/eservice/stats/", "สถิติการให้บริการ")]),
    ("O11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", [("/procurement/sor1/2569/", "คลิกที่นี่")]),
    ("O12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("procannual68", None)]),
    ("O13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล", [("/dept/personnel/", "เอกสารกองการเจ้าหน้าที่")]),
    ("O14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [("hrreport68", None)]),
    ("O15", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", [("ethics", None), ("/news/view/1480/", "กิจกรรมปี 2569")]),
    ("O16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("complaint_manual", None)]),
    ("O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("/complaint/corruption/", "แจ้งเรื่องร้องเรียนออนไลน์")]),
    ("O18", "สถิติเรื่องร้องเรียนการทุจริต", [("cstats68", None)]),
    ("O19", "การเปิดโอกาสให้มีส่วนร่วม", [("/news/view/1465/", "ประชุมประชาคมระดับนคร")]),
    ("O20", "No Gift Policy", [("nogift69", None), ("nogiftrep68", None)]),
    ("O21", "การประเมินความเสี่ยงการทุจริต", [("risk68", None)]),
    ("O22", "รายงานผลตามแผนบริหารจัดการความเสี่ยง", [("riskrep68", None)]),
    ("O23", "แผนปฏิบัติการป้องกันการทุจริต", [("acplan_draft", None)]),
    ("O24", "รายงานผลการดำเนินการป้องกันการทุจริต", [("acreport68", None)]),
    ("O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", []),
    ("O26", "รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส", [("integrityrep68", None)]),
]
ITA68 = [
    ("O5", "แผนพัฒนาท้องถิ่น", [("devplan", None)]), ("O6", "แผนการดำเนินงาน 2568", [("opplan68", None), ("budget68", None)]),
    ("O7", "รายงานผลการดำเนินงาน", [("annual67", None)]), ("O13", "รายงานการจัดซื้อจัดจ้าง", [("procannual67", None)]),
    ("O14", "แผนพัฒนาบุคลากร", [("hrplan_old", None)]), ("O23", "การประเมินความเสี่ยง", [("risk68", None)]),
    ("O25", "แผนปฏิบัติการป้องกันการทุจริต", [("/integrity/", "คลิก")]),
    ("O26", "รายงานผลการดำเนินการป้องกันการทุจริต ปี 2567", [(GONE_2567, "ดาวน์โหลด")]),
    ("O27", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส (วิเคราะห์ผล ITA 2567)", [("itameasure68", None)]),
]


def ita_table(rows) -> str:
    out = []
    for code, wording, links in rows:
        cells = []
        for href, text in links:
            if href in DOCS:
                cells.append(doc_link(href, text))
            else:
                cells.append(f'<a href="{href}">{esc(text)}</a>')
        cell = "<br>".join(cells) if cells else '<span class="muted">อยู่ระหว่างดำเนินการ</span>'
        out.append(f"<tr><td>{code}</td><td>{esc(wording)}</td><td>{cell}</td></tr>")
    return f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{"".join(out)}</table>'


# ------------------------------------------------------------------------------------------ build
def assets() -> None:
    from PIL import Image, ImageDraw

    css = ("body{font-family:Tahoma,sans-serif;margin:0;background:#f4f6f8}.topbar{background:#0b4d8c;color:#fff;"
           "padding:4px 12px;font-size:13px}.topbar a{color:#fff}.hd{display:flex;gap:12px;padding:10px 16px;background:#fff}"
           ".org{font-size:24px;color:#0b4d8c}.menu ul{list-style:none;margin:0;padding:0;background:#136cc2;display:flex}"
           ".menu a{color:#fff;padding:10px 14px;display:block;text-decoration:none}.wrap{display:flex;gap:16px;padding:16px}"
           "main{flex:1;background:#fff;padding:16px}.side{width:260px;background:#fff;padding:12px}"
           "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccd;padding:4px 6px}"
           ".ft{background:#0b4d8c;color:#fff;padding:12px 16px;font-size:13px}.ft a{color:#fff}.muted{color:#999}")
    p = os.path.join(HERE, "assets", "css", "style.css")
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        f.write(css)
    for name, size, color in (("logo", (64, 64), (11, 77, 140)), ("person", (60, 75), (150, 160, 170)),
                              ("photo", (120, 80), (120, 170, 120))):
        img = Image.new("RGB", size, (255, 255, 255))
        ImageDraw.Draw(img).ellipse((4, 4, size[0] - 4, size[1] - 4), fill=color)
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        p = os.path.join(HERE, "assets", "img", f"{name}.png")
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(buf.getvalue())


def main() -> None:
    assets()
    news_ids = sorted(NEWS, key=lambda n: NEWS[n][0], reverse=True)
    fy69 = [n for n in news_ids if NEWS[n][0] >= (2568, 10, 1)]
    older = [n for n in news_ids if n not in fy69]

    # home
    page("/", "หน้าแรก", f"""<div class="banner"><a href="/ita/2569/">การประเมินคุณธรรมและความโปร่งใส ITA 2569</a> |
<a href="/eservice/">E-Service ยื่นคำร้องออนไลน์ 24 ชั่วโมง</a> | <a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a></div>
<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2>{news_list(fy69[:6])}<p><a href="/news/">ดูข่าวทั้งหมด</a></p>
<h2>ประกาศจัดซื้อจัดจ้าง</h2><ul><li>{doc_link("sor1-2569-03")}</li><li>{doc_link("procplan69")}</li>
<li><a href="/procurement/">ประกาศทั้งหมด</a></li></ul>
<h2>เอกสารเผยแพร่ล่าสุด</h2><ul>{"".join(f"<li>{doc_link(k)}</li>" for k in by_date(
        k for k in DOCS if DOCS[k][5] != "missing")[:5])}</ul>""")

    # about
    about = [("/about/", "เกี่ยวกับเทศบาล")]
    page("/about/", "ประวัติเทศบาลนครวารินทร์ธานี", """<p>เทศบาลนครวารินทร์ธานีเดิมเป็นสุขาภิบาลวารินทร์ ยกฐานะเป็นเทศบาลเมือง
เมื่อ พ.ศ. 2480 และยกฐานะเป็นเทศบาลนคร เมื่อ พ.ศ. 2538 พื้นที่ 41.62 ตารางกิโลเมตร 32 ชุมชน ประชากร 118,406 คน (ธันวาคม 2568)</p>
<ul><li><a href="/about/structure/">โครงสร้างส่วนราชการและอำนาจหน้าที่</a></li><li><a href="/about/executives/">คณะผู้บริหาร</a></li>
<li><a href="/about/council/">สภาเทศบาล</a></li><li><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></li></ul>""")
    units = "".join(f"<li>{n} (ผู้อำนวยการ{n.replace('สำนักปลัดเทศบาล', 'สำนักปลัด')})</li>" for n, _d in UNITS.values())
    page("/about/structure/", "โครงสร้างส่วนราชการและอำนาจหน้าที่", f"""<h2>แผนผังโครงสร้างการบริหารงาน</h2>
<ul class="org"><li>ฝ่ายนิติบัญญัติ: สภาเทศบาลนครวารินทร์ธานี (สมาชิกสภา 24 คน) ประธานสภา รองประธานสภา เลขานุการสภา</li>
<li>ฝ่ายบริหาร: นายกเทศมนตรี รองนายกเทศมนตรี 4 คน เลขานุการนายกเทศมนตรี 2 คน ที่ปรึกษานายกเทศมนตรี 3 คน</li>
<li>ฝ่ายประจำ: ปลัดเทศบาล รองปลัดเทศบาล 3 คน<ul>{units}<li>หน่วยตรวจสอบภายใน</li></ul></li></ul>
<h2>อำนาจหน้าที่ของเทศบาล (สรุป)</h2>
<p>ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 56 และมาตรา 57 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16</p>
<ol><li>รักษาความสงบเรียบร้อยของประชาชน</li><li>จัดให้มีและบำรุงทางบก ทางน้ำ และทางระบายน้ำ</li>
<li>รักษาความสะอาดของถนน ที่สาธารณะ และการกำจัดมูลฝอยและสิ่งปฏิกูล</li><li>ป้องกันและระงับโรคติดต่อ</li>
<li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>จัดให้มีโรงฆ่าสัตว์ ตลาด และสถานที่จอดรถ</li>
<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>บำรุงศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น</li></ol>
<h2>อำนาจหน้าที่ของส่วนราชการ</h2><ul>{"".join(f'<li><a href="/dept/{s}/">{n}</a>: {d}</li>' for s, (n, d) in UNITS.items())}</ul>""",
         about)
    execs = [("นายธีรวัฒน์ ชัยมงคลกุล", "นายกเทศมนตรีนครวารินทร์ธานี"), ("นายประสิทธิ์ วงศ์ไพรวัลย์", "รองนายกเทศมนตรี"),
             ("นางวาสนา ทองประเสริฐ", "รองนายกเทศมนตรี"), ("นายอนุชา แก้วบุญเรือง", "รองนายกเทศมนตรี"),
             ("นายสมเกียรติ พูลศิริวงศ์", "รองนายกเทศมนตรี"), ("นางสาวกมลวรรณ ศักดิ์ดำรงค์", "ปลัดเทศบาล")]
    page("/about/executives/", "คณะผู้บริหารเทศบาล", '<div class="execs">' + "".join(
        f'<div class="p"><img src="/assets/img/person.png" alt="{n}" width="60" height="75"><p><b>{n}</b><br>{p}<br>'
        f'โทร 0 4570 0100 ต่อ {101 + i}</p></div>' for i, (n, p) in enumerate(execs)) + "</div>", about)
    page("/about/council/", "สภาเทศบาลนครวารินทร์ธานี", """<p>ประธานสภาเทศบาล นายบุญส่ง ศรีวิเศษ
รองประธานสภาเทศบาล นางสาวปิยะนุช เรืองชัย เลขานุการสภาเทศบาล นางสาวกมลวรรณ ศักดิ์ดำรงค์</p>
<p>สมาชิกสภาเทศบาล 24 คน (เขตเลือกตั้งที่ 1 - 4 เขตละ 6 คน)</p>""", about)
    page("/about/vision/", "วิสัยทัศน์ พันธกิจ", """<p>วิสัยทัศน์: วารินทร์ธานี นครน่าอยู่ เศรษฐกิจมั่นคง ผู้คนมีสุข</p>
<ol><li>พัฒนาโครงสร้างพื้นฐานและระบบจราจร</li><li>ยกระดับคุณภาพชีวิตและสุขภาวะ</li><li>จัดการศึกษาที่มีคุณภาพ</li>
<li>บริหารจัดการบ้านเมืองที่ดีตามหลักธรรมาภิบาล</li></ol>""", about)

    # contact + Q&A
    page("/contact/", "ติดต่อเทศบาล", """<p>สำนักงานเทศบาลนครวารินทร์ธานี 99 ถนนศรีนคร ตำบลในเมือง อำเภอเมืองวารินทร์ธานี
จังหวัดวารินทร์ธานี 34900</p><p>โทรศัพท์ 0 4570 0100 โทรสาร 0 4570 0199 สายด่วนเทศบาล 1132</p>
<p>อีเมล saraban@warincity.example | Facebook: เทศบาลนครวารินทร์ธานี</p>
<p>แผนที่: <a href="https://maps.google.com/?q=15.2,104.9">เปิดแผนที่ Google Maps</a></p>
<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (ศูนย์บริการร่วมเปิดพักเที่ยง)</p>
<p>สอบถามข้อมูลออนไลน์: <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>""")
    qa = [("ต้องการขอถังขยะเพิ่ม ต้องติดต่อที่ไหนครับ", "สมชาย (ชุมชนโพธิ์ทอง)", "8 มี.ค. 2569",
           "ยื่นคำร้องผ่าน E-Service เมนู ขอรับถังขยะ หรือโทร 0 4570 0100 ต่อ 401 กองสาธารณสุขฯ จะจัดส่งภายใน 7 วันทำการ"),
          ("ไฟถนนซอยศรีนคร 12 ดับหลายวันค่ะ", "ผู้ใช้ทั่วไป", "19 ก.พ. 2569",
           "กองช่างรับเรื่องแล้ว ได้ดำเนินการเปลี่ยนหลอดไฟเมื่อวันที่ 21 ก.พ. 2569 ขอบคุณที่แจ้งครับ")]
    page("/qa/", "กระดานถาม-ตอบ (Q&A)", "".join(
        f'<div class="q"><p><b>ถาม:</b> {q} <span class="meta">โดย {who} {when}</span></p><p><b>ตอบ (admin):</b> {a}</p></div>'
        for q, who, when, a in qa) + """<h2>ตั้งคำถามใหม่</h2><form method="post" action="/qa/post/">
<label>ชื่อ <input name="name"></label><label>อีเมล <input name="email"></label><label>คำถาม <textarea name="q"></textarea></label>
<button type="submit">ส่งคำถาม</button></form>""")

    # departments
    dept = [("/dept/", "ส่วนราชการ")]
    page("/dept/", "ส่วนราชการ", "<ul>" + "".join(f'<li><a href="/dept/{s}/">{n}</a>: {d}</li>'
                                                 for s, (n, d) in UNITS.items()) + "</ul>")
    for slug, (name, duties) in UNITS.items():
        keys = by_date(k for k in DOCS if DOCS[k][1] == name)
        docs = doc_table(keys) if keys else "<p>ยังไม่มีเอกสารเผยแพร่</p>"
        page(f"/dept/{slug}/", name, f"<p>ภารกิจ: {duties}</p><h2>เอกสารเผยแพร่ของ{name}</h2>{docs}", dept)

    # services
    page("/services/manual/", "คู่มือสำหรับประชาชน", f"""<p>คู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาต
ของทางราชการ พ.ศ. 2558</p><table><tr><th>งานบริการ</th><th>ขั้นตอน/ระยะเวลา</th><th>เอกสารที่ต้องใช้</th><th>ค่าธรรมเนียม</th></tr>
<tr><td>การขออนุญาตก่อสร้างอาคาร</td><td>3 ขั้นตอน 45 วัน</td><td>แบบ ข.1 โฉนด แบบแปลน บัตรประชาชน</td><td>ตามกฎกระทรวง</td></tr>
<tr><td>การลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ</td><td>2 ขั้นตอน 1 วัน</td><td>บัตรประชาชน สมุดบัญชีเงินฝาก</td><td>ไม่มีค่าธรรมเนียม</td></tr>
<tr><td>การขอรับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร</td><td>4 ขั้นตอน 30 วัน</td><td>คำขอ สอ.1 บัตรประชาชน ใบรับรองแพทย์</td><td>100 - 3,000 บาท</td></tr>
<tr><td>การชำระภาษีที่ดินและสิ่งปลูกสร้าง</td><td>2 ขั้นตอน 15 นาที</td><td>ใบแจ้งประเมิน (ภ.ด.ส.6)</td><td>ไม่มีค่าธรรมเนียม</td></tr></table>
<p>ดาวน์โหลดคู่มือฉบับเต็ม: {doc_link("citizen_build")}</p>""")
    es = [("/eservice/", "E-Service")]
    page("/eservice/", "ระบบบริการออนไลน์ (E-Service)", """<p>ประชาชนสามารถยื่นคำร้องผ่านระบบออนไลน์ได้ตลอด 24 ชั่วโมง
เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p><ul><li><a href="/eservice/request/">ยื่นคำร้องออนไลน์</a> (แจ้งซ่อมไฟฟ้าสาธารณะ ขอรับถังขยะ
ขอใช้รถน้ำ ลงทะเบียนเบี้ยยังชีพ)</li><li><a href="/eservice/stats/">สถิติการให้บริการ E-Service</a></li>
<li><a href="/complaint/">ร้องเรียน/ร้องทุกข์ออนไลน์</a></li></ul>""")
    page("/eservice/request/", "ยื่นคำร้องออนไลน์", """<form method="post" action="/eservice/submit/">
<label>ประเภทคำร้อง <select name="type"><option>แจ้งซ่อมไฟฟ้าสาธารณะ</option><option>ขอรับถังขยะ</option>
<option>ขอใช้รถน้ำ/รถกระเช้า</option><option>ลงทะเบียนเบี้ยยังชีพผู้สูงอายุ</option></select></label>
<label>ชื่อ-สกุล <input name="name" required></label><label>เลขประจำตัวประชาชน <input name="pid" required></label>
<label>โทรศัพท์ <input name="tel" required></label><label>ที่อยู่/สถานที่ <textarea name="addr"></textarea></label>
<label>รายละเอียด <textarea name="detail"></textarea></label><label>แนบไฟล์ <input type="file" name="file"></label>
<button type="submit">ส่งคำร้อง</button></form>""", es)
    page("/eservice/stats/", "สถิติการให้บริการ E-Service", f"""<p>ปีงบประมาณ พ.ศ. 2569 (ตุลาคม 2568 - มีนาคม 2569)</p>
<table><tr><th>บริการ</th><th>ไตรมาส 1</th><th>ไตรมาส 2</th><th>รวม</th></tr><tr><td>แจ้งซ่อมไฟฟ้าสาธารณะ</td><td>131</td><td>113</td><td>244</td></tr>
<tr><td>ขอรับถังขยะ</td><td>36</td><td>33</td><td>69</td></tr><tr><td>ขอใช้รถน้ำ/รถกระเช้า</td><td>15</td><td>19</td><td>34</td></tr>
<tr><td>ลงทะเบียนเบี้ยยังชีพผู้สูงอายุ</td><td>50</td><td>59</td><td>109</td></tr></table>
<p>ดาวน์โหลด: {doc_link("estats69")}</p>""", es)

    # complaint
    page("/complaint/", "ร้องเรียน/ร้องทุกข์", """<p>ศูนย์รับเรื่องร้องเรียนร้องทุกข์ เทศบาลนครวารินทร์ธานี โทร 1132</p>
<form method="post" action="/complaint/send/"><label>เรื่อง <input name="subject"></label><label>รายละเอียด <textarea name="d"></textarea></label>
<button type="submit">ส่งเรื่อง</button></form><p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>""")
    page("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"""<p>ผู้ร้องเรียนสามารถแจ้งเรื่องร้องเรียน
การทุจริตและประพฤติมิชอบของเจ้าหน้าที่เทศบาลได้ทางแบบฟอร์มนี้ ข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>
<form method="post" action="/complaint/corruption/send/"><label>ชื่อ-สกุล (ไม่ระบุได้) <input name="name"></label>
<label>โทรศัพท์/อีเมล <input name="contact"></label><label>เจ้าหน้าที่/หน่วยงานที่ถูกร้องเรียน <input name="who"></label>
<label>รายละเอียดการกระทำ <textarea name="detail" required></textarea></label><label>หลักฐาน <input type="file" name="file"></label>
<button type="submit">ส่งเรื่องร้องเรียน</button></form>
<p>คู่มือ: {doc_link("complaint_manual")}</p><p>สถิติ: {doc_link("cstats68")}</p>""")

    # integrity
    ikeys = by_date(k for k in DOCS if DOCS[k][2] == "integrity")
    page("/integrity/", "คุณธรรมและความโปร่งใส", f"<p>เอกสารด้านการป้องกันการทุจริตและส่งเสริมคุณธรรม</p>{doc_table(ikeys, True)}")

    # archive
    arc = [("/archive/", "ศูนย์เอกสาร")]
    years = [2569, 2568, 2567, 2566]
    tabs = " | ".join(f'<a href="/archive/{y}/">ปีงบประมาณ {y}</a>' for y in years)
    page("/archive/", "ศูนย์เอกสาร (Document Archive)", f"""<p>เลือกปีงบประมาณ: {tabs}</p><h2>หมวดหมู่</h2><ul>{"".join(
        f"<li>{c} ({sum(1 for k in DOCS if DOCS[k][2] == s)} รายการ)</li>" for s, c in CATS.items())}</ul>
<h2>เอกสารล่าสุด</h2>{doc_table(by_date(DOCS)[:10], True)}""")
    for y in years:
        keys = [k for k in DOCS if (DOCS[k][3] == y or (y == 2566 and DOCS[k][3] < 2566))]
        parts = []
        for s, c in CATS.items():
            ks = by_date(k for k in keys if DOCS[k][2] == s)
            if ks:
                parts.append(f"<h2>{c}</h2>{doc_table(ks, True)}")
        label = f"ปีงบประมาณ {y}" + (" และก่อนหน้า" if y == 2566 else "")
        page(f"/archive/{y}/", f"ศูนย์เอกสาร {label}", f"<p>เลือกปีงบประมาณ: {tabs}</p>" + "".join(parts), arc)

    # procurement
    pro = [("/procurement/", "จัดซื้อจัดจ้าง")]
    page("/procurement/", "ประกาศจัดซื้อจัดจ้าง", f"""<ul><li><a href="/procurement/sor1/2569/">สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</a></li>
<li><a href="/procurement/annual/">รายงานผลการจัดซื้อจัดจ้างประจำปี</a></li></ul>
<h2>ประกาศล่าสุด</h2>{doc_table(by_date(k for k in DOCS if DOCS[k][2] == "procure"))}
<p>ประกาศ e-bidding ดูได้ที่ระบบเครือข่ายการจัดซื้อจัดจ้างภาครัฐ <a href="https://www.gprocurement.go.th/">www.gprocurement.go.th</a></p>""")
    for y in (2569, 2568):
        tabs = " | ".join(f'<a href="/procurement/sor1/{t}/">ปี {t}</a>' for t in (2569, 2568))
        keys = sorted((k for k in DOCS if DOCS[k][2] == "sor1" and DOCS[k][3] == y), key=lambda k: DOCS[k][4])
        page(f"/procurement/sor1/{y}/", f"สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ {y}",
             f"<p>{tabs}</p>{doc_table(keys)}", pro)
    page("/procurement/annual/", "รายงานผลการจัดซื้อจัดจ้างประจำปี",
         doc_table(["procannual68", "procannual67"]), pro)

    # news
    nw = [("/news/", "ข่าวสาร")]
    page("/news/", "ข่าวสารเทศบาล", news_list(fy69) + '<p class="pager">หน้า 1 <a href="/news/page/2/">2</a></p>')
    page("/news/page/2/", "ข่าวสารเทศบาล (หน้า 2)", news_list(older) + '<p class="pager"><a href="/news/">1</a> หน้า 2</p>', nw)
    for nid in NEWS:
        page(f"/news/view/{nid}/", NEWS[nid][2], news_body(nid), nw)

    # ITA
    ita = [("/ita/", "ITA")]
    page("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
         '<ul><li><a href="/ita/2569/">ITA ปี 2569</a></li><li><a href="/ita/2568/">ITA ปี 2568</a></li></ul>')
    page("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569", ita_table(ITA69), ita)
    page("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_table(ITA68), ita)
    page("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in MENU + SIDE) + "</ul>")
    page("/policy/", "นโยบายเว็บไซต์", "<p>นโยบายการคุ้มครองข้อมูลส่วนบุคคล และนโยบายการรักษาความมั่นคงปลอดภัยเว็บไซต์</p>")


if __name__ == "__main__":
    main()
