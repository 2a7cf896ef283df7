"""`--max-minutes` bounds the whole audit, document reading included (issue 19, item 3): after
the limit, documents already downloaded are not read, and the report names each of them."""

from __future__ import annotations

import time

from crawler.serve import StaticSite
from tests.conftest import load_report, run_oit
from tests.docmaker import make_scanned_pdf

DOCS = 24
PAGES = 8  # OCR reads 3 pages of each (~0.5 s a page): ~36 s for all on two workers, far past the limit


def test_documents_not_read_by_the_time_limit_are_named(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    links = []
    for n in range(DOCS):
        name = f"scan-{n}.pdf"
        (site / name).write_bytes(make_scanned_pdf(PAGES, [f"รายงานผลการจัดซื้อจัดจ้าง ฉบับที่ {n + 1}"]))
        links.append(f"<a href='{name}'>รายงานผลการจัดซื้อจัดจ้าง ฉบับที่ {n + 1}</a>")
    (site / "index.html").write_text(
        "<html><head><meta charset='utf-8'><title>เทศบาลตำบลทดสอบเวลา</title></head><body>"
        + "<br>".join(links) + "</body></html>", encoding="utf-8")
    limit_s = 3
    with StaticSite(site) as url:
        t0 = time.monotonic()
        r = run_oit("audit", url, "--out", str(tmp_path / "out"), "--max-minutes", str(limit_s / 60),
                    "--delay", "0", "--db", str(tmp_path / "h.sqlite"),
                    env={"OIT_CACHE_DIR": str(tmp_path / "cache"), "OIT_EXTRACT_WORKERS": "2"})
        took = time.monotonic() - t0
    assert r.returncode == 0, r.stderr
    report = load_report(tmp_path / "out")
    unread = [f for f in report["crawl"]["findings"] if "not read" in f]
    assert unread, report["crawl"]["findings"]  # without the limit every document is read (~36 s)
    assert any("ยังไม่ได้อ่าน" in f and "--max-minutes" in f for f in report["crawl"]["findings"])
    # the audit ends near its limit (start-up and the report take a few seconds), not after all OCR
    assert took < limit_s + 25, took
