"""One audit: crawl -> extract -> match -> report, writing the report files into a folder."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from checklist.load import load_checklist
from checklist.match import match_all
from checklist.profile import Profile
from checklist.score import estimate, gain_if_fixed
from crawler.items import Fact
from crawler.run import CrawlOptions, CrawlResult, crawl, read_facts
from crawler.settings import VERSION
from reports.models import AuditReport, BrokenLink, CrawlSummary


class SiteUnreachable(RuntimeError):
    """The audited site did not answer at all (exit code 3)."""


@dataclass
class AuditRequest:
    url: str
    year: int | None = None
    out_dir: Path | None = None
    options: CrawlOptions = field(default_factory=CrawlOptions)
    profile: Profile | None = None


def local_now() -> datetime:
    return datetime.now().astimezone()


def default_out_dir(url: str, started: datetime) -> Path:
    host = (urlsplit(url).hostname or "site").replace(":", "_")
    port = urlsplit(url).port
    if port:
        host = f"{host}_{port}"
    return Path("reports-out") / host / started.strftime("%Y%m%d-%H%M%S")


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write aside, then rename: a good earlier file is never left half-written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
        stopped_by=stopped,
        findings=findings[:200],
    )


def build_report(
    req: AuditRequest, facts: list[Fact], result: CrawlResult, started: datetime
) -> AuditReport:
    checklist = load_checklist(req.year)
    owners = req.profile.topic_owners() if req.profile else {}
    items = match_all(facts, req.url, checklist, owners)
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
        crawl=summarise_crawl(facts, result),
        score=estimate(checklist, items),
        items=items,
        profile=req.profile,
        gains=gain_if_fixed(checklist, items),
    )


def run_audit(req: AuditRequest) -> tuple[AuditReport, Path]:
    """Crawl, match and write report.json and report.html; returns the report and its folder."""
    load_checklist(req.year)  # fail on a bad year before any network traffic
    started = local_now()
    out = req.out_dir or default_out_dir(req.url, started)
    work = out / ".work"
    result = crawl(req.url, work / "facts.jsonl", req.options)
    facts = read_facts(result.facts_path)
    if not any(f.kind in ("page", "document") and f.depth == 0 for f in facts):
        first = next((f for f in facts if f.depth == 0), None)
        why = first.error if first else "no answer"
        raise SiteUnreachable(f"{req.url}: the site could not be reached ({why})")
    report = build_report(req, facts, result, started)
    write_reports(report, out)
    return report, out


def write_reports(report: AuditReport, out: Path) -> None:
    from reports.html import render_html

    write_atomic(out / "report.json", report.model_dump_json(indent=2))
    write_atomic(out / "report.html", render_html(report))
