"""The overview of a batch: one row per agency, for a provincial office (CONTRACT.md).

``overview.json`` (the :class:`Overview` model; ``oit schema --overview`` prints its JSON
Schema), ``overview.html`` (Thai, one self-contained file: sortable and filterable table, a
chart of the score distribution, the items most often missing) and ``overview.xlsx``. Each
agency's numbers come from its own ``report.json``: the overview says nothing a report does not.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from common.files import atomic_path, write_atomic

from .models import AuditReport, IndicatorScore

SCHEMA_VERSION = 1
PASS_MARK = 85.0
OVERVIEW_INDICATORS = ("9", "10")  # the OIT's two indicators
MOST_MISSING = 15
AgencyStatus = Literal["done", "failed", "running", "pending"]
STATUS_LABELS = {"done": "ตรวจแล้ว", "failed": "ตรวจไม่สำเร็จ", "running": "กำลังตรวจ", "pending": "รอตรวจ"}


class OverviewScore(BaseModel):
    oit_estimate: float = Field(description="estimated OIT score 0-100 (report.json score.oit_estimate)")
    pass_mark: float = PASS_MARK
    indicators: list[IndicatorScore] = Field(default_factory=list, description="indicator scores (9 and 10), without sub-indicators")


class OverviewCounts(BaseModel):
    found: int = 0
    outdated: int = 0
    review: int = 0
    missing: int = 0
    broken_links: int = Field(0, description="links on the site that lead nowhere (report.json crawl.broken_links)")


class OverviewAgency(BaseModel):
    url: str
    name: str
    type: str = ""
    province: str = ""
    district: str = ""
    status: AgencyStatus
    error: str = Field("", description="why the audit failed, in Thai ('' when it did not)")
    score: OverviewScore | None = None
    counts: OverviewCounts | None = None
    change: float | None = Field(None, description="OIT estimate minus the agency's previous run's, or null")
    report: str | None = Field(None, description="the agency's report.json, relative to the batch folder")
    report_html: str | None = Field(None, description="the agency's report.html, relative to the batch folder")
    missing_items: list[str] = Field(default_factory=list, description="codes of the items found missing")


class MostMissing(BaseModel):
    code: str
    title: str
    agencies: int = Field(description="agencies where the item is missing")
    share: float = Field(description="percent of the agencies audited")


class Overview(BaseModel):
    schema_version: int = SCHEMA_VERSION
    assessment_year: int
    started_at: datetime
    finished_at: datetime | None = None
    pass_mark: float = PASS_MARK
    agencies: list[OverviewAgency]
    most_missing: list[MostMissing] = Field(default_factory=list)

    def done(self) -> list[OverviewAgency]:
        return [a for a in self.agencies if a.status == "done" and a.score is not None]


@dataclass
class AgencyInput:
    """What the batch knows of an agency; ``report`` is its report.json when it was audited."""

    url: str
    name: str
    type: str
    province: str
    district: str
    status: str
    error: str = ""
    previous_score: float | None = None
    report: Path | None = None


def _row(a: AgencyInput, out: Path, titles: dict[str, str]) -> OverviewAgency:
    row = OverviewAgency(url=a.url, name=a.name, type=a.type, province=a.province, district=a.district,
                         status=a.status if a.status in STATUS_LABELS else "pending", error=a.error)
    if a.report is None:
        return row
    try:
        report = AuditReport.model_validate_json(a.report.read_bytes())
    except (OSError, ValueError):
        row.status, row.error = "failed", "อ่านรายงานของหน่วยงานนี้ไม่ได้"
        return row
    row.score = OverviewScore(
        oit_estimate=report.score.oit_estimate, pass_mark=report.score.pass_mark,
        indicators=[i.model_copy(update={"subindicators": []}) for i in report.score.indicators
                    if i.id in OVERVIEW_INDICATORS],
    )
    counts = report.counts()
    row.counts = OverviewCounts(**counts, broken_links=len(report.crawl.broken_links))
    if a.previous_score is not None:
        row.change = round(report.score.oit_estimate - a.previous_score, 2)
    row.report = a.report.relative_to(out).as_posix() if a.report.is_relative_to(out) else str(a.report)
    html = a.report.with_name("report.html")
    if html.exists():
        row.report_html = html.relative_to(out).as_posix() if html.is_relative_to(out) else str(html)
    for item in report.items:
        if item.status == "missing":
            row.missing_items.append(item.code)
            titles.setdefault(item.code, item.title)
    return row


def build_overview(rows: list[AgencyInput], out: Path, *, year: int, started_at: datetime,
                   finished_at: datetime | None) -> Overview:
    out = Path(out).resolve()
    titles: dict[str, str] = {}
    agencies = [_row(AgencyInput(**{**a.__dict__, "report": a.report.resolve() if a.report else None}), out, titles)
                for a in rows]
    audited = [a for a in agencies if a.score is not None]
    tally = Counter(code for a in audited for code in a.missing_items)
    most = [MostMissing(code=c, title=titles[c], agencies=n, share=round(100 * n / len(audited), 1))
            for c, n in sorted(tally.items(), key=lambda kv: (-kv[1], _code_key(kv[0])))[:MOST_MISSING]]
    return Overview(assessment_year=year, started_at=started_at, finished_at=finished_at,
                    agencies=agencies, most_missing=most)


def _code_key(code: str) -> tuple[str, int, str]:
    letters = code.rstrip("0123456789")
    digits = code[len(letters):]
    return (letters, int(digits) if digits.isdigit() else 0, code)


# --- writers ----------------------------------------------------------------------------------

def write_overview(overview: Overview, out: Path) -> list[Path]:
    """overview.json, overview.html and overview.xlsx in ``out``, each written aside then renamed."""
    out = Path(out)
    paths = [write_atomic(out / "overview.json", overview.model_dump_json(indent=2)),
             write_atomic(out / "overview.html", render_overview_html(overview))]
    paths.append(write_overview_xlsx(overview, out / "overview.xlsx"))
    return paths


def distribution(overview: Overview, width: int = 10) -> list[dict]:
    """Agencies per score band (0-9.99, 10-19.99 ... 90-100), for the chart."""
    bands = [{"low": lo, "high": lo + width, "count": 0} for lo in range(0, 100, width)]
    for a in overview.done():
        i = min(int(a.score.oit_estimate // width), len(bands) - 1)
        bands[i]["count"] += 1
    return bands


def _chart(overview: Overview) -> dict:
    bands = distribution(overview)
    top = max([b["count"] for b in bands] + [1])
    w, h, left, bottom, head = 640, 240, 36, 36, 24
    bar_w = (w - left) / len(bands)
    bars = []
    for i, b in enumerate(bands):
        bh = (h - bottom - head) * b["count"] / top
        bars.append({**b, "x": round(left + i * bar_w + 3, 1), "w": round(bar_w - 6, 1),
                     "y": round(h - bottom - bh, 1), "h": round(bh, 1),
                     "passed": b["low"] >= PASS_MARK, "label_x": round(left + (i + 0.5) * bar_w, 1)})
    pass_x = round(left + (w - left) * overview.pass_mark / 100, 1)
    return {"width": w, "height": h, "bars": bars, "pass_x": pass_x, "axis_y": h - bottom,
            "top": head, "max": top}


SCRIPT = (Path(__file__).parent / "templates" / "overview.js").read_text(encoding="utf-8")


def render_overview_html(overview: Overview) -> str:
    from markupsafe import Markup

    from .html import _environment

    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
    csp = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
           f"form-action 'none'; script-src 'sha256-{digest}'")
    done = overview.done()
    passed = sum(1 for a in done if a.score.oit_estimate >= a.score.pass_mark)
    scores = sorted(a.score.oit_estimate for a in done)
    median = (scores[len(scores) // 2] if len(scores) % 2 else
              (scores[len(scores) // 2 - 1] + scores[len(scores) // 2]) / 2) if scores else None
    template = _environment().get_template("overview.html.j2")
    return template.render(
        # the package's own constant script (never agency data): inserted as is, its hash in the CSP
        o=overview, csp=csp, script=Markup(SCRIPT), chart=_chart(overview), done=done, passed=passed,
        median=median, labels=STATUS_LABELS, indicators=OVERVIEW_INDICATORS,
        types=sorted({a.type for a in overview.agencies if a.type}),
        districts=sorted({a.district for a in overview.agencies if a.district}),
        counts=Counter(a.status for a in overview.agencies),
    )


def indicator(a: OverviewAgency, ident: str) -> float | None:
    if a.score is None:
        return None
    return next((i.score for i in a.score.indicators if i.id == ident), None)


def write_overview_xlsx(overview: Overview, path: Path) -> Path:
    """The overview table as a sheet (filters on), and the items most often missing."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    from .html import thai_datetime
    from .xlsx import FONT_NAME, _finish, _header, put

    wb = Workbook()
    ws = wb.active
    ws.title = "ภาพรวม"
    columns = [("หน่วยงาน", 34), ("ประเภท", 14), ("อำเภอ", 14), ("จังหวัด", 14),
               ("คะแนน OIT (ประมาณ)", 12), ("ผ่านเกณฑ์ 85", 10), ("ตัวชี้วัดที่ 9", 10),
               ("ตัวชี้วัดที่ 10", 10), ("ไม่พบ", 8), ("ไม่เป็นปัจจุบัน", 10), ("ต้องตรวจสอบ", 10),
               ("ลิงก์เสีย", 8), ("เปลี่ยนจากครั้งก่อน", 12), ("สถานะการตรวจ", 14),
               ("รายงาน", 30), ("เว็บไซต์", 30)]
    _header(ws, columns)
    ws.freeze_panes = "B2"
    for r, a in enumerate(overview.agencies, 2):
        put(ws, r, 1, a.name)
        put(ws, r, 2, a.type)
        put(ws, r, 3, a.district)
        put(ws, r, 4, a.province)
        if a.score is not None and a.counts is not None:
            put(ws, r, 5, a.score.oit_estimate)
            ok = a.score.oit_estimate >= a.score.pass_mark
            cell = put(ws, r, 6, "ผ่าน" if ok else "ไม่ผ่าน")
            cell.fill = PatternFill("solid", fgColor="C6EFCE" if ok else "FFC7CE")
            put(ws, r, 7, indicator(a, "9"))
            put(ws, r, 8, indicator(a, "10"))
            for c, n in enumerate((a.counts.missing, a.counts.outdated, a.counts.review, a.counts.broken_links), 9):
                put(ws, r, c, n)
            put(ws, r, 13, a.change)
        put(ws, r, 14, STATUS_LABELS[a.status] + (f": {a.error}" if a.error else ""))
        if a.report_html or a.report:
            put(ws, r, 15, a.report_html or a.report, link=a.report_html or a.report)
        put(ws, r, 16, a.url, link=a.url)
    _finish(ws, len(columns), len(overview.agencies) + 1)
    for row in ws.iter_rows(min_row=2, min_col=5, max_col=13):
        for cell in row:
            if isinstance(cell.value, float):
                cell.number_format = "0.00"
    ms = wb.create_sheet("รายการที่ขาดบ่อย")
    _header(ms, [("รหัส", 8), ("รายการ", 60), ("จำนวนหน่วยงานที่ไม่พบ", 14), ("ร้อยละของหน่วยงานที่ตรวจแล้ว", 14)])
    for r, m in enumerate(overview.most_missing, 2):
        put(ms, r, 1, m.code)
        put(ms, r, 2, m.title)
        put(ms, r, 3, m.agencies)
        put(ms, r, 4, m.share)
    _finish(ms, 4, len(overview.most_missing) + 1)
    about = wb.create_sheet("ข้อมูลการตรวจ")
    for r, (k, v) in enumerate([
        ("ปีการประเมิน ITA", overview.assessment_year),
        ("เริ่มตรวจ", thai_datetime(overview.started_at)),
        ("ตรวจเสร็จ", thai_datetime(overview.finished_at) if overview.finished_at else "ยังไม่เสร็จ"),
        ("หน่วยงานทั้งหมด", len(overview.agencies)),
        ("ตรวจแล้ว", len(overview.done())),
        ("หมายเหตุ", "คะแนนเป็นการประมาณจากสิ่งที่พบบนเว็บไซต์ ไม่ใช่ผลการประเมินของ ป.ป.ช."),
    ], 1):
        put(about, r, 1, k).font = Font(name=FONT_NAME, size=10, bold=True)
        put(about, r, 2, v)
    about.column_dimensions["A"].width = 20
    about.column_dimensions["B"].width = 70
    wb.properties.title = f"ภาพรวม OIT {overview.assessment_year}"
    wb.properties.creator = "oit-audit"
    with atomic_path(Path(path)) as tmp:
        wb.save(tmp)
    return Path(path)
