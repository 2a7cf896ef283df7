"""Generate the HTML pages of the "muangriver" test site (เทศบาลเมืองริมแควน้อย, invented).

Run:  python tests/sites/muangriver/_make_pages.py   (after _make_docs.py: file sizes are read from
the files it wrote)

A town municipality on a provider's template: a top bar, a menu, a side column (the mayor, the
divisions, quick links, the ITA pages of two years, a visitor counter) and a footer on every page.
Each division (กอง) has its own sub-page listing its own uploads; the same files are gathered by
category under /download/<cat>/.  News under /news/ (three pages).  The ITA page /ita/2568/ is a
table o1 … o26 in the municipality's own short wording; last year's /ita/2567/ is still linked
from the menu and the side column.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ROWS, name  # noqa: E402

ORG = "เทศบาลเมืองริมแควน้อย"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
CATS = {"plan": "แผนพัฒนา / แผนการดำเนินงาน", "budget": "เทศบัญญัติงบประมาณ", "report": "รายงานผลการดำเนินงาน",
        "manual": "คู่มือ", "procure": "จัดซื้อจัดจ้าง", "hr": "การบริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "เอกสารทั่วไป"}
HIDDEN = {"complaintstats67"}  # linked only from last year's ITA page
MISSING_SIZE = {"giftreport": "288.4 KB", "eng_old": "1.2 MB"}
DEPTS = [("palad", "สำนักปลัดเทศบาล"), ("finance", "กองคลัง"), ("engineering", "กองช่าง"),
         ("education", "กองการศึกษา"), ("health", "กองสาธารณสุขและสิ่งแวดล้อม"), ("welfare", "กองสวัสดิการสังคม"),
         ("strategy", "กองยุทธศาสตร์และงบประมาณ"), ("audit", "หน่วยตรวจสอบภายใน")]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(y: int, m: int, day: int) -> str:
    return f"{day} {MONTHS[m - 1]} {y + 543}"


MENU = [("หน้าหลัก", "/"), ("ข้อมูลเทศบาล", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("ผู้บริหาร", "/about/executives/"), ("ส่วนราชการ", "/dept/"), ("ข่าวประชาสัมพันธ์", "/news/"),
        ("จัดซื้อจัดจ้าง", "/dept/finance/procurement/"), ("ดาวน์โหลด", "/download/"), ("E-Service", "/eservice/"),
        ("ร้องเรียน", "/complaint/"), ("ITA 2568", "/ita/2568/"), ("ITA 2567", "/ita/2567/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str, crumb: str = "") -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    depts = "<br>".join(f'<a href="/dept/{k}/">{esc(t)}</a>' for k, t in DEPTS)
    crumbs = f'<div class="crumb"><a href="/">หน้าหลัก</a> » {crumb}{esc(title)}</div>'
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">{ORG} อำเภอวังแคว จังหวัดพิษณุโลก · ศูนย์รับเรื่องร้องเรียน 0 5531 7200 · สายด่วนสาธารณภัย 199</div>
<div id="banner"><img src="/assets/logo.png" alt="ตราเทศบาลเมืองริมแควน้อย" width="72" height="72">
<b>{ORG}</b><br><small>Rim Khwae Noi Town Municipality</small></div>
<ul id="menu">
{menu}
</ul>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/person.png" alt="นายกเทศมนตรี" width="90"><br><b>นายกเทศมนตรีเมืองริมแควน้อย</b><br>นายวีระพงษ์ ทองศรีแคว</div>
<div class="box"><b>ส่วนราชการ</b><br>{depts}</div>
<div class="box"><b>ลิงก์ด่วน</b><br><a href="/eservice/">ยื่นคำร้องออนไลน์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/ita/2568/">การเปิดเผยข้อมูลสาธารณะ ITA ปี 2568</a><br>
<a href="/ita/2567/">ITA ปี 2567</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br>
<a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></div>
<div class="box">ผู้เข้าชมวันนี้ ๓๒๑ · ทั้งหมด ๑,๒๐๔,๕๕๗</div>
</div>
<div id="main">
{crumbs}
<h1>{esc(title)}</h1>
{body}
</div></div>
<div id="footer">{ORG} 88 ถนนริมแคว ตำบลท่าแคว อำเภอวังแคว จังหวัดพิษณุโลก 65190<br>
โทรศัพท์ 0 5531 7200 โทรสาร 0 5531 7209 อีเมล saraban@rimkhwaenoi.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
© ๒๕๖๕ {ORG} · ออกแบบโดย ท้องถิ่นเว็บดีไซน์</div>
</body></html>
"""


PAGES: list[str] = []


def write(path: str, title: str, body: str, crumb: str = "") -> None:
    PAGES.append(path)
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body, crumb))


def size_of(key: str) -> str:
    if ROWS[key][5] == "missing":
        return MISSING_SIZE[key]
    return f"{os.path.getsize(os.path.join(HERE, name(key).lstrip('/'))) / 1024:.1f} KB"


def table(keys: list[str], titles: dict[str, str] | None = None) -> str:
    rows = []
    for i, k in enumerate(keys, 1):
        title, _cat, up, ext, _no, _kind = ROWS[k]
        title = (titles or {}).get(k, title)
        rows.append(f'<tr><td>{i}</td><td><a href="{name(k)}">{esc(title)}</a></td><td>{be(*up)}</td>'
                    f'<td><img src="/assets/{ext}.gif" alt="{ext}"> {size_of(k)}</td></tr>')
    return ('<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>\n'
            + "\n".join(rows) + "</table>")


def listed(cat: str | None = None) -> list[str]:
    keys = [k for k in ROWS if k not in HIDDEN and (cat is None or ROWS[k][1] == cat)]
    return sorted(keys, key=lambda k: ROWS[k][2], reverse=True)


def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, paragraphs
    (352, (2025, 4, 8), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2568 ณ กองคลัง ชั้น 1 หรือผ่าน QR Code"]),
    (349, (2025, 4, 1), "ประกาศปิดการจ่ายน้ำประปาชั่วคราว ชุมชนบ้านเหนือ",
     ["กองช่างจะซ่อมท่อเมนประปา วันที่ 3 เมษายน 2568 เวลา 09.00 - 15.00 น. ขออภัยในความไม่สะดวก"]),
    (344, (2025, 3, 14), "พ่นหมอกควันกำจัดยุงลาย ป้องกันโรคไข้เลือดออก",
     ["กองสาธารณสุขและสิ่งแวดล้อม ออกพ่นหมอกควันในเขตเทศบาลครบ 14 ชุมชน ระหว่างวันที่ 10 - 14 มีนาคม 2568"]),
    (338, (2025, 2, 20), "ประชุมสภาเทศบาลเมืองริมแควน้อย สมัยสามัญ สมัยแรก ประจำปี 2568",
     ["สภาเทศบาลประชุมพิจารณาญัตติโอนงบประมาณรายจ่าย และรับทราบรายงานการคลัง ณ ห้องประชุมสภาเทศบาล"]),
    (331, (2025, 1, 29), "โครงการอบรมคุณธรรมจริยธรรมเพื่อขับเคลื่อนประมวลจริยธรรม ประจำปีงบประมาณ 2568",
     ["วันที่ 28 มกราคม 2568 เทศบาลเมืองริมแควน้อย จัดอบรมผู้บริหาร สมาชิกสภา พนักงานเทศบาลและพนักงานจ้าง "
      "เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล และการป้องกันผลประโยชน์ทับซ้อน",
      "วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดพิษณุโลก มีผู้เข้าร่วม 134 คน กิจกรรมประกอบด้วยการบรรยาย "
      "กรณีศึกษา และการจัดทำข้อตกลง Do's & Don'ts ของแต่ละกอง"]),
    (325, (2025, 1, 6), "รับลงทะเบียนผู้สูงอายุรายใหม่ เพื่อรับเบี้ยยังชีพ ปีงบประมาณ 2569",
     ["ผู้ที่จะมีอายุครบ 60 ปี ภายในปีงบประมาณ 2569 ลงทะเบียนได้ที่กองสวัสดิการสังคม ตั้งแต่บัดนี้ถึง 30 พฤศจิกายน 2568"]),
    (318, (2024, 12, 27), "เทศบาลตั้งจุดบริการประชาชนช่วงเทศกาลปีใหม่ 2568",
     ["ตั้งจุดบริการบริเวณสี่แยกริมแคว ระหว่างวันที่ 27 ธันวาคม 2567 - 2 มกราคม 2568 ร่วมกับสถานีตำรวจภูธรวังแคว"]),
    (311, (2024, 11, 27), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ 2568",
     ['นายกเทศมนตรีลงนามประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 รายละเอียดดูได้ที่หน้ากองยุทธศาสตร์และงบประมาณ '
      '<a href="/dept/strategy/plan/">คลิก</a>']),
    (304, (2024, 11, 15), "รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป",
     ["รับสมัครตำแหน่งคนงานประจำรถขยะ 4 อัตรา ระหว่างวันที่ 18 - 26 พฤศจิกายน 2567 ณ งานการเจ้าหน้าที่ สำนักปลัดเทศบาล"]),
    (297, (2024, 10, 3), "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2568",
     ['นายกเทศมนตรีประกาศนโยบายงดให้ งดรับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ประจำปีงบประมาณ 2568 '
      '<a href="{nogift}">อ่านประกาศ</a>']),
    # FY2567 (page 2)
    (276, (2024, 8, 16), "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 3 ประจำปี 2567",
     ["สภาเทศบาลรับหลักการร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 ในวาระที่ 1"]),
    (259, (2024, 4, 25), "รายงานผลการดำเนินงานรอบ 6 เดือน ปีงบประมาณ 2567",
     ["กองยุทธศาสตร์และงบประมาณเผยแพร่รายงานผลการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน <a href=\"{sixmonth}\">ดาวน์โหลด</a>"]),
    (241, (2024, 2, 9), "ประชาคมเมือง เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2567 (เลื่อนการจัด)",
     ["เนื่องจากติดภารกิจเร่งด่วนในการช่วยเหลือผู้ประสบภัยแล้ง เทศบาลขอเลื่อนการจัดประชาคมเมืองออกไปก่อน จะแจ้งกำหนดการใหม่ให้ทราบต่อไป"]),
    (233, (2023, 12, 5), "วันพ่อแห่งชาติ 5 ธันวาคม 2566",
     ["คณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงาน ร่วมพิธีถวายพระพรชัยมงคล ณ หอประชุมอำเภอวังแคว"]),
    # FY2566 (page 3)
    (161, (2023, 7, 21), "เทศบาลรับมอบรถบรรทุกน้ำอเนกประสงค์",
     ["รับมอบรถบรรทุกน้ำขนาด 6,000 ลิตร เพื่อใช้ในภารกิจป้องกันและบรรเทาสาธารณภัย"]),
    (118, (2023, 2, 24), "สรุปผลการประชุมประชาคมเมือง ประจำปี 2566",
     ["ระหว่างวันที่ 14 - 22 กุมภาพันธ์ 2566 เทศบาลเมืองริมแควน้อยจัดประชุมประชาคมเมืองครบทั้ง 14 ชุมชน "
      "เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมเสนอปัญหาและความต้องการ สำหรับการจัดทำแผนพัฒนาท้องถิ่น",
      "มีผู้เข้าร่วมรวม 1,046 คน ประชาชนเสนอโครงการ 83 โครงการ ส่วนใหญ่เป็นเขื่อนป้องกันตลิ่งและรางระบายน้ำ "
      "เทศบาลจะนำไปพิจารณาบรรจุในแผนพัฒนาท้องถิ่นต่อไป"]),
    (104, (2022, 12, 28), "ประกาศวันหยุดเทศกาลปีใหม่ 2566",
     ["สำนักงานเทศบาลปิดทำการระหว่างวันที่ 30 ธันวาคม 2565 - 3 มกราคม 2566"]),
]
PER_PAGE = 10


def news_pages() -> None:
    links = {"nogift": name("nogift68"), "sixmonth": name("sixmonth")}
    for nid, ymd, title, paras in NEWS:
        body = "".join(f"<p>{p.format(**links)}</p>" for p in paras)
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(*ymd)} · งานประชาสัมพันธ์</p>{body}'
              '<p><a href="/news/">« ข่าวทั้งหมด</a></p>', crumb='<a href="/news/">ข่าวประชาสัมพันธ์</a> » ')
    pages = [NEWS[:10], NEWS[10:14], NEWS[14:]]
    for p, chunk in enumerate(pages, 1):
        items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <span>({be(*n[1])})</span></li>' for n in chunk)
        pager = " ".join(f"<b>{i}</b>" if i == p else a("/news/" if i == 1 else f"/news/page/{i}/", str(i))
                         for i in (1, 2, 3))
        write("/news/" if p == 1 else f"/news/page/{p}/", "ข่าวประชาสัมพันธ์",
              f'<ul class="news">{items}</ul><p>หน้า {pager}</p>')


# ---------------------------------------------------------------- about, contact, services

def about_pages() -> None:
    write("/about/history/", "ประวัติและข้อมูลทั่วไป",
          "<p>เทศบาลเมืองริมแควน้อย ยกฐานะจากเทศบาลตำบลท่าแคว เมื่อปี พ.ศ. 2551 พื้นที่ 12.6 ตารางกิโลเมตร 14 ชุมชน "
          "ประชากร 21,487 คน (ทะเบียนราษฎร ธันวาคม 2567)</p><p>วิสัยทัศน์: เมืองริมแควน่าอยู่ เศรษฐกิจมั่นคง ชุมชนเข้มแข็ง บริหารโปร่งใส</p>")
    write("/about/structure/", "โครงสร้างส่วนราชการ",
          '<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้างเทศบาลเมืองริมแควน้อย" width="600"></p>'
          "<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี 3 คน</li><li>ที่ปรึกษานายกเทศมนตรี 2 คน</li>"
          "<li>เลขานุการนายกเทศมนตรี 2 คน</li></ul></li><li>สภาเทศบาล: ประธานสภา รองประธานสภา สมาชิกสภาเทศบาล 18 คน</li></ul>"
          "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล 2 คน</li>"
          + "".join(f"<li>{esc(t)}</li>" for _k, t in DEPTS) + "</ul></li></ul>"
          '<p>ดูอำนาจหน้าที่ <a href="/about/authority/">คลิก</a></p>')
    write("/about/authority/", "อำนาจหน้าที่ของเทศบาล",
          "<p>ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 53 และ 54 และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 "
          "เทศบาลเมืองมีอำนาจหน้าที่โดยสรุป ดังนี้</p><ol><li>รักษาความสงบเรียบร้อยของประชาชน</li>"
          "<li>จัดให้มีและบำรุงทางบกและทางน้ำ ทางระบายน้ำ</li><li>รักษาความสะอาด กำจัดมูลฝอยและสิ่งปฏิกูล</li>"
          "<li>ป้องกันและระงับโรคติดต่อ จัดให้มีโรงฆ่าสัตว์ ตลาด</li><li>ให้ราษฎรได้รับการศึกษา</li>"
          "<li>จัดให้มีน้ำสะอาดหรือการประปา</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
          "<li>บำรุงศิลปะ จารีตประเพณี และวัฒนธรรมอันดีของท้องถิ่น</li></ol>")
    people = [("นายวีระพงษ์ ทองศรีแคว", "นายกเทศมนตรีเมืองริมแควน้อย", "08 1475 3320"),
              ("นายประสิทธิ์ คงริมน้ำ", "รองนายกเทศมนตรี", "08 9612 4051"),
              ("นางสุนันทา เรือนแคว", "รองนายกเทศมนตรี", "08 6233 9174"),
              ("นายธนากร พูลท่าแคว", "รองนายกเทศมนตรี", "09 2841 5560"),
              ("นางสาวกนกพร ศรีวังแคว", "ปลัดเทศบาล", "0 5531 7200 ต่อ 101")]
    write("/about/executives/", "คณะผู้บริหาร", '<div class="people">' + "".join(
        f'<div class="person"><img src="/assets/person.png" alt="{esc(n)}" width="120"><br><b>{esc(n)}</b><br>'
        f"{esc(p)}<br>โทร. {t}</div>" for n, p, t in people) + "</div>")
    write("/about/council/", "สมาชิกสภาเทศบาล",
          "<p>ประธานสภาเทศบาล นายสมบูรณ์ แก้วท่าน้ำ · รองประธานสภา นางจันทร์เพ็ญ ริมฝั่ง · สมาชิกสภาเทศบาล 18 คน (เขตเลือกตั้งที่ 1 - 3)</p>")
    write("/contact/", "ติดต่อเรา",
          "<p>เทศบาลเมืองริมแควน้อย 88 ถนนริมแคว ตำบลท่าแคว อำเภอวังแคว จังหวัดพิษณุโลก 65190</p>"
          "<p>โทรศัพท์ 0 5531 7200 · โทรสาร 0 5531 7209 · อีเมล saraban@rimkhwaenoi.go.th · "
          'Facebook <a href="https://www.facebook.com/rimkhwaenoi.city">เทศบาลเมืองริมแควน้อย</a></p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=16.9012,100.3408">แผนที่ตั้งสำนักงาน (Google Maps)</a></p>')
    write("/eservice/", "E-Service ยื่นคำร้องออนไลน์",
          "<p>ประชาชนสามารถยื่นคำร้องต่อเทศบาลได้ทางออนไลน์ ไม่ต้องเดินทางมาที่สำนักงาน เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSrimkhwae/formResponse" method="post">'
          '<p>ชื่อ - สกุล <input name="name" required></p><p>เบอร์โทรศัพท์ <input name="tel" required></p>'
          '<p>เรื่องที่ขอรับบริการ <select name="type"><option>ขอรับถังขยะ</option><option>แจ้งซ่อมไฟฟ้าส่องสว่าง</option>'
          "<option>ขอใช้รถบรรทุกน้ำ</option><option>ขอรับเบี้ยยังชีพ (นัดหมาย)</option></select></p>"
          '<p>รายละเอียด <textarea name="detail"></textarea></p><p>แนบไฟล์ <input type="file" name="file"></p>'
          '<p><button type="submit">ส่งคำร้อง</button></p></form>')
    write("/complaint/", "ร้องเรียน / ร้องทุกข์",
          "<p>ช่องทางการร้องเรียน: ด้วยตนเอง ณ ศูนย์รับเรื่องร้องเรียน ชั้น 1 · โทร. 0 5531 7200 ต่อ 108 · ตู้รับเรื่องร้องเรียน</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ออนไลน์)</a></p>'
          f'<p><a href="{name("complaint_manual")}">คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้ร้องเรียนไม่จำเป็นต้องระบุชื่อ ข้อมูลของท่านจะถูกเก็บเป็นความลับ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLScorrupt/formResponse" method="post">'
          '<p>ชื่อผู้ร้อง (ไม่บังคับ) <input name="name"></p><p>ผู้ถูกร้องเรียน / หน่วยงาน <input name="who" required></p>'
          '<p>รายละเอียดการกระทำ <textarea name="detail" required></textarea></p>'
          '<p>หลักฐาน <input type="file" name="evidence"></p><p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form>')
    write("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>เทศบาลเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")


# ---------------------------------------------------------------- divisions

STATS_67 = [("ต.ค. 66", 412, 96, 18, 57), ("พ.ย. 66", 398, 88, 21, 240), ("ธ.ค. 66", 366, 73, 15, 12),
            ("ม.ค. 67", 455, 140, 19, 9), ("ก.พ. 67", 431, 211, 17, 11), ("มี.ค. 67", 472, 305, 22, 8),
            ("เม.ย. 67", 390, 388, 14, 6), ("พ.ค. 67", 418, 97, 20, 10), ("มิ.ย. 67", 402, 64, 23, 7),
            ("ก.ค. 67", 437, 58, 18, 9), ("ส.ค. 67", 421, 61, 16, 12), ("ก.ย. 67", 409, 70, 19, 14)]


def dept_pages() -> None:
    write("/dept/", "ส่วนราชการ", "<ul>" + "".join(f'<li><a href="/dept/{k}/">{esc(t)}</a></li>' for k, t in DEPTS) + "</ul>")
    crumb = '<a href="/dept/">ส่วนราชการ</a> » '
    stats_rows = "".join(f"<tr><td>{m}</td><td>{a_}</td><td>{b}</td><td>{c}</td><td>{e}</td></tr>"
                         for m, a_, b, c, e in STATS_67)
    write("/dept/palad/", "สำนักปลัดเทศบาล",
          "<p>ผู้อำนวยการสำนักปลัดเทศบาล: นายชาตรี บัวริมแคว โทร. 0 5531 7200 ต่อ 102</p>"
          "<p>งานภายใน: งานบริหารทั่วไป งานการเจ้าหน้าที่ งานนิติการ งานป้องกันและบรรเทาสาธารณภัย งานทะเบียนราษฎร</p>"
          '<ul><li><a href="/dept/palad/hr/">งานการเจ้าหน้าที่</a></li><li><a href="/dept/palad/legal/">งานนิติการ (คุณธรรมและความโปร่งใส)</a></li>'
          '<li><a href="/dept/palad/stats/">สถิติการให้บริการศูนย์บริการร่วม</a></li></ul>', crumb)
    write("/dept/palad/stats/", "สถิติการให้บริการประชาชน ศูนย์บริการร่วม",
          "<p>สถิติผู้มารับบริการ ณ ศูนย์บริการร่วม เทศบาลเมืองริมแควน้อย (ข้อมูล ณ วันที่ 30 กันยายน 2567)</p>"
          '<table class="list"><tr><th>เดือน</th><th>งานทะเบียนราษฎร</th><th>ชำระภาษี</th><th>ขออนุญาตก่อสร้าง</th><th>เบี้ยยังชีพ</th></tr>'
          f"{stats_rows}<tr><td>รวม</td><td>5,011</td><td>1,651</td><td>222</td><td>395</td></tr></table>"
          "<p>งานบริหารทั่วไป สำนักปลัดเทศบาล</p>", crumb + '<a href="/dept/palad/">สำนักปลัดเทศบาล</a> » ')
    write("/dept/palad/hr/", "งานการเจ้าหน้าที่",
          "<p>การสรรหา การพัฒนาบุคลากร และการประเมินผลการปฏิบัติงานของพนักงานเทศบาล</p>"
          + table(["hrreport67", "hrdev", "manpower"]), crumb + '<a href="/dept/palad/">สำนักปลัดเทศบาล</a> » ')
    write("/dept/palad/legal/", "งานนิติการ",
          "<p>เอกสารด้านคุณธรรม จริยธรรม และการป้องกันการทุจริต</p>"
          + table(["risk68", "risk_invite", "antireport", "riskreport67", "giftreport", "anti68", "integrity_scan",
                   "nogift68", "complaint_manual", "ethics"]), crumb + '<a href="/dept/palad/">สำนักปลัดเทศบาล</a> » ')
    write("/dept/finance/", "กองคลัง",
          "<p>ผู้อำนวยการกองคลัง: นางอรุณี ทองท่าน้ำ โทร. 0 5531 7200 ต่อ 201</p>"
          '<p><a href="/dept/finance/procurement/">ประกาศและสรุปผลการจัดซื้อจัดจ้าง</a></p>' + table(["sop", "procyear67"]), crumb)
    proc_keys = ["proc-2025-03", "proc-2025-02", "proc-2024-12", "proc-2024-11", "proc-2024-10", "proc-2024-09",
                 "procyear67", "printnotice"]
    write("/dept/finance/procurement/", "จัดซื้อจัดจ้าง",
          "<p>สรุปผลการดำเนินการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) และประกาศต่าง ๆ ของกองคลัง "
          '(ดูประกาศจัดซื้อจัดจ้างทั้งหมดได้ที่ <a href="https://www.gprocurement.go.th/">ระบบ e-GP</a>)</p>'
          + table(proc_keys), crumb + '<a href="/dept/finance/">กองคลัง</a> » ')
    write("/dept/engineering/", "กองช่าง",
          "<p>ผู้อำนวยการกองช่าง: นายเกรียงไกร สายน้ำไหล โทร. 0 5531 7200 ต่อ 301</p>"
          "<p>บริการ: ขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร · ซ่อมไฟฟ้าส่องสว่าง · ประปา</p>" + table(["citizen", "eng_old"]), crumb)
    write("/dept/education/", "กองการศึกษา",
          "<p>ผู้อำนวยการกองการศึกษา: นางพรรณี ศรีท่าแคว · สถานศึกษาในสังกัด: โรงเรียนเทศบาล 1 (วัดท่าแคว) "
          "โรงเรียนเทศบาล 2 (บ้านเหนือ) ศูนย์พัฒนาเด็กเล็ก 2 แห่ง</p>" + table(["schoolplan"]), crumb)
    write("/dept/health/", "กองสาธารณสุขและสิ่งแวดล้อม",
          "<p>งานรักษาความสะอาด งานป้องกันโรค ตลาดสดเทศบาล โรงฆ่าสัตว์ · โทร. 0 5531 7200 ต่อ 401</p>", crumb)
    write("/dept/welfare/", "กองสวัสดิการสังคม",
          "<p>เบี้ยยังชีพผู้สูงอายุ ผู้พิการ ผู้ป่วยเอดส์ · งานพัฒนาชุมชน 14 ชุมชน · โทร. 0 5531 7200 ต่อ 501</p>", crumb)
    write("/dept/strategy/", "กองยุทธศาสตร์และงบประมาณ",
          "<p>ฝ่ายแผนงานและงบประมาณ ฝ่ายบริการและเผยแพร่วิชาการ · โทร. 0 5531 7200 ต่อ 601</p>"
          '<ul><li><a href="/dept/strategy/plan/">แผนพัฒนาและแผนการดำเนินงาน</a></li>'
          '<li><a href="/dept/strategy/report/">รายงานผลการดำเนินงาน</a></li></ul>' + table(["budget68"]), crumb)
    write("/dept/strategy/plan/", "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน",
          table(["opplan68", "opplan67", "plan66draft", "plan61"]),
          crumb + '<a href="/dept/strategy/">กองยุทธศาสตร์และงบประมาณ</a> » ')
    write("/dept/strategy/report/", "รายงานผลการดำเนินงาน",
          table(["annual", "sixmonth"]), crumb + '<a href="/dept/strategy/">กองยุทธศาสตร์และงบประมาณ</a> » ')
    write("/dept/audit/", "หน่วยตรวจสอบภายใน",
          "<p>ตรวจสอบการเงิน การบัญชี การพัสดุ และติดตามประเมินผลระบบควบคุมภายใน · โทร. 0 5531 7200 ต่อ 105</p>", crumb)


def download_pages() -> None:
    write("/download/", "ดาวน์โหลดเอกสาร", "<ul>" + "".join(
        f'<li><a href="/download/{c}/">{esc(t)}</a> ({len(listed(c))})</li>' for c, t in CATS.items()) + "</ul>"
        + "<h2>เอกสารล่าสุด</h2>" + table(listed()[:10]))
    for c, t in CATS.items():
        write(f"/download/{c}/", t, table(listed(c)), crumb='<a href="/download/">ดาวน์โหลด</a> » ')


# ---------------------------------------------------------------- ITA

ITA_2568 = [  # (ข้อ, wording, [(link text, key or path)])
    ("ข้อมูลพื้นฐาน", None),
    ("o1", "โครงสร้าง / อำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
    ("o2", "ผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
    ("o3", "ติดต่อเทศบาล", [("ติดต่อเรา", "/contact/")]),
    ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
    ("การบริหารงานและการใช้จ่ายงบประมาณ", None),
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", "/dept/strategy/plan/")]),
    ("o6", "แผนการดำเนินงาน / เทศบัญญัติ / รายงานรอบ 6 เดือน",
     [("แผนการดำเนินงาน 2568", "opplan68"), ("เทศบัญญัติ 2568", "budget68"), ("รายงานรอบ 6 เดือน", "sixmonth")]),
    ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานประจำปี", "/dept/strategy/report/")]),
    ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน", "sop")]),
    ("o9", "คู่มือประชาชน", [("คู่มือประชาชน", "citizen")]),
    ("o10", "E-Service", [("ยื่นคำร้องออนไลน์", "/eservice/")]),
    ("o11", "สถิติการให้บริการ", [("สถิติการให้บริการ", "/dept/palad/stats/")]),
    ("การจัดซื้อจัดจ้าง", None),
    ("o12", "สขร.1 รายเดือน", [("สรุปผลจัดซื้อจัดจ้างรายเดือน", "/dept/finance/procurement/")]),
    ("o13", "รายงานผลจัดซื้อจัดจ้างประจำปี", [("รายงานปี 2567", "procyear67")]),
    ("การบริหารและพัฒนาทรัพยากรบุคคล", None),
    ("o14", "แผนบริหารและพัฒนาบุคลากร", [("เอกสารงานบุคคล", "/download/hr/")]),
    ("o15", "รายงานผลการบริหารและพัฒนาบุคลากร", [("รายงานปี 2567", "hrreport67")]),
    ("o16", "ประมวลจริยธรรม / การขับเคลื่อน", [("ประมวลจริยธรรม", "ethics"), ("อบรมคุณธรรมจริยธรรม 2568", "/news/331/")]),
    ("การส่งเสริมความโปร่งใส", None),
    ("o17", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", [("คู่มือ", "complaint_manual")]),
    ("o18", "ช่องทางร้องเรียนการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", []),
    ("o20", "การมีส่วนร่วม", [("ประชาคมเมือง", "/news/118/")]),
    ("การป้องกันการทุจริต", None),
    ("o21", "No Gift Policy", [("ประกาศ No Gift Policy 2568", "nogift68")]),
    ("o22", "รายงานการรับของขวัญ", [("รายงานปี 2567", "giftreport")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง 2568", "risk68")]),
    ("o24", "รายงานผลการจัดการความเสี่ยง", [("รายงานปี 2567", "riskreport67")]),
    ("o25", "แผนป้องกันการทุจริต", [("แผนปี 2568", "anti68")]),
    ("o26", "รายงานผลการป้องกันการทุจริต", [("รายงานผล ปี 2567", "antireport")]),
]
ITA_2567 = [
    ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น 2561-2565", "plan61")]),
    ("o6", "แผนการดำเนินงาน 2567", [("แผนการดำเนินงาน 2567", "opplan67")]),
    ("o11", "สถิติการให้บริการ", [("สถิติ", "/dept/palad/stats/")]),
    ("o12", "สขร.1", [("สขร.1 ก.ย. 2567", "proc-2024-09")]),
    ("o19", "สถิติเรื่องร้องเรียนการทุจริต", [("สถิติเรื่องร้องเรียนฯ ปี 2567", "complaintstats67")]),
    ("o20", "การมีส่วนร่วม", [("ประชาคมเมือง 2566", "/news/118/")]),
    ("o23", "ประเมินความเสี่ยงการทุจริต", [("ประชุมคณะทำงาน", "risk_invite")]),
]


def href(target: str) -> str:
    return target if target.startswith("/") else name(target)


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์ข้อมูล</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3">{esc(row[0])}</td></tr>')
            continue
        code, text, links = row
        cell = " · ".join(a(href(t), lt) for lt, t in links) if links else "-"
        out.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


def ita_pages() -> None:
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2568/">ITA ประจำปี 2568</a></li><li><a href="/ita/2567/">ITA ประจำปี 2567</a></li></ul>')
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568",
          "<p>เทศบาลเมืองริมแควน้อย เผยแพร่ข้อมูลตามแบบวัดการเปิดเผยข้อมูลสาธารณะ ITA ประจำปีงบประมาณ พ.ศ. 2568</p>"
          + ita_table(ITA_2568), '<a href="/ita/">ITA</a> » ')
    write("/ita/2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567",
          "<p>ข้อมูลตามแบบวัด OIT ปีงบประมาณ พ.ศ. 2567</p>" + ita_table(ITA_2567), '<a href="/ita/">ITA</a> » ')


def home_and_map() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(*n[1])})</li>' for n in NEWS[:6])
    write("/", "หน้าหลัก",
          f'<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2><ul class="news">{latest}</ul><p><a href="/news/">ข่าวทั้งหมด »</a></p>'
          '<h2>บริการประชาชน</h2><p><a href="/eservice/">E-Service</a> · <a href="/download/manual/">คู่มือประชาชน</a> · '
          '<a href="/complaint/">ร้องเรียน/ร้องทุกข์</a> · <a href="/ita/2568/">ITA 2568</a></p>')
    items = "".join(f'<li><a href="{p}">{p}</a></li>' for p in sorted(PAGES))
    write("/sitemap/", "แผนผังเว็บไซต์", f"<ul>{items}</ul>")


def main() -> None:
    about_pages()
    news_pages()
    dept_pages()
    download_pages()
    ita_pages()
    home_and_map()
    print(len(PAGES), "pages")


if __name__ == "__main__":
    main()
