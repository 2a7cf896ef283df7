"""A re-audit asks first whether anything changed since the last audit, and crawls only if so.

Every address the last finished crawl fetched is asked again with a conditional request (its
ETag / Last-Modified), home page first, through a light asyncio HTTP client (aiohttp) with the
crawl's own politeness: the same concurrency, delay, User-Agent, timeout, robots.txt, proxy, and
no private addresses (every redirect hop is followed here and checked with the crawl's
PrivateAddressGuard before it is sent, IP literals included; validators go to their own address
only; headers capped as in the crawl); certificates are verified (a failure means a crawl, which records it). When every answer is "not modified" (or the same bytes, or the same error
status), and robots.txt and the answer for a missing page are as before, a crawl would read
the same pages and documents and follow the same links: the last crawl's facts and bodies
become this run's (each with the time it was confirmed), and Scrapy is not started.

The first answer that differs ends the check, and the audit crawls as usual. What the check
confirmed is not asked for again: the HTTP cache serves it as fresh. Nothing is ever taken on
trust without asking the site: a PDF replaced at the same address is seen this week.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import json
import os
import secrets
import shutil
import socket
import time
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from common.facts import read_head, restamped
from common.files import write_atomic
from common.run_folder import WorkFolder
from crawler.bodies import DATA, read_index
from crawler.cache import carry_facts_digest
from crawler.options import CrawlResult


def crawler_digest() -> str:
    """SHA-256 of the code that decides what a crawl records (the crawler package, Scrapy's
    version): facts written by other code are not reused."""
    from importlib.metadata import version

    root = Path(__file__).resolve().parent
    h = hashlib.sha256(version("scrapy").encode())
    for f in sorted(root.rglob("*.py")):
        h.update(str(f.relative_to(root)).encode() + b"\n" + f.read_bytes())
    return h.hexdigest()


def write_record(work: Path, url: str, obey_robots: bool, result, facts: int) -> None:
    """Note what this finished crawl was, beside its facts, for the next audit's check."""
    robots = {u: rec.get("sha256", "") for u, rec in read_index(WorkFolder(work).bodies).items()
              if urlsplit(u).path == "/robots.txt"}
    write_atomic(WorkFolder(work).record, json.dumps({
        "url": url, "code": crawler_digest(), "robots_txt": obey_robots, "facts": facts,
        "finish_reason": result.finish_reason, "findings": result.findings,
        "external_links": result.external_links, "robots": robots,
    }, ensure_ascii=False))


@dataclass
class Target:
    """One address to ask again, and the answer that means "as last time"."""

    requested: str
    url: str  # where it ended, after redirects
    kind: str
    status: int
    depth: int
    sha256: str = ""  # of the body last time (200 answers)
    etag: str = ""
    last_modified: str = ""


@dataclass
class Check:
    """What the check found: ``unchanged`` with the time each address was confirmed, else why not."""

    unchanged: bool = False
    why: str = ""
    confirmed: dict[str, float] = field(default_factory=dict)  # requested url -> when
    validators: dict[str, list[str]] = field(default_factory=dict)  # url -> [ETag, Last-Modified]
    wire_bytes: int = 0
    asked: int = 0


def _targets(facts_path: Path, bodies: dict[str, dict]) -> tuple[list[Target], str]:
    """The addresses of the last crawl, shallowest first; or ([], why) when one cannot be
    checked by asking again (a network error, a file over the size cap, a download or a
    reading cut short)."""
    last: dict[str, Target] = {}
    with facts_path.open("rb") as fh:
        for line in fh:
            head = read_head(line)
            if head is None:
                continue
            url, status = head.url, head.status
            if head.kind == "error" and status == 0:
                if head.error.startswith("malformed address"):
                    continue  # never asked: the link itself is broken
                return [], f"{url} could not be fetched last time"
            if cut := head.cut_short:
                return [], f"{url}: {cut} last time"
            t = Target(head.requested_url, url, head.kind, status, head.depth)
            if status == 200:
                rec = bodies.get(url)
                if rec is None:
                    return [], f"{url} was not stored whole last time"
                headers = rec.get("headers", {})
                t.sha256, t.etag = rec.get("sha256", ""), headers.get("ETag", "")
                t.last_modified = headers.get("Last-Modified", "")
            last[head.requested_url] = t
    return sorted(last.values(), key=lambda t: t.depth), ""


class _GuardedResolver:
    """aiohttp resolver refusing the addresses crawler.middlewares.PrivateAddressGuard refuses."""

    def __init__(self, root: str):
        import aiohttp

        from common.urls import address_class

        self._inner = aiohttp.ThreadedResolver()
        self._class = address_class
        self._root_host = urlsplit(root).hostname or ""
        self._allowed: set[str] | None = None

    async def _allowed_classes(self) -> set[str]:
        if self._allowed is None:
            classes = {self._class(h["host"]) for h in await self._inner.resolve(self._root_host, 0)}
            self._allowed = {"public", classes.pop() if len(classes) == 1 else "public"}
        return self._allowed

    async def resolve(self, host: str, port: int = 0, family: int = socket.AF_INET):
        hosts = await self._inner.resolve(host, port, family)
        allowed = await self._allowed_classes()
        if any(self._class(h["host"]) not in allowed for h in hosts):
            raise OSError(f"refused: {host} is on a private address")
        return hosts

    async def close(self) -> None:
        await self._inner.close()


async def _ask_all(root: str, targets: list[Target], robots: dict[str, str] | None,
                   probe_404: bool, settings) -> Check:
    import aiohttp
    import yarl

    from common.urls import canonical
    from crawler.middlewares import PrivateAddressGuard

    check = Check()
    concurrency = max(1, settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 2))
    delay = settings.getfloat("DOWNLOAD_DELAY", 0.0)
    timeout = aiohttp.ClientTimeout(total=settings.getfloat("DOWNLOAD_TIMEOUT", 30))
    connector = aiohttp.TCPConnector(limit=max(concurrency, settings.getint("CONCURRENT_REQUESTS", 8)),
                                     limit_per_host=concurrency, resolver=_GuardedResolver(root))
    maxsize = settings.getint("DOWNLOAD_MAXSIZE", 60 * 2**20)
    next_start: dict[str, float] = {}  # host -> earliest start of its next request (the delay)
    proxies = urllib.request.getproxies()  # as Scrapy's HttpProxyMiddleware: http_proxy, no_proxy

    @functools.lru_cache(maxsize=64)
    def by_host(scheme: str, host: str) -> str | None:
        proxy = proxies.get(scheme)
        return None if not proxy or urllib.request.proxy_bypass(host) else proxy

    def proxy_for(url: str) -> str | None:
        parts = urlsplit(url)
        return by_host(parts.scheme, parts.hostname or "") if proxies else None

    lock = asyncio.Lock()

    async def polite(url: str) -> None:
        if delay <= 0:
            return
        host = urlsplit(url).netloc
        async with lock:
            now = time.monotonic()
            start = max(now, next_start.get(host, now))
            next_start[host] = start + delay
        await asyncio.sleep(start - now)

    guard = PrivateAddressGuard(root=root)  # the crawl's own check, resolving with asyncio
    guard.resolve = _resolve
    max_redirects = settings.getint("REDIRECT_MAX_TIMES", 10)

    async with aiohttp.ClientSession(
        connector=connector, timeout=timeout, trust_env=False,
        headers={"User-Agent": settings.get("USER_AGENT")}, cookie_jar=aiohttp.DummyCookieJar(),
        max_headers=settings.getint("OIT_MAX_HEADERS", 256), max_field_size=8190, max_line_size=8190,
    ) as session:

        async def get(url: str, headers: dict | None = None, *, body: bool = False):
            """Redirects followed here, one hop at a time: every hop's address passes the
            crawl's private-address check before anything is sent (aiohttp never asks the
            resolver about an IP literal), and the page's validators go to its own address only."""
            current, sent = url, headers or {}
            for _hop in range(max_redirects + 1):
                why = await guard.refusal(current)
                if why:
                    raise RefusedHop(why)
                await polite(current)
                async with session.get(yarl.URL(current, encoded=True), headers=sent, proxy=proxy_for(current),
                                       allow_redirects=False) as r:
                    check.wire_bytes += sum(len(k) + len(v) + 4 for k, v in r.raw_headers)
                    check.asked += 1
                    location = r.headers.get("Location")
                    if r.status in _REDIRECTS and location:
                        nxt = urljoin(current, location)
                        if urlsplit(nxt).scheme not in ("http", "https"):
                            return r.status, current, b"", r.headers
                        if nxt != current:
                            sent = {}  # If-None-Match / If-Modified-Since belong to the first address
                        current = nxt
                        continue
                    data = await _capped(r, maxsize) if body and r.status == 200 else b""
                    check.wire_bytes += len(data)
                    return r.status, str(r.url), data, r.headers
            raise RefusedHop(f"more than {max_redirects} redirects from {url}")

        def differs(url: str, what: str) -> str:
            return f"{url}: {what}"

        # robots.txt of every host: the same rules decide the same links
        origins = dict.fromkeys(urlsplit(u)[:2] for t in targets for u in (t.requested, t.url))
        hosts = [f"{scheme}://{netloc}/robots.txt" for scheme, netloc in origins]
        for host_root in hosts if robots is not None else ():
            status, _u, data, _h = await get(host_root, body=True)
            now = hashlib.sha256(data).hexdigest() if status == 200 and data else ""
            if now != robots.get(host_root, ""):
                check.why = differs(host_root, "robots.txt changed")
                return check
        if probe_404:  # a page that cannot exist must still not be answered with 200
            missing = urljoin(root, f"oit-audit-no-such-page-{secrets.token_hex(6)}.html")
            status, *_ = await get(missing)
            if status == 200:
                check.why = differs(missing, "the site now answers 200 for missing pages")
                return check

        queue: asyncio.Queue[Target] = asyncio.Queue()
        for t in targets:
            queue.put_nowait(t)

        async def one(t: Target) -> str:
            headers = {}
            if t.etag:
                headers["If-None-Match"] = t.etag
            if t.last_modified:
                headers["If-Modified-Since"] = t.last_modified
            status, final, data, got = await get(t.requested, headers, body=t.status == 200)
            if canonical(final) != canonical(t.url):
                return differs(t.requested, f"now leads to {final}")
            if t.status != 200:
                return "" if status == t.status else differs(t.url, f"answered {status}, last time {t.status}")
            if status == 304:
                check.validators[t.url] = [t.etag, t.last_modified]
                return ""
            if status == 200 and hashlib.sha256(data).hexdigest() == t.sha256:
                return ""
            return differs(t.url, f"answered {status} with other content" if status == 200 else f"answered {status}")

        async def worker() -> None:
            while not check.why and not queue.empty():
                t = queue.get_nowait()
                try:
                    why = await one(t)
                except (aiohttp.ClientError, TimeoutError, OSError, ValueError) as exc:
                    why = differs(t.requested, f"{type(exc).__name__} {exc}".strip())
                if why:
                    check.why = check.why or why
                else:
                    check.confirmed[t.requested] = time.time()

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    check.unchanged = not check.why
    return check


_REDIRECTS = frozenset({301, 302, 303, 307, 308})


class RefusedHop(OSError):
    """A redirect hop the check will not follow (a private address, too many redirects)."""


async def _resolve(host: str) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return [info[4][0] for info in infos]


async def _capped(response, maxsize: int) -> bytes:
    """The body, unless it is over the crawl's size cap (then b"": not the same bytes)."""
    if (response.content_length or 0) > maxsize:
        return b""
    data = bytearray()
    async for chunk in response.content.iter_chunked(1 << 16):
        data += chunk
        if len(data) > maxsize:
            return b""
    return bytes(data)


def reuse_if_unchanged(url: str, facts_path: Path, options, settings):
    """This run's crawl result from the last one when the site answers every address as then;
    None when a crawl is needed (then ``.work/confirmed.json`` lists what need not be asked
    again). Writes this run's facts, bodies and record only once the whole site is confirmed."""

    prev = Path(options.previous_facts) if options.previous_facts else None
    if prev is None or not prev.is_file():
        return None
    work = facts_path.parent
    try:
        record = json.loads(WorkFolder(prev.parent).record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # written by an older version, or the last crawl did not finish
    if (record.get("url") != url or record.get("finish_reason") != "finished"
            or record.get("robots_txt") != options.obey_robots
            or int(record.get("facts", 0)) >= options.max_pages
            or record.get("code") != crawler_digest()):
        return None
    prev_bodies = WorkFolder(prev.parent).bodies
    bodies = read_index(prev_bodies)
    if not (prev_bodies / DATA).is_file():
        return None
    if any("soft 404" in f or "TLS certificate" in f for f in record.get("findings", [])):
        # Which pages count as missing depends on the probe's page; a certificate may have been
        # renewed since (the check verifies certificates, the crawl records what it finds).
        return None
    targets, why = _targets(prev, bodies)
    work.mkdir(parents=True, exist_ok=True)
    log = WorkFolder(work).crawl_log
    if not targets:
        log.write_text(f"quick check: not possible ({why or 'nothing to ask'}); crawling\n", encoding="utf-8")
        return None
    started = time.monotonic()
    try:
        check = asyncio.run(_ask_all(url, targets, record.get("robots") if options.obey_robots else None,
                                     settings.getbool("OIT_SOFT404_PROBE", True), settings))
    except Exception as exc:  # noqa: BLE001 - the check is an optimisation: crawl instead
        check = Check(why=f"check failed: {type(exc).__name__} {exc}")
    took = time.monotonic() - started
    if not check.unchanged:
        write_atomic(WorkFolder(work).confirmed, json.dumps(check.validators))
        settings.set("OIT_CHECK_WIRE_BYTES", check.wire_bytes)  # counted with the crawl's
        log.write_text(f"quick check: {check.asked} address(es) asked in {took:.1f} s; "
                       f"changed: {check.why}; crawling\n", encoding="utf-8")
        return None
    # The whole site is as it was: the last crawl's bodies and facts are this run's (the facts
    # last: a facts file is what makes a stopped run one to continue).
    bodies_dir = WorkFolder(work).bodies
    by_url = {t.url: check.confirmed.get(t.requested) for t in targets}
    index = []
    for u, rec in bodies.items():
        when = by_url.get(u)
        if when is not None:
            rec = {**rec, "fetched_at": datetime.fromtimestamp(when, UTC).isoformat()}
        index.append(json.dumps(rec, ensure_ascii=False) + "\n")
    if bodies_dir.resolve() != prev_bodies.resolve():
        shutil.rmtree(bodies_dir, ignore_errors=True)
        bodies_dir.mkdir(parents=True)
        try:
            os.link(prev_bodies / DATA, bodies_dir / DATA)  # the same bytes: no copy
        except OSError:
            shutil.copyfile(prev_bodies / DATA, bodies_dir / DATA)
    # not forced to disk: like the crawl's own facts file, a stopped run is run again
    write_atomic(bodies_dir / "index.jsonl", "".join(index), sync=False)
    out = []
    for line in prev.read_bytes().splitlines(keepends=True):
        head = read_head(line) if line.endswith(b"\n") else None  # no newline: cut by a hard stop
        if head is not None:
            when = check.confirmed.get(head.requested_url)
            out.append(line if when is None else restamped(line, datetime.fromtimestamp(when, UTC)))
    write_atomic(facts_path, b"".join(out), sync=False)
    carry_facts_digest(prev, facts_path)  # fetch times aside, the same facts
    result = CrawlResult(
        facts_path=facts_path, finish_reason="finished", findings=list(record.get("findings", [])),
        external_links=int(record.get("external_links", 0)), bytes_downloaded=check.wire_bytes,
        pages_unchanged=sum(1 for t in targets if t.kind == "page"),
        site_unchanged=True,
    )
    write_atomic(WorkFolder(work).record, json.dumps({**record}, ensure_ascii=False))
    with contextlib.suppress(OSError):
        WorkFolder(work).confirmed.unlink()
    log.write_text(f"quick check: {check.asked} address(es) asked in {took:.1f} s; every one as at "
                   f"the last audit: its crawl is reused\n", encoding="utf-8")
    return result


