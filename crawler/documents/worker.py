"""The document-reading worker: ``python -m crawler.documents.worker``.

Protocol: stdin is one JSON line of options followed by the raw document bytes; stdout is one
JSON object with the fields of :class:`~crawler.documents.common.Parsed`. The worker lowers its
own address-space limit (``RLIMIT_AS``) before importing any parser, so a hostile file fails
with ``MemoryError`` here instead of taking the crawler down. The crawler kills the whole
process group at the wall-clock timeout (OCR's tesseract children included).

:func:`read_document` is the same parsing in-process (for benchmarks and debugging).
"""

from __future__ import annotations

import errno
import json
import os
import sys

from .common import Budget, DocError, Parsed, Unreadable, short

MEMORY_ERROR = "too large to read (memory limit)"


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


def _limit_memory(memory_mb: int) -> None:
    import resource

    limit = int(memory_mb) * 1024 * 1024
    if limit > 0:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def main() -> int:
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
