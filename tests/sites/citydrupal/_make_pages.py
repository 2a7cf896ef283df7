"""Generate the HTML pages of the "citydrupal" test site (เทศบาลนครพนาสรรค์, invented).

Run:  python tests/sites/citydrupal/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

Drupal 8 (Bartik-like sub-theme): a header, a main menu, a side column (mayor, hotline, quick
links) and a footer on every page.  Content is /node/N/; lists are views with a pager
(/news/?page=1, /procurement/?page=1), stored as query copies under <path>/.q/<query>/.
Attachments are listed under each node ("ไฟล์แนบ": the description the clerk typed, and size); the budget is shown through an
embedded Google Drive viewer with a direct download beside it.  The ITA section is a year selector
(/ita/?year=2569, /ita/?year=2568) whose table rows each open one node per item (o1 ... o26).
The Joomla site the city left in 2564 is still online under /old/ (index.php?option=com_content,
download.php?id=N); one of its downloads is gone.  Dates in the procurement view are Thai digits.
"""

from __future__ import annotations

import html
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG, target  # noqa: E402

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def f(key: str) -> str:
    return DOCS[key][0]


def size(key: str) -> str:
    return f"{os.path.getsize(target(f(key))) / 1024:.2f} KB"


def attach(*keys: str) -> str:
    rows = "\n".join(
        f'<tr><td><span class="file-icon"></span><a href="{esc(f(k))}" type="application/octet-stream" '
        f'title="{esc(os.path.basename(f(k)))}">{esc(DOCS[k][1])}</a></td>'
        f"<td>{size(k)}</td></tr>" for k in keys)
    return f'<div class="field--name-field-attach"><h3>ไฟล์แนบ</h3><table><thead><tr><th>ไฟล์แนบ</th><th>ขนาด</th></tr></thead><tbody>\n{rows}\n</tbody></table></div>'


MENU = [("หน้าแรก", "/"), ("ข้อมูลเทศบาล", "/node/15/"), ("โครงสร้างส่วนราชการ", "/node/12/"),
        ("ผู้บริหาร", "/node/14/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("เอกสารดาวน์โหลด", "/documents/"), ("E-Service", "/eservice/"), ("ร้องเรียนการทุจริต", "/complaint/"),
        ("ITA", "/ita/"), ("กระดานถาม-ตอบ", "/forum/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li class="menu-item"><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th" dir="ltr"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 8 (https://www.drupal.org)">
<title>{esc(title)} | {ORG}</title>
<link rel="stylesheet" media="all" href="/themes/panasan/css/style.css">
</head>
<body class="path-node">
<a href="#main-content" class="visually-hidden focusable">ข้ามไปที่เนื้อหาหลัก</a>
<header id="header" role="banner"><div class="site-branding"><a href="/" rel="home"><img src="/themes/panasan/logo.png" alt="หน้าแรก"></a>
<div class="site-name">{ORG}</div><div class="site-slogan">พนาสรรค์ นครน่าอยู่ เศรษฐกิจมั่นคง สังคมเป็นสุข</div></div></header>
<nav role="navigation" id="block-panasan-main-menu"><ul class="menu">
{menu}
</ul></nav>
<div class="layout-container"><main id="main-content" role="main"><div class="region-content">
<h1 class="page-title">{esc(title)}</h1>
{body}
</div></main>
<aside class="layout-sidebar-second" role="complementary">
<div class="block"><h2>นายกเทศมนตรี</h2><img src="/themes/panasan/mayor.jpg" alt="นายวิรัช ธนากุลวงศ์" width="160"><p>นายวิรัช ธนากุลวงศ์<br>นายกเทศมนตรีนครพนาสรรค์</p></div>
<div class="block"><h2>สายด่วนเทศบาล</h2><p>โทร. 0 4571 2208<br>เหตุด่วนเหตุร้าย 199</p></div>
<div class="block"><h2>ลิงก์หน่วยงาน</h2><ul>
<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li><li><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></li>
<li><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></li><li><a href="/old/index.php?option=com_content&amp;view=article&amp;id=1">เว็บไซต์เดิม</a></li></ul></div>
</aside></div>
<footer role="contentinfo"><p>{ORG} 99 ถนนศรีพนา ตำบลในเมือง {esc("อำเภอเมืองพนาสรรค์ จังหวัดพนาสรรค์")} 47000</p>
<p>โทรศัพท์ 0 4571 2208 โทรสาร 0 4571 2209 อีเมล saraban@panasan-city.go.th</p>
<p>Copyright © 2026 เทศบาลนครพนาสรรค์ · Powered by Drupal</p></footer>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    """``path`` a site path ending in "/" or with a query; written as folder/index.html."""
    if "?" in path:
        p, q = path.split("?", 1)
        out = os.path.join(HERE, p.lstrip("/"), ".q" if p.endswith("/") else "", q, "index.html")
        if not p.endswith("/"):
            out = os.path.join(HERE, p.lstrip("/") + ".q", q, "index.html")
    else:
        out = os.path.join(HERE, path.lstrip("/"), "index.html")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))
    PAGES.append(path)


PAGES: list[str] = []


def node(nid: int, title: str, posted: str, body: str) -> None:
    write(f"/node/{nid}/", title,
          f'<article class="node"><div class="node__meta">โดย admin_pr เมื่อ {esc(posted)}</div>'
          f'<div class="node__content">{body}</div></article>')


# ---------------------------------------------------------------- news (a view, 8 a page)
NEWS = [  # nid, date, title, body
    (2302, "2 เม.ย. 2569", "เทศบาลเตรียมความพร้อมจัดงานสงกรานต์พนาสรรค์ 2569",
     "<p>นายกเทศมนตรีประชุมหัวหน้าส่วนราชการเตรียมจัดงานสงกรานต์ 13 - 15 เมษายน 2569 ณ ลานวัฒนธรรมริมบึงพนา</p>"),
    (2295, "12 มี.ค. 2569", "ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าฟรี 68 ชุมชน",
     "<p>กองสาธารณสุขและสิ่งแวดล้อมออกหน่วยฉีดวัคซีนสุนัขและแมว ระหว่างวันที่ 12 - 26 มีนาคม 2569</p>"),
    (2281, "9 ก.พ. 2569", "ผลการประชุมประชาคมเมือง ประจำปี 2569",
     "<p>เมื่อวันเสาร์ที่ 7 กุมภาพันธ์ 2569 เทศบาลนครพนาสรรค์จัดประชุมประชาคมเมืองเพื่อรับฟังความคิดเห็นของประชาชน "
     "ต่อโครงการพัฒนาและร่างแผนพัฒนาท้องถิ่นเพิ่มเติม มีประธานชุมชนและประชาชนเข้าร่วม 486 คน จาก 68 ชุมชน</p>"
     "<p>ที่ประชุมเสนอโครงการ 74 โครงการ เรื่องที่ประชาชนเสนอมากที่สุดคือการแก้ไขน้ำท่วมขังถนนมิตรภาพและไฟฟ้าส่องสว่าง "
     "เทศบาลจะนำข้อเสนอบรรจุในแผนพัฒนาท้องถิ่นเพิ่มเติม และรายงานผลให้ชุมชนทราบทางเว็บไซต์และไลน์กลุ่มประธานชุมชน</p>"),
    (2266, "21 ม.ค. 2569", "โครงการอบรมคุณธรรมจริยธรรมพนักงานเทศบาล ประจำปีงบประมาณ 2569",
     "<p>วันที่ 20 มกราคม 2569 งานการเจ้าหน้าที่ สำนักปลัดเทศบาล จัดอบรมส่งเสริมการปฏิบัติตามประมวลจริยธรรมของพนักงานเทศบาล "
     "และการขับเคลื่อนจริยธรรม ผู้บริหาร พนักงานเทศบาล และพนักงานจ้าง เข้าร่วม 412 คน "
     "พร้อมบรรยายเรื่อง Do's &amp; Don'ts ของเจ้าหน้าที่เทศบาล</p>"),
    (2257, "1 ธ.ค. 2568", "ประกาศรับสมัครพนักงานจ้างทั่วไป 12 อัตรา",
     "<p>รับสมัครระหว่างวันที่ 1 - 12 ธันวาคม 2568 ณ งานการเจ้าหน้าที่ ชั้น 2</p>"),
    (2249, "5 พ.ย. 2568", "งานประเพณีลอยกระทงบึงพนา 2568",
     "<p>ขอเชิญร่วมงานประเพณีลอยกระทง 5 พฤศจิกายน 2568 ณ บึงพนา</p>"),
    (2238, "22 ต.ค. 2568", "ฝึกซ้อมแผนป้องกันและระงับอัคคีภัยในอาคารสูง",
     "<p>งานป้องกันและบรรเทาสาธารณภัยร่วมกับโรงแรมในเขตเทศบาลฝึกซ้อมแผนอพยพหนีไฟ</p>"),
    (2231, "8 ต.ค. 2568", "เทศบาลจัดพิธีเปิดศูนย์บริการร่วม (One Stop Service) โฉมใหม่",
     "<p>ศูนย์บริการร่วมชั้น 1 เปิดให้บริการรับชำระภาษีและยื่นคำขออนุญาตต่าง ๆ เวลา 08.30 - 16.30 น.</p>"),
    (2199, "10 ก.พ. 2568", "ผลการประชุมประชาคมเมือง ประจำปี 2568",
     "<p>วันที่ 8 กุมภาพันธ์ 2568 ประชาชนเข้าร่วม 451 คน เสนอโครงการ 66 โครงการ</p>"),
    (2185, "23 ม.ค. 2568", "อบรมคุณธรรมจริยธรรมพนักงานเทศบาล ประจำปี 2568",
     "<p>วันที่ 22 มกราคม 2568 ผู้เข้าร่วม 398 คน</p>"),
    (2172, "27 ธ.ค. 2567", "เทศบาลนครพนาสรรค์ประกาศงดรับของขวัญปีใหม่ 2568",
     "<p>ผู้บริหารและบุคลากรเทศบาลงดรับของขวัญในเทศกาลปีใหม่ 2568 ตามประกาศนโยบาย No Gift Policy ของเทศบาล</p>"),
    (2150, "14 พ.ย. 2567", "ลอยกระทงบึงพนา 2567", "<p>ภาพบรรยากาศงานลอยกระทง 15 พฤศจิกายน 2567</p>"),
    (2104, "3 ก.ย. 2567", "ส่งมอบถนน คสล. ซอยศรีพนา 3", "<p>ส่งมอบงานก่อสร้างถนนความยาว 420 เมตร</p>"),
    (2087, "19 ก.ค. 2567", "แห่เทียนเข้าพรรษา 2567", "<p>ขบวนแห่เทียนพรรษา 68 ชุมชน</p>"),
]


def news_pages() -> None:
    for nid, date, title, body in NEWS:
        node(nid, title, date, body)
    per = 6
    chunks = [NEWS[i:i + per] for i in range(0, len(NEWS), per)]
    for n, chunk in enumerate(chunks):
        items = "\n".join(f'<div class="views-row"><span class="date">{esc(dt)}</span> '
                          f'<a href="/node/{nid}/">{esc(t)}</a></div>' for nid, dt, t, _ in chunk)
        pager = " ".join(("<strong>" + str(i + 1) + "</strong>") if i == n else
                         f'<a href="/news/{"?page=" + str(i) if i else ""}">{i + 1}</a>' for i in range(len(chunks)))
        if n + 1 < len(chunks):
            pager += f' <a href="/news/?page={n + 1}" rel="next">ถัดไป ›</a>'
        write("/news/" + (f"?page={n}" if n else ""), "ข่าวประชาสัมพันธ์",
              f'<div class="view-news">{items}</div><nav class="pager">{pager}</nav>')


# ---------------------------------------------------------------- procurement view (Thai digits)
PROC = [("skr6903", "๔ เม.ย. ๒๕๖๙"), ("skr6902", "๖ มี.ค. ๒๕๖๙"), ("skr6901", "๕ ก.พ. ๒๕๖๙"),
        ("skr6812", "๘ ม.ค. ๒๕๖๙"), ("skr6810", "๗ พ.ย. ๒๕๖๘"), ("skr6809", "๓ ต.ค. ๒๕๖๘"),
        ("skr6808", "๔ ก.ย. ๒๕๖๘")]
PROC_NID = {"skr6903": 2299, "skr6902": 2290, "skr6901": 2277, "skr6812": 2262, "skr6810": 2251,
            "skr6809": 2233, "skr6808": 2215}


def procurement_pages() -> None:
    for key, date in PROC:
        node(PROC_NID[key], DOCS[key][1].translate(TH), date,
             "<p>" + esc(("สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน" + DOCS[key][1].split("ประจำเดือน")[1] + " (แบบ สขร.1)").translate(TH))
             + "</p>" + attach(key))
    chunks = [PROC[:5], PROC[5:]]
    for n, chunk in enumerate(chunks):
        rows = "\n".join(f'<tr><td>{esc(date)}</td><td><a href="/node/{PROC_NID[k]}/">{esc(DOCS[k][1].translate(TH))}</a></td></tr>'
                         for k, date in chunk)
        pager = ('<strong>๑</strong> <a href="/procurement/?page=1">๒</a> <a href="/procurement/?page=1">ถัดไป ›</a>' if n == 0
                 else '<a href="/procurement/">๑</a> <strong>๒</strong>')
        write("/procurement/" + ("?page=1" if n else ""), "ผลการจัดซื้อจัดจ้าง (สขร.๑)",
              f'<table class="views-table"><thead><tr><th>วันที่ลงประกาศ</th><th>เรื่อง</th></tr></thead>'
              f'<tbody>{rows}</tbody></table><nav class="pager">{pager}</nav>'
              '<p>ประกาศผู้ชนะการเสนอราคาและประกาศจัดซื้อจัดจ้างทั้งหมด ดูได้ที่ <a href="https://process3.gprocurement.go.th/">ระบบ e-GP</a></p>')


# ---------------------------------------------------------------- the ITA section: one node per item
# code: (nid, the office's wording, body html) ; a nid of None means the row links elsewhere
ITA69: dict[str, tuple] = {}


def item(code: str, nid: int | None, label: str, body: str = "", link: str | None = None) -> None:
    ITA69[code] = (nid, label, body, link)


item("o1", 3101, "โครงสร้างหน่วยงาน",
     '<p><a href="/node/12/">แผนผังโครงสร้างส่วนราชการ</a> · <a href="/node/13/">อำนาจหน้าที่ของเทศบาลนคร</a></p>')
item("o2", 3102, "ข้อมูลผู้บริหาร", '<p><a href="/node/14/">คณะผู้บริหารเทศบาลนครพนาสรรค์</a></p>')
item("o3", 3103, "ข้อมูลติดต่อ / ถาม-ตอบ", '<p><a href="/contact/">ติดต่อเทศบาล</a> · <a href="/forum/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
item("o4", None, "ข่าวประชาสัมพันธ์", link="/news/")
item("o5", 3105, "แผนพัฒนาเทศบาล", "<p>แผนพัฒนาท้องถิ่นของเทศบาลนครพนาสรรค์</p>" + attach("plan6165"))
item("o6", 3106, "แผนดำเนินงาน/งบประมาณปี 2569",
     "<p>แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ และเทศบัญญัติงบประมาณรายจ่าย</p>"
     '<iframe src="https://drive.google.com/file/d/1pNsKq7Ztw0BudgetPanasan69/preview" width="640" height="480" allow="autoplay"></iframe>'
     f'<p><a href="{f("budget69")}">ดาวน์โหลดเทศบัญญัติ (PDF)</a></p>' + attach("actplan69"))
item("o7", 3107, "รายงานผลดำเนินงานประจำปี", "<p>รายงานผลการดำเนินงานประจำปี กองยุทธศาสตร์และงบประมาณ</p>" + attach("annrep67"))
item("o8", 3108, "คู่มือปฏิบัติงาน", attach("sop"))
item("o9", 3109, "คู่มือประชาชน", attach("people"))
item("o10", 3110, "E-Service", '<p><a href="/eservice/">ระบบบริการออนไลน์เทศบาล</a></p>' + attach("estat69"))
item("o11", None, "สขร.1 รายเดือน", link="/procurement/")
item("o12", 3112, "รายงานจัดซื้อจัดจ้างประจำปี", attach("procann68"))
item("o13", 3113, "HR หลักเกณฑ์ + แผน", attach("hrrules", "hrplan68"))
item("o14", 3114, "รายงานผล HR", attach("hrrep68"))
item("o15", 3115, "ประมวลจริยธรรม",
     '<p>ข่าวกิจกรรม: <a href="/node/2266/">อบรมคุณธรรมจริยธรรม ปี 2569</a></p>' + attach("ethics"))
item("o16", 3116, "คู่มือร้องเรียนทุจริต", attach("complaintman"))
item("o17", None, "ช่องทางร้องเรียนทุจริต", link="/complaint/")
item("o18", 3118, "สถิติร้องเรียนทุจริต", attach("cstat68h1"))
item("o19", 3119, "การมีส่วนร่วม", '<p><a href="/node/2281/">ผลการประชุมประชาคมเมือง ประจำปี 2569</a></p>' + attach("forumletter"))
item("o20", 3120, "No Gift Policy", attach("nogift66", "giftrep68"))
item("o21", 3121, "ประเมินความเสี่ยงทุจริต", attach("risk69"))
item("o22", 3122, "รายงานผลจัดการความเสี่ยง",
     '<div class="field--name-field-attach"><h3>ไฟล์แนบ</h3><table><tbody><tr><td>'
     '<a href="/sites/default/files/2025-11/risk_report.pdf" title="risk_report.pdf">'
     'รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต ปี 2568</a></td><td>388.41 KB</td></tr></tbody></table></div>')
item("o23", 3123, "แผนป้องกันการทุจริต", attach("antiplan68"))
item("o24", 3124, "รายงานผลป้องกันการทุจริต", attach("antirep68"))
item("o25", 3125, "นำผล ITA ไปพัฒนา",
     '<p>มาตรการส่งเสริมคุณธรรมและความโปร่งใส ดูที่ <a href="/old/index.php?option=com_content&amp;view=article&amp;id=318">เว็บไซต์เดิม</a></p>')
item("o26", 3126, "รายงานผลมาตรการคุณธรรม", attach("integrity68rep"))

POSTED = {"o7": "3 ธ.ค. 2568", "o10": "3 เม.ย. 2569", "o21": "4 ธ.ค. 2568", "o25": "15 ม.ค. 2569"}

ITA68 = [("o5", "แผนพัฒนาท้องถิ่น", f("plan6165")), ("o6", "แผนดำเนินงาน 2568", f("actplan68")),
         ("o13", "แผน HR 2568", f("hrplan68")), ("o18", "สถิติร้องเรียน 6 เดือน", f("cstat68h1")),
         ("o20", "No Gift Policy", f("nogift66")), ("o21", "ประเมินความเสี่ยง 2568", f("risk68")),
         ("o23", "แผนป้องกันทุจริต", f("antiplan68")),
         ("o25", "วิเคราะห์ผล ITA 2566", "/old/download.php?id=7"),
         ("o26", "มาตรการส่งเสริมคุณธรรม 2567", "/old/download.php?id=8")]


def ita_pages() -> None:
    rows = []
    for code, (nid, label, body, link) in ITA69.items():
        href = link or f"/node/{nid}/"
        rows.append(f'<tr><td>{code}</td><td><a href="{href}">{esc(label)}</a></td></tr>')
        if nid:
            node(nid, f"{code} {label}", POSTED.get(code, "15 ม.ค. 2569"), body)
    selector = ('<form class="year-select"><label>ปีที่ประเมิน</label> '
                '<a href="/ita/?year=2569">2569</a> | <a href="/ita/?year=2568">2568</a></form>')
    write("/ita/?year=2569", "ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)",
          selector + '<table class="ita"><thead><tr><th>ข้อ</th><th>ข้อมูล</th></tr></thead><tbody>\n'
          + "\n".join(rows) + "\n</tbody></table>")
    rows68 = "\n".join(f'<tr><td>{c}</td><td><a href="{esc(u)}">{esc(t)}</a></td></tr>' for c, t, u in ITA68)
    write("/ita/?year=2568", "ITA 2568 การเปิดเผยข้อมูลสาธารณะ (OIT)",
          selector + f'<table class="ita"><tbody>\n{rows68}\n</tbody></table>')
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          selector + '<p>เลือกปีที่ประเมินเพื่อดูข้อมูลการเปิดเผยข้อมูลสาธารณะ</p>')


# ---------------------------------------------------------------- about, contact, services
def static_pages() -> None:
    node(12, "โครงสร้างส่วนราชการ", "3 มิ.ย. 2567",
         '<img src="/sites/default/files/2024-06/chart.png" alt="แผนผังโครงสร้างเทศบาลนครพนาสรรค์" width="600">'
         "<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี 4 คน</li><li>เลขานุการนายกเทศมนตรี 2 คน</li>"
         "<li>ที่ปรึกษานายกเทศมนตรี 3 คน</li></ul></li><li>สภาเทศบาลนครพนาสรรค์ (ประธานสภา รองประธานสภา สมาชิก 24 คน)</li></ul>"
         "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล 3 คน</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li>"
         "<li>กองช่าง</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองการศึกษา</li><li>กองยุทธศาสตร์และงบประมาณ</li>"
         "<li>กองสวัสดิการสังคม</li><li>หน่วยตรวจสอบภายใน</li><li>สถานธนานุบาลเทศบาล 2 แห่ง</li></ul></li></ul>")
    node(13, "อำนาจหน้าที่ของเทศบาลนคร", "3 มิ.ย. 2567",
         "<p>ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 53 และ 56 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ "
         "พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol><li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li>"
         "<li>รักษาความสะอาดของถนน ที่สาธารณะ และกำจัดขยะมูลฝอย</li><li>ป้องกันและระงับโรคติดต่อ</li>"
         "<li>ให้มีเครื่องใช้ในการดับเพลิง</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>ให้มีโรงฆ่าสัตว์ ตลาด และสถานพยาบาล</li>"
         "<li>จัดทำกิจการอื่นตามที่กฎหมายบัญญัติ</li></ol>")
    node(14, "คณะผู้บริหารเทศบาลนครพนาสรรค์", "1 ก.ค. 2567",
         "".join(f'<div class="person"><img src="/themes/panasan/p{i}.jpg" alt="{esc(n)}" width="120"><p>{esc(n)}<br>{esc(p)}<br>โทร. {t}</p></div>'
                 for i, (n, p, t) in enumerate([
                     ("นายวิรัช ธนากุลวงศ์", "นายกเทศมนตรีนครพนาสรรค์", "08 1730 4412"),
                     ("นายเกรียงไกร ภูมิพนา", "รองนายกเทศมนตรี", "08 1730 4413"),
                     ("นางพรทิพย์ สุขสวัสดิ์รุ่ง", "รองนายกเทศมนตรี", "08 1730 4414"),
                     ("นายอำนาจ ชัยศรีพนม", "รองนายกเทศมนตรี", "08 1730 4415"),
                     ("นายธีรพงษ์ มั่นพนา", "รองนายกเทศมนตรี", "08 1730 4416"),
                     ("นางสาวกาญจนา ศรีพนมวัน", "ปลัดเทศบาล", "0 4571 2208 ต่อ 101")])))
    node(15, "ประวัติเทศบาลนครพนาสรรค์", "1 ก.ค. 2567",
         "<p>ยกฐานะเป็นเทศบาลนครเมื่อ พ.ศ. 2538 พื้นที่ 41.7 ตารางกิโลเมตร 68 ชุมชน</p>")
    write("/contact/", "ติดต่อเทศบาล",
          "<p>สำนักงานเทศบาลนครพนาสรรค์ 99 ถนนศรีพนา ตำบลในเมือง อำเภอเมืองพนาสรรค์ จังหวัดพนาสรรค์ 47000</p>"
          "<p>โทรศัพท์ 0 4571 2208 โทรสาร 0 4571 2209 อีเมล saraban@panasan-city.go.th</p>"
          '<p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น. <a href="https://maps.google.com/?q=16.4419,104.1122">แผนที่ Google Maps</a></p>'
          '<form action="/contact/feedback" method="post"><label>ชื่อ</label><input name="name"><label>อีเมล</label>'
          '<input name="mail"><label>ข้อความ</label><textarea name="message"></textarea><button>ส่งข้อความ</button></form>')
    write("/forum/", "กระดานถาม-ตอบ (Q&A)",
          '<table class="forum"><tr><th>กระทู้</th><th>ตอบ</th><th>ล่าสุด</th></tr>'
          "<tr><td>ขอใบอนุญาตต่อเติมบ้านต้องใช้เอกสารอะไรบ้างครับ<br><em>ตอบ (กองช่าง): ใช้แบบ ข.1 สำเนาโฉนด และแบบแปลน 5 ชุด ยื่นที่ศูนย์บริการร่วม ชั้น 1</em></td><td>1</td><td>16 มี.ค. 2569</td></tr>"
          "<tr><td>ไฟถนนซอยศรีพนา 12 ดับหลายดวง<br><em>ตอบ (งานไฟฟ้า): ดำเนินการซ่อมแล้ว 4 ก.พ. 2569</em></td><td>1</td><td>4 ก.พ. 2569</td></tr></table>"
          '<form action="/forum/new" method="post"><label>หัวข้อคำถาม</label><input name="subject"><label>รายละเอียด</label>'
          '<textarea name="body"></textarea><button>ตั้งคำถาม</button></form>')
    write("/eservice/", "ระบบบริการออนไลน์ (E-Service)",
          "<p>ยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่ติดต่อกลับภายใน 1 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSePanasanEservice/formResponse" method="post">'
          '<label>ประเภทคำร้อง</label><select name="entry.1"><option>คำร้องทั่วไป</option><option>แจ้งซ่อมไฟฟ้าสาธารณะ</option>'
          '<option>ขอรับถังขยะ</option></select><label>ชื่อ-สกุล</label><input name="entry.2"><label>เบอร์โทรศัพท์</label>'
          '<input name="entry.3"><label>รายละเอียด</label><textarea name="entry.4"></textarea><button>ส่งคำร้อง</button></form>'
          + attach("estat69"))
    write("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้ร้องไม่ต้องระบุชื่อก็ได้ ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/submit" method="post" enctype="multipart/form-data"><label>เรื่องที่ร้องเรียน</label>'
          '<input name="subject"><label>รายละเอียดการทุจริต/ประพฤติมิชอบ</label><textarea name="detail"></textarea>'
          '<label>หลักฐาน</label><input type="file" name="evidence"><label>ชื่อผู้ร้อง (ไม่บังคับ)</label><input name="name">'
          "<button>ส่งเรื่องร้องเรียน</button></form>"
          '<p>ช่องทางอื่น: โทร. 0 4571 2208 ต่อ 119 · <a href="https://www.nacc.go.th/">ป.ป.ช.</a> · '
          '<a href="https://www.pacc.go.th/">ป.ป.ท.</a> · ศูนย์ดำรงธรรมจังหวัด 1567</p>')
    docs = ["actplan69", "actplan68", "printplan", "planinvite", "hrdraft69", "risk68", "pawnplan69", "sop", "people"]
    rows = "\n".join(f'<tr><td><a href="{esc(f(k))}">{esc(DOCS[k][1])}</a></td><td>{size(k)}</td></tr>' for k in docs)
    write("/documents/", "เอกสารดาวน์โหลด", f'<table class="views-table"><tbody>{rows}</tbody></table>')
    write("/old/index.php?option=com_content&view=article&id=318",
          "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
          '<div class="joomla-article"><p class="muted">เขียนโดย Administrator · 25 ธันวาคม 2566</p>'
          "<h2>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567</h2>"
          "<p>จากการวิเคราะห์ผลการประเมิน ITA ประจำปี 2566 เทศบาลนครพนาสรรค์กำหนดมาตรการดังนี้</p>"
          "<ol><li>เผยแพร่ สขร.1 ภายใน 10 วันของเดือนถัดไป (ผู้รับผิดชอบ กองคลัง)</li>"
          "<li>จัดทำคู่มือป้องกันผลประโยชน์ทับซ้อน (ผู้รับผิดชอบ สำนักปลัดเทศบาล)</li>"
          "<li>ติดตามผลรายไตรมาสและรายงานนายกเทศมนตรี</li></ol>"
          '<p>เอกสาร: <a href="/old/download.php?id=7">การวิเคราะห์ผลการประเมิน ITA 2566</a></p></div>')
    write("/old/index.php?option=com_content&view=article&id=1", "เว็บไซต์เดิม เทศบาลนครพนาสรรค์",
          '<p>เว็บไซต์นี้เป็นเว็บไซต์เดิม (ปรับปรุงล่าสุด ธันวาคม 2566) ข้อมูลปัจจุบันดูได้ที่ <a href="/">หน้าแรก</a></p>'
          '<ul><li><a href="/old/index.php?option=com_content&amp;view=article&amp;id=318">มาตรการส่งเสริมคุณธรรม 2567</a></li></ul>')


def assets() -> None:
    """The theme's stylesheet and images (tiny placeholders) and the chart image."""
    from PIL import Image

    css = os.path.join(HERE, "themes/panasan/css/style.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as fh:
        fh.write("body{font-family:sans-serif;margin:0}.layout-container{display:flex}main{flex:3}aside{flex:1}\n")
    for name in ["themes/panasan/logo.png", "themes/panasan/mayor.jpg", "sites/default/files/2024-06/chart.png",
                 *(f"themes/panasan/p{i}.jpg" for i in range(6))]:
        out = os.path.join(HERE, name)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        Image.new("RGB", (16, 16), (40, 90, 160)).save(out, format="PNG" if name.endswith("png") else "JPEG")


def home() -> None:
    latest = "\n".join(f'<li><a href="/node/{nid}/">{esc(t)}</a> <span>{esc(dt)}</span></li>' for nid, dt, t, _ in NEWS[:5])
    write("/", "หน้าแรก",
          f'<section><h2>ข่าวประชาสัมพันธ์</h2><ul>{latest}</ul><a href="/news/">ดูทั้งหมด</a></section>'
          '<section><h2>ผลการจัดซื้อจัดจ้าง</h2><a href="/procurement/">สขร.๑ รายเดือน</a></section>'
          '<section><h2>ITA</h2><a href="/ita/?year=2569">การเปิดเผยข้อมูลสาธารณะ ITA 2569</a></section>')


if __name__ == "__main__":
    for sub in ("node", "news", "procurement", "ita", "contact", "forum", "eservice", "complaint", "documents",
                "old/index.php.q"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    news_pages()
    procurement_pages()
    ita_pages()
    static_pages()
    home()
    assets()
    print(len(PAGES), "pages")
