"""Generate the HTML pages of the "tambonplain" test site (เทศบาลตำบลทุ่งราบเหนือ, invented).

Run:  python tests/sites/tambonplain/_make_pages.py   (after _make_docs.py: list sizes are read
from the files it wrote)

A government-template municipal site: top bar, a menu, a left column (mayor, hotline, quick links
to ITA 2569 / ITA 2568 / e-service / complaint), the footer, on every page; pages are
folder/index.html.  Download lists by category (/download/<cat>/) show FY2568 and FY2569 files side
by side; procurement (/procurement/, /procurement/skr/); news (/news/, /news/page/2/, /news/<id>/);
the ITA page /ita/2569/ links each item in its own wording, to files or pages; last year's
/ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
MISSING_SIZE = "412 KB"
PAGES: list[str] = []


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


MENU = [
    ("หน้าแรก", "/"), ("ข้อมูลพื้นฐาน", "/about/history/"), ("โครงสร้างส่วนราชการ", "/about/structure/"),
    ("คณะผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("ประกาศ", "/announce/"),
    ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลดเอกสาร", "/download/"), ("E-Service", "/eservice/"),
    ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/"),
]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} | {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/style.css"></head>
<body>
<div id="top-bar">ยินดีต้อนรับสู่เว็บไซต์ {ORG} อำเภอวาปีปทุม จังหวัดมหาสารคาม
<span class="r">โทร. 0 4372 9118 | <a href="/sitemap/">แผนผังเว็บไซต์</a></span></div>
<div id="header"><img src="/assets/img/logo.png" alt="ตราสัญลักษณ์" width="64" height="64">
<div class="name">{ORG}<br><small>Thung Rap Nuea Subdistrict Municipality</small></div></div>
<ul id="nav">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><h3>นายกเทศมนตรี</h3><img src="/assets/img/mayor.png" alt="นายกเทศมนตรี" width="60" height="80"><br>
นายสมศักดิ์ ทองประเสริฐ<br>สายตรงนายกฯ 0 4372 9118 ต่อ 11</div>
<div class="box"><h3>เมนูหลัก</h3><ul>
<li><a href="/ita/2569/">การประเมินคุณธรรมและความโปร่งใส ITA 2569</a></li>
<li><a href="/ita/2568/">ITA 2568</a></li>
<li><a href="/eservice/">บริการออนไลน์ E-Service</a></li>
<li><a href="/complaint/">ร้องเรียน/ร้องทุกข์ การทุจริต</a></li>
<li><a href="/qa/">กระดานถาม-ตอบ</a></li>
<li><a href="/service-manual/">คู่มือสำหรับประชาชน</a></li></ul></div>
<div class="box"><h3>ลิงก์หน่วยงาน</h3><ul>
<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li>
<li><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
<li><a href="https://www.gprocurement.go.th/">ระบบจัดซื้อจัดจ้างภาครัฐ e-GP</a></li></ul></div>
<div class="box">สถิติผู้เข้าชม 96,418 ครั้ง</div>
</div>
<div id="content">
<div class="crumb"><a href="/">หน้าแรก</a> &raquo; {esc(title)}</div>
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} เลขที่ 88 หมู่ที่ 5 ตำบลทุ่งราบเหนือ อำเภอวาปีปทุม จังหวัดมหาสารคาม 44120<br>
โทรศัพท์ 0 4372 9118 โทรสาร 0 4372 9119 อีเมล saraban@thungrapnuea.go.th
| <a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>Copyright &copy; 2569 {ORG}</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html") if path != "/" else os.path.join(HERE, "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(layout(title, body))
    PAGES.append(path)


def size(rel: str) -> str:
    path = os.path.join(HERE, rel.lstrip("/"))
    if not os.path.exists(path):
        return MISSING_SIZE
    return f"{os.path.getsize(path) / 1024:.0f} KB"


def a(rel: str, text: str | None = None) -> str:
    return f'<a href="{rel}" target="_blank">{esc(text or DOCS[rel][0])}</a>'


def dl_table(rels: list[str]) -> str:
    rels = sorted(rels, key=lambda r: DOCS[r][1], reverse=True)
    rows = [f'<tr><td>{i}</td><td>{a(r)}</td><td>{be(DOCS[r][1])}</td><td>{r.rsplit(".", 1)[1].upper()} {size(r)}</td></tr>'
            for i, r in enumerate(rels, 1)]
    return ('<table class="list"><tr><th>ที่</th><th>ชื่อเอกสาร</th><th>วันที่ลงประกาศ</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


CATS = {
    "plan": ("แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", ["/files/2565/plan-2566-2570.pdf", "/files/2568/opplan-2568.pdf",
             "/files/2569/opplan-2569.pdf"]),
    "budget": ("ข้อบัญญัติ/เทศบัญญัติงบประมาณรายจ่าย", ["/files/2568/budget-2568.pdf", "/files/2569/budget-2569.pdf"]),
    "report": ("รายงานผลการดำเนินงาน", ["/files/2568/eval-2568.pdf", "/files/2569/rpst-report-2568.pdf",
               "/files/2569/eservice-stats-2569.xlsx"]),
    "hr": ("การบริหารงานบุคคล", ["/files/hr/hr-criteria.pdf", "/files/hr/hr-plan-2565-2567.pdf", "/files/2568/hr-report-2568.pdf"]),
    "manual": ("คู่มือการปฏิบัติงาน / คู่มือประชาชน", ["/files/manual/work-manual.docx", "/files/manual/service-manual.pdf",
               "/files/complaint/complaint-manual.pdf"]),
    "integrity": ("คุณธรรมและความโปร่งใส / ป้องกันการทุจริต", [
        "/files/ethics/ethics-code.pdf", "/files/2568/complaint-stats-2568.pdf", "/files/2569/nogift-2569.pdf",
        "/files/2568/gift-report-2568.pdf", "/files/2569/risk-invite-2569.pdf", "/files/2568/risk-2568.docx",
        "/files/2568/risk-mgmt-report-2568.pdf", "/files/2568/ac-report-2568.pdf", "/files/2569/ita-analysis-2568.pdf",
        "/files/2568/integrity-report-2568.pdf", "/files/2569/ita-order-2569.pdf"]),
}
SKR = ["/files/2568/skr-2568-09.pdf", "/files/2569/skr-2568-10.pdf", "/files/2569/skr-2568-11.pdf",
       "/files/2569/skr-2568-12.pdf", "/files/2569/skr-2569-02.pdf", "/files/2569/skr-2569-03.pdf"]

NEWS = [  # id, date (BE y, m, d), title, body
    (118, (2569, 4, 2), "ประชาสัมพันธ์รับสมัครนักเรียนศูนย์พัฒนาเด็กเล็ก ปีการศึกษา 2569",
     "ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลทุ่งราบเหนือ เปิดรับสมัครเด็กอายุ 2 - 3 ปี ตั้งแต่วันที่ 1 - 30 เมษายน 2569 ณ ศูนย์พัฒนาเด็กเล็ก"),
    (117, (2569, 3, 24), "โครงการขุดลอกลำห้วยทราย หมู่ที่ 6 แล้วเสร็จ",
     "กองช่างเทศบาลตำบลทุ่งราบเหนือ ดำเนินโครงการขุดลอกลำห้วยทราย หมู่ที่ 6 แล้วเสร็จตามสัญญา เพื่อกักเก็บน้ำไว้ใช้ในฤดูแล้ง"),
    (116, (2569, 3, 5), "ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า ประจำปี 2569",
     "กองสาธารณสุขและสิ่งแวดล้อม ออกหน่วยฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้สุนัขและแมว ครบทั้ง 11 หมู่บ้าน ระหว่างวันที่ 2 - 13 มีนาคม 2569"),
    (115, (2569, 2, 12), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรม ผู้บริหาร สมาชิกสภา และพนักงาน ประจำปีงบประมาณ 2569",
     "วันที่ 12 กุมภาพันธ์ 2569 เทศบาลตำบลทุ่งราบเหนือ จัดโครงการอบรมส่งเสริมคุณธรรมจริยธรรม ตามประมวลจริยธรรมของพนักงานเทศบาล "
     "ณ ห้องประชุมเทศบาล มีผู้บริหาร สมาชิกสภาเทศบาล พนักงานเทศบาล และพนักงานจ้าง เข้าร่วม 64 คน วิทยากรบรรยายเรื่อง "
     "การขับเคลื่อนจริยธรรม การป้องกันผลประโยชน์ทับซ้อน และ Do's &amp; Don'ts ของเจ้าหน้าที่"),
    (114, (2569, 1, 30), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     "ขอเชิญชวนผู้มีหน้าที่เสียภาษี ชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในเดือนเมษายน 2569 ณ กองคลัง หรือชำระผ่านแอปพลิเคชันธนาคาร"),
    (113, (2569, 1, 10), "งานวันเด็กแห่งชาติ ประจำปี 2569",
     "เทศบาลตำบลทุ่งราบเหนือ จัดงานวันเด็กแห่งชาติ ณ สนามหน้าสำนักงาน มีเด็กและผู้ปกครองร่วมงานกว่า 500 คน"),
    (112, (2568, 12, 26), "ตั้งจุดบริการประชาชนช่วงเทศกาลปีใหม่ 2569",
     "เทศบาลร่วมกับสถานีตำรวจภูธรวาปีปทุม ตั้งจุดบริการประชาชน ช่วง 7 วันอันตราย ระหว่างวันที่ 29 ธันวาคม 2568 - 4 มกราคม 2569"),
    (111, (2568, 12, 3), "ประชุมประชาคมตำบล เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2569",
     "วันที่ 3 ธันวาคม 2568 เวลา 09.00 น. เทศบาลตำบลทุ่งราบเหนือ จัดประชุมประชาคมตำบล ณ หอประชุมเทศบาล เพื่อเปิดโอกาสให้ประชาชน"
     "มีส่วนร่วมเสนอปัญหาและความต้องการ สำหรับทบทวนแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) มีผู้เข้าร่วม 142 คน ได้แก่ ผู้ใหญ่บ้าน "
     "ผู้แทนประชาคม 11 หมู่บ้าน อสม. และผู้แทนกลุ่มอาชีพ ที่ประชุมเสนอโครงการ 37 โครงการ เช่น ถนนเพื่อการเกษตร ไฟฟ้าส่องสว่าง "
     "และการขุดลอกแหล่งน้ำ ผลการประชุมจะนำเสนอคณะกรรมการพัฒนาเทศบาลพิจารณาต่อไป"),
    (110, (2568, 11, 5), "กิจกรรมประเพณีลอยกระทง ประจำปี 2568",
     "เทศบาลตำบลทุ่งราบเหนือ ร่วมกับชุมชน จัดงานประเพณีลอยกระทง ณ หนองทุ่งราบ มีการประกวดกระทงจากวัสดุธรรมชาติ"),
    (109, (2568, 10, 15), "ประกาศเจตนารมณ์ไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2569",
     "นายกเทศมนตรีตำบลทุ่งราบเหนือ นำคณะผู้บริหาร และพนักงาน ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ "
     'ประจำปีงบประมาณ 2569 <a href="/files/2569/nogift-2569.pdf">ดาวน์โหลดประกาศ</a>'),
    (108, (2568, 9, 18), "ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2568",
     "เทศบาลตำบลทุ่งราบเหนือ ได้รับผลการประเมิน ITA ประจำปี 2568 88.42 คะแนน ระดับ A ขอขอบคุณผู้มีส่วนร่วมทุกท่าน"),
    (107, (2568, 8, 12), "กิจกรรมวันแม่แห่งชาติ 2568",
     "จัดกิจกรรมเฉลิมพระเกียรติ เนื่องในวันแม่แห่งชาติ 12 สิงหาคม 2568 ณ สำนักงานเทศบาล"),
    (106, (2568, 6, 10), "ประชุมประชาคมหมู่บ้าน ปี 2568",
     "เทศบาลออกประชุมประชาคมหมู่บ้าน ครบ 11 หมู่บ้าน ระหว่างวันที่ 2 - 10 มิถุนายน 2568"),
    (105, (2568, 4, 13), "สืบสานประเพณีสงกรานต์ 2568",
     "จัดกิจกรรมรดน้ำขอพรผู้สูงอายุ เนื่องในเทศกาลสงกรานต์ 2568"),
]


def news_pages() -> None:
    def row(n):
        nid, (y, m, dd), title, _b = n
        return f'<li><a href="/news/{nid}/">{esc(title)}</a> <span class="date">{dd} {MONTHS[m - 1]} {y}</span></li>'

    write("/news/", "ข่าวประชาสัมพันธ์", "<ul class=\"news\">" + "".join(row(n) for n in NEWS[:10])
          + '</ul><p class="pager">หน้า 1 | <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", "<ul class=\"news\">" + "".join(row(n) for n in NEWS[10:])
          + '</ul><p class="pager"><a href="/news/">1</a> | หน้า 2</p>')
    for nid, (y, m, dd), title, body in NEWS:
        write(f"/news/{nid}/", title, f'<p class="date">วันที่ {dd} {MONTHS[m - 1]} {y} | โดย งานประชาสัมพันธ์</p>'
              f"<p>{body}</p>")


ITA_ROWS = [
    ("O1", "โครงสร้างและอำนาจหน้าที่", [("/about/structure/", "แผนผังโครงสร้างส่วนราชการ"), ("/about/authority/", "อำนาจหน้าที่")]),
    ("O2", "ข้อมูลผู้บริหาร", [("/about/executives/", "คณะผู้บริหาร")]),
    ("O3", "ข้อมูลการติดต่อ และช่องทางถาม-ตอบ", [("/contact/", "ติดต่อเรา"), ("/qa/", "กระดานถาม-ตอบ (Q&A)")]),
    ("O4", "ข่าวประชาสัมพันธ์", [("/news/", "ข่าวประชาสัมพันธ์")]),
    ("O5", "แผนพัฒนาท้องถิ่น", [("/files/2565/plan-2566-2570.pdf", "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)")]),
    ("O6", "แผนดำเนินงานและการใช้งบประมาณประจำปี", [("/files/2569/opplan-2569.pdf", "แผนการดำเนินงาน ประจำปี 2569"),
                                               ("/files/2569/budget-2569.pdf", "เทศบัญญัติงบประมาณรายจ่าย ประจำปี 2569")]),
    ("O7", "รายงานผลการดำเนินงานประจำปี", [("/files/2568/eval-2568.pdf", "รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ปี 2568")]),
    ("O8", "คู่มือการปฏิบัติงาน", [("/download/manual/", "คู่มือการปฏิบัติงาน")]),
    ("O9", "คู่มือสำหรับประชาชน", [("/service-manual/", "คู่มือสำหรับประชาชน")]),
    ("O10", "E-Service", [("/eservice/", "บริการออนไลน์"), ("/files/2569/eservice-stats-2569.xlsx", "สถิติการใช้บริการ")]),
    ("O11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("/procurement/skr/", "สขร.1 ปีงบประมาณ 2569")]),
    ("O12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("/files/2568/procure-report-2568.pdf", "รายงานผลการจัดซื้อจัดจ้าง ปี 2568")]),
    ("O13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล", [("/download/hr/", "การบริหารงานบุคคล")]),
    ("O14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [("/files/2568/hr-report-2568.pdf", "รายงานผลฯ ประจำปี 2568")]),
    ("O15", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", [("/files/ethics/ethics-code.pdf", "ประมวลจริยธรรม"),
                                                 ("/news/115/", "กิจกรรมส่งเสริมคุณธรรมจริยธรรม")]),
    ("O16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("/files/complaint/complaint-manual.pdf", "คู่มือการจัดการเรื่องร้องเรียน")]),
    ("O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("/complaint/", "แจ้งเรื่องร้องเรียนออนไลน์")]),
    ("O18", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริต", [("/files/2568/complaint-stats-2568.pdf", "สถิติเรื่องร้องเรียน")]),
    ("O19", "การเปิดโอกาสให้มีส่วนร่วม", [("/news/111/", "ประชุมประชาคมตำบล")]),
    ("O20", "No Gift Policy", [("/files/2569/nogift-2569.pdf", "ประกาศ No Gift Policy 2569"),
                               ("/files/2568/gift-report-2568.pdf", "รายงานการรับของขวัญ ปี 2568")]),
    ("O21", "การประเมินความเสี่ยงการทุจริต", [("/files/2569/risk-invite-2569.pdf", "การประเมินความเสี่ยงการทุจริต ปี 2569")]),
    ("O22", "รายงานผลการจัดการความเสี่ยงการทุจริต", [("/files/2568/risk-mgmt-report-2568.pdf", "รายงานผล ปี 2568")]),
    ("O23", "แผนปฏิบัติการป้องกันการทุจริต", []),
    ("O24", "รายงานผลการดำเนินการป้องกันการทุจริต", [("/files/2568/ac-report-2568.pdf", "รายงานผล ปี 2568")]),
    ("O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนา", [("/files/2569/ita-analysis-2568.pdf", "การวิเคราะห์ผลการประเมิน ITA")]),
    ("O26", "รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส", [("/files/2568/integrity-report-2568.pdf", "รายงานผล ปี 2568")]),
]

SUBS = {
    "O1": "ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน", "O5": "ตัวชี้วัดย่อยที่ 9.2 การบริหารงานและการใช้จ่ายงบประมาณ",
    "O11": "ตัวชี้วัดย่อยที่ 9.3 การจัดซื้อจัดจ้าง", "O13": "ตัวชี้วัดย่อยที่ 9.4 การบริหารและพัฒนาทรัพยากรบุคคล",
    "O16": "ตัวชี้วัดย่อยที่ 9.5 การส่งเสริมความโปร่งใส", "O20": "ตัวชี้วัดย่อยที่ 10.1 การป้องกันการทุจริต",
    "O23": "ตัวชี้วัดย่อยที่ 10.2 การส่งเสริมคุณธรรมและความโปร่งใส",
}

ITA_2568 = [
    ("O1", "โครงสร้างและอำนาจหน้าที่", "/about/structure/"), ("O5", "แผนพัฒนาท้องถิ่น", "/files/2565/plan-2566-2570.pdf"),
    ("O6", "แผนการดำเนินงาน ปี 2568", "/files/2568/opplan-2568.pdf"),
    ("O6", "เทศบัญญัติงบประมาณ ปี 2568", "/files/2568/budget-2568.pdf"),
    ("O14", "แผนพัฒนาบุคลากร", "/files/hr/hr-plan-2565-2567.pdf"), ("O16", "ประมวลจริยธรรม", "/files/ethics/ethics-code.pdf"),
    ("O17", "คู่มือการจัดการเรื่องร้องเรียน", "/files/complaint/complaint-manual.pdf"),
    ("O23", "การประเมินความเสี่ยงการทุจริต ปี 2568", "/files/2568/risk-2568.docx"),
    ("O25", "แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. 2565 - 2568)", "/files/2565/ac-plan-2565-2568.pdf"),
]


def ita_pages() -> None:
    rows = []
    for code, text, links in ITA_ROWS:
        if code in SUBS:
            rows.append(f'<tr class="sub"><td colspan="3"><b>{esc(SUBS[code])}</b></td></tr>')
        cell = "<br>".join(f'<a href="{u}">{esc(t)}</a>' for u, t in links) or '<span class="note">อยู่ระหว่างดำเนินการ</span>'
        rows.append(f"<tr><td>{code.lower()}</td><td>{esc(text)}</td><td>{cell}</td></tr>")
    write("/ita/2569/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปี 2569",
          "<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569</p>"
          '<table class="list"><tr><th>ข้อ</th><th>ข้อมูล</th><th>รายละเอียด / ลิงก์</th></tr>\n' + "\n".join(rows) + "</table>")
    rows = [f'<tr><td>{c}</td><td>{esc(t)}</td><td><a href="{u}">คลิก</a></td></tr>' for c, t, u in ITA_2568]
    write("/ita/2568/", "ITA ประจำปี 2568", "<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568</p>"
          '<table class="list"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n' + "\n".join(rows) + "</table>")
    write("/ita/", "ITA", '<ul><li><a href="/ita/2569/">ITA ประจำปี 2569</a></li><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li></ul>')


def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a></li>' for n in NEWS[:5])
    write("/", "หน้าแรก", f'<div class="banner"><a href="/ita/2569/">ITA 2569</a></div><h2>ข่าวประชาสัมพันธ์ล่าสุด</h2>'
          f'<ul class="news">{latest}</ul><p><a href="/news/">ดูทั้งหมด</a></p>'
          '<h2>ประกาศจัดซื้อจัดจ้าง</h2><p><a href="/procurement/">ดูทั้งหมด</a></p>')
    write("/about/history/", "ประวัติและข้อมูลทั่วไป",
          "<p>เทศบาลตำบลทุ่งราบเหนือ ยกฐานะจากองค์การบริหารส่วนตำบลทุ่งราบเหนือ เมื่อวันที่ 24 สิงหาคม 2552 พื้นที่ 42.6 ตารางกิโลเมตร "
          "11 หมู่บ้าน ประชากร 7,842 คน 2,315 ครัวเรือน อาชีพหลัก ทำนา ปลูกอ้อย และเลี้ยงโค</p>")
    write("/about/structure/", "แผนผังโครงสร้างส่วนราชการ",
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี (2)</li><li>เลขานุการนายกเทศมนตรี</li>"
          "<li>ที่ปรึกษานายกเทศมนตรี</li></ul></li><li>สภาเทศบาล (ประธานสภา รองประธานสภา สมาชิก 12 คน)</li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li><li>กองช่าง</li>"
          "<li>กองการศึกษา</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a> | <a href="/about/staff/">บุคลากร</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>เทศบาลตำบลทุ่งราบเหนือ มีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 และมาตรา 51 และพระราชบัญญัติกำหนดแผนและ"
          "ขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
          "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li><li>รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ "
          "รวมทั้งการกำจัดขยะมูลฝอย</li><li>ป้องกันและระงับโรคติดต่อ</li><li>ให้มีเครื่องใช้ในการดับเพลิง</li><li>ให้ราษฎรได้รับการศึกษา</li>"
          "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>บำรุงศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น</li></ol>")
    execs = [("mayor", "นายสมศักดิ์ ทองประเสริฐ", "นายกเทศมนตรีตำบลทุ่งราบเหนือ", "0 4372 9118 ต่อ 11"),
             ("deputy", "นายบุญมา ศรีวงษ์", "รองนายกเทศมนตรี", "0 4372 9118 ต่อ 12"),
             ("deputy", "นางสาวพรทิพย์ มาลัยทอง", "รองนายกเทศมนตรี", "0 4372 9118 ต่อ 12"),
             ("palad", "นางวิไลวรรณ แก้วมณี", "ปลัดเทศบาล", "0 4372 9118 ต่อ 20")]
    write("/about/executives/", "คณะผู้บริหาร", "".join(
        f'<div class="person"><img src="/assets/img/{img}.png" alt="{esc(n)}" width="60" height="80"><br><b>{esc(n)}</b><br>'
        f"{esc(p)}<br>โทร. {t}</div>" for img, n, p, t in execs))
    write("/about/council/", "สภาเทศบาล", "<p>นายประเสริฐ ดวงดี ประธานสภาเทศบาล<br>นายทองใบ สีหา รองประธานสภาเทศบาล<br>"
          "สมาชิกสภาเทศบาล เขต 1 และเขต 2 รวม 12 คน</p>")
    write("/about/staff/", "บุคลากร", "<p>สำนักปลัดเทศบาล 14 คน กองคลัง 8 คน กองช่าง 9 คน กองการศึกษา 12 คน "
          "กองสาธารณสุขและสิ่งแวดล้อม 11 คน</p>")
    write("/contact/", "ติดต่อเรา", "<p>เทศบาลตำบลทุ่งราบเหนือ เลขที่ 88 หมู่ที่ 5 ตำบลทุ่งราบเหนือ อำเภอวาปีปทุม จังหวัดมหาสารคาม 44120</p>"
          "<p>โทรศัพท์ 0 4372 9118 โทรสาร 0 4372 9119<br>อีเมล saraban@thungrapnuea.go.th<br>"
          "เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://www.google.com/maps/search/?api=1&amp;query=16.1102,103.3791">แผนที่ตั้งสำนักงาน (Google Maps)</a></p>'
          '<p>สอบถามข้อมูลได้ที่ <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          '<form action="/qa/post.php" method="post"><p>ชื่อ <input name="name"> หัวข้อ <input name="subject"></p>'
          '<p>คำถาม <textarea name="detail"></textarea></p><button>ส่งคำถาม</button></form>'
          '<table class="list"><tr><th>หัวข้อ</th><th>ผู้ถาม</th><th>ตอบ</th></tr>'
          '<tr><td><a href="/qa/12/">สอบถามการขอรับเบี้ยยังชีพผู้สูงอายุ</a></td><td>ชาวบ้านหมู่ 7</td><td>1</td></tr></table>')
    write("/qa/12/", "สอบถามการขอรับเบี้ยยังชีพผู้สูงอายุ", "<p><b>ถาม</b> (18 ก.พ. 2569) แม่จะอายุครบ 60 ปีเดือนตุลาคม ต้องลงทะเบียนเมื่อไร</p>"
          "<p><b>ตอบ</b> (19 ก.พ. 2569 โดย admin) ลงทะเบียนล่วงหน้าได้ตั้งแต่เดือนมกราคมของปีที่อายุครบ ที่สำนักปลัด นำบัตรประชาชนและสมุดบัญชีธนาคาร</p>")
    write("/eservice/", "บริการออนไลน์ (E-Service)",
          "<p>ยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>"
          '<form action="/eservice/send.php" method="post"><p>ชื่อ-สกุล <input name="name"> โทรศัพท์ <input name="tel"></p>'
          '<p>ประเภทบริการ <select name="type"><option>ขอรับบริการน้ำอุปโภคบริโภค</option><option>แจ้งซ่อมไฟฟ้าสาธารณะ</option>'
          '<option>ขอรับถังขยะ</option></select></p><p>รายละเอียด <textarea name="detail"></textarea></p><button>ส่งคำร้อง</button></form>'
          f'<p>{a("/files/2569/eservice-stats-2569.xlsx")}</p>')
    write("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้ร้องเรียนจะได้รับการคุ้มครองข้อมูลเป็นความลับ</p>"
          '<form action="/complaint/send.php" method="post"><p>ชื่อ (ไม่ระบุได้) <input name="name"></p>'
          '<p>เรื่องที่ร้องเรียน <input name="subject"></p><p>รายละเอียด <textarea name="detail"></textarea></p><button>ส่งเรื่อง</button></form>'
          '<p>ช่องทางอื่น: <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> | ตู้รับเรื่องร้องเรียน หน้าสำนักงาน | โทร. 0 4372 9118</p>'
          f'<p>{a("/files/complaint/complaint-manual.pdf")}</p>')
    write("/service-manual/", "คู่มือสำหรับประชาชน", dl_table(["/files/manual/service-manual.pdf"]))
    write("/announce/", "ประกาศ", dl_table(["/files/2569/budget-2569.pdf", "/files/2569/nogift-2569.pdf",
                                            "/files/2569/print-plan-notice.pdf"]))
    write("/procurement/", "ประกาศจัดซื้อจัดจ้าง", dl_table(["/files/2569/print-plan-notice.pdf", "/files/2568/procure-report-2568.pdf"])
          + '<p><a href="/procurement/skr/">สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</a></p>')
    write("/procurement/skr/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", dl_table(SKR))
    write("/download/", "ดาวน์โหลดเอกสาร", "<ul>" + "".join(
        f'<li><a href="/download/{k}/">{esc(t)}</a> ({len(v)} รายการ)</li>' for k, (t, v) in CATS.items()) + "</ul>")
    for k, (t, v) in CATS.items():
        write(f"/download/{k}/", t, dl_table(v))
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>เทศบาลตำบลทุ่งราบเหนือ เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")


CSS = """body{font-family:Tahoma,sans-serif;margin:0;background:#eef3f8;font-size:14px}
#top-bar{background:#0b3d6e;color:#fff;padding:4px 12px}#top-bar a{color:#fff}.r{float:right}
#header{background:#1565a6;color:#fff;padding:10px}#header .name{display:inline-block;font-size:22px;margin-left:8px}
#nav{list-style:none;margin:0;padding:0;background:#d4a017}#nav li{display:inline-block}#nav a{display:block;padding:8px 10px;color:#000}
#wrap{display:flex}#side{width:220px;padding:8px}#content{flex:1;background:#fff;padding:12px}
.box{background:#fff;margin-bottom:8px;padding:6px}.list{border-collapse:collapse;width:100%}.list td,.list th{border:1px solid #ccc;padding:4px}
#footer{background:#0b3d6e;color:#fff;padding:10px;text-align:center}#footer a{color:#fff}.person{display:inline-block;width:180px;text-align:center}
"""


def assets() -> None:
    from PIL import Image, ImageDraw

    os.makedirs(os.path.join(HERE, "assets", "css"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "css", "style.css"), "w", encoding="utf-8") as f:
        f.write(CSS)
    os.makedirs(os.path.join(HERE, "assets", "img"), exist_ok=True)
    for n, (w, h), colour in [("logo", (64, 64), (21, 101, 166)), ("mayor", (60, 80), (170, 170, 170)),
                              ("deputy", (60, 80), (160, 160, 160)), ("palad", (60, 80), (150, 150, 150))]:
        im = Image.new("RGB", (w, h), colour)
        ImageDraw.Draw(im).ellipse((w // 4, h // 8, 3 * w // 4, h // 2), fill=(230, 210, 190))
        im.save(os.path.join(HERE, "assets", "img", f"{n}.png"), optimize=True)


def main() -> None:
    assets()
    static_pages()
    news_pages()
    ita_pages()
    print(len(PAGES), "pages")


if __name__ == "__main__":
    main()
