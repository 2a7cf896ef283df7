"""Generate the HTML pages of the "oldyear" test site (องค์การบริหารส่วนจังหวัดสุวรรณคีรี).

Run:  python tests/sites/oldyear/_make_pages.py   (the files it links come from _make_docs.py)

A Drupal 7 theme as Thai provincial administrations use it: a <ul class="menu"> main menu with
drop-downs, breadcrumbs, nodes under path aliases (/about/structure/, /node/2318/), "field-name-
field-file" attachment lists with file sizes, a news view (/news/) and its archive of last year
(/news/archive/), a sidebar block "ลิงก์ที่น่าสนใจ", a footer with the address. Served as
folder/index.html. Dates are Buddhist-era ("14 พ.ย. 2568"). Latest content 8 เม.ย. 2569.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import FILES, GONE  # noqa: E402

ORG = "องค์การบริหารส่วนจังหวัดสุวรรณคีรี"
F = FILES

MENU = [
    ("หน้าแรก", "/", []),
    ("เกี่ยวกับ อบจ.", "/about/history/", [("ประวัติความเป็นมา", "/about/history/"), ("วิสัยทัศน์/พันธกิจ", "/about/vision/"),
                                        ("โครงสร้างองค์กร", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/"),
                                        ("คณะผู้บริหาร", "/about/executives/"), ("สมาชิกสภา อบจ.", "/about/council/")]),
    ("ข่าวสาร", "/news/", [("ข่าวประชาสัมพันธ์", "/news/"), ("ข่าวย้อนหลัง", "/news/archive/")]),
    ("แผนงาน/งบประมาณ", "/plan/", [("แผนพัฒนาท้องถิ่น", "/plan/"), ("ข้อบัญญัติงบประมาณ/แผนการดำเนินงาน", "/budget/"),
                                  ("รายงานผลการดำเนินงาน", "/report/")]),
    ("จัดซื้อจัดจ้าง", "/procurement/", []),
    ("บุคลากร", "/hr/", []),
    ("คุณธรรม/ป้องกันการทุจริต", "/anticorruption/", [("ประมวลจริยธรรม", "/ethics/"), ("ป้องกันการทุจริต", "/anticorruption/"),
                                                       ("ร้องเรียนการทุจริต", "/complaint/"), ("สถิติเรื่องร้องเรียน", "/complaint/stat/")]),
    ("บริการประชาชน", "/manual/citizen/", [("คู่มือสำหรับประชาชน", "/manual/citizen/"), ("คู่มือการปฏิบัติงาน", "/manual/staff/"),
                                         ("E-Service", "/eservice/"), ("กระดานถาม-ตอบ", "/forum/")]),
    ("ITA", "/ita/2569/", [("ITA 2569", "/ita/2569/"), ("ITA 2568", "/ita/2568/")]),
    ("ศูนย์ข้อมูลข่าวสาร", "/infocenter/", []),
    ("ติดต่อเรา", "/contact/", []),
]


def menu() -> str:
    out = ['<ul class="menu nav">']
    for text, href, sub in MENU:
        if sub:
            items = "".join(f'<li class="leaf"><a href="{h}">{html.escape(t)}</a></li>' for t, h in sub)
            out.append(f'<li class="expanded dropdown"><a href="{href}" class="dropdown-toggle">{html.escape(text)}'
                       f' <span class="caret"></span></a><ul class="dropdown-menu">{items}</ul></li>')
        else:
            out.append(f'<li class="leaf"><a href="{href}">{html.escape(text)}</a></li>')
    return "".join(out) + "</ul>"


def size(key: str) -> str:
    path = os.path.join(HERE, F[key].lstrip("/"))
    n = os.path.getsize(path) if os.path.exists(path) else 0
    return f"{n / 1024:.1f} KB" if n else "0 ไบต์"


def files(*pairs: tuple[str, str]) -> str:
    """A Drupal file field: icon, link text (the file's description) and size."""
    rows = []
    for key, text in pairs:
        mime = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}[F[key].rsplit(".", 1)[1]]
        rows.append(f'<div class="field-item"><span class="file">'
                    f' <a href="{F[key]}" type="{mime}">{html.escape(text)}</a> <span class="file-size">({size(key)})</span></span></div>')
    return f'<div class="field field-name-field-file"><div class="field-label">ไฟล์แนบ:&nbsp;</div><div class="field-items">{"".join(rows)}</div></div>'


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{html.escape(text)}</a>'


def write(path: str, title: str, body: str, date: str = "", crumb: str = "") -> None:
    submitted = f'<div class="submitted">โดย admin_pr เมื่อ {date}</div>' if date else ""
    bc = f'<ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li>{crumb}<li class="active">{html.escape(title)}</li></ol>' if path != "/" else ""
    doc = f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="og: http://ogp.me/ns#">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<title>{html.escape(title)} | {ORG}</title>
<link type="text/css" rel="stylesheet" href="/sites/all/themes/pao/css/style.css" media="all" />
</head>
<body class="html not-front page-node">
<div id="skip-link"><a href="#main-content" class="element-invisible">ข้ามไปยังเนื้อหาหลัก</a></div>
<header id="navbar" class="navbar"><div class="container">
<a class="logo" href="/" title="หน้าแรก"><img src="/sites/default/files/logo.png" alt="หน้าแรก" /></a>
<a class="name navbar-brand" href="/">{ORG}</a><span class="slogan">Suwannakhiri Provincial Administrative Organization</span>
<nav role="navigation"><div class="region region-navigation">{menu()}</div></nav></div></header>
<div class="main-container container">{bc}
<section class="col-sm-9"><a id="main-content"></a>
<h1 class="page-header">{html.escape(title)}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system">
<article class="node clearfix">{submitted}<div class="content">{body}</div></article></div></div></section>
<aside class="col-sm-3" role="complementary"><div class="region region-sidebar-second">
<section class="block block-block"><h2 class="block-title">ลิงก์ที่น่าสนใจ</h2>
<ul><li><a href="/ita/2569/">ITA 2569</a></li><li><a href="/eservice/">E-Service</a></li>
<li><a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a></li>
<li><a href="http://www.gprocurement.go.th/">ระบบ e-GP</a></li><li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li></ul></section>
</div></aside></div>
<footer class="footer container"><div class="region region-footer">
<p>{ORG} ศาลากลาง อบจ. ถนนคีรีราษฎร์ ตำบลในเมือง อำเภอเมืองสุวรรณคีรี จังหวัดสุวรรณคีรี 44150</p>
<p>โทรศัพท์ 0 4471 5500 โทรสาร 0 4471 5501 อีเมล saraban@suwannakhiri-pao.go.th</p>
<p>Copyright © 2562-2569 {ORG} | <a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> | <a href="/sitemap/">แผนผังเว็บไซต์</a></p>
</div></footer></body></html>
"""
    target = os.path.join(HERE, path.lstrip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(doc)


ABOUT = '<li><a href="/about/history/">เกี่ยวกับ อบจ.</a></li>'
ANTI = '<li><a href="/anticorruption/">คุณธรรม/ป้องกันการทุจริต</a></li>'
NEWS = '<li><a href="/news/">ข่าวประชาสัมพันธ์</a></li>'

# ------------------------------------------------------------------ news (id, date, title, body)
POSTS = [
    (2361, "8 เม.ย. 2569", "อบจ.สุวรรณคีรี จัดงานรดน้ำดำหัวผู้สูงอายุ เนื่องในประเพณีสงกรานต์ ประจำปี 2569",
     "<p>นายก อบจ.สุวรรณคีรี เป็นประธานในพิธีรดน้ำดำหัวผู้สูงอายุ ณ ลานศาลากลาง อบจ. มีผู้สูงอายุจาก 9 อำเภอเข้าร่วมกว่า 600 คน</p>"),
    (2355, "19 มี.ค. 2569", "กองช่างเร่งซ่อมแซมถนนลาดยางสายบ้านหนองบัว – บ้านโคกสูง",
     "<p>กองช่าง อบจ.สุวรรณคีรี เข้าซ่อมแซมผิวจราจรที่ชำรุดระยะทาง 3.2 กิโลเมตร คาดว่าแล้วเสร็จภายในเดือนเมษายน 2569</p>"),
    (2349, "2 มี.ค. 2569", "พิธีเปิดการแข่งขันกีฬา อบจ.สุวรรณคีรีสัมพันธ์ ครั้งที่ 12",
     "<p>นักกีฬาจากโรงเรียนในสังกัด อบจ. 14 แห่ง ร่วมแข่งขัน 8 ชนิดกีฬา ระหว่างวันที่ 2 – 6 มีนาคม 2569</p>"),
    (2342, "13 ก.พ. 2569", "ภาพบรรยากาศ ประชาคมท้องถิ่นระดับอำเภอ อำเภอเมืองสุวรรณคีรี",
     '<p>ภาพบรรยากาศการประชุมประชาคมท้องถิ่นระดับอำเภอ ณ หอประชุมอำเภอเมืองสุวรรณคีรี</p>'
     '<p><img src="/sites/default/files/logo.png" alt="ภาพกิจกรรม" /> <img src="/sites/default/files/logo.png" alt="ภาพกิจกรรม" /></p>'),
    (2337, "27 ม.ค. 2569", "ประชาสัมพันธ์ การประชุมประชาคมท้องถิ่นระดับอำเภอ เพื่อทบทวนแผนพัฒนาท้องถิ่น",
     "<p>อบจ.สุวรรณคีรี ขอเชิญประชาชน ผู้นำชุมชน และส่วนราชการ เข้าร่วมประชุมประชาคมท้องถิ่นระดับอำเภอ"
     " เพื่อทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570) ระหว่างวันที่ 10 – 20 กุมภาพันธ์ 2569 ตามกำหนดการแต่ละอำเภอ</p>"),
    (2331, "10 ม.ค. 2569", "อบจ.สุวรรณคีรี จัดงานวันเด็กแห่งชาติ ประจำปี 2569",
     "<p>จัดกิจกรรมและมอบของขวัญแก่เด็กและเยาวชนกว่า 3,000 คน ณ สนามกีฬากลาง อบจ.</p>"),
    (2324, "5 ธ.ค. 2568", "พิธีถวายพระพรชัยมงคล เนื่องในวันคล้ายวันพระบรมราชสมภพ 5 ธันวาคม 2568",
     "<p>คณะผู้บริหาร สมาชิกสภา และพนักงานส่วนจังหวัดร่วมพิธี ณ ศาลากลางจังหวัดสุวรรณคีรี</p>"),
    (2318, "14 พ.ย. 2568", "สำนักปลัด อบจ. เข้าร่วมอบรมการจัดทำแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
     "<p>เจ้าหน้าที่สำนักปลัด อบจ. 3 คน เข้าร่วมอบรมเชิงปฏิบัติการ \"การจัดทำแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ"
     " พ.ศ. 2569\" ซึ่งสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดจัดขึ้น ณ โรงแรมคีรีแกรนด์ เพื่อนำความรู้มาจัดทำแผนของ อบจ. ต่อไป</p>"),
    (2310, "30 ต.ค. 2568", "อบจ.สุวรรณคีรี มอบถุงยังชีพช่วยเหลือผู้ประสบอุทกภัย อำเภอนาทอง",
     "<p>มอบถุงยังชีพ 850 ชุด และน้ำดื่ม 1,200 แพ็ค แก่ผู้ประสบอุทกภัยใน 6 ตำบล</p>"),
    (2301, "3 ต.ค. 2568", "การประชุมพนักงานส่วนจังหวัดประจำเดือนตุลาคม 2568",
     "<p>ปลัด อบจ. เป็นประธานการประชุมประจำเดือน แจ้งแนวทางการเบิกจ่ายงบประมาณปี 2569 และแจ้งว่าฝ่ายนิติการจะจัดทำ"
     "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ประจำปี 2569 เสนอนายก อบจ."
     " ลงนามต่อไป และขอให้ทุกกองส่งข้อมูลการประเมิน ITA ภายในเดือนพฤศจิกายน</p>"),
]
OLD_POSTS = [
    (2255, "20 ส.ค. 2568", "อบจ.สุวรรณคีรี ลงพื้นที่ตรวจรับงานก่อสร้างอาคารเรียน",
     "<p>คณะกรรมการตรวจรับพัสดุลงพื้นที่ตรวจรับอาคารเรียน 3 ชั้น โรงเรียนสุวรรณคีรีวิทยา</p>"),
    (2231, "14 ก.พ. 2568", "สรุปผลการประชุมประชาคมจังหวัด ประจำปี 2568",
     "<p>ประชาคมจังหวัดทั้ง 9 อำเภอ ระหว่างวันที่ 3 – 13 กุมภาพันธ์ 2568 มีผู้เข้าร่วม 412 คน เสนอโครงการ 57 โครงการ"
     " อบจ. จะบรรจุในแผนพัฒนาท้องถิ่นเพิ่มเติมและแจ้งผลให้ประชาชนทราบ</p>"),
    (2204, "12 ธ.ค. 2567", "โครงการอบรมคุณธรรมจริยธรรม พนักงานส่วนจังหวัด ประจำปีงบประมาณ 2568",
     "<p>พนักงานส่วนจังหวัด ลูกจ้าง และพนักงานจ้าง 214 คน ร่วมอบรมคุณธรรมจริยธรรม วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัด</p>"),
]


def news_list(posts, heading: str) -> str:
    rows = "".join(f'<div class="views-row"><span class="date">{dt}</span> {a(f"/node/{n}/", t)}</div>' for n, dt, t, _ in posts)
    return f'<div class="view view-news"><div class="view-content"><h3>{heading}</h3>{rows}</div></div>'


def pages() -> int:
    n = 0

    def w(*args, **kw):
        nonlocal n
        write(*args, **kw)
        n += 1

    home = (f'<div class="slideshow"><img src="/sites/default/files/logo.png" alt="{ORG}" /></div>'
            + news_list(POSTS[:6], "ข่าวประชาสัมพันธ์ล่าสุด") + '<p><a href="/news/">ดูทั้งหมด</a></p>'
            '<div class="block"><h3>ประกาศจัดซื้อจัดจ้าง</h3><p><a href="/procurement/">สรุปผลการจัดซื้อจัดจ้าง</a></p></div>'
            '<div class="block"><h3>ITA</h3><p><a href="/ita/2569/">การประเมินคุณธรรมและความโปร่งใส ITA 2569</a></p></div>')
    w("/", "หน้าแรก", home)
    for pid, dt, title, body in POSTS + OLD_POSTS:
        w(f"/node/{pid}/", title, body, dt, NEWS)
    w("/news/", "ข่าวประชาสัมพันธ์", news_list(POSTS, "ข่าวประชาสัมพันธ์") + '<p><a href="/news/archive/">ข่าวย้อนหลัง »</a></p>')
    w("/news/archive/", "ข่าวย้อนหลัง", news_list(OLD_POSTS, "ข่าวประชาสัมพันธ์ ปีงบประมาณ 2568"))
    w("/about/history/", "ประวัติความเป็นมา", "<p>องค์การบริหารส่วนจังหวัดสุวรรณคีรี จัดตั้งตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540"
      " มีพื้นที่รับผิดชอบทั้งจังหวัด 9 อำเภอ 71 ตำบล</p>", crumb=ABOUT)
    w("/about/vision/", "วิสัยทัศน์ พันธกิจ", "<p>วิสัยทัศน์ \"สุวรรณคีรีเมืองน่าอยู่ เกษตรปลอดภัย ท่องเที่ยวยั่งยืน\"</p>"
      "<ol><li>พัฒนาโครงสร้างพื้นฐาน</li><li>ยกระดับการศึกษาและคุณภาพชีวิต</li><li>ส่งเสริมการท่องเที่ยว</li></ol>", crumb=ABOUT)
    w("/about/structure/", "โครงสร้างองค์กร",
      '<p><img src="/sites/default/files/2025-10/org69.png" alt="แผนภูมิโครงสร้างองค์การบริหารส่วนจังหวัดสุวรรณคีรี" /></p>'
      "<h3>ฝ่ายการเมือง</h3><ul><li>สภาองค์การบริหารส่วนจังหวัด 30 คน (ประธานสภา รองประธานสภา 2 คน)</li>"
      "<li>นายกองค์การบริหารส่วนจังหวัด รองนายก 3 คน เลขานุการและที่ปรึกษานายก 5 คน</li></ul>"
      "<h3>ฝ่ายประจำ</h3><ul><li>ปลัด อบจ. รองปลัด อบจ. 2 คน</li><li>สำนักปลัด กองคลัง กองช่าง กองการศึกษา ศาสนาและวัฒนธรรม"
      " กองพัสดุและทรัพย์สิน กองยุทธศาสตร์และงบประมาณ หน่วยตรวจสอบภายใน</li></ul>", "15 ต.ค. 2568", ABOUT)
    w("/about/authority/", "อำนาจหน้าที่",
      "<p>ตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 มาตรา 45 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ"
      " พ.ศ. 2542 มาตรา 17 สรุปได้ดังนี้</p><ol><li>จัดทำแผนพัฒนาองค์การบริหารส่วนจังหวัดและประสานการจัดทำแผนพัฒนาจังหวัด</li>"
      "<li>สนับสนุนสภาตำบลและองค์กรปกครองส่วนท้องถิ่นอื่นในการพัฒนาท้องถิ่น</li><li>ประสานและให้ความร่วมมือในการปฏิบัติหน้าที่ของ อปท. อื่น</li>"
      "<li>จัดการศึกษา การสาธารณสุข และการก่อสร้างถนนเชื่อมระหว่าง อปท.</li><li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li>"
      "<li>จัดเก็บภาษีบำรุง อบจ. จากสถานค้าปลีกยาสูบ น้ำมัน และผู้เข้าพักโรงแรม</li></ol>", crumb=ABOUT)
    people = [("nayok", "นายประเสริฐ วงศ์ภูผา", "นายกองค์การบริหารส่วนจังหวัดสุวรรณคีรี", "08 1765 4400"),
              ("rong1", "นายชาญวิทย์ ศรีคีรี", "รองนายก อบจ.", "08 9211 3401"),
              ("rong2", "นางพรทิพย์ มั่นคง", "รองนายก อบจ.", "08 6544 1120"),
              ("rong3", "นายเอกชัย ภูทอง", "รองนายก อบจ.", "08 1230 5567"),
              ("palad", "นางวิไลวรรณ ทองประเสริฐ", "ปลัด อบจ.", "0 4471 5500 ต่อ 101")]
    w("/about/executives/", "คณะผู้บริหาร", "".join(
        f'<div class="person"><img src="/sites/default/files/people/{k}.jpg" alt="{nm}" /><p><strong>{nm}</strong><br />{pos}<br />โทร. {tel}</p></div>'
        for k, nm, pos, tel in people), crumb=ABOUT)
    w("/about/council/", "สมาชิกสภา อบจ.", "<p>ประธานสภา นายสมบัติ คำแก้ว รองประธานสภาคนที่ 1 นายวีระ ดวงดี สมาชิกสภา อบจ. 30 คน จาก 9 อำเภอ</p>", crumb=ABOUT)
    w("/contact/", "ติดต่อเรา",
      f"<p>{ORG}<br />ศาลากลาง อบจ. ถนนคีรีราษฎร์ ตำบลในเมือง อำเภอเมืองสุวรรณคีรี จังหวัดสุวรรณคีรี 44150</p>"
      "<p>โทรศัพท์ 0 4471 5500 โทรสาร 0 4471 5501<br />อีเมล saraban@suwannakhiri-pao.go.th<br />Facebook : อบจ.สุวรรณคีรี</p>"
      '<p><a href="https://maps.google.com/?q=16.2311,103.0702">แผนที่ Google Maps</a></p>'
      '<p>สอบถามข้อมูลได้ที่ <a href="/forum/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    w("/forum/", "กระดานถาม-ตอบ",
      '<table class="forum"><tr><th>หัวข้อ</th><th>ผู้ถาม</th><th>ตอบ</th><th>วันที่</th></tr>'
      "<tr><td>ขอใช้รถแบ็คโฮต้องยื่นที่ไหนครับ</td><td>สมชาย</td><td>admin: ยื่นผ่าน E-Service หรือที่สำนักปลัด</td><td>2 มี.ค. 2569</td></tr>"
      "<tr><td>สมัครงานพนักงานจ้างเปิดรับเมื่อไร</td><td>น้ำฝน</td><td>admin: ติดตามประกาศหน้าบุคลากร</td><td>21 ก.พ. 2569</td></tr></table>"
      '<form action="/forum/" method="post"><input name="name" /><textarea name="question"></textarea><button>ตั้งคำถาม</button></form>',
      crumb='<li><a href="/manual/citizen/">บริการประชาชน</a></li>')
    PLAN = '<li><a href="/plan/">แผนงาน/งบประมาณ</a></li>'
    w("/plan/", "แผนพัฒนาท้องถิ่น", "<p>แผนพัฒนาท้องถิ่นขององค์การบริหารส่วนจังหวัดสุวรรณคีรี</p>"
      + files(("plan5y", "แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)"), ("plan_old", "แผนพัฒนาท้องถิ่น (พ.ศ. 2561-2565)"),
              ("plan_print", "ประกาศผู้ชนะ จ้างจัดพิมพ์แผนพัฒนาท้องถิ่น")), "3 ต.ค. 2565", PLAN)
    w("/budget/", "ข้อบัญญัติงบประมาณ/แผนการดำเนินงาน",
      files(("budget2569", "ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569"), ("action2569", "แผนการดำเนินงาน ปี 2569"),
            ("budget_draft", "ร่างข้อบัญญัติงบประมาณ 2569 (เสนอสภา)")), "20 พ.ย. 2568", PLAN)
    w("/report/", "รายงานผลการดำเนินงาน",
      files(("eval2568", "รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ปีงบประมาณ 2568"),
            ("school_report", "รายงานผลการดำเนินงาน โรงเรียนสุวรรณคีรีวิทยา")), "2 ธ.ค. 2568", PLAN)
    SERV = '<li><a href="/manual/citizen/">บริการประชาชน</a></li>'
    w("/manual/staff/", "คู่มือการปฏิบัติงาน", files(("work_manual", "คู่มือการปฏิบัติงาน กองคลัง")), "12 ก.พ. 2567", SERV)
    w("/manual/citizen/", "คู่มือสำหรับประชาชน",
      "<h3>1. การขอใช้รถแบ็คโฮ/รถขุด</h3><p>หน่วยงานที่รับผิดชอบ กองช่าง ขั้นตอน (1) ยื่นคำร้อง (2) ตรวจสอบพื้นที่ 3 วัน (3) อนุมัติ 2 วัน"
      " รวม 5 วันทำการ เอกสาร สำเนาบัตรประชาชน หนังสือรับรองจากผู้ใหญ่บ้าน ค่าธรรมเนียม ค่าน้ำมันตามจริง</p>"
      "<h3>2. การขออนุญาตเชื่อมทางเข้าออกถนนของ อบจ.</h3><p>ขั้นตอน ยื่นคำขอ ตรวจสอบ อนุญาต ระยะเวลา 15 วัน เอกสาร โฉนด แบบแปลน ค่าธรรมเนียม ไม่มี</p>"
      "<h3>3. การชำระภาษีบำรุง อบจ. (น้ำมัน ยาสูบ โรงแรม)</h3><p>ยื่นแบบภายในวันที่ 15 ของเดือนถัดไป ที่กองคลัง ระยะเวลา 15 นาที เอกสาร แบบ ภ.บ.จ.</p>"
      "<p>ร้องเรียนการให้บริการ โทร 0 4471 5500 ต่อ 120</p>", "9 ก.ย. 2567", SERV)
    w("/eservice/", "E-Service ระบบบริการออนไลน์",
      '<p class="updated">ปรับปรุงล่าสุด 15 ม.ค. 2569</p><ul><li><a href="https://forms.gle/pAoKr1Backhoe">ขอใช้รถแบ็คโฮ (Google Form)</a></li>'
      '<li><a href="https://forms.gle/pAoKr2Water">ขอรับการสนับสนุนน้ำอุปโภคบริโภค</a></li></ul>'
      '<form action="/eservice/" method="post"><label>ชื่อ-สกุล</label><input name="name" /><label>เรื่องที่ขอรับบริการ</label>'
      '<select name="service"><option>ขอใช้สนามกีฬา</option><option>ขอใช้รถแบ็คโฮ</option></select><input type="file" name="att" /><button>ส่งคำขอ</button></form>'
      "<h3>สถิติการให้บริการ</h3>" + files(("eservice_stat", "สถิติการให้บริการ E-Service")), "15 ม.ค. 2569", SERV)
    w("/procurement/", "จัดซื้อจัดจ้าง",
      "<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ 2569</h3>"
      + files(("skr_q1", "สขร.1 ต.ค.-พ.ย. 68"), ("skr_jan", "สขร.1 ม.ค. 69"), ("skr_feb", "สขร.1 ก.พ. 69"), ("skr_mar", "สขร.1 มี.ค. 69"))
      + "<h3>รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี</h3>" + files(("proc2568", "รายงานสรุปผลการจัดซื้อจัดจ้าง ปี 2568")), "7 เม.ย. 2569")
    hr_missing = (f'<div class="field-item"><span class="file"><a href="{F["hr_report"]}" type="application/pdf">'
                  "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2568</a></span></div>")
    w("/hr/", "บุคลากร", "<p>หลักเกณฑ์และแผนการบริหารทรัพยากรบุคคล</p>"
      + files(("hr_plan", "แผนพัฒนาบุคลากร 2565-2568"), ("manpower_empty", "แผนอัตรากำลัง 3 ปี")) + hr_missing, "8 ธ.ค. 2568")
    w("/ethics/", "ประมวลจริยธรรม",
      '<p class="updated">ปรับปรุงล่าสุด 12 ม.ค. 2569</p>' + files(("ethics_code", "ประมวลจริยธรรมพนักงานส่วนจังหวัด"),
                                                              ("ethics_act2568", "รายงานผลการส่งเสริมคุณธรรมจริยธรรม"))
      + f'<p>กิจกรรม: {a("/node/2204/", "โครงการอบรมคุณธรรมจริยธรรม")}</p>', "12 ม.ค. 2569", ANTI)
    w("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
      "<p>ช่องทางร้องเรียน: ด้วยตนเองที่ศูนย์รับเรื่องร้องเรียน ศาลากลาง อบจ. โทร 0 4471 5500 ต่อ 120 ตู้รับเรื่องร้องเรียน หรือแบบฟอร์มออนไลน์ด้านล่าง (ไม่ต้องระบุชื่อได้)</p>"
      '<form action="/complaint/" method="post" enctype="multipart/form-data"><label>ชื่อ (ไม่บังคับ)</label><input name="name" />'
      '<label>เรื่องที่ร้องเรียน</label><textarea name="detail"></textarea><label>หลักฐาน</label><input type="file" name="evidence" /><button>ส่งเรื่องร้องเรียน</button></form>'
      + files(("complaint_manual", "คู่มือการจัดการเรื่องร้องเรียน")) + '<p><a href="https://www.nacc.go.th/">ร้องเรียนต่อ ป.ป.ช.</a></p>', "2 เม.ย. 2567", ANTI)
    months = ["ต.ค. 67", "พ.ย. 67", "ธ.ค. 67", "ม.ค. 68", "ก.พ. 68", "มี.ค. 68", "เม.ย. 68", "พ.ค. 68", "มิ.ย. 68", "ก.ค. 68", "ส.ค. 68", "ก.ย. 68"]
    got = [0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1]
    rows = "".join(f"<tr><td>{m}</td><td>{g}</td><td>{g}</td><td>0</td></tr>" for m, g in zip(months, got, strict=True))
    w("/complaint/stat/", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
      '<table class="table"><tr><th>เดือน</th><th>จำนวนเรื่องร้องเรียน</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>'
      + rows + "<tr><td>รวม</td><td>4</td><td>4</td><td>0</td></tr></table>", "2 ต.ค. 2568", ANTI)
    w("/anticorruption/", "การป้องกันการทุจริต",
      "<h3>การประเมินความเสี่ยงการทุจริต</h3>" + files(("risk_cover69", "รายงานการประเมินความเสี่ยงการทุจริต ประจำปี 2569"),
                                                    ("risk_6m2568", "รายงานผลตามแผนบริหารจัดการความเสี่ยง"))
      + "<h3>แผนปฏิบัติการป้องกันการทุจริต</h3>" + files(("acp2568", "แผนปฏิบัติการป้องกันการทุจริต"), ("acp_report2568", "รายงานผลการดำเนินการป้องกันการทุจริต ปี 2568"))
      + "<h3>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</h3>" + files(("integrity2568", "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมฯ ปีงบประมาณ 2568"))
      + f'<p>ข่าวที่เกี่ยวข้อง: {a("/node/2318/", "อบรมการจัดทำแผนปฏิบัติการป้องกันการทุจริต ปี 2569")}</p>', "24 พ.ย. 2568", ANTI)
    ita = [
        ("O1", "โครงสร้าง", [("/about/structure/", "โครงสร้าง"), ("/about/authority/", "อำนาจหน้าที่")]),
        ("O2", "ข้อมูลผู้บริหาร", [("/about/executives/", "คลิก")]),
        ("O3", "ข้อมูลการติดต่อ", [("/contact/", "ติดต่อเรา"), ("/forum/", "Q&A")]),
        ("O4", "ข่าวประชาสัมพันธ์", [("/news/", "คลิก")]),
        ("O5", "แผนพัฒนาท้องถิ่น", [(F["plan5y"], "แผนพัฒนาท้องถิ่น")]),
        ("O6", "แผนดำเนินงานและงบประมาณ", [(F["action2569"], "แผนดำเนินงาน"), (F["budget2569"], "ข้อบัญญัติ")]),
        ("O7", "รายงานผลการดำเนินงาน", [(F["eval2568"], "คลิก")]),
        ("O8", "คู่มือปฏิบัติงาน", [("/manual/staff/", "คลิก")]),
        ("O9", "คู่มือการให้บริการ", [("/manual/citizen/", "คลิก")]),
        ("O10", "E-Service", [("/eservice/", "คลิก")]),
        ("O11", "สรุปผลจัดซื้อจัดจ้างรายเดือน", [("/procurement/", "คลิก")]),
        ("O12", "รายงานผลจัดซื้อจัดจ้างประจำปี", [(F["proc2568"], "คลิก")]),
        ("O13", "แผนบริหารทรัพยากรบุคคล", [(F["hr_plan"], "คลิก")]),
        ("O14", "รายงานผลการบริหาร HR", [(F["hr_report"], "คลิก")]),
        ("O15", "ประมวลจริยธรรม", [("/ethics/", "คลิก")]),
        ("O16", "แนวปฏิบัติเรื่องร้องเรียน", [(F["complaint_manual"], "คลิก")]),
        ("O17", "ช่องทางร้องเรียน", [("/complaint/", "คลิก")]),
        ("O18", "สถิติเรื่องร้องเรียน", [("/complaint/stat/", "คลิก")]),
        ("O19", "การมีส่วนร่วม", [("/node/2342/", "ประชาคม")]),
        ("O20", "No Gift Policy", []),
        ("O21", "ประเมินความเสี่ยง", [(F["risk_cover69"], "คลิก")]),
        ("O22", "รายงานผลการจัดการความเสี่ยง", [(F["risk_6m2568"], "คลิก")]),
        ("O23", "แผนป้องกันการทุจริต", [(F["acp2568"], "คลิก")]),
        ("O24", "รายงานผลป้องกันการทุจริต", [(F["acp_report2568"], "คลิก")]),
        ("O25", "การนำผล ITA ไปพัฒนา", [(F["integrity2568"], "คลิก")]),
        ("O26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [(F["integrity2568"], "คลิก")]),
    ]
    trs = "".join(f"<tr><td>{c}</td><td>{html.escape(t)}</td><td>{' '.join(a(h, x) for h, x in links) or 'อยู่ระหว่างดำเนินการ'}</td></tr>"
                  for c, t, links in ita)
    ITAC = '<li><a href="/ita/2569/">ITA</a></li>'
    w("/ita/2569/", "การประเมินคุณธรรมและความโปร่งใส ITA 2569",
      f'<table class="table table-bordered"><tr><th>ข้อ</th><th>หัวข้อ</th><th>ลิงก์</th></tr>{trs}</table>', "12 ม.ค. 2569", ITAC)
    old = [("o5", "แผนพัฒนาท้องถิ่น", F["plan5y"]), ("o13", "แผนพัฒนาบุคลากร", F["hr_plan"]),
           ("o22", "รายงานความเสี่ยง 6 เดือน", F["risk_6m2568"]),
           ("o23", "แผนป้องกันการทุจริต 2568", F["acp2568"]), ("o15", "กิจกรรมจริยธรรม", F["ethics_act2568"])]
    w("/ita/2568/", "ITA 2568", '<table class="table">' + "".join(f"<tr><td>{c}</td><td>{t}</td><td>{a(h, 'คลิก')}</td></tr>" for c, t, h in old)
      + "</table>", "18 เม.ย. 2568", ITAC)
    w("/infocenter/", "ศูนย์ข้อมูลข่าวสาร", "<ul>" + "".join(f"<li>{a(h, t)}</li>" for t, h in [
        ("โครงสร้างองค์กร", "/about/structure/"), ("แผนพัฒนาท้องถิ่น", "/plan/"), ("ข้อบัญญัติงบประมาณ", "/budget/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("คู่มือสำหรับประชาชน", "/manual/citizen/"), ("กฎหมายที่เกี่ยวข้อง", "/laws/")]) + "</ul>")
    w("/laws/", "กฎหมายที่เกี่ยวข้อง", "<ul><li>พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540</li><li>พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</li></ul>")
    w("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>อบจ.สุวรรณคีรี เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    w("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(h, t)}</li>" for t, h, _ in MENU) + "</ul>")
    assert all(os.path.exists(os.path.join(HERE, F[k].lstrip("/"))) != (k in GONE) for k in F)
    return n


def css() -> None:
    path = os.path.join(HERE, "sites/all/themes/pao/css/style.css")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}.navbar{background:#7a4f0a;color:#fff}"
                 ".menu li{display:inline-block;padding:6px}.dropdown-menu{display:none}.file-size{color:#888}\n")


if __name__ == "__main__":
    css()
    print(f"{pages()} pages written under {HERE}")
