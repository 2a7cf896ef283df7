"""Generate the HTML pages of the "saomigrated" test site (องค์การบริหารส่วนตำบลดอนแสงจันทร์, invented).

Run:  python tests/sites/saomigrated/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

The อบต. moved to a new website on 16 ก.พ. 2569.  The new site (/) has a modern provider template
(top bar, menu, right column, footer); its news, files and procurement list start in February 2569.
The old site is still online under /old/ with its own older template (banner, left menu, footer)
and a red notice that it is no longer updated: news of Oct 2568 – Jan 2569 and before, the monthly
สขร.1 of Sep 2568 – Dec 2568 as .xls, last year's ITA page /old/ita/2568/.  The new ITA page
/ita/2569/ links some rows to the new site's files and pages and others across to old uploads.
"""

from __future__ import annotations

import base64
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนพัฒนาและงบประมาณ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "hr": "การบริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส", "stats": "สถิติการให้บริการ",
        "general": "เอกสารทั่วไป"}
OLD_CATS = {"plan": "แผนงาน", "integrity": "ป้องกันการทุจริต", "hr": "งานบุคคล", "procure": "รายงานจัดซื้อจัดจ้าง"}
MISSING_SIZE = {"risk-report-68": "388.2 KB", "recruit-68": "204.9 KB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def u(key: str) -> str:
    return DOCS[key][0]


def size_of(key: str) -> str:
    if key in MISSING_SIZE:
        return MISSING_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, u(key).lstrip('/'))) / 1024:.1f} KB"


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


# ---------------------------------------------------------------- new template

MENU = [("หน้าหลัก", "/"), ("เกี่ยวกับ อบต.", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวสาร", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("เอกสารเผยแพร่", "/download/"), ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"),
        ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/new.css"></head>
<body>
<header><div class="top">องค์การบริหารส่วนตำบลดอนแสงจันทร์ · โทร. 0 4409 5127 · <a href="/old/">เว็บไซต์เดิม</a></div>
<div class="brand"><img src="/assets/logo.png" alt="ตรา อบต.ดอนแสงจันทร์" width="60" height="60">
<b>{ORG}</b> <small>Don Saeng Chan SAO · อำเภอห้วยแถลง จังหวัดนครราชสีมา</small></div>
<nav><ul>{menu}</ul></nav></header>
<div class="wrap"><main>
<h1>{esc(title)}</h1>
{body}
</main>
<aside>
<div class="card"><img src="/assets/person.png" alt="นายก อบต." width="80" height="100"><br>นายประเสริฐ วงศ์คำแสน<br>นายกองค์การบริหารส่วนตำบลดอนแสงจันทร์</div>
<div class="card"><b>บริการประชาชน</b><br><a href="/eservice/">ยื่นคำร้องออนไลน์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/download/manual/">คู่มือประชาชน</a><br>
<a href="/ita/2569/">ITA ปี 2569</a><br><a href="/old/">เว็บไซต์เดิม (ข้อมูลก่อน 16 ก.พ. 2569)</a></div>
<div class="card"><b>หน่วยงานที่เกี่ยวข้อง</b><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></div>
</aside></div>
<footer>{ORG} เลขที่ 88 หมู่ที่ 4 ตำบลดอนแสงจันทร์ อำเภอห้วยแถลง จังหวัดนครราชสีมา 30240<br>
โทรศัพท์/โทรสาร 0 4409 5127 · อีเมล saraban@donsaengchan.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© 2569 {ORG} · ออกแบบและพัฒนาโดย ThaiLocalWeb</footer>
</body></html>
"""


def write(path: str, title: str, body: str, old: bool = False) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write((old_layout if old else layout)(title, body))


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        url, title, _cat, up, _m = DOCS[k]
        ext = url.rsplit(".", 1)[1]
        rows.append(f'<tr><td>{i}</td><td>{a(url, title)}</td><td>{be(up)}</td>'
                    f'<td><img src="/assets/{ext}.gif" alt="{ext}"> {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def new_keys(cat: str | None = None) -> list[str]:
    keys = [k for k, v in DOCS.items() if v[0].startswith("/files/") and v[2] != "sk" and (cat is None or v[2] == cat)]
    return sorted(keys, key=lambda k: DOCS[k][3], reverse=True)


# ---------------------------------------------------------------- old template

OLD_MENU = [("หน้าแรก", "/old/"), ("ข้อมูลพื้นฐาน", "/old/about/"), ("ข่าวประชาสัมพันธ์", "/old/news/"),
            ("ดาวน์โหลดเอกสาร", "/old/download/"), ("ประกาศจัดซื้อจัดจ้าง", "/old/procurement/"),
            ("ITA 2568", "/old/ita/2568/")]


def old_layout(title: str, body: str) -> str:
    menu = "<br>\n".join(f'&raquo; <a href="{h}">{esc(t)}</a>' for t, h in OLD_MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{ORG} :: {esc(title)}</title>
<link rel="stylesheet" href="/assets/old.css"></head>
<body><table id="page" width="960" align="center"><tr><td colspan="2" id="banner">
<img src="/assets/banner-old.png" alt="ยินดีต้อนรับ" width="940" height="120"><br>
<b>{ORG}</b> อ.ห้วยแถลง จ.นครราชสีมา</td></tr>
<tr><td colspan="2" class="notice">ประกาศ: อบต.ดอนแสงจันทร์ ได้ย้ายไปใช้เว็บไซต์ใหม่ตั้งแต่วันที่ 16 กุมภาพันธ์ 2569
 เว็บไซต์นี้ไม่มีการปรับปรุงข้อมูลแล้ว <a href="/">ไปยังเว็บไซต์ใหม่</a></td></tr>
<tr><td id="left" valign="top" width="200"><div class="menuhead">เมนูหลัก</div>
{menu}
<div class="menuhead">ผู้บริหาร</div>นายประเสริฐ วงศ์คำแสน<br>นายก อบต.
<div class="menuhead">ผู้เข้าชม</div>๑๕๘,๒๐๗</td>
<td id="content" valign="top"><h2>{esc(title)}</h2>
{body}
</td></tr>
<tr><td colspan="2" id="oldfoot">{ORG} 88 ม.4 ต.ดอนแสงจันทร์ อ.ห้วยแถลง จ.นครราชสีมา 30240 โทร 044-095127<br>
Powered by LocalGov CMS 2.1 · สงวนลิขสิทธิ์ 2560</td></tr></table>
</body></html>
"""


def old_table(keys: list[str]) -> str:
    rows = []
    for k in keys:
        url, title, _cat, up, _m = DOCS[k]
        rows.append(f'<tr><td>{a(url, title)}</td><td>{be(up).translate(THAI)}</td><td>{size_of(k)}</td><td>ดาวน์โหลด</td></tr>')
    return ('<table class="dl" border="1" cellpadding="3"><tr><th>หัวข้อ</th><th>วันที่</th><th>ขนาด</th><th></th></tr>\n'
            + "\n".join(rows) + "</table>")


def old_keys(cat: str) -> list[str]:
    keys = [k for k, v in DOCS.items() if v[0].startswith("/old/") and v[2] == cat and k not in ("hr-report-67", "risk-68")]
    return sorted(keys, key=lambda k: DOCS[k][3], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs, attachments
    (1001, (2026, 2, 16), "เปิดใช้งานเว็บไซต์ใหม่ อบต.ดอนแสงจันทร์",
     ["องค์การบริหารส่วนตำบลดอนแสงจันทร์เปิดใช้งานเว็บไซต์ใหม่ตั้งแต่วันที่ 16 กุมภาพันธ์ 2569 ข้อมูลข่าวสารและเอกสารก่อนวันดังกล่าว"
      " ยังคงเปิดให้ดูได้ที่เว็บไซต์เดิม และจะทยอยย้ายข้อมูลมายังเว็บไซต์ใหม่"], [("/old/", "เว็บไซต์เดิม")]),
    (1002, (2026, 2, 18), "ประชาสัมพันธ์ ประกาศจังหวัดนครราชสีมา เรื่อง นโยบาย No Gift Policy",
     ["ประชาสัมพันธ์ประกาศจังหวัดนครราชสีมา เรื่อง นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ประจำปีงบประมาณ 2569"
      " ที่ได้รับแจ้งจากอำเภอห้วยแถลง"], [(u("prov-nogift"), "ประกาศจังหวัดนครราชสีมา")]),
    (1003, (2026, 2, 24), "ประชาสัมพันธ์ การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีที่ดินและสิ่งปลูกสร้างชำระภาษีได้ที่กองคลัง ภายในวันที่ 30 เมษายน 2569"], []),
    (1004, (2026, 3, 2), "ผลการประชุมประชาคมหมู่บ้าน ทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2569",
     ["ระหว่างวันที่ 17 - 27 กุมภาพันธ์ 2569 องค์การบริหารส่วนตำบลดอนแสงจันทร์ได้จัดประชุมประชาคมหมู่บ้านครบทั้ง 14 หมู่บ้าน"
      " มีประชาชนเข้าร่วมทั้งสิ้น 734 คน เสนอโครงการรวม 66 โครงการ",
      "โครงการที่ประชาคมเสนอจะนำเข้าพิจารณาในการทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เพิ่มเติม และแจ้งผลให้ผู้ใหญ่บ้านทราบ"],
     [(u("invite-forum-69"), "หนังสือเชิญประชุม")]),
    (1005, (2026, 3, 13), "โครงการอบรมคุณธรรมจริยธรรมสำหรับบุคลากร ประจำปี 2569",
     ["วันที่ 12 มีนาคม 2569 จัดโครงการอบรมคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรมของพนักงานส่วนท้องถิ่น"
      " ผู้บริหาร สมาชิกสภา และพนักงาน เข้าร่วม 52 คน ณ วัดบ้านดอนแสงจันทร์"], []),
    (1006, (2026, 3, 27), "เชิญชวนร่วมกิจกรรมวันผู้สูงอายุ ประเพณีสงกรานต์ 2569",
     ["ขอเชิญผู้สูงอายุทุกหมู่บ้านร่วมกิจกรรมรดน้ำดำหัว วันที่ 13 เมษายน 2569 ณ หอประชุม อบต."], []),
    (1007, (2026, 4, 3), "ประชุมสภา อบต.ดอนแสงจันทร์ สมัยสามัญ สมัยที่ 2 ประจำปี 2569",
     ["ประกาศเรียกประชุมสภาองค์การบริหารส่วนตำบล สมัยสามัญ สมัยที่ 2 ตั้งแต่วันที่ 15 เมษายน 2569 เป็นต้นไป"], []),
]
OLD_NEWS = [
    (404, (2026, 1, 29), "แจ้งการย้ายเว็บไซต์ อบต.", ["อบต.ดอนแสงจันทร์จะย้ายไปใช้เว็บไซต์ใหม่ภายในเดือนกุมภาพันธ์ 2569"], []),
    (401, (2026, 1, 10), "กิจกรรมวันเด็กแห่งชาติ ประจำปี 2569", ["จัดกิจกรรมวันเด็กแห่งชาติ ณ ศูนย์พัฒนาเด็กเล็ก อบต. มีเด็กร่วมงาน 310 คน"], []),
    (397, (2025, 12, 15), "รณรงค์ป้องกันโรคไข้เลือดออก", ["ร่วมกับ รพ.สต.บ้านดอน พ่นหมอกควันกำจัดยุงลายทุกหมู่บ้าน"], []),
    (392, (2025, 11, 5), "ประเพณีลอยกระทง ประจำปี 2568", ["จัดงานประเพณีลอยกระทง ณ หนองน้ำสาธารณะ หมู่ที่ 4"], []),
    (388, (2025, 10, 9), "ประชุมพนักงานประจำเดือนตุลาคม 2568", ["ประชุมชี้แจงแนวทางการปฏิบัติงานประจำปีงบประมาณ 2569"], []),
    (375, (2025, 8, 5), "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง", ["รับสมัครตำแหน่งผู้ช่วยนักวิชาการเงินและบัญชี 1 อัตรา"],
     [(u("recruit-68"), "ประกาศรับสมัคร")]),
    (352, (2023, 10, 3), "ประกาศนโยบาย No Gift Policy", ["อบต.ดอนแสงจันทร์ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิด"],
     [(u("nogift-67"), "ประกาศ")]),
]


def news_item_body(n, old: bool) -> str:
    _id, (y, m, dd), _title, paras, files = n
    date = f"{dd} {MONTHS[m - 1]} {y + 543}"
    body = f'<p class="date">วันที่ {date.translate(THAI) if old else date}</p>\n'
    body += "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    if not old:
        body += '\n<p><img src="/assets/photo.png" alt="ภาพกิจกรรม" width="320" height="200"></p>'
    for href, text in files:
        body += f"\n<p>เอกสารแนบ: {a(href, text)}</p>"
    return body


def news_pages() -> None:
    rows = []
    for n in NEWS:
        write(f"/news/{n[0]}/", n[2], news_item_body(n, False))
    for n in sorted(NEWS, key=lambda n: n[1], reverse=True):
        y, m, dd = n[1]
        rows.append(f'<li>{a(f"/news/{n[0]}/", n[2])} <span class="date">{dd} {MONTHS[m - 1]} {y + 543}</span></li>')
    write("/news/", "ข่าวประชาสัมพันธ์", '<ul class="news">\n' + "\n".join(rows) + "</ul>\n"
          f'<p>ข่าวก่อนวันที่ 16 ก.พ. 2569 ดูได้ที่ {a("/old/news/", "เว็บไซต์เดิม")}</p>')
    rows = []
    for n in OLD_NEWS:
        write(f"/old/news/{n[0]}/", n[2], news_item_body(n, True), old=True)
        y, m, dd = n[1]
        rows.append(f'<tr><td>{a(f"/old/news/{n[0]}/", n[2])}</td><td>{f"{dd}/{m}/{y + 543}".translate(THAI)}</td></tr>')
    write("/old/news/", "ข่าวประชาสัมพันธ์", '<table class="dl">' + "\n".join(rows) + "</table>", old=True)


# ---------------------------------------------------------------- ITA pages

def ita_new() -> str:
    rows = [
        ("o1", "โครงสร้าง", [("/about/structure/", "โครงสร้างส่วนราชการ"), ("/about/authority/", "อำนาจหน้าที่")]),
        ("o2", "ข้อมูลผู้บริหาร", [("/about/executives/", "คณะผู้บริหาร")]),
        ("o3", "ข้อมูลการติดต่อ / ถาม-ตอบ", [("/contact/", "ติดต่อเรา"), ("/qa/", "กระดานถาม-ตอบ")]),
        ("o4", "ข่าวประชาสัมพันธ์", [("/news/", "ข่าวประชาสัมพันธ์")]),
        ("o5", "แผนพัฒนาท้องถิ่น", [(u("plan-66-70"), "แผนพัฒนาท้องถิ่น")]),
        ("o6", "แผนการดำเนินงานและงบประมาณ", [(u("budget-69"), "ข้อบัญญัติงบประมาณ 2569"),
                                             (u("opplan-68"), "แผนการดำเนินงาน")]),
        ("o7", "รายงานผลการดำเนินงานประจำปี", [(u("report-67"), "รายงานผลการติดตามและประเมินผลแผน")]),
        ("o8", "คู่มือการปฏิบัติงาน", [(u("sop"), "คู่มือการปฏิบัติงาน")]),
        ("o9", "คู่มือสำหรับประชาชน", [("/download/manual/", "คู่มือสำหรับประชาชน")]),
        ("o10", "E-Service", [("/eservice/", "ยื่นคำร้องออนไลน์"), (u("eservice-stats-69"), "สถิติการให้บริการ")]),
        ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("/procurement/", "สขร.1")]),
        ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [(u("proc-year-68"), "รายงานประจำปี 2568")]),
        ("o13", "หลักเกณฑ์และแผนบริหารทรัพยากรบุคคล", [("/download/hr/", "งานบุคคล")]),
        ("o14", "รายงานผลการบริหารทรัพยากรบุคคล", []),
        ("o15", "ประมวลจริยธรรม", [(u("ethics"), "ประมวลจริยธรรม"), ("/news/1005/", "กิจกรรมขับเคลื่อนจริยธรรม")]),
        ("o16", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", [(u("complaint-manual"), "คู่มือ")]),
        ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("/complaint/corruption/", "แจ้งเรื่องร้องเรียน")]),
        ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("/complaint/stats/", "สถิติ")]),
        ("o19", "การมีส่วนร่วม", [("/news/1004/", "ประชาคมหมู่บ้าน")]),
        ("o20", "No Gift Policy", [(u("nogift-67"), "ประกาศนโยบาย No Gift Policy")]),
        ("o21", "การประเมินความเสี่ยงการทุจริต", [(u("risk-69"), "ประเมินความเสี่ยง")]),
        ("o22", "รายงานผลตามแผนบริหารความเสี่ยง", [(u("risk-report-68"), "รายงานผล")]),
        ("o23", "แผนป้องกันการทุจริต", [(u("anti-plan-65-68"), "แผนปฏิบัติการป้องกันการทุจริต")]),
        ("o24", "รายงานผลการป้องกันการทุจริต", [(u("anti-6m-67"), "รายงานผล")]),
        ("o25", "การนำผล ITA ไปพัฒนา", []),
        ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [(u("integrity-report-68"), "รายงานผล")]),
    ]
    out = []
    for code, text, links in rows:
        cell = " · ".join(a(h, t) for h, t in links) if links else "อยู่ระหว่างดำเนินการ"
        out.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cell}</td></tr>")
    return ("<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569 ข้อมูลบางส่วนเชื่อมโยงไปยังเว็บไซต์เดิม</p>\n"
            '<table class="ita"><tr><th>ตัวชี้วัด</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n' + "\n".join(out) + "</table>")


def ita_old() -> str:
    rows = [("o1", "โครงสร้าง", [("/old/about/", "ข้อมูลพื้นฐาน")]), ("o4", "ข่าวประชาสัมพันธ์", [("/old/news/", "ข่าว")]),
            ("o5", "แผนพัฒนาท้องถิ่น", [(u("plan-66-70"), "แผนพัฒนา")]),
            ("o6", "แผนดำเนินงาน", [(u("opplan-68"), "แผนการดำเนินงาน 2568")]),
            ("o10", "สรุปผลจัดซื้อจัดจ้างรายเดือน", [("/old/procurement/", "สขร.1")]),
            ("o13", "รายงานผลการพัฒนาบุคลากร", [(u("hr-report-67"), "รายงาน")]),
            ("o20", "No Gift Policy", [(u("nogift-67"), "ประกาศ")]),
            ("o21", "ประเมินความเสี่ยงการทุจริต", [(u("risk-68"), "ประเมินความเสี่ยง 2568")]),
            ("o23", "แผนป้องกันการทุจริต", [(u("anti-plan-65-68"), "แผน 4 ปี")]),
            ("o24", "รายงานผลการป้องกันการทุจริต", [(u("anti-6m-67"), "รายงานรอบ 6 เดือน")]),
            ("o25", "การวิเคราะห์ผล ITA", [])]
    out = [f"<tr><td>{c}</td><td>{esc(t)}</td><td>{' '.join(a(h, x) for h, x in links) or '-'}</td></tr>"
           for c, t, links in rows]
    return "<p>ข้อมูลเพื่อการประเมิน ITA ประจำปี 2568</p>\n<table class=\"dl\" border=\"1\">" + "\n".join(out) + "</table>"


# ---------------------------------------------------------------- pages

def static_pages() -> None:
    latest = "".join(f'<li>{a(f"/news/{n[0]}/", n[2])}</li>' for n in reversed(NEWS[-5:]))
    write("/", "หน้าหลัก",
          '<div class="slide"><img src="/assets/photo.png" alt="ภาพกิจกรรม" width="600" height="240"></div>\n'
          f"<h2>ข่าวล่าสุด</h2><ul>{latest}</ul>\n"
          '<h2>เมนูลัด</h2><p><a href="/ita/2569/">ITA 2569</a> · <a href="/procurement/">ประกาศจัดซื้อจัดจ้าง</a> · '
          '<a href="/download/">เอกสารเผยแพร่</a> · <a href="/eservice/">E-Service</a></p>\n'
          '<p class="notice">ย้ายเว็บไซต์: ข้อมูลก่อนวันที่ 16 กุมภาพันธ์ 2569 อยู่ที่ <a href="/old/">เว็บไซต์เดิม</a></p>')
    write("/about/history/", "ประวัติและข้อมูลทั่วไป",
          "<p>องค์การบริหารส่วนตำบลดอนแสงจันทร์ ยกฐานะจากสภาตำบลเมื่อปี พ.ศ. 2540 พื้นที่ 62 ตารางกิโลเมตร 14 หมู่บ้าน"
          " ประชากร 8,126 คน 2,390 ครัวเรือน อาชีพหลักทำนา ปลูกมันสำปะหลัง และเลี้ยงโคเนื้อ</p>"
          "<p>วิสัยทัศน์: ดอนแสงจันทร์ถิ่นน่าอยู่ เศรษฐกิจพอเพียง ชุมชนเข้มแข็ง บริหารโปร่งใส</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<p><img src="/assets/chart.png" alt="แผนผังโครงสร้าง" width="600" height="300"></p>\n'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายก อบต. นายประเสริฐ วงศ์คำแสน<ul><li>รองนายก อบต. 2 คน</li><li>เลขานุการนายก อบต.</li></ul></li>"
          "<li>สภา อบต.: ประธานสภา รองประธานสภา สมาชิกสภา 14 คน เลขานุการสภา</li></ul>\n"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัด อบต. นางสาวกาญจนา ศรีเมืองปัก<ul><li>รองปลัด อบต.</li>"
          "<li>สำนักปลัด</li><li>กองคลัง</li><li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li>"
          "<li>กองสวัสดิการสังคม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>อำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 67 68 และ"
          "พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 โดยสรุป</p><ol>"
          "<li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>รักษาความสะอาดของถนน ที่สาธารณะ และกำจัดขยะมูลฝอย</li>"
          "<li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li><li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li>"
          "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li></ol>")
    people = [("นายประเสริฐ วงศ์คำแสน", "นายกองค์การบริหารส่วนตำบล", "08 1725 4416"),
              ("นายบุญเลิศ ทองมา", "รองนายกองค์การบริหารส่วนตำบล", "08 9843 1107"),
              ("นางอรุณี แสงสว่าง", "รองนายกองค์การบริหารส่วนตำบล", "08 6291 5530"),
              ("นายวีระ พรมจันทร์", "เลขานุการนายกองค์การบริหารส่วนตำบล", "09 3155 2286"),
              ("นางสาวกาญจนา ศรีเมืองปัก", "ปลัดองค์การบริหารส่วนตำบล", "0 4409 5127 ต่อ 12")]
    write("/about/executives/", "คณะผู้บริหาร", '<div class="people">' + "".join(
        f'<div class="p"><img src="/assets/person.png" alt="{esc(n)}" width="90" height="110"><br>{esc(n)}<br>{esc(p)}<br>โทร. {t}</div>'
        for n, p, t in people) + "</div>")
    write("/about/council/", "สภาองค์การบริหารส่วนตำบล",
          "<ul><li>นายสมหมาย ดวงดี ประธานสภา</li><li>นางบัวผัน คำภา รองประธานสภา</li><li>สมาชิกสภา หมู่ที่ 1 - 14</li></ul>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>เลขที่ 88 หมู่ที่ 4 ตำบลดอนแสงจันทร์ อำเภอห้วยแถลง จังหวัดนครราชสีมา 30240</p>"
          "<p>โทรศัพท์/โทรสาร 0 4409 5127<br>อีเมล saraban@donsaengchan.go.th<br>Facebook: อบต.ดอนแสงจันทร์</p>"
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.0712,102.6034">แผนที่ตั้ง (Google Maps)</a></p>'
          '<p>สอบถามข้อมูลเพิ่มเติม: <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          '<div class="q"><b>ถาม</b> (ผู้ใช้ สมศรี, 20 ก.พ. 2569): ต้องการยื่นขอเบี้ยยังชีพผู้สูงอายุออนไลน์ได้หรือไม่<br>'
          "<b>ตอบ</b> (เจ้าหน้าที่, 21 ก.พ. 2569): ยื่นได้ทางเมนู E-Service แล้วนำเอกสารมายืนยันภายใน 7 วัน</div>\n"
          '<div class="q"><b>ถาม</b> (ผู้ใช้ ชาวบ้านหมู่ 9, 10 มี.ค. 2569): ไฟทางหน้าบ้านดับ แจ้งที่ไหน<br>'
          "<b>ตอบ</b> (กองช่าง, 11 มี.ค. 2569): แจ้งทาง E-Service หัวข้อแจ้งซ่อมไฟฟ้าสาธารณะ หรือโทร 0 4409 5127 ต่อ 15</div>\n"
          '<form action="/qa/" method="post"><p>ชื่อ <input name="name"></p><p>คำถาม <textarea name="q"></textarea></p>'
          '<p><button type="submit">ส่งคำถาม</button></p></form>')
    # downloads
    write("/download/", "เอกสารเผยแพร่", "<ul>" + "".join(f'<li>{a(f"/download/{c}/", t)}</li>' for c, t in CATS.items())
          + "</ul>\n" + table(new_keys()[:10]))
    for c, t in CATS.items():
        write(f"/download/{c}/", t, table(new_keys(c)))
    # procurement
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          table(["proc-2569-03", "proc-2569-02"]) +
          f'\n<p>ข้อมูล สขร.1 ก่อนเดือนกุมภาพันธ์ 2569 ดูได้ที่ {a("/old/procurement/", "เว็บไซต์เดิม")}</p>'
          '\n<p><a href="https://process3.gprocurement.go.th/">ค้นหาประกาศในระบบ e-GP</a></p>')
    write("/eservice/", "E-Service ยื่นคำร้องออนไลน์",
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSfDonSaengChanEservice/formResponse" method="post">'
          '<p>ประเภทคำร้อง <select name="type"><option>ขอรับบริการจัดเก็บขยะ</option><option>แจ้งซ่อมไฟฟ้าสาธารณะ</option>'
          '<option>ขอรับเบี้ยยังชีพผู้สูงอายุ</option></select></p><p>ชื่อ-สกุล <input name="name"></p>'
          '<p>เบอร์โทร <input name="tel"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
          '<p><button type="submit">ส่งคำร้อง</button></p></form>'
          f'\n<p>{a(u("eservice-stats-69"), "สถิติการให้บริการ ปีงบประมาณ 2569")}</p>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          '<ul><li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>'
          '<li><a href="/complaint/stats/">สถิติเรื่องร้องเรียน</a></li>'
          f'<li>{a(u("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</li></ul>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ท่านสามารถแจ้งเบาะแสได้โดยไม่ต้องเปิดเผยชื่อ ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/" method="post"><p>ชื่อ (ไม่บังคับ) <input name="name"></p>'
          '<p>เรื่องที่ร้องเรียน <input name="subject"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
          '<p>ไฟล์หลักฐาน <input type="file" name="evidence"></p><p><button type="submit">ส่งเรื่อง</button></p></form>'
          "<p>หรือโทร 0 4409 5127 ต่อ 11 (สายตรงนายก)</p>")
    write("/complaint/stats/", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2568 (1 ตุลาคม 2567 - 30 กันยายน 2568)</p>"
          '<table class="list"><tr><th>ไตรมาส</th><th>เรื่องที่รับ</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>'
          "<tr><td>1 (ต.ค. - ธ.ค. 2567)</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>2 (ม.ค. - มี.ค. 2568)</td><td>1</td><td>1</td><td>0</td></tr>"
          "<tr><td>3 (เม.ย. - มิ.ย. 2568)</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>4 (ก.ค. - ก.ย. 2568)</td><td>0</td><td>0</td><td>0</td></tr></table>"
          "<p>ข้อมูลจากเว็บไซต์เดิม ณ วันที่ 3 ตุลาคม 2568</p>")
    write("/ita/", "ITA", '<ul><li><a href="/ita/2569/">ITA ประจำปี 2569</a></li>'
          '<li><a href="/old/ita/2568/">ITA ประจำปี 2568 (เว็บไซต์เดิม)</a></li></ul>')
    write("/ita/2569/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2569", ita_new())
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>อบต.ดอนแสงจันทร์เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    pages = [t for t, _h in MENU]
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in MENU)
          + '<li><a href="/about/authority/">อำนาจหน้าที่</a></li><li><a href="/about/council/">สภา อบต.</a></li>'
          f'<li><a href="/old/">เว็บไซต์เดิม</a></li></ul><p>{len(pages)} เมนูหลัก</p>')
    # ---- old site
    old_latest = "".join(f'<li>{a(f"/old/news/{n[0]}/", n[2])}</li>' for n in OLD_NEWS[:5])
    write("/old/", "หน้าแรก", f"<h3>ข่าวประชาสัมพันธ์</h3><ul>{old_latest}</ul>"
          '<h3>ดาวน์โหลด</h3><p><a href="/old/download/">เอกสารทั้งหมด</a> · <a href="/old/ita/2568/">ITA 2568</a></p>', old=True)
    write("/old/about/", "ข้อมูลพื้นฐาน",
          "<p>อบต.ดอนแสงจันทร์ 14 หมู่บ้าน ประชากร 8,040 คน (ข้อมูล ปี 2566)</p>"
          "<p>นายก อบต. นายประเสริฐ วงศ์คำแสน ปลัด อบต. นางสาวกาญจนา ศรีเมืองปัก</p>", old=True)
    write("/old/download/", "ดาวน์โหลดเอกสาร", "<ul>" + "".join(
        f'<li>{a(f"/old/download/{c}/", t)}</li>' for c, t in OLD_CATS.items()) + "</ul>", old=True)
    for c, t in OLD_CATS.items():
        write(f"/old/download/{c}/", t, old_table(old_keys(c)), old=True)
    write("/old/procurement/", "ประกาศสรุปผลการจัดซื้อจัดจ้าง (สขร.1)",
          old_table(["proc-2568-12", "proc-2568-11", "proc-2568-10", "proc-2568-09"]), old=True)
    write("/old/ita/2568/", "ITA ประจำปี 2568", ita_old(), old=True)


def assets() -> None:
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "person.png", "chart.png", "photo.png", "banner-old.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    css = {"new.css": "body{font-family:Sarabun,sans-serif;margin:0}.top{background:#154;color:#fff;padding:4px}"
                      "nav li{display:inline;margin:0 8px}.wrap{display:flex}main{flex:1;padding:10px}aside{width:240px}"
                      ".card{border:1px solid #ddd;margin:8px;padding:8px}table{border-collapse:collapse}"
                      "td,th{border:1px solid #bbb;padding:4px}footer{background:#154;color:#fff;padding:10px}\n",
           "old.css": "body{font-family:Tahoma;font-size:13px;background:#fc9}#page{background:#fff}"
                      ".notice{background:#c00;color:#fff;padding:4px}.menuhead{background:#960;color:#fff;margin-top:6px}"
                      "#oldfoot{background:#960;color:#fff;text-align:center}\n"}
    for n, text in css.items():
        with open(os.path.join(HERE, "assets", n), "w", encoding="utf-8") as fh:
            fh.write(text)


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
