"""Generate the HTML pages of the "parkoffice" test site (อุทยานแห่งชาติห้วยเสือดาว, invented).

Run:  python tests/sites/parkoffice/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A national park's own site on a simple template: a top bar, a banner, a menu, a right column (the
park chief, opening hours, quick links, visitor counter) and a footer on every page; pages are
folder/index.html.  Documents are listed in a download section by category (/download/<cat>/),
the monthly สขร.1 on /procurement/, news under /news/ (two pages), tourist pages under /tourism/.
The ITA page /ita/2569/ is a table of o1 … o26 in the park's own wording whose links go to
files, pages or category lists; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "อุทยานแห่งชาติห้วยเสือดาว"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน / แผนปฏิบัติงาน", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / หนังสือเชิญ"}
MISSING_SIZE = "288.4 KB"
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(THAI)


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับอุทยานฯ", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("สถานที่ท่องเที่ยว", "/tourism/attractions/"),
        ("ที่พัก/ค่าธรรมเนียม", "/tourism/fees/"), ("ข่าวสาร", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("ดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"),
        ("ITA", "/ita/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="topbar">{ORG} สังกัดสำนักบริหารพื้นที่อนุรักษ์ที่ 11 (พิษณุโลก) กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช · สายด่วน 1362</div>
<div id="banner"><img src="/assets/logo.png" alt="ตรากรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช" width="64" height="64">
<b>{ORG}</b><br><small>Huai Suea Dao National Park</small></div>
<ul id="nav">
{menu}
</ul>
<div id="page"><div id="content">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="aside">
<div class="widget"><img src="/assets/person.png" alt="หัวหน้าอุทยานแห่งชาติ" width="80" height="100"><br>
<b>นายธีรวัฒน์ ศรีพนาวัลย์</b><br>หัวหน้าอุทยานแห่งชาติห้วยเสือดาว</div>
<div class="widget"><b>เวลาเปิด-ปิด</b><br>ทุกวัน 08.00 - 16.30 น.<br>น้ำตกห้วยเสือดาว ปิดรับนักท่องเที่ยวเวลา 16.00 น.</div>
<div class="widget"><b>ลิงก์ด่วน</b><br><a href="/ita/2569/">ITA ปี ๒๕๖๙</a><br><a href="/ita/2568/">ITA ปี ๒๕๖๘</a><br>
<a href="/eservice/">ยื่นคำขออนุญาตออนไลน์</a><br><a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a><br>
<a href="https://www.dnp.go.th/">กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช</a><br>
<a href="https://nps.dnp.go.th/">ระบบจองที่พักอุทยานแห่งชาติ</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="widget">ผู้เข้าชมเว็บไซต์ ๑๔๘,๒๐๗ ครั้ง</div>
</div></div>
<div id="footer">{ORG} ที่ทำการอุทยานแห่งชาติ หมู่ที่ 6 ตำบลแก่งสองนาง อำเภอเนินมะปราง จังหวัดพิษณุโลก 65190<br>
โทรศัพท์ 0 5591 7305 อีเมล hsd_np@parkmail.example.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© ๒๕๖๗ {ORG} กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช</div>
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
    if ROWS[key][4] == "missing":
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td><img src="/assets/file.gif" alt="{ext}"> {ext.upper()} {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่เผยแพร่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if ROWS[k][1] != "hidden" and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (436, (2026, 4, 3), "ประชาสัมพันธ์การให้บริการลานกางเต็นท์ช่วงเทศกาลสงกรานต์ 2569",
     ["อุทยานแห่งชาติห้วยเสือดาว เปิดให้บริการลานกางเต็นท์ลานหญ้าห้วยเสือดาวและลานดอยกิ่วลม ระหว่างวันที่ 11 - 16 เมษายน 2569 "
      "รับนักท่องเที่ยวได้ไม่เกิน 300 คนต่อคืน จองล่วงหน้าผ่านระบบจองที่พักของกรมอุทยานแห่งชาติฯ"]),
    (431, (2026, 3, 12), "เจ้าหน้าที่ระดมกำลังดับไฟป่าบริเวณดอยกิ่วลม",
     ["วันที่ 11 มีนาคม 2569 เจ้าหน้าที่อุทยานแห่งชาติ ร่วมกับสถานีควบคุมไฟป่าห้วยเสือดาว และอาสาสมัครบ้านห้วยผึ้ง "
      "ควบคุมไฟป่าบริเวณดอยกิ่วลมได้ภายใน 6 ชั่วโมง พื้นที่เสียหายประมาณ 35 ไร่"]),
    (427, (2026, 2, 10), "เวทีรับฟังความคิดเห็นประชาชนรอบแนวเขตอุทยานแห่งชาติ เรื่องโครงการที่ดินทำกินตามมาตรา 64 ประจำปี 2569",
     ["ระหว่างวันที่ 3 - 6 กุมภาพันธ์ 2569 อุทยานแห่งชาติห้วยเสือดาว จัดเวทีรับฟังความคิดเห็นของประชาชน 9 หมู่บ้านรอบแนวเขต "
      "เพื่อเปิดโอกาสให้ชุมชนมีส่วนร่วมในการจัดทำโครงการอนุรักษ์และการใช้ประโยชน์ทรัพยากรธรรมชาติตามมาตรา 64 "
      "แห่งพระราชบัญญัติอุทยานแห่งชาติ พ.ศ. 2562",
      "มีผู้เข้าร่วม ประชาชน 412 คน ผู้ใหญ่บ้านและกำนัน 11 คน ผู้แทนองค์การบริหารส่วนตำบล 3 แห่ง",
      "ข้อเสนอของชุมชน: ขอให้กำหนดพื้นที่เก็บหาของป่าช่วงฤดูฝน ขอให้จัดอบรมอาสาสมัครดับไฟป่า และขอให้ชุมชนร่วมลาดตระเวน "
      "อุทยานแห่งชาติจะนำข้อเสนอเข้าที่ประชุมคณะกรรมการที่ปรึกษาอุทยานแห่งชาติ และแจ้งผลให้ชุมชนทราบภายในเดือนเมษายน 2569",
      '<img src="/assets/photo.png" alt="เวทีรับฟังความคิดเห็น" width="240" height="160">']),
    (421, (2026, 1, 21), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2569",
     ["วันที่ 20 มกราคม 2569 อุทยานแห่งชาติห้วยเสือดาว จัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือน "
      "ให้เจ้าหน้าที่นำไปปฏิบัติ พร้อมกิจกรรมทบทวน Do's & Don'ts ของเจ้าหน้าที่ผู้จัดเก็บค่าธรรมเนียม",
      "มีผู้เข้าร่วม ข้าราชการ 4 คน พนักงานราชการ 9 คน พนักงานพิทักษ์ป่า 68 คน รวม 81 คน"]),
    (417, (2026, 1, 16), "ขอเชิญคณะกรรมการที่ปรึกษาอุทยานแห่งชาติร่วมประชุม ครั้งที่ 1/2569",
     ['รายละเอียดตามหนังสือเชิญ <a href="{invite}">ดาวน์โหลด</a>']),
    (412, (2025, 12, 22), "เตรียมความพร้อมรับนักท่องเที่ยวช่วงเทศกาลปีใหม่ 2569",
     ["อุทยานแห่งชาติตั้งจุดบริการนักท่องเที่ยวและจุดปฐมพยาบาล ณ ลานจอดรถน้ำตกห้วยเสือดาว ระหว่างวันที่ 28 ธันวาคม 2568 - 3 มกราคม 2569"]),
    (405, (2025, 11, 25), "จัดทำแนวกันไฟและชิงเผาลดเชื้อเพลิง ปี 2569",
     ["เจ้าหน้าที่และชุมชนร่วมทำแนวกันไฟระยะทาง 40 กิโลเมตร รอบพื้นที่ป่าต้นน้ำห้วยเสือดาว"]),
    (398, (2025, 10, 21), "หัวหน้าอุทยานแห่งชาติประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ พ.ศ. 2569",
     ["วันที่ 20 ตุลาคม 2568 หัวหน้าอุทยานแห่งชาติห้วยเสือดาว ประกาศเจตจำนงสุจริตต่อหน้าเจ้าหน้าที่ทุกคน ณ ที่ทำการอุทยานแห่งชาติ"]),
    (394, (2025, 10, 6), "เปิดฤดูกาลท่องเที่ยว เส้นทางศึกษาธรรมชาติดอยกิ่วลม",
     ["หลังปิดเส้นทางช่วงฤดูฝน (1 มิถุนายน - 30 กันยายน 2568) อุทยานแห่งชาติเปิดให้บริการเส้นทางอีกครั้งตั้งแต่ 1 ตุลาคม 2568"]),
    # FY2568, on page 2
    (380, (2025, 8, 20), "ปิดเส้นทางศึกษาธรรมชาติดอยกิ่วลมชั่วคราวเนื่องจากฝนตกหนัก",
     ["ปิดตั้งแต่วันที่ 20 สิงหาคม 2568 จนกว่าจะมีประกาศเปลี่ยนแปลง"]),
    (372, (2025, 6, 5), "กิจกรรมวันสิ่งแวดล้อมโลก 5 มิถุนายน 2568",
     ["เจ้าหน้าที่และนักเรียนโรงเรียนบ้านแก่งสองนาง 60 คน ร่วมเก็บขยะบริเวณน้ำตกห้วยเสือดาว"]),
    (366, (2025, 3, 18), "ประชุมคณะกรรมการที่ปรึกษาอุทยานแห่งชาติ ครั้งที่ 1/2568",
     ["ที่ประชุมเห็นชอบแผนป้องกันไฟป่าปี 2568 มีกรรมการเข้าร่วม 14 คน"]),
    (359, (2024, 12, 10), "รณรงค์ No Gift Policy ช่วงเทศกาลปีใหม่ 2568",
     ["ขอความร่วมมือผู้ประกอบการนำเที่ยวงดมอบของขวัญแก่เจ้าหน้าที่"]),
]
FIRST_PAGE = 9


def news_pages() -> None:
    def item(n) -> str:
        nid, (y, m, day), title, _ = n
        return f'<li><a href="/news/{nid}/">{esc(title)}</a> <span class="date">{be(_dt(y, m, day))}</span></li>'

    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(invite=f('advisory-invite'))}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">วันที่ {be(_dt(y, m, day))}</p>{body}'
              '<p><a href="/news/">« กลับหน้ารวมข่าว</a></p>')
    first, rest = NEWS[:FIRST_PAGE], NEWS[FIRST_PAGE:]
    write("/news/", "ข่าวประชาสัมพันธ์", "<ul class=\"news\">" + "".join(item(n) for n in first) + "</ul>"
          '<p class="pager">หน้า 1 <a href="/news/page/2/">2</a> <a href="/news/page/2/">ถัดไป »</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", "<ul class=\"news\">" + "".join(item(n) for n in rest) + "</ul>"
          '<p class="pager"><a href="/news/">« ก่อนหน้า</a> <a href="/news/">1</a> หน้า 2</p>')


def _dt(y: int, m: int, day: int):
    from datetime import datetime

    return datetime(y, m, day)


# ---------------------------------------------------------------- the ITA pages

ITA_2569 = [  # code, the park's own wording, [(link text, target)]
    ("o1", "โครงสร้างและอำนาจหน้าที่ของอุทยานฯ", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("ผู้บริหาร", "/about/executives/")]),
    ("o3", "ข้อมูลการติดต่อ / ถาม-ตอบ", [("ติดต่อ", "/contact/"), ("Q&A", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวสาร", "/news/")]),
    ("o5", "แผนการบริหารจัดการอุทยานแห่งชาติ", [("ดาวน์โหลด", "mgmt-plan")]),
    ("o6", "แผนปฏิบัติงานและแผนการใช้จ่ายงบประมาณประจำปี", [("หมวดแผนงาน", "/download/plan/")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานประจำปี", "annual-67")]),
    ("o8", "คู่มือการปฏิบัติงานของเจ้าหน้าที่", [("คู่มือ SMART Patrol", "smart-manual")]),
    ("o9", "คู่มือการให้บริการประชาชน", [("หมวดคู่มือ", "/download/manual/")]),
    ("o10", "E-Service และสถิติการให้บริการ", [("ยื่นคำขอออนไลน์", "/eservice/"), ("สถิติ", "service-69")]),
    ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", [("สขร.1 ปีงบ 2569", "/procurement/")]),
    ("o12", "รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี", [("ดาวน์โหลด", "proc-year-68")]),
    ("o13", "หลักเกณฑ์และแผนพัฒนาบุคลากร", [("หมวดบุคคล", "/download/hr/")]),
    ("o14", "รายงานผลการบริหารและพัฒนาบุคลากร", [("ดาวน์โหลด", "hr-report-68")]),
    ("o15", "ประมวลจริยธรรม / การขับเคลื่อนจริยธรรม", [("ประมวลจริยธรรม", "ethics-code"), ("กิจกรรม", "/news/421/")]),
    ("o16", "แนวปฏิบัติการจัดการเรื่องร้องเรียน", [("แผนผังขั้นตอน", "complaint-flow")]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเรื่อง", "/complaint/")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("ดาวน์โหลด", "complaint-stats-68")]),
    ("o19", "การเปิดโอกาสให้มีส่วนร่วม", [("เวทีรับฟังความคิดเห็น", "/news/427/")]),
    ("o20", "No Gift Policy / รายงานการรับของขวัญ", [("ประกาศ", "nogift-67"), ("รายงาน", "gift-report-68")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", [("ดาวน์โหลด", "risk-69")]),
    ("o22", "รายงานผลการบริหารจัดการความเสี่ยงการทุจริต", [("ดาวน์โหลด", "risk-report-68")]),
    ("o23", "แผนปฏิบัติการป้องกันการทุจริต", [("ดาวน์โหลด", "anti-plan-69")]),
    ("o24", "รายงานผลการดำเนินการป้องกันการทุจริต", [("ดาวน์โหลด", "anti-report")]),
    ("o25", "การนำผลการประเมิน ITA ไปพัฒนาองค์กร", [("ดาวน์โหลด", "ita-analysis-68")]),
    ("o26", "รายงานผลตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส", [("ดาวน์โหลด", "integrity-report-68")]),
]
ITA_2568 = [
    ("o1", "โครงสร้าง", [("โครงสร้าง", "/about/structure/")]),
    ("o8", "แผนปฏิบัติงานประจำปี 2568", [("ดาวน์โหลด", "ops-68")]),
    ("o15", "รายงานผลการดำเนินงานประจำปี", [("ดาวน์โหลด", "annual-67")]),
    ("o21", "No Gift Policy", [("ดาวน์โหลด", "nogift-67")]),
    ("o29", "การประเมินความเสี่ยงการทุจริต ปี 2568", [("ดาวน์โหลด", "ita68-risk")]),
    ("o32", "แผนปฏิบัติการป้องกันการทุจริต ปี 2568", [("ดาวน์โหลด", "anti-plan-68")]),
    ("o33", "รายงานผลการป้องกันการทุจริต", [("ดาวน์โหลด", "anti-report")]),
]


def ita_table(rows) -> str:
    out = []
    for code, wording, links in rows:
        cells = " | ".join(f'<a href="{u if u.startswith("/") else f(u)}">{esc(t)}</a>' for t, u in links)
        out.append(f"<tr><td>{code}</td><td>{esc(wording)}</td><td>{cells}</td></tr>")
    return ('<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n' + "\n".join(out) + "</table>")


# ---------------------------------------------------------------- assets


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")
CSS = """body{font-family:Tahoma,sans-serif;margin:0;background:#f3f6ef;color:#223}
#topbar{background:#2f4a1e;color:#fff;font-size:12px;padding:4px 10px}
#banner{background:#4d7a2e;color:#fff;padding:10px}#banner img{float:left;margin-right:10px}
#nav{list-style:none;margin:0;padding:0;background:#2f4a1e;overflow:hidden}#nav li{float:left}
#nav a{display:block;color:#fff;padding:8px 10px;text-decoration:none}
#page{display:flex}#content{flex:1;padding:14px;background:#fff}#aside{width:230px;padding:10px}
.widget{background:#fff;border:1px solid #cdd;margin-bottom:10px;padding:8px;font-size:13px}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 6px}
#footer{background:#2f4a1e;color:#eee;font-size:12px;padding:10px;text-align:center}#footer a{color:#fff}
"""


def assets() -> None:
    folder = os.path.join(HERE, "assets")
    os.makedirs(folder, exist_ok=True)
    for fname, data in [("logo.png", png(64, 64, (77, 122, 46))), ("person.png", png(80, 100, (200, 200, 190))),
                        ("chart.png", png(300, 160, (230, 236, 220))), ("photo.png", png(240, 160, (120, 150, 100))),
                        ("file.gif", GIF)]:
        with open(os.path.join(folder, fname), "wb") as fh:
            fh.write(data)
    with open(os.path.join(folder, "style.css"), "w", encoding="utf-8") as fh:
        fh.write(CSS)


# ---------------------------------------------------------------- pages


def main() -> None:
    assets()
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(_dt(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "หน้าแรก", '<div class="hero"><img src="/assets/photo.png" alt="น้ำตกห้วยเสือดาว" width="240" height="160">'
          "<p>ยินดีต้อนรับสู่อุทยานแห่งชาติห้วยเสือดาว ผืนป่าต้นน้ำวังทอง น้ำตก 9 ชั้น และทะเลหมอกดอยกิ่วลม</p></div>"
          f"<h2>ข่าวล่าสุด</h2><ul>{latest}</ul><p><a href=\"/news/\">ข่าวทั้งหมด</a></p>"
          '<h2>บริการ</h2><p><a href="/tourism/accommodation/">บ้านพักและลานกางเต็นท์</a> · '
          '<a href="/eservice/">ยื่นคำขออนุญาตออนไลน์</a> · <a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569</a></p>')
    write("/about/history/", "ประวัติอุทยานแห่งชาติ",
          "<p>อุทยานแห่งชาติห้วยเสือดาวได้รับการประกาศในราชกิจจานุเบกษาเป็นอุทยานแห่งชาติลำดับที่ 83 เมื่อปี พ.ศ. 2535 "
          "ครอบคลุมป่าสงวนแห่งชาติป่าลุ่มน้ำวังทองฝั่งซ้ายบางส่วน เนื้อที่ประมาณ 257,500 ไร่</p>"
          "<p>ลักษณะภูมิประเทศเป็นเทือกเขาสลับซับซ้อน ยอดเขาสูงสุดคือดอยกิ่วลม สูง 1,362 เมตรจากระดับน้ำทะเล</p>")
    write("/about/structure/", "โครงสร้างอุทยานแห่งชาติห้วยเสือดาว",
          '<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้าง" width="300" height="160"></p>'
          "<p>กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช → สำนักบริหารพื้นที่อนุรักษ์ที่ 11 (พิษณุโลก) → อุทยานแห่งชาติห้วยเสือดาว</p>"
          "<ul><li>หัวหน้าอุทยานแห่งชาติห้วยเสือดาว<ul>"
          "<li>ผู้ช่วยหัวหน้าอุทยานแห่งชาติ (2 คน)</li><li>ฝ่ายบริหารทั่วไป (งานธุรการ การเงิน พัสดุ)</li>"
          "<li>ฝ่ายป้องกันและปราบปราม</li><li>ฝ่ายวิชาการ</li><li>ฝ่ายบริการและสื่อความหมาย (ศูนย์บริการนักท่องเที่ยว)</li>"
          "<li>หน่วยพิทักษ์อุทยานแห่งชาติ ที่ หส.1 (ห้วยผึ้ง) หส.2 (ดอยกิ่วลม) หส.3 (ผาขาว) หส.4 (แก่งสองนาง)</li>"
          "</ul></li></ul>"
          '<p>ดูเพิ่มเติม: <a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามพระราชบัญญัติอุทยานแห่งชาติ พ.ศ. 2562 และกฎกระทรวงแบ่งส่วนราชการกรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช "
          "อุทยานแห่งชาติมีอำนาจหน้าที่โดยสรุป ดังนี้</p><ol>"
          "<li>คุ้มครอง ป้องกัน และดูแลรักษาทรัพยากรธรรมชาติ ระบบนิเวศ และความหลากหลายทางชีวภาพในเขตอุทยานแห่งชาติ</li>"
          "<li>ตรวจลาดตระเวน ป้องกันและปราบปรามการกระทำผิดกฎหมายในเขตอุทยานแห่งชาติ</li>"
          "<li>ป้องกันและควบคุมไฟป่าในพื้นที่รับผิดชอบ</li>"
          "<li>ให้บริการด้านการท่องเที่ยว นันทนาการ และสื่อความหมายธรรมชาติ และจัดเก็บค่าธรรมเนียม</li>"
          "<li>พิจารณาอนุญาตการเข้าไปดำเนินการในเขตอุทยานแห่งชาติตามที่กฎหมายกำหนด (มาตรา 19 มาตรา 20)</li>"
          "<li>ส่งเสริมการมีส่วนร่วมของชุมชนและจัดทำโครงการตามมาตรา 64</li>"
          "<li>ปฏิบัติงานอื่นตามที่ได้รับมอบหมายจากกรมและสำนักบริหารพื้นที่อนุรักษ์</li></ol>")
    people = [("นายธีรวัฒน์ ศรีพนาวัลย์", "หัวหน้าอุทยานแห่งชาติห้วยเสือดาว", "08 1742 6610"),
              ("นางสาวพิมพ์ลดา คงไพรวัน", "ผู้ช่วยหัวหน้าอุทยานแห่งชาติ (ฝ่ายบริหารทั่วไป)", "08 6325 1904"),
              ("นายอำนาจ ผาทองดี", "ผู้ช่วยหัวหน้าอุทยานแห่งชาติ (ฝ่ายป้องกันและปราบปราม)", "09 3158 2276")]
    write("/about/executives/", "ผู้บริหาร", "".join(
        f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="80" height="100">'
        f"<p><b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</p></div>" for n, p, t in people))
    write("/contact/", "ติดต่อเรา",
          "<p>ที่ทำการอุทยานแห่งชาติห้วยเสือดาว หมู่ที่ 6 ตำบลแก่งสองนาง อำเภอเนินมะปราง จังหวัดพิษณุโลก 65190</p>"
          "<p>โทรศัพท์ 0 5591 7305 · โทรสาร 0 5591 7306 · อีเมล hsd_np@parkmail.example.go.th</p>"
          "<p>ศูนย์บริการนักท่องเที่ยว เปิดทุกวัน 08.00 - 16.30 น. · Facebook: อุทยานแห่งชาติห้วยเสือดาว</p>"
          '<p><a href="https://maps.google.com/?q=16.47,100.71">แผนที่ Google Maps</a></p>'
          '<p>สอบถามข้อมูลผ่านเว็บไซต์: <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    write("/qa/", "ถาม-ตอบ (Q&A)",
          '<form action="/qa/" method="post"><p>ชื่อ <input name="name"> อีเมล <input name="email"></p>'
          '<p>คำถาม <textarea name="question"></textarea></p><p><button>ส่งคำถาม</button></p></form>'
          "<dl><dt>ถาม (12 ก.พ. 2569): นำสุนัขเข้าไปในอุทยานได้ไหมครับ</dt>"
          "<dd>ตอบ: ไม่อนุญาตให้นำสัตว์เลี้ยงเข้าในเขตอุทยานแห่งชาติ ยกเว้นสุนัขนำทางคนพิการ (ฝ่ายบริการฯ)</dd>"
          "<dt>ถาม (3 มี.ค. 2569): ลานกางเต็นท์ดอยกิ่วลมมีไฟฟ้าไหมคะ</dt>"
          "<dd>ตอบ: มีไฟฟ้าบริเวณห้องน้ำเท่านั้น เปิดถึง 22.00 น. (ฝ่ายบริการฯ)</dd></dl>")
    news_pages()

    write("/download/", "ดาวน์โหลดเอกสาร",
          "<p>หมวดเอกสาร: " + " · ".join(f'<a href="/download/{c}/">{esc(t)}</a>' for c, t in CATS.items()) + "</p>"
          + table(listed()))
    for cat, title in CATS.items():
        write(f"/download/{cat}/", f"ดาวน์โหลด : {title}", table(listed(cat)))
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง",
          "<h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)</h2>" + table(months)
          + "<h2>ประกาศและรายงานอื่น</h2>" + table([k for k in listed("procure") if k not in months]))
    write("/eservice/", "E-Service ยื่นคำขออนุญาตออนไลน์",
          "<p>ยื่นคำขออนุญาตเข้าไปดำเนินการในเขตอุทยานแห่งชาติ (ถ่ายทำภาพยนตร์ ถ่ายภาพเชิงพาณิชย์ จัดกิจกรรม) ผ่านแบบฟอร์มนี้ "
          "เจ้าหน้าที่จะติดต่อกลับภายใน 2 วันทำการ</p>"
          '<form action="/eservice/" method="post"><p>ชื่อ-นามสกุล <input name="fullname"></p>'
          '<p>เลขประจำตัวประชาชน <input name="pid"></p><p>โทรศัพท์ <input name="phone"> อีเมล <input name="email"></p>'
          '<p>ประเภทคำขอ <select name="kind"><option>ถ่ายทำภาพยนตร์</option><option>ถ่ายภาพเชิงพาณิชย์</option>'
          '<option>จัดกิจกรรม/ค่ายพักแรม</option></select></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
          '<p>แนบไฟล์ <input type="file" name="attach"></p><p><button>ส่งคำขอ</button></p></form>'
          '<p>จองบ้านพักและลานกางเต็นท์: <a href="https://nps.dnp.go.th/">ระบบจองที่พักอุทยานแห่งชาติ (กรมอุทยานฯ)</a></p>'
          f'<p>สถิติการให้บริการ: <a href="{f("service-69")}">สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)</a></p>')
    write("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้ร้องเรียนสามารถแจ้งเรื่องผ่านแบบฟอร์มนี้ ข้อมูลผู้ร้องจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/" method="post"><p>ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="name"></p>'
          '<p>โทรศัพท์/อีเมล <input name="contact"></p><p>เรื่องที่ร้องเรียน <input name="subject"></p>'
          '<p>รายละเอียด <textarea name="detail"></textarea></p><p><button>ส่งเรื่อง</button></p></form>'
          f'<p>ขั้นตอนการจัดการเรื่องร้องเรียน: <a href="{f("complaint-flow")}">แผนผังขั้นตอน</a></p>'
          '<p>ช่องทางอื่น: สายด่วนกรมอุทยานฯ 1362 · <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · '
          '<a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a></p>')
    write("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
          '<ul><li><a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. 2569</a></li>'
          '<li><a href="/ita/2568/">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. ๒๕๖๙", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. ๒๕๖๘", ita_table(ITA_2568))
    write("/tourism/attractions/", "สถานที่ท่องเที่ยว",
          "<ul><li>น้ำตกห้วยเสือดาว น้ำตก 9 ชั้น ห่างจากที่ทำการ 1.5 กม.</li><li>ดอยกิ่วลม จุดชมทะเลหมอก (ต.ค. - ก.พ.)</li>"
          "<li>ถ้ำผาขาว ต้องมีเจ้าหน้าที่นำทาง</li><li>เส้นทางศึกษาธรรมชาติ 3.2 กม.</li></ul>")
    write("/tourism/accommodation/", "บ้านพักและลานกางเต็นท์",
          "<p>บ้านพัก 8 หลัง ลานกางเต็นท์ 2 แห่ง จองผ่าน <a href=\"https://nps.dnp.go.th/\">ระบบจองที่พักอุทยานแห่งชาติ</a></p>")
    write("/tourism/fees/", "อัตราค่าธรรมเนียม",
          "<table><tr><th>ประเภท</th><th>ไทย</th><th>ต่างชาติ</th></tr><tr><td>ผู้ใหญ่</td><td>40</td><td>200</td></tr>"
          "<tr><td>เด็ก</td><td>20</td><td>100</td></tr><tr><td>รถยนต์</td><td>30</td><td>30</td></tr></table>")
    write("/tourism/rules/", "ข้อปฏิบัติของนักท่องเที่ยว",
          "<ol><li>ห้ามนำสัตว์เลี้ยงเข้าอุทยาน</li><li>ห้ามส่งเสียงดังหลัง 22.00 น.</li><li>นำขยะกลับลงไปทิ้งข้างล่าง</li></ol>")
    write("/gallery/", "ภาพกิจกรรม", '<p><img src="/assets/photo.png" alt="ภาพกิจกรรม" width="240" height="160"></p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>อุทยานแห่งชาติเก็บข้อมูลเท่าที่จำเป็นต่อการให้บริการ</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{p}">{p}</a></li>' for p in sorted(PAGES)) + "</ul>")


if __name__ == "__main__":
    main()
