"""Generate the HTML pages of the "generalhosp" test site (โรงพยาบาลศรีวารินทร์, invented).

Run:  python tests/sites/generalhosp/_make_pages.py   (after _make_docs.py: file sizes are read
from the files it wrote)

A provincial general hospital on a ministry-style template: a top bar, a menu, a side column
(the director, hotlines, quick links), a footer on every page; pages are folder/index.html.
The ITA section /ita/ lists one page per year: /ita/2569/ is a table of o1 … o26 in the
hospital's own short wording whose links go to files, pages or category lists; /ita/2568/ is
still online.  Documents are also listed by category under /download/<cat>/, the monthly
สขร.1 on /procurement/, news under /news/ (two pages).
"""

from __future__ import annotations

import html
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "โรงพยาบาลศรีวารินทร์"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนยุทธศาสตร์ / แผนปฏิบัติการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "บริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / ทั่วไป"}
HIDDEN = {"hr-report-67", "opplan-68"}  # linked only from last year's ITA page
MISSING_SIZE = "356.2 KB"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(key: str, text: str | None = None) -> str:
    return f'<a href="{f(key)}" target="_blank">{esc(text or ROWS[key][0])}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับโรงพยาบาล", "/about/history/"), ("บริการผู้ป่วย", "/services/opd/"),
        ("ตารางแพทย์", "/services/doctors/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("ดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"),
        ("ITA", "/ita/"), ("ร่วมงานกับเรา", "/jobs/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="topbar">สายด่วนศูนย์รับแจ้งเหตุ 1669 · ห้องฉุกเฉิน 0 4400 7300 · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div id="banner"><img src="/assets/logo.png" alt="ตรากระทรวงสาธารณสุข" width="72" height="72">
<b>{ORG}</b><br><small>Sriwarin Hospital · สำนักงานปลัดกระทรวงสาธารณสุข · เขตสุขภาพที่ 9</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="main">
<p class="crumb"><a href="/">หน้าแรก</a> › {esc(title)}</p>
<h1>{esc(title)}</h1>
{body}
</div>
<div id="side">
<div class="box"><img src="/assets/director.png" alt="ผู้อำนวยการ" width="90" height="110"><br>
นายแพทย์ธนากร วงศ์ประเสริฐสุข<br>ผู้อำนวยการโรงพยาบาลศรีวารินทร์</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/eservice/appointment/">นัดหมายออนไลน์</a><br>
<a href="/services/opd/">ขั้นตอนรับบริการ</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/ita/">ITA โรงพยาบาล</a><br><a href="/download/">ดาวน์โหลดเอกสาร</a><br>
<a href="https://www.moph.go.th/">กระทรวงสาธารณสุข</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="box">ผู้เข้าชม ๑,๒๘๔,๓๗๙ ครั้ง</div>
</div></div>
<div id="footer">{ORG} 88 หมู่ที่ 6 ถนนศรีวารินทร์-ปักธงชัย ตำบลในเมือง อำเภอศรีวารินทร์ จังหวัดนครราชสีมา 30290<br>
โทรศัพท์ 0 4400 7300 โทรสาร 0 4400 7399 อีเมล saraban.sriwarin@moph.mail.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>© ๒๕๖๗ งานสารสนเทศทางการแพทย์ {ORG}</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][4] in ("missing", "missing-old"):
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td>{a(k)}</td><td>{be(up)}</td><td>{ext.upper()} {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (523, (2026, 4, 21), "ขอเชิญผู้รับบริการและภาคีเครือข่ายร่วมประชุมรับฟังความคิดเห็น ประจำปี 2569",
     ["โรงพยาบาลศรีวารินทร์ขอเชิญ อสม. ผู้นำชุมชน และผู้แทนผู้รับบริการ ร่วมประชุมรับฟังความคิดเห็นเพื่อปรับปรุงบริการ "
      "ในวันที่ 22 พฤษภาคม 2569 ณ ห้องประชุมราชพฤกษ์", '<a href="{invite}">หนังสือเชิญประชุม</a>']),
    (518, (2026, 4, 10), "รณรงค์ลดอุบัติเหตุช่วงเทศกาลสงกรานต์ 2569",
     ["ตั้งจุดบริการการแพทย์ฉุกเฉินร่วมกับ อปพร. บนถนนมิตรภาพ ระหว่างวันที่ 11 - 17 เมษายน 2569"]),
    (512, (2026, 3, 18), "มอบรางวัลคนดีศรีวารินทร์ ประจำปี 2569",
     ["ผู้อำนวยการมอบรางวัลแก่บุคลากรผู้ประพฤติตนตามประมวลจริยธรรม 12 คน เพื่อขับเคลื่อนจริยธรรมในองค์กร"]),
    (507, (2026, 2, 27), "เปิดบริการนัดหมายออนไลน์ผ่านเว็บไซต์และ LINE @sriwarin",
     ["ผู้ป่วยนัดสามารถเลื่อนนัดและจองคิวตรวจล่วงหน้าได้ที่เมนู E-Service ตลอด 24 ชั่วโมง"]),
    (501, (2026, 1, 22), "อบรม Do's & Don'ts การป้องกันผลประโยชน์ทับซ้อนสำหรับหัวหน้างาน",
     ["วันที่ 22 มกราคม 2569 กลุ่มงานนิติการจัดอบรมหัวหน้างาน 67 คน เรื่องสิ่งที่ควรทำและไม่ควรทำตามประมวลจริยธรรม "
      "และหลักเกณฑ์การรับทรัพย์สินตามมาตรา 128"]),
    (494, (2025, 12, 16), "ประชุมวิเคราะห์ผลการประเมิน ITA ปี 2568 และกำหนดมาตรการปี 2569",
     ["คณะทำงาน ITA ประชุมวิเคราะห์ผลคะแนน 88.42 คะแนน และจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี 2569"]),
    (488, (2025, 11, 14), "ปฐมนิเทศบุคลากรใหม่ ประจำปีงบประมาณ 2569",
     ["บุคลากรใหม่ 48 คน รับฟังนโยบายผู้อำนวยการ ระเบียบ และประมวลจริยธรรม"]),
    (480, (2025, 10, 2), "ผู้อำนวยการประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2569",
     ["นายแพทย์ธนากร วงศ์ประเสริฐสุข ประกาศเจตจำนงสุจริตต่อหน้าคณะกรรมการบริหารโรงพยาบาล", '<a href="{will}">ประกาศ (สแกน)</a>']),
    # FY2568, page 2
    (455, (2025, 8, 20), "โครงการบริจาคโลหิตเฉลิมพระเกียรติ 2568", ["ได้รับโลหิต 214 ยูนิต"]),
    (441, (2025, 5, 12), "ศูนย์ไตเทียมแห่งใหม่เปิดให้บริการ", ["เครื่องไตเทียม 12 เครื่อง เปิดบริการ 2 รอบต่อวัน"]),
    (433, (2025, 3, 3), "ประชุมคณะกรรมการบริหารโรงพยาบาล ครั้งที่ 3/2568", ["ติดตามผลการเบิกจ่ายงบลงทุนไตรมาส 1"]),
]


def news_pages() -> None:
    links = {"invite": f("stake-invite-69"), "will": f("will-69")}
    for nid, (y, m, dd), title, paras in NEWS:
        body = f'<p class="date">วันที่ {dd} {MONTHS[m - 1]} {y + 543}</p>\n' + "\n".join(
            f"<p>{p.format(**links) if p.startswith('<a') else esc(p)}</p>" for p in paras)
        write(f"/news/{nid}/", title, body + '\n<p><a href="/news/">« ข่าวทั้งหมด</a></p>')
    for page, items in (("/news/", NEWS[:8]), ("/news/page/2/", NEWS[8:])):
        rows = "\n".join(f'<li><a href="/news/{n}/">{esc(t)}</a> <small>({dd} {MONTHS[m - 1]} {y + 543})</small></li>'
                         for n, (y, m, dd), t, _p in items)
        nav = '<p>หน้า 1 | <a href="/news/page/2/">2</a></p>' if page == "/news/" else '<p><a href="/news/">1</a> | หน้า 2</p>'
        write(page, "ข่าวประชาสัมพันธ์", f"<ul class=\"news\">\n{rows}\n</ul>\n{nav}")


# ---------------------------------------------------------------- ITA pages

ITA_2569 = [  # code, hospital's short wording, links (href, text)
    ("o1", "โครงสร้างหน่วยงาน", [("/about/structure/", "แผนผังโครงสร้าง"), ("/about/authority/", "อำนาจหน้าที่")]),
    ("o2", "ข้อมูลผู้บริหาร", [("/about/executives/", "ทำเนียบผู้บริหาร")]),
    ("o3", "ข้อมูลการติดต่อ / ถาม-ตอบ", [("/contact/", "ติดต่อเรา"), ("/qa/", "กระดานถาม-ตอบ")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("/news/", "ข่าวประชาสัมพันธ์")]),
    ("o5", "แผนยุทธศาสตร์โรงพยาบาล", [("strat-64-68", "แผนยุทธศาสตร์โรงพยาบาลศรีวารินทร์")]),
    ("o6", "แผนปฏิบัติการและแผนการใช้จ่ายงบประมาณ", [("opplan-69", "แผนปฏิบัติการ ปี 2569"), ("budget-69", "แผนการใช้จ่ายงบประมาณ")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("/download/report/", "รายงานผลการดำเนินงาน")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("manual-proc", "คู่มือการปฏิบัติงาน งานพัสดุ")]),
    ("o9", "คู่มือการรับบริการ", [("manual-opd", "คู่มือการรับบริการผู้ป่วยนอก"), ("/services/opd/", "ขั้นตอนรับบริการ")]),
    ("o10", "E-Service", [("/eservice/", "บริการออนไลน์"), ("service-69", "สถิติการให้บริการ")]),
    ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", [("/procurement/", "สขร.1 รายเดือน")]),
    ("o12", "สรุปผลการจัดซื้อจัดจ้างประจำปี", [("proc-year-68", "รายงานสรุปผลการจัดซื้อจัดจ้าง ปี 2568")]),
    ("o13", "หลักเกณฑ์และแผนบริหาร/พัฒนาบุคลากร", [("/download/hr/", "เอกสารงานทรัพยากรบุคคล")]),
    ("o14", "รายงานผลการบริหารและพัฒนาบุคลากร", [("/ita/2568/", "ดูข้อมูลใน ITA 2568")]),
    ("o15", "ประมวลจริยธรรม", [("ethics-69", "ประมวลจริยธรรมและการขับเคลื่อน"), ("/news/501/", "ภาพกิจกรรม")]),
    ("o16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("complaint-manual", "คู่มือการจัดการเรื่องร้องเรียน")]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริต")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("complaint-6m-68", "สถิติเรื่องร้องเรียน รอบ 6 เดือน")]),
    ("o19", "การเปิดโอกาสให้มีส่วนร่วม", [("stake-invite-69", "ประชุมรับฟังความคิดเห็นผู้รับบริการ")]),
    ("o20", "No Gift Policy", [("no-gift-67", "ประกาศนโยบาย No Gift Policy")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", [("risk-69", "รายงานการประเมินความเสี่ยง"), ("risk-order-69", "คำสั่งแต่งตั้งคณะทำงาน")]),
    ("o22", "ผลการบริหารจัดการความเสี่ยงการทุจริต", [("risk-report-68", "รายงานผล ปี 2568")]),
    ("o23", "แผนปฏิบัติการป้องกันการทุจริต", [("anti-plan-69", "แผนปฏิบัติการป้องกันการทุจริต ปี 2569")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("anti-report-68", "รายงานผล ปี 2568")]),
    ("o25", "การนำผล ITA ไปพัฒนาองค์กร", [("ita-analysis-68", "วิเคราะห์ผล ITA 2568 / มาตรการปี 2569")]),
    ("o26", "ผลการส่งเสริมคุณธรรมและความโปร่งใส", [("integrity-report-68", "รายงานผลตามมาตรการ ปี 2568")]),
]

ITA_2568 = [
    ("o1", "โครงสร้าง", [("/about/structure/", "แผนผังโครงสร้าง")]),
    ("o5", "แผนยุทธศาสตร์", [("strat-64-68", "แผนยุทธศาสตร์ 2564-2568")]),
    ("o6", "แผนปฏิบัติการประจำปี", [("opplan-68", "แผนปฏิบัติการ ปี 2568")]),
    ("o12", "สขร.1", [("proc-2025-09", "สขร.1 ก.ย. 2568")]),
    ("o15", "แผนพัฒนาบุคลากร", [("hr-plan-68", "แผนพัฒนาบุคลากร ปี 2568")]),
    ("o16", "รายงานผลการพัฒนาบุคลากร", [("hr-report-67", "รายงานผลการพัฒนาบุคลากร ปี 2567")]),
    ("o20", "สถิติเรื่องร้องเรียน", [("complaint-6m-68", "รอบ 6 เดือน ปี 2568")]),
    ("o21", "No Gift Policy", [("no-gift-67", "ประกาศ No Gift Policy")]),
    ("o25", "รายงานผลการจัดการความเสี่ยง", [("risk-report-67", "รายงานผล ปี 2567")]),
    ("o28", "มาตรการส่งเสริมคุณธรรม", [("/download/integrity/", "เอกสารคุณธรรมและความโปร่งใส")]),
]


def ita_table(rows: list, year: str) -> str:
    out = []
    for code, label, links in rows:
        cells = "<br>".join(f'<a href="{h}">{esc(t)}</a>' if h.startswith("/") else a(h, t) for h, t in links)
        out.append(f"<tr><td>{code}</td><td>{esc(label)}</td><td>{cells}</td></tr>")
    return (f"<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {year}</p>\n<table class=\"ita\">"
            "<tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n" + "\n".join(out) + "</table>")


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    write("/", "หน้าแรก", "<h2>ข่าวล่าสุด</h2><ul>" + "".join(
        f'<li><a href="/news/{n}/">{esc(t)}</a></li>' for n, _d, t, _p in NEWS[:5]) + "</ul>"
        '<h2>บริการ</h2><p><a href="/services/opd/">ผู้ป่วยนอก</a> · <a href="/services/departments/">กลุ่มงาน/แผนก</a> · '
        '<a href="/eservice/appointment/">นัดหมายออนไลน์</a></p>'
        '<h2>ITA</h2><p><a href="/ita/2569/">การประเมินคุณธรรมและความโปร่งใส ปี ๒๕๖๙</a></p>')
    write("/about/history/", "ประวัติโรงพยาบาล",
          "<p>โรงพยาบาลศรีวารินทร์ก่อตั้งเมื่อ พ.ศ. 2502 เป็นโรงพยาบาลทั่วไป ขนาด 420 เตียง สังกัดสำนักงานปลัดกระทรวงสาธารณสุข "
          "เป็นแม่ข่ายของโรงพยาบาลชุมชน 6 แห่งในโซนใต้ของจังหวัดนครราชสีมา</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ ค่านิยม",
          "<p>วิสัยทัศน์: โรงพยาบาลทั่วไปชั้นนำด้านบริการทุติยภูมิระดับสูงของเขตสุขภาพ ประชาชนไว้วางใจ บุคลากรมีความสุข</p>"
          "<p>ค่านิยม: SRIWARIN — Service mind, Responsibility, Integrity, Teamwork</p>")
    write("/about/structure/", "โครงสร้างโรงพยาบาล",
          '<p><img src="/assets/chart.png" alt="แผนผังโครงสร้างโรงพยาบาลศรีวารินทร์" width="600"></p>'
          "<ul><li>ผู้อำนวยการโรงพยาบาล<ul>"
          "<li>กลุ่มภารกิจด้านบริการทุติยภูมิและตติยภูมิ (รองผู้อำนวยการฝ่ายการแพทย์): กลุ่มงานอายุรกรรม ศัลยกรรม สูติ-นรีเวชกรรม กุมารเวชกรรม ออร์โธปิดิกส์ อุบัติเหตุและฉุกเฉิน</li>"
          "<li>กลุ่มภารกิจด้านการพยาบาล (รองผู้อำนวยการฝ่ายการพยาบาล): งานผู้ป่วยนอก งานผู้ป่วยใน ห้องผ่าตัด</li>"
          "<li>กลุ่มภารกิจด้านอำนวยการ (รองผู้อำนวยการฝ่ายบริหาร): กลุ่มงานบริหารทั่วไป การเงิน พัสดุ ทรัพยากรบุคคล นิติการ</li>"
          "<li>กลุ่มภารกิจด้านปฐมภูมิ (รองผู้อำนวยการฝ่ายปฐมภูมิ): กลุ่มงานเวชกรรมสังคม บริการด้านปฐมภูมิและองค์รวม</li>"
          "<li>กลุ่มภารกิจด้านพัฒนาระบบบริการและสนับสนุนบริการสุขภาพ: ยุทธศาสตร์และแผนงานโครงการ สารสนเทศทางการแพทย์</li>"
          "</ul></li></ul>")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวงสาธารณสุข โรงพยาบาลทั่วไปมีอำนาจหน้าที่โดยสรุป ดังนี้</p><ol>"
          "<li>ให้บริการตรวจ วินิจฉัย รักษา และฟื้นฟูสภาพผู้ป่วยระดับทุติยภูมิและตติยภูมิ</li>"
          "<li>รับผู้ป่วยส่งต่อจากโรงพยาบาลชุมชนในเครือข่าย</li><li>ส่งเสริมสุขภาพและป้องกันโรคในพื้นที่รับผิดชอบ</li>"
          "<li>สนับสนุนการศึกษา ฝึกอบรมแพทย์และบุคลากรสาธารณสุข</li><li>ปฏิบัติงานอื่นตามที่ได้รับมอบหมาย</li></ol>")
    execs = [("นายแพทย์ธนากร วงศ์ประเสริฐสุข", "ผู้อำนวยการโรงพยาบาลศรีวารินทร์", "0 4400 7301"),
             ("แพทย์หญิงกมลวรรณ อินทรประเสริฐ", "รองผู้อำนวยการฝ่ายการแพทย์", "0 4400 7302"),
             ("นางสาวจันทร์เพ็ญ ศรีสมบูรณ์", "รองผู้อำนวยการฝ่ายการพยาบาล", "0 4400 7303"),
             ("นายประเสริฐ มั่นคงดี", "รองผู้อำนวยการฝ่ายบริหาร", "0 4400 7304")]
    write("/about/executives/", "ทำเนียบผู้บริหาร", "".join(
        f'<div class="card"><img src="/assets/director.png" alt="{esc(n)}" width="90" height="110"><br><b>{esc(n)}</b><br>'
        f"{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs))
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG} 88 หมู่ที่ 6 ถนนศรีวารินทร์-ปักธงชัย ตำบลในเมือง อำเภอศรีวารินทร์ จังหวัดนครราชสีมา 30290</p>"
          "<p>โทรศัพท์ 0 4400 7300 · โทรสาร 0 4400 7399 · อีเมล saraban.sriwarin@moph.mail.go.th · LINE @sriwarin</p>"
          '<p><a href="https://maps.google.com/?q=14.5123,102.1187">แผนที่ Google Maps</a></p>'
          '<p>สอบถามข้อมูล: <a href="/qa/">กระดานถาม-ตอบ</a></p>')
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          "<dl><dt>ถาม (12 มี.ค. 2569): ต้องการขอสำเนาเวชระเบียน ทำอย่างไร</dt>"
          "<dd>ตอบ: ยื่นคำขอที่งานเวชระเบียนหรือผ่านเมนู E-Service พร้อมบัตรประชาชน ได้รับภายใน 7 วันทำการ (งานเวชระเบียน)</dd>"
          "<dt>ถาม (2 ก.พ. 2569): คลินิกนอกเวลาเปิดวันเสาร์หรือไม่</dt><dd>ตอบ: เปิดวันเสาร์ 08.00-12.00 น.</dd></dl>"
          '<form action="/qa/" method="post"><p>ชื่อ <input name="name"> คำถาม <textarea name="q"></textarea>'
          '<button type="submit">ส่งคำถาม</button></p></form>')
    write("/eservice/", "E-Service บริการออนไลน์",
          '<ul><li><a href="/eservice/appointment/">ระบบนัดหมาย / เลื่อนนัดออนไลน์</a></li>'
          '<li><a href="/eservice/appointment/">ยื่นคำขอสำเนาเวชระเบียนออนไลน์</a></li>'
          '<li><a href="https://line.me/R/ti/p/@sriwarin">LINE Official @sriwarin</a></li></ul>'
          f'<p>สถิติการให้บริการ ปีงบประมาณ 2569: {a("service-69", "ดาวน์โหลด (XLSX)")}</p>')
    write("/eservice/appointment/", "นัดหมายออนไลน์",
          '<form action="https://forms.sriwarin-hosp.example/appoint" method="post">'
          '<p>เลขบัตรประชาชน <input name="cid"> ชื่อ-สกุล <input name="name"> โทรศัพท์ <input name="tel"></p>'
          '<p>คลินิก <select name="clinic"><option>อายุรกรรม</option><option>ศัลยกรรม</option><option>ตา</option></select>'
          ' วันที่ต้องการ <input type="date" name="day"></p><p>ประเภทคำขอ <select name="kind"><option>นัดหมาย</option>'
          '<option>เลื่อนนัด</option><option>ขอสำเนาเวชระเบียน</option></select></p><button type="submit">ส่งคำขอ</button></form>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          '<p>ร้องเรียนการให้บริการ: ศูนย์รับเรื่องร้องเรียน โทร 0 4400 7319</p>'
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a("complaint-manual")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          '<form action="https://forms.sriwarin-hosp.example/antifraud" method="post">'
          '<p>ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="name"> โทรศัพท์ <input name="tel"></p>'
          '<p>เรื่องที่ร้องเรียน <input name="subject"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
          '<p>หลักฐาน <input type="file" name="file"></p><button type="submit">ส่งเรื่อง</button></form>'
          '<p>ช่องทางอื่น: <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a></p>')
    write("/services/opd/", "ขั้นตอนการรับบริการผู้ป่วยนอก",
          "<ol><li>ยื่นบัตรประชาชนที่ห้องบัตร</li><li>คัดกรอง</li><li>พบแพทย์</li><li>รับยา/ชำระเงิน</li></ol>"
          f'<p>{a("manual-opd")}</p>')
    write("/services/departments/", "กลุ่มงานและแผนก",
          "<p>อายุรกรรม · ศัลยกรรม · สูติ-นรีเวชกรรม · กุมารเวชกรรม · ออร์โธปิดิกส์ · จักษุ · โสต ศอ นาสิก · ไตเทียม · จิตเวช</p>")
    write("/services/doctors/", "ตารางออกตรวจแพทย์",
          "<table class=\"list\"><tr><th>คลินิก</th><th>จันทร์</th><th>อังคาร</th><th>พุธ</th></tr>"
          "<tr><td>อายุรกรรม</td><td>พญ.ก.</td><td>นพ.ข.</td><td>นพ.ค.</td></tr></table>")
    write("/jobs/", "ร่วมงานกับเรา",
          "<p>ประกาศรับสมัครพนักงานกระทรวงสาธารณสุข ตำแหน่งพยาบาลวิชาชีพ 5 อัตรา รับสมัคร 1 - 15 พฤษภาคม 2569</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>โรงพยาบาลเก็บข้อมูลเท่าที่จำเป็นต่อการให้บริการ</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")


def main() -> None:
    static_pages()
    news_pages()
    write("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน",
          '<ul><li><a href="/ita/2569/">ITA ปีงบประมาณ ๒๕๖๙</a></li><li><a href="/ita/2568/">ITA ปีงบประมาณ ๒๕๖๘</a></li></ul>')
    write("/ita/2569/", "ITA ปีงบประมาณ 2569", ita_table(ITA_2569, "2569"))
    write("/ita/2568/", "ITA ปีงบประมาณ 2568", ita_table(ITA_2568, "2568"))
    proc = sorted((k for k in ROWS if k.startswith("proc-2")), key=lambda k: ROWS[k][2], reverse=True)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          table(proc) + '<p>ประกาศจัดซื้อจัดจ้างดูได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>')
    cats = "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<ul>{cats}</ul><h2>เอกสารล่าสุด</h2>" + table(listed()[:10]))
    for c, t in CATS.items():
        write(f"/download/{c}/", t, table(listed(c)))
    assets()


def assets() -> None:
    from PIL import Image, ImageDraw

    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    for fname, size, fill in (("logo.png", (72, 72), 90), ("director.png", (90, 110), 170), ("chart.png", (600, 260), 230)):
        image = Image.new("L", size, 255)
        draw = ImageDraw.Draw(image)
        draw.rectangle([4, 4, size[0] - 5, size[1] - 5], outline=0, fill=fill)
        if fname == "chart.png":
            for i in range(5):
                draw.rectangle([20 + i * 115, 160, 110 + i * 115, 220], outline=0, fill=255)
                draw.line([65 + i * 115, 160, 300, 90], fill=0)
            draw.rectangle([240, 30, 360, 90], outline=0, fill=255)
        buf = io.BytesIO()
        image.save(buf, format="PNG", optimize=True)
        with open(os.path.join(HERE, "assets", fname), "wb") as fh:
            fh.write(buf.getvalue())
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0;background:#f4f8f6}#topbar{background:#0b6b4f;color:#fff;"
                 "padding:4px 12px;font-size:13px}#topbar a{color:#fff}#banner{background:#fff;padding:10px 16px}"
                 "#menu{display:flex;flex-wrap:wrap;list-style:none;margin:0;padding:0;background:#138a65}"
                 "#menu a{display:block;color:#fff;padding:8px 12px;text-decoration:none}#wrap{display:flex}"
                 "#main{flex:1;padding:16px;background:#fff}#side{width:230px;padding:10px}.box{background:#fff;"
                 "margin-bottom:10px;padding:8px;border:1px solid #cde}.list,.ita{border-collapse:collapse;width:100%}"
                 ".list td,.list th,.ita td,.ita th{border:1px solid #bbb;padding:4px}#footer{background:#0b6b4f;"
                 "color:#fff;padding:12px;font-size:13px}#footer a{color:#fff}.card{display:inline-block;width:200px;"
                 "margin:8px;text-align:center}\n")


if __name__ == "__main__":
    main()
