"""report.pdf written by a process of its own: ``python -m reports.pdf_process``.

Started when the crawl ends, the process imports the PDF writer, its fonts and the Thai word
list (about 0.5 s) on the other core while the audit matches; then it reads report.json and
writes report.pdf while the audit writes the other reports. It is not started before the
crawl ends, so it does not add to the crawl's memory. Whatever goes wrong with the process,
the audit writes the PDF itself (:meth:`PdfProcess.wrote` says whether it must).

Protocol: one JSON line on stdin, ``{"report": path of report.json, "pdf": path to write}``;
one JSON line on stdout, ``{"ok": true}`` (exit 0) or ``{"error": exception class, "message":
...}`` (exit 1).
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from pathlib import Path


class PdfProcess:
    """The parent's side: start, hand over, wait for the answer."""

    def __init__(self) -> None:
        from crawler.documents.pool import _ROOT, _worker_env

        self.sent = False
        try:
            self.proc: subprocess.Popen | None = subprocess.Popen(
                [sys.executable, "-m", "reports.pdf_process"], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_worker_env(), cwd=_ROOT,
                start_new_session=True,
            )
        except OSError:
            self.proc = None

    def write(self, report_json: Path, pdf: Path) -> None:
        """Ask for ``pdf`` from the report in ``report_json`` (returns at once)."""
        if self.proc is None:
            return
        try:
            self.proc.stdin.write(json.dumps({"report": str(report_json), "pdf": str(pdf)}).encode() + b"\n")
            self.proc.stdin.close()
            self.sent = True
        except OSError:
            self.close()

    def wrote(self, timeout: float = 300.0) -> bool:
        """Whether the process wrote the PDF. Raises :class:`reports.pdf.FontNotFound` as
        writing it here would; False for anything else (then write it here)."""
        if self.proc is None or not self.sent:
            return False
        try:
            self.proc.wait(timeout=timeout)  # its answer is one short line: it never blocks on it
            out = self.proc.stdout.read()
        except subprocess.TimeoutExpired:
            self.close()
            return False
        finally:
            if self.proc is not None:
                self.proc.stdout.close()
        try:
            answer = json.loads(out.decode("utf-8").strip().splitlines()[-1])
        except (ValueError, IndexError, UnicodeDecodeError):
            return False
        if answer.get("ok"):
            return True
        if answer.get("error") == "FontNotFound":
            from reports.fonts import FontNotFound

            raise FontNotFound(answer.get("message", ""))
        return False

    def close(self) -> None:
        """End the process if it still runs (an audit that failed before its reports)."""
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(OSError):
                proc.kill()
            proc.wait()


def serve() -> int:
    """The child: load everything the PDF needs, then write the one PDF asked for."""
    answer: dict
    try:
        from reports import pdf
        from reports.fonts import FONT_FILES, FontNotFound, find_font

        with contextlib.suppress(FontNotFound):  # said when the PDF is asked for
            for name in FONT_FILES.values():
                pdf._font_chars(find_font(name))
        pdf._tokenizer()
        line = sys.stdin.readline()
        if not line:
            return 0  # the audit ended without reports
        ask = json.loads(line)
        from reports.models import AuditReport

        report = AuditReport.model_validate_json(Path(ask["report"]).read_text(encoding="utf-8"))
        pdf.write_pdf(report, Path(ask["pdf"]))
        answer = {"ok": True}
    except Exception as exc:  # noqa: BLE001 - the parent writes the PDF itself, or says why not
        answer = {"error": type(exc).__name__, "message": str(exc)}
    sys.stdout.write(json.dumps(answer) + "\n")
    sys.stdout.flush()
    return 0 if answer.get("ok") else 1


if __name__ == "__main__":
    sys.exit(serve())
