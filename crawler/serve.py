"""Serve a folder of static files on 127.0.0.1 (the bundled sample site, test sites)."""

from __future__ import annotations

import functools
import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlsplit

SAMPLE_SITE = Path(__file__).parent / "sample_site"


def _query_name(query: str) -> str:
    """The folder name that keeps the copy of a query string (safe on Windows too)."""
    return quote(unquote(query), safe="=&-_.,+~")


def query_copy(base: str, query: str) -> tuple[str, str]:
    """The file a URL with a query string is served from, given the file of its path (``base``),
    and the name it goes out under as an attachment ("" for a page or when there is no query): the
    one file of ``<base>.q/<query>/`` (see :meth:`_QuietHandler.translate_path`); ``base`` itself
    when there is no query or no ``.q`` folder; a path that does not exist (a 404) otherwise."""
    if not query:
        return base, ""
    copies = base + ".q"
    if not os.path.isdir(copies):
        return base, ""  # no copies of queries here: the query is ignored (``style.css?ver=1.4``)
    folder = os.path.join(copies, _query_name(query))
    if not os.path.isdir(folder):  # the same parameters in another order, as a script reads them
        wanted = sorted(parse_qsl(query, keep_blank_values=True))
        same = [n for n in os.listdir(copies) if sorted(parse_qsl(unquote(n), keep_blank_values=True)) == wanted]
        folder = os.path.join(copies, same[0] if same else _query_name(query))
    if os.path.basename(folder) in (".", ".."):
        return copies + os.sep + "-missing-", ""  # "?.." names no copy: a 404, never the folder above
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    if len(names) != 1:
        return folder + os.sep + "-missing-", ""  # a 404
    return os.path.join(folder, names[0]), "" if names[0].endswith(".html") else names[0]


class _QuietHandler(SimpleHTTPRequestHandler):
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".html": "text/html",  # no charset: the page's own meta tag decides, as on old CMSs
        ".pdf": "application/pdf",
        ".yaml": "text/plain",
    }

    def log_message(self, format, *args):  # noqa: A002 - stdlib signature
        pass

    def translate_path(self, path: str) -> str:
        """A URL with a query string (``/index.php?option=com_content&id=3``) is served from the
        one file in the folder ``<path>.q/<query>/`` (characters other than letters, digits and
        ``=&-_.,+~`` percent-encoded), so that static copies of query-string CMSs can be served;
        a path with no ``.q`` folder ignores its query. A file there that is not HTML goes out as an
        attachment under its own name, as a download script (``download.php?id=7``) sends it."""
        base = super().translate_path(path)
        served, self._attachment = query_copy(base, urlsplit(path).query)
        return served

    def end_headers(self) -> None:
        if getattr(self, "_attachment", ""):
            self.send_header("Content-Disposition", f"attachment; filename*=UTF-8''{quote(self._attachment)}")
        super().end_headers()

    def list_directory(self, path):  # no directory listings: a 404 like most web servers
        self.send_error(404, "Not Found")
        return None


class StaticSite:
    """``with StaticSite(folder) as url:`` serves ``folder`` at ``url`` until the block ends."""

    def __init__(self, root: Path, port: int = 0, ssl_context=None):
        self.root = Path(root)
        handler = functools.partial(_QuietHandler, directory=str(self.root))
        self.server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.scheme = "https" if ssl_context else "http"
        if ssl_context is not None:
            self.server.socket = ssl_context.wrap_socket(self.server.socket, server_side=True)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.server.server_address[1]}/"

    def __enter__(self) -> str:
        self.thread.start()
        return self.url

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
