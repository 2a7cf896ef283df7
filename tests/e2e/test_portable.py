"""The audit runs where the POSIX-only parts of Python are missing (as on Windows).

A ``sitecustomize`` put first on PYTHONPATH makes ``fcntl``, ``resource``, ``termios``, ``pwd`` and
``grp`` unimportable and ctypes fail to load the C library (``libc.so.6``) for the project's own
code (Scrapy and Twisted keep their POSIX paths: on Windows they take their Windows ones), and
removes the functions Windows' ``os`` and ``select`` do not have (``os.pread``, ``os.killpg``,
``os.pidfd_open``, ``os.sysconf``, ``select.poll``), in the audit process and in every worker it
starts. A real audit of a loopback site with PDF documents, then a re-audit, must still work: a
change that needs those modules again fails here. A control run proves the blocking works.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from crawler.serve import SAMPLE_SITE, StaticSite
from tests.conftest import ROOT

BLOCKER = textwrap.dedent(
    '''
    """Stand in for Windows: the POSIX-only modules and functions are not there."""
    import builtins
    import ctypes
    import ctypes.util
    import os
    import select
    import sys

    BLOCKED = {"fcntl", "resource", "termios", "pwd", "grp"}
    PROJECT = os.environ["OIT_PROJECT_ROOT"] + os.sep


    def _ours(filename: str | None) -> bool:
        return bool(filename) and filename.startswith(PROJECT) and "site-packages" not in filename


    _import = builtins.__import__


    def _guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
        if level == 0 and name.partition(".")[0] in BLOCKED and _ours((globals or {}).get("__file__")):
            raise ModuleNotFoundError(f"No module named {name!r} (blocked: not on Windows)", name=name)
        return _import(name, globals, locals, fromlist, level)


    builtins.__import__ = _guarded_import

    _CDLL = ctypes.CDLL


    class _NoLibc(_CDLL):
        def __init__(self, name, *args, **kwargs):
            if (name is None or "libc" in os.fspath(name)) and _ours(sys._getframe(1).f_code.co_filename):
                raise OSError(f"{name}: cannot open shared object file (blocked: not on Windows)")
            super().__init__(name, *args, **kwargs)


    ctypes.CDLL = _NoLibc
    ctypes.cdll = ctypes.LibraryLoader(_NoLibc)
    _find = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None if name == "c" else _find(name)
    for _attr in ("pread", "killpg", "pidfd_open", "sysconf"):
        if hasattr(os, _attr):
            delattr(os, _attr)
    if hasattr(select, "poll"):
        del select.poll
    os.environ["OIT_BLOCKED_POSIX"] = "1"
    '''
)


@pytest.fixture
def windows_like(tmp_path):
    """The environment of a process (and its children) without the POSIX-only modules."""
    blocker = tmp_path / "blocker"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(BLOCKER, encoding="utf-8")
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(blocker), str(ROOT)]),
        "PYTHONWARNINGS": "ignore",
        "OIT_PROJECT_ROOT": str(ROOT),
        "OIT_CACHE_DIR": str(tmp_path / "cache"),
        "OIT_DB": str(tmp_path / "history.sqlite"),
        "OIT_EXTRACT_WORKERS": "1",
    }


def _python(env: dict, code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)


def test_the_blocking_works(windows_like, tmp_path):
    probe = tmp_path / "probe"
    (probe / "crawler_probe").mkdir(parents=True)
    checks = {"fcntl": "import fcntl", "resource": "import resource",
              "libc": "import ctypes; ctypes.CDLL('libc.so.6')", "pread": "import os; os.pread",
              "poll": "import select; select.poll"}
    env = {**windows_like, "OIT_PROJECT_ROOT": str(probe)}
    for what, code in checks.items():  # code of the project (here: a module under the root)
        (probe / "crawler_probe" / f"{what}.py").write_text(code + "\n", encoding="utf-8")
        r = _python({**env, "PYTHONPATH": env["PYTHONPATH"] + os.pathsep + str(probe)},
                    f"import crawler_probe.{what}")
        assert r.returncode != 0, what
        assert "blocked" in r.stderr or "AttributeError" in r.stderr, r.stderr
    probe = ("import crawler.documents.pool as p, crawler.documents.worker as w; "
             "print(p.WATCHED, p._POLL, w._limit_memory(512))")
    r = _python(windows_like, probe)
    assert r.stdout.split() == ["True", "False", "False"], r.stderr


def test_audit_without_posix_modules(windows_like, tmp_path):
    root = tmp_path / "site"
    shutil.copytree(SAMPLE_SITE, root)

    def audit(out):
        return subprocess.run(
            [sys.executable, "-m", "oit", "audit", url, "--out", str(out), "--delay", "0",
             "--concurrency", "4"],
            capture_output=True, text=True, env=windows_like, cwd=ROOT, timeout=300,
        )

    with StaticSite(root) as url:
        first = audit(tmp_path / "r1")
        assert first.returncode == 0, first.stderr[-3000:]
        report = json.loads((tmp_path / "r1" / "report.json").read_text(encoding="utf-8"))
        # documents were read by a worker watched from outside (no rlimit), text came back
        assert report["crawl"]["documents"] >= 10
        assert any(e["kind"] == "document" for i in report["items"] for e in i["evidence"])
        for name in ("report.html", "report.xlsx", "report.pdf"):
            assert (tmp_path / "r1" / name).stat().st_size > 1000
        # a week later: one evidence file gone; the re-audit reads the HTTP cache (pread) and
        # takes the site lock again
        (root / "files" / "plan" / "dev-plan-2566-2570.pdf").unlink()
        second = audit(tmp_path / "r2")
        assert second.returncode == 0, second.stderr[-3000:]
        assert "เทียบกับครั้งก่อน" in second.stdout  # the command speaks Thai by default
    html = (tmp_path / "r2" / "report.html").read_text(encoding="utf-8")
    assert 'id="trend"' in html  # the report's trend of the two runs


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("127.0.0.1:8080", "127.0.0.1_8080"),
        ("con.go.th", "_con.go.th"),
        ("NUL", "_NUL"),
        ("lpt1.txt", "_lpt1.txt"),
        ("a<b>c|d?e*f\"g", "a_b_c_d_e_f_g"),
        ("ends with dot. ", "ends with dot"),
        ("เทศบาล.go.th", "เทศบาล.go.th"),
    ],
)
def test_names_valid_on_ntfs(name, expected):
    from common.files import MAX_NAME, portable_name

    assert portable_name(name) == expected
    long = portable_name("ก" * 300)
    assert len(long) <= MAX_NAME and long != portable_name("ก" * 299)


def test_report_folder_name_is_valid_on_ntfs():
    from datetime import datetime

    from app.audit import default_out_dir

    folder = default_out_dir("http://con.go.th:8080/", datetime(2026, 12, 3, 9, 5))
    assert folder.parts[-2:] == ("_con.go.th_8080", "20261203-090500")
    assert not any(ch in part for part in folder.parts for ch in '<>:"|?*')
