"""Generate the pages of the "nakhonriver" test site (เทศบาลนครวารินธารา, invented).

Run after _make_docs.py:  python tests/sites/nakhonriver/_make_pages.py

The main site (header, menu, side column, footer) and the sub-sites of its divisions
(/division/...), schools (/school/...) and health centres (/health/...), each with its own
banner and menu inside the city's frame.  Every page is <folder>/index.html.  Deterministic.
"""

from __future__ import annotations

import os
import sys
from html import escape as esc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG, path  # noqa: E402

TH_MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")

MENU = [("/", "หน้าแรก"), ("/about/history/", "ข้อมูลพื้นฐาน"), ("/about/structure/", "โครงสร้าง"),
        ("/about/executives/", "ผู้บริหาร"), ("/news/", "ข่าวประชาสัมพันธ์"), ("/download/", "เอกสารดาวน์โหลด"),
        ("/procurement/", "จัดซื้อจัดจ้าง"), ("/ita/", "ITA"), ("/eservice/", "E-Service"),
        ("/division/", "ส่วนราชการ"), ("/school/", "สถานศึกษา"), ("/health/", "ศูนย์บริการสาธารณสุข"),
        ("/contact/", "ติดต่อเรา")]

CSS = ("body{font-family:Tahoma,sans-serif;margin:0;font-size:14px}#banner{background:#0b4f6c;color:#fff;padding:10px}"
       "#menu{background:#1d7ea8;margin:0;padding:4px}#menu li{display:inline;margin-right:10px}#menu a{color:#fff}"
       "#wrap{display:flex}#side{width:220px;padding:8px;background:#eef6fa}#main{flex:1;padding:10px}"
       ".box{border:1px solid #bcd;margin-bottom:8px;padding:6px}#footer{background:#0b4f6c;color:#fff;padding:8px;font-size:12px}"
       "table.list{border-collapse:collapse}table.list td,table.list th{border:1px solid #ccc;padding:3px}"
       ".sub{background:#2f6b3a;color:#fff;padding:8px}.submenu a{margin-right:12px}")


def be(ymd: tuple[int, int, int]) -> str:
    y, m, d = ymd
    return f"{d} {TH_MONTHS[m - 1]} {y + 543}".translate(THAI)


def layout(title: str, body: str, sub: tuple[str, list[tuple[str, str]]] | None = None) -> str:
    menu = "\n".join(f'<li><a href="{u}">{t}</a></li>' for u, t in MENU)
    subhead = ""
    if sub:
        name, links = sub
        subhead = (f'<div class="sub"><b>{esc(name)}</b> · <small>เว็บไซต์หน่วยงานในสังกัด{ORG}</small></div>\n'
                   '<p class="submenu">' + " ".join(f'<a href="{u}">{t}</a>' for u, t in links) + "</p>\n")
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<title>{esc(title)} - {ORG}</title>
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="banner"><img src="/assets/logo.png" alt="ตราเทศบาลนครวารินธารา" width="60" height="60">
<b>{ORG}</b><br><small>Warintara City Municipality</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><b>นายกเทศมนตรีนครวารินธารา</b><br>นายธีรวัฒน์ ศรีสุขประเสริฐ<br>สายตรงนายก ๐ ๔๒๘๑ ๕๕๐๙</div>
<div class="box"><b>บริการประชาชน</b><br><a href="/service/guide/">คู่มือประชาชน</a><br>
<a href="/eservice/">E-Service ยื่นคำร้องออนไลน์</a><br><a href="/complaint/">ร้องเรียน/ร้องทุกข์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/qa/">กระดานถาม-ตอบ</a></div>
<div class="box"><b>ITA</b><br><a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ๒๕๖๙</a><br>
<a href="/ita/2568/">OIT ๒๕๖๘</a></div>
<div class="box"><b>หน่วยงานในสังกัด</b><br><a href="/division/">สำนัก/กอง</a><br><a href="/school/">โรงเรียนในสังกัด</a><br>
<a href="/health/">ศูนย์บริการสาธารณสุข</a><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></div>
<div class="box">ผู้เข้าชม ๑,๒๐๔,๘๘๗ ครั้ง</div>
</div>
<div id="main">
{subhead}<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} ศาลาว่าการเทศบาลนครวารินธารา เลขที่ 88 ถนนริมธารา ตำบลในเมือง อำเภอเมืองวารินธารา จังหวัดวารินธารา 47990<br>
โทรศัพท์ 0 4281 5500 โทรสาร 0 4281 5501 อีเมล saraban@warintaracity.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
สงวนลิขสิทธิ์ © ๒๕๖๕ {ORG}</div>
</body></html>
"""


PAGES: list[str] = []


def write(url: str, title: str, body: str, sub: tuple[str, list[tuple[str, str]]] | None = None) -> None:
    target = os.path.join(HERE, url.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body, sub))
    PAGES.append(url)


def size_of(key: str) -> str:
    p = os.path.join(HERE, path(key).lstrip("/"))
    return f"{os.path.getsize(p) / 1024:.1f} KB" if os.path.exists(p) else "412.7 KB"


GONE_ROWS = {"risk68plan": ("รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต", (2025, 11, 3))}


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, up = (DOCS[k][3], DOCS[k][2]) if k in DOCS else GONE_ROWS[k]
        ext = path(k).rsplit(".", 1)[1]
        rows.append(f'<tr><td>{i}</td><td><a href="{path(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>{ext.upper()} {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ที่</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def newest(keys: list[str]) -> list[str]:
    return sorted(keys, key=lambda k: DOCS[k][2] if k in DOCS else GONE_ROWS[k][1], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (541, (2026, 4, 7), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2569 ณ สำนักคลัง ชั้น 1 ศาลาว่าการ"]),
    (538, (2026, 3, 24), "เตรียมความพร้อมจัดงานประเพณีสงกรานต์ริมธารา ประจำปี 2569",
     ["นายกเทศมนตรีประชุมหน่วยงานที่เกี่ยวข้องเพื่อเตรียมจัดงานสงกรานต์ริมธารา ระหว่างวันที่ 12 - 15 เมษายน 2569"]),
    (533, (2026, 2, 23), "สรุปผลการประชุมประชาคมเมือง ประจำปี 2569 เพื่อรับฟังความคิดเห็นในการจัดทำแผนพัฒนาท้องถิ่น",
     ["เมื่อวันที่ 20 กุมภาพันธ์ 2569 เทศบาลนครวารินธาราจัดประชุมประชาคมเมือง ณ หอประชุมเทศบาล เพื่อเปิดโอกาสให้ประชาชน "
      "มีส่วนร่วมเสนอปัญหาและความต้องการสำหรับการจัดทำแผนพัฒนาท้องถิ่นและงบประมาณปี 2570",
      "ผู้เข้าร่วมประชุม ได้แก่ ประธานชุมชน 32 ชุมชน ผู้แทนภาคเอกชน 18 คน และประชาชนทั่วไป 247 คน รวม 297 คน",
      "ผลการประชุม: ประชาชนเสนอโครงการ 64 โครงการ เช่น ปรับปรุงทางเท้าริมธารา ไฟส่องสว่างชุมชนท่าน้ำ และขยายเวลาเปิดศูนย์บริการสาธารณสุข "
      "ซึ่งกองยุทธศาสตร์และงบประมาณจะนำเข้าพิจารณาบรรจุในแผนพัฒนาท้องถิ่นและแจ้งผลให้ประชาชนทราบ"]),
    (529, (2026, 2, 3), "ขอเชิญร่วมประชุมประชาคมเมือง ประจำปี 2569",
     ["เทศบาลนครวารินธาราขอเชิญประธานชุมชนและประชาชนร่วมประชุมประชาคมเมือง วันที่ 20 กุมภาพันธ์ 2569 เวลา 09.00 น.",
      '<a href="{invite}">ดาวน์โหลดหนังสือเชิญ</a>']),
    (524, (2025, 12, 29), "ตั้งจุดบริการประชาชนช่วงเทศกาลปีใหม่ 2569",
     ["ตั้งจุดบริการประชาชนบริเวณสะพานข้ามธารา ระหว่างวันที่ 29 ธันวาคม 2568 - 4 มกราคม 2569"]),
    (519, (2025, 11, 5), "งานประเพณีลอยกระทงริมธารา ประจำปี 2568",
     ["เทศบาลนครวารินธาราจัดงานลอยกระทง ณ สวนสาธารณะริมธารา วันที่ 5 พฤศจิกายน 2568"]),
    (512, (2025, 10, 16), "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างตามภารกิจ ตำแหน่งผู้ช่วยนักวิชาการสาธารณสุข",
     ["รับสมัครระหว่างวันที่ 20 - 31 ตุลาคม 2568 ณ ฝ่ายการเจ้าหน้าที่ สำนักปลัดเทศบาล"]),
]
OLD_NEWS = [
    (488, (2025, 8, 14), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมและขับเคลื่อนประมวลจริยธรรม ประจำปีงบประมาณ 2568",
     ["วันที่ 14 สิงหาคม 2568 เทศบาลนครวารินธาราจัดอบรมส่งเสริมคุณธรรมจริยธรรม เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล "
      "ให้บุคลากรนำไปใช้ในการปฏิบัติงาน มีผู้เข้าร่วม 386 คน วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดวารินธารา"]),
    (476, (2025, 2, 21), "สรุปผลการประชุมประชาคมเมือง ประจำปี 2568",
     ["เมื่อวันที่ 19 กุมภาพันธ์ 2568 เทศบาลจัดประชุมประชาคมเมือง มีผู้เข้าร่วม 264 คน เสนอโครงการ 51 โครงการ"]),
    (470, (2024, 12, 5), "วันพ่อแห่งชาติ 5 ธันวาคม 2567",
     ["คณะผู้บริหารและพนักงานร่วมพิธีถวายพระพรชัยมงคล ณ ศาลากลางจังหวัดวารินธารา"]),
]


def news_list(items: list) -> str:
    return "<ul>" + "".join(f'<li><a href="/news/{i}/">{esc(t)}</a> ({be(dt)})</li>' for i, dt, t, _ in items) + "</ul>"


def build_news() -> None:
    for i, dt, title, paras in NEWS + OLD_NEWS:
        body = f"<p><small>โพสต์เมื่อ {be(dt)} · ฝ่ายประชาสัมพันธ์</small></p>" + "".join(
            f"<p>{p.format(invite=path('invite'))}</p>" for p in paras)
        write(f"/news/{i}/", title, body + '<p><a href="/news/">กลับหน้ารวมข่าว</a></p>')
    write("/news/", "ข่าวประชาสัมพันธ์", news_list(NEWS) + '<p>หน้า 1 | <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", news_list(OLD_NEWS) + '<p><a href="/news/">1</a> | หน้า 2</p>')


# ---------------------------------------------------------------- ITA

def f(key: str) -> str:
    return path(key)


ITA69 = [
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("/about/structure/", "โครงสร้างส่วนราชการ"), ("/about/authority/", "อำนาจหน้าที่")]),
    ("o2", "ข้อมูลผู้บริหาร", [("/about/executives/", "คณะผู้บริหาร")]),
    ("o3", "ข้อมูลการติดต่อ/ถาม-ตอบ", [("/contact/", "ติดต่อเรา"), ("/qa/", "กระดานถาม-ตอบ")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("/news/", "ข่าวประชาสัมพันธ์")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("/division/strategy/docs/", "แผนพัฒนาท้องถิ่น (กองยุทธศาสตร์ฯ)")]),
    ("o6", "แผนการดำเนินงาน/เทศบัญญัติงบประมาณ", [(f("oper69"), "แผนการดำเนินงาน ๒๕๖๙"), (f("budget69"), "เทศบัญญัติงบประมาณรายจ่าย ๒๕๖๙")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [(f("monitor67"), "รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("/division/finance/docs/", "คู่มือการปฏิบัติงาน (สำนักคลัง)")]),
    ("o9", "คู่มือประชาชน", [("/service/guide/", "คู่มือสำหรับประชาชน")]),
    ("o10", "E-Service", [("/eservice/", "ระบบ E-Service"), (f("estats"), "สถิติการให้บริการ")]),
    ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("/procurement/", "สขร.๑ รายเดือน")]),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [(f("procyear"), "รายงานสรุปผลการจัดซื้อจัดจ้าง ปี ๒๕๖๘")]),
    ("o13", "หลักเกณฑ์/แผนบริหารทรัพยากรบุคคล", [("/download/hr/", "งานบริหารบุคคล")]),
    ("o14", "รายงานผลการบริหารทรัพยากรบุคคล", [(f("hrreport"), "รายงานผล HR ปี ๒๕๖๘")]),
    ("o15", "ประมวลจริยธรรม/การขับเคลื่อน", [(f("ethics"), "ประมวลจริยธรรม"), ("/news/488/", "กิจกรรมขับเคลื่อนจริยธรรม")]),
    ("o16", "คู่มือจัดการเรื่องร้องเรียนการทุจริต", [(f("cmanual"), "คู่มือ")]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("/complaint/corruption/", "แจ้งเบาะแสการทุจริต")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [(f("cstats"), "สถิติเรื่องร้องเรียน")]),
    ("o19", "การเปิดโอกาสให้มีส่วนร่วม", [("/news/533/", "ประชาคมเมือง")]),
    ("o20", "No Gift Policy", [(f("nogift67"), "ประกาศนโยบาย No Gift Policy"), (f("giftreport"), "รายงานผลการรับของขวัญ")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", [(f("risk69"), "รายงานการประเมินความเสี่ยง ๒๕๖๙")]),
    ("o22", "รายงานผลตามแผนบริหารความเสี่ยง", [(f("risk68plan"), "รายงานผลการบริหารความเสี่ยง")]),
    ("o23", "แผนป้องกันการทุจริต", [(f("acplan"), "แผนปฏิบัติการป้องกันการทุจริต")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [(f("acreport"), "รายงานผลตามแผนป้องกันการทุจริต")]),
    ("o25", "การนำผล ITA ไปพัฒนาองค์กร", [(f("itameasure"), "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี ๒๕๖๙")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [(f("integreport"), "รายงานผลมาตรการ ปี ๒๕๖๘")]),
]
ITA68 = [
    ("o6", "แผนการดำเนินงาน", [(f("oper68"), "แผนการดำเนินงาน ๒๕๖๘")]),
    ("o11", "สขร.๑", [(f("sor09"), "สขร.๑ ก.ย. ๒๕๖๘")]),
    ("o20", "No Gift Policy", [(f("nogift67"), "ประกาศ No Gift Policy")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", [(f("risk67"), "การประเมินความเสี่ยง ๒๕๖๘")]),
    ("o23", "แผนป้องกันการทุจริต", [(f("acplan"), "แผนปฏิบัติการป้องกันการทุจริต ๒๕๖๖-๒๕๗๐")]),
]


def ita_table(rows: list) -> str:
    out = ['<table class="list"><tr><th>ข้อ</th><th>รายการ</th><th>ข้อมูล</th></tr>']
    for code, label, links in rows:
        cells = "<br>".join(f'<a href="{u}">{esc(t)}</a>' for u, t in links)
        out.append(f"<tr><td>{code}</td><td>{esc(label)}</td><td>{cells}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- sub-sites

STRATEGY = ("กองยุทธศาสตร์และงบประมาณ", [("/division/strategy/", "หน้าหลัก"), ("/division/strategy/docs/", "เอกสารแผน"), ("/", "เว็บไซต์เทศบาล")])
FINANCE = ("สำนักคลัง", [("/division/finance/", "หน้าหลัก"), ("/division/finance/docs/", "เอกสาร/คู่มือ"), ("/", "เว็บไซต์เทศบาล")])
ENGINEER = ("สำนักการช่าง", [("/division/engineering/", "หน้าหลัก"), ("/division/engineering/service/", "งานบริการ"), ("/", "เว็บไซต์เทศบาล")])
EDUCATION = ("สำนักการศึกษา", [("/division/education/", "หน้าหลัก"), ("/division/education/docs/", "เอกสาร"), ("/", "เว็บไซต์เทศบาล")])
SCHOOL1 = ("โรงเรียนเทศบาล ๑ (วัดท่าน้ำ)", [("/school/thesaban1/", "หน้าหลัก"), ("/school/thesaban1/news/", "ข่าวโรงเรียน"),
                                          ("/school/thesaban1/docs/", "เอกสารโรงเรียน"), ("/school/", "สถานศึกษาในสังกัด")])
SCHOOL2 = ("โรงเรียนเทศบาล ๒ (ริมธารา)", [("/school/thesaban2/", "หน้าหลัก"), ("/school/", "สถานศึกษาในสังกัด")])
HEALTH1 = ("ศูนย์บริการสาธารณสุข ๑ (ริมน้ำ)", [("/health/center1/", "หน้าหลัก"), ("/health/center1/docs/", "ประกาศ/เอกสาร"), ("/health/", "ศูนย์ฯ ทั้งหมด")])
HEALTH2 = ("ศูนย์บริการสาธารณสุข ๒ (ท่าเรือ)", [("/health/center2/", "หน้าหลัก"), ("/health/", "ศูนย์ฯ ทั้งหมด")])


def build() -> None:
    write("/", "หน้าแรก", "<h2>ข่าวล่าสุด</h2>" + news_list(NEWS[:5])
          + '<h2>ITA</h2><p><a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙</a></p>'
          + '<h2>หน่วยงานในสังกัด</h2><p><a href="/division/strategy/">กองยุทธศาสตร์และงบประมาณ</a> · '
          '<a href="/division/finance/">สำนักคลัง</a> · <a href="/division/engineering/">สำนักการช่าง</a> · '
          '<a href="/division/education/">สำนักการศึกษา</a> · <a href="/school/thesaban1/">โรงเรียนเทศบาล ๑</a> · '
          '<a href="/health/center1/">ศูนย์บริการสาธารณสุข ๑</a></p>')
    write("/about/history/", "ประวัติและข้อมูลทั่วไป",
          "<p>เทศบาลนครวารินธารา ยกฐานะจากเทศบาลเมืองเมื่อ พ.ศ. ๒๕๔๘ พื้นที่ ๒๙.๖ ตารางกิโลเมตร ๓๒ ชุมชน "
          "ประชากร ๑๐๔,๒๑๘ คน (ธันวาคม ๒๕๖๘)</p>")
    write("/about/vision/", "วิสัยทัศน์และพันธกิจ", "<p>นครวารินธารา เมืองน่าอยู่ริมสองฝั่งน้ำ เศรษฐกิจมั่นคง สังคมมีคุณภาพ</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้าง" width="40" height="30">'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี ๔ คน</li><li>เลขานุการนายกเทศมนตรี ๒ คน</li>"
          "<li>ที่ปรึกษานายกเทศมนตรี ๒ คน</li></ul></li><li>สภาเทศบาล: ประธานสภา รองประธานสภา สมาชิกสภาเทศบาล ๒๔ คน</li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล ๓ คน</li><li>สำนักปลัดเทศบาล</li><li>สำนักคลัง</li>"
          "<li>สำนักการช่าง</li><li>สำนักการศึกษา (โรงเรียนในสังกัด ๖ แห่ง)</li><li>สำนักการสาธารณสุขและสิ่งแวดล้อม "
          "(ศูนย์บริการสาธารณสุข ๔ แห่ง)</li><li>กองยุทธศาสตร์และงบประมาณ</li><li>กองสวัสดิการสังคม</li>"
          "<li>หน่วยตรวจสอบภายใน</li></ul></li></ul>")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามพระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ มาตรา ๕๖ และ ๕๗ และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. ๒๕๔๒ มาตรา ๑๖ สรุปได้ดังนี้</p>"
          "<ol><li>รักษาความสงบเรียบร้อยของประชาชน</li><li>จัดให้มีและบำรุงทางบกและทางน้ำ</li><li>รักษาความสะอาดและกำจัดขยะมูลฝอย</li>"
          "<li>ป้องกันและระงับโรคติดต่อ จัดให้มีสถานพยาบาล</li><li>จัดการศึกษา</li><li>ส่งเสริมอาชีพและการท่องเที่ยว</li>"
          "<li>ผังเมืองและการควบคุมอาคาร</li><li>สังคมสงเคราะห์ พัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li></ol>")
    write("/about/executives/", "คณะผู้บริหาร", "".join(
        f'<div class="box"><img src="/assets/p{i}.jpg" alt="{n}" width="60" height="75"><br><b>{n}</b><br>{p}<br>โทร {t}</div>'
        for i, (n, p, t) in enumerate([
            ("นายธีรวัฒน์ ศรีสุขประเสริฐ", "นายกเทศมนตรีนครวารินธารา", "๐ ๔๒๘๑ ๕๕๐๙"),
            ("นางพรทิพย์ อินทรสุวรรณ", "รองนายกเทศมนตรี", "๐ ๔๒๘๑ ๕๕๑๐"),
            ("นายวิชิต ชัยมงคลกุล", "รองนายกเทศมนตรี", "๐ ๔๒๘๑ ๕๕๑๑"),
            ("นายอนุชา บุญญาธิการ", "รองนายกเทศมนตรี", "๐ ๔๒๘๑ ๕๕๑๒"),
            ("นางสาวศิริพร แสงทอง", "รองนายกเทศมนตรี", "๐ ๔๒๘๑ ๕๕๑๓"),
            ("นางสาวกาญจนา พิพัฒน์วงศ์", "ปลัดเทศบาลนครวารินธารา", "๐ ๔๒๘๑ ๕๕๒๐")], 1)))
    write("/about/council/", "สภาเทศบาล", "<p>ประธานสภาเทศบาล นายสมหมาย ทองดี · รองประธานสภา นางวันเพ็ญ ศรีวารินทร์ · สมาชิก ๒๔ คน ๔ เขต</p>")
    write("/contact/", "ติดต่อเรา",
          "<p>ศาลาว่าการเทศบาลนครวารินธารา เลขที่ ๘๘ ถนนริมธารา ตำบลในเมือง อำเภอเมืองวารินธารา จังหวัดวารินธารา ๔๗๙๙๐</p>"
          "<p>โทรศัพท์ ๐ ๔๒๘๑ ๕๕๐๐ โทรสาร ๐ ๔๒๘๑ ๕๕๐๑ อีเมล saraban@warintaracity.go.th เวลาทำการ จันทร์ - ศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น.</p>"
          '<p><a href="https://maps.google.com/?q=16.0001,103.0001">แผนที่ตั้ง (Google Maps)</a> · '
          '<a href="https://www.facebook.com/warintaracity">Facebook</a> · <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          "<div class='box'><b>ถาม:</b> ต้องการขอติดตั้งไฟส่องสว่างในซอย ต้องยื่นที่ไหนคะ (คุณมาลี, ๑๒ ก.พ. ๒๕๖๙)<br>"
          "<b>ตอบ:</b> ยื่นคำร้องผ่าน E-Service หรือที่สำนักการช่าง ชั้น ๒ ได้เลยครับ (admin, ๑๓ ก.พ. ๒๕๖๙)</div>"
          "<div class='box'><b>ถาม:</b> ชำระภาษีป้ายออนไลน์ได้ไหม (คุณวิทยา, ๒ มี.ค. ๒๕๖๙)<br>"
          "<b>ตอบ:</b> ชำระผ่าน QR Code ตามใบแจ้งประเมินได้ครับ (สำนักคลัง, ๓ มี.ค. ๒๕๖๙)</div>"
          '<form action="/qa/post" method="post"><p>ชื่อ <input name="name"> คำถาม <textarea name="q"></textarea>'
          '<button type="submit">ส่งคำถาม</button></p></form>')
    build_news()
    write("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
          '<ul><li><a href="/ita/2569/">OIT ประจำปี ๒๕๖๙</a></li><li><a href="/ita/2568/">OIT ประจำปี ๒๕๖๘</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙", ita_table(ITA69))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘", ita_table(ITA68))
    cats = {
        "plan": ("แผนพัฒนา/แผนการดำเนินงาน/งบประมาณ", ["oper69", "budget69", "oper68", "plan61"]),
        "report": ("รายงานผลการดำเนินงาน", ["monitor67", "procyear"]),
        "hr": ("งานบริหารบุคคล", ["hrrules", "manpower", "hrreport"]),
        "integrity": ("คุณธรรมและความโปร่งใส", ["ethics", "cmanual", "cstats", "nogift67", "giftreport", "risk69",
                                               "risk68plan", "acplan", "acreport", "itameasure", "integreport"]),
        "manual": ("คู่มือ", ["sop", "citizen", "cmanual"]),
    }
    write("/download/", "เอกสารดาวน์โหลด", "<ul>" + "".join(
        f'<li><a href="/download/{c}/">{t}</a></li>' for c, (t, _k) in cats.items()) + "</ul>")
    for c, (t, keys) in cats.items():
        write(f"/download/{c}/", t, table(newest(keys)))
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)",
          "<p>ปีงบประมาณ ๒๕๖๙</p>" + table(["sor03", "sor02", "sor12", "sor11", "sor10", "sor09"])
          + '<p>รายงานประจำปี</p>' + table(["procyear"])
          + '<p><a href="https://process3.gprocurement.go.th/">ประกาศจัดซื้อจัดจ้างในระบบ e-GP</a></p>')
    write("/eservice/", "ระบบบริการออนไลน์ (E-Service)",
          '<form action="/eservice/submit" method="post"><p>ประเภทคำร้อง <select name="type"><option>คำร้องทั่วไป</option>'
          "<option>ขอใช้น้ำประปา/ซ่อมไฟฟ้า</option><option>ขออนุญาตก่อสร้างอาคาร</option><option>แจ้งเก็บขยะ</option></select> "
          'ชื่อ-สกุล <input name="name"> โทรศัพท์ <input name="tel"> รายละเอียด <textarea name="detail"></textarea> '
          'แนบไฟล์ <input type="file" name="att"> <button type="submit">ยื่นคำร้อง</button></p></form>'
          f'<p><a href="{f("estats")}">สถิติการให้บริการ E-Service ปีงบประมาณ ๒๕๖๙ (ต.ค. ๖๘ - มี.ค. ๖๙)</a></p>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          '<p>ร้องเรียนทั่วไปได้ที่ศูนย์ดำรงธรรมเทศบาล โทร ๐ ๔๒๘๑ ๕๕๐๐ ต่อ ๑๐๑</p><p><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a></p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          '<form action="/complaint/corruption/send" method="post"><p>ชื่อผู้แจ้ง (ไม่ระบุได้) <input name="name"> '
          'เรื่องที่ร้องเรียน <input name="subject"> รายละเอียด <textarea name="detail"></textarea> '
          '<input type="file" name="att"> <button type="submit">ส่งเรื่อง</button></p></form>'
          "<p>หรือโทร ๐ ๔๒๘๑ ๕๕๐๐ ต่อ ๑๐๑ ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>")
    write("/service/guide/", "คู่มือสำหรับประชาชน",
          '<ul><li><a href="/division/engineering/service/">การขออนุญาตก่อสร้างอาคาร (สำนักการช่าง)</a></li>'
          f'<li><a href="{f("citizen")}">คู่มือสำหรับประชาชน การขออนุญาตก่อสร้างอาคาร (PDF)</a></li>'
          "<li>การรับชำระภาษีที่ดินและสิ่งปลูกสร้าง: ยื่นที่สำนักคลัง ใช้บัตรประชาชนและใบแจ้งประเมิน ระยะเวลา ๑๕ นาที ไม่มีค่าธรรมเนียม</li>"
          "<li>การลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ: ยื่นที่กองสวัสดิการสังคม ใช้บัตรประชาชน สมุดบัญชีเงินฝาก ระยะเวลา ๑๐ นาที ไม่มีค่าธรรมเนียม</li></ul>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>เทศบาลเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒</p>")
    # sub-sites
    write("/division/", "ส่วนราชการ", "<ul>" + "".join(f'<li><a href="{links[0][0]}">{n}</a></li>' for n, links in
                                                      (STRATEGY, FINANCE, ENGINEER, EDUCATION)) + "</ul>")
    write("/division/strategy/", "กองยุทธศาสตร์และงบประมาณ", "<p>งานวิเคราะห์นโยบายและแผน งานงบประมาณ งานติดตามและประเมินผล</p>", STRATEGY)
    write("/division/strategy/docs/", "เอกสารแผนพัฒนาท้องถิ่น", table(["printplan", "monitor67", "plan61"]), STRATEGY)
    write("/division/finance/", "สำนักคลัง", "<p>ฝ่ายพัฒนารายได้ ฝ่ายบริหารงานคลัง ฝ่ายพัสดุและทรัพย์สิน</p>", FINANCE)
    write("/division/finance/docs/", "เอกสาร/คู่มือการปฏิบัติงาน", table(["procyear", "sop"]), FINANCE)
    write("/division/engineering/", "สำนักการช่าง", "<p>ฝ่ายควบคุมอาคาร ฝ่ายสาธารณูปโภค ฝ่ายไฟฟ้าสาธารณะ</p>", ENGINEER)
    write("/division/engineering/service/", "งานบริการ: การขออนุญาตก่อสร้างอาคาร",
          "<p>ขั้นตอน: ยื่นคำขอ (๑ วัน) ตรวจสถานที่ (๗ วัน) พิจารณาออกใบอนุญาต (๓๗ วัน) รวม ๔๕ วัน เอกสาร: แบบ ข.๑ "
          "สำเนาบัตรประชาชน โฉนดที่ดิน แบบแปลน ๕ ชุด ค่าธรรมเนียมตามกฎกระทรวง</p>"
          f'<p><a href="{f("citizen")}">ดาวน์โหลดคู่มือสำหรับประชาชน</a></p>', ENGINEER)
    write("/division/education/", "สำนักการศึกษา", "<p>ดูแลโรงเรียนในสังกัด ๖ แห่ง และศูนย์พัฒนาเด็กเล็ก ๔ แห่ง</p>", EDUCATION)
    write("/division/education/docs/", "เอกสารสำนักการศึกษา", table(["eduplan"]), EDUCATION)
    write("/school/", "สถานศึกษาในสังกัด", '<ul><li><a href="/school/thesaban1/">โรงเรียนเทศบาล ๑ (วัดท่าน้ำ)</a></li>'
          '<li><a href="/school/thesaban2/">โรงเรียนเทศบาล ๒ (ริมธารา)</a></li></ul>')
    write("/school/thesaban1/", "โรงเรียนเทศบาล ๑ (วัดท่าน้ำ)", "<p>เปิดสอนอนุบาล ๑ - มัธยมศึกษาปีที่ ๓ นักเรียน ๘๑๒ คน</p>", SCHOOL1)
    write("/school/thesaban1/news/", "ข่าวโรงเรียน",
          "<ul><li>ประกาศรับสมัครนักเรียน ปีการศึกษา ๒๕๖๙ (๒ ก.พ. ๒๕๖๙)</li><li>กีฬาสีภายใน (๑๙ ธ.ค. ๒๕๖๘)</li></ul>", SCHOOL1)
    write("/school/thesaban1/docs/", "เอกสารโรงเรียน", table(["schoolplan", "sar"]), SCHOOL1)
    write("/school/thesaban2/", "โรงเรียนเทศบาล ๒ (ริมธารา)", "<p>เปิดสอนอนุบาล ๑ - ประถมศึกษาปีที่ ๖ นักเรียน ๕๓๐ คน</p>", SCHOOL2)
    write("/health/", "ศูนย์บริการสาธารณสุข", '<ul><li><a href="/health/center1/">ศูนย์บริการสาธารณสุข ๑ (ริมน้ำ)</a></li>'
          '<li><a href="/health/center2/">ศูนย์บริการสาธารณสุข ๒ (ท่าเรือ)</a></li></ul>')
    write("/health/center1/", "ศูนย์บริการสาธารณสุข ๑ (ริมน้ำ)", "<p>เปิดบริการ จันทร์ - ศุกร์ ๐๘.๐๐ - ๑๖.๐๐ น. โทร ๐ ๔๒๘๑ ๖๑๐๐</p>", HEALTH1)
    write("/health/center1/docs/", "ประกาศ/เอกสาร", table(["hcnogift"]), HEALTH1)
    write("/health/center2/", "ศูนย์บริการสาธารณสุข ๒ (ท่าเรือ)", "<p>คลินิกเบาหวาน ความดัน ทุกวันอังคาร</p>", HEALTH2)
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{u}</a></li>' for u in sorted(PAGES)) + "</ul>")
    assets = os.path.join(HERE, "assets")
    os.makedirs(assets, exist_ok=True)
    with open(os.path.join(assets, "style.css"), "w", encoding="utf-8") as fh:
        fh.write(CSS)
    gif = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")
    for name in ["logo.png", "chart.png", *(f"p{i}.jpg" for i in range(1, 7))]:
        with open(os.path.join(assets, name), "wb") as fh:
            fh.write(gif)


if __name__ == "__main__":
    build()
