"""The dashboard's web application (aiohttp.web): pages, report files, password, headers.

Read only: GET and HEAD, nothing else. Each request opens the history file read-only in a
worker thread (the event loop never waits on SQLite or on parsing a report). Report files are
served only from the run folders the history records, only the names of
:data:`~app.dashboard.views.REPORT_FILES`, and only when the file, symlinks resolved, is still
inside its folder.

Password (:func:`make_app` ``password``): every request needs HTTP basic auth with that password
(any user name), compared in constant time. Without a password only requests whose ``Host`` is
a loopback name are answered, so a web page elsewhere cannot reach the dashboard through a DNS
name rebound to 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import hmac
import ipaddress
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from aiohttp import web
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape

from reports.history import History, HistoryError, UnknownRun
from reports.html import TEMPLATES_DIR, safe_href
from reports.view import STATUS_LABELS, be_year, signed, thai_datetime
from reports.view import num as score1

from . import views

TEMPLATES = Path(__file__).parent / "templates"
REPORT_TEMPLATES = TEMPLATES_DIR  # the trend macro is the report's own
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)
# A report file: no script even if one ever got in; the PDF and XLSX open as downloads/viewers.
FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"
HISTORY_KEY = web.AppKey("history_path", Path)
PASSWORD_KEY = web.AppKey("password_digest", bytes)


def is_loopback(host: str) -> bool:
    """``localhost``, 127.0.0.0/8 or ::1."""
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _digest(password: str) -> bytes:
    return hashlib.sha256(password.encode("utf-8")).digest()


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(TEMPLATES), FileSystemLoader(REPORT_TEMPLATES)]),
        autoescape=select_autoescape(["html", "xml", "j2"], default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        thai_datetime=thai_datetime, score1=score1, signed=signed, be_year=be_year,
        safe_href=safe_href, urlpart=lambda s: quote(str(s), safe=""),
    )
    env.globals.update(STATUS_LABELS=STATUS_LABELS, PASS_MARK=views.PASS_MARK)
    return env


def render(name: str, **context) -> str:
    return _environment().get_template(name).render(**context)


# --- middlewares -----------------------------------------------------------------------------


@web.middleware
async def guard(request: web.Request, handler):
    """Read only; the password when one is set, else a loopback Host; safe headers."""
    if request.method not in ("GET", "HEAD"):
        raise web.HTTPMethodNotAllowed(request.method, ["GET", "HEAD"])
    digest = request.app[PASSWORD_KEY]
    if digest:
        if not _authorised(request.headers.get("Authorization", ""), digest):
            return web.Response(
                status=401, text="ต้องใส่รหัสผ่านเพื่อดูแดชบอร์ด", content_type="text/plain",
                headers={"WWW-Authenticate": 'Basic realm="oit-audit", charset="UTF-8"'},
            )
    elif not is_loopback(_host_name(request.host or "")):
        return web.Response(status=403, text="แดชบอร์ดนี้เปิดได้จากเครื่องนี้เท่านั้น (localhost)",
                            content_type="text/plain")
    response = await handler(request)
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers.setdefault("Cache-Control", "no-store")
    return response


def _host_name(host: str) -> str:
    """The name of a Host header: ``[::1]:8080`` -> ``::1``, ``localhost:8080`` -> ``localhost``."""
    if host.startswith("["):
        return host[1:].partition("]")[0]
    return host.rpartition(":")[0] if host.count(":") == 1 else host


def _authorised(header: str, digest: bytes) -> bool:
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic":
        return False
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return False
    _user, sep, password = decoded.partition(":")
    return bool(sep) and hmac.compare_digest(_digest(password), digest)


# --- handlers --------------------------------------------------------------------------------


async def _in_thread(request: web.Request, work, *args):
    """Run ``work(history, *args)`` in a thread with the history open read-only."""

    def call():
        with History(request.app[HISTORY_KEY], readonly=True) as hist:
            return work(hist, *args)

    return await asyncio.get_running_loop().run_in_executor(None, call)


async def index(request: web.Request) -> web.Response:
    sites = await _in_thread(request, views.overview)
    return web.Response(text=render("index.html.j2", sites=sites), content_type="text/html")


async def site_page(request: web.Request) -> web.Response:
    site = request.match_info["site"]
    detail = await _in_thread(request, views.site_detail, site)
    if detail is None:
        raise web.HTTPNotFound(text=f"ไม่มีประวัติการตรวจของ {site}")
    return web.Response(text=render("site.html.j2", d=detail, s=detail.summary),
                        content_type="text/html")


def _file_path(hist: History, run_id: int, name: str) -> Path | None:
    """The report file to serve, or None: a known name, a regular file, inside the run folder
    once every symlink is resolved."""
    if name not in views.REPORT_FILES:
        return None
    try:
        row = hist.run(run_id)
    except UnknownRun:
        return None
    if not row.out_dir:
        return None
    try:
        folder = Path(row.out_dir).resolve(strict=True)
        path = (folder / name).resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if path.parent != folder or not path.is_file():
        return None
    return path


async def report_file(request: web.Request) -> web.StreamResponse:
    try:
        run_id = int(request.match_info["run"])
    except ValueError:
        raise web.HTTPNotFound() from None
    name = request.match_info["name"]
    path = await _in_thread(request, _file_path, run_id, name)
    if path is None:
        raise web.HTTPNotFound(text="ไม่มีไฟล์นี้ในโฟลเดอร์รายงานของการตรวจครั้งนี้")
    headers = {"Cache-Control": "no-store"}
    if name.endswith(".html"):
        headers["Content-Security-Policy"] = FILE_CSP
    if name.endswith((".gz", ".xlsx", ".json")):
        headers["Content-Disposition"] = f'attachment; filename="{run_id}-{name}"'
    response = web.FileResponse(path, headers=headers)
    if name.endswith(".gz"):  # the WARC itself is gzip: never mark it Content-Encoding
        response.content_type = "application/warc"
    return response


@web.middleware
async def errors(request: web.Request, handler):
    """A damaged or missing history file: one Thai page, not a traceback."""
    try:
        return await handler(request)
    except HistoryError as exc:
        return web.Response(status=503, text=f"อ่านฐานข้อมูลประวัติไม่ได้: {exc}",
                            content_type="text/plain")


def make_app(db: Path, password: str | None = None) -> web.Application:
    """The dashboard over the history file ``db`` (read only)."""
    app = web.Application(middlewares=[guard, errors])
    app[HISTORY_KEY] = Path(db)
    app[PASSWORD_KEY] = _digest(password) if password else b""
    app.router.add_get("/", index)
    app.router.add_get("/site/{site}", site_page)
    app.router.add_get("/run/{run}/{name}", report_file)
    return app


def serve(app: web.Application, host: str, port: int, on_ready=None) -> None:
    """Serve until Ctrl-C. ``on_ready(url)`` is called once the socket listens."""

    async def main() -> None:
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        bound = runner.addresses[0] if runner.addresses else (host, port)
        if on_ready:
            shown = f"[{bound[0]}]" if ":" in bound[0] else bound[0]
            on_ready(f"http://{shown}:{bound[1]}/")
        try:
            await asyncio.Event().wait()
        finally:
            await runner.cleanup()

    asyncio.run(main())

