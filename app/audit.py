"""One audit: crawl -> extract -> match -> report, writing the report files into a folder."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from app.lock import SiteLock
from checklist.actions import add_actions
from checklist.load import load_checklist
from checklist.match import match_all
from checklist.profile import Profile
from checklist.score import estimate, gain_if_fixed
from checklist.signals import evidence_hint
from common.facts import Fact, read_facts
from common.files import portable_name, write_atomic
from common.run_folder import RunFolder
from crawler.bodies import read_body, read_index
from crawler.options import CrawlOptions, CrawlResult
from crawler.run import crawl
from crawler.settings import VERSION
from reports.models import AuditReport, BrokenLink, CrawlSummary


class SiteUnreachable(RuntimeError):
    """The audited site did not answer at all (exit code 3)."""

    def __init__(self, url: str, why: str) -> None:
        super().__init__(f"{url}: the site could not be reached ({why})")
        self.url, self.why = url, why


@dataclass
class AuditRequest:
    url: str
    year: int | None = None
    out_dir: Path | None = None
    options: CrawlOptions = field(default_factory=CrawlOptions)
    profile: Profile | None = None
    db: Path | None = None  # history database (default: reports.history.default_db_path())
    restart: bool = False  # ignore an interrupted run of the same site instead of continuing it
    # filled in by run_audit
    run_id: int | None = None
    resumed_from: datetime | None = None
    previous: AuditReport | None = None
    warnings: list[str] = field(default_factory=list)
    trend: list = field(default_factory=list)  # the site's last runs, this one included
    verdict_key: str | None = None  # of the verdict cache, computed once per run
    crawl: Callable | None = None  # instead of crawler.run.crawl (same signature): a crawl run elsewhere


def local_now() -> datetime:
    return datetime.now().astimezone()


def default_out_dir(url: str, started: datetime) -> Path:
    host = (urlsplit(url).hostname or "site").replace(":", "_")
    port = urlsplit(url).port
    if port:
        host = f"{host}_{port}"
    return Path("reports-out") / portable_name(host) / started.strftime("%Y%m%d-%H%M%S")


def summarise_crawl(facts: list[Fact], result: CrawlResult) -> CrawlSummary:
    broken = [
        BrokenLink(
            url=f.url, status=f.status, found_on=f.found_on or "", anchor_text=f.anchor_text,
            error=f.error,
        )
        for f in facts
        if f.kind == "error" and f.found_on
    ]
    findings = list(result.findings)
    for f in facts:
        for note in f.findings:
            if "charset" in note or "windows-874" in note:
                findings.append(f"{f.url}: {note}")
                break
    unread = [f.url for f in facts if f.document and f.document.error.startswith("not read")]
    if unread:  # --max-minutes ended before these documents were read: named, never guessed
        findings.append(f"เอกสาร {len(unread)} ฉบับดาวน์โหลดแล้วแต่ยังไม่ได้อ่าน เพราะครบเวลาตรวจ (--max-minutes): "
                        f"รายการด้านล่าง ตรวจใหม่โดยเพิ่ม --max-minutes")
    for f in facts:
        if f.document and f.document.error:
            findings.append(f"{f.url}: {f.document.error}")
    stopped = {
        "closespider_pagecount": "max-pages reached",
        "closespider_timeout": "max-minutes reached",
    }.get(result.finish_reason, "" if result.finish_reason == "finished" else result.finish_reason)
    return CrawlSummary(
        pages=sum(1 for f in facts if f.kind == "page"),
        documents=sum(1 for f in facts if f.kind == "document"),
        errors=sum(1 for f in facts if f.kind == "error"),
        broken_links=broken,
        external_links=result.external_links,
        bytes_downloaded=result.bytes_downloaded,
        pages_unchanged=result.pages_unchanged,
        site_unchanged=result.site_unchanged,
        stopped_by=stopped,
        findings=findings[:200],
    )


def build_report(
    req: AuditRequest, facts: list[Fact], result: CrawlResult, started: datetime,
    items: list | None = None,
) -> AuditReport:
    """The report of one audit; ``items`` are verdicts already known (see :func:`known_verdicts`)."""
    checklist = load_checklist(req.year)
    owners = req.profile.topic_owners() if req.profile else {}
    if items is None:
        items = _verdicts(req, facts, result, checklist, owners)
    crawl = summarise_crawl(facts, result)
    add_actions(items, {i.code: i for i in checklist.items}, checklist.year,
                {b.url: b.found_on for b in crawl.broken_links})
    notes = []
    if not checklist.confirmed:
        notes.append(checklist.notes or "Part of this year's criteria is unconfirmed.")
        notes += [f"{i.code}: {i.note}" for i in checklist.unconfirmed if i.note]
    return AuditReport(
        site=req.url,
        agency=req.profile.name if req.profile else "",
        assessment_year=checklist.year,
        checklist_confirmed=checklist.confirmed,
        checklist_notes=notes,
        started_at=started,
        finished_at=local_now(),
        tool_version=VERSION,
        settings={
            "max_pages": req.options.max_pages,
            "max_minutes": req.options.max_minutes,
            "concurrency": req.options.concurrency,
            "delay": req.options.delay,
            "robots_txt": req.options.obey_robots,
        },
        crawl=crawl,
        score=estimate(checklist, items),
        items=items,
        profile=req.profile,
        gains=gain_if_fixed(checklist, items),
    )


def _verdict_key(req: AuditRequest, result: CrawlResult, checklist, owners) -> str | None:
    if not req.options.cache or not result.facts_path.exists():
        return None
    if req.verdict_key is None:
        from app.verdict_cache import code_digest
        from crawler.cache import stored_facts_digest

        req.verdict_key = hashlib.sha256(json.dumps(
            [stored_facts_digest(result.facts_path), req.url, checklist.year, owners, code_digest(), VERSION],
            sort_keys=True).encode()).hexdigest()
    return req.verdict_key


def known_verdicts(req: AuditRequest, result: CrawlResult) -> list | None:
    """The verdicts an earlier audit reached from exactly the same facts, checklist, units and
    matcher code (a weekly re-audit of an unchanged site), or None."""
    from app.verdict_cache import VerdictCache
    from checklist.verdicts import ItemResult

    checklist = load_checklist(req.year)
    k = _verdict_key(req, result, checklist, req.profile.topic_owners() if req.profile else {})
    cached = VerdictCache().get(k) if k else None
    if cached is None:
        return None
    try:
        return [ItemResult.model_validate(x) for x in cached]
    except ValueError:
        return None  # written by another version: match again


def _verdicts(req: AuditRequest, facts: list[Fact], result: CrawlResult, checklist, owners) -> list:
    """match_all, kept in the verdict cache for the next audit of the same facts."""
    from app.verdict_cache import VerdictCache

    items = match_all(facts, req.url, checklist, owners)
    k = _verdict_key(req, result, checklist, owners)
    if k:
        VerdictCache().put(k, [i.model_dump(mode="json") for i in items])
    return items


class AuditInterrupted(RuntimeError):
    """The crawl was stopped (Ctrl-C, SIGTERM); the run can be resumed."""


def _resumable(hist, site: str, req: AuditRequest, year: int):
    """The site's unfinished run to continue, if its work folder is still there."""
    if req.restart:
        return None
    row = hist.unfinished(site)
    if row is None or row.assessment_year != year:
        return None
    out = Path(row.out_dir)
    if req.out_dir is not None and req.out_dir.resolve() != out.resolve():
        return None
    return row if RunFolder(out).work.facts.exists() else None


@dataclass
class _Run:
    """One run while it is under way: its history row, folder and the site's last finished run."""

    id: int
    folder: RunFolder
    started: datetime
    resumed: bool
    last: object | None  # reports.history.RunRow of the site's last finished run


def run_audit(req: AuditRequest) -> tuple[AuditReport, Path]:
    """Crawl, match, write the report files and record the run in the history database.

    One audit of a site at a time (SiteBusy). An interrupted or killed audit of the same site
    and year is continued by the next one (facts already recorded are kept; the HTTP and text
    caches make the rest cheap), unless ``req.restart``. The stages, each a function below:
    open the run, crawl, read the facts, judge, write the reports, tidy up.
    """
    from common.urls import site_id
    from reports.history import History

    checklist = load_checklist(req.year)  # fail on a bad year before any network traffic
    site = site_id(req.url)
    with SiteLock(site), History(req.db) as hist:
        run = _open_run(hist, site, req, checklist.year)
        try:
            result = _crawl(req, run)
            known = known_verdicts(req, result)
            facts = _read_facts(result, content=known is None)
            if not any(f.kind in ("page", "document") and f.depth == 0 for f in facts):
                first = next((f for f in facts if f.depth == 0), None)
                hist.mark(run.id, "failed")
                raise SiteUnreachable(req.url, first.error if first else "no answer")
            report = _judge(req, facts, result, run.started, known)
            bodies = read_index(run.folder.work.bodies)
            fetches = [_fetch_row(f, bodies) for f in facts]
            del facts
            release_memory(full=False)  # the facts and the matcher's memos are done with
            previous = hist.report(run.last.id) if run.last else None
            from reports.trend import MAX_REPORT_RUNS, with_current

            req.trend = with_current(hist.trend(req.url, MAX_REPORT_RUNS - 1), report, run.id)
            req.warnings = write_reports(report, run.folder.root, previous=previous, trend=req.trend)
            archive_evidence(report, bodies, run.folder.work.bodies, run.folder.evidence, run.id)
            hist.record_fetches(run.id, fetches)
            hist.finish_run(run.id, report)
            _tidy(run)
        except (KeyboardInterrupt, AuditInterrupted):
            hist.mark(run.id, "interrupted")
            raise AuditInterrupted(
                "the audit was stopped; run the same command again to continue it"
            ) from None
        except SiteUnreachable:
            raise
        except Exception:
            hist.mark(run.id, "interrupted")  # a crash: the next run continues it
            raise
    req.previous = previous
    return report, run.folder.root


def _open_run(hist, site: str, req: AuditRequest, year: int) -> _Run:
    """Continue the site's interrupted run, or start one; find the last finished run, whose
    facts let the crawl skip unchanged pages."""
    row = _resumable(hist, site, req, year)
    if row is not None:
        run_id, folder, started = row.id, RunFolder(Path(row.out_dir)), row.started_at
        hist.mark(run_id, "running")
        req.resumed_from = started
    else:
        started = local_now()
        folder = RunFolder(req.out_dir or default_out_dir(req.url, started))
        run_id = hist.start_run(req.url, year, _settings(req), folder.root.resolve(), started)
    req.run_id = run_id
    last = hist.latest_finished(site, before_run_id=run_id)
    if last is not None and RunFolder(Path(last.out_dir)).work.facts.is_file():
        prev_facts = RunFolder(Path(last.out_dir)).work.facts
        if row is None and prev_facts.resolve() == folder.work.facts.resolve():  # the same --out
            prev_facts = prev_facts.rename(folder.work.previous_facts)
        req.options.previous_facts = prev_facts
    return _Run(id=run_id, folder=folder, started=started, resumed=row is not None, last=last)


def _crawl(req: AuditRequest, run: _Run) -> CrawlResult:
    """Crawl the site into the run's work folder (continuing a stopped crawl of this run)."""
    req.options.link_hint = evidence_hint
    result = (req.crawl or crawl)(req.url, run.folder.work.facts, req.options, resume=run.resumed)
    if result.finish_reason == "shutdown":
        raise AuditInterrupted("the audit was stopped")
    release_memory()  # what the crawl freed goes back to the system before matching
    return result


def _read_facts(result: CrawlResult, *, content: bool) -> list[Fact]:
    """The crawl's facts; without ``content`` (verdicts already known) no text or links."""
    with _no_collection():  # hundreds of thousands of long-lived objects: no passes over them
        return read_facts(result.facts_path, content=content)


def _judge(req: AuditRequest, facts: list[Fact], result: CrawlResult, started: datetime,
           known: list | None) -> AuditReport:
    """Match the facts against the checklist (or take the known verdicts) and score them."""
    gc.freeze()  # the collector would rescan all the facts again and again
    try:
        with _no_collection():  # matching makes no cycles; its memos are freed afterwards
            return build_report(req, facts, result, started, known)
    finally:
        gc.unfreeze()


def _tidy(run: _Run) -> None:
    """This run's bodies stay for the next run's quick check; the last run's go (its WARC keeps
    the evidence)."""
    if run.last is None:
        return
    old = RunFolder(Path(run.last.out_dir)).work.bodies
    if old.resolve() != run.folder.work.bodies.resolve():
        shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def _no_collection():
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def release_memory(*, full: bool = True) -> None:
    """Give freed memory back to the system: a 3,000-page site's facts and memos are hundreds of
    MB that Python and glibc would otherwise keep for the rest of the run. Not ``full``: only
    young objects are searched for cycles (the facts and memos hold none; a full search costs
    0.1 s on a large site)."""
    import ctypes

    from checklist.match import forget_texts

    forget_texts()
    gc.collect(2 if full else 1)
    with contextlib.suppress(OSError, AttributeError):  # not glibc: reused by this process instead
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _fetch_row(fact: Fact, bodies: dict[str, dict]) -> dict:
    rec = bodies.get(fact.url, {})
    headers = rec.get("headers", {})
    return {
        "url": fact.url, "requested_url": fact.requested_url, "kind": fact.kind,
        "status": fact.status, "content_type": fact.content_type,
        "sha256": rec.get("sha256") or (fact.document.sha256 if fact.document else None),
        "size": rec.get("size") or (fact.document.size if fact.document else None),
        "etag": headers.get("ETag"), "last_modified": headers.get("Last-Modified"),
        "fetched_at": fact.fetched_at,
    }


def archive_evidence(
    report: AuditReport, bodies: dict[str, dict], store: Path, warc: Path, run_id: int | None
) -> Path | None:
    """Write every evidence page and document of the run into a WARC file."""
    from crawler.evidence import EvidenceRecord, write_warc

    items_of: dict[str, list[str]] = {}
    for item in report.items:
        for ev in item.evidence:
            if ev.kind != "external_link":
                items_of.setdefault(ev.url, []).append(item.code)
    records = []
    for url, codes in items_of.items():
        rec = bodies.get(url)
        body = read_body(store, rec) if rec is not None else None
        if body is None:
            continue
        records.append(EvidenceRecord(
            url=url, status=rec["status"], headers=rec["headers"],
            body=body,
            fetched_at=datetime.fromisoformat(rec["fetched_at"]), items=codes,
        ))
    if not records:
        return None
    return write_warc(warc, records, site=report.site, run=run_id)


def _settings(req: AuditRequest) -> dict:
    o = req.options
    return {"max_pages": o.max_pages, "max_minutes": o.max_minutes, "concurrency": o.concurrency,
            "delay": o.delay, "profile": req.profile.name if req.profile else None}


def write_reports(
    report: AuditReport, out: Path, previous: AuditReport | None = None, trend: list | None = None
) -> list[str]:
    """report.json, report.html, report.xlsx and report.pdf, each written aside then renamed.

    Returns warnings (a missing Thai font skips the PDF; the other files are still written).
    """
    from reports.html import render_html
    from reports.pdf import FontNotFound, write_pdf
    from reports.xlsx import write_xlsx

    warnings = []
    folder = RunFolder(out)
    write_atomic(folder.report_json, report.model_dump_json(indent=2))
    write_atomic(folder.report_html, render_html(report, previous=previous, trend=trend))
    write_xlsx(report, folder.report_xlsx)
    try:
        write_pdf(report, folder.report_pdf)
    except FontNotFound as exc:
        warnings.append(f"report.pdf not written: {exc}")
    return warnings
