"""A few persistent, memory-limited document-reading worker processes shared by all threads.

Each worker is ``python -m crawler.documents.worker --serve --memory-mb N`` (protocol in
:mod:`crawler.documents.worker`), started on first use in its own session/process group, so a
hostile file can neither exhaust the crawler's memory (``RLIMIT_AS`` in the worker) nor hang it
(wall-clock timeout, then the worker's whole group is killed, OCR's tesseract children
included). Starting a Python costs far more than reading a typical PDF, so a worker reads many
documents: at most ``size`` workers exist (``OIT_EXTRACT_WORKERS`` or the CPU count);
a thread checks one out, sends one document, waits for the answer, checks it back in.

Where the system has no ``RLIMIT_AS`` (Windows) the limit is kept from outside instead: while a
worker reads, its resident memory is looked at every :data:`WATCH_INTERVAL` seconds (psutil) and
the worker is killed above its limit, with the same memory-limit answer. That cannot stop an
allocation made faster than one look to the next, and there is no CPU-time cap for an orphaned
worker; :data:`LIMITS_NOTE` says so in the crawl's log. Where ``select.poll`` is missing
(Windows) the document is written and the answer read by two helper threads.

A worker is replaced after a timeout, a crash, a garbled answer or a memory-limit answer, after
:data:`RECYCLE_AFTER_DOCS` documents, or when its resident memory passes
:data:`RECYCLE_RSS_MB` (fragmentation or a leak cannot grow without bound). Workers only serve
requests with the memory limit they were started with. :func:`close_pool` (also run at exit)
ends them all; a worker also ends by itself when the crawler dies (its stdin reaches EOF).
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import math
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from common.files import pread, write_all

from .worker import FRAME_LENGTH, MAX_FRAME, MEMORY_ERROR

logger = logging.getLogger(__name__)

_ROOT = str(Path(__file__).resolve().parents[2])  # the folder holding the crawler package
# ... or the egg (a zip file) Scrapyd runs the project from: on PYTHONPATH it imports the
# same, but it cannot be a working directory.
_CWD = _ROOT if os.path.isdir(_ROOT) else None
# Signals a process dies of when an allocation fails under RLIMIT_AS (PDFium traps or aborts)
# or when the kernel's OOM killer steps in.
_MEMORY_SIGNALS = {
    getattr(signal, name) for name in ("SIGKILL", "SIGABRT", "SIGTRAP", "SIGILL") if hasattr(signal, name)
}
_POLL = hasattr(select, "poll")  # not on Windows: threads move the bytes there
WATCH_INTERVAL = 0.1  # seconds between two looks at a worker's memory where rlimits are missing
LIMITS_NOTE = (
    "this system has no per-process memory limit (RLIMIT_AS): document readers are watched every "
    f"{WATCH_INTERVAL:g} s and killed above their limit, which a very fast allocation can outrun; "
    "an orphaned reader has no CPU-time cap"
)


def _has_rlimit() -> bool:
    try:
        import resource  # noqa: F401
    except ImportError:
        return False
    return True


WATCHED = not _has_rlimit()  # the pool keeps the memory limit itself
_noted = False

RECYCLE_AFTER_DOCS = 200
RECYCLE_RSS_MB = 300
_CHUNK = 1 << 20
_EXIT_GRACE = 5.0  # seconds a worker that closed its answer pipe gets to finish dying


def default_pool_size() -> int:
    """``OIT_EXTRACT_WORKERS`` when it is a whole number >= 1, else the CPU count."""
    try:
        return max(1, int(os.environ.get("OIT_EXTRACT_WORKERS", "")))
    except ValueError:
        return max(1, os.cpu_count() or 1)


def _worker_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (_ROOT, env.get("PYTHONPATH", "")) if p)
    env["OMP_THREAD_LIMIT"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONSTARTUP", None)
    return env


class _Worker:
    """One worker process; used by one thread at a time (the pool sees to that)."""

    def __init__(self, memory_mb: int, generation: int) -> None:
        self.memory_mb = memory_mb
        self.generation = generation
        self.proc: subprocess.Popen | None = None
        self.errfile = None
        self.docs = 0

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def _start(self) -> None:
        # The worker's stderr, kept for its whole life (truncated before each document).
        self.errfile = tempfile.TemporaryFile(prefix="oit-worker-")  # noqa: SIM115
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "crawler.documents.worker", "--serve",
                 "--memory-mb", str(self.memory_mb)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self.errfile,
                env=_worker_env(),
                cwd=_CWD,
                bufsize=0,
                start_new_session=True,  # its own process group, so OCR children die with it
            )
        except BaseException:
            self.errfile.close()
            self.errfile = None
            raise
        if _POLL:
            os.set_blocking(self.proc.stdin.fileno(), False)
            os.set_blocking(self.proc.stdout.fileno(), False)
        global _noted
        if WATCHED and not _noted:
            _noted = True
            logger.warning(LIMITS_NOTE)

    def ask(
        self, header: bytes, data: bytes, timeout: float, fmt: str, shown: float
    ) -> tuple[dict, str]:
        """(the worker's answer or an error, what happened).

        What happened: ``ok`` (the worker may read another document), ``spent`` (it answered
        but must not be used again: a memory-limit answer), ``failed`` (crashed, died, garbled
        answer, could not start) or ``timeout`` (killed after ``timeout`` s; the error message
        says ``shown`` s). After anything but ``ok`` the worker must be closed, not reused.
        """
        if self.proc is None:
            try:
                self._start()
            except OSError as exc:
                return {"error": f"cannot start the document reader: {exc}"}, "failed"
        else:
            os.ftruncate(self.errfile.fileno(), 0)  # stderr holds this document's output only
            os.lseek(self.errfile.fileno(), 0, os.SEEK_SET)
        try:
            if _POLL:
                return self._exchange(header, data, timeout, fmt, shown)
            return self._exchange_threads(header, data, timeout, fmt, shown)
        except BaseException:
            self.kill()
            raise

    def _over_limit(self, left: float, shown: float) -> tuple[dict, str] | None:
        """The worker killed and why, when its time is up (``left`` <= 0) or, where rlimits cannot
        cap it, its memory is over the limit; else None."""
        if left <= 0:
            self.kill()
            return {"error": f"timed out after {shown:g} s"}, "timeout"
        if WATCHED and self.rss_mb() > self.memory_mb:
            self.kill()
            return {"error": MEMORY_ERROR}, "spent"
        return None

    def _exchange(self, header: bytes, data: bytes, timeout: float, fmt: str, shown: float):
        deadline = time.monotonic() + max(timeout, 0.001)
        proc = self.proc
        wfd, rfd = proc.stdin.fileno(), proc.stdout.fileno()
        pending = [
            memoryview(FRAME_LENGTH.pack(len(header)) + header + FRAME_LENGTH.pack(len(data))),
            memoryview(data),
        ]
        poller = select.poll()
        poller.register(wfd, select.POLLOUT)
        poller.register(rfd, select.POLLIN)
        writing, delivered, answer, size = True, True, bytearray(), None
        wait = WATCH_INTERVAL if WATCHED else 86_400.0
        while True:
            left = deadline - time.monotonic()
            if over := self._over_limit(left, shown):
                return over
            for fd, _ in poller.poll(math.ceil(min(left, wait) * 1000)):
                if fd == wfd and writing:
                    try:
                        while pending and not pending[0]:
                            pending.pop(0)
                        if pending:
                            sent = os.write(wfd, pending[0][:_CHUNK])
                            pending[0] = pending[0][sent:]
                        while pending and not pending[0]:
                            pending.pop(0)
                    except BlockingIOError:
                        continue
                    except OSError:  # the worker is gone or stopped reading: see its answer
                        pending, delivered = [], False
                    if not pending:
                        writing = False
                        poller.unregister(wfd)
                elif fd == rfd:
                    try:
                        chunk = os.read(rfd, _CHUNK)
                    except BlockingIOError:
                        continue
                    if not chunk:
                        return self._failed(fmt), "failed"
                    answer += chunk
                    if size is None and len(answer) >= FRAME_LENGTH.size:
                        (size,) = FRAME_LENGTH.unpack_from(answer)
                        if size > MAX_FRAME:
                            return self._failed(fmt, garbled=True), "failed"
                    if size is not None and len(answer) >= FRAME_LENGTH.size + size:
                        return self._answer(answer, size, fmt, delivered=delivered and not writing)

    def _exchange_threads(self, header: bytes, data: bytes, timeout: float, fmt: str, shown: float):
        """:meth:`_exchange` without ``select.poll`` (Windows): one thread writes the request,
        one reads the answer, this one waits for them, the deadline and the memory limit."""
        deadline = time.monotonic() + max(timeout, 0.001)
        proc = self.proc
        delivered = threading.Event()
        result: dict = {}

        def write() -> None:
            try:
                fd = proc.stdin.fileno()
                write_all(fd, FRAME_LENGTH.pack(len(header)) + header + FRAME_LENGTH.pack(len(data)))
                write_all(fd, data)
                delivered.set()
            except (OSError, ValueError):
                pass  # the worker is gone or stopped reading: see its answer

        def read() -> None:
            try:
                head = _read_exactly(proc.stdout, FRAME_LENGTH.size)
                (size,) = FRAME_LENGTH.unpack(head) if len(head) == FRAME_LENGTH.size else (None,)
                if size is None:
                    result["failed"] = False
                elif size > MAX_FRAME:
                    result["failed"] = True
                else:
                    body = _read_exactly(proc.stdout, size)
                    result["answer"] = (bytearray(head + body), size)
            except (OSError, ValueError):
                result["failed"] = False

        threads = [threading.Thread(target=f, daemon=True, name=f"oit-doc-{f.__name__}")
                   for f in (write, read)]
        for t in threads:
            t.start()
        reader = threads[1]
        while reader.is_alive():
            left = deadline - time.monotonic()
            if over := self._over_limit(left, shown):
                return over
            reader.join(min(left, WATCH_INTERVAL))
        if "answer" in result:
            threads[0].join(1.0)
            answer, size = result["answer"]
            return self._answer(answer, size, fmt, delivered=delivered.is_set())
        return self._failed(fmt, garbled=result.get("failed", False)), "failed"

    def _answer(self, answer: bytearray, size: int, fmt: str, *, delivered: bool):
        if len(answer) != FRAME_LENGTH.size + size:
            return self._failed(fmt, garbled=True), "failed"
        try:
            fields = json.loads(bytes(answer[FRAME_LENGTH.size:]))
        except ValueError:
            fields = None
        if not isinstance(fields, dict):
            return self._failed(fmt, garbled=True), "failed"
        self.docs += 1
        # After a memory-limit answer the worker exits by itself (its heap may be unusable).
        if delivered and fields.get("error") != MEMORY_ERROR:
            return fields, "ok"
        return fields, "spent"

    def _failed(self, fmt: str, *, garbled: bool = False) -> dict:
        """Classify a worker that died, stopped answering or answered nonsense; end it."""
        proc = self.proc
        exited = not garbled and _await_exit(proc, _EXIT_GRACE)
        self.kill()
        stderr = self._stderr_tail()
        returncode = proc.returncode if exited else None
        if returncode is not None and returncode < 0:
            sig = -returncode
            if sig in _MEMORY_SIGNALS or "memory" in stderr.lower() or "alloc" in stderr.lower():
                return {"error": MEMORY_ERROR}
            return {"error": f"corrupt or unreadable {fmt}: reader crashed ({_signame(sig)})"}
        if "MemoryError" in stderr:
            return {"error": MEMORY_ERROR}
        if stderr.strip():
            last = stderr.strip().splitlines()[-1][:160]
        elif garbled:
            last = "garbled answer"
        else:
            last = f"exit {returncode}"
        return {"error": f"document reader failed: {last}"}

    def _stderr_tail(self, limit: int = 2000) -> str:
        if self.errfile is None:
            return ""
        fd = self.errfile.fileno()
        end = os.fstat(fd).st_size
        return pread(fd, limit, max(end - limit, 0)).decode("utf-8", "replace")

    def rss_mb(self) -> float:
        """The worker's resident memory in MB (0 when it cannot be read)."""
        if self.proc is None:
            return 0.0
        if _PAGE_SIZE:
            try:
                with open(f"/proc/{self.proc.pid}/statm", encoding="ascii") as f:
                    return int(f.read().split()[1]) * _PAGE_SIZE / 2**20
            except (OSError, ValueError, IndexError):
                pass
        try:
            import psutil

            return psutil.Process(self.proc.pid).memory_info().rss / 2**20
        except Exception:  # noqa: BLE001 - gone, or not allowed to look
            return 0.0

    def begin_close(self) -> None:
        """Close stdin: an idle worker then exits by itself."""
        if self.proc is not None and self.proc.stdin is not None:
            with contextlib.suppress(OSError):
                self.proc.stdin.close()

    def close(self, grace: float = 0.0) -> None:
        """End the worker: EOF on stdin, up to ``grace`` seconds to exit, then kill its group."""
        if self.proc is not None and self.proc.returncode is None:
            self.begin_close()
            if grace > 0:
                _await_exit(self.proc, grace)
        self.kill()
        if self.proc is not None:
            for pipe in (self.proc.stdin, self.proc.stdout):
                with contextlib.suppress(OSError):
                    pipe.close()
        if self.errfile is not None:
            self.errfile.close()
            self.errfile = None

    def kill(self) -> None:
        """Kill the worker's whole process group and reap the worker."""
        proc = self.proc
        if proc is None or proc.returncode is not None:
            return  # already reaped: its group id may belong to someone else now
        if hasattr(os, "killpg"):
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # the worker leads its own session/group
            except (ProcessLookupError, PermissionError):
                with contextlib.suppress(ProcessLookupError):
                    proc.kill()
        else:  # Windows: no process groups to kill; its children (tesseract), then the worker
            _kill_tree(proc)
        proc.wait()


def _kill_tree(proc: subprocess.Popen) -> None:
    try:
        import psutil

        children = psutil.Process(proc.pid).children(recursive=True)
    except Exception:  # noqa: BLE001 - psutil missing or the worker already gone
        children = []
    for child in children:
        with contextlib.suppress(Exception):
            child.kill()
    with contextlib.suppress(OSError):
        proc.kill()


def _read_exactly(stream, size: int) -> bytes:
    """``size`` bytes from a blocking pipe, fewer only at its end."""
    chunks, left = [], size
    while left > 0:
        chunk = stream.read(min(left, _CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _page_size() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") if os.path.exists("/proc/self/statm") else 0
    except (AttributeError, ValueError, OSError):
        return 0


_PAGE_SIZE = _page_size()


def _await_exit(proc: subprocess.Popen, timeout: float) -> bool:
    """Wait up to ``timeout`` s for the process to exit, without reaping it when possible.

    Unreaped, the worker's pid (= its process group id) cannot be reused, so killing the group
    afterwards (leftover OCR children) is safe and the exit status stays the worker's own.
    """
    if proc.returncode is not None:
        return True
    try:
        fd = os.pidfd_open(proc.pid)
    except (AttributeError, OSError):
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            return False
        return True
    try:
        return bool(select.select([fd], [], [], timeout)[0])
    finally:
        os.close(fd)


def _signame(sig: int) -> str:
    try:
        return signal.Signals(sig).name
    except ValueError:
        return f"signal {sig}"


class WorkerPool:
    """At most ``size`` workers; thread-safe. Workers start on first use."""

    def __init__(self, size: int | None = None) -> None:
        self._size = size
        self._reset()

    def _reset(self) -> None:
        self._cond = threading.Condition()
        self._idle: list[_Worker] = []
        self._busy = 0
        self._generation = 0

    @property
    def size(self) -> int:
        return self._size or default_pool_size()

    def set_size(self, size: int | None) -> None:
        with self._cond:
            self._size = max(1, int(size)) if size else None
            self._cond.notify_all()

    def extract(self, options: dict, data: bytes, timeout: float, fmt: str) -> dict:
        """Send one document to a worker; the worker's answer fields or ``{"error": ...}``.

        A worker that already read other documents has less of its memory limit left, or may
        have died while idle (the OOM killer): a crash or memory-limit answer there is retried
        once on a fresh worker, within what is left of ``timeout``.
        """
        deadline = time.monotonic() + max(timeout, 0.001)
        fields, retry = self._extract_once(options, data, timeout, timeout, fmt)
        left = deadline - time.monotonic()
        if retry and left > 0:
            fields, _ = self._extract_once(options, data, left, timeout, fmt, fresh=True)
        return fields

    def _extract_once(
        self, options: dict, data: bytes, timeout: float, shown: float, fmt: str,
        *, fresh: bool = False,
    ) -> tuple[dict, bool]:
        memory_mb = int(options.get("memory_mb", 1024))
        # The worker's soft deadline for optional work (OCR) follows the time really left.
        request = {k: v for k, v in options.items() if k != "memory_mb"}
        header = json.dumps({**request, "timeout": timeout}).encode()
        worker = self._checkout(memory_mb, fresh=fresh)
        reused = worker.docs > 0
        keep = False
        try:
            fields, status = worker.ask(header, data, timeout, fmt, shown)
            keep = status == "ok" and (
                worker.docs < RECYCLE_AFTER_DOCS and worker.rss_mb() <= RECYCLE_RSS_MB
            )
            return fields, reused and status in ("spent", "failed")
        finally:
            self._checkin(worker, keep)

    def pids(self) -> list[int]:
        """Process ids of the idle workers (for tests and diagnostics)."""
        with self._cond:
            return [w.pid for w in self._idle if w.pid]

    def _checkout(self, memory_mb: int, *, fresh: bool = False) -> _Worker:
        evict = []
        with self._cond:
            while self._busy >= self.size:
                self._cond.wait()
            self._busy += 1
            worker = None
            for candidate in reversed(self._idle):  # the most recently used first
                if candidate.memory_mb == memory_mb and not fresh:
                    worker = candidate
                    break
            if worker is not None:
                self._idle.remove(worker)
            else:
                while self._idle and self._busy + len(self._idle) > self.size:
                    evict.append(self._idle.pop(0))  # a worker with another memory limit
                worker = _Worker(memory_mb, self._generation)
        for old in evict:
            old.close()
        if worker.proc is not None and not worker.alive():
            worker.close()  # died while idle (killed from outside): not this document's fault
            worker = _Worker(memory_mb, worker.generation)
        return worker

    def _checkin(self, worker: _Worker, reusable: bool) -> None:
        with self._cond:
            self._busy -= 1
            keep = reusable and worker.generation == self._generation
            if keep:
                self._idle.append(worker)
            self._cond.notify()
        if not keep:
            worker.close()

    def close(self, grace: float = 1.0) -> None:
        """End the idle workers now; those reading a document end when they are checked in."""
        with self._cond:
            workers, self._idle = self._idle, []
            self._generation += 1
        for worker in workers:
            worker.begin_close()  # all exit in parallel
        deadline = time.monotonic() + grace
        for worker in workers:
            worker.close(grace=max(deadline - time.monotonic(), 0.0))

    def _forget(self) -> None:
        """In a forked child: the workers belong to the parent, not to us."""
        self._reset()


_POOL = WorkerPool()
atexit.register(_POOL.close)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_POOL._forget)


def get_pool() -> WorkerPool:
    return _POOL


def set_pool_size(size: int | None) -> None:
    """At most ``size`` workers from now on (None: ``OIT_EXTRACT_WORKERS`` or the CPU count)."""
    _POOL.set_size(size)


def close_pool() -> None:
    """End every idle worker process (the pool starts new ones if used again)."""
    _POOL.close()
