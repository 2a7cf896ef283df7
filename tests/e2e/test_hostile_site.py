"""A hostile site on 127.0.0.1 (tests/sites/hostile.py) cannot exhaust the audit, and every limit
it hits is named in the report (issue 19, item 2 and the wording points)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import pytest

from tests.conftest import ROOT, load_report
from tests.sites.hostile import HostileSite


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "ignore",
           "OIT_CACHE_DIR": str(tmp / "cache"), "OIT_DOWNLOAD_TIMEOUT": "10", "OIT_DOWNLOAD_MAXSIZE_MB": "20"}
    with HostileSite() as site:
        t0 = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "oit", "audit", site.url, "--out", str(tmp / "out"), "--delay", "0",
             "--max-pages", "30", "--db", str(tmp / "h.sqlite")],
            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        err = bytearray()
        drain = [threading.Thread(target=lambda: proc.stdout.read()),
                 threading.Thread(target=lambda: err.extend(proc.stderr.read()))]
        for t in drain:
            t.start()
        _, status, usage = os.wait4(proc.pid, 0)  # this audit's own peak memory
        proc.returncode = os.waitstatus_to_exitcode(status)
        for t in drain:
            t.join()
        took = time.monotonic() - t0
        hits = dict(site.hits)
    assert proc.returncode == 0, err.decode()[-2000:]
    return {"report": load_report(tmp / "out"), "hits": hits, "took": took,
            "peak_mb": usage.ru_maxrss / 1024, "stderr": err.decode()}


def _broken(run) -> dict[str, str]:
    return {b["url"].rsplit("/", 1)[-1]: b["error"] for b in run["report"]["crawl"]["broken_links"]}


def _findings(run) -> str:
    return "\n".join(run["report"]["crawl"]["findings"])


def test_endless_headers_are_cut_and_named(run):
    error = _broken(run)["headers"]
    assert "HTTP headers" in error and "ยาวเกินเพดาน" in error, error
    assert "ส่วนหัว (HTTP headers) เกินเพดาน" in _findings(run)
    assert run["hits"]["/headers"] == 1  # a cut answer is not asked for again
    assert run["took"] < 60  # not the 10 s download timeout three times over, nor 1.6 GB of headers


def test_memory_stays_bounded(run):
    assert run["peak_mb"] < 1024, run["peak_mb"]


def test_an_endless_page_is_too_large_not_a_cancelled_download(run):
    error = _broken(run)["endless.html"]
    assert error.startswith("too large") and "DownloadCancelledError" not in error, error


def test_a_200_mb_page_is_not_a_document(run):
    report = run["report"]
    assert report["crawl"]["documents"] == 0
    assert _broken(run)["huge.html"].startswith("too large")


def test_an_oversized_robots_txt_is_read_in_part_and_named(run):
    assert "robots.txt ของ 127.0.0.1" in _findings(run) and "500 KB" in _findings(run)


def test_long_urls_are_counted_and_named(run):
    findings = _findings(run)
    assert "ยาวเกิน 2,083 ตัวอักษร" in findings and "/search?q=" in findings


def test_the_quick_check_cuts_endless_headers_too():
    """The re-audit's quick check (aiohttp) stops at the same header caps: the endless-header
    address is "changed" (the crawl then records it), in seconds and without gigabytes."""
    import asyncio
    import resource

    from scrapy.settings import Settings

    from crawler import settings as oit_settings
    from crawler.revalidate import Target, _ask_all

    settings = Settings()
    settings.setmodule(oit_settings)
    settings.set("DOWNLOAD_DELAY", 0)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with HostileSite() as site:
        target = Target(requested=site.url + "headers", url=site.url + "headers", kind="page", status=200,
                        depth=1, sha256="0" * 64)
        t0 = time.monotonic()
        check = asyncio.run(_ask_all(site.url, [target], None, False, settings))
        took = time.monotonic() - t0
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert not check.unchanged and "headers" in check.why.lower(), check.why
    assert took < 20 and grown_mb < 200, (took, grown_mb)
