"""Generate the HTML pages of the "tambondrupal" test site (เทศบาลตำบลดอนหวายทอง, invented).

Run:  python tests/sites/tambondrupal/_make_pages.py   (after _make_docs.py: attachment sizes are
read from the files it wrote)

An old Drupal 6 site (Garland-like theme: header, primary links, left sidebar with blocks, footer
"Powered by Drupal" on every page).  Pages are /node/<nid>/, category lists /taxonomy/term/<tid>/,
a few aliases (/news/, /contact/, /eservice/, /complaint/, /download/, /oit2568/, /oit2567/).
The news list's second page is the query-string URL /news/?page=1 (its copy: news/.q/page=1/).
Document nodes carry an attachment table.  The download counter (pubdlcnt) was switched on in
ตุลาคม 2567: attachments of nodes posted since then are linked as
/sites/all/modules/pubdlcnt/pubdlcnt.php?file=/sites/default/files/<n>.<ext>&nid=<nid>, whose
static copy is pubdlcnt.php.q/<query>/<n>.<ext> (crawler.serve sends it as an attachment);
older nodes link the file itself.  The ITA page /oit2568/ is a table o1 … o26 in the office's own
short wording whose links go to files (pasted plain), nodes or category lists; last year's
/oit2567/ is still in the sidebar.
"""

from __future__ import annotations

import html
import os
import shutil
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, gone, path  # noqa: E402

ORG = "เทศบาลตำบลดอนหวายทอง"
MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
TERMS = {1: "แผนพัฒนา / แผนการดำเนินงาน", 2: "งบประมาณและการเงิน", 3: "ประกาศจัดซื้อจัดจ้าง",
         4: "การบริหารงานบุคคล", 5: "คุณธรรมและความโปร่งใส", 6: "คู่มือและมาตรฐานการปฏิบัติงาน",
         7: "รายงานผลการดำเนินงาน"}
PUBDLCNT = "/sites/all/modules/pubdlcnt/pubdlcnt.php"
COUNTER_ON = (2024, 10, 1)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def be(dt) -> str:
    return f"{dt.day} {MONTHS[dt.month - 1]} {dt.year + 543}"


MENU = [("หน้าแรก", "/"), ("ข้อมูลทั่วไป", "/node/2/"), ("โครงสร้างส่วนราชการ", "/node/3/"),
        ("คณะผู้บริหาร", "/node/5/"), ("ข่าวประชาสัมพันธ์", "/news/"), ("ดาวน์โหลดเอกสาร", "/download/"),
        ("E-Service", "/eservice/"), ("ร้องเรียนการทุจริต", "/complaint/"), ("ติดต่อเรา", "/contact/")]


def layout(title: str, body: str, crumbs: str = "") -> str:
    menu = "\n".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in MENU)
    terms = "\n".join(f'<li><a href="/taxonomy/term/{t}/">{esc(n)}</a></li>' for t, n in TERMS.items())
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" lang="th"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} | {ORG}</title>
<link rel="shortcut icon" href="/misc/favicon.ico" type="image/x-icon" />
<link type="text/css" rel="stylesheet" media="all" href="/sites/default/files/css/css_7f3a1e.css" />
<script type="text/javascript" src="/misc/jquery.js"></script>
</head>
<body class="sidebar-left">
<div id="wrapper"><div id="container" class="clear-block">
<div id="header"><div id="logo-floater"><h1><a href="/" title="{ORG}"><img src="/sites/default/files/garland_logo.png" alt="{ORG}" id="logo" /><span>{ORG}</span></a></h1>
<div id="site-slogan">อำเภอบ้านไผ่ จังหวัดขอนแก่น · ดอนหวายทองเมืองน่าอยู่ เศรษฐกิจพอเพียง สังคมเข้มแข็ง บริหารโปร่งใส</div></div>
<ul class="links primary-links">
{menu}
</ul></div>
<div id="sidebar-left" class="sidebar">
<div class="block block-user"><h2>เข้าสู่ระบบ</h2>
<form action="/node?destination=node" method="post" id="user-login-form"><div>
<label>ชื่อผู้ใช้:</label><input type="text" name="name" size="15" />
<label>รหัสผ่าน:</label><input type="password" name="pass" size="15" />
<input type="submit" value="เข้าสู่ระบบ" /></div></form></div>
<div class="block block-menu"><h2>หมวดเอกสาร</h2><ul class="menu">
{terms}
</ul></div>
<div class="block block-block"><h2>ITA</h2><ul class="menu">
<li><a href="/oit2568/">ข้อมูลสาธารณะ (OIT) ปี 2568</a></li>
<li><a href="/oit2567/">ข้อมูลสาธารณะ (OIT) ปี 2567</a></li>
</ul></div>
<div class="block block-statistics"><h2>ผู้ใช้ออนไลน์</h2><p>ขณะนี้มี 0 ผู้ใช้ และ 3 ผู้เยี่ยมชม ออนไลน์</p>
<p>สถิติผู้เข้าชม 184,207 ครั้ง</p></div>
</div>
<div id="center"><div id="squeeze"><div class="right-corner"><div class="left-corner">
<div class="breadcrumb"><a href="/">หน้าแรก</a>{crumbs}</div>
<h2>{esc(title)}</h2>
<div class="content">
{body}
</div>
<div id="footer">{ORG} เลขที่ 99 หมู่ที่ 1 ตำบลดอนหวายทอง อำเภอบ้านไผ่ จังหวัดขอนแก่น 40110 โทร. 0 4327 1185 โทรสาร 0 4327 1186<br />
<a href="/contact/">ติดต่อเรา</a> · <a href="http://drupal.org">Powered by Drupal</a></div>
</div></div></div></div>
</div></div>
</body></html>
"""


PAGES: dict[str, str] = {}


def page(url: str, title: str, body: str, crumbs: str = "") -> None:
    PAGES[url] = layout(title, body, crumbs)


def size(key: str) -> str:
    n = os.path.getsize(os.path.join(HERE, path(key).lstrip("/")))
    return f"{n / 1024:.2f} KB"


def counted(key: str) -> bool:
    return DOCS[key][3].timetuple()[:3] >= COUNTER_ON


def attachment_href(key: str) -> str:
    nid = DOCS[key][5]
    if counted(key):
        return f"{PUBDLCNT}?file={path(key)}&amp;nid={nid}"
    return path(key)


def node_of(key: str) -> str:
    return f"/node/{DOCS[key][5]}/"


# ---------------------------------------------------------------- document nodes

NODE_BODY = {
    "plan4y": "เทศบาลตำบลดอนหวายทองประกาศใช้แผนพัฒนาท้องถิ่นสี่ปี รายละเอียดตามไฟล์แนบ",
    "plan4y-add": "ประกาศใช้แผนพัฒนาท้องถิ่นสี่ปี เพิ่มเติม ฉบับที่ 2",
    "plan-eval66": "รายงานของคณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น",
    "plan-print": "ประกาศผู้ชนะการเสนอราคา จ้างเหมาจัดทำรูปเล่มแผนพัฒนาท้องถิ่น โดยวิธีเฉพาะเจาะจง",
    "cdc-plan": "ศูนย์พัฒนาเด็กเล็กบ้านดอนหวาย เผยแพร่แผนพัฒนาการศึกษา",
    "action67": "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567",
    "action68": "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568 รายละเอียดตามไฟล์แนบ",
    "budget68-draft": "ร่างเทศบัญญัติงบประมาณรายจ่าย เสนอสภาเทศบาลพิจารณา",
    "budget68": "ประกาศใช้เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568",
    "six67": "รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน",
    "annual67": "รายงานผลการดำเนินงานประจำปี ผลสำเร็จ ปัญหาอุปสรรค และข้อเสนอแนะ",
    "spend67": "รายงานผลการใช้จ่ายงบประมาณ ประจำปี 2567",
    "manual-work": "คู่มือการปฏิบัติงานของเจ้าหน้าที่ กองคลัง",
    "manual-service": "คู่มือสำหรับประชาชน ตาม พ.ร.บ.การอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558",
    "stats68": "สถิติการให้บริการประชาชน",
    "proc-annual67": "รายงานผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2567",
    "hr-plan": "แผนพัฒนาพนักงานเทศบาล สามปี",
    "hr-report66": "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล",
    "ethics-code": "ประมวลจริยธรรมของพนักงานเทศบาล ลูกจ้าง และพนักงานจ้าง",
    "complaint-manual": "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "forum-invite": "ขอเชิญผู้แทนประชาชนทุกหมู่บ้านร่วมประชุมประชาคมตำบล วันที่ 24 มกราคม 2568 เวลา 09.00 น. ณ ห้องประชุมเทศบาล",
    "nogift66": "ประกาศเจตนารมณ์ No Gift Policy",
    "anti-plan67": "แผนปฏิบัติการป้องกันการทุจริต",
}


def doc_nodes() -> None:
    for key, (_n, _ext, title, up, term, nid) in DOCS.items():
        if nid is None:
            continue
        if key.startswith("proc-2"):
            body_text = f"เทศบาลตำบลดอนหวายทอง ขอประกาศ{title} (แบบ สขร.1)"
        else:
            body_text = NODE_BODY[key]
        fname = os.path.basename(path(key))
        body = (f'<div class="submitted">ส่งโดย admin เมื่อ {be(up)}</div>\n<p>{esc(body_text)}</p>\n'
                f'<table id="attachments" class="sticky-enabled"><thead><tr><th>ไฟล์แนบ</th><th>ขนาด</th></tr></thead><tbody>\n'
                f'<tr class="odd"><td><a href="{attachment_href(key)}">{fname}</a></td><td>{size(key)}</td></tr>\n'
                f'</tbody></table>\n<div class="terms">หมวด: <a href="/taxonomy/term/{term}/">{esc(TERMS[term])}</a></div>')
        page(f"/node/{nid}/", title, body, f' › <a href="/taxonomy/term/{term}/">{esc(TERMS[term])}</a>')


def term_pages() -> None:
    for tid, tname in TERMS.items():
        rows = sorted(((v[3], k) for k, v in DOCS.items() if v[4] == tid and v[5] is not None), reverse=True)
        items = "\n".join(f'<div class="node-teaser"><h3><a href="{node_of(k)}">{esc(DOCS[k][2])}</a></h3>'
                          f'<span class="submitted">{be(up)}</span></div>' for up, k in rows)
        page(f"/taxonomy/term/{tid}/", tname, items)
    rows = sorted(((v[3], k) for k, v in DOCS.items() if v[5] is not None), reverse=True)
    table = "\n".join(f'<tr><td><a href="{node_of(k)}">{esc(DOCS[k][2])}</a></td><td>{esc(TERMS[DOCS[k][4]])}</td>'
                      f'<td>{be(up)}</td></tr>' for up, k in rows)
    page("/download/", "เอกสารดาวน์โหลด",
         f'<table class="views-table"><thead><tr><th>เรื่อง</th><th>หมวด</th><th>วันที่</th></tr></thead><tbody>\n{table}\n</tbody></table>')


# ---------------------------------------------------------------- fixed pages

def about_pages() -> None:
    page("/node/2/", "ข้อมูลทั่วไป", """<p>เทศบาลตำบลดอนหวายทอง ยกฐานะจากองค์การบริหารส่วนตำบลดอนหวายทองเมื่อปี พ.ศ. 2551
ตั้งอยู่ทางทิศตะวันออกของอำเภอบ้านไผ่ ห่างจากที่ว่าการอำเภอประมาณ 12 กิโลเมตร พื้นที่ 31 ตารางกิโลเมตร 9 หมู่บ้าน ประชากร 7,208 คน (ข้อมูล ณ ธันวาคม 2567)</p>
<p>ประชาชนส่วนใหญ่ประกอบอาชีพทำนา ปลูกอ้อย และค้าขาย</p>""")
    page("/node/3/", "โครงสร้างส่วนราชการ", """<p><img src="/sites/default/files/structure_chart.png" alt="แผนภูมิโครงสร้าง" width="1" height="1" /></p>
<h3>ฝ่ายการเมือง (ฝ่ายบริหาร)</h3><ul><li>นายกเทศมนตรีตำบลดอนหวายทอง<ul><li>รองนายกเทศมนตรี (2 คน)</li><li>เลขานุการนายกเทศมนตรี</li><li>ที่ปรึกษานายกเทศมนตรี</li></ul></li></ul>
<h3>ฝ่ายสภาเทศบาล</h3><ul><li>ประธานสภาเทศบาล</li><li>รองประธานสภาเทศบาล</li><li>สมาชิกสภาเทศบาล 12 คน</li><li>เลขานุการสภาเทศบาล (ปลัดเทศบาล)</li></ul>
<h3>ฝ่ายประจำ</h3><ul><li>ปลัดเทศบาล<ul><li>รองปลัดเทศบาล</li><li>สำนักปลัดเทศบาล (งานธุรการ งานการเจ้าหน้าที่ งานป้องกันและบรรเทาสาธารณภัย งานพัฒนาชุมชน)</li>
<li>กองคลัง (งานการเงินและบัญชี งานจัดเก็บรายได้ งานพัสดุ)</li><li>กองช่าง (งานก่อสร้าง งานสาธารณูปโภค)</li>
<li>กองการศึกษา (ศูนย์พัฒนาเด็กเล็กบ้านดอนหวาย)</li><li>กองสาธารณสุขและสิ่งแวดล้อม</li><li>หน่วยตรวจสอบภายใน</li></ul></li></ul>
<p>ดูเพิ่มเติม: <a href="/node/4/">อำนาจหน้าที่ของเทศบาล</a></p>""")
    page("/node/4/", "อำนาจหน้าที่", """<p>เทศบาลตำบลมีอำนาจหน้าที่ตามพระราชบัญญัติเทศบาล พ.ศ. 2496 มาตรา 50 และมาตรา 51
และพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 มาตรา 16 โดยสรุปดังนี้</p>
<ol><li>รักษาความสงบเรียบร้อยของประชาชน</li><li>ให้มีและบำรุงทางบกและทางน้ำ</li><li>รักษาความสะอาดของถนน ทางเดิน และที่สาธารณะ รวมทั้งกำจัดขยะมูลฝอย</li>
<li>ป้องกันและระงับโรคติดต่อ</li><li>ให้มีเครื่องใช้ในการดับเพลิง</li><li>ให้ราษฎรได้รับการศึกษาอบรม</li>
<li>ส่งเสริมการพัฒนาสตรี เด็ก เยาวชน ผู้สูงอายุ และผู้พิการ</li><li>บำรุงศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น และวัฒนธรรมอันดีของท้องถิ่น</li></ol>""",
         ' › <a href="/node/3/">โครงสร้างส่วนราชการ</a>')
    people = [("นายประจักษ์ ศรีวงษ์ทอง", "นายกเทศมนตรีตำบลดอนหวายทอง", "08 1764 2290"),
              ("นายบุญมา พรมสุวรรณ", "รองนายกเทศมนตรี", "08 9417 3356"),
              ("นางวิไลวรรณ ชัยศรีทอง", "รองนายกเทศมนตรี", "08 6235 8841"),
              ("นายสุรพล แสนคำหาญ", "เลขานุการนายกเทศมนตรี", "09 2210 4478"),
              ("นางสาวจันทร์เพ็ญ ทองประเสริฐ", "ปลัดเทศบาล", "0 4327 1185 ต่อ 12")]
    cards = "\n".join(f'<div class="person"><img src="/sites/default/files/pictures/exec{i}.jpg" alt="{esc(n)}" width="120" height="150" />'
                      f'<p><strong>{esc(n)}</strong><br />{esc(p)}<br />โทร. {t}</p></div>' for i, (n, p, t) in enumerate(people, 1))
    page("/node/5/", "คณะผู้บริหาร", cards)
    members = ["นายทองใบ คำภูแสน (ประธานสภา)", "นายสมชาย ดวงดี (รองประธานสภา)", "นายเกียรติศักดิ์ บุญหล้า",
               "นางบัวผัน สีหาราช", "นายวีระ พลศรี", "นายอุดม แก้วบุตรดี"]
    page("/node/6/", "สมาชิกสภาเทศบาล", "<ul>" + "".join(f"<li>{esc(m)}</li>" for m in members) + "</ul>")
    page("/contact/", "ติดต่อเรา", """<p>เทศบาลตำบลดอนหวายทอง เลขที่ 99 หมู่ที่ 1 ตำบลดอนหวายทอง อำเภอบ้านไผ่ จังหวัดขอนแก่น 40110</p>
<p>โทรศัพท์ 0 4327 1185 โทรสาร 0 4327 1186</p>
<p>อีเมล <a href="mailto:saraban@donwaithong.go.th">saraban@donwaithong.go.th</a></p>
<p>Facebook: <a href="https://www.facebook.com/donwaithong.municipality">เทศบาลตำบลดอนหวายทอง</a></p>
<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.30 - 16.30 น.</p>
<p><a href="https://maps.google.com/?q=16.0512,102.8127">แผนที่ตั้งสำนักงาน (Google Maps)</a></p>""")
    page("/eservice/", "E-Service ยื่นคำร้องออนไลน์", """<p>ประชาชนสามารถยื่นคำร้องขอรับบริการได้ทางออนไลน์ โดยไม่ต้องเดินทางมาที่สำนักงาน เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ</p>
<form action="https://docs.google.com/forms/d/e/1FAIpQLSdDwt-eservice-form/formResponse" method="post">
<p><label>ชื่อ - สกุล</label><input type="text" name="entry.1001" /></p>
<p><label>เบอร์โทรศัพท์</label><input type="text" name="entry.1002" /></p>
<p><label>เรื่องที่ขอรับบริการ</label><select name="entry.1003"><option>ขอรับความช่วยเหลือสาธารณภัย</option>
<option>ขอซ่อมแซมไฟฟ้าสาธารณะ</option><option>ขอรับถังขยะ</option><option>ขอใช้รถน้ำ</option></select></p>
<p><label>รายละเอียด</label><textarea name="entry.1004"></textarea></p>
<p><input type="submit" value="ส่งคำร้อง" /></p></form>""")
    page("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่เทศบาลได้ทางแบบฟอร์มนี้ ข้อมูลผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>
<form action="/complaint/" method="post">
<p><label>ชื่อผู้ร้องเรียน (ไม่ระบุได้)</label><input type="text" name="name" /></p>
<p><label>เบอร์ติดต่อกลับ</label><input type="text" name="phone" /></p>
<p><label>ผู้ถูกร้องเรียน / หน่วยงาน</label><input type="text" name="target" /></p>
<p><label>รายละเอียดการกระทำ</label><textarea name="detail"></textarea></p>
<p><label>หลักฐาน (ถ้ามี)</label><input type="file" name="evidence" /></p>
<p><input type="submit" value="ส่งเรื่องร้องเรียน" /></p></form>
<p>หรือแจ้งด้วยตนเองที่ศูนย์รับเรื่องร้องเรียน สำนักปลัดเทศบาล โทร. 0 4327 1185 ต่อ 11</p>""")


# ---------------------------------------------------------------- news

NEWS = [  # nid, date (B.E. day, month, year), title, body
    (340, (21, 2, 2568), "โครงการอบรมคุณธรรมจริยธรรมและการขับเคลื่อนประมวลจริยธรรม ประจำปี 2568",
     "วันที่ 21 กุมภาพันธ์ 2568 เทศบาลตำบลดอนหวายทองจัดอบรมพนักงานเทศบาล ลูกจ้าง และพนักงานจ้าง จำนวน 54 คน "
     "เรื่องประมวลจริยธรรมของพนักงานเทศบาลและ Do's &amp; Don'ts ในการปฏิบัติงาน เพื่อขับเคลื่อนจริยธรรมในองค์กร"),
    (338, (10, 4, 2568), "ขอเชิญร่วมงานประเพณีสงกรานต์และวันผู้สูงอายุ ประจำปี 2568",
     "เทศบาลขอเชิญประชาชนร่วมสรงน้ำพระและรดน้ำขอพรผู้สูงอายุ ในวันที่ 13 เมษายน 2568 ณ ลานวัดศรีดอนหวาย"),
    (336, (24, 1, 2568), "ประชุมประชาคมตำบลเพื่อทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2568",
     "วันที่ 24 มกราคม 2568 เทศบาลตำบลดอนหวายทองจัดประชุมประชาคมตำบล มีผู้แทนประชาชนจาก 9 หมู่บ้าน "
     "ผู้นำชุมชน และส่วนราชการในพื้นที่เข้าร่วม 187 คน ที่ประชุมเสนอโครงการ 46 โครงการ เพื่อบรรจุในแผนพัฒนาท้องถิ่น "
     "(พ.ศ. 2566 - 2570) เพิ่มเติม และเทศบาลได้ชี้แจงผลการดำเนินงานปีที่ผ่านมาให้ประชาชนรับทราบ"),
    (334, (22, 4, 2568), "ขอเชิญคณะทำงานประชุมประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ 2568",
     "ขอเชิญคณะทำงานประเมินความเสี่ยงการทุจริตของเทศบาลตำบลดอนหวายทองเข้าร่วมประชุม ในวันที่ 2 พฤษภาคม 2568 "
     "เวลา 13.30 น. ณ ห้องประชุมเทศบาล เพื่อพิจารณาความเสี่ยงการทุจริตในประเด็นที่เกี่ยวข้องกับสินบน"),
    (328, (14, 3, 2568), "รณรงค์ป้องกันโรคไข้เลือดออก",
     "เทศบาลร่วมกับ รพ.สต.บ้านดอนหวาย และ อสม. ออกรณรงค์กำจัดลูกน้ำยุงลายครบทั้ง 9 หมู่บ้าน"),
    (322, (3, 2, 2568), "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568",
     "ขอเชิญผู้มีหน้าที่เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในเดือนเมษายน 2568 ณ กองคลัง"),
    (314, (14, 12, 2567), "การแข่งขันกีฬาเด็กและเยาวชนต้านยาเสพติด ดอนหวายเกมส์ ครั้งที่ 12",
     "เทศบาลจัดการแข่งขันกีฬาเด็กและเยาวชน ระหว่างวันที่ 12 - 14 ธันวาคม 2567 ณ สนามกีฬาเทศบาล"),
    (308, (15, 11, 2567), "งานประเพณีลอยกระทง ประจำปี 2567", "เทศบาลจัดงานประเพณีลอยกระทง ณ หนองหวายใหญ่ มีประชาชนร่วมงานจำนวนมาก"),
    (305, (23, 10, 2567), "พิธีวางพวงมาลา เนื่องในวันปิยมหาราช 2567",
     "นายกเทศมนตรีพร้อมพนักงานเทศบาลร่วมพิธีวางพวงมาลา ณ ที่ว่าการอำเภอบ้านไผ่"),
]
OLD_NEWS = [
    (290, (25, 9, 2567), "ซ่อมแซมถนนลูกรังหลังน้ำท่วม หมู่ที่ 8", "กองช่างออกซ่อมแซมถนนที่ได้รับความเสียหายจากอุทกภัย"),
    (284, (14, 7, 2567), "โครงการหน่วยบริการเคลื่อนที่ เทศบาลพบประชาชน", "เทศบาลออกให้บริการรับชำระภาษีและรับเรื่องร้องทุกข์ ณ หมู่ที่ 5"),
    (276, (13, 4, 2567), "งานประเพณีสงกรานต์ 2567", "เทศบาลจัดงานสรงน้ำพระและรดน้ำขอพรผู้สูงอายุ ประจำปี 2567"),
    (267, (13, 1, 2567), "งานวันเด็กแห่งชาติ 2567", "เทศบาลจัดกิจกรรมวันเด็กแห่งชาติ ณ ศูนย์พัฒนาเด็กเล็กบ้านดอนหวาย"),
]


def thai_date(t: tuple[int, int, int]) -> str:
    day, month, year = t
    return f"{day} {MONTHS[month - 1]} {year}"


def news_pages() -> None:
    for nid, when, title, text in NEWS + OLD_NEWS:
        body = (f'<div class="submitted">ส่งโดย pr_admin เมื่อ {thai_date(when)}</div>\n'
                f'<p><img src="/sites/default/files/news/{nid}_1.jpg" alt="" width="1" height="1" /></p>\n<p>{text}</p>')
        page(f"/node/{nid}/", title, body, ' › <a href="/news/">ข่าวประชาสัมพันธ์</a>')

    def teaser(items) -> str:
        return "\n".join(f'<div class="node-teaser"><h3><a href="/node/{nid}/">{esc(title)}</a></h3>'
                         f'<span class="submitted">{thai_date(when)}</span><p>{text[:90]}…</p></div>'
                         for nid, when, title, text in items)

    news = sorted(NEWS, key=lambda n: (n[1][2], n[1][1], n[1][0]), reverse=True)
    pager = '<div class="item-list"><ul class="pager"><li class="pager-current">1</li><li><a href="/news/?page=1">2</a></li><li><a href="/news/?page=1">ถัดไป ›</a></li></ul></div>'
    page("/news/", "ข่าวประชาสัมพันธ์", teaser(news) + "\n" + pager)
    pager2 = '<div class="item-list"><ul class="pager"><li><a href="/news/">‹ ก่อนหน้า</a></li><li><a href="/news/">1</a></li><li class="pager-current">2</li></ul></div>'
    PAGES["/news/.q/page=1/"] = layout("ข่าวประชาสัมพันธ์", teaser(OLD_NEWS) + "\n" + pager2)
    latest = teaser(news[:5])
    page("/", "หน้าแรก", f"""<p>ยินดีต้อนรับสู่เว็บไซต์{ORG}</p>
<h3>ข่าวล่าสุด</h3>
{latest}
<p><a href="/news/">ข่าวทั้งหมด</a> · <a href="/download/">เอกสารดาวน์โหลด</a> · <a href="/oit2568/">ITA 2568</a></p>""")


# ---------------------------------------------------------------- ITA pages

def a(href: str, text: str) -> str:
    return f'<a href="{href}">{esc(text)}</a>'


def ita_2568() -> None:
    rows = [
        ("o1", "โครงสร้าง", a("/node/3/", "โครงสร้างส่วนราชการ")),
        ("o2", "ข้อมูลผู้บริหาร", a("/node/5/", "คณะผู้บริหาร")),
        ("o3", "ข้อมูลการติดต่อ", a("/contact/", "ติดต่อเรา")),
        ("o4", "ข่าวประชาสัมพันธ์", a("/news/", "ข่าวประชาสัมพันธ์")),
        ("o5", "แผนพัฒนาท้องถิ่น", a("/taxonomy/term/1/", "หมวดแผนพัฒนา")),
        ("o6", "แผนดำเนินงานและการใช้งบประมาณประจำปี",
         a(path("action68"), "แผนการดำเนินงาน ปี 2568") + "<br />" + a(path("budget68"), "เทศบัญญัติงบประมาณ 2568")
         + "<br />" + a(node_of("six67"), "รายงานกำกับติดตาม รอบ 6 เดือน")),
        ("o7", "รายงานผลการดำเนินงานประจำปี",
         a(path("annual67"), "รายงานผลการดำเนินงาน ปี 2567") + "<br />" + a(path("spend67"), "รายงานการใช้จ่ายงบประมาณ ปี 2567")),
        ("o8", "คู่มือปฏิบัติงาน", a("/taxonomy/term/6/", "คู่มือ")),
        ("o9", "คู่มือประชาชน", a(path("manual-service"), "คู่มือสำหรับประชาชน")),
        ("o10", "E-Service", a("/eservice/", "ยื่นคำร้องออนไลน์")),
        ("o11", "สถิติการให้บริการ", a(path("stats68"), "สถิติการให้บริการ ปี 2568")),
        ("o12", "สขร.1 รายเดือน", a("/taxonomy/term/3/", "ประกาศจัดซื้อจัดจ้าง")),
        ("o13", "รายงานผลจัดซื้อจัดจ้างประจำปี", a(path("proc-annual67"), "รายงานผลการจัดซื้อจัดจ้าง ปี 2567")),
        ("o14", "แผนพัฒนาบุคลากร", a(path("hr-plan"), "แผนพัฒนาพนักงานเทศบาล")),
        ("o15", "รายงานผลพัฒนาบุคลากร", a(path("hr-report66"), "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล")),
        ("o16", "ประมวลจริยธรรม", a(path("ethics-code"), "ประมวลจริยธรรม") + "<br />" + a("/node/340/", "อบรมคุณธรรมจริยธรรม 2568")),
        ("o17", "คู่มือร้องเรียนการทุจริต", a(path("complaint-manual"), "คู่มือการจัดการเรื่องร้องเรียน")),
        ("o18", "ช่องทางร้องเรียนการทุจริต", a("/complaint/", "แจ้งเรื่องร้องเรียน")),
        ("o19", "สถิติเรื่องร้องเรียน", a(path("complaint-stats67"), "สถิติเรื่องร้องเรียนการทุจริต")),
        ("o20", "การมีส่วนร่วม", a("/node/336/", "ประชาคมตำบล 2568")),
        ("o21", "No Gift Policy", a(path("nogift66"), "ประกาศ No Gift Policy")),
        ("o22", "รายงานการรับของขวัญ", "-"),
        ("o23", "ประเมินความเสี่ยงการทุจริต", a(path("risk67"), "ผลการประเมินความเสี่ยงการทุจริต ประจำปี 2568")),
        ("o24", "รายงานการจัดการความเสี่ยง", a(gone("risk-report67"), "รายงานผลการจัดการความเสี่ยงการทุจริต")),
        ("o25", "แผนป้องกันการทุจริต", a(path("anti-plan67"), "แผนปฏิบัติการป้องกันการทุจริต")),
        ("o26", "รายงานผลป้องกันการทุจริต", a(path("anti-report67"), "รายงานผลตามแผนป้องกันการทุจริต 2567")),
    ]
    table = "\n".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{links}</td></tr>" for c, t, links in rows)
    page("/oit2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568",
         f"""<p>เทศบาลตำบลดอนหวายทอง เผยแพร่ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) ประจำปีงบประมาณ พ.ศ. 2568</p>
<table border="1" cellpadding="4"><thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr></thead><tbody>
{table}
</tbody></table>""")


def ita_2567() -> None:
    rows = [
        ("o1", "โครงสร้าง", a("/node/3/", "โครงสร้าง")),
        ("o5", "แผนพัฒนาท้องถิ่น", a(path("plan4y"), "แผนพัฒนาท้องถิ่นสี่ปี")),
        ("o6", "แผนดำเนินงานประจำปี", a(path("action67"), "แผนการดำเนินงาน 2567")),
        ("o7", "รายงานการกำกับติดตาม", a(path("plan-eval66"), "รายงานการติดตามและประเมินผลแผน")),
        ("o13", "แผนพัฒนาบุคลากร", a(path("hr-plan"), "แผนพัฒนาพนักงานเทศบาล")),
        ("o15", "รายงานผลพัฒนาบุคลากร", a(path("hr-report66"), "รายงานผลการพัฒนาบุคลากร")),
        ("o21", "ประกาศ No Gift Policy", a(path("nogift66"), "No Gift Policy")),
        ("o23", "ประเมินความเสี่ยงการทุจริต", a(gone("old-o23"), "การประเมินความเสี่ยง 2567")),
        ("o25", "แผนป้องกันการทุจริต", a(path("anti-plan67"), "แผนปฏิบัติการป้องกันการทุจริต 2567")),
    ]
    table = "\n".join(f"<tr><td>{c}</td><td>{esc(t)}</td><td>{links}</td></tr>" for c, t, links in rows)
    page("/oit2567/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2567",
         f"""<p>ข้อมูลตามแบบตรวจ OIT ประจำปีงบประมาณ พ.ศ. 2567</p>
<table border="1" cellpadding="4"><thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr></thead><tbody>
{table}
</tbody></table>""")


def write() -> None:
    for folder in ("node", "taxonomy", "news", "contact", "eservice", "complaint", "download", "oit2568", "oit2567",
                   "sites/all", "misc"):
        shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)
    for url, text in PAGES.items():
        target = os.path.join(HERE, url.strip("/"), "index.html")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as fh:
            fh.write(text)
    # the download counter: its static copy per query, and the script itself (no file: an error line)
    script = os.path.join(HERE, PUBDLCNT.strip("/"))
    os.makedirs(os.path.dirname(script), exist_ok=True)
    with open(script, "w", encoding="utf-8") as fh:
        fh.write("Error: file parameter is missing\n")
    for key, (_n, _ext, _t, _up, _term, nid) in DOCS.items():
        if nid is None or not counted(key):
            continue
        query = quote(f"file={path(key)}&nid={nid}", safe="=&-_.,+~")
        folder = os.path.join(script + ".q", query)
        os.makedirs(folder, exist_ok=True)
        shutil.copyfile(os.path.join(HERE, path(key).lstrip("/")), os.path.join(folder, os.path.basename(path(key))))


CSS = """body{font-family:Tahoma,sans-serif;font-size:13px;margin:0;background:#edf5fa}
#header{background:#1b6b9a;color:#fff;padding:8px 16px}#header a{color:#fff}
ul.primary-links li{display:inline;margin-right:12px}#sidebar-left{float:left;width:210px;padding:10px}
#center{margin-left:230px;padding:10px;background:#fff}#footer{clear:both;font-size:11px;color:#555;padding:12px}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px}.person{display:inline-block;width:200px}
"""


def assets() -> None:
    """The theme's stylesheet, script and pictures: small placeholders so that no picture 404s."""
    import io

    from PIL import Image

    def put(rel: str, data: bytes) -> None:
        target = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as fh:
            fh.write(data)

    def picture(size: tuple[int, int], shade: int, fmt: str) -> bytes:
        buf = io.BytesIO()
        Image.new("RGB", size, (shade, shade + 20, shade + 40)).save(buf, format=fmt)
        return buf.getvalue()

    put("sites/default/files/css/css_7f3a1e.css", CSS.encode())
    put("misc/jquery.js", b"/* jQuery 1.2.6 - New Wave Javascript (placeholder of the static copy) */\n")
    put("misc/favicon.ico", picture((16, 16), 40, "ICO"))
    put("sites/default/files/garland_logo.png", picture((48, 48), 30, "PNG"))
    put("sites/default/files/structure_chart.png", picture((60, 40), 200, "PNG"))
    for i in range(1, 6):
        put(f"sites/default/files/pictures/exec{i}.jpg", picture((12, 15), 90 + i * 10, "JPEG"))
    for nid, *_ in NEWS + OLD_NEWS:
        put(f"sites/default/files/news/{nid}_1.jpg", picture((16, 12), 60 + nid % 90, "JPEG"))


def main() -> None:
    about_pages()
    news_pages()
    doc_nodes()
    term_pages()
    ita_2568()
    ita_2567()
    write()
    assets()


if __name__ == "__main__":
    main()
