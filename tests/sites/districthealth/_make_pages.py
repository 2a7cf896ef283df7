"""Generate the HTML pages of the "districthealth" test site (สำนักงานสาธารณสุขอำเภอหนองตะเคียนงาม,
invented).

Run:  python tests/sites/districthealth/_make_pages.py   (after _make_docs.py)

A small self-built PHP site: a green header with the office's name, a top menu, a right column
(the head of office, hotline, links to the province and the ministry, a hit counter) and a footer
on every page; pages are folder/index.html (news posts /news/<id>/).  Documents are listed by category under /download/<cat>/,
the monthly สขร.1 on /procurement/.  The ITA page /ita/2569/ is a table o1 … o26 in the office's
own short wording whose links go to files, pages or category lists; last year's /ita/2568/ is
still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG, PROC_MONTHS, path  # noqa: E402

CATS = {"plan": "แผนงาน/ยุทธศาสตร์", "report": "รายงานผลการดำเนินงาน", "manual": "คู่มือ",
        "stats": "ข้อมูลสถิติ", "procure": "จัดซื้อจัดจ้าง", "hr": "บริหารงานบุคคล",
        "integrity": "คุณธรรมและความโปร่งใส", "general": "หนังสือเวียน/ทั่วไป"}
MENU = [("/", "หน้าแรก"), ("/about/", "เกี่ยวกับเรา"), ("/about/structure/", "โครงสร้าง"),
        ("/news/", "ข่าวประชาสัมพันธ์"), ("/download/", "ดาวน์โหลด"), ("/procurement/", "จัดซื้อจัดจ้าง"),
        ("/eservice/", "E-Service"), ("/ita/2569/", "ITA 2569"), ("/contact/", "ติดต่อเรา")]
DEAD_2569 = "/files/31877.pdf"
DEAD_2568 = "/files/29012.pdf"

NEWS = [  # id, date, title, body
    (214, "2 เม.ย. 2569", "สสอ.หนองตะเคียนงาม รณรงค์ป้องกันโรคไข้เลือดออกก่อนฤดูฝน",
     "เจ้าหน้าที่ สสอ. ร่วมกับ อสม. 9 ตำบล ออกรณรงค์ทำลายแหล่งเพาะพันธุ์ยุงลาย ในวันที่ 1 เมษายน 2569"),
    (211, "19 มี.ค. 2569", "เวทีประชาคมสุขภาพอำเภอ รับฟังความคิดเห็นต่อแผนสุขภาพ ปี 2569",
     "วันที่ 18 มีนาคม 2569 สสอ.หนองตะเคียนงาม จัดเวทีประชาคมสุขภาพระดับอำเภอ ให้ประชาชน ผู้นำชุมชน อสม. "
     "และ อปท. ร่วมเสนอปัญหาสุขภาพและร่วมวางแผน มีผู้เข้าร่วม 86 คน ข้อเสนอสำคัญ: จุดคัดกรองเบาหวานในตลาดนัด"),
    (207, "25 ก.พ. 2569", "อบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ปี 2569",
     "วันที่ 24 กุมภาพันธ์ 2569 จัดอบรมคุณธรรมจริยธรรมตามประมวลจริยธรรมข้าราชการพลเรือน แก่เจ้าหน้าที่ สสอ. "
     "และ ผอ.รพ.สต. รวม 23 คน พร้อมทบทวน Do's & Don'ts ของหน่วยงาน"),
    (203, "6 ก.พ. 2569", "ประชุมประจำเดือน คปสอ.หนองตะเคียนงาม ครั้งที่ 2/2569",
     "ประชุมคณะกรรมการประสานงานสาธารณสุขระดับอำเภอ (เจ้าหน้าที่เท่านั้น) ติดตามตัวชี้วัดไตรมาส 1"),
    (198, "15 ม.ค. 2569", "ตรวจร้านอาหารตามเกณฑ์ Clean Food Good Taste",
     "งานคุ้มครองผู้บริโภคตรวจร้านอาหารและแผงลอย 24 ร้านในเขตเทศบาล"),
    (192, "22 ธ.ค. 2568", "ฉีดวัคซีนไข้หวัดใหญ่ให้กลุ่ม 608", "รพ.สต. ทุกแห่งให้บริการวัคซีนไข้หวัดใหญ่ปี 2568/69"),
    (187, "10 พ.ย. 2568", "มอบรางวัล อสม. ดีเด่นระดับอำเภอ", "มอบรางวัล อสม. ดีเด่น 10 สาขา"),
    (183, "9 ต.ค. 2568", "ประกาศเจตนารมณ์ต่อต้านการทุจริต ปี 2569",
     "เจ้าหน้าที่ สสอ. ร่วมประกาศเจตนารมณ์ต่อต้านการทุจริตในวันที่ 9 ตุลาคม 2568"),
    (176, "5 ก.ย. 2568", "ประชุมเชิงปฏิบัติการการคัดกรองมะเร็งลำไส้", "อบรม อสม. ใช้ชุดตรวจ FIT test"),
    (171, "14 ส.ค. 2568", "เวทีประชาคมสุขภาพตำบลหนองบัวทอง ปี 2568",
     "ประชาคมตำบลร่วมจัดทำแผนสุขภาพตำบล ปี 2568 ผู้เข้าร่วม 54 คน"),
    (166, "2 ก.ค. 2568", "รณรงค์งดเหล้าเข้าพรรษา", "เชิญชวนประชาชนร่วมงดเหล้าตลอดเทศกาลเข้าพรรษา"),
    (160, "20 พ.ค. 2568", "ตรวจประเมิน รพ.สต. ติดดาว", "คณะกรรมการระดับอำเภอตรวจประเมิน รพ.สต. 3 แห่ง"),
]
RPST = [("nonsawang", "รพ.สต.บ้านโนนสว่าง"), ("nongbuathong", "รพ.สต.หนองบัวทอง"), ("khoksi", "รพ.สต.บ้านโคกสี"),
        ("huaiyang", "รพ.สต.ห้วยยาง"), ("namphong", "รพ.สต.บ้านน้ำพอง"), ("sokdu", "รพ.สต.บ้านโสกดู่")]


def page(url: str, title: str, body: str) -> None:
    menu = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in MENU)
    doc = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{html.escape(title)} :: {ORG}</title>
<link rel="stylesheet" href="/css/style.css"></head>
<body><div id="wrap">
<div id="header"><img src="/images/logo.png" alt="logo" width="80"><h1>{ORG}</h1>
<p>District Health Office Nong Takhian Ngam · จังหวัดชัยภูมิ</p></div>
<ul id="menu">{menu}</ul>
<div id="main"><div id="content"><h2>{html.escape(title)}</h2>
{body}
</div>
<div id="side"><div class="box"><h3>สาธารณสุขอำเภอ</h3><p>นายประเสริฐ ทองมาลัย<br>สาธารณสุขอำเภอหนองตะเคียนงาม</p></div>
<div class="box"><h3>ลิงก์หน่วยงาน</h3><ul><li><a href="https://www.moph.go.th/">กระทรวงสาธารณสุข</a></li>
<li><a href="/ita/2569/">ITA 2569</a></li><li><a href="/ita/2568/">ITA 2568</a></li>
<li><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริต</a></li><li><a href="/qa/">ถาม-ตอบ</a></li>
<li><a href="/rpst/">รพ.สต. ในเครือข่าย</a></li></ul></div>
<div class="box"><h3>สถิติผู้เข้าชม</h3><p>วันนี้ 37 · ทั้งหมด 148,209</p></div></div></div>
<div id="footer">{ORG} 219 หมู่ 4 ถนนชัยภูมิ-บ้านเขว้า ตำบลหนองบัวทอง อำเภอหนองตะเคียนงาม จังหวัดชัยภูมิ 36190
โทร. 0-4405-7321 · Copyright © 2558-2569 · พัฒนาโดย งานเทคโนโลยีสารสนเทศ สสอ. (PHP)</div>
</div></body></html>
"""
    out = os.path.join(HERE, url.strip("/"), "index.html")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(doc)


def a(url: str, text: str) -> str:
    return f'<a href="{url}">{html.escape(text)}</a>'


def rows(keys: list[str]) -> str:
    body = "".join(f"<tr><td>{a(path(k), DOCS[k][3])}</td><td>{DOCS[k][4]}</td><td>{DOCS[k][1].upper()}</td></tr>"
                   for k in keys)
    return f"<table class='list'><tr><th>เอกสาร</th><th>วันที่</th><th>ชนิด</th></tr>{body}</table>"


def build() -> None:
    # static assets
    os.makedirs(os.path.join(HERE, "css"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    with open(os.path.join(HERE, "css", "style.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma}#header{background:#1b7a3c;color:#fff}#menu li{display:inline}"
                 "#content{float:left;width:70%}#side{float:right;width:28%}#footer{clear:both}\n")
    with open(os.path.join(HERE, "images", "logo.png"), "wb") as fh:
        fh.write(bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                               "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"))

    latest = "".join(f"<li>{a(f'/news/{n}/', t)} <small>({dt})</small></li>" for n, dt, t, _ in NEWS[:6])
    page("/", "หน้าแรก", f"<p>ยินดีต้อนรับสู่เว็บไซต์{ORG}</p><h3>ข่าวล่าสุด</h3><ul>{latest}</ul>"
         f"<p>{a('/ita/2569/', 'การประเมินคุณธรรมและความโปร่งใส (ITA) ปี 2569')}</p>")
    page("/about/", "ประวัติหน่วยงาน", "<p>สำนักงานสาธารณสุขอำเภอหนองตะเคียนงาม ตั้งขึ้นเมื่อปี 2535 เป็นหน่วยงาน"
         "สังกัดสำนักงานสาธารณสุขจังหวัดชัยภูมิ สำนักงานปลัดกระทรวงสาธารณสุข</p>"
         f"<ul><li>{a('/about/structure/', 'โครงสร้างหน่วยงาน')}</li><li>{a('/about/authority/', 'อำนาจหน้าที่')}</li>"
         f"<li>{a('/about/executives/', 'ผู้บริหาร')}</li><li>{a('/about/vision/', 'วิสัยทัศน์ พันธกิจ')}</li></ul>")
    page("/about/structure/", "โครงสร้างหน่วยงาน",
         "<img src='/images/logo.png' alt='แผนภูมิโครงสร้าง' width='300'>"
         "<ul><li>สาธารณสุขอำเภอหนองตะเคียนงาม<ul><li>ผู้ช่วยสาธารณสุขอำเภอ (2 คน)<ul>"
         "<li>งานบริหารทั่วไป (สารบรรณ การเงิน พัสดุ)</li><li>งานพัฒนายุทธศาสตร์สาธารณสุข</li>"
         "<li>งานควบคุมโรคติดต่อและไม่ติดต่อ</li><li>งานส่งเสริมสุขภาพและอนามัยสิ่งแวดล้อม</li>"
         "<li>งานคุ้มครองผู้บริโภคด้านสุขภาพ</li><li>งานสุขภาพภาคประชาชน (อสม.)</li></ul></li>"
         "<li>โรงพยาบาลส่งเสริมสุขภาพตำบล 3 แห่งในสังกัด (อีก 6 แห่งถ่ายโอนไป อบจ.ชัยภูมิ)</li></ul></li></ul>"
         f"<p>ดู {a('/about/authority/', 'อำนาจหน้าที่')}</p>")
    page("/about/authority/", "อำนาจหน้าที่",
         "<p>ตามกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวงสาธารณสุข สำนักงานสาธารณสุขอำเภอมีอำนาจหน้าที่ดังนี้</p><ol>"
         "<li>จัดทำแผนงานด้านสาธารณสุขระดับอำเภอ</li><li>ประสานและสนับสนุนการปฏิบัติงานของหน่วยบริการในเขตอำเภอ</li>"
         "<li>กำกับ ดูแล ติดตามและประเมินผลการดำเนินงานสาธารณสุขในเขตอำเภอ</li>"
         "<li>ดำเนินการด้านการคุ้มครองผู้บริโภคด้านสุขภาพ</li><li>ปฏิบัติงานร่วมกับหน่วยงานอื่นตามที่ได้รับมอบหมาย</li></ol>")
    page("/about/executives/", "ผู้บริหาร",
         "<table class='list'><tr><td><img src='/images/logo.png' alt='นายประเสริฐ ทองมาลัย' width='90'></td>"
         "<td>นายประเสริฐ ทองมาลัย<br>สาธารณสุขอำเภอหนองตะเคียนงาม<br>โทร. 08-1764-2290</td></tr>"
         "<tr><td><img src='/images/logo.png' alt='นางวิมลรัตน์ แก้วประเสริฐ' width='90'></td>"
         "<td>นางวิมลรัตน์ แก้วประเสริฐ<br>ผู้ช่วยสาธารณสุขอำเภอ<br>โทร. 08-9513-4476</td></tr>"
         "<tr><td><img src='/images/logo.png' alt='นายธีรวัฒน์ จันทร์หอม' width='90'></td>"
         "<td>นายธีรวัฒน์ จันทร์หอม<br>ผู้ช่วยสาธารณสุขอำเภอ<br>โทร. 06-2258-0917</td></tr></table>")
    page("/about/vision/", "วิสัยทัศน์ พันธกิจ", "<p>วิสัยทัศน์: ประชาชนสุขภาพดี เจ้าหน้าที่มีความสุข ระบบสุขภาพอำเภอยั่งยืน</p>"
         f"<p>ดาวน์โหลด {a(path('strat-63-67'), 'แผนยุทธศาสตร์ด้านสุขภาพ')}</p>")
    page("/contact/", "ติดต่อเรา", f"<p>{ORG}<br>219 หมู่ 4 ถนนชัยภูมิ-บ้านเขว้า ตำบลหนองบัวทอง อำเภอหนองตะเคียนงาม "
         "จังหวัดชัยภูมิ 36190</p><p>โทรศัพท์ 0-4405-7321 โทรสาร 0-4405-7322<br>อีเมล ntk.dho@example.go.th</p>"
         "<p>เวลาทำการ จันทร์-ศุกร์ 08.30-16.30 น.</p>"
         "<p><a href='https://maps.google.com/?q=15.9123,101.8871'>แผนที่ Google Maps</a></p>"
         f"<p>{a('/qa/', 'ถาม-ตอบ (Q&A)')}</p>")
    page("/qa/", "ถาม-ตอบ (Q&A)",
         "<div class='q'><b>ถาม:</b> ขอรับวัคซีนไข้หวัดใหญ่ได้ที่ไหน (ผู้ถาม: ชาวบ้านหนองบัว, 3 ธ.ค. 2568)"
         "<br><b>ตอบ:</b> รับได้ที่ รพ.สต. ใกล้บ้านทุกแห่ง ในวันและเวลาราชการ (สสอ., 4 ธ.ค. 2568)</div>"
         "<div class='q'><b>ถาม:</b> ร้องเรียนอาหารหมดอายุทำอย่างไร (8 ก.พ. 2569)<br><b>ตอบ:</b> "
         "ยื่นทางหน้า E-Service หรือโทร 0-4405-7321 (9 ก.พ. 2569)</div>"
         "<form action='/qa/' method='post'><p>ชื่อ <input name='name'></p><p>คำถาม <textarea name='q'></textarea></p>"
         "<p><button>ส่งคำถาม</button></p></form>")
    page("/eservice/", "E-Service ยื่นคำขอรับบริการออนไลน์",
         "<form action='/eservice/' method='post'><p>ชื่อ-สกุล <input name='name'></p><p>เลขบัตรประชาชน <input name='pid'></p>"
         "<p>ประเภทคำขอ <select name='type'><option>ร้องเรียนด้านผลิตภัณฑ์สุขภาพ</option>"
         "<option>ขอคำปรึกษาด้านอนามัยสิ่งแวดล้อม</option><option>ขอข้อมูลข่าวสาร</option></select></p>"
         "<p>รายละเอียด <textarea name='detail'></textarea></p><p><button>ยื่นคำขอ</button></p></form>"
         f"<p>{a(path('service-stats'), 'สถิติการให้บริการ ต.ค. 68 - มี.ค. 69')}</p>")
    page("/complaint/", "ร้องเรียน/ร้องทุกข์",
         f"<p>{a('/complaint/corruption/', 'แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ')}</p>"
         f"<p>{a(path('complaint-manual'), 'คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ')}</p>")
    page("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         "<p>ท่านสามารถแจ้งเบาะแสการทุจริตของเจ้าหน้าที่ได้ทางแบบฟอร์มนี้ ข้อมูลผู้แจ้งจะถูกปกปิด</p>"
         "<form action='/complaint/corruption/' method='post'><p>ชื่อผู้ร้อง (ไม่บังคับ) <input name='name'></p>"
         "<p>เรื่องที่ร้องเรียน <textarea name='detail'></textarea></p><p>ไฟล์หลักฐาน <input type='file' name='f'></p>"
         "<p><button>ส่งเรื่อง</button></p></form>"
         "<p>หรือแจ้งที่ <a href='https://www.nacc.go.th/'>สำนักงาน ป.ป.ช.</a> · "
         "<a href='https://www.pacc.go.th/'>สำนักงาน ป.ป.ท.</a> · ศูนย์ดำรงธรรม โทร. 1567</p>")
    page("/rpst/", "รพ.สต. ในเครือข่าย", "<ul>" + "".join(f"<li>{a(f'/rpst/{k}/', n)}</li>" for k, n in RPST) + "</ul>")
    for k, n in RPST:
        page(f"/rpst/{k}/", n, f"<p>{n} อำเภอหนองตะเคียนงาม ให้บริการตรวจรักษาโรคเบื้องต้น ส่งเสริมสุขภาพ "
             "ควบคุมโรค ฟื้นฟูสภาพ วันจันทร์-ศุกร์ 08.30-16.30 น.</p>")

    # download section
    cat_of: dict[str, list[str]] = {c: [] for c in CATS}
    for key, (_n, _e, cat, *_rest) in DOCS.items():
        if cat in cat_of:
            cat_of[cat].append(key)
    hidden = {"ita-analysis-67"}  # linked only from last year's ITA page
    page("/download/", "ดาวน์โหลดเอกสาร", "<ul>" + "".join(f"<li>{a(f'/download/{c}/', t)}</li>" for c, t in CATS.items())
         + "</ul>")
    for c, t in CATS.items():
        keys = [k for k in reversed(cat_of[c]) if k not in hidden]
        page(f"/download/{c}/", f"ดาวน์โหลด: {t}", rows(keys))

    # monthly procurement summaries (February 2569 never uploaded)
    items = "".join(f"<li>{a(path(f'skr-{ym}'), DOCS[f'skr-{ym}'][3])}</li>" for ym, _l, _n in reversed(PROC_MONTHS))
    page("/procurement/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ 2569", f"<ul>{items}</ul>"
         f"<p>{a('/download/procure/', 'ประกาศและรายงานจัดซื้อจัดจ้างอื่น ๆ')}</p>")

    # news: list pages and the news reader's query copies
    def listing(chunk):
        return "<ul class='news'>" + "".join(
            f"<li>{a(f'/news/{n}/', t)} <small>{dt}</small></li>" for n, dt, t, _ in chunk) + "</ul>"
    page("/news/", "ข่าวประชาสัมพันธ์", listing(NEWS[:8]) + f"<p>{a('/news/page/2/', 'หน้าถัดไป »')}</p>")
    page("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", listing(NEWS[8:]) + f"<p>{a('/news/', '« หน้าแรก')}</p>")
    for n, dt, t, body in NEWS:
        page(f"/news/{n}/", t, f"<p class='date'>โพสต์เมื่อ {dt}</p><p>{html.escape(body)}</p>"
             "<p><img src='/images/logo.png' alt='ภาพกิจกรรม' width='200'></p>")

    # ITA 2569
    ita = [
        ("o1", "โครงสร้างหน่วยงาน", "/about/structure/"),
        ("o2", "ข้อมูลผู้บริหาร", "/about/executives/"),
        ("o3", "ติดต่อหน่วยงาน / Q&A", "/contact/"),
        ("o4", "ข่าวประชาสัมพันธ์", "/news/"),
        ("o5", "แผนยุทธศาสตร์ สสอ.", path("strat-63-67")),
        ("o6", "แผนปฏิบัติการ ปี 2569", path("plan-invite")),
        ("o7", "รายงานผลการดำเนินงาน", path("annual-67")),
        ("o8", "คู่มือปฏิบัติงาน", path("work-manual")),
        ("o9", "คู่มือประชาชน", path("service-manual")),
        ("o10", "E-Service", "/eservice/"),
        ("o11", "สขร.1 รายเดือน", "/procurement/"),
        ("o12", "สรุปจัดซื้อจัดจ้างประจำปี", path("proc-annual-68")),
        ("o13", "หลักเกณฑ์/แผน HR", "/download/hr/"),
        ("o14", "รายงานผล HR", path("hr-report-68")),
        ("o15", "ประมวลจริยธรรม", path("ethics-code")),
        ("o16", "คู่มือร้องเรียน", path("complaint-manual")),
        ("o17", "ช่องทางร้องเรียนทุจริต", "/complaint/corruption/"),
        ("o18", "สถิติร้องเรียน", path("complaint-stats-68")),
        ("o19", "การมีส่วนร่วม", "/news/211/"),
        ("o20", "No Gift Policy", path("nogift-67")),
        ("o21", "ประเมินความเสี่ยงทุจริต", path("risk-69")),
        ("o22", "รายงานผลจัดการความเสี่ยง", DEAD_2569),
        ("o23", "แผนป้องกันทุจริต", path("anti-plan-69")),
        ("o24", "รายงานผลป้องกันทุจริต", path("anti-report-68")),
        ("o25", "การนำผล ITA ไปพัฒนา", "/download/integrity/"),
        ("o26", "รายงานมาตรการส่งเสริมคุณธรรม", path("integrity-report-68")),
    ]
    tr = "".join(f"<tr><td>{c}</td><td>{html.escape(t)}</td><td>{a(u, 'คลิก')}</td></tr>" for c, t, u in ita)
    page("/ita/2569/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2569",
         f"<table class='list'><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>{tr}</table>")
    old = [("o5", "แผนยุทธศาสตร์", path("strat-63-67")), ("o6", "แผนปฏิบัติการ 2568", path("action-68")),
           ("o13", "แผนพัฒนาบุคลากร", path("hr-plan-67")), ("o20", "No Gift", path("nogift-67")),
           ("o22", "รายงานผลจัดการความเสี่ยง 2567", DEAD_2568), ("o23", "แผนป้องกันทุจริต 2568", path("anti-plan-68")),
           ("o25", "วิเคราะห์ผล ITA", path("ita-analysis-67"))]
    tr = "".join(f"<tr><td>{c}</td><td>{html.escape(t)}</td><td>{a(u, 'คลิก')}</td></tr>" for c, t, u in old)
    page("/ita/2568/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2568",
         f"<table class='list'><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>{tr}</table>")


if __name__ == "__main__":
    build()
