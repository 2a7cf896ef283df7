"""Generate the pages of the "saoplatform" test site (run _make_docs.py first).

Run:  python tests/sites/saoplatform/_make_pages.py

The อบต. rents a page on a shared provincial LAO web platform: every page is /index/?page=...
(a static copy of /index/?<query> is the one file index/.q/<query>/index.html, see crawler/serve.py),
the same site banner image, top menu, left column (chief executive, menus, ITA links, visitor
counter) and footer on every page.  / and /index/ are the home page.  Documents are rows of seven
download categories (/index/?page=download&cat=N, newest first); the ITA pages
/index/?page=ita2568 (o1 … o26 in the office's own short wording) and last year's
/index/?page=ita2567 are still both in the left column.  Deterministic.
"""

from __future__ import annotations

import html
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))  # the repo root
sys.path.insert(0, HERE)

from _make_docs import BROKEN, DOCS, ORG  # noqa: E402

LOC = "อำเภอโพนทอง จังหวัดร้อยเอ็ด"
CATS = {
    1: "แผนพัฒนาท้องถิ่น",
    2: "แผนการดำเนินงานและงบประมาณ",
    3: "รายงานผลการดำเนินงาน",
    4: "การจัดซื้อจัดจ้าง / สขร.1",
    5: "งานบุคคล",
    6: "งานบริการประชาชน",
    7: "คุณธรรมและความโปร่งใส",
}
TH_SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def q(query: str) -> str:
    """The site link of a platform page."""
    return "/index/?" + html.escape(query)


def f(key: str) -> str:
    no, ext = DOCS[key][0], DOCS[key][1]
    return f"/files/{no}.{ext}"


def when(dt) -> str:
    return f"{dt.day} {TH_SHORT[dt.month - 1]} {dt.year + 543}"


MENU = [("หน้าหลัก", q("page=home")), ("ข้อมูลทั่วไป", q("page=about")), ("โครงสร้าง", q("page=structure")),
        ("คณะผู้บริหาร", q("page=executive")), ("ข่าวประชาสัมพันธ์", q("page=news")),
        ("ดาวน์โหลดเอกสาร", q("page=download&cat=1")), ("E-Service", q("page=eservice")),
        ("ติดต่อเรา", q("page=contact"))]
LEFT = [("ประวัติความเป็นมา", q("page=about")), ("วิสัยทัศน์/พันธกิจ", q("page=vision")),
        ("อำนาจหน้าที่", q("page=authority")), ("สมาชิกสภา อบต.", q("page=council")),
        ("บุคลากร", q("page=personnel")), ("นโยบายผู้บริหาร", q("page=policy"))] + [
        (name, q(f"page=download&cat={n}")) for n, name in CATS.items()] + [
        ("กฎหมายที่เกี่ยวข้อง", q("page=law")), ("กระดานถาม-ตอบ", q("page=webboard")),
        ("ร้องเรียนการทุจริต", q("page=complaint")), ("แหล่งท่องเที่ยว/OTOP", q("page=otop")),
        ("ภาพกิจกรรม", q("page=gallery")), ("แผนผังเว็บไซต์", q("page=sitemap"))]


def layout(title: str, body: str) -> str:
    menu = " | ".join(f'<a href="{u}">{t}</a>' for t, u in MENU)
    left = "\n".join(f'<li><a href="{u}">{t}</a></li>' for t, u in LEFT)
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} - {ORG}</title>
<link rel="stylesheet" href="/assets/style.css">
</head>
<body>
<div id="banner"><a href="/index/?page=home"><img src="/assets/banner.png" alt="{ORG} {LOC}"></a></div>
<div id="topmenu">{menu}</div>
<div id="wrap">
<div id="left">
<div class="box"><img src="/assets/person.png" alt="นายก อบต." width="120"><br>
นายประเสริฐ ศรีคำภา<br>นายกองค์การบริหารส่วนตำบลโนนสะแบงงาม<br>โทร. 08 9417 2253</div>
<div class="box"><h3>เมนูหลัก</h3><ul>
{left}
</ul></div>
<div class="box"><h3>ITA</h3><ul>
<li><a href="{q('page=ita2568')}">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2568</a></li>
<li><a href="{q('page=ita2567')}">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2567</a></li>
</ul></div>
<div class="box">ผู้เข้าชมเว็บไซต์ 184,302 ครั้ง</div>
</div>
<div id="content">
<h1>{html.escape(title)}</h1>
{body}
</div>
</div>
<div id="footer">{ORG} {LOC} 45110 โทร. 0 4357 1284 โทรสาร 0 4357 1285<br>
ระบบเว็บไซต์องค์กรปกครองส่วนท้องถิ่น จังหวัดร้อยเอ็ด (แพลตฟอร์มกลาง) | <a href="{q('page=sitemap')}">แผนผังเว็บไซต์</a></div>
</body>
</html>
"""


PAGES: dict[str, tuple[str, str]] = {}  # query -> (title, body)


def page(query: str, title: str, body: str) -> None:
    PAGES[query] = (title, body)


# ---------------------------------------------------------------- news

NEWS = [  # id, date (B.E. y, m, d), title, body
    (1418, (2568, 4, 2), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
     "<p>ขอเชิญผู้มีหน้าที่เสียภาษีที่ดินและสิ่งปลูกสร้างชำระภาษีได้ที่กองคลัง ภายในวันที่ 30 เมษายน 2568</p>"),
    (1412, (2568, 3, 12), "ตรวจรับงานก่อสร้างถนน คสล. หมู่ที่ 3",
     "<p>คณะกรรมการตรวจรับพัสดุพร้อมผู้แทนประชาคมหมู่บ้านร่วมตรวจรับงานก่อสร้างถนน คสล. บ้านโนนสะแบง หมู่ที่ 3</p>"),
    (1405, (2568, 2, 24), "ผลการจัดประชุมประชาคมหมู่บ้านและประชาคมตำบล เพื่อจัดทำแผนพัฒนาท้องถิ่น ปี 2568",
     "<p>องค์การบริหารส่วนตำบลโนนสะแบงงามจัดประชุมประชาคมหมู่บ้านครบทั้ง 12 หมู่บ้าน ระหว่างวันที่ 3 - 14 กุมภาพันธ์ 2568 "
     "มีประชาชนเข้าร่วมรวม 684 คน เสนอโครงการรวม 63 โครงการ และประชุมประชาคมตำบลเมื่อวันที่ 21 กุมภาพันธ์ 2568 "
     "ผู้เข้าร่วม 92 คน (ผู้นำชุมชน ผู้แทนกลุ่มอาชีพ อสม. และผู้สูงอายุ) เพื่อจัดลำดับความสำคัญของโครงการ</p>"
     "<p>ผลการประชุม: โครงการด้านโครงสร้างพื้นฐาน 31 โครงการ ด้านคุณภาพชีวิต 19 โครงการ ด้านเศรษฐกิจ 8 โครงการ "
     "ด้านการบริหารจัดการ 5 โครงการ จะบรรจุในแผนพัฒนาท้องถิ่น (เพิ่มเติม) และแจ้งผลให้ทุกหมู่บ้านทราบทางหอกระจายข่าว</p>"),
    (1398, (2568, 1, 28), "ขอเชิญร่วมประชุมประชาคมหมู่บ้าน ประจำปี 2568",
     "<p>ขอเชิญชาวตำบลโนนสะแบงงามทุกหมู่บ้านร่วมประชุมประชาคมหมู่บ้าน ระหว่างวันที่ 3 - 14 กุมภาพันธ์ 2568 "
     "ตามกำหนดการที่แจ้งผ่านผู้ใหญ่บ้าน</p>"),
    (1391, (2568, 1, 17), "โครงการอบรมคุณธรรมจริยธรรม ขับเคลื่อนประมวลจริยธรรมของพนักงานส่วนท้องถิ่น ประจำปี 2568",
     "<p>เมื่อวันที่ 16 มกราคม 2568 องค์การบริหารส่วนตำบลโนนสะแบงงามจัดโครงการอบรมคุณธรรมจริยธรรมให้แก่ผู้บริหาร "
     "สมาชิกสภา พนักงานส่วนตำบลและพนักงานจ้าง รวม 36 คน ทบทวนประมวลจริยธรรมและ Do's &amp; Don'ts ในการปฏิบัติงาน "
     f'วิทยากรจากสำนักงานส่งเสริมการปกครองท้องถิ่นอำเภอโพนทอง (<a href="{f("ethics")}">ประมวลจริยธรรม</a>)</p>'),
    (1386, (2568, 1, 11), "งานวันเด็กแห่งชาติ ประจำปี 2568",
     "<p>จัดงานวันเด็กแห่งชาติ ณ ศูนย์พัฒนาเด็กเล็กบ้านโนนสะแบง มีเด็กและผู้ปกครองร่วมงานกว่า 300 คน</p>"),
    (1379, (2568, 2, 3), "ประกาศรับสมัครพนักงานจ้าง",
     f'<p>รับสมัครพนักงานจ้าง 3 อัตรา ระหว่างวันที่ 10 - 21 กุมภาพันธ์ 2568 <a href="{f("recruit")}">รายละเอียด</a></p>'),
    (1370, (2567, 12, 20), "มอบผ้าห่มกันหนาวแก่ผู้สูงอายุและผู้ยากไร้",
     "<p>นายก อบต. พร้อมคณะมอบผ้าห่มกันหนาว 250 ผืน แก่ผู้สูงอายุ ผู้พิการ และผู้ยากไร้ทั้ง 12 หมู่บ้าน</p>"),
    (1362, (2567, 11, 25), "งานประเพณีลอยกระทง ประจำปี 2567",
     "<p>จัดงานประเพณีลอยกระทง ณ หนองสะแบง หมู่ที่ 7 เมื่อวันที่ 15 พฤศจิกายน 2567</p>"),
    (1355, (2567, 10, 15), "ซ่อมแซมระบบประปาหมู่บ้าน หมู่ที่ 8",
     "<p>กองช่างดำเนินการซ่อมแซมระบบประปาหมู่บ้าน บ้านหนองแวง หมู่ที่ 8 ให้ใช้การได้ตามปกติ</p>"),
    (1301, (2567, 2, 20), "ผลการประชุมประชาคมหมู่บ้าน ประจำปี 2567",
     "<p>ประชุมประชาคมหมู่บ้าน 12 หมู่บ้าน ระหว่างวันที่ 5 - 16 กุมภาพันธ์ 2567 ผู้เข้าร่วม 641 คน</p>"),
    (1288, (2567, 1, 13), "งานวันเด็กแห่งชาติ ประจำปี 2567",
     "<p>จัดงานวันเด็กแห่งชาติ ประจำปี 2567 ณ ศูนย์พัฒนาเด็กเล็กบ้านโนนสะแบง</p>"),
    (1275, (2566, 10, 23), "ทำบุญตักบาตรเนื่องในวันปิยมหาราช",
     "<p>ผู้บริหารและพนักงานร่วมทำบุญตักบาตรและวางพวงมาลา เนื่องในวันปิยมหาราช 23 ตุลาคม 2566</p>"),
]
NEWS.sort(key=lambda n: n[1], reverse=True)


def thdate(t) -> str:
    y, m, day = t
    return f"{day} {TH_SHORT[m - 1]} {y}"


def news_list(items) -> str:
    return "<table class=\"list\">\n" + "\n".join(
        f'<tr><td>{thdate(t)}</td><td><a href="{q(f"page=news&id={i}")}">{title}</a></td></tr>'
        for i, t, title, _ in items) + "\n</table>"


FY2568 = [n for n in NEWS if n[1] >= (2567, 10, 1)]
OLDER = [n for n in NEWS if n[1] < (2567, 10, 1)]
page("page=news", "ข่าวประชาสัมพันธ์", news_list(FY2568)
     + f'<p>หน้า 1 <a href="{q("page=news&p=2")}">2</a></p>')
page("page=news&p=2", "ข่าวประชาสัมพันธ์ (หน้า 2)", news_list(OLDER)
     + f'<p><a href="{q("page=news")}">1</a> หน้า 2</p>')
for i, t, title, body in NEWS:
    page(f"page=news&id={i}", title, f"<p class=\"date\">โพสต์เมื่อ {thdate(t)} โดย admin</p>\n{body}")

# ---------------------------------------------------------------- download categories

for n, name in CATS.items():
    rows = sorted((v for v in DOCS.values() if v[2] == n), key=lambda v: v[4], reverse=True)
    lines = [f'<tr><td>{html.escape(row)}</td><td>{when(up)}</td>'
             f'<td><a href="/files/{no}.{ext}">ดาวน์โหลด ({ext.upper()})</a></td></tr>'
             for no, ext, _c, row, up, *_ in rows]
    if n == 7:  # the clerk's row whose upload is gone
        lines.insert(0, '<tr><td>รายงานการรับของขวัญ ทรัพย์สิน หรือประโยชน์อื่นใด ปี 2567</td><td>8 พ.ย. 2567</td>'
                        f'<td><a href="/files/{BROKEN["gift_report"]}.pdf">ดาวน์โหลด (PDF)</a></td></tr>')
    others = " | ".join(f'<a href="{q(f"page=download&cat={m}")}">{c}</a>' for m, c in CATS.items() if m != n)
    page(f"page=download&cat={n}", f"ดาวน์โหลดเอกสาร : {name}",
         f"<p>หมวดอื่น: {others}</p>\n<table class=\"list\"><tr><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n"
         + "\n".join(lines) + "\n</table>")

# ---------------------------------------------------------------- ITA pages

cat = {n: q(f"page=download&cat={n}") for n in CATS}
ITA2568 = [
    ("o1", "โครงสร้างหน่วยงาน", [("แผนผังโครงสร้าง", q("page=structure")), ("อำนาจหน้าที่", q("page=authority"))]),
    ("o2", "ข้อมูลผู้บริหาร", [("คณะผู้บริหาร", q("page=executive"))]),
    ("o3", "ข้อมูลการติดต่อ", [("ติดต่อเรา", q("page=contact"))]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", q("page=news"))]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", cat[1])]),
    ("o6", "แผนดำเนินงานและการใช้งบประมาณประจำปี", [("แผนการดำเนินงาน", f("op2568")),
                                                 ("ข้อบัญญัติงบประมาณ", f("budget2568")),
                                                 ("รายงานกำกับติดตาม 6 เดือน", f("sixm"))]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", f("annual_perf")),
                                          ("รายงานการใช้จ่ายงบประมาณ", f("budget_report"))]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", f("manual"))]),
    ("o9", "คู่มือการให้บริการประชาชน", [("คู่มือสำหรับประชาชน", f("citizen_manual"))]),
    ("o10", "E-Service", [("E-Service", q("page=eservice"))]),
    ("o11", "สถิติการให้บริการ", [("สถิติการให้บริการ", f("stats2568"))]),
    ("o12", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1", cat[4])]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานผล", f("proc_annual"))]),
    ("o14", "แผนพัฒนาบุคลากร", [("แผนพัฒนาบุคลากร", f("hrplan2567"))]),
    ("o15", "รายงานผลการพัฒนาบุคลากร", [("รายงานผล", f("hrreport"))]),
    ("o16", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", f("ethics")), ("กิจกรรมขับเคลื่อนจริยธรรม", q("page=news&id=1391"))]),
    ("o17", "คู่มือเรื่องร้องเรียน", [("คู่มือ", f("complaint_manual"))]),
    ("o18", "ช่องทางร้องเรียนการทุจริต", [("ร้องเรียนการทุจริต", q("page=complaint"))]),
    ("o19", "สถิติเรื่องร้องเรียน", [("สถิติเรื่องร้องเรียน", f("complaint_stats"))]),
    ("o20", "การมีส่วนร่วม", [("ประชาคมหมู่บ้าน", q("page=news&id=1405"))]),
    ("o21", "No Gift Policy", [("ประกาศเจตนารมณ์", f("nogift"))]),
    ("o22", "รายงานการรับของขวัญ", [("รายงาน", f"/files/{BROKEN['gift_report']}.pdf")]),
    ("o23", "การประเมินความเสี่ยงการทุจริต", [("ผลการประเมิน", f("risk2568"))]),
    ("o24", "การจัดการความเสี่ยงการทุจริต", [("รายงานผล", f("risk_report"))]),
    ("o25", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต", f("acplan"))]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานผล", f("acreport"))]),
]
ITA2567 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่นสี่ปี", f("plan_old"))]),
    ("o6", "แผนดำเนินงานประจำปี", [("แผนการดำเนินงาน 2567", f("op2567"))]),
    ("o11", "สถิติการให้บริการ", [("สถิติ", f("stats2567"))]),
    ("o12", "สขร.1", [("สขร.1 ก.ย. 2567", f("skr256709"))]),
    ("o21", "No Gift Policy", [("ประกาศ", f("nogift"))]),
    ("o23", "การประเมินความเสี่ยงการทุจริต", [("ผลการประเมิน", f"/files/{BROKEN['ita2567_o23']}.pdf")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานผล", f("acreport"))]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ข้อมูล</th></tr>']
    for code, label, links in rows:
        cells = " , ".join(f'<a href="{u}">{t}</a>' for t, u in links)
        out.append(f"<tr><td>{code}</td><td>{label}</td><td>{cells}</td></tr>")
    return "\n".join(out) + "\n</table>"


page("page=ita2568", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568",
     "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568</p>\n"
     + ita_table(ITA2568))
page("page=ita2567", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567",
     "<p>ITA ประจำปีงบประมาณ พ.ศ. 2567 (ข้อมูลบางส่วน)</p>\n" + ita_table(ITA2567))

# ---------------------------------------------------------------- about pages

page("page=home", "หน้าหลัก",
     "<h2>ข่าวล่าสุด</h2>\n" + news_list(FY2568[:5])
     + f'\n<p><a href="{q("page=news")}">ข่าวทั้งหมด</a></p>'
     + f'\n<h2>เอกสารล่าสุด</h2><p><a href="{f("stats2568")}">สถิติการให้บริการประชาชน ปีงบประมาณ 2568</a><br>'
     f'<a href="{f("skr256803")}">สขร.1 ประจำเดือนมีนาคม 2568</a></p>')
page("page=about", "ประวัติความเป็นมา",
     "<p>องค์การบริหารส่วนตำบลโนนสะแบงงามยกฐานะจากสภาตำบลเมื่อปี พ.ศ. 2540 ตั้งอยู่ทางทิศเหนือของอำเภอโพนทอง "
     "ห่างจากที่ว่าการอำเภอประมาณ 14 กิโลเมตร มีพื้นที่ประมาณ 52 ตารางกิโลเมตร 12 หมู่บ้าน ประชากร 7,108 คน</p>")
page("page=vision", "วิสัยทัศน์ / พันธกิจ",
     "<p>วิสัยทัศน์ \"โนนสะแบงงามน่าอยู่ เกษตรปลอดภัย ชุมชนเข้มแข็ง บริหารโปร่งใส\"</p>"
     "<ol><li>พัฒนาโครงสร้างพื้นฐาน</li><li>ส่งเสริมคุณภาพชีวิต</li><li>ส่งเสริมเกษตรปลอดภัย</li>"
     "<li>บริหารจัดการตามหลักธรรมาภิบาล</li></ol>")
page("page=structure", "โครงสร้างส่วนราชการ",
     '<p><img src="/assets/chart.png" alt="แผนผังโครงสร้างองค์การบริหารส่วนตำบลโนนสะแบงงาม" width="600"></p>'
     "<h2>ฝ่ายการเมือง (ฝ่ายบริหาร)</h2><ul><li>นายกองค์การบริหารส่วนตำบล<ul><li>รองนายก อบต. (2 คน)</li>"
     "<li>เลขานุการนายก อบต.</li></ul></li></ul>"
     "<h2>ฝ่ายนิติบัญญัติ</h2><ul><li>สภาองค์การบริหารส่วนตำบล: ประธานสภา รองประธานสภา เลขานุการสภา สมาชิกสภา 12 คน</li></ul>"
     "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดองค์การบริหารส่วนตำบล<ul><li>รองปลัด อบต.</li><li>สำนักปลัด</li><li>กองคลัง</li>"
     "<li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>")
page("page=authority", "อำนาจหน้าที่",
     "<p>ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 67 68 และพระราชบัญญัติกำหนดแผนและขั้นตอน"
     "การกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
     "<li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ</li>"
     "<li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li>"
     "<li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
     "<li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li></ol>")
EXECS = [("นายประเสริฐ ศรีคำภา", "นายกองค์การบริหารส่วนตำบล", "08 9417 2253"),
         ("นายสุรชัย บุญหนา", "รองนายกองค์การบริหารส่วนตำบล", "08 6230 5518"),
         ("นางอรุณี สีหาราช", "รองนายกองค์การบริหารส่วนตำบล", "08 1059 7732"),
         ("นายวีระ มูลสาร", "เลขานุการนายกองค์การบริหารส่วนตำบล", "09 3388 1406"),
         ("นางสาววิไลวรรณ พรหมสุวรรณ", "ปลัดองค์การบริหารส่วนตำบล", "08 7712 6049")]
page("page=executive", "คณะผู้บริหาร", "\n".join(
    f'<div class="person"><img src="/assets/person.png" alt="{n}" width="110"><br>{n}<br>{p}<br>โทร. {t}</div>'
    for n, p, t in EXECS))
page("page=council", "สมาชิกสภา อบต.",
     "<p>นายบุญมี ทองสุข ประธานสภา / นายสมหมาย แสนพล รองประธานสภา / นางจันทร์เพ็ญ ดวงมณี เลขานุการสภา</p>"
     "<p>สมาชิกสภาองค์การบริหารส่วนตำบล หมู่ที่ 1 - 12 รวม 12 คน</p>")
page("page=personnel", "บุคลากร",
     "<p>สำนักปลัด 9 คน กองคลัง 5 คน กองช่าง 4 คน กองการศึกษาฯ 6 คน (ข้อมูล ณ 1 ตุลาคม 2567)</p>")
page("page=policy", "นโยบายผู้บริหาร",
     "<p>นโยบายของนายประเสริฐ ศรีคำภา ที่แถลงต่อสภาองค์การบริหารส่วนตำบลเมื่อ 2 พฤษภาคม 2564: "
     "ถนนปลอดฝุ่น น้ำประปาสะอาด ผู้สูงอายุมีคุณภาพ</p>")
page("page=contact", "ติดต่อเรา",
     f"<p>{ORG}<br>เลขที่ 99 หมู่ที่ 1 ตำบลโนนสะแบงงาม {LOC} 45110</p>"
     "<p>โทรศัพท์ 0 4357 1284 โทรสาร 0 4357 1285<br>อีเมล saraban@nonsabaengngam.go.th</p>"
     "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
     '<p><a href="https://maps.google.com/?q=16.0712,103.9651">แผนที่ตั้งสำนักงาน (Google Maps)</a></p>')
page("page=eservice", "E-Service บริการออนไลน์",
     "<p>ยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง โดยไม่ต้องเดินทางมาที่สำนักงาน เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p><ul>"
     '<li><a href="https://forms.gle/Nsb8kQ2eService01">ขอรับบริการจัดเก็บขยะมูลฝอย</a></li>'
     '<li><a href="https://forms.gle/Nsb8kQ2eService02">ขอรับการช่วยเหลือสาธารณภัย / ขอน้ำอุปโภคบริโภค</a></li>'
     '<li><a href="https://forms.gle/Nsb8kQ2eService03">ขอซ่อมไฟฟ้าส่องสว่างสาธารณะ</a></li></ul>'
     '<form action="/index/?page=eservice&amp;send=1" method="post"><p>ชื่อ-สกุล <input name="name"> '
     'โทรศัพท์ <input name="tel"> เรื่องที่ขอรับบริการ <textarea name="detail"></textarea> '
     '<button type="submit">ส่งคำร้อง</button></p></form>')
page("page=complaint", "ร้องเรียนการทุจริตและประพฤติมิชอบ",
     "<p>แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ "
     "หรือโทร. 0 4357 1284 ต่อ 12</p>"
     '<form action="/index/?page=complaint&amp;send=1" method="post"><p>ชื่อ-สกุล (ไม่ระบุก็ได้) <input name="name"> '
     'เรื่องที่ร้องเรียน <input name="subject"> รายละเอียด <textarea name="detail"></textarea> '
     'แนบไฟล์ <input type="file" name="att"> <button type="submit">ส่งเรื่องร้องเรียน</button></p></form>')
page("page=webboard", "กระดานถาม-ตอบ",
     "<p>ถาม: ชำระภาษีป้ายได้ถึงเมื่อไร (12 มี.ค. 2568)<br>ตอบ: ภายในวันที่ 31 มีนาคม 2568 ที่กองคลัง</p>")
page("page=law", "กฎหมายที่เกี่ยวข้อง",
     "<ul><li>พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537</li>"
     "<li>พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</li><li>พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562</li></ul>")
page("page=otop", "แหล่งท่องเที่ยว / OTOP", "<p>ผ้าไหมมัดหมี่บ้านโนนสะแบง ข้าวหอมมะลิอินทรีย์ หนองสะแบง</p>")
page("page=gallery", "ภาพกิจกรรม", news_list(FY2568[:6]))
page("page=sitemap", "แผนผังเว็บไซต์", "<ul>" + "".join(
    f'<li><a href="{u}">{t}</a></li>' for t, u in MENU + LEFT) + "</ul>")


def build() -> None:
    index = os.path.join(HERE, "index")
    if os.path.isdir(index):
        shutil.rmtree(index)
    for query, (title, body) in PAGES.items():
        folder = os.path.join(index, ".q", query)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as fh:
            fh.write(layout(title, body))
    home = layout(*PAGES["page=home"])
    for path in (os.path.join(HERE, "index.html"), os.path.join(index, "index.html")):
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(home)
    make_assets()


def make_assets() -> None:
    from PIL import Image, ImageDraw, ImageFont

    from tests.docmaker import FONT

    assets = os.path.join(HERE, "assets")
    os.makedirs(assets, exist_ok=True)
    font = ImageFont.truetype(str(FONT), 30)
    banner = Image.new("RGB", (960, 120), (22, 96, 60))
    ImageDraw.Draw(banner).text((30, 36), f"{ORG} {LOC}", font=font, fill=(255, 240, 160))
    banner.save(os.path.join(assets, "banner.png"), optimize=True)
    Image.new("RGB", (110, 130), (200, 200, 210)).save(os.path.join(assets, "person.png"), optimize=True)
    chart = Image.new("L", (600, 260), 255)
    draw = ImageDraw.Draw(chart)
    small = ImageFont.truetype(str(FONT), 16)
    for x, y, text in [(240, 10, "นายก อบต."), (40, 10, "สภา อบต."), (240, 90, "ปลัด อบต."),
                       (10, 180, "สำนักปลัด"), (130, 180, "กองคลัง"), (250, 180, "กองช่าง"),
                       (370, 180, "กองการศึกษาฯ"), (490, 180, "ตรวจสอบภายใน")]:
        draw.rectangle((x, y, x + 100, y + 40), outline=0)
        draw.text((x + 6, y + 10), text, font=small, fill=0)
    chart.save(os.path.join(assets, "chart.png"), optimize=True)
    with open(os.path.join(assets, "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#banner img{width:100%}#topmenu{background:#16603c;"
                 "padding:6px}#topmenu a{color:#fff}#wrap{display:flex}#left{width:230px;background:#eef5ee}"
                 "#content{flex:1;padding:12px}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
                 "padding:4px}#footer{background:#16603c;color:#fff;padding:8px}.person{display:inline-block;"
                 "width:180px;text-align:center}\n")


if __name__ == "__main__":
    build()
