"""One agency of a batch, in its own process: ``python -m app.batch_worker`` (a Twisted reactor
runs once per process, so every site's audit gets a fresh one).

The job comes as one JSON object on stdin (:class:`WorkerJob`); the answer is one JSON line on
stdout (:class:`WorkerAnswer`). The audit is the single-site audit (app.audit.run_audit),
with its history row, report folder and resume of an interrupted run. With ``facts`` the crawl
already ran elsewhere (a Scrapyd job): its facts file stands in for the crawl, and matching,
reports and history are the same as for a local crawl.
"""

from __future__ import annotations

import json
import shutil
import signal
import sys
from pathlib import Path

from pydantic import BaseModel

EXIT_OK, EXIT_FAILED, EXIT_UNREACHABLE, EXIT_BUSY, EXIT_STOPPED = 0, 1, 3, 4, 130


class WorkerJob(BaseModel):
    url: str
    out: str
    year: int | None = None
    db: str | None = None
    profile: str | None = None
    per_site: int | None = None
    delay: float | None = None
    max_pages: int = 2000
    max_minutes: float = 60.0
    facts: str | None = None  # a facts file crawled elsewhere (Scrapyd): no crawl here
    crawl_result: dict | None = None  # that crawl's figures (crawler.run.CrawlResult fields)


class WorkerAnswer(BaseModel):
    status: str  # done | failed | busy | stopped
    error: str = ""
    run_id: int | None = None
    previous_score: float | None = None  # the agency's run before this one


def prefetched_crawl(facts: Path, figures: dict):
    """A stand-in for crawler.run.crawl that takes the facts of a crawl run elsewhere."""
    from crawler.options import CrawlResult

    def crawl(url, facts_path: Path, options=None, *, resume: bool = False) -> CrawlResult:
        facts_path.parent.mkdir(parents=True, exist_ok=True)
        if facts.resolve() != facts_path.resolve():
            shutil.copyfile(facts, facts_path)
        fields = {k: v for k, v in figures.items() if k in CrawlResult.__dataclass_fields__}
        fields.pop("facts_path", None)
        return CrawlResult(facts_path=facts_path, **fields)

    return crawl


def run(job: WorkerJob) -> tuple[int, WorkerAnswer]:
    from app.audit import AuditInterrupted, AuditRequest, SiteUnreachable, run_audit
    from app.lock import SiteBusy
    from crawler.options import CrawlOptions

    profile = None
    if job.profile:
        from checklist.profile import load_profile

        profile = load_profile(Path(job.profile))
    options = CrawlOptions(max_pages=job.max_pages, max_minutes=job.max_minutes,
                           concurrency=job.per_site, delay=job.delay)
    req = AuditRequest(url=job.url, year=job.year, out_dir=Path(job.out), options=options,
                       profile=profile, db=Path(job.db) if job.db else None)
    if job.facts:
        req.crawl = prefetched_crawl(Path(job.facts), job.crawl_result or {})
    try:
        run_audit(req)
    except SiteUnreachable as exc:
        if _STOPPED and req.run_id is not None:  # stopped while Scrapy started: not the site's fault
            from reports.history import History

            with History(req.db) as hist:
                hist.mark(req.run_id, "interrupted")
            return EXIT_STOPPED, WorkerAnswer(status="stopped", run_id=req.run_id)
        return EXIT_UNREACHABLE, WorkerAnswer(status="failed", run_id=req.run_id,
                                              error=f"เข้าเว็บไซต์ไม่ได้: {_why(exc)}")
    except SiteBusy:
        return EXIT_BUSY, WorkerAnswer(status="busy", error="มีการตรวจเว็บไซต์นี้อยู่แล้วในอีกงานหนึ่ง")
    except AuditInterrupted:
        return EXIT_STOPPED, WorkerAnswer(status="stopped", run_id=req.run_id,
                                          error="หยุดกลางคัน: รันคำสั่งเดิมอีกครั้งเพื่อตรวจต่อ")
    prev = req.previous.score.oit_estimate if req.previous is not None else None
    return EXIT_OK, WorkerAnswer(status="done", run_id=req.run_id, previous_score=prev)


def _why(exc: Exception) -> str:
    """The cause in app.audit's "URL: the site could not be reached (CAUSE)"."""
    text = str(exc)
    _, found, cause = text.partition("could not be reached (")
    return cause[:-1] if found and cause.endswith(")") else text


_STOPPED = []


def _interrupt(signum, frame):
    """SIGTERM before Scrapy installs its own handler (while the worker starts)."""
    _STOPPED.append(signum)
    raise KeyboardInterrupt


def main() -> int:
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        job = WorkerJob.model_validate_json(sys.stdin.read())
    except ValueError as exc:
        print(json.dumps({"status": "failed", "error": f"งานไม่ถูกต้อง: {exc}"}, ensure_ascii=False))
        return EXIT_FAILED
    try:
        code, answer = run(job)
    except KeyboardInterrupt:
        code, answer = EXIT_STOPPED, WorkerAnswer(status="stopped", error="หยุดก่อนเริ่มตรวจ")
    except Exception as exc:  # one agency's crash is reported, never a traceback in the batch
        code, answer = EXIT_FAILED, WorkerAnswer(status="failed", error=f"ตรวจไม่สำเร็จ: {type(exc).__name__}: {exc}")
    sys.stdout.write(answer.model_dump_json() + "\n")
    sys.stdout.flush()
    return code


if __name__ == "__main__":
    sys.exit(main())
