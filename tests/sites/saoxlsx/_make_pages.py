"""Generate the HTML pages of the "saoxlsx" test site (อบต.หนองแสงทอง, a Bootstrap template site).

Run:  python tests/sites/saoxlsx/_make_pages.py   (then _make_docs.py for the files and images)

The look of a small อบต. site made from a free Bootstrap 5 template by the office's own staff:
flat .html files (/p/structure.html, /news/116.html, /ita2568.html), a navbar of <ul> dropdowns,
a breadcrumb, a right column repeated on every page (the chief executive, quick links, a visitor
counter), a footer with address, phone and e-mail.  Documents are linked mostly by their file
name ("q1-68.xlsx", "Document1.docx") or "ดาวน์โหลด".  The ITA page is one accordion: a
collapsed panel per sub-indicator, each holding a table of o-rows.  News dates are long
Buddhist-era dates with Arabic digits ("22 มกราคม 2568").  Latest content: 25 เม.ย. 2568.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
ORG = "องค์การบริหารส่วนตำบลหนองแสงทอง"
SHORT = "อบต.หนองแสงทอง"
D = "/doc/"

NAV = """<nav class="navbar navbar-expand-lg navbar-dark bg-warning-subtle"><div class="container">
<ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">เกี่ยวกับ อบต.</a>
<ul class="dropdown-menu"><li><a class="dropdown-item" href="/p/history.html">ประวัติความเป็นมา</a></li>
<li><a class="dropdown-item" href="/p/structure.html">โครงสร้างส่วนราชการ</a></li>
<li><a class="dropdown-item" href="/p/authority.html">อำนาจหน้าที่</a></li>
<li><a class="dropdown-item" href="/p/executives.html">คณะผู้บริหาร</a></li>
<li><a class="dropdown-item" href="/p/council.html">สมาชิกสภา อบต.</a></li>
<li><a class="dropdown-item" href="/p/staff.html">บุคลากร</a></li>
<li><a class="dropdown-item" href="/p/otop.html">ผลิตภัณฑ์ชุมชน</a></li></ul></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">แผนงาน/งบประมาณ</a>
<ul class="dropdown-menu"><li><a class="dropdown-item" href="/p/plan.html">แผนพัฒนาท้องถิ่น</a></li>
<li><a class="dropdown-item" href="/p/budget.html">ข้อบัญญัติงบประมาณ / แผนการดำเนินงาน</a></li>
<li><a class="dropdown-item" href="/p/performance.html">ผลการดำเนินงาน</a></li>
<li><a class="dropdown-item" href="/p/hr.html">การบริหารงานบุคคล</a></li></ul></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">จัดซื้อจัดจ้าง</a>
<ul class="dropdown-menu"><li><a class="dropdown-item" href="/procurement/index.html">ประกาศจัดซื้อจัดจ้าง</a></li>
<li><a class="dropdown-item" href="/procurement/skr1.html">สรุปผลการจัดซื้อจัดจ้าง (สขร.1)</a></li></ul></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">บริการประชาชน</a>
<ul class="dropdown-menu"><li><a class="dropdown-item" href="/p/manual-citizen.html">คู่มือสำหรับประชาชน</a></li>
<li><a class="dropdown-item" href="/p/eservice.html">E-Service</a></li>
<li><a class="dropdown-item" href="/p/service-stat.html">สถิติการให้บริการ</a></li>
<li><a class="dropdown-item" href="/p/manual-staff.html">คู่มือการปฏิบัติงาน</a></li></ul></li>
<li class="nav-item"><a class="nav-link" href="/news/index.html">ข่าวประชาสัมพันธ์</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">ร้องเรียน/ร้องทุกข์</a>
<ul class="dropdown-menu"><li><a class="dropdown-item" href="/p/complaint.html">แจ้งเรื่องร้องเรียนการทุจริต</a></li>
<li><a class="dropdown-item" href="/p/complaint-stat.html">สถิติเรื่องร้องเรียน</a></li></ul></li>
<li class="nav-item"><a class="nav-link" href="/p/integrity.html">คุณธรรมและความโปร่งใส</a></li>
<li class="nav-item"><a class="nav-link" href="/download/index.html">ดาวน์โหลด</a></li>
<li class="nav-item"><a class="nav-link" href="/ita2568.html">ITA 2568</a></li>
<li class="nav-item"><a class="nav-link" href="/p/contact.html">ติดต่อเรา</a></li>
</ul></div></nav>"""

SIDE = """<aside class="col-lg-3">
<div class="card mb-3 text-center"><div class="card-header bg-warning">นายก อบต.หนองแสงทอง</div>
<div class="card-body"><img src="/img/person/mayor.jpg" width="100" height="125" alt="นายก อบต."><br>
<b>นายประเสริฐ ศรีสุวรรณ</b><br>นายกองค์การบริหารส่วนตำบลหนองแสงทอง<br>สายตรงนายก 089-000-5127</div></div>
<div class="card mb-3"><div class="card-header bg-warning">ลิงก์ที่น่าสนใจ</div><div class="list-group list-group-flush">
<a class="list-group-item" href="/ita2568.html">ITA 2568 การเปิดเผยข้อมูลสาธารณะ</a>
<a class="list-group-item" href="/p/eservice.html">E-Service ยื่นคำร้องออนไลน์</a>
<a class="list-group-item" href="/p/complaint.html">แจ้งเรื่องร้องเรียนการทุจริต</a>
<a class="list-group-item" href="https://www.gprocurement.go.th/" target="_blank">ระบบ e-GP</a>
<a class="list-group-item" href="https://www.nacc.go.th/" target="_blank">สำนักงาน ป.ป.ช.</a>
<a class="list-group-item" href="https://www.dla.go.th/" target="_blank">กรมส่งเสริมการปกครองท้องถิ่น</a>
<a class="list-group-item" href="https://www.facebook.com/nongsaengthong.sao" target="_blank">เพจ Facebook อบต.</a></div></div>
<div class="card mb-3"><div class="card-header bg-warning">สถิติผู้เข้าชม</div><div class="card-body small">
วันนี้ 87 คน<br>เดือนนี้ 2,415 คน<br>ทั้งหมด 148,902 คน</div></div>
</aside>"""

FOOTER = """<footer class="bg-dark text-white py-3 mt-4"><div class="container small">
<b>องค์การบริหารส่วนตำบลหนองแสงทอง</b> 99 หมู่ที่ 1 ตำบลหนองแสงทอง อำเภอนาดูนเหนือ จังหวัดมหาสารคาม 44199<br>
โทรศัพท์ 043-000-418 โทรสาร 043-000-419 อีเมล saraban@nongsaengthong.go.th<br>
<a class="text-white" href="/p/privacy.html">นโยบายการคุ้มครองข้อมูลส่วนบุคคล</a> |
<a class="text-white" href="/p/contact.html">ติดต่อเรา</a> | สงวนลิขสิทธิ์ &copy; 2568 อบต.หนองแสงทอง</div></footer>
<script src="/js/bootstrap.bundle.min.js"></script>"""


def page(path: str, title: str, body: str, crumb: str = "") -> None:
    trail = f'<li class="breadcrumb-item">{crumb}</li>' if crumb else ""
    html = f"""<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - {ORG}</title>
<link href="/css/bootstrap.min.css" rel="stylesheet">
<link href="/css/custom.css" rel="stylesheet">
</head>
<body>
<header class="bg-warning py-2"><div class="container d-flex align-items-center">
<a href="/"><img src="/img/logo.png" width="72" height="72" alt="ตรา อบต.หนองแสงทอง"></a>
<div class="ms-3"><div class="fs-4 fw-bold">{ORG}</div>
<div>อำเภอนาดูนเหนือ จังหวัดมหาสารคาม</div></div></div></header>
{NAV}
<div class="container mt-3"><div class="row">
<main class="col-lg-9">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li>{trail}
<li class="breadcrumb-item active">{title}</li></ol></nav>
<h3 class="page-title">{title}</h3>
{body.strip()}
</main>
{SIDE}
</div></div>
{FOOTER}
</body>
</html>
"""
    out = os.path.join(HERE, path.lstrip("/"))
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(html)


def a(href: str, text: str = "") -> str:
    """A link as the staff type it: the file name when no text is given."""
    return f'<a href="{href}" target="_blank">{text or href.rsplit("/", 1)[-1]}</a>'


def table(head: list[str], rows: list[list[str]]) -> str:
    th = "".join(f"<th>{h}</th>" for h in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="table table-bordered table-sm"><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>'


# ---------------------------------------------------------------- news posts (newest first)
# (id, date, title, image, body)
NEWS = [
    (124, "25 เมษายน 2568", "ประชาสัมพันธ์ช่องทางการแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "",
     "<p>อบต.หนองแสงทอง ขอประชาสัมพันธ์ช่องทางการแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่"
     " ได้แก่ ยื่นด้วยตนเอง ตู้รับเรื่องร้องเรียนหน้าสำนักงาน โทรศัพท์ 043-000-418 และแบบฟอร์มออนไลน์"
     ' <a href="/p/complaint.html">คลิกที่นี่</a> ผู้ร้องเรียนจะได้รับการคุ้มครองและปกปิดข้อมูล</p>'),
    (123, "18 เมษายน 2568", "การแข่งขันกีฬาตำบลหนองแสงทองต้านยาเสพติด ประจำปี 2568", "",
     "<p>ระหว่างวันที่ 16 – 18 เมษายน 2568 อบต.หนองแสงทอง จัดการแข่งขันกีฬาเยาวชนและประชาชนต้านยาเสพติด"
     " ณ สนามกีฬาโรงเรียนบ้านหนองแสง มีนักกีฬาจาก 9 หมู่บ้านเข้าร่วม 312 คน</p>"),
    (122, "11 เมษายน 2568", "สืบสานประเพณีสงกรานต์ รดน้ำดำหัวผู้สูงอายุ ประจำปี 2568", "/img/news/songkran68.jpg",
     "<p>วันที่ 11 เมษายน 2568 นายประเสริฐ ศรีสุวรรณ นายก อบต.หนองแสงทอง พร้อมคณะผู้บริหาร สมาชิกสภา"
     " และพนักงาน ร่วมรดน้ำขอพรผู้สูงอายุ ณ ศาลาประชาคมบ้านหนองแสง</p>"),
    (121, "27 มีนาคม 2568", "ประชุมประจำเดือนพนักงานส่วนตำบล ลูกจ้าง และพนักงานจ้าง เดือนมีนาคม 2568", "",
     "<p>วันที่ 27 มีนาคม 2568 นางสาวกนกวรรณ พลอยงาม ปลัด อบต.หนองแสงทอง เป็นประธานการประชุมพนักงานประจำเดือน"
     " ณ ห้องประชุม อบต. สรุปสาระสำคัญ ดังนี้</p>"
     "<p>1. ขอให้กองคลังเร่งรัดการเบิกจ่ายงบประมาณให้เป็นไปตามเป้าหมายไตรมาสที่ 2</p>"
     "<p>2. ขอให้ทุกกองส่งผลการดำเนินการตามมาตรการจัดการความเสี่ยงการทุจริตของปีงบประมาณ 2567"
     " ให้สำนักปลัดภายในเดือนเมษายน 2568 เพื่อจัดทำรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ"
     " ประจำปี 2567 เสนอนายก อบต. และเผยแพร่บนเว็บไซต์ ซึ่งขณะนี้ยังไม่ได้จัดทำ</p>"
     "<p>3. งานจัดเก็บรายได้แจ้งกำหนดชำระภาษีที่ดินและสิ่งปลูกสร้างภายในวันที่ 30 เมษายน 2568</p>"),
    (120, "14 มีนาคม 2568", "รับสมัครเด็กเข้าศูนย์พัฒนาเด็กเล็ก อบต.หนองแสงทอง ปีการศึกษา 2568", "",
     "<p>ศูนย์พัฒนาเด็กเล็กบ้านหนองแสง เปิดรับสมัครเด็กอายุ 2 – 3 ปี ตั้งแต่วันที่ 1 – 30 เมษายน 2568"
     " หลักฐาน สูติบัตร ทะเบียนบ้าน สมุดบันทึกสุขภาพ</p>"),
    (119, "4 มีนาคม 2568", "รณรงค์ป้องกันและลดการเผาในที่โล่ง ลดฝุ่น PM 2.5", "",
     "<p>อบต.หนองแสงทอง ขอความร่วมมือเกษตรกรงดเผาตอซังข้าวและเศษวัชพืช หากพบเหตุไฟไหม้แจ้ง 043-000-418 ตลอด 24 ชั่วโมง</p>"),
    (118, "17 กุมภาพันธ์ 2568", "อบต.หนองแสงทอง จัดประชาคมหมู่บ้านเพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2568",
     "/img/news/prachakhom68.jpg",
     "<p>ระหว่างวันที่ 3 – 14 กุมภาพันธ์ 2568 อบต.หนองแสงทอง ออกประชาคมครบทั้ง 9 หมู่บ้าน เพื่อให้ประชาชน"
     "มีส่วนร่วมเสนอปัญหาและความต้องการ สำหรับบรรจุในแผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570) เพิ่มเติม</p>"
     + table(["หมู่ที่", "วันที่", "ผู้เข้าร่วม (คน)", "โครงการที่เสนอ"],
             [["1 – 3", "3 – 5 ก.พ. 2568", "131", "9"], ["4 – 6", "6 – 11 ก.พ. 2568", "118", "12"],
              ["7 – 9", "12 – 14 ก.พ. 2568", "96", "7"]])
     + "<p>รวมผู้เข้าร่วม 345 คน เสนอโครงการ 28 โครงการ อบต. จะนำเสนอคณะกรรมการพัฒนา อบต. พิจารณา"
     " และแจ้งผลให้ประชาชนทราบผ่านผู้ใหญ่บ้านและเพจ Facebook</p>"),
    (117, "5 กุมภาพันธ์ 2568", "ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า ประจำปี 2568", "",
     "<p>อบต.หนองแสงทอง ร่วมกับปศุสัตว์อำเภอนาดูนเหนือ ออกหน่วยฉีดวัคซีนสุนัขและแมวฟรี ทั้ง 9 หมู่บ้าน</p>"),
    (116, "22 มกราคม 2568", "โครงการอบรมคุณธรรมจริยธรรม ผู้บริหาร สมาชิกสภา และพนักงาน ประจำปีงบประมาณ 2568",
     "/img/news/ethics68.jpg",
     "<p>วันที่ 22 มกราคม 2568 อบต.หนองแสงทอง จัดโครงการอบรมคุณธรรมจริยธรรม ณ วัดโพธิ์ศรีหนองแสง"
     " มีผู้เข้าร่วม 52 คน ประกอบด้วยผู้บริหาร สมาชิกสภา พนักงานส่วนตำบล ลูกจ้างและพนักงานจ้าง"
     " วิทยากรบรรยายเรื่องประมวลจริยธรรมของข้าราชการหรือพนักงานส่วนท้องถิ่น และผลประโยชน์ทับซ้อน</p>"
     "<p>ในช่วงท้าย ปลัด อบต. ได้ย้ำให้ทุกคนถือปฏิบัติตามนโยบายไม่รับของขวัญ (No Gift Policy)"
     " ตามที่ อบต. เคยประกาศไว้ งบประมาณ 20,000 บาท</p>"
     f'<p>ประมวลจริยธรรม : {a(D + "2565/06/ethics65.pdf")}</p>'),
    (115, "20 มกราคม 2568", "พนักงานเข้าร่วมอบรมเชิงปฏิบัติการการจัดทำแผนพัฒนาท้องถิ่นและการติดตามประเมินผล",
     "/img/news/planwork68.jpg",
     "<p>วันที่ 15 – 16 มกราคม 2568 นักวิเคราะห์นโยบายและแผน อบต.หนองแสงทอง เข้าร่วมอบรมเชิงปฏิบัติการ"
     "การจัดทำแผนพัฒนาท้องถิ่นและการติดตามประเมินผล จัดโดยสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดมหาสารคาม"
     " ณ โรงแรมในตัวจังหวัด เพื่อนำความรู้มาปรับปรุงแผนพัฒนาท้องถิ่นของ อบต.</p>"),
    (114, "11 มกราคม 2568", "กิจกรรมวันเด็กแห่งชาติ ประจำปี 2568", "",
     "<p>อบต.หนองแสงทอง จัดงานวันเด็กแห่งชาติ ณ ศูนย์พัฒนาเด็กเล็กบ้านหนองแสง มีเด็กและผู้ปกครองร่วมงานกว่า 400 คน</p>"),
    (113, "12 ธันวาคม 2567", "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568", "",
     "<p>อบต.หนองแสงทอง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 รายละเอียดตามเอกสารแนบ</p>"
     f'<p>{a(D + "2567/11/Document1.docx", "ดาวน์โหลดเอกสาร")}</p>'),
    (112, "28 พฤศจิกายน 2567", "ประชาสัมพันธ์ลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ ปีงบประมาณ 2569", "",
     "<p>ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ ในปีงบประมาณ 2569 ลงทะเบียนได้ที่สำนักปลัด ตลอดเดือนธันวาคม 2567</p>"),
    (111, "16 พฤศจิกายน 2567", "สืบสานประเพณีลอยกระทง ประจำปี 2567", "/img/news/loykrathong67.jpg",
     "<p>อบต.หนองแสงทอง จัดงานประเพณีลอยกระทง ณ หนองแสง มีการประกวดกระทงและนางนพมาศ</p>"),
    (110, "1 ตุลาคม 2567", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568", "",
     "<p>ขอเชิญผู้มีหน้าที่เสียภาษีชำระได้ที่กองคลัง ตั้งแต่บัดนี้ถึง 30 เมษายน 2568</p>"),
    (108, "3 กันยายน 2567", "ประชุมสภา อบต.หนองแสงทอง สมัยวิสามัญ พิจารณาร่างข้อบัญญัติงบประมาณรายจ่าย ประจำปี 2568", "",
     "<p>สภา อบต.หนองแสงทอง ประชุมพิจารณาร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 วาระที่ 2 – 3"
     " และมีมติเห็นชอบ</p>"),
    (106, "25 มิถุนายน 2567", "โครงการอบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2567", "",
     "<p>อบต.หนองแสงทอง จัดอบรมคุณธรรมจริยธรรมให้ผู้บริหารและพนักงาน 47 คน ณ ห้องประชุม อบต.</p>"),
    (104, "20 กุมภาพันธ์ 2567", "ประชาคมหมู่บ้าน ประจำปี 2567", "",
     "<p>อบต.หนองแสงทอง ออกประชาคมหมู่บ้าน 9 หมู่บ้าน ระหว่างวันที่ 5 – 16 กุมภาพันธ์ 2567 ผู้เข้าร่วม 327 คน</p>"),
    (102, "14 ธันวาคม 2566", "มอบผ้าห่มกันหนาวแก่ผู้สูงอายุและผู้ด้อยโอกาส", "",
     "<p>นายก อบต.หนองแสงทอง มอบผ้าห่มกันหนาว 250 ผืน แก่ผู้สูงอายุและผู้ด้อยโอกาสในตำบล</p>"),
    (100, "2 ตุลาคม 2566", "ประกาศเจตนารมณ์ No Gift Policy ประจำปีงบประมาณ 2567", "",
     "<p>อบต.หนองแสงทอง ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่</p>"
     f'<p>{a(D + "2566/10/Scan_20231002_0001.pdf")}</p>'),
]


def news_list(items: list[tuple]) -> str:
    rows = []
    for nid, date, title, _img, _body in items:
        rows.append(f'<li class="list-group-item"><a href="/news/{nid}.html">{title}</a>'
                    f' <span class="text-muted small">โพสต์เมื่อ {date}</span></li>')
    return f'<ul class="list-group news-list">{"".join(rows)}</ul>'


def build_news() -> None:
    for nid, date, title, img, body in NEWS:
        pic = f'<p><img src="{img}" width="240" height="150" alt="{title}"></p>' if img else ""
        page(f"/news/{nid}.html", title,
             f'<p class="text-muted small">โพสต์เมื่อ {date} | ผู้โพสต์ : admin</p>{pic}{body}',
             crumb='<a href="/news/index.html">ข่าวประชาสัมพันธ์</a>')
    page("/news/index.html", "ข่าวประชาสัมพันธ์",
         news_list(NEWS[:15]) + '<nav><ul class="pagination"><li class="page-item active"><span class="page-link">1</span></li>'
         '<li class="page-item"><a class="page-link" href="/news/page2.html">2</a></li></ul></nav>')
    page("/news/page2.html", "ข่าวประชาสัมพันธ์ (หน้า 2)",
         news_list(NEWS[15:]) + '<nav><ul class="pagination"><li class="page-item"><a class="page-link" href="/news/index.html">1</a></li>'
         '<li class="page-item active"><span class="page-link">2</span></li></ul></nav>')


# ---------------------------------------------------------------- the ITA page: an accordion
def row(code: str, text: str, links: str) -> list[str]:
    return [code, text, links]


PANELS = [
    ("9.1", "ข้อมูลพื้นฐาน", [
        row("o1", "โครงสร้าง และอำนาจหน้าที่",
            f'{a("/p/structure.html", "โครงสร้าง")} | {a("/p/authority.html", "อำนาจหน้าที่")}'),
        row("o2", "ข้อมูลผู้บริหาร", a("/p/executives.html", "คลิก")),
        row("o3", "ข้อมูลการติดต่อ", a("/p/contact.html", "คลิก")),
        row("o4", "ข่าวประชาสัมพันธ์", a("/news/index.html", "คลิก")),
    ]),
    ("9.2", "การบริหารงานและการใช้จ่ายงบประมาณ", [
        row("o5", "แผนพัฒนาท้องถิ่น", a(D + "2565/10/plan66-70.docx")),
        row("o6", "แผนการดำเนินงานและการใช้งบประมาณประจำปี",
            f'{a(D + "2567/11/Document1.docx")}<br>{a(D + "2567/09/Scan_20240919_0001.pdf")}<br>'
            f'{a(D + "2568/04/report6m-68.docx")}'),
        row("o7", "รายงานผลการดำเนินงานประจำปี", a(D + "2566/12/annual66.pdf", "คลิก")),
        row("o8", "คู่มือการปฏิบัติงาน", a(D + "2566/06/1686201734.pdf")),
        row("o9", "คู่มือการให้บริการประชาชน", a("/p/manual-citizen.html", "คลิก")),
        row("o10", "E-Service", a("/p/eservice.html", "คลิก")),
        row("o11", "สถิติการให้บริการ", a(D + "2567/10/stat_service_67.xlsx")),
    ]),
    ("9.3", "การจัดซื้อจัดจ้าง", [
        row("o12", "สรุปผลการจัดซื้อจัดจ้างรายเดือน",
            f'{a("/procurement/skr1.html", "คลิก")}<br>{a(D + "2568/01/q1-68.xlsx")}<br>{a(D + "2568/04/q2-68.xlsx")}'),
        row("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", a(D + "2567/10/Scan_20241021_0003.pdf")),
    ]),
    ("9.4", "การบริหารและพัฒนาทรัพยากรบุคคล", [
        row("o14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", a(D + "2566/12/hr-plan-67-69.docx")),
        row("o15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", a(D + "2568/01/Document3.docx")),
        row("o16", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม",
            f'{a(D + "2565/06/ethics65.pdf")}<br>{a("/news/116.html", "กิจกรรม")}'),
    ]),
    ("9.5", "การส่งเสริมความโปร่งใส", [
        row("o17", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", a(D + "2566/04/1681112400.pdf")),
        row("o18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", a("/p/complaint.html", "คลิก")),
        row("o19", "สถิติเรื่องร้องเรียนการทุจริต", a(D + "2568/04/complaint-stat-68.xlsx")),
        row("o20", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", a("/news/118.html", "คลิก")),
    ]),
    ("10.1", "การดำเนินการเพื่อป้องกันการทุจริตในประเด็นสินบน", [
        row("o21", "ประกาศเจตนารมณ์ No Gift Policy", a(D + "2566/10/Scan_20231002_0001.pdf")),
        row("o22", "รายงานการรับของขวัญ", a(D + "2567/10/gift-report-67.pdf")),
        row("o23", "การประเมินความเสี่ยงการทุจริต", a(D + "2567/11/risk68.docx")),
        row("o24", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", "อยู่ระหว่างจัดทำ"),
    ]),
    ("10.2", "การส่งเสริมคุณธรรมและความโปร่งใส", [
        row("o25", "แผนปฏิบัติการป้องกันการทุจริต", a(D + "2565/10/acplan66-70.pdf")),
        row("o26", "รายงานผลการดำเนินการป้องกันการทุจริต", a(D + "2567/05/ac-6m-67.docx")),
    ]),
]


def build_ita() -> None:
    parts = ['<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568'
             ' แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) คลิกที่หัวข้อเพื่อดูรายการ</p>',
             '<div class="accordion" id="itaAccordion">']
    for i, (sid, name, rows) in enumerate(PANELS):
        cid = "c" + sid.replace(".", "")
        parts.append(
            f'<div class="accordion-item"><h2 class="accordion-header" id="h{cid}">'
            f'<button class="accordion-button{" collapsed" if i else ""}" type="button" data-bs-toggle="collapse"'
            f' data-bs-target="#{cid}" aria-expanded="{"true" if not i else "false"}" aria-controls="{cid}">'
            f'ตัวชี้วัดย่อยที่ {sid} {name}</button></h2>'
            f'<div id="{cid}" class="accordion-collapse collapse{" show" if not i else ""}" aria-labelledby="h{cid}"'
            f' data-bs-parent="#itaAccordion"><div class="accordion-body">'
            + table(["ข้อ", "รายการ", "ลิงก์"], rows) + "</div></div></div>")
    parts.append("</div>")
    page("/ita2568.html", "ITA 2568", "\n".join(parts))


# ---------------------------------------------------------------- the other pages
def build_pages() -> None:
    page("/p/history.html", "ประวัติความเป็นมา",
         "<p>ตำบลหนองแสงทองแยกจากตำบลนาดูนเหนือเมื่อ พ.ศ. 2525 ได้รับการยกฐานะเป็นองค์การบริหารส่วนตำบล"
         " เมื่อวันที่ 2 มีนาคม 2540 พื้นที่ 42.7 ตารางกิโลเมตร 9 หมู่บ้าน ประชากร 5,012 คน 1,643 ครัวเรือน"
         " อาชีพหลักทำนาและเลี้ยงโค</p>", "เกี่ยวกับ อบต.")
    page("/p/structure.html", "โครงสร้างส่วนราชการ",
         '<p><img src="/img/structure.png" width="720" height="400" alt="แผนภูมิโครงสร้างส่วนราชการ อบต.หนองแสงทอง"></p>'
         "<p>ฝ่ายนิติบัญญัติ: สภาองค์การบริหารส่วนตำบล สมาชิก 18 คน (ประธานสภา รองประธานสภา เลขานุการสภา)</p>"
         "<p>ฝ่ายบริหาร: นายก อบต. รองนายก อบต. 2 คน เลขานุการนายก อบต.</p>"
         "<p>ฝ่ายประจำ: ปลัด อบต. รองปลัด อบต. สำนักปลัด กองคลัง กองช่าง กองการศึกษา ศาสนาและวัฒนธรรม</p>",
         "เกี่ยวกับ อบต.")
    page("/p/authority.html", "อำนาจหน้าที่",
         "<p>องค์การบริหารส่วนตำบลมีอำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537"
         " มาตรา 66 67 และ 68 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p>"
         "<ol><li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ</li>"
         "<li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li>"
         "<li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
         "<li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li><li>จัดให้มีน้ำเพื่อการอุปโภค บริโภค และการเกษตร</li></ol>",
         "เกี่ยวกับ อบต.")
    execs = [("mayor", "นายประเสริฐ ศรีสุวรรณ", "นายกองค์การบริหารส่วนตำบลหนองแสงทอง", "089-000-5127"),
             ("deputy1", "นายบุญส่ง ทองมา", "รองนายกองค์การบริหารส่วนตำบล", "081-000-2290"),
             ("deputy2", "นางสมพร แก้วกาญจนา", "รองนายกองค์การบริหารส่วนตำบล", "086-000-7731"),
             ("secretary", "นายวีระ บุญเรือง", "เลขานุการนายกองค์การบริหารส่วนตำบล", "093-000-4418"),
             ("palad", "นางสาวกนกวรรณ พลอยงาม", "ปลัดองค์การบริหารส่วนตำบล", "043-000-418 ต่อ 101")]
    page("/p/executives.html", "คณะผู้บริหาร", '<div class="row">' + "".join(
        f'<div class="col-md-4 text-center mb-3"><img src="/img/person/{img}.jpg" width="100" height="125" alt="{n}">'
        f"<br><b>{n}</b><br>{pos}<br>โทร {tel}</div>" for img, n, pos, tel in execs) + "</div>", "เกี่ยวกับ อบต.")
    page("/p/council.html", "สมาชิกสภา อบต.",
         table(["ตำแหน่ง", "ชื่อ – สกุล"], [["ประธานสภา อบต.", "นายทองใบ สุขเจริญ"], ["รองประธานสภา อบต.", "นายสมบัติ นามวงศ์"],
                                           ["เลขานุการสภา อบต.", "นางสาวกนกวรรณ พลอยงาม"],
                                           ["สมาชิกสภา อบต. หมู่ที่ 1 – 9", "18 คน (หมู่ละ 2 คน)"]]), "เกี่ยวกับ อบต.")
    page("/p/staff.html", "บุคลากร",
         "<p>พนักงานส่วนตำบล 19 คน ลูกจ้างประจำ 2 คน พนักงานจ้าง 24 คน รวม 45 คน (ข้อมูล ณ 1 ตุลาคม 2567)</p>"
         + table(["ส่วนราชการ", "หัวหน้า", "จำนวน"], [["สำนักปลัด", "นางรัตนา ศรีบุญ", "17"], ["กองคลัง", "นางสาวพรทิพย์ จันทร์งาม", "9"],
                                                 ["กองช่าง", "นายสุริยา ทองคำ", "8"], ["กองการศึกษาฯ", "นางจันทร์เพ็ญ ใจมั่น", "11"]]),
         "เกี่ยวกับ อบต.")
    page("/p/otop.html", "ผลิตภัณฑ์ชุมชน",
         "<p>ผ้าไหมมัดหมี่บ้านหนองแสง ข้าวหอมมะลิอินทรีย์ กลุ่มทอเสื่อกกบ้านโนนงาม</p>", "เกี่ยวกับ อบต.")
    page("/p/contact.html", "ติดต่อเรา",
         "<p>องค์การบริหารส่วนตำบลหนองแสงทอง 99 หมู่ที่ 1 ตำบลหนองแสงทอง อำเภอนาดูนเหนือ จังหวัดมหาสารคาม 44199</p>"
         "<p>โทรศัพท์ 043-000-418 โทรสาร 043-000-419<br>อีเมล saraban@nongsaengthong.go.th<br>"
         "เวลาทำการ วันจันทร์ – ศุกร์ 08.30 – 16.30 น.</p>"
         + table(["ส่วนราชการ", "หมายเลขภายใน"], [["สำนักปลัด", "101"], ["กองคลัง", "102"], ["กองช่าง", "103"], ["กองการศึกษาฯ", "104"]])
         + '<p><a href="https://maps.google.com/?q=16.1234,103.0456" target="_blank">แผนที่ตั้ง (Google Maps)</a></p>')
    page("/p/privacy.html", "นโยบายการคุ้มครองข้อมูลส่วนบุคคล",
         "<p>อบต.หนองแสงทอง เก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562"
         " เฉพาะเท่าที่จำเป็นต่อการให้บริการ</p>")
    page("/p/plan.html", "แผนพัฒนาท้องถิ่น",
         table(["รายการ", "ไฟล์"], [
             ["แผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570)", a(D + "2565/10/plan66-70.docx")],
             ["แผนพัฒนาท้องถิ่นสี่ปี (พ.ศ. 2561 – 2564)", a(D + "2561/plan61-64.pdf")]]), "แผนงาน/งบประมาณ")
    page("/p/budget.html", "ข้อบัญญัติงบประมาณ / แผนการดำเนินงาน",
         table(["รายการ", "ไฟล์"], [
             ["ข้อบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ 2568", a(D + "2567/09/Scan_20240919_0001.pdf")],
             ["แผนการดำเนินงาน ประจำปี 2568", a(D + "2567/11/Document1.docx")],
             ["รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน", a(D + "2568/04/report6m-68.docx")]]), "แผนงาน/งบประมาณ")
    page("/p/performance.html", "ผลการดำเนินงาน",
         table(["รายการ", "ไฟล์"], [
             ["รายงานผลการดำเนินงานประจำปี", a(D + "2566/12/annual66.pdf", "ดาวน์โหลด")],
             ["รายงานผลการดำเนินงาน รพ.สต.บ้านหนองแสง ปี 2567", a(D + "2568/02/rpst_2567.pdf", "ดาวน์โหลด")]]),
         "แผนงาน/งบประมาณ")
    page("/p/hr.html", "การบริหารงานบุคคล",
         table(["รายการ", "ไฟล์"], [
             ["แผนพัฒนาบุคลากร", a(D + "2566/12/hr-plan-67-69.docx")],
             ["รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", a(D + "2568/01/Document3.docx")]]), "แผนงาน/งบประมาณ")
    page("/p/manual-staff.html", "คู่มือการปฏิบัติงาน",
         f'<ul><li>{a(D + "2566/06/1686201734.pdf")}</li><li>{a(D + "2566/04/1681112400.pdf")}</li></ul>', "บริการประชาชน")
    page("/p/manual-citizen.html", "คู่มือสำหรับประชาชน",
         "<p>คู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558</p>"
         f'<ul><li>{a(D + "manual/m-01.pdf")}</li><li>{a(D + "manual/m-02.pdf")}</li></ul>', "บริการประชาชน")
    page("/p/eservice.html", "E-Service",
         "<p>ยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
         '<ul><li><a href="https://forms.gle/NsT0eS1rv1ce01" target="_blank">ขอรับความช่วยเหลือน้ำอุปโภคบริโภค</a></li>'
         '<li><a href="https://forms.gle/NsT0eS1rv1ce02" target="_blank">แจ้งซ่อมไฟฟ้าส่องสว่าง</a></li>'
         '<li><a href="https://forms.gle/NsT0eS1rv1ce03" target="_blank">ขอใช้อาคารสถานที่/เต็นท์</a></li></ul>'
         '<form action="/p/eservice.html" method="post"><label>ชื่อ – สกุล <input name="name"></label>'
         '<label>เรื่องที่ขอรับบริการ <select name="topic"><option>ขอถังขยะ</option><option>อื่น ๆ</option></select></label>'
         '<label>รายละเอียด <textarea name="detail"></textarea></label><button type="submit">ส่งคำร้อง</button></form>',
         "บริการประชาชน")
    page("/p/service-stat.html", "สถิติการให้บริการ",
         f'<p>สถิติการให้บริการประชาชน : {a(D + "2567/10/stat_service_67.xlsx")}</p>', "บริการประชาชน")
    page("/p/complaint.html", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         "<p>ช่องทางการแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ อบต.หนองแสงทอง</p>"
         "<ol><li>ยื่นด้วยตนเองที่สำนักปลัด หรือตู้รับเรื่องร้องเรียนหน้าสำนักงาน</li><li>โทรศัพท์ 043-000-418</li>"
         '<li>เพจ <a href="https://www.facebook.com/nongsaengthong.sao" target="_blank">Facebook อบต.หนองแสงทอง</a></li>'
         '<li>ศูนย์ดำรงธรรม โทร 1567 และ <a href="https://www.nacc.go.th/" target="_blank">สำนักงาน ป.ป.ช.</a></li>'
         "<li>แบบฟอร์มออนไลน์ด้านล่าง (ไม่ต้องระบุชื่อก็ได้)</li></ol>"
         '<form action="/p/complaint.html" method="post"><label>ชื่อผู้ร้องเรียน (ไม่บังคับ) <input name="name"></label>'
         '<label>เรื่องที่ร้องเรียน <input name="subject" required></label><label>รายละเอียด <textarea name="detail"></textarea></label>'
         '<label>แนบไฟล์ <input type="file" name="file"></label><button type="submit">ส่งเรื่อง</button></form>'
         f'<p>คู่มือการจัดการเรื่องร้องเรียน : {a(D + "2566/04/1681112400.pdf")}</p>', "ร้องเรียน/ร้องทุกข์")
    page("/p/complaint-stat.html", "สถิติเรื่องร้องเรียน",
         f'<p>{a(D + "2568/04/complaint-stat-68.xlsx")}</p>', "ร้องเรียน/ร้องทุกข์")
    page("/p/integrity.html", "คุณธรรมและความโปร่งใส",
         table(["รายการ", "ไฟล์"], [
             ["ประมวลจริยธรรม", a(D + "2565/06/ethics65.pdf")],
             ["ประกาศเจตนารมณ์ No Gift Policy", a(D + "2566/10/Scan_20231002_0001.pdf")],
             ["แผนปฏิบัติการป้องกันการทุจริต", a(D + "2565/10/acplan66-70.pdf")],
             ["แผนปฏิบัติการป้องกันการทุจริต 4 ปี", a(D + "2561/acplan61-64.pdf")],
             ["การประเมินความเสี่ยงการทุจริต", a(D + "2567/11/risk68.docx")],
             ["รายงานผลการดำเนินการตามแผนป้องกันการทุจริต", a(D + "2567/05/ac-6m-67.docx")]]))
    page("/procurement/index.html", "ประกาศจัดซื้อจัดจ้าง",
         table(["วันที่", "เรื่อง", "ไฟล์"], [
             ["10 มี.ค. 2568", "ประกาศผู้ชนะการเสนอราคา จ้างเหมาจัดพิมพ์รูปเล่มแผนพัฒนาท้องถิ่น เพิ่มเติม ครั้งที่ 2",
              a(D + "2568/03/pr-20250310.pdf")],
             ["20 ก.พ. 2568", "ประกาศผู้ชนะการเสนอราคา ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3",
              '<a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&proc_id=ShowHTMLFile&processFlows=Procure&projectId=68029000001&templateType=W2&temp_Announ=A&temp_itemNo=0&seqNo=1" target="_blank">e-GP</a>'],
             ["18 ธ.ค. 2567", "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568", a(D + "2567/12/procplan68.pdf")]]),
         "จัดซื้อจัดจ้าง")
    page("/procurement/skr1.html", "สรุปผลการจัดซื้อจัดจ้าง (สขร.1)",
         "<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) จัดทำเป็นรายไตรมาส</p>"
         f'<ul><li>{a(D + "2568/04/q2-68.xlsx")}</li><li>{a(D + "2568/01/q1-68.xlsx")}</li>'
         f'<li>{a(D + "2567/q4-67.xlsx")}</li></ul>'
         f'<p>รายงานผลการจัดซื้อจัดจ้างประจำปี : {a(D + "2567/10/Scan_20241021_0003.pdf")}</p>', "จัดซื้อจัดจ้าง")
    page("/download/index.html", "ดาวน์โหลด",
         table(["ที่", "เอกสาร"], [[str(i), a(D + f)] for i, f in enumerate([
             "2568/04/complaint-stat-68.xlsx", "2568/04/report6m-68.docx", "2568/01/Document3.docx",
             "2567/11/risk68.docx", "2567/11/Document1.docx", "2567/10/stat_service_67.xlsx",
             "2567/09/Scan_20240919_0001.pdf", "2566/12/hr-plan-67-69.docx", "2566/12/annual66.pdf",
             "2566/06/1686201734.pdf", "2565/10/plan66-70.docx", "2565/10/acplan66-70.pdf",
             "manual/m-01.pdf", "manual/m-02.pdf"], 1)]))
    latest = NEWS[:6]
    page("/index.html", "หน้าหลัก",
         '<div class="alert alert-warning">ขอเชิญชวนประชาชนชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2568</div>'
         "<h4>ข่าวประชาสัมพันธ์ล่าสุด</h4>" + news_list(latest)
         + '<p><a href="/news/index.html">ดูทั้งหมด</a></p>'
         '<div class="row banners"><div class="col"><a href="/ita2568.html"><img src="/img/logo.png" width="72" height="72" alt="ITA 2568"> ITA 2568</a></div>'
         '<div class="col"><a href="/p/eservice.html">E-Service</a></div>'
         '<div class="col"><a href="/p/complaint.html">ร้องเรียนการทุจริต</a></div></div>')


if __name__ == "__main__":
    build_news()
    build_ita()
    build_pages()
    for rel, text in {"css/custom.css": ".page-title{border-bottom:3px solid #f0ad4e;padding-bottom:6px}\n"
                      ".accordion-collapse.collapse:not(.show){display:none}\n",
                      "css/bootstrap.min.css": "/* Bootstrap v5.3 (trimmed for the test site) */\n"
                      ".collapse:not(.show){display:none}.dropdown-menu{display:none}\n",
                      "js/bootstrap.bundle.min.js": "/* Bootstrap v5.3 bundle (stub for the test site) */\n"}.items():
        path = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    print("pages written under", HERE)
