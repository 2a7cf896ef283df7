"""Generate the HTML pages of the "muangtemplate" test site (เทศบาลเมืองศรีพนาราม, invented).

Run:  python tests/sites/muangtemplate/_make_pages.py   (after _make_docs.py: file sizes are read
from the files it wrote)

A เทศบาลเมือง on a provider's ready-made template: a news ticker, a banner, a drop-down menu with
many sub-menus, a side column (the mayor, ITA banners, quick links, a poll, a visitor counter) and
a footer on every page; pages are folder/index.html.  Uploads live in the template's
"ศูนย์ข้อมูลข่าวสาร": a list per category (/datacenter/cat/<cat>/) whose rows lead to a detail
page (/datacenter/detail/<id>/) that holds the file link; the monthly สขร.1 are in the
procurement module (/procurement/skr/, six rows a page).  The ITA page /ita/2568/ was made by
copying last year's page and editing the rows: o1 … o26 in the office's own wording, linking
files, detail pages, other pages or category lists; last year's /ita/2567/ is still online.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "เทศบาลเมืองศรีพนาราม"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณรายจ่าย",
        "report": "รายงานผลการดำเนินงาน", "finance": "รายงานการเงินการคลัง", "manual": "คู่มือ",
        "stats": "ข้อมูลสถิติ", "procure": "การจัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรม จริยธรรม และการป้องกันการทุจริต", "school": "สถานศึกษาในสังกัด"}
HIDDEN = {"anti-report-66"}  # uploaded without a category: linked only from last year's ITA page
MISSING_SIZE = "512.3 KB"
DC = [k for k in ROWS if ROWS[k][1] in CATS and k not in HIDDEN]
DETAIL = {k: 2140 + 17 * i + (i * 5) % 13 for i, k in enumerate(sorted(DC))}  # the template's record ids
VIEWS = {k: 37 + (i * 71) % 409 for i, k in enumerate(sorted(ROWS))}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key)


def det(key: str) -> str:
    return f"/datacenter/detail/{DETAIL[key]}/"


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


MENU = [
    ("หน้าหลัก", "/", []),
    ("ข้อมูลพื้นฐาน", "#", [("ประวัติความเป็นมา", "/content/history/"), ("วิสัยทัศน์ / พันธกิจ", "/content/vision/"),
                           ("สภาพทั่วไปและข้อมูลพื้นฐาน", "/content/general/"), ("อำนาจหน้าที่", "/content/authority/"),
                           ("โครงสร้างส่วนราชการ", "/content/structure/")]),
    ("บุคลากร", "#", [("คณะผู้บริหาร", "/content/executives/"), ("สมาชิกสภาเทศบาล", "/content/council/"),
                      ("ทำเนียบนายกเทศมนตรี", "/content/former-mayors/"), ("สำนักปลัดเทศบาล", "/content/dept/palad/"),
                      ("กองคลัง", "/content/dept/finance/"), ("กองช่าง", "/content/dept/engineer/"),
                      ("กองสาธารณสุขและสิ่งแวดล้อม", "/content/dept/health/"), ("กองการศึกษา", "/content/dept/education/"),
                      ("กองยุทธศาสตร์และงบประมาณ", "/content/dept/strategy/")]),
    ("ข่าวสาร", "#", [("ข่าวประชาสัมพันธ์", "/news/"), ("ประกาศจัดซื้อจัดจ้าง", "/procurement/announce/"),
                      ("สรุปผลการจัดซื้อจัดจ้าง (สขร.1)", "/procurement/skr/")]),
    ("ศูนย์ข้อมูลข่าวสาร", "/datacenter/", [(n, f"/datacenter/cat/{s}/") for s, n in CATS.items()]),
    ("บริการประชาชน", "#", [("E-Service", "/eservice/"), ("ศูนย์บริการร่วม", "/content/onestop/"),
                            ("คู่มือประชาชน", "/datacenter/cat/manual/"), ("กระดานสนทนา", "/webboard/")]),
    ("ร้องเรียน", "#", [("ร้องเรียน/ร้องทุกข์", "/complaint/"), ("แจ้งเบาะแสการทุจริต", "/complaint/corruption/")]),
    ("ITA", "/ita/", [("ITA 2568", "/ita/2568/"), ("ITA 2567", "/ita/2567/")]),
    ("ติดต่อเรา", "/content/contact/", []),
]


def menu_html() -> str:
    out = []
    for text, href, subs in MENU:
        sub = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in subs)
        out.append(f'<li><a href="{href}">{esc(text)}</a>' + (f"<ul>{sub}</ul>" if sub else "") + "</li>")
    return "".join(out)


MENU_HTML = menu_html()


def layout(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<link rel="stylesheet" href="/assets/template.css"></head><body>
<div id="ticker"><marquee>ยินดีต้อนรับสู่เว็บไซต์{ORG} · ชำระภาษีที่ดินและสิ่งปลูกสร้างภายใน 30 เมษายน 2568</marquee></div>
<div id="banner"><img src="/assets/logo.png" alt="ตราสัญลักษณ์{ORG}" width="70" height="70">
<b>{ORG}</b> <small>Sriphanaram Town Municipality</small></div>
<ul id="nav">{MENU_HTML}</ul>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/mayor.png" alt="นายกเทศมนตรี" width="80" height="100"><br>นายชยพล วงศ์ศรีสุข<br>นายกเทศมนตรีเมืองศรีพนาราม<br>สายตรงนายกฯ 0 4405 6120 ต่อ 101</div>
<div class="box"><a href="/ita/2568/"><img src="/assets/ita.png" alt="ITA 2568" width="180" height="50"></a>
<a href="/ita/2567/">ITA 2567</a> · <a href="/datacenter/">ศูนย์ข้อมูลข่าวสาร</a> · <a href="/eservice/">E-Service</a> ·
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a> · <a href="https://www.gprocurement.go.th/">e-GP</a> ·
<a href="https://www.dla.go.th/">สถ.</a></div>
<div class="box">แบบสำรวจความพึงพอใจ<br><input type="radio" name="poll"> มาก <input type="radio" name="poll"> ปานกลาง
<input type="radio" name="poll"> น้อย</div><div class="box">ผู้เข้าชม ๓๘๑,๐๒๗</div>
</div><div id="main"><h1>{esc(title)}</h1>
{body}
</div></div>
<div id="foot">{ORG} 88 ถนนเทศบาล 3 ตำบลในเมือง อำเภอศรีพนาราม จังหวัดชัยภูมิ 36190 โทร 0 4405 6120 โทรสาร 0 4405 6121
saraban@sriphanaram.go.th · <a href="/content/privacy/">นโยบายความเป็นส่วนตัว</a> · <a href="/content/sitemap/">แผนผังเว็บไซต์</a></div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][5] == "missing":
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


# ---------------------------------------------------------------- datacenter

def dc_table(keys: list[str]) -> str:
    rows = "".join(f"<tr><td>{i}</td><td>{a(det(k), ROWS[k][0])}</td><td>{ROWS[k][2]}</td><td>{be(ROWS[k][3])}</td>"
                   f"<td>{VIEWS[k]}</td></tr>" for i, k in enumerate(keys, 1))
    return f'<table class="list"><tr><th>ที่</th><th>เรื่อง</th><th>ปี</th><th>วันที่</th><th>อ่าน</th></tr>{rows}</table>'


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in DC if cat is None or ROWS[k][1] == cat]
    return sorted(keys, key=lambda k: ROWS[k][3], reverse=True)


def datacenter() -> None:
    cats = " · ".join(a(f"/datacenter/cat/{s}/", n) for s, n in CATS.items())
    write("/datacenter/", "ศูนย์ข้อมูลข่าวสาร", f"<p>หมวดหมู่ : {cats}</p>{dc_table(listed())}")
    for slug, cname in CATS.items():
        write(f"/datacenter/cat/{slug}/", f"ศูนย์ข้อมูลข่าวสาร : {cname}", f"<p>หมวดหมู่ : {cats}</p>{dc_table(listed(slug))}")
    for k in DC:
        title, cat, year, up, ext, _m = ROWS[k]
        write(det(k), title,
              f'<table class="detail"><tr><th>หมวดหมู่</th><td>{a(f"/datacenter/cat/{cat}/", CATS[cat])}</td></tr>'
              f"<tr><th>ปี</th><td>{year}</td></tr><tr><th>วันที่ลงข้อมูล</th><td>{be(up)}</td></tr>"
              f"<tr><th>เปิดอ่าน</th><td>{VIEWS[k]} ครั้ง</td></tr></table>"
              f'<p><img src="/assets/{ext}.gif" alt="{ext}"> {a(f(k), "ดาวน์โหลดเอกสาร")} ({ext.upper()}, {size_of(k)})</p>'
              '<p><a href="javascript:history.back()">« ย้อนกลับ</a></p>')


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (1587, (2025, 4, 9), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2568 ณ ศูนย์บริการร่วม "
      "หรือชำระผ่าน QR Code ตามแบบแจ้งการประเมิน"]),
    (1579, (2025, 3, 20), "กิจกรรมวันท้องถิ่นไทย ประจำปี 2568",
     ["วันที่ 18 มีนาคม 2568 คณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงาน ร่วมพิธีถวายราชสักการะพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว"]),
    (1566, (2025, 2, 28), "โครงการป้องกันและควบคุมโรคไข้เลือดออก ประจำปี 2568",
     ["กองสาธารณสุขและสิ่งแวดล้อมร่วมกับ อสม. 18 ชุมชน พ่นหมอกควันกำจัดยุงลายและรณรงค์ทำลายแหล่งเพาะพันธุ์"]),
    (1552, (2025, 2, 5), "ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง",
     ["รับสมัครระหว่างวันที่ 10 - 21 กุมภาพันธ์ 2568 ณ งานการเจ้าหน้าที่ สำนักปลัดเทศบาล"]),
    (1548, (2025, 1, 24), "สรุปผลการประชุมประชาคมเมือง ประจำปี 2568",
     ["วันที่ 22 มกราคม 2568 เทศบาลเมืองศรีพนารามจัดประชุมประชาคมเมือง ณ หอประชุมเทศบาล เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วม"
      "ในการทบทวนแผนพัฒนาท้องถิ่นและเสนอความต้องการของชุมชน",
      "ผู้เข้าร่วม ได้แก่ ประธานชุมชนและคณะกรรมการชุมชนทั้ง 18 ชุมชน ผู้แทนส่วนราชการ ภาคเอกชน และประชาชน รวม 214 คน",
      "ที่ประชุมเสนอโครงการ 46 โครงการ เช่น ขยายเขตประปาชุมชนหนองแสง ปรับปรุงรางระบายน้ำถนนศรีพนา ไฟส่องสว่างชุมชนโนนงาม "
      "กองยุทธศาสตร์และงบประมาณจะนำเข้าพิจารณาบรรจุในแผนพัฒนาท้องถิ่นเพิ่มเติมและแจ้งผลให้ชุมชนทราบ"]),
    (1541, (2025, 1, 10), "ขอเชิญร่วมประชุมประชาคมเมือง ประจำปี 2568",
     ["ขอเชิญประธานชุมชน คณะกรรมการชุมชน และประชาชนทั่วไป ร่วมประชุมประชาคมเมือง วันที่ 22 มกราคม 2568 เวลา 09.00 น. ณ หอประชุมเทศบาล"]),
    (1533, (2024, 12, 27), "รณรงค์ลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ 2568",
     ["ตั้งจุดบริการประชาชนหน้าตลาดสดเทศบาล ระหว่างวันที่ 27 ธันวาคม 2567 - 2 มกราคม 2568"]),
    (1520, (2024, 12, 5), "พิธีถวายพระพรชัยมงคล เนื่องในวันพ่อแห่งชาติ 5 ธันวาคม 2567",
     ["ณ บริเวณหน้าสำนักงานเทศบาลเมืองศรีพนาราม"]),
    (1509, (2024, 11, 15), "ประเพณีลอยกระทง ประจำปี 2567",
     ["จัดงาน ณ สวนสาธารณะหนองศรีพนา มีการประกวดกระทงจากวัสดุธรรมชาติ 18 ชุมชน"]),
    (1494, (2024, 10, 11), "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 4 ประจำปี 2567",
     ["พิจารณาญัตติขออนุมัติกันเงินไว้เบิกเหลื่อมปี และรับทราบรายงานผลการดำเนินงาน"]),
    # FY2567, page 2
    (1448, (2024, 8, 20), "ประชุมสภาเทศบาล พิจารณาร่างเทศบัญญัติงบประมาณรายจ่ายประจำปี 2568",
     ["สภาเทศบาลเมืองศรีพนารามมีมติรับหลักการร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 ในวาระที่ 1"]),
    (1431, (2024, 7, 18), "โครงการอบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2567",
     ["วันที่ 18 กรกฎาคม 2567 เทศบาลเมืองศรีพนารามจัดอบรมส่งเสริมคุณธรรมจริยธรรม เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล "
      "ให้บุคลากรนำไปปฏิบัติ และให้ความรู้เรื่องการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา",
      "ผู้เข้าร่วม ผู้บริหาร สมาชิกสภา พนักงานเทศบาล และพนักงานจ้าง รวม 181 คน"]),
    (1402, (2024, 3, 29), "ประชาสัมพันธ์การยื่นแบบชำระภาษีป้าย ประจำปี 2567",
     ["ยื่นแบบ ภ.ป.1 ภายในวันที่ 31 มีนาคม 2567"]),
    (1377, (2024, 1, 25), "สรุปผลการประชุมประชาคมเมือง ประจำปี 2567",
     ["วันที่ 23 มกราคม 2567 จัดประชุมประชาคมเมือง ผู้เข้าร่วม 196 คน เสนอโครงการ 39 โครงการ"]),
]
PER_PAGE = 10
NEWS_ETHICS_67 = "/news/view/1431/"
NEWS_FORUM_68 = "/news/view/1548/"


def news_pages() -> None:
    for nid, ymd, title, paras in NEWS:
        body = "".join(f"<p>{esc(p)}</p>" for p in paras)
        write(f"/news/view/{nid}/", title, f'<p class="date">{be(date(*ymd))} · ผู้ดูแลระบบ · อ่าน {VIEWS_N(nid)} ครั้ง</p>'
              f'{body}<p><a href="/news/">« ข่าวประชาสัมพันธ์ทั้งหมด</a></p>')
    for p in (1, 2):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "".join(f'<li>{a(f"/news/view/{n[0]}/", n[2])} <span>({be(date(*n[1]))})</span></li>' for n in chunk)
        pager = ('<p class="pager">หน้า <b>1</b> <a href="/news/page/2/">2</a> <a href="/news/page/2/">»</a></p>' if p == 1
                 else '<p class="pager">หน้า <a href="/news/">1</a> <b>2</b></p>')
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", f'<ul class="news">{items}</ul>{pager}')


def VIEWS_N(nid: int) -> int:  # noqa: N802 - the template's read counter
    return 60 + (nid * 37) % 500


# ---------------------------------------------------------------- procurement

SKR_PER_PAGE = 6


def procurement() -> None:
    months = sorted((k for k in ROWS if ROWS[k][1] == "skr"), reverse=True)
    for p in (1, 2):
        chunk = months[(p - 1) * SKR_PER_PAGE: p * SKR_PER_PAGE]
        rows = "".join(f"<tr><td>{esc(ROWS[k][0])}</td><td>{ROWS[k][2]}</td><td>{be(ROWS[k][3])}</td>"
                       f'<td>{a(f(k), "ดาวน์โหลด")}</td></tr>' for k in chunk)
        pager = ('<p class="pager">หน้า <b>1</b> <a href="/procurement/skr/page/2/">2</a></p>' if p == 1
                 else '<p class="pager">หน้า <a href="/procurement/skr/">1</a> <b>2</b></p>')
        write("/procurement/skr/" if p == 1 else "/procurement/skr/page/2/",
              "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
              f'<table class="list"><tr><th>เรื่อง</th><th>ปีงบประมาณ</th><th>วันที่</th><th>ไฟล์</th></tr>{rows}</table>{pager}')
    ann = [("ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างถนน คสล. ซอยเทศบาล 12 (e-bidding)", "28 ก.พ. 2568"),
           ("ประกาศประกวดราคาซื้อรถบรรทุกขยะมูลฝอย แบบอัดท้าย (e-bidding)", "3 ก.พ. 2568"),
           ("ประกาศราคากลาง ปรับปรุงระบบระบายน้ำถนนศรีพนา", "17 ม.ค. 2568")]
    items = "".join(f"<li>{esc(t)} ({when}) <small>ดูรายละเอียดในระบบ e-GP</small></li>" for t, when in ann)
    write("/procurement/announce/", "ประกาศจัดซื้อจัดจ้าง",
          f'<ul>{items}</ul><p>{a(det("proc-plan-68"), ROWS["proc-plan-68"][0])}</p>'
          f'<p>{a(det("proc-year-67"), ROWS["proc-year-67"][0])}</p>')


# ---------------------------------------------------------------- ITA

ITA_2568 = [  # (ข้อ, heading, [(link text, target)]) target: "/..." a page, "d:key" a detail page, else a file key
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้างส่วนราชการ", "/content/structure/"), ("อำนาจหน้าที่", "/content/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("คณะผู้บริหาร", "/content/executives/")]),
    ("o3", "ข้อมูลการติดต่อ", [("ติดต่อเรา", "/content/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "/datacenter/cat/plan/")]),
    ("o6", "แผนการดำเนินงาน เทศบัญญัติ และรายงานรอบ 6 เดือน",
     [("แผนการดำเนินงาน 2568", "opplan-68"), ("เทศบัญญัติ 2568", "d:budget-68"), ("รายงานรอบ 6 เดือน", "sixmonth-67")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการดำเนินงาน", "annual-report-67"), ("รายงานรายรับ-รายจ่าย", "budget-report-67")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "manual-staff")]),
    ("o9", "คู่มือประชาชน", [("คู่มือประชาชน", "/datacenter/cat/manual/")]),
    ("o10", "E-Service", [("E-Service", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("ศูนย์บริการร่วม", "/content/onestop/")]),
    ("o12", "สขร.1 รายเดือน", [("สรุปผลการจัดซื้อจัดจ้าง", "/procurement/skr/")]),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานปี 2568", "proc-year-67")]),
    ("o14", "แผนอัตรากำลัง / แผนพัฒนาบุคลากร", [("แผนอัตรากำลัง 3 ปี", "manpower"), ("แผนพัฒนาบุคลากร", "hrd-plan")]),
    ("o15", "รายงานผลการพัฒนาบุคลากร", [("รายงานผล", "d:hr-report-67")]),
    ("o16", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมส่งเสริมจริยธรรม", NEWS_ETHICS_67)]),
    ("o17", "คู่มือเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o18", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียน", [("สถิติปี 2568", "complaint-stats")]),
    ("o20", "การมีส่วนร่วม", [("ประชาคมเมือง 2568", NEWS_FORUM_68)]),
    ("o21", "No Gift Policy", [("ประกาศ No Gift Policy", "nogift-66")]),
    ("o22", "รายงานการรับของขวัญ", [("รายงาน No Gift", "nogift-66")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยง", "risk-67")]),
    ("o24", "รายงานผลการจัดการความเสี่ยง", [("รายงานผล", "risk-report-67")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต 2568", "d:anti-plan-68")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", []),
]
ITA_2567 = [
    ("1", "โครงสร้าง", [("โครงสร้าง", "/content/structure/")]),
    ("5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "plan-61-65")]),
    ("15", "คู่มือเรื่องร้องเรียน", [("คู่มือ", "complaint-manual")]),
    ("22", "No Gift Policy", [("ประกาศ", "nogift-66")]),
    ("24", "การประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง 2566", "old-risk-66"),
                                            ("ประเมินความเสี่ยง 2567", "risk-67")]),
    ("26", "รายงานผลการดำเนินการป้องกันการทุจริต", [("รายงานปี 2566", "anti-report-66")]),
    ("27", "แผนอัตรากำลัง", [("แผนอัตรากำลัง 3 ปี", "manpower")]),
]


def target(t: str) -> str:
    if t.startswith("/"):
        return t
    if t.startswith("d:"):
        return det(t[2:])
    return f(t)


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>']
    for code, heading, links in rows:
        cell = " | ".join(a(target(t), text) for text, t in links) or "อยู่ระหว่างดำเนินการ"
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li>{a(f"/news/view/{n[0]}/", n[2])} ({be(date(*n[1]))})</li>' for n in NEWS[:6])
    write("/", "หน้าหลัก",
          f'<img src="/assets/slide.png" alt="ศรีพนารามเมืองน่าอยู่" width="600" height="200"><h2>ข่าวประชาสัมพันธ์</h2>'
          f'<ul class="news">{latest}</ul><p>{a("/news/", "ดูทั้งหมด")}</p><h2>ศูนย์ข้อมูลข่าวสาร (ล่าสุด)</h2>'
          f'<ul>{"".join(f"<li>{a(det(k), ROWS[k][0])}</li>" for k in listed()[:5])}</ul>'
          f'<p>{a("/ita/2568/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2568")}</p>')
    write("/content/history/", "ประวัติความเป็นมา",
          "<p>เทศบาลเมืองศรีพนาราม เดิมเป็นสุขาภิบาลศรีพนาราม จัดตั้งเมื่อ พ.ศ. 2499 ยกฐานะเป็นเทศบาลตำบลเมื่อ พ.ศ. 2542 "
          "และเป็นเทศบาลเมืองเมื่อวันที่ 24 กันยายน 2553 ตั้งอยู่ใจกลางอำเภอศรีพนาราม</p>")
    write("/content/vision/", "วิสัยทัศน์ / พันธกิจ",
          "<p>วิสัยทัศน์ : ศรีพนารามเมืองน่าอยู่ การศึกษาก้าวไกล ใส่ใจสิ่งแวดล้อม บริหารโปร่งใส</p>"
          "<ol><li>พัฒนาโครงสร้างพื้นฐานและผังเมือง</li><li>ส่งเสริมการศึกษา ศาสนาและวัฒนธรรม</li>"
          "<li>ดูแลสุขภาพและสิ่งแวดล้อม</li><li>บริหารจัดการบ้านเมืองที่ดี</li></ol>")
    write("/content/general/", "สภาพทั่วไปและข้อมูลพื้นฐาน",
          "<p>พื้นที่ 11.4 ตารางกิโลเมตร 18 ชุมชน ประชากร 21,306 คน (ชาย 10,284 หญิง 11,022) 8,412 ครัวเรือน "
          "(ข้อมูลทะเบียนราษฎร ธันวาคม 2567)</p><p>โรงเรียนในสังกัด 3 แห่ง ศูนย์พัฒนาเด็กเล็ก 2 แห่ง ตลาดสดเทศบาล 1 แห่ง</p>")
    write("/content/authority/", "อำนาจหน้าที่",
          "<p>เทศบาลเมืองมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 53 และ 54 และพระราชบัญญัติกำหนดแผนและขั้นตอน"
          "การกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
          "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>จัดให้มีและบำรุงทางบกและทางน้ำ</li>"
          "<li>รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ รวมทั้งการกำจัดมูลฝอยและสิ่งปฏิกูล</li>"
          "<li>ป้องกันและระงับโรคติดต่อ และจัดให้มีโรงฆ่าสัตว์</li><li>ให้มีน้ำสะอาดหรือการประปา</li>"
          "<li>ป้องกันและบรรเทาสาธารณภัย</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li>"
          "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>ควบคุมอาคารและการผังเมือง</li></ol>")
    write("/content/structure/", "โครงสร้างส่วนราชการ",
          '<img src="/assets/chart.png" alt="แผนภูมิโครงสร้างเทศบาลเมืองศรีพนาราม" width="600" height="400">'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี (3 คน)</li><li>เลขานุการนายกเทศมนตรี (2 คน)</li>"
          "<li>ที่ปรึกษานายกเทศมนตรี (2 คน)</li></ul></li><li>สภาเทศบาล<ul><li>ประธานสภาเทศบาล</li><li>รองประธานสภาเทศบาล</li>"
          "<li>สมาชิกสภาเทศบาล (18 คน)</li></ul></li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล (2 คน)</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li>"
          "<li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองการศึกษา</li><li>กองยุทธศาสตร์และงบประมาณ</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          f'<p>{a("/content/authority/", "อำนาจหน้าที่")}</p>')
    execs = [("นายชยพล วงศ์ศรีสุข", "นายกเทศมนตรีเมืองศรีพนาราม", "08 1742 3310"),
             ("นายธนากร แสงทอง", "รองนายกเทศมนตรี", "08 9015 6627"), ("นางศิริพร คำภูเงิน", "รองนายกเทศมนตรี", "08 6631 2904"),
             ("นายวิทยา บุญมาก", "รองนายกเทศมนตรี", "09 2270 8815"), ("นายกิตติศักดิ์ ชาญเชี่ยว", "เลขานุการนายกเทศมนตรี", "08 4418 0273"),
             ("นางวรรณวิภา พรหมสุวรรณ", "ปลัดเทศบาล", "0 4405 6120 ต่อ 102")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="80" height="100"><br><b>{esc(n)}</b>'
                    f"<br>{esc(p)}<br>โทร {t}</div>" for n, p, t in execs)
    write("/content/executives/", "คณะผู้บริหาร", cards)
    write("/content/council/", "สมาชิกสภาเทศบาล",
          "<ul><li>นายประยูร ทองดี ประธานสภาเทศบาล</li><li>นางสาวจันทร์เพ็ญ ศรีสมบัติ รองประธานสภาเทศบาล</li>"
          "<li>สมาชิกสภาเทศบาล เขต 1 และเขต 2 รวม 18 คน</li></ul>")
    write("/content/former-mayors/", "ทำเนียบนายกเทศมนตรี",
          "<ol><li>นายบุญส่ง ศรีพนา พ.ศ. 2542 - 2547</li><li>นายอุดม แก้วประเสริฐ พ.ศ. 2547 - 2555</li>"
          "<li>นายสมหมาย ทองคำ พ.ศ. 2555 - 2564</li><li>นายชยพล วงศ์ศรีสุข พ.ศ. 2564 - ปัจจุบัน</li></ol>")
    depts = {"palad": ("สำนักปลัดเทศบาล", "งานบริหารทั่วไป งานการเจ้าหน้าที่ งานนิติการ งานป้องกันและบรรเทาสาธารณภัย งานสวัสดิการสังคม"),
             "finance": ("กองคลัง", "งานการเงินและบัญชี งานพัสดุและทรัพย์สิน งานพัฒนาและจัดเก็บรายได้ งานแผนที่ภาษี"),
             "engineer": ("กองช่าง", "งานวิศวกรรม งานสถาปัตยกรรม งานควบคุมอาคาร งานสาธารณูปโภค งานผังเมือง"),
             "health": ("กองสาธารณสุขและสิ่งแวดล้อม", "งานรักษาความสะอาด งานส่งเสริมสุขภาพ งานควบคุมโรค งานสัตวแพทย์"),
             "education": ("กองการศึกษา", "งานบริหารการศึกษา โรงเรียนเทศบาล 3 แห่ง ศูนย์พัฒนาเด็กเล็ก 2 แห่ง งานกีฬาและนันทนาการ"),
             "strategy": ("กองยุทธศาสตร์และงบประมาณ", "งานวิเคราะห์นโยบายและแผน งานงบประมาณ งานประชาสัมพันธ์ งานเทคโนโลยีสารสนเทศ")}
    for slug, (dn, duties) in depts.items():
        write(f"/content/dept/{slug}/", dn, f"<p>ภารกิจ : {esc(duties)}</p><p>โทร 0 4405 6120</p>")
    write("/content/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>88 ถนนเทศบาล 3 ตำบลในเมือง อำเภอศรีพนาราม จังหวัดชัยภูมิ 36190</p>"
          "<p>โทรศัพท์ 0 4405 6120 โทรสาร 0 4405 6121<br>อีเมล saraban@sriphanaram.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/sriphanaramcity">เทศบาลเมืองศรีพนาราม</a></p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.9127,101.8815">แผนที่ตั้งสำนักงาน (Google Maps)</a></p>')
    stats = [("ชำระภาษีที่ดินและสิ่งปลูกสร้าง", 722), ("ขออนุญาตก่อสร้างอาคาร", 39), ("จดทะเบียนพาณิชย์", 62),
             ("ลงทะเบียนเบี้ยยังชีพผู้สูงอายุ", 131), ("คำร้องผ่าน E-Service", 134)]
    rows = "".join(f"<tr><td>{esc(s)}</td><td>{n}</td></tr>" for s, n in stats)
    write("/content/onestop/", "ศูนย์บริการร่วม (One Stop Service)",
          "<p>ให้บริการ ณ ชั้น 1 สำนักงานเทศบาล วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. และเปิดบริการวันเสาร์ช่วงชำระภาษี</p>"
          "<h2>สถิติการให้บริการ ปีงบประมาณ 2568 (ตุลาคม 2567 - มีนาคม 2568)</h2>"
          f'<table class="list"><tr><th>งานบริการ</th><th>จำนวน (ราย)</th></tr>{rows}</table>'
          f'<p>{a(f("service-stats-68"), "ดาวน์โหลดสถิติรายเดือน (Excel)")}</p>')
    write("/content/privacy/", "นโยบายความเป็นส่วนตัว",
          "<p>เทศบาลเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    sitemap = "".join(f"<li>{a(h, t)}<ul>{''.join(f'<li>{a(u, s)}</li>' for s, u in subs)}</ul></li>"
                      for t, h, subs in MENU if h != "#")
    write("/content/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")
    # services
    write("/eservice/", "ระบบบริการออนไลน์ (E-Service)",
          "<p>ประชาชนยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง โดยไม่ต้องเดินทางมาสำนักงาน เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p><ul>"
          f'<li>{a("/eservice/form/garbage/", "คำร้องขอรับบริการจัดเก็บขยะมูลฝอย / ขอถังขยะ")}</li>'
          f'<li>{a("/eservice/form/water/", "คำร้องขอรับน้ำอุปโภคบริโภค / ซ่อมไฟฟ้าสาธารณะ")}</li>'
          '<li><a href="https://backoffice.sriphanaram.go.th/login">ระบบสารบรรณอิเล็กทรอนิกส์ (สำหรับเจ้าหน้าที่)</a></li></ul>')
    for slug, title, opts in [("garbage", "คำร้องขอรับบริการจัดเก็บขยะมูลฝอย", ["ขอถังขยะ", "แจ้งขยะตกค้าง"]),
                              ("water", "คำร้องขอรับน้ำอุปโภคบริโภค / ซ่อมไฟฟ้าสาธารณะ", ["ขอรับน้ำ", "แจ้งไฟฟ้าดับ"])]:
        sel = "".join(f"<option>{o}</option>" for o in opts)
        write(f"/eservice/form/{slug}/", title,
              '<form action="/eservice/send/" method="post">ชื่อ-นามสกุล <input name="name" required><br>'
              'เลขบัตรประชาชน <input name="pid"><br>โทรศัพท์ <input name="tel" required><br>ที่อยู่ / ชุมชน <input name="addr"><br>'
              f'เรื่อง <select name="topic">{sel}</select><br>รายละเอียด <textarea name="detail"></textarea><br>'
              'แนบรูปภาพ <input type="file" name="pic"><br><button type="submit">ส่งคำร้อง</button></form>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ร้องเรียนได้ที่ศูนย์รับเรื่องร้องเรียน ชั้น 1 โทร 0 4405 6120 ต่อ 105 ตู้รับเรื่องร้องเรียนหน้าสำนักงาน หรือ Facebook</p>"
          f'<p>{a("/complaint/corruption/", "แจ้งเบาะแสการทุจริตและประพฤติมิชอบ (ออนไลน์)")}</p>'
          f'<p>{a(det("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</p>')
    write("/complaint/corruption/", "แจ้งเบาะแสการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ ส่งตรงถึงปลัดเทศบาล</p>"
          '<form action="/complaint/send/" method="post">ชื่อผู้แจ้ง (ไม่ระบุได้) <input name="name"><br>โทรศัพท์/อีเมล <input name="contact"><br>'
          'ผู้ถูกร้องเรียน / หน่วยงาน <input name="who"><br>พฤติการณ์ <textarea name="detail" required></textarea><br>'
          'หลักฐาน <input type="file" name="file"><br><button type="submit">ส่งเรื่อง</button></form>'
          '<p>หรือแจ้ง <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> โทร 1205</p>')
    write("/webboard/", "กระดานสนทนา",
          "<ul><li>สอบถามวันเก็บขยะชุมชนโนนงาม (2 ความคิดเห็น) 3 เม.ย. 2568</li>"
          "<li>ไฟถนนหน้าตลาดดับ (1 ความคิดเห็น) 21 มี.ค. 2568</li></ul><p>กรุณาเข้าสู่ระบบเพื่อตั้งกระทู้</p>")
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
          f'<ul><li>{a("/ita/2568/", "ITA ประจำปี 2568")}</li><li>{a("/ita/2567/", "ITA ประจำปี 2567")}</li></ul>')
    write("/ita/2568/", "ITA 2568 : การเปิดเผยข้อมูลสาธารณะ (OIT)",
          "<p>แบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment) ประจำปีงบประมาณ พ.ศ. 2568</p>"
          + ita_table(ITA_2568))
    write("/ita/2567/", "ITA 2567 : การเปิดเผยข้อมูลสาธารณะ (OIT)", ita_table(ITA_2567))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("logo.png", "mayor.png", "person.png", "chart.png", "ita.png", "slide.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "template.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#ticker{background:#7a1;color:#fff}#nav{background:#063;margin:0}"
                 "#nav>li{display:inline-block;position:relative}#nav a{color:#fff;padding:6px}#nav ul{display:none;position:absolute;"
                 "background:#063}#nav li:hover ul{display:block}#wrap{display:flex}#side{width:230px}#main{flex:1;padding:8px}"
                 ".box{border:1px solid #ccc;margin:6px;padding:6px}table{border-collapse:collapse}td,th{border:1px solid #aaa;"
                 "padding:3px}#foot{background:#eee;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()
    datacenter()
    procurement()


if __name__ == "__main__":
    main()
