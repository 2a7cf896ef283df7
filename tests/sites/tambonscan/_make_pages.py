"""Generate the HTML pages of the "tambonscan" test site (เทศบาลตำบลหนองแคนทอง, invented).

Run:  python tests/sites/tambonscan/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A small เทศบาลตำบล on an old provider template: a green top bar, a banner, a menu, a right-hand
column (the mayor, hotline, quick links, ITA banners of two years, a visitor counter) and a footer
on every page; pages are folder/index.html.  Documents are listed by category under
/download/<cat>/ (newest upload first), the monthly สขร.1 on /procurement/, news under /news/ (two
pages), a Q&A webboard, a photo gallery.  The ITA page /ita/2569/ is a table o1 … o26 in the
office's own short wording whose links go to files, pages or category lists; last year's
/ita/2568/ is still online and reuses some of the same files.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ORG, ROWS, name  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือการปฏิบัติงาน / คู่มือประชาชน", "stats": "สถิติการให้บริการ", "procure": "ประกาศจัดซื้อจัดจ้าง",
        "hr": "การบริหารงานบุคคล", "integrity": "ส่งเสริมคุณธรรมและความโปร่งใส", "general": "หนังสือราชการ / ทั่วไป"}
HIDDEN = {"anti-report-68-old-link", "ita68-risk-old"}  # rows only on the ITA pages (their files are gone)
MISSING_SIZE = {"anti-report-68-old-link": "388.2 KB", "ita68-risk-old": "1.2 MB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


MENU = [("หน้าแรก", "/"), ("ประวัติความเป็นมา", "/about/history/"), ("วิสัยทัศน์/พันธกิจ", "/about/vision/"),
        ("โครงสร้างส่วนราชการ", "/about/structure/"), ("คณะผู้บริหาร", "/about/executives/"),
        ("ข่าวประชาสัมพันธ์", "/news/"), ("ผลการจัดซื้อจัดจ้าง (สขร.1)", "/procurement/"),
        ("ดาวน์โหลดเอกสาร", "/download/"), ("E-Service", "/eservice/"), ("ร้องเรียน/ร้องทุกข์", "/complaint/"),
        ("ITA", "/ita/"), ("กระดานถาม-ตอบ", "/webboard/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="topbar">{ORG} อำเภอดอนหวาย จังหวัดขอนแก่น · วันเวลาราชการ จันทร์ - ศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น.</div>
<div id="banner"><img src="/assets/logo.png" alt="ตราเทศบาลตำบลหนองแคนทอง" width="72" height="72">
<span class="org">{ORG}</span><br><span class="en">Nong Khaen Thong Subdistrict Municipality</span></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="content">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="right">
<div class="box"><img src="/images/mayor.jpg" alt="นายกเทศมนตรี" width="90"><br>นายประเสริฐ ศรีวงศ์ทอง<br>นายกเทศมนตรีตำบลหนองแคนทอง</div>
<div class="box"><b>สายด่วนนายกฯ</b><br>๐๘๑ ๗๐๔ ๒๓๖๕</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/download/manual/">คู่มือประชาชน</a><br>
<a href="/eservice/">ยื่นคำร้องออนไลน์</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/procurement/">ผลการจัดซื้อจัดจ้าง</a><br><a href="/gallery/">ภาพกิจกรรม</a></div>
<div class="box"><a href="/ita/2569/"><img src="/assets/ita.png" alt="ITA 2569" width="160"></a><br>
<a href="/ita/2569/">ITA ปี ๒๕๖๙</a> | <a href="/ita/2568/">ITA ปี ๒๕๖๘</a></div>
<div class="box"><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></div>
<div class="box">ผู้เข้าชมวันนี้ ๓๗ · ทั้งหมด ๑๔๘,๒๐๙</div>
</div></div>
<div id="footer">{ORG} ๒๔๗ หมู่ที่ ๕ ตำบลหนองแคนทอง อำเภอดอนหวาย จังหวัดขอนแก่น ๔๐๓๙๐<br>
โทรศัพท์ ๐ ๔๓๙๑ ๗๒๖๐ โทรสาร ๐ ๔๓๙๑ ๗๒๖๑ อีเมล saraban@nkt-municipal.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© สงวนลิขสิทธิ์ {ORG} · ออกแบบโดย สยามเว็บท้องถิ่น</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][5] == "missing":
        return MISSING_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, name(key).lstrip('/'))) / 1024:.1f} KB"


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        _no, ext, title, _cat, up, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><img src="/assets/{ext}.gif" alt=""> {a(name(k), title)}</td>'
                    f'<td>{be(up)}</td><td>{size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ขนาด</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][3] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][4], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs (may hold links), photo
    (512, (2026, 4, 3), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๙",
     ["เทศบาลตำบลหนองแคนทอง ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ ๓๐ เมษายน ๒๕๖๙ "
      "ณ กองคลัง หรือชำระผ่าน QR Code ตามใบแจ้งการประเมินภาษี"], None),
    (508, (2026, 3, 20), "ทำแนวกันไฟป้องกันไฟป่าโคกหนองแคน ประจำปี ๒๕๖๙",
     ["วันที่ ๑๙ มีนาคม ๒๕๖๙ เทศบาลตำบลหนองแคนทอง ร่วมกับ อปพร. และจิตอาสา ทำแนวกันไฟรอบป่าโคกหนองแคน หมู่ที่ ๙ "
      "ระยะทาง ๔.๕ กิโลเมตร มีผู้เข้าร่วม ๗๒ คน"], "news-fire.jpg"),
    (503, (2026, 2, 20), "สรุปผลการประชุมประชาคมหมู่บ้าน เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี ๒๕๖๙",
     ["ระหว่างวันที่ ๔ - ๑๒ กุมภาพันธ์ ๒๕๖๙ เทศบาลตำบลหนองแคนทองได้ออกประชุมประชาคมหมู่บ้านครบทั้ง ๑๒ หมู่บ้าน "
      "เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมเสนอปัญหาความต้องการ และร่วมจัดลำดับความสำคัญของโครงการพัฒนา",
      "มีประชาชนเข้าร่วมประชุมรวมทั้งสิ้น ๕๘๗ คน ผู้นำชุมชนและผู้แทนกลุ่มต่าง ๆ ๔๘ คน "
      "ประชาชนเสนอโครงการรวม ๔๙ โครงการ เป็นด้านโครงสร้างพื้นฐาน ๓๑ โครงการ ด้านคุณภาพชีวิต ๑๒ โครงการ ด้านเศรษฐกิจ ๖ โครงการ",
      "ผลการประชาคม หมู่ที่ ๒ ขอก่อสร้างถนน คสล. สายหนองแคน - โคกกลาง หมู่ที่ ๘ ขอขุดลอกหนองสิม "
      "หมู่ที่ ๑๑ ขอติดตั้งไฟฟ้าส่องสว่าง เทศบาลจะนำข้อเสนอเข้าที่ประชุมคณะกรรมการพัฒนาเทศบาล "
      "และแจ้งผลการพิจารณาให้ประชาชนทราบทางหอกระจายข่าวและเว็บไซต์นี้"], "news-forum.jpg"),
    (497, (2026, 1, 21), "ขอเชิญร่วมประชุมประชาคมหมู่บ้าน ประจำปี ๒๕๖๙",
     ["เทศบาลตำบลหนองแคนทองขอเชิญพี่น้องประชาชนร่วมประชุมประชาคมหมู่บ้าน ระหว่างวันที่ ๔ - ๑๒ กุมภาพันธ์ ๒๕๖๙ "
      "ตามกำหนดการในหนังสือเชิญ", "LINK:invite-69:ดาวน์โหลดหนังสือเชิญ (.doc)"], None),
    (494, (2026, 1, 23), "โครงการอบรมคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรม ประจำปีงบประมาณ ๒๕๖๙",
     ["วันที่ ๒๓ มกราคม ๒๕๖๙ เทศบาลตำบลหนองแคนทองจัดโครงการอบรมคุณธรรมจริยธรรม "
      "เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาลไปสู่การปฏิบัติ ณ ห้องประชุมสภาเทศบาล",
      "วิทยากรจากสำนักงานวัฒนธรรมจังหวัดขอนแก่น บรรยายเรื่องมาตรฐานทางจริยธรรม ผลประโยชน์ทับซ้อน "
      "และหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา (มาตรา ๑๒๘)",
      "ผู้เข้าร่วม ผู้บริหาร ๔ คน สมาชิกสภาเทศบาล ๑๒ คน พนักงานเทศบาลและพนักงานจ้าง ๔๖ คน รวม ๖๒ คน"], "news-ethics.jpg"),
    (488, (2025, 12, 5), "กิจกรรมเฉลิมพระเกียรติ วันพ่อแห่งชาติ ๕ ธันวาคม ๒๕๖๘",
     ["คณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงาน ร่วมพิธีถวายพระพรชัยมงคล ณ ที่ว่าการอำเภอดอนหวาย"], None),
    (481, (2025, 11, 10), "ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง",
     ["รับสมัครตำแหน่งผู้ช่วยเจ้าพนักงานธุรการ และคนงานทั่วไป ระหว่างวันที่ ๑๗ - ๒๘ พฤศจิกายน ๒๕๖๘ ณ สำนักปลัดเทศบาล"], None),
    (476, (2025, 10, 8), "นายกเทศมนตรีประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปี ๒๕๖๙",
     ["วันที่ ๘ ตุลาคม ๒๕๖๘ นายกเทศมนตรีตำบลหนองแคนทองประกาศเจตจำนงสุจริตต่อหน้าพนักงานทุกคน ณ หน้าสำนักงานเทศบาล"], None),
    (470, (2025, 10, 1), "ประกาศใช้เทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
     ["ผู้ว่าราชการจังหวัดขอนแก่นอนุมัติเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๙ แล้ว",
      "LINK:budget-69:เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (ไฟล์สแกน)"], None),
    # FY2568: page 2
    (455, (2025, 9, 12), "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ ๓ ประจำปี ๒๕๖๘",
     ["สภาเทศบาลพิจารณาร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๙ วาระที่ ๒ และ ๓"], None),
    (446, (2025, 7, 28), "กิจกรรมจิตอาสาพัฒนา เนื่องในวันเฉลิมพระชนมพรรษา ๒๘ กรกฎาคม ๒๕๖๘",
     ["ร่วมกันทำความสะอาดบริเวณวัดโพธิ์ศรีหนองแคน มีผู้เข้าร่วม ๑๒๐ คน"], None),
    (430, (2025, 2, 18), "สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี ๒๕๖๘",
     ["ระหว่างวันที่ ๓ - ๑๔ กุมภาพันธ์ ๒๕๖๘ เทศบาลออกประชุมประชาคม ๑๐ หมู่บ้าน มีผู้เข้าร่วม ๕๔๐ คน เสนอโครงการ ๓๘ โครงการ"],
     None),
    (421, (2024, 12, 20), "อบรมคุณธรรมจริยธรรมแก่บุคลากร ประจำปี ๒๕๖๘",
     ["จัดอบรม ณ ห้องประชุมสภาเทศบาล มีผู้เข้าร่วม ๕๘ คน"], None),
]


def news_body(paras: list[str], photo: str | None) -> str:
    out = []
    for p in paras:
        if p.startswith("LINK:"):
            _, key, text = p.split(":", 2)
            out.append(f"<p>{a(name(key), text)}</p>")
        else:
            out.append(f"<p>{esc(p)}</p>")
    if photo:
        out.append(f'<p><img src="/images/{photo}" alt="ภาพกิจกรรม" width="360"></p>')
    return "\n".join(out)


def news_pages() -> None:
    def listing(items) -> str:
        return "<ul class=\"news\">" + "".join(
            f'<li>{a(f"/news/{i}/", t)} <small>({be(_dt(ymd))})</small></li>' for i, ymd, t, _p, _ph in items) + "</ul>"

    for i, ymd, t, paras, photo in NEWS:
        write(f"/news/{i}/", t, f"<p class=\"date\">วันที่ลงข่าว {be(_dt(ymd))} โดย งานประชาสัมพันธ์</p>\n"
              + news_body(paras, photo) + '\n<p><a href="/news/">« กลับหน้าข่าว</a></p>')
    cur = [n for n in NEWS if n[1] >= (2025, 10, 1)]
    old = [n for n in NEWS if n[1] < (2025, 10, 1)]
    write("/news/", "ข่าวประชาสัมพันธ์", listing(cur) + '<p>หน้า 1 | <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", listing(old) + '<p><a href="/news/">1</a> | หน้า 2</p>')


def _dt(ymd):
    from datetime import date

    return date(*ymd)


# ---------------------------------------------------------------- ITA pages

def f(key: str) -> str:
    return name(key)


ITA_2569 = [  # (code, the office's short wording, [(link text, href)])
    ("o1", "โครงสร้างส่วนราชการ", [("แผนภูมิโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "ข้อมูลการติดต่อ/ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("กระดานถาม-ตอบ", "/webboard/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", f("plan-61-65"))]),
    ("o6", "แผนดำเนินงาน/งบประมาณ", [("แผนการดำเนินงาน ปี 2569", f("opplan-68")), ("เทศบัญญัติงบประมาณ ปี 2569", f("budget-69"))]),
    ("o7", "รายงานผลการดำเนินงาน", [("รายงานผลการดำเนินงาน", f("eval-67"))]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", f("staff-manual"))]),
    ("o9", "คู่มือการให้บริการประชาชน", [("คู่มือประชาชน", "/download/manual/")]),
    ("o10", "E-Service", [("E-Service", "/eservice/")]),
    ("o11", "สขร.1 รายเดือน", [("ผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/")]),
    ("o12", "รายงานผลจัดซื้อจัดจ้าง ปี 2568", [("รายงานสรุปผล", f("proc-year-68"))]),
    ("o13", "การบริหารทรัพยากรบุคคล", [("เอกสารงานบุคคล", "/download/hr/")]),
    ("o14", "รายงานผลการบริหาร HR ปี 2568", [("รายงาน", f("hr-report-68"))]),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", f("ethics")), ("กิจกรรมขับเคลื่อนจริยธรรม", "/news/494/")]),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียนทุจริต", [("คู่มือ", f("complaint-guide"))]),
    ("o17", "ช่องทางร้องเรียนทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("สถิติ", "/complaint/stats/")]),
    ("o19", "การมีส่วนร่วม", [("ประชาคมหมู่บ้าน 2569", "/news/503/")]),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", f("nogift-67"))]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยง", f("risk-68"))]),
    ("o22", "รายงานผลการบริหารความเสี่ยง", [("รายงานผล", f("risk-68"))]),
    ("o23", "แผนป้องกันการทุจริต ปี 2569", [("แผนปฏิบัติการ", f("anti-plan-69"))]),
    ("o24", "รายงานผลป้องกันการทุจริต ปี 2568", [("รายงานผล", f("anti-report-68-old-link"))]),
    ("o25", "การนำผล ITA ไปพัฒนา", [("วิเคราะห์ผล ITA", f("ita-analysis-68")), ("มาตรการส่งเสริมคุณธรรม", f("measures-68"))]),
    ("o26", "รายงานผลส่งเสริมคุณธรรม ปี 2568", [("รายงานผล", f("integrity-report-68"))]),
]
ITA_2568 = [
    ("o1", "โครงสร้าง", [("โครงสร้าง", "/about/structure/")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่นสี่ปี", f("plan-61-65")), ("เพิ่มเติม ฉบับที่ 2", f("plan-61-add2"))]),
    ("o6", "แผนการดำเนินงาน ปี 2568", [("แผนการดำเนินงาน 2568", f("opplan-68"))]),
    ("o11", "สขร.1", [("ก.ย. 2568", f("sor-2025-09"))]),
    ("o13", "แผนอัตรากำลัง", [("แผนอัตรากำลัง 3 ปี", f("staffing-64"))]),
    ("o21", "No Gift Policy", [("ประกาศ", f("nogift-67"))]),
    ("o22", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง ปี 2567", f("ita68-risk-old"))]),
    ("o23", "ประเมินความเสี่ยง ปี 2568", [("ประเมินความเสี่ยง", f("risk-68"))]),
    ("o36", "มาตรการส่งเสริมคุณธรรม", [("มาตรการ ปี 2568", f("measures-68"))]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>']
    for code, text, links in rows:
        cell = " , ".join(a(h, t) for t, h in links)
        out.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- the other pages

def static_pages() -> None:
    latest = "".join(f'<li>{a(f"/news/{i}/", t)}</li>' for i, _d, t, _p, _ph in NEWS[:5])
    write("/", "หน้าแรก",
          f'<div class="slide"><img src="/images/news-forum.jpg" alt="ภาพกิจกรรม" width="360"></div>'
          f"<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2><ul>{latest}</ul><p>{a('/news/', 'ข่าวทั้งหมด')}</p>"
          f"<h2>เอกสารล่าสุด</h2>{table(listed()[:6])}"
          f"<h2>ประเมินคุณธรรมและความโปร่งใส</h2><p>{a('/ita/2569/', 'การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙')}</p>")
    write("/about/history/", "ประวัติความเป็นมา",
          "<p>เทศบาลตำบลหนองแคนทองเดิมเป็นองค์การบริหารส่วนตำบลหนองแคนทอง ได้รับการยกฐานะเป็นเทศบาลตำบล "
          "เมื่อวันที่ ๒๔ สิงหาคม ๒๕๕๒ มีพื้นที่ ๔๒.๖ ตารางกิโลเมตร ๑๒ หมู่บ้าน ประชากร ๗,๙๑๘ คน ๒,๓๖๔ ครัวเรือน</p>"
          "<p>ประชาชนส่วนใหญ่ประกอบอาชีพทำนา ปลูกอ้อย และเลี้ยงโคเนื้อ</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : หนองแคนทองน่าอยู่ เศรษฐกิจพอเพียง ชุมชนเข้มแข็ง บริหารโปร่งใส</p>"
          "<ol><li>พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐาน</li><li>ยกระดับคุณภาพชีวิตและการศึกษา</li>"
          "<li>ส่งเสริมเศรษฐกิจชุมชน</li><li>บริหารจัดการตามหลักธรรมาภิบาล</li></ol>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<p><img src="/images/structure-2567.png" alt="แผนภูมิโครงสร้าง" width="720"></p>'
          "<p>แผนภูมิโครงสร้างการแบ่งส่วนราชการตามแผนอัตรากำลัง ๓ ปี (พ.ศ. ๒๕๖๗ - ๒๕๖๙)</p>"
          f"<p>ดูเพิ่มเติม {a('/about/authority/', 'อำนาจหน้าที่')} | {a('/about/council/', 'สมาชิกสภาเทศบาล')} | "
          f"{a('/about/staff/', 'หัวหน้าส่วนราชการ')}</p>")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>เทศบาลตำบลหนองแคนทองมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ มาตรา ๕๐ และ ๕๑ "
          "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. ๒๕๔๒ มาตรา ๑๖ สรุปได้ดังนี้</p><ol>"
          "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li>"
          "<li>รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ รวมทั้งการกำจัดขยะมูลฝอย</li>"
          "<li>ป้องกันและระงับโรคติดต่อ</li><li>ให้มีเครื่องใช้ในการดับเพลิง</li>"
          "<li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
          "<li>บำรุงศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น และวัฒนธรรมอันดีของท้องถิ่น</li></ol>")
    people = [("mayor.jpg", "นายประเสริฐ ศรีวงศ์ทอง", "นายกเทศมนตรีตำบลหนองแคนทอง", "๐๘๑ ๗๐๔ ๒๓๖๕"),
              ("deputy1.jpg", "นายสมหมาย ทองมา", "รองนายกเทศมนตรี", "๐๘๙ ๕๑๒ ๔๐๗๗"),
              ("deputy2.jpg", "นางบุญเรือน ศรีสุข", "รองนายกเทศมนตรี", "๐๘๖ ๓๓๐ ๑๘๔๒"),
              ("clerk.jpg", "นางวิไลวรรณ แก้วประเสริฐ", "ปลัดเทศบาล", "๐ ๔๓๙๑ ๗๒๖๐ ต่อ ๑๐")]
    cards = "".join(f'<div class="card"><img src="/images/{img}" alt="{esc(n)}" width="120"><br><b>{esc(n)}</b>'
                    f"<br>{esc(p)}<br>โทร. {t}</div>" for img, n, p, t in people)
    write("/about/executives/", "คณะผู้บริหาร", cards + "<p>เลขานุการนายกเทศมนตรี : นายวีระ พรมดี</p>")
    write("/about/council/", "สมาชิกสภาเทศบาล",
          "<p>ประธานสภาเทศบาล นายสุรชัย หอมจันทร์ · รองประธานสภาเทศบาล นางอรุณี เพชรดี · เลขานุการสภา ปลัดเทศบาล</p>"
          "<p>สมาชิกสภาเทศบาล เขต ๑ จำนวน ๖ คน เขต ๒ จำนวน ๖ คน</p>")
    write("/about/staff/", "หัวหน้าส่วนราชการ",
          "<ul><li>ปลัดเทศบาล นางวิไลวรรณ แก้วประเสริฐ</li><li>รองปลัดเทศบาล (ว่าง)</li>"
          "<li>หัวหน้าสำนักปลัดเทศบาล นายชาตรี ดวงแก้ว</li><li>ผู้อำนวยการกองคลัง นายธนากร บุญมา</li>"
          "<li>ผู้อำนวยการกองช่าง นายอดิศร ศรีภูมิ</li><li>ผู้อำนวยการกองการศึกษา นางสาวปราณี ชัยมงคล</li>"
          "<li>ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม นางจันทร์เพ็ญ สีดา</li></ul>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG} เลขที่ ๒๔๗ หมู่ที่ ๕ ตำบลหนองแคนทอง อำเภอดอนหวาย จังหวัดขอนแก่น ๔๐๓๙๐</p>"
          "<p>โทรศัพท์ ๐ ๔๓๙๑ ๗๒๖๐ โทรสาร ๐ ๔๓๙๑ ๗๒๖๑<br>อีเมล saraban@nkt-municipal.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/nkt.municipal.example">เทศบาลตำบลหนองแคนทอง</a></p>'
          '<p><a href="https://maps.google.com/?q=16.1234,102.4321">แผนที่ตั้งสำนักงาน (Google Maps)</a></p>'
          f"<p>สอบถามข้อมูลเพิ่มเติมได้ที่ {a('/webboard/', 'กระดานถาม-ตอบ')}</p>")
    threads = [(15, "ขอทราบกำหนดการจ่ายเบี้ยยังชีพผู้สูงอายุเดือนมีนาคม", "ชาวบ้านหมู่ 3", "2 มี.ค. 2569",
                "กองสวัสดิการจ่ายเบี้ยยังชีพวันที่ 10 มีนาคม 2569 โอนเข้าบัญชีผู้มีสิทธิ์ครับ (แอดมิน 3 มี.ค. 2569)"),
               (12, "ขอใบอนุญาตก่อสร้างต้องใช้เอกสารอะไรบ้าง", "สมชาย", "14 ม.ค. 2569",
                "ใช้บัตรประชาชน ทะเบียนบ้าน สำเนาโฉนด และแบบแปลน 5 ชุด ดูคู่มือประชาชนในเมนูดาวน์โหลดครับ (กองช่าง 15 ม.ค. 2569)")]
    write("/webboard/", "กระดานถาม-ตอบ (Q&A)",
          "<ul>" + "".join(f'<li>{a(f"/webboard/{n}/", q)} โดย {esc(who)} ({esc(when)}) ตอบแล้ว</li>'
                           for n, q, who, when, _ans in threads) + "</ul>"
          '<form action="https://docs.google.com/forms/d/e/nkt-webboard-example/formResponse" method="post">'
          '<p>ตั้งคำถามใหม่</p><p>ชื่อ <input name="name"></p><p>คำถาม <textarea name="q"></textarea></p>'
          '<p><button type="submit">ส่งคำถาม</button></p></form>')
    for n, q, who, when, ans in threads:
        write(f"/webboard/{n}/", q, f"<p><b>ถาม</b> ({esc(who)}, {esc(when)}) : {esc(q)}</p><p><b>ตอบ</b> : {esc(ans)}</p>"
              f"<p>{a('/webboard/', '« กลับกระดานถาม-ตอบ')}</p>")
    write("/eservice/", "E-Service ยื่นคำร้องออนไลน์",
          "<p>ประชาชนสามารถยื่นคำร้องทั่วไป ขอรับบริการจัดเก็บขยะ ขอรับน้ำอุปโภคบริโภค และแจ้งซ่อมไฟฟ้าสาธารณะ ผ่านแบบฟอร์มนี้ "
          "เจ้าหน้าที่จะติดต่อกลับภายใน ๑ วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/nkt-eservice-example/formResponse" method="post">'
          '<p>ชื่อ-สกุล <input name="name"></p><p>เบอร์โทร <input name="tel"></p>'
          '<p>ประเภทคำร้อง <select name="type"><option>คำร้องทั่วไป</option><option>ขอรับน้ำ</option>'
          '<option>แจ้งซ่อมไฟฟ้า</option></select></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
          '<p><button type="submit">ยื่นคำร้อง</button></p></form>'
          f"<p>สถิติการให้บริการ : {a(f('eservice-69'), 'สถิติการให้บริการ ปีงบ 2569 (ต.ค.68-มี.ค.69) .xls')}</p>")
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ร้องเรียนเรื่องทั่วไปได้ที่ศูนย์รับเรื่องราวร้องทุกข์ สำนักปลัดเทศบาล โทร. ๐ ๔๓๙๑ ๗๒๖๐ ต่อ ๑๒</p>"
          f"<ul><li>{a('/complaint/corruption/', 'แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ')}</li>"
          f"<li>{a('/complaint/stats/', 'สถิติเรื่องร้องเรียน')}</li></ul>")
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ท่านสามารถแจ้งเบาะแสการทุจริตของเจ้าหน้าที่ได้ โดยไม่ต้องระบุชื่อ ข้อมูลของท่านจะถูกเก็บเป็นความลับ</p>"
          '<form action="https://docs.google.com/forms/d/e/nkt-corruption-example/formResponse" method="post">'
          '<p>ชื่อผู้ร้อง (ไม่บังคับ) <input name="name"></p><p>เรื่องที่ร้องเรียน <input name="subject"></p>'
          '<p>รายละเอียด <textarea name="detail"></textarea></p><p>หลักฐาน <input type="file" name="file"></p>'
          '<p><button type="submit">ส่งเรื่อง</button></p></form>'
          '<p>หรือแจ้ง สำนักงาน ป.ป.ช. <a href="https://www.nacc.go.th/">www.nacc.go.th</a> · ศูนย์ดำรงธรรม โทร. ๑๕๖๗</p>')
    write("/complaint/stats/", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<h2>ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</h2>"
          '<table class="list"><tr><th>ไตรมาส</th><th>เรื่องที่ได้รับ</th><th>ดำเนินการแล้ว</th><th>อยู่ระหว่างดำเนินการ</th></tr>'
          "<tr><td>๑ (ต.ค. - ธ.ค. ๒๕๖๗)</td><td>๐</td><td>๐</td><td>๐</td></tr>"
          "<tr><td>๒ (ม.ค. - มี.ค. ๒๕๖๘)</td><td>๑</td><td>๑</td><td>๐</td></tr>"
          "<tr><td>๓ (เม.ย. - มิ.ย. ๒๕๖๘)</td><td>๐</td><td>๐</td><td>๐</td></tr>"
          "<tr><td>๔ (ก.ค. - ก.ย. ๒๕๖๘)</td><td>๑</td><td>๐</td><td>๑</td></tr></table>"
          "<p>ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๘</p>"
          "<h2>ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</h2><p>ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</p>")
    sor_keys = sorted((k for k in ROWS if k.startswith("sor-")), reverse=True)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          "<p>เผยแพร่ตามประกาศคณะกรรมการข้อมูลข่าวสารของราชการ (ไฟล์สแกนจากต้นฉบับที่ลงนามแล้ว)</p>" + table(sor_keys)
          + '<p>ดูประกาศจัดซื้อจัดจ้างอื่น ๆ ที่ <a href="/download/procure/">ดาวน์โหลด &gt; ประกาศจัดซื้อจัดจ้าง</a> '
            'และ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>')
    cats = "".join(f'<li>{a(f"/download/{c}/", t)} ({len(listed(c))})</li>' for c, t in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<ul>{cats}</ul><h2>เอกสารทั้งหมด (ล่าสุดก่อน)</h2>{table(listed())}")
    for c, t in CATS.items():
        write(f"/download/{c}/", t, table(listed(c)) + f"<p>{a('/download/', '« หมวดเอกสารทั้งหมด')}</p>")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          f"<ul><li>{a('/ita/2569/', 'ITA ประจำปีงบประมาณ ๒๕๖๙ (OIT)')}</li>"
          f"<li>{a('/ita/2568/', 'ITA ประจำปีงบประมาณ ๒๕๖๘ (OIT)')}</li></ul>")
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙",
          "<p>เทศบาลตำบลหนองแคนทอง ประจำปีงบประมาณ ๒๕๖๙</p>" + ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘",
          "<p>ข้อมูลประกอบการประเมิน ITA ปี ๒๕๖๘</p>" + ita_table(ITA_2568))
    photos = "".join(f'<img src="/images/{p}" alt="ภาพกิจกรรม" width="240"> '
                     for p in ("news-forum.jpg", "news-ethics.jpg", "news-fire.jpg"))
    write("/gallery/", "ภาพกิจกรรม", f"<p>{photos}</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>เทศบาลตำบลหนองแคนทองเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็น ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒</p>")
    links = [(t, u) for t, u in MENU] + [("อำนาจหน้าที่", "/about/authority/"), ("สมาชิกสภาเทศบาล", "/about/council/"),
                                         ("สถิติเรื่องร้องเรียน", "/complaint/stats/"), ("ภาพกิจกรรม", "/gallery/")]
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in links) + "</ul>")


def assets() -> None:
    import base64

    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "ita.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for ext in sorted({r[1] for r in ROWS.values()}):
        with open(os.path.join(HERE, "assets", f"{ext}.gif"), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0;background:#eef5e9}#topbar{background:#2e6b2e;color:#fff;"
                 "padding:4px 10px;font-size:13px}#banner{padding:10px}#menu{list-style:none;margin:0;padding:0;"
                 "background:#4a8f3c}#menu li{display:inline-block}#menu a{color:#fff;padding:6px 9px;display:block}"
                 "#wrap{display:flex}#content{flex:1;padding:12px;background:#fff}#right{width:210px;padding:8px}"
                 ".box{border:1px solid #9c9;margin-bottom:8px;padding:6px;background:#fff}"
                 "table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:3px 6px}"
                 "#footer{background:#2e6b2e;color:#fff;padding:10px;font-size:13px}.card{display:inline-block;"
                 "width:200px;vertical-align:top;margin:6px}\n")


def main() -> None:
    assets()
    news_pages()
    static_pages()


if __name__ == "__main__":
    main()
