"""Generate the HTML pages of the "kidhosp" test site (โรงพยาบาลจิตเวชเด็กและวัยรุ่นลุ่มน้ำโขง, invented).

Run:  python tests/sites/kidhosp/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A department hospital on the template its IT group made: a top bar, a menu, a right-hand column
(director, hotline, e-service links, department links, visitor counter) and a footer on every page;
pages are folder/index.html.  Documents are listed by category (/download/<cat>/), the monthly
procurement summaries on /procurement/, news under /news/ (two pages).  The ITA page /ita/2569/
is a table of o1 … o26 in the hospital's own short wording; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "โรงพยาบาลจิตเวชเด็กและวัยรุ่นลุ่มน้ำโขง"
SHORT = "รพ.จิตเวชเด็กฯ ลุ่มน้ำโขง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนยุทธศาสตร์ / แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "บริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / ทั่วไป"}
HIDDEN = {"old-risk-mgmt-67"}  # linked only from last year's ITA page
MISSING_SIZE = {"risk-mgmt-68": "385.2 KB", "old-risk-mgmt-67": "301.9 KB"}
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(THAI)


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับโรงพยาบาล", "/about/history/"), ("โครงสร้างองค์กร", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("บริการผู้ป่วย", "/service/opd/"), ("ข่าวสาร", "/news/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"), ("สมัครงาน", "/jobs/"),
        ("ITA", "/ita/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/site.css"></head>
<body>
<div id="topbar">{DEPT_LINE} · สายด่วนสุขภาพจิต 1323 · <a href="/en/">English</a></div>
<div id="header"><img src="/assets/logo.png" alt="ตราโรงพยาบาล" width="72" height="72">
<b>{ORG}</b><br><small>Mekong Child and Adolescent Psychiatric Hospital · Department of Mental Health</small></div>
<ul id="nav">
{menu}
</ul>
<div id="page"><div id="content">
<div class="crumb"><a href="/">หน้าแรก</a> › {esc(title)}</div>
<h1>{esc(title)}</h1>
{body}
</div>
<div id="aside">
<div class="widget"><img src="/assets/director.png" alt="ผู้อำนวยการ" width="90"><br><b>ผู้อำนวยการ</b><br>
แพทย์หญิงวรางคณา ศรีสุวรรณรัตน์</div>
<div class="widget"><b>บริการออนไลน์</b><br><a href="/eservice/">นัดหมายออนไลน์ (E-Service)</a><br>
<a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a><br><a href="/service/guide/">คู่มือรับบริการ</a><br>
<a href="/ita/2569/">ITA ๒๕๖๙</a> · <a href="/ita/2568/">ITA ๒๕๖๘</a></div>
<div class="widget"><b>หน่วยงานที่เกี่ยวข้อง</b><br><a href="https://www.dmh.go.th/">กรมสุขภาพจิต</a><br>
<a href="https://www.moph.go.th/">กระทรวงสาธารณสุข</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></div>
<div class="widget">ผู้เข้าชมเว็บไซต์ ๒๑๗,๐๕๓ ครั้ง</div>
</div></div>
<div id="footer">{ORG} เลขที่ 188 หมู่ที่ 7 ถนนริมโขงสายใน ตำบลหนองญาติ อำเภอเมืองนครพนม จังหวัดนครพนม 48000<br>
โทรศัพท์ 0 4251 3960 โทรสาร 0 4251 3961 อีเมล saraban@mekongchildpsych.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© ๒๕๖๗ กลุ่มงานเทคโนโลยีสารสนเทศ {SHORT}</div>
</body></html>
"""


DEPT_LINE = "กรมสุขภาพจิต กระทรวงสาธารณสุข"


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
        rows.append(f'<tr><td>{i}</td><td>{esc(title)}</td><td>{be(up)}</td>'
                    f'<td><a href="{f(k)}"><img src="/assets/{ext}.gif" alt="{ext}"> ดาวน์โหลด</a> ({size_of(k)})</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (1187, (2026, 4, 2), "วันตระหนักรู้ออทิสติกโลก ประจำปี 2569",
     ["วันที่ 2 เมษายน 2569 โรงพยาบาลจัดกิจกรรมวันตระหนักรู้ออทิสติกโลก ให้ความรู้ผู้ปกครอง 120 ครอบครัว และนิทรรศการผลงานศิลปะของเด็ก"]),
    (1179, (2026, 3, 12), "ปิดรับสมัครนัดหมายคลินิกพัฒนาการเด็ก ช่วงสงกรานต์",
     ["งดให้บริการคลินิกพัฒนาการเด็กระหว่างวันที่ 13 - 15 เมษายน 2569 ผู้ปกครองสามารถเลื่อนนัดผ่านระบบนัดหมายออนไลน์"]),
    (1172, (2026, 2, 24), "สรุปผลการประชุมรับฟังความคิดเห็นผู้ปกครองและภาคีเครือข่าย ปี 2569",
     ["วันที่ 20 กุมภาพันธ์ 2569 โรงพยาบาลจัดประชุมรับฟังความคิดเห็นต่อการพัฒนาบริการจิตเวชเด็กและวัยรุ่น ณ ห้องประชุมโขงนที",
      "ผู้เข้าร่วม 87 คน ได้แก่ ผู้ปกครองผู้ป่วย 46 คน ครูจากโรงเรียนในเครือข่าย 23 คน อสม. 10 คน และผู้แทน อปท. 8 คน",
      "ข้อเสนอที่ได้ : ขยายเวลาคลินิกนอกเวลาวันเสาร์ เพิ่มนัดหมายออนไลน์ และจัดกลุ่มผู้ปกครองเด็กสมาธิสั้นที่โรงเรียน",
      "โรงพยาบาลจะนำข้อเสนอไปบรรจุในแผนปฏิบัติราชการ และรายงานความก้าวหน้าในการประชุมครั้งถัดไป"]),
    (1166, (2026, 2, 3), "เชิญผู้ปกครองและภาคีเครือข่ายร่วมประชุมรับฟังความคิดเห็น 20 ก.พ. 69",
     ["โรงพยาบาลขอเชิญผู้ปกครองและภาคีเครือข่ายร่วมประชุมรับฟังความคิดเห็น วันที่ 20 กุมภาพันธ์ 2569",
      f'ดาวน์โหลดหนังสือเชิญ : <a href="{name("invite-forum", "docx")}">หนังสือเชิญประชุม</a>']),
    (1158, (2026, 1, 16), "อบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2569",
     ["วันที่ 15 มกราคม 2569 กลุ่มงานทรัพยากรบุคคลจัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมและข้อกำหนดจริยธรรมของบุคลากร",
      "บุคลากรเข้าร่วม 236 คน วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดนครพนม บรรยายเรื่อง Do's & Don'ts และการรับของขวัญตามมาตรา 128"]),
    (1149, (2025, 12, 9), "วันต่อต้านคอร์รัปชันสากล 9 ธันวาคม 2568",
     ["ผู้บริหารและบุคลากรร่วมกิจกรรมเดินรณรงค์ต่อต้านการทุจริต ชมรม STRONG จิตพอเพียงต้านทุจริต"]),
    (1141, (2025, 11, 20), "เปิดบริการ Telepsychiatry ในโรงพยาบาลชุมชน 4 แห่ง",
     ["เด็กและวัยรุ่นในอำเภอห่างไกลสามารถพบจิตแพทย์ผ่านระบบวิดีโอคอลที่โรงพยาบาลชุมชนใกล้บ้าน"]),
    (1133, (2025, 10, 27), "ผู้บริหารประกาศเจตจำนงสุจริตในการบริหารงาน ปี 2569",
     ["วันที่ 27 ตุลาคม 2568 ผู้อำนวยการประกาศเจตจำนงสุจริตต่อหน้าบุคลากร ณ หอประชุมโรงพยาบาล"]),
    (1127, (2025, 10, 8), "ต้อนรับคณะศึกษาดูงานจากโรงพยาบาลในเขตสุขภาพที่ 8",
     ["คณะพยาบาลจิตเวช 24 คน ศึกษาดูงานระบบคัดกรองเด็กสมาธิสั้นและคลินิกกระตุ้นพัฒนาการ"]),
]
OLD_NEWS = [
    (1098, (2025, 8, 14), "สรุปผลการประชุมรับฟังความคิดเห็นผู้ปกครอง ปี 2568",
     ["วันที่ 12 สิงหาคม 2568 มีผู้ปกครองเข้าร่วม 52 คน เสนอให้เพิ่มที่จอดรถและมุมเด็กเล่น"]),
    (1075, (2025, 4, 2), "วันตระหนักรู้ออทิสติกโลก ประจำปี 2568", ["จัดนิทรรศการและกิจกรรมครอบครัว"]),
    (1041, (2024, 12, 10), "วันต่อต้านคอร์รัปชันสากล 2567", ["บุคลากรร่วมกิจกรรมรณรงค์"]),
    (1012, (2024, 10, 3), "ประกาศเจตจำนงสุจริต ปี 2568", ["ผู้อำนวยการประกาศเจตจำนงสุจริตในการบริหารงาน"]),
]


def news_date(ymd) -> str:
    y, m, dd = ymd
    return f"{dd} {MONTHS[m - 1]} {y + 543}"


def news_list(items) -> str:
    return "<ul class=\"news\">" + "".join(
        f'<li><a href="/news/{i}/">{esc(t)}</a> <span class="date">{news_date(ymd)}</span></li>' for i, ymd, t, _p in items
    ) + "</ul>"


def news_pages() -> None:
    write("/news/", "ข่าวประชาสัมพันธ์", news_list(NEWS) + '<p>หน้า 1 · <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", news_list(OLD_NEWS) + '<p><a href="/news/">1</a> · หน้า 2</p>')
    for i, ymd, t, paras in NEWS + OLD_NEWS:
        body = f'<p class="date">โพสต์เมื่อ {news_date(ymd)} โดย งานประชาสัมพันธ์</p>' + "".join(
            f"<p>{p}</p>" for p in paras) + '<img src="/assets/photo.png" alt="ภาพกิจกรรม" width="320">'
        write(f"/news/{i}/", t, body)


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # code, the hospital's short wording, [(link text, href)]
    ("o1", "โครงสร้างหน่วยงาน", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("ทำเนียบผู้บริหาร", "/about/executives/")]),
    ("o3", "ข้อมูลการติดต่อ / Q&A", [("ติดต่อเรา", "/contact/"), ("ถาม-ตอบ", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวสาร", "/news/")]),
    ("o5", "แผนยุทธศาสตร์โรงพยาบาล", [("แผนยุทธศาสตร์", f("strategy-63-67"))]),
    ("o6", "แผนปฏิบัติราชการและแผนการใช้จ่ายงบประมาณ", [("แผนปฏิบัติราชการ 2569", f("opplan-69")),
                                                      ("แผนการใช้จ่ายงบประมาณ 2569", f("spend-69"))]),
    ("o7", "รายงานประจำปี", [("รายงานประจำปี", f("annual-67"))]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือปฏิบัติงานเวชระเบียน", f("sop-medrec"))]),
    ("o9", "คู่มือการรับบริการ", [("คู่มือรับบริการ", "/service/guide/")]),
    ("o10", "E-Service", [("นัดหมายออนไลน์", "/eservice/")]),
    ("o11", "สขร.1 รายเดือน", [("สรุปผลจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o12", "สรุปผลจัดซื้อจัดจ้างประจำปี", [("รายงานประจำปี 2568", f("proc-year-68"))]),
    ("o13", "หลักเกณฑ์และแผน HR", [("เอกสารบริหารบุคคล", "/download/hr/")]),
    ("o14", "รายงานผล HR", [("รายงานผล HR 2568", f("hr-report-68"))]),
    ("o15", "จริยธรรม", [("ประมวลจริยธรรม", f("ethics")), ("กิจกรรมขับเคลื่อน", "/news/1158/")]),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", [("แนวปฏิบัติ", f("complaint-guide"))]),
    ("o17", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเรื่อง", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติ", f("complaint-stats-68"))]),
    ("o19", "การมีส่วนร่วม", [("ประชุมรับฟังความคิดเห็น", "/news/1172/")]),
    ("o20", "No Gift Policy", [("ประกาศ", f("no-gift-67")), ("รายงานการรับของขวัญ", f("gift-report-68"))]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง ปี 2569", f("risk-68"))]),
    ("o22", "ผลการบริหารความเสี่ยงการทุจริต", [("รายงานผล", f("risk-mgmt-68"))]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการ 2569", f("anti-plan-69"))]),
    ("o24", "รายงานผลป้องกันการทุจริต", [("รายงานผล 2568", f("anti-report-68"))]),
    ("o25", "การนำผล ITA ไปพัฒนา", [("วิเคราะห์ผล ITA 2568", f("ita-analysis-68"))]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("เอกสาร", "/download/integrity/")]),
]
ITA_2568 = [
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์", f("strategy-63-67"))]),
    ("o6", "แผนปฏิบัติราชการ", [("แผนปฏิบัติราชการ 2568", f("opplan-68"))]),
    ("o11", "สขร.1", [("เดือนกันยายน 2568", f("proc-2025-09"))]),
    ("o20", "No Gift Policy", [("ประกาศ", f("no-gift-67"))]),
    ("o22", "ผลการบริหารความเสี่ยง", [("รายงานผล 2567", f("old-risk-mgmt-67"))]),
    ("o26", "รายงานผลมาตรการ", [("รายงานผล 2567", f("integrity-report-67"))]),
]


def ita_table(rows) -> str:
    out = []
    for code, label, links in rows:
        cell = " / ".join(a(u, t) for t, u in links)
        out.append(f"<tr><td>{code}</td><td>{esc(label)}</td><td>{cell}</td></tr>")
    return ('<table class="list"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>' + "".join(out) + "</table>")


# ---------------------------------------------------------------- static pages


def static_pages() -> None:
    latest = news_list(NEWS[:5])
    write("/", "หน้าแรก",
          f"<h2>ข่าวล่าสุด</h2>{latest}<p>{a('/news/', 'ข่าวทั้งหมด')}</p>"
          f'<h2>ประกาศ</h2><ul><li>{a(f("opplan-69"), "แผนปฏิบัติราชการ ประจำปีงบประมาณ 2569")}</li>'
          f'<li>{a("/procurement/", "ผลการจัดซื้อจัดจ้างรายเดือน")}</li><li>{a("/jobs/", "รับสมัครพยาบาลวิชาชีพ 2 อัตรา")}</li></ul>'
          f'<p>{a("/ita/2569/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2569")}</p>')
    write("/about/history/", "ประวัติโรงพยาบาล",
          "<p>โรงพยาบาลจิตเวชเด็กและวัยรุ่นลุ่มน้ำโขง เป็นหน่วยงานในสังกัดกรมสุขภาพจิต เปิดให้บริการเมื่อ พ.ศ. 2552 "
          "ขนาด 60 เตียง ให้บริการตรวจวินิจฉัย บำบัดรักษา และฟื้นฟูเด็กและวัยรุ่นที่มีปัญหาสุขภาพจิตและพัฒนาการ ในเขตสุขภาพที่ 8</p>"
          f'<p>{a("/about/vision/", "วิสัยทัศน์ พันธกิจ")}</p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ ค่านิยม",
          "<p>วิสัยทัศน์ : เป็นโรงพยาบาลจิตเวชเด็กและวัยรุ่นชั้นนำในภูมิภาคลุ่มน้ำโขง ที่ประชาชนเชื่อมั่น</p>"
          "<p>ค่านิยม : MEKONG (Mastery, Empathy, Kindness, Ownership, Networking, Growth)</p>")
    write("/about/structure/", "โครงสร้างองค์กร",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างโรงพยาบาล" width="600">'
          "<ul><li>ผู้อำนวยการโรงพยาบาล<ul>"
          "<li>รองผู้อำนวยการฝ่ายการแพทย์ : กลุ่มงานจิตเวชเด็กและวัยรุ่น กลุ่มงานกุมารเวชกรรม กลุ่มงานเภสัชกรรม กลุ่มงานจิตวิทยา</li>"
          "<li>รองผู้อำนวยการฝ่ายการพยาบาล : กลุ่มงานการพยาบาลผู้ป่วยนอก กลุ่มงานการพยาบาลผู้ป่วยใน กลุ่มงานพัฒนาการเด็ก</li>"
          "<li>รองผู้อำนวยการฝ่ายบริหาร : กลุ่มงานบริหารทั่วไป กลุ่มงานการเงินและบัญชี กลุ่มงานพัสดุ กลุ่มงานทรัพยากรบุคคล</li>"
          "<li>กลุ่มงานยุทธศาสตร์และแผนงาน กลุ่มงานเทคโนโลยีสารสนเทศ กลุ่มงานวิชาการและเครือข่าย (ขึ้นตรงผู้อำนวยการ)</li>"
          "</ul></li></ul>")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมสุขภาพจิต กระทรวงสาธารณสุข และประกาศกรมสุขภาพจิต โรงพยาบาลมีอำนาจหน้าที่ ดังนี้</p><ol>"
          "<li>ศึกษา วิเคราะห์ วิจัย และพัฒนาองค์ความรู้และเทคโนโลยีด้านสุขภาพจิตและจิตเวชเด็กและวัยรุ่น</li>"
          "<li>ให้บริการตรวจวินิจฉัย บำบัดรักษา และฟื้นฟูสมรรถภาพเด็กและวัยรุ่นในระดับตติยภูมิ</li>"
          "<li>ถ่ายทอดองค์ความรู้และสนับสนุนวิชาการแก่เครือข่ายบริการสุขภาพในเขตสุขภาพที่ 8</li>"
          "<li>ส่งเสริม ป้องกัน และเฝ้าระวังปัญหาพัฒนาการและสุขภาพจิตเด็กปฐมวัยและวัยเรียน</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    people = [("แพทย์หญิงวรางคณา ศรีสุวรรณรัตน์", "ผู้อำนวยการโรงพยาบาล", "0 4251 3960 ต่อ 1001"),
              ("นายแพทย์ธนภัทร วงศ์ประเสริฐ", "รองผู้อำนวยการฝ่ายการแพทย์", "0 4251 3960 ต่อ 1010"),
              ("นางสุภาวดี แสนคำ", "รองผู้อำนวยการฝ่ายการพยาบาล", "0 4251 3960 ต่อ 1020"),
              ("นายกิตติพงษ์ บุญมาก", "รองผู้อำนวยการฝ่ายบริหาร", "0 4251 3960 ต่อ 1030")]
    write("/about/executives/", "ทำเนียบผู้บริหาร", "".join(
        f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="120"><br><b>{esc(n)}</b><br>{esc(p)}'
        f"<br>โทร {esc(t)}</div>" for n, p, t in people) + "<p>อีเมลผู้บริหาร director@mekongchildpsych.go.th</p>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>เลขที่ 188 หมู่ที่ 7 ถนนริมโขงสายใน ตำบลหนองญาติ อำเภอเมืองนครพนม จังหวัดนครพนม 48000</p>"
          "<p>โทรศัพท์ 0 4251 3960 (อัตโนมัติ 10 คู่สาย) โทรสาร 0 4251 3961<br>อีเมล saraban@mekongchildpsych.go.th<br>"
          "เวลาราชการ จันทร์ - ศุกร์ 08.30 - 16.30 น. คลินิกนอกเวลา วันเสาร์ 08.00 - 12.00 น.</p>"
          '<p><a href="https://maps.google.com/?q=17.3921,104.7702">แผนที่ Google Maps</a> · '
          '<a href="https://www.facebook.com/mekongchildpsych">Facebook</a> · <a href="/qa/">ถาม-ตอบ (Q&amp;A)</a></p>')
    write("/qa/", "ถาม-ตอบ (Q&A)",
          '<div class="q"><b>ถาม :</b> ลูกอายุ 3 ขวบยังพูดไม่เป็นคำ ต้องมีใบส่งตัวไหมคะ (คุณแม่น้องภูผา, 6 ม.ค. 2569)<br>'
          "<b>ตอบ :</b> ไม่จำเป็นค่ะ สามารถนัดหมายออนไลน์คลินิกพัฒนาการเด็กได้ หากใช้สิทธิบัตรทองต่างจังหวัดควรมีใบส่งตัว (งานประชาสัมพันธ์, 7 ม.ค. 2569)</div>"
          '<div class="q"><b>ถาม :</b> คลินิกวันเสาร์รับเด็กสมาธิสั้นรายใหม่หรือไม่ (ผู้ปกครอง, 2 มี.ค. 2569)<br>'
          "<b>ตอบ :</b> รับเฉพาะรายเก่าที่นัดต่อเนื่อง รายใหม่กรุณานัดวันธรรมดา (กลุ่มงานจิตเวชเด็ก, 3 มี.ค. 2569)</div>"
          '<form action="/qa/post/" method="post"><h2>ตั้งคำถาม</h2>ชื่อ <input name="name"><br>อีเมล <input name="email"><br>'
          'คำถาม <textarea name="question"></textarea><br><button>ส่งคำถาม</button></form>')
    write("/service/opd/", "บริการผู้ป่วยนอก",
          "<p>คลินิกจิตเวชเด็กและวัยรุ่น คลินิกพัฒนาการเด็ก คลินิกกระตุ้นพัฒนาการ คลินิกวัยรุ่น (Teen Center) คลินิกนอกเวลาวันเสาร์</p>"
          f'<p>{a("/service/guide/", "คู่มือการขอรับบริการ")} · {a("/service/clinics/", "ตารางออกตรวจแพทย์")}</p>')
    write("/service/clinics/", "ตารางออกตรวจแพทย์",
          "<table class=\"list\"><tr><th>วัน</th><th>คลินิก</th><th>แพทย์</th></tr>"
          "<tr><td>จันทร์</td><td>จิตเวชเด็ก</td><td>พญ.ศศิธร ใจดี</td></tr>"
          "<tr><td>อังคาร</td><td>พัฒนาการเด็ก</td><td>นพ.อนุชา ไชยวงศ์</td></tr>"
          "<tr><td>พุธ</td><td>วัยรุ่น</td><td>พญ.กมลชนก ศรีทอง</td></tr></table>")
    write("/service/guide/", "คู่มือการขอรับบริการ",
          "<p>ขั้นตอนการรับบริการผู้ป่วยนอก : 1 ยื่นบัตร/ทำบัตรใหม่ (15 นาที) 2 คัดกรอง (20 นาที) 3 พบแพทย์/นักจิตวิทยา "
          "(30 - 60 นาที) 4 รับยาและนัดหมาย (20 นาที)</p><p>เอกสาร : บัตรประชาชนหรือสูติบัตรของเด็ก บัตรประชาชนผู้ปกครอง "
          "หนังสือส่งตัว (ถ้ามี) สมุดสีชมพู ค่าธรรมเนียม : ตามสิทธิการรักษา</p>"
          f'<p>{a(f("service-guide"), "ดาวน์โหลดคู่มือการขอรับบริการ ผู้ป่วยนอก (PDF)")}</p>')
    write("/eservice/", "นัดหมายออนไลน์ (E-Service)",
          "<p>ผู้ปกครองสามารถขอนัดหมายพบแพทย์ เลื่อนนัด หรือขอรับบริการ Telepsychiatry ได้ทางออนไลน์ "
          "เจ้าหน้าที่จะยืนยันนัดทาง SMS ภายใน 1 วันทำการ</p>"
          '<form action="https://booking.mekongchildpsych.go.th/appointment/request" method="post">'
          '<h2>แบบขอนัดหมาย</h2>ชื่อ-นามสกุลผู้ป่วย <input name="patient"><br>HN (ถ้ามี) <input name="hn"><br>'
          'ชื่อผู้ปกครอง <input name="parent"><br>เบอร์โทรศัพท์ <input name="phone"><br>'
          'คลินิก <select name="clinic"><option>จิตเวชเด็กและวัยรุ่น</option><option>พัฒนาการเด็ก</option>'
          '<option>Telepsychiatry</option></select><br>วันที่ต้องการ <input type="date" name="date"><br>'
          '<button>ส่งคำขอนัดหมาย</button></form>'
          f'<p>{a(f("eservice-stats-69"), "สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>')
    write("/complaint/", "รับเรื่องร้องเรียน/ร้องทุกข์",
          "<p>ศูนย์รับเรื่องร้องเรียน อาคารอำนวยการ ชั้น 1 โทร 0 4251 3960 ต่อ 1102</p>"
          f'<p>{a("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</p>'
          f'<p>{a(f("complaint-guide"), "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับ ตามแนวปฏิบัติของโรงพยาบาล</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="name"><br>'
          'เบอร์ติดต่อ/อีเมล <input name="contact"><br>ชื่อเจ้าหน้าที่/หน่วยงานที่ถูกร้อง <input name="who"><br>'
          'รายละเอียดพฤติการณ์ <textarea name="detail"></textarea><br>แนบหลักฐาน <input type="file" name="file"><br>'
          '<button>ส่งเรื่อง</button></form>'
          '<p>ช่องทางอื่น : <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a></p>')
    write("/jobs/", "ประกาศรับสมัครงาน",
          "<p>รับสมัครพนักงานกระทรวงสาธารณสุข ตำแหน่งพยาบาลวิชาชีพ 2 อัตรา ตั้งแต่ 1 - 15 เมษายน 2569</p>")
    write("/en/", "About us", "<p>Mekong Child and Adolescent Psychiatric Hospital, Department of Mental Health.</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>โรงพยาบาลเก็บรวบรวมข้อมูลส่วนบุคคลของผู้ป่วยและผู้ปกครองเท่าที่จำเป็น ตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    # procurement
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "PDF")}</td></tr>'
                   for k in months)
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง / สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศและรายงาน</h2><ul><li>{a(f("print-notice"), ROWS["print-notice"][0])}</li>'
          f'<li>{a(f("proc-year-68"), ROWS["proc-year-68"][0])}</li></ul>')
    # downloads
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลดเอกสาร : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    # ITA
    write("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
          '<ul><li><a href="/ita/2569/">ITA ปีงบประมาณ 2569</a></li><li><a href="/ita/2568/">ITA ปีงบประมาณ 2568</a></li></ul>')
    write("/ita/2569/", "OIT ประจำปี 2569",
          "<p>แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ของโรงพยาบาล</p>" + ita_table(ITA_2569))
    write("/ita/2568/", "OIT ประจำปี 2568", ita_table(ITA_2568))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "person.png", "chart.png", "director.png", "photo.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "site.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}#topbar{background:#2b6cb0;color:#fff;padding:4px}"
                 "#nav li{display:inline;margin:0 6px}#page{display:flex}#aside{width:230px}#content{flex:1;padding:8px}"
                 ".widget{border:1px solid #cde;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#e8f0fa;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
