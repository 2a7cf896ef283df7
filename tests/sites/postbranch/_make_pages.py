"""Generate the HTML pages of the "postbranch" test site (ที่ทำการไปรษณีย์จังหวัดวารินทร์บุรี, invented).

Run:  python tests/sites/postbranch/_make_pages.py   (after _make_docs.py)

A Joomla-like CMS: every page is /index.php?option=com_content&view=article&id=<n> (or a
category, view=category&id=<n>, with &limitstart= for its second page), kept as static copies under
index.php.q/<query>/index.html; documents go out through /download.php?id=<n>, some shown first in
a viewer page (/viewer.php?doc=<n>: an embedded Google Drive preview with a direct download beside
it).  The ITA page is split: /index.php?option=com_content&view=article&id=40 lists the groups, one
page per group (id=41 … 47) holds that group's rows.  The procurement page has a year selector
(&year=2569 / &year=2568).  The complaint statistics page is in Thai digits only.  The old static
site the office moved from is still online under /old/ (its ITA 2568 page, its news).
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DOCS, url  # noqa: E402

ORG = "ที่ทำการไปรษณีย์จังหวัดวารินทร์บุรี"
CO = "บริษัท ไปรษณีย์ชาติ จำกัด"
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def art(n: int, extra: str = "") -> str:
    return f"/index.php?option=com_content&view=article&id={n}{extra}"


def cat(n: int, extra: str = "") -> str:
    return f"/index.php?option=com_content&view=category&id={n}{extra}"


def viewer(key: str) -> str:
    return f"/viewer.php?doc={DOCS[key]['id']}"


def a(href: str, text: str) -> str:
    return f'<a href="{html.escape(href)}">{text}</a>'


MENU = [(art(2), "หน้าแรก", "/"), ("", "เกี่ยวกับเรา", art(2)), ("", "โครงสร้างองค์กร", art(3)),
        ("", "ผู้บริหาร", art(4)), ("", "บริการ", art(7)), ("", "E-Service", art(9)),
        ("", "ข่าวสาร", cat(8)), ("", "จัดซื้อจัดจ้าง", art(30)), ("", "ดาวน์โหลด", cat(20)),
        ("", "ITA", art(40)), ("", "ติดต่อเรา", art(5))]


def layout(title: str, body: str) -> str:
    menu = "".join(f"<li>{a(m[2], m[1])}</li>" for m in MENU)
    side = (
        '<div class="moduletable"><h3>ผู้จัดการไปรษณีย์จังหวัด</h3><img src="/images/manager.jpg" alt="">'
        "<p>นายธีรวัฒน์ ศรีโพธิ์งาม</p></div>"
        '<div class="moduletable"><h3>ลิงก์ด่วน</h3><ul>'
        f"<li>{a(art(9), 'ติดตามสถานะพัสดุ / E-Service')}</li>"
        f"<li>{a(art(10), 'แจ้งเรื่องร้องเรียนการทุจริต')}</li>"
        f"<li>{a(art(40), 'ITA 2569')}</li>"
        f"<li>{a('/old/', 'เว็บไซต์เดิม')}</li>"
        f"<li>{a('/old/ita-2568/', 'ITA 2568 (เว็บเดิม)')}</li>"
        '<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li></ul></div>'
        '<div class="moduletable"><h3>Call Center</h3><p>0 4391 7720</p></div>'
    )
    return (
        '<!DOCTYPE html>\n<html lang="th"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)} - {ORG}</title>"
        '<link rel="stylesheet" href="/templates/postchat/css/template.css"></head><body>'
        f'<div id="header"><img src="/images/logo.png" alt="logo"><span>{ORG}</span><small>{CO}</small></div>'
        f'<ul class="nav menu">{menu}</ul>'
        f'<div id="main"><div id="content"><h2 class="item-title">{html.escape(title)}</h2>{body}</div>'
        f'<div id="aside">{side}</div></div>'
        f'<div id="footer">{ORG} 88 ถนนอุทัยวงศ์ ตำบลในเมือง อำเภอเมืองวารินทร์บุรี จังหวัดวารินทร์บุรี 43910 '
        "โทร 0 4391 7720 โทรสาร 0 4391 7729 | Powered by Joomla!</div></body></html>\n"
    )


PAGES: dict[str, str] = {}


def page(href: str, title: str, body: str) -> None:
    PAGES[href] = layout(title, body)


def path_of(href: str) -> str:
    if "?" in href:
        p, q = href.split("?", 1)
        return os.path.join(HERE, p.lstrip("/") + ".q", q, "index.html")
    return os.path.join(HERE, href.lstrip("/"), "index.html")


def attach(*keys: str) -> str:
    rows = "".join(
        f'<li><img src="/images/icons/{DOCS[k]["name"].rsplit(".", 1)[1]}.png" alt=""> '
        f"{a(url(k), html.escape(DOCS[k]['name']))}</li>" for k in keys)
    return f'<div class="attachments"><h4>ไฟล์แนบ</h4><ul>{rows}</ul></div>'


# ---------------------------------------------------------------- news
NEWS = [  # id, date, title, body, attachments
    (120, "3 เม.ย. 2569", "ไปรษณีย์จังหวัดวารินทร์บุรีร่วมงานสงกรานต์ ส่งความสุขถึงบ้าน", "เปิดบูธรับฝากพัสดุพิเศษช่วงเทศกาลสงกรานต์ ณ ลานหน้าศาลากลางจังหวัด", ()),
    (119, "20 มี.ค. 2569", "เปิดจุดรับฝากพัสดุตลาดเทศบาล 2", "ตามข้อเสนอจากเวทีรับฟังความคิดเห็นผู้ใช้บริการ เริ่มให้บริการ 1 มีนาคม 2569", ()),
    (118, "17 ก.พ. 2569", "เวทีรับฟังความคิดเห็นผู้ใช้บริการ ประจำปี 2569", "ผู้ประกอบการค้าออนไลน์ ผู้นำชุมชน และตัวแทนเทศบาล 46 คน ร่วมเสนอแนวทางปรับปรุงบริการ รายงานสรุปผลตามไฟล์แนบ", ("participation-69",)),
    (117, "26 ม.ค. 2569", "อบรมขับขี่ปลอดภัยพนักงานนำจ่าย", "พนักงานนำจ่าย 98 คน เข้ารับการอบรมกับตำรวจภูธรจังหวัด", ()),
    (116, "12 ม.ค. 2569", "วันเด็กแห่งชาติ 2569 ไปรษณีย์น้อย", "เปิดบ้านให้เด็กเรียนรู้การเดินทางของจดหมาย", ()),
    (115, "15 ธ.ค. 2568", "อบรมพนักงานเคาน์เตอร์ระบบรับฝากใหม่", "พนักงาน 64 คน อบรมระบบรับฝากใหม่ ตามแผนพัฒนาทรัพยากรบุคคล 2569", ()),
    (114, "2 ธ.ค. 2568", "เผยแพร่มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2569", "ไปรษณีย์จังหวัดวิเคราะห์ผลการประเมิน ITA 2568 และกำหนดมาตรการ ปี 2569", ("ita-analysis-68",)),
    (113, "18 พ.ย. 2568", "บริการส่งพัสดุผลไม้ตามฤดูกาล", "รับส่งส้มโอและมะขามหวานถึงปลายทางภายใน 2 วัน", ()),
    (112, "3 พ.ย. 2568", "ประกาศจ้างพิมพ์เอกสารแผนปฏิบัติการประจำปี 2569", "ประกาศผู้ได้รับการคัดเลือก รายละเอียดตามไฟล์แนบ", ("print-tender",)),
    (111, "9 ต.ค. 2568", "วันไปรษณีย์โลก 9 ตุลาคม", "กิจกรรมเขียนจดหมายถึงตัวเองในอนาคต", ()),
    (104, "22 ส.ค. 2568", "รับสมัครตัวแทนรับฝากชุมชน", "เปิดรับสมัครร้านค้าชุมชนเป็นตัวแทนรับฝากพัสดุ", ()),
    (103, "8 ก.ค. 2568", "ตรวจเยี่ยมที่ทำการไปรษณีย์อำเภอนาแก้ว", "ผู้จัดการไปรษณีย์จังหวัดตรวจเยี่ยมและรับฟังปัญหา", ()),
    (102, "14 พ.ค. 2568", "ไปรษณีย์คนดี ประจำปี 2568", "ยกย่องพนักงานนำจ่ายส่งคืนเงินสดที่พบในซองให้เจ้าของ", ()),
]


def build_pages() -> None:
    home_news = "".join(f"<li>{d} {a(art(i), t)}</li>" for i, d, t, _b, _f in NEWS[:6])
    page("/", "หน้าแรก", f'<div class="banner"><img src="/images/banner2569.jpg" alt="สวัสดีปีใหม่ 2569"></div>'
         f"<h3>ข่าวประชาสัมพันธ์</h3><ul>{home_news}</ul><p>{a(cat(8), 'ข่าวทั้งหมด')}</p>"
         f"<h3>บริการออนไลน์</h3><p>{a(art(9), 'E-Service ยื่นคำขอเช่าตู้ ป.ณ. / ขอสอบสวนสิ่งของ')}</p>"
         f'<p><a href="{html.escape(art(40))}"><img src="/images/ita-banner.png" alt="ITA 2569"></a></p>')
    page(art(2), "ประวัติไปรษณีย์จังหวัดวารินทร์บุรี",
         "<p>ไปรษณีย์จังหวัดวารินทร์บุรีเป็นหน่วยงานในสังกัด บริษัท ไปรษณีย์ชาติ จำกัด รัฐวิสาหกิจในสังกัดกระทรวงดิจิทัล "
         "ดูแลที่ทำการไปรษณีย์ 14 แห่งในจังหวัด เปิดทำการที่อาคารปัจจุบันเมื่อ พ.ศ. 2531</p>")
    page(art(3), "โครงสร้างองค์กรและอำนาจหน้าที่",
         '<img src="/images/org2568.jpg" alt="แผนภูมิโครงสร้าง"><h3>แผนภูมิโครงสร้าง</h3><ul><li>ผู้จัดการไปรษณีย์จังหวัด<ul>'
         "<li>ส่วนบริหารและทรัพยากรบุคคล</li><li>ส่วนบัญชีการเงินและพัสดุ</li><li>ส่วนปฏิบัติการขนส่งและนำจ่าย</li>"
         "<li>ส่วนการตลาดและบริการลูกค้า</li><li>ที่ทำการไปรษณีย์อำเภอ 13 แห่ง</li></ul></li></ul>"
         "<h3>อำนาจหน้าที่</h3><ol><li>ให้บริการรับฝาก ส่งต่อ และนำจ่ายไปรษณียภัณฑ์และพัสดุในเขตจังหวัด</li>"
         "<li>ให้บริการการเงินและบริการตัวแทนตามที่บริษัทมอบหมาย</li><li>กำกับดูแลที่ทำการไปรษณีย์ในสังกัด</li>"
         "<li>ดูแลตู้ไปรษณีย์และจุดบริการชุมชน</li><li>ดำเนินการอื่นตามที่บริษัทมอบหมาย</li></ol>")
    page(art(4), "ผู้บริหาร",
         '<table class="exec"><tr><td><img src="/images/manager.jpg" alt=""></td><td>นายธีรวัฒน์ ศรีโพธิ์งาม<br>ผู้จัดการไปรษณีย์จังหวัดวารินทร์บุรี<br>โทร 0 4391 7701</td></tr>'
         '<tr><td><img src="/images/deputy1.jpg" alt=""></td><td>นางกนกวรรณ ทองประเสริฐ<br>รองผู้จัดการ ด้านปฏิบัติการ<br>โทร 0 4391 7702</td></tr>'
         '<tr><td><img src="/images/deputy2.jpg" alt=""></td><td>นายอภิชาติ ชื่นบาน<br>รองผู้จัดการ ด้านบริหาร<br>โทร 0 4391 7703</td></tr></table>')
    page(art(5), "ติดต่อเรา",
         f"<p>{ORG} 88 ถนนอุทัยวงศ์ ตำบลในเมือง อำเภอเมืองวารินทร์บุรี จังหวัดวารินทร์บุรี 43910</p>"
         "<p>โทร 0 4391 7720 โทรสาร 0 4391 7729 อีเมล vrb.office@postchat.co.th เวลาทำการ จันทร์-ศุกร์ 08.30-16.30 น. เสาร์ 09.00-12.00 น.</p>"
         '<p><a href="https://maps.google.com/?q=15.9612,103.4410">แผนที่ Google Maps</a></p>'
         f"<p>{a(art(6), 'กระดานถาม-ตอบ (Q&amp;A)')}</p>"
         '<form method="post" action="/index.php?option=com_contact"><input name="name"><textarea name="msg"></textarea><button>ส่งข้อความ</button></form>')
    page(art(6), "ถาม-ตอบ (Q&A)",
         "<dl><dt>ถาม (14 ม.ค. 2569) เช่าตู้ ป.ณ. ออนไลน์ได้หรือไม่</dt><dd>ตอบ ได้ ผ่านเมนู E-Service</dd>"
         "<dt>ถาม (2 มี.ค. 2569) จุดรับฝากตลาดเทศบาล 2 เปิดกี่โมง</dt><dd>ตอบ 07.00-12.00 น. ทุกวัน</dd></dl>"
         '<form method="post" action="/index.php?option=com_qa"><textarea name="q"></textarea><button>ส่งคำถาม</button></form>')
    page(art(7), "บริการของเรา",
         "<ul><li>รับฝากจดหมาย พัสดุ EMS</li><li>เช่าตู้ไปรษณีย์</li><li>ธนาณัติและบริการการเงิน</li></ul>"
         f"<p>{a(viewer('service-manual'), 'คู่มือสำหรับประชาชน (ดูออนไลน์)')}</p>")
    page(art(9), "E-Service บริการออนไลน์",
         '<p><a href="https://track.postchat.co.th/">ติดตามสถานะพัสดุ (Track &amp; Trace)</a></p>'
         '<h3>ยื่นคำขอเช่าตู้ไปรษณีย์ / ขอสอบสวนสิ่งของฝากส่ง ออนไลน์</h3>'
         '<form method="post" action="/index.php?option=com_eservice&task=submit"><select name="type">'
         '<option>ขอเช่าตู้ ป.ณ.</option><option>ขอสอบสวนสิ่งของ</option></select>'
         '<input name="fullname" placeholder="ชื่อ-สกุล"><input name="phone" placeholder="โทรศัพท์">'
         '<input name="ref" placeholder="เลขที่ใบรับฝาก"><button type="submit">ส่งคำขอ</button></form>'
         f"<p>สถิติการให้บริการออนไลน์ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69): {a(url('eservice-stats'), 'ดาวน์โหลด')}</p>")
    page(art(10), "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         "<p>ผู้ร้องสามารถแจ้งได้ทาง 1) แบบฟอร์มด้านล่าง 2) โทร 0 4391 7777 (สายตรงผู้จัดการ) 3) หนังสือถึงผู้จัดการไปรษณีย์จังหวัด "
         "4) ตู้รับเรื่องร้องเรียนหน้าที่ทำการ ข้อมูลผู้ร้องเก็บเป็นความลับ</p>"
         '<form method="post" action="/index.php?option=com_complaint"><input name="subject"><textarea name="detail"></textarea>'
         '<input type="file" name="evidence"><button>ส่งเรื่อง</button></form>'
         '<p><a href="https://www.nacc.go.th/">ร้องเรียนผ่านสำนักงาน ป.ป.ช.</a></p>')
    stats = ("<p>ข้อมูล ณ วันที่ 12 ตุลาคม 2568</p><table><tr><th>ไตรมาส</th><th>เรื่องที่รับ</th><th>ดำเนินการแล้ว</th><th>อยู่ระหว่าง</th></tr>"
             "<tr><td>ต.ค.-ธ.ค. 2567</td><td>1</td><td>1</td><td>0</td></tr><tr><td>ม.ค.-มี.ค. 2568</td><td>0</td><td>0</td><td>0</td></tr>"
             "<tr><td>เม.ย.-มิ.ย. 2568</td><td>2</td><td>2</td><td>0</td></tr><tr><td>ก.ค.-ก.ย. 2568</td><td>1</td><td>1</td><td>0</td></tr>"
             "<tr><td>รวมปีงบประมาณ 2568</td><td>4</td><td>4</td><td>0</td></tr></table>")
    sel = f"<p>เลือกปี: <b>{'2568'.translate(TH)}</b> | {a(art(11, '&year=2567'), '2567'.translate(TH))}</p>"
    page(art(11), "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ 2568".translate(TH), sel + stats.translate(TH))
    page(art(11, "&year=2567"), "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ 2567".translate(TH),
         "<p>รวมปีงบประมาณ 2567 รับ 3 เรื่อง ดำเนินการแล้ว 3 เรื่อง</p>".translate(TH))
    page(art(12), "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม",
         f"<ul><li>{a(url('ethics-code'), 'ประมวลจริยธรรมพนักงาน')}</li>"
         f"<li>{a(url('ethics-drive-67'), 'รายงานผลการขับเคลื่อนจริยธรรม')}</li>"
         f"<li>{a(art(102), 'ข่าว ไปรษณีย์คนดี')}</li></ul>")
    for i, dt, t, b, files in NEWS:
        page(art(i), t, f'<p class="date">เผยแพร่ {dt}</p><p>{b}</p><img src="/images/news/{i}.jpg" alt="">'
             + (attach(*files) if files else ""))
    rows = "".join(f'<li><span class="date">{d}</span> {a(art(i), t)}</li>' for i, d, t, _b, _f in NEWS[:10])
    page(cat(8), "ข่าวประชาสัมพันธ์", f"<ul>{rows}</ul>"
         f'<div class="pagination">{a(cat(8, "&limitstart=10"), "ถัดไป")}</div>')
    old = "".join(f'<li><span class="date">{d}</span> {a(art(i), t)}</li>' for i, d, t, _b, _f in NEWS[10:])
    page(cat(8, "&limitstart=10"), "ข่าวประชาสัมพันธ์ (หน้า 2)", f"<ul>{old}</ul>" + a(cat(8), "ก่อนหน้า"))

    # procurement, with a year selector
    def proc(year: str, keys: list[str], label: str) -> str:
        lis = "".join(f"<li>{a(url(k), lab)}</li>" for k, lab in keys)
        return (f"<p>ปีงบประมาณ: {a(art(30, '&year=2569'), '2569')} | {a(art(30, '&year=2568'), '2568')}</p>"
                f"<h3>สรุปผลการจัดซื้อจัดจ้าง (แบบ สขร.1) ปีงบประมาณ {year}</h3><ul>{lis}</ul>{label}")
    y69 = [("skr-2569-03", "เดือนมีนาคม 2569"), ("skr-2569-02", "เดือนกุมภาพันธ์ 2569"),
           ("skr-2568-12", "เดือนธันวาคม 2568"), ("skr-2568-11", "เดือนพฤศจิกายน 2568"), ("skr-2568-10", "เดือนตุลาคม 2568")]
    body69 = proc("2569", y69, f"<p>{a(url('proc-annual-68'), 'รายงานผลการจัดซื้อจัดจ้างประจำปี 2568')}</p>")
    page(art(30), "จัดซื้อจัดจ้าง", body69)
    page(art(30, "&year=2569"), "จัดซื้อจัดจ้าง ปี 2569", body69)
    page(art(30, "&year=2568"), "จัดซื้อจัดจ้าง ปี 2568", proc("2568", [("skr-2568-09", "เดือนกันยายน 2568")],
         "<p>เดือนก่อนหน้าดูที่เว็บไซต์เดิม</p>"))

    # download categories
    cats = {20: ("แผนงาน", ["plan-69", "strat-64-68", "strat-eval", "print-tender"]),
            21: ("รายงาน", ["annual-67", "hr-report-68", "anti-report-68", "integrity-report-68", "participation-69"]),
            22: ("บริหารงานบุคคล", ["hr-criteria", "hr-plan-69", "hr-plan-draft", "hr-report-68"]),
            23: ("คุณธรรมและความโปร่งใส", ["nogift-67", "complaint-guide", "ethics-code", "anti-plan-68",
                                            "anti-plan-neighbour", "risk-invite", "ita-analysis-68"])}
    names = {"plan-69": "แผนปฏิบัติการและงบประมาณประจำปี 2569", "strat-64-68": "แผนยุทธศาสตร์ไปรษณีย์จังหวัด",
             "strat-eval": "รายงานการประเมินผลแผนยุทธศาสตร์", "print-tender": "ประกาศจ้างพิมพ์เอกสารแผน",
             "annual-67": "รายงานผลการดำเนินงานประจำปี", "hr-report-68": "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล 2568",
             "anti-report-68": "รายงานผลการดำเนินการป้องกันการทุจริต 2568",
             "integrity-report-68": "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมฯ 2568",
             "participation-69": "รายงานเวทีรับฟังความคิดเห็น 2569", "hr-criteria": "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
             "hr-plan-69": "แผนการบริหารและพัฒนาทรัพยากรบุคคล 2569", "hr-plan-draft": "แผนพัฒนาบุคลากร 2569",
             "nogift-67": "ประกาศนโยบาย No Gift Policy", "complaint-guide": "แนวทางการจัดการเรื่องร้องเรียน",
             "ethics-code": "ประมวลจริยธรรม", "anti-plan-68": "แผนปฏิบัติการป้องกันการทุจริต",
             "anti-plan-neighbour": "แผนปฏิบัติการป้องกันการทุจริต 2569", "risk-invite": "ประเมินความเสี่ยงการทุจริต 2569",
             "ita-analysis-68": "การวิเคราะห์ผล ITA และมาตรการ 2569"}
    for n, (t, keys) in cats.items():
        tabs = " | ".join(a(cat(m), cats[m][0]) for m in cats)
        rows = "".join(f"<tr><td>{a(url(k), names[k])}</td><td>{DOCS[k]['name'].rsplit('.', 1)[1].upper()}</td>"
                       f"<td>{os.path.getsize(os.path.join(HERE, 'download.php.q', 'id=' + str(DOCS[k]['id']), DOCS[k]['name'])) // 1024} KB</td></tr>"
                       for k in keys)
        page(cat(n), f"ดาวน์โหลด - {t}", f"<p>{tabs}</p><table>{rows}</table>")

    # viewer pages
    for k in ("strat-64-68", "plan-69", "service-manual"):
        ident = DOCS[k]["id"]
        page(viewer(k), names.get(k, "คู่มือสำหรับประชาชน"),
             f'<iframe src="https://drive.google.com/file/d/1vRb{ident}xQpostchatVRB/preview" width="100%" height="600"></iframe>'
             f'<p>{a(url(k), "ดาวน์โหลดไฟล์ต้นฉบับ (PDF)")}</p>')

    # ITA 2569: one page per group
    groups = {
        41: ("9.1 ข้อมูลพื้นฐาน", [("o1", "โครงสร้างองค์กร", art(3)), ("o2", "ผู้บริหาร", art(4)),
                                   ("o3", "ติดต่อ / ถาม-ตอบ", art(5)), ("o4", "ข่าวประชาสัมพันธ์", cat(8))]),
        42: ("9.2 การบริหารงานและงบประมาณ", [("o5", "แผนยุทธศาสตร์", viewer("strat-64-68")),
                                              ("o6", "แผนปฏิบัติการและงบประมาณ 2569", viewer("plan-69")),
                                              ("o7", "รายงานผลการดำเนินงานประจำปี", url("annual-67")),
                                              ("o8", "คู่มือการปฏิบัติงาน", url("work-manual")),
                                              ("o9", "คู่มือประชาชน", viewer("service-manual")), ("o10", "E-Service", art(9))]),
        43: ("9.3 การจัดซื้อจัดจ้าง", [("o11", "สขร.1 รายเดือน", art(30, "&year=2569")),
                                       ("o12", "รายงานจัดซื้อจัดจ้างประจำปี", url("proc-annual-68"))]),
        44: ("9.4 การบริหารทรัพยากรบุคคล", [("o13", "หลักเกณฑ์และแผน HR", cat(22)), ("o14", "รายงานผล HR", url("hr-report-68")),
                                             ("o15", "ประมวลจริยธรรม", art(12))]),
        45: ("9.5 การส่งเสริมความโปร่งใส", [("o16", "แนวทางจัดการเรื่องร้องเรียน", url("complaint-guide")),
                                             ("o17", "ช่องทางร้องเรียนการทุจริต", art(10)), ("o18", "สถิติเรื่องร้องเรียน", art(11)),
                                             ("o19", "การมีส่วนร่วม", art(118))]),
        46: ("10.1 การป้องกันการทุจริต (สินบน)", [("o20", "No Gift Policy", url("nogift-67")),
                                                  ("o21", "ประเมินความเสี่ยงการทุจริต", url("risk-invite")),
                                                  ("o22", "รายงานผลตามแผนบริหารความเสี่ยง", "/download.php?id=8")]),
        47: ("10.2 การส่งเสริมคุณธรรม", [("o23", "แผนป้องกันการทุจริต", url("anti-plan-68")),
                                         ("o24", "รายงานผลการป้องกันการทุจริต", url("anti-report-68")),
                                         ("o25", "นำผล ITA ไปพัฒนา", url("ita-analysis-68")),
                                         ("o26", "รายงานผลมาตรการคุณธรรม", url("integrity-report-68"))]),
    }
    for n, (t, rows) in groups.items():
        trs = "".join(f"<tr><td>{c}</td><td>{lab}</td><td>{a(h, 'คลิก')}</td></tr>" for c, lab, h in rows)
        if n == 46:
            trs = trs.replace("ประเมินความเสี่ยงการทุจริต</td>", "ประเมินความเสี่ยงการทุจริต (อยู่ระหว่างดำเนินการ)</td>")
        page(art(n), f"ITA 2569 : {t}", f"<table class=\"ita\"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{trs}</table>"
             f"<p>{a(art(40), 'กลับหน้า ITA')}</p>")
    page(art(40), "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2569",
         "<ul>" + "".join(f"<li>{a(art(n), t)}</li>" for n, (t, _r) in groups.items()) + "</ul>"
         f"<p>{a('/old/ita-2568/', 'ITA ปี 2568 (เว็บไซต์เดิม)')}</p>")

    # the old static site
    old_layout = ('<html><head><meta charset="utf-8"><title>{t}</title></head><body><table width="900"><tr><td>'
                  '<img src="/old/img/head.gif" alt=""></td></tr><tr><td><a href="/old/">หน้าแรก</a> | '
                  '<a href="/old/news/">ข่าว</a> | <a href="/old/ita-2568/">ITA 2568</a> | <a href="/">เว็บไซต์ใหม่</a></td></tr>'
                  '<tr><td>{b}</td></tr><tr><td>ไปรษณีย์จังหวัดวารินทร์บุรี โทร 0 4391 7720</td></tr></table></body></html>\n')
    PAGES["/old/"] = old_layout.format(t="ไปรษณีย์จังหวัดวารินทร์บุรี (เว็บไซต์เดิม)",
                                       b="<p>เว็บไซต์นี้ย้ายไปยังระบบใหม่แล้ว กรุณาคลิก <a href=\"/\">เว็บไซต์ใหม่</a></p>")
    PAGES["/old/news/"] = old_layout.format(t="ข่าว", b="<ul><li>10 ต.ค. 2566 ประกาศนโยบาย No Gift Policy "
                                            f"<a href=\"{html.escape(url('nogift-67'))}\">ดาวน์โหลด</a></li>"
                                            "<li>20 ธ.ค. 2567 ประเมินความเสี่ยงการทุจริต 2568 <a href=\"/old/files/ita68/o36.pdf\">ไฟล์</a></li></ul>")
    oldrows = [("o20", "No Gift Policy", url("nogift-67")), ("o21", "การประเมินความเสี่ยงการทุจริต", "/old/files/ita68/o36.pdf"),
               ("o22", "รายงานผลการบริหารความเสี่ยง", "/old/files/ita68/o37.pdf"), ("o23", "แผนป้องกันการทุจริต", url("anti-plan-68")),
               ("o15", "การขับเคลื่อนจริยธรรม", url("ethics-drive-67"))]
    PAGES["/old/ita-2568/"] = old_layout.format(t="ITA 2568", b="<h2>ITA ประจำปี 2568</h2><table border=\"1\">" + "".join(
        f"<tr><td>{c}</td><td>{lab}</td><td><a href=\"{html.escape(h)}\">เปิด</a></td></tr>" for c, lab, h in oldrows) + "</table>")


def placeholders() -> None:
    """The template's images and style sheet: tiny, so that no page shows a broken image."""
    import io
    import re

    from PIL import Image

    wanted = set()
    for text in PAGES.values():
        wanted.update(re.findall(r'src="(/[^"]+\.(?:jpg|png|gif))"', text))
    wanted.add("/templates/postchat/css/template.css")
    for src in sorted(wanted):
        p = os.path.join(HERE, src.lstrip("/"))
        os.makedirs(os.path.dirname(p), exist_ok=True)
        if src.endswith(".css"):
            data = b"body{font-family:Tahoma,sans-serif}#aside{float:right;width:240px}\n"
        else:
            buf = io.BytesIO()
            fmt = {"jpg": "JPEG", "png": "PNG", "gif": "GIF"}[src.rsplit(".", 1)[1]]
            Image.new("RGB", (8, 8), (200, 30, 40)).save(buf, format=fmt)
            data = buf.getvalue()
        with open(p, "wb") as f:
            f.write(data)


def main() -> None:
    build_pages()
    placeholders()
    for href, text in PAGES.items():
        p = path_of(href)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
