"""Generate the pages of the "hospmoit" test site (โรงพยาบาลนาคำแสน, invented) after _make_docs.py.

Run:  python tests/sites/hospmoit/_make_pages.py

A Joomla 3 site saved as static copies: every page is a query-string URL
(``/index.php?option=com_content&view=article&id=203&Itemid=150``) kept as the one file of
``index.php.q/<query>/index.html`` (see crawler/serve.py).  The ITA menu is one article per MOIT
group (MOIT 1 … MOIT 13, the ministry's numbering the hospital files its evidence under), each
listing the OIT items it answers; the ITA 2569 article is a table pointing to those pages, with a
year selector (2569, 2568, and 2567 on the old website).  The old website (before the move to
Joomla in 2562+) is still online under /web2562/.  News dates are in Thai digits.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, ORG  # noqa: E402

THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def th(s: str) -> str:
    return s.translate(THAI)


def thdate(y: int, m: int, day: int) -> str:
    """A B.E. date in Thai digits, as the template prints it (y in B.E.)."""
    return th(f"{day} {ABBR[m - 1]} {y}")


def art(i: int, item: int = 101) -> str:
    return f"/index.php?option=com_content&view=article&id={i}&Itemid={item}"


NEWS_CAT = "/index.php?option=com_content&view=category&id=8&Itemid=110"
NEWS_CAT2 = NEWS_CAT + "&limitstart=10"
QA = "/index.php?option=com_kunena&view=category&catid=3&Itemid=120"
APPOINT = "/index.php?option=com_rsform&view=rsform&formId=2&Itemid=131"
COMPLAIN = "/index.php?option=com_rsform&view=rsform&formId=3&Itemid=140"


def phoca(cat: int) -> str:
    return f"/index.php?option=com_phocadownload&view=category&id={cat}&Itemid=130"


ITA69 = art(201, 150)
ITA68 = art(151, 151)


def moit(n: int) -> str:
    return art(201 + n, 150)


def news(i: int) -> str:
    return art(i, 110)


def doc(key: str) -> str:
    return DOCS[key][0]


def href(url: str) -> str:
    return esc(url)  # & -> &amp; in the page source


def link(url: str, text: str) -> str:
    return f'<a href="{href(url)}">{esc(text)}</a>'


MENU = [
    ("หน้าหลัก", "/"),
    ("เกี่ยวกับโรงพยาบาล", art(10, 102)),
    ("โครงสร้างองค์กร", art(11, 103)),
    ("ผู้บริหาร", art(12, 104)),
    ("บริการผู้ป่วย", art(15, 105)),
    ("ข่าวประชาสัมพันธ์", NEWS_CAT),
    ("ดาวน์โหลดเอกสาร", phoca(4)),
    ("ITA/MOIT", ITA69),
    ("ติดต่อเรา", art(13, 106)),
]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li class="item">{link(u, t)}</li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - {ORG}</title>
<link href="/templates/protostar/css/template.css" rel="stylesheet">
</head>
<body class="site com_content view-article">
<div class="header"><a class="brand" href="/"><img src="/images/logo-nks.png" alt="{ORG}">
<span class="site-title">{ORG}</span><span class="site-description">Nakhamsaen Hospital · โรงพยาบาลทั่วไป
สังกัดสำนักงานปลัดกระทรวงสาธารณสุข</span></a></div>
<nav class="navigation"><ul class="nav menu nav-pills mod-list">
{menu}
</ul></nav>
<div class="row-fluid"><div id="aside" class="span3">
<div class="moduletable"><h3>ผู้อำนวยการ</h3>นายแพทย์ธีรวัฒน์ ศรีสุวรรณรักษ์<br>โทร ๐ ๔๓๕๑ ๒๒๘๘ ต่อ ๑๐๐</div>
<div class="moduletable"><h3>บริการออนไลน์</h3>
{link(APPOINT, "นัดหมายออนไลน์")}<br>{link(COMPLAIN, "แจ้งเรื่องร้องเรียนการทุจริต")}<br>
{link(QA, "กระดานถาม-ตอบ")}</div>
<div class="moduletable"><h3>ITA</h3>{link(ITA69, "ITA ปีงบประมาณ ๒๕๖๙ (MOIT)")}<br>
{link(ITA68, "ITA ปีงบประมาณ ๒๕๖๘")}<br>{link("/web2562/", "เว็บไซต์เดิม")}</div>
<div class="moduletable"><h3>ลิงก์หน่วยงาน</h3><a href="https://www.moph.go.th/">กระทรวงสาธารณสุข</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></div>
<div class="moduletable">ผู้เข้าชมวันนี้ ๔๑๒ · ทั้งหมด ๑,๒๐๘,๓๓๗</div>
</div>
<main id="content" class="span9">
<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>
{body}
</main></div>
<footer class="footer">{ORG} ๑๙๙ หมู่ ๕ ถนนแจ้งสนิท ตำบลนาคำแสน อำเภอนาคำแสน จังหวัดร้อยเอ็ด ๔๕๑๙๙<br>
โทรศัพท์ ๐ ๔๓๕๑ ๒๒๘๘ โทรสาร ๐ ๔๓๕๑ ๒๒๙๐ อีเมล saraban@nks-hosp.go.th ·
{link(art(17, 107), "นโยบายคุ้มครองข้อมูลส่วนบุคคล")}<br>&copy; ๒๕๖๙ {ORG} · Powered by Joomla!</footer>
</body></html>
"""


def target(url: str) -> str:
    """The static file a site URL is kept in."""
    if url == "/" or url.endswith("/"):
        return os.path.join(HERE, url.strip("/"), "index.html")
    path, query = url.split("?", 1)
    return os.path.join(HERE, path.strip("/") + ".q", query, "index.html")


def write(url: str, title: str, body: str, page=layout) -> None:
    out = target(url)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(page(title, body))


def table(head: list[str], rows: list[list[str]]) -> str:
    h = "".join(f"<th>{c}</th>" for c in head)
    r = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="table table-bordered"><tr>{h}</tr>\n{r}</table>'


# ---------------------------------------------------------------- news

NEWS = [  # id, (B.E. y, m, d), title, paragraphs, extra html
    (318, (2569, 4, 2), "โรงพยาบาลนาคำแสนรับมอบเครื่องช่วยหายใจ ๒ เครื่อง",
     ["วันที่ 2 เมษายน 2569 ผู้อำนวยการโรงพยาบาลนาคำแสนรับมอบเครื่องช่วยหายใจจากมูลนิธิเพื่อนร้อยเอ็ด "
      "มูลค่า 1,200,000 บาท เพื่อใช้ในหอผู้ป่วยหนักอายุรกรรม"], ""),
    (317, (2569, 3, 20), "รณรงค์ฉีดวัคซีนไข้หวัดใหญ่ตามฤดูกาล กลุ่มเสี่ยง ๖๐๘ กลุ่มโรค",
     ["ระหว่างวันที่ 20 มีนาคม - 30 เมษายน 2569 ณ คลินิกวัคซีน ชั้น 1 อาคารผู้ป่วยนอก ไม่เสียค่าใช้จ่าย"], ""),
    (316, (2569, 2, 25), "สรุปผลเวทีรับฟังความคิดเห็นผู้รับบริการและภาคีเครือข่าย ประจำปีงบประมาณ ๒๕๖๙",
     ["เมื่อวันที่ 18 กุมภาพันธ์ 2569 โรงพยาบาลนาคำแสนจัดเวทีรับฟังความคิดเห็นผู้รับบริการและภาคีเครือข่าย "
      "ณ ห้องประชุมราชพฤกษ์ มีผู้เข้าร่วม 134 คน ได้แก่ ผู้ป่วยและญาติ 52 คน อสม. 41 คน ผู้นำชุมชน 23 คน "
      "และผู้แทนเทศบาลและ อบต. 18 คน",
      "ผลการรับฟัง: ขอให้ขยายเวลาคลินิกนอกเวลาถึง 20.00 น. เพิ่มที่จอดรถผู้พิการ และให้แจ้งคิวผ่าน LINE "
      "โรงพยาบาลรับข้อเสนอไปดำเนินการ โดยเปิดแจ้งคิวผ่าน LINE ตั้งแต่ 1 เมษายน 2569 "
      "และบรรจุการขยายที่จอดรถไว้ในแผนปีงบประมาณ 2570"], ""),
    (315, (2569, 2, 3), "ขอเชิญร่วมเวทีรับฟังความคิดเห็นผู้รับบริการและภาคีเครือข่าย วันที่ ๑๘ ก.พ. ๒๕๖๙",
     ["โรงพยาบาลนาคำแสนขอเชิญผู้รับบริการ อสม. และผู้นำชุมชน ร่วมแสดงความคิดเห็นต่อการให้บริการของโรงพยาบาล "
      "ในวันที่ 18 กุมภาพันธ์ 2569 เวลา 09.00 น. ลงทะเบียนได้ที่ศูนย์รับเรื่องร้องเรียน"],
     "<p>ไฟล์แนบ: " + link(doc("forum_invite"), "หนังสือเชิญ (invite.docx)") + "</p>"),
    (314, (2569, 1, 15), "เผยแพร่รายงานประจำปีของโรงพยาบาลนาคำแสน",
     ["โรงพยาบาลนาคำแสนเผยแพร่รายงานประจำปีฉบับล่าสุดในรูปแบบหนังสืออิเล็กทรอนิกส์ "
      "ผู้สนใจอ่านได้ที่เมนู ITA/MOIT หรือดาวน์โหลดเอกสาร"],
     "<p>" + link(art(222, 150), "อ่านรายงานประจำปี") + "</p>"),
    (313, (2568, 12, 12), "กิจกรรมโรงพยาบาลคุณธรรม ขับเคลื่อนประมวลจริยธรรม ปีงบประมาณ ๒๕๖๙",
     ["วันที่ 12 ธันวาคม 2568 โรงพยาบาลนาคำแสนจัดกิจกรรมขับเคลื่อนประมวลจริยธรรมข้าราชการพลเรือน "
      "ภายใต้โครงการโรงพยาบาลคุณธรรม บรรยายเรื่องมาตรฐานทางจริยธรรม 7 ประการ และการเลือกคนดีศรีนาคำแสน "
      "มีบุคลากรเข้าร่วม 286 คน"], ""),
    (312, (2568, 11, 20), "เปิดให้บริการระบบนัดหมายผู้ป่วยนอกออนไลน์",
     ["ตั้งแต่วันที่ 20 พฤศจิกายน 2568 ผู้ป่วยนัดหมายล่วงหน้าได้ทางเว็บไซต์ ไม่ต้องรอคิวที่ห้องบัตร"],
     "<p>" + link(APPOINT, "นัดหมายออนไลน์") + "</p>"),
    (311, (2568, 11, 6), "คณะกรรมการบริหารโรงพยาบาลอนุมัติแผนปฏิบัติราชการ ประจำปีงบประมาณ ๒๕๖๙",
     ["ที่ประชุมคณะกรรมการบริหารโรงพยาบาล ครั้งที่ 11/2568 อนุมัติแผนปฏิบัติราชการและแผนทางการเงิน ปี 2569"], ""),
    (310, (2568, 10, 22), "ขอเชิญร่วมบริจาคโลหิต ครั้งที่ ๔/๒๕๖๘",
     ["ณ ห้องประชุมราชพฤกษ์ วันที่ 29 ตุลาคม 2568 เวลา 08.30 - 12.00 น."], ""),
    (309, (2568, 10, 8), "ต้อนรับผู้ตรวจราชการกระทรวงสาธารณสุข เขตสุขภาพที่ ๗",
     ["ผู้ตรวจราชการเยี่ยมชมห้องฉุกเฉินและคลินิกผู้สูงอายุ พร้อมให้ข้อเสนอแนะการลดความแออัด"], ""),
    (308, (2568, 9, 10), "ประชุมชี้แจงการประเมิน ITA ประจำปีงบประมาณ ๒๕๖๘",
     ["คณะทำงาน ITA ชี้แจงแนวทางเผยแพร่ข้อมูล MOIT ของปี 2568 แก่หัวหน้ากลุ่มงาน"], ""),
    (307, (2568, 5, 14), "โครงการตรวจสุขภาพผู้สูงอายุเชิงรุก ๒๕๖๘",
     ["ตรวจคัดกรองผู้สูงอายุ 1,140 คน ใน 12 ตำบล"], ""),
    (306, (2568, 2, 19), "เวทีรับฟังความคิดเห็นผู้รับบริการ ประจำปีงบประมาณ ๒๕๖๘",
     ["เมื่อวันที่ 19 กุมภาพันธ์ 2568 มีผู้เข้าร่วม 98 คน ให้ข้อเสนอเรื่องระยะเวลารอคอยห้องยา"], ""),
]


def news_pages() -> None:
    for nid, (y, m, day), title, paras, extra in NEWS:
        body = (f'<p class="date">เผยแพร่เมื่อ {thdate(y, m, day)} · ฮิต {th(str(nid * 3 % 700 + 41))}</p>\n'
                + "\n".join(f"<p>{esc(p)}</p>" for p in paras) + "\n" + extra
                + f'\n<p>{link(NEWS_CAT, "« กลับหน้าข่าว")}</p>')
        write(news(nid), title, body)
    for url, chunk, nav in ((NEWS_CAT, NEWS[:10], link(NEWS_CAT2, "หน้าถัดไป »")),
                            (NEWS_CAT2, NEWS[10:], link(NEWS_CAT, "« หน้าก่อน"))):
        items = "\n".join(f"<li>{link(news(nid), t)} <small>({thdate(*dt)})</small></li>"
                          for nid, dt, t, _p, _e in chunk)
        write(url, "ข่าวประชาสัมพันธ์", f'<ul class="category">\n{items}\n</ul>\n<p class="pagination">{nav}</p>')


# ---------------------------------------------------------------- about, services, forms

def about_pages() -> None:
    write("/", "หน้าหลัก", "<h3>ข่าวล่าสุด</h3><ul>" + "".join(
        f"<li>{link(news(nid), t)} <small>{thdate(*dt)}</small></li>" for nid, dt, t, _p, _e in NEWS[:5])
        + "</ul>\n<p>" + link(NEWS_CAT, "ข่าวทั้งหมด") + "</p>\n<h3>ITA / MOIT</h3><p>"
        + link(ITA69, "การประเมินคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๙") + "</p>"
        + "<p>" + link(art(230, 131), "บริการออนไลน์ (E-Service)") + " · "
        + link(phoca(3), "ประกาศจัดซื้อจัดจ้าง") + "</p>")
    write(art(10, 102), "วิสัยทัศน์ พันธกิจ",
          "<p>วิสัยทัศน์: โรงพยาบาลทั่วไปคุณภาพ ใส่ใจบริการ ประชาชนสุขภาพดี</p>"
          "<p>โรงพยาบาลนาคำแสนเป็นโรงพยาบาลทั่วไป ขนาด ๔๒๐ เตียง สังกัดสำนักงานปลัดกระทรวงสาธารณสุข "
          "เปิดให้บริการเมื่อ พ.ศ. ๒๕๑๘</p>")
    write(art(11, 103), "โครงสร้างและอำนาจหน้าที่",
          '<p><img src="/images/org/chart2568.png" alt="แผนผังโครงสร้างโรงพยาบาลนาคำแสน" width="120"></p>'
          "<h3>แผนผังโครงสร้าง</h3><ul><li>ผู้อำนวยการโรงพยาบาล<ul>"
          "<li>รองผู้อำนวยการฝ่ายการแพทย์: กลุ่มงานอายุรกรรม ศัลยกรรม สูติ-นรีเวชกรรม กุมารเวชกรรม ออร์โธปิดิกส์ "
          "อุบัติเหตุและฉุกเฉิน</li><li>รองผู้อำนวยการฝ่ายบริหาร: กลุ่มงานบริหารทั่วไป การเงินและบัญชี พัสดุ "
          "ทรัพยากรบุคคล แผนงานและสารสนเทศ</li><li>รองผู้อำนวยการฝ่ายการพยาบาล: กลุ่มงานการพยาบาล ๒๒ หอผู้ป่วย</li>"
          "<li>รองผู้อำนวยการด้านปฐมภูมิ: กลุ่มงานบริการด้านปฐมภูมิและองค์รวม</li></ul></li></ul>"
          "<h3>อำนาจหน้าที่</h3><p>ตามกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวงสาธารณสุข และระเบียบกระทรวง "
          "ว่าด้วยการบริหารโรงพยาบาล โรงพยาบาลมีหน้าที่</p><ol><li>ให้บริการตรวจวินิจฉัย รักษา "
          "ฟื้นฟูสภาพ ระดับทุติยภูมิและตติยภูมิบางสาขา</li><li>ส่งเสริมสุขภาพและป้องกันโรคในเขตรับผิดชอบ</li>"
          "<li>เป็นแม่ข่ายรับส่งต่อผู้ป่วยของโรงพยาบาลชุมชนในเครือข่าย</li>"
          "<li>สนับสนุนวิชาการแก่หน่วยบริการปฐมภูมิ</li><li>ปฏิบัติงานอื่นตามที่ได้รับมอบหมาย</li></ol>")
    rows = [["นายแพทย์ธีรวัฒน์ ศรีสุวรรณรักษ์", "ผู้อำนวยการโรงพยาบาลนาคำแสน", "๐ ๔๓๕๑ ๒๒๘๘ ต่อ ๑๐๐"],
            ["แพทย์หญิงกนกพร วงศ์ไชยา", "รองผู้อำนวยการฝ่ายการแพทย์", "๐ ๔๓๕๑ ๒๒๘๘ ต่อ ๑๐๒"],
            ["นางสาวปิยะนุช แก้วมณีวงศ์", "รองผู้อำนวยการฝ่ายบริหาร", "๐ ๔๓๕๑ ๒๒๘๘ ต่อ ๒๐๐"],
            ["นางวิไลวรรณ พรหมสุวรรณ", "รองผู้อำนวยการฝ่ายการพยาบาล", "๐ ๔๓๕๑ ๒๒๘๘ ต่อ ๓๐๐"]]
    write(art(12, 104), "ผู้บริหารโรงพยาบาล", "".join(
        f'<div class="exec"><img src="/images/exec/{i}.jpg" alt="{esc(n)}" width="90"><br><b>{esc(n)}</b><br>'
        f"{esc(p)}<br>โทร {t}</div>" for i, (n, p, t) in enumerate(rows, 1)))
    write(art(13, 106), "ติดต่อเรา",
          "<p>โรงพยาบาลนาคำแสน ๑๙๙ หมู่ ๕ ถนนแจ้งสนิท ตำบลนาคำแสน อำเภอนาคำแสน จังหวัดร้อยเอ็ด ๔๕๑๙๙</p>"
          "<p>โทรศัพท์ ๐ ๔๓๕๑ ๒๒๘๘ (๒๔ ชั่วโมง) โทรสาร ๐ ๔๓๕๑ ๒๒๙๐ อีเมล saraban@nks-hosp.go.th</p>"
          '<p><a href="https://maps.google.com/?q=Nakhamsaen+Hospital">แผนที่ Google Maps</a> · '
          '<a href="https://line.me/R/ti/p/@nkshosp">LINE @nkshosp</a></p>'
          "<p>สอบถามข้อมูลได้ที่ " + link(QA, "กระดานถาม-ตอบ") + "</p>")
    write(QA, "กระดานถาม-ตอบ (Q&A)",
          table(["หัวข้อ", "ผู้ถาม", "คำตอบ"], [
              ["คลินิกนอกเวลาเปิดถึงกี่โมงครับ (๑๔ มี.ค. ๒๕๖๙)", "สมชาย", "เปิดถึง ๒๐.๐๐ น. วันจันทร์-ศุกร์ (ตอบโดย admin ๑๕ มี.ค. ๒๕๖๙)"],
              ["ขอสำเนาเวชระเบียนต้องใช้เอกสารอะไรคะ (๒ ก.พ. ๒๕๖๙)", "นิด", "บัตรประชาชนและคำร้องที่ห้องบัตร ใช้เวลา ๓ วันทำการ (ตอบ ๓ ก.พ. ๒๕๖๙)"]])
          + '<form action="/index.php?option=com_kunena&amp;view=topic&amp;layout=create" method="post">'
          '<p>ตั้งคำถาม: <input name="subject"> <textarea name="message"></textarea> '
          '<button type="submit">ส่งคำถาม</button></p></form>')
    write(art(15, 105), "บริการผู้ป่วย",
          "<p>ผู้ป่วยนอก ๐๘.๐๐-๑๖.๓๐ น. คลินิกนอกเวลา ๑๖.๓๐-๒๐.๐๐ น. ห้องฉุกเฉิน ๒๔ ชั่วโมง</p>"
          "<p>" + link(doc("opd_guide"), "คู่มือการขอรับบริการงานผู้ป่วยนอก") + "</p>")
    write(art(17, 107), "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
          "<p>โรงพยาบาลเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒</p>")
    write(art(230, 131), "บริการออนไลน์ (E-Service)",
          "<ul><li>" + link(APPOINT, "นัดหมายผู้ป่วยนอกออนไลน์") + " (ยื่นคำขอผ่านเว็บไซต์)</li>"
          '<li><a href="https://mohpromt.moph.go.th/">หมอพร้อม</a></li>'
          "<li>" + link(doc("stat69"), "สถิติการให้บริการ ปีงบประมาณ ๒๕๖๙ (ต.ค. ๖๘ - มี.ค. ๖๙)") + "</li></ul>")
    write(APPOINT, "นัดหมายผู้ป่วยนอกออนไลน์",
          '<form action="/index.php?option=com_rsform&amp;formId=2" method="post">'
          '<p>ชื่อ-สกุล <input name="form[name]"> เลขบัตรประชาชน <input name="form[cid]"></p>'
          '<p>คลินิก <select name="form[clinic]"><option>อายุรกรรม</option><option>ศัลยกรรม</option>'
          '<option>ตา</option></select> วันที่ต้องการ <input type="date" name="form[date]"></p>'
          '<p>โทรศัพท์ <input name="form[tel]"> <button type="submit">ส่งคำขอนัดหมาย</button></p></form>')
    write(COMPLAIN, "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>เรื่องร้องเรียนส่งถึงผู้อำนวยการโดยตรง ข้อมูลผู้ร้องเรียนเป็นความลับ</p>"
          '<form action="/index.php?option=com_rsform&amp;formId=3" method="post">'
          '<p>ชื่อผู้ร้องเรียน (ไม่ระบุได้) <input name="form[name]"></p>'
          '<p>เรื่องที่ร้องเรียน <textarea name="form[detail]"></textarea></p>'
          '<p>ไฟล์หลักฐาน <input type="file" name="form[file]"> <button type="submit">ส่งเรื่อง</button></p></form>'
          "<p>หรือโทร ๐ ๔๓๕๑ ๒๒๘๘ ต่อ ๑๑๑ ศูนย์รับเรื่องร้องเรียน</p>")


# ---------------------------------------------------------------- downloads

CATS = {
    3: ("ประกาศจัดซื้อจัดจ้าง / สขร.๑", [
        ("skr2569_03", "สขร.๑ ประจำเดือนมีนาคม ๒๕๖๙"),
        ("skr2569_01", "สขร.๑ ประจำเดือนมกราคม ๒๕๖๙"),
        ("skr2568_12", "สขร.๑ ประจำเดือนธันวาคม ๒๕๖๘"),
        ("skr2568_11", "สขร.๑ ประจำเดือนพฤศจิกายน ๒๕๖๘"),
        ("skr2568_10", "สขร.๑ ประจำเดือนตุลาคม ๒๕๖๘"),
        ("skr2568_09", "สขร.๑ ประจำเดือนกันยายน ๒๕๖๘"),
        ("proc_plan69", "แผนการจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๙")]),
    4: ("แผนงานและรายงาน", [
        ("ap2569", "แผนปฏิบัติราชการ ปี ๒๕๖๙"),
        ("annual2567", "รายงานประจำปี"),
        ("ssj_strat", "แผนยุทธศาสตร์ สสจ.ร้อยเอ็ด"),
        ("ap2568", "แผนปฏิบัติราชการ ปี ๒๕๖๘")]),
    5: ("งานทรัพยากรบุคคล", [
        ("hr_rules", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล"),
        ("hr_plan68", "แผนพัฒนาทรัพยากรบุคคล"),
        ("hr_report68", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี ๒๕๖๘")]),
}


def download_pages() -> None:
    tabs = " | ".join(link(phoca(c), t) for c, (t, _r) in CATS.items())
    for cat, (title, rows) in CATS.items():
        body = f"<p>หมวดหมู่: {tabs}</p>" + table(["ชื่อไฟล์", "วันที่", "ดาวน์โหลด"], [
            [esc(t), thdate(DOCS[k][1].year + 543, DOCS[k][1].month, DOCS[k][1].day),
             link(doc(k), "ดาวน์โหลด")] for k, t in rows])
        write(phoca(cat), title, body)
    write(art(221, 150), "แผนปฏิบัติราชการ ประจำปีงบประมาณ ๒๕๖๙",
          '<iframe src="https://drive.google.com/file/d/1nKs69ApPlaNxQ7rT0ffc2b/preview" width="100%" height="640">'
          "</iframe>\n<p>ไม่แสดงผล? " + link(doc("ap2569"), "ดาวน์โหลดไฟล์ PDF") + "</p>")
    write(art(222, 150), "รายงานประจำปี",
          '<iframe src="https://online.fliphtml5.com/nkshosp/annual/" width="100%" height="560"></iframe>\n'
          "<p>" + link(doc("annual2567"), "ดาวน์โหลดฉบับเต็ม (PDF)") + "</p>")


# ---------------------------------------------------------------- ITA / MOIT

DEAD_O22 = "/download.php?id=8"
DEAD_68 = "/images/ita2568/moit11/risk68.pdf"

MOIT = {  # n: (title, rows of (oit, wording, [(text, url)]))
    1: ("ข้อมูลพื้นฐาน", [
        ("o1", "โครงสร้าง หน้าที่และอำนาจ", [("โครงสร้างและอำนาจหน้าที่", art(11, 103))]),
        ("o2", "ข้อมูลผู้บริหาร", [("ผู้บริหารโรงพยาบาล", art(12, 104))]),
        ("o3", "ข้อมูลการติดต่อ/ถาม-ตอบ", [("ติดต่อเรา", art(13, 106)), ("กระดานถาม-ตอบ", QA)]),
        ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", NEWS_CAT)])]),
    2: ("แผนยุทธศาสตร์และแผนปฏิบัติราชการ", [
        ("o5", "แผนยุทธศาสตร์", [("แผนยุทธศาสตร์โรงพยาบาล", doc("strat6568")),
                                 ("แผนยุทธศาสตร์ สสจ.ร้อยเอ็ด", doc("ssj_strat"))]),
        ("o6", "แผนปฏิบัติราชการและแผนการใช้งบประมาณ", [("แผนปฏิบัติราชการ/แผนทางการเงิน ๒๕๖๙", art(221, 150)),
                                                        ("แผนปฏิบัติราชการ ๒๕๖๘", doc("ap2568"))])]),
    3: ("รายงานผลการดำเนินงาน", [
        ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานประจำปี (E-book)", art(222, 150)),
                                               ("ผลการดำเนินงานตามแผนปฏิบัติราชการ รอบ ๖ เดือน", doc("ap_6m"))])]),
    4: ("คู่มือการปฏิบัติงานและการให้บริการ", [
        ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน งานพัสดุ", doc("sop_supply"))]),
        ("o9", "คู่มือการให้บริการ", [("คู่มือการขอรับบริการงานผู้ป่วยนอก", doc("opd_guide"))])]),
    5: ("E-Service", [
        ("o10", "E-Service", [("บริการออนไลน์", art(230, 131)), ("นัดหมายออนไลน์", APPOINT),
                              ("สถิติการให้บริการ", doc("stat69"))])]),
    6: ("การจัดซื้อจัดจ้าง", [
        ("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.๑ รายเดือน", phoca(3))]),
        ("o12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานสรุปผลการจัดซื้อจัดจ้าง ปี ๒๕๖๘", doc("proc_year68")),
                                                    ("แผนการจัดซื้อจัดจ้าง ปี ๒๕๖๙", doc("proc_plan69"))])]),
    7: ("การบริหารทรัพยากรบุคคลและจริยธรรม", [
        ("o13", "หลักเกณฑ์และแผน HR", [("เอกสารงานทรัพยากรบุคคล", phoca(5))]),
        ("o14", "รายงานผล HR ประจำปี", [("รายงานผล HR ปี ๒๕๖๘", doc("hr_report68"))]),
        ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", doc("ethics_code")), ("กิจกรรมขับเคลื่อนจริยธรรม", news(313))])]),
    8: ("การจัดการเรื่องร้องเรียนการทุจริต", [
        ("o16", "แนวปฏิบัติจัดการเรื่องร้องเรียน", [("แนวทางการจัดการเรื่องร้องเรียน", doc("complaint_guide"))]),
        ("o17", "ช่องทางแจ้งเรื่องร้องเรียน", [("แจ้งเรื่องร้องเรียนออนไลน์", COMPLAIN)]),
        ("o18", "สถิติเรื่องร้องเรียน", [("สถิติเรื่องร้องเรียนการทุจริต", doc("complaint_6m68"))])]),
    9: ("การมีส่วนร่วม", [
        ("o19", "การเปิดโอกาสให้มีส่วนร่วม", [("เวทีรับฟังความคิดเห็น ๒๕๖๙", news(316)),
                                             ("หนังสือเชิญ", doc("forum_invite"))])]),
    10: ("No Gift Policy", [
        ("o20", "No Gift Policy", [("ประกาศนโยบาย No Gift Policy", doc("nogift67")),
                                   ("รายงานผลการรับของขวัญ ปี ๒๕๖๘", doc("gift_report68"))])]),
    11: ("การบริหารความเสี่ยงการทุจริต", [
        ("o21", "การประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยงการทุจริต ๒๕๖๙", doc("risk69"))]),
        ("o22", "รายงานผลตามแผนบริหารความเสี่ยง", [("รายงานผลการดำเนินการตามแผนบริหารความเสี่ยงฯ ปี ๒๕๖๘",
                                                    DEAD_O22)])]),
    12: ("การป้องกันการทุจริต", [
        ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต ๒๕๖๙", doc("ptc_plan69")),
                                        ("บันทึกเชิญประชุมจัดทำแผน", doc("ptc_invite"))]),
        ("o24", "รายงานผลการป้องกันการทุจริต", [("รายงานผลการดำเนินงานตามแผนป้องกันการทุจริต", doc("ptc_report66"))])]),
    13: ("ITA และมาตรการส่งเสริมคุณธรรม", [
        ("o25", "การนำผล ITA ไปพัฒนา", [("การวิเคราะห์ผล ITA และมาตรการส่งเสริมคุณธรรมฯ ปี ๒๕๖๙", doc("ita_analysis"))]),
        ("o26", "รายงานผลตามมาตรการส่งเสริมคุณธรรม", [("รายงานผลตามมาตรการฯ ปี ๒๕๖๘", doc("integrity_report68"))])]),
}

YEARS = ("<p class=\"years\">เลือกปี: <b>๒๕๖๙</b> | " + link(ITA68, "๒๕๖๘") + " | "
         + link("/web2562/ita/", "๒๕๖๗ (เว็บไซต์เดิม)") + "</p>")


def ita_pages() -> None:
    rows = []
    for n, (_title, items) in MOIT.items():
        for oit, wording, _links in items:
            rows.append([th(f"MOIT {n}"), oit, esc(wording), link(moit(n), "คลิก")])
    write(ITA69, "ITA ปีงบประมาณ ๒๕๖๙ การเปิดเผยข้อมูลสาธารณะ (MOIT)",
          YEARS + "<p>หลักฐานเผยแพร่ตามแบบวัด OIT จัดเก็บตามหัวข้อ MOIT ของกระทรวงสาธารณสุข</p>"
          + table(["MOIT", "ข้อ OIT", "รายการ", "หลักฐาน"], rows))
    for n, (title, items) in MOIT.items():
        body = [YEARS, f"<p>{link(ITA69, '« กลับหน้า ITA ๒๕๖๙')}</p>"]
        for oit, wording, links in items:
            body.append(f"<h3>{oit} {esc(wording)}</h3><ul>"
                        + "".join(f"<li>{link(u, t)}</li>" for t, u in links) + "</ul>")
        body.append("<p class=\"small\">แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงานในสังกัดสำนักงานปลัดกระทรวง"
                    "สาธารณสุข: ผู้รับผิดชอบการให้ข้อมูล กลุ่มงานบริหารทั่วไป · ผู้อนุมัติรับรอง ผู้อำนวยการ · "
                    "ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่ กลุ่มงานสารสนเทศทางการแพทย์</p>")
        write(moit(n), th(f"MOIT {n} {title}"), "\n".join(body))
    old = [
        ["o5", "แผนยุทธศาสตร์", link(doc("strat6568"), "แผนยุทธศาสตร์ ๒๕๖๕-๒๕๖๘")],
        ["o6", "แผนปฏิบัติราชการ", link(doc("ap2568"), "แผนปฏิบัติราชการ ๒๕๖๘")],
        ["o11", "สขร.๑", link(doc("skr2568_09"), "สขร.๑ ก.ย. ๒๕๖๘")],
        ["o20", "No Gift Policy", link(doc("nogift67"), "ประกาศ No Gift Policy")],
        ["o21", "ประเมินความเสี่ยงการทุจริต", link(DEAD_68, "ประเมินความเสี่ยง ๒๕๖๘")],
        ["o25", "มาตรการส่งเสริมคุณธรรม", link(doc("ita_analysis"), "การวิเคราะห์ผล ITA ๒๕๖๗ และมาตรการ ๒๕๖๘")],
    ]
    write(ITA68, "ITA ปีงบประมาณ ๒๕๖๘",
          "<p class=\"years\">เลือกปี: " + link(ITA69, "๒๕๖๙") + " | <b>๒๕๖๘</b></p>"
          + table(["ข้อ", "รายการ", "ไฟล์"], old))


# ---------------------------------------------------------------- the old website

def old_layout(title: str, body: str) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} :: โรงพยาบาลนาคำแสน</title></head>
<body bgcolor="#e8f4ea"><table width="900" align="center" bgcolor="#ffffff"><tr><td colspan="2">
<img src="/web2562/images/banner.jpg" alt="โรงพยาบาลนาคำแสน"><br>
<a href="/web2562/">หน้าแรก</a> | <a href="/web2562/ita/">ITA</a> | <a href="/">เว็บไซต์ใหม่</a></td></tr>
<tr><td width="200" valign="top">เมนูหลัก<br><a href="/web2562/ita/">ITA ๒๕๖๗</a><br>
<a href="https://www.moph.go.th/">กระทรวงสาธารณสุข</a></td>
<td valign="top"><h2>{esc(title)}</h2>
{body}</td></tr>
<tr><td colspan="2"><small>โรงพยาบาลนาคำแสน ๑๙๙ หมู่ ๕ ต.นาคำแสน อ.นาคำแสน จ.ร้อยเอ็ด · ปรับปรุงล่าสุด ๑๕ ธ.ค. ๒๕๖๖</small></td></tr>
</table></body></html>
"""


def old_pages() -> None:
    write("/web2562/", "เว็บไซต์เดิม",
          "<p><b>ประกาศ</b> โรงพยาบาลย้ายไปใช้เว็บไซต์ใหม่แล้ว " + link("/", "คลิกที่นี่") + "</p>"
          "<p>" + link("/web2562/ita/", "ITA ปีงบประมาณ ๒๕๖๗") + "</p>", page=old_layout)
    write("/web2562/ita/", "ITA ปีงบประมาณ ๒๕๖๗",
          table(["ข้อ", "เอกสาร"], [
              ["o20", link(doc("nogift67"), "ประกาศ No Gift Policy ๒๕๖๗")],
              ["o36", link(doc("ptc_report66"), "รายงานผลการดำเนินงานตามแผนป้องกันการทุจริต")]]),
          page=old_layout)


def assets() -> None:
    """The template's stylesheet and the few images the pages show (tiny placeholders)."""
    from PIL import Image

    css = os.path.join(HERE, "templates/protostar/css/template.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif}.header{background:#0a7a4a;color:#fff}"
                 "table.table td,table.table th{border:1px solid #ccc;padding:4px}\n")
    for name, size, colour in (("images/logo-nks.png", (64, 64), (10, 122, 74)),
                               ("images/org/chart2568.png", (120, 80), (230, 230, 230)),
                               ("web2562/images/banner.jpg", (300, 40), (80, 160, 90)),
                               *((f"images/exec/{i}.jpg", (45, 60), (200, 190, 180)) for i in range(1, 5))):
        out = os.path.join(HERE, name)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        Image.new("RGB", size, colour).save(out)


def main() -> None:
    assets()
    news_pages()
    about_pages()
    download_pages()
    ita_pages()
    old_pages()


if __name__ == "__main__":
    main()
