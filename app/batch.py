"""A batch: audit every agency of a list, many sites at once, resumably, then the overview.

Each agency's audit is the single-site audit (app.audit.run_audit) in a worker process
(``python -m app.batch_worker``; Twisted's reactor runs once per process), at most
``concurrency // per_site`` at a time, so that no more than ``concurrency`` requests are in
flight in all and no site gets more than ``per_site`` (the polite per-host limits of one audit
still hold). With Scrapyd nodes, the crawls run as Scrapyd jobs (app.scrapyd) and only the
matching runs here, in the same worker.

The batch state (``batch-state.json`` in the batch folder, written aside then renamed after
every change) says which agencies are done: a stopped or crashed batch is continued by running
the same command again; an agency whose audit was cut short is continued by the audit's own
resume (its history row and facts file).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from app.agencies import Agency
from app.batch_worker import WorkerAnswer, WorkerJob
from common.files import write_atomic
from common.run_folder import RunFolder

STATE_FILE = "batch-state.json"
ROOT = Path(__file__).resolve().parents[1]  # the folder holding the packages (for the workers)
BUSY_RETRIES = 30  # a stopped batch's worker may take a few seconds to let go of its site
BUSY_WAIT = 2.0

AgencyStatus = Literal["pending", "running", "done", "failed"]


class AgencyState(Agency):
    status: AgencyStatus = "pending"
    error: str = ""
    run_id: int | None = None
    previous_score: float | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None
    seconds: float | None = None  # the last attempt's wall time
    node: str = ""  # the Scrapyd node that crawled it ("" on this machine)


class BatchState(BaseModel):
    schema_version: int = 1
    agencies_file: str
    assessment_year: int
    started_at: datetime
    finished_at: datetime | None = None
    agencies: list[AgencyState] = Field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = {"pending": 0, "running": 0, "done": 0, "failed": 0}
        for a in self.agencies:
            out[a.status] += 1
        return out


@dataclass
class BatchOptions:
    out: Path
    year: int | None = None
    concurrency: int = 8  # requests in flight over all sites
    per_site: int = 2  # requests in flight to one site
    delay: float | None = None
    db: Path | None = None
    max_pages: int = 2000
    max_minutes: float = 60.0
    scrapyd: list[str] = field(default_factory=list)
    jobs_per_node: int = 4
    match_workers: int = 0  # Scrapyd: matching processes here (0: one per core)

    @property
    def sites_at_once(self) -> int:
        return max(1, self.concurrency // max(1, self.per_site))


class BatchStopped(RuntimeError):
    """The batch was stopped (Ctrl-C, SIGTERM); running it again continues it."""


def local_now() -> datetime:
    return datetime.now().astimezone()


def load_state(out: Path, agencies: list[Agency], year: int, agencies_file: Path) -> tuple[BatchState, bool]:
    """The batch to run: the stopped one in ``out`` (agencies done stay done), else a new one.
    Returns (state, resumed)."""
    path = out / STATE_FILE
    old: BatchState | None = None
    if path.exists():
        with contextlib.suppress(ValueError, OSError):
            old = BatchState.model_validate_json(path.read_bytes())
    if old is not None and old.finished_at is None and old.assessment_year == year:
        before = {a.key: a for a in old.agencies}
        rows = []
        for a in agencies:
            prev = before.get(a.key)
            if prev is not None and prev.url == a.url:
                status = prev.status if prev.status in ("done", "failed") else "pending"
                rows.append(prev.model_copy(update={**a.model_dump(), "status": status}))
            else:
                rows.append(AgencyState(**a.model_dump()))
        return old.model_copy(update={"agencies": rows, "agencies_file": str(agencies_file)}), True
    state = BatchState(agencies_file=str(agencies_file), assessment_year=year, started_at=local_now(),
                       agencies=[AgencyState(**a.model_dump()) for a in agencies])
    return state, False


class Batch:
    """One run of a batch (:meth:`run`); ``progress`` gets the state after every change."""

    def __init__(self, state: BatchState, options: BatchOptions,
                 progress: Callable[[Batch], None] | None = None) -> None:
        self.state = state
        self.options = options
        self.progress = progress
        self.lock = threading.RLock()
        self.stop = threading.Event()
        self.procs: set[subprocess.Popen] = set()
        self.t0 = time.monotonic()
        self.finished_now = 0  # agencies finished by this run (for the estimate of the time left)
        self.cluster = None
        self.why_stopped = ""
        self.match_slots = threading.BoundedSemaphore(options.match_workers or os.cpu_count() or 1)

    # -- state -----------------------------------------------------------------------------
    def save(self) -> None:
        with self.lock:
            write_atomic(self.options.out / STATE_FILE, self.state.model_dump_json(indent=1))

    def _update(self, agency: AgencyState, **changes) -> None:
        with self.lock:
            for k, v in changes.items():
                setattr(agency, k, v)
            self.save()
        if self.progress:
            self.progress(self)

    def eta_seconds(self) -> float | None:
        """Time left at this run's pace (None before the first agency of this run finished)."""
        with self.lock:
            if not self.finished_now:
                return None
            left = sum(1 for a in self.state.agencies if a.status in ("pending", "running"))
        per_site = (time.monotonic() - self.t0) / self.finished_now  # wall time per agency
        return per_site * left

    # -- running ---------------------------------------------------------------------------
    def run(self) -> BatchState:
        self.options.out.mkdir(parents=True, exist_ok=True)
        todo = [a for a in self.state.agencies if a.status not in ("done", "failed")]
        self.save()
        if self.options.scrapyd:
            from app.scrapyd import Cluster

            self.cluster = Cluster(self.options.scrapyd, jobs_per_node=self.options.jobs_per_node,
                                   stop=self.stop)
            self.cluster.deploy()
            width = self.cluster.capacity()
        else:
            width = self.options.sites_at_once
        previous = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
        in_main = threading.current_thread() is threading.main_thread()
        if in_main:
            for s in previous:
                signal.signal(s, self._on_signal)
        try:
            with ThreadPoolExecutor(max_workers=max(1, min(width, len(todo) or 1))) as pool:
                for f in [pool.submit(self._one, a) for a in todo]:
                    f.result()
        finally:
            if in_main:
                for s, h in previous.items():
                    signal.signal(s, h)
        if self.stop.is_set():
            self.save()
            raise BatchStopped(self.why_stopped or "หยุดการตรวจแล้ว: รันคำสั่งเดิมอีกครั้งเพื่อตรวจต่อจากที่ค้าง")
        with self.lock:
            self.state.finished_at = local_now()
            self.save()
        return self.state

    def _on_signal(self, signum, frame) -> None:
        self.stop.set()
        with self.lock:
            for p in list(self.procs):
                with contextlib.suppress(OSError):
                    p.send_signal(signal.SIGTERM)  # the audit stops cleanly, resumable

    def _one(self, agency: AgencyState) -> None:
        if self.stop.is_set():
            return
        started = time.monotonic()
        self._update(agency, status="running", started_at=local_now(), error="")
        job = WorkerJob(
            url=agency.url, out=str((self.options.out / agency.key).resolve()), year=self.state.assessment_year,
            db=str(self.options.db) if self.options.db else None, profile=agency.profile,
            per_site=self.options.per_site, delay=self.options.delay,
            max_pages=self.options.max_pages, max_minutes=self.options.max_minutes,
        )
        from app.scrapyd import NoNodeLeft

        try:
            if self.cluster is not None:
                crawled = self.cluster.crawl(agency.key, agency.url, job, RunFolder(self.options.out / agency.key).work.root)
                if crawled is None:  # stopped
                    self._update(agency, status="pending")
                    return
                job.facts, job.crawl_result, node = str(crawled.facts), crawled.figures, crawled.node
                agency.node = node
                with self.match_slots:
                    answer = self._work(job)
            else:
                answer = self._work(job)
        except NoNodeLeft as exc:  # not the agency's fault: stop, the rest stays to do
            self.why_stopped = f"{exc}: รันคำสั่งเดิมอีกครั้งเมื่อเครื่อง Scrapyd กลับมาทำงาน"
            self.stop.set()
            answer = WorkerAnswer(status="stopped")
        except Exception as exc:  # noqa: BLE001 - one agency never stops the others
            answer = WorkerAnswer(status="failed", error=f"ตรวจไม่สำเร็จ: {exc}")
        seconds = round(time.monotonic() - started, 1)
        if answer.status == "done":
            with self.lock:
                self.finished_now += 1
            self._update(agency, status="done", run_id=answer.run_id, previous_score=answer.previous_score,
                         finished_at=local_now(), seconds=seconds, error="")
        elif answer.status == "stopped" or self.stop.is_set():
            self._update(agency, status="pending", error="")
        else:
            with self.lock:
                self.finished_now += 1
            self._update(agency, status="failed", error=answer.error, run_id=answer.run_id,
                         finished_at=local_now(), seconds=seconds)

    def _work(self, job: WorkerJob) -> WorkerAnswer:
        """Run the worker process for ``job``; a busy site (the worker of a stopped run still
        letting go of it) is tried again a little later."""
        answer = WorkerAnswer(status="failed", error="ไม่ได้เริ่ม")
        for _ in range(BUSY_RETRIES):
            if self.stop.is_set():
                return WorkerAnswer(status="stopped")
            answer = self._spawn(job)
            if answer.status != "busy":
                return answer
            self.stop.wait(BUSY_WAIT)
        return answer

    def _spawn(self, job: WorkerJob) -> WorkerAnswer:
        log = RunFolder(Path(job.out)).work.root / "worker.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
        with log.open("ab") as err:
            # Its own session: a Ctrl-C on the terminal reaches the batch only, which tells each
            # worker once (a second signal would make Scrapy stop uncleanly).
            posix = os.name == "posix"
            proc = subprocess.Popen(
                [sys.executable, "-m", "app.batch_worker"], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=err, env=env, start_new_session=posix,
                preexec_fn=_die_with_parent if posix else None,
            )
            with self.lock:
                self.procs.add(proc)
            try:
                out, _ = proc.communicate(job.model_dump_json().encode())
            finally:
                with self.lock:
                    self.procs.discard(proc)
        lines = out.decode("utf-8", "replace").strip().splitlines()
        try:
            return WorkerAnswer.model_validate_json(lines[-1])
        except (IndexError, ValueError):
            return WorkerAnswer(status="stopped" if self.stop.is_set() else "failed",
                                error=f"กระบวนการตรวจจบผิดปกติ (รหัส {proc.returncode}); ดู {log}")


def _die_with_parent() -> None:
    """In the worker before exec: SIGTERM when the batch process dies (even by SIGKILL), so a
    killed batch leaves no audit running (Linux; elsewhere the worker runs to its end)."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def run_batch(agencies: list[Agency], options: BatchOptions, agencies_file: Path,
              progress: Callable[[Batch], None] | None = None) -> tuple[Batch, bool]:
    """Run (or continue) the batch and write the overview; returns (batch, resumed)."""
    from checklist.load import load_checklist

    year = load_checklist(options.year).year
    state, resumed = load_state(options.out, agencies, year, agencies_file)
    batch = Batch(state, options, progress)
    try:
        batch.run()
    finally:
        write_overview_files(batch.state, options)
    return batch, resumed


def write_overview_files(state: BatchState, options: BatchOptions) -> None:
    """overview.json / .html / .xlsx from the batch state and each agency's report.json."""
    from reports.overview import AgencyInput, build_overview, write_overview

    rows = []
    for a in state.agencies:
        report = RunFolder(options.out / a.key).report_json
        rows.append(AgencyInput(
            url=a.url, name=a.name, type=a.type, province=a.province, district=a.district,
            status=a.status, error=a.error, previous_score=a.previous_score,
            report=report if a.status == "done" and report.exists() else None,
        ))
    overview = build_overview(rows, options.out, year=state.assessment_year,
                              started_at=state.started_at, finished_at=state.finished_at)
    write_overview(overview, options.out)
