"""The labelled real-pages corpus of the repository (tests/data/realpages/).

Runs in a clone alone (no ../shared): the hygiene of both splits, and floors for the page
classifier on the TUNING split only. The locked split is measured and printed by
``scripts/measure_realpages.py``; no test looks at its rows' verdicts.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

from checklist.evaluate import agency_page, measure, read_pages
from checklist.models import TOPICS

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "realpages"

# The tuning split's figures (2026-12-03, 747 pages, with the learned news-post and topic models
# retrained on all 747: partly in-sample; their host-grouped cross-validation is in the README) were
# precision 0.860, recall 0.910 (before the retraining: 0.852 / 0.883). Re-based on 2026-12-04 when
# 51 pages of 44 new hosts joined the split (measured before anything was tuned on them; mostly
# third-party news and document-sharing pages labelled as no evidence): 798 pages, precision 0.837,
# recall 0.906 (the 51 alone: 13 right, 19 false, 5 missed). The floors sit just under them.
# Re-based on 2026-12-05 when 284 pages of new hosts joined the split (measured before anything
# was tuned on them: the 1082 pages P 0.762 R 0.874; mostly third-party hard negatives, whose
# labels say whose site a page is on) and the news and topic models were retrained on the pages of
# agencies' own sites among them: 1082 pages P 0.767 R 0.900; the 879 of agencies' own sites
# P 0.873 R 0.913. The floors sit just under them.
# Re-based when the corpus itself grows (new pages are measured before anything is tuned on
# them); raise them when the classifier gets better; never lower them to make a code change pass.
PRECISION_FLOOR = 0.76
RECALL_FLOOR = 0.89
AGENCY_PRECISION_FLOOR = 0.86  # pages of agencies' own sites: what an audit reads
AGENCY_RECALL_FLOOR = 0.90

KINDS = {"lao", "central_gov", "school_university", "hospital_health", "unknown_blog", "other"}
EXTRA_LABELS = {"open_data", "conflict_of_interest", "other_ita"}  # seen, not evidence of an item


def _realpages():
    spec = importlib.util.spec_from_file_location("realpages", ROOT / "scripts" / "realpages.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


rp = _realpages()


def _rows(split: str) -> list[dict]:
    return [json.loads(ln) for ln in (DATA / f"{split}.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]


TUNING, LOCKED = _rows("tuning"), _rows("locked")


def _digest(site: str) -> str:
    return hashlib.sha256(site.encode()).hexdigest()


def test_corpus_size():
    assert len(TUNING) + len(LOCKED) >= 500
    assert len(LOCKED) >= 150


def test_rows_are_well_formed():
    for r in TUNING + LOCKED:
        assert set(r) == set(rp.FIELDS), r["url"]
        assert rp.norm_host(r["host"]) == rp.norm_host(r["url"].split("/")[2].split(":")[0]), r["url"]
        assert isinstance(r["labels"], list)
        assert set(r["labels"]) <= set(TOPICS) | EXTRA_LABELS, (r["url"], r["labels"])
        assert 0 < len(r["text"]) <= rp.MAX_CHARS, r["url"]
        assert r["site_kind"] in KINDS, (r["url"], r["site_kind"])


def test_no_personal_data():
    for r in TUNING + LOCKED:
        assert rp.redact(r["text"]) == r["text"], f"unredacted phone, ID or e-mail in {r['url']}"


def test_no_reserved_host_in_any_split():
    digests = set((DATA / "reserved-hosts.sha256").read_text().split())
    assert len(digests) > 100
    for r in TUNING + LOCKED:
        assert not rp.is_reserved(r["host"], digests), r["url"]


def test_no_duplicate_urls():
    urls = [r["url"] for r in TUNING + LOCKED]
    assert len(urls) == len(set(urls))


def test_split_is_by_host_hash():
    tuned = set((DATA / "tuned-sites.sha256").read_text().split())
    tuning_sites = {rp.site_of(r["host"]) for r in TUNING}
    locked_sites = {rp.site_of(r["host"]) for r in LOCKED}
    assert not tuning_sites & locked_sites
    assert all(rp.split_of(r["host"]) == "locked" for r in LOCKED)
    for r in TUNING:  # tuning by its hash, or a site the matcher was already tuned on
        assert rp.split_of(r["host"]) == "tuning" or _digest(rp.site_of(r["host"])) in tuned, r["url"]


def test_not_copied_from_dev_pages():
    dev = rp.dev_pages()
    if not dev:
        pytest.skip("shared/reference/dev_pages.jsonl is not beside this checkout")
    urls = {r["url"] for r in dev}
    assert not urls & {r["url"] for r in TUNING + LOCKED}


def test_classifier_floors_on_tuning_split():
    pages = read_pages(DATA / "tuning.jsonl")
    m = measure(pages)["overall"]
    assert m["precision"] >= PRECISION_FLOOR, m
    assert m["recall"] >= RECALL_FLOOR, m
    a = measure([p for p in pages if agency_page(p)])["overall"]
    assert a["precision"] >= AGENCY_PRECISION_FLOOR, a
    assert a["recall"] >= AGENCY_RECALL_FLOOR, a


def test_readme_figures_are_generated():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "<!-- realpages:begin -->" in text and "<!-- realpages:end -->" in text
    block = text.split("<!-- realpages:begin -->", 1)[1].split("<!-- realpages:end -->", 1)[0]
    assert "generated by scripts/measure_realpages.py" in block


def test_a_run_without_the_document_files_keeps_the_earlier_document_figures():
    spec = importlib.util.spec_from_file_location("measure", ROOT / "scripts" / "measure_realpages.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    old = f"{mod.BEGIN}\n| tuning | ... |\n\nReal documents (tuning, ...): 9 read, topic 3/9\n{mod.END}"
    earlier = mod.earlier_document_lines(old)
    assert earlier == [mod.EARLIER + "Real documents (tuning, ...): 9 read, topic 3/9"]
    figures = {"date": "2026-12-03", "documents": {"splits": {"tuning": {"missing": 9}}}}
    for split in ("tuning", "locked"):
        overall = {"precision": 1.0, "recall": 1.0, "tp": 1, "fp": 0, "fn": 0}
        figures[split] = {"pages": 1, "positive_pages": 1, "hosts": 1, "negatives": {"flagged": 0, "pages": 0},
                          "overall": overall, "agency": {"pages": 1, "overall": overall},
                          "agency_clear": {"pages": 1, "overall": overall}}
    block = mod.readme_block(figures, earlier)
    assert block.count(mod.EARLIER) == 1 and mod.earlier_document_lines(block) == earlier  # marked once


def test_document_manifest():
    path = ROOT / "tests" / "data" / "realdocs" / "manifest.jsonl"
    rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    digests = set((DATA / "reserved-hosts.sha256").read_text().split())
    assert rows
    for r in rows:
        assert {"file", "source_repo", "source_path", "source_commit", "sha256", "host", "site",
                "topic", "fiscal_year", "split"} <= set(r), r
        assert r["topic"] in TOPICS or r["topic"] == "none", r
        assert r["fiscal_year"] is None or 2550 <= r["fiscal_year"] <= 2575, r
        assert not r["host"] or not rp.is_reserved(r["host"], digests), r["host"]
        assert r["site"] == (rp.site_of(r["host"]) if r["host"] else r["source_repo"].lower()), r
        assert r["split"] == rp.split_of(r["site"]), r["file"]
        assert rp.host_digest(r["source_repo"]) not in digests, r["source_repo"]
    assert len({r["file"] for r in rows}) == len(rows)


def _measure_module():
    spec = importlib.util.spec_from_file_location("measure", ROOT / "scripts" / "measure_realpages.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_second_labels_cover_the_agencies_pages_and_are_clean():
    urls = {r["url"] for r in TUNING + LOCKED}
    assert rp.check_second(urls) == []
    second = rp.second_labels()
    agencies = [r for r in TUNING + LOCKED if agency_page(r)]
    assert sum(r["url"] in second for r in agencies) >= 0.9 * len(agencies)


def test_two_labellers_are_compared_page_by_page(monkeypatch):
    """The second labeller's labels are scored against the first's, over agencies' pages only;
    a page either labeller marks weak is no clear page; the lenient figures take a topic either
    labeller gave as right and ask for the topics both gave."""
    mod = _measure_module()
    pages = [{"url": f"https://a.go.th/{i}", "text": "หน้า", "site_kind": k, "labels": a, "note": n}
             for i, (k, a, n) in enumerate([("lao", ["news"], ""), ("lao", ["laws"], ""),
                                            ("lao", [], "negative"), ("other", ["news"], "")])]
    second = {p["url"]: {"url": p["url"], "labels": b, "ita_index": False, "note": n}
              for p, b, n in zip(pages, [["news"], [], ["structure"], []], ["", "weak", "", ""], strict=True)}
    got = {"https://a.go.th/0": {"news": []}, "https://a.go.th/1": {},
           "https://a.go.th/2": {"structure": [], "laws": []}}
    monkeypatch.setattr(mod, "classify_page", lambda url, text, title="": got.get(url, {}))
    t2 = mod.agreement(pages, second)
    assert t2["pages"] == 3  # the newspaper's page is left out
    assert (t2["second_vs_first"]["tp"], t2["second_vs_first"]["fp"], t2["second_vs_first"]["fn"]) == (1, 1, 1)
    assert (t2["classifier_vs_first"]["tp"], t2["classifier_vs_first"]["fp"], t2["classifier_vs_first"]["fn"]) == (1, 2, 1)
    assert (t2["classifier_vs_second"]["tp"], t2["classifier_vs_second"]["fp"], t2["classifier_vs_second"]["fn"]) == (2, 1, 0)
    assert t2["alike"]["pages"] == 1
    assert t2["clear"]["pages"] == 2  # the page the second labeller marked weak is not clear
    assert (t2["clear"]["second_vs_first"]["fp"], t2["clear"]["second_vs_first"]["fn"]) == (1, 0)
    assert t2["either_precision"] == 2 / 3 and t2["both_recall"] == 1.0
    assert mod.agreement(pages, {}) is None


def test_figures_by_kind_of_agency_set_the_classifier_beside_the_second_labeller(monkeypatch):
    """A kind's row counts only that kind's pages; the second labeller is scored on the pages it
    labelled; a kind without pages has no row."""
    mod = _measure_module()
    pages = [{"url": f"https://a.go.th/{i}", "text": "หน้า", "site_kind": k, "labels": a}
             for i, (k, a) in enumerate([("lao", ["news"]), ("lao", ["laws"]), ("hospital_health", ["structure"])])]
    second = {"https://a.go.th/0": {"labels": ["news"]}, "https://a.go.th/1": {"labels": ["authority"]}}
    got = {"https://a.go.th/0": {"news": []}, "https://a.go.th/2": {"structure": [], "laws": []}}
    monkeypatch.setattr(mod, "classify_page", lambda url, text, title="": got.get(url, {}))
    monkeypatch.setattr(mod, "measure", lambda ps: {"overall": mod._score(
        [({x for x in p["labels"]}, set(mod.classify_page(p["url"], p["text"]))) for p in ps])})
    k = mod.by_kind(pages, second)
    assert set(k) == {"lao", "hospital_health"}
    assert k["lao"]["pages"] == 2 and (k["lao"]["overall"]["tp"], k["lao"]["overall"]["fn"]) == (1, 1)
    assert (k["lao"]["second_vs_first"]["tp"], k["lao"]["second_vs_first"]["fp"]) == (1, 1)
    assert k["hospital_health"]["overall"]["fp"] == 1 and k["hospital_health"]["second_vs_first"] is None
