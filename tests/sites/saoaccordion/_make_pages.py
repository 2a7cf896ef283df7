"""Generate the HTML pages of the "saoaccordion" test site (องค์การบริหารส่วนตำบลโพนทรายคำ, invented).

Run:  python tests/sites/saoaccordion/_make_pages.py   (after _make_docs.py: file sizes are read
from the files it wrote)

A small อบต. on a provider's template (top bar, menu, side column, footer on every page); pages
are folder/index.html.  The ITA page /ita/ is ONE long page: the 26 items are accordion panels
(collapsed by CSS, opened by a script) grouped under the sub-indicators, each in the office's own
short wording with Thai digits; most panels hold links to files or pages, the O12 panel loads its
list from /ita/o12/ (a plain page, also linked for browsers without scripts), the O26 panel sends
the reader to last year's ITA page /ita/2567/, which is still online.  Documents are also listed
by category under /download/<cat>/, the monthly procurement summaries on /procurement/, news under
/news/ (two pages).
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DEAD, DOCS, name  # noqa: E402

ORG = "องค์การบริหารส่วนตำบลโพนทรายคำ"
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "ข้อบัญญัติงบประมาณรายจ่าย",
        "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ", "procure": "จัดซื้อจัดจ้าง",
        "hr": "การบริหารงานบุคคล", "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
DEAD_SIZES = {"complaintstat68": "236.4 KB", "riskrep66": "311.0 KB"}
OLD_ONLY = {"riskrep66"}  # listed only on last year's ITA page


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(y: int, m: int, day: int) -> str:
    return f"{day} {MONTHS[m - 1]} {y + 543}"


MENU = [("หน้าหลัก", "/"), ("ประวัติความเป็นมา", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("ดาวน์โหลด", "/download/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ITA", "/ita/"), ("E-Service", "/eservice/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"><script src="/assets/accordion.js" defer></script></head>
<body>
<div class="topbar">{ORG} อำเภอห้วยเม็ก จังหวัดกาฬสินธุ์ | โทร. ๐ ๔๓๘๕ ๑๒๐๖ | วันจันทร์ - ศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น.</div>
<header><img src="/assets/logo.png" alt="ตรา อบต.โพนทรายคำ" width="72" height="72">
<div><b>{ORG}</b><br><span>Phon Sai Kham Subdistrict Administrative Organization</span></div></header>
<nav><ul class="menu">
{menu}
</ul></nav>
<div class="container"><aside>
<div class="widget"><h3>นายก อบต.</h3><img src="/assets/person.png" alt="" width="90" height="110"><br>
นายประสิทธิ์ ศรีวงษ์ชัย<br>สายตรงนายก ๐๘ ๙๔๑๗ ๒๐๕๓</div>
<div class="widget"><h3>บริการประชาชน</h3><a href="/download/manual/">คู่มือสำหรับประชาชน</a><br>
<a href="/eservice/">E-Service ยื่นคำร้องออนไลน์</a><br><a href="/complaint/">ร้องเรียน/ร้องทุกข์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/qa/">ถาม - ตอบ (Q&amp;A)</a></div>
<div class="widget"><h3>ITA</h3><a href="/ita/">การเปิดเผยข้อมูลสาธารณะ (OIT) ๒๕๖๘</a><br>
<a href="/ita/2567/">OIT ปี ๒๕๖๗</a></div>
<div class="widget"><h3>ลิงก์หน่วยงาน</h3><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.gprocurement.go.th/">ระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></div>
<div class="widget">ผู้เข้าชมเว็บไซต์ ๕๗,๓๐๒ ครั้ง</div>
</aside>
<main>
<h1>{esc(title)}</h1>
{body}
</main></div>
<footer>{ORG} ๘๘ หมู่ที่ ๒ ตำบลโพนทรายคำ อำเภอห้วยเม็ก จังหวัดกาฬสินธุ์ ๔๖๑๗๐<br>
โทรศัพท์/โทรสาร ๐ ๔๓๘๕ ๑๒๐๖ อีเมล saraban@phonsaikham.go.th ·
<a href="/sitemap/">แผนผังเว็บไซต์</a> · <a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>
ออกแบบและพัฒนาโดย ไทยโลคอลเว็บดีไซน์</footer>
</body></html>
"""


PAGES: list[str] = []


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))
    PAGES.append(path)


def size_of(key: str) -> str:
    if key in DEAD:
        return DEAD_SIZES[key]
    return f"{os.path.getsize(os.path.join(HERE, name(key).lstrip('/'))) / 1024:.1f} KB"


def a(href: str, text: str) -> str:
    return f'<a href="{href}" target="_blank">{esc(text)}</a>'


def doc_table(keys: list[str]) -> str:
    rows = []
    for k in keys:
        no, ext, when, title, _cat = {**DOCS, **DEAD}[k]
        rows.append(f"<tr><td>{a(name(k), title)}</td><td>{ext.upper()}</td><td>{size_of(k)}</td>"
                    f"<td>{be(*when)}</td><td>{(no * 7) % 389 + 12}</td></tr>")
    return ('<table class="dl"><tr><th>ชื่อเอกสาร</th><th>ชนิด</th><th>ขนาด</th><th>วันที่</th><th>ดาวน์โหลด</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    every = {**DOCS, **{k: v for k, v in DEAD.items() if k not in OLD_ONLY}}
    keys = [k for k, v in every.items() if cat in (None, v[4])]
    return sorted(keys, key=lambda k: every[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs (HTML allowed)
    (231, (2025, 4, 18), "พิธีรดน้ำดำหัวผู้สูงอายุ เนื่องในประเพณีสงกรานต์ ประจำปี ๒๕๖๘",
     ["องค์การบริหารส่วนตำบลโพนทรายคำ จัดพิธีรดน้ำดำหัวผู้สูงอายุ ณ หอประชุม อบต. มีผู้สูงอายุเข้าร่วม ๓๑๒ คน"]),
    (229, (2025, 4, 2), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๘",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีภายในเดือนเมษายน ๒๕๖๘ ณ กองคลัง หรือชำระผ่าน E-Service ของ อบต."]),
    (226, (2025, 3, 18), "ประชุมคณะกรรมการพัฒนาท้องถิ่น พิจารณาร่างแผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐) เพิ่มเติม ครั้งที่ ๑/๒๕๖๘",
     ["วันที่ ๑๘ มีนาคม ๒๕๖๘ คณะกรรมการพัฒนาองค์การบริหารส่วนตำบลโพนทรายคำ ประชุมพิจารณาร่างแผนพัฒนาท้องถิ่น "
      "(พ.ศ. ๒๕๖๖ - ๒๕๗๐) เพิ่มเติม ครั้งที่ ๑/๒๕๖๘ เพื่อเสนอนายก อบต. พิจารณาอนุมัติและประกาศใช้ต่อไป",
      "เมื่อประกาศใช้แล้วจะเผยแพร่ให้ประชาชนทราบทางเว็บไซต์"]),
    (221, (2025, 2, 14), "สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี ๒๕๖๘ เพื่อรับฟังความคิดเห็นของประชาชน",
     ["ระหว่างวันที่ ๓ - ๑๔ กุมภาพันธ์ ๒๕๖๘ องค์การบริหารส่วนตำบลโพนทรายคำ จัดเวทีประชาคมหมู่บ้านครบทั้ง ๑๒ หมู่บ้าน "
      "มีประชาชนเข้าร่วม ๖๔๗ คน เสนอโครงการ ๖๓ โครงการ",
      "ผลการประชุม: ประชาชนให้ความสำคัญกับถนนเพื่อการเกษตร ระบบประปาหมู่บ้าน และการป้องกันไฟป่า "
      "โครงการที่เสนอจะนำเข้าที่ประชุมคณะกรรมการพัฒนาท้องถิ่นเพื่อบรรจุในแผนพัฒนาท้องถิ่น และแจ้งผลกลับให้ประชาคมทราบ",
      "<table class=\"dl\"><tr><th>วันที่</th><th>หมู่บ้าน</th><th>ผู้เข้าร่วม</th></tr>"
      "<tr><td>๓ ก.พ. ๒๕๖๘</td><td>หมู่ที่ ๑ - ๓</td><td>๑๗๒</td></tr>"
      "<tr><td>๑๐ ก.พ. ๒๕๖๘</td><td>หมู่ที่ ๔ - ๘</td><td>๒๖๑</td></tr>"
      "<tr><td>๑๔ ก.พ. ๒๕๖๘</td><td>หมู่ที่ ๙ - ๑๒</td><td>๒๑๔</td></tr></table>"]),
    (218, (2025, 1, 24), "โครงการอบรมคุณธรรมจริยธรรม ขับเคลื่อนประมวลจริยธรรมของพนักงานส่วนท้องถิ่น ปีงบประมาณ ๒๕๖๘",
     ["วันที่ ๒๔ มกราคม ๒๕๖๘ ปลัด อบต. เป็นประธานเปิดการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา พนักงานส่วนตำบล "
      "และพนักงานจ้าง รวม ๔๘ คน ทบทวนประมวลจริยธรรม ข้อควรปฏิบัติและข้อห้าม (Do's &amp; Don'ts) "
      "และกรณีศึกษาการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม",
      "ดาวน์โหลด " + a(name("ethics"), "ประมวลจริยธรรมของพนักงานส่วนท้องถิ่น")]),
    (215, (2025, 1, 7), "ขอเชิญประชาชนเข้าร่วมประชุมประชาคมหมู่บ้าน ประจำปี ๒๕๖๘",
     ["องค์การบริหารส่วนตำบลโพนทรายคำ ขอเชิญประชาชนทุกหมู่บ้านเข้าร่วมประชุมประชาคม ระหว่างวันที่ ๓ - ๑๔ กุมภาพันธ์ ๒๕๖๘",
      a(name("invite"), "หนังสือเชิญประชุมประชาคมหมู่บ้าน")]),
    (212, (2024, 12, 20), "การแข่งขันกีฬาตำบลโพนทรายคำต้านยาเสพติด ครั้งที่ ๑๘",
     ["จัดการแข่งขันกีฬาฟุตบอล วอลเลย์บอล และเปตอง ระหว่างวันที่ ๑๖ - ๒๐ ธันวาคม ๒๕๖๗ ณ สนามกีฬา อบต."]),
    (208, (2024, 11, 15), "ประเพณีลอยกระทง ประจำปี ๒๕๖๗",
     ["อบต.โพนทรายคำ ร่วมกับชุมชนจัดงานลอยกระทง ณ หนองทรายคำ วันที่ ๑๕ พฤศจิกายน ๒๕๖๗"]),
    (205, (2024, 10, 28), "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
     [a(name("procplan68"), "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")]),
    (202, (2024, 10, 3), "รณรงค์ป้องกันโรคไข้เลือดออก ทำลายแหล่งเพาะพันธุ์ยุงลาย",
     ["เจ้าหน้าที่ อบต. ร่วมกับ อสม. ออกพ่นหมอกควันและแจกทรายอะเบทในทุกหมู่บ้าน"]),
    (198, (2024, 9, 12), "มอบวัสดุอุปกรณ์ช่วยเหลือผู้ประสบอุทกภัย หมู่ที่ ๖ และ ๑๐",
     ["อบต.โพนทรายคำ มอบกระสอบทรายและถุงยังชีพแก่ครัวเรือนที่ได้รับผลกระทบ ๔๒ ครัวเรือน"]),
    (190, (2024, 6, 5), "กิจกรรมวันสิ่งแวดล้อมโลก ปลูกต้นไม้ริมหนองทรายคำ",
     ["ผู้บริหาร พนักงาน และนักเรียนร่วมปลูกต้นไม้ ๕๐๐ ต้น"]),
    (183, (2024, 2, 16), "สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี ๒๕๖๗",
     ["ระหว่างวันที่ ๕ - ๑๖ กุมภาพันธ์ ๒๕๖๗ จัดประชาคมหมู่บ้านครบ ๑๒ หมู่บ้าน ผู้เข้าร่วม ๕๙๑ คน"]),
    (176, (2023, 11, 20), "อบรมให้ความรู้การคัดแยกขยะต้นทาง",
     ["จัดอบรมแกนนำชุมชนเรื่องการคัดแยกขยะและธนาคารขยะ"]),
]
PER_PAGE = 10


def news_pages() -> None:
    for no, when, title, paras in NEWS:
        body = f'<p class="date">วันที่ {be(*when)}</p>\n' + "\n".join(f"<p>{p}</p>" for p in paras)
        body += '\n<p><a href="/news/">« กลับหน้ารวมข่าว</a></p>'
        write(f"/news/{no}/", title, body)
    chunks = [NEWS[i:i + PER_PAGE] for i in range(0, len(NEWS), PER_PAGE)]
    for n, chunk in enumerate(chunks, 1):
        items = "\n".join(f'<li><a href="/news/{no}/">{esc(t)}</a> <span class="date">({be(*w)})</span></li>'
                          for no, w, t, _ in chunk)
        pager = " ".join(f'<a href="{"/news/" if i == 1 else f"/news/page/{i}/"}">{i}</a>'
                         for i in range(1, len(chunks) + 1))
        write("/news/" if n == 1 else f"/news/page/{n}/", "ข่าวประชาสัมพันธ์",
              f'<ul class="news">\n{items}\n</ul>\n<p class="pager">หน้า {pager}</p>')


# ---------------------------------------------------------------- the ITA accordion

SKR_ROWS = [("skr_10", "ตุลาคม 2567"), ("skr_11", "พฤศจิกายน 2567"), ("skr_12", "ธันวาคม 2567"),
            ("skr_01old", "มกราคม 2568"), ("skr_02", "กุมภาพันธ์ 2568"), ("skr_03", "มีนาคม 2568")]

GROUPS = [
    ("๙.๑ ข้อมูลพื้นฐาน", [
        ("O1", "โครงสร้างองค์กร / อำนาจหน้าที่", [("/about/structure/", "แผนผังโครงสร้างส่วนราชการ"),
                                               ("/about/authority/", "อำนาจหน้าที่ของ อบต.")]),
        ("O2", "ข้อมูลผู้บริหาร", [("/about/executives/", "คณะผู้บริหาร อบต.โพนทรายคำ")]),
        ("O3", "ข้อมูลการติดต่อ", [("/contact/", "ติดต่อเรา / แผนที่")]),
        ("O4", "ข่าวประชาสัมพันธ์", [("/news/", "ข่าวประชาสัมพันธ์ทั้งหมด")]),
    ]),
    ("๙.๒ การบริหารงานและการใช้จ่ายงบประมาณ", [
        ("O5", "แผนพัฒนาท้องถิ่น", [(name("plan61"), "แผนพัฒนาท้องถิ่น")]),
        ("O6", "แผนดำเนินงาน / ข้อบัญญัติงบประมาณ / รายงานรอบ ๖ เดือน",
         [(name("action68"), "แผนการดำเนินงาน ประจำปีงบประมาณ ๒๕๖๘"),
          (name("budget68"), "ข้อบัญญัติงบประมาณรายจ่ายประจำปี ๒๕๖๘"),
          (name("m6_67"), "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ ๖ เดือน")]),
        ("O7", "รายงานผลการดำเนินงานประจำปี",
         [(name("eval67"), "รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ปี ๒๕๖๗"),
          (name("spend67"), "รายงานผลการใช้จ่ายงบประมาณ ปี ๒๕๖๗")]),
        ("O8", "คู่มือปฏิบัติงาน", [(name("sop"), "คู่มือการปฏิบัติงาน งานพัสดุ")]),
        ("O9", "คู่มือประชาชน", [(name("citizen"), "คู่มือสำหรับประชาชน")]),
        ("O10", "E-Service", [("/eservice/", "ระบบยื่นคำร้องออนไลน์")]),
        ("O11", "สถิติการให้บริการ", [(name("stat67"), "รายงานสถิติการให้บริการประจำปี")]),
    ]),
    ("๙.๓ การจัดซื้อจัดจ้าง", [
        ("O12", "สขร.๑ รายเดือน", None),
        ("O13", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [(name("procrep67"), "รายงานสรุปผลการจัดซื้อจัดจ้าง ปี ๒๕๖๗")]),
    ]),
    ("๙.๔ การบริหารและพัฒนาทรัพยากรบุคคล", [
        ("O14", "แผนพัฒนาบุคลากร", [(name("hrplan67"), "แผนพัฒนาบุคลากร")]),
        ("O15", "รายงานผลการพัฒนาบุคลากร", [(name("hrrep67"), "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล")]),
        ("O16", "ประมวลจริยธรรม", [(name("ethics"), "ประมวลจริยธรรมของพนักงานส่วนท้องถิ่น"),
                                  ("/news/218/", "กิจกรรมขับเคลื่อนจริยธรรม ปี ๒๕๖๘")]),
    ]),
    ("๙.๕ การส่งเสริมความโปร่งใส", [
        ("O17", "คู่มือเรื่องร้องเรียนการทุจริต", [(name("complaintman"), "คู่มือการปฏิบัติงานเรื่องร้องเรียนการทุจริต")]),
        ("O18", "ช่องทางร้องเรียนการทุจริต", [("/complaint/corruption/", "แจ้งเบาะแสการทุจริตออนไลน์")]),
        ("O19", "สถิติเรื่องร้องเรียนการทุจริต", [(name("complaintstat68"), "สถิติเรื่องร้องเรียนการทุจริต ปี ๒๕๖๘")]),
        ("O20", "การมีส่วนร่วม", [("/news/221/", "ประชาคมหมู่บ้าน ปี ๒๕๖๘")]),
    ]),
    ("๑๐.๑ การป้องกันการรับสินบน", [
        ("O21", "No Gift Policy", [(name("nogift66"), "ประกาศเจตนารมณ์ No Gift Policy")]),
        ("O22", "รายงานการรับของขวัญ", [(name("giftform"), "แบบรายงานการรับทรัพย์สินหรือประโยชน์อื่นใด")]),
        ("O23", "ประเมินความเสี่ยงการทุจริต", [(name("risk67"), "การประเมินความเสี่ยงการทุจริต ประจำปี ๒๕๖๘"),
                                              (name("riskorder"), "คำสั่งแต่งตั้งคณะทำงาน")]),
        ("O24", "รายงานการจัดการความเสี่ยงการทุจริต", [(name("riskrep67"), "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยง ปี ๒๕๖๗")]),
    ]),
    ("๑๐.๒ การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("O25", "แผนป้องกันการทุจริต", [(name("anti66"), "แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ - ๒๕๗๐)")]),
        ("O26", "รายงานผลการป้องกันการทุจริต", [("/ita/2567/", "ดูข้อมูลในหน้า OIT ปี ๒๕๖๗")]),
    ]),
]


def ita_pages() -> None:
    parts = ['<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) '
             'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ คลิกที่หัวข้อเพื่อเปิดดูข้อมูล</p>',
             '<div class="accordion" id="oit2568">']
    for group, items in GROUPS:
        parts.append(f'<h2 class="acc-group">{esc(group)}</h2>')
        for code, label, links in items:
            n = code[1:]
            head = f"{code[0]}{n.translate(TH)} {label}"
            if links is None:  # O12: the panel's list is fetched from a page of its own
                inner = ('<div class="acc-remote" data-src="/ita/o12/">กำลังโหลดข้อมูล...</div>\n'
                         '<noscript><a href="/ita/o12/">ดูรายการ สขร.๑ ประจำเดือน</a></noscript>')
            else:
                inner = "<ul>" + "".join(f"<li>{a(u, t)}</li>" for u, t in links) + "</ul>"
            parts.append(f'<div class="acc-item"><button class="acc-head" data-target="#p{n}" aria-expanded="false">'
                         f'{esc(head)}</button>\n<div class="acc-body collapse" id="p{n}">{inner}</div></div>')
    parts.append("</div>")
    parts.append('<p class="note">ปรับปรุงข้อมูลล่าสุด ๒๑ เม.ย. ๒๕๖๘ โดย งานนโยบายและแผน สำนักปลัด</p>')
    write("/ita/", "ITA ๒๕๖๘ การเปิดเผยข้อมูลสาธารณะ (OIT)", "\n".join(parts))

    rows = "".join(f"<li>{a(name(k), 'สขร.๑ ประจำเดือน' + m.translate(TH))}</li>" for k, m in SKR_ROWS)
    write("/ita/o12/", "O๑๒ สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ ๒๕๖๘",
          f'<ul>{rows}</ul>\n<p><a href="/procurement/">ดูทั้งหมดที่หน้าจัดซื้อจัดจ้าง</a> · <a href="/ita/">กลับหน้า ITA</a></p>')

    old = [("o5", "แผนพัฒนาท้องถิ่น", "plan61"), ("o6", "แผนดำเนินงาน ปี ๒๕๖๗", "action67"),
           ("o7", "รายงานการกำกับติดตาม รอบ ๖ เดือน ปี ๒๕๖๗", "m6_67"), ("o14", "แผนพัฒนาบุคลากร ปี ๒๕๖๗", "hrplan67"),
           ("o21", "ประกาศ No Gift Policy", "nogift66"), ("o23", "รายงานผลการจัดการความเสี่ยง ปี ๒๕๖๖", "riskrep66"),
           ("o24", "แผนป้องกันการทุจริต", "anti61"), ("o26", "รายงานผลการดำเนินงานตามแผนป้องกันการทุจริต", "antirep66")]
    body = ('<table class="dl"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>'
            + "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{a(name(k), 'คลิก')}</td></tr>" for c, t, k in old)
            + "</table>")
    write("/ita/2567/", "OIT ประจำปี ๒๕๖๗", body)


# ---------------------------------------------------------------- other pages

def static_pages() -> None:
    news = "".join(f'<li><a href="/news/{no}/">{esc(t)}</a> ({be(*w)})</li>' for no, w, t, _ in NEWS[:5])
    write("/", "หน้าหลัก", f'<div class="banner"><a href="/ita/"><img src="/assets/ita.png" alt="ITA 2568" '
          f'width="300" height="60"></a></div>\n<h2>ข่าวล่าสุด</h2><ul class="news">{news}</ul>'
          '<p><a href="/news/">ข่าวทั้งหมด</a></p>')
    write("/about/history/", "ประวัติความเป็นมา",
          "<p>องค์การบริหารส่วนตำบลโพนทรายคำ ยกฐานะจากสภาตำบลเมื่อ พ.ศ. ๒๕๔๐ มีพื้นที่ประมาณ ๕๒ ตารางกิโลเมตร "
          "๑๒ หมู่บ้าน ประชากร ๗,๐๘๖ คน ส่วนใหญ่ประกอบอาชีพทำนาและปลูกอ้อย</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ อบต.โพนทรายคำ",
          '<img src="/assets/structure.png" alt="แผนผังโครงสร้าง" width="600" height="80">'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายกองค์การบริหารส่วนตำบล<ul><li>รองนายก อบต. (๒ คน)</li>"
          "<li>เลขานุการนายก อบต.</li></ul></li><li>สภาองค์การบริหารส่วนตำบล<ul><li>ประธานสภา อบต.</li>"
          "<li>รองประธานสภา อบต.</li><li>เลขานุการสภา อบต.</li><li>สมาชิกสภา อบต. ๑๒ คน</li></ul></li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัด อบต.<ul><li>รองปลัด อบต.</li><li>สำนักปลัด</li><li>กองคลัง</li>"
          "<li>กองช่าง</li><li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>")
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗ มาตรา ๖๖ ๖๗ ๖๘ และพระราชบัญญัติกำหนดแผน"
          "และขั้นตอนการกระจายอำนาจฯ พ.ศ. ๒๕๔๒ มาตรา ๑๖ สรุปได้ดังนี้</p><ol>"
          "<li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และกำจัดขยะมูลฝอย</li>"
          "<li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li>"
          "<li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
          "<li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li></ol>")
    people = [("นายประสิทธิ์ ศรีวงษ์ชัย", "นายกองค์การบริหารส่วนตำบล", "๐๘ ๙๔๑๗ ๒๐๕๓"),
              ("นายบุญเลิศ คำภูษา", "รองนายกองค์การบริหารส่วนตำบล", "๐๘ ๖๒๒๐ ๔๑๗๘"),
              ("นางสมใจ พลวงศ์", "รองนายกองค์การบริหารส่วนตำบล", "๐๘ ๑๐๕๙ ๓๓๖๒"),
              ("นายอดิศร แสนโคตร", "เลขานุการนายก อบต.", "๐๙ ๕๖๒๔ ๑๘๐๗"),
              ("นางสาวกมลวรรณ ทองนาค", "ปลัดองค์การบริหารส่วนตำบล", "๐๘ ๗๓๓๑ ๙๐๒๔")]
    write("/about/executives/", "คณะผู้บริหาร", "".join(
        f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="90" height="110"><br>'
        f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in people))
    write("/about/council/", "สมาชิกสภา อบต.",
          "<ul><li>นายทองใบ ศรีสุข ประธานสภา อบต.</li><li>นายเสน่ห์ บุญมา รองประธานสภา อบต.</li>"
          "<li>นายวีระ ไชยโคตร เลขานุการสภา อบต.</li><li>สมาชิกสภา อบต. หมู่ที่ ๑ - ๑๒</li></ul>")
    write("/contact/", "ติดต่อเรา",
          "<p>องค์การบริหารส่วนตำบลโพนทรายคำ ๘๘ หมู่ที่ ๒ ตำบลโพนทรายคำ อำเภอห้วยเม็ก จังหวัดกาฬสินธุ์ ๔๖๑๗๐</p>"
          "<p>โทรศัพท์/โทรสาร ๐ ๔๓๘๕ ๑๒๐๖ · อีเมล saraban@phonsaikham.go.th · "
          '<a href="https://www.facebook.com/phonsaikham.sao">Facebook อบต.โพนทรายคำ</a></p>'
          '<p><a href="https://maps.google.com/?q=16.5512,103.2648">แผนที่ตั้ง (Google Maps)</a></p>')
    form = ('<form action="https://docs.google.com/forms/d/e/1FAIpQLSe7PhonSaiKhamEsv/formResponse" method="post">'
            '<label>เรื่องที่ขอรับบริการ <select name="entry.1"><option>ขอรับน้ำอุปโภคบริโภค</option>'
            '<option>ขอซ่อมไฟฟ้าสาธารณะ</option><option>ขอใช้สถานที่/วัสดุอุปกรณ์</option>'
            '<option>ขอความช่วยเหลือสาธารณภัย</option></select></label><br>'
            '<label>ชื่อ-สกุล <input name="entry.2"></label><br><label>เบอร์โทร <input name="entry.3"></label><br>'
            '<label>รายละเอียด <textarea name="entry.4"></textarea></label><br><button>ส่งคำร้อง</button></form>')
    write("/eservice/", "E-Service ระบบยื่นคำร้องออนไลน์",
          "<p>ประชาชนยื่นคำร้องขอรับบริการได้ตลอด ๒๔ ชั่วโมง โดยไม่ต้องเดินทางมาที่ อบต. เจ้าหน้าที่จะติดต่อกลับภายใน ๑ วันทำการ</p>"
          + form)
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ร้องเรียนเรื่องทั่วไป โทร. ๐ ๔๓๘๕ ๑๒๐๖ หรือ ตู้รับเรื่องร้องเรียนหน้าสำนักงาน</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ท่านสามารถแจ้งเบาะแสการทุจริตของเจ้าหน้าที่ได้ทางแบบฟอร์มนี้ ไม่ต้องระบุชื่อ ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/corruption/" method="post"><label>ชื่อผู้แจ้ง (ไม่บังคับ) <input name="name"></label><br>'
          '<label>เจ้าหน้าที่/หน่วยงานที่ถูกร้องเรียน <input name="who"></label><br>'
          '<label>รายละเอียด <textarea name="detail"></textarea></label><br>'
          '<label>ไฟล์หลักฐาน <input type="file" name="evidence"></label><br><button>ส่งเรื่อง</button></form>'
          "<p>หรือแจ้งด้วยตนเอง/โทรศัพท์ ๐ ๔๓๘๕ ๑๒๐๖ ต่อ ๑๐๒ (ศูนย์รับเรื่องร้องเรียน)</p>")
    write("/qa/", "ถาม - ตอบ", "<p><b>ถาม</b> ชำระภาษีป้ายได้ที่ไหน (๒ เม.ย. ๒๕๖๘)<br><b>ตอบ</b> ชำระได้ที่กองคลัง</p>")
    write("/laws/", "กฎหมายที่เกี่ยวข้อง",
          "<ul><li>พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗</li>"
          "<li>พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐</li></ul>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>อบต.โพนทรายคำ เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็น</p>")

    cats = "".join(f'<li><a href="/download/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<ul>{cats}</ul>\n<h2>เอกสารล่าสุด</h2>\n{doc_table(listed()[:12])}")
    for c, t in CATS.items():
        write(f"/download/{c}/", f"ดาวน์โหลด: {t}", doc_table(listed(c)))
    skr = [k for k in listed("procure") if k.startswith("skr")]
    write("/procurement/", "จัดซื้อจัดจ้าง",
          "<h2>สรุปผลการดำเนินการจัดซื้อจัดจ้างประจำเดือน (แบบ สขร.๑)</h2>" + doc_table(skr)
          + '<h2>ประกาศจัดซื้อจัดจ้าง</h2><p><a href="https://www.gprocurement.go.th/">ค้นหาประกาศในระบบ e-GP</a></p>')
    links = "".join(f'<li><a href="{p}">{p}</a></li>' for p in sorted(set(PAGES)))
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{links}</ul>")


CSS = """body{font-family:Tahoma,sans-serif;margin:0;background:#f2f5ee}.topbar{background:#2e5d2e;color:#fff;padding:4px 12px;font-size:13px}
header{display:flex;gap:12px;padding:10px;background:#fff}.menu{list-style:none;display:flex;flex-wrap:wrap;margin:0;padding:0;background:#3f7f3f}
.menu li a{display:block;color:#fff;padding:8px 12px;text-decoration:none}.container{display:flex;gap:16px;padding:12px}
aside{width:230px}.widget{background:#fff;margin-bottom:10px;padding:8px}main{flex:1;background:#fff;padding:12px}
.collapse{display:none}.collapse.show{display:block}.acc-head{width:100%;text-align:left;padding:8px;border:0;background:#e4eedd}
.acc-item{border:1px solid #cfd9c8;margin:3px 0}table.dl{border-collapse:collapse}table.dl td,table.dl th{border:1px solid #ccc;padding:3px 6px}
footer{background:#2e5d2e;color:#fff;padding:12px;font-size:13px}footer a{color:#fff}.person{display:inline-block;width:180px;text-align:center}
"""
JS = """document.addEventListener('click',function(e){var b=e.target.closest('.acc-head');if(!b)return;
var p=document.querySelector(b.dataset.target);p.classList.toggle('show');
var r=p.querySelector('.acc-remote');if(r&&!r.dataset.done){fetch(r.dataset.src).then(function(x){return x.text()})
.then(function(t){var d=new DOMParser().parseFromString(t,'text/html');r.innerHTML=d.querySelector('main ul').outerHTML;r.dataset.done=1})}});
"""


def assets() -> None:
    from PIL import Image, ImageDraw

    out = os.path.join(HERE, "assets")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "style.css"), "w", encoding="utf-8") as fh:
        fh.write(CSS)
    with open(os.path.join(out, "accordion.js"), "w", encoding="utf-8") as fh:
        fh.write(JS)
    for fname, size, color in (("logo.png", (72, 72), (46, 93, 46)), ("person.png", (90, 110), (200, 200, 200)),
                               ("ita.png", (300, 60), (30, 80, 160)), ("structure.png", (600, 80), (240, 240, 240))):
        img = Image.new("RGB", size, color)
        ImageDraw.Draw(img).rectangle([2, 2, size[0] - 3, size[1] - 3], outline=(0, 0, 0))
        img.save(os.path.join(out, fname), optimize=True)


def main() -> None:
    assets()
    news_pages()
    ita_pages()
    static_pages()


if __name__ == "__main__":
    main()
