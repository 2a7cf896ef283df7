"""report.xlsx: the work list for PR staff and the ITAS answer sheet (openpyxl), in Thai.

Sheets (all rendered from :class:`reports.view.ReportView`, the numbers rounded as everywhere):

- ``รายการงาน`` (work list): the items not found first, in the order of the OIT points each
  would add (with its rank), then the items found; per item the status, the action sentence
  (the same as in report.html and report.pdf), the responsible unit, the measure and its
  monitoring due dates, the points gained, the first evidence URL, the click path, problems
  and reasons, and an empty column for staff notes.
- ``ITAS``: per item ``พร้อมส่ง`` or ``ยังไม่ควรส่ง`` with the reason (and the action), the URLs
  to submit (found items only, best first, each URL in its own cell and hyperlink), how to
  reach each from the home page and a ready-to-paste explanation.
- ``ข้อมูลการตรวจ``: agency, site, year, when, the estimated score and how it is estimated.

Crawled text is untrusted. Every cell is written as a literal string or number: a string that a
spreadsheet could take for a formula (leading ``= + - @``, tab, CR) is stored as a string with
Excel's quote prefix, so ``=HYPERLINK(...)`` in a page title stays text, also after editing the
cell. Characters that XML cannot carry are dropped, and cells are cut at Excel's 32,767 limit.

Font: Tahoma, present on every Windows and macOS and complete for Thai (TH Sarabun New, the
government look, is not installed everywhere and needs a larger size).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from common.files import atomic_path

from .html import safe_href
from .models import AuditReport, Evidence, ItemResult
from .view import (
    SCORE_FORMULA,
    STATUS_LABELS,
    ReportView,
    rounded,
    thai_datetime,
)

FONT_NAME = "Tahoma"
HOME = "หน้าแรก"
SEP = " > "
MAX_CELL = 32_767
MAX_HYPERLINK = 2_000  # Excel refuses longer link targets
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")

STATUS_FILLS = {
    "found": "C6EFCE",  # green
    "outdated": "FFEB9C",  # amber
    "review": "FFE0B2",  # light orange
    "missing": "FFC7CE",  # red
}
HEADER_FILL = "1F4E78"
SUBMITTABLE = ("found", "outdated", "review")


# --- helpers -------------------------------------------------------------------------------


def click_path_text(ev: Evidence | None) -> str:
    """``หน้าแรก > ITA > O1 โครงสร้าง``; '' without evidence; says so when no path is known."""
    if ev is None:
        return ""
    steps = [" ".join(s.split()) for s in ev.click_path if s and s.strip()]
    if not steps:
        return f"{HOME} (ไม่พบเส้นทางคลิกจากหน้าแรก)"
    return SEP.join([HOME, *steps])


def submit_evidence(item: ItemResult) -> list[Evidence]:
    """Evidence a person could submit to ITAS: http(s) URLs, best first, each URL once."""
    if item.status not in SUBMITTABLE:
        return []
    seen: set[str] = set()
    out = []
    for ev in item.evidence:
        url = safe_href(ev.url)
        if url and url not in seen:
            seen.add(url)
            out.append(ev)
    return out


def bullets(lines: Iterable[str]) -> str:
    return "\n".join(f"• {' '.join(str(x).split())}" for x in lines if str(x).strip())


# --- cell writing ----------------------------------------------------------------------------


def link_target(url: str) -> str:
    """``url`` with spaces, quotes, angle brackets and non-ASCII percent-encoded (Excel is strict)."""
    return quote(url, safe=";/?:@&=+$,-_.!~*'()#%[]")


def clean_text(value: object) -> str:
    s = ILLEGAL_CHARACTERS_RE.sub("", str(value))
    if len(s) > MAX_CELL:
        s = s[: MAX_CELL - 1] + "…"
    return s


def put(ws: Worksheet, row: int, col: int, value: object, *, link: str | None = None) -> Cell:
    """Write a literal value (never a formula) with the sheet's font and wrapping."""
    cell = ws.cell(row=row, column=col)
    if value is None or value == "":
        cell.value = None
    elif isinstance(value, bool):
        cell.value = clean_text(value)
    elif isinstance(value, int | float):
        cell.value = value
    else:
        text = clean_text(value)
        cell.value = text
        cell.data_type = "s"  # openpyxl would otherwise turn '=...' into a formula
        if text.startswith(FORMULA_START):
            cell.quotePrefix = True  # Excel: keep it text when the cell is edited
    cell.font = Font(name=FONT_NAME, size=10)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    if link and (href := safe_href(link)) and len(href := link_target(href)) <= MAX_HYPERLINK:
        cell.hyperlink = href
        cell.font = Font(name=FONT_NAME, size=10, color="0563C1", underline="single")
    return cell


def _header(ws: Worksheet, columns: list[tuple[str, float]]) -> None:
    side = Side(style="thin", color="BFBFBF")
    for col, (title, width) in enumerate(columns, 1):
        cell = put(ws, 1, col, title)
        cell.font = Font(name=FONT_NAME, size=10, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = Border(bottom=side)
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.row_dimensions[1].height = 32
    ws.freeze_panes = "C2"  # header row and the code/title columns stay visible


def _finish(ws: Worksheet, ncols: int, nrows: int) -> None:
    ws.auto_filter.ref = f"A1:{get_column_letter(ncols)}{max(nrows, 1)}"
    ws.sheet_view.zoomScale = 100
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"


def _status_cell(ws: Worksheet, row: int, col: int, status: str) -> Cell:
    cell = put(ws, row, col, STATUS_LABELS.get(status, status))
    cell.fill = PatternFill("solid", fgColor=STATUS_FILLS.get(status, "FFFFFF"))
    return cell


# --- sheets ----------------------------------------------------------------------------------

WORK_COLUMNS: list[tuple[str, float]] = [
    ("ลำดับ", 7),
    ("รหัส", 7),
    ("รายการ", 36),
    ("สถานะ", 12),
    ("สิ่งที่ต้องทำ", 60),
    ("หน่วยงานรับผิดชอบ", 24),
    ("คะแนน OIT ที่เพิ่มถ้าแก้ไข (ประมาณ)", 14),
    ("มาตรการ", 26),
    ("กำหนดรายงานตามมาตรการ", 24),
    ("ตัวชี้วัดย่อย", 10),
    ("หลักฐานหลัก (URL)", 45),
    ("เส้นทางคลิกจากหน้าแรก", 40),
    ("ปัญหาที่พบ", 45),
    ("เหตุผล", 40),
    ("ความคืบหน้า / หมายเหตุ", 24),
]
ITAS_URLS = 3
ITAS_COLUMNS: list[tuple[str, float]] = [
    ("รหัส", 7),
    ("รายการ", 36),
    ("ส่งได้หรือยัง", 14),
    ("เหตุผลและสิ่งที่ต้องทำ", 60),
    ("สถานะ", 12),
    *((f"URL ที่ส่ง ลำดับ {n}", 45) for n in range(1, ITAS_URLS + 1)),
    ("วิธีเข้าถึงจากหน้าแรก (ตามลำดับ URL)", 50),
    ("คำอธิบายสำหรับ ITAS", 50),
    ("หน่วยงานรับผิดชอบ", 24),
]
READY, NOT_READY = "พร้อมส่ง", "ยังไม่ควรส่ง"


def _work_sheet(ws: Worksheet, v: ReportView) -> None:
    ws.title = "รายการงาน"
    _header(ws, WORK_COLUMNS)
    found = sorted(v.found, key=lambda i: v.report.items.index(i))
    rows = [(g.rank, g.item, g) for g in v.gaps] + [(None, i, None) for i in found]
    for row, (rank, item, gap) in enumerate(rows, 2):
        first = item.evidence[0] if item.evidence else None
        put(ws, row, 1, rank)
        put(ws, row, 2, item.code)
        put(ws, row, 3, item.title + ("" if item.confirmed else " (เกณฑ์ยังไม่ยืนยัน)"))
        _status_cell(ws, row, 4, item.status)
        put(ws, row, 5, gap.action if gap else "")
        put(ws, row, 6, gap.responsible if gap else (item.responsible or "(ยังไม่ระบุ)"))
        gain_cell = put(ws, row, 7, gap.gain if gap and gap.gain > 0 else None)
        gain_cell.number_format = '+0.0;-0.0;""'
        put(ws, row, 8, "\n".join(gap.measures) if gap else "")
        put(ws, row, 9, "\n".join(r.text for r in gap.rounds) if gap else "")
        put(ws, row, 10, item.subindicator)
        put(ws, row, 11, first.url if first else "", link=first.url if first else None)
        put(ws, row, 12, click_path_text(first))
        put(ws, row, 13, bullets(item.problems))
        put(ws, row, 14, bullets(item.reasons))
        put(ws, row, 15, "")
    _finish(ws, len(WORK_COLUMNS), len(rows) + 1)
    ws.freeze_panes = "D2"


def itas_explanation(item: ItemResult, evidence: list[Evidence]) -> str:
    if not evidence:
        return "ยังไม่มีข้อมูลที่ส่งได้บนเว็บไซต์หลักของหน่วยงาน"
    lines = ["ข้อมูลเผยแพร่บนเว็บไซต์หลักของหน่วยงาน"]
    for n, ev in enumerate(evidence, 1):
        prefix = f"{n}) " if len(evidence) > 1 else ""
        lines.append(f"{prefix}เข้าถึงได้จาก {click_path_text(ev)}")
    return "\n".join(lines)


def _itas_sheet(ws: Worksheet, v: ReportView) -> None:
    _header(ws, ITAS_COLUMNS)
    for row, item in enumerate(v.report.items, 2):
        ready, why = v.itas_ready(item)
        evidence = submit_evidence(item)[:ITAS_URLS] if ready else []
        put(ws, row, 1, item.code)
        put(ws, row, 2, item.title)
        put(ws, row, 3, READY if ready else NOT_READY).fill = PatternFill(
            "solid", fgColor=STATUS_FILLS["found" if ready else "missing"]
        )
        put(ws, row, 4, why)
        _status_cell(ws, row, 5, item.status)
        for n in range(ITAS_URLS):
            url = (safe_href(evidence[n].url) or "") if n < len(evidence) else ""
            put(ws, row, 6 + n, url, link=url or None)
        col = 6 + ITAS_URLS
        put(ws, row, col, "\n".join(f"{n}) {click_path_text(ev)}" for n, ev in enumerate(evidence, 1)))
        put(ws, row, col + 1, itas_explanation(item, evidence))
        put(ws, row, col + 2, item.responsible or "(ยังไม่ระบุ)")
    _finish(ws, len(ITAS_COLUMNS), len(v.report.items) + 1)


def _about_sheet(ws: Worksheet, v: ReportView) -> None:
    report = v.report
    rows: list[tuple[str, object]] = [
        ("หน่วยงาน", report.agency or (report.profile.name if report.profile else "")),
        ("เว็บไซต์", report.site),
        ("ปีที่ประเมิน (ITA)", v.year),
        ("ตรวจเมื่อ", thai_datetime(report.finished_at)),
        ("คะแนน OIT (ประมาณการ ไม่ใช่ผลอย่างเป็นทางการ)", v.score),
        ("เกณฑ์ผ่าน", rounded(v.pass_mark)),
        *((f"{r.label} (ประมาณการ)", r.score) for r in v.rows if r.level == 1),
        *((f"จำนวนรายการ: {STATUS_LABELS.get(s, s)}", n) for s, n in v.counts.items()),
        ("วิธีประมาณคะแนน", SCORE_FORMULA),
        ("เกณฑ์ของปีนี้ยืนยันครบแล้ว", "ใช่" if report.checklist_confirmed else "ยังไม่ครบ"),
        *(("หมายเหตุเกณฑ์", n) for n in v.criteria_notes),
        *((("ปีของเกณฑ์", v.year_notice),) if v.year_notice else ()),
        ("หน้าเว็บ / เอกสารที่ตรวจ", f"{report.crawl.pages} / {report.crawl.documents}"),
        *((f"การตั้งค่า: {label}", value) for label, value in v.settings),
        ("รุ่นของเครื่องมือ", report.tool_version or "-"),
    ]
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 80
    for r, (label, value) in enumerate(rows, 1):
        put(ws, r, 1, label).font = Font(name=FONT_NAME, size=10, bold=True)
        cell = put(ws, r, 2, value, link=report.site if label == "เว็บไซต์" else None)
        if isinstance(value, float):
            cell.number_format = "0.0"


def build_workbook(report: AuditReport) -> Workbook:
    wb = Workbook()
    v = ReportView(report)
    _work_sheet(wb.active, v)
    _itas_sheet(wb.create_sheet("ITAS"), v)
    _about_sheet(wb.create_sheet("ข้อมูลการตรวจ"), v)
    wb.active = 0
    wb.properties.title = f"OIT {report.assessment_year} {report.agency or report.site}"[:250]
    wb.properties.creator = "oit-audit"
    return wb


def write_xlsx(report: AuditReport, path: Path) -> Path:
    """Write ``path`` atomically (temp file in the same folder, then os.replace)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = build_workbook(report)
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return path
