"""What a re-audit may reuse: the facts digest ignores how the crawl reached a page, nothing else."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from common.facts import DocumentInfo, Fact, Link, Step
from crawler.cache import facts_digest


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


def test_kept_digest_follows_the_file(tmp_path):
    """The digest kept beside a facts file is taken again as soon as the file changes."""
    import os

    from crawler.cache import stored_facts_digest

    path = _write(tmp_path / "facts.jsonl", _facts())
    first = stored_facts_digest(path)
    assert first == facts_digest(path) == stored_facts_digest(path)
    stat = path.stat()
    _write(path, _facts(page__title="ITA ประจำปี ๒๕๖๘"))  # the same size, another year
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    assert stored_facts_digest(path) == facts_digest(path) != first


# ---------------------------------------------------------------- the HTTP cache's pack


def _storage(tmp_path):
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    from crawler.httpcache import PackCacheStorage

    crawler = get_crawler(Spider, {"HTTPCACHE_DIR": str(tmp_path / "http")})
    spider = Spider.from_crawler(crawler, name="site")
    spider.root = "http://www.x.go.th/"
    storage = PackCacheStorage(crawler.settings)
    storage.open_spider(spider)
    return storage, spider


def _response(url, body, etag="v1"):
    from scrapy.http import HtmlResponse

    return HtmlResponse(url, body=body, headers={"ETag": etag, "Content-Type": "text/html"})


def test_pack_cache_keeps_responses_between_crawls(tmp_path):
    from scrapy import Request

    storage, spider = _storage(tmp_path)
    page = "หน้าแรก ๒๕๖๙".encode() * 500
    storage.store_response(spider, Request("http://www.x.go.th/"), _response("http://www.x.go.th/", page))
    storage.close_spider(spider)
    storage, spider = _storage(tmp_path)  # the next audit
    got = storage.retrieve_response(spider, Request("http://www.x.go.th/"))
    assert got.body == page and got.headers["ETag"] == b"v1" and got.url == "http://www.x.go.th/"
    assert storage.retrieve_response(spider, Request("http://www.x.go.th/other")) is None
    # a 304 stores the freshened head only: the body is not written again
    size = storage.end
    storage.store_response(spider, Request("http://www.x.go.th/"), _response("http://www.x.go.th/", page, "v1"))
    storage.close_spider(spider)
    assert 0 < storage.end - size < 1000
    assert sorted(p.name for p in storage.folder.iterdir()) == ["pack.dat", "pack.idx"]


def test_pack_cache_record_cut_by_a_hard_stop_reads_as_not_cached(tmp_path):
    from scrapy import Request

    storage, spider = _storage(tmp_path)
    for i, body in enumerate((b"<p>one</p>" * 300, b"<p>two</p>" * 300)):
        url = f"http://www.x.go.th/{i}"
        storage.store_response(spider, Request(url), _response(url, body))
    storage.close_spider(spider)
    with storage.pack.open("r+b") as fh:  # SIGKILL in the middle of the last record
        fh.truncate(storage.end - 10)
    storage, spider = _storage(tmp_path)
    assert storage.retrieve_response(spider, Request("http://www.x.go.th/0")).body == b"<p>one</p>" * 300
    assert storage.retrieve_response(spider, Request("http://www.x.go.th/1")) is None
    # a damaged byte inside a record fails its CRC too
    with storage.pack.open("r+b") as fh:
        fh.seek(5)
        fh.write(b"X")
    assert storage.retrieve_response(spider, Request("http://www.x.go.th/0")) is None
    storage.close_spider(spider)


def test_pack_cache_is_rewritten_when_mostly_superseded(tmp_path):
    from scrapy import Request

    storage, spider = _storage(tmp_path)
    url = "http://www.x.go.th/report.pdf"
    for week in range(12):  # a 1 MB file replaced every week
        body = bytes([week]) * 2**20
        storage.store_response(spider, Request(url), _response(url, body, f"w{week}"))
    storage.close_spider(spider)
    assert storage.pack.stat().st_size < 2 * 2**20
    storage, spider = _storage(tmp_path)
    assert storage.retrieve_response(spider, Request(url)).body == bytes([11]) * 2**20
    storage.close_spider(spider)


def test_quick_check_is_not_used_after_a_download_or_reading_cut_short(tmp_path):
    """The same bytes may read differently next time when the last try was cut short."""
    from crawler.revalidate import _targets

    page, doc = _facts()
    body = {"sha256": "ab" * 32, "headers": {"ETag": '"1"'}}
    bodies = {page.url: body, doc.url: body}
    targets, why = _targets(_write(tmp_path / "ok.jsonl", [page, doc]), bodies)
    assert [t.url for t in targets] == [page.url, doc.url] and not why  # shallowest first
    for error in ("truncated download: 10 of 20 bytes", "timed out after 60 s"):
        doc.document.error = error
        targets, why = _targets(_write(tmp_path / "cut.jsonl", [page, doc]), bodies)
        assert targets == [] and doc.url in why
    doc.document.error = "corrupt or unreadable pdf: bad xref"  # the same bytes, the same answer
    assert len(_targets(_write(tmp_path / "bad.jsonl", [page, doc]), bodies)[0]) == 2
