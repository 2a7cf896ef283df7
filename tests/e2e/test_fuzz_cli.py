"""Fuzzing the command line (hypothesis over arguments and file contents, issue 19): whatever a
user types or points at, `oit` answers with an exit code of docs/contract.md and, for bad
input, one line on stderr; never a traceback. ~200 examples, in process (a few seconds).

The crawl itself is not started (Twisted's reactor runs once per process): reaching it counts as
accepted input, and the crawl's own hostile cases are in tests/test_hostile_site.py."""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import oit.main

FUZZ = settings(max_examples=200, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
EXIT_CODES = {0, 1, 2, 3, 4, 130}


class _WouldCrawl(Exception):
    """The input was accepted up to the crawl."""


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    import app.audit
    import app.site_eval

    def would_crawl(*a, **k):
        raise _WouldCrawl

    monkeypatch.setattr(app.audit, "run_audit", would_crawl)
    monkeypatch.setattr(app.site_eval, "run_site_eval", would_crawl)
    monkeypatch.setenv("OIT_DB", str(tmp_path / "history.sqlite"))
    monkeypatch.setenv("OIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a-file").write_text("x")
    (tmp_path / "folder").mkdir()
    return tmp_path


NUMBERS = st.one_of(
    st.sampled_from(["0", "1", "-1", "2569", "inf", "-inf", "nan", "1e308", "1e-308", "9" * 25, "9" * 5000,
                     "0x10", "1_000", " 5", "５", "๕", "", "2.5", "100", "101", "-0"]),
    st.integers().map(str), st.floats().map(str), st.text(max_size=8),
)
PATHS = st.sampled_from(["in.yaml", "in.jsonl", "/dev/zero", "/dev/null", "folder", "a-file", "a-file/sub",
                         "/proc/self/x", "missing/deep/x", "", ".", "out", "/nonexistent"])
URLS = st.one_of(
    st.sampled_from(["http://[::1/", "http://a.go.th]/", "ftp://a.go.th/", "http://", "a.go.th", "http://a b/",
                     "http://a.go.th:99999/", "http://a.go.th:-1/", "http://[::1]:8080/", "javascript:alert(1)",
                     "http://" + "a" * 3000 + ".go.th/", "http://ไทย.go.th/", "\x00"]),
    st.text(max_size=30),
)
OPTIONS = {
    "audit": ["--year", "--out", "--max-pages", "--max-minutes", "--concurrency", "--delay", "--fail-under",
              "--quiet", "--profile", "--db", "--restart", "--mail"],
    "demo": ["--year", "--out", "--max-pages", "--max-minutes", "--concurrency", "--delay", "--profile", "--db"],
    "checklist": ["--year", "--years", "--format"],
    "history": ["--site", "--format", "--db"],
    "diff": ["--site", "--format", "--db"],
    "evidence": ["--run", "--site", "--db"],
    "schedule": ["--weekday", "--hour", "--profile", "--year", "--fail-under", "--db", "--systemd"],
    "profile": ["init", "--out", "--force"],
    "eval": ["--pages", "--format"],
}
FILES = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300),
    st.sampled_from([
        "name: x\nunits: " + "9" * 5000, "a: " + "[" * 5000, "name: [", "{}", "- 1\n- 2", "name: !!python/object:os.system x",
        '{"url": "https://a.go.th/", "text": "ข่าว", "labels": 5}', '{"url": 1}', "[" * 100_000,
        '{"url": "u", "text": "t", "labels": NaN}', '{"url": "u", "text": "t", "title": 7}',
        "name: เทศบาล\nunits: []\nmeasures: []\n", "&a [*a]",
    ]),
)


@st.composite
def command_lines(draw) -> tuple[list[str], bytes | str]:
    command = draw(st.sampled_from(sorted(OPTIONS)))
    argv = [command]
    if command in ("audit", "schedule"):
        argv.append(draw(URLS))
    if command == "evidence":
        argv.append(draw(st.sampled_from(["O1", "o12", "", "X" * 100])))
    if command == "diff":
        argv += draw(st.lists(NUMBERS, max_size=3))
    for option in draw(st.lists(st.sampled_from(OPTIONS[command]), max_size=5)):
        argv.append(option)
        if option in ("--out", "--profile", "--db", "--pages"):
            argv.append(draw(PATHS))
        elif option in ("--site",):
            argv.append(draw(URLS))
        elif option == "--format":
            argv.append(draw(st.sampled_from(["json", "text", "table", "yaml", "xml"])))
        elif option not in ("--quiet", "--restart", "--mail", "--years", "--force", "--systemd", "init"):
            argv.append(draw(NUMBERS))
    return argv, draw(FILES)


@FUZZ
@given(case=command_lines())
def test_the_command_line_never_shows_a_traceback(sandbox, case):
    argv, content = case
    for name in ("in.yaml", "in.jsonl"):
        target = sandbox / name
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8", errors="surrogatepass")
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = oit.main.main([a.replace("\x00", "") for a in argv])
        except _WouldCrawl:
            event("accepted up to the crawl")
            return
        except SystemExit as exc:  # --help
            code = exc.code or 0
    event(f"{argv[0]} exit {code}")
    assert code in EXIT_CODES, (argv, code, err.getvalue())
    if code == 2:
        lines = err.getvalue().strip().splitlines()
        assert len(lines) == 1, (argv, err.getvalue())
    # nothing was replaced that is not a regular file
    assert Path("/dev/null").is_char_device() and os.path.isdir(sandbox / "folder")
