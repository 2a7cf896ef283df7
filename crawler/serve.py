"""Serve a folder of static files on 127.0.0.1 (the bundled sample site, test sites)."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SAMPLE_SITE = Path(__file__).parent / "sample_site"


class _QuietHandler(SimpleHTTPRequestHandler):
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".html": "text/html",  # no charset: the page's own meta tag decides, as on old CMSs
        ".pdf": "application/pdf",
        ".yaml": "text/plain",
    }

    def log_message(self, format, *args):  # noqa: A002 - stdlib signature
        pass

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
