"""Generate the pages of the "kindergarten" test site (โรงเรียนอนุบาลลำธารทอง, invented).

Run after _make_docs.py:  python tests/sites/kindergarten/_make_pages.py

A Joomla-era school site: every page is /index.php?option=com_content&view=...&id=N (static copies
under /index.php.q/<query>/index.html, see crawler/serve.py), documents go through
/download.php?id=N, two are shown in a viewer page (/viewer.php?id=N) with an embedded Google
Drive frame and a download button.  The ITA 2568 page is split into one page per group
(/ita2568/g1/ … /ita2568/g7/).  The news list has a year selector (&year=2567) and a second page
(&start=10).  The old WordPress site (/old/) is still online with its ITA 2567 page.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG  # noqa: E402

ADDR = "เลขที่ 99 ถนนศรีลำธาร ตำบลในเมือง อำเภอเมือง จังหวัดลำธารทอง 61990"
PHONE = "0 5690 4417"


def art(i: int) -> str:
    return f"/index.php?option=com_content&view=article&id={i}"


def cat(i: int, extra: str = "") -> str:
    return f"/index.php?option=com_content&view=category&id={i}{extra}"


def dl(i: int) -> str:
    return f"/download.php?id={i}"


def a(url: str, text: str) -> str:
    return f'<a href="{html.escape(url)}">{text}</a>'


MENU = [("/", "หน้าแรก"), (art(1), "ประวัติโรงเรียน"), (art(2), "โครงสร้างการบริหาร"), (art(4), "ผู้บริหาร"),
        (art(9), "บุคลากร"), (cat(9), "ข่าวประชาสัมพันธ์"), (cat(20), "แผนงาน/รายงาน"), (cat(21), "งานพัสดุ"),
        (cat(22), "งานบุคคล"), (cat(23), "คุณธรรมความโปร่งใส"), ("/ita2568/", "ITA 2568"), (art(5), "ติดต่อเรา")]
SIDE = [(art(6), "รับสมัครนักเรียนออนไลน์ (E-Service)"), (art(10), "คู่มือสำหรับประชาชน"),
        (art(7), "แจ้งเรื่องร้องเรียนการทุจริต"), ("/old/", "เว็บไซต์เดิม (ก่อน 2567)"),
        ("https://www.obec.go.th/", "สพฐ."), ("https://www.nacc.go.th/", "สำนักงาน ป.ป.ช.")]


def where(url: str) -> str:
    """The file a site URL is written to."""
    path, _, query = url.partition("?")
    if query:
        return os.path.join(HERE, path.lstrip("/") + ".q", query, "index.html")
    return os.path.join(HERE, path.strip("/"), "index.html")


def write(url: str, title: str, body: str) -> None:
    menu = "".join(f"<li>{a(u, t)}</li>" for u, t in MENU)
    side = "".join(f"<li>{a(u, t)}</li>" for u, t in SIDE)
    page = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} - {ORG}</title>
<meta name="generator" content="Joomla! - Open Source Content Management"></head>
<body><div id="header"><h1>{ORG}</h1><p>สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำธารทอง เขต ๑</p></div>
<ul id="mainmenu">{menu}</ul>
<div id="wrap"><div id="content"><h2 class="contentheading">{title}</h2>
{body}
</div><div id="left"><h3>ผู้อำนวยการโรงเรียน</h3><p>นางวิไลพร ศรีสุวรรณ</p><h3>เมนูลัด</h3><ul>{side}</ul>
<p>ผู้เข้าชม ๑๘๔,๒๒๐ คน</p></div></div>
<div id="footer">{ORG} {ADDR} โทร {PHONE} | Powered by Joomla! 2.5</div></body></html>
"""
    out = where(url)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(page)


def table(rows: list[tuple[str, ...]]) -> str:
    return "<table border=\"1\">" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"


def dlrow(i: int, text: str | None = None) -> tuple[str, str]:
    name, _kind, title, _lines, when = DOCS[i]
    return (a(dl(i), text or title), f"{when.day}/{when.month}/{when.year + 543}")


# ------------------------------------------------------------------ articles
ARTICLES = {
    1: ("ประวัติโรงเรียน", "<p>โรงเรียนอนุบาลลำธารทอง ก่อตั้งเมื่อ พ.ศ. ๒๕๒๖ เป็นโรงเรียนอนุบาลประจำจังหวัด "
        "เปิดสอนชั้นอนุบาล ๑ ถึงประถมศึกษาปีที่ ๖ นักเรียน ๑,๑๒๔ คน ครู ๕๒ คน</p>"),
    2: ("โครงสร้างการบริหารโรงเรียน", '<p><img src="/images/chart.png" alt="แผนภูมิโครงสร้างการบริหาร"></p>'
        "<ul><li>คณะกรรมการสถานศึกษาขั้นพื้นฐาน (ประธาน นายอำนาจ รุ่งเรืองผล)</li>"
        "<li>ผู้อำนวยการโรงเรียน<ul><li>รองผู้อำนวยการกลุ่มบริหารวิชาการ</li><li>รองผู้อำนวยการกลุ่มบริหารงบประมาณ</li>"
        "<li>กลุ่มบริหารงานบุคคล</li><li>กลุ่มบริหารทั่วไป</li></ul></li>"
        "<li>สมาคมผู้ปกครองและครู / เครือข่ายผู้ปกครอง</li></ul>"
        f"<p>ดูเพิ่มเติม: {a(art(3), 'อำนาจหน้าที่ของสถานศึกษา')}</p>"),
    3: ("อำนาจหน้าที่ของสถานศึกษา", "<p>ตามพระราชบัญญัติการศึกษาแห่งชาติ พ.ศ. ๒๕๔๒ มาตรา ๓๙ และกฎกระทรวงว่าด้วยการกระจายอำนาจ "
        "การบริหารและการจัดการศึกษา สรุปได้ดังนี้</p><ol><li>จัดทำและพัฒนาหลักสูตรสถานศึกษาปฐมวัยและประถมศึกษา</li>"
        "<li>จัดทำแผนพัฒนาคุณภาพการศึกษาและแผนปฏิบัติการประจำปี</li><li>บริหารงบประมาณ การเงิน พัสดุ</li>"
        "<li>บริหารงานบุคคลตามที่ได้รับมอบอำนาจ</li><li>ประกันคุณภาพการศึกษาภายใน</li>"
        "<li>ส่งเสริมความร่วมมือกับผู้ปกครองและชุมชน</li></ol>"),
    4: ("ผู้บริหารโรงเรียน", table([
        ('<img src="/images/dir.jpg" alt="ผู้อำนวยการ">', "นางวิไลพร ศรีสุวรรณ", "ผู้อำนวยการโรงเรียน", "โทร ๐๘ ๑๖๖๔ ๓๐๒๑"),
        ('<img src="/images/dep1.jpg" alt="รองผู้อำนวยการ">', "นายธีรวัฒน์ คงสมบูรณ์", "รองผู้อำนวยการ กลุ่มบริหารวิชาการ",
         "โทร ๐๘ ๙๗๑๒ ๕๕๖๐"),
        ('<img src="/images/dep2.jpg" alt="รองผู้อำนวยการ">', "นางสาวพิมพ์ชนก ไชยมงคล", "รองผู้อำนวยการ กลุ่มบริหารงบประมาณ",
         "โทร ๐๘ ๖๒๒๐ ๑๘๔๗")])),
    5: ("ติดต่อเรา", f"<p>{ORG}<br>{ADDR}<br>โทรศัพท์ {PHONE} โทรสาร 0 5690 4418<br>"
        "อีเมล anubanlamthanthong@example.ac.th<br>Facebook: โรงเรียนอนุบาลลำธารทอง</p>"
        '<p><a href="https://maps.google.com/?q=15.3801,99.9902">แผนที่โรงเรียน (Google Maps)</a></p>'),
    6: ("รับสมัครนักเรียนออนไลน์ / ขอเอกสารออนไลน์ (E-Service)",
        "<p>ผู้ปกครองกรอกแบบฟอร์มด้านล่างเพื่อสมัครเรียนชั้นอนุบาล ๑ หรือขอใบรับรองการเป็นนักเรียน "
        "ไม่ต้องเดินทางมาโรงเรียน เจ้าหน้าที่จะติดต่อกลับภายใน ๑ วันทำการ</p>"
        '<form action="/eservice/submit.php" method="post"><p>ประเภทคำขอ <select name="type">'
        "<option>สมัครเรียน อ.๑</option><option>ขอใบรับรองการเป็นนักเรียน</option><option>ขอ ปพ.๗</option></select></p>"
        '<p>ชื่อผู้ปกครอง <input name="parent"></p><p>ชื่อนักเรียน <input name="child"></p>'
        '<p>โทรศัพท์ <input name="tel"></p><p><button type="submit">ส่งคำขอ</button></p></form>'
        '<p>หรือ <a href="https://forms.gle/LtTkgExample68">แบบฟอร์ม Google Form</a></p>'),
    7: ("แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        "<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตของบุคลากรในโรงเรียนได้ทางแบบฟอร์มนี้ ข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>"
        '<form action="/complaint/submit.php" method="post"><p>เรื่อง <input name="subject"></p>'
        '<p>รายละเอียด <textarea name="detail"></textarea></p><p>ช่องทางติดต่อกลับ (ไม่บังคับ) <input name="contact"></p>'
        '<p><button type="submit">ส่งเรื่อง</button></p></form>'
        f"<p>{a(dl(20), 'คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ')}</p>"
        '<p>หรือแจ้งสำนักงาน ป.ป.ช. <a href="https://www.nacc.go.th/">www.nacc.go.th</a></p>'),
    8: ("วิสัยทัศน์ พันธกิจ", "<p>วิสัยทัศน์: เด็กอนุบาลลำธารทองมีพัฒนาการสมวัย มีความสุข เป็นคนดีของสังคม</p>"),
    9: ("ทำเนียบบุคลากร", "<p>ครูปฐมวัย ๑๔ คน ครูประถมศึกษา ๓๘ คน เจ้าหน้าที่ธุรการ ๓ คน นักการภารโรง ๔ คน</p>"),
    10: ("คู่มือสำหรับประชาชน", f"<p>{a(dl(15), 'คู่มือสำหรับประชาชน: การรับสมัครนักเรียน และการขอใบรับรอง/ปพ.๗')}</p>"
         f"<p>ยื่นคำขอออนไลน์ได้ที่ {a(art(6), 'E-Service')}</p>"),
}

# ------------------------------------------------------------------ news
NEWS = {  # id: (date, title, body, attachments)
    111: ("๓ เมษายน ๒๕๖๘", "ประกาศรับสมัครนักเรียนชั้นอนุบาล ๑ ปีการศึกษา ๒๕๖๘",
          "รับสมัคร ๒๑ - ๒๕ เมษายน ๒๕๖๘ ที่ห้องธุรการ หรือทาง E-Service", []),
    110: ("๒๐ มีนาคม ๒๕๖๘", "พิธีมอบวุฒิบัตรนักเรียนชั้นอนุบาลปีที่ ๓", "ผู้ปกครองร่วมแสดงความยินดี ๑๘๐ คน", []),
    109: ("๑๐ มีนาคม ๒๕๖๘", "ประกาศจ้างพิมพ์เอกสารแผนพัฒนาคุณภาพการศึกษา", "รายละเอียดตามเอกสารแนบ", [31]),
    108: ("๑๔ กุมภาพันธ์ ๒๕๖๘", "ค่ายเยาวชนคนดี ป.ป.ช. น้อย", "นักเรียนชั้น ป.๕ - ป.๖ ร่วมกิจกรรม ๘๐ คน", [35]),
    107: ("๒๔ มกราคม ๒๕๖๘", "ประชุมเครือข่ายผู้ปกครองและคณะกรรมการสถานศึกษา ร่วมวางแผนพัฒนาโรงเรียน",
          "วันที่ ๒๔ มกราคม ๒๕๖๘ โรงเรียนเปิดเวทีรับฟังความคิดเห็นของผู้ปกครอง ผู้นำชุมชน และคณะกรรมการสถานศึกษา "
          "ต่อโครงการปีงบประมาณ ๒๕๖๘ ผู้เข้าร่วม ๘๖ คน (ผู้ปกครอง ๗๑ คน กรรมการสถานศึกษา ๙ คน ผู้นำชุมชน ๖ คน) "
          "ข้อเสนอ: ปรับปรุงจุดรับส่งนักเรียน เพิ่มกิจกรรมเล่านิทานโดยผู้ปกครอง", []),
    106: ("๑๑ มกราคม ๒๕๖๘", "กิจกรรมวันเด็กแห่งชาติ ประจำปี ๒๕๖๘", "ขอบคุณผู้สนับสนุนของรางวัล", []),
    105: ("๖ ธันวาคม ๒๕๖๗", "อบรมส่งเสริมจริยธรรมครูและบุคลากร Do's & Don'ts ปี ๒๕๖๘",
          "ครูและบุคลากร ๕๕ คน ร่วมอบรมประมวลจริยธรรมข้าราชการครูและการป้องกันผลประโยชน์ทับซ้อน", [19]),
    104: ("๑ พฤศจิกายน ๒๕๖๗", "ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ ๒๕๖๘", "", [25]),
    103: ("๑๕ พฤศจิกายน ๒๕๖๗", "กิจกรรมลอยกระทงอนุบาลน้อย", "นักเรียนอนุบาลทำกระทงจากวัสดุธรรมชาติ", []),
    102: ("๑๕ ตุลาคม ๒๕๖๗", "เผยแพร่รายงานประจำปีของโรงเรียน", "โรงเรียนขอเผยแพร่รายงานประจำปี ดังแนบ", [13]),
    101: ("๒ ตุลาคม ๒๕๖๗", "ต้อนรับนักเรียนเปิดภาคเรียนที่ ๒/๒๕๖๗", "", []),
    94: ("๑๙ เมษายน ๒๕๖๗", "รายงานการกำกับติดตามแผนปฏิบัติการ รอบ ๖ เดือน", "", [12]),
    93: ("๑๐ มกราคม ๒๕๖๗", "วันเด็กแห่งชาติ ๒๕๖๗", "", []),
    92: ("๒๐ พฤศจิกายน ๒๕๖๖", "ประกาศแผนพัฒนาบุคลากร ปีงบประมาณ ๒๕๖๗ (ดูที่เว็บไซต์เดิม)",
         f'{a("/old/2023/11/hr-plan-2567/", "แผนพัฒนาบุคลากร 2567")}', []),
    91: ("๑๐ พฤศจิกายน ๒๕๖๖", "ประชุมจัดทำแผนปฏิบัติการ ปีงบประมาณ ๒๕๖๗", "", [36]),
}


def news_list(url: str, ids: list[int], title: str, more: str) -> None:
    rows = "".join(f"<li>{a(art(i), NEWS[i][1])} <span class=\"date\">{NEWS[i][0]}</span></li>" for i in ids)
    years = f'<p>ปี: {a(cat(9), "๒๕๖๘")} | {a(cat(9, "&year=2567"), "๒๕๖๗")}</p>'
    write(url, title, years + f"<ul>{rows}</ul>" + more)


def category(i: int, title: str, rows: list[tuple[str, ...]], note: str = "") -> None:
    write(cat(i), title, note + table([("เอกสาร", "วันที่"), *rows]))


def main() -> None:
    write("/", "หน้าแรก", "<h3>ข่าวล่าสุด</h3><ul>" + "".join(
        f"<li>{a(art(i), NEWS[i][1])} ({NEWS[i][0]})</li>" for i in (111, 110, 107, 105)) + "</ul>"
        f'<p>{a("/ita2568/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ปี ๒๕๖๘")}</p>')
    for i, (title, body) in ARTICLES.items():
        write(art(i), title, body)
    for i, (date, title, body, files) in NEWS.items():
        att = "".join(f"<li>{a(dl(f), DOCS[f][0])}</li>" for f in files)
        write(art(i), title, f'<p class="date">เผยแพร่ {date}</p><p>{body}</p>'
              + (f"<p>ไฟล์แนบ</p><ul>{att}</ul>" if att else ""))
    news_list(cat(9), [111, 110, 109, 108, 107, 106, 105, 104, 103, 102], "ข่าวประชาสัมพันธ์",
              f'<p>{a(cat(9, "&start=10"), "หน้าถัดไป")}</p>')
    news_list(cat(9, "&start=10"), [101], "ข่าวประชาสัมพันธ์ (หน้า ๒)", "")
    news_list(cat(9, "&year=2567"), [94, 93, 92, 91], "ข่าวประชาสัมพันธ์ ปี ๒๕๖๗", "")
    category(20, "แผนงาน/รายงาน", [
        (a("/viewer.php?id=3", "แผนพัฒนาคุณภาพการศึกษา"), "28/5/2563"), dlrow(11), dlrow(33), dlrow(12),
        dlrow(13, "รายงานประจำปี"), dlrow(34), dlrow(36), dlrow(14), dlrow(15)])
    category(21, "งานพัสดุ", [*(dlrow(i) for i in (46, 44, 43, 42, 41)),
                              (a("/viewer.php?id=17", "รายงานผลการจัดซื้อจัดจ้าง"), "16/10/2566")])
    category(22, "งานบุคคล", [(a("/old/2023/11/hr-plan-2567/", "แผนพัฒนาบุคลากร (เว็บไซต์เดิม)"), "20/11/2566"),
                              dlrow(18), dlrow(19), dlrow(16)])
    category(23, "คุณธรรมและความโปร่งใส", [dlrow(21), dlrow(32), dlrow(22), dlrow(23), dlrow(24), dlrow(25),
                                            dlrow(35), dlrow(26), dlrow(20)])
    for i, title in ((3, "แผนพัฒนาคุณภาพการศึกษา"), (17, "รายงานผลการจัดซื้อจัดจ้าง")):
        write(f"/viewer.php?id={i}", title,
              f'<iframe src="https://drive.google.com/file/d/1kgDoc{i}ExAmPlE/preview" width="100%" height="640"></iframe>'
              f'<p>{a(dl(i), "ดาวน์โหลดไฟล์")}</p>')
    ita()
    old()
    images()


def images() -> None:
    """Small placeholder pictures (the chart and the executives' photos)."""
    from PIL import Image

    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    for name, size in (("chart.png", (240, 120)), ("dir.jpg", (60, 80)), ("dep1.jpg", (60, 80)), ("dep2.jpg", (60, 80))):
        img = Image.new("RGB", size, (200, 220, 240))
        img.save(os.path.join(HERE, "images", name))


GROUPS = [
    ("g1", "ข้อมูลพื้นฐาน", [
        ("O1", "โครงสร้าง / อำนาจหน้าที่", art(2)), ("O2", "ผู้บริหาร", art(4)), ("O3", "ติดต่อ", art(5)),
        ("O4", "ข่าวประชาสัมพันธ์", cat(9))]),
    ("g2", "การบริหารงานและงบประมาณ", [
        ("O5", "แผนพัฒนาคุณภาพการศึกษา", "/viewer.php?id=3"), ("O6", "แผนปฏิบัติการ ๒๕๖๘", dl(11)),
        ("O6", "รายงานผล ๖ เดือน", art(94)), ("O7", "รายงานประจำปี", art(102)), ("O8", "คู่มือปฏิบัติงาน", dl(14)),
        ("O9", "คู่มือประชาชน", art(10)), ("O10", "E-Service", art(6)), ("O11", "สถิติการให้บริการ", dl(16))]),
    ("g3", "การจัดซื้อจัดจ้าง", [
        ("O12", "สขร.๑ รายเดือน", cat(21)), ("O13", "รายงานผลจัดซื้อจัดจ้างประจำปี", "/viewer.php?id=17")]),
    ("g4", "การบริหารทรัพยากรบุคคล", [
        ("O14", "แผนพัฒนาบุคลากร", "/old/2023/11/hr-plan-2567/"), ("O15", "รายงานผลการพัฒนาบุคลากร", dl(18)),
        ("O16", "ประมวลจริยธรรม", dl(19)), ("O16", "กิจกรรมส่งเสริมจริยธรรม", art(105))]),
    ("g5", "การส่งเสริมความโปร่งใส", [
        ("O17", "คู่มือร้องเรียน", dl(20)), ("O18", "ช่องทางร้องเรียน", art(7)), ("O19", "สถิติเรื่องร้องเรียน", dl(8)),
        ("O20", "การมีส่วนร่วม", art(107))]),
    ("g6", "การป้องกันการทุจริตในประเด็นสินบน", [
        ("O21", "No Gift Policy", dl(21)), ("O22", "รายงานการรับของขวัญ", dl(22)),
        ("O23", "ประเมินความเสี่ยงสินบน", dl(23)), ("O24", "รายงานผลการจัดการความเสี่ยง ปี ๒๕๖๗", dl(24))]),
    ("g7", "การส่งเสริมคุณธรรมและความโปร่งใส", [
        ("O25", "แผนป้องกันการทุจริต", dl(25)), ("O26", "รายงานผลป้องกันการทุจริต", dl(26))]),
]


def ita() -> None:
    write("/ita2568/", "การประเมินคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ ๒๕๖๘",
          "<ol>" + "".join(f"<li>{a(f'/ita2568/{g}/', name)}</li>" for g, name, _ in GROUPS) + "</ol>"
          f'<p>{a("/old/ita2567/", "ITA ปี ๒๕๖๗ (เว็บไซต์เดิม)")}</p>')
    for g, name, rows in GROUPS:
        write(f"/ita2568/{g}/", f"ITA ๒๕๖๘ : {name}",
              table([("ข้อ", "ข้อมูล", "ลิงก์"), *((c.lower(), t, a(u, "คลิก")) for c, t, u in rows)])
              + f'<p>{a("/ita2568/", "กลับหน้า ITA")}</p>')


def old() -> None:
    def oldpage(url: str, title: str, body: str) -> None:
        out = where(url)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title} | อนุบาลลำธารทอง</title>'
                     '<meta name="generator" content="WordPress 5.8"></head><body>'
                     f'<header><a href="/old/">อนุบาลลำธารทอง (เว็บไซต์เดิม)</a> | <a href="/">เว็บไซต์ใหม่</a></header>'
                     f"<article><h1>{title}</h1>{body}</article><footer>{ADDR}</footer></body></html>\n")
    oldpage("/old/", "หน้าแรก", '<p>โรงเรียนย้ายเว็บไซต์ไปที่ระบบใหม่แล้ว</p><ul><li><a href="/old/ita2567/">ITA 2567</a></li>'
            '<li><a href="/old/2023/11/hr-plan-2567/">แผนพัฒนาบุคลากร 2567</a></li></ul>')
    oldpage("/old/2023/11/hr-plan-2567/", "แผนพัฒนาบุคลากร ประจำปีงบประมาณ 2567",
            '<p>20 พฤศจิกายน 2566</p><p><a href="/old/wp-content/uploads/2023/11/hrplan67.pdf">hrplan67.pdf</a></p>')
    oldpage("/old/ita2567/", "ITA 2567", table([
        ("o14", '<a href="/old/2023/11/hr-plan-2567/">แผนพัฒนาบุคลากร 2567</a>'),
        ("o21", f'<a href="{dl(21)}">No Gift Policy</a>'),
        ("o24", '<a href="/old/wp-content/uploads/2024/03/risk-2567.pdf">มาตรการจัดการความเสี่ยง 2567</a>'),
        ("o6", f'<a href="{dl(12)}">รายงาน 6 เดือน 2567</a>')]))


if __name__ == "__main__":
    main()
