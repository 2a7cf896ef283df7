"""Generate the pages of the "waterworks" test site (การประปาส่วนภูมิภาคสาขาวังน้ำใส, invented).

Run after _make_docs.py:  python tests/sites/waterworks/_make_pages.py

A branch office's own small site: top bar, banner, menu, a side column (the branch manager, quick
links, both ITA years, the hotline) and a footer on every page.  Documents are listed by category
under /download/<cat>/ (newest first), the monthly สขร.1 under /procurement/; news under /news/
(FY2568) and /news/page/2/ (FY2567).  The ITA page /ita/2568/ is a table o1 … o26 in the branch's
own short wording; last year's /ita/2567/ is still linked from the side column.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import FILE_NO, ROWS, name  # noqa: E402

ORG = "การประปาส่วนภูมิภาคสาขาวังน้ำใส"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน / แผนกลยุทธ์", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "สถิติการให้บริการ", "procure": "ประกาศจัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส"}
MISSING_SIZE = "688.2 KB"
OLD_DEAD = "/files/26655.pdf"  # last year's ITA analysis (ITA 2566): deleted


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


MENU = [("หน้าหลัก", "/"), ("เกี่ยวกับสาขา", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวสาร", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("ดาวน์โหลด", "/download/"), ("บริการผู้ใช้น้ำ", "/services/tariff/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/2568/"), ("ติดต่อสาขา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">{ORG} · สายด่วนแจ้งท่อแตกรั่ว 0 4590 1234 ตลอด 24 ชั่วโมง</div>
<div id="banner"><img src="/assets/logo.svg" alt="โลโก้ กปภ.สาขาวังน้ำใส" width="60" height="60">
<b>{ORG}</b><br><small>Provincial Waterworks, Wang Nam Sai Branch (การประปาส่วนภูมิภาคเขต ๙)</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/person.svg" alt="ผู้จัดการสาขา" width="90"><br><b>ผู้จัดการสาขา</b><br>นายประเสริฐ ธาราวงศ์</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/eservice/">ยื่นคำขอออนไลน์</a><br>
<a href="/services/pay/">ช่องทางชำระค่าน้ำ</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/ita/2568/">ITA ๒๕๖๘</a><br><a href="/ita/2567/">ITA ๒๕๖๗</a><br>
<a href="/water-quality/">คุณภาพน้ำประปา</a></div>
<div class="box">ผู้เข้าชม ๔๑,๒๗๐ ครั้ง</div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} เลขที่ 88 หมู่ที่ 5 ถนนศรีภูมิ-วังใส ตำบลวังน้ำใส อำเภอวังน้ำใส จังหวัดศรีภูมิ 34990<br>
โทรศัพท์ 0 4590 1234 โทรสาร 0 4590 1235 อีเมล wangnamsai.branch@example.co.th ·
<a href="/sitemap/">แผนผังเว็บไซต์</a> · <a href="/faq/">คำถามที่พบบ่อย</a><br>
© ๒๕๖๕ {ORG}</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def f(key: str) -> str:
    return name(key)


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>[{ext.upper()}] {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str) -> list[str]:
    keys = [k for k in ROWS if ROWS[k][1] == cat]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


def a(href: str, text: str = "ดาวน์โหลด") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in B.E., title, paragraphs (HTML allowed in paragraphs)
    (531, (2568, 4, 9), "ประกาศหยุดจ่ายน้ำชั่วคราว เพื่อเชื่อมท่อเมนถนนศรีภูมิ-วังใส",
     ["สาขาวังน้ำใสจะหยุดจ่ายน้ำในวันที่ 17 เมษายน 2568 เวลา 22.00 - 04.00 น. เพื่อเชื่อมท่อเมนใหม่ตามโครงการเปลี่ยนท่อเมน AC",
      "พื้นที่ได้รับผลกระทบ หมู่ 1, 2, 5 ตำบลวังน้ำใส ขออภัยในความไม่สะดวก"]),
    (527, (2568, 3, 21), "กิจกรรมวันน้ำโลก 2568 ปลูกต้นไม้ริมแหล่งน้ำดิบ",
     ["พนักงานสาขาวังน้ำใสร่วมกับโรงเรียนบ้านวังใสปลูกต้นไม้ 300 ต้นริมห้วยวังใส แหล่งน้ำดิบของสาขา เมื่อวันที่ 21 มีนาคม 2568"]),
    (522, (2568, 2, 14), "ผลการประชุมกลุ่มผู้ใช้น้ำ ประจำปี 2568",
     ["เมื่อวันพุธที่ 12 กุมภาพันธ์ 2568 สาขาวังน้ำใสจัดประชุมกลุ่มผู้ใช้น้ำ ณ ห้องประชุมที่ว่าการอำเภอวังน้ำใส "
      "ผู้เข้าร่วม 84 คน ได้แก่ กำนัน ผู้ใหญ่บ้าน และผู้แทนผู้ใช้น้ำจาก 4 ตำบล",
      "ผู้ใช้น้ำเสนอปัญหาน้ำไหลอ่อนช่วงเย็นที่บ้านโคกใส หมู่ 7 และขอขยายเขตจำหน่ายน้ำบ้านเหล่าหมู่ 4 "
      "สาขารับไปติดตั้งเครื่องสูบน้ำเพิ่มแรงดัน (Booster) ภายในเดือนมิถุนายน 2568 และบรรจุการขยายเขตบ้านเหล่าในคำของบลงทุนปี 2569",
      "สาขาจะรายงานความคืบหน้าแก่ผู้ใช้น้ำผ่านหน้าข่าวสารของเว็บไซต์และกลุ่มไลน์ผู้ใหญ่บ้าน"]),
    (518, (2568, 1, 29), "ขอเชิญประชุมกลุ่มผู้ใช้น้ำ ประจำปี 2568",
     ["สาขาวังน้ำใสขอเชิญผู้แทนผู้ใช้น้ำร่วมประชุมในวันพุธที่ 12 กุมภาพันธ์ 2568 เวลา 09.00 น. ณ ห้องประชุมที่ว่าการอำเภอวังน้ำใส",
      "หนังสือเชิญ: " + a(f"/files/{FILE_NO['invite']}.pdf", "หนังสือเชิญประชุม (PDF)")]),
    (515, (2568, 1, 17), "อบรมจริยธรรมพนักงาน ขับเคลื่อนประมวลจริยธรรม กปภ.",
     ["วันที่ 16 มกราคม 2568 สาขาวังน้ำใสจัดอบรมเรื่องประมวลจริยธรรมของพนักงาน การประปาส่วนภูมิภาค และการป้องกันผลประโยชน์ทับซ้อน "
      "พนักงานและลูกจ้างเข้าร่วม 29 คน พร้อมทำแบบทดสอบก่อนและหลังอบรม คะแนนเฉลี่ยเพิ่มจาก 61 เป็น 88 คะแนน",
      "ประมวลจริยธรรม: " + a(f"/files/{FILE_NO['ethics']}.pdf", "ข้อบังคับว่าด้วยประมวลจริยธรรม")]),
    (511, (2568, 1, 6), "ประกาศรับสมัครลูกจ้างชั่วคราว ตำแหน่งพนักงานอ่านมาตรวัดน้ำ",
     ["รับสมัครตั้งแต่วันที่ 6 - 17 มกราคม 2568 รายละเอียด " + a(f"/files/{FILE_NO['hr-recruit']}.pdf", "ประกาศรับสมัคร")]),
    (507, (2567, 12, 10), "ผลตรวจคุณภาพน้ำประปาไตรมาสที่ 1 ผ่านเกณฑ์มาตรฐาน",
     ["ผลตรวจตัวอย่างน้ำ 12 จุดในเขตจำหน่ายน้ำ เดือนพฤศจิกายน 2567 ผ่านเกณฑ์คุณภาพน้ำประปาดื่มได้ทุกจุด คลอรีนอิสระคงเหลือ 0.3 - 0.8 มก./ล."]),
    (503, (2567, 11, 18), "รณรงค์ลดน้ำสูญเสีย แจ้งท่อแตกรั่วรับของที่ระลึก",
     ["ผู้ใช้น้ำที่แจ้งจุดท่อแตกรั่วผ่านสายด่วน 0 4590 1234 หรือ E-Service ช่วงพฤศจิกายน 2567 - มกราคม 2568 รับกระบอกน้ำที่ระลึก"]),
    (499, (2567, 10, 25), "ช่องทางชำระค่าน้ำประปาเพิ่มเติม",
     ["ผู้ใช้น้ำชำระค่าน้ำได้ที่สำนักงานสาขา เคาน์เตอร์เซอร์วิส ธนาคาร และแอปพลิเคชันของการประปาส่วนภูมิภาค"]),
    (496, (2567, 10, 7), "ประชุมพนักงานประจำเดือนตุลาคม 2567 มอบเป้าหมายปีงบประมาณ 2568",
     ["ผู้จัดการสาขามอบเป้าหมายปีงบประมาณ 2568: อัตราน้ำสูญเสียไม่เกินร้อยละ 24 ผู้ใช้น้ำรายใหม่ 350 ราย"]),
    (471, (2567, 9, 12), "ทำบุญครบรอบ 45 ปี การประปาส่วนภูมิภาค",
     ["พนักงานสาขาร่วมทำบุญตักบาตรและบริจาคน้ำดื่มแก่โรงพยาบาลวังน้ำใส"]),
    (455, (2567, 6, 18), "อบรมความปลอดภัยในการใช้คลอรีน",
     ["พนักงานผลิต 6 คนเข้ารับการอบรมการใช้และการรั่วไหลของคลอรีน ณ โรงกรองน้ำสาขา"]),
    (440, (2567, 3, 22), "กิจกรรมวันน้ำโลก 2567",
     ["สาขาเปิดโรงกรองน้ำให้นักเรียน 120 คนเข้าเยี่ยมชมกระบวนการผลิตน้ำประปา"]),
    (431, (2567, 1, 10), "มอบน้ำดื่มงานวันเด็กแห่งชาติ 2567",
     ["สาขาสนับสนุนน้ำดื่ม 50 แพ็คแก่งานวันเด็กของเทศบาลตำบลวังน้ำใส"]),
    (420, (2566, 12, 14), "อบรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ปี 2566",
     ["พนักงาน 31 คนเข้ารับการอบรมเมื่อวันที่ 13 ธันวาคม 2566"]),
    (412, (2566, 10, 6), "ผู้ใช้น้ำรายที่ 10,000 ของสาขาวังน้ำใส",
     ["สาขามอบของที่ระลึกแก่ผู้ใช้น้ำรายที่ 10,000 บ้านหนองตาไก้"]),
]
PER_PAGE = 10


def news_pages() -> None:
    for nid, (y, m, day), title, paras in NEWS:
        body = f'<p class="date">โพสต์เมื่อ {day} {MONTHS[m - 1]} {y}</p>\n' + "\n".join(f"<p>{p}</p>" for p in paras)
        body += '\n<p><a href="/news/">« กลับหน้าข่าวสาร</a></p>'
        write(f"/news/{nid}/", title, body)
    for page in (1, 2):
        chunk = NEWS[(page - 1) * PER_PAGE: page * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{nid}/">{esc(t)}</a> <small>({day} {MONTHS[m - 1]} {y})</small></li>'
                          for nid, (y, m, day), t, _p in chunk)
        nav = '<p>หน้า: <a href="/news/">1</a> <a href="/news/page/2/">2</a></p>'
        write("/news/" if page == 1 else "/news/page/2/", "ข่าวสารสาขา", f"<ul class=\"news\">\n{items}\n</ul>\n{nav}")


# ---------------------------------------------------------------- ITA pages

def ita_table(rows) -> str:
    out = []
    for code, text, links in rows:
        cell = " ".join(a(h, t) for h, t in links) if links else "อยู่ระหว่างดำเนินการ"
        out.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cell}</td></tr>")
    return ('<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n' + "\n".join(out) + "</table>")


ITA_2568 = [
    ("o1", "โครงสร้างสาขา", [("/about/structure/", "โครงสร้าง"), ("/about/authority/", "อำนาจหน้าที่")]),
    ("o2", "ผู้บริหารสาขา", [("/about/executives/", "ผู้บริหาร")]),
    ("o3", "ข้อมูลติดต่อสาขา", [("/contact/", "ติดต่อ")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("/news/", "ข่าวสาร")]),
    ("o5", "แผนกลยุทธ์สาขา", [(f("plan-6367"), "แผนปฏิบัติการเชิงกลยุทธ์")]),
    ("o6", "แผนดำเนินงาน / แผนการใช้จ่ายงบประมาณ / รายงานรอบ 6 เดือน",
     [(f("action-68"), "แผนดำเนินงาน"), (f("budget-68"), "แผนการใช้จ่าย"), (f("half-67"), "รายงาน 6 เดือน")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("/download/report/", "รายงาน")]),
    ("o8", "คู่มือปฏิบัติงานพนักงาน", [(f("manual-staff"), "คู่มือ")]),
    ("o9", "คู่มือประชาชน", [(f("manual-service"), "คู่มือประชาชน")]),
    ("o10", "E-Service", [("/eservice/", "E-Service")]),
    ("o11", "สถิติการให้บริการ", [(f("stats-67"), "สถิติ")]),
    ("o12", "ผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", [("/procurement/", "สขร.1")]),
    ("o13", "สรุปผลจัดซื้อจัดจ้างประจำปี", [(f("proc-annual-67"), "รายงาน")]),
    ("o14", "แผนบริหารทรัพยากรบุคคล", [("/download/hr/", "งานบุคคล")]),
    ("o15", "รายงานผลบริหารทรัพยากรบุคคล", [(f("hr-report-67"), "รายงาน")]),
    ("o16", "ประมวลจริยธรรม / การขับเคลื่อน", [(f("ethics"), "ประมวลจริยธรรม"), ("/news/515/", "กิจกรรม")]),
    ("o17", "คู่มือจัดการเรื่องร้องเรียนการทุจริต", [(f("complaint-manual"), "คู่มือ")]),
    ("o18", "ช่องทางร้องเรียนการทุจริต", [("/complaint/corruption/", "แจ้งเรื่อง")]),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [(f("complaint-68"), "สถิติ")]),
    ("o20", "การมีส่วนร่วม", [("/news/522/", "ประชุมกลุ่มผู้ใช้น้ำ")]),
    ("o21", "No Gift Policy", [(f("nogift"), "ประกาศ")]),
    ("o22", "รายงานการรับของขวัญ", [(f("gift-67"), "รายงาน")]),
    ("o23", "การประเมินความเสี่ยงการทุจริต ประจำปี 2568", [(f("risk-67"), "ประเมินความเสี่ยง 2568")]),
    ("o24", "รายงานผลจัดการความเสี่ยงการทุจริต", [(f("risk-report-67"), "รายงาน")]),
    ("o25", "แผนป้องกันการทุจริต", [("/download/integrity/", "เอกสาร")]),
    ("o26", "รายงานผลป้องกันการทุจริต", [(f("anti-rep-67"), "รายงาน")]),
]

ITA_2567 = [
    ("o1", "โครงสร้าง", [("/about/structure/", "คลิก")]),
    ("o5", "แผนกลยุทธ์", [(f("plan-6367"), "คลิก")]),
    ("o6", "รายงานรอบ 6 เดือน", [(f("half-67"), "คลิก")]),
    ("o12", "สขร.1", [("/procurement/", "คลิก")]),
    ("o14", "แผนบริหารทรัพยากรบุคคล 2567", [(f("hr-plan-67"), "คลิก")]),
    ("o21", "No Gift Policy", [(f("nogift"), "คลิก")]),
    ("o25", "แผนป้องกันการทุจริต 2567", [(f("anti-plan-67"), "คลิก")]),
    ("o27", "การวิเคราะห์ผล ITA 2566", [(OLD_DEAD, "คลิก")]),
]


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    write("/", "หน้าหลัก",
          "<h2>ข่าวล่าสุด</h2><ul>" + "".join(f'<li><a href="/news/{n}/">{esc(t)}</a></li>' for n, _d, t, _p in NEWS[:5])
          + '</ul><h2>บริการ</h2><p><a href="/eservice/">ยื่นคำขอติดตั้งประปาใหม่ออนไลน์</a> · '
          '<a href="/services/outage/">ประกาศหยุดจ่ายน้ำ</a> · <a href="/download/">เอกสารดาวน์โหลด</a></p>'
          '<p><a href="/ita/2568/">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568</a></p>')
    write("/about/history/", "ประวัติสาขา",
          "<p>การประปาส่วนภูมิภาคสาขาวังน้ำใสเริ่มจ่ายน้ำเมื่อปี พ.ศ. 2524 ใช้น้ำดิบจากห้วยวังใส "
          "ปัจจุบันให้บริการ 4 ตำบล ผู้ใช้น้ำ 10,326 ราย (มีนาคม 2568) อยู่ในสังกัดการประปาส่วนภูมิภาคเขต 9</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ (ตามแผนวิสาหกิจ กปภ.): น้ำประปาสะอาด ทั่วถึง บริการเป็นเลิศ</p>"
          "<ol><li>ผลิตและจ่ายน้ำประปาที่ได้มาตรฐาน</li><li>ขยายบริการอย่างทั่วถึง</li><li>บริหารจัดการอย่างโปร่งใส</li></ol>")
    write("/about/structure/", "โครงสร้างสาขา",
          "<p>การประปาส่วนภูมิภาค (สำนักงานใหญ่) → การประปาส่วนภูมิภาคเขต 9 → การประปาส่วนภูมิภาคสาขาวังน้ำใส</p>"
          '<img src="/assets/chart.svg" alt="แผนภูมิโครงสร้างสาขา" width="480">'
          "<ul><li>ผู้จัดการสาขา<ul><li>งานบริการลูกค้า</li><li>งานบัญชีและการเงิน (รวมงานพัสดุ)</li>"
          "<li>งานผลิตและควบคุมคุณภาพน้ำ</li><li>งานบำรุงรักษาระบบจ่ายน้ำและควบคุมน้ำสูญเสีย</li><li>งานธุรการ</li></ul></li></ul>"
          "<p>อัตรากำลัง พนักงาน 18 คน ลูกจ้าง 14 คน</p>")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>การประปาส่วนภูมิภาคจัดตั้งตามพระราชบัญญัติการประปาส่วนภูมิภาค พ.ศ. 2522 มาตรา 6 สรุปหน้าที่ของสาขาดังนี้</p>"
          "<ol><li>สำรวจ จัดหาแหล่งน้ำดิบ และผลิตน้ำประปาในเขตจำหน่ายน้ำของสาขา</li>"
          "<li>จัดส่งและจำหน่ายน้ำประปา ติดตั้งและบำรุงรักษาระบบท่อ</li>"
          "<li>ควบคุมคุณภาพน้ำให้เป็นไปตามมาตรฐาน</li><li>ให้บริการผู้ใช้น้ำ เก็บเงินค่าน้ำ และรับเรื่องร้องเรียน</li>"
          "<li>ดำเนินธุรกิจอื่นที่เกี่ยวข้องตามที่การประปาส่วนภูมิภาคมอบหมาย</li></ol>")
    people = [("นายประเสริฐ ธาราวงศ์", "ผู้จัดการการประปาส่วนภูมิภาคสาขาวังน้ำใส", "0 4590 1234 ต่อ 11"),
              ("นางสาววรรณา เพชรสุข", "หัวหน้างานบริการลูกค้า", "0 4590 1234 ต่อ 12"),
              ("นางพรทิพย์ ใจดี", "หัวหน้างานบัญชีและการเงิน", "0 4590 1234 ต่อ 13"),
              ("นายอนุชา บุญล้น", "หัวหน้างานผลิตและควบคุมคุณภาพน้ำ", "0 4590 1234 ต่อ 14"),
              ("นายสุรเชษฐ์ ทองมา", "หัวหน้างานบำรุงรักษาระบบจ่ายน้ำ", "0 4590 1234 ต่อ 16")]
    write("/about/executives/", "ผู้บริหารสาขา", "\n".join(
        f'<div class="person"><img src="/assets/person.svg" alt="{esc(n)}" width="90"><br><b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>'
        for n, p, t in people))
    write("/about/area/", "พื้นที่ให้บริการ",
          "<p>ตำบลวังน้ำใส ตำบลหนองตาไก้ ตำบลโคกใส และตำบลบ้านเหล่า อำเภอวังน้ำใส</p>")
    write("/contact/", "ติดต่อสาขา",
          "<p>การประปาส่วนภูมิภาคสาขาวังน้ำใส เลขที่ 88 หมู่ที่ 5 ถนนศรีภูมิ-วังใส ตำบลวังน้ำใส อำเภอวังน้ำใส จังหวัดศรีภูมิ 34990</p>"
          "<p>โทรศัพท์ 0 4590 1234 โทรสาร 0 4590 1235 อีเมล wangnamsai.branch@example.co.th</p>"
          "<p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.2231,104.0412">แผนที่ Google Maps</a></p>')
    write("/eservice/", "E-Service บริการออนไลน์",
          '<ul><li><a href="/eservice/new-connection/">ยื่นคำขอติดตั้งประปาใหม่ออนไลน์</a></li>'
          '<li><a href="/eservice/leak/">แจ้งท่อแตกรั่ว / น้ำไม่ไหล</a></li></ul>')
    write("/eservice/new-connection/", "ยื่นคำขอติดตั้งประปาใหม่ออนไลน์",
          '<form method="post" action="/eservice/new-connection/"><p>ชื่อ-นามสกุล <input name="name" required></p>'
          '<p>เลขบัตรประชาชน <input name="idcard" required></p><p>ที่อยู่ที่ขอติดตั้ง <textarea name="addr"></textarea></p>'
          '<p>โทรศัพท์ <input name="tel"></p><p>แนบสำเนาทะเบียนบ้าน <input type="file" name="doc"></p>'
          '<p><button type="submit">ส่งคำขอ</button></p></form><p>เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>')
    write("/eservice/leak/", "แจ้งท่อแตกรั่ว",
          '<form method="post" action="/eservice/leak/"><p>จุดที่พบ <input name="place"></p><p>รายละเอียด <textarea name="d"></textarea></p>'
          '<p>โทรศัพท์ <input name="tel"></p><p><button type="submit">แจ้ง</button></p></form>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          '<p>ร้องเรียนเรื่องบริการ โทร. 0 4590 1234 ต่อ 12</p><p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          '<form method="post" action="/complaint/corruption/"><p>ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="name"></p>'
          '<p>ผู้ถูกร้อง/ตำแหน่ง <input name="who"></p><p>รายละเอียด <textarea name="detail" required></textarea></p>'
          '<p>หลักฐาน <input type="file" name="file"></p><p><button type="submit">ส่งเรื่อง</button></p></form>'
          "<p>หรือแจ้งผู้จัดการสาขาโดยตรง โทร. 0 4590 1234 ต่อ 11 ข้อมูลผู้ร้องเก็บเป็นความลับ</p>")
    write("/services/tariff/", "อัตราค่าน้ำประปา",
          "<table><tr><th>หน่วย (ลบ.ม.)</th><th>บาท/หน่วย</th></tr><tr><td>0 - 10</td><td>10.20</td></tr>"
          "<tr><td>11 - 20</td><td>16.00</td></tr><tr><td>21 - 30</td><td>19.00</td></tr></table>")
    write("/services/pay/", "ช่องทางชำระค่าน้ำ", "<p>สำนักงานสาขา · ธนาคาร · เคาน์เตอร์เซอร์วิส · แอปพลิเคชัน</p>")
    write("/services/outage/", "ประกาศหยุดจ่ายน้ำ", '<p><a href="/news/531/">หยุดจ่ายน้ำ 17 เมษายน 2568</a></p>')
    write("/water-quality/", "คุณภาพน้ำประปา", '<p><a href="/news/507/">ผลตรวจคุณภาพน้ำไตรมาสที่ 1/2568</a></p>')
    write("/faq/", "คำถามที่พบบ่อย",
          "<p><b>ถาม</b> ขอติดตั้งประปาใช้เวลากี่วัน <b>ตอบ</b> ประมาณ 7 วันทำการหลังชำระเงิน</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")

    # downloads
    write("/download/", "ดาวน์โหลดเอกสาร",
          "<ul>" + "".join(f'<li><a href="/download/{c}/">{esc(t)}</a> ({len(listed(c))})</li>' for c, t in CATS.items()) + "</ul>")
    for c, t in CATS.items():
        write(f"/download/{c}/", t, table(listed(c)))
    months = sorted((k for k in ROWS if k.startswith("skr-")), key=lambda k: ROWS[k][2], reverse=True)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          table(months) + '<p>ประกาศจัดซื้อจัดจ้างอื่น: <a href="/download/procure/">ดูทั้งหมด</a> · '
          '<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>')

    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ 2568",
          "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ปี 2568</p>" + ita_table(ITA_2568))
    write("/ita/2567/", "OIT ปี 2567", ita_table(ITA_2567))


def assets() -> None:
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    files = {
        "style.css": "body{font-family:Tahoma,sans-serif;margin:0}#top{background:#036;color:#fff;padding:4px}"
                     "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:200px;padding:8px}"
                     "#main{flex:1;padding:8px}.box{border:1px solid #ccc;margin:6px 0;padding:6px}"
                     "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}#footer{background:#eee;padding:8px}\n",
        "logo.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60"><circle cx="30" cy="30" r="28" fill="#06c"/></svg>\n',
        "person.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="110"><rect width="90" height="110" fill="#ddd"/></svg>\n',
        "chart.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="120"><rect x="190" y="5" width="100" height="30" '
                     'fill="none" stroke="#000"/><text x="200" y="25" font-size="12">ผู้จัดการสาขา</text></svg>\n',
    }
    for fname, text in files.items():
        with open(os.path.join(HERE, "assets", fname), "w", encoding="utf-8") as fh:
            fh.write(text)


def main() -> None:
    assets()
    news_pages()
    static_pages()


if __name__ == "__main__":
    main()
