"""Generate the HTML pages of the "prosecutor" test site (สำนักงานอัยการจังหวัดบุรีวารินทร์, invented).

Run:  python tests/sites/prosecutor/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

One office's sub-site on the OAG's shared template: the OAG bar on top, the office's banner, a
menu, a right column (the chief prosecutor, quick links, the other offices of the province, a
visitor counter) and a footer on every page; pages are folder/index.html.  Documents are listed by
category (/download/<cat>/), the monthly สขร.1 on /procurement/, news under /news/ (two pages).
The ITA page /ita/2569/ is a table of o1 … o26 in the office's own short wording whose links go to
files, pages or category lists; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "สำนักงานอัยการจังหวัดบุรีวารินทร์"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน / ยุทธศาสตร์", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / ทั่วไป"}
HIDDEN = {"ita-analysis"}  # linked only from the ITA pages
MISSING_SIZE = "388.2 KB"
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


def a(url: str, text: str) -> str:
    return f'<a href="{url}">{esc(text)}</a>'


MENU = [("หน้าหลัก", "/"), ("ประวัติสำนักงาน", "/about/history/"), ("วิสัยทัศน์/พันธกิจ", "/about/vision/"),
        ("โครงสร้างสำนักงาน", "/about/structure/"), ("ทำเนียบผู้บริหาร", "/about/executives/"),
        ("ข่าวประชาสัมพันธ์", "/news/"), ("บริการประชาชน", "/service/"), ("จัดซื้อจัดจ้าง", "/procurement/"),
        ("เอกสารเผยแพร่", "/download/"), ("ITA", "/ita/"), ("ร้องเรียน", "/complaint/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/oag.css"></head>
<body>
<div id="oagbar"><a href="https://www.ago.go.th/">สำนักงานอัยการสูงสุด</a> | Office of the Attorney General ·
หน่วยงานในสังกัด : สำนักงานอัยการภาค ๔</div>
<div id="banner"><img src="/assets/emblem.png" alt="ตราสำนักงานอัยการสูงสุด" width="70" height="70">
<b>{ORG}</b><br><small>Buri Warin Provincial Public Prosecutor Office</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="main">
<div class="crumb"><a href="/">หน้าหลัก</a> › {esc(title)}</div>
<h1>{esc(title)}</h1>
{body}
</div>
<div id="side">
<div class="box"><img src="/assets/person.png" alt="อัยการจังหวัดบุรีวารินทร์" width="90" height="110"><br>
<b>นายธีรวัฒน์ ชัยมงคลศิลป์</b><br>อัยการจังหวัดบุรีวารินทร์</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/service/legal-aid/">ขอรับความช่วยเหลือทางกฎหมาย</a><br>
<a href="/eservice/">ยื่นคำร้องออนไลน์</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/ita/2569/">ITA ๒๕๖๙</a><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br><a href="/laws/">กฎหมายที่เกี่ยวข้อง</a></div>
<div class="box"><b>หน่วยงานอัยการในจังหวัด</b><br>สำนักงานอัยการจังหวัดคดีเยาวชนและครอบครัวบุรีวารินทร์<br>
สำนักงานอัยการคุ้มครองสิทธิและช่วยเหลือทางกฎหมายและการบังคับคดีจังหวัดบุรีวารินทร์<br>
สำนักงานอัยการจังหวัดนาโพธิ์ทอง</div>
<div class="box">ผู้เข้าชมเว็บไซต์ ๑๘๔,๐๒๗ ครั้ง</div>
</div></div>
<div id="footer">{ORG} ศาลากลางจังหวัดบุรีวารินทร์ (ชั้น ๒) ถนนศรีวารินทร์ ตำบลในเมือง อำเภอเมืองบุรีวารินทร์
จังหวัดบุรีวารินทร์ ๓๘๑๙๐<br>โทรศัพท์ ๐ ๔๒๖๑ ๗๗๓๐ โทรสาร ๐ ๔๒๖๑ ๗๗๓๑ อีเมล buriwarin@ago-example.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© สำนักงานอัยการสูงสุด · ระบบเว็บไซต์หน่วยงานในสังกัด (template 3.2)</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td><img src="/assets/{ext}.gif" alt="{ext}"> {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่เผยแพร่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) in CE, title, paragraphs
    (1482, (2026, 3, 31), "ประชุมคณะทำงานขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569",
     ["วันที่ 31 มีนาคม 2569 อัยการจังหวัดบุรีวารินทร์เป็นประธานการประชุมคณะทำงาน เพื่อติดตามการเผยแพร่ข้อมูลตามแบบ OIT"]),
    (1475, (2026, 3, 12), "โครงการเผยแพร่ความรู้กฎหมายแก่นักเรียน โรงเรียนบุรีวิทยาคม",
     ["พนักงานอัยการบรรยายเรื่องกฎหมายยาเสพติดและภัยออนไลน์ให้นักเรียนชั้นมัธยมศึกษาตอนปลาย จำนวน 240 คน"]),
    (1469, (2026, 2, 20), "สรุปผลโครงการอัยการจังหวัดสัญจร พบประชาชน ครั้งที่ 2/2569 ตำบลหนองบัวทอง",
     ["เมื่อวันที่ 19 กุมภาพันธ์ 2569 สำนักงานอัยการจังหวัดบุรีวารินทร์ ร่วมกับเทศบาลตำบลหนองบัวทอง จัดโครงการอัยการจังหวัดสัญจร"
      " เปิดโอกาสให้ประชาชนร่วมแสดงความคิดเห็นต่อการให้บริการของสำนักงาน และรับคำปรึกษากฎหมาย ณ ศาลาประชาคมตำบลหนองบัวทอง",
      "มีประชาชนเข้าร่วม 186 คน ผู้นำชุมชน 23 คน ขอรับคำปรึกษากฎหมาย 42 เรื่อง (มรดก ที่ดิน หนี้นอกระบบ)",
      "ข้อเสนอของประชาชน: ขอให้มีช่องทางติดตามความคืบหน้าเรื่องทางออนไลน์ และจัดกิจกรรมในตำบลที่ห่างไกล"
      " สำนักงานได้นำข้อเสนอไปปรับปรุงแบบฟอร์มคำร้องออนไลน์ และบรรจุตำบลนาคำในแผนครั้งที่ 3/2569"]),
    (1466, (2026, 2, 9), "ขอเชิญร่วมโครงการอัยการจังหวัดสัญจร พบประชาชน ครั้งที่ 2/2569",
     ["ขอเชิญประชาชนตำบลหนองบัวทองและตำบลใกล้เคียงร่วมโครงการ ในวันที่ 19 กุมภาพันธ์ 2569",
      '<a href="{invite}">หนังสือเชิญ (PDF)</a>']),
    (1458, (2026, 2, 12), "โครงการเสริมสร้างคุณธรรม จริยธรรม ข้าราชการฝ่ายอัยการ ประจำปีงบประมาณ 2569",
     ["วันที่ 12 กุมภาพันธ์ 2569 สำนักงานจัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมข้าราชการฝ่ายอัยการ"
      " หัวข้อ การป้องกันผลประโยชน์ทับซ้อนและการปฏิบัติตามประมวลจริยธรรม",
      "ผู้เข้าร่วม พนักงานอัยการ 9 คน ข้าราชการธุรการ 14 คน พนักงานราชการและลูกจ้าง 13 คน รวม 36 คน"
      " ทุกคนร่วมกล่าวคำปฏิญาณตนยึดมั่นในประมวลจริยธรรม"]),
    (1447, (2025, 12, 18), "เผยแพร่รายงานประจำปีของสำนักงานอัยการจังหวัดบุรีวารินทร์",
     ["สำนักงานขอเผยแพร่รายงานประจำปี เพื่อให้ประชาชนได้ทราบผลการดำเนินงานด้านคดีและการคุ้มครองสิทธิ",
      '<a href="{annual}">ดาวน์โหลดรายงานประจำปี</a>']),
    (1440, (2025, 12, 5), "ร่วมพิธีเนื่องในวันคล้ายวันพระบรมราชสมภพ 5 ธันวาคม 2568",
     ["อัยการจังหวัดและบุคลากรร่วมพิธี ณ ศาลากลางจังหวัดบุรีวารินทร์"]),
    (1431, (2025, 11, 14), "โครงการอัยการจังหวัดสัญจร พบประชาชน ครั้งที่ 1/2569 ตำบลโพนงาม",
     ["วันที่ 13 พฤศจิกายน 2568 ให้คำปรึกษากฎหมายแก่ประชาชนตำบลโพนงาม ผู้เข้าร่วม 128 คน"]),
    (1422, (2025, 10, 23), "ประกาศรายชื่อผู้มีสิทธิเข้ารับการประเมิน พนักงานราชการ ตำแหน่งนิติกร",
     ["รายละเอียดตามประกาศ ณ บอร์ดประชาสัมพันธ์ของสำนักงาน"]),
    (1415, (2025, 10, 2), "ต้อนรับอัยการจังหวัดบุรีวารินทร์ท่านใหม่",
     ["นายธีรวัฒน์ ชัยมงคลศิลป์ เข้ารับตำแหน่งอัยการจังหวัดบุรีวารินทร์ ตั้งแต่วันที่ 1 ตุลาคม 2568"]),
]
OLD_NEWS = [
    (1390, (2025, 9, 19), "พิธีเกษียณอายุราชการ ประจำปี 2568", ["บุคลากรร่วมแสดงมุทิตาจิตแก่ผู้เกษียณ 2 ท่าน"]),
    (1371, (2025, 7, 30), "อบรมการใช้ระบบสำนวนคดีอิเล็กทรอนิกส์", ["เจ้าหน้าที่ธุรการคดีเข้าร่วม 14 คน"]),
    (1355, (2025, 3, 14), "โครงการอัยการจังหวัดสัญจร ครั้งที่ 2/2568 ตำบลนาดี",
     ["วันที่ 13 มีนาคม 2568 ประชาชนเข้าร่วม 152 คน ขอรับคำปรึกษา 35 เรื่อง"]),
    (1340, (2025, 1, 10), "กิจกรรมวันเด็กแห่งชาติ 2568", ["ร่วมกิจกรรม ณ สนามหน้าศาลากลางจังหวัด"]),
]
NEWS_LINKS = {"invite": "invite-mobile", "annual": "annual-67"}


def news_pages() -> None:
    def items(news):
        return "<ul class='news'>" + "".join(
            f"<li>{a(f'/news/{i}/', t)} <small>({be(_dt(dt))})</small></li>" for i, dt, t, _p in news) + "</ul>"

    write("/news/", "ข่าวประชาสัมพันธ์",
          items(NEWS) + '<p class="pager">หน้า 1 | <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)",
          items(OLD_NEWS) + '<p class="pager"><a href="/news/">1</a> | หน้า 2</p>')
    links = {k: f(v) for k, v in NEWS_LINKS.items()}
    for i, dt, title, paras in NEWS + OLD_NEWS:
        body = f"<p class='date'>วันที่ {be(_dt(dt))}</p>" + "".join(
            f"<p>{p.format(**links) if '<a' in p else esc(p)}</p>" for p in paras)
        body += '<p><img src="/assets/photo.png" alt="ภาพกิจกรรม" width="320" height="200"></p>'
        write(f"/news/{i}/", title, body)


def _dt(t):
    from datetime import date
    return date(*t)


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # (code, short wording, [(link text, url)])
    ("o1", "โครงสร้างและอำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บริหาร", [("ทำเนียบผู้บริหาร", "/about/executives/")]),
    ("o3", "ช่องทางการติดต่อ และถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("ถาม-ตอบ", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์สำนักงาน", "strat-64-68")]),
    ("o6", "แผนปฏิบัติราชการประจำปี", [("แผนปฏิบัติราชการ 2569", "opplan-69"), ("แผนการใช้จ่ายงบประมาณ", "spend-69")]),
    ("o7", "รายงานผลการดำเนินงาน", [("รายงานผลการดำเนินงาน", "/download/report/")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "manual-case")]),
    ("o9", "คู่มือประชาชน", [("คู่มือสำหรับประชาชน", "citizen-manual")]),
    ("o10", "E-Service", [("ยื่นคำร้องออนไลน์", "/eservice/"), ("สถิติการให้บริการ", "service-stats-69")]),
    ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1", "/procurement/")]),
    ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานสรุปผล", "proc-year-68")]),
    ("o13", "หลักเกณฑ์/แผนการบริหารบุคคล", [("การบริหารงานบุคคล", "/download/hr/")]),
    ("o14", "รายงานผลการบริหารบุคคล", [("รายงานผล", "hr-report-68")]),
    ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมส่งเสริมจริยธรรม", "/news/1458/")]),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียนทุจริต", [("คู่มือ", "manual-complaint")]),
    ("o17", "ช่องทางแจ้งเรื่องร้องเรียนทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("สถิติเรื่องร้องเรียน", "complaint-stats-68")]),
    ("o19", "การมีส่วนร่วม", [("อัยการจังหวัดสัญจร", "/news/1469/")]),
    ("o20", "No Gift Policy", [("ประกาศนโยบาย", "nogift-67"), ("รายงานผลการรับของขวัญ", "gift-report-68")]),
    ("o21", "การประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง 2569", "risk-69")]),
    ("o22", "รายงานผลการบริหารความเสี่ยง", [("รายงานผล", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต 2569", "anti-plan-69")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงานผล", "anti-report")]),
    ("o25", "การนำผล ITA ไปปรับปรุง", [("รายงานการวิเคราะห์ผล ITA", "ita-analysis")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("รายงานผล", "integrity-report-68")]),
]
ITA_2568 = [
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์", "strat-64-68")]),
    ("o6", "แผนปฏิบัติราชการประจำปี", [("แผนปฏิบัติราชการ 2568", "opplan-68")]),
    ("o11", "สขร.1", [("สขร.1 ก.ย. 2568", "proc-2025-09")]),
    ("o20", "No Gift Policy", [("ประกาศนโยบาย", "nogift-67")]),
    ("o21", "ประเมินความเสี่ยง", [("ประเมินความเสี่ยง 2568", "risk-68")]),
    ("o22", "รายงานผลการบริหารความเสี่ยง", [("รายงานผล ปี 2567", "/files/4977.pdf")]),
    ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงานผล", "anti-report")]),
    ("o25", "การนำผล ITA ไปปรับปรุง", [("วิเคราะห์ผล ITA 2567", "ita-analysis")]),
]


def ita_table(rows) -> str:
    out = []
    for code, text, links in rows:
        cells = "<br>".join(a(u if u.startswith("/") else f(u), t) for t, u in links)
        out.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cells}</td></tr>")
    return ('<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n' + "\n".join(out) + "</table>")


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = sorted(NEWS, key=lambda n: n[1], reverse=True)[:5]
    write("/", "หน้าหลัก",
          "<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2><ul>" + "".join(
              f"<li>{a(f'/news/{i}/', t)}</li>" for i, _d, t, _p in latest) + "</ul>"
          + f'<p>{a("/news/", "ดูข่าวทั้งหมด")}</p>'
          "<h2>บริการประชาชน</h2><p>ปรึกษากฎหมายฟรี ไม่มีค่าใช้จ่าย วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="/ita/2569/"><img src="/assets/ita.png" alt="ITA 2569" width="200" height="60"></a></p>')
    write("/about/history/", "ประวัติสำนักงาน",
          "<p>สำนักงานอัยการจังหวัดบุรีวารินทร์ก่อตั้งเมื่อปี พ.ศ. 2498 ปัจจุบันตั้งอยู่ ณ ศาลากลางจังหวัดบุรีวารินทร์ ชั้น 2"
          " เป็นหน่วยงานในสังกัดสำนักงานอัยการภาค 4 สำนักงานอัยการสูงสุด</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์ : องค์กรอัยการเป็นที่เชื่อมั่นของประชาชนในการอำนวยความยุติธรรม</p>"
          "<p>พันธกิจ : อำนวยความยุติธรรมทางอาญา คุ้มครองสิทธิของประชาชน รักษาผลประโยชน์ของรัฐ</p>")
    write("/about/structure/", "โครงสร้างสำนักงาน",
          '<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้างสำนักงานอัยการจังหวัดบุรีวารินทร์" width="600" height="380"></p>'
          "<ul><li>อัยการจังหวัดบุรีวารินทร์<ul>"
          "<li>รองอัยการจังหวัด (2 ตำแหน่ง)<ul><li>กลุ่มงานคดีอาญา (พนักงานอัยการ 7 คน)</li>"
          "<li>กลุ่มงานคดีแพ่งและคดีปกครอง</li><li>กลุ่มงานชันสูตรพลิกศพ</li></ul></li>"
          "<li>ฝ่ายอำนวยการ<ul><li>งานธุรการคดี</li><li>งานการเงินและบัญชี</li><li>งานพัสดุ</li>"
          "<li>งานบริหารทั่วไปและประชาสัมพันธ์</li></ul></li></ul></li></ul>")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามพระราชบัญญัติองค์กรอัยการและพนักงานอัยการ พ.ศ. 2553 และระเบียบสำนักงานอัยการสูงสุด"
          " สำนักงานอัยการจังหวัดมีอำนาจหน้าที่โดยสรุป ดังนี้</p><ol>"
          "<li>ดำเนินคดีอาญาในศาลจังหวัดบุรีวารินทร์ ตรวจสำนวนการสอบสวน และสั่งฟ้องหรือสั่งไม่ฟ้อง</li>"
          "<li>ว่าต่างหรือแก้ต่างคดีแพ่งและคดีปกครองให้หน่วยงานของรัฐในจังหวัด</li>"
          "<li>ร่วมชันสูตรพลิกศพและตรวจสำนวนการไต่สวนการตาย</li>"
          "<li>ให้คำปรึกษาทางกฎหมายแก่หน่วยงานของรัฐในจังหวัด</li>"
          "<li>ปฏิบัติหน้าที่อื่นตามที่อัยการสูงสุดมอบหมาย</li></ol>")
    execs = [("นายธีรวัฒน์ ชัยมงคลศิลป์", "อัยการจังหวัดบุรีวารินทร์", "0 4261 7730 ต่อ 101"),
             ("นางสาวพิมพ์ลดา ศรีอุดมพร", "รองอัยการจังหวัดบุรีวารินทร์", "0 4261 7730 ต่อ 102"),
             ("นายกิตติพัฒน์ วงศ์ภักดี", "รองอัยการจังหวัดบุรีวารินทร์", "0 4261 7730 ต่อ 103"),
             ("นางวาสนา ทองประเสริฐ", "หัวหน้าฝ่ายอำนวยการ", "0 4261 7730 ต่อ 110")]
    write("/about/executives/", "ทำเนียบผู้บริหาร", "".join(
        f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="120" height="150">'
        f"<p><b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</p></div>" for n, p, t in execs))
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>ศาลากลางจังหวัดบุรีวารินทร์ (ชั้น 2) ถนนศรีวารินทร์ ตำบลในเมือง อำเภอเมืองบุรีวารินทร์"
          " จังหวัดบุรีวารินทร์ 38190</p><p>โทรศัพท์ 0 4261 7730 โทรสาร 0 4261 7731<br>"
          '<a href="mailto:buriwarin@ago-example.go.th">buriwarin@ago-example.go.th</a><br>'
          "เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=ศาลากลางจังหวัดบุรีวารินทร์">แผนที่ Google Maps</a></p>'
          f'<p>สอบถามข้อมูล : {a("/qa/", "กระดานถาม-ตอบ")}</p>')
    write("/qa/", "ถาม-ตอบ (Q&amp;A)",
          "<div class='q'><b>ถาม</b> (สมชาย, 14 ม.ค. 2569) ต้องการปรึกษาเรื่องมรดกที่ดิน ต้องเตรียมเอกสารอะไรบ้าง<br>"
          "<b>ตอบ</b> (เจ้าหน้าที่, 15 ม.ค. 2569) โปรดนำบัตรประชาชน ทะเบียนบ้าน สำเนาโฉนด และใบมรณบัตรของเจ้ามรดก</div>"
          "<div class='q'><b>ถาม</b> (มาลี, 3 มี.ค. 2569) ขอคัดถ่ายคำฟ้องได้ที่ไหน<br>"
          "<b>ตอบ</b> (เจ้าหน้าที่, 4 มี.ค. 2569) ยื่นคำร้องที่ฝ่ายอำนวยการ ชั้น 2 ตามคู่มือสำหรับประชาชน</div>"
          '<form action="/qa/" method="post"><p>ชื่อ <input name="name"> อีเมล <input name="email"></p>'
          '<p>คำถาม <textarea name="q"></textarea></p><p><button>ส่งคำถาม</button></p></form>')
    write("/service/", "บริการประชาชน",
          f'<ul><li>{a("/service/legal-aid/", "การขอรับความช่วยเหลือทางกฎหมาย")}</li>'
          f'<li>{a("/service/copy-documents/", "การขอคัดถ่ายสำเนาเอกสารในสำนวนคดี")}</li>'
          f'<li>{a("/eservice/", "ยื่นคำร้องออนไลน์ (E-Service)")}</li>'
          f'<li>{a(f("citizen-manual"), "คู่มือสำหรับประชาชน (.doc)")}</li></ul>')
    write("/service/legal-aid/", "การขอรับความช่วยเหลือทางกฎหมาย",
          "<p>ประชาชนขอรับคำปรึกษากฎหมายได้ที่สำนักงาน หรือยื่นคำร้องออนไลน์ ไม่มีค่าใช้จ่าย"
          " กรณีขอให้ช่วยเหลือทางคดี สำนักงานจะส่งเรื่องไปยังสำนักงานอัยการคุ้มครองสิทธิฯ จังหวัดบุรีวารินทร์</p>"
          f'<p>{a("/eservice/", "ยื่นคำร้องออนไลน์")}</p>')
    write("/service/copy-documents/", "การขอคัดถ่ายสำเนาเอกสารในสำนวนคดี",
          "<p>ผู้เสียหายหรือผู้ต้องหายื่นคำร้องที่ฝ่ายอำนวยการ รายละเอียดตามคู่มือสำหรับประชาชน</p>"
          f'<p>{a(f("citizen-manual"), "ดาวน์โหลดคู่มือ")}</p>')
    write("/eservice/", "ระบบยื่นคำร้องออนไลน์ (E-Service)",
          "<p>ประชาชนสามารถยื่นคำร้องขอรับคำปรึกษากฎหมาย หรือขอคัดถ่ายเอกสาร ผ่านแบบฟอร์มนี้ได้ตลอด 24 ชั่วโมง"
          " เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
          '<form action="https://forms.gle/BrWr2569eSvc" method="post">'
          '<p>ชื่อ - นามสกุล <input name="fullname" required></p><p>เลขบัตรประจำตัวประชาชน <input name="pid"></p>'
          '<p>โทรศัพท์ <input name="tel" required></p><p>ประเภทคำร้อง <select name="type">'
          "<option>ขอรับคำปรึกษากฎหมาย</option><option>ขอคัดถ่ายสำเนาเอกสาร</option></select></p>"
          '<p>รายละเอียด <textarea name="detail"></textarea></p><p><button type="submit">ส่งคำร้อง</button></p></form>'
          f'<p>{a(f("service-stats-69"), "สถิติการให้บริการประชาชน ต.ค. 68 - มี.ค. 69 (.xls)")}</p>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          f'<ul><li>{a("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</li>'
          f'<li>{a(f("manual-complaint"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")}</li></ul>'
          "<p>ร้องเรียนเรื่องทั่วไป โทร. 0 4261 7730 ต่อ 110</p>")
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลของท่านจะถูกเก็บเป็นความลับ ท่านไม่จำเป็นต้องระบุชื่อ</p>"
          '<form action="/complaint/corruption/" method="post"><p>ชื่อผู้ร้อง (ไม่บังคับ) <input name="name"></p>'
          '<p>ช่องทางติดต่อกลับ <input name="contact"></p><p>เจ้าหน้าที่ผู้ถูกร้อง <input name="who"></p>'
          '<p>รายละเอียด <textarea name="detail" required></textarea></p><p>หลักฐาน <input type="file" name="att"></p>'
          '<p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form>')
    months = [k for k in ROWS if k.startswith("proc-20")]
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง (สขร.1)",
          "<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตามมาตรา 9 (8) แห่ง พ.ร.บ.ข้อมูลข่าวสารของราชการ</p>"
          + table(sorted(months, key=lambda k: ROWS[k][2], reverse=True))
          + "<h2>ประกาศจัดซื้อจัดจ้าง</h2>" + table(["clean-win-69", "proc-plan-69", "proc-year-68"]))
    cats = " · ".join(a(f"/download/{s}/", n) for s, n in CATS.items())
    write("/download/", "เอกสารเผยแพร่", f"<p>หมวดหมู่ : {cats}</p>{table(listed())}")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"เอกสารเผยแพร่ : {cname}", f"<p>หมวดหมู่ : {cats}</p>{table(listed(slug))}")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปีงบประมาณ พ.ศ. 2569</a></li>'
          '<li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569",
          "<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล / ตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>" + ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568", ita_table(ITA_2568))
    write("/laws/", "กฎหมายที่เกี่ยวข้อง",
          "<ul><li>พระราชบัญญัติองค์กรอัยการและพนักงานอัยการ พ.ศ. 2553</li><li>ประมวลกฎหมายวิธีพิจารณาความอาญา</li>"
          "<li>พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</li></ul>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สำนักงานเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in MENU) + "</ul>")


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    for n in ("emblem.png", "person.png", "chart.png", "photo.png", "ita.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    for n in ("pdf.gif", "docx.gif", "xlsx.gif", "doc.gif", "xls.gif"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(gif)
    with open(os.path.join(HERE, "assets", "oag.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#oagbar{background:#5a1d1d;color:#fff;padding:4px}"
                 "#oagbar a{color:#fc6}#banner{background:#7b2b2b;color:#fff;padding:8px}#menu li{display:inline;margin:0 6px}"
                 "#wrap{display:flex}#side{width:240px}#main{flex:1;padding:8px}.box{border:1px solid #ccc;margin:6px;padding:6px}"
                 "table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:3px}#footer{background:#eee;padding:8px}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
