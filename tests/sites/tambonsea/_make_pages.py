"""Generate the HTML pages of the "tambonsea" test site (เทศบาลตำบลหาดทรายแก้ว, invented).

Run:  python tests/sites/tambonsea/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A coastal เทศบาลตำบล on a provider's template: a top bar with the weather flag of the beach, a
menu, a side column (mayor, beach hotline, quick links, visitor counter) and a footer on every
page; pages are folder/index.html.  Half the site is tourism (/tourism/..., festival and beach
news), half official documents: a download section by category (/download/<cat>/), the monthly
procurement summaries on /procurement/, news under /news/ (two pages).  The ITA page /ita/2568/
is a table o1 … o26 in the office's own words whose links go to files, pages or category lists;
last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import GONE, ROWS, path_of  # noqa: E402

ORG = "เทศบาลตำบลหาดทรายแก้ว"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนา / แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
HIDDEN = {"risk-report-66"}  # linked only from last year's ITA page
GONE_SIZE = "386.2 KB"
OLD_DEAD = "/files/29311.pdf"  # last year's o23 (risk assessment 2567): deleted


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


MENU = [("หน้าหลัก", "/"), ("เกี่ยวกับเทศบาล", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ท่องเที่ยวหาดทรายแก้ว", "/tourism/"), ("ข่าวสาร", "/news/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("เอกสารดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">สภาพชายหาดวันนี้: <b>ธงเหลือง</b> ลงเล่นน้ำด้วยความระมัดระวัง · สายด่วนไลฟ์การ์ด 08 9412 7760 ·
<a href="/en/">English</a></div>
<div id="banner"><img src="/assets/logo.png" alt="ตราเทศบาลตำบลหาดทรายแก้ว" width="72" height="72">
<b>{ORG}</b><br><small>Haad Sai Kaew Subdistrict Municipality · ทะเลใส หาดทรายแก้ว ปูม้าสด ชุมชนประมงน่าอยู่</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/mayor.jpg" alt="นายกเทศมนตรี" width="120" height="150"><br>
<b>นายประเสริฐ ทองนาวา</b><br>นายกเทศมนตรีตำบลหาดทรายแก้ว<br>สายตรงนายก 0 7758 2140 ต่อ 101</div>
<div class="box"><b>บริการประชาชน</b><br><a href="/eservice/">ยื่นคำร้องออนไลน์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/download/manual/">คู่มือประชาชน</a><br>
<a href="/ita/2568/">ITA ๒๕๖๘</a><br><a href="/ita/2567/">ITA ๒๕๖๗</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.tourismthailand.org/">การท่องเที่ยวแห่งประเทศไทย</a></div>
<div class="box"><b>เที่ยวหาดทรายแก้ว</b><br><a href="/tourism/beach/">หาดทรายแก้ว</a><br>
<a href="/tourism/festival/">ประเพณีกินปู</a><br><a href="/tourism/homestay/">โฮมสเตย์ชุมชน</a></div>
<div class="box">ผู้เข้าชม ๑๘๓,๒๐๗ ครั้ง</div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">สำนักงาน{ORG} เลขที่ 88 หมู่ที่ 2 ถนนเลียบชายหาด ตำบลหาดทรายแก้ว อำเภอบางสนทะเล จังหวัดชุมพร 86190<br>
โทรศัพท์ 0 7758 2140 โทรสาร 0 7758 2141 อีเมล saraban@haadsaikaew.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
สงวนลิขสิทธิ์ ๒๕๖๕ {ORG} · ออกแบบโดย ทะเลเว็บดีไซน์</div>
</body></html>
"""


PAGES: list[str] = []


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))
    PAGES.append(path)


def size_of(key: str) -> str:
    if key in GONE:
        return GONE_SIZE
    return f"{os.path.getsize(os.path.join(HERE, path_of(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        _no, ext, title, _cat, up = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{path_of(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td><img src="/assets/{ext}.png" alt="{ext}"> {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][3] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][4], reverse=True)


# ---------------------------------------------------------------- news (dates in C.E.)

NEWS = [
    (301, (2025, 4, 3), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2568 ณ กองคลัง เทศบาลตำบลหาดทรายแก้ว"]),
    (298, (2025, 3, 22), "กิจกรรมเก็บขยะชายหาด รักษ์ทะเลหาดทรายแก้ว เนื่องในวันน้ำโลก",
     ["วันที่ 22 มีนาคม 2568 เทศบาลร่วมกับชมรมผู้ประกอบการร้านอาหารริมหาดและนักท่องเที่ยว เก็บขยะชายหาดระยะทาง 3 กิโลเมตร ได้ขยะ 410 กิโลกรัม"]),
    (295, (2025, 2, 27), "เทศกาลว่าวชายหาดหาดทรายแก้ว ปี 2568",
     ["ขอเชิญนักท่องเที่ยวร่วมชมการแข่งขันว่าวไทยและว่าวนานาชาติ วันที่ 8 - 9 มีนาคม 2568 ณ ลานหาดทรายแก้ว"]),
    (291, (2025, 1, 20), "สรุปผลเวทีรับฟังความคิดเห็นประชาชน การจัดระเบียบร่มและเตียงชายหาด",
     ["วันที่ 14 มกราคม 2568 เทศบาลตำบลหาดทรายแก้วจัดเวทีรับฟังความคิดเห็นประชาชน ผู้ประกอบการ และผู้ค้าริมชายหาด "
      "ณ ศาลาริมหาดหาดทรายแก้ว เพื่อให้ประชาชนมีส่วนร่วมกำหนดแนวทางการจัดระเบียบร่มและเตียงชายหาด",
      "มีผู้เข้าร่วม 143 คน ได้แก่ ประธานชุมชน 7 คน ผู้ประกอบการร่มและเตียง 58 คน ผู้ค้า 49 คน และประชาชนทั่วไป 29 คน",
      "ผลการรับฟังความคิดเห็น: ที่ประชุมเห็นชอบให้เว้นระยะชายหาดจากแนวน้ำ 10 เมตร จำกัดร่มรายละ 20 คัน และจับสลากพื้นที่ต่อหน้าผู้ค้า "
      "เทศบาลจะออกประกาศตามมติที่ประชุมภายในเดือนกุมภาพันธ์ 2568"]),
    (287, (2025, 1, 6), "ขอเชิญร่วมเวทีรับฟังความคิดเห็น การจัดระเบียบร่มและเตียงชายหาด",
     ["เทศบาลขอเชิญประชาชนและผู้ประกอบการร่วมเวทีรับฟังความคิดเห็น วันที่ 14 มกราคม 2568 เวลา 09.00 น. ณ ศาลาริมหาด",
      '<a href="{invite}">ดาวน์โหลดหนังสือเชิญ</a>']),
    (283, (2024, 12, 16), "บรรยากาศงานประเพณีกินปูหาดทรายแก้ว ครั้งที่ 9",
     ["ระหว่างวันที่ 13 - 15 ธันวาคม 2567 มีนักท่องเที่ยวร่วมงานกว่า 12,000 คน ชิมปูม้านึ่งจากเรือประมงพื้นบ้าน ชมการแสดงดนตรีริมหาด"]),
    (279, (2024, 12, 2), "ประกาศเตือน คลื่นลมแรง งดลงเล่นน้ำทะเล (ธงแดง)",
     ["ช่วงวันที่ 2 - 6 ธันวาคม 2567 มรสุมตะวันออกเฉียงเหนือกำลังแรง ห้ามลงเล่นน้ำบริเวณหาดทรายแก้วทุกจุด"]),
    (274, (2024, 11, 15), "ลอยกระทงริมหาด รักษ์ทะเล ปี 2567",
     ["ขอความร่วมมือใช้กระทงจากวัสดุธรรมชาติ เทศบาลจัดเจ้าหน้าที่ไลฟ์การ์ดประจำจุดลอยกระทง 4 จุด"]),
    (270, (2024, 10, 29), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568",
     ['เทศบาลตำบลหาดทรายแก้วประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 <a href="{opplan68}">รายละเอียด</a>']),
    (266, (2024, 10, 3), "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2568",
     ["นายกเทศมนตรีประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ขอความร่วมมือผู้มาติดต่อและผู้ประกอบการงดให้ของขวัญ",
      '<a href="{nogift68}">ประกาศ No Gift Policy</a>']),
    # FY2567 and before, on page 2
    (231, (2024, 8, 12), "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 3 ประจำปี 2567",
     ["พิจารณาร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 ในวาระที่ 1"]),
    (218, (2024, 7, 19), "โครงการอบรมคุณธรรมจริยธรรม ขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล ประจำปี 2567",
     ["วันที่ 19 กรกฎาคม 2567 เทศบาลตำบลหาดทรายแก้ว จัดอบรมคุณธรรมจริยธรรมเพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล "
      "และการป้องกันผลประโยชน์ทับซ้อน ผู้บริหาร สมาชิกสภา พนักงานและพนักงานจ้าง เข้าร่วม 58 คน"]),
    (205, (2024, 4, 13), "สงกรานต์ริมหาด หาดทรายแก้ว 2567",
     ["ก่อเจดีย์ทราย สรงน้ำพระ และรดน้ำขอพรผู้สูงอายุ ณ ลานหาดทรายแก้ว"]),
    (197, (2024, 2, 10), "สรุปผลเวทีประชาคมชุมชน ประจำปี 2567",
     ["ระหว่างวันที่ 1 - 8 กุมภาพันธ์ 2567 จัดเวทีประชาคมครบ 7 ชุมชน ผู้เข้าร่วม 402 คน"]),
    (188, (2023, 12, 18), "งานประเพณีกินปูหาดทรายแก้ว ครั้งที่ 8",
     ["นักท่องเที่ยวร่วมงานกว่า 10,000 คน"]),
    (176, (2023, 10, 5), "อบรมเจ้าหน้าที่ไลฟ์การ์ด การช่วยชีวิตทางน้ำ",
     ["เจ้าหน้าที่ไลฟ์การ์ดและ อปพร. 14 คน ฝึกการช่วยชีวิตทางน้ำและการปฐมพยาบาล"]),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"invite": path_of("invite-forum"), "nogift68": path_of("nogift-68"), "opplan68": path_of("opplan-68")}
    for nid, ymd, title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(*ymd))} · งานประชาสัมพันธ์</p>{body}'
              '<p><a href="/news/">« ข่าวทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>'
                          for n in chunk)
        pager = ('<p>หน้า <b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">ถัดไป »</a></p>' if p == 1
                 else '<p>หน้า <a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวสารและกิจกรรม", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

def link(href: str, text: str) -> str:
    href = href if href.startswith("/") else path_of(href)
    return f'<a href="{href}">{esc(text)}</a>'


ITA_2568 = [
    ("ข้อมูลพื้นฐาน", None, None),
    ("o1", "โครงสร้างองค์กร / อำนาจหน้าที่", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "คณะผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อเทศบาล", [("ติดต่อเรา", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวสาร", "/news/")]),
    ("การบริหารงานและงบประมาณ", None, None),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนดำเนินงาน เทศบัญญัติ และรายงานรอบ 6 เดือน",
     [("แผนดำเนินงาน 68", "opplan-68"), ("เทศบัญญัติ 68", "budget-68"), ("รายงานรอบ 6 เดือน", "sixm-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานติดตามประเมินผลแผน", "eval-66")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือไลฟ์การ์ด", "manual-lifeguard")]),
    ("o9", "คู่มือประชาชน", [("คู่มือประชาชน", "/download/manual/")]),
    ("o10", "E-Service", [("ยื่นคำร้องออนไลน์", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติ 2568", "service-68")]),
    ("การจัดซื้อจัดจ้าง", None, None),
    ("o12", "สขร.1 รายเดือน", [("สรุปจัดซื้อจัดจ้าง", "/procurement/")]),
    ("o13", "รายงานจัดซื้อจัดจ้างประจำปี", [("รายงานปี 2567", "proc-year-67")]),
    ("บุคลากร", None, None),
    ("o14", "นโยบาย/แผนบริหารทรัพยากรบุคคล", [("งานบุคคล", "/download/hr/")]),
    ("o15", "รายงานผลบริหารทรัพยากรบุคคล", [("รายงานปี 2567", "hr-report-67")]),
    ("o16", "ประมวลจริยธรรม / การขับเคลื่อน", [("ประมวลจริยธรรม", "ethics"), ("อบรมคุณธรรมจริยธรรม", "/news/218/")]),
    ("ความโปร่งใส", None, None),
    ("o17", "คู่มือร้องเรียนทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o18", "ช่องทางร้องเรียนทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียน", [("สถิติ", "complaint-68")]),
    ("o20", "การมีส่วนร่วมของประชาชน", [("เวทีรับฟังความคิดเห็นชายหาด", "/news/291/")]),
    ("ป้องกันการทุจริต", None, None),
    ("o21", "No Gift Policy", [("ประกาศ", "nogift-68")]),
    ("o22", "รายงานการรับของขวัญ", [("รายงาน", "gift-report")]),
    ("o23", "ประเมินความเสี่ยงสินบน", [("ประเมินความเสี่ยง 2568", "risk-68")]),
    ("o24", "รายงานผลจัดการความเสี่ยงทุจริต", []),
    ("o25", "แผนป้องกันการทุจริต", [("แผน 4 ปี", "anti-plan-65-68")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานปี 2567", "anti-report-67")]),
]
ITA_2567 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนดำเนินงาน / รายงานรอบ 6 เดือน", [("แผนดำเนินงาน 67", "opplan-67"), ("รายงานรอบ 6 เดือน", "sixm-67")]),
    ("o21", "No Gift Policy", [("ประกาศ", "nogift-67")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต 2567", [("ประเมินความเสี่ยง", OLD_DEAD)]),
    ("o24", "รายงานผลจัดการความเสี่ยงทุจริต", [("รายงาน", "risk-report-66")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผน 4 ปี", "anti-plan-65-68")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>']
    for code, heading, links in rows:
        if heading is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(code)}</td></tr>')
            continue
        cell = " | ".join(link(h, t) for t, h in links) or "อยู่ระหว่างดำเนินการ"
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- the rest

def static_pages() -> None:
    write("/", "หน้าหลัก",
          '<div class="slide"><img src="/assets/beach.jpg" alt="หาดทรายแก้วยามเช้า" width="640" height="260"></div>'
          "<h2>ข่าวล่าสุด</h2><ul>" + "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a></li>' for n in NEWS[:6])
          + "</ul><h2>เที่ยวหาดทรายแก้ว</h2><p><a href=\"/tourism/\">แหล่งท่องเที่ยว ร้านอาหารทะเล โฮมสเตย์ และเทศกาล</a></p>"
          '<h2>เอกสารล่าสุด</h2>' + table(listed()[:6]))
    write("/about/history/", "ประวัติเทศบาล",
          "<p>ตำบลหาดทรายแก้วเดิมเป็นหมู่บ้านประมงริมอ่าวไทย ยกฐานะจากองค์การบริหารส่วนตำบลเป็นเทศบาลตำบลเมื่อปี พ.ศ. 2551 "
          "พื้นที่ 21.4 ตารางกิโลเมตร 7 ชุมชน ประชากร 8,934 คน</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ หาดทรายแก้วน่าอยู่ ท่องเที่ยวยั่งยืน ชุมชนประมงเข้มแข็ง</p>")
    write("/about/structure/", "โครงสร้างองค์กร",
          '<img src="/assets/chart.png" alt="แผนผังโครงสร้าง" width="300" height="200">'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี 2 คน</li><li>เลขานุการนายกเทศมนตรี</li>"
          "<li>ที่ปรึกษานายกเทศมนตรี</li></ul></li><li>สภาเทศบาล: ประธานสภา รองประธานสภา สมาชิกสภาเทศบาล 12 คน</li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล / รองปลัดเทศบาล</li><li>สำนักปลัดเทศบาล (งานป้องกันและบรรเทาสาธารณภัย งานส่งเสริมการท่องเที่ยว)</li>"
          "<li>กองคลัง</li><li>กองช่าง</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองการศึกษา</li><li>หน่วยตรวจสอบภายใน</li></ul>")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>เทศบาลตำบลมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 และมาตรา 51 และพระราชบัญญัติกำหนดแผนและขั้นตอน"
          "การกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
          "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li>"
          "<li>รักษาความสะอาดของถนน ทางเดิน ที่สาธารณะ และชายหาด รวมทั้งกำจัดขยะมูลฝอย</li>"
          "<li>ป้องกันและบรรเทาสาธารณภัย รวมถึงความปลอดภัยทางน้ำ</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li>"
          "<li>ส่งเสริมการท่องเที่ยวและบำรุงรักษาศิลปะ จารีตประเพณี</li><li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อมชายฝั่ง</li></ol>")
    execs = [("นายประเสริฐ ทองนาวา", "นายกเทศมนตรี", "08 1956 3302"), ("นายสมบัติ แสงอรุณ", "รองนายกเทศมนตรี", "08 6274 1185"),
             ("นางจันทร์เพ็ญ ปูทอง", "รองนายกเทศมนตรี", "08 9033 6410"), ("นายวีระ ฝั่งทะเล", "เลขานุการนายกเทศมนตรี", "08 4417 2298"),
             ("นางวาสนา ศรีสมุทร", "ปลัดเทศบาล", "0 7758 2140 ต่อ 102")]
    write("/about/executives/", "คณะผู้บริหาร", "".join(
        f'<div class="person"><img src="/assets/p{i}.jpg" alt="{esc(n)}" width="110" height="140"><br><b>{esc(n)}</b><br>'
        f"{esc(p)}<br>โทร. {t}</div>" for i, (n, p, t) in enumerate(execs, 1)))
    write("/about/council/", "สมาชิกสภาเทศบาล",
          "<p>ประธานสภาเทศบาล นายเกรียงไกร ชายเล · รองประธานสภา นางสาวอรวรรณ หอยมุก · สมาชิกสภาเทศบาล เขต 1 และเขต 2 รวม 12 คน</p>")
    write("/contact/", "ติดต่อเทศบาล",
          "<p>สำนักงานเทศบาลตำบลหาดทรายแก้ว เลขที่ 88 หมู่ที่ 2 ถนนเลียบชายหาด ตำบลหาดทรายแก้ว อำเภอบางสนทะเล จังหวัดชุมพร 86190</p>"
          "<p>โทรศัพท์ 0 7758 2140 โทรสาร 0 7758 2141 อีเมล saraban@haadsaikaew.go.th</p>"
          '<p>Facebook: <a href="https://www.facebook.com/haadsaikaew.muni">เทศบาลตำบลหาดทรายแก้ว</a> · '
          '<a href="https://maps.google.com/?q=10.5127,99.2831">แผนที่ Google Maps</a></p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. · จุดบริการนักท่องเที่ยวริมหาด เปิดทุกวัน 09.00 - 17.00 น.</p>")
    tours = [("/tourism/beach/", "หาดทรายแก้ว", "หาดทรายขาวละเอียดยาว 4 กิโลเมตร น้ำทะเลใส เหมาะกับการเล่นน้ำช่วงมีนาคม - ตุลาคม"),
             ("/tourism/laemhin/", "แหลมหินเพิง", "จุดชมพระอาทิตย์ขึ้น มีเส้นทางเดินศึกษาธรรมชาติป่าชายหาด"),
             ("/tourism/seafood/", "ตลาดอาหารทะเลสดท่าเรือบ้านอ่าวหิน", "ซื้อปูม้า กุ้ง หมึก จากเรือประมงพื้นบ้าน ทุกเช้า 06.00 - 10.00 น."),
             ("/tourism/homestay/", "โฮมสเตย์ชุมชนบ้านอ่าวหิน", "โฮมสเตย์ 11 หลังที่ได้รับอนุญาต กิจกรรมออกเรือหาหมึกกับชาวประมง"),
             ("/tourism/festival/", "ประเพณีกินปูหาดทรายแก้ว", "จัดทุกเดือนธันวาคม ครั้งที่ 9 เมื่อ 13 - 15 ธันวาคม 2567")]
    for url, title, text in tours:
        write(url, title, f'<img src="/assets/{url.strip("/").split("/")[-1]}.jpg" alt="{esc(title)}" width="480" height="300"><p>{esc(text)}</p>'
              '<p><a href="/tourism/">« แหล่งท่องเที่ยวทั้งหมด</a></p>')
    write("/tourism/", "ท่องเที่ยวหาดทรายแก้ว",
          "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, t, _ in tours) + "</ul>"
          '<p>สถิตินักท่องเที่ยว: <a href="' + path_of("tourist-stats") + '">ดาวน์โหลด</a></p>')
    write("/en/", "Welcome to Haad Sai Kaew",
          "<p>Haad Sai Kaew Subdistrict Municipality, Chumphon. Clear water, fresh blue crab and a friendly fishing community.</p>")
    write("/gallery/", "ภาพกิจกรรม",
          '<ul><li><a href="/news/283/">งานประเพณีกินปู ครั้งที่ 9</a></li><li><a href="/news/298/">เก็บขยะชายหาด</a></li></ul>')
    write("/eservice/", "E-Service ยื่นคำร้องออนไลน์",
          "<p>ประชาชนสามารถยื่นคำร้องผ่านระบบออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 2 วันทำการ</p>"
          '<form action="https://forms.gle/hsk-eservice" method="post"><label>ชื่อ-สกุล <input name="name"></label><br>'
          '<label>เบอร์โทร <input name="tel"></label><br><label>เรื่องที่ขอรับบริการ <select name="type">'
          "<option>ขออนุญาตจำหน่ายสินค้าในที่สาธารณะ</option><option>ขอรับถังขยะ</option><option>ขอใช้สถานที่ลานหาด</option>"
          '<option>แจ้งซ่อมไฟฟ้าส่องสว่าง</option></select></label><br><label>รายละเอียด <textarea name="detail"></textarea></label><br>'
          '<label>แนบไฟล์ <input type="file" name="file"></label><br><button type="submit">ส่งคำร้อง</button></form>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          "<p>ร้องเรียนทั่วไป (ขยะ ไฟฟ้า เสียงดังริมหาด) โทร. 0 7758 2140 หรือ Line @haadsaikaew</p>")
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ท่านสามารถแจ้งเบาะแสการทุจริตของเจ้าหน้าที่ได้โดยไม่ต้องระบุชื่อ ข้อมูลของท่านจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/" method="post"><label>ชื่อผู้ร้อง (ไม่บังคับ) <input name="name"></label><br>'
          '<label>ผู้ถูกร้อง / หน่วยงาน <input name="who"></label><br><label>รายละเอียด <textarea name="detail"></textarea></label><br>'
          '<label>หลักฐาน <input type="file" name="file"></label><br><button type="submit">ส่งเรื่อง</button></form>'
          "<p>หรือโทร. 0 7758 2140 ต่อ 102 (ปลัดเทศบาล)</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>เทศบาลเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li><li><a href="/ita/2567/">ITA ประจำปี 2567</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567", ita_table(ITA_2567))
    write("/download/", "เอกสารดาวน์โหลด",
          "<p>หมวดหมู่: " + " · ".join(f'<a href="/download/{c}/">{esc(t)}</a>' for c, t in CATS.items()) + "</p>"
          + table(listed()))
    for cat, title in CATS.items():
        write(f"/download/{cat}/", title, table(listed(cat)))
    write("/procurement/", "ประกาศจัดซื้อจัดจ้าง / สรุปผลรายเดือน (สขร.1)", table(listed("procure")))
    write("/sitemap/", "แผนผังเว็บไซต์",
          "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")


def main() -> None:
    news_pages()
    static_pages()
    assets = os.path.join(HERE, "assets")
    os.makedirs(assets, exist_ok=True)
    with open(os.path.join(assets, "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0;background:#eef7fb}#top{background:#0b5d7a;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:220px}#main{flex:1;padding:8px}"
                 ".box{background:#fff;margin:6px;padding:6px}table{border-collapse:collapse}td,th{border:1px solid #9bc}"
                 "#footer{background:#083d52;color:#dde;padding:8px}\n")
    # tiny stand-ins for the images every page refers to (1x1 GIF bytes)
    gif = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
           b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
    names = {"logo.png", "mayor.jpg", "beach.jpg", "chart.png", "pdf.png", "docx.png", "doc.png", "xls.png", "xlsx.png",
             "laemhin.jpg", "seafood.jpg", "homestay.jpg", "festival.jpg"} | {f"p{i}.jpg" for i in range(1, 6)}
    for n in names:
        with open(os.path.join(assets, n), "wb") as fh:
            fh.write(gif)


if __name__ == "__main__":
    main()
