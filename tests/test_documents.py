"""crawler.documents: format sniffing and reading real Thai pdf/docx/xlsx/doc/xls files.

The files are made on the fly by tests/docmaker.py; nothing touches the network.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from common import thai
from crawler.documents import extract_document, is_document_url, sniff_format
from crawler.documents import ocr as ocr_module
from crawler.documents import pool as pool_module
from crawler.documents.extract import close_pool, set_pool_size
from crawler.documents.pdf import anomaly_score
from crawler.documents.pool import get_pool
from crawler.documents.worker import read_document
from tests import docmaker as dm

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(not dm.FONT.exists(), reason=f"Thai font missing: {dm.FONT}")

SARA_AM = "\u0e33"
DECOMPOSED_AM = "\u0e4d\u0e32"


@pytest.fixture(scope="module")
def pdf3() -> bytes:
    return dm.make_pdf(pages=3)


@pytest.fixture(scope="module")
def scanned() -> bytes:
    return dm.make_scanned_pdf(pages=2)


# ---------------------------------------------------------------- formats


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example.go.th/files/plan.pdf", True),
        ("https://www.example.go.th/files/PLAN.PDF?dl=1&x=2", True),
        ("https://www.example.go.th/files/budget.xlsx#sheet", True),
        ("https://www.example.go.th/files/old.Doc", True),
        ("https://www.example.go.th/download.php?file=report.xls", True),
        ("https://www.example.go.th/files/%E0%B9%81%E0%B8%9C%E0%B8%99.docx", True),
        ("https://www.example.go.th/news/pdf", False),
        ("https://www.example.go.th/index.php?page=pdf", False),
        ("https://www.example.go.th/pic.jpg", False),
        ("https://www.example.go.th/", False),
        ("mailto:saraban@example.go.th", False),
    ],
)
def test_is_document_url(url: str, expected: bool) -> None:
    assert is_document_url(url) is expected


def test_sniff_by_magic_beats_url_and_content_type(pdf3: bytes) -> None:
    assert sniff_format(pdf3, "https://x/file.docx", "text/html") == "pdf"
    assert sniff_format(dm.make_docx(), "https://x/download.php?id=7") == "docx"
    assert sniff_format(dm.make_xlsx(), "https://x/file.pdf") == "xlsx"
    assert sniff_format(dm.make_doc(), "https://x/file") == "doc"
    assert sniff_format(dm.make_xls(), "https://x/file") == "xls"


def test_sniff_falls_back_to_url_then_content_type() -> None:
    junk = os.urandom(2000).replace(b"%PDF-", b"").replace(b"PK", b"")
    assert sniff_format(junk, "https://x/a.PDF?x=1") == "pdf"
    assert sniff_format(junk, "https://x/get", "application/pdf; charset=binary") == "pdf"
    assert sniff_format(junk, "https://x/get", "application/msword") == "doc"
    assert sniff_format(junk, "https://x/get", "text/html") == "other"
    # An OLE2 container that does not say what it holds: the URL decides.
    assert sniff_format(dm.OLE2_HEADER_ONLY, "https://x/a.xls") == "xls"


# ---------------------------------------------------------------- PDF


def test_pdf_text_is_exact_thai(pdf3: bytes) -> None:
    text, info = extract_document(pdf3, "https://x/plan.pdf", "application/pdf")
    assert info.error == ""
    assert info.format == "pdf"
    assert info.pages == 3
    assert info.scanned is False and info.ocr is False
    assert info.reader == "pypdfium2"
    assert info.size == len(pdf3) and len(info.sha256) == 64
    assert dm.TITLE in text
    for line in dm.LINES:
        assert line in text
    assert "ประจำปี" in text and SARA_AM in text and DECOMPOSED_AM not in text
    assert "หน้า 3" in text
    assert text == thai.clean(text)


def test_pdf_text_capped(pdf3: bytes) -> None:
    text, info = extract_document(pdf3, "https://x/plan.pdf", max_chars=100)
    assert info.error == "" and info.pages == 3
    assert 0 < len(text) <= 100
    assert text.startswith(dm.TITLE)


def test_scanned_pdf_detected_and_ocr(scanned: bytes) -> None:
    text, info = extract_document(scanned, "https://x/scan.pdf", ocr_pages=1)
    assert info.scanned is True
    assert info.pages == 2
    assert info.error == ""
    if not ocr_module.available():
        assert text == "" and "scanned, not read" in info.reader
        pytest.skip("tesseract with Thai data is not installed: OCR not tested")
    assert info.ocr is True
    assert "tesseract" in info.reader and "1 read by OCR" in info.reader
    assert "เทศบาล" in text
    assert "แผนการจัดซื้อจัดจ้าง" in text
    assert DECOMPOSED_AM not in text


def test_a_scan_under_a_junk_latin_text_layer_is_ocrd() -> None:
    data = dm.make_scanned_pdf(1, junk_layer=True)
    text, info = extract_document(data, "https://x/scan.pdf", ocr_pages=1)
    assert info.scanned is True and "nY~u" not in text  # the junk layer is not taken as the text
    if not ocr_module.available():
        pytest.skip("tesseract with Thai data is not installed: OCR not tested")
    assert info.ocr is True and "แผนการจัดซื้อจัดจ้าง" in text


@pytest.mark.parametrize(("text", "junk"), [
    ("\n".join(dm.JUNK_LAYER), True),
    ("Annual Report 2025 of the Provincial Office, budget and results", False),
    ("แผนการดำเนินงาน ประจำปี 2569 Action Plan", False),
    ("12 34 56", False),
])
def test_junk_layer(text: str, junk: bool) -> None:
    from crawler.documents.pdf import is_junk_layer

    assert is_junk_layer(text) is junk


def test_ocr_reads_a_scanned_table_top_to_bottom() -> None:
    """A scanned budget printout: its title, centred above the table, is read before the row
    labels down the left (tesseract's automatic layout read the label column first)."""
    if not ocr_module.available():
        pytest.skip("tesseract with Thai data is not installed: OCR not tested")
    text, info = extract_document(dm.make_scanned_table_pdf(), "https://x/budget.pdf", ocr_pages=1)
    assert info.ocr is True
    assert "รายงานประมาณการรายจ่าย" in text and "แผนงานบริหารงานทั่วไป" in text
    assert text.index("รายงานประมาณการรายจ่าย") < text.index("แผนงานบริหารงานทั่วไป")


def test_a_text_layer_in_a_legacy_fonts_own_encoding_is_ocrd() -> None:
    """The page shows Thai but its text layer is Greek letters (a legacy Thai font's own
    encoding, common in real municipal PDFs): not taken as the text, read from the picture."""
    data = dm.make_garbled_pdf(dm.SCAN_LINES)
    text, info = extract_document(data, "https://x/budget.pdf", ocr_pages=1)
    assert not any("\u0370" <= ch <= "\u03ff" for ch in text)  # no Greek taken as the text
    assert "font's own encoding" in info.reader
    if not ocr_module.available():
        pytest.skip("tesseract with Thai data is not installed: OCR not tested")
    # (the unshaped test font stacks tone marks where tesseract drops them: words without any)
    assert info.ocr is True and "ประกาศเทศบาล" in text and "แผนการจัด" in text


def test_a_garbled_text_layer_without_ocr_is_a_scan_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without tesseract the file says nothing readable: reported as a scan not read (judged
    from its link and name), never as an empty file or by its Greek letters."""
    monkeypatch.setattr(ocr_module, "available", lambda: False)
    result = read_document(dm.make_garbled_pdf(dm.SCAN_LINES), "pdf")
    assert result.scanned is True and result.ocr is False and result.text == ""
    assert result.reader.endswith("scanned, not read")


@pytest.mark.parametrize(("text", "garbled"), [
    ("ιΕϔλνυϒκϔλόςϔϑϠχϒόσϔάϖΣόςϔϟιϊμϔχηϬϔμχπϏΣλΖϏτ 2561", True),
    ("ЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ ЁЖЗИЙ", True),
    ("แผนการดำเนินงาน ประจำปี 2569 Action Plan", False),
    ("Annual Report 2025 of the Provincial Office", False),
    ("ค่าสัมประสิทธิ์ α และ β ของสมการ ตามมาตรฐานการก่อสร้าง", False),
    ("αβγ", False),  # too little to tell
])
def test_garbled_layer(text: str, garbled: bool) -> None:
    from crawler.documents.pdf import is_garbled_layer

    assert is_garbled_layer(text) is garbled


def test_scanned_pdf_without_ocr(scanned: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr_module, "available", lambda: False)
    result = read_document(scanned, "pdf")
    assert result.scanned is True and result.ocr is False
    assert result.text == "" and result.error == ""
    assert result.reader.endswith("scanned, not read")


def test_truncated_pdf(pdf3: bytes) -> None:
    text, info = extract_document(pdf3[: int(len(pdf3) * 0.6)], "https://x/plan.pdf")
    assert "truncated" in info.error
    assert info.format == "pdf"


def test_random_bytes_named_pdf() -> None:
    _, info = extract_document(os.urandom(5000), "https://x/plan.pdf")
    assert info.format == "pdf"
    assert info.error.startswith("corrupt or unreadable pdf:")
    _, info = extract_document(b"%PDF-1.7\n" + os.urandom(5000) + b"\n%%EOF\n", "x.pdf")
    assert info.error.startswith("corrupt or unreadable pdf:")
    _, info = extract_document(b"<!DOCTYPE html><html>404</html>", "https://x/plan.pdf")
    assert "HTML" in info.error


def test_encrypted_pdf(pdf3: bytes) -> None:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf3))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    text, info = extract_document(buf.getvalue(), "https://x/locked.pdf")
    assert info.error == "encrypted" and text == ""


def test_anomaly_score() -> None:
    assert anomaly_score(thai.clean("\n".join(dm.LINES))) == 0
    assert anomaly_score("ตำาบล หม่่บ้าน") > 1
    assert anomaly_score("(cid:12)(cid:34) ประกาศ") > 1
    assert anomaly_score("ประกาศ \u0e34 เทศบาล") > 1  # an orphan vowel


# ---------------------------------------------------------------- Office


def test_docx_paragraphs_table_header() -> None:
    text, info = extract_document(dm.make_docx(), "https://x/plan.docx")
    assert info.error == "" and info.format == "docx" and info.reader == "python-docx"
    assert text.startswith(dm.TITLE)
    assert "ลำดับ\tรายการ\tวงเงิน (บาท)" in text
    assert "๒\tจ้างเหมาทำความสะอาด\t๑๒๐,๐๐๐" in text
    assert "เทศบาลตำบลบ้านใหม่ (หัวกระดาษ)" in text  # the header
    assert "ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๘" in text
    assert "สารบัญ (ในกล่องเนื้อหา)" in text  # inside a content control


def test_docx_with_a_text_box_title_is_read() -> None:
    # A real municipal Word file: "corrupt or unreadable docx: XPathEvalError: Undefined
    # namespace prefix" before; its title is in a text box (the Fallback copy is not repeated).
    title = "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"
    data = dm.make_docx_with_text_box(title, ["เทศบาลตำบลบ้านใหม่", "โครงการก่อสร้างถนน ๕๐๐,๐๐๐ บาท"])
    text, info = extract_document(data, "https://x/plan.docx")
    assert info.error == "" and info.reader == "python-docx"
    assert text.count(title) == 1 and "โครงการก่อสร้างถนน" in text


def test_docx_python_docx_cannot_walk_is_read_from_its_xml(monkeypatch: pytest.MonkeyPatch) -> None:
    from lxml import etree

    from crawler.documents import office

    def fail(*_a, **_k):
        raise etree.XPathEvalError("Undefined namespace prefix")

    title = "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"
    monkeypatch.setattr(office, "_xpaths", lambda: (fail, fail, fail))
    parsed = office.read_docx(dm.make_docx_with_text_box(title, ["ลำดับที่ ๑ ถนน"]), max_chars=10_000)
    assert parsed.reader == "docx-xml" and parsed.text.split("\n")[:2] == [title, "ลำดับที่ ๑ ถนน"]


def test_xlsx_all_sheets() -> None:
    text, info = extract_document(dm.make_xlsx(), "https://x/plan.xlsx")
    assert info.error == "" and info.format == "xlsx" and info.reader == "openpyxl"
    assert info.pages == 2  # sheets
    assert "1\tจัดซื้อวัสดุสำนักงาน\t50000\t2025-10-01" in text
    assert "120000.5" in text
    assert "# สรุป" in text and dm.TITLE in text


def test_doc_with_antiword() -> None:
    if not shutil.which("antiword"):
        _, info = extract_document(dm.make_doc(), "https://x/old.doc")
        assert info.error == "cannot read .doc (antiword missing)"
        pytest.skip("antiword is not installed")
    text, info = extract_document(dm.make_doc(), "https://x/old.doc")
    assert info.error == "" and info.format == "doc" and info.reader == "antiword"
    for line in dm.LINES:
        assert line in text


def test_xls_with_xlrd() -> None:
    text, info = extract_document(dm.make_xls(), "https://x/old.xls")
    assert info.error == "" and info.format == "xls" and info.reader == "xlrd"
    assert "# แผน" in text
    assert "๑\tจัดซื้อวัสดุสำนักงาน" in text
    assert dm.TITLE in text


def test_zip_bomb_refused() -> None:
    bomb = dm.make_zip_bomb(60)
    _, info = extract_document(bomb, "https://x/plan.docx", zip_limit_mb=50)
    assert info.format == "docx"
    assert info.error == "archive bomb: declared 60 MB uncompressed"
    _, info = extract_document(bomb, "https://x/plan.docx")  # under 200 MB: the ratio rule
    assert info.error.startswith("archive bomb:") and "compression ratio" in info.error


@pytest.mark.parametrize("url", ["a.docx", "a.xlsx", "a.doc", "a.xls", "a.pdf"])
def test_garbage_never_raises(url: str) -> None:
    for junk in (
        b"PK\x03\x04" + os.urandom(300),
        dm.OLE2_HEADER_ONLY + os.urandom(3000),
        dm.make_docx()[:3000],
    ):
        text, info = extract_document(junk, f"https://x/{url}")
        assert text == ""
        assert info.error, (url, info)


# ---------------------------------------------------------------- limits


def test_worker_timeout() -> None:
    # a plan of 300 pages: never read within a millisecond, however fast and warm the worker
    # (three small pages sometimes were, on a fast machine)
    text, info = extract_document(dm.make_pdf(pages=300), "https://x/plan.pdf", timeout=0.001)
    assert text == ""
    assert info.error == "timed out after 0.001 s"


def test_worker_memory_limit(pdf3: bytes) -> None:
    _, info = extract_document(pdf3, "https://x/plan.pdf", memory_mb=16)
    assert info.error == "too large to read (memory limit)"


# ---------------------------------------------------------------- the worker pool


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_pool_reuses_one_worker(pdf3: bytes) -> None:
    close_pool()
    text, info = extract_document(pdf3, "https://x/plan.pdf")
    assert info.error == "" and dm.TITLE in text
    first = get_pool().pids()
    assert len(first) == 1
    text, info = extract_document(dm.make_docx(), "https://x/plan.docx")
    assert info.error == "" and dm.TITLE in text
    assert get_pool().pids() == first  # the same process read the second document
    close_pool()


def test_pool_recovers_after_timeout(pdf3: bytes) -> None:
    close_pool()
    extract_document(pdf3, "https://x/plan.pdf")
    (warm,) = get_pool().pids()
    big = pdf3 + bytes(32 << 20)  # takes far longer than 1 ms just to send
    text, info = extract_document(big, "https://x/plan.pdf", timeout=0.001)
    assert text == "" and info.error == "timed out after 0.001 s"
    assert _gone(warm) and get_pool().pids() == []
    text, info = extract_document(pdf3, "https://x/plan.pdf")
    assert info.error == "" and info.pages == 3 and dm.TITLE in text
    close_pool()


def test_pool_recovers_after_memory_limit(pdf3: bytes) -> None:
    close_pool()
    text, info = extract_document(pdf3, "https://x/plan.pdf", memory_mb=64)
    assert info.error == "" and dm.TITLE in text
    (warm,) = get_pool().pids()
    _, info = extract_document(pdf3 + bytes(64 << 20), "https://x/plan.pdf", memory_mb=64)
    assert info.error == "too large to read (memory limit)"
    assert _gone(warm)  # its heap may be unusable: replaced
    text, info = extract_document(pdf3, "https://x/plan.pdf", memory_mb=64)
    assert info.error == "" and dm.TITLE in text
    # A worker started with another memory limit is never used for this one.
    text, info = extract_document(pdf3, "https://x/plan.pdf")
    assert info.error == "" and dm.TITLE in text
    _, info = extract_document(pdf3, "https://x/plan.pdf", memory_mb=16)
    assert info.error == "too large to read (memory limit)"
    close_pool()


def test_pool_survives_a_worker_killed_from_outside(pdf3: bytes) -> None:
    close_pool()
    extract_document(pdf3, "https://x/plan.pdf")
    (warm,) = get_pool().pids()
    os.kill(warm, signal.SIGKILL)
    text, info = extract_document(pdf3, "https://x/plan.pdf")
    assert info.error == "" and dm.TITLE in text
    assert get_pool().pids() != [warm]
    close_pool()


def test_pool_recycles_a_worker_after_many_documents(
    pdf3: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    close_pool()
    monkeypatch.setattr(pool_module, "RECYCLE_AFTER_DOCS", 2)
    extract_document(pdf3, "https://x/plan.pdf")
    (first,) = get_pool().pids()
    extract_document(pdf3, "https://x/plan.pdf")
    assert get_pool().pids() == [] and _gone(first)
    text, info = extract_document(pdf3, "https://x/plan.pdf")
    assert info.error == "" and dm.TITLE in text
    assert get_pool().pids() not in ([], [first])
    close_pool()


def test_pool_two_threads_at_once(pdf3: bytes) -> None:
    close_pool()
    set_pool_size(2)
    try:
        docs = [(pdf3, "https://x/plan.pdf"), (dm.make_docx(), "https://x/plan.docx")] * 4
        with ThreadPoolExecutor(max_workers=2) as ex:
            results = list(ex.map(lambda doc: extract_document(*doc), docs))
        for (text, info), (_, url) in zip(results, docs, strict=True):
            assert info.error == "" and dm.TITLE in text, url
            assert info.format == url.rsplit(".", 1)[1]
        assert 1 <= len(get_pool().pids()) <= 2
    finally:
        set_pool_size(None)
        close_pool()


def test_close_pool_ends_the_workers(pdf3: bytes) -> None:
    set_pool_size(2)
    try:
        with ThreadPoolExecutor(max_workers=2) as ex:
            list(ex.map(lambda _: extract_document(pdf3, "https://x/plan.pdf"), range(4)))
        pids = get_pool().pids()
        assert pids
        close_pool()
        assert get_pool().pids() == []
        assert all(_gone(pid) for pid in pids)
    finally:
        set_pool_size(None)


def test_worker_one_shot_mode(pdf3: bytes) -> None:
    """``python -m crawler.documents.worker`` without --serve reads one document and exits."""
    request = json.dumps({"format": "pdf", "memory_mb": 1024}).encode() + b"\n" + pdf3
    out = subprocess.run(
        [sys.executable, "-m", "crawler.documents.worker"],
        input=request, capture_output=True, timeout=30, check=True, cwd=ROOT,
    )
    answer = json.loads(out.stdout)
    assert answer["error"] == "" and answer["pages"] == 3 and dm.TITLE in answer["text"]


def test_empty_and_unsupported() -> None:
    _, info = extract_document(b"", "https://x/plan.pdf")
    assert info.error == "empty file" and info.format == "pdf"
    _, info = extract_document(b"\x89PNG\r\n\x1a\n" + bytes(100), "https://x/pic.png", "image/png")
    assert info.format == "other" and info.error.startswith("unsupported format")


def test_the_site_checks_open_old_word_and_excel_files(tmp_path):
    # the held-out sites' integrity check reads the old formats too (six builders wrote their own)
    from tests.docmaker import make_doc, make_xls
    from tests.site_checks import assert_documents_open

    doc, xls = tmp_path / "1.doc", tmp_path / "2.xls"
    doc.write_bytes(make_doc(["แผนพัฒนาบุคลากร ประจำปีงบประมาณ 2569"]))
    xls.write_bytes(make_xls([["เดือน", "จำนวน"], ["ต.ค. 68", "3"]]))
    assert_documents_open([doc, xls])
    broken = tmp_path / "3.doc"
    broken.write_bytes(b"<html>not a Word file</html>")
    with pytest.raises(AssertionError):
        assert_documents_open([broken])


def test_the_test_pdfs_are_the_same_bytes_on_every_run():
    # a held-out site's generator is re-run to check its files: a scan made a second later must match
    import time

    from tests.docmaker import make_scanned_pdf

    first = make_scanned_pdf()
    time.sleep(1.1)  # fpdf2 stamps the second it writes the file unless told a date
    assert make_scanned_pdf() == first
