"""The facts file has one writer and one reader (common.facts): what the light readers take
from a line is what parsing the whole line gives, whatever the text holds."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from common.facts import (
    DocumentInfo,
    Fact,
    Link,
    Step,
    fact_line,
    read_facts,
    read_head,
    restamped,
    site_content,
)

# Texts that look like the layout's own markers: quotes, backslashes, keys in text.
TRICKY = 'ข้อความ ,"depth":5, "found_on":"x" \\",\\"text\\":\\ ปี ๒๕๖๙ \\\\'


def _facts() -> list[Fact]:
    when = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)
    page = Fact(kind="page", url="http://x.go.th/ita.html?a=1&b=\"2\"", requested_url="http://x.go.th/ita",
                status=200, sha256="ab" * 32, title=f"ITA {TRICKY}", headings=[TRICKY, '"depth":'],
                text=TRICKY * 3, links=[Link(url="http://x.go.th/p.pdf", text=TRICKY, context=',"text":')],
                depth=3, findings=[TRICKY], found_on="http://x.go.th/", anchor_text=TRICKY,
                path=[Step(text=',"found_on":"', url="http://x.go.th/ita")], fetched_at=when)
    doc = Fact(kind="document", url="http://x.go.th/p.pdf", requested_url="http://x.go.th/p.pdf", status=200,
               title=TRICKY, text=TRICKY, depth=4, document=DocumentInfo(format="pdf", error="timed out after 60 s"),
               anchor_text=TRICKY, fetched_at=when)
    error = Fact(kind="error", url="http://x.go.th/gone", requested_url="http://x.go.th/gone",
                 error=f"HTTP 404 {TRICKY}", fetched_at=when)
    return [page, doc, error]


def test_the_head_of_a_line_is_what_the_whole_line_says():
    for fact in _facts():
        head = read_head(fact_line(fact))
        assert head is not None
        assert (head.kind, head.url, head.requested_url, head.status, head.sha256, head.depth, head.error) == (
            fact.kind, fact.url, fact.requested_url, fact.status, fact.sha256, fact.depth, fact.error)
    page, doc, error = (read_head(fact_line(f)) for f in _facts())
    assert doc.cut_short == "timed out after 60 s" and page.cut_short == error.cut_short == ""
    assert read_head(fact_line(_facts()[0])[:-30]) is None  # cut by a hard stop


def test_site_content_leaves_out_only_how_and_when_the_crawl_reached_it():
    page, doc, _ = _facts()
    key, content = site_content(fact_line(page))
    assert key == b"http://x.go.th/ita"
    data = json.loads(content + b"}")
    assert data == {k: v for k, v in json.loads(page.model_dump_json()).items()
                    if k not in ("depth", "found_on", "anchor_text", "path", "fetched_at")}
    _, doc_content = site_content(fact_line(doc))
    assert "title" not in json.loads(doc_content + b"}")  # a document's title is its first link's text
    other = page.model_copy(update={"depth": 9, "found_on": None, "anchor_text": "", "path": [],
                                    "fetched_at": datetime(2027, 1, 1, tzinfo=UTC)})
    assert site_content(fact_line(other)) == (key, content)
    assert site_content(fact_line(page.model_copy(update={"text": "อื่น"})))[1] != content


def test_a_line_in_another_layout_is_read_the_same():
    for fact in _facts():
        spaced = json.dumps(fact.model_dump(mode="json"), ensure_ascii=False).encode() + b"\n"
        assert read_head(spaced) == read_head(fact_line(fact))
        assert site_content(spaced) == site_content(fact_line(fact))


def test_restamped_and_read_back(tmp_path):
    facts = _facts()
    later = datetime(2026, 12, 3, 8, 30, tzinfo=UTC)
    path = tmp_path / "facts.jsonl"
    path.write_bytes(b"".join(restamped(fact_line(f), later) for f in facts) + fact_line(facts[0])[:50])
    full = read_facts(path)
    facts = sorted(facts, key=lambda f: (f.depth, f.requested_url))  # read in the canonical order
    assert [f.model_dump() for f in full] == [f.model_copy(update={"fetched_at": later}).model_dump() for f in facts]
    light = read_facts(path, content=False)
    assert [f.model_dump() for f in light] == [
        f.model_copy(update={"fetched_at": later, "text": "", "links": []}).model_dump() for f in facts]
