"""The history database: schema and migrations, runs, items, fetches, and no corruption."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from common.facts import DocumentInfo, Fact
from common.urls import site_id
from reports import history as history_mod
from reports.history import (
    History,
    HistoryError,
    UnknownRun,
    default_db_path,
    schema_version,
)
from tests.report_samples import ICT, SITE, sample_report

T0 = datetime(2026, 11, 25, 10, 0, tzinfo=ICT)


@pytest.fixture
def db(tmp_path):
    with History(tmp_path / "h.sqlite") as h:
        yield h


def test_default_path(monkeypatch, tmp_path):
    monkeypatch.delenv("OIT_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_db_path() == tmp_path / "data" / "oit-audit" / "history.sqlite"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_db_path() == tmp_path / "home" / ".local/share/oit-audit/history.sqlite"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")  # the XDG spec: only absolute paths
    assert default_db_path() == tmp_path / "home" / ".local/share/oit-audit/history.sqlite"
    monkeypatch.setenv("OIT_DB", str(tmp_path / "x.sqlite"))
    assert default_db_path() == tmp_path / "x.sqlite"
    with History() as h:  # no path: the default, folders created
        assert h.path == tmp_path / "x.sqlite"
    assert (tmp_path / "x.sqlite").is_file()


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.example.go.th/", "example.go.th"),
        ("http://example.go.th/ita/index.php?x=1", "example.go.th"),
        ("https://WWW.Example.GO.TH:443/", "example.go.th"),
        ("http://127.0.0.1:8000/", "127.0.0.1:8000"),
        ("https://example.go.th:8443/", "example.go.th:8443"),
        ("www.example.go.th", "example.go.th"),
        ("example.go.th:8080", "example.go.th:8080"),
        ("http://[::1]:8000/", "[::1]:8000"),
        ("https://www2.example.go.th/", "www2.example.go.th"),
    ],
)
def test_site_key(url, key):
    assert site_id(url) == key


def test_schema_wal_foreign_keys(db):
    assert db.user_version() == schema_version() >= 1
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"runs", "items", "fetches"} <= tables
    with pytest.raises(sqlite3.IntegrityError):  # an item of no run
        db.conn.execute(
            "INSERT INTO items (run_id, code, topic, status, confidence) VALUES (99, 'O1', 'x', 'found', 1)"
        )


def test_run_lifecycle(db, tmp_path):
    report = sample_report()
    rid = db.start_run(SITE, 2569, {"max_pages": 2000, "delay": None}, tmp_path / "out", T0)
    run = db.runs()[0]
    assert (run.id, run.site, run.status, run.finished_at, run.score) == (
        rid, "samplecity.go.th", "running", None, None,
    )
    assert db.settings(rid) == {"max_pages": 2000, "delay": None}
    assert db.unfinished("samplecity.go.th").id == rid
    assert db.latest_finished(SITE) is None
    with pytest.raises(UnknownRun, match="no report"):
        db.report(rid)

    db.finish_run(rid, report)
    run = db.run(rid)
    assert run.status == "finished"
    assert run.finished_at == report.finished_at
    assert run.started_at == T0
    assert run.score == pytest.approx(report.score.oit_estimate)
    assert run.assessment_year == 2569
    assert run.out_dir == str(tmp_path / "out")
    assert db.report(rid) == report
    assert db.unfinished(SITE) is None
    assert db.latest_finished("www.samplecity.go.th").id == rid

    items = db.items(rid)
    assert [i["code"] for i in items] == [i.code for i in report.items]
    o1 = items[0]
    assert o1["topic"] == "structure" and o1["status"] == "found"
    assert o1["url"] == report.items[0].evidence[0].url
    assert o1["evidence"][0]["anchor_text"] == "โครงสร้างส่วนราชการ"
    o12 = next(i for i in items if i["code"] == "O12")
    assert o12["url"] is None and "สถานะ 404" in o12["problems"][0]


def test_runs_newest_first_and_by_site(db):
    a = db.start_run("https://www.a.go.th/", 2569, {}, "a1", T0)
    b = db.start_run("https://b.go.th/", 2569, {}, "b1", T0)
    a2 = db.start_run("http://a.go.th/x", 2568, {}, "a2", T0)  # same site, www or not
    assert [r.id for r in db.runs()] == [a2, b, a]
    assert [r.id for r in db.runs("a.go.th")] == [a2, a]
    assert [r.id for r in db.runs("https://www.a.go.th/")] == [a2, a]
    assert db.runs("c.go.th") == []
    assert json.loads(db.runs()[0].model_dump_json())["site"] == "a.go.th"


def test_unfinished_and_mark(db):
    r1 = db.start_run(SITE, 2569, {}, "o", T0)
    db.mark(r1, "interrupted", at=T0 + timedelta(minutes=1))
    assert db.run(r1).finished_at == T0 + timedelta(minutes=1)
    assert db.unfinished(SITE).id == r1
    db.mark(r1, "running")  # resumed
    assert db.run(r1).finished_at is None
    db.finish_run(r1, sample_report())
    assert db.unfinished(SITE) is None
    r2 = db.start_run(SITE, 2569, {}, "o", T0)  # killed with SIGKILL: stays "running"
    assert db.unfinished(SITE).id == r2
    db.mark(r2, "failed")
    assert db.unfinished(SITE) is None
    assert db.latest_finished(SITE).id == r1
    assert db.latest_finished(SITE, before_run_id=r1) is None
    with pytest.raises(ValueError):
        db.mark(r2, "finished")
    with pytest.raises(ValueError):
        db.mark(r2, "done")  # type: ignore[arg-type]
    with pytest.raises(UnknownRun):
        db.mark(999, "failed")
    with pytest.raises(UnknownRun):
        db.report(999)


def _fact(url: str, **kw) -> Fact:
    return Fact(kind=kw.pop("kind", "page"), url=url, requested_url=url, **kw)


def test_fetches_and_last_fetches(db):
    r1 = db.start_run(SITE, 2569, {}, "o", T0)
    pdf = SITE + "docs/แผน.pdf"
    rows = [
        _fact(SITE, status=200, content_type="text/html"),
        _fact(
            pdf, kind="document", status=200, content_type="application/pdf",
            document=DocumentInfo(format="pdf", size=1234, sha256="ab" * 32),
            fetched_at=datetime(2026, 11, 25, 10, 1),
        ),
        {  # a flat row with validators, as the incremental crawler may give them
            "url": SITE + "news/", "status": 200, "sha256": "cd" * 32, "size": 99,
            "headers": {"ETag": '"abc"', "Last-Modified": "Tue, 24 Nov 2026 08:00:00 GMT"},
            "fetched_at": "2026-11-25T10:02:00+07:00",
        },
        {"url": SITE + "gone.html", "status": 404, "etag": 'W/"x"'},
    ]
    assert db.record_fetches(r1, iter(rows)) == 4
    db.record_fetches(r1, [{"url": SITE + "gone.html", "status": 410}])  # again: replaced
    assert db.last_fetches(SITE) == {}  # no finished run yet
    db.finish_run(r1, sample_report())
    last = db.last_fetches("samplecity.go.th")
    assert set(last) == {SITE, pdf, SITE + "news/", SITE + "gone.html"}
    assert last[pdf].sha256 == "ab" * 32 and last[pdf].size == 1234
    assert last[pdf].content_type == "application/pdf"
    assert last[pdf].fetched_at == datetime(2026, 11, 25, 10, 1)
    assert last[SITE + "news/"].etag == '"abc"'
    assert last[SITE + "news/"].last_modified == "Tue, 24 Nov 2026 08:00:00 GMT"
    assert last[SITE + "gone.html"].status == 410
    assert last[SITE + "gone.html"].etag is None  # the replacing row had none

    r2 = db.start_run(SITE, 2569, {}, "o", T0)  # a running run does not count
    db.record_fetches(r2, [{"url": SITE, "status": 304}])
    assert db.last_fetches(SITE)[SITE].status == 200
    with pytest.raises(UnknownRun):
        db.record_fetches(999, [{"url": SITE}])
    with pytest.raises(ValueError):
        db.record_fetches(r2, [{"status": 200}])


def test_exception_in_finish_run_leaves_run_unfinished(db, tmp_path):
    rid = db.start_run(SITE, 2569, {}, "o", T0)
    db.record_fetches(rid, [{"url": SITE, "status": 200}])
    good = sample_report()
    bad = sample_report(items=[*good.items, good.items[0]])  # duplicate code: fails mid-way
    with pytest.raises(sqlite3.IntegrityError):
        db.finish_run(rid, bad)
    run = db.run(rid)
    assert run.status == "running" and run.finished_at is None and run.score is None
    assert db.items(rid) == []
    assert db.unfinished(SITE).id == rid
    assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.finish_run(rid, good)  # the same connection still works
    # and another process/connection sees a consistent file
    with History(tmp_path / "h.sqlite") as other:
        assert other.report(rid) == good
        assert len(other.items(rid)) == len(good.items)
        assert other.fetches(rid)[SITE].status == 200


def test_interrupt_inside_transaction_rolls_back(db, monkeypatch):
    """A KeyboardInterrupt in the middle of a call (Ctrl-C) rolls the call back."""
    rid = db.start_run(SITE, 2569, {}, "o", T0)

    def boom(*a, **k):
        raise KeyboardInterrupt

    report = sample_report()
    monkeypatch.setattr(history_mod.json, "dumps", boom)  # fails after the runs UPDATE
    with pytest.raises(KeyboardInterrupt):
        db.finish_run(rid, report)
    monkeypatch.undo()
    assert db.run(rid).status == "running"
    assert not db.conn.in_transaction


def _make_v1(path):
    """A version-1 file made by hand, as an older oit-audit left it."""
    conn = sqlite3.connect(path)
    for statement in history_mod.MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute(
        "INSERT INTO runs (site, url, assessment_year, started_at, status, settings, out_dir)"
        " VALUES ('a.go.th', 'https://a.go.th/', 2568, '2025-01-06T06:17:00+07:00', 'running', '{}', 'o')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_migration_from_v1(tmp_path, monkeypatch):
    """A file of an older schema is migrated in place, its rows kept."""
    path = tmp_path / "old.sqlite"
    _make_v1(path)
    v2 = ("ALTER TABLE runs ADD COLUMN note TEXT NOT NULL DEFAULT ''",)
    monkeypatch.setattr(history_mod, "MIGRATIONS", [*history_mod.MIGRATIONS, v2])
    with History(path) as h:
        assert h.user_version() == 2
        assert h.runs("a.go.th")[0].assessment_year == 2568
        assert h.conn.execute("SELECT note FROM runs").fetchone()[0] == ""
        rid = h.start_run("https://a.go.th/", 2569, {}, "o2", T0)
        h.finish_run(rid, sample_report(site="https://a.go.th/"))
    with History(path) as h:  # opening again applies nothing twice
        assert h.user_version() == 2 and len(h.runs()) == 2


def test_failed_migration_is_rolled_back(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    _make_v1(path)
    broken = ("ALTER TABLE runs ADD COLUMN note TEXT", "THIS IS NOT SQL")
    monkeypatch.setattr(history_mod, "MIGRATIONS", [*history_mod.MIGRATIONS, broken])
    with pytest.raises(HistoryError):
        History(path)
    monkeypatch.undo()
    with History(path) as h:
        assert h.user_version() == 1
        cols = [r[1] for r in h.conn.execute("PRAGMA table_info(runs)")]
        assert "note" not in cols


def test_newer_schema_and_not_a_database(tmp_path):
    newer = tmp_path / "newer.sqlite"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    conn.close()
    with pytest.raises(HistoryError, match="newer oit-audit"):
        History(newer)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(HistoryError, match="junk.sqlite"):
        History(junk)


def test_sigkill_inside_finish_run(tmp_path):
    """A process killed (SIGKILL) in the middle of finish_run leaves a readable file and the
    run unfinished, ready to resume."""
    path = tmp_path / "h.sqlite"
    code = f"""
import os, signal
from reports import history
from tests.report_samples import sample_report
h = history.History({str(path)!r})
rid = h.start_run("https://www.samplecity.go.th/", 2569, {{}}, "o", sample_report().started_at)
h.record_fetches(rid, [{{"url": "https://www.samplecity.go.th/", "status": 200}}])
history.json.dumps = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
h.finish_run(rid, sample_report())
"""
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, timeout=60,
        env={**os.environ, "PYTHONPATH": str(root)}, capture_output=True, text=True,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    with History(path) as h:
        assert h.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        (run,) = h.runs()
        assert run.status == "running" and run.score is None
        assert h.items(run.id) == [] and len(h.fetches(run.id)) == 1
        assert h.unfinished(SITE).id == run.id
        h.finish_run(run.id, sample_report())
        assert h.report(run.id) == sample_report()
