"""The held-out "oldyear" site (องค์การบริหารส่วนจังหวัด, Drupal) is whole: its documents open, the only
dead links are the two its truth lists as broken, and every evidence path of its truth exists."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.site_checks import assert_documents_open, dead_local_links, site_file

SITE = Path(__file__).parent / "sites" / "oldyear"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))


def test_documents_open() -> None:
    files = [p for ext in ("pdf", "docx", "xlsx") for p in SITE.rglob(f"*.{ext}") if p.stat().st_size]
    assert len(files) >= 20
    assert_documents_open(files)


def test_only_the_listed_links_are_dead() -> None:
    dead, links = dead_local_links(SITE)
    assert links
    assert dead == {b["url"] for b in TRUTH["broken"]}


def test_truth_evidence_exists() -> None:
    assert len(TRUTH["items"]) == 26
    for code, item in TRUTH["items"].items():
        for path in [item.get("url"), *item.get("also", [])]:
            if path:
                assert site_file(SITE, path).is_file(), (code, path)
