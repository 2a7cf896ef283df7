"""Generate the HTML pages of the "rubberbranch" test site (การยางแห่งประเทศไทย สาขาทุ่งโพธิ์ทอง, invented).

Run:  python tests/sites/rubberbranch/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

The branch's pages on the enterprise's portal template: the portal's header bar, the branch's menu,
a side column (the head of the branch, today's rubber price, links to the head office and to the
ITA pages), a breadcrumb and a footer on every page; pages are folder/index.html.  Documents are
listed by category under /download/<cat>/, the monthly procurement summaries on /procurement/,
procurement notices on /procurement/notice/, news under /news/ (two pages).  The ITA page
/ita/2568/ is a table of o1 … o26 in the branch's own short wording whose links go to files (the
head office's and its own), pages or category lists; last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "การยางแห่งประเทศไทย สาขาทุ่งโพธิ์ทอง"
SHORT = "กยท.สาขาทุ่งโพธิ์ทอง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ", "stats": "สถิติการให้บริการ",
        "hr": "การบริหารทรัพยากรบุคคล", "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
HIDDEN = {"risk-67"}  # linked only from last year's ITA page
MISSING_SIZE = "388.2 KB"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าแรกสาขา", "/"), ("เกี่ยวกับสาขา", "/about/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวสาขา", "/news/"), ("บริการเกษตรกร", "/services/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("เอกสารดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อสาขา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/portal.css"></head>
<body>
<div id="portalbar"><img src="/assets/raot-logo.png" alt="การยางแห่งประเทศไทย" width="48" height="48">
<b>การยางแห่งประเทศไทย</b> Rubber Authority of Thailand ·
<a href="https://www.raot.example/">หน้าหลัก กยท.</a> · <a href="https://www.raot.example/branches">สาขาทั่วประเทศ</a> ·
ศูนย์บริการข้อมูล 1143</div>
<div id="banner"><b>{ORG}</b><br><small>สังกัด การยางแห่งประเทศไทยจังหวัดสุราษฎร์ธานี · สำนักงานเขตภาคใต้ตอนบน</small></div>
<ul id="menu">
{menu}
</ul>
<div id="crumb"><a href="https://www.raot.example/">กยท.</a> › สำนักงานเขตภาคใต้ตอนบน › กยท.จังหวัดสุราษฎร์ธานี ›
<a href="/">สาขาทุ่งโพธิ์ทอง</a> › {esc(title)}</div>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/person.png" alt="หัวหน้าสาขา" width="80" height="96"><br><b>หัวหน้า{SHORT}</b><br>
นายวีระพงษ์ ศรีสมบูรณ์<br>โทร. 0 7738 2514 ต่อ 101</div>
<div class="box"><b>ราคายางวันนี้</b><br>ยางแผ่นดิบ ๖๗.๕๐ บาท/กก.<br>น้ำยางสด ๖๔.๐๐ บาท/กก.<br>
<a href="/price/">ดูราคาย้อนหลัง</a></div>
<div class="box"><b>ลิงก์</b><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br><a href="/ita/2567/">ITA ๒๕๖๗ (ปีที่ผ่านมา)</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/eservice/">ยื่นคำขอออนไลน์</a><br>
<a href="https://www.raot.example/ita">ITA สำนักงานใหญ่</a></div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} เลขที่ 88/4 หมู่ที่ 2 ถนนทุ่งโพธิ์-ควนใน ตำบลทุ่งโพธิ์ อำเภอทุ่งโพธิ์ทอง จังหวัดสุราษฎร์ธานี 84290<br>
โทรศัพท์ 0 7738 2514 โทรสาร 0 7738 2515 อีเมล tungphothong@raot.example · เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น. ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© ๒๕๖๕ การยางแห่งประเทศไทย สงวนลิขสิทธิ์</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>{ext.upper()} {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่เผยแพร่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (560, (2025, 4, 8), "ขอเชิญเกษตรกรชาวสวนยางยื่นคำขอรับการสงเคราะห์ปลูกแทน รอบที่ 2 ปี 2568",
     ["กยท.สาขาทุ่งโพธิ์ทอง ขอเชิญเกษตรกรที่มีสวนยางอายุเกิน 25 ปี ยื่นคำขอรับการสงเคราะห์ปลูกแทน ตั้งแต่วันที่ 1 - 30 เมษายน 2568 "
      "ณ สำนักงานสาขา หรือผ่านระบบ E-Service"]),
    (556, (2025, 3, 27), "กยท.สาขาทุ่งโพธิ์ทอง ลงพื้นที่ตรวจติดตามแปลงปลูกแทน ตำบลควนใน",
     ["พนักงานพัฒนาการยางตรวจแปลงปลูกแทนงวดที่ 3 จำนวน 42 แปลง พร้อมให้คำแนะนำการใส่ปุ๋ยยางอ่อน"]),
    (551, (2025, 3, 5), "อบรมถ่ายทอดความรู้การทำสวนยางตามมาตรฐาน EUDR",
     ["วันที่ 5 มีนาคม 2568 จัดอบรมเกษตรกร 96 ราย เรื่องการจัดทำพิกัดแปลงและเอกสารตรวจสอบย้อนกลับตามกฎระเบียบ EUDR"]),
    (547, (2025, 2, 20), "สรุปผลเวทีรับฟังความคิดเห็นเกษตรกรชาวสวนยาง ประจำปี 2568",
     ["เมื่อวันที่ 14 กุมภาพันธ์ 2568 กยท.สาขาทุ่งโพธิ์ทอง จัดเวทีรับฟังความคิดเห็นเกษตรกรชาวสวนยาง ณ ห้องประชุมสหกรณ์กองทุนสวนยางบ้านควนใน "
      "เพื่อเปิดโอกาสให้เกษตรกรและสถาบันเกษตรกรมีส่วนร่วมในการวางแผนการสงเคราะห์ปลูกแทนและการพัฒนาตลาดยางในพื้นที่",
      "มีผู้เข้าร่วม 86 คน จากสถาบันเกษตรกร 14 แห่ง ผู้นำท้องถิ่น 6 คน",
      "ข้อเสนอที่สำคัญ: ขอให้จัดตรวจแปลงนอกเวลาราชการในช่วงกรีดยาง ขอจุดรับซื้อยางก้อนถ้วยเพิ่มที่ตำบลบางเดื่อ "
      "ขอให้แจ้งผลการอนุมัติทุนทาง SMS ซึ่งสาขาได้นำไปปรับแผนปฏิบัติงานครึ่งปีหลัง และจะแจ้งผลความคืบหน้าในเวทีครั้งถัดไป"]),
    (543, (2025, 2, 3), "ขอเชิญร่วมเวทีรับฟังความคิดเห็นเกษตรกรชาวสวนยาง 14 กุมภาพันธ์ 2568",
     ["ขอเชิญประธานสถาบันเกษตรกรและสมาชิกเข้าร่วมเวทีรับฟังความคิดเห็น วันที่ 14 กุมภาพันธ์ 2568 เวลา 09.00 น.",
      '<a href="{invite}">ดาวน์โหลดหนังสือเชิญ</a>']),
    (538, (2025, 1, 24), "กยท. เผยแพร่รายงานประจำปี",
     ["การยางแห่งประเทศไทยเผยแพร่รายงานประจำปี เพื่อให้เกษตรกรและผู้สนใจได้ทราบผลการดำเนินงานขององค์กร",
      '<a href="{annual}">ดาวน์โหลดรายงานประจำปี</a>']),
    (534, (2025, 1, 15), "กิจกรรมขับเคลื่อนประมวลจริยธรรม ปีงบประมาณ 2568",
     ["วันที่ 15 มกราคม 2568 หัวหน้าสาขาจัดกิจกรรม \"คนยางซื่อตรง\" เพื่อขับเคลื่อนประมวลจริยธรรมของผู้บริหารและพนักงานการยางแห่งประเทศไทย "
      "ให้พนักงานนำไปปฏิบัติ มีการทบทวนมาตรฐานจริยธรรม 7 ข้อ กรณีศึกษาผลประโยชน์ทับซ้อนในการตรวจแปลงปลูกแทน",
      "ผู้เข้าร่วม พนักงานและลูกจ้างของสาขา 23 คน และพนักงานจากสาขาคลองวังหิน 8 คน"]),
    (529, (2024, 12, 10), "มอบทุนการศึกษาบุตรเกษตรกรชาวสวนยาง ปี 2568",
     ["มอบทุนการศึกษาตามมาตรา 49(5) แก่บุตรเกษตรกร 35 ทุน ณ หอประชุมอำเภอทุ่งโพธิ์ทอง"]),
    (523, (2024, 11, 14), "ประกาศรับสมัครลูกจ้างเหมาบริการ ตำแหน่งผู้ช่วยพนักงานพัฒนาการยาง",
     ["รับสมัครระหว่างวันที่ 18 - 29 พฤศจิกายน 2567 ณ สำนักงานสาขา"]),
    (518, (2024, 10, 25), "เปิดจุดรับซื้อยางก้อนถ้วยเครือข่ายตลาดยาง ตำบลทุ่งโพธิ์",
     ["เปิดจุดรับซื้อทุกวันอังคารและวันศุกร์ เวลา 08.00 - 12.00 น."]),
    (514, (2024, 10, 2), "หัวหน้าสาขาประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2568",
     ["วันที่ 1 ตุลาคม 2567 หัวหน้าสาขาประกาศเจตจำนงสุจริตต่อหน้าพนักงานทุกคน", '<a href="{will}">ประกาศเจตจำนงสุจริต</a>']),
    # FY2567, on page 2
    (497, (2024, 8, 19), "กยท.สาขาทุ่งโพธิ์ทอง ร่วมงานวันยางพาราอำเภอ",
     ["จัดนิทรรศการผลิตภัณฑ์ยางพาราแปรรูป ณ ลานวัฒนธรรมอำเภอทุ่งโพธิ์ทอง"]),
    (482, (2024, 2, 16), "สรุปผลเวทีรับฟังความคิดเห็นเกษตรกรชาวสวนยาง ประจำปี 2567",
     ["เมื่อวันที่ 9 กุมภาพันธ์ 2567 จัดเวทีรับฟังความคิดเห็นเกษตรกร มีผู้เข้าร่วม 71 คน"]),
    (476, (2023, 12, 1), "มอบสวัสดิการเกษตรกรประสบภัยน้ำท่วม",
     ["มอบเงินช่วยเหลือเกษตรกรชาวสวนยางที่ประสบอุทกภัย 58 ราย"]),
    (470, (2023, 10, 5), "กยท. ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)",
     ["ขอความร่วมมือผู้มาติดต่องดให้ของขวัญแก่ผู้บริหารและพนักงาน", '<a href="{nogift}">ประกาศ No Gift Policy</a>']),
]
LINKS = {"invite": f("invite-forum"), "annual": f("annual-66"), "will": f("will-68"), "nogift": f("nogift")}


def news_pages() -> None:
    def items(chunk):
        return "<ul class=\"news\">" + "".join(
            f'<li><a href="/news/{nid}/">{esc(t)}</a> <small>{be(_dt(ymd))}</small></li>' for nid, ymd, t, _p in chunk) + "</ul>"

    write("/news/", "ข่าวสาขา", items(NEWS[:11]) + '<p>หน้า 1 <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวสาขา (หน้า 2)", items(NEWS[11:]) + '<p><a href="/news/">1</a> หน้า 2</p>')
    for nid, ymd, t, paras in NEWS:
        body = f"<p class=\"date\">วันที่ {be(_dt(ymd))}</p>" + "".join(
            f"<p>{p.format(**LINKS) if p.startswith('<a') else esc(p)}</p>" for p in paras)
        body += '<p><img src="/assets/news.png" alt="ภาพกิจกรรม" width="320" height="200"></p><p><a href="/news/">« กลับหน้าข่าว</a></p>'
        write(f"/news/{nid}/", t, body)


def _dt(ymd):
    from datetime import date

    return date(*ymd)


# ---------------------------------------------------------------- ITA pages

def cell(code: str, text: str, links: list[tuple[str, str]] | None) -> str:
    if links is None:
        target = "<span class=\"wait\">อยู่ระหว่างดำเนินการ</span>"
    else:
        target = "<br>".join(f'<a href="{u}">{esc(t)}</a>' for t, u in links)
    return f"<tr><td>{code}</td><td>{esc(text)}</td><td>{target}</td></tr>"


def ita_2568() -> str:
    rows = [
        ("o1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้างสาขา", "/about/structure/"), ("อำนาจหน้าที่ กยท.", "/about/authority/")]),
        ("o2", "ผู้บริหาร", [("ผู้บริหารสาขา", "/about/executives/")]),
        ("o3", "การติดต่อ", [("ติดต่อสาขา", "/contact/")]),
        ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวสาขา", "/news/")]),
        ("o5", "แผนยุทธศาสตร์ / แผนวิสาหกิจ", [("แผนวิสาหกิจ กยท.", f("ent-plan-63-67"))]),
        ("o6", "แผนปฏิบัติการและการใช้งบประมาณ", [("แผนปฏิบัติการ 2568", f("opplan-68")),
                                                ("แผนการใช้จ่ายงบประมาณ 2568", f("budget-68")),
                                                ("รายงานความก้าวหน้ารอบ 6 เดือน", f("sixmonth-67"))]),
        ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานประจำปี กยท.", f("annual-66"))]),
        ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", f("work-manual"))]),
        ("o9", "คู่มือการให้บริการ", [("คู่มือสำหรับประชาชน", "/download/manual/")]),
        ("o10", "E-Service", [("บริการออนไลน์", "/eservice/")]),
        ("o11", "สถิติการให้บริการ", [("สถิติการให้บริการ", f("service-stats-68"))]),
        ("o12", "สขร.1 รายเดือน", [("ผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
        ("o13", "รายงานจัดซื้อจัดจ้างประจำปี", [("รายงานสรุปผลการจัดซื้อจัดจ้าง", f("proc-year-67"))]),
        ("o14", "แผนบริหารและพัฒนาบุคลากร", [("แผน HR กยท.", f("hr-plan-68"))]),
        ("o15", "รายงานผล HR", [("รายงานผล HR", f("hr-report-67"))]),
        ("o16", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", f("ethics")), ("กิจกรรมขับเคลื่อน", "/news/534/")]),
        ("o17", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", [("คู่มือร้องเรียน", f("complaint-manual"))]),
        ("o18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
        ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติเรื่องร้องเรียน", f("complaint-stats"))]),
        ("o20", "การมีส่วนร่วม", [("เวทีรับฟังความคิดเห็นเกษตรกร", "/news/547/")]),
        ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", f("nogift"))]),
        ("o22", "รายงานการรับของขวัญ", [("รายงานการรับของขวัญ", f("gift-report-67"))]),
        ("o23", "ประเมินความเสี่ยงการทุจริต/สินบน", [("ประเมินความเสี่ยง", f("risk-68"))]),
        ("o24", "รายงานผลการจัดการความเสี่ยง", None),
        ("o25", "แผนป้องกันการทุจริต", [("เอกสารคุณธรรมและความโปร่งใส", "/download/integrity/")]),
        ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานผลป้องกันการทุจริต", f("anti-report-67"))]),
    ]
    return ("<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. ๒๕๖๘ ของการยางแห่งประเทศไทย สาขาทุ่งโพธิ์ทอง</p>"
            '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n'
            + "\n".join(cell(*r) for r in rows) + "</table>")


def ita_2567() -> str:
    rows = [
        ("o5", "แผนวิสาหกิจ", [("แผนวิสาหกิจ กยท.", f("ent-plan-63-67"))]),
        ("o6", "แผนปฏิบัติการ", [("แผนปฏิบัติการ 2567", f("opplan-67")), ("รายงานรอบ 6 เดือน", f("sixmonth-67"))]),
        ("o12", "สขร.1", [("ผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
        ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", f("nogift"))]),
        ("o23", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง 2567", f("risk-67"))]),
        ("o25", "แผนป้องกันการทุจริต", [("แผนป้องกันการทุจริต 2567", f("anti-plan-67"))]),
    ]
    return ("<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. ๒๕๖๗ (ข้อมูลปีที่ผ่านมา)</p>"
            '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n'
            + "\n".join(cell(*r) for r in rows) + "</table>")


# ---------------------------------------------------------------- the rest

STRUCTURE = """<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้างสาขา" width="420" height="260"></p>
<h2>โครงสร้างการบริหารงาน การยางแห่งประเทศไทย</h2>
<ul><li>คณะกรรมการการยางแห่งประเทศไทย</li><li>ผู้ว่าการการยางแห่งประเทศไทย · รองผู้ว่าการ 3 ด้าน</li>
<li>สำนักงานเขต 7 เขต → การยางแห่งประเทศไทยจังหวัด → สาขา</li></ul>
<h2>โครงสร้างสาขาทุ่งโพธิ์ทอง</h2>
<ul><li>หัวหน้าการยางแห่งประเทศไทย สาขาทุ่งโพธิ์ทอง
<ul><li>งานบริหารทั่วไป (ธุรการ การเงิน พัสดุ)</li><li>งานสงเคราะห์และพัฒนาการทำสวนยาง</li>
<li>งานบริการเกษตรกรและสวัสดิการ</li><li>งานส่งเสริมสถาบันเกษตรกรและตลาดยาง</li></ul></li></ul>
<p>พนักงาน 14 คน ลูกจ้าง 9 คน ดูแลพื้นที่ 6 ตำบล เกษตรกรที่ขึ้นทะเบียน 7,842 ราย</p>
<p><a href="/about/authority/">อำนาจหน้าที่</a></p>"""
AUTHORITY = """<p>ตามพระราชบัญญัติการยางแห่งประเทศไทย พ.ศ. 2558 มาตรา 9 การยางแห่งประเทศไทยมีอำนาจหน้าที่ สรุปได้ดังนี้</p>
<ol><li>ส่งเสริมและสนับสนุนการวิจัยและพัฒนาเกี่ยวกับยางและผลิตภัณฑ์ยาง</li>
<li>ส่งเสริมให้เกษตรกรชาวสวนยางปลูกแทนด้วยยางพันธุ์ดีหรือไม้ยืนต้นอื่นที่มีความสำคัญทางเศรษฐกิจ</li>
<li>ส่งเสริมและสนับสนุนการผลิต การแปรรูป การตลาด และการประกอบธุรกิจยางอย่างครบวงจร</li>
<li>จัดสวัสดิการแก่เกษตรกรชาวสวนยาง และส่งเสริมความเข้มแข็งของสถาบันเกษตรกรชาวสวนยาง</li>
<li>ศึกษาและเสนอแนะนโยบายเกี่ยวกับการพัฒนายางทั้งระบบต่อคณะกรรมการนโยบายยางธรรมชาติ</li></ol>
<h2>หน้าที่ของสาขา</h2>
<p>รับคำขอและจ่ายเงินสงเคราะห์ปลูกแทน ขึ้นทะเบียนเกษตรกร จัดสวัสดิการ ส่งเสริมสถาบันเกษตรกร และให้บริการข้อมูลราคายางในพื้นที่อำเภอทุ่งโพธิ์ทอง</p>"""
EXECUTIVES = """<table class="people">
<tr><td><img src="/assets/person.png" alt="" width="80" height="96"></td><td><b>นายวีระพงษ์ ศรีสมบูรณ์</b><br>หัวหน้าการยางแห่งประเทศไทย สาขาทุ่งโพธิ์ทอง<br>โทร. 0 7738 2514 ต่อ 101 · veerapong.s@raot.example</td></tr>
<tr><td><img src="/assets/person.png" alt="" width="80" height="96"></td><td><b>นางสาวอรอุมา แก้วมณี</b><br>พนักงานพัฒนาการยางชำนาญการ (หัวหน้างานสงเคราะห์)<br>โทร. 0 7738 2514 ต่อ 104</td></tr>
<tr><td><img src="/assets/person.png" alt="" width="80" height="96"></td><td><b>นายธนกฤต บุญรักษ์</b><br>พนักงานบริหารทั่วไป (หัวหน้างานบริหารทั่วไป)<br>โทร. 0 7738 2514 ต่อ 102</td></tr>
</table>
<p>ผู้บริหารระดับสูงของการยางแห่งประเทศไทย: <a href="https://www.raot.example/executives">ดูที่เว็บไซต์สำนักงานใหญ่</a></p>"""
CONTACT = """<p><b>การยางแห่งประเทศไทย สาขาทุ่งโพธิ์ทอง</b><br>เลขที่ 88/4 หมู่ที่ 2 ถนนทุ่งโพธิ์-ควนใน ตำบลทุ่งโพธิ์
อำเภอทุ่งโพธิ์ทอง จังหวัดสุราษฎร์ธานี 84290</p>
<p>โทรศัพท์ 0 7738 2514 · โทรสาร 0 7738 2515 · อีเมล tungphothong@raot.example · Facebook: กยท.สาขาทุ่งโพธิ์ทอง<br>
ศูนย์บริการข้อมูล กยท. 1143</p>
<p><a href="https://maps.google.com/?q=8.9105,99.1873">แผนที่ Google Maps</a></p>
<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>"""
ESERVICE = """<p>เกษตรกรชาวสวนยางสามารถยื่นคำขอรับบริการของสาขาทางออนไลน์ได้ โดยไม่ต้องเดินทางมาที่สำนักงาน</p>
<form action="https://forms.raot.example/tpt/request" method="post">
<p>ชื่อ-นามสกุล <input name="name"></p><p>เลขบัตรประจำตัวประชาชน <input name="pid"></p>
<p>โทรศัพท์ <input name="tel"></p>
<p>เรื่องที่ขอรับบริการ <select name="type"><option>ขึ้นทะเบียน/ปรับปรุงข้อมูลเกษตรกร</option>
<option>ขอรับการสงเคราะห์ปลูกแทน</option><option>ขอรับสวัสดิการ</option><option>อื่น ๆ</option></select></p>
<p>รายละเอียด <textarea name="detail"></textarea></p><p>แนบเอกสาร <input type="file" name="doc"></p>
<p><button type="submit">ส่งคำขอ</button></p></form>
<p>เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ · ตรวจสอบสถานะคำขอ: <a href="https://forms.raot.example/tpt/status">ติดตามสถานะ</a></p>"""
CORRUPTION = """<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของพนักงานการยางแห่งประเทศไทย สาขาทุ่งโพธิ์ทอง ได้ทางแบบฟอร์มนี้
ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ</p>
<form action="https://forms.raot.example/tpt/corruption" method="post">
<p>ชื่อผู้แจ้ง (ไม่ระบุก็ได้) <input name="name"></p><p>ช่องทางติดต่อกลับ <input name="contact"></p>
<p>ผู้ถูกร้องเรียน/ตำแหน่ง <input name="accused"></p><p>รายละเอียดการกระทำ <textarea name="detail"></textarea></p>
<p>หลักฐาน <input type="file" name="evidence"></p><p><button type="submit">ส่งเรื่อง</button></p></form>
<p>หรือโทร. 0 7738 2514 ต่อ 101 · ศูนย์บริการข้อมูล 1143 · ตู้ ปณ. 99 ทุ่งโพธิ์ทอง</p>"""


def main() -> None:
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "portal.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#portalbar{background:#1b5e20;color:#fff;padding:4px}"
                 "#portalbar a{color:#fff}#menu li{display:inline;margin:0 6px}#crumb{font-size:small;padding:4px}"
                 "#wrap{display:flex}#side{width:230px}#main{flex:1;padding:8px}.box{border:1px solid #ccc;margin:6px;"
                 "padding:6px}table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:3px}"
                 "#footer{background:#eee;padding:8px;font-size:small}.wait{color:#a00}\n")
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
           b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")
    for img in ("raot-logo.png", "person.png", "chart.png", "news.png"):
        with open(os.path.join(HERE, "assets", img), "wb") as fh:
            fh.write(png)

    latest = "".join(f'<li><a href="/news/{n}/">{esc(t)}</a> <small>{be(_dt(ymd))}</small></li>' for n, ymd, t, _p in NEWS[:5])
    write("/", "หน้าแรกสาขา",
          f"<h2>ข่าวล่าสุด</h2><ul>{latest}</ul><p><a href=\"/news/\">ข่าวทั้งหมด</a></p>"
          '<h2>บริการเกษตรกร</h2><p><a href="/services/replanting/">ขอรับการสงเคราะห์ปลูกแทน</a> · '
          '<a href="/services/register/">ขึ้นทะเบียนเกษตรกร</a> · <a href="/eservice/">ยื่นคำขอออนไลน์</a> · '
          '<a href="/faq/">คำถามที่พบบ่อย</a></p>'
          '<h2>การประเมินคุณธรรมและความโปร่งใส</h2><p><a href="/ita/2568/">ITA ๒๕๖๘</a></p>')
    write("/about/", "เกี่ยวกับสาขา",
          "<p>การยางแห่งประเทศไทย สาขาทุ่งโพธิ์ทอง (เดิม สำนักงานสงเคราะห์การทำสวนยางอำเภอทุ่งโพธิ์ทอง) "
          "เปลี่ยนเป็นสาขาของการยางแห่งประเทศไทยเมื่อ พ.ศ. 2558 ตามพระราชบัญญัติการยางแห่งประเทศไทย</p>"
          "<p>วิสัยทัศน์ กยท.: องค์กรหลักในการบริหารจัดการยางพาราอย่างครบวงจร</p>"
          '<p><a href="/about/structure/">โครงสร้าง</a> · <a href="/about/authority/">อำนาจหน้าที่</a> · '
          '<a href="/about/executives/">ผู้บริหาร</a></p>')
    write("/about/structure/", "โครงสร้างองค์กร", STRUCTURE)
    write("/about/authority/", "อำนาจหน้าที่", AUTHORITY)
    write("/about/executives/", "ผู้บริหารสาขา", EXECUTIVES)
    write("/contact/", "ติดต่อสาขา", CONTACT)
    write("/eservice/", "E-Service ยื่นคำขอออนไลน์", ESERVICE)
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนเรื่องทั่วไปเกี่ยวกับการให้บริการ โทร. 0 7738 2514 หรืออีเมล tungphothong@raot.example</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", CORRUPTION)
    write("/services/", "บริการเกษตรกร",
          '<ul><li><a href="/services/replanting/">การสงเคราะห์ปลูกแทน</a></li>'
          '<li><a href="/services/register/">การขึ้นทะเบียนเกษตรกรชาวสวนยาง</a></li>'
          '<li><a href="/download/manual/">คู่มือสำหรับประชาชน</a></li></ul>')
    write("/services/replanting/", "การสงเคราะห์ปลูกแทน",
          "<p>เกษตรกรที่มีสวนยางอายุเกิน 25 ปี ยื่นคำขอได้ที่สาขา อัตราการสงเคราะห์ไร่ละ 16,000 บาท จ่ายเป็นงวด</p>"
          f'<p><a href="{f("citizen-manual")}">คู่มือสำหรับประชาชน</a></p>')
    write("/services/register/", "การขึ้นทะเบียนเกษตรกรชาวสวนยาง",
          "<p>ยื่นแบบ ทบ.1 พร้อมบัตรประชาชนและเอกสารสิทธิ์ ณ สำนักงานสาขา หรือผ่าน E-Service</p>")
    write("/price/", "ราคายางย้อนหลัง",
          "<table><tr><th>วันที่</th><th>ยางแผ่นดิบ</th><th>น้ำยางสด</th></tr>"
          "<tr><td>8 เม.ย. 2568</td><td>67.50</td><td>64.00</td></tr><tr><td>7 เม.ย. 2568</td><td>67.20</td><td>63.80</td></tr>"
          "<tr><td>4 เม.ย. 2568</td><td>68.10</td><td>64.50</td></tr></table>")
    write("/faq/", "คำถามที่พบบ่อย",
          "<p><b>ถาม</b> สวนยางอายุ 22 ปี ขอปลูกแทนได้หรือไม่ <b>ตอบ</b> ได้ หากให้น้ำยางน้อยกว่าเกณฑ์ โดยพนักงานจะตรวจสวนก่อน</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>การยางแห่งประเทศไทยเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์",
          "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    news_pages()
    # documents
    cats = "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    write("/download/", "เอกสารดาวน์โหลด", f"<ul>{cats}</ul>"
          + table([k for k in listed() if ROWS[k][1] in CATS]))
    for c, t in CATS.items():
        write(f"/download/{c}/", f"เอกสารดาวน์โหลด: {t}", table(listed(c)))
    write("/procurement/", "ผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          "<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ของสาขาและหน่วยงานในสังกัด กยท.จังหวัดสุราษฎร์ธานี</p>"
          + table(listed("procure")) + '<p><a href="/procurement/notice/">ประกาศจัดซื้อจัดจ้าง</a></p>')
    write("/procurement/notice/", "ประกาศจัดซื้อจัดจ้าง", table(listed("procure-notice")))
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปี ๒๕๖๘</a></li><li><a href="/ita/2567/">ITA ประจำปี ๒๕๖๗</a></li></ul>')
    write("/ita/2568/", "ITA ๒๕๖๘ การเปิดเผยข้อมูลสาธารณะ", ita_2568())
    write("/ita/2567/", "ITA ๒๕๖๗ การเปิดเผยข้อมูลสาธารณะ", ita_2567())


if __name__ == "__main__":
    main()
