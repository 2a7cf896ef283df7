"""Generate the HTML pages of the "saodrive" test site (องค์การบริหารส่วนตำบลโคกสำราญเหนือ, invented).

Run:  python tests/sites/saodrive/_make_pages.py   (after _make_docs.py)

A small อบต. whose ITA page /ita/2569/ lists o1 … o26 in its own wording: rows link a Google
Drive share (drive.google.com/file/d/…/view), a local PDF under /uploads/, a page of the site or a
download list.  Every page repeats the top bar, the menu, the left column and the footer; pages
are folder/index.html.  Deterministic: all dates are written out.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, DRIVE, GONE, drive  # noqa: E402

ORG = "องค์การบริหารส่วนตำบลโคกสำราญเหนือ"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
PAGES: dict[str, str] = {}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


MENU = [("/", "หน้าแรก"), ("/about/history/", "ข้อมูลพื้นฐาน"), ("/about/structure/", "โครงสร้าง"),
        ("/about/executives/", "คณะผู้บริหาร"), ("/news/", "ข่าวประชาสัมพันธ์"), ("/download/", "เอกสารเผยแพร่"),
        ("/procurement/", "ประกาศจัดซื้อจัดจ้าง"), ("/ita/2569/", "ITA 2569"), ("/eservice/", "E-Service"),
        ("/contact/", "ติดต่อเรา")]
SIDE = [("/about/history/", "ประวัติความเป็นมา"), ("/about/vision/", "วิสัยทัศน์/พันธกิจ"), ("/about/area/", "สภาพทั่วไป"),
        ("/about/authority/", "อำนาจหน้าที่"), ("/about/council/", "สมาชิกสภา อบต."), ("/about/staff/", "บุคลากร"),
        ("/download/plan/", "แผนพัฒนาท้องถิ่น"), ("/download/procure/", "สรุปผลจัดซื้อจัดจ้าง สขร.1"),
        ("/download/manual/", "คู่มือการปฏิบัติงาน/คู่มือประชาชน"), ("/download/hr/", "การบริหารงานบุคคล"),
        ("/download/report/", "รายงานผลการดำเนินงาน"), ("/download/announce/", "ประกาศ อบต."),
        ("/qa/", "กระดานถาม-ตอบ (Q&A)"), ("/complaint/", "แจ้งเรื่องร้องเรียน/ร้องทุกข์"),
        ("/complaint/corruption/", "ร้องเรียนการทุจริตและประพฤติมิชอบ"), ("/ita/", "การประเมิน ITA"),
        ("/ita/2568/", "ITA ปี 2568"), ("/law/", "กฎหมายที่เกี่ยวข้อง"), ("/sitemap/", "แผนผังเว็บไซต์")]


def page(path: str, title: str, body: str) -> None:
    menu = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, t in MENU)
    side = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, t in SIDE)
    PAGES[path] = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div class="topbar">ยินดีต้อนรับสู่เว็บไซต์ {ORG} อำเภอบ้านแฮด จังหวัดขอนแก่น | โทร. 0 4300 0000 | saraban@khoksamrannuea.go.th</div>
<header><img src="/assets/logo.png" alt="ตราสัญลักษณ์" width="64" height="64"><h1>{ORG}</h1><p>Khok Samran Nuea Subdistrict Administrative Organization</p></header>
<nav><ul class="menu">{menu}</ul></nav>
<div class="wrap"><aside><div class="box"><h3>นายก อบต.</h3><p>นายสมพงษ์ ทองคำภู<br>สายตรงนายก 08 0000 0000</p></div>
<div class="box"><h3>เมนูหลัก</h3><ul>{side}</ul></div>
<div class="box"><h3>ลิงก์หน่วยงาน</h3><ul><li><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
<li><a href="https://www.gprocurement.go.th/">ระบบการจัดซื้อจัดจ้างภาครัฐ</a></li><li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li></ul></div></aside>
<main><div class="crumb"><a href="/">หน้าแรก</a> &raquo; {esc(title)}</div><h2>{esc(title)}</h2>
{body}
</main></div>
<footer>{ORG} 99 หมู่ที่ 3 ตำบลโคกสำราญเหนือ อำเภอบ้านแฮด จังหวัดขอนแก่น 40110<br>โทรศัพท์/โทรสาร 0 4300 0000 อีเมล saraban@khoksamrannuea.go.th<br>
Copyright &copy; 2566 {ORG} สงวนลิขสิทธิ์ | ผู้ดูแลระบบ: งานประชาสัมพันธ์ สำนักปลัด</footer>
</body></html>
"""


def doc_link(key: str) -> str:
    rel, title, up, kind, _ = DOCS[key]
    return f'<a href="{rel}">{esc(title)}</a> <span class="date">({be(up)})</span>'


def drive_link(key: str) -> str:
    return f'<a href="{drive(key)}" target="_blank">{esc(DRIVE[key])}</a> <img src="/assets/gdrive.png" alt="Google Drive" width="16" height="16">'


def table(rows: list[tuple[str, str, str]]) -> str:
    """rows of (title html, date, source) as a download list."""
    trs = "".join(f"<tr><td>{i}</td><td>{t}</td><td>{dt}</td><td>{src}</td></tr>" for i, (t, dt, src) in enumerate(rows, 1))
    return f'<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>{trs}</table>'


def loc(key: str) -> tuple[str, str, str]:
    rel, title, up, kind, _ = DOCS[key]
    return (f'<a href="{rel}">{esc(title)}</a>', be(up), kind.replace("thai", "pdf").replace("scan", "pdf").upper())


def drv(key: str, date: str) -> tuple[str, str, str]:
    return (f'<a href="{drive(key)}" target="_blank">{esc(DRIVE[key])}</a>', date, "Google Drive")


# --- news -------------------------------------------------------------------------------
NEWS = [  # id, date, title, body
    (148, "8 เม.ย. 2569", "ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้างภายในเดือนเมษายน 2569",
     "กองคลังขอเชิญชวนผู้มีหน้าที่เสียภาษีที่ได้รับหนังสือแจ้งการประเมินแล้ว ชำระภาษีได้ที่ อบต. หรือหน่วยบริการเคลื่อนที่ในแต่ละหมู่บ้าน"),
    (147, "25 มี.ค. 2569", "โครงการฝึกอบรมส่งเสริมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และพนักงาน ประจำปี 2569",
     "วันที่ 24 มีนาคม 2569 อบต.โคกสำราญเหนือ จัดโครงการฝึกอบรมส่งเสริมคุณธรรมจริยธรรม ตามประมวลจริยธรรมของข้าราชการการเมืองท้องถิ่นและพนักงานส่วนตำบล "
     "ณ วัดโพธิ์ศรีสว่าง มีผู้บริหาร สมาชิกสภา พนักงานและพนักงานจ้างเข้าร่วม 46 คน วิทยากรบรรยายเรื่องการป้องกันผลประโยชน์ทับซ้อนและการปฏิบัติตามประมวลจริยธรรม"),
    (146, "11 มี.ค. 2569", "ประชุมประชาคมหมู่บ้านและประชาคมตำบล เพื่อทบทวนแผนพัฒนาท้องถิ่น ปี 2569",
     "ระหว่างวันที่ 2 - 10 มีนาคม 2569 อบต.โคกสำราญเหนือ จัดเวทีประชาคมหมู่บ้านครบทั้ง 12 หมู่บ้าน และวันที่ 10 มีนาคม 2569 จัดประชุมประชาคมตำบล "
     "ณ หอประชุม อบต. มีผู้นำชุมชน ผู้แทนกลุ่มอาชีพ และประชาชนเข้าร่วมรวม 412 คน ที่ประชุมเสนอโครงการ 37 โครงการ เช่น ถนน คสล. ขยายเขตประปา และไฟฟ้าส่องสว่าง "
     "เพื่อบรรจุในแผนพัฒนาท้องถิ่นและพิจารณาจัดทำข้อบัญญัติงบประมาณปีถัดไป"),
    (145, "20 ก.พ. 2569", "ประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 7", "รายละเอียดตามประกาศที่แนบ: " + doc_link("road-invite")),
    (144, "16 ก.พ. 2569", "ประชุมคณะทำงานการประเมินคุณธรรมและความโปร่งใส (ITA) ครั้งที่ 1/2569",
     "คณะทำงาน ITA ประชุมพิจารณาร่างการวิเคราะห์ผลการประเมิน ITA ปี 2568 และร่างมาตรการส่งเสริมคุณธรรม ที่ประชุมมอบให้แต่ละกองเสนอแนวทางเพิ่มเติมภายในเดือนมีนาคม"),
    (143, "20 ม.ค. 2569", "ประกาศรับสมัครสมาชิก อปพร. ประจำปี 2569", "รายละเอียดตามประกาศ: " + doc_link("volunteer-scan")),
    (142, "9 ม.ค. 2569", "กิจกรรมวันเด็กแห่งชาติ ประจำปี 2569",
     "อบต.โคกสำราญเหนือ ร่วมกับศูนย์พัฒนาเด็กเล็ก 2 แห่ง จัดกิจกรรมวันเด็กแห่งชาติ ณ สนามกีฬา อบต. มีเด็กและผู้ปกครองร่วมงานกว่า 600 คน"),
    (141, "15 ธ.ค. 2568", "ออกหน่วยบริการประชาชนเคลื่อนที่ บ้านหนองแวง หมู่ที่ 5", "ให้บริการรับชำระภาษี ลงทะเบียนเบี้ยยังชีพ และรับเรื่องร้องทุกข์"),
    (140, "2 ธ.ค. 2568", "รณรงค์วันต่อต้านคอร์รัปชันสากล ประจำปี 2568",
     "ผู้บริหารและพนักงานร่วมเดินรณรงค์ต่อต้านการทุจริต และประกาศเจตนารมณ์การป้องกันการทุจริต ณ ที่ว่าการอำเภอบ้านแฮด"),
    (139, "10 พ.ย. 2568", "โครงการจัดงานประเพณีลอยกระทง ประจำปี 2568", "จัดงานประเพณีลอยกระทง ณ หนองโคกสำราญ หมู่ที่ 1 มีการประกวดกระทงและนางนพมาศ"),
    (138, "2 ต.ค. 2568", "ประกาศเจตนารมณ์ No Gift Policy ประจำปีงบประมาณ 2569",
     "นายก อบต. ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่: " + doc_link("nogift-2569")),
    (137, "1 ต.ค. 2568", "ยินดีต้อนรับพนักงานส่วนตำบลรับโอนย้ายใหม่", "อบต.ยินดีต้อนรับนักวิชาการเงินและบัญชี ซึ่งรับโอนมาจาก อบต.ในจังหวัดมหาสารคาม"),
    # FY2568
    (131, "18 ส.ค. 2568", "โครงการส่งเสริมอาชีพกลุ่มสตรี ปี 2568", "ฝึกอบรมการทำขนมไทยและการตลาดออนไลน์ แก่กลุ่มสตรี 3 หมู่บ้าน ผู้เข้าร่วม 60 คน"),
    (130, "9 มิ.ย. 2568", "ประกาศเชิญชวนตรวจดูร่างแผนพัฒนาท้องถิ่น (เพิ่มเติม ฉบับที่ 2)", "รายละเอียด: " + doc_link("plan-notice")),
    (129, "2 พ.ค. 2568", "ฝึกซ้อมแผนป้องกันและระงับอัคคีภัยในสำนักงาน", "พนักงานทุกคนร่วมฝึกซ้อมการใช้ถังดับเพลิงและการอพยพหนีไฟ"),
    (128, "14 มี.ค. 2568", "ประชาคมตำบล ประจำปี 2568", "จัดประชาคมตำบลเพื่อรับฟังความคิดเห็น ผู้เข้าร่วม 305 คน"),
]


def news() -> None:
    def item(n):
        i, dt, t, _ = n
        return f'<li><a href="/news/{i}/">{esc(t)}</a> <span class="date">{dt}</span></li>'
    cur = [n for n in NEWS if n[0] >= 137]
    old = [n for n in NEWS if n[0] < 137]
    page("/news/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{"".join(item(n) for n in cur)}</ul>'
         '<p class="pager">หน้า 1 | <a href="/news/page/2/">2</a> | <a href="/news/page/2/">ถัดไป &raquo;</a></p>')
    page("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", f'<ul class="news">{"".join(item(n) for n in old)}</ul>'
         '<p class="pager"><a href="/news/">&laquo; ก่อนหน้า</a> | <a href="/news/">1</a> | หน้า 2</p>')
    for i, dt, t, body in NEWS:
        extra = ""
        if i in (146, 147, 140, 142):
            extra = f'<p><img src="/assets/photo-{i}.png" alt="ภาพกิจกรรม" width="120" height="80"></p>'
        page(f"/news/{i}/", t, f'<p class="date">โพสต์เมื่อ {dt} โดย งานประชาสัมพันธ์ | เข้าชม {i * 3 % 211 + 40} ครั้ง</p>'
             f"<p>{body if '<a' in body else esc(body)}</p>{extra}<p><a href=\"/news/\">&laquo; กลับหน้าข่าว</a></p>")


def about() -> None:
    page("/about/history/", "ประวัติความเป็นมา", "<p>องค์การบริหารส่วนตำบลโคกสำราญเหนือ ยกฐานะจากสภาตำบลเป็นองค์การบริหารส่วนตำบล "
         "ตามประกาศกระทรวงมหาดไทย เมื่อวันที่ 23 กุมภาพันธ์ 2540 มีพื้นที่ประมาณ 58 ตารางกิโลเมตร 12 หมู่บ้าน ประชากร 7,914 คน</p>")
    page("/about/vision/", "วิสัยทัศน์ พันธกิจ", "<p><b>วิสัยทัศน์</b> โคกสำราญเหนือน่าอยู่ เศรษฐกิจพอเพียง ประชาชนมีส่วนร่วม บริหารโปร่งใส</p>"
         "<ol><li>พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐาน</li><li>ส่งเสริมคุณภาพชีวิตและสวัสดิการสังคม</li><li>บริหารจัดการตามหลักธรรมาภิบาล</li></ol>")
    page("/about/area/", "สภาพทั่วไปและข้อมูลพื้นฐาน", "<p>ทิศเหนือ ติดต่อ ตำบลโนนสมบูรณ์ ทิศใต้ ติดต่อ ตำบลโคกสำราญ ทิศตะวันออก ติดต่อ ลำน้ำพอง "
         "ทิศตะวันตก ติดต่อ ตำบลบ้านแฮด</p><table class=\"list\"><tr><th>หมู่ที่</th><th>ชื่อหมู่บ้าน</th><th>ครัวเรือน</th></tr>"
         + "".join(f"<tr><td>{n}</td><td>{v}</td><td>{h}</td></tr>" for n, v, h in [(1, "บ้านโคกสำราญ", 241), (2, "บ้านหนองไผ่", 198), (3, "บ้านโนนงาม", 176),
                                                                                         (5, "บ้านหนองแวง", 203), (7, "บ้านโนนงามพัฒนา", 154)]) + "</table>")
    page("/about/structure/", "โครงสร้างส่วนราชการ", f"""<p>แผนภูมิโครงสร้างองค์การบริหารส่วนตำบลโคกสำราญเหนือ</p>
<div class="org"><h4>ฝ่ายการเมือง</h4><ul><li>นายก อบต. (นายสมพงษ์ ทองคำภู)<ul><li>รองนายก อบต. 2 คน</li><li>เลขานุการนายก อบต.</li></ul></li>
<li>สภา อบต.: ประธานสภา รองประธานสภา เลขานุการสภา สมาชิกสภา อบต. 12 คน</li></ul>
<h4>ฝ่ายประจำ</h4><ul><li>ปลัด อบต.<ul><li>รองปลัด อบต.</li><li>สำนักปลัด</li><li>กองคลัง</li><li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul></div>
<p>ดาวน์โหลด: {doc_link("structure")}</p><p>ดูเพิ่มเติม: <a href="/about/authority/">อำนาจหน้าที่</a></p>""")
    page("/about/authority/", "อำนาจหน้าที่", "<p>ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 "
         "องค์การบริหารส่วนตำบลมีอำนาจหน้าที่สรุปได้ดังนี้</p><ol><li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก (มาตรา 67)</li>"
         "<li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ รวมทั้งกำจัดมูลฝอยและสิ่งปฏิกูล</li><li>ป้องกันโรคและระงับโรคติดต่อ</li>"
         "<li>ป้องกันและบรรเทาสาธารณภัย</li><li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
         "<li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li><li>ให้มีน้ำเพื่อการอุปโภค บริโภค และการเกษตร (มาตรา 68)</li>"
         "<li>จัดทำแผนพัฒนาท้องถิ่นและจัดระบบการบริการสาธารณะ (มาตรา 16 พ.ร.บ.กำหนดแผนฯ)</li></ol>")
    people = [("นายสมพงษ์ ทองคำภู", "นายกองค์การบริหารส่วนตำบลโคกสำราญเหนือ", "08 0000 0000"),
              ("นายวิชัย พลอาษา", "รองนายก อบต.", "08 0000 0001"), ("นางสุภาพร ศรีวงษา", "รองนายก อบต.", "08 0000 0002"),
              ("นายเกียรติศักดิ์ มูลศรี", "เลขานุการนายก อบต.", "08 0000 0003")]
    page("/about/executives/", "คณะผู้บริหาร", "".join(
        f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="90" height="110"><p><b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</p></div>'
        for n, p, t in people))
    page("/about/council/", "สมาชิกสภา อบต.", "<ul><li>นายบุญมี ศรีสุข ประธานสภา อบต.</li><li>นางลำดวน พรมมา รองประธานสภา อบต.</li>"
         "<li>นายประสิทธิ์ แสนโคตร เลขานุการสภา อบต.</li><li>สมาชิกสภา อบต. หมู่ที่ 1 - 12 รวม 12 คน</li></ul>")
    page("/about/staff/", "บุคลากร", "<ul><li>นางสาวอรุณี แก้วประเสริฐ ปลัด อบต.</li><li>นายธนากร ภูมิสุข รองปลัด อบต.</li>"
         "<li>นางพิมพ์ชนก จันทร์หอม ผู้อำนวยการกองคลัง</li><li>นายสุรเชษฐ์ วงศ์ไชย ผู้อำนวยการกองช่าง</li>"
         "<li>นางวไลพร บุญเรือง ผู้อำนวยการกองการศึกษาฯ</li></ul>")


def service() -> None:
    page("/contact/", "ติดต่อเรา", "<p>องค์การบริหารส่วนตำบลโคกสำราญเหนือ 99 หมู่ที่ 3 ตำบลโคกสำราญเหนือ อำเภอบ้านแฮด จังหวัดขอนแก่น 40110</p>"
         "<p>โทรศัพท์ 0 4300 0000 โทรสาร 0 4300 0001<br>อีเมล saraban@khoksamrannuea.go.th<br>Facebook: อบต.โคกสำราญเหนือ</p>"
         '<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p><p><a href="https://maps.google.com/?q=16.17,102.73">แผนที่ตั้ง (Google Maps)</a></p>'
         '<p>สอบถามข้อมูล: <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    qa = [("สอบถามการชำระภาษีที่ดินผ่านโอนเงินได้หรือไม่", "ชาวบ้านหมู่ 3", "5 มี.ค. 2569",
           "ชำระผ่านการโอนเข้าบัญชีเงินฝากของ อบต. ได้ แล้วส่งหลักฐานทาง Line ของกองคลัง - งานจัดเก็บรายได้ (ตอบ 6 มี.ค. 2569)"),
          ("ไฟถนนหน้าโรงเรียนดับหลายวัน", "ผู้ปกครอง", "17 ก.พ. 2569", "กองช่างได้ดำเนินการซ่อมแซมแล้วเมื่อวันที่ 19 ก.พ. 2569 - กองช่าง")]
    page("/qa/", "กระดานถาม-ตอบ (Q&A)", '<form method="post" action="https://docs.google.com/forms/d/e/1FAIpQLSc-qa-koksamran/formResponse">'
         '<p>ชื่อ <input name="name"> หัวข้อ <input name="topic"></p><p>คำถาม <textarea name="q"></textarea></p><p><button>ส่งคำถาม</button></p></form>'
         + "".join(f'<div class="qa"><p><b>ถาม:</b> {esc(q)} <small>({esc(w)} {d})</small></p><p><b>ตอบ:</b> {esc(a)}</p></div>' for q, w, d, a in qa))
    page("/eservice/", "E-Service ยื่นคำร้องออนไลน์", '<p>ประชาชนสามารถยื่นคำร้องขอรับบริการผ่านระบบออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 2 วันทำการ</p>'
         '<form method="post" action="https://docs.google.com/forms/d/e/1FAIpQLSd-eservice-koksamran/formResponse">'
         '<p>ชื่อ - สกุล <input name="name" required></p><p>เบอร์โทรศัพท์ <input name="tel" required></p>'
         '<p>ประเภทคำร้อง <select name="type"><option>ขอรับน้ำอุปโภคบริโภค</option><option>แจ้งซ่อมไฟฟ้าส่องสว่าง</option>'
         '<option>ขอใช้รถบรรทุกน้ำ</option><option>ขอรับถังขยะ</option><option>ขอใช้สถานที่</option></select></p>'
         '<p>รายละเอียด <textarea name="detail"></textarea></p><p><button type="submit">ส่งคำร้อง</button></p></form>'
         f'<h3>สถิติการให้บริการ</h3><p>{doc_link("stats-2569")}</p>')
    page("/complaint/", "แจ้งเรื่องร้องเรียน/ร้องทุกข์", '<p>ร้องเรียนเรื่องทั่วไปได้ทางโทรศัพท์ 0 4300 0000 หรือตู้รับเรื่องร้องเรียนหน้าที่ทำการ อบต.</p>'
         '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ออนไลน์)</a></p>')
    page("/complaint/corruption/", "ร้องเรียนการทุจริตและประพฤติมิชอบ", '<p>ผู้ร้องสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ได้ทางแบบฟอร์มด้านล่าง '
         'ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับ</p><form method="post" action="https://docs.google.com/forms/d/e/1FAIpQLSe-corrupt-koksamran/formResponse">'
         '<p>ชื่อผู้ร้อง (ไม่ระบุได้) <input name="name"></p><p>ติดต่อกลับ <input name="contact"></p><p>เจ้าหน้าที่ที่ถูกร้องเรียน <input name="who"></p>'
         '<p>รายละเอียดการกระทำ <textarea name="detail" required></textarea></p><p>แนบหลักฐาน <input type="file" name="file"></p>'
         f'<p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form><p>คู่มือ: {doc_link("complaint-manual")}</p>')
    page("/law/", "กฎหมายที่เกี่ยวข้อง", '<ul><li><a href="https://www.krisdika.go.th/">พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537</a></li>'
         '<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</a></li></ul>')
    page("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, t in MENU + SIDE) + "</ul>")


def downloads() -> None:
    page("/download/plan/", "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน / ข้อบัญญัติ", table([
        drv("plan-66-70-add2", "1 ก.ค. 2568"), drv("budget-2569", "26 ก.ย. 2568"), loc("opplan-2569"), loc("opplan-2568"),
        loc("budget-2568"), loc("plan-notice"), drv("plan-66-70", "30 ธ.ค. 2565")]))
    months = [("sk-2569-03", "8 เม.ย. 2569"), ("sk-2569-02", "9 มี.ค. 2569"), ("sk-2568-12", "8 ม.ค. 2569"),
              ("sk-2568-11", "5 ธ.ค. 2568"), ("sk-2568-10", "7 พ.ย. 2568"), ("sk-2568-09", "6 ต.ค. 2568")]
    page("/download/procure/", "สรุปผลการดำเนินการจัดซื้อจัดจ้าง (สขร.1)", table([drv(k, dt) for k, dt in months])
         + f'<p>รายงานประจำปี: <a href="{GONE}">รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568</a> (12 พ.ย. 2568)</p>')
    page("/download/manual/", "คู่มือการปฏิบัติงาน / คู่มือสำหรับประชาชน", table([loc("manual-work"), loc("manual-build"), loc("manual-elder"),
                                                                                  loc("complaint-manual")]))
    page("/download/hr/", "การบริหารงานบุคคล", table([loc("hr-criteria"), drv("hrplan-64-66", "5 ต.ค. 2563"), drv("hrreport-2567", "30 ต.ค. 2567")]))
    page("/download/report/", "รายงานผลการดำเนินงาน", table([drv("eval-2568", "15 ธ.ค. 2568"), loc("anti-report-2568"), loc("integrity-report-2568"),
                                                             loc("amphoe-report"), loc("revenue-xlsx"), loc("council-minutes")]))
    page("/download/announce/", "ประกาศ อบต.", table([loc("tax-2569"), loc("volunteer-scan"), loc("nogift-2569"), loc("ethics-code"), loc("plan-notice")]))
    page("/download/", "เอกสารเผยแพร่", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, t in [
        ("/download/plan/", "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน / ข้อบัญญัติ"), ("/download/procure/", "สรุปผลการจัดซื้อจัดจ้าง (สขร.1)"),
        ("/download/manual/", "คู่มือ"), ("/download/hr/", "การบริหารงานบุคคล"), ("/download/report/", "รายงานผลการดำเนินงาน"),
        ("/download/announce/", "ประกาศ อบต.")]) + "</ul>")
    page("/procurement/", "ประกาศจัดซื้อจัดจ้าง", table([loc("road-winner"), loc("road-invite"), loc("print-antiplan")]))


def ita() -> None:
    L = lambda key: doc_link(key)  # noqa: E731
    D = drive_link
    rows = [
        ("O1", "โครงสร้าง หน้าที่และอำนาจ", '<a href="/about/structure/">แผนภูมิโครงสร้างส่วนราชการ</a> / <a href="/about/authority/">อำนาจหน้าที่</a>'),
        ("O2", "ข้อมูลผู้บริหาร", '<a href="/about/executives/">คณะผู้บริหาร</a>'),
        ("O3", "ข้อมูลการติดต่อและช่องทางการสอบถาม", '<a href="/contact/">ติดต่อเรา</a> / <a href="/qa/">กระดานถาม-ตอบ</a>'),
        ("O4", "ข่าวประชาสัมพันธ์", '<a href="/news/">ข่าวประชาสัมพันธ์</a>'),
        ("O5", "แผนพัฒนาท้องถิ่น", D("plan-66-70-add2") + "<br>" + D("plan-66-70")),
        ("O6", "แผนการดำเนินงานและงบประมาณ", L("opplan-2569") + "<br>" + D("budget-2569")),
        ("O7", "รายงานผลการดำเนินงานประจำปี", D("eval-2568")),
        ("O8", "คู่มือการปฏิบัติงาน", L("manual-work")),
        ("O9", "คู่มือสำหรับประชาชน", '<a href="/download/manual/">คู่มือสำหรับประชาชน</a>'),
        ("O10", "E-Service", '<a href="/eservice/">ระบบยื่นคำร้องออนไลน์</a> / ' + L("stats-2569")),
        ("O11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", '<a href="/download/procure/">สขร.1 ประจำเดือน</a>'),
        ("O12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", f'<a href="{GONE}">รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568</a>'),
        ("O13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล", L("hr-criteria") + "<br>" + D("hrplan-64-66")),
        ("O14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", D("hrreport-2567")),
        ("O15", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", L("ethics-code") + '<br><a href="/news/147/">โครงการฝึกอบรมส่งเสริมคุณธรรมจริยธรรม ปี 2569</a>'),
        ("O16", "คู่มือการจัดการเรื่องร้องเรียนการทุจริต", L("complaint-manual")),
        ("O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", '<a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตออนไลน์</a>'),
        ("O18", "สถิติเรื่องร้องเรียนการทุจริต", D("cstat-2568")),
        ("O19", "การเปิดโอกาสให้มีส่วนร่วม", '<a href="/news/146/">ประชุมประชาคมหมู่บ้านและประชาคมตำบล ปี 2569</a>'),
        ("O20", "No Gift Policy", L("nogift-2569") + "<br>" + D("gift-2568")),
        ("O21", "การประเมินความเสี่ยงการทุจริต", D("risk-2569")),
        ("O22", "รายงานผลการจัดการความเสี่ยงการทุจริต", "อยู่ระหว่างดำเนินการ"),
        ("O23", "แผนปฏิบัติการป้องกันการทุจริต", D("antiplan-2569")),
        ("O24", "รายงานผลการดำเนินการป้องกันการทุจริต", L("anti-report-2568")),
        ("O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนา", L("ita-draft")),
        ("O26", "รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส", L("integrity-report-2568")),
    ]
    trs = "".join(f"<tr><td>{c.lower()}</td><td>{esc(t)}</td><td>{link}</td></tr>" for c, t, link in rows)
    page("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569", '<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569</p>'
         f'<table class="list"><tr><th>ข้อ</th><th>หัวข้อ</th><th>ข้อมูล</th></tr>{trs}</table>')
    old = [("o1", "โครงสร้าง", '<a href="/about/structure/">โครงสร้าง</a>'), ("o10", "แผนดำเนินงาน", L("opplan-2568")),
           ("o11", "ข้อบัญญัติงบประมาณ", L("budget-2568")), ("o23", "สถิติเรื่องร้องเรียนการทุจริต", L("cstat-2567")),
           ("o29", "แผนป้องกันการทุจริต", D("antiplan-65-68")),
           ("o31", "รายงานผลการดำเนินการจัดการความเสี่ยงการทุจริต", L("risk-report-2567")),
           ("o32", "ประกาศ No Gift Policy", D("gift-2568"))]
    trs = "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{link}</td></tr>" for c, t, link in old)
    page("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", f'<table class="list"><tr><th>ข้อ</th><th>หัวข้อ</th><th>ข้อมูล</th></tr>{trs}</table>')
    page("/ita/", "การประเมิน ITA", '<ul><li><a href="/ita/2569/">ITA ประจำปี 2569</a></li><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li></ul>')


def home() -> None:
    latest = "".join(f'<li><a href="/news/{i}/">{esc(t)}</a> <span class="date">{dt}</span></li>' for i, dt, t, _ in NEWS[:6])
    page("/", "หน้าแรก", f'<h3>ข่าวล่าสุด</h3><ul class="news">{latest}</ul><p><a href="/news/">ดูทั้งหมด</a></p>'
         '<h3>ประกาศจัดซื้อจัดจ้าง</h3><p><a href="/procurement/">ประกาศจัดซื้อจัดจ้างทั้งหมด</a></p>'
         '<p><a href="/ita/2569/"><img src="/assets/ita-banner.png" alt="ITA 2569" width="200" height="50"></a></p>')


def assets() -> None:
    from PIL import Image

    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    for name, size, colour in [("logo", (64, 64), (20, 90, 40)), ("gdrive", (16, 16), (30, 140, 60)), ("person", (90, 110), (200, 200, 210)),
                               ("ita-banner", (200, 50), (0, 70, 140))] + [(f"photo-{i}", (120, 80), (150 + i % 50, 170, 120)) for i in (140, 142, 146, 147)]:
        Image.new("RGB", size, colour).save(os.path.join(HERE, "assets", f"{name}.png"), optimize=True)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Tahoma,sans-serif;margin:0}.topbar{background:#145a28;color:#fff;font-size:12px;padding:4px}"
                "header{display:flex;gap:12px;padding:8px}.menu{display:flex;gap:10px;list-style:none;background:#1f7a3a;padding:6px}"
                ".menu a{color:#fff}.wrap{display:flex}aside{width:240px}main{flex:1;padding:8px}.list td,.list th{border:1px solid #ccc;padding:3px}"
                "footer{background:#eee;font-size:12px;padding:8px}\n")


def main() -> None:
    home()
    about()
    service()
    news()
    downloads()
    ita()
    assets()
    for path, text in PAGES.items():
        target = os.path.join(HERE, path.lstrip("/"), "index.html")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
