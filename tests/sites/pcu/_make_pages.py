"""Generate the HTML pages of the "pcu" test site (ศูนย์สุขภาพชุมชนเมืองโนนกระถิน, invented).

Run:  python tests/sites/pcu/_make_pages.py   (after _make_docs.py)

A Joomla-like CMS as a municipal health centre runs it: pages are query strings
(/index.php?option=com_content&view=article&id=N, categories with &limitstart=10, forms under
option=com_rsform, a Q&A board under option=com_kunena), kept as the one index.html of
index.php.q/<query>/ (see crawler/serve.py).  Documents go out through /download.php?id=N; plans
and reports are shown on a viewer page (/viewer.php?id=N: an embedded Google Drive preview with a
direct download beside it).  The ITA section is a year selector, /ita.php?year=2569, with one page
per group of items (&group=1 … 6); last year's /ita.php?year=2568 is one table.  The site moved
CMS in 2567: the previous site's static copy is still online under /old/.
"""

from __future__ import annotations

import html
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG  # noqa: E402

TH_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def art(n: int) -> str:
    return f"/index.php?option=com_content&amp;view=article&amp;id={n}"


def cat(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&amp;view=category&amp;id={n}" + (f"&amp;limitstart={start}" if start else "")


def dl(n: int) -> str:
    return f"/download.php?id={n}"


def be(dt) -> str:
    return f"{dt.day} {MON[dt.month - 1]} {dt.year + 543}"


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับ ศสม.", art(1)), ("โครงสร้าง", art(2)), ("ผู้บริหาร", art(4)),
        ("บริการของเรา", art(7)), ("ข่าวสาร", cat(8)), ("เอกสารดาวน์โหลด", cat(9)), ("จัดซื้อจัดจ้าง", cat(11)),
        ("นัดหมายออนไลน์", "/index.php?option=com_rsform&amp;formId=2"), ("ITA", "/ita.php?year=2569"),
        ("กระดานถาม-ตอบ", "/index.php?option=com_kunena&amp;view=category&amp;catid=2"), ("ติดต่อเรา", art(5))]


def layout(title: str, body: str, crumbs: str = "") -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr"><head><meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - {ORG}</title>
<link href="/templates/pcu_health/css/template.css" rel="stylesheet"></head>
<body class="site com_content">
<div class="header"><img src="/images/logo_pcu.png" alt="โลโก้ ศสม.โนนกระถิน" width="72" height="72">
<div class="brand"><b>{ORG}</b><br>กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองโนนกระถิน<br>
<small>Non Krathin Urban Primary Care Unit</small></div></div>
<nav class="navigation"><ul class="nav menu">
{menu}
</ul></nav>
<div class="container"><div class="breadcrumb">คุณอยู่ที่นี่: <a href="/">หน้าแรก</a> {crumbs}</div>
<main id="content">
<h2 class="item-title">{esc(title)}</h2>
{body}
</main>
<aside id="aside">
<div class="moduletable"><h3>เวลาทำการ</h3>จันทร์ - ศุกร์ 08.30 - 16.30 น.<br>คลินิกนอกเวลา อังคาร พฤหัสบดี 16.30 - 20.00 น.</div>
<div class="moduletable"><h3>เมนูลัด</h3><ul>
<li><a href="/index.php?option=com_rsform&amp;formId=2">นัดหมาย/ขอรับบริการออนไลน์</a></li>
<li><a href="/index.php?option=com_rsform&amp;formId=3">แจ้งเรื่องร้องเรียนการทุจริต</a></li>
<li><a href="{cat(10)}">คู่มือประชาชน</a></li>
<li><a href="/ita.php?year=2569">การประเมิน ITA</a></li>
<li><a href="/old/">เว็บไซต์เดิม</a></li>
<li><a href="https://www.nonkrathin-city.example/">เทศบาลเมืองโนนกระถิน</a></li>
<li><a href="https://moph.go.th/">กระทรวงสาธารณสุข</a></li></ul></div>
<div class="moduletable"><h3>สายด่วน</h3>0 4481 2276<br>ฉุกเฉิน 1669</div>
<div class="moduletable">ผู้เข้าชมวันนี้ 41 · ทั้งหมด 58,219</div>
</aside></div>
<footer>{ORG} เลขที่ 88 ถนนเทศบาล 5 ตำบลในเมือง อำเภอเมืองชัยภูมิ จังหวัดชัยภูมิ 36000<br>
โทร 0 4481 2276 โทรสาร 0 4481 2277 อีเมล pcu.nonkrathin@gmail.com ·
<a href="/sitemap/">แผนผังเว็บไซต์</a> · <a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>
© 2567 {ORG} · ออกแบบโดย ชัยภูมิเว็บดีไซน์</footer>
</body></html>
"""


PAGES: dict[str, str] = {}


def page(path: str, title: str, body: str, crumbs: str = "") -> None:
    PAGES[path] = layout(title, body, crumbs)


def qpath(script: str, query: str) -> str:
    return f"{script}.q/{query}/index.html"


def article(n: int, title: str, body: str, date: str = "") -> None:
    meta = f'<dl class="article-info"><dd>เผยแพร่: {date}</dd><dd>ผู้เขียน: admin_pcu</dd></dl>\n' if date else ""
    page(qpath("index.php", f"option=com_content&view=article&id={n}"), title, meta + body)


def category_html(rows: list[tuple[str, str, str]]) -> str:
    out = ['<table class="category table"><tr><th>หัวข้อ</th><th>วันที่</th><th>ดาวน์โหลด</th></tr>']
    for title, date, href in rows:
        out.append(f'<tr><td><a href="{href}">{esc(title)}</a></td><td>{date}</td><td><a href="{href}">เปิด</a></td></tr>')
    out.append("</table>")
    return "\n".join(out)


def doc_row(n: int, viewer: bool = False) -> tuple[str, str, str]:
    fname, title, _cat, created, _spec = DOCS[n]
    return title, be(created), f"/viewer.php?id={n}" if viewer else dl(n)


# ---------------------------------------------------------------- about

article(1, "ประวัติและวิสัยทัศน์", """<p>ศูนย์สุขภาพชุมชนเมืองโนนกระถิน (ศสม.โนนกระถิน) เปิดให้บริการเมื่อ พ.ศ. 2552
ในความรับผิดชอบของกองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองโนนกระถิน โดยมีโรงพยาบาลชัยภูมิเป็นโรงพยาบาลแม่ข่าย
ดูแลประชากร 14 ชุมชน ประมาณ 9,800 คน</p>
<p><b>วิสัยทัศน์</b> ประชาชนในเขตเทศบาลมีสุขภาพดี ชุมชนมีส่วนร่วม บริการปฐมภูมิได้มาตรฐาน</p>""")

article(2, "โครงสร้างองค์กร", """<p><img src="/images/structure_pcu.png" alt="แผนภูมิโครงสร้าง ศสม." width="600" height="400"></p>
<h3>ฝ่ายบริหาร (เทศบาลเมืองโนนกระถิน)</h3>
<ul><li>นายกเทศมนตรีเมืองโนนกระถิน: นายประเสริฐ ทองคำพันธ์<ul><li>รองนายกเทศมนตรี 3 คน (กำกับดูแลด้านสาธารณสุข: นายวีระพล ชาญเชี่ยว)</li></ul></li>
<li>สภาเทศบาลเมืองโนนกระถิน: ประธานสภา นายสมหมาย อินทรโชติ สมาชิกสภาเทศบาล 18 คน</li></ul>
<h3>ฝ่ายประจำ</h3>
<ul><li>ปลัดเทศบาล: นางจันทร์เพ็ญ สุวรรณศรี
<ul><li>ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม: นายธีรวัฒน์ แก้วมณีโชติ
<ul><li>หัวหน้าศูนย์สุขภาพชุมชนเมืองโนนกระถิน: นางสาวพรทิพย์ ศรีวงษ์ษา
<ul><li>งานเวชปฏิบัติครอบครัวและการรักษาพยาบาล</li><li>งานส่งเสริมสุขภาพและป้องกันโรค</li>
<li>งานดูแลต่อเนื่องและการดูแลผู้สูงอายุระยะยาว</li><li>งานทันตสาธารณสุข</li><li>งานเภสัชกรรมและคลังเวชภัณฑ์</li>
<li>งานบริหารทั่วไปและสารสนเทศ</li></ul></li></ul></li></ul></li></ul>
<p><a href="{a3}">อำนาจหน้าที่ของ ศสม.</a></p>""".replace("{a3}", art(3)))

article(3, "อำนาจหน้าที่", """<p>ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 และ 53 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ
พ.ศ. 2542 มาตรา 16 (19) เทศบาลมีหน้าที่จัดให้มีและบำรุงการสาธารณสุข ศูนย์สุขภาพชุมชนเมืองมีหน้าที่โดยสรุป ดังนี้</p>
<ol><li>ให้บริการตรวจรักษาโรคทั่วไปและโรคเรื้อรังระดับปฐมภูมิ พร้อมส่งต่อโรงพยาบาลแม่ข่าย</li>
<li>ส่งเสริมสุขภาพแม่และเด็ก วัยทำงาน และผู้สูงอายุ</li><li>ป้องกันและควบคุมโรคติดต่อในชุมชน</li>
<li>เยี่ยมบ้านและดูแลผู้ป่วยติดเตียงอย่างต่อเนื่อง</li><li>สนับสนุนอาสาสมัครสาธารณสุขและการมีส่วนร่วมของชุมชน</li>
<li>ให้บริการทันตกรรมพื้นฐาน</li></ol>""")

article(4, "ทำเนียบผู้บริหาร", """<div class="people">
<div><img src="/images/p_mayor.jpg" alt="นายกเทศมนตรี" width="120" height="150"><br>นายประเสริฐ ทองคำพันธ์<br>นายกเทศมนตรีเมืองโนนกระถิน<br>โทร 0 4481 1100</div>
<div><img src="/images/p_director.jpg" alt="ผอ.กองสาธารณสุข" width="120" height="150"><br>นายธีรวัฒน์ แก้วมณีโชติ<br>ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม<br>โทร 0 4481 1100 ต่อ 301</div>
<div><img src="/images/p_head.jpg" alt="หัวหน้าศูนย์" width="120" height="150"><br>นางสาวพรทิพย์ ศรีวงษ์ษา<br>หัวหน้าศูนย์สุขภาพชุมชนเมืองโนนกระถิน (พยาบาลวิชาชีพชำนาญการพิเศษ)<br>โทร 0 4481 2276 ต่อ 101 · อีเมล pcu.nonkrathin@gmail.com</div>
</div>""")

article(5, "ติดต่อเรา", f"""<p>{ORG}<br>เลขที่ 88 ถนนเทศบาล 5 ตำบลในเมือง อำเภอเมืองชัยภูมิ จังหวัดชัยภูมิ 36000</p>
<p>โทรศัพท์ 0 4481 2276 · โทรสาร 0 4481 2277 · อีเมล pcu.nonkrathin@gmail.com · LINE @pcunonkrathin</p>
<p><a href="https://maps.google.com/?q=15.8061,102.0312">แผนที่ Google Maps</a></p>
<iframe src="https://www.google.com/maps/embed?pb=15.8061,102.0312" width="600" height="300"></iframe>
<p>สอบถามข้อมูลเพิ่มเติมได้ที่ <a href="/index.php?option=com_kunena&amp;view=category&amp;catid=2">กระดานถาม-ตอบ</a></p>""")

article(6, "บุคลากร", """<table class="table"><tr><th>ชื่อ</th><th>ตำแหน่ง</th></tr>
<tr><td>นางสาวพรทิพย์ ศรีวงษ์ษา</td><td>หัวหน้าศูนย์ (พยาบาลวิชาชีพชำนาญการพิเศษ)</td></tr>
<tr><td>นางวาสนา พรหมสุวรรณ</td><td>พยาบาลวิชาชีพชำนาญการ</td></tr>
<tr><td>นายอนุชา ดวงแก้วกาญจน์</td><td>นักวิชาการสาธารณสุขชำนาญการ</td></tr>
<tr><td>นางสาวกมลชนก ภูผาทอง</td><td>เจ้าพนักงานทันตสาธารณสุข</td></tr>
<tr><td>นายชยพล สีหาบุตร</td><td>เจ้าพนักงานเภสัชกรรม</td></tr></table>""")

article(7, "บริการของเรา", f"""<table class="table"><tr><th>วัน</th><th>คลินิก</th></tr>
<tr><td>จันทร์</td><td>คลินิกเบาหวาน ความดันโลหิตสูง</td></tr><tr><td>อังคาร</td><td>ฝากครรภ์ วางแผนครอบครัว</td></tr>
<tr><td>พุธ</td><td>คลินิกสุขภาพเด็กดี วัคซีน</td></tr><tr><td>พฤหัสบดี</td><td>ทันตกรรม</td></tr>
<tr><td>ศุกร์</td><td>ตรวจโรคทั่วไป แพทย์แผนไทย</td></tr></table>
<p><a href="{dl(15)}">คู่มือการขอรับบริการ (ขั้นตอน ระยะเวลา เอกสาร ค่าธรรมเนียม)</a> ·
<a href="/index.php?option=com_rsform&amp;formId=2">นัดหมายออนไลน์</a> · <a href="{art(48)}">สถิติการให้บริการ</a></p>""")

STATS = """<p>ข้อมูลสถิติการให้บริการ ศูนย์สุขภาพชุมชนเมืองโนนกระถิน ประจำปีงบประมาณ พ.ศ. 2568 (ตุลาคม 2567 - กันยายน 2568)</p>
<table class="table"><tr><th>ประเภทบริการ</th><th>ต.ค.-ธ.ค. 67</th><th>ม.ค.-มี.ค. 68</th><th>เม.ย.-มิ.ย. 68</th><th>ก.ค.-ก.ย. 68</th><th>รวม</th></tr>
<tr><td>ตรวจรักษาโรคทั่วไป</td><td>2,140</td><td>2,385</td><td>1,962</td><td>2,018</td><td>8,505</td></tr>
<tr><td>คลินิกโรคเรื้อรัง</td><td>1,204</td><td>1,188</td><td>1,215</td><td>1,230</td><td>4,837</td></tr>
<tr><td>ทันตกรรม</td><td>310</td><td>296</td><td>288</td><td>305</td><td>1,199</td></tr>
<tr><td>นัดหมายผ่านระบบออนไลน์</td><td>64</td><td>91</td><td>88</td><td>102</td><td>345</td></tr></table>
<p>ปรับปรุงข้อมูล 8 ตุลาคม 2568</p>"""
article(48, "สถิติการให้บริการ", STATS.translate(TH_DIGITS), "๘ ต.ค. ๒๕๖๘")

# ---------------------------------------------------------------- procurement posts with attachments


def attachments(ids: list[int]) -> str:
    rows = "\n".join(f'<li><a href="{dl(n)}">{esc(DOCS[n][0])}</a> ({esc(DOCS[n][1])})</li>' for n in ids)
    return f'<div class="attachments"><b>ไฟล์แนบ</b><ul>\n{rows}\n</ul></div>'


article(63, "สรุปผลการจัดซื้อจัดจ้าง ไตรมาสที่ 4/2568",
        "<p>เผยแพร่สรุปผลการจัดซื้อจัดจ้าง (แบบ สขร.1) ประจำเดือนกันยายน 2568</p>\n" + attachments([54]), "6 ต.ค. 2568")
article(61, "สรุปผลการจัดซื้อจัดจ้าง ไตรมาสที่ 1/2569",
        "<p>เผยแพร่สรุปผลการจัดซื้อจัดจ้าง (แบบ สขร.1) ประจำเดือนตุลาคม - ธันวาคม 2568 (ปรับปรุงไฟล์แนบ 6 ม.ค. 2569)</p>\n"
        + attachments([51, 52, 53]), "5 พ.ย. 2568")
article(66, "สรุปผลการจัดซื้อจัดจ้าง ไตรมาสที่ 2/2569",
        "<p>เผยแพร่สรุปผลการจัดซื้อจัดจ้าง (แบบ สขร.1) ไตรมาสที่ 2 ปีงบประมาณ 2569 (มกราคม - มีนาคม 2569)</p>\n"
        + attachments([56, 57]), "4 มี.ค. 2569")

# ---------------------------------------------------------------- news

NEWS = [  # id, date (BE text), title, body, FY2569?
    (91, "3 เม.ย. 2569", "ศสม.โนนกระถิน ตรวจคัดกรองสุขภาพผู้สูงอายุก่อนสงกรานต์",
     "เจ้าหน้าที่ออกตรวจคัดกรองผู้สูงอายุ 14 ชุมชน จำนวน 412 คน พร้อมให้ความรู้การป้องกันโรคลมแดด"),
    (90, "24 มี.ค. 2569", "เผยแพร่ข้อมูลการประเมินคุณธรรมและความโปร่งใส (ITA) ปี 2569",
     "ศสม.โนนกระถินเผยแพร่ข้อมูลตามแบบวัดการเปิดเผยข้อมูลสาธารณะ ดูได้ที่เมนู ITA"),
    (88, "12 มี.ค. 2569", "รณรงค์ป้องกันโรคไข้เลือดออก ชุมชนหนองบัวพัฒนา",
     "เจ้าหน้าที่ร่วมกับ อสม. พ่นหมอกควันและแจกทรายกำจัดลูกน้ำ 186 หลังคาเรือน"),
    (70, "18 ก.พ. 2569", "เจ้าหน้าที่ ศสม. เข้ารับการอบรมการใช้โปรแกรม JHCIS รุ่นใหม่",
     "บุคลากร 9 คนเข้ารับการอบรม ณ สำนักงานสาธารณสุขจังหวัดชัยภูมิ เพื่อพัฒนาการบันทึกข้อมูลบริการ"),
    (77, "23 ม.ค. 2569", "ผลการประชุมประชาคมสุขภาพชุมชน ประจำปี 2569",
     "เมื่อวันที่ 22 มกราคม 2569 ศสม.โนนกระถินจัดประชุมประชาคมสุขภาพ ณ หอประชุมเทศบาล ผู้เข้าร่วม 138 คน "
     "(ประธานชุมชน 14 คน อสม. 96 คน ตัวแทนผู้ป่วยเรื้อรัง 28 คน) ที่ประชุมเสนอปัญหาสุขภาพ 9 เรื่อง "
     "และเห็นชอบให้ขยายคลินิกนอกเวลาวันพฤหัสบดี จัดคัดกรองเบาหวานเชิงรุกในชุมชนแออัด 3 ชุมชน "
     "ศสม. จะนำข้อเสนอไปปรับแผนปฏิบัติการและรายงานผลในการประชุมครั้งต่อไป"),
    (86, "15 ม.ค. 2569", "อบรมฟื้นฟูอาสาสมัครสาธารณสุขในเขตเทศบาล", "อสม. 96 คนเข้ารับการอบรมฟื้นฟูความรู้ 2 วัน"),
    (74, "17 ธ.ค. 2568", "อบรมส่งเสริมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2569",
     "ศสม.โนนกระถินจัดอบรมบุคลากรทั้ง 17 คน เรื่องประมวลจริยธรรมของพนักงานเทศบาล การรับของขวัญตามมาตรา 128 "
     "และการป้องกันผลประโยชน์ทับซ้อน โดยวิทยากรจากสำนักงานเทศบาล พร้อมร่วมกันจัดทำข้อตกลง Do &amp; Don't ของหน่วยงาน"),
    (84, "2 ธ.ค. 2568", "บริการฉีดวัคซีนป้องกันโรคหัดในเด็ก", "ให้บริการวัคซีน MMR เด็กอายุ 9 เดือนและ 2 ปีครึ่ง ทุกวันพุธ"),
    (83, "14 พ.ย. 2568", "กิจกรรมวันเบาหวานโลก 2568", "ตรวจน้ำตาลในเลือดฟรี 325 คน พบกลุ่มเสี่ยง 41 คน ส่งต่อคลินิกเบาหวาน"),
    (82, "28 ต.ค. 2568", "ปรับเวลาคลินิกนอกเวลาราชการ", "เริ่ม 1 พฤศจิกายน 2568 คลินิกนอกเวลาเปิดวันอังคารและพฤหัสบดี 16.30 - 20.00 น."),
    (81, "9 ต.ค. 2568", "มอบอุปกรณ์ช่วยเหลือผู้ป่วยติดเตียง", "ร่วมกับกองทุนหลักประกันสุขภาพเทศบาลมอบที่นอนลม 12 ชุด"),
    (80, "1 ต.ค. 2568", "เปิดรับนัดหมายออนไลน์ผ่านเว็บไซต์", "ประชาชนนัดหมายตรวจคลินิกผ่านแบบฟอร์มออนไลน์บนเว็บไซต์ได้ทุกวัน"),
    (45, "19 ก.ย. 2568", "รับฟังความคิดเห็นร่างแผนปฏิบัติการ 2569", "เชิญคณะกรรมการพัฒนาสุขภาพชุมชนให้ความเห็นต่อร่างแผน"),
    (44, "20 ก.พ. 2568", "ประชุมประชาคมสุขภาพชุมชน ประจำปี 2568", "ผู้เข้าร่วม 126 คน จาก 14 ชุมชน ณ หอประชุมเทศบาล"),
    (43, "12 ธ.ค. 2567", "อบรมคุณธรรมจริยธรรมบุคลากร ปี 2568", "บุคลากร 17 คนเข้าร่วม"),
    (42, "1 ต.ค. 2567", "ศสม.โนนกระถินย้ายเว็บไซต์ใหม่", "เว็บไซต์เดิมยังเปิดให้ดูเอกสารย้อนหลังที่ /old/"),
]
for n, date, title, body, *_ in NEWS:
    extra = ""
    if n == 77:
        extra = '\n<p><img src="/images/news77.jpg" alt="ภาพประชาคมสุขภาพ" width="400" height="260"></p>\n' + attachments([46])
    if n == 45:
        extra = "\n" + attachments([19])
    article(n, title, f"<p>{body}</p>{extra}", date)


def news_list(items) -> str:
    rows = "\n".join(f'<li><a href="{art(n)}">{esc(t)}</a> <span class="date">{date}</span></li>' for n, date, t, *_ in items)
    return f'<ul class="category-module">\n{rows}\n</ul>'


page(qpath("index.php", "option=com_content&view=category&id=8"), "ข่าวประชาสัมพันธ์",
     news_list(NEWS[:10]) + f'\n<div class="pagination"><a href="{cat(8, 10)}">หน้าถัดไป</a></div>')
page(qpath("index.php", "option=com_content&view=category&id=8&limitstart=10"), "ข่าวประชาสัมพันธ์",
     news_list(NEWS[10:]) + f'\n<div class="pagination"><a href="{cat(8)}">หน้าก่อน</a></div>')

# ---------------------------------------------------------------- document categories

page(qpath("index.php", "option=com_content&view=category&id=9"), "เอกสารดาวน์โหลด: แผนงาน/รายงาน",
     category_html([doc_row(23, True), doc_row(24), doc_row(41), doc_row(35, True), doc_row(37), doc_row(19),
                    doc_row(17), doc_row(11, True)])
     + f'\n<p>หมวดอื่น: <a href="{cat(10)}">คู่มือ</a> · <a href="{cat(11)}">จัดซื้อจัดจ้าง</a> · <a href="{cat(12)}">บุคลากร/คุณธรรม</a></p>')
page(qpath("index.php", "option=com_content&view=category&id=10"), "เอกสารดาวน์โหลด: คู่มือ",
     category_html([doc_row(14), doc_row(15), doc_row(32)]))
page(qpath("index.php", "option=com_content&view=category&id=11"), "จัดซื้อจัดจ้าง",
     category_html([("สรุปผลการจัดซื้อจัดจ้าง ไตรมาสที่ 2/2569", "4 มี.ค. 2569", art(66)),
                    doc_row(58),
                    ("สรุปผลการจัดซื้อจัดจ้าง ไตรมาสที่ 1/2569", "5 พ.ย. 2568", art(61)),
                    doc_row(47), doc_row(50),
                    ("สรุปผลการจัดซื้อจัดจ้าง ไตรมาสที่ 4/2568", "6 ต.ค. 2568", art(63))])
     + '\n<p><a href="https://process3.gprocurement.go.th/">ระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)</a></p>')
page(qpath("index.php", "option=com_content&view=category&id=12"), "เอกสารดาวน์โหลด: บุคลากร/คุณธรรมและความโปร่งใส",
     category_html([doc_row(45), doc_row(26), doc_row(43), doc_row(25, True), doc_row(39), doc_row(44),
                    doc_row(29), doc_row(42), doc_row(38), doc_row(32), doc_row(31), doc_row(28),
                    ("รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต ปี 2568", "30 ต.ค. 2568", dl(8))]))

# ---------------------------------------------------------------- viewer pages

for n in (11, 23, 25, 35):
    fname, title, _c, created, _s = DOCS[n]
    PAGES[qpath("viewer.php", f"id={n}")] = layout(title, f"""<p>อัปโหลดเมื่อ {be(created)} · ไฟล์ {esc(fname)}</p>
<iframe src="https://drive.google.com/file/d/1pCu{n:03d}xNkRtHn0vWqZ{n * 7}/preview" width="100%" height="720" allow="autoplay"></iframe>
<p class="download"><a href="{dl(n)}" class="btn">ดาวน์โหลดไฟล์ (PDF)</a> ·
<a href="https://drive.google.com/file/d/1pCu{n:03d}xNkRtHn0vWqZ{n * 7}/view">เปิดใน Google Drive</a></p>""",
                                                  f'» <a href="{cat(9)}">เอกสารดาวน์โหลด</a>')

# ---------------------------------------------------------------- forms and the Q&A board

PAGES[qpath("index.php", "option=com_rsform&formId=2")] = layout("นัดหมาย/ขอรับบริการออนไลน์ (E-Service)", """
<p>ประชาชนนัดหมายตรวจคลินิก ขอรับบริการเยี่ยมบ้าน หรือขอใบรับรองแพทย์ผ่านแบบฟอร์มนี้ เจ้าหน้าที่จะโทรยืนยันภายใน 1 วันทำการ</p>
<form method="post" action="/index.php?option=com_rsform&amp;formId=2&amp;task=submit">
<label>ชื่อ-สกุล <input name="form[name]" required></label><br>
<label>เลขบัตรประชาชน <input name="form[cid]" required></label><br>
<label>เบอร์โทรศัพท์ <input name="form[tel]" required></label><br>
<label>บริการที่ต้องการ <select name="form[service]"><option>ตรวจคลินิกโรคเรื้อรัง</option><option>ทันตกรรม</option>
<option>ขอรับบริการเยี่ยมบ้าน</option><option>ขอใบรับรองแพทย์</option></select></label><br>
<label>วันที่ต้องการ <input type="date" name="form[date]"></label><br>
<button type="submit">ส่งคำขอ</button></form>""")

PAGES[qpath("index.php", "option=com_rsform&formId=3")] = layout("แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"""
<p>ผู้ร้องเรียนไม่ต้องระบุชื่อได้ ข้อมูลของท่านจะถูกเก็บเป็นความลับ (ตาม<a href="{dl(32)}">แนวปฏิบัติการจัดการเรื่องร้องเรียน</a>)</p>
<form method="post" action="/index.php?option=com_rsform&amp;formId=3&amp;task=submit">
<label>ชื่อผู้ร้องเรียน (ไม่บังคับ) <input name="form[name]"></label><br>
<label>ช่องทางติดต่อกลับ <input name="form[contact]"></label><br>
<label>เจ้าหน้าที่/เรื่องที่ร้องเรียน <input name="form[subject]" required></label><br>
<label>รายละเอียด <textarea name="form[detail]" required></textarea></label><br>
<label>แนบหลักฐาน <input type="file" name="form[file]"></label><br><button type="submit">ส่งเรื่อง</button></form>
<p>หรือแจ้งได้ที่ โทร 0 4481 2276 ต่อ 104 · <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></p>""")

PAGES[qpath("index.php", "option=com_kunena&view=category&catid=2")] = layout("กระดานถาม-ตอบ (Q&A)", """
<div class="kunena"><div class="topic"><b>ถาม:</b> ฉีดวัคซีนไข้หวัดใหญ่ปีนี้เริ่มเมื่อไร (คุณมาลี, 2 มี.ค. 2569)<br>
<b>ตอบ:</b> เริ่ม 1 พฤษภาคม 2569 สำหรับผู้สูงอายุ 65 ปีขึ้นไปและผู้ป่วยโรคเรื้อรัง (admin_pcu, 3 มี.ค. 2569)</div>
<div class="topic"><b>ถาม:</b> ย้ายสิทธิบัตรทองมาที่ ศสม. ต้องใช้เอกสารอะไร (คุณธนา, 20 ม.ค. 2569)<br>
<b>ตอบ:</b> บัตรประชาชนและทะเบียนบ้านในเขตเทศบาล ยื่นที่ห้องบัตร (admin_pcu, 21 ม.ค. 2569)</div>
<form method="post" action="/index.php?option=com_kunena&amp;view=topic&amp;layout=create">
<label>ชื่อ <input name="name"></label> <label>คำถาม <textarea name="message"></textarea></label>
<button type="submit">ตั้งคำถาม</button></form></div>""")

# ---------------------------------------------------------------- ITA: year selector, one page per group

YEARS = '<form class="year"><label>ปีที่ประเมิน <select onchange="location=this.value">' \
        '<option value="/ita.php?year=2569" selected>ITA 2569</option><option value="/ita.php?year=2568">ITA 2568</option>' \
        '</select></label> <a href="/ita.php?year=2569">2569</a> | <a href="/ita.php?year=2568">2568</a></form>'

F23 = "/viewer.php?id=23"
GROUPS = {
    1: ("ข้อมูลพื้นฐาน", [
        ("O1", "โครงสร้าง อำนาจหน้าที่ ศสม.", [("แผนภูมิโครงสร้าง", art(2)), ("อำนาจหน้าที่", art(3))]),
        ("O2", "ผู้บริหาร", [("ทำเนียบผู้บริหาร", art(4))]),
        ("O3", "ช่องทางติดต่อ / ถาม-ตอบ", [("ติดต่อเรา", art(5)), ("กระดาน Q&amp;A", "/index.php?option=com_kunena&amp;view=category&amp;catid=2")]),
        ("O4", "ข่าวประชาสัมพันธ์", [("ข่าวสาร ศสม.", cat(8))])]),
    2: ("การบริหารงานและงบประมาณ", [
        ("O5", "แผนยุทธศาสตร์ ศสม.", [("แผนยุทธศาสตร์", "/viewer.php?id=11")]),
        ("O6", "แผนปฏิบัติการ/แผนใช้จ่ายงบประมาณ", [("แผนปฏิบัติการ", F23), ("แผนการใช้จ่ายงบประมาณ", dl(24))]),
        ("O7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "/viewer.php?id=35")]),
        ("O8", "คู่มือปฏิบัติงานเจ้าหน้าที่", [("SOP คัดกรอง NCD", dl(14))]),
        ("O9", "คู่มือการรับบริการ", [("คู่มือการขอรับบริการ", dl(15))]),
        ("O10", "E-Service", [("นัดหมายออนไลน์", "/index.php?option=com_rsform&amp;formId=2"), ("สถิติการให้บริการ", art(48))])]),
    3: ("การจัดซื้อจัดจ้าง", [
        ("O11", "สรุปผลจัดซื้อจัดจ้างรายเดือน", [("ไตรมาส 1/2569", art(61)), ("ไตรมาส 2/2569", art(66))]),
        ("O12", "รายงานผลจัดซื้อจัดจ้างประจำปี", [("รายงานประจำปี", dl(47))])]),
    4: ("การบริหารทรัพยากรบุคคล", [
        ("O13", "หลักเกณฑ์/แผนบริหารทรัพยากรบุคคล", [("หลักเกณฑ์", dl(28)), ("แผนพัฒนาบุคลากร", dl(29))]),
        ("O14", "รายงานผลการบริหารทรัพยากรบุคคล", [("ผลการพัฒนาบุคลากร", art(70))]),
        ("O15", "ประมวลจริยธรรม/การขับเคลื่อน", [("ประมวลจริยธรรม", dl(31)), ("กิจกรรมขับเคลื่อนจริยธรรม", art(74))])]),
    5: ("การส่งเสริมความโปร่งใส", [
        ("O16", "แนวปฏิบัติจัดการเรื่องร้องเรียน", [("แนวปฏิบัติ", dl(32))]),
        ("O17", "ช่องทางร้องเรียนการทุจริต", [("แบบฟอร์มร้องเรียนออนไลน์", "/index.php?option=com_rsform&amp;formId=3")]),
        ("O18", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติเรื่องร้องเรียน", dl(44))]),
        ("O19", "การมีส่วนร่วม", [("ประชาคมสุขภาพชุมชน", art(77))])]),
    6: ("การป้องกันการทุจริต", [
        ("O20", "No Gift Policy", [("ประกาศนโยบาย", dl(38)), ("รายงานการรับของขวัญ", dl(39))]),
        ("O21", "ประเมินความเสี่ยงการทุจริต", [("ผลการประเมินความเสี่ยง", "/old/web/risk/")]),
        ("O22", "รายงานผลตามแผนบริหารความเสี่ยง", [("รายงานผล", dl(8))]),
        ("O23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต", "/viewer.php?id=25")]),
        ("O24", "รายงานผลการป้องกันการทุจริต", [("รายงานผล", dl(26))]),
        ("O25", "การนำผล ITA ไปพัฒนาองค์กร", [("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", dl(42))]),
        ("O26", "รายงานผลส่งเสริมคุณธรรม", [("รายงานผล", dl(43))])]),
}

landing = [YEARS, "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569</p><ol>"]
for g, (gname, rows) in GROUPS.items():
    landing.append(f'<li><a href="/ita.php?year=2569&amp;group={g}">{esc(gname)}</a> ({rows[0][0]} - {rows[-1][0]})</li>')
    body = [YEARS, '<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ข้อมูล</th></tr>']
    for code, label, links in rows:
        cells = "<br>".join(f'<a href="{u}">{t}</a>' for t, u in links)
        body.append(f"<tr><td>{code.lower()}</td><td>{esc(label)}</td><td>{cells}</td></tr>")
    body.append("</table>")
    nav = " · ".join(f'<a href="/ita.php?year=2569&amp;group={k}">{k}</a>' for k in GROUPS)
    body.append(f'<p>กลุ่ม: {nav} · <a href="/ita.php?year=2569">กลับหน้ารวม</a></p>')
    PAGES[qpath("ita.php", f"year=2569&group={g}")] = layout(f"ITA 2569: {gname}", "\n".join(body), "» ITA 2569")
landing.append("</ol>")
PAGES[qpath("ita.php", "year=2569")] = layout("ITA 2569", "\n".join(landing), "» ITA")

OLD_ITA = [("o5", "แผนยุทธศาสตร์", "/viewer.php?id=11"), ("o6", "แผนปฏิบัติการ 2568", dl(17)),
           ("o10", "สถิติการให้บริการ", art(48)),
           ("o11", "สขร.1 ก.ย. 68", dl(54)), ("o13", "แผนพัฒนาบุคลากร", dl(29)), ("o20", "No Gift Policy", dl(38)),
           ("o21", "ประเมินความเสี่ยง 2568", "/old/files/risk_2568.pdf"),
           ("o23", "แผนป้องกันการทุจริต 2568", "/old/files/anti_plan_2568.pdf"),
           ("o25", "มาตรการส่งเสริมคุณธรรม", dl(42))]
PAGES[qpath("ita.php", "year=2568")] = layout("ITA 2568", YEARS.replace(" selected", "") + '\n<table class="ita">' + "\n".join(
    f'<tr><td>{c}</td><td><a href="{u}">{t}</a></td></tr>' for c, t, u in OLD_ITA) + "</table>", "» ITA")

# ---------------------------------------------------------------- home, sitemap, privacy

latest = news_list(NEWS[:5])
PAGES["index.html"] = layout("หน้าแรก", f"""<div class="slide"><img src="/images/banner_2569.jpg" alt="ศสม.โนนกระถิน ใส่ใจสุขภาพชุมชน" width="800" height="240"></div>
<h3>ข่าวล่าสุด</h3>{latest}<p><a href="{cat(8)}">ข่าวทั้งหมด</a></p>
<div class="banner-ita"><a href="/ita.php?year=2569"><img src="/images/ita2569.png" alt="ITA 2569" width="240" height="80"></a></div>""")

PAGES["sitemap/index.html"] = layout("แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
                                     + f'<li><a href="{art(6)}">บุคลากร</a></li><li><a href="{cat(12)}">บุคลากร/คุณธรรม</a></li>'
                                     + f'<li><a href="{cat(10)}">คู่มือ</a></li></ul>')
PAGES["privacy/index.html"] = layout("นโยบายคุ้มครองข้อมูลส่วนบุคคล",
                                     "<p>ศสม.โนนกระถินเก็บข้อมูลส่วนบุคคลจากแบบฟอร์มออนไลน์เท่าที่จำเป็นต่อการให้บริการ</p>")

# ---------------------------------------------------------------- the previous site (static copy, other template)


def old_layout(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(title)} :: ศสม.โนนกระถิน</title>
<link rel="stylesheet" href="/old/css/old.css"></head><body>
<table width="960" align="center"><tr><td colspan="2" class="head"><b>ศูนย์สุขภาพชุมชนเมืองโนนกระถิน</b>
<br>เว็บไซต์เดิม (ไม่มีการปรับปรุงข้อมูลแล้ว ไปที่ <a href="/">เว็บไซต์ใหม่</a>)</td></tr>
<tr><td width="200" valign="top" class="left"><a href="/old/">หน้าแรก</a><br><a href="/old/web/risk/">ประเมินความเสี่ยง</a><br>
<a href="/old/web/anti/">ป้องกันการทุจริต</a></td>
<td valign="top"><h3>{esc(title)}</h3>{body}</td></tr>
<tr><td colspan="2" class="foot">ศสม.โนนกระถิน โทร 0 4481 2276 · ปรับปรุงล่าสุด 30 ก.ย. 2567</td></tr></table></body></html>
"""


PAGES["old/index.html"] = old_layout("หน้าแรก (เว็บไซต์เดิม)", "<p>ย้ายเว็บไซต์ใหม่ตั้งแต่ 1 ตุลาคม 2567</p>")
PAGES["old/web/risk/index.html"] = old_layout("การประเมินความเสี่ยงการทุจริต", """<ul>
<li><a href="/old/files/risk_2568.pdf">การประเมินความเสี่ยงการทุจริต (PDF)</a> 15/11/2567</li>
<li><a href="/old/files/risk_2567.pdf">การประเมินความเสี่ยงการทุจริต ปี 2567 (PDF)</a> 20/11/2566</li></ul>""")
PAGES["old/web/anti/index.html"] = old_layout("แผนป้องกันการทุจริต", """<ul>
<li><a href="/old/files/anti_plan_2568.pdf">แผนปฏิบัติการป้องกันการทุจริต (PDF)</a> 18/10/2567</li></ul>""")

CSS = "body{font-family:Sarabun,Tahoma,sans-serif;margin:0}.header{background:#0b7a53;color:#fff;padding:8px}" \
      ".nav li{display:inline;margin:0 6px}#aside{float:right;width:240px}#content{float:left;width:700px}" \
      "footer{clear:both;background:#eee;padding:8px}"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c49444154789c63f8cfc0f0"
                    "1f0005fe02fe0dcbe3a70000000049454e44ae426082")


def main() -> None:
    for folder in ("index.php.q", "viewer.php.q", "ita.php.q", "sitemap", "privacy", "templates", "images",
                   os.path.join("old", "web"), os.path.join("old", "css")):
        shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)
    for path, text in PAGES.items():
        full = os.path.join(HERE, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(text)
    assets = {"templates/pcu_health/css/template.css": CSS.encode(), "old/css/old.css": b"body{font-size:13px}"}
    for img in ("logo_pcu.png", "structure_pcu.png", "p_mayor.jpg", "p_director.jpg", "p_head.jpg", "news77.jpg",
                "banner_2569.jpg", "ita2569.png"):
        assets[f"images/{img}"] = PNG
    for path, data in assets.items():
        full = os.path.join(HERE, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(data)


if __name__ == "__main__":
    main()
