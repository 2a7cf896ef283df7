"""Generate the HTML pages of the "police" test site (สถานีตำรวจภูธรดงพะเนา).

Run:  python tests/sites/police/_make_pages.py   (the files it links come from _make_docs.py)

A free Bootstrap template kept by one officer: a Bootstrap navbar with dropdowns (<nav>, <ul>),
a welcome marquee, a right sidebar of banners (1599, แจ้งความออนไลน์, ITA 2569), plain .html
pages in a few folders (/about/, /docs/, /service/, /complaint/, /news/<id>.html, /ita/2569.html)
and a footer with address, phone, e-mail and a visitor counter on every page. The ITA page is one
long Bootstrap table; many rows open Drive-like view pages on the same host
(/drive/file/<id>/view/) showing a file name and a download button. Post dates are written
"วันที่ 12 มีนาคม 2569". UTF-8. Latest content: 24 เม.ย. 2569.
"""

from __future__ import annotations

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _make_docs import DRIVE, FILES, GONE, drive_view  # noqa: E402

ORG = "สถานีตำรวจภูธรดงพะเนา"
SHORT = "สภ.ดงพะเนา"
F = FILES


def V(key: str) -> str:
    """The link a page shows for a file: its Drive view page if it lives on the drive."""
    return drive_view(key) if key in DRIVE else F[key]


NAV = [  # (heading, [(text, href)]) ; a heading with one link is a plain nav item
    ("หน้าแรก", [("หน้าแรก", "/")]),
    ("เกี่ยวกับ สภ.", [("ประวัติสถานี", "/about/history.html"), ("วิสัยทัศน์ พันธกิจ", "/about/vision.html"),
                      ("โครงสร้างและอำนาจหน้าที่", "/about/structure.html"),
                      ("ทำเนียบผู้บังคับบัญชา", "/about/executives.html"),
                      ("คณะกรรมการ กต.ตร.สภ.ดงพะเนา", "/about/gtt.html"),
                      ("พื้นที่รับผิดชอบ", "/about/area.html")]),
    ("ข่าวสาร", [("ข่าวประชาสัมพันธ์", "/news/"), ("ตำรวจชุมชนสัมพันธ์", "/news/community.html"), ("คำสั่ง สภ.ดงพะเนา", "/docs/orders.html"),
                 ("จัดซื้อจัดจ้าง", "/docs/procurement.html")]),
    ("ข้อมูลหน่วยงาน", [("แผนงาน / ผลการปฏิบัติราชการ", "/docs/plan.html"),
                        ("การบริหารทรัพยากรบุคคล", "/docs/hr.html"),
                        ("สถิติคดีอาญา", "/docs/crime-stats.html"),
                        ("คุณธรรมและความโปร่งใส", "/docs/integrity.html")]),
    ("บริการประชาชน", [("คู่มือสำหรับประชาชน", "/service/manual.html"), ("E-Service", "/service/eservice.html"),
                       ("ถาม-ตอบ", "/qa.html")]),
    ("ร้องเรียน", [("แจ้งเรื่องร้องเรียน", "/complaint/"), ("สถิติเรื่องร้องเรียน", "/complaint/stats.html")]),
    ("ITA 2569", [("ITA 2569", "/ita/2569.html")]),
    ("ติดต่อเรา", [("ติดต่อเรา", "/contact.html")]),
]


def navbar() -> str:
    items = []
    for k, (head, links) in enumerate(NAV):
        if len(links) == 1:
            items.append(f'<li class="nav-item"><a class="nav-link" href="{links[0][1]}">{head}</a></li>')
            continue
        sub = "".join(f'<li><a class="dropdown-item" href="{h}">{html.escape(t)}</a></li>' for t, h in links)
        items.append(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="dd{k}"'
                     f' role="button" data-bs-toggle="dropdown">{head}</a>'
                     f'<ul class="dropdown-menu" aria-labelledby="dd{k}">{sub}</ul></li>')
    return ('<nav class="navbar navbar-expand-lg navbar-dark bg-police"><div class="container">'
            f'<a class="navbar-brand" href="/"><img src="/images/logo.png" width="40" height="40" alt=""> {SHORT}</a>'
            '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav">'
            '<span class="navbar-toggler-icon"></span></button>'
            f'<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav ms-auto">{"".join(items)}</ul>'
            '</div></div></nav>')


SIDEBAR = """<div class="col-lg-3"><div class="card mb-3"><div class="card-header bg-police text-white">ลิงก์ด่วน</div>
<div class="list-group list-group-flush">
<a class="list-group-item" href="/ita/2569.html">ITA 2569 การเปิดเผยข้อมูลสาธารณะ</a>
<a class="list-group-item" href="https://thaipoliceonline.go.th/">แจ้งความออนไลน์</a>
<a class="list-group-item" href="/complaint/">ร้องเรียนการทุจริต</a>
<a class="list-group-item" href="https://www.royalthaipolice.go.th/">สำนักงานตำรวจแห่งชาติ</a>
<a class="list-group-item" href="/service/eservice.html">ฝากบ้านออนไลน์</a>
</div></div><div class="card"><div class="card-body text-center"><h5>สายด่วน 191 / 1599</h5>
<p class="small">เหตุด่วนเหตุร้าย แจ้งได้ตลอด 24 ชั่วโมง</p></div></div></div>"""

FOOTER = f"""<footer class="footer mt-4 py-4"><div class="container"><div class="row">
<div class="col-md-6"><h6>{ORG}</h6><p class="small">เลขที่ 88 หมู่ 3 ตำบลดงพะเนา อำเภอพังโคน จังหวัดสกลนคร 47160<br>
โทรศัพท์ 0 4270 3191 โทรสาร 0 4270 3192<br>อีเมล saraban.dongphanao@police.go.th</p></div>
<div class="col-md-6 text-md-end small">ผู้ดูแลเว็บไซต์ : ร.ต.อ.กิตติพงษ์ บุญเรือง รอง สว.(อก.)<br>
ผู้เข้าชม 48,215 ครั้ง | <a href="/policy.html">นโยบายเว็บไซต์</a><br>&copy; 2569 {ORG} สงวนลิขสิทธิ์</div></div></div></footer>"""


def write(url: str, title: str, body: str, sidebar: bool = True) -> None:
    rel = url.lstrip("/")
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    main = (f'<div class="row"><div class="col-lg-9"><h2 class="page-header">{html.escape(title)}</h2>{body}</div>'
            f"{SIDEBAR}</div>" if sidebar else body)
    page = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | {ORG}</title>
<link rel="stylesheet" href="/css/bootstrap.min.css"><link rel="stylesheet" href="/css/style.css">
</head><body>
<div class="topbar"><div class="container"><img src="/images/logo.png" width="60" height="60" alt="ตราสำนักงานตำรวจแห่งชาติ">
<span class="site-name">{ORG}</span><span class="site-sub">ตำรวจภูธรจังหวัดสกลนคร</span></div></div>
{navbar()}
<div class="marquee-bar"><div class="container"><marquee scrollamount="4">ยินดีต้อนรับสู่เว็บไซต์{ORG}
 "บำบัดทุกข์ บำรุงสุข" เหตุด่วนเหตุร้ายโทร 191</marquee></div></div>
<div class="container mt-3">{main}</div>
{FOOTER}
<script src="/js/bootstrap.bundle.min.js"></script>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(page)


def a(text: str, href: str) -> str:
    return f'<a href="{href}" target="_blank">{html.escape(text)}</a>'


def table(head: list[str], rows: list[list[str]], cls: str = "table table-bordered table-striped") -> str:
    th = "".join(f"<th>{h}</th>" for h in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<div class="table-responsive"><table class="{cls}"><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table></div>'


def size(key: str) -> str:
    if key in GONE:
        return "245 KB"
    path = os.path.join(HERE, F[key].lstrip("/"))
    return f"{max(0, os.path.getsize(path)) // 1024} KB" if os.path.exists(path) else "-"


# ------------------------------------------------------------------ news
POSTS = {  # id: (date text, title, body html, image)
    122: ("24 เมษายน 2569", "ประชาสัมพันธ์ ระวังมิจฉาชีพแอบอ้างเป็นเจ้าหน้าที่ตำรวจ โทรแจ้งว่ามีพัสดุผิดกฎหมาย",
          "<p>สภ.ดงพะเนา ขอเตือนประชาชน หากมีผู้โทรศัพท์อ้างเป็นเจ้าหน้าที่ตำรวจ แจ้งว่าท่านมีพัสดุผิดกฎหมาย"
          "หรือบัญชีพัวพันคดีฟอกเงิน และให้โอนเงินเพื่อตรวจสอบ ให้วางสายทันที ตำรวจไม่มีนโยบายให้โอนเงินทุกกรณี"
          " สอบถามได้ที่ 0 4270 3191 หรือสายด่วน 1441</p>", ""),
    121: ("22 เมษายน 2569", "ผกก.สภ.ดงพะเนา ปล่อยแถวระดมกวาดล้างอาชญากรรมและยาเสพติด",
          "<p>วันที่ 22 เมษายน 2569 เวลา 08.30 น. พ.ต.อ.ธีรวัฒน์ แสงอรุณรุ่ง ผกก.สภ.ดงพะเนา เป็นประธานปล่อยแถว"
          "ข้าราชการตำรวจ อาสาสมัครตำรวจบ้าน และฝ่ายปกครอง ออกระดมกวาดล้างอาชญากรรม ยาเสพติด อาวุธปืน"
          " ผลการปฏิบัติ จับกุมผู้ต้องหาได้ 6 ราย</p>", ""),
    120: ("20 เมษายน 2569", "สภ.ดงพะเนา ประชุมข้าราชการตำรวจประจำเดือนเมษายน 2569",
          "<p>วันที่ 20 เมษายน 2569 พ.ต.อ.ธีรวัฒน์ แสงอรุณรุ่ง ผกก.สภ.ดงพะเนา เป็นประธานการประชุมข้าราชการตำรวจ"
          " ประจำเดือนเมษายน 2569 ณ ห้องประชุมชั้น 2 สรุปผลการปฏิบัติช่วงเทศกาลสงกรานต์ ไม่มีผู้เสียชีวิตในพื้นที่</p>"
          "<p>ผกก. ได้กำชับงานอำนวยการให้เร่งจัดทำรายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต"
          " ประจำปีงบประมาณ พ.ศ. 2568 ซึ่งยังไม่แล้วเสร็จ ให้ทุกงานส่งข้อมูลภายในวันที่ 30 เมษายน 2569"
          " เพื่อเผยแพร่บนเว็บไซต์ตามแบบ ITA</p>", ""),
    119: ("10 เมษายน 2569", "ตั้งจุดบริการประชาชน ช่วง 7 วันอันตราย เทศกาลสงกรานต์ 2569",
          "<p>สภ.ดงพะเนา ร่วมกับอำเภอพังโคน ตั้งจุดบริการประชาชนบนทางหลวงหมายเลข 22 ระหว่างวันที่ 11 – 17 เมษายน 2569"
          " พร้อมบริการน้ำดื่มและจุดพักรถ</p>", "/images/news/songkran69.jpg"),
    118: ("12 มีนาคม 2569", "เปิดเวทีประชาคมรับฟังความคิดเห็นประชาชน แผนจัดระเบียบจราจรหน้าโรงเรียน",
          "<p>วันที่ 12 มีนาคม 2569 สภ.ดงพะเนา เปิดเวทีประชาคม ณ ศาลาประชาคมบ้านดงพะเนา"
          " เพื่อให้ผู้ปกครอง ครู ผู้นำชุมชน และผู้ประกอบการร้านค้า ร่วมแสดงความคิดเห็นต่อแผนจัดระเบียบการจราจร"
          " หน้าโรงเรียน 3 แห่ง มีผู้เข้าร่วม 112 คน</p><p>ที่ประชุมเสนอให้ปรับจุดจอดรับส่งนักเรียนและเพิ่มอาสาจราจร"
          " ช่วงเช้า สภ.ดงพะเนา นำข้อเสนอไปปรับแผนและเริ่มใช้ตั้งแต่ภาคเรียนที่ 1/2569 พร้อมแจ้งผลให้ชุมชนทราบ"
          "ผ่านผู้ใหญ่บ้านและเพจของสถานี</p>", "/images/news/forum69.jpg"),
    117: ("25 กุมภาพันธ์ 2569", "ตำรวจชุมชนสัมพันธ์ ออกเคาะประตูบ้าน พบปะประชาชน",
          "<p>ชุดตำรวจชุมชน สภ.ดงพะเนา ออกเยี่ยมบ้านประชาชนหมู่ 5 และหมู่ 7 ตำบลดงพะเนา แนะนำการป้องกันมิจฉาชีพ"
          "ทางโทรศัพท์ และแจกเบอร์ติดต่อสายตรวจประจำตำบล</p>", "/images/news/visit69.jpg"),
    116: ("5 กุมภาพันธ์ 2569", "ประชุมคณะกรรมการ กต.ตร.สภ.ดงพะเนา ครั้งที่ 1/2569",
          "<p>คณะกรรมการตรวจสอบและติดตามการบริหารงานตำรวจ (กต.ตร.) สภ.ดงพะเนา ประชุมครั้งที่ 1/2569"
          " รับทราบผลการปฏิบัติงานไตรมาสที่ 1 และสถิติคดีอาญา</p>", ""),
    115: ("16 มกราคม 2569", "สภ.ดงพะเนา จัดอบรมคุณธรรมจริยธรรมข้าราชการตำรวจ ประจำปี 2569",
          "<p>วันที่ 16 มกราคม 2569 สภ.ดงพะเนา จัดโครงการอบรมคุณธรรมจริยธรรมข้าราชการตำรวจ ประจำปีงบประมาณ พ.ศ. 2569"
          " มีข้าราชการตำรวจและลูกจ้างเข้าร่วม 71 นาย โดยเชิญพระครูสุทธิธรรมวงศ์ และวิทยากรจากสำนักงาน ป.ป.ช."
          "ประจำจังหวัดสกลนคร บรรยายเรื่องประมวลจริยธรรมข้าราชการตำรวจ การขัดกันระหว่างประโยชน์ส่วนตนและประโยชน์ส่วนรวม"
          " และการไม่รับของขวัญ (No Gift Policy)</p>", "/images/news/ethics69.jpg"),
    114: ("10 มกราคม 2569", "จัดกิจกรรมวันเด็กแห่งชาติ ประจำปี 2569",
          "<p>สภ.ดงพะเนา จัดกิจกรรมวันเด็กแห่งชาติ 2569 ให้เด็กร่วมชมรถสายตรวจและเรียนรู้กฎจราจร</p>", ""),
    113: ("8 ธันวาคม 2568", "ส่งเจ้าหน้าที่เข้าอบรมการจัดทำแผนปฏิบัติการป้องกันการทุจริต ที่ ภ.จว.สกลนคร",
          "<p>ร.ต.อ.กิตติพงษ์ บุญเรือง รอง สว.(อก.) เข้าอบรมเชิงปฏิบัติการการจัดทำแผนปฏิบัติการป้องกันการทุจริต"
          "และการประเมินความเสี่ยงการทุจริต ณ ห้องประชุม ภ.จว.สกลนคร เพื่อนำความรู้มาปรับปรุงแผนของสถานี</p>", ""),
    112: ("9 ธันวาคม 2568", "ร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล 2568",
          "<p>ข้าราชการตำรวจ สภ.ดงพะเนา ร่วมเดินรณรงค์วันต่อต้านคอร์รัปชันสากล และย้ำนโยบาย No Gift Policy"
          "ของสถานีต่อประชาชนที่มาติดต่อ</p>", ""),
    111: ("3 พฤศจิกายน 2568", "จิตอาสาอำนวยความสะดวกงานประเพณีลอยกระทง 2568",
          "<p>สภ.ดงพะเนา จัดกำลังจิตอาสาและอาสาสมัครตำรวจบ้าน ดูแลความปลอดภัยงานลอยกระทง ณ หนองดงพะเนา</p>", ""),
    110: ("1 ตุลาคม 2568", "ผกก.สภ.ดงพะเนา นำข้าราชการตำรวจประกาศเจตนารมณ์ No Gift Policy ปีงบประมาณ 2569",
          f"<p>วันที่ 1 ตุลาคม 2568 พ.ต.อ.ธีรวัฒน์ แสงอรุณรุ่ง ผกก.สภ.ดงพะเนา นำข้าราชการตำรวจทุกนาย"
          f" ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ประจำปีงบประมาณ พ.ศ. 2569"
          f" {a('ดาวน์โหลดประกาศ', F['nogift2569'])}</p>", ""),
    # FY2568 (page 2)
    109: ("20 สิงหาคม 2568", "ประชุมเชิงปฏิบัติการจัดทำ (ร่าง) แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569",
          f"<p>สภ.ดงพะเนา ประชุมเชิงปฏิบัติการเพื่อจัดทำร่างแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569"
          f" ให้ทุกงานเสนอโครงการ {a('เอกสารประกอบการประชุม', F['action_plan_draft'])}</p>", ""),
    108: ("18 กรกฎาคม 2568", "อบรมคุณธรรมจริยธรรมข้าราชการตำรวจ ประจำปี 2568",
          "<p>สภ.ดงพะเนา จัดอบรมคุณธรรมจริยธรรมข้าราชการตำรวจ ประจำปีงบประมาณ พ.ศ. 2568 ผู้เข้าร่วม 64 นาย</p>", ""),
    107: ("10 มิถุนายน 2568", "ประชุมประชาคมหมู่บ้าน ป้องกันยาเสพติด 2568",
          "<p>สภ.ดงพะเนา ร่วมกับผู้นำชุมชน 12 หมู่บ้าน ประชุมประชาคมป้องกันยาเสพติด ผู้เข้าร่วม 150 คน</p>", ""),
    106: ("12 มีนาคม 2568", "มอบรางวัลตำรวจดีเด่นประจำไตรมาส",
          "<p>ผกก.สภ.ดงพะเนา มอบเกียรติบัตรตำรวจดีเด่นประจำไตรมาสที่ 2/2568</p>", ""),
    105: ("14 มกราคม 2568", "สภ.ดงพะเนา จัดกิจกรรมวันเด็กแห่งชาติ ประจำปี 2568",
          "<p>สภ.ดงพะเนา จัดกิจกรรมวันเด็กแห่งชาติ 2568 ณ ลานหน้าสถานี มีเด็กและผู้ปกครองร่วมงานกว่า 300 คน</p>", ""),
    104: ("15 พฤศจิกายน 2567", "ตำรวจชุมชนร่วมงานบุญกฐินสามัคคี บ้านนาหัวบ่อ",
          "<p>ชุดตำรวจชุมชน สภ.ดงพะเนา ร่วมงานบุญกฐินสามัคคีและดูแลการจราจร ณ วัดบ้านนาหัวบ่อ</p>", ""),
}


def news_pages() -> None:
    def card(n: int) -> str:
        date, title, body, img = POSTS[n]
        im = f'<img src="{img}" class="img-fluid mb-2" width="220" height="140" alt="">' if img else ""
        return (f'<div class="card mb-2"><div class="card-body">{im}<h5><a href="/news/{n}.html">{html.escape(title)}</a></h5>'
                f'<p class="text-muted small"><i class="bi bi-calendar"></i> วันที่ {date}</p></div></div>')

    page1 = [n for n in POSTS if n >= 110]
    page2 = [n for n in POSTS if n < 110]
    pager = ('<nav><ul class="pagination"><li class="page-item active"><a class="page-link" href="/news/">1</a></li>'
             '<li class="page-item"><a class="page-link" href="/news/page2.html">2</a></li></ul></nav>')
    write("/news/", "ข่าวประชาสัมพันธ์", "".join(card(n) for n in page1) + pager)
    write("/news/page2.html", "ข่าวประชาสัมพันธ์ (หน้า 2)", "".join(card(n) for n in page2) + pager)
    write("/news/community.html", "ตำรวจชุมชนสัมพันธ์", "".join(card(n) for n in (118, 117, 107, 104)))
    for n, (date, title, body, img) in POSTS.items():
        im = f'<p><img src="{img}" class="img-fluid" width="220" height="140" alt=""></p>' if img else ""
        write(f"/news/{n}.html", title,
              f'<p class="text-muted small">โพสต์เมื่อ วันที่ {date} โดย admin</p>{body}{im}'
              '<p><a href="/news/">&laquo; กลับหน้าข่าว</a></p>')


def home() -> None:
    latest = "".join(f'<li class="list-group-item"><a href="/news/{n}.html">{html.escape(POSTS[n][1])}</a>'
                     f' <span class="text-muted small">({POSTS[n][0]})</span></li>' for n in (122, 121, 120, 119, 118))
    body = (f'<div class="jumbotron p-4 mb-3 bg-light"><h1 class="h3">{ORG}</h1><p>"บำบัดทุกข์ บำรุงสุข"'
            ' ให้บริการประชาชนตลอด 24 ชั่วโมง</p></div>'
            f'<h4>ข่าวล่าสุด</h4><ul class="list-group mb-3">{latest}</ul>'
            '<p><a class="btn btn-primary" href="/news/">ข่าวทั้งหมด</a> '
            '<a class="btn btn-danger" href="/ita/2569.html">ITA 2569</a></p>')
    write("/", "หน้าแรก", body)


def about() -> None:
    write("/about/history.html", "ประวัติสถานีตำรวจภูธรดงพะเนา",
          "<p>สถานีตำรวจภูธรดงพะเนา เดิมเป็นสถานีตำรวจภูธรตำบล ยกฐานะเป็นสถานีตำรวจภูธรเมื่อปี พ.ศ. 2538"
          " ปัจจุบันตั้งอยู่เลขที่ 88 หมู่ 3 ตำบลดงพะเนา รับผิดชอบ 3 ตำบล 31 หมู่บ้าน</p>")
    write("/about/vision.html", "วิสัยทัศน์ พันธกิจ",
          "<h4>วิสัยทัศน์</h4><p>สถานีตำรวจที่ประชาชนไว้วางใจ ชุมชนปลอดภัย</p><h4>พันธกิจ</h4><ol>"
          "<li>ป้องกันและปราบปรามอาชญากรรม ยาเสพติด</li><li>อำนวยความยุติธรรมในคดีอาญาอย่างโปร่งใส</li>"
          "<li>บริการประชาชนด้วยความเสมอภาค</li><li>ส่งเสริมตำรวจชุมชนและการมีส่วนร่วม</li></ol>"
          "<p>ค่านิยม : ซื่อสัตย์ สุจริต โปร่งใส ตรวจสอบได้</p>")
    write("/about/structure.html", "โครงสร้างและอำนาจหน้าที่",
          '<p><img src="/images/org-chart.png" class="img-fluid" width="800" height="380" alt="โครงสร้างสถานีตำรวจภูธรดงพะเนา"></p>'
          "<h4>โครงสร้างการแบ่งงาน</h4><ul><li>ผู้กำกับการสถานีตำรวจภูธรดงพะเนา (ผกก.) ผู้บังคับบัญชาสูงสุดของสถานี</li>"
          "<li>รองผู้กำกับการป้องกันปราบปราม (รอง ผกก.ป.) : งานป้องกันปราบปราม งานจราจร</li>"
          "<li>รองผู้กำกับการสืบสวน (รอง ผกก.สส.) : งานสืบสวน</li><li>สารวัตรสอบสวน : งานสอบสวน</li>"
          "<li>รองสารวัตรอำนวยการ : งานอำนวยการ ธุรการ การเงิน พัสดุ</li>"
          "<li>คณะกรรมการตรวจสอบและติดตามการบริหารงานตำรวจ (กต.ตร.สภ.ดงพะเนา) ภาคประชาชน</li></ul>"
          "<h4>อำนาจหน้าที่ (ตามพระราชบัญญัติตำรวจแห่งชาติ พ.ศ. 2565 มาตรา 6 โดยสรุป)</h4><ol>"
          "<li>ถวายความปลอดภัยแด่พระมหากษัตริย์ พระราชินี พระรัชทายาท และพระบรมวงศานุวงศ์</li>"
          "<li>รักษาความสงบเรียบร้อย ความปลอดภัยของประชาชน และความมั่นคงของราชอาณาจักร</li>"
          "<li>ป้องกันและปราบปรามการกระทำความผิดทางอาญา</li>"
          "<li>ดำเนินการเกี่ยวกับคดีอาญา (รับแจ้งความ สืบสวน สอบสวน) ตามประมวลกฎหมายวิธีพิจารณาความอาญา</li>"
          "<li>ดูแลการจราจรและอำนวยความสะดวกแก่ประชาชน</li>"
          "<li>ปฏิบัติการอื่นใดตามที่กฎหมายกำหนดให้เป็นหน้าที่ของข้าราชการตำรวจ</li></ol>")
    people = [("chief", "พ.ต.อ.ธีรวัฒน์ แสงอรุณรุ่ง", "ผู้กำกับการสถานีตำรวจภูธรดงพะเนา", "08 1044 2719"),
              ("deputy-p", "พ.ต.ท.ประสิทธิ์ วงศ์คำ", "รองผู้กำกับการป้องกันปราบปราม", "08 9571 3320"),
              ("deputy-ss", "พ.ต.ท.อนุชา ศรีโคตร", "รองผู้กำกับการสืบสวน", "06 1928 4471"),
              ("inspector-inv", "พ.ต.ท.หญิง วรรณา พรหมมา", "สารวัตร (สอบสวน)", "09 3317 6620"),
              ("inspector-adm", "ร.ต.อ.กิตติพงษ์ บุญเรือง", "รองสารวัตร (อำนวยการ)", "08 7236 0914")]
    cards = "".join(f'<div class="col-md-4 text-center mb-3"><img src="/images/people/{p}.jpg" width="100" height="130"'
                    f' class="rounded" alt="{n}"><h6 class="mt-2">{n}</h6><p class="small">{pos}<br>โทร. {tel}</p></div>'
                    for p, n, pos, tel in people)
    write("/about/executives.html", "ทำเนียบผู้บังคับบัญชา", f'<div class="row">{cards}</div>')
    write("/about/gtt.html", "คณะกรรมการตรวจสอบและติดตามการบริหารงานตำรวจ (กต.ตร.สภ.ดงพะเนา)",
          "<p>วาระ พ.ศ. 2567 – 2569 (ตามระเบียบ ก.ต.ช.)</p>"
          + table(["ลำดับ", "ชื่อ-สกุล", "ตำแหน่งใน กต.ตร.", "อาชีพ"],
                  [["1", "นายสมพงษ์ ใจกว้าง", "ประธานกรรมการ", "ผู้ใหญ่บ้าน"],
                   ["2", "นางบุญเรือน คำมุงคุณ", "รองประธาน", "ค้าขาย"],
                   ["3", "นายวีระ ทองสุข", "กรรมการ", "ข้าราชการบำนาญ"],
                   ["4", "นางสาวพรทิพย์ ศรีสะอาด", "กรรมการ", "ครู"],
                   ["5", "ผกก.สภ.ดงพะเนา", "กรรมการและเลขานุการ", "-"]]))
    write("/policy.html", "นโยบายเว็บไซต์และการคุ้มครองข้อมูลส่วนบุคคล",
          "<p>สภ.ดงพะเนา เก็บข้อมูลส่วนบุคคลที่ท่านกรอกในแบบฟอร์มร้องเรียน ถาม-ตอบ และ E-Service"
          " เพื่อใช้ดำเนินการตามคำขอเท่านั้น ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562"
          " และไม่เปิดเผยต่อบุคคลภายนอก เว็บไซต์ใช้คุกกี้เพื่อนับจำนวนผู้เข้าชม</p>")
    write("/about/area.html", "พื้นที่รับผิดชอบ",
          table(["ตำบล", "หมู่บ้าน", "ประชากร (คน)"], [["ดงพะเนา", "12", "9,842"], ["นาหัวบ่อ", "11", "8,117"],
                                                        ["ไฮหย่อง", "8", "6,035"], ["รวม", "31", "23,994"]]))
    write("/contact.html", "ติดต่อเรา",
          f"<p><strong>{ORG}</strong><br>เลขที่ 88 หมู่ 3 ตำบลดงพะเนา อำเภอพังโคน จังหวัดสกลนคร 47160</p>"
          "<p>โทรศัพท์ 0 4270 3191 (ร้อยเวร 24 ชม.) โทรสาร 0 4270 3192<br>อีเมล saraban.dongphanao@police.go.th<br>"
          'Facebook : <a href="https://www.facebook.com/dongphanaopolice">สภ.ดงพะเนา</a></p>'
          '<p><a href="https://maps.google.com/?q=17.3754,103.7032">แผนที่ Google Maps</a></p>'
          '<p>มีข้อสงสัย สอบถามได้ที่ <a href="/qa.html">กระดานถาม-ตอบ</a></p>')
    qa = [("ขอคัดสำเนาบันทึกประจำวันกรณีเอกสารหายต้องใช้อะไรบ้าง", "นางสาว ส.", "2 เมษายน 2569",
           "ใช้บัตรประชาชนฉบับจริง ติดต่อร้อยเวรได้ตลอด 24 ชั่วโมง ไม่มีค่าธรรมเนียม"),
          ("ฝากบ้านช่วงสงกรานต์ทำอย่างไร", "ผู้ใช้ทั่วไป", "28 มีนาคม 2569",
           "กรอกแบบฟอร์มฝากบ้านออนไลน์ในหน้า E-Service หรือแจ้งที่สถานีได้ สายตรวจจะตรวจวันละ 2 รอบ"),
          ("แจ้งความเรื่องถูกหลอกโอนเงินออนไลน์ที่สถานีได้ไหม", "นาย ก.", "11 มีนาคม 2569",
           "ได้ครับ หรือแจ้งผ่าน thaipoliceonline.go.th แล้วนำเอกสารมาที่สถานีภายหลัง")]
    rows = "".join(f'<div class="card mb-2"><div class="card-body"><h6>ถาม : {q}</h6><p class="small text-muted">'
                   f"โดย {who} วันที่ {when}</p><p><strong>ตอบ (admin)</strong> : {ans}</p></div></div>"
                   for q, who, when, ans in qa)
    form = ('<form method="post" action="/qa.html"><div class="mb-2"><label>ชื่อ</label><input class="form-control"'
            ' name="name"></div><div class="mb-2"><label>คำถาม</label><textarea class="form-control" name="question">'
            '</textarea></div><button class="btn btn-primary" type="submit">ส่งคำถาม</button></form>')
    write("/qa.html", "ถาม-ตอบ (Q&A)", rows + "<h5>ตั้งคำถามใหม่</h5>" + form)


def filelist(rows: list[tuple[str, str, str]]) -> str:
    """rows of (text, file key, date)."""
    return table(["ลำดับ", "รายการ", "วันที่", "ขนาด"],
                 [[str(i), a(t, V(k)), dt, size(k)] for i, (t, k, dt) in enumerate(rows, 1)], "table table-hover")


def documents() -> None:
    write("/docs/plan.html", "แผนงาน / ผลการปฏิบัติราชการ", filelist([
        ("แผนปฏิบัติราชการ ระยะ 5 ปี", "plan5y", "18/01/2566"),
        ("แผนยุทธศาสตร์ สภ.ดงพะเนา", "plan_old", "09/01/2561"),
        ("แผนปฏิบัติราชการประจำปี", "action_plan2569", "25/09/2568"),
        ("แผนการใช้จ่ายงบประมาณ", "spend_plan2569", "20/10/2568"),
        ("รายงานผลการปฏิบัติราชการประจำปี", "annual_report2567", "15/11/2567"),
        ("รายงานผลการปฏิบัติราชการ ภ.จว.สกลนคร ประจำปี 2568", "province_report2568", "03/11/2568"),
    ]))
    write("/docs/orders.html", "คำสั่ง สภ.ดงพะเนา", filelist([
        ("คำสั่ง สภ.ดงพะเนา ที่ 12/2569 แต่งตั้งคณะทำงาน ITA", "order_ita2569", "08/01/2569"),
        ("คำสั่ง สภ.ดงพะเนา ที่ 245/2568 แบ่งมอบหน้าที่", "order_duty2569", "29/09/2568"),
        ("คำสั่ง ที่ 118/2567 แต่งตั้งเจ้าหน้าที่รับเรื่องร้องเรียน", "order_complaint", "10/06/2567"),
    ]))
    write("/docs/procurement.html", "จัดซื้อจัดจ้าง",
          "<h5>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ 2569</h5>" + filelist([
              ("สขร.1 ประจำเดือน ตุลาคม 2568", "skr_oct68", "04/11/2568"),
              ("สขร.1 ประจำเดือน พฤศจิกายน 2568", "skr_nov68", "03/12/2568"),
              ("สขร.1 ประจำเดือน ธันวาคม 2568", "skr_dec68", "06/01/2569"),
              ("สขร.1 ประจำเดือน มกราคม 2569", "skr_jan69", "05/02/2569"),
              ("สขร.1 ประจำเดือน กุมภาพันธ์ 2569", "skr_feb69", "05/03/2569"),
              ("สขร.1 ประจำเดือน มีนาคม 2569", "skr_mar69", "03/04/2569"),
          ]) + "<h5>ประกาศ / รายงาน</h5>" + filelist([
              ("ประกาศผู้ชนะ จ้างถ่ายเอกสารและเข้าเล่มแผนปฏิบัติราชการ ประจำปี 2569", "plan_print", "06/10/2568"),
              ("รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี", "proc_annual2568", "20/10/2568"),
          ]))
    write("/docs/hr.html", "การบริหารทรัพยากรบุคคล",
          table(["ตำแหน่ง", "จำนวน (นาย)"], [["สัญญาบัตร", "14"], ["ประทวน", "52"], ["ลูกจ้าง", "5"], ["รวม", "71"]])
          + filelist([("แผนการบริหารทรัพยากรบุคคล", "rtp_hr_plan", "02/06/2568"),
                      ("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2568", "hr_report2568", "22/12/2568")]))
    write("/docs/crime-stats.html", "สถิติคดีอาญา",
          "<p>สถิติคดีอาญา 4 กลุ่ม ปีงบประมาณ 2569 (ต.ค. 68 – มี.ค. 69)</p>"
          + table(["กลุ่มคดี", "รับแจ้ง", "จับกุม"], [["กลุ่มที่ 1 ความผิดเกี่ยวกับชีวิต ร่างกาย และเพศ", "9", "8"],
                                                   ["กลุ่มที่ 2 ความผิดเกี่ยวกับทรัพย์", "27", "19"],
                                                   ["กลุ่มที่ 3 ความผิดพิเศษ", "14", "14"],
                                                   ["กลุ่มที่ 4 รัฐเป็นผู้เสียหาย (ยาเสพติด อาวุธ)", "63", "63"]]))
    write("/docs/integrity.html", "คุณธรรมและความโปร่งใส", filelist([
        ("ประมวลจริยธรรมข้าราชการตำรวจ", "ethics_code", "02/02/2564"),
        ("ประกาศนโยบาย No Gift Policy", "nogift2569", "01/10/2568"),
        ("รายงานผลการรับของขวัญ", "gift_report2568", "07/10/2568"),
        ("การประเมินความเสี่ยงการทุจริต", "risk2568", "12/12/2567"),
        ("แผนปฏิบัติการป้องกันการทุจริต", "acp_plan2569", "25/09/2568"),
        ("รายงานผลการดำเนินการป้องกันการทุจริต", "acp_report2568", "30/10/2568"),
        ("การนำผลการประเมิน ITA ไปสู่การพัฒนา", "ita_improve2569", "14/01/2569"),
        ("รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส", "integrity_report2568", "20/11/2568"),
    ]) + '<p>ข้อมูลปีที่ผ่านมา : <a href="/ita/2568.html">ITA 2568</a></p>')


def services() -> None:
    svc = [("การแจ้งความร้องทุกข์", "งานสอบสวน", "1. แจ้งร้อยเวร 2. สอบปากคำ 3. ลงบันทึกประจำวัน 4. รับสำเนา",
            "30 – 60 นาที", "บัตรประชาชน หลักฐานความเสียหาย", "ไม่มีค่าธรรมเนียม"),
           ("แจ้งเอกสารหาย / ลงบันทึกประจำวัน", "งานสอบสวน", "1. กรอกแบบคำขอ 2. ร้อยเวรลงบันทึก 3. รับสำเนา",
            "15 นาที", "บัตรประชาชน หรือหลักฐานแสดงตน", "ไม่มีค่าธรรมเนียม"),
           ("ขอคัดสำเนารายงานประจำวัน", "งานอำนวยการ", "1. ยื่นคำขอ 2. ผกก. อนุมัติ 3. รับสำเนา",
            "1 วันทำการ", "บัตรประชาชน หนังสือมอบอำนาจ (ถ้ามี)", "ไม่มีค่าธรรมเนียม"),
           ("ฝากบ้านช่วงเทศกาล", "งานป้องกันปราบปราม", "1. กรอกแบบฟอร์ม 2. สายตรวจตรวจวันละ 2 รอบ 3. แจ้งผล",
            "ตลอดช่วงเทศกาล", "ที่อยู่ เบอร์โทรศัพท์", "ไม่มีค่าธรรมเนียม")]
    write("/service/manual.html", "คู่มือสำหรับประชาชน",
          table(["งานบริการ", "หน่วยที่รับผิดชอบ", "ขั้นตอน", "ระยะเวลา", "เอกสารที่ต้องใช้", "ค่าธรรมเนียม"],
                [list(s) for s in svc])
          + "<p>หากไม่ได้รับความสะดวก ร้องเรียนได้ที่ ผกก.สภ.ดงพะเนา โทร 08 1044 2719 หรือ "
          '<a href="/complaint/">แบบฟอร์มร้องเรียน</a></p>')
    write("/service/eservice.html", "E-Service",
          '<ul><li><a href="https://forms.gle/Xq7dPn4aLr2dFhWz9">ฝากบ้านออนไลน์ (Google Form)</a></li>'
          '<li><a href="https://thaipoliceonline.go.th/">แจ้งความออนไลน์ (สำนักงานตำรวจแห่งชาติ)</a></li></ul>'
          "<h5>ขอคัดสำเนารายงานประจำวันออนไลน์</h5>"
          '<form method="post" action="/service/eservice.html" enctype="multipart/form-data">'
          '<div class="mb-2"><label>ชื่อ-นามสกุล</label><input class="form-control" name="fullname" required></div>'
          '<div class="mb-2"><label>เลขประจำวันข้อ / วันที่แจ้ง</label><input class="form-control" name="ref"></div>'
          '<div class="mb-2"><label>โทรศัพท์</label><input class="form-control" name="phone" required></div>'
          '<div class="mb-2"><label>แนบสำเนาบัตรประชาชน</label><input type="file" class="form-control" name="idcard"></div>'
          '<button class="btn btn-primary" type="submit">ส่งคำขอ</button></form>'
          "<h5 class='mt-3'>สถิติผู้ใช้บริการ E-Service ปีงบประมาณ 2569</h5>"
          + table(["เดือน", "ฝากบ้าน", "ขอคัดสำเนา"], [["ต.ค. 68", "12", "4"], ["พ.ย. 68", "9", "6"],
                                                   ["ธ.ค. 68", "41", "5"], ["ม.ค. 69", "18", "3"],
                                                   ["ก.พ. 69", "7", "5"], ["มี.ค. 69", "10", "8"]]))


def complaint() -> None:
    write("/complaint/", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          "<p>ท่านสามารถแจ้งเรื่องร้องเรียนข้าราชการตำรวจ สภ.ดงพะเนา ที่ทุจริตหรือประพฤติมิชอบ ได้ทางแบบฟอร์มนี้"
          " ข้อมูลผู้ร้องจะถูกเก็บเป็นความลับ</p>"
          '<form method="post" action="/complaint/" enctype="multipart/form-data">'
          '<div class="mb-2"><label>ชื่อผู้ร้อง (ไม่ระบุก็ได้)</label><input class="form-control" name="name"></div>'
          '<div class="mb-2"><label>โทรศัพท์ / อีเมล</label><input class="form-control" name="contact"></div>'
          '<div class="mb-2"><label>เรื่องที่ร้องเรียน</label><textarea class="form-control" name="detail" required></textarea></div>'
          '<div class="mb-2"><label>หลักฐาน</label><input type="file" class="form-control" name="evidence"></div>'
          '<button class="btn btn-danger" type="submit">ส่งเรื่องร้องเรียน</button></form>'
          "<p class='mt-3'>ช่องทางอื่น : ตู้รับเรื่องร้องเรียนหน้าสถานี, โทร 0 4270 3191, สายตรง ผกก. 08 1044 2719,"
          ' <a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a>, <a href="https://www.pacc.go.th/">สำนักงาน ป.ป.ท.</a></p>'
          f"<p>{a('คู่มือการจัดการเรื่องร้องเรียน', V('complaint_manual'))} | "
          f"{a('คำสั่งแต่งตั้งเจ้าหน้าที่รับเรื่องร้องเรียน', F['order_complaint'])}</p>")
    write("/complaint/stats.html", "สถิติเรื่องร้องเรียน",
          "<h5>สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ สภ.ดงพะเนา ปีงบประมาณ พ.ศ. 2569</h5>"
          + table(["ช่วงเวลา", "จำนวนเรื่อง", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"],
                  [["ไตรมาส 1 (ต.ค. – ธ.ค. 68)", "1", "1", "0"], ["ไตรมาส 2 (ม.ค. – มี.ค. 69)", "0", "0", "0"],
                   ["รวม", "1", "1", "0"]])
          + "<p class='small'>ข้อมูล ณ 31 มีนาคม 2569 (เรื่องร้องเรียนทั่วไป เช่น เสียงดัง จอดรถกีดขวาง 23 เรื่อง ไม่นับรวม)</p>"
          f"<p>เปรียบเทียบกับภาพรวมจังหวัด : {a('สถิติเรื่องร้องเรียน ภ.จว.สกลนคร ปีงบประมาณ 2569', F['province_stats2569'])}</p>")


ITA_ROWS = [  # (code, title, [(text, href)], note)
    ("O1", "โครงสร้าง หน้าที่และอำนาจ", [("โครงสร้างและอำนาจหน้าที่", "/about/structure.html")], ""),
    ("O2", "ข้อมูลผู้บริหาร", [("ทำเนียบผู้บังคับบัญชา", "/about/executives.html")], ""),
    ("O3", "ข้อมูลการติดต่อและช่องทางการสอบถาม", [("ติดต่อเรา", "/contact.html"), ("ถาม-ตอบ", "/qa.html")], ""),
    ("O4", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "/news/")], ""),
    ("O5", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน",
     [("แผนยุทธศาสตร์", F["plan_old"]), ("แผนปฏิบัติราชการ 5 ปี", V("plan5y"))], ""),
    ("O6", "แผนดำเนินงานและการใช้งบประมาณประจำปี",
     [("แผนปฏิบัติราชการประจำปี", V("action_plan2569")), ("แผนการใช้จ่ายงบประมาณ", F["spend_plan2569"])], ""),
    ("O7", "รายงานผลการดำเนินงานประจำปี", [("ดาวน์โหลด", F["annual_report2567"])], ""),
    ("O8", "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", [("คู่มือการปฏิบัติงาน", F["work_manual"])], ""),
    ("O9", "คู่มือหรือแนวทางการขอรับบริการ", [("คู่มือสำหรับประชาชน", "/service/manual.html")], ""),
    ("O10", "E-Service", [("E-Service", "/service/eservice.html")], ""),
    ("O11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.1", "/docs/procurement.html")], ""),
    ("O12", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("ดาวน์โหลด", V("proc_annual2568"))], ""),
    ("O13", "หลักเกณฑ์และแผนการบริหารทรัพยากรบุคคล", [("ดาวน์โหลด", F["rtp_hr_plan"])], "ใช้แผนของ ตร."),
    ("O14", "รายงานผลการบริหารทรัพยากรบุคคล", [("ดาวน์โหลด", F["hr_report2568"])], ""),
    ("O15", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม",
     [("ประมวลจริยธรรม", F["ethics_code"]), ("กิจกรรม", "/news/115.html")], ""),
    ("O16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("คู่มือ", V("complaint_manual"))], ""),
    ("O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint/")], ""),
    ("O18", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริต", [("สถิติ", "/complaint/stats.html")], ""),
    ("O19", "ผลการเปิดโอกาสให้มีส่วนร่วม", [("ข่าวกิจกรรม", "/news/118.html")], ""),
    ("O20", "No Gift Policy", [("ประกาศ", F["nogift2569"]), ("รายงานการรับของขวัญ", F["gift_report2568"])], ""),
    ("O21", "การประเมินความเสี่ยงการทุจริต", [("ดาวน์โหลด", V("risk2568"))], ""),
    ("O22", "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยง", [], "อยู่ระหว่างดำเนินการ"),
    ("O23", "แผนปฏิบัติการป้องกันการทุจริต", [("ดาวน์โหลด", V("acp_plan2569"))], ""),
    ("O24", "รายงานผลการดำเนินการป้องกันการทุจริต", [("ดาวน์โหลด", F["acp_report2568"])], ""),
    ("O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนา", [("ดาวน์โหลด", V("ita_improve2569"))], ""),
    ("O26", "รายงานผลการส่งเสริมคุณธรรมและความโปร่งใส", [("ดาวน์โหลด", V("integrity_report2568"))], ""),
]

ITA_2568_ROWS = [
    ("O1", "โครงสร้าง", [("คลิก", "/about/structure.html")], ""),
    ("O5", "แผนยุทธศาสตร์", [("คลิก", F["plan_old"])], ""),
    ("O8", "รายงานผลการปฏิบัติราชการ", [("คลิก", F["annual_report2567"])], ""),
    ("O13", "ประมวลจริยธรรม", [("คลิก", F["ethics_code"])], ""),
    ("O23", "การประเมินความเสี่ยงการทุจริต ปี 2568", [("คลิก", V("risk2568"))], ""),
    ("O33", "ผลการส่งเสริมคุณธรรมฯ ปี 2567", [("คลิก", "/upload/files/f0871.pdf")], ""),
]


def ita(url: str, title: str, rows, intro: str) -> None:
    body = [[code, html.escape(t), " ".join(f'<a class="btn btn-sm btn-outline-primary" href="{h}">{html.escape(x)}</a>'
                                             for x, h in links) or "-", note] for code, t, links, note in rows]
    write(url, title, f"<p>{intro}</p>" + table(["ข้อ", "ข้อมูล", "ลิงก์", "หมายเหตุ"], body), sidebar=False)


def drive_pages() -> None:
    for key, name in DRIVE.items():
        url = drive_view(key)
        path = os.path.join(HERE, url.lstrip("/"), "index.html")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{name} - ไดรฟ์ {SHORT}</title>
<link rel="stylesheet" href="/css/drive.css"></head><body>
<div class="drive-top"><span class="drive-logo">ไดรฟ์</span><span class="drive-name">{name}</span>
<a class="drive-btn" href="{F[key]}" download>ดาวน์โหลด</a></div>
<div class="drive-preview"><div class="drive-icon">PDF</div><p>{name}</p><p class="drive-size">{size(key)}</p>
<p>ไม่สามารถแสดงตัวอย่างไฟล์นี้ได้</p><a class="drive-btn" href="{F[key]}" download>ดาวน์โหลด</a></div>
</body></html>
""")


CSS = """body{font-family:Sarabun,Tahoma,sans-serif}.bg-police{background:#5b1a12}.topbar{background:#7a2418;color:#fff;padding:8px 0}
.site-name{font-size:22px;margin-left:10px}.site-sub{font-size:14px;margin-left:10px;opacity:.8}.marquee-bar{background:#f6e7c1}
.page-header{border-bottom:3px solid #7a2418;padding-bottom:6px;margin-bottom:14px}.footer{background:#3d110b;color:#eee}
"""
DRIVE_CSS = """body{margin:0;background:#202124;color:#e8eaed;font-family:Arial,sans-serif}.drive-top{display:flex;gap:16px;
align-items:center;padding:12px 20px;background:#303134}.drive-btn{background:#8ab4f8;color:#202124;padding:8px 16px;
border-radius:4px;text-decoration:none}.drive-preview{text-align:center;margin-top:120px}.drive-icon{font-size:48px;color:#ea4335}
"""

if __name__ == "__main__":
    for name, text in (("css/style.css", CSS), ("css/drive.css", DRIVE_CSS),
                       ("css/bootstrap.min.css", "/* Bootstrap v5.3.2 (trimmed) */\n.container{max-width:1140px;margin:auto}\n"),
                       ("js/bootstrap.bundle.min.js", "/* Bootstrap v5.3.2 bundle (trimmed) */\n")):
        os.makedirs(os.path.join(HERE, os.path.dirname(name)), exist_ok=True)
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            fh.write(text)
    home()
    news_pages()
    about()
    documents()
    services()
    complaint()
    ita("/ita/2569.html", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569", ITA_ROWS,
        "สถานีตำรวจภูธรดงพะเนา เผยแพร่ข้อมูลตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ITA 2569 ดังนี้")
    ita("/ita/2568.html", "ITA 2568", ITA_2568_ROWS, "ข้อมูลการประเมิน ITA ประจำปี 2568 (ปีที่ผ่านมา)")
    drive_pages()
    print(f"pages written under {HERE}")
