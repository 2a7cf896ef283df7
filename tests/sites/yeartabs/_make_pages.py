"""Generate the HTML pages of the "yeartabs" test site (เทศบาลเมืองบึงกาญจนา).

Run:  python tests/sites/yeartabs/_make_pages.py   (the files it links come from _make_docs.py)

A WordPress site (theme "kanjana", a child of a common free theme): hierarchical pages at English
slugs (/about/structure/), posts at /archives/<id>/ (the "numeric" permalink), category lists
/category/news/ paginated by eight (/category/news/page/2/ holds FY2567), a <nav> with nested
<ul class="sub-menu">, a right sidebar (search, ITA banners, latest posts, links) and a footer with
address, phone and e-mail on every page. Post dates print the Christian-era year as WordPress's
Thai locale does ("25 กุมภาพันธ์ 2025"). Files are Gutenberg "file" blocks whose link text is
often only the upload's name ("scan0007") with a "ดาวน์โหลด" button.

The ITA section keeps three years side by side: /ita/ (a tabs block: ITA 2568 | ITA 2567 | ITA 2566),
/ita-2568/, /ita-2567/ and /ita-2566/; the menu links all three. The 2568 page stops being
filled after o20 (o21, o22, o24, o26 say "อยู่ระหว่างปรับปรุงข้อมูล"); the old pages use the
2566 numbering (O1 … O43) and link last years' files.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import FILES  # noqa: E402

ORG = "เทศบาลเมืองบึงกาญจนา"
F = FILES
TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def post(n: int) -> str:
    return f"/archives/{n}/"


MENU = [  # (heading, [(text, href)])
    ("หน้าแรก", "/"),
    ("เกี่ยวกับเทศบาล", [("ประวัติและข้อมูลทั่วไป", "/about/history/"), ("วิสัยทัศน์/พันธกิจ", "/about/vision/"),
                         ("โครงสร้างส่วนราชการ", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/"),
                         ("คณะผู้บริหาร", "/about/executives/"), ("สมาชิกสภาเทศบาล", "/about/council/"),
                         ("หน่วยงานในสังกัด", "/about/units/"), ("กฎหมายที่เกี่ยวข้อง", "/about/laws/")]),
    ("แผนงาน/งบประมาณ", [("แผนพัฒนาท้องถิ่น", "/plan/local-development-plan/"),
                          ("แผนการดำเนินงาน", "/plan/operating-plan/"),
                          ("เทศบัญญัติงบประมาณรายจ่าย", "/plan/budget/"),
                          ("รายงานผลการดำเนินงาน", "/plan/performance-report/")]),
    ("จัดซื้อจัดจ้าง", [("ประกาศจัดซื้อจัดจ้าง", "/procurement/"),
                         ("สรุปผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/monthly-summary/"),
                         ("รายงานผลการจัดซื้อจัดจ้างประจำปี", "/procurement/annual-report/")]),
    ("บริการประชาชน", [("คู่มือสำหรับประชาชน", "/services/citizen-manual/"), ("E-Service", "/e-service/"),
                       ("สถิติการให้บริการ", "/services/statistics/"), ("ดาวน์โหลดแบบฟอร์ม", "/services/downloads/")]),
    ("ข่าวสาร", [("ข่าวประชาสัมพันธ์", "/category/news/"), ("ข่าวกิจกรรมหน่วยงานในสังกัด", "/category/activity/")]),
    ("บริหารงานบุคคล", [("การบริหารและพัฒนาทรัพยากรบุคคล", "/hr/"), ("บุคลากร", "/personnel/")]),
    ("ITA", [("ITA 2568", "/ita-2568/"), ("ITA 2567", "/ita-2567/"), ("ITA 2566", "/ita-2566/"),
             ("คุณธรรมและความโปร่งใส", "/integrity/"), ("ร้องเรียนการทุจริต", "/complaint/")]),
    ("ติดต่อเรา", "/contact/"),
]


def nav() -> str:
    items = []
    for head, target in MENU:
        if isinstance(target, str):
            items.append(f'<li class="menu-item"><a href="{target}">{head}</a></li>')
            continue
        sub = "".join(f'<li class="menu-item"><a href="{h}">{html.escape(t)}</a></li>' for t, h in target)
        items.append(f'<li class="menu-item menu-item-has-children"><a href="#">{head}</a>'
                     f'<ul class="sub-menu">{sub}</ul></li>')
    return ('<nav id="site-navigation" class="main-navigation"><button class="menu-toggle">เมนู</button>'
            f'<ul id="primary-menu" class="menu">{"".join(items)}</ul></nav>')


HEAD = """<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; เทศบาลเมืองบึงกาญจนา</title>
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" id="kanjana-style-css" href="/wp-content/themes/kanjana/style.css?ver=1.2.0" media="all">
<link rel="icon" href="/wp-content/uploads/2022/05/cropped-logo-64.png" sizes="32x32">
</head>
<body class="{bodyclass}">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">ข้ามไปยังเนื้อหา</a>
<header id="masthead" class="site-header">
<div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/2022/05/cropped-logo-64.png" class="custom-logo" alt="เทศบาลเมืองบึงกาญจนา" width="64" height="64"></a>
<p class="site-title"><a href="/" rel="home">เทศบาลเมืองบึงกาญจนา</a></p>
<p class="site-description">อำเภอบึงกาญจนา จังหวัดนครสวรรค์</p></div>
{nav}
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
"""

SIDEBAR = f"""</main>
<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search" method="get" class="search-form" action="/">
<label><span class="screen-reader-text">ค้นหา:</span><input type="search" class="search-field" placeholder="ค้นหา &hellip;" name="s"></label>
<input type="submit" class="search-submit" value="ค้นหา"></form></section>
<section class="widget widget_media_image"><h2 class="widget-title">ITA</h2>
<a href="/ita/">การประเมินคุณธรรมและความโปร่งใส (ITA)</a><br>
<a href="/ita-2568/">ITA 2568</a> | <a href="/ita-2567/">ITA 2567</a> | <a href="/ita-2566/">ITA 2566</a></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">เรื่องล่าสุด</h2><ul>
<li><a href="{post(1201)}">ประชุมพนักงานเทศบาลประจำเดือนเมษายน 2568</a></li>
<li><a href="{post(1196)}">สืบสานประเพณีสงกรานต์ 2568</a></li>
<li><a href="{post(1188)}">อบรมทบทวนแผนพัฒนาท้องถิ่น</a></li>
<li><a href="{post(1180)}">ประชาคมเมือง ประจำปี 2568</a></li>
<li><a href="{post(1172)}">อบรมคุณธรรมจริยธรรม ประจำปี 2568</a></li>
</ul></section>
<section class="widget widget_text"><h2 class="widget-title">ลิงก์หน่วยงาน</h2>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a><br>
<a href="https://www.gprocurement.go.th/">ระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)</a><br>
<a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.facebook.com/bueng.kanchana.city">Facebook เทศบาลเมืองบึงกาญจนา</a></section>
<section class="widget"><h2 class="widget-title">สถิติผู้เข้าชม</h2><p>วันนี้ 214 | ทั้งหมด 381,904</p></section>
</aside>
</div>
<footer id="colophon" class="site-footer">
<div class="site-info">เทศบาลเมืองบึงกาญจนา 99 หมู่ 4 ถนนกาญจนาพัฒนา ตำบลบึงกาญจนา อำเภอบึงกาญจนา จังหวัดนครสวรรค์ 60190<br>
โทรศัพท์ 0 5628 4410 โทรสาร 0 5628 4411 อีเมล saraban@buengkanchana.go.th<br>
<a href="/privacy-policy/">นโยบายความเป็นส่วนตัว</a> | <a href="/sitemap/">แผนผังเว็บไซต์</a>
<span class="sep"> | </span>Proudly powered by WordPress | Theme: kanjana</div>
</footer>
</div>
</body>
</html>
"""


def write(url: str, title: str, body: str, kind: str = "page") -> None:
    path = os.path.join(HERE, url.strip("/"), "index.html") if url != "/" else os.path.join(HERE, "index.html")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    head = HEAD.format(title=html.escape(title), nav=nav(), bodyclass=f"{kind} wp-theme-kanjana")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(head + body + SIDEBAR)


def page(url: str, title: str, content: str) -> None:
    write(url, title, f'<article class="page type-page status-publish"><header class="entry-header">'
                      f'<h1 class="entry-title">{html.escape(title)}</h1></header>'
                      f'<div class="entry-content">{content}</div></article>')


def fileblock(href: str, text: str | None = None) -> str:
    """A Gutenberg file block; without text the link shows the upload's own name, as WordPress does."""
    name = text or os.path.splitext(os.path.basename(href))[0]
    return (f'<div class="wp-block-file"><a href="{href}">{html.escape(name)}</a>'
            f'<a href="{href}" class="wp-block-file__button wp-element-button" download>ดาวน์โหลด</a></div>')


def wpdate(y: int, m: int, d: int) -> str:
    """The Thai locale's long date with the Christian-era year, as this theme prints it."""
    return f"{d} {TH_MONTHS[m - 1]} {y}"


# ------------------------------------------------------------------ news
NEWS = [  # id, (y, m, d) Christian era, category, title, image, body HTML
    (1201, (2025, 4, 28), "news", "ประชุมพนักงานเทศบาลประจำเดือนเมษายน 2568", None,
     "<p>วันที่ 28 เมษายน 2568 นายวีรยุทธ ทองประเสริฐ นายกเทศมนตรีเมืองบึงกาญจนา เป็นประธานการประชุมพนักงานเทศบาล"
     " ลูกจ้าง และพนักงานจ้าง ประจำเดือนเมษายน 2568 ณ ห้องประชุมสภาเทศบาล</p>"
     "<p>ปลัดเทศบาลแจ้งที่ประชุมว่า รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ"
     " ประจำปีงบประมาณ พ.ศ. 2567 ยังอยู่ระหว่างจัดทำ ขอให้ทุกกองส่งข้อมูลภายในวันที่ 15 พฤษภาคม 2568"
     " และแจ้งว่ารายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน ปีงบประมาณ 2568 เผยแพร่บนเว็บไซต์แล้ว</p>"),
    (1196, (2025, 4, 10), "news", "สืบสานประเพณีสงกรานต์ 2568", "/wp-content/uploads/2025/04/songkran68-300x200.jpg",
     "<p>เทศบาลเมืองบึงกาญจนาจัดกิจกรรมรดน้ำขอพรผู้สูงอายุ และก่อเจดีย์ทราย ณ ลานริมบึง มีผู้สูงอายุเข้าร่วม 350 คน</p>"),
    (1188, (2025, 3, 20), "news", "อบรมทบทวนแผนพัฒนาท้องถิ่น", "/wp-content/uploads/2025/03/plan-training-300x200.jpg",
     "<p>กองยุทธศาสตร์และงบประมาณจัดอบรมเชิงปฏิบัติการ \"การทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570)"
     " และการจัดทำแผนพัฒนาท้องถิ่นเพิ่มเติม\" ให้ผู้นำชุมชนทั้ง 12 ชุมชน จำนวน 60 คน"
     " วิทยากรจากสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดนครสวรรค์</p>"
     f"<p>ร่างแผนพัฒนาท้องถิ่นเพิ่มเติม ครั้งที่ 1/2568 ที่ใช้ประกอบการอบรม</p>{fileblock(F['plan_add_draft'])}"),
    (1180, (2025, 2, 25), "news", "ประชาคมเมือง ประจำปี 2568", "/wp-content/uploads/2025/02/prachakhom68-300x200.jpg",
     "<p>ระหว่างวันที่ 17 – 21 กุมภาพันธ์ 2568 เทศบาลเมืองบึงกาญจนาจัดเวทีประชาคมเมืองครบทั้ง 12 ชุมชน"
     " เพื่อรับฟังปัญหาและความต้องการของประชาชน ประกอบการจัดทำแผนพัฒนาท้องถิ่นและเทศบัญญัติงบประมาณ"
     " ปี 2569 มีประชาชนเข้าร่วมรวม 284 คน เสนอโครงการ 37 โครงการ</p>"
     "<table><tr><th>วันที่</th><th>ชุมชน</th><th>ผู้เข้าร่วม</th></tr>"
     "<tr><td>17 ก.พ. 68</td><td>ริมบึง ตลาดเก่า หนองโพ</td><td>71</td></tr>"
     "<tr><td>18 ก.พ. 68</td><td>วัดบึง ท่าน้ำ เกาะลอย</td><td>66</td></tr>"
     "<tr><td>19 ก.พ. 68</td><td>โคกมะกอก หนองแขม</td><td>52</td></tr>"
     "<tr><td>20 ก.พ. 68</td><td>สามแยก ทุ่งทอง</td><td>49</td></tr>"
     "<tr><td>21 ก.พ. 68</td><td>กาญจนาพัฒนา บ้านใหม่</td><td>46</td></tr></table>"
     "<p>เทศบาลจะแจ้งผลการพิจารณาข้อเสนอของชุมชนผ่านเว็บไซต์และบอร์ดประชาสัมพันธ์ชุมชน</p>"),
    (1172, (2025, 2, 12), "news", "อบรมคุณธรรมจริยธรรม ประจำปี 2568", "/wp-content/uploads/2025/02/ethics68-300x200.jpg",
     "<p>วันที่ 12 กุมภาพันธ์ 2568 เทศบาลเมืองบึงกาญจนาจัดโครงการอบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน"
     " ประจำปีงบประมาณ พ.ศ. 2568 ให้ผู้บริหาร พนักงานเทศบาล ลูกจ้าง และพนักงานจ้าง จำนวน 126 คน"
     " โดยทบทวนประมวลจริยธรรมของพนักงานเทศบาล และกรณีศึกษาการรับทรัพย์สินหรือประโยชน์อื่นใด"
     " วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดนครสวรรค์</p>"),
    (1176, (2025, 2, 18), "news", "ประชุมคณะทำงานจัดทำแผนอัตรากำลัง 3 ปี", None,
     "<p>วันที่ 18 กุมภาพันธ์ 2568 ปลัดเทศบาลเป็นประธานการประชุมคณะทำงานจัดทำแผนอัตรากำลัง 3 ปี"
     " (พ.ศ. 2567 – 2569) และแผนพัฒนาบุคลากร ครั้งที่ 1/2568 เพื่อทบทวนภารกิจและกรอบอัตรากำลังของทุกกอง"
     " ก่อนเสนอคณะกรรมการพนักงานเทศบาลจังหวัดนครสวรรค์ (ก.ท.จ.) ให้ความเห็นชอบ คาดว่าจะประกาศใช้ภายในปีงบประมาณนี้</p>"),
    (1165, (2025, 1, 11), "news", "งานวันเด็กแห่งชาติ 2568", "/wp-content/uploads/2025/01/childday68-300x200.jpg",
     "<p>เทศบาลจัดงานวันเด็กแห่งชาติ ณ สนามโรงเรียนเทศบาล 1 มีเด็กและผู้ปกครองร่วมงานกว่า 1,500 คน</p>"),
    (1158, (2024, 12, 6), "news", "เทศบาลจัดพิมพ์แผนการดำเนินงาน ประจำปี 2568 แจกจ่ายทุกชุมชน", None,
     "<p>เทศบาลเมืองบึงกาญจนาได้จ้างเหมาจัดพิมพ์รูปเล่มแผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 จำนวน 40 เล่ม"
     " เพื่อแจกจ่ายประธานชุมชนทั้ง 12 ชุมชนและส่วนราชการ ประชาชนขอดูได้ที่ศูนย์ข้อมูลข่าวสาร</p>"
     f"<p>ประกาศผู้ชนะการเสนอราคา</p>{fileblock(F['action_plan_print'])}"),
    (1150, (2024, 11, 15), "news", "ประเพณีลอยกระทง ประจำปี 2567", "/wp-content/uploads/2024/11/loykrathong67-300x200.jpg",
     "<p>ประชาชนร่วมลอยกระทง ณ บึงสาธารณะ ประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ 24 ชุมชนและโรงเรียน</p>"),
    (1144, (2024, 10, 8), "news", "ยื่นคำร้องผ่าน LINE Official Account ได้แล้ว", None,
     "<p>ประชาชนสามารถแจ้งเรื่องและยื่นคำร้องทั่วไปผ่าน LINE Official Account ของเทศบาล @buengkanchana"
     " ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะตอบกลับในเวลาราชการ</p>"),
    (1140, (2024, 10, 2), "news", "นายกเทศมนตรีมอบนโยบายการปฏิบัติงาน ปีงบประมาณ 2568", None,
     "<p>นายกเทศมนตรีมอบนโยบายให้พนักงานทุกคนปฏิบัติงานด้วยความโปร่งใส ยึดมั่นนโยบายไม่รับของขวัญ"
     " (No Gift Policy) ต่อเนื่องจากปีที่ผ่านมา และให้เปิดเผยข้อมูลตามเกณฑ์ ITA ให้ครบถ้วน</p>"),
    # FY2567 (page 2)
    (1120, (2024, 8, 21), "news", "อบรมคุณธรรมจริยธรรม ประจำปี 2567", None,
     "<p>เทศบาลจัดอบรมคุณธรรมจริยธรรมพนักงาน ประจำปีงบประมาณ พ.ศ. 2567 ผู้เข้าร่วม 118 คน</p>"),
    (1107, (2024, 6, 14), "news", "ประชุมคณะกรรมการพัฒนาเทศบาล ครั้งที่ 2/2567", None,
     "<p>ที่ประชุมพิจารณาร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570) เพิ่มเติม ครั้งที่ 2/2567 และเห็นชอบเสนอนายกเทศมนตรี</p>"),
    (1098, (2024, 4, 19), "news", "รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน ปี 2567", None,
     "<p>เทศบาลรายงานผลการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน (ตุลาคม 2566 – มีนาคม 2567)</p>"
     f"{fileblock(F['report6m_2567'])}"),
    (1090, (2024, 2, 23), "news", "ประชาคมเมือง ประจำปี 2567", None,
     "<p>เวทีประชาคมเมือง 12 ชุมชน ระหว่างวันที่ 19 – 23 กุมภาพันธ์ 2567 ผู้เข้าร่วม 251 คน</p>"),
    (1082, (2023, 12, 5), "news", "วันพ่อแห่งชาติ 2566", None,
     "<p>เทศบาลร่วมพิธีถวายพระพรชัยมงคล ณ หอประชุมอำเภอบึงกาญจนา</p>"),
    (1075, (2023, 10, 3), "news", "ประกาศเจตนารมณ์ No Gift Policy ปีงบประมาณ 2567", None,
     f"<p>ผู้บริหารและพนักงานร่วมประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิด</p>{fileblock(F['nogift2567'])}"),
    # other units (activity category)
    (1190, (2025, 4, 2), "activity", "โรงเรียนเทศบาล 1 รายงานผลการดำเนินงานประจำปีการศึกษา 2567", None,
     "<p>โรงเรียนเทศบาล 1 (วัดบึงกาญจนา) เผยแพร่รายงานผลการดำเนินงานประจำปี (SAR) ปีการศึกษา 2567</p>"
     f"{fileblock(F['school_report'], 'รายงานผลการดำเนินงานประจำปี โรงเรียนเทศบาล 1')}"),
    (1184, (2025, 3, 21), "activity", "ศูนย์พัฒนาเด็กเล็กเทศบาล รายงานผลการดำเนินงานประจำปี", None,
     "<p>ศูนย์พัฒนาเด็กเล็กเทศบาลเมืองบึงกาญจนา สรุปผลการดำเนินงานตามมาตรฐานสถานพัฒนาเด็กปฐมวัยแห่งชาติ</p>"
     f"{fileblock(F['cdc_report'])}"),
]


def post_html(n: int, date: tuple[int, int, int], cat: str, title: str, image: str | None, body: str) -> str:
    y, m, d = date
    catname = "ข่าวประชาสัมพันธ์" if cat == "news" else "ข่าวกิจกรรมหน่วยงานในสังกัด"
    img = f'<figure class="wp-block-image"><img src="{image}" alt="" width="300" height="200"></figure>' if image else ""
    return (f'<article id="post-{n}" class="post-{n} post type-post status-publish category-{cat}">'
            f'<header class="entry-header"><h1 class="entry-title">{html.escape(title)}</h1>'
            f'<div class="entry-meta"><span class="posted-on">โพสต์เมื่อ <time class="entry-date published" '
            f'datetime="{y}-{m:02d}-{d:02d}T09:30:00+07:00">{wpdate(y, m, d)}</time></span> '
            f'<span class="byline">โดย admin</span></div></header>'
            f'<div class="entry-content">{img}{body}</div>'
            f'<footer class="entry-footer"><span class="cat-links">หมวดหมู่: <a href="/category/{cat}/">{catname}</a></span>'
            f'</footer></article>')


def news_pages() -> None:
    for item in NEWS:
        write(post(item[0]), item[3], post_html(*item), "single-post")
    news = [n for n in NEWS if n[2] == "news"]
    per = 8
    pages = [news[i:i + per] for i in range(0, len(news), per)]
    for k, chunk in enumerate(pages, 1):
        url = "/category/news/" if k == 1 else f"/category/news/page/{k}/"
        rows = "".join(
            f'<article class="post type-post"><h2 class="entry-title"><a href="{post(n)}">{html.escape(t)}</a></h2>'
            f'<div class="entry-meta"><time class="entry-date">{wpdate(*dt)}</time></div>'
            f'<div class="entry-summary"><p>{_summary(body)}</p></div></article>'
            for n, dt, _c, t, _i, body in chunk)
        pager = '<nav class="navigation pagination"><div class="nav-links">' + " ".join(
            f'<a class="page-numbers" href="{"/category/news/" if j == 1 else f"/category/news/page/{j}/"}">{j}</a>'
            for j in range(1, len(pages) + 1)) + '</div></nav>'
        write(url, "ข่าวประชาสัมพันธ์",
              f'<header class="page-header"><h1 class="page-title">หมวดหมู่: ข่าวประชาสัมพันธ์</h1></header>{rows}{pager}',
              "archive category")
    act = "".join(f'<article class="post"><h2 class="entry-title"><a href="{post(n)}">{html.escape(t)}</a></h2>'
                  f'<time>{wpdate(*dt)}</time></article>' for n, dt, c, t, _i, _b in NEWS if c == "activity")
    write("/category/activity/", "ข่าวกิจกรรมหน่วยงานในสังกัด",
          f'<header class="page-header"><h1 class="page-title">หมวดหมู่: ข่าวกิจกรรมหน่วยงานในสังกัด</h1></header>{act}',
          "archive category")


def _summary(body: str) -> str:
    import re

    text = re.sub(r"<[^>]+>", " ", body)
    text = " ".join(text.split())
    return html.escape(text[:140]) + ("&hellip;" if len(text) > 140 else "")


def home() -> None:
    latest = [n for n in NEWS if n[2] == "news"][:5]
    items = "".join(f'<li><a href="{post(n)}">{html.escape(t)}</a> <span class="date">{wpdate(*dt)}</span></li>'
                    for n, dt, _c, t, _i, _b in latest)
    body = ('<div class="entry-content home">'
            '<div class="wp-block-cover"><p class="has-large-font-size">ยินดีต้อนรับสู่เว็บไซต์เทศบาลเมืองบึงกาญจนา</p></div>'
            f'<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2><ul class="wp-block-latest-posts">{items}</ul>'
            '<p><a href="/category/news/">ดูข่าวทั้งหมด</a></p>'
            '<div class="wp-block-buttons"><a class="wp-block-button__link" href="/e-service/">E-Service</a> '
            '<a class="wp-block-button__link" href="/complaint/">ร้องเรียนการทุจริต</a> '
            '<a class="wp-block-button__link" href="/ita/">ITA</a> '
            '<a class="wp-block-button__link" href="/services/citizen-manual/">คู่มือประชาชน</a></div>'
            '</div>')
    write("/", "หน้าแรก", body, "home page")


# ------------------------------------------------------------------ about
PEOPLE = [
    ("mayor", "นายวีรยุทธ ทองประเสริฐ", "นายกเทศมนตรีเมืองบึงกาญจนา", "08 1987 4410"),
    ("deputy1", "นายสุรชัย ปานทอง", "รองนายกเทศมนตรี", "08 9630 2215"),
    ("deputy2", "นางสาวมาลัย เขียวขจี", "รองนายกเทศมนตรี", "08 6441 7302"),
    ("deputy3", "นายอดิศักดิ์ ชาญกาญจนา", "รองนายกเทศมนตรี", "09 2158 6670"),
    ("palad", "นางพรรณี ศรีมงคล", "ปลัดเทศบาลเมืองบึงกาญจนา", "08 4712 0953"),
]


def about() -> None:
    page("/about/history/", "ประวัติและข้อมูลทั่วไป",
         "<p>เทศบาลเมืองบึงกาญจนาเดิมเป็นสุขาภิบาลบึงกาญจนา ยกฐานะเป็นเทศบาลตำบลเมื่อ พ.ศ. 2542 และเป็นเทศบาลเมือง"
         " เมื่อ พ.ศ. 2553 พื้นที่ 14.2 ตารางกิโลเมตร 12 ชุมชน ประชากร 16,842 คน (ทะเบียนราษฎร ธันวาคม 2567)</p>"
         "<p>สภาพเศรษฐกิจ: การค้าและบริการรอบบึงบึงกาญจนา การเกษตรนาข้าวและประมงน้ำจืด</p>")
    page("/about/vision/", "วิสัยทัศน์/พันธกิจ",
         "<p>วิสัยทัศน์: บึงกาญจนาเมืองน่าอยู่ ริมบึงสะอาด เศรษฐกิจพอเพียง บริหารโปร่งใส</p>"
         "<p>พันธกิจ: พัฒนาโครงสร้างพื้นฐาน ยกระดับคุณภาพชีวิต ส่งเสริมการศึกษา อนุรักษ์บึงและสิ่งแวดล้อม"
         " บริหารงานตามหลักธรรมาภิบาล (ตามแผนพัฒนาท้องถิ่น พ.ศ. 2566 – 2570)</p>")
    page("/about/structure/", "โครงสร้างส่วนราชการ",
         '<figure class="wp-block-image"><img src="/wp-content/uploads/2024/07/structure-2567.png" '
         'alt="แผนภูมิโครงสร้างเทศบาลเมืองบึงกาญจนา" width="800" height="440"></figure>'
         "<h3>ฝ่ายการเมือง</h3><ul><li>สภาเทศบาลเมืองบึงกาญจนา สมาชิก 18 คน (ประธานสภา รองประธานสภา เลขานุการสภา)</li>"
         "<li>นายกเทศมนตรี รองนายกเทศมนตรี 3 คน เลขานุการนายกเทศมนตรี และที่ปรึกษานายกเทศมนตรี</li></ul>"
         "<h3>ฝ่ายประจำ</h3><ul><li>ปลัดเทศบาล รองปลัดเทศบาล</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li>"
         "<li>กองช่าง</li><li>กองการศึกษา (โรงเรียนเทศบาล 1, ศูนย์พัฒนาเด็กเล็ก)</li>"
         "<li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>หน่วยตรวจสอบภายใน</li></ul>")
    page("/about/authority/", "อำนาจหน้าที่",
         "<p>เทศบาลเมืองมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 53 และมาตรา 54"
         " และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
         "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>จัดให้มีและบำรุงทางบก ทางน้ำ และทางระบายน้ำ</li>"
         "<li>รักษาความสะอาดของถนน ที่สาธารณะ และการกำจัดขยะมูลฝอย</li><li>ป้องกันและระงับโรคติดต่อ</li>"
         "<li>จัดให้มีน้ำสะอาดหรือการประปา</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li>"
         "<li>ส่งเสริมพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>บำรุงศิลปะ จารีตประเพณี และวัฒนธรรมอันดีของท้องถิ่น</li>"
         "<li>จัดให้มีโรงฆ่าสัตว์ ตลาด และสถานที่จอดรถ</li><li>จัดการสิ่งแวดล้อมและทรัพยากรธรรมชาติ รวมถึงบึงสาธารณะ</li></ol>")
    cards = "".join(
        f'<div class="wp-block-column"><img src="/wp-content/uploads/2023/06/{k}-150x190.jpg" alt="{n}" width="110" height="140">'
        f"<p><strong>{n}</strong><br>{p}<br>โทร. {t}</p></div>" for k, n, p, t in PEOPLE)
    page("/about/executives/", "คณะผู้บริหาร", f'<div class="wp-block-columns">{cards}</div>'
         "<p>เลขานุการนายกเทศมนตรี นายธีรพงษ์ ใจสุข โทร. 08 1450 2291</p>")
    page("/about/council/", "สมาชิกสภาเทศบาล",
         "<p>ประธานสภาเทศบาล นายชัยวัฒน์ บุญเรือง รองประธานสภา นางบุษบา ทองสุข สมาชิกสภาเทศบาล 18 คน (เขตเลือกตั้งที่ 1 – 3)</p>")
    page("/about/units/", "หน่วยงานในสังกัด",
         '<ul><li><a href="/about/units/school-1/">โรงเรียนเทศบาล 1 (วัดบึงกาญจนา)</a></li>'
         '<li><a href="/about/units/child-development-centre/">ศูนย์พัฒนาเด็กเล็กเทศบาลเมืองบึงกาญจนา</a></li></ul>')
    page("/about/units/school-1/", "โรงเรียนเทศบาล 1 (วัดบึงกาญจนา)",
         "<p>เปิดสอนระดับอนุบาล 2 ถึงประถมศึกษาปีที่ 6 นักเรียน 412 คน ครู 21 คน</p>"
         f"<h3>เอกสารเผยแพร่</h3>{fileblock(F['school_report'], 'รายงานผลการดำเนินงานประจำปี ปีการศึกษา 2567')}")
    page("/about/units/child-development-centre/", "ศูนย์พัฒนาเด็กเล็กเทศบาลเมืองบึงกาญจนา",
         "<p>รับเด็กอายุ 2 – 3 ปี จำนวน 64 คน เปิดบริการ 07.30 – 16.00 น.</p>"
         f"<h3>รายงานผลการดำเนินงานประจำปี</h3>{fileblock(F['cdc_report'])}")
    page("/about/laws/", "กฎหมายที่เกี่ยวข้อง",
         '<ul><li><a href="https://www.krisdika.go.th/">พระราชบัญญัติเทศบาล พ.ศ. 2496</a></li>'
         '<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</a></li>'
         '<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560</a></li>'
         '<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติมาตรฐานทางจริยธรรม พ.ศ. 2562</a></li></ul>')
    page("/contact/", "ติดต่อเรา",
         "<p>เทศบาลเมืองบึงกาญจนา 99 หมู่ 4 ถนนกาญจนาพัฒนา ตำบลบึงกาญจนา อำเภอบึงกาญจนา จังหวัดนครสวรรค์ 60190</p>"
         "<p>โทรศัพท์ 0 5628 4410 โทรสาร 0 5628 4411 สายด่วน 1132<br>อีเมล saraban@buengkanchana.go.th<br>"
         "เวลาทำการ วันจันทร์ – วันศุกร์ 08.30 – 16.30 น.</p>"
         "<table><tr><th>ส่วนราชการ</th><th>โทรศัพท์ภายใน</th></tr><tr><td>สำนักปลัดเทศบาล</td><td>101</td></tr>"
         "<tr><td>กองคลัง</td><td>201</td></tr><tr><td>กองช่าง</td><td>301</td></tr>"
         "<tr><td>กองการศึกษา</td><td>401</td></tr><tr><td>กองสาธารณสุขและสิ่งแวดล้อม</td><td>501</td></tr></table>"
         '<p><a href="https://maps.google.com/?q=15.9012,100.1234">แผนที่ Google Maps</a></p>')
    page("/privacy-policy/", "นโยบายความเป็นส่วนตัว",
         "<p>เทศบาลเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562"
         " เว็บไซต์นี้ใช้คุกกี้เพื่อนับสถิติผู้เข้าชม</p>")
    links = "".join(f'<li><a href="{h}">{html.escape(t)}</a></li>'
                    for _h, sub in MENU if isinstance(sub, list) for t, h in sub)
    page("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{links}</ul>")


# ------------------------------------------------------------------ plans, procurement, services, HR, integrity
def documents() -> None:
    page("/plan/local-development-plan/", "แผนพัฒนาท้องถิ่น",
         f"<h3>แผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570)</h3>{fileblock(F['plan_new'])}"
         f"<h3>แผนพัฒนาท้องถิ่นสี่ปี (พ.ศ. 2561 – 2564)</h3>{fileblock(F['plan_old'])}"
         f"<h3>ร่างแผนพัฒนาท้องถิ่นเพิ่มเติม ครั้งที่ 1/2568 (รับฟังความคิดเห็น)</h3>{fileblock(F['plan_add_draft'])}"
         f'<p>ข่าวที่เกี่ยวข้อง: <a href="{post(1188)}">อบรมทบทวนแผนพัฒนาท้องถิ่น</a></p>')
    page("/plan/operating-plan/", "แผนการดำเนินงาน",
         f"<p>แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568</p>{fileblock(F['action_plan2568'])}"
         f"<p>รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน</p>{fileblock(F['report6m_2568'])}"
         f"{fileblock(F['report6m_2567'])}")
    page("/plan/budget/", "เทศบัญญัติงบประมาณรายจ่าย",
         f"<p>เทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ 2568</p>{fileblock(F['budget_ord2568'])}")
    page("/plan/performance-report/", "รายงานผลการดำเนินงาน",
         f"<p>รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ประจำปีงบประมาณ 2567</p>{fileblock(F['eval2567'])}"
         f"<p>รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ 2567</p>{fileblock(F['spend2567'])}"
         f"<p>รายงานผลการดำเนินงานประจำปี โรงเรียนเทศบาล 1</p>{fileblock(F['school_report'])}")
    page("/procurement/", "ประกาศจัดซื้อจัดจ้าง",
         f"<p>ประกาศผู้ชนะการเสนอราคา จ้างเหมาจัดพิมพ์รูปเล่มแผนการดำเนินงาน ประจำปี 2568 (4 ธ.ค. 2567)</p>"
         f"{fileblock(F['action_plan_print'])}"
         '<p>ประกาศจัดซื้อจัดจ้างอื่น ๆ ดูได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>')
    page("/procurement/monthly-summary/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน",
         "<p>สรุปผลการดำเนินการจัดซื้อจัดจ้าง (แบบ สขร.1) ประจำปีงบประมาณ ๒๕๖๘</p><ul>"
         f'<li><a href="{F["skr_q1"]}">สขร.๑ ต.ค. – พ.ย. ๖๗</a></li>'
         f'<li><a href="{F["skr_dec67"]}">สขร.๑ เดือน ธ.ค. ๖๗</a></li>'
         f'<li><a href="{F["skr_jan68"]}">สขร.๑ เดือน ม.ค. ๖๘</a></li>'
         f'<li><a href="{F["skr_feb68"]}">สขร.๑ เดือน ก.พ. ๖๘</a></li>'
         f'<li><a href="{F["skr_mar68"]}">สขร.๑ เดือน มี.ค. ๖๘</a></li></ul>')
    page("/procurement/annual-report/", "รายงานผลการจัดซื้อจัดจ้างประจำปี",
         f"<p>รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567</p>{fileblock(F['proc_annual2567'])}")
    page("/services/citizen-manual/", "คู่มือสำหรับประชาชน",
         "<p>คู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558</p>"
         "<h3>1. การขออนุญาตก่อสร้างอาคาร (กองช่าง)</h3><p>ขั้นตอน: ยื่นคำขอ ข.1 – ตรวจสอบเอกสาร – ตรวจสถานที่ – พิจารณาอนุญาต"
         " ระยะเวลา 45 วัน ช่องทาง: กองช่าง ชั้น 1 สำนักงานเทศบาล ค่าธรรมเนียม: ตามกฎกระทรวง ตารางเมตรละ 0.50 – 4 บาท"
         " เอกสาร: สำเนาบัตรประชาชน สำเนาโฉนด แบบแปลน 5 ชุด</p>"
         "<h3>2. การลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ (สำนักปลัดเทศบาล)</h3><p>ขั้นตอน: ยื่นแบบคำขอ – ตรวจคุณสมบัติ"
         " – ประกาศรายชื่อ ระยะเวลา 1 วัน (ยื่นคำขอ) ช่องทาง: ศูนย์บริการร่วม ค่าธรรมเนียม: ไม่มี"
         " เอกสาร: บัตรประชาชน ทะเบียนบ้าน สมุดบัญชีเงินฝาก</p>"
         "<h3>3. การชำระภาษีที่ดินและสิ่งปลูกสร้าง (กองคลัง)</h3><p>ขั้นตอน: รับแบบแจ้งประเมิน – ชำระเงิน – รับใบเสร็จ"
         " ระยะเวลา 10 นาที ช่องทาง: กองคลัง หรือโอนผ่านธนาคาร ค่าธรรมเนียม: ไม่มี เอกสาร: แบบแจ้งการประเมินภาษี</p>")
    page("/e-service/", "E-Service",
         "<p>ยื่นคำร้องออนไลน์ผ่าน LINE Official Account ของเทศบาล: เพิ่มเพื่อน @buengkanchana แล้วเลือกเมนู \"ยื่นคำร้อง\"</p>"
         '<figure class="wp-block-image"><img src="/wp-content/uploads/2024/10/line-oa-qr.png" alt="QR Code LINE OA" '
         'width="120" height="120"></figure>'
         "<p>หรือดาวน์โหลดแบบคำร้องทั่วไปไปกรอกและยื่นที่ศูนย์บริการร่วม"
         ' (<a href="/services/downloads/">ดาวน์โหลดแบบฟอร์ม</a>)</p>'
         "<p><em>ระบบยื่นคำร้องออนไลน์บนเว็บไซต์อยู่ระหว่างปรับปรุง</em></p>")
    page("/services/statistics/", "สถิติการให้บริการ",
         f"<p>สถิติการให้บริการประชาชน ประจำปีงบประมาณ พ.ศ. 2567 (โพสต์ 4 ตุลาคม 2567)</p>{fileblock(F['service_stat2567'])}")
    page("/services/downloads/", "ดาวน์โหลดแบบฟอร์ม",
         "<p>แบบคำร้องทั่วไป / แบบคำขออนุญาตก่อสร้าง (ข.1) / แบบคำขอลงทะเบียนเบี้ยยังชีพ ขอรับได้ที่ศูนย์บริการร่วม</p>"
         f"<p>คู่มือการปฏิบัติงานของเจ้าหน้าที่</p>{fileblock(F['work_manual'])}")
    page("/hr/", "การบริหารและพัฒนาทรัพยากรบุคคล",
         f"<p>แผนอัตรากำลัง 3 ปี</p>{fileblock(F['hr_plan_old'])}"
         f"<p>รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี</p>{fileblock(F['hr_report2566'])}")
    page("/personnel/", "บุคลากร",
         "<table><tr><th>ส่วนราชการ</th><th>พนักงานเทศบาล</th><th>ลูกจ้างประจำ</th><th>พนักงานจ้าง</th></tr>"
         "<tr><td>สำนักปลัดเทศบาล</td><td>19</td><td>2</td><td>24</td></tr><tr><td>กองคลัง</td><td>12</td><td>0</td><td>6</td></tr>"
         "<tr><td>กองช่าง</td><td>10</td><td>1</td><td>15</td></tr><tr><td>กองการศึกษา</td><td>8</td><td>0</td><td>9</td></tr>"
         "<tr><td>กองสาธารณสุขและสิ่งแวดล้อม</td><td>9</td><td>3</td><td>31</td></tr></table>")
    page("/integrity/", "คุณธรรมและความโปร่งใส",
         f"<h3>ประมวลจริยธรรม</h3>{fileblock(F['ethics_code'])}"
         f"<h3>ประกาศนโยบาย No Gift Policy</h3>{fileblock(F['nogift2567'])}"
         f"<h3>รายงานผลการรับของขวัญและประโยชน์อื่นใด ปีงบประมาณ 2567</h3>{fileblock(F['gift_report2567'])}"
         f"<h3>แผนปฏิบัติการป้องกันการทุจริต</h3>{fileblock(F['acp_plan'])}"
         f'<p>ข่าว: <a href="{post(1172)}">อบรมคุณธรรมจริยธรรม ประจำปี 2568</a></p>')
    page("/complaint/", "ร้องเรียนการทุจริตและประพฤติมิชอบ",
         "<p>แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่เทศบาลได้ที่แบบฟอร์มด้านล่าง"
         " (ไม่ต้องระบุชื่อก็ได้ ข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับ)</p>"
         '<form class="wpcf7-form" method="post" action="/complaint/"><p>ชื่อ-สกุล (ไม่บังคับ) <input type="text" name="your-name"></p>'
         '<p>เบอร์โทรศัพท์ <input type="tel" name="your-tel"></p><p>เรื่องที่ร้องเรียน <input type="text" name="subject"></p>'
         '<p>รายละเอียด <textarea name="detail"></textarea></p><p>แนบหลักฐาน <input type="file" name="evidence"></p>'
         '<p><input type="submit" value="ส่งเรื่องร้องเรียน"></p></form>'
         "<p>ช่องทางอื่น: ตู้รับเรื่องร้องเรียนหน้าสำนักงาน โทร. 0 5628 4410 ต่อ 101 "
         '<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></p>'
         f"<p>คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</p>{fileblock(F['complaint_manual'])}")


# ------------------------------------------------------------------ the three ITA years
PENDING = "อยู่ระหว่างปรับปรุงข้อมูล"
ITA_2568 = [  # (code, own wording, [(link text, href)] or a note)
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("คลิก", "/about/executives/")]),
    ("o3", "ข้อมูลการติดต่อ", [("คลิก", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("คลิก", "/category/news/")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("scan0007", F["plan_new"])]),
    ("o6", "แผนการดำเนินงานและการใช้งบประมาณประจำปี",
     [("แผนการดำเนินงาน ปี 2568", F["action_plan2568"]), ("เทศบัญญัติงบประมาณรายจ่าย ปี 2568", F["budget_ord2568"]),
      ("รายงานการกำกับติดตาม รอบ 6 เดือน", F["report6m_2568"])]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการติดตามและประเมินผลแผน", F["eval2567"]),
                                          ("รายงานผลการใช้จ่ายงบประมาณ", F["spend2567"])]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คลิก", F["work_manual"])]),
    ("o9", "คู่มือสำหรับประชาชน", [("คลิก", "/services/citizen-manual/")]),
    ("o10", "E-Service", [("คลิก", "/e-service/")]),
    ("o11", "สถิติการให้บริการ", [("คลิก", "/services/statistics/")]),
    ("o12", "รายการการจัดซื้อจัดจ้าง (สขร.1)", [("คลิก", "/procurement/monthly-summary/")]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("คลิก", F["proc_annual2567"])]),
    ("o14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", [("แผนอัตรากำลัง 3 ปี", F["hr_plan_old"])]),
    ("o15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", [("คลิก", F["hr_report2566"])]),
    ("o16", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", [("ประมวลจริยธรรม", F["ethics_code"]),
                                                      ("อบรมคุณธรรมจริยธรรม 2568", post(1172))]),
    ("o17", "คู่มือการจัดการเรื่องร้องเรียน", [("คลิก", F["complaint_manual"])]),
    ("o18", "ช่องทางแจ้งเรื่องร้องเรียน", [("คลิก", "/complaint/")]),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต ปี 2568", [("คลิก", F["complaint_stat2568"])]),
    ("o20", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", [("ประชาคมเมือง 2568", post(1180))]),
    ("o21", "ประกาศเจตนารมณ์ No Gift Policy", PENDING),
    ("o22", "รายงานการรับของขวัญ", PENDING),
    ("o23", "การประเมินความเสี่ยงการทุจริต ประจำปี 2568", [("คลิก", F["risk2567"])]),
    ("o24", "รายงานผลการจัดการความเสี่ยง", PENDING),
    ("o25", "แผนปฏิบัติการป้องกันการทุจริต", [("คลิก", F["acp_plan"])]),
    ("o26", "รายงานผลการดำเนินการป้องกันการทุจริต", PENDING),
]

ITA_2567 = [  # the 2566-style numbering this municipality used for ITA 2567
    ("O1", "โครงสร้าง", [("คลิก", "/about/structure/")]),
    ("O2", "ข้อมูลผู้บริหาร", [("คลิก", "/about/executives/")]),
    ("O3", "อำนาจหน้าที่", [("คลิก", "/about/authority/")]),
    ("O4", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", [("คลิก", F["plan_new"])]),
    ("O5", "ข้อมูลการติดต่อ", [("คลิก", "/contact/")]),
    ("O6", "กฎหมายที่เกี่ยวข้อง", [("คลิก", "/about/laws/")]),
    ("O7", "ข่าวประชาสัมพันธ์", [("คลิก", "/category/news/page/2/")]),
    ("O12", "รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ ประจำปี รอบ 6 เดือน", [("คลิก", F["report6m_2567"])]),
    ("O14", "คู่มือหรือมาตรฐานการปฏิบัติงาน", [("คลิก", F["work_manual"])]),
    ("O15", "คู่มือหรือมาตรฐานการให้บริการ", [("คลิก", "/services/citizen-manual/")]),
    ("O16", "ข้อมูลเชิงสถิติการให้บริการ", [("คลิก", F["service_stat2567"])]),
    ("O23", "นโยบายการบริหารทรัพยากรบุคคล", [("คลิก", F["hr_plan_old"])]),
    ("O26", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", [("คลิก", F["hr_report2566"])]),
    ("O27", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("คลิก", F["complaint_manual"])]),
    ("O28", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("คลิก", "/complaint/")]),
    ("O30", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", [("ประชาคมเมือง 2567", post(1090))]),
    ("O31", "ประกาศเจตนารมณ์นโยบาย No Gift Policy", [("คลิก", F["nogift2567"])]),
    ("O33", "รายงานผลตามนโยบาย No Gift Policy", [("คลิก", F["gift_report2566"])]),
    ("O34", "การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี", [("คลิก", F["risk2567"])]),
    ("O35", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", [("คลิก", F["gone_risk_results2566"])]),
    ("O36", "แผนปฏิบัติการป้องกันการทุจริต", [("คลิก", F["acp_plan"])]),
    ("O40", "การขับเคลื่อนจริยธรรม", [("อบรมคุณธรรม 2567", post(1120))]),
]

ITA_2566 = [
    ("O1", "โครงสร้าง", [("คลิก", "/about/structure/")]),
    ("O2", "ข้อมูลผู้บริหาร", [("คลิก", "/about/executives/")]),
    ("O4", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", [("คลิก", F["plan_new"])]),
    ("O7", "ข่าวประชาสัมพันธ์", [("คลิก", "/category/news/page/2/")]),
    ("O31", "ประกาศเจตนารมณ์นโยบาย No Gift Policy", "ปีงบประมาณ 2566 (ดูที่สำนักปลัด)"),
    ("O36", "แผนปฏิบัติการป้องกันการทุจริต", [("คลิก", F["acp_plan"])]),
    ("O38", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", [("คลิก", F["acp_report2566"])]),
    ("O39", "ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ", [("คลิก", F["ethics_code"])]),
]


GROUPS_2568 = [  # (sub-indicator heading, first code, last code)
    ("ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน", 1, 4),
    ("ตัวชี้วัดย่อยที่ 9.2 การบริหารงานและการใช้จ่ายงบประมาณ", 5, 11),
    ("ตัวชี้วัดย่อยที่ 9.3 การจัดซื้อจัดจ้าง", 12, 13),
    ("ตัวชี้วัดย่อยที่ 9.4 การบริหารและพัฒนาทรัพยากรบุคคล", 14, 16),
    ("ตัวชี้วัดย่อยที่ 9.5 การส่งเสริมความโปร่งใส", 17, 20),
    ("ตัวชี้วัดย่อยที่ 10.1 การดำเนินการเพื่อป้องกันการทุจริตในประเด็นสินบน", 21, 24),
    ("ตัวชี้วัดย่อยที่ 10.2 การส่งเสริมคุณธรรมและความโปร่งใส", 25, 26),
]
SITE = "https://www.buengkanchana.go.th"
MENU_PATH = {  # how the 2567 page explains where each page sits ("คำอธิบาย")
    "/about/": "เกี่ยวกับเทศบาล", "/plan/": "แผนงาน/งบประมาณ", "/services/": "บริการประชาชน", "/complaint/": "ITA",
    "/category/": "ข่าวสาร", "/contact/": "ติดต่อเรา", "/archives/": "ข่าวสาร", "/wp-content/": "ITA 2567",
}


def ita_table(rows) -> str:
    """The 2568 and 2566 layout: code | own wording | short links ("คลิก")."""
    trs = []
    for code, text, target in rows:
        cell = (html.escape(target) if isinstance(target, str)
                else " ".join(f'<a href="{h}">{html.escape(t)}</a>' for t, h in target))
        trs.append(f"<tr><td>{code}</td><td>{html.escape(text)}</td><td>{cell}</td></tr>")
    return ('<figure class="wp-block-table"><table><thead><tr><th>ตัวชี้วัด</th><th>ข้อมูล</th><th>ลิงก์</th></tr></thead>'
            f'<tbody>{"".join(trs)}</tbody></table></figure>')


def ita_table_urls(rows) -> str:
    """The 2567 layout, as many agencies copied it from the NACC form: ข้อ | URL | คำอธิบาย, the link
    text being the address itself cut at 30 characters."""
    trs = []
    for code, text, target in rows:
        links, steps = [], []
        for _t, h in target:
            full = SITE + h
            links.append(f'<a href="{h}">{html.escape(full[:30])}...</a>')
            where = next((v for k, v in MENU_PATH.items() if h.startswith(k)), "ITA")
            steps.append(f"หน้าหลักของเว็บไซต์ เลือกเมนู {where}")
        desc = "<br>".join(f"{i}. {x}" for i, x in enumerate([f"แสดงขั้นตอนการเปิดเผยข้อมูล {code}", *steps,
                                                             f"แสดง{text}"], 1))
        trs.append(f"<tr><td>{code.lower()} {html.escape(text)}</td><td>{'<br>'.join(links)}</td><td>{desc}</td></tr>")
    return ('<figure class="wp-block-table"><table><thead><tr><th>ข้อ</th><th>URL</th><th>คำอธิบาย</th></tr></thead>'
            f'<tbody>{"".join(trs)}</tbody></table></figure>')


def ita_pages() -> None:
    by_code = {int(r[0][1:]): r for r in ITA_2568}
    groups = "".join(f"<h3>{html.escape(head)}</h3>" + ita_table([by_code[k] for k in range(a, b + 1)])
                     for head, a, b in GROUPS_2568)
    page("/ita-2568/", "ITA 2568 การเปิดเผยข้อมูลสาธารณะ (OIT)",
         "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568</p>"
         "<h2>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล</h2>" + groups.replace(
             "<h3>ตัวชี้วัดย่อยที่ 10.1", "<h2>ตัวชี้วัดที่ 10 การป้องกันการทุจริต</h2><h3>ตัวชี้วัดย่อยที่ 10.1"))
    page("/ita-2567/", "ITA 2567 การเปิดเผยข้อมูลสาธารณะ (OIT)",
         "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น ITA ปี พ.ศ. 2567</p>"
         + ita_table_urls(ITA_2567))
    page("/ita-2566/", "ITA 2566 การเปิดเผยข้อมูลสาธารณะ (OIT)",
         "<p>การประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566 (ผลคะแนน 88.41)</p>" + ita_table(ITA_2566))
    tabs = [("ita2568", "ITA 2568", "/ita-2568/", "o1 – o26 (ข้อมูลพื้นฐาน การบริหารงาน การจัดซื้อจัดจ้าง"
             " การบริหารทรัพยากรบุคคล การส่งเสริมความโปร่งใส การป้องกันการทุจริต)"),
            ("ita2567", "ITA 2567", "/ita-2567/", "O1 – O43 ผลคะแนน 91.27"),
            ("ita2566", "ITA 2566", "/ita-2566/", "O1 – O43 ผลคะแนน 88.41")]
    titles = "".join(f'<li class="kt-title-item{" kt-tab-title-active" if i == 0 else ""}">'
                     f'<a href="#tab-{k}" data-tab="{i + 1}" role="tab">{t}</a></li>' for i, (k, t, _h, _s) in enumerate(tabs))
    panes = "".join(f'<div id="tab-{k}" class="kt-tab-inner-content kt-inner-tab-{i + 1}" role="tabpanel"'
                    f'{"" if i == 0 else " hidden"}><p>การเปิดเผยข้อมูลสาธารณะ (OIT) {t}: {html.escape(s)}</p>'
                    f'<p><a href="{h}">ดูรายละเอียด {t}</a></p></div>' for i, (k, t, h, s) in enumerate(tabs))
    page("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
         f'<div class="wp-block-kadence-tabs"><ul class="kt-tabs-title-list" role="tablist">{titles}</ul>'
         f'<div class="kt-tabs-content-wrap">{panes}</div></div>')


CSS = """body{font-family:Sarabun,Tahoma,sans-serif;margin:0;color:#222}
.site-header{background:#00695a;color:#fff;padding:8px 16px}.site-title a{color:#fff;font-size:22px}
.menu{list-style:none;display:flex;margin:0;padding:0}.menu-item{position:relative}.menu a{color:#fff;padding:10px 12px;display:block}
.sub-menu{display:none;position:absolute;background:#fff;list-style:none;min-width:240px;padding:0}
.menu-item:hover .sub-menu{display:block}.sub-menu a{color:#00695a}
.site-content{display:flex;max-width:1140px;margin:0 auto}.site-main{flex:3;padding:16px}.widget-area{flex:1;padding:16px}
.wp-block-file{margin:6px 0}.wp-block-file__button{background:#00695a;color:#fff;padding:2px 8px;margin-left:8px;border-radius:3px}
.wp-block-table td,.wp-block-table th{border:1px solid #ccc;padding:4px 8px}.site-footer{background:#004d40;color:#fff;padding:16px}
.kt-tabs-title-list{display:flex;list-style:none}.kt-title-item a{padding:6px 14px;border:1px solid #00695a}
"""

if __name__ == "__main__":
    css = os.path.join(HERE, "wp-content", "themes", "kanjana", "style.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as fh:
        fh.write(CSS)
    home()
    news_pages()
    about()
    documents()
    ita_pages()
    print(f"pages written under {HERE}")
