"""Shared fixtures: run the `oit` command as a user would, serve test sites on 127.0.0.1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SITES = Path(__file__).parent / "sites"


def run_oit(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run `python -m crawler ARGS` in a fresh process (Twisted's reactor runs once per process)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "ignore"}
    return subprocess.run(
        [sys.executable, "-m", "crawler", *args],
        capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env,
    )


def load_report(folder: Path) -> dict:
    return json.loads((folder / "report.json").read_text(encoding="utf-8"))


@pytest.fixture
def oit():
    return run_oit
