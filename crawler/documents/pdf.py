"""PDF text: pypdfium2 first, pypdf as a second opinion when the Thai looks damaged.

pypdfium2 is fast and honours the ``/ActualText`` spans LibreOffice puts around ำ; pypdf
(much slower) is better on some real Word exports (figures: docs/dependency-measurements.md §1).
Both outputs go through ``thai.clean`` and the one with fewer Thai anomalies per
1000 Thai characters is kept. Pages with at most 20 characters and an image object are scanned, and so are pages whose
text layer is not Thai though the page shows Thai (a legacy font's own encoding); the first
few go to OCR when tesseract is installed.
"""

from __future__ import annotations

import io
import re

from common import thai

from . import ocr
from .common import Budget, DocError, Parsed, Unreadable, short

SCANNED_MAX_CHARS = 20  # a page with no more text than this and an image is a scan
POOR_SCORE = 1.0  # anomalies per 1000 Thai characters above which pypdf is also tried
_EOF_WINDOW = 2048

_THAI = re.compile("[\u0e01-\u0e5b]")
_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_ANOMALIES = [
    # a vowel/tone mark with no consonant (or mark) before it
    re.compile(f"(?<![\u0e01-\u0e2e{_MARKS}])[{_MARKS}]"),
    re.compile("\u0e33\u0e32"),  # ำา: the ActualText span read twice
    re.compile("[\u0e48-\u0e4b][\u0e31\u0e34-\u0e37]"),  # tone before upper vowel
    re.compile("([\u0e48-\u0e4c])\\1"),  # doubled tone
    re.compile("[\ue000-\uf8ff]"),  # private-use glyphs (old MS Thai fonts)
    re.compile(r"\(cid:\d+\)"),  # unmapped CID glyphs (pdfminer/pypdf style)
    re.compile("\ufffd"),  # replacement characters
    re.compile(
        "(?<=[\u0e01-\u0e5b])[\u00c0-\u024f]+|[\u00c0-\u024f]+(?=[\u0e01-\u0e5b])"
    ),  # junk in Thai
]


def anomaly_score(text: str) -> float:
    """Thai anomalies per 1000 Thai characters (0 is clean; real Word PDFs read well score < 1)."""
    if not text:
        return 0.0
    n_thai = len(_THAI.findall(text))
    bad = sum(len(p.findall(text)) for p in _ANOMALIES)
    return bad * 1000.0 / max(n_thai, 1)


def thai_count(text: str) -> int:
    return len(_THAI.findall(text))


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_VOWELS = set("aeiouyAEIOUY")


def is_junk_layer(text: str) -> bool:
    """The text layer a scanner's OCR without Thai puts over a Thai scan: (almost) no Thai
    letters, Latin "words" that are not words (few vowels, mixed case, symbols between)."""
    letters = sum(ch.isalpha() for ch in text)
    if letters < 10 or thai_count(text) > 0.1 * letters:
        return False
    words = _LATIN_WORD.findall(text)
    if not words:
        return True  # symbols and digits only
    odd = sum(1 for w in words if sum(ch in _VOWELS for ch in w) * 5 < len(w)
              or (any(ch.isupper() for ch in w[1:]) and any(ch.islower() for ch in w)))
    symbols = sum(1 for ch in text if not (ch.isalnum() or ch.isspace() or ch in ".,:;()-/"))
    return odd >= 0.3 * len(words) or symbols > 0.15 * max(len(text.strip()), 1)


def is_garbled_layer(text: str) -> bool:
    """A text layer in a font's own encoding: the page shows Thai, but the text it gives is
    letters of another script (Greek, Cyrillic, Arabic ...) that no Thai agency writes in, e.g.
    "ιΕϔλνυϒκϔλ" from a legacy Thai font. Thai and Latin letters are what real layers hold."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 20:
        return False
    foreign = sum(1 for ch in letters if not ("\u0e01" <= ch <= "\u0e5b" or ch < "\u0250"))
    return foreign >= 0.5 * len(letters)


def _mostly_image(page, pdfium_c) -> bool:
    """An image covers at least half of the page (a scan, not a logo)."""
    try:
        width, height = page.get_size()
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
            left, bottom, right, top = obj.get_bounds()
            if (right - left) * (top - bottom) >= 0.5 * width * height:
                return True
    except Exception:  # noqa: BLE001 - a damaged object: not a scan we can tell
        return False
    return False


def is_truncated(data: bytes) -> bool:
    """No ``%%EOF`` in the last 2 KB: the download was most likely cut short."""
    return b"%%EOF" not in data[-_EOF_WINDOW:]


def _header_reason(data: bytes) -> str | None:
    head = data[:1024]
    if b"%PDF-" in head:
        return None
    if not data.strip():
        return "empty file"
    low = head.lstrip().lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")):
        return "not a PDF (the server sent an HTML/XML page)"
    return "not a PDF (no %PDF header)"


def read_pdf(data: bytes, *, max_chars: int, ocr_pages: int, budget: Budget) -> Parsed:
    import pypdfium2 as pdfium

    truncated = is_truncated(data)
    bad_header = _header_reason(data)
    if bad_header:
        raise Unreadable(bad_header)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            raise DocError("encrypted") from None
        fallback = _pypdf_only(data, max_chars, budget)
        if fallback is not None:
            if truncated:
                fallback.error = "truncated: no %%EOF at the end (text may be incomplete)"
            return fallback
        if truncated:
            raise DocError("truncated: the file ends before %%EOF (download cut short?)") from None
        raise Unreadable(short(exc)) from None
    try:
        result = _read_open_pdf(pdf, data, max_chars=max_chars, ocr_pages=ocr_pages, budget=budget)
    finally:
        pdf.close()
    if truncated:
        result.error = "truncated: no %%EOF at the end (text may be incomplete)"
    return result


def _read_open_pdf(pdf, data: bytes, *, max_chars: int, ocr_pages: int, budget: Budget) -> Parsed:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    n_pages = len(pdf)
    texts: list[str] = []
    scanned: list[int] = []
    garbled: list[int] = []
    chars = 0
    for i in range(n_pages):
        raw = ""
        try:
            page = pdf[i]
        except pdfium.PdfiumError:  # one damaged page does not spoil the others
            texts.append(raw)
            continue
        try:
            textpage = page.get_textpage()
            n = textpage.count_chars()
            raw = textpage.get_text_range() if chars <= max_chars and n > 0 else ""
            textpage.close()
            if n <= SCANNED_MAX_CHARS and any(
                True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)
            ):
                scanned.append(i)
            elif is_junk_layer(raw) and _mostly_image(page, pdfium_c):
                scanned.append(i)  # a scan under the scanner's own failed OCR: read it again
            elif is_garbled_layer(raw):
                garbled.append(i)  # what it shows is right, what it says is not: read the picture
        except pdfium.PdfiumError:
            pass
        finally:
            page.close()
        texts.append(raw)
        chars += len(raw)

    reader = "pypdfium2"
    cleaned = thai.clean("\n\n".join(texts))
    score = anomaly_score(cleaned)
    if score > POOR_SCORE and not budget.spent():
        other = _pypdf_pages(data, n_pages, max_chars, budget)
        if other is not None:
            other_clean = thai.clean("\n\n".join(other))
            if anomaly_score(other_clean) < score and thai_count(other_clean) >= 0.8 * thai_count(
                cleaned
            ):
                texts, reader = other, "pypdf"

    result = Parsed(pages=n_pages, reader=reader)
    if scanned or garbled:
        # mostly pages whose text only a picture gives (images, or a layer in a font's encoding)
        result.scanned = (len(scanned) + len(garbled)) * 2 >= n_pages
        note = "; ".join(
            [f"{len(scanned)} of {n_pages} pages scanned"] * bool(scanned)
            + [f"{len(garbled)} of {n_pages} pages with a text layer in a font's own encoding"] * bool(garbled))
        todo = sorted(scanned + garbled)[: max(ocr_pages, 0)]
        done: dict[int, str] = {}
        if todo and ocr.available() and not budget.spent():
            done = ocr.ocr_pdf_pages(pdf, todo, budget)
        for i in scanned + garbled:
            if i not in done and (i in garbled or is_junk_layer(texts[i])):
                texts[i] = ""  # a failed OCR layer, or letters of no language, says nothing
        if done:
            for i, text in done.items():
                texts[i] = text
            result.ocr = True
            reader += f"+tesseract {ocr.LANGS}"
            note += f", {len(done)} read by OCR"
        else:
            note += "; scanned, not read"
        result.reader = f"{reader}; {note}"
    result.text = thai.clean("\n\n".join(t for t in texts if t))
    return result


def _pypdf_pages(data: bytes, n_pages: int, max_chars: int, budget: Budget) -> list[str] | None:
    """Per-page text with pypdf, or None when it fails or runs out of time."""
    try:
        import pypdf

        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        pages = []
        chars = 0
        for page in reader.pages:
            if budget.spent():
                return None
            text = page.extract_text() if chars <= max_chars else ""
            pages.append(text or "")
            chars += len(text or "")
    except Exception:  # a second opinion may fail in any way
        return None
    if n_pages and len(pages) != n_pages:
        return None
    return pages


def _pypdf_only(data: bytes, max_chars: int, budget: Budget) -> Parsed | None:
    """When PDFium cannot open the file, pypdf sometimes can (e.g. some bad xref tables)."""
    pages = _pypdf_pages(data, 0, max_chars, budget)
    if not pages or not any(p.strip() for p in pages):
        return None
    return Parsed(text=thai.clean("\n\n".join(pages)), pages=len(pages), reader="pypdf")
