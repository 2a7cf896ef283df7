"""Generate the HTML pages of the "saodelta" test site (องค์การบริหารส่วนตำบลบางสะแกทอง, invented).

Run:  python tests/sites/saodelta/_make_pages.py   (after _make_docs.py)

A provider template for small อปท. (a banner, a menu bar, a right column with the chief executive,
the hotline, quick links and a visitor counter, a footer) on every page; pages are folder/index.html.
The office has no download section: every document is a news post with its file attached
(/news/<id>/, listed ten a page on /news/ … /news/page/5/), the monthly procurement summaries are
also gathered on the tag list /news/tag/procurement/.  The ITA page /ita/2569/ is a table o1 … o26
in the office's own short wording whose links go to posts, pages or the tag list; last year's
/ita/2568/ is still online.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, NEWS, OLD_DEAD, name  # noqa: E402

ORG = "องค์การบริหารส่วนตำบลบางสะแกทอง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
PER_PAGE = 10
MISSING_SIZE = "388 KB"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(y: int, m: int, day: int) -> str:
    return f"{day} {MONTHS[m - 1]} {y + 543}"


MENU = [("หน้าแรก", "/"), ("ประวัติความเป็นมา", "/about/history/"), ("โครงสร้าง", "/about/structure/"),
        ("คณะผู้บริหาร", "/about/executives/"), ("สภา อบต.", "/about/council/"), ("ข่าวประชาสัมพันธ์", "/news/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("E-Service", "/eservice/"), ("ร้องเรียน", "/complaint/"),
        ("ITA", "/ita/"), ("กระดานถาม-ตอบ", "/qa/"), ("ติดต่อ", "/contact/")]


def layout(title: str, body: str) -> str:
    menu = " | ".join(f'<a href="{u}">{esc(t)}</a>' for t, u in MENU)
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} - {ORG}</title>
<link rel="stylesheet" href="/assets/main.css"></head>
<body>
<div class="banner"><img src="/assets/logo.png" alt="ตรา อบต.บางสะแกทอง" width="70" height="70">
<span class="org">{ORG}</span><br><span class="sub">อำเภอผักไห่ จังหวัดพระนครศรีอยุธยา · Bang Sakae Thong SAO</span></div>
<div class="menubar">{menu}</div>
<table class="frame"><tr><td class="content">
<h2 class="title">{esc(title)}</h2>
{body}
</td><td class="right">
<div class="panel"><img src="/assets/chief.png" alt="นายก อบต." width="90" height="110"><br><b>นายสมพงษ์ เรือนทองดี</b><br>
นายกองค์การบริหารส่วนตำบลบางสะแกทอง</div>
<div class="panel"><b>สายด่วนนายก</b><br>08 6317 4402</div>
<div class="panel"><b>ลิงก์ที่น่าสนใจ</b><br><a href="/ita/2569/">ITA ปี 2569</a><br><a href="/ita/2568/">ITA ปี 2568</a><br>
<a href="/news/tag/procurement/">ผลการจัดซื้อจัดจ้างรายเดือน</a><br><a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br>
<a href="https://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a><br><a href="https://www.gprocurement.go.th/">ระบบ e-GP</a><br>
<a href="https://info.go.th/">ศูนย์ข้อมูลข่าวสารอิเล็กทรอนิกส์ของราชการ</a></div>
<div class="panel">ผู้เข้าชมวันนี้ 37<br>ผู้เข้าชมทั้งหมด 148,206</div>
</td></tr></table>
<div class="footer">{ORG} 88 หมู่ที่ 5 ตำบลบางสะแกทอง อำเภอผักไห่ จังหวัดพระนครศรีอยุธยา 13120<br>
โทรศัพท์ 0 3574 8216 โทรสาร 0 3574 8217 · อีเมล bst.sao@bangsakaethong.go.th ·
<a href="/privacy/">นโยบายเว็บไซต์</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
ออกแบบและพัฒนาเว็บไซต์โดย ท้องถิ่นดิจิทัลดีไซน์ © 2567</div>
</body></html>
"""


def write(path: str, title: str, body: str) -> None:
    target = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(layout(title, body))


def size_of(key: str) -> str:
    if DOCS[key][3] == "missing":
        return MISSING_SIZE
    return f"{os.path.getsize(os.path.join(HERE, name(key).lstrip('/'))) / 1024:.0f} KB"


def post_of(key: str) -> str:
    """The newest post whose attachment is the document ``key``."""
    for nid, _d, _t, _p, links, _tag in NEWS:
        if any(k == key for _txt, k in links):
            return f"/news/{nid}/"
    raise KeyError(key)


def post_titled(start: str) -> str:
    for nid, _d, title, _p, _l, _tag in NEWS:
        if title.startswith(start):
            return f"/news/{nid}/"
    raise KeyError(start)


# ---------------------------------------------------------------- news

def news_pages() -> None:
    for nid, (y, m, day), title, paras, links, _tag in NEWS:
        body = "".join(f"<p>{esc(p)}</p>" for p in paras)
        if links:
            body += '<div class="attach"><b>ไฟล์แนบ</b><ul>' + "".join(
                f'<li><a href="{name(k)}">{esc(t)}</a> ({DOCS[k][1].upper()} {size_of(k)})</li>' for t, k in links) + "</ul></div>"
        write(f"/news/{nid}/", title, f'<p class="date">โพสต์เมื่อ {be(y, m, day)} โดย admin · อ่าน {(nid * 37) % 400 + 12} ครั้ง</p>'
              f'{body}<p><a href="/news/">« ข่าวประชาสัมพันธ์ทั้งหมด</a></p>')
    pages = (len(NEWS) + PER_PAGE - 1) // PER_PAGE
    for p in range(1, pages + 1):
        chunk = NEWS[(p - 1) * PER_PAGE: p * PER_PAGE]
        items = "\n".join(f'<tr><td>{be(*n[1])}</td><td><a href="/news/{n[0]}/">{esc(n[2])}</a></td></tr>' for n in chunk)
        nav = " ".join(f"<b>{i}</b>" if i == p else f'<a href="{"/news/" if i == 1 else f"/news/page/{i}/"}">{i}</a>'
                       for i in range(1, pages + 1))
        write("/news/" if p == 1 else f"/news/page/{p}/", "ข่าวประชาสัมพันธ์",
              f'<table class="list"><tr><th>วันที่</th><th>หัวข้อข่าว</th></tr>\n{items}</table><p class="pager">หน้า {nav}</p>')
    procs = [n for n in NEWS if n[5] == "proc"]
    items = "\n".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> ({be(*n[1])})</li>' for n in procs)
    write("/news/tag/procurement/", "ข่าวประชาสัมพันธ์ : ป้ายกำกับ สขร.1 (ผลการจัดซื้อจัดจ้างรายเดือน)",
          f'<ul class="news">{items}</ul>')


# ---------------------------------------------------------------- ITA

def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


def ita_rows() -> list:
    P = post_of
    return [
        ("ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน", None),
        ("o1", "โครงสร้าง/อำนาจหน้าที่", [("โครงสร้าง", "/about/structure/"), ("อำนาจหน้าที่", "/about/authority/")]),
        ("o2", "ผู้บริหาร", [("คณะผู้บริหาร", "/about/executives/")]),
        ("o3", "การติดต่อ/ถาม-ตอบ", [("ติดต่อ", "/contact/"), ("Q&A", "/qa/")]),
        ("o4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")]),
        ("ตัวชี้วัดย่อยที่ 9.2 การบริหารงานและการใช้จ่ายงบประมาณ", None),
        ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", P("plan-61-65"))]),
        ("o6", "แผนดำเนินงาน/ข้อบัญญัติ 2569", [("แผนการดำเนินงาน 2569", P("opplan-69")),
                                              ("ข้อบัญญัติ 2569", P("budget-69"))]),
        ("o7", "รายงานผลการดำเนินงานประจำปี", [("รายงานผลการติดตามฯ 2568", P("eval-68"))]),
        ("o8", "คู่มือการปฏิบัติงาน", [("คู่มือ", P("work-manual"))]),
        ("o9", "คู่มือประชาชน", [("คู่มือประชาชน", P("citizen-manual"))]),
        ("o10", "E-Service", [("E-Service", "/eservice/"), ("สถิติ", P("eservice-stats-68"))]),
        ("ตัวชี้วัดย่อยที่ 9.3 การจัดซื้อจัดจ้าง", None),
        ("o11", "สขร.1 รายเดือน", [("สขร.1", "/news/tag/procurement/")]),
        ("o12", "รายงานผลจัดซื้อจัดจ้างประจำปี", []),
        ("ตัวชี้วัดย่อยที่ 9.4 การบริหารและพัฒนาทรัพยากรบุคคล", None),
        ("o13", "หลักเกณฑ์/แผน HR", [("หลักเกณฑ์", P("hr-rules")), ("แผนพัฒนาบุคลากร", P("hr-plan-67-69"))]),
        ("o14", "รายงานผล HR", [("รายงานปี 2568", P("hr-report-68"))]),
        ("o15", "ประมวลจริยธรรม", [("ประมวลจริยธรรม", P("ethics")),
                                   ("อบรมคุณธรรม 2569", post_titled("โครงการอบรมส่งเสริมคุณธรรมจริยธรรม"))]),
        ("ตัวชี้วัดย่อยที่ 9.5 การส่งเสริมความโปร่งใส", None),
        ("o16", "คู่มือร้องเรียนการทุจริต", [("คู่มือ", P("complaint-manual"))]),
        ("o17", "ช่องทางแจ้งการทุจริต", [("แจ้งเบาะแส", "/complaint/corruption/")]),
        ("o18", "สถิติเรื่องร้องเรียน", [("สถิติ", P("complaint-stats-68"))]),
        ("o19", "การมีส่วนร่วม", [("ประชาคม 2569", post_titled("สรุปผลการประชุมประชาคมหมู่บ้าน ประจำปี 2569"))]),
        ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", None),
        ("o20", "No Gift Policy", [("ประกาศ No Gift", P("no-gift-67"))]),
        ("o21", "ประเมินความเสี่ยงการทุจริต", [("ประเมินความเสี่ยง 2569", P("risk-68"))]),
        ("o22", "รายงานผลบริหารความเสี่ยง", [("รายงานปี 2568", P("risk-report-68"))]),
        ("o23", "แผนป้องกันการทุจริต", [("แผนปฏิบัติการฯ", P("anti-plan-68"))]),
        ("o24", "รายงานผลป้องกันการทุจริต", [("รายงานปี 2568", P("anti-report-68"))]),
        ("o25", "นำผล ITA ไปพัฒนา", [("ประชุมคณะทำงาน ITA", P("ita-meeting-69"))]),
        ("o26", "รายงานผลมาตรการส่งเสริมคุณธรรม", [("รายงานปี 2568", P("integrity-report-68"))]),
    ]


def ita_2568_rows() -> list:
    P = post_of
    return [
        ("o5", "แผนพัฒนาท้องถิ่น", [("แผนพัฒนาท้องถิ่น", P("plan-61-65"))]),
        ("o6", "แผนการดำเนินงาน 2568", [("แผนการดำเนินงาน", P("opplan-68"))]),
        ("o11", "สขร.1", [("สขร. ก.ย. 2567", OLD_DEAD)]),
        ("o21", "ประเมินความเสี่ยง 2568", [("ประเมินความเสี่ยง", post_titled("รายงานการประเมินความเสี่ยงการทุจริต ปี 2568"))]),
        ("o23", "แผนป้องกันการทุจริต 2568", [("แผนปฏิบัติการฯ 2568", P("anti-plan-68"))]),
        ("o25", "วิเคราะห์ผล ITA 2567/มาตรการ 2568", [("รายงานการวิเคราะห์", P("ita-analysis-67"))]),
    ]


def ita_table(rows) -> str:
    out = ['<table class="ita"><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์ข้อมูล</th></tr>']
    for row in rows:
        if row[1] is None:
            out.append(f'<tr class="group"><td colspan="3"><b>{esc(row[0])}</b></td></tr>')
            continue
        code, heading, links = row
        cell = "<br>".join(a(h, t) for t, h in links) or "-"
        out.append(f"<tr><td>{code}</td><td>{esc(heading)}</td><td>{cell}</td></tr>")
    return "\n".join(out) + "</table>"


# ---------------------------------------------------------------- static pages

def static_pages() -> None:
    latest = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a> <small>{be(*n[1])}</small></li>' for n in NEWS[:6])
    write("/", "หน้าแรก",
          '<div class="welcome">ยินดีต้อนรับสู่เว็บไซต์องค์การบริหารส่วนตำบลบางสะแกทอง "ถิ่นนาข้าว ริมน้ำน้อย"</div>'
          f'<h3>ข่าวประชาสัมพันธ์ล่าสุด</h3><ul class="news">{latest}</ul><p><a href="/news/">อ่านข่าวทั้งหมด »</a></p>'
          '<h3>บริการประชาชน</h3><p><a href="/eservice/">ยื่นคำร้องออนไลน์</a> · <a href="/complaint/">ร้องเรียน/ร้องทุกข์</a> · '
          '<a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569</a></p>')
    write("/about/history/", "ประวัติความเป็นมา",
          "<p>องค์การบริหารส่วนตำบลบางสะแกทอง ยกฐานะจากสภาตำบลเมื่อวันที่ 30 มกราคม 2540 ตั้งอยู่ริมแม่น้ำน้อย "
          "ทางทิศเหนือของอำเภอผักไห่ ประมาณ 9 กิโลเมตร พื้นที่ 21 ตารางกิโลเมตร 9 หมู่บ้าน ประชากร 4,986 คน 1,522 ครัวเรือน</p>"
          "<p>สภาพพื้นที่เป็นที่ราบลุ่ม ทำนาปีละ 2 ครั้ง ช่วงปลายฝนมักมีน้ำท่วมขังในหมู่ที่ 2, 3 และ 7</p>"
          "<p>วิสัยทัศน์ : บางสะแกทองน่าอยู่ เกษตรปลอดภัย น้ำไม่ท่วมขัง ประชาชนมีส่วนร่วม</p>")
    write("/about/structure/", "โครงสร้างองค์กร",
          '<p><img src="/assets/chart.png" alt="แผนภูมิโครงสร้าง อบต.บางสะแกทอง" width="200" height="120"></p>'
          "<h3>ฝ่ายบริหาร (ฝ่ายการเมือง)</h3><ul><li>นายก อบต.</li><li>รองนายก อบต. 2 คน</li><li>เลขานุการนายก อบต.</li></ul>"
          "<h3>ฝ่ายนิติบัญญัติ</h3><ul><li>สภา อบต. : ประธานสภา รองประธานสภา สมาชิกสภา 9 คน (หมู่บ้านละ 1 คน)</li></ul>"
          "<h3>ฝ่ายประจำ</h3><ul><li>ปลัด อบต. / รองปลัด อบต.</li><li>สำนักปลัด (งานบริหารทั่วไป งานนโยบายและแผน "
          "งานป้องกันและบรรเทาสาธารณภัย งานสวัสดิการสังคม)</li><li>กองคลัง</li><li>กองช่าง</li>"
          "<li>กองการศึกษา ศาสนาและวัฒนธรรม (ศูนย์พัฒนาเด็กเล็ก 2 แห่ง)</li><li>หน่วยตรวจสอบภายใน</li></ul>"
          '<p><a href="/about/authority/">อำนาจหน้าที่ของ อบต.</a></p>')
    write("/about/authority/", "อำนาจหน้าที่",
          "<p>อำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มาตรา 66 67 68 "
          "และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ พ.ศ. 2542 มาตรา 16 โดยสรุป</p><ol>"
          "<li>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</li><li>ป้องกันและบรรเทาสาธารณภัย รวมทั้งการระบายน้ำและป้องกันน้ำท่วม</li>"
          "<li>รักษาความสะอาดของถนน ทางน้ำ และที่สาธารณะ รวมทั้งกำจัดขยะมูลฝอย</li><li>ป้องกันโรคและระงับโรคติดต่อ</li>"
          "<li>ส่งเสริมการศึกษา ศาสนา และวัฒนธรรม</li><li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li>"
          "<li>บำรุงและส่งเสริมการประกอบอาชีพของราษฎร (การเกษตร การประมงน้ำจืด)</li>"
          "<li>คุ้มครอง ดูแล และบำรุงรักษาทรัพยากรธรรมชาติและสิ่งแวดล้อม</li></ol>")
    execs = [("นายสมพงษ์ เรือนทองดี", "นายกองค์การบริหารส่วนตำบลบางสะแกทอง", "08 6317 4402"),
             ("นายชาญชัย พุ่มพวงทอง", "รองนายกองค์การบริหารส่วนตำบล", "08 1942 7730"),
             ("นางสาวอัมพร ใจเย็นดี", "รองนายกองค์การบริหารส่วนตำบล", "09 2261 5083"),
             ("นายพิเชษฐ์ คงท่าน้ำ", "เลขานุการนายกองค์การบริหารส่วนตำบล", "06 3385 1197"),
             ("นางวรรณภา ศรีเจริญสุข", "ปลัดองค์การบริหารส่วนตำบล", "0 3574 8216 ต่อ 102")]
    cards = "".join(f'<div class="card"><img src="/assets/person.png" alt="{esc(n)}" width="80" height="100"><br>'
                    f"<b>{esc(n)}</b><br>{esc(p)}<br>โทร. {t}</div>" for n, p, t in execs)
    write("/about/executives/", "คณะผู้บริหาร", cards)
    write("/about/council/", "สมาชิกสภาองค์การบริหารส่วนตำบล",
          "<ul><li>นายบุญชู แก้วประเสริฐ ประธานสภา อบต.</li><li>นางละออ ทองนพคุณ รองประธานสภา อบต.</li>"
          "<li>นายสุรชัย มั่นคงดี เลขานุการสภา อบต.</li><li>สมาชิกสภา อบต. หมู่ที่ 1 - 9</li></ul>")
    write("/contact/", "ติดต่อเรา",
          f"<p>{ORG}<br>88 หมู่ที่ 5 ตำบลบางสะแกทอง อำเภอผักไห่ จังหวัดพระนครศรีอยุธยา 13120</p>"
          "<p>โทรศัพท์ 0 3574 8216 โทรสาร 0 3574 8217<br>อีเมล bst.sao@bangsakaethong.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/bangsakaethong.sao">อบต.บางสะแกทอง</a> · LINE Official : @bstsao</p>'
          "<p>เวลาทำการ จันทร์ - ศุกร์ 08.30 - 16.30 น.</p>"
          '<p><a href="https://maps.google.com/?q=14.4631,100.3702">แผนที่ตั้ง อบต.บางสะแกทอง</a></p>'
          '<p>มีข้อสงสัยสอบถามได้ที่ <a href="/qa/">กระดานถาม-ตอบ</a></p>')
    qa = [("อยากทราบวันรับสมัครเด็กเข้าศูนย์พัฒนาเด็กเล็กปีการศึกษา 2569 ครับ", "พ่อน้องข้าวหอม", "2 มี.ค. 2569",
           "รับสมัครวันที่ 1 - 30 เมษายน 2569 ณ กองการศึกษา เอกสาร สูติบัตรและทะเบียนบ้านครับ (admin)"),
          ("น้ำประปาหมู่ 6 ไหลอ่อนมาสามวันแล้วค่ะ", "คนบางสะแก", "9 ก.พ. 2569",
           "กองช่างเปลี่ยนปั๊มน้ำประปาหมู่บ้านแล้วเมื่อ 11 ก.พ. 2569 ขออภัยในความไม่สะดวกค่ะ (admin)")]
    items = "".join(f'<div class="qa"><p><b>Q:</b> {esc(q)} <small>โดย {esc(w)} {t}</small></p><p><b>A:</b> {esc(ans)}</p></div>'
                    for q, w, t, ans in qa)
    write("/qa/", "กระดานถาม-ตอบ",
          f'{items}<form action="/qa/ask/" method="post"><h3>ตั้งกระทู้ถาม</h3>หัวข้อ <input name="topic"><br>'
          'ข้อความ <textarea name="message"></textarea><br>ชื่อผู้ถาม <input name="poster"><br><button>ส่งคำถาม</button></form>')
    write("/eservice/", "E-Service ยื่นคำร้องออนไลน์",
          "<p>ประชาชนตำบลบางสะแกทองยื่นคำร้องออนไลน์ได้ตลอด 24 ชั่วโมง เจ้าหน้าที่ติดต่อกลับภายใน 1 วันทำการ</p>"
          '<form action="https://docs.google.com/forms/d/e/1FAIpQLSbstSaoEservice/formResponse" method="post">'
          '<h3>แบบคำร้องออนไลน์</h3>ชื่อ-สกุล <input name="entry.101"><br>โทรศัพท์ <input name="entry.102"><br>'
          'บ้านเลขที่/หมู่ <input name="entry.103"><br>ประเภทคำร้อง <select name="entry.104"><option>คำร้องทั่วไป</option>'
          '<option>ขอรับน้ำอุปโภคบริโภค</option><option>แจ้งซ่อมไฟฟ้าสาธารณะ</option><option>ขอรับกระสอบทราย</option></select><br>'
          'รายละเอียด <textarea name="entry.105"></textarea><br><button>ส่งคำร้อง</button></form>'
          f'<p>{a(name("eservice-stats-68"), "สถิติการให้บริการ E-Service")}</p>')
    write("/complaint/", "ร้องเรียน/ร้องทุกข์",
          "<p>ยื่นเรื่องร้องเรียนได้ที่ศูนย์รับเรื่องร้องเรียน สำนักปลัด โทร 0 3574 8216 หรือตู้รับความคิดเห็นหน้าที่ทำการ</p>"
          '<p><a href="/complaint/corruption/">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ออนไลน์)</a></p>')
    write("/complaint/corruption/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>อบต.บางสะแกทองจะเก็บข้อมูลผู้แจ้งเป็นความลับ</p>"
          '<form action="/complaint/corruption/submit/" method="post">ชื่อผู้แจ้ง (ไม่ประสงค์ออกนามได้) <input name="name"><br>'
          'ช่องทางติดต่อกลับ <input name="contact"><br>ผู้ถูกร้องเรียน/หน่วยงาน <input name="accused"><br>'
          'รายละเอียดการกระทำ <textarea name="detail"></textarea><br>หลักฐาน <input type="file" name="evidence"><br>'
          '<button>ส่งเรื่อง</button></form><p>หรือโทร 0 3574 8216 ต่อ 102 (ปลัด อบต.)</p>')
    procs = [n for n in NEWS if n[5] == "proc"][:3]
    plist = "".join(f'<li><a href="/news/{n[0]}/">{esc(n[2])}</a></li>' for n in procs)
    write("/procurement/", "จัดซื้อจัดจ้าง",
          '<p>ประกาศจัดซื้อจัดจ้างของ อบต. ดูได้ที่ <a href="https://process3.gprocurement.go.th/egp2procmainWeb/">ระบบ e-GP</a></p>'
          f'<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน</h3><ul>{plist}</ul><p><a href="/news/tag/procurement/">ดูทั้งหมด »</a></p>')
    write("/privacy/", "นโยบายเว็บไซต์",
          "<p>อบต.บางสะแกทอง เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>")
    write("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU) + "</ul>")
    write("/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
          '<ul><li><a href="/ita/2569/">ITA ปี 2569</a></li><li><a href="/ita/2568/">ITA ปี 2568</a></li></ul>')
    write("/ita/2569/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569", ita_table(ita_rows()))
    write("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568", ita_table(ita_2568_rows()))


def assets() -> None:
    import base64
    os.makedirs(os.path.join(HERE, "assets"), exist_ok=True)
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
    for n in ("logo.png", "person.png", "chart.png", "chief.png"):
        with open(os.path.join(HERE, "assets", n), "wb") as fh:
            fh.write(png)
    with open(os.path.join(HERE, "assets", "main.css"), "w", encoding="utf-8") as fh:
        fh.write("body{font-family:Tahoma,sans-serif;margin:0;background:#f4f1e6}.banner{background:#1d6b3a;color:#fff;padding:8px}"
                 ".org{font-size:22px}.menubar{background:#c9a227;padding:4px}.menubar a{color:#000}.frame{width:100%}"
                 ".content{vertical-align:top;padding:8px}.right{width:230px;vertical-align:top}.panel{border:1px solid #bbb;"
                 "margin:4px;padding:6px;background:#fff}.list td,.ita td{border:1px solid #ccc;padding:3px}"
                 ".footer{background:#1d6b3a;color:#fff;padding:8px;font-size:small}\n")


def main() -> None:
    assets()
    static_pages()
    news_pages()


if __name__ == "__main__":
    main()
