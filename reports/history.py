"""The history database: every audit run of every site, in one SQLite file.

One file in a known per-user place (:func:`default_db_path`), or the one ``--db FILE`` names.
The schema is versioned with ``PRAGMA user_version``; :data:`MIGRATIONS` are applied in order,
each in its own transaction, when a file is opened. The journal is WAL and every call of
:class:`History` is one transaction, so a stop at any moment (SIGKILL included) leaves either the
state before the call or the state after it, never a corrupt file.

Tables:

- ``runs``: one row per audit (site key, URL, assessment year, start/finish time, status
  ``running|finished|failed|interrupted``, settings JSON, report folder, estimated score and
  the whole ``report.json`` text once finished);
- ``items``: per finished run, per checklist item: code, topic, status, confidence, the first
  evidence URL, evidence and problems as JSON;
- ``fetches``: per run, every fetched URL with status, content type, SHA-256, size, ETag,
  Last-Modified and fetch time (what an incremental re-crawl asks the server about).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from pydantic import BaseModel, ValidationError

from common.urls import site_id
from reports.models import AuditReport

RunStatus = Literal["running", "finished", "failed", "interrupted"]
RUN_STATUSES: tuple[str, ...] = ("running", "finished", "failed", "interrupted")


class HistoryError(RuntimeError):
    """The history file cannot be used (not a database, written by a newer version, ...)."""


class UnknownRun(HistoryError, LookupError):
    """No such run, or the run has no report (it did not finish)."""


# --- where -----------------------------------------------------------------------------------


def default_db_path() -> Path:
    """``$OIT_DB`` if set, else ``$XDG_DATA_HOME/oit-audit/history.sqlite``
    (``~/.local/share/oit-audit/history.sqlite`` when XDG_DATA_HOME is unset; Windows:
    ``%LOCALAPPDATA%\\oit-audit\\history.sqlite``)."""
    if os.environ.get("OIT_DB"):
        return Path(os.environ["OIT_DB"]).expanduser()
    if os.name == "nt" and os.environ.get("LOCALAPPDATA") and not os.environ.get("XDG_DATA_HOME"):
        return Path(os.environ["LOCALAPPDATA"]) / "oit-audit" / "history.sqlite"
    data_home = os.environ.get("XDG_DATA_HOME") or ""
    base = Path(data_home).expanduser() if os.path.isabs(data_home) else Path.home() / ".local" / "share"
    return base / "oit-audit" / "history.sqlite"


# --- schema ----------------------------------------------------------------------------------

# MIGRATIONS[n] takes a file from user_version n to n + 1. Append, never edit a shipped one.
MIGRATIONS: list[tuple[str, ...]] = [
    (  # v1
        """CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            site TEXT NOT NULL,
            url TEXT NOT NULL,
            assessment_year INTEGER,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL DEFAULT 'running'
                CHECK (status IN ('running', 'finished', 'failed', 'interrupted')),
            settings TEXT NOT NULL DEFAULT '{}',
            out_dir TEXT NOT NULL DEFAULT '',
            score REAL,
            report TEXT
        )""",
        "CREATE INDEX runs_site ON runs (site, id)",
        """CREATE TABLE items (
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            topic TEXT NOT NULL,
            status TEXT NOT NULL,
            confidence REAL NOT NULL,
            url TEXT,
            evidence TEXT NOT NULL DEFAULT '[]',
            problems TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (run_id, code)
        )""",
        "CREATE INDEX items_topic ON items (topic, run_id)",
        """CREATE TABLE fetches (
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            requested_url TEXT,
            kind TEXT,
            status INTEGER,
            content_type TEXT,
            sha256 TEXT,
            size INTEGER,
            etag TEXT,
            last_modified TEXT,
            fetched_at TEXT,
            PRIMARY KEY (run_id, url)
        )""",
    ),
]


def schema_version() -> int:
    """The schema version this code writes."""
    return len(MIGRATIONS)


# --- rows ------------------------------------------------------------------------------------


class RunRow(BaseModel):
    id: int
    site: str
    url: str
    started_at: datetime
    finished_at: datetime | None
    status: RunStatus
    score: float | None
    assessment_year: int | None
    out_dir: str


class TrendRow(BaseModel):
    """One finished run as a point of a trend."""

    id: int | None = None
    started_at: datetime
    score: float | None
    assessment_year: int | None = None
    out_dir: str = ""
    found: int = 0
    total: int = 0
    outdated: int = 0
    review: int = 0
    missing: int = 0


class FetchRow(BaseModel):
    url: str
    status: int | None = None
    content_type: str | None = None
    sha256: str | None = None
    size: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: datetime | None = None


_RUN_COLUMNS = "id, site, url, started_at, finished_at, status, score, assessment_year, out_dir"


def _iso(value: datetime | str | None) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, datetime) else str(value)


def _run_row(row: sqlite3.Row) -> RunRow:
    try:
        return RunRow(**dict(row))
    except ValidationError as exc:  # a history file edited or damaged by hand
        raise HistoryError(f"run {row['id']}: its row in the history database is damaged "
                           f"({exc.errors()[0]['loc'][0]}: {exc.errors()[0]['msg']})") from None


def _fetch_values(run_id: int, row: Any) -> tuple[Any, ...]:
    """A fetch row from a Fact, a Fact dump, or a flat dict with sha256/size/etag/last_modified."""
    if isinstance(row, BaseModel):
        row = row.model_dump()
    if not isinstance(row, Mapping):
        raise TypeError(f"a fetch must be a Fact or a mapping, not {type(row).__name__}")
    doc = row.get("document") or {}
    if isinstance(doc, BaseModel):
        doc = doc.model_dump()
    headers = {str(k).lower(): v for k, v in (row.get("headers") or {}).items()}

    def header(name: str) -> str | None:
        value = row.get(name.replace("-", "_")) or headers.get(name)
        if isinstance(value, list | tuple):
            value = value[0] if value else None
        if isinstance(value, bytes):
            value = value.decode("latin-1")
        return value or None

    url = row.get("url") or row.get("requested_url")
    if not url:
        raise ValueError("a fetch without url")
    return (
        run_id,
        url,
        row.get("requested_url"),
        row.get("kind"),
        row.get("status"),
        row.get("content_type"),
        row.get("sha256") or doc.get("sha256") or None,
        row.get("size") if row.get("size") is not None else (doc.get("size") or None),
        header("etag"),
        header("last-modified"),
        _iso(row.get("fetched_at")),
    )


# --- the database ----------------------------------------------------------------------------


class History:
    """The history file. ``with History(path) as h: ...``; every method is one transaction."""

    def __init__(self, path: Path | str | None = None, *, readonly: bool = False) -> None:
        self.path = Path(path).expanduser() if path is not None else default_db_path()
        if readonly:
            self._open_readonly()
            return
        from common.files import PathRefused, check_writable_file

        try:  # a device (/dev/zero), a FIFO, a folder, under a file: refused before SQLite opens it
            check_writable_file(self.path)
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except PathRefused as exc:
            raise HistoryError(f"{exc}") from None
        except OSError as exc:
            raise HistoryError(f"{self.path}: cannot open the history database: {exc.strerror or exc}") from None
        try:
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        except sqlite3.Error as exc:
            raise HistoryError(f"{self.path}: cannot open the history database: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 30000")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")  # WAL: durable across app crashes
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise HistoryError(f"{self.path}: not a usable history database: {exc}") from exc
        except BaseException:
            self.conn.close()
            raise

    def _open_readonly(self) -> None:
        """Open an existing file for reading only (the dashboard): nothing created, migrated
        or written; a file of another schema version is refused."""
        if not self.path.is_file():
            raise HistoryError(f"{self.path}: no history database here (run an audit first)")
        uri = "file:" + quote(str(self.path.resolve())) + "?mode=ro"
        try:
            self.conn = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None,
                                        check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout = 30000")
            self.conn.execute("PRAGMA query_only = ON")
            version = self.user_version()
        except sqlite3.DatabaseError as exc:
            with contextlib.suppress(Exception):
                self.conn.close()
            raise HistoryError(f"{self.path}: not a usable history database: {exc}") from exc
        if version != schema_version():
            self.conn.close()
            raise HistoryError(
                f"{self.path}: history schema v{version}, this oit-audit reads v{schema_version()}"
                " (run an audit with this version once, or upgrade oit-audit)"
            )

    # context manager
    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it or none of it."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _migrate(self) -> None:
        known = schema_version()
        if self.conn.execute("PRAGMA user_version").fetchone()[0] == 0:
            foreign = [r[0] for r in self.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
            if foreign:  # another program's database: never add our tables to it
                raise HistoryError(
                    f"{self.path}: not an oit-audit history database (it holds tables "
                    f"{', '.join(foreign[:5])}); use another --db")
        for _ in range(known + 1):
            with self._tx() as c:
                version = c.execute("PRAGMA user_version").fetchone()[0]
                if version > known:
                    raise HistoryError(
                        f"{self.path}: written by a newer oit-audit (schema v{version}; this "
                        f"version knows up to v{known}); upgrade oit-audit or use another --db"
                    )
                if version == known:
                    return
                for statement in MIGRATIONS[version]:
                    c.execute(statement)
                c.execute(f"PRAGMA user_version = {version + 1}")

    def user_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    # --- writing ---------------------------------------------------------------------------

    def start_run(
        self,
        url: str,
        year: int | None,
        settings: Mapping[str, Any] | None,
        out_dir: Path | str,
        started_at: datetime,
    ) -> int:
        """Record a run that starts now (status ``running``); returns its id."""
        with self._tx() as c:
            cur = c.execute(
                "INSERT INTO runs (site, url, assessment_year, started_at, status, settings, out_dir)"
                " VALUES (?, ?, ?, ?, 'running', ?, ?)",
                (
                    site_id(url),
                    url,
                    year,
                    _iso(started_at),
                    json.dumps(dict(settings or {}), ensure_ascii=False, default=str),
                    str(out_dir),
                ),
            )
            return int(cur.lastrowid)  # type: ignore[arg-type]

    def record_fetches(self, run_id: int, rows: Iterable[Any]) -> int:
        """Store fetched URLs of a run (Facts, Fact dumps or flat dicts); a URL recorded again
        (a resumed run) replaces its earlier row. Returns how many rows were written."""
        values = [_fetch_values(run_id, r) for r in rows]
        with self._tx() as c:
            self._require_run(c, run_id)
            c.executemany(
                "INSERT OR REPLACE INTO fetches (run_id, url, requested_url, kind, status,"
                " content_type, sha256, size, etag, last_modified, fetched_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
        return len(values)

    def finish_run(self, run_id: int, report: AuditReport) -> None:
        """Store the run's report and items and mark it ``finished``, in one transaction."""
        report_json = report.model_dump_json()
        with self._tx() as c:
            self._require_run(c, run_id)
            c.execute(
                "UPDATE runs SET status = 'finished', finished_at = ?, assessment_year = ?,"
                " score = ?, report = ? WHERE id = ?",
                (
                    _iso(report.finished_at),
                    report.assessment_year,
                    report.score.oit_estimate,
                    report_json,
                    run_id,
                ),
            )
            c.execute("DELETE FROM items WHERE run_id = ?", (run_id,))
            c.executemany(
                "INSERT INTO items (run_id, code, topic, status, confidence, url, evidence,"
                " problems) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        run_id,
                        item.code,
                        item.topic,
                        item.status,
                        item.confidence,
                        item.evidence[0].url if item.evidence else None,
                        json.dumps(
                            [e.model_dump(mode="json") for e in item.evidence], ensure_ascii=False
                        ),
                        json.dumps(item.problems, ensure_ascii=False),
                    )
                    for item in report.items
                ],
            )

    def mark(self, run_id: int, status: RunStatus, at: datetime | None = None) -> None:
        """Set a run's status: ``running`` (resumed: finish time cleared), ``failed`` or
        ``interrupted`` (finish time = ``at`` or now). ``finished`` goes through
        :meth:`finish_run`, which stores the report."""
        if status not in RUN_STATUSES:
            raise ValueError(f"unknown run status {status!r}; one of {RUN_STATUSES}")
        if status == "finished":
            raise ValueError("a run is finished by finish_run(run_id, report)")
        finished = None if status == "running" else _iso(at or datetime.now().astimezone())
        with self._tx() as c:
            self._require_run(c, run_id)
            c.execute(
                "UPDATE runs SET status = ?, finished_at = ? WHERE id = ?",
                (status, finished, run_id),
            )

    @staticmethod
    def _require_run(c: sqlite3.Connection, run_id: int) -> None:
        if c.execute("SELECT 1 FROM runs WHERE id = ?", (run_id,)).fetchone() is None:
            raise UnknownRun(f"no run {run_id}")

    # --- reading ---------------------------------------------------------------------------

    def runs(self, site: str | None = None) -> list[RunRow]:
        """Runs, newest first; only the site's when ``site`` (a URL or a host) is given."""
        if site is None:
            rows = self.conn.execute(f"SELECT {_RUN_COLUMNS} FROM runs ORDER BY id DESC")
        else:
            rows = self.conn.execute(
                f"SELECT {_RUN_COLUMNS} FROM runs WHERE site = ? ORDER BY id DESC",
                (site_id(site),),
            )
        return [_run_row(r) for r in rows]

    def run(self, run_id: int) -> RunRow:
        row = self.conn.execute(f"SELECT {_RUN_COLUMNS} FROM runs WHERE id = ?", (run_id,)).fetchone()
        if row is None:
            raise UnknownRun(f"no run {run_id}")
        return _run_row(row)

    def settings(self, run_id: int) -> dict[str, Any]:
        row = self.conn.execute("SELECT settings FROM runs WHERE id = ?", (run_id,)).fetchone()
        if row is None:
            raise UnknownRun(f"no run {run_id}")
        return json.loads(row["settings"] or "{}")

    def report(self, run_id: int) -> AuditReport:
        """The finished run's report (UnknownRun when there is no such run or it did not finish)."""
        row = self.conn.execute("SELECT status, report FROM runs WHERE id = ?", (run_id,)).fetchone()
        if row is None:
            raise UnknownRun(f"no run {run_id}")
        if row["report"] is None:
            raise UnknownRun(f"run {run_id} has no report (status: {row['status']})")
        try:
            return AuditReport.model_validate_json(row["report"])
        except ValidationError as exc:
            raise HistoryError(f"run {run_id}: its stored report is damaged ({exc.error_count()} "
                               "problem(s)); run the audit again") from None

    def latest_finished(self, site: str, before_run_id: int | None = None) -> RunRow | None:
        """The site's newest finished run (older than ``before_run_id`` when given)."""
        sql = f"SELECT {_RUN_COLUMNS} FROM runs WHERE site = ? AND status = 'finished'"
        args: list[Any] = [site_id(site)]
        if before_run_id is not None:
            sql += " AND id < ?"
            args.append(before_run_id)
        row = self.conn.execute(sql + " ORDER BY id DESC LIMIT 1", args).fetchone()
        return _run_row(row) if row else None

    def unfinished(self, site: str) -> RunRow | None:
        """The site's newest ``running`` or ``interrupted`` run, unless a later run finished or
        failed (then there is nothing to resume). A run killed with SIGKILL stays ``running``."""
        row = self.conn.execute(
            f"SELECT {_RUN_COLUMNS} FROM runs WHERE site = ? AND status IN ('running', 'interrupted')"
            " AND id > (SELECT coalesce(max(id), 0) FROM runs WHERE site = ?"
            " AND status IN ('finished', 'failed')) ORDER BY id DESC LIMIT 1",
            (site_id(site), site_id(site)),
        ).fetchone()
        return _run_row(row) if row else None

    def fetches(self, run_id: int) -> dict[str, FetchRow]:
        """URL -> what was fetched in the run."""
        rows = self.conn.execute(
            "SELECT url, status, content_type, sha256, size, etag, last_modified, fetched_at"
            " FROM fetches WHERE run_id = ?",
            (run_id,),
        )
        return {r["url"]: FetchRow(**dict(r)) for r in rows}

    def last_fetches(self, site: str) -> dict[str, FetchRow]:
        """URL -> validators and hash from the site's latest finished run ({} if none)."""
        last = self.latest_finished(site)
        return self.fetches(last.id) if last else {}

    def items(self, run_id: int) -> list[dict[str, Any]]:
        """The run's item rows (code, topic, status, confidence, url, evidence, problems)."""
        rows = self.conn.execute(
            "SELECT code, topic, status, confidence, url, evidence, problems FROM items"
            " WHERE run_id = ? ORDER BY rowid",
            (run_id,),
        )
        return [
            {**dict(r), "evidence": json.loads(r["evidence"]), "problems": json.loads(r["problems"])}
            for r in rows
        ]

    # --- trends (dashboard, report, mail) --------------------------------------------------

    def trend(
        self, site: str, limit: int | None = 12, before_run_id: int | None = None
    ) -> list[TrendRow]:
        """The site's finished runs, oldest first (the newest ``limit`` of them, older than
        ``before_run_id`` when given), each with its score and how many items were found."""
        sql = (
            "SELECT r.id, r.started_at, r.score, r.assessment_year, r.out_dir,"
            " coalesce(sum(i.status = 'found'), 0) AS found, count(i.code) AS total,"
            " coalesce(sum(i.status = 'outdated'), 0) AS outdated,"
            " coalesce(sum(i.status = 'review'), 0) AS review,"
            " coalesce(sum(i.status = 'missing'), 0) AS missing"
            " FROM runs r LEFT JOIN items i ON i.run_id = r.id"
            " WHERE r.site = ? AND r.status = 'finished'"
        )
        args: list[Any] = [site_id(site)]
        if before_run_id is not None:
            sql += " AND r.id < ?"
            args.append(before_run_id)
        sql += " GROUP BY r.id ORDER BY r.id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(int(limit))
        return [TrendRow(**dict(r)) for r in reversed(self.conn.execute(sql, args).fetchall())]

    def sites(self) -> list[str]:
        """Every site with at least one run, in the order first audited."""
        rows = self.conn.execute("SELECT site FROM runs GROUP BY site ORDER BY min(id)")
        return [r["site"] for r in rows]

    def item_statuses(self, site: str) -> list[dict[str, Any]]:
        """Per finished run of the site (oldest first), per item: run id, code, topic, status,
        first evidence URL."""
        rows = self.conn.execute(
            "SELECT i.run_id, i.code, i.topic, i.status, i.url FROM items i"
            " JOIN runs r ON r.id = i.run_id WHERE r.site = ? AND r.status = 'finished'"
            " ORDER BY i.run_id, i.rowid",
            (site_id(site),),
        )
        return [dict(r) for r in rows]

