"""Generate the HTML pages of the "saowestern" test site (องค์การบริหารส่วนตำบลห้วยผาแดง, invented).

Run:  python tests/sites/saowestern/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A small อบต. in the western border hills on a provider's template: a top bar, a menu, a left
column (the chief executive, hotline, quick links, visitor counter) and a footer on every page;
pages are folder/index.html.  Documents are listed by category under /download/<cat>/, the
monthly สขร.1 scans on /procurement/, photo albums (printed pages photographed or scanned to
JPEG) under /album/<n>/, news under /news/ (two pages).  The ITA page /ita/2568/ is a table of
o1 … o26 in the office's own short wording whose links go to files, pages, albums or category
lists; last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ALBUMS, ROWS, name  # noqa: E402

ORG = "องค์การบริหารส่วนตำบลห้วยผาแดง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนา / แผนการดำเนินงาน / ข้อบัญญัติ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
MISSING_SIZE = "1.2 MB"
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key)


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("ข้อมูลพื้นฐาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("ภาพกิจกรรม", "/album/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลดเอกสาร", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">{ORG} อำเภอเขาลำเนา จังหวัดกาญจนบุรี · ศูนย์ป้องกันไฟป่า โทร. 0 3460 8150 ตลอด 24 ชม.</div>
<div id="banner"><img src="/assets/logo.png" alt="ตรา อบต.ห้วยผาแดง" width="64" height="64">
<b>{ORG}</b><br><small>ผาแดงถิ่นป่าต้นน้ำ ชนเผ่ารักสามัคคี</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/person.png" alt="นายก อบต." width="60" height="75"><br><b>นายบุญเลิศ ศรีผาแดง</b><br>
นายกองค์การบริหารส่วนตำบลห้วยผาแดง<br>สายตรงนายก 08 7240 1185</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br><a href="/ita/2567/">ITA ๒๕๖๗</a><br>
<a href="/download/manual/">คู่มือประชาชน</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/eservice/">ยื่นคำร้องออนไลน์</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br>
<a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></div>
<div class="box">ผู้เข้าชมวันนี้ ๒๑ คน<br>ทั้งหมด ๔๗,๒๑๙ คน</div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} หมู่ที่ 2 ตำบลห้วยผาแดง อำเภอเขาลำเนา จังหวัดกาญจนบุรี 71290<br>
โทรศัพท์/โทรสาร 0 3460 8150 อีเมล huaiphadaeng.sao@gmail.com ·
<a href="/sitemap/">แผนผังเว็บไซต์</a><br>
ออกแบบโดย ท้องถิ่นเว็บดีไซน์ · Copyright © ๒๕๖๕</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    path = os.path.join(HERE, f(key).lstrip("/"))
    if not os.path.exists(path):
        return MISSING_SIZE
    n = os.path.getsize(path)
    return f"{n / 1024:.1f} KB"


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k, r in ROWS.items() if r[1] != "hidden" and (cat is None or r[1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


def table(keys: list[str]) -> str:
    rows = "".join(f'<tr><td><img src="/assets/{ROWS[k][3]}.gif" alt=""> {esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td>'
                   f'<td>{size_of(k)}</td><td>{a(f(k), "ดาวน์โหลด")}</td></tr>' for k in keys)
    return f'<table class="list"><tr><th>ชื่อเอกสาร</th><th>วันที่</th><th>ขนาด</th><th></th></tr>{rows}</table>'


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs, album or None
    (312, (2025, 4, 8), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
     ["ขอเชิญผู้มีหน้าที่เสียภาษีชำระภาษีภายในวันที่ 30 เมษายน 2568 ณ กองคลัง"], None),
    (309, (2025, 3, 21), "อบต.ห้วยผาแดง ร่วมกับ อส. และ อปพร. ดับไฟป่าบริเวณเขาผาแดง หมู่ที่ 7",
     ["วันที่ 21 มีนาคม 2568 เวลา 14.30 น. ได้รับแจ้งเหตุไฟป่า ชุดปฏิบัติการออกระงับเหตุแล้วเสร็จเวลา 19.00 น."], None),
    (301, (2025, 3, 3), "โครงการจัดทำแนวกันไฟและฝายชะลอน้ำ ประจำปี 2568",
     ["ประชาชน 9 หมู่บ้าน ผู้นำชุมชน และนักเรียน ร่วมกันทำแนวกันไฟระยะทาง 6 กิโลเมตร และฝายชะลอน้ำ 12 จุด"], None),
    (288, (2025, 2, 20), "สรุปผลการจัดเวทีประชาคมหมู่บ้าน ประจำปี 2568 เพื่อทบทวนแผนพัฒนาท้องถิ่น",
     ["ระหว่างวันที่ 4 - 14 กุมภาพันธ์ 2568 อบต.ห้วยผาแดง จัดเวทีประชาคมครบทั้ง 9 หมู่บ้าน (มีล่ามภาษากะเหรี่ยงในหมู่ที่ 5 และ 8) "
      "เพื่อให้ประชาชนร่วมเสนอปัญหาและความต้องการ",
      "ผู้เข้าร่วมรวม 437 คน เสนอโครงการ 41 โครงการ ส่วนใหญ่เป็นประปาภูเขาและถนนขึ้นหมู่บ้าน "
      "ที่ประชุมเลือกผู้แทนประชาคม 18 คน ร่วมคณะกรรมการพัฒนา อบต. เพื่อจัดลำดับโครงการบรรจุในแผนพัฒนาท้องถิ่น"], 19),
    (281, (2025, 1, 30), "ขอเชิญร่วมเวทีประชาคมหมู่บ้าน ประจำปี 2568",
     ["อบต.ห้วยผาแดง ขอเชิญพี่น้องประชาชนร่วมเวทีประชาคม ระหว่างวันที่ 4 - 14 กุมภาพันธ์ 2568",
      '<a href="{invite}">หนังสือเชิญ</a>'], None),
    (270, (2024, 12, 27), "รณรงค์ลดอุบัติเหตุช่วงเทศกาลปีใหม่ 2568",
     ["ตั้งจุดบริการประชาชนบนทางหลวงหมายเลข 3199 ระหว่างวันที่ 27 ธันวาคม 2567 - 2 มกราคม 2568"], None),
    (262, (2024, 12, 9), "อบต.ห้วยผาแดง ประเมินความเสี่ยงการทุจริต",
     ["คณะทำงานได้ประชุมทบทวนความเสี่ยงการทุจริตในการปฏิบัติงาน ดูรายละเอียดในอัลบั้มภาพ"], 23),
    (255, (2024, 11, 14), "มอบผ้าห่มกันหนาวแก่ผู้สูงอายุและผู้ด้อยโอกาส หมู่ที่ 5 - 9",
     ["มอบผ้าห่มกันหนาว 350 ผืน ร่วมกับที่ว่าการอำเภอเขาลำเนา"], None),
    (247, (2024, 10, 18), "ประกาศเจตนารมณ์ No Gift Policy ประจำปีงบประมาณ 2568",
     ["วันที่ 18 ตุลาคม 2567 คณะผู้บริหาร สมาชิกสภา และพนักงาน ร่วมประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิด "
      "จากการปฏิบัติหน้าที่ และติดป้ายรณรงค์งดให้ งดรับ ที่ทางเข้าที่ทำการ อบต.",
      '<a href="{nogift}">ประกาศ No Gift Policy ปีงบประมาณ 2568</a>'], None),
    (241, (2024, 10, 2), "ขอเชิญชวนร่วมงานประเพณีลอยกระทง ประจำปี 2567",
     ["ณ อ่างเก็บน้ำห้วยผาแดง วันที่ 15 พฤศจิกายน 2567"], None),
    # page 2: FY2567
    (222, (2024, 7, 12), "โครงการอบรมคุณธรรมจริยธรรม ขับเคลื่อนประมวลจริยธรรม ประจำปีงบประมาณ 2567",
     ["วันที่ 12 กรกฎาคม 2567 อบต.ห้วยผาแดง จัดอบรมส่งเสริมคุณธรรมจริยธรรม เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานส่วนท้องถิ่น "
      "ณ วัดถ้ำผาแดง มีผู้บริหาร สมาชิกสภา และพนักงานเข้าร่วม 36 คน"], None),
    (205, (2024, 3, 14), "ฝึกซ้อมแผนป้องกันไฟป่า ประจำปี 2567", ["ร่วมกับหน่วยป้องกันรักษาป่า"], None),
    (198, (2024, 2, 16), "ประชาคมหมู่บ้าน ประจำปี 2567", ["จัดเวทีประชาคม 9 หมู่บ้าน ระหว่าง 5 - 15 กุมภาพันธ์ 2567"], None),
]
PER_PAGE = 10


def news_pages() -> None:
    fill = {"invite": f("invite-meeting"), "nogift": f("no-gift-68")}
    for nid, ymd, title, paras, album in NEWS:
        body = f"<p><small>โพสต์เมื่อ {be(date(*ymd))} โดย admin</small></p>"
        body += "".join(f"<p>{p.format(**fill) if p.startswith('<a') else esc(p)}</p>" for p in paras)
        if album:
            body += f'<p>{a(f"/album/{album}/", "ดูภาพทั้งหมดในอัลบั้ม")}</p>'
        else:
            body += '<p><img src="/images/photo.jpg" alt="ภาพกิจกรรม" width="320" height="200"></p>'
        write(f"/news/{nid}/", title, body + '<p><a href="/news/">« กลับ</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>' for n in chunk)
        pager = '<p>หน้า <b>1</b> <a href="/news/page/2/">2</a></p>' if p == 1 else '<p>หน้า <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


def album_pages() -> None:
    cards = []
    for album, (title, when, pages) in sorted(ALBUMS.items(), key=lambda x: x[1][1], reverse=True):
        pics = "".join(f'<p><img src="/images/album/{album}/{k}.jpg" alt="{esc(title)} ภาพที่ {k}" width="720" height="420"></p>'
                       for k in range(1, len(pages) + 1))
        write(f"/album/{album}/", title, f"<p><small>{be(when)} · {len(pages)} ภาพ</small></p>{pics}")
        cards.append(f'<li><a href="/album/{album}/">{esc(title)}</a> ({be(when)})</li>')
    write("/album/", "ภาพกิจกรรม / อัลบั้มภาพ", f'<ul>{"".join(cards)}</ul>')


# ---------------------------------------------------------------- ITA

ITA_2568 = [  # (ข้อ, heading, [(link text, key or path)])
    ("o1", "โครงสร้าง อำนาจหน้าที่", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "การติดต่อ", [("ติดต่อ อบต.", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าว", "/news/")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65"), ("แผนเพิ่มเติม", "plan-amend-64")]),
    ("o6", "แผนดำเนินงาน/ข้อบัญญัติ/รายงาน 6 เดือน", [("แผนดำเนินงาน 68", "opplan-68"), ("ข้อบัญญัติ 68", "/album/14/"),
                                                   ("รายงานรอบ 6 เดือน", "report-6m-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือปฏิบัติงาน", [("คู่มือ", "manual-staff")]),
    ("o9", "คู่มือประชาชน", [("คู่มือ", "citizen-manual")]),
    ("o10", "E-Service", [("E-Service", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติ 2568", "service-stats-68")]),
    ("o12", "สขร.1", [("ผลการจัดซื้อจัดจ้าง", "/procurement/")]),
    ("o13", "รายงานจัดซื้อจัดจ้างประจำปี", [("รายงานปี 67", "proc-year-67")]),
    ("o14", "นโยบาย/แผนบริหารบุคคล", [("การบริหารงานบุคคล", "/download/hr/")]),
    ("o15", "รายงานผลการบริหารบุคคล", [("รายงานปี 67", "hr-report-67")]),
    ("o16", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรม", "/news/222/")]),
    ("o17", "แนวปฏิบัติเรื่องร้องเรียน", [("คู่มือ", "complaint-manual")]),
    ("o18", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียน", [("สถิติ", "complaint-stats-68")]),
    ("o20", "การมีส่วนร่วม", [("ประชาคม 68", "/news/288/")]),
    ("o21", "No Gift Policy", [("ประกาศ", "no-gift-68"), ("กิจกรรม", "/news/247/")]),
    ("o22", "รายงานการรับทรัพย์สิน", [("รายงาน", "gift-report-67")]),
    ("o23", "ประเมินความเสี่ยงสินบน", [("ประเมินความเสี่ยง ปี 2568", "/album/23/")]),
    ("o24", "รายงานจัดการความเสี่ยง", [("รายงาน", "risk-report-67")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผนปี 68", "anti-plan-68")]),
    ("o26", "รายงานผลป้องกันการทุจริต", [("รายงานปี 67", "anti-report-67")]),
]
ITA_2567 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนดำเนินงาน 67", [("แผนดำเนินงาน 67", "opplan-67")]),
    ("o11", "สถิติร้องเรียน", [("ไม่มีเรื่องร้องเรียน", "/complaint/")]),
    ("o25", "แผนป้องกันการทุจริต ปี 67", [("แผนปี 67", "old-ita-dead")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>']
    for code, heading, links in rows:
        cell = " | ".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "หน้าแรก",
          f'<h2>ข่าวล่าสุด</h2><ul class="news">{latest}</ul><p><a href="/news/">ข่าวทั้งหมด</a></p>'
          '<h2>ภาพกิจกรรม</h2><p><a href="/album/">อัลบั้มภาพทั้งหมด</a></p>'
          '<p><a href="/ita/2568/">การประเมินคุณธรรมและความโปร่งใส ITA ปี 2568</a></p>')
    write("/about/history/", "ข้อมูลพื้นฐาน",
          "<p>ตำบลห้วยผาแดงตั้งอยู่บนพื้นที่สูงทางทิศตะวันตกของอำเภอเขาลำเนา ติดแนวชายแดน มีพื้นที่ 212 ตารางกิโลเมตร "
          "ส่วนใหญ่เป็นป่าต้นน้ำและภูเขา 9 หมู่บ้าน ประชากร 4,286 คน ชาวไทย ชาวกะเหรี่ยง และชาวมอญ ทำไร่ข้าวโพด มันสำปะหลัง และสวนผลไม้</p>")
    write("/about/structure/", "โครงสร้างองค์กร",
          '<p><img src="/images/album/11/1.jpg" alt="แผนผังโครงสร้างองค์การบริหารส่วนตำบลห้วยผาแดง" width="720" height="420"></p>'
          "<p>(คลิกที่ภาพเพื่อขยาย)</p>")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>องค์การบริหารส่วนตำบลมีอำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 67 และ 68 "
          "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 โดยสรุป</p><ol>"
          "<li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>จัดให้มีน้ำเพื่อการอุปโภคบริโภคและการเกษตร</li>"
          "<li>ป้องกันและบรรเทาสาธารณภัย รวมทั้งไฟป่า</li><li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรมท้องถิ่นของชนเผ่า</li>"
          "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
          "<li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li></ol>")
    execs = [("นายบุญเลิศ ศรีผาแดง", "นายกองค์การบริหารส่วนตำบลห้วยผาแดง", "08 7240 1185"),
             ("นายสมชาย ทองคีรี", "รองนายกองค์การบริหารส่วนตำบล", "08 1944 2730"),
             ("นางแสงเดือน พะตี", "รองนายกองค์การบริหารส่วนตำบล", "09 2286 4417"),
             ("นายวิชิต คำภูผา", "เลขานุการนายกองค์การบริหารส่วนตำบล", "06 3371 9054"),
             ("นางสาวอรุณี ทองเนียม", "ปลัดองค์การบริหารส่วนตำบล", "0 3460 8150 ต่อ 101")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "คณะผู้บริหาร", cards)
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>หมู่ที่ 2 ตำบลห้วยผาแดง อำเภอเขาลำเนา จังหวัดกาญจนบุรี 71290</p>"
          "<p>โทรศัพท์/โทรสาร 0 3460 8150<br>อีเมล huaiphadaeng.sao@gmail.com<br>"
          'Facebook : <a href="https://www.facebook.com/huaiphadaeng.sao">อบต.ห้วยผาแดง</a></p>'
          '<p><a href="https://maps.google.com/?q=14.6173,98.8921">แผนที่ตั้ง (Google Maps)</a></p>'
          "<p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>")
    write("/eservice/", "E-Service ยื่นคำร้องออนไลน์",
          "<p>ประชาชนยื่นคำร้องได้ทางออนไลน์ ไม่ต้องเดินทางลงจากหมู่บ้านบนเขา เจ้าหน้าที่จะโทรกลับภายใน 1 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSdHuaiPhaDaengEservice/formResponse" method="post">'
          'ชื่อ-นามสกุล <input name="entry.11"><br>หมู่ที่ <input name="entry.12"><br>เบอร์โทร <input name="entry.13"><br>'
          'เรื่อง <select name="entry.14"><option>ขอรถบรรทุกน้ำ</option><option>ขอซ่อมไฟฟ้าสาธารณะ</option>'
          '<option>คำร้องทั่วไป</option></select><br>รายละเอียด <textarea name="entry.15"></textarea><br>'
          '<button>ส่งคำร้อง</button></form>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ร้องเรียนได้ที่ที่ทำการ อบต. ตู้รับเรื่องร้องเรียน หรือโทร 0 3460 8150</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>')
    write("/complaint/corruption/", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้แจ้งไม่ต้องระบุชื่อก็ได้ ข้อมูลจะเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อ (ไม่บังคับ) <input name="name"><br>'
          'เรื่อง <input name="subject"><br>รายละเอียด <textarea name="detail"></textarea><br>'
          'แนบภาพ <input type="file" name="file"><br><button>ส่ง</button></form>'
          '<p>หรือแจ้ง ป.ป.ช. ที่ <a href="https://www.nacc.go.th/">www.nacc.go.th</a></p>')
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "PDF")}</td></tr>' for k in months)
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง (สขร.1) ปีงบประมาณ 2568",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศ</h2><ul><li>{a(f("print-plan"), ROWS["print-plan"][0])}</li>'
          f'<li>{a(f("proc-year-67"), ROWS["proc-year-67"][0])}</li></ul>')
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลดเอกสาร : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
          '<ul><li><a href="/ita/2568/">ITA ปี 2568</a></li><li><a href="/ita/2567/">ITA ปี 2567</a></li></ul>')
    write("/ita/2568/", "OIT ปี 2568", "<p>แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568</p>" + ita_table(ITA_2568))
    write("/ita/2567/", "OIT ปี 2567", ita_table(ITA_2567))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "person.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#7a2d12;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:220px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #c96;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()
    album_pages()


if __name__ == "__main__":
    main()
