"""Generate the HTML pages of the "eduarea" test site (สพป.ภูผาทอง เขต 2, invented).

Run:  python tests/sites/eduarea/_make_pages.py   (after _make_docs.py: sizes are read from its files)

A primary education service area office on a busy news template: office news (/news/, two pages)
beside a much longer stream of its schools' news (/school-news/), category download lists
(/category/<slug>/), Google-Drive-like viewer pages for most files (/drive/file/d/<id>/view/),
the ITA 2569 page (/ita/2569/, a table of O-codes in the office's own wording linking pages,
viewer pages, category lists and, twice, a bare file) and last year's ITA 2568 page.  Every page
repeats the top bar, the menu, the right column and the footer; pages are folder/index.html.
"""

from __future__ import annotations

import html
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG, SHORT, fid, name  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {
    "plan": "แผนงาน/นโยบาย", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือการปฏิบัติงาน/การให้บริการ",
    "service": "สถิติการให้บริการ", "procure": "จัดซื้อจัดจ้าง", "hr": "บริหารงานบุคคล", "ethics": "จริยธรรม",
    "complaint": "เรื่องร้องเรียน", "integrity": "คุณธรรมและความโปร่งใส",
}
OLD_COMPLAINT_MANUAL = f"/uploads/files/{fid('complman-2566')}.pdf"  # the ITA row's file, deleted when re-uploaded


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(layout(title, body))


MENU = [
    ("หน้าหลัก", "/"),
    ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้างการบริหาร", "/about/structure/"),
    ("ผู้บริหาร", "/about/executives/"), ("ข่าว สพป.", "/news/"), ("ข่าวโรงเรียนในสังกัด", "/school-news/"),
    ("ดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"), ("ร้องเรียน/แจ้งเบาะแส", "/complaint/"),
    ("ITA 2569", "/ita/2569/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/"),
]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} | {SHORT}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div class="topbar"><span>{ORG}</span> <span class="right">สายด่วน สพป. ๐ ๔๒๗๙ ๑๔๒๘ | <a href="/sitemap/">แผนผังเว็บไซต์</a></span></div>
<div class="banner"><img src="/assets/logo.png" alt="ตราสำนักงาน" width="48" height="48"> <b>{SHORT}</b>
 <small>สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน กระทรวงศึกษาธิการ</small></div>
<ul class="menu">
{menu}
</ul>
<div class="wrap"><div class="main">
<h1>{esc(title)}</h1>
{body}
</div>
<div class="side">
<div class="box"><h3>ผู้อำนวยการ สพป.ภูผาทอง เขต 2</h3><img src="/assets/person.png" alt="" width="40" height="50"><br>
นายสมพงษ์ ไชยวงศ์ษา</div>
<div class="box"><h3>ระบบสารสนเทศ</h3><ul>
<li><a href="https://www.obec.go.th/">สพฐ.</a></li><li><a href="https://www.moe.go.th/">กระทรวงศึกษาธิการ</a></li>
<li><a href="/ita/2569/">ITA 2569</a></li><li><a href="/ita/2568/">ITA 2568</a></li>
<li><a href="/download/">ดาวน์โหลดเอกสาร</a></li><li><a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a></li>
<li><a href="http://www.gprocurement.go.th/">ระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)</a></li></ul></div>
<div class="box"><h3>สถิติผู้เข้าชม</h3>วันนี้ ๒๑๔ | ทั้งหมด ๑,๐๒๔,๗๓๘</div>
</div></div>
<div class="footer">{ORG}<br>เลขที่ 219 หมู่ที่ 6 ถนนนาคำ-ผาทอง ตำบลนาคำ อำเภอนาคำใหญ่ จังหวัดภูผาทอง 47290<br>
โทรศัพท์ 0 4279 1428 โทรสาร 0 4279 1429 อีเมล saraban@phupha2.example.go.th &nbsp;
<a href="/privacy/">นโยบายเว็บไซต์และความเป็นส่วนตัว</a><br>Copyright © 2569 {SHORT} ออกแบบโดย กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร</div>
</body></html>
"""


def link_of(key: str) -> str:
    return f"/drive/file/d/{fid(key)}/view/" if DOCS[key][6] else name(key)


def size_of(key: str) -> str:
    path = os.path.join(HERE, name(key).lstrip("/"))
    if not os.path.exists(path):
        return "512 KB"
    return f"{os.path.getsize(path) / 1024:.0f} KB"


def doc_table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(sorted(keys, key=lambda k: DOCS[k][2], reverse=True), 1):
        title, _cat, up, ext = DOCS[k][:4]
        rows.append(f'<tr><td>{i}</td><td><a href="{link_of(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>{ext.upper()}</td><td>{size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ที่</th><th>เรื่อง</th><th>วันที่</th><th>ไฟล์</th><th>ขนาด</th></tr>\n'
            + "\n".join(rows) + "</table>")


def downloads() -> None:
    cats = "".join(f'<li><a href="/category/{s}/">{esc(n)}</a> ({sum(1 for v in DOCS.values() if v[1] == s)})</li>'
                   for s, n in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<p>เลือกหมวดหมู่เอกสาร</p><ul>{cats}</ul>")
    for slug, cname in CATS.items():
        # the staff work manual was only ever linked from the ITA 2568 page
        keys = [k for k, v in DOCS.items() if v[1] == slug and k != "workman"]
        write(f"/category/{slug}/", f"หมวดหมู่ : {cname}", doc_table(keys))


def drive_pages() -> None:
    for k, (title, _cat, up, ext, _maker, _lines, drive) in DOCS.items():
        if not drive:
            continue
        kind = {"pdf": "PDF", "docx": "Microsoft Word", "xlsx": "Microsoft Excel"}[ext]
        preview = (f'<iframe src="{name(k)}" width="100%" height="480" title="ตัวอย่างไฟล์"></iframe>' if ext == "pdf"
                   else '<p class="noprev">ไม่สามารถแสดงตัวอย่างไฟล์ประเภทนี้ได้</p>')
        body = (f'<div class="drive"><div class="drive-bar"><span class="fname">{esc(title)}.{ext}</span>'
                f' <a class="btn" href="{name(k)}" download>ดาวน์โหลด</a></div>{preview}'
                f'<p class="meta">ประเภท {kind} · ขนาด {size_of(k)} · เจ้าของ {SHORT} · แก้ไขล่าสุด {be(up)}</p></div>')
        write(f"/drive/file/d/{fid(k)}/view/", f"{title}.{ext} - ไดรฟ์", body)


# ------------------------------------------------------------------ news
OFFICE_NEWS = [  # id, (y, m, d) in BE, title, body paragraphs, attachments
    (531, (2569, 4, 2), "ประกาศ สพป.ภูผาทอง เขต 2 เรื่อง รับสมัครบุคคลเพื่อจ้างเป็นลูกจ้างชั่วคราว ตำแหน่งนักการภารโรง",
     ["ด้วย สพป.ภูผาทอง เขต 2 จะดำเนินการสรรหาบุคคลเพื่อจ้างเป็นลูกจ้างชั่วคราว ตำแหน่งนักการภารโรง จำนวน 12 อัตรา "
      "รับสมัครระหว่างวันที่ 7 - 11 เมษายน 2569 ณ กลุ่มบริหารงานบุคคล"], []),
    (529, (2569, 3, 25), "ประชุมผู้บริหารสถานศึกษาในสังกัด ครั้งที่ 3/2569",
     ["นายสมพงษ์ ไชยวงศ์ษา ผอ.สพป.ภูผาทอง เขต 2 เป็นประธานการประชุมผู้บริหารสถานศึกษา ครั้งที่ 3/2569 ณ หอประชุมภูผาทอง "
      "เพื่อชี้แจงนโยบายและแนวทางการรับนักเรียน ปีการศึกษา 2569"], []),
    (527, (2569, 3, 19), "แจ้งการประชุมคณะทำงานประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
     ["หน่วยตรวจสอบภายในแจ้งกำหนดการประชุมคณะทำงานประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2569 "
      "ในวันที่ 22 เมษายน 2569 รายละเอียดตามหนังสือที่แนบ"], ["riskinvite"]),
    (524, (2569, 2, 13), "สพป.ภูผาทอง เขต 2 จัดกิจกรรมขับเคลื่อนจริยธรรม \"ครูดี ข้าราชการดี มีจริยธรรม\" ประจำปี 2569",
     ["วันที่ 13 กุมภาพันธ์ 2569 สพป.ภูผาทอง เขต 2 จัดกิจกรรมขับเคลื่อนจริยธรรมตามประมวลจริยธรรมข้าราชการครูและบุคลากรทางการศึกษา "
      "ให้แก่บุคลากรในสำนักงาน จำนวน 88 คน ประกอบด้วย การบรรยายเรื่องประมวลจริยธรรมและการรับทรัพย์สินหรือประโยชน์อื่นใด "
      "การจัดทำ Do's & Don'ts ของสำนักงาน และการปฏิญาณตนเป็นข้าราชการที่ดี",
      "ผู้เข้าร่วมกิจกรรมร้อยละ 95 มีความรู้ความเข้าใจเพิ่มขึ้นจากการทดสอบก่อนและหลังกิจกรรม"], []),
    (520, (2569, 1, 9), "ประชุมชี้แจงแนวทางการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2569",
     ["กลุ่มอำนวยการจัดประชุมชี้แจงผู้รับผิดชอบข้อมูลของแต่ละกลุ่มงาน เพื่อเตรียมเผยแพร่ข้อมูลตามแบบ OIT ปี 2569"], []),
    (516, (2568, 12, 16), "ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์เอกสารแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2569",
     ["รายละเอียดตามประกาศที่แนบ"], ["printwin"]),
    (511, (2568, 10, 21), "สพป.ภูผาทอง เขต 2 เปิดเวทีรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ในการจัดทำแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2569",
     ["วันที่ 20 - 21 ตุลาคม 2568 สพป.ภูผาทอง เขต 2 จัดประชุมเชิงปฏิบัติการรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย "
      "เพื่อกำหนดโครงการในแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2569 ณ ห้องประชุมภูผาทอง",
      "ผู้เข้าร่วม ได้แก่ ผู้บริหารสถานศึกษา 46 คน ผู้แทนคณะกรรมการสถานศึกษาขั้นพื้นฐาน 12 คน ผู้แทนผู้ปกครองและชุมชน 18 คน "
      "ผู้แทนองค์กรปกครองส่วนท้องถิ่น 6 คน และบุคลากรในสำนักงาน 30 คน รวม 112 คน",
      "ข้อเสนอจากที่ประชุม เช่น การเพิ่มโครงการพัฒนาการอ่าน และการจัดรถรับส่งนักเรียนโรงเรียนขนาดเล็ก "
      "ได้นำไปบรรจุในแผนปฏิบัติการ ปี 2569 แล้ว"], []),
    (508, (2568, 10, 1), "ผอ.สพป.ภูผาทอง เขต 2 ประกาศเจตนารมณ์ไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2569",
     ["ผู้บริหารและบุคลากรร่วมประกาศเจตนารมณ์การไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่"], ["nogift"]),
    (488, (2568, 1, 15), "ประชุมเชิงปฏิบัติการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2568",
     ["คณะทำงานร่วมกันระบุเหตุการณ์ความเสี่ยงการทุจริตและกำหนดมาตรการควบคุม ผลการประเมินตามเอกสารแนบ"], ["risk2568"]),
    (472, (2567, 10, 18), "รับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย จัดทำแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2568",
     ["สพป.ภูผาทอง เขต 2 จัดประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย มีผู้เข้าร่วม 96 คน"], []),
]

SCHOOL_NEWS = [
    (530, (2569, 3, 28), "โรงเรียนบ้านนาคำ จัดพิธีมอบประกาศนียบัตรนักเรียนชั้นอนุบาล 3 และประถมศึกษาปีที่ 6", [], "โรงเรียนบ้านนาคำ"),
    (528, (2569, 3, 20), "โรงเรียนบ้านหนองบัวทอง ประชุมผู้ปกครองนักเรียน ภาคเรียนที่ 2/2568",
     ["ผู้ปกครองเข้าร่วมประชุม 84 คน เพื่อรับฟังผลการเรียนและร่วมเสนอความคิดเห็นต่อการบริหารโรงเรียน"], "โรงเรียนบ้านหนองบัวทอง"),
    (526, (2569, 3, 5), "โรงเรียนบ้านผาขาม รับการประเมินการอ่านออกเขียนได้ (RT) ชั้นประถมศึกษาปีที่ 1", [], "โรงเรียนบ้านผาขาม"),
    (523, (2569, 2, 6), "โรงเรียนบ้านโนนงาม จัดการแข่งขันกีฬาสีภายใน \"โนนงามเกมส์\" ประจำปี 2569", [], "โรงเรียนบ้านโนนงาม"),
    (519, (2569, 1, 10), "โรงเรียนในสังกัดร่วมจัดงานวันเด็กแห่งชาติ ประจำปี 2569", [], "โรงเรียนบ้านนาคำ"),
    (515, (2568, 12, 12), "โรงเรียนบ้านดอนหันจัดค่ายลูกเสือ-เนตรนารี ลูกเสือสำรอง ประจำปีการศึกษา 2568", [], "โรงเรียนบ้านดอนหัน"),
    (513, (2568, 11, 3), "โรงเรียนบ้านโคกสว่างวิทยา รายงานผลการดำเนินการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2568",
     ["โรงเรียนขอเผยแพร่รายงานผลการดำเนินการส่งเสริมคุณธรรมและความโปร่งใสของโรงเรียน ประจำปีงบประมาณ 2568"], "โรงเรียนบ้านโคกสว่างวิทยา"),
    (509, (2568, 10, 8), "โรงเรียนบ้านหนองแวงน้อย ทอดผ้าป่าเพื่อการศึกษา ระดมทุนจัดซื้อคอมพิวเตอร์", [], "โรงเรียนบ้านหนองแวงน้อย"),
    (490, (2568, 6, 2), "โรงเรียนบ้านหนองแวงน้อย เผยแพร่รายงานผลการพัฒนาบุคลากร ปีการศึกษา 2567",
     ["รายงานผลการพัฒนาครูและบุคลากรของโรงเรียน ปีการศึกษา 2567"], "โรงเรียนบ้านหนองแวงน้อย"),
]
SCHOOL_FILES = {513: ["schoolita"], 490: ["schoolhr"]}


def post_date(t) -> str:
    y, m, day = t
    return f"{day} {MONTHS[m - 1]} {y}"


def attach(keys: list[str]) -> str:
    if not keys:
        return ""
    items = "".join(f'<li><a href="{link_of(k)}">{esc(DOCS[k][0])}</a></li>' for k in keys)
    return f'<div class="attach"><b>เอกสารแนบ</b><ul>{items}</ul></div>'


def news() -> None:
    for nid, when, title, paras, files in OFFICE_NEWS:
        body = (f'<p class="byline">วันที่ {post_date(when)} | โดย admin_pr | หมวด ข่าว สพป.</p>'
                + "".join(f"<p>{esc(p)}</p>" for p in paras) + attach(files)
                + '<p><a href="/news/">« กลับหน้ารวมข่าว สพป.</a></p>')
        write(f"/news/{nid}/", title, body)
    for nid, when, title, paras, school in SCHOOL_NEWS:
        body = (f'<p class="byline">วันที่ {post_date(when)} | โดย {esc(school)} | หมวด ข่าวโรงเรียนในสังกัด</p>'
                + "".join(f"<p>{esc(p)}</p>" for p in paras or [f"{school} สังกัด {SHORT} ขอประชาสัมพันธ์กิจกรรม"])
                + attach(SCHOOL_FILES.get(nid, [])) + '<p><a href="/school-news/">« กลับหน้ารวมข่าวโรงเรียน</a></p>')
        write(f"/school-news/{nid}/", title, body)

    def items(rows, base):
        return "<ul class=\"news\">" + "".join(
            f'<li><a href="/{base}/{r[0]}/">{esc(r[2])}</a> <span class="date">{post_date(r[1])}</span></li>' for r in rows) + "</ul>"
    write("/news/", "ข่าว สพป.", items(OFFICE_NEWS[:6], "news") + '<div class="pager"><b>1</b> <a href="/news/page/2/">2</a></div>')
    write("/news/page/2/", "ข่าว สพป. (หน้า 2)", items(OFFICE_NEWS[6:], "news") + '<div class="pager"><a href="/news/">1</a> <b>2</b></div>')
    write("/school-news/", "ข่าวโรงเรียนในสังกัด", items(SCHOOL_NEWS, "school-news"))
    home = (f'<div class="slide">ยินดีต้อนรับสู่เว็บไซต์ {ORG}</div><h2>ข่าว สพป.</h2>{items(OFFICE_NEWS[:5], "news")}'
            f'<p><a href="/news/">ดูข่าวทั้งหมด</a></p><h2>ข่าวโรงเรียนในสังกัด</h2>{items(SCHOOL_NEWS[:6], "school-news")}'
            '<p><a href="/school-news/">ดูข่าวทั้งหมด</a></p><h2>ประกาศ/จัดซื้อจัดจ้าง</h2>'
            f'<ul><li><a href="{link_of("skr_2569_03")}">{esc(DOCS["skr_2569_03"][0])}</a></li>'
            f'<li><a href="{link_of("printwin")}">{esc(DOCS["printwin"][0])}</a></li></ul>'
            '<div class="banners"><a href="/ita/2569/">ITA 2569 การประเมินคุณธรรมและความโปร่งใส</a> · '
            '<a href="/eservice/">E-Service</a> · <a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a></div>')
    write("/", "หน้าหลัก", home)


# ------------------------------------------------------------------ about, contact, services
def about() -> None:
    write("/about/history/", "ประวัติความเป็นมา",
          f"<p>{ORG} ตั้งขึ้นตามประกาศกระทรวงศึกษาธิการ เรื่อง กำหนดเขตพื้นที่การศึกษา พ.ศ. 2551 มีเขตพื้นที่รับผิดชอบ 4 อำเภอ "
          "ได้แก่ อำเภอนาคำใหญ่ อำเภอผาทองเหนือ อำเภอโคกสว่าง และอำเภอหนองบัวทอง มีโรงเรียนในสังกัด 186 โรง</p>"
          "<h2>วิสัยทัศน์</h2><p>ผู้เรียนมีคุณภาพ มีทักษะแห่งศตวรรษที่ 21 บนพื้นฐานความเป็นไทย</p>")
    groups = ["กลุ่มอำนวยการ", "กลุ่มนโยบายและแผน", "กลุ่มบริหารงานการเงินและสินทรัพย์", "กลุ่มบริหารงานบุคคล",
              "กลุ่มส่งเสริมการจัดการศึกษา", "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา", "กลุ่มพัฒนาครูและบุคลากรทางการศึกษา",
              "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร", "กลุ่มกฎหมายและคดี", "หน่วยตรวจสอบภายใน"]
    chart = "".join(f"<li>{g}</li>" for g in groups)
    write("/about/structure/", "โครงสร้างการบริหารงาน",
          "<h2>แผนภูมิโครงสร้างการบริหารงาน</h2><ul class=\"tree\"><li>คณะกรรมการศึกษาธิการจังหวัดภูผาทอง (กศจ.) / อ.ก.ค.ศ. เขตพื้นที่การศึกษา"
          "<ul><li>ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาภูผาทอง เขต 2<ul>"
          "<li>รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา (3 คน)<ul>" + chart + "</ul></li></ul></li></ul></li></ul>"
          "<p>คณะกรรมการติดตาม ตรวจสอบ ประเมินผลและนิเทศการศึกษา (ก.ต.ป.น.) เป็นองค์คณะช่วยงานของสำนักงาน</p>"
          '<p>ดู <a href="/about/authority/">อำนาจหน้าที่ของสำนักงานเขตพื้นที่การศึกษา</a></p>')
    duties = ["จัดทำนโยบาย แผนพัฒนา และมาตรฐานการศึกษาของเขตพื้นที่การศึกษาให้สอดคล้องกับนโยบายและมาตรฐานการศึกษาของชาติ",
              "วิเคราะห์การจัดตั้งงบประมาณเงินอุดหนุนทั่วไปของสถานศึกษา จัดสรรและกำกับตรวจสอบการใช้งบประมาณ",
              "ประสาน ส่งเสริม สนับสนุน และพัฒนาหลักสูตรร่วมกับสถานศึกษาในเขตพื้นที่การศึกษา",
              "กำกับ ดูแล ติดตาม และประเมินผลสถานศึกษาขั้นพื้นฐานในเขตพื้นที่การศึกษา",
              "ศึกษา วิเคราะห์ วิจัย และรวบรวมข้อมูลสารสนเทศด้านการศึกษาในเขตพื้นที่การศึกษา",
              "ระดมทรัพยากรบุคคลในการจัดและพัฒนาการศึกษา",
              "ประสาน ส่งเสริม สนับสนุนการจัดการศึกษาของสถานศึกษาเอกชน องค์กรปกครองส่วนท้องถิ่น และบุคคล ครอบครัว องค์กรชุมชน",
              "ปฏิบัติงานอื่นตามที่ได้รับมอบหมาย"]
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามพระราชบัญญัติระเบียบบริหารราชการกระทรวงศึกษาธิการ พ.ศ. 2546 มาตรา 37 และกฎกระทรวงแบ่งส่วนราชการภายในสำนักงานเขตพื้นที่การศึกษา "
          "สำนักงานเขตพื้นที่การศึกษามีอำนาจหน้าที่โดยสรุป ดังนี้</p><ol>" + "".join(f"<li>{x}</li>" for x in duties) + "</ol>")
    people = [("นายสมพงษ์ ไชยวงศ์ษา", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาภูผาทอง เขต 2", "0 4279 1428 ต่อ 101"),
              ("นางวาสนา ทองประเสริฐ", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา", "0 4279 1428 ต่อ 102"),
              ("นายธนวัฒน์ ศรีสุระ", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา", "0 4279 1428 ต่อ 103"),
              ("นางสาวพิมพ์ชนก แก้วมณีวงศ์", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา", "0 4279 1428 ต่อ 104")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="40" height="50"><br><b>{esc(n)}</b><br>'
                    f'{esc(p)}<br>โทร {t}<br>อีเมล director@phupha2.example.go.th</div>' for n, p, t in people)
    write("/about/executives/", "ทำเนียบผู้บริหาร", cards)
    write("/contact/", "ติดต่อเรา",
          f"<p><b>{ORG}</b><br>เลขที่ 219 หมู่ที่ 6 ถนนนาคำ-ผาทอง ตำบลนาคำ อำเภอนาคำใหญ่ จังหวัดภูผาทอง 47290</p>"
          "<p>โทรศัพท์ 0 4279 1428 โทรสาร 0 4279 1429<br>อีเมล saraban@phupha2.example.go.th<br>"
          "เวลาทำการ วันจันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=phupha2">แผนที่ Google Maps</a> · <a href="https://www.facebook.com/phupha2pr">Facebook สพป.ภูผาทอง เขต 2</a></p>'
          '<p>สอบถามข้อมูลผ่าน <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    qa = [("สอบถามกำหนดการยื่นคำร้องขอย้าย ปี 2569", "ครูบ้านไกล", "12 ม.ค. 2569",
           "ยื่นคำร้องขอย้ายได้ระหว่างวันที่ 1 - 15 มกราคม 2569 ผ่านระบบ TRS (ตอบโดย กลุ่มบริหารงานบุคคล)"),
          ("ขอหนังสือรับรองเงินเดือนต้องใช้เอกสารอะไรบ้าง", "ผู้ปกครอง", "3 ก.พ. 2569",
           "ใช้บัตรประจำตัวเจ้าหน้าที่ของรัฐ และกรอกแบบคำขอผ่าน E-Service ได้ (ตอบโดย กลุ่มบริหารงานบุคคล)")]
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          '<form action="/qa/" method="post">หัวข้อคำถาม <input name="topic"> รายละเอียด <textarea name="q"></textarea> '
          'ชื่อผู้ถาม <input name="name"> <button>ส่งคำถาม</button></form>'
          + "".join(f'<div class="q"><b>{esc(t)}</b> <small>โดย {esc(w)} {d}</small><p class="a">ตอบ : {esc(a)}</p></div>'
                    for t, w, d, a in qa))
    write("/eservice/", "E-Service ระบบบริการออนไลน์",
          '<ul><li><a href="https://forms.gle/phupha2cert">ยื่นคำขอหนังสือรับรองการเป็นข้าราชการ/หนังสือรับรองเงินเดือน (ออนไลน์)</a></li>'
          '<li><a href="https://forms.gle/phupha2kks16">ขอสำเนาทะเบียนประวัติ (ก.ค.ศ.16) ออนไลน์</a></li>'
          '<li><a href="https://forms.gle/phupha2netfix">แจ้งซ่อมระบบเครือข่ายโรงเรียน</a></li></ul>'
          f'<p>สถิติการให้บริการ : <a href="{link_of("stats2569")}">{esc(DOCS["stats2569"][0])}</a></p>')
    write("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของบุคลากรในสังกัดได้ทางแบบฟอร์มนี้ "
          "ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/" method="post">ชื่อ-สกุล (ไม่ระบุได้) <input name="name"> เบอร์โทร <input name="tel"> '
          'เรื่องที่ร้องเรียน <input name="topic"> รายละเอียด <textarea name="detail"></textarea> '
          'แนบไฟล์ <input type="file" name="file"> <button>ส่งเรื่องร้องเรียน</button></form>'
          "<p>ช่องทางอื่น : โทร 0 4279 1428 ต่อ 115 · ตู้รับเรื่องร้องเรียนหน้าสำนักงาน · ศูนย์รับเรื่องร้องเรียน สพฐ.</p>"
          f'<p><a href="{link_of("complman")}">คู่มือการจัดการเรื่องร้องเรียน</a></p>')
    write("/privacy/", "นโยบายเว็บไซต์และความเป็นส่วนตัว", "<p>สำนักงานเก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")


# ------------------------------------------------------------------ ITA pages
def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


def doc(key: str, text: str = "") -> str:
    return a(link_of(key), text or DOCS[key][0])


ITA_2569 = [
    ("O1", "โครงสร้าง อำนาจหน้าที่", [a("/about/structure/", "แผนภูมิโครงสร้าง"), a("/about/authority/", "อำนาจหน้าที่")]),
    ("O2", "ข้อมูลผู้บริหาร", [a("/about/executives/", "ทำเนียบผู้บริหาร สพป.ภูผาทอง เขต 2")]),
    ("O3", "ข้อมูลการติดต่อ และช่องทางถาม-ตอบ", [a("/contact/", "ติดต่อเรา"), a("/qa/", "Q&A")]),
    ("O4", "ข่าวประชาสัมพันธ์", [a("/news/", "ข่าว สพป.")]),
    ("O5", "แผนพัฒนาการศึกษา", [doc("plan5", "แผนพัฒนาการศึกษา ระยะ 5 ปี (2566-2570)"), doc("moeplan", "แผนปฏิบัติราชการ 5 ปี ศธ.")]),
    ("O6", "แผนปฏิบัติการประจำปี 2569", [doc("ap2569", "แผนปฏิบัติการ ปีงบประมาณ 2569")]),
    ("O7", "รายงานผลการดำเนินงานประจำปี", [doc("rep2568", "รายงานผลการดำเนินงาน ปี 2568")]),
    ("O8", "คู่มือการปฏิบัติงาน", ["อยู่ระหว่างปรับปรุงข้อมูล"]),
    ("O9", "คู่มือการให้บริการ", [a("/category/manual/", "คลิกที่นี่")]),
    ("O10", "E-Service", [a("/eservice/", "ระบบบริการออนไลน์")]),
    ("O11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", [a("/category/procure/", "คลิกที่นี่")]),
    ("O12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [a(name("proc2568"), "รายงานผลการจัดซื้อจัดจ้าง ปี 2568")]),
    ("O13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล", [doc("hrcrit", "หลักเกณฑ์การย้าย"), doc("hrplan2568", "แผนบริหารและพัฒนาทรัพยากรบุคคล")]),
    ("O14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [a("/category/hr/", "คลิกที่นี่")]),
    ("O15", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", [doc("ethics", "ประมวลจริยธรรม"), a("/news/524/", "กิจกรรมขับเคลื่อนจริยธรรม 2569")]),
    ("O16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [a(OLD_COMPLAINT_MANUAL, "คู่มือการจัดการเรื่องร้องเรียน")]),
    ("O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [a("/complaint/", "แจ้งเรื่องร้องเรียนออนไลน์")]),
    ("O18", "สถิติเรื่องร้องเรียนการทุจริต", [doc("complstats2568", "สถิติเรื่องร้องเรียน")]),
    ("O19", "การเปิดโอกาสให้มีส่วนร่วม", [a("/news/511/", "เวทีรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย")]),
    ("O20", "No Gift Policy", [doc("nogift", "ประกาศนโยบาย No Gift Policy"), doc("giftrep", "รายงานการรับของขวัญ")]),
    ("O21", "การประเมินความเสี่ยงการทุจริต", [a("/category/integrity/", "คลิกที่นี่")]),
    ("O22", "การดำเนินการจัดการความเสี่ยงการทุจริต", [doc("obecrisk", "แนวทางการบริหารจัดการความเสี่ยง")]),
    ("O23", "แผนปฏิบัติการป้องกันการทุจริต", [doc("acplan2569", "แผนปฏิบัติการป้องกันการทุจริต ปี 2569")]),
    ("O24", "รายงานผลการดำเนินการป้องกันการทุจริต", [doc("acrep2568", "รายงานผล ปี 2568")]),
    ("O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนา", [doc("ita_analysis", "การวิเคราะห์ผล ITA 2568"), doc("measures2568", "มาตรการส่งเสริมคุณธรรม")]),
    ("O26", "รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส", [doc("integrity2568", "รายงานผลตามมาตรการ ปี 2568")]),
]

ITA_2568 = [
    ("O5", "แผนพัฒนาการศึกษา", [doc("plan5", "แผนพัฒนาการศึกษา 5 ปี")]),
    ("O6", "แผนปฏิบัติการประจำปี", [doc("ap2568", "แผนปฏิบัติการ ปี 2568")]),
    ("O7", "รายงานผลการดำเนินงาน", [doc("rep2567", "รายงานผลการดำเนินงาน ปี 2567")]),
    ("O8", "คู่มือการปฏิบัติงาน", [doc("workman", "คู่มือการปฏิบัติงาน กลุ่มบริหารงานการเงินและสินทรัพย์")]),
    ("O9", "คู่มือการให้บริการ", [doc("servman", "คู่มือการให้บริการ")]),
    ("O13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [doc("proc2567", "รายงานผลการจัดซื้อจัดจ้าง ปี 2567")]),
    ("O14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", [doc("hrplan_old_ita", "แผนอัตรากำลัง 4 ปี"), doc("hrplan2568", "แผนบริหารและพัฒนาฯ 2568")]),
    ("O16", "ประมวลจริยธรรม", [doc("ethics", "ประมวลจริยธรรม")]),
    ("O23", "การประเมินความเสี่ยงการทุจริต", [doc("risk2568", "รายงานการประเมินความเสี่ยง ปี 2568")]),
    ("O25", "แผนปฏิบัติการป้องกันการทุจริต", [doc("measures2568", "มาตรการส่งเสริมคุณธรรม ปี 2568")]),
]


def ita() -> None:
    def table(rows):
        return ('<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์ข้อมูล</th></tr>\n'
                + "\n".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{'<br>'.join(links)}</td></tr>" for c, t, links in rows)
                + "</table>")
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569",
          "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569</p>"
          + table(ITA_2569) + '<p><a href="/ita/2568/">ITA ปีงบประมาณ 2568</a></p>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568",
          "<p>ข้อมูลประกอบการประเมิน ITA ปี 2568 (บางรายการ)</p>" + table(ITA_2568))


CSS = """body{font-family:Tahoma,sans-serif;margin:0;background:#f4f6f9}.topbar{background:#1d3f72;color:#fff;padding:4px 12px;font-size:13px}
.topbar a{color:#fff}.banner{background:#fff;padding:8px 12px}.menu{list-style:none;margin:0;padding:0;background:#2c5aa0}
.menu li{display:inline-block}.menu a{color:#fff;padding:8px 10px;display:block;text-decoration:none}.wrap{display:flex}
.main{flex:3;padding:12px;background:#fff}.side{flex:1;padding:12px}.box{background:#fff;margin-bottom:10px;padding:8px}
.footer{background:#1d3f72;color:#fff;padding:12px;font-size:13px}.footer a{color:#fff}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:4px}.byline{color:#777}.card{display:inline-block;width:45%;vertical-align:top;margin:6px}
"""


def assets() -> None:
    from PIL import Image

    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as f:
        f.write(CSS)
    for fname, size, shade in (("logo.png", (48, 48), 90), ("person.png", (40, 50), 170)):
        buf = io.BytesIO()
        Image.new("L", size, shade).save(buf, format="PNG")
        with open(os.path.join(HERE, "assets", fname), "wb") as f:
            f.write(buf.getvalue())


def main() -> None:
    assets()
    downloads()
    drive_pages()
    news()
    about()
    ita()


if __name__ == "__main__":
    main()
