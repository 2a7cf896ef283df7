"""Generate the HTML pages of the "revenueprov" test site (สำนักงานสรรพสามิตพื้นที่ชัยนคร, invented).

Run:  python tests/sites/revenueprov/_make_pages.py   (after _make_docs.py: file sizes are read
from the files it wrote)

An area excise office on the department's common template: a top bar, a menu, a right-hand
column (the head of office, hotline 1713, links to e-Excise and the department, a visitor
counter) and a footer on every page; pages are folder/index.html.  Documents are listed by
category under /download/<cat>/, the monthly สขร.1 on /procurement/, news under /news/ (two
pages), tax services under /services/.  The ITA page /ita/2569/ is a table of o1 … o26 in the
office's own short wording whose links go to files, pages or category lists; last year's
/ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import PROC, ROWS, TH_MONTHS, name, proc_name  # noqa: E402

ORG = "สำนักงานสรรพสามิตพื้นที่ชัยนคร"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนปฏิบัติราชการ / แผนงบประมาณ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "บริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / ทั่วไป"}
HIDDEN = {"old-anti"}  # linked only from last year's ITA page
GONE_SIZE = "388.2 KB"
OLD_DEAD = "/files/4764.pdf"  # last year's o21 (risk assessment 2567): deleted


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(THAI)


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวสาร", "/news/"), ("บริการภาษี", "/services/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">กรมสรรพสามิต กระทรวงการคลัง · สายด่วน ๑๗๑๓ · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="banner"><img src="/assets/logo.png" alt="ตรากรมสรรพสามิต" width="64" height="64">
<b>{ORG}</b><br><small>Chai Nakhon Area Excise Office</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="main">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="side">
<div class="box"><img src="/assets/person.png" alt="สรรพสามิตพื้นที่ชัยนคร" width="80" height="100"><br>
นายธีรวัฒน์ ประภาสกุลชัย<br>สรรพสามิตพื้นที่ชัยนคร</div>
<div class="box"><b>ลิงก์ที่เกี่ยวข้อง</b><br><a href="https://www.excise.go.th/">กรมสรรพสามิต</a><br>
<a href="https://e-excise.example.go.th/">ระบบ e-Excise</a><br><a href="/eservice/">บริการออนไลน์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/ita/2569/">ITA ปี ๒๕๖๙</a><br>
<a href="/ita/2568/">ITA ปี ๒๕๖๘</a><br><a href="/branches/">สาขาในสังกัด</a></div>
<div class="box">ผู้เข้าชม ๔๘,๒๐๗ ครั้ง</div>
</div></div>
<div id="footer">{ORG} ศูนย์ราชการจังหวัดชัยนคร อาคาร ๓ ชั้น ๑ ถนนราชดำริ ตำบลในเมือง อำเภอเมืองชัยนคร ๖๐๐๐๐<br>
โทรศัพท์ ๐ ๕๖๔๐ ๒๒๗๑ โทรสาร ๐ ๕๖๔๐ ๒๒๗๒ อีเมล chainakhon@excise-area.example.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>© ๒๕๖๗ {ORG} กรมสรรพสามิต</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(path: str) -> str:
    full = os.path.join(HERE, path.lstrip("/"))
    if not os.path.exists(full):
        return GONE_SIZE
    return f"{os.path.getsize(full) / 1024:.1f} KB"


def a(href: str, text: str = "คลิก") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        _no, title, _cat, up, ext = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td>{a(name(k), title)}</td><td>{be(up)}</td>'
                    f'<td><img src="/assets/{ext}.gif" alt="{ext}"> {size_of(name(k))}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][2] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][3], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (731, (2026, 4, 2), "สพท.ชัยนคร ตรวจแนะนำร้านค้าปลีกสุราและยาสูบช่วงเทศกาลสงกรานต์",
     ["เจ้าหน้าที่สาขาเมืองชัยนครออกตรวจแนะนำร้านค้าปลีก 46 ราย ให้จำหน่ายสุราตามเวลาที่กฎหมายกำหนด"]),
    (726, (2026, 3, 18), "จับกุมบุหรี่ต่างประเทศหนีภาษี 1,200 ซอง อำเภอบ้านโป่งแดง",
     ["กลุ่มป้องกันและปราบปรามร่วมกับตำรวจภูธรตรวจยึดบุหรี่ไม่ปิดแสตมป์ ผู้ต้องหา 1 ราย ส่งดำเนินคดี"]),
    (722, (2026, 2, 27), "สรรพสามิตพบประชาชน ครั้งที่ 1/2569 ณ ตลาดนัดชุมชนหนองบัวทอง",
     ["ให้ความรู้การขอใบอนุญาตและการสังเกตแสตมป์สรรพสามิต ประชาชนเข้าร่วม 230 คน"]),
    (718, (2026, 2, 10), "สรุปผลการประชุมรับฟังความคิดเห็นผู้ประกอบการสุราชุมชน ปีงบประมาณ 2569",
     ["เมื่อวันที่ 28 มกราคม 2569 สำนักงานสรรพสามิตพื้นที่ชัยนครจัดประชุมรับฟังความคิดเห็นผู้ประกอบการ"
      "โรงอุตสาหกรรมสุราชุมชน ณ ห้องประชุมชั้น 2 มีผู้ประกอบการเข้าร่วม 37 ราย จาก 42 ราย",
      "ผู้ประกอบการเสนอให้ขยายเวลายื่นแบบทางระบบ e-Excise และจัดอบรมการใช้ระบบ 3 ประเด็น "
      "สำนักงานฯ รับไปดำเนินการ โดยกำหนดอบรมการใช้ระบบในเดือนเมษายน 2569 และแจ้งผลให้ผู้ประกอบการทราบทางไลน์กลุ่ม",
      "ข้อเสนอเรื่องการขยายเวลา สำนักงานฯ ได้รายงานกรมสรรพสามิตเพื่อพิจารณาแล้ว"]),
    (715, (2026, 1, 20), "อบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2569",
     ["สพท.ชัยนครจัดอบรมขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือน ให้แก่บุคลากร 61 คน "
      "วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดชัยนคร บรรยายเรื่องผลประโยชน์ทับซ้อนและค่านิยมองค์กร"]),
    (712, (2026, 1, 8), "เชิญผู้ประกอบการสุราชุมชนร่วมประชุมรับฟังความคิดเห็น 28 มกราคม 2569",
     ["ขอเชิญผู้ประกอบการเข้าร่วมประชุมตามหนังสือเชิญที่แนบ"]),
    (706, (2025, 12, 15), "เร่งรัดต่ออายุใบอนุญาตขายสุราและยาสูบ ปี 2569 ภายใน 31 ธันวาคม",
     ["ผู้ได้รับใบอนุญาตสามารถต่ออายุได้ที่สาขาทุกแห่ง หรือผ่านระบบออนไลน์"]),
    (701, (2025, 11, 24), "ทำลายของกลางสุราและบุหรี่ คดีถึงที่สุด",
     ["ทำลายของกลาง 3,480 รายการ มูลค่ากว่า 1.2 ล้านบาท"]),
    (697, (2025, 10, 21), "ผู้บริหารและบุคลากรร่วมประกาศเจตจำนงสุจริต ปีงบประมาณ 2569",
     ["สรรพสามิตพื้นที่ชัยนครนำบุคลากรกล่าวคำปฏิญาณตนต่อต้านการทุจริต"]),
    (693, (2025, 10, 6), "ยินดีต้อนรับสรรพสามิตพื้นที่ชัยนครคนใหม่",
     ["นายธีรวัฒน์ ประภาสกุลชัย รายงานตัวเข้ารับตำแหน่ง"]),
    (654, (2025, 2, 12), "สรุปผลการประชุมรับฟังความคิดเห็นผู้ประกอบการ ปีงบประมาณ 2568",
     ["ประชุมเมื่อ 30 มกราคม 2568 ผู้ประกอบการเข้าร่วม 33 ราย"]),
    (640, (2024, 12, 3), "ประกาศนโยบาย No Gift Policy ปีใหม่ 2568",
     ["ขอความร่วมมืองดให้ของขวัญแก่เจ้าหน้าที่ในเทศกาลปีใหม่"]),
    (621, (2024, 10, 15), "อบรมการยื่นแบบภาษีทางอินเทอร์เน็ต", ["ผู้ประกอบการเข้าร่วม 52 ราย"]),
]
PER_PAGE = 10


def news_pages() -> None:
    for nid, (y, m, dd), title, paras in NEWS:
        body = f'<p class="date">วันที่ {dd} {TH_MONTHS[m - 1]} {y + 543}</p>' + "".join(f"<p>{esc(p)}</p>" for p in paras)
        if nid == 712:
            body += f"<p>เอกสารแนบ : {a(name('forum-invite'), 'หนังสือเชิญประชุม')}</p>"
        body += '<p><img src="/assets/photo.png" alt="ภาพกิจกรรม" width="320" height="200"></p>'
        write(f"/news/{nid}/", title, body + f'<p>{a("/news/", "« กลับหน้าข่าว")}</p>')
    for page in (1, 2):
        chunk = NEWS[(page - 1) * PER_PAGE: page * PER_PAGE]
        items = "\n".join(f'<li>{a(f"/news/{nid}/", t)} <small>{be(date(y, m, dd))}</small></li>'
                          for nid, (y, m, dd), t, _p in chunk)
        nav = a("/news/page/2/", "หน้าถัดไป »") if page == 1 else a("/news/", "« หน้าแรก")
        write("/news/" if page == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f"<ul>{items}</ul><p>{nav}</p>")


# ---------------------------------------------------------------- ITA pages

ITA_2569 = [
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("/about/structure/", "โครงสร้าง"), ("/about/authority/", "อำนาจหน้าที่")]),
    ("o2", "ผู้บริหาร", [("/about/executives/", "คลิก")]),
    ("o3", "ติดต่อ / ถาม-ตอบ", [("/contact/", "ติดต่อ"), ("/qa/", "Q&A")]),
    ("o4", "ข่าว", [("/news/", "คลิก")]),
    ("o5", "แผนยุทธศาสตร์ / แผนระยะยาว", [(name("plan3y"), "แผนปฏิบัติราชการระยะ 3 ปี")]),
    ("o6", "แผนปฏิบัติราชการประจำปี", [(name("opplan-69"), "แผนฯ"), (name("spend-69"), "แผนใช้จ่ายงบฯ")]),
    ("o7", "ผลการปฏิบัติราชการ", [("/download/report/", "คลิก")]),
    ("o8", "คู่มือปฏิบัติงาน", [(name("sop"), "คลิก")]),
    ("o9", "คู่มือประชาชน", [(name("citizen"), "คลิก")]),
    ("o10", "E-Service", [("/eservice/", "คลิก")]),
    ("o11", "สขร.1 รายเดือน", [("/procurement/", "คลิก")]),
    ("o12", "ผลจัดซื้อจัดจ้างรายปี", [(name("procplan-69"), "คลิก")]),
    ("o13", "นโยบาย/แผน HR", [("/download/hr/", "คลิก")]),
    ("o14", "ผลการบริหาร HR", [(name("hr-report-68"), "คลิก")]),
    ("o15", "จริยธรรม", [(name("ethics-scan"), "ประมวลฯ"), ("/news/715/", "กิจกรรม")]),
    ("o16", "แนวปฏิบัติร้องเรียนทุจริต", [(name("complaint-manual"), "คลิก")]),
    ("o17", "ช่องทางแจ้งทุจริต", [("/complaint/corruption/", "คลิก")]),
    ("o18", "สถิติร้องเรียนทุจริต", [("/complaint/stats/", "คลิก")]),
    ("o19", "การมีส่วนร่วม", [("/news/718/", "คลิก")]),
    ("o20", "No Gift", [(name("nogift-67"), "คลิก")]),
    ("o21", "ประเมินความเสี่ยงทุจริต", [(name("risk-68"), "ปี 2569")]),
    ("o22", "ผลตามแผนความเสี่ยง", [(name("risk-report"), "คลิก")]),
    ("o23", "แผนป้องกันทุจริต", [(name("anti-69"), "คลิก")]),
    ("o24", "ผลป้องกันทุจริต", [(name("anti-report-68"), "คลิก")]),
    ("o25", "นำผล ITA ไปพัฒนา", [(name("ita-analysis"), "คลิก")]),
    ("o26", "ผลส่งเสริมคุณธรรม", [(name("integrity-report-68"), "คลิก")]),
]
ITA_2568 = [
    ("o5", "แผนระยะยาว", [(name("plan3y"), "คลิก")]),
    ("o6", "แผนปฏิบัติราชการ", [(name("opplan-68"), "คลิก")]),
    ("o11", "สขร.1", [(proc_name(5001, "pdf"), "ก.ย. 68")]),
    ("o13", "แผน HR", [(name("hr-plan-68"), "คลิก")]),
    ("o20", "No Gift", [(name("nogift-67"), "คลิก")]),
    ("o21", "ประเมินความเสี่ยง", [(OLD_DEAD, "คลิก")]),
    ("o23", "แผนป้องกันทุจริต", [(name("old-anti"), "คลิก")]),
]


def ita_table(rows) -> str:
    body = "\n".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{' | '.join(a(u, x) for u, x in links)}</td></tr>"
                     for c, t, links in rows)
    return f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n{body}</table>'


# ---------------------------------------------------------------- the other pages

def static_pages() -> None:
    news_top = "".join(f'<li>{a(f"/news/{nid}/", t)}</li>' for nid, _d, t, _p in NEWS[:5])
    write("/", "หน้าแรก",
          f"<h2>ข่าวล่าสุด</h2><ul>{news_top}</ul><p>{a('/news/', 'ข่าวทั้งหมด')}</p>"
          f"<h2>บริการ</h2><ul><li>{a('/services/liquor/', 'ใบอนุญาตขายสุรา')}</li>"
          f"<li>{a('/services/tobacco/', 'ใบอนุญาตขายยาสูบ')}</li><li>{a('/eservice/', 'บริการออนไลน์')}</li></ul>"
          f"<p>{a('/ita/2569/', 'การประเมินคุณธรรมและความโปร่งใส ITA 2569')}</p>")
    write("/about/history/", "ประวัติหน่วยงาน",
          "<p>สำนักงานสรรพสามิตพื้นที่ชัยนคร เดิมชื่อสำนักงานสรรพสามิตจังหวัดชัยนคร "
          "เปลี่ยนชื่อตามกฎกระทรวงแบ่งส่วนราชการกรมสรรพสามิต มีสาขาในสังกัด 4 สาขา</p>"
          f"<p>{a('/about/vision/', 'วิสัยทัศน์ พันธกิจ')}</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์กรมสรรพสามิต : องค์กรจัดเก็บภาษีที่ทันสมัย เป็นธรรม ดูแลสังคมและสิ่งแวดล้อม</p>"
          "<p>พันธกิจ : จัดเก็บภาษีให้ได้ตามเป้าหมาย ป้องกันปราบปรามผู้กระทำผิด อำนวยความสะดวกผู้เสียภาษี</p>")
    write("/about/structure/", "โครงสร้างสำนักงานสรรพสามิตพื้นที่ชัยนคร",
          '<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้าง" width="600" height="300"></p>'
          "<ul><li>สรรพสามิตพื้นที่ชัยนคร<ul><li>ฝ่ายบริหารทั่วไป</li>"
          "<li>กลุ่มแผนงานและบริหารการจัดเก็บภาษี</li><li>กลุ่มป้องกันและปราบปราม</li>"
          "<li>กลุ่มสรรพสามิตพื้นที่สาขา : สาขาเมืองชัยนคร, สาขาบ้านโป่งแดง, สาขาหนองบัวทอง, สาขาท่าสิงห์</li>"
          "</ul></li></ul><p>สังกัด สำนักงานสรรพสามิตภาคที่ 9 กรมสรรพสามิต กระทรวงการคลัง</p>")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมสรรพสามิต กระทรวงการคลัง สำนักงานสรรพสามิตพื้นที่มีอำนาจหน้าที่ดังนี้</p><ol>"
          "<li>จัดเก็บภาษีสรรพสามิตและรายได้อื่นในเขตพื้นที่รับผิดชอบ</li>"
          "<li>ออกใบอนุญาตและควบคุมผู้ประกอบการอุตสาหกรรมและสถานบริการ</li>"
          "<li>ป้องกันและปราบปรามการกระทำผิดกฎหมายสรรพสามิต</li>"
          "<li>ตรวจสอบภาษีและให้คำแนะนำแก่ผู้เสียภาษี</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    write("/about/executives/", "ผู้บริหาร",
          '<table><tr><td><img src="/assets/person.png" alt="" width="80" height="100"></td>'
          "<td>นายธีรวัฒน์ ประภาสกุลชัย<br>สรรพสามิตพื้นที่ชัยนคร<br>โทร. 0 5640 2271 ต่อ 101</td></tr>"
          '<tr><td><img src="/assets/person.png" alt="" width="80" height="100"></td>'
          "<td>นางศศิธร วงศ์มณีรัตน์<br>หัวหน้าฝ่ายบริหารทั่วไป<br>โทร. 0 5640 2271 ต่อ 102</td></tr>"
          '<tr><td><img src="/assets/person.png" alt="" width="80" height="100"></td>'
          "<td>นายกฤตภาส อินทรโชติ<br>หัวหน้ากลุ่มป้องกันและปราบปราม<br>โทร. 0 5640 2271 ต่อ 110</td></tr></table>")
    write("/contact/", "ติดต่อเรา",
          "<p>สำนักงานสรรพสามิตพื้นที่ชัยนคร ศูนย์ราชการจังหวัดชัยนคร อาคาร 3 ชั้น 1 ถนนราชดำริ ตำบลในเมือง "
          "อำเภอเมืองชัยนคร จังหวัดชัยนคร 60000</p><p>โทรศัพท์ 0 5640 2271 โทรสาร 0 5640 2272</p>"
          "<p>อีเมล chainakhon@excise-area.example.go.th</p><p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.61,100.12">แผนที่ Google Maps</a></p>'
          f"<p>สอบถามข้อมูล : {a('/qa/', 'กระดานถาม-ตอบ')}</p>")
    write("/qa/", "ถาม-ตอบ (Q&amp;A)",
          "<dl><dt>ถาม (14 ก.พ. 2569) : ต่อใบอนุญาตขายสุราออนไลน์ได้หรือไม่</dt>"
          "<dd>ตอบ : ได้ ผ่านระบบ e-License ของกรมสรรพสามิต หรือแจ้งผ่านแบบฟอร์มบริการออนไลน์ของสำนักงาน</dd>"
          "<dt>ถาม (3 มี.ค. 2569) : สาขาท่าสิงห์เปิดวันเสาร์หรือไม่</dt><dd>ตอบ : ไม่เปิด เปิดเฉพาะวันราชการ</dd></dl>"
          '<form action="/qa/" method="post"><p>ชื่อ <input name="name"> คำถาม <textarea name="q"></textarea>'
          '<button type="submit">ส่งคำถาม</button></p></form>')
    write("/services/", "บริการภาษีสรรพสามิต",
          "<ul>" + "".join(f"<li>{a(u, t)}</li>" for u, t in [
              ("/services/liquor/", "ใบอนุญาตขายสุรา"), ("/services/tobacco/", "ใบอนุญาตขายยาสูบ"),
              ("/services/refund/", "การขอคืนภาษีน้ำมัน"), ("/services/stamp/", "การตรวจสอบแสตมป์สรรพสามิต")]) + "</ul>")
    write("/services/liquor/", "ใบอนุญาตขายสุรา",
          f"<p>ยื่นคำขอ ณ สาขาที่ตั้งสถานที่ขาย ค่าธรรมเนียมประเภทที่ 2 ปีละ 330 บาท รายละเอียดตาม {a(name('citizen'), 'คู่มือสำหรับประชาชน')}</p>")
    write("/services/tobacco/", "ใบอนุญาตขายยาสูบ", "<p>ใบอนุญาตขายยาสูบประเภทที่ 2 ปีละ 100 บาท</p>")
    write("/services/refund/", "การขอคืนภาษีน้ำมัน", "<p>ยื่นคำขอภายใน 2 ปีนับแต่วันที่ชำระภาษี</p>")
    write("/services/stamp/", "การตรวจสอบแสตมป์สรรพสามิต", "<p>ตรวจสอบแสตมป์ได้ด้วยแอปพลิเคชันของกรมสรรพสามิต</p>")
    write("/branches/", "สาขาในสังกัด",
          "<ul>" + "".join(f"<li>{t} โทร. {p}</li>" for t, p in [
              ("สาขาเมืองชัยนคร", "0 5640 2280"), ("สาขาบ้านโป่งแดง", "0 5649 1133"),
              ("สาขาหนองบัวทอง", "0 5647 2210"), ("สาขาท่าสิงห์", "0 5645 8021")]) + "</ul>")
    write("/eservice/", "บริการออนไลน์ (E-Service)",
          "<p>ยื่นแบบและชำระภาษี : <a href=\"https://e-excise.example.go.th/\">ระบบ e-Excise</a> · "
          "ต่ออายุใบอนุญาต : <a href=\"https://e-license.example.go.th/\">ระบบ e-License</a></p>"
          "<h2>แบบฟอร์มขอรับบริการออนไลน์</h2>"
          '<form action="/eservice/" method="post"><p>ชื่อ-สกุล <input name="name"> เลขประจำตัวผู้เสียภาษี '
          '<input name="tax_id"> เรื่องที่ขอรับบริการ <select name="kind"><option>ขอใบอนุญาตขายสุรา</option>'
          '<option>ขอใบอนุญาตขายยาสูบ</option><option>ขอคืนภาษี</option></select> รายละเอียด <textarea name="detail">'
          '</textarea> แนบไฟล์ <input type="file" name="doc"> <button type="submit">ส่งคำขอ</button></p></form>'
          f"<p>{a(name('service-stats'), 'สถิติการให้บริการ ต.ค. 68 - มี.ค. 69')}</p>")
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          f"<ul><li>{a('/complaint/corruption/', 'แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ')}</li>"
          f"<li>{a('/complaint/stats/', 'สถิติเรื่องร้องเรียน')}</li>"
          f"<li>{a(name('complaint-manual'), 'คู่มือการจัดการเรื่องร้องเรียน')}</li></ul>")
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          '<form action="/complaint/corruption/" method="post"><p>ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="name"> '
          'เจ้าหน้าที่ที่ถูกร้อง <input name="who"> รายละเอียด <textarea name="detail"></textarea> '
          'หลักฐาน <input type="file" name="proof"> <button type="submit">ส่งเรื่อง</button></p></form>'
          "<p>หรือโทร. 0 5640 2271 ต่อ 102 / สายด่วนกรมสรรพสามิต 1713 ข้อมูลผู้ร้องจะถูกเก็บเป็นความลับ</p>")
    write("/complaint/stats/", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<table><tr><th>ปีงบประมาณ</th><th>เรื่องที่ได้รับ</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>"
          "<tr><td>2566</td><td>1</td><td>1</td><td>0</td></tr><tr><td>2567</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>2568</td><td>2</td><td>2</td><td>0</td></tr></table>"
          "<p>ข้อมูล ณ วันที่ 6 มกราคม 2569</p>")
    # procurement
    rows = []
    for no, (y, m), up, ext in sorted(PROC, key=lambda r: r[2], reverse=True):
        rows.append(f"<tr><td>{a(proc_name(no, ext), f'สขร.1 ประจำเดือน{TH_MONTHS[m - 1]} {y + 543}')}</td>"
                    f"<td>{be(up)}</td><td>{ext.upper()} {size_of(proc_name(no, ext))}</td></tr>")
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          "<table><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>" + "".join(rows) + "</table>"
          f"<p>{a(name('procplan-69'), 'แผนการจัดซื้อจัดจ้าง ประจำปี 2569')}</p>")
    # downloads
    cats = "".join(f"<li>{a(f'/download/{c}/', t)}</li>" for c, t in CATS.items())
    write("/download/", "เอกสารดาวน์โหลด", f"<ul>{cats}</ul><h2>ล่าสุด</h2>" + table(listed()[:10]))
    for c, t in CATS.items():
        write(f"/download/{c}/", t, table(listed(c)))
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          f"<ul><li>{a('/ita/2569/', 'ITA ประจำปี 2569')}</li><li>{a('/ita/2568/', 'ITA ประจำปี 2568')}</li></ul>")
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘", ita_table(ITA_2568))
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานฯ เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in MENU) + "</ul>")


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "person.png", "chart.png", "photo.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#7a1f2b;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:230px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #ccc;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
