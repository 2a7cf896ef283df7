"""Generate the HTML pages of the "irrigation" test site (โครงการชลประทานลำภูธาร, invented).

Run:  python tests/sites/irrigation/_make_pages.py   (after _make_docs.py)

A provincial irrigation project's site: top bar (department logo text, date line), a menu
(หน้าแรก, เกี่ยวกับโครงการ, สถานการณ์น้ำ, ข่าวประชาสัมพันธ์, บริการประชาชน, จัดซื้อจัดจ้าง,
เอกสารเผยแพร่, ITA), a right column (director, water gauge box, banners, links to the
department) and a footer on every page; pages are folder/index.html.  News of FY2569 on
/news/, of FY2568 on /news/page/2/.  /ita/2569/ links items in its own wording, /ita/2568/
(last year's) is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG  # noqa: E402

MENU = [("/", "หน้าแรก"), ("/about/", "เกี่ยวกับโครงการ"), ("/water/", "สถานการณ์น้ำ"), ("/news/", "ข่าวประชาสัมพันธ์"),
        ("/service/", "บริการประชาชน"), ("/procurement/", "จัดซื้อจัดจ้าง"), ("/docs/", "เอกสารเผยแพร่"),
        ("/ita/", "ITA"), ("/contact/", "ติดต่อเรา")]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def a(href: str, text: str | None = None) -> str:
    return f'<a href="{esc(href)}">{esc(text if text is not None else DOCS[href])}</a>'


def doc(href: str) -> str:
    ext = href.rsplit(".", 1)[1].upper()
    return f'<li>{a(href)} <span class="ft">[{ext}]</span></li>'


def page(path: str, title: str, body: str) -> None:
    menu = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in MENU)
    text = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} | {ORG}</title>
<link rel="stylesheet" href="/assets/style.css"></head><body>
<div class="topbar">กรมชลประทาน กระทรวงเกษตรและสหกรณ์ | สายด่วนกรมชลประทาน 1460 | <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<header><h1 class="logo">{ORG}</h1><p>สำนักงานชลประทานที่ 17 กรมชลประทาน</p></header>
<nav><ul class="menu">{menu}</ul></nav>
<div class="wrap"><main><h2>{esc(title)}</h2>
{body}
</main>
<aside>
<div class="box"><h3>ผู้อำนวยการโครงการ</h3><p>นายสุรเชษฐ์ วงศ์ประทุม<br>ผู้อำนวยการโครงการชลประทานลำภูธาร</p></div>
<div class="box"><h3>ปริมาณน้ำอ่างฯ ห้วยลำภู</h3><p>ข้อมูลรายวัน ดูที่ <a href="/water/reservoirs/">ระดับน้ำในอ่างเก็บน้ำ</a></p></div>
<div class="box"><h3>ลิงก์หน่วยงาน</h3><ul>
<li><a href="https://www.rid.go.th/">กรมชลประทาน</a></li>
<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li>
<li><a href="/ita/">การประเมินคุณธรรมและความโปร่งใส (ITA)</a></li>
<li><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a></li></ul></div>
</aside></div>
<footer><p>{ORG} สำนักงานชลประทานที่ 17 กรมชลประทาน</p>
<p>เลขที่ 218 หมู่ที่ 4 ตำบลหนองบัวแดง อำเภอเมืองลำภูธาร จังหวัดลำภูธาร 48110 โทร. 0 4851 2200 โทรสาร 0 4851 2201</p>
<p>Copyright © 2566 {ORG} All rights reserved.</p></footer>
</body></html>
"""
    out = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)


# n, date, title, body paragraphs, links (FY2569 first, then FY2568)
NEWS = [
    (12, "8 เม.ย. 2569", "ขอความร่วมมือใช้น้ำอย่างประหยัดช่วงเทศกาลสงกรานต์ 2569",
     ["โครงการชลประทานลำภูธาร ขอความร่วมมือประชาชนใช้น้ำอย่างประหยัดช่วงเทศกาลสงกรานต์ เนื่องจากปริมาณน้ำในอ่างเก็บน้ำห้วยลำภูเหลือร้อยละ 41"], []),
    (11, "30 มี.ค. 2569", "รายงานสถานการณ์น้ำ อ่างเก็บน้ำขนาดกลาง 5 แห่ง ณ วันที่ 30 มีนาคม 2569",
     ["นายสุรเชษฐ์ วงศ์ประทุม ผู้อำนวยการโครงการชลประทานลำภูธาร เปิดเผยว่า ปัจจุบันอ่างเก็บน้ำขนาดกลาง 5 แห่งของจังหวัดลำภูธาร มีปริมาณน้ำรวม 42.18 ล้าน ลบ.ม. คิดเป็นร้อยละ 46.75 ของความจุรวม มีปริมาณน้ำใช้การได้ 38.02 ล้าน ลบ.ม."], []),
    (10, "18 มี.ค. 2569", "โครงการชลประทานลำภูธาร จัดอบรมส่งเสริมคุณธรรมจริยธรรมและการป้องกันการทุจริต ประจำปี 2569",
     ["วันที่ 17 มีนาคม 2569 โครงการชลประทานลำภูธารจัดอบรมหลักสูตรคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ให้แก่ข้าราชการ ลูกจ้าง และพนักงานราชการ จำนวน 72 คน เพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการกรมชลประทาน และทบทวนแนวทาง Do's & Don'ts ในการปฏิบัติงาน"], ["/files/dept/rid-ethics-code.pdf"]),
    (9, "25 ก.พ. 2569", "ผู้อำนวยการสำนักงานชลประทานที่ 17 ตรวจเยี่ยมการส่งน้ำฤดูแล้ง",
     ["ผู้อำนวยการสำนักงานชลประทานที่ 17 ลงพื้นที่ตรวจติดตามการส่งน้ำฤดูแล้ง ปี 2568/69 ในเขตคลองส่งน้ำสายใหญ่ 1 ขวา"], []),
    (8, "3 ก.พ. 2569", "ขอความร่วมมือเกษตรกรงดทำนาปรังรอบที่ 2",
     ["เนื่องจากปริมาณน้ำต้นทุนมีจำกัด โครงการฯ ขอความร่วมมือเกษตรกรในเขตชลประทานงดทำนาปรังรอบที่ 2 และปลูกพืชใช้น้ำน้อยแทน"], []),
    (7, "15 ม.ค. 2569", "เร่งขุดลอกคลองระบายน้ำสาย 2 ซ้าย เพิ่มประสิทธิภาพการระบายน้ำ",
     ["ฝ่ายช่างกลนำรถขุดเข้าขุดลอกคลองระบายน้ำสาย 2 ซ้าย ระยะทาง 4.2 กิโลเมตร คาดแล้วเสร็จภายในเดือนกุมภาพันธ์ 2569"], []),
    (6, "22 ธ.ค. 2568", "สถานการณ์น้ำอ่างเก็บน้ำห้วยลำภู ณ วันที่ 22 ธันวาคม 2568",
     ["อ่างเก็บน้ำห้วยลำภูมีปริมาณน้ำ 21.40 ล้าน ลบ.ม. คิดเป็นร้อยละ 68.5 ของความจุ เพียงพอสำหรับการส่งน้ำฤดูแล้งตามแผน"], []),
    (5, "9 ธ.ค. 2568", "ประชุมคณะกรรมการจัดการชลประทาน (JMC) ครั้งที่ 1/2569 รับฟังความคิดเห็นเกษตรกรผู้ใช้น้ำ",
     ["วันที่ 9 ธันวาคม 2568 โครงการชลประทานลำภูธารจัดประชุมคณะกรรมการจัดการชลประทาน (JMC) ครั้งที่ 1/2569 เพื่อเปิดโอกาสให้ผู้แทนกลุ่มผู้ใช้น้ำ ผู้นำท้องถิ่น และเกษตรกรมีส่วนร่วมในการวางแผนการส่งน้ำฤดูแล้ง ปี 2568/69",
      "มีผู้เข้าร่วมประชุม 86 คน จาก 14 กลุ่มบริหารการใช้น้ำชลประทาน ที่ประชุมเห็นชอบแผนการส่งน้ำแบบรอบเวร 7 วันส่ง 7 วันหยุด และเสนอให้โครงการฯ ขุดลอกคลองซอย 3 สาย ซึ่งโครงการฯ รับไปบรรจุในแผนงานปี 2569"], ["/files/2569/jmc-invite-2569.pdf"]),
    (4, "20 พ.ย. 2568", "ประกาศแผนการส่งน้ำฤดูแล้ง ปี 2568/69",
     ["โครงการฯ กำหนดเริ่มส่งน้ำฤดูแล้งวันที่ 1 ธันวาคม 2568 พื้นที่เป้าหมาย 42,000 ไร่"], []),
    (3, "5 พ.ย. 2568", "กำจัดวัชพืชคลองส่งน้ำสายใหญ่ 1 ขวา เตรียมความพร้อมส่งน้ำ",
     ["เจ้าหน้าที่ร่วมกับกลุ่มผู้ใช้น้ำกำจัดผักตบชวาและวัชพืชในคลองส่งน้ำ ระยะทาง 4.5 กิโลเมตร"], []),
    (2, "14 ต.ค. 2568", "สรุปสถานการณ์น้ำสิ้นฤดูฝน ปี 2568",
     ["สิ้นฤดูฝน อ่างเก็บน้ำขนาดกลาง 5 แห่ง มีปริมาณน้ำรวม 71.30 ล้าน ลบ.ม. คิดเป็นร้อยละ 79.02 ของความจุรวม"], []),
    (1, "1 ต.ค. 2568", "ประกาศเจตนารมณ์นโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2569",
     ["ผู้อำนวยการโครงการชลประทานลำภูธาร พร้อมบุคลากร ร่วมประกาศเจตนารมณ์งดรับ งดให้ ของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่"], ["/files/2569/nogift-2569.pdf"]),
]
OLD_NEWS = [
    (104, "26 ก.ย. 2568", "ประชุมสรุปผลการดำเนินงานประจำปีงบประมาณ 2568",
     ["โครงการฯ ประชุมสรุปผลการดำเนินงานและการเบิกจ่ายงบประมาณ ปีงบประมาณ 2568"], []),
    (103, "20 ส.ค. 2568", "เฝ้าระวังสถานการณ์น้ำหลากช่วงฤดูฝน 2568",
     ["โครงการฯ ติดตั้งเครื่องสูบน้ำ 6 เครื่อง ในพื้นที่เสี่ยงอุทกภัย อำเภอเมืองลำภูธาร"], []),
    (102, "12 พ.ค. 2568", "เริ่มส่งน้ำฤดูฝน ปี 2568",
     ["โครงการฯ เริ่มส่งน้ำเพื่อการเพาะปลูกข้าวนาปี ปี 2568 พื้นที่ 120,000 ไร่"], []),
    (101, "10 ธ.ค. 2567", "ประชุมคณะกรรมการจัดการชลประทาน (JMC) ครั้งที่ 1/2568",
     ["โครงการฯ ประชุมคณะกรรมการจัดการชลประทาน ครั้งที่ 1/2568 ผู้เข้าร่วม 79 คน"], []),
]


def news_pages() -> None:
    for n, date, title, paras, links in NEWS + OLD_NEWS:
        body = f'<p class="date">วันที่ {date} | โดย ฝ่ายบริหารทั่วไป</p>' + "".join(f"<p>{esc(p)}</p>" for p in paras)
        if links:
            body += "<p>เอกสารแนบ</p><ul>" + "".join(doc(h) for h in links) + "</ul>"
        body += '<p><a href="/news/">« กลับหน้าข่าวประชาสัมพันธ์</a></p>'
        page(f"/news/{n}/", title, body)
    for path, items, nav in [("/news/", NEWS, '<a href="/news/page/2/">หน้าถัดไป »</a>'),
                             ("/news/page/2/", OLD_NEWS, '<a href="/news/">« หน้าก่อนหน้า</a>')]:
        rows = "".join(f'<li><span class="date">{d}</span> <a href="/news/{n}/">{esc(t)}</a></li>' for n, d, t, _, _ in items)
        page(path, "ข่าวประชาสัมพันธ์", f'<ul class="news">{rows}</ul><p class="pager">{nav}</p>')


def ita_row(no: str, text: str, links: list[tuple[str, str]] | str) -> str:
    if isinstance(links, str):
        cell = esc(links)
    else:
        cell = "<br>".join(f'<a href="{esc(h)}">{esc(t)}</a>' for h, t in links)
    return f"<tr><td>{no}</td><td>{esc(text)}</td><td>{cell}</td></tr>"


def ita_pages() -> None:
    r = [
        ("O1", "โครงสร้างและอำนาจหน้าที่", [("/about/structure/", "คลิกดูรายละเอียด")]),
        ("O2", "ข้อมูลผู้บริหาร", [("/about/executives/", "คลิกดูรายละเอียด")]),
        ("O3", "ข้อมูลการติดต่อ / ถาม-ตอบ", [("/contact/", "ติดต่อเรา"), ("/qa/", "กระดานถาม-ตอบ")]),
        ("O4", "ข่าวประชาสัมพันธ์", [("/news/", "ข่าวประชาสัมพันธ์")]),
        ("O5", "แผนพัฒนาหน่วยงาน", [("/files/2566/devplan-2566-2570.pdf", "แผนพัฒนาหน่วยงาน 2566-2570"),
                                     ("/files/dept/rid-strategy-2566-2570.pdf", "แผนยุทธศาสตร์กรมชลประทาน")]),
        ("O6", "แผนปฏิบัติราชการและแผนการใช้จ่ายงบประมาณ ปี 2569", [("/files/2569/action-plan-2569.pdf", "แผนปฏิบัติราชการ 2569"),
                                                                   ("/files/2569/budget-plan-2569.pdf", "แผนการใช้จ่ายงบประมาณ 2569")]),
        ("O7", "รายงานผลการดำเนินงานประจำปี 2568", [("/files/2568/annual-report-2568.pdf", "ดาวน์โหลด")]),
        ("O8", "คู่มือการปฏิบัติงาน", [("/docs/manual/", "คู่มือ")]),
        ("O9", "คู่มือการให้บริการประชาชน", [("/files/manual/service-water-request.docx", "คู่มือการขอใช้น้ำชลประทาน")]),
        ("O10", "E-Service", [("/eservice/", "ยื่นคำขอใช้น้ำออนไลน์")]),
        ("O11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("/procurement/monthly/", "สขร.1 ปี 2569")]),
        ("O12", "รายงานผลการจัดซื้อจัดจ้างประจำปี 2568", [("/files/2569/procure-annual-2568.pdf", "ดาวน์โหลด")]),
        ("O13", "หลักเกณฑ์และแผนการบริหารทรัพยากรบุคคล", [("/files/dept/rid-hr-criteria.pdf", "หลักเกณฑ์ (กรมชลประทาน)"),
                                                         ("/files/2569/hr-plan-2569.pdf", "แผนพัฒนาบุคลากร 2569")]),
        ("O14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [("/files/dept/rid-hr-report-2568.pdf", "รายงานปี 2568")]),
        ("O15", "ประมวลจริยธรรม", [("/files/dept/rid-ethics-code.pdf", "ประมวลจริยธรรม"), ("/news/10/", "กิจกรรมส่งเสริมจริยธรรม")]),
        ("O16", "คู่มือการจัดการเรื่องร้องเรียน", [("/files/manual/complaint-manual.pdf", "ดาวน์โหลด")]),
        ("O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("/complaint/corruption/", "แจ้งเบาะแส")]),
        ("O18", "สถิติเรื่องร้องเรียน", [("/files/2568/complaint-stat-2568.xlsx", "สถิติเรื่องร้องเรียน")]),
        ("O19", "การมีส่วนร่วม", [("/news/5/", "ประชุม JMC 1/2569")]),
        ("O20", "No Gift Policy", [("/files/2569/nogift-2569.pdf", "ประกาศ No Gift 2569"),
                                   ("/files/2568/gift-report-2568.pdf", "รายงานการรับของขวัญ 2568")]),
        ("O21", "การประเมินความเสี่ยงการทุจริต", [("/files/2569/risk-2569.pdf", "ดาวน์โหลด")]),
        ("O22", "รายงานผลการบริหารจัดการความเสี่ยง", "อยู่ระหว่างจัดทำ"),
        ("O23", "แผนปฏิบัติการป้องกันการทุจริต", [("/files/2569/anticorruption-plan-2569.pdf", "ดาวน์โหลด")]),
        ("O24", "รายงานผลการป้องกันการทุจริต", [("/files/2568/anticorruption-report-2568.pdf", "ดาวน์โหลด")]),
        ("O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนา", [("/files/2569/ita-analysis-2568.pdf", "ผลการวิเคราะห์ ITA 2568"),
                                                       ("/files/2567/integrity-measures-2567.pdf", "มาตรการส่งเสริมคุณธรรม")]),
        ("O26", "รายงานการส่งเสริมคุณธรรมและความโปร่งใส", "อยู่ระหว่างดำเนินการ"),
    ]
    head = "<table class=\"ita\"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>"
    page("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569",
         "<p>แบบวัดการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) ปีงบประมาณ พ.ศ. 2569</p>"
         + head + "".join(ita_row(*x) for x in r) + "</table>")
    old = [
        ("O10", "แผนดำเนินงานประจำปี 2568", [("/files/2568/action-plan-2568.pdf", "ดาวน์โหลด")]),
        ("O12", "รายงานผลการดำเนินงานประจำปี 2567", [("/files/2567/annual-report-2567.pdf", "ดาวน์โหลด")]),
        ("O16", "รายงานผลการจัดซื้อจัดจ้างประจำปี 2567", [("/files/2567/procure-annual-2567.pdf", "ดาวน์โหลด")]),
        ("O23", "รายงานการรับของขวัญ ปี 2567", [("/files/2568/ita-o20-2567.pdf", "ดาวน์โหลด")]),
        ("O28", "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต ปี 2567", [("/files/2567/risk-report-2567.pdf", "ดาวน์โหลด")]),
        ("O36", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", [("/files/2567/integrity-measures-2567.pdf", "ดาวน์โหลด")]),
    ]
    page("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568",
         "<p>ข้อมูลปีงบประมาณ พ.ศ. 2568 (บางรายการ)</p>" + head + "".join(ita_row(*x) for x in old) + "</table>")
    page("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
         '<ul><li><a href="/ita/2569/">ITA ประจำปี 2569</a></li><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li></ul>')


def main() -> None:
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}.topbar{background:#0b4f8a;color:#fff;font-size:13px}"
                ".menu li{display:inline;margin-right:12px}.wrap{display:flex}main{flex:3;padding:10px}aside{flex:1}"
                "table.ita td,table.ita th{border:1px solid #999;padding:3px}footer{background:#eee;font-size:13px}\n")
    from PIL import Image, ImageDraw

    im = Image.new("L", (60, 75), 220)  # the one tiny placeholder portrait
    draw = ImageDraw.Draw(im)
    draw.ellipse((18, 10, 42, 34), fill=120)
    draw.rectangle((12, 40, 48, 75), fill=120)
    im.save(os.path.join(HERE, "assets", "person.png"), optimize=True)
    news_pages()
    ita_pages()
    page("/", "หน้าแรก",
         '<h3>ข่าวล่าสุด</h3><ul>' + "".join(f'<li>{d} <a href="/news/{n}/">{esc(t)}</a></li>' for n, d, t, _, _ in NEWS[:5])
         + '</ul><p><a href="/news/">ดูข่าวทั้งหมด</a></p><h3>บริการ</h3><ul><li><a href="/eservice/">ยื่นคำขอใช้น้ำออนไลน์ (E-Service)</a></li>'
         '<li><a href="/complaint/">ร้องเรียน/ร้องทุกข์</a></li><li><a href="/water/reservoirs/">ระดับน้ำในอ่างเก็บน้ำ</a></li></ul>'
         '<p><a href="/ita/2569/">ITA 2569 การเปิดเผยข้อมูลสาธารณะ</a></p>')
    page("/about/", "ประวัติความเป็นมา",
         f"<p>{ORG} จัดตั้งขึ้นเมื่อปี พ.ศ. 2521 สังกัดสำนักงานชลประทานที่ 17 กรมชลประทาน รับผิดชอบงานพัฒนาแหล่งน้ำ "
         "และบริหารจัดการน้ำในเขตจังหวัดลำภูธาร ดูแลอ่างเก็บน้ำขนาดกลาง 5 แห่ง และพื้นที่ชลประทาน 186,400 ไร่</p>"
         '<ul><li><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></li><li><a href="/about/structure/">โครงสร้างและอำนาจหน้าที่</a></li>'
         '<li><a href="/about/executives/">ทำเนียบผู้บริหาร</a></li><li><a href="/about/area/">พื้นที่รับผิดชอบ</a></li></ul>')
    page("/about/vision/", "วิสัยทัศน์ พันธกิจ",
         "<p>วิสัยทัศน์: บริหารจัดการน้ำชลประทานอย่างทั่วถึง เป็นธรรม และยั่งยืน</p><p>พันธกิจ: 1. พัฒนาแหล่งน้ำ 2. บริหารจัดการน้ำ 3. ป้องกันภัยอันเกิดจากน้ำ</p>")
    page("/about/area/", "พื้นที่รับผิดชอบ",
         "<p>พื้นที่ชลประทาน 186,400 ไร่ ใน 6 อำเภอ อ่างเก็บน้ำขนาดกลาง 5 แห่ง ฝาย 12 แห่ง ประตูระบายน้ำ 9 แห่ง</p>")
    page("/about/structure/", "โครงสร้างและอำนาจหน้าที่",
         '<div class="chart"><p><b>แผนผังโครงสร้างองค์กร</b></p><ul><li>ผู้อำนวยการโครงการชลประทานลำภูธาร<ul>'
         "<li>ฝ่ายบริหารทั่วไป</li><li>ฝ่ายวิศวกรรม</li><li>ฝ่ายจัดสรรน้ำและปรับปรุงระบบชลประทาน</li><li>ฝ่ายช่างกล</li>"
         "<li>ฝ่ายส่งน้ำและบำรุงรักษาที่ 1 - 3</li><li>งานก่อสร้าง</li></ul></li></ul></div>"
         "<h3>อำนาจหน้าที่</h3><ol><li>วางโครงการ ก่อสร้าง และบำรุงรักษาแหล่งน้ำและระบบชลประทานในเขตจังหวัด</li>"
         "<li>จัดสรรน้ำและส่งน้ำเพื่อการเกษตร การอุปโภคบริโภค และอุตสาหกรรม</li><li>ป้องกันและบรรเทาภัยอันเกิดจากน้ำ</li>"
         "<li>ส่งเสริมการมีส่วนร่วมขององค์กรผู้ใช้น้ำ</li><li>ปฏิบัติงานร่วมกับหรือสนับสนุนหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>"
         "<p>อ้างอิง กฎกระทรวงแบ่งส่วนราชการกรมชลประทาน กระทรวงเกษตรและสหกรณ์ และพระราชบัญญัติการชลประทานหลวง</p>")
    people = [("นายสุรเชษฐ์ วงศ์ประทุม", "ผู้อำนวยการโครงการชลประทานลำภูธาร", "0 4851 2200 ต่อ 101"),
              ("นายอนุชา แก้วมณี", "หัวหน้าฝ่ายบริหารทั่วไป", "0 4851 2200 ต่อ 110"),
              ("นายธีรวัฒน์ บุญประเสริฐ", "หัวหน้าฝ่ายวิศวกรรม", "0 4851 2200 ต่อ 120"),
              ("นางสาวกมลวรรณ ศรีสมบูรณ์", "หัวหน้าฝ่ายจัดสรรน้ำและปรับปรุงระบบชลประทาน", "0 4851 2200 ต่อ 130"),
              ("นายประเสริฐ คำมูล", "หัวหน้าฝ่ายช่างกล", "0 4851 2200 ต่อ 140")]
    page("/about/executives/", "ทำเนียบผู้บริหาร", "".join(
        f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="60"><p>{esc(n)}<br>{esc(p)}<br>โทร. {t}</p></div>'
        for n, p, t in people))
    page("/contact/", "ติดต่อเรา",
         f"<p>{ORG}</p><p>ที่อยู่ เลขที่ 218 หมู่ที่ 4 ตำบลหนองบัวแดง อำเภอเมืองลำภูธาร จังหวัดลำภูธาร 48110</p>"
         "<p>โทรศัพท์ 0 4851 2200 โทรสาร 0 4851 2201</p><p>อีเมล saraban.lamphutan@rid-example.go.th</p>"
         '<p><a href="https://maps.google.com/?q=16.0001,104.0001">แผนที่ตั้ง (Google Maps)</a></p>'
         '<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p><p><a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    page("/qa/", "กระดานถาม-ตอบ (Q&A)",
         '<form method="post" action="/qa/"><p>ชื่อ <input name="name"></p><p>คำถาม <textarea name="q"></textarea></p><button>ส่งคำถาม</button></form>'
         "<dl><dt>ถาม: จะขอใช้น้ำทำนาปรังต้องทำอย่างไร (สมชาย, 12 ม.ค. 2569)</dt><dd>ตอบ: ยื่นคำขอผ่านกลุ่มผู้ใช้น้ำ หรือเมนู E-Service ได้ครับ (แอดมิน)</dd>"
         "<dt>ถาม: คลองซอย 3 ขวา น้ำไม่ถึงปลายคลอง (ผู้ใช้น้ำบ้านโคก, 20 ก.พ. 2569)</dt><dd>ตอบ: ฝ่ายส่งน้ำฯ ที่ 2 ได้ลงพื้นที่ปรับบานแล้ว</dd></dl>")
    page("/water/", "สถานการณ์น้ำ",
         '<ul><li><a href="/water/reservoirs/">ระดับน้ำในอ่างเก็บน้ำขนาดกลาง</a></li><li><a href="/news/11/">รายงานสถานการณ์น้ำล่าสุด</a></li></ul>')
    res = [("อ่างเก็บน้ำห้วยลำภู", "31.20", "13.05", "41.8"), ("อ่างเก็บน้ำห้วยทราย", "18.40", "9.12", "49.6"),
           ("อ่างเก็บน้ำหนองบัวแดง", "15.60", "8.01", "51.3"), ("อ่างเก็บน้ำห้วยตาแดง", "14.82", "6.90", "46.6"),
           ("อ่างเก็บน้ำลำภูน้อย", "10.20", "5.10", "50.0")]
    page("/water/reservoirs/", "ระดับน้ำในอ่างเก็บน้ำ ณ วันที่ 8 เมษายน 2569",
         "<table><tr><th>อ่างเก็บน้ำ</th><th>ความจุ (ล้าน ลบ.ม.)</th><th>ปริมาณน้ำ (ล้าน ลบ.ม.)</th><th>ร้อยละ</th></tr>"
         + "".join(f"<tr><td>{x}</td><td>{c}</td><td>{v}</td><td>{p}</td></tr>" for x, c, v, p in res) + "</table>")
    page("/service/", "บริการประชาชน",
         '<ul><li><a href="/service/water-request/">การขออนุญาตใช้น้ำชลประทาน</a></li><li><a href="/eservice/">E-Service ยื่นคำขอออนไลน์</a></li>'
         '<li><a href="/complaint/">ร้องเรียน/ร้องทุกข์</a></li></ul>')
    page("/service/water-request/", "การขออนุญาตใช้น้ำชลประทาน",
         "<p>ผู้ประสงค์จะใช้น้ำจากทางน้ำชลประทานเพื่อการเกษตร อุปโภคบริโภค หรืออุตสาหกรรม ยื่นคำขอได้ที่ฝ่ายจัดสรรน้ำฯ</p><ul>"
         + doc("/files/manual/service-water-request.docx") + "</ul>")
    page("/eservice/", "E-Service ระบบยื่นคำขอใช้น้ำออนไลน์",
         '<form method="post" action="/eservice/"><p>ชื่อ-สกุล <input name="name"></p><p>หมายเลขโทรศัพท์ <input name="tel"></p>'
         '<p>ประเภทคำขอ <select name="type"><option>ขอใช้น้ำเพื่อการเกษตร</option><option>ขอข้อมูลปริมาณน้ำ</option></select></p>'
         '<p>รายละเอียด <textarea name="detail"></textarea></p><button type="submit">ยื่นคำขอ</button></form>'
         "<h3>สถิติการให้บริการ</h3><ul>" + doc("/files/2569/eservice-stat-2569.pdf") + "</ul>")
    page("/complaint/", "ร้องเรียน/ร้องทุกข์",
         '<p>ร้องเรียนเรื่องทั่วไป เช่น น้ำไม่ถึงแปลงนา คลองชำรุด โทร. 0 4851 2207 หรือสายด่วนกรมชลประทาน 1460</p>'
         '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p><ul>'
         + doc("/files/manual/complaint-manual.pdf") + doc("/files/2568/complaint-stat-2568.xlsx") + "</ul>")
    page("/complaint/corruption/", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         '<form method="post" action="/complaint/corruption/"><p>ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="name"></p>'
         '<p>เรื่องที่ร้องเรียน <input name="subject"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
         '<p>แนบไฟล์ <input type="file" name="file"></p><button type="submit">ส่งเรื่อง</button></form>'
         '<p>ช่องทางอื่น: <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> | <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท. สายด่วน 1206</a></p>')
    page("/procurement/", "จัดซื้อจัดจ้าง",
         '<ul><li><a href="/procurement/monthly/">สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</a></li>'
         + doc("/files/2569/notice-print-plan-2569.pdf") + doc("/files/dept/rid-manual-procurement.pdf") + "</ul>")
    skr = sorted((h for h in DOCS if "/skr-" in h), reverse=True)
    page("/procurement/monthly/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
         "<ul>" + "".join(doc(h) for h in skr) + "</ul>")
    page("/docs/", "เอกสารเผยแพร่",
         '<ul><li><a href="/docs/plan/">แผนงานและงบประมาณ</a></li><li><a href="/docs/report/">รายงานผลการดำเนินงาน</a></li>'
         '<li><a href="/docs/manual/">คู่มือ</a></li><li><a href="/docs/hr/">การบริหารทรัพยากรบุคคล</a></li>'
         '<li><a href="/docs/integrity/">คุณธรรมและความโปร่งใส</a></li></ul>')
    page("/docs/plan/", "แผนงานและงบประมาณ", "<ul>" + "".join(doc(h) for h in [
        "/files/2569/action-plan-2569.pdf", "/files/2569/budget-plan-2569.pdf", "/files/2569/budget-plan-2569.xlsx",
        "/files/2569/action-plan-2569-draft.pdf",
        "/files/2568/action-plan-2568.pdf", "/files/2566/devplan-2566-2570.pdf", "/files/dept/rid-strategy-2566-2570.pdf"]) + "</ul>")
    page("/docs/report/", "รายงานผลการดำเนินงาน", "<ul>" + "".join(doc(h) for h in [
        "/files/2568/annual-report-2568.pdf", "/files/2568/huaisai-annual-report-2568.pdf",
        "/files/2567/annual-report-2567.pdf"]) + "</ul>")
    page("/docs/manual/", "คู่มือ", "<ul>" + "".join(doc(h) for h in [
        "/files/manual/water-delivery-manual.pdf", "/files/dept/rid-manual-procurement.pdf",
        "/files/manual/service-water-request.docx", "/files/manual/complaint-manual.pdf"]) + "</ul>")
    page("/docs/hr/", "การบริหารทรัพยากรบุคคล", "<ul>" + "".join(doc(h) for h in [
        "/files/2569/hr-plan-2569.pdf", "/files/dept/rid-hr-criteria.pdf", "/files/dept/rid-hr-report-2568.pdf",
        "/files/dept/rid-ethics-code.pdf"]) + "</ul>")
    page("/docs/integrity/", "คุณธรรมและความโปร่งใส", "<ul>" + "".join(doc(h) for h in [
        "/files/2569/nogift-2569.pdf", "/files/2568/gift-report-2568.pdf", "/files/2569/risk-2569.pdf",
        "/files/2569/anticorruption-plan-2569.pdf", "/files/2568/anticorruption-report-2568.pdf",
        "/files/2569/ita-analysis-2568.pdf", "/files/2567/integrity-measures-2567.pdf"]) + "</ul>")
    page("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in MENU + [
        ("/about/structure/", "โครงสร้าง"), ("/qa/", "ถาม-ตอบ"), ("/eservice/", "E-Service"), ("/complaint/", "ร้องเรียน"),
        ("/ita/2569/", "ITA 2569")]) + "</ul>")


if __name__ == "__main__":
    main()
