"""Generate the pages of the "georesources" test site (สำนักงานทรัพยากรธรณีเขต ๒, invented).

Run after _make_docs.py:  python tests/sites/georesources/_make_pages.py

A Joomla-style site: articles, categories and forms are query-string URLs
(/index.php?option=com_content&view=article&id=N), kept as static copies under
index.php.q/<query>/index.html (see crawler/serve.py); documents go out through /download.php?id=N.
Dates on pages are written in Thai digits.  The ITA 2569 page (/ita/2569/) is a table of the office's
own short wording whose every row opens one article page per item (id 101 … 126), which lists its
files.  Last year's ITA page (/ita/2568/) and the former CMS (/web2562/) are still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from _make_docs import DOCS  # noqa: E402

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
ORG = "สำนักงานทรัพยากรธรณีเขต ๒"


def th(s: str) -> str:
    return s.translate(TH)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def art(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def cat(n: int, extra: str = "") -> str:
    return f"/index.php?option=com_phocadownload&view=category&id={n}{extra}"


NEWS = "/index.php?option=com_content&view=category&id=8"
NEWS2 = NEWS + "&limitstart=10"
COMPLAINT = "/index.php?option=com_rsform&view=rsform&formId=3"
VIEWER = "/viewer.php?file=km_pp_01"


def u(key: str) -> str:
    return DOCS[key][0]


def a(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{esc(text)}</a>'


def path_of(url: str) -> str:
    if "?" in url:
        path, query = url.split("?", 1)
        return os.path.join(HERE, path.lstrip("/") + ".q", query, "index.html")
    return os.path.join(HERE, url.lstrip("/"), "index.html")


MENU = [("/", "หน้าแรก"), (art(5), "ประวัติ"), (art(2), "โครงสร้างและอำนาจหน้าที่"), (art(3), "ผู้บริหาร"),
        (NEWS, "ข่าวประชาสัมพันธ์"), (cat(1), "ดาวน์โหลด"), ("/eservice/", "E-Service"),
        (COMPLAINT, "ร้องเรียนการทุจริต"), ("/ita/2569/", "ITA ๒๕๖๙"), ("/contact/", "ติดต่อเรา")]
SIDE = [("/ita/2569/", "การประเมิน ITA ๒๕๖๙"), ("/ita/2568/", "การประเมิน ITA ๒๕๖๘"),
        (cat(1), "แผนงาน/ยุทธศาสตร์"), (cat(2), "จัดซื้อจัดจ้าง"), (cat(3), "บริหารงานบุคคล"),
        (cat(4), "คู่มือ"), (cat(5), "ป้องกันการทุจริต"), ("/geohazard/", "สถานการณ์ธรณีพิบัติภัย"),
        ("/qa/", "กระดานถาม-ตอบ"), ("/web2562/", "เว็บไซต์เดิม (ก่อนปี ๒๕๖๔)")]


def layout(title: str, body: str) -> str:
    menu = "".join(f"<li>{a(h, t)}</li>" for h, t in MENU)
    side = "".join(f"<li>{a(h, t)}</li>" for h, t in SIDE)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<link rel="stylesheet" href="/templates/dmr2/css/template.css"></head>
<body><div id="header"><img src="/images/logo_dmr.png" alt="ตรากรมทรัพยากรธรณี">
<h1>{ORG}</h1><p>กรมทรัพยากรธรณี กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม</p></div>
<ul id="mainmenu">{menu}</ul>
<div id="content"><div class="item-page"><h2>{esc(title)}</h2>
{body}
</div></div>
<div id="right"><div class="moduletable"><h3>ผู้อำนวยการ</h3><p>นายวรวิทย์ ศิลาเพชร</p></div>
<div class="moduletable"><h3>เมนูหลัก</h3><ul>{side}</ul></div>
<div class="moduletable"><h3>สายด่วนธรณีพิบัติภัย</h3><p>โทร ๐ ๕๖๑๑ ๒๔๖๘</p></div>
<div class="moduletable"><p>ผู้เข้าชม ๑๒๓,๔๕๖ คน</p></div></div>
<div id="footer">{ORG} ๒๑๙ หมู่ ๔ ถนนสายเอเชีย ตำบลหนองปลิง อำเภอเมือง จังหวัดนครสวรรค์ ๖๐๐๐๐
โทร ๐ ๕๖๑๑ ๒๔๖๘ โทรสาร ๐ ๕๖๑๑ ๒๔๖๙ อีเมล dmr2.office@example.go.th<br>
Copyright © ๒๕๖๙ {ORG} | Powered by Joomla!</div></body></html>
"""


COUNT = 0


def write(url: str, title: str, body: str, raw: str | None = None) -> None:
    global COUNT
    p = path_of(url)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        f.write(raw if raw is not None else layout(title, body))
    COUNT += 1


def ul(rows: list[tuple[str, str]]) -> str:
    return "<ul>" + "".join(f"<li>{a(h, t)}</li>" for h, t in rows) + "</ul>"


POSTS = [
    (201, "2026-04-02", "สทข.๒ ลงพื้นที่ตรวจสอบหลุมยุบ บ้านหนองบัว อำเภอตาคลี",
     "<p>ทีมนักธรณีวิทยาลงตรวจสอบหลุมยุบขนาด ๔ เมตร และแนะนำให้กั้นเขตห้ามเข้าใกล้</p>", []),
    (202, "2026-03-10", "อบรมอาสาสมัครเฝ้าระวังธรณีพิบัติภัย (มิสเตอร์เตือนภัย) รุ่นที่ ๒/๒๕๖๙",
     "<p>มีอาสาสมัครจาก ๑๘ หมู่บ้านเข้ารับการอบรม ๕๒ คน</p>", []),
    (203, "2026-02-24", "กิจกรรมส่งเสริมคุณธรรม จริยธรรม \"คนธรณีไม่โกง\" ประจำปีงบประมาณ ๒๕๖๙",
     "<p>ผู้อำนวยการนำบุคลากร ๒๖ คน ทบทวนประมวลจริยธรรมข้าราชการพลเรือนและข้อกำหนดจริยธรรมกรมทรัพยากรธรณี "
     "ร่วมกิจกรรม Do &amp; Don't และกล่าวคำปฏิญาณตนการปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต</p>",
     [(u("ethics_code"), "ประมวลจริยธรรมข้าราชการพลเรือน")]),
    (204, "2026-01-23", "เวทีรับฟังความคิดเห็นของประชาชน การจัดทำแผนที่เสี่ยงภัยดินถล่มระดับหมู่บ้าน ตำบลห้วยหินลาด",
     "<p>เมื่อวันที่ ๒๒ มกราคม ๒๕๖๙ สำนักงานฯ เปิดเวทีให้ประชาชน ผู้นำชุมชน และ อบต. ร่วมให้ความเห็นต่อร่างแผนที่เสี่ยงภัย "
     "มีผู้เข้าร่วม ๖๔ คน ข้อเสนอของประชาชนได้นำไปปรับแผนที่และแผนจัดซื้อแล้ว</p>",
     [(u("hearing_summary"), "สรุปผลการรับฟังความคิดเห็น"), (u("hearing_invite"), "หนังสือเชิญประชุม")]),
    (205, "2025-12-15", "เผยแพร่รายงานประจำปีของสำนักงาน",
     "<p>สำนักงานฯ ขอเผยแพร่รายงานประจำปี ฉบับพิมพ์ ให้ผู้สนใจดาวน์โหลด</p>",
     [(u("annual67"), "รายงานประจำปี (ฉบับเผยแพร่)")]),
    (206, "2025-10-20", "ประกาศผู้ชนะการเสนอราคา จ้างจัดพิมพ์เอกสารแผนปฏิบัติราชการ ประจำปีงบประมาณ ๒๕๖๙",
     "<p>รายละเอียดตามเอกสารแนบ</p>", [(u("print_notice"), "ประกาศผู้ชนะการเสนอราคา")]),
    (207, "2025-10-08", "ประชุมมอบนโยบายการปฏิบัติราชการ ประจำปีงบประมาณ ๒๕๖๙",
     "<p>ผู้อำนวยการมอบนโยบายและชี้แจงแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๙ แก่บุคลากรทุกฝ่าย</p>", []),
    (208, "2025-09-12", "ร่วมประชุมพิจารณาร่างแผนปฏิบัติราชการ ปี ๒๕๖๙",
     "<p>ที่ประชุมพิจารณากรอบโครงการเบื้องต้น</p>", [(u("plan69_draft"), "ร่างแผน (ไฟล์ Word)")]),
    (209, "2025-06-05", "วันสิ่งแวดล้อมโลก ๒๕๖๘", "<p>บุคลากรร่วมปลูกต้นไม้ ๒๐๐ ต้น</p>", []),
    (210, "2025-03-18", "ตรวจสอบรอยแยกดินบนไหล่เขา บ้านผาหินลาย", "<p>ไม่พบความเสี่ยงเร่งด่วน</p>", []),
]
MONTHS = ["", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
          "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def thdate(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return th(f"{d} {MONTHS[m]} {y + 543}")


def news() -> None:
    for n, iso, title, body, files in POSTS:
        att = ""
        if files:
            att = "<div class=\"attachments\"><h4>ไฟล์แนบ</h4>" + ul(files) + "</div>"
        write(art(n), title, f"<p class=\"date\">เผยแพร่เมื่อ {thdate(iso)}</p>{body}{att}")

    def listing(posts, pager):
        rows = "".join(f"<li>{a(art(n), t)} <span>{thdate(iso)}</span></li>" for n, iso, t, _b, _f in posts)
        return f"<ul class=\"news\">{rows}</ul><div class=\"pagination\">{pager}</div>"

    write(NEWS, "ข่าวประชาสัมพันธ์", listing(POSTS[:7], a(NEWS2, "ถัดไป »")))
    write(NEWS2, "ข่าวประชาสัมพันธ์ (หน้า ๒)", listing(POSTS[7:], a(NEWS, "« ก่อนหน้า")))


def downloads() -> None:
    def table(rows: list[tuple[str, str, str]]) -> str:
        body = "".join(f"<tr><td>{a(h, t)}</td><td>{th(dt)}</td><td>{a(h, 'ดาวน์โหลด')}</td></tr>"
                       for h, t, dt in rows)
        return f"<table class=\"phoca\"><tr><th>ชื่อไฟล์</th><th>วันที่</th><th></th></tr>{body}</table>"

    write(cat(1), "ดาวน์โหลด: แผนงาน/ยุทธศาสตร์", table([
        (u("plan69"), "แผนปฏิบัติราชการ ประจำปีงบประมาณ ๒๕๖๙", "07/10/2568"),
        (u("spend69"), "แผนการใช้จ่ายงบประมาณ ปี ๒๕๖๙ (Excel)", "09/10/2568"),
        (u("plan69_draft"), "ร่างแผนปฏิบัติราชการ ๒๕๖๙", "15/09/2568"),
        (u("strat_eval"), "รายงานติดตามประเมินผลแผนยุทธศาสตร์", "28/11/2568"),
        (u("plan68"), "แผนปฏิบัติราชการ ประจำปีงบประมาณ ๒๕๖๘", "08/10/2567"),
        (u("strat_6568"), "แผนยุทธศาสตร์สำนักงาน", "20/12/2564"),
    ]))
    selector = ("<form class=\"year\">ปีงบประมาณ: " + a(cat(2), "๒๕๖๙") + " | "
                + a(cat(2, "&year=2568"), "๒๕๖๘") + "</form>")
    write(cat(2), "ดาวน์โหลด: จัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๙", selector + table([
        (u("proc_2569_03"), "สขร.๑ เดือนมีนาคม ๒๕๖๙", "03/04/2569"),
        (u("proc_2569_02"), "สขร.๑ เดือนกุมภาพันธ์ ๒๕๖๙", "04/03/2569"),
        (u("proc_2569_01"), "สขร.๑ เดือนมกราคม ๒๕๖๙", "05/02/2569"),
        (u("proc_2568_11"), "สขร.๑ เดือนพฤศจิกายน ๒๕๖๘", "04/12/2568"),
        (u("proc_2568_10"), "สขร.๑ เดือนตุลาคม ๒๕๖๘", "05/11/2568"),
    ]))
    write(cat(2, "&year=2568"), "ดาวน์โหลด: จัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๘", selector + table([
        (u("proc_year68"), "รายงานผลการจัดซื้อจัดจ้าง ประจำปี ๒๕๖๘ (xls)", "14/10/2568"),
        (u("proc_2568_09"), "สขร.๑ เดือนกันยายน ๒๕๖๘", "06/10/2568"),
    ]))
    write(cat(3), "ดาวน์โหลด: บริหารงานบุคคล", table([
        (u("hr_report68"), "รายงานผลการพัฒนาบุคลากร ๒๕๖๘", "20/10/2568"),
        (u("hr_plan68"), "แผนพัฒนาบุคลากร", "25/10/2567"),
        (u("hr_criteria"), "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "15/01/2567"),
    ]))
    write(cat(4), "ดาวน์โหลด: คู่มือ", table([
        (VIEWER, "คู่มือสำหรับประชาชน: การขอรับบริการตรวจสอบพื้นที่", "01/03/2566"),
        (u("manual_work"), "คู่มือการปฏิบัติงาน สำรวจพื้นที่เสี่ยงธรณีพิบัติภัย (doc)", "10/07/2566"),
        (u("complaint_guide"), "คู่มือการจัดการเรื่องร้องเรียนการทุจริต", "01/02/2567"),
    ]))
    write(cat(5), "ดาวน์โหลด: ป้องกันการทุจริต", table([
        (u("ita_measures"), "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี ๒๕๖๙", "18/10/2568"),
        (u("integrity_report68"), "รายงานผลตามมาตรการส่งเสริมคุณธรรม ปี ๒๕๖๘", "28/10/2568"),
        (u("risk69"), "ประเมินความเสี่ยงการทุจริต ๒๕๖๙", "01/12/2568"),
        (u("acplan69_scan"), "แผนปฏิบัติการป้องกันการทุจริต ๒๕๖๙ (สแกน)", "05/11/2568"),
        (u("acplan_region3"), "แผนปฏิบัติการป้องกันการทุจริต ๒๕๖๙ (สทข.๓)", "14/11/2568"),
        (u("gift_report68"), "รายงานการรับของขวัญ ปี ๒๕๖๘", "10/10/2568"),
        (u("complaint_stats"), "สถิติเรื่องร้องเรียน รอบ ๖ เดือน", "08/04/2568"),
        (u("nogift67"), "ประกาศ No Gift Policy", "02/10/2566"),
        (u("risk68"), "ประเมินความเสี่ยงการทุจริต ๒๕๖๘", "02/12/2567"),
    ]))


# (code, own short wording, [(href, link text)], note)
ITA = [
    ("o1", "โครงสร้างและอำนาจหน้าที่", [(art(2), "โครงสร้างองค์กร"), (art(4), "อำนาจหน้าที่")]),
    ("o2", "ผู้บริหาร", [(art(3), "ทำเนียบผู้บริหาร")]),
    ("o3", "ติดต่อ/ถาม-ตอบ", [("/contact/", "ติดต่อเรา"), ("/qa/", "กระดานถาม-ตอบ")]),
    ("o4", "ข่าว", [(NEWS, "ข่าวประชาสัมพันธ์")]),
    ("o5", "แผนยุทธศาสตร์", [(u("strat_6568"), "แผนยุทธศาสตร์สำนักงาน")]),
    ("o6", "แผนปฏิบัติราชการ/แผนใช้จ่าย", [(u("plan69"), "แผนปฏิบัติราชการ ๒๕๖๙"),
                                          (u("spend69"), "แผนการใช้จ่ายงบประมาณ ๒๕๖๙")]),
    ("o7", "รายงานประจำปี", [(art(205), "รายงานประจำปี (ข่าว ๑๕ ธ.ค. ๒๕๖๘)")]),
    ("o8", "คู่มือเจ้าหน้าที่", [(u("manual_work"), "คู่มือการปฏิบัติงานสำรวจพื้นที่เสี่ยง")]),
    ("o9", "คู่มือประชาชน", [(VIEWER, "คู่มือสำหรับประชาชน (เปิดอ่าน)")]),
    ("o10", "E-Service", [("/eservice/", "ระบบขอรับบริการออนไลน์"), (u("eserv_stats"), "สถิติการให้บริการ")]),
    ("o11", "สขร.๑ รายเดือน", [(cat(2), "สรุปผลจัดซื้อจัดจ้างรายเดือน ปี ๒๕๖๙")]),
    ("o12", "สรุปจัดซื้อจัดจ้างประจำปี", [(u("proc_year68"), "รายงานผลการจัดซื้อจัดจ้าง ปี ๒๕๖๘")]),
    ("o13", "หลักเกณฑ์/แผน HR", [(u("hr_criteria"), "หลักเกณฑ์"), (u("hr_plan68"), "แผนพัฒนาบุคลากร")]),
    ("o14", "รายงาน HR", [(u("hr_report68"), "รายงานผลการพัฒนาบุคลากร ๒๕๖๘")]),
    ("o15", "จริยธรรม", [(u("ethics_code"), "ประมวลจริยธรรม"), (art(203), "กิจกรรมคนธรณีไม่โกง")]),
    ("o16", "คู่มือร้องเรียน", [(u("complaint_guide"), "คู่มือการจัดการเรื่องร้องเรียน")]),
    ("o17", "ช่องทางร้องเรียน", [(COMPLAINT, "แบบฟอร์มร้องเรียนออนไลน์")]),
    ("o18", "สถิติร้องเรียน", [(u("complaint_stats"), "สถิติเรื่องร้องเรียน รอบ ๖ เดือน")]),
    ("o19", "การมีส่วนร่วม", [(art(204), "เวทีรับฟังความคิดเห็น ม.ค. ๒๕๖๙")]),
    ("o20", "No Gift", [(u("nogift67"), "ประกาศ No Gift Policy"), (u("gift_report68"), "รายงานการรับของขวัญ")]),
    ("o21", "ประเมินความเสี่ยง", [(u("risk69"), "การประเมินความเสี่ยงการทุจริต ๒๕๖๙")]),
    ("o22", "ผลจัดการความเสี่ยง", [("/download.php?id=8", "รายงานผลตามแผนบริหารความเสี่ยง ๒๕๖๘")]),
    ("o23", "แผนป้องกันทุจริต", [(u("acplan69_scan"), "แผนปฏิบัติการป้องกันการทุจริต ๒๕๖๙")]),
    ("o24", "ผลป้องกันทุจริต", [("/web2562/ita/", "รายงานผลการดำเนินการป้องกันการทุจริต")]),
    ("o25", "นำผล ITA ไปพัฒนา", [(u("ita_measures"), "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี ๒๕๖๙")]),
    ("o26", "ผลส่งเสริมคุณธรรม", [(u("integrity_report68"), "รายงานผลตามมาตรการ ปี ๒๕๖๘")]),
]
GROUPS = [("ข้อมูลพื้นฐาน", 0, 4), ("การบริหารงานและงบประมาณ", 4, 10), ("จัดซื้อจัดจ้าง", 10, 12),
          ("บริหารทรัพยากรบุคคล", 12, 15), ("ส่งเสริมความโปร่งใส", 15, 19), ("ป้องกันสินบน", 19, 22),
          ("ส่งเสริมคุณธรรม", 22, 26)]


def ita() -> None:
    rows = []
    for group, lo, hi in GROUPS:
        rows.append(f"<tr class=\"group\"><td colspan=\"2\">{esc(group)}</td></tr>")
        for i in range(lo, hi):
            code, label, _links = ITA[i]
            rows.append(f"<tr><td>{code}</td><td>{a(art(101 + i), label)}</td></tr>")
    sel = "<p>ปีที่ประเมิน: " + a("/ita/2569/", "๒๕๖๙") + " | " + a("/ita/2568/", "๒๕๖๘") + "</p>"
    write("/ita/2569/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี ๒๕๖๙",
          sel + "<table class=\"ita\"><tr><th>ข้อ</th><th>ข้อมูล</th></tr>" + "".join(rows) + "</table>")
    for i, (code, label, links) in enumerate(ITA):
        body = (f"<p>ITA ๒๕๖๙ ข้อ {code.upper()} : {esc(label)}</p><h4>เอกสาร/ลิงก์</h4>" + ul(links)
                + "<p>" + a("/ita/2569/", "« กลับหน้า ITA ๒๕๖๙") + "</p>")
        write(art(101 + i), f"ITA ๒๕๖๙ {code.upper()} {label}", body)
    old = [("o6", "แผนปฏิบัติราชการ ๒๕๖๘", u("plan68")),
           ("o11", "สขร.๑ ก.ย. ๒๕๖๘", u("proc_2568_09")),
           ("o21", "ประเมินความเสี่ยง ๒๕๖๘", u("risk68")),
           ("o22", "ผลจัดการความเสี่ยง ๒๕๖๗", "/images/stories/ita68/o22_risk67.pdf"),
           ("o25", "มาตรการส่งเสริมคุณธรรม ๒๕๖๘", u("ita_measures"))]
    rows68 = "".join(f"<tr><td>{c}</td><td>{a(h, t)}</td></tr>" for c, t, h in old)
    write("/ita/2568/", "การประเมิน ITA ประจำปี ๒๕๖๘", sel + f"<table class=\"ita\">{rows68}</table>")


OLD = """<html><head><meta charset="utf-8"><title>สทข.2 (เว็บไซต์เดิม)</title></head>
<body bgcolor="#ffffee"><table width="780"><tr><td><b>สำนักงานทรัพยากรธรณีเขต 2 (เว็บไซต์เดิม)</b><br>
<font color="red">เว็บไซต์นี้ไม่ได้ปรับปรุงแล้ว กรุณาใช้เว็บไซต์ใหม่</font> <a href="/">หน้าแรก</a><hr>{body}
</td></tr></table></body></html>
"""


def static() -> None:
    write("/", "หน้าแรก",
          "<div class=\"banner\"><img src=\"/images/banner_ita2569.png\" alt=\"ITA 2569\"></div>"
          "<h3>ข่าวล่าสุด</h3>" + ul([(art(n), t) for n, _iso, t, _b, _f in POSTS[:5]])
          + "<p>" + a(NEWS, "ข่าวทั้งหมด") + " | " + a("/ita/2569/", "ITA ๒๕๖๙") + "</p>")
    write(art(5), "ประวัติสำนักงาน", "<p>สำนักงานทรัพยากรธรณีเขต ๒ ตั้งขึ้นตามกฎกระทรวงแบ่งส่วนราชการ"
          "กรมทรัพยากรธรณี ดูแลพื้นที่ ๘ จังหวัดภาคเหนือตอนล่าง</p>")
    write(art(2), "โครงสร้างองค์กร",
          "<p><img src=\"/images/org_chart_2568.png\" alt=\"แผนผังโครงสร้าง\"></p>"
          "<ul><li>ผู้อำนวยการสำนักงานทรัพยากรธรณีเขต ๒<ul><li>ฝ่ายบริหารทั่วไป</li>"
          "<li>ฝ่ายธรณีวิทยา</li><li>ฝ่ายธรณีพิบัติภัย</li><li>ฝ่ายทรัพยากรแร่และซากดึกดำบรรพ์</li></ul></li></ul>"
          "<p>" + a(art(4), "อำนาจหน้าที่") + "</p>")
    write(art(4), "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมทรัพยากรธรณี สำนักงานทรัพยากรธรณีเขตมีอำนาจหน้าที่ดังนี้</p><ol>"
          "<li>สำรวจ ตรวจสอบ และจัดทำข้อมูลธรณีวิทยาในพื้นที่รับผิดชอบ</li>"
          "<li>เฝ้าระวัง แจ้งเตือน และให้คำแนะนำด้านธรณีพิบัติภัย</li>"
          "<li>กำกับ ดูแล และตรวจสอบการประกอบกิจการแร่ตามที่ได้รับมอบหมาย</li>"
          "<li>คุ้มครองแหล่งซากดึกดำบรรพ์และแหล่งธรณีวิทยา</li>"
          "<li>ให้บริการข้อมูลและคำปรึกษาด้านธรณีวิทยาแก่ประชาชนและหน่วยงาน</li></ol>")
    write(art(3), "ผู้บริหาร",
          "<table><tr><td><img src=\"/images/exec/director.jpg\" alt=\"ผู้อำนวยการ\"></td>"
          "<td>นายวรวิทย์ ศิลาเพชร<br>ผู้อำนวยการสำนักงานทรัพยากรธรณีเขต ๒<br>โทร ๐ ๕๖๑๑ ๒๔๗๐</td></tr>"
          "<tr><td><img src=\"/images/exec/head1.jpg\" alt=\"หัวหน้าฝ่าย\"></td>"
          "<td>นางสาวกมลชนก ผาทอง<br>หัวหน้าฝ่ายบริหารทั่วไป<br>โทร ๐ ๕๖๑๑ ๒๔๗๑</td></tr>"
          "<tr><td><img src=\"/images/exec/head2.jpg\" alt=\"หัวหน้าฝ่าย\"></td>"
          "<td>นายธนกร หินแก้ว<br>หัวหน้าฝ่ายธรณีพิบัติภัย<br>โทร ๐ ๕๖๑๑ ๒๔๗๒</td></tr></table>")
    write("/contact/", "ติดต่อเรา",
          "<p>สำนักงานทรัพยากรธรณีเขต ๒ ๒๑๙ หมู่ ๔ ถนนสายเอเชีย ตำบลหนองปลิง อำเภอเมือง จังหวัดนครสวรรค์ ๖๐๐๐๐</p>"
          "<p>โทรศัพท์ ๐ ๕๖๑๑ ๒๔๖๘ โทรสาร ๐ ๕๖๑๑ ๒๔๖๙ อีเมล dmr2.office@example.go.th</p>"
          "<p><a href=\"https://maps.google.com/?q=15.7123,100.1456\">แผนที่ Google Maps</a></p>"
          "<p>สอบถามข้อมูลได้ที่ " + a("/qa/", "กระดานถาม-ตอบ") + "</p>")
    write("/qa/", "กระดานถาม-ตอบ",
          "<form method=\"post\" action=\"/qa/post.php\"><p>ชื่อ <input name=\"name\"></p>"
          "<p>คำถาม <textarea name=\"q\"></textarea></p><button>ส่งคำถาม</button></form>"
          "<dl><dt>ถาม (๑๒ ก.พ. ๒๕๖๙): ขอข้อมูลแผนที่ธรณีวิทยาตำบลได้ที่ไหน</dt>"
          "<dd>ตอบ: ยื่นคำขอผ่าน E-Service ได้เลยครับ (เจ้าหน้าที่)</dd>"
          "<dt>ถาม (๓ มี.ค. ๒๕๖๙): พบรอยแยกดินหลังบ้าน ต้องแจ้งใคร</dt>"
          "<dd>ตอบ: โทรสายด่วน ๐ ๕๖๑๑ ๒๔๖๘ เจ้าหน้าที่จะลงตรวจสอบ</dd></dl>")
    write("/eservice/", "E-Service ระบบขอรับบริการออนไลน์",
          "<form method=\"post\" action=\"/eservice/submit.php\"><p>ชื่อ-สกุล <input name=\"name\"></p>"
          "<p>เลขบัตรประชาชน <input name=\"pid\"></p><p>ประเภทคำขอ <select name=\"type\">"
          "<option>ขอข้อมูลธรณีวิทยา</option><option>ขอให้ตรวจสอบพื้นที่</option></select></p>"
          "<p>รายละเอียด <textarea name=\"detail\"></textarea></p><p>แนบไฟล์ <input type=\"file\" name=\"f\"></p>"
          "<button>ยื่นคำขอ</button></form><p>" + a(u("eserv_stats"), "สถิติการให้บริการ ปี ๒๕๖๙") + "</p>")
    write(COMPLAINT, "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<form method=\"post\" action=\"/index.php?option=com_rsform&amp;formId=3\">"
          "<p>ชื่อผู้ร้อง (ไม่ระบุได้) <input name=\"name\"></p><p>เรื่องที่ร้องเรียน <input name=\"subject\"></p>"
          "<p>รายละเอียด <textarea name=\"detail\"></textarea></p><button>ส่งเรื่อง</button></form>"
          "<p>ช่องทางอื่น: <a href=\"https://www.nacc.go.th\">สำนักงาน ป.ป.ช.</a> | "
          "<a href=\"https://www.pacc.go.th\">สำนักงาน ป.ป.ท.</a></p><p>"
          + a(u("complaint_guide"), "คู่มือการจัดการเรื่องร้องเรียน") + "</p>")
    write(VIEWER, "คู่มือสำหรับประชาชน: การขอรับบริการตรวจสอบพื้นที่",
          "<iframe src=\"https://drive.google.com/file/d/1aX9kGeoDmr2Km01pP/preview\" width=\"640\" height=\"800\">"
          "</iframe><p>" + a(u("service_manual"), "ดาวน์โหลดไฟล์ PDF") + "</p>")
    write("/geohazard/", "สถานการณ์ธรณีพิบัติภัย",
          "<p>ประกาศเฝ้าระวังดินถล่ม ฤดูฝน ๒๕๖๙ จะแจ้งเมื่อมีปริมาณฝนสะสมเกิน ๑๐๐ มม.</p>")
    write("/web2562/", "", "", OLD.format(body=ul([("/web2562/ita/", "ITA / การเปิดเผยข้อมูล"),
                                               ("/web2562/", "หน้าแรกเดิม")])))
    write("/web2562/ita/", "", "", OLD.format(body="<p>การเปิดเผยข้อมูลสาธารณะ</p>" + ul([
        (u("old_ac_report67"), "รายงานผลการดำเนินการป้องกันการทุจริต ปี 2567"),
    ])))


def assets() -> None:
    """The template's small images and stylesheet (placeholders: grey boxes)."""
    import io

    from PIL import Image

    for path, size in (("images/logo_dmr.png", (60, 60)), ("images/org_chart_2568.png", (200, 120)),
                       ("images/banner_ita2569.png", (300, 60)), ("images/exec/director.jpg", (60, 80)),
                       ("images/exec/head1.jpg", (60, 80)), ("images/exec/head2.jpg", (60, 80))):
        buf = io.BytesIO()
        Image.new("RGB", size, (200, 200, 200)).save(buf, format="PNG" if path.endswith("png") else "JPEG")
        os.makedirs(os.path.dirname(os.path.join(HERE, path)), exist_ok=True)
        with open(os.path.join(HERE, path), "wb") as f:
            f.write(buf.getvalue())
    os.makedirs(os.path.join(HERE, "templates/dmr2/css"), exist_ok=True)
    with open(os.path.join(HERE, "templates/dmr2/css/template.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Tahoma,sans-serif;margin:0}#header{background:#6b4a2b;color:#fff}"
                "#mainmenu li{display:inline;margin:0 8px}#content{float:left;width:70%}"
                "#right{float:right;width:25%}#footer{clear:both;background:#eee}\n")


def main() -> None:
    sys.dont_write_bytecode = True
    assets()
    static()
    news()
    downloads()
    ita()
    print(COUNT, "pages")


if __name__ == "__main__":
    main()
