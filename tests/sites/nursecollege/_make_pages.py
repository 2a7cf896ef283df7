"""Generate the HTML pages of the "nursecollege" test site (วิทยาลัยพยาบาลบรมราชชนนี ศรีธารา, invented).

Run:  python tests/sites/nursecollege/_make_pages.py   (it runs _make_docs.build() first: file sizes
are read from the files it wrote)

A WordPress theme: a top bar, the header with the institute's and the college's names, a menu, a
right-hand column (the director, quick links, the institute's links, a visitor counter) and a
footer on every page; pages are folder/index.html under WordPress permalinks (/2026/02/slug/).
Documents are listed by category under /download/<cat>/ (newest first); the monthly สขร.1 are
posts of the category /category/procurement/.  The ITA page /ita/2569/ is a table o1 … o26 in the
college's own short wording whose links go to files, pages, category lists, the institute's site
and Google Drive mirrors; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG, build  # noqa: E402

MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
          "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
CATS = {"plan": "แผนยุทธศาสตร์ / แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "hr": "บริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส", "procure": "จัดซื้อจัดจ้าง",
        "stats": "สถิติ", "general": "เอกสารทั่วไป"}
HIDDEN = {"ita-analysis-67", "risk-68"}  # on no category list: linked only from last year's ITA page
DEAD_69 = "/wp-content/uploads/2025/11/risk-plan-report.pdf"  # o22: the file was deleted
DEAD_68 = "/wp-content/uploads/2024/11/risk-report-2567.pdf"  # last year's o22: gone too
DRIVE = "https://drive.google.com/file/d/1qXbCnStR9vLmW0aPk7e2ZyD4hUoTgJ5s/view?usp=sharing"
PI = "https://www.pi.ac.th/"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def thai_date(y: int, m: int, day: int) -> str:
    return f"{day} {MONTHS[m - 1]} {y}"


def f(key: str) -> str:
    return DOCS[key][0]


def size(path: str) -> str:
    n = os.path.getsize(os.path.join(HERE, path.lstrip("/")))
    return f"{n / 1024:.1f} KB"


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับวิทยาลัย", "/about/history/"), ("โครงสร้างองค์กร", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("หลักสูตร", "/curriculum/"), ("รับสมัครนักศึกษา", "/admission/"),
        ("ข่าวประชาสัมพันธ์", "/category/news/"), ("จัดซื้อจัดจ้าง", "/category/procurement/"),
        ("ดาวน์โหลด", "/download/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li class="menu-item"><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th-TH"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" id="astra-theme-css-css" href="/assets/style.css" media="all"></head>
<body class="wp-singular">
<div class="top-bar">สถาบันพระบรมราชชนก กระทรวงสาธารณสุข · Praboromarajchanok Institute · โทร. 0 4271 5530</div>
<header class="site-header"><a href="/"><img src="/assets/logo.png" alt="ตราวิทยาลัย" width="72" height="72"></a>
<div class="site-title">{ORG}<br><small>Boromarajonani College of Nursing, Sri Thara · คณะพยาบาลศาสตร์ สถาบันพระบรมราชชนก</small></div></header>
<nav class="main-navigation"><ul id="primary-menu">
{menu}
</ul></nav>
<div id="content" class="site-content"><main id="primary">
<h1 class="entry-title">{esc(title)}</h1>
<div class="entry-content">
{body}
</div></main>
<aside id="secondary" class="widget-area">
<section class="widget"><h2 class="widget-title">ผู้อำนวยการวิทยาลัย</h2><img src="/assets/person.png" alt="" width="60" height="60"><br>
ดร.วิไลวรรณ ทองประเสริฐ</section>
<section class="widget"><h2 class="widget-title">ลิงก์ด่วน</h2><ul>
<li><a href="/ita/2569/">ITA 2569</a></li><li><a href="/ita/2568/">ITA 2568</a></li>
<li><a href="/eservice/">E-Service ขอเอกสารการศึกษา</a></li><li><a href="/complaint/">ร้องเรียน/ร้องทุกข์</a></li>
<li><a href="/qa/">ถาม-ตอบ (Q&amp;A)</a></li><li><a href="/download/">เอกสารดาวน์โหลด</a></li></ul></section>
<section class="widget"><h2 class="widget-title">หน่วยงานต้นสังกัด</h2><ul>
<li><a href="{PI}">สถาบันพระบรมราชชนก</a></li><li><a href="https://www.pi.ac.th/faculty/nursing">คณะพยาบาลศาสตร์</a></li>
<li><a href="https://www.tnmc.or.th/">สภาการพยาบาล</a></li><li><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></li></ul></section>
<section class="widget">สถิติผู้เข้าชม 284,519 ครั้ง</section>
</aside></div>
<footer class="site-footer">{ORG} 88 ถนนพยาบาลอุทิศ ตำบลโพนทอง อำเภอเมือง จังหวัดศรีธารา 48990<br>
โทรศัพท์ 0 4271 5530 โทรสาร 0 4271 5531 อีเมล saraban@bcnst.ac.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
Copyright © 2026 {ORG} · Powered by WordPress</footer>
</body></html>
"""


PAGES: dict[str, tuple[str, str]] = {}


def page(path: str, title: str, body: str) -> None:
    PAGES[path] = (title, body)


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


def doc_link(key: str, text: str | None = None) -> str:
    return a(f(key), text or DOCS[key][1])


def prepare() -> None:
    """Remove the last run's output, then write the documents (the pages read their sizes)."""
    for entry in os.listdir(HERE):
        full = os.path.join(HERE, entry)
        if os.path.isdir(full):
            shutil.rmtree(full)
    build()


prepare()

# ---------------------------------------------------------------- news posts
NEWS = [  # (path, title, (y, m, d) B.E., body)
    ("/2026/04/ita-2569/", "วิทยาลัยเผยแพร่ข้อมูลสาธารณะ (OIT) ประจำปี 2569", (2569, 4, 2),
     "<p>วิทยาลัยได้ปรับปรุงหน้าเผยแพร่ข้อมูลสาธารณะตามแบบ OIT ประจำปีงบประมาณ พ.ศ. 2569 ผู้สนใจดูได้ที่ "
     + a("/ita/2569/", "หน้า ITA 2569") + "</p>"),
    ("/2026/03/strategy-workshop/", "ประชุมเชิงปฏิบัติการยกร่างแผนยุทธศาสตร์วิทยาลัยฉบับใหม่", (2569, 3, 20),
     "<p>วันที่ 19 - 20 มีนาคม 2569 คณาจารย์และบุคลากร 64 คน ร่วมวิเคราะห์ SWOT และยกร่างวิสัยทัศน์ของแผนยุทธศาสตร์ "
     "(พ.ศ. 2570 - 2574) ร่างแผนจะเสนอคณะกรรมการบริหารวิทยาลัยพิจารณาในเดือนมิถุนายน 2569</p><p>"
     + doc_link("strat-workshop", "หนังสือเชิญประชุม") + "</p>"),
    ("/2026/03/capping-ceremony/", "พิธีมอบหมวก เข็ม และประกาศนียบัตร นักศึกษาพยาบาลชั้นปีที่ 4", (2569, 3, 6),
     "<p>วิทยาลัยจัดพิธีมอบหมวก เข็ม แก่นักศึกษาพยาบาลศาสตร์ชั้นปีที่ 4 รุ่นที่ 39 จำนวน 112 คน ณ หอประชุมวิทยาลัย</p>"),
    ("/2026/02/network-meeting-2569/", "ประชุมผู้ใช้บัณฑิตและภาคีเครือข่ายชุมชน ร่วมเสนอแนะการพัฒนาหลักสูตรและการบริการวิชาการ", (2569, 2, 12),
     "<p>วันที่ 12 กุมภาพันธ์ 2569 วิทยาลัยเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน โดยจัดประชุมผู้ใช้บัณฑิตและภาคีเครือข่าย "
     "ผู้เข้าร่วม 46 คน จากโรงพยาบาล 9 แห่ง องค์กรปกครองส่วนท้องถิ่น 5 แห่ง อาสาสมัครสาธารณสุข และศิษย์เก่า</p>"
     "<p>ข้อเสนอที่ได้รับ 11 ข้อ เช่น เพิ่มทักษะการดูแลผู้ป่วยระยะท้าย เพิ่มแหล่งฝึกในชุมชน ให้ อปท. ร่วมกำหนดโครงการบริการวิชาการ "
     "วิทยาลัยจะนำข้อเสนอเข้าสู่การปรับปรุงรายวิชาปฏิบัติการพยาบาลชุมชน ภาคการศึกษาที่ 1/2569 และแผนบริการวิชาการ ปี 2569</p>"),
    ("/2026/01/network-invitation/", "ขอเชิญผู้ใช้บัณฑิตและภาคีเครือข่ายร่วมประชุม 12 ก.พ. 2569", (2569, 1, 20),
     "<p>วิทยาลัยขอเชิญผู้ใช้บัณฑิตและภาคีเครือข่ายชุมชนเข้าร่วมประชุม " + doc_link("network-invite", "หนังสือเชิญ (.doc)") + "</p>"),
    ("/2026/01/annual-report/", "เผยแพร่รายงานประจำปีของวิทยาลัย", (2569, 1, 16),
     "<p>งานนโยบายและแผนเผยแพร่รายงานประจำปีของวิทยาลัย ดาวน์โหลดได้ที่ " + doc_link("annual-67", "รายงานประจำปี (PDF)") + "</p>"),
    ("/2026/01/ethics-camp/", "โครงการส่งเสริมคุณธรรมจริยธรรมและความซื่อสัตย์สุจริต ประจำปี 2569", (2569, 1, 15),
     "<p>วันที่ 15 มกราคม 2569 วิทยาลัยจัดโครงการส่งเสริมคุณธรรมจริยธรรมตามประมวลจริยธรรมแก่ผู้บริหาร อาจารย์ เจ้าหน้าที่ และนักศึกษา "
     "รวม 186 คน มีการบรรยายเรื่องประมวลจริยธรรมและการขัดกันระหว่างประโยชน์ส่วนบุคคลกับประโยชน์ส่วนรวม และกิจกรรมชมรม STRONG</p>"),
    ("/2025/12/elderly-service/", "บริการวิชาการดูแลผู้สูงอายุในชุมชนบ้านโพนทอง", (2568, 12, 11),
     "<p>อาจารย์และนักศึกษาชั้นปีที่ 3 ตรวจคัดกรองสุขภาพผู้สูงอายุ 132 คน ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลโพนทอง</p>"),
    ("/2025/11/admission-2569/", "รับสมัครนักศึกษาหลักสูตรพยาบาลศาสตรบัณฑิต ปีการศึกษา 2569", (2568, 11, 3),
     "<p>เปิดรับสมัครรอบ Portfolio ระหว่างวันที่ 3 - 28 พฤศจิกายน 2568 รายละเอียดที่ " + a("/admission/", "หน้ารับสมัคร") + "</p>"),
    ("/2025/10/nurses-day/", "วันพยาบาลแห่งชาติ 21 ตุลาคม 2568", (2568, 10, 21),
     "<p>วิทยาลัยร่วมรำลึกถึงสมเด็จพระศรีนครินทราบรมราชชนนี และมอบรางวัลพยาบาลดีเด่นของเครือข่าย</p>"),
    ("/2025/10/integrity-declaration/", "ผู้อำนวยการประกาศเจตจำนงสุจริตในการบริหารงาน", (2568, 10, 20),
     "<p>ผู้อำนวยการวิทยาลัยประกาศเจตจำนงสุจริตต่อบุคลากรทุกคน " + doc_link("integrity-decl", "ประกาศเจตจำนงสุจริต") + "</p>"),
    # FY2568, on page 2
    ("/2025/07/wai-kru/", "พิธีไหว้ครู ปีการศึกษา 2568", (2568, 7, 3), "<p>นักศึกษาทุกชั้นปีร่วมพิธีไหว้ครู ณ หอประชุมวิทยาลัย</p>"),
    ("/2025/05/licence-results/", "ผลสอบขึ้นทะเบียนใบอนุญาตประกอบวิชาชีพ ครั้งที่ 1/2568", (2568, 5, 9),
     "<p>บัณฑิตรุ่นที่ 38 สอบผ่านครบ 8 วิชา ครั้งแรก ร้อยละ 93.6</p>"),
    ("/2025/02/network-meeting/", "ประชุมภาคีเครือข่ายแหล่งฝึก ประจำปี 2568", (2568, 2, 14),
     "<p>วันที่ 14 กุมภาพันธ์ 2568 ประชุมภาคีเครือข่ายแหล่งฝึก 38 คน ร่วมทบทวนแผนการฝึกภาคปฏิบัติ ปีการศึกษา 2568</p>"),
    ("/2024/12/qa-visit/", "รับการตรวจประเมินคุณภาพการศึกษาภายใน ปีการศึกษา 2566", (2567, 12, 18),
     "<p>คณะกรรมการตรวจประเมินคุณภาพการศึกษาภายในระดับหลักสูตร ให้คะแนนเฉลี่ย 4.21 ระดับดี</p>"),
]

# monthly procurement posts (category "จัดซื้อจัดจ้าง"): no post for February 2569
PROC_POSTS = [("sor-6903", "/2026/04/sor1-mar69/"), ("sor-6901", "/2026/02/sor1-jan69/"),
              ("sor-6812", "/2026/01/sor1-dec68/"), ("sor-6811", "/2025/12/sor1-nov68/"),
              ("sor-6810", "/2025/11/sor1-oct68/"), ("sor-6809", "/2025/10/sor1-sep68/"),
              ("proc-plan-69", "/2025/11/procurement-plan-2569/")]


def news_pages() -> None:
    for path, title, (y, m, day), body in NEWS:
        page(path, title, f'<p class="posted-on">โพสต์เมื่อ {thai_date(y, m, day)} โดย งานประชาสัมพันธ์</p>{body}')
    for key, path in PROC_POSTS:
        _path, title, _cat, (y, m, day) = DOCS[key]
        page(path, title, f'<p class="posted-on">โพสต์เมื่อ {thai_date(y, m, day)} โดย งานพัสดุ</p>'
                          f'<p>{doc_link(key, "ดาวน์โหลดเอกสาร")}</p>')
    current = [n for n in NEWS if (n[2][0], n[2][1]) >= (2568, 10)]
    older = [n for n in NEWS if (n[2][0], n[2][1]) < (2568, 10)]

    def listing(items):
        return "<ul class=\"post-list\">" + "".join(
            f"<li>{a(p, t)} <span>{thai_date(*dt)}</span></li>" for p, t, dt, _b in items) + "</ul>"
    page("/category/news/", "ข่าวประชาสัมพันธ์", listing(current) + '<p class="nav-links">' + a("/category/news/page/2/", "เรื่องก่อนหน้า »") + "</p>")
    page("/category/news/page/2/", "ข่าวประชาสัมพันธ์ – หน้า 2", listing(older) + '<p class="nav-links">' + a("/category/news/", "« เรื่องล่าสุด") + "</p>")
    rows = "".join(f"<li>{a(p, DOCS[k][1])} <span>{thai_date(*DOCS[k][3])}</span></li>" for k, p in PROC_POSTS)
    page("/category/procurement/", "จัดซื้อจัดจ้าง", f'<ul class="post-list">{rows}</ul>'
         f'<p>ประกาศจัดซื้อจัดจ้างทั้งหมดดูได้ที่ {a("https://www.gprocurement.go.th/", "ระบบ e-GP")}</p>')


# ---------------------------------------------------------------- downloads
def download_pages() -> None:
    def table(keys):
        keys = sorted(keys, key=lambda k: DOCS[k][3], reverse=True)
        rows = "".join(
            f"<tr><td>{esc(DOCS[k][1])}</td><td>{thai_date(*DOCS[k][3])}</td><td>{size(f(k))}</td>"
            f"<td>{a(f(k), 'ดาวน์โหลด')}</td></tr>" for k in keys)
        return f'<table class="wpdm-table"><tr><th>ชื่อเอกสาร</th><th>วันที่</th><th>ขนาด</th><th></th></tr>{rows}</table>'
    links = " · ".join(a(f"/download/{c}/", t) for c, t in CATS.items())
    shown = [k for k in DOCS if k not in HIDDEN]
    page("/download/", "เอกสารดาวน์โหลด", f"<p>{links}</p>" + table(shown[:0] + sorted(shown, key=lambda k: DOCS[k][3], reverse=True)[:12]))
    for cat, title in CATS.items():
        body = table([k for k in shown if DOCS[k][2] == cat])
        if cat == "integrity":
            body = body.replace("</table>", f"<tr><td>รายงานผลการดำเนินการตามแผนบริหารความเสี่ยงการทุจริต</td><td>24 พฤศจิกายน 2568</td>"
                                            f"<td>388.2 KB</td><td>{a(DEAD_69, 'ดาวน์โหลด')}</td></tr></table>")
        page(f"/download/{cat}/", f"ดาวน์โหลด: {title}", f"<p>{links}</p>" + body)


# ---------------------------------------------------------------- ITA pages
def ita_row(code: str, text: str, links: list[str]) -> str:
    return f"<tr><td>{code}</td><td>{esc(text)}</td><td>{' '.join(links) or 'อยู่ระหว่างดำเนินการ'}</td></tr>"


def ita_pages() -> None:
    rows69 = [
        ("o1", "โครงสร้างและอำนาจหน้าที่", [a("/about/structure/", "โครงสร้าง"), a("/about/authority/", "อำนาจหน้าที่")]),
        ("o2", "ข้อมูลผู้บริหาร", [a("/about/executives/", "คลิก")]),
        ("o3", "ข้อมูลการติดต่อ / ถาม-ตอบ", [a("/contact/", "ติดต่อ"), a("/qa/", "Q&A")]),
        ("o4", "ข่าวประชาสัมพันธ์", [a("/category/news/", "คลิก")]),
        ("o5", "แผนยุทธศาสตร์", [doc_link("strat-64-68", "แผนยุทธศาสตร์วิทยาลัย"), doc_link("pbri-strat", "แผนยุทธศาสตร์สถาบัน")]),
        ("o6", "แผนปฏิบัติราชการ / แผนการใช้จ่ายงบประมาณ", [doc_link("action-69", "แผนปฏิบัติราชการ 69"),
                                                          doc_link("spend-69", "แผนใช้จ่ายงบ 69"), a(DRIVE, "Google Drive")]),
        ("o7", "รายงานผลการดำเนินงาน", [a("/download/report/", "คลิก")]),
        ("o8", "คู่มือการปฏิบัติงาน", [doc_link("manual-proc", "คู่มืองานพัสดุ"), a(PI + "manual/", "คู่มือสถาบัน")]),
        ("o9", "คู่มือการให้บริการ", [doc_link("manual-service", "คลิก")]),
        ("o10", "E-Service", [a("/eservice/", "ระบบขอเอกสารออนไลน์"), doc_link("eservice-stats", "สถิติการให้บริการ")]),
        ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [a("/category/procurement/", "คลิก"), a("https://www.gprocurement.go.th/", "e-GP")]),
        ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [doc_link("proc-year-68", "คลิก")]),
        ("o13", "หลักเกณฑ์ / แผนบริหารและพัฒนาบุคลากร", [doc_link("hr-criteria", "หลักเกณฑ์"), doc_link("hr-plan-ay67", "แผนพัฒนาบุคลากร")]),
        ("o14", "รายงานผลการบริหารและพัฒนาบุคลากร", [doc_link("hr-report-68", "คลิก")]),
        ("o15", "ประมวลจริยธรรม / การขับเคลื่อนจริยธรรม", [doc_link("ethics-code", "ประมวลจริยธรรม"), a("/2026/01/ethics-camp/", "กิจกรรม")]),
        ("o16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [doc_link("complaint-guide", "คลิก")]),
        ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [a("/complaint/corruption/", "คลิก")]),
        ("o18", "สถิติเรื่องร้องเรียนการทุจริต", [doc_link("complaint-stats", "คลิก")]),
        ("o19", "การมีส่วนร่วม", [a("/2026/02/network-meeting-2569/", "ประชุมภาคีเครือข่าย"), doc_link("network-invite", "หนังสือเชิญ")]),
        ("o20", "No Gift Policy", [doc_link("nogift-67", "ประกาศ"), doc_link("nogift-report-68", "รายงานผล")]),
        ("o21", "การประเมินความเสี่ยงการทุจริต ปี 2569", [doc_link("pbri-risk-69", "คลิก")]),
        ("o22", "รายงานผลการบริหารความเสี่ยงการทุจริต", [a(DEAD_69, "คลิก")]),
        ("o23", "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2569", [doc_link("anti-plan-68", "คลิก")]),
        ("o24", "รายงานผลการป้องกันการทุจริต", [doc_link("anti-report-68", "คลิก"), a(DRIVE.replace("1qX", "1rY"), "Google Drive")]),
        ("o25", "การนำผล ITA ไปพัฒนาองค์กร", [doc_link("ita-analysis-68", "คลิก")]),
        ("o26", "รายงานผลตามมาตรการส่งเสริมคุณธรรม", [doc_link("measures-report-68", "คลิก")]),
    ]
    head = "<tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>"
    body = ("<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569 "
            "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>"
            f'<table class="ita">{head}{"".join(ita_row(*r) for r in rows69)}</table>')
    page("/ita/2569/", "ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)", body)
    rows68 = [
        ("o5", "แผนยุทธศาสตร์", [doc_link("strat-64-68", "คลิก")]),
        ("o6", "แผนปฏิบัติราชการ", [a("/download/plan/", "คลิก")]),
        ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [doc_link("sor-6809", "ก.ย. 68")]),
        ("o20", "No Gift Policy", [doc_link("nogift-67", "คลิก")]),
        ("o21", "การประเมินความเสี่ยงการทุจริต", [doc_link("risk-68", "คลิก")]),
        ("o22", "รายงานผลการบริหารความเสี่ยง", [a(DEAD_68, "คลิก")]),
        ("o23", "แผนปฏิบัติการป้องกันการทุจริต", [doc_link("anti-plan-68", "คลิก")]),
        ("o25", "มาตรการส่งเสริมคุณธรรม", [doc_link("ita-analysis-67", "คลิก")]),
    ]
    page("/ita/2568/", "ITA 2568 การเปิดเผยข้อมูลสาธารณะ (OIT)",
         "<p>ข้อมูลประจำปีงบประมาณ พ.ศ. 2568</p>" f'<table class="ita">{head}{"".join(ita_row(*r) for r in rows68)}</table>')
    page("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส", "<ul><li>" + a("/ita/2569/", "ITA ปีงบประมาณ 2569") + "</li><li>"
         + a("/ita/2568/", "ITA ปีงบประมาณ 2568") + "</li></ul>")


# ---------------------------------------------------------------- static pages
def static_pages() -> None:
    page("/", "หน้าแรก", "<h2>ข่าวล่าสุด</h2><ul>" + "".join(f"<li>{a(p, t)}</li>" for p, t, _d, _b in NEWS[:6]) + "</ul>"
         "<h2>ลิงก์แนะนำ</h2><p>" + a("/ita/2569/", "ITA 2569") + " · " + a("/admission/", "รับสมัครนักศึกษา") + " · "
         + a("/eservice/", "E-Service") + " · " + a("/library/", "ห้องสมุด") + "</p>")
    page("/about/history/", "ประวัติวิทยาลัย",
         "<p>วิทยาลัยพยาบาลบรมราชชนนี ศรีธารา ก่อตั้งเมื่อ พ.ศ. 2520 เดิมเป็นโรงเรียนพยาบาลผดุงครรภ์และอนามัย "
         "ปัจจุบันเป็นหน่วยงานในสังกัดคณะพยาบาลศาสตร์ สถาบันพระบรมราชชนก ตามพระราชบัญญัติสถาบันพระบรมราชชนก พ.ศ. 2562</p>"
         "<p>" + a("/about/vision/", "ปรัชญา วิสัยทัศน์ พันธกิจ") + "</p>")
    page("/about/vision/", "ปรัชญา วิสัยทัศน์ พันธกิจ",
         "<p>ปรัชญา : การศึกษาพยาบาลเพื่อสุขภาวะของชุมชน</p><p>พันธกิจ : ผลิตบัณฑิตพยาบาล วิจัย บริการวิชาการแก่สังคม ทำนุบำรุงศิลปวัฒนธรรม</p>")
    page("/about/structure/", "โครงสร้างองค์กร",
         '<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้างวิทยาลัย" width="400" height="200"></p>'
         "<ul><li>สถาบันพระบรมราชชนก → คณะพยาบาลศาสตร์</li><li>ผู้อำนวยการวิทยาลัย<ul>"
         "<li>คณะกรรมการบริหารวิทยาลัย</li><li>รองผู้อำนวยการกลุ่มงานวิชาการ<ul><li>กลุ่มวิชาการพยาบาล 5 กลุ่มวิชา</li><li>งานทะเบียนและวัดผล</li><li>งานห้องสมุด</li></ul></li>"
         "<li>รองผู้อำนวยการกลุ่มงานบริหารทั่วไป<ul><li>งานธุรการ</li><li>งานการเงินและบัญชี</li><li>งานพัสดุ</li><li>งานบริหารทรัพยากรบุคคล</li><li>งานนโยบายและแผน</li></ul></li>"
         "<li>รองผู้อำนวยการกลุ่มงานพัฒนานักศึกษา<ul><li>งานกิจการนักศึกษา</li><li>งานหอพัก</li></ul></li>"
         "<li>งานวิจัยและบริการวิชาการ</li></ul></li></ul>")
    page("/about/authority/", "อำนาจหน้าที่",
         "<p>ตามพระราชบัญญัติสถาบันพระบรมราชชนก พ.ศ. 2562 และประกาศสถาบันฯ ว่าด้วยการแบ่งส่วนงาน วิทยาลัยมีหน้าที่ดังนี้</p><ol>"
         "<li>จัดการศึกษาหลักสูตรพยาบาลศาสตรบัณฑิตและหลักสูตรระยะสั้นด้านการพยาบาล</li><li>ทำการวิจัยและสร้างนวัตกรรมด้านการพยาบาลและสุขภาพ</li>"
         "<li>ให้บริการวิชาการแก่สังคมและชุมชน</li><li>ทำนุบำรุงศิลปวัฒนธรรม</li><li>พัฒนาบุคลากรด้านสุขภาพร่วมกับเครือข่ายกระทรวงสาธารณสุข</li>"
         "<li>ปฏิบัติงานอื่นตามที่สถาบันมอบหมาย</li></ol>")
    execs = [("ดร.วิไลวรรณ ทองประเสริฐ", "ผู้อำนวยการ", "101"), ("ดร.ศิริพร แก้วมณี", "รองผู้อำนวยการกลุ่มงานวิชาการ", "110"),
             ("นางสาวจันทร์เพ็ญ ศรีสมบูรณ์", "รองผู้อำนวยการกลุ่มงานบริหารทั่วไป", "102"),
             ("นายธนากร พิมพ์ทอง", "รองผู้อำนวยการกลุ่มงานพัฒนานักศึกษา", "120")]
    page("/about/executives/", "ผู้บริหารวิทยาลัย", "".join(
        f'<div class="exec"><img src="/assets/person.png" alt="{esc(n)}" width="90" height="90"><p><b>{esc(n)}</b><br>{esc(p)}<br>'
        f"โทร. 0 4271 5530 ต่อ {x} · อีเมล director{x}@bcnst.ac.th</p></div>" for n, p, x in execs))
    page("/contact/", "ติดต่อเรา",
         f"<p>{ORG}<br>88 ถนนพยาบาลอุทิศ ตำบลโพนทอง อำเภอเมือง จังหวัดศรีธารา 48990</p><p>โทรศัพท์ 0 4271 5530 โทรสาร 0 4271 5531<br>"
         "อีเมล saraban@bcnst.ac.th · Facebook: BCN Sri Thara</p><p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
         '<p><a href="https://maps.google.com/?q=BCN+Sri+Thara">แผนที่ Google Maps</a></p><p>' + a("/qa/", "ถาม-ตอบ (Q&A)") + "</p>")
    page("/qa/", "ถาม-ตอบ (Q&A)",
         '<form method="post" action="/qa/"><label>ชื่อ <input name="name"></label><label>คำถาม <textarea name="q"></textarea></label>'
         '<button type="submit">ส่งคำถาม</button></form>'
         "<div class=\"qa\"><p><b>ถาม (8 ม.ค. 2569):</b> ขอใบรับรองผลการศึกษาทางไปรษณีย์ได้ไหมคะ</p><p><b>ตอบ:</b> ได้ค่ะ ยื่นคำขอผ่าน E-Service และชำระค่าส่ง 50 บาท (งานทะเบียน)</p>"
         "<p><b>ถาม (2 ก.พ. 2569):</b> รอบ Quota ปี 2569 เปิดรับวันไหน</p><p><b>ตอบ:</b> 1 - 20 มีนาคม 2569 ตามประกาศหน้ารับสมัคร (งานรับสมัคร)</p></div>")
    page("/eservice/", "E-Service ระบบขอเอกสารการศึกษาออนไลน์",
         '<form method="post" action="https://docs.google.com/forms/d/e/1FAIpQLSe-bcnst-transcript/formResponse">'
         '<label>ชื่อ-สกุล <input name="entry.1"></label><label>รหัสนักศึกษา <input name="entry.2"></label>'
         '<label>เอกสารที่ขอ <select name="entry.3"><option>ใบรับรองผลการศึกษา</option><option>หนังสือรับรองการเป็นนักศึกษา</option></select></label>'
         '<label>วิธีรับ <select name="entry.4"><option>รับด้วยตนเอง</option><option>ไปรษณีย์</option></select></label>'
         '<button type="submit">ส่งคำขอ</button></form><p>' + doc_link("eservice-stats", "สถิติการให้บริการ ปีงบประมาณ 2569 (XLSX)") + "</p>")
    page("/complaint/", "ร้องเรียน/ร้องทุกข์",
         "<p>ร้องเรียนทั่วไป: ตู้รับความคิดเห็น อาคารอำนวยการ หรืออีเมล saraban@bcnst.ac.th</p><p>"
         + a("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ") + " · " + doc_link("complaint-guide", "คู่มือการจัดการเรื่องร้องเรียน") + "</p>")
    page("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         '<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p><form method="post" action="/complaint/corruption/">'
         '<label>ชื่อผู้ร้องเรียน (ไม่ระบุได้) <input name="name"></label><label>เบอร์ติดต่อ <input name="tel"></label>'
         '<label>เรื่องที่ร้องเรียน <input name="subject"></label><label>รายละเอียด <textarea name="detail"></textarea></label>'
         '<label>แนบไฟล์ <input type="file" name="file"></label><button type="submit">ส่งเรื่องร้องเรียน</button></form>'
         "<p>หรือโทร 0 4271 5530 ต่อ 102 (ศูนย์ปฏิบัติการต่อต้านการทุจริต)</p>")
    page("/curriculum/", "หลักสูตรพยาบาลศาสตรบัณฑิต", "<p>หลักสูตรพยาบาลศาสตรบัณฑิต (หลักสูตรปรับปรุง พ.ศ. 2565) 4 ปี 136 หน่วยกิต</p><p>"
         + doc_link("academic-cal") + "</p>")
    page("/admission/", "รับสมัครนักศึกษา", "<p>ปีการศึกษา 2569 รับ 120 คน รอบ Portfolio 3 - 28 พ.ย. 2568 รอบ Quota 1 - 20 มี.ค. 2569</p>")
    page("/student-affairs/", "งานกิจการนักศึกษา", "<p>สโมสรนักศึกษา ชมรม STRONG จิตพอเพียงต้านทุจริต ทุนการศึกษา หอพัก</p>")
    page("/library/", "ห้องสมุด", "<p>เปิดบริการ จันทร์ - ศุกร์ 08.00 - 20.00 น. ฐานข้อมูล CINAHL, ThaiJO</p>")
    page("/research/", "งานวิจัยและบริการวิชาการ", "<p>วารสารการพยาบาลและสุขภาพชุมชน ปีละ 3 ฉบับ</p>")
    page("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>วิทยาลัยเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    page("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in MENU) + "</ul>")


def assets() -> None:
    from PIL import Image

    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    for nm, (w, h), shade in [("logo.png", (72, 72), 90), ("person.png", (60, 60), 180), ("chart.png", (200, 100), 230)]:
        Image.new("L", (w, h), shade).save(os.path.join(HERE, "assets", nm))
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,sans-serif;margin:0}.top-bar{background:#5b2c83;color:#fff;padding:4px}"
                 ".site-header{display:flex;gap:12px;padding:8px}#primary-menu{display:flex;list-style:none;gap:12px;background:#7d3fb0}"
                 "#primary-menu a{color:#fff}.site-content{display:flex}#primary{flex:3;padding:12px}#secondary{flex:1;padding:12px}"
                 "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}.site-footer{background:#eee;padding:8px}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()
    download_pages()
    ita_pages()
    for path, (title, body) in PAGES.items():
        full = os.path.join(HERE, path.lstrip("/"), "index.html")
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(layout(title, body))
    shutil.rmtree(os.path.join(HERE, "__pycache__"), ignore_errors=True)
    print(len(PAGES), "pages")


if __name__ == "__main__":
    main()
