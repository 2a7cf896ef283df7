"""Generate the HTML pages of the "rmutcampus" test site (มหาวิทยาลัยเทคโนโลยีราชมงคลศรีโคตรบูร
วิทยาเขตโพนสวรรค์, invented).

Run:  python tests/sites/rmutcampus/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A campus site on a university template: a top bar, a mega-menu, a right column (quick links,
ITA, calendar), a footer on every page; pages are folder/index.html.  Documents are listed by
category under /download/<cat>/, the monthly สขร.1 under /procurement/, news under /news/ (two
pages).  The ITA page /ita/2568/ is a table o1 … o26 in the campus's own wording; last year's
/ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "มหาวิทยาลัยเทคโนโลยีราชมงคลศรีโคตรบูร วิทยาเขตโพนสวรรค์"
SHORT = "มทร.ศรีโคตรบูร วิทยาเขตโพนสวรรค์"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนยุทธศาสตร์ / แผนปฏิบัติราชการ", "budget": "งบประมาณ", "report": "รายงานประจำปี",
        "manual": "คู่มือ", "stats": "สถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "งานบุคลากร",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
HIDDEN = {"anti-plan-67"}  # linked only from last year's ITA page
MISSING_SIZE = "286.4 KB"
OLD_DEAD = "/files/27719.pdf"  # last year's o22, gone


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับวิทยาเขต", "/about/history/"), ("โครงสร้างองค์กร", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("คณะ", "/faculty/agri/"), ("นักศึกษา", "/student/"),
        ("ข่าวสาร", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"),
        ("E-Service", "/eservice/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {SHORT}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/campus.css"></head>
<body>
<div class="topbar">RMUTSK Phon Sawan Campus · <a href="https://mail.google.com/">RMUTSK Mail</a> ·
<a href="/eservice/">ระบบสารสนเทศนักศึกษา</a> · <a href="/sitemap/">Sitemap</a> · TH | EN</div>
<header><img src="/assets/logo.png" alt="ตรามหาวิทยาลัย" width="60" height="60">
<b>{ORG}</b><br><small>Rajamangala University of Technology Srikotrabun, Phon Sawan Campus</small></header>
<nav><ul class="mega">
{menu}
</ul></nav>
<div class="wrap"><main>
<h1>{esc(title)}</h1>
{body}
</main>
<aside>
<div class="widget"><b>ลิงก์ด่วน</b><br><a href="/eservice/">E-Service</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/complaint/">ร้องเรียน/ข้อเสนอแนะ</a><br>
<a href="/ita/2568/">ITA 2568</a><br><a href="/ita/2567/">ITA 2567</a><br><a href="/calendar/">ปฏิทินการศึกษา</a><br>
<a href="https://www.rmutsk-central.ac.th/">มหาวิทยาลัย (ส่วนกลาง)</a></div>
<div class="widget"><b>ประกาศล่าสุด</b><br>รับสมัครนักศึกษา TCAS68 รอบที่ 3 ถึง 30 เม.ย. 2568</div>
</aside></div>
<footer>{ORG} 88 หมู่ 7 ตำบลนาหัวบ่อ อำเภอโพนสวรรค์ จังหวัดนครพนม 48190<br>
โทรศัพท์ 0 4251 7788 โทรสาร 0 4251 7789 อีเมล saraban.pns@rmutsk.ac.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© 2568 งานเทคโนโลยีสารสนเทศ วิทยาเขตโพนสวรรค์</footer>
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
    return f"{os.path.getsize(os.path.join(HERE, name(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _c = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{name(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>{ext.upper()} {size_of(k)}</td></tr>')
    return ('<table class="dl"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (1231, (2025, 4, 8), "วิทยาเขตโพนสวรรค์จัดงานสืบสานประเพณีสงกรานต์ ประจำปี 2568",
     ["วันที่ 8 เมษายน 2568 ผู้บริหาร บุคลากร และนักศึกษา ร่วมพิธีรดน้ำขอพรผู้อาวุโส ณ ลานวัฒนธรรม มีผู้เข้าร่วม 420 คน"]),
    (1226, (2025, 3, 21), "เปิดรับสมัครนักศึกษาใหม่ ระดับปริญญาตรี TCAS68 รอบที่ 3",
     ["รับสมัครออนไลน์ตั้งแต่วันที่ 21 มีนาคม - 30 เมษายน 2568 ทั้ง 3 คณะ 14 สาขาวิชา"]),
    (1219, (2025, 2, 27), "คณะเทคโนโลยีการเกษตรถ่ายทอดเทคโนโลยีการผลิตปุ๋ยอินทรีย์แก่เกษตรกรตำบลนาหัวบ่อ",
     ["โครงการบริการวิชาการแก่ชุมชน ปีงบประมาณ 2568 เกษตรกรเข้าร่วม 65 ราย"]),
    (1214, (2025, 2, 15), "ค่ายนักศึกษาโตไปไม่โกง ปีงบประมาณ 2568",
     ["งานกิจการนักศึกษาจัดค่ายปลูกฝังค่านิยมสุจริต วันที่ 15 - 16 กุมภาพันธ์ 2568 นักศึกษาเข้าร่วม 118 คน"]),
    (1203, (2025, 1, 22), "อบรมบุคลากร หลักสูตร STRONG จิตพอเพียงต้านทุจริต และการขับเคลื่อนประมวลจริยธรรม",
     ["วันที่ 22 มกราคม 2568 วิทยาเขตโพนสวรรค์จัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมของผู้ดำรงตำแหน่งในมหาวิทยาลัย",
      "วิทยากรบรรยายเรื่องการแยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวม และกรณีศึกษาด้านจริยธรรม มีบุคลากรเข้าร่วม 186 คน"]),
    (1195, (2024, 12, 20), "พิธีพระราชทานปริญญาบัตร ประจำปีการศึกษา 2566 (ซ้อมย่อย)",
     ["บัณฑิตวิทยาเขตโพนสวรรค์ 612 คน ร่วมซ้อมย่อยพิธี ณ หอประชุมวิทยาเขต"]),
    (1187, (2024, 11, 28),
     "สรุปผลการประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสียต่อ (ร่าง) แผนยุทธศาสตร์ พ.ศ. 2568 - 2572",
     ["วันที่ 28 พฤศจิกายน 2567 ณ ห้องประชุมศรีโคตรบูร ผู้นำชุมชน ผู้ประกอบการ ศิษย์เก่า และผู้แทนนักศึกษา รวม 74 คน "
      "ร่วมให้ความคิดเห็นต่อร่างแผน",
      "ข้อเสนอที่ได้รับ 19 ประเด็น เช่น หลักสูตรระยะสั้นด้านโดรนการเกษตร และการเปิดพื้นที่จำหน่ายสินค้าชุมชนในวิทยาเขต",
      "งานแผนและงบประมาณจะนำข้อเสนอไปปรับปรุงร่างแผนก่อนเสนอคณะกรรมการประจำวิทยาเขต"]),
    (1181, (2024, 11, 15), "ขอเชิญผู้มีส่วนได้ส่วนเสียร่วมประชุมรับฟังความคิดเห็นต่อ (ร่าง) แผนยุทธศาสตร์",
     ["วิทยาเขตขอเชิญร่วมประชุมวันที่ 28 พฤศจิกายน 2567 เวลา 09.00 น. ลงทะเบียนได้ที่งานแผนและงบประมาณ"]),
    (1176, (2024, 10, 30), "ต้อนรับคณะศึกษาดูงานจากวิทยาลัยเกษตรและเทคโนโลยีนครพนม",
     ["คณะครูและนักเรียน 45 คน เยี่ยมชมฟาร์มอัจฉริยะของคณะเทคโนโลยีการเกษตร"]),
    (1170, (2024, 10, 7), "ประชุมบุคลากรประจำปีงบประมาณ 2568 มอบนโยบายการบริหารวิทยาเขต",
     ["รองอธิการบดีประจำวิทยาเขตมอบนโยบาย 5 ด้าน แก่บุคลากรทุกหน่วยงาน"]),
    # FY2567 (page 2)
    (1142, (2024, 8, 16), "สัปดาห์วิทยาศาสตร์แห่งชาติ ประจำปี 2567", ["นักเรียนในพื้นที่ร่วมกิจกรรม 900 คน"]),
    (1120, (2024, 6, 12), "อบรมคุณธรรมจริยธรรมบุคลากร ประจำปีงบประมาณ 2567", ["บุคลากรเข้าร่วม 152 คน"]),
    (1098, (2024, 3, 5), "ประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ประจำปีงบประมาณ 2567",
     ["วันที่ 5 มีนาคม 2567 ผู้เข้าร่วม 61 คน"]),
    (1075, (2023, 12, 25), "ประกาศ งดรับของขวัญในเทศกาลปีใหม่ 2567", ["ขอความร่วมมืองดมอบของขวัญแก่ผู้บริหารและบุคลากร"]),
]
PAGE1 = [n for n in NEWS if n[1] >= (2024, 10, 1)]
PAGE2 = [n for n in NEWS if n[1] < (2024, 10, 1)]


def news_date(t) -> str:
    return f"{t[2]} {MONTHS[t[1] - 1]} {t[0] + 543}"


def news_list(items) -> str:
    return "<ul class=\"news\">\n" + "\n".join(
        f'<li><a href="/news/{i}/">{esc(t)}</a> <span class="date">{news_date(dt)}</span></li>'
        for i, dt, t, _p in items) + "</ul>"


def build_news() -> None:
    write("/news/", "ข่าวประชาสัมพันธ์", news_list(PAGE1) + '<p class="pager">หน้า 1 <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)",
          news_list(PAGE2) + '<p class="pager"><a href="/news/">1</a> หน้า 2</p>')
    for i, dt, t, paras in NEWS:
        body = f'<p class="date">โพสต์เมื่อ {news_date(dt)} โดย งานประชาสัมพันธ์</p>\n'
        body += "\n".join(f"<p>{esc(p)}</p>" for p in paras)
        if i == 1181:
            body += f'<p>เอกสาร: <a href="{name("invite")}">บันทึกเชิญประชุม</a></p>'
        body += '<p><a href="/news/">« กลับหน้าข่าว</a></p>'
        write(f"/news/{i}/", t, body)


# ---------------------------------------------------------------- ITA

def f(key: str) -> str:
    return name(key)


ITA_2568 = [  # no, wording, [(label, href)]
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้างองค์กร", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("ผู้บริหารวิทยาเขต", "/about/executives/")]),
    ("o3", "ข้อมูลการติดต่อ", [("ติดต่อเรา", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวสาร", "/news/")]),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์วิทยาเขต", f("strat-63-67"))]),
    ("o6", "แผนปฏิบัติราชการ แผนการใช้จ่าย และรายงานรอบ 6 เดือน",
     [("แผนปฏิบัติราชการ 2568", f("action-68")), ("แผนการใช้จ่ายงบประมาณ", f("spend-68")),
      ("รายงานผลรอบ 6 เดือน", f("sixmonth-67"))]),
    ("o7", "รายงานประจำปี", [("รายงานประจำปี", "/download/report/")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือ", f("manual-fin"))]),
    ("o9", "คู่มือการขอรับบริการ", [("คู่มือการขอรับบริการ", f("service-manual"))]),
    ("o10", "E-Service", [("ระบบบริการออนไลน์", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติ", f("stats-67"))]),
    ("o12", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1", "/procurement/")]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงาน", f("proc-year-67"))]),
    ("o14", "แผนพัฒนาบุคลากร", [("งานบุคลากร", "/download/hr/")]),
    ("o15", "รายงานผลการบริหารและพัฒนาบุคลากร", [("รายงาน", f("hr-report-67"))]),
    ("o16", "ประมวลจริยธรรมและการขับเคลื่อน", [("ประมวลจริยธรรม", f("ethics")), ("กิจกรรม", "/news/1203/")]),
    ("o17", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", [("แนวปฏิบัติ", f("complaint-guide"))]),
    ("o18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติ", f("complaint-68"))]),
    ("o20", "การมีส่วนร่วม", [("ผลการประชุมรับฟังความคิดเห็น", "/news/1187/")]),
    ("o21", "No Gift Policy", [("ประกาศ", f("nogift-66"))]),
    ("o22", "รายงานการรับของขวัญ", [("รายงาน", f("gift-report-67"))]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยงการทุจริต ประจำปี 2568", f("risk-67"))]),
    ("o24", "รายงานผลการจัดการความเสี่ยง", [("รายงาน", f("risk-report-67"))]),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต", [("แผน 2568", f("anti-plan-68"))]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานผล", f("anti-report-66"))]),
]
ITA_2567 = [
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ 2563-2567", f("strat-63-67"))]),
    ("o6", "แผนปฏิบัติราชการ/รายงาน 6 เดือน", [("รายงานรอบ 6 เดือน 2567", f("sixmonth-67"))]),
    ("o14", "แผนพัฒนาบุคลากร", [("แผน 2567", f("hr-plan-67"))]),
    ("o21", "No Gift Policy", [("ประกาศ", f("nogift-66"))]),
    ("o22", "รายงานการรับของขวัญ 2566", [("รายงาน", OLD_DEAD)]),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต", [("แผน 2567", f("anti-plan-67"))]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงาน 2566", f("anti-report-66"))]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>']
    for no, text, links in rows:
        cell = "<br>".join(f'<a href="{h}">{esc(t)}</a>' for t, h in links)
        out.append(f"<tr><td>{no}</td><td>{esc(text)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


def build_ita() -> None:
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ปีงบประมาณ 2568</a></li><li><a href="/ita/2567/">ITA ปีงบประมาณ 2567</a></li></ul>')
    write("/ita/2568/", "ITA 2568 การเปิดเผยข้อมูลสาธารณะ (OIT)",
          "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>" + ita_table(ITA_2568))
    write("/ita/2567/", "ITA 2567 การเปิดเผยข้อมูลสาธารณะ (OIT)", ita_table(ITA_2567))


# ---------------------------------------------------------------- static pages

STRUCTURE = """<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้างวิทยาเขต" width="600" height="320"></p>
<h2>โครงสร้างการบริหารวิทยาเขตโพนสวรรค์</h2>
<ul><li>สภามหาวิทยาลัย → อธิการบดี → รองอธิการบดีประจำวิทยาเขตโพนสวรรค์
<ul><li>คณะกรรมการประจำวิทยาเขต</li><li>ผู้ช่วยรองอธิการบดี (ฝ่ายบริหาร ฝ่ายวิชาการ ฝ่ายกิจการนักศึกษา)</li></ul></li>
<li>กองบริหารทรัพยากรโพนสวรรค์: งานบริหารทั่วไป งานคลัง งานพัสดุ งานบุคลากร งานแผนและงบประมาณ งานอาคารสถานที่</li>
<li>กองการศึกษาโพนสวรรค์: งานทะเบียนและวัดผล งานกิจการนักศึกษา งานวิจัยและบริการวิชาการ</li>
<li>คณะเทคโนโลยีการเกษตร · คณะบริหารธุรกิจ · คณะวิศวกรรมศาสตร์และเทคโนโลยี</li>
<li>สำนักงานวิทยบริการและเทคโนโลยีสารสนเทศ</li></ul>"""
AUTHORITY = """<p>ตามพระราชบัญญัติมหาวิทยาลัยเทคโนโลยีราชมงคล พ.ศ. 2548 มาตรา 7 และข้อบังคับว่าด้วยการบริหารวิทยาเขต
วิทยาเขตโพนสวรรค์มีหน้าที่และอำนาจโดยสรุป ดังนี้</p>
<ol><li>จัดการศึกษาด้านวิชาการและวิชาชีพชั้นสูงที่เน้นการปฏิบัติ ระดับปริญญาตรี</li>
<li>ทำการวิจัย สร้างองค์ความรู้และนวัตกรรมด้านเทคโนโลยีการเกษตรเพื่อถ่ายทอดสู่ชุมชน</li>
<li>ให้บริการวิชาการแก่สังคมและชุมชนลุ่มน้ำโขง</li><li>ทำนุบำรุงศาสนา ศิลปะ และวัฒนธรรม</li>
<li>บริหารงบประมาณ บุคลากร และทรัพย์สินของวิทยาเขตตามที่มหาวิทยาลัยมอบหมาย</li></ol>"""
EXECS = [("ผู้ช่วยศาสตราจารย์ ดร.วรวุฒิ ศรีประเสริฐกุล", "รองอธิการบดีประจำวิทยาเขตโพนสวรรค์", "1101"),
         ("อาจารย์ ดร.สุนันทา พรหมวงศ์", "ผู้ช่วยรองอธิการบดีฝ่ายบริหาร", "1103"),
         ("ผู้ช่วยศาสตราจารย์ธนากร บุญเรืองศรี", "ผู้ช่วยรองอธิการบดีฝ่ายวิชาการ", "1104"),
         ("อาจารย์กิตติพงษ์ แสนสุภา", "ผู้ช่วยรองอธิการบดีฝ่ายกิจการนักศึกษา", "1105"),
         ("นางรัชนีวรรณ ทองคำพันธ์", "ผู้อำนวยการกองบริหารทรัพยากรโพนสวรรค์", "1201")]


def build_static() -> None:
    write("/", "หน้าแรก",
          "<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2>" + news_list(PAGE1[:6]) + '<p><a href="/news/">ดูข่าวทั้งหมด</a></p>'
          '<h2>บริการ</h2><p><a href="/eservice/">E-Service</a> · <a href="/download/">ดาวน์โหลดเอกสาร</a> · '
          '<a href="/procurement/">ประกาศจัดซื้อจัดจ้าง</a> · <a href="/ita/2568/">ITA 2568</a></p>')
    write("/about/history/", "ประวัติวิทยาเขต",
          "<p>วิทยาเขตโพนสวรรค์เดิมคือวิทยาลัยเกษตรกรรมนครพนม ยกฐานะเป็นวิทยาเขตของมหาวิทยาลัยเมื่อ พ.ศ. 2548 "
          "ตั้งอยู่บนพื้นที่ 1,240 ไร่</p><p><a href=\"/about/vision/\">ปรัชญา วิสัยทัศน์ พันธกิจ</a></p>")
    write("/about/vision/", "ปรัชญา วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ วิทยาเขตแห่งเทคโนโลยีการเกษตรและนวัตกรรมชุมชนลุ่มน้ำโขง</p>")
    write("/about/structure/", "โครงสร้างองค์กร", STRUCTURE + '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่", AUTHORITY)
    write("/about/executives/", "ผู้บริหารวิทยาเขต", "\n".join(
        f'<div class="exec"><img src="/assets/exec{i}.jpg" alt="{esc(n)}" width="120" height="150"><br>'
        f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. 0 4251 7788 ต่อ {x}</div>" for i, (n, p, x) in enumerate(EXECS, 1)))
    write("/contact/", "ติดต่อเรา",
          "<p>" + ORG + "<br>88 หมู่ 7 ตำบลนาหัวบ่อ อำเภอโพนสวรรค์ จังหวัดนครพนม 48190</p>"
          "<p>โทรศัพท์ 0 4251 7788 โทรสาร 0 4251 7789<br>อีเมล saraban.pns@rmutsk.ac.th<br>"
          "Facebook: ราชมงคลศรีโคตรบูร โพนสวรรค์</p>"
          '<p><a href="https://maps.google.com/?q=17.4412,104.5231">แผนที่ Google Maps</a></p>'
          "<p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>")
    write("/eservice/", "E-Service ระบบบริการออนไลน์",
          "<p>ยื่นคำร้องขอเอกสารทางการศึกษาออนไลน์ (ใบรับรองผลการศึกษา ใบรับรองการเป็นนักศึกษา)</p>"
          '<form action="/eservice/" method="post"><label>ชื่อ-สกุล <input name="name"></label><br>'
          '<label>รหัสนักศึกษา <input name="sid"></label><br><label>เอกสารที่ขอ <select name="doc">'
          "<option>ใบรับรองผลการศึกษา</option><option>ใบรับรองการเป็นนักศึกษา</option></select></label><br>"
          '<label>อีเมล <input name="email"></label><br><button type="submit">ส่งคำร้อง</button></form>'
          '<p>ระบบอื่น: <a href="https://reg.rmutsk.ac.th/pns/">ระบบทะเบียนออนไลน์</a> · '
          '<a href="https://forms.gle/pnsRoomBooking">จองห้องประชุม/สนามกีฬา</a></p>')
    write("/complaint/", "ร้องเรียน / ข้อเสนอแนะ",
          "<p>ร้องเรียนเรื่องทั่วไปเกี่ยวกับการให้บริการ</p>"
          '<form action="/complaint/" method="post"><textarea name="msg"></textarea><button>ส่ง</button></form>'
          '<p>เรื่องทุจริตหรือประพฤติมิชอบ <a href="/complaint/corruption/">แจ้งที่นี่</a></p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ (ไม่ระบุชื่อได้)</p>"
          '<form action="/complaint/corruption/" method="post"><label>ชื่อ (ไม่บังคับ) <input name="name"></label><br>'
          '<label>ผู้ถูกร้องเรียน/หน่วยงาน <input name="who"></label><br><label>รายละเอียด <textarea name="detail">'
          '</textarea></label><br><label>หลักฐาน <input type="file" name="file"></label><br><button>ส่งเรื่อง</button></form>'
          "<p>หรือโทร. 0 4251 7788 ต่อ 1102</p>")
    for path, title, text in [
        ("/faculty/agri/", "คณะเทคโนโลยีการเกษตร", "สาขาพืชศาสตร์ สัตวศาสตร์ ประมง เกษตรอัจฉริยะ"),
        ("/faculty/business/", "คณะบริหารธุรกิจ", "สาขาการบัญชี การตลาด ระบบสารสนเทศ"),
        ("/faculty/engineering/", "คณะวิศวกรรมศาสตร์และเทคโนโลยี", "สาขาวิศวกรรมเกษตร ไฟฟ้า โยธา"),
        ("/student/", "นักศึกษา", "ทุนการศึกษา กองทุนกู้ยืม กยศ. หอพัก กิจกรรมนักศึกษา"),
        ("/calendar/", "ปฏิทินการศึกษา", "ภาคเรียนที่ 2/2567 เปิดเรียน 11 พฤศจิกายน 2567 สอบปลายภาค 17 - 28 มีนาคม 2568"),
        ("/library/", "สำนักงานวิทยบริการ", "เปิดบริการ จันทร์ - เสาร์ 08.00 - 20.00 น."),
        ("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "วิทยาเขตเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562"),
    ]:
        write(path, title, f"<p>{esc(text)}</p>")


def build_downloads() -> None:
    cats = "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<ul>{cats}</ul><h2>เอกสารล่าสุด</h2>" + table(listed()[:12]))
    for c, t in CATS.items():
        write(f"/download/{c}/", f"ดาวน์โหลด : {t}", table(listed(c)))
    proc = [k for k in listed("procure") if k.startswith("proc-2")]
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          "<p>งานพัสดุ กองบริหารทรัพยากรโพนสวรรค์</p>" + table(proc)
          + '<p><a href="/procurement/announce/">ประกาศจัดซื้อจัดจ้าง</a></p>')
    write("/procurement/announce/", "ประกาศจัดซื้อจัดจ้าง",
          table([k for k in listed("procure") if not k.startswith("proc-2")])
          + '<p>ดูประกาศทั้งหมดได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>')


def build_sitemap() -> None:
    pages = sorted({os.path.relpath(os.path.join(r), HERE) for r, _d, fs in os.walk(HERE) if "index.html" in fs})
    links = "".join(f'<li><a href="/{p}/">/{p}/</a></li>' for p in pages if p not in (".", "sitemap") and not p.startswith("news/1"))
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{links}</ul>")


def main() -> None:
    build_static()
    build_news()
    build_ita()
    build_downloads()
    build_sitemap()
    assets = os.path.join(HERE, "assets")
    os.makedirs(assets, exist_ok=True)
    from PIL import Image

    for img, size, colour in [("logo.png", (60, 60), (27, 77, 46)), ("chart.png", (120, 64), (230, 230, 230))] + [
            (f"exec{i}.jpg", (24, 30), (180, 170, 160)) for i in range(1, len(EXECS) + 1)]:
        Image.new("RGB", size, colour).save(os.path.join(assets, img))
    with open(os.path.join(assets, "campus.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,sans-serif;margin:0}.wrap{display:flex}main{flex:3;padding:1em}"
                 "aside{flex:1;background:#f4f1e8;padding:1em}nav ul{display:flex;list-style:none;background:#1b4d2e}"
                 "nav a{color:#fff;padding:.5em}footer{background:#222;color:#ddd;padding:1em}"
                 "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}\n")


if __name__ == "__main__":
    main()
