"""What the dashboard shows, read from the history database: plain data for the templates.

Every function takes an open (read-only) :class:`reports.history.History`. Finished runs never
change, so their reports and the differences between consecutive runs are kept in a small
cache keyed by the database file and the run ids.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from reports.diff import STATUS_TH, RunDiff, diff_reports
from reports.history import History, RunRow, TrendRow, UnknownRun
from reports.models import AuditReport
from reports.trend import TrendChart, found_chart, score_chart

PASS_MARK = 85.0
# The files of a run folder the dashboard links to and serves, in the order shown. Nothing else
# of a folder (its .work, the facts, the HTTP cache) is ever served.
REPORT_FILES: dict[str, str] = {
    "report.html": "รายงานฉบับเต็ม (HTML)",
    "report.pdf": "สรุปผู้บริหาร (PDF)",
    "report.xlsx": "รายการงาน (Excel)",
    "report.json": "ข้อมูล (JSON)",
    "evidence.warc.gz": "หลักฐานที่เก็บไว้ (WARC)",
}
_CACHE_SIZE = 128


class _Cache:
    """A small thread-safe LRU of parsed reports and diffs (finished runs are immutable)."""

    def __init__(self, size: int = _CACHE_SIZE) -> None:
        self.size = size
        self.data: OrderedDict = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key, make):
        with self.lock:
            if key in self.data:
                self.data.move_to_end(key)
                return self.data[key]
        value = make()
        with self.lock:
            self.data[key] = value
            while len(self.data) > self.size:
                self.data.popitem(last=False)
        return value


_CACHE = _Cache()


def _report(hist: History, run_id: int) -> AuditReport | None:
    def load() -> AuditReport | None:
        try:
            return hist.report(run_id)
        except (UnknownRun, ValueError):
            return None

    return _CACHE.get((str(hist.path), "report", run_id), load)


def _diff(hist: History, old_id: int, new_id: int) -> RunDiff | None:
    def make() -> RunDiff | None:
        old, new = _report(hist, old_id), _report(hist, new_id)
        if old is None or new is None:
            return None
        return diff_reports(old, new, old_run_id=old_id, new_run_id=new_id)

    return _CACHE.get((str(hist.path), "diff", old_id, new_id), make)


def report_files(out_dir: str) -> list[tuple[str, str]]:
    """(file name, Thai label) of the report files present in a run folder."""
    folder = Path(out_dir) if out_dir else None
    if folder is None or not folder.is_dir():
        return []
    return [(name, label) for name, label in REPORT_FILES.items() if (folder / name).is_file()]


# --- the overview ----------------------------------------------------------------------------


@dataclass
class SiteSummary:
    site: str
    url: str
    agency: str
    runs: int
    last_run: RunRow
    latest: TrendRow | None  # the newest finished run
    delta: float | None  # score change from the finished run before it
    spark: TrendChart | None

    @property
    def passed(self) -> bool:
        return self.latest is not None and (self.latest.score or 0.0) >= PASS_MARK


def site_summary(hist: History, site: str) -> SiteSummary:
    runs = hist.runs(site)
    trend = hist.trend(site, limit=12)
    latest = trend[-1] if trend else None
    delta = None
    if len(trend) >= 2 and trend[-1].score is not None and trend[-2].score is not None:
        delta = trend[-1].score - trend[-2].score
    report = _report(hist, latest.id) if latest and latest.id else None
    return SiteSummary(
        site=site, url=runs[0].url, agency=report.agency if report else "",
        runs=len(runs), last_run=runs[0], latest=latest, delta=delta,
        spark=score_chart(trend, PASS_MARK, width=160.0, height=44.0, compact=True) if trend else None,
    )


def overview(hist: History) -> list[SiteSummary]:
    """Every audited site, the lowest latest score first (who needs help first)."""
    out = [site_summary(hist, site) for site in hist.sites()]
    out.sort(key=lambda s: (s.latest is None, s.latest.score if s.latest else 0.0, s.site))
    return out


# --- one site --------------------------------------------------------------------------------


@dataclass
class RunView:
    row: RunRow
    point: TrendRow | None  # None when the run did not finish
    files: list[tuple[str, str]]
    diff: RunDiff | None  # against the finished run before it


@dataclass
class ItemEvent:
    run_id: int
    started_at: object
    what: str  # Thai: what happened
    url: str = ""


@dataclass
class ItemHistory:
    key: str
    code: str
    title: str
    status: str  # in the newest run ("" when the item is not in it)
    statuses: list[tuple[int, str]]  # (run id, status) oldest first
    first_found: TrendRow | None
    broke: list[ItemEvent] = field(default_factory=list)
    action: str = ""


@dataclass
class SiteDetail:
    summary: SiteSummary
    score: TrendChart | None
    found: TrendChart | None
    points: list[TrendRow]
    runs: list[RunView]  # newest first
    items: list[ItemHistory]
    latest_report: AuditReport | None


def site_detail(hist: History, site: str) -> SiteDetail | None:
    """Everything the site page shows; None when the history has no run of ``site``."""
    if site not in hist.sites():
        return None
    summary = site_summary(hist, site)
    points = hist.trend(site, limit=None)
    by_id = {p.id: p for p in points}
    diffs: dict[int, RunDiff | None] = {}
    for old, new in zip(points, points[1:], strict=False):
        diffs[new.id] = _diff(hist, old.id, new.id)
    runs = [
        RunView(row=r, point=by_id.get(r.id), files=report_files(r.out_dir), diff=diffs.get(r.id))
        for r in hist.runs(site)
    ]
    latest = _report(hist, points[-1].id) if points else None
    return SiteDetail(
        summary=summary,
        score=score_chart(points, PASS_MARK) if points else None,
        found=found_chart(points) if points else None,
        points=points,
        runs=runs,
        items=_item_histories(hist, site, points, diffs, latest),
        latest_report=latest,
    )


def _item_histories(
    hist: History,
    site: str,
    points: list[TrendRow],
    diffs: dict[int, RunDiff | None],
    latest: AuditReport | None,
) -> list[ItemHistory]:
    """Per item (followed by topic, which stays when codes change between years): its status
    run by run, the first run that found it, and the runs where it broke (its status fell from
    found, or a link it was found by went dead)."""
    when = {p.id: p for p in points}
    rows = hist.item_statuses(site)
    newest = points[-1].id if points else None
    # the key: the topic, or topic + code where one run has two items of one topic
    per_run_topics: dict[int, dict[str, int]] = {}
    for r in rows:
        per_run_topics.setdefault(r["run_id"], {}).setdefault(r["topic"], 0)
        per_run_topics[r["run_id"]][r["topic"]] += 1

    def key(r: dict) -> str:
        return r["topic"] if per_run_topics[r["run_id"]][r["topic"]] == 1 else f"{r['topic']}/{r['code']}"

    titles = {i.code: i for i in latest.items} if latest else {}
    items: dict[str, ItemHistory] = {}
    code_of: dict[tuple[int, str], str] = {}
    for r in rows:
        k = key(r)
        code_of[(r["run_id"], r["code"])] = k
        h = items.get(k)
        if h is None:
            h = items[k] = ItemHistory(key=k, code=r["code"], title="", status="", statuses=[],
                                       first_found=None)
        prev = h.statuses[-1][1] if h.statuses else None
        h.statuses.append((r["run_id"], r["status"]))
        h.code = r["code"]  # the newest code
        if r["status"] == "found" and h.first_found is None:
            h.first_found = when.get(r["run_id"])
        if prev == "found" and r["status"] != "found":
            h.broke.append(ItemEvent(r["run_id"], when[r["run_id"]].started_at,
                                     f"สถานะเปลี่ยนจากพบเป็น{STATUS_TH[r['status']]}"))
        if r["run_id"] == newest:
            h.status = r["status"]
    for run_id, d in diffs.items():
        if d is None:
            continue
        for e in d.evidence_broken:
            k = code_of.get((run_id, e.code))
            if k in items and e.reason == "broken":
                why = f"ลิงก์หลักฐานเสีย (HTTP {e.status})" if e.status else "ลิงก์หลักฐานเสีย"
                items[k].broke.append(ItemEvent(run_id, when[run_id].started_at, why, e.url))
    for h in items.values():
        item = titles.get(h.code) if h.status else None
        h.title = item.title if item else h.title or h.code
        if item is not None and h.status != "found":  # what to do (the contract's `action`)
            h.action = getattr(item, "action", "") or (item.problems[0] if item.problems else "")
        h.broke.sort(key=lambda e: e.run_id)
    for r in reversed(rows):  # titles of items no longer in the checklist: their last report
        h = items[key(r)]
        if not h.status and h.title == h.code:
            rep = _report(hist, r["run_id"])
            old = next((i for i in rep.items if i.code == r["code"]), None) if rep else None
            if old is not None:
                h.title = old.title
    order = {s: n for n, s in enumerate(("missing", "outdated", "review", "found", ""))}
    return sorted(items.values(), key=lambda h: (order.get(h.status, 9), _code_key(h.code)))


def _code_key(code: str) -> tuple[str, int, str]:
    letters = code.rstrip("0123456789")
    digits = code[len(letters):]
    return (letters, int(digits) if digits.isdigit() else 0, code)
