"""Generate the HTML pages of the "immigration" test site (สำนักงานตรวจคนเข้าเมืองจังหวัดสตูล, invented).

Run:  python tests/sites/immigration/_make_pages.py   (after _make_docs.py)

The office moved from Joomla to a new template in 2568 and left the old Joomla pages online: the
new pages are folder/index.html (header, menu, side column, footer); the old ones are static copies
of /index.php?option=com_content&view=article&id=N (and a flipbook viewer, com_flipbook) under
index.php.q/<query>/index.html, with the old template.  Every document is sent by a download script
/download.php?id=N (download.php.q/id=N/<file>); a few old files still sit under /images/stories/.
The ITA page /ita/ is a hub with a year selector and one page per sub-indicator
(/ita/?year=2569&group=1 … 7, stored as ita/.q/year=2569&group=N/); last year's /ita/?year=2568 is a
single old table.  Monthly procurement summaries (/procurement/) with a year selector
(?year=2568).  News: /news/ (FY2569) and /news/?page=2 (FY2568); posts carry their attachments.
"""

from __future__ import annotations

import html
import io
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import target, url  # noqa: E402

ORG = "สำนักงานตรวจคนเข้าเมืองจังหวัดสตูล"
SHORT = "ตม.จว.สตูล"
PHONE = "0 7471 2093"
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def a(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{esc(text)}</a>'


def path_of(u: str) -> str:
    if "?" in u:
        p, q = u.split("?", 1)
        return os.path.join(HERE, p.lstrip("/") + ".q", q, "index.html")
    return os.path.join(HERE, u.lstrip("/"), "index.html")


def save(u: str, page: str) -> None:
    p = path_of(u)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as fh:
        fh.write(page)


MENU = [("หน้าหลัก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("งานบริการ", "/service/"),
        ("E-Service", "/eservice/"), ("จัดซื้อจัดจ้าง", "/procurement/"), ("เอกสารเผยแพร่", "/documents/"),
        ("ITA", "/ita/"), ("ร้องเรียนการทุจริต", "/complaint/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<link rel="stylesheet" href="/assets/site.css"></head>
<body>
<header id="head"><img src="/assets/logo.png" alt="ตราสำนักงานตรวจคนเข้าเมือง" width="72" height="72">
<div class="brand"><b>{ORG}</b><br>Satun Provincial Immigration · กองบังคับการตรวจคนเข้าเมือง 6</div>
<div class="hot">สายด่วน ตม. 1178 · โทร. {PHONE}</div></header>
<nav id="menu"><ul>{menu}</ul></nav>
<div id="wrap"><main id="content"><h1>{esc(title)}</h1>
{body}
</main>
<aside id="side">
<h3>ลิงก์ด่วน</h3><ul>
<li>{a("/ita/", "ITA 2569 การเปิดเผยข้อมูลสาธารณะ")}</li>
<li>{a("/ita/?year=2568", "ITA 2568")}</li>
<li>{a("/eservice/", "นัดหมายยื่นคำขอออนไลน์")}</li>
<li><a href="https://tm47.immigration.go.th/tm47/#/login">รายงานตัว 90 วัน ออนไลน์</a></li>
<li>{a("/complaint/", "แจ้งเบาะแสการทุจริต")}</li>
<li>{a("/qa/", "ถาม-ตอบ")}</li>
<li>{a("/index.php?option=com_content&view=category&id=7", "เว็บไซต์เดิม (ข้อมูลก่อน ม.ค. 2568)")}</li>
</ul>
<h3>หน่วยงานในสังกัด</h3><ul><li>ด่านตรวจคนเข้าเมืองท่าเรือตำมะลัง</li><li>ด่านตรวจคนเข้าเมืองวังประจัน</li>
<li>จุดตรวจท่าเรือปากบารา</li></ul>
<p class="counter">ผู้เข้าชม 0418627</p>
</aside></div>
<footer id="foot">{ORG} 88 หมู่ 4 ถนนบุหงารายา ตำบลพิมาน อำเภอเมืองสตูล จังหวัดสตูล 91000
· โทร. {PHONE} · โทรสาร 0 7471 2094 · อีเมล satun.imm.office@gmail.com
· {a("/sitemap/", "แผนผังเว็บไซต์")} · {a("/links/", "ลิงก์หน่วยงาน")}</footer>
</body></html>
"""


def old_layout(title: str, body: str, date: str) -> str:
    """The old Joomla 1.5 template kept online after the move."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="th-th"><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<title>{esc(title)}</title></head>
<body class="oldsite"><table width="960" align="center"><tr><td colspan="2" class="header">
<b>ตม.จว.สตูล</b> สำนักงานตรวจคนเข้าเมืองจังหวัดสตูล</td></tr>
<tr><td class="left" width="200" valign="top"><div class="moduletable"><h3>เมนูหลัก</h3><ul class="menu">
<li>{a("/index.php?option=com_content&view=category&id=7", "ข่าวสาร")}</li>
<li>{a("/index.php?option=com_content&view=article&id=87", "โครงสร้างหน่วยงาน")}</li>
<li>{a("/index.php?option=com_content&view=article&id=98", "แผนยุทธศาสตร์")}</li>
<li>{a("/", "เว็บไซต์ใหม่")}</li></ul></div></td>
<td valign="top"><div class="contentheading">{esc(title)}</div>
<div class="createdate">{esc(date)}</div>
<div class="article-content">{body}</div></td></tr>
<tr><td colspan="2" class="footer">Copyright © 2554 - 2567 ตม.จว.สตูล</td></tr></table></body></html>
"""


def table(head: list[str], rows: list[list[str]]) -> str:
    h = "".join(f"<th>{esc(x)}</th>" for x in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="grid"><tr>{h}</tr>{body}</table>'


def size(key: str) -> str:
    return f"{os.path.getsize(target(key)) / 1024:.1f} KB"


def attach(*keys_texts: tuple[str, str]) -> str:
    rows = "".join(f'<li>{a(url(k), t)} <span class="size">({size(k)})</span></li>' for k, t in keys_texts)
    return f'<div class="attach"><b>ไฟล์แนบ</b><ul>{rows}</ul></div>'


# ---------------------------------------------------------------- news

NEWS = {  # id: (date, title, body, attachments); FY2569 first, then FY2568 (page 2)
    1201: ("2 เม.ย. 2569", "ตม.จว.สตูล เตรียมความพร้อมรับนักท่องเที่ยวช่วงเทศกาลสงกรานต์ 2569",
           "<p>พ.ต.อ.ธีรวัฒน์ แสงอรุณศักดิ์ ผกก.ตม.จว.สตูล ประชุมเตรียมความพร้อมเพิ่มช่องตรวจที่ด่านตรวจคนเข้าเมือง"
           "ท่าเรือตำมะลัง ช่วงวันที่ 10 - 17 เมษายน 2569 รองรับผู้เดินทางจากเกาะลังกาวี</p>", []),
    1195: ("20 มี.ค. 2569", "โครงการอบรมส่งเสริมคุณธรรมจริยธรรม ข้าราชการตำรวจ ตม.จว.สตูล ประจำปี 2569",
           "<p>เมื่อวันที่ 18 มีนาคม 2569 ตม.จว.สตูล จัดอบรมขับเคลื่อนประมวลจริยธรรมข้าราชการตำรวจ "
           "และการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา มีข้าราชการตำรวจเข้าร่วม 74 นาย "
           "พร้อมกิจกรรมประกาศ Do's &amp; Don'ts ของเจ้าหน้าที่จุดบริการ</p>", []),
    1188: ("26 ก.พ. 2569", "สรุปผลการประชุมรับฟังความคิดเห็นผู้ประกอบการที่พัก เรื่องการแจ้งที่พักคนต่างด้าว (ตม.30)",
           "<p>เมื่อวันที่ 18 กุมภาพันธ์ 2569 ตม.จว.สตูล เปิดโอกาสให้ผู้ประกอบการโรงแรม รีสอร์ต และโฮมสเตย์ "
           "ในจังหวัดสตูลและเกาะหลีเป๊ะ ร่วมแสดงความคิดเห็นต่อการให้บริการแจ้งที่พักออนไลน์ "
           "ผู้เข้าร่วม 64 ราย ประเด็นที่เสนอ ได้แก่ ระบบล่าช้าช่วงเย็น และขอให้มีจุดรับแจ้งที่ท่าเรือปากบารา</p>"
           "<p>ผลการดำเนินการ: ตม.จว.สตูล เปิดจุดรับแจ้งเคลื่อนที่ที่ท่าเรือปากบาราทุกวันศุกร์ ตั้งแต่ 6 มีนาคม 2569 "
           "และจัดทำคู่มือการแจ้ง ตม.30 ฉบับภาษาอังกฤษแจกผู้ประกอบการ</p>", []),
    1181: ("10 ก.พ. 2569", "ขอเชิญผู้ประกอบการที่พักเข้าร่วมประชุมรับฟังความคิดเห็น วันที่ 18 กุมภาพันธ์ 2569",
           "<p>ตม.จว.สตูล ขอเชิญผู้ประกอบการโรงแรมและที่พักเข้าร่วมประชุม ณ ห้องประชุมชั้น 2 เวลา 09.30 น.</p>",
           [("invite", "หนังสือเชิญประชุม")]),
    1176: ("15 ม.ค. 2569", "เผยแพร่รายงานผลการปฏิบัติราชการประจำปี",
           "<p>ตม.จว.สตูล เผยแพร่รายงานผลการปฏิบัติราชการประจำปี เพื่อให้ประชาชนทราบผลการดำเนินงาน</p>",
           [("report-2567", "รายงานผลการปฏิบัติราชการประจำปี (Word)")]),
    1170: ("5 ม.ค. 2569", "ผกก.ตม.จว.สตูล ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ พ.ศ. 2569",
           "<p>ผกก.ตม.จว.สตูล ประกาศเจตจำนงสุจริตต่อหน้าข้าราชการตำรวจในสังกัด</p>",
           [("integrity-decl", "ประกาศเจตจำนงสุจริต (สแกน)")]),
    1162: ("12 ธ.ค. 2568", "ชุดปฏิบัติการ ตม.จว.สตูล ตรวจสถานประกอบการที่พักในเขตอำเภอละงู",
           "<p>ตรวจสถานประกอบการที่พัก 14 แห่ง ให้คำแนะนำการแจ้งที่พักคนต่างด้าวตามมาตรา 38</p>", []),
    1155: ("20 พ.ย. 2568", "ประกาศผู้ชนะการเสนอราคา จ้างจัดพิมพ์รูปเล่มแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569",
           "<p>รายละเอียดตามไฟล์แนบ</p>", [("print-notice", "ประกาศผู้ชนะการเสนอราคา")]),
    1152: ("18 พ.ย. 2568", "ข่าวจากหน่วยงานเครือข่าย : แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569",
           "<p>เผยแพร่เอกสารจากหน่วยงานเครือข่ายในสังกัด บก.ตม.6 เพื่อเป็นแนวทาง</p>",
           [("trang-plan", "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569")]),
    1149: ("3 พ.ย. 2568", "บริการรับรายงานตัว 90 วันนอกสถานที่ ณ เกาะหลีเป๊ะ",
           "<p>ตม.จว.สตูล ออกให้บริการรับรายงานตัวคนต่างด้าวอยู่เกิน 90 วัน ณ เกาะหลีเป๊ะ รวม 131 ราย</p>", []),
    1142: ("8 ต.ค. 2568", "พ.ต.อ.ธีรวัฒน์ แสงอรุณศักดิ์ รับตำแหน่ง ผกก.ตม.จว.สตูล",
           "<p>ข้าราชการตำรวจในสังกัดให้การต้อนรับ ผกก.ตม.จว.สตูล คนใหม่</p>", []),
    # FY2568 (page 2)
    1104: ("22 ส.ค. 2568", "ตม.จว.สตูล ร่วมกิจกรรมวันต่อต้านการค้ามนุษย์", "<p>ร่วมกิจกรรมกับจังหวัดสตูล</p>", []),
    1098: ("25 ก.พ. 2568", "ประชุมรับฟังความคิดเห็นผู้ประกอบการเรือโดยสารท่าเรือตำมะลัง",
           "<p>เมื่อวันที่ 20 กุมภาพันธ์ 2568 ผู้ประกอบการเรือโดยสาร 22 รายร่วมเสนอความคิดเห็นเรื่องช่องตรวจ</p>", []),
    1090: ("10 ธ.ค. 2567", "ตม.จว.สตูล ย้ายเว็บไซต์สู่ระบบใหม่",
           "<p>ข้อมูลเดิมยังเปิดดูได้ที่เว็บไซต์เดิม</p>", []),
}
FY2568_NEWS = [1104, 1098, 1090]


def news_pages() -> None:
    for nid, (date, title, body, att) in NEWS.items():
        extra = attach(*att) if att else ""
        save(f"/news/{nid}/", layout(title, f'<p class="date">โพสต์เมื่อ {date} · โดย งานประชาสัมพันธ์</p>{body}{extra}'
                                           f'<p>{a("/news/", "« กลับหน้าข่าว")}</p>'))
    for page, ids in ((1, [n for n in NEWS if n not in FY2568_NEWS]), (2, FY2568_NEWS)):
        items = "".join(f'<li><span class="date">{NEWS[n][0]}</span> {a(f"/news/{n}/", NEWS[n][1])}</li>' for n in ids)
        pager = (f'<p class="pager">หน้า 1 | {a("/news/?page=2", "2")} | {a("/news/?page=2", "ถัดไป »")}</p>' if page == 1
                 else f'<p class="pager">{a("/news/", "« ก่อนหน้า")} | {a("/news/", "1")} | หน้า 2</p>')
        save("/news/" if page == 1 else "/news/?page=2", layout("ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}'))


# ---------------------------------------------------------------- ITA 2569, one page per group

GROUPS = [  # (group, heading, rows (code, wording, [(href, text)] or a note))
    ("9.1 ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้างหน่วยงาน และอำนาจหน้าที่", [("/about/structure/", "โครงสร้าง"), ("/about/authority/", "อำนาจหน้าที่")]),
        ("o2", "ผู้บริหาร ตม.จว.สตูล", [("/about/executives/", "ข้อมูลผู้บริหาร")]),
        ("o3", "ช่องทางติดต่อ / ถาม-ตอบ", [("/contact/", "ติดต่อเรา"), ("/qa/", "ถาม-ตอบ (Q&A)")]),
        ("o4", "ข่าวประชาสัมพันธ์", [("/news/", "ข่าวประชาสัมพันธ์")]),
    ]),
    ("9.2 การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("o5", "แผนยุทธศาสตร์ ตม.จว.สตูล", [("/index.php?option=com_content&view=article&id=98", "แผนยุทธศาสตร์")]),
        ("o6", "แผนปฏิบัติราชการและแผนการใช้จ่ายงบประมาณ", [("/index.php?option=com_flipbook&view=book&id=6", "เปิดดู (E-Book)")]),
        ("o7", "รายงานผลการปฏิบัติราชการประจำปี", [("/news/1176/", "รายงานผลการปฏิบัติราชการ")]),
        ("o8", "คู่มือการปฏิบัติงาน (SOP)", [(url("manual-staff"), "คู่มือการปฏิบัติงาน งานตรวจลงตรา")]),
        ("o9", "คู่มือประชาชน", [("/index.php?option=com_flipbook&view=book&id=9", "คู่มือการขออยู่ต่อ")]),
        ("o10", "E-Service และสถิติการให้บริการ", [("/eservice/", "E-Service"), ("/service/statistics/", "สถิติ")]),
    ]),
    ("9.3 การจัดซื้อจัดจ้าง", [
        ("o11", "สขร.1 รายเดือน", [("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน")]),
        ("o12", "สรุปผลจัดซื้อจัดจ้างประจำปี", [(url("proc-annual"), "รายงานสรุปผล ปีงบประมาณ 2568")]),
    ]),
    ("9.4 การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("o13", "หลักเกณฑ์ / แผนพัฒนาบุคลากร", [(url("hr-criteria"), "หลักเกณฑ์"), (url("hr-plan-2569"), "แผนพัฒนาบุคลากร 2569")]),
        ("o14", "รายงานผลการพัฒนาบุคลากร", "อยู่ระหว่างจัดทำรายงาน"),
        ("o15", "ประมวลจริยธรรม / การขับเคลื่อน", [(url("ethics-code"), "ประมวลจริยธรรม"), ("/news/1195/", "กิจกรรมขับเคลื่อน")]),
    ]),
    ("9.5 การส่งเสริมความโปร่งใส", [
        ("o16", "คู่มือจัดการเรื่องร้องเรียนการทุจริต", [(url("complaint-manual"), "คู่มือ")]),
        ("o17", "ช่องทางร้องเรียนการทุจริต", [("/complaint/", "แจ้งเรื่องร้องเรียน")]),
        ("o18", "สถิติเรื่องร้องเรียน", [(url("complaint-stats"), "สถิติเรื่องร้องเรียน")]),
        ("o19", "การมีส่วนร่วม", [("/news/1188/", "ประชุมรับฟังความคิดเห็นผู้ประกอบการที่พัก")]),
    ]),
    ("10.1 การป้องกันการทุจริต", [
        ("o20", "No Gift Policy", [("/policy/nogift/", "No Gift Policy")]),
        ("o21", "การประเมินความเสี่ยงการทุจริต", [(url("risk-2568"), "ผลการประเมินความเสี่ยงการทุจริต")]),
        ("o22", "รายงานผลตามแผนบริหารความเสี่ยงการทุจริต", [("/download.php?id=34", "รายงานผล")]),
    ]),
    ("10.2 การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("o23", "แผนป้องกันการทุจริต", [(url("acp-2569"), "แผนปฏิบัติการป้องกันการทุจริต 2569")]),
        ("o24", "รายงานผลการป้องกันการทุจริต", [(url("acr-2568"), "รายงานผล ปีงบประมาณ 2568")]),
        ("o25", "การนำผล ITA ไปพัฒนา", [("/index.php?option=com_content&view=article&id=112", "การวิเคราะห์ผล ITA")]),
        ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [(url("integrity-2568"), "รายงานผล")]),
    ]),
]


def ita_pages() -> None:
    selector = (f'<p class="years">เลือกปี : <b>2569</b> | {a("/ita/?year=2568", "2568")} | '
                f'{a("/index.php?option=com_content&view=article&id=112", "2567 (เว็บไซต์เดิม)")}</p>')
    hub = "".join(f'<li>{a(f"/ita/?year=2569&group={i}", g)}</li>' for i, (g, _rows) in enumerate(GROUPS, 1))
    save("/ita/", layout("การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2569",
                         f"{selector}<p>ตัวชี้วัดที่ 9 - 10 การเปิดเผยข้อมูลสาธารณะ (OIT) เลือกตัวชี้วัดย่อย</p><ol>{hub}</ol>"))
    for i, (g, rows) in enumerate(GROUPS, 1):
        body = []
        for code, wording, links in rows:
            cell = esc(links) if isinstance(links, str) else "<br>".join(a(h, t) for h, t in links)
            body.append([code, esc(wording), cell])
        nav = f'<p>{a("/ita/", "« กลับหน้า ITA 2569")}</p>'
        save(f"/ita/?year=2569&group={i}", layout(f"ITA 2569 : {g}", selector + table(["ข้อ", "ข้อมูล", "ลิงก์"], body) + nav))
    old = [["o1", "โครงสร้าง", a("/index.php?option=com_content&view=article&id=87", "โครงสร้าง")],
           ["o5", "แผนยุทธศาสตร์ 2564-2568", a(url("strategy"), "แผนยุทธศาสตร์")],
           ["o6", "แผนปฏิบัติราชการ 2568", a("/index.php?option=com_flipbook&view=book&id=6", "E-Book")],
           ["o11", "สขร.1 (ก.ย. 2568)", a(url("sk-39"), "สขร.1 กันยายน 2568")],
           ["o22", "ประเมินความเสี่ยงการทุจริต 2568", a(url("risk-2568"), "ประเมินความเสี่ยง")],
           ["o23", "รายงานผลการจัดการความเสี่ยง 2567", a("/images/stories/ita2568/o23.pdf", "รายงานผล")],
           ["o36", "แผนป้องกันการทุจริต 2568", a(url("acp-2568"), "แผนป้องกันการทุจริต 2568")],
           ["o40", "มาตรการส่งเสริมคุณธรรม 2568", a("/index.php?option=com_content&view=article&id=112", "มาตรการ")]]
    save("/ita/?year=2568", layout("ITA ประจำปี 2568 (OIT)",
                                   f'<p class="years">เลือกปี : {a("/ita/", "2569")} | <b>2568</b></p>'
                                   + table(["ข้อ", "ข้อมูล", "ลิงก์"], old)))


# ---------------------------------------------------------------- old Joomla copies

def old_pages() -> None:
    base = "/index.php?option=com_content&view=article&id="
    save(base + "98", old_layout("แผนยุทธศาสตร์ ตม.จว.สตูล", f"<p>เผยแพร่แผนยุทธศาสตร์ สำนักงานตรวจคนเข้าเมืองจังหวัดสตูล</p>"
                                 f'<p><img src="/images/stories/pdf.gif" alt="pdf" /> {a(url("strategy"), "ดาวน์โหลดแผนยุทธศาสตร์")}</p>',
                                 "วันพุธที่ 20 มกราคม 2564 เวลา 10:12 น."))
    save(base + "112", old_layout("การวิเคราะห์ผลการประเมิน ITA และมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
                                  "<p>ตม.จว.สตูล วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส และกำหนดมาตรการส่งเสริมคุณธรรม</p>"
                                  f'<p><img src="/images/stories/pdf.gif" alt="pdf" /> {a(url("ita-analysis-2567"), "เอกสารแนบ")}</p>',
                                  "วันศุกร์ที่ 6 ธันวาคม 2567 เวลา 14:40 น."))
    chart = ("<p>ผกก.ตม.จว.สตูล (พ.ต.อ.ประเสริฐ วงศ์ทะเลงาม)</p><p>รอง ผกก. ๒ นาย</p><p>ฝ่ายอำนวยการ · งานบริการคนต่างด้าว · "
             "งานสืบสวนปราบปราม · ด่าน ตม.ท่าเรือตำมะลัง · ด่าน ตม.วังประจัน</p><p>ข้อมูล ณ วันที่ ๑ มิถุนายน ๒๕๖๖</p>")
    save(base + "87", old_layout("โครงสร้างหน่วยงาน", chart, "วันพฤหัสบดีที่ ๑ มิถุนายน ๒๕๖๖"))
    cat = "".join(f"<li>{a(base + i, t)}</li>" for i, t in (("112", "การวิเคราะห์ผล ITA 2567"), ("98", "แผนยุทธศาสตร์"),
                                                            ("87", "โครงสร้างหน่วยงาน")))
    save("/index.php?option=com_content&view=category&id=7", old_layout("ข่าวสาร", f"<ul>{cat}</ul>", "หมวด: ข่าวสาร"))
    for bid, key, title, drive in ((6, "plan-2568", "แผนปฏิบัติราชการประจำปี", "1vQpl4nS7x2Tk9Lw0aZ"),
                                   (9, "manual-public", "คู่มือสำหรับประชาชน : การขออยู่ต่อในราชอาณาจักร", "1Hc0mPz8yR3uVb6Jd2K")):
        body = (f'<iframe src="https://drive.google.com/file/d/{drive}/preview" width="640" height="820"></iframe>'
                f'<p>{a(url(key), "ดาวน์โหลดไฟล์ (PDF)")} · <a href="https://drive.google.com/file/d/{drive}/view">เปิดใน Google Drive</a></p>')
        save(f"/index.php?option=com_flipbook&view=book&id={bid}", old_layout(title, body, "E-Book"))


# ---------------------------------------------------------------- the new site's pages

def site_pages() -> None:
    latest = "".join(f'<li>{NEWS[n][0]} {a(f"/news/{n}/", NEWS[n][1])}</li>' for n in (1201, 1195, 1188, 1176, 1162))
    save("/", layout("หน้าหลัก", f'<div class="banner">ยินดีต้อนรับสู่ {ORG}</div><h2>ข่าวล่าสุด</h2><ul>{latest}</ul>'
                     f'<p>{a("/news/", "ข่าวทั้งหมด")}</p><h2>บริการ</h2><ul><li>{a("/service/90day/", "รายงานตัว 90 วัน")}</li>'
                     f'<li>{a("/service/tm30/", "แจ้งที่พัก ตม.30")}</li><li>{a("/service/extension/", "ขออยู่ต่อในราชอาณาจักร")}</li></ul>'))
    save("/about/history/", layout("ประวัติหน่วยงาน", "<p>ตม.จว.สตูล เดิมคือ ด่านตรวจคนเข้าเมืองจังหวัดสตูล "
                                   "ยกฐานะเป็นสำนักงานตรวจคนเข้าเมืองจังหวัดในสังกัด บก.ตม.6 เมื่อปี พ.ศ. 2547</p>"
                                   f'<p>{a("/about/vision/", "วิสัยทัศน์ พันธกิจ")}</p>'))
    save("/about/vision/", layout("วิสัยทัศน์ พันธกิจ", "<p>วิสัยทัศน์ : ตรวจคนเข้าเมืองจังหวัดสตูล มั่นคง ปลอดภัย บริการด้วยใจ</p>"
                                  "<p>พันธกิจ : ตรวจบุคคลเข้าออก บริการคนต่างด้าว ป้องกันและปราบปรามการกระทำผิดกฎหมายคนเข้าเมือง</p>"))
    save("/about/structure/", layout("โครงสร้างหน่วยงาน", """<img src="/assets/chart.png" alt="แผนภูมิโครงสร้าง" width="400">
<ul class="tree"><li>ผู้กำกับการตรวจคนเข้าเมืองจังหวัดสตูล (ผกก.ตม.จว.สตูล)<ul>
<li>รองผู้กำกับการ (ด้านบริหารและบริการ)<ul><li>ฝ่ายอำนวยการ (ธุรการ กำลังพล งบประมาณ พัสดุ)</li>
<li>งานบริการคนต่างด้าว (ตรวจลงตรา ขออยู่ต่อ รายงานตัว 90 วัน รับแจ้งที่พัก)</li></ul></li>
<li>รองผู้กำกับการ (ด้านตรวจคนเข้าเมืองและสืบสวน)<ul><li>งานสืบสวนปราบปราม</li>
<li>ด่านตรวจคนเข้าเมืองท่าเรือตำมะลัง</li><li>ด่านตรวจคนเข้าเมืองวังประจัน</li><li>จุดตรวจท่าเรือปากบารา</li></ul></li>
</ul></li></ul><p>ข้อมูล ณ วันที่ 1 พฤศจิกายน 2568</p>""" + f'<p>{a("/about/authority/", "อำนาจหน้าที่")}</p>'))
    save("/about/authority/", layout("อำนาจหน้าที่", ("<p>ตามพระราชบัญญัติคนเข้าเมือง พ.ศ. 2522 และกฎกระทรวงแบ่งส่วนราชการ"
                                                    "สำนักงานตำรวจแห่งชาติ สำนักงานตรวจคนเข้าเมืองจังหวัดสตูลมีอำนาจหน้าที่ ดังนี้</p><ol>"
                                                    "<li>ตรวจบุคคลและพาหนะที่เดินทางเข้าออกราชอาณาจักรตามช่องทางในพื้นที่ (มาตรา 18)</li>"
                                                    "<li>พิจารณาอนุญาตการขออยู่ต่อในราชอาณาจักรเป็นการชั่วคราว (มาตรา 35)</li>"
                                                    "<li>รับแจ้งที่พักอาศัยของคนต่างด้าว (มาตรา 38) และรับรายงานตัวคนต่างด้าวอยู่เกิน 90 วัน (มาตรา 37)</li>"
                                                    "<li>สืบสวน ปราบปราม จับกุมคนต่างด้าวที่กระทำผิดกฎหมายคนเข้าเมือง</li>"
                                                    "<li>ป้องกันและปราบปรามการค้ามนุษย์ในพื้นที่ชายแดน</li>"
                                                    "<li>ปฏิบัติงานอื่นตามที่ได้รับมอบหมาย</li></ol>").translate(THAI)))
    execs = [("พันตำรวจเอก ธีรวัฒน์ แสงอรุณศักดิ์", "ผู้กำกับการตรวจคนเข้าเมืองจังหวัดสตูล", "0 7471 2090"),
             ("พันตำรวจโท อัมรินทร์ เจ๊ะหมาด", "รองผู้กำกับการ (ด้านบริหารและบริการ)", "0 7471 2091"),
             ("พันตำรวจโท ศักดิ์ชัย ทองนพคุณ", "รองผู้กำกับการ (ด้านตรวจคนเข้าเมืองและสืบสวน)", "0 7471 2092")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="120"><p><b>{esc(n)}</b><br>{esc(p)}'
                    f"<br>โทร. {t}</p></div>" for n, p, t in execs)
    save("/about/executives/", layout("ผู้บริหาร", cards))
    save("/contact/", layout("ติดต่อเรา", f"<p>{ORG}<br>88 หมู่ 4 ถนนบุหงารายา ตำบลพิมาน อำเภอเมืองสตูล จังหวัดสตูล 91000</p>"
                             f"<p>โทรศัพท์ {PHONE} · โทรสาร 0 7471 2094 · อีเมล satun.imm.office@gmail.com</p>"
                             "<p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>"
                             '<p><a href="https://maps.google.com/?q=6.6238,100.0674">แผนที่ Google Maps</a></p>'
                             f'<p>สอบถามข้อมูล : {a("/qa/", "กระดานถาม-ตอบ")}</p>'))
    qa = ("<div class=\"q\"><b>ถาม (12 ม.ค. 2569):</b> ขออยู่ต่อกรณีเกษียณต้องใช้เงินฝากเท่าไร<br><b>ตอบ:</b> เงินฝากไม่น้อยกว่า "
          "800,000 บาท หรือรายได้ต่อเดือนไม่น้อยกว่า 65,000 บาท</div><div class=\"q\"><b>ถาม (2 มี.ค. 2569):</b> "
          "แจ้ง ตม.30 ออนไลน์ไม่ได้ ทำอย่างไร<br><b>ตอบ:</b> ติดต่องานบริการคนต่างด้าว โทร. 0 7471 2093 ต่อ 12</div>"
          '<form method="post" action="/qa/post.php"><label>ชื่อ <input name="name"></label>'
          '<label>คำถาม <textarea name="question"></textarea></label><button>ส่งคำถาม</button></form>')
    save("/qa/", layout("ถาม-ตอบ (Q&A)", qa))
    svc = "".join(f"<li>{a(u, t)}</li>" for u, t in (("/service/90day/", "การรายงานตัวคนต่างด้าวอยู่เกิน 90 วัน"),
                                                     ("/service/tm30/", "การแจ้งที่พักอาศัยของคนต่างด้าว (ตม.30)"),
                                                     ("/service/extension/", "การขออยู่ต่อในราชอาณาจักร"),
                                                     ("/eservice/", "E-Service นัดหมายออนไลน์"),
                                                     ("/service/statistics/", "สถิติการให้บริการ")))
    save("/service/", layout("งานบริการ", f"<ul>{svc}</ul>"))
    save("/service/90day/", layout("การรายงานตัว 90 วัน", "<p>คนต่างด้าวที่อยู่ในราชอาณาจักรเกิน 90 วัน ต้องแจ้งที่พักทุก 90 วัน "
                                   "ยื่นได้ที่สำนักงาน ทางไปรษณีย์ หรือออนไลน์</p>"
                                   '<p><a href="https://tm47.immigration.go.th/tm47/#/login">ระบบรายงานตัวออนไลน์</a></p>'))
    save("/service/tm30/", layout("การแจ้งที่พัก ตม.30", "<p>เจ้าบ้าน ผู้ครอบครอง หรือผู้จัดการโรงแรม ต้องแจ้งภายใน 24 ชั่วโมง</p>"
                                  '<p><a href="https://tm30.immigration.go.th/tm30/#/login">ระบบแจ้งที่พักออนไลน์</a></p>'))
    save("/service/extension/", layout("การขออยู่ต่อในราชอาณาจักร", "<p>ยื่นแบบ ตม.7 ค่าธรรมเนียม 1,900 บาท</p>"
                                       f'<p>{a("/index.php?option=com_flipbook&view=book&id=9", "คู่มือสำหรับประชาชน (E-Book)")}</p>'))
    form = ('<form method="post" action="/eservice/booking.php"><p>นัดหมายล่วงหน้ายื่นคำขออยู่ต่อ / Re-entry</p>'
            '<label>ชื่อ-สกุล (ตามหนังสือเดินทาง) <input name="fullname" required></label>'
            '<label>สัญชาติ <input name="nationality"></label><label>เลขหนังสือเดินทาง <input name="passport"></label>'
            '<label>ประเภทคำขอ <select name="type"><option>ขออยู่ต่อ</option><option>Re-entry</option></select></label>'
            '<label>วันที่ต้องการ <input type="date" name="date"></label><label>อีเมล <input type="email" name="email"></label>'
            '<button type="submit">ส่งคำขอนัดหมาย</button></form>')
    save("/eservice/", layout("E-Service ระบบนัดหมายออนไลน์", form + f'<p>{a("/service/statistics/", "สถิติการให้บริการ")}</p>'))
    save("/service/statistics/", layout("สถิติการให้บริการ", "<ul>"
                                        f'<li>{a(url("stats-2569"), "สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")} (xlsx)</li>'
                                        f'<li>{a(url("stats-2568"), "สถิติการให้บริการ ปีงบประมาณ 2568")} (xlsx)</li></ul>'))
    # procurement with a year selector
    months = [(40, "ตุลาคม 2568"), (41, "พฤศจิกายน 2568"), (42, "ธันวาคม 2568"), (44, "กุมภาพันธ์ 2569"), (45, "มีนาคม 2569")]
    rows = [[str(i), esc(f"สขร.1 ประจำเดือน{m}"), a(url(f"sk-{n}"), "ดาวน์โหลด (.xls)")] for i, (n, m) in enumerate(months, 1)]
    sel = f'<p class="years">ปีงบประมาณ : <b>2569</b> | {a("/procurement/?year=2568", "2568")}</p>'
    save("/procurement/", layout("สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", sel + table(["ลำดับ", "รายการ", "ไฟล์"], rows)))
    old_rows = [["1", esc("สขร.1 ประจำเดือนสิงหาคม 2568"), a(url("sk-38"), "ดาวน์โหลด (.xls)")],
                ["2", esc("สขร.1 ประจำเดือนกันยายน 2568"), a(url("sk-39"), "ดาวน์โหลด (.xls)")],
                ["3", esc("รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี 2568"), a(url("proc-annual"), "ดาวน์โหลด (.pdf)")]]
    sel68 = f'<p class="years">ปีงบประมาณ : {a("/procurement/", "2569")} | <b>2568</b></p>'
    save("/procurement/?year=2568", layout("สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", sel68 + table(["ลำดับ", "รายการ", "ไฟล์"], old_rows)))
    docs = [("strategy-eval", "รายงานการติดตามประเมินผลแผนยุทธศาสตร์", "5 พ.ย. 2568"),
            ("acp-2569-draft", "(ร่าง) แผนปฏิบัติการป้องกันการทุจริต 2569", "10 ต.ค. 2568"),
            ("acp-2569", "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2569", "3 พ.ย. 2568"),
            ("hr-plan-2569", "แผนพัฒนาบุคลากร 2569", "20 ต.ค. 2568"),
            ("complaint-manual", "คู่มือการจัดการเรื่องร้องเรียน", "8 พ.ย. 2567"),
            ("manual-staff", "คู่มือการปฏิบัติงาน (SOP) งานตรวจลงตรา", "3 มิ.ย. 2567"),
            ("gift-report-2568", "รายงานการรับของขวัญ", "15 ต.ค. 2568")]
    rows = [[esc(t), date, a(url(k), "ดาวน์โหลด"), size(k)] for k, t, date in docs]
    save("/documents/", layout("เอกสารเผยแพร่", table(["ชื่อเอกสาร", "วันที่", "ไฟล์", "ขนาด"], rows)))
    save("/complaint/", layout("แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
                               '<form method="post" action="/complaint/send.php"><label>ชื่อผู้ร้อง (ไม่ระบุได้) <input name="name"></label>'
                               '<label>เจ้าหน้าที่/หน่วยที่ถูกร้องเรียน <input name="target"></label>'
                               '<label>รายละเอียด <textarea name="detail" required></textarea></label>'
                               '<label>หลักฐาน <input type="file" name="file"></label><button type="submit">ส่งเรื่องร้องเรียน</button></form>'
                               f"<p>หรือโทร. {PHONE} · ตู้รับเรื่องร้องเรียนหน้าสำนักงาน · "
                               '<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></p>'
                               f'<p>{a(url("complaint-manual"), "ขั้นตอนการจัดการเรื่องร้องเรียน")}</p>'))
    save("/policy/nogift/", layout("No Gift Policy", "<p>ตม.จว.สตูล ส่งเสริมวัฒนธรรมองค์กรไม่รับของขวัญ</p><ul>"
                                   f'<li>{a(url("nogift-2567"), "ประกาศนโยบาย No Gift Policy")}</li>'
                                   f'<li>{a(url("gift-report-2568"), "รายงานผลการรับของขวัญและประโยชน์อื่นใด")}</li></ul>'
                                   "<p>ปรับปรุงล่าสุด 15 ต.ค. 2568</p>"))
    links = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, t in (("https://www.immigration.go.th/", "สำนักงานตรวจคนเข้าเมือง"),
                                                                       ("https://www.royalthaipolice.go.th/", "สำนักงานตำรวจแห่งชาติ")))
    save("/links/", layout("ลิงก์หน่วยงาน", f"<ul>{links}</ul>"))
    smap = "".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    save("/sitemap/", layout("แผนผังเว็บไซต์", f"<ul>{smap}<li>{a('/policy/nogift/', 'No Gift Policy')}</li></ul>"))


def assets() -> None:
    from PIL import Image

    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    for name, colour, wh in (("logo.png", (128, 0, 0), (72, 72)), ("person.png", (200, 200, 200), (60, 80)),
                             ("chart.png", (230, 230, 250), (200, 120))):
        buf = io.BytesIO()
        Image.new("RGB", wh, colour).save(buf, format="PNG")
        with open(os.path.join(HERE, "assets", name), "wb") as fh:
            fh.write(buf.getvalue())
    with open(os.path.join(HERE, "assets", "site.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#head{background:#123a6b;color:#fff;padding:8px}"
                 "#menu ul{display:flex;list-style:none;background:#0d2a4f;margin:0}#menu a{color:#fff;padding:6px}"
                 "#wrap{display:flex}#content{flex:3;padding:12px}#side{flex:1;background:#eef}"
                 ".grid td,.grid th{border:1px solid #999;padding:4px}#foot{background:#ddd;padding:8px}\n")
    gif = os.path.join(HERE, "images", "stories", "pdf.gif")
    os.makedirs(os.path.dirname(gif), exist_ok=True)
    Image.new("P", (16, 16), 1).save(gif, format="GIF")


def main() -> None:
    for folder in ("about", "news", "ita", "index.php.q", "service", "eservice", "procurement", "documents", "complaint",
                   "policy", "links", "sitemap", "contact", "qa", "assets"):
        shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)
    assets()
    site_pages()
    news_pages()
    ita_pages()
    old_pages()
    print(sum(1 for _r, _d, fs in os.walk(HERE) for f in fs if f == "index.html"), "pages")


if __name__ == "__main__":
    main()
