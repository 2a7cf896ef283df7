"""report.pdf: the executive summary and the gap list, in Thai, printable on A4.

Library choice: **fpdf2 with HarfBuzz text shaping (uharfbuzz), plus an /ActualText span on
every line.** Measured options (docs/dependency-measurements.md §6 and our own test
of the three on the same Thai lines):

- WeasyPrint 70 draws Thai right, but its text layer is wrong for about 16 % of characters
  (sara am and every later sara aa: ``ตำบล`` -> ``ตาบล``), needs Pango from the system and an
  extra 1 s import; an executive who copies a line or searches the PDF gets garbage.
- fpdf2 without shaping has a clean text layer but draws some Thai wrongly (no GSUB/GPOS:
  ฐ/ญ keep their tails above ู, tone marks are not lowered or shifted next to ป ฝ ฟ).
- fpdf2 with shaping draws like a word processor (TLWG fonts' Thai OpenType tables via
  HarfBuzz), but its text layer follows glyph order: ``ซื่อ`` extracts as ``ซ่ือ``, ``น้ำ`` as
  ``น+้ำ``, tabs after sara am (about 12 % edits in our test).

So we draw with shaping and wrap each printed line in a marked-content span whose /ActualText
is the line's real Unicode text (PDF 32000 §14.9.4, what LibreOffice does). Viewers and
extractors that honour /ActualText (pdfium, i.e. Chrome and pypdfium2; poppler's pdftotext;
Acrobat) then copy, search and read the exact Thai text; in our test the edits fell from 35 to 0
for pypdfium2 and pdftotext. pypdf ignores /ActualText and still sees the glyph-order text.
Without uharfbuzz the module falls back to unshaped drawing (correct text, imperfect marks).

fpdf2 does no Thai line breaking, so lines are broken here at word boundaries found by
pythainlp (a project dependency already), never inside a word unless the word alone is wider
than the line (long URLs).

Fonts: TLWG Loma and Loma Bold from Debian's ``fonts-thai-tlwg-ttf`` (installed by
scripts/setup.sh), embedded as subsets. ``OIT_FONT_DIR`` points elsewhere if needed.
"""

from __future__ import annotations

import logging
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

from fpdf import FPDF

from common.files import write_atomic

from .models import AuditReport
from .view import SCORE_FORMULA, STATUS_LABELS, ReportView, num, thai_date, thai_datetime
from .xlsx import STATUS_FILLS, bullets

log = logging.getLogger(__name__)
logging.getLogger("fontTools").setLevel(logging.WARNING)  # its font subsetting says INFO per table

FONT_DIRS = (
    "/usr/share/fonts/truetype/tlwg",
    "/usr/share/fonts/truetype/thai-tlwg",
    "/usr/local/share/fonts/tlwg",
    "/usr/share/fonts/TTF",
    # Windows: fonts installed for the user, then for all users
    *(os.path.join(os.environ[var], sub) for var, sub in
      (("LOCALAPPDATA", os.path.join("Microsoft", "Windows", "Fonts")), ("WINDIR", "Fonts"))
      if os.environ.get(var)),
)
FONT_FILES = {"": "Loma.ttf", "B": "Loma-Bold.ttf"}
FAMILY = "Loma"

INK = (33, 37, 41)
MUTED = (100, 106, 112)
ACCENT = (31, 78, 120)
PASS_GREEN = (46, 125, 50)
FAIL_RED = (198, 40, 40)
LAST_GREY = (170, 176, 182)


class FontNotFound(RuntimeError):
    """The Thai font is not installed (scripts/setup.sh installs fonts-thai-tlwg-ttf)."""


def find_font(file_name: str) -> Path:
    dirs = [os.environ["OIT_FONT_DIR"]] if os.environ.get("OIT_FONT_DIR") else []
    for d in [*dirs, *FONT_DIRS]:
        p = Path(d) / file_name
        if p.is_file():
            return p
    raise FontNotFound(
        f"Thai font {file_name} not found in {', '.join([*dirs, *FONT_DIRS])}: install the "
        "Debian package fonts-thai-tlwg-ttf (scripts/setup.sh) or set OIT_FONT_DIR"
    )


@cache
def _font_chars(path: Path) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True) as font:
        return frozenset(font.getBestCmap())


class _Words:
    """pythainlp's word list as a set, with the one method newmm asks its dictionary for.

    ``prefixes`` returns what ``pythainlp.util.Trie.prefixes`` returns (the same words, shortest
    first), so the words cut are the same; the set takes 19 MB and 0.1 s to build where the
    trie takes 70 MB and 0.5 s.
    """

    def __init__(self, words) -> None:
        self.words = frozenset(words)
        self.lengths = sorted({len(w) for w in self.words})

    def __len__(self) -> int:
        return len(self.words)

    def __contains__(self, word: str) -> bool:
        return word in self.words

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        rest = len(text) - start
        return [text[start : start + k] for k in self.lengths
                if k <= rest and text[start : start + k] in self.words]


@cache
def _tokenizer():
    try:
        from pythainlp.corpus import thai_words
        from pythainlp.tokenize import word_tokenize
    except ImportError:  # pragma: no cover - pythainlp is a dependency
        return None
    words = _Words(thai_words())
    return partial(word_tokenize, custom_dict=words)


def _hex_utf16(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


_SPACES = re.compile(r"[ \t\r\n\f\v\u200b]+")


def _is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def _tokens(text: str) -> list[str]:
    """Words to wrap at: Thai words (pythainlp newmm) and spaces; runs of non-Thai characters
    without a space between them (numbers, URLs, "1: 96.66,") stay one token, and an opening
    bracket or quote sticks to the word after it."""
    tokenize = _tokenizer()
    raw = (
        tokenize(text, engine="newmm", keep_whitespace=True) if tokenize else re.split(r"( )", text)
    )
    out: list[str] = []
    for tok in raw:
        if not tok:
            continue
        if (
            out
            and not tok.isspace()
            and not out[-1].isspace()
            and (
                (not _is_thai(out[-1][-1]) and not _is_thai(tok[0]))
                or out[-1][-1] in "([{\"'“‘"
                or tok[0] in ")]}:;,.!?%\"'”’…ๆฯ"
            )
        ):
            out[-1] += tok
        else:
            out.append(tok)
    return out


def _clusters(token: str) -> list[str]:
    """Split into grapheme-like clusters: a base letter with its combining marks."""
    out: list[str] = []
    for ch in token:
        if out and (unicodedata.category(ch) in ("Mn", "Me") or ch == "\u0e33"):
            out[-1] += ch
        else:
            out.append(ch)
    return out


class ThaiPDF(FPDF):
    """FPDF with Thai fonts, Thai word wrapping and an /ActualText span on every line."""

    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(15, 14, 15)
        self.alias_nb_pages(None)  # page numbers are written at the end (see finish())
        regular = find_font(FONT_FILES[""])
        for style, name in FONT_FILES.items():
            self.add_font(FAMILY, style, str(find_font(name)))
        self.chars = _font_chars(regular)
        self.shaped = True
        try:
            self.set_text_shaping(True)
        except Exception as exc:  # uharfbuzz missing: correct text, imperfect mark placement
            log.warning("PDF: text shaping unavailable (%s); Thai marks may be misplaced", exc)
            self.shaped = False
        self.set_font(FAMILY, "", 11)
        self.set_text_color(*INK)
        self.bottom = self.h - 16  # content stops here; the footer sits below
        self._width_cache: dict[tuple[str, str, float], float] = {}

    # -- text ------------------------------------------------------------------------------

    def clean(self, text: object) -> str:
        """One line of printable text the font can draw (others become '?')."""
        s = _SPACES.sub(" ", str(text)).strip(" ")
        return "".join(
            c if ord(c) in self.chars or unicodedata.category(c) == "Zs" else "?" for c in s
        )

    def width(self, text: str) -> float:
        key = (self.font_style, text, self.font_size_pt)
        w = self._width_cache.get(key)
        if w is None:
            w = self._width_cache[key] = self.get_string_width(text)
        return w

    def wrap(self, text: object, width: float) -> list[str]:
        """Break ``text`` into lines no wider than ``width`` at Thai/Latin word boundaries."""
        lines: list[str] = []
        for para in str(text).split("\n"):
            para = self.clean(para)
            if not para:
                lines.append("")
                continue
            if self.width(para) <= width:
                lines.append(para)
                continue
            line, line_w = "", 0.0
            for tok in _tokens(para):
                tw = self.width(tok)
                if line and line_w + tw > width:
                    lines.append(line.rstrip())
                    line, line_w = "", 0.0
                    if tok.isspace():
                        continue
                if tw > width:  # a word wider than the line (URL): break between clusters
                    for cl in _clusters(tok):
                        cw = self.width(cl)
                        if line and line_w + cw > width:
                            lines.append(line)
                            line, line_w = "", 0.0
                        line += cl
                        line_w += cw
                    continue
                line += tok
                line_w += tw
            if line.strip():
                lines.append(line.rstrip())
        return lines

    def line_out(
        self,
        text: str,
        w: float,
        h: float,
        *,
        align: str = "L",
        fill: bool = False,
        link: str = "",
    ) -> None:
        """One line of text as a cell, with its real text in /ActualText."""
        if text:
            self._out(f"/Span <</ActualText {_hex_utf16(text)}>> BDC")
        self.cell(w, h, text, align=align, fill=fill, link=link, new_x="RIGHT", new_y="TOP")
        if text:
            self._out("EMC")

    def ensure(self, height: float) -> bool:
        """Start a new page unless ``height`` mm still fit; True when a page was added."""
        if self.get_y() + height > self.bottom:
            self.add_page()
            return True
        return False

    def para(
        self,
        text: object,
        *,
        size: float = 11,
        style: str = "",
        color=INK,
        indent: float = 0,
        lh: float | None = None,
        after: float = 1.0,
    ) -> None:
        self.set_font(FAMILY, style, size)
        self.set_text_color(*color)
        lh = lh or size * 0.55
        width = self.w - self.l_margin - self.r_margin - indent
        for line in self.wrap(text, width - 2 * self.c_margin):
            self.ensure(lh)
            self.set_x(self.l_margin + indent)
            self.line_out(line, width, lh)
            self.ln(lh)
        self.ln(after)
        self.set_text_color(*INK)

    def heading(self, text: str, size: float = 14) -> None:
        self.ensure(size * 0.55 + 14)  # keep a heading with the first lines after it
        self.ln(2)
        self.para(text, size=size, style="B", color=ACCENT, after=1.5)

    # -- tables ----------------------------------------------------------------------------

    def _cells(
        self, columns: Sequence[Column], row: Sequence[object], size: float, bold: bool = False
    ):
        self.set_font(FAMILY, "B" if bold else "", size)
        return [
            self.wrap("" if v is None else v, col.width - 2 * self.c_margin)
            for col, v in zip(columns, row, strict=True)
        ]

    def table_start(
        self, columns: Sequence[Column], rows: Sequence[Sequence[object]], size: float = 9.5
    ) -> float:
        """Height of the header and the first row: what must fit before a table starts."""
        lh, pad = size * 0.5, 1.0
        head = self._cells(columns, [c.title for c in columns], size, bold=True)
        first = self._cells(columns, rows[0], size) if rows else [[""]]
        return sum(max(1, max(len(x) for x in w)) * lh + 2 * pad for w in (head, first))

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[object]],
        *,
        fills: Sequence[tuple[int, tuple[int, int, int]] | None] | None = None,
        size: float = 9.5,
    ) -> None:
        """A bordered table; the header repeats after a page break; rows never split."""
        lh, pad = size * 0.5, 1.0
        header = self._cells(columns, [c.title for c in columns], size, bold=True)
        header_h = max(len(w) for w in header) * lh + 2 * pad

        def draw_header() -> None:
            self.set_font(FAMILY, "B", size)
            self.set_fill_color(*ACCENT)
            self.set_text_color(255, 255, 255)
            y, x = self.get_y(), self.l_margin
            for col, lines in zip(columns, header, strict=True):
                self.rect(x, y, col.width, header_h, style="F")
                self.set_xy(x, y + pad)
                for line in lines:
                    self.line_out(line, col.width, lh, align=col.align)
                    self.set_xy(x, self.get_y() + lh)
                x += col.width
            self.set_xy(self.l_margin, y + header_h)
            self.set_text_color(*INK)

        self.ensure(self.table_start(columns, rows, size))
        draw_header()
        self.set_draw_color(200, 204, 208)
        self.set_line_width(0.2)
        for n, row in enumerate(rows):
            wrapped = self._cells(columns, row, size)
            h = max(1, max(len(w) for w in wrapped)) * lh + 2 * pad
            if self.get_y() + h > self.bottom:
                self.add_page()
                draw_header()
            y, x = self.get_y(), self.l_margin
            fill = fills[n] if fills else None
            for i, (col, lines) in enumerate(zip(columns, wrapped, strict=True)):
                if fill and fill[0] == i:
                    self.set_fill_color(*fill[1])
                    self.rect(x, y, col.width, h, style="DF")
                else:
                    self.rect(x, y, col.width, h, style="D")
                self.set_font(FAMILY, "B" if col.bold else "", size)
                self.set_xy(x, y + pad)
                for line in lines:
                    self.line_out(line, col.width, lh, align=col.align)
                    self.set_xy(x, self.get_y() + lh)
                x += col.width
            self.set_xy(self.l_margin, y + h)
        self.ln(3)

    # -- pages -----------------------------------------------------------------------------

    def finish(self, left: str) -> None:
        """Footers on every page: ``left`` text and หน้า n/N."""
        total = self.page
        for n in range(1, total + 1):
            self.page = n
            # the page's content stream ended in another graphics state: re-emit everything
            self.current_font_is_set_on_page = False
            self.draw_color = self.text_color = None  # type: ignore[assignment]
            self.line_width = -1
            self.set_font(FAMILY, "", 8)
            self.set_text_color(*MUTED)
            self.set_draw_color(200, 204, 208)
            self.set_line_width(0.2)
            y = self.h - 11
            self.line(self.l_margin, y - 1.5, self.w - self.r_margin, y - 1.5)
            self.set_xy(self.l_margin, y)
            width = self.w - self.l_margin - self.r_margin
            self.line_out(self.clean(left), width * 0.8, 4)
            self.line_out(f"หน้า {n}/{total}", width * 0.2, 4, align="R")
        self.page = total


@dataclass
class Column:
    title: str
    width: float
    align: str = "L"
    bold: bool = False


def _rgb(hex_color: str) -> tuple[int, int, int]:
    return int(hex_color[0:2], 16), int(hex_color[2:4], 16), int(hex_color[4:6], 16)


# --- sections ----------------------------------------------------------------------------------


def _title(pdf: ThaiPDF, v: ReportView) -> None:
    report = v.report
    agency = report.agency or (report.profile.name if report.profile else "") or report.site
    pdf.para(
        "สรุปผลการตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) สำหรับผู้บริหาร",
        size=17,
        style="B",
        color=ACCENT,
        after=0.5,
    )
    pdf.para(agency, size=14, style="B", after=0.5)
    where = []
    if report.profile and report.profile.type and report.profile.type != "อื่น ๆ":
        where.append(report.profile.type)
    if report.profile and report.profile.district:
        where.append(f"อำเภอ{report.profile.district}")
    if report.profile and report.profile.province:
        where.append(f"จังหวัด{report.profile.province}")
    if where:
        pdf.para(" ".join(where), size=10.5, color=MUTED, after=0.5)
    pdf.para(
        f"เว็บไซต์ {report.site}   |   เกณฑ์ ITA ปี พ.ศ. {v.year}   |   "
        f"ตรวจเมื่อ {thai_datetime(report.finished_at)}",
        size=10.5,
        color=MUTED,
        after=3,
    )
    if v.year_notice:
        pdf.para(v.year_notice, size=10, style="B", color=FAIL_RED, after=2)


def _score_box(pdf: ThaiPDF, v: ReportView) -> None:
    x = pdf.l_margin
    w = pdf.w - pdf.l_margin - pdf.r_margin
    h = 30
    pdf.ensure(h + 4)
    y = pdf.get_y()
    pdf.set_fill_color(244, 247, 250)
    pdf.set_draw_color(*(PASS_GREEN if v.passed else FAIL_RED))
    pdf.set_line_width(0.6)
    pdf.rect(x, y, w, h, style="DF")
    pdf.set_line_width(0.2)
    pdf.set_xy(x + 4, y + 3)
    pdf.set_font(FAMILY, "", 10.5)
    pdf.set_text_color(*MUTED)
    pdf.line_out("คะแนน OIT (ประมาณการ)", 60, 5)
    pdf.set_xy(x + 4, y + 10)
    pdf.set_font(FAMILY, "B", 30)
    pdf.set_text_color(*(PASS_GREEN if v.passed else FAIL_RED))
    pdf.line_out(num(v.score), 48, 14)
    pdf.set_xy(x + 56, y + 5)
    pdf.set_font(FAMILY, "B", 13)
    pdf.set_text_color(*INK)
    if v.passed:
        verdict = f"ผ่านเกณฑ์ {num(v.pass_mark)} คะแนน (สูงกว่าเกณฑ์ {num(v.score - v.pass_mark)})"
    else:
        verdict = f"ต่ำกว่าเกณฑ์ผ่าน {num(v.pass_mark)} คะแนน อีก {num(v.distance)} คะแนน"
    pdf.line_out(verdict, w - 60, 7)
    pdf.set_xy(x + 56, y + 13)
    pdf.set_font(FAMILY, "", 10.5)
    pdf.line_out(
        "  ".join(f"{STATUS_LABELS.get(s, s)} {n}" for s, n in v.counts.items())
        + f"  (จาก {len(v.report.items)} รายการ)",
        w - 60,
        6,
    )
    pdf.set_xy(x + 56, y + 20)
    pdf.set_font(FAMILY, "", 8.5)
    pdf.set_text_color(*MUTED)
    pdf.line_out("ประมาณการจากสูตรที่ทราบ ไม่ใช่ผลอย่างเป็นทางการของสำนักงาน ป.ป.ช.", w - 60, 5)
    pdf.set_text_color(*INK)
    pdf.set_xy(pdf.l_margin, y + h + 4)


def _chart(pdf: ThaiPDF, v: ReportView) -> None:
    """Horizontal bars: OIT and each indicator now, last assessment's below, pass-mark line."""
    rows = [r for r in v.rows if r.level < 2]
    last = v.last
    label_w, bar_x = 62.0, pdf.l_margin + 64.0
    bar_w = pdf.w - pdf.r_margin - bar_x - 14
    row_h = 11.0 if last else 8.0
    pdf.ensure(len(rows) * row_h + 14)
    top = pdf.get_y()
    for n, r in enumerate(rows):
        label = "OIT รวม" if r.level == 0 else r.label
        y = top + n * row_h
        pdf.set_xy(pdf.l_margin, y + 0.5)
        pdf.set_font(FAMILY, "B" if n == 0 else "", 9.5)
        lines = pdf.wrap(label, label_w - 2 * pdf.c_margin)
        pdf.line_out(lines[0] if lines else "", label_w, 5.5)
        pdf.set_fill_color(233, 236, 239)
        pdf.rect(bar_x, y + 1, bar_w, 5, style="F")
        pdf.set_fill_color(*(PASS_GREEN if r.score >= v.pass_mark else FAIL_RED))
        pdf.rect(bar_x, y + 1, bar_w * max(0.0, min(100.0, r.score)) / 100, 5, style="F")
        pdf.set_xy(bar_x + bar_w + 1, y + 0.5)
        pdf.set_font(FAMILY, "B", 9.5)
        pdf.line_out(num(r.score), 13, 5.5)
        if last:
            if r.last is not None:
                pdf.set_fill_color(*LAST_GREY)
                pdf.rect(bar_x, y + 6.8, bar_w * max(0.0, min(100.0, r.last)) / 100, 2.4, style="F")
            pdf.set_xy(bar_x + bar_w + 1, y + 5.6)
            pdf.set_font(FAMILY, "", 7.5)
            pdf.set_text_color(*MUTED)
            pdf.line_out(num(r.last), 13, 4)
            pdf.set_text_color(*INK)
    # pass mark line and legend
    px = bar_x + bar_w * v.pass_mark / 100
    bottom = top + len(rows) * row_h
    pdf.set_draw_color(*INK)
    pdf.set_line_width(0.4)
    pdf.set_dash_pattern(dash=1.2, gap=0.8)
    pdf.line(px, top - 1, px, bottom)
    pdf.set_dash_pattern()
    pdf.set_line_width(0.2)
    pdf.set_xy(px - 20, bottom + 0.5)
    pdf.set_font(FAMILY, "", 8)
    pdf.line_out(f"เกณฑ์ผ่าน {num(v.pass_mark)}", 40, 4, align="C")
    if last:
        pdf.set_xy(pdf.l_margin, bottom + 0.5)
        pdf.set_text_color(*MUTED)
        pdf.line_out(f"แถบสีเทา: ผล ITA ปี {last.year} ของหน่วยงาน", 60, 4)
        pdf.set_text_color(*INK)
    pdf.set_xy(pdf.l_margin, bottom + 7)


def _score_table(pdf: ThaiPDF, v: ReportView) -> None:
    last = v.last
    remarks = dict(last.remarks) if last else {}
    width = pdf.w - pdf.l_margin - pdf.r_margin
    cols = [Column("ตัวชี้วัด / ตัวชี้วัดย่อย", 70), Column("ปีนี้ (ประมาณการ)", 28, "R")]
    if last:
        cols += [Column(f"ผล ITA ปี {last.year}", 24, "R"), Column("ข้อสังเกตจากปีก่อน", width - 122)]
    else:
        cols[0].width = width - 28
    rows = []
    for r in v.rows:
        if r.level == 0:
            continue
        label = r.label if r.level == 1 else "\u00a0\u00a0\u00a0\u00a0" + r.label
        row: list[object] = [label, num(r.score)]
        if last:
            row += [num(r.last) if r.level == 1 else "", remarks.get(r.id, "") if r.level == 1 else ""]
        rows.append(row)
    pdf.table(cols, rows)
    if last and (last.total is not None or last.grade):
        text = f"ผลการประเมิน ITA ปี {last.year} ทั้งหมด: {num(last.total)} คะแนน"
        if last.grade:
            text += f" ระดับ {last.grade}"
        shown = {i.id for i in v.report.score.indicators}
        other = [f"{k}: {num(s)}" for k, s in sorted(last.indicators.items()) if k not in shown]
        if other:
            text += " (ตัวชี้วัดอื่น " + ", ".join(other) + ")"
        pdf.para(text, size=9.5, color=MUTED)


def _fixes(pdf: ThaiPDF, v: ReportView) -> None:
    pdf.heading("แก้ไขรายการเหล่านี้ก่อน: เพิ่มคะแนนได้มากที่สุด")
    if not v.fixes:
        pdf.para(
            "ไม่มีรายการที่ประมาณได้ว่าจะเพิ่มคะแนน" if v.report.gains else "รายงานนี้ไม่มีข้อมูลคะแนนที่เพิ่มขึ้นต่อรายการ",
            size=10.5,
            color=MUTED,
        )
        return
    width = pdf.w - pdf.l_margin - pdf.r_margin
    cols = [
        Column("ลำดับ", 11, "C"),
        Column("รหัส", 12, "C", bold=True),
        Column("รายการและสิ่งที่ต้องทำ", width - 127),
        Column("สถานะ", 20, "C"),
        Column("หน่วยงานรับผิดชอบ", 40),
        Column("เพิ่ม", 18, "R"),
        Column("คะแนนสะสม", 26, "R"),
    ]
    rows = [
        [str(g.rank), g.code, f"{g.item.title}\nสิ่งที่ต้องทำ: {g.action}", g.status_label,
         g.responsible, g.gain_text, num(g.reaches)]
        for g in v.fixes
    ]
    fills = [(3, _rgb(STATUS_FILLS.get(g.status, "FFFFFF"))) for g in v.fixes]
    pdf.table(cols, rows, fills=fills)
    mark = num(v.pass_mark)
    if v.passed:
        note = "คะแนนประมาณการผ่านเกณฑ์แล้ว รายการข้างต้นช่วยรักษาระดับคะแนน"
    elif v.fixes_needed:
        note = f"ถ้าแก้ไข {v.fixes_needed} รายการแรก คะแนนประมาณการจะถึงเกณฑ์ผ่าน {mark} คะแนน"
    else:
        note = f"แม้แก้ไขทุกรายการข้างต้น คะแนนประมาณการยังไม่ถึง {mark} คะแนน: ต้องตรวจรายการอื่นด้วย"
    pdf.para(
        note + " (คะแนนที่เพิ่มคือคะแนน OIT ที่เพิ่มขึ้นถ้าแก้ไขรายการนั้นเพียงรายการเดียว)",
        size=9.5,
        color=MUTED,
    )


def _measures(pdf: ThaiPDF, v: ReportView) -> None:
    if not v.measures:
        return
    pdf.heading(f"มาตรการของหน่วยงานและกำหนดรายงานผล (ปีงบประมาณ พ.ศ. {v.measures_year})")
    width = pdf.w - pdf.l_margin - pdf.r_margin
    cols = [
        Column("มาตรการ", width - 118),
        Column("ผู้รับผิดชอบ", 42),
        Column("กำหนดรายงาน", 44),
        Column("รายการที่ยังไม่ผ่าน", 32, "C"),
    ]
    rows = [
        [mg.measure.name, mg.measure.responsible, "\n".join(r.short for r in mg.rounds),
         f"{len(mg.gaps)} จาก {len(mg.items)}"]
        for mg in v.measures
    ]
    pdf.table(cols, rows)
    if v.measures_note:
        pdf.para(v.measures_note, size=9.5, color=MUTED)


def _gap_list(pdf: ThaiPDF, v: ReportView) -> None:
    pdf.heading("รายการที่ต้องแก้ไข แยกตามหน่วยงานรับผิดชอบ")
    if not v.gaps:
        pdf.para("ไม่พบรายการที่ต้องแก้ไข", size=10.5)
        return
    width = pdf.w - pdf.l_margin - pdf.r_margin
    with_due = bool(v.measures)
    cols = [
        Column("รหัส", 12, "C", bold=True),
        Column("รายการ", 46),
        Column("สถานะ", 20, "C"),
        Column("สิ่งที่ต้องทำ", width - 78 - (36 if with_due else 0)),
    ]
    if with_due:
        cols.append(Column("กำหนดรายงานตามมาตรการ", 36))
    for unit in v.units:
        if not unit.gaps:
            continue
        title = f"{unit.name}: {len(unit.gaps)} รายการ"
        if unit.gain > 0:
            title += f" (คะแนนที่รออยู่ +{num(unit.gain)})"
        rows, fills = [], []
        for g in unit.gaps:
            row: list[object] = [
                g.code,
                g.item.title + ("" if g.item.confirmed else " (เกณฑ์ยังไม่ยืนยัน)"),
                g.status_label,
                g.action,
            ]
            if with_due:
                row.append("\n".join(r.short for r in g.rounds) or "-")
            rows.append(row)
            fills.append((2, _rgb(STATUS_FILLS.get(g.status, "FFFFFF"))))
        # the unit's title stays with its table's header and first row
        pdf.ensure(9 + (5 if unit.email else 0) + pdf.table_start(cols, rows))
        pdf.para(title, size=11.5, style="B", after=0.3)
        if unit.email:
            pdf.para(unit.email, size=9, color=MUTED, after=0.5)
        pdf.table(cols, rows, fills=fills)


def _about(pdf: ThaiPDF, v: ReportView) -> None:
    report = v.report
    pdf.heading("วิธีการตรวจ", size=12)
    c = report.crawl
    criteria = f"เกณฑ์ ITA ปี พ.ศ. {v.year}"
    if v.unconfirmed or not report.checklist_confirmed:
        criteria += " บางส่วนยังไม่ได้รับการยืนยันจากแหล่งทางการ"
        if v.unconfirmed:
            criteria += f" ({len(v.unconfirmed)} รายการ: {', '.join(i.code for i in v.unconfirmed)})"
    lines = [
        f"ตรวจหน้าเว็บ {c.pages:,} หน้า และเอกสาร {c.documents:,} ไฟล์ "
        f"ลิงก์เสีย {len(c.broken_links):,} ลิงก์"
        + (" (หยุดก่อนครบเพราะถึงขีดจำกัดที่ตั้งไว้)" if c.stopped_by else ""),
        criteria,
    ]
    if v.criteria_notes and not report.checklist_confirmed:
        lines.append(v.criteria_notes[0])
    lines += [
        SCORE_FORMULA + " ตัวเลขทุกตัวปัดเป็นทศนิยม 1 ตำแหน่ง",
        "หลักฐาน ลิงก์ เส้นทางคลิก และหมายเหตุเกณฑ์ทั้งหมดอยู่ใน report.html และ report.xlsx",
    ]
    pdf.para(bullets(lines), size=9.5, color=MUTED)


def render_pdf(report: AuditReport) -> bytes:
    pdf = ThaiPDF()
    agency = report.agency or (report.profile.name if report.profile else "") or report.site
    pdf.set_title(f"สรุปผล OIT {report.assessment_year} {agency}")
    pdf.set_author("oit-audit")
    pdf.set_creator(f"oit-audit {report.tool_version}".strip())
    pdf.set_lang("th")
    pdf.add_page()
    v = ReportView(report)
    for section in (_title, _score_box, _chart, _score_table, _fixes, _measures, _gap_list, _about):
        section(pdf, v)
    pdf.finish(f"{agency}  |  ITA {v.year}  |  คะแนนเป็นการประมาณการ  |  {thai_date(v.today)}")
    return bytes(pdf.output())


def write_pdf(report: AuditReport, path: Path) -> Path:
    """Render and write ``path`` atomically (temp file in the same folder, then os.replace)."""
    path = Path(path)
    write_atomic(path, render_pdf(report))
    return path


__all__ = ["FontNotFound", "ThaiPDF", "render_pdf", "write_pdf"]
