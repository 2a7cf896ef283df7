"""Generate the HTML pages of the "saohighland" test site (องค์การบริหารส่วนตำบลภูแดงหลวง, invented).

Run:  python tests/sites/saohighland/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A small highland อบต. on a provider's template: a top bar, a menu, a right column (the chief
executive, the hotline for forest fires, quick links, visitor counter) and a footer on every page;
pages are folder/index.html.  Documents are listed by category under /download/<cat>/, the monthly
procurement summaries on /procurement/, news under /news/ (two pages).  The ITA page /ita/2569/ is a
table of o1 … o26 in the office's own short wording; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "องค์การบริหารส่วนตำบลภูแดงหลวง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนงาน", "budget": "งบประมาณ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "งานบุคคล", "integrity": "ป้องกันการทุจริต",
        "general": "หนังสือราชการ / แจ้งเวียน"}
MISSING_SIZE = "388.2 KB"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(THAI)


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าแรก", "/"), ("ข้อมูลพื้นฐาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("คณะผู้บริหาร", "/about/executives/"), ("ข่าวสาร", "/news/"), ("ประกาศจัดซื้อจัดจ้าง", "/procurement/"),
        ("ดาวน์โหลดเอกสาร", "/download/"), ("บริการออนไลน์", "/eservice/"), ("ร้องเรียน", "/complaint/"),
        ("ITA", "/ita/"), ("กระดานถาม-ตอบ", "/qa/"), ("ติดต่อ อบต.", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/theme.css"></head>
<body>
<div id="topbar">{ORG} อำเภอนครไทย จังหวัดพิษณุโลก · แจ้งเหตุไฟป่า ๒๔ ชม. 0 5538 6127 ต่อ 199</div>
<div id="head"><img src="/assets/logo.png" alt="ตรา อบต.ภูแดงหลวง" width="70" height="70">
<b>{ORG}</b><br><small>Phu Daeng Luang Subdistrict Administrative Organization</small></div>
<ul id="nav">
{menu}
</ul>
<div id="wrap"><div id="content">
<h1>{esc(title)}</h1>
{body}
</div>
<div id="right">
<div class="box"><b>นายก อบต.ภูแดงหลวง</b><br><img src="/assets/person.png" alt="นายก อบต." width="60" height="75"><br>
นายบุญทัน ผาสุขดี<br>สายตรงนายก 08 7210 4431</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/ita/2569/">OIT ปี ๒๕๖๙</a><br><a href="/ita/2568/">OIT ปี ๒๕๖๘</a><br>
<a href="/eservice/">ยื่นคำร้องออนไลน์</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/download/manual/">คู่มือประชาชน</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></div>
<div class="box">ผู้เข้าชมเว็บไซต์ ๔๑,๗๐๘ ครั้ง</div>
</div></div>
<div id="foot">{ORG} เลขที่ 88 หมู่ที่ 2 ตำบลภูแดงหลวง อำเภอนครไทย จังหวัดพิษณุโลก 65120<br>
โทรศัพท์/โทรสาร 0 5538 6127 อีเมล phudaengluang.sao@gmail.com ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
พัฒนาโดย ภูมิไทยเว็บดีไซน์ · สงวนลิขสิทธิ์ ๒๕๖๕</div>
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


def a(href: str, text: str = "คลิก") -> str:
    return f'<a href="{href}">{esc(text)}</a>'


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>{ext.upper()} {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if cat is None or ROWS[k][1] == cat]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (1287, (2026, 4, 9), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2569 ณ กองคลัง"]),
    (1281, (2026, 3, 24), "ปฏิบัติการดับไฟป่าบริเวณดอยผาแดง หมู่ที่ 7",
     ["วันที่ 23 มีนาคม 2569 ชุดปฏิบัติการ อปพร. อบต.ภูแดงหลวง ร่วมกับหน่วยป้องกันรักษาป่า ดับไฟป่าพื้นที่ประมาณ 40 ไร่"]),
    (1274, (2026, 2, 3), "สรุปผลเวทีประชาคมหมู่บ้าน ปี 2569 เพื่อทบทวนแผนพัฒนาท้องถิ่น",
     ["ระหว่างวันที่ 12 - 23 มกราคม 2569 องค์การบริหารส่วนตำบลภูแดงหลวง จัดเวทีประชาคมหมู่บ้านครบทั้ง 9 หมู่บ้าน "
      "เปิดโอกาสให้ประชาชนมีส่วนร่วมเสนอปัญหาและความต้องการ เพื่อใช้ทบทวนแผนพัฒนาท้องถิ่นและจัดทำงบประมาณปีถัดไป",
      "มีประชาชนเข้าร่วมรวม 437 คน เสนอโครงการทั้งสิ้น 41 โครงการ ส่วนใหญ่เป็นถนนเข้าพื้นที่เกษตร ฝายชะลอน้ำ และระบบประปาภูเขา",
      "ผลการประชาคม : หมู่ที่ 3 เสนอระบบประปาภูเขา หมู่ที่ 7 เสนอแนวกันไฟถาวร หมู่ที่ 9 เสนอซ่อมถนนลูกรัง "
      "อบต. จะนำเข้าที่ประชุมคณะกรรมการพัฒนา อบต. และแจ้งผลให้ประชาชนทราบทางเว็บไซต์และหอกระจายข่าว"]),
    (1268, (2026, 1, 6), "ขอเชิญร่วมเวทีประชาคมหมู่บ้าน ประจำปี 2569",
     ["ขอเชิญพี่น้องประชาชนร่วมเวทีประชาคมหมู่บ้าน ระหว่างวันที่ 12 - 23 มกราคม 2569",
      '<a href="{invite}">หนังสือเชิญ (ดาวน์โหลด)</a>']),
    (1262, (2025, 12, 18), "อบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2569",
     ["วันที่ 17 ธันวาคม 2568 อบต.ภูแดงหลวง จัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานส่วนท้องถิ่น "
      "และชี้แจงหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดตามมาตรา 128 ให้ผู้บริหาร สมาชิกสภา และพนักงาน",
      "มีผู้เข้าร่วม 38 คน วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดพิษณุโลก"]),
    (1255, (2025, 12, 5), "วันพ่อแห่งชาติ 5 ธันวาคม 2568",
     ["คณะผู้บริหาร สมาชิกสภา และพนักงาน ร่วมพิธีถวายพระพรชัยมงคล ณ ที่ว่าการอำเภอนครไทย"]),
    (1249, (2025, 11, 21), "เทศกาลดอกเสี้ยวบานและตลาดกาแฟภูแดง ครั้งที่ 4",
     ["ขอเชิญเที่ยวชมดอกเสี้ยวบานและชิมกาแฟอาราบิก้าจากเกษตรกรบนพื้นที่สูง ระหว่างวันที่ 20 - 30 ธันวาคม 2568"]),
    (1243, (2025, 11, 4), "ประกาศรับสมัครพนักงานจ้างทั่วไป ตำแหน่งพนักงานดับไฟป่า",
     ["รับสมัครระหว่างวันที่ 10 - 18 พฤศจิกายน 2568 ณ สำนักปลัด"]),
    (1237, (2025, 10, 20), "มอบผ้าห่มกันหนาวแก่ผู้สูงอายุและผู้ด้อยโอกาส",
     ["อบต.ภูแดงหลวง มอบผ้าห่มกันหนาว 320 ผืน ให้ผู้สูงอายุ ผู้พิการ และผู้ด้อยโอกาสทั้ง 9 หมู่บ้าน"]),
    (1231, (2025, 10, 7), "ประชุมพนักงานประจำเดือนตุลาคม 2568",
     ["ชี้แจงแนวทางการปฏิบัติงานปีงบประมาณ 2569 และการเผยแพร่ข้อมูลบนเว็บไซต์"]),
    # FY2568, on page 2
    (1198, (2025, 8, 14), "ประชุมสภา อบต. สมัยสามัญ สมัยที่ 3 ประจำปี 2568",
     ["พิจารณาร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 ในวาระที่ 1"]),
    (1176, (2025, 4, 11), "ประกาศนโยบาย No Gift Policy (แจ้งเวียนซ้ำ)",
     ['ขอความร่วมมือผู้มาติดต่อราชการงดให้ของขวัญแก่เจ้าหน้าที่ <a href="{nogift}">ประกาศ</a>']),
    (1152, (2025, 1, 28), "สรุปผลเวทีประชาคมหมู่บ้าน ประจำปี 2568",
     ["ระหว่างวันที่ 13 - 24 มกราคม 2568 จัดเวทีประชาคมครบ 9 หมู่บ้าน ผู้เข้าร่วม 401 คน"]),
    (1121, (2024, 11, 1), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ 2568",
     ['ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 <a href="{opplan68}">รายละเอียด</a>']),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"invite": f("invite-forum"), "nogift": f("nogift-67"), "opplan68": f("opplan-68")}
    for nid, ymd, title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(*ymd))} โดย admin</p>{body}'
              '<p><a href="/news/">« ข่าวสารทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>[{be(date(*n[1]))}]</span></li>'
                          for n in chunk)
        pager = ('<p>หน้า <b>1</b> <a href="/news/page/2/">2</a></p>' if p == 1
                 else '<p>หน้า <a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวสาร", f'<ul class="news">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # (ข้อ, heading, [(link text, href or ROWS key)])
    ("o1", "โครงสร้าง อำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "การติดต่อ / Q&A", [("ติดต่อ อบต.", "/contact/"), ("กระดานถาม-ตอบ", "/qa/")]),
    ("o4", "ข่าวสาร", [("ข่าวสาร", "/news/")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "/download/plan/")]),
    ("o6", "แผนดำเนินงาน / ข้อบัญญัติ", [("แผนการดำเนินงาน", "opplan-68"), ("ข้อบัญญัติ ปี 2569", "budget-69")]),
    ("o7", "ผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน ปี 2568", "report-68"),
                                     ("ติดตามประเมินผลแผน ปี 2568", "eval-68")]),
    ("o8", "คู่มือปฏิบัติงาน", [("คู่มือ", "manual-fire")]),
    ("o9", "คู่มือประชาชน", [("คู่มือประชาชน", "citizen-manual")]),
    ("o10", "E-Service", [("บริการออนไลน์", "/eservice/"), ("สถิติการให้บริการ", "service-69")]),
    ("o11", "สขร.1", [("สขร.1", "/procurement/")]),
    ("o12", "รายงานจัดซื้อจัดจ้างประจำปี", [("ปี 2568", "proc-year-68")]),
    ("o13", "หลักเกณฑ์/แผน HR", [("หลักเกณฑ์", "hr-rules"), ("แผนพัฒนาพนักงาน", "hr-plan-64-66")]),
    ("o14", "รายงานผล HR", [("รายงานผล", "hr-report-67")]),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรม", "/news/1262/")]),
    ("o16", "คู่มือร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o18", "สถิติร้องเรียนการทุจริต", [("สถิติ", "complaint-68h1")]),
    ("o19", "การมีส่วนร่วม", [("ประชาคมหมู่บ้าน", "/news/1274/")]),
    ("o20", "No Gift Policy", [("ประกาศ", "nogift-67")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ผลการประเมิน ปี 2569", "risk-69")]),
    ("o22", "รายงานบริหารความเสี่ยง", [("รายงาน ปี 2568", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต ปี 2569", "anti-plan-68")]),
    ("o24", "รายงานผลป้องกันการทุจริต", [("ปี 2568", "anti-report-68")]),
    ("o25", "ผล ITA / มาตรการส่งเสริมคุณธรรม", [("วิเคราะห์ผล ITA 2568", "ita-analysis-68")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("ปี 2568", "integrity-report-68")]),
]
OLD_DEAD = "/files/2877.pdf"  # last year's HR plan row: the file was deleted
ITA_2568 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนดำเนินงาน ปี 2568", [("แผนการดำเนินงาน 2568", "opplan-68")]),
    ("o13", "แผนบริหารและพัฒนาทรัพยากรบุคคล ปี 2568", [("แผน HR 2568", OLD_DEAD)]),
    ("o18", "สถิติร้องเรียนการทุจริต", [("สถิติรอบ 6 เดือน", "complaint-68h1")]),
    ("o20", "No Gift Policy", [("ประกาศ", "nogift-67"), ("หนังสือจังหวัด", "nogift-district")]),
    ("o23", "แผนป้องกันการทุจริต ปี 2568", [("แผน 2568", "anti-plan-68")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>']
    for code, heading, links in rows:
        cell = " | ".join(a(h if h.startswith("/") else f(h), t) for t, h in links) or "-"
        out.append(f"<tr><td>{code.upper()}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> [{be(date(*n[1]))}]</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          f'<h2>ข่าวสาร อบต.</h2><ul class="news">{latest}</ul><p><a href="/news/">อ่านทั้งหมด</a></p>'
          '<h2>บริการประชาชน</h2><p><a href="/eservice/">บริการออนไลน์</a> · '
          '<a href="/procurement/">ประกาศจัดซื้อจัดจ้าง</a> · <a href="/ita/2569/">OIT ประจำปี ๒๕๖๙</a></p>')
    write("/about/history/", "ข้อมูลพื้นฐาน",
          "<p>องค์การบริหารส่วนตำบลภูแดงหลวง ยกฐานะจากสภาตำบลเมื่อปี พ.ศ. 2539 ตั้งอยู่ทางทิศเหนือของอำเภอนครไทย "
          "ห่างจากอำเภอประมาณ 27 กิโลเมตร พื้นที่ส่วนใหญ่เป็นภูเขาสูงสลับที่ราบ มีพื้นที่ 112 ตารางกิโลเมตร "
          "9 หมู่บ้าน ประชากร 4,286 คน 1,402 ครัวเรือน</p>"
          "<p>อาชีพหลัก : ปลูกข้าวโพดเลี้ยงสัตว์ กาแฟอาราบิก้า ผักเมืองหนาว และรับจ้างทั่วไป</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้าง อบต.ภูแดงหลวง" width="120" height="80">'
          "<h2>ฝ่ายบริหาร (ฝ่ายการเมือง)</h2><ul><li>นายก อบต.<ul><li>รองนายก อบต. (2 คน)</li><li>เลขานุการนายก อบต.</li></ul></li>"
          "<li>สภา อบต.<ul><li>ประธานสภา อบต.</li><li>รองประธานสภา อบต.</li><li>สมาชิกสภา อบต. (9 คน)</li><li>เลขานุการสภา</li></ul></li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัด อบต.<ul><li>สำนักปลัด (งานป้องกันและบรรเทาสาธารณภัย งานนโยบายและแผน)</li>"
          "<li>กองคลัง</li><li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม (ศูนย์พัฒนาเด็กเล็ก 2 แห่ง)</li>"
          "<li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a> · <a href="/about/council/">สมาชิกสภา</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>อบต.ภูแดงหลวง มีอำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 67 68 "
          "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
          "<li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>รักษาความสะอาดของถนน ทางน้ำ และที่สาธารณะ กำจัดขยะมูลฝอย</li>"
          "<li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย รวมทั้งไฟป่าและหมอกควัน</li>"
          "<li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
          "<li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li><li>ให้มีน้ำเพื่อการอุปโภค บริโภค และการเกษตร</li></ol>")
    execs = [("นายบุญทัน ผาสุขดี", "นายกองค์การบริหารส่วนตำบลภูแดงหลวง", "08 7210 4431"),
             ("นายจำลอง ไพรสณฑ์", "รองนายกองค์การบริหารส่วนตำบล", "08 9633 0175"),
             ("นางคำแปง ดอยสูง", "รองนายกองค์การบริหารส่วนตำบล", "09 2486 5510"),
             ("นายสุริยา เนินทอง", "เลขานุการนายกองค์การบริหารส่วนตำบล", "06 1398 2247"),
             ("นางวิไลวรรณ ดอยคำ", "ปลัดองค์การบริหารส่วนตำบล", "0 5538 6127 ต่อ 12")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "คณะผู้บริหาร", cards)
    write("/about/council/", "สมาชิกสภา อบต.",
          "<ul><li>นายอินทร ศรีภูผา ประธานสภา อบต.</li><li>นายประเสริฐ คำมูล รองประธานสภา อบต.</li>"
          "<li>นางสาวสุดา ใจเย็น เลขานุการสภา อบต.</li><li>สมาชิกสภา อบต. หมู่ที่ 1 - 9</li></ul>")
    write("/contact/", "ติดต่อ อบต.",
          f"<p>{ORG}<br>เลขที่ 88 หมู่ที่ 2 ตำบลภูแดงหลวง อำเภอนครไทย จังหวัดพิษณุโลก 65120</p>"
          "<p>โทรศัพท์/โทรสาร 0 5538 6127<br>อีเมล phudaengluang.sao@gmail.com<br>"
          'Line OA : @phudaeng · Facebook : <a href="https://www.facebook.com/phudaengluang.sao">อบต.ภูแดงหลวง</a></p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=17.1431,100.8392">แผนที่ตั้ง อบต. (Google Maps)</a></p>'
          '<p>มีข้อสงสัย ถามได้ที่ <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    qa = [("ขอรถน้ำไปส่งที่หมู่ 7 ได้ไหมครับ บ่อน้ำแห้งแล้ว", "คนบ้านผาแดง", "2 มี.ค. 2569",
           "ยื่นคำร้องทางบริการออนไลน์หรือโทรแจ้งงานป้องกันฯ ได้เลยครับ จะจัดรถออกให้ภายใน 2 วัน (ผู้ดูแลระบบ)"),
          ("สอบถามการจ่ายเบี้ยยังชีพผู้สูงอายุเดือนนี้ครับ", "ลูกหลานบ้านภูแดง", "9 ก.พ. 2569",
           "โอนเข้าบัญชีทุกวันที่ 10 ของเดือนครับ ถ้าวันหยุดจะเลื่อนเป็นวันทำการก่อนหน้า (ผู้ดูแลระบบ)")]
    items = "".join(f'<div class="qa"><p><b>Q:</b> {esc(q)} <small>{who} {when}</small></p><p><b>A:</b> {esc(ans)}</p></div>'
                    for q, who, when, ans in qa)
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          f'{items}<form action="/qa/post/" method="post"><h2>ตั้งกระทู้ใหม่</h2>หัวข้อ <input name="topic"><br>'
          'ข้อความ <textarea name="msg"></textarea><br>ชื่อผู้ถาม <input name="name"><br><button>ส่ง</button></form>')
    write("/eservice/", "บริการออนไลน์ (E-Service)",
          "<p>ยื่นคำร้องถึง อบต.ภูแดงหลวง ได้ตลอด 24 ชั่วโมง ไม่ต้องเดินทางลงจากดอย เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSfPhuDaengLuangEsv/formResponse" method="post">'
          '<h2>แบบคำร้องออนไลน์</h2>ชื่อ-สกุล <input name="entry.11"><br>โทรศัพท์ <input name="entry.12"><br>'
          'หมู่ที่ <input name="entry.13"><br>ประเภทคำร้อง <select name="entry.14"><option>คำร้องทั่วไป</option>'
          '<option>ขอรับน้ำอุปโภคบริโภค</option><option>แจ้งไฟฟ้าสาธารณะชำรุด</option><option>ขอตัดต้นไม้ริมทาง</option>'
          '</select><br>รายละเอียด <textarea name="entry.15"></textarea><br><button>ส่งคำร้อง</button></form>'
          f'<p>{a(f("service-69"), "สถิติการให้บริการประชาชน ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>')
    write("/complaint/", "ร้องเรียน ร้องทุกข์",
          "<p>ร้องเรียนร้องทุกข์ได้ที่ ที่ทำการ อบต. โทร 0 5538 6127 ตู้รับเรื่องหน้าที่ทำการ หรือ Line OA @phudaeng</p>"
          '<p><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเบาะแสการทุจริตและประพฤติมิชอบ",
          "<p>อบต. จะเก็บข้อมูลผู้แจ้งเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้แจ้ง (ไม่ระบุได้) <input name="name"><br>'
          'โทรศัพท์ <input name="tel"><br>เรื่อง <input name="subject"><br>'
          'รายละเอียด <textarea name="detail"></textarea><br>ไฟล์หลักฐาน <input type="file" name="evidence"><br>'
          '<button>ส่งเรื่อง</button></form>'
          '<p>ช่องทางอื่น : <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · ศูนย์ดำรงธรรมอำเภอนครไทย</p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>อบต.ภูแดงหลวง เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    # procurement
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "PDF")}</td></tr>'
                   for k in months)
    write("/procurement/", "ประกาศจัดซื้อจัดจ้าง / สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศผู้ชนะ / รายงาน</h2><ul><li>{a(f("print-plan"), ROWS["print-plan"][0])}</li>'
          f'<li>{a(f("proc-year-68"), ROWS["proc-year-68"][0])}</li></ul>')
    # downloads
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>หมวด : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"ดาวน์โหลดเอกสาร : {cname}", f"<p>หมวด : {cats}</p>{table(listed(slug))}")
    # ITA
    write("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
          '<ul><li><a href="/ita/2569/">OIT ประจำปี 2569</a></li><li><a href="/ita/2568/">OIT ประจำปี 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2568", ita_table(ITA_2568))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    for n in ("logo.png", "person.png", "chart.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    with open(os.path.join(HERE, "assets", "theme.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#topbar{background:#7a2e12;color:#fff;padding:4px}"
                 "#nav li{display:inline;margin:0 6px}#wrap{display:flex}#right{width:230px}#content{flex:1;padding:8px}"
                 ".box{border:1px solid #cba;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#foot{background:#f3e9e1;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
