"""Serve the bench site on 127.0.0.1 in its own process, so the server's CPU is not the bench's.

``python bench/serve_site.py FOLDER [--port 0] [--impl fast|stdlib] [--latency-ms 0]`` prints
``ready URL`` on stdout once listening and serves until killed.

``stdlib`` is the project's ``crawler.serve.StaticSite`` (ThreadingHTTPServer, one thread and
one TCP connection per request, HTTP/1.0). ``fast`` is a single-threaded asyncio server with
HTTP/1.1 keep-alive and the files held in memory, answering the same way for the bench site:
same Content-Type map (HTML without a charset, as old CMSs), ``Last-Modified`` and a 304 for
``If-Modified-Since``, 404 for missing files and directory listings, 301 to add a slash.
"""

from __future__ import annotations

import argparse
import asyncio
import mimetypes
import os
import signal
import sys
import threading
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TYPES = {
    ".html": "text/html",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".css": "text/css",
    ".txt": "text/plain",
}


class FastSite:
    def __init__(self, root: Path, latency: float = 0.0):
        self.root = Path(root).resolve()
        self.latency = latency  # seconds before each answer: a real server's think time
        self.cache: dict[str, tuple[bytes, int] | None] = {}

    def lookup(self, path: str) -> tuple[int, bytes, dict[str, str], int]:
        """(status, body, headers, mtime) for a URL path."""
        rel = unquote(path).lstrip("/")
        target = (self.root / rel).resolve()
        if self.root not in target.parents and target != self.root:
            return 404, b"not found", {"Content-Type": "text/plain"}, 0
        if target.is_dir():
            if not path.endswith("/"):
                return 301, b"", {"Location": path + "/"}, 0
            target = target / "index.html"
        key = str(target)
        hit = self.cache.get(key, False)
        if hit is False:
            try:
                hit = (target.read_bytes(), int(target.stat().st_mtime))
            except OSError:
                hit = None
            self.cache[key] = hit
        if hit is None:
            return 404, b"<html><body>404 Not Found</body></html>", {"Content-Type": "text/html"}, 0
        body, mtime = hit
        ctype = TYPES.get(target.suffix.lower()) or mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        return 200, body, {"Content-Type": ctype, "Last-Modified": formatdate(mtime, usegmt=True)}, mtime

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, version = (lines[0].split(" ") + ["", ""])[:3]
                headers = {}
                for line in lines[1:]:
                    if ":" in line:
                        k, v = line.split(":", 1)
                        headers[k.strip().lower()] = v.strip()
                if int(headers.get("content-length", "0") or 0):
                    await reader.readexactly(int(headers["content-length"]))
                if self.latency:
                    await asyncio.sleep(self.latency)
                status, body, out, mtime = self.lookup(urlsplit(target).path or "/")
                ims = headers.get("if-modified-since")
                if status == 200 and ims and "if-none-match" not in headers:
                    try:
                        if int(parsedate_to_datetime(ims).timestamp()) >= mtime:
                            status, body = 304, b""
                    except (TypeError, ValueError):
                        pass
                keep = version == "HTTP/1.1" and headers.get("connection", "").lower() != "close"
                reason = {200: "OK", 301: "Moved Permanently", 304: "Not Modified", 404: "Not Found"}[status]
                out = dict(out)
                out["Server"] = "oit-bench"
                out["Date"] = formatdate(usegmt=True)
                if status != 304:
                    out["Content-Length"] = str(len(body))
                out["Connection"] = "keep-alive" if keep else "close"
                if status == 304:
                    out.pop("Content-Type", None)
                payload = f"HTTP/1.1 {status} {reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in out.items()) + "\r\n"
                writer.write(payload.encode("latin-1"))
                if method != "HEAD" and status != 304:
                    writer.write(body)
                await writer.drain()
                if not keep:
                    break
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()


async def serve_fast(root: Path, port: int, latency: float = 0.0) -> None:
    site = FastSite(root, latency)
    server = await asyncio.start_server(site.handle, "127.0.0.1", port, backlog=512)
    port = server.sockets[0].getsockname()[1]
    print(f"ready http://127.0.0.1:{port}/", flush=True)
    async with server:
        await server.serve_forever()


def serve_stdlib(root: Path, port: int) -> None:
    from crawler.serve import StaticSite

    site = StaticSite(root, port=port)
    site.server.socket.listen(512)  # the stdlib default backlog (5) drops bursts of connections
    with site as url:
        print(f"ready {url}", flush=True)
        threading.Event().wait()


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("folder", type=Path)
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--impl", choices=["fast", "stdlib"], default="fast")
    p.add_argument("--latency-ms", type=float, default=0.0, help="fast server: wait this long before each answer")
    a = p.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    if a.impl == "fast":
        asyncio.run(serve_fast(a.folder, a.port, a.latency_ms / 1000))
    else:
        serve_stdlib(a.folder, a.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
