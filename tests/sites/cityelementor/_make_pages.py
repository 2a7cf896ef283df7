"""Generate the HTML pages of the "cityelementor" test site (เทศบาลนครเวียงชัยบุรี, invented).

Run:  python tests/sites/cityelementor/_make_pages.py   (after _make_docs.py)

A WordPress site built with a page builder (Elementor markup: elementor-section, widgets, a PDF
embed through Google's viewer).  Every page has the theme's header, menu, side column and footer.
Documents sit in a download-manager library: one page per document (/download/<slug>/) with a
download button, category lists (/document-category/<cat>/) linking those pages.  News is a WordPress
category (/category/news/, page 2) of date permalinks, some with Thai slugs (percent-encoded in
links).  The ITA page /ita/ is a table o1 … o26 in the city's own short wording whose links go to
files, download pages, category lists, pages or news posts; last year's /ita-2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG, WPDM, disk, path  # noqa: E402

HOST = "https://www.wiangchaiburi.go.th"
MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
GONE_O22 = "/wp-content/uploads/2025/11/scan0039.pdf"
GONE_OLD = "/wp-content/uploads/2024/10/sor0967.pdf"

CATS = {"plan": "แผนพัฒนา / แผนดำเนินงาน", "budget": "งบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "hr": "การบริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส",
        "procurement": "จัดซื้อจัดจ้าง", "stats": "สถิติ"}

# key: (title shown in the library, category, slug of its /download/ page)
LIB = {
    "devplan-66-70": ("แผนพัฒนาท้องถิ่น (พ.ศ.2566-2570)", "plan", "local-plan-66-70"),
    "devplan-61-65": ("แผนพัฒนาท้องถิ่น (พ.ศ.2561-2565)", "plan", "local-plan"),
    "opplan-69": ("แผนการดำเนินงาน ประจำปีงบประมาณ 2569", "plan", "operation-plan-69"),
    "school-opplan-69": ("แผนปฏิบัติการประจำปี 2569 โรงเรียนเทศบาล 1", "plan", "sch1-plan"),
    "budget-69": ("เทศบัญญัติงบประมาณรายจ่ายประจำปี 2569", "budget", "budget-69"),
    "report-67": ("รายงานผลการดำเนินงานประจำปี 2568", "report", "annual-report"),
    "proc-year-68": ("รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568", "procurement", "proc-report-68"),
    "manual-reg": ("คู่มือการปฏิบัติงาน งานทะเบียนราษฎร", "manual", "manual-registration"),
    "citizen-manual": ("คู่มือสำหรับประชาชน (ขออนุญาตก่อสร้างอาคาร / เบี้ยความพิการ)", "manual", "citizen-guide"),
    "complaint-guide": ("คู่มือการดำเนินการเรื่องร้องเรียนการทุจริต", "manual", "complaint-manual"),
    "hr-rules": ("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "hr", "hr-criteria"),
    "hr-plan-64-66": ("แผนพัฒนาพนักงานเทศบาล", "hr", "hrd-plan"),
    "hr-report-68": ("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปี 2568", "hr", "hr-report-68"),
    "recruit-69": ("ประกาศรับสมัครพนักงานจ้าง ประจำปีงบประมาณ 2569", "hr", "recruit-69"),
    "ethics-code": ("ประมวลจริยธรรมของพนักงานเทศบาล", "integrity", "ethics-code"),
    "nogift-67": ("ประกาศนโยบาย No Gift Policy", "integrity", "no-gift-policy"),
    "province-nogift": ("แนวทางการขับเคลื่อน No Gift Policy (หนังสือจังหวัด)", "integrity", "nogift-province"),
    "complaint-stats-68": ("สถิติเรื่องร้องเรียนการทุจริต", "stats", "complaint-stats"),
    "service-stats-69": ("สถิติการให้บริการประชาชน ปี 2569", "stats", "service-stats-69"),
    "risk-69": ("รายงานการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ 2569", "integrity", "risk-69"),
    "risk-order-69": ("คำสั่งแต่งตั้งคณะทำงานประเมินความเสี่ยงการทุจริต ปี 2569", "integrity", "risk-order-69"),
    "anti-plan-69": ("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2569", "integrity", "anti-corruption-plan-69"),
    "anti-report-6m-67": ("รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต", "integrity", "anti-corruption-report"),
    "ita-measures-67": ("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "integrity", "ita-measures"),
    "integrity-report-68": ("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมฯ ปี 2568", "integrity", "integrity-report-68"),
}
SOR = [  # row text of /procurement/sor1/ (newest first) -> file key
    ("สขร.1 ประจำเดือน มีนาคม 2569", "proc-2026-03"), ("สขร.1 ประจำเดือน กุมภาพันธ์ 2569", "proc-2026-02"),
    ("สขร.1 ประจำเดือน มกราคม 2569", "proc-jan-dup"), ("สขร.1 ประจำเดือน ธันวาคม 2568", "proc-2025-12"),
    ("สขร.1 ประจำเดือน พฤศจิกายน 2568", "proc-2025-11"), ("สขร.1 ประจำเดือน ตุลาคม 2568", "proc-2025-10"),
    ("สขร.1 ประจำเดือน กันยายน 2568", "proc-2025-09")]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MON[dt.month - 1]} {dt.year + 543}".translate(TH)


def dl(key: str) -> str:
    return f"/download/{LIB[key][2]}/"


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับเทศบาล", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวสาร", "/category/news/"), ("แผนพัฒนา", "/local-development-plan/"),
        ("จัดซื้อจัดจ้าง", "/procurement/sor1/"), ("ศูนย์เอกสาร", "/document-category/plan/"),
        ("E-Service", "/e-service/"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "".join(f'<li class="menu-item"><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    cats = "".join(f'<li><a href="/document-category/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; {ORG}</title>
<meta name="generator" content="WordPress 6.4.3"><meta name="generator" content="Elementor 3.19.2">
<link rel="stylesheet" href="/wp-content/themes/hello-elementor/style.css"></head>
<body class="wp-singular elementor-default">
<header class="elementor-location-header"><div class="elementor-section top-bar">ศูนย์บริการร่วม ๐ ๕๖๘๑ ๒๒๐๐ · สายด่วนนายกฯ ๑๑๓๒</div>
<div class="elementor-section"><a href="/"><img src="/wp-content/uploads/2023/05/logo-wcb.png" alt="{ORG}" width="72" height="72"></a>
<span class="site-title">{ORG}</span> <span class="site-desc">Wiang Chai Buri City Municipality</span></div>
<nav class="elementor-nav-menu"><ul>{menu}</ul></nav></header>
<div class="site-content"><main id="main" class="elementor-widget-container">
<h1 class="entry-title">{esc(title)}</h1>
{body}
</main>
<aside id="secondary" class="widget-area">
<section class="widget"><h2 class="widget-title">ศูนย์เอกสาร</h2><ul>{cats}</ul></section>
<section class="widget"><h2 class="widget-title">ITA</h2><ul><li><a href="/ita/">ITA ปี ๒๕๖๙</a></li>
<li><a href="/ita-2568/">ITA ปี ๒๕๖๘</a></li></ul></section>
<section class="widget"><h2 class="widget-title">ลิงก์</h2><ul><li><a href="/anti-corruption-complaint/">แจ้งเบาะแสการทุจริต</a></li>
<li><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></li><li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li></ul></section>
</aside></div>
<footer class="elementor-location-footer">{ORG} ๙๙ ถนนราชดำเนิน ตำบลในเมือง อำเภอเมืองเวียงชัยบุรี จังหวัดเวียงชัยบุรี ๕๒๐๐๐<br>
โทร. ๐ ๕๖๘๑ ๒๒๐๐ โทรสาร ๐ ๕๖๘๑ ๒๒๐๙ อีเมล saraban@wiangchaiburi.go.th · <a href="/privacy/">นโยบายความเป็นส่วนตัว</a> ·
<a href="/sitemap/">แผนผังเว็บไซต์</a><br>© ๒๕๖๘ {ORG} · Powered by WordPress &amp; Elementor</footer>
</body></html>
"""


def write(url: str, title: str, body: str) -> None:
    from urllib.parse import unquote

    target = os.path.join(HERE, unquote(url).strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size(key: str) -> str:
    return f"{os.path.getsize(os.path.join(HERE, disk(key))) / 1024:.2f} KB"


# ---------------------------------------------------------------- news

def slug(s: str) -> str:
    return quote(s, safe="-").lower()


NEWS = [  # date (CE), slug, title, paragraphs
    ((2026, 4, 8), "songkran-2569", "เทศบาลนครเวียงชัยบุรี จัดงานประเพณีสงกรานต์ ประจำปี ๒๕๖๙",
     ["ระหว่างวันที่ 12 - 15 เมษายน 2569 ณ ลานวัฒนธรรมริมน้ำ มีกิจกรรมสรงน้ำพระ รดน้ำขอพรผู้สูงอายุ"]),
    ((2026, 3, 24), slug("ประชาสัมพันธ์ชำระภาษีที่ดินและสิ่งปลูกสร้าง-2569"), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ปี 2569",
     ["ผู้มีหน้าที่เสียภาษีชำระได้ภายใน 30 เมษายน 2569 ที่สำนักการคลัง หรือผ่านแอปพลิเคชันธนาคาร"]),
    ((2026, 2, 4), slug("สรุปผลประชาคมชุมชน-2569"), "สรุปผลการประชุมประชาคมชุมชน ทบทวนแผนชุมชน ประจำปี ๒๕๖๙",
     ["ระหว่างวันที่ 19 - 30 มกราคม 2569 เทศบาลนครเวียงชัยบุรี จัดประชุมประชาคมชุมชนครบทั้ง 52 ชุมชน ใน 4 เขต "
      "เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมเสนอปัญหาและความต้องการสำหรับทบทวนแผนชุมชนและแผนพัฒนาท้องถิ่น",
      "ผู้เข้าร่วมทั้งสิ้น 1,846 คน เสนอโครงการ 133 โครงการ ประเด็นหลักคือการระบายน้ำ ไฟฟ้าส่องสว่าง และลานกีฬาชุมชน",
      "ที่ประชุมมีมติจัดลำดับความสำคัญ 40 โครงการแรก เพื่อบรรจุในแผนพัฒนาท้องถิ่น (เพิ่มเติม) และจะแจ้งผลให้ชุมชนทราบทางเว็บไซต์"]),
    ((2026, 1, 8), "invite-community-forum-69", "ขอเชิญประชาชนร่วมประชุมประชาคมชุมชน ประจำปี 2569",
     ["เทศบาลขอเชิญประธานชุมชนและประชาชนร่วมประชุมประชาคมชุมชน 19 - 30 มกราคม 2569",
      '<a href="{invite}">ดาวน์โหลดหนังสือเชิญและกำหนดการ</a>']),
    ((2025, 12, 5), "fathers-day-2568", "กิจกรรมเฉลิมพระเกียรติ วันพ่อแห่งชาติ ๕ ธันวาคม ๒๕๖๘",
     ["คณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานร่วมพิธีถวายพระพรชัยมงคล ณ ศาลากลางจังหวัด"]),
    ((2025, 11, 14), "loykrathong-2568", "ประเพณีลอยกระทงเวียงชัยบุรี ประจำปี ๒๕๖๘",
     ["จัดงานระหว่างวันที่ 4 - 6 พฤศจิกายน 2568 ณ สวนสาธารณะหนองบัว มีผู้ร่วมงานกว่า 20,000 คน"]),
    ((2025, 10, 10), "budget-69-announce", "ประกาศใช้เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
     ["ผู้ว่าราชการจังหวัดเวียงชัยบุรีได้อนุมัติเทศบัญญัติงบประมาณรายจ่ายประจำปี 2569 แล้ว",
      '<a href="{budget}">ดูเทศบัญญัติ</a>']),
    ((2025, 9, 12), "flood-relief-2568", "ช่วยเหลือผู้ประสบอุทกภัย ชุมชนริมน้ำ",
     ["มอบถุงยังชีพ 420 ชุด ให้ครัวเรือนที่ได้รับผลกระทบ"]),
    ((2025, 2, 14), "ethics-training-2568", "โครงการอบรมส่งเสริมคุณธรรมจริยธรรม ประจำปีงบประมาณ ๒๕๖๘",
     ["วันที่ 13 กุมภาพันธ์ 2568 เทศบาลนครเวียงชัยบุรีจัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล "
      "และเสริมสร้างความรู้เรื่องผลประโยชน์ทับซ้อน ผู้เข้าร่วม 318 คน"]),
    ((2025, 1, 28), "community-forum-2568", "สรุปผลการประชุมประชาคมชุมชน ประจำปี ๒๕๖๘",
     ["ระหว่างวันที่ 13 - 24 มกราคม 2568 จัดประชาคมครบ 52 ชุมชน ผู้เข้าร่วม 1,702 คน เสนอโครงการ 118 โครงการ"]),
]


def news_url(n) -> str:
    (y, m, day), s = n[0], n[1]
    return f"/{y}/{m:02d}/{day:02d}/{s}/"


def news_pages() -> None:
    from datetime import date

    links = {"invite": path("forum-invite-69"), "budget": dl("budget-69")}
    for n in NEWS:
        y, m, day = n[0]
        paras = "".join(f"<p>{p.format(**links)}</p>" for p in n[3])
        write(news_url(n), n[2], f'<div class="post-meta">โพสต์เมื่อ {be(date(y, m, day))} โดย admin</div>'
              f'<div class="elementor-widget-theme-post-content">{paras}</div>'
              '<p class="cat-links">หมวดหมู่: <a href="/category/news/">ข่าวประชาสัมพันธ์</a></p>')
    for page, chunk in ((1, NEWS[:8]), (2, NEWS[8:])):
        items = "".join(f'<article class="elementor-post"><h3><a href="{news_url(n)}">{esc(n[2])}</a></h3>'
                        f'<span class="elementor-post-date">{be(date(*n[0]))}</span></article>' for n in chunk)
        nav = '<a class="page-numbers" href="/category/news/page/2/">2</a>' if page == 1 else \
            '<a class="page-numbers" href="/category/news/">1</a>'
        write("/category/news/" if page == 1 else "/category/news/page/2/", "ข่าวประชาสัมพันธ์",
              f'<div class="elementor-posts-container">{items}</div><nav class="pagination">{nav}</nav>')


# ---------------------------------------------------------------- library

def library() -> None:
    assert all(LIB[k][2] == slug_ for k, (slug_, _n) in WPDM.items())
    for key, (title, cat, s) in LIB.items():
        up, fname, _k, _c = DOCS[key]
        ext = fname.rsplit(".", 1)[1]
        write(f"/download/{s}/", title,
              f'<div class="w3eden"><div class="wpdm-meta">หมวด: <a href="/document-category/{cat}/">{esc(CATS[cat])}</a>'
              f" · วันที่สร้าง {be(up)} · ขนาด {size(key)} · ดาวน์โหลด {(17 * len(s)) % 300 + 21} ครั้ง</div>"
              f'<p>ไฟล์ {esc(fname)} ({ext})</p>'
              f'<a class="wpdm-download-link btn" href="{path(key)}">ดาวน์โหลด</a></div>')
    for cat, ctitle in CATS.items():
        keys = sorted((k for k in LIB if LIB[k][1] == cat), key=lambda k: DOCS[k][0], reverse=True)
        rows = "".join(f'<tr><td><a href="{dl(k)}">{esc(LIB[k][0])}</a></td><td>{be(DOCS[k][0])}</td><td>{size(k)}</td></tr>'
                       for k in keys)
        if cat == "integrity":
            rows += ('<tr><td><a href="' + GONE_O22 + '">รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต ปี 2568</a>'
                     "</td><td>๑๔ พ.ย. ๒๕๖๘</td><td>388.10 KB</td></tr>")
        write(f"/document-category/{cat}/", ctitle,
              f'<table class="wpdm-all-categories"><tr><th>ชื่อเอกสาร</th><th>วันที่</th><th>ขนาด</th></tr>{rows}</table>')


def sor1() -> None:
    rows = "".join(f'<tr><td><a href="{path(k)}">{esc(t)}</a></td><td>{be(DOCS[k][0])}</td></tr>' for t, k in SOR)
    write("/procurement/sor1/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          '<div class="elementor-tabs"><div class="elementor-tab-title">ปีงบประมาณ ๒๕๖๙</div>'
          f'<table>{rows}</table></div><p><a href="{dl("proc-year-68")}">รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี 2568</a></p>'
          '<p>ประกาศจัดซื้อจัดจ้างทั้งหมดดูได้ที่ <a href="https://process3.gprocurement.go.th/">ระบบ e-GP</a></p>')


# ---------------------------------------------------------------- ITA pages

def ita_2569() -> None:
    f = path
    n = {x[1]: news_url(x) for x in NEWS}
    rows = [
        ("o1", "โครงสร้าง", [("แผนผังโครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
        ("o2", "ผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
        ("o3", "ติดต่อ / ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("กระดานถาม-ตอบ", "/qa/")]),
        ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวสาร", "/category/news/")]),
        ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "/local-development-plan/")]),
        ("o6", "แผนดำเนินงาน / งบประมาณ", [("แผนการดำเนินงาน 2569", dl("opplan-69")), ("เทศบัญญัติ 2569", dl("budget-69"))]),
        ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงานประจำปี 2568", f("report-67"))]),
        ("o8", "คู่มือปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", dl("manual-reg"))]),
        ("o9", "คู่มือประชาชน", [("คู่มือสำหรับประชาชน", "/document-category/manual/")]),
        ("o10", "E-Service", [("บริการออนไลน์", "/e-service/"), ("สถิติการให้บริการ", f("service-stats-69"))]),
        ("o11", "สขร.1 รายเดือน", [("สรุปผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/sor1/")]),
        ("o12", "สรุปจัดซื้อจัดจ้างประจำปี", [("รายงานปี 2568", f("proc-year-68"))]),
        ("o13", "หลักเกณฑ์/แผน HR", [("การบริหารงานบุคคล", "/document-category/hr/")]),
        ("o14", "รายงานผล HR", [("รายงานผล HR ปี 2568", f("hr-report-68"))]),
        ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", f("ethics-code")), ("กิจกรรมขับเคลื่อนจริยธรรม", n["ethics-training-2568"])]),
        ("o16", "แนวปฏิบัติเรื่องร้องเรียนทุจริต", [("คู่มือ", f("complaint-guide"))]),
        ("o17", "ช่องทางแจ้งเรื่องร้องเรียนทุจริต", [("แจ้งเบาะแส", "/anti-corruption-complaint/")]),
        ("o18", "สถิติเรื่องร้องเรียนทุจริต", [("สถิติเรื่องร้องเรียน", f("complaint-stats-68"))]),
        ("o19", "การมีส่วนร่วม", [("ประชาคมชุมชน", n[slug("สรุปผลประชาคมชุมชน-2569")])]),
        ("o20", "No Gift Policy", [("ประกาศนโยบาย", dl("nogift-67"))]),
        ("o21", "ประเมินความเสี่ยงทุจริต", [("รายงานประเมินความเสี่ยง 2569", f("risk-69"))]),
        ("o22", "ผลการบริหารความเสี่ยงทุจริต", [("รายงานผล ปี 2568", GONE_O22)]),
        ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการ 2569", dl("anti-plan-69"))]),
        ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงานผล", f("anti-report-6m-67"))]),
        ("o25", "การนำผล ITA ไปพัฒนา", [("มาตรการส่งเสริมคุณธรรม", f("ita-measures-67"))]),
        ("o26", "ผลการส่งเสริมคุณธรรมฯ", [("รายงานผล ปี 2568", f("integrity-report-68"))]),
    ]
    body = "".join(f'<tr><td>{c}</td><td>{esc(t)}</td><td>' + "<br>".join(f'<a href="{u}">{esc(x)}</a>' for x, u in links)
                   + "</td></tr>" for c, t, links in rows)
    write("/ita/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙",
          '<div class="elementor-widget-text-editor"><p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) '
          'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</p></div>'
          f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{body}</table>')


def ita_2568() -> None:
    rows = [("o5", "แผนพัฒนาท้องถิ่น", "/local-development-plan/"), ("o6", "แผนดำเนินงาน", dl("opplan-69")),
            ("o11", "สขร.1 ก.ย. 2567", GONE_OLD), ("o13", "แผนพัฒนาพนักงาน", dl("hr-plan-64-66")),
            ("o20", "No Gift Policy", dl("nogift-67")), ("o24", "รายงานผลการป้องกันการทุจริต รอบ 6 เดือน", path("anti-report-6m-67")),
            ("o25", "มาตรการส่งเสริมคุณธรรม", path("ita-measures-67"))]
    body = "".join(f'<tr><td>{c}</td><td><a href="{u}">{esc(t)}</a></td></tr>' for c, t, u in rows)
    write("/ita-2568/", "ITA ประจำปี ๒๕๖๘", f'<p>ข้อมูลการเปิดเผยข้อมูลสาธารณะ ปี ๒๕๖๘</p><table>{body}</table>')


# ---------------------------------------------------------------- other pages

def others() -> None:
    write("/", "หน้าแรก",
          '<section class="elementor-section slider"><img src="/wp-content/uploads/2023/05/logo-wcb.png" alt="banner"></section>'
          '<div class="elementor-widget-posts"><h2>ข่าวล่าสุด</h2>'
          + "".join(f'<p><a href="{news_url(n)}">{esc(n[2])}</a></p>' for n in NEWS[:5])
          + '</div><div class="elementor-widget-icon-list"><a href="/ita/">ITA ๒๕๖๙</a> · <a href="/e-service/">E-Service</a> · '
          '<a href="/qa/">ถาม-ตอบ</a> · <a href="/procurement/sor1/">สขร.1</a></div>'
          '<div class="elementor-popup" data-elementor-type="popup"><a href="' + dl("nogift-67") + '">'
          "เทศบาลนครเวียงชัยบุรี งดรับ งดให้ ของขวัญ (No Gift Policy)</a></div>")
    write("/about/history/", "ประวัติเทศบาล",
          "<p>ยกฐานะจากเทศบาลเมืองเป็นเทศบาลนครเมื่อปี พ.ศ. 2538 พื้นที่ 38.6 ตารางกิโลเมตร 52 ชุมชน ประชากร 121,884 คน</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<img src="/wp-content/uploads/2023/05/chart.png" alt="แผนภูมิโครงสร้าง" width="600">'
          "<h3>ฝ่ายการเมือง</h3><ul><li>นายกเทศมนตรีนครเวียงชัยบุรี<ul><li>รองนายกเทศมนตรี 4 คน</li>"
          "<li>เลขานุการและที่ปรึกษานายกเทศมนตรี</li></ul></li><li>สภาเทศบาลนครเวียงชัยบุรี (ประธานสภา รองประธานสภา สมาชิก 24 คน)</li></ul>"
          "<h3>ฝ่ายประจำ</h3><ul><li>ปลัดเทศบาล รองปลัดเทศบาล 3 คน</li><li>สำนักปลัดเทศบาล</li><li>สำนักการคลัง</li>"
          "<li>สำนักการช่าง</li><li>สำนักการศึกษา</li><li>สำนักการสาธารณสุขและสิ่งแวดล้อม</li><li>สำนักการสวัสดิการสังคม</li>"
          "<li>กองยุทธศาสตร์และงบประมาณ</li><li>กองการเจ้าหน้าที่</li><li>หน่วยตรวจสอบภายใน</li></ul>")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 53 56 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p>"
          "<ol><li>รักษาความสงบเรียบร้อยของประชาชน</li><li>จัดให้มีและบำรุงทางบกและทางน้ำ</li><li>รักษาความสะอาด กำจัดขยะมูลฝอย</li>"
          "<li>ป้องกันและระงับโรคติดต่อ จัดให้มีโรงพยาบาล</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และคนพิการ</li>"
          "<li>บำรุงศิลปะ จารีตประเพณี และวัฒนธรรมอันดีของท้องถิ่น</li><li>จัดให้มีตลาด ท่าเทียบเรือ และที่จอดรถ</li></ol>")
    execs = [("นายธีรวัฒน์ ชัยมงคลกุล", "นายกเทศมนตรีนครเวียงชัยบุรี", "08 1703 4410"),
             ("นายสุรเชษฐ์ อินทร์แก้ว", "รองนายกเทศมนตรี", "08 1703 4411"),
             ("นางพรรณี ศรีบุญเรือง", "รองนายกเทศมนตรี", "08 1703 4412"),
             ("นายวีระพงษ์ คำภิรมย์", "รองนายกเทศมนตรี", "08 1703 4413"),
             ("นางสาวจิราพร มณีรัตน์", "รองนายกเทศมนตรี", "08 1703 4414"),
             ("นางสาวกานต์ธิดา วงศ์ประเสริฐ", "ปลัดเทศบาลนครเวียงชัยบุรี", "0 5681 2200 ต่อ 101")]
    write("/about/executives/", "คณะผู้บริหาร", "".join(
        f'<div class="elementor-widget-image-box"><img src="/wp-content/uploads/2023/06/exec{i}.png" alt="{esc(nm)}" width="120">'
        f"<h3>{esc(nm)}</h3><p>{esc(pos)}<br>โทร. {tel}</p></div>" for i, (nm, pos, tel) in enumerate(execs, 1)))
    write("/about/council/", "สภาเทศบาล", "<p>ประธานสภาเทศบาล นายประสิทธิ์ ทองมา · รองประธานสภา นางอรุณี แก้วประเสริฐ · สมาชิก 24 คน 4 เขตเลือกตั้ง</p>")
    write("/contact/", "ติดต่อเรา",
          "<p>ที่อยู่ ๙๙ ถนนราชดำเนิน ตำบลในเมือง อำเภอเมืองเวียงชัยบุรี จังหวัดเวียงชัยบุรี ๕๒๐๐๐</p>"
          "<p>โทรศัพท์ 0 5681 2200 โทรสาร 0 5681 2209 อีเมล saraban@wiangchaiburi.go.th เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
          '<iframe src="https://www.google.com/maps/embed?pb=wiangchaiburi" width="600" height="300"></iframe>'
          '<p><a href="/qa/">ถาม-ตอบ (Q&amp;A)</a> · <a href="https://www.facebook.com/wiangchaiburicity">Facebook</a></p>')
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          '<div class="wpforo-topic"><h3>ถาม: ขอถังขยะเพิ่มต้องทำอย่างไร (15 มี.ค. 2569)</h3>'
          "<p>ตอบ: ยื่นคำร้องผ่าน E-Service หัวข้อขอถังขยะ เจ้าหน้าที่จะนำส่งภายใน 7 วัน (สำนักการสาธารณสุขฯ 16 มี.ค. 2569)</p></div>"
          '<div class="wpforo-topic"><h3>ถาม: จ่ายภาษีป้ายออนไลน์ได้ไหม (2 ก.พ. 2569)</h3><p>ตอบ: ได้ ผ่าน QR Code ในใบแจ้งประเมิน (สำนักการคลัง)</p></div>'
          '<form class="wpforo-form" method="post" action="/wp-admin/admin-post.php"><label>ชื่อ <input name="name"></label>'
          '<label>คำถาม <textarea name="question"></textarea></label><button type="submit">ส่งคำถาม</button></form>')
    write("/e-service/", "E-Service บริการออนไลน์",
          '<p>ยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง</p><form method="post" action="https://docs.google.com/forms/d/e/1FAIpQLSwcb/formResponse">'
          '<label>เรื่อง <select name="entry.1"><option>คำร้องทั่วไป</option><option>ขอถังขยะ / แจ้งเก็บขยะ</option>'
          '<option>ขอใช้รถน้ำ</option></select></label><label>ชื่อ-สกุล <input name="entry.2"></label>'
          '<label>เบอร์โทร <input name="entry.3"></label><label>รายละเอียด <textarea name="entry.4"></textarea></label>'
          '<button type="submit">ส่งคำร้อง</button></form>'
          f'<p><a href="{path("service-stats-69")}">สถิติการให้บริการ ปี 2569</a></p>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          '<p>ศูนย์รับเรื่องร้องเรียน โทร. 1132 หรือ <a href="/anti-corruption-complaint/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>')
    write("/anti-corruption-complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          '<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p><form class="elementor-form" method="post" action="/wp-admin/admin-ajax.php">'
          '<label>ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="form_fields[name]"></label><label>เรื่องที่ร้องเรียน <input name="form_fields[subject]"></label>'
          '<label>รายละเอียด <textarea name="form_fields[message]"></textarea></label><label>แนบไฟล์ <input type="file" name="form_fields[file]"></label>'
          '<button type="submit">ส่งเรื่อง</button></form><p>หรือโทร. สายด่วน 0 5681 2200 ต่อ 199</p>')
    write("/local-development-plan/", "แผนพัฒนาท้องถิ่น",
          '<div class="elementor-widget-pdf_viewer"><iframe src="https://docs.google.com/viewer?url='
          + quote(HOST + path("devplan-66-70"), safe="") + '&amp;embedded=true" width="100%" height="800"></iframe></div>'
          f'<a class="elementor-button" href="{path("devplan-66-70")}">ดาวน์โหลดเอกสาร</a>'
          f'<p>ฉบับก่อนหน้า: <a href="{dl("devplan-61-65")}">แผนพัฒนาท้องถิ่น (พ.ศ.2561-2565)</a></p>')
    write("/privacy/", "นโยบายความเป็นส่วนตัว", "<p>เว็บไซต์นี้ใช้คุกกี้เพื่อการวิเคราะห์การใช้งาน</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "".join(f'<p><a href="{u}">{esc(t)}</a></p>' for t, u in MENU))


def assets() -> None:
    from PIL import Image

    css = os.path.join(HERE, "wp-content/themes/hello-elementor/style.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,sans-serif;margin:0}.site-content{display:flex}main{flex:3}aside{flex:1}"
                 "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}\n")
    for name, size_, shade in [("2023/05/logo-wcb.png", (72, 72), 90), ("2023/05/chart.png", (300, 160), 200)] + [
            (f"2023/06/exec{i}.png", (60, 80), 150 + i * 10) for i in range(1, 7)]:
        target = os.path.join(HERE, "wp-content/uploads", name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        Image.new("L", size_, shade).save(target)


def main() -> None:
    assets()
    news_pages()
    library()
    sor1()
    ita_2569()
    ita_2568()
    others()


if __name__ == "__main__":
    main()
