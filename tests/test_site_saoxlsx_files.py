"""The saoxlsx held-out site's files open as what they claim to be (fixture sanity, no verdicts)."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pypdf
import pytest
import yaml

SITE = Path(__file__).parent / "sites" / "saoxlsx"
TRUTH = yaml.safe_load((SITE / "_truth.yaml").read_text(encoding="utf-8"))
EMPTY = {"doc/2567/12/procplan68.pdf"}  # the failed upload the site keeps on purpose


def _files(ext: str) -> list[Path]:
    return sorted(p for p in (SITE / "doc").rglob(f"*.{ext}") if str(p.relative_to(SITE)) not in EMPTY)


@pytest.mark.parametrize("path", _files("pdf"), ids=lambda p: p.name)
def test_pdf_opens(path: Path) -> None:
    assert len(pypdf.PdfReader(path).pages) >= 1


@pytest.mark.parametrize("path", _files("docx"), ids=lambda p: p.name)
def test_docx_opens(path: Path) -> None:
    assert any(p.text.strip() for p in docx.Document(str(path)).paragraphs)


@pytest.mark.parametrize("path", _files("xlsx"), ids=lambda p: p.name)
def test_xlsx_opens(path: Path) -> None:
    assert openpyxl.load_workbook(path, read_only=True).sheetnames


def test_truth_evidence_exists_and_broken_links_are_broken() -> None:
    for code, item in TRUTH["items"].items():
        for url in [item.get("url"), *item.get("also", [])]:
            if url:
                path = SITE / ("index.html" if url == "/" else url.lstrip("/"))
                assert path.is_file() and path.stat().st_size > 0, (code, url)
    sizes = {b["url"]: (SITE / b["url"].lstrip("/")) for b in TRUTH["broken"]}
    assert not sizes["/doc/2567/10/gift-report-67.pdf"].exists()
    assert sizes["/doc/2567/12/procplan68.pdf"].stat().st_size == 0
    months = {s for s in openpyxl.load_workbook(SITE / "doc/2568/04/q2-68.xlsx", read_only=True).sheetnames}
    assert months == {"ม.ค.68", "มี.ค.68"}  # February is the missing month of O12
