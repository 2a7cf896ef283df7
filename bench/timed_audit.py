"""``python -m oit`` with phase timings: ``python bench/timed_audit.py audit URL ...``.

Runs exactly the `oit` command (``oit.main.main``) in this process, after wrapping the
phase functions that ``app.audit`` calls (crawl, read_facts, match_all, build_report,
write_reports, archive_evidence, the history database's writes, whichever are present) with a
timer. The timings go, as JSON, to the file named
by ``$OIT_BENCH_PHASES`` (if set): ``{"phases": [{"name", "start", "seconds"}...], "total": s}``
with ``start`` relative to the process start. The wrappers cost microseconds per call.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

T0 = time.monotonic()
T0_EPOCH = time.time()
PHASES: list[dict] = []
WRAPPED = ("crawl", "read_facts", "build_report", "match_all", "write_reports", "estimate",
           "gain_if_fixed", "summarise_crawl", "read_index", "archive_evidence", "release_memory",
           "known_verdicts")
HISTORY_METHODS = ("record_fetches", "finish_run", "report", "latest_finished")


def _timed(name: str, fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.monotonic()
        try:
            return fn(*args, **kwargs)
        finally:
            PHASES.append({"name": name, "start": round(start - T0, 3),
                           "seconds": round(time.monotonic() - start, 3)})

    return wrapper


def _install() -> None:
    import app.audit as audit

    for name in WRAPPED:
        fn = getattr(audit, name, None)
        if callable(fn) and not isinstance(fn, type):
            setattr(audit, name, _timed(name, fn))
    try:
        from reports.history import History
    except ImportError:
        return
    for name in HISTORY_METHODS:
        fn = getattr(History, name, None)
        if callable(fn):
            setattr(History, name, _timed(f"history.{name}", fn))


def _dump() -> None:
    target = os.environ.get("OIT_BENCH_PHASES")
    if target:
        Path(target).write_text(json.dumps(
            {"phases": PHASES, "total": round(time.monotonic() - T0, 3), "t0_epoch": T0_EPOCH},
            indent=1), encoding="utf-8")


def main() -> int:
    from oit.main import command

    _install()
    try:
        return command()
    finally:
        _dump()


if __name__ == "__main__":
    sys.exit(main())
