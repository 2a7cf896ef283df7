"""Unit tests of the matching rules that decide an item, on small hand-made crawls (no server)."""

from __future__ import annotations

import pytest

from checklist.chrome import is_chrome, without_icon
from checklist.evaluate import classify_page, lines_without_menus
from checklist.load import load_checklist
from checklist.lookalikes import invites
from checklist.match import (
    SiteIndex,
    another_place,
    applies_to_own_kind,
    judge_item,
    match_all,
    own_division,
    own_name,
    subject_part,
    topic_signals,
)
from checklist.ownership import (
    agency_kind,
    another_centre,
    another_kind,
    another_number,
    names_unit,
)
from checklist.rules import (
    covered_fiscal_year,
    is_blank_form,
    is_placeholder,
    judge_period,
    without_article_meta,
)
from checklist.signals import is_generic, topics_named
from common.facts import DocumentInfo, Fact, Link
from common.thai import key, without_plan_spans

ROOT = "http://example.go.th/"
Y2569 = load_checklist(2569)

MENU_TITLES = [
    "โครงสร้างองค์กร", "คณะผู้บริหาร", "แผนพัฒนาท้องถิ่น", "แผนการดำเนินงาน",
    "รายงานผลการดำเนินงาน", "แผนปฏิบัติการป้องกันการทุจริต", "ประมวลจริยธรรม",
    "สถิติเรื่องร้องเรียน", "คู่มือการปฏิบัติงาน",
]


def page(path: str, title: str = "", text: str = "", links: list[Link] | None = None,
         headings: list[str] | None = None, depth: int = 1, **kw) -> Fact:
    url = ROOT + path.lstrip("/")
    return Fact(kind="page", url=url, requested_url=url, status=200, title=title,
                headings=headings if headings is not None else ([title] if title else []),
                text=text, links=links or [], depth=depth, **kw)


def doc(path: str, text: str, anchor: str = "ดาวน์โหลด") -> Fact:
    url = ROOT + path.lstrip("/")
    return Fact(kind="document", url=url, requested_url=url, status=200, title=anchor, text=text,
                depth=2, document=DocumentInfo(format="pdf", pages=1))


def broken(path: str) -> Fact:
    url = ROOT + path.lstrip("/")
    return Fact(kind="error", url=url, requested_url=url, status=404, error="HTTP 404", depth=2)


def link(path: str, text: str, context: str = "", nav: bool = False) -> Link:
    return Link(url=ROOT + path.lstrip("/"), text=text, context=context, nav=nav)


def judge(facts: list[Fact], code: str):
    index = SiteIndex.build(facts, ROOT)
    return judge_item(index, Y2569.item(code), Y2569)


def first(result) -> str:
    return result.evidence[0].url.removeprefix(ROOT.rstrip("/")) if result.evidence else ""


# ------------------------------------------------------------------ link texts


def test_generic_link_text_falls_back_to_its_row():
    listing = page("download.html", "เอกสารเผยแพร่", "เอกสารเผยแพร่", links=[
        link("files/a.pdf", "ดาวน์โหลด", context="แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569 ดาวน์โหลด"),
        link("files/b.pdf", "ดาวน์โหลด", context="ประกาศรับสมัครพนักงานจ้าง ดาวน์โหลด"),
    ])
    facts = [page("", "หน้าแรก", depth=0, links=[link("download.html", "เอกสารเผยแพร่")]), listing,
             doc("files/a.pdf", "ส่วนที่ 1 บทนำ\nโครงการ 12 โครงการ\nงบประมาณ 80,000 บาท"),
             doc("files/b.pdf", "ใบสมัคร\nชื่อ ........")]
    result = judge(facts, "O23")
    assert result.status == "found"
    assert first(result) == "/files/a.pdf"
    assert any("ดาวน์โหลด" in r and "แผนปฏิบัติการป้องกันการทุจริต" in r for r in result.evidence[0].reasons)


def test_file_names_and_numbered_labels_are_generic_link_texts():
    assert is_generic("f2b9e7.pdf") and is_generic("scan0012.PDF") and is_generic("รายละเอียด 1")
    assert is_generic("ดาวน์โหลด (PDF)") and not is_generic("แผนพัฒนาท้องถิ่น 2566-2570.pdf x")


# ------------------------------------------------------------------ menus and banners


def test_a_menu_repeating_every_title_does_not_make_every_page_evidence():
    menu = "\n".join(MENU_TITLES)
    facts = [page("", "หน้าแรก", menu + "\nยินดีต้อนรับ", depth=0)]
    for n in range(8):
        facts.append(page(f"news/{n}.html", f"ข่าวกิจกรรมที่ {n}",
                          f"{menu}\nวันที่ {n + 1} ธันวาคม 2568 เทศบาลจัดกิจกรรมปลูกต้นไม้ร่วมกับประชาชน"))
    index = SiteIndex.build(facts, ROOT)
    assert all(t in index.boiler for t in map(__import__("common.thai", fromlist=["key"]).key, MENU_TITLES))
    for code in ("O1", "O5", "O6", "O23"):
        assert judge(facts, code).status == "missing", code


def test_menu_blocks_at_the_top_of_a_real_page_are_not_its_content():
    text = ("หน้าหลัก ประวัติความเป็นมา ประชาสัมพันธ์ บทบาทหน้าที่ บุคลากร เว็บบอร์ด\n"
            "สถิติผู้เข้าชม 11,654\nเมนู\nติดต่อเรา\nFacebook\nดาวน์โหลด\n"
            "แผนปฏิบัติการป้องกันการทุจริต 4 ปี\nพ.ศ. ๒๕๖๑ – ๒๕๖๔")
    assert lines_without_menus(text)[0] == "แผนปฏิบัติการป้องกันการทุจริต 4 ปี"
    got = classify_page("http://x.go.th/index.php?id=1", text)
    assert "anti_corruption_plan" in got and "qa" not in got


# ------------------------------------------------------------------ ITA pages and codes


def _ita_page(path: str, year_words: str, rows: list[tuple[str, str, str]]) -> Fact:
    links = [link(target, "คลิก", context=f"{code} {title} คลิก") for code, title, target in rows]
    text = "\n".join(f"{code}\n{title}\nคลิก" for code, title, _ in rows)
    return page(path, "ITA", f"{year_words}\n{text}", headings=["การประเมินคุณธรรมและความโปร่งใส (ITA)", year_words],
                links=links)


def test_last_years_ita_page_codes_are_not_used_for_this_year():
    rows_2568 = [("O1", "โครงสร้าง", "ita2568/o1.html"), ("O2", "ผู้บริหาร", "ita2568/o2.html"),
                 ("O3", "ติดต่อ", "ita2568/o3.html"), ("O4", "ข่าว", "ita2568/o4.html"),
                 ("O14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", "ita2568/o14.html")]
    facts = [page("", "หน้าแรก", depth=0, links=[link("ita2568/index.html", "ITA 2568")]),
             _ita_page("ita2568/index.html", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", rows_2568),
             page("ita2568/o14.html", "O14", "ดาวน์โหลด", links=[link("files/hr.pdf", "ดาวน์โหลด")]),
             doc("files/hr.pdf", "แผนพัฒนาบุคลากร\nประจำปีงบประมาณ พ.ศ. 2568")]
    index = SiteIndex.build(facts, ROOT)
    assert index.ita_pages[ROOT + "ita2568/index.html"] == [2568]
    # 2568's O14 is the HR plan; 2569's O14 is the HR report: nothing here is the report.
    assert judge(facts, "O14").status == "missing"


def test_this_years_ita_row_linking_a_page_about_something_else_is_not_evidence():
    rows = [(f"O{n}", t, f"ita2569/o{n}.html") for n, t in (
        (1, "โครงสร้าง"), (2, "ผู้บริหาร"), (3, "ติดต่อ"), (4, "ข่าว"))]
    rows.append(("O14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", "ita2568/o14.html"))
    facts = [page("", "หน้าแรก", depth=0, links=[link("ita2569/index.html", "ITA 2569")]),
             _ita_page("ita2569/index.html", "ประจำปีงบประมาณ พ.ศ. 2569", rows),
             page("ita2568/o14.html", "O14 แผนการบริหารและพัฒนาทรัพยากรบุคคล",
                  "แผนพัฒนาบุคลากร ประจำปีงบประมาณ พ.ศ. 2568 อบรมตามสายงาน 9 คน อบรมคุณธรรม ทุกคน")]
    result = judge(facts, "O14")
    # The row names the item, the page is last year's HR plan: a person must fix the link.
    assert result.status == "review"
    assert first(result) == "/ita2568/o14.html"
    assert any("หัวเรื่องของหน้า/เอกสารปลายทางเป็นเรื่อง" in p for p in result.problems)


def test_an_ita_page_split_into_group_pages_is_a_signpost_at_every_level():
    """An ITA index of groups ("O1 - O4 ข้อมูลพื้นฐาน") links a sub-page per group; each sub-page
    lists a few items with their links. The sub-page is no evidence: the page its row links is."""
    groups = [link(f"ita2569/g{g}.html", name, context=f"{name} O{lo} – O{hi}")
              for g, name, lo, hi in ((1, "ข้อมูลพื้นฐาน", 1, 4), (2, "การบริหารงาน", 5, 11),
                                      (3, "การจัดซื้อจัดจ้าง", 12, 13))]
    g1 = page("ita2569/g1.html", "ข้อมูลสาธารณะ ITA 2569 : ข้อมูลพื้นฐาน",
              "O1 โครงสร้างและอำนาจหน้าที่ แผนภูมิโครงสร้าง\nO2 ข้อมูลผู้บริหาร ทำเนียบผู้บริหาร",
              links=[link("structure.html", "แผนภูมิโครงสร้าง", "O1 โครงสร้างและอำนาจหน้าที่ แผนภูมิโครงสร้าง"),
                     link("executives.html", "ทำเนียบผู้บริหาร", "O2 ข้อมูลผู้บริหาร ทำเนียบผู้บริหาร")])
    facts = [page("", "หน้าแรก", depth=0, links=[link("ita2569/index.html", "ITA 2569")]),
             page("ita2569/index.html", "ข้อมูลสาธารณะ ITA 2569", "ข้อมูลพื้นฐาน O1 – O4", links=groups),
             g1,
             page("executives.html", "ทำเนียบผู้บริหาร",
                  "นายสมชาย ใจดี นายกเทศมนตรี โทร 0 4581 2001\nนางสมศรี ใจงาม รองนายกเทศมนตรี", images=2)]
    index = SiteIndex.build(facts, ROOT)
    assert ROOT + "ita2569/g1.html" in index.ita_pages
    result = judge(facts, "O2")
    assert result.status == "found" and first(result) == "/executives.html"
    assert all("g1.html" not in e.url for e in result.evidence)


def _item_page(code: str, title: str, links: list[Link], body: str = "") -> Fact:
    """One item's page of an ITA page split by item ("/ita2569/o1/": its code and title, its links)."""
    text = "\n".join([f"ข้อ {code} {title}", *(lk.text for lk in links), *([body] if body else [])])
    return page(f"ita2569/{code.lower()}/", f"{code} {title}", text, links=links, headings=[f"{code} {title}"])


def test_an_ita_page_whose_rows_are_numbered_by_the_item_alone():
    """"ข้อ ๑๔ ... ข้อ ๒๐" in Thai digits, no "O" before the number: the rows still say which item
    each link is for (a forum's results post, whose own words name the item only weakly)."""
    rows = [("๑๔", "นโยบายการบริหารทรัพยากรบุคคล", "hr.html"), ("๑๕", "รายงานผล HR", "hr-report.html"),
            ("๑๖", "ประมวลจริยธรรม", "ethics.html"), ("๑๗", "คู่มือเรื่องร้องเรียน", "guide.html"),
            ("๑๙", "สถิติเรื่องร้องเรียน", "stats.html"), ("๒๐", "กฟภ. พบประชาชน ๒๕๖๘", "news/111.html")]
    ita = page("ita2568/g4.html", "ITA ๒๕๖๘ : การบริหารทรัพยากรบุคคลและการส่งเสริมความโปร่งใส",
               "\n".join(f"ข้อ {n}\n{t}" for n, t, _ in rows),
               links=[link(u, t, context=f"ข้อ {n} [ {t} ]") for n, t, u in rows])
    post = page("news/111.html", "สรุปผลโครงการ กฟภ. พบประชาชน ประจำปี 2568",
                "สรุปผลโครงการ กฟภ. พบประชาชน ประจำปี 2568\nวันที่ 14 กุมภาพันธ์ 2568 จัดประชุมรับฟังความคิดเห็น"
                "ผู้ใช้ไฟฟ้า ณ หอประชุมอำเภอ ผู้เข้าร่วม 146 คน ข้อเสนอ 23 เรื่อง บรรจุการขยายเขตในแผนงานปี 2568")
    facts = [page("", "หน้าแรก", depth=0, links=[link("ita2568/g4.html", "ITA ๒๕๖๘")]), ita, post]
    assert SiteIndex.build(facts, ROOT).ita_pages[ROOT + "ita2568/g4.html"] == [2568]
    result = judge68(facts, "O20")
    assert result.status == "found" and first(result) == "/news/111.html", result


def test_the_file_a_post_carries_is_what_the_ita_row_leads_to():
    """ITA row → a post that only carries its file → the file: the assessor opens the file from the
    row, so the file is the row's evidence even when its own title names the item only weakly."""
    rows = [(f"O{n}", t, f"p{n}.html") for n, t in ((1, "โครงสร้าง"), (2, "ผู้บริหาร"), (3, "ติดต่อ"),
                                                     (4, "ข่าว"), (19, "การมีส่วนร่วม"))]
    post = page("news/23.html", "รายงานผลเวทีรับฟังความคิดเห็นแผนจัดการป่าชุมชน ปี 2569",
                "รายงานผลเวทีรับฟังความคิดเห็นแผนจัดการป่าชุมชน ปี 2569\n20 มีนาคม 2569\nไฟล์แนบ\n"
                "รายงานผลการจัดเวทีรับฟังความคิดเห็น\n(PDF)",
                links=[link("files/46.pdf", "รายงานผลการจัดเวทีรับฟังความคิดเห็น", context="ไฟล์แนบ")])
    report = doc("files/46.pdf", "รายงานผลการจัดเวทีรับฟังความคิดเห็น\nการจัดทำแผนจัดการป่าชุมชน ปีงบประมาณ พ.ศ. 2569\n"
                 "วันที่ 11 - 13 กุมภาพันธ์ 2569 ผู้เข้าร่วม 284 คน\nประเด็นที่ประชาชนเสนอ\nผลการนำข้อคิดเห็นไปดำเนินการ")
    rows[-1] = ("O19", "การมีส่วนร่วม", "news/23.html")
    facts = [page("", "หน้าแรก", depth=0, links=[link("ita.html", "ITA 2569")]),
             _ita_page("ita.html", "ประจำปีงบประมาณ พ.ศ. 2569", rows), post, report]
    result = judge(facts, "O19")
    assert result.status == "found" and first(result) == "/files/46.pdf", result
    assert any("แนบไฟล์นี้" in r for r in result.evidence[0].reasons)


def test_an_ita_page_split_into_one_page_an_item_leads_to_the_evidence():
    """An ITA page whose rows lead to a page per item ("O1 โครงสร้าง..." linking the structure and
    the authority): the item's page is a signpost and the pages it links are what the ITA page
    lists for the item; one with text of its own (the analysis written on it) stays evidence."""
    rows = [(f"O{n}", t, f"ita2569/o{n}/") for n, t in (
        (1, "โครงสร้าง หน้าที่และอำนาจ"), (2, "ข้อมูลผู้บริหาร"), (3, "ข้อมูลการติดต่อ"),
        (4, "ข่าวประชาสัมพันธ์"), (25, "การนำผลการประเมิน ITA ไปพัฒนาองค์กร"))]
    analysis = ("ผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี พ.ศ. 2568 ได้ 88.10 คะแนน\n"
                "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569\n"
                "ประเด็นที่ต้องปรับปรุง การเปิดเผยข้อมูล มาตรการ เผยแพร่ สขร.1 ผู้รับผิดชอบ กองคลัง ต.ค. 2568 - ก.ย. 2569")
    facts = [page("", "หน้าแรก", depth=0, links=[link("ita2569/index.html", "ITA 2569")]),
             _ita_page("ita2569/index.html", "ประจำปีงบประมาณ พ.ศ. 2569", rows),
             _item_page("O2", "ข้อมูลผู้บริหาร", [link("about/executives.html", "คณะผู้บริหาร")]),
             _item_page("O25", "การนำผลการประเมิน ITA ไปพัฒนาองค์กร", [], analysis),
             page("about/executives.html", "คณะผู้บริหาร",
                  "นายสมชาย ใจดี นายกเทศมนตรี โทร 0 4581 2001\nนางสมศรี ใจงาม รองนายกเทศมนตรี", images=2)]
    index = SiteIndex.build(facts, ROOT)
    assert index.item_pages[ROOT + "ita2569/o2/"] == ([2569], 2, True)
    result = judge(facts, "O2")
    assert result.status == "found" and first(result) == "/about/executives.html"
    assert any("หน้า ITA ของข้อ O2" in r for r in result.evidence[0].reasons)
    assert all("/o2/" not in e.url for e in result.evidence)
    assert index.item_pages[ROOT + "ita2569/o25/"][2] is False  # text of its own: no signpost
    assert first(judge(facts, "O25")) == "/ita2569/o25/"
    # a line saying what the links are, a by-line and the health ministry's publishing form are
    # no text of its own; a page of the ministry's code ("MOIT ๓") whose rows name one item is one
    moit = page("ita2569/moit3/", "MOIT ๓ ผู้บริหาร", "MOIT ๓ ผู้บริหาร\nหมวด ITA ปี ๒๕๖๙ · ปรับปรุงล่าสุด ๒๑ เม.ย. ๒๕๖๙\n"
                "ทำเนียบผู้บริหารของโรงพยาบาล\no2 ข้อมูลผู้บริหาร\nคณะผู้บริหาร\n"
                "แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงานในสังกัดสำนักงานปลัดกระทรวงสาธารณสุข: ผู้รับผิดชอบการให้ข้อมูล "
                "กลุ่มงานบริหารทั่วไป · ผู้อนุมัติรับรอง ผู้อำนวยการ · ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่ กลุ่มงานสารสนเทศ",
                links=[link("about/executives.html", "คณะผู้บริหาร", "o2 ข้อมูลผู้บริหาร")], headings=["MOIT ๓ ผู้บริหาร"])
    facts[1] = _ita_page("ita2569/index.html", "ประจำปีงบประมาณ พ.ศ. 2569",
                         [(c, t, "ita2569/moit3/" if c == "O2" else u) for c, t, u in rows])
    facts[2] = moit
    index = SiteIndex.build(facts, ROOT)
    assert index.item_pages[ROOT + "ita2569/moit3/"] == ([2569], 2, True)
    assert first(judge(facts, "O2")) == "/about/executives.html"
    # an item's page that answers for the item is no signpost (itapath O17, O18): one that says it
    # is in progress (review), one that is the channel itself (a phone, in person, beside its form)
    pending = _item_page("O18", "สถิติเรื่องร้องเรียนการทุจริต", [], "อยู่ระหว่างดำเนินการ")
    channel = _item_page("O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต",
                         [link("https://forms.gle/abc", "แบบฟอร์มร้องเรียนออนไลน์ (Google Form)")],
                         "โทรศัพท์ ๐-๔๔๖๖-๑๒๓๔ หรือด้วยตนเอง ณ ที่ทำการ อบต.")
    rows2 = rows + [("O17", "ช่องทางแจ้งเรื่องร้องเรียน", "ita2569/o17/"), ("O18", "สถิติเรื่องร้องเรียน", "ita2569/o18/")]
    index = SiteIndex.build([facts[0], _ita_page("ita2569/index.html", "ประจำปีงบประมาณ พ.ศ. 2569", rows2),
                             pending, channel], ROOT)
    assert index.item_pages[ROOT + "ita2569/o18/"][2] is False
    assert index.item_pages[ROOT + "ita2569/o17/"][2] is False


def test_a_file_the_ita_page_lists_under_two_items_is_the_one_its_title_names():
    """This year's ITA page links the risk assessment under O21, and O22's item page links the same
    file as O22's report of actions: the file's own title names O21's document, not O22's, so O22's
    row links the wrong file (missing, with the link to fix), however many links call it O22."""
    rows = [(f"O{n}", t, f"ita2569/o{n}/") for n, t in (
        (1, "โครงสร้าง"), (2, "ข้อมูลผู้บริหาร"), (3, "ข้อมูลการติดต่อ"), (4, "ข่าวประชาสัมพันธ์"),
        (22, "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต"))] + [("O21", "การประเมินความเสี่ยงการทุจริต", "files/risk68.pdf")]
    facts = [page("", "หน้าแรก", depth=0, links=[link("ita2569/index.html", "ITA 2569")]),
             _ita_page("ita2569/index.html", "ประจำปีงบประมาณ พ.ศ. 2569", rows),
             _item_page("O22", "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต",
                        [link("files/risk68.pdf", "การจัดการความเสี่ยงการทุจริต",
                              "O22 รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต")]),
             doc("files/risk68.pdf", "การประเมินความเสี่ยงการทุจริต\nประจำปีงบประมาณ พ.ศ. 2569\n"
                 "ความเสี่ยงที่ 1 การอนุญาตก่อสร้าง ระดับสูง มาตรการควบคุม ผู้รับผิดชอบ กองช่าง")]
    result = judge(facts, "O22")
    assert result.status == "missing"
    assert any("risk68.pdf" in p and "ไม่ใช่เอกสารของรายการนี้" in p for p in result.problems)


def test_group_pages_of_the_ita_linked_from_a_hub_that_names_it_are_ita_pages():
    """"/ita/" (a year selector and the sub-indicators 9.1 ... 10.2, no item codes) links a page per
    group ("ITA 2569 : 9.1 ข้อมูลพื้นฐาน", o1 - o4): each group page lists its items (immigration O1)."""
    g1 = page("ita/g1.html", "ITA 2569 : 9.1 ข้อมูลพื้นฐาน",
              "o1 โครงสร้างหน่วยงาน และอำนาจหน้าที่ โครงสร้าง\no2 ข้อมูลผู้บริหาร ผู้บริหาร",
              links=[link("about/structure.html", "โครงสร้าง", "o1 โครงสร้างหน่วยงาน และอำนาจหน้าที่ โครงสร้าง"),
                     link("about/executives.html", "ผู้บริหาร", "o2 ข้อมูลผู้บริหาร ผู้บริหาร")],
              headings=["ITA 2569 : 9.1 ข้อมูลพื้นฐาน"])
    hub = page("ita/index.html", "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2569", "9.1 ข้อมูลพื้นฐาน",
               links=[link("ita/g1.html", "9.1 ข้อมูลพื้นฐาน")])
    facts = [page("", "หน้าแรก", depth=0, links=[link("ita/index.html", "ITA")]), hub, g1]
    index = SiteIndex.build(facts, ROOT)
    assert index.ita_pages.get(ROOT + "ita/g1.html") == [2569]
    assert ROOT + "ita/index.html" not in index.ita_pages


def test_blank_forms_are_no_report():
    form = "แบบสอบถามความคิดเห็นต่อการมีส่วนร่วม ประจำปี 2569\nเพศ ( ) ชาย ( ) หญิง\nอายุ ........ ปี\n( ) มาก ( ) น้อย"
    facts = [page("", "หน้าแรก", depth=0, links=[link("f/q.pdf", "แบบสอบถามการมีส่วนร่วมของประชาชน")]),
             doc("f/q.pdf", form, "แบบสอบถามการมีส่วนร่วมของประชาชน")]
    assert judge(facts, "O19").status == "missing"


def test_this_years_ita_row_with_generic_link_names_the_item_and_the_index_is_no_evidence():
    rows = [(f"O{n}", t, f"ita2569/o{n}.html") for n, t in (
        (1, "โครงสร้าง หน้าที่และอำนาจ"), (2, "ข้อมูลผู้บริหาร"), (3, "ข้อมูลการติดต่อ"),
        (4, "ข่าวประชาสัมพันธ์"), (21, "การประเมินความเสี่ยงการทุจริต"))]
    facts = [page("", "หน้าแรก", depth=0, links=[link("ita2569/index.html", "ITA 2569")]),
             _ita_page("ita2569/index.html", "ประจำปีงบประมาณ พ.ศ. 2569", rows),
             page("ita2569/o21.html", "ITA", "ความเสี่ยงที่ 1 การอนุญาตก่อสร้าง ระดับสูง ปี 2569 มาตรการ ประกาศขั้นตอน",
                  headings=["ความเสี่ยง ปีงบประมาณ 2569"])]
    result = judge(facts, "O21")
    assert result.status == "found"
    assert first(result) == "/ita2569/o21.html"
    assert any("ระบุลิงก์นี้ในข้อ O21" in r for r in result.reasons)
    assert all("index.html" not in e.url for e in result.evidence)


# ------------------------------------------------------------------ plan, report, news


def test_plan_report_and_news_of_a_meeting_are_told_apart():
    plan = "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569"
    report = "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568"
    meeting = "ประชุมคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569"
    named = {h.topic for h in topics_named(plan)}
    assert "anti_corruption_plan" in named and "anti_corruption_annual_report" not in named
    named = {h.topic for h in topics_named(report)}
    assert "anti_corruption_annual_report" in named and "anti_corruption_plan" not in named
    assert "anti_corruption_plan" not in {h.topic for h in topics_named(meeting)}
    # An exclusion cancels only its own clause: a title listing two things names both.
    both = {h.topic for h in topics_named("แนวปฏิบัติการจัดการเรื่องร้องเรียน และช่องทางการร้องเรียน")}
    assert {"complaint_guideline", "complaint_channel"} <= both

    facts = [page("", "หน้าแรก", depth=0, links=[link("news/1.html", meeting)]),
             page("news/1.html", meeting, f"{meeting}\nวันที่ 15 มกราคม 2569 นายกเทศมนตรีเป็นประธานการประชุม")]
    assert judge(facts, "O23").status == "missing"


def test_a_report_page_describing_the_plan_is_not_the_plan():
    body = "\n".join(["มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต ดำเนินการแล้ว 4 โครงการ",
                      "มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต ดำเนินการแล้ว 6 โครงการ",
                      "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2569 จะจัดทำต่อไป"])
    facts = [page("", "หน้าแรก", depth=0),
             page("report.html", "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี 2568", body)]
    index = SiteIndex.build(facts, ROOT)
    sigs = topic_signals(index, index.targets[ROOT + "report.html"], ["anti_corruption_plan"])
    assert not sigs.get("anti_corruption_plan")


def test_news_posts_are_recognised_by_their_form():
    post = ("โครงการสืบสานประเพณีสงกรานต์ ประจำปี 2566\n"
            "วันที่ 14 เมษายน 2566 เทศบาลตำบลได้ดำเนินโครงการสืบสานประเพณีสงกรานต์ โดยจัดกิจกรรมรดน้ำดำหัวผู้สูงอายุ")
    assert "news" in classify_page("http://x.go.th/activity/1.php", post)
    vision = "วิสัยทัศน์ พันธกิจ\nวิสัยทัศน์ : เมืองน่าอยู่ ยุทธศาสตร์การพัฒนา พันธกิจ ตัวชี้วัด เป้าประสงค์"
    assert classify_page("http://x.go.th/vision", vision) == {}


# ------------------------------------------------------------------ years


def test_upload_folder_year_is_read_only_when_the_document_names_none():
    item = Y2569.item("O23")
    v = judge_period(item, 2569, "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568",
                     "/wp-content/uploads/2569/03/plan.pdf")
    assert v.outdated and not v.meets
    v = judge_period(item, 2569, "แผนปฏิบัติการป้องกันการทุจริต", "/wp-content/uploads/2569/03/plan.pdf")
    assert v.meets


# ------------------------------------------------------------------ placeholders


def test_placeholder_pages_are_not_evidence():
    assert is_placeholder("O18 ข้อมูลสถิติเรื่องร้องเรียน\nอยู่ระหว่างดำเนินการ", "O18 ข้อมูลสถิติเรื่องร้องเรียน")
    assert is_placeholder("สถิติเรื่องร้องเรียน", "สถิติเรื่องร้องเรียน")
    assert not is_placeholder("สถิติเรื่องร้องเรียน ปี 2569 จำนวน 12 เรื่อง ดำเนินการแล้วเสร็จ 12 เรื่อง " * 3)
    # A short table whose column says "อยู่ระหว่างดำเนินการ" (complaints in progress) is a result.
    table = "\n".join(["สถิติเรื่องร้องเรียน ปีงบประมาณ ๒๕๖๘", "เดือน", "เรื่องที่รับ", "ดำเนินการแล้วเสร็จ",
                       "อยู่ระหว่างดำเนินการ", "ต.ค. ๖๗", "๐", "๐", "๐", "พ.ย. ๖๗", "๑", "๑", "๐", "รวม", "๑", "๑", "๐"])
    assert not is_placeholder(table, "สถิติเรื่องร้องเรียน")
    # ... as is a PDF's table, a row a line.
    rows = ("สถิติเรื่องร้องเรียนการทุจริต ประจำปีงบประมาณ พ.ศ. 2568\nไตรมาส เรื่องที่ได้รับ ดำเนินการแล้วเสร็จ "
            "อยู่ระหว่างดำเนินการ\nไตรมาส 1 (ต.ค. – ธ.ค. 67) 1 1 0\nไตรมาส 2 (ม.ค. – มี.ค. 68) 0 0 0\nรวม 1 1 0")
    assert not is_placeholder(rows, "")
    # ... but a page saying so beside an address and a visitor counter is still a placeholder.
    assert is_placeholder("สถิติเรื่องร้องเรียน\nอยู่ระหว่างดำเนินการ\nเลขที่ ๑๒๙ หมู่ที่ ๕ โทร ๐-๕๖๖๑-๐๒๓๔\n"
                          "วันนี้ ๑๒๔\nทั้งหมด ๒๑๓,๔๘๗ ครั้ง", "สถิติเรื่องร้องเรียน")
    # a CMS's empty list, under the year chosen in its selector (medsci O25)
    assert is_placeholder("แผนปฏิบัติการป้องกันการทุจริต ปี 2568\nปีงบประมาณ\nทั้งหมด\n2568\n2567\n2566\n"
                          "ปี 2568\nปี 2567\nปี 2566\nไม่พบรายการในหมวดหมู่นี้", "แผนปฏิบัติการป้องกันการทุจริต ปี 2568")
    title = "สถิติเรื่องร้องเรียนการทุจริต ประจำปีงบประมาณ 2569"
    facts = [page("", "หน้าแรก", depth=0, links=[link("stat.html", title)]),
             page("stat.html", title, f"{title}\nอยู่ระหว่างดำเนินการ")]
    result = judge(facts, "O18")
    assert result.status == "review"
    assert any("ยังไม่มีเนื้อหา" in p for p in result.evidence[0].reasons)


# ------------------------------------------------------------------ months


def _monthly(rows: list[tuple[str, str]], broken_paths: tuple[str, ...] = ()) -> list[Fact]:
    links = [link(path, "ดาวน์โหลด", context=f"สขร.1 ประจำเดือน{month} ดาวน์โหลด") for month, path in rows]
    text = "\n".join(f"สขร.1 ประจำเดือน{m}\nดาวน์โหลด" for m, _ in rows) + "\nสขร.1 ประจำเดือนมีนาคม 2569\n-"
    facts = [page("", "หน้าแรก", depth=0, links=[link("monthly.html", "สรุปผลการจัดซื้อจัดจ้างรายเดือน")]),
             page("monthly.html", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", text, links=links)]
    for month, path in rows:
        if path in broken_paths:
            facts.append(broken(path))
        else:
            facts.append(doc(path, f"แบบ สขร.1\nสรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {month}"))
    return facts


def test_month_coverage_names_the_missing_months():
    rows = [("ตุลาคม 2568", "f/10.pdf"), ("พฤศจิกายน 2568", "f/11.pdf"), ("ธันวาคม 2568", "f/12.pdf"),
            ("มกราคม 2569", "f/01.pdf"), ("กุมภาพันธ์ 2569", "f/02.pdf")]
    # February's row is there but its file is broken; March shows "-": both are missing.
    result = judge(_monthly(rows, broken_paths=("f/02.pdf",)), "O11")
    assert result.status == "review"
    problem = " ".join(result.problems)
    assert "ก.พ. 2569" in problem and "มี.ค. 2569" in problem and "ต.ค. 2568" not in problem
    assert any("f/02.pdf" in p for p in result.problems)


def test_all_six_months_published_is_found():
    rows = [("ตุลาคม 2568", "f/10.pdf"), ("พฤศจิกายน 2568", "f/11.pdf"), ("ธันวาคม 2568", "f/12.pdf"),
            ("มกราคม 2569", "f/01.pdf"), ("กุมภาพันธ์ 2569", "f/02.pdf"), ("มีนาคม 2569", "f/03.pdf")]
    assert judge(_monthly(rows), "O11").status == "found"


# ------------------------------------------------------------------ ITA index pages in page classification


def test_an_ita_index_page_counts_for_the_items_it_names():
    text = ("ITA 2565\nการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน\n"
            "OIT1 โครงสร้าง\n • แสดงแผนภูมิโครงสร้างการบริหารงาน\n"
            "OIT2 ข้อมูลผู้บริหาร\n • แสดงรายนามของผู้บริหาร\n"
            "OIT3 อำนาจหน้าที่\n • เช่น พระราชบัญญัติการศึกษา")
    got = classify_page("http://school.ac.th/ita-2565/", text)
    assert {"structure", "executives", "authority"} <= set(got)
    assert "laws" not in got  # "เช่น ..." gives an example, not an item


def test_a_file_kept_on_google_drive_is_a_document():
    drive = "https://drive.google.com/file/d/1xYz0AbC/view"
    facts = [page("", "หน้าแรก", depth=0, links=[link("plan.html", "แผนพัฒนาท้องถิ่น")]),
             page("plan.html", "แผนพัฒนาท้องถิ่น", "แผนพัฒนาท้องถิ่น\nดาวน์โหลด", links=[
                 Link(url=drive, text="ดาวน์โหลด", context="แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)")])]
    result = judge(facts, "O5")
    assert result.status == "found"
    drive_ev = next(e for e in result.evidence if "drive.google.com" in e.url)
    assert 2569 in drive_ev.years and not any("เว็บไซต์อื่น" in r for r in drive_ev.reasons)


def test_news_listing_beats_a_single_post():
    posts = [(f"news/{n}.html", f"ภาพกิจกรรมโครงการที่ {n} ประจำปี 2569") for n in range(4)]
    listing = page("news.html", "ข่าวประชาสัมพันธ์", "ข่าวประชาสัมพันธ์\n" + "\n".join(t for _, t in posts),
                   links=[link(u, "อ่านต่อ", context=t) for u, t in posts])
    facts = [page("", "หน้าแรก", depth=0, links=[link("news.html", "ข่าวสาร"), *[link(u, t) for u, t in posts]]),
             listing,
             *[page(u, t, f"{t}\nวันที่ {n + 2} ธันวาคม 2568 เทศบาลได้จัดกิจกรรม นำโดยนายกเทศมนตรี", depth=2)
               for n, (u, t) in enumerate(posts)]]
    result = judge(facts, "O4")
    assert result.status == "found"
    assert first(result) == "/news.html"


@pytest.mark.parametrize(("text", "context", "hint"), [
    ("ITA ประจำปี 2569", "", 3),  # the page listing the items: first
    ("การประเมินคุณธรรมและความโปร่งใส", "เมนูหลัก", 3),
    ("คลิกที่นี่", "O6 แผนดำเนินงานและการใช้งบประมาณประจำปี", 2),  # a row of the ITA table
    ("แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2569", "", 2),
    ("อ่านต่อ", "แผนปฏิบัติการป้องกันการทุจริต", 1),  # only its heading names a topic
    ("ข่าวประชาสัมพันธ์", "", 0),  # every post is news: no head start
    ("Digital Government", "", 0),  # "ita" inside a word is no ITA
])
def test_crawl_order_hint(text, context, hint):
    """Links likely to lead to evidence are fetched first (a crawl cut short keeps them)."""
    from checklist.signals import evidence_hint

    assert evidence_hint(text, context) == hint


# ------------------------------------------------------------------ mentions are not evidence


def test_a_documents_first_body_sentence_is_not_its_title():
    # The held-out site's integrity report (O26): its first paragraph says the agency "ได้กำหนด
    # มาตรการส่งเสริมคุณธรรม..." right under the title; that sentence does not make it the
    # measures (O25), and last year's report must not make O25 "outdated" either.
    text = ("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยง\nาน\n"
            "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\nเทศบาลเมืองท่าศรี\n"
            "ตามที่เทศบาลเมืองท่าศรีได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ\n"
            "พ.ศ. ๒๕๖๘ จากผลการวิเคราะห์การประเมิน ITA ปี ๒๕๖๗ บัดนี้สิ้นปีงบประมาณแล้ว จึงรายงานผลการดำเนินการ ดังนี้")
    from common.thai import clean

    facts = [page("", "หน้าแรก", depth=0, links=[link("f/integrity-report-2568.pdf", "ดาวน์โหลด")]),
             doc("f/integrity-report-2568.pdf", clean(text))]
    assert judge(facts, "O25").status == "missing"
    assert judge(facts, "O26").status == "found"


# ------------------------------------------------------------------ links to nothing


PLAN = "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569"


def _download_page(target_fact: Fact | None, href: str = "f/plan-2569.pdf") -> list[Fact]:
    facts = [page("", "หน้าแรก", depth=0, links=[link("plan.html", "แผนการดำเนินงาน")]),
             page("plan.html", PLAN, f"{PLAN}\nรายละเอียดตามไฟล์แนบ\nดาวน์โหลด",
                  links=[link(href, "ดาวน์โหลด", context=PLAN)])]
    return facts + ([target_fact] if target_fact else [])


def test_a_page_whose_attached_file_is_dead_is_no_evidence_and_names_the_link():
    result = judge(_download_page(broken("f/plan-2569.pdf")), "O6")
    assert result.status == "missing"
    assert [b.url for b in result.broken_links] == [ROOT + "f/plan-2569.pdf"]
    b = result.broken_links[0]
    assert b.found_on == ROOT + "plan.html" and b.status == 404 and "404" in b.error
    assert "แก้ลิงก์นี้" in result.problems[0] and "plan.html" in result.problems[0]


def test_an_empty_file_and_a_file_link_answered_by_the_home_page_are_dead_too():
    empty = doc("f/plan-2569.pdf", "")
    empty.document = DocumentInfo(format="pdf", error="empty file")
    result = judge(_download_page(empty), "O6")
    assert result.status == "missing" and "ไฟล์ว่าง" in result.broken_links[0].error
    # The site answers the file's address with its home page (a redirect): a soft 404.
    home = page("", "หน้าแรก", depth=0, links=[link("plan.html", "แผนการดำเนินงาน")])
    soft = home.model_copy(update={"requested_url": ROOT + "f/plan-2569.pdf"})
    facts = [home, *_download_page(None)[1:], soft]
    result = judge(facts, "O6")
    assert result.status == "missing", result
    assert "หน้าเว็บแทน" in result.broken_links[0].error


def test_a_page_with_content_of_its_own_stands_whatever_its_attachment():
    body = PLAN + "\n" + "\n".join(f"โครงการที่ {n} ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ {n} งบประมาณ 500,000 บาท "
                                   "กองช่าง ไตรมาสที่ 2" for n in range(1, 8))
    facts = [page("", "หน้าแรก", depth=0, links=[link("plan.html", "แผนการดำเนินงาน")]),
             page("plan.html", PLAN, body, links=[link("f/plan-2569.pdf", "ดาวน์โหลด")]),
             broken("f/plan-2569.pdf")]
    result = judge(facts, "O6")
    assert result.status == "found" and first(result) == "/plan.html"
    # A working file next to the page: found, the page or the file as evidence.
    facts = _download_page(doc("f/plan-2569.pdf", PLAN + "\nโครงการก่อสร้างถนน งบประมาณ 500,000 บาท กองช่าง"))
    assert judge(facts, "O6").status == "found"


# ------------------------------------------------------------------ items of several parts

Y2568 = load_checklist(2568)


def judge68(facts: list[Fact], code: str):
    return judge_item(SiteIndex.build(facts, ROOT), Y2568.item(code), Y2568)


def _docs_site(docs: dict[str, str]) -> list[Fact]:
    home = page("", "หน้าแรก", depth=0, links=[link(p, t.split("\n")[0]) for p, t in docs.items()])
    return [home] + [doc(p, t, t.split("\n")[0]) for p, t in docs.items()]


def test_parts_are_checklist_data():
    o6 = Y2568.item("O6")
    assert [p.topics for p in o6.parts] == [["annual_action_plan"], ["budget_plan"],
                                            ["action_plan_6m_report", "budget_6m_report"]]
    assert o6.part_items()[2].period == "first_half_fy"
    with pytest.raises(ValueError, match="does not list"):
        o6.model_validate({**o6.model_dump(), "parts": [{"name": "อื่น", "topics": ["laws"]}]})


def test_an_item_of_several_parts_is_found_only_with_every_part():
    structure = {"structure.html": "โครงสร้างองค์กร เทศบาลตำบลบ้านตัวอย่าง\nนายกเทศมนตรี\nปลัดเทศบาล\nสำนักปลัด กองคลัง กองช่าง"}
    facts = [page("", "หน้าแรก", depth=0, links=[link("structure.html", "โครงสร้างองค์กร")]),
             page("structure.html", "โครงสร้างองค์กร", structure["structure.html"] * 3)]
    result = judge68(facts, "O1")
    assert result.status == "missing"
    assert any('ส่วน "อำนาจหน้าที่" ไม่พบ' in p for p in result.problems)
    assert first(result) == "/structure.html"  # what there is stays listed
    facts[0].links.append(link("authority.html", "อำนาจหน้าที่"))
    facts.append(page("authority.html", "อำนาจหน้าที่", "อำนาจหน้าที่ของเทศบาล\n" + "จัดให้มีและบำรุงรักษาทางบกและทางน้ำ รักษาความสะอาดของถนน " * 5))
    result = judge68(facts, "O1")
    assert result.status == "found" and first(result) == "/structure.html"
    assert {"/structure.html", "/authority.html"} <= {e.url.removeprefix(ROOT.rstrip("/")) for e in result.evidence}


def test_the_weakest_part_decides_and_is_named():
    plan = "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568\nโครงการก่อสร้างถนน งบประมาณ 500,000 บาท"
    budget = "เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568\nประมาณการรายจ่าย 85,000,000 บาท"
    progress = "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน\nประจำปีงบประมาณ พ.ศ. {y}\nตุลาคม - มีนาคม"
    docs = {"f/plan.pdf": plan, "f/budget.pdf": budget, "f/progress.pdf": progress.format(y=2568)}
    assert judge68(_docs_site(docs), "O6").status == "found"
    docs["f/progress.pdf"] = progress.format(y=2567)
    result = judge68(_docs_site(docs), "O6")
    assert result.status == "outdated"
    assert any(p.startswith('ส่วน "รายงานความก้าวหน้ารอบ 6 เดือน" พบแต่เป็นของปีก่อน') for p in result.problems)
    del docs["f/budget.pdf"]
    result = judge68(_docs_site(docs), "O6")
    assert result.status == "missing"
    assert any('ส่วน "แผนการใช้จ่ายงบประมาณประจำปี" ไม่พบ' in p for p in result.problems)


def test_a_performance_report_alone_is_not_the_annual_report_and_budget_report():
    report = "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2567\nผลการดำเนินงานตามแผนพัฒนาท้องถิ่น 45 โครงการ"
    result = judge68(_docs_site({"f/report.pdf": report}), "O7")
    assert result.status == "missing"
    assert any("รายงานผลการใช้จ่ายงบประมาณประจำปี" in p for p in result.problems)
    spend = "รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. 2567\nเบิกจ่ายแล้ว 80,000,000 บาท"
    assert judge68(_docs_site({"f/report.pdf": report, "f/spend.pdf": spend}), "O7").status == "found"


def test_an_ocr_cover_with_doubled_glyphs_still_names_the_plan():
    from common.thai import clean

    cover = "".join(c * 2 for c in "แผนพัฒนาท้องถิ่น") + "\nเทศบาลตำบลบ้านใหม่"
    assert "dev_plan" in {h.topic for h in topics_named(clean(cover))}


# ------------------------------------------------------------------ the year a document covers


def test_the_year_a_document_covers_decides_not_the_years_it_mentions():
    plan = ("แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568\nเทศบาลตำบลบ้านใหม่\n"
            "โครงการต่อเนื่องจากปีงบประมาณ 2567 และจะดำเนินการต่อในปีงบประมาณ 2569\n"
            "โครงการก่อสร้างถนน งบประมาณ 80,000 บาท")
    facts = [page("", "หน้าแรก", depth=0, links=[link("f/plan.pdf", "แผนการดำเนินงาน")]), doc("f/plan.pdf", plan)]
    result = judge(facts, "O6")
    assert result.status == "outdated" and result.evidence[0].years == [2568]


def test_a_publication_date_does_not_override_the_year_in_the_title():
    body = ("รายงานผลการจัดซื้อจัดจ้าง ปี 2567\nเผยแพร่เมื่อ 15 ตุลาคม 2568\n"
            + "จัดซื้อวัสดุสำนักงาน 12 รายการ วงเงินรวม 1,250,000 บาท วิธีเฉพาะเจาะจง\n" * 4)
    title = "รายงานผลการจัดซื้อจัดจ้าง ปี 2567"
    facts = [page("", "หน้าแรก", depth=0, links=[link("report.html", "รายงานผลการจัดซื้อจัดจ้างประจำปี")]),
             page("report.html", title, body)]
    result = judge(facts, "O12")
    assert result.status == "outdated", result.reasons
    # A budget ordinance for the year, signed in the September before it starts, is of its year.
    budget = ("เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569\nเทศบาลตำบลบ้านใหม่\n"
              "ประมาณการรายจ่ายทั้งสิ้น 85,000,000 บาท\nประกาศ ณ วันที่ 15 กันยายน 2568")
    facts = [page("", "หน้าแรก", depth=0, links=[link("f/budget.pdf", "เทศบัญญัติงบประมาณ")]), doc("f/budget.pdf", budget)]
    assert judge(facts, "O6").status == "found"


def test_an_amount_after_the_word_budget_is_no_year():
    from common.thai import years_in

    assert years_in("งบประมาณ 80,000 บาท") == [] and years_in("ปีงบประมาณ 69") == [2569]


# ------------------------------------------------------------------ look-alikes


@pytest.mark.parametrize(("text", "topic"), [
    ("รายงานผลการดำเนินงานประจำปี 2568 ศูนย์พัฒนาเด็กเล็กบ้านหนองบัว", "annual_performance_report"),
    ("ประกาศจ้างเหมาจัดทำรูปเล่มแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)", "dev_plan"),
    ("ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์แผนการดำเนินงาน ประจำปี 2569", "annual_action_plan"),
    ("ประชุมประชาคมเพื่อจัดทำแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)", "dev_plan"),
    ("รายงานการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ประจำปี 2568", "dev_plan"),
])
def test_look_alikes_are_not_the_item(text, topic):
    assert topic not in {h.topic for h in topics_named(text)}


def test_look_alikes_keep_their_own_topic():
    assert "procurement_announcements" in {h.topic for h in topics_named("ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์แผนการดำเนินงาน")}
    assert "procurement_plan" in {h.topic for h in topics_named("แผนการจัดซื้อจัดจ้าง ประจำปี 2569")}
    # A notice to bind the plan, linked as the plan: not found.
    notice = "ประกาศจ้างเหมาจัดทำรูปเล่มแผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)"
    facts = [page("", "หน้าแรก", depth=0, links=[link("news/9.html", notice)]),
             page("news/9.html", notice, notice + "\nด้วยเทศบาลมีความประสงค์จะจ้างเหมาจัดทำรูปเล่ม จำนวน 50 เล่ม ราคากลาง 25,000 บาท")]
    assert judge(facts, "O5").status == "missing"


# ------------------------------------------------------------------ mentions


def test_a_mention_in_the_body_alone_does_not_make_the_item_found():
    minutes = "\n".join([
        "บันทึกข้อความ", "ส่วนราชการ สำนักปลัดเทศบาล", "วันที่ 15 กุมภาพันธ์ 2569",
        "เรื่อง ขอความร่วมมือบุคลากรแต่งกายด้วยผ้าไทยทุกวันศุกร์", "เรียน พนักงานเทศบาลทุกท่าน",
        "ด้วยเทศบาลได้ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2569 แล้ว",
        "จึงขอความร่วมมือแต่งกายด้วยผ้าไทย", "ทุกวันศุกร์ เริ่มตั้งแต่เดือนมีนาคม",
        "ทั้งนี้ แผนป้องกันการทุจริต ประจำปี 2569 ที่ประกาศไว้กำหนดกิจกรรมนี้",
    ])
    facts = [page("", "หน้าแรก", depth=0, links=[link("f/minutes.pdf", "ดาวน์โหลด", context="หนังสือเวียน")]),
             doc("f/minutes.pdf", minutes)]
    result = judge(facts, "O23")
    assert result.status == "review", result
    assert any("กล่าวถึงในเนื้อหา" in r for r in result.evidence[0].reasons)


def test_eval_judges_a_page_as_the_audit_does():
    # `oit eval` is the matcher's own judgement of one page (one classifier, not two).
    import checklist.evaluate as evaluate
    from checklist.match import page_topics

    assert not {"topic_signals", "SiteIndex", "Signal"} & set(vars(evaluate))
    text = "แผนการดำเนินงาน ประจำปีงบประมาณ 2569\nโครงการก่อสร้างถนน งบประมาณ 500,000 บาท"
    got = classify_page("http://x.go.th/plan", text, "แผนการดำเนินงาน")
    assert "annual_action_plan" in got
    assert got == page_topics("http://x.go.th/plan", lines_without_menus(text), "แผนการดำเนินงาน")


# ------------------------------------------------------------------ obvious pages


def test_a_link_text_cut_short_still_names_its_item():
    cut = "คู่มือการจัดการเรื่องร้องเรี...pdf"
    assert "complaint_guideline" in {h.topic for h in topics_named(cut)}
    assert {h.topic for h in topics_named("คู่มือ...")} == set()  # too little to guess from
    text = "คู่มือการจัดการเรื่องร้องเรียน\nขั้นตอนที่ 1 รับเรื่อง\nขั้นตอนที่ 2 ตรวจสอบข้อเท็จจริง\nขั้นตอนที่ 3 แจ้งผล"
    facts = [page("", "หน้าแรก", depth=0, links=[link("f/complaint-man.pdf", cut)]),
             doc("f/complaint-man.pdf", "เทศบาลตำบลบ้านใหม่\n" + text.split("\n", 1)[1] * 3, cut)]
    result = judge(facts, "O16")
    assert result.status == "found" and first(result) == "/f/complaint-man.pdf"


def test_a_cookie_policy_page_is_the_privacy_policy():
    assert "privacy_policy" in classify_page("http://x.go.th/cookie", "นโยบายคุกกี้\nเว็บไซต์นี้ใช้คุกกี้เพื่อ...", "นโยบายคุกกี้")


def test_a_page_listing_several_files_of_one_topic_is_that_topic():
    names = ["การขออนุญาตก่อสร้างอาคาร", "การจดทะเบียนพาณิชย์", "การขอรับเบี้ยยังชีพผู้สูงอายุ", "การแจ้งเกิด"]
    rows = [link(f"f/m{n}.pdf", "ดาวน์โหลด", context=f"คู่มือสำหรับประชาชน: {x} ดาวน์โหลด") for n, x in enumerate(names)]
    text = "เอกสารดาวน์โหลด\n" + "\n".join(f"คู่มือสำหรับประชาชน: {x}\nดาวน์โหลด" for x in names)
    facts = [page("", "หน้าแรก", depth=0, links=[link("download.html", "ดาวน์โหลดเอกสาร")]),
             page("download.html", "ดาวน์โหลดเอกสาร", text, links=rows, headings=["เอกสารดาวน์โหลด"])]
    index = SiteIndex.build(facts, ROOT)
    sigs = topic_signals(index, index.targets[ROOT + "download.html"], ["service_manual"])
    assert any("รวมลิงก์ 4 รายการ" in s.reason for s in sigs["service_manual"])
    result = judge(facts, "O9")
    assert result.status == "found" and first(result) == "/download.html"
    # A download centre of everything is not a list of one topic.
    mixed = rows[:2] + [link("f/p.pdf", "แผนพัฒนาท้องถิ่น"), link("f/q.pdf", "แผนการดำเนินงาน"),
                        link("f/r.pdf", "ประมวลจริยธรรม")]
    facts[1] = page("download.html", "ดาวน์โหลดเอกสาร", "เอกสารดาวน์โหลด", links=mixed)
    index = SiteIndex.build(facts, ROOT)
    assert not topic_signals(index, index.targets[ROOT + "download.html"], ["service_manual"]).get("service_manual")


def test_an_activity_post_is_news_by_its_form():
    post = ("วันพฤหัสบดีที่ 22 มิถุนายน 2566 เวลา 09:30 น.\n"
            "การแข่งขันกีฬาเยาวชนต้านยาเสพติด\n"
            + "องค์การบริหารส่วนตำบลได้ส่งนักกีฬาเยาวชนเข้าแข่งขันฟุตบอลระดับอำเภอ ณ สนามกีฬากลาง "
              "มีผู้ร่วมแข่งขันทั้งสิ้น 16 ทีม ผลการแข่งขันทีมของตำบลได้รับรางวัลชนะเลิศ\n" * 3)
    got = classify_page("http://x.go.th/index.php?id=177", post)
    assert "news" in got and any("ขึ้นต้นด้วยวันที่" in r for r in got["news"])
    # A short dated line with no story after it is not a post.
    assert "news" not in classify_page("http://x.go.th/x", "22 มิถุนายน 2566\nตารางเวร")


def test_a_guideline_listing_item_names_is_none_of_them():
    guide = "\n".join(["แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน",
                       "1. โครงสร้างหน่วยงาน", "2. อำนาจหน้าที่", "3. ข้อมูลผู้บริหาร", "4. แผนพัฒนาท้องถิ่น",
                       "5. คู่มือการปฏิบัติงาน", "6. ข่าวประชาสัมพันธ์", "7. แผนปฏิบัติการป้องกันการทุจริต"])
    facts = [page("", "หน้าแรก", depth=0, links=[link("f/guide.pdf", "ดาวน์โหลด")]), doc("f/guide.pdf", guide)]
    for code in ("O1", "O8"):
        assert judge(facts, code).status != "found", code


def test_a_dead_file_about_something_else_does_not_sink_the_page():
    # The ethics-code page links a (dead) report of another item: the page is still the code.
    code = "ประมวลจริยธรรมของพนักงานเทศบาล"
    facts = [page("", "หน้าแรก", depth=0, links=[link("ethics.html", "ประมวลจริยธรรม")]),
             page("ethics.html", code, f"{code}\nประกาศ ณ วันที่ 1 ตุลาคม 2568 ปีงบประมาณ 2569",
                  links=[link("gone/report.pdf", "รายงานผลการจัดซื้อจัดจ้างประจำปี 2568")]),
             broken("gone/report.pdf")]
    result = judge(facts, "O15")
    assert first(result) == "/ethics.html" and not result.broken_links


def test_a_page_of_laws_is_the_laws_item():
    acts = ["พระราชบัญญัติเทศบาล พ.ศ. 2496", "พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540",
            "ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2548"]
    assert "laws" in classify_page("http://x.go.th/index.php?page=9", "ข้อมูลกฎหมาย\n" + "\n".join(acts))


def test_a_month_whose_file_is_empty_is_not_published():
    rows = [("ตุลาคม 2568", "f/10.pdf"), ("พฤศจิกายน 2568", "f/11.pdf"), ("ธันวาคม 2568", "f/12.pdf"),
            ("มกราคม 2569", "f/01.pdf"), ("กุมภาพันธ์ 2569", "f/02.pdf"), ("มีนาคม 2569", "f/03.pdf")]
    facts = _monthly(rows)
    empty = next(f for f in facts if f.url.endswith("f/02.pdf"))
    empty.text, empty.document = "", DocumentInfo(format="pdf", error="empty file")
    result = judge(facts, "O11")
    assert result.status == "review" and "ก.พ. 2569" in " ".join(result.problems)


# ------------------------------------------------------------------ the form of a news post


def test_a_short_post_telling_who_did_what_and_when_is_news():
    # No 300 characters of story, no word "ข่าว": a by-line date and a line saying who acted.
    post = ("ขุดลอกท่อระบายน้ำ ถนนสายหลัก\nวันที่ 27 มกราคม 2566 เวลา 09.00 น.\n"
            "นายสมชาย ใจดี นายกเทศมนตรีตำบลตัวอย่าง ลงพื้นที่ติดตามการขุดลอกท่อระบายน้ำ")
    got = classify_page("http://x.go.th/2566/128", post)
    assert "news" in got and any("เมื่อวันที่" in r for r in got["news"])
    # A headline saying who did what is a post with one more sign of one (the news section it sits
    # in, a date under it); alone it is also an authority page's "the office was charged with ..."
    headline = "อบต.ตัวอย่าง แจกจ่ายน้ำอุปโภคบริโภคให้ประชาชน"
    assert "news" in classify_page("http://x.go.th/news/13594", headline)
    assert "news" in classify_page("http://x.go.th/p/13594", headline + "\nวันที่ 3 เมษายน 2567")


def test_the_frame_of_a_page_is_not_its_headline():
    # The greeting banner with the site's name and phone and an icon font's ligature name sit
    # above the real headline on one page template (seen once when a page is judged alone); the
    # page is read from the headline under them. Print buttons and separators are frame too.
    banner = ("องค์การบริหารส่วนตำบลตัวอย่าง call ข้อมูลการติดต่อ info กองทุนหลักประกันสุขภาพ\n"
              "ยินดีต้อนรับเข้าสู่ เว็บไซต์ องค์การบริหารส่วนตำบลตัวอย่าง โทร 044-110084\n"
              "check_circle อำนาจหน้าที่\nองค์การบริหารส่วนตำบลมีอำนาจหน้าที่ในการพัฒนาตำบล ตามมาตรา 66")
    got = classify_page("http://x.go.th/index/?page=article2304", banner, learned=False)
    assert "authority" in got and "contact" not in got
    assert is_chrome("ขนาดอักษร") and is_chrome("|") and is_chrome("Page Views 384999")
    assert not is_chrome("พิมพ์เขียวการพัฒนาตำบล") and not is_chrome("2567")
    assert without_icon("check_circle อำนาจหน้าที่") == "อำนาจหน้าที่"


def test_a_title_between_decorations_is_that_title():
    # ":: ข้อบังคับ ... ::", "“กิจกรรม ...”": the decoration is no part of the title it frames.
    rules = "::  ข้อบังคับมหาวิทยาลัยตัวอย่าง  ปี  ๒๕๖๗  ::\nข้อบังคับมหาวิทยาลัยตัวอย่าง ว่าด้วย การบริหารงานบุคคล"
    assert "laws" in classify_page("http://x.ac.th/list.php", rules, learned=False)
    assert [h.topic for h in topics_named("»» ระเบียบกระทรวงมหาดไทย ว่าด้วยการพัสดุ", start=True)] == ["laws"]


def test_what_tells_no_event_is_not_a_post():
    # A document's own title ("ระเบียบ..." naming a contest), a project's own document (its
    # rationale), a council's session notice and a topic page telling its forums are no posts.
    rules = "ระเบียบการแข่งขันกีฬาเยาวชน ของเทศบาลตำบลตัวอย่าง"
    assert "news" not in classify_page("http://x.go.th/a/1", rules)
    project = ("ค่ายเยาวชนรักษ์ถิ่น องค์การบริหารส่วนตำบลตัวอย่าง ร่วมกับโรงเรียนบ้านตัวอย่าง\n"
               "หลักการและเหตุผล\nเยาวชนเป็นกำลังสำคัญของท้องถิ่น")
    assert "news" not in classify_page("http://x.go.th/a/2", project)
    session = ("สภาองค์การบริหารส่วนตำบลตัวอย่าง\n"
               "วันที่ 1 สิงหาคม 2567 เปิดประชุมสภาองค์การบริหารส่วนตำบลตัวอย่าง สมัยสามัญ สมัยที่ 3")
    assert "news" not in classify_page("http://x.go.th/a/3", session)
    forums = ("การเปิดโอกาสให้เกิดการมีส่วนร่วม\n"
              "วันที่ 5 มีนาคม 2567 เทศบาลตำบลตัวอย่าง ร่วมกับกองช่าง ลงพื้นที่จัดประชุมประชาคมหมู่บ้าน")
    assert set(classify_page("http://x.go.th/a/4", forums)) == {"public_participation"}


def test_a_sites_welcome_banner_tells_no_event():
    from checklist.story import tells_event

    # "ยินดีต้อนรับ" greets the reader; "ต้อนรับ" alone is a reception somebody held
    assert tells_event([], "- สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเพชรบุรี เขต 1 ยินดีต้อนรับ -") == ""
    assert tells_event([], "นายกเทศมนตรีให้การต้อนรับคณะศึกษาดูงานจากเทศบาลตำบลตัวอย่าง") == "headline"


def test_a_headline_telling_an_act_is_not_a_post_by_itself():
    # an authority page opens "the office was charged ... with these powers": its headline names
    # who did what, as a post's does, but nothing else about it is a post's (no date, no story)
    text = ("สำนักงานวัฒนธรรมจังหวัดตัวอย่าง ได้รับมอบหมาย\nจากกระทรวงวัฒนธรรม ให้มีอำนาจหน้าที่ตามกฎกระทรวง"
            "แบ่งส่วนราชการ ดังนี้\n(ก) จัดทำยุทธศาสตร์ด้านศาสนา ศิลปะและวัฒนธรรมของจังหวัด")
    assert set(classify_page("http://x.go.th/about/2", text)) == {"authority"}
    post = ("นายกเทศมนตรีตำบลตัวอย่าง มอบถุงยังชีพแก่ผู้ประสบอุทกภัย\n"
            "วันที่ 12 ตุลาคม 2567 นายกเทศมนตรีตำบลตัวอย่าง พร้อมด้วยคณะผู้บริหาร ลงพื้นที่หมู่ที่ 4 "
            "มอบถุงยังชีพแก่ครัวเรือนที่ได้รับผลกระทบจากน้ำท่วม จำนวน 120 ครัวเรือน")
    assert "news" in classify_page("http://x.go.th/news/12", post)


def test_a_phrase_of_the_lead_counts_once():
    # a privacy policy whose first sentence names the social media it covers: the lead names them
    # once; the lines under it are read for what they add, not for the lead again
    text = ("นโยบายการคุ้มครองข้อมูลส่วนบุคคล\nสำนักงานตัวอย่าง ตระหนักถึงความสำคัญของข้อมูลส่วนบุคคลที่ได้รับผ่าน"
            "เว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน\nข้อ 1 ขอบเขตของนโยบาย")
    assert set(classify_page("http://x.go.th/privacy", text)) == {"privacy_policy"}


def test_a_phrase_under_the_lead_with_a_mention_below_is_a_mention():
    # a provincial health office's role page names the unit that drafts its strategic plan, twice:
    # a line under the lead and a mention in the body say what the office does, not what the page is
    text = ("บทบาทและภารกิจของสำนักงาน\nสำนักงานสาธารณสุขจังหวัดตัวอย่าง\nงานแผนยุทธศาสตร์\n"
            "ทำหน้าที่ประสานและสนับสนุนหน่วยบริการในจังหวัด\nดูแลบุคลากร 1,200 คน\n"
            "กำกับดูแลโรงพยาบาลชุมชน 8 แห่ง\nงานแผนยุทธศาสตร์ติดตามผลทุกไตรมาส")
    assert "dev_plan" not in classify_page("http://x.go.th/about/role", text)


def test_an_agencys_news_in_english_is_a_post():
    from checklist.story import tells_event

    # universities and ministries post in English too: who did what, and the day
    post = ("On February 20, 2024, the Planning Division held a meeting to hand over the University's "
            "procurement management system to the Central Procurement Division.")
    assert tells_event([post], "") == "dated"
    assert tells_event(["The Faculty of Engineering welcomed a delegation from a partner university"], "") == "told"
    assert tells_event(["The Faculty of Engineering offers four undergraduate programmes"], "") == ""
    page_text = "Planning Division hands over the procurement system\n" + post
    assert "news" in classify_page("http://plan.x.ac.th/en/public-relations/137/show", page_text)


def test_an_agency_word_is_not_read_inside_another_word():
    from checklist.story import tells_event

    # "โปรแกรม" holds the letters of "กรม" (a department); a manual of a program acts nothing.
    assert tells_event(["การอบรมการใช้โปรแกรมบัญชี"], "") == ""
    assert tells_event(["กรมวิชาการเกษตร ลงพื้นที่ตรวจเยี่ยมแปลงพืช"], "") == "told"


# ------------------------------------------------------------------ titles that say what a page is


def test_a_page_titled_as_a_law_is_the_laws_item():
    # The kind of instrument, then what it governs or its year: a law whatever its subject.
    for title in ("ข้อบัญญัติองค์การบริหารส่วนตำบลตัวอย่าง เรื่อง การควบคุมการเลี้ยงสัตว์ พ.ศ. 2566",
                  "ระเบียบกระทรวงมหาดไทยว่าด้วยวิธีการงบประมาณขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2563",
                  "ข้อบังคับมหาวิทยาลัยตัวอย่าง ว่าด้วยการบริหารงานบุคคล"):
        assert set(classify_page("http://x.go.th/law/1", title)) == {"laws"}, title
    # Right after the kind, the body that issued it is the form of a title too.
    for title in ("ประกาศกระทรวงศึกษาธิการ มาตรฐานการศึกษาขั้นพื้นฐาน",
                  "ระเบียบคณะกรรมการการศึกษาขั้นพื้นฐาน การรับนักเรียน",
                  "ข้อบัญญัติ อบต.ตัวอย่าง",
                  "อ่าน ระเบียบกระทรวงการคลัง ว่าด้วยการจัดซื้อจัดจ้าง ที่นี่"):  # a word of the page first
        assert set(classify_page("http://x.go.th/law/4", title)) == {"laws"}, title
    # A question about one (an exam site, a web board) names no instrument of its own.
    assert "laws" not in classify_page("http://x.go.th/law/5", "ประกาศกระทรวงศึกษาธิการ มีเขตพื้นที่การศึกษาจำนวนเท่าใด")
    # Without the form of a title the word is only a word; the budget ordinance is the budget.
    assert "laws" not in classify_page("http://x.go.th/law/2", "ระเบียบการแต่งกายของนักเรียน")
    budget = "ข้อบัญญัติองค์การบริหารส่วนตำบลตัวอย่าง เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568"
    assert set(classify_page("http://x.go.th/law/3", budget)) == {"budget_plan"}


def test_the_authority_page_outlining_its_act_is_not_the_laws_item():
    page_text = ("อำนาจและหน้าที่ของ อบต.\nพระราชบัญญัติ สภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537\n"
                 "ส่วนที่ 3 อำนาจหน้าที่ขององค์การบริหารส่วนตำบล มาตรา 66-71")
    assert set(classify_page("http://x.go.th/about/5", page_text)) == {"authority"}


def test_criteria_about_the_staff_are_the_hr_criteria():
    # "หลักเกณฑ์" and what it governs among the staff; an announcement titled by the criteria too.
    for title in ("หลักเกณฑ์และวิธีการประเมินผลการปฏิบัติงานของข้าราชการครู",
                  "ประกาศ มหาวิทยาลัยตัวอย่าง เรื่องหลักเกณฑ์และวิธีการย้ายและการโอนพนักงาน",
                  "ประกาศหลักเกณฑ์การคิดภาระงานทางวิชาการของคณาจารย์ พ.ศ. 2565"):
        assert "hr_criteria" in classify_page("http://x.go.th/hr/1", title), title
    # Criteria about something else are not the staff's.
    assert "hr_criteria" not in classify_page("http://x.go.th/hr/2", "หลักเกณฑ์การใช้อาคารสถานที่และค่าธรรมเนียม")


@pytest.mark.parametrize("text, topic", [
    # The ITA's word for those surveyed is no participation page; its own item wording is.
    ("รายงานผลสำรวจความพึงพอใจของผู้รับบริการและผู้มีส่วนได้ส่วนเสียที่มีต่อการให้บริการ", "public_participation"),
    # A report citing the regulation it follows is not the regulation.
    ("รายงานเงินสะสม ณ วันสิ้นเดือนมีนาคม\nตามที่ ระเบียบกระทรวงมหาดไทยว่าด้วยการรับเงิน การเบิกจ่าย "
     "การฝากเงิน กำหนดให้หน่วยงานคลังจัดทำรายงาน", "laws"),
    # Monitoring the plan is not the plan.
    ("การนำแผนพัฒนาสามปีไปสู่ปฏิบัติและการติดตามประเมินผล\nผู้รับผิดชอบในการติดตามและประเมินผล", "dev_plan"),
    # The executives came along to an event: a post, not the executives' page.
    ("วันนี้ นายกเทศมนตรีตำบลตัวอย่าง พร้อมคณะผู้บริหาร ร่วมพิธีวางพวงมาลา", "executives"),
])
def test_words_that_only_mention_a_topic_do_not_name_it(text, topic):
    assert topic not in classify_page("http://x.go.th/p/9", text)


def test_the_participation_items_own_wording_names_it():
    text = "MOIT 11 หน่วยงานของท่านเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีโอกาสเข้ามามีส่วนร่วม"
    assert "public_participation" in classify_page("http://x.go.th/moit/11", text)


def test_a_manual_of_the_offices_own_work_is_the_work_manual():
    for title in ("ขั้นตอนการจัดทำเอกสารจัดซื้อวัสดุสำนักงาน", "คู่มือการเบิกจ่ายเงินของหน่วยงาน",
                  "ประกาศแนวทางปฏิบัติการรับและส่งหนังสือราชการทางอิเล็กทรอนิกส์"):
        assert "work_manual" in classify_page("http://x.go.th/km/1", title), title
    # A manual for those who apply, or about something else, is not the staff's.
    for title in ("คู่มือการขอรับเงินอุดหนุนและการเบิกจ่ายสำหรับชุมชน", "คู่มือการท่องเที่ยวชุมชน"):
        assert "work_manual" not in classify_page("http://x.go.th/km/2", title), title


def test_a_web_counter_above_the_title_is_not_the_pages_title():
    # "สถิติ..." of the counter would otherwise rule reports out as the page's own title.
    text = ("สถิติผู้เยี่ยมชม\nเปิดเว็บไซต์ 01/08/2560\n"
            "รายงานการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ประจำปี 2566")
    assert "annual_performance_report" in classify_page("http://x.go.th/r/152", text)


def test_an_ita_page_numbering_its_items_without_dots_names_them():
    text = ("ตัวชี้วัดย่อยที่ 9.3 การจัดซื้อจัดจ้าง\n19 แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ\n"
            "20 ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ\n"
            "21 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน")
    got = classify_page("http://x.go.th/ita/93", text)
    assert {"procurement_announcements", "procurement_monthly_summary"} <= set(got)


def test_a_research_article_about_a_topic_is_not_evidence_of_it():
    text = ("การมีส่วนร่วมของประชาชนในการจัดทำแผนพัฒนาท้องถิ่น ขององค์การบริหารส่วนตำบลในเขตอำเภอตัวอย่าง\n"
            "บทคัดย่อ\nการวิจัยครั้งนี้ มีวัตถุประสงค์เพื่อศึกษาการมีส่วนร่วมของประชาชน")
    assert classify_page("http://blog.example.com/2012/06/", text) == {}


def test_an_office_history_with_its_dates_is_not_a_post():
    text = ("ประวัติสำนักงานสาธารณสุขจังหวัดตัวอย่าง\n"
            "ต่อมาในปี พ.ศ. 2541 สำนักงานได้ย้ายมาสร้างอาคารแห่งใหม่ และได้เปิดทำการอาคารแห่งนี้ "
            "เมื่อวันที่ 9 มกราคม 2543 " + "โดยมีหน่วยงานในสังกัดทั้งสิ้น 8 แห่ง " * 10)
    assert "news" not in classify_page("http://x.go.th/office/history", text)


def test_the_english_word_executives_names_the_item_only_as_a_menu_label():
    prose = "The NACC should organize a meeting or training for executives and relevant personnel."
    assert "executives" not in classify_page("http://x.go.th/study/25", prose)
    assert any(h.topic == "executives" for h in topics_named("Executives", label=True))


def test_a_body_sentence_citing_the_plan_under_a_headline_is_no_title():
    text = ('อัลบั้มภาพ "โครงการก่อสร้างถนนลาดยางสายหมู่ที่ 10"\n'
            "ตามที่ อบต.ตัวอย่าง ได้ประสานแผนพัฒนาท้องถิ่นไปยังองค์การบริหารส่วนจังหวัด เพื่อก่อสร้างถนนสายนี้")
    assert "dev_plan" not in classify_page("http://x.go.th/albums/165", text)


def test_a_download_page_is_not_the_report_one_of_its_rows_names():
    # Weak words of a body ("ติดตามและประเมินผล", "กำกับติดตาม", "รอบ 6 เดือน"), however many,
    # are what the page mentions: the report is the file of that row, not the page listing it.
    rows = ["แผนพัฒนาท้องถิ่น", "เอกสารที่เกี่ยวข้อง", "๑ แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ – ๒๕๗๐) [PDF]",
            "๒ แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ [PDF]", "๓ ข้อบัญญัติงบประมาณรายจ่าย ๒๕๖๘ [PDF]",
            "๔ ประกาศใช้แผนพัฒนาท้องถิ่น [PDF]", "๕ ผลการติดตามและประเมินผลแผนพัฒนา [PDF]",
            "๖ รายงานการกำกับติดตามการดำเนินงาน รอบ ๖ เดือน [PDF]"]
    assert "action_plan_6m_report" not in classify_page("http://x.go.th/Main/Page/id/7/", "\n".join(rows))


def test_a_page_guiding_a_service_request_is_a_citizens_manual():
    # No word "คู่มือ": a headline naming what a citizen asks for and lines saying what it takes.
    guide = ("การขออนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ\n"
             "เอกสารที่ต้องใช้ 1. สำเนาบัตรประจำตัวประชาชน 2. สำเนาทะเบียนบ้าน\n"
             "ขั้นตอน ยื่นคำขอที่กองสาธารณสุขฯ ระยะเวลา 15 วันทำการ ค่าธรรมเนียมตามข้อบัญญัติ")
    got = classify_page("http://x.go.th/services/12", guide)
    assert "service_manual" in got and any("คู่มือสำหรับประชาชน" in r for r in got["service_manual"])
    # A job opening or a PR notice that names documents and steps is no guide.
    job = ("การรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง\nเอกสารที่ต้องใช้ สำเนาบัตรประจำตัวประชาชน\n"
           "ขั้นตอนการสมัคร ยื่นใบสมัครด้วยตนเอง ระยะเวลา 1 - 15 มีนาคม")
    assert "service_manual" not in classify_page("http://x.go.th/news/3", job)


def test_a_post_is_evidence_of_what_its_headline_names_not_of_what_its_story_mentions():
    # The story's first lines mention a vow against corruption and an agency's duties: the event
    # was about them, the post is none of those items.
    post = ("โครงการจัดงานวันเด็กแห่งชาติ ประจำปี 2568\n"
            "วันที่ 11 มกราคม 2568 เวลา 09.00 น. องค์การบริหารส่วนตำบลตัวอย่าง นำโดยนายก อบต. "
            "จัดงานวันเด็กแห่งชาติ ณ ลานหน้าที่ทำการ และประกาศเจตนารมณ์ต่อต้านการทุจริต "
            "ในฐานะองค์กรปกครองส่วนท้องถิ่นที่มีบทบาทหน้าที่ดูแลเด็กและเยาวชน")
    got = classify_page("http://x.go.th/news/41", post)
    assert "news" in got and not {"integrity_intent", "authority"} & set(got), got
    # ... while a post whose headline names an item is its evidence.
    vow = ("กิจกรรมประกาศเจตนารมณ์ต่อต้านการทุจริต ประจำปี 2568\n"
           "วันที่ 3 ตุลาคม 2567 เวลา 09.00 น. องค์การบริหารส่วนตำบลตัวอย่าง จัดกิจกรรมให้คณะผู้บริหารและ"
           "พนักงานร่วมประกาศเจตนารมณ์ ณ ห้องประชุม")
    assert "integrity_intent" in classify_page("http://x.go.th/news/42", vow)

def test_a_print_stamp_is_not_the_title_of_a_printout():
    """An e-LAAS printout (a real PDF made here) opens with the time it was printed,
    "วันที่พิมพ์ : 24/9/2568", then its title: the budget estimate of FY2569. The stamp is the
    generator's frame; the title decides the year (a September 2568 stamp would make it 2568)."""
    from crawler.documents import extract_document
    from tests import docmaker as dm

    data = dm.make_pdf(lines=[
        "วันที่พิมพ์ : 24/9/2568 08:41:36", "หน้า 1 แผ่นที่ 1",
        "รายงานประมาณการรายจ่าย", "ประจำปีงบประมาณ พ.ศ. 2569", "เทศบาลตำบลบ้านใหม่",
        "แผนงานบริหารงานทั่วไป งบบุคลากร 1,250,000 บาท",
    ])
    text, _ = extract_document(data, ROOT + "f/budget.pdf")
    facts = [page("", "หน้าแรก", depth=0, links=[link("f/budget.pdf", "ดาวน์โหลด")]), doc("f/budget.pdf", text)]
    result = judge(facts, "O6")
    assert result.evidence and first(result) == "/f/budget.pdf"
    assert result.evidence[0].years == [2569], result.evidence[0]


def test_an_eplan_printout_is_titled_by_its_plan_not_by_the_system_that_printed_it():
    """An e-plan export opens with the system's name ("ระบบสารสนเทศเพื่อการวางแผนพัฒนาท้องถิ่น
    (e-plan)") and a stamp naming the clerk who printed it: the operating plan of 2568, no
    development plan (paowpdm O5); its first numbered row ends the title block."""
    from checklist.doc_title import doc_title_block

    export = ("ระบบสารสนเทศเพื่อการวางแผนพัฒนาท้องถิ่น (e-plan) กรมส่งเสริมการปกครองท้องถิ่น\n"
              "วันที่พิมพ์ : 25/10/2567 10:05:31 ผู้พิมพ์ : planpao01\n"
              "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568\nองค์การบริหารส่วนจังหวัดนครวารี\n"
              "1. โครงการก่อสร้างถนนลาดยาง 412,860,000 บาท กองช่าง")
    assert doc_title_block(export) == ["แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568", "องค์การบริหารส่วนจังหวัดนครวารี"]
    Y2568 = load_checklist(2568)
    facts = [page("", "หน้าแรก - องค์การบริหารส่วนจังหวัดนครวารี", depth=0,
                  links=[link("f/ap68.pdf", "ดาวน์โหลด")]), doc("f/ap68.pdf", export)]
    index = SiteIndex.build(facts, ROOT)
    assert judge_item(index, Y2568.item("O5"), Y2568).status == "missing"


def test_a_download_managers_package_page_leads_to_its_file():
    """A WordPress Download Manager package page (name, size, date, count and a "ดาวน์โหลด" button
    on every such page, linking "?wpdmdl=2486" with no file extension): the file is the evidence
    (paowpdm)."""
    report = ("รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568\nเทศบาลตำบลบ้านใหม่\n"
              "วิธีเฉพาะเจาะจง 214 รายการ 18,400,000 บาท\nปัญหาอุปสรรค และข้อเสนอแนะ")
    pkgs = []
    for n, title in enumerate(["รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568", "คู่มือการปฏิบัติงาน",
                               "แผนการดำเนินงาน 2569", "ประมวลจริยธรรม", "คู่มือสำหรับประชาชน"]):
        slug = f"download/p{n}/"
        pkgs.append(page(slug, title, f"{title}\nชื่อไฟล์\nfile{n}.pdf\nขนาดไฟล์\n16.99 KB\nดาวน์โหลด\n81 ครั้ง\nดาวน์โหลด",
                         links=[link(f"{slug}?wpdmdl={2486 + n}", "ดาวน์โหลด", title)]))
    rows = [(f"O{n}", t, u) for n, t, u in ((1, "โครงสร้าง", "a.html"), (2, "ผู้บริหาร", "b.html"), (3, "ติดต่อ", "c.html"),
                                            (4, "ข่าว", "d.html"), (12, "รายงานผลการจัดซื้อจัดจ้างประจำปี", "download/p0/"))]
    facts = [page("", "หน้าแรก", depth=0, links=[link("ita2569/index.html", "ITA 2569"),
                                                 *(link(p.url.removeprefix(ROOT), p.title) for p in pkgs)]),
             _ita_page("ita2569/index.html", "ประจำปีงบประมาณ พ.ศ. 2569", rows), *pkgs,
             doc("download/p0/?wpdmdl=2486", report, "ดาวน์โหลด")]
    result = judge(facts, "O12")
    assert result.status == "found" and first(result) == "/download/p0/?wpdmdl=2486", result
    assert [e.url for e in result.evidence if e.url == ROOT + "download/p0/"] == []  # the file, not its package page


def test_a_municipal_pawnshops_plan_is_the_pawnshops():
    # "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569 / สถานธนานุบาลเทศบาลนคร... แห่งที่ 2"
    # on the city's site (citydrupal O23): the pawnshop's plan, not the city's
    plan = ("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569\nสถานธนานุบาลเทศบาลนครพนาสรรค์ แห่งที่ 2\n"
            "เทศบาลนครพนาสรรค์ อำเภอเมืองพนาสรรค์ จังหวัดพนาสรรค์\nโครงการ งบประมาณ ระยะเวลา\n"
            "อบรมพนักงานเรื่องผลประโยชน์ทับซ้อน 12,000 ม.ค. 2569")
    facts = [page("", "หน้าแรก - เทศบาลนครพนาสรรค์", depth=0,
                  links=[link("f/pawn69.pdf", "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2569")]),
             doc("f/pawn69.pdf", plan, "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2569")]
    assert judge(facts, "O23").status == "missing"


def test_procurement_for_another_unit_is_still_the_agencys_procurement():
    """A price-inquiry notice (a real PDF made here) to build the child-care centre's fence is
    the agency's own procurement notice: the other unit it names is what the money is spent
    on, not the author (another unit is a look-alike only for plans and reports)."""
    from crawler.documents import extract_document
    from tests import docmaker as dm

    data = dm.make_pdf(lines=[
        "ประกาศเทศบาลตำบลบ้านใหม่",
        "เรื่อง สอบราคาจ้างก่อสร้างรั้วกำแพงกันดิน ศูนย์พัฒนาเด็กเล็กบ้านสมสะอาด หมู่ที่ 5",
        "ด้วยเทศบาลตำบลบ้านใหม่ มีความประสงค์จะสอบราคาจ้างก่อสร้างรั้ว เป็นเงิน 1,595,000 บาท",
        "กำหนดเปิดซองสอบราคา วันที่ 16 พฤศจิกายน 2568 เวลา 10.00 น.",
    ])
    text, _ = extract_document(data, ROOT + "f/notice.pdf")
    facts = [page("", "หน้าแรก", depth=0, links=[link("f/notice.pdf", "ดาวน์โหลด")]), doc("f/notice.pdf", text)]
    index = SiteIndex.build(facts, ROOT)
    y2566 = load_checklist(2566)
    code = next(i.code for i in y2566.items if i.topics == ["procurement_announcements"])
    result = judge_item(index, y2566.item(code), y2566)
    assert result.evidence and first(result) == "/f/notice.pdf", result
    # Another unit's own report is still not the agency's.
    assert "annual_performance_report" not in {
        h.topic for h in topics_named("รายงานผลการดำเนินงานประจำปี 2568 ศูนย์พัฒนาเด็กเล็กบ้านหนองบัว")}


def test_the_budget_statement_opening_a_budget_book_is_the_budget_plan():
    """Every local ordinance's budget book opens with the executive's statement to the council
    ("คำแถลงงบประมาณ ประกอบงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ..."): a real PDF made here of
    that part alone is the year's budget plan, of the year it proposes, not of the year whose
    finances its first section reports."""
    from crawler.documents import extract_document
    from tests import docmaker as dm

    data = dm.make_pdf(lines=[
        "คำแถลงงบประมาณ",
        "ประกอบงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569",
        "ท่านประธานสภาฯ และสมาชิกสภาเทศบาลตำบลบ้านใหม่",
        "บัดนี้ถึงเวลาที่คณะผู้บริหารของเทศบาลตำบลบ้านใหม่ จะได้เสนอร่างเทศบัญญัติงบประมาณรายจ่ายประจำปีต่อสภา",
        "1. สถานะการคลัง ในปีงบประมาณ พ.ศ. 2568 ณ วันที่ 30 กันยายน พ.ศ. 2568 มีเงินฝากธนาคาร 26,314,566.52 บาท",
    ])
    text, _ = extract_document(data, ROOT + "f/statement.pdf")
    facts = [page("", "หน้าแรก", depth=0, links=[link("f/statement.pdf", "ดาวน์โหลด")]), doc("f/statement.pdf", text)]
    result = judge(facts, "O6")
    assert result.evidence and first(result) == "/f/statement.pdf", result
    assert result.evidence[0].years == [2569]


@pytest.mark.parametrize(("lines", "code", "years"), [
    # A memo asking the director to publish the manual (its first page), then the manual: the
    # memo's header (reference number, date) is no title; what it asks to publish is.
    (["บันทึกข้อความ", "ส่วนราชการ โรงพยาบาลบ้านใหม่ กลุ่มงานบริหารทั่วไป",
      "ที่ ชม ๐๐๓๒.๓๐๕/๑๒๓ วันที่ ๕ มีนาคม ๒๕๖๘",
      "เรื่อง ขออนุญาตเผยแพร่คู่มือกระบวนการปฏิบัติงานการให้บริการประชาชน",
      "เรียน ผู้อำนวยการโรงพยาบาลบ้านใหม่",
      "ตามที่ โรงพยาบาลบ้านใหม่ได้จัดทำคู่มือ เพื่อเป็นแนวทางให้ผู้ปฏิบัติงานและผู้รับบริการ จึงขออนุญาตเผยแพร่"],
     "O9", None),
    # The health ministry's form to publish on the website, its subject in "หัวข้อ:".
    (["แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน", "ชื่อหน่วยงาน : โรงพยาบาลบ้านใหม่",
      "วัน/เดือน/ปี : 5 กันยายน 2568",
      "หัวข้อ: แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
      "รายละเอียดข้อมูล (โดยสรุปหรือเอกสารแนบ) ตามเอกสารแนบ"],
     "O23", [2569]),
])
def test_a_cover_asking_to_publish_a_document_names_it(lines, code, years):
    """ITA evidence is often posted behind a cover asking to publish it (a real PDF made here):
    what the cover asks to publish is the document's title, and its year is the subject's, not
    the date the memo or form was signed (September 2568 would be FY2568)."""
    from crawler.documents import extract_document
    from tests import docmaker as dm

    text, _ = extract_document(dm.make_pdf(lines=lines), ROOT + "f/cover.pdf")
    facts = [page("", "หน้าแรก", depth=0, links=[link("f/cover.pdf", "ดาวน์โหลด")]), doc("f/cover.pdf", text)]
    result = judge(facts, code)
    assert result.evidence and first(result) == "/f/cover.pdf", result
    if years:
        assert result.evidence[0].years == years and result.status == "found", result


def test_a_title_wrapped_over_lines_names_every_year_it_covers():
    # "... การประเมิน ITA ประจำปี พ.ศ. / 2568 / และมาตรการ ... ประจำปีงบประมาณ / พ.ศ. 2569": the
    # analysis of last year's assessment and this year's measures; 2569 is in its title too.
    home = page("index.html", "หน้าแรก", "หน้าแรก", links=[link("files/a.pdf", "ผลการวิเคราะห์ ITA")])
    report = doc("files/a.pdf", "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี พ.ศ.\n2568\n"
                 "และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ\nพ.ศ. 2569\n"
                 "1 ผลการประเมิน ITA 2568 คะแนนรวม 86.41\n2 มาตรการและแนวทางการนำผลไปปรับปรุง")
    result = judge([home, report], "O25")
    assert result.status == "found", (result.status, result.problems)


def test_a_post_that_mentions_an_item_is_not_its_evidence():
    # A staff meeting's post: its agenda says the risk report "ยังไม่ได้จัดทำ". An assessor finds
    # no report; nor do we (not even one to review).
    home = page("index.html", "หน้าแรก", "หน้าแรก", links=[link("news/1452.html", "การประชุมพนักงานเทศบาล")])
    post = page("news/1452.html", "การประชุมพนักงานเทศบาลประจำเดือนมีนาคม 2569",
                "การประชุมพนักงานเทศบาลประจำเดือนมีนาคม 2569\nโพสต์เมื่อ 27 มี.ค. 2569 โดย งานประชาสัมพันธ์\n"
                "วันที่ 27 มีนาคม 2569 ปลัดเทศบาลตัวอย่าง เป็นประธานการประชุมพนักงานเทศบาล ลูกจ้าง และพนักงานจ้าง "
                "ประจำเดือนมีนาคม 2569 ณ ห้องประชุมสภาเทศบาล มีวาระสำคัญดังนี้\n"
                "1. การเตรียมงานประเพณีสงกรานต์ 2569 มอบสำนักปลัดเทศบาลประสานทุกชุมชน\n"
                "2. รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต ประจำปีงบประมาณ 2568 "
                "ยังไม่ได้จัดทำ ขอให้ทุกกองส่งผลการดำเนินการ\n"
                "3. การเบิกจ่ายงบประมาณไตรมาสที่ 2 ให้ทุกกองเร่งรัดโครงการ\n"
                "4. มอบสำนักปลัดเทศบาลจัดทำรายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต "
                "เสนอภายในเดือนเมษายน 2569", headings=[])
    result = judge([home, post], "O22")
    assert result.status == "missing", (result.status, result.evidence and result.evidence[0].reasons)


# ------------------------------------------------------------------ held-out site paoprov's classes


def test_a_page_that_only_carries_files_is_of_the_year_its_files_are():
    # An ITA row's sub-page carries the item's two files: last year's budget report (right) and
    # an old performance report (no year in its link). The page's text holds the budget link's
    # year; the assessor opens the files: the performance part is outdated, so is the item.
    rows = [("O5", "แผนพัฒนาท้องถิ่น"), ("O6", "แผนการดำเนินงาน"), ("O7", "รายงานผลการดำเนินงานประจำปี")]
    ita = page("ita.html", "ITA 2568", "ITA 2568\n" + "\n".join(f"{c} {t} รายละเอียด" for c, t in rows),
               links=[link(f"ita/{c.lower()}.html", "รายละเอียด", context=f"{c} {t} รายละเอียด") for c, t in rows])
    sub = page("ita/o7.html", "O7 รายงานผลการดำเนินงานประจำปี",
               "O7 รายงานผลการดำเนินงานประจำปี\nรายงานการติดตามและประเมินผลแผนพัฒนาท้องถิ่น\n"
               "รายงานผลการใช้จ่ายงบประมาณประจำปี 2567",
               links=[link("files/m.pdf", "รายงานการติดตามและประเมินผลแผนพัฒนาท้องถิ่น"),
                      link("files/b.pdf", "รายงานผลการใช้จ่ายงบประมาณประจำปี 2567")])
    facts = [page("", "หน้าแรก", depth=0, links=[link("ita.html", "ITA 2568")]), ita, sub,
             doc("files/m.pdf", "รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น\nประจำปีงบประมาณ พ.ศ. 2565\nผลการดำเนินงาน"),
             doc("files/b.pdf", "รายงานผลการใช้จ่ายงบประมาณประจำปี\nปีงบประมาณ พ.ศ. 2567\nรายจ่ายจริง 52,000,000 บาท")]
    y2568 = load_checklist(2568)  # O7: the performance report AND the budget report, of FY2567

    def o7():
        return judge_item(SiteIndex.build(facts, ROOT), y2568.item("O7"), y2568)

    result = o7()
    assert result.status == "outdated", result
    assert "/ita/o7.html" not in [e.url.removeprefix(ROOT.rstrip("/")) for e in result.evidence]
    # A sub-page that tells something of its own is evidence of what it tells
    sub.text += "\nผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2567: ดำเนินโครงการแล้วเสร็จ 48 จาก 52 โครงการ คิดเป็นร้อยละ 92.31"
    assert "/ita/o7.html" in [e.url.removeprefix(ROOT.rstrip("/")) for e in o7().evidence]


def test_another_units_report_is_not_the_agencys():
    # A transferred health centre's annual report, listed among the agency's reports
    facts = [page("", "หน้าแรก เทศบาลตำบลหนองบัว", depth=0, links=[link("files/r.pdf", "รายงานผลการดำเนินงานประจำปี")]),
             doc("files/r.pdf", "รายงานผลการดำเนินงานประจำปี 2568\nโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านห้วยทราย\n"
                 "ผลการดำเนินงาน\nคัดกรองเบาหวาน 1,200 คน")]
    index = SiteIndex.build(facts, ROOT)
    sigs = topic_signals(index, index.target(ROOT + "files/r.pdf"), ["annual_performance_report"])
    assert not any("หัวเรื่องในเอกสาร" in s.reason for s in sigs.get("annual_performance_report", []))
    # ... unless the site is that unit's own
    facts[0] = page("", "หน้าแรก โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านห้วยทราย", depth=0,
                    links=[link("files/r.pdf", "รายงานผลการดำเนินงานประจำปี")])
    index = SiteIndex.build(facts, ROOT)
    sigs = topic_signals(index, index.target(ROOT + "files/r.pdf"), ["annual_performance_report"])
    assert any("หัวเรื่องในเอกสาร" in s.reason for s in sigs["annual_performance_report"])


def test_a_heading_is_read_under_the_page_title():
    # "รายงานประจำปี" on the procurement summaries' page is their annual report's section
    p = page("summary.html", "สรุปผลการจัดซื้อจัดจ้าง (สขร.1)", "สรุปผลการจัดซื้อจัดจ้าง\nรายงานประจำปี\nไฟล์",
             headings=["รายงานประจำปี"])
    index = SiteIndex.build([page("", "หน้าแรก", depth=0), p], ROOT)
    sigs = topic_signals(index, index.target(p.url), ["annual_performance_report"])
    assert not any("หัวเรื่องของหน้า" in s.reason for s in sigs.get("annual_performance_report", []))
    p2 = page("report.html", "เอกสารเผยแพร่", "เอกสารเผยแพร่\nรายงานประจำปี\nไฟล์", headings=["รายงานประจำปี"])
    index = SiteIndex.build([page("", "หน้าแรก", depth=0), p2], ROOT)
    sigs = topic_signals(index, index.target(p2.url), ["annual_performance_report"])
    assert any("หัวเรื่องของหน้า" in s.reason for s in sigs["annual_performance_report"])


def test_a_half_year_report_is_not_the_years_results():
    item = Y2569.item("O24")  # previous_fy: results of FY2568
    title = "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต\nประจำปีงบประมาณ พ.ศ. 2568 รอบ 6 เดือน"
    v = judge_period(item, 2569, title, title=title)
    assert not v.meets and not v.outdated
    assert any("รอบ 6 เดือน" in p and "ทั้งปี" in p for p in v.problems)
    whole = "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต\nประจำปีงบประมาณ พ.ศ. 2568"
    assert judge_period(item, 2569, whole, title=whole).meets


def test_an_e_service_page_has_no_form_its_menu_leads_to():
    # Every page's sidebar links the complaint page and its web form; the e-service page itself
    # offers a form to print and a chat account: no online request can be made here.
    menu = [link("complaint.html", "ร้องเรียนการทุจริต", nav=True), link("eservice.html", "E-Service", nav=True)]
    eservice = page("eservice.html", "E-Service", "E-Service\nบริการออนไลน์ขององค์การบริหารส่วนจังหวัด\n"
                    "ระบบจองสนามกีฬาออนไลน์ (ปิดปรับปรุงระบบชั่วคราว)\nดาวน์โหลดแบบคำร้องขอใช้สนามกีฬา",
                    links=[*menu, link("files/form.docx", "แบบคำร้องขอใช้สนามกีฬา")])
    complaint = page("complaint.html", "ร้องเรียนการทุจริต", "แจ้งเรื่องร้องเรียน\nชื่อ\nเรื่อง", links=menu, forms=1)
    facts = [page("", "หน้าแรก", depth=0, links=menu), eservice, complaint]
    y2568 = load_checklist(2568)  # O10: E-Service alone, requiring an online form

    def o10():
        return judge_item(SiteIndex.build(facts, ROOT), y2568.item("O10"), y2568)

    result = o10()
    assert result.status == "review", result
    assert any("แบบฟอร์มหรือระบบออนไลน์" in p for p in result.problems)
    # A request form of the page's own, behind a link in its content, is the online service
    facts[1] = page("eservice.html", "E-Service", eservice.text, links=[*menu, link("request.html", "ยื่นคำร้องออนไลน์")])
    facts.append(page("request.html", "ยื่นคำร้องออนไลน์", "แบบคำร้อง\nชื่อ\nที่อยู่", links=menu, forms=1))
    assert o10().status == "found"


def test_a_file_linked_as_the_item_but_titled_as_another_items_document_is_not_evidence():
    # The ITA row's page links the risk ASSESSMENT as the risk-management report
    sub = page("ita/o22.html", "O22 รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยง",
               "O22 รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยง\nการจัดการความเสี่ยงการทุจริต",
               links=[link("files/risk.pdf", "การจัดการความเสี่ยงการทุจริต")])
    facts = [page("", "หน้าแรก", depth=0, links=[link("ita/o22.html", "O22 รายงานผลการจัดการความเสี่ยง")]), sub,
             doc("files/risk.pdf", "รายงานการประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ\nประจำปีงบประมาณ พ.ศ. 2569\n"
                 "ความเสี่ยงที่ 1 การใช้รถราชการ มาตรการควบคุม")]
    result = judge(facts, "O22")
    assert result.status == "missing", result
    problem = next(p for p in result.problems if "files/risk.pdf" in p)
    assert "ประเมินความเสี่ยง" in problem and "ita/o22.html" in problem and "เผยแพร่" in problem


def test_a_google_drive_link_is_read_by_the_row_it_sits_in():
    # ITA row: the title in the first cell, "ดาวน์โหลด" to a 0-byte file, "Google Drive" to a copy
    row = "รายงานผลการพัฒนาบุคลากร ปีงบประมาณ 2568 ดาวน์โหลด Google Drive"
    ita = page("ita.html", "ITA 2569", "ITA 2569\nO14 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล\n" + row, links=[
        link("files/hr.pdf", "ดาวน์โหลด", context=row),
        Link(url="https://drive.google.com/file/d/1bd7b76/view", text="Google Drive", context=row)])
    empty = doc("files/hr.pdf", "")
    empty.document = DocumentInfo(format="pdf", error="empty file")
    result = judge([page("", "หน้าแรก", depth=0, links=[link("ita.html", "ITA 2569")]), ita, empty], "O14")
    assert result.status == "found", result  # the Drive copy, by what its row says
    assert "drive.google.com" in result.evidence[0].url
    assert is_generic("Google Drive") and is_generic("OneDrive") and is_generic("สำรอง")


def test_the_statutory_grant_of_powers_is_the_authority_item():
    # An อบต.'s page quoting its act: no heading says "อำนาจหน้าที่", the sections do
    text = ("พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗\n"
            "มาตรา ๖๗ ภายใต้บังคับแห่งกฎหมาย องค์การบริหารส่วนตำบลมีหน้าที่ต้องทำในเขตองค์การบริหารส่วนตำบล ดังต่อไปนี้\n"
            "(๑) จัดให้มีและบำรุงรักษาทางน้ำและทางบก\n(๒) รักษาความสะอาดของถนน ทางน้ำ ทางเดิน และที่สาธารณะ\n"
            "มาตรา ๖๘ องค์การบริหารส่วนตำบลอาจจัดทำกิจการในเขตองค์การบริหารส่วนตำบล ดังต่อไปนี้")
    assert "authority" in classify_page("http://x.go.th/about/67", text)


def test_a_category_page_listing_several_items_articles_is_none_of_them():
    # A Joomla category view: the titles of its articles, of several items, are its lines
    titles = {"a/71.html": "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ 2567",
              "a/72.html": "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2569",
              "a/73.html": "ประมวลจริยธรรมของพนักงานส่วนตำบล",
              "a/74.html": "สถิติเรื่องร้องเรียนการทุจริต ปี 2568"}
    category = page("cat/12.html", "คุณธรรมและความโปร่งใส", "คุณธรรมและความโปร่งใส\nNo Gift Policy\n"
                    + "\n".join(titles.values()), links=[link(u, t) for u, t in titles.items()])
    gift = page("a/71.html", titles["a/71.html"], titles["a/71.html"] + "\nประกาศ ณ วันที่ 2 ตุลาคม 2566 ขอให้บุคลากรงดรับของขวัญ")
    result = judge([page("", "หน้าแรก", depth=0, links=[link("cat/12.html", "คุณธรรมและความโปร่งใส")]), category, gift], "O20")
    assert result.status == "outdated", result  # last year's announcement, the listing no evidence of this year's
    assert first(result) == "/a/71.html"


def test_a_page_saying_the_document_may_be_seen_at_the_office_is_not_the_document():
    post = page("news/127.html", "ประชาสัมพันธ์รายงานผลการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ 2568",
                "ประชาสัมพันธ์รายงานผลการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ 2568\n"
                "เผยแพร่เมื่อ 12 มีนาคม 2569\nประชาชนผู้สนใจสามารถขอตรวจดูรายงานฉบับเต็มได้ที่ สำนักปลัด ในวันและเวลาราชการ")
    home = page("", "หน้าแรก", depth=0, links=[link("news/127.html", post.title)])
    result = judge([home, post], "O24")
    assert result.status == "missing", result
    assert any("news/127.html" in p and "อัปโหลด" in p for p in result.problems)
    # The same notice with the report attached is the report's page
    post.links = [link("files/r.pdf", "รายงานฉบับเต็ม")]
    report = doc("files/r.pdf", "รายงานผลการดำเนินการป้องกันการทุจริต\nประจำปีงบประมาณ พ.ศ. 2568\nโครงการ 8 โครงการ ดำเนินการแล้ว 8")
    assert judge([home, post, report], "O24").status == "found"


def test_another_units_report_linked_as_the_item_is_named_as_such():
    home = page("", "หน้าแรก องค์การบริหารส่วนตำบลหนองบัว", depth=0,
                links=[link("files/c.pdf", "รายงานผลการดำเนินงานประจำปี 2568")])
    child = doc("files/c.pdf", "รายงานผลการดำเนินงานประจำปี 2568\nศูนย์พัฒนาเด็กเล็กบ้านหนองบัว\nเด็กเล็ก 42 คน")
    result = judge([home, child], "O7")
    assert result.status == "missing", result
    assert any("ศูนย์พัฒนาเด็กเล็กบ้านหนองบัว" in p and "files/c.pdf" in p for p in result.problems)


def test_a_page_of_answered_questions_is_the_qa_channel():
    """An FAQ page is known by its form (questions with their answers under a name that says so),
    not by a menu line naming "คำถามที่พบบ่อย"; a news post asking one question is not one."""
    from checklist.evaluate import classify_page

    faq = ("คำถามที่พบบ่อย\nถาม ขอใบอนุญาตก่อสร้างอาคารต้องใช้เอกสารอะไรบ้าง\n"
           "ตอบ สำเนาบัตรประจำตัวประชาชน สำเนาทะเบียนบ้าน และแบบแปลนอาคาร\n"
           "ถาม ชำระภาษีที่ดินและสิ่งปลูกสร้างได้ที่ไหน\nตอบ ที่กองคลัง เทศบาลตำบลหนองบัว ในวันและเวลาราชการ\n"
           "ถาม ขอรับเบี้ยยังชีพผู้สูงอายุต้องลงทะเบียนเมื่อไร\nตอบ ลงทะเบียนได้ในเดือนตุลาคมถึงพฤศจิกายนของทุกปี")
    got = classify_page("http://x.go.th/page/17", faq, "เทศบาลตำบลหนองบัว")
    assert "qa" in got and any("คำถาม 3 ข้อ" in r for r in got["qa"])
    menu = ("หน้าแรก\nคำถามที่พบบ่อย\nโครงการปลูกต้นไม้ เทศบาลตำบลหนองบัว\n"
            "วันที่ 5 มิถุนายน 2568 นายกเทศมนตรีนำพนักงานปลูกต้นไม้ริมถนน ทำไมต้องปลูกต้นไม้?\n"
            "ผู้เข้าร่วมกว่า 100 คนร่วมกันปลูกต้นไม้ 500 ต้นตลอดแนวถนนสายหลักของตำบล")
    assert "qa" not in classify_page("http://x.go.th/news/5", menu, "เทศบาลตำบลหนองบัว")


# ------------------------------------------------------------------ held-out provoffice's classes


def _integrity_page(extra: str, links: list[Link] | None = None) -> Fact:
    rows = "\n".join(f"{n} ประกาศ เรื่อง มาตรการส่งเสริมคุณธรรมของหน่วยงาน ฉบับที่ {n}/2568 ลงวันที่ {n} พ.ย. 2567"
                     for n in range(1, 5))
    text = ("คุณธรรมและความโปร่งใส\nแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568\n"
            "ประกาศเจตนารมณ์การต่อต้านการทุจริต ของผู้ว่าราชการจังหวัด\n" + rows + "\n" + extra)
    return page("integrity.html", "คุณธรรมและความโปร่งใส", text, links=links)


def test_a_page_saying_the_item_is_still_being_made_is_no_evidence_of_it():
    facts = [page("", "หน้าแรก :: สำนักงานจังหวัดศิลาธาร", depth=0, links=[link("integrity.html", "คุณธรรม")]),
             _integrity_page("รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี 2567 : อยู่ระหว่างจัดทำ")]
    result = judge68(facts, "O26")
    assert result.status == "missing"
    assert any("อยู่ระหว่างจัดทำ" in p and "integrity.html" in p for p in result.problems)


def test_a_mention_that_is_the_row_of_a_dead_link_leaves_the_dead_link_as_the_fix():
    row = "รายงานผลการรับของขวัญและประโยชน์อื่นใด ปี 2567"
    facts = [page("", "หน้าแรก :: สำนักงานจังหวัดศิลาธาร", depth=0, links=[link("integrity.html", "คุณธรรม")]),
             _integrity_page(row + " ดาวน์โหลด", [link("f/gift67.pdf", "ดาวน์โหลด", context=row + " ดาวน์โหลด")]),
             broken("f/gift67.pdf")]
    result = judge68(facts, "O22")
    assert result.status == "missing"
    assert [b.url for b in result.broken_links] == [ROOT + "f/gift67.pdf"]


def test_an_activity_post_counts_for_the_year_it_was_held_not_the_year_it_prepares():
    post = page("news/2440.html", "เวทีรับฟังความคิดเห็นประชาชนต่อการทบทวนแผนพัฒนาจังหวัด ประจำปี 2569",
                "เวทีรับฟังความคิดเห็นประชาชนต่อการทบทวนแผนพัฒนาจังหวัด ประจำปี 2569\nวันที่ 22 ม.ค. 2568 โดย กลุ่มงานข้อมูล\n"
                "เมื่อวันที่ 21 มกราคม 2568 สำนักงานจังหวัดจัดเวทีรับฟังความคิดเห็นของประชาชน ผู้นำชุมชน และภาคเอกชน "
                "ต่อการทบทวนแผนพัฒนาจังหวัด ผู้เข้าร่วม 186 คน จาก 9 อำเภอ ที่ประชุมเสนอโครงการ 27 โครงการ "
                "สำนักงานจังหวัดจะสรุปข้อเสนอเข้าที่ประชุมและแจ้งผลให้ผู้เข้าร่วมทราบทางเว็บไซต์")
    facts = [page("", "หน้าแรก", depth=0, links=[link("news/2440.html", "การเปิดโอกาสให้เกิดการมีส่วนร่วม")]), post]
    result = judge68(facts, "O20")
    assert result.status == "found", result
    assert any("จัดเมื่อ" in r for r in result.evidence[0].reasons)


def test_an_activity_page_under_a_topic_headline_counts_for_the_day_it_was_held():
    # bkkdistrict O20: the headline names the activity (participation), not a post's form; its
    # first lines date it 8 Feb 2568; "ปี 2569" is the budget it prepares
    title = "สรุปผลการประชุมรับฟังความคิดเห็นคณะกรรมการชุมชน เพื่อจัดทำงบประมาณเขต ปี 2569"
    body = (f"{title}\nวันที่ 26 ก.พ. 2568 · ฝ่ายปกครอง\nวันที่ 8 กุมภาพันธ์ 2568 สำนักงานเขตจัดประชุมรับฟังความคิดเห็น"
            "ของคณะกรรมการชุมชน เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วมเสนอปัญหาและความต้องการ\n"
            "มีผู้แทนชุมชนเข้าร่วม 79 คน จาก 40 ชุมชน เสนอโครงการ 63 เรื่อง เรื่องที่เสนอมากที่สุดคือ การระบายน้ำในซอย"
            " (21 เรื่อง) ไฟฟ้าส่องสว่าง (14 เรื่อง) และทางเท้าชำรุด (11 เรื่อง)\n"
            "เขตได้บรรจุ 38 เรื่องในคำของบประมาณ ปี 2569 และจะแจ้งผลให้คณะกรรมการชุมชนทราบในการประชุมประจำเดือน")
    facts = [page("", "หน้าแรก", depth=0, links=[link("news/5134/", "การเปิดโอกาสให้เกิดการมีส่วนร่วม")]),
             page("news/5134/", title, body)]
    result = judge68(facts, "O20")
    assert result.status == "found", result
    assert any("จัดเมื่อ" in r for r in result.evidence[0].reasons)
    # held the year before: last year's
    facts[1] = page("news/5134/", title, body.replace("2568", "2567"))
    assert judge68(facts, "O20").status != "found"


def test_a_file_of_an_agency_of_another_kind_is_not_the_sites_own():
    """A provincial office's site links a district office's procurement summary among its own: its
    month is not the office's, and the district's annual report is not the office's either."""
    def summary(month: str, unit: str) -> str:
        return f"แบบ สขร.1\nสรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {month}\n{unit}\nลำดับ งานที่จัดซื้อ วงเงิน"
    months = {"f/10.pdf": "ตุลาคม 2567", "f/11.pdf": "พฤศจิกายน 2567", "f/12.pdf": "ธันวาคม 2567",
              "f/01.pdf": "มกราคม 2568", "f/02.pdf": "กุมภาพันธ์ 2568", "f/03.pdf": "มีนาคม 2568"}
    rows = [link(p, "ดาวน์โหลด", context=f"สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน {m} ดาวน์โหลด") for p, m in months.items()]
    facts = [page("", "หน้าแรก :: สำนักงานจังหวัดศิลาธาร", depth=0,
                  links=[link("procurement.html", "สรุปผลการจัดซื้อจัดจ้างรายเดือน")]),
             page("procurement.html", "สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ 2568",
                  "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) ปีงบประมาณ 2568", links=rows)]
    facts += [doc(p, summary(m, "ที่ว่าการอำเภอเมืองศิลาธาร" if p == "f/01.pdf" else "สำนักงานจังหวัดศิลาธาร"))
              for p, m in months.items()]
    result = judge68(facts, "O12")
    assert result.status == "review" and any("ม.ค." in p for p in result.problems), result
    own = judge68(facts[:2] + [doc(p, summary(m, "สำนักงานจังหวัดศิลาธาร")) for p, m in months.items()], "O12")
    assert own.status == "found"


def test_one_report_of_results_and_spending_serves_both_parts_only_with_its_spending_section():
    report = ("รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567\nสำนักงานจังหวัดศิลาธาร\n"
              "1. ผลการดำเนินงานตามแผนปฏิบัติราชการ\nที่ โครงการ งบประมาณ เบิกจ่าย ผลสำเร็จ\n"
              "1 ขับเคลื่อนศูนย์ดำรงธรรมจังหวัด 400,000 398,250 ยุติเรื่องร้องเรียนร้อยละ 91.4\n")
    spending = "2. ผลการใช้จ่ายงบประมาณ\nเบิกจ่ายรวม 965,050 บาท จาก 970,000 บาท ร้อยละ 99.49\n"
    for text, want in ((report + spending, "found"), (report, "missing")):
        facts = [page("", "หน้าแรก :: สำนักงานจังหวัดศิลาธาร", depth=0, links=[
                     link("f/r.pdf", "คลิก", context="O7 รายงานผลการดำเนินงานประจำปี คลิก"),
                     link("f/r.pdf", "คลิก", context="O7 รายงานผลการใช้จ่ายงบประมาณประจำปี คลิก")]),
                 doc("f/r.pdf", text, "คลิก")]
        assert judge68(facts, "O7").status == want


def test_a_page_of_several_items_sections_is_read_for_the_items_section_only():
    """A plans page: the strategic plan's section (2564-2568) then the action plans' (2569). The
    strategic plan is last period's: the action plan's year is not its year."""
    plans = page("plans.html", "แผนยุทธศาสตร์และแผนปฏิบัติราชการ", "\n".join([
        "แผนยุทธศาสตร์และแผนปฏิบัติราชการ", "แผนยุทธศาสตร์สำนักงานที่ดินจังหวัดภูผาทอง",
        "แผนยุทธศาสตร์สำนักงานที่ดินจังหวัดภูผาทอง พ.ศ. 2564 – 2568", "(17.83 KB)",
        "แผนปฏิบัติราชการประจำปี", "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569", "(19.31 KB)"]))
    facts = [page("", "หน้าแรก", depth=0, links=[link("plans.html", "แผนยุทธศาสตร์และแผนปฏิบัติราชการ")]), plans]
    result = judge(facts, "O5")
    assert result.status == "outdated", result
    # A report page whose only line with this year says the report is still being compiled.
    reports = page("reports.html", "รายงานผลการดำเนินงาน", "\n".join([
        "รายงานผลการดำเนินงานประจำปี", "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2567 สรุปผลการให้บริการ 1,250 ราย",
        "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2568 อยู่ระหว่างรวบรวมข้อมูล"]))
    facts = [page("", "หน้าแรก", depth=0, links=[link("reports.html", "รายงานผลการดำเนินงาน")]), reports]
    assert judge(facts, "O7").status == "outdated"


def test_a_draft_plan_or_report_is_not_the_approved_one():
    draft = ("(ร่าง)\nรายงานการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2569\nเทศบาลนครชัยบุรินทร์\n"
             "เอกสารฉบับนี้เป็นร่างเพื่อเสนอคณะทำงานพิจารณา\nที่ กระบวนงาน เหตุการณ์ความเสี่ยง ระดับ มาตรการควบคุม\n"
             "1 การออกใบอนุญาตก่อสร้างอาคาร เรียกรับผลประโยชน์ สูง ประกาศขั้นตอนและระยะเวลา")
    facts = [page("", "หน้าแรก", depth=0, links=[link("f/risk.docx", "การประเมินความเสี่ยงการทุจริต")]),
             doc("f/risk.docx", draft, "การประเมินความเสี่ยงการทุจริต")]
    result = judge(facts, "O21")
    assert result.status == "review" and any("ฉบับร่าง" in p for p in result.problems), result
    facts[1] = doc("f/risk.docx", draft.removeprefix("(ร่าง)\n"), "การประเมินความเสี่ยงการทุจริต")
    assert judge(facts, "O21").status == "found"


def test_a_report_of_the_same_kind_of_agency_in_another_place_is_not_the_sites():
    report = ("รายงานผลการดำเนินการป้องกันการทุจริต\nประจำปีงบประมาณ พ.ศ. 2568\n{unit}\n"
              "ที่ โครงการ ผลการดำเนินงาน งบประมาณที่ใช้\n1 อบรมจริยธรรมข้าราชการ ดำเนินการแล้ว ผู้เข้าร่วม 52 คน 7,500")

    def o24(unit: str):
        facts = [page("", "หน้าหลัก | สำนักงานที่ดินจังหวัดภูผาทอง", depth=0,
                      links=[link("f/acr68.pdf", "รายงานผลการดำเนินการป้องกันการทุจริต")]),
                 doc("f/acr68.pdf", report.format(unit=unit), "รายงานผลการดำเนินการป้องกันการทุจริต")]
        return judge(facts, "O24")

    other = o24("สำนักงานที่ดินจังหวัดเขาสูง")
    assert other.status == "missing" and any("เขาสูง" in p for p in other.problems), other
    assert o24("สำนักงานที่ดินจังหวัดภูผาทอง").status == "found"


def test_a_cms_article_that_only_attaches_the_items_file_is_of_the_files_year():
    """An ITA row's CMS article: a title, a by-line ("วันที่ 20 พ.ย. 2568 อ่าน 21 ครั้ง"), its
    category ("หมวด : ITA 2569") and an attachments box with download counts. It says nothing of
    its own: the file's year (last year's No Gift announcement) is the item's."""
    article = page("ita/420.html", "O20 การขับเคลื่อนนโยบาย NO GIFT POLICY :: องค์การบริหารส่วนตำบลดอนหวาย",
                   "O20 การขับเคลื่อนนโยบาย NO GIFT POLICY\nวันที่ 20 พ.ย. 2568 อ่าน 21 ครั้ง\nหมวด : ITA 2569\n"
                   "ไฟล์แนบ\nประกาศ No Gift.pdf\n(ดาวน์โหลด 17 ครั้ง)",
                   links=[link("f/nogift.pdf", "ประกาศ No Gift.pdf", context="ประกาศ No Gift.pdf (ดาวน์โหลด 17 ครั้ง)")])
    facts = [page("", "หน้าแรก", depth=0, links=[link("ita/420.html", "การขับเคลื่อนนโยบาย NO GIFT POLICY")]),
             article,
             doc("f/nogift.pdf", "ประกาศองค์การบริหารส่วนตำบลดอนหวาย\nเรื่อง นโยบายไม่รับของขวัญและของกำนัลทุกชนิด"
                 "จากการปฏิบัติหน้าที่ (No Gift Policy)\nประจำปีงบประมาณ พ.ศ. 2568\nประกาศ ณ วันที่ 1 ตุลาคม 2567",
                 "ประกาศ No Gift.pdf")]
    result = judge(facts, "O20")
    assert result.status == "outdated", result


def test_statistics_whose_title_year_is_not_the_year_of_their_months_are_doubtful():
    table = ("ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. {fy}\n"
             "เดือน เรื่องที่รับ ดำเนินการแล้วเสร็จ อยู่ระหว่างดำเนินการ\n"
             "ตุลาคม 2568 1 1 0\nพฤศจิกายน 2568 0 0 0\nธันวาคม 2568 2 1 1\nมกราคม 2569 0 0 0")
    for fy, want in ((2568, "review"), (2569, "found")):
        facts = [page("", "หน้าแรก", depth=0, links=[link("f/stat.xlsx", "สถิติเรื่องร้องเรียนการทุจริต")]),
                 doc("f/stat.xlsx", table.format(fy=fy), "สถิติเรื่องร้องเรียนการทุจริต")]
        result = judge(facts, "O18")
        assert result.status == want, (fy, result)


def test_a_word_deep_in_a_one_line_story_is_no_word_of_its_headline():
    # Pages whose text has no line breaks hold the headline and the story in one line: a word
    # that rules news out in a title ("ได้มีมติ") far into the story does not.
    story = ("วันพุธที่ 4 ธันวาคม 2567 เวลา 09.30 น. นายสมชาย ใจดี นายกองค์การบริหารส่วนตำบลตัวอย่าง"
             " เป็นประธานเปิดโครงการอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน ณ ห้องประชุมองค์การบริหารส่วนตำบลตัวอย่าง"
             " โดยมีผู้เข้าร่วมอบรมจำนวน 60 คน ซึ่งโครงการนี้จัดขึ้นตามที่สภาองค์การบริหารส่วนตำบลได้มีมติ"
             "เห็นชอบแผนการดำเนินงาน เพื่อเสริมสร้างความรู้ในการป้องกันและบรรเทาสาธารณภัยแก่ประชาชนในพื้นที่"
             " ทั้งการดับเพลิงเบื้องต้น การช่วยเหลือผู้ประสบภัย และการปฐมพยาบาล")
    assert "news" in classify_page("http://x.go.th/news/9", story)
    # ... while the same word in the headline still does.
    decided = "สภาองค์การบริหารส่วนตำบลตัวอย่างได้มีมติเห็นชอบร่างข้อบัญญัติ\n" + story
    assert "news" not in classify_page("http://x.go.th/news/10", decided)


def test_a_history_page_telling_dated_events_is_no_post():
    history = ("ความเป็นมา\nเทศบาลตำบลตัวอย่าง เดิมมีฐานะเป็นสุขาภิบาลตัวอย่าง ได้รับการยกฐานะเป็นเทศบาลตำบล"
               " เมื่อวันที่ 25 พฤษภาคม 2542 ตามพระราชบัญญัติเปลี่ยนแปลงฐานะของสุขาภิบาลเป็นเทศบาล"
               " พ.ศ. 2542 มีพื้นที่ 12 ตารางกิโลเมตร ประกอบด้วย 8 หมู่บ้าน ประชากรประมาณ 6,000 คน"
               " ประชาชนส่วนใหญ่ประกอบอาชีพเกษตรกรรม ทำนา ทำสวน และเลี้ยงสัตว์")
    assert "news" not in classify_page("http://x.go.th/about/1", history)


def test_a_scan_gives_the_year_ocr_read_from_ascii_digits_only():
    # Tesseract reads "2567" right but "๒๕๖๗" as "๒๕๒๕": the year of a scanned report counts
    # when the scan writes it in ASCII digits, and asks a person when only Thai digits give it.
    def scanned(year: str) -> list[Fact]:
        report = doc("files/scan0098.pdf", "รายงานสรุปผลการจัดซื้อจัดจ้าง\nประจำปีงบประมาณ พ.ศ. "
                     f"{year}\nวิธีเฉพาะเจาะจง ๓๑๒ รายการ\nปัญหาอุปสรรค ผู้เสนอราคาน้อยราย", "คลิก")
        report.document = DocumentInfo(format="pdf", pages=1, scanned=True, ocr=True)
        ita = page("ita.html", "ITA 2569", "O12 รายงานผลการจัดซื้อจัดจ้างประจำปี คลิก", links=[
            link("files/scan0098.pdf", "คลิก", "O12 รายงานผลการจัดซื้อจัดจ้างประจำปี คลิก")])
        return [page("", "หน้าแรก", "หน้าแรก", links=[link("ita.html", "ITA 2569")], depth=0), ita, report]

    assert judge(scanned("2568"), "O12").status == "found"
    assert judge(scanned("2567"), "O12").status == "outdated"
    assert judge(scanned("๒๕๖๘"), "O12").status == "review"


def test_a_faculty_report_or_a_seminar_to_draft_the_plan_is_not_the_agencys():
    # On a university's site, a faculty's or an institute's annual report is that unit's, and a
    # seminar to draft the HR plan is no plan (2569 O7 and O13 read on one site).
    faculty = doc("sci/annual-report-2568.pdf", "รายงานประจำปี 2568\nคณะวิทยาศาสตร์และเทคโนโลยี"
                  " มหาวิทยาลัยราชภัฏตัวอย่าง\nผลการดำเนินงานปีงบประมาณ พ.ศ. 2568", "รายงานประจำปี 2568")
    seminar = doc("hr/news31.pdf", "สัมมนาจัดทำแผนการบริหารและพัฒนาทรัพยากรบุคคล พ.ศ. 2569 – 2573\n"
                  "กองบริหารงานบุคคล มหาวิทยาลัยราชภัฏตัวอย่าง", "ข่าวการสัมมนา")
    home = page("", "มหาวิทยาลัยราชภัฏตัวอย่าง", "มหาวิทยาลัยราชภัฏตัวอย่าง", links=[
        link("sci/annual-report-2568.pdf", "รายงานประจำปี 2568"), link("hr/news31.pdf", "ข่าวการสัมมนา")], depth=0)
    assert judge([home, faculty, seminar], "O7").status == "missing"
    assert judge([home, faculty, seminar], "O13").status == "missing"


def test_a_cms_category_under_the_headline_ends_no_section():
    # Joomla prints the article's category under its headline ("ร้องเรียน/ร้องทุกข์", which names
    # the complaint channel): the statistics below it are still the item's section, and their year
    # (FY2568, for ITA 2569) is read.
    stats = page("th/complaint/statistics/", "สถิติเรื่องร้องเรียน - เทศบาลเมืองตัวอย่าง", "\n".join([
        "สถิติเรื่องร้องเรียน", "ร้องเรียน/ร้องทุกข์",
        "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ และเรื่องร้องเรียนทั่วไป ประจำปีงบประมาณ พ.ศ. 2568",
        "(1 ตุลาคม 2567 – 30 กันยายน 2568)", "ไตรมาส 1 (ต.ค. – ธ.ค. 67) 9 0 9 0",
        "ไตรมาส 2 (ม.ค. – มี.ค. 68) 12 1 13 0"]), headings=["สถิติเรื่องร้องเรียน"])
    facts = [page("", "หน้าแรก", depth=0, links=[link("th/complaint/statistics/", "สถิติเรื่องร้องเรียน")]), stats]
    result = judge(facts, "O18")
    assert result.status == "outdated", result


def test_this_years_draft_beside_last_years_approved_document_is_outdated_naming_the_draft():
    # The FY2568 measures, signed, and the FY2569 ones still "(ร่าง)": a draft is not what the
    # assessor counts, so the item is last year's (outdated), the draft named as what to approve.
    signed = doc("f/12899.pdf", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\nประจำปีงบประมาณ พ.ศ. 2568\n"
                 "เทศบาลตำบลตัวอย่าง\nมาตรการที่ 1 เปิดเผยข้อมูล ผู้รับผิดชอบ สำนักปลัด", "มาตรการ ปี 2568")
    draft = doc("f/14502.docx", "(ร่าง)\nมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\nประจำปีงบประมาณ พ.ศ. 2569\n"
                "เทศบาลตำบลตัวอย่าง\nมาตรการที่ 1 เปิดเผยข้อมูล ผู้รับผิดชอบ สำนักปลัด", "มาตรการ ปี 2569")
    # (2569 O25 asks for the analysis of the ITA results too: it is there, the measures decide)
    analysis = doc("f/analysis.pdf", ANALYSIS_69, "การวิเคราะห์ผล ITA 2568")
    home = page("", "หน้าแรก", "หน้าแรก", depth=0, links=[link("f/12899.pdf", "มาตรการ ปี 2568"),
                                                          link("f/14502.docx", "มาตรการ ปี 2569"),
                                                          link("f/analysis.pdf", "การวิเคราะห์ผล ITA 2568")])
    result = judge([home, signed, draft, analysis], "O25")
    assert result.status == "outdated" and ROOT + "f/14502.docx" in [e.url for e in result.evidence], result
    assert any("ฉบับร่าง" in p and "f/14502.docx" in p for p in result.problems), result.problems
    assert judge([home, signed, analysis], "O25").status == "outdated"


def test_an_invitation_is_not_the_results_the_item_asks_for():
    # "ผลการเปิดโอกาสให้มีส่วนร่วม": an invitation to village meetings still to come shows the
    # opportunity, not what came of it; beside last year's results it leaves the item to a person.
    invite = page("news/1612.html", "ขอเชิญประชาชนร่วมประชุมประชาคมหมู่บ้าน เพื่อทบทวนแผนพัฒนาท้องถิ่น ปี 2569",
                  "ขอเชิญประชาชนร่วมประชุมประชาคมหมู่บ้าน เพื่อทบทวนแผนพัฒนาท้องถิ่น ปี 2569\n"
                  "วันที่ 16 – 18 มีนาคม 2569 ณ ศาลาประชาคมทุกหมู่บ้าน เพื่อเปิดโอกาสให้ประชาชนมีส่วนร่วม"
                  "เสนอปัญหาและความต้องการ")
    done = page("news/1497.html", "เทศบาลตำบลตัวอย่าง จัดประชุมประชาคมหมู่บ้าน ประจำปี 2568",
                "เทศบาลตำบลตัวอย่าง จัดประชุมประชาคมหมู่บ้าน ประจำปี 2568\nเมื่อวันที่ 10 กุมภาพันธ์ 2568"
                " มีประชาชนเข้าร่วม 320 คน เสนอโครงการ 41 โครงการ เพื่อบรรจุในแผนพัฒนาท้องถิ่น")
    home = page("", "หน้าแรก", "หน้าแรก", depth=0, links=[
        link("news/1612.html", "ขอเชิญประชาชนร่วมประชุมประชาคมหมู่บ้าน"),
        link("news/1497.html", "จัดประชุมประชาคมหมู่บ้าน ประจำปี 2568")])
    # beside last year's results the item stands on those: outdated, the invitation named as no result
    result = judge([home, invite, done], "O19")
    assert result.status == "outdated" and first(result) == "/news/1497.html", result
    assert any("เชิญชวน" in p and "/news/1612.html" in p for p in result.problems)
    assert judge([home, done], "O19").status == "outdated"
    assert judge([home, invite], "O19").status == "review"  # alone, the invitation is a person's call


def test_an_invitation_to_make_this_years_document_leaves_last_years_document_last_years():
    # A memo inviting the working group to assess this year's corruption risks, beside last
    # year's assessment (fyedges O21, tambonplain O21): the document is still last year's
    invite = doc("f/risk-invite-2569.pdf", "บันทึกข้อความ\nส่วนราชการ สำนักปลัด\nที่ มค 5201/ว 12\n"
                 "วันที่ 9 มกราคม 2569\nเรื่อง ขอเชิญประชุมคณะทำงานประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ 2569\n"
                 "เรียน คณะทำงาน\nด้วยเทศบาลจะจัดประชุมเพื่อประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ 2569",
                 "การประเมินความเสี่ยงการทุจริต ปี 2569")
    old = doc("f/risk-2568.pdf", "การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2568\nเทศบาลตำบลตัวอย่าง\n"
              "เหตุการณ์ความเสี่ยง ระดับความเสี่ยง มาตรการควบคุม", "การประเมินความเสี่ยงการทุจริต ปี 2568")
    home = page("", "หน้าแรก", "หน้าแรก", depth=0, links=[
        link("f/risk-invite-2569.pdf", "การประเมินความเสี่ยงการทุจริต ปี 2569"),
        link("f/risk-2568.pdf", "การประเมินความเสี่ยงการทุจริต ปี 2568")])
    result = judge([home, invite, old], "O21")
    assert result.status == "outdated", result


def test_the_provincial_police_report_is_not_the_stations():
    # On a police station's site, ตำรวจภูธรจังหวัด's report (its title block says so) is the
    # province's: the station's own report of last year is the item's evidence.
    province = doc("upload/f1205.pdf", "รายงานผลการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568\nตำรวจภูธรจังหวัดตัวอย่าง\n"
                   "ภาพรวมของหน่วยงานในสังกัด 24 สถานี", "รายงานผลการปฏิบัติราชการ ภ.จว.ตัวอย่าง ประจำปี 2568")
    station = doc("upload/f1062.pdf", "รายงานผลการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2567\nสถานีตำรวจภูธรดงตัวอย่าง\n"
                  "1. ผลการดำเนินงานตามโครงการ", "รายงานผลการปฏิบัติราชการประจำปี")
    home = page("", "หน้าแรก | สถานีตำรวจภูธรดงตัวอย่าง", "หน้าแรก", depth=0, links=[
        link("upload/f1205.pdf", "รายงานผลการปฏิบัติราชการ ภ.จว.ตัวอย่าง ประจำปี 2568"),
        link("upload/f1062.pdf", "รายงานผลการปฏิบัติราชการประจำปี")])
    result = judge([home, province, station], "O7")
    assert result.status == "outdated" and first(result) == "/upload/f1062.pdf", result


def test_a_post_under_the_news_heading_linked_as_participation_is_its_evidence():
    # The ITA row "O20 การมีส่วนร่วม" links a post whose page heading is the CMS's
    # "ข่าวประชาสัมพันธ์": where the post sits, not another subject (no "check the link").
    post = page("news/307.html", "ข่าวประชาสัมพันธ์", "\n".join([
        "ข่าวประชาสัมพันธ์", "เวทีสมัชชาสุขภาพจังหวัด ครั้งที่ 8",
        "เมื่อวันที่ 23 มกราคม 2568 สำนักงานสาธารณสุขจังหวัดตัวอย่าง จัดเวทีสมัชชาสุขภาพจังหวัด มีผู้เข้าร่วม"
        " 236 คน จากภาคประชาชน ชุมชน อสม. และภาคเอกชน ร่วมเสนอประเด็นสุขภาพของจังหวัด"]),
        headings=["ข่าวประชาสัมพันธ์", "เวทีสมัชชาสุขภาพจังหวัด ครั้งที่ 8"])
    rows = ["O1 โครงสร้าง", "O2 ข้อมูลผู้บริหาร", "O3 อำนาจหน้าที่", "O4 แผนพัฒนา", "O20 การมีส่วนร่วม สมัชชาสุขภาพจังหวัด"]
    ita = page("ita/2568.html", "ITA ประจำปี 2568 การเปิดเผยข้อมูลสาธารณะ (OIT)", "\n".join(rows), links=[
        link(f"x/{n}.html", "คลิก", row) for n, row in enumerate(rows[:4])] + [
        link("news/307.html", "สมัชชาสุขภาพจังหวัด", rows[4])])
    home = page("", "หน้าแรก", "หน้าแรก", depth=0, links=[link("ita/2568.html", "ITA 2568")])
    result = judge68([home, ita, post], "O20")
    assert result.status == "found" and first(result) == "/news/307.html", result


def test_a_scan_whose_ocr_dropped_a_tone_mark_still_names_its_item():
    # OCR read "ความเสี่ยง" as "ความเสียง": the lexicon's phrase is written back, and the scanned
    # report of FY2567 is the 2568 item's evidence (not another item's file).
    text = ("ประกาศสำนักงานสาธารณสุขจังหวัดตัวอย่าง\nเรื่อง รายงานผลการดำเนินการตามมาตรการจัดการความเสียงการทุจริต\n"
            "ประจำปีงบประมาณ พ.ศ. 2567\n1. การอนุญาตสถานที่ขายยา: ตรวจเป็นทีม 164 แห่ง ไม่พบการเรียกรับ")
    report = doc("upload/1730253737.pdf", text, "รายงานผลการจัดการความเสี่ยง")
    report.document = DocumentInfo(format="pdf", pages=1, scanned=True, ocr=True)
    home = page("", "หน้าแรก", "หน้าแรก", depth=0, links=[link("upload/1730253737.pdf", "รายงานผลการจัดการความเสี่ยง")])
    result = judge68([home, report], "O24")
    assert result.status == "found" and first(result) == "/upload/1730253737.pdf", result


def test_a_statistics_workbook_with_its_months_unfilled_is_review():
    # A column a month, yet two figures in all: the right year, practically unfilled.
    header = "งานบริการ\tต.ค.\tพ.ย.\tธ.ค.\tม.ค.\tก.พ.\tมี.ค.\tเม.ย.\tพ.ค.\tมิ.ย.\tก.ค.\tส.ค.\tก.ย.\tรวม"
    empty = f"# Sheet1\nสถิติการให้บริการ ปีงบประมาณ 2568\n{header}\nขออนุญาตขายยา\t4\nรับเรื่องร้องเรียน\t2\nขอสำเนาเอกสาร"
    filled = empty.replace("\t4", "\t4\t5\t3\t6").replace("\t2", "\t2\t1\t0")
    home = page("", "หน้าแรก", "หน้าแรก", depth=0, links=[link("f/stat.xlsx", "สถิติการให้บริการ")])
    stats = doc("f/stat.xlsx", empty, "สถิติการให้บริการ")
    stats.document = DocumentInfo(format="xlsx")
    result = judge68([home, stats], "O11")
    assert result.status == "review" and any("กรอกตัวเลขเพียง 2 ช่อง" in p for p in result.problems), result
    stats.text = filled
    assert judge68([home, stats], "O11").status == "found"


def test_a_wrong_page_beside_a_dead_file_leaves_the_item_missing_with_the_dead_link():
    # The report's only file is empty; last year's ITA row "รายงานผลการดำเนินการป้องกันการทุจริต"
    # links the integrity page, whose own title is about the No Gift policy. The dead file is the
    # item's trace: missing, with the link to fix, not a "check the link" review of the page.
    empty = doc("f/14251.pdf", "", "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี 2568")
    empty.document = DocumentInfo(format="pdf", error="empty file")
    nogift = page("nogift.html", "นโยบายไม่รับของขวัญ (No Gift Policy)", "\n".join([
        "นโยบายไม่รับของขวัญ (No Gift Policy)", "ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิด ปี 2569"]))
    home = page("", "หน้าแรก", "หน้าแรก", depth=0, links=[
        link("f/14251.pdf", "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี 2568"),
        link("nogift.html", "คลิก", "o26 รายงานผลการดำเนินการป้องกันการทุจริต คลิก")])
    result = judge([home, empty, nogift], "O24")
    assert result.status == "missing" and result.broken_links, result
    assert result.broken_links[0].url.endswith("/f/14251.pdf")




# ------------------------------------------------------------------ fifth session: held-out sites 24-31


def test_what_a_text_follows_is_not_what_it_is():
    # "ตาม<แผน>": the chart cites the staffing plan; the report follows the plan (postsao O13)
    assert "hr_policy" not in {h.topic for h in topics_named("แผนภูมิโครงสร้างส่วนราชการ ตามแผนอัตรากำลัง 3 ปี (พ.ศ. 2567 – 2569)")}
    assert "hr_policy" in {h.topic for h in topics_named("แผนอัตรากำลัง 3 ปี (พ.ศ. 2567 – 2569)")}


def test_a_structure_titled_by_the_agency_is_a_structure():
    assert "structure" in {h.topic for h in topics_named("โครงสร้างศาลปกครอง", start=True)}
    assert "structure" in {h.topic for h in topics_named("แผนภาพโครงสร้าง อบต. ตามกฎหมาย", start=True)}
    assert "structure" not in {h.topic for h in topics_named("โครงสร้างพื้นฐานของเทศบาล", start=True)}


def test_hr_criteria_without_this_years_plan_are_outdated():
    # 2569 O13 asks for the criteria and the plan: a plan that ended in 2566 is last years' (postsao O13)
    docs = {"f/criteria.pdf": "ประกาศ หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล\nประจำปีงบประมาณ พ.ศ. 2569\nการสรรหา การแต่งตั้ง",
            "f/plan.pdf": "แผนพัฒนาบุคลากร ประจำปีงบประมาณ พ.ศ. 2564 - 2566\nหลักสูตรการฝึกอบรม"}
    facts = [page("", "หน้าแรก", depth=0, links=[link(p, t.split("\n")[0]) for p, t in docs.items()])]
    facts += [doc(p, t, t.split("\n")[0]) for p, t in docs.items()]
    result = judge(facts, "O13")
    assert result.status == "outdated"
    assert any("แผนการบริหารและพัฒนาทรัพยากรบุคคล" in p for p in result.problems)


def test_the_analysis_of_last_years_ita_results_is_this_years_work():
    o25 = Y2569.item("O25")
    title = "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568"
    assert judge_period(o25, 2569, title, title=title).meets
    assert judge_period(o25, 2569, "การวิเคราะห์ผลการประเมิน ITA ปี 2567", title="การวิเคราะห์ผลการประเมิน ITA ปี 2567").outdated
    assert judge_period(Y2569.item("O23"), 2569, "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2568",
                        title="แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2568").outdated
    wrapped = "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน\nของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568"
    assert judge_period(o25, 2569, wrapped, title=wrapped).meets  # a title wrapped over two lines
    # read for the measures part only, last year's analysis is last year's
    measures = o25.part_items()[1]
    assert judge_period(measures, 2569, wrapped, title=wrapped).outdated


def test_a_row_whose_file_is_gone_gives_the_page_no_year():
    # A category page lists this year's report (its file a 404) and last year's (fyedges O14)
    rows = "\n".join(["การบริหารงานบุคคล", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2568", "update : 20 ต.ค. 2568 [0.2 mb.]",
                      "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2567", "update : 18 ต.ค. 2567 [0.2 mb.]"])
    facts = [page("", "หน้าแรก", depth=0, links=[link("docs/hr/", "การบริหารงานบุคคล")]),
             page("docs/hr/", "การบริหารงานบุคคล", rows, headings=["การบริหารงานบุคคล"],
                  links=[link("f/hr68.pdf", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2568"),
                         link("f/hr67.pdf", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2567")]),
             broken("f/hr68.pdf"),
             doc("f/hr67.pdf", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล\nประจำปีงบประมาณ พ.ศ. 2567\nการฝึกอบรม 12 หลักสูตร")]
    result = judge(facts, "O14")
    assert result.status == "outdated", result


def test_an_invitation_memo_is_not_the_assessment():
    # "บันทึกข้อความ / เรื่อง ขอเชิญประชุมคณะทำงานประเมินความเสี่ยง ... 2569" beside last year's
    # assessment: this year's is still to be made (fyedges O21)
    memo = "\n".join(["บันทึกข้อความ", "เรื่อง ขอเชิญประชุมคณะทำงานประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2569",
                      "เรียน คณะทำงานทุกท่าน", "ด้วยเทศบาลจะจัดทำการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2569"])
    old = "การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2568\nความเสี่ยงที่ 1 การจัดซื้อจัดจ้าง ระดับสูง"
    facts = [page("", "หน้าแรก", depth=0, links=[link("f/memo.pdf", "การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2569"),
                                                  link("f/risk68.pdf", "การประเมินความเสี่ยงการทุจริต ประจำปี 2568")]),
             doc("f/memo.pdf", memo), doc("f/risk68.pdf", old)]
    result = judge(facts, "O21")
    assert result.status != "found", result
    assert any("เชิญ" in p for p in result.problems)


def test_hospital_quality_documents_and_gazette_copies_are_read_by_their_titles():
    # Real hospital documents (a work instruction of an HA-accredited hospital) and a regulation
    # copied from the Royal Gazette, whose frame comes before its title
    wi = "โรงพยาบาลตัวอย่าง\nวิธีปฏิบัติงาน\n(Work Instruction)\nเอกสารหมายเลข : WI-IPD-008\nเรื่อง : การพยาบาลผู้ป่วยเบาหวาน"
    gazette = ("เล่ม ๑๓๔ ตอนพิเศษ ๒๑๐ ง ราชกิจจานุเบกษา ๒๓ สิงหาคม ๒๕๖๐\nระเบียบกระทรวงการคลัง\n"
               "ว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ\nพ.ศ. ๒๕๖๐\nโดยที่เป็นการสมควรมีระเบียบ")
    chart = "ผังโครงสร้างบริหารงานโรงพยาบาลตัวอย่าง\nผู้อำนวยการโรงพยาบาล\nกลุ่มงานการแพทย์\nกลุ่มการพยาบาล"
    for text, topic in ((wi, "work_manual"), (gazette, "laws"), (chart, "structure")):
        facts = [page("", "หน้าแรก", depth=0, links=[link("f/x.pdf", "ดาวน์โหลด")]), doc("f/x.pdf", text)]
        index = SiteIndex.build(facts, ROOT)
        sigs = topic_signals(index, index.targets[ROOT + "f/x.pdf"], [topic])
        assert any("หัวเรื่องในเอกสาร" in s.reason for s in sigs.get(topic, [])), (topic, sigs)


def test_a_monthly_summary_covers_the_month_its_title_names():
    # The September 2568 summary lists a cleaning contract "ต.ค. 68 - ก.ย. 69": it covers
    # September 2568 (FY2568), not the months of FY2569 its rows name (deptsite O11)
    title = "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนกันยายน พ.ศ. 2568"
    text = title + "\nจ้างเหมาบริการทำความสะอาดอาคาร ต.ค. 68 - ก.ย. 69 1,260,000.00 เฉพาะเจาะจง"
    v = judge_period(Y2569.item("O11"), 2569, text, title=title)
    assert not v.meets and v.outdated, v
    march = "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนมีนาคม พ.ศ. 2569"
    assert [str(m) for m in judge_period(Y2569.item("O11"), 2569, march + "\n" + text, title=march).months] == ["มี.ค. 2569"]


def test_a_regional_or_district_centres_report_is_not_the_agencys():
    # The district anti-corruption centre's report forwarded by a tambon, a department's regional
    # centre's report (postsao O24, deptsite O26, dlcenter O26)
    for title in ("รายงานผลการดำเนินงานศูนย์ปฏิบัติการต่อต้านการทุจริต อำเภอเชียงยืน ประจำปีงบประมาณ 2568",
                  "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี 2568\nศูนย์ส่งเสริมหัตถกรรมภาคใต้ จังหวัดสงขลา"):
        facts = [page("", "เทศบาลตำบลบ้านตัวอย่าง", depth=0, links=[link("f/r.pdf", "รายงานผลการดำเนินการป้องกันการทุจริต")]),
                 doc("f/r.pdf", title + "\nโครงการอบรมคุณธรรม จำนวน 3 โครงการ")]
        result = judge(facts, "O24")
        assert result.status == "missing", (title, result)
    own = "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี 2568\nศูนย์ปฏิบัติการต่อต้านการทุจริต เทศบาลตำบลบ้านตัวอย่าง"
    facts = [page("", "เทศบาลตำบลบ้านตัวอย่าง", depth=0, links=[link("f/r.pdf", "รายงานผลการดำเนินการป้องกันการทุจริต")]),
             doc("f/r.pdf", own + "\nโครงการอบรมคุณธรรม จำนวน 3 โครงการ")]
    assert judge(facts, "O24").status == "found"


def test_the_district_offices_own_centre_is_its_own():
    # ศูนย์ดำรงธรรมอำเภอ is run by the district office: its manual is the office's (district O8);
    # on a municipality's site, which names its district as an address, the district's centre is not
    manual = ("คู่มือการปฏิบัติงาน\nศูนย์ดำรงธรรมอำเภอนาคูณใต้\n"
              "1. วัตถุประสงค์ เพื่อให้เจ้าหน้าที่ศูนย์ดำรงธรรมอำเภอปฏิบัติงานเป็นมาตรฐานเดียวกัน\n"
              "2. ขั้นตอนการปฏิบัติงาน รับเรื่อง ตรวจสอบ ส่งต่อ แจ้งผล")
    for home, status in (("ที่ทำการปกครองอำเภอนาคูณใต้", "found"),
                         ("เทศบาลตำบลนาคูณ อำเภอนาคูณใต้ จังหวัดนครพนม", "missing")):
        facts = [page("", home, depth=0, links=[link("f/m.docx", "คู่มือการปฏิบัติงาน")]), doc("f/m.docx", manual)]
        assert judge(facts, "O8").status == status, home


def test_the_day_a_file_was_put_up_is_not_the_year_it_is_about():
    # A download row "สถิติเรื่องร้องเรียน ... 15 ต.ค. 2567 PDF 29 KB ดาวน์โหลด" over a file whose
    # own text names no year: 15 ต.ค. 2567 (FY2568) is the upload day, not the year (scansao O19)
    row = "5 สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ 15 ต.ค. 2567 PDF 29 KB ดาวน์โหลด"
    facts = [page("", "หน้าแรก", depth=0, links=[link("f/stat.pdf", "ดาวน์โหลด", context=row)]),
             doc("f/stat.pdf", "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ\nเรื่องที่ได้รับ 1 เรื่อง ดำเนินการแล้ว 1 เรื่อง")]
    result = judge68(facts, "O19")
    assert result.status != "found", result


def test_an_ethics_training_worded_as_promoting_integrity_is_ethics_promotion():
    # "โครงการอบรมส่งเสริมคุณธรรมจริยธรรม ... ประจำปีงบประมาณ 2569" (threeyears O15)
    hit = {h.topic for h in topics_named("โครงการอบรมส่งเสริมคุณธรรมจริยธรรม ผู้บริหาร สมาชิกสภา และพนักงานเทศบาล")}
    assert "ethics_promotion" in hit


def test_a_post_whose_only_file_is_a_draft_is_a_draft():
    # A post titled as the report whose only attachment is headed "(ร่าง)" (postsao O26)
    title = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี 2568"
    draft = "(ร่าง)\n" + title + "\nร่างเพื่อเสนอคณะทำงานพิจารณา ยังไม่ผ่านความเห็นชอบของผู้บริหาร\nมาตรการ ผลการดำเนินการ"
    facts = [page("", "หน้าแรก", depth=0, links=[link("news/399/", title)]),
             page("news/399/", title, title + "\nโพสต์เมื่อ 16 มี.ค. 2569\nรายละเอียดตามไฟล์แนบ",
                  links=[link("f/report.docx", "report.docx")]),
             doc("f/report.docx", draft)]
    result = judge(facts, "O26")
    assert result.status == "review", result
    assert any("ร่าง" in p for p in result.problems)


def test_the_post_a_listed_news_list_links_is_the_evidence():
    # This year's ITA row for participation links the news list; the list links the post telling
    # the forum and its results: the post is shown first (threeyears O19, dlcenter O20)
    post = ("ประชาคมเมือง ประจำปี 2569\nวันที่ 18 ก.พ. 2569 เทศบาลจัดประชุมประชาคมเมืองเพื่อรับฟังความคิดเห็น"
            " มีผู้เข้าร่วม 214 คน เสนอโครงการ 37 โครงการ บรรจุในแผน 29 โครงการ และแจ้งผลให้ประชาชนทราบ")
    rows = [("O1", "โครงสร้าง", "about/"), ("O2", "ผู้บริหาร", "exec/"), ("O3", "ติดต่อ", "contact/"),
            ("O4", "ข่าว", "news/"), ("O19", "ผลการเปิดโอกาสให้มีส่วนร่วม", "news/")]
    news = [link(f"news/{n}/", f"ข่าวกิจกรรม {n}") for n in (396, 397)] + [link("news/398/", "ประชาคมเมือง ประจำปี 2569")]
    facts = [page("", "หน้าแรก", depth=0, links=[link("ita/", "ITA 2569")]),
             _ita_page("ita/", "ประจำปีงบประมาณ พ.ศ. 2569", rows),
             page("news/", "ข่าวประชาสัมพันธ์", "ข่าวประชาสัมพันธ์\nประชาคมเมือง ประจำปี 2569\nข่าวกิจกรรม 397\nข่าวกิจกรรม 396",
                  links=news),
             page("news/398/", "ประชาคมเมือง ประจำปี 2569", post),
             page("news/397/", "ข่าวกิจกรรม 397", "ข่าวกิจกรรม 397\nวันที่ 2 ก.พ. 2569 เทศบาลจัดกิจกรรมปลูกต้นไม้"),
             page("news/396/", "ข่าวกิจกรรม 396", "ข่าวกิจกรรม 396\nวันที่ 1 ก.พ. 2569 เทศบาลจัดกิจกรรมทำความสะอาด")]
    result = judge(facts, "O19")
    assert result.status == "found", result
    assert first(result) == "/news/398/", [e.url for e in result.evidence]


def test_an_order_appointing_a_working_group_is_not_its_report():
    # "คำสั่ง ... เรื่อง แต่งตั้งคณะทำงานบริหารจัดการความเสี่ยงการทุจริต ประจำปี 2569" linked as the
    # risk-management report (fyedges O22): who will make it is not what was made
    order = ("คำสั่งเทศบาลตำบลบ้านตัวอย่าง ที่ ๓๘/๒๕๖๙\nเรื่อง แต่งตั้งคณะทำงานบริหารจัดการความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2569\n"
             "เพื่อให้การบริหารจัดการความเสี่ยงการทุจริตเป็นไปอย่างมีประสิทธิภาพ จึงแต่งตั้งคณะทำงาน ดังนี้")
    facts = [page("", "หน้าแรก", depth=0, links=[link("f/order.pdf", "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต")]),
             doc("f/order.pdf", order)]
    result = judge(facts, "O22")
    assert result.status == "missing", result
    assert any("คำสั่งแต่งตั้ง" in p for p in result.problems)


def test_a_memos_subject_under_its_header_is_read():
    # "บันทึกข้อความ / ส่วนราชการ ... / ที่ ... / วันที่ ... / เรื่อง ขอเชิญประชุม..." (cityjoomla O24)
    memo = "\n".join(["บันทึกข้อความ", "ส่วนราชการ สำนักปลัดเทศบาล", "ที่ บร 52001/ว 1187", "วันที่ 30 กันยายน 2567",
                      "เรื่อง ขอเชิญประชุมคณะทำงานจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ", "เรียน หัวหน้าส่วนราชการทุกส่วน",
                      "ด้วยเทศบาลจะจัดประชุมคณะทำงานเพื่อพิจารณาการดำเนินการจัดการความเสี่ยงการทุจริต"])
    facts = [page("", "หน้าแรก", depth=0, links=[link("f/m.pdf", "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต")]),
             doc("f/m.pdf", memo)]
    assert judge68(facts, "O24").status != "found"


def test_following_up_is_not_citing():
    # "ติดตาม" ends in "ตาม": "รายงานการกำกับติดตามการดำเนินการตามมาตรการ..." still names the report
    hit = {h.topic for h in topics_named("รายงานการกำกับติดตามการดำเนินการตามมาตรการส่งเสริมคุณธรรม")}
    assert "integrity_measures_implementation" in hit


# ------------------------------------------------------------------ sixth session: parts of 2569 O25/O7, posts, drafts


ANALYSIS_69 = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี พ.ศ. 2568\n"
               "และแนวทางการนำผลไปพัฒนาองค์กร ปี 2569\nเทศบาลตำบลบ้านใหม่\n"
               "1 ผลการประเมิน ITA ปี 2568 คะแนนรวม 84.37 ระดับ A\n2 ประเด็นที่ต้องปรับปรุง ผู้รับผิดชอบ ระยะเวลา")
MEASURES = ("ประกาศเทศบาลตำบลบ้านใหม่\nเรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
            "ประจำปีงบประมาณ พ.ศ. {y}\nมาตรการ ขั้นตอน ผู้รับผิดชอบ ระยะเวลา")


def test_2569_o25_asks_for_the_analysis_and_the_measures_each_of_the_year():
    both = {"f/analysis.pdf": ANALYSIS_69, "f/measures.pdf": MEASURES.format(y=2569)}
    assert judge(_docs_site(both), "O25").status == "found"
    old = judge(_docs_site({**both, "f/measures.pdf": MEASURES.format(y=2568)}), "O25")
    assert old.status == "outdated"
    assert any(p.startswith('ส่วน "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" พบแต่เป็นของปีก่อน')
               for p in old.problems)


def test_one_document_titled_with_both_parts_serves_both_with_each_parts_own_year():
    # the title runs over lines: "... ประจำปี พ.ศ." / "2568" / "และมาตรการ ... ประจำปีงบประมาณ" / "พ.ศ. 2569";
    # its body names many items (the measures per indicator), which does not make it a list of items
    combined = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี พ.ศ.\n2568\n"
                "และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ\nพ.ศ. 2569\n"
                "เทศบาลตำบลบ้านใหม่\n1 ผลการประเมิน ITA 2568 คะแนนรวม 86.41\n"
                "มาตรการ: เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือนทุกเดือน เผยแพร่แผนการดำเนินงาน "
                "รายงานผลการดำเนินงานประจำปี สถิติเรื่องร้องเรียน คู่มือการปฏิบัติงาน แผนพัฒนาบุคลากร")
    result = judge(_docs_site({"f/ita.pdf": combined}), "O25")
    assert result.status == "found", result.problems


def test_the_analysis_alone_is_not_the_measures_part():
    result = judge(_docs_site({"f/analysis.pdf": ANALYSIS_69}), "O25")
    assert result.status == "missing"
    assert any('ส่วน "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" ไม่พบ' in p for p in result.problems)


def test_a_draft_of_both_parts_beside_last_years_measures_is_outdated():
    draft = ("(ร่าง)\nรายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี พ.ศ. 2568\n"
             "และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569\n"
             "เทศบาลตำบลบ้านใหม่\nผลคะแนน ITA ปี 2568 ได้ 81.37 คะแนน\nลงชื่อ ................ ผู้เสนอ")
    result = judge(_docs_site({"f/draft.docx": draft, "f/measures68.pdf": MEASURES.format(y=2568)}), "O25")
    assert result.status == "outdated"
    assert any("ร่าง" in p for p in result.problems)


def test_the_budget_spending_part_of_2569_o7_counts_only_when_shown_and_old():
    report = "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2568\nผลการดำเนินงานตามแผน 45 โครงการ ปัญหาและข้อเสนอแนะ"
    spend = "รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. {y}\nเบิกจ่ายแล้ว 80,000,000 บาท"
    alone = judge(_docs_site({"f/report.pdf": report}), "O7")
    assert alone.status == "found"
    assert any("ไม่นับในผลของรายการ" in r for r in alone.reasons)
    assert judge(_docs_site({"f/report.pdf": report, "f/spend.pdf": spend.format(y=2568)}), "O7").status == "found"
    old = judge(_docs_site({"f/report.pdf": report, "f/spend.pdf": spend.format(y=2567)}), "O7")
    assert old.status == "outdated"
    assert any("(ถ้ามี)" in p for p in old.problems)


def test_a_short_post_under_a_by_line_is_a_post_whose_mentions_are_no_evidence():
    from checklist.match import is_dated_post

    lines = ["นายกเทศมนตรีมอบนโยบายการปฏิบัติงาน ปีงบประมาณ 2569", "โพสต์เมื่อ", "2 ตุลาคม 2568", "โดย admin",
             "นายกเทศมนตรีมอบนโยบายให้พนักงานทุกคนปฏิบัติงานด้วยความโปร่งใส ยึดมั่นนโยบายไม่รับของขวัญ "
             "(No Gift Policy) ต่อเนื่องจากปีที่ผ่านมา"]
    assert is_dated_post(lines)
    assert not is_dated_post([lines[0], lines[2], lines[4]])  # a date without a by-line needs a longer story
    assert is_dated_post([lines[0], "วันที่ 2 ต.ค. 2568 | โดย admin", lines[4]])  # a by-line beside the date
    post = page("news/1140/", lines[0], "\n".join(lines))
    home = page("", "หน้าแรก", depth=0, links=[link("news/1140/", lines[0])])
    assert judge([home, post], "O20").status == "missing"


def test_a_mention_in_another_document_of_another_year_leaves_no_trace():
    # a plan of 2569 read for the report of 2568: its lines mention reporting, no year fits
    plan = ("(ร่าง) แผนปฏิบัติการป้องกันการทุจริต\nเทศบาลตำบลบ้านใหม่ ประจำปีงบประมาณ พ.ศ. 2569\n"
            "เอกสารนี้เป็นร่างเพื่อรับฟังความคิดเห็นของบุคลากร ยังไม่ได้รับความเห็นชอบจากนายกเทศมนตรี "
            "ขอให้ส่งความคิดเห็นภายในวันที่ 30 กันยายน 2568\n"
            "โครงการที่ 5 ติดตามและจัดทำรายงานผลการดำเนินการป้องกันการทุจริตประจำปี เสนอผู้บริหาร")
    assert judge(_docs_site({"f/plan-draft.pdf": plan}), "O24").status == "missing"


def test_a_post_without_a_year_in_its_title_is_read_from_its_first_dated_lines():
    post = page("news/405/", "เผยแพร่รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต",
                "เผยแพร่รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต\nโพสต์เมื่อ 3 เม.ย. 2569 โดย ผู้ดูแลระบบ\n"
                "เทศบาลขอเผยแพร่รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต รอบ 6 เดือน "
                "(1 ตุลาคม 2567 - 31 มีนาคม 2568) รายละเอียดตามเอกสารแนบ")
    home = page("", "หน้าแรก", depth=0, links=[link("news/405/", post.title)])
    result = judge([home, post], "O24")
    assert result.status != "found"
    assert any("รอบ 6 เดือน" in p for p in result.problems)


def test_another_topics_months_on_a_list_of_posts_are_not_the_summaries_months():
    # A list of posts: the March summary's post, and the complaint statistics "(ต.ค. 2568 – มี.ค. 2569)"
    # beside it; the summaries of the other months are files of their own, January's missing
    # (rphospital O11): the statistics' range publishes no month of the summaries
    files = {m: f"f/skr1-{m}.pdf" for m in ("ตุลาคม 2568", "พฤศจิกายน 2568", "ธันวาคม 2568", "กุมภาพันธ์ 2569")}
    news = page("news/", "ข่าวประชาสัมพันธ์", "\n".join([
        "ข่าวประชาสัมพันธ์", "8 เมษายน 2569", "เผยแพร่สรุปผลการจัดซื้อจัดจ้าง (สขร.1) ประจำเดือนมีนาคม 2569",
        "รพ.สต. เผยแพร่สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนมีนาคม 2569 ตามมาตรา 9", "อ่านต่อ…",
        "2 เมษายน 2569", "ข้อมูลสถิติเรื่องร้องเรียน ประจำปีงบประมาณ พ.ศ. 2569 (ต.ค. 2568 – มี.ค. 2569)", "อ่านต่อ…"]),
        links=[link("f/skr1-03.pdf", "เผยแพร่สรุปผลการจัดซื้อจัดจ้าง (สขร.1) ประจำเดือนมีนาคม 2569"),
               link("f/skr1-03.pdf", "อ่านต่อ…", "เผยแพร่สรุปผลการจัดซื้อจัดจ้าง (สขร.1) ประจำเดือนมีนาคม 2569"),
               link("news/9/", "ข้อมูลสถิติเรื่องร้องเรียน ประจำปีงบประมาณ พ.ศ. 2569 (ต.ค. 2568 – มี.ค. 2569)"),
               link("news/9/", "อ่านต่อ…", "ข้อมูลสถิติเรื่องร้องเรียน ประจำปีงบประมาณ พ.ศ. 2569 (ต.ค. 2568 – มี.ค. 2569)")],
        headings=["ข่าวประชาสัมพันธ์", "เผยแพร่สรุปผลการจัดซื้อจัดจ้าง (สขร.1) ประจำเดือนมีนาคม 2569",
                  "ข้อมูลสถิติเรื่องร้องเรียน ประจำปีงบประมาณ พ.ศ. 2569 (ต.ค. 2568 – มี.ค. 2569)"])
    stats = page("news/9/", "ข้อมูลสถิติเรื่องร้องเรียน ประจำปีงบประมาณ พ.ศ. 2569",
                 "ข้อมูลสถิติเรื่องร้องเรียน ประจำปีงบประมาณ พ.ศ. 2569 (ต.ค. 2568 – มี.ค. 2569)\nเรื่องร้องเรียน 3 เรื่อง")
    docs = [doc(p, f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน{m}\nแบบ สขร.1", f"สขร.1 {m}") for m, p in files.items()]
    docs.append(doc("f/skr1-03.pdf", "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนมีนาคม 2569\nแบบ สขร.1", "สขร.1 มีนาคม 2569"))
    home = page("", "หน้าแรก", depth=0, links=[link("news/", "ข่าวประชาสัมพันธ์")]
                + [link(p, f"สขร.1 {m}") for m, p in files.items()])
    result = judge([home, news, stats, *docs], "O11")
    assert result.status == "review", result
    assert any("ม.ค. 2569" in p for p in result.problems)


def test_2569_o6_is_served_by_the_plan_or_the_budget_and_each_shown_must_be_of_the_year():
    plan = "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. {y}\nโครงการก่อสร้างถนน งบประมาณ 500,000 บาท"
    budget = "ข้อบัญญัติองค์การบริหารส่วนตำบลบ้านใหม่\nเรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. {y}\nประมาณการรายจ่าย 25,000,000 บาท"
    assert judge(_docs_site({"f/budget.pdf": budget.format(y=2569)}), "O6").status == "found"
    assert judge(_docs_site({"f/plan.pdf": plan.format(y=2569)}), "O6").status == "found"
    # this year's budget ordinance beside last year's plan re-posted as this year's (staleyear O6)
    old = judge(_docs_site({"f/budget.pdf": budget.format(y=2569), "f/plan.pdf": plan.format(y=2568)}), "O6")
    assert old.status == "outdated"
    assert old.problems[0].startswith("รายการนี้ต้องมีอย่างน้อยหนึ่งใน 2 ส่วน")
    assert judge(_docs_site({}), "O6").status == "missing"


def test_a_departments_report_on_a_provincial_offices_site_is_left_to_a_person():
    # รายงานประจำปี of กรมส่งเสริมการเกษตร linked as the provincial office's own (agrioffice O7,
    # regionoffice O15, landoffice O25): the assessor decides whether the parent's document serves
    dept = "รายงานประจำปี 2568\nกรมส่งเสริมการเกษตร\nกรมส่งเสริมการเกษตร ได้ดำเนินงานตามภารกิจในปีงบประมาณ พ.ศ. 2568 ทั่วประเทศ"
    own = "รายงานผลการดำเนินงานประจำปี 2568\nสำนักงานเกษตรจังหวัดศรีวารินทร์\nผลการดำเนินงานตามแผน 45 โครงการ"
    home = page("", "หน้าหลัก :: สำนักงานเกษตรจังหวัดศรีวารินทร์", depth=0, links=[link("f/r.pdf", "รายงานประจำปี 2568")])

    def parents_named(result) -> bool:
        return any("หน่วยงานต้นสังกัด" in p and "กรมส่งเสริมการเกษตร" in p for p in result.problems)

    result = judge([home, doc("f/r.pdf", own)], "O7")
    assert result.status == "found" and not parents_named(result), result
    facts = [home, doc("f/r.pdf", dept)]
    result = judge(facts, "O7")
    assert result.status == "review" and parents_named(result), result
    # on the department's own site its report is its own
    facts[0] = page("", "กรมส่งเสริมการเกษตร", depth=0, links=[link("f/r.pdf", "รายงานประจำปี 2568")])
    assert judge(facts, "O7").status == "found"


def test_a_forum_post_whose_story_names_next_years_projects_is_of_the_day_it_was_held():
    # "วันที่ 24 ก.พ. 2569 | โดย admin" over a forum reviewing the district plan "และโครงการปี 2570"
    # (district O19): the post tells an activity of FY2569, not of 2570
    text = "\n".join(["อำเภอนาคูณใต้จัดเวทีประชาคมรับฟังความคิดเห็นของประชาชน ทบทวนแผนพัฒนาอำเภอ",
                      "วันที่ 24 ก.พ. 2569 | โดย admin",
                      "วันที่ 24 กุมภาพันธ์ 2569 อำเภอนาคูณใต้ จัดเวทีประชาคมระดับอำเภอ เปิดโอกาสให้ผู้แทนภาคประชาชน "
                      "126 คน ร่วมแสดงความคิดเห็นต่อการทบทวนแผนพัฒนาอำเภอและโครงการปี 2570 ผลการรับฟัง: "
                      "ประชาชนเสนอโครงการแหล่งน้ำ 9 โครงการ"])
    post = page("news/1192/", "อำเภอนาคูณใต้จัดเวทีประชาคมรับฟังความคิดเห็นของประชาชน", text)
    home = page("", "หน้าแรก | ที่ทำการปกครองอำเภอนาคูณใต้", depth=0,
                links=[link("news/1192/", "อำเภอนาคูณใต้จัดเวทีประชาคมรับฟังความคิดเห็นของประชาชน")])
    result = judge([home, post], "O19")
    assert result.status == "found" and first(result) == "/news/1192/", result


def test_a_transferred_health_units_site_named_in_short_reads_its_own_name_in_full():
    # "หน้าหลัก | รพ.สต.บ้านโคกกระเบา" (tambonhealth): files titled "โรงพยาบาลส่งเสริมสุขภาพตำบล
    # บ้านโคกกระเบา" are its own, not another unit's; the kind read is the longest at its place
    assert own_name("หน้าหลัก | รพ.สต.บ้านโคกกระเบา") == key("โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคกกระเบา")
    assert own_name("หน้าแรก - อบต.ดอนหวาย") == key("องค์การบริหารส่วนตำบลดอนหวาย")
    assert agency_kind("รพ.สต.บ้านโคกกระเบา") == "โรงพยาบาลส่งเสริมสุขภาพตำบล"
    manual = "คู่มือการปฏิบัติงาน การคัดกรองโรคเบาหวานและความดันโลหิตสูง\nโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคกกระเบา\nขั้นตอนที่ 1 ลงทะเบียน"
    facts = [page("", "หน้าหลัก | รพ.สต.บ้านโคกกระเบา", depth=0, links=[link("f/m.pdf", "คู่มือการปฏิบัติงาน")]),
             doc("f/m.pdf", manual, "คู่มือการปฏิบัติงาน")]
    assert judge(facts, "O8").status == "found"


def test_the_agency_by_its_short_name_or_a_wrapped_kind_word_is_no_parent_body():
    from checklist.ownership import parent_body

    home = key("องค์การบริหารส่วนจังหวัดโพนคำ - เว็บไซต์ทางการ")
    # paokhon: a citizens' manual of the อบจ.'s own stadium, its fee line wrapped before "อบจ."
    manual = ["คู่มือสำหรับประชาชน", "งานที่ให้บริการ: การขออนุญาตใช้สนามกีฬากลางจังหวัดโพนคำ / การชำระค่าธรรมเนียมบำรุง", "อบจ."]
    assert parent_body(home, manual) == ""
    # its anti-corruption plan titled with its short name
    assert parent_body(home, ["แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568", "อบจ.โพนคำ"]) == ""
    # a body above a tambon's site stays one
    tambon = key("องค์การบริหารส่วนตำบลหนองบัว อำเภอเมือง จังหวัดโพนคำ")
    assert parent_body(tambon, ["แผนปฏิบัติการป้องกันการทุจริต", "กรมส่งเสริมการปกครองท้องถิ่น"]) != ""
    # the kind alone on its own line names no body, on any site
    assert parent_body(tambon, ["คู่มือสำหรับประชาชน", "การรับชำระค่าธรรมเนียมบำรุง", "อบจ."]) == ""
    # a body that is one by itself, on a line of its own, is one (court: the OCJ's national plan)
    court = key("ศาลจังหวัดโพนทองคำ - ศาลจังหวัดโพนทองคำ")
    assert parent_body(court, ["แผนปฏิบัติการป้องกันและปราบปรามการทุจริตของศาลยุติธรรม",
                               "ประจำปีงบประมาณ พ.ศ. 2569", "สำนักงานศาลยุติธรรม"]) == "สำนักงานศาลยุติธรรม"
    # a regional office named after the report's name and year (hospregion3: the health region's
    # annual report beside the hospital's own)
    hospital = key("หน้าหลัก | โรงพยาบาลศูนย์ศรีวารินทร์")
    assert parent_body(hospital, ["รายงานประจำปี 2568 สำนักงานเขตสุขภาพที่ 10",
                                  "ผลการดำเนินงานของเขตสุขภาพ ปีงบประมาณ พ.ศ. 2568"]) != ""
    assert parent_body(hospital, ["รายงานประจำปี 2568 โรงพยาบาลศูนย์ศรีวารินทร์"]) == ""


def test_an_operating_plan_named_with_its_fiscal_year_is_the_annual_plan():
    # "แผนปฏิบัติการ ปีงบประมาณ 2568" (no "ประจำ"): a district health office's link to its plan
    text = "แผนปฏิบัติการ ปีงบประมาณ 2568\nสำนักงานสาธารณสุขอำเภอตัวอย่าง\nลำดับ โครงการ งบประมาณ ระยะเวลา"
    assert "annual_action_plan" in classify_page("http://x.go.th/plan/2568", text)


def test_a_parent_bodys_plan_that_says_it_covers_the_agencys_kind_is_the_agencys():
    # an อบจ.'s anti-corruption plan "รวมถึงโรงพยาบาลส่งเสริมสุขภาพตำบลที่ถ่ายโอน" on a transferred
    # รพ.สต.'s site governs it (tambonhealth O23); without that line it is the parent's, a person's call
    plan = ("แผนปฏิบัติการป้องกันการทุจริต\n(พ.ศ. ๒๕๖๖ – ๒๕๗๐)\nองค์การบริหารส่วนจังหวัดร้อยเอ็ด\n{cover}"
            "มิติ โครงการ/กิจกรรม งบประมาณต่อปี (บาท) ๒๕๖๖ ๒๕๖๗ ๒๕๖๘ ๒๕๖๙ ๒๕๗๐\n"
            "๑. การสร้างสังคมที่ไม่ทนต่อการทุจริต อบรมคุณธรรมจริยธรรมบุคลากร ๑๕๐,๐๐๐ / / / / /")
    cover = "ครอบคลุมทุกส่วนราชการขององค์การบริหารส่วนจังหวัดร้อยเอ็ด รวมถึงโรงพยาบาลส่งเสริมสุขภาพตำบลที่ถ่ายโอน\n"
    home = page("", "หน้าหลัก | รพ.สต.บ้านโคกกระเบา", depth=0, links=[link("f/p.pdf", "แผนปฏิบัติการป้องกันการทุจริต")])
    assert judge([home, doc("f/p.pdf", plan.format(cover=cover))], "O23").status == "found"
    result = judge([home, doc("f/p.pdf", plan.format(cover=""))], "O23")
    assert result.status == "review" and any("หน่วยงานต้นสังกัด" in p for p in result.problems), result
    # a ministry's manual that its provincial offices observe (provculture O17): the office's kind is
    # its name up to its province
    own = own_name("หน้าหลัก | สำนักงานวัฒนธรรมจังหวัดศรีวนาลัย")
    assert applies_to_own_kind(own, "คู่มือการจัดการเรื่องร้องเรียน\nสำนักงานปลัดกระทรวงวัฒนธรรม\n"
                                    "สำนักงานวัฒนธรรมจังหวัดถือปฏิบัติตามคู่มือนี้ในการจัดการเรื่องร้องเรียนในพื้นที่")
    assert not applies_to_own_kind(own, "คู่มือการจัดการเรื่องร้องเรียน\nสำนักงานปลัดกระทรวงวัฒนธรรม\n"
                                        "ขั้นตอนที่ 1 รับเรื่องร้องเรียน")


def test_a_divisions_own_annual_report_is_not_the_agencys():
    # "รายงานผลการปฏิบัติงานประจำปี 2568 / กองสาธารณสุขและสิ่งแวดล้อม เทศบาลนคร..." beside the city's
    # annual report of 2567 (citynakhon O7): the city's report is last year's
    div = "รายงานผลการปฏิบัติงานประจำปีงบประมาณ พ.ศ. 2568\nกองสาธารณสุขและสิ่งแวดล้อม เทศบาลนครวารินทร์ธานี\nงานรักษาความสะอาด"
    city = "รายงานผลการดำเนินงานประจำปี 2567\nเทศบาลนครวารินทร์ธานี\nผลการดำเนินงานตามแผน 112 โครงการ ปัญหาและข้อเสนอแนะ"
    facts = [page("", "หน้าแรก | เทศบาลนครวารินทร์ธานี", depth=0, links=[
                 link("f/div.pdf", "รายงานผลการปฏิบัติงานประจำปี 2568 กองสาธารณสุขและสิ่งแวดล้อม"),
                 link("f/city.pdf", "รายงานประจำปี 2567 เทศบาลนครวารินทร์ธานี")]),
             doc("f/div.pdf", div), doc("f/city.pdf", city)]
    result = judge(facts, "O7")
    assert result.status == "outdated" and first(result) == "/f/city.pdf", result
    assert all("div.pdf" not in e.url for e in result.evidence)
    # the division's own sub-site: its report is its own
    assert own_division(key("กองสาธารณสุขและสิ่งแวดล้อม"), div.split("\n")[:2]) == ""


def test_another_office_of_the_same_province_is_another_unit():
    own = own_name("หน้าหลัก | สำนักงานแรงงานจังหวัดศรีนครไชย")
    assert another_place(own, ["สำนักงานจัดหางานจังหวัดศรีนครไชย"])
    assert another_place(own, ["สำนักงานแรงงานจังหวัดขอนแก่น"])
    assert not another_place(own, ["สำนักงานแรงงานจังหวัดศรีนครไชย"])
    assert not another_place(own, ["ศาลากลางจังหวัดศรีนครไชย ชั้น 3"])
    # a body named by its place but no province (an institute, a camp): the province's offices are others
    institute = own_name("หน้าหลัก | สถาบันพัฒนาฝีมือแรงงาน 34 ภูผาหลวง")
    assert another_place(institute, ["สำนักงานจัดหางานจังหวัดภูผาหลวง กรมการจัดหางาน"])
    assert not another_place(institute, ["สถาบันพัฒนาฝีมือแรงงาน 34 ภูผาหลวง"])


def test_a_post_of_a_meeting_about_the_report_is_not_the_report():
    # "ประชุมสรุปผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2567" (labouroffice O26)
    title = "ประชุมสรุปผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2567"
    story = "วันที่ 7 มีนาคม 2568 สำนักงานประชุมบุคลากรเพื่อทบทวนผลการดำเนินงาน ดำเนินการแล้วเสร็จ 8 จาก 9 กิจกรรม"
    home = page("", "หน้าหลัก | สำนักงานแรงงานจังหวัดศรีนครไชย", depth=0, links=[link("news/440/", title)])
    result = judge68([home, page("news/440/", title, f"{title}\n{story}")], "O26")
    assert result.status == "review" and any("ข่าวการประชุม" in p for p in result.problems), result
    report = "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ 2567"
    home = page("", "หน้าหลัก | สำนักงานแรงงานจังหวัดศรีนครไชย", depth=0, links=[link("news/441/", report)])
    assert judge68([home, page("news/441/", report, f"{report}\n{story}")], "O26").status == "found"


def test_what_a_forum_is_held_for_is_not_the_forums_subject():
    # "เปิดเวทีรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ในการจัดทำแผนปฏิบัติการ ประจำปี 2569" linked by the
    # ITA row of participation (eduarea O19): a forum, not the action plan; a title that opens with
    # making the plan keeps it
    title = "สพป.ภูผาทอง เขต 2 เปิดเวทีรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ในการจัดทำแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2569"
    assert "annual_action_plan" in {h.topic for h in topics_named(title)}
    assert "annual_action_plan" not in {h.topic for h in topics_named(subject_part(title))}
    assert subject_part("การจัดทำแผนปฏิบัติการ ประจำปี 2569") == "การจัดทำแผนปฏิบัติการ ประจำปี 2569"
    assert subject_part("ประชุมเพื่อจัดทำแผนพัฒนาท้องถิ่น") == "ประชุม"


def test_standing_hr_criteria_serve_any_year_beside_the_years_plan():
    # criteria issued in 2566 (standing rules) with a plan 2567-2569 (lateupdate O13): found, and the
    # plan, the part of the year, is the first evidence
    crit = "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล\nเทศบาลตำบลดอนหว้าน้อย\n1. การสรรหาและเลือกสรร\nประกาศ ณ วันที่ 3 มีนาคม 2566"
    plan = "แผนพัฒนาบุคลากร ประจำปีงบประมาณ พ.ศ. 2567 - 2569\nเทศบาลตำบลดอนหว้าน้อย\nหลักสูตร กลุ่มเป้าหมาย 2567 2568 2569"
    facts = [page("", "หน้าแรก | เทศบาลตำบลดอนหว้าน้อย", depth=0, links=[
                 link("f/crit.pdf", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล"),
                 link("f/plan.pdf", "แผนพัฒนาบุคลากร 2567 - 2569")]),
             doc("f/crit.pdf", crit), doc("f/plan.pdf", plan)]
    result = judge(facts, "O13")
    assert result.status == "found" and first(result) == "/f/plan.pdf", result


def test_a_meeting_that_hears_opinions_is_no_opinion_channel():
    # "จัดประชุมเครือข่ายภาคประชาชน รับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย" linked as participation (prison O19)
    title = "เรือนจำจังหวัดนาคบุรีจัดประชุมเครือข่ายภาคประชาชน รับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย ประจำปี 2569"
    assert "opinion_channel" not in {h.topic for h in topics_named(title)}
    assert "opinion_channel" in {h.topic for h in topics_named("ช่องทางรับฟังความคิดเห็น")}


def test_a_ministrys_hr_criteria_serve_its_hospital():
    # กระทรวงสาธารณสุข's HR criteria beside the hospital's own HR plan of the year (communityhosp
    # O13): rules a body above issues for all its units serve the unit (`issued_above`); its
    # annual report would not (test_a_departments_report_on_a_provincial_offices_site...)
    crit = ("ประกาศกระทรวงสาธารณสุข\nเรื่อง หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล\nกระทรวงสาธารณสุข\n"
            "ข้อ ๑ การสรรหาและเลือกสรร\nประกาศ ณ วันที่ ๑๐ มกราคม ๒๕๖๖")
    plan = "แผนพัฒนาบุคลากร ประจำปีงบประมาณ พ.ศ. 2569\nโรงพยาบาลนาคูณใหญ่\nหลักสูตร กลุ่มเป้าหมาย งบประมาณ"
    facts = [page("", "หน้าหลัก - โรงพยาบาลนาคูณใหญ่", depth=0, links=[
                 link("f/crit.pdf", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล (กระทรวงสาธารณสุข)"),
                 link("f/plan.pdf", "แผนพัฒนาบุคลากร 2569")]),
             doc("f/crit.pdf", crit), doc("f/plan.pdf", plan)]
    result = judge(facts, "O13")
    assert result.status == "found" and not any("ต้นสังกัด" in p for p in result.problems), result


def test_a_cms_article_whose_only_file_is_gone_is_no_evidence_though_every_article_says_download():
    # a Joomla site posts each document as an article "<title> / เขียนโดย ... / ดาวน์โหลดเอกสาร (PDF)":
    # "ดาวน์โหลดเอกสาร" is on most pages, yet it is each article's file (tambonsouth O24)
    titles = ["ประกาศผู้ชนะการเสนอราคา", "แผนการจัดหาพัสดุ", "ประกาศรับสมัครพนักงานจ้าง", "รายงานการประชุมสภา",
              "ประกาศราคากลาง", "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568"]
    facts = [page("", "หน้าแรก - เทศบาลตำบลควนลังกาใต้", depth=0,
                  links=[link(f"a/{n}.html", t) for n, t in enumerate(titles)])]
    for n, t in enumerate(titles):
        facts.append(page(f"a/{n}.html", f"{t} - เทศบาลตำบลควนลังกาใต้",
                          f"{t}\nเขียนโดย Administrator วันที่ 20 พฤศจิกายน 2568\nดาวน์โหลดเอกสาร\n(PDF)",
                          links=[link(f"f/{n}.pdf", "ดาวน์โหลดเอกสาร", context="ดาวน์โหลดเอกสาร (PDF)")]))
        facts.append(broken(f"f/{n}.pdf") if n == 5 else doc(f"f/{n}.pdf", f"{t}\nเทศบาลตำบลควนลังกาใต้"))
    result = judge(facts, "O24")
    assert result.status == "missing" and result.broken_links, result
    assert result.broken_links[0].url.endswith("f/5.pdf")


def test_a_file_titled_only_in_a_topics_form_is_found_through_its_viewer_page():
    # vocational O5: a Drive-like viewer page (a title and a download button) carries a PDF titled
    # "แผนพัฒนาการจัดการอาชีวศึกษา ระยะ 5 ปี (พ.ศ. 2566 – 2570)": no phrase of the lexicon, a
    # development plan by its form ("แผนพัฒนา ... ระยะ 5 ปี"), found by the audit's own pass (whose
    # prefilter reads a file's title lines as titles)
    title = "แผนพัฒนาการจัดการอาชีวศึกษา ระยะ 5 ปี (พ.ศ. 2566 – 2570)"
    facts = [page("", "หน้าหลัก - วิทยาลัยเทคนิคภูผาทอง", depth=0, links=[link("view/775/", title)]),
             page("view/775/", f"{title} - วิทยาลัยเทคนิคภูผาทอง", f"{title}\nดาวน์โหลด",
                  links=[link("uc/775.pdf", "ดาวน์โหลด")]),
             doc("uc/775.pdf", f"{title}\nวิทยาลัยเทคนิคภูผาทอง\nส่วนที่ 1 ข้อมูลพื้นฐานของสถานศึกษา", "ดาวน์โหลด")]
    o5 = next(r for r in match_all(facts, ROOT, Y2569) if r.code == "O5")
    assert o5.status == "found", o5
    assert "dev_plan" not in {h.topic for h in topics_named("แผนพัฒนาบุคลากร ระยะ 3 ปี", start=True)}


# ------------------------------------------------------------- eighth session: whose, when posted


def _home(title: str, links: list[Link]) -> Fact:
    return page("", title, "หน้าหลัก", depth=0, links=links)


def test_a_file_without_a_year_put_up_two_years_before_is_outdated():
    # a scanned risk assessment: no year the tool may read, but its row says when it went up
    def site(day: str) -> list[Fact]:
        row = f"ผลการประเมินความเสี่ยงการทุจริต {day} 46.4 KB"
        return [_home("องค์การบริหารส่วนตำบลโนนงาม", [link("download/", "ดาวน์โหลด")]),
                page("download/", "ดาวน์โหลดเอกสาร", row, links=[link("files/30943.pdf", "ผลการประเมินความเสี่ยงการทุจริต", context=row)]),
                doc("files/30943.pdf", "การประเมินความเสี่ยงการทุจริต\nองค์การบริหารส่วนตำบลโนนงาม\nตารางระดับความเสี่ยง")]
    old = judge(site("4 ต.ค. 2566"), "O21")  # FY2567, two years before ITA 2569
    assert old.status == "outdated"
    assert "ลงไว้ในปีงบประมาณ 2567" in " ".join(old.problems)
    assert judge(site("4 ต.ค. 2568"), "O21").status == "review"  # this year's row: a person reads the year


def test_a_list_of_other_documents_linked_as_the_item_is_not_the_item():
    rows = [(f"O{n}", t, f"ita/o{n}.html") for n, t in ((1, "โครงสร้าง"), (2, "ผู้บริหาร"), (3, "ติดต่อ"), (4, "ข่าว"))]
    rows += [("O13", "หลักเกณฑ์การบริหารทรัพยากรบุคคล", "download/hr/"), ("O14", "งานบริหารงานบุคคล", "download/hr/")]

    def site(extra: list[tuple[str, str]]) -> list[Fact]:
        files = [("files/1.pdf", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล"), ("files/2.pdf", "แผนพัฒนาบุคลากร 3 ปี (2569-2571)"), *extra]
        listing = page("download/hr/", "งานบริหารงานบุคคล", "\n".join(t for _p, t in files),
                       links=[link(p, t, context=t) for p, t in files])
        docs = [doc(p, f"{t}\nองค์การบริหารส่วนตำบลโนนงาม") for p, t in files]
        return [_home("องค์การบริหารส่วนตำบลโนนงาม", [link("ita/", "ITA")]), _ita_page("ita/", "ITA 2569", rows), listing, *docs]

    missing = judge(site([]), "O14")
    assert missing.status == "missing"
    assert "หน้ารวมเอกสารเรื่องอื่น" in " ".join(missing.problems) and "download/hr/" in " ".join(missing.problems)
    report = [("files/3.pdf", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ 2568")]
    assert judge(site(report), "O14").status == "found"


def test_a_letter_the_agency_received_is_not_its_own_document():
    def site(dear: str) -> list[Fact]:
        text = ("ที่ ชย 0318/ว 1462\nอำเภอเกษตรสมบูรณ์\nเรื่อง แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569\n"
                f"{dear}\nด้วยจังหวัดได้จัดทำแผนปฏิบัติการป้องกันการทุจริต รายละเอียดตามสิ่งที่ส่งมาด้วย")
        return [_home("องค์การบริหารส่วนตำบลหนองกระทุ่มทอง", [link("files/1747.pdf", "แผนปฏิบัติการป้องกันการทุจริต 2569")]),
                doc("files/1747.pdf", text)]
    received = judge(site("เรียน นายกองค์การบริหารส่วนตำบลทุกแห่ง"), "O23")
    assert received.status == "missing" and "หนังสือที่หน่วยงานได้รับ" in " ".join(received.problems)
    circular = [_home("เทศบาลเมืองศรีพนาราม", [link("files/1.pdf", "แผนปฏิบัติการป้องกันการทุจริต 2569")]),
                doc("files/1.pdf", "สำนักงาน ป.ป.ช. ประจำจังหวัดชัยภูมิ\nที่ ปช 0026(ชย)/ว 0417\n"
                    "เรื่อง แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569\n"
                    "เรียน นายกเทศมนตรี นายกองค์การบริหารส่วนตำบล ทุกแห่งในจังหวัดชัยภูมิ\nด้วย ...")]
    assert judge(circular, "O23").status == "missing"
    copy = [_home("เทศบาลตำบลดอนพะยอม", [link("files/41555.pdf", "แนวทาง No Gift (จังหวัด)")]),
            doc("files/41555.pdf", "สำเนา หนังสือจังหวัดชัยภูมิ ที่ ชย 0023.3/ว 1874\n"
                "เรื่อง แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569\n"
                "เรียน นายอำเภอทุกอำเภอ นายกเทศมนตรีทุกแห่ง\nด้วยสำนักงาน ป.ป.ช. แจ้งแนวทาง ...")]
    assert judge(copy, "O23").status == "missing"  # a copy of the province's letter, its number inside a line
    assert judge(site("เรียน นายอำเภอเกษตรสมบูรณ์"), "O23").status == "found"  # the agency's own letter sending it


def test_a_page_saying_the_document_is_another_bodys_is_not_the_agencys():
    def site(title: str, story: str = "โครงการและกิจกรรม 12 โครงการ ตามมิติที่ 1-4 งบประมาณรวม 350,000 บาท\n") -> list[Fact]:
        return [_home("องค์การบริหารส่วนตำบลหนองกระทุ่มทอง", [link("news/508/", title)]),
                page("news/508/", title, f"{title}\nโพสต์เมื่อ 3 พ.ย. 2568 โดย admin\n{story}รายละเอียดตามเอกสารแนบ")]
    assert judge(site("แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2569 ของจังหวัดชัยภูมิ"), "O23").status == "missing"
    own = "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2569 ขององค์การบริหารส่วนตำบลหนองกระทุ่มทอง"
    assert judge(site(own), "O23").status == "found"
    # a post of a title and a by-line saying the details are in an attachment it does not have
    # publishes nothing: a person looks
    assert judge(site(own, story=""), "O23").status == "review"


def test_a_post_whose_story_opens_with_another_unit_is_that_units():
    def site(story: str) -> list[Fact]:
        title = "แผนพัฒนาการศึกษา (พ.ศ. 2566-2570)"
        return [_home("หน้าแรก | เทศบาลตำบลดอนหวายทอง", [link("node/281/", title)]),
                page("node/281/", f"{title} | เทศบาลตำบลดอนหวายทอง", f"{title}\nส่งโดย admin เมื่อ 7 ก.พ. 2567\n{story}",
                     headings=[title])]
    assert judge(site("ศูนย์พัฒนาเด็กเล็กบ้านดอนหวาย เผยแพร่แผนพัฒนาการศึกษา"), "O5").status == "missing"
    assert judge(site("เทศบาลตำบลดอนหวายทอง เผยแพร่แผนพัฒนาการศึกษา"), "O5").status == "found"


def test_a_list_of_posts_topped_by_an_invitation_is_not_the_assessment():
    headings = ["ข่าวประชาสัมพันธ์", "ขอเชิญคณะทำงานประชุมประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ 2569",
                "รณรงค์ป้องกันโรคไข้เลือดออก"]
    news = page("news/", "ข่าวประชาสัมพันธ์", "\n".join([headings[0], headings[1], "22 เม.ย. 2569",
                "ขอเชิญคณะทำงานเข้าร่วมประชุม ในวันที่ 2 พ.ค. 2569", headings[2], "14 มี.ค. 2569"]), headings=headings)
    result = judge([_home("เทศบาลตำบลดอนหวายทอง", [link("news/", "ข่าวประชาสัมพันธ์")]), news], "O21")
    assert result.status != "found"


def test_a_category_of_teasers_is_read_under_the_items_own_heading():
    # the second teaser's years (a 3-year plan) and the first's upload date are no year of the report
    headings = ["การบริหารงานบุคคล", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", "แผนพัฒนาพนักงาน (พ.ศ. 2568 - 2570)"]
    category = page("cat/4/", "การบริหารงานบุคคล | เทศบาลตำบลดอนหวายทอง",
                    "\n".join([headings[0], headings[1], "27 ต.ค. 2567", headings[2], "16 ต.ค. 2567"]), headings=headings)
    result = judge([_home("เทศบาลตำบลดอนหวายทอง", [link("cat/4/", "การบริหารงานบุคคล")]), category], "O14")
    assert result.status == "review"
    assert "ไม่ระบุปีงบประมาณ" in " ".join(result.problems)


def test_the_agencys_own_complaint_centre_named_in_its_guide_is_its_own():
    text = ("คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ\n"
            "ร้องเรียนด้วยตนเอง ณ ศูนย์รับเรื่องร้องเรียน สำนักงานปศุสัตว์จังหวัดชัยบุรี / ทางโทรศัพท์\n"
            "ขั้นตอนการจัดการเรื่องร้องเรียน ระยะเวลาดำเนินการ 15 วัน")
    facts = [_home("หน้าหลัก - สำนักงานปศุสัตว์จังหวัดชัยบุรี", [link("files/30648.pdf", "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")]),
             doc("files/30648.pdf", text)]
    assert judge(facts, "O16").status == "found"


def test_a_part_held_in_a_chapter_of_another_parts_document_is_there():
    def site(chapter: str) -> list[Fact]:
        text = ("รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2567\nสำนักงานการท่องเที่ยวและกีฬาจังหวัดศรีวารี\n"
                "ส่วนที่ 1 ผลการดำเนินงานตามภารกิจ\nโครงการส่งเสริมการท่องเที่ยว 12 โครงการ\n"
                f"{chapter}\nงบประมาณที่ได้รับจัดสรร 5,406,800 บาท เบิกจ่าย 97.79 %")
        return [_home("สำนักงานการท่องเที่ยวและกีฬาจังหวัดศรีวารี", [link("files/30251.doc", "รายงานผลการดำเนินงานประจำปี 2567")]),
                doc("files/30251.doc", text)]
    whole = judge68(site("ส่วนที่ 2 รายงานผลการใช้จ่ายงบประมาณประจำปี"), "O7")
    assert whole.status == "found"
    assert any("อยู่ในเอกสารเดียวกับส่วน" in r for r in whole.reasons)
    assert judge68(site("ส่วนที่ 2 ปัญหาและข้อเสนอแนะ"), "O7").status != "found"
    # a labelled section (its name, a colon, its figures) is a chapter too; a sentence naming it is not
    labelled = judge68(site("ผลการใช้จ่ายงบประมาณประจำปี : ได้รับจัดสรร 5,406,800 บาท"), "O7")
    assert labelled.status == "found" and any("ผลการใช้จ่ายงบประมาณประจำปี" in r for r in labelled.reasons)
    said = "รายงานผลการใช้จ่ายงบประมาณประจำปีจะเสนอแยกต่างหาก ตามหนังสือ ที่ ชบ 0012/ว 45 : ลงวันที่ 3 ตุลาคม 2567"
    assert judge68(site(said), "O7").status != "found"


def test_a_months_row_opening_another_months_summary_does_not_publish_that_month():
    months = ["ตุลาคม 2568", "พฤศจิกายน 2568", "ธันวาคม 2568", "มกราคม 2569", "กุมภาพันธ์ 2569", "มีนาคม 2569"]
    rows = [(m, f"f/{n}.pdf") for n, m in enumerate(months)]
    links = [link(p, "ดาวน์โหลด", context=f"สขร.1 ประจำเดือน{m} ดาวน์โหลด") for m, p in rows]
    text = ("สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ 2569 เผยแพร่ตามมาตรา 9 (8) แห่งพระราชบัญญัติ"
            "ข้อมูลข่าวสารของราชการ พ.ศ. 2540 เพื่อให้ประชาชนตรวจสอบการใช้จ่ายเงินของหน่วยงานได้ทุกเดือน\n"
            + "\n".join(f"สขร.1 ประจำเดือน{m}\nดาวน์โหลด" for m, _ in rows))

    def site(january: str) -> list[Fact]:
        facts = [page("", "หน้าแรก", depth=0, links=[link("monthly.html", "สรุปผลการจัดซื้อจัดจ้างรายเดือน")]),
                 page("monthly.html", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", text, links=links)]
        for m, p in rows:  # each file titled by its month, signed the month after
            own = january if m == "มกราคม 2569" else m
            facts.append(doc(p, f"แบบ สขร.1\nสรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน{own}\nวันที่ 9 เดือน กุมภาพันธ์ พ.ศ. 2569"))
        return facts
    assert judge(site("มกราคม 2569"), "O11").status == "found"
    for wrong_file in ("มกราคม 2568", "ธันวาคม 2568"):  # last year's January; December uploaded again
        result = judge(site(wrong_file), "O11")
        assert result.status == "review" and "ม.ค. 2569" in " ".join(result.problems)


def test_a_download_list_of_the_items_files_is_judged_by_its_files():
    rows = [("files/1.pdf", "รายงานผลการดำเนินงานประจำปีงบประมาณ 2568 (แรงงานจังหวัดพิจิตร)"),
            ("files/2.pdf", "รายงานประจำปี สำนักงานประกันสังคมจังหวัดพิจิตร")]
    tabs = "แผนงาน\n|\nงบประมาณ\n|\nจัดซื้อจัดจ้าง\n|\nการบริหารงานบุคคล\n|\nคุณธรรมและความโปร่งใส\n|\nเอกสารทั่วไป"
    listing = page("download/report/", "ดาวน์โหลด : รายงานผลการดำเนินงาน",
                   f"ดาวน์โหลด : รายงานผลการดำเนินงาน\n{tabs}\nลำดับ\nชื่อเอกสาร\nวันที่\nไฟล์\n"
                   + "\n".join(f"{n}\n{t}\n12 พ.ย. 2568\nดาวน์โหลด\n(15.3 KB)" for n, (_p, t) in enumerate(rows, 1)),
                   links=[link(p, "ดาวน์โหลด", context=f"{t} ดาวน์โหลด (15.3 KB)") for p, t in rows])
    facts = [_home("สำนักงานประกันสังคมจังหวัดพิจิตร", [link("download/report/", "รายงานผลการดำเนินงาน")]), listing,
             doc("files/1.pdf", "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2568\nสำนักงานแรงงานจังหวัดพิจิตร"),
             doc("files/2.pdf", "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2567\nสำนักงานประกันสังคมจังหวัดพิจิตร")]
    result = judge(facts, "O7")  # the page is no 2568 report by another office's row
    assert result.status == "outdated" and first(result) == "/files/2.pdf"


def test_a_plans_category_does_not_lend_the_annual_plans_year_to_the_development_plan():
    head = "ศูนย์ข้อมูลข่าวสาร : แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน"
    tabs = ["แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", "เทศบัญญัติงบประมาณรายจ่าย", "รายงานผลการดำเนินงาน", "คู่มือ"]
    rows = [("detail/2/", "แผนการดำเนินงาน ประจำปีงบประมาณ 2568", "2568", "11 พ.ย. 2567"),
            ("detail/1/", "แผนพัฒนาท้องถิ่น (พ.ศ.2561-2565) เพิ่มเติม/เปลี่ยนแปลง ฉบับที่ 4", "2564", "3 มิ.ย. 2564")]
    text = "\n".join([head, "หมวดหมู่ :", *tabs, "ที่", "เรื่อง", "ปี", "วันที่"]
                     + [x for n, (_p, t, y, d) in enumerate(rows, 1) for x in (str(n), t, y, d)])
    links = [link(f"cat/{n}/", t, context=head) for n, t in enumerate(tabs)]
    links += [link(p, t, context=f"{n} {t} {y} {d}") for n, (p, t, y, d) in enumerate(rows, 1)]
    category = page("cat/0/", f"{head} - เทศบาลเมืองศรีพนาราม", text, headings=[head], links=links)
    ita = [(f"O{n}", t, f"ita/o{n}.html") for n, t in ((1, "โครงสร้าง"), (2, "ผู้บริหาร"), (3, "ติดต่อ"), (4, "ข่าว"))]
    ita.append(("O5", "แผนพัฒนาท้องถิ่น", "cat/0/"))
    facts = [_home("เทศบาลเมืองศรีพนาราม", [link("ita/", "ITA 2568")]), _ita_page("ita/", "ITA 2568", ita), category]
    result = judge68(facts, "O5")  # the category's rows: the 2568 one is the annual plan's; the plan's own ended in 2565
    assert result.status == "outdated"


def test_a_files_own_detail_page_dates_it():
    def site(day: str) -> list[Fact]:
        detail = page("detail/2383/", "ประกาศนโยบาย No Gift Policy", f"ประกาศนโยบาย No Gift Policy\nหมวดหมู่\nปี\n\nวันที่ลงข้อมูล\n{day}\n"
                      "เปิดอ่าน\n284 ครั้ง\nดาวน์โหลดเอกสาร\n(PDF, 16.3 KB)",
                      links=[link("upload/534372.pdf", "ดาวน์โหลดเอกสาร", context="ประกาศนโยบาย No Gift Policy")])
        return [_home("เทศบาลเมืองศรีพนาราม", [link("detail/2383/", "ประกาศนโยบาย No Gift Policy")]), detail,
                doc("upload/534372.pdf", "ประกาศเทศบาลเมืองศรีพนาราม\nเรื่อง นโยบายไม่รับของขวัญ (No Gift Policy)\nขอให้บุคลากรทุกคนถือปฏิบัติ")]
    old = judge(site("15 พ.ย. 2565"), "O20")
    assert old.status == "outdated" and first(old) == "/upload/534372.pdf"
    assert judge(site("15 พ.ย. 2568"), "O20").status == "review"


def test_a_page_with_the_online_form_stays_evidence_when_it_also_carries_a_file():
    title = "ระบบขอรับบริการข้อมูลสถิติออนไลน์ (E-Service)"
    text = "\n".join([title, "ผู้ใช้ข้อมูลสามารถขอรับข้อมูลสถิติได้ทางออนไลน์ โดยไม่ต้องเดินทางมาที่สำนักงาน",
                      "แบบคำขอรับบริการข้อมูลสถิติ", "ชื่อ-นามสกุล", "อีเมล", "ข้อมูลที่ต้องการ", "ส่งคำขอ",
                      "สถิติการให้บริการข้อมูล ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)"])
    eservice = page("eservice/", title, text + "\nคำแนะนำการขอรับบริการข้อมูลสถิติ", headings=[title, "แบบคำขอรับบริการข้อมูลสถิติ"],
                    forms=1, links=[link("files/stats.xlsx", "สถิติการให้บริการข้อมูล ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)",
                                         context="แบบคำขอรับบริการข้อมูลสถิติ"),
                                    link("files/guide.pdf", "คำแนะนำการขอรับบริการข้อมูลสถิติ", context="แบบคำขอรับบริการข้อมูลสถิติ")])
    facts = [_home("สำนักงานสถิติจังหวัดพิจิตร", [link("eservice/", "E-Service")]), eservice,
             doc("files/stats.xlsx", "สถิติการให้บริการข้อมูลสถิติ ปีงบประมาณ พ.ศ. 2569\nต.ค. 68 - มี.ค. 69\nE-Service 52 ราย"),
             doc("files/guide.pdf", "คำแนะนำการขอรับบริการข้อมูลสถิติ\nขั้นตอนการขอรับบริการ")]
    result = judge(facts, "O10")  # the form on the page is the online service; the file its figures
    assert result.status == "found" and first(result) == "/eservice/"


def test_a_page_the_ita_row_links_that_says_it_has_no_file_is_a_placeholder():
    rows = [(f"O{n}", t, f"ita/o{n}.html") for n, t in ((1, "โครงสร้าง"), (2, "ผู้บริหาร"), (3, "ติดต่อ"), (4, "ข่าว"))]
    rows.append(("O22", "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต", "ita/o22/"))

    def site(body: str) -> list[Fact]:
        title = "o22 รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต"
        return [_home("สำนักงานคุมประพฤติจังหวัดอุทัยธานี", [link("ita/", "ITA 2569")]), _ita_page("ita/", "ITA 2569", rows),
                page("ita/o22/", title, f"{title}\nหมวด : ITA 2569\n{body}\nปรับปรุงล่าสุด 12 ม.ค. 2569")]
    empty = judge(site("ไฟล์แนบ\nไม่มีไฟล์แนบ"), "O22")  # (the design: a placeholder page leaves the item at review)
    assert empty.status == "review" and "ยังไม่มีเนื้อหา" in " ".join(empty.problems)
    report = ("ผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2568 ดำเนินการครบ 3 มาตรการ "
              "ได้แก่ การตรวจสอบการเบิกจ่าย การหมุนเวียนเจ้าหน้าที่ และการเปิดเผยข้อมูลการจัดซื้อจัดจ้างทุกเดือน")
    assert judge(site(report), "O22").status == "found"


def test_a_documents_title_block_ends_where_its_first_section_begins():
    text = ("แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568\nสำนักงานพลังงานจังหวัดวารินนคร\nส่วนที่ 1 บทนำ\n"
            "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568 จัดทำให้สอดคล้องกับแผนปฏิบัติราชการระยะ 5 ปี\n"
            "ของสำนักงานปลัดกระทรวงพลังงาน\nส่วนที่ 2 โครงการ งบประมาณ และระยะเวลาดำเนินงาน")
    facts = [_home("สำนักงานพลังงานจังหวัดวารินนคร", [link("files/3108.pdf", "ดาวน์โหลด")]), doc("files/3108.pdf", text)]
    assert judge68(facts, "O5").status == "missing"  # the annual plan mentions the 5-year plan: it is not one


def test_an_announcement_of_another_office_of_the_province_is_not_the_agencys():
    def site(issuer: str) -> list[Fact]:
        text = (f"ประกาศ{issuer}\nเรื่อง นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)\n"
                "ประจำปีงบประมาณ พ.ศ. 2569\nขอประกาศให้ข้าราชการและเจ้าหน้าที่ทุกคนไม่รับของขวัญ")
        return [_home("สำนักงานพาณิชย์จังหวัดภูวนาถ", [link("files/1.pdf", "ประกาศ No Gift Policy ปี 2569")]), doc("files/1.pdf", text)]
    assert judge(site("สำนักงานการค้าภายในจังหวัดภูวนาถ"), "O20").status == "missing"
    assert judge(site("สำนักงานพาณิชย์จังหวัดภูวนาถ"), "O20").status != "missing"
    post = "สำนักงานการค้าภายในจังหวัดภูวนาถ ประกาศนโยบาย No Gift Policy ปี 2569"
    facts = [_home("สำนักงานพาณิชย์จังหวัดภูวนาถ", [link("news/476/", post)]),
             page("news/476/", post, f"{post}\nวันที่ 3 ต.ค. 2568\nรายละเอียดตามไฟล์แนบ")]
    assert judge(facts, "O20").status == "missing"


def test_a_files_own_package_page_does_not_lend_the_file_its_title_year():
    # a download manager's package page: a title, a size, a count, a button; the file inside decides
    def site(year_inside: str) -> list[Fact]:
        title = "รายงานผลการดำเนินงานประจำปี 2568"
        package = page("download/annual-report/", title, f"{title}\nเอกสารรายงานผลการดำเนินงานประจำปีของเทศบาลนคร"
                       "\nขนาดไฟล์ 1.2 MB\nดาวน์โหลด 35 ครั้ง\nดาวน์โหลด",
                       links=[link("download/annual-report/file.pdf", "ดาวน์โหลด", context=title)])
        return [_home("เทศบาลนครเวียงชัยบุรี", [link("download/annual-report/", title)]), package,
                doc("download/annual-report/file.pdf",
                    f"รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. {year_inside}\nเทศบาลนครเวียงชัยบุรี\nผลการดำเนินงานตามแผน 45 โครงการ")]
    old = judge(site("2567"), "O7")
    assert old.status == "outdated" and first(old) == "/download/annual-report/file.pdf"
    assert judge(site("2568"), "O7").status in ("found", "review")  # (the budget part may be asked too)


def test_the_plan_is_not_the_report_of_what_was_done_under_it():
    def site(title: str) -> list[Fact]:
        text = f"{title}\nสำนักงานเกษตรอำเภอห้วยทรายคำ จังหวัดกาฬสินธุ์\nความเสี่ยง มาตรการควบคุม ผู้รับผิดชอบ ระยะเวลา"
        return [_home("สำนักงานเกษตรอำเภอห้วยทรายคำ", [link("files/13120.pdf", "แผนบริหารจัดการความเสี่ยงการทุจริต ปี 2568")]),
                doc("files/13120.pdf", text)]
    plan = judge(site("แผนบริหารจัดการความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2568"), "O22")
    assert plan.status == "missing" and "เป็นตัวแผน" in " ".join(plan.problems)
    report = judge(site("รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2568"), "O22")
    assert report.status == "found"


def test_a_draft_plan_handed_out_at_a_forum_is_not_the_forums_results():
    # "(ร่าง) แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) / เอกสารประกอบการประชุมประชาคมตำบล": the plan's
    # years cover 2569, but a plan (or its draft) is not the results of participation
    def site(title: str) -> list[Fact]:
        text = f"{title}\nเอกสารประกอบการประชุมประชาคมตำบล\nเทศบาลตำบลดอนตะแบกงาม\nยุทธศาสตร์ 2566 2567 2568 2569 2570"
        return [_home("เทศบาลตำบลดอนตะแบกงาม", [link("files/27355.docx", "ร่างแผนพัฒนาท้องถิ่น (ประชาคมตำบล)")]),
                doc("files/27355.docx", text)]
    plan = judge(site("(ร่าง) แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)"), "O19")
    assert plan.status == "missing" and "เป็นตัวแผน" in " ".join(plan.problems), plan
    assert judge(site("สรุปผลการประชุมประชาคมตำบล ประจำปี 2569"), "O19").status == "found"


def test_an_invitation_listed_on_a_participation_page_lends_the_page_no_year():
    # /participation/ lists this year's invitation above last year's results: its only year is
    # the invitation's date, which is no year of any result
    listing = page("participation/", "การเปิดโอกาสให้มีส่วนร่วม",
                   "การเปิดโอกาสให้มีส่วนร่วม\nขอเชิญร่วมประชุมรับฟังความคิดเห็นต่อ (ร่าง) มาตรฐานข้อมูลเมือง 21 พฤษภาคม 2569\n"
                   "สรุปผลการประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสียต่อ (ร่าง) มาตรฐานข้อมูลเมืองด้านสาธารณสุข",
                   links=[link("news/214/", "สรุปผลการประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย")])
    done = page("news/214/", "สรุปผลการประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย",
                "สรุปผลการประชุมรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย\nเผยแพร่ 14 ส.ค. 2567\nเมื่อวันที่ 8 สิงหาคม 2567"
                " ผู้เข้าร่วม 186 คน ข้อเสนอ 43 ข้อ")
    home = _home("สำนักงานพัฒนามาตรฐานข้อมูลเมือง (องค์การมหาชน)", [link("participation/", "การมีส่วนร่วม")])
    result = judge([home, listing, done], "O19")
    assert result.status == "outdated", result


def test_a_page_of_statistics_is_as_old_as_the_months_its_table_counts():
    table = "\n".join(f"{m}\n{n}\n{e}" for m, n, e in zip(
        ["ต.ค. 66", "พ.ย. 66", "ธ.ค. 66", "ม.ค. 67", "ก.พ. 67", "มี.ค. 67"], [184, 203, 156, 221, 197, 265],
        [41, 55, 38, 62, 47, 70], strict=True))
    stats = page("eservice/stats/", "ข้อมูลสถิติการให้บริการ",
                 "ข้อมูลสถิติการให้บริการ\nสถิติการให้บริการ ศูนย์บริการ ณ จุดเดียว (One Stop Service) และ E-Service\n"
                 f"เดือน\nผู้รับบริการ ณ สำนักงาน (ราย)\nE-Service (ราย)\n{table}\nรวม\n1,226\n313\n"
                 "ปรับปรุงข้อมูลล่าสุด 8 ต.ค. 2567\nดูเพิ่มเติม:\nผลการประเมินความพึงพอใจผู้รับบริการ ไตรมาส 1/2568")
    home = _home("สำนักงานตัวอย่าง", [link("eservice/stats/", "สถิติการให้บริการ")])
    y2568 = load_checklist(2568)
    item = next(i for i in y2568.items if i.topic == "service_statistics")
    result = judge_item(SiteIndex.build([home, stats], ROOT), item, y2568)
    assert result.status == "outdated" and "2567" in " ".join(result.problems), result


def test_statistics_dated_only_by_a_post_in_the_first_month_of_the_year_are_doubtful():
    """A year's tally put up on 30 ต.ค. 2567 (FY2568's first month), naming no year of its own, most
    likely counts FY2567: review, not found; the same post in March is this year's."""
    y2568 = load_checklist(2568)
    item = next(i for i in y2568.items if i.topic == "complaint_statistics")

    def verdict(day: str):
        post = page("index.php.q/id=111/", "สถิติเรื่องร้องเรียนการทุจริต",
                    f"สถิติเรื่องร้องเรียนการทุจริต\nเขียนโดย admin · {day}\nไตรมาส 1\n1\nไตรมาส 2\n0\n"
                    "ไตรมาส 3\n2\nไตรมาส 4\n0\nรวม 3 เรื่อง ดำเนินการแล้วเสร็จ 3 เรื่อง")
        home = _home("สำนักงานตัวอย่าง", [link("index.php.q/id=111/", "สถิติเรื่องร้องเรียนการทุจริต")])
        return judge_item(SiteIndex.build([home, post], ROOT), item, y2568)

    october = verdict("30 ต.ค. 2567")
    assert october.status == "review", october
    assert any("เดือนแรกของปีงบประมาณ 2568" in p and "2567" in p for p in october.problems), october.problems
    assert verdict("15 มี.ค. 2568").status == "found"


def test_consumer_complaint_statistics_are_not_corruption_complaint_statistics():
    def site(title: str) -> list[Fact]:
        text = f"{title}\nเดือน\tรับเรื่อง\tดำเนินการแล้ว\nตุลาคม 2568\t18\t18\nพฤศจิกายน 2568\t14\t14"
        return [_home("สำนักงานพาณิชย์จังหวัดตัวอย่าง", [link("files/30750.xlsx", "สถิติเรื่องร้องเรียน ปีงบประมาณ 2569")]),
                doc("files/30750.xlsx", text)]
    consumer = judge(site("สถิติการรับเรื่องร้องเรียนผู้บริโภค ปีงบประมาณ 2569"), "O18")
    assert consumer.status == "missing" and "ผู้บริโภค" in " ".join(consumer.problems), consumer
    assert judge(site("สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ 2569"), "O18").status == "found"
    # general complaints counted beside corruption complaints: the table names corruption
    both = judge(site("สถิติเรื่องร้องเรียนทั่วไป และเรื่องร้องเรียนการทุจริต ปีงบประมาณ 2569"), "O18")
    assert both.status == "found"


def test_a_manual_on_handling_complaints_is_the_complaint_guideline():
    text = "คู่มือการดำเนินงานเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ\nองค์การบริหารส่วนตำบลแม่ทะลอง\nขั้นตอน: ลงทะเบียนรับเรื่อง"
    ita = page("ita/2569/", "ITA 2569", "o16 แนวปฏิบัติการจัดการเรื่องร้องเรียน ดาวน์โหลด", links=[
        link("files/4024.docx", "ดาวน์โหลด", context="o16 แนวปฏิบัติการจัดการเรื่องร้องเรียน ดาวน์โหลด")])
    home = _home("องค์การบริหารส่วนตำบลแม่ทะลอง", [link("ita/2569/", "ITA 2569")])
    result = judge([home, ita, doc("files/4024.docx", text)], "O16")
    assert result.status == "found", result


def test_a_schools_report_on_an_education_area_offices_site_is_not_the_offices():
    def site(owner: str) -> list[Fact]:
        text = f"รายงานผลการดำเนินงานประจำปี 2567\n{owner}\nผลการดำเนินงานตามตัวชี้วัด"
        return [_home("สพม.ศรีวารินทร์", [link("files/39930.docx", "รายงานผลการดำเนินงานประจำปี 2567")]),
                doc("files/39930.docx", text)]
    y2568 = load_checklist(2568)
    o7 = next(i for i in y2568.items if i.code == "O7")
    school = judge_item(SiteIndex.build(site("โรงเรียนศรีวารินทร์วิทยาคม"), ROOT), o7, y2568)
    assert school.status == "missing" and "หน่วยงานอื่น" in " ".join(school.problems), school
    own = judge_item(SiteIndex.build(site("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาศรีวารินทร์"), ROOT), o7, y2568)
    assert 'ส่วน "รายงานผลการดำเนินงานประจำปี": พบ' in " ".join(own.reasons), own


def test_a_circular_to_every_area_office_is_a_letter_received():
    text = ("ที่ ศธ 04007/ว 4120\nสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน\n"
            "เรื่อง แนวทางการขับเคลื่อนนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ พ.ศ. 2569\n"
            "เรียน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาทุกเขต\nขอให้ประกาศเจตนารมณ์ No Gift Policy ของหน่วยงาน")
    facts = [_home("สพม.ศรีวารินทร์", [link("files/40050.pdf", "หนังสือ สพฐ. No Gift Policy")]), doc("files/40050.pdf", text)]
    result = judge(facts, "O20")
    assert result.status == "missing" and "หนังสือที่หน่วยงานได้รับ" in " ".join(result.problems), result


def test_2569_parts_a_service_and_its_statistics_a_policy_and_its_report():
    # 2569 O10 asks for the online service and, in practice, its statistics of the year; O20 for
    # the No Gift policy of the year and the gift report of the year before: an old part shown
    # makes the item outdated, an absent one leaves it to the rest
    form = page("eservice/", "E-Service ระบบบริการออนไลน์",
                "E-Service ระบบบริการออนไลน์\nยื่นคำขอออนไลน์โดยไม่ต้องเดินทางมาสำนักงาน\nบริการที่ขอได้: ขอหนังสือรับรอง"
                " ขอใบอนุญาต ขอข้อมูลข่าวสาร\nกรอกแบบฟอร์ม แนบเอกสาร แล้วกดส่ง เจ้าหน้าที่จะติดต่อกลับภายใน 3 วันทำการ",
                forms=1)
    months = ["ต.ค. 67", "พ.ย. 67", "ธ.ค. 67", "ม.ค. 68", "ก.พ. 68", "มี.ค. 68"]
    table = "\n".join([*months, "ขอรับรองการใช้มาตรฐานข้อมูล", "2", "1", "3", "2", "4", "2",
                       "ขอใช้ชุดข้อมูล", "11", "9", "14", "8", "12", "15"])
    stats = page("eservice/stats/", "สถิติการให้บริการ",
                 f"สถิติการให้บริการ\nบริการ\n{table}\nที่มา : ระบบ E-Service ข้อมูล ณ วันที่ 6 ตุลาคม 2568")
    home = _home("สำนักงานตัวอย่าง", [link("eservice/", "E-Service"), link("eservice/stats/", "สถิติการให้บริการ")])
    assert judge([home, form], "O10").status == "found"
    assert judge([home, form, stats], "O10").status == "outdated"
    policy = doc("files/1.pdf", "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ พ.ศ. 2569\nองค์การบริหารส่วนตำบลตัวอย่าง")
    report = doc("files/2.docx", "รายงานผลการรับของขวัญและประโยชน์อื่นใด รอบ 6 เดือน (1 ตุลาคม 2566 - 31 มีนาคม 2567)\n"
                 "องค์การบริหารส่วนตำบลตัวอย่าง\nไม่มีการรับ")
    home = _home("องค์การบริหารส่วนตำบลตัวอย่าง", [link("files/1.pdf", "ประกาศนโยบาย No Gift Policy ปี 2569"),
                                                 link("files/2.docx", "รายงานผลการรับของขวัญ รอบ 6 เดือน")])
    assert judge([home, policy], "O20").status == "found"
    assert judge([home, policy, report], "O20").status == "outdated"


def test_a_meeting_that_hears_opinions_is_participation_not_a_channel():
    title = "ประชุมคณะกรรมการจัดการชลประทาน (JMC) ครั้งที่ 1/2569 รับฟังความคิดเห็นเกษตรกรผู้ใช้น้ำ"
    post = page("news/5/", title, f"{title}\nวันที่ 9 ธ.ค. 2568 | โดย ฝ่ายบริหารทั่วไป\nวันที่ 9 ธันวาคม 2568"
                " โครงการชลประทานลำภูธารจัดประชุมคณะกรรมการจัดการชลประทาน (JMC) ครั้งที่ 1/2569 เพื่อเปิดโอกาสให้ผู้แทน"
                "กลุ่มผู้ใช้น้ำ ผู้นำท้องถิ่น และเกษตรกรมีส่วนร่วมในการวางแผนการส่งน้ำฤดูแล้ง\nมีผู้เข้าร่วมประชุม 86 คน"
                " ที่ประชุมเสนอ 12 ข้อ โครงการรับไปดำเนินการ 9 ข้อ")
    assert "opinion_channel" not in {h.topic for h in topics_named(title)}
    ita = page("ita/", "ITA 2569", "O19 การมีส่วนร่วม ประชุม JMC 1/2569",
               links=[link("news/5/", "ประชุม JMC 1/2569", context="O19 การมีส่วนร่วม ประชุม JMC 1/2569")])
    home = _home("โครงการชลประทานลำภูธาร", [link("ita/", "ITA 2569")])
    assert judge([home, ita, post], "O19").status == "found"


def test_a_clinics_report_is_not_the_annual_report():
    assert "annual_performance_report" not in {
        h.topic for h in topics_named("รายงานผลการดำเนินงาน คลินิกวัยรุ่น (Youth Friendly Health Services)")}
    assert "annual_performance_report" in {h.topic for h in topics_named("รายงานผลการดำเนินงานประจำปี ศูนย์อนามัยที่ 14")}


def test_a_title_of_two_parts_wrapped_over_four_lines_names_both_parts():
    # "รายงานผลการวิเคราะห์ ... (ITA)" / "ประจำปี พ.ศ. 2567" / "และมาตรการส่งเสริมคุณธรรม ..." / "พ.ศ. 2568":
    # last year's file of both parts of 2569 O25, not a stranger to its second part
    text = ("รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA)\nประจำปี พ.ศ. 2567\n"
            "และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ\nพ.ศ. 2568\n"
            "ศูนย์อนามัยที่ 14 เพชรบูรณ์\nประเด็นที่ต้องพัฒนา มาตรการ/แนวทาง ผู้รับผิดชอบ ระยะเวลา")
    rows = [(f"O{n}", t, f"ita/o{n}.html") for n, t in ((1, "โครงสร้าง"), (2, "ผู้บริหาร"), (3, "ติดต่อ"), (4, "ข่าว"))]
    rows.append(("O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", "files/31428.pdf"))
    facts = [_home("ศูนย์อนามัยที่ 14 เพชรบูรณ์", [link("ita/", "ITA 2569")]), _ita_page("ita/", "ITA 2569", rows),
             doc("files/31428.pdf", text)]
    result = judge(facts, "O25")
    assert result.status == "outdated", result
    assert not any("ไม่ใช่เอกสารของรายการนี้" in p for p in result.problems), result.problems


def test_a_post_that_only_attaches_the_file_lends_it_no_year():
    # "เผยแพร่ข้อมูลสถิติ ... รายละเอียดตามไฟล์แนบ", posted ๑๕ ต.ค. ๖๗ (FY2568), its one link
    # "ดาวน์โหลดไฟล์แนบ" (a link text that says nothing, on every post): the file is FY2567's
    assert is_generic("ดาวน์โหลดไฟล์แนบ")
    post = page("news/520/", "รายงานสถิติการให้บริการประชาชน",
                "รายงานสถิติการให้บริการประชาชน\nหมวด ข่าวประชาสัมพันธ์ · โพสต์เมื่อ ๑๕ ต.ค. ๖๗ · โดย admin\n"
                "เทศบาลตำบลห้วยม่วงคำ เผยแพร่ข้อมูลสถิติการให้บริการประชาชน รายละเอียดตามไฟล์แนบ\nไฟล์แนบ\nดาวน์โหลดไฟล์แนบ",
                links=[link("files/29688.xlsx", "ดาวน์โหลดไฟล์แนบ", context="รายงานสถิติการให้บริการประชาชน")])
    stats = doc("files/29688.xlsx", "รายงานสถิติการให้บริการประชาชน ประจำปีงบประมาณ พ.ศ. 2567 (1 ตุลาคม 2566 - 30 กันยายน 2567)\n"
                "งานบริการ ไตรมาส 1 ไตรมาส 2 ไตรมาส 3 ไตรมาส 4 รวม\nรับชำระภาษี 12 388 201 34 635", "ดาวน์โหลดไฟล์แนบ")
    home = _home("เทศบาลตำบลห้วยม่วงคำ", [link("news/520/", "รายงานสถิติการให้บริการประชาชน")])
    y2568 = load_checklist(2568)
    item = next(i for i in y2568.items if i.topic == "service_statistics")
    result = judge_item(SiteIndex.build([home, post, stats], ROOT), item, y2568)
    assert result.status == "outdated", result


def test_an_invitation_to_this_years_forum_is_no_participation():
    # 2568 "การเปิดโอกาสให้เกิดการมีส่วนร่วม" asks for a forum held: this year's invitation letter
    # beside last year's forum leaves the item outdated, the invitation named
    letter = doc("files/3489012.docx", "หนังสือเชิญประชุมประชาคมหมู่บ้าน ปี 2568\nที่ นว 12345/ว 88\n"
                 "เรื่อง ขอเชิญประชุมประชาคมหมู่บ้าน\nเรียน ผู้ใหญ่บ้านทุกหมู่บ้าน\nด้วย อบต. จะจัดประชุมประชาคมหมู่บ้าน"
                 " ระหว่างวันที่ 17 – 28 กุมภาพันธ์ 2568", "หนังสือเชิญประชุมประชาคมหมู่บ้าน ปี 2568")
    done = page("news/1107/", "ประชุมประชาคมหมู่บ้าน ทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2567",
                "ประชุมประชาคมหมู่บ้าน ทบทวนแผนพัฒนาท้องถิ่น ประจำปี 2567\nโพสต์เมื่อ 14 ก.พ. 2567 โดย admin\n"
                "ระหว่างวันที่ 5 – 13 กุมภาพันธ์ 2567 ประชาชน 684 คน เสนอโครงการ 61 โครงการ")
    home = _home("องค์การบริหารส่วนตำบลทุ่งนาแก้ว", [link("files/3489012.docx", "หนังสือเชิญประชุมประชาคมหมู่บ้าน ปี 2568"),
                                                   link("news/1107/", "ประชุมประชาคมหมู่บ้าน ประจำปี 2567")])
    y2568 = load_checklist(2568)
    item = next(i for i in y2568.items if i.topic == "public_participation")
    result = judge_item(SiteIndex.build([home, letter, done], ROOT), item, y2568)
    assert result.status == "outdated" and first(result) == "/news/1107/", result


def test_a_health_service_centres_notice_is_not_the_municipalitys():
    def site(issuer: str) -> list[Fact]:
        text = (f"ประกาศ{issuer}\nเรื่อง นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)\n"
                "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\nขอประกาศให้บุคลากรทุกคนงดรับของขวัญและของกำนัลทุกชนิด")
        return [_home("เทศบาลนครวารินธารา", [link("files/25044.pdf", "ประกาศ No Gift Policy ปี ๒๕๖๙")]),
                doc("files/25044.pdf", text)]
    centre = judge(site("ศูนย์บริการสาธารณสุข ๑ (ริมน้ำ)"), "O20")
    assert centre.status == "missing" and "หน่วยงานอื่น" in " ".join(centre.problems), centre
    assert judge(site("เทศบาลนครวารินธารา"), "O20").status == "found"


def test_a_parents_own_notice_or_plan_is_the_parents():
    # "ประกาศกรมราชทัณฑ์ ..." on a correctional institution's site, the OVEC's plan on a college's:
    # the body above names itself after the notice's form word, or is one of the commissions'
    # offices over schools and colleges; beside them the agency's own old document stays its own
    def site(home: str, head: str) -> list[Fact]:
        parent = doc("files/2.pdf", f"{head}\nประจำปีงบประมาณ พ.ศ. 2569\nให้หน่วยงานในสังกัดถือปฏิบัติ")
        own = doc("files/1.pdf", f"แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568\n{home}\nโครงการ งบประมาณ ระยะเวลา")
        return [_home(home, [link("files/1.pdf", "แผนปฏิบัติการป้องกันการทุจริต"),
                             link("files/2.pdf", "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2569")]), own, parent]
    college = judge(site("วิทยาลัยการอาชีพห้วยทรายงาม", "แผนปฏิบัติการป้องกันการทุจริต\nสำนักงานคณะกรรมการการอาชีวศึกษา"), "O23")
    assert college.status == "outdated" and first(college) == "/files/1.pdf", college
    prison = judge(site("ทัณฑสถานเปิดห้วยน้ำเย็น", "ประกาศกรมราชทัณฑ์\nเรื่อง แผนปฏิบัติการป้องกันการทุจริต"), "O23")
    assert prison.status == "outdated" and first(prison) == "/files/1.pdf", prison


def test_a_municipality_upgraded_from_an_sao_owns_its_documents_under_the_old_name():
    def site(owner: str) -> list[Fact]:
        text = f"แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)\n{owner} อำเภอโนนจำปาทอง จังหวัดชัยภูมิ\nยุทธศาสตร์การพัฒนา 5 ด้าน"
        return [_home("หน้าแรก - เทศบาลตำบลดอนพะยอม", [link("files/40545.pdf", "แผนพัฒนาท้องถิ่น 2566-2570")]), doc("files/40545.pdf", text)]
    assert judge(site("องค์การบริหารส่วนตำบลดอนพะยอม"), "O5").status == "found"  # its own former name
    assert judge(site("องค์การบริหารส่วนตำบลหนองบัวแดง"), "O5").status == "missing"  # another อบต.


def test_a_regional_offices_plan_is_its_bodys_above_the_agency():
    def site(owner: str) -> list[Fact]:
        text = f"แผนพัฒนาการศึกษาระดับภาค (พ.ศ. 2566 - 2570)\n{owner}\nส่วนที่ 1 บทนำ\nยุทธศาสตร์ 2566 2567 2568 2569 2570"
        return [_home("หน้าแรก - สำนักงานศึกษาธิการจังหวัดนครปรางค์", [link("files/30342.pdf", "แผนพัฒนาการศึกษา")]),
                doc("files/30342.pdf", text)]
    assert judge(site("สำนักงานศึกษาธิการภาค 17"), "O5").status == "review"  # a body above: a person's call
    assert judge(site("สำนักงานศึกษาธิการจังหวัดนครปรางค์"), "O5").status == "found"


def test_a_sentence_about_this_plan_is_no_part_of_its_title():
    text = ("แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2569\nโรงพยาบาลวารินทร์ธานี\n"
            "แผนปฏิบัติการฉบับนี้จัดทำภายใต้แผนยุทธศาสตร์กระทรวงสาธารณสุข และนโยบายเขตสุขภาพที่ 8\n"
            "ที่ โครงการ งบประมาณ (บาท) ระยะเวลา ผู้รับผิดชอบ")
    facts = [_home("โรงพยาบาลวารินทร์ธานี", [link("files/32054.pdf", "แผนปฏิบัติการ 2569")]), doc("files/32054.pdf", text)]
    assert judge(facts, "O5").status == "missing"  # the annual plan is no strategic plan


def test_a_scanned_order_appointing_the_working_group_is_not_the_assessment():
    def site(anchor: str) -> list[Fact]:
        url = ROOT + "files/21620.pdf"
        scan = Fact(kind="document", url=url, requested_url=url, status=200, title=anchor, text="", depth=2,
                    document=DocumentInfo(format="pdf", pages=1, scanned=True))
        return [_home("เทศบาลตำบลหนองแคนทอง", [link("files/21620.pdf", anchor)]), scan]
    assert judge(site("คำสั่งแต่งตั้งคณะทำงานประเมินความเสี่ยงการทุจริต ปี 2569"), "O21").status == "missing"
    assert judge(site("ผลการประเมินความเสี่ยงการทุจริต ปี 2569"), "O21").status != "missing"


def test_a_sibling_unit_of_the_same_name_and_another_number_is_another_unit():
    # "แขวงทางหลวงชัยภูมิที่ 1"'s report in the report list of "แขวงทางหลวงชัยภูมิที่ 3" (highways O7)
    report = ("รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2568\n{unit} สำนักทางหลวงที่ 9 กรมทางหลวง\n"
              "ผลการดำเนินงานตามแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568 ปัญหาและข้อเสนอแนะ")

    def o7(unit: str):
        facts = [page("", "หน้าหลัก - แขวงทางหลวงชัยภูมิที่ 3", depth=0,
                      links=[link("f/r68.pdf", "รายงานผลการดำเนินงาน ปีงบประมาณ 2568")]),
                 doc("f/r68.pdf", report.format(unit=unit), "รายงานผลการดำเนินงาน ปีงบประมาณ 2568")]
        return judge(facts, "O7")

    other = o7("แขวงทางหลวงชัยภูมิที่ 1")
    assert other.status == "missing" and any("ชัยภูมิที่ 1" in p for p in other.problems), other
    assert o7("แขวงทางหลวงชัยภูมิที่ 3").status == "found"
    home = key("หน้าแรก - สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเพชรบุรี เขต ๑")
    assert another_number(home, "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเพชรบุรี เขต 2")
    assert not another_number(home, "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเพชรบุรี เขต 1")
    assert not another_number(home, "โรงเรียนบ้านหนองไผ่ สังกัด สพฐ. ปีการศึกษา 2568")


def test_a_stations_report_on_the_site_of_the_park_it_sits_in_is_the_stations():
    # a forest-fire control station's annual report in a national park's report list (parkoffice O7)
    report = ("รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568\n{unit}\nส่วนควบคุมไฟป่า สำนักบริหารพื้นที่อนุรักษ์ที่ 11\n"
              "ปีงบประมาณ 2568 ดับไฟป่า 84 ครั้ง ทำแนวกันไฟ 64 กม. ปัญหาและข้อเสนอแนะ")

    def o7(unit: str):
        facts = [page("", "หน้าแรก - อุทยานแห่งชาติห้วยเสือดาว", depth=0,
                      links=[link("f/r68.docx", "รายงานผลการดำเนินงาน ประจำปีงบประมาณ 2568")]),
                 doc("f/r68.docx", report.format(unit=unit), "รายงานผลการดำเนินงาน ประจำปีงบประมาณ 2568")]
        return judge(facts, "O7")

    assert o7("สถานีควบคุมไฟป่าห้วยเสือดาว").status == "missing"
    assert o7("อุทยานแห่งชาติห้วยเสือดาว").status == "found"
    # the station's own site: its own report
    facts = [page("", "หน้าแรก - สถานีควบคุมไฟป่าห้วยเสือดาว", depth=0,
                  links=[link("f/r68.docx", "รายงานผลการดำเนินงาน ประจำปีงบประมาณ 2568")]),
             doc("f/r68.docx", report.format(unit="สถานีควบคุมไฟป่าห้วยเสือดาว"))]
    assert judge(facts, "O7").status == "found"


def test_a_notice_giving_more_time_to_make_the_plan_is_not_the_plan():
    # "ประกาศ ... เรื่อง ขยายเวลาการจัดทำแผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569" beside last
    # year's operating plan (tambonlake O6): the plan of the year is not made yet
    notice = ("ประกาศเทศบาลตำบลหนองกุดแคน\nเรื่อง {subject} ประจำปีงบประมาณ พ.ศ. 2569\n"
              "ตามระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น จึงประกาศให้ทราบโดยทั่วกัน")
    old_plan = "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568\nเทศบาลตำบลหนองกุดแคน\nบัญชีโครงการ 45 โครงการ งบประมาณ 12,000,000 บาท"
    budget = "เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569\nเทศบาลตำบลหนองกุดแคน\nยอดรวม 52,300,000 บาท"

    def o6(subject: str):
        facts = [page("", "หน้าแรก - เทศบาลตำบลหนองกุดแคน", depth=0, links=[
                     link("f/n.pdf", "ประกาศแผนการดำเนินงาน ปี 2569"), link("f/p68.docx", "แผนการดำเนินงาน ปี 2568"),
                     link("f/b69.pdf", "เทศบัญญัติงบประมาณรายจ่าย 2569")]),
                 doc("f/n.pdf", notice.format(subject=subject), "ประกาศแผนการดำเนินงาน ปี 2569"),
                 doc("f/p68.docx", old_plan, "แผนการดำเนินงาน ปี 2568"),
                 doc("f/b69.pdf", budget, "เทศบัญญัติงบประมาณรายจ่าย 2569")]
        return judge(facts, "O6")

    late = o6("ขยายเวลาการจัดทำแผนการดำเนินงาน")
    assert late.status == "outdated", late
    assert "f/n.pdf" not in {e.url.removeprefix(ROOT) for e in late.evidence}, late.evidence
    assert o6("ประกาศใช้แผนการดำเนินงาน").status == "found"


def test_a_manual_of_a_service_that_extends_something_is_no_notice_of_more_time():
    # "คู่มือการปฏิบัติงาน งานตรวจลงตราและขยายระยะเวลาการอยู่ในราชอาณาจักร" (immigration O8): the
    # service extends a stay; the manual is the manual
    manual = ("คู่มือการปฏิบัติงาน งานตรวจลงตราและขยายระยะเวลาการอยู่ในราชอาณาจักร\n"
              "สำนักงานตรวจคนเข้าเมืองจังหวัดทดสอบ\nขั้นตอนที่ 1 ตรวจเอกสาร 15 นาที ขั้นตอนที่ 2 บันทึกข้อมูล 20 นาที\n"
              "ผู้รับผิดชอบ งานบริการคนต่างด้าว")
    facts = [page("", "หน้าแรก - สำนักงานตรวจคนเข้าเมืองจังหวัดทดสอบ", depth=0,
                  links=[link("f/m.doc", "คู่มือการปฏิบัติงาน งานขยายระยะเวลาการอยู่ในราชอาณาจักร")]),
             doc("f/m.doc", manual, "คู่มือการปฏิบัติงาน งานขยายระยะเวลาการอยู่ในราชอาณาจักร")]
    assert judge(facts, "O8").status == "found"


def test_a_post_relaying_another_offices_plan_is_not_the_agencys_plan():
    # "ข่าวจากหน่วยงานเครือข่าย : แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569" carrying the 2569 plan of
    # a sister office "เพื่อเป็นแนวทาง" (immigration O6): the post is that office's plan's post
    title = "ข่าวจากหน่วยงานเครือข่าย : แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569"
    other = ("แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569\nสำนักงานตรวจคนเข้าเมืองจังหวัดตรัง\n"
             "โครงการที่ 1 งบประมาณ 120,000 บาท ไตรมาส 1-4\nแผนการใช้จ่ายงบประมาณ รายไตรมาส")
    post = page("news/1152/", title, f"{title}\nโพสต์เมื่อ 18 พ.ย. 2568 · โดย งานประชาสัมพันธ์\n"
                "เผยแพร่เอกสารจากหน่วยงานเครือข่ายในสังกัด บก.ตม.6 เพื่อเป็นแนวทางในการจัดทำแผนปฏิบัติราชการของหน่วยงาน"
                " ประจำปีงบประมาณ พ.ศ. 2569 ให้สอดคล้องกับยุทธศาสตร์ของกองบังคับการ\nไฟล์แนบ\n"
                "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569",
                links=[link("f/plan-trang.pdf", "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569")])
    facts = [page("", "หน้าแรก - สำนักงานตรวจคนเข้าเมืองจังหวัดสตูล", depth=0, links=[link("news/1152/", title)]),
             post, doc("f/plan-trang.pdf", other, "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569")]
    result = judge(facts, "O6")
    assert all("news/1152" not in e.url for e in result.evidence)
    # the agency's own table beside the province's file is the agency's own page (police O18)
    table = ("สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ สภ.ดงพะเนา ปีงบประมาณ พ.ศ. 2569\nช่วงเวลา\nจำนวนเรื่อง\n"
             "ดำเนินการแล้วเสร็จ\nไตรมาส 1 (ต.ค. – ธ.ค. 68)\n1\n1\n0\nไตรมาส 2 (ม.ค. – มี.ค. 69)\n0\n0\n0\nรวม\n1\n1\n0\n"
             "ข้อมูล ณ 31 มีนาคม 2569\nเปรียบเทียบกับภาพรวมจังหวัด :\nสถิติเรื่องร้องเรียน ภ.จว.สกลนคร ปีงบประมาณ 2569")
    province = ("สถิติเรื่องร้องเรียนการทุจริต ตำรวจภูธรจังหวัดสกลนคร ประจำปีงบประมาณ พ.ศ. 2569\n"
                "สภ.เมือง 2 2 0\nสภ.ดงพะเนา 1 1 0\nรวม 24 สถานี 9 8 1")
    stats = page("complaint/stats.html", "สถิติเรื่องร้องเรียนการทุจริต", table,
                 links=[link("f/province.pdf", "สถิติเรื่องร้องเรียน ภ.จว.สกลนคร ปีงบประมาณ 2569")])
    facts = [page("", "หน้าแรก - สถานีตำรวจภูธรดงพะเนา", depth=0,
                  links=[link("complaint/stats.html", "สถิติเรื่องร้องเรียนการทุจริต")]),
             stats, doc("f/province.pdf", province, "สถิติเรื่องร้องเรียน ภ.จว.สกลนคร ปีงบประมาณ 2569")]
    result = judge(facts, "O18")
    assert result.status == "found" and first(result) == "/complaint/stats.html", result


def test_the_assessments_own_handbook_is_no_agencys_document():
    # the NACC's ITA 2569 handbook linked from the o25 row (saomoved O25): guidance for every agency
    guide = ("คู่มือการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ\nประจำปีงบประมาณ พ.ศ. 2569\n"
             "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ\nการนำผลการประเมินไปสู่การพัฒนา\n"
             "หน่วยงานควรวิเคราะห์ผลการประเมินของปีที่ผ่านมาและกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส")
    rows = [(f"O{n}", t, f"files/o{n}.pdf") for n, t in (
        (1, "โครงสร้าง"), (2, "ข้อมูลผู้บริหาร"), (3, "ข้อมูลการติดต่อ"), (4, "ข่าวประชาสัมพันธ์"),
        (25, "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร"))]
    facts = [page("", "หน้าแรก", depth=0, links=[link("ita2569/index.html", "ITA 2569")]),
             _ita_page("ita2569/index.html", "ประจำปีงบประมาณ พ.ศ. 2569", rows),
             doc("files/o25.pdf", guide, "คู่มือการประเมิน ITA 2569")]
    result = judge(facts, "O25")
    assert result.status == "missing", result
    assert any("คู่มือการประเมิน ITA" in p for p in result.problems)


def test_a_scans_year_in_thai_digits_is_unread_not_absent():
    # OCR reads "๒๕๖๘" as "๒๕๒๕": the problem says the year could not be read, and the action asks
    # for a file whose text can be searched (highways O25)
    report = doc("files/scan.pdf", "รายงานสรุปผลการจัดซื้อจัดจ้าง\nประจำปีงบประมาณ พ.ศ. ๒๕๒๕\nวิธีเฉพาะเจาะจง ๓๑๒ รายการ",
                 "รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี")
    report.document = DocumentInfo(format="pdf", pages=1, scanned=True, ocr=True)
    facts = [page("", "หน้าแรก", depth=0, links=[link("files/scan.pdf", "รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี")]), report]
    result = judge(facts, "O12")
    assert result.status == "review", result
    assert any("ภาพสแกนเป็นเลขไทย" in p for p in result.problems), result.problems
    assert not any(p.startswith("ไม่ระบุปีงบประมาณ") for p in result.problems)


def test_a_schools_report_on_its_municipalitys_site_is_the_schools():
    # "รายงานผลการดำเนินงาน (SAR) ปีการศึกษา 2568 / โรงเรียนเทศบาล 1 (วัดบ่อตะเคียน) / เทศบาลเมือง
    # บ่อตะเคียน ...": the school names its municipality as its owner; it is still the school's
    # report (muangwest O7). On the school's own site it is its own.
    sar = ("รายงานผลการดำเนินงาน (SAR) ปีการศึกษา 2568\nโรงเรียนเทศบาล 1 (วัดบ่อตะเคียน)\n"
           "เทศบาลเมืองบ่อตะเคียน อำเภอท่าม่วง จังหวัดกาญจนบุรี\nมาตรฐาน ระดับคุณภาพ ผลการดำเนินงาน ปัญหาและข้อเสนอแนะ")

    def o7(home: str):
        facts = [page("", home, depth=0, links=[link("f/sar.pdf", "รายงานผลการดำเนินงาน ประจำปี 2568")]),
                 doc("f/sar.pdf", sar, "รายงานผลการดำเนินงาน ประจำปี 2568")]
        return judge(facts, "O7")

    assert o7("หน้าแรก - เทศบาลเมืองบ่อตะเคียน").status == "missing"
    assert o7("หน้าแรก - โรงเรียนเทศบาล 1 (วัดบ่อตะเคียน)").status != "missing"
    # the school right after the report's name, on the title's own line (muniviewer O7)
    sar = ("รายงานผลการดำเนินงาน (SAR) โรงเรียนเทศบาล 1 (วัดบ่อตะเคียน)\nปีการศึกษา 2568\n"
           "เทศบาลเมืองบ่อตะเคียน อำเภอท่าม่วง จังหวัดกาญจนบุรี\nมาตรฐาน ระดับคุณภาพ ผลการดำเนินงาน ปัญหาและข้อเสนอแนะ")
    assert o7("หน้าแรก - เทศบาลเมืองบ่อตะเคียน").status == "missing"
    own = key("เทศบาลเมืองบ่อตะเคียน")
    assert names_unit(own, "รายงานผลการดำเนินงาน (SAR) โรงเรียนเทศบาล 1 (วัดบ่อตะเคียน)")
    # schools at large are no one school: the municipality's own education plan
    assert not names_unit(own, "แผนพัฒนาการศึกษา โรงเรียนในสังกัดเทศบาลเมืองบ่อตะเคียน")
    assert not names_unit(own, "รายงานผลการดำเนินงานประจำปี 2568")


def test_a_report_put_up_before_its_year_ended_is_not_that_years_results():
    # "รายงานผลการดำเนินงาน ประจำปีงบประมาณ 2568" put up on 18 พ.ย. 2567 for ITA 2569: a report of
    # FY2568's results cannot go up two months into FY2568; put up in October 2568, it can
    report = "รายงานผลการดำเนินงาน\nประจำปีงบประมาณ พ.ศ. 2568\nสำนักงานจัดหางานจังหวัดศรีวารินทร์\nผลการดำเนินงานตามตัวชี้วัด"

    def o7(posted: str):
        row = f"รายงานผลการดำเนินงาน {posted} PDF 15.6 KB"
        facts = [page("", "หน้าแรก - สำนักงานจัดหางานจังหวัดศรีวารินทร์", depth=0, links=[
                     link("f/r.pdf", "รายงานผลการดำเนินงาน", context=row)]),
                 doc("f/r.pdf", report, "รายงานผลการดำเนินงาน")]
        return judge(facts, "O7")

    early = o7("18 พ.ย. 2567")
    assert early.status == "review", early
    assert any("ก่อนสิ้นปีงบประมาณ 2568" in p for p in early.problems), early.problems
    assert o7("20 ต.ค. 2568").status == "found"


def test_a_plans_evaluation_is_not_a_years_results():
    """"รายงานการติดตามและประเมินผลแผน ... ระยะ 3 ปี (พ.ศ. 2566 - 2568)": the plan's years in its
    title are no one year's results (recruitoffice O7, employment O7): last year's annual report
    beside it stands for the item, outdated."""
    evaluation = ("รายงานการติดตามและประเมินผลแผนพัฒนาสำนักงาน\nระยะ 3 ปี (พ.ศ. 2566 - 2568)\nสำนักงานสัสดีจังหวัดพนมทอง\n"
                  "ผลการดำเนินงานตามแผนตลอดระยะ 3 ปี ดำเนินโครงการแล้วเสร็จ 17 โครงการ\nรายงาน ณ วันที่ 20 ตุลาคม 2568")
    annual = "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567\n(1 ตุลาคม 2566 - 30 กันยายน 2567)\nผลการดำเนินงาน"
    facts = [page("", "หน้าแรก - สำนักงานสัสดีจังหวัดพนมทอง", depth=0, links=[
                 link("f/eval.pdf", "รายงานการติดตามและประเมินผลแผนพัฒนา"), link("f/ar.pdf", "รายงานประจำปี")]),
             doc("f/eval.pdf", evaluation), doc("f/ar.pdf", annual)]
    result = judge(facts, "O7")
    assert result.status == "outdated" and first(result) == "/f/ar.pdf", result


def test_a_scan_naming_its_unit_in_thai_digits_is_not_another_units():
    # OCR read "สำนักงานป้องกันควบคุมโรคที่ ๑๔" as "... ๑๕": numbers read from Thai digits never make
    # a sibling unit (diseasecontrol O25); the scan this year's ITA row links, beside last year's
    # measures that only last year's ITA page links, is a person's to read, not outdated
    home = "หน้าแรก - สำนักงานป้องกันควบคุมโรคที่ 14 จังหวัดบึงกาฬ"
    assert not another_place(key(home), ["สำนักงานป้องกันควบคุมโรคที่#### จังหวัดบึงกาฬ"])
    assert another_place(key(home), ["สำนักงานป้องกันควบคุมโรคที่ 15 จังหวัดบึงกาฬ"])
    analysis = doc("f/a69.pdf", "ผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปี 2568\n"
                   "และแนวทางการนำไปปรับปรุง ปีงบประมาณ พ.ศ. 2569\nสำนักงานป้องกันควบคุมโรคที่ 14 จังหวัดบึงกาฬ\n"
                   "คะแนน 91.37 ประเด็นที่ต้องพัฒนา แนวทางการปรับปรุง ผู้รับผิดชอบ ระยะเวลา", "ผลการวิเคราะห์ ITA 2568")
    scan = doc("f/m69.pdf", "ประกาศสำนักงานป้องกันควบคุมโรคที่ ๑๕ จังหวัดบึงกาฬ\nเรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใส"
               "\nภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๒๕\n๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", "มาตรการส่งเสริมคุณธรรมฯ")
    scan.document = DocumentInfo(format="pdf", pages=1, scanned=True, ocr=True)
    old = doc("f/m68.pdf", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568\n"
              "สำนักงานป้องกันควบคุมโรคที่ 14 จังหวัดบึงกาฬ\n1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", "มาตรการ 2568")
    ita = page("ita/2569/", "ITA ประจำปี 2569", "O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", links=[
        link("f/a69.pdf", "ผลการวิเคราะห์ ITA 2568", "O25 ผลการวิเคราะห์ ITA 2568 มาตรการส่งเสริมคุณธรรมฯ"),
        link("f/m69.pdf", "มาตรการส่งเสริมคุณธรรมฯ", "O25 ผลการวิเคราะห์ ITA 2568 มาตรการส่งเสริมคุณธรรมฯ"),
        *[link(f"x/{n}.html", f"O{n} ข้อมูล", f"O{n} ข้อมูล") for n in range(1, 8)]])
    ita68 = page("ita/2568/", "ITA ประจำปี 2568", "O27 มาตรการ 2568", links=[
        link("f/m68.pdf", "มาตรการ 2568", "O27 มาตรการส่งเสริมคุณธรรม 2568"),
        *[link(f"y/{n}.html", f"O{n} ข้อมูล", f"O{n} ข้อมูล") for n in range(1, 8)]])
    facts = [page("", home, depth=0, links=[link("ita/2569/", "ITA 2569"), link("ita/2568/", "ITA 2568")]),
             ita, ita68, analysis, scan, old]
    result = judge(facts, "O25")
    assert result.status == "review", result
    assert any("ภาพสแกนเป็นเลขไทย" in p for p in result.problems), result.problems


def _attaching_post(path: str, headline: str, story: str, file_path: str, file_text: str, file_label: str,
                    posted: str = "27 พ.ย. 2568") -> list[Fact]:
    """A CMS news post ("headline / โพสต์เมื่อ ... โดย admin · อ่าน 272 ครั้ง / one sentence /
    ไฟล์แนบ / the file / (PDF 60 KB)") that an ITA row links, and the file it attaches."""
    text = f"{headline}\nโพสต์เมื่อ {posted} โดย admin · อ่าน 272 ครั้ง\n{story}\nไฟล์แนบ\n{file_label}\n(PDF 60 KB)"
    context = f"{headline} โพสต์เมื่อ {posted} โดย admin · อ่าน 272 ครั้ง {story} ไฟล์แนบ {file_label} (PDF 60 KB)"
    post = page(path, f"{headline} - องค์การบริหารส่วนตำบลบางสะแกทอง", text, headings=[headline],
                links=[link(file_path, file_label, context=context[:200])])  # as the crawler keeps it
    ita = page("ita/2569/", "ITA ประจำปี 2569", "ข้อมูลสาธารณะ", links=[
        link(path, headline, context=f"o99 {headline}"),
        *[link(f"x/{n}.html", f"O{n} ข้อมูล", f"O{n} ข้อมูล") for n in range(1, 8)]])
    return [page("", "หน้าแรก - องค์การบริหารส่วนตำบลบางสะแกทอง", depth=0, links=[link("ita/2569/", "ITA 2569")]),
            ita, post, doc(file_path, file_text, file_label)]


def test_a_post_that_only_announces_its_file_is_as_old_as_the_file():
    # "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ 2569 ... รายละเอียดตามไฟล์แนบ" whose file is the
    # plan of 2568 (saodelta O6, O7, O18): an assessor opens the file, and so do we
    facts = _attaching_post("news/1380/", "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ 2569",
                            "อบต.บางสะแกทอง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 รายละเอียดตามไฟล์แนบ",
                            "files/31876.pdf", "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568\nองค์การบริหารส่วนตำบลบางสะแกทอง\n"
                            "บัญชีโครงการ 42 โครงการ", "ประกาศแผนการดำเนินงาน")
    for f in facts[1:2]:
        f.links[0].context = "o6 แผนดำเนินงาน 2569"
    result = judge(facts, "O6")
    assert result.status != "found", result
    assert first(result) == "/files/31876.pdf", result.evidence
    # a post with a story of its own is read for itself
    story = " ".join(["ที่ประชุมคณะผู้บริหารได้พิจารณาโครงการตามยุทธศาสตร์การพัฒนาทั้ง 6 ด้าน"] * 5)
    facts = _attaching_post("news/1381/", "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ 2569", story,
                            "files/31877.pdf", "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568\nบัญชีโครงการ", "ไฟล์แนบ")
    assert first(judge(facts, "O6")) == "/news/1381/"


def test_a_timeless_items_file_is_cited_before_the_post_that_carries_it():
    # a staff manual posted as a news attachment (saodelta O8, muangeast O8): the manual is the evidence
    facts = _attaching_post("news/1228/", "คู่มือการปฏิบัติงาน งานป้องกันและบรรเทาสาธารณภัย",
                            "คู่มือการปฏิบัติงานของเจ้าหน้าที่ กรณีอุทกภัย", "files/31150.docx",
                            "คู่มือการปฏิบัติงาน งานป้องกันและบรรเทาสาธารณภัย\nองค์การบริหารส่วนตำบลบางสะแกทอง\n"
                            "ขั้นตอนการปฏิบัติงาน 1 รับแจ้งเหตุ 2 ประเมินสถานการณ์ 3 ออกปฏิบัติงาน ผู้รับผิดชอบ ระยะเวลา",
                            "คู่มือ (Word)")
    result = judge(facts, "O8")
    assert result.status == "found", result
    assert first(result) == "/files/31150.docx", result.evidence


def test_a_cms_by_line_and_a_files_size_are_no_text_of_the_page():
    text = "หัวเรื่อง\nโพสต์เมื่อ 27 พ.ย. 2568 โดย admin · อ่าน 272 ครั้ง\nเนื้อหา\n(PDF 60 KB)\n(XLS, 6 KB)"
    assert without_article_meta(text).split() == ["หัวเรื่อง", "เนื้อหา"]


def test_a_count_of_complaints_in_progress_is_no_placeholder():
    # "อยู่ระหว่างดำเนินการ 1 เรื่อง" is a row of the statistics (tambonborder O18), not "in progress"
    stats = ("รายงานสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ รอบ 6 เดือน\nเทศบาลตำบลดอนโขงคำ\n"
             "ระหว่างวันที่ 1 ตุลาคม 2567 ถึงวันที่ 31 มีนาคม 2568 (ปีงบประมาณ พ.ศ. 2568)\n"
             "จำนวนเรื่องร้องเรียนทั้งหมด 2 เรื่อง\nดำเนินการแล้วเสร็จ 1 เรื่อง\nอยู่ระหว่างดำเนินการ 1 เรื่อง")
    assert not is_placeholder(stats)
    assert is_placeholder("รายงานสถิติเรื่องร้องเรียนการทุจริต\nอยู่ระหว่างดำเนินการ")


def test_a_tambon_centre_under_a_district_office_is_another_unit():
    # a tambon learning centre's report on the district office's site is the centre's (learnoffice O7)
    home = key("หน้าแรก - สกร.ระดับอำเภอห้วยน้ำริน")
    assert another_centre(home, ["ศูนย์ส่งเสริมการเรียนรู้ระดับตำบลบ้านแก่ง"])
    # a local government's own centres name its ตำบล: its own
    assert not another_centre(key("เทศบาลตำบลบ้านแก่ง"), ["ศูนย์พัฒนาเด็กเล็กตำบลบ้านแก่ง"])


def test_a_targets_depth_is_its_shortest_way_from_home_whatever_order_the_crawl_took():
    # the crawl records the depth of the first way it found a file (3, through a download list,
    # when that list was fetched before the ITA page): the shortest way (2) decides, so two runs of
    # one site rank the same evidence first (prisonregion O25 changed between runs)
    facts = [page("", "หน้าแรก", depth=0, links=[link("ita/", "ITA"), link("dl/", "ดาวน์โหลด")]),
             page("dl/", "ดาวน์โหลด", depth=1, links=[link("dl/integrity/", "คุณธรรม")]),
             page("dl/integrity/", "คุณธรรม", depth=2, links=[link("f/a.pdf", "แผน")]),
             page("ita/", "ITA", depth=1, links=[link("f/a.pdf", "แผน")]),
             doc("f/a.pdf", "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2569")]
    facts[-1].depth = 3
    for order in (facts, facts[::-1]):
        index = SiteIndex.build(order, ROOT)
        assert index.target(ROOT + "f/a.pdf").depth == 2
        assert index.target(ROOT + "dl/integrity/").depth == 2


def test_a_file_this_years_ita_page_lists_and_titles_as_another_item_is_not_this_one():
    # the risk-management report, in ITA row O22 and titled so, mentions "ผลการดำเนินการตามมาตรการ"
    # in its title block: it is not the integrity measures' report (muangnortheast O26)
    report = ("รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต\nประจำปีงบประมาณ พ.ศ. 2568\n"
              "เทศบาลเมืองหนองหินทอง\nผลการดำเนินการตามมาตรการจัดการความเสี่ยงการทุจริต (1 ตุลาคม 2567 - 30 กันยายน 2568)")
    ita = page("ita/2569/", "ITA ประจำปี 2569", "O22 รายงานผลบริหารความเสี่ยง", links=[
        link("f/5954.docx", "รายงานปี 68", "O22 รายงานผลบริหารความเสี่ยง รายงานปี 68"),
        *[link(f"x/{n}.html", f"O{n} ข้อมูล", f"O{n} ข้อมูล") for n in range(1, 8)]])
    facts = [page("", "หน้าแรก - เทศบาลเมืองหนองหินทอง", depth=0, links=[link("ita/2569/", "ITA 2569")]),
             ita, doc("f/5954.docx", report, "รายงานปี 68")]
    assert judge(facts, "O26").status == "missing"
    assert judge(facts, "O22").status == "found"


def test_2569_o6_with_last_years_plan_beside_this_years_draft_is_outdated_not_found():
    # 2569 O6 needs the plan or the budget, each shown of the year: the budget of 2569 is there, the
    # plan only last year's beside a draft of this year's (saohighland O6): the plan part is outdated
    facts = [page("", "หน้าแรก - องค์การบริหารส่วนตำบลภูแดงหลวง", depth=0, links=[
                 link("f/b69.pdf", "ข้อบัญญัติงบประมาณรายจ่ายประจำปี 2569"), link("f/p68.pdf", "แผนการดำเนินงาน 2568"),
                 link("f/d69.pdf", "ร่างแผนการดำเนินงาน ปี 2569")]),
             doc("f/b69.pdf", "ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569\nองค์การบริหารส่วนตำบลภูแดงหลวง\nยอดรวม 31,000,000 บาท",
                 "ข้อบัญญัติงบประมาณรายจ่ายประจำปี 2569"),
             doc("f/p68.pdf", "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568\nองค์การบริหารส่วนตำบลภูแดงหลวง\nบัญชีโครงการ 40 โครงการ",
                 "แผนการดำเนินงาน 2568"),
             doc("f/d69.pdf", "(ร่าง) แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569\nองค์การบริหารส่วนตำบลภูแดงหลวง\nบัญชีโครงการ",
                 "ร่างแผนการดำเนินงาน ปี 2569")]
    assert judge(facts, "O6").status == "outdated"


def test_a_post_saying_its_details_are_in_the_attached_file_is_as_old_as_the_file():
    # a notice of a few sentences ending "รายละเอียดตามไฟล์แนบ": the agency's own word that the file
    # is the content, so the file's year (last year's plan) decides
    story = ("อบต.บางสะแกทอง ได้จัดทำแผนการดำเนินงาน เพื่อแสดงรายละเอียดโครงการและกิจกรรมที่จะดำเนินการจริง"
             "ในปีงบประมาณ โดยผ่านความเห็นชอบของคณะกรรมการพัฒนาท้องถิ่นและผู้บริหารท้องถิ่นแล้ว "
             "จึงประกาศให้ประชาชนทราบโดยทั่วกัน รายละเอียดตามไฟล์แนบ")
    facts = _attaching_post("news/1390/", "ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ 2569", story, "files/31880.pdf",
                            "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568\nองค์การบริหารส่วนตำบลบางสะแกทอง\nบัญชีโครงการ 42 โครงการ",
                            "ไฟล์แนบ")
    result = judge(facts, "O6")
    assert result.status != "found", result
    assert first(result) == "/files/31880.pdf", result.evidence


def test_a_list_of_posts_is_no_post_its_rows_years_are_other_posts(monkeypatch):
    # tambonhill O11: last year's ITA row links the news page's second page, a list of dated
    # headlines; one of them names this year's budget ordinance. The statistics are not there,
    # and the year of another post's headline is not the year of the item
    from checklist import match
    from checklist.match import lists_dated_rows

    rows = [("๒๐ ก.ย. ๖๗", "ประกาศเทศบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2568"),
            ("๑๕ ส.ค. ๖๗", "ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 3/2567 พิจารณาร่างเทศบัญญัติ"),
            ("๒๒ เม.ย. ๖๗", "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน"),
            ("๙ พ.ย. ๖๖", "การประเมินความเสี่ยงการทุจริต"),
            ("๕ ต.ค. ๖๕", "ประกาศเจตนารมณ์ No Gift Policy")]
    lines = ["ข่าวประชาสัมพันธ์ (หน้า 2)", "วันที่", "หมวด", "เรื่อง"]
    for day, headline in rows:
        lines += [day, "ข่าวประชาสัมพันธ์", headline]
    assert lists_dated_rows(lines)
    post = ["มอบถุงยังชีพช่วยผู้ประสบอุทกภัย", "โพสต์เมื่อ 3 ต.ค. 2567 โดย admin",
            "เมื่อวันที่ 2 ตุลาคม 2567 นายกเทศมนตรีพร้อมด้วยคณะผู้บริหารมอบถุงยังชีพ",
            "และจะออกหน่วยอีกครั้งในวันที่ 9 ตุลาคม 2567 ที่หมู่ที่ 4"]
    assert not lists_dated_rows(post)  # one post: its by-line and its story's days
    listing = page("news/page/2/", "ข่าวประชาสัมพันธ์ (หน้า 2) - เทศบาลตำบลห้วยม่วงคำ", "\n".join(lines),
                   headings=["ข่าวประชาสัมพันธ์ (หน้า 2)"],
                   links=[link(f"news/{500 + n}/", h, context=f"{d} ข่าวประชาสัมพันธ์ {h}") for n, (d, h) in enumerate(rows)])
    ita = [(f"O{n}", t, f"ita/o{n}.html") for n, t in ((1, "โครงสร้าง"), (2, "ผู้บริหาร"), (3, "ติดต่อ"), (4, "ข่าว"))]
    ita.append(("O11", "สถิติการให้บริการ", "news/page/2/"))
    facts = [_home("เทศบาลตำบลห้วยม่วงคำ", [link("ita/", "ITA 2567")]), _ita_page("ita/", "ITA 2567", ita), listing]
    # the learned news model may read such a list as a post (it did on tambonhill's): say it does
    reads = match.reads_as_post
    monkeypatch.setattr(match, "reads_as_post", lambda index, t: t.url == listing.url or reads(index, t))
    result = judge68(facts, "O11")
    assert result.status != "found"
    assert not any(2568 in e.years for e in result.evidence)


# ------------------------------------------------------------------ the twelfth session's held-out sites


def test_a_report_is_of_the_whole_fiscal_year_its_text_says_it_covers_not_of_its_titles_year():
    # "รายงานประจำปี ๒๕๖๗" printed in January 2568 reports ปีงบประมาณ ๒๕๖๖: for ITA 2568 (FY2567
    # wanted) it is outdated, and the report says why
    o7 = Y2568.item("O7")
    title = "รายงานประจำปี ๒๕๖๗"
    body = (f"{title}\nวิทยาลัยชุมชนตัวอย่าง\nรายงานประจำปีฉบับนี้สรุปผลการดำเนินงานในรอบปีงบประมาณ พ.ศ. ๒๕๖๖ "
            "(๑ ตุลาคม\n๒๕๖๕ - ๓๐ กันยายน ๒๕๖๖) เพื่อเผยแพร่ต่อสาธารณะ\nจัดพิมพ์ มกราคม ๒๕๖๘")
    v = judge_period(o7, 2568, body, title=title)
    assert v.outdated and "ครอบคลุมปีงบประมาณ 2566" in v.problems[0]
    # the same report stating FY2567 (its title's year) meets the rule; a half-year span is no whole year
    assert judge_period(o7, 2568, body.replace("๒๕๖๖ (", "๒๕๖๗ (").replace("๒๕๖๕ -", "๒๕๖๖ -")
                        .replace("กันยายน ๒๕๖๖", "กันยายน ๒๕๖๗"), title=title).meets
    assert covered_fiscal_year("(1 ต.ค. 66 – 30 ก.ย. 67)") == 2567
    assert covered_fiscal_year("รอบ 6 เดือน (1 ตุลาคม 2567 - 31 มีนาคม 2568)") is None
    # a plan's years are its span, not a coverage statement
    assert covered_fiscal_year("ปี 2566 (1 ต.ค. 2565 - 30 ก.ย. 2566) และปี 2567 (1 ต.ค. 2566 - 30 ก.ย. 2567)") is None


def test_one_terms_report_is_not_the_years():
    o7 = Y2568.item("O7")
    title = "รายงานผลการดำเนินงาน หน่วยจัดการศึกษาอำเภอตัวอย่าง ภาคเรียนที่ 2/2567"
    v = judge_period(o7, 2568, title, title=title)
    assert not v.meets and "ภาคเรียน" in v.problems[0]
    assert judge_period(o7, 2568, "รายงานผลการดำเนินงาน ประจำปี 2567", title="รายงานผลการดำเนินงาน ประจำปี 2567").meets


def test_a_questionnaire_with_an_empty_rating_scale_is_a_blank_form():
    form = ("แบบสำรวจความต้องการในการพัฒนาตนเองของบุคลากร\nประจำปีงบประมาณ พ.ศ. 2568\nวิทยาลัยชุมชนตัวอย่าง\n"
            "คำชี้แจง แบบสำรวจนี้ใช้ประกอบการจัดทำแผนพัฒนาบุคลากร\nหัวข้อที่ต้องการพัฒนา\tมาก\tปานกลาง\tน้อย\n"
            "การจัดการเรียนรู้ออนไลน์\nระเบียบพัสดุ\nการเขียนโครงการ\nชื่อ-สกุล ........ ตำแหน่ง ........")
    assert is_blank_form(form)
    results = form.replace("การจัดการเรียนรู้ออนไลน์", "การจัดการเรียนรู้ออนไลน์\t12\t5\t1").replace(
        "ระเบียบพัสดุ", "ระเบียบพัสดุ\t8\t9\t1").replace("การเขียนโครงการ", "การเขียนโครงการ\t4\t10\t4")
    assert not is_blank_form(results)  # the survey's results, in the same form's table
    needs = ("แบบสำรวจความต้องการพัฒนาตนเอง ประจำปีงบประมาณ พ.ศ. 2569\nสำนักงานตัวอย่าง\n"
             "ชื่อ - สกุล ............ ตำแหน่ง ............\nที่\tหลักสูตรที่ต้องการ\tเหตุผล\tลำดับความสำคัญ\n1\n2\n3")
    assert is_blank_form(needs)  # a table of numbered rows left empty
    assert not is_blank_form(needs.replace("\n1\n2\n3", "\n1\tการเขียนหนังสือราชการ\tงานสารบรรณ\t1\n2\tExcel\tงานงบประมาณ\t2"))
    facts = [_home("วิทยาลัยชุมชนตัวอย่าง", [link("f/plan.docx", "แผนพัฒนาบุคลากร ปี 2568")]),
             doc("f/plan.docx", form)]
    assert judge68(facts, "O14").status == "missing"


def test_a_relayed_local_governments_document_is_not_the_provincial_offices():
    # a provincial office of a kind the tool does not list relays the local governments it oversees
    home = "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดตัวอย่าง"
    plan = ("แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)\nองค์การบริหารส่วนตำบลหนองแก้วใต้ อำเภอหันคา จังหวัดตัวอย่าง\n"
            "ยุทธศาสตร์ 2566 2567 2568 2569 2570")
    own = "แผนยุทธศาสตร์ (พ.ศ. 2566 - 2568)\nสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดตัวอย่าง"
    facts = [_home(home, [link("f/local.pdf", "แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)"),
                          link("f/own.pdf", "แผนยุทธศาสตร์ (พ.ศ. 2566 - 2568)")]),
             doc("f/local.pdf", plan), doc("f/own.pdf", own)]
    result = judge(facts, "O5")
    assert result.status == "outdated" and first(result) == "/f/own.pdf"
    # the same plan in the local government's own site is its own
    assert judge([_home("องค์การบริหารส่วนตำบลหนองแก้วใต้", facts[0].links), *facts[1:]], "O5").status == "found"
    # words after a kind that are no name ("องค์การบริหารส่วนตำบลในจังหวัด ...") name no other agency
    assert not another_kind(key(home), ["องค์การบริหารส่วนตำบลในจังหวัดตัวอย่าง 40 แห่ง"])
    # the body named right after the document's name ("แผนยุทธศาสตร์ด้านสุขภาพ สำนักงานสาธารณสุขจังหวัด...")
    hospital = key("โรงพยาบาลศรีวารินทร์")
    assert another_kind(hospital, ["แผนยุทธศาสตร์ด้านสุขภาพ สำนักงานสาธารณสุขจังหวัดนครราชสีมา", "พ.ศ. 2566 - 2570"])
    assert not another_kind(hospital, ["แผนยุทธศาสตร์โรงพยาบาลศรีวารินทร์", "พ.ศ. 2564 - 2568"])
    # the national police's plan on a station's site is its parent's (a person's call), not another agency's
    assert not another_kind(key("สถานีตำรวจภูธรเมืองตัวอย่าง"), ["แผนการบริหารทรัพยากรบุคคล สำนักงานตำรวจแห่งชาติ"])
    # a block naming the site's agency too is its own (a centre's manual for the hospital it runs)
    centre = key("ศูนย์อนามัยที่ 14 เพชรบูรณ์")
    block = ["คู่มือการขอรับบริการ", "โรงพยาบาลส่งเสริมสุขภาพ และห้องปฏิบัติการอนามัยสิ่งแวดล้อม"]
    assert another_kind(centre, block)
    assert not another_kind(centre, [*block, "ศูนย์อนามัยที่ 14 เพชรบูรณ์ กรมอนามัย กระทรวงสาธารณสุข"])


def test_the_provinces_notice_on_a_local_governments_site_is_not_its_own():
    notice = ("ประกาศจังหวัดนครราชสีมา\nเรื่อง นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift\n"
              "Policy) ประจำปีงบประมาณ พ.ศ. 2569\nจังหวัดนครราชสีมาขอประกาศให้ข้าราชการของส่วนราชการประจำจังหวัดถือปฏิบัติ")
    own = notice.replace("ประกาศจังหวัดนครราชสีมา", "ประกาศองค์การบริหารส่วนตำบลดอนแสงจันทร์").replace(
        "จังหวัดนครราชสีมาขอประกาศ", "องค์การบริหารส่วนตำบลดอนแสงจันทร์ขอประกาศ")

    def site(home: str, text: str) -> list[Fact]:
        return [_home(home, [link("f/nogift.pdf", "ประกาศ No Gift Policy ประจำปีงบประมาณ 2569")]), doc("f/nogift.pdf", text)]
    assert judge(site("องค์การบริหารส่วนตำบลดอนแสงจันทร์", notice), "O20").status != "found"
    assert judge(site("องค์การบริหารส่วนตำบลดอนแสงจันทร์", own), "O20").status == "found"
    # the province's name on a line of its own under the agency's is the agency's address
    address = own.replace("ประกาศองค์การบริหารส่วนตำบลดอนแสงจันทร์", "ประกาศองค์การบริหารส่วนตำบลดอนแสงจันทร์\nจังหวัดนครราชสีมา")
    assert judge(site("องค์การบริหารส่วนตำบลดอนแสงจันทร์", address), "O20").status == "found"
    # a provincial office of the central government is one of the province's offices: its notice serves
    assert judge(site("สำนักงานพาณิชย์จังหวัดนครราชสีมา", notice), "O20").status == "found"


def test_a_dead_rows_first_cell_gives_the_list_no_year():
    # a download table whose cells come on lines of their own: the current plan's row leads to a 404
    text = ("แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน\nเรื่อง\nวันที่\nไฟล์\nแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)\n14 ก.ค. 2565\n"
            "ดาวน์โหลด (PDF 2.4 MB)\nแผนพัฒนาท้องถิ่นสี่ปี (พ.ศ. 2561 - 2565)\n2 พ.ย. 2560\nดาวน์โหลด (PDF 17.2 KB)")
    rows = [link("f/new.pdf", "ดาวน์โหลด (PDF 2.4 MB)", context="แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) 14 ก.ค. 2565 ดาวน์โหลด (PDF 2.4 MB)"),
            link("f/old.pdf", "ดาวน์โหลด (PDF 17.2 KB)", context="แผนพัฒนาท้องถิ่นสี่ปี (พ.ศ. 2561 - 2565) 2 พ.ย. 2560 ดาวน์โหลด (PDF 17.2 KB)")]
    facts = [_home("เทศบาลตำบลท่าสำโรงใหม่", [link("download/plan/", "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน")]),
             page("download/plan/", "แผนพัฒนาท้องถิ่น / แผนการดำเนินงาน", text, links=rows),
             doc("f/old.pdf", "แผนพัฒนาท้องถิ่นสี่ปี (พ.ศ. 2561 - 2565)\nเทศบาลตำบลท่าสำโรงใหม่"), broken("f/new.pdf")]
    assert judge68(facts, "O5").status == "outdated"  # the plan that ended, not the dead one's years


def test_a_multi_year_span_names_no_one_year_of_an_annual_item():
    # a download list whose readable rows are 5-year plans (2566-2570): it names no year of an
    # annual plan, though 2569 lies inside the span; a multi-year plan is read by the span
    rows = "แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)\nแผนพัฒนาการศึกษา ศูนย์พัฒนาเด็กเล็ก (2566-2570)"
    v = judge_period(Y2569.item("O23"), 2569, rows)
    assert not v.meets and "ไม่ระบุปีงบประมาณ" in v.problems[0]
    assert judge_period(Y2569.item("O23"), 2569, rows + "\nแผนปฏิบัติการป้องกันการทุจริต 2569").meets
    assert judge_period(Y2569.item("O5"), 2569, rows).meets
    assert without_plan_spans("(๒๕๖๖ - ๒๕๗๐) ปี 2568-2569") == "( ) ปี 2568-2569"


def test_a_letter_inviting_to_a_meeting_is_an_invitation():
    plan = Y2569.item("O6").part_items()[0]
    assert invites("เชิญประชุมคณะกรรมการพัฒนา อบต. (แผนการดำเนินงาน 2569)", plan)
    assert invites("หนังสือเชิญประชุมรับฟังความคิดเห็นผู้รับบริการ ปี 2569", Y2569.item("O19"))
    assert not invites("แผนการดำเนินงาน ประจำปีงบประมาณ 2569", plan)


def test_a_dead_link_to_an_older_years_document_is_no_fix():
    # "แผนปฏิบัติการป้องกันการทุจริต ปี 2567" answering 404 does not make 2569's plan found if fixed:
    # it is no cheapest fix of the item (the crawl's list of dead links still names it)
    def site(year: str) -> list[Fact]:
        return [_home("องค์การบริหารส่วนตำบลตัวอย่าง", [link("download/", "ดาวน์โหลดเอกสาร")]),
                page("download/", "ดาวน์โหลดเอกสาร", "ดาวน์โหลดเอกสาร\nเอกสารเผยแพร่ของหน่วยงาน",
                     links=[link("f/plan.pdf", f"แผนปฏิบัติการป้องกันการทุจริต ปี {year}")]),
                broken("f/plan.pdf")]
    this_year = judge(site("2569"), "O23")
    assert [b.url.rsplit("/", 1)[-1] for b in this_year.broken_links] == ["plan.pdf"]
    assert any("รายการนี้จึงจะนับว่าพบ" in p for p in this_year.problems)
    old = judge(site("2567"), "O23")
    assert old.broken_links == [] and not any("รายการนี้จึงจะนับว่าพบ" in p for p in old.problems)


def test_the_same_office_one_level_down_is_another_unit():
    # a district office's monthly summary on the provincial office's site fills none of its months
    home = key("สำนักงานพัฒนาชุมชนจังหวัดพิจิตร")
    assert another_place(home, ["สำนักงานพัฒนาชุมชนอำเภอตะพานหิน"])
    assert not another_place(home, ["สำนักงานพัฒนาชุมชนจังหวัดพิจิตร"])
    assert not another_place(key("องค์การบริหารส่วนตำบลดอนแก้ว"), ["องค์การบริหารส่วนตำบลดอนแก้ว อำเภอเมือง"])


def test_an_institutes_or_presidents_office_document_is_a_parent_bodys():
    from checklist.ownership import parent_body

    # nursecollege O5 / O21, commcollege O5: the institute over the college made these, not the college
    college = own_name("หน้าแรก – วิทยาลัยพยาบาลบรมราชชนนี ศรีธารา")
    plan = ["แผนยุทธศาสตร์สถาบันพระบรมราชชนก พ.ศ. 2566 - 2570", "สถาบันพระบรมราชชนก กระทรวงสาธารณสุข"]
    assert parent_body(college, plan) != ""
    risk = ["รายงานการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2569", "สำนักงานอธิการบดี สถาบันพระบรมราชชนก"]
    assert parent_body(college, risk) != ""
    # the college's own plan naming its institute under its own name stays the college's
    assert parent_body(college, ["แผนยุทธศาสตร์วิทยาลัยพยาบาลบรมราชชนนี ศรีธารา พ.ศ. 2564 - 2568",
                                 "สถาบันพระบรมราชชนก กระทรวงสาธารณสุข"]) == ""
    # on the institute's own site its documents are its own; a university's president's office is
    # the university's own on the university's site
    assert parent_body(own_name("สถาบันพระบรมราชชนก กระทรวงสาธารณสุข"), plan) == ""
    assert parent_body(own_name("มหาวิทยาลัยศรีธารา | หน้าหลัก"), ["รายงานประจำปี 2568",
                                                            "สำนักงานอธิการบดี มหาวิทยาลัยศรีธารา"]) == ""
    # ... and a faculty's parent on the faculty's site
    assert parent_body(own_name("คณะพยาบาลศาสตร์ มหาวิทยาลัยศรีธารา"), ["รายงานประจำปี 2568",
                                                                 "สำนักงานอธิการบดี มหาวิทยาลัยศรีธารา"]) != ""
    # the word alone on a wrapped line names no body
    assert parent_body(college, ["คู่มือการปฏิบัติงาน", "สถาบัน"]) == ""
    # commcollege O5: the institute named right after the plan's name, its name holding the
    # college's kind ("สถาบันวิทยาลัยชุมชน" on วิทยาลัยชุมชนนาคำแสน's site) is no sign of the college
    commcollege = own_name("วิทยาลัยชุมชนนาคำแสน")
    assert parent_body(commcollege, ["แผนพัฒนาสถาบันวิทยาลัยชุมชน ระยะ 5 ปี (พ.ศ. 2566 - 2570)",
                                     "สำนักงานสถาบันวิทยาลัยชุมชน"]) != ""
    assert parent_body(commcollege, ["แผนพัฒนาวิทยาลัยชุมชนนาคำแสน ระยะ 5 ปี (พ.ศ. 2568 - 2572)",
                                     "สถาบันวิทยาลัยชุมชน"]) == ""


def test_a_scan_whose_ocr_dropped_marks_from_the_agencys_name_is_still_its_own():
    # ectprov O23: "...การเลือกตังประจำจังหวัด..." (OCR) over the signed plan is the office's own
    home = page("", "หน้าหลัก - สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดอุทัยธานี", depth=0,
                links=[link("f/plan.pdf", "แผนปฏิบัติการป้องกันการทุจริต ปี 2569")])
    scan = doc("f/plan.pdf", "สำนักงานคณะกรรมการการเลือกตังประจำจังหวัดอุทัยธานี\n\nแผนปฏิบัติการป้องกันการทุจริต\n"
               "ประจำปีงบประมาณ พ.ศ. 2569\n๑ อบรมคุณธรรม ๒๐,๐๐๐ บาท", "แผนปฏิบัติการป้องกันการทุจริต ปี 2569")
    scan = scan.model_copy(update={"document": DocumentInfo(format="pdf", pages=1, scanned=True, ocr=True)})
    assert judge([home, scan], "O23").status == "found"


def test_a_section_heading_of_its_own_over_figures_holds_a_part():
    # rubberbranch O7: "งบการเงิน ณ วันที่ 30 กันยายน 2566" over the year's revenue and spending in
    # an old annual report: the budget part is there too, of the same old year (outdated, not missing)
    report = ("รายงานประจำปี 2566\nการยางแห่งประเทศไทย\nปีงบประมาณ พ.ศ. 2566 (1 ตุลาคม 2565 - 30 กันยายน 2566)\n"
              "ผลการดำเนินงานที่สำคัญ ปีงบประมาณ 2566\nการสงเคราะห์ปลูกแทน (ไร่) 400,000 382,615\n"
              "งบการเงิน ณ วันที่ 30 กันยายน 2566\nรายได้รวม 11,205.6 ล้านบาท ค่าใช้จ่ายรวม 10,874.2 ล้านบาท")
    facts = [page("", "หน้าแรก - การยางแห่งประเทศไทย สาขาทุ่งโพธิ์ทอง", depth=0,
                  links=[link("f/ar.pdf", "รายงานประจำปี")]), doc("f/ar.pdf", report, "รายงานประจำปี")]
    assert judge68(facts, "O7").status == "outdated"
    # without the figures under it the heading is a mention: the budget part is not there
    facts[1] = doc("f/ar.pdf", report.replace("\nรายได้รวม 11,205.6 ล้านบาท ค่าใช้จ่ายรวม 10,874.2 ล้านบาท", ""),
                   "รายงานประจำปี")
    assert judge68(facts, "O7").status == "missing"


def test_another_branch_of_the_same_enterprise_is_another_place():
    from checklist.ownership import another_place

    own = own_name("หน้าแรกสาขา - การยางแห่งประเทศไทย สาขาทุ่งโพธิ์ทอง")
    assert another_place(own, ["การยางแห่งประเทศไทย สาขาคลองวังหิน"])
    assert not another_place(own, ["การยางแห่งประเทศไทย สาขาทุ่งโพธิ์ทอง"])
    assert not another_place(own, ["การยางแห่งประเทศไทย"])


def test_a_folder_named_for_two_subjects_holding_only_the_others_file_is_not_the_item():
    # coopaudit O7: "แผนงาน/รายงานผลการดำเนินงาน" of 2568 holds only the plan: no report of 2568
    folder = page("dl/2568/plan/", "ปีงบประมาณ 2568 » แผนงาน/รายงานผลการดำเนินงาน",
                  "ปีงบประมาณ 2568 » แผนงาน/รายงานผลการดำเนินงาน\nแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568 21 ต.ค. 2567 "
                  "15.0 KB ดาวน์โหลด",
                  links=[link("f/plan68.pdf", "ดาวน์โหลด", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568 21 ต.ค. 2567 ดาวน์โหลด")])
    facts = [page("", "หน้าแรก", depth=0, links=[link("dl/2568/plan/", "แผนงาน/รายงานผลการดำเนินงาน")]), folder,
             doc("f/plan68.pdf", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568\nโครงการ งบประมาณ")]
    result = judge(facts, "O7")
    assert first(result) != "/dl/2568/plan/", result


def test_a_parent_bodys_document_of_an_older_year_is_outdated_either_way():
    # coopaudit O20: the department's No Gift notice of FY2567 on the provincial office's site
    notice = ("ประกาศกรมตรวจบัญชีสหกรณ์\nเรื่อง นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)\n"
              "ประจำปีงบประมาณ พ.ศ. 2567\nกรมตรวจบัญชีสหกรณ์ขอประกาศให้บุคลากรทุกคนไม่รับของขวัญ")
    facts = [page("", "หน้าแรก - สำนักงานตรวจบัญชีสหกรณ์นครธารา", depth=0,
                  links=[link("f/nogift.pdf", "ประกาศนโยบาย No Gift Policy")]),
             doc("f/nogift.pdf", notice, "ประกาศนโยบาย No Gift Policy")]
    result = judge(facts, "O20")
    assert result.status == "outdated", result
    assert any("หน่วยงานต้นสังกัด" in r for e in result.evidence for r in e.reasons + result.problems) or any(
        "หน่วยงานต้นสังกัด" in p for p in result.problems)


def test_an_order_appointing_a_working_group_is_not_the_analysis_or_the_measures():
    # coopaudit O25: a scanned order, its marks dropped by OCR, linked as the ITA analysis
    home = page("", "หน้าแรก - สำนักงานตรวจบัญชีสหกรณ์นครธารา", depth=0,
                links=[link("f/order.pdf", "คลิก", "o25 การนำผล ITA ไปพัฒนา คลิก")])
    order = doc("f/order.pdf", "คำสังสำนักงานตรวจบัญชีสหกรณ์นครธารา\nที 14/2569\nA 1 ry ๐ ae A a\n"
                "เรือง แต่งตังคณะทำงานขับเคลือนการประเมิน ITA\nประจำปีงบประมาณ พ.ศ. 2569", "คลิก")
    order = order.model_copy(update={"document": DocumentInfo(format="pdf", pages=1, scanned=True, ocr=True)})
    from checklist.lookalikes import is_appointment

    t = SiteIndex.build([home, order], ROOT).targets[ROOT + "f/order.pdf"]
    assert all(is_appointment(t, part) for part in Y2569.item("O25").part_items())
    assert judge([home, order], "O25").status != "found"


def test_a_bare_section_number_opens_a_section_holding_a_part():
    # coopaudit O25: the analysis of ITA 2567 whose "3 มาตรการส่งเสริมคุณธรรม ..." holds the measures
    analysis = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA)\nประจำปีงบประมาณ พ.ศ. 2567\n"
                "สำนักงานตรวจบัญชีสหกรณ์นครธารา\n1 ผลคะแนน ITA ปี 2567\nได้คะแนนรวม 88.41 คะแนน\n2 ประเด็นที่ต้องพัฒนา\n"
                "การเปิดเผยข้อมูลรายงานผลการใช้จ่ายงบประมาณ\n3 มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568\n"
                "มาตรการ ขั้นตอน/วิธีการ ผู้รับผิดชอบ ระยะเวลา")
    facts = [page("", "หน้าแรก - สำนักงานตรวจบัญชีสหกรณ์นครธารา", depth=0,
                  links=[link("f/ita.pdf", "การวิเคราะห์ผลการประเมิน ITA")]),
             doc("f/ita.pdf", analysis, "การวิเคราะห์ผลการประเมิน ITA")]
    from checklist.match import part_heading

    measures = Y2569.item("O25").part_items()[1]
    assert "มาตรการส่งเสริม" in part_heading(SiteIndex.build(facts, ROOT), ROOT + "f/ita.pdf", measures)
    assert judge(facts, "O25").status == "outdated"


def test_a_table_header_row_is_no_title_line():
    from checklist.doc_title import doc_title_block

    text = ("สถิติการให้บริการ ปีงบประมาณ พ.ศ. 2568\nศูนย์การศึกษาพิเศษ ประจำจังหวัดยโสธร\n"
            "เดือน\tรับบริการในศูนย์ (คน)\tหน่วยบริการอำเภอ (คน)\nต.ค. 2567\t88\t121")
    assert doc_title_block(text) == ["สถิติการให้บริการ ปีงบประมาณ พ.ศ. 2568", "ศูนย์การศึกษาพิเศษ ประจำจังหวัดยโสธร"]


def test_the_provinces_notice_is_not_an_office_stationed_in_the_provinces_own():
    from checklist.ownership import provinces_notice

    # ectprov O20: the governor's No Gift notice circulated to the election commission's office
    ect = own_name("หน้าหลัก - สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดอุทัยธานี")
    assert provinces_notice(ect, "ประกาศจังหวัดอุทัยธานี")
    assert another_kind(ect, ["ประกาศจังหวัดอุทัยธานี", "เรื่อง นโยบายไม่รับของขวัญ"])
    # a ministry's provincial office is under the governor: the person's call stays
    assert not provinces_notice(own_name("หน้าหลัก - สำนักงานพัฒนาชุมชนจังหวัดอุทัยธานี"), "ประกาศจังหวัดอุทัยธานี")


def test_a_campus_or_an_armed_forces_parent_document_is_a_parent_bodys():
    from checklist.ownership import parent_body

    # sportscampus O5: the institute's plan, no campus named, on a campus's site
    campus = own_name("หน้าแรก - สถาบันการพลศึกษา วิทยาเขตภูผาทอง")
    assert parent_body(campus, ["แผนยุทธศาสตร์สถาบันการพลศึกษา (พ.ศ. 2566 - 2570)",
                                "สถาบันการพลศึกษา กระทรวงการท่องเที่ยวและกีฬา"]) != ""
    assert parent_body(campus, ["แผนพัฒนาสถาบันการพลศึกษา วิทยาเขตภูผาทอง (พ.ศ. 2563 - 2567)"]) == ""
    # airwing O7: the air force's annual report on a wing's site
    wing = own_name("หน้าหลัก - กองบิน 38 กองทัพอากาศ")
    assert parent_body(wing, ["รายงานประจำปี 2568 กองทัพอากาศ", "กองทัพอากาศ (Royal Thai Air Force Annual Report 2025)"]) != ""
    assert parent_body(wing, ["รายงานผลการปฏิบัติราชการประจำปี", "กองบิน 38 กองทัพอากาศ"]) == ""


def test_a_departments_centre_on_a_line_of_its_own_is_another_unit():
    # groundwater O7: the department's research centre's report on a regional office's site
    own = own_name("หน้าแรก :: สำนักงานทรัพยากรน้ำบาดาลเขต 13")
    assert another_centre(own, ["รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2567",
                                "ศูนย์วิจัยและพัฒนาน้ำบาดาล กรมทรัพยากรน้ำบาดาล"])
    assert not another_centre(own, ["รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2567", "สำนักงานทรัพยากรน้ำบาดาลเขต 13"])


def test_commanders_with_spelled_out_ranks_are_named_executives():
    # airwing O2: "นาวาอากาศเอก ..." over "ผู้บังคับการกองบิน 38"
    text = ("ผู้บังคับบัญชากองบิน 38\nนาวาอากาศเอก ธีรวัฒน์ ศรีสุวรรณกุล\nผู้บังคับการกองบิน 38\nโทร. 0 5675 3800 ต่อ 4001\n"
            "นาวาอากาศเอก ชยพล วงศ์ภักดี\nรองผู้บังคับการกองบิน 38\nนาวาอากาศโท ปกรณ์ ทองสุข\nเสนาธิการกองบิน 38")
    facts = [page("", "หน้าหลัก - กองบิน 38", depth=0, links=[link("about/commanders/", "ผู้บริหาร")]),
             page("about/commanders/", "ผู้บังคับบัญชา", text, images=4)]
    assert judge(facts, "O2").status == "found"


def test_a_line_opening_with_a_parts_name_and_its_figures_holds_the_part():
    # groundwater O7: "ผลการใช้จ่ายงบประมาณ ปี 2566 ได้รับ ... บาท" inside the old annual report, right
    # under its title block: both parts are there, both of FY2566 (outdated, not missing)
    report = ("รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๖\nสำนักงานทรัพยากรน้ำบาดาลเขต 13 (1 ตุลาคม 2565 - 30 กันยายน 2566)\n"
              "ผลสำเร็จ: เจาะบ่อน้ำบาดาล 58 บ่อ ผู้ได้รับประโยชน์ 7,420 ครัวเรือน\n"
              "ผลการใช้จ่ายงบประมาณ ปี 2566 ได้รับ 15,210,000 บาท เบิกจ่าย 14,986,450 บาท\n(ร้อยละ 98.53)")
    facts = [page("", "หน้าแรก :: สำนักงานทรัพยากรน้ำบาดาลเขต 13", depth=0, links=[link("f/ar.pdf", "รายงานประจำปี")]),
             doc("f/ar.pdf", report, "รายงานประจำปี")]
    assert judge68(facts, "O7").status == "outdated"


def test_military_staff_plans_are_named():
    assert "hr_policy" in {h.topic for h in topics_named("แผนพัฒนากำลังพลกองบิน 38 ระยะ 3 ปี")}


# ------------------------------------------------------------------ the fifteenth session's sites


def test_a_dead_download_script_link_under_a_post_is_its_broken_file():
    """"?wpdmdl=2231" answers 404 under the item's post; its row gives the file's size: the post
    carried a file that is gone, so the item is missing and the dead link is named (samutsao O22)."""
    post = page("index.php.q/p=2555/", "O22 ผลการจัดการความเสี่ยงการทุจริต",
                "O22 ผลการจัดการความเสี่ยงการทุจริต\nโพสต์เมื่อ 1 ธ.ค. 2568 โดย admin\n"
                "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต\n"
                "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต ปี 2568\n388.40 KB",
                links=[link("index.php.q/wpdmdl=2231/", "ดาวน์โหลด",
                            context="รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต ปี 2568 388.40 KB ดาวน์โหลด")])
    facts = [_home("องค์การบริหารส่วนตำบลหาดทรายทอง", [link("index.php.q/p=2555/", "O22 ผลการจัดการความเสี่ยงการทุจริต")]),
             post, broken("index.php.q/wpdmdl=2231/")]
    result = judge(facts, "O22")
    assert result.status == "missing", result
    assert [b.url for b in result.broken_links] == [ROOT + "index.php.q/wpdmdl=2231/"], result.broken_links


def test_a_post_relaying_a_letter_the_agency_received_is_not_its_policy():
    """The department's letter asking every อบต. to publicise the ministry's No Gift policy, posted as
    news: not the อบต.'s own announcement, whose only one is two years old (samutsao O20)."""
    relay = page("archives/2214/", "ประชาสัมพันธ์นโยบาย No Gift Policy กระทรวงมหาดไทย ปี 2568",
                 "ประชาสัมพันธ์นโยบาย No Gift Policy กระทรวงมหาดไทย ปี 2568\nโพสต์เมื่อ 24 ต.ค. 2567 โดย admin · หมวดหมู่\n"
                 "ข่าวประชาสัมพันธ์ ปี 2568\nตามหนังสือกรมส่งเสริมการปกครองท้องถิ่น ขอประชาสัมพันธ์นโยบายไม่รับของขวัญของกระทรวงมหาดไทย"
                 " ประจำปีงบประมาณ 2568\nหนังสือกรมส่งเสริมการปกครองท้องถิ่น",
                 links=[link("archives/category/news-2568/", "ข่าวประชาสัมพันธ์ ปี 2568",
                             context="ประชาสัมพันธ์นโยบาย No Gift Policy กระทรวงมหาดไทย ปี 2568"),
                        link("files/dla.pdf", "หนังสือกรมส่งเสริมการปกครองท้องถิ่น")])
    letter = doc("files/dla.pdf", "ด่วนที่สุด\nที่ มท 0804.3/ว 4127\nกรมส่งเสริมการปกครองท้องถิ่น ถนนนครราชสีมา เขตดุสิต\n"
                 "14 ตุลาคม 2567\nเรื่อง ประชาสัมพันธ์นโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ พ.ศ. 2568\n"
                 "เรียน ผู้ว่าราชการจังหวัด ทุกจังหวัด\nขอให้องค์กรปกครองส่วนท้องถิ่นจัดทำประกาศของตนเอง")
    own = doc("files/nogift.pdf", "ประกาศองค์การบริหารส่วนตำบลหาดทรายทอง\nเรื่อง นโยบายไม่รับของขวัญ (No Gift Policy)\n"
              "ประจำปีงบประมาณ พ.ศ. 2566\nประกาศ ณ วันที่ 3 ตุลาคม 2565")
    facts = [_home("องค์การบริหารส่วนตำบลหาดทรายทอง", [
        link("archives/2214/", "ประชาสัมพันธ์นโยบาย No Gift Policy กระทรวงมหาดไทย ปี 2568"),
        link("files/nogift.pdf", "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)")]), relay, letter, own]
    result = judge68(facts, "O21")
    assert result.status == "outdated" and first(result) == "/files/nogift.pdf", result


def test_the_way_back_under_an_ita_pages_last_row_is_not_that_rows_evidence():
    rows = [("o19", "สถิติเรื่องร้องเรียน", "stats.html"), ("o20", "No Gift", "nogift.html"),
            ("o21", "ความเสี่ยง", "risk.html")]
    group = page("ita-2569/10-1/", "ITA 2569 : การป้องกันการทุจริต",
                 "\n".join(f"{c} {t}" for c, t, _ in rows) + "\no22 รายงานผลการบริหารจัดการความเสี่ยงการทุจริต\n« กลับหน้า ITA 2569",
                 links=[*(link(u, t, context=f"{c} {t}") for c, t, u in rows),
                        link("ita-2569/", "« กลับหน้า ITA 2569", context="o22 รายงานผลการบริหารจัดการความเสี่ยงการทุจริต")])
    hub = page("ita-2569/", "ITA 2569", "การประเมินคุณธรรมและความโปร่งใส ITA 2569\nตัวชี้วัดที่ 10 การป้องกันการทุจริต",
               links=[link("ita-2569/10-1/", "10.1 การป้องกันการทุจริต")])
    facts = [_home("เขื่อนห้วยลำพาง", [link("ita-2569/", "ITA 2569")]), hub, group]
    assert judge(facts, "O22").status == "missing"


def test_a_quarters_post_publishes_the_months_of_the_files_it_carries():
    """"เผยแพร่สรุปผลการจัดซื้อจัดจ้าง ... ไตรมาสที่ 2 (มกราคม - มีนาคม 2569)" over February's and
    March's files only, each named by its file name: January is missing (pcu O11)."""
    def quarter(n: int, months: list[tuple[str, str]], span: str) -> list[Fact]:
        head = f"สรุปผลการจัดซื้อจัดจ้าง ไตรมาสที่ {n}/2569"
        text = (f"{head}\nเผยแพร่: 4 มี.ค. 2569\nผู้เขียน: admin\nเผยแพร่สรุปผลการจัดซื้อจัดจ้าง (แบบ สขร.1) "
                f"ไตรมาสที่ {n} ปีงบประมาณ 2569 ({span})\nไฟล์แนบ\n" + "\n".join(f"{f}\n(สขร.1)" for f, _ in months))
        post = page(f"q{n}.html", head, text, links=[link(f"files/{f}", f, context=head) for f, _ in months])
        return [post, *(doc(f"files/{f}", f"แบบ สขร.1\nสรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน{m}\nศูนย์สุขภาพชุมชนเมือง\n"
                            "ที่\tงานที่จัดซื้อหรือจัดจ้าง\tวงเงิน\n1\tซื้อวัสดุการแพทย์\t18,450") for f, m in months)]
    q1 = quarter(1, [("oct.xls", "ตุลาคม พ.ศ. 2568"), ("nov.xls", "พฤศจิกายน พ.ศ. 2568"), ("dec.xls", "ธันวาคม พ.ศ. 2568")],
                 "ตุลาคม - ธันวาคม 2568")
    q2 = quarter(2, [("feb.xls", "กุมภาพันธ์ พ.ศ. 2569"), ("mar.pdf", "มีนาคม พ.ศ. 2569")], "มกราคม - มีนาคม 2569")
    ita = page("ita.html", "ITA 2569: การจัดซื้อจัดจ้าง", "o11 สรุปผลจัดซื้อจัดจ้างรายเดือน ไตรมาส 1/2569 ไตรมาส 2/2569\n"
               "o12 รายงานผลการจัดซื้อจัดจ้าง", headings=["ITA 2569: การจัดซื้อจัดจ้าง"], links=[
                   link("q1.html", "ไตรมาส 1/2569", "o11 สรุปผลจัดซื้อจัดจ้างรายเดือน ไตรมาส 1/2569 ไตรมาส 2/2569"),
                   link("q2.html", "ไตรมาส 2/2569", "o11 สรุปผลจัดซื้อจัดจ้างรายเดือน ไตรมาส 1/2569 ไตรมาส 2/2569"),
                   link("report.html", "รายงานผล", "o12 รายงานผลการจัดซื้อจัดจ้าง")])
    hub = page("ita-index.html", "ITA 2569", "การประเมินคุณธรรมและความโปร่งใส ITA 2569",
               links=[link("ita.html", "การจัดซื้อจัดจ้าง")])
    facts = [_home("ศูนย์สุขภาพชุมชนเมือง", [link("ita-index.html", "ITA 2569")]), hub, ita, *q1, *q2]
    result = judge(facts, "O11")
    assert result.status == "review" and any("ม.ค. 2569" in p for p in result.problems), result


def test_statistics_of_complaints_and_suggestions_are_not_of_corruption_complaints():
    stats = doc("files/45.xlsx", "สถิติเรื่องร้องเรียน/ข้อเสนอแนะ ปีงบประมาณ 2569\nเรื่อง\tจำนวน\nรอคิวนาน\t4\nที่จอดรถ\t2")
    facts = [_home("ศูนย์สุขภาพชุมชนเมือง", [link("files/45.xlsx", "สถิติเรื่องร้องเรียน/ข้อเสนอแนะ ต.ค. 68 - มี.ค. 69")]), stats]
    assert judge(facts, "O18").status == "missing"


def test_a_hearing_held_is_participation_not_a_channel_for_opinions():
    """"สรุปผลโครงการ ... พบประชาชน รับฟังความคิดเห็น ...": a hearing held, linked from the item's ITA
    row, is the participation it asks for (recruitoffice O19)."""
    title = "สรุปผลโครงการสัสดีพบประชาชน รับฟังความคิดเห็นก่อนการตรวจเลือก ประจำปี 2569"
    post = page("news/5509.html", title, f"{title}\nโพสต์เมื่อ 2 มี.ค. 2569\nระหว่างวันที่ 24 - 26 กุมภาพันธ์ 2569 "
                "จัดโครงการ ณ หอประชุมอำเภอ เปิดโอกาสให้ประชาชนร่วมแสดงความคิดเห็น มีผู้เข้าร่วมรวม 226 คน")
    rows = [(f"O{n}", t, f"p{n}.html") for n, t in ((1, "โครงสร้าง"), (2, "ผู้บริหาร"), (3, "ติดต่อ"), (4, "ข่าว"))]
    rows.append(("O19", "การเปิดโอกาสให้มีส่วนร่วม", "news/5509.html"))
    facts = [_home("สำนักงานสัสดีจังหวัดพนมทอง", [link("ita.html", "ITA 2569")]),
             _ita_page("ita.html", "ประจำปีงบประมาณ พ.ศ. 2569", rows), post]
    result = judge(facts, "O19")
    assert result.status == "found" and first(result) == "/news/5509.html", result


def test_a_post_dated_only_by_its_update_is_as_old_as_the_file_it_carries():
    """"นโยบาย No Gift Policy / เผยแพร่เมื่อ 12 ธ.ค. 2567 (ปรับปรุง)" over the announcement of FY2566:
    the day says when the page was touched, the file which year's policy it is (tatoffice O21)."""
    post = page("nogift.html", "นโยบาย No Gift Policy",
                "นโยบาย No Gift Policy\nเผยแพร่เมื่อ 12 ธ.ค. 2567 (ปรับปรุง)\nเปิดอ่าน 233 ครั้ง\nสำนักงานเวียงกว๊าน "
                "ประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ขอความร่วมมือ"
                "ผู้ประกอบการและประชาชนงดให้ของขวัญแก่พนักงานทุกเทศกาล\nไฟล์แนบ :\nประกาศนโยบาย No Gift Policy\n(16 KB)",
                links=[link("files/81.pdf", "ประกาศนโยบาย No Gift Policy", context="ไฟล์แนบ :")])
    policy = doc("files/81.pdf", "ประกาศสำนักงานเวียงกว๊าน\nเรื่อง นโยบายไม่รับของขวัญ (No Gift Policy)\n"
                 "ประจำปีงบประมาณ พ.ศ. 2566\nประกาศ ณ วันที่ 3 ตุลาคม 2565")
    facts = [_home("สำนักงานเวียงกว๊าน", [link("nogift.html", "No Gift Policy")]), post, policy]
    result = judge68(facts, "O21")
    assert result.status == "outdated", result
    assert all(2568 not in e.years for e in result.evidence), result


def test_files_of_a_listing_under_an_ita_row_each_name_their_own_item():
    """An ITA row leads to a post of two files: the row's item is not passed on to each (one is the
    ministry's risk plan of another kind); only a post's one file is what the row leads to."""
    rows = [(f"O{n}", t, f"p{n}.html") for n, t in ((1, "โครงสร้าง"), (2, "ผู้บริหาร"), (3, "ติดต่อ"), (4, "ข่าว"))]
    rows.append(("O21", "การประเมินความเสี่ยงการทุจริต", "risk.html"))
    post = page("risk.html", "เอกสารความเสี่ยง", "เอกสารความเสี่ยง\nโพสต์เมื่อ 1 ธ.ค. 2568 โดย admin\nไฟล์แนบ\nerm.pdf\nrisk68.pdf",
                links=[link("files/erm.pdf", "erm.pdf", context="ไฟล์แนบ"), link("files/risk68.pdf", "risk68.pdf", context="ไฟล์แนบ")])
    erm = doc("files/erm.pdf", "แผนบริหารความเสี่ยงองค์กร ประจำปีงบประมาณ พ.ศ. 2569\nความเสี่ยงด้านการจัดเก็บภาษี\nการกัดเซาะชายฝั่ง")
    old = doc("files/risk68.pdf", "การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ\nประจำปีงบประมาณ พ.ศ. 2568\nความเสี่ยง\tระดับ")
    facts = [_home("องค์การบริหารส่วนตำบลหาดทรายทอง", [link("ita.html", "ITA 2569")]),
             _ita_page("ita.html", "ประจำปีงบประมาณ พ.ศ. 2569", rows), post, erm, old]
    result = judge(facts, "O21")
    assert result.status == "outdated" and first(result) == "/files/risk68.pdf", result
