"""Generate the HTML pages of the "saonorth" test site (องค์การบริหารส่วนตำบลแม่ทะลอง, invented).

Run:  python tests/sites/saonorth/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A small อบต. in the north on a provider's template: a top bar, a menu, a side column (the chief
executive, the PM2.5 notice, quick links, visitor counter) and a footer on every page; pages are
folder/index.html.  Documents are listed by category under /download/<cat>/, the monthly สขร.1 on
/procurement/, news under /news/ (two pages).  The ITA page /ita/2569/ is a table in the office's
own short wording whose links go to files, pages or category lists; it has no o21 row.  Last
year's /ita/2568/ is still online and linked from the side column.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import HIDDEN, ORG, ROWS, name  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "ข้อบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "stats": "สถิติ", "general": "หนังสือราชการ/ทั่วไป"}
MISSING_SIZE = {"risk-report-68": "1.21 MB", "old-ita-404": "845.3 KB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(THAI)


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าแรก", "/"), ("ข้อมูลพื้นฐาน", "/about/history/"), ("วิสัยทัศน์", "/about/vision/"),
        ("โครงสร้าง", "/about/structure/"), ("ผู้บริหาร", "/about/executives/"), ("ข่าวสาร", "/news/"),
        ("ประกาศจัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลดเอกสาร", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("กระดานถาม-ตอบ", "/qa/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">{ORG} อำเภอเชียงดาว จังหวัดเชียงใหม่ · โทร. ๐ ๕๓๔๕ ๐๒๑๙ · วันจันทร์ - ศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น.</div>
<div id="banner"><img src="/assets/logo.png" alt="ตรา อบต.แม่ทะลอง" width="72" height="72">
<b>{ORG}</b><br><small>Mae Talong Subdistrict Administrative Organization · ดอยสูง ป่างาม น้ำใส ใจคนเมือง</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/person.png" alt="นายก" width="90" height="110"><br><b>นายก อบต.แม่ทะลอง</b><br>นายอินสม ปัญญาดอย<br>
สายตรงนายก ๐๘ ๑๗๖๐ ๔๓๒๘</div>
<div class="box"><b>แจ้งเหตุไฟป่า / หมอกควัน</b><br>ศูนย์ อปพร. ๒๔ ชั่วโมง โทร. ๐ ๕๓๔๕ ๐๒๒๐</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/download/manual/">คู่มือประชาชน</a><br>
<a href="/eservice/">ยื่นคำร้องออนไลน์</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/ita/2569/">ITA ปี ๒๕๖๙</a><br><a href="/ita/2568/">ITA ปี ๒๕๖๘</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.info.go.th/">ศูนย์ข้อมูลข่าวสารของราชการ</a></div>
<div class="box">ผู้เข้าชมเว็บไซต์ ๔๗,๒๑๓ ครั้ง</div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} ๑๒๘ หมู่ที่ ๒ ตำบลแม่ทะลอง อำเภอเชียงดาว จังหวัดเชียงใหม่ ๕๐๑๗๐<br>
โทรศัพท์/โทรสาร ๐ ๕๓๔๕ ๐๒๑๙ อีเมล saraban@maetalong.go.th ·
<a href="/privacy/">นโยบายเว็บไซต์</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© ๒๕๖๕ {ORG} ออกแบบโดย ล้านนาเว็บดีไซน์</div>
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
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}" target="_blank">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td><img src="/assets/{ext}.gif" alt="{ext}"> {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ขนาด</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (561, (2026, 4, 3), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีที่ดินและสิ่งปลูกสร้าง ชำระภาษีภายในวันที่ 30 เมษายน 2569 ณ กองคลัง อบต.แม่ทะลอง"]),
    (558, (2026, 3, 20), "โครงการจัดทำแนวกันไฟป้องกันไฟป่าและหมอกควัน ประจำปี 2569",
     ["วันที่ 20 มีนาคม 2569 อบต.แม่ทะลอง ร่วมกับหน่วยป้องกันรักษาป่า อปพร. และชาวบ้านหมู่ที่ 5 และหมู่ที่ 8 "
      "จัดทำแนวกันไฟรอบป่าชุมชนห้วยเดื่อ ระยะทาง 6 กิโลเมตร มีผู้เข้าร่วม 120 คน"]),
    (552, (2026, 2, 24), "สรุปผลการประชุมประชาคมตำบล ประจำปี 2569",
     ["เมื่อวันที่ 19 กุมภาพันธ์ 2569 องค์การบริหารส่วนตำบลแม่ทะลอง จัดประชุมประชาคมตำบล ณ หอประชุม อบต. "
      "เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมในการทบทวนแผนพัฒนาท้องถิ่นและเสนอโครงการสำหรับปีงบประมาณ 2570",
      "มีผู้เข้าร่วม 187 คน จากทั้ง 9 หมู่บ้าน ได้แก่ ผู้ใหญ่บ้าน ผู้นำชุมชน ผู้แทนกลุ่มสตรี กลุ่มผู้สูงอายุ และเยาวชน "
      "ประชาชนเสนอโครงการรวม 31 โครงการ",
      "ผลการประชุม: ที่ประชุมมีมติให้จัดลำดับความสำคัญ 1) ซ่อมแซมฝายน้ำล้นห้วยแม่ทะลอง หมู่ที่ 6 2) ถนนคอนกรีตขึ้นบ้านป่าเกี๊ยะ หมู่ที่ 9 "
      "3) ระบบประปาภูเขาหมู่ที่ 4 โดย อบต. จะนำไปบรรจุในแผนพัฒนาท้องถิ่นและแจ้งผลให้ที่ประชุมทราบในการประชุมครั้งต่อไป"]),
    (549, (2026, 2, 10), "ขอเชิญร่วมประชุมประชาคมตำบล ประจำปี 2569",
     ["อบต.แม่ทะลอง ขอเชิญพี่น้องประชาชนร่วมประชุมประชาคมตำบล วันที่ 19 กุมภาพันธ์ 2569 เวลา 09.00 น. ณ หอประชุม อบต.",
      '<a href="{invite}">ดาวน์โหลดหนังสือเชิญ</a>']),
    (541, (2026, 1, 23), "โครงการอบรมคุณธรรมจริยธรรม เพื่อขับเคลื่อนประมวลจริยธรรม ประจำปีงบประมาณ 2569",
     ["วันที่ 23 มกราคม 2569 อบต.แม่ทะลอง จัดโครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา พนักงานส่วนตำบล และพนักงานจ้าง "
      "เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานส่วนท้องถิ่นไปสู่การปฏิบัติ พร้อมทำกิจกรรมจิตอาสาทำความสะอาดวัดบ้านแม่ทะลอง",
      "ผู้เข้าร่วมรวม 46 คน วิทยากรจากสำนักงานพระพุทธศาสนาจังหวัดเชียงใหม่ บรรยายเรื่อง Do's & Don'ts "
      "และการป้องกันผลประโยชน์ทับซ้อน"]),
    (537, (2026, 1, 10), "งานวันเด็กแห่งชาติ ประจำปี 2569",
     ["อบต.แม่ทะลอง จัดงานวันเด็กแห่งชาติ ณ ศูนย์พัฒนาเด็กเล็กบ้านแม่ทะลอง มีเด็กและผู้ปกครองร่วมงานกว่า 300 คน"]),
    (530, (2025, 12, 5), "วันพ่อแห่งชาติ 5 ธันวาคม 2568",
     ["คณะผู้บริหาร สมาชิกสภา และพนักงาน ร่วมพิธีวางพานพุ่ม ณ ที่ว่าการอำเภอเชียงดาว"]),
    (524, (2025, 11, 6), "ประเพณียี่เป็ง ลอยกระทง ประจำปี 2568",
     ["ขอเชิญร่วมงานประเพณียี่เป็ง ณ ลำน้ำแม่ทะลอง วันที่ 5 - 6 พฤศจิกายน 2568 ประกวดกระทงและโคมล้านนา"]),
    (519, (2025, 10, 6), "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2569",
     ["นายก อบต.แม่ทะลอง ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ประจำปีงบประมาณ 2569",
      '<a href="{nogift}">ประกาศ (ไฟล์ PDF)</a>']),
    (488, (2025, 2, 21), "สรุปผลการประชุมประชาคมตำบล ประจำปี 2568",
     ["วันที่ 18 กุมภาพันธ์ 2568 อบต.แม่ทะลอง จัดประชุมประชาคมตำบล มีผู้เข้าร่วม 164 คน เสนอโครงการ 27 โครงการ"]),
    (463, (2024, 11, 15), "ประเพณียี่เป็ง ประจำปี 2567",
     ["ขอเชิญร่วมงานประเพณียี่เป็ง ณ ลำน้ำแม่ทะลอง วันที่ 15 พฤศจิกายน 2567"]),
    (431, (2024, 10, 9), "สรุปสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2567",
     ["ในปีงบประมาณ พ.ศ. 2567 (1 ตุลาคม 2566 - 30 กันยายน 2567) องค์การบริหารส่วนตำบลแม่ทะลอง ได้รับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ดังนี้",
      "<table><tr><th>ไตรมาส</th><th>รับเรื่อง</th><th>ดำเนินการแล้ว</th><th>อยู่ระหว่างดำเนินการ</th></tr>"
      "<tr><td>1 (ต.ค. - ธ.ค. 66)</td><td>0</td><td>0</td><td>0</td></tr>"
      "<tr><td>2 (ม.ค. - มี.ค. 67)</td><td>1</td><td>1</td><td>0</td></tr>"
      "<tr><td>3 (เม.ย. - มิ.ย. 67)</td><td>0</td><td>0</td><td>0</td></tr>"
      "<tr><td>4 (ก.ค. - ก.ย. 67)</td><td>0</td><td>0</td><td>0</td></tr>"
      "<tr><td>รวม</td><td>1</td><td>1</td><td>0</td></tr></table>"]),
    (402, (2024, 5, 2), "รณรงค์งดเผาในที่โล่ง ปี 2567",
     ["ขอความร่วมมือประชาชนงดเผาในที่โล่งตลอดช่วงวันที่ 1 กุมภาพันธ์ - 30 เมษายน 2567"]),
]


def news_body(paras: list[str]) -> str:
    links = {"invite": f("invite"), "nogift": f("no-gift-69")}
    return "".join(p.format(**links) if p.startswith("<") else f"<p>{esc(p)}</p>" for p in paras)


def news_pages() -> None:
    for nid, (y, m, dd), title, paras in NEWS:
        from datetime import date

        body = (f'<p class="date">วันที่ {be(date(y, m, dd))} · หมวด ข่าวประชาสัมพันธ์</p>'
                f'<img src="/assets/chart.png" alt="ภาพกิจกรรม" width="320" height="200">'
                + news_body(paras) + '<p><a href="/news/">« ย้อนกลับ</a></p>')
        write(f"/news/{nid}/", title, body)
    for p, chunk in ((1, NEWS[:9]), (2, NEWS[9:])):
        from datetime import date

        items = "".join(f'<li><a href="/news/{n}/">{esc(t)}</a> <small>({be(date(*ymd))})</small></li>'
                        for n, ymd, t, _ in chunk)
        pager = '<p>หน้า 1 <a href="/news/page/2/">2</a> <a href="/news/page/2/">ถัดไป »</a></p>' if p == 1 else \
            '<p><a href="/news/">« ก่อนหน้า</a> 1 หน้า 2</p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA pages

def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


def fa(key: str, text: str = "ดาวน์โหลด") -> str:
    return a(f(key), text)


ITA_2569 = [  # (no, office's wording, links)
    ("o1", "โครงสร้างและอำนาจหน้าที่", [a("/about/structure/", "โครงสร้างส่วนราชการ"), a("/about/authority/", "อำนาจหน้าที่")]),
    ("o2", "ข้อมูลผู้บริหาร", [a("/about/executives/", "คณะผู้บริหาร")]),
    ("o3", "การติดต่อ / ถาม-ตอบ", [a("/contact/", "ติดต่อหน่วยงาน"), a("/qa/", "Q&A")]),
    ("o4", "ข่าวประชาสัมพันธ์", [a("/news/", "ข่าวประชาสัมพันธ์")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [a("/download/plan/", "คลิก")]),
    ("o6", "แผนดำเนินงานและการใช้งบประมาณประจำปี", [fa("action-plan-69", "แผนการดำเนินงาน"), fa("budget-69", "ข้อบัญญัติงบประมาณฯ")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [fa("report-67", "รายงานประจำปี")]),
    ("o8", "คู่มือการปฏิบัติงาน", [fa("manual-staff")]),
    ("o9", "คู่มือการให้บริการประชาชน", [fa("citizen-manual")]),
    ("o10", "E-Service และสถิติการให้บริการ", [a("/eservice/", "E-Service"), a("/stats/service/", "สถิติการให้บริการ")]),
    ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", [a("/procurement/", "คลิก")]),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [fa("proc-year-68")]),
    ("o13", "หลักเกณฑ์และแผนการบริหารทรัพยากรบุคคล", [a("/download/hr/", "คลิก")]),
    ("o14", "รายงานผลการบริหารทรัพยากรบุคคล", [fa("hr-report-68")]),
    ("o15", "ประมวลจริยธรรม / การขับเคลื่อนจริยธรรม", [fa("ethics", "ประมวลจริยธรรม"), a("/news/541/", "กิจกรรม")]),
    ("o16", "คู่มือเรื่องร้องเรียนการทุจริต", [fa("complaint-manual")]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [a("/complaint/corruption/", "แจ้งเรื่อง")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [a("/news/431/", "คลิก")]),
    ("o19", "การมีส่วนร่วม", [a("/news/552/", "ประชาคมตำบล")]),
    ("o20", "No Gift Policy", [fa("no-gift-69", "ประกาศ"), fa("gift-report-67h1", "รายงานผล")]),
    ("o22", "รายงานผลการบริหารความเสี่ยงการทุจริต", [a(f("risk-report-68"), "ดาวน์โหลด")]),
    ("o23", "แผนป้องกันการทุจริต", [fa("anti-plan-69")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [a("/integrity/anti-report/", "คลิก")]),
    ("o25", "การนำผล ITA ไปพัฒนาองค์กร", [fa("ita-analysis-68")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรมฯ", [fa("integrity-report-68")]),
]

ITA_2568 = [
    ("o1", "โครงสร้าง", [a("/about/structure/", "คลิก")]),
    ("o10", "แผนดำเนินงานประจำปี 2568", [fa("action-plan-68")]),
    ("o11", "สขร.1", [fa("proc-2025-09", "ก.ย. 68")]),
    ("o34", "การประเมินความเสี่ยงการทุจริต", [fa("risk-68")]),
    ("o37", "รายงานผลการป้องกันการทุจริต", [a(f("old-ita-404"), "ดาวน์โหลด")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ตัวชี้วัด</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for no, text, links in rows:
        out.append(f"<tr><td>{no}</td><td>{esc(text)}</td><td>{' · '.join(links)}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- other pages

SERVICE_68 = [("งานจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง", [8, 11, 6, 14, 35, 52, 9, 4, 3, 2, 5, 6]),
              ("งานขออนุญาตก่อสร้าง", [1, 0, 2, 1, 0, 1, 2, 1, 0, 1, 0, 1]),
              ("งานเบี้ยยังชีพผู้สูงอายุ/คนพิการ", [16, 12, 4, 3, 2, 3, 5, 2, 6, 4, 3, 7]),
              ("งานรับคำร้องทั่วไป / E-Service", [3, 2, 4, 1, 5, 6, 2, 3, 1, 2, 4, 3])]
FY68_MONTHS = ["ต.ค. 67", "พ.ย. 67", "ธ.ค. 67", "ม.ค. 68", "ก.พ. 68", "มี.ค. 68", "เม.ย. 68", "พ.ค. 68", "มิ.ย. 68",
               "ก.ค. 68", "ส.ค. 68", "ก.ย. 68"]

ANTI_67 = [("โครงการอบรมคุณธรรมจริยธรรม", "20,000", "18,650", "ดำเนินการแล้ว 19 ม.ค. 2567"),
           ("มาตรการเผยแพร่ข้อมูลข่าวสาร", "-", "-", "ดำเนินการแล้ว"),
           ("โครงการประชาคมหมู่บ้าน", "15,000", "14,200", "ดำเนินการแล้ว ก.พ. 2567"),
           ("กิจกรรมตรวจสอบภายใน", "-", "-", "ดำเนินการแล้ว")]


def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n}/">{esc(t)}</a></li>' for n, _d, t, _p in NEWS[:5])
    write("/", "หน้าแรก",
          f'<p>ยินดีต้อนรับสู่เว็บไซต์ {ORG}</p><h2>ข่าวล่าสุด</h2><ul>{latest}</ul>'
          '<p><a href="/news/">ดูข่าวทั้งหมด</a> · <a href="/procurement/">ประกาศจัดซื้อจัดจ้าง</a> · '
          '<a href="/ita/2569/">การประเมินคุณธรรมและความโปร่งใส (ITA) ปี ๒๕๖๙</a> · <a href="/tourism/">แหล่งท่องเที่ยว</a> · '
          '<a href="/otop/">สินค้า OTOP</a></p>')
    write("/about/history/", "ข้อมูลพื้นฐาน",
          "<p>ตำบลแม่ทะลองตั้งอยู่ทางทิศตะวันตกของอำเภอเชียงดาว พื้นที่ประมาณ 212 ตารางกิโลเมตร ส่วนใหญ่เป็นภูเขาและป่าไม้ "
          "มี 9 หมู่บ้าน ประชากร 5,873 คน (ชาวพื้นเมือง ลีซู และปกาเกอะญอ) อาชีพหลักทำสวนลำไย ข้าวโพด และกาแฟอาราบิก้า</p>"
          "<p>ยกฐานะจากสภาตำบลเป็นองค์การบริหารส่วนตำบล เมื่อ พ.ศ. 2540</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : แม่ทะลองน่าอยู่ เกษตรปลอดภัย ป่าต้นน้ำยั่งยืน ประชาชนมีส่วนร่วม</p>"
          "<p>พันธกิจ : 1 พัฒนาโครงสร้างพื้นฐาน 2 ส่งเสริมเกษตรปลอดภัยและท่องเที่ยวชุมชน 3 อนุรักษ์ป่าต้นน้ำ "
          "4 บริหารจัดการตามหลักธรรมาภิบาล</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้าง อบต.แม่ทะลอง" width="600" height="400"></p>'
          "<h2>ฝ่ายบริหาร</h2><ul><li>นายก อบต. : นายอินสม ปัญญาดอย<ul><li>รองนายก อบต. 2 คน</li><li>เลขานุการนายก อบต.</li></ul></li></ul>"
          "<h2>ฝ่ายนิติบัญญัติ</h2><ul><li>สภา อบต.แม่ทะลอง : ประธานสภา รองประธานสภา เลขานุการสภา และสมาชิกสภา 9 คน</li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัด อบต. / รองปลัด อบต.<ul><li>สำนักปลัด (งานบริหารทั่วไป งานนโยบายและแผน "
          "งานป้องกันและบรรเทาสาธารณภัย งานสวัสดิการสังคม)</li><li>กองคลัง</li><li>กองช่าง</li>"
          "<li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 67 และ 68 "
          "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
          "<li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ</li>"
          "<li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย รวมถึงไฟป่าและหมอกควัน</li>"
          "<li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
          "<li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li></ol>")
    people = [("นายอินสม ปัญญาดอย", "นายก อบต.แม่ทะลอง", "08 1760 4328"),
              ("นายคำปัน ศรีเมืองมูล", "รองนายก อบต.", "08 9431 2075"),
              ("นางบุญเรือน ดวงแก้ว", "รองนายก อบต.", "08 6182 5590"),
              ("นายสุริยา อินต๊ะวงศ์", "เลขานุการนายก อบต.", "09 2216 7043"),
              ("นายชยพล ทิพย์มณี", "ปลัด อบต.แม่ทะลอง", "0 5345 0219 ต่อ 12")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="120" height="150">'
                    f"<p><b>{esc(n)}</b><br>{esc(p)}<br>โทร. {esc(t)}</p></div>" for n, p, t in people)
    write("/about/executives/", "คณะผู้บริหาร", cards)
    write("/about/council/", "สมาชิกสภา อบต.",
          "<ul><li>นายจันทร์ติ๊บ ใจคำ ประธานสภา</li><li>นางแสงเดือน ปัญญาวงค์ รองประธานสภา</li>"
          "<li>สมาชิกสภา หมู่ที่ 1 - 9 รวม 9 คน</li></ul>")
    write("/about/staff/", "บุคลากร",
          "<p>สำนักปลัด 14 คน กองคลัง 6 คน กองช่าง 5 คน กองการศึกษาฯ 9 คน (รวมครูผู้ดูแลเด็ก)</p>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG} เลขที่ 128 หมู่ที่ 2 ตำบลแม่ทะลอง อำเภอเชียงดาว จังหวัดเชียงใหม่ 50170</p>"
          "<p>โทรศัพท์/โทรสาร 0 5345 0219 · อีเมล saraban@maetalong.go.th · Facebook : อบต.แม่ทะลอง</p>"
          '<p><a href="https://maps.google.com/?q=19.41,98.86">แผนที่ Google Maps</a></p>'
          '<p>สอบถามข้อมูลเพิ่มเติมได้ที่ <a href="/qa/">กระดานถาม-ตอบ</a></p>')
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          '<ul><li><a href="/qa/92/">ขอทราบขั้นตอนการขอน้ำประปาภูเขา หมู่ 4</a> (ตอบแล้ว, 12 มี.ค. 69)</li>'
          '<li><a href="/qa/87/">เบี้ยยังชีพผู้สูงอายุ ลงทะเบียนได้ช่วงไหน</a> (ตอบแล้ว, 8 ม.ค. 69)</li></ul>'
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSf-maetalong-qa/formResponse" method="post">'
          '<p>ชื่อ <input name="name"> คำถาม <textarea name="q"></textarea> <button>ส่งคำถาม</button></p></form>')
    write("/qa/92/", "ขอทราบขั้นตอนการขอน้ำประปาภูเขา หมู่ 4",
          "<p>ถาม : บ้านสร้างใหม่ อยากขอต่อน้ำประปาภูเขา ต้องทำอย่างไร (ผู้ถาม : ชาวบ้านหมู่ 4, 10 มี.ค. 2569)</p>"
          "<p>ตอบ : ยื่นคำร้องที่คณะกรรมการประปาหมู่บ้าน หรือที่กองช่าง อบต. พร้อมสำเนาทะเบียนบ้าน (admin, 12 มี.ค. 2569)</p>")
    write("/qa/87/", "เบี้ยยังชีพผู้สูงอายุ ลงทะเบียนได้ช่วงไหน",
          "<p>ถาม : แม่จะอายุครบ 60 ปีในเดือนกันยายน 2569 ลงทะเบียนได้เมื่อไร (8 ม.ค. 2569)</p>"
          "<p>ตอบ : ลงทะเบียนล่วงหน้าได้ตั้งแต่ 1 ตุลาคม 2568 ถึง 30 กันยายน 2569 ณ สำนักปลัด (admin, 8 ม.ค. 2569)</p>")
    write("/eservice/", "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)",
          '<p>ประชาชนสามารถยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>'
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSf-maetalong-eservice/formResponse" method="post">'
          '<p>ประเภทคำร้อง <select name="type"><option>ขอรับการช่วยเหลือ (สาธารณภัย)</option>'
          '<option>ขอใช้รถบรรทุกน้ำ</option><option>แจ้งซ่อมไฟฟ้าส่องสว่าง</option><option>คำร้องทั่วไป</option></select></p>'
          '<p>ชื่อ-สกุล <input name="name"> โทรศัพท์ <input name="tel"> รายละเอียด <textarea name="detail"></textarea></p>'
          '<p><button>ส่งคำร้อง</button></p></form><p><a href="/stats/service/">สถิติการให้บริการ</a></p>')
    head = "".join(f"<th>{m}</th>" for m in FY68_MONTHS)
    rows = "".join(f"<tr><td>{esc(n)}</td>" + "".join(f"<td>{v}</td>" for v in vals) + f"<td>{sum(vals)}</td></tr>"
                   for n, vals in SERVICE_68)
    write("/stats/service/", "สถิติการให้บริการประชาชน",
          "<p>สถิติการให้บริการประชาชน องค์การบริหารส่วนตำบลแม่ทะลอง</p>"
          f"<table><tr><th>งานบริการ</th>{head}<th>รวม</th></tr>{rows}</table>"
          "<p><small>ข้อมูล ณ วันที่ 30 กันยายน 2568 · ปรับปรุงโดย admin</small></p>")
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          '<ul><li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>'
          '<li><a href="/eservice/">ร้องทุกข์ทั่วไป (ยื่นคำร้องออนไลน์)</a></li>'
          '<li><a href="/download/stats/">สถิติเรื่องร้องเรียน/ร้องทุกข์</a></li></ul>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ท่านสามารถแจ้งเบาะแสการทุจริตของเจ้าหน้าที่ได้ โดยไม่ต้องเปิดเผยชื่อ ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSf-maetalong-corrupt/formResponse" method="post">'
          '<p>ชื่อ (ไม่บังคับ) <input name="name"> เรื่องที่ร้องเรียน <input name="subject"></p>'
          '<p>รายละเอียด <textarea name="detail"></textarea> หลักฐาน <input type="file" name="file"></p>'
          '<p><button>ส่งเรื่อง</button></p></form><p>หรือโทร. 0 5345 0219 ต่อ 12 (ปลัด อบต.)</p>')
    anti = "".join(f"<tr><td>{esc(a_)}</td><td>{b}</td><td>{c}</td><td>{esc(e)}</td></tr>" for a_, b, c, e in ANTI_67)
    write("/integrity/anti-report/", "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต",
          "<p>องค์การบริหารส่วนตำบลแม่ทะลอง ขอรายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต "
          "ประจำปีงบประมาณ พ.ศ. 2567 (1 ตุลาคม 2566 - 30 กันยายน 2567) ดังนี้</p>"
          "<table><tr><th>โครงการ/กิจกรรม</th><th>งบประมาณ</th><th>เบิกจ่าย</th><th>ผลการดำเนินงาน</th></tr>"
          f"{anti}</table><p>สรุป ดำเนินการได้ 4 จาก 4 โครงการ คิดเป็นร้อยละ 100</p>"
          "<p><small>ปรับปรุงล่าสุด 2 ธ.ค. 2567</small></p>")
    write("/privacy/", "นโยบายเว็บไซต์",
          "<p>อบต.แม่ทะลอง เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/tourism/", "แหล่งท่องเที่ยว",
          "<p>น้ำตกห้วยเดื่อ จุดชมทะเลหมอกดอยป่าเกี๊ยะ และไร่กาแฟบ้านแม่ทะลองใน</p>")
    write("/otop/", "สินค้า OTOP",
          "<p>กาแฟอาราบิก้าดอยแม่ทะลอง ผ้าทอกะเหรี่ยง และน้ำผึ้งป่า</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    months = [k for k in ROWS if k.startswith("proc-20")]
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          '<p>ประกาศจัดซื้อจัดจ้างดูได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>'
          + table(sorted(months, key=lambda k: ROWS[k][2], reverse=True)))
    cats = " | ".join(a(f"/download/{s}/", n) for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลดเอกสาร : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปี ๒๕๖๙</a></li><li><a href="/ita/2568/">ITA ประจำปี ๒๕๖๘</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๙",
          "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล · ตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>" + ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๘", ita_table(ITA_2568))


def assets() -> None:
    import base64

    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "person.png", "chart.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0;background:#f4f1e8}#top{background:#5b3a1a;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:230px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #c9b;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#5b3a1a;color:#fff;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
