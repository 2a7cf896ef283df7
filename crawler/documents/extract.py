"""The public entry point: read a downloaded document in a separate, limited worker process.

One short-lived ``python -m crawler.documents.worker`` process per document: documents are
few, a hostile file cannot exhaust the crawler's memory (``RLIMIT_AS`` in the worker) or hang
it (wall-clock timeout, then the worker's whole process group is killed). The call blocks; from
Scrapy callbacks run it in a thread (``twisted.internet.threads.deferToThread``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from ..items import DocumentInfo
from .common import clean_text
from .formats import sniff_format
from .worker import MEMORY_ERROR

_ROOT = str(Path(__file__).resolve().parents[2])  # the folder holding the crawler package
# Signals a process dies of when an allocation fails under RLIMIT_AS (PDFium traps or aborts)
# or when the kernel's OOM killer steps in.
_MEMORY_SIGNALS = {signal.SIGKILL, signal.SIGABRT, signal.SIGTRAP, signal.SIGILL}


def extract_document(
    data: bytes,
    url: str,
    content_type: str = "",
    *,
    timeout: float = 60.0,
    memory_mb: int = 1024,
    max_chars: int = 200_000,
    ocr_pages: int = 3,
    zip_limit_mb: float = 200,
    zip_max_ratio: float = 200,
) -> tuple[str, DocumentInfo]:
    """Text and facts of one downloaded document. Never raises for bad input, never hangs.

    ``format`` comes from :func:`sniff_format`. The text is ``thai.clean``-ed and at most
    ``max_chars`` long. ``error`` is "" when the document was read, else e.g. ``encrypted``,
    ``truncated: ...``, ``corrupt or unreadable pdf: ...``, ``archive bomb: declared N MB
    uncompressed``, ``timed out after N s``, ``too large to read (memory limit)``. A scanned
    PDF without tesseract gives ``scanned=True``, no text, no error, and a ``reader`` ending in
    "scanned, not read". ``pages`` is the page count for PDFs (and what Word saved for docx),
    the sheet count for spreadsheets.
    """
    data = bytes(data or b"")
    fmt = sniff_format(data, url, content_type)
    info = DocumentInfo(format=fmt, size=len(data), sha256=hashlib.sha256(data).hexdigest())
    if not data:
        info.error = "empty file"
        return "", info
    if fmt == "other":
        info.error = "unsupported format" + (f" ({content_type})" if content_type else "")
        return "", info

    options = {
        "format": fmt,
        "memory_mb": int(memory_mb),
        "max_chars": int(max_chars),
        "ocr_pages": int(ocr_pages),
        "timeout": float(timeout),
        "zip_limit_mb": float(zip_limit_mb),
        "zip_max_ratio": float(zip_max_ratio),
    }
    fields = _run_worker(options, data, timeout, fmt)
    text = fields.pop("text", "") or ""
    for name in ("pages", "scanned", "ocr", "reader", "error"):
        if name in fields:
            setattr(info, name, fields[name])
    text = clean_text(text)[: max(int(max_chars), 0)]
    return text, info


def _run_worker(options: dict, data: bytes, timeout: float, fmt: str) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (_ROOT, env.get("PYTHONPATH", "")) if p)
    env["OMP_THREAD_LIMIT"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONSTARTUP", None)
    message = json.dumps(options).encode() + b"\n" + data
    with tempfile.TemporaryFile() as errfile:
        try:
            proc = subprocess.Popen(
                [sys.executable, "-m", "crawler.documents.worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=errfile,
                env=env,
                cwd=_ROOT,
                start_new_session=True,  # its own process group, so OCR children die with it
            )
        except OSError as exc:
            return {"error": f"cannot start the document reader: {exc}"}
        try:
            out, _ = proc.communicate(message, timeout=max(timeout, 0.001))
        except subprocess.TimeoutExpired:
            _kill(proc)
            proc.communicate()
            return {"error": f"timed out after {timeout:g} s"}
        except BaseException:
            _kill(proc)
            proc.communicate()
            raise
        finally:
            if proc.poll() is None:
                _kill(proc)
                proc.wait()
        errfile.seek(0, os.SEEK_END)
        errfile.seek(max(errfile.tell() - 2000, 0))
        stderr = errfile.read().decode("utf-8", "replace")

    if proc.returncode == 0 and out:
        try:
            fields = json.loads(out)
        except ValueError:
            fields = None
        if isinstance(fields, dict):
            return fields
    if proc.returncode < 0:
        sig = -proc.returncode
        if sig in _MEMORY_SIGNALS or "memory" in stderr.lower() or "alloc" in stderr.lower():
            return {"error": MEMORY_ERROR}
        return {"error": f"corrupt or unreadable {fmt}: reader crashed ({_signame(sig)})"}
    if "MemoryError" in stderr:
        return {"error": MEMORY_ERROR}
    last = stderr.strip().splitlines()[-1][:160] if stderr.strip() else f"exit {proc.returncode}"
    return {"error": f"document reader failed: {last}"}


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # the worker leads its own session/group
    except (ProcessLookupError, PermissionError):
        with contextlib.suppress(ProcessLookupError):
            proc.kill()


def _signame(sig: int) -> str:
    try:
        return signal.Signals(sig).name
    except ValueError:
        return f"signal {sig}"
