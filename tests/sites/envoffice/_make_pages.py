"""Generate the HTML pages of the "envoffice" test site (สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อม
จังหวัดลำน้ำใส, invented).

Run:  python tests/sites/envoffice/_make_pages.py   (after _make_docs.py)

A government-template site: top bar, menu (หน้าหลัก / ข้อมูลหน่วยงาน / ข่าวประชาสัมพันธ์ /
จัดซื้อจัดจ้าง / บริการประชาชน / ITA / ติดต่อเรา), a side column and a footer on every page; pages
are folder/index.html.  The ITA 2569 page links some items to files, some to pages and some to
category pages (/ita/cat/<slug>/); last year's ITA 2568 page is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, build  # noqa: E402

ORG = "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำน้ำใส"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
MENU = [("/", "หน้าหลัก"), ("/about/history/", "ข้อมูลหน่วยงาน"), ("/news/", "ข่าวประชาสัมพันธ์"),
        ("/procurement/", "จัดซื้อจัดจ้าง"), ("/service/", "บริการประชาชน"), ("/ita/2569/", "ITA"),
        ("/contact/", "ติดต่อเรา")]
PAGES: dict[str, tuple[str, str]] = {}


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


def doc(key: str, label: str | None = None) -> str:
    x = DOCS[key]
    return f'<a href="{x["url"]}" target="_blank">{esc(label or x["label"])}</a>'


def page(path: str, title: str, body: str) -> None:
    PAGES[path] = (title, body)


def chrome(path: str, title: str, body: str) -> str:
    menu = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in MENU)
    side = ('<aside class="side"><div class="boss"><img src="/assets/boss.png" alt="ทสจ." width="80">'
            '<p>นายวีรพันธ์ ทองสุขเกษม<br>ทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำน้ำใส</p></div>'
            '<h4>เมนูหลัก</h4><ul><li><a href="/about/structure/">โครงสร้างหน่วยงาน</a></li>'
            '<li><a href="/about/executives/">ผู้บริหาร</a></li><li><a href="/download/">ดาวน์โหลดเอกสาร</a></li>'
            '<li><a href="/eservice/">E-Service</a></li><li><a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a></li>'
            '<li><a href="/qa/">กระดานถาม-ตอบ</a></li><li><a href="/ita/2568/">ITA 2568</a></li></ul>'
            '<p><a href="https://www.mnre.go.th/">กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม</a></p></aside>')
    return (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{esc(title)} | {ORG}</title>'
            '<link rel="stylesheet" href="/assets/style.css"></head><body>'
            '<div class="topbar">ศาลากลางจังหวัดลำน้ำใส ชั้น 3 โทร 0 4481 2345 | <a href="/sitemap/">แผนผังเว็บไซต์</a></div>'
            f'<header><img src="/assets/logo.png" alt="logo" width="48"><h1>{ORG}</h1>'
            '<p>Lamnamsai Provincial Office of Natural Resources and Environment</p></header>'
            f'<nav><ul class="menu">{menu}</ul></nav><div class="wrap">{side}<main><h2>{esc(title)}</h2>{body}</main></div>'
            f'<footer>{ORG} ศาลากลางจังหวัดลำน้ำใส ถนนราชดำเนิน ตำบลในเมือง อำเภอเมืองลำน้ำใส จังหวัดลำน้ำใส 99000<br>'
            'โทรศัพท์ 0 4481 2345 โทรสาร 0 4481 2346 อีเมล lamnamsai@mnre-example.go.th | สงวนลิขสิทธิ์ 2568</footer></body></html>')


def ul(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


NEWS = [  # id, date (BE y, m, d), title, body
    (412, (2569, 4, 2), "ทสจ.ลำน้ำใส ร่วมกิจกรรมวันน้ำโลก ประจำปี 2569",
     "วันที่ 2 เมษายน 2569 เวลา 08.30 น. นายวีรพันธ์ ทองสุขเกษม ทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำน้ำใส พร้อมเจ้าหน้าที่ "
     "และเครือข่าย ทสม. ร่วมกิจกรรมวันน้ำโลก เก็บขยะริมแม่น้ำลำน้ำใส บริเวณสวนสาธารณะริมน้ำ อำเภอเมืองลำน้ำใส"),
    (409, (2569, 3, 18), "ประชุมคณะกรรมการสิ่งแวดล้อมจังหวัดลำน้ำใส ครั้งที่ 1/2569",
     "วันที่ 18 มีนาคม 2569 ณ ห้องประชุมศาลากลางจังหวัดลำน้ำใส ที่ประชุมพิจารณารายงานสถานการณ์คุณภาพสิ่งแวดล้อมจังหวัด "
     "และร่างแผนปฏิบัติการเพื่อจัดการคุณภาพสิ่งแวดล้อมในระดับจังหวัด พ.ศ. 2570 - 2574"),
    (405, (2569, 3, 5), "เวทีรับฟังความคิดเห็นประชาชน ต่อร่างแผนปฏิบัติการเพื่อจัดการคุณภาพสิ่งแวดล้อมจังหวัด พ.ศ. 2570 - 2574",
     "วันที่ 5 มีนาคม 2569 เวลา 09.00 น. สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำน้ำใส จัดเวทีเปิดโอกาสให้ประชาชน ผู้นำชุมชน "
     "ภาคเอกชน องค์กรปกครองส่วนท้องถิ่น และเครือข่าย ทสม. มีส่วนร่วมแสดงความคิดเห็นต่อร่างแผน ณ หอประชุมอำเภอเมืองลำน้ำใส "
     "มีผู้เข้าร่วม 86 คน ข้อเสนอสำคัญ ได้แก่ การจัดการขยะชุมชน การเฝ้าระวังคุณภาพน้ำ และการลดการเผาในที่โล่ง "
     "สำนักงานฯ จะนำข้อเสนอไปปรับปรุงร่างแผนก่อนเสนอคณะกรรมการสิ่งแวดล้อมจังหวัดต่อไป"),
    (401, (2569, 2, 12), "ทสจ.ลำน้ำใส จัดกิจกรรมขับเคลื่อนจริยธรรม ประจำปีงบประมาณ 2569",
     "วันที่ 12 กุมภาพันธ์ 2569 ทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำน้ำใส เป็นประธานกิจกรรมขับเคลื่อนประมวลจริยธรรมข้าราชการ "
     "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม ข้าราชการ พนักงานราชการ และลูกจ้าง 22 คน ร่วมทบทวน Do &amp; Don'ts "
     "และหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ตามมาตรา 128"),
    (396, (2569, 1, 15), "ปลูกป่าเฉลิมพระเกียรติ ณ ป่าสงวนแห่งชาติป่าดงใหญ่",
     "วันที่ 15 มกราคม 2569 สำนักงานฯ ร่วมกับอำเภอดงใหญ่และชุมชนโดยรอบ ปลูกต้นไม้ 5,000 ต้น บนพื้นที่ 25 ไร่"),
    (390, (2568, 12, 9), "ทสจ.ลำน้ำใส ประกาศเจตนารมณ์ต่อต้านการทุจริต เนื่องในวันต่อต้านคอร์รัปชันสากล",
     "วันที่ 9 ธันวาคม 2568 ผู้บริหารและบุคลากรร่วมประกาศเจตนารมณ์ \"ทสจ.ลำน้ำใส โปร่งใส ไม่ทนต่อการทุจริต\""),
    (384, (2568, 11, 20), "ลงพื้นที่ตรวจสอบเรื่องร้องเรียนกลิ่นเหม็นจากฟาร์มสุกร ตำบลหนองบัว",
     "วันที่ 20 พฤศจิกายน 2568 กลุ่มงานสิ่งแวดล้อม ลงพื้นที่ตรวจสอบข้อเท็จจริงร่วมกับสำนักงานปศุสัตว์จังหวัดและเทศบาลตำบลหนองบัว"),
    (377, (2568, 10, 7), "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ พ.ศ. 2569",
     "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำน้ำใส ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่"),
    (352, (2568, 6, 20), "อบรมการตรวจวัดคุณภาพน้ำเบื้องต้นแก่เครือข่าย ทสม.",
     "วันที่ 20 มิถุนายน 2568 ผู้เข้าร่วม 60 คน จาก 9 อำเภอ"),
    (340, (2568, 3, 10), "เวทีรับฟังความคิดเห็นโครงการจังหวัดสะอาด ปี 2568", "วันที่ 10 มีนาคม 2568 ผู้เข้าร่วม 54 คน"),
]


def pages() -> None:
    latest = "".join(f'<li><a href="/news/{n}/">{esc(t)}</a> <span class="date">{be(date(*dt))}</span></li>' for n, dt, t, _ in NEWS[:5])
    page("/", "หน้าหลัก", f'<section><h3>ข่าวประชาสัมพันธ์</h3><ul>{latest}</ul><a href="/news/">ดูทั้งหมด</a></section>'
         '<section><h3>ประกาศจัดซื้อจัดจ้าง</h3><a href="/procurement/">ดูทั้งหมด</a></section>'
         '<section class="banner"><a href="/ita/2569/"><img src="/assets/ita.png" alt="ITA 2569" width="120"></a></section>')
    page("/about/history/", "ประวัติความเป็นมา", "<p>สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัด จัดตั้งขึ้นตามกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม พ.ศ. 2545 เป็นราชการบริหารส่วนภูมิภาค</p>"
         + ul(['<a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a>', '<a href="/about/structure/">โครงสร้างหน่วยงาน</a>',
               '<a href="/about/authority/">อำนาจหน้าที่</a>', '<a href="/about/executives/">ผู้บริหาร</a>',
               '<a href="/about/staff/">บุคลากร</a>', '<a href="/law/">กฎหมายที่เกี่ยวข้อง</a>']))
    page("/about/vision/", "วิสัยทัศน์ พันธกิจ", "<p>วิสัยทัศน์: ทรัพยากรธรรมชาติสมบูรณ์ สิ่งแวดล้อมดี ประชาชนมีส่วนร่วม สู่การพัฒนาที่ยั่งยืน</p>"
         f"<p>ดูรายละเอียดใน {doc('plan5')}</p>")
    page("/about/structure/", "โครงสร้างหน่วยงาน", '<img src="/assets/chart.png" alt="แผนผังโครงสร้าง" width="300">'
         + ul(["ทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัด" + ul(["ฝ่ายบริหารทั่วไป", "กลุ่มงานทรัพยากรธรรมชาติ", "กลุ่มงานสิ่งแวดล้อม", "กลุ่มงานยุทธศาสตร์และเครือข่าย"])])
         + f"<p>ดาวน์โหลด: {doc('chart')}</p>")
    page("/about/authority/", "อำนาจหน้าที่", "<p>ตามกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม สำนักงาน ทสจ. มีอำนาจหน้าที่ดังนี้</p><ol>"
         "<li>จัดทำแผนปฏิบัติการเพื่อจัดการคุณภาพสิ่งแวดล้อมในระดับจังหวัด</li><li>ประสานและติดตามการอนุรักษ์ทรัพยากรธรรมชาติในจังหวัด</li>"
         "<li>รับเรื่องร้องเรียนและตรวจสอบปัญหามลพิษและสิ่งแวดล้อม</li><li>ส่งเสริมเครือข่ายอาสาสมัครพิทักษ์ทรัพยากรธรรมชาติและสิ่งแวดล้อมหมู่บ้าน (ทสม.)</li>"
         "<li>ปฏิบัติงานอื่นตามที่ได้รับมอบหมาย</li></ol>")
    people = [("นายวีรพันธ์ ทองสุขเกษม", "ทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำน้ำใส"),
              ("นางสุภาวดี คำแสนราช", "หัวหน้าฝ่ายบริหารทั่วไป"), ("นายธนากร ศรีวิไลพันธ์", "หัวหน้ากลุ่มงานทรัพยากรธรรมชาติ"),
              ("นางสาวอรอุมา แก้วประเสริฐ", "หัวหน้ากลุ่มงานสิ่งแวดล้อม")]
    page("/about/executives/", "ผู้บริหาร", "".join(
        f'<div class="person"><img src="/assets/boss.png" alt="{n}" width="80"><p>{n}<br>{p}<br>โทร 0 4481 2345 ต่อ {10 + i}</p></div>'
        for i, (n, p) in enumerate(people)))
    page("/about/staff/", "บุคลากร", ul(["ฝ่ายบริหารทั่วไป 6 คน", "กลุ่มงานทรัพยากรธรรมชาติ 5 คน", "กลุ่มงานสิ่งแวดล้อม 5 คน",
                                         "กลุ่มงานยุทธศาสตร์และเครือข่าย 4 คน"]))
    page("/law/", "กฎหมายที่เกี่ยวข้อง", ul(["พระราชบัญญัติส่งเสริมและรักษาคุณภาพสิ่งแวดล้อมแห่งชาติ พ.ศ. 2535",
                                              "พระราชบัญญัติป่าสงวนแห่งชาติ พ.ศ. 2507", "พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540",
                                              "กฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม"]))
    page("/contact/", "ติดต่อเรา", "<p>ศาลากลางจังหวัดลำน้ำใส ชั้น 3 ถนนราชดำเนิน ตำบลในเมือง อำเภอเมืองลำน้ำใส จังหวัดลำน้ำใส 99000</p>"
         "<p>โทรศัพท์ 0 4481 2345 โทรสาร 0 4481 2346</p><p>อีเมล lamnamsai@mnre-example.go.th</p>"
         '<p><a href="https://maps.google.com/?q=ศาลากลางจังหวัดลำน้ำใส">แผนที่ Google Maps</a></p>'
         '<p>สอบถามข้อมูล: <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A)</a></p>')
    page("/qa/", "กระดานถาม-ตอบ (Q&A)", '<form method="post" action="/qa/"><input name="name" placeholder="ชื่อ"><textarea name="q"></textarea><button>ส่งคำถาม</button></form>'
         + ul(["ถาม: จะขอข้อมูลคุณภาพน้ำแม่น้ำลำน้ำใสได้อย่างไร (12 ก.พ. 2569)<br>ตอบ: ยื่นคำขอผ่าน E-Service หรือติดต่อกลุ่มงานสิ่งแวดล้อม",
               "ถาม: แจ้งเหตุเผาขยะในชุมชนได้ที่ไหน (3 ม.ค. 2569)<br>ตอบ: แจ้งผ่านเมนูแจ้งเรื่องร้องเรียนหรือโทร 0 4481 2345"]))
    # news
    page("/news/", "ข่าวประชาสัมพันธ์", ul([f'<a href="/news/{n}/">{esc(t)}</a> ({be(date(*dt))})' for n, dt, t, _ in NEWS[:6]])
         + '<p class="pager">หน้า 1 <a href="/news/page/2/">2</a></p>')
    page("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", ul([f'<a href="/news/{n}/">{esc(t)}</a> ({be(date(*dt))})' for n, dt, t, _ in NEWS[6:]])
         + '<p class="pager"><a href="/news/">1</a> หน้า 2</p>')
    for n, dt, t, b in NEWS:
        extra = f"<p>เอกสาร: {doc('nogift')}</p>" if n == 377 else ""
        page(f"/news/{n}/", t, f'<p class="date">วันที่ {be(date(*dt))} | ฝ่ายบริหารทั่วไป</p><p>{b}</p>{extra}')
    # procurement
    page("/procurement/", "ประกาศจัดซื้อจัดจ้าง", ul([
        f"{doc('printplan')} ({be(DOCS['printplan']['date'])})",
        '<a href="/procurement/401/">ประกาศผู้ชนะการเสนอราคา ซื้อครุภัณฑ์เครื่องวัดคุณภาพน้ำ (14 ก.พ. 2569)</a>',
        '<a href="/procurement/388/">ประกาศแผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2569 (28 ต.ค. 2568)</a>',
        '<a href="/procurement/summary/">สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</a>',
        f"{doc('proc2568')}",
        '<a href="/procurement/375/">ประกาศแผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568 (ฉบับปรับปรุง) (3 มี.ค. 2568)</a>']))
    page("/procurement/375/", "ประกาศแผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568 (ฉบับปรับปรุง)", "<p>ประกาศ ณ วันที่ 3 มีนาคม 2568 รายการจ้างเหมาบริการทำความสะอาด วงเงิน 96,000 บาท</p>")
    page("/procurement/401/", "ประกาศผู้ชนะการเสนอราคา ซื้อครุภัณฑ์เครื่องวัดคุณภาพน้ำ", "<p>ผู้ได้รับการคัดเลือก ห้างหุ้นส่วนจำกัด วิทยาศาสตร์ลำน้ำใส ราคา 139,800 บาท</p>")
    page("/procurement/388/", "ประกาศแผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2569", "<p>รายการ: ครุภัณฑ์เครื่องวัดคุณภาพน้ำ 1 ชุด วงเงิน 140,000 บาท ไตรมาส 2</p>")
    skr = [k for k in DOCS if k.startswith("skr")]
    page("/procurement/summary/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
         "<table><tr><th>เรื่อง</th><th>วันที่</th></tr>" + "".join(
             f"<tr><td>{doc(k)}</td><td>{be(DOCS[k]['date'])}</td></tr>" for k in reversed(skr)) + "</table>")
    # services
    page("/service/", "บริการประชาชน", ul(['<a href="/service/manual/">คู่มือสำหรับประชาชน</a>', '<a href="/eservice/">E-Service ยื่นคำขอออนไลน์</a>',
                                          '<a href="/service/stats/">สถิติการให้บริการ</a>', '<a href="/service/permits/">การขออนุญาตด้านสิ่งแวดล้อม</a>',
                                          '<a href="/complaint/env/">แบบฟอร์มร้องเรียนปัญหาสิ่งแวดล้อม</a>']))
    page("/service/manual/", "คู่มือสำหรับประชาชน", ul([doc("mcitizen"), doc("mpermit")]))
    page("/service/permits/", "การขออนุญาตด้านสิ่งแวดล้อม", "<p>การยื่นรายงาน EIA ระดับจังหวัด การขออนุญาตเข้าทำประโยชน์ในเขตป่า (ประสานกรมป่าไม้) ดูขั้นตอนใน</p>" + ul([doc("mpermit")]))
    page("/service/stats/", "สถิติการให้บริการ", ul([doc("stat2569")]))
    page("/eservice/", "E-Service ระบบยื่นคำขอรับบริการออนไลน์", '<form method="post" action="/eservice/"><label>ชื่อ-สกุล <input name="name"></label>'
         '<label>เลขบัตรประชาชน <input name="pid"></label><label>ประเภทคำขอ <select name="type"><option>ขอข้อมูลคุณภาพสิ่งแวดล้อม</option>'
         '<option>ขอข้อมูลพื้นที่ป่า</option></select></label><label>รายละเอียด <textarea name="detail"></textarea></label><button>ยื่นคำขอ</button></form>'
         f"<p>สถิติการใช้บริการ: {doc('stat2569')}</p>")
    page("/complaint/env/", "แบบฟอร์มร้องเรียนปัญหาสิ่งแวดล้อม", '<form method="post" action="/complaint/env/"><input name="name"><textarea name="detail"></textarea><button>ส่ง</button></form>')
    page("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ได้ทางแบบฟอร์มนี้ ข้อมูลผู้ร้องจะถูกเก็บเป็นความลับ</p>"
         '<form method="post" action="/complaint/"><label>ชื่อ (ไม่ระบุก็ได้) <input name="name"></label><label>เรื่องที่ร้องเรียน <textarea name="detail"></textarea></label>'
         '<label>แนบไฟล์ <input type="file" name="f"></label><button>ส่งเรื่องร้องเรียน</button></form>'
         f"<p>{doc('cguide')}</p>")
    page("/download/", "ดาวน์โหลดเอกสาร", ul([doc(k) for k in ("chart", "plan5", "ap2569", "spend2569", "mwork", "mcitizen", "ethics", "ethinvite")]))
    # ITA category pages
    cats = {
        "plan": ("แผนยุทธศาสตร์ / แผนปฏิบัติราชการ", ["plan5", "ap2569", "spend2569", "ap2568"]),
        "report": ("รายงานผลการดำเนินงาน", ["ar2568", "br2567"]),
        "manual": ("คู่มือการปฏิบัติงาน", ["mwork"]),
        "hr": ("การบริหารและพัฒนาทรัพยากรบุคคล", ["hrrule", "hrplan2568", "hrrep2568"]),
        "ethics": ("จริยธรรม", ["ethics", "ethinvite"]),
        "complaint": ("เรื่องร้องเรียนการทุจริต", ["cguide", "cstat2569", "cstat2568"]),
        "risk": ("การประเมินความเสี่ยงการทุจริต", ["risk2569", "riskrep2568"]),
        "anticorrupt": ("การป้องกันการทุจริต", ["acp2569draft", "acp2568", "acrep_other", "integ2568"]),
    }
    for slug, (t, keys) in cats.items():
        page(f"/ita/cat/{slug}/", t, "<table><tr><th>เอกสาร</th><th>วันที่</th></tr>" + "".join(
            f"<tr><td>{doc(k)}</td><td>{be(DOCS[k]['date'])}</td></tr>" for k in keys) + "</table>")
    rows = [
        ("o1", "โครงสร้างหน่วยงาน", '<a href="/about/structure/">คลิก</a>'),
        ("o2", "ข้อมูลผู้บริหาร", '<a href="/about/executives/">คลิก</a>'),
        ("o3", "ข้อมูลการติดต่อ / ถาม-ตอบ", '<a href="/contact/">คลิก</a> <a href="/qa/">Q&amp;A</a>'),
        ("o4", "ข่าวประชาสัมพันธ์", '<a href="/news/">คลิก</a>'),
        ("o5", "แผนปฏิบัติราชการ ระยะ 5 ปี", doc("plan5", "คลิก")),
        ("o6", "แผนปฏิบัติราชการประจำปีและแผนการใช้จ่ายงบประมาณ", '<a href="/ita/cat/plan/">คลิก</a>'),
        ("o7", "รายงานผลการดำเนินงานประจำปี", '<a href="/ita/cat/report/">คลิก</a>'),
        ("o8", "คู่มือการปฏิบัติงาน", '<a href="/ita/cat/manual/">คลิก</a>'),
        ("o9", "คู่มือสำหรับประชาชน", '<a href="/service/manual/">คลิก</a>'),
        ("o10", "E-Service", '<a href="/eservice/">คลิก</a>'),
        ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", '<a href="/procurement/summary/">คลิก</a>'),
        ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี 2568", doc("proc2568", "คลิก")),
        ("o13", "หลักเกณฑ์และแผนพัฒนาบุคลากร", '<a href="/ita/cat/hr/">คลิก</a>'),
        ("o14", "รายงานผลการบริหารทรัพยากรบุคคล", doc("hrrep2568", "คลิก")),
        ("o15", "ประมวลจริยธรรมและการขับเคลื่อน", '<a href="/ita/cat/ethics/">คลิก</a> <a href="/news/401/">กิจกรรม</a>'),
        ("o16", "คู่มือการจัดการเรื่องร้องเรียนการทุจริต", doc("cguide", "คลิก")),
        ("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", '<a href="/complaint/">คลิก</a>'),
        ("o18", "สถิติเรื่องร้องเรียนการทุจริต ปี 2569", doc("cstat2569", "คลิก")),
        ("o19", "การเปิดโอกาสให้มีส่วนร่วม", '<a href="/news/405/">คลิก</a>'),
        ("o20", "No Gift Policy", doc("nogift", "ประกาศ") + " " + doc("giftrep", "รายงาน")),
        ("o21", "การประเมินความเสี่ยงการทุจริต", '<a href="/ita/cat/risk/">คลิก</a>'),
        ("o22", "รายงานผลการบริหารความเสี่ยงการทุจริต", doc("riskrep2568", "คลิก")),
        ("o23", "แผนปฏิบัติการป้องกันการทุจริต", '<a href="/ita/cat/anticorrupt/">คลิก</a>'),
        ("o24", "รายงานผลการป้องกันการทุจริต", '<a href="/ita/cat/anticorrupt/">คลิก</a>'),
        ("o25", "การนำผลการประเมิน ITA ไปพัฒนา", "อยู่ระหว่างดำเนินการ"),
        ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", doc("integ2568", "คลิก")),
    ]
    page("/ita/2569/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2569",
         "<table><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>" + "".join(
             f"<tr><td>{c}</td><td>{esc(t)}</td><td>{link}</td></tr>" for c, t, link in rows) + "</table>")
    old = [("o1", "โครงสร้าง", '<a href="/about/structure/">คลิก</a>'), ("o10", "แผนดำเนินงานประจำปี 2568", doc("ap2568", "คลิก")),
           ("o12", "รายงานประจำปี 2567", doc("ar2567", "คลิก")), ("o35", "แผนปฏิบัติการป้องกันการทุจริต 2568", doc("acp2568", "คลิก")),
           ("o36", "การนำผล ITA ไปพัฒนา / มาตรการส่งเสริมคุณธรรม", doc("ita25_2568", "คลิก")),
           ("o37", "สถิติเรื่องร้องเรียน 2568", doc("cstat2568", "คลิก"))]
    page("/ita/2568/", "ITA ประจำปี 2568", "<table>" + "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{link}</td></tr>" for c, t, link in old) + "</table>")
    page("/sitemap/", "แผนผังเว็บไซต์", ul([f'<a href="{p}">{esc(t)}</a>' for p, (t, _) in sorted(PAGES.items())]))


def date(y: int, m: int, d: int):
    from datetime import datetime
    return datetime(y - 543, m, d)


def write_assets() -> None:
    from PIL import Image
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    for name, color in (("logo", (20, 110, 60)), ("boss", (180, 180, 180)), ("chart", (230, 230, 230)), ("ita", (0, 70, 140))):
        Image.new("RGB", (48, 48), color).save(os.path.join(HERE, "assets", f"{name}.png"))
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:sans-serif;margin:0}.topbar{background:#0b5;color:#fff}.wrap{display:flex}.side{width:220px}main{flex:1}\n")


def main() -> None:
    build(write=False)
    pages()
    write_assets()
    for path, (title, body) in PAGES.items():
        p = os.path.join(HERE, path.lstrip("/"), "index.html")
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(chrome(path, title, body))


if __name__ == "__main__":
    main()
