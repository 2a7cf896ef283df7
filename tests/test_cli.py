"""Bad input gets one clear line and the exit code of CONTRACT.md; never a traceback."""

import json

import pytest

from tests.conftest import refusing_port, run_oit


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["audit", "http://127.0.0.1:1/", "--year", "2501"], "unknown assessment year 2501"),
        (["audit", "ftp://example.go.th/"], "malformed URL"),
        (["audit", "http://"], "malformed URL"),
        (["audit", "http://exa mple.go.th/"], "malformed URL"),
        (["audit", "https://www.example.go.th/", "--max-pages", "0"], "must be at least 1"),
        (["audit", "https://www.example.go.th/", "--delay", "soon"], "expected a number"),
        (["checklist", "--year", "twenty"], "expected a Buddhist-era year"),
        (["frobnicate"], "invalid choice"),
        (["eval", "--pages", "/nonexistent/pages.jsonl"], "/nonexistent/pages.jsonl: cannot read"),
    ],
)
def test_bad_input_is_one_line_exit_2(args, needle):
    r = run_oit(*args)
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert needle in lines[0]
    assert "Traceback" not in r.stderr


def test_eval_names_the_bad_line(tmp_path):
    pages = tmp_path / "pages.jsonl"
    pages.write_text('{"url": "https://a.go.th/", "text": "ข่าว"}\n{"url": 1}\n', encoding="utf-8")
    r = run_oit("eval", "--pages", str(pages))
    assert r.returncode == 2
    assert "line 2" in r.stderr and "Traceback" not in r.stderr


def test_unreachable_site_exits_3(tmp_path):
    with refusing_port() as port:
        r = run_oit("audit", f"http://127.0.0.1:{port}/", "--out", str(tmp_path / "out"))
    assert r.returncode == 3, r.stderr
    assert "could not be reached" in r.stderr.strip().splitlines()[-1]
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "out" / "report.json").exists()


def test_schema_and_checklist_commands():
    r = run_oit("schema")
    assert r.returncode == 0
    schema = json.loads(r.stdout)
    assert {"site", "assessment_year", "items", "score", "crawl"} <= set(schema["properties"])
    r = run_oit("checklist", "--years")
    assert r.returncode == 0 and "2569" in r.stdout
    r = run_oit("checklist", "--year", "2565", "--format", "json")
    assert json.loads(r.stdout)["items"][0]["title"] == "โครงสร้าง"
