"""Generate the HTML pages of the "tatoffice" test site (invented: การท่องเที่ยวแห่งประเทศไทย
สำนักงานเวียงกว๊าน, a regional office of a state enterprise).

Run:  python tests/sites/tatoffice/_make_pages.py   (after _make_docs.py)

An old Joomla-style CMS: articles are /index.php?option=com_content&view=article&id=N, category
lists /index.php?option=com_content&view=category&id=N (&limitstart=10 for page 2), documents go
out through /download.php?id=N; every query-string URL is stored as <path>.q/<query>/ (see
crawler/serve.py).  The ITA page /ita.php?year=2568 has a year selector and one article per
group of items (the group of the 10th indicator written in Thai digits); /ita.php?year=2567 is
last year's single table, still online.  Two documents are shown in a viewer article (an embedded
Google Drive preview with a direct download beside it).  Monthly procurement summaries are on
/procurement.php?year=2568 (a year selector).  The previous WordPress site was copied under /old/
and left online with its own template.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, TH_MONTHS  # noqa: E402

ORG = "การท่องเที่ยวแห่งประเทศไทย สำนักงานเวียงกว๊าน"
SHORT = "ททท.สำนักงานเวียงกว๊าน"
MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def art(n: int) -> str:
    return f"/index.php?option=com_content&amp;view=article&amp;id={n}"


def cat(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&amp;view=category&amp;id={n}" + (f"&amp;limitstart={start}" if start else "")


def doc(key: str) -> str:
    return DOCS[key][0].replace("&", "&amp;")


def be(y: int, m: int, day: int) -> str:
    return f"{day} {MON[m - 1]} {y + 543}"


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับ ททท.", art(1)), ("โครงสร้างองค์กร", art(2)), ("ผู้บริหาร", art(4)),
        ("ข่าวประชาสัมพันธ์", cat(9)), ("เอกสารเผยแพร่", cat(20)), ("จัดซื้อจัดจ้าง", "/procurement.php?year=2568"),
        ("E-Service", art(60)), ("แจ้งเรื่องร้องเรียน", art(61)), ("ITA", "/ita.php?year=2568"), ("ติดต่อเรา", art(5))]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li class="item"><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr"><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - {SHORT}</title>
<link href="/templates/tat_wk/css/template.css" rel="stylesheet" type="text/css">
</head>
<body class="site">
<div id="header"><a href="/"><img src="/images/logo_tat.png" alt="ททท." width="120" height="48"></a>
<span class="sitename">{ORG}</span><br><span class="slogan">Tourism Authority of Thailand · Wiang Kwan Office · รับผิดชอบพื้นที่พะเยา - น่าน</span></div>
<div id="nav"><ul class="menu">
{menu}
</ul></div>
<div id="container"><div id="left">
<div class="moduletable"><h3>ผู้อำนวยการสำนักงาน</h3><img src="/images/staff/director.png" alt="ผู้อำนวยการ" width="90" height="110"><br>นางสาวรัชนีกร ศรีวงศ์ชัย</div>
<div class="moduletable"><h3>ลิงก์ด่วน</h3>
<a href="/ita.php?year=2568">ITA ๒๕๖๘</a><br><a href="/ita.php?year=2567">ITA ๒๕๖๗</a><br>
<a href="{art(61)}">ร้องเรียนการทุจริต</a><br><a href="{art(60)}">ขอรับบริการออนไลน์</a><br>
<a href="/old/">เว็บไซต์เดิม (ก่อน ก.ค. ๒๕๖๗)</a><br>
<a href="https://www.tourismthailand.org/">Amazing Thailand</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="moduletable"><h3>TAT Contact Center</h3>โทร ๑๖๗๒ ตลอด ๒๔ ชั่วโมง</div>
<div class="moduletable">ผู้เข้าชม : ๓๑๘,๒๐๔</div>
</div>
<div id="content">
{body}
</div></div>
<div id="footer">{ORG} 88/9 ถนนเจ็ดยอดกว๊าน ตำบลเวียง อำเภอเมืองพะเยา จังหวัดพะเยา 56000<br>
โทร 0 5448 1207 โทรสาร 0 5448 1208 อีเมล tatwiangkwan@tat-wk.example<br>
<a href="{art(90)}">แผนผังเว็บไซต์</a> · <a href="{art(91)}">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · Copyright © 2567 {SHORT}</div>
</body></html>
"""


def write(url: str, title: str, body: str, page=layout) -> None:
    """Write the page of a site URL ("/", "/old/", "/x.php?a=1&b=2")."""
    url = html.unescape(url)
    if "?" in url:
        path, query = url.split("?", 1)
        target = os.path.join(HERE, path.lstrip("/") + ".q", query, "index.html")
    else:
        target = os.path.join(HERE, url.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(page(title, body))


def article(n: int, title: str, body: str, published: str = "", hits: int = 0) -> None:
    info = ""
    if published:
        info = (f'<dl class="article-info"><dd class="published">เผยแพร่เมื่อ {published}</dd>'
                f'<dd class="hits">เปิดอ่าน {hits:,} ครั้ง</dd></dl>')
    write(art(n), title, f'<div class="item-page"><h2>{esc(title)}</h2>{info}\n{body}</div>')


def attachments(rows: list[tuple[str, str, str]]) -> str:
    """A Joomla attachments block: (label, url, size)."""
    lis = "".join(f'<li><img src="/images/icons/file.png" alt=""> <a href="{u}">{esc(t)}</a> ({s})</li>'
                  for t, u, s in rows)
    return f'<div class="attachmentsContainer"><h4>ไฟล์แนบ :</h4><ul>{lis}</ul></div>'


def size(key: str) -> str:
    from _make_docs import fs_path

    return f"{os.path.getsize(fs_path(key)) / 1024:.0f} KB"


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d), title, body
    (120, (2025, 4, 22), "สรุปผลงานสงกรานต์ล้านนากว๊านพะเยา ประจำปี 2568",
     "ททท.สำนักงานเวียงกว๊าน ร่วมกับจังหวัดพะเยา จัดงานสงกรานต์ล้านนากว๊านพะเยา ระหว่างวันที่ 12 - 15 เมษายน 2568 มีผู้ร่วมงานกว่า 64,000 คน"),
    (119, (2025, 4, 3), "ต้อนรับคณะ Famtrip ตัวแทนบริษัทนำเที่ยวจากจีนตอนใต้",
     "วันที่ 1 - 3 เมษายน 2568 คณะตัวแทนบริษัทนำเที่ยวจากมณฑลยูนนาน 14 ราย สำรวจเส้นทางน่าน-ปัว-บ่อเกลือ"),
    (118, (2025, 3, 14), "ชวนเที่ยวชมดอกชมพูภูคา อุทยานแห่งชาติดอยภูคา",
     "ช่วงกลางเดือนกุมภาพันธ์ถึงมีนาคม ดอกชมพูภูคาบานสะพรั่ง นักท่องเที่ยวสอบถามข้อมูลได้ที่ ททท.สำนักงานเวียงกว๊าน"),
    (117, (2025, 1, 23), "ททท.สำนักงานเวียงกว๊าน จัดประชุมรับฟังความคิดเห็นผู้ประกอบการท่องเที่ยว เพื่อจัดทำแผนการตลาด ปี 2569",
     "วันที่ 23 มกราคม 2568 ณ ห้องประชุมโรงแรมกว๊านวิว ททท.สำนักงานเวียงกว๊าน เปิดเวทีรับฟังความคิดเห็นผู้ประกอบการท่องเที่ยว "
     "สมาคมการท่องเที่ยวจังหวัดพะเยาและน่าน ชุมชนท่องเที่ยว และหน่วยงานภาครัฐ รวม 58 คน</p><p>"
     "ที่ประชุมเสนอให้เพิ่มกิจกรรมท่องเที่ยวช่วงฤดูฝน (Green Season) เส้นทางจักรยานรอบกว๊าน และการตลาดออนไลน์ร่วมกับชุมชนไทลื้อ "
     "ข้อเสนอทั้งหมด 17 ข้อ จะนำไปบรรจุในร่างแผนการตลาด ปี 2569 และแจ้งผลกลับให้ผู้เข้าร่วมทราบภายในเดือนมิถุนายน 2568"),
    (116, (2025, 1, 8), "มอบรางวัลชุมชนท่องเที่ยวดีเด่นภาคเหนือตอนบน 2568",
     "ชุมชนบ้านหนองหล่มและชุมชนไทลื้อบ้านหนองบัว ได้รับรางวัลชุมชนท่องเที่ยวดีเด่น"),
    (115, (2024, 12, 20), "เปิดงานเทศกาลโคมล้านนากว๊านพะเยา 2568",
     "พิธีเปิดงานเทศกาลโคมล้านนากว๊านพะเยา 2568 ณ ริมกว๊านพะเยา ระหว่างวันที่ 20 - 31 ธันวาคม 2567"),
    (114, (2024, 12, 2), "ประชาสัมพันธ์ปฏิทินกิจกรรมท่องเที่ยวพะเยา-น่าน ไตรมาส 1/2568",
     "ททท.สำนักงานเวียงกว๊าน เผยแพร่ปฏิทินกิจกรรมท่องเที่ยว มกราคม - มีนาคม 2568"),
    (113, (2024, 11, 15), "ลอยกระทงกว๊านพะเยา ประจำปี 2567",
     "งานลอยกระทงกว๊านพะเยา วันที่ 15 พฤศจิกายน 2567 ชมขบวนกระทงสายและโคมลอยน้ำ"),
    (112, (2024, 10, 25), "อบรมมัคคุเทศก์ท้องถิ่นเมืองน่าน รุ่นที่ 3",
     "ผู้เข้ารับการอบรม 32 คน จากชุมชนในอำเภอปัวและอำเภอบ่อเกลือ"),
    (111, (2024, 10, 8), "ผู้อำนวยการ ททท.สำนักงานเวียงกว๊าน คนใหม่รับตำแหน่ง",
     "นางสาวรัชนีกร ศรีวงศ์ชัย เข้ารับตำแหน่งผู้อำนวยการ ททท.สำนักงานเวียงกว๊าน ตั้งแต่วันที่ 1 ตุลาคม 2567"),
    (110, (2024, 9, 12), "ส่งเสริมการท่องเที่ยวช่วง Green Season ปี 2567",
     "ชวนเที่ยวนาขั้นบันไดและน้ำตกในจังหวัดน่านช่วงฤดูฝน"),
    (109, (2024, 8, 20), "กิจกรรมวันแม่ร่วมกับชุมชนบ้านบัว",
     "พนักงาน ททท.สำนักงานเวียงกว๊าน ร่วมทำความสะอาดวัดและปลูกต้นไม้กับชุมชน"),
    (96, (2024, 7, 19), "อบรมเสริมสร้างจริยธรรมและการป้องกันการทุจริตแก่พนักงาน ประจำปี 2567",
     "วันที่ 19 กรกฎาคม 2567 ททท.สำนักงานเวียงกว๊าน จัดอบรมเสริมสร้างจริยธรรมตามประมวลจริยธรรมของพนักงาน ททท. "
     "และการป้องกันผลประโยชน์ทับซ้อน วิทยากรจากฝ่ายตรวจสอบภายใน ผู้เข้าร่วม 21 คน"),
    (108, (2024, 6, 5), "ชวนเที่ยววันสิ่งแวดล้อมโลก ปั่นจักรยานรอบกว๊าน",
     "กิจกรรมปั่นจักรยานรอบกว๊านพะเยา ระยะทาง 19 กิโลเมตร"),
    (103, (2024, 1, 24), "ประชุมรับฟังความคิดเห็นผู้ประกอบการท่องเที่ยว ปี 2567",
     "วันที่ 24 มกราคม 2567 ททท.สำนักงานเวียงกว๊าน จัดประชุมรับฟังความคิดเห็นผู้ประกอบการท่องเที่ยว 41 คน เพื่อจัดทำแผนการตลาด ปี 2568"),
    (102, (2023, 12, 18), "เทศกาลโคมล้านนากว๊านพะเยา 2567",
     "งานเทศกาลโคมล้านนากว๊านพะเยา 2567 ระหว่างวันที่ 18 - 31 ธันวาคม 2566"),
]
NEWS_PAGE = 10


def news_pages() -> None:
    for n, (y, m, day), title, body in NEWS:
        extra = ""
        if n == 117:
            extra = attachments([("หนังสือเชิญประชุม", doc("invite-68"), size("invite-68")),
                                 ("ภาพบรรยากาศการประชุม (Google Photos)", "https://photos.app.goo.gl/wkTatMeeting2568", "ลิงก์")])
        article(n, title, f"<p>{body}</p>{extra}", published=be(y, m, day), hits=120 + n * 3)
    for page, start in ((1, 0), (2, NEWS_PAGE)):
        rows = "\n".join(
            f'<tr><td><a href="{art(n)}">{esc(t)}</a></td><td>{be(*dt)}</td></tr>'
            for n, dt, t, _b in NEWS[start:start + NEWS_PAGE])
        nav = (f'<div class="pagination"><a href="{cat(9)}">1</a> <a href="{cat(9, NEWS_PAGE)}">2</a>'
               f' <span>หน้า {page} จาก 2</span></div>')
        write(cat(9, start), "ข่าวประชาสัมพันธ์",
              f'<h2>ข่าวประชาสัมพันธ์</h2><table class="category"><tr><th>หัวข้อ</th><th>วันที่</th></tr>\n{rows}</table>{nav}')


# ---------------------------------------------------------------- about, contact, services

def about_pages() -> None:
    article(1, "เกี่ยวกับ ททท.สำนักงานเวียงกว๊าน",
            "<p>การท่องเที่ยวแห่งประเทศไทย (ททท.) เป็นรัฐวิสาหกิจในสังกัดกระทรวงการท่องเที่ยวและกีฬา "
            "จัดตั้งขึ้นตามพระราชบัญญัติการท่องเที่ยวแห่งประเทศไทย พ.ศ. 2522 ททท.สำนักงานเวียงกว๊าน "
            "เป็นสำนักงานสาขาในภูมิภาคภาคเหนือ สังกัดฝ่ายบริหารสำนักงานภาคเหนือ รับผิดชอบพื้นที่จังหวัดพะเยาและน่าน</p>")
    article(2, "โครงสร้างองค์กร",
            '<p><img src="/images/org_chart.png" alt="แผนภูมิโครงสร้าง ททท.สำนักงานเวียงกว๊าน" width="560" height="260"></p>'
            "<p>ผังโครงสร้างการบริหารงาน ททท.สำนักงานเวียงกว๊าน (อยู่ภายใต้ ภูมิภาคภาคเหนือ · รองผู้ว่าการด้านตลาดในประเทศ · ผู้ว่าการ ททท. · คณะกรรมการ ททท.)</p>"
            "<ul><li>ผู้อำนวยการสำนักงาน<ul><li>งานบริหารทั่วไป (ธุรการ การเงิน พัสดุ บุคคล)</li>"
            "<li>งานส่งเสริมการตลาด (ตลาดในประเทศ ตลาดต่างประเทศ ประชาสัมพันธ์)</li>"
            "<li>งานท่องเที่ยวชุมชนและบริการข่าวสารนักท่องเที่ยว</li></ul></li></ul>"
            f'<p>ดูเพิ่มเติม : <a href="{art(3)}">อำนาจหน้าที่</a></p>')
    article(3, "อำนาจหน้าที่",
            "<p>ตามพระราชบัญญัติการท่องเที่ยวแห่งประเทศไทย พ.ศ. 2522 มาตรา 8 และคำสั่ง ททท. ว่าด้วยการแบ่งส่วนงาน "
            "ททท.สำนักงานเวียงกว๊าน มีอำนาจหน้าที่โดยสรุป ดังนี้</p><ol>"
            "<li>ส่งเสริมการท่องเที่ยวและอุตสาหกรรมท่องเที่ยวในพื้นที่จังหวัดพะเยาและน่าน</li>"
            "<li>เผยแพร่ข้อมูลข่าวสารและประชาสัมพันธ์แหล่งท่องเที่ยว เทศกาล และประเพณีในพื้นที่</li>"
            "<li>ให้บริการข้อมูลและอำนวยความสะดวกแก่นักท่องเที่ยว รับเรื่องราวร้องทุกข์ของนักท่องเที่ยว</li>"
            "<li>ประสานงานและสนับสนุนหน่วยงานภาครัฐ เอกชน และชุมชน ในการจัดกิจกรรมส่งเสริมการท่องเที่ยว</li>"
            "<li>ส่งเสริมการท่องเที่ยวโดยชุมชนและพัฒนาบุคลากรด้านการท่องเที่ยวในพื้นที่</li>"
            "<li>จัดทำแผนการตลาดและรายงานผลการดำเนินงานต่อภูมิภาคภาคเหนือ</li></ol>")
    staff = [("director", "นางสาวรัชนีกร ศรีวงศ์ชัย", "ผู้อำนวยการ ททท.สำนักงานเวียงกว๊าน", "0 5448 1207 ต่อ 101", "ratchaneekorn.s@tat-wk.example"),
             ("s1", "นายธนพล คำมูล", "หัวหน้างานบริหารทั่วไป", "0 5448 1207 ต่อ 102", "thanapon.k@tat-wk.example"),
             ("s2", "นางวิไลวรรณ ใจปัญญา", "หัวหน้างานส่งเสริมการตลาด", "0 5448 1207 ต่อ 103", "wilaiwan.j@tat-wk.example"),
             ("s3", "นายภูวเดช อินทร์แก้ว", "หัวหน้างานท่องเที่ยวชุมชน", "0 5448 1207 ต่อ 104", "phuwadet.i@tat-wk.example")]
    cards = "".join(f'<div class="person"><img src="/images/staff/{k}.png" alt="{esc(n)}" width="90" height="110">'
                    f"<p><b>{esc(n)}</b><br>{esc(p)}<br>โทร {t}<br>{e}</p></div>" for k, n, p, t, e in staff)
    article(4, "ผู้บริหาร", cards)
    article(5, "ติดต่อเรา",
            f"<p><b>{ORG}</b><br>88/9 ถนนเจ็ดยอดกว๊าน ตำบลเวียง อำเภอเมืองพะเยา จังหวัดพะเยา 56000</p>"
            "<p>โทรศัพท์ 0 5448 1207 โทรสาร 0 5448 1208<br>อีเมล tatwiangkwan@tat-wk.example<br>"
            "Facebook : ททท.สำนักงานเวียงกว๊าน<br>เวลาทำการ วันจันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
            '<p><a href="https://maps.google.com/?q=19.1662,99.9016">แผนที่ Google Maps</a></p>'
            '<iframe src="https://www.google.com/maps/embed?pb=wiangkwan" width="500" height="300"></iframe>')
    article(60, "E-Service ขอรับบริการออนไลน์",
            "<p>ผู้รับบริการสามารถขอรับสื่อประชาสัมพันธ์การท่องเที่ยว และยื่นหนังสือขอรับการสนับสนุนกิจกรรมได้ทางออนไลน์ ไม่ต้องเดินทางมาที่สำนักงาน</p>"
            '<form action="/eservice.php" method="post"><p>ชื่อ-นามสกุล <input name="name"></p>'
            '<p>หน่วยงาน/ชุมชน <input name="org"></p><p>โทรศัพท์ <input name="tel"> อีเมล <input name="email"></p>'
            '<p>ประเภทบริการ <select name="type"><option>ขอรับสื่อประชาสัมพันธ์ (แผ่นพับ แผนที่)</option>'
            "<option>ขอรับการสนับสนุนกิจกรรมส่งเสริมการท่องเที่ยว</option><option>ขอข้อมูลการท่องเที่ยว</option></select></p>"
            '<p>รายละเอียด <textarea name="detail"></textarea></p><p>แนบไฟล์ <input type="file" name="file"></p>'
            '<p><button type="submit">ส่งคำขอ</button></p></form>'
            '<p>หรือกรอกแบบฟอร์มผ่าน <a href="https://forms.gle/tatWiangKwanEservice">Google Form</a> · '
            f'<a href="{doc("service-manual")}">คู่มือการขอรับบริการ</a></p>')
    article(61, "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
            "<p>ผู้พบเห็นการทุจริตหรือประพฤติมิชอบของพนักงาน ททท.สำนักงานเวียงกว๊าน แจ้งได้ทางแบบฟอร์มนี้ ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
            '<form action="/complaint.php" method="post"><p>ชื่อผู้แจ้ง (ไม่ระบุก็ได้) <input name="name"></p>'
            '<p>ช่องทางติดต่อกลับ <input name="contact"></p><p>ผู้ถูกร้องเรียน/หน่วยงาน <input name="who"></p>'
            '<p>รายละเอียดเรื่องร้องเรียน <textarea name="detail"></textarea></p><p>หลักฐาน <input type="file" name="file"></p>'
            '<p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form>'
            "<p>ช่องทางอื่น : โทร 0 5448 1207 ต่อ 101 · อีเมล tatwiangkwan@tat-wk.example · ศูนย์รับเรื่องร้องเรียน ททท. สำนักงานใหญ่ 1672</p>"
            f'<p><a href="{doc("complaint-manual")}">แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>')
    article(90, "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
            + '<li><a href="/old/">เว็บไซต์เดิม</a></li></ul>')
    article(91, "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
            "<p>ททท.สำนักงานเวียงกว๊าน เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")


# ---------------------------------------------------------------- viewer articles, integrity pages

def viewer(n: int, title: str, key: str, drive: str, published: str) -> None:
    article(n, title,
            f'<iframe src="https://drive.google.com/file/d/{drive}/preview" width="640" height="820" allow="autoplay"></iframe>'
            f'<p class="dl"><a class="btn" href="{doc(key)}">ดาวน์โหลดไฟล์ ({size(key)})</a> · '
            f'<a href="https://drive.google.com/file/d/{drive}/view">เปิดใน Google Drive</a></p>',
            published=published, hits=412)


def integrity_pages() -> None:
    viewer(45, "รายงานประจำปี ททท.สำนักงานเวียงกว๊าน", "annual-67", "1aWkAnnualRpt67xQ", "20 พ.ย. 2567")
    viewer(46, "แผนปฏิบัติการป้องกันการทุจริต", "anti-plan-67", "1bWkAntiPlanQz", "16 ต.ค. 2566")
    viewer(47, "แผนยุทธศาสตร์ ททท.สำนักงานเวียงกว๊าน", "strat-6567", "1cWkStrategyPlN", "4 ต.ค. 2564")
    article(50, "นโยบาย No Gift Policy",
            "<p>ททท.สำนักงานเวียงกว๊าน ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) "
            "ขอความร่วมมือผู้ประกอบการและประชาชนงดให้ของขวัญแก่พนักงานทุกเทศกาล</p>"
            + attachments([("ประกาศนโยบาย No Gift Policy", doc("nogift-66"), size("nogift-66"))]),
            published="12 ธ.ค. 2567 (ปรับปรุง)", hits=233)
    article(51, "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม",
            f'<ul><li><a href="{doc("ethics-code")}">ข้อบังคับ ททท. ว่าด้วยประมวลจริยธรรมของพนักงาน</a></li>'
            f'<li>กิจกรรมขับเคลื่อนจริยธรรม : <a href="{art(96)}">อบรมเสริมสร้างจริยธรรมและการป้องกันการทุจริตแก่พนักงาน</a></li></ul>')


# ---------------------------------------------------------------- download categories

DOC_CATS = {
    21: ("แผนงานและงบประมาณ", [("แผนยุทธศาสตร์ ระยะ 3 ปี", "strat-6567"), ("แผนปฏิบัติการประจำปี 2568", "ap-68"),
                                ("แผนการใช้จ่ายงบประมาณ 2568", "budget-plan-68"),
                                ("แผนพัฒนาการท่องเที่ยวจังหวัดพะเยา", "prov-plan")]),
    22: ("รายงานผลการดำเนินงาน", [("รายงานประจำปี", "annual-67"), ("รายงานความก้าวหน้า รอบ 6 เดือน", "six-month-67"),
                                   ("ประกาศผู้ชนะ จ้างพิมพ์รายงานประจำปี", "print-notice")]),
    23: ("คู่มือ", [("คู่มือการปฏิบัติงาน งานสนับสนุนกิจกรรม", "work-manual"), ("คู่มือการขอรับบริการ", "service-manual"),
                    ("แนวปฏิบัติการจัดการเรื่องร้องเรียน", "complaint-manual")]),
    24: ("การบริหารทรัพยากรบุคคล", [("แผนพัฒนาบุคลากร", "hr-plan-67"), ("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", "hr-report-67"),
                                    ("สรุปผลการประเมินหลักสูตรการให้บริการนักท่องเที่ยว", "train-eval-68")]),
    25: ("คุณธรรมและความโปร่งใส", [("ประกาศ No Gift Policy", "nogift-66"), ("รายงานการรับทรัพย์สินฯ", "gift-report-67"),
                                   ("การประเมินความเสี่ยงการทุจริต", "risk-68"), ("(ร่าง) แผนป้องกันการทุจริต", "anti-plan-68-draft"),
                                   ("แผนปฏิบัติการป้องกันการทุจริต", "anti-plan-67"), ("รายงานผลการป้องกันการทุจริต", "anti-report-67"),
                                   ("ประมวลจริยธรรม", "ethics-code"), ("รายงานผลการจัดการความเสี่ยง", None)]),
    26: ("สถิติ", [("สถิติการให้บริการ", "service-stats"), ("สถิติเรื่องร้องเรียน", "complaint-stats")]),
}


def doc_cats() -> None:
    subs = "".join(f'<li><a href="{art(n)}">{esc(t)}</a></li>' for n, (t, _r) in DOC_CATS.items())
    write(cat(20), "เอกสารเผยแพร่", f"<h2>เอกสารเผยแพร่</h2><ul>{subs}</ul>")
    for n, (title, rows) in DOC_CATS.items():
        trs = []
        for i, (label, key) in enumerate(rows, 1):
            href = doc(key) if key else "/download.php?id=8"
            s = size(key) if key else "388 KB"
            trs.append(f'<tr><td>{i}</td><td>{esc(label)}</td><td><a href="{href}">ดาวน์โหลด</a></td><td>{s}</td></tr>')
        article(n, title, '<table class="docman"><tr><th>#</th><th>ชื่อเอกสาร</th><th>ไฟล์</th><th>ขนาด</th></tr>'
                + "".join(trs) + "</table>")


# ---------------------------------------------------------------- procurement (year selector)

PROC = {2568: [("proc-2410", 2024, 10), ("proc-2411", 2024, 11), ("proc-2412", 2024, 12), ("proc-2501", 2025, 1),
               ("proc-2503", 2025, 3)],
        2567: [("proc-2409", 2024, 9)]}


def selector(base: str, year: int, years: tuple[int, ...]) -> str:
    opts = "".join(f'<option value="{y}"{" selected" if y == year else ""}>ปีงบประมาณ {y}</option>' for y in years)
    links = " | ".join(f'<a href="{base}?year={y}">{y}</a>' for y in years)
    return (f'<form action="{base}" method="get" class="yearsel">เลือกปี <select name="year">{opts}</select>'
            f'<button type="submit">แสดง</button></form><p>{links}</p>')


def procurement() -> None:
    for year, rows in PROC.items():
        trs = "".join(
            f'<tr><td>{TH_MONTHS[m - 1]} {y + 543}</td><td><a href="{doc(k)}">สรุปผลการจัดซื้อจัดจ้าง (สขร.1) '
            f'เดือน{TH_MONTHS[m - 1]} {y + 543}</a></td><td>{size(k)}</td></tr>' for k, y, m in rows)
        note = "" if year == 2568 else '<p>ข้อมูลก่อนเดือนกันยายน 2567 ดูได้ที่ <a href="/old/">เว็บไซต์เดิม</a></p>'
        write(f"/procurement.php?year={year}", f"จัดซื้อจัดจ้าง ปีงบประมาณ {year}",
              f"<h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ {year}</h2>"
              + selector("/procurement.php", year, (2568, 2567))
              + f'<table class="list"><tr><th>เดือน</th><th>เรื่อง</th><th>ขนาด</th></tr>{trs}</table>{note}'
              + f'<p>รายงานประจำปี : <a href="{doc("proc-year-67")}">รายงานผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2567</a></p>')


# ---------------------------------------------------------------- ITA 2568 (one article per group), ITA 2567

GROUPS = {
    301: ("ตัวชี้วัดที่ 9.1 ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้าง / อำนาจหน้าที่", [("โครงสร้าง", art(2)), ("อำนาจหน้าที่", art(3))]),
        ("o2", "ผู้บริหาร", [("ข้อมูลผู้บริหาร", art(4))]),
        ("o3", "การติดต่อ", [("ติดต่อเรา", art(5))]),
        ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", cat(9))])]),
    302: ("ตัวชี้วัดที่ 9.2 การบริหารงานและการใช้จ่ายงบประมาณ (1)", [
        ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ ททท.สำนักงานเวียงกว๊าน", art(47))]),
        ("o6", "แผนปฏิบัติการและการใช้งบประมาณ", [("แผนปฏิบัติการ ปี 2568", doc("ap-68")),
                                                  ("แผนการใช้จ่ายงบประมาณ ปี 2568", doc("budget-plan-68")),
                                                  ("รายงานความก้าวหน้า รอบ 6 เดือน", doc("six-month-67"))]),
        ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานประจำปี", art(45)),
                                               ("รายงานผลการใช้จ่ายงบประมาณ", doc("budget-report-66"))])]),
    303: ("ตัวชี้วัดที่ 9.2 การบริหารงานและการใช้จ่ายงบประมาณ (2)", [
        ("o8", "คู่มือปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", doc("work-manual"))]),
        ("o9", "คู่มือบริการ", [("คู่มือการขอรับบริการ", doc("service-manual"))]),
        ("o10", "E-Service", [("ขอรับบริการออนไลน์", art(60))]),
        ("o11", "สถิติการให้บริการ", [("สถิติการให้บริการ 6 เดือน", doc("service-stats"))])]),
    304: ("ตัวชี้วัดที่ 9.3 การจัดซื้อจัดจ้าง", [
        ("o12", "รายการจัดซื้อจัดจ้างรายเดือน", [("สขร.1 รายเดือน", "/procurement.php?year=2568")]),
        ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานผลการจัดซื้อจัดจ้าง", doc("proc-year-67"))])]),
    305: ("ตัวชี้วัดที่ 9.4 การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("o14", "แผนบริหารและพัฒนาบุคลากร", [("แผนพัฒนาบุคลากร", doc("hr-plan-67"))]),
        ("o15", "รายงานผลการบริหารและพัฒนาบุคลากร", [("รายงานผล HR", doc("hr-report-67"))]),
        ("o16", "ประมวลจริยธรรม", [("ประมวลจริยธรรมและการขับเคลื่อน", art(51))])]),
    306: ("ตัวชี้วัดที่ 9.5 การส่งเสริมความโปร่งใส", [
        ("o17", "แนวปฏิบัติเรื่องร้องเรียน", [("แนวปฏิบัติ", doc("complaint-manual"))]),
        ("o18", "ช่องทางร้องเรียน", [("แจ้งเรื่องร้องเรียนออนไลน์", art(61))]),
        ("o19", "สถิติเรื่องร้องเรียน", [("สถิติเรื่องร้องเรียน", doc("complaint-stats"))]),
        ("o20", "การมีส่วนร่วม", [("ประชุมรับฟังความคิดเห็นผู้ประกอบการ", art(117))])]),
    307: ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", [
        ("o21", "No Gift Policy", [("นโยบายไม่รับของขวัญ", art(50))]),
        ("o22", "รายงานการรับของขวัญ", [("รายงานการรับทรัพย์สินฯ", doc("gift-report-67"))]),
        ("o23", "ประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยง", doc("risk-68"))]),
        ("o24", "รายงานการจัดการความเสี่ยง", [("รายงานผล", "/download.php?id=8")]),
        ("o25", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต", art(46))]),
        ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานผล", doc("anti-report-67"))])]),
}


def ita_pages() -> None:
    for n, (title, rows) in GROUPS.items():
        thai = n == 307
        trs = []
        for code, label, links in rows:
            cells = "<br>".join(f'<a href="{u}">{esc(t.translate(THAI) if thai else t)}</a>' for t, u in links)
            trs.append(f"<tr><td>{code.translate(THAI) if thai else code}</td>"
                       f"<td>{esc(label.translate(THAI) if thai else label)}</td><td>{cells}</td></tr>")
        head = f"ITA 2568 {title}"
        article(n, head.translate(THAI) if thai else head,
                '<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ข้อมูล</th></tr>' + "".join(trs) + "</table>"
                + '<p><a href="/ita.php?year=2568">กลับหน้า ITA</a></p>')
    groups = "".join(f'<li><a href="{art(n)}">{esc(t)}</a></li>' for n, (t, _r) in GROUPS.items())
    write("/ita.php?year=2568", "ITA 2568",
          "<h2>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี 2568</h2>"
          + selector("/ita.php", 2568, (2568, 2567))
          + f"<p>แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) แยกตามตัวชี้วัด</p><ul>{groups}</ul>")
    old = [("o5", "แผนยุทธศาสตร์", doc("strat-6567")), ("o6", "รายงานความก้าวหน้า 6 เดือน", doc("six-month-67")),
           ("o7", "รายงานผลการใช้จ่ายงบประมาณ", doc("budget-report-66")),
           ("o12", "สขร.1", "/procurement.php?year=2567"), ("o14", "แผนพัฒนาบุคลากร", doc("hr-plan-67")),
           ("o21", "No Gift Policy", doc("nogift-66")), ("o25", "แผนป้องกันการทุจริต", doc("anti-plan-67")),
           ("o26", "ITA 2566 (เว็บไซต์เดิม)", "/old/index.php?p=112")]
    trs = "".join(f'<tr><td>{c}</td><td><a href="{u}">{esc(t)}</a></td></tr>' for c, t, u in old)
    write("/ita.php?year=2567", "ITA 2567",
          "<h2>ITA ประจำปี 2567</h2>" + selector("/ita.php", 2567, (2568, 2567))
          + f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th></tr>{trs}</table>')


# ---------------------------------------------------------------- the old WordPress copy under /old/

def old_layout(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; TAT Wiang Kwan</title>
<link rel="stylesheet" href="/old/wp-content/themes/travelista/style.css"></head>
<body class="home blog"><div id="masthead"><h1 class="site-title"><a href="/old/">ททท. สำนักงานเวียงกว๊าน</a></h1>
<nav><a href="/old/">หน้าแรก</a> <a href="/old/index.php?p=98">ข่าว</a> <a href="/old/index.php?p=112">ITA</a>
<a href="/old/index.php?p=131">เอกสาร</a></nav></div>
<div id="primary">{body}</div>
<aside id="secondary"><section class="widget"><h2>เรื่องล่าสุด</h2><a href="/old/index.php?p=131">รายงานการใช้จ่ายงบประมาณ 2566</a></section></aside>
<footer id="colophon">© 2566 TAT Wiang Kwan · Powered by WordPress</footer></body></html>
"""


def old_site() -> None:
    write("/old/", "หน้าแรก", '<article><h2><a href="/old/index.php?p=131">รายงานผลการใช้จ่ายงบประมาณประจำปี 2566</a></h2>'
          '<p>2 พฤศจิกายน 2566</p></article><article><h2><a href="/old/index.php?p=98">เทศกาลโคมล้านนา 2566</a></h2></article>',
          page=old_layout)
    write("/old/index.php?p=131", "รายงานผลการใช้จ่ายงบประมาณประจำปี 2566",
          f'<article><h2>รายงานผลการใช้จ่ายงบประมาณประจำปี 2566</h2><p>โพสต์เมื่อ 2 พฤศจิกายน 2566</p>'
          f'<p><a href="{doc("budget-report-66")}">budget-report-2566.pdf</a></p></article>', page=old_layout)
    write("/old/index.php?p=112", "ITA 2566",
          '<article><h2>ITA 2566</h2><ul><li><a href="/old/wp-content/uploads/2023/03/ita2566-o7.pdf">o7 รายงานผลการดำเนินงาน 2565</a></li>'
          f'<li><a href="{doc("budget-report-66")}">รายงานผลการใช้จ่ายงบประมาณ 2566</a></li></ul></article>', page=old_layout)
    write("/old/index.php?p=98", "เทศกาลโคมล้านนา 2566",
          "<article><h2>เทศกาลโคมล้านนากว๊านพะเยา 2566</h2><p>ธันวาคม 2565 ริมกว๊านพะเยา</p></article>", page=old_layout)


# ---------------------------------------------------------------- home, assets

def home() -> None:
    latest = "".join(f'<li><a href="{art(n)}">{esc(t)}</a> <small>{be(*dt)}</small></li>' for n, dt, t, _b in NEWS[:5])
    body = (f'<div class="slideshow"><img src="/images/banner_kwan.png" alt="กว๊านพะเยา" width="700" height="120"></div>'
            f'<h2>ข่าวล่าสุด</h2><ul>{latest}</ul><p><a href="{cat(9)}">ข่าวทั้งหมด</a></p>'
            '<div class="banners"><a href="/ita.php?year=2568"><img src="/images/ita2568.png" alt="ITA 2568" width="200" height="60"></a> '
            f'<a href="{art(50)}">No Gift Policy</a> · <a href="{art(45)}">รายงานประจำปี</a></div>')
    write("/", "หน้าแรก", body)


def assets() -> None:
    import io

    from PIL import Image

    def png(path: str, w: int, h: int, shade: int) -> None:
        buf = io.BytesIO()
        Image.new("L", (w, h), shade).save(buf, format="PNG", optimize=True)
        target = os.path.join(HERE, path.lstrip("/"))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as fh:
            fh.write(buf.getvalue())

    for p, w, h, s in [("/images/logo_tat.png", 120, 48, 90), ("/images/banner_kwan.png", 70, 12, 160),
                       ("/images/ita2568.png", 40, 12, 200), ("/images/icons/file.png", 16, 16, 60)]:
        png(p, w, h, s)
    for k in ("director", "s1", "s2", "s3"):
        png(f"/images/staff/{k}.png", 45, 55, 180)
    for css, text in [("/templates/tat_wk/css/template.css", "body{font-family:Tahoma}#left{float:left;width:220px}\n"),
                      ("/old/wp-content/themes/travelista/style.css", "/* Theme Name: Travelista */\nbody{margin:0}\n")]:
        target = os.path.join(HERE, css.lstrip("/"))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as fh:
            fh.write(text)


def main() -> None:
    assets()
    home()
    about_pages()
    news_pages()
    integrity_pages()
    doc_cats()
    procurement()
    ita_pages()
    old_site()


if __name__ == "__main__":
    main()
