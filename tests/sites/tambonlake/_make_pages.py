"""Generate the HTML pages of the "tambonlake" test site (เทศบาลตำบลหนองกุดแคน, invented).

Run:  python tests/sites/tambonlake/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A small เทศบาลตำบล on a provider's template: a top bar, a menu, a left column (the mayor, hotline,
quick links, visitor counter) and a footer on every page; pages are folder/index.html.  Documents are
listed in a download section by category (/download/<cat>/), the monthly สขร.1 on /procurement/, news
under /news/ (two pages).  The ITA page /ita/2569/ is a table of o1 … o26 in the office's own short
wording whose links go to files, pages or category lists; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "เทศบาลตำบลหนองกุดแคน"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนา / แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
HIDDEN = {"risk-68"}  # linked only from last year's ITA page
MISSING_SIZE = "388.2 KB"
OLD_GONE = "/files/2871.pdf"  # last year's o22 file, removed from the host


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [("หน้าหลัก", "/"), ("ข้อมูลทั่วไป", "/about/history/"), ("โครงสร้างส่วนราชการ", "/about/structure/"),
        ("คณะผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("เอกสารเผยแพร่", "/download/"), ("E-Service", "/eservice/"), ("ร้องเรียน/ร้องทุกข์", "/complaint/"),
        ("ITA", "/ita/"), ("กระดานถาม-ตอบ", "/webboard/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">{ORG} อำเภอกมลาไสย จังหวัดกาฬสินธุ์ · สายด่วนกู้ภัยทางน้ำ 0 4381 5599</div>
<div id="banner"><img src="/assets/logo.png" alt="ตราสัญลักษณ์เทศบาลตำบลหนองกุดแคน" width="64" height="64">
<b>{ORG}</b><br><small>Nong Kut Khaen Subdistrict Municipality · หนองน้ำใส ปลาชุม ผ้าไหมงาม</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><b>นายกเทศมนตรีตำบลหนองกุดแคน</b><br><img src="/assets/person.png" alt="นายกเทศมนตรี" width="60" height="75"><br>
นายบุญเลิศ ศรีหาวงษ์<br>สายตรงนายก 0 4381 5520 ต่อ 101</div>
<div class="box"><b>บริการประชาชน</b><br><a href="/download/manual/">คู่มือประชาชน</a><br>
<a href="/eservice/">ยื่นคำร้องออนไลน์</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/ita/2569/">ITA ๒๕๖๙</a><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br><a href="/about/lake/">หนองกุดแคน</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></div>
<div class="box">ผู้เข้าชมเว็บไซต์ ๑๓๘,๒๐๗ ครั้ง</div>
</div>
<div id="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} เลขที่ 88 หมู่ที่ 2 ตำบลหนองกุดแคน อำเภอกมลาไสย จังหวัดกาฬสินธุ์ 46130<br>
โทรศัพท์ 0 4381 5520 โทรสาร 0 4381 5521 อีเมล saraban@nongkutkhaen.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
สงวนลิขสิทธิ์ ๒๕๖๕ {ORG} · ออกแบบโดย อีสานเว็บโซลูชั่น</div>
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
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td><img src="/assets/{ext}.gif" alt="{ext}"> {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (548, (2026, 4, 3), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2569 ณ กองคลัง เทศบาลตำบลหนองกุดแคน"]),
    (545, (2026, 3, 19), "โครงการขุดลอกลำห้วยแคนเชื่อมหนองกุดแคน เพื่อแก้ไขปัญหาภัยแล้ง",
     ["วันที่ 19 มีนาคม 2569 นายกเทศมนตรีตรวจรับงานขุดลอกลำห้วยแคน ความยาว 1,200 เมตร เพิ่มปริมาณกักเก็บน้ำให้เกษตรกร 3 หมู่บ้าน"]),
    (541, (2026, 2, 27), "สรุปผลการจัดประชุมประชาคมหมู่บ้าน ประจำปี 2569",
     ["ระหว่างวันที่ 9 - 17 กุมภาพันธ์ 2569 เทศบาลตำบลหนองกุดแคนจัดประชุมประชาคมหมู่บ้านครบทั้ง 9 หมู่บ้าน "
      "เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมเสนอปัญหาและความต้องการ สำหรับจัดทำแผนพัฒนาท้องถิ่นและงบประมาณปี 2570",
      "มีประชาชนเข้าร่วมรวม 538 คน ผู้นำชุมชน 37 คน เสนอโครงการ 46 โครงการ เช่น หมู่ที่ 1 ขอท่าเทียบเรือประมง "
      "หมู่ที่ 3 ขอกำจัดผักตบชวาในหนองกุดแคน หมู่ที่ 8 ขอขยายเขตประปา",
      "เทศบาลจะนำข้อเสนอเข้าที่ประชุมคณะกรรมการพัฒนาเทศบาลและแจ้งผลให้ประชาชนทราบทางเว็บไซต์และหอกระจายข่าว"]),
    (536, (2026, 2, 3), "ขอเชิญร่วมประชุมประชาคมหมู่บ้าน ประจำปี 2569",
     ["เทศบาลตำบลหนองกุดแคนขอเชิญพี่น้องประชาชนร่วมประชุมประชาคมหมู่บ้าน ระหว่างวันที่ 9 - 17 กุมภาพันธ์ 2569",
      '<a href="{invite}">ดาวน์โหลดหนังสือเชิญ</a>']),
    (530, (2026, 1, 23), "โครงการอบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2569",
     ["วันที่ 23 มกราคม 2569 เทศบาลตำบลหนองกุดแคนจัดอบรมคุณธรรมจริยธรรม เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล "
      "ให้บุคลากรนำไปปฏิบัติ วิทยากรจากสำนักงานพระพุทธศาสนาจังหวัดกาฬสินธุ์",
      "ผู้เข้าร่วม ผู้บริหาร 4 คน สมาชิกสภาเทศบาล 12 คน พนักงานเทศบาลและพนักงานจ้าง 47 คน รวม 63 คน"]),
    (527, (2026, 1, 10), "จิตอาสาร่วมใจเก็บผักตบชวาในหนองกุดแคน",
     ["เทศบาลร่วมกับจิตอาสาและชาวประมงเก็บผักตบชวาในหนองกุดแคน ได้ผักตบชวากว่า 40 ตัน นำไปทำปุ๋ยหมัก"]),
    (521, (2025, 12, 18), "เทศบาลตำบลหนองกุดแคนผ่านการประเมิน ITA ประจำปี 2568 ได้ 88.54 คะแนน",
     ["ตามที่สำนักงาน ป.ป.ช. ประกาศผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568 "
      "เทศบาลตำบลหนองกุดแคนได้คะแนน 88.54 คะแนน ระดับ A ขอบคุณประชาชนและบุคลากรทุกท่าน"]),
    (516, (2025, 11, 6), "ประเพณีลอยกระทงริมหนองกุดแคน ประจำปี 2568",
     ["วันที่ 5 พฤศจิกายน 2568 จัดงานลอยกระทง ณ ลานริมหนองกุดแคน มีการประกวดกระทงจากวัสดุธรรมชาติ"]),
    (512, (2025, 10, 9), "แข่งขันเรือยาวประเพณีออกพรรษา หนองกุดแคน 2568",
     ["เทศบาลจัดการแข่งขันเรือยาว 9 หมู่บ้าน วันที่ 8 ตุลาคม 2568 มีเรือเข้าร่วม 14 ลำ"]),
    (508, (2025, 10, 2), "แจ้งเตือนระดับน้ำในหนองกุดแคนสูงขึ้น",
     ["ขอให้ประชาชนที่อาศัยริมหนองกุดแคนหมู่ที่ 1, 2 และ 5 เฝ้าระวังระดับน้ำ แจ้งเหตุได้ที่ 0 4381 5599"]),
    # FY2568, on page 2
    (470, (2025, 2, 20), "สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี 2568",
     ["ระหว่างวันที่ 3 - 11 กุมภาพันธ์ 2568 จัดประชาคมครบ 9 หมู่บ้าน ผู้เข้าร่วม 497 คน เสนอ 41 โครงการ"]),
    (462, (2025, 1, 17), "อบรมคุณธรรมจริยธรรมบุคลากร ประจำปีงบประมาณ 2568",
     ["วันที่ 17 มกราคม 2568 จัดอบรมคุณธรรมจริยธรรมแก่บุคลากร ผู้เข้าร่วม 58 คน"]),
    (455, (2024, 11, 16), "ประเพณีลอยกระทงริมหนองกุดแคน ประจำปี 2567",
     ["จัดงานลอยกระทง ณ ลานริมหนองกุดแคน วันที่ 15 พฤศจิกายน 2567"]),
]
PER_PAGE = 10


def news_pages() -> None:
    from datetime import date

    def item(n):
        return f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <small>({be(date(*n[1]))})</small></li>'

    first, second = NEWS[:PER_PAGE], NEWS[PER_PAGE:]
    write("/news/", "ข่าวประชาสัมพันธ์",
          f'<ul class="news">{"".join(item(n) for n in first)}</ul><p>หน้า 1 · <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)",
          f'<ul class="news">{"".join(item(n) for n in second)}</ul><p><a href="/news/">1</a> · หน้า 2</p>')
    for nid, ymd, title, paras in NEWS:
        body = "".join(f"<p>{p.format(invite=f('invite-meeting'))}</p>" if p.startswith("<a") else f"<p>{esc(p)}</p>"
                       for p in paras)
        write(f"/news/{nid}/", title,
              f'<p class="date">วันที่ {be(date(*ymd))} · ผู้ลงข่าว : งานประชาสัมพันธ์</p>'
              f'<img src="/assets/news.png" alt="ภาพกิจกรรม" width="200" height="120">{body}'
              '<p><a href="/news/">กลับหน้าข่าว</a></p>')


# ---------------------------------------------------------------- ITA pages

ITA_2569 = [  # code, short heading, [(link text, href)] (no link: a note)
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "การติดต่อ / ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("กระดานถาม-ตอบ", "/webboard/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนดำเนินงานและการใช้งบประมาณประจำปี", [("แผนการดำเนินงาน", "opplan-68"),
                                                   ("เทศบัญญัติงบประมาณรายจ่าย 2569", "budget-69")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการติดตามและประเมินผลแผนฯ", "eval-67")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "manual-sop")]),
    ("o9", "คู่มือการให้บริการประชาชน", [("คู่มือสำหรับประชาชน", "citizen-manual")]),
    ("o10", "E-Service", [("บริการออนไลน์", "/eservice/")]),
    ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1", "/procurement/")]),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานผลการจัดซื้อจัดจ้าง ปี 2568", "proc-year-68")]),
    ("o13", "หลักเกณฑ์และแผนการบริหารทรัพยากรบุคคล", [("หลักเกณฑ์", "hr-rules"), ("แผนพัฒนาพนักงาน", "hr-plan-67-69")]),
    ("o14", "รายงานผลการบริหารทรัพยากรบุคคล", [("การบริหารงานบุคคล", "/download/hr/")]),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมส่งเสริมจริยธรรม", "/news/530/")]),
    ("o16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติ", "complaint-68h")]),
    ("o19", "การมีส่วนร่วม", [("ประชาคมหมู่บ้าน", "/news/541/")]),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", "nogift-67")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", []),
    ("o22", "รายงานผลตามแผนบริหารความเสี่ยง", [("รายงานผล", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต", "anti-plan-69")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงานผล", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนาองค์กร", [("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร ปี 2569", "ita-analysis-67")]),
    ("o26", "รายงานผลส่งเสริมคุณธรรม", [("รายงานผล", "integrity-report-68")]),
]
ITA_2568 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("o6", "แผนดำเนินงาน", [("แผนการดำเนินงาน ปี 2568", "opplan-68")]),
    ("o11", "สขร.1", [("สขร.1 ก.ย. 2568", "proc-2025-09")]),
    ("o20", "No Gift Policy", [("ประกาศ No Gift Policy", "nogift-67")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยง ปี 2568", "risk-68")]),
    ("o22", "รายงานผลตามแผนบริหารความเสี่ยง", [("รายงานผล ปี 2567", OLD_GONE)]),
    ("o25", "การนำผล ITA ไปพัฒนาองค์กร", [("วิเคราะห์ผล ITA 2567", "ita-analysis-67")]),
]


def ita_table(rows) -> str:
    out = []
    for code, heading, links in rows:
        if links:
            cell = "<br>".join(a(h if h.startswith("/") else f(h), t) for t, h in links)
        else:
            cell = "อยู่ระหว่างดำเนินการ"
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return ('<table class="list"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n' + "\n".join(out) + "</table>")


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    from datetime import date
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(date(*n[1]))})</li>' for n in NEWS[:5])
    write("/", "หน้าหลัก",
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{latest}</ul><p><a href="/news/">อ่านทั้งหมด</a></p>'
          '<h2>บริการ</h2><p><a href="/eservice/">E-Service ยื่นคำร้องออนไลน์</a> · '
          '<a href="/procurement/">ประกาศจัดซื้อจัดจ้าง</a> · <a href="/ita/2569/">ITA 2569</a></p>')
    write("/about/history/", "ประวัติและข้อมูลทั่วไป",
          "<p>เทศบาลตำบลหนองกุดแคนเดิมเป็นองค์การบริหารส่วนตำบล ยกฐานะเป็นเทศบาลตำบลเมื่อปี พ.ศ. 2552 "
          "ตั้งอยู่ริมหนองกุดแคน ห่างจากอำเภอกมลาไสยประมาณ 9 กิโลเมตร พื้นที่ 36 ตารางกิโลเมตร 9 หมู่บ้าน ประชากร 7,905 คน</p>"
          "<p>วิสัยทัศน์ : หนองกุดแคนน่าอยู่ แหล่งน้ำสมบูรณ์ เศรษฐกิจชุมชนเข้มแข็ง</p>")
    write("/about/lake/", "หนองกุดแคน",
          "<p>หนองกุดแคนเป็นแหล่งน้ำสาธารณะประโยชน์ เนื้อที่ประมาณ 1,860 ไร่ ใช้ผลิตน้ำประปาของเทศบาล "
          "เป็นแหล่งประมงพื้นบ้านและแหล่งท่องเที่ยว มีสะพานไม้ทอดยาว 420 เมตร และตลาดปลาเช้าวันเสาร์</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างเทศบาลตำบลหนองกุดแคน" width="160" height="100">'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี (2 คน)</li><li>เลขานุการนายกเทศมนตรี</li>"
          "<li>ที่ปรึกษานายกเทศมนตรี</li></ul></li>"
          "<li>สภาเทศบาล<ul><li>ประธานสภาเทศบาล</li><li>รองประธานสภาเทศบาล</li><li>สมาชิกสภาเทศบาล (12 คน)</li></ul></li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li>"
          "<li>กองช่าง (งานประปา)</li><li>กองการศึกษา</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>เทศบาลตำบลมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 และมาตรา 51 "
          "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
          "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li>"
          "<li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน ที่สาธารณะ และกำจัดขยะมูลฝอย</li><li>ป้องกันและระงับโรคติดต่อ</li>"
          "<li>ให้มีน้ำสะอาดหรือการประปา</li><li>ป้องกันและบรรเทาสาธารณภัย</li>"
          "<li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>บำรุงรักษาศิลปะ จารีตประเพณี และวัฒนธรรมอันดีของท้องถิ่น</li>"
          "<li>คุ้มครองและบำรุงรักษาทรัพยากรธรรมชาติ รวมทั้งแหล่งน้ำหนองกุดแคน</li></ol>")
    execs = [("นายบุญเลิศ ศรีหาวงษ์", "นายกเทศมนตรีตำบลหนองกุดแคน", "08 1954 2260"),
             ("นายสุรชัย พรมมา", "รองนายกเทศมนตรี", "08 7231 6604"),
             ("นางจันทร์เพ็ญ ภูผาแก้ว", "รองนายกเทศมนตรี", "09 2415 8873"),
             ("นายวิชิต ไชยศรี", "เลขานุการนายกเทศมนตรี", "06 1189 3042"),
             ("นางอรอุมา พลศักดิ์", "ปลัดเทศบาล", "0 4381 5520 ต่อ 102")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "คณะผู้บริหาร", cards)
    write("/about/council/", "สมาชิกสภาเทศบาล",
          "<ul><li>นายสมัย คำภูแสน ประธานสภาเทศบาล</li><li>นางลำดวน ศรีบุญเรือง รองประธานสภาเทศบาล</li>"
          "<li>สมาชิกสภาเทศบาล เขต 1 และเขต 2 รวม 12 คน</li></ul>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>เลขที่ 88 หมู่ที่ 2 ตำบลหนองกุดแคน อำเภอกมลาไสย จังหวัดกาฬสินธุ์ 46130</p>"
          "<p>โทรศัพท์ 0 4381 5520 โทรสาร 0 4381 5521<br>อีเมล saraban@nongkutkhaen.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/nongkutkhaen.muni">เทศบาลตำบลหนองกุดแคน</a></p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=16.3907,103.6124">แผนที่ตั้ง (Google Maps)</a></p>'
          '<p>สอบถามข้อมูล : <a href="/webboard/">กระดานถาม-ตอบ</a></p>')
    qa = [("อยากทราบว่าขอติดตั้งมาตรน้ำประปาใหม่ใช้เวลากี่วันครับ", "ผู้ถาม : ชาวหมู่ 8", "21 ก.พ. 2569",
           "ประมาณ 7 วันทำการหลังยื่นคำร้องที่กองช่างครับ ค่าติดตั้ง 1,500 บาท (เจ้าหน้าที่งานประปา)"),
          ("ท่าเรือหมู่ 1 ชำรุด จะซ่อมเมื่อไหร่คะ", "ผู้ถาม : แม่ค้าตลาดปลา", "3 มี.ค. 2569",
           "กองช่างสำรวจแล้ว บรรจุซ่อมแซมในเดือนเมษายน 2569 ค่ะ (ผู้ดูแลระบบ)")]
    items = "".join(f'<div class="qa"><p><b>ถาม:</b> {esc(q)} <small>{w} {t}</small></p><p><b>ตอบ:</b> {esc(r)}</p></div>'
                    for q, w, t, r in qa)
    write("/webboard/", "กระดานถาม-ตอบ (Q&A)",
          f'{items}<form action="/webboard/post/" method="post"><h2>ตั้งกระทู้ถาม</h2>หัวข้อ <input name="subject"><br>'
          'ข้อความ <textarea name="body"></textarea><br>ชื่อผู้ถาม <input name="name"><br><button>ส่ง</button></form>')
    write("/eservice/", "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)",
          "<p>ยื่นคำร้องขอรับบริการจากเทศบาลได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSfNongKutKhaenService/formResponse" method="post">'
          '<h2>แบบคำร้องออนไลน์</h2>ชื่อ-นามสกุล <input name="entry.11"><br>โทรศัพท์ <input name="entry.12"><br>'
          'ที่อยู่ <input name="entry.13"><br>ประเภทคำร้อง <select name="entry.14"><option>ขอใช้น้ำประปา</option>'
          '<option>แจ้งซ่อมไฟฟ้าสาธารณะ</option><option>ขอรถบรรทุกน้ำ</option><option>คำร้องทั่วไป</option></select><br>'
          'รายละเอียด <textarea name="entry.15"></textarea><br><button>ยื่นคำร้อง</button></form>'
          f'<p>{a(f("service-69"), "สถิติการให้บริการประชาชน ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ร้องเรียนร้องทุกข์ได้ที่ศูนย์รับเรื่องร้องเรียนเทศบาล โทร 0 4381 5520 หรือตู้รับเรื่องหน้าสำนักงาน</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{a(f("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/send/" method="post">ชื่อผู้แจ้ง (ไม่ระบุก็ได้) <input name="name"><br>'
          'โทรศัพท์ <input name="phone"><br>เรื่อง <input name="subject"><br>'
          'รายละเอียด <textarea name="detail"></textarea><br>แนบหลักฐาน <input type="file" name="file"><br>'
          '<button>ส่งเรื่อง</button></form><p>หรือโทร 0 4381 5520 ต่อ 102 (ปลัดเทศบาล)</p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>เทศบาลตำบลหนองกุดแคนเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f'<ul>{sitemap}<li><a href="/about/council/">สมาชิกสภาเทศบาล</a></li></ul>')
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f'<tr><td>{esc(ROWS[k][0])}</td><td>{be(ROWS[k][2])}</td><td>{a(f(k), "ดาวน์โหลด")}</td></tr>'
                   for k in months)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          f'<table class="list"><tr><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>'
          f'<h2>ประกาศจัดซื้อจัดจ้าง</h2><ul><li>{a(f("print-plan"), ROWS["print-plan"][0])}</li>'
          f'<li>{a(f("proc-year-68"), ROWS["proc-year-68"][0])}</li></ul>')
    cats = " · ".join(f'<a href="/download/{s}/">{esc(n)}</a>' for s, n in CATS.items())
    write("/download/", "เอกสารเผยแพร่", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"เอกสารเผยแพร่ : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปีงบประมาณ 2569</a></li>'
          '<li><a href="/ita/2568/">ITA ประจำปีงบประมาณ 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569",
          "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล · ตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>" + ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_table(ITA_2568))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "person.png", "chart.png", "news.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#top{background:#1565c0;color:#fff;padding:4px}"
                 "#menu li{display:inline;margin:0 6px}#wrap{display:flex}#side{width:220px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #9ac;margin:6px;padding:6px}table{border-collapse:collapse}"
                 "td,th{border:1px solid #aaa;padding:3px}#footer{background:#e3eef9;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
