"""Scrapy settings: polite defaults, in one place. The `oit` command overrides a few."""

from importlib.metadata import PackageNotFoundError, version

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

DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 10
# Documents are capped; the spider records a capped download as "too large".
DOWNLOAD_MAXSIZE = 60 * 1024 * 1024
DOWNLOAD_WARNSIZE = 20 * 1024 * 1024

# Expired and self-signed certificates are common on municipal sites: crawl, and record it.
DOWNLOAD_VERIFY_CERTIFICATES = False

# Scrapy 2.19 starts a remote-control server that executes code; never.
REMOTE_CONTROL_ENABLED = False
TELNETCONSOLE_ENABLED = False

COOKIES_ENABLED = False
HTTPERROR_ALLOW_ALL = True  # the spider records 4xx/5xx as facts (broken links)
DEPTH_LIMIT = 12
DEPTH_PRIORITY = 0

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.ThaiEncodingMiddleware": 950,
}
ITEM_PIPELINES = {
    "crawler.pipelines.DocumentTextPipeline": 300,
    "crawler.pipelines.FactsWriterPipeline": 900,
}

LOG_LEVEL = "WARNING"
LOG_INSTALL_ROOT_HANDLER = True
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
