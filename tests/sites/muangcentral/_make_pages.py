"""Generate the HTML pages of the "muangcentral" test site (เทศบาลเมืองหนองบัวทอง, invented).

Run:  python tests/sites/muangcentral/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A เทศบาลเมือง on a regional web provider's template: a header with the seal and the town's motto,
a menu bar, a right-hand column (the mayor, hotlines, banners, ITA links, a counter) and a footer
on every page; pages are folder/index.html.  Documents sit in a download section by category
(/download/<cat>/, newest first), the monthly สขร.1 on /procurement/, news under /news/ (two pages).
The ITA page /ita/2568/ is a table o1 … o26 in the town's own short wording whose links go to
files, pages or category lists; last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "เทศบาลเมืองหนองบัวทอง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนา/แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "ข้อมูลสถิติ", "procure": "ประกาศจัดซื้อจัดจ้าง", "hr": "งานการเจ้าหน้าที่",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
MISSING_SIZE = "286.4 KB"
OLD_DEAD = "/files/2987.pdf"  # last year's risk assessment (ITA 2567 page): the file was deleted
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str) -> str:
    return f'<a href="{href if href.startswith("/") else f(href)}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("ข้อมูลพื้นฐาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("สภาเทศบาล", "/about/council/"), ("ข่าวประชาสัมพันธ์", "/news/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลดเอกสาร", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/site.css"></head>
<body>
<div class="header"><img src="/assets/seal.png" alt="ตราเทศบาลเมืองหนองบัวทอง" width="72" height="72">
<div class="brand"><b>{ORG}</b><br>Nong Bua Thong Town Municipality<br>
<i>"หนองบัวทองเมืองน่าอยู่ ริมน้ำท่าจีน"</i></div>
<div class="hot">ศูนย์รับเรื่องร้องเรียน ๐ ๓๕๕๙ ๔๑๒๐ · สายด่วนป้องกันภัย ๑๙๙</div></div>
<ul class="nav">
{menu}
</ul>
<div class="page"><div class="content">
<p class="crumb"><a href="/">หน้าแรก</a> » {esc(title)}</p>
<h1>{esc(title)}</h1>
{body}
</div>
<div class="aside">
<div class="widget"><img src="/assets/mayor.png" alt="นายกเทศมนตรี" width="90" height="110"><br>
นายวิเชียร ทองประเสริฐ<br>นายกเทศมนตรีเมืองหนองบัวทอง</div>
<div class="widget"><b>ITA การประเมินคุณธรรมและความโปร่งใส</b><br>
<a href="/ita/2568/">ITA ประจำปี ๒๕๖๘</a><br><a href="/ita/2567/">ITA ประจำปี ๒๕๖๗</a></div>
<div class="widget"><b>บริการออนไลน์</b><br><a href="/eservice/">ยื่นคำร้อง E-Service</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/download/manual/">คู่มือประชาชน</a></div>
<div class="widget"><b>ลิงก์หน่วยงาน</b><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></div>
<div class="widget">ผู้เข้าชมเว็บไซต์ ๔๑๒,๗๗๐ ครั้ง</div>
</div></div>
<div class="footer">{ORG} ๙๙ ถนนท่าจีนพัฒนา ตำบลหนองบัวทอง อำเภอบางปลาม้า จังหวัดสุพรรณบุรี ๗๒๑๕๐<br>
โทรศัพท์ ๐ ๓๕๕๙ ๔๑๒๐ โทรสาร ๐ ๓๕๕๙ ๔๑๒๙ อีเมล saraban@nongbuathongcity.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
พัฒนาเว็บไซต์โดย สุพรรณเว็บดีไซน์ · สงวนลิขสิทธิ์ ๒๕๖๕</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td>{a(k, title)}</td><td>{be(up)}</td>'
                    f'<td><img src="/assets/{ext}.gif" alt="{ext}"> {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if not k.startswith("proc-20") and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (618, (2025, 4, 18), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี พ.ศ. 2568",
     ["เทศบาลเมืองหนองบัวทองขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 31 พฤษภาคม 2568 "
      "ณ งานพัฒนาและจัดเก็บรายได้ กองคลัง หรือชำระผ่านแอปพลิเคชันธนาคาร"]),
    (611, (2025, 4, 10), "เทศบาลเมืองหนองบัวทองจัดงานประเพณีสงกรานต์ริมน้ำท่าจีน ประจำปี 2568",
     ["วันที่ 10 เมษายน 2568 นายวิเชียร ทองประเสริฐ นายกเทศมนตรี เป็นประธานพิธีสรงน้ำพระและรดน้ำขอพรผู้สูงอายุ 14 ชุมชน"]),
    (604, (2025, 3, 21), "โครงการรณรงค์ป้องกันโรคไข้เลือดออก ประจำปี 2568",
     ["กองสาธารณสุขและสิ่งแวดล้อมร่วมกับ อสม. ทั้ง 14 ชุมชน แจกทรายอะเบทและพ่นหมอกควันกำจัดยุงลาย ระหว่างวันที่ 17 - 21 มีนาคม 2568"]),
    (597, (2025, 2, 24), "สรุปผลการประชุมประชาคมเมือง ประจำปี 2568",
     ["เมื่อวันที่ 12 กุมภาพันธ์ 2568 เวลา 09.00 - 15.30 น. เทศบาลเมืองหนองบัวทองจัดประชุมประชาคมเมือง ณ หอประชุมเทศบาล "
      "เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมเสนอปัญหาและความต้องการ สำหรับการจัดทำแผนพัฒนาท้องถิ่น (เพิ่มเติม) และเทศบัญญัติงบประมาณรายจ่ายประจำปี 2569",
      "ผู้เข้าร่วมประชุม ได้แก่ ประธานและคณะกรรมการชุมชน 14 ชุมชน ผู้แทนส่วนราชการ ผู้แทนภาคเอกชน และประชาชน รวม 187 คน",
      "ผลการประชุม : ที่ประชุมเสนอโครงการ 43 โครงการ เช่น ปรับปรุงเขื่อนริมตลิ่งแม่น้ำท่าจีน ชุมชนตลาดเก่า ติดตั้งไฟฟ้าส่องสว่าง "
      "ชุมชนบ้านบัว และตลาดนัดสินค้าชุมชน เทศบาลจะนำเสนอคณะกรรมการพัฒนาเทศบาลพิจารณาบรรจุในแผนพัฒนาท้องถิ่น และแจ้งผลให้ประชาชนทราบต่อไป"]),
    (590, (2025, 1, 31), "ขอเชิญร่วมประชุมประชาคมเมือง ประจำปี 2568",
     ["เทศบาลเมืองหนองบัวทองขอเชิญประชาชนร่วมประชุมประชาคมเมือง ในวันพุธที่ 12 กุมภาพันธ์ 2568 เวลา 09.00 น. ณ หอประชุมเทศบาล",
      '<a href="{invite}">ดาวน์โหลดหนังสือเชิญ</a>']),
    (583, (2025, 1, 16), "โครงการอบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2568",
     ["วันที่ 16 มกราคม 2568 เทศบาลเมืองหนองบัวทองจัดโครงการอบรมคุณธรรมจริยธรรม เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล "
      "ให้ผู้บริหาร สมาชิกสภาเทศบาล พนักงานเทศบาล และพนักงานจ้าง นำไปปฏิบัติ วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดสุพรรณบุรี "
      "บรรยายเรื่องประมวลจริยธรรม การรับของขวัญตามมาตรา 128 และผลประโยชน์ทับซ้อน",
      "มีผู้เข้าร่วมอบรม 152 คน ณ หอประชุมเทศบาลเมืองหนองบัวทอง"]),
    (571, (2024, 12, 27), "รณรงค์ลดอุบัติเหตุทางถนน ช่วงเทศกาลปีใหม่ 2568",
     ["ตั้งจุดบริการประชาชนบริเวณสามแยกตลาดหนองบัวทอง ระหว่างวันที่ 27 ธันวาคม 2567 - 2 มกราคม 2568"]),
    (562, (2024, 11, 15), "งานประเพณีลอยกระทงริมน้ำท่าจีน ประจำปี 2567",
     ["วันที่ 15 พฤศจิกายน 2567 เทศบาลจัดงานประเพณีลอยกระทง ณ ท่าน้ำหน้าวัดหนองบัว มีการประกวดกระทงจากวัสดุธรรมชาติ"]),
    (555, (2024, 10, 3), "นายกเทศมนตรีประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2568",
     ["วันที่ 2 ตุลาคม 2567 นายกเทศมนตรีเมืองหนองบัวทอง ประกาศเจตจำนงสุจริตต่อหน้าพนักงานเทศบาล",
      '<a href="{will}">ประกาศเจตจำนงสุจริต</a>']),
    (549, (2024, 10, 1), "ประกาศใช้เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568",
     ["เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 ได้รับอนุมัติจากผู้ว่าราชการจังหวัดสุพรรณบุรี และประกาศใช้ตั้งแต่ 1 ตุลาคม 2567"]),
    # page 2: FY2567 and older
    (521, (2024, 8, 20), "สภาเทศบาลพิจารณาร่างเทศบัญญัติงบประมาณรายจ่าย ประจำปี 2568 วาระที่ 1",
     ["สภาเทศบาลเมืองหนองบัวทอง สมัยสามัญ สมัยที่ 3 ประจำปี 2567 มีมติรับหลักการร่างเทศบัญญัติงบประมาณรายจ่าย ประจำปี 2568"]),
    (498, (2024, 6, 27), "โครงการอบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2567",
     ["วันที่ 27 มิถุนายน 2567 เทศบาลจัดอบรมคุณธรรมจริยธรรมแก่บุคลากร ผู้เข้าร่วม 146 คน"]),
    (472, (2024, 2, 14), "สรุปผลการประชุมประชาคมเมือง ประจำปี 2567",
     ["วันที่ 7 กุมภาพันธ์ 2567 เทศบาลจัดประชุมประชาคมเมือง ผู้เข้าร่วม 164 คน เสนอโครงการ 38 โครงการ"]),
    (455, (2023, 12, 1), "ประกาศรับสมัครพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยนักวิชาการจัดเก็บรายได้",
     ["รับสมัครระหว่างวันที่ 4 - 15 ธันวาคม 2566 ณ กองการเจ้าหน้าที่"]),
    (318, (2022, 10, 5), "เทศบาลเมืองหนองบัวทองประกาศนโยบายไม่รับของขวัญ (No Gift Policy)",
     ["นายกเทศมนตรีประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ประจำปีงบประมาณ พ.ศ. 2566 "
      "ขอความร่วมมือผู้มาติดต่อราชการงดให้ของขวัญในทุกเทศกาล", '<a href="{nogift}">ประกาศ No Gift Policy</a>']),
]
PER_PAGE = 10


def news_item(n) -> tuple[str, str, str]:
    nid, (y, m, day), title, paras = n
    links = {"invite": f("invite-forum-68"), "will": f("will-68"), "nogift": f("no-gift-66")}
    body = "".join(f"<p>{p.format(**links) if p.startswith('<a') else esc(p)}</p>" for p in paras)
    return f"/news/{nid}/", title, f'<p class="date">วันที่ {be(date(y, m, day))}</p>{body}'


def news_pages() -> None:
    for n in NEWS:
        url, title, body = news_item(n)
        write(url, title, body + '<p><a href="/news/">« ข่าวประชาสัมพันธ์ทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>{be(date(*n[1]))}</span></li>' for n in chunk)
        pager = ('<p class="pager">หน้า <b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">»</a></p>' if p == 1
                 else '<p class="pager">หน้า <a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2568 = [  # (ข้อ, heading, [(link text, key or path)]); a one-element row is a group heading
    ("ข้อมูลพื้นฐาน",),
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "ข้อมูลการติดต่อ", [("ติดต่อเทศบาล", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("การบริหารงานและการใช้จ่ายงบประมาณ",),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนการดำเนินงาน / เทศบัญญัติ / รายงานรอบ 6 เดือน",
     [("แผนการดำเนินงาน 2568", "opplan-68"), ("เทศบัญญัติ 2568", "budget-68"), ("รายงานรอบ 6 เดือน", "track-6m-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน กองช่าง", "work-manual")]),
    ("o9", "คู่มือสำหรับประชาชน", [("คู่มือประชาชน", "citizen-manual")]),
    ("o10", "E-Service", [("ระบบ E-Service", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติการให้บริการ", "service-68")]),
    ("การจัดซื้อจัดจ้าง",),
    ("o12", "สขร.1 รายเดือน", [("ผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานปี 2567", "proc-year-67")]),
    ("การบริหารและพัฒนาทรัพยากรบุคคล",),
    ("o14", "แผนพัฒนาบุคลากร", [("งานการเจ้าหน้าที่", "/download/hr/")]),
    ("o15", "รายงานผลการพัฒนาบุคลากร", [("รายงานปี 2567", "hr-report-67")]),
    ("o16", "ประมวลจริยธรรม / กิจกรรมส่งเสริมจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("อบรมคุณธรรมจริยธรรม 2568", "/news/583/")]),
    ("การส่งเสริมความโปร่งใส",),
    ("o17", "คู่มือเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติเรื่องร้องเรียน", "complaint-stat-67")]),
    ("o20", "การมีส่วนร่วม", [("ประชาคมเมือง 2568", "/news/597/")]),
    ("การป้องกันการทุจริตในประเด็นสินบน",),
    ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", "no-gift-66")]),
    ("o22", "รายงานการรับของขวัญ", [("รายงานปี 2567", "gift-report-67")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง", "risk-67")]),
    ("o24", "รายงานผลการจัดการความเสี่ยง", [("รายงานปี 2567", "risk-manage-67")]),
    ("การส่งเสริมคุณธรรมและความโปร่งใส",),
    ("o25", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต 4 ปี", "anti-plan-65-68")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานปี 2567", "anti-report-66")]),
]
ITA_2567 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนการดำเนินงาน 2567", [("แผนการดำเนินงาน 2567", "opplan-67"), ("รายงานรอบ 6 เดือน", "track-6m-67")]),
    ("o12", "สขร.1", [("สขร.1 ก.ย. 2567", "proc-2024-09")]),
    ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", "no-gift-66")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต ปี 2567", [("ประเมินความเสี่ยง 2567", OLD_DEAD)]),
    ("o25", "แผนป้องกันการทุจริต", [("แผน 4 ปี", "anti-plan-65-68")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานปี 2566", "anti-report-66")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการข้อมูล</th><th>ลิงก์</th></tr>']
    for row in rows:
        if len(row) == 1:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, heading, links = row
        cell = "<br>".join(a(h, t) for t, h in links)
        out.append(f"<tr><td>{code.upper()}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          f'<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2><ul class="news">{latest}</ul><p><a href="/news/">อ่านข่าวทั้งหมด</a></p>'
          '<h2>บริการประชาชน</h2><p><a href="/eservice/">ยื่นคำร้องออนไลน์ (E-Service)</a> · '
          '<a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a> · <a href="/download/">ดาวน์โหลดเอกสาร</a> · '
          '<a href="/ita/2568/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2568</a></p>')
    write("/about/history/", "ข้อมูลพื้นฐาน",
          "<p>เทศบาลเมืองหนองบัวทอง เดิมเป็นสุขาภิบาลหนองบัวทอง ยกฐานะเป็นเทศบาลตำบลเมื่อ พ.ศ. 2542 และเป็นเทศบาลเมืองเมื่อ พ.ศ. 2555 "
          "ตั้งอยู่ริมฝั่งแม่น้ำท่าจีน มีพื้นที่ 18.6 ตารางกิโลเมตร 14 ชุมชน ประชากร 24,318 คน 9,102 ครัวเรือน</p>"
          "<p>วิสัยทัศน์ : หนองบัวทองเมืองน่าอยู่ ริมน้ำท่าจีน เศรษฐกิจมั่นคง ประชาชนมีส่วนร่วม</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<img src="/assets/org.png" alt="แผนภูมิโครงสร้างเทศบาลเมืองหนองบัวทอง" width="160" height="100">'
          "<h2>ฝ่ายบริหาร (ฝ่ายการเมือง)</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี (3 คน)</li>"
          "<li>เลขานุการนายกเทศมนตรี</li><li>ที่ปรึกษานายกเทศมนตรี</li></ul></li></ul>"
          "<h2>สภาเทศบาล</h2><ul><li>ประธานสภาเทศบาล</li><li>รองประธานสภาเทศบาล</li><li>สมาชิกสภาเทศบาล (18 คน)</li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล (2 คน)</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li>"
          "<li>กองช่าง</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองการศึกษา</li><li>กองสวัสดิการสังคม</li>"
          "<li>กองการเจ้าหน้าที่</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่ของเทศบาล</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>เทศบาลเมืองมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 53, 54 และพระราชบัญญัติกำหนดแผนและขั้นตอน"
          "การกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
          "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>จัดให้มีและบำรุงทางบกและทางน้ำ</li>"
          "<li>รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ รวมทั้งการกำจัดขยะมูลฝอยและสิ่งปฏิกูล</li>"
          "<li>ป้องกันและระงับโรคติดต่อ</li><li>ให้มีเครื่องใช้ในการดับเพลิง</li>"
          "<li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>ให้มีน้ำสะอาดหรือการประปา</li><li>ให้มีโรงฆ่าสัตว์ และตลาด</li>"
          "<li>บำรุงศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น และวัฒนธรรมอันดีของท้องถิ่น</li></ol>")
    execs = [("นายวิเชียร ทองประเสริฐ", "นายกเทศมนตรีเมืองหนองบัวทอง", "08 1945 2207"),
             ("นายสุรชัย พึ่งบุญ", "รองนายกเทศมนตรี", "08 9613 4451"),
             ("นางอรุณี แสงจันทร์", "รองนายกเทศมนตรี", "08 6377 0914"),
             ("นายณัฐพล อินทร์แก้ว", "รองนายกเทศมนตรี", "09 2258 6130"),
             ("นางสาวรัชนี ศรีวงษ์", "ปลัดเทศบาลเมืองหนองบัวทอง", "0 3559 4120 ต่อ 101")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="80" height="100"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "คณะผู้บริหาร", cards)
    write("/about/council/", "สมาชิกสภาเทศบาล",
          "<ul><li>นายประยงค์ เกิดผล ประธานสภาเทศบาล</li><li>นางสมใจ ทับทิมทอง รองประธานสภาเทศบาล</li>"
          "<li>สมาชิกสภาเทศบาล เขตเลือกตั้งที่ 1 - 3 (18 คน)</li><li>นายกิตติศักดิ์ วงศ์ใหญ่ เลขานุการสภาเทศบาล</li></ul>")
    write("/contact/", "ติดต่อเทศบาล",
          f"<p>{ORG}<br>เลขที่ 99 ถนนท่าจีนพัฒนา ตำบลหนองบัวทอง อำเภอบางปลาม้า จังหวัดสุพรรณบุรี 72150</p>"
          "<p>โทรศัพท์ 0 3559 4120 โทรสาร 0 3559 4129<br>อีเมล saraban@nongbuathongcity.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/nongbuathongcity">เทศบาลเมืองหนองบัวทอง</a> · Line @nbtcity</p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (พักเที่ยงไม่ปิดบริการ)</p>"
          '<p><a href="https://maps.google.com/?q=14.3912,100.1587">แผนที่ตั้งสำนักงานเทศบาล (Google Maps)</a></p>'
          '<table class="list"><tr><th>ส่วนราชการ</th><th>โทรศัพท์ภายใน</th></tr><tr><td>สำนักปลัดเทศบาล</td><td>101-105</td></tr>'
          "<tr><td>กองคลัง</td><td>201</td></tr><tr><td>กองช่าง</td><td>301</td></tr><tr><td>กองสาธารณสุขฯ</td><td>401</td></tr></table>")
    qa = [("อยากทราบว่าขอใบอนุญาตต่อเติมบ้านใช้เวลากี่วันครับ", "คุณต้น", "3 มี.ค. 2568",
           "ไม่เกิน 45 วันนับแต่ยื่นเอกสารครบ รายละเอียดดูคู่มือสำหรับประชาชนในหน้าดาวน์โหลดครับ (กองช่าง)"),
          ("ถังขยะหน้าตลาดเก่าไม่มีคนมาเก็บ 2 วันแล้วค่ะ", "แม่ค้าตลาดเก่า", "14 ม.ค. 2568",
           "กองสาธารณสุขฯ ได้จัดรถเก็บขนเพิ่มรอบแล้ว ขออภัยในความไม่สะดวกค่ะ (ผู้ดูแลระบบ)")]
    items = "".join(f'<div class="qa"><p><b>ถาม:</b> {esc(q)} <small>โดย {esc(who)} {when}</small></p><p><b>ตอบ:</b> {esc(ans)}</p></div>'
                    for q, who, when, ans in qa)
    write("/qa/", "กระดานถาม-ตอบ", items)
    write("/eservice/", "E-Service ระบบยื่นคำร้องออนไลน์",
          "<p>ประชาชนสามารถยื่นคำร้องขอรับบริการจากเทศบาลเมืองหนองบัวทองทางออนไลน์ได้ตลอด 24 ชั่วโมง โดยไม่ต้องเดินทางมาที่สำนักงาน "
          "เจ้าหน้าที่จะตรวจสอบและแจ้งผลทางโทรศัพท์หรืออีเมลภายใน 2 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSfNbtCityEservice68/formResponse" method="post">'
          '<h2>แบบคำร้องออนไลน์</h2>ชื่อ-นามสกุล <input name="entry.101"><br>เลขประจำตัวประชาชน <input name="entry.102"><br>'
          'เบอร์โทรศัพท์ <input name="entry.103"><br>ประเภทคำร้อง <select name="entry.104"><option>คำร้องทั่วไป</option>'
          "<option>ขอความอนุเคราะห์ตัดกิ่งไม้</option><option>แจ้งซ่อมไฟฟ้าสาธารณะ</option><option>ขอรับถังขยะ</option>"
          '<option>ขอน้ำอุปโภคบริโภค</option></select><br>รายละเอียด <textarea name="entry.105"></textarea><br>'
          '<button type="submit">ส่งคำร้อง</button></form>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ท่านสามารถร้องเรียนร้องทุกข์ได้ที่ ศูนย์รับเรื่องร้องเรียนเทศบาล โทร 0 3559 4120 ต่อ 102 หรือ Line @nbtcity</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>เทศบาลจะเก็บข้อมูลผู้แจ้งเป็นความลับ และแจ้งผลการดำเนินการภายใน 15 วันทำการ</p>"
          '<form action="/complaint/corruption/send.php" method="post">ชื่อ-สกุล (ไม่ประสงค์ออกนามได้) <input name="name"><br>'
          'โทรศัพท์/อีเมล <input name="contact"><br>ผู้ถูกร้องเรียน/หน่วยงาน <input name="who"><br>'
          'รายละเอียดการกระทำ <textarea name="detail"></textarea><br>หลักฐาน <input type="file" name="evidence"><br>'
          '<button type="submit">ส่งเรื่อง</button></form>'
          f'<p>{a("complaint-manual", "คู่มือการดำเนินการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>เทศบาลเมืองหนองบัวทองเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    # procurement: the monthly สขร.1, newest first; กุมภาพันธ์ 2568 was never posted
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(k, "ดาวน์โหลด PDF")}</td></tr>'
                   for k in months)
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง (สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศที่เกี่ยวข้อง</h2><ul><li>{a("proc-year-67", ROWS["proc-year-67"][0])}</li>'
          f'<li>{a("print-plan", ROWS["print-plan"][0])}</li></ul>')
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลดเอกสาร : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. 2568</a></li>'
          '<li><a href="/ita/2567/">ITA ประจำปีงบประมาณ พ.ศ. 2567</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568",
          "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล · ตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>" + ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567", ita_table(ITA_2567))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("seal.png", "mayor.png", "person.png", "org.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "site.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0;background:#f6f3e8}.header{background:#7a1f1f;color:#fff;padding:8px;display:flex}"
                 ".nav{background:#c9a227;margin:0;padding:4px}.nav li{display:inline;margin:0 5px}.page{display:flex}"
                 ".content{flex:1;padding:10px;background:#fff}.aside{width:230px}.widget{border:1px solid #c9a227;margin:6px;padding:6px}"
                 "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:3px}.group td{background:#eee;font-weight:bold}"
                 ".footer{background:#7a1f1f;color:#fff;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
