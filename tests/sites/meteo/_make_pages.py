"""Generate the HTML pages of the "meteo" test site (ศูนย์อุตุนิยมวิทยาภาคกลางตอนบน, invented).

Run:  python tests/sites/meteo/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A regional meteorological centre of กรมอุตุนิยมวิทยา on the department's shared template: a
header with the department's name, a menu, a right column (the director, today's forecast box,
hotline 1182, quick links) and a footer on every page; pages are folder/index.html.  Weather
pages, news (/news/, two pages), monthly procurement summaries (/procurement/), a download
section by category (/download/<cat>/).  Most ITA items sit on ONE long page, /ita/, in
accordion sections (<details>) by sub-indicator, each row an item in the centre's own short
wording whose links go to files, pages or a category list; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "ศูนย์อุตุนิยมวิทยาภาคกลางตอนบน"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนยุทธศาสตร์ / แผนปฏิบัติราชการ", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "ข้อมูลสถิติ", "procure": "ประกาศจัดซื้อจัดจ้าง", "hr": "การบริหารทรัพยากรบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน / เอกสารทั่วไป"}
HIDDEN = {"ita-analysis-67", "risk-68-old"}  # linked only from the ITA pages
MISSING_SIZE = {"risk-report-68": "356.2 KB", "risk-68-old": "298.4 KB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับศูนย์ฯ", "/about/"), ("พยากรณ์อากาศ", "/weather/forecast/"),
        ("เตือนภัย", "/weather/warning/"), ("ข้อมูลภูมิอากาศ", "/weather/climate/"), ("ข่าวสาร", "/news/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"), ("บริการออนไลน์", "/eservice/"),
        ("ITA", "/ita/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/tmd-region.css"></head>
<body>
<div class="topbar">กรมอุตุนิยมวิทยา กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม | สายด่วนพยากรณ์อากาศ 1182 | <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<header><img src="/assets/emblem.png" alt="ตรากรมอุตุนิยมวิทยา" width="70" height="70">
<div class="brand"><strong>{ORG}</strong><br><small>Upper Central Meteorological Center · นครสวรรค์</small></div></header>
<nav><ul class="menu">
{menu}
</ul></nav>
<div class="wrap">
<main><h1>{esc(title)}</h1>
{body}
</main>
<aside>
<div class="box"><img src="/assets/director.png" alt="ผู้อำนวยการ" width="110" height="130"><p>นายกิตติพงษ์ แสงอรุณ<br>ผู้อำนวยการศูนย์อุตุนิยมวิทยาภาคกลางตอนบน</p></div>
<div class="box"><h3>พยากรณ์อากาศวันนี้</h3><p>ภาคกลางตอนบน: อากาศร้อนถึงร้อนจัด มีฝนฟ้าคะนองร้อยละ 20 ของพื้นที่ อุณหภูมิต่ำสุด 24-26 องศา สูงสุด 37-40 องศา</p><p><a href="/weather/forecast/">ดูพยากรณ์อากาศ 7 วัน</a></p></div>
<div class="box"><h3>ลิงก์ด่วน</h3><ul>
<li><a href="/ita/">การประเมิน ITA</a></li>
<li><a href="/complaint/">แจ้งเรื่องร้องเรียน</a></li>
<li><a href="/eservice/">ขอข้อมูลอุตุนิยมวิทยาออนไลน์</a></li>
<li><a href="/qa/">ถาม-ตอบ</a></li>
<li><a href="https://www.tmd.go.th/">กรมอุตุนิยมวิทยา</a></li>
</ul></div>
</aside>
</div>
<footer>{ORG} เลขที่ 219 ถนนสวรรค์วิถี ตำบลปากน้ำโพ อำเภอเมืองนครสวรรค์ จังหวัดนครสวรรค์ 60000<br>
โทรศัพท์ 0 5622 1947 โทรสาร 0 5622 1948 อีเมล umc_saraban@tmd.go.th · <a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/links/">หน่วยงานที่เกี่ยวข้อง</a><br>
© 2569 {ORG} สงวนลิขสิทธิ์</footer>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    out = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if key in MISSING_SIZE:
        return MISSING_SIZE[key]
    n = os.path.getsize(os.path.join(HERE, f(key).lstrip("/")))
    return f"{n / 1024:.1f} KB"


def doc_row(key: str) -> str:
    title, _cat, up, ext, _ = ROWS[key]
    return (f'<tr><td><img src="/assets/{ext}.gif" alt="{ext}" width="16" height="16"> '
            f'<a href="{f(key)}">{esc(title)}</a></td><td>{be(up)}</td><td>{size_of(key)}</td></tr>')


def doc_table(keys: list[str]) -> str:
    rows = "\n".join(doc_row(k) for k in keys)
    return f'<table class="docs"><tr><th>เอกสาร</th><th>วันที่</th><th>ขนาด</th></tr>\n{rows}\n</table>'


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k, r in ROWS.items() if k not in HIDDEN and not k.startswith("proc-20")
            and (cat is None or r[1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, date (B.E. text), title, body
    (1017, "2 เม.ย. 2569", "ศูนย์ฯ ร่วมจัดงานวันอุตุนิยมวิทยาโลก 2569",
     "<p>เมื่อวันที่ 23 มีนาคม 2569 ศูนย์อุตุนิยมวิทยาภาคกลางตอนบนเปิดให้นักเรียนและประชาชนเยี่ยมชมสวนอุตุนิยมวิทยา "
     "และการปล่อยบอลลูนตรวจอากาศชั้นบน มีผู้เข้าชม 340 คน</p>"),
    (1015, "24 มี.ค. 2569", "ประกาศเตือนพายุฤดูร้อน ฉบับที่ 3 (24 - 26 มี.ค. 2569)",
     "<p>บริเวณจังหวัดนครสวรรค์ พิษณุโลก เพชรบูรณ์ และกำแพงเพชร จะมีพายุฝนฟ้าคะนอง ลมกระโชกแรง และลูกเห็บตกบางพื้นที่ "
     "ขอให้ประชาชนหลีกเลี่ยงการอยู่ในที่โล่งแจ้งและใต้ต้นไม้ใหญ่</p>"),
    (1012, "16 ก.พ. 2569", "สรุปผลการประชุมรับฟังความคิดเห็นผู้ใช้ข้อมูลอุตุนิยมวิทยา ประจำปี 2569",
     "<p>เมื่อวันที่ 12 กุมภาพันธ์ 2569 ศูนย์ฯ จัดประชุมรับฟังความคิดเห็นผู้ใช้ข้อมูลอุตุนิยมวิทยา ณ ห้องประชุมชั้น 2 "
     "มีผู้เข้าร่วม 68 คน จากองค์กรปกครองส่วนท้องถิ่น 21 แห่ง สำนักงานเกษตรจังหวัด 4 แห่ง กลุ่มเกษตรกร และอาสาสมัครเตือนภัย</p>"
     "<h3>ข้อเสนอของผู้เข้าร่วม</h3><ol><li>ขอให้ส่งข่าวเตือนภัยผ่านกลุ่ม LINE ของตำบลโดยตรง</li>"
     "<li>ขอพยากรณ์อากาศเพื่อการเกษตรรายอำเภอในช่วงฤดูเพาะปลูก</li><li>ขอให้ติดตั้งสถานีวัดฝนเพิ่มในพื้นที่ลุ่มน้ำยม</li></ol>"
     "<h3>การดำเนินการของศูนย์ฯ</h3><p>ศูนย์ฯ เปิดกลุ่ม LINE เตือนภัยระดับอำเภอแล้ว 12 กลุ่ม (มีนาคม 2569) "
     "และบรรจุการพยากรณ์เพื่อการเกษตรรายอำเภอไว้ในแผนงานฤดูฝน 2569</p>"),
    (1011, "27 ม.ค. 2569", "ขอเชิญร่วมประชุมรับฟังความคิดเห็นผู้ใช้ข้อมูลอุตุนิยมวิทยา",
     f'<p>ศูนย์ฯ ขอเชิญผู้แทนหน่วยงานและประชาชนร่วมประชุมในวันที่ 12 กุมภาพันธ์ 2569 เวลา 09.00 น. '
     f'<a href="{f("invite-69")}">หนังสือเชิญ (ดาวน์โหลด)</a></p>'),
    (1010, "2 ก.พ. 2569", "ประกาศรับสมัครพนักงานราชการ ตำแหน่งนักอุตุนิยมวิทยา",
     f'<p>รับสมัคร 9 - 20 กุมภาพันธ์ 2569 <a href="{f("recruit-69")}">รายละเอียดประกาศ</a></p>'),
    (1008, "26 ม.ค. 2569", "กิจกรรมขับเคลื่อนจริยธรรม \"คนอุตุฯ ซื่อตรง โปร่งใส\" ประจำปี 2569",
     "<p>เมื่อวันที่ 22 มกราคม 2569 ผู้อำนวยการศูนย์ฯ เป็นประธานกิจกรรมขับเคลื่อนจริยธรรมตามประมวลจริยธรรมข้าราชการพลเรือน "
     "บุคลากรเข้าร่วม 49 คน มีการบรรยายเรื่องผลประโยชน์ทับซ้อน กรณีศึกษาการออกหนังสือรับรองข้อมูลอากาศ "
     "และการกล่าวคำปฏิญาณตนเป็นข้าราชการที่ดี</p>"),
    (1005, "10 ธ.ค. 2568", "อบรมอาสาสมัครเฝ้าระวังภัยธรรมชาติ รุ่นที่ 1/2569",
     "<p>ศูนย์ฯ อบรมอาสาสมัครเฝ้าระวังภัยจาก 5 อำเภอ จำนวน 42 คน เรื่องการอ่านค่าเครื่องวัดฝนและการแจ้งเหตุ</p>"),
    (1003, "18 พ.ย. 2568", "ต้อนรับคณะศึกษาดูงานจากโรงเรียนบ้านเกาะยมวิทยา",
     "<p>นักเรียนชั้นมัธยมศึกษาปีที่ 5 จำนวน 45 คน ศึกษาดูงานการตรวจอากาศและเรดาร์</p>"),
    (1001, "27 ต.ค. 2568", "ประกาศการเริ่มต้นฤดูหนาวของประเทศไทย พ.ศ. 2568",
     "<p>กรมอุตุนิยมวิทยาประกาศเริ่มต้นฤดูหนาวตั้งแต่วันที่ 27 ตุลาคม 2568 ภาคกลางตอนบนอุณหภูมิต่ำสุด 17 - 19 องศาเซลเซียส</p>"),
    (990, "15 ก.ย. 2568", "คาดหมายสิ้นสุดฤดูฝน ปี 2568",
     "<p>คาดว่าภาคกลางตอนบนจะสิ้นสุดฤดูฝนในช่วงปลายเดือนตุลาคม 2568</p>"),
    (978, "24 มี.ค. 2568", "วันอุตุนิยมวิทยาโลก 2568",
     "<p>ศูนย์ฯ จัดนิทรรศการวันอุตุนิยมวิทยาโลก 23 มีนาคม 2568</p>"),
    (921, "3 ต.ค. 2566", "ศูนย์ฯ ประกาศเจตนารมณ์ไม่รับของขวัญ (No Gift Policy)",
     f'<p>ผู้อำนวยการศูนย์ฯ ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ '
     f'<a href="{f("no-gift-67")}">ประกาศฉบับเต็ม</a></p>'),
]


def news_pages() -> None:
    for nid, date, title, body in NEWS:
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {date} · โดย ฝ่ายบริหารทั่วไป</p>{body}'
              '<p><a href="/news/">« ข่าวสารทั้งหมด</a></p>')
    first, second = NEWS[:9], NEWS[9:]
    for p, items in ((1, first), (2, second)):
        lis = "\n".join(f'<li><span class="date">{date}</span> <a href="/news/{nid}/">{esc(title)}</a></li>'
                        for nid, date, title, _ in items)
        pager = '<p class="pager">หน้า 1 · <a href="/news/page/2/">2</a></p>' if p == 1 else \
            '<p class="pager"><a href="/news/">1</a> · หน้า 2</p>'
        write("/news/" if p == 1 else "/news/page/2/", "ข่าวสารและกิจกรรม", f'<ul class="news">{lis}</ul>{pager}')


# ---------------------------------------------------------------- ITA

def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


ITA_2569 = [  # section, rows (code, wording, links)
    ("9.1 ข้อมูลพื้นฐาน", [
        ("O1", "โครงสร้างและอำนาจหน้าที่", [a("/about/structure/", "แผนผังโครงสร้าง"), a("/about/authority/", "อำนาจหน้าที่")]),
        ("O2", "ผู้บริหาร", [a("/about/executives/", "ทำเนียบผู้บริหาร")]),
        ("O3", "ช่องทางติดต่อและถาม-ตอบ", [a("/contact/", "ติดต่อเรา"), a("/qa/", "กระดานถาม-ตอบ")]),
        ("O4", "ข่าวประชาสัมพันธ์", [a("/news/", "ข่าวสารและกิจกรรม")]),
    ]),
    ("9.2 การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("O5", "แผนยุทธศาสตร์ของศูนย์ฯ", [a(f("strategy-64-68"), "แผนยุทธศาสตร์ศูนย์อุตุนิยมวิทยาภาคกลางตอนบน")]),
        ("O6", "แผนปฏิบัติราชการและแผนการใช้จ่ายงบประมาณ ปี 2569",
         [a(f("op-69"), "แผนปฏิบัติราชการ 2569"), a(f("spend-69"), "แผนการใช้จ่ายงบประมาณ 2569")]),
        ("O7", "รายงานผลการดำเนินงานประจำปี", [a("/download/report/", "รายงานผลการดำเนินงาน")]),
        ("O8", "คู่มือการปฏิบัติงาน", [a(f("sop-obs"), "คู่มือการปฏิบัติงาน การตรวจอากาศผิวพื้น")]),
        ("O9", "คู่มือการขอรับบริการ", [a(f("service-manual"), "คู่มือการขอรับบริการข้อมูลอุตุนิยมวิทยา")]),
        ("O10", "E-Service และสถิติการให้บริการ", [a("/eservice/", "ระบบขอข้อมูลออนไลน์"),
                                                  a(f("service-69"), "สถิติการให้บริการ 2569")]),
    ]),
    ("9.3 การจัดซื้อจัดจ้าง", [
        ("O11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", [a("/procurement/", "สขร.1 ปีงบประมาณ 2569")]),
        ("O12", "รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี", [a(f("proc-year-67"), "รายงานสรุปผลการจัดซื้อจัดจ้าง")]),
    ]),
    ("9.4 การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("O13", "หลักเกณฑ์และแผนการบริหารทรัพยากรบุคคล", [a(f("hr-criteria"), "หลักเกณฑ์ฯ"), a(f("hr-plan-68"), "แผนพัฒนาบุคลากร")]),
        ("O14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [a(f("hr-report-68"), "รายงานผล ปี 2568")]),
        ("O15", "ประมวลจริยธรรมและการขับเคลื่อน", [a(f("ethics"), "ประมวลจริยธรรม"), a("/news/1008/", "กิจกรรมขับเคลื่อนจริยธรรม 2569")]),
    ]),
    ("9.5 การส่งเสริมความโปร่งใส", [
        ("O16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [a(f("complaint-guide"), "แนวปฏิบัติฯ")]),
        ("O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [a("/complaint/", "แจ้งเรื่องร้องเรียนออนไลน์")]),
        ("O18", "สถิติเรื่องร้องเรียนการทุจริต", [a(f("complaint-68"), "สถิติเรื่องร้องเรียน")]),
        ("O19", "การเปิดโอกาสให้มีส่วนร่วม", [a("/news/1012/", "ผลการประชุมรับฟังความคิดเห็นผู้ใช้ข้อมูล 2569")]),
    ]),
    ("10.1 การป้องกันการทุจริต", [
        ("O20", "No Gift Policy", [a(f("no-gift-67"), "ประกาศนโยบาย No Gift Policy"),
                                   a(f("gift-report-68"), "รายงานผลการรับของขวัญ ปี 2568")]),
        ("O21", "การประเมินความเสี่ยงการทุจริต", [a(f("risk-69"), "ผลการประเมินความเสี่ยง ปี 2569")]),
        ("O22", "รายงานผลการบริหารความเสี่ยงการทุจริต", [a(f("risk-report-68"), "รายงานผล ปี 2568")]),
    ]),
    ("10.2 การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("O23", "แผนปฏิบัติการป้องกันการทุจริต", [a(f("anti-plan-68"), "แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ 2569")]),
        ("O24", "รายงานผลการป้องกันการทุจริต", [a(f("anti-report-68"), "รายงานผล ปี 2568")]),
        ("O25", "การนำผลการประเมิน ITA ไปพัฒนาองค์กร", [a(f("ita-analysis-67"), "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร")]),
        ("O26", "รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส", [a(f("integrity-68"), "รายงานผล ปี 2568")]),
    ]),
]

ITA_2568 = [
    ("O5", "แผนยุทธศาสตร์", [a(f("strategy-64-68"), "แผนยุทธศาสตร์ 2564-2568")]),
    ("O6", "แผนปฏิบัติราชการ ปี 2568", [a(f("op-68"), "แผนปฏิบัติราชการ 2568")]),
    ("O7", "รายงานผลการดำเนินงาน", [a(f("report-67"), "รายงานผลการดำเนินงาน ปี 2567")]),
    ("O11", "สขร.1", [a(f("proc-2025-09"), "สขร.1 ก.ย. 2568")]),
    ("O13", "แผนพัฒนาบุคลากร", [a(f("hr-plan-68"), "แผนพัฒนาบุคลากร 2568")]),
    ("O21", "No Gift Policy", [a(f("no-gift-67"), "ประกาศ No Gift Policy")]),
    ("O22", "การประเมินความเสี่ยงการทุจริต", [a(f("risk-68-old"), "ประเมินความเสี่ยง ปี 2568")]),
    ("O36", "แผนปฏิบัติการป้องกันการทุจริต", [a(f("anti-plan-68"), "แผนปฏิบัติการป้องกันการทุจริต ปี 2568")]),
    ("O39", "มาตรการส่งเสริมคุณธรรมฯ", [a(f("ita-analysis-67"), "วิเคราะห์ผล ITA 2567 และมาตรการฯ 2568")]),
]


def ita_pages() -> None:
    parts = []
    for section, rows in ITA_2569:
        trs = "\n".join(f'<tr><td class="code">{c}</td><td>{esc(w)}</td><td>{" · ".join(links)}</td></tr>'
                        for c, w, links in rows)
        parts.append(f'<details class="acc" open><summary>{esc(section)}</summary>\n'
                     f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n{trs}\n</table></details>')
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569",
          '<p>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต (แบบวัด OIT) '
          'คลิกหัวข้อเพื่อเปิด/ปิด</p>\n' + "\n".join(parts)
          + '<p>ข้อมูล ITA ปีก่อน: <a href="/ita/2568/">ITA 2568</a></p>')
    trs = "\n".join(f'<tr><td class="code">{c}</td><td>{esc(w)}</td><td>{" · ".join(links)}</td></tr>'
                    for c, w, links in ITA_2568)
    write("/ita/2568/", "ITA ประจำปีงบประมาณ พ.ศ. 2568 (ข้อมูลเดิม)",
          f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n{trs}\n</table>'
          '<p><a href="/ita/">« ITA ปี 2569</a></p>')


# ---------------------------------------------------------------- other pages

def static_pages() -> None:
    latest = "\n".join(f'<li>{date} <a href="/news/{nid}/">{esc(t)}</a></li>' for nid, date, t, _ in NEWS[:5])
    write("/", "หน้าแรก",
          '<div class="alert"><a href="/news/1015/">⚠ ประกาศเตือนพายุฤดูร้อน ฉบับที่ 3</a></div>'
          f'<h2>ข่าวล่าสุด</h2><ul class="news">{latest}</ul>'
          '<h2>บริการ</h2><ul><li><a href="/weather/forecast/">พยากรณ์อากาศ 7 วัน</a></li>'
          '<li><a href="/weather/agro/">พยากรณ์อากาศเพื่อการเกษตร</a></li><li><a href="/weather/radar/">ภาพเรดาร์</a></li>'
          '<li><a href="/eservice/">ขอหนังสือรับรองข้อมูลอากาศออนไลน์</a></li></ul>')
    write("/about/", "ประวัติศูนย์อุตุนิยมวิทยาภาคกลางตอนบน",
          '<p>ศูนย์ฯ เป็นหน่วยงานในสังกัดกรมอุตุนิยมวิทยา ตั้งอยู่ที่จังหวัดนครสวรรค์ รับผิดชอบพื้นที่ 8 จังหวัด '
          'มีสถานีอุตุนิยมวิทยาในสังกัด 7 แห่งและสถานีเรดาร์ตรวจอากาศ 1 แห่ง</p>'
          '<ul><li><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></li><li><a href="/about/structure/">โครงสร้าง</a></li>'
          '<li><a href="/about/authority/">อำนาจหน้าที่</a></li><li><a href="/about/executives/">ผู้บริหาร</a></li>'
          '<li><a href="/about/stations/">สถานีในสังกัด</a></li></ul>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ",
          '<p><strong>วิสัยทัศน์</strong> เป็นศูนย์กลางข้อมูลอุตุนิยมวิทยาของภาคกลางตอนบนที่แม่นยำ ทันเหตุการณ์</p>'
          '<ol><li>ตรวจ วิเคราะห์ และพยากรณ์อากาศในพื้นที่รับผิดชอบ</li><li>เตือนภัยธรรมชาติ</li><li>ให้บริการข้อมูล</li></ol>')
    write("/about/structure/", "โครงสร้างศูนย์อุตุนิยมวิทยาภาคกลางตอนบน",
          '<p><img src="/assets/chart.png" alt="แผนผังโครงสร้าง" width="480" height="150"></p>'
          '<ul class="tree"><li>ผู้อำนวยการศูนย์อุตุนิยมวิทยาภาคกลางตอนบน<ul>'
          '<li>ฝ่ายบริหารทั่วไป (งานสารบรรณ การเงินและบัญชี พัสดุ บุคคล)</li>'
          '<li>ส่วนพยากรณ์อากาศ (กลุ่มพยากรณ์อากาศ กลุ่มเตือนภัย กลุ่มบริการข้อมูล)</li>'
          '<li>ส่วนตรวจอากาศและเครื่องมือ (สถานีอุตุนิยมวิทยา 7 แห่ง งานซ่อมบำรุงเครื่องมือ)</li>'
          '<li>สถานีเรดาร์ตรวจอากาศนครสวรรค์</li></ul></li></ul>'
          '<p>อำนาจหน้าที่: <a href="/about/authority/">อำนาจหน้าที่ของศูนย์ฯ</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          '<p>ตามกฎกระทรวงแบ่งส่วนราชการกรมอุตุนิยมวิทยา ศูนย์อุตุนิยมวิทยาภาคมีอำนาจหน้าที่ ดังนี้</p><ol>'
          '<li>ตรวจอากาศผิวพื้น อากาศชั้นบน และเรดาร์ในพื้นที่รับผิดชอบ</li>'
          '<li>วิเคราะห์และพยากรณ์อากาศประจำวัน พยากรณ์อากาศเพื่อการเกษตรและการคมนาคม</li>'
          '<li>ติดตาม เฝ้าระวัง และเตือนภัยธรรมชาติที่เกิดจากสภาวะอากาศ</li>'
          '<li>ให้บริการข้อมูลและรับรองข้อมูลอุตุนิยมวิทยาแก่หน่วยงานและประชาชน</li>'
          '<li>ควบคุม ดูแล และบำรุงรักษาเครื่องมือของสถานีในสังกัด</li>'
          '<li>ปฏิบัติงานร่วมกับหรือสนับสนุนหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย</li></ol>')
    people = [("นายกิตติพงษ์ แสงอรุณ", "ผู้อำนวยการศูนย์อุตุนิยมวิทยาภาคกลางตอนบน", "0 5622 1940"),
              ("นางสาวพรทิพย์ ชุ่มเมฆ", "หัวหน้าฝ่ายบริหารทั่วไป", "0 5622 1941"),
              ("นายธนากร ลมโชย", "หัวหน้าส่วนพยากรณ์อากาศ", "0 5622 1943"),
              ("นางวราภรณ์ ฝนทอง", "หัวหน้าส่วนตรวจอากาศและเครื่องมือ", "0 5622 1944"),
              ("นายสุรเชษฐ์ ดาวเหนือ", "หัวหน้าสถานีเรดาร์ตรวจอากาศนครสวรรค์", "0 5622 1946")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="100" height="120">'
                    f'<p><strong>{esc(n)}</strong><br>{esc(p)}<br>โทร. {t}</p></div>' for n, p, t in people)
    write("/about/executives/", "ผู้บริหาร", cards)
    stations = ["สถานีอุตุนิยมวิทยานครสวรรค์", "สถานีอุตุนิยมวิทยาอุทัยธานี", "สถานีอุตุนิยมวิทยาชัยนาท",
                "สถานีอุตุนิยมวิทยากำแพงเพชร", "สถานีอุตุนิยมวิทยาพิจิตร", "สถานีอุตุนิยมวิทยาเพชรบูรณ์",
                "สถานีอุตุนิยมวิทยาสุโขทัย"]
    write("/about/stations/", "สถานีในสังกัด", "<ul>" + "".join(f"<li>{s}</li>" for s in stations) + "</ul>")
    write("/contact/", "ติดต่อเรา",
          f'<p>{ORG}<br>เลขที่ 219 ถนนสวรรค์วิถี ตำบลปากน้ำโพ อำเภอเมืองนครสวรรค์ จังหวัดนครสวรรค์ 60000</p>'
          '<p>โทรศัพท์ 0 5622 1947 (ในวันและเวลาราชการ) · ห้องพยากรณ์อากาศ 0 5622 1945 (ตลอด 24 ชั่วโมง) · '
          'โทรสาร 0 5622 1948<br>อีเมล <a href="mailto:umc_saraban@tmd.go.th">umc_saraban@tmd.go.th</a> · '
          'Facebook: ศูนย์อุตุนิยมวิทยาภาคกลางตอนบน</p>'
          '<p><a href="https://maps.google.com/?q=15.7047,100.1372">แผนที่ตั้ง (Google Maps)</a></p>'
          '<p>สอบถามข้อมูล: <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          '<div class="q"><p><strong>ถาม</strong> (ผู้ใช้: เกษตรกรบรรพตพิสัย, 9 มี.ค. 2569) ปีนี้ฝนจะเริ่มตกเมื่อไร จะได้เตรียมหว่านข้าว</p>'
          '<p><strong>ตอบ</strong> (ส่วนพยากรณ์อากาศ, 10 มี.ค. 2569) คาดว่าจะเข้าสู่ฤดูฝนประมาณกลางเดือนพฤษภาคม 2569 '
          'ติดตามพยากรณ์อากาศเพื่อการเกษตรรายสัปดาห์ได้ที่เว็บไซต์</p></div>'
          '<div class="q"><p><strong>ถาม</strong> (ผู้ใช้: บริษัทประกันภัย, 2 ก.พ. 2569) ขอข้อมูลฝนย้อนหลังเพื่อประกอบการเคลมต้องทำอย่างไร</p>'
          '<p><strong>ตอบ</strong> (ฝ่ายบริหารทั่วไป, 3 ก.พ. 2569) ยื่นคำขอทางเมนูบริการออนไลน์ได้ ใช้เวลา 3 วันทำการ</p></div>'
          '<form action="/qa/" method="post"><label>ชื่อ <input name="name"></label><br>'
          '<label>อีเมล <input name="email" type="email"></label><br>'
          '<label>คำถาม <textarea name="question" required></textarea></label><br><button>ส่งคำถาม</button></form>')
    write("/eservice/", "บริการออนไลน์ (E-Service) ขอข้อมูลอุตุนิยมวิทยา / หนังสือรับรองสภาวะอากาศ",
          '<p>ยื่นคำขอข้อมูลอุตุนิยมวิทยาได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>'
          '<form action="/eservice/" method="post"><label>ชื่อ-สกุล <input name="fullname" required></label><br>'
          '<label>เลขประจำตัวประชาชน <input name="cid"></label><br><label>โทรศัพท์ <input name="tel" required></label><br>'
          '<label>ข้อมูลที่ต้องการ <select name="kind"><option>ปริมาณฝนรายวัน</option><option>อุณหภูมิ</option>'
          '<option>หนังสือรับรองสภาวะอากาศ</option></select></label><br><label>สถานี/ช่วงวันที่ <input name="range"></label><br>'
          '<label>วัตถุประสงค์ <textarea name="purpose"></textarea></label><br><label>แนบไฟล์ <input type="file" name="att"></label><br>'
          '<button>ส่งคำขอ</button></form>'
          f'<p>สถิติการให้บริการ: <a href="{f("service-69")}">สถิติการให้บริการ ต.ค. 68 - มี.ค. 69 (XLSX)</a> · '
          f'<a href="{f("service-manual")}">คู่มือการขอรับบริการ</a></p>')
    write("/complaint/", "แจ้งเรื่องร้องเรียน / ร้องเรียนการทุจริตและประพฤติมิชอบ",
          '<p>ผู้ร้องไม่จำเป็นต้องเปิดเผยชื่อ ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับ</p>'
          '<form action="/complaint/" method="post"><label>ประเภท <select name="type"><option>ร้องเรียนการทุจริตและประพฤติมิชอบ</option>'
          '<option>ร้องเรียนการให้บริการ</option></select></label><br><label>ชื่อ (ไม่บังคับ) <input name="name"></label><br>'
          '<label>เจ้าหน้าที่/เรื่องที่ร้องเรียน <input name="subject" required></label><br>'
          '<label>รายละเอียด <textarea name="detail" required></textarea></label><br>'
          '<label>หลักฐาน <input type="file" name="evidence"></label><br><button>ส่งเรื่อง</button></form>'
          '<p>ช่องทางอื่น: โทร. 0 5622 1947 · ตู้รับเรื่องร้องเรียนหน้าอาคาร · '
          '<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท. (สายด่วน 1206)</a></p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>ศูนย์ฯ เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นต่อการให้บริการตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/links/", "หน่วยงานที่เกี่ยวข้อง",
          '<ul><li><a href="https://www.tmd.go.th/">กรมอุตุนิยมวิทยา</a></li>'
          '<li><a href="https://www.disaster.go.th/">กรมป้องกันและบรรเทาสาธารณภัย</a></li></ul>')
    write("/weather/forecast/", "พยากรณ์อากาศ 7 วันข้างหน้า ภาคกลางตอนบน",
          '<table class="docs"><tr><th>วัน</th><th>สภาพอากาศ</th><th>อุณหภูมิ (°C)</th></tr>'
          + "".join(f"<tr><td>{d_}</td><td>{w}</td><td>{t}</td></tr>" for d_, w, t in (
              ("จันทร์", "ร้อนจัด ฝนฟ้าคะนองร้อยละ 10", "25-40"), ("อังคาร", "ร้อนจัด", "26-40"),
              ("พุธ", "ฝนฟ้าคะนองร้อยละ 30 ลมกระโชกแรง", "25-37"), ("พฤหัสบดี", "ฝนฟ้าคะนองร้อยละ 40", "24-36"),
              ("ศุกร์", "ร้อน มีเมฆบางส่วน", "25-38"), ("เสาร์", "ร้อน", "25-39"), ("อาทิตย์", "ร้อนจัด", "26-40")))
          + "</table><p>ออกประกาศโดย ส่วนพยากรณ์อากาศ</p>")
    write("/weather/warning/", "ประกาศเตือนภัย",
          '<ul><li><a href="/news/1015/">ประกาศเตือนพายุฤดูร้อน ฉบับที่ 3 (24 มี.ค. 2569)</a></li></ul>')
    write("/weather/agro/", "พยากรณ์อากาศเพื่อการเกษตร",
          "<p>ช่วงนี้อากาศร้อนจัด เกษตรกรควรให้น้ำพืชในช่วงเช้าและระวังโรคใบไหม้ในนาข้าวนาปรัง</p>")
    write("/weather/climate/", "ข้อมูลภูมิอากาศ",
          '<p>ปริมาณฝนเฉลี่ยรายปี (คาบ 30 ปี) นครสวรรค์ 1,130 มิลลิเมตร · อุณหภูมิสูงสุดที่เคยตรวจวัดได้ 43.6 องศาเซลเซียส</p>'
          '<p>สรุปลักษณะอากาศรายเดือน: <a href="/weather/climate/monthly/">ดูรายเดือน</a></p>')
    write("/weather/climate/monthly/", "สรุปลักษณะอากาศรายเดือน",
          "<ul><li>มีนาคม 2569: ร้อนกว่าค่าปกติ 1.2 องศา ฝนน้อยกว่าค่าปกติร้อยละ 35</li>"
          "<li>กุมภาพันธ์ 2569: ฝนน้อยกว่าค่าปกติ</li><li>มกราคม 2569: อากาศเย็นในตอนเช้า</li></ul>")
    write("/weather/radar/", "ภาพเรดาร์ตรวจอากาศนครสวรรค์",
          '<p><img src="/assets/radar.png" alt="ภาพเรดาร์ล่าสุด" width="240" height="240"></p><p>ปรับปรุงทุก 15 นาที</p>')
    sitemap = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{sitemap}<li><a href=\"/ita/2568/\">ITA 2568</a></li></ul>")


def download_pages() -> None:
    cats = "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f'<ul class="cats">{cats}</ul><h2>เอกสารล่าสุด</h2>{doc_table(listed()[:12])}')
    for c, t in CATS.items():
        write(f"/download/{c}/", f"ดาวน์โหลด: {t}", doc_table(listed(c)) + '<p><a href="/download/">« หมวดเอกสารทั้งหมด</a></p>')


def procurement_pages() -> None:
    months = sorted((k for k in ROWS if k.startswith("proc-20")), key=lambda k: ROWS[k][2], reverse=True)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)",
          "<p>ฝ่ายบริหารทั่วไปเผยแพร่ภายในวันที่ 10 ของเดือนถัดไป</p>" + doc_table(months)
          + '<p>ประกาศจัดซื้อจัดจ้าง: <a href="/procurement/notice/">ดูทั้งหมด</a></p>')
    write("/procurement/notice/", "ประกาศจัดซื้อจัดจ้าง",
          doc_table(listed("procure")) + '<p>ประกาศผ่านระบบ e-GP: <a href="https://process3.gprocurement.go.th/">ระบบ e-GP</a></p>')


def assets() -> None:
    from PIL import Image, ImageDraw

    folder = os.path.join(HERE, "assets")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "tmd-region.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0;background:#eef4fa}.topbar{background:#0b3d6e;color:#fff;"
                 "padding:4px 12px;font-size:13px}.topbar a{color:#fff}header{display:flex;gap:12px;padding:10px;background:#fff}"
                 ".menu{display:flex;flex-wrap:wrap;list-style:none;margin:0;padding:0;background:#1565a8}.menu a{color:#fff;"
                 "display:block;padding:8px 12px}.wrap{display:flex;gap:16px;padding:12px}main{flex:3;background:#fff;padding:12px}"
                 "aside{flex:1}.box{background:#fff;margin-bottom:10px;padding:8px}table{border-collapse:collapse;width:100%}"
                 "td,th{border:1px solid #ccd;padding:4px}details.acc summary{background:#1565a8;color:#fff;padding:6px;"
                 "cursor:pointer;margin-top:6px}footer{background:#0b3d6e;color:#fff;padding:12px;font-size:13px}"
                 "footer a{color:#cde}.card{display:inline-block;width:30%;vertical-align:top}")
    specs = {"emblem.png": (70, 70, (21, 101, 168)), "director.png": (110, 130, (180, 180, 190)),
             "person.png": (100, 120, (190, 190, 200)), "chart.png": (480, 150, (240, 240, 250)),
             "radar.png": (240, 240, (10, 30, 20))}
    for fname, (w, h, colour) in specs.items():
        img = Image.new("RGB", (w, h), colour)
        ImageDraw.Draw(img).rectangle([4, 4, w - 5, h - 5], outline=(255, 255, 255))
        img.save(os.path.join(folder, fname), optimize=True)
    for ext, colour in (("pdf", (200, 30, 30)), ("docx", (30, 80, 200)), ("doc", (30, 80, 200)),
                        ("xlsx", (30, 140, 60)), ("xls", (30, 140, 60))):
        Image.new("RGB", (16, 16), colour).save(os.path.join(folder, f"{ext}.gif"))


def main() -> None:
    assets()
    static_pages()
    news_pages()
    ita_pages()
    download_pages()
    procurement_pages()


if __name__ == "__main__":
    main()
