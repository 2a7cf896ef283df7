"""The test sites' integrity checks read a site as the test server serves it (query copies too)."""

from __future__ import annotations

import urllib.error
import urllib.request

from crawler.serve import StaticSite
from tests.site_checks import dead_local_links, site_file


def test_query_string_links_are_checked_against_the_copies_the_server_sends(tmp_path):
    (tmp_path / "download.php.q" / "id=7").mkdir(parents=True)
    (tmp_path / "download.php.q" / "id=7" / "plan.pdf").write_bytes(b"%PDF-1.4 plan %%EOF")
    (tmp_path / "dl" / "plan" / ".q" / "wpdmdl=5").mkdir(parents=True)  # a folder's query copies
    (tmp_path / "dl" / "plan" / ".q" / "wpdmdl=5" / "plan.pdf").write_bytes(b"%PDF-1.4 plan %%EOF")
    (tmp_path / "dl" / "plan" / "index.html").write_text("แผน", encoding="utf-8")
    (tmp_path / "index.html").write_text(
        '<a href="/download.php?id=7">แผน</a> <a href="/download.php?id=8">รายงาน</a>'
        ' <a href="/dl/plan/?wpdmdl=5">แผน</a>'
        ' <a href="/news/?page=2&amp;x=1">ข่าว</a> <a href="/news/">ข่าว</a>', encoding="utf-8")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "index.html").write_text("ข่าว", encoding="utf-8")
    dead, _links = dead_local_links(tmp_path)
    # the copy that is there is no dead link; the one that is not is named with its query; a
    # path without query copies ignores its query
    assert dead == {"/download.php?id=8"}
    assert site_file(tmp_path, "/download.php?id=7").read_bytes().startswith(b"%PDF")
    with StaticSite(tmp_path) as url:
        assert urllib.request.urlopen(url + "/download.php?id=7").read().startswith(b"%PDF")
        try:
            urllib.request.urlopen(url + "/download.php?id=8")
            raise AssertionError("a query with no copy answered")
        except urllib.error.HTTPError as e:
            assert e.code == 404
