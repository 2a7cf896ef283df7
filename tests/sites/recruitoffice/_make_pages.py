"""Generate the HTML pages of the "recruitoffice" test site (สำนักงานสัสดีจังหวัดพนมทอง, invented).

Run:  python tests/sites/recruitoffice/_make_pages.py   (after _make_docs.py: file sizes are read
from the files it wrote)

The office moved in July 2568 from WordPress to a small PHP CMS written by a local contractor:
content pages are /content.php?cid=N, news lists /news.php?type=N(&p=2), posts
/news_detail.php?nid=N with their attachments listed under the text, attachments go out through
/attach.php?fid=N, the Q&A board is /webboard.php?mode=...; every query-string URL is a static copy
under <path>.q/<query>/ (crawler/serve.py).  The ITA section is one page per item,
/oit.php?y=2569&o=N, behind an index /oit.php?y=2569 with a year selector (last year's
/oit.php?y=2568 is a single old-style table); the ITA pages and the history page write every number
in Thai digits.  The old WordPress site still answers under /wp/ (/wp/?p=N, files under
/wp/wp-content/uploads/) and the ITA pages still link into it.
"""

from __future__ import annotations

import html
import os
import sys
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))  # the repo root

from _make_docs import DOCS, ORG, path_of  # noqa: E402

from crawler.serve import _query_name  # noqa: E402

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
PHONE = "0 4561 2247"
MAIL = "saraban@sasadee-phanomthong.go.th"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(y: int, m: int, dd: int, thai: bool = False) -> str:
    s = f"{dd} {MONTHS[m - 1]} {y + 543}"
    return s.translate(TH) if thai else s


def url(key: str) -> str:
    return DOCS[key][0]


def a(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{esc(text)}</a>'


def size(key: str) -> str:
    u, fname, kind, _c, _cr, _t = DOCS[key]
    if kind == "gone":
        return "356.2 KB"
    return f"{os.path.getsize(path_of(u, fname)) / 1024:.1f} KB"


def target(u: str) -> str:
    parts = urlsplit(u)
    base = os.path.join(HERE, parts.path.lstrip("/"))
    if parts.query:
        return os.path.join(base + ".q", _query_name(parts.query), "index.html")
    return os.path.join(base, "index.html")


# ---------------------------------------------------------------- the two templates

MENU = [("หน้าแรก", "/"), ("ประวัติหน่วยงาน", "/content.php?cid=1"), ("โครงสร้าง", "/content.php?cid=2"),
        ("ผู้บริหาร", "/content.php?cid=3"), ("ข่าวประชาสัมพันธ์", "/news.php?type=1"),
        ("จัดซื้อจัดจ้าง", "/news.php?type=2"), ("เอกสารดาวน์โหลด", "/news.php?type=3"),
        ("คู่มือประชาชน", "/content.php?cid=6"), ("E-Service", "/content.php?cid=7"),
        ("ร้องเรียนการทุจริต", "/content.php?cid=9"), ("ITA", "/oit.php?y=2569"),
        ("ถาม-ตอบ", "/webboard.php?mode=list"), ("ติดต่อเรา", "/content.php?cid=5")]


def layout(title: str, body: str) -> str:
    menu = "".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<link rel="stylesheet" href="/css/main.css"></head>
<body>
<div id="head"><img src="/images/logo_nrd.png" alt="ตราหน่วยบัญชาการรักษาดินแดน" width="70" height="70">
<div><b>{ORG}</b><br>หน่วยบัญชาการรักษาดินแดน กองทัพบก</div></div>
<ul id="nav">{menu}</ul>
<div id="page"><div id="left">
<div class="blk"><b>สัสดีจังหวัดพนมทอง</b><br><img src="/images/chief.jpg" alt="สัสดีจังหวัด" width="60" height="75"><br>
พันโท ธนากร ศรีวงศ์ใหญ่</div>
<div class="blk"><b>บริการประชาชน</b><br>{a("/content.php?cid=7", "ยื่นคำร้องออนไลน์")}<br>
{a("/content.php?cid=6", "คู่มือสำหรับประชาชน")}<br>{a("/content.php?cid=9", "แจ้งเบาะแสการทุจริต")}</div>
<div class="blk"><b>ITA</b><br>{a("/oit.php?y=2569", "ITA ปี 2569")}<br>{a("/oit.php?y=2568", "ITA ปี 2568")}<br>
{a("/wp/", "เว็บไซต์เดิม")}</div>
<div class="blk"><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="blk">ผู้เข้าชม 41,287 ครั้ง</div>
</div><div id="main"><h1>{esc(title)}</h1>
{body}
</div></div>
<div id="foot">{ORG} ศาลากลางจังหวัดพนมทอง (หลังเดิม) ถนนพิทักษ์ราษฎร์ ตำบลในเมือง อำเภอเมืองพนมทอง
จังหวัดพนมทอง 35990 โทร. {PHONE} อีเมล {MAIL}<br>พัฒนาโดย พนมทองเว็บดีไซน์ © 2568</div>
</body></html>
"""


def old_layout(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="th-TH"><head><meta charset="UTF-8"><title>{esc(title)} | สัสดีจังหวัดพนมทอง</title>
<link rel="stylesheet" href="/wp/wp-content/themes/twentytwelve/style.css"></head>
<body class="single">
<p class="notice">เว็บไซต์เดิม (ไม่ได้ปรับปรุงข้อมูลแล้ว) <a href="/">ไปยังเว็บไซต์ใหม่</a></p>
<header><h2><a href="/wp/">สัสดีจังหวัดพนมทอง</a></h2><nav><a href="/wp/">หน้าแรก</a> |
<a href="/wp/?page_id=2">เกี่ยวกับเรา</a> | <a href="/wp/?p=305">ร้องเรียน</a></nav></header>
<div id="primary"><article><h1 class="entry-title">{esc(title)}</h1>{body}</article></div>
<aside id="secondary"><h3>เรื่องล่าสุด</h3><ul><li><a href="/wp/?p=412">การประเมินความเสี่ยงการทุจริต ปีงบประมาณ 2568</a></li>
<li><a href="/wp/?p=305">คู่มือการจัดการเรื่องร้องเรียน</a></li></ul></aside>
<footer>สำนักงานสัสดีจังหวัดพนมทอง · Proudly powered by WordPress</footer>
</body></html>
"""


def write(u: str, title: str, body: str, old: bool = False) -> None:
    path = target(u)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write((old_layout if old else layout)(title, body))


def attach_list(keys: list[str]) -> str:
    rows = "".join(f'<li><img src="/images/clip.gif" alt=""> {a(url(k), DOCS[k][1] or os.path.basename(url(k)))} '
                   f"({size(k)})</li>" for k in keys)
    return f'<div class="attach"><b>ไฟล์แนบ</b><ul>{rows}</ul></div>'


# ---------------------------------------------------------------- news

NEWS = [  # nid, type, (y, m, d), title, paragraphs, attachments
    (5521, 1, (2026, 4, 3), "ประชาสัมพันธ์ การตรวจเลือกทหารกองเกินเข้ากองประจำการ ประจำปี 2569",
     ["การตรวจเลือกทหารกองเกินเข้ากองประจำการ ประจำปี 2569 ระหว่างวันที่ 1 - 12 เมษายน 2569 ทั้ง 8 อำเภอ "
      "ขอให้ชายไทยที่ได้รับหมายเรียก (สด.35) ไปแสดงตนตามวันเวลาในหมายเรียก พร้อมเอกสาร สด.9 สด.35 บัตรประชาชน และหลักฐานการศึกษา"], []),
    (5517, 1, (2026, 3, 31), "เผยแพร่รายงานผลการปฏิบัติราชการ รอบ 6 เดือน ปีงบประมาณ 2569",
     ["สำนักงานสัสดีจังหวัดพนมทอง รายงานผลการปฏิบัติราชการ รอบ 6 เดือน (ตุลาคม 2568 - มีนาคม 2569) ตามไฟล์แนบ"], ["half-69"]),
    (5509, 1, (2026, 3, 2), "สรุปผลโครงการสัสดีพบประชาชน รับฟังความคิดเห็นก่อนการตรวจเลือก ประจำปี 2569",
     ["ระหว่างวันที่ 24 - 26 กุมภาพันธ์ 2569 สำนักงานสัสดีจังหวัดพนมทอง จัดโครงการสัสดีพบประชาชน ณ หอประชุมอำเภอเมืองพนมทอง "
      "อำเภอนาคูณใหญ่ และอำเภอศรีสำราญ เพื่อเปิดโอกาสให้ชายไทย ผู้ปกครอง และผู้นำชุมชน ร่วมแสดงความคิดเห็นต่อการเตรียมการตรวจเลือก",
      "มีผู้เข้าร่วมรวม 226 คน ประชาชนเสนอให้แจ้งกำหนดการผ่าน LINE และเปิดจุดบริการวันเสาร์ ซึ่งสำนักงานได้ดำเนินการแล้ว "
      "รายละเอียดตามสรุปผลที่แนบ"], ["hearing-result"]),
    (5502, 1, (2026, 2, 10), "ขอเชิญร่วมโครงการสัสดีพบประชาชน ประจำปี 2569",
     ["ขอเชิญชายไทยที่ถึงกำหนดเข้ารับการตรวจเลือก ผู้ปกครอง และผู้นำชุมชน ร่วมโครงการสัสดีพบประชาชน 24 - 26 กุมภาพันธ์ 2569"],
     ["hearing-invite"]),
    (5496, 1, (2026, 1, 23), "อบรมเสริมสร้างคุณธรรมจริยธรรมกำลังพล ประจำปีงบประมาณ 2569",
     ["วันที่ 22 มกราคม 2569 สำนักงานสัสดีจังหวัดพนมทอง จัดอบรมเสริมสร้างคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน "
      "เพื่อขับเคลื่อนประมวลจริยธรรมของข้าราชการทหาร และทบทวน Do's & Don'ts ของเจ้าหน้าที่สัสดีก่อนการตรวจเลือก",
      "วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดพนมทอง ผู้เข้าร่วม สัสดีจังหวัด สัสดีอำเภอ และเสมียนสัสดี รวม 34 นาย"], []),
    (5488, 1, (2025, 12, 15), "เผยแพร่รายงานผลการปฏิบัติราชการประจำปี",
     ["สำนักงานสัสดีจังหวัดพนมทอง เผยแพร่รายงานผลการปฏิบัติราชการประจำปี เพื่อให้ประชาชนได้รับทราบ ตามไฟล์แนบ"], ["report-67"]),
    (5480, 1, (2025, 11, 28), "รับสมัครทหารกองประจำการโดยวิธีร้องขอ (สมัครใจ) ผ่านระบบออนไลน์",
     ["ชายไทยที่ประสงค์สมัครเป็นทหารกองประจำการ สามารถยื่นความประสงค์ผ่านระบบออนไลน์ได้ที่เมนู E-Service "
      "ตั้งแต่วันที่ 1 ธันวาคม 2568 - 20 มีนาคม 2569"], []),
    (5473, 1, (2025, 11, 5), "ชายไทยเกิด พ.ศ. 2551 ไปลงบัญชีทหารกองเกินภายในปี 2569",
     ["ชายไทยที่เกิดในปี พ.ศ. 2551 ต้องไปแสดงตนลงบัญชีทหารกองเกิน ณ สำนักงานสัสดีอำเภอท้องที่ ภายในวันที่ 31 ธันวาคม 2569"], []),
    (5466, 1, (2025, 10, 20), "ประกาศใช้แผนปฏิบัติราชการ ประจำปีงบประมาณ 2569",
     ["สำนักงานสัสดีจังหวัดพนมทอง ประกาศใช้แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569 ให้สอดคล้องกับแผนของหน่วยบัญชาการรักษาดินแดน"],
     ["opplan-69", "nrd-plan-69"]),
    (5459, 1, (2025, 10, 7), "เผยแพร่ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
     ["เผยแพร่ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ตามไฟล์แนบ"], ["complaint-stats-68"]),
    # FY2568, page 2
    (5390, 1, (2025, 9, 12), "กำลังพลร่วมกิจกรรมจิตอาสาพัฒนา เนื่องในวันพระราชทานธงชาติไทย",
     ["กำลังพลสำนักงานสัสดีจังหวัดพนมทองร่วมกิจกรรมจิตอาสาพัฒนาบริเวณศาลากลางจังหวัด"], []),
    (5377, 1, (2025, 7, 1), "เปิดใช้งานเว็บไซต์ใหม่ สำนักงานสัสดีจังหวัดพนมทอง",
     ['ตั้งแต่วันที่ 1 กรกฎาคม 2568 สำนักงานเปิดใช้งานเว็บไซต์ใหม่ ข้อมูลเดิมยังเปิดดูได้ที่ <a href="/wp/">เว็บไซต์เดิม</a>'], []),
    (5362, 1, (2025, 4, 18), "ผลการตรวจเลือกทหารกองเกินเข้ากองประจำการ ประจำปี 2568",
     ["ผลการตรวจเลือกทั้ง 8 อำเภอ มีผู้สมัครใจ 452 คน จับสลากได้ใบแดง 1,126 คน รวมทหารกองประจำการ 1,578 คน"], []),
    (5340, 1, (2025, 3, 20), "กำหนดการตรวจเลือกทหารกองเกิน ประจำปี 2568",
     ["การตรวจเลือกทหารกองเกิน ประจำปี 2568 ระหว่างวันที่ 1 - 12 เมษายน 2568"], []),
    (5318, 1, (2025, 2, 14), "โครงการสัสดีพบประชาชน ประจำปี 2568",
     ["วันที่ 12 กุมภาพันธ์ 2568 จัดโครงการสัสดีพบประชาชน ณ หอประชุมอำเภอเมืองพนมทอง ผู้เข้าร่วม 118 คน"], []),
    # procurement
    (5519, 2, (2026, 4, 5), "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนมีนาคม 2569", ["แบบ สขร.1 ประจำเดือนมีนาคม 2569"], ["proc-2026-03"]),
    (5506, 2, (2026, 3, 6), "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนกุมภาพันธ์ 2569", ["แบบ สขร.1 ประจำเดือนกุมภาพันธ์ 2569"],
     ["proc-2026-02"]),
    (5486, 2, (2026, 1, 8), "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนธันวาคม 2568", ["แบบ สขร.1 ประจำเดือนธันวาคม 2568 (ฉบับลงนาม)"],
     ["proc-2025-12"]),
    (5477, 2, (2025, 12, 4), "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนพฤศจิกายน 2568", ["แบบ สขร.1 ประจำเดือนพฤศจิกายน 2568"],
     ["proc-2025-11"]),
    (5469, 2, (2025, 11, 6), "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม 2568", ["แบบ สขร.1 ประจำเดือนตุลาคม 2568"],
     ["proc-2025-10"]),
    (5463, 2, (2025, 10, 28), "ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์รูปเล่มแผนปฏิบัติราชการ ประจำปีงบประมาณ 2569",
     ["ประกาศผู้ชนะการเสนอราคา โดยวิธีเฉพาะเจาะจง"], ["print-notice"]),
    (5461, 2, (2025, 10, 24), "รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568",
     ["รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568 พร้อมปัญหาอุปสรรคและข้อเสนอแนะ"], ["proc-year-68"]),
]
TYPES = {1: "ข่าวประชาสัมพันธ์", 2: "จัดซื้อจัดจ้าง"}


def news_pages() -> None:
    for nid, typ, (y, m, dd), title, paras, files in NEWS:
        body = f'<p class="date">โพสต์เมื่อ {be(y, m, dd)} · หมวด {TYPES[typ]} · อ่าน {(nid * 7) % 300 + 40} ครั้ง</p>'
        body += "".join(f"<p>{p}</p>" for p in paras)
        if files:
            body += attach_list(files)
        body += f'<p>{a(f"/news.php?type={typ}", "« กลับ")}</p>'
        write(f"/news_detail.php?nid={nid}", title, body)

    def listing(items) -> str:
        return '<ul class="news">' + "".join(
            f'<li>{a(f"/news_detail.php?nid={n[0]}", n[3])} <span>{be(*n[2])}</span></li>' for n in items) + "</ul>"

    first = [n for n in NEWS if n[1] == 1][:10]
    second = [n for n in NEWS if n[1] == 1][10:]
    write("/news.php?type=1", "ข่าวประชาสัมพันธ์",
          listing(first) + f'<p class="pager">หน้า <b>1</b> {a("/news.php?type=1&p=2", "2")} {a("/news.php?type=1&p=2", "ถัดไป")}</p>')
    write("/news.php?type=1&p=2", "ข่าวประชาสัมพันธ์",
          listing(second) + f'<p class="pager">หน้า {a("/news.php?type=1", "1")} <b>2</b></p>')
    write("/news.php?type=2", "จัดซื้อจัดจ้าง", listing([n for n in NEWS if n[1] == 2])
          + '<p>ประกาศจัดซื้อจัดจ้างทั้งหมดดูได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>')


DOWNLOADS = ["anti-plan-69", "anti-plan-draft", "anti-order", "anti-report-68", "gift-report-68", "service-stats-69",
             "plan-eval", "hr-report-68", "hr-plan-67", "no-gift-67", "citizen-manual", "staff-manual", "hr-criteria",
             "ethics", "plan-66-68"]


def download_page() -> None:
    rows = []
    for i, k in enumerate(sorted(DOWNLOADS, key=lambda k: DOCS[k][4], reverse=True), 1):
        u, fname, kind, _c, cr, _t = DOCS[k]
        rows.append(f"<tr><td>{i}</td><td>{a(u, os.path.splitext(fname)[0])}</td><td>{be(cr.year, cr.month, cr.day)}</td>"
                    f"<td>{fname.rsplit('.', 1)[1].upper()} {size(k)}</td></tr>")
    write("/news.php?type=3", "เอกสารดาวน์โหลด",
          '<table class="list"><tr><th>ที่</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>' + "".join(rows) + "</table>")


# ---------------------------------------------------------------- content pages

def content_pages() -> None:
    write("/content.php?cid=1", "ประวัติหน่วยงาน", (
        "<p>สำนักงานสัสดีจังหวัดพนมทอง จัดตั้งขึ้นเมื่อ พ.ศ. 2498 ตามพระราชบัญญัติรับราชการทหาร พ.ศ. 2497 "
        "ปัจจุบันสังกัดหน่วยบัญชาการรักษาดินแดน มีสำนักงานสัสดีอำเภอ 8 แห่ง กำลังพล 34 นาย</p>"
        "<p>ในปี 2568 มีชายไทยลงบัญชีทหารกองเกิน 6,820 คน และส่งทหารกองประจำการ 1,578 คน</p>").translate(TH))
    chart = ("<ul><li>สัสดีจังหวัดพนมทอง<ul><li>รองสัสดีจังหวัด</li><li>แผนกธุรการและกำลังพล</li><li>แผนกทะเบียนพลและการตรวจเลือก</li>"
             "<li>แผนกกำลังสำรอง (ทหารกองหนุน)</li><li>แผนกการเงินและพัสดุ</li>"
             "<li>สำนักงานสัสดีอำเภอ 8 แห่ง : เมืองพนมทอง นาคูณใหญ่ ห้วยทรายขาว บ้านโพนงาม ดอนแก้ว ศรีสำราญ โคกกลาง หนองบัวลอย</li>"
             "</ul></li></ul>")
    write("/content.php?cid=2", "โครงสร้างหน่วยงาน",
          '<img src="/images/org_chart.png" alt="แผนผังโครงสร้างสำนักงานสัสดีจังหวัดพนมทอง" width="300" height="180">'
          f"<p>ขึ้นตรงต่อ หน่วยบัญชาการรักษาดินแดน กองทัพบก</p>{chart}<p>{a('/content.php?cid=4', 'หน้าที่และอำนาจ')}</p>")
    execs = [("พันโท ธนากร ศรีวงศ์ใหญ่", "สัสดีจังหวัดพนมทอง", "08 1947 3320"),
             ("พันตรี วิชัย ทองมาก", "รองสัสดีจังหวัดพนมทอง", "08 6512 0947"),
             ("ร้อยเอก สุรชัย แสนบุญ", "สัสดีอำเภอเมืองพนมทอง", "09 2274 1185")]
    write("/content.php?cid=3", "ผู้บริหาร", "".join(
        f'<div class="card"><img src="/images/p{i}.jpg" alt="{esc(n)}" width="90" height="110"><br><b>{esc(n)}</b><br>'
        f"{esc(p)}<br>โทร. {t}<br>อีเมล {MAIL}</div>" for i, (n, p, t) in enumerate(execs, 1)))
    write("/content.php?cid=4", "หน้าที่และอำนาจ",
          "<p>ตามพระราชบัญญัติรับราชการทหาร พ.ศ. 2497 และคำสั่งกองทัพบกว่าด้วยการจัดหน่วยสัสดี สรุปหน้าที่และอำนาจได้ดังนี้</p><ol>"
          "<li>ควบคุมการลงบัญชีทหารกองเกินและออกใบสำคัญ (สด.9)</li><li>ออกหมายเรียกและดำเนินการตรวจเลือกทหารกองเกินเข้ากองประจำการ</li>"
          "<li>รับสมัครและส่งทหารกองประจำการที่ร้องขอ (สมัครใจ)</li><li>ควบคุมบัญชีทหารกองหนุนและการเรียกพลเพื่อตรวจสอบ ฝึกวิชาทหาร หรือระดมพล</li>"
          "<li>พิจารณาการผ่อนผันและการยกเว้นการตรวจเลือกตามกฎหมาย</li><li>ให้บริการข้อมูลทะเบียนพลแก่ประชาชนและหน่วยราชการ</li></ol>")
    write("/content.php?cid=5", "ติดต่อเรา",
          f"<p>{ORG}<br>ศาลากลางจังหวัดพนมทอง (หลังเดิม) ชั้น 1 ถนนพิทักษ์ราษฎร์ ตำบลในเมือง อำเภอเมืองพนมทอง จังหวัดพนมทอง 35990</p>"
          f"<p>โทรศัพท์ {PHONE} โทรสาร 0 4561 2248<br>อีเมล {MAIL}<br>LINE Official : @sasadeepnt</p>"
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=15.8821,104.6307">แผนที่ตั้งสำนักงาน (Google Maps)</a></p>'
          f'<p>สอบถามข้อมูลได้ที่ {a("/webboard.php?mode=list", "กระดานถาม-ตอบ")}</p>')
    write("/content.php?cid=6", "คู่มือสำหรับประชาชน",
          "<p>การขอลงบัญชีทหารกองเกิน การขอใบแทน สด.9 และการขอผ่อนผันการตรวจเลือก สามารถติดต่อได้ที่สำนักงานสัสดีอำเภอทุกแห่ง "
          "ไม่มีค่าธรรมเนียม</p>" + attach_list(["citizen-manual"]))
    write("/content.php?cid=7", "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)",
          "<p>ประชาชนสามารถยื่นคำร้องต่อสำนักงานสัสดีจังหวัดพนมทองได้ทางออนไลน์ เจ้าหน้าที่จะติดต่อกลับภายใน 2 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSfPnTSasadee2569req/formResponse" method="post">'
          '<h2>แบบคำร้องออนไลน์</h2>ชื่อ-นามสกุล <input name="entry.101"><br>เลขประจำตัวประชาชน <input name="entry.102"><br>'
          'เบอร์โทรศัพท์ <input name="entry.103"><br>เรื่อง <select name="entry.104"><option>ขอใบแทน สด.9</option>'
          "<option>สมัครเป็นทหารกองประจำการ (สมัครใจ)</option><option>ขอผ่อนผันการตรวจเลือก</option><option>สอบถามอื่น ๆ</option>"
          '</select><br>รายละเอียด <textarea name="entry.105"></textarea><br><button>ส่งคำร้อง</button></form>'
          f'<p>{a(url("service-stats-69"), "สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)")}</p>')
    write("/content.php?cid=9", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้ร้องเรียนไม่จำเป็นต้องเปิดเผยตัวตน ข้อมูลจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint_send.php" method="post">ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="name"><br>'
          'โทรศัพท์ <input name="tel"><br>เรื่อง <input name="subject"><br>รายละเอียด <textarea name="detail"></textarea><br>'
          'หลักฐาน <input type="file" name="file"><br><button>ส่งเรื่อง</button></form>'
          f"<p>หรือ โทร. {PHONE} ต่อ 11 · ตู้รับเรื่องร้องเรียนหน้าสำนักงาน · "
          '<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></p>')
    write("/content.php?cid=10", "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569",
          '<iframe src="https://drive.google.com/file/d/1pNt69ActionPlanSasadee/preview" width="640" height="480"></iframe>'
          f'<p>{a(url("opplan-69"), "ดาวน์โหลดไฟล์ (PDF)")} · แผนของหน่วยเหนือ : {a(url("nrd-plan-69"), "แผนปฏิบัติราชการ นรด. ปี 2569")}</p>')


def webboard() -> None:
    threads = [(41, "ลูกชายเรียนอยู่ ม.6 ต้องขอผ่อนผันไหมครับ", "พ่อน้องต้น", (2026, 3, 14),
                "นักเรียนที่เรียน รด. ชั้นปีที่ 3 ไม่ต้องขอผ่อนผัน ส่วนนักเรียนทั่วไปให้สถานศึกษายื่นขอผ่อนผันให้ครับ (เจ้าหน้าที่)"),
               (38, "ทำ สด.9 หาย ต้องทำอย่างไร", "ณัฐพล", (2026, 2, 2),
                "แจ้งความเอกสารหายแล้วยื่นขอใบแทนที่สัสดีอำเภอที่ลงบัญชีไว้ ไม่เสียค่าธรรมเนียมครับ (เจ้าหน้าที่)")]
    items = "".join(f'<tr><td>{a(f"/webboard.php?mode=view&tid={t}", q)}</td><td>{who}</td><td>{be(*when)}</td><td>1</td></tr>'
                    for t, q, who, when, _ans in threads)
    write("/webboard.php?mode=list", "กระดานถาม-ตอบ",
          f'<table class="list"><tr><th>กระทู้</th><th>โดย</th><th>วันที่</th><th>ตอบ</th></tr>{items}</table>'
          '<form action="/webboard.php?mode=post" method="post"><h2>ตั้งกระทู้ใหม่</h2>หัวข้อ <input name="topic"><br>'
          'ข้อความ <textarea name="msg"></textarea><br>ชื่อ <input name="who"><br><button>ส่ง</button></form>')
    for t, q, who, when, ans in threads:
        write(f"/webboard.php?mode=view&tid={t}", q,
              f"<p><b>ถาม</b> {esc(q)} <small>โดย {who} {be(*when)}</small></p><p><b>ตอบ</b> {esc(ans)}</p>"
              f'<p>{a("/webboard.php?mode=list", "กลับกระดานถาม-ตอบ")}</p>')


def home() -> None:
    latest = "".join(f'<li>{a(f"/news_detail.php?nid={n[0]}", n[3])} ({be(*n[2])})</li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          '<div class="banner"><img src="/images/banner2569.jpg" alt="การตรวจเลือกทหารกองเกิน ประจำปี 2569" width="600" height="150"></div>'
          f'<h2>ข่าวล่าสุด</h2><ul class="news">{latest}</ul><p>{a("/news.php?type=1", "ข่าวทั้งหมด")}</p>'
          f'<p>{a("/oit.php?y=2569", "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2569")} · '
          f'{a("/content.php?cid=7", "ยื่นคำร้องออนไลน์")}</p>')


# ---------------------------------------------------------------- ITA: one page per item, Thai digits

OIT = [  # no, short heading, explanation, [(text, href or doc key)], extra html
    (1, "โครงสร้างหน่วยงาน และหน้าที่และอำนาจ", [("โครงสร้างหน่วยงาน", "/content.php?cid=2"), ("หน้าที่และอำนาจ", "/content.php?cid=4")]),
    (2, "ข้อมูลผู้บริหาร", [("ผู้บริหาร", "/content.php?cid=3")]),
    (3, "ข้อมูลการติดต่อ และช่องทางถาม-ตอบ", [("ติดต่อเรา", "/content.php?cid=5"), ("กระดานถาม-ตอบ", "/webboard.php?mode=list")]),
    (4, "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news.php?type=1")]),
    (5, "แผนพัฒนาหน่วยงาน", [("แผนพัฒนาสำนักงานสัสดีจังหวัดพนมทอง", "plan-66-68"), ("ผลการประเมินแผน", "plan-eval")]),
    (6, "แผนปฏิบัติราชการ และแผนการใช้จ่ายงบประมาณ", [("แผนปฏิบัติราชการ ปี 2569", "/content.php?cid=10")]),
    (7, "รายงานผลการปฏิบัติราชการประจำปี", [("รายงานผลการปฏิบัติราชการประจำปี", "/news_detail.php?nid=5488")]),
    (8, "คู่มือการปฏิบัติงานของเจ้าหน้าที่", [("คู่มือการปฏิบัติงาน การตรวจเลือก", "staff-manual")]),
    (9, "คู่มือสำหรับประชาชน", [("คู่มือสำหรับประชาชน", "/content.php?cid=6")]),
    (10, "E-Service", [("ยื่นคำร้องออนไลน์", "/content.php?cid=7")]),
    (11, "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สรุปผลการจัดซื้อจัดจ้าง (สขร.1)", "/news.php?type=2")]),
    (12, "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานสรุปผลการจัดซื้อจัดจ้าง ปี 2568", "/news_detail.php?nid=5461")]),
    (13, "หลักเกณฑ์และแผนการบริหารทรัพยากรบุคคล", [("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "hr-criteria"),
                                                  ("แผนการบริหารและพัฒนาทรัพยากรบุคคล", "hr-plan-67")]),
    (14, "รายงานผลการบริหารทรัพยากรบุคคล", [("รายงานผล ปี 2568", "hr-report-68")]),
    (15, "ประมวลจริยธรรม และการขับเคลื่อน", [("ประมวลจริยธรรม", "ethics"), ("กิจกรรมขับเคลื่อนจริยธรรม", "/news_detail.php?nid=5496")]),
    (16, "คู่มือการจัดการเรื่องร้องเรียน", [("คู่มือการจัดการเรื่องร้องเรียน", "/wp/?p=305")]),
    (17, "ช่องทางร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", "/content.php?cid=9")]),
    (18, "สถิติเรื่องร้องเรียน", [("ข้อมูลสถิติเรื่องร้องเรียน (ล่าสุด)", "complaint-stats-68")]),
    (19, "การเปิดโอกาสให้มีส่วนร่วม", [("โครงการสัสดีพบประชาชน", "/news_detail.php?nid=5509")]),
    (20, "No Gift Policy", [("ประกาศนโยบาย No Gift Policy", "no-gift-67"), ("รายงานการรับของขวัญ", "gift-report-68")]),
    (21, "การประเมินความเสี่ยงการทุจริต", [("การประเมินความเสี่ยงการทุจริต", "/wp/?p=412")]),
    (22, "รายงานผลตามแผนบริหารความเสี่ยง", [("รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยง", "risk-report-68")]),
    (23, "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต ปี 2569", "anti-plan-69")]),
    (24, "รายงานผลการป้องกันการทุจริต", [("รายงานผล ปี 2568", "anti-report-68")]),
    (25, "การนำผล ITA ไปพัฒนาหน่วยงาน", [("ดาวน์โหลด PDF", "ita-analysis-68")]),
    (26, "รายงานผลมาตรการส่งเสริมคุณธรรม", []),
]
FLIPBOOK = ('<iframe src="https://online.fliphtml5.com/pnts/ita2568analysis/" width="640" height="420" '
            'allowfullscreen></iframe>')


def href(target_: str) -> str:
    return target_ if target_.startswith("/") else url(target_)


def year_selector(current: int) -> str:
    opts = "".join(f'<option value="{y}"{" selected" if y == current else ""}>{str(y).translate(TH)}</option>' for y in (2569, 2568))
    return (f'<form action="/oit.php" method="get">เลือกปี <select name="y">{opts}</select> <button>แสดง</button></form>'
            f'<p>{a("/oit.php?y=2569", "ปี ๒๕๖๙")} | {a("/oit.php?y=2568", "ปี ๒๕๖๘")}</p>')


def oit_pages() -> None:
    rows = "".join(f'<tr><td>o{str(n).translate(TH)}</td><td>{a(f"/oit.php?y=2569&o={n}", h)}</td></tr>' for n, h, _l in OIT)
    write("/oit.php?y=2569", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙",
          year_selector(2569) + f'<table class="oit"><tr><th>ข้อ</th><th>หัวข้อ</th></tr>{rows}</table>')
    for n, heading, links in OIT:
        items = "".join(f"<li>{a(href(t), text)}</li>" for text, t in links)
        body = f'<p>ตัวชี้วัดการเปิดเผยข้อมูล ข้อ o{str(n).translate(TH)} ปี ๒๕๖๙</p>'
        if n == 25:
            body += FLIPBOOK
        if items:
            body += f"<ul>{items}</ul>"
        if n == 26:
            body += f'<p>อยู่ระหว่างรวบรวมข้อมูล · {a("/oit.php?y=2568", "ดูข้อมูลปีที่ผ่านมา")}</p>'
        nav = " ".join(a(f"/oit.php?y=2569&o={m}", f"o{str(m).translate(TH)}") for m in (n - 1, n + 1) if 1 <= m <= 26)
        body += f'<p>{a("/oit.php?y=2569", "กลับหน้ารวม ITA ๒๕๖๙")} · {nav}</p>'
        write(f"/oit.php?y=2569&o={n}", f"o{str(n).translate(TH)} {heading}", body)
    old = [("o๕", "แผนพัฒนาหน่วยงาน", "plan-66-68"), ("o๖", "แผนปฏิบัติราชการ ปี ๒๕๖๘", "opplan-68"),
           ("o๑๔", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", "hr-plan-67"), ("o๒๑", "ประกาศ No Gift Policy", "no-gift-67"),
           ("o๒๓", "การประเมินความเสี่ยงการให้หรือรับสินบน", "/wp/?p=412"),
           ("o๒๔", "รายงานผลการจัดการความเสี่ยง ปี ๒๕๖๗", "risk-report-67"),
           ("o๒๗", "รายงานผลมาตรการส่งเสริมคุณธรรมและความโปร่งใส", "integrity-report-67")]
    rows = "".join(f"<tr><td>{c}</td><td>{esc(h)}</td><td>{a(href(t), 'คลิก')}</td></tr>" for c, h, t in old)
    write("/oit.php?y=2568", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘",
          year_selector(2568) + f'<table class="oit"><tr><th>ข้อ</th><th>หัวข้อ</th><th>ลิงก์</th></tr>{rows}</table>')


# ---------------------------------------------------------------- the old WordPress site

def old_site() -> None:
    write("/wp/", "สัสดีจังหวัดพนมทอง",
          '<ul><li><a href="/wp/?p=412">การประเมินความเสี่ยงการทุจริต ปีงบประมาณ 2568</a> (16 มกราคม 2568)</li>'
          '<li><a href="/wp/?p=305">คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a> (18 พฤษภาคม 2566)</li></ul>', old=True)
    write("/wp/?page_id=2", "เกี่ยวกับเรา",
          "<p>สำนักงานสัสดีจังหวัดพนมทอง ตั้งอยู่ ณ ศาลากลางจังหวัดพนมทอง (หลังเดิม) โทร 0 4561 2247</p>", old=True)
    write("/wp/?p=305", "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          '<p class="posted">เผยแพร่เมื่อ 18 พฤษภาคม 2566 โดย admin</p><p>คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ '
          f'สำนักงานสัสดีจังหวัดพนมทอง</p><p>{a(url("complaint-manual"), "complaint-manual.pdf")}</p>', old=True)
    write("/wp/?p=412", "การประเมินความเสี่ยงการทุจริต ปีงบประมาณ 2568",
          '<p class="posted">เผยแพร่เมื่อ 16 มกราคม 2568 โดย admin</p><p>รายงานการประเมินความเสี่ยงการทุจริต '
          f'ประจำปีงบประมาณ พ.ศ. 2568</p><p>{a(url("risk-68"), "risk2568.pdf")}</p>', old=True)


def assets() -> None:
    import base64

    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    for n in ("logo_nrd.png", "org_chart.png"):
        with open(os.path.join(HERE, "images", n), "wb") as fh:
            fh.write(png)
    for n in ("chief.jpg", "p1.jpg", "p2.jpg", "p3.jpg", "banner2569.jpg", "clip.gif"):
        with open(os.path.join(HERE, "images", n), "wb") as fh:
            fh.write(gif if n.endswith(".gif") else png)
    os.makedirs(os.path.join(HERE, "css"), exist_ok=True)
    with open(os.path.join(HERE, "css", "main.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#head{background:#3a4d1f;color:#fff;display:flex;padding:6px}"
                 "#nav li{display:inline;margin:0 5px}#page{display:flex}#left{width:210px}#main{flex:1;padding:8px}"
                 ".blk{border:1px solid #bbb;margin:5px;padding:5px}td,th{border:1px solid #999;padding:3px}"
                 "#foot{background:#eee;padding:8px;font-size:small}\n")
    theme = os.path.join(HERE, "wp", "wp-content", "themes", "twentytwelve")
    os.makedirs(theme, exist_ok=True)
    with open(os.path.join(theme, "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:sans-serif}.notice{background:#fc0;padding:4px}#secondary{float:right;width:30%}\n")


def main() -> None:
    import shutil

    for folder in ("content.php.q", "news.php.q", "news_detail.php.q", "webboard.php.q", "oit.php.q", "wp/.q"):
        shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)
    assets()
    home()
    content_pages()
    news_pages()
    download_page()
    webboard()
    oit_pages()
    old_site()


if __name__ == "__main__":
    main()
