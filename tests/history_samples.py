"""A history database of weekly runs for the dashboard tests, recorded through reports.history.

:func:`build_history` records six weekly audits of the sample municipality whose site changes
between runs (an item published, one page taken down so its link breaks and then restored, an
outdated plan updated) and two audits of a second agency whose crawled texts are hostile. Each
run's folder holds the report.json and report.html the real writers produce (report.html with
the trend of the runs so far).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from reports.history import History
from reports.html import render_html
from reports.models import BrokenLink, Evidence, ItemResult
from reports.trend import MAX_REPORT_RUNS, with_current
from tests.report_samples import (
    SITE,
    gains_for,
    hostile_report,
    sample_items,
    sample_report,
    score_for,
)

OTHER_SITE = "https://www.othertown.go.th/"
WEEKS = 6
O2_URL = SITE + "about/executives.html"


def _found(item: ItemResult, url: str) -> ItemResult:
    return item.model_copy(update={
        "status": "found", "problems": [], "confidence": 0.9,
        "evidence": [Evidence(url=url, kind="document", years=[2569], reasons=["ชื่อเอกสารตรง"])],
    })  # fmt: skip


def week_items(week: int) -> tuple[list[ItemResult], list[BrokenLink]]:
    """The sample site's items in week ``week`` (0-5) and the broken links of that crawl.

    Week 1: O12 (procurement plan) published. Week 2: O27 published. Week 3: the executives
    page (O2's evidence) is taken down: O2 missing, its link broken. Week 4: O10's plan updated
    (outdated -> found). Week 5: the executives page is back.
    """
    items = {i.code: i for i in sample_items()}
    broken: list[BrokenLink] = []
    if week >= 1:
        items["O12"] = _found(items["O12"], SITE + "files/procurement-plan-2569.pdf")
    if week >= 2:
        items["O27"] = _found(items["O27"], SITE + "files/anti-corruption-plan-2569.pdf")
    if week == 3 or week == 4:
        items["O2"] = items["O2"].model_copy(update={
            "status": "missing", "evidence": [], "confidence": 0.0,
            "problems": [f"ลิงก์เสีย: {O2_URL} (สถานะ 404)"],
        })  # fmt: skip
        broken.append(BrokenLink(url=O2_URL, status=404, found_on=SITE, anchor_text="ผู้บริหาร"))
    if week >= 4:
        items["O10"] = _found(items["O10"], SITE + "files/action-plan-2569.pdf")
    return list(items.values()), broken


def build_history(root: Path) -> tuple[Path, list[int]]:
    """Record the runs under ``root``; returns the database path and the sample site's run ids
    (oldest first)."""
    db = root / "history.sqlite"
    ids: list[int] = []
    with History(db) as hist:
        first = sample_report()
        for week in range(WEEKS):
            items, broken = week_items(week)
            started = first.started_at + timedelta(days=7 * week)
            crawl = first.crawl.model_copy(update={"broken_links": [*first.crawl.broken_links, *broken]})
            report = sample_report(
                items=items, score=score_for(items), gains=gains_for(items), crawl=crawl,
                started_at=started, finished_at=started + timedelta(minutes=4),
            )
            ids.append(_record(hist, report, root / "runs" / f"week{week}"))
        for week in range(2):
            bad = hostile_report()
            started = bad.started_at + timedelta(days=7 * week, hours=1)
            bad = bad.model_copy(update={"site": OTHER_SITE, "started_at": started,
                                         "finished_at": started + timedelta(minutes=3)})
            _record(hist, bad, root / "runs" / f"other{week}")
        # a run that never finished (the PC was switched off): listed, without a score
        hist.start_run(SITE, 2569, {}, root / "runs" / "stopped",
                       first.started_at + timedelta(days=7 * WEEKS))
    return db, ids


def _record(hist: History, report, out: Path) -> int:
    out.mkdir(parents=True)
    run_id = hist.start_run(report.site, report.assessment_year, {}, out, report.started_at)
    trend = with_current(hist.trend(report.site, MAX_REPORT_RUNS - 1), report, run_id)
    (out / "report.json").write_text(report.model_dump_json(indent=2), encoding="utf-8")
    (out / "report.html").write_text(render_html(report, trend=trend), encoding="utf-8")
    hist.finish_run(run_id, report)
    return run_id
