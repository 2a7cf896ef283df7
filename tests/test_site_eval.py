"""Scoring an audit against a test site's truth file (``oit eval --sites``)."""

from __future__ import annotations

from app.site_eval import compare_with_truth

SITE = "http://127.0.0.1:8000"


def _report(first: dict) -> dict:
    return {"items": [{"code": "O5", "status": "found", "evidence": [first]}]}


def test_a_file_on_another_host_is_matched_by_the_page_that_links_it():
    # A truth file names site paths only: a Google Drive plan linked from the ITA page is
    # written as that page; the audit cites the Drive link itself
    truth = {"items": {"O5": {"status": "found", "url": "/ita/2569/", "also": ["/download/plan/"]}}}
    drive = {"url": "https://drive.google.com/file/d/1abc/view", "kind": "external_link",
             "found_on": SITE + "/ita/2569/"}
    assert compare_with_truth(_report(drive), truth)["rows"][0]["first_ok"] is True
    elsewhere = {**drive, "found_on": SITE + "/news/"}
    assert compare_with_truth(_report(elsewhere), truth)["rows"][0]["first_ok"] is False
    # a page of the site itself is matched by its own path, not by where it was found
    page = {"url": SITE + "/about/", "kind": "page", "found_on": SITE + "/ita/2569/"}
    assert compare_with_truth(_report(page), truth)["rows"][0]["first_ok"] is False
