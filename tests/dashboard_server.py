"""Run `oit serve` as a user would (a real process on 127.0.0.1, port 0) for the dashboard tests."""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import ROOT


@contextlib.contextmanager
def oit_serve(db: Path, *args: str, env: dict | None = None) -> Iterator[str]:
    """Start ``oit serve --db DB --port 0 ARGS``; yield its URL; stop it."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "oit", "serve", "--db", str(db), "--port", "0", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )
    first: list[str] = []
    reader = threading.Thread(target=lambda: first.append(proc.stdout.readline()), daemon=True)
    reader.start()
    reader.join(60)
    try:
        match = re.search(r"http://\S+/", first[0] if first else "")
        if match is None:
            proc.kill()
            raise AssertionError(f"oit serve did not start: {first} {proc.stderr.read()[-2000:]}")
        yield match.group(0)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
