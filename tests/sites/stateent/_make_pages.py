"""Generate the HTML pages of the "stateent" test site (องค์การคลังสินค้าห้องเย็นแห่งประเทศไทย, invented).

Run:  python tests/sites/stateent/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A small state enterprise's corporate site (WordPress-like): a top bar (TH | EN, font size, call
centre, search), a header with the logo, a two-language menu, a side column (online booking,
whistle-blowing, ITA, related links, visitor counter) and a footer on every page; pages are
folder/index.html.  About us, board and executives, the enterprise plan and annual reports,
services with an online booking form, procurement (e-GP links, its own monthly สขร.1 list, the
annual report), corporate governance (ethics, No Gift, risk, anti-corruption), whistle-blowing,
press releases, and an ITA page for 2568 grouped by the NACC's headings (plus last year's page).
"""

from __future__ import annotations

import html
import os
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ABBR, ADDR, DOCS, ORG, url  # noqa: E402

ENG = "Cold Storage Organization of Thailand"
PHONE = "0 3425 8800"
MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
          "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def href(key: str) -> str:
    return quote(url(key))


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def size(key: str) -> str:
    path = os.path.join(HERE, url(key).lstrip("/"))
    n = os.path.getsize(path) if os.path.exists(path) else 412_873  # what the CMS remembers
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


def doclink(key: str, text: str | None = None) -> str:
    title, up, _f, ext, _m = DOCS[key]
    return (f'<a href="{href(key)}" class="file {ext}">{esc(text or title)}</a> '
            f'<span class="meta">[{ext.upper()} {size(key)}] {be(up)}</span>')


def doclist(keys: list[str]) -> str:
    return '<ul class="docs">' + "".join(f"<li>{doclink(k)}</li>" for k in keys) + "</ul>"


MENU = [
    ("หน้าหลัก", "Home", "/", []),
    ("เกี่ยวกับเรา", "About Us", "/about/", [
        ("ประวัติองค์การ", "/about/"), ("วิสัยทัศน์ พันธกิจ", "/about/vision/"), ("โครงสร้างองค์กร", "/about/structure/"),
        ("วัตถุประสงค์และอำนาจหน้าที่", "/about/mandate/"), ("คณะกรรมการ", "/about/board/"), ("ผู้บริหาร", "/about/executives/"),
        ("แผนวิสาหกิจและแผนปฏิบัติการ", "/about/strategy/"), ("รายงานประจำปี", "/about/annual-report/")]),
    ("บริการ", "Services", "/services/", [
        ("บริการห้องเย็น", "/services/cold-storage/"), ("คู่มือการขอใช้บริการ", "/services/manual/"),
        ("จองพื้นที่ออนไลน์", "/services/eservice/"), ("สถิติการให้บริการ", "/services/statistics/")]),
    ("ข่าวสาร", "News", "/news/", [("ข่าวประชาสัมพันธ์", "/news/"), ("ประกาศ", "/announcements/")]),
    ("จัดซื้อจัดจ้าง", "Procurement", "/procurement/", [
        ("ประกาศจัดซื้อจัดจ้าง", "/procurement/announce/"), ("สรุปผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/monthly/"),
        ("รายงานผลการจัดซื้อจัดจ้างประจำปี", "/procurement/annual/")]),
    ("การกำกับดูแลกิจการ", "Corporate Governance", "/governance/", [
        ("จริยธรรม", "/governance/ethics/"), ("No Gift Policy", "/governance/nogift/"), ("การบริหารความเสี่ยง", "/governance/risk/"),
        ("การต่อต้านการทุจริต", "/governance/anti-corruption/"), ("คู่มือการปฏิบัติงาน", "/governance/manuals/"),
        ("บริหารทรัพยากรบุคคล", "/hr/")]),
    ("ITA", "Integrity & Transparency", "/ita/", [("ITA 2568", "/ita/2568/"), ("ITA 2567", "/ita/2567/")]),
    ("ติดต่อเรา", "Contact Us", "/contact/", []),
]


def menu() -> str:
    return '<ul class="nav">' + "".join(f'<li><a href="{u}">{esc(th)} <small>{esc(en)}</small></a></li>'
                                       for th, en, u, _subs in MENU) + "</ul>"


def section_menu(path: str) -> str:
    """The side column's list of the current section's pages (the menu's drop-down, as the theme
    shows it beside the content)."""
    for th, _en, u, subs in MENU:
        if subs and (path.startswith(u) and u != "/" or any(path == s for _t, s in subs)):
            return (f'<div class="box sec"><b>{esc(th)}</b><ul>'
                    + "".join(f'<li><a href="{s}">{esc(t)}</a></li>' for t, s in subs) + "</ul></div>")
    return ""


def layout(title: str, body: str, crumbs: list[tuple[str, str]], path: str = "/") -> str:
    trail = " › ".join(['<a href="/">หน้าหลัก</a>'] + [f'<a href="{u}">{esc(t)}</a>' for t, u in crumbs] + [esc(title)])
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<title>{esc(title)} | {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="WordPress 6.4.3">
<link rel="stylesheet" href="/wp-content/themes/csot/style.css">
<link rel="icon" href="/wp-content/themes/csot/logo.png"></head>
<body class="page">
<div class="topbar"><div class="in"><span>Call Center {PHONE}</span>
<span class="lang"><b>TH</b> | <a href="/en/">EN</a></span>
<span class="font">ขนาดตัวอักษร ก- ก ก+</span>
<form class="search" action="/" method="get"><input name="s" placeholder="ค้นหา..."><button>ค้นหา</button></form></div></div>
<header class="head"><a href="/"><img src="/wp-content/themes/csot/logo.png" alt="{ABBR}" width="64" height="64"></a>
<div class="brand"><b>{ORG}</b><br><span>{ENG}</span><br><small>รัฐวิสาหกิจในสังกัดกระทรวงเกษตรและสหกรณ์</small></div></header>
<nav class="menu">{menu()}</nav>
<div class="crumbs">{trail}</div>
<div class="wrap"><main class="content">
<h1>{esc(title)}</h1>
{body}
</main>
<aside class="side">{section_menu(path)}
<div class="box"><a href="/services/eservice/" class="banner">จองพื้นที่ห้องเย็นออนไลน์<br><small>Online Booking</small></a></div>
<div class="box"><a href="/whistleblowing/" class="banner red">แจ้งเบาะแสการทุจริต<br><small>Whistleblowing</small></a></div>
<div class="box"><a href="/ita/2568/" class="banner">ITA 2568<br><small>การประเมินคุณธรรมและความโปร่งใส</small></a></div>
<div class="box"><b>ลิงก์ที่เกี่ยวข้อง</b><ul>
<li><a href="http://www.gprocurement.go.th/">ระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)</a></li>
<li><a href="https://www.sepo.go.th/">สำนักงานคณะกรรมการนโยบายรัฐวิสาหกิจ</a></li>
<li><a href="https://www.moac.go.th/">กระทรวงเกษตรและสหกรณ์</a></li>
<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li></ul></div>
<div class="box">จำนวนผู้เข้าชม 312,468 ครั้ง</div>
</aside></div>
<footer class="foot"><div><b>{ORG} ({ABBR})</b><br>{ADDR}<br>
โทรศัพท์ {PHONE} โทรสาร 0 3425 8899 อีเมล saraban@coldstore-th.or.th</div>
<div><a href="/privacy/">นโยบายความเป็นส่วนตัว</a> | <a href="/sitemap/">แผนผังเว็บไซต์</a> | <a href="/contact/">ติดต่อเรา</a></div>
<div class="copy">© 2568 {ORG} สงวนลิขสิทธิ์</div></footer>
</body></html>
"""


PAGES: list[tuple[str, str]] = []


def write(path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None = None) -> None:
    PAGES.append((path, title))
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(layout(title, body, crumbs or [], path))


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in BE, title, body paragraphs
    (412, (2568, 4, 10), "ประชาสัมพันธ์วันหยุดทำการช่วงเทศกาลสงกรานต์ 2568",
     ["องค์การหยุดทำการระหว่างวันที่ 12 – 16 เมษายน 2568 โดยห้องเย็นทุกสาขายังคงเปิดรับ-จ่ายสินค้าตามปกติ "
      "ลูกค้าสามารถจองพื้นที่ผ่านระบบออนไลน์ได้ตลอด 24 ชั่วโมง"]),
    (409, (2568, 3, 28), "คณะกรรมการ อ.ค.ย. รับทราบผลการดำเนินงานไตรมาสที่ 2",
     [f"ที่ประชุมคณะกรรมการ{ORG} ครั้งที่ 3/2568 รับทราบผลการดำเนินงานและการเบิกจ่ายงบลงทุนสะสม ณ สิ้นไตรมาสที่ 2 "
      "โดยอัตราการใช้พื้นที่ห้องเย็นเฉลี่ยร้อยละ 77.4 และมอบหมายฝ่ายบริหารเร่งรัดโครงการระบบผลิตไฟฟ้าพลังงานแสงอาทิตย์"]),
    (401, (2568, 3, 5), "อ.ค.ย. ลงนามบันทึกความร่วมมือกับชุมนุมสหกรณ์การเกษตรภาคใต้ ขยายบริการห้องเย็นสาขาสุราษฎร์ธานี",
     ["นายธีรวัฒน์ อินทรสุวรรณ ผู้อำนวยการ ลงนามบันทึกความร่วมมือเพื่อให้สหกรณ์สมาชิกใช้บริการรับฝากผลไม้และอาหารทะเลในอัตราพิเศษ"]),
    (395, (2568, 2, 14), "อ.ค.ย. จัดอบรมเสริมสร้างคุณธรรม จริยธรรม และการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2568",
     ["ฝ่ายทรัพยากรบุคคลจัดอบรมหลักสูตร \"ประมวลจริยธรรมกับการปฏิบัติงาน\" ให้แก่ผู้บริหารและพนักงาน 194 คน "
      "ณ ห้องประชุมสำนักงานใหญ่ และถ่ายทอดสดไปยังสาขาทั้ง 3 แห่ง มีการบรรยายเรื่อง Do's & Don'ts ตามประมวลจริยธรรมขององค์การ "
      "และกรณีศึกษาการรับของขวัญจากลูกค้า พร้อมทดสอบความรู้หลังการอบรม"]),
    (388, (2568, 1, 24), "อ.ค.ย. จัดประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ประจำปี 2568",
     ["เมื่อวันที่ 24 มกราคม 2568 องค์การจัดประชุมรับฟังความคิดเห็นผู้ใช้บริการและผู้มีส่วนได้ส่วนเสียต่อการให้บริการ "
      "และร่างแผนการพัฒนาบริการห้องเย็นปี 2568 ณ ห้องประชุมชั้น 3 สำนักงานใหญ่ จังหวัดนครปฐม",
      "ผู้เข้าร่วมประชุม 86 คน ได้แก่ ผู้แทนสหกรณ์การเกษตร 21 แห่ง กลุ่มเกษตรกรผู้ปลูกผลไม้ ผู้ประกอบการอาหารทะเลแช่แข็ง "
      "และผู้แทนองค์การบริหารส่วนจังหวัดนครปฐม",
      "ผู้เข้าร่วมเสนอให้ขยายเวลารับสินค้าช่วงฤดูผลไม้ และเพิ่มการจองพื้นที่ผ่านระบบออนไลน์ องค์การได้นำข้อเสนอไปปรับแผนการให้บริการ "
      "และจะแจ้งผลการดำเนินการในการประชุมครั้งถัดไป"]),
    (380, (2568, 1, 10), "อ.ค.ย. ร่วมกิจกรรมวันเด็กแห่งชาติ 2568",
     ["พนักงานจิตอาสามอบของขวัญและอุปกรณ์การเรียนแก่โรงเรียนในเขตตำบลสนามจันทร์"]),
    (372, (2567, 12, 9), "อ.ค.ย. ร่วมรณรงค์วันต่อต้านคอร์รัปชันสากล 2567",
     ["ผู้บริหารและพนักงานร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล แต่งกายด้วยเสื้อสีขาว และร่วมกล่าวคำปฏิญาณต่อต้านการทุจริต"]),
    (366, (2567, 11, 20), "ผู้อำนวยการ อ.ค.ย. ตรวจเยี่ยมห้องเย็นสาขาเชียงใหม่ เตรียมรับผลผลิตลำไย",
     ["ผู้อำนวยการตรวจความพร้อมของระบบทำความเย็นและพื้นที่ว่าง 2,400 ตัน เพื่อรองรับลำไยนอกฤดูของกลุ่มเกษตรกร"]),
    (359, (2567, 10, 15), "อ.ค.ย. จัดประชุมเชิงปฏิบัติการถ่ายทอดแผนปฏิบัติการประจำปี 2568 สู่ทุกหน่วยงาน",
     ["ฝ่ายยุทธศาสตร์ถ่ายทอดเป้าหมายและโครงการตามแผนปฏิบัติการประจำปี 2568 ให้ผู้จัดการฝ่ายและหัวหน้าสาขา "
      "เพื่อจัดทำแผนระดับหน่วยงาน"]),
    (352, (2567, 10, 1), "ผู้อำนวยการ อ.ค.ย. ประกาศเจตนารมณ์ No Gift Policy ประจำปีงบประมาณ 2568",
     ["นายธีรวัฒน์ อินทรสุวรรณ ผู้อำนวยการ นำผู้บริหารและพนักงานประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ "
      "(No Gift Policy) และขอความร่วมมือลูกค้า คู่ค้า งดให้ของขวัญแก่พนักงานทุกเทศกาล ดาวน์โหลดประกาศได้ที่หน้า No Gift Policy"]),
    # FY2567 (page 2)
    (318, (2567, 9, 20), "คณะกรรมการ อ.ค.ย. อนุมัติแผนปฏิบัติการและงบประมาณ ประจำปี 2568",
     ["ที่ประชุมคณะกรรมการครั้งที่ 9/2567 อนุมัติแผนปฏิบัติการประจำปี 2568 งบประมาณทำการและงบลงทุน เพื่อเสนอ สคร. ต่อไป"]),
    (301, (2567, 7, 12), "อ.ค.ย. ส่งมอบห้องเย็นเคลื่อนที่ช่วยเกษตรกรผู้ปลูกมังคุด จังหวัดชุมพร",
     ["องค์การนำรถห้องเย็นเคลื่อนที่ 2 คัน ให้บริการเก็บรักษามังคุดของกลุ่มเกษตรกรในช่วงราคาตกต่ำ"]),
    (288, (2567, 4, 26), "อ.ค.ย. รายงานผลการดำเนินงานรอบ 6 เดือน ปีงบประมาณ 2567",
     ["องค์การจัดทำรายงานผลการดำเนินงานตามแผนปฏิบัติการและผลการเบิกจ่ายงบประมาณรอบ 6 เดือน (ต.ค. 2566 – มี.ค. 2567) "
      "เสนอคณะกรรมการ ดาวน์โหลดได้ที่หน้าแผนวิสาหกิจและแผนปฏิบัติการ"]),
    (270, (2567, 1, 26), "อ.ค.ย. จัดประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ประจำปี 2567",
     ["ผู้แทนสหกรณ์และผู้ประกอบการ 64 คน ร่วมให้ข้อเสนอแนะต่อการให้บริการห้องเย็น"]),
    (255, (2566, 12, 11), "อ.ค.ย. ร่วมรณรงค์วันต่อต้านคอร์รัปชันสากล 2566",
     ["ผู้บริหารและพนักงานร่วมเดินรณรงค์ต่อต้านการทุจริต"]),
    (241, (2566, 10, 2), "ประกาศเจตนารมณ์ No Gift Policy ประจำปีงบประมาณ 2567",
     ["ผู้อำนวยการประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ประจำปีงบประมาณ 2567"]),
]


def bedate(t: tuple[int, int, int]) -> str:
    return f"{t[2]} {MONTHS[t[1] - 1]} {t[0]}"


def news_pages() -> None:
    page1 = [n for n in NEWS if n[1] >= (2567, 10, 1)]
    page2 = [n for n in NEWS if n[1] < (2567, 10, 1)]
    for num, items in ((1, page1), (2, page2)):
        li = "".join(f'<article class="post"><h3><a href="/news/{i}/">{esc(t)}</a></h3>'
                     f'<p class="date">{bedate(dt)}</p><p>{esc(b[0][:90])}…</p></article>' for i, dt, t, b in items)
        pager = '<div class="pager">หน้า <a href="/news/">1</a> <a href="/news/page/2/">2</a></div>'
        write("/news/" if num == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์ (Press Release)", li + pager, [("ข่าวสาร", "/news/")])
    for i, dt, t, b in NEWS:
        extra = ""
        if i == 352:
            extra = f"<p>{doclink('nogift-68', 'ดาวน์โหลดประกาศ No Gift Policy ประจำปีงบประมาณ 2568')}</p>"
        if i == 388:
            extra = '<p><img src="/wp-content/uploads/2025/01/hearing-2568.png" alt="ภาพการประชุมรับฟังความคิดเห็น" width="240"></p>'
        paras = "".join(f"<p>{esc(p)}</p>" for p in b)
        write(f"/news/{i}/", t, f'<p class="date">เผยแพร่เมื่อ {bedate(dt)} โดย สำนักผู้อำนวยการ</p>{paras}{extra}'
              '<p class="tags">หมวดหมู่ : ข่าวประชาสัมพันธ์</p><p><a href="/news/">« ข่าวทั้งหมด</a></p>', [("ข่าวสาร", "/news/")])


# ---------------------------------------------------------------- ITA

ITA68 = [  # (heading, [(code, wording, link or None, note)])
    ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", None),
    ("9.1 ข้อมูลพื้นฐาน", [
        ("O1", "โครงสร้างองค์กร และวัตถุประสงค์/อำนาจหน้าที่", "/about/structure/", ""),
        ("O2", "ข้อมูลผู้บริหาร", "/about/executives/", ""),
        ("O3", "ข้อมูลการติดต่อ", "/contact/", ""),
        ("O4", "ข่าวประชาสัมพันธ์", "/news/", "")]),
    ("9.2 การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("O5", "แผนวิสาหกิจ อ.ค.ย. พ.ศ. 2566–2570", href("plan-66-70"), ""),
        ("O6", "แผนปฏิบัติการและงบประมาณประจำปี 2568", "/about/strategy/", ""),
        ("O7", "รายงานประจำปี 2567", href("annual-67"), ""),
        ("O8", "คู่มือการปฏิบัติงาน", "/governance/manuals/", ""),
        ("O9", "คู่มือการขอใช้บริการ", "/services/manual/", ""),
        ("O10", "ระบบจองพื้นที่ห้องเย็นออนไลน์ (E-Service)", "/services/eservice/", ""),
        ("O11", "สถิติการให้บริการ", "/services/statistics/", "")]),
    ("9.3 การจัดซื้อจัดจ้าง", [
        ("O12", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ 2568", "/procurement/monthly/", ""),
        ("O13", "รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2567", href("procure-annual-67"), "")]),
    ("9.4 การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("O14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2568", href("hr-plan-68"), ""),
        ("O15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2567", href("hr-report-66"), ""),
        ("O16", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", "/governance/ethics/", "")]),
    ("9.5 การส่งเสริมความโปร่งใส", [
        ("O17", "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", href("complaint-manual"), ""),
        ("O18", "ช่องทางแจ้งเบาะแสการทุจริต (Whistleblowing)", "/whistleblowing/", ""),
        ("O19", "สถิติเรื่องร้องเรียนการทุจริต", "/whistleblowing/", ""),
        ("O20", "การเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม", "/news/388/", "")]),
    ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", None),
    ("10.1 การดำเนินการเพื่อป้องกันการทุจริตในประเด็นสินบน", [
        ("O21", "ประกาศเจตนารมณ์ No Gift Policy ประจำปี 2568", "/governance/nogift/", ""),
        ("O22", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด ประจำปี 2567", href("gift-report-67"), ""),
        ("O23", "การประเมินความเสี่ยงการให้หรือรับสินบน ประจำปี 2568", href("risk-68"), ""),
        ("O24", "รายงานผลการจัดการความเสี่ยงการทุจริต", "/governance/risk/", "")]),
    ("10.2 การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("O25", "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2568", href("acplan-68-draft"), ""),
        ("O26", "รายงานผลการดำเนินการป้องกันการทุจริต", None, "อยู่ระหว่างจัดทำ")]),
]

ITA67 = [
    ("O1", "โครงสร้าง", "/about/structure/"), ("O2", "ข้อมูลผู้บริหาร", "/about/executives/"),
    ("O5", "แผนปฏิบัติการประจำปี 2567", href("action-67")),
    ("O6", "รายงานผลการดำเนินงาน รอบ 6 เดือน 2567", href("sixm-67")),
    ("O7", "รายงานประจำปี 2566", href("annual-66")),
    ("O20", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล 2566", href("hr-report-66")),
    ("O30", "ประกาศเจตนารมณ์ No Gift Policy ประจำปี 2567", "/news/241/"),
    ("O31", "ประกาศ No Gift Policy (ฉบับลงนาม)", href("nogift-67")),
    ("O33", "การประเมินความเสี่ยงการทุจริต 2567", href("risk-67")),
    ("O35", "แผนปฏิบัติการป้องกันการทุจริต 2567", href("acplan-67")),
    ("O36", "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี 2566", href("acreport-66")),
]


def ita_pages() -> None:
    rows = []
    for head, items in ITA68:
        if items is None:
            rows.append(f'<tr class="ind"><th colspan="3">{esc(head)}</th></tr>')
            continue
        rows.append(f'<tr class="sub"><th colspan="3">{esc(head)}</th></tr>')
        for code, text, link, note in items:
            cell = f'<a href="{link}">คลิกที่นี่</a>' if link else esc(note)
            rows.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cell}</td></tr>")
    write("/ita/2568/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปีงบประมาณ พ.ศ. 2568",
          f"<p>{ORG} เปิดเผยข้อมูลสาธารณะตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT) "
          "ของสำนักงาน ป.ป.ช. ประจำปีงบประมาณ พ.ศ. 2568 ดังนี้</p>"
          '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>URL</th></tr>' + "".join(rows) + "</table>"
          "<p>ผู้รับผิดชอบ : สำนักผู้อำนวยการ โทร 0 3425 8800 ต่อ 105</p>", [("ITA", "/ita/")])
    rows67 = "".join(f'<tr><td>{c}</td><td>{esc(t)}</td><td><a href="{u}">คลิกที่นี่</a></td></tr>' for c, t, u in ITA67)
    write("/ita/2567/", "ITA ประจำปีงบประมาณ พ.ศ. 2567",
          "<p>ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567 (บางรายการ)</p>"
          f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>URL</th></tr>{rows67}</table>', [("ITA", "/ita/")])
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment : ITA)</p>"
          '<ul><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li><li><a href="/ita/2567/">ITA ประจำปี 2567</a></li></ul>'
          "<p>ผลคะแนน ITA ปี 2567 : 91.47 คะแนน ระดับ A</p>")


# ---------------------------------------------------------------- the other pages

EXECS = [("นายธีรวัฒน์ อินทรสุวรรณ", "ผู้อำนวยการองค์การคลังสินค้าห้องเย็นแห่งประเทศไทย", "ต่อ 101", "director"),
         ("นางสาวพัชรินทร์ วงศ์ไพศาล", "รองผู้อำนวยการฝ่ายบริหาร", "ต่อ 102", "dd.admin"),
         ("นายเอกชัย ศรีประเสริฐ", "รองผู้อำนวยการฝ่ายปฏิบัติการ", "ต่อ 103", "dd.operation"),
         ("นางกมลวรรณ จันทร์แก้ว", "ผู้ช่วยผู้อำนวยการ", "ต่อ 104", "ad")]
BOARD = [("นายสุรพล ธนากร", "ประธานกรรมการ"), ("นายวรวิทย์ คงสมบูรณ์", "กรรมการ (ผู้แทนกระทรวงการคลัง)"),
         ("นางศิริพร มีสุข", "กรรมการ (ผู้แทนกระทรวงเกษตรและสหกรณ์)"), ("นายปกรณ์ เรืองฤทธิ์", "กรรมการอิสระ"),
         ("นางสาวอรวรรณ ทิพย์มณี", "กรรมการอิสระ / ประธานกรรมการตรวจสอบ"), ("นายธีรวัฒน์ อินทรสุวรรณ", "กรรมการและเลขานุการ")]


def about_pages() -> None:
    write("/about/", "ประวัติองค์การ (About Us)",
          f"<p>{ORG} ({ABBR}) จัดตั้งขึ้นตามพระราชกฤษฎีกาจัดตั้งองค์การคลังสินค้าห้องเย็น พ.ศ. 2516 "
          "เป็นรัฐวิสาหกิจในสังกัดกระทรวงเกษตรและสหกรณ์ มีภารกิจให้บริการรับฝากและเก็บรักษาผลผลิตทางการเกษตรและสัตว์น้ำด้วยระบบความเย็น "
          "เพื่อช่วยเกษตรกรชะลอการขายผลผลิตในช่วงราคาตกต่ำ</p><p>ปัจจุบันมีสำนักงานใหญ่ที่จังหวัดนครปฐม และสาขา 3 แห่ง "
          "ความจุรวม 18,600 ตัน พนักงาน 231 คน</p>", [("เกี่ยวกับเรา", "/about/")])
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ ค่านิยม",
          "<h2>วิสัยทัศน์ (Vision)</h2><p>เป็นผู้นำด้านคลังสินค้าห้องเย็นเพื่อเกษตรกรไทย ที่ทันสมัย และยั่งยืน</p>"
          "<h2>พันธกิจ (Mission)</h2><ol><li>ให้บริการรับฝากและเก็บรักษาผลผลิตทางการเกษตรด้วยระบบความเย็นที่ได้มาตรฐาน</li>"
          "<li>สนับสนุนสหกรณ์และกลุ่มเกษตรกรในการบริหารผลผลิต</li><li>บริหารองค์การตามหลักธรรมาภิบาล</li></ol>"
          "<h2>ค่านิยม (Core Values)</h2><p>COLD : Customer focus, Openness, Learning, Dedication</p>", [("เกี่ยวกับเรา", "/about/")])
    write("/about/structure/", "โครงสร้างองค์กร (Organization Chart)",
          '<p><img src="/wp-content/uploads/2024/11/org-chart-2568.png" alt="แผนภูมิโครงสร้างองค์กร อ.ค.ย." width="300"></p>'
          "<h2>แผนภูมิโครงสร้างองค์กร อ.ค.ย. (ปรับปรุง ณ 1 ตุลาคม 2567)</h2>"
          "<ul class=\"tree\"><li>คณะกรรมการองค์การคลังสินค้าห้องเย็นแห่งประเทศไทย<ul>"
          "<li>คณะกรรมการตรวจสอบ — สำนักตรวจสอบภายใน</li><li>คณะกรรมการบริหารความเสี่ยงและควบคุมภายใน</li>"
          "<li>คณะกรรมการกำกับดูแลกิจการที่ดี</li>"
          "<li>ผู้อำนวยการ<ul><li>สำนักผู้อำนวยการ</li><li>ผู้ช่วยผู้อำนวยการ</li>"
          "<li>รองผู้อำนวยการฝ่ายบริหาร<ul><li>ฝ่ายบริหารทั่วไป</li><li>ฝ่ายทรัพยากรบุคคล</li><li>ฝ่ายบัญชีและงบประมาณ</li>"
          "<li>กองเทคโนโลยีสารสนเทศ</li></ul></li>"
          "<li>รองผู้อำนวยการฝ่ายปฏิบัติการ<ul><li>ฝ่ายปฏิบัติการ</li><li>ฝ่ายวิศวกรรม</li><li>ฝ่ายการตลาดและบริการลูกค้า</li>"
          "<li>สาขาสมุทรสาคร</li><li>สาขาสุราษฎร์ธานี</li><li>สาขาเชียงใหม่</li></ul></li></ul></li></ul></li></ul>"
          '<p>ดู <a href="/about/mandate/">วัตถุประสงค์และอำนาจหน้าที่</a></p>', [("เกี่ยวกับเรา", "/about/")])
    write("/about/mandate/", "วัตถุประสงค์และอำนาจหน้าที่",
          "<p>ตามพระราชกฤษฎีกาจัดตั้งองค์การคลังสินค้าห้องเย็น พ.ศ. 2516 มาตรา 6 และมาตรา 7 สรุปได้ดังนี้</p>"
          "<h2>วัตถุประสงค์</h2><ol><li>ประกอบกิจการคลังสินค้าห้องเย็นเพื่อรับฝากผลผลิตทางการเกษตร สัตว์น้ำ และผลิตภัณฑ์</li>"
          "<li>ช่วยเหลือเกษตรกรและสหกรณ์ในการเก็บรักษาผลผลิตเพื่อรอจำหน่ายในราคาที่เหมาะสม</li>"
          "<li>ดำเนินกิจการอื่นที่เกี่ยวเนื่องหรือเป็นประโยชน์แก่กิจการขององค์การ</li></ol>"
          "<h2>อำนาจหน้าที่</h2><ol><li>ถือกรรมสิทธิ์ มีสิทธิครอบครอง และมีทรัพยสิทธิต่าง ๆ</li>"
          "<li>ก่อสร้าง ซื้อ จัดหา เช่า ให้เช่า และจำหน่ายทรัพย์สิน</li><li>เรียกเก็บค่าบริการรับฝากและค่าธรรมเนียมต่าง ๆ</li>"
          "<li>กู้ยืมเงินเพื่อกิจการขององค์การ ตามที่คณะรัฐมนตรีอนุมัติ</li><li>ร่วมมือกับหน่วยงานของรัฐและเอกชนในกิจการที่เกี่ยวข้อง</li></ol>"
          "<h2>หน้าที่ของหน่วยงานภายใน</h2><p>ฝ่ายปฏิบัติการ : รับฝาก เก็บรักษา และจ่ายคืนสินค้า · ฝ่ายวิศวกรรม : บำรุงรักษาระบบทำความเย็น · "
          "ฝ่ายการตลาดและบริการลูกค้า : ขายบริการและดูแลลูกค้า · ฝ่ายบริหารทั่วไป : ธุรการ พัสดุ · สำนักตรวจสอบภายใน : ตรวจสอบและรับเรื่องร้องเรียน</p>",
          [("เกี่ยวกับเรา", "/about/")])
    write("/about/board/", "คณะกรรมการ อ.ค.ย. (Board of Directors)",
          '<table class="people">' + "".join(f'<tr><td><img src="/wp-content/themes/csot/person.png" alt="" width="60"></td>'
                                             f"<td>{esc(n)}<br>{esc(p)}</td></tr>" for n, p in BOARD) + "</table>",
          [("เกี่ยวกับเรา", "/about/")])
    write("/about/executives/", "ผู้บริหาร (Management)",
          "".join(f'<div class="person"><img src="/wp-content/themes/csot/person.png" alt="{esc(n)}" width="80">'
                  f"<p><b>{esc(n)}</b><br>{esc(p)}<br>โทร {PHONE} {e}<br>อีเมล {m}@coldstore-th.or.th</p></div>"
                  for n, p, e, m in EXECS), [("เกี่ยวกับเรา", "/about/")])
    write("/about/strategy/", "แผนวิสาหกิจและแผนปฏิบัติการ",
          "<h2>แผนวิสาหกิจ</h2>" + doclist(["plan-66-70", "plan-61-65"])
          + "<h2>แผนปฏิบัติการประจำปีและงบประมาณ</h2>" + doclist(["action-68", "budget-68", "action-67"])
          + "<h2>รายงานผลการดำเนินงานตามแผน</h2>" + doclist(["sixm-67"]), [("เกี่ยวกับเรา", "/about/")])
    write("/about/annual-report/", "รายงานประจำปี (Annual Report)",
          doclist(["annual-67", "annual-66"]) + "<h2>รายงานอื่น ๆ</h2>" + doclist(["pvd-67"]), [("เกี่ยวกับเรา", "/about/")])


def service_pages() -> None:
    c = [("บริการ", "/services/")]
    write("/services/", "บริการของเรา (Our Services)",
          '<ul><li><a href="/services/cold-storage/">บริการรับฝากสินค้าห้องเย็น</a></li>'
          '<li><a href="/services/manual/">คู่มือการขอใช้บริการ</a></li><li><a href="/services/eservice/">จองพื้นที่ห้องเย็นออนไลน์</a></li>'
          '<li><a href="/services/statistics/">สถิติการให้บริการ</a></li></ul>')
    write("/services/cold-storage/", "บริการรับฝากสินค้าห้องเย็น",
          "<table><tr><th>สาขา</th><th>ความจุ (ตัน)</th><th>อุณหภูมิ</th></tr><tr><td>สำนักงานใหญ่ นครปฐม</td><td>6,800</td><td>-25 ถึง +5 °C</td></tr>"
          "<tr><td>สาขาสมุทรสาคร</td><td>5,200</td><td>-30 ถึง -18 °C</td></tr><tr><td>สาขาสุราษฎร์ธานี</td><td>4,200</td><td>0 ถึง +8 °C</td></tr>"
          "<tr><td>สาขาเชียงใหม่</td><td>2,400</td><td>0 ถึง +5 °C</td></tr></table><p>อัตราค่าบริการ 0.85 บาท/กก./เดือน</p>", c)
    write("/services/manual/", "คู่มือการขอใช้บริการ (Service Manual)",
          "<h2>การขอใช้บริการรับฝากสินค้าในห้องเย็น</h2>"
          "<p><b>ขั้นตอน</b> 1) ยื่นคำขอ (แบบ คย.01) 15 นาที 2) ตรวจสอบพื้นที่ว่าง 1 ชั่วโมง 3) ทำสัญญาและชำระค่าบริการ 30 นาที "
          "4) ตรวจรับสินค้าเข้าห้องเย็น 2 ชั่วโมง — รวมไม่เกิน 1 วันทำการ</p>"
          "<p><b>ช่องทาง</b> สำนักงานใหญ่และสาขา วันจันทร์ – ศุกร์ 08.30 – 16.30 น. หรือ <a href=\"/services/eservice/\">จองออนไลน์</a></p>"
          "<p><b>ค่าธรรมเนียม</b> ค่ายื่นคำขอไม่มีค่าธรรมเนียม ค่าฝากสินค้าตามอัตราที่ประกาศ</p>"
          "<p><b>เอกสาร</b> บัตรประจำตัวประชาชน หนังสือรับรองนิติบุคคล/สหกรณ์ (ถ้ามี)</p>"
          + doclist(["manual-service"]), c)
    write("/services/eservice/", "ระบบจองพื้นที่ห้องเย็นออนไลน์ (E-Service)",
          "<p>ลูกค้าสามารถจองพื้นที่ห้องเย็นล่วงหน้าได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะยืนยันการจองทางโทรศัพท์หรืออีเมลภายใน 1 วันทำการ</p>"
          '<form action="https://booking.coldstore-th.or.th/request" method="post">'
          '<p>ชื่อ – สกุล / ชื่อสหกรณ์ <input name="name" required></p><p>เบอร์โทรศัพท์ <input name="tel" required></p>'
          '<p>อีเมล <input name="email" type="email"></p>'
          '<p>สาขา <select name="branch"><option>สำนักงานใหญ่ นครปฐม</option><option>สาขาสมุทรสาคร</option>'
          "<option>สาขาสุราษฎร์ธานี</option><option>สาขาเชียงใหม่</option></select></p>"
          '<p>ประเภทสินค้า <input name="goods"></p><p>ปริมาณ (ตัน) <input name="tons" type="number"></p>'
          '<p>วันที่นำสินค้าเข้า <input name="date" type="date"></p><p><button type="submit">ส่งคำขอจอง</button></p></form>'
          "<p>ตรวจสอบสถานะการจอง : Call Center 0 3425 8800</p>", c)
    write("/services/statistics/", "สถิติการให้บริการ",
          "<p>สถิติการให้บริการรับฝากสินค้า ปีงบประมาณ 2567 (ตุลาคม 2566 – กันยายน 2567)</p>"
          "<table><tr><th>รายการ</th><th>ปีงบประมาณ 2567</th></tr><tr><td>ผู้ใช้บริการ (ราย)</td><td>1,284</td></tr>"
          "<tr><td>ปริมาณสินค้าหมุนเวียน (ตัน)</td><td>96,420</td></tr><tr><td>จองผ่าน E-Service (ครั้ง)</td><td>612</td></tr></table>"
          + doclist(["stats-67"]), c)


def procurement_pages() -> None:
    c = [("จัดซื้อจัดจ้าง", "/procurement/")]
    write("/procurement/", "จัดซื้อจัดจ้าง (Procurement)",
          "<p>องค์การประกาศเชิญชวน ประกาศผลผู้ชนะ และสาระสำคัญของสัญญา ผ่านระบบการจัดซื้อจัดจ้างภาครัฐ (e-GP) ของกรมบัญชีกลาง</p>"
          '<ul><li><a href="http://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?deptId=0710">ค้นหาประกาศจัดซื้อจัดจ้างของ อ.ค.ย. ในระบบ e-GP</a></li>'
          '<li><a href="http://www.gprocurement.go.th/">เว็บไซต์ระบบ e-GP</a></li>'
          '<li><a href="/procurement/announce/">ประกาศจัดซื้อจัดจ้าง / แผนการจัดซื้อจัดจ้าง</a></li>'
          '<li><a href="/procurement/monthly/">สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</a></li>'
          '<li><a href="/procurement/annual/">รายงานผลการจัดซื้อจัดจ้างประจำปี</a></li></ul>', c)
    write("/procurement/announce/", "ประกาศจัดซื้อจัดจ้าง",
          doclist(["print-notice", "procure-plan-68"])
          + "<ul><li>ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงระบบทำความเย็นสาขาสมุทรสาคร (ดูในระบบ e-GP) 17 มกราคม 2568</li>"
          "<li>ประกาศเชิญชวน ติดตั้งระบบผลิตไฟฟ้าพลังงานแสงอาทิตย์ สำนักงานใหญ่ (ดูในระบบ e-GP) 20 กุมภาพันธ์ 2568</li></ul>", c)
    fy68 = ["skr-2568-03", "skr-2568-02", "skr-2567-12", "skr-2567-11", "skr-2567-10"]
    write("/procurement/monthly/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ 2568",
          "<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตามประกาศคณะกรรมการข้อมูลข่าวสารของราชการ</p>"
          + doclist(fy68) + '<p><a href="/procurement/monthly/2567/">ปีงบประมาณ 2567</a></p>', c)
    write("/procurement/monthly/2567/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ 2567",
          doclist(["skr-2567-09"]) + "<p>เดือนตุลาคม 2566 – สิงหาคม 2567 ย้ายไปยังคลังเอกสารเดิม ขอดูได้ที่งานพัสดุ</p>",
          c + [("รายเดือน", "/procurement/monthly/")])
    write("/procurement/annual/", "รายงานผลการจัดซื้อจัดจ้างประจำปี",
          doclist(["procure-annual-67"]) + "<h2>แผนการจัดซื้อจัดจ้าง</h2>" + doclist(["procure-plan-68"]), c)


def governance_pages() -> None:
    c = [("การกำกับดูแลกิจการ", "/governance/")]
    write("/governance/", "การกำกับดูแลกิจการที่ดี (Corporate Governance)",
          "<p>คณะกรรมการองค์การกำหนดนโยบายการกำกับดูแลกิจการที่ดีตามหลักการและแนวทางของ สคร. ยึดหลักความรับผิดชอบ ความโปร่งใส "
          "และการต่อต้านการทุจริตทุกรูปแบบ</p><ul>"
          '<li><a href="/governance/ethics/">ประมวลจริยธรรม</a></li><li><a href="/governance/nogift/">No Gift Policy</a></li>'
          '<li><a href="/governance/risk/">การบริหารความเสี่ยงการทุจริต</a></li><li><a href="/governance/anti-corruption/">การต่อต้านการทุจริต</a></li>'
          '<li><a href="/governance/manuals/">คู่มือการปฏิบัติงาน</a></li><li><a href="/whistleblowing/">แจ้งเบาะแส</a></li></ul>', c)
    write("/governance/ethics/", "ประมวลจริยธรรม (Code of Ethics)",
          "<p>ผู้บริหารและพนักงานทุกคนต้องปฏิบัติตามประมวลจริยธรรมขององค์การ และแนวทาง Do's & Don'ts</p>"
          + doclist(["ethics-code"])
          + '<h2>การขับเคลื่อนจริยธรรม</h2><ul><li><a href="/news/395/">อบรมเสริมสร้างคุณธรรม จริยธรรม และการป้องกันผลประโยชน์ทับซ้อน ประจำปี 2568</a></li>'
          '<li><a href="/news/372/">ร่วมรณรงค์วันต่อต้านคอร์รัปชันสากล 2567</a></li></ul>', c)
    write("/governance/nogift/", "นโยบายไม่รับของขวัญ (No Gift Policy)",
          doclist(["nogift-68", "gift-report-67"])
          + '<p>ข่าว : <a href="/news/352/">ผู้อำนวยการประกาศเจตนารมณ์ No Gift Policy ประจำปีงบประมาณ 2568</a></p>', c)
    write("/governance/risk/", "การบริหารความเสี่ยงการทุจริต",
          "<h2>การประเมินความเสี่ยงการทุจริต</h2>" + doclist(["risk-68", "risk-67"])
          + "<h2>รายงานผลการดำเนินการเพื่อจัดการความเสี่ยง</h2>" + doclist(["riskmgmt-67"]), c)
    write("/governance/anti-corruption/", "การต่อต้านการทุจริต (Anti-Corruption)",
          "<p>แผนปฏิบัติการป้องกันการทุจริตขององค์การ สอดคล้องกับยุทธศาสตร์ชาติว่าด้วยการป้องกันและปราบปรามการทุจริต</p>"
          + doclist(["acplan-68-draft", "acplan-67"]), c)
    write("/governance/manuals/", "คู่มือการปฏิบัติงาน",
          doclist(["manual-storage", "manual-procure", "complaint-manual"]), c)
    write("/hr/", "การบริหารทรัพยากรบุคคล",
          "<p>ฝ่ายทรัพยากรบุคคล โทร 0 3425 8800 ต่อ 140</p>" + doclist(["hr-plan-68", "hr-report-66"])
          + '<p><a href="/hr/jobs/">ร่วมงานกับเรา</a></p>', c)
    write("/hr/jobs/", "ร่วมงานกับเรา (Careers)",
          "<p>ประกาศรับสมัครพนักงาน ตำแหน่งช่างเทคนิคระบบทำความเย็น 2 อัตรา สาขาสมุทรสาคร รับสมัครถึง 30 เมษายน 2568 "
          "ส่งใบสมัครทางอีเมล hr@coldstore-th.or.th</p>", c + [("ทรัพยากรบุคคล", "/hr/")])


def other_pages() -> None:
    latest = "".join(f'<li><a href="/news/{i}/">{esc(t)}</a> <span class="date">{bedate(dt)}</span></li>' for i, dt, t, _b in NEWS[:6])
    write("/", "หน้าหลัก",
          '<div class="slide">ห้องเย็นเพื่อเกษตรกรไทย ทันสมัย และยั่งยืน</div>'
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="latest">{latest}</ul><p><a href="/news/">ดูข่าวทั้งหมด</a></p>'
          '<h2>บริการของเรา</h2><p><a href="/services/cold-storage/">บริการห้องเย็น</a> · <a href="/services/eservice/">จองพื้นที่ออนไลน์</a> · '
          '<a href="/services/manual/">คู่มือการขอใช้บริการ</a></p>'
          f'<h2>ประกาศจัดซื้อจัดจ้างล่าสุด</h2><ul><li>{doclink("skr-2568-03")}</li><li>{doclink("print-notice")}</li></ul>')
    write("/announcements/", "ประกาศ (Announcements)",
          f"<ul><li>{doclink('invite-hearing')}</li><li>{doclink('nogift-68')}</li>"
          "<li>ประกาศอัตราค่าบริการรับฝากสินค้า ปี 2568 (มีผล 1 มกราคม 2568)</li></ul>", [("ข่าวสาร", "/news/")])
    write("/whistleblowing/", "ช่องทางแจ้งเบาะแสการทุจริต (Whistleblowing)",
          "<p>หากพบเห็นผู้บริหารหรือพนักงานขององค์การทุจริตหรือประพฤติมิชอบ สามารถแจ้งเบาะแสผ่านแบบฟอร์มนี้ "
          "ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับและได้รับการคุ้มครองตามคู่มือการจัดการเรื่องร้องเรียน</p>"
          '<form action="https://forms.gle/CsotWhistleblow2568" method="post">'
          '<p>ชื่อผู้แจ้ง (ไม่ระบุก็ได้) <input name="name"></p><p>ผู้ถูกร้องเรียน / หน่วยงาน <input name="who"></p>'
          '<p>รายละเอียดการกระทำ <textarea name="detail" required></textarea></p><p>ช่องทางติดต่อกลับ <input name="contact"></p>'
          '<p>แนบหลักฐาน <input type="file" name="evidence"></p><p><button type="submit">ส่งเรื่อง</button></p></form>'
          "<p>ช่องทางอื่น : อีเมล whistle@coldstore-th.or.th · ตู้ ปณ. 19 นครปฐม 73000 · สำนักตรวจสอบภายใน โทร 0 3425 8800 ต่อ 150</p>"
          '<p>หรือแจ้ง <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a></p>'
          f"<p>ขั้นตอนการจัดการเรื่องร้องเรียน : {doclink('complaint-manual')}</p>"
          "<p>สรุปสถิติเรื่องร้องเรียนการทุจริตจะเผยแพร่ในรายงานประจำปี</p>")
    write("/contact/", "ติดต่อเรา (Contact Us)",
          f"<p><b>สำนักงานใหญ่</b> {ADDR}</p><p>โทรศัพท์ {PHONE} (Call Center) โทรสาร 0 3425 8899</p>"
          "<p>อีเมล saraban@coldstore-th.or.th</p><p>เวลาทำการ วันจันทร์ – วันศุกร์ 08.30 – 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=13.8190,100.0410">แผนที่ Google Maps</a></p>'
          "<h2>สาขา</h2><ul><li>สาขาสมุทรสาคร โทร 0 3441 2270</li><li>สาขาสุราษฎร์ธานี โทร 0 7727 5514</li>"
          "<li>สาขาเชียงใหม่ โทร 0 5311 6032</li></ul>"
          '<p>Facebook : <a href="https://www.facebook.com/coldstore.th">อ.ค.ย. Cold Storage Thailand</a></p>')
    write("/privacy/", "นโยบายความเป็นส่วนตัว (Privacy Policy)",
          "<p>องค์การให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลของผู้ใช้บริการตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>"
          + doclist(["privacy"]))
    write("/en/", "Cold Storage Organization of Thailand",
          "<p>The Cold Storage Organization of Thailand (CSOT) is a state enterprise under the Ministry of Agriculture and "
          "Cooperatives providing cold storage for farm produce and fishery products.</p>"
          '<p><a href="/contact/">Contact Us</a> · <a href="/about/annual-report/">Annual Report</a></p>')
    links = "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in sorted(set(PAGES)) if not p.startswith("/news/"))
    write("/sitemap/", "แผนผังเว็บไซต์ (Sitemap)", f"<ul>{links}</ul>")


def assets() -> None:
    from PIL import Image, ImageDraw

    theme = os.path.join(HERE, "wp-content", "themes", "csot")
    os.makedirs(theme, exist_ok=True)
    logo = Image.new("RGB", (64, 64), (255, 255, 255))
    ImageDraw.Draw(logo).ellipse((4, 4, 60, 60), fill=(20, 90, 160))
    logo.save(os.path.join(theme, "logo.png"), optimize=True)
    Image.new("RGB", (80, 100), (205, 212, 222)).save(os.path.join(theme, "person.png"), optimize=True)
    chart = Image.new("L", (300, 160), 255)
    draw = ImageDraw.Draw(chart)
    for x, y in [(120, 10), (120, 55), (20, 105), (120, 105), (220, 105)]:
        draw.rectangle((x, y, x + 60, y + 30), outline=0)
    draw.line((150, 40, 150, 55), fill=0)
    draw.line((50, 95, 250, 95), fill=0)
    os.makedirs(os.path.join(HERE, "wp-content", "uploads", "2024", "11"), exist_ok=True)
    chart.save(os.path.join(HERE, "wp-content", "uploads", "2024", "11", "org-chart-2568.png"), optimize=True)
    photo = Image.new("RGB", (120, 80), (180, 190, 170))
    ImageDraw.Draw(photo).rectangle((10, 30, 110, 70), fill=(90, 100, 120))
    os.makedirs(os.path.join(HERE, "wp-content", "uploads", "2025", "01"), exist_ok=True)
    photo.save(os.path.join(HERE, "wp-content", "uploads", "2025", "01", "hearing-2568.png"), optimize=True)
    with open(os.path.join(theme, "style.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}.topbar{background:#0b3d6b;color:#fff;font-size:13px}"
                ".head{display:flex;gap:12px;padding:8px}.nav{display:flex;list-style:none;background:#145aa0}.nav a{color:#fff}"
                ".nav small{display:block;font-size:10px}.sub{display:none}.wrap{display:flex}.content{flex:1;padding:10px}"
                ".side{width:240px}.box{border:1px solid #ddd;margin:6px;padding:6px}.foot{background:#222;color:#ddd;padding:10px}"
                "table.ita{border-collapse:collapse}table.ita td,table.ita th{border:1px solid #bbb;padding:4px}.meta{color:#777}\n")


def main() -> None:
    import shutil

    for sub in ("about", "services", "procurement", "governance", "hr", "news", "ita", "announcements",
                "whistleblowing", "contact", "privacy", "en", "sitemap"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    assets()
    about_pages()
    service_pages()
    procurement_pages()
    governance_pages()
    news_pages()
    ita_pages()
    other_pages()


if __name__ == "__main__":
    main()
