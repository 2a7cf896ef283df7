"""Generate the pages of the "specialcity" test site (เมืองหาดทรายทอง, invented).

Run after _make_docs.py:  python tests/sites/specialcity/_make_pages.py

A Joomla 3 site of a large special city: content pages are /index.php?option=com_content&...
(static copies under index.php.q/<query>/index.html, as crawler/serve.py stores them), the
download lists are com_docman categories, files go out through /download.php?id=N, one report
only through a Google Drive viewer page (/pdfviewer.php?doc=22) with a direct download beside it.
The ITA 2569 page is split into one page per sub-indicator (/ita/2569/9-1/ …); a year selector
leads to last year's page, left in the copy of the previous CMS under /old/.  The monthly
procurement page is written in Thai digits.  Deterministic.
"""

from __future__ import annotations

import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))  # the repo root
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG  # noqa: E402

from crawler.serve import _query_name  # noqa: E402

THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00"
       b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def art(i: int) -> str:
    return f"/index.php?option=com_content&amp;view=article&amp;id={i}"


def cat(limitstart: int = 0) -> str:
    tail = f"&amp;limitstart={limitstart}" if limitstart else ""
    return f"/index.php?option=com_content&amp;view=category&amp;id=8{tail}"


def docman(gid: int) -> str:
    return f"/index.php?option=com_docman&amp;task=cat_view&amp;gid={gid}"


def dl(i: int) -> str:
    return f"/download.php?id={i}"


MENU = [("/", "หน้าแรก"), (art(2), "โครงสร้างองค์กร"), (art(4), "คณะผู้บริหาร"), (art(5), "สภาเมือง"),
        (art(7), "ส่วนราชการ"), (cat(), "ข่าวประชาสัมพันธ์"), (docman(3), "เอกสารดาวน์โหลด"),
        (art(40), "จัดซื้อจัดจ้าง"), ("/ita/2569/", "ITA"), (art(6), "ติดต่อเรา")]


def page(title: str, body: str) -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} - {ORG}</title>
<link rel="stylesheet" href="/templates/hst/css/template.css"></head>
<body><div id="top"><img src="/images/logo.gif" alt="ตราเมือง"> <b>{ORG}</b>
<span>City of Hat Sai Thong · ราชการส่วนท้องถิ่นรูปแบบพิเศษ</span></div>
<ul id="mainmenu">{menu}</ul>
<div id="wrap"><div id="side">
<div class="mod"><img src="/images/exec/mayor.gif" alt="นายกเมือง"><p>นายวรพล ศรีทะเลงาม<br>นายกเมืองหาดทรายทอง</p></div>
<div class="mod"><h3>บริการประชาชน</h3><ul>
<li><a href="{art(9)}">E-Service</a></li><li><a href="{art(10)}">แจ้งเรื่องร้องเรียนการทุจริต</a></li>
<li><a href="/webboard/">กระดานถาม-ตอบ</a></li><li><a href="/ita/2569/">ITA 2569</a></li>
<li><a href="/old/">เว็บไซต์เดิม</a></li><li><a href="/sitemap/">แผนผังเว็บไซต์</a></li></ul></div>
<div class="mod">สายด่วนเมือง 1337 · ผู้เข้าชม 2,418,905</div></div>
<div id="content"><h1>{title}</h1>
{body}
</div></div>
<div id="footer">{ORG} ศาลาว่าการเมือง 88/9 ถนนเลียบหาดสายกลาง ตำบลหาดทรายทอง อำเภอบางละมุง จังหวัดชลบุรี 20150
โทร 0 3811 4400 โทรสาร 0 3811 4401 saraban@hatsaithong-city.example · © 2569</div>
</body></html>
"""


def write(url: str, html: str) -> None:
    url = url.replace("&amp;", "&")
    path, _, query = url.partition("?")
    folder = os.path.join(HERE, path.lstrip("/"))
    if query:
        folder = os.path.join(folder + ".q", _query_name(query))
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as f:
        f.write(html)


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{text}</a>'


def table(rows: list[list[str]]) -> str:
    return "<table border=1>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"


DEPTS = [
    (20, "สำนักปลัดเมือง", "งานธุรการ การเจ้าหน้าที่ นิติการ ป้องกันและบรรเทาสาธารณภัย"),
    (21, "สำนักการคลัง", "การเงิน บัญชี พัสดุ พัฒนารายได้ แผนที่ภาษี"),
    (22, "สำนักการช่าง", "ควบคุมอาคาร สาธารณูปโภค ไฟฟ้าสาธารณะ ผังเมือง"),
    (23, "สำนักการศึกษา", "โรงเรียนในสังกัดเมือง 11 แห่ง ศูนย์พัฒนาเด็กเล็ก 6 แห่ง"),
    (24, "สำนักการสาธารณสุขและสิ่งแวดล้อม", "ศูนย์บริการสาธารณสุข 4 แห่ง การจัดการขยะ คุณภาพน้ำทะเล"),
    (25, "สำนักยุทธศาสตร์และงบประมาณ", "แผนพัฒนาท้องถิ่น งบประมาณ ติดตามและประเมินผล"),
    (26, "สำนักการท่องเที่ยวและกีฬา", "ส่งเสริมการท่องเที่ยว เทศกาล สนามกีฬาเมือง"),
    (27, "สำนักสวัสดิการสังคม", "เบี้ยยังชีพผู้สูงอายุ คนพิการ ชุมชน 34 ชุมชน"),
    (28, "สำนักการประปาและท่าเทียบเรือ", "ท่าเทียบเรือแหลมทรายขาว ท่าเรือโดยสารเกาะ"),
    (29, "หน่วยตรวจสอบภายใน", "ตรวจสอบการเงิน บัญชี พัสดุ และการปฏิบัติงาน"),
]

# news: id, date, title, body, attachments (FY2569 first, newest first; page 3 is FY2568)
NEWS = [
    (524, "9 เมษายน 2569", "เมืองหาดทรายทองเตรียมความพร้อมเทศกาลสงกรานต์ 2569 จุดบริการประชาชน 12 จุด", "สำนักป้องกันฯ ร่วมตำรวจท่องเที่ยว", []),
    (523, "2 เมษายน 2569", "นายกเมืองตรวจความคืบหน้าก่อสร้างถนนเลียบชายหาดช่วงที่ 3", "ผลงานร้อยละ 42", []),
    (522, "27 มีนาคม 2569", "สำนักการสาธารณสุขฯ ตรวจคุณภาพน้ำทะเล 8 จุด ผ่านเกณฑ์ทุกจุด", "", []),
    (521, "20 มีนาคม 2569", "ประกวดราคาจ้างจัดพิมพ์แผนพัฒนาท้องถิ่น (เพิ่มเติม) ได้ผู้ชนะแล้ว", "สำนักการคลังประกาศผล", [(129, "ประกาศประกวดราคาจ้างจัดพิมพ์ (PDF)")]),
    (520, "11 มีนาคม 2569", "สถ.จ.ชลบุรี แจ้งเวียนแผนปฏิบัติการป้องกันและปราบปรามการทุจริต 2569", "เพื่อทราบ", [(125, "หนังสือแจ้งเวียนพร้อมแผน")]),
    (519, "3 มีนาคม 2569", "เทศกาลดนตรีริมหาด Hat Sai Thong Beat 2026 นักท่องเที่ยวกว่า 80,000 คน", "", []),
    (518, "24 กุมภาพันธ์ 2569", "รับสมัครนักเรียนใหม่ โรงเรียนเมืองหาดทรายทอง 1-11 ปีการศึกษา 2569", "สำนักการศึกษา", []),
    (517, "16 กุมภาพันธ์ 2569", "อบรมพนักงานเมืองใหม่ หลักสูตรผู้นำยุคดิจิทัลและการบริหารความเสี่ยง", "ตามแผนพัฒนาบุคลากร", []),
    (512, "10 กุมภาพันธ์ 2569", "รายงานผลการประชุมประชาคมเมืองหาดทรายทอง ประจำปี 2569", "ประชาชน 186 คน จาก 34 ชุมชน ร่วมเสนอโครงการ ผลการพิจารณาตามเอกสารแนบ", [(130, "รายงานผลการประชุมประชาคม (PDF)")]),
    (507, "5 กุมภาพันธ์ 2569", "โครงการอบรมคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรม พนักงานเมือง ปี 2569", "พนักงานเมืองและลูกจ้าง 320 คน ร่วมอบรม ณ ห้องประชุมชั้น 4 ทบทวนประมวลจริยธรรมของพนักงานเมืองและลงนามปฏิญญา", [(116, "ประมวลจริยธรรมของพนักงานเมือง")]),
    (509, "13 มกราคม 2569", "ขอเชิญประชาชนร่วมประชุมประชาคมเมือง 24 มกราคม 2569", "ทุกชุมชนส่งผู้แทน", [(119, "หนังสือเชิญประชุม")]),
    (506, "8 มกราคม 2569", "งานวันเด็กแห่งชาติ 2569 ณ ลานหน้าศาลาว่าการเมือง", "", []),
    (505, "28 ธันวาคม 2568", "เมืองหาดทรายทองจัดงานเคาท์ดาวน์ต้อนรับปีใหม่ 2569", "", []),
    (504, "15 ธันวาคม 2568", "คณะทำงานประเมินความเสี่ยงการทุจริตประชุมครั้งที่ 1/2569", "", []),
    (503, "20 พฤศจิกายน 2568", "ลอยกระทงเมืองหาดทรายทอง 2568", "", []),
    (502, "6 พฤศจิกายน 2568", "เปิดใช้ระบบยื่นคำขออนุญาตก่อสร้างออนไลน์", "ผ่านหน้า E-Service", []),
    (501, "10 ตุลาคม 2568", "ประชุมสภาเมืองหาดทรายทอง สมัยสามัญ สมัยที่ 4 ประจำปี 2568", "", []),
    (480, "25 กันยายน 2568", "สภาเมืองเห็นชอบร่างข้อบัญญัติงบประมาณรายจ่าย ประจำปี 2569 วาระที่ 3", "", []),
    (479, "30 สิงหาคม 2568", "ทำความสะอาดชายหาดครั้งใหญ่ Big Cleaning Day", "", []),
    (478, "12 สิงหาคม 2568", "กิจกรรมวันแม่แห่งชาติ 2568", "", []),
    (477, "18 กรกฎาคม 2568", "เสนอร่างข้อบัญญัติงบประมาณ 2569 ต่อสภาเมือง วาระที่ 1", "", [(104, "ร่างข้อบัญญัติ (เอกสารประกอบการประชุม)")]),
    (476, "2 กรกฎาคม 2568", "ซ้อมแผนอพยพสึนามิชุมชนริมหาด", "", []),
]


def news_pages() -> None:
    for nid, date, title, body, att in NEWS:
        files = "".join(f"<li>{a(dl(i), t)}</li>" for i, t in att)
        html = f'<p class="date">เผยแพร่ {date} · ฝ่ายประชาสัมพันธ์</p><p>{body}</p>'
        if files:
            html += f"<h3>ไฟล์แนบ</h3><ul>{files}</ul>"
        write(art(nid), page(title, html + f'<p>{a(cat(), "« กลับหน้าข่าว")}</p>'))
    for n, start in enumerate((0, 10, 20)):
        rows = NEWS[start:start + 10]
        items = "".join(f"<li>{d} {a(art(i), t)}</li>" for i, d, t, _b, _a in rows)
        pager = " ".join(a(cat(s), str(k + 1)) for k, s in enumerate((0, 10, 20)) if k != n)
        write(cat(start), page("ข่าวประชาสัมพันธ์", f"<ul>{items}</ul><p>หน้า: {pager}</p>"))


ITA = {
    "9-1": ("9.1 ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้าง", [(art(2), "แผนผังโครงสร้าง"), (art(3), "อำนาจหน้าที่")]),
        ("o2", "ข้อมูลผู้บริหาร", [(art(4), "คณะผู้บริหาร")]),
        ("o3", "ข้อมูลการติดต่อ/ถาม-ตอบ", [(art(6), "ติดต่อเรา"), ("/webboard/", "กระดานถาม-ตอบ")]),
        ("o4", "ข่าวประชาสัมพันธ์", [(cat(), "ข่าวประชาสัมพันธ์")]),
    ]),
    "9-2": ("9.2 การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("o5", "แผนยุทธศาสตร์/แผนพัฒนา", [(dl(101), "แผนยุทธศาสตร์การพัฒนาเมือง")]),
        ("o6", "แผนดำเนินงานและงบประมาณ", [(dl(102), "ข้อบัญญัติงบประมาณรายจ่าย"), (dl(103), "แผนการดำเนินงานประจำปี")]),
        ("o7", "รายงานผลการดำเนินงานประจำปี", [(dl(105), "รายงานผลการดำเนินงาน (เผยแพร่ ม.ค. 69)")]),
        ("o8", "คู่มือการปฏิบัติงาน", [(art(12), "คู่มือการปฏิบัติงานของส่วนราชการ")]),
        ("o9", "คู่มือสำหรับประชาชน", [(art(11), "คู่มือสำหรับประชาชน")]),
        ("o10", "E-Service", [(art(9), "บริการออนไลน์")]),
    ]),
    "9-3": ("9.3 การจัดซื้อจัดจ้าง", [
        ("o11", "สรุปผลจัดซื้อจัดจ้างรายเดือน", [(art(40), "สขร.1 รายเดือน")]),
        ("o12", "สรุปผลจัดซื้อจัดจ้างประจำปี", [(dl(113), "รายงานสรุปผล")]),
    ]),
    "9-4": ("9.4 การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("o13", "หลักเกณฑ์และแผนพัฒนาบุคลากร", [(dl(114), "แผนพัฒนาบุคลากร"), (docman(7), "หมวดเอกสารบุคคล")]),
        ("o14", "รายงานผลการบริหารบุคคล", [(dl(115), "รายงานผล (doc)")]),
    ]),
    "9-5": ("9.5 การส่งเสริมความโปร่งใส", [
        ("o15", "ประมวลจริยธรรม/การขับเคลื่อน", [(dl(116), "ประมวลจริยธรรม"), (art(507), "กิจกรรมขับเคลื่อน")]),
        ("o16", "แนวปฏิบัติจัดการเรื่องร้องเรียน", [(dl(117), "แนวปฏิบัติ")]),
        ("o17", "ช่องทางร้องเรียนการทุจริต", [(art(10), "แจ้งเรื่องร้องเรียน")]),
        ("o18", "สถิติเรื่องร้องเรียน", [(dl(118), "สถิติเรื่องร้องเรียน (xls)")]),
        ("o19", "การมีส่วนร่วม", [(art(512), "ประชาคมเมือง")]),
    ]),
    "10-1": ("10.1 การดำเนินการเพื่อป้องกันการทุจริต", [
        ("o20", "No Gift Policy", [(dl(120), "ประกาศนโยบาย No Gift Policy")]),
        ("o21", "ประเมินความเสี่ยงการทุจริต", [(dl(121), "ผลการประเมินความเสี่ยง")]),
        ("o22", "รายงานผลตามแผนบริหารความเสี่ยง", [("/pdfviewer.php?doc=22", "เปิดดูเอกสาร")]),
    ]),
    "10-2": ("10.2 การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("o23", "แผนปฏิบัติการป้องกันการทุจริต", [(dl(124), "แผนปฏิบัติการ")]),
        ("o24", "รายงานผลการป้องกันการทุจริต", [(dl(8), "รายงานผล")]),
        ("o25", "การนำผล ITA ไปพัฒนา", [(dl(126), "มาตรการส่งเสริมคุณธรรม")]),
        ("o26", "รายงานผลส่งเสริมคุณธรรม", [(dl(127), "รายงานผล")]),
    ]),
}


def ita_pages() -> None:
    selector = f'<form>ปีที่ประเมิน: <select><option selected>2569</option><option>2568</option></select></form><p>{a("/old/ita2568/", "ITA 2568 (เว็บไซต์เดิม)")}</p>'
    groups = "".join(f"<li>{a(f'/ita/2569/{k}/', t)}</li>" for k, (t, _r) in ITA.items())
    write("/ita/2569/", page("การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2569",
                             selector + f"<p>ตัวชี้วัดที่ 9 และ 10 แบบ OIT</p><ul>{groups}</ul>"))
    for k, (title, rows) in ITA.items():
        body = table([["ข้อ", "ข้อมูล", "ลิงก์"]] + [[c, t, " ".join(a(h, x) for h, x in links)] for c, t, links in rows])
        write(f"/ita/2569/{k}/", page(f"ITA 2569 · {title}", body + f'<p>{a("/ita/2569/", "« ITA 2569")}</p>'))


def old_site() -> None:
    old = """<html><head><meta charset="utf-8"><title>{t}</title></head><body>
<p><b>เว็บไซต์เดิม เมืองหาดทรายทอง (ไม่มีการปรับปรุงข้อมูลแล้ว)</b> · <a href="/">ไปเว็บไซต์ใหม่</a> ·
<a href="/old/ita2568/">ITA 2568</a></p><h1>{t}</h1>{b}<p>ศาลาว่าการเมือง โทร 0 3811 4400</p></body></html>
"""
    write("/old/", old.format(t="เมืองหาดทรายทอง (เว็บไซต์เดิม)", b="<p>ข่าวล่าสุด: กิจกรรมวันแม่แห่งชาติ 2567</p>"))
    rows = [["o6", "แผนดำเนินงาน", a(dl(103), "แผนการดำเนินงาน")],
            ["o20", "No Gift Policy", a(dl(120), "ประกาศ")],
            ["o21", "ประเมินความเสี่ยง", a(dl(122), "ผลการประเมินความเสี่ยง 2568")],
            ["o22", "รายงานผลตามแผนบริหารความเสี่ยง", a(dl(123), "รายงานผล")],
            ["o24", "รายงานผลการป้องกันการทุจริต", a("/old/images/ita/o24_2567.pdf", "รายงานผล")],
            ["o25", "มาตรการส่งเสริมคุณธรรม", a(dl(126), "มาตรการ")]]
    write("/old/ita2568/", old.format(t="ITA ประจำปี 2568", b=table([["ข้อ", "รายการ", "ไฟล์"]] + rows)))


def docman_pages() -> None:
    cats = {3: ("แผนและงบประมาณ", [101, 102, 103, 104, 129, 105]),
            5: ("ป้องกันการทุจริต", [124, 121, 122, 120, 126, 127, 117]),
            7: ("การบริหารงานบุคคล", [114, 115]),
            9: ("จัดซื้อจัดจ้าง", [128, 113, 112, 111, 110, 109, 108])}
    nav = " | ".join(a(docman(g), t) for g, (t, _d) in cats.items())
    for g, (title, ids) in cats.items():
        rows = [["ชื่อไฟล์", "วันที่", "ดาวน์โหลด"]]
        for i in ids:
            name, _k, when, _l = DOCS[i]
            rows.append([name, when.strftime("%d/%m/") + str(when.year + 543), a(dl(i), "ดาวน์โหลด")])
        write(docman(g), page(f"เอกสารดาวน์โหลด: {title}", f"<p>{nav}</p>" + table(rows)))


def content_pages() -> None:
    write("/", page("หน้าแรก", "<h2>ข่าวล่าสุด</h2><ul>" + "".join(
        f"<li>{d} {a(art(i), t)}</li>" for i, d, t, _b, _a in NEWS[:6]) + "</ul>"
        + f'<p>{a("/ita/2569/", "ITA 2569")} · {a(docman(3), "เอกสารดาวน์โหลด")}</p>'))
    write(art(2), page("โครงสร้างองค์กร", '<img src="/images/chart.gif" alt="แผนภูมิ">'
                       "<h2>ฝ่ายการเมือง</h2><ul><li>นายกเมืองหาดทรายทอง<ul><li>รองนายกเมือง 4 คน</li>"
                       "<li>เลขานุการนายกเมือง ที่ปรึกษานายกเมือง</li></ul></li>"
                       "<li>สภาเมืองหาดทรายทอง (สมาชิก 24 คน) ประธานสภา รองประธานสภา</li></ul>"
                       "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเมือง<ul><li>รองปลัดเมือง 4 คน</li>"
                       + "".join(f"<li>{a(art(i), n)}</li>" for i, n, _d in DEPTS) + "</ul></li></ul>"))
    write(art(3), page("อำนาจหน้าที่", "<p>ตามพระราชบัญญัติระเบียบบริหารราชการเมืองหาดทรายทอง พ.ศ. 2542 มาตรา 62 สรุปได้ดังนี้</p><ol>"
                       "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>การผังเมืองและการควบคุมอาคาร</li>"
                       "<li>การจัดให้มีและบำรุงรักษาทางบก ทางน้ำ และท่าเทียบเรือ</li><li>การรักษาความสะอาดและจัดการขยะ</li>"
                       "<li>การส่งเสริมการท่องเที่ยว</li><li>การจัดการศึกษาและการสาธารณสุข</li>"
                       "<li>การจัดการสิ่งแวดล้อมชายหาดและทะเล</li></ol>"))
    execs = [("mayor", "นายวรพล ศรีทะเลงาม", "นายกเมืองหาดทรายทอง"), ("d1", "นายธนกร แก้วหาดขาว", "รองนายกเมือง"),
             ("d2", "นางพิมพ์ชนก สายลมเย็น", "รองนายกเมือง"), ("d3", "นายอาทิตย์ ชลธีรวงศ์", "รองนายกเมือง"),
             ("d4", "นายสุรเชษฐ์ ทองเนินทราย", "รองนายกเมือง"), ("palad", "นางสาวกนกพร ไชยวัฒนกุล", "ปลัดเมือง")]
    write(art(4), page("คณะผู้บริหาร", "".join(
        f'<div class="exec"><img src="/images/exec/{k}.gif" alt="{n}"><p>{n}<br>{p}<br>โทร 0 3811 44{10 + j}</p></div>'
        for j, (k, n, p) in enumerate(execs))))
    write(art(5), page("สภาเมืองหาดทรายทอง", "<p>ประธานสภา นายประเสริฐ หาญทะเล รองประธานสภา นางวาสนา คลื่นทอง สมาชิก 24 คน</p>"))
    write(art(6), page("ติดต่อเรา", "<p>ศาลาว่าการเมืองหาดทรายทอง 88/9 ถนนเลียบหาดสายกลาง ตำบลหาดทรายทอง อำเภอบางละมุง จังหวัดชลบุรี 20150</p>"
                       "<p>โทร 0 3811 4400 สายด่วน 1337 อีเมล saraban@hatsaithong-city.example</p>"
                       '<p><a href="https://maps.google.com/?q=12.9001,100.8777">แผนที่ Google Maps</a></p>'
                       f'<p>สอบถามข้อมูล: {a("/webboard/", "กระดานถาม-ตอบ")}</p>'))
    write(art(7), page("ส่วนราชการ", "<ul>" + "".join(f"<li>{a(art(i), n)}</li>" for i, n, _d in DEPTS) + "</ul>"))
    for i, n, d in DEPTS:
        write(art(i), page(n, f"<p>ภารกิจ: {d}</p><p>ผู้อำนวยการ{n} โทร 0 3811 4{i}0</p>"))
    write(art(9), page("E-Service บริการออนไลน์", "<p>ยื่นคำขอออนไลน์ตลอด 24 ชั่วโมง</p>"
                       '<form action="https://forms.gle/hst-eservice-2569" method="post"><p>ชื่อ-สกุล <input name="name"></p>'
                       '<p>เรื่องที่ขอรับบริการ <select name="s"><option>ขออนุญาตก่อสร้าง</option><option>ขอถังขยะ</option>'
                       '<option>แจ้งไฟส่องสว่างชำรุด</option></select></p><p>เบอร์โทร <input name="tel"></p>'
                       '<button>ส่งคำขอ</button></form><p>สถิติผู้ใช้บริการ ต.ค. 2568 - มี.ค. 2569: 3,914 คำขอ</p>'))
    write(art(10), page("แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "<p>ผู้ร้องเรียนจะได้รับการคุ้มครอง ข้อมูลเป็นความลับ</p>"
                        '<form action="/complaint.php" method="post"><p>เรื่องที่ร้องเรียน <input name="subject"></p>'
                        '<p>รายละเอียด <textarea name="detail"></textarea></p><p>ชื่อผู้ร้อง (ไม่ระบุได้) <input name="n"></p>'
                        '<button>ส่งเรื่อง</button></form><p>หรือ ตู้ ปณ. 12 ปณ.หาดทรายทอง โทร 0 3811 4499</p>'))
    write(art(11), page("คู่มือสำหรับประชาชน", f"<ul><li>{a(dl(107), 'การขออนุญาตก่อสร้างอาคาร ตามมาตรา 21')}</li></ul>"))
    write(art(12), page("คู่มือการปฏิบัติงาน", f"<ul><li>{a(dl(106), 'คู่มือการปฏิบัติงาน สำนักการคลัง')}</li></ul>"))
    months = [(108, "ตุลาคม 2568"), (109, "พฤศจิกายน 2568"), (110, "ธันวาคม 2568"), (111, "กุมภาพันธ์ 2569"), (112, "มีนาคม 2569")]
    rows = [["ลำดับ", "รายการ", "ดาวน์โหลด"]] + [[str(k + 1).translate(THAI), f"สขร.1 เดือน{m}".translate(THAI), a(dl(i), "xlsx")] for k, (i, m) in enumerate(months)]
    body = "<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ปีงบประมาณ ๒๕๖๙</p>" + table(rows)
    body += f"<p>{a(docman(9), 'เอกสารจัดซื้อจัดจ้างทั้งหมด')} · {a(dl(128), 'แผนการจัดซื้อจัดจ้าง')}</p>"
    write(art(40), page("สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)", body))
    write("/webboard/", page("กระดานถาม-ตอบ", "<dl><dt>ถาม (12 มี.ค. 2569): ต่อใบอนุญาตแผงค้าชายหาดที่ไหน</dt>"
                               "<dd>ตอบ: ศูนย์บริการร่วม ชั้น 1 หรือ E-Service</dd><dt>ถาม (2 ก.พ. 2569): รถขยะไม่มาเก็บซอย 9</dt>"
                               "<dd>ตอบ: สำนักสาธารณสุขฯ เพิ่มรอบแล้ว</dd></dl>"
                               '<form action="/webboard/post.php" method="post"><input name="q"><button>ตั้งคำถาม</button></form>'))
    write("/pdfviewer.php?doc=22", page("รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต",
                                        '<iframe src="https://drive.google.com/file/d/1xR7bQhst22/preview" width="100%" height="600"></iframe>'
                                        f'<p>{a(dl(123), "ดาวน์โหลดไฟล์ PDF")}</p>'))
    write("/sitemap/", page("แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(h, t)}</li>" for h, t in MENU) + "</ul>"))


def build() -> None:
    for sub in ("index.php.q", "ita", "old", "webboard", "sitemap", "pdfviewer.php.q", "images", "templates"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    content_pages()
    news_pages()
    ita_pages()
    old_site()
    docman_pages()
    for k in ("logo", "chart", "exec/mayor", "exec/d1", "exec/d2", "exec/d3", "exec/d4", "exec/palad"):
        p = os.path.join(HERE, "images", k + ".gif")
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(GIF)
    css = os.path.join(HERE, "templates/hst/css/template.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as f:
        f.write("body{font-family:sans-serif}#wrap{display:flex}#side{width:220px}#content{flex:1}\n")


if __name__ == "__main__":
    build()
