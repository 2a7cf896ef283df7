"""Generate the HTML pages of the "paocentral" test site (องค์การบริหารส่วนจังหวัดนครชัยนที, invented).

Run:  python tests/sites/paocentral/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial administrative organisation on a provider's template: top bar, banner, menu, a side
column (the chief executive, quick links, the ITA pages of two years, a visitor counter) and a
footer on every page; pages are folder/index.html.  Documents are listed by category on a download
script (/download.php?cat=N, stored as download.php.q/cat=N/index.html) and all together on
/download/; the monthly procurement summaries on /procurement/; news under /news/ (two pages).
The ITA page /ita/2568/ is a table of o1 … o26 in the agency's own short wording whose links go to
files, pages or a category list; last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import shutil
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import OLD_DEAD, ROWS, name  # noqa: E402

ORG = "องค์การบริหารส่วนจังหวัดนครชัยนที"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {1: ("plan", "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน"), 2: ("budget", "ข้อบัญญัติงบประมาณ"),
        3: ("report", "รายงานผลการดำเนินงาน"), 4: ("manual", "คู่มือ"), 5: ("procure", "จัดซื้อจัดจ้าง"),
        6: ("hr", "การบริหารงานบุคคล"), 7: ("integrity", "คุณธรรมและความโปร่งใส"), 8: ("general", "เอกสารทั่วไป")}
MISSING_SIZE = "688.4 KB"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับ อบจ.", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("คณะผู้บริหาร", "/about/executives/"), ("สมาชิกสภา อบจ.", "/about/council/"), ("ข่าวสาร", "/news/"),
        ("ประกาศจัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลดเอกสาร", "/download/"), ("งานบุคคล", "/hr/"),
        ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/theme/pao.css"></head>
<body>
<div id="topbar">{ORG} · ศูนย์บริการข้อมูลข่าวสาร โทร. 0 3641 2200 · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="banner"><img src="/theme/logo.png" alt="ตราสัญลักษณ์ อบจ.นครชัยนที" width="72" height="72">
<b>{ORG}</b><br><small>Nakhon Chainathi Provincial Administrative Organization</small></div>
<ul id="nav">
{menu}
</ul>
<div id="page"><div id="content">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="sidebar">
<div class="widget"><img src="/theme/chief.png" alt="นายก อบจ." width="90" height="110"><br><b>นายวิรัตน์ ศรีสมบูรณ์</b><br>
นายกองค์การบริหารส่วนจังหวัดนครชัยนที<br>สายด่วนนายก 0 3641 2299</div>
<div class="widget"><b>บริการประชาชน</b><br><a href="/eservice/">ยื่นคำร้องออนไลน์ (E-Service)</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/download/">ดาวน์โหลดเอกสาร</a><br>
<a href="/procurement/">สรุปผลการจัดซื้อจัดจ้าง</a></div>
<div class="widget"><b>การประเมินคุณธรรมและความโปร่งใส</b><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br>
<a href="/ita/2567/">ITA ๒๕๖๗</a></div>
<div class="widget"><b>ลิงก์หน่วยงาน</b><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="widget">ผู้เข้าชมเว็บไซต์ ๑,๒๔๘,๓๐๗ ครั้ง</div>
</div></div>
<div id="footer">{ORG} ถนนชัยนทีบำรุง ตำบลในเมือง อำเภอเมืองนครชัยนที จังหวัดนครชัยนที 17150<br>
โทรศัพท์ 0 3641 2200 โทรสาร 0 3641 2201 อีเมล saraban@chainathi-pao.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>
สงวนลิขสิทธิ์ © ๒๕๖๕ {ORG} · ออกแบบและพัฒนาโดย ทีมงานเว็บท้องถิ่น</div>
</body></html>
"""


def write_at(rel: str, title: str, body: str) -> None:
    target = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def write(path: str, title: str, body: str) -> None:
    write_at(os.path.join(path.strip("/"), "index.html"), title, body)


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td>{a(f(k), title)}</td><td>{be(up)}</td>'
                    f'<td><img src="/theme/{ext}.gif" alt="{ext}"> {size_of(k)}</td></tr>')
    return ('<table class="doclist"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่ลง</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if cat is None or ROWS[k][1] == cat]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (521, (2025, 4, 8), "ประชาสัมพันธ์การนำส่งภาษีบำรุง อบจ. จากสถานการค้าปลีกน้ำมัน ประจำเดือนมีนาคม 2568",
     ["ขอให้ผู้ประกอบการสถานการค้าปลีกน้ำมันนำส่งภาษีบำรุงองค์การบริหารส่วนจังหวัด ภายในวันที่ 15 เมษายน 2568 ณ กองคลัง"]),
    (518, (2025, 3, 27), "อบจ.นครชัยนที ส่งรถบรรทุกน้ำช่วยเหลือประชาชนประสบภัยแล้ง อำเภอบางท่าทราย",
     ["วันที่ 27 มีนาคม 2568 นายก อบจ.นครชัยนที มอบหมายกองป้องกันและบรรเทาสาธารณภัย นำรถบรรทุกน้ำ 4 คัน "
      "แจกจ่ายน้ำอุปโภคบริโภค 96,000 ลิตร ให้ประชาชน 5 หมู่บ้าน ตำบลท่าทรายใต้"]),
    (514, (2025, 3, 12), "ประชุมสภาองค์การบริหารส่วนจังหวัดนครชัยนที สมัยสามัญ สมัยที่ 1 ประจำปี 2568 ครั้งที่ 2",
     ["สภา อบจ. พิจารณาญัตติขออนุมัติจ่ายขาดเงินสะสม เพื่อซ่อมสร้างถนนลาดยาง 12 สายทาง"]),
    (509, (2025, 2, 20), "สรุปผลการประชุมประชาคมท้องถิ่นระดับอำเภอ เพื่อจัดทำแผนพัฒนาท้องถิ่น (เพิ่มเติม) ครั้งที่ 2/2568",
     ["ระหว่างวันที่ 3 - 14 กุมภาพันธ์ 2568 องค์การบริหารส่วนจังหวัดนครชัยนที ได้จัดประชุมประชาคมท้องถิ่นระดับอำเภอ ครบทั้ง 8 อำเภอ "
      "เพื่อเปิดโอกาสให้ผู้แทนหมู่บ้าน ผู้นำท้องถิ่น ส่วนราชการ และภาคประชาชน ร่วมเสนอปัญหาและความต้องการ",
      "มีผู้เข้าร่วมรวม 1,124 คน ประกอบด้วยกำนันผู้ใหญ่บ้าน 402 คน ผู้แทน อปท. 71 คน และประชาชน 651 คน "
      "เสนอโครงการทั้งสิ้น 96 โครงการ ส่วนใหญ่เป็นถนนเชื่อมระหว่างตำบล การขุดลอกคลองส่งน้ำ และไฟฟ้าส่องสว่าง",
      "ที่ประชุมได้จัดลำดับความสำคัญแล้ว อบจ. จะนำโครงการที่ผ่านการพิจารณาไปบรรจุในแผนพัฒนาท้องถิ่นเพิ่มเติม "
      "และแจ้งผลให้ที่ประชุมประชาคมทราบในเดือนพฤษภาคม 2568"]),
    (503, (2025, 1, 28), "ขอเชิญร่วมประชุมประชาคมท้องถิ่นระดับอำเภอ ประจำปี 2568",
     ["อบจ.นครชัยนที ขอเชิญผู้นำชุมชนและประชาชนร่วมประชุมประชาคมท้องถิ่นระดับอำเภอ ระหว่างวันที่ 3 - 14 กุมภาพันธ์ 2568",
      'รายละเอียดตาม <a href="{invite}">หนังสือเชิญ</a>']),
    (497, (2025, 1, 22), "โครงการอบรมเสริมสร้างคุณธรรมจริยธรรมและขับเคลื่อนประมวลจริยธรรม ประจำปีงบประมาณ 2568",
     ["วันที่ 21 - 22 มกราคม 2568 อบจ.นครชัยนที จัดอบรมผู้บริหาร สมาชิกสภา ข้าราชการ และพนักงานจ้าง เพื่อขับเคลื่อน"
      "ประมวลจริยธรรมของข้าราชการหรือพนักงานส่วนท้องถิ่นสู่การปฏิบัติ และประกาศ Do's & Don'ts ของหน่วยงาน",
      "วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัด บรรยายเรื่องผลประโยชน์ทับซ้อน มีผู้เข้าร่วม 2 รุ่น รวม 386 คน"]),
    (490, (2024, 12, 27), "รณรงค์ลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ 2568",
     ["ตั้งจุดบริการประชาชนร่วมกับ อปท. ในจังหวัด 24 จุด ระหว่างวันที่ 27 ธันวาคม 2567 - 2 มกราคม 2568"]),
    (486, (2024, 12, 12), "พิธีเปิดการแข่งขันกีฬานักเรียน อบจ.นครชัยนทีเกมส์ ครั้งที่ 12",
     ["นักเรียนจากโรงเรียนในสังกัด อบจ. 14 โรงเรียน เข้าร่วมการแข่งขัน ณ สนามกีฬากลาง อบจ.นครชัยนที"]),
    (481, (2024, 11, 15), "สืบสานประเพณีลอยกระทง ริมน้ำนที ประจำปี 2567",
     ["อบจ.นครชัยนที ร่วมกับเทศบาลเมืองนครชัยนที จัดงานประเพณีลอยกระทง ณ ท่าน้ำหน้าศาลากลางจังหวัด"]),
    (476, (2024, 10, 30), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568",
     ['อบจ.นครชัยนที ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 <a href="{opplan68}">ดาวน์โหลด</a>']),
    # FY2567 and older, on page 2
    (455, (2024, 9, 18), "สภา อบจ. มีมติเห็นชอบร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568",
     ["ที่ประชุมสภา อบจ. สมัยวิสามัญ มีมติเห็นชอบในวาระที่ 3 วงเงิน 986,500,000 บาท"]),
    (447, (2024, 7, 10), "โครงการฝึกอบรมอาชีพผู้สูงอายุ ประจำปี 2567",
     ["ผู้สูงอายุ 8 อำเภอ 240 คน เข้าร่วมอบรมการแปรรูปผลผลิตทางการเกษตร"]),
    (438, (2024, 2, 16), "สรุปผลการประชุมประชาคมท้องถิ่นระดับอำเภอ ประจำปี 2567",
     ["ระหว่างวันที่ 5 - 15 กุมภาพันธ์ 2567 จัดประชุมประชาคมครบ 8 อำเภอ ผู้เข้าร่วม 1,096 คน เสนอโครงการ 88 โครงการ"]),
    (430, (2023, 12, 5), "วันคล้ายวันพระบรมราชสมภพ 5 ธันวาคม 2566",
     ["คณะผู้บริหาร สมาชิกสภา และบุคลากร อบจ. ร่วมพิธี ณ ศาลากลางจังหวัดนครชัยนที"]),
    (421, (2022, 10, 5), "นายก อบจ.นครชัยนที ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)",
     ['นายก อบจ. ประกาศนโยบาย No Gift Policy ขอความร่วมมือผู้มาติดต่อราชการงดให้ของขวัญ <a href="{nogift}">ประกาศ</a>']),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"invite": f("invite-forum"), "nogift": f("nogift-65"), "opplan68": f("opplan-68")}
    for nid, ymd, title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="meta">โพสต์เมื่อ {be(date(*ymd))} · งานประชาสัมพันธ์</p>{body}'
              '<p><a href="/news/">« ข่าวสารทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>{be(date(*n[1]))}</span></li>' for n in chunk)
        pager = ('<p class="pager">หน้า <b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">ถัดไป »</a></p>'
                 if p == 1 else '<p class="pager">หน้า <a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวสาร / ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2568 = [  # (ข้อ, heading, [(link text, href or row key)]); a group heading has None
    ("ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน", None),
    ("o1", "โครงสร้างและอำนาจหน้าที่ อบจ.", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร อบจ.", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "ข้อมูลติดต่อ", [("ติดต่อ อบจ.", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวสาร", "/news/")]),
    ("ตัวชี้วัดย่อยที่ 9.2 การบริหารงานและการใช้จ่ายงบประมาณ", None),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนดำเนินงาน / ข้อบัญญัติ / ผลรอบ 6 เดือน", [("แผนการดำเนินงาน 2568", "opplan-68"),
                                                          ("ข้อบัญญัติงบประมาณ 2568", "budget-68"),
                                                          ("รายงานรอบ 6 เดือน", "sixmonth-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download.php?cat=3")]),
    ("o8", "คู่มือการปฏิบัติงานของเจ้าหน้าที่", [("คู่มือการปฏิบัติงาน", "manual-sop")]),
    ("o9", "คู่มือการรับบริการ", [("คู่มือสำหรับประชาชน", "citizen-manual")]),
    ("o10", "E-Service", [("ระบบ E-Service", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติ ต.ค.67 - มี.ค.68", "service-68")]),
    ("ตัวชี้วัดย่อยที่ 9.3 การจัดซื้อจัดจ้าง", None),
    ("o12", "รายการจัดซื้อจัดจ้าง (สขร.1)", [("สขร.1 รายเดือน", "/procurement/")]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานปี 2567", "proc-year-67")]),
    ("ตัวชี้วัดย่อยที่ 9.4 การบริหารและพัฒนาทรัพยากรบุคคล", None),
    ("o14", "แผนบริหารและพัฒนาทรัพยากรบุคคล", [("งานบริหารงานบุคคล", "/hr/")]),
    ("o15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [("รายงานปี 2567", "hr-report-67")]),
    ("o16", "ประมวลจริยธรรม / การขับเคลื่อน", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมขับเคลื่อน", "/news/497/")]),
    ("ตัวชี้วัดย่อยที่ 9.5 การส่งเสริมความโปร่งใส", None),
    ("o17", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติ", "/complaint/stats/")]),
    ("o20", "การมีส่วนร่วม", [("ประชาคมท้องถิ่น 2568", "/news/509/")]),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", None),
    ("o21", "No Gift Policy", [("ประกาศ", "nogift-65")]),
    ("o22", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด", [("รายงานปี 2567", "gift-report-67")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยงการทุจริต ปี 2568", "risk-67")]),
    ("o24", "รายงานการจัดการความเสี่ยงการทุจริต", [("รายงานปี 2567", "risk-report-67")]),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต", [("แผนปี 2568", "anti-plan-68")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานปี 2567", "anti-report-67")]),
]
ITA_2567 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนดำเนินงาน ปี 2567 / ผลรอบ 6 เดือน", [("แผนการดำเนินงาน 2567", "opplan-67"), ("รายงานรอบ 6 เดือน", "sixmonth-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานการติดตามและประเมินผลแผน", "report-66")]),
    ("o12", "รายการจัดซื้อจัดจ้าง", [("สขร.1 ก.ย. 2567", "proc-2024-09")]),
    ("o21", "No Gift Policy", [("ประกาศ", "nogift-65")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต ปี 2567", [("ประเมินความเสี่ยง", OLD_DEAD)]),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต", []),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = " | ".join(a(h if h.startswith("/") else f(h), t) for t, h in links) or "อยู่ระหว่างปรับปรุงข้อมูล"
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          f'<h2>ข่าวสาร อบจ.</h2><ul class="news">{latest}</ul><p><a href="/news/">ข่าวทั้งหมด »</a></p>'
          '<h2>บริการออนไลน์</h2><p><a href="/eservice/">E-Service ยื่นคำร้องออนไลน์</a> · '
          '<a href="/procurement/">สรุปผลการจัดซื้อจัดจ้าง</a> · <a href="/ita/2568/">ITA ประจำปี ๒๕๖๘</a></p>')
    write("/about/history/", "ข้อมูลทั่วไป",
          "<p>องค์การบริหารส่วนจังหวัดนครชัยนที จัดตั้งตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 "
          "มีเขตพื้นที่ครอบคลุมทั้งจังหวัด 8 อำเภอ 71 ตำบล 612 หมู่บ้าน พื้นที่ 2,470 ตารางกิโลเมตร ประชากร 486,210 คน</p>"
          "<p>สภาพพื้นที่เป็นที่ราบลุ่มภาคกลาง มีแม่น้ำนทีไหลผ่าน ประชาชนส่วนใหญ่ทำนาและสวนผลไม้</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : นครชัยนทีเมืองเกษตรปลอดภัย การท่องเที่ยววิถีลุ่มน้ำ ประชาชนมีคุณภาพชีวิตที่ดี</p>"
          "<ol><li>พัฒนาโครงสร้างพื้นฐานและการคมนาคมเชื่อมโยงทั้งจังหวัด</li><li>ส่งเสริมการศึกษาและสาธารณสุข</li>"
          "<li>ส่งเสริมเกษตรปลอดภัยและการท่องเที่ยว</li><li>บริหารจัดการตามหลักธรรมาภิบาล</li></ol>")
    write("/about/structure/", "แผนผังโครงสร้างองค์การบริหารส่วนจังหวัดนครชัยนที",
          '<img src="/theme/chart.png" alt="แผนภูมิโครงสร้างการบริหารงาน อบจ.นครชัยนที" width="160" height="100">'
          "<h2>ฝ่ายนิติบัญญัติ</h2><ul><li>สภาองค์การบริหารส่วนจังหวัดนครชัยนที (สมาชิก 30 คน)<ul>"
          "<li>ประธานสภา อบจ.</li><li>รองประธานสภา อบจ. (2 คน)</li><li>เลขานุการสภา อบจ.</li></ul></li></ul>"
          "<h2>ฝ่ายบริหาร</h2><ul><li>นายกองค์การบริหารส่วนจังหวัด<ul><li>รองนายก อบจ. (3 คน)</li>"
          "<li>เลขานุการนายก อบจ. (2 คน)</li><li>ที่ปรึกษานายก อบจ. (5 คน)</li></ul></li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดองค์การบริหารส่วนจังหวัด<ul><li>รองปลัด อบจ. (2 คน)</li><li>สำนักปลัด อบจ.</li>"
          "<li>สำนักงานเลขานุการ อบจ.</li><li>กองกิจการสภา อบจ.</li><li>กองยุทธศาสตร์และงบประมาณ</li><li>กองคลัง</li>"
          "<li>กองพัสดุและทรัพย์สิน</li><li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>กองสาธารณสุข</li>"
          "<li>กองส่งเสริมคุณภาพชีวิต</li><li>กองป้องกันและบรรเทาสาธารณภัย</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a> · <a href="/about/council/">สมาชิกสภา อบจ.</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>องค์การบริหารส่วนจังหวัดมีอำนาจหน้าที่ตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 มาตรา 45 "
          "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 17 สรุปสาระสำคัญได้ดังนี้</p><ol>"
          "<li>ตราข้อบัญญัติโดยไม่ขัดหรือแย้งต่อกฎหมาย และจัดทำแผนพัฒนาองค์การบริหารส่วนจังหวัด</li>"
          "<li>สนับสนุนองค์การบริหารส่วนตำบลและราชการส่วนท้องถิ่นอื่นในการพัฒนาท้องถิ่น</li>"
          "<li>ประสานและให้ความร่วมมือในการปฏิบัติหน้าที่ของสภาตำบลและราชการส่วนท้องถิ่นอื่น</li>"
          "<li>จัดให้มีและบำรุงรักษาทางบกและทางน้ำที่เชื่อมต่อระหว่างองค์กรปกครองส่วนท้องถิ่น</li>"
          "<li>จัดการศึกษา และจัดตั้งและดูแลโรงพยาบาลส่งเสริมสุขภาพตำบลที่รับถ่ายโอน</li>"
          "<li>ป้องกันและบรรเทาสาธารณภัย และคุ้มครอง ดูแล รักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li>"
          "<li>ส่งเสริมการท่องเที่ยว การกีฬา ศาสนา ศิลปวัฒนธรรม และจารีตประเพณี</li></ol>")
    execs = [("นายวิรัตน์ ศรีสมบูรณ์", "นายกองค์การบริหารส่วนจังหวัดนครชัยนที", "0 3641 2299"),
             ("นายชาตรี พูลผล", "รองนายกองค์การบริหารส่วนจังหวัด", "08 1456 2207"),
             ("นางสาวกนกพร เอี่ยมสะอาด", "รองนายกองค์การบริหารส่วนจังหวัด", "08 9334 5120"),
             ("นายเกรียงไกร ทองประเสริฐ", "รองนายกองค์การบริหารส่วนจังหวัด", "08 6672 9913"),
             ("นายอดิศักดิ์ มั่นคงดี", "ปลัดองค์การบริหารส่วนจังหวัด", "0 3641 2200 ต่อ 102")]
    cards = "".join(f'<div class="card"><img src="/theme/person.png" alt="{esc(n)}" width="80" height="100"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "คณะผู้บริหาร", cards)
    write("/about/council/", "สมาชิกสภาองค์การบริหารส่วนจังหวัด",
          "<ul><li>นายประเสริฐ วงศ์ใหญ่ ประธานสภา อบจ.</li><li>นางจันทร์เพ็ญ ศรีนวล รองประธานสภา อบจ. คนที่ 1</li>"
          "<li>นายบุญส่ง แก้วประดับ รองประธานสภา อบจ. คนที่ 2</li><li>สมาชิกสภา อบจ. เขตอำเภอต่าง ๆ รวม 30 คน</li></ul>")
    write("/contact/", "ติดต่อ อบจ.",
          f"<p>{ORG}<br>ถนนชัยนทีบำรุง ตำบลในเมือง อำเภอเมืองนครชัยนที จังหวัดนครชัยนที 17150</p>"
          "<p>โทรศัพท์ 0 3641 2200 โทรสาร 0 3641 2201<br>อีเมล saraban@chainathi-pao.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/chainathi.pao">อบจ.นครชัยนที</a> · LINE : @chainathipao</p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.0291,100.1873">แผนที่ตั้ง อบจ.นครชัยนที (Google Maps)</a></p>'
          "<table class=\"doclist\"><tr><th>หน่วยงาน</th><th>เบอร์ภายใน</th></tr><tr><td>สำนักปลัด</td><td>101</td></tr>"
          "<tr><td>กองคลัง</td><td>301</td></tr><tr><td>กองช่าง</td><td>401</td></tr>"
          "<tr><td>กองพัสดุและทรัพย์สิน</td><td>351</td></tr></table>")
    write("/eservice/", "E-Service ระบบยื่นคำร้องออนไลน์",
          "<p>ประชาชนสามารถยื่นคำร้องขอรับบริการจาก อบจ.นครชัยนที ได้ตลอด 24 ชั่วโมง โดยไม่ต้องเดินทางมาที่สำนักงาน "
          "เจ้าหน้าที่จะตรวจสอบและติดต่อกลับภายใน 2 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSchainathiPaoEservice68/formResponse" method="post">'
          '<h2>แบบคำร้องออนไลน์</h2>ชื่อ-นามสกุล <input name="entry.101"><br>เลขบัตรประชาชน <input name="entry.102"><br>'
          'เบอร์โทรศัพท์ <input name="entry.103"><br>ประเภทคำร้อง <select name="entry.104"><option>ขอใช้สนามกีฬากลาง</option>'
          '<option>ขอรับการสนับสนุนรถบรรทุกน้ำ</option><option>แจ้งซ่อมถนนในความรับผิดชอบของ อบจ.</option>'
          '<option>ขอยืมเต็นท์และเก้าอี้</option></select><br>รายละเอียด <textarea name="entry.105"></textarea><br>'
          'แนบไฟล์ <input type="file" name="entry.106"><br><button>ส่งคำร้อง</button></form>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ศูนย์รับเรื่องราวร้องทุกข์ อบจ.นครชัยนที โทร. 0 3641 2200 ต่อ 109 หรือยื่นด้วยตนเองที่สำนักปลัด</p>"
          '<ul><li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>'
          '<li><a href="/complaint/stats/">สถิติเรื่องร้องเรียนการทุจริต</a></li>'
          f'<li>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</li></ul>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้ร้องเรียนจะได้รับการคุ้มครองและข้อมูลจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/send.php" method="post">ชื่อผู้ร้อง (ไม่ประสงค์ออกนามได้) <input name="name"><br>'
          'เบอร์โทรติดต่อกลับ <input name="tel"><br>ผู้ถูกร้องเรียน/หน่วยงาน <input name="who"><br>'
          'รายละเอียดพฤติการณ์ <textarea name="detail"></textarea><br>หลักฐาน <input type="file" name="evidence"><br>'
          '<button>ส่งเรื่อง</button></form>'
          "<p>หรือแจ้งทางโทรศัพท์ 0 3641 2200 ต่อ 109 อีเมล anticorrupt@chainathi-pao.go.th</p>")
    write("/complaint/stats/", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ประจำปีงบประมาณ พ.ศ. 2567 (1 ตุลาคม 2566 - 30 กันยายน 2567)</p>"
          '<table class="doclist"><tr><th>ไตรมาส</th><th>เรื่องร้องเรียน</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>'
          "<tr><td>ไตรมาส 1 (ต.ค. - ธ.ค. 2566)</td><td>1</td><td>1</td><td>0</td></tr>"
          "<tr><td>ไตรมาส 2 (ม.ค. - มี.ค. 2567)</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>ไตรมาส 3 (เม.ย. - มิ.ย. 2567)</td><td>2</td><td>2</td><td>0</td></tr>"
          "<tr><td>ไตรมาส 4 (ก.ค. - ก.ย. 2567)</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>รวม</td><td>3</td><td>3</td><td>0</td></tr></table>"
          "<p>ข้อมูล ณ วันที่ 30 กันยายน 2567</p>")
    write("/hr/", "งานบริหารงานบุคคล",
          "<p>ฝ่ายการเจ้าหน้าที่ สำนักปลัด อบจ. ดูแลการสรรหา บรรจุ แต่งตั้ง และพัฒนาบุคลากรขององค์การบริหารส่วนจังหวัด</p>"
          f'<ul><li>{a(f("hr-plan-67"), "แผนการบริหารและพัฒนาทรัพยากรบุคคล")}</li>'
          f'<li>{a(f("hr-report-67"), "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปี 2567")}</li></ul>'
          "<p>ประกาศรับโอน (ย้าย) ข้าราชการ อบจ. ตำแหน่งนายช่างโยธา ติดต่อฝ่ายการเจ้าหน้าที่ โทร. 0 3641 2200 ต่อ 105</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>อบจ.นครชัยนที เก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    # procurement: the monthly สขร.1 (no กุมภาพันธ์ 2568) and a few notices
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "PDF")}</td></tr>' for k in months)
    write("/procurement/", "สรุปผลการดำเนินการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          f'<table class="doclist"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศจัดซื้อจัดจ้าง</h2><ul><li>{a(f("print-plan"), ROWS["print-plan"][0])}</li>'
          f'<li>{a(f("proc-year-67"), ROWS["proc-year-67"][0])}</li></ul>'
          '<p>ดูประกาศทั้งหมดได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>')
    # downloads: one list of everything, one per category behind a script
    cats = " · ".join(f'<a href="/download.php?cat={n}">{esc(c)}</a>' for n, (_s, c) in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for n, (slug, cname) in CATS.items():
        write_at(f"download.php.q/cat={n}/index.html", f"ดาวน์โหลดเอกสาร : {cname}",
                 f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    with open(os.path.join(HERE, "download.php"), "w", encoding="utf-8") as fh:
        fh.write('<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=/download/">'
                 "</head><body></body></html>\n")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. 2568</a></li>'
          '<li><a href="/ita/2567/">ITA ประจำปีงบประมาณ พ.ศ. 2567</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568",
          "<p>แบบวัดการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)</p>" + ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567", ita_table(ITA_2567))


def assets() -> None:
    import base64
    folder = os.path.join(HERE, "theme")
    os.makedirs(folder, exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "chief.png", "person.png", "chart.png"):
        with open(os.path.join(folder, n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(folder, n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(folder, "pao.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0;background:#f4f1e8}#topbar{background:#7a1f1f;color:#fff;padding:4px}"
                 "#nav li{display:inline;margin:0 5px}#page{display:flex}#content{flex:1;padding:10px}#sidebar{width:230px}"
                 ".widget{border:1px solid #c9b;margin:6px;padding:6px;background:#fff}table{border-collapse:collapse}"
                 "td,th{border:1px solid #999;padding:3px}#footer{background:#7a1f1f;color:#fff;padding:8px;font-size:small}\n")


def main() -> None:
    for old in ("about", "news", "ita", "download", "download.php.q", "complaint", "procurement", "hr", "eservice",
                "contact", "privacy", "sitemap", "theme"):
        shutil.rmtree(os.path.join(HERE, old), ignore_errors=True)
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
