"""Generate the HTML pages of the "regionhosp" test site (โรงพยาบาลวารินทร์ธานี, invented).

Run:  python tests/sites/regionhosp/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A โรงพยาบาลศูนย์ on an in-house PHP template: a top bar (กระทรวงสาธารณสุข), a menu, a right-hand
column (the director, hotlines, quick links, a visitor counter) and a footer on every page.  Pages
are folder/index.html; the download section is a query-string script, stored as static copies
(/download.php?cat=N -> download.php.q/cat=N/index.html).  The monthly สขร.1 are on /procurement/,
news under /news/ (two pages).  The ITA page /ita/2569/ is a table o1 … o26 in the hospital's own
short wording whose links go to files, pages or a download category; last year's /ita/2568/ is
still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, path_of  # noqa: E402

ORG = "โรงพยาบาลวารินทร์ธานี"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {1: ("plan", "แผนยุทธศาสตร์ / แผนปฏิบัติการ"), 2: ("report", "รายงาน / สถิติ"), 3: ("manual", "คู่มือ"),
        4: ("hr", "งานทรัพยากรบุคคล"), 5: ("integrity", "คุณธรรมและความโปร่งใส"), 6: ("procure", "จัดซื้อจัดจ้าง"),
        7: ("general", "หนังสือเวียน / ทั่วไป")}
HIDDEN = {"old-ita-risk"}  # linked only from last year's ITA page
GONE_SIZE = {"risk-report-68": "1.24 MB", "old-ita-risk": "845.0 KB"}
TH_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return path_of(key)


MENU = [("หน้าแรก", "/"), ("ประวัติ", "/about/history/"), ("วิสัยทัศน์/พันธกิจ", "/about/vision/"),
        ("โครงสร้าง", "/about/structure/"), ("ผู้บริหาร", "/about/executives/"), ("บริการผู้ป่วย", "/service/opd/"),
        ("ตารางแพทย์", "/service/doctors/"), ("ข่าวสาร", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("ดาวน์โหลด", "/download.php"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/main.css"></head>
<body>
<div id="topbar">กระทรวงสาธารณสุข · สำนักงานปลัดกระทรวงสาธารณสุข · เขตสุขภาพที่ 8 |
<a href="/sitemap/">แผนผังเว็บไซต์</a> | <a href="/jobs/">รับสมัครงาน</a></div>
<div id="header"><img src="/assets/img/logo-moph.png" alt="ตรากระทรวงสาธารณสุข" width="70" height="70">
<span class="name">{ORG}</span><br><span class="en">Warinthani Hospital · โรงพยาบาลศูนย์ ระดับ A</span></div>
<ul id="nav">
{menu}
</ul>
<div id="container"><div id="content">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="sidebar">
<div class="widget"><img src="/assets/img/director.png" alt="ผู้อำนวยการ" width="120" height="150"><br>
นายแพทย์ธนากร ศรีวงศ์ชัย<br>ผู้อำนวยการโรงพยาบาลวารินทร์ธานี</div>
<div class="widget"><b>สายด่วน</b><br>เจ็บป่วยฉุกเฉิน 1669<br>ศูนย์รับเรื่องร้องเรียน 0 4251 6300 ต่อ 1101</div>
<div class="widget"><b>ลิงก์ด่วน</b><br><a href="/eservice/">นัดหมายออนไลน์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/ita/2569/">ITA 2569</a><br>
<a href="/ita/2568/">ITA 2568</a><br><a href="https://process3.gprocurement.go.th/">ระบบ e-GP</a><br>
<a href="https://www.moph.go.th/">กระทรวงสาธารณสุข</a></div>
<div class="widget">ผู้เข้าชมวันนี้ 1,284 · ทั้งหมด 2,918,455</div>
</div></div>
<div id="footer">{ORG} 88 ถนนสุนทรวิจิตร ตำบลในเมือง อำเภอเมืองวารินทร์ธานี จังหวัดนครพนม 48000<br>
โทรศัพท์ 0 4251 6300 โทรสาร 0 4251 6399 อีเมล saraban@warinthani-hosp.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>
Copyright © 2563 ศูนย์เทคโนโลยีสารสนเทศ {ORG}</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    if path.endswith("/"):
        target = os.path.join(HERE, path.strip("/"), "index.html")
    else:
        target = os.path.join(HERE, path.lstrip("/"))
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][5] == "missing":
        return GONE_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        _n, ext, title, _cat, up, _st = ROWS[k]
        hits = (ROWS[k][0] * 7) % 900 + 12
        rows.append(f'<tr><td>{i}</td><td>{esc(title)}</td><td>{be(up)}</td>'
                    f'<td><a href="{f(k)}"><img src="/assets/img/{ext}.gif" alt="{ext}"> ดาวน์โหลด</a> ({size_of(k)})</td>'
                    f'<td>{hits}</td></tr>')
    return ('<table class="dl"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th><th>ดาวน์โหลด (ครั้ง)</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and not k.startswith("skr-") and (cat is None or ROWS[k][3] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][4], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (540, (2026, 4, 2), "เปิดบริการนัดหมายออนไลน์และจองคิวผ่าน LINE OA เต็มรูปแบบ",
     ["ตั้งแต่วันที่ 1 เมษายน 2569 ผู้ป่วยนัดทุกคลินิกสามารถเลื่อนนัดและจองคิวล่วงหน้าผ่านเว็บไซต์หรือ LINE @warinthanihosp "
      'ได้ตลอด 24 ชั่วโมง <a href="/eservice/">นัดหมายออนไลน์</a>']),
    (536, (2026, 3, 20), "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานกระทรวงสาธารณสุขทั่วไป ตำแหน่งพยาบาลวิชาชีพ",
     ["รับสมัครระหว่างวันที่ 23 มีนาคม - 3 เมษายน 2569 ณ กลุ่มงานทรัพยากรบุคคล อาคารอำนวยการ ชั้น 2"]),
    (531, (2026, 2, 19), "สรุปผลเวทีรับฟังความคิดเห็นของผู้รับบริการและภาคีเครือข่าย ประจำปี 2569",
     ["วันที่ 12 กุมภาพันธ์ 2569 โรงพยาบาลวารินทร์ธานีจัดเวทีรับฟังความคิดเห็นของผู้รับบริการและภาคีเครือข่าย ณ ห้องประชุมวารินทร์ 1 "
      "เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมในการวางแผนและปรับปรุงบริการของโรงพยาบาล",
      "ผู้เข้าร่วม 86 คน ได้แก่ ผู้แทนเทศบาลเมืองวารินทร์ธานี ผู้นำชุมชน 24 ชุมชน ประธาน อสม. ชมรมผู้สูงอายุ และผู้แทนผู้ป่วยโรคเรื้อรัง",
      "ข้อเสนอที่ได้รับ: ลดเวลารอรับยา เพิ่มที่จอดรถผู้พิการ ขยายคลินิกนอกเวลา โรงพยาบาลรับไปดำเนินการ ได้แก่ เปิดจุดรับยาใกล้บ้าน (ร้านยาคุณภาพ) "
      "ตั้งแต่เดือนมีนาคม 2569 และจัดที่จอดรถผู้พิการเพิ่ม 20 ช่อง จะรายงานความก้าวหน้าในเวทีครั้งถัดไป"]),
    (526, (2026, 2, 2), "ขอเชิญร่วมเวทีรับฟังความคิดเห็นของผู้รับบริการและภาคีเครือข่าย ประจำปี 2569",
     ["ขอเชิญผู้นำชุมชน อสม. และผู้รับบริการ ร่วมเวทีในวันที่ 12 กุมภาพันธ์ 2569",
      '<a href="{invite}">หนังสือเชิญประชุม</a>']),
    (521, (2026, 1, 23), "โครงการ \"วารินทร์ธานีโปร่งใส ไม่ทนต่อการทุจริต\" ขับเคลื่อนจริยธรรม ปีงบประมาณ 2569",
     ["วันที่ 22 มกราคม 2569 กลุ่มงานทรัพยากรบุคคลจัดอบรมขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือนและข้อกำหนดจริยธรรม สป.สธ. "
      "(Do's & Don'ts) แก่หัวหน้ากลุ่มงาน หัวหน้าหอผู้ป่วย และบุคลากรใหม่ รวม 264 คน พร้อมมอบรางวัลบุคลากรต้นแบบด้านจริยธรรม 5 คน"]),
    (517, (2026, 1, 15), "เผยแพร่หนังสือรายงานประจำปี โรงพยาบาลวารินทร์ธานี",
     ['ศูนย์เทคโนโลยีสารสนเทศขอเผยแพร่หนังสือรายงานประจำปีของโรงพยาบาล ท่านสามารถดาวน์โหลดได้ที่นี่ <a href="{annual}">ดาวน์โหลด</a>']),
    (512, (2025, 12, 25), "มอบของขวัญปีใหม่แก่ผู้ป่วยเด็กหอผู้ป่วยกุมารเวชกรรม",
     ["ชมรมจิตอาสาโรงพยาบาลร่วมกับมูลนิธิวารินทร์ธานีการกุศล มอบของขวัญแก่ผู้ป่วยเด็ก 65 คน"]),
    (508, (2025, 12, 5), "กิจกรรมเฉลิมพระเกียรติ เนื่องในวันพ่อแห่งชาติ 5 ธันวาคม 2568",
     ["ผู้บริหารและบุคลากรร่วมพิธีถวายพระพรชัยมงคล และออกหน่วยแพทย์เคลื่อนที่บ้านนาคำ"]),
    (503, (2025, 11, 14), "รณรงค์ฉีดวัคซีนป้องกันโรคไข้หวัดใหญ่ ประจำปี 2568 กลุ่มเสี่ยง 608",
     ["ให้บริการวัคซีนฟรีแก่ผู้สูงอายุและผู้มีโรคประจำตัว ณ คลินิกเวชกรรมสังคม ทุกวันทำการ"]),
    (498, (2025, 10, 9), "ผู้อำนวยการประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2569",
     ["วันที่ 8 ตุลาคม 2568 ผู้อำนวยการโรงพยาบาลประกาศเจตจำนงสุจริตต่อหน้าคณะกรรมการบริหารและหัวหน้ากลุ่มงาน"]),
    # FY2568, on page 2
    (477, (2025, 9, 12), "งานวันคล้ายวันสถาปนาโรงพยาบาลวารินทร์ธานี ครบรอบ 45 ปี",
     ["จัดพิธีทำบุญและมอบรางวัลบุคลากรดีเด่น ประจำปี 2568"]),
    (465, (2025, 6, 20), "อบรมส่งเสริมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2568",
     ["บุคลากร 230 คน เข้ารับการอบรมประมวลจริยธรรม ณ ห้องประชุมวารินทร์ 1"]),
    (452, (2025, 2, 18), "สรุปเวทีรับฟังความคิดเห็นของผู้รับบริการ ประจำปี 2568",
     ["วันที่ 14 กุมภาพันธ์ 2568 มีผู้เข้าร่วม 72 คน เสนอให้เพิ่มจุดคัดกรองผู้ป่วยนอก"]),
    (440, (2024, 11, 6), "ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2568",
     ['โรงพยาบาลประกาศใช้แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ 2568 <a href="{antiplan}">รายละเอียด</a>']),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"invite": f("invite-forum"), "annual": f("annual-67"), "antiplan": f("anti-plan-68")}
    for nid, (y, m, day), title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="meta">โพสต์เมื่อ {be(date(y, m, day))} · งานประชาสัมพันธ์</p>{body}'
              '<p><a href="/news/">« ข่าวทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <small>{be(date(*n[1]))}</small></li>' for n in chunk)
        pager = ('<p class="pager"><b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">»</a></p>' if p == 1
                 else '<p class="pager"><a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการข้อมูล</th><th>ลิงก์ข้อมูล</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3"><b>{esc(row[0])}</b></td></tr>')
            continue
        code, text, links = row
        cells = "<br>".join(f'<a href="{h if h.startswith("/") else f(h)}">{esc(t)}</a>' if h else esc(t)
                            for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cells}</td></tr>")
    return "\n".join(out) + "</table>"


ITA_2569 = [
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", None),
    ("o1", "โครงสร้าง / อำนาจหน้าที่", [("โครงสร้าง รพ.", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("ทำเนียบผู้บริหาร", "/about/executives/")]),
    ("o3", "ช่องทางติดต่อ / Q&A", [("ติดต่อเรา", "/contact/"), ("ถาม-ตอบ", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวสาร", "/news/")]),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ รพ. (ฉบับปัจจุบัน)", "strat-64-68"),
                             ("แผนยุทธศาสตร์เขตสุขภาพที่ 8", "region-plan")]),
    ("o6", "แผนปฏิบัติการ / แผนใช้จ่ายงบ ปี 69", [("แผนปฏิบัติการ 2569", "action-69"), ("Planfin 2569", "planfin-69")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานประจำปี (เผยแพร่ ม.ค. 2569)", "annual-67")]),
    ("o8", "คู่มือปฏิบัติงาน จนท.", [("คู่มืองานพัสดุ", "manual-supply")]),
    ("o9", "คู่มือผู้รับบริการ", [("ขั้นตอนรับบริการ OPD", "/service/opd/")]),
    ("o10", "E-Service", [("นัดหมายออนไลน์", "/eservice/"), ("สถิติผู้รับบริการ 2569", "stats-69")]),
    ("o11", "สขร.1 รายเดือน", [("สรุปผลจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o12", "สรุปผลจัดซื้อจัดจ้างประจำปี", [("รายงานปี 2568", "proc-year-68")]),
    ("o13", "หลักเกณฑ์ / แผน HR", [("หลักเกณฑ์ HR", "hr-rules"), ("แผน HR ปี 2569", "hr-plan")]),
    ("o14", "รายงานผล HR", [("รายงานผล HR ปี 2568", "hr-report-68")]),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม / Do's & Don'ts", "ethics-code"),
                               ("กิจกรรมขับเคลื่อนจริยธรรม 2569", "/news/521/")]),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", None),
    ("o16", "คู่มือจัดการเรื่องร้องเรียนทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางแจ้งเรื่องทุจริต", [("แจ้งเบาะแสออนไลน์", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียนทุจริต", [("สถิติเรื่องร้องเรียน", "/complaint/stats/")]),
    ("o19", "การมีส่วนร่วม", [("เวทีรับฟังความคิดเห็น 2569", "/news/531/")]),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", "nogift-67"), ("รายงานการรับของขวัญ", "gift-6m-68")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ผลการประเมินความเสี่ยง 2569", "risk-69")]),
    ("o22", "รายงานผลตามแผนความเสี่ยง", [("รายงานผล ปี 2568", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("เอกสารคุณธรรมและความโปร่งใส", "/download.php?cat=5")]),
    ("o24", "รายงานผลป้องกันการทุจริต", [("รายงานผล ปี 2568", "anti-report-68")]),
    ("o25", "นำผล ITA ไปพัฒนา", [("การวิเคราะห์ผล ITA", "ita-analysis-67")]),
    ("o26", "รายงานผลส่งเสริมคุณธรรม", [("มาตรการส่งเสริมคุณธรรม", "measures-69")]),
]
ITA_2568 = [
    ("ตัวชี้วัดการเปิดเผยข้อมูล", None),
    ("o1", "โครงสร้าง", [("โครงสร้าง", "/about/structure/")]),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ 2564-2568", "strat-64-68")]),
    ("o6", "แผนปฏิบัติการ ปี 68", [("แผนปฏิบัติการ 2568", "action-68")]),
    ("o11", "สขร.1", [("สขร.1 ก.ย. 68", "skr-2568-09")]),
    ("o20", "No Gift Policy", [("ประกาศ", "nogift-67"), ("รายงาน 6 เดือน", "gift-6m-68")]),
    ("o21", "ประเมินความเสี่ยง", [("ผลการประเมินความเสี่ยง 2568", "old-ita-risk")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผน ปี 2568", "anti-plan-68")]),
    ("o25", "มาตรการส่งเสริมคุณธรรม", [("วิเคราะห์ผล ITA 2567", "ita-analysis-67")]),
]

SKR_ORDER = ["skr-2569-03", "skr-2569-02", "skr-2569-01", "skr-2568-12", "skr-2568-11", "skr-2568-10", "skr-2568-09"]


def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a></li>' for n in NEWS[:5])
    write("/", "หน้าแรก",
          f'<div class="slide">ยินดีต้อนรับสู่ {ORG} โรงพยาบาลศูนย์ 620 เตียง</div><h2>ข่าวล่าสุด</h2><ul>{latest}</ul>'
          '<p><a href="/news/">ข่าวทั้งหมด</a> · <a href="/procurement/announce/">ประกาศจัดซื้อจัดจ้าง</a> · '
          '<a href="/knowledge/">สาระน่ารู้สุขภาพ</a></p>')
    write("/about/history/", "ประวัติโรงพยาบาล",
          "<p>โรงพยาบาลวารินทร์ธานีก่อตั้งเมื่อ พ.ศ. 2523 เป็นโรงพยาบาลประจำจังหวัด ยกระดับเป็นโรงพยาบาลศูนย์เมื่อ พ.ศ. 2548 "
          "ปัจจุบันมี 620 เตียง บุคลากร 2,164 คน เป็นแม่ข่ายรับส่งต่อผู้ป่วยจาก 12 อำเภอ</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p><b>วิสัยทัศน์</b> โรงพยาบาลศูนย์ชั้นนำด้านบริการตติยภูมิลุ่มน้ำโขง ภายในปี 2568 ประชาชนเชื่อมั่น บุคลากรมีความสุข</p>"
          "<p><b>พันธกิจ</b> 1 ให้บริการสุขภาพระดับตติยภูมิที่มีคุณภาพ 2 พัฒนาเครือข่ายบริการ 3 ผลิตและพัฒนาบุคลากร</p>"
          "<p><b>ค่านิยม</b> MOPH : Mastery, Originality, People centered, Humility</p>")
    write("/about/structure/", "โครงสร้างองค์กร",
          '<img src="/assets/img/chart.png" alt="แผนภูมิโครงสร้างโรงพยาบาลวารินทร์ธานี" width="600" height="380">'
          "<ul><li>ผู้อำนวยการโรงพยาบาลวารินทร์ธานี<ul>"
          "<li>รองผู้อำนวยการฝ่ายการแพทย์ : กลุ่มภารกิจด้านบริการทุติยภูมิและตติยภูมิ (กลุ่มงานอายุรกรรม ศัลยกรรม สูติ-นรีเวชกรรม "
          "กุมารเวชกรรม ออร์โธปิดิกส์ จักษุ โสต ศอ นาสิก วิสัญญี รังสีวิทยา พยาธิวิทยา เวชศาสตร์ฉุกเฉิน เภสัชกรรม)</li>"
          "<li>รองผู้อำนวยการฝ่ายการพยาบาล : กลุ่มภารกิจด้านการพยาบาล (งานการพยาบาลผู้ป่วยนอก ผู้ป่วยใน ผู้ป่วยหนัก ห้องผ่าตัด)</li>"
          "<li>รองผู้อำนวยการฝ่ายบริหาร : กลุ่มภารกิจด้านอำนวยการ (กลุ่มงานบริหารทั่วไป การเงิน บัญชี พัสดุ ทรัพยากรบุคคล "
          "โครงสร้างพื้นฐานและวิศวกรรมการแพทย์)</li>"
          "<li>รองผู้อำนวยการฝ่ายปฐมภูมิ : กลุ่มภารกิจด้านบริการปฐมภูมิ (กลุ่มงานเวชกรรมสังคม ศูนย์สุขภาพชุมชนเมือง 4 แห่ง)</li>"
          "<li>รองผู้อำนวยการฝ่ายพัฒนาระบบบริการ : กลุ่มภารกิจด้านพัฒนาระบบบริการและสนับสนุนบริการสุขภาพ (ศูนย์คุณภาพ "
          "ศูนย์เทคโนโลยีสารสนเทศ กลุ่มงานยุทธศาสตร์และแผนงาน)</li></ul></li></ul>")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวงสาธารณสุข และประกาศกระทรวงสาธารณสุขเรื่องการจัดระดับสถานบริการ "
          "โรงพยาบาลศูนย์มีอำนาจหน้าที่ ดังนี้</p><ol>"
          "<li>ให้บริการตรวจ วินิจฉัย รักษาพยาบาลระดับทุติยภูมิและตติยภูมิ และรับส่งต่อผู้ป่วยในเขตสุขภาพที่ 8</li>"
          "<li>ส่งเสริมสุขภาพ ป้องกันและควบคุมโรค และฟื้นฟูสภาพแก่ประชาชนในเขตรับผิดชอบ</li>"
          "<li>พัฒนาศูนย์ความเชี่ยวชาญระดับสูง (หัวใจ มะเร็ง อุบัติเหตุ ทารกแรกเกิด)</li>"
          "<li>เป็นสถาบันร่วมผลิตแพทย์และฝึกอบรมบุคลากรทางการแพทย์ (ศูนย์แพทยศาสตรศึกษาชั้นคลินิก)</li>"
          "<li>สนับสนุนวิชาการและนิเทศงานแก่โรงพยาบาลชุมชนและหน่วยบริการปฐมภูมิในเครือข่าย</li>"
          "<li>ปฏิบัติงานอื่นตามที่ได้รับมอบหมายจากสำนักงานปลัดกระทรวงสาธารณสุข</li></ol>")
    people = [("นายแพทย์ธนากร ศรีวงศ์ชัย", "ผู้อำนวยการโรงพยาบาลวารินทร์ธานี", "ต่อ 1001"),
              ("แพทย์หญิงกมลทิพย์ อินทรสุวรรณ", "รองผู้อำนวยการฝ่ายการแพทย์", "ต่อ 1002"),
              ("นางสาวพรรณี วงศ์ละคร", "รองผู้อำนวยการฝ่ายการพยาบาล", "ต่อ 1003"),
              ("นายสุรชัย ภูมิโคกรักษ์", "รองผู้อำนวยการฝ่ายบริหาร", "ต่อ 1004"),
              ("นายแพทย์ภานุวัฒน์ คำแสน", "รองผู้อำนวยการฝ่ายปฐมภูมิ", "ต่อ 1005")]
    cards = "".join(f'<div class="card"><img src="/assets/img/person.png" alt="{esc(n)}" width="110" height="140">'
                    f"<p><b>{esc(n)}</b><br>{esc(p)}<br>โทร. 0 4251 6300 {t}</p></div>" for n, p, t in people)
    write("/about/executives/", "ทำเนียบผู้บริหาร", cards)
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG} 88 ถนนสุนทรวิจิตร ตำบลในเมือง อำเภอเมืองวารินทร์ธานี จังหวัดนครพนม 48000</p>"
          "<p>โทรศัพท์ 0 4251 6300 (อัตโนมัติ 30 คู่สาย) โทรสาร 0 4251 6399 อีเมล saraban@warinthani-hosp.go.th</p>"
          '<p>Facebook : โรงพยาบาลวารินทร์ธานี · LINE OA : @warinthanihosp</p>'
          '<p><a href="https://maps.google.com/?q=Warinthani+Hospital">แผนที่ Google Maps</a></p>'
          '<p>สอบถามข้อมูลทั่วไปได้ที่ <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          "<dl><dt>ถาม (12 มี.ค. 2569) : ต้องการเลื่อนนัดคลินิกเบาหวาน ทำได้ทางไหนบ้างครับ</dt>"
          "<dd>ตอบ : เลื่อนนัดได้ทางเว็บไซต์เมนูนัดหมายออนไลน์ หรือ LINE OA @warinthanihosp - งานผู้ป่วยนอก</dd>"
          "<dt>ถาม (3 ก.พ. 2569) : ขอประวัติการรักษาเพื่อใช้เบิกประกันต้องใช้เอกสารอะไร</dt>"
          "<dd>ตอบ : ใช้บัตรประชาชนและแบบคำขอ ติดต่องานเวชระเบียน ใช้เวลา 3 วันทำการ - งานเวชระเบียน</dd></dl>"
          '<form action="/qa/post.php" method="post"><p>ชื่อ <input name="name"> คำถาม <textarea name="q"></textarea>'
          '<button type="submit">ส่งคำถาม</button></p></form>')
    write("/eservice/", "นัดหมายออนไลน์ (E-Service)",
          '<form action="https://booking.warinthani-hosp.go.th/api/appointment" method="post">'
          '<p>เลขบัตรประชาชน <input name="cid"> HN <input name="hn"> คลินิก <select name="clinic"><option>อายุรกรรม</option>'
          '<option>ศัลยกรรม</option><option>ตา</option></select> วันที่ต้องการ <input type="date" name="day">'
          ' เบอร์โทร <input name="tel"> <button type="submit">ส่งคำขอนัดหมาย</button></p></form>'
          '<p>สถิติการใช้บริการ: <a href="' + f("stats-69") + '">สถิติผู้รับบริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)</a></p>')
    write("/service/opd/", "ขั้นตอนการรับบริการผู้ป่วยนอก",
          "<ol><li>รับบัตรคิวที่ตู้ Kiosk หรือจองคิวล่วงหน้า</li><li>ยื่นบัตรประชาชนที่เวชระเบียน</li><li>ตรวจสอบสิทธิ</li>"
          "<li>ซักประวัติ</li><li>พบแพทย์</li><li>รับยา ชำระเงิน</li></ol>"
          f'<p><a href="{f("manual-opd")}">คู่มือการรับบริการผู้ป่วยนอก (PDF)</a> (ขั้นตอน ระยะเวลา เอกสาร ค่าธรรมเนียม)</p>')
    write("/service/doctors/", "ตารางออกตรวจแพทย์ผู้เชี่ยวชาญ",
          "<table><tr><th>คลินิก</th><th>วัน</th><th>เวลา</th></tr><tr><td>อายุรกรรมหัวใจ</td><td>จันทร์ พุธ</td><td>08.00-12.00</td></tr>"
          "<tr><td>ศัลยกรรมมะเร็ง</td><td>อังคาร</td><td>08.00-12.00</td></tr><tr><td>จักษุ</td><td>พฤหัสบดี</td><td>13.00-16.00</td></tr></table>")
    write("/service/rights/", "สิทธิการรักษาพยาบาล",
          "<p>บัตรทอง (UC) ประกันสังคม ข้าราชการ (เบิกจ่ายตรง) และ อปท. ผู้ป่วย UC นอกเขตใช้ใบส่งตัว ยกเว้นกรณีฉุกเฉิน (UCEP)</p>")
    write("/complaint/", "ร้องเรียน / ร้องทุกข์ / ข้อเสนอแนะ",
          "<p>ร้องเรียนการให้บริการได้ที่ศูนย์รับเรื่องร้องเรียน อาคารอำนวยการ ชั้น 1 โทร. 0 4251 6300 ต่อ 1101</p>"
          '<ul><li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>'
          '<li><a href="/complaint/stats/">สถิติเรื่องร้องเรียนการทุจริต</a></li></ul>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ ไม่ประสงค์ออกนามได้</p>"
          '<form action="/complaint/send.php" method="post" enctype="multipart/form-data">'
          '<p>ชื่อ-สกุล (ไม่บังคับ) <input name="name"> โทรศัพท์ <input name="tel"></p>'
          '<p>ผู้ถูกร้องเรียน/หน่วยงาน <input name="who"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
          '<p>แนบหลักฐาน <input type="file" name="evidence"></p><p><button type="submit">ส่งเรื่อง</button></p></form>'
          "<p>หรือแจ้งทางโทรศัพท์ 0 4251 6300 ต่อ 1101 อีเมล complaint@warinthani-hosp.go.th</p>")
    write("/complaint/stats/", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<h2>ปีงบประมาณ พ.ศ. 2568</h2><table><tr><th>ไตรมาส</th><th>จำนวนเรื่อง</th><th>ดำเนินการแล้วเสร็จ</th>"
          "<th>อยู่ระหว่างดำเนินการ</th></tr><tr><td>1 (ต.ค. - ธ.ค. 67)</td><td>1</td><td>1</td><td>0</td></tr>"
          "<tr><td>2 (ม.ค. - มี.ค. 68)</td><td>0</td><td>0</td><td>0</td></tr><tr><td>3 (เม.ย. - มิ.ย. 68)</td><td>2</td><td>2</td><td>0</td></tr>"
          "<tr><td>4 (ก.ค. - ก.ย. 68)</td><td>0</td><td>0</td><td>0</td></tr><tr><td>รวม</td><td>3</td><td>3</td><td>0</td></tr></table>"
          "<p><small>ปรับปรุงข้อมูลล่าสุด 10 ตุลาคม 2568</small></p>")
    skr = "\n".join(f'<tr><td>{esc(ROWS[k][2])}</td><td>{be(ROWS[k][4])}</td>'
                    f'<td><a href="{f(k)}">PDF</a> ({size_of(k)})</td></tr>' for k in SKR_ORDER)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          f"<table><tr><th>เรื่อง</th><th>วันที่ลง</th><th>ไฟล์</th></tr>{skr}</table>"
          '<p>ดูประกาศจัดซื้อจัดจ้าง <a href="/procurement/announce/">คลิก</a> · '
          '<a href="/download.php?cat=6">เอกสารจัดซื้อจัดจ้างอื่น ๆ</a></p>')
    write("/procurement/announce/", "ประกาศจัดซื้อจัดจ้าง",
          '<ul><li><a href="' + f("print-notice") + '">ประกาศผู้ชนะการเสนอราคา จ้างจัดพิมพ์หนังสือรายงานประจำปี 2568</a> (9 มี.ค. 2569)</li>'
          '<li>ประกวดราคาซื้อเครื่องเอกซเรย์คอมพิวเตอร์ 128 Slice ด้วยวิธี e-bidding '
          '<a href="https://process3.gprocurement.go.th/">ดูในระบบ e-GP</a> (20 ม.ค. 2569)</li></ul>')
    cats = " | ".join(f'<a href="/download.php?cat={n}">{esc(c)}</a>' for n, (_s, c) in CATS.items())
    write("/download.php", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for n, (slug, cname) in CATS.items():
        write(f"/download.php.q/cat={n}/", f"ดาวน์โหลดเอกสาร : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
          '<ul><li><a href="/ita/2569/">ITA ประจำปีงบประมาณ 2569</a></li><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ 2569", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ 2568", ita_table(ITA_2568))
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>โรงพยาบาลเก็บรวบรวม ใช้ และเปิดเผยข้อมูลสุขภาพตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 เท่าที่จำเป็นต่อการรักษา</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    write("/jobs/", "รับสมัครงาน", '<ul><li><a href="/news/536/">รับสมัครพยาบาลวิชาชีพ (20 มี.ค. 2569)</a></li></ul>')
    write("/knowledge/", "สาระน่ารู้สุขภาพ",
          '<ul><li><a href="/knowledge/stroke/">สัญญาณเตือนโรคหลอดเลือดสมอง BE FAST</a></li>'
          '<li><a href="/knowledge/dengue/">ป้องกันไข้เลือดออกด้วย 3 เก็บ</a></li></ul>')
    write("/knowledge/stroke/", "สัญญาณเตือนโรคหลอดเลือดสมอง BE FAST",
          "<p>เดินเซ ตามัว หน้าเบี้ยว แขนขาอ่อนแรง พูดไม่ชัด รีบโทร 1669 ภายใน 4.5 ชั่วโมง</p>")
    write("/knowledge/dengue/", "ป้องกันไข้เลือดออกด้วย 3 เก็บ",
          "<p>เก็บบ้าน เก็บขยะ เก็บน้ำ ป้องกัน 3 โรค ไข้เลือดออก ไข้ซิกา ไข้ปวดข้อยุงลาย</p>")


def assets() -> None:
    import base64
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    os.makedirs(os.path.join(HERE, "assets", "img"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "assets", "css"), exist_ok=True)
    for n in ("logo-moph.png", "director.png", "person.png", "chart.png"):
        with open(os.path.join(HERE, "assets", "img", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", "img", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "css", "main.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}#topbar{background:#00703c;color:#fff;padding:4px}"
                 "#nav li{display:inline;margin:0 6px}#container{display:flex}#sidebar{width:240px}#content{flex:1;padding:8px}"
                 ".widget{border:1px solid #cde;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#e8f3ec;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
