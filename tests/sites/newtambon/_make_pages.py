"""Generate the HTML pages of the "newtambon" test site (เทศบาลตำบลดอนพะยอม, invented).

Run:  python tests/sites/newtambon/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A เทศบาลตำบล that was องค์การบริหารส่วนตำบลดอนพะยอม until 5 มิถุนายน 2567, on the same provider
template it had as an อบต. (the logo alt text and the footer copyright still say อบต.).  Top bar,
menu, a right-hand side column (the mayor, quick links, the old อบต. documents, a visitor
counter) and a footer on every page; pages are folder/index.html.  Documents by category under
/download/<cat>/, the monthly สขร.1 on /procurement/, news under /news/ (two pages), the documents
of the former อบต. on /archive/sao/.  The ITA page /ita/2569/ is a table o1 … o26 in the office's
own short wording; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "เทศบาลตำบลดอนพะยอม"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณ",
        "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ", "stats": "ข้อมูลสถิติ",
        "procure": "รายงานการจัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส / ป้องกันการทุจริต", "general": "ประกาศ / เอกสารทั่วไป"}
ARCHIVE = ["devplan-61-64", "anti-plan-65-68", "no-gift-67", "staff-manual"]  # old อบต. documents
GONE = {"complaint-manual-old", "risk-67-gone"}
HIDDEN = GONE | {"devplan-61-64", "anti-plan-65-68", "no-gift-67"}  # not in the category lists
GONE_SIZE = {"complaint-manual-old": "1.2 MB", "risk-67-gone": "356.0 KB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key)


MENU = [("หน้าแรก", "/"), ("ประวัติเทศบาล", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("คณะผู้บริหาร", "/about/executives/"), ("สภาเทศบาล", "/about/council/"), ("ข่าวสาร", "/news/"),
        ("ประกาศจัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลดเอกสาร", "/download/"),
        ("บริการออนไลน์", "/eservice/"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"),
        ("กระดานถาม-ตอบ", "/qa/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">{ORG} อำเภอโนนจำปาทอง จังหวัดชัยภูมิ · ศูนย์บริการประชาชน 0 4405 8230 · วันจันทร์ - ศุกร์ 08.30 - 16.30 น.</div>
<div id="banner"><img src="/assets/logo.png" alt="ตราสัญลักษณ์ อบต.ดอนพะยอม" width="72" height="72">
<b>{ORG}</b><br><small>Don Phayom Subdistrict Municipality · (เดิม องค์การบริหารส่วนตำบลดอนพะยอม)</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="main">
<div class="crumb"><a href="/">หน้าแรก</a> › {esc(title)}</div>
<h2>{esc(title)}</h2>
{body}
</div>
<div id="side">
<div class="box"><img src="/assets/mayor.png" alt="นายกเทศมนตรี" width="120" height="150"><br>
<b>นายประเสริฐ วงศ์พะยอม</b><br>นายกเทศมนตรีตำบลดอนพะยอม<br>สายตรงนายกฯ 08 1725 4409</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/ita/2569/">ITA ปี ๒๕๖๙</a><br><a href="/ita/2568/">ITA ปี ๒๕๖๘</a><br>
<a href="/download/manual/">คู่มือประชาชน</a><br><a href="/eservice/">ยื่นคำร้องออนไลน์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/archive/sao/">เอกสารเดิม อบต.ดอนพะยอม</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></div>
<div class="box">ผู้เข้าชมเว็บไซต์ 148,206 ครั้ง<br>ออนไลน์ขณะนี้ 3</div>
</div></div>
<div id="footer">{ORG} 88 หมู่ที่ 5 ตำบลดอนพะยอม อำเภอโนนจำปาทอง จังหวัดชัยภูมิ 36290<br>
โทรศัพท์ 0 4405 8230 โทรสาร 0 4405 8232 · อีเมล saraban@donphayom.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a> · <a href="/law/">กฎหมายที่เกี่ยวข้อง</a><br>
© 2561 องค์การบริหารส่วนตำบลดอนพะยอม · ออกแบบโดย ThaiLocalWeb</div>
</body></html>
"""


PAGES: list[str] = []


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))
    PAGES.append(path)


def size_of(key: str) -> str:
    if key in GONE:
        return GONE_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}" target="_blank">{esc(title)}</a></td>'
                    f'<td>{be(up)}</td><td>[{ext.upper()}] {size_of(k)}</td><td>{(len(title) * 37) % 400 + 12}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th><th>ดาวน์โหลด</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and not k.startswith("proc-2")
            and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs, attachment key or None
    (588, (2026, 4, 7), "ประชาสัมพันธ์ชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     ["เทศบาลตำบลดอนพะยอมขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้างภายในวันที่ 30 เมษายน 2569 ณ กองคลัง"], "tax-notice-69"),
    (585, (2026, 3, 20), "กองช่างซ่อมแซมฝายน้ำล้น หมู่ที่ 7 บ้านโนนพะยอม แล้วเสร็จ",
     ["วันที่ 20 มีนาคม 2569 กองช่างตรวจรับงานซ่อมแซมฝายน้ำล้น ตามข้อเสนอจากเวทีประชาคมเทศบาล ครั้งที่ 1/2569"], None),
    (581, (2026, 2, 13), "สรุปผลการประชุมประชาคมเทศบาล ครั้งที่ 1/2569 เพื่อทบทวนแผนพัฒนาท้องถิ่น",
     ["วันที่ 12 กุมภาพันธ์ 2569 เทศบาลตำบลดอนพะยอมจัดประชุมประชาคมเทศบาล ณ หอประชุมเทศบาล มีผู้เข้าร่วม 148 คน "
      "จากทั้ง 13 หมู่บ้าน ประกอบด้วยผู้นำชุมชน กลุ่มอาชีพ อสม. ผู้สูงอายุ และเยาวชน",
      "ที่ประชุมเสนอโครงการ 41 โครงการ เทศบาลจะบรรจุในแผนพัฒนาท้องถิ่นเพิ่มเติม ครั้งที่ 1/2569 จำนวน 23 โครงการ "
      "และแจ้งผลการพิจารณาให้ทุกหมู่บ้านทราบภายในเดือนมีนาคม 2569 (รายละเอียดตามรายงานการประชุมแนบท้าย)"], "forum-minutes-69"),
    (577, (2026, 2, 2), "ขอเชิญร่วมประชุมประชาคมเทศบาล ครั้งที่ 1/2569",
     ["ขอเชิญผู้นำชุมชน ตัวแทนกลุ่มต่าง ๆ และประชาชนทั่วไป ร่วมประชุมประชาคมเทศบาล ในวันที่ 12 กุมภาพันธ์ 2569 "
      "เวลา 09.00 น. ณ หอประชุมเทศบาลตำบลดอนพะยอม"], None),
    (572, (2026, 1, 16), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรม ประจำปี 2569",
     ["วันที่ 15 มกราคม 2569 ปลัดเทศบาลเป็นประธานเปิดโครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภาเทศบาล "
      "พนักงานเทศบาลและพนักงานจ้าง รวม 62 คน เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล",
      "กิจกรรมประกอบด้วยการบรรยายเรื่องประมวลจริยธรรม Do's & Don'ts ของพนักงาน และกรณีศึกษาการขัดกันแห่งผลประโยชน์"], "ethics"),
    (566, (2025, 12, 24), "ประกาศผลคะแนนการประเมิน ITA ประจำปี 2568 ของเทศบาลตำบลดอนพะยอม",
     ["สำนักงาน ป.ป.ช. ประกาศผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปี 2568 "
      "เทศบาลตำบลดอนพะยอมได้ 84.12 คะแนน ระดับ A ขอบคุณพนักงานทุกคนและประชาชนที่ร่วมตอบแบบสอบถาม"], None),
    (561, (2025, 11, 5), "งานประเพณีลอยกระทง ประจำปี 2568",
     ["เทศบาลตำบลดอนพะยอมจัดงานประเพณีลอยกระทง ณ หนองพะยอมใหญ่ มีการประกวดกระทงประดิษฐ์จากวัสดุธรรมชาติ"], None),
    (555, (2025, 10, 23), "พิธีวางพวงมาลา เนื่องในวันปิยมหาราช 2568",
     ["นายกเทศมนตรีตำบลดอนพะยอมนำคณะผู้บริหารและพนักงานร่วมพิธีวางพวงมาลา ณ ที่ว่าการอำเภอโนนจำปาทอง"], None),
    (552, (2025, 10, 3), "ประกาศใช้เทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2569",
     ["เทศบาลตำบลดอนพะยอมประกาศใช้เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 จำนวน 46,750,000 บาท"], "budget-69"),
    # FY2568 (page 2)
    (498, (2025, 3, 4), "สรุปผลการประชุมประชาคมเทศบาล ประจำปี 2568",
     ["วันที่ 28 กุมภาพันธ์ 2568 เทศบาลจัดประชุมประชาคมเทศบาล มีผู้เข้าร่วม 131 คน"], None),
    (476, (2024, 12, 18), "ประกาศผลคะแนน ITA ประจำปี 2567",
     ["องค์การบริหารส่วนตำบลดอนพะยอม (ปัจจุบันเทศบาลตำบลดอนพะยอม) ได้คะแนน ITA 2567 78.40 คะแนน"], None),
    (455, (2024, 10, 9), "เทศบาลตำบลดอนพะยอมต้อนรับคณะศึกษาดูงานจากเทศบาลตำบลหนองแวง",
     ["คณะศึกษาดูงานด้านการจัดการขยะชุมชนจำนวน 45 คนเยี่ยมชมธนาคารขยะหมู่ที่ 3"], None),
    (431, (2024, 6, 7), "พิธีเปลี่ยนป้ายสำนักงาน จาก อบต.ดอนพะยอม เป็นเทศบาลตำบลดอนพะยอม",
     ["ตามประกาศกระทรวงมหาดไทย เรื่อง เปลี่ยนแปลงฐานะองค์การบริหารส่วนตำบลดอนพะยอม เป็นเทศบาลตำบลดอนพะยอม "
      "มีผลตั้งแต่วันที่ 5 มิถุนายน 2567 จึงจัดพิธีเปลี่ยนป้ายสำนักงาน"], None),
]


def news_pages() -> None:
    for nid, (y, m, dd), title, paras, att in NEWS:
        from datetime import date

        body = f'<p class="date">โพสต์เมื่อ {be(date(y, m, dd))} · งานประชาสัมพันธ์ สำนักปลัดเทศบาล</p>\n'
        body += "\n".join(f"<p>{esc(p)}</p>" for p in paras)
        body += '\n<p><img src="/assets/news.png" alt="ภาพกิจกรรม" width="320" height="200"></p>'
        if att:
            body += f'\n<p>เอกสารแนบ: <a href="{f(att)}">{esc(ROWS[att][0])}</a></p>'
        body += '\n<p><a href="/news/">« กลับหน้ารวมข่าว</a></p>'
        write(f"/news/{nid}/", title, body)

    def listing(items) -> str:
        from datetime import date

        return "<ul class=\"news\">\n" + "\n".join(
            f'<li>[{be(date(*n[1]))}] <a href="/news/{n[0]}/">{esc(n[2])}</a></li>' for n in items) + "\n</ul>"

    fy69 = [n for n in NEWS if n[1] >= (2025, 10, 1)]
    older = [n for n in NEWS if n[1] < (2025, 10, 1)]
    write("/news/", "ข่าวประชาสัมพันธ์", listing(fy69) + '\n<p>หน้า 1 | <a href="/news/page/2/">2</a> | <a href="/news/page/2/">ถัดไป »</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", listing(older) + '\n<p><a href="/news/">1</a> | หน้า 2</p>')


# ---------------------------------------------------------------- static pages

def about_pages() -> None:
    write("/about/history/", "ประวัติความเป็นมา", """
<p>เดิมเป็นสภาตำบลดอนพะยอม ได้รับการยกฐานะเป็นองค์การบริหารส่วนตำบลดอนพะยอม เมื่อวันที่ 2 มีนาคม 2539
และกระทรวงมหาดไทยประกาศเปลี่ยนแปลงฐานะเป็น <b>เทศบาลตำบลดอนพะยอม</b> มีผลตั้งแต่วันที่ 5 มิถุนายน 2567</p>
<p>เอกสารที่จัดทำก่อนวันดังกล่าวยังคงใช้ชื่อ "องค์การบริหารส่วนตำบลดอนพะยอม" และยังมีผลใช้บังคับจนกว่าจะมีการปรับปรุง
(ดู <a href="/archive/sao/">เอกสารเดิมของ อบต.ดอนพะยอม</a>)</p>
<p>พื้นที่ 52 ตารางกิโลเมตร 13 หมู่บ้าน ประชากร 7,184 คน 2,356 ครัวเรือน</p>""")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ", """
<p><b>วิสัยทัศน์</b> "ดอนพะยอมน่าอยู่ เกษตรปลอดภัย ชุมชนเข้มแข็ง บริหารโปร่งใส"</p>
<ol><li>พัฒนาโครงสร้างพื้นฐานให้ได้มาตรฐาน</li><li>ส่งเสริมคุณภาพชีวิตและสวัสดิการสังคม</li>
<li>ส่งเสริมเกษตรปลอดภัยและเศรษฐกิจชุมชน</li><li>บริหารจัดการตามหลักธรรมาภิบาล</li></ol>""")
    write("/about/structure/", "โครงสร้างส่วนราชการ", """
<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้างเทศบาลตำบลดอนพะยอม" width="600" height="380"></p>
<h3>ฝ่ายการเมือง</h3>
<ul><li>นายกเทศมนตรีตำบลดอนพะยอม
 <ul><li>รองนายกเทศมนตรี (2 คน)</li><li>เลขานุการนายกเทศมนตรี</li><li>ที่ปรึกษานายกเทศมนตรี</li></ul></li>
<li>สภาเทศบาลตำบลดอนพะยอม: ประธานสภาเทศบาล รองประธานสภาเทศบาล สมาชิกสภาเทศบาล 12 คน (เขตเลือกตั้งละ 6 คน)</li></ul>
<h3>ฝ่ายประจำ</h3>
<ul><li>ปลัดเทศบาล (นักบริหารงานท้องถิ่น ระดับกลาง)
 <ul><li>รองปลัดเทศบาล</li>
 <li>สำนักปลัดเทศบาล: ฝ่ายอำนวยการ ฝ่ายปกครอง งานป้องกันและบรรเทาสาธารณภัย</li>
 <li>กองคลัง: งานการเงินและบัญชี งานพัฒนาและจัดเก็บรายได้ งานพัสดุ</li>
 <li>กองช่าง: งานก่อสร้าง งานสาธารณูปโภค</li>
 <li>กองการศึกษา: ศูนย์พัฒนาเด็กเล็ก 2 แห่ง</li>
 <li>กองสาธารณสุขและสิ่งแวดล้อม (จัดตั้งใหม่ พ.ศ. 2568)</li>
 <li>หน่วยตรวจสอบภายใน</li></ul></li></ul>
<p><a href="/about/authority/">อำนาจหน้าที่ของเทศบาล</a></p>""")
    write("/about/authority/", "อำนาจหน้าที่", """
<p>เทศบาลตำบลดอนพะยอมมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 และมาตรา 51
และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p>
<ol><li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li>
<li>รักษาความสะอาดของถนน ที่สาธารณะ และกำจัดขยะมูลฝอย</li><li>ป้องกันและระงับโรคติดต่อ</li>
<li>ป้องกันและบรรเทาสาธารณภัย</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li>
<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>บำรุงศิลปะ จารีตประเพณี และวัฒนธรรมอันดีของท้องถิ่น</li>
<li>ให้มีน้ำสะอาดหรือการประปา (มาตรา 51)</li></ol>""")
    execs = [("นายประเสริฐ วงศ์พะยอม", "นายกเทศมนตรีตำบลดอนพะยอม", "08 1725 4409"),
             ("นายสุริยา ดอนไพร", "รองนายกเทศมนตรี", "08 9631 2057"),
             ("นางพรทิพย์ คำพะยอม", "รองนายกเทศมนตรี", "08 6412 7730"),
             ("นายวิชัย ทองพะยอม", "เลขานุการนายกเทศมนตรี", "06 3318 2201"),
             ("นางสาวอรุณี แก้วประเสริฐ", "ปลัดเทศบาล", "0 4405 8230 ต่อ 101")]
    body = "\n".join(f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="110" height="140">'
                     f"<br><b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "คณะผู้บริหาร", body)
    write("/about/council/", "สภาเทศบาล", """
<ul><li>นายบุญมี ศรีพะยอม ประธานสภาเทศบาล</li><li>นางสมพร ดอนแก้ว รองประธานสภาเทศบาล</li>
<li>สมาชิกสภาเทศบาล เขต 1 จำนวน 6 คน เขต 2 จำนวน 6 คน</li><li>นางสาวอรุณี แก้วประเสริฐ เลขานุการสภาเทศบาล</li></ul>""")
    write("/about/staff/", "บุคลากร", """
<table class="list"><tr><th>ส่วนราชการ</th><th>หัวหน้าส่วนราชการ</th></tr>
<tr><td>สำนักปลัดเทศบาล</td><td>นางนิภา พะยอมศรี หัวหน้าสำนักปลัดเทศบาล</td></tr>
<tr><td>กองคลัง</td><td>นางสาวกาญจนา ศรีดอน ผู้อำนวยการกองคลัง</td></tr>
<tr><td>กองช่าง</td><td>นายเอกชัย โนนทอง ผู้อำนวยการกองช่าง</td></tr>
<tr><td>กองการศึกษา</td><td>นางวันเพ็ญ บุญพะยอม ผู้อำนวยการกองการศึกษา</td></tr></table>""")


def service_pages() -> None:
    write("/contact/", "ติดต่อเทศบาล", """
<p>เทศบาลตำบลดอนพะยอม 88 หมู่ที่ 5 ตำบลดอนพะยอม อำเภอโนนจำปาทอง จังหวัดชัยภูมิ 36290</p>
<p>โทรศัพท์ 0 4405 8230 (สำนักปลัด) 0 4405 8231 (ศูนย์รับเรื่องร้องเรียน) โทรสาร 0 4405 8232</p>
<p>อีเมล saraban@donphayom.go.th · Facebook: เทศบาลตำบลดอนพะยอม · Line OA @donphayom</p>
<p>แผนที่: <a href="https://maps.google.com/?q=15.9021,101.7734">เปิดแผนที่ Google Maps</a></p>
<p>สอบถามข้อมูลเพิ่มเติมได้ที่ <a href="/qa/">กระดานถาม-ตอบ</a></p>""")
    write("/qa/", "กระดานถาม-ตอบ (Q&amp;A)", """
<table class="list"><tr><th>กระทู้</th><th>ผู้ถาม</th><th>ตอบ</th><th>วันที่</th></tr>
<tr><td><a href="/qa/topic/217/">ขอทราบกำหนดการยื่นขอรับเบี้ยยังชีพผู้สูงอายุปี 2570</a></td><td>ชาวบ้านหมู่ 9</td><td>1</td><td>3 มี.ค. 2569</td></tr>
<tr><td><a href="/qa/topic/209/">ไฟถนนหน้าโรงเรียนบ้านโนนพะยอมดับ</a></td><td>ผู้ปกครอง</td><td>1</td><td>14 ม.ค. 2569</td></tr></table>
<h3>ตั้งกระทู้ใหม่</h3>
<form method="post" action="/qa/"><p>ชื่อ <input name="name"> อีเมล <input name="email"></p>
<p>หัวข้อ <input name="subject" size="50"></p><p><textarea name="message" rows="5" cols="60"></textarea></p>
<p><button type="submit">ส่งคำถาม</button></p></form>""")
    write("/qa/topic/217/", "ขอทราบกำหนดการยื่นขอรับเบี้ยยังชีพผู้สูงอายุปี 2570", """
<p><b>ถาม</b> (3 มี.ค. 2569) แม่จะอายุครบ 60 ปีในเดือนสิงหาคม 2569 ต้องไปลงทะเบียนเมื่อไหร่คะ</p>
<p><b>ตอบ</b> (4 มี.ค. 2569 สำนักปลัด) ลงทะเบียนได้ตั้งแต่เดือนมกราคม - กันยายน 2569 ณ สำนักปลัดเทศบาล นำบัตรประชาชนและสมุดบัญชีธนาคาร</p>""")
    write("/qa/topic/209/", "ไฟถนนหน้าโรงเรียนบ้านโนนพะยอมดับ", """
<p><b>ถาม</b> (14 ม.ค. 2569) ไฟถนนหน้าโรงเรียนดับมาหลายวันแล้วครับ</p>
<p><b>ตอบ</b> (15 ม.ค. 2569 กองช่าง) เจ้าหน้าที่ได้ดำเนินการเปลี่ยนหลอดไฟแล้วเมื่อวันที่ 15 มกราคม 2569</p>""")
    write("/eservice/", "บริการออนไลน์ (E-Service)", f"""
<p>ประชาชนยื่นคำร้องขอรับบริการผ่านเว็บไซต์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>
<form method="post" action="/eservice/sent/">
<p>ประเภทคำร้อง <select name="type"><option>ขอรับความช่วยเหลือ/ซ่อมแซมไฟฟ้าสาธารณะ</option>
<option>ขอรับน้ำอุปโภคบริโภค</option><option>ขอลงทะเบียนเบี้ยยังชีพ</option><option>ขออนุญาตก่อสร้างอาคาร</option></select></p>
<p>ชื่อ-สกุล <input name="fullname"> เลขบัตรประชาชน <input name="idcard"></p>
<p>โทรศัพท์ <input name="phone"> ที่อยู่ <input name="address" size="40"></p>
<p>รายละเอียด<br><textarea name="detail" rows="4" cols="60"></textarea></p>
<p>แนบไฟล์ <input type="file" name="attach"></p><p><button type="submit">ส่งคำร้อง</button></p></form>
<p>สถิติการให้บริการ: <a href="{f('service-69')}">สถิติการให้บริการประชาชน ต.ค. 68 - มี.ค. 69 (รวม E-Service)</a></p>""")
    write("/eservice/sent/", "ส่งคำร้องเรียบร้อย", "<p>ระบบได้รับคำร้องของท่านแล้ว เลขที่รับเรื่องจะส่งทาง SMS</p>")
    write("/complaint/", "ร้องเรียน / ร้องทุกข์", """
<p>ท่านสามารถร้องเรียนร้องทุกข์เรื่องทั่วไปได้ที่ศูนย์รับเรื่องราวร้องทุกข์ เทศบาลตำบลดอนพะยอม โทร. 0 4405 8231</p>
<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่</a></p>
<p><a href="/download/manual/">คู่มือการจัดการเรื่องร้องเรียน</a></p>""")
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """
<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ ท่านไม่จำเป็นต้องระบุชื่อ</p>
<form method="post" action="/complaint/corruption/">
<p>ชื่อ-สกุล (ไม่บังคับ) <input name="name"> โทรศัพท์/อีเมล (ไม่บังคับ) <input name="contact"></p>
<p>ผู้ถูกร้องเรียน / หน่วยงาน <input name="target" size="40"></p>
<p>รายละเอียดการกระทำ วัน เวลา สถานที่<br><textarea name="detail" rows="6" cols="60"></textarea></p>
<p>หลักฐาน <input type="file" name="evidence"></p><p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form>
<p>หรือโทร. 0 4405 8231 · ตู้รับเรื่องร้องเรียนหน้าสำนักงาน</p>""")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>เทศบาลเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/law/", "กฎหมายที่เกี่ยวข้อง", """
<ul><li><a href="https://www.krisdika.go.th/">พระราชบัญญัติเทศบาล พ.ศ. 2496</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560</a></li></ul>""")


def download_pages() -> None:
    cats = "\n".join(f'<li><a href="/download/{c}/">{esc(t)}</a> ({len(listed(c))})</li>' for c, t in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<ul>\n{cats}\n</ul>\n<h3>เอกสารล่าสุด</h3>\n{table(listed()[:10])}")
    for c, t in CATS.items():
        extra = ""
        if c == "procure":
            extra = '<p>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ดูที่ <a href="/procurement/">หน้าจัดซื้อจัดจ้าง</a></p>'
        write(f"/download/{c}/", t, table(listed(c)) + extra)
    write("/archive/sao/", "เอกสารเดิม องค์การบริหารส่วนตำบลดอนพะยอม (ก่อนเปลี่ยนแปลงฐานะ)",
          "<p>เอกสารที่จัดทำในนามองค์การบริหารส่วนตำบลดอนพะยอม ก่อนวันที่ 5 มิถุนายน 2567</p>\n" + table(ARCHIVE))


def procurement_pages() -> None:
    months = sorted((k for k in ROWS if k.startswith("proc-2")), key=lambda k: ROWS[k][2], reverse=True)
    write("/procurement/", "ผลการจัดซื้อจัดจ้าง / สรุปผล สขร.1",
          "<h3>สรุปผลการดำเนินการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ 2569</h3>\n" + table(months)
          + f'\n<h3>รายงานประจำปี</h3>\n<p><a href="{f("proc-year-68")}">{esc(ROWS["proc-year-68"][0])}</a></p>'
          + '\n<p><a href="/procurement/announce/">ประกาศจัดซื้อจัดจ้าง (e-GP)</a></p>')
    write("/procurement/announce/", "ประกาศจัดซื้อจัดจ้าง", """
<ul><li>[10 มี.ค. 2569] ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569 (แก้ไขครั้งที่ 2) <a href="https://process3.gprocurement.go.th/">ดูที่ระบบ e-GP</a></li>
<li>[19 ก.พ. 2569] ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมฝายน้ำล้น หมู่ที่ 7 <a href="https://process3.gprocurement.go.th/">ดูที่ระบบ e-GP</a></li>
<li>[4 ธ.ค. 2568] ประกวดราคาจ้างก่อสร้างถนน คสล. หมู่ที่ 2 ด้วยวิธี e-bidding <a href="https://process3.gprocurement.go.th/">ดูที่ระบบ e-GP</a></li></ul>""")


# ---------------------------------------------------------------- ITA

def link(key: str, text: str | None = None) -> str:
    return f'<a href="{f(key)}">{esc(text or ROWS[key][0])}</a>'


def page(url: str, text: str) -> str:
    return f'<a href="{url}">{esc(text)}</a>'


ITA_69 = [
    ("o1", "โครงสร้าง หน้าที่และอำนาจ", [page("/about/structure/", "โครงสร้าง"), page("/about/authority/", "อำนาจหน้าที่")]),
    ("o2", "ข้อมูลผู้บริหาร", [page("/about/executives/", "คณะผู้บริหาร")]),
    ("o3", "การติดต่อ / ถาม-ตอบ", [page("/contact/", "ติดต่อเทศบาล"), page("/qa/", "Q&A")]),
    ("o4", "ข่าวประชาสัมพันธ์", [page("/news/", "ข่าวประชาสัมพันธ์")]),
    ("o5", "แผนพัฒนาท้องถิ่น", [link("devplan-66-70", "แผนพัฒนาท้องถิ่น 2566-2570")]),
    ("o6", "แผนดำเนินงาน / งบประมาณ", [link("opplan-69-wrong"), link("budget-69", "เทศบัญญัติ 2569")]),
    ("o7", "รายงานผลการดำเนินงาน", [page("/download/report/", "รายงานผลการดำเนินงาน")]),
    ("o8", "คู่มือปฏิบัติงาน", [link("staff-manual")]),
    ("o9", "คู่มือประชาชน", [page("/download/manual/", "คู่มือ")]),
    ("o10", "E-Service", [page("/eservice/", "บริการออนไลน์")]),
    ("o11", "สรุปผลจัดซื้อจัดจ้างรายเดือน", [page("/procurement/", "สขร.1")]),
    ("o12", "สรุปผลจัดซื้อจัดจ้างประจำปี", [link("proc-year-68", "รายงานประจำปี 2568")]),
    ("o13", "หลักเกณฑ์/แผน HR", [page("/download/hr/", "การบริหารงานบุคคล")]),
    ("o14", "รายงานผล HR", [link("hr-report-67", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล")]),
    ("o15", "ประมวลจริยธรรม", [link("ethics", "ประมวลจริยธรรม"), page("/news/572/", "กิจกรรมขับเคลื่อน 2569")]),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียนทุจริต", [link("complaint-manual-old", "คู่มือร้องเรียน")]),
    ("o17", "ช่องทางแจ้งเรื่องทุจริต", [page("/complaint/corruption/", "แจ้งเรื่องร้องเรียน")]),
    ("o18", "สถิติเรื่องร้องเรียน", [link("complaint-half-68", "สถิติเรื่องร้องเรียนการทุจริต")]),
    ("o19", "การมีส่วนร่วม", [page("/news/581/", "ประชาคมเทศบาล 1/2569")]),
    ("o20", "No Gift Policy", [link("no-gift-67", "ประกาศ No Gift Policy"), link("no-gift-report-67", "รายงานผล No Gift"),
                                link("province-nogift", "แนวทาง No Gift (จังหวัด)")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [link("risk-order-69", "คำสั่งคณะทำงาน"), link("risk-68", "ผลการประเมินความเสี่ยงการทุจริต")]),
    ("o22", "รายงานผลบริหารความเสี่ยง", []),
    ("o23", "แผนป้องกันการทุจริต", [link("anti-plan-65-68", "แผนปฏิบัติการป้องกันการทุจริต")]),
    ("o24", "รายงานผลป้องกันการทุจริต", [link("anti-report-68", "รายงานผล ปี 2568")]),
    ("o25", "การนำผล ITA ไปพัฒนา", [link("ita-analysis-68", "วิเคราะห์ผล ITA 2568 / มาตรการ 2569")]),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [link("integrity-report-68", "รายงานผล ปี 2568")]),
]

ITA_68 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [link("devplan-66-70", "แผนพัฒนาท้องถิ่น 2566-2570")]),
    ("o6", "แผนดำเนินงาน", [link("opplan-69-wrong", "แผนการดำเนินงาน ประจำปี 2568")]),
    ("o11", "สขร.1", [page("/procurement/", "สขร.1")]),
    ("o20", "No Gift Policy", [link("no-gift-67", "ประกาศ No Gift Policy")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [link("risk-67-gone", "การประเมินความเสี่ยง ปี 2567")]),
    ("o23", "แผนป้องกันการทุจริต", [link("anti-plan-65-68", "แผนปฏิบัติการป้องกันการทุจริต 4 ปี")]),
    ("o25", "มาตรการส่งเสริมคุณธรรม", []),
]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ข้อมูล / ลิงก์</th></tr>']
    for code, text, links in rows:
        cell = "<br>".join(links) if links else "-"
        out.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "\n</table>"


def ita_pages() -> None:
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)", """
<ul><li><a href="/ita/2569/">ITA ประจำปี พ.ศ. 2569</a></li><li><a href="/ita/2568/">ITA ประจำปี พ.ศ. 2568</a></li></ul>""")
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569",
          "<p>ข้อมูลตามแบบวัดการเปิดเผยข้อมูลสาธารณะ ปี พ.ศ. 2569 (ปรับปรุงล่าสุด 8 เม.ย. 2569)</p>\n" + ita_table(ITA_69))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568",
          "<p>ข้อมูลตามแบบวัด OIT ปี พ.ศ. 2568</p>\n" + ita_table(ITA_68))


def home_and_map() -> None:
    from datetime import date

    latest = "\n".join(f'<li>[{be(date(*n[1]))}] <a href="/news/{n[0]}/">{esc(n[2])}</a></li>' for n in NEWS[:5])
    docs = "\n".join(f"<li>{link(k)}</li>" for k in listed()[:5])
    write("/", "หน้าแรก", f"""
<div class="notice">เทศบาลตำบลดอนพะยอม (เปลี่ยนแปลงฐานะจาก อบต.ดอนพะยอม เมื่อ 5 มิถุนายน 2567)</div>
<h3>ข่าวประชาสัมพันธ์</h3><ul>{latest}</ul><p><a href="/news/">ข่าวทั้งหมด »</a></p>
<h3>เอกสารเผยแพร่ล่าสุด</h3><ul>{docs}</ul><p><a href="/download/">เอกสารทั้งหมด »</a></p>
<h3>บริการประชาชน</h3><p><a href="/eservice/">E-Service</a> · <a href="/complaint/">ร้องเรียน</a> · <a href="/qa/">ถาม-ตอบ</a></p>""")
    items = "\n".join(f'<li><a href="{p}">{p}</a></li>' for p in sorted(PAGES) if p != "/")
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>\n{items}\n</ul>")


def assets() -> None:
    import io

    from PIL import Image, ImageDraw

    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0;background:#f6f3e8}#top{background:#6b3b12;color:#fff;"
                 "padding:4px;font-size:small}#banner{background:#c9872b;padding:8px}#menu{background:#8a4f1c}"
                 "#menu li{display:inline;margin:0 6px}#menu a{color:#fff}#wrap{display:flex}#main{flex:1;padding:10px}"
                 "#side{width:230px}.box{border:1px solid #caa;margin:6px;padding:6px;background:#fff}"
                 "table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:3px}"
                 "#footer{background:#6b3b12;color:#fff;padding:8px;font-size:small}.person{display:inline-block;margin:8px}\n")
    for fname, size, color in [("logo.png", (72, 72), (201, 135, 43)), ("mayor.png", (120, 150), (180, 180, 190)),
                               ("person.png", (110, 140), (190, 190, 200)), ("news.png", (320, 200), (120, 160, 110)),
                               ("chart.png", (600, 380), (255, 255, 255))]:
        img = Image.new("RGB", size, color)
        if fname == "chart.png":
            draw = ImageDraw.Draw(img)
            for x, y in [(250, 20), (80, 150), (250, 150), (420, 150)] + [(20 + 115 * i, 290) for i in range(5)]:
                draw.rectangle([x, y, x + 100, y + 50], outline=(0, 0, 0))
        buf = io.BytesIO()
        img.save(buf, format="PNG", optimize=True)
        with open(os.path.join(HERE, "assets", fname), "wb") as fh:
            fh.write(buf.getvalue())


def main() -> None:
    assets()
    about_pages()
    service_pages()
    news_pages()
    download_pages()
    procurement_pages()
    ita_pages()
    home_and_map()


if __name__ == "__main__":
    main()
