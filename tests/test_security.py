"""Nothing hostile gets in: no crawling into private networks, polite retries with a cap,
size caps before reading, no shell, no remote-control server. No network needed."""

from __future__ import annotations

import ast
import asyncio
import ipaddress
import json
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy import Request, Spider
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler import settings as oit_settings
from crawler.middlewares import (
    PrivateAddressGuard,
    RefusedAddress,
    RetryAfterMiddleware,
    address_class,
    retry_after_seconds,
)
from tests.conftest import ROOT

# ---------------------------------------------------------------- private addresses

PUBLIC_SITE = "http://www.example.go.th/"
NAMES = {  # a stub DNS: names only; IP literals never reach it
    "www.example.go.th": ["49.231.10.10"],
    "example.go.th": ["49.231.10.10"],
    "cdn.example.com": ["104.16.1.1", "2606:4700::6810:101"],
    "2130706433": ["127.0.0.1"],  # 127.0.0.1 written as one number
    "metadata.internal": ["169.254.169.254"],
    "rebind.example.com": ["49.231.10.11", "10.0.0.8"],  # one public, one private answer
}


def _guard(root: str) -> tuple[PrivateAddressGuard, list[str]]:
    asked: list[str] = []

    async def resolve(host: str) -> list[str]:
        asked.append(host)
        if host not in NAMES:
            raise OSError("no such host")
        return NAMES[host]

    guard = PrivateAddressGuard(root=root)
    guard.resolve = resolve
    return guard, asked


def _check(guard: PrivateAddressGuard, url: str) -> str:
    """"" when the guard lets ``url`` through, else its refusal."""
    try:
        asyncio.run(guard.process_request(Request(url)))
    except RefusedAddress as exc:
        return str(exc)
    return ""


@pytest.mark.parametrize("target", [
    "http://127.0.0.1:8080/",
    "http://127.0.0.1:37111/admin",
    "http://169.254.169.254/latest/meta-data/iam/",
    "http://[::1]:8080/",
    "http://10.0.0.5/",
    "http://192.168.1.1/login.cgi",
    "http://172.16.0.1/",
    "http://100.64.0.1/",
    "http://0.0.0.0:8080/",
    "http://[::ffff:127.0.0.1]/",
    "http://[fe80::1]/",
    "http://2130706433/",
    "http://metadata.internal/computeMetadata/v1/",
    "http://rebind.example.com/",
])
def test_a_public_site_cannot_send_the_crawl_into_private_addresses(target):
    guard, _ = _guard(PUBLIC_SITE)
    why = _check(guard, target)
    assert why.startswith("refused:"), target
    assert "address" in why


def test_redirects_from_a_public_site_are_checked_too():
    """A redirect is a new request through the downloader: the guard sees its target."""
    guard, _ = _guard(PUBLIC_SITE)
    first = Request("http://www.example.go.th/go")
    redirected = first.replace(url="http://169.254.169.254/latest/meta-data/")
    redirected.meta["redirect_urls"] = [first.url]
    with pytest.raises(RefusedAddress, match="169.254.169.254 is a link-local address"):
        asyncio.run(guard.process_request(redirected))


@pytest.mark.parametrize("target", [
    "http://www.example.go.th/ita/o1.html",
    "https://example.go.th/files/plan.pdf",
    "http://cdn.example.com/doc.pdf",
    "http://49.231.10.11/",
    "http://unresolvable.invalid/x",  # left to the download, which records the DNS error
])
def test_public_addresses_are_allowed(target):
    guard, _ = _guard(PUBLIC_SITE)
    assert _check(guard, target) == ""


def test_ip_literals_need_no_dns():
    guard, asked = _guard("http://127.0.0.1:8000/")
    assert _check(guard, "http://127.0.0.1:9999/") == ""
    assert _check(guard, "http://169.254.169.254/").startswith("refused")
    assert _check(guard, "http://[::1]/") == ""
    assert asked == []


def test_a_site_on_loopback_may_redirect_to_loopback_only():
    guard, _ = _guard("http://127.0.0.1:8000/")
    assert _check(guard, "http://127.0.0.1:8001/about.html") == ""  # oit demo, the test sites
    assert _check(guard, "http://www.example.go.th/") == ""  # public is always fine
    for target in ("http://169.254.169.254/", "http://10.0.0.1/", "http://192.168.0.1/"):
        assert _check(guard, target).startswith("refused"), target


def test_an_intranet_site_may_reach_its_own_network_but_not_loopback():
    guard, _ = _guard("http://192.168.10.5/")
    assert _check(guard, "http://10.1.2.3/doc.pdf") == ""
    assert _check(guard, "http://127.0.0.1/").startswith("refused")
    assert _check(guard, "http://169.254.169.254/").startswith("refused")


def test_the_address_a_response_came_from_is_checked_again():
    """DNS rebinding: the name was public when checked, the answer came from loopback."""
    guard, _ = _guard(PUBLIC_SITE)
    req = Request("http://www.example.go.th/x")
    sneaky = HtmlResponse(req.url, body=b"<title>admin</title>", request=req,
                          ip_address=ipaddress.ip_address("127.0.0.1"))
    with pytest.raises(RefusedAddress, match="127.0.0.1"):
        asyncio.run(guard.process_response(req, sneaky))
    fine = HtmlResponse(req.url, body=b"ok", request=req,
                        ip_address=ipaddress.ip_address("49.231.10.10"))
    assert asyncio.run(guard.process_response(req, fine)) is fine


def test_address_classes():
    assert address_class("8.8.8.8") == "public"
    assert address_class("127.0.0.2") == "loopback"
    assert address_class("::1") == "loopback"
    assert address_class("169.254.169.254") == "link-local"
    assert address_class("fe80::1") == "link-local"
    assert address_class("10.1.1.1") == "private"
    assert address_class("fd00::1") == "private"
    assert address_class("::ffff:10.0.0.1") == "private"
    assert address_class("0.0.0.0") == "reserved"
    assert address_class("224.0.0.1") == "reserved"


# ---------------------------------------------------------------- retries


class _Spider(Spider):
    name = "t"


def _retry_mw(**settings) -> tuple[RetryAfterMiddleware, list[float]]:
    crawler = get_crawler(_Spider, {"RETRY_TIMES": 2, "OIT_RETRY_AFTER_MAX": 30, **settings})
    crawler.spider = crawler._create_spider("t")
    mw = RetryAfterMiddleware.from_crawler(crawler)
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    mw.sleep = sleep
    return mw, waits


def _answer(mw, status: int, headers: dict | None = None, meta: dict | None = None):
    req = Request("http://www.example.go.th/page.html", meta=meta or {})
    resp = HtmlResponse(req.url, status=status, headers=headers or {}, body=b"x", request=req)
    return req, asyncio.run(mw.process_response(req, resp))


def test_retry_after_is_honoured_up_to_the_cap():
    mw, waits = _retry_mw()
    _, out = _answer(mw, 503, {"Retry-After": "5"})
    assert isinstance(out, Request) and out.meta["retry_times"] == 1
    assert waits == [5.0]


def test_a_retry_after_over_the_cap_is_not_retried_and_says_why():
    mw, waits = _retry_mw()
    req, out = _answer(mw, 429, {"Retry-After": "3600"})
    assert isinstance(out, HtmlResponse) and out.status == 429
    assert waits == []
    assert "3600 s" in req.meta["oit_retry_note"] and "not retried" in req.meta["oit_retry_note"]


def test_429_and_503_without_retry_after_back_off():
    mw, waits = _retry_mw()
    _, first = _answer(mw, 429)
    _, second = _answer(mw, 503, meta={"retry_times": 1})
    assert isinstance(first, Request) and isinstance(second, Request)
    assert waits == [1.0, 2.0]


def test_500_is_retried_at_once_and_gives_up_after_retry_times():
    mw, waits = _retry_mw()
    _, out = _answer(mw, 500)
    assert isinstance(out, Request) and waits == []
    _, last = _answer(mw, 500, meta={"retry_times": 2})
    assert isinstance(last, HtmlResponse) and last.status == 500


@pytest.mark.parametrize("status", [404, 403, 410, 401])
def test_client_errors_are_never_retried(status):
    mw, waits = _retry_mw()
    _, out = _answer(mw, status, {"Retry-After": "1"})
    assert isinstance(out, HtmlResponse) and out.status == status and waits == []


def test_retry_after_values():
    from datetime import UTC, datetime

    now = datetime(2026, 11, 25, 10, 0, 0, tzinfo=UTC)
    assert retry_after_seconds(b"120") == 120.0
    assert retry_after_seconds("Wed, 25 Nov 2026 10:01:00 GMT", now) == 60.0
    assert retry_after_seconds("Wed, 25 Nov 2026 09:00:00 GMT", now) == 0.0
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("99999999999999999999") == 999999999.0


# ---------------------------------------------------------------- caps and settings


def test_caps_are_set_before_reading():
    assert oit_settings.DOWNLOAD_MAXSIZE == 60 * 1024 * 1024  # Scrapy refuses larger bodies
    assert oit_settings.DOWNLOAD_WARNSIZE <= oit_settings.DOWNLOAD_MAXSIZE
    assert oit_settings.OIT_MAX_PAGE_BYTES == 2 * 1024 * 1024
    assert oit_settings.DOWNLOAD_TIMEOUT == 30 and oit_settings.RETRY_TIMES == 2
    assert 404 not in oit_settings.RETRY_HTTP_CODES


def test_limits_can_be_changed_from_the_environment():
    code = (
        "import crawler.settings as s; print(s.DOWNLOAD_TIMEOUT, s.RETRY_TIMES, "
        "s.DOWNLOAD_MAXSIZE, s.OIT_TRAP_CHAIN, s.ENV_PROBLEMS)"
    )
    env = {"OIT_DOWNLOAD_TIMEOUT": "5", "OIT_RETRY_TIMES": "0", "OIT_DOWNLOAD_MAXSIZE_MB": "10",
           "OIT_TRAP_CHAIN": "many", "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         cwd=ROOT, check=True).stdout.split(" ", 4)
    assert out[:4] == ["5.0", "0", str(10 * 1024 * 1024), "10"]
    assert "OIT_TRAP_CHAIN='many' is not a number" in out[4]


def test_the_running_crawl_has_no_remote_control_server():
    """Scrapy 2.19 starts a server that runs Python code sent to it, unless told not to. Build
    the crawler exactly as `oit audit` does (in a fresh process: Twisted runs once) and look."""
    code = """
import json, tempfile
from pathlib import Path
from scrapy.crawler import CrawlerProcess
from crawler.options import CrawlOptions
from crawler.run import build_settings
from crawler.spiders.site import SiteSpider
settings = build_settings(Path(tempfile.mkdtemp()) / "facts.jsonl", CrawlOptions(cache=False))
crawler = CrawlerProcess(settings).create_crawler(SiteSpider)  # as crawler.run.crawl does
crawler._apply_settings()
print(json.dumps({
    "remote": crawler.settings.getbool("REMOTE_CONTROL_ENABLED"),
    "telnet": crawler.settings.getbool("TELNETCONSOLE_ENABLED"),
    "extensions": [type(e).__name__ for e in crawler.extensions.middlewares],
}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                              "HOME": str(ROOT / ".no-home")},
                         cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["remote"] is False and seen["telnet"] is False
    assert not any("Remote" in e or "Telnet" in e for e in seen["extensions"]), seen["extensions"]
    assert "CoreStats" in seen["extensions"]  # the list is real


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield node


def test_no_shell_is_ever_built_from_crawled_data():
    """Every external program (OCR, antiword, the extraction worker) gets an argument list."""
    offenders = []
    for path in sorted((ROOT / "crawler").rglob("*.py")) + sorted((ROOT / "checklist").rglob("*.py")) \
            + sorted((ROOT / "reports").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _calls(tree):
            func = ast.unparse(call.func)
            if func in ("os.system", "os.popen", "subprocess.getoutput", "subprocess.getstatusoutput"):
                offenders.append(f"{path.relative_to(ROOT)}:{call.lineno} {func}")
            for kw in call.keywords:
                if kw.arg == "shell" and not (isinstance(kw.value, ast.Constant) and kw.value.value is False):
                    offenders.append(f"{path.relative_to(ROOT)}:{call.lineno} shell=")
            if func.startswith("subprocess.") and call.args and isinstance(call.args[0], (ast.Constant, ast.JoinedStr)):
                offenders.append(f"{path.relative_to(ROOT)}:{call.lineno} a command string")
    assert offenders == []


def test_robots_txt_and_honest_user_agent():
    assert oit_settings.ROBOTSTXT_OBEY is True
    assert oit_settings.USER_AGENT.startswith("oit-audit/")
    assert oit_settings.COOKIES_ENABLED is False


def test_subprocess_modules_exist_where_expected():
    """The no-shell check above looked at real code (guards against a silently empty scan)."""
    sources = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "crawler").rglob("*.py"))
    assert "subprocess.Popen(" in sources or "subprocess.run(" in sources
    assert Path(ROOT / "crawler" / "documents").is_dir()
