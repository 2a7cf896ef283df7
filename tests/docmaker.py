"""Makes real test documents with real Thai text (no network, no LibreOffice).

PDF: fpdf2 + TLWG Garuda with text shaping off (fpdf2 then writes a clean, unshaped text layer);
render_lines_pdf draws the test sites' committed PDFs from "# title" / "## heading" / "| table" lines.
Scanned PDF: Pillow draws the Thai text into an image that fpdf2 embeds (no text layer).
DOCX: python-docx (paragraphs, a table, a header). XLSX: openpyxl (two sheets).
DOC / XLS: a minimal Word 97 / BIFF8 file in a hand-written OLE2 container, enough for
antiword and xlrd (Thai stored as UTF-16).
"""

from __future__ import annotations

import io
import os
import struct
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf")
PINNED = datetime(2025, 1, 1, tzinfo=UTC)  # the creation date every PDF made here carries

TITLE = "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"
LINES = [
    TITLE,
    "เทศบาลตำบลบ้านใหม่ อำเภอเมือง จังหวัดเชียงใหม่",
    "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๓ งบประมาณ ๑,๒๓๔,๕๖๗ บาท",
    "ผู้รับผิดชอบ กองช่าง น้ำประปา ปฏิบัติงาน ฯลฯ",
]
SCAN_LINES = ["ประกาศเทศบาลตำบลบ้านใหม่", "เรื่อง แผนการจัดซื้อจัดจ้าง", "ปีงบประมาณ 2569"]


# ---------------------------------------------------------------- PDF


def _fpdf():
    from fpdf import FPDF

    pdf = FPDF()
    # a fixed creation date (fpdf2 stamps the time of the run, and its file ID follows it): a site's
    # generator makes the same bytes on every run
    pdf.set_creation_date(PINNED)
    pdf.add_font("Garuda", fname=str(FONT))
    pdf.set_font("Garuda", size=14)
    pdf.set_text_shaping(False)
    return pdf


def make_pdf(pages: int = 1, lines: list[str] | None = None) -> bytes:
    pdf = _fpdf()
    for n in range(pages):
        pdf.add_page()
        for line in lines or LINES:
            pdf.multi_cell(0, 9, line, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 9, f"หน้า {n + 1}", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


JUNK_LAYER = ["1lSlZ'IlU'U'IJ6l'U nY~u:lr$ n1fl1~'uri", "dl~ni1@~1n~\\ ;Jnu1'1fl1i'U'Vl~'Ui",
              "fl~'U11l'U'U~ 'Vl.fi. \\ctb\\ctb tYlNUU'Vl~"]  # what a scanner's OCR makes of Thai


def make_scanned_pdf(pages: int = 1, lines: list[str] | None = None, junk_layer: bool = False) -> bytes:
    """Image-only pages: the Thai text exists only as pixels. With ``junk_layer``, the scanner's
    own OCR (without Thai) laid an invisible Latin text layer over each page, as many do."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), 56)
    image = Image.new("L", (1654, 2339 if junk_layer else 700), 255)  # 210 mm wide at 200 dpi
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines or SCAN_LINES):
        draw.text((120, 120 + i * 150), line, font=font, fill=0)
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    pdf = _fpdf()
    for _ in range(pages):
        pdf.add_page()
        pdf.image(io.BytesIO(buf.getvalue()), x=0, y=0, w=210)
        if junk_layer:
            pdf.text_mode = "INVISIBLE"
            for i, line in enumerate(JUNK_LAYER):
                pdf.text(15, 20 + i * 19, line)
            pdf.text_mode = "FILL"
    return bytes(pdf.output())


def make_scanned_table_pdf() -> bytes:
    """A scanned budget printout (landscape): a print stamp, a title centred above a table
    whose row labels run down the left and amounts across. The title comes first to a reader."""
    from PIL import Image, ImageDraw, ImageFont

    big, small = ImageFont.truetype(str(FONT), 34), ImageFont.truetype(str(FONT), 30)
    width, height = 2339, 1654  # A4 landscape at 200 dpi
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    draw.text((60, 40), "วันที่พิมพ์ : 17/10/2568 09:49:03", font=small, fill=0)
    for i, line in enumerate(["รายงานประมาณการรายจ่าย", "ประจำปีงบประมาณ พ.ศ. 2569", "เทศบาลตำบลบ้านใหม่"]):
        draw.text(((width - draw.textlength(line, font=big)) / 2, 100 + i * 55), line, font=big, fill=0)
    rows = ["แผนงานบริหารงานทั่วไป", "งานบริหารทั่วไป", "งบบุคลากร", "เงินเดือน (ฝ่ายการเมือง)",
            "เงินเดือนนายก/รองนายก", "ค่าตอบแทนประจำตำแหน่ง", "ค่าตอบแทนพิเศษ", "ค่าตอบแทนเลขานุการ",
            "รวมเงินเดือน", "เงินเดือนพนักงาน", "เงินประจำตำแหน่ง", "ค่าตอบแทนพนักงานจ้าง",
            "เงินเพิ่มต่าง ๆ", "รวมงบบุคลากร"]
    for i, row in enumerate(rows):
        y = 330 + i * 70
        draw.text((60, y), row, font=small, fill=0)
        for j, x in enumerate([1000, 1250, 1500, 1750, 2050] if i > 2 else []):
            draw.text((x, y), f"{(i * 7919 + j * 104729) % 900000:,}.00", font=small, fill=0)
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    pdf = _fpdf()
    pdf.add_page(orientation="L")
    pdf.image(io.BytesIO(buf.getvalue()), x=0, y=0, w=297)
    return bytes(pdf.output())


GARBLE_SHIFT = 0x0A5E  # Thai ก (U+0E01) drawn from code point U+03A3 (Greek), as old Thai fonts do


def make_garbled_pdf(lines: list[str] | None = None, pages: int = 1) -> bytes:
    """Thai a reader sees, under a text layer that is not Thai: the font's own encoding puts
    each Thai glyph at a Greek code point (a legacy Thai font), so copying the text gives
    "ιΕϔλ..." where the page shows "ท่าน...". Made with a copy of Garuda whose cmap maps the
    shifted code points to the Thai glyphs; the text is written shifted."""
    import tempfile

    from fontTools.ttLib import TTFont

    font = TTFont(str(FONT))
    for table in font["cmap"].tables:
        if table.isUnicode():
            thai = {cp: g for cp, g in table.cmap.items() if 0x0E01 <= cp <= 0x0E5B}
            for cp, glyph in thai.items():
                table.cmap[cp - GARBLE_SHIFT] = glyph
                del table.cmap[cp]
    shifted = [
        "".join(chr(ord(ch) - GARBLE_SHIFT) if 0x0E01 <= ord(ch) <= 0x0E5B else ch for ch in line)
        for line in lines or LINES
    ]
    from fpdf import FPDF

    with tempfile.TemporaryDirectory(prefix="oit-font-") as tmp:
        path = os.path.join(tmp, "legacy-thai.ttf")
        font.save(path)
        pdf = FPDF()
        pdf.add_font("Legacy", fname=path)
        pdf.set_font("Legacy", size=20)
        pdf.set_text_shaping(False)
        for _ in range(pages):
            pdf.add_page()
            for line in shifted:
                pdf.multi_cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
        return bytes(pdf.output())


# ---------------------------------------------------------------- site documents (PDF from lines)
# The test sites' committed PDFs (tests/sites/*/_make_docs.py, crawler/sample_site/_make_docs.py)
# are all drawn by render_lines_pdf; each site passes its own style, font and metadata.

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


@dataclass(frozen=True)
class LineStyle:
    """Sizes for render_lines_pdf: (font size pt, line height mm) pairs and gaps in mm."""

    title: tuple[float, float] = (16, 9)
    heading: tuple[float, float] = (14, 8)
    heading_gap: float = 2  # pdf.ln() before a heading (0: none)
    paragraph: tuple[float, float] = (12, 7)
    blank: float = 4
    table_size: float = 11.0  # first font size tried; shrinks by 0.5 until the table fits
    table_min: float = 7.0
    table_pad: float = 4.0  # added to each column's widest cell
    table_row: float = 7.0
    table_squeeze: bool = False  # still too wide at table_min: narrow the widest column
    table_bottom: float | None = None  # start a new page when a row would begin this close to the bottom


WORD_STYLE = LineStyle()  # sample_site, oldcms
WEB_STYLE = LineStyle(title=(15, 9), heading=(13, 8), heading_gap=0, paragraph=(11, 6.5), blank=3)


def render_lines_pdf(
    path: str | os.PathLike[str],
    lines: list[str],
    *,
    created: datetime,
    style: LineStyle = WORD_STYLE,
    font: str | os.PathLike[str] = FONT,
    landscape: bool = False,
    thai_digits: bool = False,
    title: str = "",
    creator: str = "",
    producer: str = "",
) -> None:
    """Write an A4 PDF of markdown-ish ``lines`` to ``path`` (parent folders are made).

    "# " centred title, "## " heading, "| a | b" table row (" | " between cells), "<page>" new
    page, "" blank line, anything else a paragraph.  Text shaping is off, so the text layer
    holds exactly these strings.  ``created`` is pinned so that re-running gives identical
    bytes; ``thai_digits`` turns every 0-9 into a Thai digit; empty metadata is left unset.
    """
    from fpdf import FPDF

    family = Path(font).stem  # "Garuda", "Loma"
    pdf = FPDF(orientation="L" if landscape else "P", format="A4")
    pdf.add_font(family, "", str(font))
    pdf.set_text_shaping(False)
    pdf.set_creation_date(created)
    if title:
        pdf.set_title(title)
    if creator:
        pdf.set_creator(creator)
    if producer:
        pdf.set_producer(producer)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    if thai_digits:
        lines = [line.translate(THAI_DIGITS) for line in lines]
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("| "):
            j = i
            while j < len(lines) and lines[j].startswith("| "):
                j += 1
            _table(pdf, [[c.strip() for c in r[2:].split(" | ")] for r in lines[i:j]], family, style)
            i = j
            continue
        if line == "<page>":
            pdf.add_page()
        elif line.startswith("# "):
            pdf.set_font(family, "", style.title[0])
            pdf.multi_cell(0, style.title[1], line[2:], align="C", new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("## "):
            if style.heading_gap:
                pdf.ln(style.heading_gap)
            pdf.set_font(family, "", style.heading[0])
            pdf.multi_cell(0, style.heading[1], line[3:], new_x="LMARGIN", new_y="NEXT")
        elif line == "":
            pdf.ln(style.blank)
        else:
            pdf.set_font(family, "", style.paragraph[0])
            pdf.multi_cell(0, style.paragraph[1], line, new_x="LMARGIN", new_y="NEXT")
        i += 1
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    pdf.output(str(path))


def pin_zip(path: str | os.PathLike[str], when: datetime) -> None:
    """Rewrite a DOCX/XLSX with fixed member times (and core.xml dates), so re-runs give identical bytes."""
    import re

    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as zf:
        members = [(i.filename, zf.read(i.filename)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), data)
            zf.writestr(zipfile.ZipInfo(name, date_time=when.timetuple()[:6]), data,
                        compress_type=zipfile.ZIP_DEFLATED)


def write_docx(path: str | os.PathLike[str], heading: list[str], paragraphs: list[str],
               table: list[tuple[str, ...]], created: datetime, tail: list[str], author: str,
               comments: str | None = "") -> None:
    """A Word file as an office types one: centred bold heading lines, paragraphs, a grid table,
    closing lines; its author and dates set, and its bytes the same on every run (:func:`pin_zip`).
    ``comments=None`` leaves python-docx's own comment in place."""
    import docx

    document = docx.Document()
    props = document.core_properties
    props.author = author
    if comments is not None:
        props.comments = comments
    props.created = props.modified = created.replace(tzinfo=None)
    for line in heading:
        p = document.add_paragraph()
        p.alignment = 1
        p.add_run(line).bold = True
    for line in paragraphs:
        document.add_paragraph(line)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        t.style = "Table Grid"
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    for line in tail:
        document.add_paragraph(line)
    document.save(path)
    pin_zip(path, created.replace(tzinfo=None))


def _table(pdf, rows: list[list[str]], family: str, style: LineStyle) -> None:
    """Bordered table; column widths follow the longest cell, font shrinks to fit the page."""
    ncol = max(len(r) for r in rows)
    rows = [r + [""] * (ncol - len(r)) for r in rows]
    size = style.table_size
    while True:
        pdf.set_font(family, "", size)
        natural = [max(pdf.get_string_width(r[c]) for r in rows) + style.table_pad for c in range(ncol)]
        if sum(natural) <= pdf.epw or size <= style.table_min:
            break
        size -= 0.5
    if style.table_squeeze and sum(natural) > pdf.epw:  # still too wide: text is cut
        widest = natural.index(max(natural))
        natural[widest] -= sum(natural) - pdf.epw
    spare = max(0.0, pdf.epw - sum(natural))
    widths = [w + spare * w / sum(natural) for w in natural]
    for r in rows:
        if style.table_bottom is not None and pdf.get_y() > pdf.h - style.table_bottom:
            pdf.add_page()
            pdf.set_font(family, "", size)
        for c, w in zip(r, widths, strict=True):
            pdf.cell(w, style.table_row, c, border=1)
        pdf.ln(style.table_row)


# ---------------------------------------------------------------- DOCX / XLSX


def make_docx() -> bytes:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "เทศบาลตำบลบ้านใหม่ (หัวกระดาษ)"
    document.add_heading(TITLE, level=1)
    for line in LINES[1:]:
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=3)
    rows = [
        ("ลำดับ", "รายการ", "วงเงิน (บาท)"),
        ("๑", "จัดซื้อวัสดุสำนักงาน", "๕๐,๐๐๐"),
        ("๒", "จ้างเหมาทำความสะอาด", "๑๒๐,๐๐๐"),
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    document.add_paragraph("ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๘")
    # A content control (w:sdt), as Word uses for cover pages and tables of contents.
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    sdt = parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>สารบัญ (ในกล่องเนื้อหา)</w:t>"
        "</w:r></w:p></w:sdtContent></w:sdt>"
    )
    document.element.body.insert(len(document.element.body) - 1, sdt)  # before sectPr
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def make_docx_with_text_box(title: str, body: list[str]) -> bytes:
    """A Word file whose title sits in a text box (a shape in mc:AlternateContent, as Word 2010+
    saves a cover page): the shape's elements have no python-docx class, which made reading it
    fail with "XPathEvalError: Undefined namespace prefix"."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    for line in body:
        document.add_paragraph(line)
    ns = {
        "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
        "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
        "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    }
    decl = " ".join(f'xmlns:{k}="{v}"' for k, v in ns.items())
    box = (f"<w:p {decl}><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor>"
           "<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>"
           f"<w:p><w:r><w:t>{title}</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData>"
           "</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><w:t>"
           f"{title}</w:t></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")
    document.element.body.insert(0, parse_xml(box))
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def make_xlsx() -> bytes:
    from datetime import date

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "แผน"
    ws.append(["ลำดับ", "รายการ", "วงเงิน", "วันที่"])
    ws.append([1, "จัดซื้อวัสดุสำนักงาน", 50000, date(2025, 10, 1)])
    ws.append([2, "จ้างเหมาทำความสะอาด", 120000.5, date(2025, 11, 15)])
    ws2 = wb.create_sheet("สรุป")
    ws2.append([TITLE])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def make_zip_bomb(megabytes: int = 60) -> bytes:
    """A docx-looking zip whose word/document.xml inflates to ``megabytes`` of zeros."""
    buf = io.BytesIO()
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as f:
            for _ in range(megabytes):
                f.write(chunk)
    return buf.getvalue()


# ---------------------------------------------------------------- OLE2 (.doc / .xls)

_FREE, _END, _FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
_SECTOR = 512
OLE2_HEADER_ONLY = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)  # says nothing inside


def ole2(streams: dict[str, bytes]) -> bytes:
    """A version-3 compound file holding ``streams``.

    Each stream is zero-padded to at least 4 KB, so no mini stream is needed (and antiword,
    which refuses a WordDocument stream under 4 KB, is satisfied).
    """
    names = sorted(streams, key=lambda n: (len(n), n.upper()))
    bodies = [
        streams[n].ljust(max(4096, -(-len(streams[n]) // _SECTOR) * _SECTOR), b"\0") for n in names
    ]
    n_dir = -(-(len(names) + 1) * 128 // _SECTOR)
    n_data = sum(len(b) // _SECTOR for b in bodies)
    n_fat = 1
    while (n_fat + n_dir + n_data) > n_fat * 128:
        n_fat += 1
    fat = [_FATSECT] * n_fat
    first_dir = len(fat)
    fat += [first_dir + i + 1 for i in range(n_dir - 1)] + [_END]
    starts = []
    for body in bodies:
        start, count = len(fat), len(body) // _SECTOR
        starts.append(start)
        fat += [start + i + 1 for i in range(count - 1)] + [_END]
    fat += [_FREE] * (n_fat * 128 - len(fat))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0"
        return (
            raw.ljust(64, b"\0")
            + struct.pack("<HBB", len(raw), kind, 1)
            + struct.pack("<III", _FREE, right, child)
            + b"\0" * 16
            + b"\0" * 4
            + b"\0" * 16
            + struct.pack("<IQ", start, size)
        )

    directory = entry("Root Entry", 5, 1 if names else _FREE, _FREE, _END, 0)
    for i, name in enumerate(names):  # a right-leaning chain in sorted order
        right = i + 2 if i + 1 < len(names) else _FREE
        directory += entry(name, 2, _FREE, right, starts[i], len(bodies[i]))
    directory = directory.ljust(n_dir * _SECTOR, b"\0")

    difat = list(range(n_fat)) + [_FREE] * (109 - n_fat)
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, n_fat, first_dir, 0, 4096, _END, 0, _END, 0)
        + struct.pack("<109I", *difat)
    )
    assert len(header) == _SECTOR
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    return header + fat_bytes + directory + b"".join(bodies)


def make_doc(lines: list[str] | None = None) -> bytes:
    """A minimal Word 97 document: FIB + UTF-16 text in WordDocument, a piece table in 1Table."""
    text = "\r".join(lines or LINES) + "\r"
    utf16 = text.encode("utf-16-le")
    fc_text = 0x800
    fib = bytearray(fc_text)
    struct.pack_into("<HH", fib, 0, 0xA5EC, 0x00C1)  # wIdent, nFib (Word 97)
    struct.pack_into("<H", fib, 6, 0x041E)  # lid: Thai
    struct.pack_into("<H", fib, 0x0A, 0x0200 | 0x1000)  # fWhichTblStm (1Table), fExtChar
    struct.pack_into("<H", fib, 0x0C, 0x00BF)  # nFibBack
    struct.pack_into("<H", fib, 0x20, 14)  # csw
    struct.pack_into("<H", fib, 0x3E, 22)  # cslw
    rg_lw = 0x40
    struct.pack_into("<I", fib, rg_lw, fc_text + len(utf16))  # cbMac
    struct.pack_into("<I", fib, rg_lw + 12, len(text))  # ccpText
    struct.pack_into("<H", fib, 0x98, 0x5D)  # cbRgFcLcb
    # CLX: one piece covering all the text, stored as UTF-16 (fCompressed = 0).
    plc = struct.pack("<II", 0, len(text)) + struct.pack("<HIH", 0, fc_text, 0)
    clx = b"\x02" + struct.pack("<I", len(plc)) + plc
    # An empty style sheet (cbStshi = 18, cstd = 0): antiword reads past a missing one.
    stsh = struct.pack("<H", 18) + bytes(18)
    table = stsh + clx
    struct.pack_into("<II", fib, 0x9A + 1 * 8, 0, len(stsh))  # fcStshf, lcbStshf
    struct.pack_into("<II", fib, 0x9A + 33 * 8, len(stsh), len(clx))  # fcClx, lcbClx
    word = bytes(fib) + utf16
    return ole2({"WordDocument": word, "1Table": table})


def _record(rtype: int, payload: bytes) -> bytes:
    return struct.pack("<HH", rtype, len(payload)) + payload


def _xl_string(s: str, length_bytes: int = 2) -> bytes:
    raw = s.encode("utf-16-le")
    head = struct.pack("<H" if length_bytes == 2 else "<B", len(s))
    return head + b"\x01" + raw


def make_xls(rows: list[list[str]] | None = None, sheet: str = "แผน") -> bytes:
    """A minimal BIFF8 workbook: one sheet of shared strings (LABELSST cells)."""
    rows = rows or [["ลำดับ", "รายการ"], ["๑", "จัดซื้อวัสดุสำนักงาน"], ["๒", TITLE]]
    strings: list[str] = []
    for row in rows:
        for value in row:
            if value not in strings:
                strings.append(value)
    bof_globals = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 6))
    codepage = _record(0x0042, struct.pack("<H", 1200))
    xfs = b"".join(
        _record(
            0x00E0,
            struct.pack(
                "<HHHBBBBIIH", 0, 0, 0xFFF5 if i < 15 else 0x0001, 0x20, 0, 0, 0, 0, 0, 0x20C0
            ),
        )
        for i in range(16)
    )
    sst = _record(
        0x00FC,
        struct.pack("<II", sum(len(r) for r in rows), len(strings))
        + b"".join(_xl_string(s) for s in strings),
    )
    sheet_name = _xl_string(sheet, length_bytes=1)
    boundsheet_len = 4 + 6 + len(sheet_name)
    globals_len = len(bof_globals) + len(codepage) + len(xfs) + boundsheet_len + len(sst) + 4
    boundsheet = _record(0x0085, struct.pack("<IBB", globals_len, 0, 0) + sheet_name)
    eof = _record(0x000A, b"")
    cells = b"".join(
        _record(0x00FD, struct.pack("<HHHI", r, c, 15, strings.index(v)))
        for r, row in enumerate(rows)
        for c, v in enumerate(row)
    )
    ncols = max(len(r) for r in rows)
    sheet_stream = (
        _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 6))
        + _record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, ncols, 0))
        + cells
        + eof
    )
    workbook = bof_globals + codepage + xfs + boundsheet + sst + eof
    assert len(workbook) == globals_len
    return ole2({"Workbook": workbook + sheet_stream})
