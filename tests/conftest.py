"""Shared fixtures: run the `oit` command as a user would, serve test sites on 127.0.0.1."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SITES = Path(__file__).parent / "sites"
_SESSION_DIR = Path(tempfile.mkdtemp(prefix="oit-tests-"))


def run_oit(*args: str, timeout: float = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `python -m oit ARGS` in a fresh process (Twisted's reactor runs once per process).

    The cache and history live in a per-test-session folder unless ``env`` says otherwise;
    messages are in English unless ``env`` sets ``OIT_LANG`` (Thai is the users' default).
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "ignore",
           "OIT_LANG": "en",  # tests read the English messages; Thai ones are tested with OIT_LANG=th
           "OIT_CACHE_DIR": str(_SESSION_DIR / "cache"), "OIT_DB": str(_SESSION_DIR / "history.sqlite"),
           **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "oit", *args],
        capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env,
    )


def load_report(folder: Path) -> dict:
    return json.loads((folder / "report.json").read_text(encoding="utf-8"))


@pytest.fixture
def oit():
    return run_oit


@contextmanager
def refusing_port():
    """``with refusing_port() as port:`` a port on 127.0.0.1 that refuses connections: bound
    (port 0) and held for the block, never listening."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        yield s.getsockname()[1]


def loopback_smtp(handler, **smtp_kwargs):
    """A real SMTP server (aiosmtpd) on 127.0.0.1 at the port the system gives (port 0): read
    ``.port`` after ``.start()``."""
    from aiosmtpd.controller import Controller

    class _Loopback(Controller):
        def _trigger_server(self):  # first point where the bound socket is known
            self.port = self.server.sockets[0].getsockname()[1]
            super()._trigger_server()

    return _Loopback(handler, hostname="127.0.0.1", port=0, **smtp_kwargs)


class HtmlHandler:
    """Mixin for a test server's request handler: answer a Thai HTML page, log nothing."""

    def send_html(self, html: str) -> None:
        data = html.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@contextmanager
def serve_handler(handler):
    """An HTTP server of ``handler`` (a BaseHTTPRequestHandler class) on 127.0.0.1, on the port
    the system gave it (bound to 0, read back); yields its root URL."""
    from http.server import ThreadingHTTPServer

    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
