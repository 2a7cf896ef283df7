"""Generate the HTML pages of the "tambonhealth" test site (รพ.สต.บ้านโคกกระเบา, invented).

Run:  python tests/sites/tambonhealth/_make_pages.py   (after _make_docs.py: row sizes are read
from the files it wrote)

A small site of a sub-district health promoting hospital under the อบจ.: a top bar, a menu, a
right column (the director, opening hours, links, a visitor counter) and a footer repeated on
every page; pages are folder/index.html.  News is a Facebook-style list (/news/, /news/page/2/,
/news/page/3/, posts /news/<id>/); the download list (/download/, twelve rows a page, newest
first, category filters /download/cat/<slug>/) holds every file; the ITA page /ita/2569/ links
items in its own wording, to files, pages or category lists; last year's /ita/2568/ is still up.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, GONE, GONE_OLD, ORG, PAO, SHORT  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {
    "plan": "แผนงาน", "finance": "การเงิน", "report": "รายงาน", "manual": "คู่มือ", "procure": "จัดซื้อจัดจ้าง",
    "hr": "บุคลากร", "integrity": "คุณธรรม", "complaint": "ร้องเรียน", "announce": "ประกาศ", "stats": "สถิติ",
}
SLUG = {v: k for k, v in CATS.items()}
PER_PAGE = 12
GONE_SIZE = "412 KB"  # what the row says for the file that is gone


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(t: tuple[int, int, int]) -> str:
    y, m, dd = t
    return f"{dd} {MONTHS[m - 1]} {y}"


MENU = [
    ("หน้าหลัก", "/"), ("เกี่ยวกับเรา", "/about/"), ("โครงสร้าง", "/about/structure/"), ("ผู้บริหาร", "/about/executives/"),
    ("บุคลากร", "/about/staff/"), ("บริการของเรา", "/services/"), ("ข่าวสาร", "/news/"), ("ดาวน์โหลด", "/download/"),
    ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/"),
]


def layout(title: str, body: str) -> str:
    menu = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} | {SHORT}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div class="top">{ORG}<br><small>สังกัด{PAO} · อำเภอห้วยสำราญ จังหวัดร้อยเอ็ด</small></div>
<ul class="nav">{menu}</ul>
<div class="page"><div class="content">
<h2>{esc(title)}</h2>
{body}
</div>
<div class="side">
<div class="card"><img src="/assets/director.png" alt="ผู้อำนวยการ" width="90" height="110"><br>
นางสาวพิมพ์ชนก แสงสุวรรณ์<br>ผู้อำนวยการ รพ.สต.บ้านโคกกระเบา</div>
<div class="card"><b>เวลาให้บริการ</b><br>จันทร์ – ศุกร์ 08.30 – 16.30 น.<br>คลินิกนอกเวลา วันพุธ 16.30 – 20.00 น.</div>
<div class="card"><a href="/ita/2569/">ITA 2569</a><br><a href="/eservice/">นัดหมายออนไลน์ (E-Service)</a><br>
<a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a><br><a href="https://www.roietpao.example/">เว็บไซต์ อบจ.ร้อยเอ็ด</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></div>
<div class="card">ผู้เข้าชม 48,316 ครั้ง</div>
</div></div>
<div class="foot">{ORG} เลขที่ 88 หมู่ที่ 2 ตำบลโคกกระเบา อำเภอห้วยสำราญ จังหวัดร้อยเอ็ด 45180<br>
โทรศัพท์ 0 4351 7208 · อีเมล saraban@khokkrabao-hp.example · <a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> ·
<a href="/sitemap/">ผังเว็บไซต์</a></div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(layout(title, body))


def size_of(path: str) -> str:
    if path == GONE:
        return GONE_SIZE
    return f"{os.path.getsize(os.path.join(HERE, path.lstrip('/'))) / 1024:.0f} KB"


# ---------------------------------------------------------------- news

NEWS = [  # id, date (be), title, body paragraphs
    (412, (2569, 4, 10), "ออกคัดกรองความดันโลหิตและเบาหวาน หมู่ที่ 5 บ้านหนองแวง",
     ["วันที่ 10 เมษายน 2569 เจ้าหน้าที่ รพ.สต.บ้านโคกกระเบา ร่วมกับ อสม. หมู่ที่ 5 ออกคัดกรองประชาชนอายุ 35 ปีขึ้นไป จำนวน 86 คน "
      "พบกลุ่มเสี่ยง 12 คน นัดติดตามซ้ำภายใน 7 วัน", "#รพสตบ้านโคกกระเบา #อบจร้อยเอ็ด"]),
    (405, (2569, 3, 18), "ประชุม อสม. ประจำเดือนมีนาคม 2569",
     ["ประชุม อสม. ทั้ง 9 หมู่บ้าน 94 คน ชี้แจงการรณรงค์ป้องกันไข้เลือดออกก่อนฤดูฝน และแจกทรายอะเบท"]),
    (398, (2569, 3, 5), "รพ.สต.บ้านโคกกระเบา ประชุมชี้แจงแนวทางการประเมิน ITA ประจำปี 2569",
     ["ผู้อำนวยการชี้แจงเจ้าหน้าที่เรื่องการเผยแพร่ข้อมูลสาธารณะบนเว็บไซต์ตามแบบ OIT ประจำปี 2569 "
      "ตามหนังสือกองสาธารณสุข อบจ.ร้อยเอ็ด ดูรายการได้ที่หน้า ITA 2569"]),
    (391, (2569, 2, 24), "ฉีดวัคซีนป้องกันไข้หวัดใหญ่ กลุ่ม 608",
     ["ให้บริการวัคซีนไข้หวัดใหญ่ตามฤดูกาลแก่ผู้สูงอายุและผู้ป่วยโรคเรื้อรัง 7 กลุ่มโรค รวม 312 ราย"]),
    (384, (2569, 1, 22), "เวทีประชาคมสุขภาพตำบลโคกกระเบา รับฟังความคิดเห็นประชาชน ประจำปี 2569",
     ["วันที่ 22 มกราคม 2569 รพ.สต.บ้านโคกกระเบา จัดเวทีประชาคมสุขภาพ ณ ศาลาประชาคมหมู่ที่ 2 เปิดโอกาสให้ประชาชน "
      "ผู้นำชุมชน อสม. และตัวแทนกองทุนหลักประกันสุขภาพ อบต.โคกกระเบา ร่วมแสดงความคิดเห็นต่อการให้บริการและปัญหาสุขภาพในชุมชน",
      "มีผู้เข้าร่วม 128 คน ประชาชนเสนอให้เปิดคลินิกนอกเวลาเพิ่ม ขอให้มีรถรับส่งผู้ป่วยติดเตียงไปโรงพยาบาล และให้จัดคัดกรองตาในผู้ป่วยเบาหวาน "
      "รพ.สต. รับข้อเสนอไปบรรจุในแผนปฏิบัติการ และจะแจ้งผลการดำเนินการในการประชุมประจำเดือนของหมู่บ้าน"]),
    (377, (2569, 1, 9), "เจ้าหน้าที่เข้ารับการอบรมระเบียบการเงินการคลังท้องถิ่น",
     ["เจ้าหน้าที่การเงินและผู้อำนวยการเข้ารับการอบรมระเบียบการเงิน การคลัง และพัสดุท้องถิ่น ที่ อบจ.ร้อยเอ็ดจัดให้บุคลากร รพ.สต. ถ่ายโอน "
      "ระหว่างวันที่ 7 – 9 มกราคม 2569"]),
    (366, (2568, 12, 12), "กิจกรรมส่งเสริมคุณธรรมจริยธรรม \"คนดี รพ.สต. โคกกระเบา\" ประจำปีงบประมาณ 2569",
     ["เจ้าหน้าที่ทุกคนร่วมกิจกรรมทบทวนประมวลจริยธรรมของพนักงานส่วนท้องถิ่น กรณีศึกษาผลประโยชน์ทับซ้อนในการจัดซื้อยา "
      "และร่วมกันกำหนดข้อปฏิบัติ Do & Don't ของหน่วยงาน พร้อมทำบุญตักบาตร ณ วัดบ้านโคกกระเบา ผู้เข้าร่วม 14 คน"]),
    (358, (2568, 11, 14), "วันเบาหวานโลก 2568",
     ["จัดนิทรรศการความรู้เรื่องอาหารสำหรับผู้ป่วยเบาหวาน และตรวจเท้าผู้ป่วยเบาหวาน 64 ราย"]),
    (351, (2568, 10, 15), "รณรงค์กำจัดลูกน้ำยุงลาย ทุกหลังคาเรือน",
     ["ร่วมกับ อบต.โคกกระเบา และ อสม. สำรวจค่าดัชนีลูกน้ำยุงลาย ในโรงเรียน วัด และหลังคาเรือน"]),
    (345, (2568, 10, 3), "ผู้อำนวยการและเจ้าหน้าที่ประกาศเจตนารมณ์ No Gift Policy ประจำปีงบประมาณ 2569",
     ["ผู้อำนวยการ รพ.สต.บ้านโคกกระเบา นำเจ้าหน้าที่ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ "
      "ดูประกาศได้ที่หน้าดาวน์โหลด หมวดคุณธรรม"]),
    (322, (2568, 8, 20), "ตรวจสุขภาพช่องปากเด็กนักเรียน",
     ["ทันตาภิบาลตรวจฟันนักเรียนโรงเรียนบ้านโคกกระเบา 142 คน และเคลือบฟลูออไรด์"]),
    (309, (2568, 6, 12), "ประชาคมสุขภาพ ประจำปี 2568",
     ["จัดเวทีประชาคมรับฟังความคิดเห็นเรื่องการให้บริการ ผู้เข้าร่วม 96 คน"]),
    (297, (2568, 4, 11), "รดน้ำขอพรผู้สูงอายุ ชมรมผู้สูงอายุตำบลโคกกระเบา",
     ["เจ้าหน้าที่ร่วมสืบสานประเพณีสงกรานต์ รดน้ำขอพรผู้สูงอายุและตรวจสุขภาพเบื้องต้น"]),
    (284, (2568, 1, 24), "อบรมฟื้นฟูความรู้ อสม.",
     ["อบรม อสม. เรื่องการดูแลผู้สูงอายุติดบ้านติดเตียง 90 คน"]),
    (270, (2567, 12, 3), "หน่วยแพทย์เคลื่อนที่ อบจ.ร้อยเอ็ด",
     ["อบจ.ร้อยเอ็ดจัดหน่วยแพทย์เคลื่อนที่ให้บริการตรวจรักษา ณ รพ.สต.บ้านโคกกระเบา ผู้รับบริการ 230 คน"]),
    (262, (2567, 10, 2), "ประกาศเจตนารมณ์ No Gift Policy ปีงบประมาณ 2568",
     ["เจ้าหน้าที่ร่วมประกาศเจตนารมณ์ไม่รับของขวัญ ประจำปีงบประมาณ 2568"]),
]
NEWS_PAGES = [[412, 405, 398, 391, 384, 377], [366, 358, 351, 345, 322, 309], [297, 284, 270, 262]]


def news() -> None:
    by_id = {n[0]: n for n in NEWS}
    nav = " ".join(f'<a href="{"/news/" if p == 1 else f"/news/page/{p}/"}">{p}</a>' for p in range(1, len(NEWS_PAGES) + 1))
    for p, ids in enumerate(NEWS_PAGES, 1):
        cards = "".join(
            f'<div class="post"><div class="who">{SHORT} · <span class="date">{be(by_id[i][1])}</span></div>'
            f'<p><a href="/news/{i}/">{esc(by_id[i][2])}</a></p><p>{esc(by_id[i][3][0][:90])}…</p>'
            f'<div class="fb">ถูกใจ · แสดงความคิดเห็น · แชร์</div></div>' for i in ids)
        write("/news/" if p == 1 else f"/news/page/{p}/", "ข่าวสารและกิจกรรม", f'{cards}<div class="pager">หน้า {nav}</div>')
    for i, date, title, body in NEWS:
        paras = "".join(f"<p>{esc(b)}</p>" for b in body)
        write(f"/news/{i}/", title, f'<p class="date">โพสต์เมื่อ {be(date)} โดย งานประชาสัมพันธ์</p>{paras}'
              '<div class="fb">ถูกใจ · แสดงความคิดเห็น · แชร์</div><p><a href="/news/">« ข่าวทั้งหมด</a></p>')


# ---------------------------------------------------------------- downloads


def rows(items: list[tuple], start: int = 1) -> str:
    if not items:
        return "<p>ไม่พบเอกสาร</p>"
    out = []
    for n, (path, title, up, cat) in enumerate(items, start):
        ext = path.rsplit(".", 1)[1].upper()
        out.append(f'<tr><td>{n}</td><td><a href="{path}">{esc(title)}</a></td>'
                   f'<td><a href="/download/cat/{SLUG[cat]}/">{esc(cat)}</a></td><td>{be(up)}</td><td>{ext} {size_of(path)}</td></tr>')
    return ('<table class="dl"><tr><th>#</th><th>ชื่อเอกสาร</th><th>หมวด</th><th>วันที่</th><th>ไฟล์</th></tr>'
            + "".join(out) + "</table>")


def downloads() -> None:
    ordered = sorted(DOCS, key=lambda r: r[2], reverse=True)
    cats = " | ".join(f'<a href="/download/cat/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    pages = [ordered[i:i + PER_PAGE] for i in range(0, len(ordered), PER_PAGE)]
    nav = " ".join(f'<a href="{"/download/" if p == 1 else f"/download/page/{p}/"}">{p}</a>' for p in range(1, len(pages) + 1))
    for p, chunk in enumerate(pages, 1):
        write("/download/" if p == 1 else f"/download/page/{p}/", "เอกสารดาวน์โหลด",
              f'<p class="cats">หมวด: {cats}</p>{rows(chunk, (p - 1) * PER_PAGE + 1)}<div class="pager">หน้า {nav}</div>')
    for slug, name in CATS.items():
        mine = [r for r in ordered if r[3] == name]
        write(f"/download/cat/{slug}/", f"เอกสารดาวน์โหลด หมวด{name}", f'<p class="cats">หมวด: {cats}</p>{rows(mine)}')


# ---------------------------------------------------------------- ITA

FILE = {r[0].rsplit("/", 1)[1].split(".")[0]: r[0] for r in DOCS}
ITA69 = [  # code, the hospital's own wording, [(link text, url)] (empty: no link)
    ("O1", "โครงสร้างและอำนาจหน้าที่ รพ.สต.", [("โครงสร้าง", "/about/structure/")]),
    ("O2", "ผู้บริหารหน่วยงาน", [("ผู้บริหาร", "/about/executives/")]),
    ("O3", "ข้อมูลการติดต่อ / ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("ถาม-ตอบ", "/qa/")]),
    ("O4", "ข่าวประชาสัมพันธ์", [("ข่าวสาร", "/news/")]),
    ("O5", "แผนยุทธศาสตร์", [("ดาวน์โหลด", FILE["plan-2567-2570"])]),
    ("O6", "แผนปฏิบัติการประจำปี 2569", [("แผนปฏิบัติการ", FILE["action-plan-2569"]), ("แผนการใช้จ่ายเงิน", FILE["budget-plan-2569"])]),
    ("O7", "รายงานผลการดำเนินงานประจำปี", [("ดาวน์โหลด", FILE["annual-report-2567"])]),
    ("O8", "คู่มือการปฏิบัติงาน", [("ดาวน์โหลด", FILE["manual-ncd-screening"])]),
    ("O9", "คู่มือการให้บริการประชาชน", [("ดาวน์โหลด", FILE["manual-service"])]),
    ("O10", "E-Service นัดหมายออนไลน์", [("E-Service", "/eservice/")]),
    ("O11", "สขร.1 รายเดือน", [("หมวดจัดซื้อจัดจ้าง", "/download/cat/procure/")]),
    ("O12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("ดาวน์โหลด", FILE["procurement-report-2568"])]),
    ("O13", "หลักเกณฑ์/แผนบริหารทรัพยากรบุคคล (อบจ.)", [("หมวดบุคลากร", "/download/cat/hr/")]),
    ("O14", "รายงานผลการบริหารทรัพยากรบุคคล", []),
    ("O15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", FILE["pao-ethics-code"]), ("กิจกรรม", "/news/366/")]),
    ("O16", "คู่มือร้องเรียนการทุจริต", [("ดาวน์โหลด", FILE["complaint-manual"])]),
    ("O17", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเรื่อง", "/complaint/")]),
    ("O18", "สถิติเรื่องร้องเรียน", []),
    ("O19", "การมีส่วนร่วม", [("ข่าวประชาคม", "/news/384/")]),
    ("O20", "No Gift Policy", [("ประกาศ", FILE["nogift-2569"]), ("รายงานการรับ", FILE["gift-report-2567"])]),
    ("O21", "ประเมินความเสี่ยงการทุจริต", [("ดาวน์โหลด", FILE["risk-assessment-2569"])]),
    ("O22", "รายงานการจัดการความเสี่ยง", [("ดาวน์โหลด", GONE)]),
    ("O23", "แผนป้องกันการทุจริต", [("ดาวน์โหลด", FILE["pao-anticorruption-plan-2566-2570"])]),
    ("O24", "รายงานผลการป้องกันการทุจริต", [("ดาวน์โหลด", FILE["pao-anticorruption-plan-2566-2570"])]),
    ("O25", "การนำผล ITA ไปพัฒนา / มาตรการ", [("ดาวน์โหลด", FILE["ita-analysis-measures-2569"])]),
    ("O26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("ดาวน์โหลด", FILE["sso-integrity-report-2568"])]),
]
ITA68 = [
    ("O1", "โครงสร้าง", [("โครงสร้าง", "/about/structure/")]),
    ("O4", "ข่าวประชาสัมพันธ์", [("ข่าวสาร", "/news/page/3/")]),
    ("O6", "แผนปฏิบัติการ 2568", [("ดาวน์โหลด", FILE["action-plan-2568"])]),
    ("O7", "รายงานผลการดำเนินงาน 2567", [("ดาวน์โหลด", FILE["annual-report-2567"])]),
    ("O12", "สขร.1", [("หมวดจัดซื้อจัดจ้าง", "/download/cat/procure/")]),
    ("O19", "สถิติเรื่องร้องเรียน 2568", [("ดาวน์โหลด", "/uploads/2568/complaint-stats-2568.pdf")]),
    ("O20", "การมีส่วนร่วม", [("ประชาคมสุขภาพ", "/news/309/")]),
    ("O21", "No Gift Policy 2568", [("ข่าว", "/news/262/")]),
    ("O22", "รายงานการรับทรัพย์สิน", [("ดาวน์โหลด", FILE["gift-report-2567"])]),
    ("O24", "รายงานผลการจัดการความเสี่ยง 2567", [("ดาวน์โหลด", GONE_OLD)]),
    ("O25", "แผนป้องกันการทุจริต", [("ดาวน์โหลด", FILE["pao-anticorruption-plan-2566-2570"])]),
]


def ita_table(items: list[tuple]) -> str:
    out = []
    for code, text, links in items:
        cell = " | ".join(f'<a href="{u}">{esc(t)}</a>' for t, u in links) if links else "อยู่ระหว่างดำเนินการ"
        out.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cell}</td></tr>")
    return '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>' + "".join(out) + "</table>"


def ita() -> None:
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ปีงบประมาณ 2569</a></li><li><a href="/ita/2568/">ITA ปีงบประมาณ 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ 2569",
          f"<p>{SHORT} ในฐานะหน่วยบริการสังกัด{PAO} เผยแพร่ข้อมูลตามแบบ OIT ประจำปี 2569 "
          "ข้อมูลบางรายการใช้เอกสารของ อบจ.ร้อยเอ็ด</p>" + ita_table(ITA69))
    write("/ita/2568/", "ITA 2568 (ปีที่ผ่านมา)", "<p>รายการเปิดเผยข้อมูล ประจำปีงบประมาณ 2568</p>" + ita_table(ITA68))


# ---------------------------------------------------------------- fixed pages

STAFF = [("นางสาวพิมพ์ชนก แสงสุวรรณ์", "ผู้อำนวยการ รพ.สต. (นักวิชาการสาธารณสุขชำนาญการ)"),
         ("นางวิไลวรรณ ศรีคำภา", "พยาบาลวิชาชีพชำนาญการ"), ("นายณัฐวุฒิ พรมโคตร", "พยาบาลวิชาชีพปฏิบัติการ"),
         ("นางสาวอรอุมา คำมุงคุณ", "เจ้าพนักงานทันตสาธารณสุขปฏิบัติงาน"), ("นายเกียรติศักดิ์ บุญยืน", "นักวิชาการสาธารณสุขปฏิบัติการ"),
         ("นางสาวจันทร์เพ็ญ ทองดี", "แพทย์แผนไทย (พนักงานจ้าง)"), ("นางสมปอง ภูผาลา", "เจ้าหน้าที่การเงินและพัสดุ (พนักงานจ้าง)")]


def fixed() -> None:
    latest = "".join(f'<li><a href="/news/{i}/">{esc(t)}</a> <span class="date">{be(dt)}</span></li>' for i, dt, t, _b in NEWS[:6])
    write("/", "หน้าหลัก",
          '<div class="banner"><a href="/ita/2569/">ITA 2569</a> · <a href="/eservice/">จองคิวออนไลน์</a> · '
          '<a href="/complaint/">ร้องเรียนการทุจริต</a> · <a href="https://www.nacc.go.th/">ป.ป.ช.</a></div>'
          f'<h3>ข่าวล่าสุด</h3><ul class="news">{latest}</ul><p><a href="/news/">ดูข่าวทั้งหมด</a></p>'
          '<h3>เอกสารล่าสุด</h3>' + rows(sorted(DOCS, key=lambda r: r[2], reverse=True)[:5]))
    write("/about/", "ประวัติความเป็นมา",
          "<p>เดิมเป็นสถานีอนามัยบ้านโคกกระเบา ตั้งขึ้นเมื่อ พ.ศ. 2521 ยกระดับเป็นโรงพยาบาลส่งเสริมสุขภาพตำบลในปี 2552 "
          f"และถ่ายโอนภารกิจไปสังกัด{PAO} ตั้งแต่วันที่ 1 ตุลาคม 2565 รับผิดชอบ 9 หมู่บ้าน ประชากร 4,812 คน</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a> · <a href="/about/area/">ข้อมูลพื้นที่รับผิดชอบ</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : ประชาชนตำบลโคกกระเบาสุขภาพดี ชุมชนพึ่งตนเองได้</p><ol><li>ส่งเสริมสุขภาพและป้องกันโรคทุกกลุ่มวัย</li>"
          "<li>จัดบริการปฐมภูมิที่มีคุณภาพ</li><li>สร้างการมีส่วนร่วมของภาคีเครือข่าย</li></ol>")
    villages = "".join(f"<tr><td>{n}</td><td>{v}</td><td>{p}</td></tr>" for n, v, p in [
        (1, "บ้านโคกกระเบา", 702), (2, "บ้านโคกกระเบาใต้", 655), (3, "บ้านหนองบัว", 498), (4, "บ้านดอนแดง", 521),
        (5, "บ้านหนองแวง", 560), (6, "บ้านนาเลา", 433), (7, "บ้านโนนสวรรค์", 487), (8, "บ้านคำใหญ่", 468), (9, "บ้านโคกสว่าง", 488)])
    write("/about/area/", "ข้อมูลพื้นที่รับผิดชอบ",
          f'<table class="dl"><tr><th>หมู่ที่</th><th>หมู่บ้าน</th><th>ประชากร</th></tr>{villages}</table>')
    write("/about/structure/", "โครงสร้างและอำนาจหน้าที่",
          '<h3>แผนภูมิโครงสร้าง</h3><ul class="chart"><li>นายกองค์การบริหารส่วนจังหวัดร้อยเอ็ด (ฝ่ายการเมือง) · สภาองค์การบริหารส่วนจังหวัด'
          '<ul><li>ปลัดองค์การบริหารส่วนจังหวัด<ul><li>ผู้อำนวยการกองสาธารณสุข อบจ.ร้อยเอ็ด<ul><li>ผู้อำนวยการ รพ.สต.บ้านโคกกระเบา'
          '<ul><li>งานบริการรักษาพยาบาล (พยาบาลวิชาชีพ 2)</li><li>งานส่งเสริมสุขภาพและป้องกันโรค (นักวิชาการสาธารณสุข 1)</li>'
          '<li>งานทันตสาธารณสุข (1)</li><li>งานแพทย์แผนไทย (1)</li><li>งานบริหารทั่วไป การเงินและพัสดุ (1)</li>'
          '</ul></li></ul></li></ul></li></ul></li></ul>'
          '<h3>อำนาจหน้าที่</h3><p>ตามพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 '
          'และประกาศคณะกรรมการการกระจายอำนาจฯ เรื่องการถ่ายโอนภารกิจ รพ.สต. สรุปได้ดังนี้</p><ol>'
          '<li>ให้บริการสุขภาพระดับปฐมภูมิ ตรวจรักษาโรคเบื้องต้น และส่งต่อผู้ป่วย</li><li>ส่งเสริมสุขภาพ อนามัยแม่และเด็ก ผู้สูงอายุ</li>'
          '<li>ป้องกันและควบคุมโรคติดต่อและโรคไม่ติดต่อในพื้นที่</li><li>ฟื้นฟูสภาพและดูแลผู้ป่วยติดบ้านติดเตียง</li>'
          '<li>สนับสนุนงานสาธารณสุขมูลฐานและพัฒนาศักยภาพ อสม.</li></ol>')
    write("/about/executives/", "ผู้บริหาร",
          '<div class="exec"><img src="/assets/director.png" alt="ผู้อำนวยการ" width="90" height="110">'
          '<p>นางสาวพิมพ์ชนก แสงสุวรรณ์<br>ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคกกระเบา<br>โทรศัพท์ 0 4351 7208 ต่อ 11<br>'
          'อีเมล director@khokkrabao-hp.example</p></div>'
          "<p>ผู้บังคับบัญชา: นายวีรวัฒน์ ทองประเสริฐ นายกองค์การบริหารส่วนจังหวัดร้อยเอ็ด · "
          "นายสุรชัย มูลสาร ผู้อำนวยการกองสาธารณสุข อบจ.ร้อยเอ็ด</p>")
    staff = "".join(f"<tr><td>{n}</td><td>{p}</td></tr>" for n, p in STAFF)
    write("/about/staff/", "บุคลากร", f'<table class="dl"><tr><th>ชื่อ-สกุล</th><th>ตำแหน่ง</th></tr>{staff}</table>')
    write("/services/", "บริการของเรา",
          '<table class="dl"><tr><th>วัน</th><th>คลินิก</th></tr><tr><td>จันทร์</td><td>ตรวจรักษาโรคทั่วไป / คลินิกเบาหวาน</td></tr>'
          '<tr><td>อังคาร</td><td>ฝากครรภ์ / วางแผนครอบครัว</td></tr><tr><td>พุธ</td><td>วัคซีนเด็ก / คลินิกนอกเวลา</td></tr>'
          '<tr><td>พฤหัสบดี</td><td>คลินิกความดันโลหิตสูง / ทันตกรรม</td></tr><tr><td>ศุกร์</td><td>แพทย์แผนไทย / เยี่ยมบ้าน</td></tr></table>'
          '<p>คู่มือสำหรับประชาชนอยู่ที่ <a href="/download/cat/manual/">หมวดคู่มือ</a></p>')
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>เลขที่ 88 หมู่ที่ 2 ตำบลโคกกระเบา อำเภอห้วยสำราญ จังหวัดร้อยเอ็ด 45180</p>"
          "<p>โทรศัพท์ 0 4351 7208 · โทรสาร 0 4351 7209<br>อีเมล saraban@khokkrabao-hp.example<br>"
          'Facebook: รพ.สต.บ้านโคกกระเบา</p><p><a href="https://maps.google.com/?q=15.71,103.95">แผนที่ Google Maps</a></p>'
          '<p>สอบถามข้อมูลได้ที่ <a href="/qa/">กระดานถาม-ตอบ</a></p>')
    qa = [("คลินิกนอกเวลาเปิดวันไหนคะ", "คลินิกนอกเวลาเปิดทุกวันพุธ 16.30 – 20.00 น. ค่ะ", "5 ก.พ. 2569"),
          ("ย้ายสิทธิบัตรทองมาที่ รพ.สต. ต้องใช้อะไรบ้าง", "ใช้บัตรประชาชนและสำเนาทะเบียนบ้าน ติดต่องานเวชระเบียนได้ในเวลาราชการครับ", "12 ม.ค. 2569"),
          ("มีบริการฉีดวัคซีนไข้หวัดใหญ่ไหม", "มีค่ะ ลงทะเบียนผ่านหน้า E-Service หรือโทร 0 4351 7208", "3 พ.ย. 2568")]
    items = "".join(f'<div class="q"><b>ถาม:</b> {esc(q)} <small>({d})</small><br><b>ตอบ:</b> {esc(a)}</div>' for q, a, d in qa)
    write("/qa/", "ถาม-ตอบ (Q&A)",
          f'{items}<h3>ตั้งคำถามใหม่</h3><form method="post" action="https://forms.example.net/khokkrabao-qa">'
          'ชื่อ <input name="name"> อีเมล <input name="email"><br>คำถาม <textarea name="q"></textarea><button>ส่งคำถาม</button></form>')
    write("/eservice/", "E-Service นัดหมายรับบริการออนไลน์",
          '<p>ประชาชนจองคิวรับบริการ ฉีดวัคซีน ฝากครรภ์ ตรวจฟัน หรือขอเยี่ยมบ้านได้ตลอด 24 ชั่วโมง เจ้าหน้าที่โทรยืนยันภายใน 1 วันทำการ</p>'
          '<form method="post" action="https://forms.example.net/khokkrabao-booking">ชื่อ-สกุล <input name="name"> '
          'โทรศัพท์ <input name="tel"><br>บริการ <select name="svc"><option>ตรวจรักษาทั่วไป</option><option>วัคซีน</option>'
          '<option>ฝากครรภ์</option><option>ทันตกรรม</option><option>เยี่ยมบ้าน</option></select> วันที่ต้องการ <input name="date" type="date">'
          '<button>ส่งคำขอ</button></form><h3>สถิติการใช้บริการนัดหมายออนไลน์ ปีงบประมาณ 2569</h3>'
          '<table class="dl"><tr><th>เดือน</th><th>ต.ค. 68</th><th>พ.ย. 68</th><th>ธ.ค. 68</th><th>ม.ค. 69</th><th>ก.พ. 69</th><th>มี.ค. 69</th></tr>'
          '<tr><td>คำขอ (ครั้ง)</td><td>18</td><td>23</td><td>21</td><td>30</td><td>27</td><td>25</td></tr></table>'
          f'<p><a href="{FILE["service-stats-2569"]}">ดาวน์โหลดสถิติผู้รับบริการ (Excel)</a></p>')
    write("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตหรือการประพฤติมิชอบของเจ้าหน้าที่ได้ โดยไม่ต้องระบุชื่อ ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับ</p>"
          '<form method="post" action="https://forms.example.net/khokkrabao-complaint">ชื่อ (ไม่บังคับ) <input name="name"> '
          'โทรศัพท์ <input name="tel"><br>ผู้ถูกร้องเรียน <input name="who"><br>รายละเอียด <textarea name="detail"></textarea>'
          '<button>ส่งเรื่องร้องเรียน</button></form>'
          '<p>ช่องทางอื่น: ยื่นด้วยตนเอง / โทร 0 4351 7208 / ศูนย์ดำรงธรรม อบจ.ร้อยเอ็ด · '
          f'<a href="{FILE["complaint-manual"]}">คู่มือการจัดการเรื่องร้องเรียน</a></p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>รพ.สต. เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นต่อการให้บริการ ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    links = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "ผังเว็บไซต์", f'<ul>{links}<li><a href="/eservice/">E-Service</a></li>'
          '<li><a href="/complaint/">ร้องเรียนการทุจริต</a></li><li><a href="/about/vision/">วิสัยทัศน์</a></li></ul>')


CSS = """body{font-family:Tahoma,sans-serif;margin:0;background:#f3f7f5;font-size:14px}
.top{background:#1f7a5a;color:#fff;padding:12px 20px;font-size:20px}.nav{list-style:none;margin:0;padding:0;background:#2b9b72}
.nav li{display:inline-block}.nav a{color:#fff;padding:8px 10px;display:block;text-decoration:none}
.page{display:flex;gap:16px;padding:16px}.content{flex:3;background:#fff;padding:12px}.side{flex:1}
.card{background:#fff;margin-bottom:10px;padding:10px}.foot{background:#1f7a5a;color:#fff;padding:12px 20px}
.foot a{color:#fff}table.dl,table.ita{border-collapse:collapse;width:100%}td,th{border:1px solid #ccd;padding:4px}
.post{border:1px solid #dde;border-radius:6px;padding:8px;margin-bottom:10px}.date{color:#777}.fb{color:#4267b2;font-size:12px}
"""


def main() -> None:
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as f:
        f.write(CSS)
    fixed()
    news()
    downloads()
    ita()


if __name__ == "__main__":
    main()
