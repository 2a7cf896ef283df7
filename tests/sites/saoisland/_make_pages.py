"""Generate the HTML pages of the "saoisland" test site (องค์การบริหารส่วนตำบลเกาะนางรำ, invented).

Run:  python tests/sites/saoisland/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

An island อบต. on a provider's template: a top bar, a menu, a right-hand column (the chief executive,
ferry timetable, quick links, last year's ITA page, visitor counter) and a footer on every page;
pages are folder/index.html.  Documents are listed by category (/download/<cat>/), the monthly
procurement summaries on /procurement/, news under /news/ (two pages).  The ITA page /ita/2568/ is
a table of o1 … o26 in the office's own short wording whose links go to files, pages or category
lists; last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "องค์การบริหารส่วนตำบลเกาะนางรำ"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนา / แผนการดำเนินงาน", "budget": "ข้อบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "ข้อมูลสถิติ", "procure": "ประกาศจัดซื้อจัดจ้าง", "hr": "งานบุคคล",
        "integrity": "คุณธรรม จริยธรรม และป้องกันการทุจริต", "general": "เอกสารทั่วไป"}
HIDDEN = {"risk-67", "old-will-66"}  # linked only from last year's ITA page
MISSING_SIZE = {"gift-report-67": "286.4 KB", "old-will-66": "1.2 MB"}
TH_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(TH_DIGITS)


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าแรก", "/"), ("ประวัติความเป็นมา", "/about/history/"), ("วิสัยทัศน์", "/about/vision/"),
        ("โครงสร้างส่วนราชการ", "/about/structure/"), ("ผู้บริหาร", "/about/executives/"),
        ("สภา อบต.", "/about/council/"), ("ข่าวสาร", "/news/"), ("ซื้อ/จ้าง", "/procurement/"),
        ("เอกสารดาวน์โหลด", "/download/"), ("บริการออนไลน์", "/eservice/"), ("ร้องทุกข์", "/complaint/"),
        ("OIT/ITA", "/ita/"), ("เที่ยวเกาะนางรำ", "/tourism/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">อบต.เกาะนางรำ อ.ละงู จ.สตูล · โทร ๐ ๗๔๗๑ ๒๒๔๕ · วันจันทร์ - ศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น.</div>
<div id="banner"><img src="/assets/logo.png" alt="ตรา อบต.เกาะนางรำ" width="64" height="64">
<b>{ORG}</b><br><small>Ko Nang Ram Subdistrict Administrative Organization · เกาะแห่งความสงบ ทะเลใส ประมงยั่งยืน</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="main">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="side">
<div class="box"><img src="/assets/person.png" alt="นายก" width="80"><br><b>นายอารีย์ หลีหมาด</b><br>นายก อบต.เกาะนางรำ<br>สายตรงนายก ๐๘ ๙๖๕๔ ๓๒๑๐</div>
<div class="box"><b>ตารางเรือ</b><br>ปากบารา - เกาะนางรำ ๐๘.๐๐ / ๑๔.๓๐ น.<br><a href="/ferry/">ตารางเดินเรือทั้งหมด</a></div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/download/manual/">คู่มือประชาชน</a><br>
<a href="/eservice/">E-Service</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/ita/2568/">OIT ๒๕๖๘</a><br><a href="/ita/2567/">OIT ๒๕๖๗</a><br>
<a href="https://www.gprocurement.go.th/">e-GP กรมบัญชีกลาง</a><br><a href="https://www.dla.go.th/">สถ.</a><br>
<a href="https://www.satun.go.th/">จังหวัดสตูล</a></div>
<div class="box">ผู้เข้าชมวันนี้ ๔๗ · ทั้งหมด ๕๓,๒๑๘</div>
</div></div>
<div id="footer">{ORG} หมู่ที่ 2 ตำบลเกาะนางรำ อำเภอละงู จังหวัดสตูล 91110<br>
โทรศัพท์/โทรสาร 0 7471 2245 อีเมล saraban@konangram.go.th ·
<a href="/privacy/">นโยบายความเป็นส่วนตัว</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© ๒๕๖๕ {ORG} · ออกแบบโดย อันดามันเว็บดีไซน์</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return MISSING_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td>{esc(title)}</td><td>{be(up)}</td>'
                    f'<td><a href="{f(k)}"><img src="/assets/{ext}.gif" alt="{ext}"> ดาวน์โหลด</a> ({size_of(k)})</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (512, (2025, 4, 9), "ประชาสัมพันธ์ตารางเดินเรือเพิ่มเที่ยวช่วงเทศกาลสงกรานต์ 2568",
     ["ระหว่างวันที่ 11 - 16 เมษายน 2568 เพิ่มเที่ยวเรือโดยสารปากบารา - เกาะนางรำ เวลา 11.00 น. และ 17.00 น."]),
    (508, (2025, 3, 27), "แจกจ่ายน้ำอุปโภคบริโภคช่วงภัยแล้ง ประจำปี 2568",
     ["อบต.เกาะนางรำ ใช้เรือบรรทุกน้ำจืดขนส่งน้ำจากฝั่งละงูแจกจ่ายให้ครัวเรือนหมู่ที่ 3 - 5 รวม 412 ครัวเรือน ปริมาณ 180,000 ลิตร"]),
    (503, (2025, 3, 5), "โครงการเยาวชนเกาะนางรำโปร่งใส ต้านทุจริต",
     ["นักเรียนโรงเรียนบ้านอ่าวนาง 42 คน ร่วมกิจกรรมเรียนรู้ความซื่อสัตย์และการต่อต้านการทุจริต"]),
    (499, (2025, 2, 20), "สรุปผลเวทีประชาคมหมู่บ้าน เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2568",
     ["ระหว่างวันที่ 10 - 14 กุมภาพันธ์ 2568 อบต.เกาะนางรำ จัดเวทีประชาคมหมู่บ้านครบทั้ง 5 หมู่บ้าน เปิดโอกาสให้ประชาชน "
      "ผู้นำศาสนา กลุ่มประมงพื้นบ้าน และผู้ประกอบการโฮมสเตย์ร่วมเสนอปัญหาและความต้องการ",
      "มีผู้เข้าร่วมรวม 287 คน เสนอโครงการ 23 โครงการ ส่วนใหญ่เป็นระบบประปาและแหล่งน้ำจืด ท่าเทียบเรือประมง และการจัดการขยะชายหาด",
      "ที่ประชุมมีมติให้บรรจุโครงการขยายเขตประปาหมู่ที่ 3 และโครงการเรือเก็บขยะ ในแผนพัฒนาท้องถิ่นเพิ่มเติม และจะแจ้งผลการพิจารณาให้ประชาชนทราบทางหอกระจายข่าว"]),
    (495, (2025, 2, 4), "ขอเชิญร่วมเวทีประชาคมหมู่บ้าน ประจำปี 2568",
     ["ขอเชิญพี่น้องชาวเกาะนางรำร่วมเวทีประชาคมหมู่บ้าน ระหว่างวันที่ 10 - 14 กุมภาพันธ์ 2568",
      '<a href="{invite}">หนังสือเชิญและกำหนดการ</a>']),
    (491, (2025, 2, 14), "โครงการอบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2568",
     ["วันที่ 14 กุมภาพันธ์ 2568 อบต.เกาะนางรำ จัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานส่วนท้องถิ่น ให้ผู้บริหาร สมาชิกสภา "
      "และพนักงานนำไปใช้ในการปฏิบัติงาน วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดสตูล",
      "ผู้เข้าร่วม ผู้บริหาร 3 คน สมาชิกสภา 10 คน พนักงานและพนักงานจ้าง 29 คน รวม 42 คน"]),
    (486, (2025, 1, 11), "งานวันเด็กแห่งชาติ ประจำปี 2568",
     ["จัดกิจกรรมวันเด็ก ณ ลานหน้าที่ทำการ อบต. มีเด็กและเยาวชนร่วมงานกว่า 300 คน"]),
    (481, (2024, 12, 18), "กิจกรรมเก็บขยะชายหาดอ่าวนาง ต้อนรับฤดูท่องเที่ยว",
     ["ผู้บริหาร พนักงาน อสม. และผู้ประกอบการรีสอร์ต ร่วมเก็บขยะทะเลได้ 1.2 ตัน ขนข้ามฝั่งไปกำจัดที่ศูนย์กำจัดขยะอำเภอละงู"]),
    (476, (2024, 11, 28), "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง ตำแหน่งพนักงานขับเรือ",
     ["รับสมัครระหว่างวันที่ 2 - 10 ธันวาคม 2567 ณ สำนักปลัด"]),
    (470, (2024, 10, 8), "ผู้บริหารประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2568",
     ["วันที่ 7 ตุลาคม 2567 นายก อบต.เกาะนางรำ ประกาศเจตจำนงสุจริตต่อหน้าพนักงานและผู้นำชุมชน"]),
    # FY2567, on page 2
    (455, (2024, 9, 10), "ประชุมสภา อบต. สมัยสามัญ สมัยที่ 3 ประจำปี 2567",
     ["พิจารณาร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 วาระที่ 2 และวาระที่ 3"]),
    (447, (2024, 6, 5), "ปิดท่าเทียบเรือชั่วคราวช่วงมรสุม",
     ["กรมอุตุนิยมวิทยาประกาศคลื่นลมแรง งดเดินเรือระหว่างวันที่ 5 - 8 มิถุนายน 2567"]),
    (440, (2024, 2, 16), "สรุปผลเวทีประชาคมหมู่บ้าน ประจำปี 2567",
     ["ระหว่างวันที่ 5 - 9 กุมภาพันธ์ 2567 จัดเวทีประชาคมครบ 5 หมู่บ้าน ผู้เข้าร่วม 251 คน"]),
    (433, (2023, 12, 1), "ปล่อยพันธุ์ปูม้าคืนสู่ทะเล",
     ["ร่วมกับกลุ่มประมงพื้นบ้านปล่อยพันธุ์ปูม้า 50,000 ตัว บริเวณแนวหญ้าทะเลหมู่ที่ 4"]),
]
NEWS.sort(key=lambda n: n[1], reverse=True)
PER_PAGE = 10


def news_pages() -> None:
    links = {"invite": f("invite-forum")}
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(y, m, day))} โดย admin</p>{body}'
              '<p><a href="/news/">« ย้อนกลับ</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>{be(date(*n[1]))}</span></li>' for n in chunk)
        pager = '<p>หน้า <b>1</b> <a href="/news/page/2/">2</a></p>' if p == 1 else '<p>หน้า <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวสารประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

def a(href: str, text: str) -> str:
    if not href.startswith("/"):
        href = f(href)
    return f'<a href="{href}">{esc(text)}</a>'


ITA_2568 = [  # (ข้อ, heading, [(link text, href or row key)]) ; a None list: a group heading
    ("ข้อมูลพื้นฐาน", None, None),
    ("o1", "โครงสร้าง/อำนาจหน้าที่", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อ อบต.", [("ติดต่อ", "/contact/")]),
    ("o4", "ข่าวสาร", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("การบริหารงานและงบประมาณ", None, None),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนดำเนินงาน / ข้อบัญญัติ / รายงาน 6 เดือน", [("แผนการดำเนินงาน 2568", "opplan-68"),
                                                        ("ข้อบัญญัติ 2568", "budget-68"), ("รายงาน 6 เดือน", "six-month")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("ดูรายงาน", "/download/report/")]),
    ("o8", "คู่มือปฏิบัติงาน", [("คู่มือปฏิบัติงาน", "manual-sop")]),
    ("o9", "คู่มือบริการประชาชน", [("คู่มือประชาชน", "/download/manual/")]),
    ("o10", "E-Service", [("บริการออนไลน์", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติ", "service-67")]),
    ("การจัดซื้อจัดจ้าง", None, None),
    ("o12", "สขร.1 รายเดือน", [("สรุปผลการจัดซื้อจัดจ้าง", "/procurement/")]),
    ("o13", "รายงานผลจัดซื้อจัดจ้างประจำปี", [("รายงานผล ปี 2567", "proc-year-67")]),
    ("บริหารทรัพยากรบุคคล", None, None),
    ("o14", "แผนพัฒนาบุคลากร", [("แผนพัฒนาบุคลากร", "hr-plan")]),
    ("o15", "รายงานผลพัฒนาบุคลากร", [("รายงานผล", "hr-report-67")]),
    ("o16", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมขับเคลื่อนจริยธรรม", "/news/491/")]),
    ("ส่งเสริมความโปร่งใส", None, None),
    ("o17", "คู่มือจัดการเรื่องร้องเรียน", [("คู่มือ", "complaint-manual")]),
    ("o18", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียน", [("สถิติ", "/complaint/stats/")]),
    ("o20", "การมีส่วนร่วม", [("เวทีประชาคม 2568", "/news/499/")]),
    ("ป้องกันการทุจริต", None, None),
    ("o21", "No Gift Policy", [("ประกาศนโยบาย", "no-gift")]),
    ("o22", "รายงานการรับของขวัญ", [("รายงาน", "gift-report-67")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [("ดูข้อมูลใน OIT ปี 2567", "/ita/2567/")]),
    ("o24", "จัดการความเสี่ยงการทุจริต", [("รายงานผล", "risk-report-67")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการ 2568", "anti-plan-68")]),
    ("o26", "รายงานผลป้องกันการทุจริต", []),
]

ITA_2567 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "รายงานกำกับติดตาม รอบ 6 เดือน", [("รายงาน", "six-month")]),
    ("o10", "สขร.1 (ล่าสุด)", [("ก.ย. 2567", "proc-2024-09")]),
    ("o22", "ประเมินความเสี่ยงการทุจริต ปี 2567", [("ผลการประเมิน", "risk-67")]),
    ("o35", "ประกาศเจตจำนงสุจริต", [("ประกาศ", "old-will-66")]),
    ("o37", "No Gift Policy", [("ประกาศ", "no-gift")]),
    ("o39", "แผนป้องกันการทุจริต ปี 2567", [("แผน", "anti-plan-67")]),
]


def ita_table(rows, done: str) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for code, heading, links in rows:
        if links is None and heading is None:
            out.append(f'<tr><th colspan="3">{esc(code)}</th></tr>')
            continue
        cell = " | ".join(a(h, t) for t, h in links) if links else done
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


def ita_pages() -> None:
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2568/">OIT ประจำปี ๒๕๖๘</a></li><li><a href="/ita/2567/">OIT ประจำปี ๒๕๖๗</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘",
          "<p>ตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ของสำนักงาน ป.ป.ช. ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p>"
          + ita_table(ITA_2568, "อยู่ระหว่างจัดทำ"))
    write("/ita/2567/", "OIT ประจำปี ๒๕๖๗",
          "<p>ข้อมูลตามแบบ OIT ปี ๒๕๖๗ (บางข้อ)</p>" + ita_table(ITA_2567, "-"))


# ---------------------------------------------------------------- other pages

def pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a></li>' for n in NEWS[:5])
    write("/", "หน้าแรก",
          f'<div class="hero">ยินดีต้อนรับสู่เกาะนางรำ</div><h2>ข่าวล่าสุด</h2><ul>{latest}</ul>'
          '<p><a href="/news/">ข่าวทั้งหมด</a></p><h2>เมนูแนะนำ</h2><p><a href="/ita/2568/">'
          '<img src="/assets/ita.png" alt="ITA 2568"> การเปิดเผยข้อมูลสาธารณะ OIT 2568</a></p>'
          '<p><a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a> · <a href="/download/">เอกสารดาวน์โหลด</a></p>')
    write("/about/history/", "ประวัติความเป็นมา",
          "<p>ตำบลเกาะนางรำเป็นเกาะในทะเลอันดามัน ชาวบ้านส่วนใหญ่เป็นชาวมุสลิมเชื้อสายมลายูที่อพยพมาตั้งถิ่นฐานทำประมงกว่า 100 ปี "
          "ได้รับการยกฐานะเป็นองค์การบริหารส่วนตำบลเมื่อปี พ.ศ. 2540 มี 5 หมู่บ้าน ประชากร 2,318 คน 684 ครัวเรือน</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์: เกาะนางรำน่าอยู่ ทะเลสมบูรณ์ ท่องเที่ยวยั่งยืน ประชาชนมีส่วนร่วม</p>"
          "<p>พันธกิจ: 1 พัฒนาท่าเทียบเรือและถนน 2 จัดหาน้ำจืดให้เพียงพอ 3 ส่งเสริมการท่องเที่ยวชุมชน 4 บริหารงานโปร่งใส</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<p><img src="/assets/chart.png" alt="แผนผังโครงสร้าง อบต.เกาะนางรำ" width="600"></p>'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายก อบต.<ul><li>รองนายก อบต. (2 คน)</li><li>เลขานุการนายก อบต.</li></ul></li>"
          "<li>สภา อบต.เกาะนางรำ: ประธานสภา รองประธานสภา เลขานุการสภา สมาชิกสภา 10 คน</li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัด อบต.<ul><li>รองปลัด อบต.</li><li>สำนักปลัด (งานบริหารทั่วไป งานป้องกันและบรรเทาสาธารณภัย)</li>"
          "<li>กองคลัง</li><li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a> · <a href="/about/staff/">บุคลากร</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>สรุปอำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 67 68 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16</p>"
          "<ol><li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก รวมทั้งท่าเทียบเรือ</li><li>จัดให้มีน้ำเพื่อการอุปโภค บริโภค</li>"
          "<li>รักษาความสะอาดของถนน ทางน้ำ ชายหาด และกำจัดขยะมูลฝอย</li><li>ป้องกันและบรรเทาสาธารณภัย รวมทั้งภัยทางทะเล</li>"
          "<li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li><li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม (ป่าชายเลน แนวปะการัง)</li>"
          "<li>ส่งเสริมการท่องเที่ยวและอาชีพของราษฎร</li></ol>")
    execs = [("นายอารีย์ หลีหมาด", "นายกองค์การบริหารส่วนตำบล", "08 9654 3210"),
             ("นายยูโซ๊ะ สาและ", "รองนายกองค์การบริหารส่วนตำบล", "08 1278 4456"),
             ("นางรอฮานี หมัดหมาน", "รองนายกองค์การบริหารส่วนตำบล", "09 3317 2284"),
             ("นายมะหมูด ตาเดอิน", "เลขานุการนายกองค์การบริหารส่วนตำบล", "06 2219 8870"),
             ("นางสาวซารีนา ตำมะลัง", "ปลัดองค์การบริหารส่วนตำบล", "0 7471 2245 ต่อ 12")]
    write("/about/executives/", "คณะผู้บริหาร", "".join(
        f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="120"><br><b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>'
        for n, p, t in execs))
    write("/about/council/", "สภาองค์การบริหารส่วนตำบล",
          "<p>ประธานสภา นายหมาดเหล็ม บินสะอาด · รองประธานสภา นายสุรินทร์ ละใบแด · เลขานุการสภา นางสาวซารีนา ตำมะลัง</p>"
          "<p>สมาชิกสภา หมู่ที่ 1 - 5 หมู่ละ 2 คน</p>")
    write("/about/staff/", "บุคลากร", "<p>สำนักปลัด 12 คน · กองคลัง 6 คน · กองช่าง 5 คน · กองการศึกษา 8 คน · ตรวจสอบภายใน 1 คน</p>")
    write("/contact/", "ติดต่อ อบต.เกาะนางรำ",
          "<p>ที่อยู่: ที่ทำการองค์การบริหารส่วนตำบลเกาะนางรำ หมู่ที่ 2 ตำบลเกาะนางรำ อำเภอละงู จังหวัดสตูล 91110</p>"
          "<p>โทรศัพท์/โทรสาร 0 7471 2245 · อีเมล <a href=\"mailto:saraban@konangram.go.th\">saraban@konangram.go.th</a></p>"
          '<p>Facebook: <a href="https://www.facebook.com/konangram.sao">อบต.เกาะนางรำ</a> · LINE @konangram</p>'
          '<p>การเดินทาง: ลงเรือที่ท่าเทียบเรือปากบารา ประมาณ 40 นาที <a href="https://maps.google.com/?q=6.8421,99.6137">แผนที่ Google Maps</a></p>')
    write("/ferry/", "ตารางเดินเรือ",
          "<table><tr><th>เส้นทาง</th><th>เวลา</th></tr><tr><td>ปากบารา - เกาะนางรำ</td><td>08.00 / 14.30</td></tr>"
          "<tr><td>เกาะนางรำ - ปากบารา</td><td>07.00 / 16.00</td></tr></table><p>งดเดินเรือเมื่อมีประกาศคลื่นลมแรง</p>")
    write("/tourism/", "เที่ยวเกาะนางรำ",
          "<p>หาดอ่าวนาง แหลมหิน ดำน้ำดูปะการัง หมู่บ้านประมงบ้านแหลมหิน โฮมสเตย์ 14 หลัง</p>")
    write("/eservice/", "บริการออนไลน์ (E-Service)",
          "<p>ประชาชนยื่นคำร้องผ่านเว็บไซต์ได้ตลอด 24 ชั่วโมง ไม่ต้องนั่งเรือมาที่ทำการ เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>"
          '<form method="post" action="https://docs.google.com/forms/d/e/1FAIpQLSfKnr-eservice/formResponse">'
          '<p>ประเภทคำร้อง <select name="entry.1"><option>ขอรับน้ำอุปโภคบริโภค</option><option>ขออนุญาตก่อสร้างอาคาร</option>'
          "<option>ขอซ่อมไฟฟ้าส่องสว่าง</option><option>คำร้องทั่วไป</option></select></p>"
          '<p>ชื่อ-สกุล <input name="entry.2"> โทรศัพท์ <input name="entry.3"></p>'
          '<p>รายละเอียด <textarea name="entry.4"></textarea></p><p><button type="submit">ส่งคำร้อง</button></p></form>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          '<ul><li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>'
          '<li><a href="/complaint/stats/">สถิติเรื่องร้องเรียน</a></li>'
          '<li><a href="/download/manual/">คู่มือการจัดการเรื่องร้องเรียน</a></li></ul>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ ไม่ต้องระบุชื่อก็ได้</p>"
          '<form method="post" action="https://docs.google.com/forms/d/e/1FAIpQLSfKnr-corrupt/formResponse">'
          '<p>ชื่อผู้ร้อง (ไม่บังคับ) <input name="entry.11"></p><p>เรื่องที่ร้องเรียน <input name="entry.12"></p>'
          '<p>รายละเอียด/เจ้าหน้าที่ที่เกี่ยวข้อง <textarea name="entry.13"></textarea></p>'
          '<p>ไฟล์หลักฐาน <input type="file" name="entry.14"></p><p><button type="submit">ส่งเรื่อง</button></p></form>'
          "<p>หรือแจ้งทางโทรศัพท์ 0 7471 2245 ต่อ 12 (ปลัด อบต.)</p>")
    write("/complaint/stats/", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ปีงบประมาณ พ.ศ. 2567 (1 ตุลาคม 2566 - 30 กันยายน 2567)</p>"
          "<table><tr><th>ไตรมาส</th><th>เรื่องร้องเรียน</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>"
          "<tr><td>1 (ต.ค. - ธ.ค. 66)</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>2 (ม.ค. - มี.ค. 67)</td><td>1</td><td>1</td><td>0</td></tr>"
          "<tr><td>3 (เม.ย. - มิ.ย. 67)</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>4 (ก.ค. - ก.ย. 67)</td><td>0</td><td>0</td><td>0</td></tr></table>"
          "<p>ข้อมูล ณ วันที่ 30 กันยายน 2567</p>")
    write("/privacy/", "นโยบายความเป็นส่วนตัว", "<p>อบต.เกาะนางรำ เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")


def downloads() -> None:
    cats = "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    write("/download/", "เอกสารดาวน์โหลด", f"<ul>{cats}</ul><h2>ล่าสุด</h2>" + table(listed()[:10]))
    for c, t in CATS.items():
        write(f"/download/{c}/", t, table(listed(c)))
    procs = sorted((k for k in ROWS if k.startswith("proc-20")), key=lambda k: k, reverse=True)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          "<p>ผลการพิจารณาจัดซื้อจัดจ้างประจำเดือน ตามมาตรา 9 (8) พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. 2540</p>" + table(procs)
          + '<p>ประกาศจัดซื้อจัดจ้างอื่น ๆ <a href="/download/procure/">ดูทั้งหมด</a></p>')


def main() -> None:
    pages()
    news_pages()
    ita_pages()
    downloads()
    assets = os.path.join(HERE, "assets")
    os.makedirs(assets, exist_ok=True)
    with open(os.path.join(assets, "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#06c;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:230px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #9cf;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#036;color:#fff;padding:8px}\n")
    png = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf"
                        "c0f01f0005000201e2b1f5a40000000049454e44ae426082")
    gif = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")
    for n in ("logo.png", "person.png", "chart.png", "ita.png"):
        with open(os.path.join(assets, n), "wb") as fh:
            fh.write(png)
    for ext in ("pdf", "docx", "doc", "xls"):
        with open(os.path.join(assets, f"{ext}.gif"), "wb") as fh:
            fh.write(gif)


if __name__ == "__main__":
    main()
