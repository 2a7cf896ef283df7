"""Generate the HTML pages of the "privateedu" test site (สำนักงานศึกษาธิการจังหวัดนครปรางค์, invented).

Run:  python tests/sites/privateedu/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A provincial education office's site, kept by its private-education group, on an old PHP CMS
template: a top bar, a banner, a menu, a side column (the head of the office, links for private
schools, ITA of two years, related agencies, visitor counter) and a footer on every page.  Pages
are folder/index.html; the CMS's download module is /download.php?cat=<category>, kept as query
copies under download.php.q/ (the bare /download.php is the list of everything).  The monthly
สขร.1 are on /procurement/, news under /news/ (two pages).  The ITA page /ita/2569/ is a table
o1 … o26 in the office's own wording; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, path_of  # noqa: E402

ORG = "สำนักงานศึกษาธิการจังหวัดนครปรางค์"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน/แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "สถิติการให้บริการ", "procure": "จัดซื้อจัดจ้าง", "hr": "บริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
HIDDEN = {"old-ita-row", "region-plan"}  # linked only from last year's ITA page / the side column
MISSING_SIZE = {"risk-report-68": "388.2 KB", "old-ita-row": "96.0 KB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return path_of(key)


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("การศึกษาเอกชน", "/privateschool/"), ("ข่าวประชาสัมพันธ์", "/news/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download.php?cat=all"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">{ORG} กระทรวงศึกษาธิการ · Nakhon Prang Provincial Education Office · โทร. 0 5561 2408</div>
<div id="banner"><img src="/assets/logo.png" alt="ตรากระทรวงศึกษาธิการ" width="60" height="60">
<b>{ORG}</b><br><small>กลุ่มส่งเสริมการศึกษาเอกชน · ศูนย์ข้อมูลข่าวสาร</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/person.png" alt="" width="90" height="110"><br><b>ศึกษาธิการจังหวัดนครปรางค์</b><br>
นายวรพจน์ ศรีสุขวัฒนา</div>
<div class="box"><b>สำหรับโรงเรียนเอกชน</b><br><a href="/privateschool/subsidy/">เงินอุดหนุนรายบุคคล</a><br>
<a href="/privateschool/license/">ขออนุญาตจัดตั้งโรงเรียน</a><br><a href="/privateschool/welfare/">กองทุนสงเคราะห์</a><br>
<a href="/download.php?cat=manual">คู่มือประชาชน</a></div>
<div class="box"><b>ITA</b><br><a href="/ita/2569/">OIT ปีงบประมาณ ๒๕๖๙</a><br><a href="/ita/2568/">OIT ปีงบประมาณ ๒๕๖๘</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a></div>
<div class="box"><b>หน่วยงานที่เกี่ยวข้อง</b><br><a href="https://www.opec.go.th/">สำนักงานคณะกรรมการส่งเสริมการศึกษาเอกชน</a><br>
<a href="{f('region-plan')}">แผนพัฒนาการศึกษา ศธภ.17</a><br><a href="https://www.moe.go.th/">กระทรวงศึกษาธิการ</a></div>
<div class="box">ผู้เข้าชมวันนี้ ๑๒๔ · ทั้งหมด ๓๑๘,๐๒๗</div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} ศาลากลางจังหวัดนครปรางค์ (หลังเดิม) ชั้น 2 ถนนราชดำริ ตำบลในเมือง อำเภอเมืองนครปรางค์
จังหวัดนครปรางค์ 64190<br>โทรศัพท์ 0 5561 2408 โทรสาร 0 5561 2409 อีเมล nprang-moe@example.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
Powered by SchoolCMS 3.2 · ปรับปรุงล่าสุด ๗ เม.ย. ๒๕๖๙</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if key in MISSING_SIZE:
        return MISSING_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        _no, ext, title, _cat, up, _kind, _c = DOCS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}" target="_blank">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>{ext.upper()} {size_of(k)}</td><td>{(i * 37) % 90 + 12}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th><th>ดาวน์โหลด</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in DOCS if k not in HIDDEN and (cat is None or DOCS[k][3] == cat)]
    return sorted(keys, key=lambda k: DOCS[k][4], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (B.E. y, m, d), title, paragraphs (HTML allowed)
    (418, (2569, 4, 7), "ประชาสัมพันธ์ การส่งข้อมูลนักเรียนเพื่อขอรับเงินอุดหนุน ภาคเรียนที่ 1/2569",
     ["ขอให้โรงเรียนเอกชนในระบบทุกแห่งส่งข้อมูลนักเรียนผ่านระบบภายในวันที่ 10 มิถุนายน 2569 ตามคู่มือการปฏิบัติงาน"]),
    (415, (2569, 3, 25), "ตรวจเยี่ยมโรงเรียนเอกชนนอกระบบ ประเภทกวดวิชา อำเภอเมืองนครปรางค์",
     ["คณะเจ้าหน้าที่กลุ่มส่งเสริมการศึกษาเอกชนตรวจเยี่ยมโรงเรียนกวดวิชา 9 แห่ง ตรวจสอบใบอนุญาตและความปลอดภัยอาคาร"]),
    (412, (2569, 2, 27), "ประชุมคณะกรรมการศึกษาธิการจังหวัดนครปรางค์ (กศจ.) ครั้งที่ 2/2569",
     ["ที่ประชุมพิจารณาการบรรจุและแต่งตั้ง และรับทราบผลการดำเนินงานไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2569"]),
    (409, (2569, 1, 23), "ประชุมรับฟังความคิดเห็นผู้บริหารโรงเรียนเอกชน ปีงบประมาณ พ.ศ. 2569",
     ["วันที่ 22 มกราคม 2569 สำนักงานศึกษาธิการจังหวัดนครปรางค์ จัดประชุมรับฟังความคิดเห็นผู้รับใบอนุญาตและผู้อำนวยการโรงเรียนเอกชน "
      "58 คน ต่อการให้บริการของกลุ่มส่งเสริมการศึกษาเอกชน ผู้เข้าร่วมเสนอให้แจ้งผลการโอนเงินอุดหนุนทางออนไลน์",
      '<a href="{hearing-report}">รายงานผลการประชุมรับฟังความคิดเห็น (PDF)</a>']),
    (406, (2569, 1, 15), "อบรมเสริมสร้างจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2569",
     ["วันที่ 15 มกราคม 2569 บุคลากรสำนักงานศึกษาธิการจังหวัดนครปรางค์ 39 คน เข้ารับการอบรมเพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือน "
      "และรับทราบ Do's &amp; Don'ts ของหน่วยงาน วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัด"]),
    (403, (2569, 1, 16), "พิธีรำลึกพระคุณครู วันครู ครั้งที่ 70 ประจำปี 2569",
     ["ครูโรงเรียนเอกชนได้รับรางวัลครูเอกชนดีเด่น 6 คน"]),
    (400, (2569, 1, 12), "ขอเชิญผู้บริหารโรงเรียนเอกชนร่วมประชุมรับฟังความคิดเห็น 22 มกราคม 2569",
     ['ดาวน์โหลด <a href="{invite}">หนังสือเชิญประชุม</a> และตอบรับภายในวันที่ 19 มกราคม 2569']),
    (396, (2568, 12, 9), "ร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล ประจำปี 2568",
     ["บุคลากรร่วมเดินรณรงค์และประกาศเจตนารมณ์ต่อต้านการทุจริต ณ ศาลากลางจังหวัดนครปรางค์"]),
    (391, (2568, 11, 6), "ประชุมผู้บริหารโรงเรียนเอกชนในระบบ ครั้งที่ 1/2569",
     ["ชี้แจงแนวทางการเบิกจ่ายเงินอุดหนุนรายบุคคล ภาคเรียนที่ 2/2568 และการประกันคุณภาพภายใน"]),
    (388, (2568, 10, 8), "ต้อนรับคณะศึกษาดูงานจากสำนักงานศึกษาธิการจังหวัดใกล้เคียง",
     ["แลกเปลี่ยนเรียนรู้การส่งเสริมการศึกษาเอกชนนอกระบบ"]),
    # FY2568, page 2
    (361, (2568, 8, 20), "อบรมพัฒนาครูโรงเรียนเอกชนสู่ครูมืออาชีพ รุ่นที่ 3",
     ["ครูโรงเรียนเอกชน 212 คน เข้ารับการอบรม"]),
    (344, (2568, 6, 10), "รับสมัครคัดเลือกครูเอกชนดีเด่น ประจำปี 2568", ["รับสมัครถึง 30 มิถุนายน 2568"]),
    (322, (2568, 1, 24), "ประชุมรับฟังความคิดเห็นผู้บริหารโรงเรียนเอกชน ปีงบประมาณ พ.ศ. 2568",
     ["วันที่ 24 มกราคม 2568 ผู้บริหารโรงเรียนเอกชน 44 คน ร่วมให้ข้อเสนอแนะต่อการให้บริการ"]),
    (298, (2568, 1, 20), "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568",
     ["<b>การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2567</b>: สำนักงานได้คะแนน 87.45 (ระดับ A) "
      "ประเด็นที่ต้องพัฒนา ได้แก่ การเปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน และคู่มือสำหรับประชาชน",
      "<b>มาตรการ ปีงบประมาณ พ.ศ. 2568</b>: (1) เผยแพร่สรุปผลการจัดซื้อจัดจ้างทุกเดือน ผู้รับผิดชอบ กลุ่มอำนวยการ "
      "(2) ปรับปรุงคู่มือสำหรับประชาชน ผู้รับผิดชอบ กลุ่มส่งเสริมการศึกษาเอกชน (3) เปิดช่องทางร้องเรียนออนไลน์ "
      "ขั้นตอน: จัดทำแผน ดำเนินการ ติดตามผลรายไตรมาส รายงานศึกษาธิการจังหวัด"]),
    (281, (2567, 10, 3), "ย้ำนโยบาย No Gift Policy ไม่รับของขวัญทุกชนิดจากการปฏิบัติหน้าที่",
     ['สำนักงานศึกษาธิการจังหวัดนครปรางค์ขอความร่วมมือผู้มาติดต่องดให้ของขวัญ ตาม<a href="{nogift-66}">ประกาศนโยบาย No Gift Policy</a>']),
]


def news_body(paras: list[str]) -> str:
    out = []
    for p in paras:
        for key in DOCS:
            p = p.replace("{" + key + "}", f(key))
        out.append(f"<p>{p}</p>")
    return "\n".join(out)


def news_pages() -> None:
    from datetime import datetime

    def date(t):
        return be(datetime(t[0] - 543, t[1], t[2]))

    for nid, when, title, paras in NEWS:
        write(f"/news/{nid}/", title, f'<p class="date">วันที่ {date(when)} · กลุ่มอำนวยการ</p>\n'
              + news_body(paras) + '\n<p><img src="/assets/photo.png" alt="ภาพกิจกรรม" width="320" height="180"></p>'
              + '\n<p><a href="/news/">« กลับหน้าข่าว</a></p>')
    first = [n for n in NEWS if n[1] >= (2568, 10, 1)]
    rest = [n for n in NEWS if n[1] < (2568, 10, 1)]
    for path, items, nav in (("/news/", first, '<a href="/news/page/2/">หน้าถัดไป »</a>'),
                             ("/news/page/2/", rest, '<a href="/news/">« หน้าก่อน</a>')):
        li = "\n".join(f'<li><a href="/news/{n}/">{esc(t)}</a> <small>({date(w)})</small></li>' for n, w, t, _ in items)
        write(path, "ข่าวประชาสัมพันธ์", f"<ul class=\"news\">\n{li}\n</ul>\n<p>{nav}</p>")


# ---------------------------------------------------------------- ITA pages

ITA_2569 = [  # (code, short wording, [(link text, key or path)])
    ("o1", "โครงสร้างหน่วยงาน", [("แผนภูมิโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("ผู้บริหาร", "/about/executives/")]),
    ("o3", "ข้อมูลการติดต่อ / ถาม-ตอบ", [("ติดต่อ", "/contact/"), ("Q&A", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าว", "/news/")]),
    ("o5", "แผนพัฒนาการศึกษา", [("แผนพัฒนาการศึกษาจังหวัด", "edu-plan")]),
    ("o6", "แผนปฏิบัติราชการ / แผนการใช้จ่ายงบประมาณ ปี 2569",
     [("แผนปฏิบัติราชการ ประจำปี 2569", "action-plan"), ("แผนการใช้จ่ายงบประมาณ 2569", "budget-plan")]),
    ("o7", "รายงานผลการดำเนินงาน", [("คลิก", "/download.php?cat=report")]),
    ("o8", "คู่มือปฏิบัติงาน", [("คู่มือ", "subsidy-sop")]),
    ("o9", "คู่มือประชาชน", [("คู่มือ", "service-manual")]),
    ("o10", "E-Service", [("ระบบ", "/eservice/"), ("สถิติ", "service-stats")]),
    ("o11", "สขร.1 รายเดือน", [("คลิก", "/procurement/")]),
    ("o12", "สรุปผลจัดซื้อจัดจ้างประจำปี", [("ปี 2568", "proc-annual-68")]),
    ("o13", "หลักเกณฑ์ / แผน HR", [("คลิก", "/download.php?cat=hr")]),
    ("o14", "รายงานผล HR ประจำปี", [("ปี 2568", "hr-report-68")]),
    ("o15", "ประมวลจริยธรรม / ขับเคลื่อนจริยธรรม", [("ประมวล", "ethics-code"), ("กิจกรรม", "/news/406/")]),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียนทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนทุจริต", [("แจ้งเรื่อง", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียนทุจริต", [("สถิติ", "complaint-stats")]),
    ("o19", "การมีส่วนร่วม", [("รายงาน", "hearing-report"), ("ข่าว", "/news/409/")]),
    ("o20", "No Gift Policy", [("ประกาศ", "nogift-66"), ("รายงานการรับของขวัญ", "gift-report-67")]),
    ("o21", "ประเมินความเสี่ยงทุจริต", [("ปี 2569", "risk-69")]),
    ("o22", "รายงานผลการบริหารความเสี่ยงทุจริต", [("ปี 2568", "risk-report-68")]),
    ("o23", "แผนป้องกันทุจริต", [("ปี 2569", "anti-plan-69")]),
    ("o24", "รายงานผลป้องกันทุจริต", [("ปี 2568", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนาองค์กร", [("มาตรการ", "/news/298/")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("ปี 2568", "integrity-report-68")]),
]

ITA_2568 = [
    ("o1", "โครงสร้าง", [("คลิก", "/about/structure/")]),
    ("o5", "แผนพัฒนาการศึกษา", [("คลิก", "edu-plan")]),
    ("o6", "แผนปฏิบัติราชการประจำปี 2568", [("คลิก", "action-plan")]),
    ("o8", "รายงานผลการดำเนินงาน ปี 2567", [("คลิก", "report-67")]),
    ("o12", "สขร.1", [("มกราคม 2568", "proc-2568-01")]),
    ("o15", "แผนพัฒนาบุคลากร 2568", [("คลิก", "hr-plan-68")]),
    ("o19", "สถิติการให้บริการ", [("ปี 2567", "old-ita-row")]),
    ("o21", "No Gift Policy", [("ประกาศ", "nogift-66"), ("รายงาน", "gift-report-67")]),
    ("o24", "แผนบริหารความเสี่ยงทุจริต", [("ปี 2568", "risk-plan-68")]),
    ("o29", "มาตรการส่งเสริมคุณธรรม", [("ปี 2568", "/news/298/")]),
]


def ita_page(path: str, year: str, rows: list) -> None:
    out = []
    for code, text, links in rows:
        cells = " ".join(f'<a href="{esc(target if target.startswith("/") else f(target))}">{esc(t)}</a>'
                         for t, target in links)
        out.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cells}</td></tr>")
    write(path, f"การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {year}",
          f"<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี {year}</p>\n"
          '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n' + "\n".join(out) + "</table>")


# ---------------------------------------------------------------- other pages

STATIC = {
    "/about/history/": ("ประวัติหน่วยงาน",
                        "<p>สำนักงานศึกษาธิการจังหวัดนครปรางค์ จัดตั้งตามคำสั่งหัวหน้าคณะรักษาความสงบแห่งชาติ ที่ 19/2560 "
                        "โดยรับโอนภารกิจของสำนักงานส่งเสริมการศึกษาเอกชนจังหวัดเดิมมาเป็นกลุ่มส่งเสริมการศึกษาเอกชน</p>"),
    "/about/vision/": ("วิสัยทัศน์ พันธกิจ",
                       "<p>วิสัยทัศน์: บูรณาการการศึกษาทุกสังกัด ผู้เรียนนครปรางค์มีคุณภาพ</p>"
                       "<p>พันธกิจ: ส่งเสริม สนับสนุน และกำกับดูแลสถานศึกษาเอกชนให้จัดการศึกษาได้มาตรฐาน</p>"),
    "/about/structure/": ("โครงสร้างหน่วยงาน",
                          '<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้างสำนักงานศึกษาธิการจังหวัดนครปรางค์" width="600" height="300"></p>'
                          "<ul><li>ศึกษาธิการจังหวัดนครปรางค์<ul><li>รองศึกษาธิการจังหวัด (2 คน)<ul>"
                          "<li>กลุ่มอำนวยการ</li><li>กลุ่มนโยบายและแผน</li><li>กลุ่มบริหารงานบุคคล</li>"
                          "<li>กลุ่มส่งเสริมการจัดการศึกษา</li><li>กลุ่มส่งเสริมการศึกษาเอกชน</li>"
                          "<li>กลุ่มพัฒนาการศึกษา</li><li>กลุ่มนิเทศ ติดตามและประเมินผล</li>"
                          "<li>กลุ่มลูกเสือ ยุวกาชาด และกิจการนักเรียน</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul></li></ul>"
                          "<p>คณะกรรมการศึกษาธิการจังหวัดนครปรางค์ (กศจ.) มีผู้ว่าราชการจังหวัดเป็นประธาน และศึกษาธิการจังหวัดเป็นกรรมการและเลขานุการ</p>"),
    "/about/authority/": ("อำนาจหน้าที่",
                          "<p>ตามระเบียบกระทรวงศึกษาธิการ ว่าด้วยการจัดระเบียบบริหารราชการของกระทรวงศึกษาธิการในภูมิภาค พ.ศ. 2560 "
                          "สำนักงานศึกษาธิการจังหวัดมีอำนาจหน้าที่โดยสรุป ดังนี้</p><ol>"
                          "<li>จัดทำแผนพัฒนาการศึกษาระดับจังหวัดให้สอดคล้องกับแผนระดับภาคและยุทธศาสตร์ชาติ</li>"
                          "<li>ส่งเสริม สนับสนุน และกำกับดูแลสถานศึกษาเอกชนตามกฎหมายว่าด้วยโรงเรียนเอกชน</li>"
                          "<li>พิจารณาอนุญาตจัดตั้ง เปลี่ยนแปลง และเลิกกิจการโรงเรียนเอกชนนอกระบบ</li>"
                          "<li>จัดสรรและเบิกจ่ายเงินอุดหนุนแก่โรงเรียนเอกชน</li>"
                          "<li>ประสานการบริหารงานบุคคลในฐานะสำนักงานของ กศจ.</li>"
                          "<li>ส่งเสริมกิจการลูกเสือ ยุวกาชาด และกิจการนักเรียน</li>"
                          "<li>นิเทศ ติดตาม และประเมินผลการจัดการศึกษาในจังหวัด</li></ol>"),
    "/about/executives/": ("ผู้บริหาร",
                           "".join(f'<div class="exec"><img src="/assets/person.png" alt="{n}" width="90" height="110">'
                                   f"<p><b>{n}</b><br>{p}<br>โทร. {t}</p></div>" for n, p, t in [
                                       ("นายวรพจน์ ศรีสุขวัฒนา", "ศึกษาธิการจังหวัดนครปรางค์", "0 5561 2408 ต่อ 101"),
                                       ("นางกนกพร ธารทิพย์", "รองศึกษาธิการจังหวัดนครปรางค์", "0 5561 2408 ต่อ 102"),
                                       ("นายเกรียงไกร มั่นคงดี", "รองศึกษาธิการจังหวัดนครปรางค์", "0 5561 2408 ต่อ 103"),
                                       ("นางจิราภรณ์ แสงอรุณ", "ผู้อำนวยการกลุ่มส่งเสริมการศึกษาเอกชน", "0 5561 2408 ต่อ 201")])),
    "/about/staff/": ("บุคลากร", "<p>ข้าราชการ 27 คน พนักงานราชการ 6 คน ลูกจ้าง 8 คน (ข้อมูล ณ 1 มีนาคม 2569)</p>"),
    "/privateschool/": ("กลุ่มส่งเสริมการศึกษาเอกชน",
                        '<ul><li><a href="/privateschool/schools/">ทำเนียบโรงเรียนเอกชน</a></li>'
                        '<li><a href="/privateschool/license/">การขออนุญาตจัดตั้งโรงเรียน</a></li>'
                        '<li><a href="/privateschool/subsidy/">เงินอุดหนุนรายบุคคล</a></li>'
                        '<li><a href="/privateschool/welfare/">กองทุนสงเคราะห์</a></li></ul>'),
    "/privateschool/schools/": ("ทำเนียบโรงเรียนเอกชน",
                                "<table class=\"list\"><tr><th>ประเภท</th><th>จำนวน</th></tr>"
                                "<tr><td>ในระบบ สามัญศึกษา</td><td>31</td></tr><tr><td>ในระบบ อาชีวศึกษา</td><td>7</td></tr>"
                                "<tr><td>นอกระบบ กวดวิชา</td><td>28</td></tr><tr><td>นอกระบบ วิชาชีพ</td><td>30</td></tr>"
                                "<tr><td>นอกระบบ ศิลปะและกีฬา</td><td>6</td></tr></table>"),
    "/privateschool/license/": ("การขออนุญาตจัดตั้งโรงเรียนเอกชนนอกระบบ",
                                '<p>ดู <a href="' + path_of("service-manual") + '">คู่มือสำหรับประชาชน</a> หรือ '
                                '<a href="/eservice/">ยื่นคำขอออนไลน์</a></p>'),
    "/privateschool/subsidy/": ("เงินอุดหนุนรายบุคคล",
                                "<p>ภาคเรียนที่ 2/2568 โอนเงินอุดหนุนแล้ว 38 โรง เมื่อวันที่ 19 ธันวาคม 2568</p>"),
    "/privateschool/welfare/": ("กองทุนสงเคราะห์", "<p>ยื่นขอรับเงินสวัสดิการกองทุนสงเคราะห์ได้ที่กลุ่มส่งเสริมการศึกษาเอกชน</p>"),
    "/contact/": ("ติดต่อเรา",
                  "<p>" + ORG + "<br>ศาลากลางจังหวัดนครปรางค์ (หลังเดิม) ชั้น 2 ถนนราชดำริ ตำบลในเมือง อำเภอเมืองนครปรางค์ จังหวัดนครปรางค์ 64190</p>"
                  "<p>โทรศัพท์ 0 5561 2408 โทรสาร 0 5561 2409<br>อีเมล nprang-moe@example.go.th · สารบรรณ saraban.nprang@example.go.th</p>"
                  "<p>เวลาทำการ วันจันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
                  '<p><a href="https://maps.google.com/?q=15.7041,100.1372">แผนที่ Google Maps</a> · '
                  '<a href="https://www.facebook.com/">Facebook ศธจ.นครปรางค์</a> · <a href="/qa/">กระดานถาม-ตอบ</a></p>'),
    "/qa/": ("ถาม-ตอบ (Q&A)",
             '<ul><li><a href="/qa/102/">ขอหนังสือรับรองการเป็นครูโรงเรียนเอกชน ใช้เวลากี่วัน</a> (ตอบแล้ว 3 มี.ค. 2569)</li>'
             '<li><a href="/qa/101/">เปิดโรงเรียนสอนทำอาหาร ต้องขออนุญาตหรือไม่</a> (ตอบแล้ว 12 ม.ค. 2569)</li></ul>'
             '<form action="/qa/" method="post"><p>ชื่อ <input name="name"> อีเมล <input name="email"></p>'
             '<p>คำถาม <textarea name="q"></textarea></p><p><button>ส่งคำถาม</button></p></form>'),
    "/qa/101/": ("เปิดโรงเรียนสอนทำอาหาร ต้องขออนุญาตหรือไม่",
                 "<p><b>ถาม</b> (คุณมณี, 10 ม.ค. 2569): อยากเปิดสอนทำอาหารมีหลักสูตร ต้องขออนุญาตไหมคะ</p>"
                 "<p><b>ตอบ</b> (กลุ่มส่งเสริมการศึกษาเอกชน, 12 ม.ค. 2569): ต้องขออนุญาตจัดตั้งโรงเรียนเอกชนนอกระบบ ประเภทวิชาชีพ "
                 'ดูรายละเอียดใน <a href="' + path_of("service-manual") + '">คู่มือสำหรับประชาชน</a></p>'),
    "/qa/102/": ("ขอหนังสือรับรองการเป็นครูโรงเรียนเอกชน ใช้เวลากี่วัน",
                 "<p><b>ถาม</b> (ครูเอกชน, 1 มี.ค. 2569): ขอหนังสือรับรองใช้เวลากี่วันครับ</p>"
                 "<p><b>ตอบ</b> (กลุ่มส่งเสริมการศึกษาเอกชน, 3 มี.ค. 2569): 3 วันทำการ ยื่นผ่าน E-Service ได้</p>"),
    "/eservice/": ("E-Service ระบบบริการออนไลน์",
                   '<p>ยื่นคำขอออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่ตอบกลับภายใน 1 วันทำการ · '
                   f'<a href="{path_of("service-stats")}">สถิติการให้บริการ ปีงบประมาณ 2569</a></p>'
                   '<form action="https://docs.google.com/forms/d/e/1FAIpQLSe-npr-eservice/formResponse" method="post">'
                   '<p>บริการ <select name="svc"><option>ขอหนังสือรับรองการเป็นครูโรงเรียนเอกชน</option>'
                   '<option>ขออนุญาตจัดตั้งโรงเรียนเอกชนนอกระบบ</option><option>ขอรับเงินสวัสดิการกองทุนสงเคราะห์</option></select></p>'
                   '<p>ชื่อ-สกุล <input name="name"> เลขบัตรประชาชน <input name="pid"> โทรศัพท์ <input name="tel"></p>'
                   '<p>แนบไฟล์ <input type="file" name="doc"></p><p><button>ยื่นคำขอ</button></p></form>'),
    "/complaint/": ("ร้องเรียน/ร้องทุกข์",
                    '<p>ร้องเรียนการให้บริการ โทร. 0 5561 2408 ต่อ 111 หรือ <a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a></p>'
                    f'<p><a href="{path_of("complaint-manual")}">คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'),
    "/complaint/corruption/": ("แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
                               "<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ ไม่ประสงค์ออกนามได้</p>"
                               '<form action="/complaint/corruption/" method="post"><p>ชื่อ (ไม่บังคับ) <input name="name"> '
                               'โทรศัพท์ <input name="tel"></p><p>ผู้ถูกร้องเรียน <input name="who"></p>'
                               '<p>รายละเอียด <textarea name="detail"></textarea></p><p>หลักฐาน <input type="file" name="ev"></p>'
                               "<p><button>ส่งเรื่อง</button></p></form><p>หรือโทร. 0 5561 2408 ต่อ 111 (ศูนย์รับเรื่องร้องเรียน)</p>"),
    "/ita/": ("ITA", '<ul><li><a href="/ita/2569/">OIT ปีงบประมาณ พ.ศ. 2569</a></li>'
                     '<li><a href="/ita/2568/">OIT ปีงบประมาณ พ.ศ. 2568</a></li></ul>'),
    "/privacy/": ("นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>สำนักงานเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>"),
}


def download_pages() -> None:
    """The CMS's download module: /download.php?cat=<cat> as query copies, the bare script lists all."""
    nav = " · ".join(f'<a href="/download.php?cat={c}">{esc(t)}</a>' for c, t in CATS.items())
    everything = layout("ดาวน์โหลดเอกสาร", f"<p>{nav}</p>\n" + table(listed()))
    with open(os.path.join(HERE, "download.php"), "w", encoding="utf-8") as fh:
        fh.write(everything)
    for cat, title in [("all", "ทั้งหมด"), *CATS.items()]:
        target = os.path.join(HERE, "download.php.q", f"cat={cat}", "index.html")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as fh:
            fh.write(layout(f"ดาวน์โหลดเอกสาร: {title}", f"<p>{nav}</p>\n" + table(listed(None if cat == "all" else cat))))


def assets() -> None:
    from PIL import Image, ImageDraw

    folder = os.path.join(HERE, "assets")
    os.makedirs(folder, exist_ok=True)
    for name, size, color in [("logo.png", (60, 60), (30, 60, 140)), ("person.png", (90, 110), (200, 200, 200)),
                              ("photo.png", (320, 180), (150, 180, 150))]:
        Image.new("RGB", size, color).save(os.path.join(folder, name), optimize=True)
    chart = Image.new("RGB", (600, 300), "white")
    draw = ImageDraw.Draw(chart)
    draw.rectangle((240, 20, 360, 60), outline="black")
    for i in range(9):
        draw.rectangle((10 + i * 65, 200, 65 + i * 65, 260), outline="black")
        draw.line((300, 60, 37 + i * 65, 200), fill="black")
    chart.save(os.path.join(folder, "chart.png"), optimize=True)
    with open(os.path.join(folder, "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#123;color:#fff;font-size:12px;padding:3px}"
                 "#menu{list-style:none;background:#2a5;margin:0;padding:0}#menu li{display:inline-block;padding:6px}"
                 "#wrap{display:flex}#side{width:220px}#main{flex:1;padding:10px}.box{border:1px solid #ccc;margin:6px;padding:6px}"
                 "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}#footer{background:#eee;padding:8px}\n")


def main() -> None:
    assets()
    news_pages()
    ita_page("/ita/2569/", "2569", ITA_2569)
    ita_page("/ita/2568/", "2568", ITA_2568)
    for path, (title, body) in STATIC.items():
        write(path, title, body)
    download_pages()
    proc = [k for k in listed("procure")]
    write("/procurement/", "จัดซื้อจัดจ้าง",
          "<h2>สรุปผลการจัดซื้อจัดจ้าง (แบบ สขร.1) และประกาศ</h2>\n" + table(proc)
          + '\n<p>ประกาศจัดซื้อจัดจ้างทั้งหมดดูได้ที่ <a href="https://process3.gprocurement.go.th/">ระบบ e-GP</a></p>')
    latest = "\n".join(f'<li><a href="/news/{n}/">{esc(t)}</a></li>' for n, _w, t, _ in NEWS[:5])
    write("/", "หน้าแรก", f"<h2>ข่าวประชาสัมพันธ์</h2><ul>{latest}</ul>\n<h2>เอกสารล่าสุด</h2>\n" + table(listed()[:6])
          + '\n<p><a href="/ita/2569/"><b>ITA 2569 การเปิดเผยข้อมูลสาธารณะ</b></a></p>')
    pages = sorted({"/", "/news/", "/procurement/", "/ita/2569/", "/ita/2568/", *STATIC})
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{p}">{p}</a></li>' for p in pages) + "</ul>")


if __name__ == "__main__":
    main()
