"""Office documents: docx (python-docx), xlsx (openpyxl), doc (antiword), xls (xlrd).

Each reader keeps Thai text exact (bench/RESULTS.md, "Measurements behind the code").
python-docx's ``doc.paragraphs``
skips tables, headers, footers and text boxes, so those are walked explicitly. Spreadsheets
become one line per row, cells joined by tabs, with a ``# <sheet name>`` line per sheet.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from datetime import date, datetime, time

from .common import Budget, DocError, Parsed, Unreadable, clean_text, short
from .formats import OLE2_MAGIC

MAX_ROWS = 50_000  # spreadsheet rows read over all sheets
RATIO_MIN_SIZE = 1 << 20  # entries smaller than this are not ratio-checked


# ---------------------------------------------------------------- zip bombs


def check_zip(data: bytes, *, limit_mb: float, max_ratio: float) -> None:
    """Refuse an OOXML package that would inflate too far, from its declared sizes alone.

    Raises ``DocError("archive bomb: ...")`` when the declared uncompressed total is above
    ``limit_mb`` or an entry of 1 MB or more claims a compression ratio above ``max_ratio``
    (real Office XML stays well under 100:1). ``zipfile`` never inflates past a declared size.
    """
    if data.startswith(OLE2_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise DocError("encrypted")  # password-protected OOXML is an OLE2 container
        raise Unreadable("an old-style OLE2 file, not a zip package")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError) as exc:
        raise Unreadable(f"not a valid zip package ({short(exc)})") from None
    total = sum(i.file_size for i in infos)
    if total > limit_mb * 1024 * 1024:
        raise DocError(f"archive bomb: declared {total / 2**20:.0f} MB uncompressed")
    for info in infos:
        if info.file_size >= RATIO_MIN_SIZE:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > max_ratio:
                raise DocError(
                    f"archive bomb: {info.filename} declares a {ratio:.0f}:1 compression ratio"
                )


# ---------------------------------------------------------------- docx


def read_docx(data: bytes, *, max_chars: int) -> Parsed:
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise Unreadable(short(exc)) from None

    lines: list[str] = []
    size = 0

    def add(text: str) -> None:
        nonlocal size
        if size <= max_chars:
            lines.append(text)
            size += len(text) + 1

    def cell_text(cell) -> str:
        parts = []
        for block in cell.iter_inner_content():
            if isinstance(block, Paragraph):
                parts.append(block.text)
            elif isinstance(block, Table):
                parts.extend(table_lines(block))
        return " ".join(p.strip() for p in parts if p.strip())

    def table_lines(table) -> list[str]:
        out = []
        try:
            for row in table.rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell repeats across the row
                        continue
                    seen.add(id(cell._tc))
                    cells.append(cell_text(cell).replace("\t", " "))
                if any(cells):
                    out.append("\t".join(cells).rstrip("\t"))
        except (IndexError, ValueError, AttributeError):  # odd grid spans: keep the bare text
            out.append(" ".join(t for t in table._tbl.itertext() if t.strip()))
        return out

    def walk(element, parent) -> None:
        """Paragraphs and tables in document order, including those in content controls."""
        for child in element.iterchildren():
            if size > max_chars:
                return
            tag = child.tag.rpartition("}")[2] if isinstance(child.tag, str) else ""
            if tag == "p":
                add(Paragraph(child, parent).text)
            elif tag == "tbl":
                for line in table_lines(Table(child, parent)):
                    add(line)
            elif tag == "sdt":
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    walk(content, parent)

    walk(document.element.body, document)
    # Text boxes (shapes) hold titles surprisingly often; Fallback copies are skipped.
    for box in document.element.body.xpath(
        ".//w:txbxContent[not(ancestor::*[local-name()='Fallback'])]"
    ):
        for p in box.xpath(".//w:p"):
            add("".join(t.text or "" for t in p.xpath(".//w:t")))

    seen_parts: set[int] = set()
    for section in document.sections:
        for hf in (
            section.header,
            section.first_page_header,
            section.even_page_header,
            section.footer,
            section.first_page_footer,
            section.even_page_footer,
        ):
            if hf.is_linked_to_previous:  # reading it would add a definition
                continue
            part = id(hf.part)
            if part in seen_parts:
                continue
            seen_parts.add(part)
            walk(hf._element, hf)

    return Parsed(text=clean_text("\n".join(lines)), pages=_docx_pages(data), reader="python-docx")


def _docx_pages(data: bytes) -> int:
    """The page count Word saved in docProps/app.xml (0 when absent)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            info = zf.getinfo("docProps/app.xml")
            if info.file_size > 1 << 20:
                return 0
            xml = zf.read(info).decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError):
        return 0
    m = re.search(r"<(?:\w+:)?Pages>\s*(\d+)\s*<", xml)
    return int(m.group(1)) if m else 0


# ---------------------------------------------------------------- spreadsheets


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return " ".join(str(value).split())  # one cell stays on one line


def _row_line(values) -> str:
    return "\t".join(_cell(v) for v in values).rstrip("\t")


def read_xlsx(data: bytes, *, max_chars: int, max_rows: int = MAX_ROWS) -> Parsed:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (KeyError, ValueError, TypeError, zipfile.BadZipFile) as exc:
        raise Unreadable(short(exc)) from None
    lines: list[str] = []
    size = rows = seen = 0
    try:
        sheets = wb.worksheets
        for ws in sheets:
            if size > max_chars or rows >= max_rows:
                break
            lines.append(f"# {ws.title}")
            ws.reset_dimensions()  # a bogus A1:XFD1048576 would pad every row to 16384 cells
            for values in ws.iter_rows(values_only=True):
                seen += 1
                line = _row_line(values)
                if line.strip():
                    lines.append(line)
                    size += len(line) + 1
                    rows += 1
                if size > max_chars or rows >= max_rows or seen >= 4 * max_rows:
                    break
    finally:
        wb.close()
    return Parsed(text=clean_text("\n".join(lines)), pages=len(sheets), reader="openpyxl")


def read_xls(data: bytes, *, max_chars: int, max_rows: int = MAX_ROWS) -> Parsed:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True, ragged_rows=True)
    except (xlrd.XLRDError, xlrd.compdoc.CompDocError, ValueError, IndexError, KeyError) as exc:
        raise Unreadable(short(exc)) from None
    lines: list[str] = []
    size = rows = 0
    try:
        n_sheets = book.nsheets
        for index in range(n_sheets):
            if size > max_chars or rows >= max_rows:
                break
            sheet = book.sheet_by_index(index)
            lines.append(f"# {sheet.name}")
            for r in range(sheet.nrows):
                values = []
                for cell in sheet.row(r):
                    if cell.ctype == xlrd.XL_CELL_DATE:
                        try:
                            values.append(xlrd.xldate_as_datetime(cell.value, book.datemode))
                        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                            values.append(cell.value)
                    elif cell.ctype in (xlrd.XL_CELL_ERROR, xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                        values.append(None)
                    elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                        values.append(bool(cell.value))
                    else:
                        values.append(cell.value)
                line = _row_line(values)
                if line.strip():
                    lines.append(line)
                    size += len(line) + 1
                    rows += 1
                if size > max_chars or rows >= max_rows:
                    break
            book.unload_sheet(index)
    finally:
        book.release_resources()
    return Parsed(text=clean_text("\n".join(lines)), pages=n_sheets, reader="xlrd")


# ---------------------------------------------------------------- doc


def read_doc(data: bytes, *, budget: Budget) -> Parsed:
    """Word 97–2003 via ``antiword -w 0 -m UTF-8.txt`` (no wrapping, UTF-8 out)."""
    exe = shutil.which("antiword")
    if not exe:
        raise DocError("cannot read .doc (antiword missing)")
    with tempfile.TemporaryDirectory(prefix="oit-doc-") as tmp:
        path = os.path.join(tmp, "in.doc")
        with open(path, "wb") as f:
            f.write(data)
        try:
            out = subprocess.run(
                [exe, "-w", "0", "-m", "UTF-8.txt", path],
                capture_output=True,
                timeout=max(budget.left(), 1.0),
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise Unreadable("antiword took too long") from None
    if out.returncode < 0:  # antiword crashes on some damaged files
        raise Unreadable(f"antiword crashed (signal {-out.returncode})")
    if out.returncode != 0:
        err = out.stderr.decode("utf-8", "replace").replace(path, "").strip()
        raise Unreadable(f"antiword: {err.splitlines()[0] if err else out.returncode}"[:160])
    return Parsed(text=clean_text(out.stdout.decode("utf-8", "replace")), reader="antiword")
