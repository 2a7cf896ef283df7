"""Generate the HTML pages of the "airwing" test site (กองบิน 38, invented).

Run:  python tests/sites/airwing/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A Joomla template: a top bar, a mega menu, a right column (the commander, quick links, the air
force's links, a visitor counter) and a footer on every page; pages are folder/index.html.
Documents are listed by category (/download/<cat>/, as Joomla's Phoca Download shows them), the
monthly procurement summaries on /procurement/monthly/, news under /news/ (two pages).  The ITA
page /ita/2569/ is a table of o1 … o26 in the wing's own short wording whose links go to files,
pages or category lists; last year's /ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "กองบิน 38"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนยุทธศาสตร์ / แผนปฏิบัติราชการ", "report": "รายงานผลการปฏิบัติราชการ", "manual": "คู่มือ",
        "stats": "สถิติ", "procure": "ประกาศจัดซื้อจัดจ้าง", "hr": "กำลังพล", "integrity": "คุณธรรมและความโปร่งใส",
        "general": "เอกสารทั่วไป"}
HIDDEN = {"ita-analysis-67"}  # linked only from the ITA pages
MISSING_SIZE = "388.2 KB"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def f(key: str) -> str:
    return name(key, ROWS[key][3])


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับกองบิน", "/about/history/"), ("โครงสร้างหน่วย", "/about/structure/"),
        ("ผู้บังคับบัญชา", "/about/commanders/"), ("หน่วยในสังกัด", "/units/squadron381/"), ("ข่าวสาร", "/news/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("ดาวน์โหลด", "/download/"), ("บริการประชาชน", "/service/"),
        ("E-Service", "/eservice/"), ("ร้องเรียนการทุจริต", "/complaint/corruption/"), ("ITA", "/ita/"),
        ("ถาม-ตอบ", "/qa/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li class="item"><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr"><head><meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - {ORG} กองทัพอากาศ</title>
<link href="/templates/wing38/css/template.css" rel="stylesheet"></head>
<body class="site com_content">
<div class="topbar">{ORG} กองทัพอากาศ · Wing 38, Royal Thai Air Force · ศูนย์รับเรื่องร้องเรียน 0 5675 3800 ต่อ 4123</div>
<header class="header"><img src="/images/logo-wing38.png" alt="ตราสัญลักษณ์กองบิน 38" width="72" height="72">
<span class="site-title">{ORG}</span> <span class="site-desc">พร้อมรบ โปร่งใส เป็นที่พึ่งของประชาชน</span></header>
<nav><ul class="nav menu mod-list">
{menu}
</ul></nav>
<div class="container"><main id="content">
<h2 itemprop="headline">{esc(title)}</h2>
{body}
</main>
<aside id="right">
<div class="moduletable"><h3>ผู้บังคับการกองบิน 38</h3><img src="/images/co.jpg" alt="ผบ.บน.38" width="120" height="150"><br>
น.อ.ธีรวัฒน์ ศรีสุวรรณกุล</div>
<div class="moduletable"><h3>เมนูลัด</h3><a href="/ita/2569/">ITA ๒๕๖๙</a><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br>
<a href="/procurement/monthly/">สรุปผลจัดซื้อจัดจ้างรายเดือน</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="/eservice/">ขอเยี่ยมชมกิจการออนไลน์</a></div>
<div class="moduletable"><h3>หน่วยงานที่เกี่ยวข้อง</h3><a href="https://www.rtaf.mi.th/">กองทัพอากาศ</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="moduletable">ผู้เยี่ยมชม ๒๑๘,๔๐๗</div>
</aside></div>
<footer>{ORG} กองทัพอากาศ 88 หมู่ที่ 5 ตำบลวังโป่ง อำเภอวังโป่ง จังหวัดเพชรบูรณ์ 67240<br>
โทรศัพท์ 0 5675 3800 โทรสาร 0 5675 3899 อีเมล pr.wing38@rtaf.mi.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
Copyright © ๒๕๖๕ แผนกสารสนเทศ {ORG} · Powered by Joomla!</footer>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if ROWS[key][4] == "missing":
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, f(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str]) -> str:
    rows = []
    for k in keys:
        title, _cat, up, ext, _m = ROWS[k]
        rows.append(f'<tr><td><a href="{f(k)}">{esc(title)}</a></td><td>{be(up)}</td>'
                    f'<td>{ext.upper()} {size_of(k)}</td><td>ดาวน์โหลด</td></tr>')
    return ('<table class="phocadownload"><tr><th>ชื่อไฟล์</th><th>วันที่</th><th>ขนาด</th><th></th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and ROWS[k][1] != "procmonth" and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (1288, (2026, 4, 3), "กองบิน 38 ร่วมปฏิบัติการดับไฟป่าพื้นที่อุทยานแห่งชาติ จังหวัดเพชรบูรณ์",
     ["วันที่ 3 เมษายน 2569 กองบิน 38 จัดอากาศยานปีกหมุนพร้อมถังน้ำ ร่วมดับไฟป่าบริเวณเทือกเขาเพชรบูรณ์ รวม 14 เที่ยวบิน"]),
    (1279, (2026, 3, 24), "ประชาสัมพันธ์ผลการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569",
     ["กองบิน 38 ได้เผยแพร่ข้อมูลตามแบบวัดการเปิดเผยข้อมูลสาธารณะ ประจำปี 2569 ท่านสามารถตรวจดูได้ที่เมนู "
      '<a href="/ita/2569/">ITA ๒๕๖๙</a>']),
    (1266, (2026, 2, 16), "สรุปผลการประชุมรับฟังความคิดเห็นประชาชน โครงการกองบิน 38 สัมพันธ์ชุมชน ประจำปี 2569",
     ["วันที่ 12 กุมภาพันธ์ 2569 กองบิน 38 จัดประชุมรับฟังความคิดเห็นประชาชนรอบพื้นที่กองบิน ณ หอประชุมกองบิน 38 "
      "มีกำนัน ผู้ใหญ่บ้าน และประชาชนจาก 9 หมู่บ้านเข้าร่วม 146 คน",
      "ประชาชนเสนอให้ปรับเวลาฝึกบินกลางคืนไม่ให้เกิน 22.00 น. และขอใช้สนามกีฬากองบินในวันหยุด "
      "ผู้บังคับการกองบินรับข้อเสนอ และกำหนดตารางฝึกบินใหม่ตั้งแต่เดือนมีนาคม 2569 พร้อมแจ้งผลให้หมู่บ้านทราบทางหอกระจายข่าว"]),
    (1259, (2026, 1, 29), "ขอเชิญร่วมประชุมรับฟังความคิดเห็นประชาชน โครงการกองบิน 38 สัมพันธ์ชุมชน",
     ["กองบิน 38 ขอเชิญกำนัน ผู้ใหญ่บ้าน และประชาชนร่วมประชุมในวันที่ 12 กุมภาพันธ์ 2569",
      '<a href="{invite}">หนังสือเชิญ</a>']),
    (1251, (2026, 1, 20), "กองบิน 38 จัดอบรมเสริมสร้างคุณธรรมจริยธรรมและต่อต้านการทุจริต ประจำปีงบประมาณ 2569",
     ["วันที่ 20 มกราคม 2569 กองบิน 38 จัดอบรมขับเคลื่อนประมวลจริยธรรมข้าราชการทหาร แก่กำลังพล 238 นาย "
      "โดยมีวิทยากรจากกรมจเรทหารอากาศบรรยายเรื่องผลประโยชน์ทับซ้อนและการรับของขวัญ (มาตรา 128)",
      "การอบรมเป็นไปตามคำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม กองบิน 38 "
      '<a href="{order}">คำสั่ง ที่ 127/2568</a>']),
    (1240, (2026, 1, 10), "กองบิน 38 จัดงานวันเด็กแห่งชาติ 2569",
     ["เปิดให้เด็กและเยาวชนเข้าชมอากาศยาน มีผู้เข้าร่วมกว่า 5,000 คน"]),
    (1232, (2025, 12, 19), "กองบิน 38 มอบผ้าห่มกันหนาวแก่ประชาชนอำเภอวังโป่ง",
     ["มอบผ้าห่มจำนวน 800 ผืน แก่ผู้สูงอายุและผู้ด้อยโอกาส"]),
    (1221, (2025, 11, 26), "ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์แผนปฏิบัติราชการ",
     ["รายละเอียดตามไฟล์แนบ", '<a href="{notice}">ประกาศผู้ชนะการเสนอราคา</a>']),
    (1213, (2025, 11, 6), "ผู้บังคับการกองบิน 38 มอบนโยบายการปฏิบัติราชการ ประจำปีงบประมาณ 2569",
     ["ผู้บังคับการกองบิน 38 มอบนโยบายแก่หัวหน้าหน่วยขึ้นตรง เน้นความปลอดภัยในการบินและความโปร่งใส"]),
    (1205, (2025, 10, 14), "พิธีวางพวงมาลา วันคล้ายวันสวรรคต พระบาทสมเด็จพระบรมชนกาธิเบศร 13 ตุลาคม 2568",
     ["กำลังพลกองบิน 38 ร่วมพิธี ณ ลานหน้ากองบังคับการ"]),
    (1144, (2025, 3, 27), "วันกองทัพอากาศ 27 มีนาคม 2568", ["กองบิน 38 จัดพิธีทำบุญเนื่องในวันกองทัพอากาศ"]),
    (1120, (2025, 2, 14), "การประชุมรับฟังความคิดเห็นประชาชน ประจำปี 2568",
     ["วันที่ 14 กุมภาพันธ์ 2568 กองบิน 38 รับฟังความคิดเห็นประชาชนรอบพื้นที่ มีผู้เข้าร่วม 120 คน"]),
]


def news_pages() -> None:
    links = {"invite": f("invite-69"), "order": f("ethics-order-68"), "notice": f("print-notice")}
    for nid, (y, m, dd), title, paras in NEWS:
        body = f'<p class="date">เผยแพร่เมื่อ {dd} {MONTHS[m - 1]} {y + 543}</p>\n' + "\n".join(
            f"<p>{p.format(**links) if '<a' in p else esc(p)}</p>" for p in paras)
        write(f"/news/{nid}/", title, body)
    for page, lo, hi in ((1, (2025, 10, 1), (2027, 1, 1)), (2, (2000, 1, 1), (2025, 10, 1))):
        rows = [f'<li><a href="/news/{nid}/">{esc(t)}</a> <small>{dd} {MONTHS[m - 1]} {y + 543}</small></li>'
                for nid, (y, m, dd), t, _p in NEWS if lo <= (y, m, dd) < hi]
        nav = '<p><a href="/news/page/2/">หน้าถัดไป »</a></p>' if page == 1 else '<p><a href="/news/">« หน้าแรก</a></p>'
        write("/news/" if page == 1 else "/news/page/2/", "ข่าวประชาสัมพันธ์", "<ul>" + "\n".join(rows) + "</ul>" + nav)


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    write("/", "หน้าแรก", """<p>ยินดีต้อนรับสู่เว็บไซต์กองบิน 38 กองทัพอากาศ</p>
<h3>ข่าวล่าสุด</h3><ul><li><a href="/news/1288/">กองบิน 38 ร่วมปฏิบัติการดับไฟป่า</a></li>
<li><a href="/news/1279/">ประชาสัมพันธ์ผลการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569</a></li>
<li><a href="/news/1266/">สรุปผลการประชุมรับฟังความคิดเห็นประชาชน</a></li></ul>
<p><a href="/ita/">การประเมินคุณธรรมและความโปร่งใส (ITA)</a> · <a href="/gallery/">ภาพกิจกรรม</a> · <a href="/links/">ลิงก์หน่วยงาน</a></p>""")
    write("/about/history/", "ประวัติกองบิน 38", "<p>กองบิน 38 จัดตั้งขึ้นเมื่อ พ.ศ. 2521 เป็นหน่วยขึ้นตรงกองบัญชาการยุทธทางอากาศ "
          "กองทัพอากาศ ตั้งอยู่ที่อำเภอวังโป่ง จังหวัดเพชรบูรณ์ มีฝูงบิน 381 เป็นหน่วยบินหลัก</p>"
          '<p><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a> · <a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/vision/", "วิสัยทัศน์ พันธกิจ", "<p>วิสัยทัศน์: กองบินที่พร้อมรบ ปฏิบัติการทางอากาศได้อย่างมีประสิทธิภาพ "
          "และเป็นที่พึ่งของประชาชนในพื้นที่</p><p>พันธกิจ: เตรียมกำลังทางอากาศ ปฏิบัติการตามที่ได้รับมอบ และช่วยเหลือประชาชน</p>")
    write("/about/structure/", "โครงสร้างหน่วยกองบิน 38", """<img src="/images/chart-wing38.png" alt="แผนผังโครงสร้างกองบิน 38" width="300" height="180">
<ul><li>ผู้บังคับการกองบิน 38 (ผบ.บน.38)<ul><li>รองผู้บังคับการกองบิน 38 (2 นาย)</li><li>เสนาธิการกองบิน 38</li></ul></li>
<li>ฝ่ายอำนวยการ: แผนกกำลังพล แผนกข่าว แผนกยุทธการ แผนกส่งกำลังบำรุง แผนกกิจการพลเรือน แผนกสารสนเทศ แผนกจเร</li>
<li>หน่วยปฏิบัติ: ฝูงบิน 381, กองบังคับการ, กองพันทหารช่าง, กองร้อยทหารสารวัตร</li>
<li>หน่วยสนับสนุน: แผนกพัสดุ แผนกการเงิน แผนกธุรการ โรงพยาบาลกองบิน 38</li></ul>
<p><a href="/about/authority/">อำนาจหน้าที่ของกองบิน 38</a></p>""")
    write("/about/authority/", "อำนาจหน้าที่", """<p>ตามพระราชกฤษฎีกาแบ่งส่วนราชการกองทัพอากาศ กระทรวงกลาโหม และคำสั่งกองทัพอากาศว่าด้วยการจัดหน่วย
กองบิน 38 มีอำนาจหน้าที่โดยสรุป ดังนี้</p><ol><li>เตรียมและใช้กำลังทางอากาศตามที่กองทัพอากาศมอบหมาย</li>
<li>ปกครองบังคับบัญชา ฝึกศึกษาและพัฒนากำลังพลในสังกัด</li><li>ส่งกำลังบำรุงและซ่อมบำรุงอากาศยานและอุปกรณ์</li>
<li>รักษาความปลอดภัยฐานบินและพื้นที่รับผิดชอบ</li><li>สนับสนุนการช่วยเหลือประชาชนและบรรเทาสาธารณภัย</li></ol>""")
    write("/about/commanders/", "ผู้บังคับบัญชากองบิน 38", """<table class="cmd">
<tr><td><img src="/images/co.jpg" alt="ผบ.บน.38" width="120" height="150"></td><td>นาวาอากาศเอก ธีรวัฒน์ ศรีสุวรรณกุล<br>ผู้บังคับการกองบิน 38<br>โทร. 0 5675 3800 ต่อ 4001</td></tr>
<tr><td><img src="/images/dco1.jpg" alt="รอง ผบ.บน.38" width="120" height="150"></td><td>นาวาอากาศเอก ชยพล วงศ์ภักดี<br>รองผู้บังคับการกองบิน 38<br>โทร. ต่อ 4002</td></tr>
<tr><td><img src="/images/dco2.jpg" alt="รอง ผบ.บน.38" width="120" height="150"></td><td>นาวาอากาศเอก อนุชา แก้วประเสริฐ<br>รองผู้บังคับการกองบิน 38<br>โทร. ต่อ 4003</td></tr>
<tr><td><img src="/images/cos.jpg" alt="เสธ.บน.38" width="120" height="150"></td><td>นาวาอากาศโท ปกรณ์ ทองสุข<br>เสนาธิการกองบิน 38<br>โทร. ต่อ 4004</td></tr></table>""")
    write("/contact/", "ติดต่อเรา", """<p>กองบิน 38 กองทัพอากาศ 88 หมู่ที่ 5 ตำบลวังโป่ง อำเภอวังโป่ง จังหวัดเพชรบูรณ์ 67240</p>
<p>โทรศัพท์ 0 5675 3800 โทรสาร 0 5675 3899 อีเมล <a href="mailto:pr.wing38@rtaf.mi.th">pr.wing38@rtaf.mi.th</a></p>
<p>Facebook: กองบิน 38 Wing 38 · <a href="https://maps.google.com/?q=16.3521,100.7714">แผนที่ Google Maps</a></p>
<p>เวลาทำการ จันทร์ - ศุกร์ 08.00 - 16.00 น. · <a href="/qa/">ถาม-ตอบ (Q&amp;A)</a></p>""")
    write("/qa/", "ถาม-ตอบ (Q&A)", """<div class="qa"><p><b>ถาม</b> (นายวีระ, 9 ก.พ. 2569): ขอเข้าชมอากาศยานกับนักเรียน ต้องทำอย่างไร</p>
<p><b>ตอบ</b> (แผนกกิจการพลเรือน, 10 ก.พ. 2569): ยื่นคำขอผ่านเมนู <a href="/eservice/">E-Service</a> ล่วงหน้า 15 วัน</p>
<p><b>ถาม</b> (ชาวบ้านวังโป่ง, 3 มี.ค. 2569): การฝึกบินกลางคืนเดือนนี้กี่วัน</p><p><b>ตอบ</b> (แผนกยุทธการ, 4 มี.ค. 2569): 6 วัน ไม่เกิน 22.00 น.</p></div>
<form action="/qa/" method="post"><label>ชื่อ <input name="name"></label><label>อีเมล <input name="email"></label>
<label>คำถาม <textarea name="question"></textarea></label><button type="submit">ส่งคำถาม</button></form>""")
    write("/service/", "บริการประชาชน", f"""<p>กองบิน 38 ให้บริการประชาชน ได้แก่ การขอเข้าเยี่ยมชมกิจการ การขอใช้สนามกีฬาและหอประชุม
และการรักษาพยาบาลที่โรงพยาบาลกองบิน 38</p><p><a href="{f('service-manual')}">คู่มือการขอรับบริการ กองบิน 38 (PDF)</a></p>
<p><a href="/eservice/">ยื่นคำขอออนไลน์</a></p>""")
    write("/eservice/", "E-Service ระบบบริการออนไลน์", f"""<p>ยื่นคำขอเข้าเยี่ยมชมกิจการกองบิน 38 ออนไลน์ เจ้าหน้าที่จะติดต่อกลับภายใน 7 วัน</p>
<form action="/eservice/request/" method="post"><label>ชื่อหน่วยงาน/สถานศึกษา <input name="org"></label>
<label>ผู้ประสานงาน <input name="contact"></label><label>โทรศัพท์ <input name="tel"></label>
<label>วันที่ต้องการเข้าเยี่ยมชม <input type="date" name="date"></label><label>จำนวนผู้เข้าชม <input name="n"></label>
<button type="submit">ส่งคำขอ</button></form>
<p><a href="/eservice/request/">ตรวจสอบสถานะคำขอ</a> · <a href="{f('service-stats-69')}">สถิติการให้บริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)</a></p>""")
    write("/eservice/request/", "ตรวจสอบสถานะคำขอ", """<form action="/eservice/request/" method="get"><label>เลขที่คำขอ <input name="id"></label>
<button type="submit">ค้นหา</button></form>""")
    write("/complaint/", "ร้องเรียน / ร้องทุกข์", """<p>ร้องเรียนทั่วไปได้ที่ศูนย์รับเรื่องร้องเรียนกองบิน 38 โทร. 0 5675 3800 ต่อ 4123</p>
<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a> · <a href="/complaint/stats/">สถิติเรื่องร้องเรียน</a></p>""")
    write("/complaint/corruption/", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"""<p>ผู้ร้องเรียนจะได้รับการคุ้มครองและปกปิดข้อมูลเป็นความลับ</p>
<form action="/complaint/corruption/" method="post"><label>ชื่อผู้ร้อง (ไม่ระบุก็ได้) <input name="name"></label>
<label>เรื่องที่ร้องเรียน <input name="subject"></label><label>รายละเอียด/พฤติการณ์ <textarea name="detail"></textarea></label>
<label>แนบหลักฐาน <input type="file" name="file"></label><button type="submit">ส่งเรื่อง</button></form>
<p>ช่องทางอื่น: <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> · ตู้รับเรื่องร้องเรียนหน้ากองบังคับการ ·
<a href="{f('complaint-manual')}">คู่มือการจัดการเรื่องร้องเรียน</a></p>""")
    rows = [("ต.ค. 2568", 1, 1, 0), ("พ.ย. 2568", 0, 0, 0), ("ธ.ค. 2568", 1, 0, 1), ("ม.ค. 2569", 0, 0, 0),
            ("ก.พ. 2569", 2, 1, 1), ("มี.ค. 2569", 0, 0, 0)]
    trs = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{e}</td></tr>" for a, b, c, e in rows)
    write("/complaint/stats/", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ 2569",
          f"""<p>ข้อมูล ณ วันที่ 31 มีนาคม 2569</p><table class="stat"><tr><th>เดือน</th><th>จำนวนเรื่อง</th>
<th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>
{trs}
<tr><td>รวม</td><td>4</td><td>2</td><td>2</td></tr></table>""")
    for slug, title, text in (("squadron381", "ฝูงบิน 381", "หน่วยบินหลักของกองบิน 38 ปฏิบัติภารกิจลาดตระเวนและช่วยเหลือประชาชน"),
                              ("hospital", "โรงพยาบาลกองบิน 38", "ให้บริการรักษาพยาบาลกำลังพล ครอบครัว และประชาชนทั่วไป"),
                              ("police", "กองร้อยทหารสารวัตร", "รักษาความปลอดภัยและการจราจรภายในฐานบิน")):
        write(f"/units/{slug}/", title, f"<p>{text}</p>")
    write("/gallery/", "ภาพกิจกรรม", '<p><img src="/images/gallery/kids2569.jpg" alt="วันเด็ก 2569" width="200" height="140"></p>')
    write("/links/", "ลิงก์หน่วยงาน", '<ul><li><a href="https://www.rtaf.mi.th/">กองทัพอากาศ</a></li>'
          '<li><a href="https://www.mod.go.th/">กระทรวงกลาโหม</a></li></ul>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>กองบิน 38 เก็บข้อมูลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")


# ---------------------------------------------------------------- downloads, procurement

def download_pages() -> None:
    cats = "".join(f'<li><a href="/download/{c}/">{esc(t)}</a> ({len(listed(c))})</li>' for c, t in CATS.items())
    write("/download/", "ดาวน์โหลดเอกสาร", f"<ul>{cats}</ul>\n<h3>เอกสารล่าสุด</h3>\n{table(listed()[:12])}")
    for c, t in CATS.items():
        write(f"/download/{c}/", t, table(listed(c)))
    months = sorted((k for k in ROWS if ROWS[k][1] == "procmonth"), reverse=True)
    write("/procurement/monthly/", "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน (สขร.1) ปีงบประมาณ 2569", table(months))
    write("/procurement/", "จัดซื้อจัดจ้าง", f"""<ul><li><a href="/procurement/monthly/">สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</a></li>
<li><a href="{f('proc-year-67')}">รายงานผลการจัดซื้อจัดจ้างประจำปี</a></li>
<li><a href="/download/procure/">ประกาศจัดซื้อจัดจ้าง</a></li><li><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></li></ul>""")


# ---------------------------------------------------------------- ITA

ITA_2569 = [  # code, the wing's own short wording, links [(text, href)]
    ("o1", "โครงสร้างหน่วย", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ข้อมูลผู้บังคับบัญชา", [("ผู้บังคับบัญชา", "/about/commanders/")]),
    ("o3", "ข้อมูลการติดต่อ / ถาม-ตอบ", [("ติดต่อเรา", "/contact/"), ("Q&A", "/qa/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวสาร", "/news/")]),
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ บน.38", "strategy-63-67"), ("ยุทธศาสตร์ ทอ. 20 ปี", "rtaf-strategy")]),
    ("o6", "แผนปฏิบัติราชการประจำปี", [("แผนปฏิบัติราชการ", "/download/plan/")]),
    ("o7", "รายงานผลการปฏิบัติราชการประจำปี", [("รายงานผล", "report-67")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มืองานสารบรรณ", "manual-saraban")]),
    ("o9", "คู่มือการขอรับบริการ", [("บริการประชาชน", "/service/")]),
    ("o10", "E-Service", [("ขอเยี่ยมชมกิจการออนไลน์", "/eservice/")]),
    ("o11", "สขร.1 รายเดือน", [("สรุปผลจัดซื้อจัดจ้างรายเดือน", "/procurement/monthly/")]),
    ("o12", "รายงานผลจัดซื้อจัดจ้างประจำปี", [("รายงาน", "proc-year-67")]),
    ("o13", "หลักเกณฑ์/แผนบริหารกำลังพล", [("เอกสารกำลังพล", "/download/hr/")]),
    ("o14", "รายงานผลการบริหารกำลังพล", [("รายงาน ปีงบ 68", "hr-report-68")]),
    ("o15", "ประมวลจริยธรรม / การขับเคลื่อน", [("ประมวลจริยธรรม", "ethics-code"), ("อบรมคุณธรรม", "/news/1251/")]),
    ("o16", "คู่มือเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint-manual")]),
    ("o17", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o18", "สถิติเรื่องร้องเรียน", [("สถิติ ปีงบ 69", "/complaint/stats/")]),
    ("o19", "การมีส่วนร่วม", [("ประชุมรับฟังความคิดเห็น", "/news/1266/")]),
    ("o20", "No Gift Policy", [("ประกาศ", "no-gift-67"), ("รายงานการรับของขวัญ", "gift-report-68")]),
    ("o21", "ประเมินความเสี่ยงการทุจริต", [("ปีงบ 69", "risk-69")]),
    ("o22", "รายงานผลจัดการความเสี่ยงการทุจริต", [("รายงาน", "risk-report-68")]),
    ("o23", "แผนป้องกันการทุจริต", [("แผน บน.38 ปีงบ 69", "anti-plan-69")]),
    ("o24", "รายงานผลป้องกันการทุจริต", [("รายงาน ปีงบ 68", "anti-report-68")]),
    ("o25", "การนำผล ITA ไปพัฒนา", [("วิเคราะห์ผล ITA / มาตรการ", "ita-analysis-67")]),
    ("o26", "รายงานมาตรการส่งเสริมคุณธรรม", [("รายงาน ปีงบ 68", "integrity-report-68")]),
]

ITA_2568 = [
    ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์ บน.38", "strategy-63-67")]),
    ("o6", "แผนปฏิบัติราชการประจำปี", [("ปีงบ 68", "action-68")]),
    ("o13", "แผนพัฒนากำลังพล", [("แผน 66-68", "hr-plan-66-68")]),
    ("o22", "มาตรการส่งเสริมคุณธรรม (ITA 2568)", [("วิเคราะห์ผล ITA 2567", "ita-analysis-67")]),
    ("o26", "No Gift Policy", [("ประกาศ", "no-gift-67")]),
]


def ita_table(rows) -> str:
    out = []
    for code, text, links in rows:
        cells = " · ".join(f'<a href="{h if h.startswith("/") else f(h)}">{esc(t)}</a>' for t, h in links)
        out.append(f"<tr><td>{code.upper()}</td><td>{esc(text)}</td><td>{cells}</td></tr>")
    return '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>\n' + "\n".join(out) + "</table>"


def ita_pages() -> None:
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ประจำปี ๒๕๖๙</a></li><li><a href="/ita/2568/">ITA ประจำปี ๒๕๖๘</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙", ita_table(ITA_2569))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘", ita_table(ITA_2568))


ASSETS = ["/images/logo-wing38.png", "/images/co.jpg", "/images/dco1.jpg", "/images/dco2.jpg", "/images/cos.jpg",
          "/images/chart-wing38.png", "/images/gallery/kids2569.jpg"]
CSS = "body{font-family:Sarabun,sans-serif;margin:0}nav ul{display:flex;flex-wrap:wrap;list-style:none}" \
      ".container{display:flex}#content{flex:3}#right{flex:1}table{border-collapse:collapse}td,th{border:1px solid #ccc}\n"


def assets() -> None:
    import io

    from PIL import Image

    for i, path in enumerate(ASSETS):
        target = os.path.join(HERE, path.lstrip("/"))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        buf = io.BytesIO()
        Image.new("RGB", (24, 24), (20 + 30 * i, 60, 140)).save(buf, format="PNG" if path.endswith("png") else "JPEG")
        with open(target, "wb") as fh:
            fh.write(buf.getvalue())
    css = os.path.join(HERE, "templates/wing38/css/template.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as fh:
        fh.write(CSS)


def main() -> None:
    assets()
    static_pages()
    news_pages()
    download_pages()
    ita_pages()


if __name__ == "__main__":
    main()
