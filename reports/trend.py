"""A site's score (or items found) run by run: the geometry of a small line chart.

One owner for the trend drawing of report.html, the weekly mail and the dashboard: this module
turns history rows into numbers (positions, labels); the SVG itself is the ``trend_chart`` macro
of ``templates/_trend.html.j2``, rendered with autoescape like every other template (no crawled
text is ever part of the drawing: only dates, scores and counts).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from reports.history import TrendRow
from reports.view import BANGKOK, THAI_MONTHS

MAX_REPORT_RUNS = 12  # runs shown by report.html and the mail


def short_date(value: datetime) -> str:
    """``3 ธ.ค. 69``: day, month and the Buddhist-era year's last two digits, Bangkok time."""
    if value.tzinfo is not None:
        value = value.astimezone(BANGKOK)
    return f"{value.day} {THAI_MONTHS[value.month - 1]} {(value.year + 543) % 100:02d}"


@dataclass
class Dot:
    x: float
    y: float
    value: float
    label: str  # short date
    title: str  # the tooltip: date and value
    run_id: int | None
    ok: bool  # at or above the mark
    show_label: bool


@dataclass
class TrendChart:
    """Positions in a ``width`` x ``height`` view box; y grows downwards as in SVG."""

    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float
    y_max: float
    mark: float | None
    mark_y: float | None
    mark_label: str
    unit: str
    compact: bool = False
    judged: bool = True  # dots coloured by the mark (the score); else all one colour
    dots: list[Dot] = field(default_factory=list)
    ticks: list[tuple[float, float]] = field(default_factory=list)  # (value, y)

    @property
    def points(self) -> str:
        """The polyline's ``points`` attribute."""
        return " ".join(f"{d.x},{d.y}" for d in self.dots)

    @property
    def summary(self) -> str:
        """The chart in words (for screen readers and the SVG's <desc>)."""
        return ", ".join(f"{d.label}: {d.value:g}{self.unit}" for d in self.dots)


def _chart(
    values: Sequence[tuple[datetime, float, int | None]],
    *,
    y_max: float,
    mark: float | None,
    mark_label: str,
    unit: str,
    width: float = 420.0,
    height: float = 170.0,
    fmt: str = "{:.1f}",
    compact: bool = False,
    whole: bool = False,
    judged: bool = True,
) -> TrendChart:
    """``compact``: a sparkline (no axis, no dates); ``whole``: whole-number ticks."""
    left, right, top, bottom = (6.0, 6.0, 8.0, 8.0) if compact else (34.0, 12.0, 14.0, 30.0)
    plot_w, plot_h = width - left - right, height - top - bottom
    y_max = max(y_max, 1.0)

    def y_of(v: float) -> float:
        return round(top + plot_h * (1 - min(max(v, 0.0), y_max) / y_max), 1)

    n = len(values)
    step = max(1, -(-n // 4))  # at most 4 date labels, the newest always shown
    dots = []
    for k, (when, value, run_id) in enumerate(values):
        x = left + (plot_w / 2 if n == 1 else plot_w * k / (n - 1))
        label = short_date(when)
        dots.append(
            Dot(
                x=round(x, 1), y=y_of(value), value=round(value, 1), label=label,
                title=f"{label}: {fmt.format(value)}{unit}", run_id=run_id,
                ok=mark is None or value >= mark,
                show_label=not compact and (n - 1 - k) % step == 0,
            )
        )
    levels = sorted({round(y_max * f) if whole else round(y_max * f, 1) for f in (0, 0.25, 0.5, 0.75, 1)})
    ticks = [] if compact else [(v, y_of(v)) for v in levels]
    return TrendChart(
        width=width, height=height, left=left, right=right, top=top, bottom=bottom,
        y_max=y_max, mark=mark, mark_y=y_of(mark) if mark is not None else None,
        mark_label=mark_label, unit=unit, dots=dots, ticks=ticks, compact=compact, judged=judged,
    )


def score_chart(rows: Sequence[TrendRow], pass_mark: float = 85.0, **kw) -> TrendChart:
    """The estimated OIT score run by run against the pass mark."""
    values = [(r.started_at, float(r.score or 0.0), r.id) for r in rows]
    return _chart(values, y_max=100.0, mark=pass_mark, mark_label=f"เกณฑ์ผ่าน {pass_mark:g}",
                  unit=" คะแนน", **kw)


def found_chart(rows: Sequence[TrendRow], **kw) -> TrendChart:
    """Items found run by run against the number of items of the checklist."""
    total = max((r.total for r in rows), default=0)
    values = [(r.started_at, float(r.found), r.id) for r in rows]
    return _chart(values, y_max=float(total or 1), mark=float(total) if total else None,
                  mark_label=f"ทั้งหมด {total} รายการ", unit=" รายการ", fmt="{:.0f}", whole=True,
                  judged=False, **kw)


def with_current(rows: Sequence[TrendRow], report, run_id: int | None = None) -> list[TrendRow]:
    """The history's rows plus the run being reported (not yet in the history), at most
    :data:`MAX_REPORT_RUNS`, oldest first."""
    counts = report.counts()
    now = TrendRow(
        id=run_id, started_at=report.started_at, score=report.score.oit_estimate,
        assessment_year=report.assessment_year, found=counts.get("found", 0),
        total=len(report.items), outdated=counts.get("outdated", 0),
        review=counts.get("review", 0), missing=counts.get("missing", 0),
    )
    return [*[r for r in rows if r.id != run_id or run_id is None], now][-MAX_REPORT_RUNS:]
