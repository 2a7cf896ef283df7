"""Generate the HTML pages of the "citymuni" test site (เทศบาลเมืองศรีวารินทร์).

Run:  python tests/sites/citymuni/_make_pages.py   (the files it links come from _make_docs.py)

A Thai local-government web template: a top mega-menu built from plain <div>s (no <nav>, no
lists), category pages /content/category/<slug>/ and posts /content/detail/<id>/, a news list
with pagination (/content/category/news/page/2/), a "ศูนย์ข้อมูลข่าวสาร" page, uploads under
/uploads/YYYY/MM/<13 hex>.<ext>, served as folder/index.html. Every page repeats the top bar
(Thai date, font-size buttons), the mega-menu, a quick-link strip, the footer (address, phone,
e-mail, visitor counter) and a cookie bar. Post dates are "22 ม.ค. 2569". UTF-8.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import FILES  # noqa: E402

ORG = "เทศบาลเมืองศรีวารินทร์"
ITA = "/content/category/ita-2569/"
ITA_OLD = "/content/category/ita-2568/"  # last year's page, still online
F = FILES


def cat(slug: str) -> str:
    return f"/content/category/{slug}/"


def post(n: int) -> str:
    return f"/content/detail/{n}/"


MENU = [  # (heading, [(text, href)])
    ("หน้าหลัก", [("หน้าหลัก", "/")]),
    ("เกี่ยวกับเทศบาล", [("สภาพทั่วไปและข้อมูลพื้นฐาน", cat("general")), ("คำแถลงนโยบายนายกเทศมนตรี", cat("mayor-policy")),
                         ("โครงสร้างส่วนราชการ", cat("structure")), ("อำนาจหน้าที่", cat("authority")),
                         ("คณะผู้บริหาร", cat("executives")), ("สมาชิกสภาเทศบาล", cat("council")),
                         ("บุคลากร", cat("personnel"))]),
    ("แผนงาน/งบประมาณ", [("แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", cat("plan")),
                          ("การบริหารทรัพยากรบุคคล", cat("hr"))]),
    ("ข่าวสาร", [("ข่าวประชาสัมพันธ์", cat("news")), ("ศูนย์ข้อมูลข่าวสาร", cat("infocenter")),
                 ("ประกาศจัดซื้อจัดจ้าง", cat("procurement"))]),
    ("บริการประชาชน", [("คู่มือสำหรับประชาชน", cat("citizen-manual")), ("E-Service", cat("eservice")),
                       ("กระดานถาม-ตอบ", cat("webboard")), ("กฎหมายที่เกี่ยวข้อง", cat("laws"))]),
    ("คุณธรรมและความโปร่งใส", [("ITA 2569", ITA), ("ส่งเสริมคุณธรรมและป้องกันการทุจริต", cat("integrity")),
                               ("ร้องเรียนการทุจริตและประพฤติมิชอบ", cat("complaint")),
                               ("สถิติเรื่องร้องเรียน", cat("complaint-stat"))]),
    ("ติดต่อเรา", [("ติดต่อเทศบาล", cat("contact"))]),
]


def megamenu() -> str:
    cols = []
    for head, links in MENU:
        inner = "".join(f'<div class="mm-link"><a href="{h}">{html.escape(t)}</a></div>' for t, h in links)
        cols.append(f'<div class="mm-item"><div class="mm-title">{head}</div><div class="mm-panel">{inner}</div></div>')
    return '<div class="megamenu" id="mainmenu">' + "".join(cols) + "</div>"


HEAD = """<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - {org}</title>
<link rel="stylesheet" href="/assets/css/lgtemplate.css">
</head><body>
<div class="topbar"><div class="container"><span class="today">วันพฤหัสบดีที่ 23 เมษายน 2569</span>
<span class="fontsize">ขนาดตัวอักษร <a href="#" data-size="-1">ก-</a> <a href="#" data-size="0">ก</a> <a href="#" data-size="1">ก+</a></span>
<form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="ค้นหา..."><button>ค้นหา</button></form></div></div>
<div class="header"><div class="container"><a href="/"><img src="/assets/img/logo.png" alt="ตราสัญลักษณ์" width="64" height="64"></a>
<div class="sitename"><div class="th">{org}</div><div class="en">Sriwarin Town Municipality</div>
<div class="addr">อำเภอนาคูหา จังหวัดอุดรธานี</div></div></div></div>
{menu}
<div class="quickbar"><div class="container">
<a class="qk" href="{eservice}">E-Service</a> <a class="qk" href="{complaint}">แจ้งเรื่องร้องเรียนการทุจริต</a>
<a class="qk" href="{ita}">ITA 2569</a> <a class="qk" href="https://www.gprocurement.go.th/" target="_blank">e-GP</a>
<a class="qk" href="https://www.nacc.go.th/" target="_blank">สำนักงาน ป.ป.ช.</a></div></div>
<div class="breadcrumb"><div class="container"><a href="/">หน้าหลัก</a> &gt; {crumb}</div></div>
<div class="container"><div class="content-main">
"""

FOOT = """</div></div>
<div class="footer"><div class="container">
<div class="ft-col"><div class="ft-title">{org}</div>
<div>เลขที่ 99 หมู่ 1 ถนนศรีวารินทร์ ตำบลศรีวารินทร์ อำเภอนาคูหา จังหวัดอุดรธานี 41370</div>
<div>โทรศัพท์ 0 4220 7111 โทรสาร 0 4220 7112</div>
<div>อีเมล saraban@sriwarin.go.th</div></div>
<div class="ft-col"><div class="ft-title">เวลาทำการ</div><div>จันทร์ – ศุกร์ 08.30 – 16.30 น. (เว้นวันหยุดราชการ)</div></div>
<div class="ft-col"><div class="ft-title">สถิติผู้เข้าชม</div><div>วันนี้ 214</div><div>ทั้งหมด 1,284,906</div></div>
<div class="copyright">สงวนลิขสิทธิ์ © 2569 {org} | <a href="/content/category/privacy/">นโยบายความเป็นส่วนตัว</a> |
พัฒนาโดย LocalGov Web Template v3.2</div></div></div>
<div class="cookie-consent" id="cookieConsent">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน
<a href="/content/category/privacy/">อ่านเพิ่มเติม</a> <button type="button">ยอมรับ</button></div>
</body></html>
"""


def write(url: str, title: str, body: str, crumb: str | None = None) -> None:
    path = os.path.join(HERE, url.strip("/"), "index.html")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    page = HEAD.format(title=html.escape(title), org=ORG, menu=megamenu(), eservice=cat("eservice"),
                       complaint=cat("complaint"), ita=ITA, crumb=crumb or html.escape(title))
    page += f'<div class="page-title">{html.escape(title)}</div>\n{body}\n' + FOOT.format(org=ORG)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(page)


def filerow(text: str, href: str, date: str, size: str = "") -> str:
    icon = href.rsplit(".", 1)[-1].upper() if "/uploads/" in href else "LINK"
    return (f'<div class="file-row"><span class="ico">{icon}</span> <a href="{href}" target="_blank">{text}</a>'
            f' <span class="date">{date}</span> <span class="size">{size}</span></div>')


# ------------------------------------------------------------------ news
NEWS = [  # id, date, title, image, body (HTML)
    (1458, "18 เม.ย. 2569", "ประชาสัมพันธ์ รณรงค์ป้องกันโรคไข้เลือดออก ช่วงฤดูฝน 2569", None,
     "<p>กองสาธารณสุขและสิ่งแวดล้อม ขอความร่วมมือประชาชนทั้ง 14 ชุมชน กำจัดแหล่งเพาะพันธุ์ยุงลายตามหลัก 3 เก็บ"
     " ป้องกัน 3 โรค ทุกวันศุกร์ เจ้าหน้าที่จะออกพ่นหมอกควันตามตารางที่แจ้งในแต่ละชุมชน</p>"),
    (1452, "27 มี.ค. 2569", "การประชุมพนักงานเทศบาลประจำเดือนมีนาคม 2569", "/uploads/2026/03/news-meeting.jpg",
     "<p>วันที่ 27 มีนาคม 2569 นางสาวกัลยา บุญมาก ปลัดเทศบาลเมืองศรีวารินทร์ เป็นประธานการประชุมพนักงานเทศบาล"
     " ลูกจ้าง และพนักงานจ้าง ประจำเดือนมีนาคม 2569 ณ ห้องประชุมสภาเทศบาล มีวาระสำคัญดังนี้</p>"
     "<p>1. การเตรียมงานประเพณีสงกรานต์ 2569 มอบสำนักปลัดเทศบาลประสานทุกชุมชน</p>"
     "<p>2. การเบิกจ่ายงบประมาณไตรมาสที่ 2 ให้ทุกกองเร่งรัดโครงการที่ยังไม่ก่อหนี้ผูกพัน</p>"
     "<p>3. ปลัดเทศบาลแจ้งว่า รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต ประจำปีงบประมาณ 2568"
     " ยังไม่ได้จัดทำ ขอให้ทุกกองส่งผลการดำเนินการตามมาตรการควบคุมความเสี่ยงของปีที่ผ่านมาให้สำนักปลัดเทศบาล"
     "ภายในวันที่ 30 เมษายน 2569 เพื่อรวบรวมจัดทำรายงานเสนอนายกเทศมนตรีต่อไป</p>"
     "<p>4. การสำรวจความพึงพอใจผู้รับบริการ ให้ทุกจุดบริการวางแบบสอบถามตลอดเดือนเมษายน</p>"),
    (1447, "16 ก.พ. 2569", "ประชาคมเมือง ทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2569", "/uploads/2026/02/news-prachakhom.jpg",
     "<p>ระหว่างวันที่ 9 – 13 กุมภาพันธ์ 2569 เทศบาลเมืองศรีวารินทร์ จัดเวทีประชาคมเมืองเพื่อรับฟังความคิดเห็น"
     "และให้ประชาชนมีส่วนร่วมเสนอโครงการในการทบทวนแผนพัฒนาท้องถิ่น ครบทั้ง 14 ชุมชน มีประชาชน ผู้นำชุมชน"
     " และ อสม. เข้าร่วมรวม 326 คน ที่ประชุมเสนอโครงการ 41 โครงการ เช่น ถนน คสล. ไฟฟ้าส่องสว่าง"
     " และลานกีฬาชุมชน เทศบาลจะนำข้อเสนอเข้าสู่การพิจารณาของคณะกรรมการพัฒนาเทศบาล"
     " และแจ้งผลการพิจารณาให้ชุมชนทราบผ่านประธานชุมชนและเว็บไซต์</p>"
     "<p>สรุปผู้เข้าร่วม : 9 ก.พ. ชุมชนโนนสะอาด หนองแวง ศรีสุข (78 คน) / 10 ก.พ. ชุมชนบ้านกลาง ท่าแร่ คุ้มวัด (71 คน)"
     " / 11 ก.พ. ชุมชนหนองบัว โพธิ์ทอง (52 คน) / 12 ก.พ. ชุมชนสามัคคี ดอนแก้ว ทุ่งสว่าง (69 คน)"
     " / 13 ก.พ. ชุมชนหัวฝาย ตลาดเก่า นาคำ (56 คน)</p>"),
    (1439, "23 ม.ค. 2569", "โครงการอบรมคุณธรรมจริยธรรมและการป้องกันการทุจริต ประจำปีงบประมาณ 2569",
     "/uploads/2026/01/news-ethics.jpg",
     "<p>วันที่ 22 มกราคม 2569 นายธนพล ศรีสุวรรณ นายกเทศมนตรีเมืองศรีวารินทร์ เปิดโครงการอบรมคุณธรรมจริยธรรม"
     "และการป้องกันการทุจริต ประจำปีงบประมาณ 2569 ให้แก่ผู้บริหาร สมาชิกสภาเทศบาล พนักงานเทศบาล ลูกจ้าง"
     " และพนักงานจ้าง จำนวน 138 คน เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล ปลูกฝังการแยกแยะประโยชน์ส่วนตน"
     "และประโยชน์ส่วนรวม วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดอุดรธานี บรรยายเรื่องมาตรฐานทางจริยธรรม"
     "และตัวอย่าง Do's &amp; Don'ts ในการปฏิบัติงาน</p>"),
    (1436, "10 ม.ค. 2569", "งานวันเด็กแห่งชาติ ประจำปี 2569", "/uploads/2026/01/news-childday.jpg",
     "<p>เทศบาลเมืองศรีวารินทร์จัดงานวันเด็กแห่งชาติ ประจำปี 2569 ณ สนามกีฬาเทศบาล มีเด็กและผู้ปกครองร่วมงาน"
     "กว่า 1,500 คน ภายในงานมีกิจกรรมเกมส์ การแสดงของนักเรียนโรงเรียนเทศบาล และการมอบทุนการศึกษา</p>"),
    (1421, "6 พ.ย. 2568", "ประเพณีลอยกระทง ประจำปี 2568", "/uploads/2025/11/news-loykrathong.jpg",
     "<p>วันที่ 5 พฤศจิกายน 2568 เทศบาลเมืองศรีวารินทร์ร่วมกับชุมชนจัดงานประเพณีลอยกระทง ณ หนองศรีวารินทร์"
     " มีการประกวดกระทงประดิษฐ์และนางนพมาศ ประชาชนร่วมงานจำนวนมาก</p>"),
    (1412, "15 ต.ค. 2568", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569", None,
     "<p>กองคลังขอเชิญชวนผู้มีหน้าที่เสียภาษีที่ดินและสิ่งปลูกสร้าง ชำระภาษีประจำปี 2569 ได้ที่งานพัฒนาและจัดเก็บรายได้"
     " หรือชำระผ่าน QR Code ภายในเดือนเมษายน 2569 เพื่อหลีกเลี่ยงเบี้ยปรับและเงินเพิ่ม</p>"),
    (1409, "2 ต.ค. 2568", "พิธีเปิดศูนย์บริการประชาชนแบบเบ็ดเสร็จ (One Stop Service)", None,
     "<p>วันที่ 1 ตุลาคม 2568 เทศบาลเปิดศูนย์บริการประชาชนแบบเบ็ดเสร็จ ณ ชั้น 1 อาคารสำนักงาน"
     " ให้บริการรับชำระภาษี ขออนุญาตก่อสร้าง และลงทะเบียนเบี้ยยังชีพ ณ จุดเดียว</p>"),
    # page 2: FY2568
    (1398, "12 ก.ย. 2568", "ประชาสัมพันธ์รับสมัครเด็กเข้าศูนย์พัฒนาเด็กเล็ก ภาคเรียนที่ 2/2568", None,
     "<p>ศูนย์พัฒนาเด็กเล็กเทศบาลเมืองศรีวารินทร์ รับสมัครเด็กอายุ 2 – 3 ปี ตั้งแต่วันที่ 15 – 30 กันยายน 2568</p>"),
    (1384, "20 ส.ค. 2568", "กิจกรรมจิตอาสาพัฒนา ทำความสะอาดหนองศรีวารินทร์", None,
     "<p>ผู้บริหาร พนักงาน และจิตอาสาร่วมกันเก็บขยะและวัชพืชรอบหนองศรีวารินทร์ จำนวน 210 คน</p>"),
    (1371, "17 ก.ค. 2568", "โครงการอบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2568 (รุ่นที่ 2)", None,
     "<p>เทศบาลจัดอบรมคุณธรรมจริยธรรมให้พนักงานจ้าง รุ่นที่ 2 จำนวน 64 คน ณ ห้องประชุมสภาเทศบาล</p>"),
    (1355, "3 มิ.ย. 2568", "ประชุมคณะกรรมการพัฒนาเทศบาล พิจารณาร่างแผนพัฒนาท้องถิ่น เพิ่มเติม ฉบับที่ 2", None,
     "<p>คณะกรรมการพัฒนาเทศบาลประชุมพิจารณาร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570) เพิ่มเติม ฉบับที่ 2"
     f' เมื่อวันที่ 20 พฤษภาคม 2568 <a href="{F["plan_minutes"]}">ดาวน์โหลดรายงานการประชุม</a></p>'),
]


def news_pages() -> None:
    def card(n, date, title, img, _body):
        pic = f'<img src="{img}" alt="" width="240" height="160">' if img else '<img src="/assets/img/logo.png" alt="" width="64">'
        return (f'<div class="news-card"><div class="thumb"><a href="{post(n)}">{pic}</a></div>'
                f'<div class="news-title"><a href="{post(n)}">{title}</a></div>'
                f'<div class="news-meta">วันที่ {date} | อ่าน {(n * 37) % 400 + 40} ครั้ง</div></div>')

    first, second = NEWS[:8], NEWS[8:]
    pager1 = ('<div class="pagination"><span class="current">1</span> <a href="/content/category/news/page/2/">2</a>'
              ' <a href="/content/category/news/page/2/">ถัดไป »</a></div>')
    pager2 = ('<div class="pagination"><a href="/content/category/news/">« ก่อนหน้า</a> <a href="/content/category/news/">1</a>'
              ' <span class="current">2</span></div>')
    write(cat("news"), "ข่าวประชาสัมพันธ์", '<div class="news-grid">' + "".join(card(*x) for x in first) + "</div>" + pager1)
    write("/content/category/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)",
          '<div class="news-grid">' + "".join(card(*x) for x in second) + "</div>" + pager2,
          crumb='<a href="/content/category/news/">ข่าวประชาสัมพันธ์</a> &gt; หน้า 2')
    for n, date, title, img, body in NEWS:
        pic = f'<div class="detail-img"><img src="{img}" alt="{title}" width="480" height="320"></div>' if img else ""
        write(post(n), title, f'<div class="detail-meta">โพสต์เมื่อ {date} โดย งานประชาสัมพันธ์</div>{pic}'
              f'<div class="detail-body">{body}</div>'
              '<div class="share">แชร์ : <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a> <a href="https://line.me/R/msg/text/">LINE</a></div>',
              crumb='<a href="/content/category/news/">ข่าวประชาสัมพันธ์</a> &gt; รายละเอียดข่าว')


# ------------------------------------------------------------------ home
def home() -> None:
    latest = "".join(f'<div class="hl-item"><a href="{post(n)}">{t}</a> <span class="date">{d}</span></div>'
                     for n, d, t, _i, _b in NEWS[:5])
    body = f"""<div class="slide"><img src="/uploads/2026/02/news-prachakhom.jpg" alt="ประชาคมเมือง 2569" width="240"></div>
<div class="box"><div class="box-title">ข่าวประชาสัมพันธ์</div>{latest}
<div class="more"><a href="/content/category/news/">ดูทั้งหมด</a></div></div>
<div class="box"><div class="box-title">ประกาศจัดซื้อจัดจ้าง</div>
<div class="hl-item"><a href="/content/category/procurement/">ประกาศเชิญชวน/ประกาศผู้ชนะ และสรุปผลจัดซื้อจัดจ้างรายเดือน</a></div>
<div class="more"><a href="/content/category/procurement/">ดูทั้งหมด</a></div></div>
<div class="box"><div class="box-title">บริการออนไลน์</div>
<div class="hl-item"><a href="{cat('eservice')}">ยื่นคำร้องออนไลน์ (E-Service)</a></div>
<div class="hl-item"><a href="{cat('citizen-manual')}">คู่มือสำหรับประชาชน</a></div>
<div class="hl-item"><a href="{cat('webboard')}">กระดานถาม-ตอบ</a></div></div>
<div class="banner-row"><a href="{ITA}"><img src="/assets/img/logo.png" alt="ITA" width="64"> การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปี 2569</a>
<a href="{cat('infocenter')}">ศูนย์ข้อมูลข่าวสารอิเล็กทรอนิกส์</a></div>"""
    write("/", "หน้าหลัก", body, crumb="หน้าหลัก")


# ------------------------------------------------------------------ about pages
PEOPLE = [
    ("mayor", "นายธนพล ศรีสุวรรณ", "นายกเทศมนตรีเมืองศรีวารินทร์", "08 1872 4410"),
    ("deputy1", "นายประยูร คำแสน", "รองนายกเทศมนตรี", "08 9513 2207"),
    ("deputy2", "นายวีระ พรหมมา", "รองนายกเทศมนตรี", "08 6241 9935"),
    ("deputy3", "นางพิมพ์ใจ ศรีบุญเรือง", "รองนายกเทศมนตรี", "09 2330 5184"),
    ("palad", "นางสาวกัลยา บุญมาก", "ปลัดเทศบาลเมืองศรีวารินทร์", "0 4220 7101"),
]


def about() -> None:
    write(cat("general"), "สภาพทั่วไปและข้อมูลพื้นฐาน", """<div class="detail-body">
<p><b>ที่ตั้ง</b> เทศบาลเมืองศรีวารินทร์ ตั้งอยู่ทางทิศเหนือของอำเภอนาคูหา ห่างจากจังหวัดอุดรธานี ประมาณ 48 กิโลเมตร</p>
<p><b>เนื้อที่</b> 18.6 ตารางกิโลเมตร หรือประมาณ 11,625 ไร่ แบ่งเป็น 14 ชุมชน</p>
<p><b>ประชากร</b> 21,377 คน ชาย 10,402 คน หญิง 10,975 คน จำนวนครัวเรือน 8,104 ครัวเรือน (ข้อมูล ณ ธันวาคม 2568)</p>
<p><b>สภาพเศรษฐกิจ</b> ประชาชนส่วนใหญ่ประกอบอาชีพค้าขาย รับจ้าง และเกษตรกรรม มีตลาดสดเทศบาล 1 แห่ง</p>
<p><b>การศึกษา</b> โรงเรียนสังกัดเทศบาล 2 แห่ง ศูนย์พัฒนาเด็กเล็ก 1 แห่ง</p>
<p><b>ประวัติ</b> ยกฐานะจากสุขาภิบาลศรีวารินทร์เป็นเทศบาลตำบลเมื่อ พ.ศ. 2542 และเป็นเทศบาลเมืองเมื่อ พ.ศ. 2555</p></div>""")
    write(cat("mayor-policy"), "คำแถลงนโยบายของนายกเทศมนตรีเมืองศรีวารินทร์", """<div class="detail-body">
<p>นายธนพล ศรีสุวรรณ นายกเทศมนตรีเมืองศรีวารินทร์ แถลงนโยบายต่อสภาเทศบาลเมืองศรีวารินทร์ เมื่อวันที่ 28 มิถุนายน 2567 ดังนี้</p>
<p>1. นโยบายด้านโครงสร้างพื้นฐาน ก่อสร้างและปรับปรุงถนน ท่อระบายน้ำ และไฟฟ้าส่องสว่างให้ครบทุกชุมชน</p>
<p>2. นโยบายด้านเศรษฐกิจ ส่งเสริมตลาดชุมชนและสินค้าท้องถิ่น</p>
<p>3. นโยบายด้านคุณภาพชีวิต ดูแลผู้สูงอายุ ผู้พิการ และเด็กเล็ก ยกระดับคุณภาพการศึกษาของโรงเรียนเทศบาล</p>
<p>4. นโยบายด้านสิ่งแวดล้อม ลดขยะต้นทาง เพิ่มพื้นที่สีเขียว</p>
<p>5. นโยบายด้านการบริหาร บริหารงานด้วยความโปร่งใส ตรวจสอบได้ เปิดโอกาสให้ประชาชนมีส่วนร่วม และพัฒนาบุคลากรอย่างต่อเนื่อง</p>
<p>ทั้งนี้ จะนำนโยบายข้างต้นไปบรรจุในแผนพัฒนาท้องถิ่นและเทศบัญญัติงบประมาณรายจ่ายประจำปีต่อไป</p></div>""")
    write(cat("structure"), "โครงสร้างส่วนราชการ", """<div class="detail-body">
<p><img src="/uploads/2025/11/org-chart-2569.png" alt="แผนภูมิโครงสร้างเทศบาลเมืองศรีวารินทร์" width="800" height="440"></p>
<p><b>ฝ่ายนิติบัญญัติ</b> : สภาเทศบาลเมืองศรีวารินทร์ สมาชิก 18 คน (ประธานสภา รองประธานสภา และสมาชิก)</p>
<p><b>ฝ่ายบริหาร</b> : นายกเทศมนตรี รองนายกเทศมนตรี 3 คน เลขานุการนายกเทศมนตรี และที่ปรึกษานายกเทศมนตรี</p>
<p><b>ฝ่ายประจำ</b> : ปลัดเทศบาล รองปลัดเทศบาล 2 คน สำนักปลัดเทศบาล กองคลัง กองช่าง กองการศึกษา
กองสาธารณสุขและสิ่งแวดล้อม และหน่วยตรวจสอบภายใน</p>
<p>ที่มา : ประกาศคณะกรรมการพนักงานเทศบาลจังหวัดอุดรธานี แผนอัตรากำลัง 3 ปี (พ.ศ. 2567 – 2569)</p></div>""")
    write(cat("authority"), "อำนาจหน้าที่ของเทศบาลเมือง", """<div class="detail-body">
<p>ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 และที่แก้ไขเพิ่มเติม และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 สรุปได้ดังนี้</p>
<p><b>หน้าที่ที่ต้องทำ (มาตรา 53 และ 50)</b></p>
<p>(1) รักษาความสงบเรียบร้อยของประชาชน (2) ให้มีและบำรุงทางบกและทางน้ำ (3) รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ
รวมทั้งการกำจัดมูลฝอย (4) ป้องกันและระงับโรคติดต่อ (5) ให้มีเครื่องใช้ในการดับเพลิง (6) ให้ราษฎรได้รับการศึกษาอบรม
(7) ให้มีน้ำสะอาดหรือการประปา (8) ให้มีโรงฆ่าสัตว์ (9) ให้มีและบำรุงทางระบายน้ำ (10) ให้มีและบำรุงส้วมสาธารณะ
(11) ให้มีและบำรุงการไฟฟ้าหรือแสงสว่างโดยวิธีอื่น</p>
<p><b>หน้าที่ที่อาจจัดทำ (มาตรา 54)</b> ตลาด ท่าเทียบเรือ สุสาน การสาธารณูปการ โรงพยาบาล และการส่งเสริมกิจการพาณิชย์</p>
<p><b>ตามพระราชบัญญัติกำหนดแผนฯ มาตรา 16</b> จัดทำแผนพัฒนาท้องถิ่น การจัดระบบบริการสาธารณะ การสังคมสงเคราะห์
การส่งเสริมประชาธิปไตย และการบำรุงรักษาศิลปะ จารีตประเพณี และวัฒนธรรมอันดีของท้องถิ่น</p></div>""")
    cards = "".join(f'<div class="person"><img src="/assets/img/people/{k}.jpg" alt="{n}" width="110" height="140">'
                    f'<div class="pname">{n}</div><div class="ppos">{p}</div><div class="ptel">โทร. {t}</div></div>'
                    for k, n, p, t in PEOPLE)
    write(cat("executives"), "คณะผู้บริหารเทศบาล", f'<div class="people-grid">{cards}</div>'
          '<p>เลขานุการนายกเทศมนตรี : นายสุเมธ ไชยวงศ์ โทร. 08 4412 0093</p>')
    council = "".join(f"<tr><td>{i}</td><td>{n}</td><td>{p}</td></tr>" for i, (n, p) in enumerate([
        ("นายบุญชู ศรีวงษ์", "ประธานสภาเทศบาล"), ("นางสาววิไลวรรณ พันธ์ดี", "รองประธานสภาเทศบาล"),
        ("นายอุดม แก้วมณี", "สมาชิกสภาเทศบาล เขต 1"), ("นายชาตรี ภูมิภักดี", "สมาชิกสภาเทศบาล เขต 1"),
        ("นางบัวลอง ศรีจันทร์", "สมาชิกสภาเทศบาล เขต 2"), ("นายเสถียร มาลัย", "สมาชิกสภาเทศบาล เขต 2"),
        ("นางสาวอรพรรณ โพธิ์ศรี", "สมาชิกสภาเทศบาล เขต 3"), ("นายณรงค์ ทองสุข", "เลขานุการสภาเทศบาล")], 1))
    write(cat("council"), "สมาชิกสภาเทศบาลเมืองศรีวารินทร์",
          f'<table class="tbl"><tr><th>ที่</th><th>ชื่อ-สกุล</th><th>ตำแหน่ง</th></tr>{council}</table>')
    staff = "".join(f"<tr><td>{u}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for u, a, b, c in [
        ("สำนักปลัดเทศบาล", 18, 9, 22), ("กองคลัง", 11, 3, 6), ("กองช่าง", 9, 4, 15),
        ("กองการศึกษา", 34, 2, 12), ("กองสาธารณสุขและสิ่งแวดล้อม", 8, 6, 41), ("หน่วยตรวจสอบภายใน", 1, 0, 0)])
    write(cat("personnel"), "บุคลากร", '<p>จำนวนบุคลากร ณ วันที่ 1 มีนาคม 2569</p><table class="tbl"><tr><th>ส่วนราชการ</th>'
          f"<th>พนักงานเทศบาล/ครู</th><th>ลูกจ้างประจำ</th><th>พนักงานจ้าง</th></tr>{staff}</table><p>รวมทั้งสิ้น 201 คน</p>")


# ------------------------------------------------------------------ contact, Q&A, services
def services() -> None:
    write(cat("contact"), "ติดต่อเทศบาลเมืองศรีวารินทร์", f"""<div class="detail-body">
<p><b>ที่อยู่</b> สำนักงานเทศบาลเมืองศรีวารินทร์ เลขที่ 99 หมู่ 1 ถนนศรีวารินทร์ ตำบลศรีวารินทร์ อำเภอนาคูหา จังหวัดอุดรธานี 41370</p>
<p><b>โทรศัพท์</b> 0 4220 7111 <b>โทรสาร</b> 0 4220 7112 <b>สายด่วนร้องทุกข์</b> 0 4220 7119</p>
<p><b>อีเมล</b> <a href="mailto:saraban@sriwarin.go.th">saraban@sriwarin.go.th</a> (สารบรรณ) /
<a href="mailto:pr@sriwarin.go.th">pr@sriwarin.go.th</a> (ประชาสัมพันธ์)</p>
<p><b>Facebook</b> <a href="https://www.facebook.com/sriwarin.city">เทศบาลเมืองศรีวารินทร์</a></p>
<p><b>แผนที่</b> <a href="https://maps.google.com/?q=17.6512,102.9187" target="_blank">ดูแผนที่ Google Maps</a></p>
<table class="tbl"><tr><th>หน่วยงาน</th><th>เบอร์ภายใน</th></tr>
<tr><td>สำนักปลัดเทศบาล</td><td>101</td></tr><tr><td>กองคลัง</td><td>201</td></tr><tr><td>กองช่าง</td><td>301</td></tr>
<tr><td>กองการศึกษา</td><td>401</td></tr><tr><td>กองสาธารณสุขและสิ่งแวดล้อม</td><td>501</td></tr></table>
<p>มีข้อสงสัยสอบถามได้ที่ <a href="{cat('webboard')}">กระดานถาม-ตอบ (Q&amp;A)</a> เจ้าหน้าที่ตอบภายใน 3 วันทำการ</p></div>""")
    qa = [("สอบถามการชำระภาษีป้ายผ่านช่องทางออนไลน์", "ผู้ประกอบการ ร้านคำแสน", "12 เม.ย. 2569",
           "ชำระผ่าน QR Code ได้ โดยขอใบแจ้งประเมินทางอีเมล revenue@sriwarin.go.th (งานจัดเก็บรายได้)"),
          ("ไฟฟ้าส่องสว่างซอยศรีสุข 4 ดับหลายวัน", "ชาวชุมชนโนนสะอาด", "3 เม.ย. 2569",
           "กองช่างได้รับเรื่องและดำเนินการเปลี่ยนหลอดแล้วเมื่อวันที่ 5 เม.ย. 2569 ขอบคุณที่แจ้งครับ"),
          ("เอกสารลงทะเบียนเบี้ยยังชีพผู้สูงอายุ", "บุตรผู้สูงอายุ", "20 มี.ค. 2569",
           "ใช้บัตรประชาชน ทะเบียนบ้าน และสมุดบัญชีเงินฝาก ยื่นได้ที่สำนักปลัดเทศบาล หรือยื่นผ่าน E-Service")]
    rows = "".join(f'<div class="qa"><div class="q">ถาม : {q}</div><div class="qby">โดย {by} | {d}</div>'
                   f'<div class="a">ตอบ : {a}</div><div class="aby">โดย ผู้ดูแลระบบ</div></div>' for q, by, d, a in qa)
    write(cat("webboard"), "กระดานถาม-ตอบ (Q&A)", rows + """<form class="qa-form" method="post" action="/webboard/post">
<div>หัวข้อคำถาม <input type="text" name="subject"></div><div>รายละเอียด <textarea name="detail"></textarea></div>
<div>ชื่อผู้ถาม <input type="text" name="name"></div><div>อีเมล <input type="email" name="email"></div>
<button type="submit">ส่งคำถาม</button></form>""")

    manuals = [
        ("การขออนุญาตก่อสร้าง ดัดแปลง รื้อถอน หรือเคลื่อนย้ายอาคาร", "กองช่าง", "45 วัน",
         "คำขอ ข.1 สำเนาบัตรประชาชน สำเนาทะเบียนบ้าน สำเนาโฉนดที่ดิน แบบแปลน 5 ชุด", "ตามกฎกระทรวง (ฉบับละ 20 บาท)"),
        ("การลงทะเบียนและยื่นคำขอรับเงินเบี้ยยังชีพผู้สูงอายุ", "สำนักปลัดเทศบาล", "1 วัน",
         "บัตรประชาชน ทะเบียนบ้าน สมุดบัญชีเงินฝาก", "ไม่มีค่าธรรมเนียม"),
        ("การรับชำระภาษีที่ดินและสิ่งปลูกสร้าง", "กองคลัง", "10 นาที", "ใบแจ้งการประเมินภาษี (ภ.ด.ส.6)", "ไม่มีค่าธรรมเนียม"),
        ("การขออนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ", "กองสาธารณสุขและสิ่งแวดล้อม", "15 วัน",
         "คำขอ สำเนาบัตรประชาชน รูปถ่าย 1 นิ้ว 2 รูป", "ตามเทศบัญญัติ ปีละ 100 – 300 บาท"),
    ]
    body = "".join(f'<div class="manual"><div class="m-title">{i}. {n}</div><div>หน่วยงานที่ให้บริการ : {u}</div>'
                   '<div>ขั้นตอน : ยื่นคำขอ ณ ศูนย์บริการแบบเบ็ดเสร็จ → เจ้าหน้าที่ตรวจสอบเอกสาร → ผู้มีอำนาจพิจารณา → แจ้งผล</div>'
                   f'<div>ระยะเวลาดำเนินการ : {t}</div><div>เอกสารที่ต้องใช้ : {docs}</div><div>ค่าธรรมเนียม : {fee}</div>'
                   '<div>ช่องทางร้องเรียน : ศูนย์รับเรื่องร้องเรียน โทร. 0 4220 7119</div></div>'
                   for i, (n, u, t, docs, fee) in enumerate(manuals, 1))
    write(cat("citizen-manual"), "คู่มือสำหรับประชาชน",
          "<p>คู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558</p>" + body)

    stats = "".join(f"<tr><td>{m}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for m, a, b, c in [
        ("ต.ค. 68", 12, 5, 3), ("พ.ย. 68", 9, 7, 4), ("ธ.ค. 68", 14, 4, 6), ("ม.ค. 69", 11, 9, 2),
        ("ก.พ. 69", 8, 6, 5), ("มี.ค. 69", 15, 8, 7)])
    write(cat("eservice"), "ระบบบริการออนไลน์ (E-Service)", f"""<p>ประชาชนสามารถยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง
เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>
<div class="es-item"><a href="https://forms.gle/Sw7nXq1kRz9a2VbT8" target="_blank">ยื่นคำร้องขอรับเงินเบี้ยยังชีพผู้สูงอายุ/ผู้พิการ ออนไลน์</a></div>
<div class="es-item"><a href="https://forms.gle/Lp3vKc8mWd5yHs2Q6" target="_blank">แจ้งซ่อมไฟฟ้าส่องสว่าง/ถนน/ท่อระบายน้ำ</a></div>
<div class="es-item"><a href="https://forms.gle/Tb6jYh4nRe1uFg7C9" target="_blank">ขอใช้รถบรรทุกน้ำ/ขอรับน้ำอุปโภคบริโภค</a></div>
<form class="eservice-form" method="post" action="/eservice/submit"><div class="form-title">แบบคำร้องทั่วไป</div>
<div>ชื่อ-สกุล <input type="text" name="name"></div><div>เลขบัตรประชาชน <input type="text" name="idcard"></div>
<div>เรื่องที่ขอ <textarea name="request"></textarea></div><div>แนบไฟล์ <input type="file" name="file"></div>
<button type="submit">ส่งคำร้อง</button></form>
<div class="box-title">สถิติการให้บริการผ่านระบบ E-Service ปีงบประมาณ พ.ศ. 2569</div>
<table class="tbl"><tr><th>เดือน</th><th>เบี้ยยังชีพ</th><th>แจ้งซ่อม</th><th>ขอรับน้ำ</th></tr>{stats}
<tr><td>รวม</td><td>69</td><td>39</td><td>27</td></tr></table>""")

    write(cat("laws"), "กฎหมายที่เกี่ยวข้อง", """<div class="law">
<div><a href="https://www.krisdika.go.th/" target="_blank">พระราชบัญญัติเทศบาล พ.ศ. 2496 และที่แก้ไขเพิ่มเติม</a></div>
<div><a href="https://www.krisdika.go.th/" target="_blank">พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542</a></div>
<div><a href="https://www.krisdika.go.th/" target="_blank">พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</a></div>
<div><a href="https://www.krisdika.go.th/" target="_blank">พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560</a></div>
<div><a href="https://www.krisdika.go.th/" target="_blank">พระราชบัญญัติมาตรฐานทางจริยธรรม พ.ศ. 2562</a></div>
<div><a href="https://www.krisdika.go.th/" target="_blank">ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2548</a></div>
<div><a href="https://www.krisdika.go.th/" target="_blank">พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</a></div></div>""")
    write(cat("privacy"), "นโยบายคุ้มครองข้อมูลส่วนบุคคลและนโยบายคุกกี้", """<div class="detail-body">
<p>เทศบาลเมืองศรีวารินทร์ให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>
<p>1. ข้อมูลที่เก็บรวบรวม : ชื่อ ที่อยู่ เบอร์โทรศัพท์ อีเมล ที่ท่านกรอกในแบบฟอร์ม E-Service กระดานถาม-ตอบ และแบบฟอร์มร้องเรียน</p>
<p>2. วัตถุประสงค์ : เพื่อให้บริการตามคำขอ ติดต่อกลับ และจัดทำสถิติการให้บริการ</p>
<p>3. คุกกี้ : เว็บไซต์ใช้คุกกี้ที่จำเป็นและคุกกี้วิเคราะห์การใช้งาน ท่านสามารถปิดคุกกี้ได้ที่การตั้งค่าเบราว์เซอร์</p>
<p>4. ติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล (DPO) : dpo@sriwarin.go.th โทร. 0 4220 7101</p></div>""")


# ------------------------------------------------------------------ plans, procurement, HR, integrity, complaints
def documents() -> None:
    write(cat("plan"), "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน / งบประมาณ", "".join([
        '<div class="box-title">แผนพัฒนาท้องถิ่น</div>',
        filerow("แผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570)", F["plan5y"], "3 ต.ค. 2565", "19.1 KB"),
        filerow("รายงานการประชุมคณะกรรมการพัฒนาเทศบาล ครั้งที่ 1/2568", F["plan_minutes"], "27 พ.ค. 2568", "17.0 KB"),
        '<div class="box-title">แผนการดำเนินงาน</div>',
        filerow("ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569", F["action_plan2569"], "14 พ.ย. 2568", "20.1 KB"),
        '<div class="box-title">งบประมาณ</div>',
        filerow("เทศบัญญัติงบประมาณรายจ่ายประจำปี 2569", F["budget_ord2569"], "16 ก.ย. 2568", "18.5 KB"),
        filerow("รายงานผลการใช้จ่ายงบประมาณประจำปี", F["budget_report2567"], "8 พ.ย. 2567", "17.2 KB"),
        '<div class="box-title">การติดตามและประเมินผล</div>',
        filerow("รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ประจำปี 2568", F["eval2568"], "19 ธ.ค. 2568", "19.4 KB"),
    ]))
    write(cat("procurement"), "ประกาศจัดซื้อจัดจ้าง", "".join([
        '<div class="box-title">ประกาศเชิญชวน / ประกาศผู้ชนะการเสนอราคา</div>',
        '<div class="file-row"><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&amp;proc_id=ShowHTMLFile&amp;processFlows=Procure&amp;projectId=69039284710" target="_blank">'
        "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนน คสล. ซอยศรีสุข ชุมชนโนนสะอาด ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)</a>"
        ' <span class="date">24 มี.ค. 2569</span></div>',
        '<div class="file-row"><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&amp;proc_id=ShowHTMLFile&amp;processFlows=Procure&amp;projectId=69019107733" target="_blank">'
        "ประกาศเชิญชวน จ้างวางท่อระบายน้ำ ถนนศรีวารินทร์ 3</a> <span class=\"date\">19 ม.ค. 2569</span></div>",
        filerow("ประกาศผู้ชนะการเสนอราคา จ้างเหมาจัดทำรูปเล่มแผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570) เพิ่มเติม ฉบับที่ 2",
                F["plan_print"], "12 มิ.ย. 2568", "16.4 KB"),
        '<div class="box-title" id="skr1">สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) ปีงบประมาณ 2569</div>',
        filerow("สขร.1 ประจำเดือน ต.ค. – ธ.ค. 2568", F["skr1_q1"], "12 ม.ค. 2569", "7.9 KB"),
        filerow("สขร.1 ประจำเดือน มกราคม 2569", F["skr1_jan69"], "9 ก.พ. 2569", "15.8 KB"),
        filerow("สขร.1 ประจำเดือน มีนาคม 2569", F["skr1_mar69"], "8 เม.ย. 2569", "16.0 KB"),
        '<div class="box-title">รายงานผลการจัดซื้อจัดจ้างประจำปี</div>',
        filerow("รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568", F["proc_annual2568"], "17 ต.ค. 2568", "61.3 KB"),
    ]))
    write(cat("hr"), "การบริหารและพัฒนาทรัพยากรบุคคล", "".join([
        filerow("แผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569", F["hr_plan2569"], "6 ต.ค. 2568", "19.0 KB"),
        filerow("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2568", F["hr_report2568"], "22 ธ.ค. 2568", "0 KB"),
        '<p>ดูจำนวนบุคลากรได้ที่ <a href="/content/category/personnel/">บุคลากร</a></p>',
    ]))
    write(cat("integrity"), "ส่งเสริมคุณธรรมและป้องกันการทุจริต", "".join([
        '<div class="box-title">จริยธรรม</div>',
        filerow("ประมวลจริยธรรมของพนักงานเทศบาล ลูกจ้าง และพนักงานจ้าง", F["ethics_code"], "1 ก.พ. 2566", "17.8 KB"),
        f'<div class="file-row"><a href="{post(1439)}">ข่าว : อบรมคุณธรรมจริยธรรมและการป้องกันการทุจริต 2569</a></div>',
        '<div class="box-title">No Gift Policy</div>',
        filerow("ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)", F["nogift2568"], "1 ต.ค. 2567", "16.2 KB"),
        filerow("รายงานผลการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ประจำปี 2568", F["gift_report2568"], "10 ต.ค. 2568", "16.9 KB"),
        '<div class="box-title">การป้องกันการทุจริต</div>',
        filerow("รายงานการประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ ประจำปี 2569", F["risk2569"], "5 ธ.ค. 2568", "18.7 KB"),
        filerow("แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2567 – 2570)", F["acp_plan"], "25 ต.ค. 2566", "18.6 KB"),
        filerow("รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี 2568", F["acp_report2568"], "20 พ.ย. 2568", "17.1 KB"),
        filerow("รายงานการวิเคราะห์ผล ITA 2568 และมาตรการส่งเสริมคุณธรรมฯ 2569", F["ita_improve2569"], "9 ม.ค. 2569", "17.6 KB"),
        '<div class="box-title">การประเมิน ITA</div>',
        f'<div class="file-row"><a href="{ITA}">ITA 2569</a></div>',
        f'<div class="file-row"><a href="{ITA_OLD}">ITA 2568 (ปีที่ผ่านมา)</a></div>',
    ]))
    write(cat("complaint"), "ร้องเรียนการทุจริตและประพฤติมิชอบ", f"""<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่
เทศบาลเมืองศรีวารินทร์ได้ตามแบบฟอร์มด้านล่าง โดยไม่ต้องเปิดเผยชื่อ ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>
<form class="complaint-form" method="post" action="/complaint/submit">
<div>ชื่อ-สกุล (ไม่บังคับ) <input type="text" name="name"></div><div>เบอร์โทรศัพท์ (ไม่บังคับ) <input type="text" name="tel"></div>
<div>เจ้าหน้าที่/หน่วยงานที่ถูกร้องเรียน <input type="text" name="target"></div>
<div>รายละเอียดการกระทำ <textarea name="detail"></textarea></div><div>หลักฐาน <input type="file" name="evidence"></div>
<button type="submit">ส่งเรื่องร้องเรียน</button></form>
<p>ช่องทางอื่น : ด้วยตนเอง ณ ศูนย์รับเรื่องร้องเรียน สำนักปลัดเทศบาล / ตู้รับเรื่องร้องเรียนหน้าสำนักงาน / โทร. 0 4220 7119</p>
<p>หน่วยงานภายนอก : <a href="https://www.nacc.go.th/" target="_blank">สำนักงาน ป.ป.ช.</a> |
<a href="https://www.pacc.go.th/" target="_blank">สำนักงาน ป.ป.ท.</a> | ศูนย์ดำรงธรรม โทร. 1567</p>
<p>{filerow("คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพ...", F["complaint_manual"], "14 พ.ค. 2567")}</p>""")
    write(cat("complaint-stat"), "สถิติเรื่องร้องเรียน", filerow(
        "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2568", F["complaint_stat2568"], "3 ต.ค. 2568", "16.3 KB"))

    # ศูนย์ข้อมูลข่าวสาร: an index of everything, in the order the clerk added it
    rows = [
        ("ข้อมูลตามมาตรา 7", None),
        ("โครงสร้างและการจัดองค์กรในการดำเนินงาน", cat("structure")),
        ("อำนาจหน้าที่ที่สำคัญและวิธีการดำเนินงาน", cat("authority")),
        ("ข้อมูลตามมาตรา 9", None),
        ("แผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570)", F["plan5y"]),
        ("แผนการดำเนินงาน ประจำปี 2569", F["action_plan2569"]),
        ("เทศบัญญัติงบประมาณรายจ่ายประจำปี 2569", F["budget_ord2569"]),
        ("ผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น 2568", F["eval2568"]),
        ("รายงานผลการดำเนินงานประจำปี 2568 โรงเรียนเทศบาล 1", F["school_report"]),
        ("คู่มือการปฏิบัติงาน งานจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง", F["work_manual"]),
        ("คู่มือสำหรับประชาชน", cat("citizen-manual")),
        ("ประมวลจริยธรรมของพนักงานเทศบาล", F["ethics_code"]),
        ("คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพ...", F["complaint_manual"]),
        ("สรุปผลการจัดซื้อจัดจ้างรายเดือน", cat("procurement") + "#skr1"),
        ("รายงานการประชุมคณะกรรมการพัฒนาเทศบาล 1/2568", F["plan_minutes"]),
    ]
    body = []
    for text, href in rows:
        body.append(f'<div class="info-head">{text}</div>' if href is None else
                    f'<div class="info-row"><span class="bullet">»</span> <a href="{href}">{text}</a></div>')
    write(cat("infocenter"), "ศูนย์ข้อมูลข่าวสารทางราชการ",
          "<p>ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 ประชาชนสามารถขอตรวจดูข้อมูลข่าวสารได้ที่"
          " ศูนย์ข้อมูลข่าวสาร สำนักปลัดเทศบาล ในวันและเวลาราชการ</p>" + "".join(body))


# ------------------------------------------------------------------ the ITA 2569 page
ITA_ROWS = [  # (code, own wording, [(link text, href)] or a note)
    ("O1", "โครงสร้างหน่วยงาน / อำนาจหน้าที่", [("โครงสร้าง", cat("structure")), ("อำนาจหน้าที่", cat("authority"))]),
    ("O2", "ข้อมูลผู้บริหาร", [("คณะผู้บริหาร", cat("executives"))]),
    ("O3", "ข้อมูลติดต่อ และช่องทางถาม-ตอบ", [("ติดต่อเรา", cat("contact")), ("Q&A", cat("webboard"))]),
    ("O4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", cat("news"))]),
    ("O5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น 2566-2570", F["plan5y"])]),
    ("O6", "แผนการดำเนินงาน และงบประมาณรายจ่ายประจำปี", [("แผนการดำเนินงาน 2569", F["action_plan2569"]),
                                                           ("เทศบัญญัติ 2569", F["budget_ord2569"])]),
    ("O7", "รายงานผลการดำเนินงาน / การใช้จ่ายงบประมาณ ประจำปี", [("ผลการติดตามแผน 2568", F["eval2568"]),
                                                                  ("ผลการใช้จ่ายงบประมาณ", F["budget_report2567"])]),
    ("O8", "คู่มือการปฏิบัติงานของเจ้าหน้าที่", [("คู่มือ", F["work_manual"])]),
    ("O9", "คู่มือการให้บริการประชาชน", [("คู่มือสำหรับประชาชน", cat("citizen-manual"))]),
    ("O10", "E-Service และสถิติการให้บริการ", [("E-Service", cat("eservice"))]),
    ("O11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1", cat("procurement") + "#skr1")]),
    ("O12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานปี 2568", F["proc_annual2568"])]),
    ("O13", "หลักเกณฑ์และแผนการบริหารทรัพยากรบุคคล", [("แผน HR 2569", F["hr_plan2569"])]),
    ("O14", "รายงานผลการบริหารทรัพยากรบุคคล", [("รายงานปี 2568", F["hr_report2568"])]),
    ("O15", "ประมวลจริยธรรม / การขับเคลื่อนจริยธรรม", [("ประมวลจริยธรรม", F["ethics_code"]),
                                                     ("กิจกรรมปี 2569", post(1439))]),
    ("O16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("คู่มือ", F["complaint_manual"])]),
    ("O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", cat("complaint"))]),
    ("O18", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติ", cat("complaint-stat"))]),
    ("O19", "การมีส่วนร่วม", [("ประชาคมเมือง 2569", post(1447))]),
    ("O20", "No Gift Policy / รายงานการรับของขวัญ", [("ประกาศ No Gift", F["nogift2568"]),
                                                    ("รายงานการรับของขวัญ 2568", F["gift_report2568"])]),
    ("O21", "การประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง 2569", F["risk2569"])]),
    ("O22", "ผลการจัดการความเสี่ยงการทุจริต", "อยู่ระหว่างจัดทำ"),
    ("O23", "แผนป้องกันการทุจริต", [("แผน 4 ปี", F["acp_plan"])]),
    ("O24", "รายงานผลการป้องกันการทุจริต", [("รายงานปี 2568", F["acp_report2568"])]),
    ("O25", "การนำผล ITA ไปพัฒนาองค์กร", [("รายงาน/มาตรการ", F["ita_improve2569"])]),
    ("O26", "ผลการส่งเสริมคุณธรรมและความโปร่งใส", [("รายงานปี 2568", F["o26_report"])]),
]


def ita_page(url: str = ITA, title: str = "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569", table=ITA_ROWS,
             crumb: str = "ITA 2569") -> None:
    rows = []
    for code, text, links in table:
        cell = links if isinstance(links, str) else " | ".join(f'<a href="{h}" target="_blank">{html.escape(t)}</a>' for t, h in links)
        rows.append(f'<div class="ita-row"><div class="ita-code">{code}</div><div class="ita-name">{text}</div>'
                    f'<div class="ita-link">{cell}</div></div>')
    write(url, title, "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10"
          " การป้องกันการทุจริต ตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)</p>"
          '<div class="ita-table"><div class="ita-row ita-head"><div>ข้อ</div><div>ข้อมูล</div><div>ลิงก์</div></div>'
          + "".join(rows) + "</div>",
          crumb=f'<a href="/content/category/integrity/">คุณธรรมและความโปร่งใส</a> &gt; {crumb}')


ITA_2568_ROWS = [  # last year's page (2568 numbering); files of FY2567 were removed in the site move (404)
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("คลิก", cat("structure"))]),
    ("o2", "ข้อมูลผู้บริหาร", [("คลิก", cat("executives"))]),
    ("o3", "ข้อมูลการติดต่อ", [("คลิก", cat("contact"))]),
    ("o4", "ข่าวประชาสัมพันธ์", [("คลิก", cat("news"))]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("คลิก", F["plan5y"])]),
    ("o6", "แผนการดำเนินงาน ประจำปี 2568", [("คลิก", F["action_plan2568"])]),
    ("o11", "สถิติการให้บริการ ปี 2567", [("คลิก", F["gone_stat2567"])]),
    ("o12", "สขร.1 (ล่าสุด)", [("กุมภาพันธ์", F["skr1_feb68"])]),
    ("o16", "ประมวลจริยธรรม", [("คลิก", F["ethics_code"])]),
    ("o17", "คู่มือร้องเรียน", [("คลิก", F["complaint_manual"])]),
    ("o21", "ประกาศ No Gift Policy", [("คลิก", F["nogift2568"])]),
    ("o23", "การประเมินความเสี่ยงการทุจริต", [("คลิก", F["risk2568"])]),
    ("o24", "ผลการจัดการความเสี่ยง ปี 2567", [("คลิก", F["gone_risk_report2567"])]),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต", [("คลิก", F["acp_plan"])]),
    ("o26", "ผลการส่งเสริมคุณธรรมฯ ปี 2567", [("คลิก", F["gone_integrity2567"])]),
]


CSS = """body{font-family:Sarabun,Tahoma,sans-serif;margin:0;background:#f4f6f9}
.container{max-width:1140px;margin:0 auto}.topbar{background:#0d2f63;color:#fff;font-size:13px}
.megamenu{display:flex;background:#144a99}.mm-item{position:relative}.mm-title{color:#fff;padding:12px 16px;cursor:pointer}
.mm-panel{display:none;position:absolute;background:#fff;min-width:260px;box-shadow:0 4px 10px #0003}
.mm-item:hover .mm-panel{display:block}.mm-link a{display:block;padding:6px 12px;color:#144a99}
.quickbar{background:#e8eef8}.qk{margin-right:12px}.page-title{font-size:24px;color:#144a99;margin:16px 0}
.file-row,.info-row,.hl-item{padding:6px 0;border-bottom:1px dotted #ccc}.ita-row{display:grid;grid-template-columns:60px 1fr 1fr}
.footer{background:#0d2f63;color:#fff;margin-top:30px;padding:20px 0}.cookie-consent{position:fixed;bottom:0;background:#222;color:#fff;width:100%}
"""

if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "assets", "css"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "css", "lgtemplate.css"), "w", encoding="utf-8") as fh:
        fh.write(CSS)
    home()
    news_pages()
    about()
    services()
    documents()
    ita_page()
    ita_page(ITA_OLD, "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ITA_2568_ROWS, "ITA 2568")
    print(f"pages written under {HERE}")
