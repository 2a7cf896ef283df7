"""Generate the HTML pages of the "saobuilder" test site (องค์การบริหารส่วนตำบลโนนสะแบงทอง, invented).

Run:  python tests/sites/saobuilder/_make_pages.py   (after _make_docs.py)

The office moved to a commercial site builder ("ThaiLocalWeb") on 1 Oct 2567.  Every page of the
builder is /index.php?mod=<module>&... (static copies under index.php.q/<query>/index.html, see
crawler/serve.py); all text is written in Thai digits (the builder's "เลขไทย" switch), dates in B.E.
Documents sit in download boxes (?mod=download&cat=N, the procurement box with a year selector)
and go out through /download.php?id=N; three printed ones are shown in a viewer page
(?mod=viewer&id=N) that embeds the PDF with a direct download beside it; event photos go to image
galleries (?mod=gallery&album=N) with attachments listed under the photos.  The ITA page is split:
a hub (?mod=ita&year=2568) and one page per group (&group=1 … 7), the items written ข้อ O๑ … O๒๖.
Last year's ITA page (?mod=ita&year=2567) and the old website (/old/) are still online.
"""

from __future__ import annotations

import base64
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG, _query_name, url  # noqa: E402

THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
PAGES: list[str] = []


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def Q(query: str) -> str:
    """A builder page's address as written in a page's source."""
    return "/index.php?" + query.replace("&", "&amp;")


def be(up) -> str:
    return f"{up.day} {MON[up.month - 1]} {up.year + 543}"


def thai_text(page: str) -> str:
    """Every digit of the page's text (not of its tags) in Thai digits."""
    return "".join(part if part.startswith("<") else part.translate(THAI) for part in re.split(r"(<[^>]+>)", page))


MENU = [("หน้าแรก", "/"), ("ข้อมูลพื้นฐาน", Q("mod=page&id=1")), ("โครงสร้าง", Q("mod=page&id=3")),
        ("ผู้บริหาร", Q("mod=page&id=5")), ("ข่าวสาร", Q("mod=news&page=1")), ("ภาพกิจกรรม", Q("mod=gallery")),
        ("ดาวน์โหลดเอกสาร", Q("mod=download")), ("E-Service", Q("mod=page&id=10")),
        ("ร้องเรียนการทุจริต", Q("mod=page&id=11")), ("ITA ๒๕๖๘", Q("mod=ita&year=2568")), ("ติดต่อเรา", Q("mod=page&id=9"))]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="generator" content="ThaiLocalWeb 4.2">
<link rel="stylesheet" href="/themes/green/style.css"></head>
<body>
<div class="tlw-header"><img src="/themes/green/logo.png" alt="ตรา อบต.โนนสะแบงทอง" width="70" height="70">
<div class="tlw-name">{ORG}<br><small>อำเภอพยัคฆภูมิพิสัย จังหวัดมหาสารคาม</small></div></div>
<ul class="tlw-menu">
{menu}
</ul>
<div class="tlw-body"><div class="tlw-side">
<div class="tlw-box"><div class="tlw-box-h">นายก อบต.</div><img src="/upload/gallery/thumb1.png" alt="นายก อบต." width="90" height="110">
<br>นายไพรวัลย์ ศรีธรรมมา<br>สายตรงนายก 08 6541 2297</div>
<div class="tlw-box"><div class="tlw-box-h">กล่องดาวน์โหลด</div>
<a href="{Q('mod=download&cat=1')}">แผนพัฒนาท้องถิ่น</a><br><a href="{Q('mod=download&cat=2')}">แผนการดำเนินงาน/งบประมาณ</a><br>
<a href="{Q('mod=download&cat=5')}">ผลการจัดซื้อจัดจ้าง</a><br><a href="{Q('mod=download&cat=7')}">ป้องกันการทุจริต</a></div>
<div class="tlw-box"><div class="tlw-box-h">ITA</div><a href="{Q('mod=ita&year=2568')}">การประเมิน ITA ประจำปี 2568</a><br>
<a href="{Q('mod=ita&year=2567')}">การประเมิน ITA ประจำปี 2567</a></div>
<div class="tlw-box"><a href="/old/">เว็บไซต์เดิม (ข้อมูลก่อน 1 ต.ค. 2567)</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></div>
<div class="tlw-box">ผู้เข้าชมวันนี้ 87 คน<br>ผู้เข้าชมทั้งหมด 41,206 คน</div>
</div>
<div class="tlw-main">
<div class="tlw-crumb"><a href="/">หน้าแรก</a> » {esc(title)}</div>
<h1>{esc(title)}</h1>
{body}
</div></div>
<div class="tlw-footer">{ORG} 88 หมู่ที่ 4 ตำบลโนนสะแบงทอง อำเภอพยัคฆภูมิพิสัย จังหวัดมหาสารคาม 44110<br>
โทรศัพท์ 0 4375 1290 โทรสาร 0 4375 1291 อีเมล saraban@nonsabaengthong.go.th ·
<a href="{Q('mod=page&id=14')}">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="{Q('mod=sitemap')}">แผนผังเว็บไซต์</a><br>
Powered by ThaiLocalWeb เว็บไซต์สำเร็จรูปสำหรับองค์กรปกครองส่วนท้องถิ่น</div>
</body></html>
"""


def write(where: str, title: str, body: str) -> None:
    """``where``: a builder query ("mod=page&id=3") or a plain folder ("/")."""
    if where.startswith("mod="):
        target = os.path.join(HERE, "index.php.q", _query_name(where), "index.html")
    else:
        target = os.path.join(HERE, where.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(thai_text(layout(title, body)))
    PAGES.append(where)


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


def dl(key: str, text: str) -> str:
    return a(url(key).replace("&", "&amp;"), text)


# ---------------------------------------------------------------- the download boxes

VIEWER = {"budget-68": 1, "citizen-manual": 2, "anti-plan-68": 3}
CATS = {  # cat: (name, [(key, title as typed, hits)])
    1: ("แผนพัฒนาท้องถิ่น", [("print-plan", "ประกาศผู้ชนะการเสนอราคา จ้างเหมาจัดทำรูปเล่มแผนพัฒนาท้องถิ่น", 41),
                            ("plan-61-65", "แผนพัฒนาท้องถิ่น", 388)]),
    2: ("แผนการดำเนินงาน / ข้อบัญญัติงบประมาณ", [
        ("half-67", "รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน", 57),
        ("opplan-68", "แผนการดำเนินงาน ประจำปี 2568", 203), ("opplan-67", "แผนการดำเนินงาน ประจำปี 2567", 316),
        ("budget-68", "ข้อบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ 2568", 274),
        ("budget-draft", "ร่างข้อบัญญัติงบประมาณรายจ่าย 2568", 95)]),
    3: ("รายงานผลการดำเนินงาน", [("cdc-report", "รายงานผลการดำเนินงาน ศพด.บ้านโนนสะแบง", 22),
                                ("eval-66", "รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น", 64)]),
    4: ("คู่มือ / สถิติการให้บริการ", [("service-stats-68", "สถิติการให้บริการประชาชน ปีงบประมาณ 2568", 19),
                                     ("survey-67", "ผลการสำรวจความพึงพอใจของผู้รับบริการ", 48),
                                     ("citizen-manual", "คู่มือสำหรับประชาชน (เบี้ยยังชีพผู้สูงอายุ)", 133),
                                     ("manual-sop", "คู่มือการปฏิบัติงาน งานสารบรรณ", 36),
                                     ("complaint-manual", "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", 71)]),
    5: ("ผลการจัดซื้อจัดจ้าง", []),  # by fiscal year, below
    6: ("การบริหารงานบุคคล / จริยธรรม", [("hr-plan-67", "แผนพัฒนาบุคลากร ประจำปีงบประมาณ 2568", 27),
                                       ("hr-report-67", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2567", 31),
                                       ("ethics-code", "ประมวลจริยธรรมของพนักงานส่วนท้องถิ่น", 58)]),
    7: ("ป้องกันการทุจริต / No Gift Policy", [
        ("complaint-stats", "สถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ 2568", 3),
        ("province-nogift", "หนังสือจังหวัด แนวทางขับเคลื่อน No Gift Policy ปี 2568", 17),
        ("anti-plan-68", "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2568", 44),
        ("anti-report-67", "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ปี 2567", 29),
        ("risk-report-67", "รายงานผลการดำเนินการจัดการความเสี่ยงการทุจริต ปี 2567", 26),
        ("gift-report-67", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา", 12),
        ("nogift-66", "ประกาศ No Gift Policy", 85)]),
}
PROC_FY = {2568: [("proc-2568-03", "มีนาคม 2568"), ("proc-2568-02", "กุมภาพันธ์ 2568"), ("proc-2568-01", "มกราคม 2568"),
                  ("proc-2567-12", "ธันวาคม 2567"), ("proc-2567-11", "พฤศจิกายน 2567"), ("proc-2567-10", "ตุลาคม 2567")],
           2567: [("proc-2567-09", "กันยายน 2567"), ("proc-2567-08", "สิงหาคม 2567"), ("proc-2567-07", "กรกฎาคม 2567")]}


def doc_link(key: str, text: str) -> str:
    if key in VIEWER:
        return a(Q(f"mod=viewer&id={VIEWER[key]}"), text)
    return dl(key, text)


def box_rows(rows) -> str:
    out = ['<table class="tlw-dl"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ดาวน์โหลด</th></tr>']
    for i, (key, title, hits) in enumerate(rows, 1):
        out.append(f'<tr><td>{i}</td><td><img src="/themes/green/{DOCS[key][0].rsplit(".", 1)[1]}.gif" alt=""> '
                   f"{doc_link(key, title)}</td><td>{be(DOCS[key][2])}</td><td>{hits} ครั้ง</td></tr>")
    return "\n".join(out) + "</table>"


def download_pages() -> None:
    cats = "".join(f'<li>{a(Q(f"mod=download&cat={c}"), n)}</li>' for c, (n, _r) in CATS.items())
    write("mod=download", "กล่องดาวน์โหลดเอกสาร", f'<ul class="tlw-cats">{cats}</ul>')
    for c, (n, rows) in CATS.items():
        if c == 5:
            continue
        write(f"mod=download&cat={c}", f"ดาวน์โหลด : {n}", box_rows(rows))
    for fy, months in PROC_FY.items():
        query = "mod=download&cat=5" if fy == 2568 else f"mod=download&cat=5&year={fy}"
        selector = (f'<form class="tlw-year">ปีงบประมาณ <select name="year"><option{" selected" if fy == 2568 else ""}>2568'
                    f'</option><option{" selected" if fy == 2567 else ""}>2567</option></select></form>'
                    f'<p>{a(Q("mod=download&cat=5"), "ปีงบประมาณ 2568")} | {a(Q("mod=download&cat=5&year=2567"), "ปีงบประมาณ 2567")}</p>')
        rows = [(k, f"สรุปผลการดำเนินการจัดซื้อจัดจ้าง (สขร.1) ประจำเดือน{m}", 10 + i) for i, (k, m) in enumerate(months)]
        if fy == 2568:
            rows += [("proc-year-67", "รายงานผลการจัดซื้อจัดจ้างประจำปี 2567", 47),
                     ("egp-notice", "ประกาศผู้ชนะการเสนอราคา ถนน คสล. หมู่ที่ 3", 66)]
        write(query, f"ดาวน์โหลด : ผลการจัดซื้อจัดจ้าง ปีงบประมาณ {fy}", selector + box_rows(rows))
    for key, vid in VIEWER.items():
        pdf = url(key)
        title = {1: "ข้อบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ 2568", 2: "คู่มือสำหรับประชาชน (เบี้ยยังชีพผู้สูงอายุ)",
                 3: "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2568"}[vid]
        write(f"mod=viewer&id={vid}", title,
              f'<div class="tlw-viewer"><iframe src="{pdf}" width="100%" height="640" title="{esc(title)}"></iframe></div>'
              f'<p>{a(pdf, "ดาวน์โหลดไฟล์ (PDF)")} · '
              f'{a("https://drive.google.com/file/d/1nSbT" + str(vid) + "qLw9Xe/view", "เปิดใน Google Drive")}</p>')


# ---------------------------------------------------------------- news and galleries

NEWS = [  # id, B.E. date, title, paragraphs
    (118, (2568, 4, 9), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2568 ณ กองคลัง"]),
    (117, (2568, 3, 28), "โครงการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน ประจำปี 2568",
     ["วันที่ 28 มีนาคม 2568 อบต.โนนสะแบงทอง ร่วมกับ อปพร. จัดทำแนวกันไฟป่าชุมชนโคกหนองทอง มีผู้เข้าร่วม 73 คน"]),
    (116, (2568, 3, 12), "การประชุมสภาองค์การบริหารส่วนตำบล สมัยสามัญ สมัยที่ 1 ประจำปี 2568",
     ["สภา อบต.โนนสะแบงทอง ประชุมสมัยสามัญ สมัยที่ 1 ประจำปี 2568 พิจารณาโอนงบประมาณรายจ่าย"]),
    (115, (2568, 2, 24), "สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี 2568",
     ["ระหว่างวันที่ 12 - 20 กุมภาพันธ์ 2568 อบต.โนนสะแบงทอง จัดประชุมประชาคมหมู่บ้านครบทั้ง 12 หมู่บ้าน "
      "เพื่อให้ประชาชนมีส่วนร่วมเสนอปัญหาและความต้องการในการทบทวนแผนพัฒนาท้องถิ่น ผู้เข้าร่วม 468 คน",
      '{album9}']),
    (114, (2568, 1, 31), "ขอเชิญร่วมประชุมประชาคมหมู่บ้าน ประจำปี 2568",
     ["อบต.โนนสะแบงทอง ขอเชิญพี่น้องประชาชนร่วมประชุมประชาคมหมู่บ้าน ระหว่างวันที่ 12 - 20 กุมภาพันธ์ 2568", "{invite}"]),
    (113, (2568, 1, 20), "ประกาศผู้ชนะการเสนอราคา ประกวดราคาจ้างก่อสร้างถนน คสล. หมู่ที่ 3", ["{egp}"]),
    (112, (2568, 1, 11), "กิจกรรมวันเด็กแห่งชาติ ประจำปี 2568",
     ["จัดงานวันเด็กแห่งชาติ ณ ศูนย์พัฒนาเด็กเล็กบ้านโนนสะแบง มีเด็กและผู้ปกครองร่วมงานกว่า 300 คน", "{album5}"]),
    (111, (2567, 12, 27), "รณรงค์ลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ 2568",
     ["ตั้งจุดบริการประชาชนบริเวณทางหลวงหมายเลข 2381 ระหว่างวันที่ 27 ธันวาคม 2567 - 2 มกราคม 2568"]),
    (110, (2567, 12, 5), "พิธีถวายพระพรชัยมงคล วันพ่อแห่งชาติ 5 ธันวาคม 2567",
     ["คณะผู้บริหาร สมาชิกสภา และพนักงาน ร่วมพิธี ณ หอประชุมอำเภอพยัคฆภูมิพิสัย"]),
    (109, (2567, 11, 15), "ประเพณีลอยกระทง ประจำปี 2567", ["จัดงาน ณ หนองสระบัว หมู่ที่ 9", "{album7}"]),
    (108, (2567, 10, 30), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ 2568", ["{opplan}"]),
    (107, (2567, 10, 14), "เปิดใช้งานเว็บไซต์ใหม่ของ อบต.โนนสะแบงทอง",
     ["ตั้งแต่วันที่ 1 ตุลาคม 2567 อบต.โนนสะแบงทอง ย้ายเว็บไซต์มาใช้ระบบใหม่ ข้อมูลเดิมยังเปิดดูได้ที่ {old}"]),
]
ALBUMS = {  # album: (title, B.E. date, captions, attachments)
    5: ("วันเด็กแห่งชาติ ประจำปี 2568", (2568, 1, 11), ["เด็กเล็กร่วมกิจกรรม", "มอบของขวัญ"], []),
    6: ("โครงการอบรมส่งเสริมคุณธรรมจริยธรรม ประจำปี 2566", (2566, 6, 16),
        ["16 มิถุนายน 2566 อบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และพนักงาน เพื่อขับเคลื่อนประมวลจริยธรรม ผู้เข้าร่วม 44 คน",
         "วิทยากรจากสำนักงานพระพุทธศาสนาจังหวัดมหาสารคาม", "ศึกษาดูงานวัดป่าโนนทอง"], []),
    7: ("ประเพณีลอยกระทง ประจำปี 2567", (2567, 11, 15), ["ขบวนกระทง", "ประกวดนางนพมาศ"], []),
    8: ("ประชุมประชาคมหมู่บ้าน ประจำปี 2567", (2567, 2, 16),
        ["ประชุมประชาคม 12 หมู่บ้าน ระหว่างวันที่ 6 - 16 กุมภาพันธ์ 2567 ผู้เข้าร่วม 441 คน"], []),
    9: ("ประชุมประชาคมหมู่บ้าน เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2568", (2568, 2, 20),
        ["12 กุมภาพันธ์ 2568 ประชาคมหมู่ที่ 1 - 3 ณ ศาลากลางบ้านโนนสะแบง ผู้เข้าร่วม 121 คน",
         "14 กุมภาพันธ์ 2568 ประชาคมหมู่ที่ 4 - 6 ณ วัดบ้านหนองทอง ผู้เข้าร่วม 109 คน",
         "18 กุมภาพันธ์ 2568 ประชาคมหมู่ที่ 7 - 9 ผู้เข้าร่วม 117 คน เสนอฝายชะลอน้ำและลานกีฬา",
         "20 กุมภาพันธ์ 2568 ประชาคมหมู่ที่ 10 - 12 ผู้เข้าร่วม 121 คน"],
        [("forum-summary", "สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี 2568 (PDF)")]),
}


def bed(t) -> str:
    y, m, day = t
    return f"{day} {MON[m - 1]} {y}"


def news_pages() -> None:
    links = {"album9": a(Q("mod=gallery&album=9"), "ชมภาพกิจกรรมและสรุปผลการประชุม"),
             "album5": a(Q("mod=gallery&album=5"), "ภาพกิจกรรม"), "album7": a(Q("mod=gallery&album=7"), "ภาพกิจกรรม"),
             "invite": '<div class="tlw-attach">ไฟล์แนบ : ' + a(url("invite-forum"), "หนังสือเชิญประชุมประชาคม.docx") + "</div>",
             "egp": '<div class="tlw-attach">ไฟล์แนบ : ' + dl("egp-notice", "ประกาศผู้ชนะ.pdf") + "</div>",
             "opplan": "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 <div class=\"tlw-attach\">ไฟล์แนบ : "
                       + dl("opplan-68", "แผนการดำเนินงาน 2568.pdf") + "</div>",
             "old": a("/old/", "เว็บไซต์เดิม")}
    for nid, when, title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"mod=news&id={nid}", title, f'<p class="tlw-date">โพสต์เมื่อ {bed(when)} · โดย admin</p>{body}'
              f'<p>{a(Q("mod=news&page=1"), "« ข่าวทั้งหมด")}</p>')
    for page in (1, 2):
        chunk = NEWS[(page - 1) * 8: page * 8]
        items = "".join(f'<li>{a(Q(f"mod=news&id={n[0]}"), n[2])} <span>({bed(n[1])})</span></li>' for n in chunk)
        pager = " ".join(f"<b>{p}</b>" if p == page else a(Q(f"mod=news&page={p}"), str(p)) for p in (1, 2))
        write(f"mod=news&page={page}", "ข่าวประชาสัมพันธ์", f'<ul class="tlw-news">{items}</ul><p>หน้า {pager}</p>')


def gallery_pages() -> None:
    cards = "".join(f'<div class="tlw-card"><a href="{Q(f"mod=gallery&album={n}")}"><img src="/upload/gallery/thumb{n % 3 + 1}.png" '
                    f'alt="{esc(t)}" width="160" height="120"></a><br>{esc(t)}<br><small>{bed(w)}</small></div>'
                    for n, (t, w, _c, _f) in sorted(ALBUMS.items(), reverse=True))
    write("mod=gallery", "ภาพกิจกรรม", cards)
    for n, (t, w, caps, files) in ALBUMS.items():
        photos = "".join(f'<figure><img src="/upload/gallery/thumb{i % 3 + 1}.png" alt="ภาพที่ {i}" width="200" height="150">'
                         f"<figcaption>{esc(c)}</figcaption></figure>" for i, c in enumerate(caps, 1))
        attach = "".join(f'<li>{a(url(k), txt)}</li>' for k, txt in files)
        attach = f'<h2>เอกสารแนบ</h2><ul class="tlw-attach">{attach}</ul>' if attach else ""
        write(f"mod=gallery&album={n}", t, f'<p class="tlw-date">วันที่ {bed(w)}</p><div class="tlw-photos">{photos}</div>{attach}')


# ---------------------------------------------------------------- ITA

GROUPS = {
    1: ("ข้อมูลพื้นฐาน", [
        ("O1", "โครงสร้างและอำนาจหน้าที่", [(Q("mod=page&id=3"), "แผนผังโครงสร้าง"), (Q("mod=page&id=4"), "อำนาจหน้าที่")]),
        ("O2", "ข้อมูลผู้บริหาร", [(Q("mod=page&id=5"), "คณะผู้บริหาร")]),
        ("O3", "ข้อมูลการติดต่อ", [(Q("mod=page&id=9"), "ติดต่อเรา")]),
        ("O4", "ข่าวประชาสัมพันธ์", [(Q("mod=news&page=1"), "ข่าวประชาสัมพันธ์")])]),
    2: ("การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("O5", "แผนพัฒนาท้องถิ่น", [("plan-61-65", "แผนพัฒนาท้องถิ่น")]),
        ("O6", "แผนการดำเนินงาน ข้อบัญญัติ และรายงานรอบ 6 เดือน",
         [("opplan-68", "แผนการดำเนินงาน 2568"), ("budget-68", "ข้อบัญญัติ 2568"), ("half-67", "รายงานรอบ 6 เดือน")]),
        ("O7", "รายงานผลการดำเนินงานประจำปี", [("eval-66", "รายงานผลการติดตามและประเมินผลแผน")]),
        ("O8", "คู่มือการปฏิบัติงาน", [("manual-sop", "คู่มือการปฏิบัติงาน")]),
        ("O9", "คู่มือสำหรับประชาชน", [("citizen-manual", "คู่มือประชาชน")]),
        ("O10", "E-Service", [(Q("mod=page&id=10"), "ยื่นคำร้องออนไลน์")]),
        ("O11", "สถิติการให้บริการ", [("service-stats-68", "สถิติการให้บริการ 2568")])]),
    3: ("การจัดซื้อจัดจ้าง", [
        ("O12", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [(Q("mod=download&cat=5"), "สขร.1 ปีงบประมาณ 2568")]),
        ("O13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("proc-year-67", "รายงานปี 2567")])]),
    4: ("การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("O14", "แผนพัฒนาบุคลากร", [("hr-plan-67", "แผนพัฒนาบุคลากร ประจำปีงบประมาณ 2568")]),
        ("O15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [("hr-report-67", "รายงานปี 2567")]),
        ("O16", "ประมวลจริยธรรม และการขับเคลื่อน", [("ethics-code", "ประมวลจริยธรรม"),
                                                  (Q("mod=gallery&album=6"), "กิจกรรมส่งเสริมคุณธรรมจริยธรรม")])]),
    5: ("การส่งเสริมความโปร่งใส", [
        ("O17", "คู่มือจัดการเรื่องร้องเรียนการทุจริต", [("complaint-manual", "คู่มือ")]),
        ("O18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [(Q("mod=page&id=11"), "แจ้งเรื่องร้องเรียน")]),
        ("O19", "สถิติเรื่องร้องเรียนการทุจริต", [("complaint-stats", "สถิติเรื่องร้องเรียน")]),
        ("O20", "การมีส่วนร่วมของประชาชน", [(Q("mod=gallery&album=9"), "ประชาคมหมู่บ้าน 2568")])]),
    6: ("การดำเนินการเพื่อป้องกันการทุจริตในประเด็นสินบน", [
        ("O21", "No Gift Policy", [("nogift-66", "ประกาศ No Gift Policy")]),
        ("O22", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด", [("gift-report-67", "รายงาน")]),
        ("O23", "การประเมินความเสี่ยงการทุจริต (สินบน)", [("risk-67", "การประเมินความเสี่ยงการทุจริต")]),
        ("O24", "รายงานผลการจัดการความเสี่ยงการทุจริต", [("risk-report-67", "รายงานปี 2567")])]),
    7: ("การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("O25", "แผนปฏิบัติการป้องกันการทุจริต", [("anti-plan-68", "แผนปี 2568")]),
        ("O26", "รายงานผลการดำเนินการป้องกันการทุจริต", [("anti-report-67", "รายงานปี 2567")])]),
}
OLD_ITA = [  # last year's page, 2567 wording
    ("O10", "แผนดำเนินงานประจำปี", [("opplan-67", "แผนการดำเนินงาน 2567")]),
    ("O11", "รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน", [("half-67", "รายงานรอบ 6 เดือน")]),
    ("O12", "รายงานผลการดำเนินงานประจำปี", [("eval-66", "รายงานปี 2566")]),
    ("O31", "ประกาศนโยบาย No Gift Policy", [("nogift-66", "ประกาศ")]),
    ("O36", "การประเมินความเสี่ยงการทุจริต", [("risk-67", "ประเมินความเสี่ยง 2567")]),
    ("O39", "แผนปฏิบัติการป้องกันการทุจริต", [("anti-plan-61-64", "แผน 4 ปี")]),
]


def ita_links(links) -> str:
    return " · ".join(a(h, t) if h.startswith("/") else doc_link(h, t) for h, t in links)


def ita_pages() -> None:
    groups = "".join(f'<li>{a(Q(f"mod=ita&year=2568&group={g}"), f"{g}. {n}")}</li>' for g, (n, _i) in GROUPS.items())
    write("mod=ita&year=2568", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี 2568",
          "<p>แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568 แยกตามหมวด</p>"
          f'<ol class="tlw-ita">{groups}</ol><p>{a(Q("mod=ita&year=2567"), "ITA ประจำปี 2567")}</p>')
    for g, (n, items) in GROUPS.items():
        rows = "".join(f"<tr><td>ข้อ {c}</td><td>{esc(t)}</td><td>{ita_links(links)}</td></tr>" for c, t, links in items)
        write(f"mod=ita&year=2568&group={g}", f"ITA 2568 : {n}",
              f'<table class="tlw-ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>{rows}</table>'
              f'<p>{a(Q("mod=ita&year=2568"), "« กลับหน้า ITA 2568")}</p>')
    rows = "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{ita_links(links)}</td></tr>" for c, t, links in OLD_ITA)
    write("mod=ita&year=2567", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567",
          f'<table class="tlw-ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{rows}</table>')


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li>{a(Q(f"mod=news&id={n[0]}"), n[2])} ({bed(n[1])})</li>' for n in NEWS[:5])
    write("/", "หน้าแรก",
          f'<div class="tlw-slide"><img src="/upload/gallery/thumb2.png" alt="ภาพสไลด์" width="600" height="200"></div>'
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="tlw-news">{latest}</ul><p>{a(Q("mod=news&page=1"), "อ่านทั้งหมด")}</p>'
          f'<h2>ภาพกิจกรรม</h2><p>{a(Q("mod=gallery&album=9"), ALBUMS[9][0])} · {a(Q("mod=gallery&album=5"), ALBUMS[5][0])}</p>'
          f'<p>{a(Q("mod=ita&year=2568"), "การประเมิน ITA ประจำปี 2568")} · {a(Q("mod=page&id=10"), "E-Service ยื่นคำร้องออนไลน์")}</p>')
    pages = {
        1: ("ประวัติความเป็นมา", "<p>องค์การบริหารส่วนตำบลโนนสะแบงทอง ยกฐานะจากสภาตำบลเมื่อปี พ.ศ. 2539 มีพื้นที่ 52 ตารางกิโลเมตร "
            "12 หมู่บ้าน ประชากร 7,184 คน 2,036 ครัวเรือน</p>" + f'<p>{a(Q("mod=page&id=2"), "วิสัยทัศน์/พันธกิจ")} · '
            f'{a(Q("mod=page&id=8"), "สภาพทั่วไปของตำบล")}</p>'),
        2: ("วิสัยทัศน์ พันธกิจ", "<p>วิสัยทัศน์ : โนนสะแบงทองน่าอยู่ เศรษฐกิจพอเพียง สังคมเข้มแข็ง บริหารโปร่งใส</p>"
            "<ol><li>พัฒนาโครงสร้างพื้นฐาน</li><li>ส่งเสริมคุณภาพชีวิต</li><li>ส่งเสริมเศรษฐกิจชุมชน</li></ol>"),
        3: ("โครงสร้างองค์กร",
            '<img src="/upload/gallery/thumb3.png" alt="แผนผังโครงสร้างองค์การบริหารส่วนตำบลโนนสะแบงทอง" width="500" height="300">'
            "<h2>ฝ่ายบริหาร (ฝ่ายการเมือง)</h2><ul><li>นายกองค์การบริหารส่วนตำบล<ul><li>รองนายก อบต. 2 คน</li>"
            "<li>เลขานุการนายก อบต.</li></ul></li></ul><h2>ฝ่ายนิติบัญญัติ</h2><ul><li>สภาองค์การบริหารส่วนตำบล<ul>"
            "<li>ประธานสภา</li><li>รองประธานสภา</li><li>สมาชิกสภา อบต. 12 คน</li><li>เลขานุการสภา</li></ul></li></ul>"
            "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดองค์การบริหารส่วนตำบล<ul><li>รองปลัด อบต.</li><li>สำนักปลัด</li><li>กองคลัง</li>"
            "<li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>กองสวัสดิการสังคม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
            f'<p>{a(Q("mod=page&id=4"), "อำนาจหน้าที่")}</p>'),
        4: ("อำนาจหน้าที่", "<p>องค์การบริหารส่วนตำบลมีอำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 "
            "มาตรา 66 67 และ 68 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
            "<li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>รักษาความสะอาดของถนน ทางเดิน ที่สาธารณะ และกำจัดขยะมูลฝอย</li>"
            "<li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li><li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li>"
            "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>บำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li>"
            "<li>ส่งเสริมการประกอบอาชีพของราษฎร</li></ol>"),
        5: ("คณะผู้บริหาร", "".join(
            f'<div class="tlw-card"><img src="/upload/gallery/thumb1.png" alt="{esc(n)}" width="90" height="110"><br>'
            f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in [
                ("นายไพรวัลย์ ศรีธรรมมา", "นายกองค์การบริหารส่วนตำบลโนนสะแบงทอง", "08 6541 2297"),
                ("นายบุญเลิศ คำภูมี", "รองนายกองค์การบริหารส่วนตำบล", "08 1975 3340"),
                ("นางสาวอรุณี พลเยี่ยม", "รองนายกองค์การบริหารส่วนตำบล", "09 2214 6658"),
                ("นายเกรียงไกร ศรีสะอาด", "เลขานุการนายกองค์การบริหารส่วนตำบล", "06 3387 1142"),
                ("นางจินตนา วงศ์ประทุม", "ปลัดองค์การบริหารส่วนตำบล", "0 4375 1290 ต่อ 102")])),
        6: ("สมาชิกสภา อบต.", "<ul><li>นายสมบัติ โคตรพันธ์ ประธานสภา อบต.</li><li>นายชาตรี บุญศรี รองประธานสภา อบต.</li>"
            "<li>สมาชิกสภา อบต. หมู่ที่ 1 - 12</li></ul>"),
        7: ("หัวหน้าส่วนราชการ", "<ul><li>นางจินตนา วงศ์ประทุม ปลัด อบต.</li><li>นายวิทยา แสนสุข หัวหน้าสำนักปลัด</li>"
            "<li>นางสาวรัชนี ทองมา ผู้อำนวยการกองคลัง</li><li>นายธวัชชัย นามบุตร ผู้อำนวยการกองช่าง</li></ul>"),
        8: ("สภาพทั่วไปของตำบล", "<p>ทิศเหนือติดต่อตำบลหนองทอง ทิศใต้ติดต่อตำบลโคกกลาง พื้นที่ส่วนใหญ่เป็นที่ราบ ทำนาและปลูกอ้อย</p>"),
        9: ("ติดต่อเรา", f"<p>{ORG}<br>88 หมู่ที่ 4 ตำบลโนนสะแบงทอง อำเภอพยัคฆภูมิพิสัย จังหวัดมหาสารคาม 44110</p>"
            "<p>โทรศัพท์ 0 4375 1290 โทรสาร 0 4375 1291<br>อีเมล saraban@nonsabaengthong.go.th<br>"
            'Facebook : <a href="https://www.facebook.com/nonsabaengthong">อบต.โนนสะแบงทอง</a></p>'
            "<p>เวลาทำการ วันจันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
            '<p><a href="https://maps.google.com/?q=15.5207,103.1874">แผนที่ตั้ง (Google Maps)</a></p>'),
        10: ("E-Service ยื่นคำร้องออนไลน์",
             "<p>ประชาชนยื่นคำร้องต่อ อบต. ได้ทางออนไลน์ ไม่ต้องเดินทางมาที่ทำการ เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
             '<form action="https://docs.google.com/forms/d/e/1FAIpQLSfNonSabaeng68/formResponse" method="post">'
             'ชื่อ-นามสกุล <input name="entry.11"><br>เบอร์โทรศัพท์ <input name="entry.12"><br>'
             'ประเภทคำร้อง <select name="entry.13"><option>คำร้องทั่วไป</option><option>ขอรับน้ำอุปโภคบริโภค</option>'
             '<option>ขอซ่อมไฟฟ้าสาธารณะ</option><option>ขอรับเบี้ยยังชีพ</option></select><br>'
             'รายละเอียด <textarea name="entry.14"></textarea><br><button>ส่งคำร้อง</button></form>'),
        11: ("แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
             "<p>ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
             '<form action="/index.php?mod=complaint&amp;act=send" method="post">ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="name"><br>'
             'โทรศัพท์ <input name="tel"><br>เรื่องที่ร้องเรียน <input name="subject"><br>รายละเอียด <textarea name="detail"></textarea><br>'
             'แนบหลักฐาน <input type="file" name="file"><br><button>ส่งเรื่องร้องเรียน</button></form>'
             "<p>หรือแจ้งทางโทรศัพท์ 0 4375 1290 ต่อ 102 และ ศูนย์ดำรงธรรมอำเภอพยัคฆภูมิพิสัย</p>"),
        12: ("ร้องเรียน/ร้องทุกข์ทั่วไป", "<p>ร้องเรียนเรื่องทั่วไปได้ที่ตู้รับเรื่องหน้าที่ทำการ หรือ โทร 0 4375 1290</p>"
             f'<p>{a(Q("mod=page&id=11"), "แจ้งเรื่องร้องเรียนการทุจริต")}</p>'),
        13: ("กฎหมายที่เกี่ยวข้อง", "<ul><li>พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537</li>"
             "<li>พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</li></ul>"),
        14: ("นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>อบต.โนนสะแบงทอง เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>"),
    }
    for pid, (title, body) in pages.items():
        write(f"mod=page&id={pid}", title, body)
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    sitemap += "".join(f'<li>{a(Q(f"mod=page&id={p}"), t)}</li>' for p, (t, _b) in pages.items())
    write("mod=sitemap", "แผนผังเว็บไซต์", f"<ul>{sitemap}</ul>")


def old_site() -> None:
    """The office's old website, left online after the move (its own, older template)."""
    def old(folder: str, title: str, body: str) -> None:
        target = os.path.join(HERE, folder, "index.html")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as fh:
            fh.write(f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - อบต.โนนสะแบงทอง</title>
<meta name="generator" content="Joomla! - Open Source Content Management"></head><body>
<div id="header"><b>องค์การบริหารส่วนตำบลโนนสะแบงทอง</b> (เว็บไซต์เดิม)</div>
<div id="nav"><a href="/old/">หน้าแรก</a> | <a href="/old/ita/">ITA</a> | <a href="/">ไปยังเว็บไซต์ใหม่</a></div>
<div id="left"><a href="/old/ita/">การประเมิน ITA</a><br>ผู้เข้าชม 118,442</div>
<div id="content"><h2>{esc(title)}</h2>{body}</div>
<div id="footer">อบต.โนนสะแบงทอง โทร. 043-751290 · ปรับปรุงล่าสุด 30 กันยายน 2567</div></body></html>
""")
        PAGES.append(folder)

    old("old", "เว็บไซต์เดิม", "<p>เว็บไซต์นี้หยุดปรับปรุงตั้งแต่วันที่ 30 กันยายน 2567 กรุณาใช้งานเว็บไซต์ใหม่</p>"
        '<p><a href="/old/ita/">ITA / เอกสารเผยแพร่ (เดิม)</a></p>')
    old("old/ita", "ITA / เอกสารเผยแพร่",
        '<ul><li><a href="/old/images/docs/risk2567.pdf">รายงานการประเมินความเสี่ยงการทุจริต ประจำปี 2567</a> (29/04/2567)</li>'
        '<li><a href="/old/images/docs/antiplan61-64.pdf">แผนปฏิบัติการป้องกันการทุจริต 4 ปี (2561-2564)</a> (15/01/2561)</li></ul>')


def assets() -> None:
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    files = {"themes/green/logo.png": png, **{f"upload/gallery/thumb{i}.png": png for i in (1, 2, 3)},
             **{f"themes/green/{e}.gif": gif for e in ("pdf", "docx", "doc", "xls")}}
    for rel, data in files.items():
        os.makedirs(os.path.dirname(os.path.join(HERE, rel)), exist_ok=True)
        with open(os.path.join(HERE, rel), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "themes/green/style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}.tlw-header{background:#1b5e20;color:#fff;padding:8px}"
                 ".tlw-menu li{display:inline;margin:0 6px}.tlw-body{display:flex}.tlw-side{width:230px}"
                 ".tlw-main{flex:1;padding:8px}.tlw-box{border:1px solid #9c9;margin:6px;padding:6px}"
                 "table{border-collapse:collapse}td,th{border:1px solid #aaa;padding:3px}"
                 ".tlw-footer{background:#e8f5e9;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()
    gallery_pages()
    download_pages()
    ita_pages()
    old_site()


if __name__ == "__main__":
    main()
