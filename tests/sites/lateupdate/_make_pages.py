"""Generate the HTML pages of the "lateupdate" test site (เทศบาลตำบลดอนหว้าน้อย, invented).

Run:  python tests/sites/lateupdate/_make_pages.py   (after _make_docs.py: list sizes are read
from the files it wrote)

An ordinary เทศบาลตำบล template: top bar, a menu of sections, a left column (mayor, ITA 2569
banner, links, last year's ITA page, visitor counter) and a footer on every page; each section
lists its documents newest first (title, date, size); news in two pages.  The ITA 2569 page
links its items in its own words: some to files, some to pages or section lists, one to a news
post, one to a file that is gone, one row not yet filled.  Last year's ITA 2568 page is still
online.  Pages are folder/index.html.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS  # noqa: E402

ORG = "เทศบาลตำบลดอนหว้าน้อย"
LOC = "อำเภอเชียงยืน จังหวัดมหาสารคาม"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
GONE_SIZE = "412 KB"  # what a list says for a file that is gone


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


MENU = [
    ("หน้าแรก", "/"), ("ประวัติความเป็นมา", "/about/history/"), ("โครงสร้างส่วนราชการ", "/about/structure/"),
    ("คณะผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("ประกาศ", "/announce/"),
    ("แผนพัฒนาท้องถิ่น", "/plan/"), ("งบประมาณ", "/budget/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
    ("E-Service", "/eservice/"), ("ร้องเรียน/ร้องทุกข์", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/"),
]
SIDE = [
    ("ข้อมูลพื้นฐาน", [("วิสัยทัศน์/พันธกิจ", "/about/vision/"), ("อำนาจหน้าที่", "/about/authority/"),
                       ("สภาเทศบาล", "/about/council/"), ("หัวหน้าส่วนราชการ", "/about/heads/")]),
    ("ข้อมูลข่าวสาร", [("แผนการดำเนินงาน", "/opplan/"), ("รายงานผลการดำเนินงาน", "/report/"),
                      ("การบริหารงานบุคคล", "/hr/"), ("คู่มือการปฏิบัติงาน", "/manual/"),
                      ("คู่มือสำหรับประชาชน", "/citizen-manual/"), ("จริยธรรม", "/ethics/"),
                      ("คุณธรรมและความโปร่งใส", "/integrity/"), ("No Gift Policy", "/nogift/"),
                      ("กระดานถาม-ตอบ", "/qa/")]),
]


def layout(title: str, body: str) -> str:
    menu = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    side = "".join(f'<div class="box"><h3>{esc(h)}</h3><ul>'
                   + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in links) + "</ul></div>"
                   for h, links in SIDE)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} | {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div class="topbar"><img src="/assets/logo.png" alt="ตราเทศบาล" width="48" height="48">
<span class="org">{ORG}</span><span class="loc">{LOC}</span>
<span class="tel">โทร 0 4378 1145 | saraban@donwannoi.go.th</span></div>
<ul class="menu">{menu}</ul>
<div class="wrap"><div class="left">
<div class="box mayor"><b>นายกเทศมนตรีตำบลดอนหว้าน้อย</b><br>นายสมพงษ์ ทองบุญมา<br>สายตรงนายก 0 4378 1140</div>
<div class="box banner"><a href="/ita/2569/"><img src="/assets/ita-banner.png" alt="ITA 2569" width="180" height="60"><br>
การประเมินคุณธรรมและความโปร่งใส ITA ๒๕๖๙</a></div>
{side}
<div class="box"><h3>ลิงก์หน่วยงาน</h3><ul><li><a href="/ita/2568/">ITA ๒๕๖๘ (ปีที่ผ่านมา)</a></li>
<li><a href="https://www.gprocurement.go.th/">ระบบจัดซื้อจัดจ้างภาครัฐ e-GP</a></li>
<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li><li><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
<li><a href="https://info.go.th/">ศูนย์ข้อมูลข่าวสารของราชการ</a></li></ul></div>
<div class="box">สถิติผู้เข้าชม ๙๖,๔๑๒ ครั้ง</div>
</div>
<div class="main"><div class="crumb"><a href="/">หน้าแรก</a> &raquo; {esc(title)}</div>
<h1>{esc(title)}</h1>
{body}
</div></div>
<div class="footer">{ORG} เลขที่ 88 หมู่ที่ 1 ตำบลดอนหว้าน้อย {LOC} 44160<br>
โทรศัพท์ 0 4378 1145 โทรสาร 0 4378 1146 อีเมล saraban@donwannoi.go.th &nbsp;
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> | <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
สงวนลิขสิทธิ์ © ๒๕๖๘ {ORG}</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(layout(title, body))


def size_of(key: str) -> str:
    path, _t, _w, maker = DOCS[key]
    if maker == "missing":
        return GONE_SIZE
    n = os.path.getsize(os.path.join(HERE, path.lstrip("/")))
    return f"{max(1, round(n / 1024))} KB"


def doc_list(keys: list[str]) -> str:
    keys = sorted(keys, key=lambda k: DOCS[k][2], reverse=True)
    rows = []
    for i, k in enumerate(keys, 1):
        path, title, when, _m = DOCS[k]
        ext = path.rsplit(".", 1)[1].upper()
        rows.append(f'<tr><td>{i}</td><td><a href="{path}" target="_blank">{esc(title)}</a></td>'
                    f'<td>{be(when)}</td><td>{ext} {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ที่</th><th>เรื่อง</th><th>วันที่ลงประกาศ</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def a(key: str, text: str | None = None) -> str:
    return f'<a href="{DOCS[key][0]}">{esc(text or DOCS[key][1])}</a>'


# ------------------------------------------------------------------ news
NEWS = [  # id, date, title, body (html), links (doc keys)
    (331, "3 เม.ย. 2569", "ขอเชิญร่วมงานประเพณีสงกรานต์และรดน้ำดำหัวผู้สูงอายุ ประจำปี 2569",
     "เทศบาลตำบลดอนหว้าน้อย ขอเชิญชวนประชาชนร่วมงานประเพณีสงกรานต์ ในวันที่ 13 เมษายน 2569 ณ ลานวัดศรีดอนหว้า "
     "พิธีรดน้ำดำหัวผู้สูงอายุ เวลา 09.00 น. และการประกวดขบวนแห่ของหมู่บ้านทั้ง 11 หมู่บ้าน", []),
    (329, "24 มี.ค. 2569", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     "กองคลังขอแจ้งให้ผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในเดือนเมษายน 2569 ที่สำนักงานเทศบาล "
     "ในวันและเวลาราชการ หรือออกหน่วยบริการเคลื่อนที่ตามตารางที่แนบ", []),
    (327, "27 ก.พ. 2569", "ประชุมประชาคมหมู่บ้าน เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปีงบประมาณ 2569",
     "ระหว่างวันที่ 16 – 26 กุมภาพันธ์ 2569 นายสมพงษ์ ทองบุญมา นายกเทศมนตรีตำบลดอนหว้าน้อย พร้อมด้วยคณะผู้บริหาร "
     "สมาชิกสภาเทศบาล และเจ้าหน้าที่กองยุทธศาสตร์ฯ ออกประชุมประชาคมหมู่บ้านครบทั้ง 11 หมู่บ้าน "
     "มีประชาชนเข้าร่วมรวม 684 คน เพื่อรับฟังความคิดเห็นและความต้องการของประชาชน ประชาชนเสนอโครงการ 52 โครงการ "
     "เช่น ถนนเพื่อการเกษตร ไฟฟ้าส่องสว่าง ขุดลอกหนองหว้า และฝายกักเก็บน้ำ "
     "ข้อเสนอทั้งหมดจะนำเข้าที่ประชุมคณะกรรมการพัฒนาเทศบาลเพื่อพิจารณาบรรจุในแผนพัฒนาท้องถิ่น และแจ้งผลให้ประชาคมทราบต่อไป", []),
    (324, "10 ก.พ. 2569", "ประกาศผู้ชนะการเสนอราคา จ้างเหมาจัดพิมพ์เอกสารแผนพัฒนาท้องถิ่น",
     "ประกาศเทศบาลตำบลดอนหว้าน้อย เรื่อง ประกาศผู้ชนะการเสนอราคา จ้างเหมาจัดพิมพ์เอกสารแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) "
     "เพิ่มเติม ครั้งที่ 2/2568 โดยวิธีเฉพาะเจาะจง รายละเอียดตามเอกสารแนบ", ["printwin"]),
    (321, "23 ม.ค. 2569", "โครงการอบรมส่งเสริมคุณธรรมจริยธรรม ผู้บริหาร สมาชิกสภา และพนักงานเทศบาล ประจำปีงบประมาณ 2569",
     "วันที่ 22 มกราคม 2569 เทศบาลตำบลดอนหว้าน้อย จัดโครงการอบรมส่งเสริมคุณธรรมจริยธรรม ณ ห้องประชุมเทศบาล "
     "มีผู้เข้าร่วม 58 คน ทบทวนประมวลจริยธรรมของพนักงานส่วนท้องถิ่น แนวทาง Do's &amp; Don'ts ในการปฏิบัติงาน "
     "และหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ตามมาตรา 128 แห่ง พ.ร.ป.ว่าด้วยการป้องกันและปราบปรามการทุจริต "
     "ช่วงบ่ายเป็นกิจกรรมจิตอาสาทำความสะอาดวัดศรีดอนหว้า", []),
    (318, "10 ม.ค. 2569", "กิจกรรมวันเด็กแห่งชาติ ประจำปี 2569",
     "เทศบาลจัดงานวันเด็กแห่งชาติ ณ ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลดอนหว้าน้อย มีเด็กและผู้ปกครองร่วมงานกว่า 400 คน", []),
    (315, "26 ธ.ค. 2568", "ตั้งจุดบริการประชาชนช่วงเทศกาลปีใหม่ 2569",
     "เทศบาลร่วมกับสถานีตำรวจภูธรเชียงยืน ตั้งจุดบริการประชาชนบริเวณสามแยกบ้านดอนหว้า ระหว่างวันที่ 29 ธันวาคม 2568 – 4 มกราคม 2569", []),
    (312, "25 พ.ย. 2568", "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569",
     "เทศบาลตำบลดอนหว้าน้อยได้จัดทำแผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 เสร็จเรียบร้อยแล้ว "
     "จึงประกาศให้ประชาชนทราบโดยทั่วกัน รายละเอียดตามเอกสารแนบ", ["opplan2569"]),
    (309, "16 ต.ค. 2568", "ประกาศเจตนารมณ์ นโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2569",
     "นายกเทศมนตรีตำบลดอนหว้าน้อย ประกาศเจตนารมณ์ให้ผู้บริหาร สมาชิกสภา และพนักงานทุกคน งดรับ งดให้ ของขวัญและของกำนัลทุกชนิด"
     "จากการปฏิบัติหน้าที่ รายละเอียดตามประกาศแนบ", ["nogift"]),
    (307, "3 ต.ค. 2568", "รับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้างทั่วไป",
     "เทศบาลตำบลดอนหว้าน้อย รับสมัครพนักงานจ้างทั่วไป ตำแหน่งคนงาน 2 อัตรา รับสมัครระหว่างวันที่ 6 – 17 ตุลาคม 2568", []),
    # page 2: FY2568
    (305, "22 ก.ย. 2568", "ประกาศใช้เทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2569",
     "ด้วยสภาเทศบาลตำบลดอนหว้าน้อย ได้ให้ความเห็นชอบร่างเทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2569 "
     "และนายอำเภอเชียงยืนได้อนุมัติแล้ว จึงประกาศใช้ตั้งแต่วันที่ 1 ตุลาคม 2568 เป็นต้นไป", ["budget2569"]),
    (300, "20 ส.ค. 2568", "ประกาศใช้แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เพิ่มเติม ครั้งที่ 2/2568",
     "เทศบาลประกาศใช้แผนพัฒนาท้องถิ่นเพิ่มเติม ครั้งที่ 2/2568 เพื่อบรรจุโครงการที่ประชาชนเสนอ", ["planadd"]),
    (296, "28 เม.ย. 2568", "รายงานผลการดำเนินงาน รอบ 6 เดือน ปีงบประมาณ 2568",
     "เทศบาลรายงานผลการดำเนินงานและการเบิกจ่ายงบประมาณ รอบ 6 เดือนแรก (ตุลาคม 2567 – มีนาคม 2568)", ["report6m"]),
    (288, "21 ก.พ. 2568", "ประชุมประชาคมหมู่บ้าน ประจำปี 2568",
     "ระหว่างวันที่ 10 – 20 กุมภาพันธ์ 2568 เทศบาลจัดประชุมประชาคมหมู่บ้านครบ 11 หมู่บ้าน มีผู้เข้าร่วม 590 คน", []),
    (281, "29 ม.ค. 2568", "โครงการอบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2568",
     "เทศบาลจัดอบรมคุณธรรมจริยธรรมแก่บุคลากร ณ ห้องประชุมเทศบาล มีผู้เข้าร่วม 55 คน", []),
    (275, "12 ธ.ค. 2567", "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568",
     "เทศบาลประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 รายละเอียดตามเอกสารแนบ", ["opplan2568"]),
]
PAGE1 = NEWS[:10]
PAGE2 = NEWS[10:]


def news_pages() -> None:
    for nid, date, title, body, keys in NEWS:
        att = "".join(f"<li>{a(k)}</li>" for k in keys)
        att = f"<p>เอกสารแนบ</p><ul>{att}</ul>" if att else ""
        write(f"/news/view/{nid}/", title,
              f'<div class="meta">วันที่ {date} | โดย งานประชาสัมพันธ์ | อ่าน {(nid * 7) % 300 + 40} ครั้ง</div>'
              f"<p>{body}</p>{att}<p><a href=\"/news/\">&laquo; กลับหน้าข่าวประชาสัมพันธ์</a></p>")
    for n, chunk in ((1, PAGE1), (2, PAGE2)):
        items = "".join(f'<li><span class="date">{date}</span> <a href="/news/view/{nid}/">{esc(t)}</a></li>'
                        for nid, date, t, _b, _k in chunk)
        pager = '<b>1</b> <a href="/news/page/2/">2</a>' if n == 1 else '<a href="/news/">1</a> <b>2</b>'
        write("/news/" if n == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์",
              f'<ul class="news">{items}</ul><div class="pager">หน้า {pager}</div>')


def home() -> None:
    items = "".join(f'<li><span class="date">{date}</span> <a href="/news/view/{nid}/">{esc(t)}</a></li>'
                    for nid, date, t, _b, _k in NEWS[:6])
    ann = "".join(f"<li>{a(k)} <span class=\"date\">{be(DOCS[k][2])}</span></li>"
                  for k in ["skr_2569_03", "estats", "skr_2569_02", "riskinvite", "printwin"])
    write("/", "หน้าแรก",
          f'<div class="welcome">ยินดีต้อนรับสู่เว็บไซต์{ORG} "ดอนหว้าน้อยน่าอยู่ เกษตรก้าวหน้า การศึกษาดี ประชาชนมีส่วนร่วม"</div>'
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{items}</ul><p><a href="/news/">ดูทั้งหมด</a></p>'
          f'<h2>ประกาศ / เอกสารล่าสุด</h2><ul>{ann}</ul>'
          '<h2>บริการออนไลน์</h2><p><a href="/eservice/">ยื่นคำร้องออนไลน์ (E-Service)</a> | '
          '<a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a> | <a href="/qa/">กระดานถาม-ตอบ</a></p>')


# ------------------------------------------------------------------ basic pages
def about() -> None:
    write("/about/history/", "ประวัติความเป็นมา",
          "<p>เทศบาลตำบลดอนหว้าน้อย เดิมเป็นองค์การบริหารส่วนตำบลดอนหว้าน้อย จัดตั้งเมื่อปี พ.ศ. 2540 "
          "ได้รับการยกฐานะเป็นเทศบาลตำบลเมื่อวันที่ 24 สิงหาคม 2555 มีพื้นที่ 38.6 ตารางกิโลเมตร 11 หมู่บ้าน "
          "ประชากร 7,384 คน ประชาชนส่วนใหญ่ประกอบอาชีพทำนา ปลูกอ้อยและมันสำปะหลัง</p>")
    write("/about/vision/", "วิสัยทัศน์ / พันธกิจ",
          "<p><b>วิสัยทัศน์</b> ดอนหว้าน้อยน่าอยู่ เกษตรก้าวหน้า การศึกษาดี ประชาชนมีส่วนร่วม</p>"
          "<ol><li>พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐาน</li><li>ส่งเสริมคุณภาพชีวิตและการศึกษา</li>"
          "<li>ส่งเสริมเศรษฐกิจและการเกษตร</li><li>บริหารจัดการตามหลักธรรมาภิบาล</li></ol>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<img src="/assets/org-chart.png" alt="แผนภูมิโครงสร้างเทศบาลตำบลดอนหว้าน้อย" width="300" height="150">'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี (2 คน)</li><li>เลขานุการนายกเทศมนตรี</li>"
          "<li>ที่ปรึกษานายกเทศมนตรี</li></ul></li><li>สภาเทศบาล (สมาชิกสภาเทศบาล 12 คน) ประธานสภา รองประธานสภา</li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li>"
          "<li>กองช่าง</li><li>กองการศึกษา</li><li>กองยุทธศาสตร์และงบประมาณ</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          '<p>ดูอำนาจหน้าที่ได้ที่ <a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>เทศบาลตำบลดอนหว้าน้อยมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 และพระราชบัญญัติกำหนดแผนและขั้นตอน"
          "การกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 สรุปได้ดังนี้</p>"
          "<h2>หน้าที่ตามมาตรา 50 (ต้องทำ)</h2><ol><li>รักษาความสงบเรียบร้อยของประชาชน</li>"
          "<li>ให้มีและบำรุงทางบกและทางน้ำ</li><li>รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ รวมทั้งการกำจัดมูลฝอย</li>"
          "<li>ป้องกันและระงับโรคติดต่อ</li><li>ให้มีเครื่องใช้ในการดับเพลิง</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li>"
          "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>บำรุงศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น</li></ol>"
          "<h2>หน้าที่ตามมาตรา 51 (อาจทำ)</h2><ol><li>ให้มีน้ำสะอาดหรือการประปา</li><li>ให้มีโรงฆ่าสัตว์</li>"
          "<li>ให้มีตลาด ท่าเทียบเรือ และท่าข้าม</li><li>บำรุงและส่งเสริมการทำมาหากินของราษฎร</li></ol>"
          "<h2>อำนาจหน้าที่ตามมาตรา 16 พ.ร.บ.กำหนดแผนฯ</h2><p>การจัดทำแผนพัฒนาท้องถิ่น การจัดให้มีและบำรุงรักษาทางบก "
          "การสาธารณูปโภค การส่งเสริมการท่องเที่ยว การจัดการศึกษา การสังคมสงเคราะห์ ฯลฯ</p>")
    execs = [("นายสมพงษ์ ทองบุญมา", "นายกเทศมนตรีตำบลดอนหว้าน้อย", "0 4378 1140"),
             ("นายบุญเลิศ แก้วประเสริฐ", "รองนายกเทศมนตรี", "0 4378 1141"),
             ("นางวิไลวรรณ พรหมสุข", "รองนายกเทศมนตรี", "0 4378 1141"),
             ("นายอนุชา ศรีสว่าง", "เลขานุการนายกเทศมนตรี", "0 4378 1145")]
    write("/about/executives/", "คณะผู้บริหาร",
          "".join(f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="90" height="110">'
                  f"<p><b>{esc(n)}</b><br>{esc(p)}<br>โทร {t}<br>อีเมล mayor@donwannoi.go.th</p></div>" for n, p, t in execs))
    write("/about/council/", "สภาเทศบาล",
          "<ul><li>นายทองใบ สุวรรณศรี ประธานสภาเทศบาล</li><li>นางคำปุ่น ชาวนา รองประธานสภาเทศบาล</li>"
          "<li>สมาชิกสภาเทศบาล เขต 1 จำนวน 6 คน</li><li>สมาชิกสภาเทศบาล เขต 2 จำนวน 6 คน</li></ul>")
    write("/about/heads/", "หัวหน้าส่วนราชการ",
          "<ul><li>นางสาวรัตนาภรณ์ ศรีวิเศษ ปลัดเทศบาล</li><li>นายวีระพงษ์ บุญคง รองปลัดเทศบาล</li>"
          "<li>นางสุภาพร นามวงศ์ หัวหน้าสำนักปลัด</li><li>นางจันทร์เพ็ญ ทองดี ผู้อำนวยการกองคลัง</li>"
          "<li>นายธนากร ภูมิสุข ผู้อำนวยการกองช่าง</li><li>นางพัชรี แสงงาม ผู้อำนวยการกองการศึกษา</li></ul>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>เลขที่ 88 หมู่ที่ 1 ตำบลดอนหว้าน้อย {LOC} 44160</p>"
          "<p>โทรศัพท์ 0 4378 1145 โทรสาร 0 4378 1146<br>อีเมล saraban@donwannoi.go.th<br>"
          "Facebook: เทศบาลตำบลดอนหว้าน้อย<br>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=16.4178,103.1102">แผนที่ตั้ง (Google Maps)</a></p>'
          '<p>สอบถามข้อมูล: <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>เทศบาลเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นต่อการให้บริการ ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")


QA = [(41, "สอบถามเรื่องการขอรับถังขยะ", "ผู้ใช้ ชาวบ้านหมู่ 5", "5 มี.ค. 2569",
       "ขอรับถังขยะได้ที่ไหนครับ", "ติดต่อกองสาธารณสุขฯ สำนักปลัด หรือยื่นคำร้องผ่าน E-Service ได้เลยครับ (admin)"),
      (38, "เบี้ยผู้สูงอายุ เข้าวันไหน", "แม่ต้อย", "9 ก.พ. 2569",
       "เบี้ยยังชีพเดือนกุมภาพันธ์เข้าวันไหนคะ", "โอนเข้าบัญชีวันที่ 10 ของทุกเดือนค่ะ (งานพัฒนาชุมชน)")]


def qa() -> None:
    rows = "".join(f'<tr><td><a href="/qa/topic/{i}/">{esc(t)}</a></td><td>{esc(w)}</td><td>{dt}</td><td>1</td></tr>'
                   for i, t, w, dt, _q, _r in QA)
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          '<form action="/qa/post/" method="post"><p>ตั้งคำถามใหม่</p><input name="subject" placeholder="หัวข้อ">'
          '<textarea name="detail"></textarea><input name="name" placeholder="ชื่อผู้ถาม"><button>ส่งคำถาม</button></form>'
          f'<table class="list"><tr><th>หัวข้อ</th><th>ผู้ถาม</th><th>วันที่</th><th>ตอบ</th></tr>{rows}</table>')
    for i, t, w, dt, q, r in QA:
        write(f"/qa/topic/{i}/", t, f"<p><b>{esc(w)}</b> ({dt}): {esc(q)}</p><p class=\"reply\">ตอบ: {esc(r)}</p>")


# ------------------------------------------------------------------ document sections
SECTIONS = {
    "/plan/": ("แผนพัฒนาท้องถิ่น", ["planadd", "plan5y", "planold"]),
    "/budget/": ("งบประมาณรายจ่ายประจำปี", ["budget2569", "budget2568"]),
    "/opplan/": ("แผนการดำเนินงาน", ["opplan2569", "opplan2568"]),
    "/report/": ("รายงานผลการดำเนินงาน", ["eval2567", "report6m"]),
    "/procurement/report/": ("รายงานผลการจัดซื้อจัดจ้างประจำปี", ["procrep2567"]),
    "/hr/": ("การบริหารงานบุคคล", ["hrreport", "hrplan", "hrcrit"]),
    "/manual/": ("คู่มือการปฏิบัติงาน", ["manual", "cmanual"]),
    "/ethics/": ("ประมวลจริยธรรม", ["ethics"]),
    "/integrity/": ("คุณธรรมและความโปร่งใส", ["riskinvite", "acrep2568", "riskmgmt2568", "measures", "itaanal",
                                               "acrep2567", "risk2568", "acplan2568"]),
}
INTRO = {
    "/budget/": "<p>เทศบัญญัติงบประมาณรายจ่ายประจำปี ตามที่สภาเทศบาลให้ความเห็นชอบ</p>",
    "/hr/": '<p>ดูหลักเกณฑ์และแผนอัตรากำลัง 3 ปี ได้ที่รายการด้านล่าง</p>',
    "/ethics/": '<p>กิจกรรมส่งเสริมจริยธรรมปี 2569: <a href="/news/view/321/">โครงการอบรมส่งเสริมคุณธรรมจริยธรรม 22 ม.ค. 2569</a></p>',
}


def sections() -> None:
    for path, (title, keys) in SECTIONS.items():
        write(path, title, INTRO.get(path, "") + doc_list(keys))
    write("/announce/", "ประกาศ", doc_list(["printwin", "procplan2568", "nogift", "budget2569", "planadd"]))
    skr = [k for k in DOCS if k.startswith("skr_")]
    write("/procurement/", "จัดซื้อจัดจ้าง",
          '<ul><li><a href="/procurement/skr/">สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</a></li>'
          '<li><a href="/procurement/report/">รายงานผลการจัดซื้อจัดจ้างประจำปี</a></li></ul>'
          '<h2>ประกาศจัดซื้อจัดจ้าง</h2>' + doc_list(["printwin", "procplan2568"]))
    write("/procurement/skr/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", doc_list(skr))
    write("/citizen-manual/", "คู่มือสำหรับประชาชน",
          "<p>คู่มือสำหรับประชาชน ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558</p>"
          "<table class=\"list\"><tr><th>งานบริการ</th><th>ระยะเวลา</th><th>เอกสารที่ต้องใช้</th></tr>"
          "<tr><td>จดทะเบียนพาณิชย์</td><td>1 ชั่วโมง</td><td>บัตรประชาชน สำเนาทะเบียนบ้าน</td></tr>"
          "<tr><td>ขออนุญาตก่อสร้างอาคาร</td><td>45 วัน</td><td>แบบ ข.1 แบบแปลน โฉนดที่ดิน</td></tr>"
          "<tr><td>ลงทะเบียนเบี้ยยังชีพผู้สูงอายุ</td><td>15 นาที</td><td>บัตรประชาชน สมุดบัญชีเงินฝาก</td></tr></table>"
          + doc_list(["citizen"]))
    write("/eservice/", "E-Service ยื่นคำร้องออนไลน์",
          "<p>ประชาชนสามารถยื่นคำร้องผ่านระบบออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
          '<form action="/eservice/submit/" method="post"><select name="type"><option>คำร้องทั่วไป</option>'
          "<option>ขอรับถังขยะ</option><option>แจ้งซ่อมไฟฟ้าสาธารณะ</option></select>"
          '<input name="fullname" placeholder="ชื่อ-นามสกุล"><input name="phone" placeholder="เบอร์โทรศัพท์">'
          '<textarea name="detail" placeholder="รายละเอียด"></textarea><button>ส่งคำร้อง</button></form>'
          '<p><a href="/eservice/stats/">สถิติการให้บริการ E-Service</a></p>')
    write("/eservice/stats/", "สถิติการให้บริการ E-Service",
          "<table class=\"list\"><tr><th>เดือน</th><th>จำนวนคำร้อง</th></tr>"
          "<tr><td>ต.ค. 2568</td><td>12</td></tr><tr><td>พ.ย. 2568</td><td>9</td></tr><tr><td>ธ.ค. 2568</td><td>10</td></tr>"
          "<tr><td>ม.ค. 2569</td><td>8</td></tr><tr><td>ก.พ. 2569</td><td>10</td></tr><tr><td>มี.ค. 2569</td><td>13</td></tr></table>"
          + doc_list(["estats"]))
    write("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้ร้องเรียนสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ได้ทางแบบฟอร์มนี้ "
          "ข้อมูลผู้ร้องจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/submit/" method="post"><input name="subject" placeholder="เรื่อง">'
          '<textarea name="detail" placeholder="รายละเอียดการร้องเรียน"></textarea>'
          '<input name="contact" placeholder="ช่องทางติดต่อกลับ (ไม่บังคับ)"><button>ส่งเรื่องร้องเรียน</button></form>'
          "<p>ช่องทางอื่น: โทร 0 4378 1145 / ตู้รับเรื่องร้องเรียนหน้าสำนักงาน / "
          '<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> / <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a></p>'
          '<p><a href="/complaint/manual/">คู่มือการจัดการเรื่องร้องเรียน</a> | <a href="/complaint/stats/">สถิติเรื่องร้องเรียน</a></p>')
    write("/complaint/manual/", "คู่มือการจัดการเรื่องร้องเรียน",
          "<p>ขั้นตอนการรับเรื่องร้องเรียน: รับเรื่อง ลงทะเบียน แจ้งผู้ร้องภายใน 15 วัน ตรวจสอบข้อเท็จจริง แจ้งผล</p>"
          + doc_list(["cmanual"]))
    write("/complaint/stats/", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", doc_list(["cstats2568"]))
    write("/nogift/", "No Gift Policy",
          '<p>ประกาศเจตนารมณ์ไม่รับของขวัญ ดูข่าว <a href="/news/view/309/">ประกาศเจตนารมณ์ No Gift Policy ปี 2569</a></p>'
          + doc_list(["nogift", "giftrep"]))
    write("/sitemap/", "แผนผังเว็บไซต์",
          "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
          + "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, (t, _k) in SECTIONS.items()) + "</ul>")


# ------------------------------------------------------------------ ITA pages
def link(target: str, text: str = "คลิก") -> str:
    return f'<a href="{DOCS[target][0] if target in DOCS else target}">{esc(text)}</a>'


ITA_2569 = [  # (sub-indicator heading or None, code, own wording, links html, note)
    ("9.1 ข้อมูลพื้นฐาน", "o1", "โครงสร้าง", link("/about/structure/") + " " + link("/about/authority/", "อำนาจหน้าที่"), ""),
    (None, "o2", "ข้อมูลผู้บริหาร", link("/about/executives/"), ""),
    (None, "o3", "ข้อมูลการติดต่อ / ถาม-ตอบ", link("/contact/") + " " + link("/qa/", "Q&A"), ""),
    (None, "o4", "ข่าวประชาสัมพันธ์", link("/news/"), ""),
    ("9.2 การบริหารงานและการใช้จ่ายงบประมาณ", "o5", "แผนพัฒนาท้องถิ่น", link("/plan/"), ""),
    (None, "o6", "แผนดำเนินงานและการใช้งบประมาณประจำปี", link("opplan2569", "แผนการดำเนินงาน 2569") + " "
     + link("budget2569", "เทศบัญญัติ 2569"), ""),
    (None, "o7", "รายงานผลการดำเนินงานประจำปี", link("/report/"), ""),
    (None, "o8", "คู่มือการปฏิบัติงาน", link("manual"), ""),
    (None, "o9", "คู่มือการให้บริการประชาชน", link("/citizen-manual/"), ""),
    (None, "o10", "E-Service", link("/eservice/"), ""),
    ("9.3 การจัดซื้อจัดจ้าง", "o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", link("/procurement/skr/"), ""),
    (None, "o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", link("procrep2567"), ""),
    ("9.4 การบริหารและพัฒนาทรัพยากรบุคคล", "o13", "หลักเกณฑ์และแผนบริหารทรัพยากรบุคคล", link("/hr/"), ""),
    (None, "o14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", link("hrreport"), ""),
    (None, "o15", "ประมวลจริยธรรม", link("/ethics/"), ""),
    ("9.5 การส่งเสริมความโปร่งใส", "o16", "แนวปฏิบัติการจัดการเรื่องร้องเรียน", link("cmanual"), ""),
    (None, "o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", link("/complaint/"), ""),
    (None, "o18", "สถิติเรื่องร้องเรียน", link("/complaint/stats/"), ""),
    (None, "o19", "การเปิดโอกาสให้มีส่วนร่วม", link("/news/view/327/"), ""),
    ("10.1 การป้องกันการทุจริตในประเด็นสินบน", "o20", "No Gift Policy", link("/nogift/"), ""),
    (None, "o21", "การประเมินความเสี่ยงการทุจริต", link("risk2568"), ""),
    (None, "o22", "รายงานผลตามแผนบริหารจัดการความเสี่ยง", link("riskmgmt2568"), ""),
    ("10.2 การส่งเสริมคุณธรรมและความโปร่งใส", "o23", "แผนป้องกันการทุจริต", link("acplan2568"), ""),
    (None, "o24", "รายงานผลการดำเนินการป้องกันการทุจริต", link("acrep2568"), ""),
    (None, "o25", "การนำผลการประเมิน ITA ไปพัฒนา", link("/integrity/"), ""),
    (None, "o26", "รายงานผลตามมาตรการส่งเสริมคุณธรรม", "", "อยู่ระหว่างจัดทำ"),
]

ITA_2568 = [
    ("o6", "แผนดำเนินงานและการใช้งบประมาณประจำปี", link("opplan2568") + " " + link("budget2568", "เทศบัญญัติ 2568")),
    ("o7", "รายงานผลการดำเนินงานประจำปี", link("eval2567")),
    ("o12", "รายการจัดซื้อจัดจ้าง", link("procplan2568", "แผนจัดซื้อจัดจ้าง 2568")),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", link("oldita")),
    ("o14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", link("hrplan")),
    ("o23", "การประเมินความเสี่ยงการทุจริต", link("risk2568")),
    ("o24", "รายงานผลการจัดการความเสี่ยง", link("riskmgmt2567")),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต", link("acplan2568")),
    ("o26", "รายงานผลการดำเนินการป้องกันการทุจริต", link("acrep2567")),
    ("o32", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", link("itaanal", "ผลการวิเคราะห์")),
    ("o33", "การดำเนินการตามมาตรการส่งเสริมคุณธรรม", link("intrep2567")),
]


def ita() -> None:
    rows = []
    for group, code, text, links, note in ITA_2569:
        if group:
            rows.append(f'<tr class="group"><td colspan="4">ตัวชี้วัดย่อยที่ {esc(group)}</td></tr>')
        rows.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{links}</td><td>{esc(note)}</td></tr>")
    write("/ita/2569/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปี พ.ศ. 2569",
          "<p>แบบวัดการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)</p>"
          '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>URL</th><th>หมายเหตุ</th></tr>'
          + "\n".join(rows) + "</table>")
    old = "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{lk}</td></tr>" for c, t, lk in ITA_2568)
    write("/ita/2568/", "ITA ประจำปี พ.ศ. 2568",
          '<p>ข้อมูลตามแบบ OIT ปี 2568 (บางรายการ)</p><table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>URL</th></tr>'
          + old + "</table>")
    write("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
          '<ul><li><a href="/ita/2569/">ITA ประจำปี 2569</a></li><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li></ul>')


ASSETS = {
    "style.css": "body{font-family:Tahoma,sans-serif;font-size:14px;margin:0}.topbar{background:#7a1f1f;color:#fff;padding:8px}"
                 ".menu{list-style:none;margin:0;padding:6px;background:#f3d9a4}.menu li{display:inline;margin-right:10px}"
                 ".wrap{display:flex}.left{width:220px}.main{flex:1;padding:8px}.box{border:1px solid #ccc;margin:4px;padding:4px}"
                 ".footer{background:#7a1f1f;color:#fff;padding:8px;font-size:12px}table.list,table.ita{border-collapse:collapse}"
                 "table.list td,table.list th,table.ita td,table.ita th{border:1px solid #bbb;padding:3px}\n",
}


def tiny_png(path: str, w: int, h: int, color: tuple[int, int, int]) -> None:
    from PIL import Image

    Image.new("RGB", (w, h), color).save(path, format="PNG", optimize=True)


def assets() -> None:
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    for n, text in ASSETS.items():
        with open(os.path.join(HERE, "assets", n), "w", encoding="utf-8") as f:
            f.write(text)
    tiny_png(os.path.join(HERE, "assets", "logo.png"), 48, 48, (122, 31, 31))
    tiny_png(os.path.join(HERE, "assets", "ita-banner.png"), 180, 60, (20, 80, 140))
    tiny_png(os.path.join(HERE, "assets", "org-chart.png"), 300, 150, (230, 230, 230))
    tiny_png(os.path.join(HERE, "assets", "person.png"), 90, 110, (200, 200, 200))


def main() -> None:
    assets()
    home()
    about()
    qa()
    news_pages()
    sections()
    ita()


if __name__ == "__main__":
    main()
