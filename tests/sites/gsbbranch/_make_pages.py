"""Generate the pages of the "gsbbranch" test site (ธนาคารออมสินภาค 21, invented).

Run after _make_docs.py:  python tests/sites/gsbbranch/_make_pages.py

A Joomla-era CMS moved onto in พฤศจิกายน 2568: articles and categories are
/index.php?option=com_content&view=...&id=N (static copies under index.php.q/<query>/index.html),
files come through /download.php?id=N.  The ITA page /ita/2569/ lists the seven groups, each group
a CMS article with rows o1 ... o26 in the office's own wording.  The anti-corruption plan sits
behind a year selector (&year=2569 / 2568 / 2567).  The previous WordPress site is still online
under /old/ (its ITA 2568 page, two posts, uploads).  News dates are in Thai digits.
"""

from __future__ import annotations

import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG, url  # noqa: E402

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
PAGES: dict[str, str] = {}


def art(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def cat(n: int, extra: str = "") -> str:
    return f"/index.php?option=com_content&view=category&id={n}{extra}"


def out_path(u: str) -> str:
    if "?" in u:
        p, q = u.split("?", 1)
        return os.path.join(HERE, p.lstrip("/") + ".q", q, "index.html")
    return os.path.join(HERE, u.lstrip("/"), "index.html")


def esc(u: str) -> str:
    return u.replace("&", "&amp;")


def a(u: str, text: str) -> str:
    return f'<a href="{esc(u)}">{text}</a>'


def dl(key: str, text: str | None = None) -> str:
    return a(url(key), text or DOCS[key]["label"])


MENU = [("/", "หน้าแรก"), (art(2), "เกี่ยวกับภาค"), (cat(8), "ข่าวสาร"), (cat(9), "เอกสารเผยแพร่"),
        ("/procurement/", "จัดซื้อจัดจ้าง"), (art(7), "บริการ"), ("/eservice/", "บริการออนไลน์"),
        ("/ita/2569/", "ITA 2569"), ("/contact/", "ติดต่อเรา")]


def page(u: str, title: str, body: str) -> None:
    menu = "".join(f"<li>{a(h, t)}</li>" for h, t in MENU)
    side = ("<div class='mod'><h3>ผู้อำนวยการภาค</h3><p>นายธีรวัฒน์ แสงอรุณรัตน์</p></div>"
            "<div class='mod'><h3>ลิงก์ที่น่าสนใจ</h3><ul>"
            '<li><a href="https://www.gsb.or.th/">ธนาคารออมสิน สำนักงานใหญ่</a></li>'
            f"<li>{a('/complaint/', 'แจ้งเรื่องร้องเรียนการทุจริต')}</li>"
            f"<li>{a(art(5), 'สาขาในสังกัด')}</li>"
            f"<li>{a('/old/', 'เว็บไซต์เดิม (ก่อน พ.ย. 2568)')}</li>"
            f"<li>{a('/old/ita-2568/', 'ITA 2568')}</li></ul></div>")
    PAGES[u] = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} - {ORG}</title>
<link rel="stylesheet" href="/templates/gsb21/css/template.css"></head>
<body><div id="top"><img src="/images/logo-gsb.png" alt="GSB"> <span class="site">{ORG}</span>
<span class="sub">Government Savings Bank Region 21</span></div>
<ul id="mainmenu">{menu}</ul>
<div id="wrap"><div id="content"><h1>{title}</h1>
{body}
</div><div id="side">{side}</div></div>
<div id="footer">{ORG} 219 ถนนศรีจันทร์เหนือ ตำบลในเมือง อำเภอเมือง จังหวัดขอนแก่น 40000
โทร. 0 4320 7710 | Copyright &copy; 2025 Government Savings Bank Region 21. Powered by Joomla!</div>
</body></html>
"""


# ---------------------------------------------------------------- news
NEWS = [  # id, date, title, body, attachments (FY2569 first, then FY2568 on page 2)
    (246, "2 เม.ย. 2569", "ภาค 21 ร่วมประเพณีสงกรานต์ พร้อมสินเชื่อฉุกเฉินสงกรานต์",
     "ผู้อำนวยการภาคพร้อมพนักงานร่วมสรงน้ำพระและรดน้ำขอพรผู้อาวุโส ณ สำนักงานภาค", []),
    (241, "16 มี.ค. 2569", "เปิดสาขาดิจิทัล (Digital Branch) สาขาหนองเรือใหม่",
     "สาขาหนองเรือใหม่ปรับเป็นสาขาดิจิทัลแห่งที่ 2 ของภาค ตามแผนปฏิบัติการประจำปี 2569", []),
    (237, "26 ก.พ. 2569", "สรุปผลเวทีรับฟังความคิดเห็นลูกค้าและชุมชน โครงการออมสินร่วมใจพัฒนาชุมชน",
     "ระหว่างวันที่ 17 - 19 กุมภาพันธ์ 2569 ภาค 21 จัดเวทีรับฟังความคิดเห็นใน 3 อำเภอ ผู้เข้าร่วม 286 คน "
     "ข้อเสนอหลัก คือ ขยายจุดบริการธนาคารประชาชนและอบรมบัญชีครัวเรือน ภาคจะเปิดหน่วยบริการเคลื่อนที่ตั้งแต่เมษายน 2569",
     ["forum_result", "forum_invite"]),
    (233, "20 ม.ค. 2569", "ประชุมชี้แจงแนวทางการประเมิน ITA ประจำปี 2569 แก่ผู้จัดการสาขา",
     "ส่วนบริหารทั่วไปชี้แจงเกณฑ์การประเมินคุณธรรมและความโปร่งใส (ITA) ปี 2569 และมอบหมายผู้รับผิดชอบข้อมูลแต่ละข้อ", []),
    (229, "19 ธ.ค. 2568", "อบรมคุณธรรมจริยธรรมและการป้องกันการทุจริต ประจำปี 2569",
     "พนักงานภาค 21 จำนวน 186 คน เข้ารับการอบรมตามประมวลจริยธรรมและจรรยาบรรณของธนาคารออมสิน "
     "เรื่องการไม่รับของขวัญ การขัดกันแห่งผลประโยชน์ และการรักษาความลับลูกค้า", []),
    (224, "25 พ.ย. 2568", "มอบสินเชื่อฟื้นฟูผู้ประสบอุทกภัย จังหวัดขอนแก่น",
     "ภาค 21 มอบสินเชื่อดอกเบี้ยต่ำแก่ผู้ประสบอุทกภัย 412 ราย วงเงินรวม 20.6 ล้านบาท", []),
    (220, "31 ต.ค. 2568", "กิจกรรมวันออมแห่งชาติ 31 ตุลาคม 2568",
     "สาขาในสังกัดภาค 21 จัดกิจกรรมส่งเสริมการออมแก่นักเรียน 38 โรงเรียน", []),
    (218, "6 ต.ค. 2568", "ต้อนรับผู้อำนวยการภาค 21 คนใหม่",
     "นายธีรวัฒน์ แสงอรุณรัตน์ เข้ารับตำแหน่งผู้อำนวยการธนาคารออมสินภาค 21 ตั้งแต่ 1 ตุลาคม 2568", []),
    (205, "18 ก.พ. 2568", "เวทีรับฟังความคิดเห็นชุมชน ประจำปี 2568",
     "ภาค 21 จัดเวทีรับฟังความคิดเห็นชุมชนที่อำเภอบ้านไผ่ ผู้เข้าร่วม 120 คน", []),
    (198, "12 ธ.ค. 2567", "อบรมจริยธรรมพนักงานใหม่ ประจำปี 2568", "พนักงานใหม่ 48 คนเข้ารับการอบรม", []),
    (190, "31 ต.ค. 2567", "กิจกรรมวันออมแห่งชาติ 2567", "สาขาในสังกัดจัดกิจกรรมส่งเสริมการออม", []),
]


def news() -> None:
    items = [f"<li>{a(art(n), t)} <span class='date'>{dt.translate(TH)}</span></li>" for n, dt, t, _, _ in NEWS]
    pager = f"<p class='pagination'>{a(cat(8), '1')} {a(cat(8, '&limitstart=8'), '2')}</p>"
    page(cat(8), "ข่าวประชาสัมพันธ์", f"<ul class='blog'>{''.join(items[:8])}</ul>{pager}")
    page(cat(8, "&limitstart=8"), "ข่าวประชาสัมพันธ์ (หน้า 2)", f"<ul class='blog'>{''.join(items[8:])}</ul>{pager}")
    for n, dt, t, body, att in NEWS:
        files = ""
        if att:
            files = "<div class='attachments'><h4>ไฟล์แนบ</h4><ul>" + "".join(
                f"<li>{dl(k, DOCS[k]['name'])}</li>" for k in att) + "</ul></div>"
        page(art(n), t, f"<p class='date'>เขียนโดย ส่วนบริหารทั่วไป วันที่ {dt.translate(TH)}</p>"
                        f"<p>{body.translate(TH)}</p>{files}")


# ---------------------------------------------------------------- ITA (one page per group)
GROUPS = [
    (101, "9.1 ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้างภาคและอำนาจหน้าที่", a(art(3), "ดูข้อมูล")),
        ("o2", "ผู้บริหารภาค", a(art(4), "ดูข้อมูล")),
        ("o3", "ติดต่อภาค / ถาม-ตอบ", a("/contact/", "ดูข้อมูล")),
        ("o4", "ข่าวประชาสัมพันธ์", a(cat(8), "ดูข้อมูล"))]),
    (102, "9.2 การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("o5", "แผนวิสาหกิจธนาคาร", dl("plan_enterprise", "ดาวน์โหลด")),
        ("o6", "แผนปฏิบัติการประจำปี 2569", a(art(12), "เปิดอ่าน (E-Book)")),
        ("o7", "รายงานผลการดำเนินงาน ปี 2568", dl("annual_report", "ดาวน์โหลด")),
        ("o8", "คู่มือปฏิบัติงานพนักงาน", dl("sop_credit", "ดาวน์โหลด")),
        ("o9", "คู่มือบริการลูกค้า", a(art(7), "ดูข้อมูล")),
        ("o10", "บริการออนไลน์และสถิติ", a("/eservice/", "ดูข้อมูล"))]),
    (103, "9.3 การจัดซื้อจัดจ้าง", [
        ("o11", "สรุปจัดซื้อจัดจ้างรายเดือน (สขร.1)", a("/procurement/", "ดูข้อมูล")),
        ("o12", "สรุปจัดซื้อจัดจ้างประจำปี 2568", dl("proc_annual", "ดาวน์โหลด"))]),
    (104, "9.4 การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("o13", "หลักเกณฑ์บริหารงานบุคคล / แผนพัฒนาบุคลากร",
         dl("hr_criteria", "หลักเกณฑ์") + " | " + dl("hr_plan", "แผนพัฒนาบุคลากร")),
        ("o14", "รายงานผลการพัฒนาบุคลากร ปี 2568", "อยู่ระหว่างรวบรวมข้อมูลจากฝ่ายทรัพยากรบุคคล"),
        ("o15", "ประมวลจริยธรรม และกิจกรรม", dl("ethics_code", "ประมวลจริยธรรม") + " | " + a(art(229), "กิจกรรม"))]),
    (105, "9.5 การส่งเสริมความโปร่งใส", [
        ("o16", "แนวปฏิบัติจัดการเรื่องร้องเรียน", dl("complaint_guide", "ดาวน์โหลด")),
        ("o17", "ช่องทางร้องเรียนการทุจริต", a("/complaint/", "แจ้งเรื่อง")),
        ("o18", "สถิติเรื่องร้องเรียน", dl("complaint_stats", "ดาวน์โหลด")),
        ("o19", "การมีส่วนร่วม", a(art(237), "ดูข้อมูล"))]),
    (106, "10.1 การป้องกันการทุจริต", [
        ("o20", "No Gift Policy", dl("nogift", "ประกาศ")),
        ("o21", "ประเมินความเสี่ยงการทุจริต", a("/old/index.php?p=1432", "ดูข้อมูล")),
        ("o22", "รายงานผลตามแผนบริหารความเสี่ยงการทุจริต", a("/download.php?id=8", "ดาวน์โหลด"))]),
    (107, "10.2 การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("o23", "แผนป้องกันการทุจริต", a(cat(20, "&year=2569"), "ดูข้อมูล")),
        ("o24", "รายงานผลป้องกันการทุจริต", a("/old/wp-content/uploads/2025/10/ac-report-2568.doc", "ดาวน์โหลด")),
        ("o25", "การนำผล ITA ไปพัฒนา", dl("ita_analysis", "ดาวน์โหลด")),
        ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", dl("integrity_report", "ดาวน์โหลด"))]),
]


def ita() -> None:
    rows = "".join(f"<tr><td>{a(art(n), g)}</td><td>{len(r)} ข้อ</td></tr>" for n, g, r in GROUPS)
    page("/ita/2569/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2569",
         f"<p>เลือกหมวดข้อมูล (OIT)</p><table class='ita'><tr><th>หมวด</th><th>จำนวน</th></tr>{rows}</table>")
    for n, g, r in GROUPS:
        body = "".join(f"<tr><td>{c}</td><td>{t}</td><td>{link}</td></tr>" for c, t, link in r)
        nav = a("/ita/2569/", "กลับหน้า ITA 2569")
        page(art(n), f"ITA 2569 : {g}",
             f"<table class='ita'><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{body}</table><p>{nav}</p>")


# ---------------------------------------------------------------- other pages
def others() -> None:
    news_items = "".join(f"<li>{a(art(n), t)} ({dt.translate(TH)})</li>" for n, dt, t, _, _ in NEWS[:5])
    page("/", "หน้าแรก", f"<div class='banner'>ออมสิน ธนาคารเพื่อสังคม</div><h2>ข่าวล่าสุด</h2><ul>{news_items}</ul>"
         f"<p>{a(cat(8), 'ข่าวทั้งหมด')}</p><h2>บริการ</h2><ul><li>{a(art(6), 'อัตราดอกเบี้ย')}</li>"
         f"<li>{a(art(10), 'ธนาคารประชาชน')}</li><li>{a(art(11), 'สินเชื่อเพื่อสังคม')}</li>"
         f"<li>{a(art(9), 'ประกาศรับสมัครงาน')}</li></ul>")
    page(art(2), "ประวัติและวิสัยทัศน์", "<p>ธนาคารออมสินภาค 21 เป็นหน่วยงานระดับภาคของธนาคารออมสิน "
         "กำกับดูแลสาขาในจังหวัดขอนแก่นและกาฬสินธุ์ 38 สาขา 4 เขต</p><p>วิสัยทัศน์: ธนาคารเพื่อสังคม</p>"
         f"<ul><li>{a(art(3), 'โครงสร้างและอำนาจหน้าที่')}</li><li>{a(art(4), 'ผู้บริหาร')}</li></ul>")
    page(art(3), "โครงสร้างและอำนาจหน้าที่",
         '<img src="/images/stories/chart_r21.jpg" alt="แผนภูมิโครงสร้างภาค 21">'
         "<h2>แผนภูมิโครงสร้าง</h2><ul><li>ผู้อำนวยการธนาคารออมสินภาค 21<ul>"
         "<li>ผู้ช่วยผู้อำนวยการภาค ด้านธุรกิจ<ul><li>ส่วนสินเชื่อ</li><li>ส่วนธุรกิจเพื่อสังคม</li></ul></li>"
         "<li>ผู้ช่วยผู้อำนวยการภาค ด้านบริหาร<ul><li>ส่วนบริหารทั่วไป</li><li>ส่วนบริหารหนี้</li></ul></li>"
         "<li>ผู้อำนวยการเขตขอนแก่น 1, ขอนแก่น 2, ชุมแพ, กาฬสินธุ์ (38 สาขา)</li></ul></li></ul>"
         "<h2>อำนาจหน้าที่</h2><ol><li>กำกับ ดูแล และสนับสนุนการดำเนินธุรกิจของเขตและสาขาในสังกัด</li>"
         "<li>บริหารสินเชื่อและการติดตามหนี้ตามอำนาจที่ได้รับมอบหมาย</li>"
         "<li>ดำเนินงานธนาคารเพื่อสังคมในพื้นที่</li><li>บริหารงานบุคคล งบประมาณ และพัสดุของภาค</li></ol>"
         "<p>ตามพระราชบัญญัติธนาคารออมสิน พ.ศ. 2489 และระเบียบธนาคารว่าด้วยการแบ่งส่วนงาน</p>")
    page(art(4), "ผู้บริหารภาค", "<table><tr><td><img src=\"/images/stories/exec1.jpg\" alt=\"\"></td>"
         "<td>นายธีรวัฒน์ แสงอรุณรัตน์<br>ผู้อำนวยการธนาคารออมสินภาค 21<br>โทร. 0 4320 7711</td></tr>"
         "<tr><td><img src=\"/images/stories/exec2.jpg\" alt=\"\"></td><td>นางสาวอรุณี ทองประเสริฐ<br>"
         "ผู้ช่วยผู้อำนวยการภาค ด้านธุรกิจ<br>โทร. 0 4320 7712</td></tr>"
         "<tr><td><img src=\"/images/stories/exec3.jpg\" alt=\"\"></td><td>นายกฤษดา พูลสวัสดิ์<br>"
         "ผู้ช่วยผู้อำนวยการภาค ด้านบริหาร<br>โทร. 0 4320 7713</td></tr></table>")
    page(art(5), "สาขาในสังกัด", "<ul><li>สาขาขอนแก่น โทร. 0 4320 8101</li><li>สาขาหนองเรือใหม่ โทร. 0 4320 8122</li>"
         "<li>สาขาชุมแพ โทร. 0 4320 8135</li><li>สาขากาฬสินธุ์ โทร. 0 4320 8160</li></ul>")
    page(art(6), "อัตราดอกเบี้ย", "<p>อัตราดอกเบี้ยเงินฝากและเงินกู้ ตามประกาศธนาคารออมสิน สำนักงานใหญ่</p>"
         '<p><a href="https://www.gsb.or.th/interest-rate/">ดูอัตราดอกเบี้ยล่าสุด</a></p>')
    page(art(7), "คู่มือการให้บริการลูกค้า",
         "<h2>การเปิดบัญชีเงินฝากเผื่อเรียก</h2><ol><li>กรอกแบบคำขอ (5 นาที)</li><li>ตรวจสอบบัตรประชาชน (5 นาที)</li>"
         "<li>รับสมุดคู่ฝาก (5 นาที)</li></ol><p>เอกสาร: บัตรประจำตัวประชาชน ค่าธรรมเนียม: ไม่มี</p>"
         f"<p>{dl('service_manual', 'ดาวน์โหลดคู่มือการให้บริการ (PDF)')}</p>")
    page(art(9), "ประกาศรับสมัครงาน", "<p>ปัจจุบันยังไม่มีประกาศรับสมัครพนักงานของภาค 21 โปรดติดตามที่เว็บไซต์สำนักงานใหญ่</p>")
    page(art(10), "ธนาคารประชาชน", "<p>สินเชื่อรายย่อยเพื่อประกอบอาชีพ วงเงินไม่เกิน 200,000 บาท</p>")
    page(art(11), "สินเชื่อเพื่อสังคม", "<p>สินเชื่อสำหรับผู้มีรายได้น้อยและผู้ประสบภัย</p>")
    page(art(12), "แผนปฏิบัติการประจำปี 2569 (E-Book)",
         '<iframe src="https://heyzine.com/flip-book/r21-ap2569.html" width="100%" height="600"></iframe>'
         f"<p>หากไม่สามารถเปิด E-Book ได้ {dl('action_plan', 'ดาวน์โหลดไฟล์ PDF')}</p>")
    # download categories
    page(cat(9), "เอกสารเผยแพร่", "<ul>" + "".join(f"<li>{a(cat(n), t)}</li>" for n, t in
         [(10, "แผนงานและรายงาน"), (11, "คุณธรรมและความโปร่งใส"), (13, "คู่มือ")]) + "</ul>")
    page(cat(10), "แผนงานและรายงาน", "<ul>" + "".join(f"<li>{dl(k)}</li>" for k in
         ["action_plan", "action_plan_draft", "annual_report", "plan_enterprise", "hr_criteria", "hr_plan"]) + "</ul>")
    page(cat(11), "คุณธรรมและความโปร่งใส", "<ul>" + "".join(f"<li>{dl(k)}</li>" for k in
         ["nogift_other", "nogift", "risk_invite", "complaint_stats", "ita_analysis", "integrity_report"])
         + f"<li>{a(cat(20, '&year=2569'), 'แผนปฏิบัติการป้องกันการทุจริต')}</li></ul>")
    page(cat(13), "คู่มือ", "<ul>" + "".join(f"<li>{dl(k)}</li>" for k in
         ["sop_credit", "service_manual", "complaint_guide", "ethics_code"]) + "</ul>")
    sel = "<form><select name='year'>" + "".join(
        f"<option>{y}</option>" for y in (2569, 2568, 2567)) + "</select></form><p>ปี: " + " | ".join(
        a(cat(20, f"&year={y}"), str(y)) for y in (2569, 2568, 2567)) + "</p>"
    page(cat(20, "&year=2569"), "แผนปฏิบัติการป้องกันการทุจริต", sel + "<p>ไม่พบรายการในปีที่เลือก</p>")
    page(cat(20, "&year=2568"), "แผนปฏิบัติการป้องกันการทุจริต", sel + f"<ul><li>{dl('acplan_2568')}</li></ul>")
    page(cat(20, "&year=2567"), "แผนปฏิบัติการป้องกันการทุจริต", sel + f"<ul><li>{a('/old/index.php?p=1290', 'แผนปฏิบัติการป้องกันการทุจริต 2567 (เว็บไซต์เดิม)')}</li></ul>")
    months = [("pm_202601", "มกราคม 2569"), ("pm_202512", "ธันวาคม 2568"), ("pm_202511", "พฤศจิกายน 2568"),
              ("pm_202510", "ตุลาคม 2568"), ("pm_sep68", "กันยายน 2568")]
    rows = f"<li>{dl('pm_202603', 'สขร.1 ประจำเดือนมีนาคม 2569')}</li>" + "".join(
        f"<li>{dl(k, 'สขร.1 ประจำเดือน' + m)}</li>" for k, m in months)
    page("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน",
         f"<ul>{rows}</ul><h2>ประกาศของธนาคาร</h2><ul><li>{dl('plan_consult')}</li></ul>")
    page("/contact/", "ติดต่อเรา", f"<p>{ORG}<br>219 ถนนศรีจันทร์เหนือ ตำบลในเมือง อำเภอเมือง จังหวัดขอนแก่น 40000</p>"
         "<p>โทร. 0 4320 7710 โทรสาร 0 4320 7719 อีเมล region21@gsb-r21.example.th</p>"
         '<p><a href="https://maps.google.com/?q=16.4331,102.8361">แผนที่ Google Maps</a></p>'
         "<h2>ถาม-ตอบ (Q&amp;A)</h2><p>ส่งคำถามถึงภาค 21 ตอบกลับภายใน 3 วันทำการ</p>"
         "<form action='/contact/send.php' method='post'><input name='name'><textarea name='q'></textarea>"
         "<button>ส่งคำถาม</button></form>")
    page("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         "<p>ผู้ร้องเรียนไม่ต้องเปิดเผยชื่อ ข้อมูลจะถูกเก็บเป็นความลับ</p>"
         "<form action='/complaint/send.php' method='post'><input name='subject'><textarea name='detail'></textarea>"
         "<input type='file' name='evidence'><button>ส่งเรื่อง</button></form>"
         "<p>หรือโทร. 0 4320 7718 (ส่วนบริหารทั่วไป) หรือส่งหนังสือถึงผู้อำนวยการภาค 21</p>")
    page("/eservice/", "บริการออนไลน์ (E-Service)",
         '<ul><li><a href="https://www.gsb.or.th/mymo/">แอปพลิเคชัน MyMo</a></li>'
         '<li><a href="https://www.gsb.or.th/loan-online/">ยื่นคำขอสินเชื่อออนไลน์</a></li></ul>'
         "<h2>นัดหมายเข้ารับบริการที่สาขาออนไลน์</h2><form action='/eservice/booking.php' method='post'>"
         "<input name='name'><input name='phone'><select name='branch'><option>สาขาขอนแก่น</option></select>"
         "<input type='date' name='date'><button>ยืนยันนัดหมาย</button></form>"
         f"<p>{dl('service_stats', 'สถิติการให้บริการออนไลน์ ปีงบประมาณ 2569')}</p>")


def old_site() -> None:
    def old(u: str, title: str, body: str) -> None:
        PAGES[u] = (f"<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'><title>{title} | ธนาคารออมสินภาค 21"
                    '</title><link rel="stylesheet" href="/old/wp-content/themes/gsb/style.css"></head><body>'
                    f"<header><h1>{a('/old/', 'ธนาคารออมสินภาค 21')}</h1><nav>{a('/old/', 'หน้าแรก')} "
                    f"{a('/old/ita-2568/', 'ITA')} {a('/', 'เว็บไซต์ใหม่')}</nav></header><main><h2>{title}</h2>{body}"
                    "</main><footer>ธนาคารออมสินภาค 21 | Proudly powered by WordPress</footer></body></html>\n")

    old("/old/", "เว็บไซต์เดิม", "<p>เว็บไซต์นี้ย้ายไปที่ระบบใหม่ตั้งแต่ พฤศจิกายน 2568</p>"
        f"<ul><li>{a('/old/index.php?p=1432', 'ประเมินความเสี่ยงการทุจริต ปี 2568')}</li>"
        f"<li>{a('/old/index.php?p=1290', 'แผนปฏิบัติการป้องกันการทุจริต ปี 2567')}</li></ul>")
    old("/old/index.php?p=1432", "การประเมินความเสี่ยงการทุจริต ประจำปี 2568",
        f"<p>โพสต์เมื่อ 15 มกราคม 2568</p><p>{dl('risk_2568', 'risk-assessment-2568.doc')}</p>")
    old("/old/index.php?p=1290", "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2567",
        f"<p>โพสต์เมื่อ 2 พฤศจิกายน 2566</p><p>{dl('acplan_2567', 'ac-plan-2567.pdf')}</p>")
    rows = [("o10", "สถิติการให้บริการ ปี 2568", a("/old/wp-content/uploads/2024/12/o10-stat.pdf", "ดาวน์โหลด")),
            ("o20", "No Gift Policy", dl("nogift", "ดาวน์โหลด")),
            ("o21", "ประเมินความเสี่ยงการทุจริต 2568", a("/old/index.php?p=1432", "ดูข้อมูล")),
            ("o23", "แผนป้องกันการทุจริต", dl("acplan_2567", "ดาวน์โหลด")),
            ("o25", "การนำผล ITA 2567 ไปพัฒนา", dl("ita_analysis", "ดาวน์โหลด"))]
    old("/old/ita-2568/", "ITA ประจำปี 2568", "<table>" + "".join(
        f"<tr><td>{c}</td><td>{t}</td><td>{link}</td></tr>" for c, t, link in rows) + "</table>")


def build() -> None:
    news()
    ita()
    others()
    old_site()
    for d in ("index.php.q", "old/index.php.q", "old/ita-2568", "news", "ita", "procurement", "contact",
              "complaint", "eservice"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    for u, html in PAGES.items():
        p = out_path(u)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(html)
    assets()


def assets() -> None:
    """The template's stylesheet and the few images its pages show (tiny, fixed bytes)."""
    import io

    from PIL import Image

    css = {"templates/gsb21/css/template.css": "body{font-family:Tahoma,sans-serif;margin:0}"
           "#top{background:#e6007e;color:#fff;padding:8px}#mainmenu li{display:inline;margin:0 6px}"
           "#wrap{display:flex}#content{flex:3;padding:10px}#side{flex:1;background:#fafafa}"
           "table.ita td,table.ita th{border:1px solid #ccc;padding:4px}\n",
           "old/wp-content/themes/gsb/style.css": "/* Theme Name: GSB Region */ body{font-family:sans-serif}\n"}
    for rel, text in css.items():
        p = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
    for rel, size in [("images/logo-gsb.png", (120, 40)), ("images/stories/chart_r21.jpg", (200, 120)),
                      ("images/stories/exec1.jpg", (60, 80)), ("images/stories/exec2.jpg", (60, 80)),
                      ("images/stories/exec3.jpg", (60, 80))]:
        buf = io.BytesIO()
        Image.new("RGB", size, (230, 0, 126)).save(buf, format="PNG" if rel.endswith("png") else "JPEG")
        p = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(buf.getvalue())


if __name__ == "__main__":
    build()
