"""report.html: the human report, in Thai, one self-contained file.

Everything in an :class:`AuditReport` that came from the crawl (titles, anchor texts, URLs,
reasons, problems) is untrusted. The template is rendered with autoescape on, never marks report
data ``|safe``, turns a URL into a link only when it is http(s) (:func:`safe_href`), and the page
carries a Content-Security-Policy that blocks scripts, frames, fonts and remote images even if
escaping ever failed.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from statistics import mean
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from checklist.profile import Measure, PreviousScore
from common.files import write_atomic

from .models import STATUSES, AuditReport, ItemResult

TEMPLATES_DIR = Path(__file__).parent / "templates"
TEMPLATE_NAME = "report.html.j2"

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

STATUS_LABELS: dict[str, str] = {
    "found": "พบ",
    "outdated": "ล้าสมัย",
    "review": "ต้องตรวจสอบ",
    "missing": "ไม่พบ",
}
GAP_ORDER: tuple[str, ...] = ("missing", "outdated", "review")
KIND_LABELS: dict[str, str] = {
    "page": "หน้าเว็บ",
    "document": "เอกสาร",
    "external_link": "ลิงก์ภายนอก",
}
# found is better than outdated/review, which are better than missing
_STATUS_RANK = {"missing": 0, "outdated": 1, "review": 1, "found": 2}

THAI_MONTHS = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
BANGKOK = timezone(timedelta(hours=7), "ICT")


def safe_href(url: object) -> str | None:
    """Return ``url`` (stripped) when it is an absolute http(s) URL with a host, else None.

    javascript:, data:, vbscript:, file:, scheme-relative and malformed URLs give None, so the
    template shows them as escaped text and never as a link.
    """
    if not isinstance(url, str):
        return None
    s = url.strip(
        "\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f"
        "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f "
    )
    if not s or any(ord(c) < 0x20 or ord(c) == 0x7F for c in s):
        return None
    try:
        parts = urlsplit(s)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return s


def be_year(year: int) -> int:
    """A Buddhist-era year; Common-era years (< 2400) are converted."""
    return year + 543 if 0 < year < 2400 else year


def thai_datetime(value: datetime | None) -> str:
    """``25 พ.ย. 2569 เวลา 10:04 น.``, in Thai time when the value carries a timezone."""
    if value is None:
        return "-"
    if value.tzinfo is not None:
        value = value.astimezone(BANGKOK)
    return f"{value.day} {THAI_MONTHS[value.month - 1]} {be_year(value.year)} เวลา {value:%H:%M} น."


def thai_duration(start: datetime, end: datetime) -> str:
    try:
        seconds = int((end - start).total_seconds())
    except TypeError:  # naive vs aware
        return ""
    if seconds < 0:
        return ""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(f"{hours} ชั่วโมง")
    if minutes:
        parts.append(f"{minutes} นาที")
    if secs or not parts:
        parts.append(f"{secs} วินาที")
    return " ".join(parts)


def pct(value: float | int | None) -> str:
    """A CSS width in percent, clamped to 0-100 (always a plain number, safe in style=)."""
    try:
        v = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        v = 0.0
    if v != v:  # NaN
        v = 0.0
    return f"{min(100.0, max(0.0, v)):.1f}"


def score1(value: float | int | None) -> str:
    try:
        return f"{float(value):.1f}"  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "-"


THAI_MONTHS_FULL = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
UNASSIGNED = "ยังไม่ระบุผู้รับผิดชอบ"
TOP_FIXES_MIN, TOP_FIXES_MAX = 5, 10


def thai_date(value: date) -> str:
    """``31 มีนาคม 2569``: a date in Thai with its Buddhist-era year."""
    return f"{value.day} {THAI_MONTHS_FULL[value.month - 1]} {be_year(value.year)}"


def signed(value: float | int | None) -> str:
    """``+4.2``, ``-3.0`` or ``0.0`` (one decimal): a change in points."""
    try:
        v = round(float(value), 1)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "-"
    if v == 0:
        return "0.0"
    return f"{v:+.1f}"


def _code_key(code: str) -> tuple[str, int, str]:
    """O2 before O10: the letters, then the number, then the rest."""
    letters = "".join(itertools.takewhile(str.isalpha, code))
    digits = "".join(itertools.takewhile(str.isdigit, code[len(letters) :]))
    return (letters, int(digits) if digits else 0, code)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=select_autoescape(["html", "xml", "j2"], default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        safe_href=safe_href,
        thai_datetime=thai_datetime,
        thai_date=thai_date,
        be_year=be_year,
        pct=pct,
        score1=score1,
        signed=signed,
    )
    env.globals.update(
        STATUS_LABELS=STATUS_LABELS,
        KIND_LABELS=KIND_LABELS,
        STATUSES=STATUSES,
        CSP=CSP,
    )
    return env


def _status_changes(report: AuditReport, previous: AuditReport) -> list[dict[str, str]]:
    """Items whose status differs from ``previous``.

    Within one assessment year items are matched by code; across years by topic (codes change
    from year to year, topics do not).
    """
    same_year = previous.assessment_year == report.assessment_year

    def key(item: ItemResult) -> str:
        return item.code if same_year else item.topic

    before: dict[str, ItemResult] = {}
    for item in previous.items:
        before.setdefault(key(item), item)
    changes = []
    for item in report.items:
        old = before.get(key(item))
        if old is None or old.status == item.status:
            continue
        delta = _STATUS_RANK[item.status] - _STATUS_RANK[old.status]
        changes.append(
            {
                "code": item.code,
                "old_code": old.code,
                "title": item.title,
                "old": old.status,
                "new": item.status,
                "direction": "better" if delta > 0 else "worse" if delta < 0 else "same",
            }
        )
    return changes


# --- executive summary -----------------------------------------------------------------------


@dataclass
class ScoreRow:
    """One line of the score table and chart: the OIT total, an indicator or a sub-indicator."""

    id: str
    title: str
    score: float
    level: int  # 0 OIT total, 1 indicator, 2 sub-indicator
    last: float | None = None  # the agency's official result of the last assessment (profile)
    before: float | None = None  # this tool's estimate at the previous run

    @property
    def delta(self) -> float | None:
        return None if self.before is None else self.score - self.before


@dataclass
class Fix:
    item: ItemResult
    gain: float
    reaches: float  # the estimate if this and every fix above it were made


@dataclass
class UnitGroup:
    name: str
    gaps: list[ItemResult]
    total: int  # items of the checklist the unit owns (found or not)
    gain: float  # OIT points at stake in its gaps
    email: str = ""

    def count(self, status: str) -> int:
        return sum(1 for i in self.gaps if i.status == status)


@dataclass
class DueRound:
    round: int
    due: date
    days_left: int  # negative: overdue at the time of the audit


@dataclass
class MeasureGroup:
    measure: Measure
    rounds: list[DueRound]
    items: list[ItemResult]  # every checklist item whose topics the measure covers
    gaps: list[ItemResult] = field(default_factory=list)


def _last_assessment(report: AuditReport) -> PreviousScore | None:
    if report.profile is None:
        return None
    return report.profile.previous(report.assessment_year)


def _score_rows(
    report: AuditReport, last: PreviousScore | None, previous: AuditReport | None
) -> list[ScoreRow]:
    score = report.score
    before_ids: dict[str, float] = {}
    if previous is not None:
        for ind in previous.score.indicators:
            before_ids[ind.id] = ind.score
            for sub in ind.subindicators:
                before_ids[sub.id] = sub.score
    last_ids = dict(last.indicators) if last else {}
    top_ids = [ind.id for ind in score.indicators]
    last_oit = None
    if top_ids and all(i in last_ids for i in top_ids):
        last_oit = round(mean(last_ids[i] for i in top_ids), 2)
    rows = [
        ScoreRow(
            id="OIT",
            title="คะแนน OIT รวม",
            score=score.oit_estimate,
            level=0,
            last=last_oit,
            before=previous.score.oit_estimate if previous is not None else None,
        )
    ]
    for ind in score.indicators:
        rows.append(
            ScoreRow(ind.id, ind.title, ind.score, 1, last_ids.get(ind.id), before_ids.get(ind.id))
        )
        for sub in ind.subindicators:
            rows.append(ScoreRow(sub.id, sub.title, sub.score, 2, None, before_ids.get(sub.id)))
    return rows


def _chart(rows: list[ScoreRow], pass_mark: float) -> dict:
    """Geometry of the inline-SVG bar chart (numbers only): OIT and each indicator, now vs last.

    The drawing is 420 units wide so that its text stays readable when a phone shrinks it to
    ~330 px; labels sit above the bars so the bars get the full width.
    """
    width, bar_w = 420.0, 340.0
    top = 34.0
    show_last = any(r.last is not None for r in rows)
    show_before = any(r.before is not None for r in rows)

    def x(v: float | None) -> float | None:
        return None if v is None else round(bar_w * min(100.0, max(0.0, v)) / 100.0, 1)

    bars = []
    y = top
    for r in rows:
        if r.level > 1:
            continue
        bars.append(
            {
                "row": r,
                "label_y": y + 15,
                "bar_y": y + 22,
                "bar_h": 24,
                "w": x(r.score),
                "last_y": y + 50,
                "last_h": 12,
                "last_w": x(r.last),
                "before_x": x(r.before),
                "passed": r.score >= pass_mark,
            }
        )
        y += 74.0 if show_last else 60.0
    axis_y = y + 4
    kinds = ["now"] + ["last"] * show_last + ["before"] * show_before
    entries = [
        {"kind": kind, "x": 0.0 if n % 2 == 0 else 210.0, "y": axis_y + 40 + 22 * (n // 2)}
        for n, kind in enumerate(kinds)
    ]
    height = entries[-1]["y"] + 8
    return {
        "width": width,
        "height": height,
        "bar_w": bar_w,
        "top": top,
        "pass_x": x(pass_mark),
        "axis_y": axis_y,
        "ticks": [(v, x(v)) for v in (0, 25, 50, 75, 100)],
        "legend": entries,
        "bars": bars,
    }


def _gap_sort_key(report: AuditReport):
    rank = {s: n for n, s in enumerate(GAP_ORDER)}

    def key(item: ItemResult):
        return (-report.gains.get(item.code, 0.0), rank.get(item.status, 9), _code_key(item.code))

    return key


def _top_fixes(report: AuditReport, gaps: list[ItemResult]) -> tuple[list[Fix], int | None]:
    """Gaps ranked by the OIT points they would add alone, and how many of them reach the pass mark.

    With the known formula an item's gain does not depend on the others, so gains add up.
    """
    ranked = sorted(
        (i for i in gaps if report.gains.get(i.code, 0.0) > 0), key=_gap_sort_key(report)
    )
    oit, mark = report.score.oit_estimate, report.score.pass_mark
    fixes, total, needed = [], oit, None if oit < mark else 0
    for n, item in enumerate(ranked, 1):
        total = min(100.0, total + report.gains[item.code])
        fixes.append(Fix(item, report.gains[item.code], round(total, 2)))
        if needed is None and total >= mark - 1e-6:
            needed = n
    shown = max(TOP_FIXES_MIN, min(needed or 0, TOP_FIXES_MAX))
    return fixes[:shown], needed


def _unit_groups(report: AuditReport, gaps: list[ItemResult]) -> list[UnitGroup]:
    names: list[str] = []
    emails: dict[str, str] = {}
    if report.profile is not None:
        for unit in report.profile.units:
            names.append(unit.name)
            emails[unit.name] = str(unit.email or "")
    for item in report.items:
        if item.responsible and item.responsible not in names:
            names.append(item.responsible)
    key = _gap_sort_key(report)
    groups = []
    for name in [*names, ""]:
        mine = [i for i in report.items if i.responsible == name]
        if not mine:
            continue
        unit_gaps = sorted((i for i in gaps if i.responsible == name), key=key)
        groups.append(
            UnitGroup(
                name=name or UNASSIGNED,
                gaps=unit_gaps,
                total=len(mine),
                gain=round(sum(report.gains.get(i.code, 0.0) for i in unit_gaps), 2),
                email=emails.get(name, ""),
            )
        )
    # units with most points at stake first; the unassigned pile last
    groups.sort(key=lambda g: (g.name == UNASSIGNED, -g.gain, -len(g.gaps)))
    return groups


def _measure_groups(report: AuditReport) -> tuple[list[MeasureGroup], list[ItemResult]]:
    if report.profile is None or not report.profile.measures:
        return [], []
    today = _local_date(report.finished_at)
    key = _gap_sort_key(report)
    groups, covered = [], set()
    for m in report.profile.measures:
        items = [i for i in report.items if set(i.topics) & set(m.topics)]
        covered.update(i.code for i in items)
        rounds = [DueRound(r, d, (d - today).days) for r, d in m.due_dates(report.assessment_year)]
        gaps = sorted((i for i in items if i.status != "found"), key=key)
        groups.append(MeasureGroup(m, rounds, sorted(items, key=lambda i: _code_key(i.code)), gaps))
    outside = sorted(
        (i for i in report.items if i.status != "found" and i.code not in covered), key=key
    )
    return groups, outside


def _local_date(value: datetime) -> date:
    if value.tzinfo is not None:
        value = value.astimezone(BANGKOK)
    return value.date()


def render_html(
    report: AuditReport, *, previous: AuditReport | None = None, trend: list | None = None
) -> str:
    """The whole report as one self-contained HTML page (Thai). ``trend``: the site's last runs
    (:class:`reports.history.TrendRow`, this one included), drawn in the summary."""
    from reports.trend import score_chart
    by_status = {s: [i for i in report.items if i.status == s] for s in STATUSES}
    gaps = [item for s in GAP_ORDER for item in by_status[s]]
    last = _last_assessment(report)
    rows = _score_rows(report, last, previous)
    fixes, fixes_needed = _top_fixes(report, gaps)
    measures, outside = _measure_groups(report)
    template = _environment().get_template(TEMPLATE_NAME)
    return template.render(
        report=report,
        counts=report.counts(),
        gaps=gaps,
        found=by_status["found"],
        unconfirmed=[i for i in report.items if not i.confirmed],
        duration=thai_duration(report.started_at, report.finished_at),
        passed=report.score.oit_estimate >= report.score.pass_mark,
        distance=max(0.0, report.score.pass_mark - report.score.oit_estimate),
        previous=previous,
        changes=_status_changes(report, previous) if previous is not None else [],
        last=last,
        rows=rows,
        chart=_chart(rows, report.score.pass_mark),
        fixes=fixes,
        fixes_needed=fixes_needed,
        units=_unit_groups(report, gaps),
        measures=measures,
        item_measures={
            i.code: [mg for mg in measures if any(x.code == i.code for x in mg.items)]
            for i in report.items
        },
        outside_measures=outside,
        profile=report.profile,
        trend=score_chart(trend, report.score.pass_mark) if trend else None,
    )


def write_html(report: AuditReport, path: Path, **kw) -> Path:
    """Render and write ``path`` atomically (temp file in the same folder, then os.replace).

    An earlier report at ``path`` stays intact if rendering or writing fails.
    """
    html = render_html(report, **kw)
    write_atomic(Path(path), html)
    return path
