"""Generate the HTML pages of the "nakhonmoit" test site (เทศบาลเมืองท่าโมฬี, invented).

Run:  python tests/sites/nakhonmoit/_make_pages.py   (after _make_docs.py)

A เทศบาลเมือง on a Joomla-like CMS: every page but the home page is a query-string URL
(``/index.php?option=com_content&view=article&id=12``, categories ``view=category&id=9``), stored as
static copies under ``index.php.q/<query>/index.html`` (see crawler/serve.py).  A header, a menu, a
side column (the mayor, quick links, the ITA year links, a visitor counter) and a footer on every
page.  Documents go out through ``/download.php?id=<n>``; the budget and the local plan are shown
in viewer pages (an embedded Google Drive / flipbook with a download link beside it); the monthly
procurement summaries are attachments under posts.  The ITA page follows the DLA's MOIT-style
layout: one main page with a year selector and the sub-indicator groups, then one page per group
(ตัวชี้วัดย่อย) whose rows o๑ … o๒๖ have numbered sub-items (๖.๑, ๖.๒ ...), all in Thai digits.
The old website (a previous CMS) is still online under ``/oldweb/`` with last year's ITA page.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(HERE))))  # the repo root

from _make_docs import DOCS, ORG, path_of, url  # noqa: E402

from crawler.serve import _query_name  # noqa: E402

MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def th(s: object) -> str:
    return str(s).translate(THAI)


def be(dt) -> str:
    return th(f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}")


def art(n: int) -> str:
    return f"/index.php?option=com_content&view=article&id={n}"


def cat(n: int, start: int = 0) -> str:
    return f"/index.php?option=com_content&view=category&id={n}" + (f"&start={start}" if start else "")


def href(u: str) -> str:
    return esc(u)  # "&" written "&amp;" in the page source


def a(u: str, text: str) -> str:
    return f'<a href="{href(u)}">{esc(text)}</a>'


MENU = [("หน้าหลัก", "/"), ("ประวัติความเป็นมา", art(2)), ("โครงสร้างส่วนราชการ", art(3)), ("อำนาจหน้าที่", art(4)),
        ("คณะผู้บริหาร", art(5)), ("ข่าวประชาสัมพันธ์", cat(9)), ("จัดซื้อจัดจ้าง", cat(15)),
        ("เอกสารดาวน์โหลด", cat(20)), ("E-Service", art(7)), ("ร้องเรียน/ร้องทุกข์", art(8)),
        ("ITA / MOIT", art(200)), ("ติดต่อเรา", art(6))]


def layout(title: str, body: str) -> str:
    menu = "\n".join(f'<li><a href="{href(u)}">{esc(t)}</a></li>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr"><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - {ORG}</title>
<link rel="stylesheet" href="/templates/thamoli/css/template.css?v=3.9" type="text/css">
</head>
<body class="site">
<div class="topbar">{ORG} อำเภอท่าโมฬี จังหวัดบุรีรัมย์ | โทร. ๐ ๔๔๖๑ ๗๒๘๐ | สายด่วนนายกฯ ๐๘ ๑๗๔๒ ๕๕๑๓</div>
<header><a href="/"><img src="/images/logo.png" alt="ตราเทศบาลเมืองท่าโมฬี" width="72" height="72"></a>
<span class="sitename">{ORG}</span><span class="slogan">Tha Moli Town Municipality</span></header>
<nav><ul class="nav menu">
{menu}
</ul></nav>
<div class="container"><aside class="left">
<div class="moduletable"><h3>นายกเทศมนตรี</h3><img src="/images/people/mayor.png" alt="นายกเทศมนตรี" width="90" height="110">
<p>นายประเสริฐ วงศ์ชัยกิจ<br>นายกเทศมนตรีเมืองท่าโมฬี</p></div>
<div class="moduletable"><h3>เมนูหลัก</h3><ul>
<li>{a(cat(21), "เทศบัญญัติงบประมาณ")}</li><li>{a(cat(20), "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน")}</li>
<li>{a(cat(22), "รายงานผลการดำเนินงาน")}</li><li>{a(cat(23), "คู่มือสำหรับประชาชน")}</li>
<li>{a(cat(24), "งานบริหารงานบุคคล")}</li><li>{a(cat(25), "คุณธรรมและความโปร่งใส")}</li>
<li>{a(cat(26), "ข้อมูลสถิติ")}</li><li>{a(art(9), "แจ้งเบาะแสการทุจริต")}</li></ul></div>
<div class="moduletable"><h3>ITA</h3><ul><li>{a(art(200), "ITA ปี ๒๕๖๘")}</li>
<li>{a("/oldweb/ita2567/", "ITA ปี ๒๕๖๗")}</li></ul></div>
<div class="moduletable"><h3>ลิงก์หน่วยงาน</h3><ul>
<li><a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a></li>
<li><a href="https://www.gprocurement.go.th/">ระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)</a></li>
<li><a href="https://itas.nacc.go.th/">ระบบ ITAS</a></li></ul></div>
<div class="moduletable">สถิติผู้เข้าชม ๑๘๔,๓๑๗ ครั้ง</div>
</aside>
<main><div class="item-page"><h2 itemprop="headline">{esc(title)}</h2>
{body}
</div></main></div>
<footer>สำนักงาน{ORG} เลขที่ ๙๙ ถนนโมฬีสามัคคี ตำบลท่าโมฬี อำเภอท่าโมฬี จังหวัดบุรีรัมย์ ๓๑๑๙๐<br>
โทรศัพท์ ๐ ๔๔๖๑ ๗๒๘๐ โทรสาร ๐ ๔๔๖๑ ๗๒๘๑ อีเมล saraban@thamoli.go.th ·
{a("/oldweb/", "เว็บไซต์เดิม")} · {a(art(10), "นโยบายเว็บไซต์")}<br>
Copyright © ๒๕๖๕ {ORG} สงวนลิขสิทธิ์</footer>
</body></html>
"""


def old_layout(title: str, body: str) -> str:
    """The previous website (another CMS, left online under /oldweb/)."""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} :: เทศบาลเมืองท่าโมฬี</title></head>
<body bgcolor="#f4f1e8"><table width="980" align="center" bgcolor="#ffffff"><tr><td colspan="2">
<img src="/oldweb/images/head.png" alt="เทศบาลเมืองท่าโมฬี" width="980" height="60"></td></tr>
<tr><td width="200" valign="top"><a href="/oldweb/">หน้าแรก</a><br><a href="/oldweb/ita2567/">ITA 2567</a><br>
<a href="/oldweb/ita2566/">ITA 2566</a><br><a href="/">&raquo; เว็บไซต์ใหม่</a></td>
<td valign="top"><h3>{esc(title)}</h3>
{body}
</td></tr><tr><td colspan="2" align="center"><small>เทศบาลเมืองท่าโมฬี โทร. 0-4461-7280 ปรับปรุงล่าสุด 30 กันยายน 2567</small></td></tr>
</table></body></html>
"""


def target(u: str) -> str:
    if u.startswith("/index.php?"):
        return os.path.join(HERE, "index.php.q", _query_name(u.split("?", 1)[1]), "index.html")
    return os.path.join(HERE, u.strip("/"), "index.html")


PAGES: list[str] = []


def write(u: str, title: str, body: str, old: bool = False) -> None:
    path = target(u)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write((old_layout if old else layout)(title, body))
    PAGES.append(u)


def size_of(key: str) -> str:
    if DOCS[key][4] == "missing":
        return "๒๑๒.๔๐ KB"
    return th(f"{os.path.getsize(path_of(key)) / 1024:.2f} KB")


def ext_of(key: str) -> str:
    where = DOCS[key][0]
    return (where[2] if where[0] == "dl" else where[1]).rsplit(".", 1)[1]


def doc_table(keys: list[str]) -> str:
    rows = []
    for i, k in enumerate(sorted(keys, key=lambda k: DOCS[k][3], reverse=True), 1):
        _w, title, _c, up, _m = DOCS[k]
        rows.append(f"<tr><td>{th(i)}</td><td>{a(url(k), title)}</td><td>{be(up)}</td>"
                    f"<td>{ext_of(k).upper()} {size_of(k)}</td><td>{th(37 + (i * 53) % 211)}</td></tr>")
    return ('<table class="table table-striped"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th>'
            '<th>ขนาด</th><th>ดาวน์โหลด</th></tr>\n' + "\n".join(rows) + "</table>")


# ---------------------------------------------------------------- static articles

def about_pages() -> None:
    write(art(2), "ประวัติความเป็นมา",
          "<p>เทศบาลเมืองท่าโมฬีเดิมเป็นสุขาภิบาลท่าโมฬี จัดตั้งเมื่อ พ.ศ. ๒๕๐๙ ยกฐานะเป็นเทศบาลตำบลตามพระราชบัญญัติ"
          "เปลี่ยนแปลงฐานะของสุขาภิบาลเป็นเทศบาล พ.ศ. ๒๕๔๒ และยกฐานะเป็นเทศบาลเมืองท่าโมฬีเมื่อวันที่ ๒๔ สิงหาคม ๒๕๕๑</p>"
          "<p>พื้นที่ ๑๒.๖ ตารางกิโลเมตร ๑๔ ชุมชน ประชากร ๒๓,๘๔๑ คน ๙,๑๐๒ ครัวเรือน</p>")
    write(art(3), "โครงสร้างส่วนราชการ",
          '<p><img src="/images/structure2567.png" alt="แผนภูมิโครงสร้างส่วนราชการเทศบาลเมืองท่าโมฬี" width="160" height="100"></p>'
          "<h3>ฝ่ายการเมือง</h3><ul><li>นายกเทศมนตรี<ul><li>รองนายกเทศมนตรี (๒ คน)</li><li>เลขานุการนายกเทศมนตรี</li>"
          "<li>ที่ปรึกษานายกเทศมนตรี</li></ul></li><li>สภาเทศบาลเมืองท่าโมฬี<ul><li>ประธานสภาเทศบาล</li><li>รองประธานสภาเทศบาล</li>"
          "<li>สมาชิกสภาเทศบาล ๑๘ คน</li></ul></li></ul>"
          "<h3>ฝ่ายประจำ</h3><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล (๒ คน)</li><li>สำนักปลัดเทศบาล</li><li>กองคลัง</li>"
          "<li>กองช่าง</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>กองการศึกษา</li><li>กองยุทธศาสตร์และงบประมาณ</li>"
          "<li>กองสวัสดิการสังคม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>")
    write(art(4), "อำนาจหน้าที่",
          "<p>เทศบาลเมืองท่าโมฬีมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖ มาตรา ๕๐ มาตรา ๕๓ และมาตรา ๕๔ "
          "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. ๒๕๔๒ มาตรา ๑๖ สรุปได้ดังนี้</p><ol>"
          "<li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li>"
          "<li>รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ รวมทั้งการกำจัดขยะมูลฝอยและสิ่งปฏิกูล</li>"
          "<li>ป้องกันและระงับโรคติดต่อ</li><li>ให้มีน้ำสะอาดหรือการประปา</li>"
          "<li>บำรุงการศึกษาและส่งเสริมศาสนา ศิลปะ จารีตประเพณี</li>"
          "<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>จัดให้มีโรงฆ่าสัตว์ ตลาด และสถานที่จอดรถ</li></ol>")
    people = [("นายประเสริฐ วงศ์ชัยกิจ", "นายกเทศมนตรีเมืองท่าโมฬี", "๐๘ ๑๗๔๒ ๕๕๑๓", "mayor"),
              ("นางสาวจันทร์เพ็ญ ศรีบุญเรือง", "รองนายกเทศมนตรี", "๐๘ ๙๒๑๐ ๔๔๗๖", "deputy1"),
              ("นายวีระพงษ์ ทองประเสริฐ", "รองนายกเทศมนตรี", "๐๘ ๖๖๓๘ ๐๑๒๙", "deputy2"),
              ("นายบุญมี แก้วกาญจนา", "ประธานสภาเทศบาล", "๐๘ ๗๔๕๕ ๓๒๘๐", "council"),
              ("นางวิไลวรรณ สุขประเสริฐ", "ปลัดเทศบาล", "๐ ๔๔๖๑ ๗๒๘๐ ต่อ ๑๐๒", "clerk")]
    cards = "".join(f'<div class="person"><img src="/images/people/{p}.png" alt="{esc(n)}" width="90" height="110">'
                    f"<p><b>{esc(n)}</b><br>{esc(t)}<br>โทร. {tel}</p></div>" for n, t, tel, p in people)
    write(art(5), "คณะผู้บริหาร", cards)
    write(art(6), "ติดต่อเรา",
          f"<p><b>{ORG}</b><br>เลขที่ ๙๙ ถนนโมฬีสามัคคี ตำบลท่าโมฬี อำเภอท่าโมฬี จังหวัดบุรีรัมย์ ๓๑๑๙๐</p>"
          "<p>โทรศัพท์ ๐ ๔๔๖๑ ๗๒๘๐ โทรสาร ๐ ๔๔๖๑ ๗๒๘๑<br>อีเมล saraban@thamoli.go.th<br>"
          '<a href="https://www.facebook.com/thamolicity">Facebook เทศบาลเมืองท่าโมฬี</a> · Line OA @thamolicity</p>'
          "<p>เวลาทำการ วันจันทร์ - วันศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น.</p>"
          '<p><a href="https://maps.google.com/?q=14.9261,103.1837">แผนที่ตั้งสำนักงาน (Google Maps)</a></p>')
    write(art(7), "E-Service บริการออนไลน์",
          "<p>ประชาชนสามารถยื่นคำร้องผ่านระบบออนไลน์ได้ตลอด ๒๔ ชั่วโมง โดยไม่ต้องเดินทางมาที่สำนักงาน "
          "เจ้าหน้าที่จะติดต่อกลับภายใน ๓ วันทำการ</p><ul>"
          '<li><a href="https://forms.gle/tmMoliReq01">คำร้องทั่วไป</a></li>'
          '<li><a href="https://forms.gle/tmMoliWater02">ขอรับบริการน้ำอุปโภคบริโภค</a></li>'
          '<li><a href="https://forms.gle/tmMoliTrash03">ขอรับบริการจัดเก็บขยะ / ถังขยะ</a></li>'
          '<li><a href="https://forms.gle/tmMoliLight04">แจ้งซ่อมไฟฟ้าสาธารณะ</a></li></ul>'
          '<form action="https://forms.gle/tmMoliReq01" method="get"><p>ชื่อ-สกุล <input name="n"> '
          'เบอร์โทร <input name="t"></p><p>เรื่องที่ขอรับบริการ <textarea name="d"></textarea></p>'
          '<p><button type="submit">ส่งคำร้อง</button></p></form>')
    write(art(8), "ร้องเรียน/ร้องทุกข์",
          "<p>ศูนย์รับเรื่องราวร้องทุกข์เทศบาลเมืองท่าโมฬี รับเรื่องทั่วไป เช่น ไฟฟ้าสาธารณะ ถนนชำรุด ขยะ น้ำท่วมขัง</p>"
          f"<p>โทร. ๐ ๔๔๖๑ ๗๒๘๐ ต่อ ๑๐๔ หรือ {a(art(9), 'แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ')}</p>")
    write(art(9), "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ผู้ร้องเรียนไม่ต้องเปิดเผยชื่อ ข้อมูลของท่านจะถูกเก็บเป็นความลับ ตามคู่มือการจัดการเรื่องร้องเรียนการทุจริต</p>"
          '<form action="/index.php" method="post"><input type="hidden" name="option" value="com_complaint">'
          '<p>ชื่อ-สกุล (ไม่บังคับ) <input name="name"></p><p>เรื่องที่ร้องเรียน <input name="subject"></p>'
          '<p>รายละเอียด / ผู้ถูกร้อง <textarea name="detail"></textarea></p><p>แนบหลักฐาน <input type="file" name="file"></p>'
          '<p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form>'
          "<p>หรือโทร. ๐ ๔๔๖๑ ๗๒๘๐ ต่อ ๑๐๔ · ตู้รับเรื่องร้องเรียนหน้าสำนักงาน · Line OA @thamolicity</p>")
    write(art(10), "นโยบายเว็บไซต์", "<p>เว็บไซต์นี้เก็บคุกกี้เพื่อสถิติการเข้าชมเท่านั้น ตามนโยบายคุ้มครองข้อมูลส่วนบุคคลของเทศบาล</p>")
    # viewers: an embedded Google Drive / flipbook with the download beside it
    write(art(61), "เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
          '<iframe src="https://drive.google.com/file/d/1tMoLi2568BudgetXq7/preview" width="640" height="820"></iframe>'
          f"<p>{a(url('budget-68'), 'ดาวน์โหลดเทศบัญญัติ (PDF)')} · เปิดดู {th(214)} ครั้ง</p>")
    write(art(62), "แผนพัฒนาท้องถิ่น",
          '<iframe src="https://online.fliphtml5.com/tmoli/plan/" width="700" height="480" allowfullscreen></iframe>'
          f"<p>หนังสืออิเล็กทรอนิกส์ (E-book) · {a(url('plan-61-65'), 'ดาวน์โหลดไฟล์ PDF')}</p>")


# ---------------------------------------------------------------- news

NEWS = [  # id, date, title, paragraphs (may hold {doc:key} links)
    (471, date(2025, 4, 8), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๘",
     ["ขอเชิญชวนผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ ๓๐ เมษายน ๒๕๖๘ ณ กองคลัง หรือชำระผ่าน QR code"]),
    (466, date(2025, 3, 21), "กิจกรรมวันท้องถิ่นไทย ๑๘ มีนาคม ๒๕๖๘",
     ["คณะผู้บริหาร สมาชิกสภา และพนักงานเทศบาล ร่วมรำลึกถึงพระมหากรุณาธิคุณของพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว"]),
    (458, date(2025, 2, 20), "สรุปผลการประชุมประชาคมเมือง ประจำปี ๒๕๖๘",
     ["เมื่อวันที่ ๑๒ กุมภาพันธ์ ๒๕๖๘ เทศบาลเมืองท่าโมฬี จัดประชุมประชาคมเมือง ณ หอประชุมเทศบาล เพื่อเปิดโอกาสให้ประชาชน"
      "มีส่วนร่วมในการเสนอปัญหาและความต้องการ สำหรับจัดทำแผนพัฒนาท้องถิ่น (เพิ่มเติม) และงบประมาณปี ๒๕๖๙",
      "ผู้เข้าร่วม ได้แก่ ประธานและคณะกรรมการชุมชนครบ ๑๔ ชุมชน ผู้แทนส่วนราชการ ภาคเอกชน และประชาชน รวม ๒๓๖ คน",
      "ที่ประชุมเสนอโครงการ ๔๑ โครงการ เช่น วางท่อระบายน้ำชุมชนโนนแดง ขยายไหล่ทางถนนโมฬีสามัคคี ติดตั้งกล้องวงจรปิด "
      "เทศบาลจะนำเข้าคณะกรรมการพัฒนาท้องถิ่นพิจารณาและแจ้งผลให้ประชาชนทราบทางเว็บไซต์"]),
    (449, date(2025, 1, 31), "ขอเชิญประชุมประชาคมเมือง ประจำปี ๒๕๖๘",
     ["เทศบาลเมืองท่าโมฬีขอเชิญประธานชุมชนและประชาชนร่วมประชุมประชาคมเมือง วันที่ ๑๒ กุมภาพันธ์ ๒๕๖๘ เวลา ๐๙.๐๐ น.",
      "ไฟล์แนบ: {doc:invite-forum-68}"]),
    (441, date(2025, 1, 10), "โครงการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ ๒๕๖๘",
     ["ตั้งจุดบริการประชาชนบริเวณสี่แยกท่าโมฬี ระหว่างวันที่ ๒๗ ธันวาคม ๒๕๖๗ - ๒ มกราคม ๒๕๖๘"]),
    (436, date(2024, 12, 5), "พิธีถวายพระพรชัยมงคล เนื่องในวันพ่อแห่งชาติ ๕ ธันวาคม ๒๕๖๗",
     ["คณะผู้บริหารและพนักงานเทศบาลร่วมพิธี ณ ลานหน้าที่ว่าการอำเภอท่าโมฬี"]),
    (430, date(2024, 11, 15), "ประเพณีลอยกระทง ประจำปี ๒๕๖๗",
     ["จัดงาน ณ สวนสาธารณะหนองโมฬี มีกระทงเข้าประกวด ๒๔ กระทง"]),
    (425, date(2024, 10, 28), "ประกาศรับสมัครบุคคลเพื่อสรรหาเป็นพนักงานจ้าง ตำแหน่งพนักงานขับรถยนต์",
     ["รับสมัครระหว่างวันที่ ๔ - ๑๕ พฤศจิกายน ๒๕๖๗ ณ งานการเจ้าหน้าที่ สำนักปลัดเทศบาล"]),
    (414, date(2024, 10, 3), "นายกเทศมนตรีประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ ๒๕๖๘",
     ["วันที่ ๒ ตุลาคม ๒๕๖๗ นายกเทศมนตรีเมืองท่าโมฬีประกาศเจตจำนงสุจริตต่อหน้าพนักงานเทศบาลทุกคน ณ หอประชุมเทศบาล",
      "ไฟล์แนบ: {doc:integrity-68}"]),
    (410, date(2024, 10, 1), "ประชุมพนักงานเทศบาลประจำเดือนตุลาคม ๒๕๖๗",
     ["นายกเทศมนตรีมอบนโยบายการปฏิบัติงานในปีงบประมาณ ๒๕๖๘ แก่พนักงานเทศบาลทุกกอง"]),
    # FY2567: the second page of the list
    (362, date(2024, 6, 18), "โครงการอบรมคุณธรรมจริยธรรมแก่บุคลากรเทศบาล ประจำปีงบประมาณ ๒๕๖๗",
     ["วันที่ ๑๗ - ๑๘ มิถุนายน ๒๕๖๗ เทศบาลเมืองท่าโมฬีจัดอบรมคุณธรรมจริยธรรม เพื่อขับเคลื่อนประมวลจริยธรรมของพนักงานเทศบาล "
      "ให้บุคลากรนำไปปฏิบัติ วิทยากรจากสำนักงาน ป.ป.ช. ประจำจังหวัดบุรีรัมย์ บรรยายเรื่องผลประโยชน์ทับซ้อน",
      "ผู้เข้าร่วม ผู้บริหาร สมาชิกสภา พนักงานเทศบาล และพนักงานจ้าง รวม ๑๘๗ คน"]),
    (349, date(2024, 3, 18), "กิจกรรมวันท้องถิ่นไทย ๑๘ มีนาคม ๒๕๖๗", ["ร่วมพิธีวางพวงมาลา ณ หอประชุมอำเภอท่าโมฬี"]),
    (335, date(2024, 2, 14), "สรุปผลการประชุมประชาคมเมือง ประจำปี ๒๕๖๗",
     ["วันที่ ๘ กุมภาพันธ์ ๒๕๖๗ จัดประชุมประชาคมเมือง ผู้เข้าร่วม ๒๐๒ คน เสนอโครงการ ๓๖ โครงการ"]),
    (318, date(2023, 12, 5), "วันพ่อแห่งชาติ ๕ ธันวาคม ๒๕๖๖", ["ร่วมพิธีถวายพระพรชัยมงคล"]),
    (305, date(2023, 11, 2), "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
     ["ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รายละเอียดตามไฟล์แนบ {doc:opplan-67}"]),
]


def fill(p: str) -> str:
    out = p
    for key in DOCS:
        tag = "{doc:" + key + "}"
        if tag in out:
            out = out.replace(tag, f'<a href="{href(url(key))}">{esc(DOCS[key][1])}</a> ({size_of(key)})')
    return out


def news_pages() -> None:
    for nid, day, title, paras in NEWS:
        body = f'<p class="date">เขียนโดย ประชาสัมพันธ์ · {be(day)}</p>' + "".join(f"<p>{fill(p)}</p>" for p in paras)
        write(art(nid), title, body + f"<p>{a(cat(9), '« ข่าวประชาสัมพันธ์')}</p>")
    for page, chunk in ((0, NEWS[:10]), (10, NEWS[10:])):
        items = "\n".join(f"<li>{a(art(n), t)} <span>({be(day)})</span></li>" for n, day, t, _p in chunk)
        pager = (f'<p class="pagination">หน้า <b>๑</b> {a(cat(9, 10), "๒")} {a(cat(9, 10), "ถัดไป")}</p>' if page == 0
                 else f'<p class="pagination">หน้า {a(cat(9), "๑")} <b>๒</b></p>')
        write(cat(9, page), "ข่าวประชาสัมพันธ์", f'<ul class="category">{items}</ul>{pager}')


# ---------------------------------------------------------------- procurement posts

PROC_POSTS = [  # article id, date posted, title, attachment keys
    (426, date(2025, 4, 8), "สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือนมีนาคม ๒๕๖๘", ["proc-2025-03"]),
    (419, date(2025, 3, 10), "สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือนกุมภาพันธ์ ๒๕๖๘", ["proc-2025-02"]),
    (398, date(2025, 1, 9), "สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือนธันวาคม ๒๕๖๗", ["proc-dec-67"]),
    (391, date(2024, 12, 9), "สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือนพฤศจิกายน ๒๕๖๗", ["proc-2024-11"]),
    (384, date(2024, 11, 8), "สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม ๒๕๖๗", ["proc-2024-10"]),
    (377, date(2024, 10, 8), "สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือนกันยายน ๒๕๖๗", ["proc-sep-67"]),
]


def procurement_pages() -> None:
    for aid, day, title, keys in PROC_POSTS:
        files = "".join(f'<tr><td><a href="{href(url(k))}">{esc(DOCS[k][0][1].rsplit("/", 1)[1])}</a></td>'
                        f"<td>{size_of(k)}</td><td>{be(DOCS[k][3])}</td></tr>" for k in keys)
        write(art(aid), title,
              f'<p class="date">เผยแพร่เมื่อ {be(day)} · กองคลัง งานพัสดุ</p>'
              "<p>เทศบาลเมืองท่าโมฬี ขอประกาศสรุปผลการดำเนินการจัดซื้อจัดจ้าง (แบบ สขร.๑) ตามรายละเอียดในไฟล์แนบ</p>"
              f'<table class="attachmentsList"><tr><th>ไฟล์แนบ</th><th>ขนาด</th><th>วันที่</th></tr>{files}</table>')
    items = "\n".join(f"<li>{a(art(aid), t)} <span>({be(day)})</span></li>" for aid, day, t, _k in PROC_POSTS)
    write(cat(15), "สรุปผลการจัดซื้อจัดจ้างประจำเดือน (สขร.๑)", f'<ul class="category">{items}</ul>'
          f"<p>{a(cat(16), 'ประกาศจัดซื้อจัดจ้าง')} · <a href=\"https://process3.gprocurement.go.th/\">ค้นหาประกาศในระบบ e-GP</a></p>")
    write(cat(16), "ประกาศจัดซื้อจัดจ้าง", doc_table(["print-plan"]) +
          "<p>ประกาศอื่น ๆ ดูได้ที่ระบบ e-GP ของกรมบัญชีกลาง</p>")


# ---------------------------------------------------------------- download categories

DL_CATS = {20: ("แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "plan"), 21: ("เทศบัญญัติงบประมาณรายจ่าย", "budget"),
           22: ("รายงานผลการดำเนินงาน", "report"), 23: ("คู่มือการปฏิบัติงาน / คู่มือสำหรับประชาชน", "manual"),
           24: ("งานบริหารงานบุคคล", "hr"), 25: ("คุณธรรมและความโปร่งใส", "integrity"), 26: ("ข้อมูลสถิติ", "stats")}
NOT_LISTED = {"gift-report", "plan-61-65", "budget-68"}  # shown only through the ITA page or a viewer page


def download_pages() -> None:
    nav = " | ".join(a(cat(n), t) for n, (t, _c) in DL_CATS.items())
    for n, (title, c) in DL_CATS.items():
        keys = [k for k in DOCS if DOCS[k][2] == c and k not in NOT_LISTED]
        extra = ""
        if c == "plan":
            extra = f"<p>{a(art(62), 'แผนพัฒนาท้องถิ่น (E-book)')}</p>"
        if c == "budget":
            extra = f"<p>{a(art(61), 'เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (เปิดดูออนไลน์)')}</p>"
        write(cat(n), title, f'<p class="catnav">{nav}</p>{extra}{doc_table(keys)}')


# ---------------------------------------------------------------- ITA (MOIT-style, one page per group)

GROUPS = [  # article id, indicator, sub-indicator, rows: (o, heading, [(sub-item text, link or None)])
    (201, "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน", [
        (1, "โครงสร้าง", [("๑.๑ แผนผังโครงสร้างส่วนราชการ (ฝ่ายการเมืองและฝ่ายประจำ)", art(3)),
                          ("๑.๒ อำนาจหน้าที่ของเทศบาล", art(4))]),
        (2, "ข้อมูลผู้บริหาร", [("ข้อมูลคณะผู้บริหาร", art(5))]),
        (3, "ข้อมูลการติดต่อ", [("ที่อยู่ เบอร์โทรศัพท์ อีเมล แผนที่", art(6))]),
        (4, "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", cat(9))]),
    ]),
    (202, "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "ตัวชี้วัดย่อยที่ ๙.๒ การบริหารงานและการใช้จ่ายงบประมาณ", [
        (5, "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น (E-book)", art(62))]),
        (6, "แผนดำเนินงานและการใช้งบประมาณประจำปี", [
            ("๖.๑ แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", url("opplan-68")),
            ("๖.๒ เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘", art(61)),
            ("๖.๓ รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ รอบ ๖ เดือน", url("sixmonth-67"))]),
        (7, "รายงานผลการดำเนินงานประจำปี", [("๗.๑ รายงานผลการดำเนินงาน ปีงบประมาณ ๒๕๖๗", url("annual-67")),
                                            ("๗.๒ รายงานผลการใช้จ่ายงบประมาณ ปีงบประมาณ ๒๕๖๗", url("spend-67"))]),
        (8, "คู่มือการปฏิบัติงาน", [("คู่มือการปฏิบัติงาน กองช่าง", url("staff-manual"))]),
        (9, "คู่มือการให้บริการประชาชน", [("คู่มือสำหรับประชาชน", url("citizen-manual"))]),
        (10, "E-Service", [("ระบบบริการออนไลน์", art(7))]),
        (11, "สถิติการให้บริการ", [("สถิติการให้บริการประชาชน", url("service-68"))]),
    ]),
    (203, "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "ตัวชี้วัดย่อยที่ ๙.๓ การจัดซื้อจัดจ้าง", [
        (12, "รายการจัดซื้อจัดจ้างและความก้าวหน้า (สขร.๑)", [("สรุปผลการจัดซื้อจัดจ้างรายเดือน", cat(15))]),
        (13, "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานสรุปผลการจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๗", url("proc-year-67"))]),
    ]),
    (204, "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "ตัวชี้วัดย่อยที่ ๙.๔ การบริหารและพัฒนาทรัพยากรบุคคล", [
        (14, "แผนบริหารและพัฒนาทรัพยากรบุคคล", [("แผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี ๒๕๖๘", url("hr-plan-68"))]),
        (15, "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", [("รายงานผลฯ ประจำปี ๒๕๖๗", url("hr-report-67"))]),
        (16, "ประมวลจริยธรรมและการขับเคลื่อน", [("๑๖.๑ ประมวลจริยธรรมของพนักงานเทศบาล", url("ethics")),
                                              ("๑๖.๒ กิจกรรมขับเคลื่อนจริยธรรม", art(362))]),
    ]),
    (205, "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "ตัวชี้วัดย่อยที่ ๙.๕ การส่งเสริมความโปร่งใส", [
        (17, "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("คู่มือการจัดการเรื่องร้องเรียนการทุจริต", url("complaint-manual"))]),
        (18, "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียนการทุจริตออนไลน์", art(9))]),
        (19, "สถิติเรื่องร้องเรียนการทุจริต", [("ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", url("complaint-67"))]),
        (20, "การเปิดโอกาสให้เกิดการมีส่วนร่วม", [("ประชาคมเมือง ประจำปี ๒๕๖๘", art(458))]),
    ]),
    (206, "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", "ตัวชี้วัดย่อยที่ ๑๐.๑ การดำเนินการเพื่อป้องกันการทุจริตในประเด็นสินบน", [
        (21, "ประกาศเจตนารมณ์ No Gift Policy", [("ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)", url("nogift-66"))]),
        (22, "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด", [("รายงานการรับทรัพย์สินฯ", url("gift-report"))]),
        (23, "การประเมินความเสี่ยงการให้หรือรับสินบน", [("การประเมินความเสี่ยงการทุจริต", "/oldweb/files/risk2567.doc")]),
        (24, "รายงานผลการจัดการความเสี่ยงการทุจริต", [("อยู่ระหว่างดำเนินการ", None)]),
    ]),
    (207, "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", "ตัวชี้วัดย่อยที่ ๑๐.๒ การส่งเสริมคุณธรรมและความโปร่งใส", [
        (25, "แผนปฏิบัติการป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ - ๒๕๗๐)", url("anti-plan"))]),
        (26, "รายงานผลการดำเนินการป้องกันการทุจริต", [("รายงานผล ปีงบประมาณ ๒๕๖๗", url("anti-report-67"))]),
    ]),
]
YEARS = f'<p class="years">เลือกปี : <b>๒๕๖๘</b> | {a("/oldweb/ita2567/", "๒๕๖๗")} | {a("/oldweb/ita2566/", "๒๕๖๖")}</p>'


def ita_pages() -> None:
    links = []
    for aid, ind, sub, rows in GROUPS:
        codes = ", ".join(f"o{th(o)}" for o, _h, _s in rows)
        links.append(f"<li>{esc(ind)} &raquo; {a(art(aid), sub)} ({codes})</li>")
        trs = []
        for o, heading, subs in rows:
            cells = "<br>".join(f'<a href="{href(u)}">{esc(t)}</a>' if u else esc(t) for t, u in subs)
            trs.append(f"<tr><td>o{th(o)}</td><td>{esc(heading)}</td><td>{cells}</td></tr>")
        write(art(aid), f"ITA ๒๕๖๘ : {sub}",
              f"<p>{a(art(200), '« กลับหน้าการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘')}</p><p>{esc(ind)}</p>"
              '<table class="table moit"><tr><th>ข้อ</th><th>ข้อมูล</th><th>รายละเอียด / URL</th></tr>'
              + "\n".join(trs) + "</table>")
    write(art(200), "การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
          YEARS + "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
          "ตามแนวทางของสำนักงาน ป.ป.ช. และกรมส่งเสริมการปกครองท้องถิ่น (MOIT)</p><ul>" + "\n".join(links) + "</ul>"
          f"<p>ผู้รับผิดชอบ : สำนักปลัดเทศบาล โทร. ๐ ๔๔๖๑ ๗๒๘๐ ต่อ ๑๐๑ · ปรับปรุงข้อมูล {be(date(2025, 4, 10))}</p>")


def oldweb_pages() -> None:
    write("/oldweb/", "เว็บไซต์เทศบาลเมืองท่าโมฬี (เดิม)",
          "<p>เว็บไซต์นี้ย้ายไปที่ระบบใหม่แล้ว ข้อมูลเดิมยังคงเปิดให้ดูได้</p>"
          '<p><a href="/oldweb/ita2567/">การเปิดเผยข้อมูลสาธารณะ ITA 2567</a></p>', old=True)
    rows = [("o1", "โครงสร้าง", art(3)), ("o6", "แผนการดำเนินงาน ประจำปี 2567", url("opplan-67")),
            ("o6", "รายงานการกำกับติดตาม รอบ 6 เดือน ปี 2567", url("sixmonth-67")),
            ("o19", "สถิติเรื่องร้องเรียนการทุจริต 2567", url("complaint-67")),
            ("o23", "การประเมินความเสี่ยงการทุจริต ปี 2567", "/oldweb/files/risk2567.doc"),
            ("o25", "แผนปฏิบัติการป้องกันการทุจริต ปี 2567", "/oldweb/files/antiplan2567.pdf")]
    trs = "".join(f'<tr><td>{o}</td><td><a href="{href(u)}">{esc(t)}</a></td></tr>' for o, t, u in rows)
    write("/oldweb/ita2567/", "ITA 2567 การเปิดเผยข้อมูลสาธารณะ (OIT)", f'<table border="1">{trs}</table>', old=True)
    write("/oldweb/ita2566/", "ITA 2566 การเปิดเผยข้อมูลสาธารณะ (OIT)",
          f'<table border="1"><tr><td>o34</td><td><a href="{href(url("nogift-66"))}">No Gift Policy 2566</a></td></tr></table>',
          old=True)


def home() -> None:
    latest = "".join(f"<li>{a(art(n), t)} <span>({be(day)})</span></li>" for n, day, t, _p in NEWS[:6])
    proc = "".join(f"<li>{a(art(aid), t)}</li>" for aid, _d, t, _k in PROC_POSTS[:3])
    write("/", "หน้าหลัก",
          f'<div class="banner-ita">{a(art(200), "ITA ๒๕๖๘ การเปิดเผยข้อมูลสาธารณะ (OIT)")}</div>'
          f'<h3>ข่าวประชาสัมพันธ์</h3><ul>{latest}</ul><p>{a(cat(9), "ดูทั้งหมด")}</p>'
          f'<h3>จัดซื้อจัดจ้าง</h3><ul>{proc}</ul><p>{a(cat(15), "ดูทั้งหมด")}</p>')


def assets() -> None:
    from PIL import Image, ImageDraw

    def png(rel: str, size: tuple[int, int], color: int) -> None:
        path = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        image = Image.new("RGB", size, (color, 120, 60))
        ImageDraw.Draw(image).rectangle((4, 4, size[0] - 5, size[1] - 5), outline=(255, 255, 255))
        image.save(path, format="PNG")

    png("images/logo.png", (72, 72), 30)
    png("images/structure2567.png", (160, 100), 90)
    for i, p in enumerate(("mayor", "deputy1", "deputy2", "council", "clerk")):
        png(f"images/people/{p}.png", (45, 55), 140 + i * 20)
    png("oldweb/images/head.png", (245, 15), 200)
    css = os.path.join(HERE, "templates/thamoli/css/template.css")
    os.makedirs(os.path.dirname(css), exist_ok=True)
    with open(css, "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0}.topbar{background:#0b4f6c;color:#fff}"
                 "nav ul{display:flex;list-style:none}.container{display:flex}aside.left{width:220px}"
                 "main{flex:1;padding:8px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px}\n")


def main() -> None:
    assets()
    about_pages()
    news_pages()
    procurement_pages()
    download_pages()
    ita_pages()
    oldweb_pages()
    home()


if __name__ == "__main__":
    main()
