"""parse_html in a process of its own, so that the crawl's one thread only downloads, schedules
and records while another core parses (bench/RESULTS.md has the figures).

The worker is ``python -m crawler.parse_worker``. Pages go to it over its stdin and answers
come back over its stdout, as framed pickles (the frames of :mod:`crawler.documents.worker`),
one page at a time and in order. Both pipes are read and written by the crawl's own event loop:
no thread of ours competes with the crawl for the interpreter's lock (a ``ProcessPoolExecutor``
would add two). The worker returns links as plain tuples (cheap
to send); equal links become one shared ``Link`` object here. If the worker cannot be started
or dies, pages are parsed in this process instead: slower, never wrong.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import pickle
import signal
import subprocess
import sys
from collections import deque

from common.facts import LinkPool
from crawler.documents.worker import FRAME_LENGTH, read_frame, write_frame
from crawler.parse import parse_html

logger = logging.getLogger(__name__)


def parse_html_plain(html: str, base_url: str) -> dict:
    """:func:`parse_html` with links as (url, text, context, nav, scheme) tuples."""
    parsed = parse_html(html, base_url)
    parsed["links"] = [(lk.url, lk.text, lk.context, lk.nav, lk.scheme) for lk in parsed["links"]]
    return parsed


def serve() -> int:
    """The worker: (html, base_url) frames in, ("ok", parsed) or ("error", exception) out."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the crawl decides when we stop
    with contextlib.suppress(Exception):  # Linux: die with the crawl, even if it is killed
        import ctypes

        ctypes.CDLL("libc.so.6").prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    while (payload := read_frame(stdin)) is not None:
        html, base_url = pickle.loads(payload)  # noqa: S301 - from the crawl that started us
        try:
            answer = ("ok", parse_html_plain(html, base_url))
        except Exception as exc:  # noqa: BLE001 - the crawl records it for this page
            try:
                answer = ("error", pickle.loads(pickle.dumps(exc)))  # noqa: S301
            except Exception:  # noqa: BLE001 - an exception that does not pickle
                answer = ("error", RuntimeError(f"{type(exc).__name__}: {exc}"))
        write_frame(stdout, pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))
        stdout.flush()
    return 0


class WorkerGone(ConnectionError):
    """The parse worker ended (or never started)."""


class _Answers(asyncio.Protocol):
    """Reads the worker's stdout in the event loop and hands each answer to the page awaiting it."""

    def __init__(self, waiting: deque) -> None:
        self.waiting = waiting
        self.buffer = bytearray()

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        head = FRAME_LENGTH.size
        while len(self.buffer) >= head:
            (size,) = FRAME_LENGTH.unpack_from(self.buffer)
            if len(self.buffer) < head + size:
                break
            payload = bytes(self.buffer[head:head + size])
            del self.buffer[:head + size]
            future = self.waiting.popleft() if self.waiting else None
            if future is not None and not future.done():
                try:
                    future.set_result(pickle.loads(payload))  # noqa: S301 - our worker's answer
                except Exception as exc:  # noqa: BLE001 - a garbled answer: that page fails over
                    future.set_exception(WorkerGone(f"garbled answer ({exc})"))

    def connection_lost(self, exc: Exception | None) -> None:
        while self.waiting:
            future = self.waiting.popleft()
            if not future.done():
                future.set_exception(WorkerGone("the page parser process ended"))


class ParseWorker:
    """One worker process parsing pages for the crawl."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self.failed = False
        self.links = LinkPool()
        self.waiting: deque[asyncio.Future] = deque()
        self._writer: asyncio.WriteTransport | None = None
        self._connecting: asyncio.Future | None = None

    def start(self) -> None:
        """Start the process now (it takes ~0.3 s), so it is ready when the home page arrives."""
        if self.proc is not None or self.failed:
            return
        if os.name == "nt":  # Twisted's asyncio reactor needs the selector loop: no pipes there
            self.failed = True
            return
        from crawler.documents.pool import _CWD, _worker_env

        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "crawler.parse_worker"], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_worker_env(), cwd=_CWD,
                bufsize=0, start_new_session=True,
            )
        except OSError as exc:
            self._fail(exc)

    async def _connect(self) -> None:
        """Attach the worker's pipes to the event loop (once)."""
        if self._connecting is None:
            loop = asyncio.get_running_loop()
            self._connecting = loop.create_future()
            try:
                self.start()
                if self.proc is None:
                    raise WorkerGone("not started")
                await loop.connect_read_pipe(lambda: _Answers(self.waiting), self.proc.stdout)
                self._writer, _ = await loop.connect_write_pipe(asyncio.BaseProtocol, self.proc.stdin)
                self._connecting.set_result(None)
            except (OSError, WorkerGone, NotImplementedError) as exc:  # Windows' selector loop
                self._connecting.set_exception(WorkerGone(str(exc) or "pipes not supported"))
                self._connecting.exception()  # retrieved: no "never retrieved" warning
        await asyncio.shield(self._connecting)

    async def parse(self, html: str, base_url: str) -> dict:
        if not self.failed:
            try:
                await self._connect()
                if self._writer is None or self._writer.is_closing():
                    raise WorkerGone("the page parser process ended")
                future = asyncio.get_running_loop().create_future()
                self.waiting.append(future)
                payload = pickle.dumps((html, base_url), protocol=pickle.HIGHEST_PROTOCOL)
                self._writer.write(FRAME_LENGTH.pack(len(payload)) + payload)
                status, answer = await future
            except (WorkerGone, OSError) as exc:
                self._fail(exc)
            else:
                if status != "ok":
                    raise answer  # parse_html's own error on this page, as in this process
                answer["links"] = [self.links.from_fields(t) for t in answer["links"]]
                return answer
        return parse_html(html, base_url)

    def _fail(self, exc: BaseException) -> None:
        if not self.failed:
            logger.warning("page parser process failed (%s): parsing in the crawl's process", exc)
        self.failed = True
        self.close()

    def close(self) -> None:
        """End the worker: its stdin closes and it exits."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        proc, self.proc = self.proc, None
        if proc is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()
            try:
                proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


if __name__ == "__main__":
    sys.exit(serve())
