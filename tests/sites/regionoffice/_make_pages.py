"""Generate the HTML pages of the "regionoffice" test site (สำนักงานทรัพยากรน้ำภาคที่ 13, invented).

Run:  python tests/sites/regionoffice/_make_pages.py   (after _make_docs.py)

The office's site sits on its department's platform: every page repeats the department's top bar
(links to the department's own site), the office's banner and menu, a side column (the director,
quick links, ITA 2568 and last year's ITA 2567) and a footer.  Pages are folder/index.html.  The
ITA page links items in the office's own words, to files, pages or list pages; some links go to the
department's documents under /dept/files/.  Deterministic: no randomness, no current date.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, TITLES  # noqa: E402

ORG = "สำนักงานทรัพยากรน้ำภาคที่ 13"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
PAGES: list[str] = []


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


MENU = [
    ("หน้าหลัก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้างและอำนาจหน้าที่", "/about/structure/"),
    ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
    ("ดาวน์โหลด", "/download/"), ("บริการประชาชน", "/service/"), ("ร้องเรียน/ร้องทุกข์", "/complaint/"),
    ("ติดต่อเรา", "/contact/"),
]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} | {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/dwr-region.css"></head>
<body>
<div class="dept-bar"><a href="https://www.dwr.go.th/">กรมทรัพยากรน้ำ</a> Department of Water Resources
&nbsp;|&nbsp; <a href="https://www.dwr.go.th/about">เกี่ยวกับกรม</a> &nbsp;|&nbsp; <a href="https://www.dwr.go.th/region">สำนักงานทรัพยากรน้ำภาค</a>
&nbsp;|&nbsp; <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<div class="banner"><img src="/assets/logo.png" alt="โลโก้" width="48" height="48">
<span class="name">{ORG}</span><span class="sub">กรมทรัพยากรน้ำ กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม</span></div>
<ul class="menu">
{menu}
</ul>
<div class="wrap">
<div class="content">
<div class="crumb"><a href="/">หน้าหลัก</a> &raquo; {esc(title)}</div>
<h1>{esc(title)}</h1>
{body}
</div>
<div class="side">
<div class="box"><img src="/assets/exec-1.png" alt="ผู้อำนวยการ" width="60" height="72"><br>
นายวีระพงษ์ ทองคำเปลว<br>ผู้อำนวยการสำนักงานทรัพยากรน้ำภาคที่ 13</div>
<div class="box"><b>ลิงก์ด่วน</b><br>
<a href="/ita/2568/">การประเมินคุณธรรมและความโปร่งใส ITA 2568</a><br>
<a href="/ita/2567/">ITA 2567</a><br>
<a href="/eservice/">E-Service ขอรับการสนับสนุนน้ำ</a><br>
<a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a><br>
<a href="http://www.gprocurement.go.th/">ระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)</a><br>
<a href="https://www.dwr.go.th/">เว็บไซต์กรมทรัพยากรน้ำ</a></div>
<div class="box">สายด่วนกรมทรัพยากรน้ำ 1310 กด 13</div>
</div>
</div>
<div class="footer">{ORG} 222 หมู่ 10 ถนนสถลมาร์ค ตำบลคำน้ำแซบ อำเภอวารินชำราบ จังหวัดอุบลราชธานี 34190<br>
โทรศัพท์ 0 4531 2290 โทรสาร 0 4531 2291 อีเมล saraban.region13@dwr.example.go.th &nbsp;
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> &nbsp; Copyright &copy; กรมทรัพยากรน้ำ</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(layout(title, body))
    PAGES.append(path)


def doc_link(path: str, label: str | None = None) -> str:
    ext = path.rsplit(".", 1)[1].upper()
    return f'<a href="{path}">{esc(label or TITLES[path])}</a> <span class="ftype">[{ext}]</span>'


# ------------------------------------------------------------------ news
NEWS = [  # id, (y, m, d) BE, title, paragraphs, attachments
    (264, (2568, 4, 10), "สทภ.13 เปิดโครงการฟื้นฟูหนองบัวแดง ตำบลคำขวาง",
     ["วันที่ 10 เมษายน 2568 นายวีระพงษ์ ทองคำเปลว ผู้อำนวยการสำนักงานทรัพยากรน้ำภาคที่ 13 เป็นประธานเปิดโครงการ"
      "ฟื้นฟูหนองบัวแดง ตำบลคำขวาง อำเภอวารินชำราบ จังหวัดอุบลราชธานี งบประมาณ 4,712,500 บาท"], []),
    (262, (2568, 4, 3), "สทภ.13 สนับสนุนน้ำอุปโภคบริโภคช่วยเหลือภัยแล้ง จังหวัดศรีสะเกษ",
     ["สำนักงานทรัพยากรน้ำภาคที่ 13 นำรถบรรทุกน้ำแจกจ่ายน้ำสะอาดให้ประชาชนบ้านหนองแวง อำเภอราษีไศล จำนวน 48,000 ลิตร"], []),
    (260, (2568, 3, 27), "ประชุมคณะอนุกรรมการลุ่มน้ำมูลตอนล่าง ครั้งที่ 1/2568",
     ["สำนักงานทรัพยากรน้ำภาคที่ 13 ในฐานะฝ่ายเลขานุการ จัดประชุมคณะอนุกรรมการลุ่มน้ำมูลตอนล่าง"
      " เพื่อพิจารณาแผนงานโครงการด้านน้ำปี 2569"], ["/files/news/basin-meeting-1-2568.pdf"]),
    (258, (2568, 3, 14), "อบรมเสริมสร้างจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2568",
     ["วันที่ 14 มีนาคม 2568 สำนักงานทรัพยากรน้ำภาคที่ 13 จัดอบรมเสริมสร้างจริยธรรมตามประมวลจริยธรรมข้าราชการพลเรือน"
      " และการป้องกันผลประโยชน์ทับซ้อน ให้แก่บุคลากร จำนวน 45 คน โดยมีวิทยากรจากสำนักงาน ป.ป.ท. เขต 2",
      "ในการนี้ ผู้อำนวยการได้มอบนโยบายการขับเคลื่อนจริยธรรมและกล่าวย้ำข้อควรปฏิบัติ (Do's & Don'ts) ของเจ้าหน้าที่"], []),
    (256, (2568, 2, 4), "ลงนามสัญญาจ้างก่อสร้างระบบประปาบาดาลขนาดใหญ่ บ้านโนนจิก",
     ["สำนักงานทรัพยากรน้ำภาคที่ 13 ลงนามสัญญาจ้างกับ หจก. ศรีวารินก่อสร้าง ระยะเวลาก่อสร้าง 120 วัน"], []),
    (253, (2568, 1, 16), "ประชุมรับฟังความคิดเห็นของประชาชน โครงการฟื้นฟูหนองบัวแดง",
     ["วันที่ 16 มกราคม 2568 สำนักงานทรัพยากรน้ำภาคที่ 13 จัดประชุมรับฟังความคิดเห็นของประชาชนต่อโครงการฟื้นฟูหนองบัวแดง"
      " ณ ศาลาประชาคมบ้านบัวแดง ตำบลคำขวาง มีผู้เข้าร่วม 87 คน ประกอบด้วยผู้นำชุมชน องค์การบริหารส่วนตำบลคำขวาง"
      " กลุ่มผู้ใช้น้ำ และประชาชนในพื้นที่",
      "ที่ประชุมเสนอให้เพิ่มทางลาดลงแหล่งน้ำสำหรับสัตว์เลี้ยง และให้ชุมชนร่วมเป็นกรรมการตรวจรับงาน"
      " ซึ่งสำนักงานฯ ได้นำข้อเสนอไปปรับแบบก่อสร้างแล้ว"], []),
    (252, (2568, 1, 6), "ขอเชิญร่วมประชุมรับฟังความคิดเห็น โครงการฟื้นฟูหนองบัวแดง",
     ["สำนักงานทรัพยากรน้ำภาคที่ 13 ขอเชิญประชาชนบ้านบัวแดงและผู้สนใจ เข้าร่วมประชุมรับฟังความคิดเห็น"
      " ในวันที่ 16 มกราคม 2568 เวลา 09.00 น. ณ ศาลาประชาคมบ้านบัวแดง"], ["/files/news/invite-hearing-2568.pdf"]),
    (250, (2567, 12, 12), "มอบถังเก็บน้ำให้โรงเรียนในพื้นที่จังหวัดอำนาจเจริญ",
     ["สำนักงานทรัพยากรน้ำภาคที่ 13 มอบถังเก็บน้ำขนาด 2,000 ลิตร จำนวน 6 ใบ ให้โรงเรียน 3 แห่ง"], []),
    (247, (2567, 11, 19), "ลงพื้นที่สำรวจแหล่งน้ำ จังหวัดยโสธร",
     ["เจ้าหน้าที่ส่วนอุทกวิทยาลงพื้นที่สำรวจแหล่งน้ำเพื่อจัดทำทะเบียนแหล่งน้ำ อำเภอกุดชุม จังหวัดยโสธร จำนวน 18 แห่ง"], []),
    (244, (2567, 10, 28), "ประชุมชี้แจงแผนปฏิบัติราชการ ประจำปีงบประมาณ 2568",
     ["ผู้อำนวยการสำนักงานทรัพยากรน้ำภาคที่ 13 ประชุมชี้แจงแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568 ให้บุคลากรทุกส่วน"],
     ["/files/2568/action-plan-2568.pdf"]),
    (241, (2567, 10, 2), "สทภ.13 ประกาศเจตนารมณ์ No Gift Policy ประจำปีงบประมาณ 2568",
     ["วันที่ 2 ตุลาคม 2567 ผู้บริหารและบุคลากรสำนักงานทรัพยากรน้ำภาคที่ 13 ร่วมประกาศเจตนารมณ์"
      "ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) และร่วมสร้างวัฒนธรรมองค์กรงดให้ งดรับ"],
     ["/files/2568/nogift-2568.pdf"]),
    (238, (2567, 9, 25), "ส่งมอบงานขุดลอกหนองสิม อำเภอเขื่องใน", ["สำนักงานฯ ส่งมอบงานขุดลอกหนองสิมให้เทศบาลตำบลเขื่องใน"], []),
    (235, (2567, 6, 20), "ติดตามการใช้ประโยชน์ระบบประปาบาดาล จังหวัดศรีสะเกษ",
     ["เจ้าหน้าที่ส่วนส่งเสริมการมีส่วนร่วมติดตามการใช้ประโยชน์ระบบประปา 5 แห่ง"], []),
    (230, (2567, 3, 12), "อบรมจริยธรรมบุคลากร ประจำปี 2567", ["สำนักงานฯ จัดอบรมจริยธรรมให้บุคลากร 44 คน"], []),
    (226, (2567, 1, 15), "เวทีประชาคมรับฟังความคิดเห็น โครงการขุดลอกหนองสิม",
     ["สำนักงานฯ จัดเวทีประชาคมรับฟังความคิดเห็น ผู้เข้าร่วม 64 คน"], []),
    (221, (2566, 10, 3), "ประกาศเจตนารมณ์ No Gift Policy ประจำปีงบประมาณ 2567",
     ["ผู้บริหารและบุคลากรร่วมประกาศเจตนารมณ์ไม่รับของขวัญ ประจำปีงบประมาณ 2567"], ["/files/2567/nogift-2567.pdf"]),
]


def be_tuple(t: tuple[int, int, int]) -> str:
    return f"{t[2]} {MONTHS[t[1] - 1]} {t[0]}"


def news_pages() -> None:
    for nid, date, title, paras, files in NEWS:
        body = f'<p class="date">โพสต์เมื่อ {be_tuple(date)} โดย กลุ่มงานประชาสัมพันธ์</p>\n'
        body += "\n".join(f"<p>{esc(p)}</p>" for p in paras)
        for i in range(2):
            body += f'\n<img src="/assets/news-thumb.png" alt="ภาพกิจกรรม {i + 1}" width="120" height="80">'
        if files:
            body += "\n<p>เอกสารแนบ: " + " ".join(
                f'<a href="{f}">ดาวน์โหลดเอกสาร</a>' for f in files) + "</p>"
        write(f"/news/{nid}/", title, body)
    half = 11
    for page, chunk in ((1, NEWS[:half]), (2, NEWS[half:])):
        rows = "\n".join(f'<li><a href="/news/{n}/">{esc(t)}</a> <span class="date">{be_tuple(dt)}</span></li>'
                         for n, dt, t, _p, _f in chunk)
        pager = '<p class="pager">หน้า <b>1</b> <a href="/news/page/2/">2</a></p>' if page == 1 else \
            '<p class="pager">หน้า <a href="/news/">1</a> <b>2</b></p>'
        write("/news/" if page == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">\n{rows}\n</ul>\n{pager}')


# ------------------------------------------------------------------ downloads
CATS = {
    "plan": ("แผนงาน/แผนปฏิบัติราชการ", ["/files/2568/action-plan-2568.pdf", "/files/2568/budget-plan-2568.xls",
                                     "/files/2567/action-plan-2567.pdf", "/files/2566/plan-5y-2566-2570.pdf",
                                     "/dept/files/plan/dwr-plan-2566-2570.pdf"]),
    "report": ("รายงานผลการดำเนินงาน", ["/files/2567/annual-report-2567-region12.pdf", "/files/2567/annual-report-2567.pdf",
                                      "/files/2567/budget-result-2567.xlsx", "/files/2567/report-6m-2567.doc",
                                      "/files/2567/service-stat-2567.xls"]),
    "manual": ("คู่มือ", ["/files/2567/complaint-guide.pdf", "/files/2566/service-manual-water.pdf"]),
    "procure": ("จัดซื้อจัดจ้าง", ["/files/2568/egp-print-plan-2568.pdf", "/files/2567/proc-annual-2567.pdf",
                                 "/files/2566/proc-annual-2566.pdf"]),
    "hr": ("การบริหารงานบุคคล", ["/dept/files/hr/dwr-hr-report-2567.pdf", "/files/2568/hr-dev-plan-2568.pdf"]),
    "integrity": ("คุณธรรมและความโปร่งใส", ["/files/2568/risk-2568.pdf", "/files/2568/anticorruption-plan-2568.pdf",
                                          "/files/2568/anticorruption-plan-2568-draft.docx", "/files/2568/nogift-2568.pdf",
                                          "/files/2567/anticorruption-result-2567.pdf", "/files/2566/risk-result-2566.pdf",
                                          "/files/2567/nogift-2567.pdf", "/files/2566/ethics-code.pdf"]),
    "general": ("เอกสารทั่วไป", ["/files/2566/structure-2566.pdf"]),
}


def dl_table(paths: list[str]) -> str:
    rows = []
    for i, p in enumerate(paths, 1):
        up = DOCS[p][0]
        rows.append(f"<tr><td>{i}</td><td>{doc_link(p)}</td><td>{be(up)}</td></tr>")
    return ('<table class="list"><tr><th>ที่</th><th>เรื่อง</th><th>วันที่</th></tr>\n' + "\n".join(rows) + "</table>")


def download_pages() -> None:
    links = "".join(f'<li><a href="/download/{k}/">{esc(n)}</a> ({len(v)})</li>' for k, (n, v) in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f'<ul class="cats">{links}</ul>')
    for k, (n, paths) in CATS.items():
        write(f"/download/{k}/", f"ดาวน์โหลด : {n}", dl_table(paths))


def procurement_pages() -> None:
    write("/procurement/", "ประกาศจัดซื้อจัดจ้าง",
          '<ul><li><a href="/procurement/monthly/">สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</a></li>'
          f'<li>{doc_link("/files/2568/egp-print-plan-2568.pdf")} ({be(DOCS["/files/2568/egp-print-plan-2568.pdf"][0])})</li>'
          '<li><a href="http://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&amp;proc_id=ShowHTMLFile">'
          'ประกาศจัดซื้อจัดจ้างในระบบ e-GP</a></li></ul>')
    months = ["/files/2568/skr1-2568-03.pdf", "/files/2568/skr1-2568-02.pdf", "/files/2568/skr1-2567-12.pdf",
              "/files/2568/skr1-2567-11.pdf", "/files/2568/skr1-2567-10.pdf", "/files/2567/skr1-2567-09.pdf"]
    label = {"/files/2568/skr1-2568-03.pdf": "มีนาคม 2568", "/files/2568/skr1-2568-02.pdf": "กุมภาพันธ์ 2568",
             "/files/2568/skr1-2567-12.pdf": "ธันวาคม 2567", "/files/2568/skr1-2567-11.pdf": "พฤศจิกายน 2567",
             "/files/2568/skr1-2567-10.pdf": "ตุลาคม 2567", "/files/2567/skr1-2567-09.pdf": "กันยายน 2567"}
    rows = "\n".join(f'<tr><td>{i}</td><td>{doc_link(p, "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน" + label[p])}</td>'
                     f'<td>{be(DOCS[p][0])}</td></tr>' for i, p in enumerate(months, 1))
    write("/procurement/monthly/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          '<table class="list"><tr><th>ที่</th><th>เรื่อง</th><th>วันที่</th></tr>\n' + rows + "</table>")


# ------------------------------------------------------------------ ITA
def ita_row(code: str, text: str, links: list[tuple[str, str]]) -> str:
    cell = "<br>".join(f'<a href="{u}">{esc(t)}</a>' for t, u in links) if links else "-"
    return f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cell}</td></tr>"


ITA68 = [
    ("O1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้าง/อำนาจหน้าที่", "/about/structure/")]),
    ("O2", "ข้อมูลผู้บริหาร", [("ผู้บริหาร สทภ.13", "/about/executives/")]),
    ("O3", "ข้อมูลการติดต่อ", [("ติดต่อเรา", "/contact/")]),
    ("O4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("O5", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", [("แผนปฏิบัติราชการ 5 ปี กรมทรัพยากรน้ำ", "/dept/files/plan/dwr-plan-2566-2570.pdf")]),
    ("O6", "แผนปฏิบัติและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี",
     [("แผนปฏิบัติราชการประจำปี 2568", "/files/2568/action-plan-2568.pdf"),
      ("แผนการใช้จ่ายงบประมาณ", "/files/2568/budget-plan-2568.xls"),
      ("รายงานผลการดำเนินงาน รอบ 6 เดือน", "/files/2567/report-6m-2567.doc")]),
    ("O7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน ปี 2567", "/files/2567/annual-report-2567.pdf"),
                                          ("ผลการใช้จ่ายงบประมาณ ปี 2567", "/files/2567/budget-result-2567.xlsx")]),
    ("O8", "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", []),
    ("O9", "คู่มือหรือแนวทางการขอรับบริการ", [("คู่มือสำหรับประชาชน", "/files/2566/service-manual-water.pdf")]),
    ("O10", "E-Service", [("ขอรับการสนับสนุนน้ำออนไลน์", "/eservice/")]),
    ("O11", "ข้อมูลสถิติการให้บริการ", [("สถิติการให้บริการ", "/files/2567/service-stat-2567.xls")]),
    ("O12", "รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ และความก้าวหน้า", [("สขร.1 รายเดือน", "/procurement/monthly/")]),
    ("O13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานผลการจัดซื้อจัดจ้าง ปี 2567", "/files/2567/proc-annual-2567.pdf")]),
    ("O14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", [("แผนพัฒนาบุคลากร ปี 2568", "/files/2568/hr-dev-plan-2568.pdf")]),
    ("O15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", [("รายงานผล HR ปี 2567", "/dept/files/hr/dwr-hr-report-2567.pdf")]),
    ("O16", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", [("ประมวลจริยธรรม", "/files/2566/ethics-code.pdf"),
                                                        ("กิจกรรมอบรมจริยธรรม 2568", "/news/258/")]),
    ("O17", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("คู่มือ", "/files/2567/complaint-guide.pdf")]),
    ("O18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/")]),
    ("O19", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริต", [("สถิติ", "/complaint/stats/")]),
    ("O20", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", [("ประชุมรับฟังความคิดเห็น", "/news/253/")]),
    ("O21", "ประกาศเจตนารมณ์ No Gift Policy", [("ประกาศ", "/files/2568/nogift-2568.pdf"), ("ภาพกิจกรรม", "/news/241/")]),
    ("O22", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด", []),
    ("O23", "การประเมินความเสี่ยงการให้หรือรับสินบน", [("ผลการประเมินความเสี่ยง", "/files/2568/risk-2568.pdf")]),
    ("O24", "รายงานผลการจัดการความเสี่ยงการทุจริต", [("รายงาน", "/files/2566/risk-result-2566.pdf")]),
    ("O25", "แผนปฏิบัติการป้องกันการทุจริต", [("แผน ปี 2568", "/files/2568/anticorruption-plan-2568.pdf")]),
    ("O26", "รายงานผลการดำเนินการป้องกันการทุจริต", [("รายงานผล ปี 2567", "/files/2567/anticorruption-result-2567.pdf")]),
]

ITA67 = [
    ("O1", "โครงสร้าง", [("โครงสร้าง", "/files/2566/structure-2566.pdf")]),
    ("O9", "แผนดำเนินงานประจำปี", [("แผนปฏิบัติราชการ 2567", "/files/2567/action-plan-2567.pdf")]),
    ("O10", "รายงานการกำกับติดตามรอบ 6 เดือน", [("รายงานรอบ 6 เดือน", "/files/2567/report-6m-2567.doc")]),
    ("O12", "คู่มือหรือมาตรฐานการปฏิบัติงาน", [("คู่มือการปฏิบัติงานสำรวจแหล่งน้ำ", "/files/2567/work-manual-survey.docx")]),
    ("O13", "คู่มือหรือมาตรฐานการให้บริการ", [("คู่มือสำหรับประชาชน", "/files/2566/service-manual-water.pdf")]),
    ("O21", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("สรุปผล ปี 2566", "/files/2566/proc-annual-2566.pdf")]),
    ("O28", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("คู่มือ", "/files/2567/complaint-guide.pdf")]),
    ("O32", "การจัดการความเสี่ยงการทุจริต", [("รายงาน ปี 2566", "/files/2566/risk-result-2566.pdf")]),
    ("O36", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "/files/2566/ethics-code.pdf")]),
    ("O41", "No Gift Policy", [("ประกาศ ปี 2567", "/files/2567/nogift-2567.pdf")]),
]


def ita_pages() -> None:
    head = '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n'
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568",
          "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 "
          f"{ORG}</p>\n" + head + "\n".join(ita_row(*r) for r in ITA68) + "</table>")
    write("/ita/2567/", "ITA ประจำปีงบประมาณ พ.ศ. 2567",
          "<p>ข้อมูลการเปิดเผยข้อมูลสาธารณะ ปี 2567 (บางข้อ)</p>\n" + head + "\n".join(ita_row(*r) for r in ITA67) + "</table>")


# ------------------------------------------------------------------ other pages
EXECS = [
    ("นายวีระพงษ์ ทองคำเปลว", "ผู้อำนวยการสำนักงานทรัพยากรน้ำภาคที่ 13", "0 4531 2290 ต่อ 101"),
    ("นางสาวกมลชนก บุญประคอง", "ผู้อำนวยการส่วนวิศวกรรม", "0 4531 2290 ต่อ 201"),
    ("นายสุรเชษฐ์ พรมแสง", "ผู้อำนวยการส่วนอุทกวิทยา", "0 4531 2290 ต่อ 301"),
    ("นางวาสนา จันทร์หอม", "หัวหน้าฝ่ายบริหารทั่วไป", "0 4531 2290 ต่อ 102"),
]


def other_pages() -> None:
    write("/", "หน้าหลัก",
          '<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2><ul class="news">' + "".join(
              f'<li><a href="/news/{n}/">{esc(t)}</a> <span class="date">{be_tuple(dt)}</span></li>'
              for n, dt, t, _p, _f in NEWS[:6]) + '</ul><p><a href="/news/">ดูทั้งหมด</a></p>'
          '<h2>ประกาศจัดซื้อจัดจ้าง</h2><p><a href="/procurement/monthly/">สรุปผลการจัดซื้อจัดจ้างรายเดือน</a></p>'
          '<div class="banner-ita"><a href="/ita/2568/">ITA 2568</a></div>')
    write("/about/history/", "ประวัติความเป็นมา",
          "<p>สำนักงานทรัพยากรน้ำภาคที่ 13 จัดตั้งขึ้นตามกฎกระทรวงแบ่งส่วนราชการกรมทรัพยากรน้ำ "
          "มีพื้นที่รับผิดชอบ 4 จังหวัด ได้แก่ อุบลราชธานี ศรีสะเกษ ยโสธร และอำนาจเจริญ</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : บริหารจัดการทรัพยากรน้ำในพื้นที่อย่างบูรณาการ เพื่อความมั่นคงด้านน้ำของประชาชน</p>"
          "<p>พันธกิจ : 1 จัดทำแผนบริหารจัดการทรัพยากรน้ำ 2 พัฒนา อนุรักษ์ ฟื้นฟูแหล่งน้ำ 3 ส่งเสริมการมีส่วนร่วม</p>")
    write("/about/structure/", "โครงสร้างและอำนาจหน้าที่",
          '<h2>แผนผังโครงสร้างหน่วยงาน</h2><ul class="org"><li>ผู้อำนวยการสำนักงานทรัพยากรน้ำภาคที่ 13<ul>'
          "<li>ฝ่ายบริหารทั่วไป</li><li>ส่วนวิศวกรรม</li><li>ส่วนอุทกวิทยา</li><li>ส่วนส่งเสริมการมีส่วนร่วม</li>"
          "<li>ส่วนประสานและบริหารจัดการลุ่มน้ำ</li></ul></li></ul>"
          f'<p>{doc_link("/files/2566/structure-2566.pdf")}</p>'
          "<h2>อำนาจหน้าที่</h2><ol><li>จัดทำแผนบริหารจัดการทรัพยากรน้ำในพื้นที่ลุ่มน้ำที่รับผิดชอบ</li>"
          "<li>ดำเนินการพัฒนา อนุรักษ์ ฟื้นฟูแหล่งน้ำ และระบบประปาหมู่บ้าน</li>"
          "<li>ส่งเสริมการมีส่วนร่วมของประชาชนและองค์กรผู้ใช้น้ำ</li>"
          "<li>ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>")
    write("/about/executives/", "ผู้บริหาร", "".join(
        f'<div class="exec"><img src="/assets/exec-{i}.png" alt="{esc(n)}" width="60" height="72">'
        f"<p><b>{esc(n)}</b><br>{esc(p)}<br>โทร {t}</p></div>" for i, (n, p, t) in enumerate(EXECS, 1)))
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>222 หมู่ 10 ถนนสถลมาร์ค ตำบลคำน้ำแซบ อำเภอวารินชำราบ จังหวัดอุบลราชธานี 34190</p>"
          "<p>โทรศัพท์ 0 4531 2290 โทรสาร 0 4531 2291<br>อีเมล saraban.region13@dwr.example.go.th</p>"
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.1935,104.8631">แผนที่ตั้ง (Google Maps)</a></p>')
    write("/service/", "บริการประชาชน",
          f'<ul><li><a href="/eservice/">E-Service ยื่นคำขอรับการสนับสนุนน้ำออนไลน์</a></li>'
          f'<li>{doc_link("/files/2566/service-manual-water.pdf")}</li></ul>')
    write("/eservice/", "E-Service ยื่นคำขอรับการสนับสนุนน้ำอุปโภคบริโภค",
          '<form action="/eservice/submit/" method="post"><p>ชื่อ-สกุล / หน่วยงานผู้ขอ <input name="name" required></p>'
          '<p>ที่อยู่/พื้นที่ที่ขาดแคลนน้ำ <textarea name="area" required></textarea></p>'
          '<p>จำนวนครัวเรือนที่ได้รับผลกระทบ <input name="households" type="number"></p>'
          '<p>โทรศัพท์ <input name="phone"></p><p>แนบหนังสือขอรับการสนับสนุน <input type="file" name="letter"></p>'
          '<button type="submit">ส่งคำขอ</button></form><p>เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>')
    write("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/submit/" method="post"><p>ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="name"></p>'
          '<p>เรื่องที่ร้องเรียน <input name="subject" required></p><p>รายละเอียด <textarea name="detail" required></textarea></p>'
          '<p>ช่องทางติดต่อกลับ <input name="contact"></p><button type="submit">ส่งเรื่องร้องเรียน</button></form>'
          f'<p>{doc_link("/files/2567/complaint-guide.pdf")}</p>'
          '<p><a href="/complaint/stats/">สถิติเรื่องร้องเรียน</a></p>')
    write("/complaint/stats/", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ 2568",
          '<table class="list"><tr><th>ช่วงเวลา</th><th>จำนวนเรื่อง</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>'
          "<tr><td>ตุลาคม - ธันวาคม 2567</td><td>0</td><td>0</td><td>0</td></tr>"
          "<tr><td>มกราคม - มีนาคม 2568</td><td>1</td><td>1</td><td>0</td></tr>"
          "<tr><td>รวม</td><td>1</td><td>1</td><td>0</td></tr></table><p>ข้อมูล ณ วันที่ 31 มีนาคม 2568</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>กรมทรัพยากรน้ำและหน่วยงานในสังกัดเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    links = "".join(f'<li><a href="{p}">{p}</a></li>' for p in sorted(PAGES))
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{links}</ul>")


def assets() -> None:
    from PIL import Image, ImageDraw

    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "dwr-region.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Tahoma,sans-serif;margin:0}.dept-bar{background:#0b3d6b;color:#fff;padding:4px}"
                ".dept-bar a{color:#fff}.banner{background:#1f78b4;color:#fff;padding:8px}.menu{display:flex;gap:12px;"
                "list-style:none;background:#e8f1fa;padding:6px}.wrap{display:flex}.content{flex:3;padding:10px}"
                ".side{flex:1;padding:10px}.box{border:1px solid #ccc;margin-bottom:8px;padding:6px}"
                ".footer{background:#0b3d6b;color:#fff;padding:8px;font-size:90%}table{border-collapse:collapse}"
                "td,th{border:1px solid #bbb;padding:3px}\n")
    colours = [(31, 120, 180), (90, 90, 90), (120, 140, 100), (160, 110, 90), (70, 70, 130)]
    for i, c in enumerate(colours):
        img = Image.new("RGB", (60, 72), c)
        ImageDraw.Draw(img).ellipse((18, 10, 42, 36), fill=(230, 210, 190))
        img.save(os.path.join(HERE, "assets", f"exec-{i}.png" if i else "logo.png"))
    Image.new("RGB", (120, 80), (150, 180, 200)).save(os.path.join(HERE, "assets", "news-thumb.png"))


def main() -> None:
    assets()
    news_pages()
    download_pages()
    procurement_pages()
    ita_pages()
    other_pages()


if __name__ == "__main__":
    main()
