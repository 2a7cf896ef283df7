"""report.html: the human report, in Thai, one self-contained file.

Everything in an :class:`AuditReport` that came from the crawl (titles, anchor texts, URLs,
reasons, problems) is untrusted. The template is rendered with autoescape on, never marks report
data ``|safe``, turns a URL into a link only when it is http(s) (:func:`safe_href`), and the page
carries a Content-Security-Policy that blocks scripts, frames, fonts and remote images even if
escaping ever failed.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

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
        be_year=be_year,
        pct=pct,
        score1=score1,
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


def render_html(report: AuditReport, *, previous: AuditReport | None = None) -> str:
    """The whole report as one self-contained HTML page (Thai)."""
    by_status = {s: [i for i in report.items if i.status == s] for s in STATUSES}
    gaps = [item for s in GAP_ORDER for item in by_status[s]]
    template = _environment().get_template(TEMPLATE_NAME)
    return template.render(
        report=report,
        counts=report.counts(),
        gaps=gaps,
        found=by_status["found"],
        unconfirmed=[i for i in report.items if not i.confirmed],
        duration=thai_duration(report.started_at, report.finished_at),
        passed=report.score.oit_estimate >= report.score.pass_mark,
        previous=previous,
        changes=_status_changes(report, previous) if previous is not None else [],
    )


def write_html(report: AuditReport, path: Path, **kw) -> Path:
    """Render and write ``path`` atomically (temp file in the same folder, then os.replace).

    An earlier report at ``path`` stays intact if rendering or writing fails.
    """
    path = Path(path)
    html = render_html(report, **kw)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = 0o644
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(html)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
