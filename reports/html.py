"""report.html: the human report, in Thai, one self-contained file.

Everything in an :class:`AuditReport` that came from the crawl (titles, anchor texts, URLs,
reasons, problems) is untrusted. The template is rendered with autoescape on, never marks report
data ``|safe``, turns a URL into a link only when it is http(s) (:func:`safe_href`), and the page
carries a Content-Security-Policy that blocks scripts, frames, fonts and remote images even if
escaping ever failed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from common.files import write_atomic
from common.thai import be_year

from .models import STATUSES, AuditReport, ItemResult
from .view import (  # noqa: F401 - thai_date, thai_datetime and signed are used by callers too
    KIND_LABELS,
    SCORE_FORMULA,
    STATUS_LABELS,
    STATUS_MEANING,
    ReportView,
    ScoreRow,
    num,
    signed,
    thai_date,
    thai_datetime,
    thai_duration,
)

TEMPLATES_DIR = Path(__file__).parent / "templates"
TEMPLATE_NAME = "report.html.j2"

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

_STATUS_RANK = {"missing": 0, "outdated": 1, "review": 1, "found": 2}  # found is best


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


def pct(value: float | int | None) -> str:
    """A CSS width in percent, clamped to 0-100 (always a plain number, safe in style=)."""
    try:
        v = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        v = 0.0
    if v != v:  # NaN
        v = 0.0
    return f"{min(100.0, max(0.0, v)):.1f}"


HTTP_WORDS = {0: "ไม่ตอบสนอง", 403: "ไม่อนุญาตให้เข้าถึง", 404: "ไม่พบไฟล์หรือหน้าเว็บ", 410: "ถูกลบแล้ว"}


def http_words(status: int) -> str:
    """A broken link's HTTP status in Thai words (the number kept in brackets)."""
    if status in HTTP_WORDS:
        return HTTP_WORDS[status] + (f" ({status})" if status else "")
    return f"เซิร์ฟเวอร์ขัดข้อง ({status})" if status >= 500 else f"เปิดไม่ได้ ({status})"


_STATUS_IN_PROBLEM = re.compile(r"\(สถานะ (\d+)\)")


def problem_words(problem: str) -> str:
    """A problem with the HTTP status of a dead link in Thai words: ``(ไม่พบไฟล์หรือหน้าเว็บ (404))``."""
    return _STATUS_IN_PROBLEM.sub(lambda m: f"({http_words(int(m.group(1)))})", problem)


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
        score1=num,
        signed=signed,
        http_words=http_words,
        problem_words=problem_words,
    )
    env.globals.update(
        STATUS_LABELS=STATUS_LABELS,
        STATUS_MEANING=STATUS_MEANING,
        KIND_LABELS=KIND_LABELS,
        STATUSES=STATUSES,
        CSP=CSP,
        SCORE_FORMULA=SCORE_FORMULA,
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


def render_html(
    report: AuditReport, *, previous: AuditReport | None = None, trend: list | None = None
) -> str:
    """The whole report as one self-contained HTML page (Thai). ``trend``: the site's last runs
    (:class:`reports.history.TrendRow`, this one included), drawn in the summary."""
    from reports.trend import score_chart

    view = ReportView(report, previous)
    template = _environment().get_template(TEMPLATE_NAME)
    return template.render(
        v=view,
        report=report,
        counts=view.counts,
        gaps=view.gaps,
        found=view.found,
        unconfirmed=view.unconfirmed,
        duration=thai_duration(report.started_at, report.finished_at),
        passed=view.passed,
        distance=view.distance,
        previous=previous,
        changes=_status_changes(report, previous) if previous is not None else [],
        last=view.last,
        rows=view.rows,
        chart=_chart(view.rows, report.score.pass_mark),
        fixes=view.fixes,
        fixes_needed=view.fixes_needed,
        units=view.units,
        measures=view.measures,
        outside_measures=view.outside_measures,
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
