"""Generate the HTML pages of the "munitabs" test site (เทศบาลเมืองห้วยทรายงาม, invented).

Run:  python tests/sites/munitabs/_make_pages.py   (after _make_docs.py)

A town municipality whose ITA page (/ita/) lists the 2569 items in its own wording; most items
link a sub-page of their own (/ita/o5/ ...), each keeping several years: a heading
"ปีงบประมาณ 2569" with its files, then "ปีงบประมาณ 2568" with last year's.  Some 2569 headings
only say "อยู่ระหว่างดำเนินการ".  Every page repeats the top bar, menu, side column and footer.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS  # noqa: E402

ORG = "เทศบาลเมืองห้วยทรายงาม"
MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
          "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
PENDING = "อยู่ระหว่างดำเนินการ"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(y: int, m: int, day: int) -> str:
    return f"{day} {MONTHS[m - 1]} {y}"


MENU = [("/", "หน้าแรก"), ("/about/history/", "ข้อมูลพื้นฐาน"), ("/about/structure/", "โครงสร้างองค์กร"),
        ("/news/", "ข่าวประชาสัมพันธ์"), ("/eservice/", "E-Service"), ("/complaint/", "ร้องเรียนการทุจริต"),
        ("/ita/", "ITA 2569"), ("/contact/", "ติดต่อเรา")]


def page(path: str, title: str, body: str) -> None:
    menu = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, t in MENU)
    doc = f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {ORG}</title>
<link rel="stylesheet" href="/assets/style.css">
</head>
<body>
<div class="topbar">ยินดีต้อนรับสู่เว็บไซต์{ORG} | โทร. 0-4400-7125 | <a href="/sitemap/">แผนผังเว็บไซต์</a></div>
<header class="head"><a href="/"><img src="/assets/logo.png" alt="ตราสัญลักษณ์" width="64" height="64"></a>
<div class="brand"><b>{ORG}</b><br>อำเภอห้วยทรายงาม จังหวัดนครราชสีมา</div></header>
<nav class="menu"><ul>{menu}</ul></nav>
<div class="wrap">
<aside class="side">
<div class="box"><h3>นายกเทศมนตรี</h3><img src="/assets/mayor.png" alt="นายวีระพงษ์ ทองประเสริฐ" width="90" height="110">
<p>นายวีระพงษ์ ทองประเสริฐ<br>นายกเทศมนตรีเมืองห้วยทรายงาม<br>สายตรงนายกฯ 0-4400-7100</p></div>
<div class="box"><h3>เมนูหลัก</h3><ul>
<li><a href="/ita/">การประเมินคุณธรรมและความโปร่งใส (ITA) 2569</a></li>
<li><a href="/ita/2568/">ITA ปี 2568</a></li>
<li><a href="/news/">ข่าวประชาสัมพันธ์</a></li>
<li><a href="/qa/">กระดานถาม-ตอบ</a></li>
<li><a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a></li>
<li><a href="/eservice/">บริการออนไลน์ (E-Service)</a></li></ul></div>
<div class="box"><h3>ลิงก์หน่วยงาน</h3><ul>
<li><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li>
<li><a href="https://www.gprocurement.go.th/">ระบบจัดซื้อจัดจ้างภาครัฐ</a></li></ul></div>
</aside>
<main class="content">
<h1>{esc(title)}</h1>
{body}
</main>
</div>
<footer class="foot">{ORG} เลขที่ 99 หมู่ 1 ถนนมิตรภาพ ตำบลห้วยทรายงาม อำเภอห้วยทรายงาม จังหวัดนครราชสีมา 30190<br>
โทรศัพท์ 0-4400-7125 โทรสาร 0-4400-7126 อีเมล saraban@huaysaingam.go.th<br>
Copyright &copy; 2569 {ORG} สงวนลิขสิทธิ์ | <a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></footer>
</body>
</html>
"""
    out = os.path.join(HERE, path.lstrip("/"), "index.html")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(doc)


def link(key: str) -> str:
    path, text, when = DOCS[key]
    ext = path.rsplit(".", 1)[1].upper()
    return f'<li><a href="{path}" target="_blank">{esc(text)}</a> <small>[{ext}] ({be(*when)})</small></li>'


def years(blocks: list[tuple[str, list[str] | str]]) -> str:
    """Year sections: heading then files (list of DOCS keys / raw li) or a notice string."""
    out = []
    for heading, items in blocks:
        out.append(f"<h3>{esc(heading)}</h3>")
        if isinstance(items, str):
            out.append(f'<p class="pending">{esc(items)}</p>')
        else:
            out.append("<ul>" + "".join(i if i.startswith("<li") else link(i) for i in items) + "</ul>")
    return "\n".join(out)


NEWS = [  # slug, date (B.E.), title, body
    ("songkran-2569", (2569, 4, 10), "เทศบาลเมืองห้วยทรายงาม จัดงานประเพณีสงกรานต์ ประจำปี 2569",
     "เมื่อวันที่ 10 เมษายน 2569 นายวีระพงษ์ ทองประเสริฐ นายกเทศมนตรี เป็นประธานพิธีรดน้ำขอพรผู้สูงอายุ ณ ลานวัฒนธรรมเทศบาล มีผู้สูงอายุร่วมงานกว่า 300 คน"),
    ("dengue-2569", (2569, 3, 27), "รณรงค์ป้องกันโรคไข้เลือดออก ชุมชนโนนงาม",
     "กองสาธารณสุขและสิ่งแวดล้อม ร่วมกับ อสม. ออกพ่นหมอกควันและแจกทรายอะเบท ในพื้นที่ชุมชนโนนงาม 4 ชุมชน"),
    ("tax-2569", (2569, 3, 2), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     "กองคลัง ขอเชิญชวนผู้เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในเดือนเมษายน 2569 ณ ศูนย์บริการร่วม ชั้น 1 หรือชำระผ่าน QR Code"),
    ("pracakhom-2569", (2569, 2, 18), "ประชุมประชาคมเมือง เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2569",
     "วันที่ 18 กุมภาพันธ์ 2569 เวลา 09.00 น. เทศบาลเมืองห้วยทรายงาม จัดประชุมประชาคมเมือง ณ หอประชุมเทศบาล "
     "เพื่อเปิดโอกาสให้ประชาชนร่วมเสนอปัญหาและความต้องการ สำหรับทบทวนแผนพัฒนาท้องถิ่น มีผู้แทนชุมชนทั้ง 14 ชุมชน "
     "ผู้นำท้องที่ และประชาชนเข้าร่วม จำนวน 186 คน ที่ประชุมได้เสนอโครงการรวม 42 โครงการ เช่น ถนน คสล. ไฟฟ้าส่องสว่าง และรางระบายน้ำ"),
    ("childday-2569", (2569, 1, 10), "งานวันเด็กแห่งชาติ ประจำปี 2569",
     "เทศบาลจัดกิจกรรมวันเด็กแห่งชาติ ณ สนามกีฬาเทศบาล มีเด็กและผู้ปกครองร่วมงานกว่า 1,500 คน"),
    ("ethics-training-2569", (2568, 12, 12), "โครงการอบรมส่งเสริมคุณธรรมจริยธรรม พนักงานเทศบาล ประจำปีงบประมาณ 2569",
     "วันที่ 12 ธันวาคม 2568 สำนักปลัดเทศบาล จัดโครงการอบรมส่งเสริมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน "
     "ให้แก่ผู้บริหาร สมาชิกสภาเทศบาล พนักงานเทศบาล และพนักงานจ้าง รวม 154 คน ณ ห้องประชุมเทศบาล "
     "โดยมีวิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัด บรรยายเรื่องประมวลจริยธรรมและการรับของขวัญตามกฎหมาย"),
    ("print-plan", (2568, 11, 20), "ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์แผนพัฒนาท้องถิ่น โดยวิธีเฉพาะเจาะจง",
     "รายละเอียดตามเอกสารแนบ"),
    ("loykrathong-2568", (2568, 11, 5), "ประเพณีลอยกระทง ประจำปี 2568",
     "เทศบาลจัดงานประเพณีลอยกระทง ณ สวนสาธารณะหนองห้วยทราย มีการประกวดกระทงจากชุมชน 14 ชุมชน"),
    ("council-2568-4", (2568, 8, 15), "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 3 ประจำปี 2568",
     "สภาเทศบาลเมืองห้วยทรายงาม ประชุมพิจารณาร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 ในวาระที่หนึ่ง"),
    ("pracakhom-2568", (2568, 2, 20), "ประชุมประชาคมเมือง ประจำปี 2568",
     "เทศบาลจัดประชุมประชาคมเมือง เพื่อรับฟังความคิดเห็นของประชาชน ประจำปี 2568 มีผู้เข้าร่วม 172 คน"),
]


def news_pages() -> None:
    for slug, when, title, text in NEWS:
        extra = ""
        if slug == "print-plan":
            extra = "<ul>" + link("print_plan") + "</ul>"
        page(f"/news/{slug}/", title,
             f'<p class="date">วันที่ {be(*when)} | โดย งานประชาสัมพันธ์ | อ่าน 214 ครั้ง</p><p>{esc(text)}</p>{extra}'
             '<p><a href="/news/">&laquo; กลับหน้าข่าวประชาสัมพันธ์</a></p>')
    rows = lambda items: "<ul class='news'>" + "".join(  # noqa: E731
        f'<li><a href="/news/{s}/">{esc(t)}</a> <small>{be(*w)}</small></li>' for s, w, t, _ in items) + "</ul>"
    page("/news/", "ข่าวประชาสัมพันธ์", rows(NEWS[:8]) + '<p class="pager">หน้า 1 <a href="/news/page/2/">2</a></p>')
    page("/news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2)", rows(NEWS[8:]) + '<p class="pager"><a href="/news/">1</a> หน้า 2</p>')


def ita_subpages() -> None:
    sub = {
        "o5": ("o5 แผนพัฒนาท้องถิ่น", [("ปีงบประมาณ 2569", ["devplan", "devplan_ed1"]), ("ปีงบประมาณ 2568", ["devplan"])]),
        "o6": ("o6 แผนการดำเนินงานและเทศบัญญัติงบประมาณ", [("ปีงบประมาณ 2569", ["opplan69", "budget69"]),
                                                          ("ปีงบประมาณ 2568", ["opplan68", "budget68"])]),
        "o7": ("o7 รายงานผลการดำเนินงาน", [("ปีงบประมาณ 2569", ["perf68", "spend68"]), ("ปีงบประมาณ 2568", ["perf67"])]),
        "o8": ("o8 คู่มือการปฏิบัติงาน", [("ปีงบประมาณ 2569", ["workman"]), ("ปีงบประมาณ 2568", ["workman"])]),
        "o9": ("o9 คู่มือสำหรับประชาชน", [("ปีงบประมาณ 2569", ["citman"]), ("ปีงบประมาณ 2568", ["citman"])]),
        "o11": ("o11 สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("ปีงบประมาณ 2569", ["skr_10", "skr_11", "skr_12", "skr_02", "skr_03"]),
                                                      ("ปีงบประมาณ 2568", ["skr_0968"])]),
        "o12": ("o12 รายงานผลการจัดซื้อจัดจ้างประจำปี", [("ปีงบประมาณ 2569", PENDING), ("ปีงบประมาณ 2568", ["proc67"])]),
        "o13": ("o13 การบริหารและพัฒนาทรัพยากรบุคคล", [("ปีงบประมาณ 2569", ["hrcrit", "hrplan"]), ("ปีงบประมาณ 2568", ["hrcrit", "hrplan"])]),
        "o14": ("o14 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [("ปีงบประมาณ 2569", ["hrrep_mis"])]),
        "o15": ("o15 ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", [("ปีงบประมาณ 2569", ["ethics",
                '<li><a href="/news/ethics-training-2569/">โครงการอบรมส่งเสริมคุณธรรมจริยธรรม ประจำปีงบประมาณ 2569</a></li>']),
                ("ปีงบประมาณ 2568", ["ethics"])]),
        "o18": ("o18 สถิติเรื่องร้องเรียนการทุจริต", [("ปีงบประมาณ 2569", ["cstats69"]), ("ปีงบประมาณ 2568", ["cstats68"])]),
        "o20": ("o20 No Gift Policy", [("ปีงบประมาณ 2569", ["nogift69", "gift69"])]),
        "o21": ("o21 การประเมินความเสี่ยงการทุจริต", [("ปีงบประมาณ 2569", ["risk_inv", "risk69"])]),
        "o22": ("o22 รายงานผลการบริหารจัดการความเสี่ยง", [("ปีงบประมาณ 2569", ["riskrep68"])]),
        "o23": ("o23 แผนปฏิบัติการป้องกันการทุจริต", [("ปีงบประมาณ 2569", ["acplan69"]), ("ปีงบประมาณ 2568", ["acplan68"])]),
        "o24": ("o24 รายงานผลการป้องกันการทุจริต", [("ปีงบประมาณ 2569", ["acrep68"])]),
        "o25": ("o25 การนำผลการประเมิน ITA ไปสู่การพัฒนา", [("ปีงบประมาณ 2569", ["ita_analysis", "measures_draft"])]),
        "o26": ("o26 รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส", [("ปีงบประมาณ 2569", PENDING), ("ปีงบประมาณ 2568", ["integ67"])]),
    }
    for code, (title, blocks) in sub.items():
        page(f"/ita/{code}/", title, years(blocks) + '<p><a href="/ita/">&laquo; กลับหน้า ITA 2569</a></p>')
    rows = [
        ("O1", "โครงสร้างหน่วยงาน", "/about/structure/"), ("O2", "ข้อมูลผู้บริหาร", "/about/executives/"),
        ("O3", "ข้อมูลการติดต่อ", "/contact/"), ("O4", "ข่าวประชาสัมพันธ์", "/news/"),
        ("O5", "แผนพัฒนาท้องถิ่น", "/ita/o5/"), ("O6", "แผนการดำเนินงาน / เทศบัญญัติ", "/ita/o6/"),
        ("O7", "รายงานผลการดำเนินงาน", "/ita/o7/"), ("O8", "คู่มือปฏิบัติงาน", "/ita/o8/"),
        ("O9", "คู่มือสำหรับประชาชน", "/ita/o9/"), ("O10", "E-Service", "/eservice/"),
        ("O11", "สขร.1 รายเดือน", "/ita/o11/"), ("O12", "รายงานผลจัดซื้อจัดจ้างประจำปี", "/ita/o12/"),
        ("O13", "การบริหารทรัพยากรบุคคล", "/ita/o13/"), ("O14", "รายงานผลการบริหารทรัพยากรบุคคล", "/ita/o14/"),
        ("O15", "ประมวลจริยธรรม", "/ita/o15/"), ("O16", "คู่มือร้องเรียนการทุจริต", None),
        ("O17", "ช่องทางร้องเรียนการทุจริต", "/complaint/"), ("O18", "สถิติเรื่องร้องเรียน", "/ita/o18/"),
        ("O19", "การมีส่วนร่วม", "/news/pracakhom-2569/"), ("O20", "No Gift Policy", "/ita/o20/"),
        ("O21", "ประเมินความเสี่ยงการทุจริต", "/ita/o21/"), ("O22", "รายงานบริหารความเสี่ยง", "/ita/o22/"),
        ("O23", "แผนป้องกันการทุจริต", "/ita/o23/"), ("O24", "รายงานผลป้องกันการทุจริต", "/ita/o24/"),
        ("O25", "การนำผล ITA ไปพัฒนา", "/ita/o25/"), ("O26", "รายงานมาตรการคุณธรรม", "/ita/o26/"),
    ]
    tr = "".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>" + (f'<a href="{u}">คลิกที่นี่</a>' if u else "อยู่ระหว่างปรับปรุงข้อมูล")
                 + "</td></tr>" for c, t, u in rows)
    page("/ita/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569",
         "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569</p>"
         f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{tr}</table>')
    old = [("O1", "โครงสร้าง", "/about/structure/"), ("O10", "แผนดำเนินงานประจำปี 2568", DOCS["opplan68"][0]),
           ("O22", "คู่มือการดำเนินการเรื่องร้องเรียนการทุจริต", DOCS["complman"][0]),
           ("O33", "แผนปฏิบัติการป้องกันการทุจริต 2568", DOCS["acplan68"][0]),
           ("O36", "ผลการวิเคราะห์ ITA 2567", "/files/2567/ita-analysis-2567.pdf")]
    tr = "".join(f'<tr><td>{c}</td><td>{esc(t)}</td><td><a href="{u}">ดาวน์โหลด</a></td></tr>' for c, t, u in old)
    page("/ita/2568/", "ITA ประจำปี 2568", f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{tr}</table>')


def other_pages() -> None:
    latest = "".join(f'<li><a href="/news/{s}/">{esc(t)}</a> <small>{be(*w)}</small></li>' for s, w, t, _ in NEWS[:5])
    page("/", "หน้าแรก", f'<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2><ul>{latest}</ul><p><a href="/news/">ดูทั้งหมด</a></p>'
         '<h2>ITA</h2><p><a href="/ita/">การประเมินคุณธรรมและความโปร่งใส ประจำปี 2569</a></p>')
    page("/about/history/", "ประวัติและข้อมูลทั่วไป",
         "<p>เทศบาลเมืองห้วยทรายงาม ยกฐานะจากเทศบาลตำบลเป็นเทศบาลเมือง เมื่อปี พ.ศ. 2551 พื้นที่ 18.6 ตารางกิโลเมตร "
         "14 ชุมชน ประชากร 21,486 คน (ข้อมูล ณ ธันวาคม 2568)</p>")
    page("/about/structure/", "โครงสร้างองค์กร",
         "<h2>ฝ่ายการเมือง</h2><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี 3 คน</li><li>เลขานุการนายกฯ 2 คน</li>"
         "<li>ที่ปรึกษานายกฯ 2 คน</li></ul></li><li>สภาเทศบาล (สมาชิก 18 คน) ประธานสภา รองประธานสภา</li></ul>"
         "<h2>ฝ่ายประจำ</h2><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล 2 คน</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li>"
         "<li>กองช่าง</li><li>กองการศึกษา</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองยุทธศาสตร์และงบประมาณ</li>"
         "<li>หน่วยตรวจสอบภายใน</li></ul></li></ul>"
         '<p>อำนาจหน้าที่ ดูที่ <a href="/about/authority/">อำนาจหน้าที่ของเทศบาล</a></p>')
    page("/about/authority/", "อำนาจหน้าที่",
         "<p>เทศบาลเมืองมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 53 และ 54 และพระราชบัญญัติกำหนดแผนและขั้นตอน"
         "การกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 สรุปได้ดังนี้</p><ol><li>รักษาความสงบเรียบร้อยของประชาชน</li>"
         "<li>จัดให้มีและบำรุงทางบกและทางน้ำ</li><li>รักษาความสะอาดของถนน และการกำจัดขยะมูลฝอย</li>"
         "<li>ป้องกันและระงับโรคติดต่อ</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li><li>จัดให้มีน้ำสะอาดหรือการประปา</li>"
         "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li></ol>")
    execs = [("นายวีระพงษ์ ทองประเสริฐ", "นายกเทศมนตรีเมืองห้วยทรายงาม", "0-4400-7100"),
             ("นายชาตรี บุญมาวงศ์", "รองนายกเทศมนตรี", "0-4400-7101"),
             ("นางอรุณี ศรีสวัสดิ์พงษ์", "รองนายกเทศมนตรี", "0-4400-7102"),
             ("นายบุญเลิศ คำภูแก้ว", "รองนายกเทศมนตรี", "0-4400-7103"),
             ("นางสาวพิมพ์ชนก แก้วมณีวงศ์", "ปลัดเทศบาล", "0-4400-7110")]
    page("/about/executives/", "คณะผู้บริหาร", "".join(
        f'<div class="person"><img src="/assets/mayor.png" alt="{esc(n)}" width="90" height="110"><p><b>{esc(n)}</b><br>'
        f"{esc(p)}<br>โทร. {t}</p></div>" for n, p, t in execs))
    page("/contact/", "ติดต่อเรา",
         "<p>เทศบาลเมืองห้วยทรายงาม เลขที่ 99 หมู่ 1 ถนนมิตรภาพ ตำบลห้วยทรายงาม อำเภอห้วยทรายงาม จังหวัดนครราชสีมา 30190</p>"
         "<p>โทรศัพท์ 0-4400-7125 โทรสาร 0-4400-7126<br>อีเมล saraban@huaysaingam.go.th</p>"
         "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
         '<p><a href="https://maps.google.com/?q=15.0,102.0">แผนที่ Google Maps</a> | '
         '<a href="https://www.facebook.com/">Facebook เทศบาลเมืองห้วยทรายงาม</a> | <a href="/qa/">กระดานถาม-ตอบ</a></p>')
    page("/qa/", "กระดานถาม-ตอบ (Q&A)",
         '<p class="pending">ขออภัย ระบบกระดานถาม-ตอบ ปิดปรับปรุงชั่วคราว ตั้งแต่วันที่ 1 ตุลาคม 2568</p>'
         '<p>ท่านสามารถติดต่อสอบถามได้ทางโทรศัพท์ 0-4400-7125</p>')
    page("/eservice/", "บริการออนไลน์ (E-Service)",
         '<p>ยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>'
         '<form action="/eservice/send/" method="post"><p>ประเภทคำร้อง <select name="type"><option>ขอรับการสนับสนุนน้ำอุปโภคบริโภค</option>'
         '<option>แจ้งซ่อมไฟฟ้าสาธารณะ</option><option>ขอถังขยะ</option></select></p>'
         '<p>ชื่อ-สกุล <input name="name"></p><p>เบอร์โทรศัพท์ <input name="phone"></p>'
         '<p>รายละเอียด <textarea name="detail"></textarea></p><p><button type="submit">ส่งคำร้อง</button></p></form>'
         "<h2>สถิติการให้บริการ</h2><ul>" + link("estats") + "</ul>")
    page("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         "<p>ผู้ร้องเรียนสามารถแจ้งเรื่องได้โดยกรอกแบบฟอร์มด้านล่าง ข้อมูลผู้ร้องจะถูกเก็บเป็นความลับ</p>"
         '<form action="/complaint/send/" method="post"><p>ชื่อ-สกุล (ไม่ระบุก็ได้) <input name="name"></p>'
         '<p>เรื่องที่ร้องเรียน <input name="subject"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
         '<p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form>'
         "<p>หรือแจ้งทางโทรศัพท์ 0-4400-7125 ต่อ 112 (งานนิติการ)</p>")
    page("/privacy/", "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
         "<p>เทศบาลเมืองห้วยทรายงาม ให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    page("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, t in MENU) + "</ul>")


def assets() -> None:
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    with open(os.path.join(HERE, "assets", "style.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:Tahoma,sans-serif;margin:0}.topbar{background:#0b4f2f;color:#fff;font-size:12px;padding:4px}"
                ".menu ul{display:flex;list-style:none;background:#137a45;margin:0;padding:0}.menu a{color:#fff;padding:8px;display:block}"
                ".wrap{display:flex}.side{width:240px}.content{flex:1;padding:10px}.foot{background:#eee;font-size:12px;padding:8px}"
                ".pending{color:#a00}table.ita td{border:1px solid #ccc;padding:4px}\n")
    from PIL import Image

    for name, colour, size in (("logo.png", (19, 122, 69), (64, 64)), ("mayor.png", (200, 200, 200), (90, 110))):
        Image.new("RGB", size, colour).save(os.path.join(HERE, "assets", name))


if __name__ == "__main__":
    assets()
    news_pages()
    ita_subpages()
    other_pages()
