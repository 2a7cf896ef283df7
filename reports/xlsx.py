"""report.xlsx: the work list for PR staff and the ITAS answer sheet (openpyxl).

Sheets:

- ``รายการงาน`` (work list): one row per checklist item, in checklist order: code, title, status
  (Thai label and English key), responsible unit, the measure covering the item and its
  monitoring due dates (when the report carries a profile), estimated OIT points gained if the
  item alone were fixed, the first evidence URL (a hyperlink only when it is http/https), the
  click path from the home page, problems and reasons, and an empty column for staff notes.
- ``ITAS``: per item the shape of an ITAS answer: มี/ไม่มี, the URLs to submit (evidence of
  found/outdated/review items, best first, one per line), how to reach each from the home page
  (หน้าแรก > ... > ...), a ready-to-paste explanation and what to fix before submitting.
- ``ข้อมูลการตรวจ``: agency, site, year, when, the estimated score and its caveat.

Crawled text is untrusted. Every cell is written as a literal string or number: a string that a
spreadsheet could take for a formula (leading ``= + - @``, tab, CR) is stored as a string with
Excel's quote prefix, so ``=HYPERLINK(...)`` in a page title stays text, also after editing the
cell. Characters that XML cannot carry are dropped, and cells are cut at Excel's 32,767 limit.

Font: Tahoma, present on every Windows and macOS and complete for Thai (TH Sarabun New, the
government look, is not installed everywhere and needs a larger size).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from urllib.parse import quote

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from common.files import atomic_path

from .html import STATUS_LABELS, THAI_MONTHS, be_year, safe_href, thai_datetime
from .models import AuditReport, Evidence, ItemResult

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


# --- helpers shared with reports/pdf.py ------------------------------------------------------


def thai_date(value: date) -> str:
    """``31 มี.ค. 2569``."""
    return f"{value.day} {THAI_MONTHS[value.month - 1]} {be_year(value.year)}"


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


def due_rounds(report: AuditReport, item: ItemResult) -> list[tuple[str, int, date]]:
    """(measure, round, due date) of the profile's measures covering the item's topics."""
    if report.profile is None:
        return []
    return report.profile.due_dates_for(item.topics or [item.topic], report.assessment_year)


def due_text(rounds: Iterable[tuple[str, int, date]]) -> str:
    return "\n".join(f"รอบ {r} เดือน: {thai_date(d)}" for _, r, d in _unique_rounds(rounds))


def _unique_rounds(rounds: Iterable[tuple[str, int, date]]) -> list[tuple[str, int, date]]:
    seen, out = set(), []
    for m, r, d in rounds:
        if (r, d) not in seen:
            seen.add((r, d))
            out.append((m, r, d))
    return out


def measure_names(rounds: Iterable[tuple[str, int, date]]) -> str:
    return "\n".join(dict.fromkeys(m for m, _, _ in rounds))


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


def _status_cells(ws: Worksheet, row: int, col: int, status: str) -> int:
    fill = PatternFill("solid", fgColor=STATUS_FILLS.get(status, "FFFFFF"))
    put(ws, row, col, STATUS_LABELS.get(status, status)).fill = fill
    put(ws, row, col + 1, status).fill = fill
    return col + 2


# --- sheets ----------------------------------------------------------------------------------

WORK_COLUMNS: list[tuple[str, float]] = [
    ("รหัส\nCode", 7),
    ("รายการ\nItem", 38),
    ("ตัวชี้วัดย่อย\nSub-indicator", 11),
    ("สถานะ\nStatus", 12),
    ("status", 10),
    ("หน่วยงานรับผิดชอบ\nResponsible unit", 24),
    ("มาตรการ\nMeasure", 28),
    ("กำหนดรายงานตามมาตรการ\nMonitoring due", 22),
    ("คะแนน OIT ที่เพิ่มถ้าแก้ไข (ประมาณ)\nEst. gain", 14),
    ("หลักฐานหลัก (URL)\nFirst evidence", 45),
    ("เส้นทางคลิกจากหน้าแรก\nClick path", 40),
    ("ปัญหาที่ต้องแก้ไข\nProblems", 45),
    ("เหตุผล\nReasons", 40),
    ("ความคืบหน้า / หมายเหตุ\nStaff notes", 24),
]

ITAS_COLUMNS: list[tuple[str, float]] = [
    ("รหัส\nCode", 7),
    ("รายการ\nItem", 38),
    ("มี/ไม่มี\nAnswer", 10),
    ("สถานะ\nStatus", 12),
    ("status", 10),
    ("URL ที่ส่ง (เรียงจากดีที่สุด)\nURLs to submit", 55),
    ("วิธีเข้าถึงจากหน้าแรก (ตามลำดับ URL)\nClick path per URL", 50),
    ("คำอธิบายสำหรับ ITAS\nExplanation", 50),
    ("ต้องแก้ก่อนส่ง\nFix before submitting", 45),
    ("หน่วยงานรับผิดชอบ\nResponsible unit", 24),
]


def _work_sheet(ws: Worksheet, report: AuditReport) -> None:
    ws.title = "รายการงาน"
    _header(ws, WORK_COLUMNS)
    for row, item in enumerate(report.items, 2):
        first = item.evidence[0] if item.evidence else None
        rounds = due_rounds(report, item)
        gain = report.gains.get(item.code)
        put(ws, row, 1, item.code)
        put(ws, row, 2, item.title + ("" if item.confirmed else " (เกณฑ์ยังไม่ยืนยัน)"))
        put(ws, row, 3, item.subindicator)
        col = _status_cells(ws, row, 4, item.status)
        put(ws, row, col, item.responsible or "(ยังไม่ระบุ)")
        put(ws, row, col + 1, measure_names(rounds))
        put(ws, row, col + 2, due_text(rounds))
        gain_cell = put(
            ws, row, col + 3, round(gain, 2) if gain and item.status != "found" else None
        )
        gain_cell.number_format = '+0.00;-0.00;""'
        put(ws, row, col + 4, first.url if first else "", link=first.url if first else None)
        put(ws, row, col + 5, click_path_text(first))
        put(ws, row, col + 6, bullets(item.problems))
        put(ws, row, col + 7, bullets(item.reasons))
        put(ws, row, col + 8, "")
    _finish(ws, len(WORK_COLUMNS), len(report.items) + 1)


def itas_explanation(item: ItemResult, evidence: list[Evidence]) -> str:
    if not evidence:
        return "ไม่พบข้อมูลบนเว็บไซต์หลักของหน่วยงาน"
    lines = ["ข้อมูลเผยแพร่บนเว็บไซต์หลักของหน่วยงาน"]
    for n, ev in enumerate(evidence, 1):
        prefix = f"{n}) " if len(evidence) > 1 else ""
        lines.append(f"{prefix}เข้าถึงได้จาก {click_path_text(ev)}")
    return "\n".join(lines)


def _itas_sheet(ws: Worksheet, report: AuditReport) -> None:
    _header(ws, ITAS_COLUMNS)
    for row, item in enumerate(report.items, 2):
        evidence = submit_evidence(item)
        has = bool(evidence)
        put(ws, row, 1, item.code)
        put(ws, row, 2, item.title)
        put(ws, row, 3, "มี" if has else "ไม่มี").fill = PatternFill(
            "solid", fgColor=STATUS_FILLS["found" if has else "missing"]
        )
        col = _status_cells(ws, row, 4, item.status)
        urls = [safe_href(ev.url) or "" for ev in evidence]
        put(ws, row, col, "\n".join(urls), link=urls[0] if len(urls) == 1 else None)
        put(ws, row, col + 1, "\n".join(click_path_text(ev) for ev in evidence))
        put(ws, row, col + 2, itas_explanation(item, evidence))
        fix = list(item.problems) if item.status != "found" else []
        if item.status == "outdated" and not fix:
            fix = ["ข้อมูลยังไม่ใช่ของปีที่ประเมิน"]
        put(ws, row, col + 3, bullets(fix))
        put(ws, row, col + 4, item.responsible or "(ยังไม่ระบุ)")
    _finish(ws, len(ITAS_COLUMNS), len(report.items) + 1)


def _about_sheet(ws: Worksheet, report: AuditReport) -> None:
    score = report.score
    counts = report.counts()
    rows: list[tuple[str, object]] = [
        ("หน่วยงาน", report.agency or (report.profile.name if report.profile else "")),
        ("เว็บไซต์", report.site),
        ("ปีที่ประเมิน (ITA)", report.assessment_year),
        ("ตรวจเมื่อ", thai_datetime(report.finished_at)),
        ("คะแนน OIT (ประมาณการ ไม่ใช่ผลอย่างเป็นทางการ)", round(score.oit_estimate, 2)),
        ("เกณฑ์ผ่าน", score.pass_mark),
        *((f"ตัวชี้วัดที่ {i.id} {i.title} (ประมาณการ)", round(i.score, 2)) for i in score.indicators),
        *((f"จำนวนรายการ: {STATUS_LABELS.get(s, s)}", n) for s, n in counts.items()),
        ("วิธีประมาณคะแนน", score.note),
        ("เกณฑ์ของปีนี้ยืนยันครบแล้ว", "ใช่" if report.checklist_confirmed else "ยังไม่ครบ"),
        *(("หมายเหตุเกณฑ์", n) for n in report.checklist_notes),
        ("หน้าเว็บ / เอกสารที่ตรวจ", f"{report.crawl.pages} / {report.crawl.documents}"),
        ("เครื่องมือ", f"oit-audit {report.tool_version}".strip()),
    ]
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 80
    for r, (label, value) in enumerate(rows, 1):
        put(ws, r, 1, label).font = Font(name=FONT_NAME, size=10, bold=True)
        put(ws, r, 2, value, link=report.site if label == "เว็บไซต์" else None)


def build_workbook(report: AuditReport) -> Workbook:
    wb = Workbook()
    _work_sheet(wb.active, report)
    _itas_sheet(wb.create_sheet("ITAS"), report)
    _about_sheet(wb.create_sheet("ข้อมูลการตรวจ"), report)
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
