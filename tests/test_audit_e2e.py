"""End to end: crawl test websites served on 127.0.0.1 and check the verdicts a user would read."""

from __future__ import annotations

import pytest
import yaml

from app.site_eval import compare_with_truth
from crawler.serve import SAMPLE_SITE, StaticSite
from reports.models import AuditReport
from tests.conftest import SITES, load_report, run_oit


def _by_code(report: dict) -> dict[str, dict]:
    return {i["code"]: i for i in report["items"]}


def _first_path(item: dict) -> str:
    from urllib.parse import unquote, urlsplit

    return unquote(urlsplit(item["evidence"][0]["url"]).path)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo") / "report"
    r = run_oit("demo", "--out", str(out))
    assert r.returncode == 0, r.stderr
    return r, out, load_report(out)


def test_demo_prints_summary_and_writes_reports(demo):
    r, out, report = demo
    assert "estimated OIT score" in r.stdout
    assert str(out / "report.html") in r.stdout
    AuditReport.model_validate(report)  # valid against the model that wrote it
    assert report["assessment_year"] == 2569
    assert report["checklist_confirmed"] is False and report["checklist_notes"]
    assert report["crawl"]["pages"] >= 20 and report["crawl"]["documents"] >= 10
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "คะแนน" in html and "O26" in html
    assert not list(out.glob("*.tmp")) and not list(out.glob(".report*"))


def test_demo_verdicts_match_the_truth(demo):
    _, _, report = demo
    truth = yaml.safe_load((SAMPLE_SITE / "_truth.yaml").read_text(encoding="utf-8"))
    m = compare_with_truth(report, truth)
    wrong = [row for row in m["rows"] if row["want"] != row["got"] or row["first_ok"] is False]
    assert m["presence_precision"] == 1.0, wrong
    assert m["presence_recall"] >= 0.9, wrong
    assert m["first_evidence_accuracy"] >= 0.9, wrong
    assert m["status_accuracy"] >= 0.9, wrong


def test_demo_specific_cases(demo):
    _, _, report = demo
    items = _by_code(report)
    # A multi-year plan covering the year, submitted as the PDF itself.
    assert items["O5"]["status"] == "found"
    assert _first_path(items["O5"]) == "/files/plan/dev-plan-2566-2570.pdf"
    # Last year's plan behind a link text with no year: outdated, and the news of a meeting to
    # draft the plan is not taken for the plan.
    assert items["O23"]["status"] == "outdated"
    assert _first_path(items["O23"]) == "/files/doc_1234.pdf"
    assert all("n690120" not in e["url"] for e in items["O23"]["evidence"][:1])
    # Monthly summaries: the missing months are named.
    assert items["O11"]["status"] == "review"
    assert any("ก.พ. 2569" in p or "มี.ค. 2569" in p for p in items["O11"]["problems"])
    # Only a broken link: missing, and the broken link is listed.
    assert items["O21"]["status"] == "missing"
    assert any("risk-assessment-2569.pdf" in p for p in items["O21"]["problems"])
    assert any(b["url"].endswith("risk-assessment-2569.pdf") and b["status"] == 404
               for b in report["crawl"]["broken_links"])
    # A placeholder PDF is a link to nothing: missing, and the link to fix is named.
    assert items["O26"]["status"] == "missing"
    assert [b["url"].rsplit("/", 1)[-1] for b in items["O26"]["broken_links"]] == ["O26.pdf"]
    assert items["O21"]["broken_links"][0]["status"] == 404
    # Evidence behind a generic "ดาวน์โหลด" link is found by the document's content.
    assert items["O13"]["status"] == "found"
    assert _first_path(items["O13"]) == "/file/2569/03/abc.pdf"
    # Every verdict says why.
    assert all(i["reasons"] for i in report["items"])
    first = items["O1"]["evidence"][0]
    assert first["click_path"] and first["reasons"]


@pytest.fixture(scope="module")
def oldcms(tmp_path_factory):
    out = tmp_path_factory.mktemp("oldcms")
    with StaticSite(SITES / "oldcms") as url:
        r = run_oit("audit", url, "--out", str(out), "--delay", "0", "--concurrency", "4")
    assert r.returncode == 0, r.stderr
    return out, load_report(out)


def test_windows_874_site_with_only_a_meta_charset(oldcms):
    out, report = oldcms
    facts = [
        __import__("json").loads(line)
        for line in (out / ".work" / "facts.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    home = next(f for f in facts if f["depth"] == 0)
    assert "องค์การบริหารส่วนตำบลเก่าแก่" in home["title"] + home["text"]
    assert not any("\ufffd" in f["title"] + f["text"] for f in facts if f["kind"] == "page")


def test_oldcms_verdicts_match_the_truth(oldcms):
    _, report = oldcms
    truth = yaml.safe_load((SITES / "oldcms" / "_truth.yaml").read_text(encoding="utf-8"))
    m = compare_with_truth(report, truth)
    wrong = [row for row in m["rows"] if row["want"] != row["got"] or row["first_ok"] is False]
    assert m["presence_precision"] >= 0.95, wrong
    assert m["presence_recall"] >= 0.9, wrong
    assert m["first_evidence_accuracy"] >= 0.9, wrong
    assert m["status_accuracy"] >= 0.85, wrong
