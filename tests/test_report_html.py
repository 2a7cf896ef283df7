"""report.html: what each reader sees, that hostile crawl data stays text, and atomic writes.

The real-browser checks (scripts do not run, phone width, A4 print) are in test_report_browser.py.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from reports import html as report_html
from reports.html import render_html, safe_href, signed, thai_date, thai_datetime, write_html
from tests.report_samples import (
    JS_URL,
    QUOTE_BREAKOUT_URL,
    XSS,
    hostile_report,
    sample_profile,
    sample_report,
)


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(sample_report())


@pytest.fixture(scope="module")
def soup(page: str) -> BeautifulSoup:
    return BeautifulSoup(page, "html.parser")


def text_of(node) -> str:
    return " ".join(node.get_text(" ").split())


# --- page frame ---------------------------------------------------------------------------


def test_thai_utf8_page_with_csp(soup):
    assert soup.html["lang"] == "th"
    assert soup.find("meta", charset=True)["charset"].lower() == "utf-8"
    csp = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    assert "default-src 'none'" in csp
    assert "style-src 'unsafe-inline'" in csp
    assert "img-src data:" in csp
    assert "script-src" not in csp  # nothing may widen default-src 'none' for scripts
    assert soup.find("meta", attrs={"name": "viewport"}) is not None


def test_css_is_inline_responsive_printable(soup):
    css = "\n".join(s.get_text() for s in soup.find_all("style"))
    assert '"Sarabun", "TH Sarabun New", "Noto Sans Thai", "Loma", "Garuda", sans-serif' in css
    assert "max-width" in css and "@media (max-width: 600px)" in css
    assert "@media print" in css
    assert re.search(r"@page\s*\{[^}]*size:\s*A4", css)
    assert re.search(r"@media print\s*\{[^@]*#gaps\s*\{\s*break-before:\s*page", css)
    assert "break-inside: avoid" in css
    assert "url(" not in css and "@import" not in css and "@font-face" not in css


def test_sections_present(soup):
    ids = [s["id"] for s in soup.select("section.block")]
    assert ids == ["summary", "gaps", "measures", "found", "broken", "method"]  # executives first
    assert soup.find(id="changes") is None  # no previous report given


# --- header and summary ---------------------------------------------------------------------


def test_header_shows_agency_year_and_time(soup):
    header = text_of(soup.find("header", id="top"))
    assert "เทศบาลเมืองตัวอย่าง" in header
    assert "ITA ปีงบประมาณ พ.ศ. 2569" in header
    assert "25 พ.ย. 2569 เวลา 10:00 น." in header
    assert "25 พ.ย. 2569 เวลา 10:04 น." in header
    assert "4 นาที 12 วินาที" in header


def test_score_is_an_estimate_against_pass_mark(soup):
    report = sample_report()
    summary = soup.find("section", id="summary")
    text = text_of(summary)
    assert "คะแนน OIT โดยประมาณ" in text
    assert summary.select_one(".oit-estimate").get_text() == f"{report.score.oit_estimate:.1f}"
    assert "เกณฑ์ผ่าน 85.0" in text
    assert "ค่าประมาณ" in text and "ไม่ใช่คะแนนทางการ" in text
    assert "ต่ำกว่าเกณฑ์" in text
    assert summary.select_one(".distance").get_text() == "72.5"  # 85 - 12.5
    # fixing the top four gaps (+25 +25 +12.5 +12.5) reaches 87.5
    assert "แก้ไข 4 รายการ" in text


def test_passing_score_says_so():
    report = sample_report()
    report.score.oit_estimate = 91.25
    summary = BeautifulSoup(render_html(report), "html.parser").find(id="summary")
    assert summary.select_one(".oit-estimate").get_text() == "91.2"
    assert "ผ่านเกณฑ์ 85.0" in text_of(summary)
    assert summary.select_one(".distance") is None


def test_indicator_table_now_and_last_year(soup):
    rows = soup.select("table.indicators tbody tr")
    ids = [r["data-indicator"] for r in rows]
    assert ids == ["OIT", "9", "9.1", "9.2", "9.3", "9.5", "10", "10.1", "10.2"]
    by_id = {r["data-indicator"]: r for r in rows}
    assert "ตัวชี้วัดที่ 9" in text_of(by_id["9"])
    assert by_id["9.1"].select_one(".bar > span")["style"] == "width: 100.0%"
    assert by_id["9"].select_one(".bar > span")["style"] == "width: 25.0%"
    assert by_id["9"].select_one("td.score").get_text() == "25.0"
    # last year's official scores from the profile: indicators, and OIT = their mean
    assert "ทางการ ITA 2568" in text_of(soup.select_one("table.indicators thead"))
    assert by_id["9"].select_one("td.last").get_text() == "57.6"
    assert by_id["10"].select_one("td.last").get_text() == "50.0"
    assert by_id["OIT"].select_one("td.last").get_text() == "53.8"
    assert by_id["9.1"].select_one("td.last").get_text() == "-"
    assert by_id["OIT"].select_one("td.to-pass").get_text() == "\u221272.5"
    assert by_id["9.1"].select_one("td.to-pass").get_text() == "ผ่าน"
    kpi = text_of(soup.select_one(".kpi-history"))
    assert "ผลทางการ ITA 2568" in kpi and "53.8" in kpi and "-41.3" in kpi
    assert "77.2 ระดับ B" in kpi


def test_chart_is_inline_svg_with_pass_line(soup):
    svg = soup.select_one("#summary svg.chart")
    assert svg is not None and svg["role"] == "img"
    assert svg.find("title") is not None and svg.find("desc") is not None
    rows = {g["data-indicator"]: g for g in svg.select("g.chart-row")}
    assert list(rows) == ["OIT", "9", "10"]
    # bars are 340 units for 100 points; the pass line at 85 points
    assert rows["9"].select_one("rect.now")["width"] == "85.0"
    assert rows["9"].select_one("rect.last")["width"] == "195.8"  # 57.62 shown as 57.6
    assert svg.select_one("line.pass-line")["x1"] == "289.0"
    assert "เกณฑ์ผ่าน 85.0" in text_of(svg)
    assert "ผลทางการ ITA 2568" in text_of(svg.select_one("g.legend"))
    assert svg.select_one("line.before") is None  # no previous run
    for tag in svg.find_all(True):
        assert not any(a.lower().startswith("on") or "href" in a.lower() for a in tag.attrs)


def test_top_fixes_ranked_by_gain_with_unit(soup):
    fixes = soup.select("#summary ol.fixes li")
    got = [(li["data-code"], li["data-gain"]) for li in fixes]
    # equal gains: missing before outdated before review
    assert got == [("O27", "25.0"), ("O33", "25.0"), ("O12", "12.5"), ("O10", "12.5"),
                   ("O16", "12.5")]  # fmt: skip
    assert text_of(fixes[1].select_one(".responsible")) == "สำนักปลัด"
    assert text_of(fixes[0].select_one(".responsible")) == "ยังไม่ระบุ"
    assert fixes[0].select_one("a")["href"] == "#item-O27"
    # the fourth fix reaches the pass mark: 12.5 + (25 + 25 + 12.5 + 12.5) = 87.5
    assert "reaches-pass" in fixes[3]["class"]
    assert "87.5" in text_of(fixes[3]) and "ถึงเกณฑ์ 85.0" in text_of(fixes[3])


def test_units_behind_table(soup):
    rows = soup.select("#summary table.units tbody tr")
    got = [(r["data-unit"], r["data-gaps"]) for r in rows]
    assert got[0] == ("สำนักปลัด", "1")  # most points at stake first
    assert got[-1] == ("ยังไม่ระบุผู้รับผิดชอบ", "1")  # the unassigned pile last
    assert "กองคลัง" in dict(got)
    palad = text_of(rows[0])
    assert "2/3" in palad and "+25.0" in palad


def test_no_profile_no_gains_still_renders():
    report = sample_report(profile=None, gains={})
    soup = BeautifulSoup(render_html(report), "html.parser")
    assert soup.select_one("table.indicators td.last") is None
    assert soup.select_one("svg.chart rect.last") is None
    assert "oit profile init" in text_of(soup.find(id="measures"))
    assert not soup.select("ol.fixes li")
    assert "ไม่มีข้อมูลคะแนนรายรายการ" in text_of(soup.find(id="summary"))
    # gaps are still grouped by the responsible unit the items carry
    assert {g["data-unit"] for g in soup.select("#gaps .unit-group")} == {
        "สำนักปลัด", "กองคลัง", "กองยุทธศาสตร์และงบประมาณ", "กองการเจ้าหน้าที่",
        "ยังไม่ระบุผู้รับผิดชอบ",
    }  # fmt: skip


def test_status_counts_have_text_labels(soup):
    counts = {li["data-count"]: text_of(li) for li in soup.select("ul.counts li")}
    assert counts == {"found": "3 พบ", "outdated": "1 ล้าสมัย", "review": "2 ต้องตรวจสอบ",
                      "missing": "2 ไม่พบ"}  # fmt: skip


# --- checklist confirmation ---------------------------------------------------------------


def test_unconfirmed_checklist_notice_and_badge(soup):
    notice = soup.find(id="checklist-notice")
    assert notice is not None
    assert "ยังไม่ยืนยัน" in text_of(notice)
    assert notice.find("a", href="#item-O33") is not None
    method = text_of(soup.find(id="method"))
    assert "เกณฑ์ที่ยังไม่ยืนยัน" in method
    assert "ใช้เกณฑ์ปี 2568 แทนในข้อ O33" in method
    assert soup.select_one('[data-code="O33"] .badge.unconfirmed') is not None
    assert soup.select_one('[data-code="O12"] .badge.unconfirmed') is None


def test_no_notice_when_checklist_confirmed():
    soup = BeautifulSoup(render_html(sample_report(checklist_confirmed=True)), "html.parser")
    assert soup.find(id="checklist-notice") is None


# --- gaps and found -------------------------------------------------------------------------


def test_gaps_grouped_by_unit_most_points_first(soup):
    groups = soup.select("#gaps .unit-group")
    got = [(g["data-unit"], [c["data-code"] for c in g.select("article.card")]) for g in groups]
    assert got == [
        ("สำนักปลัด", ["O33"]),
        ("กองคลัง", ["O12"]),
        ("กองยุทธศาสตร์และงบประมาณ", ["O10"]),
        ("กองการเจ้าหน้าที่", ["O16"]),
        ("ยังไม่ระบุผู้รับผิดชอบ", ["O27"]),
    ]
    assert "palad@samplecity.go.th" in text_of(groups[0].select_one(".unit-head"))
    assert not soup.select('#gaps [data-status="found"]')
    assert not soup.select("#found article.card")
    # the summary's unit table links to the groups
    link = soup.select_one('#summary table.units tr[data-unit="กองคลัง"] a')
    assert soup.find(id=link["href"][1:])["data-unit"] == "กองคลัง"


def test_gaps_in_one_unit_ordered_by_gain_then_status():
    items = [i.model_copy(update={"responsible": "กองคลัง"}) for i in sample_report().items]
    soup = BeautifulSoup(render_html(sample_report(items=items)), "html.parser")
    codes = [c["data-code"] for c in soup.select("#gaps article.card")]
    assert codes == ["O27", "O33", "O12", "O10", "O16"]  # 25, 25 (missing first), 12.5 ...


def test_measures_with_due_dates_and_their_gaps(soup):
    measures = soup.select("#measures article.measure")
    assert len(measures) == 2
    first, second = (text_of(m) for m in measures)
    assert "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ" in first
    assert "ผู้รับผิดชอบ: สำนักปลัด" in first
    assert [d["data-due"] for d in measures[0].select(".due")] == ["2026-03-31", "2026-09-30"]
    assert "รอบ 6 เดือน: 31 มีนาคม 2569" in first and "รอบ 12 เดือน: 30 กันยายน 2569" in first
    # the audit ran on 25 Nov 2026 (FY 2570): FY 2569 of the measures is over, which is no delay
    assert len(measures[0].select(".due.closed")) == 2 and "ปีงบประมาณนั้นสิ้นสุดแล้ว" in first
    assert not soup.select(".due.overdue") and "เลยกำหนด" not in first
    note = text_of(soup.select_one("#measures .measures-note"))
    assert "ปีงบประมาณ พ.ศ. 2569 ซึ่งสิ้นสุดแล้ว" in note and "ของปีงบประมาณ พ.ศ. 2570" in note
    assert [li["data-code"] for li in measures[0].select("ul.measure-items li")] == [
        "O12", "O10", "O16"
    ]  # fmt: skip
    assert "พบแล้ว 2, ต้องแก้ไข 3" in first
    assert [li["data-code"] for li in measures[1].select("ul.measure-items li")] == ["O27", "O33"]
    assert "แนวทางการปฏิบัติ" in second and "จัดทำแผน" in second
    assert soup.select_one("#measures .outside-measures") is None  # every gap is in a measure
    card = text_of(soup.select_one('#gaps [data-code="O12"] .card-measures'))
    assert "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ" in card and "31 มีนาคม 2569" in card


def test_due_dates_ahead_and_gaps_outside_measures():
    profile = sample_profile()
    profile.measures = profile.measures[:1]
    report = sample_report(profile=profile, finished_at=datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    soup = BeautifulSoup(render_html(report), "html.parser")
    dues = soup.select("#measures article.measure .due")
    assert "อีก 30 วัน" in text_of(dues[0]) and "overdue" not in dues[0]["class"]
    outside = [li["data-code"] for li in soup.select("#measures .outside-measures li")]
    assert outside == ["O27", "O33"]


def test_gap_card_content(soup):
    card = soup.select_one('#gaps [data-code="O10"]')
    text = text_of(card)
    assert "แผนดำเนินงานและการใช้จ่ายงบประมาณประจำปี" in text
    assert "ล้าสมัย" in card.select_one(".badge").get_text()
    assert "ผู้รับผิดชอบ" in text and "กองยุทธศาสตร์และงบประมาณ" in text
    assert "ปัญหาที่ต้องแก้" in text and "เกณฑ์ต้องการปี พ.ศ. 2569" in text
    assert "+12.5 คะแนน" in text_of(card.select_one(".gain"))
    assert "เหตุผล" in text and "เอกสารที่พบเป็นของปีงบประมาณก่อน" in text
    assert "หน้าแรก > ITA > O10 แผนดำเนินงาน" in text
    assert "ปี: 2568" in text and "เอกสาร" in text
    link = card.select_one("li.evidence a.ev-link")
    assert link["href"] == "https://www.samplecity.go.th/docs/action-plan-2568.pdf"
    assert link.get_text() == "แผนดำเนินงานประจำปี พ.ศ. 2568"
    assert "ปีในเอกสารคือ 2568" in text_of(card.select_one(".ev-reasons"))


def test_further_evidence_is_folded(soup):
    card = soup.select_one('#gaps [data-code="O16"]')
    assert len(card.select("ol.evidence-best li.evidence")) == 1
    more = card.select_one("details.more-evidence")
    assert "หลักฐานอื่นที่พบ (1)" in text_of(more.summary)
    assert len(more.select("li.evidence")) == 1


def test_missing_card_without_evidence_and_responsible(soup):
    card = soup.select_one('#gaps [data-code="O27"]')
    assert "ไม่พบหลักฐานบนเว็บไซต์" in text_of(card)
    assert card.select_one(".responsible") is None


def test_found_table(soup):
    rows = soup.select("#found table tbody tr")
    assert [r["data-code"] for r in rows] == ["O1", "O2", "O6"]
    assert {r["data-status"] for r in rows} == {"found"}
    o1 = rows[0]
    assert o1.select_one("a")["href"] == "https://www.samplecity.go.th/about/structure.html"
    assert "2569" in text_of(o1)
    details = o1.find("details")
    assert details is not None and "พบแผนผังโครงสร้างส่วนราชการ" in text_of(details)


# --- hostile crawl data --------------------------------------------------------------------


def test_script_payload_is_only_text(page, soup):
    assert soup.find("script") is None
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    card = soup.select_one('#gaps [data-code="O16"]')
    text = card.get_text()
    assert f"นโยบายบุคคล {XSS}" in text  # anchor text, shown literally
    assert f"ชื่อหน้าเว็บ: นโยบาย HR {XSS}" in text  # page title in the reasons
    assert XSS in text_of(soup.find(id="broken"))


def test_hostile_report_stays_text_everywhere():
    page = render_html(hostile_report())
    soup = BeautifulSoup(page, "html.parser")
    assert "<script" not in page.lower() and "<img" not in page.lower()
    for name in ("script", "img"):
        assert soup.find(name) is None
    assert not [t for t in soup.find_all(True) if any(a.startswith("on") for a in t.attrs)]
    assert not [
        a for a in soup.find_all("a") if a["href"].lower().startswith(("javascript", "data"))
    ]


def test_no_javascript_urls_or_event_handlers(soup):
    for tag in soup.find_all(True):
        for attr, value in tag.attrs.items():
            assert not attr.lower().startswith("on"), (tag.name, attr)
            if attr in ("href", "src", "action", "formaction", "xlink:href"):
                assert not value.strip().lower().startswith(("javascript:", "data:", "vbscript:"))
    card = soup.select_one('#gaps [data-code="O16"]')
    assert JS_URL in text_of(card.select_one(".unsafe-url"))  # visible, but not a link
    hrefs = [a["href"] for a in card.find_all("a")]
    assert JS_URL not in hrefs
    # the quote break-out stays inside one href attribute
    assert QUOTE_BREAKOUT_URL in hrefs


def test_evidence_links_are_http_anchors(soup):
    report = sample_report()
    for item in report.items:
        for ev in item.evidence:
            if ev.url.startswith(("http://", "https://")):
                assert soup.find("a", href=ev.url) is not None, ev.url


def test_self_contained(soup):
    report = sample_report()
    allowed = {report.site}
    for item in report.items:
        for ev in item.evidence:
            allowed.update({ev.url, ev.found_on})
        for b in item.broken_links:
            allowed.update({b.url, b.found_on})
    for b in report.crawl.broken_links:
        allowed.update({b.url, b.found_on})
    assert soup.find("link") is None
    for name in ("script", "iframe", "object", "embed", "img", "video", "audio", "form", "base"):
        assert soup.find(name) is None, name
    assert not soup.find_all(attrs={"src": True})
    for tag in soup.find_all(attrs={"href": True}):
        assert tag.name == "a"
        href = tag["href"]
        assert href.startswith("#") or href in allowed | {"report.xlsx", "report.pdf"}, href
    for tag in soup.find_all(attrs={"style": True}):
        assert "url(" not in tag["style"]


# --- changes since the previous run ------------------------------------------------------


def test_changes_since_previous():
    current = sample_report()
    prev_items = [i.model_copy() for i in current.items]
    for i in prev_items:
        if i.code == "O12":
            i.status = "found"
        elif i.code == "O10":
            i.status = "missing"
    previous = sample_report(items=prev_items, started_at=datetime(2026, 6, 1, 9, 0))
    soup = BeautifulSoup(render_html(current, previous=previous), "html.parser")
    rows = soup.select("#changes tbody tr")
    got = {r["data-code"]: (r["data-old"], r["data-new"]) for r in rows}
    assert got == {"O12": ("found", "missing"), "O10": ("missing", "outdated")}
    o12 = text_of(soup.select_one('#changes tr[data-code="O12"]'))
    assert "พบ" in o12 and "ไม่พบ" in o12 and "แย่ลง" in o12
    assert "เปลี่ยนแปลงจากครั้งก่อน" in text_of(soup.find(id="changes"))


def test_summary_shows_change_since_previous_run():
    current = sample_report()
    prev_items = [i.model_copy() for i in current.items]
    for i in prev_items:
        if i.code == "O1":
            i.status = "missing"
    previous = sample_report(items=prev_items)
    assert round(previous.score.oit_estimate, 2) == 8.33
    soup = BeautifulSoup(render_html(current, previous=previous), "html.parser")
    kpi = text_of(soup.select_one(".run-change"))
    assert "8.3 → 12.5" in kpi.replace("\u2192", "→") and "(+4.2)" in kpi
    rows = {r["data-indicator"]: r for r in soup.select("table.indicators tbody tr")}
    assert rows["9.1"].select_one("td.delta").get_text() == "+33.3"
    assert rows["10"].select_one("td.delta").get_text() == "เท่าเดิม"  # not "0.0": no change
    assert soup.select("svg.chart line.before")
    assert "ผลตรวจครั้งก่อน" in text_of(soup.select_one("svg.chart g.legend"))


def test_changes_across_years_match_by_topic():
    current = sample_report()
    prev_items = [i.model_copy(update={"code": "X" + i.code}) for i in current.items]
    prev_items[4] = prev_items[4].model_copy(update={"status": "found"})  # procurement_plan
    previous = sample_report(assessment_year=2568, items=prev_items)
    soup = BeautifulSoup(render_html(current, previous=previous), "html.parser")
    rows = soup.select("#changes tbody tr")
    assert [(r["data-code"], r["data-old"], r["data-new"]) for r in rows] == [
        ("O12", "found", "missing")
    ]
    assert "เดิม XO12" in text_of(rows[0])


# --- helpers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.a.go.th/x?y=1", "https://www.a.go.th/x?y=1"),
        ("  http://a.go.th/ไฟล์.pdf ", "http://a.go.th/ไฟล์.pdf"),
        ("HTTPS://A.GO.TH/", "HTTPS://A.GO.TH/"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("java\nscript:alert(1)", None),
        ("\x01javascript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("vbscript:msgbox(1)", None),
        ("file:///etc/passwd", None),
        ("//evil.example/x", None),
        ("/relative/path", None),
        ("https:alert(1)", None),
        ("http://[::1", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_href(url, expected):
    assert safe_href(url) == expected


def test_thai_date_and_signed():
    assert thai_date(date(2026, 3, 31)) == "31 มีนาคม 2569"
    assert thai_date(date(2025, 10, 1)) == "1 ตุลาคม 2568"
    assert signed(4.25) == "+4.2" and signed(-3) == "-3.0" and signed(0.01) == "เท่าเดิม"
    assert signed(None) == "-"


def test_thai_datetime_converts_to_thai_time():
    utc = datetime(2026, 1, 31, 20, 30, tzinfo=UTC)
    assert thai_datetime(utc) == "1 ก.พ. 2569 เวลา 03:30 น."
    assert thai_datetime(datetime(2025, 10, 1, 8, 5)) == "1 ต.ค. 2568 เวลา 08:05 น."


def test_autoescape_on_and_no_safe_filter_in_templates():
    env = report_html._environment()
    assert env.autoescape(report_html.TEMPLATE_NAME) is True
    for tpl in report_html.TEMPLATES_DIR.glob("*.j2"):
        assert env.autoescape(tpl.name) is True, tpl.name
        code = re.sub(r"\{#.*?#\}", "", tpl.read_text(encoding="utf-8"), flags=re.S)
        assert not re.search(r"\|\s*safe\b", code), tpl.name
        assert "Markup" not in code and "autoescape false" not in code, tpl.name


# --- writing --------------------------------------------------------------------------------


def test_write_html_replaces_existing_and_leaves_no_temp(tmp_path: Path):
    out = tmp_path / "report.html"
    out.write_text("old report", encoding="utf-8")
    returned = write_html(sample_report(), out)
    assert returned == out
    content = out.read_text(encoding="utf-8")
    assert content.startswith("<!DOCTYPE html>")
    assert "คะแนน OIT โดยประมาณ" in content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def test_write_html_creates_folder_and_passes_previous(tmp_path: Path):
    out = tmp_path / "run" / "report.html"
    report = sample_report()
    write_html(report, out, previous=report)
    assert 'id="changes"' in out.read_text(encoding="utf-8")
    assert os.stat(out).st_mode & 0o777 == 0o644


def test_write_html_failure_keeps_earlier_report(tmp_path: Path, monkeypatch):
    out = tmp_path / "report.html"
    out.write_text("good earlier report", encoding="utf-8")

    def boom(src, dst):
        raise OSError("disk full")

    import common.files

    monkeypatch.setattr(common.files.os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        write_html(sample_report(), out)
    assert out.read_text(encoding="utf-8") == "good earlier report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def test_naive_and_aware_times_do_not_crash():
    report = sample_report(
        started_at=datetime(2026, 11, 25, 10, 0),
        finished_at=datetime(2026, 11, 25, 3, 5, tzinfo=timezone(timedelta(0))),
    )
    assert "25 พ.ย. 2569 เวลา 10:05 น." in render_html(report)


def test_a_broken_link_is_shown_as_the_cheapest_fix(soup):
    card = next(c for c in soup.select(".cheapest-fix") if "procurement-plan-2569.pdf" in text_of(c))
    words = text_of(card)
    assert "แก้ลิงก์ที่เสีย" in words and "ไม่พบไฟล์หรือหน้าเว็บ (404)" in words and "ita/index.html" in words
    assert any(a["href"].endswith("procurement-plan-2569.pdf") for a in card.select("a"))
