"""Generate the HTML pages of the "schoolsite" test site (โรงเรียนห้วยไผ่ทองวิทยา).

Run:  python tests/sites/schoolsite/_make_pages.py   (the files it links come from _make_docs.py)

A typical Thai school CMS: a Bootstrap top navbar whose items open dropdown menus (<ul class=
"navbar-nav"> / <div class="dropdown-menu">), content pages by number (/page/<n>/), news posts
(/news/<n>/) listed as Bootstrap cards under "ข่าวประชาสัมพันธ์" (/news/, /news/page/2/), a Q&A
board (/webboard/), and the OIT page /ita/2569/ as ONE long page: a Bootstrap accordion of O1 … O26,
each with a table whose rows link a file or page on the site AND a copy on Google Drive. Last year's
/ita/2568/ is still online. Served as folder/index.html, UTF-8. Post dates are "14 พ.ย. 2568".
"""

from __future__ import annotations

import hashlib
import html
import os
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import FILES  # noqa: E402

ORG = "โรงเรียนห้วยไผ่ทองวิทยา"
ITA = "/ita/2569/"
ITA_OLD = "/ita/2568/"
F = {key: quote(url) for key, url in FILES.items()}  # Thai file names percent-encoded, as the CMS writes them


def page(n: int) -> str:
    return f"/page/{n}/"


def news(n: int) -> str:
    return f"/news/{n}/"


def drive(key: str) -> str:
    """The Google Drive copy the ITA team also shared (an external link, never on this site)."""
    h = hashlib.sha1(key.encode()).hexdigest()
    return f"https://drive.google.com/file/d/1{h[:32]}/view?usp=sharing"


MENU = [  # (heading, [(text, href)]) ; a heading with one link is a plain nav item
    ("หน้าแรก", [("หน้าแรก", "/")]),
    ("ข้อมูลโรงเรียน", [("ประวัติโรงเรียน", page(1)), ("วิสัยทัศน์ พันธกิจ เป้าประสงค์", page(2)),
                        ("โครงสร้างการบริหาร", page(3)), ("อำนาจหน้าที่ของสถานศึกษา", page(4)),
                        ("ทำเนียบผู้บริหาร", page(5)), ("ทำเนียบผู้อำนวยการ (อดีต – ปัจจุบัน)", page(23)),
                        ("คณะกรรมการสถานศึกษาขั้นพื้นฐาน", page(6)), ("บุคลากร", page(7)),
                        ("ข้อมูลนักเรียน", page(21))]),
    ("กลุ่มบริหาร", [("งานแผนงาน", page(9)), ("งานพัสดุ / จัดซื้อจัดจ้าง", page(10)),
                     ("งานบุคคล", page(14)), ("หลักสูตรสถานศึกษา", page(16)), ("ปฏิทินการศึกษา", page(17)),
                     ("สภานักเรียน", page(20))]),
    ("บริการ", [("E-Service", page(11)), ("คู่มือการปฏิบัติงาน / คู่มือบริการ", page(13)),
                ("ดาวน์โหลดแบบฟอร์ม", page(22)), ("ถาม-ตอบ", "/webboard/")]),
    ("ITA", [("ITA 2569 (OIT)", ITA), ("ITA 2568", ITA_OLD), ("โรงเรียนสุจริต / คุณธรรม", page(15)),
             ("แจ้งเรื่องร้องเรียนการทุจริต", page(12)), ("กฎหมายที่เกี่ยวข้อง", page(18))]),
    ("ติดต่อเรา", [("ติดต่อเรา", page(8))]),
]


def navbar() -> str:
    items = []
    for k, (head, links) in enumerate(MENU):
        if len(links) == 1:
            items.append(f'<li class="nav-item"><a class="nav-link" href="{links[0][1]}">{head}</a></li>')
            continue
        inner = "".join(f'<a class="dropdown-item" href="{h}">{html.escape(t)}</a>' for t, h in links)
        items.append(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="dd{k}"'
                     f' role="button" data-bs-toggle="dropdown" aria-expanded="false">{head}</a>'
                     f'<div class="dropdown-menu" aria-labelledby="dd{k}">{inner}</div></li>')
    return ('<nav class="navbar navbar-expand-lg navbar-dark bg-purple sticky-top"><div class="container">'
            '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav">'
            '<span class="navbar-toggler-icon"></span></button>'
            '<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav me-auto">'
            + "".join(items) + "</ul></div></div></nav>")


HEAD = """<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {org}</title>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/school.css">
</head><body>
<div class="top-header"><div class="container d-flex align-items-center">
<a href="/"><img src="/assets/img/logo.png" alt="ตราโรงเรียน" width="60" height="60"></a>
<div class="ms-3"><div class="school-th">{org}</div><div class="school-en">Huai Phai Thong Wittaya School</div>
<div class="school-sub">สังกัดสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาศรีพนา</div></div></div></div>
{nav}
<main class="container my-4"><div class="row"><div class="col-lg-9">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าแรก</a></li>{crumb}</ol></nav>
"""

SIDE = """</div><aside class="col-lg-3">
<div class="card mb-3"><div class="card-header">ผู้อำนวยการโรงเรียน</div><div class="card-body text-center">
<img src="/uploads/images/person/director.jpg" alt="ผู้อำนวยการ" width="100" height="130">
<div>นายสมเกียรติ ทองประเสริฐ</div><div class="small">ผู้อำนวยการโรงเรียนห้วยไผ่ทองวิทยา</div></div></div>
<div class="card mb-3"><div class="card-header">ลิงก์หน่วยงาน</div><div class="list-group list-group-flush">
<a class="list-group-item" href="https://www.obec.go.th/" target="_blank">สพฐ.</a>
<a class="list-group-item" href="https://www.moe.go.th/" target="_blank">กระทรวงศึกษาธิการ</a>
<a class="list-group-item" href="{ita}">ITA 2569 โรงเรียนห้วยไผ่ทองวิทยา</a>
<a class="list-group-item" href="https://www.nacc.go.th/" target="_blank">สำนักงาน ป.ป.ช.</a></div></div>
<div class="card"><div class="card-header">สถิติผู้เข้าชม</div><div class="card-body small">
วันนี้ 87<br>เดือนนี้ 2,416<br>ทั้งหมด 398,551</div></div>
</aside></div></main>
<footer class="footer bg-dark text-white py-4"><div class="container"><div class="row">
<div class="col-md-6"><strong>{org}</strong><br>เลขที่ 142 หมู่ 5 ตำบลห้วยไผ่ อำเภอเมืองแก้ว จังหวัดศรีพนา 47260<br>
โทรศัพท์ 0 4391 2280 &nbsp; อีเมล admin@hpt.ac.th</div>
<div class="col-md-6 text-md-end small">Copyright © 2026 {org}<br><a class="text-white" href="{privacy}">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a>
<br>ออกแบบโดย SchoolPlus CMS 4.1</div></div></div></footer>
<div class="cookie-banner" id="cookie">เว็บไซต์นี้มีการใช้คุกกี้ <a href="{privacy}">รายละเอียด</a> <button class="btn btn-sm btn-light">ยอมรับ</button></div>
<script src="/assets/js/bootstrap.bundle.min.js"></script>
</body></html>
"""


def write(url: str, title: str, body: str, crumb: str | None = None, heading: bool = True) -> None:
    path = os.path.join(HERE, url.strip("/"), "index.html")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    crumb_html = crumb if crumb is not None else f'<li class="breadcrumb-item active">{html.escape(title)}</li>'
    doc = HEAD.format(title=html.escape(title), org=ORG, nav=navbar(), crumb=crumb_html)
    if heading:
        doc += f'<h2 class="page-title">{html.escape(title)}</h2>\n'
    doc += body + "\n" + SIDE.format(org=ORG, ita=ITA, privacy=page(19))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(doc)


def doclink(text: str, href: str, note: str = "") -> str:
    ext = href.rsplit(".", 1)[-1].upper() if "/uploads/" in href else "LINK"
    extra = f' <small class="text-muted">{note}</small>' if note else ""
    return (f'<li class="list-group-item"><span class="badge bg-secondary">{ext}</span>'
            f' <a href="{href}" target="_blank">{text}</a>{extra}</li>')


# ------------------------------------------------------------------ news
NEWS = [  # id, date, title, image, body (HTML)
    (318, "21 เม.ย. 2569", "ประชุมครูและบุคลากรทางการศึกษา ประจำเดือนเมษายน 2569", "/uploads/images/news/meeting.jpg",
     "<p>วันที่ 20 เมษายน 2569 นายสมเกียรติ ทองประเสริฐ ผู้อำนวยการโรงเรียน เป็นประธานการประชุมครูและบุคลากรทางการศึกษา"
     " ประจำเดือนเมษายน 2569 ณ ห้องประชุมราชพฤกษ์ มีวาระสำคัญดังนี้</p>"
     "<p>1. การเตรียมความพร้อมเปิดภาคเรียนที่ 1/2569 และการรายงานตัวนักเรียนใหม่</p>"
     "<p>2. งานประกันคุณภาพแจ้งกำหนดส่งข้อมูลรายงานการประเมินตนเอง (SAR) ปีการศึกษา 2568 ภายในวันที่ 15 พฤษภาคม 2569</p>"
     "<p>3. งานแผนงานแจ้งว่า รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต ประจำปีงบประมาณ 2568"
     " และรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2568 ยังอยู่ระหว่างรวบรวมข้อมูล"
     " ขอให้ทุกกลุ่มบริหารส่งผลการดำเนินงานภายในวันที่ 30 เมษายน 2569 เพื่อเผยแพร่บนเว็บไซต์ ITA ของโรงเรียน</p>"
     "<p>4. งานพัสดุขอให้ทุกกลุ่มสาระส่งบันทึกขอซื้อขอจ้างภาคเรียนที่ 1 ภายในวันที่ 8 พฤษภาคม 2569</p>"),
    (316, "28 มี.ค. 2569", "พิธีปัจฉิมนิเทศและมอบประกาศนียบัตร นักเรียนชั้น ม.3 และ ม.6 ปีการศึกษา 2568",
     "/uploads/images/news/graduation.jpg",
     "<p>โรงเรียนห้วยไผ่ทองวิทยาจัดพิธีปัจฉิมนิเทศและมอบประกาศนียบัตรแก่นักเรียนชั้นมัธยมศึกษาปีที่ 3 จำนวน 182 คน"
     " และชั้นมัธยมศึกษาปีที่ 6 จำนวน 164 คน ณ หอประชุมโรงเรียน โดยมีผู้ปกครองร่วมแสดงความยินดี</p>"),
    (314, "10 มี.ค. 2569", "ประกาศรับสมัครนักเรียน ปีการศึกษา 2569", "/uploads/images/news/admission.jpg",
     "<p>โรงเรียนห้วยไผ่ทองวิทยา รับสมัครนักเรียนชั้น ม.1 จำนวน 6 ห้องเรียน และ ม.4 จำนวน 6 ห้องเรียน"
     " สมัครออนไลน์ผ่านระบบรับสมัครของโรงเรียน หรือสมัครด้วยตนเองระหว่างวันที่ 21 – 25 มีนาคม 2569</p>"),
    (311, "12 ก.พ. 2569", "อบรมคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรม ครูและบุคลากร ปีงบประมาณ 2569",
     "/uploads/images/news/ethics69.jpg",
     "<p>วันที่ 11 กุมภาพันธ์ 2569 กลุ่มบริหารงานบุคคลจัดอบรมคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรม"
     "ของข้าราชการครูและบุคลากรทางการศึกษา ประจำปีงบประมาณ 2569 ให้แก่ครูและบุคลากร จำนวน 68 คน"
     " ตามโครงการพัฒนาครูและบุคลากรในแผนปฏิบัติการ วิทยากรจาก สพม.ศรีพนา บรรยายเรื่องมาตรฐานทางจริยธรรม"
     " ตัวอย่าง Do's &amp; Don'ts ของครู และหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดตามมาตรา 128"
     " ผู้เข้าอบรมร่วมกันจัดทำข้อตกลงความประพฤติของครูประจำปี 2569</p>"),
    (309, "3 ก.พ. 2569", "การแข่งขันกีฬาสีภายใน \"ห้วยไผ่เกมส์\" ประจำปีการศึกษา 2568", "/uploads/images/news/sport.jpg",
     "<p>โรงเรียนจัดการแข่งขันกีฬาสีภายใน ระหว่างวันที่ 29 มกราคม – 2 กุมภาพันธ์ 2569 นักเรียน 4 คณะสีร่วมแข่งขัน"
     " ฟุตบอล วอลเลย์บอล เปตอง และกรีฑา</p>"),
    (306, "16 ม.ค. 2569", "งานวันครู ครั้งที่ 70 ประจำปี 2569", "/uploads/images/news/teacherday.jpg",
     "<p>คณะครูและนักเรียนร่วมพิธีไหว้ครูและรำลึกพระคุณครู ณ หอประชุมโรงเรียน และร่วมงานวันครูของจังหวัดศรีพนา</p>"),
    (304, "9 ธ.ค. 2568", "กิจกรรมวันต่อต้านคอร์รัปชันสากล 2568 \"โตไปไม่โกง\"", "/uploads/images/news/anticorruption.jpg",
     "<p>สภานักเรียนร่วมกับกลุ่มบริหารทั่วไปจัดกิจกรรมวันต่อต้านคอร์รัปชันสากล ตามโครงการโรงเรียนสุจริต"
     " ในแผนปฏิบัติการป้องกันการทุจริตของโรงเรียน นักเรียนเดินรณรงค์และร่วมกล่าวคำปฏิญาณตนไม่โกง"
     " ผู้อำนวยการมอบนโยบายให้ครูเป็นแบบอย่างของความซื่อสัตย์</p>"),
    (301, "14 พ.ย. 2568", "ประชุมผู้ปกครองนักเรียน ภาคเรียนที่ 2 ปีการศึกษา 2568", "/uploads/images/news/parents.jpg",
     "<p>วันที่ 13 พฤศจิกายน 2568 โรงเรียนจัดประชุมผู้ปกครองนักเรียนทุกระดับชั้น มีผู้ปกครองเข้าร่วม 412 คน"
     " ผู้อำนวยการชี้แจงนโยบายและผลการเรียนภาคเรียนที่ 1 ครูที่ปรึกษาพบผู้ปกครองรายห้อง"
     " ผู้ปกครองเสนอให้จัดจุดรับส่งนักเรียนหน้าโรงเรียนและปรับปรุงร้านอาหารในโรงอาหาร"
     " โรงเรียนรับข้อเสนอไปพิจารณาในการประชุมกลุ่มบริหารทั่วไป</p>"),
    (298, "5 พ.ย. 2568", "ประเพณีลอยกระทง ประจำปี 2568", "/uploads/images/news/loykrathong.jpg",
     "<p>นักเรียนร่วมประกวดกระทงจากวัสดุธรรมชาติ และร่วมลอยกระทง ณ สระน้ำหน้าโรงเรียน</p>"),
    (295, "10 ต.ค. 2568", "ประชุมคณะทำงานจัดทำข้อมูลการประเมิน ITA ประจำปีงบประมาณ 2569", "/uploads/images/news/ita69.jpg",
     "<p>ผู้อำนวยการประชุมคณะทำงานประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ 2569"
     " มอบหมายผู้รับผิดชอบข้อมูลตัวชี้วัด OIT ทั้ง 26 ข้อ เช่น แผนปฏิบัติการ รายงานผลการดำเนินงาน"
     " สรุปผลการจัดซื้อจัดจ้างรายเดือน และการประเมินความเสี่ยงการทุจริต ให้เผยแพร่บนหน้า ITA ของเว็บไซต์"
     " ภายในเดือนมีนาคม 2569</p>"),
    # page 2: FY2568
    (292, "25 ก.ย. 2568", "ประชุมคณะกรรมการสถานศึกษาขั้นพื้นฐาน ครั้งที่ 3/2568", None,
     "<p>วันที่ 24 กันยายน 2568 คณะกรรมการสถานศึกษาขั้นพื้นฐานประชุมครั้งที่ 3/2568 พิจารณาให้ความเห็นชอบ"
     "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569 และรับทราบผลการดำเนินงานภาคเรียนที่ 1/2568</p>"),
    (289, "5 ก.ย. 2568", "ประชุมเชิงปฏิบัติการจัดทำแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569", None,
     "<p>งานแผนงานจัดประชุมเชิงปฏิบัติการให้หัวหน้ากลุ่มสาระและหัวหน้างานจัดทำโครงการ"
     "ตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569 ระหว่างวันที่ 3 – 4 กันยายน 2568 ณ ห้องประชุมราชพฤกษ์</p>"),
    (284, "20 ส.ค. 2568", "อบรมคุณธรรมจริยธรรมครูและบุคลากร ประจำปีงบประมาณ 2568", None,
     "<p>กลุ่มบริหารงานบุคคลจัดอบรมคุณธรรมจริยธรรมให้ครูและบุคลากร 70 คน ณ วัดห้วยไผ่</p>"),
    (276, "16 พ.ค. 2568", "เปิดภาคเรียนที่ 1 ปีการศึกษา 2568", None,
     "<p>โรงเรียนเปิดภาคเรียนที่ 1 ปีการศึกษา 2568 นักเรียนทั้งหมด 1,126 คน</p>"),
]


def card(n: int, date: str, title: str, img: str | None) -> str:
    pic = img or "/assets/img/logo.png"
    return (f'<div class="col-md-6 col-lg-4 mb-3"><div class="card h-100">'
            f'<a href="{news(n)}"><img class="card-img-top" src="{pic}" alt=""></a><div class="card-body">'
            f'<h6 class="card-title"><a href="{news(n)}">{html.escape(title)}</a></h6>'
            f'<p class="card-text"><small class="text-muted"><i class="bi bi-calendar"></i> {date}</small></p>'
            f'</div></div></div>')


def news_pages() -> None:
    first, second = NEWS[:10], NEWS[10:]
    pager = ('<nav><ul class="pagination"><li class="page-item active"><span class="page-link">1</span></li>'
             '<li class="page-item"><a class="page-link" href="/news/page/2/">2</a></li>'
             '<li class="page-item"><a class="page-link" href="/news/page/2/">»</a></li></ul></nav>')
    pager2 = ('<nav><ul class="pagination"><li class="page-item"><a class="page-link" href="/news/">«</a></li>'
              '<li class="page-item"><a class="page-link" href="/news/">1</a></li>'
              '<li class="page-item active"><span class="page-link">2</span></li></ul></nav>')
    write("/news/", "ข่าวประชาสัมพันธ์",
          '<div class="row">' + "".join(card(n, dt, t, i) for n, dt, t, i, _b in first) + "</div>" + pager)
    write("/news/page/2/", "ข่าวประชาสัมพันธ์",
          '<div class="row">' + "".join(card(n, dt, t, i) for n, dt, t, i, _b in second) + "</div>" + pager2,
          crumb='<li class="breadcrumb-item"><a href="/news/">ข่าวประชาสัมพันธ์</a></li>'
                '<li class="breadcrumb-item active">หน้า 2</li>')
    for n, date, title, img, body in NEWS:
        pic = f'<img class="img-fluid mb-3" src="{img}" alt="{html.escape(title)}">' if img else ""
        write(news(n), title,
              f'<p class="text-muted small">วันที่ {date} | โดย งานประชาสัมพันธ์ | อ่าน {(n * 13) % 300 + 25} ครั้ง</p>'
              f'{pic}<div class="news-detail">{body}</div>'
              '<p class="share">แชร์ : <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a>'
              ' <a href="https://social-plugins.line.me/lineit/share">LINE</a></p>',
              crumb='<li class="breadcrumb-item"><a href="/news/">ข่าวประชาสัมพันธ์</a></li>'
                    '<li class="breadcrumb-item active">อ่านข่าว</li>')


# ------------------------------------------------------------------ home
def home() -> None:
    cards = "".join(card(n, dt, t, i) for n, dt, t, i, _b in NEWS[:6])
    body = f"""
<div id="slide" class="carousel slide mb-4" data-bs-ride="carousel"><div class="carousel-inner">
<div class="carousel-item active"><img class="d-block w-100" src="/uploads/images/news/admission.jpg" alt="รับสมัครนักเรียน 2569"></div>
<div class="carousel-item"><img class="d-block w-100" src="/uploads/images/news/sport.jpg" alt="กีฬาสี"></div></div></div>
<div class="alert alert-warning"><marquee>ยินดีต้อนรับสู่เว็บไซต์โรงเรียนห้วยไผ่ทองวิทยา ... ประกาศรับสมัครนักเรียน ปีการศึกษา 2569
ระหว่างวันที่ 21 – 25 มีนาคม 2569 ...</marquee></div>
<div class="section-title d-flex justify-content-between"><h4>ข่าวประชาสัมพันธ์</h4><a href="/news/">ดูทั้งหมด</a></div>
<div class="row">{cards}</div>
<div class="section-title"><h4>สารจากผู้อำนวยการ</h4></div>
<p>โรงเรียนห้วยไผ่ทองวิทยามุ่งจัดการศึกษาให้ผู้เรียนมีคุณภาพ ควบคู่กับการบริหารงานอย่างโปร่งใส ตรวจสอบได้
ตามแผนพัฒนาคุณภาพการศึกษาของโรงเรียน และยินดีรับฟังความคิดเห็นจากผู้ปกครองและชุมชนทุกช่องทาง</p>
<div class="row text-center">
<div class="col-3"><a href="{ITA}"><img src="/assets/img/logo.png" alt="" width="48"><br>ITA 2569</a></div>
<div class="col-3"><a href="{page(11)}">E-Service</a></div>
<div class="col-3"><a href="{page(12)}">แจ้งเรื่องร้องเรียน</a></div>
<div class="col-3"><a href="https://sgs.bopp-obec.info/" target="_blank">ระบบ SGS</a></div></div>
"""
    write("/", "หน้าแรก", body, crumb="", heading=False)


# ------------------------------------------------------------------ content pages
def content_pages() -> None:
    write(page(1), "ประวัติโรงเรียน", """
<p>โรงเรียนห้วยไผ่ทองวิทยา ก่อตั้งเมื่อวันที่ 14 พฤษภาคม 2519 เป็นสาขาของโรงเรียนประจำอำเภอ ได้รับอนุมัติให้เป็นโรงเรียนเอกเทศ
เมื่อปี 2521 ปัจจุบันสังกัดสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาศรีพนา สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน
เปิดสอนชั้นมัธยมศึกษาปีที่ 1 – 6 บนพื้นที่ 52 ไร่ 3 งาน</p>
<p>ปรัชญา : การศึกษาคือรากฐานของชีวิต &nbsp; คำขวัญ : เรียนดี มีวินัย ใฝ่คุณธรรม &nbsp; สีประจำโรงเรียน : ม่วง – ทอง</p>""")

    write(page(2), "วิสัยทัศน์ พันธกิจ เป้าประสงค์", """
<h5>วิสัยทัศน์</h5><p>ภายในปี 2570 นักเรียนมีคุณภาพตามมาตรฐาน มีทักษะแห่งศตวรรษที่ 21 บนพื้นฐานความเป็นไทย</p>
<h5>พันธกิจ</h5><ol><li>จัดการเรียนรู้ที่เน้นผู้เรียนเป็นสำคัญ</li><li>พัฒนาครูให้มีสมรรถนะตามมาตรฐานวิชาชีพ</li>
<li>บริหารจัดการตามหลักธรรมาภิบาล โปร่งใส ตรวจสอบได้</li><li>ส่งเสริมการมีส่วนร่วมของผู้ปกครองและชุมชน</li></ol>
<h5>กลยุทธ์</h5><p>กลยุทธ์ทั้ง 4 ด้านเป็นไปตามแผนพัฒนาคุณภาพการศึกษาของสถานศึกษา ซึ่งเผยแพร่ที่งานแผนงาน</p>""")

    write(page(3), "โครงสร้างการบริหารโรงเรียน", f"""
<p class="text-center"><img class="img-fluid" src="{F['org_chart']}" alt="โครงสร้างการบริหารโรงเรียนห้วยไผ่ทองวิทยา"></p>
<p>โรงเรียนแบ่งการบริหารเป็น 4 กลุ่มบริหาร ตามกฎกระทรวงกำหนดหลักเกณฑ์และวิธีการกระจายอำนาจการบริหารและการจัดการศึกษา
ได้แก่ กลุ่มบริหารวิชาการ กลุ่มบริหารงบประมาณ กลุ่มบริหารงานบุคคล และกลุ่มบริหารทั่วไป
โดยมีผู้อำนวยการโรงเรียนเป็นผู้บังคับบัญชา รองผู้อำนวยการ 3 คนกำกับกลุ่มบริหาร
และคณะกรรมการสถานศึกษาขั้นพื้นฐาน 15 คนทำหน้าที่กำกับและส่งเสริมสนับสนุนกิจการของสถานศึกษา</p>
<p><a href="{page(4)}">อำนาจหน้าที่ของสถานศึกษา</a></p>""")

    write(page(4), "อำนาจหน้าที่ของสถานศึกษา", """
<p>ตามพระราชบัญญัติระเบียบบริหารราชการกระทรวงศึกษาธิการ พ.ศ. 2546 มาตรา 39 และกฎกระทรวงว่าด้วยการกระจายอำนาจฯ
โรงเรียนห้วยไผ่ทองวิทยามีอำนาจหน้าที่โดยสรุป ดังนี้</p>
<ol><li>ด้านวิชาการ : พัฒนาหลักสูตรสถานศึกษา จัดการเรียนการสอน วัดผลประเมินผล และประกันคุณภาพการศึกษา</li>
<li>ด้านงบประมาณ : จัดทำแผนและเสนอของบประมาณ บริหารการเงิน การบัญชี และการพัสดุ</li>
<li>ด้านการบริหารงานบุคคล : วางแผนอัตรากำลัง สรรหาและพัฒนาครู ประเมินผลการปฏิบัติงาน และส่งเสริมวินัยและจริยธรรม</li>
<li>ด้านการบริหารทั่วไป : ดูแลอาคารสถานที่ ระบบดูแลช่วยเหลือนักเรียน ประสานความร่วมมือกับผู้ปกครองและชุมชน</li>
<li>ปฏิบัติหน้าที่อื่นตามที่ได้รับมอบหมายจากสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาศรีพนา</li></ol>""")

    people = [("director", "นายสมเกียรติ ทองประเสริฐ", "ผู้อำนวยการโรงเรียนห้วยไผ่ทองวิทยา", "08 1765 2290"),
              ("deputy1", "นางวิไลวรรณ ศรีบุญเรือง", "รองผู้อำนวยการ กลุ่มบริหารวิชาการ", "08 9421 3376"),
              ("deputy2", "นายประพันธ์ แก้วมณี", "รองผู้อำนวยการ กลุ่มบริหารงบประมาณและงานบุคคล", "06 3318 0472"),
              ("deputy3", "นางสาวจิราพร ภูผาใส", "รองผู้อำนวยการ กลุ่มบริหารทั่วไป", "09 2254 8813")]
    cells = "".join(f'<div class="col-md-6 col-lg-3 text-center mb-3"><img src="/uploads/images/person/{pic}.jpg" alt="{n}"'
                    f' width="100" height="130"><div class="fw-bold">{n}</div><div>{p}</div><div>โทร {t}</div></div>'
                    for pic, n, p, t in people)
    write(page(5), "ทำเนียบผู้บริหาร", f'<div class="row">{cells}</div>'
          '<p>อีเมลผู้บริหาร : director@hpt.ac.th</p>')

    write(page(23), "ทำเนียบผู้อำนวยการ (อดีต – ปัจจุบัน)", """
<table class="table table-bordered"><thead><tr><th>ลำดับ</th><th>ชื่อ – สกุล</th><th>ดำรงตำแหน่ง</th></tr></thead><tbody>
<tr><td>1</td><td>นายบุญมี ศรีห้วยไผ่</td><td>2519 – 2530</td></tr>
<tr><td>2</td><td>นายทองใบ มณีวงศ์</td><td>2530 – 2545</td></tr>
<tr><td>3</td><td>นายวิรัช พรหมสุวรรณ</td><td>2545 – 2565</td></tr>
<tr><td>4</td><td>นายสมเกียรติ ทองประเสริฐ</td><td>2565 – ปัจจุบัน</td></tr></tbody></table>""")

    write(page(6), "คณะกรรมการสถานศึกษาขั้นพื้นฐาน", """
<p>คณะกรรมการสถานศึกษาขั้นพื้นฐาน โรงเรียนห้วยไผ่ทองวิทยา (วาระ 2567 – 2571) จำนวน 15 คน</p>
<table class="table table-sm"><tbody>
<tr><td>นายเสถียร วงศ์ภูผา</td><td>ประธานกรรมการ (ผู้ทรงคุณวุฒิ)</td></tr>
<tr><td>นางบุษบา ดีงาม</td><td>กรรมการผู้แทนผู้ปกครอง</td></tr>
<tr><td>พระครูสุวรรณธรรมาภิรม</td><td>กรรมการผู้แทนองค์กรศาสนา</td></tr>
<tr><td>นายสมเกียรติ ทองประเสริฐ</td><td>กรรมการและเลขานุการ</td></tr></tbody></table>""")

    write(page(7), "บุคลากร", """
<table class="table table-bordered"><thead><tr><th>กลุ่มสาระการเรียนรู้ / งาน</th><th>จำนวน (คน)</th></tr></thead><tbody>
<tr><td>ภาษาไทย</td><td>6</td></tr><tr><td>คณิตศาสตร์</td><td>9</td></tr><tr><td>วิทยาศาสตร์และเทคโนโลยี</td><td>12</td></tr>
<tr><td>สังคมศึกษา ศาสนาและวัฒนธรรม</td><td>7</td></tr><tr><td>ภาษาต่างประเทศ</td><td>9</td></tr>
<tr><td>สุขศึกษาและพลศึกษา / ศิลปะ / การงานอาชีพ</td><td>14</td></tr><tr><td>ลูกจ้างและเจ้าหน้าที่</td><td>15</td></tr>
<tr><th>รวม</th><th>72</th></tr></tbody></table>""")

    write(page(8), "ติดต่อเรา", f"""
<div class="row"><div class="col-md-6">
<h5>{ORG}</h5><p>เลขที่ 142 หมู่ 5 ตำบลห้วยไผ่ อำเภอเมืองแก้ว จังหวัดศรีพนา 47260</p>
<p>โทรศัพท์ 0 4391 2280 (ธุรการ ต่อ 101, งานทะเบียน ต่อ 104) โทรสาร 0 4391 2281</p>
<p>อีเมล admin@hpt.ac.th (สารบรรณ saraban@hpt.ac.th)</p>
<p>Facebook : <a href="https://www.facebook.com/hpt.school" target="_blank">โรงเรียนห้วยไผ่ทองวิทยา</a> &nbsp; LINE OA : @hptschool</p>
<p>เวลาทำการ จันทร์ – ศุกร์ 08.00 – 16.30 น.</p>
<p>มีข้อสงสัยหรือต้องการสอบถาม <a href="/webboard/">ถาม-ตอบ (Q&amp;A)</a></p></div>
<div class="col-md-6"><h6>แผนที่โรงเรียน</h6>
<p><a href="https://maps.google.com/?q=16.4321,103.2265" target="_blank">เปิดแผนที่ Google Maps</a></p>
<div class="map-placeholder">[แผนที่]</div></div></div>""")

    qa = [("ลูกสอบเข้า ม.1 ไม่ติดรอบแรก มีรอบสองไหมคะ", "ผู้ปกครอง", "12 มี.ค. 2569",
           "มีรอบสองวันที่ 4 เมษายน 2569 ติดตามประกาศหน้าเว็บไซต์ครับ (งานรับนักเรียน)"),
          ("ขอใบ ปพ.1 ใช้เวลากี่วัน ขอทางออนไลน์ได้ไหม", "ศิษย์เก่า", "2 ก.พ. 2569",
           "ยื่นผ่าน E-Service ได้ ใช้เวลาประมาณ 2 วันทำการ รับที่ห้องทะเบียนครับ"),
          ("โรงเรียนมีรถรับส่งนักเรียนจากตำบลนาดีไหม", "ผู้ปกครอง", "18 พ.ย. 2568",
           "ยังไม่มีรถของโรงเรียน มีรถรับจ้างของเอกชนที่ผ่านการตรวจสภาพ ติดต่องานกิจการนักเรียน ต่อ 108")]
    rows = "".join(f'<div class="card mb-2"><div class="card-body"><h6>Q : {q}</h6>'
                   f'<p class="small text-muted">โดย {who} | {dt}</p><p>A : {a} <small>– ผู้ดูแลระบบ</small></p></div></div>'
                   for q, who, dt, a in qa)
    write("/webboard/", "ถาม-ตอบ (Q&A)", rows + """
<h5>ตั้งคำถามใหม่</h5>
<form action="/webboard/post/" method="post"><input class="form-control mb-2" name="name" placeholder="ชื่อ">
<input class="form-control mb-2" name="email" placeholder="อีเมล"><textarea class="form-control mb-2" name="question"></textarea>
<button class="btn btn-primary" type="submit">ส่งคำถาม</button></form>""")

    write(page(9), "งานแผนงาน กลุ่มบริหารงบประมาณ", "<ul class='list-group'>" + "".join([
        doclink("แผนพัฒนาคุณภาพการศึกษาของสถานศึกษา (พ.ศ. 2568 – 2570)", F["plan_dev"], "2 ต.ค. 2567"),
        doclink("แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569", F["action_plan2569"], "29 ก.ย. 2568"),
        doclink("รายงานผลการดำเนินงานตามแผนปฏิบัติการ ปีงบประมาณ 2568", F["perf2568"], "30 ต.ค. 2568"),
        doclink("รายงานการประเมินตนเองของสถานศึกษา (SAR) ปีการศึกษา 2567", F["sar2567"], "20 พ.ค. 2568"),
        doclink("แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2568", F["action_plan2568"], "1 ต.ค. 2567"),
        doclink("รายงานผลการดำเนินงาน กลุ่มสาระการเรียนรู้วิทยาศาสตร์ฯ ปี 2568", F["sci_report"], "18 ก.ย. 2568"),
        doclink("แผนพัฒนาคุณภาพการศึกษา (พ.ศ. 2563 – 2565)", F["plan_dev_old"], "17 มิ.ย. 2563"),
    ]) + "</ul>")

    write(page(10), "งานพัสดุ / ประกาศจัดซื้อจัดจ้าง", "<h5>ประกาศผู้ชนะการเสนอราคา</h5><ul class='list-group mb-3'>"
          + doclink("ประกาศผู้ชนะการเสนอราคา จ้างจัดทำรูปเล่มแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2569", F["print_notice"],
                    "6 ต.ค. 2568")
          + "</ul><h5>สรุปผลการจัดซื้อจัดจ้าง (สขร.1)</h5><ul class='list-group mb-3'>"
          + doclink("สขร.1 ตุลาคม – ธันวาคม 2568", F["skr_q1"], "8 ม.ค. 2569")
          + doclink("สขร.1 มกราคม – กุมภาพันธ์ 2569", F["skr_janfeb"], "11 มี.ค. 2569")
          + doclink("สขร.1 กุมภาพันธ์ 2568", F["skr_feb68"], "7 มี.ค. 2568")
          + "</ul><h5>รายงานประจำปี</h5><ul class='list-group'>"
          + doclink("รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568", F["proc_annual2568"], "22 ต.ค. 2568")
          + "</ul><p class='mt-3'>ประกาศจัดซื้อจัดจ้างทั้งหมดดูได้ที่ <a href='https://www.gprocurement.go.th/'>ระบบ e-GP</a></p>")

    stats = [("ต.ค. 68", 34, 12, 3), ("พ.ย. 68", 41, 15, 2), ("ธ.ค. 68", 29, 9, 1), ("ม.ค. 69", 38, 14, 4),
             ("ก.พ. 69", 45, 11, 2), ("มี.ค. 69", 52, 18, 96)]
    trs = "".join(f"<tr><td>{m}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for m, a, b, c in stats)
    write(page(11), "E-Service ระบบบริการออนไลน์", f"""
<p>ผู้ปกครอง นักเรียน และศิษย์เก่า ยื่นคำขอรับบริการออนไลน์ได้โดยไม่ต้องเดินทางมาโรงเรียน</p>
<ul class="list-group mb-3">
<li class="list-group-item"><a href="https://forms.gle/hPt7rQ2kW9eSv4Ln8" target="_blank">ขอใบรับรองการเป็นนักเรียน (ปพ.7) / ใบรับรองผลการเรียน</a></li>
<li class="list-group-item"><a href="https://forms.gle/hPt3mZ8cA1xYq6Ud5" target="_blank">ขอหลักฐานการศึกษา ปพ.1 (ศิษย์เก่า)</a></li>
<li class="list-group-item"><a href="https://forms.gle/hPt9bN4vF2gHk5Ts1" target="_blank">ระบบรับสมัครนักเรียนออนไลน์ ปีการศึกษา 2569</a></li>
<li class="list-group-item"><a href="https://sgs.bopp-obec.info/" target="_blank">ระบบดูผลการเรียน SGS</a></li></ul>
<h5>แบบคำร้องทั่วไปออนไลน์</h5>
<form action="/eservice/request/" method="post" enctype="multipart/form-data">
<input class="form-control mb-2" name="fullname" placeholder="ชื่อ – สกุล"><input class="form-control mb-2" name="phone" placeholder="เบอร์โทรศัพท์">
<select class="form-select mb-2" name="service"><option>ขอเอกสารทางการศึกษา</option><option>ขอใช้อาคารสถานที่</option><option>อื่น ๆ</option></select>
<textarea class="form-control mb-2" name="detail"></textarea><input type="file" name="attach" class="form-control mb-2">
<button class="btn btn-success" type="submit">ส่งคำร้อง</button></form>
<h5 id="stat" class="mt-4">สถิติการให้บริการ E-Service ปีงบประมาณ 2569</h5>
<table class="table table-bordered"><thead><tr><th>เดือน</th><th>ขอ ปพ.7/ใบรับรอง</th><th>ขอ ปพ.1</th><th>สมัครเรียนออนไลน์</th></tr></thead>
<tbody>{trs}</tbody></table>""")

    write(page(12), "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"""
<p>ผู้พบเห็นการทุจริตหรือการประพฤติมิชอบของครูและบุคลากรโรงเรียนห้วยไผ่ทองวิทยา แจ้งได้ตามช่องทางต่อไปนี้
โรงเรียนจะเก็บข้อมูลผู้ร้องเรียนเป็นความลับ</p>
<form action="/complaint/send/" method="post" enctype="multipart/form-data" class="mb-3">
<input class="form-control mb-2" name="name" placeholder="ชื่อผู้ร้องเรียน (ไม่ระบุก็ได้)">
<input class="form-control mb-2" name="contact" placeholder="เบอร์โทรศัพท์ / อีเมล">
<input class="form-control mb-2" name="subject" placeholder="เรื่องที่ร้องเรียน">
<textarea class="form-control mb-2" name="detail" placeholder="รายละเอียด"></textarea>
<input type="file" class="form-control mb-2" name="evidence"><button class="btn btn-danger" type="submit">ส่งเรื่องร้องเรียน</button></form>
<ul><li>แบบฟอร์มออนไลน์ (Google Form) : <a href="https://forms.gle/hPtC0mpL4iNt7Rx2" target="_blank">แจ้งเรื่องร้องเรียนการทุจริต</a></li>
<li>ด้วยตนเอง ที่ห้องกลุ่มบริหารทั่วไป หรือตู้รับเรื่องร้องเรียนหน้าห้องธุรการ</li>
<li>โทรศัพท์ 0 4391 2280 ต่อ 102</li>
<li><a href="https://www.obec.go.th/" target="_blank">ศูนย์รับเรื่องร้องเรียน สพฐ.</a></li>
<li><a href="https://www.nacc.go.th/" target="_blank">สำนักงาน ป.ป.ช.</a> &nbsp; <a href="https://www.pacc.go.th/" target="_blank">สำนักงาน ป.ป.ท.</a></li></ul>
<p>ขั้นตอนการดำเนินการ : <a href="{F['complaint_manual']}">คู่มือการจัดการเรื่องร้องเรียนการทุจริตฯ</a></p>""")

    write(page(13), "คู่มือการปฏิบัติงาน / คู่มือการให้บริการ", "<ul class='list-group'>"
          + doclink("คู่มือการปฏิบัติงาน งานพัสดุ", F["work_manual"], "9 ก.ค. 2567")
          + doclink("คู่มือการให้บริการประชาชน (ปพ.1 ปพ.7 ย้ายเข้า-ออก ขอใช้สถานที่)", F["service_manual"], "10 มิ.ย. 2567")
          + doclink("คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", F["complaint_manual"], "20 พ.ย. 2567")
          + "</ul>")

    write(page(14), "งานบุคคล กลุ่มบริหารงานบุคคล", "<ul class='list-group'>"
          + doclink("แผนการบริหารและพัฒนาบุคลากร / หลักเกณฑ์การบริหารงานบุคคล", F["hr_plan"], "4 ต.ค. 2567")
          + doclink("รายงานผลการพัฒนาบุคลากร ปีงบประมาณ 2568", F["hr_report"], "0 KB")
          + "</ul><p class='mt-3'>ประกาศรับสมัครครูอัตราจ้าง ติดตามได้ที่หน้าข่าวประชาสัมพันธ์</p>")

    write(page(15), "โรงเรียนสุจริต / ส่งเสริมคุณธรรมและความโปร่งใส", f"""
<h5>ประกาศเจตนารมณ์ No Gift Policy</h5>
<p><img class="img-fluid" src="{F['nogift2569']}" alt="ประกาศ No Gift Policy"></p>
<h5>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</h5>
<p><img class="img-fluid" src="{F['measures2569']}" alt="ประกาศมาตรการ"></p>
<ul class="list-group">
{doclink("ประมวลจริยธรรมของข้าราชการครูและบุคลากรทางการศึกษา", F["ethics_code"], "1 มิ.ย. 2566")}
{doclink("แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ 2569", F["acp2569"], "20 ต.ค. 2568")}
{doclink("(ร่าง) แผนปฏิบัติการป้องกันการทุจริต 2569 – รับฟังความคิดเห็น", F["acp_draft"], "12 ก.ย. 2568")}
{doclink("รายงานผลการรับของขวัญ ปีงบประมาณ 2568", F["gift_report2568"], "14 ต.ค. 2568")}
</ul>""")

    write(page(16), "หลักสูตรสถานศึกษา", """
<p>หลักสูตรสถานศึกษาโรงเรียนห้วยไผ่ทองวิทยา พุทธศักราช 2568 ตามหลักสูตรแกนกลางการศึกษาขั้นพื้นฐาน พ.ศ. 2551 (ฉบับปรับปรุง 2560)
แผนการเรียนชั้น ม.4 : วิทย์ – คณิต, ศิลป์ – ภาษา, ศิลป์ – การงานอาชีพ</p>""")

    write(page(17), "ปฏิทินการศึกษา ปีการศึกษา 2568", """
<table class="table"><tbody><tr><td>เปิดภาคเรียนที่ 1</td><td>16 พฤษภาคม 2568</td></tr>
<tr><td>สอบกลางภาค 1</td><td>28 – 31 กรกฎาคม 2568</td></tr><tr><td>เปิดภาคเรียนที่ 2</td><td>1 พฤศจิกายน 2568</td></tr>
<tr><td>สอบปลายภาค 2</td><td>2 – 6 มีนาคม 2569</td></tr></tbody></table>""")

    write(page(18), "กฎหมายที่เกี่ยวข้อง", """<ul>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติการศึกษาแห่งชาติ พ.ศ. 2542</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติระเบียบบริหารราชการกระทรวงศึกษาธิการ พ.ศ. 2546</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติระเบียบข้าราชการครูและบุคลากรทางการศึกษา พ.ศ. 2547</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติมาตรฐานทางจริยธรรม พ.ศ. 2562</a></li></ul>""")

    write(page(19), "นโยบายคุ้มครองข้อมูลส่วนบุคคล", """
<p>โรงเรียนห้วยไผ่ทองวิทยาเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลของนักเรียน ผู้ปกครอง และผู้ใช้บริการเว็บไซต์
เท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 เว็บไซต์ใช้คุกกี้เพื่อนับสถิติผู้เข้าชม
ติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลได้ที่ dpo@hpt.ac.th</p>""")

    write(page(20), "สภานักเรียน ปีการศึกษา 2568", """
<p>ประธานสภานักเรียน นายกิตติพงษ์ ศรีทอง ชั้น ม.5/1 ; รองประธาน นางสาวพิมพ์ชนก ใจงาม ชั้น ม.5/2
สภานักเรียนจัดกิจกรรมวันต่อต้านคอร์รัปชัน เลือกตั้งสภานักเรียน และธนาคารความดี</p>""")

    write(page(21), "ข้อมูลนักเรียน ปีการศึกษา 2568 (ข้อมูล ณ 10 มิถุนายน 2568)", """
<table class="table table-bordered"><thead><tr><th>ชั้น</th><th>ชาย</th><th>หญิง</th><th>รวม</th><th>ห้อง</th></tr></thead><tbody>
<tr><td>ม.1</td><td>98</td><td>101</td><td>199</td><td>6</td></tr><tr><td>ม.2</td><td>94</td><td>97</td><td>191</td><td>6</td></tr>
<tr><td>ม.3</td><td>88</td><td>94</td><td>182</td><td>6</td></tr><tr><td>ม.4</td><td>86</td><td>112</td><td>198</td><td>6</td></tr>
<tr><td>ม.5</td><td>80</td><td>112</td><td>192</td><td>6</td></tr><tr><td>ม.6</td><td>62</td><td>102</td><td>164</td><td>6</td></tr>
<tr><th>รวม</th><th>508</th><th>618</th><th>1,126</th><th>36</th></tr></tbody></table>""")

    write(page(22), "ดาวน์โหลดแบบฟอร์ม", """<ul>
<li>แบบคำร้องขอลาป่วย / ลากิจ (นักเรียน)</li><li>แบบคำร้องขอย้ายสถานศึกษา</li>
<li>แบบขออนุญาตออกนอกบริเวณโรงเรียน</li></ul><p class="text-muted">ขอรับแบบฟอร์มได้ที่ห้องธุรการ</p>""")


# ------------------------------------------------------------------ the OIT page: one long accordion
def row(text: str, on_site: str | None = None, drive_key: str | None = None, note: str = "") -> str:
    site = f'<a href="{on_site}" target="_blank">{"เปิดดู" if on_site.startswith("/page") or on_site.startswith("/news") or on_site.startswith("/webboard") else "ดาวน์โหลด"}</a>' if on_site else note
    gd = f'<a href="{drive(drive_key)}" target="_blank"><img src="/assets/img/gdrive.png" alt="" width="16"> Google Drive</a>' if drive_key else "-"
    return f"<tr><td>{text}</td><td>{site}</td><td>{gd}</td></tr>"


GROUPS = [  # (heading, [(code, own wording, [rows])])
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล : 9.1 ข้อมูลพื้นฐาน", [
        ("O1", "โครงสร้าง หน้าที่และอำนาจ", [row("โครงสร้างการบริหารโรงเรียน", page(3), "o1a"),
                                            row("อำนาจหน้าที่ของสถานศึกษา", page(4))]),
        ("O2", "ข้อมูลผู้บริหาร", [row("ทำเนียบผู้บริหารโรงเรียน", page(5))]),
        ("O3", "ข้อมูลการติดต่อและช่องทางการสอบถาม", [row("ข้อมูลการติดต่อโรงเรียน", page(8)),
                                                       row("ช่องทางถาม-ตอบ (Q&amp;A)", "/webboard/")]),
        ("O4", "ข่าวประชาสัมพันธ์", [row("ข่าวประชาสัมพันธ์ของโรงเรียน", "/news/")]),
    ]),
    ("9.2 การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("O5", "แผนพัฒนาคุณภาพการศึกษา", [row("แผนพัฒนาคุณภาพการศึกษาของสถานศึกษา", F["plan_dev"], "o5")]),
        ("O6", "แผนปฏิบัติการประจำปี", [row("แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569", F["action_plan2569"], "o6")]),
        ("O7", "รายงานผลการดำเนินงานประจำปี", [row("รายงานการประเมินตนเอง (SAR)", F["sar2567"], "o7sar"),
                                             row("รายงานผลการดำเนินงานตามแผนปฏิบัติการ", F["perf2568"], "o7")]),
        ("O8", "คู่มือการปฏิบัติงาน", [row("คู่มือการปฏิบัติงาน งานพัสดุ", F["work_manual"], "o8")]),
        ("O9", "คู่มือการให้บริการ", [row("คู่มือการให้บริการประชาชน", F["service_manual"], "o9")]),
        ("O10", "E-Service", [row("ระบบบริการออนไลน์ของโรงเรียน", page(11)),
                              row("สถิติการให้บริการ E-Service", page(11) + "#stat")]),
    ]),
    ("9.3 การจัดซื้อจัดจ้าง", [
        ("O11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [row("สขร.1 ต.ค. – ธ.ค. 2568", F["skr_q1"], "o11q1"),
                                                   row("สขร.1 ม.ค. – ก.พ. 2569", F["skr_janfeb"], "o11jf"),
                                                   row("สขร.1 มี.ค. 2569", None, None, "อยู่ระหว่างดำเนินการ")]),
        ("O12", "รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี", [row("สรุปผลการจัดซื้อจัดจ้าง ประจำปี", F["proc_annual2568"], "o12")]),
    ]),
    ("9.4 การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("O13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล",
         [row("แผนการบริหารและพัฒนาบุคลากร / หลักเกณฑ์", F["hr_plan"], "o13")]),
        ("O14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล",
         [row("รายงานผลการพัฒนาบุคลากร ปีงบประมาณ 2568", F["hr_report"], "o14")]),
        ("O15", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม",
         [row("ประมวลจริยธรรม", F["ethics_code"], "o15"), row("กิจกรรมขับเคลื่อนจริยธรรม", news(311))]),
    ]),
    ("9.5 การส่งเสริมความโปร่งใส", [
        ("O16", "แนวปฏิบัติการจัดการเรื่องร้องเรียน", [row("คู่มือการจัดการเรื่องร้องเรียนการทุจริต", F["complaint_manual"], "o16")]),
        ("O17", "ช่องทางแจ้งเรื่องร้องเรียน", [row("ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", page(12))]),
        ("O18", "ข้อมูลสถิติเรื่องร้องเรียน", [row("สถิติเรื่องร้องเรียน (ภาพ)", F["complaint_stat"], "o18")]),
        ("O19", "การมีส่วนร่วม", [row("การเปิดโอกาสให้ผู้ปกครองมีส่วนร่วม", news(301))]),
    ]),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", [
        ("O20", "No Gift Policy", [row("ประกาศนโยบาย No Gift Policy (ภาพ)", F["nogift2569"]),
                                   row("รายงานผลการรับของขวัญ", F["gift_report2568"], "o20")]),
        ("O21", "การประเมินความเสี่ยงการทุจริต", [row("รายงานการประเมินความเสี่ยงการทุจริต", F["risk"], "o21")]),
        ("O22", "รายงานผลการบริหารจัดการความเสี่ยง", [row("รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยง", None, None,
                                                         "อยู่ระหว่างดำเนินการ")]),
        ("O23", "แผนปฏิบัติการป้องกันการทุจริต", [row("แผนปฏิบัติการป้องกันการทุจริต", F["acp2569"], "o23")]),
        ("O24", "รายงานผลการดำเนินการป้องกันการทุจริต", [row("รายงานผลการป้องกันการทุจริต", F["acp_report"], "o24")]),
        ("O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนา", [row("รายงานการวิเคราะห์ผล ITA และแนวทางพัฒนา", F["ita_improve"], "o25"),
                                                        row("ประกาศมาตรการส่งเสริมคุณธรรมฯ (ภาพ)", F["measures2569"])]),
        ("O26", "รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส", [row("รายงานผลการดำเนินการ", F["o26"])]),
    ]),
]


def ita_page() -> None:
    parts = ['<p>โรงเรียนห้วยไผ่ทองวิทยา เผยแพร่ข้อมูลตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and'
             ' Transparency Assessment : OIT) ประจำปีงบประมาณ พ.ศ. 2569 คลิกหัวข้อเพื่อดูรายละเอียด</p>'
             '<div class="accordion" id="oit">']
    for heading, items in GROUPS:
        parts.append(f'<h5 class="mt-3 text-purple">{heading}</h5>')
        for code, title, rows in items:
            cid = code.lower()
            parts.append(
                f'<div class="accordion-item"><h2 class="accordion-header" id="h-{cid}">'
                f'<button class="accordion-button collapsed" type="button" data-bs-toggle="collapse"'
                f' data-bs-target="#c-{cid}" aria-expanded="false">{code} {title}</button></h2>'
                f'<div id="c-{cid}" class="accordion-collapse collapse" data-bs-parent="#oit"><div class="accordion-body">'
                '<table class="table table-sm table-bordered"><thead><tr><th>รายการ</th><th>ไฟล์ในเว็บไซต์</th>'
                f'<th>สำรอง</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div></div></div>')
    parts.append("</div>")
    write(ITA, "ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)", "".join(parts),
          crumb='<li class="breadcrumb-item">ITA</li><li class="breadcrumb-item active">ITA 2569</li>')

    old = [("O6", "แผนปฏิบัติการประจำปี 2568", F["action_plan2568"]),
           ("O12", "สขร. กุมภาพันธ์ 2568", F["skr_feb68"]),
           ("O16", "ประมวลจริยธรรม", F["ethics_code"]),
           ("O23", "การประเมินความเสี่ยงการทุจริต", F["risk"]),
           ("O24", "รายงานผลการบริหารความเสี่ยง ปี 2567", F["risk_report2567"]),
           ("O26", "รายงานผลการป้องกันการทุจริต", F["acp_report"])]
    trs = "".join(f'<tr><td>{c}</td><td>{t}</td><td><a href="{h}">คลิก</a></td></tr>' for c, t, h in old)
    write(ITA_OLD, "ITA 2568", '<p>ข้อมูล OIT ปีงบประมาณ 2568 (บางส่วน)</p><table class="table table-bordered">'
          f'<thead><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr></thead><tbody>{trs}</tbody></table>',
          crumb='<li class="breadcrumb-item">ITA</li><li class="breadcrumb-item active">ITA 2568</li>')


def assets() -> None:
    css = os.path.join(HERE, "assets", "css")
    os.makedirs(css, exist_ok=True)
    with open(os.path.join(css, "school.css"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(".bg-purple{background:#5b2a86}.text-purple{color:#5b2a86}.top-header{padding:8px 0;background:#f3eefa}"
                 ".school-th{font-size:1.4rem;font-weight:700}.cookie-banner{position:fixed;bottom:0;width:100%}\n")
    with open(os.path.join(css, "bootstrap.min.css"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("/*! Bootstrap v5.3.2 (trimmed copy kept by the CMS) */.collapse:not(.show){display:none}\n")
    js = os.path.join(HERE, "assets", "js")
    os.makedirs(js, exist_ok=True)
    with open(os.path.join(js, "bootstrap.bundle.min.js"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("/*! Bootstrap v5.3.2 bundle (trimmed) */\n")


if __name__ == "__main__":
    assets()
    home()
    news_pages()
    content_pages()
    ita_page()
    n = sum("index.html" in files for _r, _d, files in os.walk(HERE))
    print(f"{n} pages written under {HERE}")
