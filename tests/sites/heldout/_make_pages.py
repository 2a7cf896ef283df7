"""Generate the HTML pages of the "heldout" test site (เทศบาลเมืองท่าศรี, a Joomla 3 website).

Run:  python tests/sites/heldout/_make_pages.py   (then _make_docs.py for the PDFs and images)

Joomla-looking: SEF menu paths (/th/about/structure/) and raw component paths
(/th/component/content/article/404-prachakhom-2569/), served as folder/index.html.  Every page
repeats the main menu, breadcrumbs, a right column of banners and a visitor counter, and a
footer with the address.  Joomla prints article dates in the Christian era ("20 พฤศจิกายน 2025")
while staff type Buddhist-era dates in the text.  UTF-8, <meta charset="utf-8">.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
ORG = "เทศบาลเมืองท่าศรี"
NEWS = "/th/component/content/category/8-news/"
ITA = "/th/ita/oit-2569/"

MENU = """<ul class="nav menu mod-list">
<li class="item-101 default"><a href="/">หน้าแรก</a></li>
<li class="item-102 deeper parent"><span class="nav-header">ข้อมูลพื้นฐาน</span><ul class="nav-child unstyled small">
<li class="item-110"><a href="/th/about/history/">ประวัติความเป็นมา</a></li>
<li class="item-111"><a href="/th/about/vision/">วิสัยทัศน์/พันธกิจ</a></li>
<li class="item-112"><a href="/th/about/structure/">โครงสร้างส่วนราชการ</a></li>
<li class="item-113"><a href="/th/about/authority/">อำนาจหน้าที่</a></li>
<li class="item-114"><a href="/th/about/executives/">คณะผู้บริหาร</a></li>
<li class="item-115"><a href="/th/about/council/">สมาชิกสภาเทศบาล</a></li>
<li class="item-116"><a href="/th/about/personnel/">บุคลากร</a></li>
<li class="item-117"><a href="/th/about/laws/">กฎหมายที่เกี่ยวข้อง</a></li>
</ul></li>
<li class="item-103 deeper parent"><span class="nav-header">แผนงาน</span><ul class="nav-child unstyled small">
<li class="item-120"><a href="/th/plan/local-dev-plan/">แผนพัฒนาท้องถิ่น</a></li>
<li class="item-121"><a href="/th/plan/operation-plan/">แผนการดำเนินงาน</a></li>
</ul></li>
<li class="item-104 deeper parent"><span class="nav-header">ข่าวสาร</span><ul class="nav-child unstyled small">
<li class="item-130"><a href="/th/component/content/category/8-news/">ข่าวประชาสัมพันธ์</a></li>
<li class="item-131"><a href="/th/gallery/">ภาพกิจกรรม</a></li>
</ul></li>
<li class="item-105 deeper parent"><span class="nav-header">จัดซื้อจัดจ้าง</span><ul class="nav-child unstyled small">
<li class="item-140"><a href="/th/procurement/">ประกาศจัดซื้อจัดจ้าง</a></li>
<li class="item-141"><a href="/th/procurement/sorkhor1/">สรุปผลจัดซื้อจัดจ้าง (สขร.1)</a></li>
</ul></li>
<li class="item-106 deeper parent"><span class="nav-header">บริการประชาชน</span><ul class="nav-child unstyled small">
<li class="item-150"><a href="/th/services/manual/">คู่มือสำหรับประชาชน</a></li>
<li class="item-151"><a href="/th/services/e-service/">E-Service</a></li>
</ul></li>
<li class="item-107"><a href="/th/info-center/">ศูนย์ข้อมูลข่าวสาร</a></li>
<li class="item-108"><a href="/th/ita/oit-2569/">ITA 2569</a></li>
<li class="item-109 deeper parent"><span class="nav-header">ร้องเรียน/ร้องทุกข์</span><ul class="nav-child unstyled small">
<li class="item-160"><a href="/th/complaint/">แจ้งเรื่องร้องเรียน</a></li>
<li class="item-161"><a href="/th/complaint/statistics/">สถิติเรื่องร้องเรียน</a></li>
</ul></li>
<li class="item-118"><a href="/th/contact/">ติดต่อเรา</a></li>
</ul>"""

RIGHT = """<div class="moduletable banners"><h3>ลิงก์ที่น่าสนใจ</h3>
<p><a href="/th/ita/oit-2569/"><img src="/images/logo.png" alt="ITA 2569" width="72" height="72"> การประเมินคุณธรรมและความโปร่งใส ITA 2569</a></p>
<p><a href="https://www.nacc.go.th/" target="_blank">สำนักงาน ป.ป.ช.</a></p>
<p><a href="https://www.damrongdham.moi.go.th/" target="_blank">ศูนย์ดำรงธรรม</a></p>
<p><a href="https://www.gprocurement.go.th/" target="_blank">ระบบจัดซื้อจัดจ้างภาครัฐ e-GP</a></p>
<p><a href="https://info.go.th/" target="_blank">ศูนย์กลางข้อมูลคู่มือประชาชน</a></p>
<p><a href="https://www.facebook.com/thasricity" target="_blank">Facebook เทศบาลเมืองท่าศรี</a></p>
</div>
<div class="moduletable counter"><h3>สถิติผู้เข้าชม</h3>
<p>วันนี้ 214<br>เมื่อวาน 387<br>เดือนนี้ 6,902<br>ทั้งหมด 1,284,557</p></div>"""

FOOTER = """<footer class="footer"><div class="container">
<p>สำนักงานเทศบาลเมืองท่าศรี 99 หมู่ที่ 4 ถนนจรดวิถีถ่อง ตำบลท่าศรี อำเภอศรีสำโรง จังหวัดสุโขทัย 64120<br>
โทรศัพท์ 0-5568-1234 โทรสาร 0-5568-1235 E-mail: saraban@thasricity.go.th</p>
<p>Copyright &copy; 2026 เทศบาลเมืองท่าศรี. All Rights Reserved.</p>
</div></footer>"""


def page(path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None = None,
         info: dict | None = None, heading: bool = True) -> None:
    crumbs = crumbs or []
    trail = ['<li><span class="divider icon-location"></span></li>', '<li><a href="/" class="pathway">หน้าแรก</a></li>']
    for name, href in crumbs:
        trail.append(f'<li><a href="{href}" class="pathway">{name}</a></li>' if href else f"<li><span>{name}</span></li>")
    trail.append(f'<li class="active"><span>{title}</span></li>')
    meta = ""
    if info:
        meta = ('<dl class="article-info muted"><dt class="article-info-term">รายละเอียด</dt>'
                f'<dd class="createdby">เขียนโดย {info.get("author", "Super User")}</dd>'
                f'<dd class="category-name">หมวด: <a href="{info.get("cat_href", NEWS)}">{info.get("cat", "ข่าวประชาสัมพันธ์")}</a></dd>'
                f'<dd class="published"><span class="icon-calendar"></span> เผยแพร่เมื่อ: {info["date"]}</dd>'
                f'<dd class="hits"><span class="icon-eye-open"></span> ฮิต: {info.get("hits", 0)}</dd></dl>')
    head = f'<div class="page-header"><h2 itemprop="headline">{title}</h2></div>' if heading else ""
    html = f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{title} - {ORG}</title>
<link href="/templates/thasri/css/template.css" rel="stylesheet" />
</head>
<body class="site com_content view-article">
<div class="body"><div class="container">
<header class="header"><a class="brand pull-left" href="/"><img src="/images/logo.png" alt="{ORG}" width="72" height="72"></a>
<div class="site-title">{ORG}<br><small>อำเภอศรีสำโรง จังหวัดสุโขทัย &mdash; ท่าศรีเมืองน่าอยู่ ประตูสู่มรดกโลก</small></div></header>
<nav class="navigation" role="navigation">{MENU}</nav>
<div class="moduletable breadcrumbs"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
<li>คุณอยู่ที่: &#160;</li>{''.join(trail)}</ul></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
{head}
{meta}
<div itemprop="articleBody">
{body.strip()}
</div>
</div>
</main>
<div id="aside" class="span3">{RIGHT}</div>
</div>
</div></div>
{FOOTER}
</body>
</html>
"""
    out = os.path.join(HERE, path, "index.html") if path else os.path.join(HERE, "index.html")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(html)


def dl(href: str, text: str = "ดาวน์โหลด") -> str:
    return f'<a href="{href}" target="_blank"><img src="/images/logo.png" alt="pdf" width="16" height="16"> {text}</a>'


ABOUT = [("ข้อมูลพื้นฐาน", "")]
NEWSC = [("ข่าวสาร", ""), ("ข่าวประชาสัมพันธ์", NEWS)]

# ---------------------------------------------------------------- news items (newest first)
ARTICLES = [
    # (id-slug, title, CE date shown by Joomla, hits)
    ("429-tax-2569", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2569", "2 เมษายน 2026", 96),
    ("426-job-2569", "ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง ประจำปีงบประมาณ พ.ศ. 2569", "12 มีนาคม 2026", 1204),
    ("423-training-staff-2569", "ประชาสัมพันธ์โครงการฝึกอบรมเพิ่มประสิทธิภาพการปฏิบัติงานของบุคลากร ประจำปีงบประมาณ พ.ศ. 2569", "5 มีนาคม 2026", 77),
    ("417-dengue", "กองสาธารณสุขฯ ออกพ่นหมอกควันกำจัดยุงลาย ป้องกันโรคไข้เลือดออก", "11 กุมภาพันธ์ 2026", 58),
    ("411-ethics-training-2569", "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมและการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569", "21 มกราคม 2026", 143),
    ("404-prachakhom-2569", "ประชุมประชาคมเมือง เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปีงบประมาณ พ.ศ. 2569", "10 ธันวาคม 2025", 188),
    ("398-loykrathong-2568", "ภาพกิจกรรมงานประเพณีลอยกระทง ประจำปี 2568", "7 พฤศจิกายน 2025", 265),
    ("391-no-gift-2569", "ประกาศเจตนารมณ์ นโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ พ.ศ. 2569", "3 ตุลาคม 2025", 131),
    ("382-ita-2568-result", "เทศบาลเมืองท่าศรี ผ่านการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ระดับ A", "20 สิงหาคม 2025", 402),
]
ART = {a[0]: a for a in ARTICLES}


def art_url(key: str) -> str:
    return f"/th/component/content/article/{key}/"


def article(key: str, body: str, author: str = "งานประชาสัมพันธ์") -> None:
    _, title, date, hits = ART[key]
    page(f"th/component/content/article/{key}", title, body, NEWSC,
         info=dict(author=author, date=date, hits=hits))


def build() -> None:
    # ------------------------------------------------------------ home
    latest = "\n".join(
        f'<li><a href="{art_url(k)}">{t}</a> <span class="small">({dt})</span></li>' for k, t, dt, _ in ARTICLES[:6])
    page("", "หน้าแรก", f"""
<div class="welcome"><p><img src="/images/executive/mayor.jpg" alt="นายกเทศมนตรี" width="120" height="150" style="float:left;margin-right:10px">
ยินดีต้อนรับสู่เว็บไซต์เทศบาลเมืองท่าศรี ช่องทางเผยแพร่ข้อมูลข่าวสารและบริการประชาชน
"ท่าศรีเมืองน่าอยู่ ประตูสู่มรดกโลก"<br>นายประสิทธิ์ วงศ์สวัสดิ์ นายกเทศมนตรีเมืองท่าศรี</p></div>
<div class="quicklinks"><a href="{ITA}">ITA 2569</a> | <a href="/th/services/e-service/">E-Service</a> |
<a href="/th/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a> | <a href="/th/info-center/">ศูนย์ข้อมูลข่าวสาร</a> |
<a href="/th/services/manual/">คู่มือสำหรับประชาชน</a></div>
<h3>ข่าวประชาสัมพันธ์</h3>
<ul class="latestnews">
{latest}
</ul>
<p><a href="{NEWS}">อ่านข่าวทั้งหมด &raquo;</a></p>
<h3>ประกาศจัดซื้อจัดจ้าง</h3>
<ul>
<li><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&amp;proc_id=ShowHTMLFile&amp;processFlows=Procure&amp;projectId=69039123456&amp;templateType=W2&amp;temp_Announ=A&amp;temp_itemNo=0&amp;seqNo=1">ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงท่อระบายน้ำ ถนนจรดวิถีถ่อง</a></li>
<li><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&amp;proc_id=ShowHTMLFile&amp;processFlows=Procure&amp;projectId=69029087711&amp;templateType=D2&amp;temp_Announ=D&amp;temp_itemNo=0&amp;seqNo=1">ประกาศประกวดราคาจ้างก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)</a></li>
</ul>
<p><a href="/th/procurement/">ดูทั้งหมด &raquo;</a></p>
""", heading=False)

    # ------------------------------------------------------------ about
    page("th/about/history", "ประวัติความเป็นมา", """
<p>เทศบาลเมืองท่าศรี เดิมเป็นสุขาภิบาลท่าศรี จัดตั้งเมื่อปี พ.ศ. 2499 ต่อมาได้รับการยกฐานะเป็นเทศบาลตำบลท่าศรี
ตามพระราชบัญญัติเปลี่ยนแปลงฐานะสุขาภิบาลเป็นเทศบาล พ.ศ. 2542 และยกฐานะเป็นเทศบาลเมืองท่าศรี เมื่อวันที่ 12 มีนาคม 2553</p>
<p>เทศบาลมีพื้นที่ 21.4 ตารางกิโลเมตร แบ่งเป็น 12 ชุมชน ประชากร 24,806 คน ตั้งอยู่ริมแม่น้ำยม
ห่างจากอุทยานประวัติศาสตร์สุโขทัยประมาณ 28 กิโลเมตร</p>
""", ABOUT)

    page("th/about/vision", "วิสัยทัศน์/พันธกิจ", """
<p><strong>วิสัยทัศน์</strong><br>"ท่าศรีเมืองน่าอยู่ ประตูสู่มรดกโลก ประชาชนมีคุณภาพชีวิตที่ดี บริหารจัดการด้วยธรรมาภิบาล"</p>
<p><strong>พันธกิจ</strong></p>
<ol><li>พัฒนาโครงสร้างพื้นฐานและระบบสาธารณูปโภคให้ได้มาตรฐาน</li>
<li>ส่งเสริมเศรษฐกิจชุมชนและการท่องเที่ยวเชิงวัฒนธรรม</li>
<li>ยกระดับการศึกษา สาธารณสุข และสวัสดิการสังคม</li>
<li>บริหารจัดการขยะและสิ่งแวดล้อมอย่างยั่งยืน</li>
<li>บริหารงานโปร่งใส ตรวจสอบได้ ประชาชนมีส่วนร่วม</li></ol>
""", ABOUT)

    page("th/about/structure", "โครงสร้างส่วนราชการ", """
<p><img src="/images/structure/structure-2568.png" alt="แผนภูมิโครงสร้างเทศบาลเมืองท่าศรี" width="860" height="400"></p>
<p><strong>ฝ่ายนิติบัญญัติ</strong> : สภาเทศบาลเมืองท่าศรี ประกอบด้วยสมาชิกสภาเทศบาล จำนวน 18 คน มาจากการเลือกตั้ง มีประธานสภาและรองประธานสภา</p>
<p><strong>ฝ่ายบริหาร</strong> : นายกเทศมนตรี รองนายกเทศมนตรี 3 คน เลขานุการนายกเทศมนตรี และที่ปรึกษานายกเทศมนตรี</p>
<p><strong>ฝ่ายประจำ</strong> : ปลัดเทศบาล รองปลัดเทศบาล 2 คน และส่วนราชการ ดังนี้</p>
<table class="table table-bordered">
<tr><th>ส่วนราชการ</th><th>ผู้อำนวยการ</th><th>งานในสังกัด</th></tr>
<tr><td>สำนักปลัดเทศบาล</td><td>นางสาวจิราพร มีสุข</td><td>งานธุรการ งานการเจ้าหน้าที่ งานป้องกันและบรรเทาสาธารณภัย งานทะเบียนราษฎร งานนิติการ</td></tr>
<tr><td>กองคลัง</td><td>นางรัชนี แสงทอง</td><td>งานการเงิน งานบัญชี งานพัสดุ งานพัฒนาและจัดเก็บรายได้</td></tr>
<tr><td>กองช่าง</td><td>นายสุเมธ ช่างคิด</td><td>งานก่อสร้าง งานควบคุมอาคาร งานสาธารณูปโภค</td></tr>
<tr><td>กองสาธารณสุขและสิ่งแวดล้อม</td><td>นางสุดารัตน์ ใจดี</td><td>งานรักษาความสะอาด งานป้องกันโรค งานศูนย์บริการสาธารณสุข</td></tr>
<tr><td>กองการศึกษา</td><td>นายสมศักดิ์ ครูเก่ง</td><td>โรงเรียนสังกัดเทศบาล 3 แห่ง ศูนย์พัฒนาเด็กเล็ก 2 แห่ง</td></tr>
<tr><td>กองสวัสดิการสังคม</td><td>นางสาวกาญจนา ชื่นใจ</td><td>งานสังคมสงเคราะห์ งานพัฒนาชุมชน</td></tr>
<tr><td>กองยุทธศาสตร์และงบประมาณ</td><td>นายเอกชัย วางแผน</td><td>งานวิเคราะห์นโยบายและแผน งานงบประมาณ งานประชาสัมพันธ์</td></tr>
<tr><td>หน่วยตรวจสอบภายใน</td><td>นางสาวอรวรรณ ตรงไปตรงมา</td><td>งานตรวจสอบภายใน</td></tr>
</table>
<p>ดูเพิ่มเติม: <a href="/th/about/authority/">อำนาจหน้าที่ของเทศบาล</a></p>
""", ABOUT, info=dict(author="Super User", cat="ข้อมูลพื้นฐาน", cat_href="/th/about/history/",
                     date="14 กรกฎาคม 2024", hits=3310))

    page("th/about/authority", "อำนาจหน้าที่", """
<p>เทศบาลเมืองท่าศรีมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ และที่แก้ไขเพิ่มเติม
และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๔๒ โดยสรุป ดังนี้</p>
<p><strong>มาตรา ๕๓</strong> เทศบาลเมืองมีหน้าที่ต้องทำในเขตเทศบาล</p>
<ol><li>กิจการตามที่ระบุไว้ในมาตรา ๕๐ เช่น รักษาความสงบเรียบร้อย ให้มีและบำรุงทางบกทางน้ำ รักษาความสะอาด กำจัดมูลฝอย ป้องกันและระงับโรคติดต่อ ให้มีเครื่องใช้ในการดับเพลิง ให้ราษฎรได้รับการศึกษาอบรม</li>
<li>ให้มีน้ำสะอาดหรือการประปา</li>
<li>ให้มีโรงฆ่าสัตว์</li>
<li>ให้มีและบำรุงสถานที่ทำการพิทักษ์และรักษาคนเจ็บไข้</li>
<li>ให้มีและบำรุงทางระบายน้ำ</li>
<li>ให้มีและบำรุงส้วมสาธารณะ</li>
<li>ให้มีและบำรุงการไฟฟ้าหรือแสงสว่างโดยวิธีอื่น</li>
<li>ให้มีการดำเนินกิจการโรงรับจำนำหรือสถานสินเชื่อท้องถิ่น</li></ol>
<p><strong>มาตรา ๕๔</strong> เทศบาลเมืองอาจจัดทำกิจการอื่น เช่น ตลาด ท่าเทียบเรือ สุสาน การสาธารณูปการ สวนสาธารณะ สนามกีฬา</p>
<p><strong>มาตรา ๑๖ แห่ง พ.ร.บ.กำหนดแผนฯ</strong> ให้เทศบาลมีอำนาจและหน้าที่ในการจัดระบบการบริการสาธารณะเพื่อประโยชน์ของประชาชนในท้องถิ่นของตนเอง รวม ๓๑ ประการ</p>
""", ABOUT, info=dict(author="Super User", cat="ข้อมูลพื้นฐาน", cat_href="/th/about/history/",
                     date="14 กรกฎาคม 2024", hits=2875))

    page("th/about/executives", "คณะผู้บริหาร", """
<table class="table executives">
<tr><td><img src="/images/executive/mayor.jpg" alt="นายประสิทธิ์ วงศ์สวัสดิ์" width="120" height="150"><br>
<strong>นายประสิทธิ์ วงศ์สวัสดิ์</strong><br>นายกเทศมนตรีเมืองท่าศรี<br>โทร 08-1234-5601</td></tr>
<tr><td><img src="/images/executive/deputy1.jpg" alt="นายสมชาย ใจกล้า" width="120" height="150"><br>
<strong>นายสมชาย ใจกล้า</strong><br>รองนายกเทศมนตรี<br>โทร 08-1234-5602</td>
<td><img src="/images/executive/deputy2.jpg" alt="นางสาวพรทิพย์ ศรีทอง" width="120" height="150"><br>
<strong>นางสาวพรทิพย์ ศรีทอง</strong><br>รองนายกเทศมนตรี<br>โทร 08-1234-5603</td>
<td><img src="/images/executive/deputy3.jpg" alt="นายวีระ บุญมา" width="120" height="150"><br>
<strong>นายวีระ บุญมา</strong><br>รองนายกเทศมนตรี<br>โทร 08-1234-5604</td></tr>
<tr><td><strong>นายธนพล แก้วมณี</strong><br>เลขานุการนายกเทศมนตรี</td>
<td><strong>นายบุญเลิศ ทองดี</strong><br>ที่ปรึกษานายกเทศมนตรี</td></tr>
<tr><td><img src="/images/executive/palad.jpg" alt="นางวรรณา สุขเจริญ" width="120" height="150"><br>
<strong>นางวรรณา สุขเจริญ</strong><br>ปลัดเทศบาลเมืองท่าศรี<br>โทร 0-5568-1234 ต่อ 100</td>
<td><strong>นายอนุชา ทองคำ</strong><br>รองปลัดเทศบาล</td></tr>
</table>
""", ABOUT)

    council = "\n".join(
        f"<tr><td>{i}</td><td>{n}</td><td>{p}</td></tr>" for i, (n, p) in enumerate([
            ("นายสุรินทร์ คำแก้ว", "ประธานสภาเทศบาล"), ("นายเฉลิม พรหมมา", "รองประธานสภาเทศบาล"),
            ("นางสมศรี ดวงดี", "สมาชิกสภาเทศบาล เขต 1"), ("นายไพโรจน์ สายทอง", "สมาชิกสภาเทศบาล เขต 1"),
            ("นายบุญส่ง นาคสุข", "สมาชิกสภาเทศบาล เขต 2"), ("นางอำไพ ศรีสุข", "สมาชิกสภาเทศบาล เขต 2"),
            ("นายชาตรี ปานทอง", "สมาชิกสภาเทศบาล เขต 3"), ("นางวรรณา สุขเจริญ", "เลขานุการสภาเทศบาล (ปลัดเทศบาล)"),
        ], 1))
    page("th/about/council", "สมาชิกสภาเทศบาล", f"""
<p>สภาเทศบาลเมืองท่าศรี ชุดปัจจุบัน (เลือกตั้งเมื่อวันที่ 28 มีนาคม 2564) มีสมาชิกทั้งหมด 18 คน</p>
<table class="table table-striped"><tr><th>ที่</th><th>ชื่อ-สกุล</th><th>ตำแหน่ง</th></tr>
{council}
</table>
<p>กำหนดสมัยประชุมสามัญ ประจำปี 2569 : สมัยที่ 1 เดือนกุมภาพันธ์ สมัยที่ 2 เดือนพฤษภาคม สมัยที่ 3 เดือนสิงหาคม สมัยที่ 4 เดือนพฤศจิกายน</p>
""", ABOUT)

    page("th/about/personnel", "บุคลากร", """
<p>ข้อมูลบุคลากรเทศบาลเมืองท่าศรี ณ วันที่ 1 มกราคม 2569</p>
<table class="table table-bordered">
<tr><th>ส่วนราชการ</th><th>พนักงานเทศบาล</th><th>ครู</th><th>ลูกจ้างประจำ</th><th>พนักงานจ้าง</th></tr>
<tr><td>สำนักปลัดเทศบาล</td><td>21</td><td>-</td><td>3</td><td>38</td></tr>
<tr><td>กองคลัง</td><td>12</td><td>-</td><td>1</td><td>9</td></tr>
<tr><td>กองช่าง</td><td>13</td><td>-</td><td>4</td><td>31</td></tr>
<tr><td>กองสาธารณสุขและสิ่งแวดล้อม</td><td>10</td><td>-</td><td>3</td><td>52</td></tr>
<tr><td>กองการศึกษา</td><td>8</td><td>46</td><td>1</td><td>20</td></tr>
<tr><td>กองสวัสดิการสังคม</td><td>5</td><td>-</td><td>-</td><td>4</td></tr>
<tr><td>กองยุทธศาสตร์และงบประมาณ</td><td>4</td><td>-</td><td>-</td><td>2</td></tr>
<tr><td><strong>รวม</strong></td><td>73</td><td>46</td><td>12</td><td>156</td></tr>
</table>
<p>หัวหน้าส่วนราชการ ดูที่หน้า <a href="/th/about/structure/">โครงสร้างส่วนราชการ</a></p>
""", ABOUT)

    page("th/about/laws", "กฎหมายที่เกี่ยวข้อง", """
<ul>
<li><a href="https://www.krisdika.go.th/" target="_blank">พระราชบัญญัติเทศบาล พ.ศ. 2496 แก้ไขเพิ่มเติมถึง (ฉบับที่ 14) พ.ศ. 2562</a></li>
<li><a href="https://www.krisdika.go.th/" target="_blank">พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542</a></li>
<li><a href="https://www.krisdika.go.th/" target="_blank">พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</a></li>
<li><a href="https://www.krisdika.go.th/" target="_blank">พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560</a></li>
<li><a href="https://www.krisdika.go.th/" target="_blank">พระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558</a></li>
</ul>
""", ABOUT)

    # ------------------------------------------------------------ plans
    page("th/plan/local-dev-plan", "แผนพัฒนาท้องถิ่น", f"""
<table class="table table-bordered">
<tr><th>ที่</th><th>รายการ</th><th>ไฟล์</th></tr>
<tr><td>1</td><td>แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เทศบาลเมืองท่าศรี</td><td>{dl("/images/stories/plan/localplan66-70.pdf")}</td></tr>
<tr><td>2</td><td>แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) เพิ่มเติม ครั้งที่ 1/2567</td><td><a href="https://drive.google.com/file/d/1pQx7Lr0aZ-thasri-plan-add1/view" target="_blank">ดาวน์โหลด</a></td></tr>
<tr><td>3</td><td>แผนพัฒนาท้องถิ่นสี่ปี (พ.ศ. 2561 - 2564) (ยกเลิกแล้ว)</td><td><a href="https://drive.google.com/file/d/0B7thasri-plan61-64/view" target="_blank">ดาวน์โหลด</a></td></tr>
</table>
""", [("แผนงาน", "")])

    page("th/plan/operation-plan", "แผนการดำเนินงาน", f"""
<p>แผนการดำเนินงานประจำปี เทศบาลเมืองท่าศรี</p>
<p>1. แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 &nbsp; {dl("/images/stories/2567/pdo_68.pdf")}</p>
<p>2. แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 &nbsp; {dl("/images/2568/pdo69.pdf")} <span style="color:red">ใหม่!</span></p>
""", [("แผนงาน", "")], info=dict(author="กองยุทธศาสตร์ฯ", cat="แผนงาน", cat_href="/th/plan/local-dev-plan/",
                                 date="31 ตุลาคม 2025", hits=412))

    # ------------------------------------------------------------ news list
    rows = "\n".join(
        f'<tr><td class="list-title"><a href="{art_url(k)}">{t}</a></td><td class="list-date small">{dt}</td><td class="list-hits">{h}</td></tr>'
        for k, t, dt, h in ARTICLES)
    page(NEWS.strip("/"), "ข่าวประชาสัมพันธ์", f"""
<table class="category table table-striped table-bordered table-hover">
<thead><tr><th>หัวข้อ</th><th>วันที่สร้าง</th><th>ฮิต</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<div class="pagination"><p class="counter pull-right">หน้า 1 จาก 1</p></div>
""", [("ข่าวสาร", "")])

    # ------------------------------------------------------------ news articles
    article("429-tax-2569", """
<p>เทศบาลเมืองท่าศรี ขอประชาสัมพันธ์ให้ผู้มีหน้าที่เสียภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย ประจำปี 2569
ชำระภาษีได้ที่กองคลัง งานพัฒนาและจัดเก็บรายได้ ตั้งแต่บัดนี้ถึงวันที่ 30 เมษายน 2569 ในวันและเวลาราชการ</p>
<p>ภาษีป้าย ผู้ที่ยังไม่ได้ยื่นแบบ ภ.ป.1 (กำหนดภายในวันที่ 31 มีนาคม 2569) ขอให้ยื่นโดยเร็ว หากชำระเกินกำหนดต้องเสียเงินเพิ่มตามกฎหมาย สอบถามโทร 0-5568-1234 ต่อ 202</p>
""", "กองคลัง")

    article("426-job-2569", """
<p style="text-align:center"><strong>ประกาศเทศบาลเมืองท่าศรี<br>เรื่อง รับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง ประจำปีงบประมาณ พ.ศ. 2569</strong></p>
<p>ด้วยเทศบาลเมืองท่าศรี อำเภอศรีสำโรง จังหวัดสุโขทัย มีความประสงค์จะรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง
อาศัยอำนาจตามประกาศคณะกรรมการพนักงานเทศบาลจังหวัดสุโขทัย เรื่อง หลักเกณฑ์และเงื่อนไขเกี่ยวกับพนักงานจ้าง จึงประกาศรับสมัคร ดังนี้</p>
<table class="table table-bordered"><tr><th>ตำแหน่ง</th><th>ประเภท</th><th>จำนวน</th><th>ค่าตอบแทน</th></tr>
<tr><td>ผู้ช่วยเจ้าพนักงานธุรการ</td><td>พนักงานจ้างตามภารกิจ</td><td>1</td><td>9,400 บาท</td></tr>
<tr><td>คนงานประจำรถขยะ</td><td>พนักงานจ้างทั่วไป</td><td>3</td><td>9,000 บาท</td></tr></table>
<p>รับสมัครตั้งแต่วันที่ 16 – 27 มีนาคม 2569 ณ งานการเจ้าหน้าที่ สำนักปลัดเทศบาล
หลักเกณฑ์และวิธีการเลือกสรร : ประเมินสมรรถนะโดยการสอบข้อเขียนและสอบสัมภาษณ์ ประกาศรายชื่อผู้มีสิทธิเข้ารับการเลือกสรรวันที่ 1 เมษายน 2569</p>
""", "งานการเจ้าหน้าที่")

    article("423-training-staff-2569", """
<p>ด้วยเทศบาลเมืองท่าศรี กำหนดจัดโครงการฝึกอบรมเพิ่มประสิทธิภาพการปฏิบัติงานของบุคลากร ประจำปีงบประมาณ พ.ศ. 2569
ระหว่างวันที่ 22 – 24 เมษายน 2569 ณ ห้องประชุมเทศบาลเมืองท่าศรี และศึกษาดูงาน ณ เทศบาลนครพิษณุโลก</p>
<p>ผู้เข้ารับการอบรม ได้แก่ ผู้บริหาร สมาชิกสภาเทศบาล พนักงานเทศบาล ลูกจ้างประจำ และพนักงานจ้าง รวม 150 คน
ขอให้ทุกส่วนราชการส่งรายชื่อผู้เข้ารับการอบรมให้งานการเจ้าหน้าที่ภายในวันที่ 10 เมษายน 2569</p>
""", "งานการเจ้าหน้าที่")

    article("417-dengue", """
<p><img src="/images/2569/news/dengue.jpg" alt="พ่นหมอกควัน" width="240" height="160"></p>
<p>วันที่ 10 กุมภาพันธ์ 2569 กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองท่าศรี ออกพ่นหมอกควันกำจัดยุงลาย
ในพื้นที่ชุมชนบ้านสวนและชุมชนวัดไทยชุมพล รัศมี 100 เมตรรอบบ้านผู้ป่วย พร้อมรณรงค์มาตรการ 3 เก็บ ป้องกัน 3 โรค</p>
""", "กองสาธารณสุขฯ")

    article("411-ethics-training-2569", """
<p><img src="/images/2569/news/ethics2569.jpg" alt="อบรมคุณธรรม" width="240" height="160"></p>
<p>เมื่อวันที่ 20 มกราคม 2569 เวลา 08.30 น. นายประสิทธิ์ วงศ์สวัสดิ์ นายกเทศมนตรีเมืองท่าศรี เป็นประธานเปิด
โครงการอบรมส่งเสริมคุณธรรมจริยธรรมและการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569 ณ หอประชุมเทศบาลเมืองท่าศรี
มีผู้บริหาร สมาชิกสภาเทศบาล พนักงานเทศบาล ลูกจ้าง และพนักงานจ้าง เข้าร่วม 182 คน</p>
<p>การอบรมประกอบด้วยการบรรยายเรื่องประมวลจริยธรรมของพนักงานส่วนท้องถิ่น และข้อกำหนดจริยธรรมของพนักงานเทศบาลเมืองท่าศรี
การแยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวม โดยวิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดสุโขทัย
และกิจกรรมจิตอาสาทำความสะอาดวัดไทยชุมพล ทั้งนี้ เป็นไปตามคำสั่งเทศบาลเมืองท่าศรี ที่ 512/2568
เรื่อง แต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม ลงวันที่ 10 พฤศจิกายน 2568</p>
""")

    article("404-prachakhom-2569", """
<p><img src="/images/2568/news/prachakhom2569.jpg" alt="ประชาคมเมือง" width="240" height="160"></p>
<p>เมื่อวันที่ 9 ธันวาคม 2568 เวลา 09.00 น. เทศบาลเมืองท่าศรี นำโดยนายประสิทธิ์ วงศ์สวัสดิ์ นายกเทศมนตรีเมืองท่าศรี
จัดประชุมประชาคมเมือง ประจำปีงบประมาณ พ.ศ. 2569 ณ หอประชุมเทศบาล เพื่อรับฟังความคิดเห็นและความต้องการของประชาชน
และพิจารณาโครงการที่ผ่านการประชุมประชาคมชุมชนทั้ง 12 ชุมชน (ระหว่างวันที่ 24 – 28 พฤศจิกายน 2568)
เพื่อบรรจุในแผนพัฒนาท้องถิ่น (พ.ศ. 2566 – 2570) เพิ่มเติม ครั้งที่ 1/2569</p>
<p>ผู้เข้าร่วมประชุม 152 คน ประกอบด้วย ประธานและคณะกรรมการชุมชน อาสาสมัครสาธารณสุขประจำหมู่บ้าน ผู้แทนส่วนราชการ
ผู้แทนภาคเอกชน และประชาชนทั่วไป</p>
<p><strong>ผลการประชุม</strong> ชุมชนเสนอโครงการ 23 โครงการ ที่ประชุมมีมติเห็นชอบให้บรรจุในแผนพัฒนาท้องถิ่นเพิ่มเติม 15 โครงการ
เช่น ก่อสร้างรางระบายน้ำ ชุมชนบ้านสวน ติดตั้งกล้อง CCTV บริเวณตลาดสด และขยายเวลาให้บริการศูนย์พัฒนาเด็กเล็ก
ส่วนโครงการที่เหลือจะส่งต่อให้หน่วยงานที่เกี่ยวข้อง (องค์การบริหารส่วนจังหวัดสุโขทัย แขวงทางหลวงชนบท) พิจารณา
เทศบาลจะแจ้งผลการพิจารณาให้ประธานชุมชนทราบภายในเดือนมกราคม 2569</p>
""")

    article("398-loykrathong-2568", """
<p>ภาพกิจกรรมงานประเพณีลอยกระทง ประจำปี 2568 วันที่ 5 พฤศจิกายน 2568 ณ ท่าน้ำหน้าวัดไทยชุมพล
ชมภาพทั้งหมดได้ที่ <a href="/th/component/phocagallery/category/7-loykrathong-2568/">อัลบั้มภาพลอยกระทง 2568</a></p>
<p><img src="/images/phocagallery/loykrathong2568/thumbs/phoca_thumb_m_01.jpg" alt="ลอยกระทง" width="240" height="160"></p>
""")

    article("391-no-gift-2569", """
<p><img src="/images/2568/news/nogift2569.jpg" alt="No Gift Policy" width="240" height="160"></p>
<p>วันที่ 3 ตุลาคม 2568 เวลา 09.00 น. นายประสิทธิ์ วงศ์สวัสดิ์ นายกเทศมนตรีเมืองท่าศรี พร้อมด้วยคณะผู้บริหาร
ปลัดเทศบาล หัวหน้าส่วนราชการ พนักงานเทศบาล ลูกจ้าง และพนักงานจ้าง ร่วมกันประกาศเจตนารมณ์
"งดรับ งดให้" ของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ประจำปีงบประมาณ พ.ศ. 2569 ณ หอประชุมเทศบาล</p>
<p style="text-align:center"><strong>ประกาศเทศบาลเมืองท่าศรี<br>เรื่อง นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)</strong></p>
<p>1. ผู้บริหารและบุคลากรของเทศบาลเมืองท่าศรี จะไม่รับของขวัญหรือของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ และจะไม่ให้ของขวัญแก่ผู้บังคับบัญชาหรือบุคคลอื่น</p>
<p>2. กรณีมีความจำเป็นต้องรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ให้รับได้ไม่เกิน 3,000 บาท ตามประกาศคณะกรรมการ ป.ป.ช.
เรื่อง หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าหน้าที่ของรัฐ พ.ศ. 2563
หากเกินกว่าที่กำหนด ให้รายงานผู้บังคับบัญชาภายใน 30 วัน ตามแบบรายงานการรับของขวัญ</p>
<p>3. ขอให้ผู้ที่มาติดต่อราชการงดให้ของขวัญแก่บุคลากรของเทศบาล</p>
<p>ประกาศ ณ วันที่ 1 ตุลาคม พ.ศ. 2568</p>
<p>ผลการดำเนินการในปีงบประมาณ พ.ศ. 2568 ไม่มีรายงานการรับของขวัญที่มีมูลค่าเกิน 3,000 บาท</p>
""", "สำนักปลัดเทศบาล")

    article("382-ita-2568-result", """
<p>สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้ประกาศผลการประเมินคุณธรรมและความโปร่งใส
ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 เทศบาลเมืองท่าศรีได้คะแนน 88.41 คะแนน อยู่ในระดับ A</p>
<p>ขอขอบคุณผู้บริหาร พนักงาน และประชาชนทุกท่านที่ร่วมตอบแบบสำรวจ เทศบาลจะนำผลการประเมินไปปรับปรุงการดำเนินงานให้ดียิ่งขึ้นต่อไป</p>
""")

    # ------------------------------------------------------------ gallery
    page("th/gallery", "ภาพกิจกรรม", """
<ul class="phocagallery-categories">
<li><a href="/th/component/phocagallery/category/8-children-day-2569/"><img src="/images/phocagallery/childrenday2569/thumbs/phoca_thumb_m_01.jpg" alt="" width="120" height="80"> กิจกรรมวันเด็กแห่งชาติ ประจำปี 2569 (3)</a></li>
<li><a href="/th/component/phocagallery/category/7-loykrathong-2568/"><img src="/images/phocagallery/loykrathong2568/thumbs/phoca_thumb_m_01.jpg" alt="" width="120" height="80"> งานประเพณีลอยกระทง ประจำปี 2568 (4)</a></li>
</ul>
""", [("ข่าวสาร", "")])
    imgs = "\n".join(
        f'<a href="/images/phocagallery/loykrathong2568/thumbs/phoca_thumb_m_{k:02d}.jpg"><img src="/images/phocagallery/loykrathong2568/thumbs/phoca_thumb_m_{k:02d}.jpg" alt="ลอยกระทง {k}" width="240" height="160"></a>'
        for k in range(1, 5))
    page("th/component/phocagallery/category/7-loykrathong-2568", "งานประเพณีลอยกระทง ประจำปี 2568", f"""
<div id="phocagallery" class="pg-category-view">
{imgs}
</div>
""", [("ข่าวสาร", ""), ("ภาพกิจกรรม", "/th/gallery/")])
    imgs = "\n".join(
        f'<a href="/images/phocagallery/childrenday2569/thumbs/phoca_thumb_m_{k:02d}.jpg"><img src="/images/phocagallery/childrenday2569/thumbs/phoca_thumb_m_{k:02d}.jpg" alt="วันเด็ก {k}" width="240" height="160"></a>'
        for k in range(1, 4))
    page("th/component/phocagallery/category/8-children-day-2569", "กิจกรรมวันเด็กแห่งชาติ ประจำปี 2569", f"""
<div id="phocagallery" class="pg-category-view">
<p>วันเสาร์ที่ 10 มกราคม 2569 ณ สนามกีฬาเทศบาลเมืองท่าศรี</p>
{imgs}
</div>
""", [("ข่าวสาร", ""), ("ภาพกิจกรรม", "/th/gallery/")])

    # ------------------------------------------------------------ procurement
    egp = "https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&amp;proc_id=ShowHTMLFile&amp;processFlows=Procure&amp;projectId="
    page("th/procurement", "ประกาศจัดซื้อจัดจ้าง", f"""
<p><a href="/th/procurement/sorkhor1/">สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)</a> |
<a href="/images/2568/procurement/report-2568.pdf">รายงานผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568</a> |
<a href="https://www.gprocurement.go.th/new_index.html" target="_blank">แผนการจัดซื้อจัดจ้าง ประจำปี 2569 (ระบบ e-GP)</a></p>
<table class="table table-striped">
<tr><th>วันที่ประกาศ</th><th>เรื่อง</th></tr>
<tr><td>16/03/2569</td><td><a href="{egp}69039123456&amp;templateType=W2">ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงท่อระบายน้ำ ถนนจรดวิถีถ่อง</a></td></tr>
<tr><td>02/03/2569</td><td><a href="{egp}69029087711&amp;templateType=D2">ประกาศประกวดราคาจ้างก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)</a></td></tr>
<tr><td>20/02/2569</td><td><a href="{egp}69029011402&amp;templateType=B0">ร่างเอกสารประกวดราคาจ้างก่อสร้างอาคารศูนย์พัฒนาเด็กเล็ก (รับฟังความคิดเห็น)</a></td></tr>
<tr><td>05/12/2568</td><td><a href="{egp}68129055210&amp;templateType=W2">ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนน คสล. ซอยร่วมใจ ชุมชนวัดไทยชุมพล</a></td></tr>
</table>
""", [("จัดซื้อจัดจ้าง", "")])

    page("th/procurement/sorkhor1", "สรุปผลการจัดซื้อจัดจ้าง (สขร.1)", f"""
<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน (แบบ สขร.1) ประจำปีงบประมาณ พ.ศ. 2569</p>
<table class="table table-bordered">
<tr><th>เดือน</th><th>วันที่เผยแพร่</th><th>เอกสาร</th></tr>
<tr><td>ตุลาคม – ธันวาคม 2568 (ไตรมาสที่ 1)</td><td>12 ม.ค. 2569</td><td>{dl("/images/2569/procurement/skr1-q1-69.pdf")}</td></tr>
<tr><td>มกราคม 2569</td><td>9 ก.พ. 2569</td><td>{dl("/images/2569/procurement/skr1-jan69.pdf")}</td></tr>
<tr><td>กุมภาพันธ์ 2569</td><td>10 มี.ค. 2569</td><td>{dl("/images/2569/procurement/skr1-feb69.pdf")}</td></tr>
</table>
<p>ข้อมูลปีงบประมาณ พ.ศ. 2568 ย้อนหลัง ติดต่อขอดูได้ที่ <a href="/th/info-center/">ศูนย์ข้อมูลข่าวสาร</a> เทศบาลเมืองท่าศรี</p>
""", [("จัดซื้อจัดจ้าง", "/th/procurement/")], info=dict(author="งานพัสดุ กองคลัง", cat="จัดซื้อจัดจ้าง",
                                                         cat_href="/th/procurement/", date="10 มีนาคม 2026", hits=221))

    # ------------------------------------------------------------ services
    page("th/services/manual", "คู่มือสำหรับประชาชน", """
<p>คู่มือสำหรับประชาชน ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558</p>
<h3>1. การลงทะเบียนและยื่นคำขอรับเงินเบี้ยยังชีพผู้สูงอายุ</h3>
<p><strong>หน่วยงานที่ให้บริการ</strong> : กองสวัสดิการสังคม เทศบาลเมืองท่าศรี โทร 0-5568-1234 ต่อ 301<br>
<strong>ช่องทางการให้บริการ</strong> : ยื่นด้วยตนเองที่สำนักงานเทศบาล วันจันทร์ – ศุกร์ 08.30 – 16.30 น. (เว้นวันหยุดราชการ)<br>
<strong>หลักเกณฑ์</strong> : มีสัญชาติไทย อายุ 60 ปีบริบูรณ์ขึ้นไป มีภูมิลำเนาในเขตเทศบาล</p>
<table class="table table-bordered"><tr><th>ขั้นตอน</th><th>ระยะเวลา</th></tr>
<tr><td>1. ยื่นคำขอและตรวจสอบเอกสาร</td><td>15 นาที</td></tr>
<tr><td>2. พิจารณาคุณสมบัติ</td><td>1 วัน</td></tr>
<tr><td>3. แจ้งผลการพิจารณา</td><td>ภายใน 7 วัน</td></tr></table>
<p><strong>เอกสารประกอบ</strong> : บัตรประจำตัวประชาชน ทะเบียนบ้าน สมุดบัญชีเงินฝากธนาคาร<br><strong>ค่าธรรมเนียม</strong> : ไม่มี</p>
<h3>2. การขออนุญาตก่อสร้าง ดัดแปลง รื้อถอน หรือเคลื่อนย้ายอาคาร</h3>
<p><strong>หน่วยงานที่ให้บริการ</strong> : กองช่าง โทร 0-5568-1234 ต่อ 401 &nbsp; <strong>ระยะเวลา</strong> : 30 วัน<br>
<strong>ขั้นตอน</strong> : ยื่นคำขอ (ข.1) พร้อมแบบแปลน → ตรวจสอบเอกสาร → ตรวจพิจารณาแบบและสถานที่ → ออกใบอนุญาต (อ.1)<br>
<strong>ค่าธรรมเนียม</strong> : ตามกฎกระทรวง (ใบอนุญาตฉบับละ 20 บาท และค่าตรวจแบบตามพื้นที่)</p>
<h3>คู่มือประชาชนงานบริการอื่น ๆ (ศูนย์กลางข้อมูลคู่มือประชาชน)</h3>
<ul><li><a href="https://info.go.th/" target="_blank">การจดทะเบียนพาณิชย์ (ตั้งใหม่)</a></li>
<li><a href="https://info.go.th/" target="_blank">การขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร</a></li>
<li><a href="https://info.go.th/" target="_blank">การรับแจ้งการเกิด</a></li></ul>
""", [("บริการประชาชน", "")])

    page("th/services/e-service", "E-Service", """
<p>ระบบบริการออนไลน์ (E-Service) เทศบาลเมืองท่าศรี ประชาชนสามารถยื่นคำร้องได้ตลอด 24 ชั่วโมง โดยไม่ต้องเดินทางมาสำนักงาน
เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>
<ul>
<li><a href="https://forms.gle/thasriWater01" target="_blank">คำร้องขอรับบริการน้ำอุปโภคบริโภค</a></li>
<li><a href="https://forms.gle/thasriTrash02" target="_blank">คำร้องขอรับบริการจัดเก็บขยะมูลฝอย / ขอถังขยะ</a></li>
<li><a href="https://forms.gle/thasriLight03" target="_blank">แจ้งซ่อมไฟฟ้าส่องสว่างสาธารณะ</a></li>
<li><a href="https://forms.gle/thasriTent04" target="_blank">คำร้องขอยืมพัสดุ ครุภัณฑ์ (เต็นท์ โต๊ะ เก้าอี้)</a></li>
</ul>
<p><strong>สถิติการให้บริการ E-Service ปีงบประมาณ พ.ศ. 2569</strong></p>
<table class="table table-bordered">
<tr><th>บริการ</th><th>ต.ค. 68</th><th>พ.ย. 68</th><th>ธ.ค. 68</th><th>ม.ค. 69</th><th>ก.พ. 69</th><th>มี.ค. 69</th></tr>
<tr><td>น้ำอุปโภคบริโภค</td><td>4</td><td>2</td><td>1</td><td>6</td><td>11</td><td>14</td></tr>
<tr><td>จัดเก็บขยะ / ขอถังขยะ</td><td>7</td><td>5</td><td>6</td><td>4</td><td>5</td><td>3</td></tr>
<tr><td>ซ่อมไฟฟ้าส่องสว่าง</td><td>12</td><td>9</td><td>8</td><td>10</td><td>7</td><td>6</td></tr>
<tr><td>ยืมพัสดุ ครุภัณฑ์</td><td>3</td><td>6</td><td>9</td><td>5</td><td>2</td><td>4</td></tr>
</table>
<p>ข้อมูล ณ วันที่ 1 เมษายน 2569</p>
""", [("บริการประชาชน", "")])

    # ------------------------------------------------------------ information centre
    info_rows = [
        ("แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)", "28 ก.ย. 2565", "/images/stories/plan/localplan66-70.pdf"),
        ("ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568", "29 ต.ค. 2567", "/images/stories/2567/pdo_68.pdf"),
        ("ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569", "30 ต.ค. 2568", "/images/2568/pdo69.pdf"),
        ("เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569", "18 ก.ย. 2568", "/images/2568/budget/tesbanyat-2569.pdf"),
        ("รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ประจำปี 2568", "19 ธ.ค. 2568", "/images/2568/report/tidtam-2568.pdf"),
        ("รายงานผลการจัดซื้อจัดจ้างและการบริหารพัสดุ ประจำปีงบประมาณ 2568", "20 ต.ค. 2568", "/images/2568/procurement/report-2568.pdf"),
        ("สขร.1 ต.ค. – ธ.ค. 2568", "12 ม.ค. 2569", "/images/2569/procurement/skr1-q1-69.pdf"),
        ("สขร.1 ม.ค. 2569", "9 ก.พ. 2569", "/images/2569/procurement/skr1-jan69.pdf"),
        ("สขร.1 ก.พ. 2569", "10 มี.ค. 2569", "/images/2569/procurement/skr1-feb69.pdf"),
        ("แผนอัตรากำลัง 3 ปี (พ.ศ. 2567 - 2569)", "26 ก.ย. 2566", "/images/stories/2566/hr/hr-plan-67-69.pdf"),
        ("ประมวลจริยธรรมและข้อกำหนดจริยธรรมพนักงานเทศบาล", "15 ส.ค. 2565", "/images/stories/2565/ethics-code.pdf"),
        ("คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "1 มี.ค. 2566", "/images/stories/2566/complaint-manual.pdf"),
        ("แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2565 - 2568)", "30 ก.ย. 2564", "/images/stories/2564/anticorruption-plan-65-68.pdf"),
        ("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2568", "24 ต.ค. 2568", "/images/2568/ita/integrity-report-2568.pdf"),
        ("การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2569", "21 พ.ย. 2568", "/images/2569/ita/risk-2569.pdf"),
    ]
    rows = "\n".join(f"<tr><td>{i}</td><td>{t}</td><td>{dt}</td><td>{dl(h)}</td></tr>"
                     for i, (t, dt, h) in enumerate(info_rows, 1))
    page("th/info-center", "ศูนย์ข้อมูลข่าวสาร", f"""
<p>ศูนย์ข้อมูลข่าวสารเทศบาลเมืองท่าศรี จัดตั้งตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 (มาตรา 7 และมาตรา 9)
ประชาชนสามารถขอตรวจดูข้อมูลข่าวสารได้ที่สำนักปลัดเทศบาล ชั้น 1 ในวันและเวลาราชการ</p>
<table class="table table-bordered table-striped">
<tr><th>ลำดับ</th><th>รายการข้อมูลข่าวสาร</th><th>วันที่</th><th>ดาวน์โหลด</th></tr>
{rows}
</table>
""")

    # ------------------------------------------------------------ ITA 2569 (agency's own numbering and wording)
    def cell(*links: tuple[str, str]) -> str:
        return "<br>".join(f'<a href="{h}">{t}</a>' for t, h in links)

    ita_rows = [
        ("ข้อ 1", "โครงสร้างและอำนาจหน้าที่ของเทศบาล", cell(("แผนผังโครงสร้าง", "/th/about/structure/"), ("อำนาจหน้าที่", "/th/about/authority/"))),
        ("ข้อ 2", "ข้อมูลผู้บริหารเทศบาล", cell(("คลิก", "/th/about/executives/"))),
        ("ข้อ 3", "การติดต่อเทศบาล / ถาม-ตอบ", cell(("คลิก", "/th/contact/"))),
        ("ข้อ 4", "ข่าวประชาสัมพันธ์", cell(("คลิก", NEWS))),
        ("ข้อ 5", "แผนพัฒนาท้องถิ่น (พ.ศ.2566-2570)", cell(("คลิก", "/images/stories/plan/localplan66-70.pdf"))),
        ("ข้อ 6", "แผนการดำเนินงานและงบประมาณ ปี 2569", cell(("คลิก", "/images/2568/pdo69.pdf"))),
        ("ข้อ 7", "รายงานผลการติดตามและประเมินผลแผน ปี 2568", cell(("คลิก", "/images/2568/report/tidtam-2568.pdf"))),
        ("ข้อ 8", "คู่มือการปฏิบัติงาน", cell(("คลิก", "/th/services/manual/"))),
        ("ข้อ 9", "คู่มือการให้บริการประชาชน", cell(("คลิก", "/th/services/manual/"))),
        ("ข้อ 10", "E-Service", cell(("คลิก", "/th/services/e-service/"))),
        ("ข้อ 11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", cell(("คลิก", "/th/procurement/sorkhor1/"))),
        ("ข้อ 12", "รายงานผลการจัดซื้อจัดจ้าง ปี 2568", cell(("คลิก", "/images/2568/procurement/report-2568.pdf"))),
        ("o13", "หลักเกณฑ์และแผนการบริหารทรัพยากรบุคคล", cell(("แผนอัตรากำลัง 3 ปี", "/images/stories/2566/hr/hr-plan-67-69.pdf"))),
        ("o14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปี 2568", cell(("คลิก", "/th/component/content/article/435-hr-report-2568/"))),
        ("o15", "ประมวลจริยธรรม / การขับเคลื่อนจริยธรรม", cell(("ประมวลจริยธรรม", "/images/stories/2565/ethics-code.pdf"), ("กิจกรรมปี 2569", art_url("411-ethics-training-2569")))),
        ("o16", "คู่มือการจัดการเรื่องร้องเรียน", cell(("คลิก", "/images/stories/2566/complaint-manual.pdf"))),
        ("o17", "ช่องทางร้องเรียนการทุจริต", cell(("คลิก", "/th/complaint/"))),
        ("o18", "สถิติเรื่องร้องเรียน", cell(("คลิก", "/th/complaint/statistics/"))),
        ("o19", "การเปิดโอกาสให้มีส่วนร่วม", cell(("ประชาคมเมือง", art_url("404-prachakhom-2569")))),
        ("o20", "No Gift Policy", cell(("คลิก", art_url("391-no-gift-2569")))),
        ("o21", "การประเมินความเสี่ยงการทุจริต ปี 2569", cell(("คลิก", "/images/2569/ita/risk-2569.pdf"))),
        ("o22", "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยง", ""),
        ("o23", "แผนปฏิบัติการป้องกันการทุจริต", cell(("คลิก", "/images/stories/2564/anticorruption-plan-65-68.pdf"))),
        ("o24", "รายงานผลการดำเนินการป้องกันการทุจริต ปี 2568", cell(("คลิก", "/th/component/content/article/433-anticorruption-report-2568/"))),
        ("o25", "การนำผลการประเมิน ITA ไปพัฒนาองค์กร", "อยู่ระหว่างดำเนินการ"),
        ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2568", cell(("คลิก", "/images/2568/ita/integrity-report-2568.pdf"))),
    ]
    rows = []
    for no, text, links in ita_rows:
        if no == "ข้อ 1":
            rows.append('<tr><th colspan="3">ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล</th></tr>')
        if no == "o20":
            rows.append('<tr><th colspan="3">ตัวชี้วัดที่ 10 การป้องกันการทุจริต</th></tr>')
        rows.append(f"<tr><td>{no}</td><td>{text}</td><td>{links}</td></tr>")
    body_rows = "\n".join(rows)
    page("th/ita/oit-2569", "ITA 2569", f"""
<p style="text-align:center"><strong>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)<br>
ประจำปีงบประมาณ พ.ศ. 2569 เทศบาลเมืองท่าศรี</strong></p>
<p>แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)</p>
<table class="table table-bordered">
<tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>
{body_rows}
</table>
<p class="small">ปรับปรุงล่าสุด 20 เม.ย. 2569 โดย กองยุทธศาสตร์และงบประมาณ</p>
""", info=dict(author="กองยุทธศาสตร์ฯ", cat="ITA", cat_href=ITA, date="20 เมษายน 2026", hits=530))

    # empty placeholder (linked from o14)
    page("th/component/content/article/435-hr-report-2568", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2568",
         "<p>&nbsp;</p>", [("ITA 2569", ITA)],
         info=dict(author="Super User", cat="ITA", cat_href=ITA, date="18 มีนาคม 2026", hits=12))

    page("th/component/content/article/433-anticorruption-report-2568",
         "รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568", """
<p>เทศบาลเมืองท่าศรีได้ดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2565 – 2568) ในปีงบประมาณ พ.ศ. 2568
(1 ตุลาคม 2567 – 30 กันยายน 2568) สรุปผลการดำเนินงาน ดังนี้</p>
<table class="table table-bordered">
<tr><th>มิติ</th><th>โครงการตามแผน</th><th>ดำเนินการ</th><th>งบประมาณตามแผน (บาท)</th><th>เบิกจ่ายจริง (บาท)</th></tr>
<tr><td>1 การสร้างสังคมที่ไม่ทนต่อการทุจริต</td><td>9</td><td>8</td><td>195,000</td><td>171,450</td></tr>
<tr><td>2 การบริหารราชการเพื่อป้องกันการทุจริต</td><td>14</td><td>14</td><td>45,000</td><td>38,200</td></tr>
<tr><td>3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน</td><td>8</td><td>7</td><td>65,000</td><td>59,800</td></tr>
<tr><td>4 การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบ</td><td>7</td><td>7</td><td>20,000</td><td>12,000</td></tr>
<tr><td><strong>รวม</strong></td><td>38</td><td>36</td><td>325,000</td><td>281,450</td></tr>
</table>
<p><strong>ผลการดำเนินงานที่สำคัญ</strong> : อบรมคุณธรรมจริยธรรมบุคลากร 176 คน จัดกิจกรรมเยาวชนต้านทุจริต 2 รุ่น
เผยแพร่ข้อมูลการจัดซื้อจัดจ้างครบ 12 เดือน ตรวจสอบภายในตามแผน 100%</p>
<p><strong>ปัญหาอุปสรรค</strong> : โครงการปลูกจิตสำนึกเยาวชน รุ่นที่ 3 ไม่ได้ดำเนินการเนื่องจากตรงกับช่วงน้ำท่วม เดือนกันยายน 2568</p>
<p>รายงาน ณ วันที่ 31 ตุลาคม 2568</p>
""", [("ITA 2569", ITA)], info=dict(author="สำนักปลัดเทศบาล", cat="ITA", cat_href=ITA, date="31 ตุลาคม 2025", hits=64))

    # ------------------------------------------------------------ complaints
    page("th/complaint", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """
<p>เทศบาลเมืองท่าศรี เปิดช่องทางให้ประชาชนแจ้งเรื่องร้องเรียน/ร้องทุกข์ และแจ้งเบาะแสการทุจริตและประพฤติมิชอบของเจ้าหน้าที่
ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับ (<a href="/images/stories/2566/complaint-manual.pdf">คู่มือการจัดการเรื่องร้องเรียน</a>)</p>
<ol>
<li>ด้วยตนเอง ณ ศูนย์รับเรื่องร้องเรียน สำนักปลัดเทศบาล หรือตู้รับเรื่องร้องเรียนหน้าสำนักงาน</li>
<li>โทรศัพท์ 0-5568-1234 ต่อ 109 หรือสายตรงนายกเทศมนตรี 08-1234-5601</li>
<li>ไลน์ @thasricity และเฟซบุ๊ก เทศบาลเมืองท่าศรี</li>
<li>แบบฟอร์มออนไลน์ด้านล่าง</li>
</ol>
<form action="/th/complaint/" method="post" class="form-validate">
<fieldset><legend>แบบฟอร์มแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</legend>
<label>ชื่อ-สกุลผู้ร้อง (ไม่ระบุได้)</label><input type="text" name="jform[name]">
<label>หมายเลขโทรศัพท์</label><input type="text" name="jform[phone]">
<label>เรื่องที่ร้องเรียน</label><input type="text" name="jform[subject]" required>
<label>รายละเอียด/พฤติการณ์</label><textarea name="jform[message]" rows="6" required></textarea>
<label>แนบไฟล์หลักฐาน</label><input type="file" name="jform[file]">
<button type="submit" class="btn btn-primary">ส่งเรื่องร้องเรียน</button>
</fieldset></form>
<p>ช่องทางหน่วยงานภายนอก :
<a href="https://www.nacc.go.th/" target="_blank">สำนักงาน ป.ป.ช.</a> |
<a href="https://www.pacc.go.th/" target="_blank">สำนักงาน ป.ป.ท.</a> |
<a href="https://www.damrongdham.moi.go.th/" target="_blank">ศูนย์ดำรงธรรม สายด่วน 1567</a></p>
<p><a href="/th/complaint/statistics/">สถิติเรื่องร้องเรียน</a></p>
""", [("ร้องเรียน/ร้องทุกข์", "")])

    page("th/complaint/statistics", "สถิติเรื่องร้องเรียน", """
<p><strong>สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ และเรื่องร้องเรียนทั่วไป ประจำปีงบประมาณ พ.ศ. 2568</strong>
(1 ตุลาคม 2567 – 30 กันยายน 2568)</p>
<table class="table table-bordered">
<tr><th>ไตรมาส</th><th>เรื่องร้องเรียนทั่วไป</th><th>เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>
<tr><td>ไตรมาส 1 (ต.ค. – ธ.ค. 67)</td><td>9</td><td>0</td><td>9</td><td>0</td></tr>
<tr><td>ไตรมาส 2 (ม.ค. – มี.ค. 68)</td><td>12</td><td>1</td><td>13</td><td>0</td></tr>
<tr><td>ไตรมาส 3 (เม.ย. – มิ.ย. 68)</td><td>11</td><td>0</td><td>11</td><td>0</td></tr>
<tr><td>ไตรมาส 4 (ก.ค. – ก.ย. 68)</td><td>8</td><td>0</td><td>8</td><td>0</td></tr>
<tr><td><strong>รวม</strong></td><td>40</td><td>1</td><td>41</td><td>0</td></tr>
</table>
<p>เรื่องร้องเรียนทั่วไปส่วนใหญ่เป็นเรื่องไฟฟ้าส่องสว่างชำรุด ท่อระบายน้ำอุดตัน และเหตุเดือดร้อนรำคาญ
เรื่องร้องเรียนการทุจริต 1 เรื่อง (การจ้างเหมาตัดหญ้า) ตรวจสอบแล้วไม่พบมูลความผิด</p>
""", [("ร้องเรียน/ร้องทุกข์", "/th/complaint/")], info=dict(author="สำนักปลัดเทศบาล", cat="ร้องเรียน/ร้องทุกข์",
                                                           cat_href="/th/complaint/", date="8 ตุลาคม 2025", hits=97))

    # ------------------------------------------------------------ contact
    page("th/contact", "ติดต่อเรา", """
<div class="contact" itemscope itemtype="https://schema.org/Person">
<h3>สำนักงานเทศบาลเมืองท่าศรี</h3>
<address>99 หมู่ที่ 4 ถนนจรดวิถีถ่อง ตำบลท่าศรี อำเภอศรีสำโรง จังหวัดสุโขทัย 64120</address>
<p>โทรศัพท์ 0-5568-1234 &nbsp; โทรสาร 0-5568-1235<br>E-mail : <a href="mailto:saraban@thasricity.go.th">saraban@thasricity.go.th</a><br>
เวลาทำการ วันจันทร์ – ศุกร์ 08.30 – 16.30 น. &nbsp; Line OA : @thasricity</p>
<p><a href="https://maps.google.com/?q=เทศบาลเมืองท่าศรี" target="_blank">แผนที่ (Google Maps)</a></p>
<table class="table table-bordered"><tr><th>ส่วนราชการ</th><th>หมายเลขภายใน</th></tr>
<tr><td>สำนักปลัดเทศบาล</td><td>101</td></tr><tr><td>กองคลัง</td><td>201</td></tr><tr><td>กองสวัสดิการสังคม</td><td>301</td></tr>
<tr><td>กองช่าง</td><td>401</td></tr><tr><td>กองสาธารณสุขและสิ่งแวดล้อม</td><td>501</td></tr><tr><td>กองการศึกษา</td><td>601</td></tr></table>
<h3>ส่งข้อความถึงเทศบาล / สอบถามข้อมูล</h3>
<form action="/th/contact/" method="post" id="contact-form" class="form-validate">
<label>ชื่อ</label><input type="text" name="jform[contact_name]" required>
<label>อีเมล</label><input type="email" name="jform[contact_email]" required>
<label>หัวข้อ</label><input type="text" name="jform[contact_subject]" required>
<label>ข้อความ</label><textarea name="jform[contact_message]" rows="8" required></textarea>
<button class="btn btn-primary" type="submit">ส่งอีเมล</button>
</form>
<h3>ถาม-ตอบ (FAQ)</h3>
<p><strong>ถาม</strong> : ชำระภาษีที่ดินและสิ่งปลูกสร้างได้ที่ไหน<br><strong>ตอบ</strong> : ที่กองคลัง งานพัฒนาและจัดเก็บรายได้ ชั้น 1 หรือโอนผ่านธนาคารกรุงไทย</p>
<p><strong>ถาม</strong> : ขอใช้รถบรรทุกน้ำต้องทำอย่างไร<br><strong>ตอบ</strong> : ยื่นคำร้องที่สำนักปลัดเทศบาล หรือผ่าน <a href="/th/services/e-service/">E-Service</a></p>
</div>
""")


if __name__ == "__main__":
    build()
    css = os.path.join(HERE, "templates", "thasri", "css", "template.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as f:
        f.write("body{font-family:Tahoma,sans-serif;font-size:14px;background:#eef3f8}\n"
                ".container{max-width:1170px;margin:0 auto;background:#fff}\n"
                ".nav li{display:inline-block;padding:4px 8px}.nav-child{display:none}\n"
                "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}\n"
                ".footer{background:#1a4d8c;color:#fff;padding:10px}\n")
    print("pages written")
