"""Generate the HTML pages of the "courtadmin" test site (ศาลแขวงบึงพระราม, invented).

Run:  python tests/sites/courtadmin/_make_pages.py   (after _make_docs.py: file sizes are read
from the files it wrote)

A court website on the Office of the Judiciary's common template: top bar, menu, side column
(quick links, hotline, visitor counter) and footer on every page; pages are folder/index.html.
Documents are listed by category (/download/<cat>/), the monthly procurement summaries on
/procurement/, news under /news/ (two pages).  The ITA page /ita/2569/ is a table o1 … o26 in
the court's own short wording; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ORG, ROWS, path_of  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนยุทธศาสตร์ / แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "สถิติการให้บริการ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / เอกสารทั่วไป"}
HIDDEN = {"ita-2568-o6"}  # linked only from last year's ITA page
GONE = {"/files/41377.pdf": "388.2 KB", "/files/39550.pdf": "254.9 KB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับศาล", "/about/history/"), ("โครงสร้างหน่วยงาน", "/about/structure/"),
        ("ผู้บริหารศาล", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("บริการประชาชน", "/service/"),
        ("E-Service", "/eservice/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลดเอกสาร", "/download/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อศาล", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/court.css"></head>
<body>
<div id="topbar">สำนักงานศาลยุติธรรม · {ORG} · Bueng Phra Ram Municipal Court · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="header"><b>{ORG}</b><br><small>สำนักงานประจำศาลแขวงบึงพระราม จังหวัดพระนครศรีอยุธยา</small></div>
<ul id="nav">
{menu}
</ul>
<div id="container"><div id="sidebar">
<div class="widget"><b>บริการออนไลน์</b><br><a href="https://efiling.coj.go.th/">ระบบ e-Filing</a><br>
<a href="/eservice/copy/">ขอคัดถ่ายเอกสารออนไลน์</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a></div>
<div class="widget"><b>ITA</b><br><a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ ๒๕๖๙</a><br>
<a href="/ita/2568/">การเปิดเผยข้อมูลสาธารณะ ๒๕๖๘</a></div>
<div class="widget"><b>ลิงก์หน่วยงาน</b><br><a href="https://www.coj.go.th/">สำนักงานศาลยุติธรรม</a><br>
<a href="/mediation/">ศูนย์ไกล่เกลี่ยข้อพิพาท</a><br><a href="/law-clinic/">คลินิกกฎหมาย</a></div>
<div class="widget">Call Center ๑๑๑๑ กด ๗๗ · ผู้เข้าชม ๔๘,๒๑๗</div>
</div>
<div id="content">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} เลขที่ 88 หมู่ที่ 4 ถนนโรจนะ ตำบลบ้านเกาะ อำเภอพระนครศรีอยุธยา จังหวัดพระนครศรีอยุธยา 13000<br>
โทรศัพท์ 0 3524 8810 โทรสาร 0 3524 8811 อีเมล bpr-court@example.go.th · เปิดทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.<br>
© ๒๕๖๗ {ORG} · <a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    return f"{os.path.getsize(os.path.join(HERE, path_of(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _n = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{path_of(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>{ext.upper()} {size_of(k)}</td></tr>')
    return ('<table class="docs"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and not k.startswith("proc-20") and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (1288, (2026, 4, 2), "ศาลแขวงบึงพระรามเปิดคลินิกไกล่เกลี่ยหนี้วันเสาร์",
     ["เริ่มวันเสาร์ที่ 4 เมษายน 2569 ให้บริการไกล่เกลี่ยหนี้บัตรเครดิตและสินเชื่อส่วนบุคคล ตามข้อเสนอของประชาชนในโครงการศาลยุติธรรมพบประชาชน"]),
    (1281, (2026, 3, 13), "ประชาสัมพันธ์การยื่นคำร้องขอปล่อยชั่วคราวทางอิเล็กทรอนิกส์",
     ["ประชาชนสามารถยื่นคำร้องขอปล่อยชั่วคราวผ่านระบบ CIOS ได้ตลอด 24 ชั่วโมง"]),
    (1275, (2026, 2, 21), "โครงการศาลยุติธรรมพบประชาชน ประจำปี 2569 ณ ตำบลบ้านสร้าง",
     ["วันที่ 21 กุมภาพันธ์ 2569 ผู้พิพากษาหัวหน้าศาลแขวงบึงพระรามพร้อมคณะ ให้ความรู้กฎหมายและรับฟังความคิดเห็นจากประชาชน 132 คน"]),
    (1270, (2026, 2, 6), "ประชุมเครือข่ายผู้ประนีประนอมประจำศาล ครั้งที่ 1/2569",
     ["ผู้ประนีประนอมประจำศาล 24 คน ร่วมประชุมทบทวนแนวทางการไกล่เกลี่ยคดีผู้บริโภค"]),
    (1262, (2026, 1, 23), "กิจกรรมอบรมจริยธรรมข้าราชการศาลยุติธรรม ประจำปีงบประมาณ พ.ศ. 2569",
     ["วันที่ 23 มกราคม 2569 ศาลแขวงบึงพระรามจัดอบรมส่งเสริมจริยธรรมตามประมวลจริยธรรมข้าราชการศาลยุติธรรม",
      "ผู้เข้าร่วม 51 คน หัวข้อ การป้องกันผลประโยชน์ทับซ้อนและการไม่รับของขวัญ"]),
    (1255, (2026, 1, 15), "เผยแพร่รายงานประจำปีของศาลแขวงบึงพระราม",
     ["ศาลแขวงบึงพระรามเผยแพร่รายงานประจำปี ดาวน์โหลดได้ที่เมนูดาวน์โหลดเอกสาร หมวดรายงานผลการดำเนินงาน"]),
    (1240, (2025, 12, 19), "อบรมป้องกันผลประโยชน์ทับซ้อน ประจำปี 2569",
     ["เจ้าหน้าที่ 48 คน เข้าร่วมอบรมตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569"]),
    (1231, (2025, 11, 25), "ศาลแขวงบึงพระรามร่วมงานวันศาลยุติธรรมพบประชาชนจังหวัด",
     ["ร่วมออกหน่วยให้คำปรึกษากฎหมายเคลื่อนที่ ณ ศาลากลางจังหวัดพระนครศรีอยุธยา"]),
    (1224, (2025, 10, 6), "ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปี 2569",
     ["ผู้พิพากษาหัวหน้าศาลแขวงบึงพระรามประกาศเจตจำนงสุจริตในการบริหารงาน ต่อหน้าข้าราชการทุกคน"]),
    (1219, (2025, 10, 1), "ต้อนรับผู้พิพากษาหัวหน้าศาลแขวงบึงพระรามคนใหม่",
     ["นายธีรวัฒน์ แสงอรุณรัตน์ เข้ารับตำแหน่งผู้พิพากษาหัวหน้าศาลแขวงบึงพระราม ตั้งแต่ 1 ตุลาคม 2568"]),
]
OLD_NEWS = [
    (1102, (2025, 8, 14), "โครงการศาลยุติธรรมพบประชาชน ประจำปี 2568",
     ["วันที่ 14 สิงหาคม 2568 ณ ตำบลบ้านป้อม มีผู้เข้าร่วม 97 คน"]),
    (1088, (2025, 6, 3), "อบรมจริยธรรมข้าราชการศาลยุติธรรม ประจำปี 2568", ["ผู้เข้าร่วม 46 คน"]),
    (1051, (2025, 1, 8), "งดให้งดรับของขวัญเทศกาลปีใหม่ 2568", ["ศาลแขวงบึงพระรามขอความร่วมมืองดให้ของขวัญแก่เจ้าหน้าที่"]),
]


def news_pages() -> None:
    for group, path, nxt in ((NEWS, "/news/", '<p><a href="/news/page/2/">หน้าถัดไป »</a></p>'),
                             (OLD_NEWS, "/news/page/2/", '<p><a href="/news/">« หน้าก่อน</a></p>')):
        items = "".join(f'<li><a href="/news/{i}/">{esc(t)}</a> <small>{d[2]} {MONTHS[d[1] - 1]} {d[0] + 543}</small></li>\n'
                        for i, d, t, _p in group)
        write(path, "ข่าวประชาสัมพันธ์", f'<ul class="news">\n{items}</ul>\n{nxt}')
        for i, dd, t, paras in group:
            body = f"<p class='date'>วันที่ {dd[2]} {MONTHS[dd[1] - 1]} {dd[0] + 543}</p>" + "".join(f"<p>{esc(p)}</p>" for p in paras)
            write(f"/news/{i}/", t, body + '<p><a href="/news/">กลับหน้าข่าว</a></p>')


def ita_row(no: int, text: str, link: str | None) -> str:
    cell = f'<a href="{link}">{esc(text)}</a>' if link else f"{esc(text)} <i>(อยู่ระหว่างรวบรวมข้อมูล)</i>"
    return f"<tr><td>o{no}</td><td>{cell}</td></tr>"


ITA_2569 = [
    ("โครงสร้างและอำนาจหน้าที่ของศาล", "/about/structure/"), ("ผู้บริหารศาล", "/about/executives/"),
    ("ติดต่อศาล / ถาม-ตอบ", "/contact/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("แผนยุทธศาสตร์ศาล", path_of("strat")),
    ("แผนปฏิบัติราชการ ปี 2569", path_of("opplan-2569")), ("รายงานประจำปี", "/download/report/"),
    ("คู่มือการปฏิบัติงานเจ้าหน้าที่", path_of("manual-staff")), ("คู่มือสำหรับประชาชน", "/service/"),
    ("E-Service", "/eservice/"), ("สรุปผลจัดซื้อจัดจ้างรายเดือน (สขร.1)", "/procurement/"),
    ("รายงานผลจัดซื้อจัดจ้างประจำปี", path_of("proc-annual-2568")), ("หลักเกณฑ์และแผนพัฒนาบุคลากร", "/download/hr/"),
    ("รายงานผลการพัฒนาบุคลากร", None), ("ประมวลจริยธรรม", path_of("ethics")),
    ("แนวปฏิบัติจัดการเรื่องร้องเรียนทุจริต", path_of("complaint-manual")),
    ("ช่องทางร้องเรียนการทุจริต", "/complaint/corruption/"), ("สถิติเรื่องร้องเรียน", "/complaint/stats/"),
    ("การมีส่วนร่วมของประชาชน", path_of("participation")), ("No Gift Policy", path_of("nogift-2567")),
    ("ประเมินความเสี่ยงการทุจริต ปี 2569", path_of("risk-2568")), ("รายงานผลการบริหารความเสี่ยงการทุจริต", "/files/41377.pdf"),
    ("แผนป้องกันการทุจริต ปี 2569", path_of("anti-plan-2569")), ("รายงานผลป้องกันการทุจริต", path_of("anti-report-2568")),
    ("การนำผล ITA ไปพัฒนาองค์กร", path_of("ita-analysis-2567")),
    ("รายงานผลมาตรการส่งเสริมคุณธรรม", path_of("integrity-report-2568")),
]
ITA_2568 = [
    ("แผนยุทธศาสตร์", path_of("strat"), 5), ("แผนปฏิบัติราชการ", path_of("ita-2568-o6"), 6),
    ("แผนปฏิบัติราชการ ปี 2568", path_of("opplan-2568"), 6), ("No Gift Policy", path_of("nogift-2567"), 20),
    ("รายงานการรับของขวัญ", path_of("gift-report-2567"), 20), ("ประเมินความเสี่ยง 2568", "/files/39550.pdf", 21),
    ("มาตรการส่งเสริมคุณธรรม / การนำผล ITA 2567", path_of("ita-analysis-2567"), 25),
]


def main() -> None:
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "court.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#nav li{display:inline;margin:0 6px}"
                 "#sidebar{float:left;width:220px}#content{margin-left:240px}#footer{clear:both;background:#4a2c0f;color:#fff}\n")
    news_pages()
    latest = "".join(f'<li><a href="/news/{i}/">{esc(t)}</a></li>' for i, _d, t, _p in NEWS[:5])
    write("/", "หน้าแรก", f"<p>ยินดีต้อนรับสู่เว็บไซต์{ORG}</p><h2>ข่าวล่าสุด</h2><ul>{latest}</ul>"
          '<p><a href="/news/">ข่าวทั้งหมด</a> · <a href="/ita/2569/">ITA 2569</a></p>')
    write("/about/history/", "ประวัติศาลแขวงบึงพระราม",
          "<p>ศาลแขวงบึงพระรามเปิดทำการเมื่อวันที่ 1 ตุลาคม 2540 มีเขตอำนาจในอำเภอพระนครศรีอยุธยา อำเภอบางปะหัน และอำเภอพระนครศรีอยุธยาบางส่วน</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ", "<p>วิสัยทัศน์ อำนวยความยุติธรรมรวดเร็ว เป็นธรรม เข้าถึงง่าย</p>")
    write("/about/structure/", "โครงสร้างหน่วยงาน",
          "<h2>ฝ่ายตุลาการ</h2><ul><li>ผู้พิพากษาหัวหน้าศาลแขวงบึงพระราม<ul><li>ผู้พิพากษาศาลแขวง 6 คน</li>"
          "<li>ผู้พิพากษาประจำศาล 2 คน</li></ul></li></ul>"
          "<h2>สำนักงานประจำศาลแขวงบึงพระราม</h2><ul><li>ผู้อำนวยการสำนักงานประจำศาล<ul>"
          "<li>กลุ่มช่วยอำนวยการ</li><li>กลุ่มงานคดี (งานรับฟ้อง งานหมาย งานหน้าบัลลังก์)</li><li>กลุ่มงานคลัง</li>"
          "<li>กลุ่มงานไกล่เกลี่ยและประนอมข้อพิพาท</li><li>งานเทคโนโลยีสารสนเทศ</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามพระธรรมนูญศาลยุติธรรม มาตรา 17 และมาตรา 25 ศาลแขวงมีอำนาจ</p><ol>"
          "<li>ไต่สวนหรือมีคำสั่งใด ๆ ซึ่งผู้พิพากษาคนเดียวมีอำนาจ</li>"
          "<li>พิจารณาพิพากษาคดีแพ่งที่ทุนทรัพย์ไม่เกิน 300,000 บาท</li>"
          "<li>พิจารณาพิพากษาคดีอาญาที่มีอัตราโทษจำคุกไม่เกิน 3 ปี หรือปรับไม่เกิน 60,000 บาท</li>"
          "<li>ออกหมายเรียก หมายอาญา และไต่สวนคำร้องขอปล่อยชั่วคราว</li></ol>"
          "<p>สำนักงานประจำศาลมีหน้าที่สนับสนุนงานธุรการและงานคดีตามพระราชบัญญัติระเบียบบริหารราชการศาลยุติธรรม พ.ศ. 2543 มาตรา 23</p>")
    people = [("นายธีรวัฒน์ แสงอรุณรัตน์", "ผู้พิพากษาหัวหน้าศาลแขวงบึงพระราม", "0 3524 8810 ต่อ 101"),
              ("นางพิมพ์ชนก วงศ์ทองดี", "ผู้พิพากษาศาลแขวง", "0 3524 8810 ต่อ 102"),
              ("นางสาวกมลวรรณ ศรีพนาวัฒน์", "ผู้อำนวยการสำนักงานประจำศาลแขวงบึงพระราม", "0 3524 8810 ต่อ 201")]
    cards = "".join(f'<div class="card"><div class="photo">[รูปถ่าย]</div><b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>'
                    for n, p, t in people)
    write("/about/executives/", "ผู้บริหารศาล", cards)
    write("/contact/", "ติดต่อศาล",
          "<p>ศาลแขวงบึงพระราม เลขที่ 88 หมู่ที่ 4 ถนนโรจนะ ตำบลบ้านเกาะ อำเภอพระนครศรีอยุธยา จังหวัดพระนครศรีอยุธยา 13000</p>"
          "<p>โทรศัพท์ 0 3524 8810 โทรสาร 0 3524 8811 อีเมล bpr-court@example.go.th</p>"
          '<p><a href="https://maps.google.com/?q=14.3562,100.5891">แผนที่ Google Maps</a> · <a href="/qa/">ถาม-ตอบ</a></p>')
    write("/qa/", "ถาม-ตอบ (Q&A)",
          "<dl><dt>ถาม (12 มี.ค. 2569): ยื่นคำร้องขอคัดถ่ายเอกสารออนไลน์ได้หรือไม่</dt>"
          "<dd>ตอบ: ได้ ที่เมนู E-Service ขอคัดถ่ายเอกสารออนไลน์ (งานประชาสัมพันธ์)</dd>"
          "<dt>ถาม (2 ก.พ. 2569): ค่าธรรมเนียมรับรองสำเนาเท่าไร</dt><dd>ตอบ: ฉบับละ 50 บาท</dd></dl>"
          '<form action="/qa/" method="post"><p>ชื่อ <input name="name"> อีเมล <input name="email"></p>'
          '<p>คำถาม <textarea name="q"></textarea></p><p><button type="submit">ส่งคำถาม</button></p></form>')
    write("/service/", "คู่มือสำหรับประชาชน",
          '<ul><li><a href="/service/copy/">การขอคัดถ่ายสำเนาเอกสารในสำนวนคดี</a></li>'
          '<li><a href="/service/bail/">การยื่นคำร้องขอปล่อยชั่วคราว</a></li>'
          f'<li><a href="{path_of("manual-public")}">คู่มือสำหรับประชาชน (PDF)</a></li></ul>')
    write("/service/copy/", "การขอคัดถ่ายสำเนาเอกสารในสำนวนคดี",
          "<table><tr><th>ขั้นตอน</th><th>ระยะเวลา</th></tr><tr><td>ยื่นคำขอ</td><td>5 นาที</td></tr>"
          "<tr><td>ผู้พิพากษาอนุญาต</td><td>30 นาที</td></tr><tr><td>ชำระค่าธรรมเนียม รับเอกสาร</td><td>15 นาที</td></tr></table>"
          "<p>เอกสารที่ต้องใช้: บัตรประจำตัวประชาชน หนังสือมอบอำนาจ (ถ้ามี) ค่าธรรมเนียมหน้าละ 1 บาท</p>")
    write("/service/bail/", "การยื่นคำร้องขอปล่อยชั่วคราว",
          "<ol><li>ยื่นคำร้องพร้อมหลักประกัน ณ งานปล่อยชั่วคราว ชั้น 1 (15 นาที)</li><li>เจ้าหน้าที่ตรวจหลักประกัน (30 นาที)</li>"
          "<li>ผู้พิพากษาพิจารณาสั่ง (ไม่เกิน 3 ชั่วโมง)</li></ol><p>เอกสาร: บัตรประจำตัวประชาชน ทะเบียนบ้าน หลักประกัน "
          "ไม่มีค่าธรรมเนียม</p>")
    write("/eservice/", "E-Service ระบบบริการออนไลน์",
          '<ul><li><a href="https://efiling.coj.go.th/">ระบบยื่นฟ้องอิเล็กทรอนิกส์ (e-Filing)</a></li>'
          '<li><a href="/eservice/copy/">ขอคัดถ่ายเอกสารออนไลน์</a></li></ul>'
          f'<p>สถิติการให้บริการ: <a href="{path_of("eservice-stats")}">{esc(ROWS["eservice-stats"][0])}</a></p>')
    write("/eservice/copy/", "ขอคัดถ่ายเอกสารออนไลน์",
          '<form action="/eservice/copy/" method="post"><p>ชื่อ-สกุล <input name="name"></p><p>เลขคดีดำ <input name="case"></p>'
          '<p>เอกสารที่ขอ <textarea name="docs"></textarea></p><p>โทรศัพท์ <input name="tel"></p>'
          '<p><button type="submit">ยื่นคำขอ</button></p></form>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          '<ul><li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>'
          '<li><a href="/complaint/stats/">สถิติเรื่องร้องเรียน</a></li>'
          f'<li><a href="{path_of("complaint-manual")}">คู่มือการจัดการเรื่องร้องเรียน</a></li></ul>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/" method="post"><p>ชื่อ (ไม่ระบุก็ได้) <input name="name"></p>'
          '<p>เรื่องที่ร้องเรียน <input name="subject"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
          '<p>แนบไฟล์ <input type="file" name="file"></p><p><button type="submit">ส่งเรื่อง</button></p></form>')
    write("/complaint/stats/", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ปีงบประมาณ พ.ศ. 2568 (1 ตุลาคม 2567 - 30 กันยายน 2568)</p>"
          "<table><tr><th>ไตรมาส</th><th>เรื่องที่รับ</th><th>ดำเนินการแล้ว</th><th>อยู่ระหว่างดำเนินการ</th></tr>"
          "<tr><td>1</td><td>0</td><td>0</td><td>0</td></tr><tr><td>2</td><td>1</td><td>1</td><td>0</td></tr>"
          "<tr><td>3</td><td>0</td><td>0</td><td>0</td></tr><tr><td>4</td><td>1</td><td>1</td><td>0</td></tr></table>"
          "<p>ปรับปรุงข้อมูลเมื่อ 3 ตุลาคม 2568</p>")
    procs = sorted((k for k in ROWS if k.startswith("proc-20")), key=lambda k: ROWS[k][2], reverse=True)
    write("/procurement/", "สรุปผลการดำเนินการจัดซื้อจัดจ้าง (สขร.1)", table(procs)
          + f'<p><a href="{path_of("procplan-2569")}">แผนการจัดซื้อจัดจ้าง 2569</a></p>')
    cats = "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<ul>{cats}</ul><h2>เอกสารล่าสุด</h2>" + table(listed()[:8]))
    for c, t in CATS.items():
        write(f"/download/{c}/", t, table(listed(c)))
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปี 2569</a></li><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li></ul>')
    rows = "\n".join(ita_row(n, t, u) for n, (t, u) in enumerate(ITA_2569, 1))
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569",
          f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th></tr>\n{rows}</table>')
    rows = "\n".join(ita_row(n, t, u) for t, u, n in ITA_2568)
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568",
          f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th></tr>\n{rows}</table>')
    write("/mediation/", "ศูนย์ไกล่เกลี่ยข้อพิพาท", "<p>ให้บริการไกล่เกลี่ยทั้งก่อนฟ้องและหลังฟ้อง ชั้น 2 อาคารศาล</p>")
    write("/law-clinic/", "คลินิกกฎหมาย", "<p>ให้คำปรึกษากฎหมายเบื้องต้นโดยไม่เสียค่าใช้จ่าย ทุกวันพุธ</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>ศาลเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามกฎหมาย</p>")
    links = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{links}</ul>")


if __name__ == "__main__":
    main()
