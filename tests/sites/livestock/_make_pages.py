"""Generate the HTML pages of the "livestock" test site (สำนักงานปศุสัตว์จังหวัดชัยบุรี, invented).

Run:  python tests/sites/livestock/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial livestock office on a department-wide template: a top bar, a banner, a menu, a side
column (the head of office, quick links, visitor counter) and a footer on every page; pages are
folder/index.html.  Documents are listed by category (/download/<cat>/, newest first), the monthly
procurement summaries on /procurement/, news under /news/ (two pages).  The ITA page /ita/2569/ is
a table of o1 … o26 in the office's own short wording whose links go to files, pages or category
lists; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))  # the repo root

from _make_docs import ROWS, name  # noqa: E402

from tests.docmaker import FONT  # noqa: E402

ORG = "สำนักงานปศุสัตว์จังหวัดชัยบุรี"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนยุทธศาสตร์ / แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
MISSING_SIZE = "386.2 KB"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def thai(s: str) -> str:
    return s.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าหลัก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("บริการประชาชน", "/services/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("เอกสารเผยแพร่", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">{ORG} กรมปศุสัตว์ กระทรวงเกษตรและสหกรณ์ · โทร. 0 4271 1582 · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="banner"><img src="/assets/logo.png" alt="ตรากรมปศุสัตว์" width="72" height="72">
<b>{ORG}</b><br><small>Chaiburi Provincial Livestock Office</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/person.png" alt="ปศุสัตว์จังหวัดชัยบุรี" width="90" height="110"><br>
<b>นายธนกร ศรีวิเศษ</b><br>ปศุสัตว์จังหวัดชัยบุรี</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/ita/2569/">ITA ๒๕๖๙</a><br><a href="/ita/2568/">ITA ๒๕๖๘ (ปีที่ผ่านมา)</a><br>
<a href="/download/manual/">คู่มือประชาชน</a><br><a href="/eservice/">บริการออนไลน์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/disease/">สถานการณ์โรคระบาดสัตว์</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.moac.go.th/">กระทรวงเกษตรและสหกรณ์</a></div>
<div class="box">ผู้เข้าชมเว็บไซต์ ๑๘๔,๒๒๗ ครั้ง</div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} เลขที่ 88 หมู่ที่ 4 ถนนชัยบุรี-หนองแสง ตำบลในเมือง อำเภอเมืองชัยบุรี จังหวัดชัยบุรี 47180<br>
โทรศัพท์ 0 4271 1582 โทรสาร 0 4271 1583 อีเมล chaiburi.livestock@gmail.com ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>
สงวนลิขสิทธิ์ © ๒๕๖๔ {ORG}</div>
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
        rows.append(f'<tr><td>{thai(str(i))}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td><img src="/assets/{ext[:3]}.gif" alt="{ext}"> {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่เผยแพร่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if ROWS[k][1] in CATS and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


def a(key: str, text: str | None = None) -> str:
    return f'<a href="{f(key)}">{esc(text or ROWS[key][0])}</a>'


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs (HTML allowed), page
    (1288, (2026, 4, 3), "รณรงค์ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า ประจำปี 2569",
     ["วันที่ 3 เมษายน 2569 สำนักงานปศุสัตว์จังหวัดชัยบุรี ร่วมกับองค์กรปกครองส่วนท้องถิ่น 62 แห่ง "
      "เริ่มรณรงค์ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าในสุนัขและแมว เป้าหมาย 96,000 ตัว ถึงวันที่ 31 พฤษภาคม 2569"]),
    (1281, (2026, 3, 19), "เฝ้าระวังโรคลัมปี สกิน ในโค กระบือ ช่วงเปลี่ยนฤดู",
     ["ขอให้เกษตรกรกางมุ้งและพ่นยากำจัดแมลงในคอกสัตว์ หากพบสัตว์มีตุ่มนูนตามผิวหนัง ให้แจ้งสำนักงานปศุสัตว์อำเภอทันที "
      "หรือโทร. 0 4271 1582"]),
    (1274, (2026, 2, 25), "สรุปผลการประชุมรับฟังความคิดเห็นเกษตรกรผู้เลี้ยงโคเนื้อ ประจำปี 2569",
     ["วันที่ 24 กุมภาพันธ์ 2569 สำนักงานปศุสัตว์จังหวัดชัยบุรีจัดประชุมรับฟังความคิดเห็นเกษตรกรผู้เลี้ยงโคเนื้อ "
      "และผู้นำชุมชน ณ ห้องประชุมสำนักงาน เพื่อให้ประชาชนมีส่วนร่วมในการวางแผนควบคุมโรคลัมปี สกิน และโรคปากและเท้าเปื่อย "
      "ปีงบประมาณ พ.ศ. 2569 ผู้เข้าร่วมทั้งสิ้น 146 คน (เกษตรกร 118 คน ผู้นำชุมชน 21 คน อาสาปศุสัตว์ 7 คน)",
      "ข้อเสนอจากที่ประชุม: (1) เพิ่มจุดฉีดวัคซีนในอำเภอภูหลวงและนาดี (2) แจ้งกำหนดฉีดวัคซีนล่วงหน้าผ่านกลุ่มไลน์หมู่บ้าน "
      "(3) ขอให้ตรวจสุขภาพสัตว์ก่อนออกใบอนุญาตเคลื่อนย้ายที่ตลาดนัดโคกระบือ",
      "การดำเนินการ: สำนักงานฯ เพิ่มจุดฉีดวัคซีน 6 จุด ในรอบที่ 2/2569 และเปิดกลุ่มไลน์แจ้งข่าวทุกอำเภอแล้ว"]),
    (1266, (2026, 2, 5), "ขอเชิญเกษตรกรร่วมประชุมรับฟังความคิดเห็น วันที่ 24 กุมภาพันธ์ 2569",
     ["ขอเชิญเกษตรกรผู้เลี้ยงโคเนื้อและผู้นำชุมชนเข้าร่วมประชุมรับฟังความคิดเห็น "
      "ดาวน์โหลดหนังสือเชิญ: <a href=\"{invite}\">หนังสือเชิญประชุม (Word)</a>"]),
    (1259, (2026, 1, 23), "อบรมเสริมสร้างคุณธรรม จริยธรรม และการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2569",
     ["วันที่ 22 มกราคม 2569 ปศุสัตว์จังหวัดชัยบุรีเป็นประธานเปิดการอบรมเสริมสร้างคุณธรรม จริยธรรม "
      "เพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือนและข้อกำหนดจริยธรรมกรมปศุสัตว์ มีบุคลากรเข้าร่วม 61 คน "
      "พร้อมจัดทำ Do's &amp; Don'ts ของการออกใบอนุญาตเคลื่อนย้ายสัตว์ และทดสอบความรู้หลังการอบรม ผ่านร้อยละ 95"]),
    (1251, (2026, 1, 12), "มอบโค-กระบือ โครงการธนาคารโค-กระบือเพื่อเกษตรกร ตามพระราชดำริ",
     ["มอบโคเพศเมีย 40 ตัว ให้เกษตรกร 40 ราย ในอำเภอท่าช้างและบ้านโพน"]),
    (1243, (2025, 12, 10), "ฉีดวัคซีนป้องกันโรคปากและเท้าเปื่อย รอบที่ 1/2569",
     ["ดำเนินการฉีดวัคซีนในโค กระบือ แพะ แกะ ทุกอำเภอ ระหว่างวันที่ 1 - 31 ธันวาคม 2568"]),
    (1236, (2025, 11, 18), "ตรวจโรงฆ่าสัตว์และสถานที่จำหน่ายเนื้อสัตว์ ก่อนเทศกาลปีใหม่",
     ["เจ้าหน้าที่กลุ่มพัฒนาคุณภาพสินค้าปศุสัตว์ตรวจโรงฆ่าสัตว์ 14 แห่ง ผ่านเกณฑ์ทุกแห่ง"]),
    (1229, (2025, 10, 21), "ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ พ.ศ. 2569",
     ["ปศุสัตว์จังหวัดชัยบุรีประกาศเจตจำนงสุจริตในการบริหารงานต่อหน้าบุคลากรทุกคน ในการประชุมประจำเดือนตุลาคม 2568"]),
    (1222, (2025, 10, 8), "ประชุมคณะทำงานการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2569",
     ["คณะทำงานพิจารณาร่างแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569 และแบ่งผู้รับผิดชอบข้อมูล OIT"]),
    # FY2568: page 2
    (1187, (2025, 9, 12), "ฉีดวัคซีนป้องกันโรคปากและเท้าเปื่อย รอบที่ 2/2568",
     ["ฉีดวัคซีนโค กระบือ ครบทุกอำเภอ รวม 78,410 ตัว"]),
    (1149, (2025, 6, 18), "อบรมคุณธรรม จริยธรรม และการป้องกันการทุจริต ประจำปี 2568",
     ["บุคลากร 59 คน เข้าร่วมอบรมเพื่อขับเคลื่อนจริยธรรม ณ ห้องประชุมสำนักงาน"]),
    (1121, (2025, 2, 20), "ประชุมรับฟังความคิดเห็นเกษตรกรผู้เลี้ยงโคเนื้อ ปี 2568",
     ["วันที่ 19 กุมภาพันธ์ 2568 มีผู้เข้าร่วม 88 คน ดูสรุปผล: <a href=\"{part68}\">สรุปผลการรับฟังความคิดเห็น ปี 2568</a>"]),
    (1098, (2024, 12, 12), "อบรมการใช้ระบบ e-Movement ให้เจ้าหน้าที่ปศุสัตว์อำเภอ",
     ["เจ้าหน้าที่ 38 คน เข้ารับการอบรม"]),
    (1085, (2024, 11, 5), "ตรวจรับรองฟาร์มมาตรฐาน GFM รอบที่ 1/2568", ["ตรวจฟาร์ม 32 แห่ง"]),
    (1076, (2024, 10, 3), "ประชุมประจำเดือนตุลาคม 2567", ["มอบนโยบายการปฏิบัติงานปีงบประมาณ พ.ศ. 2568"]),
]
PAGE1 = [n for n in NEWS if n[1] >= (2025, 10, 1)]
PAGE2 = [n for n in NEWS if n[1] < (2025, 10, 1)]


def news_date(t) -> str:
    y, m, day = t
    return f"{day} {MONTHS[m - 1]} {y + 543}"


def news_list(items) -> str:
    return "<ul class=\"news\">" + "".join(
        f'<li><a href="/news/{i}/">{esc(t)}</a> <span class="date">({news_date(dt)})</span></li>' for i, dt, t, _p in items
    ) + "</ul>"


def make_news() -> None:
    fill = {"invite": f("invite-forum"), "part68": f("participation-68")}
    write("/news/", "ข่าวประชาสัมพันธ์", news_list(PAGE1) + '<p class="pager">หน้า 1 <a href="/news/page/2/">2</a> '
          '<a href="/news/page/2/">ถัดไป »</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)",
          news_list(PAGE2) + '<p class="pager"><a href="/news/">« ก่อนหน้า</a> <a href="/news/">1</a> หน้า 2</p>')
    for i, dt, title, paras in NEWS:
        body = f'<p class="date">โพสต์เมื่อ {news_date(dt)} โดย กลุ่มยุทธศาสตร์และสารสนเทศ</p>' + "".join(
            f"<p>{p.format(**fill)}</p>" for p in paras) + '<p><img src="/assets/photo.png" alt="ภาพกิจกรรม" width="320" height="180"></p>' \
            + '<p><a href="/news/">« กลับหน้าข่าว</a></p>'
        write(f"/news/{i}/", title, body)


# ---------------------------------------------------------------- about, contact, services

def make_about() -> None:
    write("/about/history/", "ประวัติหน่วยงาน",
          "<p>สำนักงานปศุสัตว์จังหวัดชัยบุรี เป็นราชการบริหารส่วนภูมิภาค สังกัดกรมปศุสัตว์ กระทรวงเกษตรและสหกรณ์ "
          "ตั้งขึ้นเมื่อ พ.ศ. 2520 เดิมตั้งอยู่ในศาลากลางจังหวัด ย้ายมาที่ทำการปัจจุบันเมื่อ พ.ศ. 2545 "
          "มีสำนักงานปศุสัตว์อำเภอ 7 แห่ง</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p><b>วิสัยทัศน์</b> ปศุสัตว์ปลอดโรค ปลอดภัย เกษตรกรมีรายได้มั่นคง</p>"
          "<ol><li>ควบคุม ป้องกัน และกำจัดโรคระบาดสัตว์</li><li>ส่งเสริมและพัฒนาการผลิตปศุสัตว์</li>"
          "<li>ตรวจสอบรับรองคุณภาพสินค้าปศุสัตว์</li></ol>")
    write("/about/structure/", "โครงสร้างสำนักงานปศุสัตว์จังหวัดชัยบุรี",
          '<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้างสำนักงานปศุสัตว์จังหวัดชัยบุรี" width="600" height="300"></p>'
          "<ul><li>ปศุสัตว์จังหวัดชัยบุรี<ul>"
          "<li>ฝ่ายบริหารทั่วไป</li><li>กลุ่มยุทธศาสตร์และสารสนเทศ</li><li>กลุ่มพัฒนาสุขภาพสัตว์</li>"
          "<li>กลุ่มส่งเสริมและพัฒนาการปศุสัตว์</li><li>กลุ่มพัฒนาคุณภาพสินค้าปศุสัตว์</li>"
          '<li><a href="/about/districts/">สำนักงานปศุสัตว์อำเภอ 7 แห่ง</a></li></ul></li></ul>'
          '<p>ดูเพิ่มเติม: <a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมปศุสัตว์ กระทรวงเกษตรและสหกรณ์ และคำสั่งกรมปศุสัตว์ว่าด้วยการแบ่งงานภายใน "
          "สำนักงานปศุสัตว์จังหวัดมีอำนาจหน้าที่โดยสรุป ดังนี้</p><ol>"
          "<li>ดำเนินการตามกฎหมายว่าด้วยโรคระบาดสัตว์ การควบคุมการฆ่าสัตว์และจำหน่ายเนื้อสัตว์ อาหารสัตว์ และกฎหมายอื่นที่เกี่ยวข้อง</li>"
          "<li>ป้องกัน ควบคุม และกำจัดโรคสัตว์ รวมถึงการเคลื่อนย้ายสัตว์และซากสัตว์ในจังหวัด</li>"
          "<li>ส่งเสริมและพัฒนาการเลี้ยงสัตว์ พันธุ์สัตว์ และอาหารสัตว์ แก่เกษตรกร</li>"
          "<li>ตรวจสอบ รับรอง และควบคุมคุณภาพมาตรฐานฟาร์มและสินค้าปศุสัตว์</li>"
          "<li>จัดทำแผนและข้อมูลสารสนเทศด้านปศุสัตว์ของจังหวัด</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    people = [("นายธนกร ศรีวิเศษ", "ปศุสัตว์จังหวัดชัยบุรี", "0 4271 1582 ต่อ 101"),
              ("นางสาวรัชนีกร แก้วประเสริฐ", "หัวหน้าฝ่ายบริหารทั่วไป", "0 4271 1582 ต่อ 102"),
              ("นายพิเชษฐ์ ทองมาก", "หัวหน้ากลุ่มยุทธศาสตร์และสารสนเทศ", "0 4271 1582 ต่อ 103"),
              ("สัตวแพทย์หญิงกมลวรรณ จันทร์หอม", "หัวหน้ากลุ่มพัฒนาสุขภาพสัตว์", "0 4271 1582 ต่อ 104"),
              ("นายวีระพงษ์ ศรีสุข", "หัวหน้ากลุ่มส่งเสริมและพัฒนาการปศุสัตว์", "0 4271 1582 ต่อ 105"),
              ("สัตวแพทย์หญิงนภัสสร บุญมา", "หัวหน้ากลุ่มพัฒนาคุณภาพสินค้าปศุสัตว์", "0 4271 1582 ต่อ 106")]
    write("/about/executives/", "ทำเนียบผู้บริหาร", '<div class="people">' + "".join(
        f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="90" height="110"><br><b>{esc(n)}</b>'
        f"<br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in people) + "</div>")
    write("/about/staff/", "บุคลากร",
          "<p>ข้าราชการ 28 คน พนักงานราชการ 24 คน ลูกจ้างประจำ 4 คน พนักงานจ้างเหมา 8 คน (ข้อมูล ณ 1 มกราคม 2569)</p>")
    districts = ["เมืองชัยบุรี", "หนองแสง", "ท่าช้าง", "บ้านโพน", "นาดี", "โคกสูง", "ภูหลวง"]
    write("/about/districts/", "สำนักงานปศุสัตว์อำเภอ", "<table class=\"list\"><tr><th>อำเภอ</th><th>โทรศัพท์</th></tr>" + "".join(
        f"<tr><td>สำนักงานปศุสัตว์อำเภอ{x}</td><td>0 4271 {2100 + 17 * i}</td></tr>" for i, x in enumerate(districts))
        + "</table>")


def make_contact() -> None:
    write("/contact/", "ติดต่อเรา",
          f"<p><b>{ORG}</b><br>เลขที่ 88 หมู่ที่ 4 ถนนชัยบุรี-หนองแสง ตำบลในเมือง อำเภอเมืองชัยบุรี จังหวัดชัยบุรี 47180</p>"
          "<p>โทรศัพท์ 0 4271 1582 โทรสาร 0 4271 1583<br>อีเมล chaiburi.livestock@gmail.com<br>"
          "Facebook: ปศุสัตว์จังหวัดชัยบุรี<br>เวลาทำการ วันจันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=16.9052,103.5427">แผนที่ตั้งสำนักงาน (Google Maps)</a></p>'
          '<p>สอบถามข้อมูลผ่านเว็บไซต์: <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    qa = [("สมชาย (14 มี.ค. 2569)", "ขอใบอนุญาตเคลื่อนย้ายโคไปจังหวัดอื่น ต้องใช้เวลากี่วันครับ",
           "ตอบ: ยื่นคำขอที่สำนักงานปศุสัตว์อำเภอหรือผ่านระบบ e-Movement ใช้เวลาประมาณ 2 วันทำการ (ตอบโดย admin 16 มี.ค. 2569)"),
          ("ผู้เลี้ยงไก่ (2 ก.พ. 2569)", "อยากขอรับรองฟาร์มมาตรฐาน GFM ต้องทำอย่างไร",
           "ตอบ: ติดต่อกลุ่มพัฒนาคุณภาพสินค้าปศุสัตว์ โทร. 0 4271 1582 ต่อ 106 (ตอบโดย admin 3 ก.พ. 2569)")]
    write("/qa/", "ถาม-ตอบ (Q&A)", "".join(
        f'<div class="q"><b>{esc(w)}</b>: {esc(q)}<div class="ans">{esc(ans)}</div></div>' for w, q, ans in qa)
        + '<h2>ตั้งคำถามใหม่</h2><form action="/qa/" method="post"><p>ชื่อ <input name="name"></p>'
        '<p>อีเมล <input name="email"></p><p>คำถาม <textarea name="question"></textarea></p>'
        '<p><button type="submit">ส่งคำถาม</button></p></form>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานฯ เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    links = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{links}<li><a href=\"/gallery/\">ภาพกิจกรรม</a></li>"
          '<li><a href="/knowledge/">สาระน่ารู้</a></li><li><a href="/jobs/">รับสมัครงาน</a></li></ul>')


def make_services() -> None:
    write("/services/", "บริการประชาชน",
          '<ul><li><a href="/services/movement/">การขออนุญาตเคลื่อนย้ายสัตว์</a></li>'
          '<li><a href="/services/license/">ใบอนุญาตค้าสัตว์/ซากสัตว์</a></li>'
          '<li><a href="/services/farm/">การรับรองมาตรฐานฟาร์ม</a></li>'
          f'<li>{a("citizen-manual", "ดาวน์โหลดคู่มือสำหรับประชาชน")}</li></ul>')
    write("/services/movement/", "การขออนุญาตเคลื่อนย้ายสัตว์",
          "<p>ยื่นคำขอ ณ สำนักงานปศุสัตว์อำเภอ หรือผ่านระบบ e-Movement ของกรมปศุสัตว์ "
          f"รายละเอียดขั้นตอนและเอกสาร ดู {a('citizen-manual', 'คู่มือสำหรับประชาชน')}</p>")
    write("/services/license/", "ใบอนุญาตค้าสัตว์/ซากสัตว์", "<p>ค่าธรรมเนียมใบอนุญาตค้าโค กระบือ ฉบับละ 100 บาทต่อปี</p>")
    write("/services/farm/", "การรับรองมาตรฐานฟาร์ม",
          f"<p>ฟาร์มที่ได้รับการรับรองล่าสุด: {a('gfm-list')}</p>")
    write("/disease/", "สถานการณ์โรคระบาดสัตว์",
          '<p>ณ วันที่ 31 มีนาคม 2569 ไม่มีการประกาศเขตโรคระบาดชั่วคราวในจังหวัดชัยบุรี</p>'
          '<p><a href="/disease/lsd/">โรคลัมปี สกิน ในโค กระบือ</a></p>')
    write("/disease/lsd/", "โรคลัมปี สกิน (Lumpy Skin Disease)",
          "<p>โรคลัมปี สกิน เกิดจากเชื้อไวรัส ติดต่อโดยแมลงดูดเลือด ป้องกันโดยการฉีดวัคซีนและควบคุมแมลง</p>")
    write("/knowledge/", "สาระน่ารู้", '<ul><li><a href="/knowledge/goat/">การเลี้ยงแพะเนื้อเบื้องต้น</a></li></ul>')
    write("/knowledge/goat/", "การเลี้ยงแพะเนื้อเบื้องต้น", "<p>โรงเรือนควรยกพื้นสูง 1 - 1.5 เมตร อากาศถ่ายเทดี</p>")
    write("/gallery/", "ภาพกิจกรรม", '<p><img src="/assets/photo.png" alt="ภาพกิจกรรม" width="320" height="180"></p>'
          '<p><a href="/news/1288/">รณรงค์ฉีดวัคซีนพิษสุนัขบ้า 2569</a></p>')
    write("/jobs/", "รับสมัครงาน", "<p>ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป ตำแหน่งนักวิชาการสัตวบาล "
          "(ปิดรับสมัครแล้ว 20 มีนาคม 2569)</p>")


def make_eservice() -> None:
    write("/eservice/", "E-Service บริการออนไลน์",
          '<ul><li><a href="/eservice/request/">ยื่นคำร้องออนไลน์ (ขอรับบริการ/ขอใบอนุญาต/แจ้งสัตว์ป่วยตาย)</a></li>'
          '<li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตออนไลน์</a></li>'
          '<li><a href="/qa/">ถาม-ตอบออนไลน์</a></li></ul>'
          f"<p>ข้อมูลสถิติการให้บริการ: {a('service-stats-68h1')}</p>")
    write("/eservice/request/", "ยื่นคำร้องออนไลน์",
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSeCbrLivestock2569/formResponse" method="post">'
          '<p>ชื่อ-นามสกุล <input name="entry.101"></p><p>เลขประจำตัวประชาชน <input name="entry.102"></p>'
          '<p>เบอร์โทรศัพท์ <input name="entry.103"></p><p>เรื่องที่ขอรับบริการ <select name="entry.104">'
          "<option>ขอใบอนุญาตเคลื่อนย้ายสัตว์</option><option>ขึ้นทะเบียนเกษตรกรผู้เลี้ยงสัตว์</option>"
          "<option>แจ้งสัตว์ป่วย/ตาย</option><option>ขอรับรองมาตรฐานฟาร์ม</option></select></p>"
          '<p>รายละเอียด <textarea name="entry.105"></textarea></p><p><button type="submit">ส่งคำร้อง</button></p></form>'
          "<p>เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>")
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ร้องเรียนเรื่องทั่วไปได้ที่ โทร. 0 4271 1582 หรือศูนย์ดำรงธรรมจังหวัด โทร. 1567</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f"<p>{a('complaint-manual')}</p>")
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          '<form action="/complaint/corruption/" method="post" enctype="multipart/form-data">'
          '<p>ชื่อผู้ร้อง (ไม่ระบุได้) <input name="name"></p><p>ช่องทางติดต่อกลับ <input name="contact"></p>'
          '<p>เรื่องที่ร้องเรียน/เจ้าหน้าที่ที่เกี่ยวข้อง <textarea name="detail"></textarea></p>'
          '<p>แนบหลักฐาน <input type="file" name="evidence"></p><p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form>'
          "<p>ข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับ หรือร้องเรียนทาง โทร. 0 4271 1582 ต่อ 102</p>"
          '<p>ช่องทางอื่น: <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a></p>')


# ---------------------------------------------------------------- documents, procurement

def make_downloads() -> None:
    cats = "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    write("/download/", "เอกสารเผยแพร่", f"<ul class=\"cats\">{cats}</ul><h2>เอกสารล่าสุด</h2>" + table(listed()))
    for c, t in CATS.items():
        write(f"/download/{c}/", f"เอกสารเผยแพร่: {t}", table(listed(c)) + '<p><a href="/download/">« ทุกหมวด</a></p>')


def make_procurement() -> None:
    months = sorted((k for k in ROWS if k.startswith("proc-20")), key=lambda k: ROWS[k][2], reverse=True)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          "<p>ผลการจัดซื้อจัดจ้างประจำเดือน ตามมาตรา 9 (8) พ.ร.บ.ข้อมูลข่าวสารของราชการ</p>" + table(months)
          + f"<h2>รายงานประจำปี</h2><p>{a('proc-year-68')}</p>"
          '<p><a href="/procurement/egp/">ประกาศจัดซื้อจัดจ้าง</a></p>')
    write("/procurement/egp/", "ประกาศจัดซื้อจัดจ้าง",
          f"<ul><li>{a('print-plan')} ({be(ROWS['print-plan'][2])})</li>"
          '<li><a href="https://www.gprocurement.go.th/">ค้นหาประกาศในระบบ e-GP</a></li></ul>')


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # (code, short wording, [(text, href)])
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("แผนภูมิโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("ทำเนียบผู้บริหาร", "/about/executives/")]),
    ("o3", "ข้อมูลการติดต่อ และถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("Q&A", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์การพัฒนาปศุสัตว์จังหวัดชัยบุรี", "strategy-64-68")]),
    ("o6", "แผนปฏิบัติราชการ/แผนการใช้จ่ายงบประมาณ ปี 2569",
     [("แผนปฏิบัติราชการ 2569", "action-plan-69"), ("แผนการใช้จ่ายงบประมาณ 2569", "spend-plan-69")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน (SOP)", "sop-movement")]),
    ("o9", "คู่มือการให้บริการ", [("คู่มือสำหรับประชาชน", "citizen-manual")]),
    ("o10", "E-Service", [("บริการออนไลน์", "/eservice/")]),
    ("o11", "สขร.1 รายเดือน", [("สรุปผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานสรุปผล ปี 2568", "proc-year-68")]),
    ("o13", "หลักเกณฑ์/แผนบริหารและพัฒนาบุคลากร", [("เอกสารด้านบุคคล", "/download/hr/")]),
    ("o14", "รายงานผลการบริหารและพัฒนาบุคลากร", [("รายงานผล ปี 2568", "hr-report-68")]),
    ("o15", "ประมวลจริยธรรม/การขับเคลื่อนจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมปี 2569", "/news/1259/")]),
    ("o16", "คู่มือจัดการเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียนออนไลน์", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติเรื่องร้องเรียน ปี 2569", "complaint-stats")]),
    ("o19", "การเปิดโอกาสให้มีส่วนร่วม", [("ประชุมรับฟังความคิดเห็นเกษตรกร 2569", "/news/1274/")]),
    ("o20", "No Gift Policy", [("ประกาศนโยบาย No Gift Policy", "no-gift")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", [("ผลการประเมินความเสี่ยง ปี 2569", "risk-69")]),
    ("o22", "รายงานผลตามแผนบริหารจัดการความเสี่ยงการทุจริต", [("รายงานผล ปี 2568", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต 2569", "anti-plan-69")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงานผล ปี 2568", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนาองค์กร", [("การวิเคราะห์ผลการประเมิน ITA", "ita-analysis")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("รายงานผล ปี 2568", "integrity-report-68")]),
]

ITA_2568 = [
    ("o1", "โครงสร้าง", [("โครงสร้าง", "/about/structure/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("ผู้บริหาร", "/about/executives/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าว", "/news/page/2/")]),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ 2564-2568", "strategy-64-68")]),
    ("o6", "แผนปฏิบัติราชการ ปี 2568", [("แผนปฏิบัติราชการ 2568", "action-plan-68")]),
    ("o10", "E-Service / สถิติ", [("สถิติการให้บริการ", "service-stats-68h1")]),
    ("o19", "การมีส่วนร่วม", [("สรุปผลรับฟังความคิดเห็น 2568", "participation-68")]),
    ("o20", "No Gift Policy", [("ประกาศ", "no-gift")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต ปี 2568", [("ผลการประเมินความเสี่ยง 2568", "old-risk-68")]),
    ("o25", "มาตรการส่งเสริมคุณธรรม ปี 2568", [("วิเคราะห์ผล ITA 2567 และมาตรการ", "ita-analysis")]),
]


def ita_table(rows) -> str:
    out = []
    for code, words, links in rows:
        cells = "<br>".join(
            f'<a href="{h if h.startswith("/") else f(h)}">{esc(t)}</a>' for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(words)}</td><td>{cells}</td></tr>")
    return ('<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n' + "\n".join(out) + "</table>")


def make_ita() -> None:
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปีงบประมาณ พ.ศ. 2569</a></li>'
          '<li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569",
          "<p>สำนักงานปศุสัตว์จังหวัดชัยบุรี เผยแพร่ข้อมูลตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. 2569</p>"
          + ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568",
          "<p>ข้อมูลประกอบการประเมิน ITA ปีงบประมาณ พ.ศ. 2568</p>" + ita_table(ITA_2568))


def make_home() -> None:
    latest = news_list(PAGE1[:6])
    body = (f"<h2>ข่าวประชาสัมพันธ์</h2>{latest}<p><a href=\"/news/\">ข่าวทั้งหมด »</a></p>"
            '<h2>เอกสารเผยแพร่ล่าสุด</h2>' + table(listed()[:6])
            + '<p><a href="/ita/2569/"><img src="/assets/ita.png" alt="ITA 2569" width="240" height="60"></a></p>')
    target = os.path.join(HERE, "index.html")
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout("หน้าหลัก", body))


# ---------------------------------------------------------------- assets

CSS = """body{font-family:Tahoma,sans-serif;margin:0;background:#f4f7ef;font-size:14px}
#top{background:#2f5d1e;color:#fff;padding:4px 12px;font-size:12px}#top a{color:#fff}
#banner{background:#5b8c2a;color:#fff;padding:10px 16px}#banner img{float:left;margin-right:10px}
#menu{list-style:none;margin:0;padding:0;background:#3e7421;overflow:hidden}
#menu li{float:left}#menu a{display:block;color:#fff;padding:8px 12px;text-decoration:none}
#wrap{display:flex}#side{width:220px;padding:10px}#main{flex:1;padding:10px 20px;background:#fff}
.box{border:1px solid #cbd9b8;margin-bottom:10px;padding:8px;background:#fff}
table.list,table.ita{border-collapse:collapse;width:100%}table.list td,table.list th,table.ita td,table.ita th{border:1px solid #ccc;padding:4px}
.person{display:inline-block;width:180px;text-align:center;vertical-align:top;margin:8px}
.date{color:#777;font-size:12px}#footer{background:#2f5d1e;color:#fff;padding:10px 16px;font-size:12px}#footer a{color:#fff}
"""


def make_assets() -> None:
    from PIL import Image, ImageDraw, ImageFont

    folder = os.path.join(HERE, "assets")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "style.css"), "w", encoding="utf-8") as fh:
        fh.write(CSS)
    font = ImageFont.truetype(str(FONT), 16)
    logo = Image.new("RGB", (72, 72), (91, 140, 42))
    ImageDraw.Draw(logo).ellipse((8, 8, 64, 64), outline=(255, 255, 255), width=3)
    logo.save(os.path.join(folder, "logo.png"), optimize=True)
    person = Image.new("RGB", (90, 110), (220, 220, 220))
    draw = ImageDraw.Draw(person)
    draw.ellipse((25, 15, 65, 55), fill=(160, 160, 160))
    draw.rectangle((15, 65, 75, 110), fill=(160, 160, 160))
    person.save(os.path.join(folder, "person.png"), optimize=True)
    photo = Image.new("RGB", (320, 180), (120, 160, 90))
    ImageDraw.Draw(photo).rectangle((100, 70, 220, 140), fill=(140, 90, 50))
    photo.save(os.path.join(folder, "photo.png"), optimize=True)
    ita = Image.new("RGB", (240, 60), (30, 70, 140))
    ImageDraw.Draw(ita).text((20, 18), "ITA 2569 คลิก", font=font, fill=(255, 255, 255))
    ita.save(os.path.join(folder, "ita.png"), optimize=True)
    chart = Image.new("L", (600, 300), 255)
    draw = ImageDraw.Draw(chart)
    draw.rectangle((220, 10, 380, 50), outline=0)
    draw.text((240, 20), "ปศุสัตว์จังหวัด", font=font, fill=0)
    for i, t in enumerate(["บริหารทั่วไป", "ยุทธศาสตร์", "สุขภาพสัตว์", "ส่งเสริมฯ", "คุณภาพสินค้า"]):
        x = 10 + i * 118
        draw.line((300, 50, x + 50, 120), fill=0)
        draw.rectangle((x, 120, x + 105, 160), outline=0)
        draw.text((x + 6, 130), t, font=font, fill=0)
    draw.rectangle((200, 220, 400, 260), outline=0)
    draw.text((215, 230), "ปศุสัตว์อำเภอ 7 แห่ง", font=font, fill=0)
    chart.save(os.path.join(folder, "chart.png"), optimize=True)
    for ext, colour in (("pdf", (200, 30, 30)), ("doc", (30, 80, 180)), ("xls", (30, 130, 60))):
        Image.new("RGB", (16, 16), colour).save(os.path.join(folder, f"{ext}.gif"))


def main() -> None:
    make_assets()
    make_home()
    make_about()
    make_contact()
    make_services()
    make_eservice()
    make_news()
    make_downloads()
    make_procurement()
    make_ita()


if __name__ == "__main__":
    main()
