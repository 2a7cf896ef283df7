"""Generate the HTML pages of the "medsci" test site (ศูนย์วิทยาศาสตร์การแพทย์ที่ 14 ชัยบุรี, invented).

Run:  python tests/sites/medsci/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A Joomla-like CMS: pages are /index.php?option=com_content&view=article&id=N (static copies under
index.php.q/<query>/index.html, as crawler/serve.py serves them), category lists with a year
selector (&year=2568), documents sent by /download.php?id=N.  The ITA 2568 page (article 200) is
a list of o1 … o26 each linking its own article (201 … 226) whose text is in Thai digits; the
action plan and the annual report are shown in a flipbook viewer with a download link beside it,
the HR plan in an embedded Google Drive preview.  The website before the move to this CMS is still
online under /old/ (its own template), with last year's ITA page.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DEAD, DOCS, OLD, OLD_DEAD, url  # noqa: E402

ORG = "ศูนย์วิทยาศาสตร์การแพทย์ที่ 14 ชัยบุรี"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def art(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def cat(n: int, year: int | None = None) -> str:
    return f"/index.php?option=com_content&view=category&id={n}" + (f"&year={year}" if year else "")


def book(n: int) -> str:
    return f"/index.php?option=com_flipbook&view=book&id={n}"


def a(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{esc(text)}</a>'


def size(i: int) -> str:
    from _make_docs import path_of

    return f"{os.path.getsize(path_of(i)) / 1024:.1f} KB"


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับศูนย์ฯ", art(1)), ("โครงสร้าง", art(2)), ("ผู้บริหาร", art(3)),
        ("ข่าวประชาสัมพันธ์", cat(9)), ("เอกสารเผยแพร่", cat(12)), ("จัดซื้อจัดจ้าง", cat(20)),
        ("บริการออนไลน์", art(60)), ("ITA", art(200)), ("ติดต่อเรา", art(5))]


def layout(title: str, body: str) -> str:
    menu = "".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th-th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="generator" content="Joomla! - Open Source Content Management">
<link rel="stylesheet" href="/templates/rmsc/css/template.css"></head>
<body class="site">
<header><img src="/images/logo-dmsc.png" alt="กรมวิทยาศาสตร์การแพทย์" width="70" height="70">
<div class="brand"><b>{ORG}</b><br><small>Regional Medical Sciences Center 14 Chaiburi · กรมวิทยาศาสตร์การแพทย์</small></div></header>
<nav><ul class="nav menu">{menu}</ul></nav>
<div class="row"><main><h2 class="item-title">{esc(title)}</h2>
{body}
</main>
<aside>
<div class="moduletable"><h3>ผู้อำนวยการ</h3><img src="/images/exec/director.png" alt="ผู้อำนวยการ" width="90" height="110"><br>นางวรรณิภา ศรีสุวรรณโชติ</div>
<div class="moduletable"><h3>ITA</h3>{a(art(200), "ITA 2568 การเปิดเผยข้อมูลสาธารณะ")}<br>{a("/old/ita/2567/", "ITA 2567 (เว็บไซต์เดิม)")}<br>{a(art(62), "แจ้งเรื่องร้องเรียนการทุจริต")}</div>
<div class="moduletable"><h3>ลิงก์</h3><a href="https://www.moph.go.th/">กระทรวงสาธารณสุข</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br>{a("/old/", "เว็บไซต์เดิม")}</div>
</aside></div>
<footer>{ORG} 88 หมู่ 6 ถนนชัยบุรี-หนองแวง ตำบลนาคำ อำเภอเมือง จังหวัดชัยบุรี 39120 · โทร. 0 4481 2714 ·
อีเมล saraban@rmsc14.go.th<br>© 2567 {ORG} · ผู้เข้าชม 214,906</footer>
</body></html>
"""


def target(path: str) -> str:
    base, _, query = path.partition("?")
    if query:
        return os.path.join(HERE, base.strip("/") + ".q", query, "index.html")
    return os.path.join(HERE, base.strip("/"), "index.html")


def write(path: str, title: str, body: str, page=layout) -> None:
    t = target(path)
    os.makedirs(os.path.dirname(t), exist_ok=True)
    with open(t, "w", encoding="utf-8") as fh:
        fh.write(page(title, body))


def doc_table(ids: list[int], dates: bool = True) -> str:
    rows = []
    for n, i in enumerate(ids, 1):
        _f, title, _c, up, *_ = DOCS[i]
        rows.append(f"<tr><td>{n}</td><td>{a(url(i), title)}</td>" + (f"<td>{be(up)}</td>" if dates else "")
                    + f"<td>{size(i)}</td><td>{a(url(i), 'ดาวน์โหลด')}</td></tr>")
    head = "<tr><th>ลำดับ</th><th>ชื่อเอกสาร</th>" + ("<th>วันที่</th>" if dates else "") + "<th>ขนาด</th><th></th></tr>"
    return f'<table class="category table">{head}{"".join(rows)}</table>'


# ---------------------------------------------------------------- news

NEWS = {  # id: (y, m, d) CE, title, text, attachments
    309: ((2025, 4, 3), "ประชาสัมพันธ์ ขยายเวลารับตัวอย่างส่งตรวจถึงเวลา 16.00 น.",
          "ตั้งแต่วันที่ 1 เมษายน 2568 ศูนย์ฯ ขยายเวลารับตัวอย่างส่งตรวจ วันจันทร์ - ศุกร์ ถึงเวลา 16.00 น. ตามข้อเสนอของผู้รับบริการ", []),
    308: ((2025, 3, 12), "ผู้อำนวยการตรวจเยี่ยมห้องปฏิบัติการชุมชน อำเภอหนองแวง",
          "วันที่ 12 มีนาคม 2568 ผู้อำนวยการและคณะ ตรวจเยี่ยมห้องปฏิบัติการชุมชนโรงพยาบาลหนองแวง และมอบชุดทดสอบสารปนเปื้อนในอาหาร 200 ชุด", []),
    307: ((2025, 2, 20), "ศวก.14 ชัยบุรี จัดประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ประจำปีงบประมาณ 2568",
          "วันที่ 18 กุมภาพันธ์ 2568 ศูนย์ฯ จัดประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ผู้เข้าร่วม 64 คน ได้แก่ โรงพยาบาล 11 แห่ง "
          "สำนักงานสาธารณสุขจังหวัด ผู้ประกอบการอาหาร และ อสม. ผู้เข้าร่วมเสนอให้ขยายเวลารับตัวอย่างและรับผลทางออนไลน์ "
          "ศูนย์ฯ จะนำไปปรับปรุงการให้บริการตั้งแต่เดือนเมษายน 2568", [55]),
    305: ((2025, 2, 5), "ขอเชิญร่วมประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย วันที่ 18 กุมภาพันธ์ 2568",
          "ศูนย์ฯ ขอเชิญหน่วยงานเครือข่าย ผู้ประกอบการ และประชาชนผู้รับบริการ เข้าร่วมประชุมรับฟังความคิดเห็น วันที่ 18 กุมภาพันธ์ 2568 "
          "เวลา 09.00 - 12.00 น. ณ ห้องประชุมชัยพฤกษ์ ลงทะเบียนได้ที่งานบริหารทั่วไป โทร. 0 4481 2714 ต่อ 102", []),
    304: ((2025, 1, 22), "กิจกรรม \"คนวิทย์ฯ สุจริต\" ส่งเสริมจริยธรรมบุคลากร ประจำปี 2568",
          "วันที่ 22 มกราคม 2568 ศูนย์ฯ จัดกิจกรรมขับเคลื่อนประมวลจริยธรรม บุคลากรเข้าร่วม 58 คน ทบทวนข้อกำหนดจริยธรรมของผู้ปฏิบัติงาน"
          "ห้องปฏิบัติการ และกรณีศึกษาการรักษาความลับผลการตรวจวิเคราะห์ พร้อมมอบรางวัลบุคลากรต้นแบบด้านคุณธรรม 3 คน", []),
    303: ((2024, 12, 10), "สุ่มเก็บตัวอย่างอาหารกระเช้าของขวัญ เทศกาลปีใหม่ 2568",
          "ศูนย์ฯ ร่วมกับสำนักงานสาธารณสุขจังหวัดชัยบุรี สุ่มเก็บตัวอย่างอาหารในกระเช้าของขวัญ 36 ตัวอย่าง ตรวจหาสารกันเสียและเชื้อจุลินทรีย์", []),
    302: ((2024, 11, 12), "เฝ้าระวังคุณภาพน้ำบริโภคหลังอุทกภัย",
          "ศูนย์ฯ ออกหน่วยตรวจคุณภาพน้ำบริโภคในพื้นที่ประสบอุทกภัย 4 อำเภอ รวม 118 ตัวอย่าง", []),
    301: ((2024, 10, 16), "ต้อนรับคณะศึกษาดูงานจากวิทยาลัยการสาธารณสุขสิรินธร",
          "วันที่ 16 ตุลาคม 2567 ศูนย์ฯ ต้อนรับนักศึกษาและคณาจารย์ 45 คน ศึกษาดูงานระบบคุณภาพห้องปฏิบัติการ", []),
    283: ((2024, 2, 15), "อบรมเสริมสร้างวัฒนธรรมสุจริต ประจำปี 2567",
          "วันที่ 15 กุมภาพันธ์ 2567 บุคลากรเข้าร่วม 68 คน", []),
    281: ((2024, 1, 25), "ประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ประจำปีงบประมาณ 2567",
          "วันที่ 25 มกราคม 2567 ผู้เข้าร่วม 52 คน", []),
}


def fy(date) -> int:
    y, m, _ = date
    return y + 543 + (m >= 10)


def news_pages() -> None:
    from datetime import date

    for n, (dt, title, text, att) in NEWS.items():
        body = f'<p class="date">เผยแพร่เมื่อ {be(date(*dt))}</p><img src="/images/news/{n}.png" alt="" width="320" height="200"><p>{esc(text)}</p>'
        if att:
            body += "<h4>ไฟล์แนบ</h4><ul>" + "".join(
                f"<li>{a(url(i), DOCS[i][0])} ({size(i)})</li>" for i in att) + "</ul>"
        write(art(n), title, body)
    for year in (None, 2568, 2567):
        shown = year or 2568
        sel = "".join(f'<option value="{y}"{" selected" if y == shown else ""}>{y}</option>' for y in (2568, 2567))
        links = " ".join(a(cat(9, y), f"ปี {y}") for y in (2568, 2567))
        items = [(n, v) for n, v in NEWS.items() if fy(v[0]) == shown]
        rows = "".join(f"<tr><td>{a(art(n), t)}</td><td>{be(date(*dt))}</td></tr>" for n, (dt, t, _x, _a) in items)
        body = (f'<form class="year-filter">ปีงบประมาณ <select name="year">{sel}</select></form><p>{links}</p>'
                f'<table class="category table"><tr><th>หัวข้อ</th><th>วันที่</th></tr>{rows}</table>')
        write(cat(9, year), f"ข่าวประชาสัมพันธ์ ปีงบประมาณ {shown}", body)


# ---------------------------------------------------------------- about, services

def about_pages() -> None:
    write(art(1), "ประวัติความเป็นมา",
          "<p>ศูนย์วิทยาศาสตร์การแพทย์ที่ 14 ชัยบุรี เดิมชื่อศูนย์วิทยาศาสตร์การแพทย์ชัยบุรี จัดตั้งเมื่อ พ.ศ. 2536 "
          "เปลี่ยนชื่อตามกฎกระทรวงแบ่งส่วนราชการกรมวิทยาศาสตร์การแพทย์ เมื่อ พ.ศ. 2561 รับผิดชอบพื้นที่ 4 จังหวัด</p>")
    groups = ["กลุ่มงานบริหารทั่วไป", "กลุ่มงานยุทธศาสตร์และแผนงาน", "กลุ่มงานบริหารคุณภาพ",
              "กลุ่มห้องปฏิบัติการอาหาร", "กลุ่มห้องปฏิบัติการยาและเครื่องสำอาง", "กลุ่มห้องปฏิบัติการชันสูตรโรค",
              "กลุ่มงานเครือข่ายและถ่ายทอดเทคโนโลยี"]
    write(art(2), "โครงสร้างองค์กร",
          '<img src="/images/org-chart.png" alt="แผนภูมิโครงสร้างองค์กร" width="600" height="300">'
          "<p>ผู้อำนวยการศูนย์วิทยาศาสตร์การแพทย์ที่ 14 ชัยบุรี</p><ul>"
          + "".join(f"<li>{g}</li>" for g in groups) + "</ul><p>" + a(art(4), "อำนาจหน้าที่") + "</p>")
    duties = ["ตรวจวิเคราะห์ผลิตภัณฑ์สุขภาพ อาหาร ยา เครื่องสำอาง วัตถุอันตราย และน้ำบริโภค เพื่อคุ้มครองผู้บริโภค",
              "ตรวจชันสูตรโรคติดเชื้อและโรคไม่ติดเชื้อ สนับสนุนการเฝ้าระวังและควบคุมโรคในเขตสุขภาพ",
              "เป็นห้องปฏิบัติการอ้างอิงและพัฒนาคุณภาพห้องปฏิบัติการในพื้นที่รับผิดชอบ",
              "ถ่ายทอดเทคโนโลยีและพัฒนาเครือข่ายห้องปฏิบัติการชุมชน",
              "ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย"]
    write(art(4), "อำนาจหน้าที่",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมวิทยาศาสตร์การแพทย์ กระทรวงสาธารณสุข พ.ศ. 2561 ศูนย์วิทยาศาสตร์การแพทย์มีอำนาจหน้าที่ ดังนี้</p><ol>"
          + "".join(f"<li>{x}</li>" for x in duties) + "</ol>")
    execs = [("director", "นางวรรณิภา ศรีสุวรรณโชติ", "ผู้อำนวยการศูนย์วิทยาศาสตร์การแพทย์ที่ 14 ชัยบุรี", "0 4481 2714 ต่อ 101"),
             ("deputy", "นายธีรวัฒน์ คงสมบูรณ์ผล", "นักวิทยาศาสตร์การแพทย์เชี่ยวชาญ (รองผู้อำนวยการ)", "0 4481 2714 ต่อ 105"),
             ("admin", "นางสาวปรียาภรณ์ แก้วมณีโชติ", "หัวหน้ากลุ่มงานบริหารทั่วไป", "0 4481 2714 ต่อ 102")]
    write(art(3), "ผู้บริหาร", "".join(
        f'<div class="exec"><img src="/images/exec/{k}.png" alt="{esc(n)}" width="90" height="110"><p><b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</p></div>'
        for k, n, p, t in execs))
    write(art(5), "ติดต่อเรา",
          "<p>ศูนย์วิทยาศาสตร์การแพทย์ที่ 14 ชัยบุรี 88 หมู่ 6 ถนนชัยบุรี-หนองแวง ตำบลนาคำ อำเภอเมือง จังหวัดชัยบุรี 39120</p>"
          "<p>โทรศัพท์ 0 4481 2714 โทรสาร 0 4481 2715 อีเมล saraban@rmsc14.go.th</p>"
          "<p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น. (รับตัวอย่างถึง 16.00 น.)</p>"
          '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3841.2!2d102.41!3d15.63" width="500" height="300"></iframe>')
    write(art(60), "E-Service ยื่นคำขอรับบริการตรวจวิเคราะห์ออนไลน์",
          "<p>ผู้รับบริการยื่นคำขอส่งตัวอย่างล่วงหน้าและติดตามผลการตรวจวิเคราะห์ได้ทางออนไลน์ ไม่ต้องเดินทางมาติดต่อ</p>"
          '<form method="post" action="/index.php?option=com_rsform&amp;formId=3">'
          '<label>ชื่อผู้ขอรับบริการ/หน่วยงาน <input name="form[name]" required></label>'
          '<label>ประเภทตัวอย่าง <select name="form[type]"><option>อาหาร</option><option>น้ำบริโภค</option><option>ยา/เครื่องสำอาง</option></select></label>'
          '<label>รายการทดสอบ <input name="form[test]"></label><label>จำนวนตัวอย่าง <input name="form[qty]" type="number"></label>'
          '<label>โทรศัพท์ <input name="form[tel]"></label><label>อีเมล <input name="form[email]" type="email"></label>'
          '<button type="submit">ส่งคำขอ</button></form>'
          '<p>ติดตามผลการตรวจวิเคราะห์: <a href="https://result.rmsc14.go.th/track">ระบบติดตามผลออนไลน์</a></p>')
    write(art(62), "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ท่านสามารถแจ้งเบาะแสการทุจริตของเจ้าหน้าที่ได้ทางแบบฟอร์มนี้ ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
          '<form method="post" action="/index.php?option=com_rsform&amp;formId=5">'
          '<label>ชื่อผู้แจ้ง (ไม่ระบุก็ได้) <input name="form[name]"></label><label>เรื่องที่แจ้ง <input name="form[subject]" required></label>'
          '<label>รายละเอียด <textarea name="form[detail]"></textarea></label><label>ไฟล์หลักฐาน <input type="file" name="form[file]"></label>'
          '<button type="submit">ส่งเรื่อง</button></form><p>หรือโทร. 0 4481 2714 ต่อ 102 · ตู้ ปณ. 14 ปณจ.ชัยบุรี</p>')
    write(art(70), "สถิติการให้บริการ",
          "<p>สรุปสถิติการให้บริการตรวจวิเคราะห์ของศูนย์ฯ</p>" + doc_table([27, 39]))


def viewer_pages() -> None:
    for n, flip in ((15, "ap2568"), (18, "ar2567")):
        _f, title, _c, up, *_ = DOCS[n]
        write(book(n), title,
              f'<iframe src="https://online.fliphtml5.com/rmsc14/{flip}/" width="640" height="460" allowfullscreen></iframe>'
              f'<p>เผยแพร่ {be(up)} · {a(url(n), "ดาวน์โหลดไฟล์ PDF")} ({size(n)})</p>')


# ---------------------------------------------------------------- download categories

def categories() -> None:
    def by_date(ids):
        return sorted(ids, key=lambda i: DOCS[i][3], reverse=True)

    write(cat(12), "เอกสารเผยแพร่", "<p>แผน รายงาน คู่มือ และเอกสารบุคลากร</p>" + doc_table(by_date(
        [i for i in DOCS if DOCS[i][2] in ("plan", "report", "manual", "hr") and i != 15 and i != 18]))
        + "<p>" + a(book(15), "แผนปฏิบัติราชการ ประจำปีงบประมาณ 2568 (อ่านออนไลน์)") + " · "
        + a(book(18), "รายงานประจำปี 2567 (อ่านออนไลน์)") + "</p>")
    write(cat(13), "คุณธรรมและความโปร่งใส", doc_table(by_date([i for i in DOCS if DOCS[i][2] == "integrity"])))
    write(cat(20), "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          "<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ปีงบประมาณ 2568</p>"
          + doc_table(by_date([i for i in DOCS if DOCS[i][2] == "procure"])))
    for year in (None, 2568, 2567, 2566):
        sel = "".join(f'<option value="{y}"{" selected" if y == year else ""}>{y}</option>' for y in (2568, 2567, 2566))
        links = " ".join(a(cat(31, y), f"ปี {y}") for y in (2568, 2567, 2566))
        ids = {None: [48, 53], 2568: [], 2567: [48], 2566: [53]}[year]
        body = (f'<form class="year-filter">ปีงบประมาณ <select name="year"><option value="">ทั้งหมด</option>{sel}</select></form><p>{links}</p>'
                + (doc_table(ids) if ids else '<p class="alert">ไม่พบรายการในหมวดหมู่นี้</p>'))
        write(cat(31, year), "แผนปฏิบัติการป้องกันการทุจริต" + (f" ปี {year}" if year else ""), body)


# ---------------------------------------------------------------- ITA 2568, one article per item

ITA = [  # code, the centre's own wording, [(text, href)], note
    ("o1", "โครงสร้างและอำนาจหน้าที่ของศูนย์ฯ", [("แผนภูมิโครงสร้าง", art(2)), ("อำนาจหน้าที่", art(4))], ""),
    ("o2", "ผู้บริหารศูนย์ฯ", [("ข้อมูลผู้บริหาร", art(3))], ""),
    ("o3", "การติดต่อศูนย์ฯ", [("ติดต่อเรา", art(5))], ""),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์ ปีงบประมาณ 2568", cat(9))], ""),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ ศวก.14 ชัยบุรี", url(12)), ("ผลการประเมินแผนยุทธศาสตร์", url(21))], ""),
    ("o6", "แผนปฏิบัติราชการและการใช้งบประมาณประจำปี",
     [("แผนปฏิบัติราชการ ประจำปีงบประมาณ 2568", book(15)), ("แผนการใช้จ่ายงบประมาณ 2568", url(16)),
      ("รายงานผลการดำเนินงานรอบ 6 เดือน", url(17))], ""),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานประจำปี 2567", book(18)), ("ผลการเบิกจ่ายงบประมาณ 2567", url(19))], ""),
    ("o8", "คู่มือการปฏิบัติงาน", [("WI-RS-01 การรับและตรวจสอบตัวอย่าง", url(23))], ""),
    ("o9", "คู่มือการขอรับบริการ", [("คู่มือการขอรับบริการตรวจวิเคราะห์", url(24))], ""),
    ("o10", "E-Service", [("ยื่นคำขอรับบริการออนไลน์", art(60))], ""),
    ("o11", "สถิติการให้บริการ", [("สถิติการให้บริการ", art(70))], ""),
    ("o12", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1 ปีงบประมาณ 2568", cat(20))], ""),
    ("o13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี", "/old/news_detail.php?id=233")], ""),
    ("o14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", [], "gdrive"),
    ("o15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [("รายงานผล HR ปีงบประมาณ 2567", url(32))], ""),
    ("o16", "ประมวลจริยธรรมและการขับเคลื่อน", [("ประมวลจริยธรรม", url(34)), ("กิจกรรมคนวิทย์ฯ สุจริต", art(304))], ""),
    ("o17", "คู่มือการจัดการเรื่องร้องเรียนการทุจริต", [("คู่มือการจัดการเรื่องร้องเรียน", url(36))], ""),
    ("o18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แบบฟอร์มแจ้งเรื่องร้องเรียน", art(62))], ""),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติเรื่องร้องเรียนการทุจริต ปี 2568", url(38))], ""),
    ("o20", "การมีส่วนร่วม", [("ประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย", art(307))], ""),
    ("o21", "No Gift Policy", [("ประกาศนโยบาย No Gift Policy", url(41))], ""),
    ("o22", "รายงานการรับของขวัญ", [("รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด", url(DEAD))], ""),
    ("o23", "การประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยงการทุจริตและสินบน ปี 2568", url(45)),
                                            ("ปี 2567", url(46))], ""),
    ("o24", "รายงานผลการจัดการความเสี่ยง", [("รายงานผลตามมาตรการบริหารจัดการความเสี่ยง", url(47))], ""),
    ("o25", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต", cat(31))], ""),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานผลตามแผนป้องกันการทุจริต", url(49))], ""),
]
GROUPS = [("ข้อมูลพื้นฐาน", 1, 4), ("การบริหารงานและงบประมาณ", 5, 11), ("การจัดซื้อจัดจ้าง", 12, 13),
          ("การบริหารทรัพยากรบุคคล", 14, 16), ("การส่งเสริมความโปร่งใส", 17, 20), ("การป้องกันการทุจริต", 21, 26)]


def ita_pages() -> None:
    rows = []
    for name, lo, hi in GROUPS:
        rows.append(f'<tr class="group"><td colspan="2">{esc(name)}</td></tr>')
        for code, text, _links, _n in ITA[lo - 1:hi]:
            rows.append(f"<tr><td>{code.upper().translate(THAI)}</td><td>{a(art(200 + int(code[1:])), text.translate(THAI))}</td></tr>")
    write(art(200), "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๘",
          "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p>"
          f'<table class="table ita">{"".join(rows)}</table>')
    for code, text, links, note in ITA:
        n = int(code[1:])
        items = "".join(f"<li>{a(h, t.translate(THAI))}</li>" for t, h in links)
        body = f"<p>ตัวชี้วัดที่ ๙-๑๐ ข้อ {code.upper().translate(THAI)} {esc(text.translate(THAI))}</p>" + (f"<ul>{items}</ul>" if items else "")
        if note == "gdrive":
            body += ('<p>แผนพัฒนาบุคลากร</p><iframe src="https://drive.google.com/file/d/1Qx7rMsc14HrdPlanPreview/preview" '
                     f'width="640" height="480"></iframe><p>{a(url(31), "ดาวน์โหลด")} ({size(31)})</p>')
        body += f'<p class="back">{a(art(200), "กลับหน้า ITA ๒๕๖๘")}</p>'
        write(art(200 + n), f"{code.upper()} {text}".translate(THAI), body)


# ---------------------------------------------------------------- home

def home() -> None:
    from datetime import date

    latest = sorted((n for n in NEWS if fy(NEWS[n][0]) == 2568), reverse=True)[:5]
    news = "".join(f"<li>{a(art(n), NEWS[n][1])} <small>{be(date(*NEWS[n][0]))}</small></li>" for n in latest)
    body = (f'<div class="banner"><img src="/images/banner-ita.png" alt="ITA 2568" width="600" height="120"></div>'
            f"<h3>ข่าวประชาสัมพันธ์</h3><ul>{news}</ul><p>{a(cat(9), 'ข่าวทั้งหมด')}</p>"
            f"<h3>บริการ</h3><ul><li>{a(url(24), 'คู่มือการขอรับบริการตรวจวิเคราะห์')}</li><li>{a(art(60), 'ยื่นคำขอออนไลน์')}</li>"
            f"<li>{a(art(70), 'สถิติการให้บริการ')}</li><li>{a(cat(13), 'คุณธรรมและความโปร่งใส')}</li></ul>")
    write("/", "หน้าแรก", body)


# ---------------------------------------------------------------- the old website (before Oct 2567)

def old_layout(title: str, body: str) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} :: ศูนย์วิทยาศาสตร์การแพทย์ที่ 14 ชัยบุรี</title></head>
<body bgcolor="#eef4f8"><table width="960" align="center" bgcolor="#ffffff"><tr><td colspan="2">
<img src="/old/images/head.png" width="960" height="90" alt="ศวก.14"></td></tr>
<tr><td width="200" valign="top"><a href="/old/">หน้าหลัก</a><br><a href="/old/ita/2567/">ITA 2567</a><br>
<a href="/">เว็บไซต์ใหม่</a></td><td valign="top"><h3>{esc(title)}</h3>{body}</td></tr>
<tr><td colspan="2" align="center"><font size="2">ศูนย์วิทยาศาสตร์การแพทย์ที่ 14 ชัยบุรี โทร. 0 4481 2714</font></td></tr></table>
</body></html>
"""


def old_pages() -> None:
    write("/old/", "หน้าหลัก (เว็บไซต์เดิม)",
          "<p>เว็บไซต์นี้เป็นเว็บไซต์เดิม ไม่มีการปรับปรุงข้อมูลตั้งแต่ ตุลาคม 2567 กรุณาใช้ "
          + a("/", "เว็บไซต์ใหม่") + "</p><ul><li>" + a("/old/news_detail.php?id=233", "รายงานสรุปผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2566")
          + "</li><li>" + a("/old/ita/2567/", "ITA 2567") + "</li></ul>", page=old_layout)
    proc = "/old/upload/file/2566/proc66.pdf"
    write("/old/news_detail.php?id=233", OLD[proc][0],
          f"<p>โพสต์เมื่อ 25/10/2566</p><p>ไฟล์แนบ: {a(proc, 'proc66.pdf')}</p>", page=old_layout)
    rows = [("O5", "แผนยุทธศาสตร์", url(12)), ("O6", "แผนปฏิบัติราชการ/รายงาน 6 เดือน", url(17)),
            ("O13", "รายงานผลการจัดซื้อจัดจ้างประจำปี 2566", "/old/news_detail.php?id=233"),
            ("O14", "แผนพัฒนาบุคลากร 2567", url(31)), ("O21", "No Gift Policy", url(41)),
            ("O22", "รายงานการรับของขวัญ 2566", OLD_DEAD), ("O23", "ประเมินความเสี่ยง 2567", url(46)),
            ("O25", "แผนป้องกันการทุจริต 2567", url(48)), ("O20", "ประชุมผู้มีส่วนได้ส่วนเสีย 2567", art(281))]
    write("/old/ita/2567/", "ITA 2567 การเปิดเผยข้อมูลสาธารณะ",
          '<table border="1" cellpadding="4">' + "".join(f"<tr><td>{c}</td><td>{a(h, t)}</td></tr>" for c, t, h in rows)
          + "</table>", page=old_layout)


def assets() -> None:
    from PIL import Image

    os.makedirs(os.path.join(HERE, "templates/rmsc/css"), exist_ok=True)
    with open(os.path.join(HERE, "templates/rmsc/css/template.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,sans-serif;margin:0}header{background:#0b5d8c;color:#fff;padding:8px}"
                 "nav ul{display:flex;list-style:none;margin:0;background:#e9f2f8}nav li{padding:6px 10px}"
                 ".row{display:flex}main{flex:3;padding:12px}aside{flex:1;padding:12px}footer{background:#333;color:#eee;padding:10px}"
                 "table.table td,table.table th{border:1px solid #ccc;padding:4px}\n")
    images = ["images/logo-dmsc.png", "images/exec/director.png", "images/exec/deputy.png", "images/exec/admin.png",
              "images/org-chart.png", "images/banner-ita.png", "old/images/head.png"]
    images += [f"images/news/{n}.png" for n in NEWS]
    for i, rel in enumerate(images):
        p = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        Image.new("RGB", (16, 12), (11, 93 + i * 5 % 100, 140)).save(p, optimize=True)


def main() -> None:
    assets()
    home()
    about_pages()
    viewer_pages()
    news_pages()
    categories()
    ita_pages()
    old_pages()


if __name__ == "__main__":
    main()
