"""Generate the HTML pages of the "saoriverside" test site (องค์การบริหารส่วนตำบลท่าสำเภาทอง, invented).

Run:  python tests/sites/saoriverside/_make_pages.py   (after _make_docs.py: file sizes are read
from the files it wrote)

A riverside อบต. on a provider's ready-made template: top bar, menu, a right-hand side column
(the chief executive, quick links, visitor counter), footer with the provider's credit.  News
posts are /news/<id>/; the data centre's categories are query-string pages (/datacenter/?cat=plan),
stored as /datacenter/.q/cat=plan/index.html (see crawler/serve.py).  The ITA page /ita/2568/ is a
table o1 … o26 in the office's own short wording; last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "องค์การบริหารส่วนตำบลท่าสำเภาทอง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "ข้อบัญญัติงบประมาณรายจ่าย",
        "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือการปฏิบัติงาน / คู่มือประชาชน", "stats": "ข้อมูลสถิติ",
        "procure": "ประกาศจัดซื้อจัดจ้าง", "hr": "งานบริหารบุคคล", "integrity": "ป้องกันการทุจริต / คุณธรรม",
        "general": "หนังสือราชการ / เอกสารทั่วไป"}
HIDDEN = {"old-anti-plan", "old-risk-67"}  # linked only from last year's ITA page
MONTHLY = [k for k in ROWS if k.startswith("proc-2")]  # on /procurement/, not in the data centre
MISSING_SIZE = {"risk-report-67": "388.4 KB", "old-risk-67": "1.2 MB"}
TH_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


MENU = [("หน้าแรก", "/"), ("ข้อมูลพื้นฐาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวสาร", "/news/"), ("ศูนย์ข้อมูลข่าวสาร", "/datacenter/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"),
        ("ITA", "/ita/"), ("กระดานถาม-ตอบ", "/qa/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/theme.css"></head>
<body>
<div class="topbar">{ORG} อำเภอบางไทร จังหวัดพระนครศรีอยุธยา | โทร. 0 3595 1288 | สายด่วนสาธารณภัย 1784</div>
<div class="header"><img src="/assets/logo.png" alt="ตรา อบต.ท่าสำเภาทอง" width="72" height="72">
<span class="sitename">{ORG}</span><br><span class="slogan">ถิ่นเรือสำเภาริมเจ้าพระยา ผลไม้ดี ประเพณีงาม</span></div>
<ul class="mainmenu">
{menu}
</ul>
<div class="container"><div class="content">
<div class="breadcrumb"><a href="/">หน้าแรก</a> &gt; {esc(title)}</div>
<h1>{esc(title)}</h1>
{body}
</div>
<div class="sidebar">
<div class="widget"><img src="/assets/chief.png" alt="นายก อบต." width="120" height="150"><br>
<b>นายประเสริฐ ทองสำเภา</b><br>นายกองค์การบริหารส่วนตำบลท่าสำเภาทอง<br>สายตรงนายก 08 9412 7730</div>
<div class="widget"><b>ลิงก์ด่วน</b><br><a href="/ita/2568/">ITA 2568</a><br><a href="/ita/2567/">ITA 2567</a><br>
<a href="/datacenter/?cat=manual">คู่มือประชาชน</a><br><a href="/eservice/">E-Service ยื่นคำร้องออนไลน์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/law/">กฎหมายที่เกี่ยวข้อง</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></div>
<div class="widget">ผู้เข้าชมวันนี้ ๑๑๒ | ทั้งหมด ๒๔๗,๓๑๘</div>
</div></div>
<div class="footer">{ORG} เลขที่ 88 หมู่ที่ 2 ตำบลท่าสำเภาทอง อำเภอบางไทร จังหวัดพระนครศรีอยุธยา 13190<br>
โทรศัพท์ 0 3595 1288 โทรสาร 0 3595 1289 อีเมล saraban@thasamphaothong.go.th |
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> | <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
ออกแบบและพัฒนาเว็บไซต์โดย ไทยโลคอลเว็บ (เว็บไซต์สำเร็จรูปสำหรับ อปท.)</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    """``path`` a site path ("/about/") or a query copy ("/datacenter/?cat=hr" -> datacenter/.q/cat=hr/)."""
    folder, _, query = path.partition("?")
    parts = [folder.strip("/")] + ([".q", query] if query else [])
    target = os.path.join(HERE, *[p for p in parts if p], "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return MISSING_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, name(key).lstrip('/'))) / 1024:.1f} KB"


ICON = {"pdf": "PDF", "docx": "Word", "doc": "Word", "xls": "Excel"}


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{name(k)}" target="_blank">{esc(title)}</a></td>'
                    f'<td>{be(up)}</td><td>{ICON[ext]} ({size_of(k)})</td></tr>')
    return ('<table class="doclist"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and k not in MONTHLY and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs (HTML allowed)
    (331, (2025, 4, 21), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2568 ณ กองคลัง อบต.ท่าสำเภาทอง "
      "ในวันและเวลาราชการ หรือโอนผ่านบัญชีธนาคาร"]),
    (328, (2025, 4, 10), "โครงการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์ 2568",
     ["อบต.ท่าสำเภาทอง ร่วมกับ อปพร. และสถานีตำรวจภูธรบางไทร ตั้งจุดบริการประชาชนบริเวณทางหลวงชนบท อย.3012 "
      "ระหว่างวันที่ 11 - 17 เมษายน 2568"]),
    (324, (2025, 2, 20), "สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี 2568",
     ["ระหว่างวันที่ 4 - 14 กุมภาพันธ์ 2568 องค์การบริหารส่วนตำบลท่าสำเภาทองได้จัดประชุมประชาคมหมู่บ้านครบทั้ง 9 หมู่บ้าน "
      "เพื่อรับฟังความคิดเห็นและปัญหาความต้องการของประชาชนในการจัดทำแผนพัฒนาท้องถิ่น มีผู้เข้าร่วมรวม 436 คน",
      "ที่ประชุมเสนอโครงการรวม 48 โครงการ ปัญหาที่เสนอมากที่สุดคือ ตลิ่งพังริมแม่น้ำเจ้าพระยาหมู่ที่ 4 และ 7 "
      "ถนนเลียบคลองชำรุด และผักตบชวาอุดตันคลองส่งน้ำ",
      "อบต. จะนำโครงการที่ผ่านการจัดลำดับความสำคัญเข้าสู่การประชุมประชาคมตำบลและบรรจุในแผนพัฒนาท้องถิ่นเพิ่มเติม "
      "พร้อมรายงานผลให้ประชาชนทราบทางเว็บไซต์และเสียงตามสาย"]),
    (321, (2025, 1, 27), "ขอเชิญประชาชนเข้าร่วมประชุมประชาคมหมู่บ้าน ประจำปี 2568",
     ["อบต.ท่าสำเภาทองขอเชิญประชาชนทุกหมู่บ้านเข้าร่วมประชุมประชาคมหมู่บ้าน ระหว่างวันที่ 4 - 14 กุมภาพันธ์ 2568",
      f'<a href="{name("invite-forum")}">ดาวน์โหลดหนังสือเชิญประชุม</a>']),
    (317, (2024, 12, 12), "กิจกรรมปลูกจิตสำนึกรักษ์แม่น้ำเจ้าพระยา เก็บผักตบชวาคลองท่าสำเภา",
     ["ผู้บริหาร พนักงาน และจิตอาสาร่วมกันเก็บผักตบชวาในคลองท่าสำเภา ระยะทาง 2.5 กิโลเมตร มีผู้เข้าร่วม 120 คน"]),
    (312, (2024, 11, 15), "ประเพณีลอยกระทงริมน้ำ ประจำปี 2567",
     ["อบต.ท่าสำเภาทองจัดงานประเพณีลอยกระทง ณ ลานท่าน้ำวัดท่าสำเภา เมื่อวันที่ 15 พฤศจิกายน 2567"]),
    (309, (2024, 10, 21), "มอบถุงยังชีพแก่ผู้ประสบอุทกภัย ตำบลท่าสำเภาทอง",
     ["จากสถานการณ์น้ำในแม่น้ำเจ้าพระยาเอ่อล้นตลิ่ง อบต.ท่าสำเภาทองได้มอบถุงยังชีพแก่ครัวเรือนผู้ประสบภัย 214 ครัวเรือน "
      "ในหมู่ที่ 1, 4, 7 และ 8"]),
    # FY2567 (page 2)
    (288, (2024, 6, 14), "โครงการอบรมคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรม ประจำปีงบประมาณ 2567",
     ["วันที่ 14 มิถุนายน 2567 อบต.ท่าสำเภาทองจัดอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา พนักงานส่วนตำบลและพนักงานจ้าง "
      "รวม 52 คน ณ ห้องประชุม อบต. โดยมีวิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดพระนครศรีอยุธยา",
      "เนื้อหา : ประมวลจริยธรรมของพนักงานส่วนท้องถิ่น Do's &amp; Don'ts การแยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวม"]),
    (281, (2024, 2, 15), "สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี 2567",
     ["ระหว่างวันที่ 5 - 13 กุมภาพันธ์ 2567 จัดประชุมประชาคมหมู่บ้านครบ 9 หมู่บ้าน ผู้เข้าร่วม 418 คน เสนอโครงการ 41 โครงการ"]),
    (274, (2023, 12, 20), "ประชาสัมพันธ์ งดให้ งดรับของขวัญ ช่วงเทศกาลปีใหม่ 2567 (No Gift Policy)",
     ["อบต.ท่าสำเภาทองขอความร่วมมือผู้มาติดต่อราชการงดให้ของขวัญแก่ผู้บริหารและเจ้าหน้าที่ในช่วงเทศกาลปีใหม่ 2567 "
      "ตามประกาศเจตนารมณ์ No Gift Policy ของ อบต."]),
    (270, (2023, 10, 24), "มอบทุนการศึกษาแก่นักเรียนในตำบล ประจำปี 2567",
     ["มอบทุนการศึกษา 30 ทุน ทุนละ 1,000 บาท แก่นักเรียนโรงเรียนวัดท่าสำเภาและโรงเรียนบ้านริมน้ำ"]),
]
FY68_NEWS = [n for n in NEWS if n[1] >= (2024, 10, 1)]
FY67_NEWS = [n for n in NEWS if n[1] < (2024, 10, 1)]


def news_list(items) -> str:
    rows = [f'<li><span class="date">{be(_dt(n[1]))}</span> <a href="/news/{n[0]}/">{esc(n[2])}</a></li>'
            for n in items]
    return '<ul class="newslist">\n' + "\n".join(rows) + "\n</ul>"


def _dt(t):
    from datetime import date

    return date(*t)


def pages() -> None:
    write("/", "หน้าแรก",
          "<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2>" + news_list(FY68_NEWS[:5]) + '<p><a href="/news/">ดูทั้งหมด</a></p>'
          '<h2>ประกาศจัดซื้อจัดจ้าง</h2><p><a href="/procurement/">สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</a></p>'
          '<h2>ท่องเที่ยวท่าสำเภาทอง</h2><p><a href="/tourism/">ตลาดน้ำวัดท่าสำเภา</a> · <a href="/otop/">สินค้า OTOP</a></p>')
    write("/about/history/", "ประวัติและข้อมูลทั่วไป",
          "<p>ตำบลท่าสำเภาทองเดิมเป็นท่าจอดเรือสำเภาค้าข้าวริมแม่น้ำเจ้าพระยา ยกฐานะจากสภาตำบลเป็นองค์การบริหารส่วนตำบลเมื่อ พ.ศ. 2540</p>"
          "<p>พื้นที่ 21 ตารางกิโลเมตร 9 หมู่บ้าน ประชากร 5,238 คน 1,786 ครัวเรือน อาชีพหลัก ทำนา ทำสวนมะม่วงและฝรั่ง ประมงน้ำจืด</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ / พันธกิจ</a> · <a href="/about/map/">แผนที่ตำบล</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : ท่าสำเภาทองน่าอยู่ ริมน้ำสะอาด เศรษฐกิจพอเพียง ประชาชนมีส่วนร่วม</p>"
          "<ol><li>พัฒนาโครงสร้างพื้นฐานและระบบป้องกันน้ำท่วม</li><li>ส่งเสริมคุณภาพชีวิตและสาธารณสุข</li>"
          "<li>ส่งเสริมเศรษฐกิจชุมชนและการท่องเที่ยวริมน้ำ</li><li>บริหารจัดการตามหลักธรรมาภิบาล</li></ol>")
    write("/about/map/", "แผนที่ตำบล",
          '<p><img src="/assets/map.png" alt="แผนที่ตำบลท่าสำเภาทอง" width="480" height="360"></p>'
          "<p>ทิศเหนือ ติดตำบลบ้านกลึง · ทิศใต้ ติดแม่น้ำเจ้าพระยา · ทิศตะวันออก ติดตำบลไม้ตรา · ทิศตะวันตก ติดคลองบางหลวง</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<p><img src="/assets/structure.png" alt="แผนภูมิโครงสร้างองค์การบริหารส่วนตำบลท่าสำเภาทอง" width="640" height="420"></p>'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายกองค์การบริหารส่วนตำบล<ul><li>รองนายก อบต. (2 คน)</li><li>เลขานุการนายก อบต.</li></ul></li>"
          "<li>สภาองค์การบริหารส่วนตำบล<ul><li>ประธานสภา</li><li>รองประธานสภา</li><li>เลขานุการสภา</li><li>สมาชิกสภา อบต. 9 คน</li></ul></li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดองค์การบริหารส่วนตำบล<ul><li>รองปลัด อบต.</li><li>สำนักปลัด</li>"
          "<li>กองคลัง</li><li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a> · <a href="/about/staff/">บุคลากร</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>องค์การบริหารส่วนตำบลมีอำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66, 67, 68 "
          "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p>"
          "<ol><li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ</li>"
          "<li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย โดยเฉพาะอุทกภัยริมแม่น้ำเจ้าพระยา</li>"
          "<li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
          "<li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li><li>บำรุงรักษาศิลปะ จารีตประเพณี และภูมิปัญญาท้องถิ่น</li></ol>")
    people = [("นายประเสริฐ ทองสำเภา", "นายกองค์การบริหารส่วนตำบลท่าสำเภาทอง", "08 9412 7730"),
              ("นายสุชาติ ริมน้ำใส", "รองนายกองค์การบริหารส่วนตำบล", "08 1653 2291"),
              ("นางบุญเรือน แก้วประเสริฐ", "รองนายกองค์การบริหารส่วนตำบล", "08 6720 4418"),
              ("นายวิชัย พลายงาม", "เลขานุการนายกองค์การบริหารส่วนตำบล", "09 2245 1907")]
    write("/about/executives/", "คณะผู้บริหาร",
          '<div class="people">' + "".join(
              f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="120" height="150"><br>'
              f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in people) + "</div>")
    write("/about/council/", "สมาชิกสภาองค์การบริหารส่วนตำบล",
          "<ul><li>นายสมบัติ จันทร์ลอย ประธานสภา อบต.</li><li>นางสาวอรุณี ท่าเรือทอง รองประธานสภา อบต.</li>"
          "<li>นายเฉลิม บุญล้อม เลขานุการสภา อบต.</li><li>สมาชิกสภา อบต. หมู่ที่ 1 - 9</li></ul>")
    write("/about/staff/", "บุคลากร",
          "<ul><li>นางสาวกาญจนา ศรีท่าน้ำ ปลัด อบต. โทร. 0 3595 1288 ต่อ 12</li><li>นายธนพล สายชล รองปลัด อบต.</li>"
          "<li>นางจันทร์เพ็ญ ดีงาม ผู้อำนวยการกองคลัง</li><li>นายอนุชา ช่างต่อเรือ ผู้อำนวยการกองช่าง</li>"
          "<li>นางสาวปวีณา น้ำค้าง หัวหน้าสำนักปลัด</li></ul>")
    write("/contact/", "ติดต่อเรา",
          "<p>องค์การบริหารส่วนตำบลท่าสำเภาทอง เลขที่ 88 หมู่ที่ 2 ตำบลท่าสำเภาทอง อำเภอบางไทร จังหวัดพระนครศรีอยุธยา 13190</p>"
          "<p>โทรศัพท์ 0 3595 1288 โทรสาร 0 3595 1289<br>อีเมล saraban@thasamphaothong.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/">อบต.ท่าสำเภาทอง</a><br>เวลาทำการ วันจันทร์ - ศุกร์ 08.30 - 16.30 น.</p>'
          '<p><a href="https://maps.google.com/?q=14.1999,100.4870">แผนที่ Google Maps</a></p>'
          '<p>สอบถามข้อมูลเพิ่มเติม <a href="/qa/">กระดานถาม-ตอบ</a></p>')

    write("/news/", "ข่าวประชาสัมพันธ์",
          news_list(FY68_NEWS) + '<p class="pager">หน้า 1 | <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)",
          news_list(FY67_NEWS) + '<p class="pager"><a href="/news/">1</a> | หน้า 2</p>')
    for nid, dt, title, paras in NEWS:
        write(f"/news/{nid}/", title,
              f'<p class="date">โพสต์เมื่อ {be(_dt(dt))} โดย admin</p>' + "".join(f"<p>{p}</p>" for p in paras)
              + '<p><img src="/assets/news.jpg" alt="ภาพกิจกรรม" width="400" height="260"></p>'
              + '<p><a href="/news/">&lt; กลับหน้ารวมข่าว</a></p>')

    cats = "".join(f'<li><a href="/datacenter/?cat={c}">{esc(t)}</a></li>' for c, t in CATS.items())
    write("/datacenter/", "ศูนย์ข้อมูลข่าวสาร (เอกสารทั้งหมด)",
          f'<ul class="cats">{cats}</ul>' + table(listed()))
    for c, t in CATS.items():
        write(f"/datacenter/?cat={c}", f"ศูนย์ข้อมูลข่าวสาร : {t}", f'<ul class="cats">{cats}</ul>' + table(listed(c)))

    months = sorted(MONTHLY, key=lambda k: ROWS[k][2], reverse=True)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          "<p>ประกาศผลการจัดซื้อจัดจ้างและสาระสำคัญของสัญญา ตามมาตรา 9 (8) พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. 2540</p>"
          + table(months) + '<p><a href="/procurement/egp/">ประกาศจัดซื้อจัดจ้าง (e-GP)</a></p>')
    write("/procurement/egp/", "ประกาศจัดซื้อจัดจ้าง",
          table(listed("procure")) + '<p>ดูประกาศทั้งหมดได้ที่ <a href="https://process3.gprocurement.go.th/">ระบบ e-GP กรมบัญชีกลาง</a></p>')

    write("/eservice/", "E-Service ยื่นคำร้องออนไลน์",
          "<p>ประชาชนสามารถยื่นคำร้องต่อ อบต.ท่าสำเภาทอง ได้ทางออนไลน์โดยไม่ต้องเดินทางมาที่ทำการ เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>"
          '<form action="/eservice/" method="post"><p>ประเภทคำร้อง <select name="type">'
          "<option>ขอรับความช่วยเหลือสาธารณภัย</option><option>ขอซ่อมไฟฟ้าส่องสว่าง</option>"
          "<option>ขออนุญาตก่อสร้างอาคาร</option><option>ขอรับน้ำอุปโภคบริโภค</option></select></p>"
          '<p>ชื่อ-นามสกุล <input name="name"></p><p>เบอร์โทรศัพท์ <input name="phone"></p>'
          '<p>รายละเอียด <textarea name="detail"></textarea></p><p>แนบไฟล์ <input type="file" name="file"></p>'
          '<p><button type="submit">ส่งคำร้อง</button></p></form>'
          '<p><a href="/eservice/status/">ตรวจสอบสถานะคำร้อง</a></p>')
    write("/eservice/status/", "ตรวจสอบสถานะคำร้อง",
          '<form action="/eservice/status/" method="get"><p>เลขที่คำร้อง <input name="no"></p><button>ค้นหา</button></form>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>แจ้งเรื่องร้องเรียน/ร้องทุกข์ทั่วไป ได้ที่ศูนย์รับเรื่องร้องเรียน อบต.ท่าสำเภาทอง โทร. 0 3595 1288</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p><a href="{name("complaint-manual")}">คู่มือการปฏิบัติงานเรื่องร้องเรียน</a></p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ท่านสามารถแจ้งเบาะแสการทุจริตของเจ้าหน้าที่ได้ โดยไม่ต้องเปิดเผยชื่อ ข้อมูลของท่านจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/" method="post"><p>ชื่อผู้แจ้ง (ไม่บังคับ) <input name="name"></p>'
          '<p>เรื่องที่ร้องเรียน <input name="subject"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
          '<p>หลักฐาน <input type="file" name="evidence"></p><p><button type="submit">ส่งเรื่อง</button></p></form>'
          '<p>หรือแจ้ง สำนักงาน ป.ป.ช. <a href="https://www.nacc.go.th/">www.nacc.go.th</a> · '
          'ศูนย์ดำรงธรรมจังหวัด โทร. 1567</p>')
    write("/qa/", "กระดานถาม-ตอบ",
          "<dl><dt>ถาม (12 มี.ค. 2568) : ขอรับถุงทรายป้องกันน้ำท่วมได้ที่ไหน</dt><dd>ตอบ : ติดต่อสำนักปลัด งานป้องกันฯ โทร. 0 3595 1288 ต่อ 15</dd>"
          "<dt>ถาม (3 ก.พ. 2568) : ชำระภาษีที่ดินผ่านธนาคารได้หรือไม่</dt><dd>ตอบ : ได้ โอนเข้าบัญชี อบต. แล้วส่งหลักฐานทางไลน์</dd></dl>"
          '<form action="/qa/" method="post"><p>คำถาม <textarea name="q"></textarea></p><button>ส่งคำถาม</button></form>')
    write("/law/", "กฎหมายที่เกี่ยวข้อง",
          '<ul><li><a href="https://www.krisdika.go.th/">พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537</a></li>'
          '<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</a></li></ul>')
    write("/tourism/", "ตลาดน้ำวัดท่าสำเภา",
          "<p>ตลาดน้ำริมเจ้าพระยา เปิดทุกวันเสาร์-อาทิตย์ 08.00 - 15.00 น. มีเรือขายผลไม้และอาหารพื้นบ้าน</p>")
    write("/otop/", "สินค้า OTOP ตำบลท่าสำเภาทอง",
          "<ul><li>มะม่วงกวนท่าสำเภา</li><li>ผักตบชวาสาน กลุ่มแม่บ้านหมู่ 6</li><li>ปลาสลิดแดดเดียว</li></ul>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>อบต.ท่าสำเภาทองเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    links = [("หน้าแรก", "/"), ("ประวัติ", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
             ("อำนาจหน้าที่", "/about/authority/"), ("ผู้บริหาร", "/about/executives/"), ("สภา อบต.", "/about/council/"),
             ("บุคลากร", "/about/staff/"), ("ข่าว", "/news/"), ("ศูนย์ข้อมูลข่าวสาร", "/datacenter/"),
             ("จัดซื้อจัดจ้าง", "/procurement/"), ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"),
             ("ITA", "/ita/"), ("ติดต่อ", "/contact/")]
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in links) + "</ul>")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปี พ.ศ. 2568</a></li><li><a href="/ita/2567/">ITA ประจำปี พ.ศ. 2567</a></li></ul>')
    ita_pages()


def ita_table(rows) -> str:
    out = []
    for code, label, links in rows:
        cell = " ".join(f'<a href="{u}">{esc(t)}</a><br>' for t, u in links) if links else "อยู่ระหว่างดำเนินการ"
        out.append(f"<tr><td>{code}</td><td>{esc(label)}</td><td>{cell}</td></tr>")
    return ('<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n' + "\n".join(out) + "</table>")


def f(key: str) -> str:
    return name(key)


def ita_pages() -> None:
    rows = [
        ("o1", "โครงสร้าง/อำนาจหน้าที่", [("โครงสร้างส่วนราชการ", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
        ("o2", "ผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
        ("o3", "ติดต่อหน่วยงาน", [("ติดต่อเรา", "/contact/")]),
        ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
        ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", f("plan-61-65"))]),
        ("o6", "แผนดำเนินงาน/งบประมาณ/ความก้าวหน้า", [("เอกสารแผนและงบประมาณ", "/datacenter/?cat=plan"),
                                                  ("ข้อบัญญัติงบประมาณ", "/datacenter/?cat=budget"),
                                                  ("รายงานรอบ 6 เดือน", f("sixmonth-67"))]),
        ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/datacenter/?cat=report")]),
        ("o8", "คู่มือปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", f("sop"))]),
        ("o9", "คู่มือประชาชน", [("คู่มือสำหรับประชาชน", f("citizen"))]),
        ("o10", "E-Service", [("ยื่นคำร้องออนไลน์", "/eservice/")]),
        ("o11", "สถิติการให้บริการ", [("สถิติการให้บริการ", f("stats-68"))]),
        ("o12", "จัดซื้อจัดจ้าง รายเดือน", [("สขร.1", "/procurement/")]),
        ("o13", "รายงานผลจัดซื้อจัดจ้างประจำปี", [("รายงานสรุปผล", f("proc-year-67"))]),
        ("o14", "แผนบริหารและพัฒนาบุคลากร", [("แผนพัฒนาพนักงาน", f("hr-plan-67"))]),
        ("o15", "รายงานผลการบริหารและพัฒนาบุคลากร", []),
        ("o16", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", f("ethics")), ("กิจกรรมส่งเสริมจริยธรรม", "/news/288/")]),
        ("o17", "แนวปฏิบัติเรื่องร้องเรียน", [("คู่มือเรื่องร้องเรียน", f("complaint-manual"))]),
        ("o18", "ช่องทางร้องเรียน", [("แจ้งเรื่องร้องเรียนการทุจริต", "/complaint/corruption/")]),
        ("o19", "สถิติเรื่องร้องเรียน", [("สถิติเรื่องร้องเรียน", f("complaint-67"))]),
        ("o20", "การมีส่วนร่วม", [("ประชาคมหมู่บ้าน", "/news/324/")]),
        ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", f("no-gift-66")), ("งดให้ งดรับ", "/news/274/")]),
        ("o22", "รายงานการรับของขวัญ", [("รายงานการรับทรัพย์สินฯ", f("gift-report-67"))]),
        ("o23", "ประเมินความเสี่ยงสินบน", [("การประเมินความเสี่ยง", f("risk-68"))]),
        ("o24", "รายงานการจัดการความเสี่ยง", [("รายงานผล", f("risk-report-67"))]),
        ("o25", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต", f("anti-plan-68"))]),
        ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานผล", f("anti-report-67"))]),
    ]
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. 2568",
          "<p>ข้อมูลประกอบการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี 2568</p>"
          + ita_table(rows))
    old = [
        ("o1", "โครงสร้าง", [("โครงสร้าง", "/about/structure/")]),
        ("o4", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", f("plan-61-65"))]),
        ("o10", "แผนดำเนินงานประจำปี", [("แผนการดำเนินงาน 2567", f("opplan-67"))]),
        ("o11", "รายงานรอบ 6 เดือน", [("รายงานรอบ 6 เดือน", f("sixmonth-67"))]),
        ("o12", "รายงานผลประจำปี", [("รายงานการติดตามประเมินผล", f("report-66"))]),
        ("o25", "แผนพัฒนาบุคลากร", [("แผนพัฒนาพนักงาน", f("hr-plan-67"))]),
        ("o31", "No Gift Policy", [("ประกาศ", f("no-gift-66"))]),
        ("o36", "ประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยง 2567", f("old-risk-67"))]),
        ("o39", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต 4 ปี", f("old-anti-plan"))]),
    ]
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. 2567", ita_table(old))


def main() -> None:
    for sub in ("about", "news", "datacenter", "procurement", "eservice", "complaint", "qa", "law", "tourism",
                "otop", "privacy", "sitemap", "ita"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "theme.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}.topbar{background:#0b4f6c;color:#fff}"
                 ".mainmenu li{display:inline;margin:0 6px}.container{display:flex}.content{flex:3}"
                 ".sidebar{flex:1}.doclist td,.ita td{border:1px solid #ccc}.footer{background:#0b4f6c;color:#fff}\n")
    for img in ("logo.png", "chief.png", "person.png", "structure.png", "map.png", "news.jpg"):
        with open(os.path.join(HERE, "assets", img), "wb") as fh:
            fh.write(PNG)
    pages()


# a 1x1 grey PNG: the template's pictures
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010800000000"
                    "3a7e9b550000000a49444154789c6360000000020001e221bc330000000049454e44ae426082")

if __name__ == "__main__":
    main()
