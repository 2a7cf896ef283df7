"""The document-reading worker: ``python -m crawler.documents.worker [--serve --memory-mb N]``.

Server mode (``--serve``, what :mod:`crawler.documents.pool` runs): the worker lowers its own
address-space limit (``RLIMIT_AS``) once, before importing any parser, then reads documents
one after another until stdin ends. Each request is two frames (:func:`write_frame`: an 8-byte
big-endian length, then the bytes): a JSON object of options, then the raw document; each answer
is one frame holding a JSON object with the fields of :class:`~crawler.documents.common.Parsed`.
After an answer saying ``too large to read (memory limit)`` the worker exits (its heap may be
unusable); the crawler starts a fresh one. A hostile file fails with ``MemoryError`` here instead
of taking the crawler down; the crawler kills the whole process group at the wall-clock timeout
(OCR's tesseract children included). Readers are imported on first use.

One-shot mode (no arguments, for debugging): stdin is one JSON line of options followed by the
raw document bytes; stdout is one JSON object, then the worker exits.

:func:`read_document` is the same parsing in-process (for benchmarks and debugging).
"""

from __future__ import annotations

import errno
import json
import math
import os
import struct
import sys

from .common import Budget, DocError, Parsed, Unreadable, short

MEMORY_ERROR = "too large to read (memory limit)"
FRAME_LENGTH = struct.Struct(">Q")  # the frame header: the length of what follows
MAX_FRAME = 1 << 34  # 16 GiB: a longer declared frame means the stream is garbled


def read_document(
    data: bytes,
    fmt: str,
    *,
    max_chars: int = 200_000,
    ocr_pages: int = 3,
    timeout: float = 60.0,
    zip_limit_mb: float = 200,
    zip_max_ratio: float = 200,
) -> Parsed:
    """Parse ``data`` as ``fmt`` in this process. Never raises for bad input.

    The text is ``thai.clean``-ed but not yet capped at ``max_chars`` (the caller caps).
    """
    budget = Budget(timeout)
    try:
        if fmt == "pdf":
            from .pdf import read_pdf

            return read_pdf(data, max_chars=max_chars, ocr_pages=ocr_pages, budget=budget)
        if fmt in ("docx", "xlsx"):
            from .office import check_zip, read_docx, read_xlsx

            check_zip(data, limit_mb=zip_limit_mb, max_ratio=zip_max_ratio)
            if fmt == "docx":
                return read_docx(data, max_chars=max_chars)
            return read_xlsx(data, max_chars=max_chars)
        if fmt == "doc":
            from .office import read_doc

            return read_doc(data, budget=budget)
        if fmt == "xls":
            from .office import read_xls

            return read_xls(data, max_chars=max_chars)
        return Parsed(error=f"unsupported format: {fmt}")
    except MemoryError:
        return Parsed(error=MEMORY_ERROR)
    except DocError as exc:
        return Parsed(error=str(exc))
    except Unreadable as exc:
        return Parsed(error=f"corrupt or unreadable {fmt}: {exc}")
    except (ImportError, OSError) as exc:
        if _out_of_memory(exc):
            return Parsed(error=MEMORY_ERROR)
        if isinstance(exc, ImportError):  # the environment's fault, not the file's
            return Parsed(error=f"cannot read {fmt}: reader not installed ({short(exc)})")
        return Parsed(error=f"corrupt or unreadable {fmt}: {short(exc)}")
    except RecursionError:
        return Parsed(error=f"corrupt or unreadable {fmt}: nested too deeply")
    except Exception as exc:  # any parser failure is a property of the file
        return Parsed(error=f"corrupt or unreadable {fmt}: {short(exc)}")


def _out_of_memory(exc: BaseException) -> bool:
    """Loading a shared library under RLIMIT_AS fails with ENOMEM, not MemoryError."""
    if isinstance(exc, OSError) and exc.errno == errno.ENOMEM:
        return True
    text = str(exc).lower()
    return "cannot allocate memory" in text or "failed to map segment" in text


def _limit_memory(memory_mb: int) -> bool:
    """Cap this process's address space at ``memory_mb`` (``RLIMIT_AS``) and forbid core dumps.
    False where the system has no such limit (Windows): the pool then watches the worker's
    resident memory from outside and kills it over the limit (see crawler.documents.pool)."""
    try:
        import resource
    except ImportError:
        return False
    limit = int(memory_mb) * 1024 * 1024
    if limit > 0:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    return True


def write_frame(out, payload: bytes) -> None:
    """One frame: the payload's length as 8 bytes big-endian, then the payload."""
    out.write(FRAME_LENGTH.pack(len(payload)))
    out.write(payload)


def read_frame(stream) -> bytes | None:
    """The next frame's payload; None at a clean end of the stream (EOF before a frame)."""
    head = stream.read(FRAME_LENGTH.size)
    if not head:
        return None
    if len(head) < FRAME_LENGTH.size:
        raise EOFError("stream ended inside a frame header")
    (size,) = FRAME_LENGTH.unpack(head)
    if size > MAX_FRAME:
        raise ValueError(f"frame of {size} bytes")
    payload = stream.read(size)
    if len(payload) < size:
        raise EOFError("stream ended inside a frame")
    return payload


def _cpu_guard(timeout: float) -> None:
    """Cap this document's CPU seconds well above its wall-clock timeout.

    The crawler enforces the timeout; this only matters when the crawler itself died while a
    document loops forever: the orphaned worker then gets SIGXCPU instead of spinning on.
    Where there is no CPU limit (Windows) the crawler's kill at the timeout is all there is.
    """
    try:
        import resource
    except ImportError:
        return
    if not math.isfinite(timeout):
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = int(usage.ru_utime + usage.ru_stime + 2 * max(timeout, 0.0) + 10)
    hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def serve(memory_mb: int) -> int:
    """Answer framed requests on stdin until it ends (see the module docstring)."""
    # Requests come from a private copy of stdin and answers go to a private copy of stdout;
    # fd 0 becomes /dev/null (a child such as tesseract cannot eat a request) and fd 1 points
    # at stderr (whatever a C library prints cannot corrupt an answer).
    requests = os.fdopen(os.dup(0), "rb")
    answers = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    os.dup2(2, 1)
    _limit_memory(memory_mb)
    memory_answer = json.dumps(Parsed(error=MEMORY_ERROR).as_dict()).encode("utf-8")
    while True:
        out_of_memory = False
        try:
            header = read_frame(requests)
            if header is None:
                return 0  # the crawler closed the pipe (or died): done
            options = json.loads(header)
            data = read_frame(requests)
            if data is None:
                raise EOFError("stream ended before the document")
            fmt = options.pop("format")
            options.pop("memory_mb", None)  # fixed for this worker's life
            _cpu_guard(float(options.get("timeout", 60.0)))
            result = read_document(data, fmt, **options)
            del data
            out_of_memory = result.error == MEMORY_ERROR
            payload = json.dumps(result.as_dict(), ensure_ascii=False).encode("utf-8")
            del result
        except MemoryError:
            out_of_memory = True
            payload = memory_answer
        try:
            write_frame(answers, payload)
            answers.flush()
        except BrokenPipeError:
            return 0  # the crawler is gone
        if out_of_memory:
            return 0  # the heap may be unusable now: the crawler starts a fresh worker


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--serve"]:
        memory_mb = 1024
        if len(argv) >= 3 and argv[1] == "--memory-mb":
            memory_mb = int(argv[2])
        return serve(memory_mb)
    # Keep the real stdout for the answer; anything a C library prints goes to stderr.
    answer = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    try:
        stdin = sys.stdin.buffer
        options = json.loads(stdin.readline())
        _limit_memory(options.pop("memory_mb", 1024))
        data = stdin.read()
        fmt = options.pop("format")
        result = read_document(data, fmt, **options)
        del data
        payload = json.dumps(result.as_dict(), ensure_ascii=False)
    except MemoryError:
        payload = json.dumps(Parsed(error=MEMORY_ERROR).as_dict())
    answer.write(payload)
    answer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
