"""Generate the HTML pages of the "saocoast" test site (องค์การบริหารส่วนตำบลอ่าวหินเพิง, invented).

Run:  python tests/sites/saocoast/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A coastal อบต. on a provider's template: a top bar, a menu, a right column (the chief executive,
tide and weather box, quick links, visitor counter) and a footer on every page; pages are
folder/index.html.  Documents are listed by category (/download/<cat>/), the monthly สขร.1 on
/procurement/, news under /news/ (two pages), tourism pages.  The ITA page /ita/2569/ is a table of
o1 … o26 in the office's own short wording whose links go to files, pages or category lists; last
year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "องค์การบริหารส่วนตำบลอ่าวหินเพิง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "ข้อบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
HIDDEN = {"anti-report-66", "old-risk-67", "integrity-report-68-old"}  # linked only from the ITA pages
MISSING_SIZE = {"integrity-report-68-old": "388.2 KB", "old-risk-67": "201.5 KB"}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}".translate(TH)


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าแรก", "/"), ("ข้อมูลพื้นฐาน", "/about/history/"), ("โครงสร้างส่วนราชการ", "/about/structure/"),
        ("คณะผู้บริหาร", "/about/executives/"), ("สภา อบต.", "/about/council/"), ("ข่าวสาร", "/news/"),
        ("ประกาศจัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลดเอกสาร", "/download/"), ("ท่องเที่ยว", "/tourism/"),
        ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"), ("ITA", "/ita/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/coast.css"></head>
<body>
<div class="topbar">{ORG} อำเภอแหลมทองคำ จังหวัดระยอง · ศูนย์รับแจ้งเหตุ ๒๔ ชม. โทร. ๐ ๓๘๖๑ ๒๐๔๗</div>
<header><img src="/assets/logo.png" alt="ตรา อบต.อ่าวหินเพิง" width="72" height="72">
<span class="name">{ORG}</span><span class="slogan">ทะเลสวย หาดสะอาด ชุมชนประมงเข้มแข็ง</span></header>
<nav><ul class="menu">
{menu}
</ul></nav>
<div class="wrap"><main>
<h1>{esc(title)}</h1>
{body}
</main>
<aside>
<div class="box"><b>นายก อบต.อ่าวหินเพิง</b><br><img src="/assets/chief.jpg" alt="นายประเสริฐ ทะเลงาม" width="90" height="110"><br>
นายประเสริฐ ทะเลงาม<br>สายตรงนายก ๐๘ ๑๙๔๒ ๗๗๑๓</div>
<div class="box"><b>ข้อมูลน้ำขึ้น-น้ำลง</b><br>ประกาศเตือนคลื่นลมแรงจากศูนย์อุตุนิยมวิทยาภาคตะวันออก</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/ita/2569/">ITA ปี ๒๕๖๙</a><br><a href="/ita/2568/">ITA ปี ๒๕๖๘</a><br>
<a href="/eservice/">บริการออนไลน์</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/download/manual/">คู่มือประชาชน</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></div>
<div class="box">ผู้เข้าชมเว็บไซต์ ๑๔๘,๒๐๗ ครั้ง</div>
</aside></div>
<footer>{ORG} เลขที่ ๘๘ หมู่ที่ ๒ ตำบลอ่าวหินเพิง อำเภอแหลมทองคำ จังหวัดระยอง ๒๑๑๙๐<br>
โทรศัพท์ ๐ ๓๘๖๑ ๒๐๔๗ โทรสาร ๐ ๓๘๖๑ ๒๐๔๘ อีเมล saraban@aohinpoeng.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
สงวนลิขสิทธิ์ © ๒๕๖๕ {ORG} · ออกแบบโดย ระยองเว็บดีไซน์</footer>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return MISSING_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td>{i}</td><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>{ext.upper()} {size_of(k)}</td></tr>')
    return ('<table class="docs"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ขนาดไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (2291, (2026, 4, 9), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     ["ขอเชิญผู้มีหน้าที่เสียภาษีชำระภาษีภายในวันที่ 30 เมษายน 2569 ณ กองคลัง หรือชำระผ่านแอปพลิเคชันธนาคาร"]),
    (2284, (2026, 3, 28), "กิจกรรมปลูกป่าชายเลนเฉลิมพระเกียรติ บ้านคลองหอย",
     ["วันที่ 28 มีนาคม 2569 อบต.อ่าวหินเพิง ร่วมกับโรงเรียนและกลุ่มประมงพื้นบ้าน ปลูกต้นโกงกาง 3,000 ต้น ผู้เข้าร่วม 160 คน"]),
    (2276, (2026, 3, 3), "เตรียมความพร้อมจุดบริการนักท่องเที่ยวและหน่วยกู้ภัยทางน้ำช่วงฤดูท่องเที่ยว",
     ["อปพร. และเจ้าหน้าที่ไลฟ์การ์ดประจำหาดหินเพิง ประจำจุดทุกวันเสาร์-อาทิตย์ ระหว่างเดือนมีนาคม - พฤษภาคม 2569"]),
    (2269, (2026, 2, 24), "สรุปผลการประชุมประชาคมหมู่บ้าน เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2569",
     ["ระหว่างวันที่ 10 - 17 กุมภาพันธ์ 2569 อบต.อ่าวหินเพิง จัดประชุมประชาคมหมู่บ้านครบทั้ง 8 หมู่บ้าน "
      "เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมเสนอปัญหาและความต้องการ",
      "มีประชาชนเข้าร่วมรวม 486 คน เสนอโครงการทั้งสิ้น 41 โครงการ ส่วนใหญ่เป็นการป้องกันการกัดเซาะชายฝั่ง "
      "ไฟส่องสว่างริมหาด และการซ่อมท่าเทียบเรือประมงพื้นบ้าน",
      "ผลการประชาคม: หมู่ที่ 2 เสนอเขื่อนหินทิ้ง หมู่ที่ 5 เสนอซ่อมท่าเทียบเรือ หมู่ที่ 6 เสนอธนาคารปูม้า "
      "อบต. จะนำเสนอคณะกรรมการพัฒนาท้องถิ่นและแจ้งผลการพิจารณาให้ประชาชนทราบต่อไป"]),
    (2261, (2026, 1, 29), "ขอเชิญร่วมประชุมประชาคมหมู่บ้าน ประจำปี 2569",
     ["ขอเชิญพี่น้องประชาชนร่วมประชุมประชาคมหมู่บ้าน ระหว่างวันที่ 10 - 17 กุมภาพันธ์ 2569",
      '<a href="{invite}">หนังสือเชิญประชุม</a>']),
    (2255, (2026, 1, 22), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2569",
     ["วันที่ 22 มกราคม 2569 อบต.อ่าวหินเพิง จัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานส่วนท้องถิ่น "
      "ให้ผู้บริหาร สมาชิกสภา และพนักงานนำไปปฏิบัติ พร้อมจัดทำ Do's & Don'ts ของหน่วยงาน",
      "ผู้เข้าร่วม ผู้บริหาร 4 คน สมาชิกสภา 8 คน พนักงานและพนักงานจ้าง 43 คน รวม 55 คน"]),
    (2247, (2025, 12, 27), "กิจกรรมทำความสะอาดชายหาดต้อนรับปีใหม่ 2569",
     ["ร่วมกับผู้ประกอบการรีสอร์ตเก็บขยะชายหาดหินเพิงได้ 1.2 ตัน"]),
    (2238, (2025, 12, 1), "เปิดกระดานถาม-ตอบบนเว็บไซต์",
     ["ประชาชนสามารถส่งคำถามถึง อบต. ได้ที่เมนูถาม-ตอบ เจ้าหน้าที่จะตอบภายใน 3 วันทำการ"]),
    (2230, (2025, 11, 5), "งานประเพณีลอยกระทงทะเล ประจำปี 2568",
     ["จัดงาน ณ ลานหาดหินเพิง วันที่ 5 พฤศจิกายน 2568 มีการประกวดกระทงจากวัสดุธรรมชาติ"]),
    (2222, (2025, 10, 14), "ประกาศรับสมัครพนักงานจ้างทั่วไป ตำแหน่งพนักงานขับเรือ",
     ["รับสมัครระหว่างวันที่ 20 - 31 ตุลาคม 2568 ณ สำนักปลัด"]),
]
OLD_NEWS = [
    (2140, (2025, 8, 22), "สภาเด็กและเยาวชนตำบลอ่าวหินเพิงต้านทุจริต",
     ["จัดกิจกรรมเยาวชนต้านทุจริต ผู้เข้าร่วม 40 คน"]),
    (2101, (2025, 5, 30), "ประกาศเตือนภัยคลื่นลมแรงช่วงมรสุมตะวันตกเฉียงใต้",
     ["งดออกเรือประมงขนาดเล็กระหว่างวันที่ 30 พฤษภาคม - 3 มิถุนายน 2568"]),
    (2063, (2025, 2, 20), "สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี 2568",
     ["ระหว่างวันที่ 3 - 10 กุมภาพันธ์ 2568 จัดประชาคมครบ 8 หมู่บ้าน ผู้เข้าร่วม 452 คน เสนอโครงการ 37 โครงการ"]),
    (2040, (2024, 12, 12), "โครงการอบรมคุณธรรมจริยธรรม ประจำปี 2568",
     ["อบรมบุคลากรเรื่องประมวลจริยธรรม ผู้เข้าร่วม 58 คน"]),
]


def news_pages() -> None:
    def item_html(nid, ymd, title):
        from datetime import date

        return f'<li><a href="/news/{nid}/">{esc(title)}</a> <small>({be(date(*ymd))})</small></li>'

    from datetime import date

    for nid, ymd, title, paras in NEWS + OLD_NEWS:
        body = "".join(f"<p>{p.format(invite=f('invite-meeting')) if '{invite}' in p else esc(p)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(date(*ymd))}</p>{body}'
              f'<p><a href="/news/">« กลับหน้าข่าวสาร</a></p>')
    write("/news/", "ข่าวสารประชาสัมพันธ์", "<ul class='news'>" + "".join(item_html(*n[:3]) for n in NEWS)
          + '</ul><p>หน้า 1 | <a href="/news/page/2/">2</a></p>')
    write("/news/page/2/", "ข่าวสารประชาสัมพันธ์ (หน้า 2)", "<ul class='news'>"
          + "".join(item_html(*n[:3]) for n in OLD_NEWS) + '</ul><p><a href="/news/">1</a> | หน้า 2</p>')


# ---------------------------------------------------------------- ITA pages

def link(k: str, text: str | None = None) -> str:
    return f'<a href="{f(k)}">{esc(text or ROWS[k][0])}</a>'


def page_link(url: str, text: str) -> str:
    return f'<a href="{url}">{esc(text)}</a>'


ITA_2569 = [
    ("o1", "โครงสร้าง", page_link("/about/structure/", "แผนผังโครงสร้าง") + " · " + page_link("/about/authority/", "อำนาจหน้าที่")),
    ("o2", "ข้อมูลผู้บริหาร", page_link("/about/executives/", "คณะผู้บริหาร")),
    ("o3", "ข้อมูลการติดต่อ / ถาม-ตอบ", page_link("/contact/", "ติดต่อเรา") + " · " + page_link("/qa/", "กระดานถาม-ตอบ")),
    ("o4", "ข่าวประชาสัมพันธ์", page_link("/news/", "ข่าวสาร")),
    ("o5", "แผนพัฒนาท้องถิ่น", link("plan-61-65") + " · " + link("plan-amend-65")),
    ("o6", "แผนดำเนินงานและงบประมาณ", link("opplan-68", "แผนการดำเนินงาน") + " · " + link("budget-69")),
    ("o7", "รายงานผลการดำเนินงาน", link("follow-68")),
    ("o8", "คู่มือการปฏิบัติงาน", page_link("/download/manual/", "คู่มือ")),
    ("o9", "คู่มือสำหรับประชาชน", link("citizen-manual")),
    ("o10", "E-Service", page_link("/eservice/", "บริการออนไลน์") + " · " + link("service-69")),
    ("o11", "สขร.1 รายเดือน", page_link("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน")),
    ("o12", "สรุปผลจัดซื้อจัดจ้างประจำปี", link("proc-year-67")),
    ("o13", "หลักเกณฑ์/แผนบริหารบุคคล", page_link("/download/hr/", "การบริหารงานบุคคล")),
    ("o14", "รายงานผล HR ประจำปี", link("hr-report-68")),
    ("o15", "ประมวลจริยธรรม", link("ethics") + " · " + page_link("/news/2255/", "กิจกรรมขับเคลื่อนจริยธรรม")),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียน", link("complaint-manual")),
    ("o17", "ช่องทางร้องเรียนการทุจริต", page_link("/complaint/corruption/", "แจ้งเบาะแส")),
    ("o18", "สถิติเรื่องร้องเรียน", link("complaint-68")),
    ("o19", "การมีส่วนร่วม", page_link("/news/2269/", "ผลการประชุมประชาคม")),
    ("o20", "No Gift Policy", link("no-gift-67")),
    ("o21", "ประเมินความเสี่ยงการทุจริต", link("risk-68")),
    ("o22", "รายงานผลตามแผนบริหารความเสี่ยง", "อยู่ระหว่างจัดทำ"),
    ("o23", "แผนป้องกันการทุจริต", link("anti-plan-69")),
    ("o24", "รายงานผลการป้องกันการทุจริต", link("anti-report-68")),
    ("o25", "การนำผล ITA ไปพัฒนา", link("ita-analysis-68") + " · " + link("measures-69")),
    ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", link("integrity-report-68-old")),
]
ITA_2568 = [
    ("o1", "โครงสร้าง", page_link("/about/structure/", "แผนผังโครงสร้าง")),
    ("o5", "แผนพัฒนาท้องถิ่น", link("plan-61-65")),
    ("o6", "แผนดำเนินงาน", link("opplan-68", "แผนการดำเนินงาน ปี 2568")),
    ("o11", "สขร.1", link("proc-2025-09")),
    ("o21", "ประเมินความเสี่ยง", link("old-risk-67")),
    ("o24", "รายงานผลการป้องกันการทุจริต", link("anti-report-66")),
    ("o20", "No Gift Policy", link("no-gift-67")),
]


def ita_table(rows) -> str:
    return ('<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์ข้อมูล</th></tr>\n'
            + "\n".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{cell}</td></tr>" for c, t, cell in rows) + "</table>")


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    write("/", "หน้าแรก",
          "<h2>ข่าวล่าสุด</h2><ul>" + "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a></li>' for n in NEWS[:5])
          + "</ul><h2>เอกสารล่าสุด</h2>" + table(listed()[:6])
          + '<p><a href="/ita/2569/">การประเมินคุณธรรมและความโปร่งใส (ITA) ปี ๒๕๖๙</a></p>')
    write("/about/history/", "ข้อมูลพื้นฐาน",
          "<p>ตำบลอ่าวหินเพิงตั้งอยู่ริมอ่าวไทยฝั่งตะวันออก พื้นที่ 36.5 ตารางกิโลเมตร 8 หมู่บ้าน ประชากร 7,215 คน "
          "ชายฝั่งยาว 9 กิโลเมตร อาชีพหลัก ประมงพื้นบ้าน สวนทุเรียนและมังคุด ที่พักริมทะเล</p>"
          "<p>ยกฐานะจากสภาตำบลเป็นองค์การบริหารส่วนตำบล เมื่อ พ.ศ. 2540</p>")
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ", "<p>อ่าวหินเพิงน่าอยู่ ท่องเที่ยวยั่งยืน ทะเลสะอาด ประชาชนมีคุณภาพชีวิตที่ดี</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้าง อบต.อ่าวหินเพิง" width="600" height="320"></p>'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายก อบต. นายประเสริฐ ทะเลงาม<ul><li>รองนายก 2 คน</li><li>เลขานุการนายก</li></ul></li>"
          "<li>สภา อบต. ประธานสภา รองประธานสภา เลขานุการสภา สมาชิกสภา 8 คน</li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัด อบต.<ul><li>รองปลัด อบต.</li><li>สำนักปลัด</li><li>กองคลัง</li><li>กองช่าง</li>"
          "<li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 67 68 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ มาตรา 16 สรุปได้ดังนี้</p>"
          "<ol><li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก รวมทั้งท่าเทียบเรือ</li><li>รักษาความสะอาดของถนน ทางน้ำ ชายหาด และที่สาธารณะ</li>"
          "<li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย รวมทั้งความปลอดภัยทางน้ำ</li>"
          "<li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li><li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อมชายฝั่ง</li>"
          "<li>ส่งเสริมการท่องเที่ยว</li></ol>")
    write("/about/executives/", "คณะผู้บริหาร",
          "".join(f'<div class="person"><img src="/assets/p{i}.jpg" alt="{n}" width="90" height="110"><br>{n}<br>{p}<br>โทร. {t}</div>'
                  for i, (n, p, t) in enumerate([
                      ("นายประเสริฐ ทะเลงาม", "นายกองค์การบริหารส่วนตำบล", "๐๘ ๑๙๔๒ ๗๗๑๓"),
                      ("นางสุนีย์ หาดทอง", "รองนายกองค์การบริหารส่วนตำบล", "๐๘ ๖๕๐๑ ๓๓๘๒"),
                      ("นายวิโรจน์ คลื่นแก้ว", "รองนายกองค์การบริหารส่วนตำบล", "๐๘ ๙๒๗๔ ๑๖๐๕"),
                      ("นายชาตรี ปากน้ำ", "เลขานุการนายก", "๐๘ ๔๓๑๙ ๕๕๒๐"),
                      ("นางวราภรณ์ ศิลาทะเล", "ปลัดองค์การบริหารส่วนตำบล", "๐ ๓๘๖๑ ๒๐๔๗ ต่อ ๑๒")], 1)))
    write("/about/council/", "สภาองค์การบริหารส่วนตำบล",
          "<ul><li>นายสมหมาย อวนทอง ประธานสภา</li><li>นางลำดวน ริมอ่าว รองประธานสภา</li><li>สมาชิกสภา หมู่ที่ 1 - 8</li></ul>")
    write("/about/staff/", "บุคลากร", "<p>สำนักปลัด 14 คน กองคลัง 8 คน กองช่าง 7 คน กองการศึกษาฯ 9 คน</p>")
    write("/tourism/", "แหล่งท่องเที่ยว",
          '<ul><li><a href="/tourism/mangrove/">เส้นทางศึกษาธรรมชาติป่าชายเลนบ้านคลองหอย</a></li><li>หาดหินเพิง</li>'
          "<li>ตลาดอาหารทะเลท่าเรือประมงหมู่ที่ 5</li></ul>")
    write("/tourism/mangrove/", "เส้นทางศึกษาธรรมชาติป่าชายเลน", "<p>สะพานไม้ยาว 1.2 กิโลเมตร เปิดทุกวัน 08.00 - 17.00 น.</p>")
    write("/contact/", "ติดต่อเรา",
          "<p>องค์การบริหารส่วนตำบลอ่าวหินเพิง เลขที่ 88 หมู่ที่ 2 ตำบลอ่าวหินเพิง อำเภอแหลมทองคำ จังหวัดระยอง 21190</p>"
          "<p>โทรศัพท์ 0 3861 2047 โทรสาร 0 3861 2048 อีเมล saraban@aohinpoeng.go.th</p>"
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=12.6471,101.6392">แผนที่ตั้ง (Google Maps)</a> · '
          '<a href="https://www.facebook.com/">Facebook อบต.อ่าวหินเพิง</a> · <a href="/qa/">ถาม-ตอบ (Q&amp;A)</a></p>')
    write("/qa/", "กระดานถาม-ตอบ (Q&A)",
          '<form action="/qa/" method="post"><label>ชื่อ <input name="name"></label><label>คำถาม <textarea name="q"></textarea></label>'
          '<button>ส่งคำถาม</button></form>'
          "<dl><dt>ถาม (12 ม.ค. 2569): ขออนุญาตจอดเรือที่ท่าเทียบเรือต้องใช้เอกสารอะไร</dt>"
          "<dd>ตอบ: สำเนาทะเบียนเรือและบัตรประชาชน ติดต่อกองคลัง (งานจัดเก็บรายได้)</dd>"
          "<dt>ถาม (3 ก.พ. 2569): ไฟส่องสว่างริมหาดหมู่ที่ 3 ดับ</dt><dd>ตอบ: กองช่างซ่อมแล้วเมื่อ 5 ก.พ. 2569</dd></dl>")
    write("/eservice/", "บริการออนไลน์ (E-Service)",
          "<p>ยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
          '<ul><li><a href="/eservice/request/">แบบคำร้องทั่วไปออนไลน์</a></li>'
          '<li><a href="https://forms.gle/aohinpoengBoat">ขอใช้ท่าเทียบเรือ (Google Form)</a></li></ul>'
          f'<p>{link("service-69", "ข้อมูลสถิติการให้บริการ ปีงบประมาณ 2569")}</p>')
    write("/eservice/request/", "แบบคำร้องทั่วไปออนไลน์",
          '<form action="/eservice/request/" method="post"><label>ชื่อ-สกุล <input name="name"></label>'
          '<label>เลขประจำตัวประชาชน <input name="pid"></label><label>เรื่อง <select name="t"><option>ขอรับความช่วยเหลือ</option>'
          '<option>ขอซ่อมไฟฟ้าสาธารณะ</option><option>ขอรถน้ำ</option></select></label>'
          '<label>รายละเอียด <textarea name="detail"></textarea></label><label>เบอร์โทร <input name="tel"></label>'
          '<button type="submit">ส่งคำร้อง</button></form>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
          f'<p>{link("complaint-manual", "คู่มือการปฏิบัติงานเรื่องร้องเรียน")}</p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/" method="post"><label>ชื่อ (ไม่ระบุก็ได้) <input name="name"></label>'
          '<label>เรื่องที่ร้องเรียน <input name="subject"></label><label>รายละเอียด <textarea name="detail"></textarea></label>'
          '<label>แนบไฟล์ <input type="file" name="file"></label><button type="submit">ส่งเรื่อง</button></form>'
          '<p>หรือโทร. 0 3861 2047 ต่อ 15 · <a href="https://www.nacc.go.th/">แจ้งสำนักงาน ป.ป.ช.</a></p>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>อบต. เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    # procurement
    months = sorted((k for k in ROWS if k.startswith("proc-20")), reverse=True)
    write("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
          "<p>ประกาศผลการจัดซื้อจัดจ้างดูได้ที่ระบบ e-GP</p>" + table(months)
          + "<h2>ประกาศอื่น ๆ</h2>" + table(["proc-plan-69", "print-plan", "proc-year-67"]))
    # downloads
    write("/download/", "ดาวน์โหลดเอกสาร",
          "<ul>" + "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items()) + "</ul>"
          + "<h2>เอกสารทั้งหมด</h2>" + table(listed()))
    for c, t in CATS.items():
        write(f"/download/{c}/", t, table(listed(c)))
    # ITA
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปี ๒๕๖๙</a></li><li><a href="/ita/2568/">ITA ประจำปี ๒๕๖๘</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘", ita_table(ITA_2568))


def assets() -> None:
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "coast.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Sarabun,sans-serif;margin:0}.topbar{background:#035;color:#fff;padding:4px}"
                 "header{background:#0a7bbd;color:#fff;padding:10px}.menu{list-style:none;display:flex;gap:12px}"
                 ".wrap{display:flex}main{flex:3;padding:12px}aside{flex:1;background:#eef7fb}"
                 "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px}footer{background:#035;color:#fff}\n")
    from PIL import Image

    for nm, size, color in [("logo.png", (72, 72), (10, 123, 189)), ("chart.png", (600, 320), (240, 240, 240)),
                            ("chief.jpg", (90, 110), (200, 190, 180))] + [
            (f"p{i}.jpg", (90, 110), (190 + i * 5, 180, 170)) for i in range(1, 6)]:
        Image.new("RGB", size, color).save(os.path.join(HERE, "assets", nm))


def main() -> None:
    assets()
    news_pages()
    static_pages()


if __name__ == "__main__":
    main()
