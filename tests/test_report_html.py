"""report.html: what a reader sees, that hostile crawl data stays text, and atomic writes."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from reports import html as report_html
from reports.html import render_html, safe_href, thai_datetime, write_html
from tests.report_samples import JS_URL, QUOTE_BREAKOUT_URL, XSS, sample_report


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
    assert "max-width" in css
    assert "@media print" in css
    assert re.search(r"@page\s*\{[^}]*size:\s*A4", css)
    assert "break-inside: avoid" in css
    assert "url(" not in css and "@import" not in css and "@font-face" not in css


def test_sections_present(soup):
    for sid in ("summary", "gaps", "found", "broken", "method"):
        assert soup.find("section", id=sid) is not None, sid
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


def test_passing_score_says_so():
    report = sample_report()
    report.score.oit_estimate = 91.25
    summary = BeautifulSoup(render_html(report), "html.parser").find(id="summary")
    assert summary.select_one(".oit-estimate").get_text() == "91.2"
    assert "ผ่านเกณฑ์ 85.0" in text_of(summary)


def test_indicator_table_with_css_bars(soup):
    rows = soup.select("table.indicators tbody tr")
    ids = [r["data-indicator"] for r in rows]
    assert ids[0] == "9" and "10" in ids and "9.1" in ids and "10.2" in ids
    by_id = {r["data-indicator"]: r for r in rows}
    assert "ตัวชี้วัดที่ 9" in text_of(by_id["9"])
    assert by_id["9.1"].select_one(".bar > span")["style"] == "width: 100.0%"
    assert by_id["9"].select_one(".bar > span")["style"] == "width: 25.0%"
    assert by_id["9"].select_one("td.num").get_text() == "25.0"


def test_status_counts_have_text_labels(soup):
    counts = {li["data-count"]: text_of(li) for li in soup.select("ul.counts li")}
    assert counts == {"found": "3 พบ", "outdated": "1 ล้าสมัย", "review": "2 ต้องตรวจสอบ",
                      "missing": "2 ไม่พบ"}  # fmt: skip


# --- checklist confirmation ---------------------------------------------------------------


def test_unconfirmed_checklist_notice_and_badge(soup):
    notice = soup.find(id="checklist-notice")
    assert notice is not None
    assert "ยังไม่ยืนยัน" in text_of(notice)
    assert "ใช้เกณฑ์ปี 2568 แทนในข้อ O33" in text_of(notice)
    assert soup.select_one('[data-code="O33"] .badge.unconfirmed') is not None
    assert soup.select_one('[data-code="O12"] .badge.unconfirmed') is None


def test_no_notice_when_checklist_confirmed():
    soup = BeautifulSoup(render_html(sample_report(checklist_confirmed=True)), "html.parser")
    assert soup.find(id="checklist-notice") is None


# --- gaps and found -------------------------------------------------------------------------


def test_gap_cards_in_order_missing_outdated_review(soup):
    cards = soup.select("#gaps article.card")
    assert [(c["data-status"], c["data-code"]) for c in cards] == [
        ("missing", "O12"),
        ("missing", "O27"),
        ("outdated", "O10"),
        ("review", "O16"),
        ("review", "O33"),
    ]
    assert not soup.select('#gaps [data-status="found"]')
    assert not soup.select("#found article.card")


def test_gap_card_content(soup):
    card = soup.select_one('#gaps [data-code="O10"]')
    text = text_of(card)
    assert "แผนดำเนินงานและการใช้จ่ายงบประมาณประจำปี" in text
    assert "ล้าสมัย" in card.select_one(".badge").get_text()
    assert "ผู้รับผิดชอบ" in text and "กองยุทธศาสตร์และงบประมาณ" in text
    assert "ปัญหาที่พบ" in text and "เกณฑ์ต้องการปี พ.ศ. 2569" in text
    assert "เหตุผล" in text and "เอกสารที่พบเป็นของปีงบประมาณก่อน" in text
    assert "หน้าแรก > ITA > O10 แผนดำเนินงาน" in text
    assert "ปี: 2568" in text and "เอกสาร" in text
    link = card.select_one("li.evidence a.ev-link")
    assert link["href"] == "https://www.samplecity.go.th/docs/action-plan-2568.pdf"
    assert link.get_text() == "แผนดำเนินงานประจำปี พ.ศ. 2568"
    assert "ปีในเอกสารคือ 2568" in text_of(card.select_one(".ev-reasons"))


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
    for b in report.crawl.broken_links:
        allowed.update({b.url, b.found_on})
    assert soup.find("link") is None
    for name in ("script", "iframe", "object", "embed", "img", "video", "audio", "form", "base"):
        assert soup.find(name) is None, name
    assert not soup.find_all(attrs={"src": True})
    for tag in soup.find_all(attrs={"href": True}):
        assert tag.name == "a"
        href = tag["href"]
        assert href.startswith("#") or href in allowed, href
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

    monkeypatch.setattr(report_html.os, "replace", boom)
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
