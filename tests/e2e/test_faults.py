"""One audit of the fault-injecting site (tests/sites/faulty.py): it finishes within its limits,
every fault is counted and named, nothing forbidden is fetched, traps stay bounded, challenge
and soft-404 pages are never evidence, and no crawled script reaches the report."""

from __future__ import annotations

import json
import re
from urllib.parse import unquote, urlsplit

import pytest

from crawler.parse import MAX_TEXT
from tests.conftest import load_report, run_oit
from tests.sites.faulty import FAULTS, FaultySite

TIMEOUT = 2.0  # OIT_DOWNLOAD_TIMEOUT for this run; the faulty site shapes its delays around it
TRAP_CHAIN = 10  # the default OIT_TRAP_CHAIN
MAX_MINUTES = 2


def _path(url: str) -> str:
    parts = urlsplit(url)
    return unquote(parts.path) + (f"?{parts.query}" if parts.query else "")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults")
    out = tmp / "report"
    with pytest.MonkeyPatch.context() as mp, FaultySite(timeout=TIMEOUT) as site:
        mp.setenv("OIT_DOWNLOAD_TIMEOUT", str(TIMEOUT))
        mp.setenv("OIT_MAX_PAGE_MB", "0.5")  # the site's 1 MB archive page goes over it
        mp.setenv("OIT_CACHE_DIR", str(tmp / "cache"))
        r = run_oit("audit", site.url, "--out", str(out), "--delay", "0", "--concurrency", "4",
                    "--max-minutes", str(MAX_MINUTES), "--db", str(tmp / "history.sqlite"),
                    timeout=MAX_MINUTES * 60 + 60)
    facts = [json.loads(line) for line in
             (out / ".work" / "facts.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return {"r": r, "out": out, "report": load_report(out) if r.returncode == 0 else {},
            "facts": facts, "site": site}


def _broken(run) -> dict[str, dict]:
    return {_path(b["url"]): b for b in run["report"]["crawl"]["broken_links"]}


def _facts(run, path: str) -> list[dict]:
    return [f for f in run["facts"] if _path(f["url"]) == path]


def _findings(run) -> str:
    return "\n".join(run["report"]["crawl"]["findings"])


def test_the_audit_finishes_within_its_limits(run):
    assert run["r"].returncode == 0, run["r"].stderr[-3000:]
    # Crawled fully, not cut short by --max-minutes: timeouts give up after their retries, a
    # too-slow page is asked no more than a timeout, traps stop (tests below).
    assert run["report"]["crawl"]["stopped_by"] == ""
    assert run["site"].hits[FAULTS["very_slow"]] <= 3
    assert "Traceback" not in run["r"].stderr


@pytest.mark.parametrize("fault, status, words", [
    ("server_error", 500, "HTTP 500 after 2 retries"),
    ("overloaded", 503, "HTTP 503 after 2 retries"),
    ("rate_limited", 429, "over the 30 s cap: not retried"),
    ("not_found", 404, "HTTP 404"),
    ("timeout", 0, f"timeout: no complete answer within {TIMEOUT:g} s (after 2 retries)"),
    ("very_slow", 0, "timeout"),
    ("reset", 0, "connection reset"),
    ("loop", 0, "redirect loop"),
    ("chain", 0, "redirect chain longer than 10 redirects"),
    ("metadata", 0, "169.254.169.254 is a link-local address"),
    ("challenge", 200, "blocked by a challenge page (Cloudflare)"),
    ("captcha", 200, "blocked by a challenge page (captcha)"),
    ("soft_404", 200, "soft 404"),
])
def test_every_failure_is_a_named_broken_link(run, fault, status, words):
    link = _broken(run)[FAULTS[fault]]
    assert link["status"] == status
    assert words in link["error"]
    assert link["found_on"]
    assert [f["kind"] for f in _facts(run, FAULTS[fault])] == ["error"]


def test_errors_are_counted(run):
    crawl = run["report"]["crawl"]
    errors = [f for f in run["facts"] if f["kind"] == "error"]
    assert crawl["errors"] == len({f["requested_url"] for f in errors}) >= 13
    assert len(crawl["broken_links"]) >= 13


def test_retries_only_where_they_make_sense(run):
    hits = run["site"].hits
    assert hits[FAULTS["server_error"]] == 3 and hits[FAULTS["overloaded"]] == 3
    assert hits[FAULTS["reset"]] == 3 and hits[FAULTS["timeout"]] == 3
    assert hits[FAULTS["not_found"]] == 1  # a 404 is not retried
    assert hits[FAULTS["rate_limited"]] == 1  # asked to wait an hour: not retried
    # 503 with Retry-After: 1, then 200: waited, retried once, recorded as a page.
    assert hits[FAULTS["busy_once"]] == 2
    first, second = run["site"].times[FAULTS["busy_once"]]
    assert second - first >= 0.9
    assert [f["kind"] for f in _facts(run, FAULTS["busy_once"])] == ["page"]
    assert [f["kind"] for f in _facts(run, FAULTS["slow"])] == ["page"]  # slow but in time


def test_redirects(run):
    assert _facts(run, "/about/history.html")[0]["kind"] == "page"
    # A site on 127.0.0.1 may redirect to 127.0.0.1 (the same kind of address).
    assert FAULTS["loopback_redirect"] not in _broken(run)
    assert run["site"].hits["/short-chain/3"] == 1


def test_site_findings_name_each_fault(run):
    findings = _findings(run)
    for words in [
        "soft 404", "session id", "private, loopback or link-local", "robots.txt",
        "wrong or missing content type", "challenge or block page", "page cap", "only in JavaScript",
        "crawler trap", "charset=utf-8 but the page is Thai windows-874",
        "huge-scan.pdf: too large: over the 60 MB download cap", "bomb.docx: archive bomb",
    ]:
        assert words in findings, words


def test_documents_are_capped_and_sniffed(run):
    huge, = _facts(run, FAULTS["huge"])
    assert huge["kind"] == "document" and "too large" in huge["document"]["error"]
    assert run["site"].hits[FAULTS["huge"]] == 1  # refused from its Content-Length, not retried
    bomb, = _facts(run, FAULTS["bomb"])
    assert bomb["kind"] == "document" and "archive bomb" in bomb["document"]["error"]
    pdf, = _facts(run, FAULTS["pdf_as_html"])
    assert pdf["kind"] == "document" and "a PDF file served as text/html" in pdf["findings"]
    assert "ทะเบียนราษฎร" in pdf["text"]


def test_pages_with_lying_types_and_charsets_are_read(run):
    vision, = _facts(run, FAULTS["html_as_binary"])
    assert vision["kind"] == "page" and vision["title"] == "วิสัยทัศน์และพันธกิจ"
    assert "application/octet-stream" in vision["findings"][0]
    no_type, = _facts(run, FAULTS["no_type"])
    assert no_type["kind"] == "page" and no_type["title"] == "กิจกรรมของเทศบาล"
    tis, = _facts(run, FAULTS["tis620"])
    assert tis["encoding"] == "cp874" and "ประกาศเทศบาลตำบลทดสอบความทนทาน" in tis["text"]
    assert "\ufffd" not in tis["text"]
    bad, = _facts(run, FAULTS["malformed"])
    assert bad["kind"] == "page" and bad["title"].startswith("กระดานข่าว")


def test_robots_txt_is_obeyed(run):
    assert run["site"].hits_under("/private/") == 0
    assert not any("/private/" in f["url"] for f in run["facts"])


def test_traps_are_bounded(run):
    calendar = {f["url"] for f in run["facts"] if "/calendar.php" in f["url"]}
    assert 2 <= len(calendar) <= 2 * TRAP_CHAIN + 1
    assert run["site"].hits_under("/calendar.php") == len(calendar)
    news = sorted(_path(f["url"]) for f in run["facts"] if "/news.php" in f["url"])
    assert news == ["/news.php?id=1", "/news.php?id=2", "/news.php?id=3"]
    assert len(_facts(run, "/webboard.html")) == 1
    assert not any("sid=" in f["url"] or "jsessionid" in f["url"] for f in run["facts"])


def test_odd_links(run):
    paths = {_path(f["url"]) for f in run["facts"]}
    assert "/เอกสาร/ประกาศ เทศบาล.html" in paths  # unencoded Thai and a space
    assert FAULTS["js_only"] in paths  # reached only through a JavaScript menu
    assert all(urlsplit(f["url"]).scheme == "http" for f in run["facts"])
    assert not any("other-host.invalid" in f["url"] for f in run["facts"])
    assert not any("oit-audit-no-such-page" in f["url"] for f in run["facts"])  # the probe
    assert run["site"].hits_under("/ajax/") == 0
    links = {lk["scheme"] for f in run["facts"] for lk in f["links"]}
    assert {"javascript", "mailto", "tel", "data", "vbscript", "invalid"} <= links


def test_blocked_and_soft_404_pages_are_never_evidence(run):
    bad = {FAULTS["challenge"], FAULTS["captcha"], FAULTS["soft_404"]}
    for item in run["report"]["items"]:
        assert not bad & {_path(e["url"]) for e in item["evidence"]}, item["code"]
    for path in bad:
        fact, = _facts(run, path)
        assert fact["kind"] == "error" and fact["text"] == ""


def test_memory_is_bounded(run):
    big, = _facts(run, FAULTS["big_page"])
    assert len(big["text"]) <= MAX_TEXT and "only the first 0.5 MB read" in big["findings"][0]
    log = (run["out"] / ".work" / "crawl.log").read_text(encoding="utf-8", errors="replace")
    m = re.search(r"'memusage/max': (\d+)", log)
    if m:  # the memusage extension reports the crawl process's peak
        assert int(m.group(1)) < 700 * 1024 * 1024


def test_no_crawled_script_reaches_the_report(run):
    html = (run["out"] / "report.html").read_text(encoding="utf-8")
    ethics = [e["url"] for i in run["report"]["items"] for e in i["evidence"]]
    assert any(_path(u) == FAULTS["hostile"] for u in ethics)  # the hostile page is in the report
    assert "&lt;script&gt;" in html  # shown as text ...
    assert "<script" not in html.lower()  # ... never as a tag
    assert not re.search(r"<[^>]*\bon(error|load|click)\s*=", html, re.I)
    assert not re.search(r"""href\s*=\s*["']?\s*(javascript|data|vbscript):""", html, re.I)
