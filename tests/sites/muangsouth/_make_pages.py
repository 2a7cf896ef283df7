"""Generate the HTML pages of the "muangsouth" test site (เทศบาลเมืองควนหินแดง, invented).

Run:  python tests/sites/muangsouth/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A เทศบาลเมือง on a provider's template: a top bar, a banner, a menu, a right column (the mayor,
hotline, quick links, visitor counter) and a footer on every page; pages are folder/index.html.
Documents are listed by category (/download/<cat>/), the monthly สขร.1 on /procurement/, news
under /news/ (two pages), complaint statistics as a page (/complaint/stats/).  The ITA page
/ita/2569/ is a table of o1 … o26 in the municipality's own short wording whose links go to
files, pages or category lists; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import base64
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "เทศบาลเมืองควนหินแดง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณรายจ่าย",
        "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ", "stats": "ข้อมูลสถิติ", "procure": "ประกาศจัดซื้อจัดจ้าง",
        "hr": "การบริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส", "general": "ประกาศทั่วไป"}
HIDDEN = {"old-anti-plan"}  # linked only from last year's ITA page
MISSING_SIZE = "1.2 MB"
OLD_RISK = "/files/29877.pdf"  # last year's o21: gone


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(THAI)


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับเทศบาล", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวสาร", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("ดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"),
        ("ITA", "/ita/"), ("กระดานถาม-ตอบ", "/qa/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="topbar">{ORG} จังหวัดสงขลา · ศูนย์รับเรื่องร้องเรียน ๐ ๗๔๓๘ ๖๑๒๐ · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="banner"><img src="/assets/logo.png" alt="ตราเทศบาลเมืองควนหินแดง" width="72" height="72">
<b>{ORG}</b><br><small>Khuan Hin Daeng Town Municipality</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="main">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="side">
<div class="box"><b>นายกเทศมนตรีเมืองควนหินแดง</b><br>นายอนุชา ศรีสมบูรณ์<br>สายตรงนายก ๐๘ ๑๔๗๒ ๓๓๐๙</div>
<div class="box"><b>บริการประชาชน</b><br><a href="/download/manual/">คู่มือประชาชน</a><br>
<a href="/eservice/">E-Service ยื่นคำร้องออนไลน์</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/ita/2569/">ITA ๒๕๖๙</a><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br><a href="/tourism/">ท่องเที่ยวควนหินแดง</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></div>
<div class="box">ผู้เข้าชมวันนี้ ๓๑๒ · ทั้งหมด ๔๑๘,๐๙๖</div>
</div></div>
<div id="footer">{ORG} เลขที่ 88 ถนนเทศบาล 1 ตำบลควนหินแดง อำเภอรัตภูมิ จังหวัดสงขลา 90180<br>
โทรศัพท์ 0 7438 6100 โทรสาร 0 7438 6101 อีเมล saraban@kuanhindaeng.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>
Copyright © ๒๕๖๕ {ORG} · พัฒนาโดย ทักษิณเว็บดีไซน์</div>
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
        rows.append(f'<tr><td>{i}</td><td>{esc(title)}</td><td>{be(up)}</td>'
                    f'<td><a href="{f(k)}">ดาวน์โหลด ({ext.upper()} {size_of(k)})</a></td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and not k.startswith("proc-2")
            and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news: id, (y, m, d) CE, title, paragraphs

NEWS = [
    (2648, (2026, 4, 7), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569 ภายใน 30 เมษายน 2569",
     ["กองคลัง เทศบาลเมืองควนหินแดง ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ณ ศูนย์บริการร่วม ชั้น 1 "
      "หรือชำระผ่านแอปพลิเคชันธนาคาร ภายในวันที่ 30 เมษายน 2569"]),
    (2641, (2026, 3, 24), "เทศบาลเมืองควนหินแดงจัดกิจกรรม Big Cleaning Day ตลาดสดเทศบาล",
     ["วันที่ 24 มีนาคม 2569 กองสาธารณสุขและสิ่งแวดล้อม ร่วมกับผู้ค้าตลาดสดเทศบาล จัดกิจกรรมล้างตลาด มีผู้เข้าร่วม 120 คน"]),
    (2637, (2026, 3, 9), "ประกาศรับสมัครนักเรียนเข้าศูนย์พัฒนาเด็กเล็กเทศบาล ปีการศึกษา 2569",
     ["กองการศึกษา เปิดรับสมัครเด็กอายุ 2 - 3 ปี ระหว่างวันที่ 9 - 27 มีนาคม 2569 ณ ศูนย์พัฒนาเด็กเล็กเทศบาลเมืองควนหินแดง"]),
    (2629, (2026, 2, 11), "อบรมส่งเสริมคุณธรรมจริยธรรมและการป้องกันการทุจริต ประจำปีงบประมาณ 2569",
     ["วันที่ 11 กุมภาพันธ์ 2569 เทศบาลเมืองควนหินแดง โดยคณะทำงานขับเคลื่อนจริยธรรม จัดอบรมผู้บริหาร สมาชิกสภาเทศบาล "
      "พนักงานเทศบาลและพนักงานจ้าง เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล มีผู้เข้าร่วม 164 คน",
      "กิจกรรมประกอบด้วยการบรรยายเรื่อง Do's & Don'ts ตามประมวลจริยธรรม กรณีศึกษาผลประโยชน์ทับซ้อน "
      "และหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา (มาตรา 128)"]),
    (2622, (2026, 1, 19), "สรุปผลการประชุมประชาคมเมือง ประจำปี 2569",
     ["วันที่ 15 มกราคม 2569 เทศบาลเมืองควนหินแดง จัดประชุมประชาคมเมือง ณ หอประชุมเทศบาล เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วม"
      "ในการทบทวนแผนพัฒนาท้องถิ่นและเสนอความต้องการของชุมชน",
      "มีผู้เข้าร่วม 236 คน จากประธานชุมชนและตัวแทนครบทั้ง 21 ชุมชน ผู้แทนส่วนราชการ และประชาชนทั่วไป "
      "ที่ประชุมเสนอโครงการรวม 43 โครงการ ส่วนใหญ่เป็นการแก้ไขปัญหาน้ำท่วมขังและไฟฟ้าส่องสว่าง",
      "เทศบาลจะนำข้อเสนอเข้าที่ประชุมคณะกรรมการพัฒนาเทศบาล และแจ้งผลการพิจารณาให้ประธานชุมชนทราบภายในเดือนมีนาคม 2569"]),
    (2616, (2026, 1, 6), "ขอเชิญร่วมประชุมประชาคมเมือง วันที่ 15 มกราคม 2569",
     ["เทศบาลเมืองควนหินแดง ขอเชิญประธานชุมชนและประชาชนร่วมประชุมประชาคมเมือง ตามประกาศเทศบาล",
      '<a href="{invite}">ประกาศเชิญประชุม (PDF)</a>']),
    (2608, (2025, 12, 12), "งานวันเด็กแห่งชาติ เตรียมความพร้อม และมอบเครื่องกันหนาวให้ผู้สูงอายุ",
     ["เทศบาลประชุมเตรียมงานวันเด็กแห่งชาติ ประจำปี 2569 ณ สวนสาธารณะควนหินแดง"]),
    (2597, (2025, 11, 27), "เทศบาลเมืองควนหินแดงเตรียมรับมืออุทกภัย ฤดูมรสุม 2568",
     ["ศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาล ขุดลอกท่อระบายน้ำถนนเทศบาล 3 และเตรียมกระสอบทราย 5,000 ถุง"]),
    (2589, (2025, 10, 20), "พิธีวางพวงมาลา วันปิยมหาราช 23 ตุลาคม 2568",
     ["ขอเชิญหน่วยงานและประชาชนร่วมพิธีวางพวงมาลา ณ ลานหน้าที่ว่าการอำเภอรัตภูมิ"]),
]
OLD_NEWS = [
    (2544, (2025, 8, 12), "กิจกรรมวันแม่แห่งชาติ 12 สิงหาคม 2568", ["เทศบาลจัดกิจกรรมเฉลิมพระเกียรติ ณ หอประชุมเทศบาล"]),
    (2511, (2025, 3, 20), "สรุปผลการประชุมประชาคมเมือง ประจำปี 2568",
     ["วันที่ 18 มีนาคม 2568 เทศบาลจัดประชุมประชาคมเมือง มีผู้เข้าร่วม 198 คน เสนอโครงการ 37 โครงการ"]),
    (2487, (2024, 12, 4), "อบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2568", ["อบรมพนักงานเทศบาล 150 คน ณ หอประชุมเทศบาล"]),
    (2466, (2024, 10, 9), "ประชาสัมพันธ์ ITA 2568", ["เทศบาลเข้ารับการประเมินคุณธรรมและความโปร่งใส ประจำปี 2568"]),
]


def news_date(t) -> str:
    y, m, day = t
    return f"{day} {MONTHS[m - 1]} {y + 543}".translate(THAI)


def news_pages() -> None:
    for nid, when, title, paras in NEWS + OLD_NEWS:
        body = "".join(f"<p>{p.format(invite=f('invite-forum'))}</p>" if p.startswith("<a") else f"<p>{esc(p)}</p>"
                       for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">วันที่ {news_date(when)}</p>{body}'
              '<p><a href="/news/">« กลับหน้าข่าวสาร</a></p>')

    def lst(items):
        return "<ul class=\"news\">" + "".join(
            f'<li><a href="/news/{n}/">{esc(t)}</a> <span>{news_date(w)}</span></li>' for n, w, t, _p in items) + "</ul>"

    write("/news/", "ข่าวประชาสัมพันธ์", lst(NEWS) + '<p>หน้า 1 | <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", lst(OLD_NEWS) + '<p><a href="/news/">1</a> | หน้า 2</p>')


# ---------------------------------------------------------------- static pages

def about_pages() -> None:
    write("/about/history/", "ประวัติเทศบาล",
          "<p>เทศบาลเมืองควนหินแดง เดิมเป็นสุขาภิบาลควนหินแดง ยกฐานะเป็นเทศบาลตำบลเมื่อ พ.ศ. 2542 "
          "และเป็นเทศบาลเมืองเมื่อวันที่ 14 สิงหาคม 2556 พื้นที่ 24.6 ตารางกิโลเมตร 21 ชุมชน ประชากร 27,845 คน</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a> · <a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์: ควนหินแดงเมืองน่าอยู่ เศรษฐกิจมั่นคง สังคมเอื้ออาทร บริหารจัดการโปร่งใส</p>"
          "<ol><li>พัฒนาโครงสร้างพื้นฐานและระบบระบายน้ำ</li><li>ยกระดับคุณภาพชีวิตและสาธารณสุข</li>"
          "<li>ส่งเสริมการศึกษาและวัฒนธรรมท้องถิ่น</li><li>บริหารจัดการตามหลักธรรมาภิบาล</li></ol>")
    write("/about/structure/", "โครงสร้างองค์กร",
          '<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้างเทศบาลเมืองควนหินแดง" width="600" height="40"></p>'
          "<h2>ฝ่ายการเมือง</h2><ul><li>ฝ่ายบริหาร: นายกเทศมนตรี รองนายกเทศมนตรี 3 คน ที่ปรึกษานายกเทศมนตรี 2 คน "
          "เลขานุการนายกเทศมนตรี 2 คน</li><li>ฝ่ายนิติบัญญัติ: สภาเทศบาลเมืองควนหินแดง สมาชิก 18 คน (ประธานสภา รองประธานสภา "
          "เลขานุการสภา)</li></ul><h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล รองปลัดเทศบาล 2 คน</li>"
          "<li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองการศึกษา</li>"
          "<li>กองยุทธศาสตร์และงบประมาณ</li><li>กองสวัสดิการสังคม</li><li>หน่วยตรวจสอบภายใน</li></ul>"
          '<p>รายละเอียดแต่ละส่วนราชการ: <a href="/about/divisions/">ส่วนราชการ</a> · <a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>เทศบาลเมืองควนหินแดงมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 53 มาตรา 54 และพระราชบัญญัติกำหนดแผนและขั้นตอน"
          "การกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
          "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>จัดให้มีและบำรุงทางบกและทางน้ำ ทางระบายน้ำ</li>"
          "<li>รักษาความสะอาดของถนน ที่สาธารณะ และกำจัดมูลฝอย</li><li>ป้องกันและระงับโรคติดต่อ จัดให้มีโรงพยาบาลและสถานพยาบาล</li>"
          "<li>จัดการศึกษาและบำรุงศิลปะ จารีตประเพณี และวัฒนธรรมอันดีของท้องถิ่น</li>"
          "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>ควบคุมอาคารและการผังเมือง</li>"
          "<li>ป้องกันและบรรเทาสาธารณภัย</li></ol>")
    execs = [("นายอนุชา ศรีสมบูรณ์", "นายกเทศมนตรีเมืองควนหินแดง", "08 1472 3309"),
             ("นายสมพร ชูเกลี้ยง", "รองนายกเทศมนตรี", "08 9651 2204"),
             ("นางจันทร์เพ็ญ หมัดอาดัม", "รองนายกเทศมนตรี", "08 6598 4410"),
             ("นายวิรัช ทองเนื้อแข็ง", "รองนายกเทศมนตรี", "09 5102 7743"),
             ("นายธีระพงษ์ หนูแก้ว", "ปลัดเทศบาล", "0 7438 6100 ต่อ 102")]
    write("/about/executives/", "คณะผู้บริหาร", "".join(
        f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="90" height="110"><br>'
        f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {tel}</div>" for n, p, tel in execs))
    write("/about/council/", "สมาชิกสภาเทศบาล",
          "<p>ประธานสภาเทศบาล นายประเสริฐ แก้วประดับ · รองประธานสภา นางสาวรอฮานี เจ๊ะหลง · เลขานุการสภา นายธีระพงษ์ หนูแก้ว</p>"
          "<p>สมาชิกสภาเทศบาล เขต 1 - 3 รวม 18 คน</p>")
    divisions = [("office", "สำนักปลัดเทศบาล", "งานบริหารทั่วไป งานการเจ้าหน้าที่ งานป้องกันและบรรเทาสาธารณภัย งานนิติการ"),
                 ("finance", "กองคลัง", "งานการเงินและบัญชี งานพัฒนาและจัดเก็บรายได้ งานพัสดุ"),
                 ("works", "กองช่าง", "งานวิศวกรรม งานควบคุมอาคาร งานสาธารณูปโภค"),
                 ("health", "กองสาธารณสุขและสิ่งแวดล้อม", "งานรักษาความสะอาด งานส่งเสริมสุขภาพ ตลาดสดเทศบาล"),
                 ("education", "กองการศึกษา", "โรงเรียนเทศบาล 2 แห่ง ศูนย์พัฒนาเด็กเล็ก 1 แห่ง"),
                 ("strategy", "กองยุทธศาสตร์และงบประมาณ", "งานวิเคราะห์นโยบายและแผน งานงบประมาณ งานประชาสัมพันธ์")]
    write("/about/divisions/", "ส่วนราชการ",
          "<ul>" + "".join(f'<li><a href="/about/divisions/{s}/">{esc(t)}</a></li>' for s, t, _w in divisions) + "</ul>")
    for slug, title, work in divisions:
        write(f"/about/divisions/{slug}/", title, f"<p>ภารกิจ: {esc(work)}</p><p>โทร. 0 7438 6100</p>")


def service_pages() -> None:
    write("/contact/", "ติดต่อเทศบาล",
          "<p>เทศบาลเมืองควนหินแดง เลขที่ 88 ถนนเทศบาล 1 ตำบลควนหินแดง อำเภอรัตภูมิ จังหวัดสงขลา 90180</p>"
          "<p>โทรศัพท์ 0 7438 6100 โทรสาร 0 7438 6101 อีเมล saraban@kuanhindaeng.go.th</p>"
          '<p>Facebook: <a href="https://www.facebook.com/kuanhindaengcity">เทศบาลเมืองควนหินแดง</a></p>'
          '<p>แผนที่: <a href="https://maps.google.com/?q=7.1452,100.2713">Google Maps</a></p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p>สอบถามข้อมูล: <a href="/qa/">กระดานถาม-ตอบ</a></p>')
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          "<div class=\"q\"><b>ถาม:</b> ชำระภาษีป้ายได้ถึงวันไหน (คุณสุดา, 3 มี.ค. 2569)<br>"
          "<b>ตอบ:</b> ภายในวันที่ 31 มีนาคม 2569 ที่กองคลัง (เจ้าหน้าที่, 4 มี.ค. 2569)</div>"
          "<div class=\"q\"><b>ถาม:</b> ไฟทางซอยควนหินแดง 5 ดับหลายวัน (คุณอาหมัด, 18 ก.พ. 2569)<br>"
          "<b>ตอบ:</b> กองช่างซ่อมแล้วเสร็จ 20 ก.พ. 2569 (เจ้าหน้าที่, 20 ก.พ. 2569)</div>"
          '<form method="post" action="/qa/"><p>ชื่อ <input name="name"></p><p>คำถาม <textarea name="q"></textarea></p>'
          '<p><button type="submit">ส่งคำถาม</button></p></form>')
    write("/eservice/", "E-Service บริการออนไลน์",
          "<p>ประชาชนสามารถยื่นคำร้องผ่านระบบออนไลน์ได้ตลอด 24 ชั่วโมง</p><ul>"
          '<li><a href="/eservice/request/">ยื่นคำร้องทั่วไป / ขอรับบริการออนไลน์</a></li>'
          '<li><a href="/eservice/request/">แจ้งซ่อมไฟฟ้าส่องสว่าง</a></li>'
          '<li><a href="/eservice/request/">ขอรับถังขยะ / แจ้งเก็บขยะ</a></li></ul>'
          f'<p>สถิติการให้บริการ: <a href="{f("stats-6m")}">สถิติการให้บริการประชาชน (ข้อมูลล่าสุด)</a></p>')
    write("/eservice/request/", "แบบคำร้องออนไลน์",
          '<form method="post" action="https://docs.google.com/forms/d/e/1FAIpQLSc-khd-eservice/formResponse">'
          '<p>ชื่อ-สกุล <input name="entry.1" required></p><p>เบอร์โทรศัพท์ <input name="entry.2"></p>'
          '<p>เรื่องที่ขอรับบริการ <select name="entry.3"><option>คำร้องทั่วไป</option><option>แจ้งซ่อมไฟฟ้า</option>'
          "<option>ขอรับถังขยะ</option></select></p>"
          '<p>รายละเอียด <textarea name="entry.4"></textarea></p><p>แนบไฟล์ <input type="file" name="entry.5"></p>'
          '<p><button type="submit">ส่งคำร้อง</button></p></form>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          '<ul><li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>'
          '<li><a href="/complaint/stats/">สถิติเรื่องร้องเรียน</a></li>'
          f'<li><a href="{f("complaint-manual")}">คู่มือการจัดการเรื่องร้องเรียนการทุจริต</a></li></ul>'
          "<p>ร้องทุกข์ทั่วไป โทร. 0 7438 6120 หรือสายด่วน 1132 (ป.ป.ช.)</p>")
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
          '<form method="post" action="/complaint/corruption/"><p>ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="name"></p>'
          '<p>เบอร์ติดต่อ <input name="tel"></p><p>ผู้ถูกร้องเรียน / หน่วยงาน <input name="who"></p>'
          '<p>รายละเอียด <textarea name="detail" required></textarea></p><p>หลักฐาน <input type="file" name="file"></p>'
          '<p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form>'
          '<p>ช่องทางอื่น: <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · ศูนย์ดำรงธรรมจังหวัดสงขลา โทร. 1567</p>')
    rows = [("ไตรมาส 1 (ต.ค. - ธ.ค. 2567)", 1, 1, 0), ("ไตรมาส 2 (ม.ค. - มี.ค. 2568)", 0, 0, 0),
            ("ไตรมาส 3 (เม.ย. - มิ.ย. 2568)", 2, 1, 1), ("ไตรมาส 4 (ก.ค. - ก.ย. 2568)", 1, 1, 0)]
    write("/complaint/stats/", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ประจำปีงบประมาณ พ.ศ. 2568</p><table class=\"list\"><tr><th>ช่วงเวลา</th><th>เรื่องที่ได้รับ</th>"
          "<th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>"
          + "".join(f"<tr><td>{p}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for p, a, b, c in rows)
          + "<tr><td>รวม</td><td>4</td><td>3</td><td>1</td></tr></table>"
          "<p>ข้อมูล ณ วันที่ 30 กันยายน 2568 · ศูนย์รับเรื่องร้องเรียนการทุจริต สำนักปลัดเทศบาล</p>")


def download_pages() -> None:
    write("/download/", "ดาวน์โหลดเอกสาร",
          "<ul>" + "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items()) + "</ul>"
          "<h2>เอกสารล่าสุด</h2>" + table(listed()[:10]))
    for cat, title in CATS.items():
        write(f"/download/{cat}/", title, table(listed(cat)))
    months = [k for k in ROWS if k.startswith("proc-2")]
    months.sort(key=lambda k: ROWS[k][2], reverse=True)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)",
          "<p>ผลการจัดซื้อจัดจ้างประจำเดือน ตามมาตรา 9 พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. 2540</p>" + table(months)
          + '<p>ประกาศจัดซื้อจัดจ้างอื่น ๆ: <a href="/download/procure/">ประกาศจัดซื้อจัดจ้าง</a> · '
          '<a href="https://process3.gprocurement.go.th/">ค้นหาประกาศในระบบ e-GP</a></p>')


def ita_pages() -> None:
    def a(target: str, text: str) -> str:
        return f'<a href="{target}">{esc(text)}</a>'

    rows69 = [
        ("o1", "โครงสร้างและอำนาจหน้าที่", [a("/about/structure/", "โครงสร้าง"), a("/about/authority/", "อำนาจหน้าที่")]),
        ("o2", "ข้อมูลผู้บริหาร", [a("/about/executives/", "คณะผู้บริหาร")]),
        ("o3", "ติดต่อ / ถาม-ตอบ", [a("/contact/", "ติดต่อเทศบาล"), a("/qa/", "Q&A")]),
        ("o4", "ข่าวประชาสัมพันธ์", [a("/news/", "ข่าวสาร")]),
        ("o5", "แผนพัฒนาท้องถิ่น", [a(f("plan-61-65"), "แผนพัฒนาท้องถิ่น")]),
        ("o6", "แผนการดำเนินงาน / เทศบัญญัติงบประมาณ", [a("/download/plan/", "แผนการดำเนินงาน"),
                                                        a(f("budget-69"), "เทศบัญญัติ ปี ๒๕๖๙")]),
        ("o7", "รายงานผลการดำเนินงานประจำปี", [a("/download/report/", "คลิก")]),
        ("o8", "คู่มือการปฏิบัติงาน", [a(f("manual-tax"), "คู่มือ")]),
        ("o9", "คู่มือประชาชน", [a("/download/manual/", "คู่มือสำหรับประชาชน")]),
        ("o10", "E-Service", [a("/eservice/", "บริการออนไลน์")]),
        ("o11", "สขร.๑ รายเดือน", [a("/procurement/", "คลิก")]),
        ("o12", "รายงานผลจัดซื้อจัดจ้างประจำปี", [a(f("proc-year-68"), "รายงาน")]),
        ("o13", "หลักเกณฑ์/แผนบริหารงานบุคคล", [a("/download/hr/", "คลิก")]),
        ("o14", "รายงานผลบริหารงานบุคคล", [a(f("hr-report-68"), "รายงาน (doc)")]),
        ("o15", "ประมวลจริยธรรม", [a(f("ethics"), "ประมวลจริยธรรม"), a(f("ethics-order"), "คำสั่งคณะทำงาน"),
                                   a("/news/2629/", "กิจกรรม")]),
        ("o16", "คู่มือเรื่องร้องเรียนการทุจริต", [a(f("complaint-manual"), "คู่มือ")]),
        ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [a("/complaint/corruption/", "แจ้งเรื่อง")]),
        ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [a("/complaint/stats/", "สถิติ")]),
        ("o19", "การมีส่วนร่วม", [a("/news/2622/", "ประชาคมเมือง")]),
        ("o20", "No Gift Policy", [a(f("no-gift"), "ประกาศ"), a(f("gift-report-68"), "รายงานการรับของขวัญ")]),
        ("o21", "ประเมินความเสี่ยงการทุจริต", [a(f("risk-69"), "ผลการประเมิน")]),
        ("o22", "รายงานผลตามแผนบริหารความเสี่ยง", [a(f("risk-report-68"), "รายงาน")]),
        ("o23", "แผนป้องกันการทุจริต", [a(f("anti-plan-69"), "แผน ปี ๒๕๖๙")]),
        ("o24", "รายงานผลป้องกันการทุจริต", [a(f("anti-report-68"), "รายงาน")]),
        ("o25", "นำผล ITA ไปพัฒนา / มาตรการส่งเสริมคุณธรรม", [a(f("ita-analysis"), "มาตรการฯ ปี ๒๕๖๙")]),
        ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [a(f("integrity-report-68"), "รายงาน")]),
    ]
    rows68 = [
        ("o5", "แผนพัฒนาท้องถิ่น", [a(f("plan-61-65"), "แผน")]),
        ("o6", "แผนการดำเนินงาน ปี ๒๕๖๘", [a(f("opplan-68"), "แผนการดำเนินงาน")]),
        ("o7", "รายงานผลการดำเนินงาน", [a(f("report-67"), "รายงาน")]),
        ("o11", "สขร.๑", [a(f("proc-2025-09"), "ก.ย. ๖๘")]),
        ("o21", "ประเมินความเสี่ยงการทุจริต ปี ๒๕๖๘", [a(OLD_RISK, "ผลการประเมิน")]),
        ("o23", "แผนป้องกันการทุจริต", [a(f("old-anti-plan"), "แผน ๔ ปี")]),
        ("o25", "มาตรการส่งเสริมคุณธรรม", [a(f("ita-analysis"), "มาตรการฯ")]),
    ]

    def tab(rows):
        return ('<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>'
                + "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{' · '.join(links)}</td></tr>" for c, t, links in rows)
                + "</table>")

    write("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
          '<ul><li><a href="/ita/2569/">ITA ประจำปี ๒๕๖๙</a></li><li><a href="/ita/2568/">ITA ประจำปี ๒๕๖๘</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙", tab(rows69))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘", tab(rows68))


def other_pages() -> None:
    write("/", "หน้าแรก",
          "<h2>ข่าวล่าสุด</h2><ul>" + "".join(f'<li><a href="/news/{n}/">{esc(t)}</a> {news_date(w)}</li>'
                                              for n, w, t, _p in NEWS[:5]) + "</ul>"
          '<h2>ประกาศ</h2><p><a href="/procurement/">สขร.๑ รายเดือน</a> · <a href="/download/">ดาวน์โหลดเอกสาร</a> · '
          '<a href="/ita/2569/">ITA ๒๕๖๙</a></p>')
    write("/tourism/", "ท่องเที่ยวควนหินแดง", "<p>ตลาดน้ำคลองควนหินแดง ทุกวันเสาร์ และน้ำตกโตนลาด ห่างจากตัวเมือง 12 กิโลเมตร</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>เทศบาลเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    pages = sorted({u for _t, u in MENU} | {"/about/vision/", "/about/council/", "/about/divisions/", "/tourism/"})
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{u}</a></li>' for u in pages) + "</ul>")


PNG_1PX = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def assets() -> None:
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    for img in ("logo.png", "person.png", "chart.png"):
        with open(os.path.join(HERE, "assets", img), "wb") as fh:
            fh.write(PNG_1PX)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}#topbar{background:#0b4f3c;color:#fff}"
                 "#menu li{display:inline;margin:0 .5em}#wrap{display:flex}#main{flex:3}#side{flex:1}"
                 "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:3px}#footer{background:#eee}\n")


def main() -> None:
    assets()
    news_pages()
    about_pages()
    service_pages()
    download_pages()
    ita_pages()
    other_pages()


if __name__ == "__main__":
    main()
