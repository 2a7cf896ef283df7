"""Generate the HTML pages of the "quarantine" test site (ด่านกักกันสัตว์ท่าลาดหิน, invented).

Run:  python tests/sites/quarantine/_make_pages.py   (after _make_docs.py)

A Joomla site: every page is ``/index.php?option=com_content&view=article&id=N`` or
``…&view=category&id=N`` (static copies under ``index.php.q/<query>/index.html``, see
crawler/serve.py), every document ``/download.php?id=N``.  A header, a menu, a side column and a
footer on every page.  Some documents are shown in a viewer article (an embedded Google Drive
preview or a flipbook) with a direct download beside it; news posts carry their attachments
underneath.  The ITA 2569 page is split into four group pages written in Thai digits; the corruption
risk assessment sits behind a year selector; the old site (before the move to Joomla) is still
online under /old/ with last year's ITA page and files under /images/stories/.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))  # the repo root

from _make_docs import DOCS, ORG, path_of, url  # noqa: E402

from crawler.serve import _query_name  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(y: int, m: int, day: int) -> str:
    return f"{day} {MONTHS[m - 1]} {y + 543}"


def art(n: int, extra: str = "") -> str:
    return f"/index.php?option=com_content&view=article&id={n}{extra}"


def cat(n: int, extra: str = "") -> str:
    return f"/index.php?option=com_content&view=category&id={n}{extra}"


def href(u: str) -> str:
    return esc(u)  # "&" -> "&amp;"


def a(u: str, text: str) -> str:
    return f'<a href="{href(u)}">{esc(text)}</a>'


def dl(key: str, text: str | None = None) -> str:
    return a(url(key), text or DOCS[key][2])


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับด่าน", art(8)), ("โครงสร้าง/อำนาจหน้าที่", art(2)), ("ผู้บริหาร", art(3)),
        ("ข่าวประชาสัมพันธ์", cat(10)), ("จัดซื้อจัดจ้าง", cat(11)), ("แผนงาน/รายงาน", cat(12)),
        ("คู่มือ", cat(14)), ("บริหารงานบุคคล", cat(15)), ("คุณธรรมและความโปร่งใส", cat(16)),
        ("E-Service", art(6)), ("ITA", cat(30)), ("ติดต่อเรา", art(4))]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr"><head><meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - {ORG}</title>
<link rel="stylesheet" href="/templates/dld_gov/css/template.css"></head>
<body class="site com_content">
<div class="header"><img src="/images/logo_dld.png" alt="กรมปศุสัตว์" width="70" height="70">
<span class="site-title">{ORG}</span><br><small>Tha Lat Hin Animal Quarantine Station · กองสารวัตรและกักกัน กรมปศุสัตว์</small></div>
<nav class="navigation"><ul class="nav menu">
{menu}
</ul></nav>
<div class="body"><div class="sidebar">
<div class="moduletable"><h3>หัวหน้าด่าน</h3><img src="/images/chief.png" alt="หัวหน้าด่าน" width="60" height="75"><br>
นายธีรวัฒน์ ใจกล้า<br>นายสัตวแพทย์ชำนาญการพิเศษ</div>
<div class="moduletable"><h3>ลิงก์ที่น่าสนใจ</h3><ul>
<li>{a(cat(30), "ITA ๒๕๖๙")}</li><li>{a(art(6), "ยื่นคำขอนัดตรวจสัตว์ออนไลน์")}</li>
<li>{a(art(7), "แจ้งเรื่องร้องเรียนการทุจริต")}</li><li>{a(art(5), "ถาม-ตอบ")}</li>
<li><a href="/old/">เว็บไซต์เดิม (ก่อน ต.ค. ๒๕๖๘)</a></li>
<li><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></li></ul></div>
<div class="moduletable">ผู้เข้าชม ๔๘,๒๑๗ ครั้ง</div>
</div>
<div class="content"><h2 class="item-title">{esc(title)}</h2>
{body}
</div></div>
<div class="footer">{ORG} จุดผ่านแดนถาวรท่าลาดหิน หมู่ที่ 7 ตำบลป่าไร่ อำเภอดอนตาล จังหวัดมุกดาหาร 49120<br>
โทรศัพท์ 0 4261 7734 โทรสาร 0 4261 7735 อีเมล qs_thalathin@dld-mail.example.th ·
{a(art(9), "นโยบายคุ้มครองข้อมูลส่วนบุคคล")} · {a(art(1), "แผนผังเว็บไซต์")}<br>
สงวนลิขสิทธิ์ © ๒๕๖๘ {ORG} กรมปศุสัตว์</div>
</body></html>
"""


def write_at(target: str, title: str, body: str, shell=layout) -> None:
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(shell(title, body))


def page(u: str, title: str, body: str) -> None:
    """A Joomla URL (/index.php?...) or a folder (/old/)."""
    if u.startswith("/index.php?"):
        target = os.path.join(HERE, "index.php.q", _query_name(u.split("?", 1)[1]), "index.html")
    else:
        target = os.path.join(HERE, u.strip("/"), "index.html")
    write_at(target, title, body)


def size_of(key: str) -> str:
    p = path_of(key)
    return f"{os.path.getsize(p) / 1024:.1f} KB" if os.path.exists(p) else "388.2 KB"


def doc_table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        up = DOCS[k][3]
        ext = DOCS[k][1].rsplit(".", 1)[-1] if DOCS[k][1] else "pdf"
        rows.append(f"<tr><td>{i}</td><td>{dl(k)}</td><td>{be(up.year, up.month, up.day)}</td>"
                    f"<td>{ext.upper()} {size_of(k)}</td><td>ดาวน์โหลด {(i * 37) % 90 + 3} ครั้ง</td></tr>")
    return ('<table class="category table"><tr><th>#</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th>'
            "<th>สถิติ</th></tr>\n" + "\n".join(rows) + "</table>")


def attachments(keys: list[str]) -> str:
    items = "".join(f'<li><img src="/images/icons/file.png" alt="" width="16" height="16"> {dl(k)} '
                    f"({size_of(k)})</li>" for k in keys)
    return f'<div class="attachmentsContainer"><h4>ไฟล์แนบ :</h4><ul class="attachmentsList">{items}</ul></div>'


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d), title, paragraphs, attachments
    (148, (2026, 4, 2), "ด่านกักกันสัตว์ท่าลาดหิน ตั้งจุดตรวจสกัดการเคลื่อนย้ายสัตว์ช่วงเทศกาลสงกรานต์ 2569",
     ["ระหว่างวันที่ 8 - 17 เมษายน 2569 ด่านฯ ร่วมกับด่านศุลกากรมุกดาหาร ตั้งจุดตรวจสกัดบริเวณทางหลวงหมายเลข 212"], []),
    (145, (2026, 3, 10), "ขยายเวลาให้บริการตรวจสัตว์นำเข้าถึง 20.00 น. ช่วงเทศกาล",
     ["ตามข้อเสนอของผู้ประกอบการในการประชุมรับฟังความคิดเห็นเมื่อวันที่ 19 กุมภาพันธ์ 2569 "
      "ด่านฯ ขยายเวลาให้บริการตรวจสัตว์นำเข้าถึงเวลา 20.00 น. ตั้งแต่วันที่ 1 มีนาคม 2569"], []),
    (142, (2026, 2, 20), "ด่านกักกันสัตว์ท่าลาดหิน จัดประชุมรับฟังความคิดเห็นผู้ประกอบการค้าและขนส่งสัตว์ ครั้งที่ 1/2569",
     ["วันที่ 19 กุมภาพันธ์ 2569 ด่านกักกันสัตว์ท่าลาดหิน เปิดโอกาสให้ผู้ประกอบการค้าโค กระบือ ผู้ขนส่งสัตว์ "
      "ผู้แทนด่านศุลกากร และผู้นำชุมชน รวม 36 คน ร่วมเสนอความคิดเห็นต่อการให้บริการของด่าน",
      "ที่ประชุมเสนอให้ขยายเวลาให้บริการช่วงเทศกาลและแจ้งผลตรวจเลือดทางไลน์ ด่านฯ รับไปดำเนินการแล้วทั้ง 2 เรื่อง "
      "(รายละเอียดตามรายงานการประชุมที่แนบ)"], ["participation"]),
    (139, (2026, 2, 5), "ขอเชิญผู้ประกอบการค้าและขนส่งสัตว์ร่วมประชุมรับฟังความคิดเห็น 19 ก.พ. 2569",
     ["ด่านฯ ขอเชิญผู้ประกอบการร่วมประชุมรับฟังความคิดเห็น วันที่ 19 กุมภาพันธ์ 2569 เวลา 09.00 น."], ["invite"]),
    (136, (2026, 1, 22), "อบรมส่งเสริมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2569",
     ["วันที่ 21 มกราคม 2569 คณะทำงานขับเคลื่อนจริยธรรมของด่านฯ จัดอบรมเจ้าหน้าที่ทุกคน 17 คน "
      "เรื่องประมวลจริยธรรมข้าราชการพลเรือน ข้อกำหนดจริยธรรมกรมปศุสัตว์ และกรณีศึกษาการรับสินบนที่ด่านชายแดน",
      "พร้อมจัดทำ Do's & Don'ts สำหรับเจ้าหน้าที่ที่ปฏิบัติงาน ณ จุดตรวจเอกสาร"], ["ethics-order-69"]),
    (131, (2025, 12, 18), "ตรวจยึดโคลักลอบนำเข้าโดยไม่ผ่านด่าน 14 ตัว",
     ["เจ้าหน้าที่ด่านฯ ร่วมกับฝ่ายปกครองอำเภอดอนตาล ตรวจยึดโคที่ลักลอบนำเข้า 14 ตัว นำเข้าคอกกักเพื่อตรวจโรค"], []),
    (127, (2025, 12, 4), "เผยแพร่รายงานผลการดำเนินงานประจำปีของด่านกักกันสัตว์ท่าลาดหิน",
     ["ด่านกักกันสัตว์ท่าลาดหิน ขอเผยแพร่รายงานผลการดำเนินงานประจำปี ให้ประชาชนและผู้สนใจทราบ รายละเอียดตามไฟล์แนบ"],
     ["report-67"]),
    (122, (2025, 11, 10), "เฝ้าระวังโรคลัมปีสกินในโค กระบือ ที่นำเข้าจากประเทศเพื่อนบ้าน",
     ["ด่านฯ เข้มงวดการตรวจโค กระบือ นำเข้า กักสังเกตอาการ 21 วัน ทุกตัว"], []),
    (118, (2025, 10, 21), "ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
     ["ด่านกักกันสัตว์ท่าลาดหิน ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569"], ["anti-plan-69"]),
    (115, (2025, 10, 6), "ต้อนรับคณะเจ้าหน้าที่ปศุสัตว์แขวงสะหวันนะเขต",
     ["หารือความร่วมมือการควบคุมโรคระบาดสัตว์ข้ามแดน ณ ห้องประชุมด่านฯ"], []),
    # FY2568, page 2
    (98, (2025, 7, 15), "ด่านฯ ร่วมกิจกรรมวันต่อต้านยาเสพติดโลก",
     ["เจ้าหน้าที่ร่วมกิจกรรม ณ ที่ว่าการอำเภอดอนตาล"], []),
    (91, (2025, 2, 18), "ประชุมรับฟังความคิดเห็นผู้ประกอบการค้าและขนส่งสัตว์ ประจำปี 2568",
     ["วันที่ 17 กุมภาพันธ์ 2568 ด่านฯ จัดประชุมรับฟังความคิดเห็นผู้ประกอบการ ผู้เข้าร่วม 29 คน"], []),
    (84, (2024, 12, 5), "วันพ่อแห่งชาติ 5 ธันวาคม 2567",
     ["ร่วมพิธีถวายพระพรชัยมงคล ณ ที่ว่าการอำเภอดอนตาล"], []),
]
PER_PAGE = 10


def news_pages() -> None:
    for nid, (y, m, day), title, paras, files in NEWS:
        body = (f'<p class="date">เผยแพร่เมื่อ {be(y, m, day)} · เขียนโดย งานประชาสัมพันธ์</p>'
                + "".join(f"<p>{esc(p)}</p>" for p in paras) + (attachments(files) if files else "")
                + f"<p>{a(cat(10), '« ข่าวประชาสัมพันธ์')}</p>")
        page(art(nid, "&catid=10"), title, body)
    for start in (0, PER_PAGE):
        chunk = NEWS[start: start + PER_PAGE]
        items = "\n".join(f"<li>{a(art(n[0], '&catid=10'), n[2])} <span>({be(*n[1])})</span></li>" for n in chunk)
        pager = (f'<p class="pagination">หน้า <b>1</b> {a(cat(10, "&limitstart=10"), "2")} '
                 f'{a(cat(10, "&limitstart=10"), "ถัดไป")}</p>' if start == 0 else
                 f'<p class="pagination">หน้า {a(cat(10), "1")} <b>2</b></p>')
        page(cat(10) if start == 0 else cat(10, "&limitstart=10"), "ข่าวประชาสัมพันธ์",
             f'<ul class="category-module">{items}</ul>{pager}')


# ---------------------------------------------------------------- ITA 2569: four group pages, Thai digits

ITA_GROUPS = [
    (31, "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล : ข้อมูลพื้นฐาน และการบริหารงาน (ข้อ 1 - 10)", [
        (1, "โครงสร้าง หน้าที่และอำนาจของด่าน", [(art(2), "โครงสร้างและอำนาจหน้าที่")]),
        (2, "ข้อมูลผู้บริหาร", [(art(3), "ผู้บริหาร")]),
        (3, "ข้อมูลการติดต่อ และช่องทางสอบถาม", [(art(4), "ติดต่อเรา"), (art(5), "ถาม-ตอบ")]),
        (4, "ข่าวประชาสัมพันธ์", [(cat(10), "ข่าวประชาสัมพันธ์")]),
        (5, "แผนยุทธศาสตร์ของด่าน", [(art(20), "แผนยุทธศาสตร์")]),
        (6, "แผนปฏิบัติราชการและแผนการใช้จ่ายงบประมาณ ปี 2569", [(art(21), "แผนปฏิบัติราชการ 2569")]),
        (7, "รายงานผลการดำเนินงานประจำปี", [(art(127, "&catid=10"), "รายงานผลการดำเนินงาน")]),
        (8, "คู่มือการปฏิบัติงาน", [(cat(14), "คู่มือ")]),
        (9, "คู่มือสำหรับผู้รับบริการ", [("citizen", "คู่มือประชาชน")]),
        (10, "E-Service และสถิติการให้บริการ", [(art(6), "E-Service")]),
    ]),
    (32, "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล : การจัดซื้อจัดจ้าง และการบริหารทรัพยากรบุคคล (ข้อ 11 - 15)", [
        (11, "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [(cat(11), "สขร.1")]),
        (12, "รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปี", [("proc-year-68", "รายงานปี 2568")]),
        (13, "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล", [(cat(15), "บริหารงานบุคคล")]),
        (14, "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [("hr-report-68", "รายงานปี 2568")]),
        (15, "ประมวลจริยธรรม และการขับเคลื่อนจริยธรรม", [("ethics", "ประมวลจริยธรรม"),
                                                      (art(136, "&catid=10"), "กิจกรรมขับเคลื่อนจริยธรรม")]),
    ]),
    (33, "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล : การส่งเสริมความโปร่งใส (ข้อ 16 - 19)", [
        (16, "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("complaint-manual", "คู่มือ")]),
        (17, "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [(art(7), "แจ้งเรื่องร้องเรียน")]),
        (18, "สถิติเรื่องร้องเรียนการทุจริต", [("complaint-68", "สถิติ")]),
        (19, "การเปิดโอกาสให้มีส่วนร่วม", [(art(142, "&catid=10"), "ประชุมรับฟังความคิดเห็น 1/2569")]),
    ]),
    (34, "ตัวชี้วัดที่ 10 การป้องกันการทุจริต (ข้อ 20 - 26)", [
        (20, "No Gift Policy", [("nogift-66", "ประกาศ No Gift Policy"), ("gift-report-68", "รายงานการรับของขวัญ")]),
        (21, "การประเมินความเสี่ยงการทุจริต", [(cat(41), "ผลการประเมินความเสี่ยง")]),
        (22, "รายงานผลการดำเนินการตามแผนบริหารความเสี่ยงการทุจริต", [("risk-report-68", "รายงาน")]),
        (23, "แผนปฏิบัติการป้องกันการทุจริต", [(art(22), "แผน 2569")]),
        (24, "รายงานผลการดำเนินการป้องกันการทุจริต", [("anti-report-68", "รายงานปี 2568")]),
        (25, "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", [("ita-analysis-67", "การวิเคราะห์ผล ITA")]),
        (26, "รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส", [("integrity-report-68", "รายงานปี 2568")]),
    ]),
]


def link_of(target: str, text: str) -> str:
    return a(target if target.startswith("/") else url(target), text.translate(THAI))


def ita_pages() -> None:
    groups = "".join(f"<li>{a(art(n), title.translate(THAI))}</li>" for n, title, _rows in ITA_GROUPS)
    page(cat(30), "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี ๒๕๖๙",
         f"<p>แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</p><ul>{groups}</ul>"
         '<p>ITA ปี ๒๕๖๘ ดูได้ที่ <a href="/old/ita/2568/">เว็บไซต์เดิม</a></p>')
    for n, title, rows in ITA_GROUPS:
        body = []
        for no, heading, links in rows:
            cells = " | ".join(link_of(t, x) for t, x in links)
            body.append(f"<tr><td>ข้อ {str(no).translate(THAI)}</td><td>{esc(heading.translate(THAI))}</td>"
                        f"<td>{cells}</td></tr>")
        page(art(n), title.translate(THAI),
             '<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ข้อมูล</th></tr>' + "".join(body)
             + f"</table><p>{a(cat(30), '« กลับหน้า ITA ๒๕๖๙')}</p>")


# ---------------------------------------------------------------- the old site (before Joomla)

OLD_DEAD = "/images/stories/ita2568/o21.pdf"


def old_shell(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(title)} :: ด่านกักกันสัตว์ท่าลาดหิน</title></head>
<body bgcolor="#ffffff"><table width="900" align="center"><tr><td colspan="2" bgcolor="#336633">
<font color="#ffffff" size="5">ด่านกักกันสัตว์ท่าลาดหิน</font></td></tr>
<tr><td width="180" valign="top"><a href="/old/">หน้าหลัก</a><br><a href="/old/ita/2568/">ITA 2568</a><br>
<a href="/">เว็บไซต์ใหม่</a></td><td valign="top"><h3>{esc(title)}</h3>{body}</td></tr>
<tr><td colspan="2"><small>ด่านกักกันสัตว์ท่าลาดหิน โทร. 0 4261 7734 (เว็บไซต์เดิม ไม่มีการปรับปรุงแล้ว)</small></td></tr>
</table></body></html>
"""


def old_site() -> None:
    write_at(os.path.join(HERE, "old", "index.html"), "เว็บไซต์เดิม",
             "<p>เว็บไซต์นี้ย้ายไปยังระบบใหม่ตั้งแต่เดือนตุลาคม 2568 ข้อมูลเดิมยังเปิดดูได้</p>"
             '<ul><li><a href="/old/ita/2568/">ITA ประจำปี 2568</a></li></ul>', old_shell)
    rows = [("o5", "แผนยุทธศาสตร์", url("strat-63-67")), ("o6", "แผนปฏิบัติราชการ 2568", url("opplan-68")),
            ("o13", "แผนการบริหารและพัฒนาทรัพยากรบุคคล 2568", url("hr-plan-68")),
            ("o21", "การประเมินความเสี่ยงการทุจริต 2568", OLD_DEAD),
            ("o25", "การวิเคราะห์ผล ITA 2567 และมาตรการส่งเสริมคุณธรรม 2568", url("ita-analysis-67"))]
    table = "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{a(u, 'ดาวน์โหลด')}</td></tr>" for c, t, u in rows)
    write_at(os.path.join(HERE, "old", "ita", "2568", "index.html"), "ITA ประจำปี 2568 (OIT)",
             f'<table border="1">{table}</table>', old_shell)


# ---------------------------------------------------------------- articles and categories

def articles() -> None:
    latest = "".join(f"<li>{a(art(n[0], '&catid=10'), n[2])} ({be(*n[1])})</li>" for n in NEWS[:6])
    page("/", "หน้าแรก",
         f'<h3>ข่าวประชาสัมพันธ์</h3><ul>{latest}</ul><p>{a(cat(10), "ดูทั้งหมด")}</p>'
         f"<h3>บริการ</h3><p>{a(art(6), 'ยื่นคำขอนัดตรวจสัตว์ออนไลน์')} · {a(cat(11), 'ผลการจัดซื้อจัดจ้าง')} · "
         f"{a(cat(30), 'ITA ประจำปี ๒๕๖๙')}</p>")
    page(art(1), "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for t, u in MENU) + "</ul>")
    page(art(8), "ประวัติด่านกักกันสัตว์ท่าลาดหิน",
         "<p>ด่านกักกันสัตว์ท่าลาดหิน สังกัดกองสารวัตรและกักกัน กรมปศุสัตว์ จัดตั้งเมื่อ พ.ศ. 2541 ที่จุดผ่านแดนถาวรท่าลาดหิน "
         "อำเภอดอนตาล จังหวัดมุกดาหาร มีคอกกักสัตว์ 6 คอก รองรับโค กระบือ ได้ 600 ตัว</p>")
    page(art(2), "โครงสร้างและอำนาจหน้าที่",
         '<img src="/images/chart.png" alt="แผนภูมิโครงสร้างด่านกักกันสัตว์ท่าลาดหิน" width="120" height="80">'
         "<h3>โครงสร้างหน่วยงาน</h3><ul><li>อธิบดีกรมปศุสัตว์ → ผู้อำนวยการกองสารวัตรและกักกัน</li>"
         "<li>หัวหน้าด่านกักกันสัตว์ท่าลาดหิน<ul><li>งานบริหารทั่วไป (ธุรการ การเงิน พัสดุ)</li>"
         "<li>กลุ่มตรวจโรคสัตว์และกักกันสัตว์</li><li>งานสารวัตรและตรวจสกัด</li><li>งานบริการออกใบอนุญาต</li></ul></li></ul>"
         "<h3>อำนาจหน้าที่</h3><p>ตามพระราชบัญญัติโรคระบาดสัตว์ พ.ศ. 2558 และกฎกระทรวงแบ่งส่วนราชการกรมปศุสัตว์ สรุปได้ดังนี้</p><ol>"
         "<li>ตรวจโรคและกักกันสัตว์และซากสัตว์ที่นำเข้า ส่งออก หรือนำผ่านราชอาณาจักร</li>"
         "<li>ออกใบอนุญาตนำเข้า ส่งออก และเคลื่อนย้ายสัตว์</li><li>ตรวจสกัดและปราบปรามการลักลอบนำเข้าสัตว์</li>"
         "<li>เฝ้าระวังและควบคุมโรคระบาดสัตว์บริเวณชายแดน</li><li>ประสานงานกับหน่วยงานสัตวแพทย์ของประเทศเพื่อนบ้าน</li></ol>")
    people = [("นายธีรวัฒน์ ใจกล้า", "หัวหน้าด่านกักกันสัตว์ท่าลาดหิน", "08 1974 2261"),
              ("นางสาวปวีณา แสนสุข", "นายสัตวแพทย์ปฏิบัติการ", "08 6310 4478"),
              ("นายอนุชา พรมมา", "เจ้าพนักงานสัตวบาลชำนาญงาน (หัวหน้างานสารวัตร)", "09 2145 7703")]
    page(art(3), "ผู้บริหาร", "".join(
        f'<div class="person"><img src="/images/person.png" alt="{esc(n)}" width="60" height="75"><br>'
        f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in people))
    page(art(4), "ติดต่อเรา",
         f"<p>{ORG}<br>จุดผ่านแดนถาวรท่าลาดหิน หมู่ที่ 7 ตำบลป่าไร่ อำเภอดอนตาล จังหวัดมุกดาหาร 49120</p>"
         "<p>โทรศัพท์ 0 4261 7734 โทรสาร 0 4261 7735<br>อีเมล qs_thalathin@dld-mail.example.th<br>"
         "เวลาทำการ ทุกวัน 08.00 - 18.00 น. (ตามเวลาเปิดจุดผ่านแดน)</p>"
         '<p><a href="https://maps.google.com/?q=16.2671,104.9332">แผนที่ (Google Maps)</a></p>'
         f"<p>สอบถามเพิ่มเติม : {a(art(5), 'ถาม-ตอบ (Q&A)')}</p>")
    qa = [("นำแพะเข้ามาจากลาว ต้องกักกี่วันครับ", "ผู้ค้าแพะ", "3 มี.ค. 2569", "แพะกักสังเกตอาการ 7 วัน ครับ (เจ้าหน้าที่)"),
          ("ขอใบ ร.4 ย้ายโคไปขอนแก่น ยื่นออนไลน์ได้ไหม", "คุณสมพร", "14 ม.ค. 2569",
           "ยื่นผ่านเมนู E-Service ได้ค่ะ (เจ้าหน้าที่)")]
    page(art(5), "ถาม-ตอบ (Q&A)", "".join(
        f'<div class="qa"><p><b>ถาม:</b> {esc(q)} <small>{w} {t}</small></p><p><b>ตอบ:</b> {esc(ans)}</p></div>'
        for q, w, t, ans in qa) + '<form action="/index.php?option=com_qa&amp;task=post" method="post"><h4>ตั้งคำถาม</h4>'
        'ชื่อ <input name="name"><br>คำถาม <textarea name="q"></textarea><br><button>ส่ง</button></form>')
    page(art(6), "E-Service ยื่นคำขอนัดตรวจสัตว์และขอใบอนุญาตเคลื่อนย้ายออนไลน์",
         "<p>ผู้ประกอบการยื่นคำขอนัดตรวจสัตว์นำเข้า หรือขอใบอนุญาตเคลื่อนย้ายสัตว์ (ร.4) ได้ทางออนไลน์ "
         "เจ้าหน้าที่ตอบกลับภายใน 1 วันทำการ</p>"
         '<form action="/index.php?option=com_rsform&amp;formId=3" method="post">'
         'ชื่อ-นามสกุล <input name="form[name]"><br>โทรศัพท์ <input name="form[phone]"><br>'
         'ประเภทคำขอ <select name="form[type]"><option>นัดตรวจสัตว์นำเข้า</option><option>ขอใบอนุญาต ร.4</option></select><br>'
         'ชนิดและจำนวนสัตว์ <input name="form[animal]"><br>วันที่ต้องการ <input type="date" name="form[date]"><br>'
         "<button>ส่งคำขอ</button></form>"
         f"<p>{dl('stats-69', 'สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)')}</p>")
    page(art(7), "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         "<p>ข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
         '<form action="/index.php?option=com_rsform&amp;formId=5" method="post">ชื่อ (ไม่ระบุก็ได้) <input name="n"><br>'
         'เรื่อง <input name="s"><br>รายละเอียด <textarea name="d"></textarea><br>แนบไฟล์ <input type="file" name="f"><br>'
         "<button>ส่งเรื่อง</button></form>"
         '<p>หรือแจ้งสำนักงาน ป.ป.ช. <a href="https://www.nacc.go.th/">www.nacc.go.th</a> โทร. 1205</p>')
    page(art(9), "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
         "<p>ด่านฯ เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    # viewer articles: an embedded preview, the direct download beside it
    page(art(20), "แผนยุทธศาสตร์ด่านกักกันสัตว์ท่าลาดหิน",
         '<iframe src="https://drive.google.com/file/d/1qTlhStr4tEgY63x67PdfPrev/preview" width="640" height="480"></iframe>'
         f"<p>ดาวน์โหลด : {dl('strat-63-67', 'แผนยุทธศาสตร์ (PDF)')}</p>")
    page(art(21), "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569",
         '<iframe src="https://drive.google.com/file/d/1qTlhAcT69planPrevXyZ/preview" width="640" height="480"></iframe>'
         f"<p>ดาวน์โหลด : {dl('opplan-69', 'แผนปฏิบัติราชการ 2569 (PDF)')} · "
         f"{dl('budget-69', 'แผนการใช้จ่ายงบประมาณ 2569 (Excel)')}</p>")
    page(art(22), "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2569",
         '<div class="flipbook"><iframe src="https://online.fliphtml5.com/qtlh/anti69/" width="640" height="420"></iframe></div>'
         f"<p>ดาวน์โหลด : {dl('anti-plan-69', 'ไฟล์ PDF')}</p>")
    page(art(23), "แผนการบริหารและพัฒนาทรัพยากรบุคคล",
         '<div class="flipbook"><iframe src="https://online.fliphtml5.com/qtlh/hrd/" width="640" height="420"></iframe></div>'
         f"<p>ดาวน์โหลด : {dl('hr-plan-68', 'ไฟล์ PDF')}</p>")

    # categories of documents
    months = sorted((k for k in DOCS if k.startswith("proc-20")), reverse=True)
    rows = "".join(f"<tr><td>{esc(DOCS[k][2])}</td><td>{dl(k, 'ดาวน์โหลด (Excel)')}</td></tr>" for k in months)
    page(cat(11), "จัดซื้อจัดจ้าง",
         f'<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</h3><table class="category">{rows}</table>'
         f"<h3>ประกาศ / รายงาน</h3>{doc_table(['proc-year-68', 'print-notice'])}")
    page(cat(12), "แผนงาน / รายงาน",
         doc_table(["strat-eval", "report-67", "opplan-69", "budget-69", "opplan-68", "strat-63-67"])
         + f"<p>{a(art(20), 'แผนยุทธศาสตร์ (เปิดดูออนไลน์)')} · {a(art(21), 'แผนปฏิบัติราชการ 2569 (เปิดดูออนไลน์)')}</p>")
    page(cat(14), "คู่มือ", doc_table(["sop", "citizen", "complaint-manual"]))
    page(cat(15), "บริหารงานบุคคล",
         doc_table(["hr-report-68", "hr-plan-68", "hr-criteria"])
         + f"<p>{a(art(23), 'แผนการบริหารและพัฒนาทรัพยากรบุคคล (เปิดดูแบบ Flipbook)')}</p>")
    page(cat(16), "คุณธรรมและความโปร่งใส",
         doc_table(["anti-plan-prov", "ethics-order-69", "anti-report-68", "anti-plan-69", "integrity-report-68",
                    "gift-report-68", "risk-report-68", "complaint-68", "ethics", "nogift-66"])
         + f"<p>{a(cat(41), 'ผลการประเมินความเสี่ยงการทุจริต (เลือกปี)')}</p>")
    # the year selector: 2569 chosen by default, nothing in it
    selector = (f'<form class="year-filter">ปีงบประมาณ : <b>๒๕๖๙</b> | {a(cat(41, "&year=2568"), "๒๕๖๘")}</form>')
    page(cat(41), "ผลการประเมินความเสี่ยงการทุจริต", selector + '<p class="empty">ไม่พบรายการในหมวดหมู่นี้</p>')
    page(cat(41, "&year=2568"), "ผลการประเมินความเสี่ยงการทุจริต",
         f'<form class="year-filter">ปีงบประมาณ : {a(cat(41), "๒๕๖๙")} | <b>๒๕๖๘</b></form>' + doc_table(["risk-68"]))


def assets() -> None:
    import base64
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    for n in ("images/logo_dld.png", "images/chief.png", "images/person.png", "images/chart.png", "images/icons/file.png"):
        p = os.path.join(HERE, n)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as fh:
            fh.write(png)
    css = os.path.join(HERE, "templates", "dld_gov", "css", "template.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}.header{background:#2e6b30;color:#fff;padding:6px}"
                 ".nav li{display:inline;margin:0 5px}.body{display:flex}.sidebar{width:220px}.content{flex:1;padding:8px}"
                 "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:3px}.footer{background:#eee;padding:8px}\n")


def main() -> None:
    assets()
    articles()
    news_pages()
    ita_pages()
    old_site()


if __name__ == "__main__":
    main()
