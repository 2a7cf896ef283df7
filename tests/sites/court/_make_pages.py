"""Generate the HTML pages of the "court" test site (ศาลจังหวัดโพนทองคำ, an invented provincial court).

Run:  python tests/sites/court/_make_pages.py   (after _make_docs.py)

Every page repeats the top bar, the menu (เกี่ยวกับศาล, บริการประชาชน, ศูนย์ไกล่เกลี่ย, e-Service,
ข่าวสาร, แผนงาน/รายงาน, จัดซื้อจัดจ้าง, ITA, ติดต่อศาล), the side column (the chief judge, ITA 2569 /
2568, links to the Office of the Courts of Justice and e-Filing) and the footer; pages are
folder/index.html.  Documents are linked by their text from section pages and from the ITA pages.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG, path_of  # noqa: E402

MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
          "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
MENU = [("/", "หน้าแรก"), ("/about/", "เกี่ยวกับศาล"), ("/services/", "บริการประชาชน"), ("/mediation/", "ศูนย์ไกล่เกลี่ย"),
        ("/eservice/", "e-Service"), ("/news/", "ข่าวสาร"), ("/plans/", "แผนงาน/รายงาน"), ("/procurement/", "จัดซื้อจัดจ้าง"),
        ("/ita/2569/", "ITA"), ("/contact/", "ติดต่อศาล")]
SUB = {"/about/": [("/about/history/", "ประวัติศาล"), ("/about/structure/", "โครงสร้างองค์กร"),
                   ("/about/authority/", "อำนาจหน้าที่"), ("/about/executives/", "ผู้บริหาร"), ("/about/vision/", "วิสัยทัศน์ พันธกิจ")],
       "/services/": [("/services/filing/", "การยื่นฟ้อง"), ("/services/copy/", "ขอคัดถ่ายเอกสาร"), ("/services/fees/", "ค่าธรรมเนียมศาล"),
                      ("/services/calendar/", "ตารางนัดความ"), ("/services/bail/", "การขอปล่อยชั่วคราว"), ("/download/", "ดาวน์โหลดแบบฟอร์ม")]}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(y: int, m: int, day: int) -> str:
    """A Buddhist-era date as a Thai site prints it (y is Buddhist era)."""
    return f"{day} {MONTHS[m - 1]} {y}"


def doc(key: str, text: str | None = None) -> str:
    return f'<a href="{path_of(key)}" target="_blank">{esc(text or DOCS[key][0])}</a>'


def menu() -> str:
    items = []
    for href, label in MENU:
        sub = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in SUB.get(href, []))
        items.append(f'<li><a href="{href}">{esc(label)}</a>' + (f'<ul class="dropdown">{sub}</ul>' if sub else "") + "</li>")
    return '<nav class="mainmenu"><ul>' + "".join(items) + "</ul></nav>"


SIDE = """<aside class="sidebar">
<div class="box"><h3>ผู้พิพากษาหัวหน้าศาล</h3><img src="/images/exec1.png" alt="ผู้พิพากษาหัวหน้าศาล" width="60" height="80">
<p>นายธีรวัฒน์ ศักดิ์ศรีวงศ์<br>ผู้พิพากษาหัวหน้าศาลจังหวัดโพนทองคำ</p></div>
<div class="box"><h3>เมนูลัด</h3><ul>
<li><a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569</a></li>
<li><a href="/ita/2568/">ITA ปี 2568</a></li>
<li><a href="/complaint/">ร้องเรียน/แจ้งเบาะแสการทุจริต</a></li>
<li><a href="/services/calendar/">ตรวจสอบวันนัดความ</a></li>
<li><a href="/download/">ดาวน์โหลดแบบฟอร์ม</a></li>
<li><a href="/sitemap/">แผนผังเว็บไซต์</a></li></ul></div>
<div class="box"><h3>ลิงก์หน่วยงาน</h3><ul>
<li><a href="https://www.coj.go.th/" target="_blank">สำนักงานศาลยุติธรรม</a></li>
<li><a href="https://efiling3.coj.go.th/" target="_blank">ระบบ e-Filing</a></li>
<li><a href="https://cios.coj.go.th/" target="_blank">ระบบบริการข้อมูลคดีศาลยุติธรรม (CIOS)</a></li>
<li><a href="https://www.nacc.go.th/" target="_blank">สำนักงาน ป.ป.ช.</a></li></ul></div>
</aside>"""

FOOT = """<footer><p><strong>ศาลจังหวัดโพนทองคำ</strong> 88 หมู่ 5 ถนนโพนทอง-ดงหลวง ตำบลโพนทองคำ อำเภอเมืองโพนทองคำ</p>
<p>โทรศัพท์ 0 4299 1140 โทรสาร 0 4299 1141 อีเมล ptk.court@example.go.th</p>
<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. | <a href="/privacy/">นโยบายการคุ้มครองข้อมูลส่วนบุคคล</a> | <a href="/sitemap/">แผนผังเว็บไซต์</a></p>
<p>Copyright © 2569 ศาลจังหวัดโพนทองคำ สำนักงานศาลยุติธรรม</p></footer>"""

PAGES: dict[str, tuple[str, str]] = {}


def page(path: str, title: str, body: str) -> None:
    PAGES[path] = (title, body)


def render(path: str, title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/assets/style.css"></head>
<body><div class="topbar"><span>ศาลยุติธรรม ผดุงความยุติธรรม เพื่อประชาชน</span> <a href="/sitemap/">แผนผังเว็บไซต์</a> | <a href="/contact/">ติดต่อเรา</a></div>
<header><a href="/"><strong>{ORG}</strong></a><br><small>Phon Thong Kham Provincial Court</small></header>
{menu()}
<div class="wrap"><main><div class="breadcrumb"><a href="/">หน้าแรก</a> &gt; {esc(title)}</div>
<h1>{esc(title)}</h1>
{body}
</main>
{SIDE}</div>
{FOOT}
</body></html>
"""


def ul(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


# ------------------------------------------------------------------ news
# (slug, BE y, m, d, title, paragraphs, extra html)
NEWS = [
    ("2569-04-ita-public", 2569, 4, 10, "ศาลจังหวัดโพนทองคำเผยแพร่ข้อมูลสาธารณะ (OIT) ประจำปี 2569",
     ["ศาลจังหวัดโพนทองคำได้เผยแพร่ข้อมูลตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569 เพื่อรับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ"],
     '<p>ดูรายละเอียดได้ที่ <a href="/ita/2569/">หน้าการเปิดเผยข้อมูลสาธารณะ ปี 2569</a></p>'),
    ("2569-03-mediation-week", 2569, 3, 20, "สัปดาห์ไกล่เกลี่ยข้อพิพาทหนี้สินครัวเรือน ประจำปี 2569",
     ["ศูนย์ไกล่เกลี่ยข้อพิพาทศาลจังหวัดโพนทองคำ จัดสัปดาห์ไกล่เกลี่ยหนี้ ระหว่างวันที่ 16 - 20 มีนาคม 2569 มีผู้เข้าร่วม 186 ราย ไกล่เกลี่ยสำเร็จ 142 เรื่อง"], ""),
    ("2569-02-efiling-training", 2569, 2, 12, "อบรมการยื่นฟ้องผ่านระบบ e-Filing แก่ทนายความในพื้นที่",
     ["ศาลจังหวัดโพนทองคำร่วมกับสภาทนายความจังหวัดจัดอบรมการใช้ระบบ e-Filing และระบบ CIOS แก่ทนายความ 45 คน"], ""),
    ("2569-01-participation", 2569, 1, 23, "ศาลจังหวัดโพนทองคำเปิดเวทีรับฟังความคิดเห็นของประชาชนต่อการให้บริการของศาล",
     ["เมื่อวันที่ 22 มกราคม 2569 ศาลจังหวัดโพนทองคำจัดโครงการ \"ศาลยุติธรรมพบประชาชน\" ณ ที่ว่าการอำเภอดงหลวง เปิดโอกาสให้ผู้นำชุมชน ทนายความ และประชาชน 96 คน ร่วมเสนอความคิดเห็นต่อการให้บริการของศาล",
      "ผลการรับฟังความคิดเห็น : ผู้เข้าร่วมเสนอให้ขยายเวลาให้บริการรับคำคู่ความช่วงพักกลางวัน เพิ่มป้ายบอกทางในอาคาร และจัดไกล่เกลี่ยสัญจรในอำเภอรอบนอก ศาลได้นำข้อเสนอไปปรับปรุง โดยเปิดรับคำคู่ความช่วง 12.00 - 13.00 น. ตั้งแต่วันที่ 1 กุมภาพันธ์ 2569 และบรรจุการไกล่เกลี่ยสัญจรไว้ในแผนปฏิบัติราชการ",
      "สรุปผลแบบสอบถามความพึงพอใจ : พึงพอใจมากที่สุด ร้อยละ 71.9 พึงพอใจมาก ร้อยละ 24.0"], ""),
    ("2569-01-new-year", 2569, 1, 5, "ผู้พิพากษาหัวหน้าศาลมอบพรปีใหม่แก่ข้าราชการและเจ้าหน้าที่",
     ["ผู้พิพากษาหัวหน้าศาลจังหวัดโพนทองคำมอบพรปีใหม่ 2569 และย้ำนโยบายไม่รับของขวัญจากการปฏิบัติหน้าที่"], ""),
    ("2568-12-ethics", 2568, 12, 5, "กิจกรรมจิตอาสาและการขับเคลื่อนจริยธรรม ศาลจังหวัดโพนทองคำ",
     ["ข้าราชการและเจ้าหน้าที่ศาลจังหวัดโพนทองคำ 61 คน ร่วมกิจกรรมจิตอาสาทำความสะอาดบริเวณศาล ตามแผนการขับเคลื่อนจริยธรรม ประจำปีงบประมาณ 2569"],
     f"<p>เอกสารประกอบ : {doc('ethics-2569')}</p>"),
    ("2568-11-dos-donts", 2568, 11, 18, "อบรม Do's & Don'ts ตามประมวลจริยธรรมข้าราชการศาลยุติธรรม",
     ["ศาลจังหวัดโพนทองคำจัดอบรมสิ่งที่ควรทำและไม่ควรทำ (Do's & Don'ts) ตามประมวลจริยธรรมข้าราชการศาลยุติธรรม ให้แก่เจ้าหน้าที่ 54 คน"], ""),
    ("2568-11-acp-meeting", 2568, 11, 19, "ประชุมคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต ปี 2569",
     ["ศาลจังหวัดโพนทองคำประชุมคณะทำงานเพื่อเตรียมจัดทำแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2569 ของศาล โดยจะเสนอผู้พิพากษาหัวหน้าศาลพิจารณาต่อไป"],
     f"<p>{doc('invite-acp')}</p>"),
    ("2568-10-nogift", 2568, 10, 20, "ข้าราชการศาลจังหวัดโพนทองคำร่วมรณรงค์ต่อต้านการทุจริต",
     ["ข้าราชการและเจ้าหน้าที่ร่วมกิจกรรมรณรงค์ต่อต้านการทุจริต ติดป้ายประชาสัมพันธ์ ณ จุดบริการประชาชน"], ""),
    ("2568-10-open-year", 2568, 10, 1, "ประชุมมอบนโยบายการบริหารราชการ ประจำปีงบประมาณ พ.ศ. 2569",
     ["ผู้พิพากษาหัวหน้าศาลจังหวัดโพนทองคำมอบนโยบายการบริหารราชการ ประจำปีงบประมาณ พ.ศ. 2569 แก่ข้าราชการและเจ้าหน้าที่"], ""),
    ("2569-03-bail-fund", 2569, 3, 3, "ประชาสัมพันธ์ การขอปล่อยชั่วคราวโดยไม่ต้องมีหลักประกัน",
     ["ศาลจังหวัดโพนทองคำประชาสัมพันธ์แนวทางการขอปล่อยชั่วคราวโดยไม่ต้องมีหลักประกัน และการใช้อุปกรณ์อิเล็กทรอนิกส์ติดตามตัว (EM)"], ""),
    ("2569-02-court-tour", 2569, 2, 26, "นักเรียนโรงเรียนโพนทองวิทยาเยี่ยมชมศาล",
     ["นักเรียนชั้นมัธยมศึกษาปีที่ 5 จำนวน 80 คน เข้าเยี่ยมชมการพิจารณาคดีและรับฟังบรรยายเรื่องกระบวนการยุติธรรม"], ""),
    # FY2568
    ("2568-09-retire", 2568, 9, 26, "พิธีมุทิตาจิตแด่ผู้เกษียณอายุราชการ ประจำปี 2568",
     ["ศาลจังหวัดโพนทองคำจัดพิธีมุทิตาจิตแด่ข้าราชการผู้เกษียณอายุราชการ จำนวน 3 คน"], ""),
    ("2568-06-mediation-mobile", 2568, 6, 14, "ไกล่เกลี่ยข้อพิพาทสัญจร อำเภอดงหลวง",
     ["ศูนย์ไกล่เกลี่ยข้อพิพาทออกไกล่เกลี่ยสัญจร ณ อำเภอดงหลวง ไกล่เกลี่ยสำเร็จ 38 เรื่อง"], ""),
    ("2568-03-ita-2568", 2568, 3, 28, "เผยแพร่ข้อมูลสาธารณะ (OIT) ประจำปี 2568",
     ["ศาลจังหวัดโพนทองคำเผยแพร่ข้อมูลสาธารณะ ประจำปี 2568"], '<p><a href="/ita/2568/">ITA ปี 2568</a></p>'),
    ("2567-12-participation", 2567, 12, 10, "โครงการศาลยุติธรรมพบประชาชน ประจำปี 2568",
     ["ศาลจังหวัดโพนทองคำจัดโครงการศาลยุติธรรมพบประชาชน ณ อำเภอเมืองโพนทองคำ ผู้เข้าร่วม 120 คน"], ""),
]
NEWS.sort(key=lambda n: (n[1], n[2], n[3]), reverse=True)


def news_pages() -> None:
    for slug, y, m, dd, title, paras, extra in NEWS:
        body = f'<p class="date">วันที่ {be(y, m, dd)}</p>' + "".join(f"<p>{esc(p)}</p>" for p in paras) + extra
        page(f"/news/{slug}/", title, body)
    fy = [n for n in NEWS if (n[1], n[2]) >= (2568, 10)]
    old = [n for n in NEWS if (n[1], n[2]) < (2568, 10)]
    for path, rows, nav in (("/news/", fy, '<p class="pager">หน้า 1 | <a href="/news/page/2/">2</a> | <a href="/news/page/2/">ถัดไป &raquo;</a></p>'),
                            ("/news/page/2/", old, '<p class="pager"><a href="/news/">&laquo; ก่อนหน้า</a> | <a href="/news/">1</a> | หน้า 2</p>')):
        items = [f'<a href="/news/{s}/">{esc(t)}</a> <span class="date">({be(y, m, dd)})</span>' for s, y, m, dd, t, _p, _e in rows]
        page(path, "ข่าวประชาสัมพันธ์" if path == "/news/" else "ข่าวประชาสัมพันธ์ หน้า 2", ul(items) + nav)


# ------------------------------------------------------------------ ITA
def ita_2569() -> str:
    rows = [
        ("O1", "โครงสร้าง หน้าที่และอำนาจ", '<a href="/about/structure/">โครงสร้างองค์กร</a><br><a href="/about/authority/">อำนาจหน้าที่</a>'),
        ("O2", "ข้อมูลผู้บริหาร", '<a href="/about/executives/">ผู้บริหารศาลจังหวัดโพนทองคำ</a>'),
        ("O3", "ข้อมูลการติดต่อและช่องทางการสอบถาม", '<a href="/contact/">ติดต่อศาล</a><br><a href="/contact/qa/">ถาม-ตอบ (Q&amp;A)</a>'),
        ("O4", "ข่าวประชาสัมพันธ์", '<a href="/news/">ข่าวประชาสัมพันธ์</a>'),
        ("O5", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", doc("plan5")),
        ("O6", "แผนดำเนินงานและการใช้งบประมาณประจำปี", doc("ap-2569") + "<br>" + doc("budget-2569")),
        ("O7", "รายงานผลการดำเนินงานประจำปี", doc("ar-2568")),
        ("O8", "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", doc("manual-staff")),
        ("O9", "คู่มือหรือแนวทางการขอรับบริการ", doc("manual-public") + '<br><a href="/services/">บริการประชาชน</a>'),
        ("O10", "E–Service", '<a href="/eservice/">บริการออนไลน์ (e-Service)</a>'),
        ("O11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", '<a href="/procurement/">จัดซื้อจัดจ้าง</a>'),
        ("O12", "รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี", doc("proc-2568")),
        ("O13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล", doc("hr-criteria") + "<br>" + doc("hr-plan-2568")),
        ("O14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", doc("hr-report-2568")),
        ("O15", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", doc("ethics-code") + "<br>" + doc("ethics-2569")),
        ("O16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", doc("complaint-guide")),
        ("O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", '<a href="/complaint/">ร้องเรียน/แจ้งเบาะแส</a>'),
        ("O18", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริต", doc("complaint-stats-2568")),
        ("O19", "ผลการเปิดโอกาสให้มีส่วนร่วม", '<a href="/news/2569-01-participation/">เวทีรับฟังความคิดเห็นของประชาชน</a>'),
        ("O20", "การขับเคลื่อนนโยบาย No Gift Policy", doc("nogift-2568") + "<br>" + doc("gift-report-2568")),
        ("O21", "การประเมินความเสี่ยงการทุจริต", doc("risk-2569")),
        ("O22", "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต", "อยู่ระหว่างดำเนินการ"),
        ("O23", "แผนปฏิบัติการป้องกันการทุจริต", doc("ocj-acp-2569")),
        ("O24", "รายงานผลการดำเนินการป้องกันการทุจริต", doc("acr-2568")),
        ("O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", doc("measures-2569")),
        ("O26", "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส", doc("integrity-report-2568")),
    ]
    trs = "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{links}</td></tr>" for c, t, links in rows)
    return ("<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT) ประจำปีงบประมาณ พ.ศ. 2569</p>"
            '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>รายละเอียด</th></tr>' + trs + "</table>")


def ita_2568() -> str:
    rows = [
        ("O5", "แผนปฏิบัติราชการประจำปี", doc("ap-2568")),
        ("O12", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", doc("hr-criteria")),
        ("O13", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", doc("hr-plan-2568")),
        ("O17", "ข้อมูลสถิติเรื่องร้องเรียน", doc("complaint-stats-2568")),
        ("O21", "ประกาศนโยบาย No Gift Policy", doc("nogift-2568")),
        ("O23", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", doc("risk-report-2568")),
        ("O24", "แผนปฏิบัติการป้องกันการทุจริต", doc("ocj-acp-2569", "แผนปฏิบัติการป้องกันการทุจริต (สำนักงานศาลยุติธรรม)")),
        ("O25", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", doc("measures-2568")),
        ("O26", "รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี", doc("proc-2567")),
    ]
    trs = "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{links}</td></tr>" for c, t, links in rows)
    return ("<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568 (ปรับปรุงข้อมูลล่าสุด ตุลาคม 2568)</p>"
            '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>รายละเอียด</th></tr>' + trs + "</table>")


def doclist(keys: list[str]) -> str:
    return ul([doc(k) + f' <span class="date">({be(DOCS[k][2].year + 543, DOCS[k][2].month, DOCS[k][2].day)})</span>' for k in keys])


def build_pages() -> None:
    page("/", ORG, "<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2>" + ul([f'<a href="/news/{n[0]}/">{esc(n[4])}</a>' for n in NEWS[:6]])
         + '<p><a href="/news/">ดูข่าวทั้งหมด</a></p><h2>บริการประชาชน</h2>'
         + ul([f'<a href="{h}">{esc(t)}</a>' for h, t in SUB["/services/"]])
         + '<h2>ประกาศจัดซื้อจัดจ้าง</h2>' + ul([doc("skr-2569-03"), doc("print-plan")]))
    page("/about/", "เกี่ยวกับศาล", ul([f'<a href="{h}">{esc(t)}</a>' for h, t in SUB["/about/"]]))
    page("/about/history/", "ประวัติศาลจังหวัดโพนทองคำ",
         "<p>ศาลจังหวัดโพนทองคำเปิดทำการเมื่อวันที่ 1 ตุลาคม 2529 มีเขตอำนาจครอบคลุมอำเภอเมืองโพนทองคำ อำเภอดงหลวง และอำเภอนาคำใหญ่ "
         "ย้ายมาที่ทำการปัจจุบันเมื่อ พ.ศ. 2548</p>")
    page("/about/structure/", "โครงสร้างองค์กร",
         "<h2>แผนภูมิโครงสร้างศาลจังหวัดโพนทองคำ</h2><ul><li>ผู้พิพากษาหัวหน้าศาลจังหวัดโพนทองคำ<ul>"
         "<li>ผู้พิพากษาศาลจังหวัด (7 คน) และผู้พิพากษาสมทบ</li><li>ผู้ประนีประนอมประจำศาล</li>"
         "<li>ผู้อำนวยการสำนักงานประจำศาลจังหวัดโพนทองคำ<ul><li>ส่วนช่วยอำนวยการ</li><li>กลุ่มงานบริหารทั่วไป</li>"
         "<li>กลุ่มงานคลัง</li><li>กลุ่มงานช่วยพิจารณาคดี</li><li>กลุ่มงานคดี (งานรับฟ้อง งานหมาย งานหน้าบัลลังก์)</li>"
         "<li>กลุ่มงานไกล่เกลี่ยและประนอมข้อพิพาท</li><li>กลุ่มงานเจ้าพนักงานตำรวจศาล</li></ul></li></ul></li></ul>")
    page("/about/authority/", "อำนาจหน้าที่",
         "<p>ศาลจังหวัดมีอำนาจพิจารณาพิพากษาคดีแพ่งและคดีอาญาทั้งปวงในเขตศาล ตามพระราชบัญญัติธรรมนูญศาลยุติธรรม มาตรา 18</p>"
         "<p>สำนักงานประจำศาลมีหน้าที่ตามพระราชบัญญัติระเบียบบริหารราชการศาลยุติธรรม พ.ศ. 2543 ได้แก่ สนับสนุนงานพิจารณาพิพากษาคดี "
         "งานธุรการ งานการเงินและพัสดุ และงานบริการประชาชน</p>"
         + ul(["ส่วนช่วยอำนวยการ : ช่วยผู้พิพากษาหัวหน้าศาลในงานบริหารและงานคดี", "กลุ่มงานบริหารทั่วไป : งานสารบรรณ บุคคล อาคารสถานที่",
               "กลุ่มงานคลัง : การเงิน บัญชี พัสดุ", "กลุ่มงานคดี : รับฟ้อง ออกหมาย ส่งหมาย ปล่อยชั่วคราว"]))
    execs = [("exec1", "นายธีรวัฒน์ ศักดิ์ศรีวงศ์", "ผู้พิพากษาหัวหน้าศาลจังหวัดโพนทองคำ", "0 4299 1140 ต่อ 101"),
             ("exec2", "นายปกรณ์ เรืองศิริกุล", "รองผู้พิพากษาหัวหน้าศาลจังหวัดโพนทองคำ", "0 4299 1140 ต่อ 102"),
             ("exec3", "นางสาวกมลวรรณ ทองประเสริฐ", "ผู้อำนวยการสำนักงานประจำศาลจังหวัดโพนทองคำ", "0 4299 1140 ต่อ 110")]
    page("/about/executives/", "ผู้บริหารศาลจังหวัดโพนทองคำ", "".join(
        f'<div class="person"><img src="/images/{i}.png" alt="{esc(n)}" width="60" height="80"><p><strong>{esc(n)}</strong><br>{esc(p)}<br>โทร {t}</p></div>'
        for i, n, p, t in execs))
    page("/about/vision/", "วิสัยทัศน์ พันธกิจ", "<p>วิสัยทัศน์ : อำนวยความยุติธรรมรวดเร็ว เป็นธรรม ประชาชนเข้าถึงได้ง่าย</p>"
         + ul(["พิจารณาพิพากษาคดีด้วยความรวดเร็วและเป็นธรรม", "ส่งเสริมการไกล่เกลี่ยข้อพิพาท", "พัฒนาบริการด้วยเทคโนโลยีดิจิทัล"]))
    page("/contact/", "ติดต่อศาล",
         "<p>ศาลจังหวัดโพนทองคำ 88 หมู่ 5 ถนนโพนทอง-ดงหลวง ตำบลโพนทองคำ อำเภอเมืองโพนทองคำ</p>"
         "<p>โทรศัพท์ 0 4299 1140 โทรสาร 0 4299 1141</p><p>อีเมล ptk.court@example.go.th</p>"
         '<p>แผนที่ : <a href="https://maps.google.com/?q=ศาลจังหวัดโพนทองคำ" target="_blank">Google Maps</a></p>'
         '<p>สอบถามข้อมูล : <a href="/contact/qa/">ถาม-ตอบ (Q&amp;A)</a> | ศูนย์บริการประชาชน โทร 0 4299 1140 ต่อ 120</p>')
    page("/contact/qa/", "ถาม-ตอบ (Q&A)",
         '<form method="post" action="/contact/qa/send/"><p>ชื่อ <input name="name"></p><p>อีเมล <input name="email"></p>'
         '<p>คำถาม <textarea name="q"></textarea></p><p><button type="submit">ส่งคำถาม</button></p></form>'
         "<h2>คำถามที่พบบ่อย</h2>" + ul(["ถาม : ตรวจสอบวันนัดได้อย่างไร ตอบ : ผ่านระบบ CIOS หรือโทร 0 4299 1140 ต่อ 120",
                                          "ถาม : ยื่นฟ้องออนไลน์ได้หรือไม่ ตอบ : ได้ ผ่านระบบ e-Filing"]))
    page("/services/", "บริการประชาชน", ul([f'<a href="{h}">{esc(t)}</a>' for h, t in SUB["/services/"]])
         + f"<p>คู่มือ : {doc('manual-public')}</p>")
    page("/services/filing/", "การยื่นฟ้อง",
         "<p>ขั้นตอน : 1) ยื่นคำฟ้องที่งานรับฟ้อง ชั้น 1 หรือผ่านระบบ e-Filing 2) ชำระค่าธรรมเนียมศาล 3) รับเลขคดีดำและวันนัด</p>"
         "<p>ระยะเวลา : ประมาณ 40 นาที เอกสาร : คำฟ้อง สำเนาคำฟ้องตามจำนวนจำเลย บัญชีระบุพยาน</p>"
         '<p><a href="https://efiling3.coj.go.th/" target="_blank">ยื่นฟ้องผ่านระบบ e-Filing</a></p>')
    page("/services/copy/", "ขอคัดถ่ายเอกสาร",
         f"<p>ยื่นคำขอพร้อมบัตรประจำตัวประชาชน ค่าคัดถ่ายหน้าละ 1 บาท รับรองสำเนาฉบับละ 5 บาท ระยะเวลา 50 นาที</p><p>{doc('manual-public')}</p><p>{doc('form-copy')}</p>")
    page("/services/fees/", "ค่าธรรมเนียมศาล", "<table><tr><th>รายการ</th><th>อัตรา</th></tr>"
         "<tr><td>คดีแพ่งทุนทรัพย์ไม่เกิน 50 ล้านบาท</td><td>ร้อยละ 2 ไม่เกิน 200,000 บาท</td></tr>"
         "<tr><td>คดีผู้บริโภค</td><td>ยกเว้นค่าธรรมเนียม</td></tr></table>")
    page("/services/calendar/", "ตารางนัดความ",
         '<p>ตรวจสอบวันนัดพิจารณาคดีได้ที่ <a href="https://cios.coj.go.th/" target="_blank">ระบบ CIOS</a></p>'
         "<table><tr><th>วันที่</th><th>ห้อง</th><th>คดี</th></tr><tr><td>21 เม.ย. 2569</td><td>3</td><td>พ 412/2568</td></tr>"
         "<tr><td>22 เม.ย. 2569</td><td>1</td><td>อ 1088/2568</td></tr></table>")
    page("/services/bail/", "การขอปล่อยชั่วคราว", "<p>ยื่นคำร้องขอปล่อยชั่วคราวได้ทุกวัน รวมวันหยุดราชการ 08.30 - 20.00 น.</p>")
    page("/download/", "ดาวน์โหลดแบบฟอร์ม", doclist(["form-copy", "manual-public"]))
    page("/mediation/", "ศูนย์ไกล่เกลี่ยข้อพิพาท",
         "<p>ศูนย์ไกล่เกลี่ยข้อพิพาทศาลจังหวัดโพนทองคำ ให้บริการไกล่เกลี่ยทั้งก่อนฟ้องและระหว่างพิจารณา ไม่มีค่าใช้จ่าย</p>"
         '<p>ยื่นคำร้องขอไกล่เกลี่ยก่อนฟ้องออนไลน์ได้ที่ <a href="https://mediation.coj.go.th/" target="_blank">ระบบไกล่เกลี่ยออนไลน์</a></p>'
         '<p>ข่าว : <a href="/news/2569-03-mediation-week/">สัปดาห์ไกล่เกลี่ยข้อพิพาทหนี้สินครัวเรือน ประจำปี 2569</a></p>')
    page("/eservice/", "บริการออนไลน์ (e-Service)",
         ul(['<a href="https://efiling3.coj.go.th/" target="_blank">ระบบรับส่งอิเล็กทรอนิกส์ (e-Filing)</a>',
             '<a href="https://cios.coj.go.th/" target="_blank">ระบบบริการข้อมูลคดี (CIOS) ขอคัดถ่ายเอกสารออนไลน์</a>'])
         + "<h2>แบบคำขอรับบริการออนไลน์ของศาลจังหวัดโพนทองคำ</h2>"
         '<form method="post" action="/eservice/send/"><p>ชื่อ-สกุล <input name="name"></p><p>เลขคดี <input name="case"></p>'
         '<p>บริการที่ขอ <select name="svc"><option>ขอคัดถ่ายเอกสาร</option><option>ขอหนังสือรับรองคดีถึงที่สุด</option></select></p>'
         '<p><button type="submit">ส่งคำขอ</button></p></form>'
         f"<h2>สถิติการให้บริการ</h2><p>{doc('eservice-stats')}</p>")
    page("/complaint/", "ร้องเรียน/แจ้งเบาะแสการทุจริตและประพฤติมิชอบ",
         '<form method="post" action="/complaint/send/"><p>เรื่อง <input name="subject"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
         '<p>ช่องทางติดต่อกลับ (ไม่บังคับ) <input name="contact"></p><p><button type="submit">แจ้งเรื่อง</button></p></form>'
         "<p>หรือ ร้องเรียนด้วยตนเองที่กลุ่มงานบริหารทั่วไป โทร 0 4299 1140 ต่อ 105</p>"
         + ul(['<a href="https://www.nacc.go.th/" target="_blank">แจ้งเบาะแส สำนักงาน ป.ป.ช.</a>',
               '<a href="https://www.coj.go.th/" target="_blank">ศูนย์รับเรื่องร้องเรียน สำนักงานศาลยุติธรรม</a>'])
         + f"<p>{doc('complaint-guide')}</p><p>{doc('complaint-stats-2568')}</p>")
    page("/plans/", "แผนงาน/รายงาน", "<h2>แผนของศาลจังหวัดโพนทองคำ</h2>" + doclist(["ap-2569", "budget-2569", "ap-2568", "plan5"])
         + "<h2>รายงาน</h2>" + doclist(["ar-2568"])
         + '<h2>เอกสารสำนักงานศาลยุติธรรม</h2>' + doclist(["ocj-strategy", "ocj-ap-2569", "ocj-ar-2567"])
         + '<p><a href="/hr/">การบริหารทรัพยากรบุคคล</a> | <a href="/ethics/">จริยธรรม</a> | <a href="/integrity/">คุณธรรมและความโปร่งใส</a></p>')
    page("/hr/", "การบริหารและพัฒนาทรัพยากรบุคคล", doclist(["hr-criteria", "hr-plan-2568", "hr-report-2568"]))
    page("/ethics/", "จริยธรรม", doclist(["ethics-code", "ethics-2569"]) + '<p><a href="/news/2568-11-dos-donts/">อบรม Do\'s &amp; Don\'ts</a></p>')
    page("/integrity/", "คุณธรรมและความโปร่งใส",
         doclist(["risk-2569", "ocj-acp-2569", "measures-2569", "acr-2568", "integrity-report-2568", "gift-report-2568",
                  "nogift-2568", "measures-2568"]))
    skr = ["skr-2569-03", "skr-2569-02", "skr-2568-12", "skr-2568-11", "skr-2568-10", "skr-2568-09"]
    page("/procurement/", "จัดซื้อจัดจ้าง", '<p><a href="/procurement/announce/">ประกาศจัดซื้อจัดจ้าง</a></p>'
         "<h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</h2>" + doclist(skr)
         + "<h2>รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี</h2>" + doclist(["proc-2568", "proc-2567"]))
    page("/procurement/announce/", "ประกาศจัดซื้อจัดจ้าง", doclist(["print-plan"])
         + '<p>ดูประกาศทั้งหมดได้ที่ <a href="https://process3.gprocurement.go.th/" target="_blank">ระบบ e-GP</a></p>')
    page("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569", ita_2569())
    page("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_2568())
    page("/privacy/", "นโยบายการคุ้มครองข้อมูลส่วนบุคคล", "<p>ศาลจังหวัดโพนทองคำเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    news_pages()
    page("/sitemap/", "แผนผังเว็บไซต์", ul([f'<a href="{p}">{esc(t)}</a>' for p, (t, _b) in sorted(PAGES.items()) if not p.startswith("/news/2")]))


CSS = ("body{font-family:Tahoma,sans-serif;margin:0}.topbar{background:#5a1a1a;color:#fff;padding:4px}"
       "header{padding:10px;background:#f3e9d2}.mainmenu ul{list-style:none;margin:0;padding:0}.mainmenu>ul>li{display:inline-block;margin:4px}"
       ".dropdown{display:none}.wrap{display:flex}main{flex:3;padding:10px}.sidebar{flex:1;padding:10px}footer{background:#333;color:#eee;padding:8px}")


def main() -> None:
    build_pages()
    for path, (title, body) in PAGES.items():
        p = os.path.join(HERE, path.lstrip("/"), "index.html")
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(render(path, title, body))
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as f:
        f.write(CSS)


if __name__ == "__main__":
    main()
