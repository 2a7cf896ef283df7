"""The re-audit's quick check (crawler.revalidate, aiohttp) follows redirects one hop at a time
through the crawl's private-address check (issue 19, item 1).

The audited site must be on a public address for the guard to matter, so each test runs in its
own network namespace (``unshare -n``) where the public addresses are given to the loopback
interface: nothing leaves the machine. Skipped where namespaces cannot be made."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import ROOT

PUBLIC, OTHER_PUBLIC = "49.231.10.10", "49.231.10.11"


def _netns_ok() -> bool:
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        return False
    r = subprocess.run(["unshare", "-n", "ip", "link", "set", "lo", "up"], capture_output=True)
    return r.returncode == 0


pytestmark = pytest.mark.skipif(not _netns_ok(), reason="cannot make a network namespace here")

SCENARIO = textwrap.dedent('''
    import asyncio, json, subprocess, sys, threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    sys.path.insert(0, ROOT)
    for cmd in (["ip", "link", "set", "lo", "up"], ["ip", "addr", "add", PUBLIC + "/32", "dev", "lo"],
                ["ip", "addr", "add", OTHER + "/32", "dev", "lo"]):
        subprocess.run(cmd, check=True)
    seen = []

    def serve(host, answer):
        class H(BaseHTTPRequestHandler):
            def do_GET(self):
                seen.append({"host": host, "path": self.path, "inm": self.headers.get("If-None-Match")})
                status, headers = answer(self.path)
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", "0")
                self.end_headers()
            def log_message(self, *a):
                pass
        s = ThreadingHTTPServer((host, 0), H)
        threading.Thread(target=s.serve_forever, daemon=True).start()
        return s.server_address[1]

    private = serve("127.0.0.1", lambda p: (200, {}))
    other = serve(OTHER, lambda p: (304, {}))
    def site(path):
        if path == "/meta":
            return 302, {"Location": f"http://127.0.0.1:{private}/latest/meta-data/iam/"}
        if path == "/metadata-v6":
            return 301, {"Location": f"http://[::1]:{private}/"}
        if path == "/moved":
            return 301, {"Location": f"http://{OTHER}:{other}/elsewhere"}
        return 304, {}
    port = serve(PUBLIC, site)
    from scrapy.settings import Settings
    from crawler import settings as oit_settings
    from crawler.revalidate import Target, _ask_all
    settings = Settings(); settings.setmodule(oit_settings); settings.set("DOWNLOAD_DELAY", 0)
    root = f"http://{PUBLIC}:{port}/"
    out = {}
    for path in PATHS:
        t = Target(requested=root + path.lstrip("/"), url=root + path.lstrip("/"), kind="page", status=200,
                   depth=1, sha256="0" * 64, etag='"secret-etag"')
        check = asyncio.run(_ask_all(root, [t], None, False, settings))
        out[path] = {"unchanged": check.unchanged, "why": check.why}
    print(json.dumps({"checks": out, "seen": seen}))
''')


def _scenario(paths: list[str]) -> dict:
    code = (f"ROOT, PUBLIC, OTHER, PATHS = {str(ROOT)!r}, {PUBLIC!r}, {OTHER_PUBLIC!r}, {paths!r}\n"
            + SCENARIO)
    r = subprocess.run(["unshare", "-n", sys.executable, "-c", code], capture_output=True, text=True,
                       timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stderr[-2000:]
    return json.loads(r.stdout.strip().splitlines()[-1])


def test_a_redirect_to_a_private_ip_literal_is_never_sent():
    got = _scenario(["/meta", "/metadata-v6"])
    assert [s for s in got["seen"] if s["host"] == "127.0.0.1"] == [], got["seen"]
    for path in ("/meta", "/metadata-v6"):
        assert not got["checks"][path]["unchanged"]
        assert "refused" in got["checks"][path]["why"], got["checks"][path]
    # the public site itself was asked, with its own validator
    assert {s["path"] for s in got["seen"] if s["host"] == PUBLIC} == {"/meta", "/metadata-v6"}


def test_validators_go_to_their_own_address_only():
    got = _scenario(["/moved"])
    first = [s for s in got["seen"] if s["host"] == PUBLIC]
    moved = [s for s in got["seen"] if s["host"] == OTHER_PUBLIC]
    assert first and first[0]["inm"] == '"secret-etag"'
    assert moved and all(s["inm"] is None for s in moved), moved
    assert "now leads to" in got["checks"]["/moved"]["why"]
