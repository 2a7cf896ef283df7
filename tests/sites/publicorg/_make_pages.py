"""Generate the HTML pages of the "publicorg" test site (สำนักงานพัฒนามาตรฐานข้อมูลเมือง (องค์การมหาชน), invented).

Run:  python tests/sites/publicorg/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A public organisation's site on an agency template: a top bar, a menu (with ITA 2569 and ITA 2568
side by side), a side column (director, quick links, related agencies) and a footer on every page;
pages are folder/index.html.  The download section is one script-like page with a category query
(/download/?cat=plan, stored as download/.q/cat=plan/index.html); the news list pages 2 and 3 are
/news/?page=2 and /news/?page=3 (news/.q/page=N/).  The ITA page /ita/2569/ is a table of o1 … o26
in the agency's own short wording whose links go to files, pages or category lists; it has no o21
row; last year's /ita/2568/ is still online and in the menu.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ORG, ROWS, name  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนยุทธศาสตร์ / แผนปฏิบัติการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารทรัพยากรบุคคล", "integrity": "คุณธรรมและความโปร่งใส",
        "general": "เอกสารทั่วไป"}
MISSING_SIZE = {"risk-report-68": "386.2 KB", "news-photos": "2.4 MB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key)


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับ สมม.", "/about/history/"), ("โครงสร้างองค์กร", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวสาร", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("ดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"),
        ("ITA 2569", "/ita/2569/"), ("ITA 2568", "/ita/2568/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">TH | EN · Call Center 0 2105 6480 · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="banner"><img src="/assets/logo.png" alt="ตราสัญลักษณ์ สมม." width="64" height="64">
<b>{ORG}</b><br><small>Urban Data Standards Development Agency (Public Organization)</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="main">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="side">
<div class="box"><b>ผู้อำนวยการ สมม.</b><br>นายธีรวัฒน์ ศักดิ์ชัยกุล</div>
<div class="box"><b>บริการ</b><br><a href="/eservice/">ระบบ E-Service</a><br><a href="/download/?cat=manual">คู่มือการขอรับบริการ</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/qa/">ถาม-ตอบ</a></div>
<div class="box"><b>หน่วยงานที่เกี่ยวข้อง</b><br><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.opdc.go.th/">สำนักงาน ก.พ.ร.</a></div>
</div></div>
<div id="footer">{ORG}<br>อาคารธนพัฒน์ ชั้น 14 เลขที่ 333 ถนนวิภาวดีรังสิต แขวงจอมพล เขตจตุจักร กรุงเทพมหานคร 10900<br>
โทรศัพท์ 0 2105 6480 โทรสาร 0 2105 6499 อีเมล saraban@udsa.or.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>© 2569 UDSA. All rights reserved.</div>
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
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>{ext.upper()} {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่เผยแพร่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if ROWS[k][1] != "none" and not k.startswith("proc-20") and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs ({key} = a file's link)
    (319, (2026, 4, 9), "สมม. ลงนามบันทึกความร่วมมือกับเทศบาลนำร่อง 5 แห่ง ใช้แพลตฟอร์มข้อมูลเปิดของเมือง",
     ["วันที่ 9 เมษายน 2569 ผู้อำนวยการ สมม. ลงนามบันทึกความร่วมมือกับเทศบาลนำร่อง 5 แห่ง เพื่อเชื่อมโยงข้อมูลการสัญจรตามมาตรฐานข้อมูลเมือง"]),
    (318, (2026, 4, 2), "ขอเชิญร่วมประชุมรับฟังความคิดเห็นต่อ (ร่าง) มาตรฐานข้อมูลเมืองด้านการสัญจร 21 พฤษภาคม 2569",
     ["สมม. ขอเชิญองค์กรปกครองส่วนท้องถิ่น ภาคเอกชน และประชาชนผู้สนใจ ร่วมประชุมรับฟังความคิดเห็น ในวันที่ 21 พฤษภาคม 2569 "
      "ลงทะเบียนภายในวันที่ 8 พฤษภาคม 2569", '<a href="{invite-hearing}">ดาวน์โหลดหนังสือเชิญ</a>']),
    (314, (2026, 3, 12), "เปิดรับสมัครหลักสูตรนักวิเคราะห์ข้อมูลเมือง รุ่นที่ 6",
     ["รับสมัครบุคลากรขององค์กรปกครองส่วนท้องถิ่น จำนวน 60 คน ระหว่างวันที่ 12 - 31 มีนาคม 2569 ผ่านระบบ E-Service"]),
    (309, (2026, 2, 17), "สมม. จัดงาน Open City Data Day 2026",
     ["วันที่ 17 กุมภาพันธ์ 2569 สมม. จัดงาน Open City Data Day 2026 ณ ศูนย์การประชุมในกรุงเทพมหานคร มีผู้เข้าร่วมกว่า 400 คน"]),
    (305, (2026, 1, 22), "สมม. จัดอบรมการป้องกันผลประโยชน์ทับซ้อนและส่งเสริมจริยธรรม ประจำปีงบประมาณ 2569",
     ["วันที่ 22 มกราคม 2569 สมม. จัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมของเจ้าหน้าที่และการป้องกันผลประโยชน์ทับซ้อน "
      "โดยคณะทำงานขับเคลื่อนจริยธรรม มีผู้บริหารและพนักงานเข้าร่วม 71 คน พร้อมเผยแพร่ Do's & Don'ts สำหรับพนักงาน",
      "ผู้เข้าร่วมทำแบบทดสอบหลังการอบรม ผ่านเกณฑ์ร้อยละ 94.37"]),
    (301, (2025, 12, 18), "การประชุมคณะกรรมการบริหาร ครั้งที่ 12/2568",
     ["คณะกรรมการบริหารพิจารณาผลการดำเนินงานไตรมาสที่ 1 ปีงบประมาณ 2569", '<a href="{news-photos}">ภาพกิจกรรม (PDF)</a>']),
    (296, (2025, 11, 25), "ประกาศรายชื่อผู้ผ่านการคัดเลือกเป็นพนักงาน ตำแหน่งนักวิเคราะห์ข้อมูล",
     ["ผู้ผ่านการคัดเลือกรายงานตัววันที่ 8 ธันวาคม 2568 ณ ฝ่ายบริหารทรัพยากรบุคคล ชั้น 14"]),
    (288, (2025, 10, 15), "สมม. ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2569",
     ["ผู้อำนวยการ สมม. ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ประจำปีงบประมาณ พ.ศ. 2569 "
      "และขอความร่วมมือคู่ค้าและผู้รับบริการงดให้ของขวัญ", '<a href="{nogift-69}">ประกาศ No Gift Policy</a>']),
    (284, (2025, 10, 2), "ผู้อำนวยการมอบนโยบายการดำเนินงาน ประจำปีงบประมาณ 2569",
     ["ผู้อำนวยการ สมม. มอบนโยบายแก่พนักงาน เน้นการขยายผลมาตรฐานข้อมูลเมืองสู่เมืองขนาดกลางและขนาดเล็ก"]),
    (281, (2025, 10, 1), "สมม. ต้อนรับพนักงานใหม่ ประจำปีงบประมาณ 2569",
     ["ปฐมนิเทศพนักงานใหม่ 4 คน ณ ห้องประชุมชั้น 14"]),
    # FY2568 (page 2)
    (270, (2025, 9, 10), "สมม. รับรางวัลหน่วยงานภาครัฐที่เปิดเผยข้อมูลดีเด่น",
     ["สมม. ได้รับรางวัลหน่วยงานเปิดเผยข้อมูลภาครัฐดีเด่น ประจำปี 2568"]),
    (262, (2025, 7, 4), "พิธีปิดหลักสูตรนักวิเคราะห์ข้อมูลเมือง รุ่นที่ 5", ["ผู้สำเร็จการศึกษา 58 คน จาก 41 องค์กรปกครองส่วนท้องถิ่น"]),
    (251, (2025, 4, 25), "การประชุมคณะกรรมการบริหาร ครั้งที่ 4/2568", ["พิจารณาผลการประเมินแผนยุทธศาสตร์ พ.ศ. 2563 - 2567"]),
    (246, (2025, 2, 14), "Open City Data Day 2025", ["กิจกรรมแสดงผลงานการใช้ข้อมูลเปิดของเมือง 12 ผลงาน"]),
    (240, (2024, 10, 16), "สมม. ประกาศนโยบาย No Gift Policy ประจำปีงบประมาณ 2568", ["ประกาศ ณ วันที่ 1 ตุลาคม 2567"]),
    (236, (2024, 10, 7), "ประกาศใช้แผนปฏิบัติการประจำปีงบประมาณ 2568", ['<a href="{actplan-68}">แผนปฏิบัติการ 2568</a>']),
    # FY2567 (page 3)
    (214, (2024, 8, 14), "สรุปผลการประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสียต่อ (ร่าง) มาตรฐานข้อมูลเมืองด้านสาธารณสุข",
     ["เมื่อวันที่ 8 สิงหาคม 2567 สมม. จัดประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสียต่อ (ร่าง) มาตรฐานข้อมูลเมืองด้านสาธารณสุข "
      "เพื่อเปิดโอกาสให้องค์กรปกครองส่วนท้องถิ่น โรงพยาบาล ภาคเอกชน และประชาชนมีส่วนร่วมในการดำเนินงาน",
      "มีผู้เข้าร่วม 186 คน (ในห้องประชุม 74 คน ออนไลน์ 112 คน) ได้รับข้อเสนอแนะ 43 ประเด็น สมม. ปรับแก้ (ร่าง) มาตรฐานตามข้อเสนอ 31 ประเด็น "
      "และชี้แจงเหตุผลกรณีไม่ปรับแก้ 12 ประเด็นบนเว็บไซต์"]),
    (205, (2024, 6, 3), "สมม. ร่วมงานสัปดาห์เมืองอัจฉริยะ 2567", ["จัดบูธเผยแพร่มาตรฐานข้อมูลเมือง"]),
    (198, (2024, 3, 1), "พิธีเปิดหลักสูตรนักวิเคราะห์ข้อมูลเมือง รุ่นที่ 4", ["ผู้เข้าอบรม 55 คน"]),
]
PAGES = [NEWS[:10], NEWS[10:16], NEWS[16:]]


def news_pages() -> None:
    links = {k: f(k) for k in ROWS}
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">เผยแพร่ {be(date(y, m, day))} · งานประชาสัมพันธ์</p>{body}'
              '<p><a href="/news/">« ข่าวสารทั้งหมด</a></p>')
    for p, chunk in enumerate(PAGES, 1):
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(date(*n[1]))})</span></li>' for n in chunk)
        nav = " ".join(f"<b>{i}</b>" if i == p else a("/news/" if i == 1 else f"/news/?page={i}", str(i))
                       for i in range(1, len(PAGES) + 1))
        write("/news/" if p == 1 else f"/news/.q/page={p}/", "ข่าวสาร", f'<ul class="news">{items}</ul><p>หน้า {nav}</p>')


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # (ข้อ, heading, [(link text, href or key)]) ; a group row has None
    ("ข้อมูลพื้นฐาน", None),
    ("o1", "โครงสร้างองค์กร และหน้าที่และอำนาจ", [("โครงสร้าง", "/about/structure/"), ("หน้าที่และอำนาจ", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อ สมม. / ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("ถาม-ตอบ", "/qa/")]),
    ("o4", "ข่าวสาร", [("ข่าวสาร", "/news/")]),
    ("การบริหารงานและการใช้จ่ายงบประมาณ", None),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ 2569-2573", "strat-draft"), ("แผนยุทธศาสตร์ สมม.", "strat-63-67")]),
    ("o6", "แผนปฏิบัติการและแผนการใช้จ่ายงบประมาณ ปี 2569", [("แผนปฏิบัติการ 2569", "actplan-69"),
                                                             ("แผนการใช้จ่ายงบประมาณ 2569", "budget-69")]),
    ("o7", "รายงานประจำปี", [("รายงานประจำปี", "/annual-report/")]),
    ("o8", "คู่มือปฏิบัติงาน", [("งานจัดซื้อจัดจ้าง", "manual-proc"), ("งานสารบรรณ", "manual-saraban")]),
    ("o9", "คู่มือการขอรับบริการ", [("คู่มือการขอรับบริการ", "service-manual")]),
    ("o10", "E-Service", [("ระบบ E-Service", "/eservice/"), ("สถิติการให้บริการ", "/eservice/stats/")]),
    ("การจัดซื้อจัดจ้าง", None),
    ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1 ปีงบประมาณ 2569", "/procurement/")]),
    ("o12", "สรุปผลการจัดซื้อจัดจ้างประจำปี", [("รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี", "proc-year")]),
    ("การบริหารและพัฒนาทรัพยากรบุคคล", None),
    ("o13", "หลักเกณฑ์และแผน HR", [("เอกสาร HR", "/download/?cat=hr")]),
    ("o14", "รายงานผล HR", [("รายงานผล", "/hr/report/")]),
    ("o15", "ประมวลจริยธรรม / ขับเคลื่อนจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("คำสั่งคณะทำงาน", "ethics-order"),
                                                   ("กิจกรรมปี 2569", "/news/305/")]),
    ("การส่งเสริมความโปร่งใส", None),
    ("o16", "คู่มือร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("สถิติ ต.ค. 68 - มี.ค. 69", "complaint-stats")]),
    ("o19", "การมีส่วนร่วม", [("การมีส่วนร่วม", "/participation/")]),
    ("การป้องกันการทุจริต", None),
    ("o20", "No Gift Policy", [("ประกาศ 2569", "nogift-69"), ("รายงานการรับของขวัญ 2568", "gift-report-68")]),
    ("o22", "รายงานผลแผนบริหารความเสี่ยงการทุจริต", [("รายงาน ปี 2568", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผน ปี 2569", "anti-plan-69")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงาน ปี 2568", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนาองค์กร", [("การนำผล ITA ไปพัฒนา", "ita-analysis")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("รายงาน ปี 2568", "integrity-report-68")]),
]
ITA_2568 = [
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์", "strat-63-67")]),
    ("o6", "แผนปฏิบัติการ ปี 2568", [("แผนปฏิบัติการ 2568", "actplan-68")]),
    ("o7", "รายงานประจำปี", [("รายงานประจำปี", "annual-67")]),
    ("o17", "คู่มือร้องเรียน", [("คู่มือ", "complaint-manual")]),
    ("o21", "No Gift Policy", [("ข่าวประกาศ 2568", "/news/240/")]),
    ("o23", "การประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง", "risk-68")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>หัวข้อ</th><th>ลิงก์ข้อมูล</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = "<br>".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "หน้าแรก",
          f'<h2>ข่าวสาร</h2><ul class="news">{latest}</ul><p><a href="/news/">ดูทั้งหมด</a></p>'
          '<h2>บริการ</h2><p><a href="/eservice/">ระบบ E-Service</a> · <a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a> · '
          '<a href="/annual-report/">รายงานประจำปี</a> · <a href="/ita/2569/">ITA 2569</a></p>')
    write("/about/history/", "ความเป็นมา",
          "<p>สำนักงานพัฒนามาตรฐานข้อมูลเมือง (องค์การมหาชน) จัดตั้งขึ้นโดยพระราชกฤษฎีกาจัดตั้งสำนักงานพัฒนามาตรฐานข้อมูลเมือง "
          "(องค์การมหาชน) พ.ศ. 2561 อยู่ในกำกับของรัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม สำนักงานใหญ่ตั้งอยู่ที่เขตจตุจักร "
          'กรุงเทพมหานคร</p><p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a> · <a href="/about/law/">กฎหมายที่เกี่ยวข้อง</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : เป็นองค์กรหลักด้านมาตรฐานข้อมูลเมืองเพื่อการพัฒนาเมืองอัจฉริยะที่ยั่งยืน</p>"
          "<ol><li>พัฒนาและประกาศมาตรฐานข้อมูลเมือง</li><li>ส่งเสริมการเปิดเผยและใช้ประโยชน์ข้อมูลของเมือง</li>"
          "<li>พัฒนากำลังคนด้านข้อมูลเมือง</li></ol>")
    write("/about/structure/", "โครงสร้างองค์กร",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างองค์กร สมม." width="160" height="100">'
          "<ul><li>คณะกรรมการบริหารสำนักงานพัฒนามาตรฐานข้อมูลเมือง<ul><li>คณะกรรมการตรวจสอบ<ul><li>ฝ่ายตรวจสอบภายใน</li></ul></li>"
          "<li>คณะอนุกรรมการบริหารทรัพยากรบุคคล</li><li>ผู้อำนวยการ<ul><li>รองผู้อำนวยการ ด้านมาตรฐานและบริการ"
          "<ul><li>ฝ่ายมาตรฐานข้อมูล</li><li>ฝ่ายส่งเสริมและบริการ</li><li>ฝ่ายพัฒนากำลังคน</li></ul></li>"
          "<li>รองผู้อำนวยการ ด้านบริหาร<ul><li>สำนักผู้อำนวยการ</li><li>ฝ่ายยุทธศาสตร์และแผน</li><li>ฝ่ายบริหารทั่วไป (การเงิน บัญชี พัสดุ)</li>"
          "<li>ฝ่ายบริหารทรัพยากรบุคคล</li><li>ฝ่ายเทคโนโลยีสารสนเทศ</li></ul></li></ul></li></ul></li></ul>"
          '<p><a href="/about/authority/">หน้าที่และอำนาจ</a> · <a href="/about/board/">คณะกรรมการบริหาร</a></p>')
    write("/about/authority/", "หน้าที่และอำนาจ",
          "<p>ตามพระราชกฤษฎีกาจัดตั้งสำนักงานพัฒนามาตรฐานข้อมูลเมือง (องค์การมหาชน) พ.ศ. 2561 มาตรา 7 และมาตรา 8 "
          "สำนักงานมีหน้าที่และอำนาจโดยสรุป ดังนี้</p><ol>"
          "<li>จัดทำและเสนอแนะมาตรฐานข้อมูลเมือง รวมทั้งทบทวนมาตรฐานให้ทันสมัย</li>"
          "<li>รับรองการใช้มาตรฐานข้อมูลเมืองของหน่วยงานของรัฐและเอกชน</li>"
          "<li>ส่งเสริมและสนับสนุนองค์กรปกครองส่วนท้องถิ่นในการเปิดเผยข้อมูลของเมือง</li>"
          "<li>พัฒนาบุคลากรด้านข้อมูลเมือง และเผยแพร่องค์ความรู้</li>"
          "<li>ร่วมมือกับหน่วยงานในประเทศและต่างประเทศ และถือกรรมสิทธิ์ ทำนิติกรรม และเรียกเก็บค่าบริการตามที่คณะกรรมการกำหนด</li></ol>"
          '<p>ตัวบทกฎหมายฉบับเต็ม : <a href="/about/law/">กฎหมายที่เกี่ยวข้อง</a></p>')
    write("/about/law/", "กฎหมายที่เกี่ยวข้อง",
          "<ul><li>พระราชกฤษฎีกาจัดตั้งสำนักงานพัฒนามาตรฐานข้อมูลเมือง (องค์การมหาชน) พ.ศ. 2561</li>"
          "<li>พระราชบัญญัติองค์การมหาชน พ.ศ. 2542</li><li>พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</li></ul>")
    board = [("ศาสตราจารย์ ดร.อนุสรณ์ ปัญญาวงศ์", "ประธานกรรมการบริหาร"), ("นางวรรณี ธนากรกุล", "กรรมการผู้ทรงคุณวุฒิ"),
             ("นายเกียรติศักดิ์ มั่นคงธรรม", "กรรมการผู้ทรงคุณวุฒิ"), ("นายธีรวัฒน์ ศักดิ์ชัยกุล", "กรรมการและเลขานุการ")]
    write("/about/board/", "คณะกรรมการบริหาร", "<ul>" + "".join(f"<li>{esc(n)} {esc(p)}</li>" for n, p in board) + "</ul>")
    execs = [("นายธีรวัฒน์ ศักดิ์ชัยกุล", "ผู้อำนวยการ", "0 2105 6480 ต่อ 101", "director@udsa.or.th"),
             ("นางสาวกมลชนก วิริยะพันธ์", "รองผู้อำนวยการ ด้านมาตรฐานและบริการ", "0 2105 6480 ต่อ 102", "kamonchanok.w@udsa.or.th"),
             ("นายปกรณ์ เลิศวัฒนสกุล", "รองผู้อำนวยการ ด้านบริหาร", "0 2105 6480 ต่อ 103", "pakorn.l@udsa.or.th")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}<br>อีเมล {e}</div>" for n, p, t, e in execs)
    write("/about/executives/", "ผู้บริหาร", cards)
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>อาคารธนพัฒน์ ชั้น 14 เลขที่ 333 ถนนวิภาวดีรังสิต แขวงจอมพล เขตจตุจักร กรุงเทพมหานคร 10900</p>"
          "<p>โทรศัพท์ 0 2105 6480 โทรสาร 0 2105 6499<br>อีเมล saraban@udsa.or.th</p>"
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (เดินทางโดยรถไฟฟ้า สถานีใกล้ที่สุด เดินประมาณ 5 นาที)</p>"
          '<p><a href="https://maps.google.com/?q=13.8123,100.5617">แผนที่ (Google Maps)</a></p>'
          '<p>สอบถามข้อมูล : <a href="/qa/">ถาม-ตอบ (Q&amp;A)</a></p>')
    qa = [("ขอทราบขั้นตอนการขอรับรองมาตรฐานข้อมูลเมืองสำหรับเทศบาลครับ", "คุณสมชาย", "18 มี.ค. 2569",
           "ยื่นคำขอผ่านระบบ E-Service พร้อมตัวอย่างชุดข้อมูล ระยะเวลาประมาณ 29 วันทำการ ดูรายละเอียดในคู่มือการขอรับบริการค่ะ (เจ้าหน้าที่)"),
          ("หลักสูตรนักวิเคราะห์ข้อมูลเมืองเปิดให้บุคคลทั่วไปสมัครได้หรือไม่", "คุณนภา", "14 มี.ค. 2569",
           "รุ่นที่ 6 รับเฉพาะบุคลากรขององค์กรปกครองส่วนท้องถิ่นค่ะ (เจ้าหน้าที่)")]
    items = "".join(f'<div class="qa"><p><b>ถาม:</b> {esc(q)} <small>{w} {t}</small></p><p><b>ตอบ:</b> {esc(r)}</p></div>'
                    for q, w, t, r in qa)
    write("/qa/", "ถาม-ตอบ (Q&A)",
          f'{items}<form action="/qa/post/" method="post"><h2>ส่งคำถาม</h2>หัวข้อ <input name="subject"><br>'
          'คำถาม <textarea name="body"></textarea><br>ชื่อ <input name="name"><br>อีเมล <input name="email"><br>'
          "<button>ส่งคำถาม</button></form>")
    write("/eservice/", "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)",
          "<p>ยื่นคำขอรับบริการของ สมม. ทางออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะแจ้งผลทางอีเมล</p>"
          '<form action="https://eservice.udsa.or.th/request/submit" method="post"><h2>แบบคำขอรับบริการออนไลน์</h2>'
          'ประเภทบริการ <select name="service"><option>ขอรับรองการใช้มาตรฐานข้อมูลเมือง</option>'
          "<option>ขอใช้ชุดข้อมูลเมือง</option><option>สมัครหลักสูตรอบรม</option></select><br>"
          'ชื่อหน่วยงาน/ผู้ขอ <input name="org"><br>อีเมล <input name="email"><br>โทรศัพท์ <input name="phone"><br>'
          'รายละเอียด <textarea name="detail"></textarea><br>แนบไฟล์ <input type="file" name="file"><br><button>ยื่นคำขอ</button></form>'
          '<p><a href="/eservice/stats/">สถิติการให้บริการ</a></p>')
    months = ["ต.ค. 67", "พ.ย. 67", "ธ.ค. 67", "ม.ค. 68", "ก.พ. 68", "มี.ค. 68", "เม.ย. 68", "พ.ค. 68", "มิ.ย. 68", "ก.ค. 68",
              "ส.ค. 68", "ก.ย. 68"]
    stats = [("ขอรับรองการใช้มาตรฐานข้อมูลเมือง", [2, 1, 3, 2, 4, 2, 1, 3, 2, 5, 2, 3]),
             ("ขอใช้ชุดข้อมูลเมือง", [11, 9, 14, 8, 12, 15, 7, 10, 13, 9, 12, 16]),
             ("สมัครหลักสูตรอบรม (ผ่าน E-Service)", [0, 0, 0, 0, 64, 31, 0, 0, 0, 0, 0, 0])]
    head_row = "".join(f"<th>{m}</th>" for m in months)
    body_rows = "".join(f"<tr><td>{esc(s)}</td>" + "".join(f"<td>{v}</td>" for v in vals) + f"<td>{sum(vals)}</td></tr>"
                        for s, vals in stats)
    write("/eservice/stats/", "สถิติการให้บริการ",
          f'<table class="list"><tr><th>บริการ</th>{head_row}<th>รวม</th></tr>{body_rows}</table>'
          "<p>ที่มา : ระบบ E-Service ข้อมูล ณ วันที่ 6 ตุลาคม 2568</p>")
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนเรื่องทั่วไปได้ที่ Call Center 0 2105 6480 หรืออีเมล complaint@udsa.or.th</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับตามคู่มือการจัดการเรื่องร้องเรียน</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้แจ้ง (ไม่ระบุได้) <input name="name"><br>'
          'ช่องทางติดต่อกลับ <input name="contact"><br>ผู้ถูกร้องเรียน/หน่วยงาน <input name="target"><br>'
          'รายละเอียดพฤติการณ์ <textarea name="detail"></textarea><br>หลักฐาน <input type="file" name="file"><br>'
          "<button>ส่งเรื่อง</button></form>"
          '<p>ช่องทางภายนอก : <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · '
          '<a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a></p>')
    write("/hr/", "การบริหารทรัพยากรบุคคล",
          '<ul><li><a href="/download/?cat=hr">หลักเกณฑ์และแผนการบริหารทรัพยากรบุคคล</a></li>'
          '<li><a href="/hr/report/">รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล</a></li><li><a href="/news/296/">ประกาศรับสมัครงาน</a></li></ul>')
    write("/hr/report/", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล",
          "<p>ในปีงบประมาณ พ.ศ. 2567 (1 ตุลาคม 2566 - 30 กันยายน 2567) สำนักงานฯ ดำเนินการตามแผนการบริหารและพัฒนาทรัพยากรบุคคล "
          "มีพนักงานทั้งสิ้น 71 คน อัตราการลาออกร้อยละ 5.6 พนักงานได้รับการพัฒนาเฉลี่ย 34 ชั่วโมงต่อคน</p>"
          '<table class="list"><tr><th>โครงการ</th><th>เป้าหมาย</th><th>ผล</th></tr>'
          "<tr><td>สรรหาพนักงานทดแทน</td><td>5 อัตรา</td><td>5 อัตรา</td></tr>"
          "<tr><td>หลักสูตรการบริหารโครงการข้อมูล</td><td>40 คน</td><td>38 คน</td></tr>"
          "<tr><td>ประเมินสมรรถนะและ IDP</td><td>71 คน</td><td>71 คน</td></tr></table>"
          "<p>ปัญหาและข้อเสนอแนะ : ตำแหน่งนักวิเคราะห์ข้อมูลสรรหายาก ควรปรับค่าตอบแทนให้แข่งขันได้</p>"
          "<p>ปรับปรุงล่าสุด 18 พ.ย. 2567 · ฝ่ายบริหารทรัพยากรบุคคล</p>")
    write("/participation/", "การเปิดโอกาสให้มีส่วนร่วม",
          '<ul><li><a href="/news/318/">ขอเชิญร่วมประชุมรับฟังความคิดเห็นต่อ (ร่าง) มาตรฐานข้อมูลเมืองด้านการสัญจร 21 พฤษภาคม 2569</a></li>'
          '<li><a href="/news/214/">สรุปผลการประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสียต่อ (ร่าง) มาตรฐานข้อมูลเมืองด้านสาธารณสุข</a></li></ul>')
    write("/annual-report/", "รายงานประจำปี",
          '<p><img src="/assets/cover.png" alt="ปกรายงานประจำปี" width="90" height="120"></p>'
          f'<p>{a(f("annual-67"), "ดาวน์โหลดรายงานประจำปี (ฉบับล่าสุด)")} (PDF {size_of("annual-67")})</p>'
          "<p>รายงานประจำปีฉบับก่อนหน้า ขอรับได้ที่สำนักผู้อำนวยการ</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สมม. เก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU + [
        ("หน้าที่และอำนาจ", "/about/authority/"), ("รายงานประจำปี", "/annual-report/"), ("การบริหารทรัพยากรบุคคล", "/hr/"),
        ("การมีส่วนร่วม", "/participation/"), ("ITA", "/ita/")])
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    # procurement: the monthly summaries, newest first
    months_rows = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), ROWS[k][3].upper())}</td></tr>'
                   for k in months_rows)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่เผยแพร่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศและรายงานอื่น</h2><p><a href="/download/?cat=procure">เอกสารจัดซื้อจัดจ้างทั้งหมด</a></p>')
    cats = " · ".join(f'<a href="/download/?cat={s}">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/.q/cat={slug}/", f"ดาวน์โหลดเอกสาร : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปีงบประมาณ พ.ศ. 2569</a></li><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_table(ITA_2568))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    for n in ("logo.png", "person.png", "chart.png", "cover.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}#top{background:#123f6b;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:230px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #ccd;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aab;padding:3px}#footer{background:#e8eef5;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
