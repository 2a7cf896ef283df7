"""Scrapy settings: the whole crawl stack and its polite defaults, in one place.

Every middleware, extension and pipeline of a crawl is declared here at its order, so that
``scrapy crawl site`` runs the same stack as ``oit audit``; :func:`crawler.run.build_settings`
only sets values (paths, limits, concurrency), and a component that is off in a run is turned
off by a setting it reads (``HTTPCACHE_ENABLED``, ``OIT_BODIES_DIR``, ``OIT_PROGRESS``,
``OIT_SOFT404_PROBE``).

Limits that a user may need to change (a slow government server, a very large scanned PDF)
are read from environment variables, so a cron job can set them without new options:

=========================  =======  ==============================================================
variable                   default  meaning
=========================  =======  ==============================================================
OIT_DOWNLOAD_TIMEOUT       30       seconds for one whole response (connect + headers + body)
OIT_RETRY_TIMES            2        retries of a timeout, reset, 5xx, 408 or 429 (never a 404)
OIT_RETRY_AFTER_MAX        30       longest Retry-After wait honoured (s); a longer one: no retry
OIT_DOWNLOAD_MAXSIZE_MB    60       documents larger than this are not downloaded ("too large")
OIT_MAX_PAGE_MB            2        HTML read per page (a larger page is read up to this size)
OIT_MAX_HEADERS            256      header lines of one response (more: cut, named in a finding)
OIT_MAX_HEADER_KB          256      header bytes of one response, in KB
OIT_TRAP_CHAIN             10       same-path links with a changing query followed in a row
OIT_TRAP_VARIANTS          200      links to one path with a query followed in all (any query)
=========================  =======  ==============================================================
"""

import os
from importlib.metadata import PackageNotFoundError, version

#: Environment values that were not usable numbers (the default was used instead).
ENV_PROBLEMS: list[str] = []


def _env_number(name: str, default: float, *, minimum: float = 0, integer: bool = False,
                maximum: float = 1e6):
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw) if integer and len(raw) <= 20 else float(raw[:40])
    except ValueError:
        ENV_PROBLEMS.append(f"{name}={raw[:40]!r} is not a number; using {default}")
        return default
    if not value >= minimum:  # also NaN
        ENV_PROBLEMS.append(f"{name}={raw[:40]!r} is below {minimum}; using {default}")
        return default
    if not value <= maximum:  # inf, 1e308: a hang or an overflow deep in the crawl
        ENV_PROBLEMS.append(f"{name}={raw[:40]!r} is over {maximum:g}; using {default}")
        return default
    return int(value) if integer else value


try:
    VERSION = version("oit-audit")
except PackageNotFoundError:  # running from a checkout without install
    VERSION = "0.1.0"

BOT_NAME = "oit-audit"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# An honest user agent: who we are and why we fetch.
USER_AGENT = (
    f"oit-audit/{VERSION} (+self-check of an agency website against the NACC ITA OIT checklist)"
)

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
DOWNLOAD_DELAY_JITTER = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 10.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

_MB = 1024 * 1024
DOWNLOAD_TIMEOUT = _env_number("OIT_DOWNLOAD_TIMEOUT", 30, minimum=0.1)
RETRY_ENABLED = True
RETRY_TIMES = _env_number("OIT_RETRY_TIMES", 2, integer=True)
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
OIT_RETRY_AFTER_MAX = _env_number("OIT_RETRY_AFTER_MAX", 30)  # seconds
OIT_RETRY_BACKOFF = 1.0  # 429/503 without Retry-After: wait 1, 2, 4 ... s (up to the cap)
REDIRECT_MAX_TIMES = 10
# Sizes are capped before reading: Scrapy refuses a body whose Content-Length is over the cap
# and stops reading one without a length at the cap. The spider records it as "too large".
DOWNLOAD_MAXSIZE = int(_env_number("OIT_DOWNLOAD_MAXSIZE_MB", 60, minimum=1) * _MB)
DOWNLOAD_WARNSIZE = min(20 * _MB, DOWNLOAD_MAXSIZE)
# Headers: Twisted reads 16 KB lines without end; crawler.http_limits cuts a response at these.
OIT_MAX_HEADERS = _env_number("OIT_MAX_HEADERS", 256, minimum=8, integer=True)
OIT_MAX_HEADER_BYTES = int(_env_number("OIT_MAX_HEADER_KB", 256, minimum=4) * 1024)
DOWNLOAD_HANDLERS = {
    "http": "crawler.http_limits.BoundedHTTPDownloadHandler",
    "https": "crawler.http_limits.BoundedHTTPDownloadHandler",
}
OIT_MAX_PAGE_BYTES = int(_env_number("OIT_MAX_PAGE_MB", 2, minimum=0.01) * _MB)
# Crawler traps (endless calendars, ?page=N, search pages): crawler.traps.
OIT_TRAP_CHAIN = _env_number("OIT_TRAP_CHAIN", 10, minimum=1, integer=True)
OIT_TRAP_VARIANTS = _env_number("OIT_TRAP_VARIANTS", 200, minimum=1, integer=True)
# Ask for one page that cannot exist before the crawl: a 200 means the site has soft 404s
# (crawler.soft404).
OIT_SOFT404_PROBE = True
OIT_PROGRESS = False  # the one-line progress display on a terminal (crawler.progress)
# The crawl's order hint, (link text, row or heading) -> 0-3, by its dotted name, for a crawl
# started by name (`scrapy crawl site -s OIT_LINK_HINT=checklist.signals.evidence_hint`, a Scrapyd
# job); an audit passes the function itself. None: breadth-first.
OIT_LINK_HINT = None

# Expired and self-signed certificates are common on municipal sites: crawl, and record it.
DOWNLOAD_VERIFY_CERTIFICATES = False

# Scrapy 2.19 starts a remote-control server that executes code; never.
REMOTE_CONTROL_ENABLED = False
TELNETCONSOLE_ENABLED = False

COOKIES_ENABLED = False
HTTPERROR_ALLOW_ALL = True  # the spider records 4xx/5xx as facts (broken links)
DEPTH_LIMIT = 12  # clicks from the home page (crawler.depth)
DEPTH_PRIORITY = 0

# The HTTP cache of weekly re-crawls (crawler.httpcache); crawler.run turns it on and gives
# its folder.
HTTPCACHE_ENABLED = False
HTTPCACHE_POLICY = "crawler.httpcache.RevalidatePolicy"
HTTPCACHE_STORAGE = "crawler.httpcache.PackCacheStorage"
HTTPCACHE_IGNORE_HTTP_CODES = [301, 302, 303, 307, 308, 404, 410, 500, 502, 503, 504]

# Downloader middlewares: a response passes them from the highest number to the lowest.
DOWNLOADER_MIDDLEWARES = {
    # Before robots.txt (100): a refused host is not even asked for its robots.txt.
    "crawler.middlewares.PrivateAddressGuard": 60,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.limits_findings.BoundedRobotsTxtMiddleware": 100,  # robots.txt over 500 KB: a finding
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.RetryAfterMiddleware": 550,
    # The bytes as decoded for the spider (after the HTTP cache at 900 and decompression at
    # 590), kept for the next audit's quick check; on when OIT_BODIES_DIR is set.
    "crawler.bodies.BodyStoreMiddleware": 570,
    # A viewer page (PDF.js "?file=/files/plan.pdf") leads on to its document, as a redirect
    # would: after decompression, before the Thai re-decoding of the page it replaces.
    "crawler.viewers.DocumentViewerMiddleware": 585,
    # Thai re-decoding sees what the spider sees: after the cache and decompression.
    "crawler.middlewares.ThaiEncodingMiddleware": 580,
    # Closer to the network than the HTTP cache: sees a 304 before the cache turns it into 200.
    "crawler.httpcache.WireBytesMiddleware": 960,
}
# Spider middlewares: the spider's output passes them from the highest number to the lowest
# (a page's fact and its links: soft 404s, then links only in JavaScript, then the depth and
# trap limits).
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,  # crawler.depth counts clicks
    "crawler.tls_check.CertificateCheck": 950,
    "crawler.soft404.Soft404": 940,
    "crawler.script_links.ScriptLinks": 930,
    "crawler.depth.ClickDepthLimit": 920,
    "crawler.traps.TrapLimit": 910,
    # Links over URLLENGTH_LIMIT (2,083) are counted in a finding, not dropped silently.
    "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None,
    "crawler.limits_findings.LongUrlMiddleware": 800,
}
EXTENSIONS = {
    "crawler.findings.Findings": 100,
    "crawler.progress.Progress": 500,
}
OIT_ROBOTS_MAX_BYTES = 500 * 1024
# A page's callback yields one fact and its new links. Scrapy starts CONCURRENT_ITEMS asyncio
# tasks for every response's output (default 100): a hundred idle tasks per page.
CONCURRENT_ITEMS = 4
# A crawl scheduled on Scrapyd by `oit batch --scrapyd` takes the audit's settings from its job
# (crawler/scrapyd_job.py); without a job the add-on does nothing.
ADDONS = {"crawler.scrapyd_job.ScrapydJob": 0}
ITEM_PIPELINES = {
    "crawler.pipelines.DocumentTextPipeline": 300,
    "crawler.pipelines.FactsWriterPipeline": 900,
}

LOG_LEVEL = "WARNING"
LOG_INSTALL_ROOT_HANDLER = True
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
