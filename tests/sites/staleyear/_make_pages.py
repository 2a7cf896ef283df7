"""Generate the HTML pages of the "staleyear" test site (องค์การบริหารส่วนตำบลหนองบัวแดง, invented).

Run:  python tests/sites/staleyear/_make_pages.py   (after _make_docs.py: sizes are read from its files)

An อบต. whose clerks changed in 2568.  The menu still links "ITA 2568" (complete) beside "ITA 2569"
(half filled: several rows say "อยู่ระหว่างดำเนินการ").  Documents sit in a download centre by
category (/download/<cat>/, newest first, FY2568 and FY2569 side by side); monthly สขร.1 have their
own page (/procurement/monthly/).  News posts /news/view/<id>/ of FY2569 (page 1) and FY2568 (page 2).
Every page repeats the top bar, the menu, the left column and the footer; pages are folder/index.html.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, name  # noqa: E402

ORG = "องค์การบริหารส่วนตำบลหนองบัวแดง"
TH_DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {
    "plan": "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "budget": "ข้อบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
    "manual": "คู่มือการปฏิบัติงาน / คู่มือประชาชน", "stats": "สถิติการให้บริการ", "procure": "จัดซื้อจัดจ้าง",
    "hr": "การบริหารงานบุคคล", "ethics": "ประมวลจริยธรรม", "complaint": "เรื่องร้องเรียน",
    "integrity": "คุณธรรมและความโปร่งใส / ป้องกันการทุจริต",
}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def url(key: str) -> str:
    _l, _c, up, ext, _m = DOCS[key]
    return name(key, up, ext)


def size(key: str) -> str:
    if DOCS[key][4] == "missing":
        return "312.6 KB"
    n = os.path.getsize(os.path.join(HERE, url(key).lstrip("/")))
    return f"{n / 1024:.1f} KB"


def link(key: str, text: str | None = None) -> str:
    return f'<a href="{url(key)}" target="_blank">{esc(text or DOCS[key][0])}</a>'


MENU = [
    ("หน้าหลัก", "/"), ("ข้อมูลทั่วไป", "/about/history/"), ("โครงสร้างส่วนราชการ", "/about/structure/"),
    ("อำนาจหน้าที่", "/about/authority/"), ("คณะผู้บริหาร", "/about/executives/"), ("สมาชิกสภา", "/about/council/"),
    ("หัวหน้าส่วนราชการ", "/about/staff/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("เอกสารดาวน์โหลด", "/download/"),
    ("สขร.1", "/procurement/monthly/"), ("E-Service", "/eservice/"), ("ร้องเรียนการทุจริต", "/complaint/"),
    ("ITA 2569", "/ita/2569/"), ("ITA 2568", "/ita/2568/"), ("ถาม-ตอบ", "/webboard/"), ("ติดต่อเรา", "/contact/"),
]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} | {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div class="topbar"><img src="/assets/logo.png" alt="ตราสัญลักษณ์" width="48" height="48">
<b>{ORG}</b> อำเภอโพนทราย จังหวัดร้อยเอ็ด<br><small>Nongbuadaeng Subdistrict Administrative Organization</small></div>
<ul class="menu">{menu}</ul>
<div class="wrap"><div class="side">
<div class="box"><b>นายก อบต.หนองบัวแดง</b><br>นายสมหมาย ทองประเสริฐ<br>สายตรงนายก ๐ ๔๓๕๖ ๒๑๐๘ ต่อ ๑๑</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/ita/2569/">ITA ๒๕๖๙</a><br><a href="/ita/2568/">ITA ๒๕๖๘</a><br>
<a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a><br><a href="/eservice/">บริการออนไลน์ E-Service</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></div>
<div class="box">สถิติผู้เข้าชม ๙๒,๔๑๘ ครั้ง</div>
</div>
<div class="main">
<h1>{esc(title)}</h1>
{body}
</div></div>
<div class="footer">{ORG} เลขที่ ๑๙๙ หมู่ที่ ๔ ตำบลหนองบัวแดง อำเภอโพนทราย จังหวัดร้อยเอ็ด ๔๕๒๔๐<br>
โทรศัพท์ ๐ ๔๓๕๖ ๒๑๐๘ โทรสาร ๐ ๔๓๕๖ ๒๑๐๙ อีเมล saraban@nongbuadaeng-phonsai.go.th
&nbsp; <a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
Copyright © องค์การบริหารส่วนตำบลหนองบัวแดง</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(layout(title, body))


# ---------------------------------------------------------------- news

NEWS = [  # id, date, title, paragraphs, documents
    (401, "2 เม.ย. 2569", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     ["ขอเชิญชวนเจ้าของที่ดินและสิ่งปลูกสร้างชำระภาษีภายในวันที่ 30 เมษายน 2569 ณ กองคลัง หรือชำระผ่าน QR Code"], []),
    (398, "20 มี.ค. 2569", "โครงการป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน ประจำปี 2569",
     ["อบต.หนองบัวแดง ร่วมกับผู้นำชุมชนทั้ง 11 หมู่บ้าน จัดทำแนวกันไฟบริเวณโคกป่าช้าหนองบัว"], []),
    (394, "11 ก.พ. 2569", "การประชุมสภาองค์การบริหารส่วนตำบลหนองบัวแดง สมัยสามัญ สมัยแรก ประจำปี 2569",
     ["เมื่อวันที่ 10 กุมภาพันธ์ 2569 ประธานสภา อบต. เปิดประชุมสภาสมัยสามัญ สมัยแรก เพื่อพิจารณาญัตติโอนงบประมาณ"], []),
    (391, "23 ม.ค. 2569", "โครงการอบรมส่งเสริมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และพนักงาน ประจำปีงบประมาณ 2569",
     ["วันที่ 22 มกราคม 2569 อบต.หนองบัวแดง จัดโครงการอบรมส่งเสริมคุณธรรมจริยธรรม ณ ห้องประชุม อบต. "
      "มีผู้เข้าร่วม 41 คน ได้แก่ ผู้บริหาร สมาชิกสภา พนักงานส่วนตำบลและพนักงานจ้าง",
      "วิทยากรบรรยายเรื่องประมวลจริยธรรมของพนักงานส่วนท้องถิ่น การรับของขวัญตามมาตรา 128 และ Do's & Don'ts "
      "ในการปฏิบัติงาน พร้อมกิจกรรมกลุ่มจิตอาสาทำความสะอาดวัดบ้านหนองบัวแดง"], ["ethics"]),
    (388, "14 ม.ค. 2569", "ประชุมชี้แจงแนวทางการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2569",
     ["ปลัด อบต. ประชุมหัวหน้าส่วนราชการเพื่อมอบหมายผู้รับผิดชอบข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569"],
     ["itainvite"]),
    (385, "5 ธ.ค. 2568", "กิจกรรมเฉลิมพระเกียรติ เนื่องในวันคล้ายวันพระบรมราชสมภพ 5 ธันวาคม 2568",
     ["คณะผู้บริหาร พนักงาน และประชาชน ร่วมกิจกรรมปลูกต้นไม้และบำเพ็ญสาธารณประโยชน์"], []),
    (382, "18 พ.ย. 2568", "ประชุมประชาคมตำบลเพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2569",
     ["วันที่ 17 พฤศจิกายน 2568 เวลา 09.00 น. นายสมหมาย ทองประเสริฐ นายก อบต.หนองบัวแดง เป็นประธานในการประชุม"
      "ประชาคมท้องถิ่นระดับตำบล เพื่อทบทวน เพิ่มเติมแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) ณ หอประชุมหมู่ที่ 4 "
      "เพื่อรับฟังความคิดเห็น รับทราบปัญหาและความต้องการของประชาชน และให้ประชาชนมีส่วนร่วมเสนอโครงการ",
      "ผู้เข้าร่วม 236 คน ได้แก่ ผู้แทนประชาคม 11 หมู่บ้าน กำนัน ผู้ใหญ่บ้าน อสม. และกลุ่มสตรี",
      "ผลการประชุม: ประชาคมเสนอโครงการ 34 โครงการ ที่ประชุมจัดลำดับความสำคัญ 5 ลำดับแรก ได้แก่ ขุดลอกหนองบัว "
      "ก่อสร้างถนน คสล. หมู่ที่ 9 ติดตั้งไฟฟ้าส่องสว่าง หมู่ที่ 2 ขยายเขตประปา หมู่ที่ 6 และอบรมอาชีพผู้สูงอายุ"], []),
    (379, "21 ต.ค. 2568", "นายก อบต.หนองบัวแดง ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ 2569",
     ["นายสมหมาย ทองประเสริฐ นายก อบต. ประกาศเจตจำนงสุจริตต่อหน้าพนักงานทุกคน ณ หน้าที่ทำการ อบต."], []),
    (376, "1 ต.ค. 2568", "ต้อนรับปลัดองค์การบริหารส่วนตำบลหนองบัวแดงคนใหม่",
     ["นายวีรยุทธ แสนสุข ย้ายมาดำรงตำแหน่งปลัด อบต.หนองบัวแดง แทนนางสาวกาญจนา พิมพ์ลา ซึ่งโอนย้ายไปดำรงตำแหน่งที่อื่น "
      "ตั้งแต่วันที่ 1 ตุลาคม 2568"], []),
    (362, "12 ส.ค. 2568", "กิจกรรมวันแม่แห่งชาติ ประจำปี 2568",
     ["อบต.หนองบัวแดง จัดกิจกรรมมอบเกียรติบัตรแม่ดีเด่นประจำตำบล 11 คน"], []),
    (355, "10 พ.ค. 2568", "งานประเพณีบุญบั้งไฟตำบลหนองบัวแดง ประจำปี 2568",
     ["งานประเพณีบุญบั้งไฟจัดขึ้นระหว่างวันที่ 9 - 10 พฤษภาคม 2568 ณ บ้านหนองบัวแดง หมู่ที่ 1"], []),
    (349, "14 มี.ค. 2568", "โครงการอบรมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2568",
     ["วันที่ 13 มีนาคม 2568 จัดอบรมคุณธรรมจริยธรรมแก่พนักงาน ผู้เข้าร่วม 35 คน"], []),
    (341, "2 ธ.ค. 2567", "ประชุมประชาคมหมู่บ้านเพื่อจัดทำแผนพัฒนาท้องถิ่น ประจำปี 2568",
     ["ระหว่างวันที่ 25 - 29 พฤศจิกายน 2567 อบต. ออกประชาคมหมู่บ้านครบทั้ง 11 หมู่บ้าน ผู้เข้าร่วมรวม 512 คน"], []),
    (336, "15 ต.ค. 2567", "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2568",
     ["นายก อบต.หนองบัวแดง ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ประจำปีงบประมาณ 2568"],
     ["nogift2568"]),
]


def news_pages() -> None:
    def row(n):
        return f'<li><span class="date">{n[1]}</span> <a href="/news/view/{n[0]}/">{esc(n[2])}</a></li>'

    new, old = NEWS[:9], NEWS[9:]
    nav = '<p class="pager">หน้า <b>1</b> <a href="/news/page/2/">2</a></p>'
    write("/news/", "ข่าวประชาสัมพันธ์", '<ul class="news">' + "".join(row(n) for n in new) + "</ul>" + nav)
    write("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", '<ul class="news">' + "".join(row(n) for n in old) + "</ul>"
          + '<p class="pager">หน้า <a href="/news/">1</a> <b>2</b></p>')
    for nid, date, title, paras, docs in NEWS:
        body = f'<p class="meta">วันที่ {date} · โดย งานประชาสัมพันธ์ · อ่าน {nid * 3 % 400 + 37} ครั้ง</p>'
        body += "".join(f"<p>{esc(p)}</p>" for p in paras)
        body += '<p><img src="/assets/photo.png" alt="ภาพกิจกรรม" width="160" height="100"></p>'
        if docs:
            body += "<p>เอกสารแนบ: " + ", ".join(link(k) for k in docs) + "</p>"
        body += '<p><a href="/news/">« กลับหน้าข่าวประชาสัมพันธ์</a></p>'
        write(f"/news/view/{nid}/", title, body)


# ---------------------------------------------------------------- downloads

def doc_table(keys: list[str]) -> str:
    keys = sorted(keys, key=lambda k: DOCS[k][2], reverse=True)
    rows = "".join(
        f'<tr><td>{i}</td><td>{link(k)}</td><td>{be(DOCS[k][2])}</td><td>{DOCS[k][3].upper()} ({size(k)})</td></tr>'
        for i, k in enumerate(keys, 1))
    return f'<table class="dl"><tr><th>ที่</th><th>ชื่อเอกสาร</th><th>วันที่ลงประกาศ</th><th>ไฟล์</th></tr>{rows}</table>'


def download_pages() -> None:
    items = "".join(f'<li><a href="/download/{s}/">{esc(n)}</a> ({sum(1 for v in DOCS.values() if v[1] == s)})</li>'
                    for s, n in CATS.items())
    write("/download/", "เอกสารดาวน์โหลด", f"<p>เลือกหมวดเอกสาร</p><ul>{items}</ul>")
    for slug, cname in CATS.items():
        write(f"/download/{slug}/", f"เอกสารดาวน์โหลด : {cname}",
              doc_table([k for k, v in DOCS.items() if v[1] == slug]) + '<p><a href="/download/">« หมวดเอกสารทั้งหมด</a></p>')


def procurement_page() -> None:
    keys = [k for k in DOCS if k.startswith("skr")]
    body = ("<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน (แบบ สขร.1) ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 มาตรา 9 (8)</p>"
            "<h2>ปีงบประมาณ 2569</h2>" + doc_table([k for k in keys if k.startswith("skr2569")])
            + "<h2>ปีงบประมาณ 2568</h2>" + doc_table([k for k in keys if k.startswith("skr2568")])
            + '<p>ประกาศจัดซื้อจัดจ้างอื่น ๆ ดูที่ <a href="/download/procure/">เอกสารดาวน์โหลด : จัดซื้อจัดจ้าง</a> '
              'และ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></p>')
    write("/procurement/monthly/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", body)


# ---------------------------------------------------------------- about, contact, services

def about_pages() -> None:
    write("/about/history/", "ข้อมูลทั่วไป",
          "<p>องค์การบริหารส่วนตำบลหนองบัวแดง ยกฐานะจากสภาตำบลเมื่อปี พ.ศ. 2540 ตั้งอยู่ทางทิศเหนือของอำเภอโพนทราย "
          "ห่างจากที่ว่าการอำเภอประมาณ 12 กิโลเมตร มีพื้นที่ 42.6 ตารางกิโลเมตร 11 หมู่บ้าน ประชากร 6,418 คน</p>"
          "<p>อาชีพหลัก: ทำนา ปลูกมันสำปะหลัง ทอผ้าไหม</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<p><img src="/assets/chart.png" alt="แผนผังโครงสร้าง อบต.หนองบัวแดง" width="200" height="120"></p>'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายก อบต. <ul><li>รองนายก อบต. (2 คน)</li><li>เลขานุการนายก อบต.</li></ul></li>"
          "<li>สภา อบต. (ประธานสภา รองประธานสภา สมาชิกสภา 11 คน เลขานุการสภา)</li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัด อบต. <ul><li>รองปลัด อบต.</li><li>สำนักปลัด</li><li>กองคลัง</li><li>กองช่าง</li>"
          "<li>กองการศึกษา ศาสนาและวัฒนธรรม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
          '<p>อำนาจหน้าที่ ดูที่ <a href="/about/authority/">อำนาจหน้าที่</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>องค์การบริหารส่วนตำบลมีอำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 67 68 "
          "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol>"
          "<li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ รวมทั้งกำจัดขยะมูลฝอย</li>"
          "<li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li><li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li>"
          "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li>"
          "<li>บำรุงรักษาศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น</li></ol>"
          "<h2>อำนาจหน้าที่ของส่วนราชการ</h2><p>สำนักปลัด: งานบริหารทั่วไป งานนโยบายและแผน งานป้องกันฯ · กองคลัง: การเงิน บัญชี "
          "จัดเก็บรายได้ พัสดุ · กองช่าง: ก่อสร้าง ออกแบบ ควบคุมอาคาร · กองการศึกษาฯ: ศูนย์พัฒนาเด็กเล็ก ประเพณี</p>")
    people = [("นายสมหมาย ทองประเสริฐ", "นายกองค์การบริหารส่วนตำบลหนองบัวแดง", "0 4356 2108 ต่อ 11"),
              ("นายประเสริฐ คำภูเงิน", "รองนายกองค์การบริหารส่วนตำบล", "0 4356 2108 ต่อ 12"),
              ("นางบัวผัน ศรีหาวงศ์", "รองนายกองค์การบริหารส่วนตำบล", "0 4356 2108 ต่อ 12"),
              ("นายทองใบ พลเยี่ยม", "เลขานุการนายกองค์การบริหารส่วนตำบล", "0 4356 2108 ต่อ 11")]
    cards = "".join(f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="60" height="75"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร {t}</div>" for n, p, t in people)
    write("/about/executives/", "คณะผู้บริหาร", cards)
    council = "".join(f"<li>{n} สมาชิกสภา อบต. หมู่ที่ {i}</li>" for i, n in enumerate(
        ["นายบุญเลิศ ไชยขันธ์", "นายสมัย แก้วมณี", "นางคำปุน วงศ์ละคร", "นายเสถียร ภูสิงห์", "นายอุดม ศรีนวล",
         "นายบัวลอง มูลมาตย์", "นายชาตรี สาระพันธ์", "นางลำดวน ทิพย์อาสน์", "นายไพบูลย์ จันทะแสง",
         "นายเคน ดวงมาลา", "นายสุพัฒน์ โพธิ์ศรี"], 1))
    write("/about/council/", "สมาชิกสภาองค์การบริหารส่วนตำบล",
          f"<p>ประธานสภา: นายสุพัฒน์ โพธิ์ศรี · รองประธานสภา: นายชาตรี สาระพันธ์</p><ul>{council}</ul>")
    write("/about/staff/", "หัวหน้าส่วนราชการ",
          "<ul><li>นายวีรยุทธ แสนสุข ปลัด อบต. (ตั้งแต่ 1 ต.ค. 2568)</li><li>นางสาวปิยะนุช ชาญวิชัย รองปลัด อบต.</li>"
          "<li>นางสาวจิราพร มะลิวัลย์ หัวหน้าสำนักปลัด</li><li>นางอรวรรณ ศรีสมบัติ ผู้อำนวยการกองคลัง</li>"
          "<li>นายธนากร บุญมา ผู้อำนวยการกองช่าง (รักษาการ)</li><li>นางสุดารัตน์ บุญหนา ผู้อำนวยการกองการศึกษาฯ</li></ul>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>เลขที่ 199 หมู่ที่ 4 ตำบลหนองบัวแดง อำเภอโพนทราย จังหวัดร้อยเอ็ด 45240</p>"
          "<p>โทรศัพท์ 0 4356 2108 · โทรสาร 0 4356 2109<br>อีเมล saraban@nongbuadaeng-phonsai.go.th<br>"
          'Facebook: <a href="https://www.facebook.com/">อบต.หนองบัวแดง</a></p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>"
          '<p>แผนที่ตั้ง: <a href="https://maps.google.com/?q=15.9912,104.0213">Google Maps</a></p>'
          '<p>สอบถามข้อมูลออนไลน์ได้ที่ <a href="/webboard/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    topics = [(1, "สอบถามวันรับชำระภาษีที่ดิน ปี 2569", "ชาวบ้านหมู่ 7", "3 ม.ค. 2569",
               "จะชำระภาษีที่ดินได้ถึงวันไหนครับ", "ชำระได้ถึง 30 เมษายน 2569 ณ กองคลัง หรือผ่าน QR Code ค่ะ (งานจัดเก็บรายได้)"),
              (2, "ไฟถนนหมู่ที่ 9 ดับหลายวัน", "ผู้ใช้ถนน", "19 พ.ย. 2568",
               "ไฟถนนทางเข้าหมู่ 9 ดับมาหนึ่งสัปดาห์แล้ว", "กองช่างได้ออกซ่อมแซมแล้วเมื่อวันที่ 21 พ.ย. 2568 ขอบคุณที่แจ้งครับ"),
              (3, "ขอเอกสารรับรองการเป็นผู้สูงอายุ", "ลูกหลาน", "2 ก.ย. 2568",
               "ต้องใช้เอกสารอะไรบ้าง", "ใช้บัตรประชาชนและทะเบียนบ้าน ติดต่อสำนักปลัดได้ในวันเวลาราชการค่ะ")]
    rows = "".join(f'<tr><td><a href="/webboard/topic/{i}/">{esc(t)}</a></td><td>{esc(w)}</td><td>{d}</td><td>1</td></tr>'
                   for i, t, w, d, _q, _a in topics)
    write("/webboard/", "กระดานถาม-ตอบ (Q&A)",
          '<p><a href="/webboard/new/">ตั้งกระทู้ถามใหม่</a></p>'
          f'<table class="dl"><tr><th>หัวข้อ</th><th>ผู้ถาม</th><th>วันที่</th><th>ตอบ</th></tr>{rows}</table>')
    write("/webboard/new/", "ตั้งกระทู้ถามใหม่",
          '<form method="post" action="/webboard/new/">หัวข้อ <input name="title"><br>ข้อความ <textarea name="msg"></textarea><br>'
          'ชื่อผู้ถาม <input name="name"><br><button>ส่งคำถาม</button></form>')
    for i, t, w, d, q, a in topics:
        write(f"/webboard/topic/{i}/", t, f"<p><b>คำถาม</b> ({esc(w)} {d}): {esc(q)}</p><p><b>ตอบ</b> โดย admin: {esc(a)}</p>"
              '<p><a href="/webboard/">« กลับกระดานถาม-ตอบ</a></p>')


def service_pages() -> None:
    write("/eservice/", "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)",
          "<p>ประชาชนสามารถยื่นคำร้องทั่วไปได้ทางออนไลน์ เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>"
          '<form method="post" action="/eservice/">ประเภทคำร้อง <select name="type"><option>ขอรับความช่วยเหลือ</option>'
          "<option>ขอน้ำอุปโภคบริโภค</option><option>ขอซ่อมไฟฟ้าสาธารณะ</option><option>ขอลงทะเบียนเบี้ยยังชีพ</option></select><br>"
          'ชื่อ-สกุล <input name="name"><br>ที่อยู่ <input name="addr"><br>เบอร์โทรศัพท์ <input name="tel"><br>'
          'รายละเอียด <textarea name="detail"></textarea><br><button>ส่งคำร้อง</button></form>'
          '<p><a href="/eservice/stats/">สถิติการให้บริการ</a></p>')
    write("/eservice/stats/", "สถิติการให้บริการประชาชน",
          "<p>สถิติการให้บริการประชาชน ประจำปีงบประมาณ 2568</p>"
          "<table class=\"dl\"><tr><th>งานบริการ</th><th>ต.ค.-ธ.ค. 67</th><th>ม.ค.-มี.ค. 68</th><th>เม.ย.-มิ.ย. 68</th><th>ก.ค.-ก.ย. 68</th></tr>"
          "<tr><td>ชำระภาษีที่ดินและสิ่งปลูกสร้าง</td><td>64</td><td>702</td><td>88</td><td>21</td></tr>"
          "<tr><td>คำร้องออนไลน์ (E-Service)</td><td>4</td><td>9</td><td>6</td><td>5</td></tr></table>"
          f"<p>ดาวน์โหลด: {link('estats2568')}</p>")
    write("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ได้ทางแบบฟอร์มนี้ "
          "ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>"
          '<form method="post" action="/complaint/">ชื่อ-สกุลผู้ร้องเรียน <input name="name"> (ไม่ระบุได้)<br>'
          'เบอร์ติดต่อกลับ <input name="tel"><br>เรื่องที่ร้องเรียน <input name="subject"><br>'
          'รายละเอียด/ผู้ถูกร้องเรียน <textarea name="detail"></textarea><br>แนบไฟล์ <input type="file" name="f"><br>'
          "<button>ส่งเรื่องร้องเรียน</button></form>"
          f"<p>ขั้นตอนการจัดการเรื่องร้องเรียน: {link('complaintmanual')}</p>")
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>อบต.หนองบัวแดง เก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    links = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{links}</ul>")


def home() -> None:
    news = "".join(f'<li>{n[1]} <a href="/news/view/{n[0]}/">{esc(n[2])}</a></li>' for n in NEWS[:6])
    write("/", "หน้าหลัก",
          '<div class="banner"><a href="/ita/2569/"><img src="/assets/ita.png" alt="ITA 2569" width="200" height="60"></a></div>'
          f'<h2>ข่าวประชาสัมพันธ์</h2><ul class="news">{news}</ul><p><a href="/news/">ดูทั้งหมด</a></p>'
          f'<h2>ประกาศจัดซื้อจัดจ้าง</h2><ul><li>{link("skr2569-03")}</li><li>{link("printplan")}</li>'
          f'<li>{link("procplan2569")}</li></ul>')


# ---------------------------------------------------------------- ITA pages

WAIT = '<span class="wait">อยู่ระหว่างดำเนินการ</span>'
ITA_2569 = [  # (sub-indicator heading or None), code, label, links
    ("9.1 ข้อมูลพื้นฐาน", "o1", "โครงสร้าง หน้าที่และอำนาจ", [("/about/structure/", "โครงสร้างส่วนราชการ"), ("/about/authority/", "อำนาจหน้าที่")]),
    (None, "o2", "ข้อมูลผู้บริหาร", [("/about/executives/", "คณะผู้บริหาร")]),
    (None, "o3", "ข้อมูลการติดต่อและช่องทางการสอบถาม", [("/contact/", "ติดต่อเรา"), ("/webboard/", "ถาม-ตอบ")]),
    (None, "o4", "ข่าวประชาสัมพันธ์", [("/news/", "ข่าวประชาสัมพันธ์")]),
    ("9.2 การบริหารงานและการใช้จ่ายงบประมาณ", "o5", "แผนพัฒนาท้องถิ่น", [("devplan", None)]),
    (None, "o6", "แผนดำเนินงานและการใช้งบประมาณประจำปี", [("action2569", None), ("budget2569", None)]),
    (None, "o7", "รายงานผลการดำเนินงานประจำปี", [("follow2568", None), ("spend2568", None)]),
    (None, "o8", "คู่มือการปฏิบัติงาน", [("workmanual", None)]),
    (None, "o9", "คู่มือการให้บริการประชาชน", [("/download/manual/", "คู่มือสำหรับประชาชน")]),
    (None, "o10", "E-Service", [("/eservice/", "ระบบ E-Service")]),
    ("9.3 การจัดซื้อจัดจ้าง", "o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("/procurement/monthly/", "สขร.1 ปี 2569")]),
    (None, "o12", "รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี", [("procannual2568", None)]),
    ("9.4 การบริหารและพัฒนาทรัพยากรบุคคล", "o13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล", []),
    (None, "o14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", []),
    (None, "o15", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", [("ethics", None)]),
    ("9.5 การส่งเสริมความโปร่งใส", "o16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("complaintmanual", None)]),
    (None, "o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("/complaint/", "แจ้งเรื่องร้องเรียน")]),
    (None, "o18", "สถิติเรื่องร้องเรียนการทุจริต", [("cstats2569", None)]),
    (None, "o19", "ผลการเปิดโอกาสให้มีส่วนร่วม", []),
    ("10.1 การป้องกันการทุจริต", "o20", "No Gift Policy", []),
    (None, "o21", "การประเมินความเสี่ยงการทุจริต", []),
    (None, "o22", "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยง", [("riskreport2568", None)]),
    (None, "o23", "แผนปฏิบัติการป้องกันการทุจริต", [("acp2569", None)]),
    (None, "o24", "รายงานผลการดำเนินการป้องกันการทุจริต", [("acpreport2568", None)]),
    ("10.2 การส่งเสริมคุณธรรมและความโปร่งใส", "o25", "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", [("measures2569", None)]),
    (None, "o26", "รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส", [("integrityreport2568", None)]),
]
ITA_2568 = [  # last year's page (2568 numbering), as the former clerk left it
    ("o5", "แผนพัฒนาท้องถิ่น", ["devplan"]), ("o6", "แผนการดำเนินงาน / ข้อบัญญัติงบประมาณ", ["action2568", "budget2568"]),
    ("o7", "รายงานผลการดำเนินงาน", ["follow2567"]), ("o8", "คู่มือการปฏิบัติงาน", ["workmanual"]),
    ("o9", "คู่มือประชาชน", ["servicemanual", "servicemanual2"]), ("o14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", ["hrcrit", "hrplan2568"]),
    ("o15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", ["hrreport2567"]), ("o16", "ประมวลจริยธรรม", ["ethics"]),
    ("o17", "คู่มือเรื่องร้องเรียน", ["complaintmanual"]), ("o21", "ประกาศ No Gift Policy", ["nogift2568"]),
    ("o23", "การประเมินความเสี่ยงการทุจริต", ["risk2568"]), ("o25", "แผนปฏิบัติการป้องกันการทุจริต", ["acp2568"]),
    ("o26", "รายงานผลการดำเนินการป้องกันการทุจริต", ["acpreport2567"]),
    ("o35", "การวิเคราะห์ผลการประเมิน ITA", ["itaanalysis2567"]),
]


def ita_pages() -> None:
    rows = []
    for heading, code, label, links in ITA_2569:
        if heading:
            rows.append(f'<tr class="group"><td colspan="4"><b>ตัวชี้วัดย่อยที่ {esc(heading)}</b></td></tr>')
        cells = "<br>".join(
            (link(t, "คลิก " + DOCS[t][0]) if t in DOCS else f'<a href="{t}">{esc(x)}</a>') for t, x in links) or WAIT
        how = "หน้าหลักของเว็บไซต์ > เมนู ITA 2569 > คลิกลิงก์" if links else ""
        rows.append(f"<tr><td>{code.upper()}</td><td>{esc(label)}</td><td>{cells}</td><td>{esc(how)}</td></tr>")
    write("/ita/2569/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2569",
          "<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) "
          "ประจำปีงบประมาณ พ.ศ. 2569</p>"
          '<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>URL</th><th>คำอธิบาย</th></tr>' + "".join(rows) + "</table>"
          '<p>ข้อมูลปีที่ผ่านมา: <a href="/ita/2568/">ITA 2568</a></p>')
    rows = []
    for code, label, keys in ITA_2568:
        cells = "<br>".join(link(k) for k in keys)
        rows.append(f"<tr><td>{code.upper()}</td><td>{esc(label)}</td><td>{cells}</td></tr>")
    for code, label, path in [("o1", "โครงสร้าง", "/about/structure/"), ("o2", "ข้อมูลผู้บริหาร", "/about/executives/"),
                              ("o4", "ข้อมูลการติดต่อ", "/contact/"), ("o10", "ข่าวประชาสัมพันธ์", "/news/page/2/"),
                              ("o11", "E-Service / สถิติการให้บริการ", "/eservice/stats/"),
                              ("o19", "ช่องทางแจ้งเรื่องร้องเรียน", "/complaint/"), ("o20", "สถิติเรื่องร้องเรียน", url("cstats2568"))]:
        rows.append(f'<tr><td>{code.upper()}</td><td>{esc(label)}</td><td><a href="{path}">คลิก</a></td></tr>')
    rows.sort(key=lambda r: int(r.split("<td>O")[1].split("<")[0]))
    write("/ita/2568/", "ITA 2568 การเปิดเผยข้อมูลสาธารณะ (OIT)",
          "<p>ข้อมูลการเปิดเผยข้อมูลสาธารณะ ประจำปีงบประมาณ พ.ศ. 2568</p>"
          '<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>' + "".join(rows) + "</table>")


def assets() -> None:
    from PIL import Image

    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Tahoma,sans-serif;font-size:14px;margin:0}.topbar{background:#6a1b1b;color:#fff;padding:6px}"
                ".menu{background:#f3e3c3;margin:0;padding:4px;list-style:none}.menu li{display:inline;margin-right:8px}"
                ".wrap{display:flex}.side{width:210px}.main{flex:1;padding:6px}.box{border:1px solid #ccc;margin:4px;padding:4px}"
                ".footer{background:#333;color:#eee;padding:6px;font-size:12px}table.dl,table.ita{border-collapse:collapse}"
                "table.dl td,table.dl th,table.ita td,table.ita th{border:1px solid #bbb;padding:3px}.wait{color:#999}"
                ".person{display:inline-block;width:200px;text-align:center;margin:6px}\n")
    for fname, size_, colour in [("logo.png", (48, 48), (200, 160, 40)), ("photo.png", (160, 100), (120, 150, 110)),
                                 ("chart.png", (200, 120), (230, 230, 240)), ("person.png", (60, 75), (180, 180, 190)),
                                 ("ita.png", (200, 60), (30, 80, 160))]:
        Image.new("RGB", size_, colour).save(os.path.join(HERE, "assets", fname), optimize=True)


def main() -> None:
    assets()
    home()
    about_pages()
    news_pages()
    download_pages()
    procurement_page()
    service_pages()
    ita_pages()


if __name__ == "__main__":
    main()
