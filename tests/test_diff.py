"""What changed between two runs: matching by code or topic, statuses, evidence, text."""

from __future__ import annotations

import json
from datetime import timedelta

from reports.diff import diff_reports, diff_to_dict, format_diff_text
from reports.models import BrokenLink, Evidence, ItemResult
from tests.report_samples import SITE, sample_items, sample_report, score_for


def _items(**changes: dict) -> list[ItemResult]:
    """The sample items, with ``changes[code]`` applied to the item of that code."""
    return [
        i.model_copy(update=changes[i.code]) if i.code in changes else i for i in sample_items()
    ]


def _report(items: list[ItemResult], **kw):
    return sample_report(items=items, score=score_for(items), **kw)


def _ev(path: str) -> Evidence:
    return Evidence(url=SITE + path, kind="document")


def test_same_report_no_changes():
    old = sample_report()
    d = diff_reports(old, sample_report())
    assert d.matched_by == "code" and not d.changed
    assert d.newly_found == d.newly_missing == d.status_changes == []
    assert d.evidence_broken == d.gone == d.new_broken_links == []
    assert d.score_change.delta == 0
    assert "ไม่มีการเปลี่ยนแปลง" in format_diff_text(d)
    assert "no changes" in format_diff_text(d, english=True)


def test_changes_between_two_weeks():
    old = _report(sample_items())
    plan = _ev("docs/procurement-plan-2569.pdf")
    new_items = _items(
        O12={"status": "found", "evidence": [plan], "problems": []},  # document published
        O1={"status": "missing", "evidence": []},  # structure page now 404
        O6={"evidence": [_ev("docs/laws-2569-v2.pdf")]},  # same status, other document
        O10={"status": "review"},  # outdated -> review: neither better nor worse
        O33={"evidence": [Evidence(url=SITE + "about/structure.html")]},  # URL reused elsewhere
    )
    broken = [
        BrokenLink(url=SITE + "about/structure.html", status=404, found_on=SITE),
        BrokenLink(url=SITE + "news/x.html", status=500, found_on=SITE + "news/"),
    ]
    crawl = old.crawl.model_copy(update={"broken_links": broken})
    new = _report(new_items, crawl=crawl, started_at=old.started_at + timedelta(days=7))
    d = diff_reports(old, new, old_run_id=1, new_run_id=2)

    assert d.matched_by == "code" and d.note == ""
    assert (d.old.run_id, d.new.run_id) == (1, 2)
    assert [(i.code, i.old_status, i.status) for i in d.newly_found] == [("O12", "missing", "found")]
    assert [(i.code, i.old_status) for i in d.newly_missing] == [("O1", "found")]
    changes = {c.code: (c.old, c.new, c.better, c.direction) for c in d.status_changes}
    assert changes == {
        "O1": ("found", "missing", False, "worse"),
        "O10": ("outdated", "review", False, "same"),
        "O12": ("missing", "found", True, "better"),
    }
    # O1's page is a broken link now; O6's law PDF and O33's news page are nowhere any more
    assert [(e.code, e.url, e.reason, e.status) for e in d.evidence_broken] == [
        ("O1", SITE + "about/structure.html", "broken", 404)
    ]
    gone = {g.url: g.items for g in d.gone}
    assert gone == {
        SITE + "docs/laws-2569.pdf": ["O6"],
        SITE + "news/anti-corruption-2569.html": ["O33"],
    }
    # the old run's broken links work now; structure.html and news/x.html broke
    assert d.fixed_broken_links == sorted(
        [SITE + "docs/procurement-plan-2569.pdf", "https://old.samplecity.go.th/egp"]
    )
    assert [b.url for b in d.new_broken_links] == [
        SITE + "about/structure.html", SITE + "news/x.html"
    ]
    assert d.score_change.delta == new.score.oit_estimate - old.score.oit_estimate
    assert d.changed

    text = format_diff_text(d)
    assert "พบใหม่ (1)" in text and "+ O12" in text
    assert "หายไป (1)" in text and "- O1 โครงสร้าง" in text
    assert "↑ O12" in text and "↓ O1 " in text and "~ O10" in text
    assert "HTTP 404" in text and "docs/laws-2569.pdf (O6)" in text
    assert "จับคู่รายการตามรหัส" in text

    data = diff_to_dict(d)
    json.dumps(data)  # JSON-ready
    assert data["status_changes"][0]["code"] in {"O1", "O10", "O12"}
    assert data["matched_by"] == "code"


def test_dropped_evidence_still_elsewhere():
    """An item that loses a URL which another item still uses: 'dropped', not 'gone'."""
    old = sample_report()
    structure = SITE + "about/structure.html"
    new = _report(
        _items(
            O1={"evidence": [_ev("about/structure-2569.html")]},
            O2={"evidence": [*sample_items()[1].evidence, Evidence(url=structure)]},
        )
    )
    d = diff_reports(old, new)
    assert [(e.code, e.url, e.reason) for e in d.evidence_broken] == [("O1", structure, "dropped")]
    assert d.gone == []
    assert "no longer evidence of this item" in format_diff_text(d, english=True)


def test_different_years_match_by_topic():
    """2568 -> 2569: codes differ, topics match; a merged item matches both its parts."""
    old_items = [
        ItemResult(code="O1", topic="structure", topics=["structure", "authority"],
                   title="โครงสร้างและอำนาจหน้าที่", subindicator="9.1", status="found",
                   confidence=0.9, evidence=[Evidence(url=SITE + "about/structure.html")]),
        ItemResult(code="O7", topic="procurement_plan", topics=["procurement_plan"],
                   title="แผนการจัดซื้อจัดจ้าง", subindicator="9.3", status="missing", confidence=0.9),
        ItemResult(code="O9", topic="e_service", topics=["e_service"],
                   title="E-Service", subindicator="9.1", status="found", confidence=0.9),
    ]
    new_items = [
        ItemResult(code="O1", topic="structure", topics=["structure"], title="โครงสร้าง",
                   subindicator="9.1", status="found", confidence=0.9,
                   evidence=[Evidence(url=SITE + "about/structure.html")]),
        ItemResult(code="O3", topic="authority", topics=["authority"], title="อำนาจหน้าที่",
                   subindicator="9.1", status="review", confidence=0.5,
                   evidence=[Evidence(url=SITE + "about/authority.html")]),
        ItemResult(code="O12", topic="procurement_plan", topics=["procurement_plan"],
                   title="แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", subindicator="9.3",
                   status="found", confidence=0.9),
        ItemResult(code="O25", topic="ita_result_improvement", topics=["ita_result_improvement"],
                   title="การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", subindicator="10.2",
                   status="missing", confidence=0.9),
    ]
    old = _report(old_items, assessment_year=2568)
    new = _report(new_items, assessment_year=2569)
    d = diff_reports(old, new)
    assert d.matched_by == "topic"
    assert "2568 → 2569" in d.note and "topic" in d.note
    assert [(i.code, i.old_code) for i in d.newly_found] == [("O12", "O7")]
    changes = {(c.old_code, c.code): (c.old, c.new) for c in d.status_changes}
    assert changes == {("O1", "O3"): ("found", "review"), ("O7", "O12"): ("missing", "found")}
    assert [i.code for i in d.only_new] == ["O25"]
    assert [i.code for i in d.only_old] == ["O9"]
    assert d.evidence_broken == [] and d.gone == []  # structure.html kept by the split item
    text = format_diff_text(d, english=True)
    assert "O7→O12" in text and "O1→O3" in text
    assert "items new in this run" in text and "O25" in text
    assert "items no longer in the checklist" in text and "O9" in text


def test_text_strips_terminal_escapes():
    old = sample_report()
    evil = SITE + "x\x1b[2J\x1b]0;pwned\x07.html"
    crawl = old.crawl.model_copy(
        update={"broken_links": [BrokenLink(url=evil, status=404, found_on="\rfake")]}
    )
    text = format_diff_text(diff_reports(old, sample_report(crawl=crawl)))
    assert "\x1b" not in text and "\x07" not in text and "\r" not in text
    assert "x[2J]0;pwned.html" in text
