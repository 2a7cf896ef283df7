"""Generate the HTML pages of the "peabranch" test site (การไฟฟ้าส่วนภูมิภาคจังหวัดนาดูนธานี, invented).

Run:  python tests/sites/peabranch/_make_pages.py   (after _make_docs.py)

A Joomla 3 site of a provincial electricity office: every page is a query string on /index.php
(articles ?option=com_content&view=article&id=N, lists ?view=category, downloads through
Phoca Download categories), stored as static copies under index.php.q/<query>/index.html (see
crawler/serve.py); files go out through /download.php?id=N.  A header, a menu, a right column
(manager, PEA Call Center 1129, quick links, ITA) and a footer on every page.  The ITA section is
split: a hub article (id 50) leads to one article per group (ids 51-55) in Thai digits, whose rows
link files, pages, a PDF viewer page (/viewer.php?doc=9) or a year selector (annual results,
category 30, &year=).  The site moved from an older CMS in 2567: the old site stays online under
/old/, with its ITA 2567 page.
"""

from __future__ import annotations

import base64
import html
import os
import sys
from urllib.parse import quote, unquote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DEAD, DOCS, ORG  # noqa: E402

THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def th(s: str) -> str:
    return s.translate(THAI)


def art(i: int) -> str:
    return f"/index.php?option=com_content&view=article&id={i}"


def cat(i: int, extra: str = "") -> str:
    return f"/index.php?option=com_content&view=category&id={i}{extra}"


def phoca(i: int) -> str:
    return f"/index.php?option=com_phocadownload&view=category&id={i}"


def dl(i: int) -> str:
    return f"/download.php?id={i}"


def a(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับเรา", art(15)), ("โครงสร้างองค์กร", art(12)), ("ผู้บริหาร", art(13)),
        ("ข่าวประชาสัมพันธ์", cat(8)), ("ดาวน์โหลดเอกสาร", phoca(0)), ("จัดซื้อจัดจ้าง", art(60)),
        ("บริการออนไลน์", art(20)), ("ร้องเรียน/แจ้งเบาะแส", art(21)), ("ITA", art(50)), ("ติดต่อเรา", art(14))]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr"><head><meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - {ORG}</title>
<link href="/templates/pea2019/css/template.css" rel="stylesheet"></head>
<body class="site com_content">
<div class="topbar">PEA Call Center 1129 · ให้บริการตลอด 24 ชั่วโมง | <a href="/old/">เว็บไซต์เดิม</a></div>
<header><img src="/images/logo_pea.png" alt="PEA" width="120" height="48">
<span class="brand">{ORG}</span><br><small>Provincial Electricity Authority, Nadun Thani</small></header>
<nav><ul class="nav menu">
{menu}
</ul></nav>
<div class="container"><main id="content">
<div class="page-header"><h2>{esc(title)}</h2></div>
{body}
</main>
<aside id="right">
<div class="moduletable"><h3>ผู้จัดการ กฟจ.นาดูนธานี</h3><img src="/images/exec/mgr.png" alt="ผู้จัดการ" width="90" height="110"><br>นายวีระพงษ์ ทองสุขเจริญ</div>
<div class="moduletable"><h3>ลิงก์ที่น่าสนใจ</h3><ul>
<li><a href="https://www.pea.co.th/">การไฟฟ้าส่วนภูมิภาค (สำนักงานใหญ่)</a></li>
<li><a href="https://smartplus.pea.co.th/">PEA Smart Plus</a></li>
<li>{a(art(50), "ITA ๒๕๖๘ การเปิดเผยข้อมูลสาธารณะ")}</li>
<li>{a(art(21), "แจ้งเบาะแสการทุจริต")}</li>
<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li></ul></div>
<div class="moduletable">ผู้เยี่ยมชม ๑๘๔,๒๐๙</div>
</aside></div>
<footer>{ORG} 88 ถนนศรีนาดูน ตำบลในเมือง อำเภอเมืองนาดูนธานี จังหวัดนาดูนธานี 49990<br>
โทรศัพท์ 0 4351 2200 โทรสาร 0 4351 2299 · PEA Call Center 1129 · {a(art(22), "นโยบายคุ้มครองข้อมูลส่วนบุคคล")} · {a(art(23), "แผนผังเว็บไซต์")}<br>
© ๒๕๖๗ {ORG}</footer>
</body></html>
"""


def target(url: str) -> str:
    """The static file a site URL is stored in (query strings as crawler/serve.py keeps them)."""
    path, _, query = url.partition("?")
    if not query:
        return os.path.join(HERE, path.strip("/"), "index.html")
    return os.path.join(HERE, path.strip("/") + ".q", quote(unquote(query), safe="=&-_.,+~"), "index.html")


def write(url: str, title: str, body: str) -> None:
    path = target(url)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def doc_row(i: int) -> str:
    fname, title, up, _m = DOCS[i]
    size = os.path.getsize(os.path.join(HERE, "download.php.q", f"id={i}", fname)) / 1024
    return (f'<tr><td>{a(dl(i), title)}</td><td>{esc(fname)}</td><td>{be(up)}</td>'
            f'<td>{size:.0f} KB</td><td>{a(dl(i), "ดาวน์โหลด")}</td></tr>')


def doc_table(ids: list[int]) -> str:
    return ('<table class="pd-filebox"><tr><th>เอกสาร</th><th>ไฟล์</th><th>วันที่</th><th>ขนาด</th><th></th></tr>\n'
            + "\n".join(doc_row(i) for i in ids) + "</table>")


# ---------------------------------------------------------------- news (category 8)

NEWS = [  # id, (y, m, d), title, paragraphs
    (114, (2025, 4, 24), "กฟจ.นาดูนธานี เตรียมความพร้อมระบบไฟฟ้ารับฤดูร้อน 2568",
     ["ตรวจบำรุงรักษาหม้อแปลงที่มีโหลดสูงกว่าร้อยละ 80 จำนวน 126 เครื่อง ระหว่างวันที่ 1 - 30 เมษายน 2568"]),
    (113, (2025, 4, 9), "ประกาศดับไฟเพื่อปรับปรุงระบบจำหน่าย อ.บ้านแฮด 20 เมษายน 2568",
     ["งดจ่ายไฟฟ้าเวลา 08.30 - 16.30 น. บ้านหนองแวง บ้านโคกใหญ่ เพื่อปักเสาและพาดสายแรงสูง"]),
    (112, (2025, 3, 21), "PEA ร่วมกิจกรรมจิตอาสา ปลูกต้นไม้ใต้แนวสาย ไม่เสี่ยงไฟฟ้า",
     ["พนักงานจิตอาสา 60 คน ปลูกไม้พุ่มเตี้ยใต้แนวสายไฟฟ้า ถนนนาดูน - บ้านแฮด"]),
    (111, (2025, 2, 17), "สรุปผลโครงการ กฟภ. พบประชาชน รับฟังความคิดเห็นผู้ใช้ไฟฟ้า ประจำปี 2568",
     ["วันที่ 14 กุมภาพันธ์ 2568 กฟจ.นาดูนธานี จัดประชุมรับฟังความคิดเห็นผู้ใช้ไฟฟ้า ณ หอประชุมอำเภอเมืองนาดูนธานี "
      "เปิดโอกาสให้ผู้นำชุมชน ผู้ประกอบการ และประชาชนมีส่วนร่วมเสนอแนะการให้บริการและการปรับปรุงระบบไฟฟ้า",
      "ผู้เข้าร่วม 146 คน (กำนัน ผู้ใหญ่บ้าน 58 คน ผู้ประกอบการ 21 คน ประชาชน 67 คน) ข้อเสนอ 23 เรื่อง "
      "เช่น ขอขยายเขตไฟฟ้าบ้านนาคำ หมู่ 7 ขอตัดต้นไม้ใกล้สายบ้านดอนแดง ขอเพิ่มจุดชำระเงิน",
      "กฟจ.นาดูนธานี บรรจุการขยายเขตบ้านนาคำในแผนงานปี 2568 และจะแจ้งความคืบหน้าผ่านเว็บไซต์"]),
    (110, (2025, 1, 28), "ขอเชิญร่วมประชุมรับฟังความคิดเห็นผู้ใช้ไฟฟ้า โครงการ กฟภ. พบประชาชน 2568",
     ["กำหนดประชุมวันที่ 14 กุมภาพันธ์ 2568 เวลา 09.00 น. ณ หอประชุมอำเภอเมืองนาดูนธานี",
      "<b>เอกสารแนบ</b>: " + a(dl(27), "หนังสือเชิญประชุม (invite_0412.docx)")]),
    (109, (2025, 1, 16), "อบรมเสริมสร้างคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรม ประจำปี 2568",
     ["วันที่ 15 มกราคม 2568 กฟจ.นาดูนธานี จัดอบรมพนักงานและลูกจ้าง 187 คน เรื่องประมวลจริยธรรม กฟภ. "
      "Do's & Don'ts การป้องกันผลประโยชน์ทับซ้อน และการไม่รับของขวัญ วิทยากรจากสำนักงานพระพุทธศาสนาจังหวัด",
      "ผลประเมินหลังอบรม ความรู้เพิ่มขึ้นเฉลี่ยร้อยละ 23"]),
    (108, (2024, 12, 27), "กฟจ.นาดูนธานี ตั้งจุดบริการประชาชน เทศกาลปีใหม่ 2568",
     ["จัดเจ้าหน้าที่เฝ้าระวังระบบไฟฟ้า 24 ชั่วโมง ระหว่าง 27 ธันวาคม 2567 - 2 มกราคม 2568"]),
    (107, (2024, 11, 14), "ติดตั้งมิเตอร์อัจฉริยะ (AMI) ระยะที่ 1 เขตเทศบาลเมืองนาดูนธานี",
     ["เริ่มเปลี่ยนมิเตอร์ 4,800 เครื่อง ผู้ใช้ไฟไม่ต้องเสียค่าใช้จ่าย"]),
    (106, (2024, 10, 4), "ผู้จัดการ กฟจ.นาดูนธานี ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปี 2568",
     ["วันที่ 1 ตุลาคม 2567 ผู้จัดการประกาศเจตจำนงสุจริตต่อหน้าพนักงาน",
      "<b>เอกสารแนบ</b>: " + a(dl(28), "scan0003.pdf")]),
    (105, (2024, 10, 2), "ต้อนรับผู้จัดการคนใหม่ กฟจ.นาดูนธานี",
     ["นายวีระพงษ์ ทองสุขเจริญ รับตำแหน่งผู้จัดการ กฟจ.นาดูนธานี ตั้งแต่ 1 ตุลาคม 2567"]),
    # FY2567, on page 2
    (104, (2024, 8, 20), "สัมมนาผู้รับเหมางานก่อสร้างระบบไฟฟ้า ประจำปี 2567", ["ผู้รับเหมาเข้าร่วม 42 ราย"]),
    (103, (2024, 3, 12), "สรุปผลโครงการ กฟภ. พบประชาชน ประจำปี 2567", ["วันที่ 8 มีนาคม 2567 ผู้เข้าร่วม 131 คน"]),
    (102, (2024, 1, 19), "อบรมคุณธรรมจริยธรรม ประจำปี 2567", ["พนักงานเข้าร่วม 176 คน"]),
    (101, (2023, 11, 2), "ประกาศ No Gift Policy ประจำปี 2567",
     ["ขอความร่วมมือผู้มาติดต่องดให้ของขวัญทุกโอกาส " + a(dl(17), "ดูประกาศ")]),
]


def news() -> None:
    from datetime import date

    for nid, (y, m, day), title, paras in NEWS:
        body = f'<p class="date">เผยแพร่เมื่อ {be(date(y, m, day))} · ฝ่ายประชาสัมพันธ์</p>' + "".join(f"<p>{p}</p>" for p in paras)
        write(art(nid), title, body + f"<p>{a(cat(8), '« ข่าวประชาสัมพันธ์')}</p>")
    for start in (0, 10):
        chunk = NEWS[start:start + 10]
        items = "\n".join(f"<li>{a(art(n[0]), n[2])} <span>{be(date(*n[1]))}</span></li>" for n in chunk)
        pager = (f'<p class="pagination">หน้า 1 {a(cat(8, "&limitstart=10"), "2")} {a(cat(8, "&limitstart=10"), "ถัดไป")}</p>'
                 if start == 0 else f'<p class="pagination">{a(cat(8), "1")} หน้า 2</p>')
        write(cat(8, "&limitstart=10" if start else ""), "ข่าวประชาสัมพันธ์", f'<ul class="category">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA (hub 50, groups 51-55)

GROUPS = {
    51: ("ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้างองค์กร และอำนาจหน้าที่", [(art(12), "โครงสร้าง/อำนาจหน้าที่")]),
        ("o2", "ข้อมูลผู้บริหาร", [(art(13), "ผู้บริหาร กฟจ.นาดูนธานี")]),
        ("o3", "ข้อมูลการติดต่อ", [(art(14), "ติดต่อเรา")]),
        ("o4", "ข่าวประชาสัมพันธ์", [(cat(8), "ข่าวประชาสัมพันธ์")])]),
    52: ("การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("o5", "แผนยุทธศาสตร์", [(dl(3), "แผนยุทธศาสตร์ กฟจ.นาดูนธานี"), (dl(4), "ผลการประเมินแผนยุทธศาสตร์")]),
        ("o6", "แผนปฏิบัติการและการใช้งบประมาณประจำปี", [(dl(5), "แผนปฏิบัติการ ปี 2568"), (dl(6), "แผนการใช้จ่ายงบประมาณ ปี 2568"),
                                                  (dl(7), "รายงานความก้าวหน้ารอบ 6 เดือน")]),
        ("o7", "รายงานผลการดำเนินงานประจำปี", [(cat(30), "ผลการดำเนินงาน (เลือกปี)")]),
        ("o8", "คู่มือการปฏิบัติงาน", [(dl(10), "คู่มือการปฏิบัติงาน งานบริการลูกค้า")]),
        ("o9", "คู่มือการให้บริการประชาชน", [("/viewer.php?doc=9", "คู่มือการขอใช้ไฟฟ้าใหม่")]),
        ("o10", "E-Service", [(art(20), "บริการออนไลน์")]),
        ("o11", "สถิติการให้บริการ", [(dl(11), "สถิติการให้บริการ")])]),
    53: ("การจัดซื้อจัดจ้าง", [
        ("o12", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", [(art(60), "สขร.1 รายเดือน")]),
        ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [(dl(12), "รายงานผลการจัดซื้อจัดจ้างประจำปี")])]),
    54: ("การบริหารทรัพยากรบุคคลและการส่งเสริมความโปร่งใส", [
        ("o14", "นโยบาย/แผนการบริหารทรัพยากรบุคคล", [(dl(13), "นโยบายการบริหารทรัพยากรบุคคล")]),
        ("o15", "รายงานผลการบริหารทรัพยากรบุคคล", [(dl(14), "รายงานผล HR ปี 2567")]),
        ("o16", "ประมวลจริยธรรม", [(dl(15), "ประมวลจริยธรรม กฟภ."), (art(109), "กิจกรรมขับเคลื่อนจริยธรรม 2568")]),
        ("o17", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [(dl(16), "คู่มือการจัดการเรื่องร้องเรียน")]),
        ("o18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [(art(21), "แจ้งเบาะแส")]),
        ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [(dl(DEAD), "สถิติเรื่องร้องเรียน ปี 2568")]),
        ("o20", "การมีส่วนร่วม", [(art(111), "กฟภ. พบประชาชน 2568")])]),
    55: ("การป้องกันการทุจริต", [
        ("o21", "No Gift Policy", [(dl(17), "ประกาศเจตนารมณ์ No Gift Policy ปี 2568")]),
        ("o22", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด", [(dl(18), "รายงานการรับทรัพย์สินฯ")]),
        ("o23", "การประเมินความเสี่ยงการทุจริต", [(dl(19), "การประเมินความเสี่ยงการทุจริต ปี 2568")]),
        ("o24", "รายงานผลการจัดการความเสี่ยงการทุจริต", [(dl(21), "รายงานผลการจัดการความเสี่ยง")]),
        ("o25", "แผนปฏิบัติการป้องกันการทุจริต", [(dl(22), "แผนป้องกันการทุจริต ปี 2568")]),
        ("o26", "รายงานผลการดำเนินการป้องกันการทุจริต", [("/old/ita2567/", "ดูที่หน้า ITA เว็บไซต์เดิม")])]),
}


def ita() -> None:
    hub = "".join(f"<li>{a(art(g), th(f'กลุ่มที่ {n} ') + name)}</li>" for n, (g, (name, _r)) in enumerate(GROUPS.items(), 1))
    write(art(50), th("การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2568"),
          th("<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต แบบวัด OIT ปี 2568</p>")
          + f'<ol class="ita-groups">{hub}</ol>'
          + f"<p>ข้อมูลปีก่อนหน้า: {a('/old/ita2567/', th('ITA ปี 2567 (เว็บไซต์เดิม)'))}</p>")
    for g, (name, rows) in GROUPS.items():
        trs = []
        for code, text, links in rows:
            cells = " ".join(f"[{a(h, th(t))}]" for h, t in links)
            trs.append(f"<tr><td>{th('ข้อ ' + code[1:])}</td><td>{esc(th(text))}</td><td>{cells}</td></tr>")
        write(art(g), th(f"ITA 2568 : {name}"),
              '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n' + "\n".join(trs)
              + f"</table><p>{a(art(50), '« กลับหน้า ITA')}</p>")


# ---------------------------------------------------------------- other pages

PHOCA = {1: ("แผนงาน/แผนปฏิบัติการ", [5, 6, 26, 3, 4]), 2: ("รายงานผลการดำเนินงาน", [7, 24, 12]),
         3: ("คู่มือ", [9, 10, 16]), 4: ("บริหารงานบุคคล", [14, 13]),
         5: ("คุณธรรมและความโปร่งใส", [19, 20, 22, 23, 21, 18, 17, 15, 28]), 6: ("ประกาศจัดซื้อจัดจ้าง", [25])}


def png() -> bytes:
    return base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")


def assets() -> None:
    for rel in ("images/logo_pea.png", "images/exec/mgr.png", "images/exec/d1.png", "images/exec/d2.png",
                "images/exec/d3.png", "images/org_chart.png", "old/images/banner.png"):
        os.makedirs(os.path.dirname(os.path.join(HERE, rel)), exist_ok=True)
        with open(os.path.join(HERE, rel), "wb") as fh:
            fh.write(png())
    os.makedirs(os.path.join(HERE, "templates/pea2019/css"), exist_ok=True)
    with open(os.path.join(HERE, "templates/pea2019/css/template.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}header{background:#74045f;color:#fff}"
                 ".container{display:flex}main{flex:3}aside{flex:1}table{border-collapse:collapse}td,th{border:1px solid #ccc}\n")


def pages() -> None:
    from datetime import date

    latest = "".join(f"<li>{a(art(n[0]), n[2])} ({be(date(*n[1]))})</li>" for n in NEWS[:6])
    path = os.path.join(HERE, "index.html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(layout("หน้าแรก", f'<h3>ข่าวประชาสัมพันธ์ล่าสุด</h3><ul>{latest}</ul><p>{a(cat(8), "ข่าวทั้งหมด")}</p>'
                        f'<h3>บริการ</h3><p>{a(art(20), "ขอใช้ไฟฟ้าออนไลน์")} · {a(art(60), "สรุปผลการจัดซื้อจัดจ้าง")} · '
                        f'{a(art(50), "ITA ๒๕๖๘")}</p>'))
    write(art(12), "โครงสร้างองค์กรและอำนาจหน้าที่",
          '<p><img src="/images/org_chart.png" alt="แผนผังโครงสร้างองค์กร กฟจ.นาดูนธานี" width="400" height="260"></p>'
          "<h3>โครงสร้างองค์กร</h3><ul><li>ผู้จัดการการไฟฟ้าส่วนภูมิภาคจังหวัดนาดูนธานี<ul>"
          "<li>รองผู้จัดการ (ด้านเทคนิค): แผนกปฏิบัติการและบำรุงรักษา, แผนกก่อสร้าง, แผนกวางแผนและพัฒนาระบบไฟฟ้า, แผนกมิเตอร์</li>"
          "<li>รองผู้จัดการ (ด้านบริการลูกค้า): แผนกบริการลูกค้า, แผนกการตลาด, การไฟฟ้าสาขา 6 แห่ง สาขาย่อย 4 แห่ง</li>"
          "<li>รองผู้จัดการ (ด้านบัญชีและการเงิน): แผนกบัญชี, แผนกการเงิน, แผนกพัสดุ, แผนกบริหารงานบุคคล</li>"
          "<li>งานตรวจสอบภายใน (ขึ้นตรงผู้จัดการ)</li></ul></li></ul>"
          "<h3>อำนาจหน้าที่</h3><p>ตามพระราชบัญญัติการไฟฟ้าส่วนภูมิภาค พ.ศ. 2503 มาตรา 6 และระเบียบ กฟภ. สรุปได้ดังนี้</p><ol>"
          "<li>ผลิต จัดให้ได้มา จัดส่ง และจำหน่ายพลังงานไฟฟ้าแก่ประชาชนในพื้นที่จังหวัดนาดูนธานี</li>"
          "<li>ก่อสร้าง ขยาย และบำรุงรักษาระบบจำหน่ายไฟฟ้าแรงสูงและแรงต่ำ</li>"
          "<li>ให้บริการขอใช้ไฟฟ้า ติดตั้งมิเตอร์ และแก้ไขไฟฟ้าขัดข้อง</li>"
          "<li>เรียกเก็บค่าไฟฟ้าและค่าบริการตามอัตราที่กำหนด</li><li>กำกับดูแลการไฟฟ้าสาขาในสังกัด</li></ol>")
    people = [("mgr", "นายวีระพงษ์ ทองสุขเจริญ", "ผู้จัดการ กฟจ.นาดูนธานี", "0 4351 2200 ต่อ 101"),
              ("d1", "นายชาตรี พรหมวิเศษ", "รองผู้จัดการ (ด้านเทคนิค)", "0 4351 2200 ต่อ 102"),
              ("d2", "นางสาวกนกพร ศรีบุญเรือง", "รองผู้จัดการ (ด้านบริการลูกค้า)", "0 4351 2200 ต่อ 103"),
              ("d3", "นายอนุชา แสงมณีวงศ์", "รองผู้จัดการ (ด้านบัญชีและการเงิน)", "0 4351 2200 ต่อ 104")]
    write(art(13), "ผู้บริหาร", "".join(
        f'<div class="exec"><img src="/images/exec/{k}.png" alt="{esc(n)}" width="90" height="110"><br><b>{esc(n)}</b><br>'
        f"{esc(p)}<br>โทร. {t}</div>" for k, n, p, t in people))
    write(art(14), "ติดต่อเรา",
          f"<p>{ORG}<br>88 ถนนศรีนาดูน ตำบลในเมือง อำเภอเมืองนาดูนธานี จังหวัดนาดูนธานี 49990</p>"
          "<p>โทรศัพท์ 0 4351 2200 โทรสาร 0 4351 2299<br>อีเมล saraban.ndt@pea-ndt.or.th<br>PEA Call Center 1129</p>"
          "<p>เวลาทำการ วันจันทร์ - ศุกร์ 08.30 - 15.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=16.1021,103.4417">แผนที่ Google Maps</a></p>')
    write(art(15), "ประวัติความเป็นมา", "<p>การไฟฟ้าส่วนภูมิภาคจังหวัดนาดูนธานี ก่อตั้งเมื่อ พ.ศ. 2508 เดิมชื่อ การไฟฟ้านาดูน "
          "ปัจจุบันสังกัด การไฟฟ้าส่วนภูมิภาค เขต 3 (ภาคตะวันออกเฉียงเหนือ)</p>"
          f"<p>{a(art(16), 'วิสัยทัศน์ พันธกิจ')}</p>")
    write(art(16), "วิสัยทัศน์ พันธกิจ", "<p>วิสัยทัศน์ กฟภ.: องค์กรนำด้านพลังงานไฟฟ้าที่ทันสมัย มั่นคง ยั่งยืน</p>")
    write(art(20), "บริการออนไลน์ (E-Service)",
          '<p>ยื่นคำร้องขอใช้ไฟฟ้า ขอเพิ่มขนาดมิเตอร์ ขอย้ายมิเตอร์ และแจ้งไฟฟ้าขัดข้องได้ทางออนไลน์ ไม่ต้องเดินทางมาสำนักงาน</p>'
          '<form action="/index.php?option=com_rsform&amp;formId=3" method="post"><label>ชื่อ-นามสกุล <input name="name"></label>'
          '<label>หมายเลขผู้ใช้ไฟฟ้า (CA) <input name="ca"></label><label>บริการที่ต้องการ <select name="svc">'
          "<option>ขอใช้ไฟฟ้าใหม่</option><option>ขอเพิ่มขนาดมิเตอร์</option><option>แจ้งไฟฟ้าขัดข้อง</option></select></label>"
          '<label>โทรศัพท์ <input name="tel"></label><button type="submit">ส่งคำร้อง</button></form>'
          '<p>หรือใช้แอปพลิเคชัน <a href="https://smartplus.pea.co.th/">PEA Smart Plus</a></p>')
    write(art(21), "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          '<p>ท่านสามารถแจ้งเบาะแสการทุจริตของพนักงาน กฟจ.นาดูนธานี โดยไม่ต้องเปิดเผยชื่อ ข้อมูลของท่านจะถูกเก็บเป็นความลับ</p>'
          '<form action="/index.php?option=com_rsform&amp;formId=5" method="post"><label>ชื่อผู้แจ้ง (ไม่บังคับ) <input name="n"></label>'
          '<label>เรื่องที่แจ้ง <textarea name="detail"></textarea></label><label>แนบไฟล์ <input type="file" name="f"></label>'
          '<button type="submit">ส่งเรื่อง</button></form><p>หรือโทร. 0 4351 2200 ต่อ 105 / PEA Call Center 1129</p>')
    write(art(22), "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>กฟจ.นาดูนธานี เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write(art(23), "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in MENU) + "</ul>")
    # the monthly procurement summaries (article 60): February 2568 was never posted
    rows = [i for i in sorted(DOCS, reverse=True) if i >= 40]
    write(art(60), "สรุปผลการดำเนินการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          "<p>เผยแพร่ตามประกาศคณะกรรมการข้อมูลข่าวสารของราชการ</p>" + doc_table(rows))
    # Phoca Download
    write(phoca(0), "ดาวน์โหลดเอกสาร", "<ul>" + "".join(
        f"<li>{a(phoca(k), t)} ({len(ids)})</li>" for k, (t, ids) in PHOCA.items()) + "</ul>")
    for k, (t, ids) in PHOCA.items():
        write(phoca(k), f"ดาวน์โหลดเอกสาร : {t}", doc_table(ids) + f"<p>{a(phoca(0), '« หมวดหมู่ทั้งหมด')}</p>")
    # the annual results, with a year selector (category 30)
    years = {"2568": "<p>ยังไม่มีข้อมูลในปีที่เลือก</p>",
             "2567": doc_table([25]),
             "2566": doc_table([24])}
    for y, body in years.items():
        sel = " | ".join(f"<b>{th(x)}</b>" if x == y else a(cat(30, f"&year={x}"), th(x)) for x in years)
        page = f'<form class="year"><p>เลือกปี: {sel}</p></form>{body}'
        write(cat(30, f"&year={y}"), "ผลการดำเนินงาน", page)
        if y == "2568":
            write(cat(30), "ผลการดำเนินงาน", page)
    # a viewer page for the citizen's manual, with a direct download beside it
    write("/viewer.php?doc=9", "คู่มือสำหรับประชาชน การขอใช้ไฟฟ้าใหม่",
          f'<iframe src="{esc(dl(9))}" width="100%" height="640" title="pdf"></iframe>'
          f"<p>{a(dl(9), 'ดาวน์โหลดไฟล์ (manual_newmeter.pdf)')}</p>")


def old_site() -> None:
    """The site before the move to Joomla (2567), still online under /old/."""
    def old(path: str, title: str, body: str) -> None:
        target_path = os.path.join(HERE, path.strip("/"), "index.html")
        os.makedirs(os.path.dirname(target_path), exist_ok=True)
        with open(target_path, "w", encoding="utf-8") as fh:
            fh.write(f"""<html><head><meta charset="utf-8"><title>{esc(title)} :: กฟจ.นาดูนธานี</title></head>
<body bgcolor="#f3eef6"><table width="900" align="center"><tr><td><img src="/old/images/banner.png" width="900" height="120" alt="banner"></td></tr>
<tr><td><a href="/old/">หน้าหลัก</a> | <a href="/old/news/">ข่าว</a> | <a href="/old/ita2567/">ITA 2567</a> | <a href="/">เว็บไซต์ใหม่</a></td></tr>
<tr><td><h2>{esc(title)}</h2>{body}</td></tr>
<tr><td><small>{ORG} โทร. 0 4351 2200 · ปรับปรุงล่าสุด 28 มิ.ย. 2567</small></td></tr></table></body></html>
""")
    old("/old/", "เว็บไซต์ กฟจ.นาดูนธานี (เดิม)", "<p>เว็บไซต์นี้ย้ายไปยังระบบใหม่แล้ว <a href=\"/\">คลิกที่นี่</a></p>")
    old("/old/news/", "ข่าวประชาสัมพันธ์", "<ul><li>ประชุมผู้บริหาร กฟจ. ไตรมาส 3/2567 (25 มิ.ย. 2567)</li>"
        "<li>กฟภ. พบประชาชน 2567 (12 มี.ค. 2567)</li></ul>")
    rows = [("o1", "โครงสร้าง", "ดูที่หน้าโครงสร้าง"), ("o6", "แผนปฏิบัติการ ปี 2567", dl(26)),
            ("o26", "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี 2566", "/old/images/stories/ita2567/o26_report66.pdf")]
    trs = "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{a(h, 'คลิก') if h.startswith('/') else esc(h)}</td></tr>"
                  for c, t, h in rows)
    old("/old/ita2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567", f"<table border=1>{trs}</table>")


def main() -> None:
    assets()
    news()
    ita()
    pages()
    old_site()


if __name__ == "__main__":
    main()
