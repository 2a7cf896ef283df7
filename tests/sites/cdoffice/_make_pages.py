"""Generate the HTML pages of the "cdoffice" test site (สำนักงานพัฒนาชุมชนจังหวัดภูผาทอง, invented).

Run:  python tests/sites/cdoffice/_make_pages.py   (after _make_docs.py)

A provincial community development office's site: top bar, menu, a side column (the head's name,
hotline, the department's banners, district offices) and a footer on every page; news of the
province (/news/, /news/page/2/ for FY2567) and of its district offices (/district-news/), OTOP
and village-fund pages, a download centre by category (/download/<cat>/), the department's
national documents (links off-site), and ITA pages for 2568 and 2567 (/ita/2568/, /ita/2567/).
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG, SPECIAL  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
ALL = {k: (v[0], v[1], v[2]) for k, v in DOCS.items()} | SPECIAL


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def a(key: str, text: str | None = None) -> str:
    path, title, _when = ALL[key]
    return f'<a href="{path}" target="_blank">{esc(text or title)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับหน่วยงาน", "/about/history/"), ("โครงสร้างองค์กร", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวกิจกรรม", "/news/"), ("ข่าว สพอ.", "/district-news/"),
        ("OTOP", "/otop/"), ("กองทุนหมู่บ้าน", "/village-fund/"), ("ดาวน์โหลด", "/download/"),
        ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]
DISTRICTS = ["เมืองภูผาทอง", "นาคำใหญ่", "ห้วยทรายงาม", "โพนสว่าง", "ดอนหินกอง"]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    dist = "\n".join(f"<li>สำนักงานพัฒนาชุมชนอำเภอ{esc(x)}</li>" for x in DISTRICTS)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div class="topbar">กรมการพัฒนาชุมชน กระทรวงมหาดไทย | <a href="https://www.cdd.go.th/">เว็บไซต์กรมการพัฒนาชุมชน</a> | ขนาดตัวอักษร ก- ก ก+</div>
<header><img src="/assets/logo.png" alt="ตราสัญลักษณ์" width="60"><h1>{ORG}</h1>
<p>Phu Pha Thong Provincial Community Development Office</p></header>
<nav><ul>{menu}</ul></nav>
<div class="wrap"><aside>
<h3>พัฒนาการจังหวัดภูผาทอง</h3><p>นางสาวพิมพ์ลดา วงศ์ประทุม</p>
<h3>สายด่วน</h3><p>โทร. 0 4499 0123</p>
<h3>ลิงก์หน่วยงาน</h3><ul><li><a href="https://www.cdd.go.th/">กรมการพัฒนาชุมชน</a></li>
<li><a href="https://www.otoptoday.com/">OTOP Today</a></li><li><a href="/ita/2568/">ITA 2568</a></li><li><a href="/ita/2567/">ITA 2567</a></li></ul>
<h3>สำนักงานพัฒนาชุมชนอำเภอ</h3><ul>{dist}</ul>
<p>ผู้เข้าชม 158,204 คน</p></aside>
<main><h2>{esc(title)}</h2>
{body}
</main></div>
<footer>{ORG} ศาลากลางจังหวัดภูผาทอง ชั้น 3 ถนนศรีภูผา ตำบลในเมือง อำเภอเมืองภูผาทอง จังหวัดภูผาทอง 49990<br>
โทรศัพท์ 0 4499 0123 โทรสาร 0 4499 0124 | อีเมล phuphathong@cdd.example.go.th<br>Copyright © 2568 {ORG}</footer>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(layout(title, body))


# (id, date (BE y, m, d), title, body, [doc keys])
NEWS = [
    (101, (2567, 10, 7), "สพจ.ภูผาทอง ประกาศเจตนารมณ์ไม่รับของขวัญ No Gift Policy ประจำปีงบประมาณ 2568",
     "วันที่ 7 ตุลาคม 2567 นางสาวพิมพ์ลดา วงศ์ประทุม พัฒนาการจังหวัดภูผาทอง นำข้าราชการ พนักงานราชการ และลูกจ้าง ร่วมประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่", ["nogift"]),
    (102, (2567, 11, 12), "ประชุมเครือข่ายผู้ประกอบการ OTOP จังหวัดภูผาทอง ครั้งที่ 1/2568",
     "สำนักงานพัฒนาชุมชนจังหวัดภูผาทอง จัดประชุมเครือข่ายผู้ประกอบการ OTOP ระดับจังหวัด เพื่อเตรียมความพร้อมงาน OTOP ประจำปี 2568 มีผู้เข้าร่วม 64 คน", []),
    (103, (2567, 12, 10), "ประชุมคณะอนุกรรมการกองทุนหมู่บ้านและชุมชนเมืองจังหวัด (อกจ.) ครั้งที่ 4/2567",
     "พัฒนาการจังหวัดภูผาทอง ร่วมประชุม อกจ. เพื่อพิจารณาผลการประเมินศักยภาพกองทุนหมู่บ้าน ประจำปี 2567 ณ ห้องประชุมศาลากลางจังหวัด", []),
    (104, (2568, 1, 15), "ประชุมชี้แจงประมวลจริยธรรมข้าราชการกรมการพัฒนาชุมชน ประจำปี 2568",
     "วันที่ 15 มกราคม 2568 สำนักงานพัฒนาชุมชนจังหวัดภูผาทอง จัดประชุมชี้แจงประมวลจริยธรรมและแนวทางการขับเคลื่อนจริยธรรมแก่บุคลากรทุกคน จำนวน 48 คน พร้อมมอบคู่มือการปฏิบัติตามประมวลจริยธรรม", ["ethics"]),
    (105, (2568, 2, 18), "เปิดเวทีรับฟังความคิดเห็นผู้นำชุมชน ผู้ประกอบการ และภาคีเครือข่าย ต่อการดำเนินงานพัฒนาชุมชน ปี 2568",
     "วันที่ 18 กุมภาพันธ์ 2568 สำนักงานพัฒนาชุมชนจังหวัดภูผาทอง เปิดเวทีให้ผู้นำ อช. กพสม. ผู้ประกอบการ OTOP และผู้แทนกองทุนหมู่บ้าน จำนวน 85 คน ร่วมแสดงความคิดเห็นและร่วมวางแนวทางการดำเนินโครงการส่งเสริมเศรษฐกิจฐานรากของจังหวัด ข้อเสนอที่ได้จะนำไปปรับแผนปฏิบัติงานครึ่งปีหลัง", []),
    (106, (2568, 3, 5), "อบรมพัฒนาศักยภาพคณะกรรมการพัฒนาสตรีหมู่บ้าน (กพสม.) รุ่นที่ 2",
     "สำนักงานพัฒนาชุมชนจังหวัดภูผาทอง จัดอบรมพัฒนาศักยภาพ กพสม. รุ่นที่ 2 ณ โรงแรมภูผาริเวอร์ มีผู้เข้าอบรม 120 คน", []),
    (107, (2568, 3, 25), "เชิญเที่ยวงาน ภูผาทอง OTOP สินค้าดีของดีจังหวัด 2568",
     "ขอเชิญชวนประชาชนร่วมงานจำหน่ายสินค้า OTOP ระหว่างวันที่ 3 - 7 เมษายน 2568 ณ ลานหน้าศาลากลางจังหวัดภูผาทอง", []),
    (108, (2568, 4, 8), "รายงานผลการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน ปีงบประมาณ 2568",
     "สำนักงานพัฒนาชุมชนจังหวัดภูผาทองเผยแพร่รายงานผลการดำเนินงานรอบ 6 เดือน รายละเอียดตามเอกสารแนบ", ["prog6m"]),
]
OLD_NEWS = [
    (91, (2567, 2, 20), "ประชุมประจำเดือนพัฒนากร กุมภาพันธ์ 2567", "พัฒนาการจังหวัดภูผาทองประชุมประจำเดือนพัฒนากรทุกอำเภอ", []),
    (92, (2567, 5, 14), "คัดสรรสุดยอดหนึ่งตำบลหนึ่งผลิตภัณฑ์ไทย ปี 2567", "คณะกรรมการระดับจังหวัดลงพื้นที่คัดสรรผลิตภัณฑ์ OTOP", []),
    (93, (2567, 7, 22), "ถวายพระพรชัยมงคล และปลูกต้นไม้เฉลิมพระเกียรติ", "บุคลากรสำนักงานร่วมกิจกรรมปลูกต้นไม้เฉลิมพระเกียรติ", []),
    (94, (2567, 9, 26), "สรุปผลการดำเนินงานกองทุนหมู่บ้าน ปี 2567", "สรุปผลการประเมินศักยภาพกองทุนหมู่บ้าน 612 กองทุน", []),
]
DNEWS = [
    (201, (2567, 11, 20), "เมืองภูผาทอง", "สพอ.เมืองภูผาทอง ประชุมประจำเดือนผู้นำ อช.", []),
    (202, (2567, 12, 18), "ห้วยทรายงาม", "สพอ.ห้วยทรายงาม ตรวจสุขภาพกองทุนหมู่บ้านตำบลนาแก", []),
    (203, (2568, 1, 28), "นาคำใหญ่", "สพอ.นาคำใหญ่ เผยแพร่รายงานผลการดำเนินงานป้องกันการทุจริต ปี 2567", ["acrep_dist"]),
    (204, (2568, 2, 12), "โพนสว่าง", "สพอ.โพนสว่าง จัดเวทีประชาคมหมู่บ้านเศรษฐกิจพอเพียง", []),
    (205, (2568, 3, 14), "ดอนหินกอง", "สพอ.ดอนหินกอง ส่งเสริมการตลาดผลิตภัณฑ์ผ้าทอมือ", []),
]


def bedate(t) -> str:
    y, m, d = t
    return f"{d} {MONTHS[m - 1]} {y}"


def posts(items, base: str) -> None:
    for pid, when, title, body, docs in items:
        att = "".join(f"<li>{a(k)}</li>" for k in docs)
        att = f"<h4>เอกสารแนบ</h4><ul>{att}</ul>" if att else ""
        write(f"{base}{pid}/", title, f'<p class="date">โพสต์เมื่อ {bedate(when)} โดย ผู้ดูแลระบบ</p><p>{esc(body)}</p>{att}')


def news_list(items) -> str:
    return "<ul class='news'>" + "".join(
        f'<li><a href="/news/{p}/">{esc(t)}</a> <span>{bedate(w)}</span></li>' for p, w, t, _b, _d in items) + "</ul>"


CATS = {
    "plan": ("แผนงาน / แผนปฏิบัติราชการ", ["plan6670", "ap2568", "prog6m", "ap2567", "plan6165"]),
    "report": ("รายงานผลการดำเนินงาน / สถิติ", ["annual2567", "stats2567"]),
    "manual": ("คู่มือ", ["manual", "citizen"]),
    "procure": ("จัดซื้อจัดจ้าง", ["printplan", "sk5", "sk4", "sk2", "sk1", "sk0", "sk_prev", "proc2567"]),
    "hr": ("การบริหารงานบุคคล", ["hrplan2568", "hrrep2567"]),
    "integrity": ("คุณธรรมและความโปร่งใส", ["nogift", "risk2568", "acdraft", "ethics68", "complstat", "riskrep2566",
                                            "ethics", "complguide", "gift2566", "invite"]),
}


def main() -> None:
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Tahoma,sans-serif}nav ul{display:flex;list-style:none;gap:8px}"
                ".wrap{display:flex}aside{width:230px}main{flex:1}table{border-collapse:collapse}td,th{border:1px solid #ccc}\n")
    from PIL import Image

    Image.new("RGB", (60, 60), (230, 120, 20)).save(os.path.join(HERE, "assets", "logo.png"))

    write("/", "หน้าแรก", "<h3>ข่าวกิจกรรมล่าสุด</h3>" + news_list(list(reversed(NEWS))[:6])
          + '<p><a href="/news/">ดูข่าวทั้งหมด</a></p><h3>ข่าวสำนักงานพัฒนาชุมชนอำเภอ</h3><ul>'
          + "".join(f'<li><a href="/district-news/{p}/">{esc(t)}</a></li>' for p, _w, _d, t, _x in reversed(DNEWS))
          + '</ul><h3>ประกาศจัดซื้อจัดจ้าง</h3><ul><li>' + a("printplan") + "</li></ul>")
    write("/about/history/", "ประวัติความเป็นมา", "<p>สำนักงานพัฒนาชุมชนจังหวัดภูผาทอง เป็นราชการบริหารส่วนภูมิภาค สังกัดกรมการพัฒนาชุมชน กระทรวงมหาดไทย จัดตั้งเมื่อปี พ.ศ. 2536 มีสำนักงานพัฒนาชุมชนอำเภอ 5 แห่ง</p><h3>วิสัยทัศน์</h3><p>ชุมชนเข้มแข็ง เศรษฐกิจฐานรากมั่นคง ประชาชนมีความสุข</p>")
    write("/about/structure/", "โครงสร้างองค์กรและอำนาจหน้าที่",
          "<h3>โครงสร้าง</h3><ul><li>พัฒนาการจังหวัดภูผาทอง<ul><li>ฝ่ายบริหารทั่วไป</li><li>กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน</li>"
          "<li>กลุ่มงานส่งเสริมการพัฒนาชุมชน</li><li>กลุ่มงานส่งเสริมเศรษฐกิจฐานราก</li><li>กลุ่มงานส่งเสริมการเสริมสร้างทุนชุมชน</li>"
          "<li>สำนักงานพัฒนาชุมชนอำเภอ 5 อำเภอ</li></ul></li></ul>"
          "<h3>อำนาจหน้าที่</h3><ol><li>จัดทำยุทธศาสตร์การพัฒนาชุมชนระดับจังหวัด</li><li>ส่งเสริมและพัฒนาเศรษฐกิจฐานรากและผลิตภัณฑ์ชุมชน</li>"
          "<li>ส่งเสริมการบริหารจัดการทุนชุมชนและกองทุนหมู่บ้าน</li><li>ประสานและสนับสนุนการปฏิบัติงานของสำนักงานพัฒนาชุมชนอำเภอ</li></ol>"
          '<p><a href="/about/authority/">รายละเอียดอำนาจหน้าที่ตามกฎกระทรวง</a></p>')
    write("/about/authority/", "อำนาจหน้าที่ตามกฎกระทรวง",
          "<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมการพัฒนาชุมชน สำนักงานพัฒนาชุมชนจังหวัดมีอำนาจหน้าที่ ส่งเสริมกระบวนการเรียนรู้ของประชาชน "
          "สนับสนุนการจัดทำแผนชุมชน ส่งเสริมเศรษฐกิจชุมชน และปฏิบัติงานร่วมกับหรือสนับสนุนหน่วยงานอื่นที่เกี่ยวข้อง</p>")
    write("/about/executives/", "ผู้บริหาร", "<table><tr><th>ชื่อ</th><th>ตำแหน่ง</th><th>โทร</th></tr>"
          "<tr><td>นางสาวพิมพ์ลดา วงศ์ประทุม</td><td>พัฒนาการจังหวัดภูผาทอง</td><td>0 4499 0123 ต่อ 11</td></tr>"
          "<tr><td>นายธนากร ศรีมหาวงศ์</td><td>หัวหน้ากลุ่มงานยุทธศาสตร์การพัฒนาชุมชน</td><td>ต่อ 12</td></tr>"
          "<tr><td>นางวิไลวรรณ แสนคำภา</td><td>หัวหน้ากลุ่มงานส่งเสริมเศรษฐกิจฐานราก</td><td>ต่อ 13</td></tr>"
          "<tr><td>นางสาวอรอุมา พรหมจันทร์</td><td>หัวหน้าฝ่ายบริหารทั่วไป</td><td>ต่อ 14</td></tr></table>")
    write("/contact/", "ติดต่อเรา", "<p>ที่อยู่ ศาลากลางจังหวัดภูผาทอง ชั้น 3 ถนนศรีภูผา ตำบลในเมือง อำเภอเมืองภูผาทอง จังหวัดภูผาทอง 49990</p>"
          "<p>โทรศัพท์ 0 4499 0123 โทรสาร 0 4499 0124</p><p>อีเมล phuphathong@cdd.example.go.th</p>"
          '<p>Facebook: <a href="https://www.facebook.com/example.cdd.phuphathong">สพจ.ภูผาทอง</a></p><p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>')
    write("/news/", "ข่าวกิจกรรม", news_list(list(reversed(NEWS))) + '<p>หน้า 1 <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวกิจกรรม (หน้า 2)", news_list(list(reversed(OLD_NEWS))) + '<p><a href="/news/">1</a> หน้า 2</p>')
    posts(NEWS, "/news/")
    posts(OLD_NEWS, "/news/")
    write("/district-news/", "ข่าวสำนักงานพัฒนาชุมชนอำเภอ", "<ul>" + "".join(
        f'<li><a href="/district-news/{p}/">{esc(t)}</a> ({bedate(w)})</li>' for p, w, _d, t, _x in reversed(DNEWS)) + "</ul>")
    for pid, when, dist, title, docs in DNEWS:
        att = "".join(f"<li>{a(k)}</li>" for k in docs)
        write(f"/district-news/{pid}/", title, f"<p>{bedate(when)} | สำนักงานพัฒนาชุมชนอำเภอ{dist}</p><p>{esc(title)}</p>"
              + (f"<ul>{att}</ul>" if att else ""))
    write("/otop/", "ผลิตภัณฑ์ OTOP", "<p>ผลิตภัณฑ์เด่นของจังหวัด: ผ้าไหมมัดหมี่ลายภูผา ข้าวฮางงอก น้ำพริกปลาร้าบอง</p>"
          '<p><a href="/otop/register/">การลงทะเบียนผู้ประกอบการ OTOP</a></p>')
    write("/otop/register/", "การลงทะเบียนผู้ผลิต ผู้ประกอบการ OTOP", "<p>ยื่นคำขอได้ที่สำนักงานพัฒนาชุมชนอำเภอทุกแห่ง</p><p>" + a("citizen") + "</p>")
    write("/village-fund/", "กองทุนหมู่บ้านและชุมชนเมือง", "<p>จังหวัดภูผาทองมีกองทุนหมู่บ้าน 612 กองทุน</p><p>" + a("manual") + "</p>")
    write("/districts/", "สำนักงานพัฒนาชุมชนอำเภอ", "<ul>" + "".join(f"<li>สำนักงานพัฒนาชุมชนอำเภอ{x}</li>" for x in DISTRICTS) + "</ul>")
    write("/download/", "ดาวน์โหลดเอกสาร", "<ul>" + "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, (t, _k) in CATS.items())
          + '<li><a href="/download/department/">เอกสารกรมการพัฒนาชุมชน</a></li></ul>')
    for cat, (title, keys) in CATS.items():
        rows = "".join(f"<tr><td>{i}</td><td>{a(k)}</td><td>{be(ALL[k][2])}</td></tr>" for i, k in enumerate(keys, 1))
        write(f"/download/{cat}/", title, f"<table><tr><th>ที่</th><th>ชื่อเอกสาร</th><th>วันที่</th></tr>{rows}</table>")
    write("/download/department/", "เอกสารกรมการพัฒนาชุมชน", '<ul><li><a href="https://www.cdd.go.th/plan">แผนปฏิบัติราชการกรมการพัฒนาชุมชน ประจำปี 2568</a></li>'
          '<li><a href="https://www.cdd.go.th/ita">ITA กรมการพัฒนาชุมชน</a></li><li><a href="https://www.cdd.go.th/hr">แผนกลยุทธ์การบริหารทรัพยากรบุคคล กรมการพัฒนาชุมชน</a></li></ul>')
    write("/eservice/", "E-Service", "<p>ระบบบริการออนไลน์</p><ul>"
          '<li><a href="https://forms.example.com/cdd-phuphathong/otop-register">แบบคำขอลงทะเบียนผู้ประกอบการ OTOP ออนไลน์</a></li>'
          '<li><a href="https://forms.example.com/cdd-phuphathong/consult">ขอรับคำปรึกษากองทุนหมู่บ้านออนไลน์</a></li></ul>')
    write("/complaint/", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", "<p>แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ได้ทาง</p><ul>"
          "<li>ด้วยตนเอง / ไปรษณีย์ ถึงพัฒนาการจังหวัดภูผาทอง ศาลากลางจังหวัด ชั้น 3</li><li>โทรศัพท์ 0 4499 0123</li>"
          '<li><a href="https://forms.example.com/cdd-phuphathong/complaint">แบบฟอร์มร้องเรียนออนไลน์</a></li></ul>'
          "<p>ผู้ร้องเรียนจะได้รับการคุ้มครองและเก็บรักษาข้อมูลเป็นความลับ</p><p>" + a("complguide") + "</p>")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)", '<ul><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li><li><a href="/ita/2567/">ITA ประจำปี 2567</a></li></ul>')
    ita68 = [
        ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", [
            ("O1", "โครงสร้างหน่วยงาน", '<a href="/about/structure/">คลิก</a>'),
            ("O2", "ข้อมูลผู้บริหาร", '<a href="/about/executives/">คลิก</a>'),
            ("O3", "ข้อมูลการติดต่อ", '<a href="/contact/">คลิก</a>'),
            ("O4", "ข่าวประชาสัมพันธ์", '<a href="/news/">คลิก</a>'),
            ("O5", "แผนพัฒนาชุมชนจังหวัด", a("plan6670", "แผนพัฒนาชุมชนจังหวัด 2566-2570")),
            ("O6", "แผนปฏิบัติราชการและรายงานความก้าวหน้า", a("ap2568", "แผนปฏิบัติราชการ 2568") + " / " + a("prog6m", "รอบ 6 เดือน")),
            ("O7", "รายงานผลการดำเนินงานประจำปี", a("annual2567", "รายงานประจำปี 2567")),
            ("O8", "คู่มือการปฏิบัติงาน", a("manual", "คู่มือ")),
            ("O9", "คู่มือสำหรับประชาชน", a("citizen", "คู่มือ")),
            ("O10", "E-Service", '<a href="/eservice/">คลิก</a>'),
            ("O11", "สถิติการให้บริการ", '<a href="/download/report/">คลิก</a>'),
            ("O12", "ผลการจัดซื้อจัดจ้าง สขร.1", '<a href="/download/procure/">คลิก</a>'),
            ("O13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", a("proc2567", "รายงานปี 2567")),
            ("O14", "แผนพัฒนาบุคลากร", a("hrplan2568", "แผน 2568")),
            ("O15", "รายงานผลการบริหารและพัฒนาบุคลากร", a("hrrep2567", "รายงาน 2567")),
        ]),
        ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", [
            ("O16", "ประมวลจริยธรรม", a("ethics", "ประมวลจริยธรรม") + " / " + a("ethics68", "แผนขับเคลื่อน 2568")),
            ("O17", "แนวปฏิบัติการจัดการเรื่องร้องเรียน", a("complguide", "คลิก")),
            ("O18", "ช่องทางร้องเรียนการทุจริต", '<a href="/complaint/">คลิก</a>'),
            ("O19", "สถิติเรื่องร้องเรียน", a("complstat", "คลิก")),
            ("O20", "การมีส่วนร่วม", '<a href="/news/105/">คลิก</a>'),
            ("O21", "No Gift Policy", a("nogift", "ประกาศ")),
            ("O22", "รายงานการรับของขวัญ", "อยู่ระหว่างรวบรวม"),
            ("O23", "การประเมินความเสี่ยงสินบน", a("risk2568", "คลิก")),
            ("O24", "รายงานผลการจัดการความเสี่ยง", a("riskrep2566", "รายงานผล")),
            ("O25", "แผนป้องกันการทุจริต", a("acdraft", "แผน 2568")),
            ("O26", "รายงานผลการป้องกันการทุจริต", a("acrep_dist", "รายงาน 2567")),
        ]),
    ]
    body = ("<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) ของสำนักงานพัฒนาชุมชนจังหวัดภูผาทอง"
            " เพื่อรับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568</p>")
    for head, rows in ita68:
        body += f"<h3>{esc(head)}</h3><table><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์อ้างอิง</th></tr>" + "".join(
            f"<tr><td>{c}</td><td>{esc(t)}</td><td>{link}</td></tr>" for c, t, link in rows) + "</table>"
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", body)
    old = [("O5", "แผนพัฒนาชุมชนจังหวัด", a("plan6165", "แผน 2561-2565")), ("O6", "แผนปฏิบัติราชการ", a("ap2567", "แผน 2567")),
           ("O34", "รายงานการรับของขวัญ", a("gift2566", "ปี 2566") + " / " + a("gift2565", "ปี 2565")),
           ("O16", "สขร.1", a("sk_prev", "ก.ย. 2567"))]
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567", "<table>" + "".join(
        f"<tr><td>{c}</td><td>{esc(t)}</td><td>{link}</td></tr>" for c, t, link in old) + "</table>")


if __name__ == "__main__":
    main()
