"""Generate the HTML pages of the "localadmin" test site (สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดชัยนาท,
invented content).

Run:  python tests/sites/localadmin/_make_pages.py   (after _make_docs.py)

The department's provincial template: a top bar, a banner, a menu, a right column (the head of the
office, links to the department's systems, the ITA pages, a visitor counter) and a footer on every
page; pages are folder/index.html.  The office's documents are listed by category under
/download/<cat>/; what it relays for the local governments it oversees is under /local/ (by type);
monthly procurement summaries on /procurement/; news under /news/ (two pages).  /ita/2569/ is a
table o1 … o26 in the office's own wording; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, MONTHLY  # noqa: E402

ORG = "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดชัยนาท"
SHORT = "สถจ.ชัยนาท"
TH = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือการปฏิบัติงาน/คู่มือประชาชน",
        "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส",
        "general": "เอกสารทั่วไป", "circular": "หนังสือสั่งการ กรมส่งเสริมการปกครองท้องถิ่น"}
LOCAL = {"plan": ("แผนพัฒนาท้องถิ่น/การติดตามประเมินผล", {"local-plan", "local-eval"}),
         "anti": ("แผนป้องกันการทุจริตของ อปท.", {"local-anti"}),
         "procure": ("ประกาศจัดซื้อจัดจ้างของ อปท.", {"sk-local"})}
MISSING_SIZE = "386.2 KB"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {TH[dt.month - 1]} {dt.year + 543}".translate(DIG)


def f(key: str) -> str:
    number, ext = DOCS[key][0], DOCS[key][1]
    return f"/files/{number}.{ext}"


def size(key: str) -> str:
    path = os.path.join(HERE, f(key).lstrip("/"))
    if not os.path.exists(path):
        return MISSING_SIZE
    return f"{os.path.getsize(path) / 1024:.1f} KB"


def a(url: str, text: str) -> str:
    return f'<a href="{url}">{esc(text)}</a>'


MENU = [("หน้าหลัก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("ข่าว อปท.", "/local/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/dla-province.css"></head>
<body>
<div id="topbar">กรมส่งเสริมการปกครองท้องถิ่น กระทรวงมหาดไทย · <a href="https://www.dla.go.th/">www.dla.go.th</a></div>
<div id="banner"><img src="/assets/dla-logo.png" alt="ตรากรมส่งเสริมการปกครองท้องถิ่น" width="72" height="72">
<b>{ORG}</b><br><small>Chai Nat Provincial Office of Local Administration</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="main">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="side">
<div class="box"><img src="/assets/person.png" alt="ท้องถิ่นจังหวัดชัยนาท" width="90" height="110"><br>
<b>นายวรพงษ์ ศรีสุวรรณชัย</b><br>ท้องถิ่นจังหวัดชัยนาท</div>
<div class="box"><b>ระบบงาน</b><br><a href="https://www.laas.go.th/">ระบบ e-LAAS</a><br>
<a href="https://www.dla.go.th/servlet/EbookServlet">หนังสือสั่งการ สถ.</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="/download/circular/">หนังสือสั่งการ (จังหวัด)</a></div>
<div class="box"><b>ITA</b><br><a href="/ita/2569/">ITA ประจำปี ๒๕๖๙</a><br><a href="/ita/2568/">ITA ประจำปี ๒๕๖๘</a></div>
<div class="box"><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a><br><a href="/qa/">ถาม - ตอบ</a></div>
<div class="box">ผู้เข้าชมเว็บไซต์ ๓๘๗,๒๑๕ ครั้ง</div>
</div></div>
<div id="footer">{ORG} ศาลากลางจังหวัดชัยนาท ชั้น 2 ถนนพหลโยธิน ตำบลบ้านกล้วย อำเภอเมืองชัยนาท จังหวัดชัยนาท 17000<br>
โทรศัพท์ 0 5641 6230 โทรสาร 0 5641 6231 · อีเมล cnt.localoffice@example.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    out = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def table(keys) -> str:
    rows = sorted(keys, key=lambda k: DOCS[k][4], reverse=True)
    body = "".join(
        f'<tr><td><img src="/assets/{DOCS[k][1]}.gif" alt=""> {a(f(k), DOCS[k][3])}</td>'
        f"<td>{be(DOCS[k][4])}</td><td>{size(k)}</td></tr>" for k in rows)
    return f"<table><tr><th>ชื่อเอกสาร</th><th>วันที่</th><th>ขนาด</th></tr>{body}</table>"


# news: id -> (date, title, body, page)
NEWS = {
    1575: ((2569, 4, 2), "ประชุมประจำเดือนท้องถิ่นอำเภอ ครั้งที่ 4/2569",
           "ท้องถิ่นจังหวัดชัยนาทประชุมท้องถิ่นอำเภอทั้ง 8 อำเภอ ติดตามการเบิกจ่ายเงินอุดหนุนและการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง"),
    1570: ((2569, 3, 11), "ตรวจติดตามศูนย์พัฒนาเด็กเล็กสังกัด อปท. อำเภอสรรคบุรี",
           "กลุ่มงานส่งเสริมการจัดการศึกษาท้องถิ่นตรวจติดตามมาตรฐานศูนย์พัฒนาเด็กเล็ก 6 แห่ง"),
    1566: ((2569, 2, 24), "อบต.หนองแก้วใต้ ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
           "ข่าวฝาก อปท. : องค์การบริหารส่วนตำบลหนองแก้วใต้ แจ้งกำหนดชำระภาษีภายในเดือนเมษายน 2569"),
    1561: ((2569, 2, 18), "โครงการส่งเสริมคุณธรรมจริยธรรมบุคลากร สถจ.ชัยนาท ประจำปี 2569",
           "วันที่ 17 กุมภาพันธ์ 2569 สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดชัยนาทจัดโครงการส่งเสริมคุณธรรมจริยธรรม "
           "ทบทวนประมวลจริยธรรมข้าราชการพลเรือน กรณีศึกษาการขัดกันแห่งผลประโยชน์ และให้บุคลากร 27 คนร่วมลงนามปฏิญาณตน"),
    1558: ((2569, 2, 13), "สรุปผลการประชุมรับฟังความคิดเห็นการให้บริการสาธารณะของ อปท. จังหวัดชัยนาท",
           "วันที่ 12 กุมภาพันธ์ 2569 ณ ห้องประชุมศาลากลางจังหวัดชัยนาท ชั้น 3 มีผู้เข้าร่วม 142 คน (ผู้แทน อปท. 67 แห่ง "
           "ผู้แทนภาคประชาชน 48 คน ภาคเอกชน 27 คน) ข้อเสนอที่ได้รับ 3 เรื่อง : การจัดการขยะชุมชน น้ำประปาหมู่บ้าน "
           "และการแจ้งผลเรื่องร้องเรียนให้เร็วขึ้น สถจ.ชัยนาทจะนำข้อเสนอไปกำหนดเป็นแนวทางให้ อปท. ภายในเดือนเมษายน 2569"),
    1552: ((2569, 1, 21), "ขอเชิญร่วมประชุมรับฟังความคิดเห็น 12 กุมภาพันธ์ 2569",
           "สถจ.ชัยนาทขอเชิญผู้แทน อปท. ภาคประชาชน และภาคเอกชน ร่วมประชุมรับฟังความคิดเห็น (หนังสือเชิญตามไฟล์แนบ)"),
    1547: ((2568, 12, 9), "อบรมการเปิดเผยข้อมูลสาธารณะ (OIT) ให้ อปท. ในจังหวัดชัยนาท",
           "จัดอบรมเจ้าหน้าที่ผู้ดูแลเว็บไซต์ของ อปท. 67 แห่ง เรื่องการเตรียมข้อมูลการประเมิน ITA ประจำปี 2569"),
    1541: ((2568, 10, 8), "ท้องถิ่นจังหวัดชัยนาทคนใหม่รายงานตัวต่อผู้ว่าราชการจังหวัด",
           "นายวรพงษ์ ศรีสุวรรณชัย รายงานตัวรับตำแหน่งท้องถิ่นจังหวัดชัยนาท เมื่อวันที่ 6 ตุลาคม 2568"),
    1490: ((2568, 2, 14), "ประชุมรับฟังความคิดเห็นการให้บริการสาธารณะของ อปท. ประจำปี 2568",
           "วันที่ 13 กุมภาพันธ์ 2568 ผู้เข้าร่วม 118 คน ข้อเสนอเรื่องถนนและไฟฟ้าสาธารณะ"),
    1478: ((2567, 12, 17), "อบรมการจัดทำงบประมาณ อปท. ประจำปี 2568", "ผู้เข้าร่วม 134 คน"),
    1466: ((2567, 10, 3), "มอบนโยบายการปฏิบัติราชการ ปีงบประมาณ 2568", "ท้องถิ่นจังหวัดมอบนโยบายแก่บุคลากร"),
}


def news_pages() -> None:
    def listing(ids):
        return "<ul class='news'>" + "".join(
            f"<li>{a(f'/news/{i}/', NEWS[i][1])} <small>({be(_dt(NEWS[i][0]))})</small></li>" for i in ids) + "</ul>"

    new = [i for i in sorted(NEWS, reverse=True) if NEWS[i][0][0] * 100 + NEWS[i][0][1] >= 256810]
    old = [i for i in sorted(NEWS, reverse=True) if i not in new]
    write("/news/", "ข่าวประชาสัมพันธ์", listing(new) + '<p>หน้า 1 · <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", listing(old) + '<p><a href="/news/">1</a> · หน้า 2</p>')
    for i, (dt, title, text) in NEWS.items():
        extra = ""
        if i == 1552:
            extra = f"<p>ไฟล์แนบ : {a(f('invite'), 'หนังสือเชิญประชุม')}</p>"
        if i == 1558:
            extra = '<p><img src="/assets/photo.png" alt="ภาพการประชุม" width="320" height="200"></p>'
        write(f"/news/{i}/", title, f"<p class='date'>วันที่ {be(_dt(dt))}</p><p>{esc(text)}</p>{extra}"
              '<p><a href="/news/">ย้อนกลับ</a></p>')


def _dt(t):
    from datetime import datetime
    return datetime(t[0] - 543, t[1], t[2])


ITA_2569 = [
    ("o1", "โครงสร้าง อำนาจหน้าที่", [("แผนภูมิโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("ทำเนียบผู้บริหาร", "/about/executives/")]),
    ("o3", "ข้อมูลการติดต่อ/ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("ถาม-ตอบ", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนยุทธศาสตร์/แผนพัฒนาหน่วยงาน", [("แผนปฏิบัติราชการระยะ 3 ปี", f("plan-3y"))]),
    ("o6", "แผนดำเนินงานและการใช้งบประมาณประจำปี", [("แผนปฏิบัติราชการประจำปี 2569", f("aplan-69"))]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", f("report-67"))]),
    ("o8", "คู่มือการปฏิบัติงานของเจ้าหน้าที่", [("คู่มือ", "/download/manual/")]),
    ("o9", "คู่มือการขอรับบริการ", [("คู่มือสำหรับประชาชน", f("citizen"))]),
    ("o10", "E-Service", [("ยื่นคำร้องออนไลน์", "/eservice/")]),
    ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1", "/procurement/")]),
    ("o12", "รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี", [("รายงานประจำปี 2568", f("proc-year-68"))]),
    ("o13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล", [("การบริหารงานบุคคล", "/download/hr/")]),
    ("o14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [("รายงานผล 2568", f("hr-report-68"))]),
    ("o15", "ประมวลจริยธรรม/การขับเคลื่อนจริยธรรม", [("ประมวลจริยธรรม", f("ethics")), ("กิจกรรม", "/news/1561/")]),
    ("o16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("คู่มือ", f("complaint-manual"))]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติเรื่องร้องเรียน", "/complaint/stats/")]),
    ("o19", "การเปิดโอกาสให้มีส่วนร่วม", [("ประชุมรับฟังความคิดเห็น", "/news/1558/")]),
    ("o20", "No Gift Policy", [("ประกาศนโยบาย No Gift Policy", f("nogift-67"))]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยง 2569", f("risk-69"))]),
    ("o22", "รายงานผลการบริหารจัดการความเสี่ยงการทุจริต", [("รายงานผล", f("risk-report-68"))]),
    ("o23", "แผนปฏิบัติการป้องกันการทุจริต", [("แผนป้องกันการทุจริต 2569", f("anti-plan-69"))]),
    ("o24", "รายงานผลการดำเนินการป้องกันการทุจริต", [("รายงานผล", f("anti-report-67"))]),
    ("o25", "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", [("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2569", f("ita-measures"))]),
    ("o26", "รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส", [("รายงานผล 2568", f("integrity-report-68"))]),
]
ITA_2568 = [
    ("o1", "โครงสร้าง", [("โครงสร้าง", "/about/structure/")]),
    ("o5", "แผนยุทธศาสตร์", [("แผนปฏิบัติราชการระยะ 3 ปี", f("plan-3y"))]),
    ("o6", "แผนดำเนินงานประจำปี", [("แผนปฏิบัติราชการ 2568", f("aplan-68"))]),
    ("o13", "แผน HR", [("แผนการบริหารและพัฒนาทรัพยากรบุคคล 2568", f("hr-plan-68"))]),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", f("nogift-67"))]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงานรอบ 6 เดือน", f("anti-report-67"))]),
    ("o25", "การนำผล ITA ไปสู่การพัฒนา", [("มาตรการ 2568", f("ita-measures"))]),
]


def ita_table(rows) -> str:
    body = "".join(f"<tr><td>{c}</td><td>{esc(h)}</td><td>{' , '.join(a(u, t) for t, u in links)}</td></tr>"
                   for c, h, links in rows)
    return f"<table class='ita'><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{body}</table>"


def static_pages() -> None:
    latest = [i for i in sorted(NEWS, reverse=True)][:5]
    write("/", "หน้าหลัก",
          "<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2><ul>" + "".join(f"<li>{a(f'/news/{i}/', NEWS[i][1])}</li>" for i in latest)
          + "</ul><h2>ข่าว อปท. ในจังหวัด</h2><ul>"
          + "".join(f"<li>{a(f(k), DOCS[k][3])}</li>" for k in ("sk-local", "local-eval", "local-anti"))
          + '</ul><p><a href="/local/">ข่าว อปท. ทั้งหมด</a> · <a href="/ita/2569/">ITA ๒๕๖๙</a></p>')
    write("/about/history/", "ประวัติและวิสัยทัศน์",
          "<p>สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดชัยนาท เป็นราชการบริหารส่วนภูมิภาคในสังกัดกรมส่งเสริมการปกครองท้องถิ่น "
          "จัดตั้งเมื่อ พ.ศ. 2545 กำกับดูแลองค์กรปกครองส่วนท้องถิ่น 67 แห่ง ใน 8 อำเภอ</p>"
          "<p>วิสัยทัศน์ : ส่งเสริม อปท. ให้มีธรรมาภิบาล บริการสาธารณะได้มาตรฐาน</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้าง สถจ.ชัยนาท" width="600" height="360"></p>'
          "<ul><li>ท้องถิ่นจังหวัดชัยนาท<ul><li>ฝ่ายบริหารงานทั่วไป</li><li>กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น</li>"
          "<li>กลุ่มงานกฎหมาย ระเบียบ และเรื่องร้องทุกข์</li><li>กลุ่มงานการเงิน บัญชีและการตรวจสอบ</li>"
          "<li>กลุ่มงานส่งเสริมการจัดการศึกษาท้องถิ่น</li><li>กลุ่มงานมาตรฐานการบริหารงานบุคคลส่วนท้องถิ่น</li>"
          "<li>ท้องถิ่นอำเภอ 8 อำเภอ (เมืองชัยนาท มโนรมย์ วัดสิงห์ สรรพยา สรรคบุรี หันคา หนองมะโมง เนินขาม)</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมส่งเสริมการปกครองท้องถิ่น และระเบียบกระทรวงมหาดไทย สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด มีอำนาจหน้าที่ดังนี้</p>"
          "<ol><li>ส่งเสริมและสนับสนุนการจัดทำแผนพัฒนาท้องถิ่นและการบริหารงานของ อปท.</li>"
          "<li>ให้คำปรึกษาแนะนำด้านการเงิน การคลัง งบประมาณ และการจัดเก็บรายได้ของ อปท.</li>"
          "<li>ตรวจสอบและกำกับดูแลการปฏิบัติงานของ อปท. ตามที่ผู้ว่าราชการจังหวัดมอบหมาย</li>"
          "<li>ส่งเสริมการจัดการศึกษาท้องถิ่นและศูนย์พัฒนาเด็กเล็ก</li>"
          "<li>ดำเนินการเกี่ยวกับเรื่องร้องเรียนและงานกฎหมายของ อปท.</li>"
          "<li>เป็นฝ่ายเลขานุการคณะกรรมการพนักงานส่วนท้องถิ่นระดับจังหวัด</li></ol>")
    people = [("นายวรพงษ์ ศรีสุวรรณชัย", "ท้องถิ่นจังหวัดชัยนาท", "0 5641 6230 ต่อ 101"),
              ("นางพิมพ์ลดา อินทร์แก้ว", "หัวหน้ากลุ่มงานส่งเสริมและพัฒนาท้องถิ่น", "0 5641 6230 ต่อ 104"),
              ("นายชาตรี บุญยืนยง", "หัวหน้ากลุ่มงานการเงิน บัญชีและการตรวจสอบ", "0 5641 6230 ต่อ 106"),
              ("นางสาวกนกพร วงศ์ทอง", "หัวหน้าฝ่ายบริหารงานทั่วไป", "0 5641 6230 ต่อ 102")]
    write("/about/executives/", "ทำเนียบผู้บริหาร", "".join(
        f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="90" height="110">'
        f"<p><b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</p></div>" for n, p, t in people))
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>ศาลากลางจังหวัดชัยนาท ชั้น 2 ถนนพหลโยธิน ตำบลบ้านกล้วย อำเภอเมืองชัยนาท จังหวัดชัยนาท 17000</p>"
          "<p>โทรศัพท์ 0 5641 6230 โทรสาร 0 5641 6231<br>อีเมล cnt.localoffice@example.go.th<br>"
          "เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.1855,100.1252">แผนที่ Google Maps</a> · <a href="/qa/">ถาม - ตอบ</a></p>')
    write("/qa/", "ถาม - ตอบ (Q&A)",
          "<dl><dt>ถาม : อบต. ไม่ตอบคำร้องของประชาชน ร้องเรียนที่ใดได้บ้าง (12 ม.ค. 2569)</dt>"
          "<dd>ตอบ : ยื่นเรื่องที่ สถจ.ชัยนาท หรือผ่านหน้าร้องเรียนของเว็บไซต์นี้ เจ้าหน้าที่จะแจ้งผลภายใน 30 วัน</dd></dl>"
          '<form action="/qa/" method="post"><p>ชื่อ <input name="name"> คำถาม <textarea name="q"></textarea>'
          '<button type="submit">ส่งคำถาม</button></p></form>')
    write("/eservice/", "E-Service ยื่นคำร้องออนไลน์",
          "<p>ประชาชนและ อปท. ยื่นคำร้องหรือขอข้อมูลข่าวสารผ่านแบบฟอร์มออนไลน์ เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/cnt-local-eservice/formResponse" method="post">'
          '<p>ชื่อ-สกุล <input name="name"> โทรศัพท์ <input name="tel"> เรื่อง <select name="type"><option>คำร้องทั่วไป</option>'
          "<option>ขอข้อมูลข่าวสาร</option></select> รายละเอียด <textarea name=\"detail\"></textarea>"
          '<button type="submit">ส่งคำร้อง</button></p></form>'
          f"<p>{a(f('service-stats'), 'สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 2568 - มี.ค. 2569)')}</p>")
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          '<ul><li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>'
          '<li><a href="/complaint/stats/">สถิติเรื่องร้องเรียนการทุจริต</a></li>'
          f"<li>{a(f('complaint-manual'), 'คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ')}</li></ul>")
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ ไม่ระบุชื่อได้</p>"
          '<form action="/complaint/corruption/" method="post"><p>ชื่อ (ไม่บังคับ) <input name="name"> '
          'หน่วยงาน/ผู้ถูกร้องเรียน <input name="who"> รายละเอียด <textarea name="detail"></textarea> '
          'แนบไฟล์ <input type="file" name="file"> <button type="submit">ส่งเรื่อง</button></p></form>'
          "<p>หรือโทรศัพท์ 0 5641 6230 ต่อ 108 (กลุ่มงานกฎหมาย ระเบียบ และเรื่องร้องทุกข์)</p>")
    write("/complaint/stats/", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<h2>ปีงบประมาณ พ.ศ. ๒๕๖๘</h2><table><tr><th>ไตรมาส</th><th>เรื่องที่ได้รับ</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>"
          "<tr><td>1 (ต.ค. - ธ.ค. 2567)</td><td>3</td><td>3</td><td>0</td></tr>"
          "<tr><td>2 (ม.ค. - มี.ค. 2568)</td><td>2</td><td>2</td><td>0</td></tr>"
          "<tr><td>3 (เม.ย. - มิ.ย. 2568)</td><td>4</td><td>3</td><td>1</td></tr>"
          "<tr><td>4 (ก.ค. - ก.ย. 2568)</td><td>1</td><td>0</td><td>1</td></tr></table>"
          "<p>ข้อมูล ณ วันที่ ๕ ตุลาคม ๒๕๖๘</p>")
    # procurement
    rows = "".join(f"<li>{a(f('sk-' + ym), DOCS['sk-' + ym][3])} ({be(DOCS['sk-' + ym][4])})</li>"
                   for ym, _m, _n, _k in reversed(MONTHLY))
    write("/procurement/", "จัดซื้อจัดจ้าง",
          f"<h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ ๒๕๖๙</h2><ul>{rows}</ul>"
          f"<h2>รายงานประจำปี</h2><ul><li>{a(f('proc-year-68'), 'รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568')}</li></ul>"
          f"<h2>ประกาศ</h2><ul><li>{a(f('print-plan'), DOCS['print-plan'][3])}</li></ul>"
          '<p><a href="https://www.gprocurement.go.th/">ค้นหาประกาศในระบบ e-GP</a></p>')
    # downloads
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    own = [k for k, v in DOCS.items() if v[2] in CATS and not k.startswith("sk-")]
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(own)}")
    for slug, cname in CATS.items():
        keys = [k for k, v in DOCS.items() if v[2] == slug and not (slug == "procure" and k.startswith("sk-"))]
        write(f"/download/{slug}/", f"ดาวน์โหลด : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(keys)}")
    # relayed documents of the local governments
    lcats = " · ".join(f'<a href="/local/{s}/">{esc(n)}</a>' for s, (n, _k) in LOCAL.items())
    allk = set().union(*(k for _n, k in LOCAL.values()))
    write("/local/", "ข่าวและเอกสารของ อปท. ในจังหวัดชัยนาท",
          f"<p>เผยแพร่ตามที่ อปท. ส่งมา : {lcats} · <a href='/local/list/'>ทำเนียบ อปท.</a></p>{table(allk)}")
    for slug, (n, keys) in LOCAL.items():
        write(f"/local/{slug}/", f"เอกสาร อปท. : {n}", f"<p>{lcats}</p>{table(keys)}")
    write("/local/list/", "ทำเนียบองค์กรปกครองส่วนท้องถิ่นจังหวัดชัยนาท",
          "<table><tr><th>อำเภอ</th><th>อปท.</th></tr><tr><td>หันคา</td><td>เทศบาลตำบลบ้านเชี่ยน, อบต.หนองแก้วใต้ และอีก 7 แห่ง</td></tr>"
          "<tr><td>สรรคบุรี</td><td>11 แห่ง</td></tr><tr><td>เมืองชัยนาท</td><td>องค์การบริหารส่วนจังหวัดชัยนาท และอีก 10 แห่ง</td></tr></table>")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</a></li><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", ita_table(ITA_2568))
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สถจ.ชัยนาทเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in MENU) + "</ul>")


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("dla-logo.png", "person.png", "chart.png", "photo.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "dla-province.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#topbar{background:#5a2d82;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:230px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #ccc;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
