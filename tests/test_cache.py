"""What a re-audit may reuse: the facts digest ignores how the crawl reached a page, nothing else."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from crawler.cache import facts_digest
from crawler.items import DocumentInfo, Fact, Link, Step


def _write(path, facts, spaced=False):
    """As crawler.pipelines.FactsWriterPipeline writes them (or as json.dumps would)."""
    lines = [json.dumps(f.model_dump(mode="json"), ensure_ascii=False) if spaced else f.model_dump_json()
             for f in facts]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _facts(**change):
    page = Fact(kind="page", url="http://x.go.th/ita.html", requested_url="http://x.go.th/ita.html",
                status=200, title="ITA ประจำปี ๒๕๖๙", text="แผนปฏิบัติการป้องกันการทุจริต",
                links=[Link(url="http://x.go.th/plan.pdf", text="แผนฯ 2569")], depth=1,
                found_on="http://x.go.th/", anchor_text="ITA", path=[Step(text="ITA", url="http://x.go.th/ita.html")],
                fetched_at=datetime(2026, 11, 1, tzinfo=UTC))
    doc = Fact(kind="document", url="http://x.go.th/plan.pdf", requested_url="http://x.go.th/plan.pdf",
               status=200, title="แผนฯ 2569", text="แผนปฏิบัติการ ๒๕๖๙", depth=2,
               document=DocumentInfo(format="pdf", sha256="ab" * 32), anchor_text="แผนฯ 2569",
               fetched_at=datetime(2026, 11, 1, tzinfo=UTC))
    for name, value in change.items():
        target, field = name.split("__")
        setattr(page if target == "page" else doc, field, value)
    return [page, doc]


def test_digest_ignores_how_the_crawl_reached_a_page(tmp_path):
    base = facts_digest(_write(tmp_path / "a.jsonl", _facts()))
    again = _facts(page__fetched_at=datetime(2026, 11, 8, tzinfo=UTC), page__found_on="http://x.go.th/news.html",
                   page__anchor_text="การประเมิน ITA", page__path=[], page__depth=2, doc__title="ดาวน์โหลด",
                   doc__anchor_text="ดาวน์โหลด", doc__depth=3)
    assert facts_digest(_write(tmp_path / "b.jsonl", list(reversed(again)))) == base
    assert facts_digest(_write(tmp_path / "c.jsonl", again, spaced=True)) != facts_digest(
        _write(tmp_path / "d.jsonl", _facts(page__text="อื่น"), spaced=True))


def test_digest_changes_with_what_the_site_says(tmp_path):
    base = facts_digest(_write(tmp_path / "a.jsonl", _facts()))
    for change in ({"page__text": "แผนปฏิบัติการป้องกันการทุจริต 2569"}, {"page__title": "ITA 2568"},
                   {"page__links": []}, {"doc__status": 404}, {"page__sha256": "cd" * 32}):
        assert facts_digest(_write(tmp_path / "b.jsonl", _facts(**change))) != base, change
