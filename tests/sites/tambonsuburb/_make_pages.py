"""Generate the HTML pages of the "tambonsuburb" test site (เทศบาลตำบลหนองเสม็ดทอง, invented).

Run:  python tests/sites/tambonsuburb/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A suburban เทศบาลตำบล on a hosting company's municipal template: a banner, a menu bar, a right column
(the mayor, a hotline, banners to the ITA pages and e-GP, a visitor counter) and a footer on every
page; pages are folder/index.html.  Documents are listed by category (/download/<cat>/), the monthly
สขร.1 on /procurement/, news under /news/ (two pages).  The ITA page /ita/2568/ is a table of o1 … o26
in the office's own short wording whose links go to files, pages or a category list; last year's
/ita/2567/ is still online.
"""

from __future__ import annotations

import base64
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import GONE_OLD, ROWS, name  # noqa: E402

ORG = "เทศบาลตำบลหนองเสม็ดทอง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนา / แผนการดำเนินงาน", "budget": "งบประมาณ (เทศบัญญัติ)", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "สถิติ", "procure": "ประกาศจัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือราชการ / เอกสารทั่วไป"}
HIDDEN = {"old-anti-plan"}  # linked only from last year's ITA page
MISSING_SIZE = "287.3 KB"
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(url: str, text: str) -> str:
    return f'<a href="{url}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("ประวัติเทศบาล", "/about/history/"), ("วิสัยทัศน์/พันธกิจ", "/about/vision/"),
        ("โครงสร้างส่วนราชการ", "/about/structure/"), ("คณะผู้บริหาร", "/about/executives/"),
        ("สมาชิกสภาเทศบาล", "/about/council/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("ดาวน์โหลดเอกสาร", "/download/"), ("E-Service", "/eservice/"), ("ร้องเรียน/ร้องทุกข์", "/complaint/"),
        ("ITA", "/ita/"), ("กระดานถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/theme.css"></head>
<body>
<div class="topbar">ศูนย์รับเรื่องราวร้องทุกข์ 0 3815 7240 ต่อ 103 · สายด่วนป้องกันและบรรเทาสาธารณภัย 199</div>
<div class="banner"><img src="/assets/logo.png" alt="ตราเทศบาลตำบลหนองเสม็ดทอง" width="80" height="80">
<span class="org">{ORG}</span><span class="en">Nong Samet Thong Subdistrict Municipality · อำเภอพานทอง จังหวัดชลบุรี</span></div>
<ul class="navbar">
{menu}
</ul>
<div class="container"><div class="content">
<p class="crumb"><a href="/">หน้าแรก</a> › {esc(title)}</p>
<h1>{esc(title)}</h1>
{body}
</div>
<div class="sidebar">
<div class="widget"><img src="/assets/mayor.png" alt="นายกเทศมนตรี" width="120" height="150"><br>
นายประสิทธิ์ วงศ์ทองคำ<br>นายกเทศมนตรีตำบลหนองเสม็ดทอง<br>สายตรงนายกฯ 08 1762 4390</div>
<div class="widget"><b>ITA</b><br><a href="/ita/2568/">ITA ปี ๒๕๖๘ (OIT)</a><br><a href="/ita/2567/">ITA ปี ๒๕๖๗</a></div>
<div class="widget"><b>บริการประชาชน</b><br><a href="/eservice/">E-Service ยื่นคำร้องออนไลน์</a><br>
<a href="/download/manual/">คู่มือประชาชน</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&amp;proc_id=ShowHTMLFile&amp;processFlows=Procure">ประกาศจัดซื้อจัดจ้าง e-GP</a><br>
<a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></div>
<div class="widget">ผู้เข้าชมวันนี้ ๑๒๘ · ทั้งหมด ๔๑๐,๒๗๗</div>
</div></div>
<div class="footer">{ORG} เลขที่ 88/9 หมู่ที่ 4 ตำบลหนองเสม็ดทอง อำเภอพานทอง จังหวัดชลบุรี 20160<br>
โทรศัพท์ 0 3815 7240 โทรสาร 0 3815 7241 อีเมล saraban@nongsametthong.go.th<br>
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a> ·
พัฒนาระบบโดย ชลบุรีเว็บโซลูชั่น</div>
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
        rows.append(f'<tr><td>{i}</td><td>{esc(title)}</td><td>{be(up)}</td>'
                    f'<td><a href="{f(k)}"><img src="/assets/ico-{ext}.gif" alt="{ext}"> ดาวน์โหลด</a> ({size_of(k)})</td></tr>')
    return ('<table class="doclist"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and not k.startswith("proc-20") and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs, links
    (1288, (2025, 4, 8), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568 ภายในวันที่ 30 เมษายน 2568 ณ กองคลัง "
      "หรือชำระผ่านแอปพลิเคชันธนาคาร (QR Code ตามใบแจ้งประเมิน)"], []),
    (1281, (2025, 3, 21), "โครงการรณรงค์คัดแยกขยะต้นทางในหมู่บ้านจัดสรร ประจำปี 2568",
     ["วันที่ 21 มีนาคม 2568 กองสาธารณสุขและสิ่งแวดล้อม ร่วมกับนิติบุคคลหมู่บ้านจัดสรร 6 แห่ง จัดกิจกรรมคัดแยกขยะ"
      " แจกถังขยะเปียก 420 ใบ"], []),
    (1274, (2025, 2, 28), "สรุปผลการประชุมประชาคมตำบล เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2568",
     ["เมื่อวันที่ 15 กุมภาพันธ์ 2568 เทศบาลตำบลหนองเสม็ดทองจัดประชุมประชาคมตำบล ณ หอประชุมเทศบาล "
      "มีผู้เข้าร่วม 214 คน จาก 9 หมู่บ้าน และนิติบุคคลหมู่บ้านจัดสรร 11 แห่ง รวมทั้งผู้แทนนิคมอุตสาหกรรม",
      "ที่ประชุมเสนอโครงการ 38 โครงการ เรื่องที่เสนอมากที่สุดคือการแก้ปัญหาน้ำท่วมขังซอยหนองเสม็ด 5 และไฟฟ้าส่องสว่าง"
      " เทศบาลจะนำเข้าแผนพัฒนาท้องถิ่น เพิ่มเติม ฉบับที่ 2 และแจ้งผลให้ประชาคมทราบในเดือนมิถุนายน 2568"], []),
    (1270, (2025, 2, 6), "ขอเชิญร่วมประชุมประชาคมตำบล วันที่ 15 กุมภาพันธ์ 2568",
     ["เทศบาลขอเชิญประธานชุมชน นิติบุคคลหมู่บ้านจัดสรร และประชาชนทุกท่าน ร่วมประชุมประชาคมตำบล"
      " วันเสาร์ที่ 15 กุมภาพันธ์ 2568 เวลา 09.00 น. ณ หอประชุมเทศบาล"], ["invite-forum"]),
    (1262, (2025, 1, 11), "กิจกรรมวันเด็กแห่งชาติ ประจำปี 2568",
     ["วันที่ 11 มกราคม 2568 เทศบาลจัดกิจกรรมวันเด็กแห่งชาติ ณ สนามกีฬาเทศบาล มีเด็กและผู้ปกครองร่วมงานกว่า 1,500 คน"], []),
    (1255, (2024, 12, 5), "มอบถุงยังชีพช่วยเหลือผู้ประสบอุทกภัย หมู่ที่ 4 และหมู่ที่ 7",
     ["วันที่ 5 ธันวาคม 2567 นายกเทศมนตรีพร้อมคณะผู้บริหาร มอบถุงยังชีพ 180 ชุด แก่ครัวเรือนที่ได้รับผลกระทบจากน้ำท่วมขัง"], []),
    (1249, (2024, 11, 15), "ประเพณีลอยกระทง ประจำปี 2567",
     ["เทศบาลจัดงานประเพณีลอยกระทง ณ สระน้ำสาธารณะหนองเสม็ด วันที่ 15 พฤศจิกายน 2567 "
      "งดใช้กระทงโฟมทุกชนิด"], []),
    (1241, (2024, 10, 23), "ประชาสัมพันธ์ช่องทางยื่นคำร้องออนไลน์ (E-Service)",
     ["ประชาชนสามารถยื่นคำร้องทั่วไป ขอรับถังขยะ แจ้งซ่อมไฟฟ้าสาธารณะ ผ่านระบบ E-Service ของเทศบาลได้ตลอด 24 ชั่วโมง"], []),
    (1236, (2024, 10, 7), "นายกเทศมนตรีประกาศเจตจำนงสุจริตในการบริหารงาน",
     ["วันที่ 4 ตุลาคม 2567 นายกเทศมนตรีตำบลหนองเสม็ดทองประกาศเจตจำนงสุจริตในการบริหารงานต่อหน้าพนักงานเทศบาล"],
     ["will-68"]),
    # FY2567, on page 2
    (1219, (2024, 8, 22), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมพนักงานเทศบาล ประจำปีงบประมาณ 2567",
     ["วันที่ 22 สิงหาคม 2567 เทศบาลจัดอบรมส่งเสริมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน "
      "ตามประมวลจริยธรรมของพนักงานเทศบาล ณ หอประชุมเทศบาล ผู้เข้าร่วม 84 คน วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดชลบุรี"],
     ["ethics"]),
    (1204, (2024, 5, 30), "โครงการฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า ประจำปี 2567",
     ["กองสาธารณสุขฯ ออกหน่วยฉีดวัคซีนสุนัขและแมว 1,106 ตัว ครบทุกหมู่บ้าน"], []),
    (1188, (2024, 2, 20), "สรุปผลการประชุมประชาคมตำบล ประจำปี 2567",
     ["วันที่ 17 กุมภาพันธ์ 2567 จัดประชุมประชาคมตำบล ผู้เข้าร่วม 176 คน เสนอโครงการ 31 โครงการ"], []),
    (1172, (2023, 12, 8), "เทศบาลรับรางวัลการบริหารจัดการขยะดีเด่น ระดับจังหวัด",
     ["เทศบาลตำบลหนองเสม็ดทองได้รับรางวัลการบริหารจัดการขยะมูลฝอยดีเด่น ระดับจังหวัดชลบุรี ประจำปี 2566"], []),
    (1160, (2023, 10, 5), "พิธีเปิดศูนย์พัฒนาเด็กเล็กเทศบาล แห่งที่ 2",
     ["เทศบาลเปิดศูนย์พัฒนาเด็กเล็กแห่งที่ 2 รองรับบุตรหลานแรงงานในนิคมอุตสาหกรรม 60 คน"], []),
]


def news_pages() -> None:
    from datetime import date

    def item(n) -> str:
        nid, (y, m, dd), title, _p, _l = n
        return f'<li><a href="/news/{nid}/">{esc(title)}</a> <span class="date">{be(date(y, m, dd))}</span></li>'

    first = [n for n in NEWS if (n[1][0], n[1][1]) >= (2024, 10)]
    second = [n for n in NEWS if n not in first]
    write("/news/", "ข่าวประชาสัมพันธ์",
          "<ul class=\"news\">" + "".join(item(n) for n in first) + '</ul><p class="pager">หน้า 1 · '
          '<a href="/news/page/2/">2</a> · <a href="/news/page/2/">ถัดไป »</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)",
          "<ul class=\"news\">" + "".join(item(n) for n in second) + '</ul><p class="pager"><a href="/news/">« ก่อนหน้า</a> · '
          '<a href="/news/">1</a> · หน้า 2</p>')
    for nid, (y, m, dd), title, paras, links in NEWS:
        body = f'<p class="date">โพสต์เมื่อ {be(date(y, m, dd))} โดย งานประชาสัมพันธ์ สำนักปลัดเทศบาล</p>'
        body += "".join(f"<p>{esc(p)}</p>" for p in paras)
        body += '<p><img src="/assets/photo.png" alt="ภาพกิจกรรม" width="320" height="200"></p>'
        body += "".join(f"<p>เอกสารแนบ : {a(f(k), ROWS[k][0])}</p>" for k in links)
        body += '<p><a href="/news/">« กลับหน้าข่าวประชาสัมพันธ์</a></p>'
        write(f"/news/{nid}/", title, body)


# ---------------------------------------------------------------- ITA

ITA_2568 = [  # (code, own short wording, [(link text, url)])
    ("o1", "โครงสร้าง / อำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "ข้อมูลการติดต่อ", [("ติดต่อเรา", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", f("plan-61-65"))]),
    ("o6", "แผนดำเนินงานและการใช้งบประมาณประจำปี",
     [("แผนการดำเนินงาน ปี 2568", f("opplan-68")), ("เทศบัญญัติงบประมาณรายจ่าย ปี 2568", f("budget-68")),
      ("รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน", f("sixmonth-67"))]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", f("work-manual"))]),
    ("o9", "คู่มือประชาชน", [("คู่มือสำหรับประชาชน", f("citizen-manual"))]),
    ("o10", "E-Service", [("ระบบ E-Service", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติการให้บริการ", f("service-stats-67"))]),
    ("o12", "สขร.1 รายเดือน", [("สรุปผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานสรุปผลการจัดซื้อจัดจ้าง ปี 2567", f("proc-year-67"))]),
    ("o14", "แผนบริหารและพัฒนาทรัพยากรบุคคล", [("แผนอัตรากำลัง 3 ปี / แผนพัฒนาพนักงาน", f("hr-plan-67-69"))]),
    ("o15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [("รายงานผล ปี 2567", f("hr-report-67"))]),
    ("o16", "ประมวลจริยธรรม / การขับเคลื่อนจริยธรรม",
     [("ประมวลจริยธรรม", f("ethics")), ("กิจกรรมส่งเสริมคุณธรรมจริยธรรม", "/news/1219/")]),
    ("o17", "คู่มือจัดการเรื่องร้องเรียนการทุจริต", [("คู่มือ", f("complaint-manual"))]),
    ("o18", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียนการทุจริตออนไลน์", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติเรื่องร้องเรียน ปี 2568", f("complaint-stats-68"))]),
    ("o20", "การมีส่วนร่วม", [("ประชุมประชาคมตำบล 2568", "/news/1274/")]),
    ("o21", "No Gift Policy", [("ประกาศนโยบาย No Gift Policy", f("no-gift-66"))]),
    ("o22", "รายงานการรับของขวัญ", [("รายงานการรับทรัพย์สินฯ", f("gift-report-67"))]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง ปี 2568", f("risk-68"))]),
    ("o24", "รายงานผลการจัดการความเสี่ยงการทุจริต", [("รายงานผล ปี 2567", f("risk-report-67"))]),
    ("o25", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต", f("anti-plan-66-69"))]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานผล ปี 2567", f("anti-report-67"))]),
]

ITA_2567 = [
    ("o1", "โครงสร้าง", [("โครงสร้าง", "/about/structure/")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", f("plan-61-65"))]),
    ("o6", "แผนดำเนินงานประจำปี", [("แผนการดำเนินงาน ปี 2567", f("opplan-67"))]),
    ("o7", "รายงานการกำกับติดตาม รอบ 6 เดือน", [("รายงานรอบ 6 เดือน", f("sixmonth-67"))]),
    ("o12", "สขร.1", [("สขร.1 ก.ย. 2567", f("proc-2024-09"))]),
    ("o20", "No Gift Policy", [("ประกาศ No Gift", f("no-gift-66"))]),
    ("o21", "ประเมินความเสี่ยงการทุจริต ปี 2567", [("ประเมินความเสี่ยง", GONE_OLD)]),
    ("o23", "แผนป้องกันการทุจริต", [("แผน 4 ปี", f("old-anti-plan"))]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for code, label, links in rows:
        cell = "<br>".join(a(u, t) for t, u in links)
        out.append(f"<tr><td>{code}</td><td>{esc(label)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = [n for n in NEWS if n[1][0] * 100 + n[1][1] >= 202410][:5]
    home = ('<div class="slide"><img src="/assets/photo.png" alt="ภาพกิจกรรม" width="600" height="240"></div>'
            "<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2><ul>"
            + "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a></li>' for n in latest) + "</ul>"
            '<p><a href="/news/">ดูข่าวทั้งหมด</a></p><h2>เอกสารล่าสุด</h2>' + table(listed()[:6])
            + '<p><a href="/download/">ดูเอกสารทั้งหมด</a></p>')
    write("/", "หน้าแรก", home)
    write("/about/history/", "ประวัติเทศบาล",
          "<p>เทศบาลตำบลหนองเสม็ดทอง ยกฐานะจากองค์การบริหารส่วนตำบลหนองเสม็ดทอง เมื่อวันที่ 24 สิงหาคม 2555 "
          "พื้นที่ 31.6 ตารางกิโลเมตร 9 หมู่บ้าน มีหมู่บ้านจัดสรร 14 แห่ง อยู่ติดนิคมอุตสาหกรรม ประชากร 18,904 คน</p>")
    write("/about/vision/", "วิสัยทัศน์ / พันธกิจ",
          "<p>วิสัยทัศน์ : หนองเสม็ดทองเมืองน่าอยู่ คู่อุตสาหกรรมสะอาด ชุมชนเข้มแข็ง บริหารโปร่งใส</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้างเทศบาลตำบลหนองเสม็ดทอง" width="640" height="400"></p>'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี 2 คน</li><li>เลขานุการนายกเทศมนตรี</li>"
          "<li>ที่ปรึกษานายกเทศมนตรี</li></ul></li><li>สภาเทศบาล : ประธานสภา รองประธานสภา สมาชิกสภาเทศบาล 12 คน</li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล / รองปลัดเทศบาล<ul><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li>"
          "<li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองการศึกษา</li><li>กองสวัสดิการสังคม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่ของเทศบาล</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>เทศบาลตำบลหนองเสม็ดทองมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 และมาตรา 51 "
          "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 โดยสรุปดังนี้</p><ol>"
          "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>จัดให้มีและบำรุงทางบกและทางน้ำ และทางระบายน้ำ</li>"
          "<li>รักษาความสะอาดของถนน ที่สาธารณะ การกำจัดขยะมูลฝอยและสิ่งปฏิกูล</li><li>ป้องกันและระงับโรคติดต่อ</li>"
          "<li>ป้องกันและบรรเทาสาธารณภัย</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li>"
          "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>บำรุงศิลปะ จารีตประเพณี และวัฒนธรรมอันดีของท้องถิ่น</li></ol>")
    people = [("นายประสิทธิ์ วงศ์ทองคำ", "นายกเทศมนตรีตำบลหนองเสม็ดทอง", "08 1762 4390"),
              ("นายอำนาจ พรหมสุวรรณ", "รองนายกเทศมนตรี", "08 9314 2276"),
              ("นางสาวกัลยา ทรัพย์มณี", "รองนายกเทศมนตรี", "08 6647 0193"),
              ("นายวีระพงษ์ ชื่นบาน", "เลขานุการนายกเทศมนตรี", "09 2281 5508"),
              ("นางวาสนา ศรีสมบูรณ์", "ปลัดเทศบาล", "0 3815 7240 ต่อ 101")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="120" height="150">'
                    f"<br><b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in people)
    write("/about/executives/", "คณะผู้บริหาร", cards)
    write("/about/council/", "สมาชิกสภาเทศบาล",
          "<ul><li>นายสมบัติ เกิดผล ประธานสภาเทศบาล</li><li>นางอรุณี ทองมาก รองประธานสภาเทศบาล</li>"
          "<li>สมาชิกสภาเทศบาล เขต 1 จำนวน 6 คน เขต 2 จำนวน 6 คน</li></ul>")
    write("/contact/", "ติดต่อเรา",
          "<p>เทศบาลตำบลหนองเสม็ดทอง เลขที่ 88/9 หมู่ที่ 4 ตำบลหนองเสม็ดทอง อำเภอพานทอง จังหวัดชลบุรี 20160</p>"
          "<p>โทรศัพท์ 0 3815 7240 โทรสาร 0 3815 7241 อีเมล saraban@nongsametthong.go.th</p>"
          "<p>เวลาทำการ วันจันทร์ - ศุกร์ 08.30 - 16.30 น. (พักเที่ยงไม่ปิดบริการ)</p>"
          '<p><a href="https://maps.google.com/?q=13.4321,101.0612">แผนที่ตั้งสำนักงาน (Google Maps)</a> · '
          '<a href="https://www.facebook.com/nongsametthong.city">Facebook เทศบาลตำบลหนองเสม็ดทอง</a></p>')
    write("/qa/", "กระดานถาม-ตอบ",
          "<p><b>ถาม (12 มี.ค. 2568) :</b> ขอถังขยะเพิ่มในหมู่บ้านจัดสรรได้ที่ไหน<br>"
          "<b>ตอบ :</b> ยื่นคำร้องผ่าน E-Service หรือที่กองสาธารณสุขฯ ได้เลยครับ</p>"
          '<form action="/qa/post/" method="post">ชื่อ <input name="n"> คำถาม <textarea name="q"></textarea><button>ส่งคำถาม</button></form>')
    write("/eservice/", "E-Service ระบบยื่นคำร้องออนไลน์",
          "<p>ประชาชนยื่นคำร้องต่อเทศบาลได้ทางออนไลน์ตลอด 24 ชั่วโมง โดยไม่ต้องเดินทาง เจ้าหน้าที่ติดต่อกลับภายใน 1 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSdNongSametThongEsv68/formResponse" method="post">'
          '<h2>แบบคำร้องออนไลน์</h2>ชื่อ-นามสกุล <input name="entry.11"><br>โทรศัพท์ <input name="entry.12"><br>'
          'ที่อยู่ / หมู่บ้านจัดสรร <input name="entry.13"><br>ประเภทคำร้อง <select name="entry.14"><option>คำร้องทั่วไป</option>'
          '<option>ขอรับถังขยะ</option><option>แจ้งซ่อมไฟฟ้าสาธารณะ</option><option>ขอรับน้ำอุปโภคบริโภค</option></select><br>'
          'รายละเอียด <textarea name="entry.15"></textarea><br><button>ส่งคำร้อง</button></form>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ร้องเรียนร้องทุกข์ได้ที่ศูนย์รับเรื่องราวร้องทุกข์ สำนักปลัดเทศบาล โทร. 0 3815 7240 ต่อ 103</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือปฏิบัติงานเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ ท่านไม่จำเป็นต้องระบุชื่อ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้แจ้ง (ไม่บังคับ) <input name="name"><br>'
          'ช่องทางติดต่อกลับ <input name="contact"><br>ผู้ถูกร้องเรียน / หน่วยงาน <input name="who"><br>'
          'รายละเอียดพฤติการณ์ <textarea name="detail"></textarea><br>แนบหลักฐาน <input type="file" name="file"><br>'
          '<button>ส่งเรื่อง</button></form>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>เทศบาลเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in MENU) + "</ul>")
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f"<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), 'เปิดไฟล์ PDF')}</td></tr>"
                   for k in months)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          f'<table class="doclist"><tr><th>เรื่อง</th><th>วันที่ลง</th><th>ไฟล์</th></tr>{rows}</table>'
          '<p>ประกาศจัดซื้อจัดจ้างอื่น ๆ : <a href="/download/procure/">ประกาศจัดซื้อจัดจ้าง</a></p>')
    cats = " | ".join(a(f"/download/{s}/", n) for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>{cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลดเอกสาร : {cname}", f"<p>{cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ ๒๕๖๘</a></li><li><a href="/ita/2567/">ITA ประจำปีงบประมาณ ๒๕๖๗</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘",
          "<p>ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล · ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต</p>" + ita_table(ITA_2568))
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๗", ita_table(ITA_2567))


def assets() -> None:
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "mayor.png", "person.png", "chart.png", "photo.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for ext in ("pdf", "docx", "xlsx", "doc", "xls"):
        with open(os.path.join(HERE, "assets", f"ico-{ext}.gif"), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "theme.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}.topbar{background:#7a1f1f;color:#fff;padding:3px 8px}"
                 ".navbar li{display:inline-block;margin:0 5px}.container{display:flex}.content{flex:1;padding:10px}"
                 ".sidebar{width:240px}.widget{border:1px solid #ddd;margin:6px;padding:6px}.card{display:inline-block;margin:6px}"
                 "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:3px}.footer{background:#333;color:#eee;padding:10px}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
