"""Generate the HTML pages of the "esao" test site (สพป.ศรีธารา เขต 2, invented).

Run:  python tests/sites/esao/_make_pages.py   (after _make_docs.py: list sizes are read from
the files it wrote)

A primary educational service area office on a WordPress-like theme: a top bar with the
office's name, a menu (about, groups, news, schools' news, procurement, E-Service, complaints,
ITA 2569, Q&A, contact), a side column (director, quick links, last year's ITA page, visitor
counter) and a footer on every page; pages are folder/index.html.  Each group of the office has
its own page with a download list; the monthly procurement summaries (สขร.1) have a page of their
own; schools' news and schools' documents are posted under /school-news/.  The ITA 2569 page is a
table linking each item in the office's own wording: on-site files and pages, and for three
items a Google Drive link.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DIR_POS, DIRECTOR, DOCS, ORG, SHORT  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
GONE_SIZE = {"proc2568": "412 KB", "integrityrep2568": "1.2 MB"}
GROUPS = {  # slug: (name, intro)
    "admin": ("กลุ่มอำนวยการ", "งานสารบรรณ งานประชาสัมพันธ์ งานอาคารสถานที่ ศูนย์บริการข้อมูลข่าวสาร"),
    "policy": ("กลุ่มนโยบายและแผน", "จัดทำแผนพัฒนาการศึกษา แผนปฏิบัติการประจำปี จัดสรรงบประมาณ ติดตามและรายงานผล"),
    "finance": ("กลุ่มบริหารงานการเงินและสินทรัพย์", "งานการเงิน งานบัญชี งานพัสดุและสินทรัพย์ งานจัดซื้อจัดจ้าง"),
    "personnel": ("กลุ่มบริหารงานบุคคล", "งานสรรหาบรรจุแต่งตั้ง งานย้าย งานทะเบียนประวัติ งานบำเหน็จความชอบ"),
    "hrd": ("กลุ่มพัฒนาครูและบุคลากรทางการศึกษา", "พัฒนาครูและบุคลากร งานวิทยฐานะ งานส่งเสริมคุณธรรมจริยธรรม"),
    "supervision": ("กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา", "นิเทศการจัดการเรียนรู้ ประกันคุณภาพการศึกษา วัดและประเมินผล"),
    "legal": ("กลุ่มกฎหมายและคดี", "งานวินัย งานอุทธรณ์และร้องทุกข์ งานจัดการเรื่องร้องเรียน งานนิติกรรมและสัญญา"),
    "audit": ("หน่วยตรวจสอบภายใน", "ตรวจสอบการเงิน บัญชี พัสดุ ประเมินความเสี่ยง และประสานงานการประเมิน ITA"),
}


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
    ("หน้าแรก", "/"), ("เกี่ยวกับ สพป.", "/about/history/"), ("โครงสร้างการบริหาร", "/about/structure/"),
    ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("ข่าวโรงเรียน", "/school-news/"),
    ("จัดซื้อจัดจ้าง", "/procurement/"), ("E-Service", "/eservice/"), ("ร้องเรียนการทุจริต", "/complaint/"),
    ("ITA 2569", "/ita/2569/"), ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/"),
]


def layout(title: str, body: str) -> str:
    menu = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    groups = "".join(f'<li><a href="/groups/{s}/">{esc(n)}</a></li>' for s, (n, _i) in GROUPS.items())
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} &#8211; {SHORT}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<header class="top"><img src="/assets/img/logo.png" alt="ตราสัญลักษณ์" width="48" height="48">
<div class="name"><b>{ORG}</b><br><small>Sritara Primary Educational Service Area Office 2</small></div>
<form class="search" action="/" method="get"><input name="s" placeholder="ค้นหา..."><button>ค้นหา</button></form></header>
<nav class="menu"><ul>{menu}</ul></nav>
<div class="wrap">
<aside class="side">
<div class="widget"><img src="/assets/img/director.png" alt="ผู้อำนวยการ" width="60" height="75"><br>
<b>{DIRECTOR}</b><br>{DIR_POS}</div>
<div class="widget"><h3>กลุ่มงานในสำนักงาน</h3><ul>{groups}</ul></div>
<div class="widget"><h3>ลิงก์ที่เกี่ยวข้อง</h3><ul>
<li><a href="/ita/2569/">ITA 2569 การเปิดเผยข้อมูลสาธารณะ</a></li>
<li><a href="/ita/2568/">ITA 2568 (ปีที่ผ่านมา)</a></li>
<li><a href="https://www.obec.go.th/">สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน</a></li>
<li><a href="https://www.gprocurement.go.th/">ระบบจัดซื้อจัดจ้างภาครัฐ e-GP</a></li>
<li><a href="https://dmc.obec.go.th/">ระบบ DMC</a></li>
<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li></ul></div>
<div class="widget">สถิติผู้เข้าชม<br>วันนี้ 312 &middot; ทั้งหมด 1,284,506</div>
</aside>
<main class="content">
<h1>{esc(title)}</h1>
{body}
</main></div>
<footer class="foot">{ORG}<br>88 หมู่ 5 ถนนดงเจริญ–นาคำ ตำบลดงเจริญ อำเภอดงเจริญ จังหวัดศรีธารา 47190
โทรศัพท์ 0 4391 5520 โทรสาร 0 4391 5521 อีเมล saraban@stara2.go.th<br>
&copy; 2566–2569 {SHORT} &nbsp; <a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> &nbsp; <a href="/contact/">ติดต่อเรา</a></footer>
</body></html>
"""


def size_of(key: str) -> str:
    path = DOCS[key][0]
    if DOCS[key][4] == "gone":
        return GONE_SIZE[key]
    n = os.path.getsize(os.path.join(HERE, path.lstrip("/")))
    return f"{n / 1024:.0f} KB"


def dl_table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        path, title, _g, up, _kind, _c = DOCS[k]
        ext = path.rsplit(".", 1)[1].upper()
        rows.append(f'<tr><td>{i}</td><td><a href="{path}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>{ext} ({size_of(k)})</td><td><a href="{path}">ดาวน์โหลด</a></td></tr>')
    return ('<table class="dl"><tr><th>ที่</th><th>ชื่อเอกสาร</th><th>วันที่เผยแพร่</th><th>ไฟล์</th><th></th></tr>'
            + "\n".join(rows) + "</table>")


def group_keys(group: str) -> list[str]:
    return sorted((k for k, v in DOCS.items() if v[2] == group), key=lambda k: DOCS[k][3], reverse=True)


def link(key: str, text: str | None = None) -> str:
    return f'<a href="{DOCS[key][0]}">{esc(text or DOCS[key][1])}</a>'


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) BE, title, paragraphs, page of the list
    (1486, (2569, 4, 3), "สพป.ศรีธารา เขต 2 ประกาศผลการคัดเลือกนักเรียนทุนพัฒนาศักยภาพ ปีการศึกษา 2569",
     ["ประกาศรายชื่อนักเรียนที่ได้รับทุนพัฒนาศักยภาพ จำนวน 40 ทุน ทุนละ 3,000 บาท ให้โรงเรียนแจ้งนักเรียนมารับทุนภายในวันที่ 30 เมษายน 2569"], 1),
    (1471, (2569, 3, 17), "ประชุมผู้บริหารสถานศึกษา ครั้งที่ 3/2569",
     ["นายธนวัฒน์ ศรีวงศ์ษา ผู้อำนวยการ สพป.ศรีธารา เขต 2 เป็นประธานการประชุมผู้บริหารสถานศึกษา 118 โรง ณ หอประชุมดงเจริญ "
      "เน้นย้ำการเตรียมความพร้อมเปิดภาคเรียนที่ 1/2569 และการรายงานข้อมูลนักเรียนในระบบ DMC"], 1),
    (1455, (2569, 2, 20), "ประชาสัมพันธ์การรับนักเรียน ปีการศึกษา 2569",
     ["โรงเรียนในสังกัดเปิดรับสมัครนักเรียนชั้นอนุบาลและประถมศึกษาปีที่ 1 ระหว่างวันที่ 1 – 10 มีนาคม 2569 ผู้ปกครองสอบถามได้ที่โรงเรียนใกล้บ้าน"], 1),
    (1449, (2569, 2, 10), "ประชุมคณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2569",
     ["หน่วยตรวจสอบภายในจัดประชุมคณะทำงาน ITA เพื่อวิเคราะห์ผลการประเมิน ITA ปี 2568 และพิจารณาร่างมาตรการส่งเสริมคุณธรรมและความโปร่งใส "
      "ประจำปีงบประมาณ 2569 ที่ประชุมให้แต่ละกลุ่มทบทวนร่างมาตรการและเสนอขั้นตอนการดำเนินงานในการประชุมครั้งต่อไป",
      "ดาวน์โหลดรายงานการวิเคราะห์ผลการประเมินได้ที่หน้าหน่วยตรวจสอบภายใน"], 1),
    (1432, (2569, 1, 28), "การแข่งขันศิลปหัตถกรรมนักเรียน ระดับเขตพื้นที่ ครั้งที่ 73",
     ["นักเรียนจากโรงเรียนในสังกัดเข้าร่วมแข่งขัน 1,240 คน ใน 186 รายการ ผู้ได้รับเหรียญทองอันดับ 1 จะเป็นตัวแทนเขตพื้นที่ไปแข่งขันระดับภาค"], 1),
    (1418, (2569, 1, 20), "รับการตรวจติดตามการบริหารงบประมาณ ไตรมาสที่ 1",
     ["คณะติดตามจาก สพฐ. ตรวจติดตามการเบิกจ่ายงบประมาณไตรมาสที่ 1 ปีงบประมาณ 2569 สพป.ศรีธารา เขต 2 เบิกจ่ายได้ร้อยละ 26.4 สูงกว่าเป้าหมาย"], 1),
    (1396, (2568, 12, 2), "มอบเกียรติบัตรครูดีเด่น ประจำปี 2568",
     ["ผู้อำนวยการ สพป.ศรีธารา เขต 2 มอบเกียรติบัตรแก่ครูดีเด่น 35 คน ในการประชุมผู้บริหารสถานศึกษา ครั้งที่ 2/2569"], 1),
    (1381, (2568, 11, 14), "สพป.ศรีธารา เขต 2 จัดประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ต่อการดำเนินงานของสำนักงานเขตพื้นที่ ปีงบประมาณ 2569",
     ["วันที่ 14 พฤศจิกายน 2568 สพป.ศรีธารา เขต 2 จัดประชุมเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน ณ ห้องประชุมดงเจริญ "
      "ผู้เข้าร่วม 62 คน ได้แก่ ผู้แทนคณะกรรมการสถานศึกษาขั้นพื้นฐาน ผู้ปกครอง ผู้นำชุมชน ผู้แทนองค์กรปกครองส่วนท้องถิ่น และผู้บริหารสถานศึกษา",
      "ที่ประชุมเสนอความคิดเห็นต่อโครงการในแผนปฏิบัติการ ปีงบประมาณ 2569 จำนวน 14 ข้อ เช่น ให้ขยายโครงการอาหารกลางวันสำหรับโรงเรียนขนาดเล็ก "
      "และให้โรงเรียนแจ้งผลการใช้เงินอุดหนุนแก่ผู้ปกครองทุกภาคเรียน สำนักงานได้นำข้อเสนอไปปรับแผนและแจ้งผลการพิจารณาแก่ผู้เข้าร่วมทางหนังสือ"], 1),
    (1370, (2568, 10, 21), "ประชุมผู้บริหารสถานศึกษา ครั้งที่ 1/2569",
     ["ผู้อำนวยการ สพป.ศรีธารา เขต 2 มอบนโยบายการจัดการศึกษา ปีงบประมาณ 2569 แก่ผู้บริหารสถานศึกษา"], 1),
    (1362, (2568, 10, 15), "ประชุมเชิงปฏิบัติการจัดทำแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2569",
     ["กลุ่มนโยบายและแผนจัดประชุมเชิงปฏิบัติการจัดทำร่างแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2569 ระหว่างวันที่ 15 – 16 ตุลาคม 2568 "
      "ผู้เข้าร่วมเป็นผู้อำนวยการกลุ่มและผู้รับผิดชอบโครงการ ร่างแผนจะเสนอคณะกรรมการศึกษาธิการจังหวัดพิจารณาต่อไป"], 1),
    (1355, (2568, 10, 8), "สพป.ศรีธารา เขต 2 ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy) ประจำปี 2569",
     ["ผู้บริหารและบุคลากรของสำนักงานร่วมประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ประจำปีงบประมาณ พ.ศ. 2569 "
      "ประกาศฉบับเต็มอยู่ที่หน้าหน่วยตรวจสอบภายใน"], 1),
    (1340, (2568, 10, 1), "ต้อนรับข้าราชการครูย้ายมาดำรงตำแหน่งใหม่",
     ["สพป.ศรีธารา เขต 2 ต้อนรับข้าราชการครูที่ย้ายมาปฏิบัติหน้าที่ในโรงเรียนในสังกัด 27 คน และปฐมนิเทศการปฏิบัติงาน"], 1),
    (1298, (2568, 8, 22), "ประชุมเชิงปฏิบัติการขับเคลื่อนจริยธรรม ส่งเสริมคุณธรรมจริยธรรมบุคลากร ปีงบประมาณ 2568",
     ["กลุ่มพัฒนาครูและบุคลากรทางการศึกษาจัดกิจกรรมขับเคลื่อนจริยธรรมตามประมวลจริยธรรมข้าราชการครูและบุคลากรทางการศึกษา "
      "บุคลากรในสำนักงาน 64 คนร่วมกิจกรรม มีการบรรยายเรื่องผลประโยชน์ทับซ้อน และจัดทำ Do's & Don'ts ของสำนักงาน"], 2),
    (1244, (2568, 3, 5), "ประชุมเชิงปฏิบัติการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ 2568",
     ["หน่วยตรวจสอบภายในจัดประชุมผู้อำนวยการกลุ่มเพื่อประเมินความเสี่ยงการทุจริตในกระบวนงานของสำนักงาน"], 2),
    (1201, (2567, 12, 9), "กิจกรรมวันต่อต้านคอร์รัปชันสากล 2567",
     ["บุคลากร สพป.ศรีธารา เขต 2 ร่วมเดินรณรงค์ต่อต้านการทุจริต เนื่องในวันต่อต้านคอร์รัปชันสากล 9 ธันวาคม 2567"], 2),
]
PARTICIPATION = 1381


class Date:
    def __init__(self, y: int, m: int, d: int) -> None:
        self.year, self.month, self.day = y - 543, m, d


def news_pages() -> None:
    for n in (1, 2):
        items = "".join(f'<li><a href="/news/{i}/">{esc(t)}</a> <span class="date">{be(Date(*dt))}</span></li>'
                        for i, dt, t, _b, p in NEWS if p == n)
        pager = '<a href="/news/">1</a> <a href="/news/page/2/">2</a>'
        write("/news/" if n == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์",
              f'<ul class="news">{items}</ul><div class="pager">หน้า {pager}</div>')
    for i, dt, t, paras, _p in NEWS:
        body = "".join(f"<p>{esc(p)}</p>" for p in paras)
        if i == 1355:
            body += f"<p>{link('nogift2569', 'ดาวน์โหลดประกาศ (PDF)')}</p>"
        write(f"/news/{i}/", t, f'<p class="date">โพสต์เมื่อ {be(Date(*dt))} โดย กลุ่มอำนวยการ</p>{body}'
              '<p><img src="/assets/img/news.png" alt="ภาพกิจกรรม" width="120" height="80"></p>'
              '<p><a href="/news/">&laquo; ข่าวประชาสัมพันธ์ทั้งหมด</a></p>')


SCHOOL_NEWS = [  # id, date, title, paragraphs, attached document
    (905, (2569, 3, 9), "โรงเรียนบ้านนาคำใต้ จัดกิจกรรมวันวิชาการ ปีการศึกษา 2568",
     ["โรงเรียนบ้านนาคำใต้จัดนิทรรศการผลงานนักเรียนและกิจกรรมวันวิชาการ มีผู้ปกครองร่วมงาน 210 คน"], None),
    (898, (2569, 1, 16), "โรงเรียนบ้านโคกสูงวิทยา ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมอาคารเรียน",
     ["โรงเรียนบ้านโคกสูงวิทยาประกาศผู้ชนะการเสนอราคาจ้างซ่อมแซมอาคารเรียน แบบ สปช.105/29 รายละเอียดตามไฟล์แนบ"], "schoolbid"),
    (871, (2568, 12, 5), "โรงเรียนบ้านห้วยบงพัฒนา รับการประเมินโรงเรียนปลอดขยะ",
     ["คณะกรรมการระดับจังหวัดประเมินโรงเรียนบ้านห้วยบงพัฒนาในโครงการโรงเรียนปลอดขยะ (Zero Waste School)"], None),
    (822, (2568, 6, 12), "โรงเรียนบ้านหนองแวงน้อย เผยแพร่รายงานการประเมินตนเอง (SAR) ปีการศึกษา 2567",
     ["โรงเรียนบ้านหนองแวงน้อยเผยแพร่รายงานผลการดำเนินงานและการประเมินตนเองของสถานศึกษา ปีการศึกษา 2567 ต่อสาธารณชน"], "sar"),
]


def school_pages() -> None:
    items = "".join(f'<li><a href="/school-news/{i}/">{esc(t)}</a> <span class="date">{be(Date(*dt))}</span></li>'
                    for i, dt, t, _p, _k in SCHOOL_NEWS)
    write("/school-news/", "ข่าวประชาสัมพันธ์โรงเรียนในสังกัด",
          f'<p>ข่าวที่โรงเรียนในสังกัดส่งมาเผยแพร่ผ่านเว็บไซต์ {SHORT}</p><ul class="news">{items}</ul>')
    for i, dt, t, paras, key in SCHOOL_NEWS:
        body = "".join(f"<p>{esc(p)}</p>" for p in paras)
        if key:
            body += f'<p>ไฟล์แนบ: {link(key)}</p>'
        write(f"/school-news/{i}/", t, f'<p class="date">โพสต์เมื่อ {be(Date(*dt))} โดย ผู้ดูแลเว็บไซต์โรงเรียน</p>{body}'
              '<p><a href="/school-news/">&laquo; ข่าวโรงเรียนทั้งหมด</a></p>')


# ---------------------------------------------------------------- about, contact, Q&A


def about_pages() -> None:
    write("/about/history/", "ประวัติความเป็นมา",
          f"<p>{ORG} จัดตั้งตามประกาศกระทรวงศึกษาธิการ เรื่อง กำหนดเขตพื้นที่การศึกษา เมื่อปี พ.ศ. 2546 "
          "และปรับเป็นสำนักงานเขตพื้นที่การศึกษาประถมศึกษาในปี พ.ศ. 2553 รับผิดชอบอำเภอดงเจริญ อำเภอนาคำ และอำเภอห้วยบง "
          "มีโรงเรียนในสังกัด 118 โรง</p><p><a href=\"/about/vision/\">วิสัยทัศน์ พันธกิจ</a></p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ เป้าประสงค์",
          "<p><b>วิสัยทัศน์</b> ผู้เรียนมีคุณภาพตามมาตรฐานการศึกษา มีทักษะชีวิต บนพื้นฐานความเป็นไทย ภายในปี 2570</p>"
          "<ol><li>จัดการศึกษาเพื่อความมั่นคง</li><li>พัฒนาคุณภาพผู้เรียน</li><li>พัฒนาครูและบุคลากร</li>"
          "<li>สร้างโอกาสและความเสมอภาคทางการศึกษา</li><li>บริหารจัดการตามหลักธรรมาภิบาล</li></ol>"
          f"<p>รายละเอียดใน {link('plan5', 'แผนพัฒนาการศึกษาขั้นพื้นฐาน ระยะ 5 ปี (พ.ศ. 2566 – 2570)')}</p>")
    units = "".join(f"<li>{esc(n)} &ndash; {esc(i)}</li>" for n, i in GROUPS.values())
    write("/about/structure/", "โครงสร้างการบริหารงาน",
          '<p><img src="/assets/img/chart.png" alt="แผนภูมิโครงสร้างการบริหารงาน" width="240" height="120"></p>'
          "<p>แผนภูมิโครงสร้างการบริหารงาน สพป.ศรีธารา เขต 2</p>"
          f"<ul class=\"tree\"><li>คณะกรรมการศึกษาธิการจังหวัดศรีธารา (กศจ.)</li>"
          f"<li>{DIR_POS} ({DIRECTOR})<ul>"
          "<li>รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา 3 คน</li>"
          "<li>คณะกรรมการติดตาม ตรวจสอบ ประเมินผลและนิเทศการศึกษา (ก.ต.ป.น.)</li>"
          f"<li>กลุ่มและหน่วยในสำนักงาน<ul>{units}</ul></li></ul></li></ul>"
          '<p>อำนาจหน้าที่ของสำนักงาน ดูที่ <a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามพระราชบัญญัติระเบียบบริหารราชการกระทรวงศึกษาธิการ พ.ศ. 2546 มาตรา 37 และกฎกระทรวงว่าด้วยการแบ่งส่วนราชการภายใน"
          "สำนักงานเขตพื้นที่การศึกษา สำนักงานเขตพื้นที่การศึกษาประถมศึกษามีอำนาจหน้าที่โดยสรุป ดังนี้</p><ol>"
          "<li>จัดทำนโยบาย แผนพัฒนา และมาตรฐานการศึกษาของเขตพื้นที่การศึกษาให้สอดคล้องกับนโยบายและมาตรฐานการศึกษาของชาติ</li>"
          "<li>วิเคราะห์การจัดตั้งงบประมาณเงินอุดหนุนของสถานศึกษา แจ้งจัดสรรงบประมาณ และกำกับ ตรวจสอบ ติดตามการใช้จ่ายงบประมาณ</li>"
          "<li>ประสาน ส่งเสริม สนับสนุน และพัฒนาหลักสูตรร่วมกับสถานศึกษา</li>"
          "<li>กำกับ ดูแล ติดตาม และประเมินผลสถานศึกษาขั้นพื้นฐานในเขตพื้นที่การศึกษา</li>"
          "<li>ศึกษา วิเคราะห์ วิจัย และรวบรวมข้อมูลสารสนเทศด้านการศึกษาในเขตพื้นที่การศึกษา</li>"
          "<li>ระดมทรัพยากรบุคคลในการมีส่วนร่วมจัดและพัฒนาการศึกษา</li>"
          "<li>จัดระบบการประกันคุณภาพการศึกษาและประเมินผลสถานศึกษาในเขตพื้นที่การศึกษา</li>"
          "<li>ประสานการดำเนินงานของคณะกรรมการและคณะอนุกรรมการด้านการศึกษา</li>"
          "<li>ปฏิบัติงานอื่นตามที่ได้รับมอบหมาย</li></ol>")
    people = [("director.png", DIRECTOR, DIR_POS, "0 4391 5520 ต่อ 101"),  # image, name, position, phone
              ("deputy1.png", "นางสาวพิมพ์ชนก ทองประเสริฐ", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีธารา เขต 2", "0 4391 5520 ต่อ 102"),
              ("deputy2.png", "นายวีระพล คำภูมี", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีธารา เขต 2", "0 4391 5520 ต่อ 103"),
              ("deputy3.png", "นางอรอุมา แสนสุข", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีธารา เขต 2", "0 4391 5520 ต่อ 104")]
    cards = "".join(f'<div class="person"><img src="/assets/img/{img}" alt="{esc(n)}" width="60" height="75">'
                    f"<p><b>{esc(n)}</b><br>{esc(p)}<br>โทร {t}<br>อีเมล {img[:-4]}@stara2.go.th</p></div>"
                    for img, n, p, t in people)
    write("/about/executives/", "ทำเนียบผู้บริหาร", cards)


def contact_pages() -> None:
    write("/contact/", "ติดต่อเรา",
          f"<p><b>{ORG}</b><br>88 หมู่ 5 ถนนดงเจริญ–นาคำ ตำบลดงเจริญ อำเภอดงเจริญ จังหวัดศรีธารา 47190</p>"
          "<p>โทรศัพท์ 0 4391 5520 &nbsp; โทรสาร 0 4391 5521<br>อีเมล saraban@stara2.go.th<br>"
          "Facebook : ประชาสัมพันธ์ สพป.ศรีธารา เขต 2</p>"
          "<p>เวลาทำการ วันจันทร์ – วันศุกร์ 08.30 – 16.30 น. (เว้นวันหยุดราชการ)</p>"
          '<p><a href="https://maps.google.com/?q=16.8012,103.9021">แผนที่ตั้งสำนักงาน (Google Maps)</a></p>'
          '<p>สอบถามข้อมูลผ่าน <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    qa = [("ขอทราบกำหนดการรับสมัครนักเรียน ป.1 ปีการศึกษา 2569", "ผู้ปกครอง", "12 ก.พ. 2569",
           "รับสมัครระหว่างวันที่ 1 – 10 มีนาคม 2569 ที่โรงเรียนในเขตบริการ (ตอบโดย กลุ่มส่งเสริมการจัดการศึกษา 13 ก.พ. 2569)"),
          ("ขอหนังสือรับรองเงินเดือนต้องใช้เอกสารอะไรบ้าง", "ครูโรงเรียนในสังกัด", "5 ม.ค. 2569",
           "ใช้สำเนาบัตรประจำตัวเจ้าหน้าที่ของรัฐ 1 ฉบับ ยื่นผ่านเมนู E-Service ได้ (ตอบโดย กลุ่มอำนวยการ 6 ม.ค. 2569)")]
    rows = "".join(f'<div class="q"><p><b>ถาม:</b> {esc(q)} <small>โดย {esc(w)} {d}</small></p><p><b>ตอบ:</b> {esc(a)}</p></div>'
                   for q, w, d, a in qa)
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          f"{rows}<h2>ตั้งคำถามใหม่</h2>"
          '<form action="/qa/" method="post"><p>ชื่อ <input name="name"></p><p>อีเมล <input name="email"></p>'
          '<p>คำถาม <textarea name="question"></textarea></p><button>ส่งคำถาม</button></form>'
          "<p>เจ้าหน้าที่จะตอบคำถามภายใน 3 วันทำการ</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          f"<p>{ORG} เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")


# ---------------------------------------------------------------- groups, procurement, services


def group_pages() -> None:
    for slug, (gname, intro) in GROUPS.items():
        keys = group_keys(slug)
        extra = ""
        if slug == "finance":
            extra = '<p>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ดูที่ <a href="/procurement/skr1/">หน้าจัดซื้อจัดจ้าง</a></p>'
        if slug == "hrd":
            extra = "<p>ประมวลจริยธรรมอยู่ที่หน้า <a href=\"/groups/legal/\">กลุ่มกฎหมายและคดี</a> ข่าวกิจกรรมส่งเสริมคุณธรรมดูที่ <a href=\"/news/1298/\">ข่าวประชาสัมพันธ์</a></p>"
        listing = dl_table(keys) if keys else '<p>ยังไม่มีเอกสารเผยแพร่</p>'
        write(f"/groups/{slug}/", gname,
              f"<p>ภารกิจ: {esc(intro)}</p>{extra}<h2>เอกสารดาวน์โหลด</h2>{listing}")


def procurement_pages() -> None:
    notes = [("procplan2569", ""), ("printbid", "")]
    items = "".join(f"<li>{link(k)} <span class=\"date\">{be(DOCS[k][3])}</span></li>" for k, _ in notes)
    write("/procurement/", "ประกาศจัดซื้อจัดจ้าง",
          f'<ul class="news">{items}</ul>'
          '<p><a href="/procurement/skr1/">สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)</a></p>'
          '<p>ประกาศจัดซื้อจัดจ้างทั้งหมดเผยแพร่ในระบบ <a href="https://www.gprocurement.go.th/">e-GP กรมบัญชีกลาง</a></p>')
    write("/procurement/skr1/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          "<p>กลุ่มบริหารงานการเงินและสินทรัพย์ เผยแพร่สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน</p>" + dl_table(group_keys("monthly")))


def service_pages() -> None:
    write("/eservice/", "E-Service ระบบบริการออนไลน์",
          "<p>ยื่นคำขอรับบริการออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะดำเนินการภายใน 3 วันทำการ</p>"
          '<form action="/eservice/" method="post">'
          '<p>ประเภทคำขอ <select name="type"><option>ขอหนังสือรับรองการปฏิบัติงาน</option><option>ขอหนังสือรับรองเงินเดือน</option>'
          '<option>ขอสำเนา ก.พ.7</option></select></p>'
          '<p>ชื่อ – สกุล <input name="fullname"></p><p>ตำแหน่ง/โรงเรียน <input name="school"></p>'
          '<p>โทรศัพท์ <input name="phone"></p><p>อีเมล <input name="email"></p>'
          '<p>แนบไฟล์ <input type="file" name="attach"></p><button>ส่งคำขอ</button></form>'
          f"<p>{link('servman', 'คู่มือการขอรับบริการ (PDF)')} &middot; "
          '<a href="/eservice/stats/">สถิติการให้บริการ E-Service</a></p>')
    write("/eservice/stats/", "สถิติการให้บริการผ่านระบบ E-Service",
          "<table class=\"dl\"><tr><th>เดือน</th><th>คำขอ</th></tr>"
          "<tr><td>ตุลาคม 2568</td><td>20</td></tr><tr><td>พฤศจิกายน 2568</td><td>20</td></tr>"
          "<tr><td>ธันวาคม 2568</td><td>13</td></tr><tr><td>มกราคม 2569</td><td>25</td></tr>"
          "<tr><td>กุมภาพันธ์ 2569</td><td>17</td></tr><tr><td>มีนาคม 2569</td><td>26</td></tr></table>"
          f"<p>{link('estat2569', 'ดาวน์โหลดสถิติ (Excel)')}</p>")
    write("/complaint/", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้พบเห็นการทุจริตหรือประพฤติมิชอบของเจ้าหน้าที่ สพป.ศรีธารา เขต 2 แจ้งเรื่องได้ทางแบบฟอร์มนี้ "
          "ข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/" method="post"><p>ชื่อผู้ร้องเรียน (ไม่ระบุก็ได้) <input name="name"></p>'
          '<p>เรื่องที่ร้องเรียน <input name="subject"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
          '<p>หลักฐาน <input type="file" name="evidence"></p><button>ส่งเรื่องร้องเรียน</button></form>'
          "<p>ช่องทางอื่น: ยื่นด้วยตนเองที่กลุ่มกฎหมายและคดี, โทร 0 4391 5520 ต่อ 108, "
          '<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a>, <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a></p>'
          f"<p>{link('complaintman', 'คู่มือการจัดการเรื่องร้องเรียนการทุจริต')}</p>")


# ---------------------------------------------------------------- ITA pages

DRIVE = {
    "O6": "https://drive.google.com/file/d/1mPq7ZbX0sR3aTqW9kLd2VnE5yHc8uJfA/view?usp=sharing",
    "O13": "https://drive.google.com/drive/folders/1Hr6wYtN3cKbQ2pLs9XvM0aEdUf7gJiZo?usp=sharing",
    "O21": "https://drive.google.com/file/d/1rK4tSgW8nB2xLq0pVcY6mJhD3eZfAu9T/view?usp=sharing",
}


def ita_pages() -> None:
    def f(key: str, text: str = "ดาวน์โหลด") -> str:
        return f'<a href="{DOCS[key][0]}">{esc(text)}</a>'

    def p(url: str, text: str = "คลิก") -> str:
        return f'<a href="{url}">{esc(text)}</a>'

    rows = [
        ("O1", "โครงสร้างการบริหารงาน และอำนาจหน้าที่", p("/about/structure/", "โครงสร้าง") + " " + p("/about/authority/", "อำนาจหน้าที่")),
        ("O2", "ข้อมูลผู้บริหาร", p("/about/executives/")),
        ("O3", "ข้อมูลการติดต่อ และช่องทาง Q&A", p("/contact/", "ติดต่อเรา") + " " + p("/qa/", "Q&A")),
        ("O4", "ข่าวประชาสัมพันธ์", p("/news/")),
        ("O5", "แผนพัฒนาการศึกษาขั้นพื้นฐาน ระยะ 5 ปี", f("plan5")),
        ("O6", "แผนปฏิบัติการประจำปีงบประมาณ 2569", p(DRIVE["O6"], "Google Drive")),
        ("O7", "รายงานผลการดำเนินงานประจำปี 2568", f("ar2568") + " " + f("spend2568", "ผลการใช้จ่ายงบประมาณ")),
        ("O8", "คู่มือการปฏิบัติงาน", f("manualfin", "การเบิกจ่าย") + " " + f("manualdoc", "สารบรรณ")),
        ("O9", "คู่มือการให้บริการ", f("servman")),
        ("O10", "E-Service", p("/eservice/") + " " + p("/eservice/stats/", "สถิติ")),
        ("O11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", p("/procurement/skr1/")),
        ("O12", "รายงานผลการจัดซื้อจัดจ้างประจำปี 2568", f("proc2568")),
        ("O13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล", p(DRIVE["O13"], "Google Drive")),
        ("O14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปี 2568", f("hrrep2568")),
        ("O15", "ประมวลจริยธรรม", f("ethics")),
        ("O16", "แนวปฏิบัติการจัดการเรื่องร้องเรียน", p("/groups/legal/", "กลุ่มกฎหมายและคดี")),
        ("O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", p("/complaint/")),
        ("O18", "สถิติเรื่องร้องเรียน", f("cstat2568")),
        ("O19", "การเปิดโอกาสให้มีส่วนร่วม", p(f"/news/{PARTICIPATION}/", "ข่าว")),
        ("O20", "No Gift Policy", f("nogift2569", "ประกาศ") + " " + f("gift2568", "รายงาน")),
        ("O21", "การประเมินความเสี่ยงการทุจริต ปี 2569", p(DRIVE["O21"], "Google Drive")),
        ("O22", "รายงานผลการจัดการความเสี่ยงการทุจริต", f("riskmgmt2568")),
        ("O23", "แผนปฏิบัติการป้องกันการทุจริต ปี 2569", f("acplan2569")),
        ("O24", "รายงานผลการดำเนินการป้องกันการทุจริต ปี 2568", "อยู่ระหว่างรวบรวมข้อมูล"),
        ("O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนา", f("itaanalysis", "ผลการวิเคราะห์") + " " + f("measuresdraft", "มาตรการ")),
        ("O26", "รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส", f("integrityrep2568")),
    ]
    table = "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{links}</td></tr>" for c, t, links in rows)
    write("/ita/2569/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2569",
          "<p>แบบวัดการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT) "
          f"ของ {SHORT} ปรับปรุงล่าสุด 10 เมษายน 2569</p>"
          '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>' + table + "</table>")
    old = [
        ("O6", "แผนปฏิบัติการประจำปีงบประมาณ 2568", f("ap2568")),
        ("O7", "รายงานผลการดำเนินงานประจำปี 2567", f("ar2567")),
        ("O14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล 2568", f("hrplan2568")),
        ("O19", "สถิติเรื่องร้องเรียน 2568", f("cstat2568")),
        ("O22", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด", f("gift2568")),
        ("O23", "การประเมินความเสี่ยงการทุจริต 2568", f("risk2568")),
        ("O25", "แผนปฏิบัติการป้องกันการทุจริต 2568", f("acplan2568")),
        ("O26", "รายงานผลการดำเนินการป้องกันการทุจริต", f("acrep2568", "รายงานผล ปี 2568 (เพิ่มเติม ต.ค. 2568)")),
    ]
    table = "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{links}</td></tr>" for c, t, links in old)
    write("/ita/2568/", "ITA ประจำปีงบประมาณ พ.ศ. 2568",
          "<p>ข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2568 (เก็บไว้เพื่ออ้างอิง)</p>"
          '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>' + table + "</table>")


# ---------------------------------------------------------------- home, assets


def home() -> None:
    news = "".join(f'<li><a href="/news/{i}/">{esc(t)}</a> <span class="date">{be(Date(*dt))}</span></li>'
                   for i, dt, t, _b, p in NEWS[:6])
    school = "".join(f'<li><a href="/school-news/{i}/">{esc(t)}</a></li>' for i, _d, t, _p, _k in SCHOOL_NEWS[:3])
    write("/", "หน้าแรก",
          '<div class="banner"><a href="/ita/2569/">ITA 2569 การเปิดเผยข้อมูลสาธารณะ</a> &middot; '
          '<a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a> &middot; <a href="/eservice/">E-Service</a></div>'
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{news}</ul><p><a href="/news/">ดูข่าวทั้งหมด</a></p>'
          f'<h2>ข่าวโรงเรียนในสังกัด</h2><ul class="news">{school}</ul>'
          '<h2>ประกาศจัดซื้อจัดจ้าง</h2><p><a href="/procurement/">ประกาศทั้งหมด</a> &middot; '
          '<a href="/procurement/skr1/">สขร.1 รายเดือน</a></p>')


CSS = """body{font-family:Sarabun,Tahoma,sans-serif;margin:0;background:#f3f6fa}
.top{background:#1d3f72;color:#fff;padding:8px 16px;display:flex;gap:12px;align-items:center}
.menu ul{list-style:none;margin:0;padding:0;background:#2c5aa0;display:flex;flex-wrap:wrap}
.menu a{color:#fff;padding:8px 10px;display:block;text-decoration:none}
.wrap{display:flex;gap:16px;padding:12px}.side{width:240px}.content{flex:1;background:#fff;padding:12px}
table.dl,table.ita{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px}
.foot{background:#1d3f72;color:#fff;padding:12px;font-size:90%}.date{color:#777}
"""


def assets() -> None:
    from PIL import Image, ImageDraw

    os.makedirs(os.path.join(HERE, "assets", "img"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as f:
        f.write(CSS)
    shapes = {"logo.png": (48, 48), "director.png": (60, 75), "deputy1.png": (60, 75), "deputy2.png": (60, 75),
              "deputy3.png": (60, 75), "news.png": (120, 80), "chart.png": (240, 120)}
    for i, (fname, (w, h)) in enumerate(shapes.items()):
        img = Image.new("RGB", (w, h), (200 - i * 12, 210, 225))
        draw = ImageDraw.Draw(img)
        if h == 75:  # a head-and-shoulders silhouette
            draw.ellipse((18, 10, 42, 36), fill=(90, 90, 100))
            draw.rectangle((10, 42, 50, 75), fill=(60, 70, 110))
        elif fname == "chart.png":
            draw.rectangle((95, 8, 145, 30), outline=(0, 0, 0))
            for x in range(10, 230, 55):
                draw.rectangle((x, 80, x + 45, 105), outline=(0, 0, 0))
                draw.line((x + 22, 80, 120, 30), fill=(0, 0, 0))
        img.save(os.path.join(HERE, "assets", "img", fname), optimize=True)


def main() -> None:
    assets()
    home()
    about_pages()
    contact_pages()
    news_pages()
    school_pages()
    group_pages()
    procurement_pages()
    service_pages()
    ita_pages()


if __name__ == "__main__":
    main()
