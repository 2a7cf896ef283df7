"""Generate the HTML pages of the "socialfirst" test site (องค์การบริหารส่วนตำบลโนนสะแบงทอง, invented).

Run:  python tests/sites/socialfirst/_make_pages.py   (after _make_docs.py)

A Joomla-era CMS: every page is /index.php?option=com_content&view=article&id=N (a news post or a
fixed page) or a category list (&view=category&id=C, &start=10 …), stored as static copies under
index.php.q/<query>/index.html.  The staff publish by posting: each document is a news post with
an embedded Google Drive viewer and a "ดาวน์โหลด" link to /download.php?id=N beside it.  The ITA
page (article 9) is thin: one line per item, most linking to a post rather than to a file.  Last
year's ITA page (article 8) is still online, and so is a copy of the old website under /old/.
"""

from __future__ import annotations

import hashlib
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import ORG, href  # noqa: E402

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def art(n: int, extra: str = "") -> str:
    return f"/index.php?option=com_content&view=article&id={n}{extra}"


def cat(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&view=category&id={n}" + (f"&start={start}" if start else "")


def a(url: str, text: str) -> str:
    return f'<a href="{html.escape(url)}">{esc(text)}</a>'


def drive(key: str) -> str:
    fid = "1" + hashlib.sha1(key.encode()).hexdigest()[:27]
    return fid


MENU = [("หน้าแรก", "/"), ("ข้อมูลพื้นฐาน", art(5)), ("โครงสร้าง/อำนาจหน้าที่", art(2)), ("คณะผู้บริหาร", art(3)),
        ("ข่าวประชาสัมพันธ์", cat(7)), ("จัดซื้อจัดจ้าง", cat(8)), ("เอกสารเผยแพร่", art(6)),
        ("E-Service", "/eservice/"), ("ร้องเรียนการทุจริต", "/complaint/"), ("ITA 2569", art(9)),
        ("กระดานถาม-ตอบ", "/webboard/"), ("ติดต่อเรา", art(4))]


def layout(title: str, body: str) -> str:
    menu = "".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">
<title>{esc(title)} - {ORG}</title>
<meta name="generator" content="Joomla! - Open Source Content Management">
<link rel="stylesheet" href="/templates/tambon/css/template.css" type="text/css"></head>
<body class="site">
<div id="header"><h1>{ORG}</h1><p>อำเภอบ้านไผ่ล้อม จังหวัดชัยภูมิ 36290 · โทร. 0 4405 2218</p></div>
<ul id="mainmenu" class="nav menu">{menu}</ul>
<div id="wrap"><div id="content"><h2 class="item-title">{esc(title)}</h2>
{body}
</div>
<div id="right"><div class="moduletable"><h3>นายก อบต.</h3><p>นายประเสริฐ ทองโคตร<br>โทร. 08 1960 4417</p></div>
<div class="moduletable"><h3>ติดตามเรา</h3><p><a href="https://www.facebook.com/nonsabaengthong.sao">Facebook อบต.โนนสะแบงทอง</a><br>
<a href="https://drive.google.com/drive/folders/1NsbDocs2569public">คลังเอกสาร (Google Drive)</a></p></div>
<div class="moduletable"><h3>ลิงก์</h3><ul><li>{a(art(9), "ITA 2569")}</li><li>{a(art(8), "ITA 2568")}</li>
<li>{a("/old/", "เว็บไซต์เดิม (ก่อน ก.ค. 2567)")}</li><li><a href="https://www.dla.go.th">กรมส่งเสริมการปกครองท้องถิ่น</a></li></ul></div></div></div>
<div id="footer">{ORG} หมู่ที่ 4 ตำบลโนนสะแบงทอง อำเภอบ้านไผ่ล้อม จังหวัดชัยภูมิ 36290<br>
โทรศัพท์/โทรสาร 0 4405 2218 · saraban_nsb@example.go.th · Copyright © 2567 All Rights Reserved.</div>
</body></html>
"""


PAGES = 0


def write(url: str, title: str, body: str) -> None:
    global PAGES
    if url.startswith("/index.php?"):
        path = os.path.join(HERE, "index.php.q", url.split("?", 1)[1], "index.html")
    else:
        path = os.path.join(HERE, url.lstrip("/"), "index.html")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))
    PAGES += 1


def be(y: int, m: int, day: int, thai: bool = False) -> str:
    s = f"{day} {MONTHS[m - 1]} {y + 543}"
    return s.translate(TH) if thai else s


# ---------------------------------------------------------------- news posts
# (id, (y, m, d), category, title, [paragraphs], [(doc key, label)], thai digits)
NEWS = [
    (174, (2026, 4, 9), 7, "กิจกรรมรดน้ำดำหัวผู้สูงอายุ เทศกาลสงกรานต์ ประจำปี 2569",
     ["วันที่ 9 เมษายน 2569 อบต.โนนสะแบงทอง จัดกิจกรรมรดน้ำดำหัวขอพรผู้สูงอายุ ณ ศาลาประชาคมหมู่ที่ 4 มีผู้สูงอายุเข้าร่วม 210 คน"], [], False),
    (171, (2026, 4, 8), 8, "สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือนมีนาคม 2569",
     ["เผยแพร่แบบ สขร.1 ประจำเดือนมีนาคม 2569"], [("sk-2569-03", "สขร.1 มี.ค. 69")], False),
    (170, (2026, 4, 3), 7, "สถิติการให้บริการผ่านระบบ E-Service ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)",
     ["สรุปจำนวนคำร้องที่ยื่นผ่านระบบ E-Service ของ อบต. รอบ 6 เดือนแรก ปีงบประมาณ 2569 รวม 63 เรื่อง"],
     [("eservice-stats-69", "สถิติ E-Service 2569")], False),
    (168, (2026, 3, 6), 8, "สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือนกุมภาพันธ์ 2569",
     ["เผยแพร่แบบ สขร.1 ประจำเดือนกุมภาพันธ์ 2569"], [("sk-2569-02", "สขร.1 ก.พ. 69")], False),
    (166, (2026, 3, 18), 7, "วันท้องถิ่นไทย 18 มีนาคม 2569",
     ["คณะผู้บริหาร สมาชิกสภา และพนักงาน ร่วมวางพวงมาลาน้อมรำลึกในพระมหากรุณาธิคุณ ณ ที่ว่าการอำเภอบ้านไผ่ล้อม"], [], False),
    (165, (2026, 2, 16), 7, "สรุปผลการจัดประชุมประชาคมหมู่บ้าน เพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2569",
     ["ระหว่างวันที่ 2 - 11 กุมภาพันธ์ 2569 อบต.โนนสะแบงทอง จัดประชุมประชาคมครบทั้ง 12 หมู่บ้าน เพื่อเปิดโอกาสให้ประชาชน"
      "มีส่วนร่วมเสนอปัญหาและความต้องการ ในการจัดทำแผนพัฒนาท้องถิ่นและข้อบัญญัติงบประมาณ",
      "มีประชาชนเข้าร่วม 684 คน เสนอโครงการ 61 โครงการ ได้แก่ หมู่ที่ 2 ขุดลอกหนองกุดแคน หมู่ที่ 6 ซ่อมถนนลูกรังสายนาทุ่ง "
      "หมู่ที่ 9 ติดตั้งไฟฟ้าส่องสว่างพลังงานแสงอาทิตย์ คณะกรรมการพัฒนาท้องถิ่นจะพิจารณาบรรจุในแผนและแจ้งผลให้ประชาชนทราบทางเฟซบุ๊ก อบต."],
     [], False),
    (163, (2026, 2, 9), 7, "ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง ประจำปี 2569",
     ["รับสมัครระหว่างวันที่ 16 - 27 กุมภาพันธ์ 2569"], [("recruit-69", "ประกาศรับสมัคร")], False),
    (161, (2026, 1, 26), 7, "ขอเชิญร่วมประชุมประชาคมหมู่บ้าน ประจำปี 2569",
     ["ขอเชิญพี่น้องประชาชนทุกหมู่บ้านร่วมประชุมประชาคม ระหว่างวันที่ 2 - 11 กุมภาพันธ์ 2569"],
     [("invite-forum", "หนังสือเชิญ")], False),
    (158, (2026, 1, 20), 7, "โครงการอบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ 2569",
     ["วันที่ 20 มกราคม 2569 อบต.โนนสะแบงทอง จัดอบรมเพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานส่วนท้องถิ่นให้บุคลากรนำไปปฏิบัติ "
      "ผู้เข้าร่วม ผู้บริหาร 4 คน สมาชิกสภา 12 คน พนักงานและพนักงานจ้าง 31 คน รวม 47 คน",
      "ทบทวนประมวลจริยธรรมของ อบต. และให้ทุกคนลงนามรับทราบ"], [("ethics-code", "ประมวลจริยธรรม อบต.โนนสะแบงทอง")], False),
    (156, (2026, 1, 9), 8, "สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือนธันวาคม 2568",
     ["เผยแพร่แบบ สขร.1 ประจำเดือนธันวาคม 2568"], [("sk-2568-12", "สขร.1 ธ.ค. 68")], False),
    (152, (2025, 12, 22), 7, "รายงานผลการดำเนินงานประจำปี",
     ["งานนโยบายและแผน เผยแพร่รายงานผลการดำเนินงานประจำปีของ อบต.โนนสะแบงทอง ให้ประชาชนทราบ"],
     [("annual-report-67", "รายงานผลการดำเนินงาน")], False),
    (151, (2025, 12, 5), 7, "พิธีถวายพระพรชัยมงคล วันพ่อแห่งชาติ 5 ธันวาคม 2568",
     ["ร่วมพิธี ณ หอประชุมอำเภอบ้านไผ่ล้อม"], [], True),
    (150, (2025, 12, 9), 8, "สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือนพฤศจิกายน 2568",
     ["เผยแพร่แบบ สขร.1 ประจำเดือนพฤศจิกายน 2568"], [("sk-2568-11", "สขร.1 พ.ย. 68")], False),
    (148, (2025, 11, 28), 8, "ประกาศผู้ชนะการเสนอราคา จ้างเหมาถ่ายเอกสารและเข้าเล่มแผนการดำเนินงาน ประจำปีงบประมาณ 2569",
     ["รายละเอียดตามประกาศ"], [("print-opplan", "ประกาศผู้ชนะ")], False),
    (146, (2025, 11, 18), 7, "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569",
     ["อบต.โนนสะแบงทอง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 เมื่อวันที่ 18 พฤศจิกายน 2568 รวม 51 โครงการ"],
     [("opplan-69", "แผนการดำเนินงาน ปี 2569")], True),
    (145, (2025, 11, 12), 7, "ประกาศผลการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ 2569",
     ["คณะทำงานประเมินความเสี่ยงการทุจริตของ อบต. ได้ประเมินความเสี่ยงในกระบวนงานสำคัญ 3 กระบวนงาน"],
     [("risk-69", "ผลการประเมินความเสี่ยง")], False),
    (143, (2025, 11, 7), 8, "สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม 2568",
     ["เผยแพร่แบบ สขร.1 ประจำเดือนตุลาคม 2568"], [("sk-2568-10", "สขร.1 ต.ค. 68")], False),
    (142, (2025, 11, 3), 7, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2568",
     ["เผยแพร่รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"],
     [("integrity-report-68", "รายงานผลมาตรการ")], False),
    (141, (2025, 10, 30), 8, "รายงานผลการจัดซื้อจัดจ้างประจำปีงบประมาณ 2568",
     ["สรุปผลการจัดซื้อจัดจ้างทั้งปีงบประมาณ 2568 พร้อมปัญหาอุปสรรคและข้อเสนอแนะ (ไฟล์ Excel)"],
     [("proc-year-68", "สรุปผลจัดซื้อจัดจ้างปี 68")], False),
    (140, (2025, 10, 29), 7, "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
     ["เผยแพร่แผนปฏิบัติการป้องกันการทุจริตของ อบต.โนนสะแบงทอง"], [("anti-plan-69", "แผนป้องกันการทุจริต 69")], False),
    (139, (2025, 10, 27), 7, "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2568",
     ["สำนักปลัดรายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568 (1 ตุลาคม 2567 - 30 กันยายน 2568) "
      "บุคลากรได้รับการพัฒนาอย่างน้อยคนละ 1 หลักสูตร 24 จาก 26 คน (ร้อยละ 92.31) ปัญหา: งบประมาณฝึกอบรมจำกัด "
      "ข้อเสนอแนะ: ใช้หลักสูตรออนไลน์ของกรมส่งเสริมการปกครองท้องถิ่นเพิ่มขึ้น",
      'รายละเอียดตามไฟล์แนบ <a href="https://drive.google.com/file/d/1HrReport2568NsbSao/view?usp=sharing">'
      "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปี 2568 (Google Drive)</a>"], [], False),
    (138, (2025, 10, 21), 7, "ประชาสัมพันธ์นโยบายไม่รับของขวัญ (No Gift Policy)",
     ["ตามหนังสืออำเภอบ้านไผ่ล้อม ขอความร่วมมือขับเคลื่อนนโยบายไม่รับของขวัญ อบต.โนนสะแบงทอง ขอประชาสัมพันธ์นโยบาย No Gift Policy "
      "ของ อบต. ให้ผู้มาติดต่อราชการทราบ งดให้ของขวัญแก่ผู้บริหารและเจ้าหน้าที่ทุกโอกาส"],
     [("dla-nogift-letter", "หนังสืออำเภอ"), ("nogift-67", "ประกาศนโยบาย No Gift Policy ของ อบต."),
      ("gift-report-68", "รายงานการรับของขวัญ ปี 2568")], False),
    (136, (2025, 10, 23), 7, "วันปิยมหาราช 23 ตุลาคม 2568",
     ["ร่วมวางพวงมาลาถวายราชสักการะ ณ ลานอนุสาวรีย์อำเภอบ้านไผ่ล้อม"], [], True),
    (135, (2025, 10, 8), 8, "สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือนกันยายน 2568",
     ["เผยแพร่แบบ สขร.1 ประจำเดือนกันยายน 2568"], [("sk-2568-09", "สขร.1 ก.ย. 68")], False),
    # FY2568 and older (pages 2 and 3 of the news list)
    (129, (2025, 9, 24), 7, "ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569",
     ["นายอำเภอบ้านไผ่ล้อมอนุมัติแล้ว อบต. จึงประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 (สแกนจากต้นฉบับ)"],
     [("budget-69", "ข้อบัญญัติงบประมาณ 2569")], True),
    (124, (2025, 8, 5), 7, "ประชุมสภา อบต. สมัยสามัญ สมัยที่ 3 ประจำปี 2568",
     ["พิจารณาร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 วาระที่ 1"],
     [("budget-69-draft", "ร่างข้อบัญญัติ")], False),
    (117, (2025, 5, 14), 7, "โครงการฝึกอบรมอาชีพการจักสานตะกร้าจากเส้นพลาสติก",
     ["กลุ่มแม่บ้านตำบลโนนสะแบงทอง 35 คน เข้าร่วมอบรม"], [], False),
    (112, (2024, 11, 11), 7, "แผนการบริหารและพัฒนาทรัพยากรบุคคล",
     ["เผยแพร่แผนการบริหารและพัฒนาทรัพยากรบุคคลของ อบต."], [("hr-plan-68", "แผน HR")], False),
    (110, (2024, 10, 15), 7, "คู่มือการดำเนินการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
     ["เผยแพร่คู่มือการจัดการเรื่องร้องเรียน"], [("complaint-guide", "คู่มือร้องเรียน")], False),
    (104, (2024, 7, 1), 7, "เปิดใช้งานเว็บไซต์ใหม่ อบต.โนนสะแบงทอง",
     ["ตั้งแต่วันที่ 1 กรกฎาคม 2567 อบต. ย้ายเว็บไซต์มาใช้ระบบใหม่ ข้อมูลเดิมยังดูได้ที่ " + a("/old/", "เว็บไซต์เดิม")], [], False),
]


def post_body(n) -> str:
    nid, (y, m, day), _c, title, paras, docs, thai = n
    tr = (lambda s: s.translate(TH)) if thai else (lambda s: s)
    out = [f'<dl class="article-info"><dd class="published">เผยแพร่เมื่อ {be(y, m, day, thai)}</dd>'
           f'<dd class="createdby">เขียนโดย Admin NSB</dd></dl>']
    out += [f"<p>{tr(p) if '<a ' not in p else p}</p>" for p in paras]
    for key, label in docs:
        fid = drive(key)
        out.append(f'<p><b>{esc(tr(label))}</b></p>'
                   f'<iframe src="https://drive.google.com/file/d/{fid}/preview" width="640" height="480"></iframe>'
                   f'<p><a href="https://drive.google.com/file/d/{fid}/view?usp=sharing">เปิดดูใน Google Drive</a> | '
                   f'{a(href(key), "ดาวน์โหลดไฟล์")}</p>')
    return "\n".join(out)


def news_pages() -> None:
    for n in NEWS:
        write(art(n[0]), n[3], post_body(n) + f"<p>{a(cat(n[2]), '« กลับ')}</p>")
    for cid, ctitle in ((7, "ข่าวประชาสัมพันธ์"), (8, "ประกาศจัดซื้อจัดจ้าง / สขร.1")):
        posts = sorted((n for n in NEWS if n[2] == cid), key=lambda n: n[1], reverse=True)
        chunks = [posts[i:i + 10] for i in range(0, len(posts), 10)]
        for p, chunk in enumerate(chunks):
            rows = "".join(f"<tr><td>{a(art(n[0]), n[3])}</td><td>{be(*n[1])}</td></tr>" for n in chunk)
            pager = " ".join(a(cat(cid, i * 10), str(i + 1)) if i != p else f"<b>{i + 1}</b>" for i in range(len(chunks)))
            write(cat(cid, p * 10), ctitle,
                  f'<table class="category"><tr><th>หัวข้อ</th><th>วันที่</th></tr>{rows}</table>'
                  + (f'<div class="pagination">หน้า {pager}</div>' if len(chunks) > 1 else ""))


# ---------------------------------------------------------------- fixed pages
def fixed_pages() -> None:
    write("/", "หน้าแรก",
          "<h3>ข่าวล่าสุด</h3><ul>" + "".join(f"<li>{a(art(n[0]), n[3])} ({be(*n[1])})</li>" for n in NEWS[:8])
          + "</ul><p>" + a(cat(7), "ข่าวทั้งหมด »") + "</p>"
          + f"<h3>ประกาศจัดซื้อจัดจ้าง</h3><p>{a(cat(8), 'ดูทั้งหมด')}</p>"
          + '<p><a href="https://www.facebook.com/nonsabaengthong.sao">ติดตามข่าวสารล่าสุดทางเพจเฟซบุ๊ก</a></p>')
    write(art(5), "ข้อมูลพื้นฐาน",
          "<p>ตำบลโนนสะแบงทอง มีพื้นที่ประมาณ 52 ตารางกิโลเมตร 12 หมู่บ้าน ประชากร 7,108 คน (ข้อมูล ณ ธันวาคม 2568) "
          "ประชาชนส่วนใหญ่ประกอบอาชีพทำนา ปลูกอ้อยและมันสำปะหลัง</p>")
    write(art(2), "โครงสร้างและอำนาจหน้าที่",
          "<h3>โครงสร้างองค์การบริหารส่วนตำบลโนนสะแบงทอง</h3>"
          "<p><b>ฝ่ายบริหาร</b>: นายก อบต. — รองนายก อบต. (2 คน) — เลขานุการนายก อบต.</p>"
          "<p><b>ฝ่ายนิติบัญญัติ</b>: สภา อบต. ประธานสภา รองประธานสภา เลขานุการสภา และสมาชิกสภา 12 คน</p>"
          "<p><b>ฝ่ายประจำ</b>: ปลัด อบต. — รองปลัด อบต. — สำนักปลัด, กองคลัง, กองช่าง, กองการศึกษา ศาสนาและวัฒนธรรม, "
          "หน่วยตรวจสอบภายใน</p>"
          "<h3>อำนาจหน้าที่</h3><p>ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 67 68 "
          "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 โดยสรุป</p><ol>"
          "<li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ</li>"
          "<li>ป้องกันโรคและระงับโรคติดต่อ</li><li>ป้องกันและบรรเทาสาธารณภัย</li>"
          "<li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
          "<li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li></ol>")
    people = [("นายประเสริฐ ทองโคตร", "นายก อบต.โนนสะแบงทอง", "08 1960 4417"),
              ("นายสุริยา บุญมาก", "รองนายก อบต.", "08 7245 1190"), ("นางบุญเรือน คำแสน", "รองนายก อบต.", "09 3315 2046"),
              ("นายอดิศร พลไชย", "เลขานุการนายก อบต.", "08 6624 7703"),
              ("นางสาวกมลวรรณ ศรีสะอาด", "ปลัด อบต.โนนสะแบงทอง", "08 9018 3352")]
    write(art(3), "คณะผู้บริหาร", "".join(
        f'<div class="person"><img src="/images/person{i}.jpg" alt="{esc(n)}" width="120" height="150">'
        f"<p>{esc(n)}<br>{esc(p)}<br>โทร. {t}</p></div>" for i, (n, p, t) in enumerate(people, 1)))
    write(art(4), "ติดต่อเรา",
          f"<p>{ORG} หมู่ที่ 4 ตำบลโนนสะแบงทอง อำเภอบ้านไผ่ล้อม จังหวัดชัยภูมิ 36290</p>"
          "<p>โทรศัพท์/โทรสาร 0 4405 2218 · อีเมล saraban_nsb@example.go.th</p>"
          '<p>Facebook: <a href="https://www.facebook.com/nonsabaengthong.sao">อบต.โนนสะแบงทอง</a> · '
          '<a href="https://maps.google.com/?q=15.9021,101.8734">แผนที่ Google Maps</a></p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>"
          f"<p>สอบถามข้อมูลได้ที่ {a('/webboard/', 'กระดานถาม-ตอบ')} หรือทาง Messenger ของเพจ</p>")
    write("/webboard/", "กระดานถาม-ตอบ (Q&A)",
          '<form action="/webboard/" method="post"><p>ชื่อ <input name="name"> หัวข้อ <input name="subject"></p>'
          '<p><textarea name="question"></textarea></p><p><button>ส่งคำถาม</button></p></form>'
          "<table><tr><th>คำถาม</th><th>ตอบ</th><th>วันที่</th></tr>"
          "<tr><td>ชำระภาษีที่ดินปี 2569 ได้ถึงวันไหน</td><td>ภายในเดือนเมษายน 2569 ณ กองคลัง (เจ้าหน้าที่)</td><td>12 ก.พ. 2569</td></tr>"
          "<tr><td>ขอรถน้ำช่วงแล้งต้องทำอย่างไร</td><td>ยื่นคำร้องผ่าน E-Service หรือที่สำนักปลัด (เจ้าหน้าที่)</td><td>3 มี.ค. 2569</td></tr></table>")
    write("/eservice/", "E-Service ยื่นคำร้องออนไลน์",
          "<p>ประชาชนสามารถยื่นคำร้องได้ตลอด 24 ชั่วโมง เจ้าหน้าที่จะติดต่อกลับภายใน 1 วันทำการ</p>"
          '<form action="/eservice/" method="post"><p>ประเภทคำร้อง <select name="type"><option>คำร้องทั่วไป</option>'
          "<option>ขอรับน้ำอุปโภคบริโภค</option><option>แจ้งซ่อมไฟฟ้าสาธารณะ</option></select></p>"
          '<p>ชื่อ-สกุล <input name="name"> โทรศัพท์ <input name="tel"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
          '<p><input type="file" name="attach"> <button type="submit">ส่งคำร้อง</button></p></form>'
          '<p>หรือกรอกทาง <a href="https://forms.gle/NsbEservice2569">Google Form</a></p>'
          f"<p>สถิติการให้บริการ: {a(art(170), 'สถิติ E-Service ปีงบประมาณ 2569')}</p>")
    write("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้ร้องเรียนสามารถแจ้งเรื่องการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ อบต. ได้ทางแบบฟอร์มนี้ "
          "ข้อมูลของผู้ร้องจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/" method="post"><p>ชื่อผู้ร้อง (ไม่ระบุได้) <input name="name"></p>'
          '<p>เรื่องที่ร้องเรียน <input name="subject"></p><p>รายละเอียด <textarea name="detail"></textarea></p>'
          '<p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form>'
          "<p>ช่องทางอื่น: ด้วยตนเอง ณ ที่ทำการ อบต. · โทร. 0 4405 2218 · ตู้รับเรื่องร้องเรียนหน้าสำนักงาน · "
          "Line ID @nsb-sao</p>"
          f"<p>{a(href('complaint-guide'), 'คู่มือการดำเนินการเรื่องร้องเรียน')}</p>")
    # the staff's own list of documents (article 6)
    docs = [("แผนพัฒนาท้องถิ่น", "plan-61-65"), ("แผนพัฒนาการศึกษา ศพด.", "cdc-edu-plan"),
            ("คู่มือการปฏิบัติงาน งานพัสดุ", "manual-sop"), ("คู่มือสำหรับประชาชน", "citizen-manual"),
            ("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "hr-rules"), ("แผนการบริหารและพัฒนาทรัพยากรบุคคล", "hr-plan-68"),
            ("ประมวลจริยธรรม", "ethics-code"), ("คู่มือเรื่องร้องเรียน", "complaint-guide")]
    write(art(6), "เอกสารเผยแพร่",
          "<ul>" + "".join(f"<li>{a(href(k), t)}</li>" for t, k in docs) + "</ul>"
          '<p>เอกสารอื่น ๆ ดูได้ใน <a href="https://drive.google.com/drive/folders/1NsbDocs2569public">คลังเอกสาร Google Drive</a></p>')
    # complaint statistics with a year selector: 2568 (default), 2567, 2566; no 2569
    years = {"2568": (0, 1, 0, 0), "2567": (0, 0, 1, 0), "2566": (1, 0, 0, 0)}
    for y, q in years.items():
        sel = " | ".join(a(art(41, "" if yy == "2568" else f"&year={yy}"), f"ปี {yy}") if yy != y else f"<b>ปี {yy}</b>"
                         for yy in years)
        table = "".join(f"<tr><td>ไตรมาส {i + 1}</td><td>{v}</td></tr>" for i, v in enumerate(q))
        extra = f"<p>{a(href('complaint-stat-68'), 'ดาวน์โหลดสถิติปี 2568 (Excel)')}</p>" if y == "2568" else ""
        write(art(41, "" if y == "2568" else f"&year={y}"), "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
              f"<p>เลือกปีงบประมาณ: {sel}</p><h3>ปีงบประมาณ {y}</h3>"
              f"<table><tr><th>ไตรมาส</th><th>จำนวนเรื่องร้องเรียนการทุจริต</th></tr>{table}</table>{extra}")


# ---------------------------------------------------------------- ITA pages
ITA_2569 = [
    ("o1", "โครงสร้าง", art(2)), ("o2", "ผู้บริหาร", art(3)), ("o3", "ติดต่อ / ถาม-ตอบ", art(4)),
    ("o4", "ข่าวประชาสัมพันธ์", cat(7)), ("o5", "แผนพัฒนาท้องถิ่น", href("plan-61-65")),
    ("o6", "แผนดำเนินงาน / งบประมาณ ปี 69", art(146)), ("o7", "รายงานผลการดำเนินงานประจำปี", art(152)),
    ("o8", "คู่มือปฏิบัติงาน", art(6)), ("o9", "คู่มือประชาชน", art(6)), ("o10", "E-Service", "/eservice/"),
    ("o11", "สขร.1 รายเดือน", cat(8)), ("o12", "รายงานจัดซื้อจัดจ้างประจำปี", art(141)),
    ("o13", "หลักเกณฑ์/แผน HR", art(6)), ("o14", "รายงานผล HR", art(139)), ("o15", "ประมวลจริยธรรม", art(158)),
    ("o16", "แนวปฏิบัติเรื่องร้องเรียน", href("complaint-guide")), ("o17", "ช่องทางร้องเรียน", "/complaint/"),
    ("o18", "สถิติเรื่องร้องเรียน", art(41)), ("o19", "การมีส่วนร่วม", art(165)), ("o20", "No Gift Policy", art(138)),
    ("o21", "ประเมินความเสี่ยงทุจริต", art(145)), ("o22", "รายงานผลตามแผนความเสี่ยง", "/download.php?id=8"),
    ("o23", "แผนป้องกันทุจริต", art(140)), ("o24", "รายงานผลป้องกันทุจริต", href("anti-report-67")),
    ("o25", "ผลวิเคราะห์ ITA", "/old/ita2567/"), ("o26", "รายงานมาตรการคุณธรรม", art(142)),
]
ITA_2568 = [("o5", "แผนพัฒนาท้องถิ่น", href("plan-61-65")), ("o13", "แผน HR ปี 68", href("hr-plan-68")),
            ("o18", "สถิติร้องเรียน", art(41, "&year=2567")), ("o20", "No Gift", href("nogift-67")),
            ("o25", "วิเคราะห์ ITA 67", href("ita-analysis-67"))]


def ita_pages() -> None:
    write(art(9), "ITA 2569",
          "<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569 คลิกหัวข้อเพื่อดูข้อมูล</p>"
          + "".join(f"<p>{code.upper()} {a(u, t)}</p>" for code, t, u in ITA_2569))
    write(art(8), "ITA 2568",
          "<p>ข้อมูล OIT ปี 2568</p>" + "".join(f"<p>{c} {a(u, t)}</p>" for c, t, u in ITA_2568)
          + "<p>ข้อมูลข้ออื่น ๆ ดูที่ข่าวประชาสัมพันธ์</p>")
    # the old website (before July 2567), still online
    write("/old/", "เว็บไซต์เดิม (ก่อนเดือนกรกฎาคม 2567)",
          "<p>หน้านี้เป็นสำเนาเว็บไซต์เดิม ไม่มีการปรับปรุงข้อมูลแล้ว</p><ul>"
          f"<li>{a('/old/ita2567/', 'ITA 2567')}</li></ul>")
    write("/old/ita2567/", "ITA 2567 (เว็บไซต์เดิม)",
          "<table><tr><th>ข้อ</th><th>ข้อมูล</th></tr>"
          f"<tr><td>O22</td><td>{a('/old/images/stories/ita2567/o22.pdf', 'รายงานผลการดำเนินการตามแผนบริหารความเสี่ยง')}</td></tr>"
          f"<tr><td>O24</td><td>{a(href('anti-report-67'), 'รายงานผลการดำเนินการป้องกันการทุจริต')}</td></tr>"
          f"<tr><td>O25</td><td>{a(href('ita-analysis-67'), 'การวิเคราะห์ผลการประเมิน ITA และมาตรการส่งเสริมคุณธรรม')}</td></tr>"
          "</table>")


def main() -> None:
    css = os.path.join(HERE, "templates/tambon/css/template.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}#header{background:#2a6f3b;color:#fff;padding:8px}"
                 "#mainmenu li{display:inline;margin:0 6px}#wrap{display:flex}#content{flex:3;padding:8px}"
                 "#right{flex:1;background:#f3f3f3;padding:8px}#footer{background:#333;color:#ddd;padding:8px}\n")
    from PIL import Image

    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    for i in range(1, 6):  # placeholder portraits
        Image.new("RGB", (60, 75), (200, 200 - i * 10, 180)).save(os.path.join(HERE, f"images/person{i}.jpg"), quality=60)
    news_pages()
    fixed_pages()
    ita_pages()
    print(PAGES, "pages")


if __name__ == "__main__":
    main()
