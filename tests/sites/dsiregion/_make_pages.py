"""Generate the HTML pages of the "dsiregion" test site (ศูนย์ปฏิบัติการคดีพิเศษภาค 7, invented).

Run:  python tests/sites/dsiregion/_make_pages.py   (after _make_docs.py)

A Joomla-like CMS: articles and categories are query-string pages
(/index.php?option=com_content&view=article&id=N, stored as index.php.q/<query>/index.html),
documents go out through /download.php?id=N.  The ITA page is a year selector
(/ita.php?year=2569) with one page per group of items (&group=1 … 8); last year's
/ita.php?year=2568 is still online.  The annual plan is shown in an embedded Google Drive viewer
with a direct download beside it.  The old website's copy (/old/) was left online when the centre
moved CMS, and two ITA rows still point into it.  Dates on pages are in Thai digits.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG  # noqa: E402

from crawler.serve import _query_name  # noqa: E402

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def th(s: str) -> str:
    return s.translate(TH)


def art(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def cat(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&view=category&id={n}" + (f"&limitstart={start}" if start else "")


def ita(year: int, group: int | None = None) -> str:
    return f"/ita.php?year={year}" + (f"&group={group}" if group else "")


def dl(key: str) -> str:
    return DOCS[key][0]


def a(url: str, text: str) -> str:
    return f'<a href="{esc(url)}">{esc(text)}</a>'


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับศูนย์ฯ", art(3)), ("โครงสร้าง/อำนาจหน้าที่", art(4)), ("ผู้บริหาร", art(5)),
        ("ข่าวกิจกรรม", cat(8)), ("จัดซื้อจัดจ้าง", art(40)), ("ดาวน์โหลด", "/index.php?option=com_phocadownload&view=categories"),
        ("E-Service", art(12)), ("แจ้งเบาะแส/ร้องเรียน", art(14)), ("ITA", ita(2569)), ("กระดานถาม-ตอบ", "/webboard/"),
        ("ติดต่อเรา", art(9))]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f"<li>{a(u, t)}</li>" for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(title)} - {ORG}</title>
<meta name="generator" content="Joomla! - Open Source Content Management">
<link rel="stylesheet" href="/templates/dsi7/css/template.css"></head>
<body>
<div id="topbar">กรมสอบสวนคดีพิเศษ กระทรวงยุติธรรม · สายด่วน ๑๒๐๒ · <a href="/old/">เว็บไซต์เดิม</a></div>
<div id="header"><img src="/templates/dsi7/images/logo.png" alt="DSI" width="72" height="72">
<b>{ORG}</b><br><small>Special Case Operation Center Region 7, Department of Special Investigation</small></div>
<ul id="mainmenu">
{menu}
</ul>
<div id="container"><div id="left">
<div class="module"><h3>ผู้อำนวยการศูนย์ฯ</h3>นายธีรวัฒน์ ศรีวงศ์ชัย<br>ผู้อำนวยการศูนย์ปฏิบัติการคดีพิเศษภาค ๗</div>
<div class="module"><h3>ITA</h3>{a(ita(2569), "ITA ประจำปี ๒๕๖๙")}<br>{a(ita(2568), "ITA ประจำปี ๒๕๖๘")}</div>
<div class="module"><h3>ลิงก์</h3><a href="https://www.dsi.go.th/">กรมสอบสวนคดีพิเศษ</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="module">ผู้เยี่ยมชม ๔๑,๒๗๓ ครั้ง</div>
</div>
<div id="content">
<h2 class="contentheading">{esc(title)}</h2>
{body}
</div></div>
<div id="footer">{ORG} เลขที่ ๒๑๙ หมู่ที่ ๖ ถนนเลี่ยงเมืองสายใต้ ตำบลหนองตะเคียนทอง อำเภอเมือง จังหวัดนครราชสีมา ๓๐๐๐๐<br>
โทรศัพท์ ๐ ๔๔๒๐ ๗๗๑๙ โทรสาร ๐ ๔๔๒๐ ๗๗๒๐ อีเมล dsi7.center@dsi-region7.go.th ·
{a(art(90), "นโยบายคุ้มครองข้อมูลส่วนบุคคล")} · {a("/sitemap/", "แผนผังเว็บไซต์")}<br>
สงวนลิขสิทธิ์ © ๒๕๖๗ {ORG}</div>
</body></html>
"""


def target_of(url: str) -> str:
    if "?" in url:
        path, query = url.split("?", 1)
        return os.path.join(HERE, path.strip("/") + ".q", _query_name(query), "index.html")
    return os.path.join(HERE, url.strip("/"), "index.html")


def write(url: str, title: str, body: str) -> None:
    target = target_of(url)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def stamp(y: int, m: int, day: int) -> str:
    return th(f"{day} {MONTHS[m - 1]} {y + 543}")


def attachments(keys: list[str], texts: list[str] | None = None) -> str:
    rows = []
    for i, k in enumerate(keys):
        text = texts[i] if texts else k
        rows.append(f'<li><img src="/media/icons/attach.png" alt=""> {a(dl(k), text)}</li>')
    return '<div class="attachments"><b>ไฟล์แนบ</b><ul>' + "".join(rows) + "</ul></div>"


# ---------------------------------------------------------------- news

NEWS = [  # id, (y, m, d) CE, title, text, attachments [(key, text)]
    (131, (2026, 4, 3), "ศูนย์ปฏิบัติการคดีพิเศษภาค ๗ ตรวจสอบการบุกรุกที่ดินสาธารณประโยชน์ อำเภอสูงเนิน",
     "เจ้าหน้าที่ศูนย์ฯ ร่วมกับเจ้าหน้าที่ที่ดินจังหวัดลงพื้นที่ตรวจสอบแปลงที่ดินตามคำร้องของประชาชน", []),
    (129, (2026, 3, 12), "โครงการเสริมสร้างจริยธรรมและวัฒนธรรมองค์กรสุจริต ประจำปีงบประมาณ ๒๕๖๙",
     "วันที่ ๑๐ มีนาคม ๒๕๖๙ ศูนย์ฯ จัดโครงการเสริมสร้างจริยธรรมตามประมวลจริยธรรมข้าราชการกรมสอบสวนคดีพิเศษ"
     " ผู้เข้าร่วม ๔๔ คน ทบทวนประมวลจริยธรรม กรณีศึกษาการขัดกันแห่งผลประโยชน์ และลงนามประกาศเจตนารมณ์",
     [("news-att-ethics", "สรุปผลโครงการ (PDF)")]),
    (127, (2026, 2, 18), "สรุปผลโครงการ DSI พบประชาชน รับฟังความคิดเห็นต่อการปฏิบัติงาน ประจำปี ๒๕๖๙",
     "เมื่อวันที่ ๕ กุมภาพันธ์ ๒๕๖๙ ณ หอประชุมอำเภอปักธงชัย ผู้นำชุมชนและภาคประชาชน ๑๓๖ คน ร่วมแสดงความคิดเห็น"
     " ได้ข้อเสนอ ๒๒ เรื่อง เช่น ขอให้ขยายช่องทางแจ้งเบาะแสทางไลน์ และลงพื้นที่ตรวจสอบการบุกรุกป่าชุมชน"
     " ศูนย์ฯ นำข้อเสนอ ๘ เรื่องเข้าแผนงานไตรมาส ๓ - ๔ และเปิดบัญชีไลน์ทางการภายในเดือนมีนาคม ๒๕๖๙", []),
    (122, (2026, 1, 15), "รายงานผลการดำเนินงานประจำปี",
     "ศูนย์ปฏิบัติการคดีพิเศษภาค ๗ เผยแพร่รายงานผลการดำเนินงานประจำปี รายละเอียดตามไฟล์แนบ",
     [("report67", "รายงานผลการดำเนินงานประจำปี")]),
    (124, (2026, 1, 12), "ขอเชิญร่วมโครงการ DSI พบประชาชน ประจำปี ๒๕๖๙",
     "ศูนย์ฯ ขอเชิญผู้นำชุมชนและภาคประชาชนร่วมเวทีรับฟังความคิดเห็น วันที่ ๕ กุมภาพันธ์ ๒๕๖๙",
     [("participation-invite", "หนังสือเชิญ")]),
    (119, (2025, 12, 9), "วันต่อต้านคอร์รัปชันสากล ๒๕๖๘",
     "บุคลากรศูนย์ฯ ร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล ณ ศาลากลางจังหวัดนครราชสีมา", []),
    (117, (2025, 11, 20), "ประชุมเครือข่ายภาคประชาชนเฝ้าระวังอาชญากรรมพิเศษ",
     "ศูนย์ฯ ประชุมเครือข่าย ๑๘ เครือข่าย เพื่อแลกเปลี่ยนข้อมูลการเฝ้าระวังแก๊งคอลเซ็นเตอร์", []),
    (115, (2025, 11, 3), "ประกาศเผยแพร่แผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ ๒๕๖๙",
     "ศูนย์ฯ เผยแพร่แผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ ๒๕๖๙", [("hr-plan69", "แผน HR ๒๕๖๙")]),
    (112, (2025, 10, 21), "ผู้อำนวยการศูนย์ฯ มอบนโยบายการปฏิบัติงาน ปีงบประมาณ ๒๕๖๙",
     "ผู้อำนวยการศูนย์ฯ มอบนโยบายให้บุคลากรปฏิบัติงานด้วยความโปร่งใส ตรวจสอบได้", []),
    (110, (2025, 10, 8), "ตรวจยึดสินค้าละเมิดทรัพย์สินทางปัญญา จังหวัดบุรีรัมย์",
     "เจ้าหน้าที่ศูนย์ฯ สนธิกำลังตรวจยึดสินค้าละเมิดลิขสิทธิ์ ๒,๔๐๐ ชิ้น", []),
    # FY2568
    (96, (2025, 9, 15), "ฝึกอบรมการสอบสวนคดีอาชญากรรมทางเทคโนโลยี",
     "บุคลากร ๑๔ คน เข้ารับการอบรมหลักสูตรการสอบสวนคดีอาชญากรรมทางเทคโนโลยี", []),
    (91, (2025, 6, 12), "อบรมเสริมสร้างจริยธรรม ประจำปี ๒๕๖๘", "ผู้เข้าร่วม ๔๑ คน", []),
    (88, (2025, 2, 20), "สรุปผลโครงการ DSI พบประชาชน ประจำปี ๒๕๖๘",
     "เมื่อวันที่ ๑๔ กุมภาพันธ์ ๒๕๖๘ ณ อำเภอโชคชัย ผู้เข้าร่วม ๙๘ คน ได้ข้อเสนอ ๑๕ เรื่อง", []),
    (84, (2024, 12, 9), "วันต่อต้านคอร์รัปชันสากล ๒๕๖๗", "บุคลากรศูนย์ฯ ร่วมกิจกรรม", []),
    (80, (2024, 10, 4), "ประกาศนโยบาย No Gift Policy", "ศูนย์ฯ ประกาศนโยบายไม่รับของขวัญ ประจำปีงบประมาณ ๒๕๖๘",
     [("nogift68", "ประกาศ No Gift Policy")]),
]


def news_pages() -> None:
    for nid, (y, m, day), title, text, att in NEWS:
        body = f'<p class="date">เขียนโดย ผู้ดูแลระบบ · {stamp(y, m, day)}</p><p>{esc(text)}</p>'
        if att:
            body += attachments([k for k, _ in att], [t for _, t in att])
        body += f'<p>{a(cat(8), "« กลับหน้าข่าวกิจกรรม")}</p>'
        write(art(nid), title, body)
    pages = [NEWS[:10], NEWS[10:]]
    for i, chunk in enumerate(pages):
        items = "".join(f"<li>{a(art(n), t)} <small>({stamp(*dt)})</small></li>" for n, dt, t, _x, _y in chunk)
        nav = a(cat(8, 10), "หน้าถัดไป »") if i == 0 else a(cat(8), "« หน้าก่อน")
        write(cat(8, 10 * i), "ข่าวกิจกรรม", f'<ul class="category">{items}</ul><p class="pagination">{nav}</p>')


# ---------------------------------------------------------------- articles

def articles() -> None:
    write(art(3), "ประวัติความเป็นมา",
          "<p>ศูนย์ปฏิบัติการคดีพิเศษภาค ๗ จัดตั้งขึ้นตามกฎกระทรวงแบ่งส่วนราชการกรมสอบสวนคดีพิเศษ มีเขตรับผิดชอบ"
          " จังหวัดนครราชสีมา บุรีรัมย์ สุรินทร์ ชัยภูมิ และศรีสะเกษ</p><p>วิสัยทัศน์: ศูนย์ปฏิบัติการคดีพิเศษที่ประชาชนเชื่อมั่น</p>")
    write(art(4), "โครงสร้างและอำนาจหน้าที่",
          '<img src="/images/org_chart_2568.jpg" alt="แผนภูมิโครงสร้าง" width="600" height="340">'
          "<h3>โครงสร้าง</h3><ul><li>ผู้อำนวยการศูนย์ปฏิบัติการคดีพิเศษภาค ๗<ul><li>ฝ่ายบริหารทั่วไป</li>"
          "<li>ส่วนปฏิบัติการคดีพิเศษ ๑ (คดีทรัพยากรธรรมชาติและที่ดิน)</li><li>ส่วนปฏิบัติการคดีพิเศษ ๒ (คดีอาชญากรรมทางเศรษฐกิจ)</li>"
          "<li>ส่วนข้อมูลและเทคโนโลยีการสืบสวน</li></ul></li></ul>"
          "<h3>อำนาจหน้าที่</h3><ol><li>สืบสวนสอบสวนคดีพิเศษตามพระราชบัญญัติการสอบสวนคดีพิเศษ พ.ศ. ๒๕๔๗ ในเขตพื้นที่รับผิดชอบ</li>"
          "<li>รับคำร้องขอให้ดำเนินคดีพิเศษและตรวจสอบข้อเท็จจริงเบื้องต้น</li><li>ประสานงานกับหน่วยงานในพื้นที่"
          "และสนับสนุนการปฏิบัติงานของกรม</li><li>ปฏิบัติงานอื่นตามที่ได้รับมอบหมาย</li></ol>")
    people = [("นายธีรวัฒน์ ศรีวงศ์ชัย", "ผู้อำนวยการศูนย์ปฏิบัติการคดีพิเศษภาค ๗", "๐ ๔๔๒๐ ๗๗๑๙ ต่อ ๑๐๑"),
              ("นางสาวพิมพ์ชนก ทองประเสริฐ", "ผู้อำนวยการส่วนปฏิบัติการคดีพิเศษ ๑", "๐ ๔๔๒๐ ๗๗๑๙ ต่อ ๑๑๒"),
              ("ร.ต.อ.ชยพล แก้วมณีรัตน์", "ผู้อำนวยการส่วนปฏิบัติการคดีพิเศษ ๒", "๐ ๔๔๒๐ ๗๗๑๙ ต่อ ๑๒๒"),
              ("นางวราภรณ์ สุขเกษม", "หัวหน้าฝ่ายบริหารทั่วไป", "๐ ๔๔๒๐ ๗๗๑๙ ต่อ ๑๓๐")]
    write(art(5), "ผู้บริหารศูนย์ปฏิบัติการคดีพิเศษภาค ๗", "".join(
        f'<div class="person"><img src="/images/staff/{i}.jpg" alt="{esc(n)}" width="120" height="150">'
        f"<p><b>{esc(n)}</b><br>{esc(p)}<br>โทร. {esc(t)}</p></div>" for i, (n, p, t) in enumerate(people, 1)))
    write(art(9), "ติดต่อเรา",
          "<p>ศูนย์ปฏิบัติการคดีพิเศษภาค ๗ เลขที่ ๒๑๙ หมู่ที่ ๖ ถนนเลี่ยงเมืองสายใต้ ตำบลหนองตะเคียนทอง อำเภอเมือง"
          " จังหวัดนครราชสีมา ๓๐๐๐๐</p><p>โทรศัพท์ ๐ ๔๔๒๐ ๗๗๑๙ โทรสาร ๐ ๔๔๒๐ ๗๗๒๐ สายด่วนกรมสอบสวนคดีพิเศษ ๑๒๐๒<br>"
          'อีเมล <a href="mailto:dsi7.center@dsi-region7.go.th">dsi7.center@dsi-region7.go.th</a><br>'
          "เวลาทำการ วันจันทร์ - วันศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น.</p>"
          '<p><a href="https://maps.google.com/?q=14.9412,102.0533">แผนที่ Google Maps</a> · '
          f'{a("/webboard/", "ถาม-ตอบ (Q&A)")}</p>'
          '<form action="/index.php?option=com_contact&amp;task=contact.submit" method="post">'
          '<label>ชื่อ <input name="name"></label> <label>อีเมล <input name="email"></label>'
          '<label>ข้อความ <textarea name="message"></textarea></label> <button>ส่งข้อความ</button></form>')
    write(art(12), "บริการออนไลน์ (E-Service)",
          "<p>ประชาชนสามารถแจ้งเบาะแสการกระทำความผิดและติดตามสถานะคำร้องได้ตลอด ๒๔ ชั่วโมง</p>"
          '<form action="/eservice/submit.php" method="post"><h3>แบบฟอร์มแจ้งเบาะแสออนไลน์</h3>'
          '<label>ชื่อ-สกุล (ไม่บังคับ) <input name="name"></label> <label>โทรศัพท์ <input name="tel"></label>'
          '<label>รายละเอียด <textarea name="detail"></textarea></label> <label>ไฟล์หลักฐาน <input type="file" name="f"></label>'
          '<button>ส่งข้อมูล</button></form><h3>ติดตามสถานะคำร้อง</h3><form action="/eservice/track.php" method="get">'
          '<label>เลขรับคำร้อง <input name="no"></label> <button>ตรวจสอบ</button></form>'
          + attachments(["eserv-stat"], ["สถิติการให้บริการ E-Service ปีงบประมาณ ๒๕๖๙ (ต.ค. ๖๘ - มี.ค. ๖๙)"]))
    write(art(14), "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>กรณีพบเห็นเจ้าหน้าที่ของศูนย์ฯ ทุจริตหรือประพฤติมิชอบ แจ้งได้ทางแบบฟอร์มนี้ ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
          '<form action="/complaint/submit.php" method="post"><label>ชื่อผู้ร้องเรียน (ไม่ระบุก็ได้) <input name="n"></label>'
          '<label>ผู้ถูกร้องเรียน/หน่วยงาน <input name="who"></label><label>รายละเอียด <textarea name="d"></textarea></label>'
          '<label>แนบหลักฐาน <input type="file" name="f"></label><button>ส่งเรื่องร้องเรียน</button></form>'
          "<p>หรือโทร ๐ ๔๔๒๐ ๗๗๑๙ ต่อ ๑๓๐ / ตู้ ปณ. ๗ ปณจ.นครราชสีมา</p>")
    write(art(20), "แผนปฏิบัติราชการประจำปี",
          "<p>แผนปฏิบัติราชการประจำปีและแผนการใช้จ่ายงบประมาณของศูนย์ปฏิบัติการคดีพิเศษภาค ๗</p>"
          '<iframe src="https://drive.google.com/file/d/1xQ7dsiR7planA/preview" width="640" height="480"></iframe>'
          f'<p>{a(dl("aplan68"), "ดาวน์โหลดไฟล์ต้นฉบับ")}</p><p class="date">ปรับปรุงล่าสุด {stamp(2025, 11, 18)}</p>')
    write(art(21), "แผนยุทธศาสตร์ / แผนปฏิบัติราชการระยะ ๕ ปี",
          attachments(["plan5", "plan5-eval"], ["แผนปฏิบัติราชการ ระยะ ๕ ปี", "รายงานการประเมินผลสัมฤทธิ์แผนปฏิบัติราชการ ระยะ ๕ ปี"]))
    sk = [("sk-oct", "ตุลาคม ๒๕๖๘"), ("sk-nov", "พฤศจิกายน ๒๕๖๘"), ("sk-dec", "ธันวาคม ๒๕๖๘"),
          ("sk-feb", "กุมภาพันธ์ ๒๕๖๙"), ("sk-mar", "มีนาคม ๒๕๖๙")]
    write(art(40), "สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ ๒๕๖๙",
          "<p>แบบ สขร.๑ รายเดือน</p>" + attachments([k for k, _ in sk], [f"สรุปผลการจัดซื้อจัดจ้าง เดือน{t}" for _, t in sk])
          + f'<p>{a(dl("proc-annual"), "รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปี")} · '
          f'{a(dl("print-plan69"), "ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์แผนปฏิบัติราชการ ๒๕๖๙")}</p>'
          '<p><a href="https://process3.gprocurement.go.th/">ค้นหาประกาศในระบบ e-GP</a></p>')
    write(art(60), "การบริหารและพัฒนาทรัพยากรบุคคล",
          attachments(["hr-rules", "hr-plan69", "hr-report68"],
                      ["หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "แผนการบริหารและพัฒนาทรัพยากรบุคคล ปี ๒๕๖๙",
                       "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปี ๒๕๖๘"]))
    write(art(90), "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>ศูนย์ฯ เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒</p>")


# ---------------------------------------------------------------- downloads (phocadownload)

CATS = {1: ("แผนงานและรายงาน", ["plan5", "plan5-eval", "aplan68", "report67"]),
        2: ("คู่มือ", ["sop", "guide", "complaint-manual", "ethics"]),
        3: ("คุณธรรมและความโปร่งใส", ["anti-plan69-draft", "anti-plan69", "anti-plan68", "anti-report68",
                                        "ita-analysis", "nacc-manual", "integrity-report68", "complaint-stat68h1"])}
LABEL = {"plan5": "แผนปฏิบัติราชการ ระยะ ๕ ปี", "plan5-eval": "ผลการประเมินแผนปฏิบัติราชการ ระยะ ๕ ปี",
         "aplan68": "แผนปฏิบัติราชการประจำปี", "report67": "รายงานผลการดำเนินงานประจำปี",
         "sop": "คู่มือการปฏิบัติงาน", "guide": "คู่มือสำหรับประชาชน", "complaint-manual": "คู่มือการจัดการเรื่องร้องเรียนการทุจริต",
         "ethics": "ประมวลจริยธรรมข้าราชการ DSI", "anti-plan69-draft": "ร่างแผนปฏิบัติการป้องกันการทุจริต ๒๕๖๙",
         "anti-plan69": "แผนปฏิบัติการป้องกันการทุจริต ๒๕๖๙", "anti-plan68": "แผนปฏิบัติการป้องกันการทุจริต ๒๕๖๘",
         "anti-report68": "รายงานผลตามแผนป้องกันการทุจริต ๒๕๖๘", "ita-analysis": "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี ๒๕๖๙",
         "nacc-manual": "คู่มือการประเมิน ITA ๒๕๖๙", "integrity-report68": "รายงานผลตามมาตรการส่งเสริมคุณธรรม ๒๕๖๘",
         "complaint-stat68h1": "สถิติเรื่องร้องเรียนการทุจริต"}


def downloads() -> None:
    base = "/index.php?option=com_phocadownload&view=categories"
    write(base, "ดาวน์โหลดเอกสาร", "<ul>" + "".join(
        f"<li>{a(f'/index.php?option=com_phocadownload&view=category&id={n}', t)} ({th(str(len(k)))} ไฟล์)</li>"
        for n, (t, k) in CATS.items()) + "</ul>")
    for n, (t, keys) in CATS.items():
        rows = "".join(f"<tr><td>{a(dl(k), LABEL[k])}</td><td>{stamp(DOCS[k][2].year, DOCS[k][2].month, DOCS[k][2].day)}</td>"
                       f"<td>{a(dl(k), 'ดาวน์โหลด')}</td></tr>" for k in keys)
        write(f"/index.php?option=com_phocadownload&view=category&id={n}", t,
              f'<table class="pd-filebox"><tr><th>ชื่อไฟล์</th><th>วันที่</th><th></th></tr>{rows}</table>')


# ---------------------------------------------------------------- ITA

GROUPS = {
    1: ("ข้อมูลพื้นฐาน", [("o1", "โครงสร้าง/อำนาจหน้าที่", art(4)), ("o2", "ผู้บริหาร", art(5)),
                          ("o3", "ติดต่อหน่วยงาน", art(9)), ("o4", "ข่าวกิจกรรม", cat(8))]),
    2: ("การบริหารงาน", [("o5", "แผนระยะ ๕ ปี", art(21)), ("o6", "แผนปฏิบัติราชการประจำปี", art(20)),
                        ("o7", "ผลการดำเนินงานประจำปี", art(122))]),
    3: ("การให้บริการ", [("o8", "คู่มือการปฏิบัติงาน", dl("sop")), ("o9", "คู่มือประชาชน", dl("guide")),
                        ("o10", "E-Service", art(12))]),
    4: ("การจัดซื้อจัดจ้าง", [("o11", "สขร.๑ รายเดือน", art(40)), ("o12", "สรุปจัดซื้อจัดจ้างประจำปี", dl("proc-annual"))]),
    5: ("การบริหารทรัพยากรบุคคล", [("o13", "หลักเกณฑ์และแผน HR", art(60)), ("o14", "รายงานผล HR", dl("hr-report68"))]),
    6: ("การส่งเสริมความโปร่งใส", [("o15", "ประมวลจริยธรรม", dl("ethics")), ("o15", "กิจกรรมขับเคลื่อนจริยธรรม", art(129)),
                                  ("o16", "แนวปฏิบัติเรื่องร้องเรียนการทุจริต", dl("complaint-manual")),
                                  ("o17", "ช่องทางแจ้งการทุจริต", art(14)),
                                  ("o18", "สถิติเรื่องร้องเรียนการทุจริต", dl("complaint-stat68h1")),
                                  ("o19", "การมีส่วนร่วม", art(127))]),
    7: ("การป้องกันการรับสินบน", [("o20", "No Gift Policy", "/old/images/stories/ita/nogift_announce.pdf"),
                                 ("o21", "ประเมินความเสี่ยงการทุจริต", "/old/images/stories/ita/risk_assessment.pdf"),
                                 ("o22", "ผลการจัดการความเสี่ยงการทุจริต", "/download.php?id=8")]),
    8: ("การส่งเสริมคุณธรรม", [("o23", "แผนป้องกันการทุจริต", dl("anti-plan69")),
                              ("o24", "ผลการป้องกันการทุจริต", dl("anti-report68")),
                              ("o25", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี ๒๕๖๙", dl("ita-analysis")),
                              ("o26", "ผลตามมาตรการส่งเสริมคุณธรรม", dl("integrity-report68"))]),
}


def selector(year: int) -> str:
    opts = "".join(f'<li>{a(ita(y), f"ปี {th(str(y))}")}{" ◀" if y == year else ""}</li>' for y in (2569, 2568))
    return f'<div class="year-select"><b>เลือกปี:</b><ul>{opts}</ul></div>'


def ita_pages() -> None:
    rows = "".join(f"<li>{a(ita(2569, g), f'กลุ่มที่ {th(str(g))} {t}')} "
                   f"({th(items[0][0])} - {th(items[-1][0])})</li>" for g, (t, items) in GROUPS.items())
    write(ita(2569), "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๙",
          selector(2569) + f'<ol class="ita-groups">{rows}</ol>')
    for g, (t, items) in GROUPS.items():
        trs = "".join(f"<tr><td>{th(c)}</td><td>{esc(txt)}</td><td>{a(u, 'คลิก')}</td></tr>" for c, txt, u in items)
        nav = (a(ita(2569, g - 1), "« กลุ่มก่อนหน้า") + " " if g > 1 else "") + a(ita(2569), "สารบัญ") + \
            (" " + a(ita(2569, g + 1), "กลุ่มถัดไป »") if g < len(GROUPS) else "")
        write(ita(2569, g), f"ITA ๒๕๖๙ กลุ่มที่ {th(str(g))} {t}",
              selector(2569) + f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{trs}</table><p>{nav}</p>')
    old = [("o6", "แผนปฏิบัติราชการประจำปี ๒๕๖๘", dl("aplan68")),
           ("o20", "ประกาศ No Gift Policy ๒๕๖๘", "/old/images/stories/ita/nogift_announce.pdf"),
           ("o21", "ประเมินความเสี่ยง ๒๕๖๘", "/old/images/stories/ita/risk_assessment.pdf"),
           ("o22", "ผลการจัดการความเสี่ยง ๒๕๖๗", "/old/images/stories/ita/o22_2567.pdf"),
           ("o23", "แผนป้องกันการทุจริต ๒๕๖๘", dl("anti-plan68"))]
    trs = "".join(f"<tr><td>{th(c)}</td><td>{esc(txt)}</td><td>{a(u, 'คลิก')}</td></tr>" for c, txt, u in old)
    write(ita(2568), "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘",
          selector(2568) + f'<table class="ita"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{trs}</table>')


# ---------------------------------------------------------------- other

def others() -> None:
    latest = "".join(f"<li>{a(art(n), t)} <small>{stamp(*dt)}</small></li>" for n, dt, t, _x, _y in NEWS[:6])
    write("/", "หน้าแรก",
          f'<div class="banner">{a(ita(2569), "ITA ๒๕๖๙ การเปิดเผยข้อมูลสาธารณะ")}</div>'
          f"<h3>ข่าวกิจกรรมล่าสุด</h3><ul>{latest}</ul><p>{a(cat(8), 'ข่าวทั้งหมด')}</p>"
          f"<h3>บริการ</h3><p>{a(art(12), 'แจ้งเบาะแสออนไลน์')} · {a(art(14), 'ร้องเรียนการทุจริต')} · "
          f"{a(art(40), 'จัดซื้อจัดจ้าง')}</p>")
    write("/webboard/", "กระดานถาม-ตอบ",
          f'<ul><li>{a("/webboard/topic-37/", "ยื่นคำร้องขอให้รับเป็นคดีพิเศษต้องใช้เอกสารอะไรบ้าง")} ({stamp(2026, 2, 9)})</li></ul>'
          '<form action="/webboard/post.php" method="post"><label>หัวข้อ <input name="t"></label>'
          '<label>คำถาม <textarea name="q"></textarea></label><button>ตั้งคำถาม</button></form>')
    write("/webboard/topic-37/", "ยื่นคำร้องขอให้รับเป็นคดีพิเศษต้องใช้เอกสารอะไรบ้าง",
          "<p><b>ถาม</b> (คุณสมหมาย) ต้องเตรียมเอกสารอะไรบ้าง</p><p><b>ตอบ</b> (เจ้าหน้าที่ศูนย์ฯ "
          f"{stamp(2026, 2, 10)}) สำเนาบัตรประชาชนและพยานหลักฐาน ดูรายละเอียดใน{a(dl('guide'), 'คู่มือสำหรับประชาชน')}</p>")
    write("/old/", "เว็บไซต์เดิม (ไม่ได้ปรับปรุงแล้ว)",
          "<p>หน้านี้เป็นสำเนาเว็บไซต์เดิมของศูนย์ฯ ก่อนย้ายระบบเมื่อ มิ.ย. ๒๕๖๘ เก็บไว้เพื่ออ้างอิง</p><ul>"
          f'<li>{a("/old/images/stories/ita/nogift_announce.pdf", "ประกาศ No Gift Policy")}</li>'
          f'<li>{a("/old/images/stories/ita/risk_assessment.pdf", "รายงานการประเมินความเสี่ยงการทุจริต")}</li></ul>')
    links = [("/", "หน้าแรก"), (art(3), "ประวัติ"), (art(4), "โครงสร้าง"), (art(5), "ผู้บริหาร"), (cat(8), "ข่าว"),
             (art(40), "จัดซื้อจัดจ้าง"), (art(60), "บุคลากร"), (ita(2569), "ITA ๒๕๖๙"), (ita(2568), "ITA ๒๕๖๘"),
             ("/old/", "เว็บไซต์เดิม")]
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(u, t)}</li>" for u, t in links) + "</ul>")


CSS = """body{font-family:Tahoma,sans-serif;margin:0;background:#eef1f5}#topbar{background:#0b2545;color:#fff;padding:4px}
#header{background:#13315c;color:#fff;padding:10px}#mainmenu li{display:inline;margin:0 6px}#container{display:flex}
#left{width:220px}#content{flex:1;background:#fff;padding:12px}#footer{background:#0b2545;color:#ddd;padding:10px}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}
"""


def assets() -> None:
    from PIL import Image

    def png(path: str, size: tuple[int, int], colour: str, fmt: str) -> None:
        target = os.path.join(HERE, path.lstrip("/"))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        Image.new("RGB", size, colour).save(target, format=fmt)

    png("/templates/dsi7/images/logo.png", (72, 72), "#13315c", "PNG")
    png("/media/icons/attach.png", (12, 12), "#888888", "PNG")
    png("/images/org_chart_2568.jpg", (300, 170), "#dde3ea", "JPEG")
    for i in range(1, 5):
        png(f"/images/staff/{i}.jpg", (60, 75), "#c9ccd1", "JPEG")
    css = os.path.join(HERE, "templates/dsi7/css/template.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as fh:
        fh.write(CSS)


if __name__ == "__main__":
    assets()
    news_pages()
    articles()
    downloads()
    ita_pages()
    others()
