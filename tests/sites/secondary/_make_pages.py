"""Generate the HTML pages of the "secondary" test site (สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา
ศรีวารินทร์, invented).

Run:  python tests/sites/secondary/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

An education-area template: a blue top bar with the logo, a menu, a right column (director,
quick links, the ITA pages of both years, a visitor counter) and a footer on every page; pages are
folder/index.html.  Documents are listed by category (/download/<cat>/), the monthly สขร.1 on
/procurement/, news under /news/ (two pages), the groups of the office under /groups/<x>/.  The
ITA page /ita/2568/ is a table o1 … o26 in the office's own short wording; last year's /ita/2567/
is still in the menu.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, GONE, ORG, SHORT, name  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนงาน / งบประมาณ", "report": "รายงานผลการดำเนินงาน", "procure": "จัดซื้อจัดจ้าง",
        "manual": "คู่มือ", "hr": "บริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส"}
HIDDEN = {"action_plan_67"}  # linked only from last year's ITA page
GONE_SIZE = {"gift_report": "286.4 KB", "risk_67": "512.0 KB"}
GROUPS = {
    "admin": ("กลุ่มอำนวยการ", "งานสารบรรณ งานอาคารสถานที่ งานประชาสัมพันธ์ ศูนย์บริการ ณ จุดเดียว"),
    "policy": ("กลุ่มนโยบายและแผน", "จัดทำแผนพัฒนาการศึกษา แผนปฏิบัติการ วิเคราะห์และจัดสรรงบประมาณ ติดตามรายงานผล"),
    "personnel": ("กลุ่มบริหารงานบุคคล", "การสรรหา บรรจุ แต่งตั้ง ย้าย เลื่อนเงินเดือน ทะเบียนประวัติ วินัย"),
    "promotion": ("กลุ่มส่งเสริมการจัดการศึกษา", "ระบบดูแลช่วยเหลือนักเรียน ทะเบียนนักเรียน ใบแทนหลักฐานการศึกษา"),
    "supervision": ("กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา", "นิเทศ ติดตาม ประเมินคุณภาพการศึกษา"),
    "finance": ("กลุ่มบริหารงานการเงินและสินทรัพย์", "การเงิน บัญชี พัสดุ การจัดซื้อจัดจ้าง"),
    "teacherdev": ("กลุ่มพัฒนาครูและบุคลากรทางการศึกษา", "พัฒนาครูและผู้บริหารสถานศึกษา"),
    "legal": ("กลุ่มกฎหมายและคดี", "วินัย เรื่องร้องเรียน การดำเนินคดี"),
    "audit": ("หน่วยตรวจสอบภายใน", "ตรวจสอบการเงิน บัญชี และพัสดุ ของสำนักงานและสถานศึกษา"),
    "ict": ("กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร", "ระบบเครือข่าย เว็บไซต์ ข้อมูลสารสนเทศ"),
}

# id: (date (y BE, m, d), title, body paragraphs)
NEWS = {
    3241: ((2568, 4, 2), "ประชุมผู้บริหารสถานศึกษา ครั้งที่ 3/2568",
           ["นายวีรพงษ์ ทองประเสริฐ ผอ.สพม.ศรีวารินทร์ เป็นประธานการประชุมผู้บริหารสถานศึกษาในสังกัด 46 โรง ชี้แจงการรับนักเรียน ปีการศึกษา 2568"]),
    3219: ((2568, 3, 14), "มอบเกียรติบัตรนักเรียนผู้ได้รับรางวัลงานศิลปหัตถกรรมนักเรียน",
           ["สพม.ศรีวารินทร์ มอบเกียรติบัตรแก่นักเรียน 58 คน ที่ได้รับรางวัลระดับภาค"]),
    3197: ((2568, 2, 5), "นิเทศ ติดตามการจัดการเรียนการสอน ภาคเรียนที่ 2/2567",
           ["ศึกษานิเทศก์ลงพื้นที่นิเทศโรงเรียนขนาดเล็ก 12 โรง ระหว่างวันที่ 3 - 5 กุมภาพันธ์ 2568"]),
    3184: ((2568, 1, 24), "สพม.ศรีวารินทร์ จัดประชุมรับฟังความคิดเห็นต่อร่างแผนพัฒนาการศึกษา พ.ศ. 2568 - 2570",
           ["เมื่อวันพุธที่ 22 มกราคม 2568 สพม.ศรีวารินทร์ จัดประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ณ หอประชุมสำนักงาน",
            "ผู้เข้าร่วม 168 คน ได้แก่ ผู้อำนวยการโรงเรียน 46 คน ประธานคณะกรรมการสถานศึกษา 38 คน ผู้แทนผู้ปกครอง 52 คน ผู้แทนนักเรียน 20 คน และผู้แทนองค์กรปกครองส่วนท้องถิ่น 12 คน",
            "ที่ประชุมเสนอความคิดเห็น 34 ข้อ เช่น เพิ่มทุนการศึกษาสำหรับนักเรียนยากจน ขยายการเรียนสายอาชีพทวิศึกษา และรถรับส่งนักเรียนโรงเรียนขนาดเล็ก",
            "กลุ่มนโยบายและแผนจะนำข้อเสนอไปปรับร่างแผน และรายงานผลการพิจารณาให้ผู้เข้าร่วมทราบทางเว็บไซต์"]),
    3176: ((2568, 1, 13), "ขอเชิญร่วมประชุมรับฟังความคิดเห็นต่อร่างแผนพัฒนาการศึกษา",
           ["ขอเชิญผู้บริหารสถานศึกษา คณะกรรมการสถานศึกษา และผู้ปกครอง ร่วมประชุมในวันที่ 22 มกราคม 2568 รายละเอียดตามหนังสือที่แนบ"]),
    3150: ((2567, 12, 16), "ติวเข้ม O-NET ม.6 ปีการศึกษา 2567",
           ["โครงการยกระดับผลสัมฤทธิ์ทางการเรียน จัดติวออนไลน์ให้นักเรียน ม.6 จำนวน 3,410 คน"]),
    3121: ((2567, 11, 20), "อบรมครูด้านการจัดการเรียนรู้เชิงรุก (Active Learning)",
           ["ครูจากโรงเรียนในสังกัด 230 คน เข้ารับการอบรม ระหว่างวันที่ 18 - 20 พฤศจิกายน 2567"]),
    3102: ((2567, 10, 1), "ต้อนรับผู้อำนวยการ สพม.ศรีวารินทร์ คนใหม่",
           ["บุคลากร สพม.ศรีวารินทร์ ให้การต้อนรับ นายวีรพงษ์ ทองประเสริฐ ซึ่งรายงานตัวรับตำแหน่งผู้อำนวยการ"]),
    3010: ((2567, 7, 8), "ประชุมคณะกรรมการเขตพื้นที่การศึกษา ครั้งที่ 4/2567", ["ประชุมพิจารณาการยุบรวมโรงเรียนขนาดเล็ก"]),
    2966: ((2567, 2, 20), "แข่งขันกีฬานักเรียน สพม.ศรีวารินทร์เกมส์ 2567", ["นักเรียนจาก 46 โรงเรียนเข้าร่วมการแข่งขัน"]),
    2931: ((2566, 2, 14), "อบรมส่งเสริมคุณธรรมจริยธรรม ขับเคลื่อนประมวลจริยธรรมข้าราชการครูและบุคลากรทางการศึกษา",
           ["เมื่อวันที่ 13 กุมภาพันธ์ 2566 สพม.ศรีวารินทร์ จัดอบรมบุคลากรในสำนักงาน 71 คน เรื่องประมวลจริยธรรม การป้องกันผลประโยชน์ทับซ้อน และ Do's & Don'ts ในการปฏิบัติงาน",
            "วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดศรีวารินทร์"]),
    2890: ((2565, 11, 2), "ทอดกฐินสามัคคี ประจำปี 2565", ["บุคลากรร่วมทำบุญทอดกฐิน ณ วัดศรีวารินทร์ารามวิหาร"]),
}
NEWS_PAGE1 = [3241, 3219, 3197, 3184, 3176, 3150, 3121, 3102]
NEWS_PAGE2 = [3010, 2966, 2931, 2890]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def news_date(n: int) -> str:
    y, m, day = NEWS[n][0]
    return f"{day} {MONTHS[m - 1]} {y}"


def size(key: str) -> str:
    if key in GONE:
        return GONE_SIZE[key]
    kb = os.path.getsize(os.path.join(HERE, "files", DOCS[key][0])) / 1024
    return f"{kb:.1f} KB"


def a(href: str, text: str) -> str:
    return f'<a href="{esc(href)}">{esc(text)}</a>'


def doc_link(key: str, text: str | None = None) -> str:
    row = DOCS.get(key) or GONE[key]
    return a(name(key), text or row[1])


MENU = [("/", "หน้าแรก"), ("/about/", "เกี่ยวกับ สพม."), ("/groups/", "กลุ่มงาน"), ("/news/", "ข่าวประชาสัมพันธ์"),
        ("/download/", "เอกสารเผยแพร่"), ("/procurement/", "จัดซื้อจัดจ้าง"), ("/eservice/", "E-Service"),
        ("/complaint/", "ร้องเรียน/ร้องทุกข์"), ("/ita/2568/", "ITA 2568"), ("/ita/2567/", "ITA 2567"), ("/contact/", "ติดต่อเรา")]


def page(path: str, title: str, body: str) -> None:
    menu = "".join(f"<li>{a(h, t)}</li>" for h, t in MENU)
    side = f"""<aside class="side">
<div class="box"><img src="/assets/person.svg" alt="ผู้อำนวยการ" width="120"><p>นายวีรพงษ์ ทองประเสริฐ<br>ผู้อำนวยการ{esc(ORG)}</p></div>
<div class="box"><h3>ลิงก์ด่วน</h3><ul>
<li>{a("/ita/", "ITA การประเมินคุณธรรมและความโปร่งใส")}</li><li>{a("/ita/2567/", "OIT ปี 2567")}</li>
<li>{a("/complaint/corruption/", "แจ้งเบาะแสการทุจริต")}</li><li>{a("/eservice/", "ระบบบริการออนไลน์")}</li>
<li>{a("/hr/", "งานบุคคล")}</li><li><a href="https://www.obec.go.th/">สพฐ.</a></li></ul></div>
<div class="box">สถิติผู้เข้าชม 1,284,907</div></aside>"""
    doc = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} | {esc(SHORT)}</title>
<link rel="stylesheet" href="/assets/style.css"></head><body>
<header class="top"><img src="/assets/logo.svg" alt="obec" width="60"><div><b>{esc(ORG)}</b><br>Secondary Educational Service Area Office Sriwarin</div></header>
<nav><ul class="menu">{menu}</ul></nav>
<div class="wrap"><main><h1>{esc(title)}</h1>
{body}
</main>
{side}</div>
<footer>{esc(ORG)} 199 ถนนราชพฤกษ์ ตำบลในเมือง อำเภอเมืองศรีวารินทร์ จังหวัดศรีวารินทร์ 32990 โทร 0 4471 2200 | {a("/privacy/", "นโยบายเว็บไซต์")} | {a("/sitemap/", "แผนผังเว็บไซต์")}</footer>
</body></html>
"""
    out = os.path.join(HERE, path.strip("/"), "index.html") if path != "/" else os.path.join(HERE, "index.html")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(doc)


def table(head: list[str], rows: list[list[str]]) -> str:
    h = "".join(f"<th>{c}</th>" for c in head)
    r = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="t"><tr>{h}</tr>{r}</table>'


def doc_rows(keys: list[str]) -> str:
    rows = []
    for k in keys:
        row = DOCS.get(k) or GONE[k]
        rows.append([doc_link(k), esc(CATS[row[2]]), be(row[3]), size(k)])
    return table(["เรื่อง", "หมวด", "วันที่", "ขนาด"], rows)


def cat_keys(cat: str) -> list[str]:
    keys = [k for k, v in {**DOCS, **GONE}.items() if v[2] == cat and k not in HIDDEN and k != "risk_67"]
    return sorted(keys, key=lambda k: (DOCS.get(k) or GONE[k])[3], reverse=True)


def main() -> None:
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Sarabun,Tahoma,sans-serif;margin:0}.top{background:#0b3d91;color:#fff;display:flex;gap:12px;padding:8px}"
                ".menu{display:flex;gap:14px;list-style:none;background:#f2b705;margin:0;padding:6px}.wrap{display:flex}"
                "main{flex:3;padding:12px}.side{flex:1;background:#eef3fb;padding:8px}.t{border-collapse:collapse}"
                ".t td,.t th{border:1px solid #999;padding:3px}footer{background:#0b3d91;color:#fff;padding:8px}\n")
    with open(os.path.join(HERE, "assets", "logo.svg"), "w", encoding="utf-8") as f:
        f.write('<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60"><circle cx="30" cy="30" r="28" fill="#f2b705"/></svg>\n')
    with open(os.path.join(HERE, "assets", "person.svg"), "w", encoding="utf-8") as f:
        f.write('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="150"><rect width="120" height="150" fill="#ccd"/>'
                '<circle cx="60" cy="55" r="30" fill="#889"/></svg>\n')

    latest = "".join(f"<li>{a(f'/news/{n}/', NEWS[n][1])} ({news_date(n)})</li>" for n in NEWS_PAGE1[:5])
    page("/", "หน้าแรก", f"""<p>ยินดีต้อนรับสู่เว็บไซต์{esc(ORG)} ({esc(SHORT)}) ดูแลโรงเรียนมัธยมศึกษา 46 โรง ในจังหวัดศรีวารินทร์และจังหวัดภูหินทอง</p>
<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2><ul>{latest}</ul><p>{a("/news/", "ดูข่าวทั้งหมด")}</p>
<h2>ประกาศ</h2><ul><li>{a("/procurement/", "ประกาศจัดซื้อจัดจ้าง / สขร.1")}</li><li>{a("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2568")}</li>
<li>{a("/download/plan/", "แผนงาน / งบประมาณ")}</li></ul>""")

    # about
    page("/about/", "เกี่ยวกับ สพม.", "<ul>" + "".join(f"<li>{a(h, t)}</li>" for h, t in [
        ("/about/history/", "ประวัติความเป็นมา"), ("/about/vision/", "วิสัยทัศน์ พันธกิจ"), ("/about/structure/", "โครงสร้างการบริหารงาน"),
        ("/about/authority/", "อำนาจหน้าที่"), ("/about/executives/", "ทำเนียบผู้บริหาร"), ("/about/schools/", "โรงเรียนในสังกัด")]) + "</ul>")
    page("/about/history/", "ประวัติความเป็นมา",
         "<p>สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาศรีวารินทร์ จัดตั้งขึ้นตามประกาศกระทรวงศึกษาธิการ เรื่อง กำหนดเขตพื้นที่การศึกษามัธยมศึกษา เมื่อปี พ.ศ. 2553 และปรับเขตพื้นที่ในปี พ.ศ. 2564 ให้ครอบคลุมจังหวัดศรีวารินทร์และจังหวัดภูหินทอง</p>")
    page("/about/vision/", "วิสัยทัศน์ พันธกิจ",
         "<p>วิสัยทัศน์: ผู้เรียนมีคุณภาพตามมาตรฐาน ครูมืออาชีพ บริหารจัดการด้วยหลักธรรมาภิบาล</p><p>ค่านิยม: SRIWARIN TEAM</p>")
    page("/about/structure/", "โครงสร้างการบริหารงาน", f"""<p>แผนภูมิโครงสร้างการบริหารงาน {esc(ORG)}</p>
<ul><li>ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาศรีวารินทร์
<ul><li>คณะกรรมการเขตพื้นที่การศึกษา (กศจ.) / อ.ก.ค.ศ. เขตพื้นที่การศึกษา / คณะกรรมการติดตาม ตรวจสอบ ประเมินผลและนิเทศการศึกษา (ก.ต.ป.น.)</li>
<li>รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา 3 คน
<ul>{"".join(f"<li>{esc(g[0])}</li>" for g in GROUPS.values())}</ul></li></ul></li></ul>
<p>{a("/about/authority/", "อำนาจหน้าที่")}</p>""")
    page("/about/authority/", "อำนาจหน้าที่", """<p>ตามพระราชบัญญัติระเบียบบริหารราชการกระทรวงศึกษาธิการ พ.ศ. 2546 มาตรา 37 และกฎกระทรวงว่าด้วยการแบ่งส่วนราชการในสำนักงานเขตพื้นที่การศึกษา สำนักงานเขตพื้นที่การศึกษามีอำนาจหน้าที่โดยสรุป ดังนี้</p>
<ol><li>จัดทำนโยบาย แผนพัฒนา และมาตรฐานการศึกษาของเขตพื้นที่การศึกษา ให้สอดคล้องกับนโยบายและมาตรฐานการศึกษา</li>
<li>วิเคราะห์การจัดตั้งงบประมาณเงินอุดหนุนทั่วไปของสถานศึกษา และแจ้งการจัดสรรงบประมาณ รวมทั้งกำกับ ตรวจสอบ ติดตามการใช้จ่าย</li>
<li>ประสาน ส่งเสริม สนับสนุน และพัฒนาหลักสูตรร่วมกับสถานศึกษา</li>
<li>กำกับ ดูแล ติดตาม และประเมินผลสถานศึกษาขั้นพื้นฐานในเขตพื้นที่การศึกษา</li>
<li>ศึกษา วิเคราะห์ วิจัย และรวบรวมข้อมูลเกี่ยวกับการจัดตั้ง ยุบ รวม หรือเลิกสถานศึกษา</li>
<li>ประสาน ส่งเสริม การจัดการศึกษาของบุคคล ครอบครัว องค์กรชุมชน และองค์กรปกครองส่วนท้องถิ่น</li>
<li>ดำเนินการและประสาน ส่งเสริม สนับสนุนการวิจัยและพัฒนาการศึกษา</li>
<li>ปฏิบัติงานอื่นตามที่ได้รับมอบหมาย</li></ol>""")
    execs = [("นายวีรพงษ์ ทองประเสริฐ", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาศรีวารินทร์", "08 1960 4412"),
             ("นางศิริพร แสงทอง", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา", "08 9714 2256"),
             ("นายอำนาจ ภูมิวงศ์", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา", "08 6630 5178"),
             ("นางสาวปริยากร ดีพร้อม", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา", "09 3318 7640")]
    page("/about/executives/", "ทำเนียบผู้บริหาร", "".join(
        f'<div class="card"><img src="/assets/person.svg" alt="{esc(n)}" width="120"><p><b>{esc(n)}</b><br>{esc(p)}<br>โทร {t}</p></div>'
        for n, p, t in execs))
    page("/about/schools/", "โรงเรียนในสังกัด", table(["ที่", "โรงเรียน", "อำเภอ"], [
        ["1", "ศรีวารินทร์วิทยาคม", "เมืองศรีวารินทร์"], ["2", "ภูหินทองพิทยาคม", "เมืองภูหินทอง"],
        ["3", "บ้านนาคำวิทยา", "นาคำ"], ["4", "ห้วยทรายศึกษา", "ห้วยทราย"], ["5", "โนนแดงราษฎร์บำรุง", "โนนแดง"]]) + "<p>และอีก 41 โรง</p>")
    page("/contact/", "ติดต่อเรา", f"""<p>{esc(ORG)}<br>199 ถนนราชพฤกษ์ ตำบลในเมือง อำเภอเมืองศรีวารินทร์ จังหวัดศรีวารินทร์ 32990</p>
<p>โทรศัพท์ 0 4471 2200 โทรสาร 0 4471 2210<br>อีเมล สารบรรณ: <a href="mailto:saraban@spmsrivarin.go.th">saraban@spmsrivarin.go.th</a></p>
<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>
<p><a href="https://maps.google.com/?q=15.1201,104.3307">แผนที่ Google Maps</a></p>
<h2>เบอร์ภายในกลุ่มงาน</h2>{table(["กลุ่ม", "โทร"], [[esc(g[0]), f"0 4471 22{i:02d}"] for i, g in enumerate(GROUPS.values(), 1)])}""")

    # groups
    page("/groups/", "กลุ่มงาน", "<ul>" + "".join(f"<li>{a(f'/groups/{k}/', v[0])}</li>" for k, v in GROUPS.items()) + "</ul>")
    for k, (g, duty) in GROUPS.items():
        extra = ""
        if k == "policy":
            extra = f"<p>{a('/download/plan/', 'แผนงาน / งบประมาณ')} | {a('/download/report/', 'รายงานผล')}</p>"
        elif k == "personnel":
            extra = f"<p>{a('/hr/', 'งานบุคคล')}</p>"
        elif k == "finance":
            extra = f"<p>{a('/procurement/', 'สขร.1 รายเดือน')}</p>"
        elif k == "legal":
            extra = f"<p>{a('/complaint/', 'ร้องเรียน/ร้องทุกข์')}</p>"
        page(f"/groups/{k}/", g, f"<p>ภารกิจ: {esc(duty)}</p>{extra}")

    # news
    def news_list(ids: list[int]) -> str:
        return "<ul>" + "".join(f"<li>{a(f'/news/{n}/', NEWS[n][1])} <small>{news_date(n)}</small></li>" for n in ids) + "</ul>"

    page("/news/", "ข่าวประชาสัมพันธ์", news_list(NEWS_PAGE1) + f"<p>หน้า 1 | {a('/news/page/2/', '2')}</p>")
    page("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", news_list(NEWS_PAGE2) + f"<p>{a('/news/', '1')} | หน้า 2</p>")
    for n, (_dt, title, body) in NEWS.items():
        extra = ""
        if n == 3176:
            extra = f"<p>เอกสารแนบ: {doc_link('forum_invite')}</p>"
        page(f"/news/{n}/", title, f"<p><small>วันที่ {news_date(n)} โดย งานประชาสัมพันธ์</small></p>"
             + "".join(f"<p>{esc(p)}</p>" for p in body) + extra)

    # downloads
    page("/download/", "เอกสารเผยแพร่", "<ul>" + "".join(f"<li>{a(f'/download/{c}/', t)}</li>" for c, t in CATS.items())
         + "</ul><h2>เอกสารล่าสุด</h2>" + doc_rows(sorted([k for k in DOCS if k not in HIDDEN], key=lambda k: DOCS[k][3], reverse=True)[:8]))
    for c, t in CATS.items():
        keys = cat_keys(c)
        if c == "procure":
            keys = [k for k in keys if not k.startswith("proc_2")]
            body = f"<p>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ดูที่ {a('/procurement/', 'หน้าจัดซื้อจัดจ้าง')}</p>" + doc_rows(keys)
        else:
            body = doc_rows(keys)
        page(f"/download/{c}/", t, body)

    # procurement monthly
    months = ["proc_2568_03", "proc_2568_01", "proc_2567_12", "proc_2567_11", "proc_2567_10", "proc_2567_09"]
    page("/procurement/", "สรุปผลการจัดซื้อจัดจ้าง (สขร.1)", "<p>กลุ่มบริหารงานการเงินและสินทรัพย์ เผยแพร่สรุปผลการดำเนินการจัดซื้อจัดจ้างรายเดือน</p>"
         + table(["เรื่อง", "วันที่", "ขนาด"], [[doc_link(k), be(DOCS[k][3]), size(k)] for k in months])
         + f"<p>ประกาศอื่น: {doc_link('print_notice')}</p>")

    # e-service
    page("/eservice/", "E-Service ระบบบริการออนไลน์", """<p>ยื่นคำขอรับบริการออนไลน์ ไม่ต้องเดินทางมาที่สำนักงาน เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>
<form method="post" action="https://docs.google.com/forms/d/e/1FAIpQLSfSriwarinEservice2568/formResponse">
<label>ชื่อ-สกุล <input name="name" required></label><br>
<label>เลขประจำตัวประชาชน <input name="idcard"></label><br>
<label>บริการที่ต้องการ <select name="service"><option>ขอหนังสือรับรองเงินเดือน</option><option>ขอใบแทนหลักฐานการศึกษา (ปพ.1)</option>
<option>ขอหนังสือรับรองการเป็นข้าราชการครู</option><option>ขอสำเนา ก.พ.7</option></select></label><br>
<label>อีเมล/โทรศัพท์ <input name="contact"></label><br><label>แนบไฟล์ <input type="file" name="file"></label><br>
<button type="submit">ส่งคำขอ</button></form>
<p><a href="/eservice/stats/">สถิติการให้บริการ</a></p>""")
    stats = [["ต.ค. 66", "184", "41"], ["พ.ย. 66", "203", "55"], ["ธ.ค. 66", "156", "38"], ["ม.ค. 67", "221", "62"],
             ["ก.พ. 67", "197", "47"], ["มี.ค. 67", "265", "70"], ["เม.ย. 67", "139", "29"], ["พ.ค. 67", "288", "81"],
             ["มิ.ย. 67", "241", "66"], ["ก.ค. 67", "212", "58"], ["ส.ค. 67", "199", "52"], ["ก.ย. 67", "174", "44"],
             ["รวม", "2,479", "643"]]
    page("/eservice/stats/", "ข้อมูลสถิติการให้บริการ", "<p>สถิติการให้บริการ ศูนย์บริการ ณ จุดเดียว (One Stop Service) และ E-Service</p>"
         + table(["เดือน", "ผู้รับบริการ ณ สำนักงาน (ราย)", "E-Service (ราย)"], stats)
         + f"<p><small>ปรับปรุงข้อมูลล่าสุด 8 ต.ค. 2567</small></p><p>ดูเพิ่มเติม: {doc_link('satisfaction')}</p>")

    # HR
    page("/hr/", "งานบุคคล", f"<ul><li>{a('/hr/plan/', 'แผนการบริหารและพัฒนาทรัพยากรบุคคล')}</li><li>{a('/download/hr/', 'เอกสารงานบุคคล')}</li>"
         f"<li>{doc_link('manual_hr')}</li></ul>")
    page("/hr/plan/", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", "<h2>แผนพัฒนาบุคลากร สพม.ศรีวารินทร์ ประจำปีงบประมาณ พ.ศ. 2567</h2>"
         "<p>แผนพัฒนาบุคลากรฉบับนี้ใช้ในช่วง 1 ตุลาคม 2566 - 30 กันยายน 2567 มุ่งพัฒนาบุคลากรในสำนักงานให้มีสมรรถนะตามตำแหน่ง ทักษะดิจิทัล และยึดมั่นในจริยธรรม</p>"
         + table(["ที่", "หลักสูตร/กิจกรรม", "กลุ่มเป้าหมาย", "งบประมาณ (บาท)", "ระยะเวลา"], [
             ["1", "การจัดซื้อจัดจ้างภาครัฐ e-GP", "เจ้าหน้าที่พัสดุ 28 คน", "35,000", "ธ.ค. 2566"],
             ["2", "ทักษะดิจิทัลสำหรับบุคลากร", "บุคลากรทุกคน", "48,000", "ก.พ. - มี.ค. 2567"],
             ["3", "จริยธรรมและการป้องกันผลประโยชน์ทับซ้อน", "บุคลากรทุกคน", "22,000", "มิ.ย. 2567"],
             ["4", "ศึกษาดูงานการบริหารจัดการสำนักงานต้นแบบ", "ผู้อำนวยการกลุ่ม", "60,000", "ส.ค. 2567"]])
         + "<p>นโยบายการบริหารทรัพยากรบุคคล: สรรหาคนดีคนเก่ง พัฒนาอย่างต่อเนื่อง ประเมินผลอย่างเป็นธรรม รักษาคนดีไว้ในระบบ</p>")

    # complaints
    page("/complaint/", "ร้องเรียน/ร้องทุกข์", f"""<p>ช่องทางการร้องเรียน: ด้วยตนเอง ณ กลุ่มกฎหมายและคดี, โทร 0 4471 2209, ตู้รับเรื่องร้องเรียนหน้าสำนักงาน, ทางเว็บไซต์</p>
<ul><li>{a("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ออนไลน์)")}</li><li>{doc_link("complaint_manual")}</li>
<li>{doc_link("complaint_stats")}</li></ul>""")
    page("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """<p>ผู้ร้องเรียนไม่จำเป็นต้องเปิดเผยชื่อ ข้อมูลจะถูกเก็บเป็นความลับ</p>
<form method="post" action="https://docs.google.com/forms/d/e/1FAIpQLSfSriwarinCorrupt/formResponse">
<label>ชื่อ-สกุล (ไม่บังคับ) <input name="name"></label><br><label>ช่องทางติดต่อกลับ <input name="contact"></label><br>
<label>ผู้ถูกร้องเรียน/หน่วยงาน <input name="who" required></label><br><label>รายละเอียดการกระทำ <textarea name="detail" required></textarea></label><br>
<label>หลักฐาน <input type="file" name="evidence"></label><br><button type="submit">ส่งเรื่องร้องเรียน</button></form>
<p>หรือโทรสายตรงกลุ่มกฎหมายและคดี 0 4471 2209</p>""")

    # ITA
    page("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
         f"<ul><li>{a('/ita/2568/', 'ITA ปีงบประมาณ 2568')}</li><li>{a('/ita/2567/', 'ITA ปีงบประมาณ 2567')}</li></ul>")
    f = doc_link
    rows68 = [
        ("o1", "โครงสร้าง / อำนาจหน้าที่", f"{a('/about/structure/', 'โครงสร้าง')} {a('/about/authority/', 'อำนาจหน้าที่')}"),
        ("o2", "ผู้บริหาร", a("/about/executives/", "ทำเนียบผู้บริหาร")),
        ("o3", "ข้อมูลการติดต่อ", a("/contact/", "ติดต่อเรา")),
        ("o4", "ข่าวประชาสัมพันธ์", a("/news/", "ข่าวประชาสัมพันธ์")),
        ("o5", "แผนพัฒนาการศึกษา", f"{f('plan_old', 'แผนพัฒนาการศึกษา')} / {f('plan_draft', 'ร่างแผนพัฒนาการศึกษา 2568-2570')}"),
        ("o6", "แผนปฏิบัติการ / แผนการใช้จ่าย / รายงานรอบ 6 เดือน",
         f"{f('action_plan', 'แผนปฏิบัติการ 2568')} {f('budget_plan', 'แผนการใช้จ่ายงบประมาณ')} {f('six_month', 'รายงานผลรอบ 6 เดือน')}"),
        ("o7", "รายงานผลการดำเนินงานประจำปี", a("/download/report/", "คลิก")),
        ("o8", "คู่มือการปฏิบัติงาน", f("manual_hr", "คู่มือ")),
        ("o9", "คู่มือการให้บริการ", f("service_manual", "คู่มือ")),
        ("o10", "E-Service", a("/eservice/", "E-Service")),
        ("o11", "สถิติการให้บริการ", a("/eservice/stats/", "สถิติ")),
        ("o12", "สขร.1 / ความก้าวหน้าการจัดซื้อจัดจ้าง", a("/procurement/", "คลิก")),
        ("o13", "สรุปผลจัดซื้อจัดจ้างประจำปี", f("proc_annual", "รายงาน")),
        ("o14", "แผนบริหารและพัฒนาบุคลากร", a("/hr/plan/", "แผน HR")),
        ("o15", "รายงานผลการบริหารและพัฒนาบุคลากร", f("hr_report", "รายงาน")),
        ("o16", "ประมวลจริยธรรม / การขับเคลื่อน", f"{f('ethics_code', 'ประมวลจริยธรรม')} {a('/news/2931/', 'กิจกรรมขับเคลื่อน')}"),
        ("o17", "แนวปฏิบัติเรื่องร้องเรียน", f("complaint_manual", "คู่มือ")),
        ("o18", "ช่องทางร้องเรียนการทุจริต", a("/complaint/corruption/", "แจ้งเบาะแส")),
        ("o19", "สถิติเรื่องร้องเรียน", f("complaint_stats", "สถิติ")),
        ("o20", "การมีส่วนร่วม", a("/news/3184/", "กิจกรรม")),
        ("o21", "No Gift Policy", "อยู่ระหว่างปรับปรุงข้อมูล"),
        ("o22", "รายงานการรับของขวัญ", f("gift_report", "รายงาน")),
        ("o23", "ประเมินความเสี่ยงสินบน", f("risk", "ผลการประเมิน")),
        ("o24", "รายงานจัดการความเสี่ยงการทุจริต", f("risk_report", "รายงาน")),
        ("o25", "แผนป้องกันการทุจริต", f("ac_plan", "แผน")),
        ("o26", "รายงานผลการป้องกันการทุจริต", f("ac_report", "รายงาน")),
    ]
    page("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. 2568",
         table(["ข้อ", "รายการ", "ลิงก์"], [[c, esc(t), link] for c, t, link in rows68]))
    rows67 = [
        ("o1", "โครงสร้าง", a("/about/structure/", "คลิก")), ("o5", "แผนพัฒนาการศึกษา 2563-2567", f("plan_old", "คลิก")),
        ("o6", "แผนปฏิบัติการ 2567", f("action_plan_67", "คลิก")), ("o13", "สขร.1", a("/procurement/", "คลิก")),
        ("o15", "แผนพัฒนาบุคลากร 2567", a("/hr/plan/", "คลิก")), ("o19", "ประมวลจริยธรรม", f("ethics_code", "คลิก")),
        ("o27", "ประกาศ No Gift Policy", f("nogift_old", "คลิก")), ("o30", "ประเมินความเสี่ยงการทุจริต 2567", f("risk_67", "คลิก")),
    ]
    page("/ita/2567/", "OIT ปีงบประมาณ พ.ศ. 2567", "<p>ข้อมูลการเปิดเผยข้อมูลสาธารณะ ปี 2567</p>"
         + table(["ข้อ", "รายการ", "ลิงก์"], [[c, esc(t), link] for c, t, link in rows67]))

    page("/privacy/", "นโยบายเว็บไซต์", "<p>เว็บไซต์นี้เก็บข้อมูลการเข้าชมเพื่อปรับปรุงบริการ ไม่เปิดเผยข้อมูลส่วนบุคคลแก่บุคคลภายนอก</p>")
    page("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(h, t)}</li>" for h, t in MENU + [
        ("/about/structure/", "โครงสร้าง"), ("/hr/", "งานบุคคล"), ("/eservice/stats/", "สถิติการให้บริการ")]) + "</ul>")


if __name__ == "__main__":
    main()
