"""Generate the HTML pages of the "saoisan" test site (องค์การบริหารส่วนตำบลโพนงามเหนือ, invented).

Run:  python tests/sites/saoisan/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A small อบต. in Yasothon on a local web contractor's template: a blue top bar with the office's
name, a long menu, a left column (the chief executive, hotline, quick links including last year's
ITA page, a visitor counter) and a footer crediting the contractor, on every page.  Pages are
folder/index.html.  Documents are listed by category under /download/<cat>/ (newest first, each
row with its upload date and size), the monthly สขร.1 on /procurement/, news under /news/ (two
pages), a Q&A web board under /webboard/.  /ita/2569/ is a table o1 … o26 in the office's own short
wording; /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, path  # noqa: E402

ORG = "องค์การบริหารส่วนตำบลโพนงามเหนือ"
SHORT = "อบต.โพนงามเหนือ"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "ข้อบัญญัติงบประมาณรายจ่าย",
        "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ", "hr": "งานบริหารงานบุคคล",
        "integrity": "ป้องกันการทุจริต / คุณธรรมและความโปร่งใส", "notice": "ประกาศ / เอกสารทั่วไป"}
DEAD = {"o26-68": ("/files/31789.pdf", "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2568"),
        "risk-68": ("/files/29905.pdf", "การประเมินความเสี่ยงการทุจริต ปี 2568")}
PAGES: dict[str, str] = {}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def size(key: str) -> str:
    n = os.path.getsize(os.path.join(HERE, path(key).lstrip("/")))
    return f"{n / 1024:.1f} KB"


MENU = [("หน้าแรก", "/"), ("ประวัติความเป็นมา", "/about/history/"), ("วิสัยทัศน์/พันธกิจ", "/about/vision/"),
        ("โครงสร้างส่วนราชการ", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/"),
        ("คณะผู้บริหาร", "/about/executives/"), ("สมาชิกสภา", "/about/council/"), ("บุคลากร", "/about/staff/"),
        ("ข่าวประชาสัมพันธ์", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลดเอกสาร", "/download/"),
        ("E-Service", "/eservice/"), ("ร้องเรียน/ร้องทุกข์", "/complaint/"), ("ITA", "/ita/"),
        ("กระดานถาม-ตอบ", "/webboard/"), ("ติดต่อเรา", "/contact/")]
SIDE = [("ITA ปี 2569", "/ita/2569/"), ("ITA ปี 2568", "/ita/2568/"), ("แจ้งเรื่องร้องเรียนการทุจริต", "/complaint/corruption/"),
        ("ระบบ E-Service", "/eservice/"), ("ภาษีที่ดินและสิ่งปลูกสร้าง", "/tax/"), ("กฎหมายที่เกี่ยวข้อง", "/laws/"),
        ("ผลิตภัณฑ์ OTOP", "/otop/"), ("แหล่งท่องเที่ยว", "/tourism/"), ("ภาพกิจกรรม", "/gallery/"),
        ("หมู่บ้านในตำบล", "/about/villages/"), ("แผนผังเว็บไซต์", "/sitemap/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    side = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in SIDE)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="topbar">{ORG} อำเภอกุดชุม จังหวัดยโสธร 35140 · โทร. 0 4575 0182</div>
<div id="banner"><img src="/assets/logo.png" alt="ตรา {SHORT}" width="72" height="72">
<span class="org">{ORG}</span><span class="motto">ข้าวหอมมะลิงาม ประเพณีบุญบั้งไฟ ใส่ใจบริการ</span></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap">
<div id="side">
<div class="box"><img src="/assets/person.png" alt="นายก อบต." width="120" height="150">
<p>นายประสิทธิ์ แก้วบุญเรือง<br>นายกองค์การบริหารส่วนตำบลโพนงามเหนือ<br>สายตรงนายก 08 1764 2290</p></div>
<div class="box"><h3>ลิงก์ด่วน</h3><ul>
{side}
<li><a href="https://www.damrongdhama.moi.go.th/">ศูนย์ดำรงธรรม</a></li>
<li><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></li>
</ul></div>
<div class="box">สถิติผู้เข้าชม<br>วันนี้ 38 · เดือนนี้ 1,204 · ทั้งหมด 184,317</div>
</div>
<div id="content">
<h1>{esc(title)}</h1>
{body}
</div>
</div>
<div id="footer">{ORG} 99 หมู่ที่ 1 ตำบลโพนงามเหนือ อำเภอกุดชุม จังหวัดยโสธร 35140<br>
โทรศัพท์/โทรสาร 0 4575 0182 · อีเมล saraban@phonngamnuea.go.th<br>
ออกแบบและพัฒนาโดย ยโสธรเว็บดีไซน์ โทร. 08 6459 1137</div>
</body></html>
"""


def page(url: str, title: str, body: str) -> None:
    PAGES[url] = layout(title, body)


def link(key: str, text: str | None = None) -> str:
    return f'<a href="{path(key)}">{esc(text or DOCS[key][2])}</a>'


def rows_table(keys: list[str], extra: list[tuple[str, str, str, str]] = ()) -> str:
    """A download list: title, date, size (newest first); ``extra`` rows are (href, title, date, size)."""
    items = [(DOCS[k][4], path(k), DOCS[k][2], size(k)) for k in keys]
    items = sorted(items, key=lambda r: r[0], reverse=True)
    out = ['<table class="dl"><tr><th>ที่</th><th>เรื่อง</th><th>วันที่</th><th>ขนาด</th></tr>']
    for i, (up, href, title, sz) in enumerate(items, 1):
        out.append(f'<tr><td>{i}</td><td><a href="{href}">{esc(title)}</a></td><td>{be(up)}</td><td>{sz}</td></tr>')
    for href, title, date, sz in extra:
        out.append(f'<tr><td>{len(out)}</td><td><a href="{href}">{esc(title)}</a></td><td>{date}</td><td>{sz}</td></tr>')
    out.append("</table>")
    return "\n".join(out)


# ---------------------------------------------------------------- news

NEWS = [  # id, date (y, m, d), title, body
    (1288, (2026, 4, 2), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     "<p>ขอเชิญชวนผู้มีหน้าที่เสียภาษีที่ดินและสิ่งปลูกสร้าง ชำระภาษีประจำปี 2569 ได้ที่กองคลัง อบต.โพนงามเหนือ ภายในเดือนเมษายน 2569</p>"),
    (1281, (2026, 3, 20), "โครงการรณรงค์ป้องกันและลดการเผาในที่โล่ง ปี 2569",
     "<p>วันที่ 19 มีนาคม 2569 อบต.โพนงามเหนือ ร่วมกับผู้นำชุมชนรณรงค์งดเผาตอซังข้าวและทำแนวกันไฟ ในหมู่ที่ 5 และหมู่ที่ 8</p>"),
    (1274, (2026, 2, 26), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมพนักงาน ประจำปีงบประมาณ 2569",
     "<p>วันที่ 24 กุมภาพันธ์ 2569 องค์การบริหารส่วนตำบลโพนงามเหนือ จัดโครงการอบรมส่งเสริมคุณธรรมจริยธรรม "
     "ให้แก่ผู้บริหาร สมาชิกสภา พนักงานส่วนตำบล และพนักงานจ้าง จำนวน 36 คน ณ ห้องประชุม อบต. "
     "โดยบรรยายเรื่องประมวลจริยธรรมของพนักงานส่วนท้องถิ่น การขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม "
     "และศึกษาดูงานหมู่บ้านเศรษฐกิจพอเพียง</p>"),
    (1266, (2026, 2, 2), "สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี 2569",
     "<p>องค์การบริหารส่วนตำบลโพนงามเหนือ ได้จัดประชุมประชาคมหมู่บ้านเพื่อทบทวนแผนพัฒนาท้องถิ่น ระหว่างวันที่ 12 - 23 มกราคม 2569 "
     "ครบทั้ง 12 หมู่บ้าน มีประชาชนเข้าร่วมรวม 604 คน</p>"
     "<table><tr><th>หมู่ที่</th><th>วันที่</th><th>ผู้เข้าร่วม</th><th>โครงการที่เสนอ</th></tr>"
     "<tr><td>1 บ้านโพนงาม</td><td>12 ม.ค. 2569</td><td>61</td><td>5</td></tr>"
     "<tr><td>2 บ้านนาดี</td><td>13 ม.ค. 2569</td><td>48</td><td>4</td></tr>"
     "<tr><td>3 - 12</td><td>14 - 23 ม.ค. 2569</td><td>495</td><td>37</td></tr></table>"
     "<p>รวมโครงการที่ประชาชนเสนอ 46 โครงการ ส่วนใหญ่เป็นถนนเพื่อการเกษตรและระบบประปา อบต. จะนำเข้าแผนพัฒนาท้องถิ่น "
     "(เพิ่มเติม) และพิจารณาตั้งงบประมาณปี 2570 ต่อไป</p>"),
    (1259, (2025, 12, 22), "ขอเชิญร่วมประชุมประชาคมหมู่บ้าน 12 - 23 มกราคม 2569",
     f"<p>ขอเชิญพี่น้องประชาชนทุกหมู่บ้านร่วมประชุมประชาคมหมู่บ้าน รายละเอียดตามหนังสือ {link('invite-forum', 'หนังสือเชิญประชุม')}</p>"),
    (1251, (2025, 12, 5), "กิจกรรมเนื่องในวันพ่อแห่งชาติ 5 ธันวาคม 2568",
     "<p>คณะผู้บริหาร พนักงาน และประชาชน ร่วมกิจกรรมปลูกต้นไม้และจุดเทียนชัยถวายพระพร ณ ที่ทำการ อบต.</p>"),
    (1243, (2025, 11, 5), "ประเพณีลอยกระทง ประจำปี 2568",
     "<p>อบต.โพนงามเหนือ จัดงานประเพณีลอยกระทง ณ หนองสิม หมู่ที่ 9 วันที่ 5 พฤศจิกายน 2568</p>"),
    (1236, (2025, 10, 15), "รับลงทะเบียนผู้สูงอายุรายใหม่ เพื่อรับเบี้ยยังชีพ ปี 2570",
     "<p>ผู้ที่จะมีอายุครบ 60 ปีบริบูรณ์ ในปีงบประมาณ 2570 ลงทะเบียนได้ที่สำนักปลัด วันเวลาราชการ</p>"),
    # FY2568: page 2
    (1198, (2025, 3, 18), "โครงการอบรมคุณธรรมจริยธรรม ประจำปี 2568",
     "<p>วันที่ 17 มีนาคม 2568 อบต. จัดอบรมคุณธรรมจริยธรรมแก่พนักงาน จำนวน 34 คน</p>"),
    (1185, (2025, 1, 31), "ประชุมประชาคมหมู่บ้าน ประจำปี 2568",
     "<p>ระหว่างวันที่ 13 - 24 มกราคม 2568 จัดประชุมประชาคมครบ 12 หมู่บ้าน ผู้เข้าร่วม 588 คน</p>"),
    (1172, (2024, 11, 15), "ประเพณีลอยกระทง ประจำปี 2567", "<p>จัดงาน ณ หนองสิม หมู่ที่ 9</p>"),
    (1160, (2024, 10, 3), "ประกาศเจตจำนงสุจริตในการบริหารงาน ปี 2568",
     "<p>นายก อบต. ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ พ.ศ. 2568</p>"),
]


def news_date(t):
    y, m, dd = t
    return f"{dd} {MONTHS[m - 1]} {y + 543}"


def build_news() -> None:
    for nid, date, title, body in NEWS:
        page(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {news_date(date)} · โดย admin</p>\n{body}'
             '\n<p><a href="/news/">&laquo; กลับหน้าข่าว</a></p>')

    def listing(items):
        return "<ul class=\"news\">" + "".join(
            f'<li><a href="/news/{n}/">{esc(t)}</a> <span>({news_date(dt)})</span></li>' for n, dt, t, _ in items) + "</ul>"

    page("/news/", "ข่าวประชาสัมพันธ์", listing(NEWS[:8]) + '<p>หน้า 1 <a href="/news/page/2/">2</a> &raquo;</p>')
    page("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", listing(NEWS[8:]) + '<p><a href="/news/">1</a> หน้า 2</p>')


# ---------------------------------------------------------------- about, contact, services

def build_about() -> None:
    page("/", "หน้าแรก",
         '<div class="slide"><img src="/assets/chart.png" alt="ภาพกิจกรรม" width="240" height="120"></div>'
         "<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2><ul>"
         + "".join(f'<li><a href="/news/{n}/">{esc(t)}</a> ({news_date(dt)})</li>' for n, dt, t, _ in NEWS[:5])
         + '</ul><p><a href="/news/">ดูทั้งหมด</a></p>'
         '<h2>ประกาศจัดซื้อจัดจ้าง</h2><ul><li><a href="/procurement/">สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</a></li>'
         f'<li>{link("print-plan")}</li></ul>'
         '<h2>การประเมินคุณธรรมและความโปร่งใส</h2><p><a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569</a></p>')
    page("/about/", "ข้อมูลทั่วไป", '<ul><li><a href="/about/history/">ประวัติความเป็นมา</a></li>'
         '<li><a href="/about/vision/">วิสัยทัศน์/พันธกิจ</a></li><li><a href="/about/villages/">หมู่บ้านในตำบล</a></li>'
         '<li><a href="/about/structure/">โครงสร้างส่วนราชการ</a></li><li><a href="/about/authority/">อำนาจหน้าที่</a></li></ul>')
    page("/about/history/", "ประวัติความเป็นมา",
         "<p>องค์การบริหารส่วนตำบลโพนงามเหนือ ยกฐานะจากสภาตำบลเมื่อ พ.ศ. 2540 ตั้งอยู่ทางทิศเหนือของอำเภอกุดชุม "
         "ห่างจากที่ว่าการอำเภอ 14 กิโลเมตร พื้นที่ 62 ตารางกิโลเมตร 12 หมู่บ้าน ประชากร 7,208 คน 2,016 ครัวเรือน</p>")
    page("/about/vision/", "วิสัยทัศน์ / พันธกิจ",
         "<p>วิสัยทัศน์ &quot;โพนงามเหนือน่าอยู่ เกษตรปลอดภัย ชุมชนเข้มแข็ง บริหารโปร่งใส&quot;</p>"
         "<ol><li>พัฒนาโครงสร้างพื้นฐาน</li><li>ส่งเสริมเกษตรอินทรีย์</li><li>พัฒนาคุณภาพชีวิต</li></ol>")
    page("/about/villages/", "หมู่บ้านในตำบล", "<ol>" + "".join(
        f"<li>หมู่ที่ {i} บ้าน{n}</li>" for i, n in enumerate(
            ["โพนงาม", "นาดี", "โนนสูง", "โนนสูง", "หนองแคน", "นาดี", "ดอนยาง", "หนองคู", "สิมใหญ่", "โพนงามพัฒนา",
             "ห้วยทราย", "นาดีใต้"], 1)) + "</ol>")
    page("/about/structure/", "โครงสร้างส่วนราชการ",
         '<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้าง" width="240" height="120"></p>'
         "<h2>ฝ่ายการเมือง</h2><ul><li>นายกองค์การบริหารส่วนตำบล<ul><li>รองนายก อบต. (2 คน)</li>"
         "<li>เลขานุการนายก อบต.</li></ul></li><li>สภาองค์การบริหารส่วนตำบล<ul><li>ประธานสภา</li><li>รองประธานสภา</li>"
         "<li>เลขานุการสภา</li><li>สมาชิกสภา 12 คน</li></ul></li></ul>"
         "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดองค์การบริหารส่วนตำบล<ul><li>รองปลัด อบต.</li><li>สำนักปลัด</li><li>กองคลัง</li>"
         "<li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>")
    page("/about/authority/", "อำนาจหน้าที่",
         "<p>ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 67 68 และพระราชบัญญัติกำหนดแผนและขั้นตอน"
         "การกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
         "<li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ</li>"
         "<li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li>"
         "<li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
         "<li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li></ol>")
    people = [("นายประสิทธิ์ แก้วบุญเรือง", "นายกองค์การบริหารส่วนตำบล", "08 1764 2290"),
              ("นายบุญมี สอนสุภาพ", "รองนายกองค์การบริหารส่วนตำบล", "08 7241 0935"),
              ("นางสมพร ไชยบุตร", "รองนายกองค์การบริหารส่วนตำบล", "09 3318 4706"),
              ("นายทองใบ พันธ์ดี", "เลขานุการนายกองค์การบริหารส่วนตำบล", "06 1592 8843")]
    page("/about/executives/", "คณะผู้บริหาร", "".join(
        f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="120" height="150">'
        f"<p>{esc(n)}<br>{esc(p)}<br>โทร. {t}</p></div>" for n, p, t in people))
    page("/about/council/", "สมาชิกสภา อบต.", "<ul><li>นายเสถียร นามวงศ์ ประธานสภา</li><li>นายคำพอง ศรีสุข รองประธานสภา</li>"
         "<li>นางบัวพันธ์ แสงงาม เลขานุการสภา</li><li>สมาชิกสภา อบต. หมู่ที่ 1 - 12</li></ul>")
    page("/about/staff/", "บุคลากร", "<ul><li>นางวิไลวรรณ พรมสุวรรณ ปลัด อบต.</li><li>นายอนุชา ทองมา ผู้อำนวยการกองคลัง</li>"
         "<li>นายสมชาย วงศ์ใหญ่ ผู้อำนวยการกองช่าง</li><li>นางสาวกาญจนา บุตรดี หัวหน้าสำนักปลัด</li></ul>")
    page("/contact/", "ติดต่อเรา",
         "<p>องค์การบริหารส่วนตำบลโพนงามเหนือ 99 หมู่ที่ 1 ตำบลโพนงามเหนือ อำเภอกุดชุม จังหวัดยโสธร 35140</p>"
         "<p>โทรศัพท์/โทรสาร 0 4575 0182 · อีเมล saraban@phonngamnuea.go.th · Facebook: อบต.โพนงามเหนือ</p>"
         "<p>เวลาทำการ วันจันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
         '<p><a href="https://maps.google.com/?q=15.93,104.35">แผนที่ตั้ง (Google Maps)</a></p>'
         '<p>สอบถามข้อมูลได้ที่ <a href="/webboard/">กระดานถาม-ตอบ</a></p>')
    board = [(94, "สอบถามกำหนดชำระภาษีที่ดินปี 2569", "ชาวบ้านหมู่ 5", "15 ม.ค. 2569",
              "ชำระได้ถึง 30 เมษายน 2569 ที่กองคลัง หรือโอนผ่านบัญชี อบต. ครับ"),
             (91, "ไฟทางหมู่ 7 ดับหลายจุด", "คนดอนยาง", "8 ธ.ค. 2568", "กองช่างออกซ่อมแล้ว 10 ธ.ค. 2568 ขอบคุณที่แจ้งครับ"),
             (87, "ขอทราบเอกสารขอรับเบี้ยผู้พิการ", "ผู้ใช้งาน", "20 ต.ค. 2568",
              "บัตรประชาชน ทะเบียนบ้าน บัตรคนพิการ และสมุดบัญชี ติดต่อสำนักปลัดครับ")]
    for bid, q, who, dt, a in board:
        page(f"/webboard/{bid}/", q, f"<p>ถามโดย {esc(who)} เมื่อ {dt}</p><p>{esc(q)}</p>"
             f'<div class="answer">ตอบโดย เจ้าหน้าที่ อบต.: {esc(a)}</div><p><a href="/webboard/">กลับกระดานถาม-ตอบ</a></p>')
    page("/webboard/", "กระดานถาม-ตอบ (Q&amp;A)", "<table><tr><th>หัวข้อ</th><th>ผู้ถาม</th><th>วันที่</th><th>ตอบ</th></tr>"
         + "".join(f'<tr><td><a href="/webboard/{b}/">{esc(q)}</a></td><td>{esc(w)}</td><td>{dt}</td><td>1</td></tr>'
                   for b, q, w, dt, _ in board)
         + '</table><form action="/webboard/" method="post"><p>ตั้งกระทู้ใหม่</p><input name="subject">'
         '<input name="name"><textarea name="detail"></textarea><button>ส่งคำถาม</button></form>')
    page("/eservice/", "ระบบบริการออนไลน์ (E-Service)",
         "<p>ประชาชนสามารถยื่นคำร้องทั่วไปผ่านระบบออนไลน์ได้โดยไม่ต้องเดินทางมาที่ อบต.</p>"
         '<ul><li><a href="/eservice/request/">ยื่นคำร้องทั่วไปออนไลน์</a></li>'
         '<li><a href="/eservice/request/">ขอรับการช่วยเหลือสาธารณภัย</a></li></ul>'
         f'<p>{link("service-stats-69", "สถิติการให้บริการประชาชน ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>')
    page("/eservice/request/", "แบบคำร้องทั่วไปออนไลน์",
         '<form action="https://docs.google.com/forms/d/e/1FAIpQLSc-phonngam-req/formResponse" method="post">'
         '<p>ชื่อ-นามสกุล <input name="entry.1" required></p><p>เลขบัตรประชาชน <input name="entry.2"></p>'
         '<p>ที่อยู่ <input name="entry.3"></p><p>เบอร์โทร <input name="entry.4"></p>'
         '<p>เรื่องที่ขอ <select name="entry.5"><option>ขอซ่อมไฟฟ้าสาธารณะ</option><option>ขอน้ำอุปโภคบริโภค</option>'
         '<option>ขอใช้สถานที่</option></select></p><p>รายละเอียด <textarea name="entry.6"></textarea></p>'
         '<button type="submit">ส่งคำร้อง</button></form>')
    page("/complaint/", "ร้องเรียน/ร้องทุกข์",
         "<p>ร้องเรียนเรื่องทั่วไปได้ทางโทรศัพท์ 0 4575 0182 ตู้รับเรื่องหน้าที่ทำการ หรือเฟซบุ๊ก อบต.</p>"
         '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>')
    page("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         "<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
         '<form action="/complaint/corruption/" method="post"><p>ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="name"></p>'
         '<p>เบอร์ติดต่อ <input name="tel"></p><p>เรื่องที่ร้องเรียน <input name="subject" required></p>'
         '<p>รายละเอียด <textarea name="detail" required></textarea></p><p>แนบไฟล์ <input type="file" name="file"></p>'
         '<button type="submit">ส่งเรื่อง</button></form>'
         '<p>ช่องทางอื่น: <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · '
         '<a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a> · โทร. 0 4575 0182</p>')
    for url, title, text in [
        ("/tax/", "ภาษีที่ดินและสิ่งปลูกสร้าง", "ชำระภาษีได้ที่กองคลัง ภายในเดือนเมษายนของทุกปี"),
        ("/laws/", "กฎหมายที่เกี่ยวข้อง", "พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 และที่แก้ไขเพิ่มเติม"),
        ("/otop/", "ผลิตภัณฑ์ OTOP", "ผ้าไหมมัดหมี่บ้านนาดี ข้าวหอมมะลิอินทรีย์บ้านโพนงาม"),
        ("/tourism/", "แหล่งท่องเที่ยว", "หนองสิม สิมเก่าวัดบ้านสิมใหญ่ งานบุญบั้งไฟเดือนหก"),
        ("/gallery/", "ภาพกิจกรรม", "ภาพกิจกรรมประชาคมหมู่บ้าน ลอยกระทง และวันพ่อแห่งชาติ"),
        ("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส",
         '<a href="/ita/2569/">ITA ประจำปี 2569</a> · <a href="/ita/2568/">ITA ประจำปี 2568</a>'),
    ]:
        page(url, title, f"<p>{text}</p>")


# ---------------------------------------------------------------- documents

def build_downloads() -> None:
    by_cat: dict[str, list[str]] = {c: [] for c in CATS}
    for key, row in DOCS.items():
        if row[3] in by_cat:
            by_cat[row[3]].append(key)
    for cat, title in CATS.items():
        page(f"/download/{cat}/", f"ดาวน์โหลดเอกสาร : {title}", rows_table(by_cat[cat]))
    latest = sorted((k for k in DOCS if DOCS[k][3] != "procure"), key=lambda k: DOCS[k][4], reverse=True)[:10]
    page("/download/", "ดาวน์โหลดเอกสาร", "<ul>" + "".join(
        f'<li><a href="/download/{c}/">{esc(t)}</a> ({len(by_cat[c])})</li>' for c, t in CATS.items())
        + "</ul><h2>เอกสารล่าสุด</h2>" + rows_table(latest))
    months = [k for k in DOCS if DOCS[k][3] == "procure"]
    page("/procurement/", "จัดซื้อจัดจ้าง",
         "<h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)</h2>" + rows_table(months)
         + "<h2>ประกาศผู้ชนะการเสนอราคา</h2>" + rows_table(["print-plan"])
         + '<p>ประกาศจัดซื้อจัดจ้างทั้งหมดดูได้ที่ <a href="https://process3.gprocurement.go.th/">ระบบ e-GP</a></p>')


ITA_2569 = [
    ("o1", "โครงสร้าง", [("/about/structure/", "โครงสร้างส่วนราชการ"), ("/about/authority/", "อำนาจหน้าที่")]),
    ("o2", "ข้อมูลผู้บริหาร", [("/about/executives/", "คณะผู้บริหาร")]),
    ("o3", "ข้อมูลการติดต่อ/ถาม-ตอบ", [("/contact/", "ติดต่อเรา"), ("/webboard/", "กระดานถาม-ตอบ")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("/news/", "ข่าวประชาสัมพันธ์")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("plan-61-65", "แผนพัฒนาท้องถิ่น")]),
    ("o6", "แผนดำเนินงานและงบประมาณ", [("action-69", "แผนการดำเนินงาน ปี 2569"), ("budget-69", "ข้อบัญญัติงบประมาณ ปี 2569")]),
    ("o7", "รายงานผลการดำเนินงาน", [("/download/report/", "รายงานผลการดำเนินงาน")]),
    ("o8", "คู่มือปฏิบัติงาน", [("manual-tax", "คู่มือการปฏิบัติงาน")]),
    ("o9", "คู่มือประชาชน", [("manual-people", "คู่มือสำหรับประชาชน")]),
    ("o10", "E-Service", [("/eservice/", "ระบบ E-Service")]),
    ("o11", "สรุปผลจัดซื้อจัดจ้างรายเดือน", [("/procurement/", "สขร.1")]),
    ("o12", "สรุปผลจัดซื้อจัดจ้างประจำปี", [("proc-annual-68", "รายงานสรุปผลการจัดซื้อจัดจ้าง")]),
    ("o13", "หลักเกณฑ์และแผนบริหารงานบุคคล", [("/download/hr/", "งานบริหารงานบุคคล")]),
    ("o14", "รายงานผลการบริหารงานบุคคล", [("hr-report-68", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล")]),
    ("o15", "ประมวลจริยธรรม", [("ethics-code", "ประมวลจริยธรรม"), ("/news/1274/", "กิจกรรมส่งเสริมจริยธรรม")]),
    ("o16", "คู่มือร้องเรียนการทุจริต", [("manual-complaint", "คู่มือการจัดการเรื่องร้องเรียน")]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("/complaint/corruption/", "แจ้งเรื่องร้องเรียน")]),
    ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [("complaint-stats-68h1", "สถิติเรื่องร้องเรียน")]),
    ("o19", "การมีส่วนร่วม", [("/news/1266/", "ประชาคมหมู่บ้าน")]),
    ("o20", "No Gift Policy", [("nogift-67", "ประกาศนโยบาย No Gift Policy")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("risk-69", "การประเมินความเสี่ยงการทุจริต")]),
    ("o22", "รายงานผลตามแผนบริหารความเสี่ยง", []),
    ("o23", "แผนป้องกันการทุจริต", [("anti-plan-69", "แผนปฏิบัติการป้องกันการทุจริต ปี 2569")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("anti-report-68", "รายงานผลการดำเนินการป้องกันการทุจริต")]),
    ("o25", "การนำผล ITA ไปพัฒนา", [("ita-analysis-67", "การนำผลการประเมิน ITA ปี 2569 ไปพัฒนาองค์กร")]),
    ("o26", "รายงานมาตรการส่งเสริมคุณธรรม", [("o26-68", "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมฯ")]),
]

ITA_2568 = [
    ("o1", "โครงสร้าง", [("/about/structure/", "โครงสร้าง")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("plan-61-65", "แผนพัฒนาท้องถิ่น")]),
    ("o6", "แผนดำเนินงาน", [("action-68", "แผนการดำเนินงาน ปี 2568")]),
    ("o11", "สขร.1", [("/procurement/", "สรุปผลจัดซื้อจัดจ้าง")]),
    ("o15", "หลักเกณฑ์บริหารงานบุคคล", [("hr-criteria", "หลักเกณฑ์")]),
    ("o16", "แผนบริหารงานบุคคล", [("hr-plan-68", "แผนการบริหารและพัฒนาทรัพยากรบุคคล ปี 2568"),
                                  ("hr-manpower", "แผนอัตรากำลัง 3 ปี")]),
    ("o21", "No Gift Policy", [("nogift-67", "ประกาศ No Gift")]),
    ("o24", "ประเมินความเสี่ยง", [("risk-68", "การประเมินความเสี่ยงการทุจริต ปี 2568")]),
    ("o25", "มาตรการส่งเสริมคุณธรรม", [("ita-analysis-67", "การวิเคราะห์ผล ITA และมาตรการ")]),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for code, label, links in rows:
        cells = []
        for target, text in links:
            if target in DEAD:
                cells.append(f'<a href="{DEAD[target][0]}">{esc(text)}</a>')
            elif target.startswith("/"):
                cells.append(f'<a href="{target}">{esc(text)}</a>')
            else:
                cells.append(link(target, text))
        out.append(f"<tr><td>{code}</td><td>{esc(label)}</td><td>{' , '.join(cells) or 'อยู่ระหว่างดำเนินการ'}</td></tr>")
    out.append("</table>")
    return "\n".join(out)


def build_ita() -> None:
    page("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569",
         "<p>องค์การบริหารส่วนตำบลโพนงามเหนือ เข้ารับการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569</p>" + ita_table(ITA_2569))
    page("/ita/2568/", "ITA ประจำปี 2568", "<p>ข้อมูลการเปิดเผยข้อมูลสาธารณะ ปี 2568</p>" + ita_table(ITA_2568))


def build_sitemap() -> None:
    urls = sorted(set(PAGES) | {"/sitemap/"})
    page("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{u}</a></li>' for u in urls if "/news/1" not in u)
         + "</ul>")


def assets() -> None:
    from PIL import Image, ImageDraw

    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    for name, wh, color in [("logo.png", (72, 72), (30, 90, 170)), ("person.png", (60, 75), (200, 200, 200)),
                            ("chart.png", (240, 120), (235, 240, 250))]:
        img = Image.new("RGB", wh, color)
        ImageDraw.Draw(img).rectangle([2, 2, wh[0] - 3, wh[1] - 3], outline=(60, 60, 60))
        buf = io.BytesIO()
        img.save(buf, format="PNG", optimize=True)
        with open(os.path.join(HERE, "assets", name), "wb") as fh:
            fh.write(buf.getvalue())
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0;background:#eef3fa}#topbar{background:#1e5aaa;color:#fff;"
                 "padding:4px 12px;font-size:13px}#banner{background:#fff;padding:8px}#menu{display:flex;flex-wrap:wrap;"
                 "list-style:none;margin:0;padding:0;background:#2d6fc4}#menu a{color:#fff;padding:6px 9px;display:block}"
                 "#wrap{display:flex}#side{width:230px;padding:8px}#content{flex:1;background:#fff;padding:12px}"
                 "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:3px 6px}#footer{background:#1e5aaa;"
                 "color:#fff;padding:10px;font-size:13px}\n")


def main() -> None:
    assets()
    build_news()
    build_about()
    build_downloads()
    build_ita()
    build_sitemap()
    for url, text in PAGES.items():
        out = os.path.join(HERE, url.lstrip("/"), "index.html")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(text)
    print(f"{len(PAGES)} pages")


if __name__ == "__main__":
    main()
