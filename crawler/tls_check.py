"""The site's TLS certificate: the crawl accepts any certificate (expired and self-signed
ones are common on municipal sites) and names an expired or self-signed one of the home page
in a finding (browsers warn visitors)."""

from __future__ import annotations

from datetime import UTC, datetime

from crawler.findings import state


class CertificateCheck:
    """Spider middleware: reads the certificate of the home page's answer."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_spider_input(self, response, spider=None) -> None:
        if response.status >= 400 or response.meta.get("oit_depth", 0) != 0:
            return
        cert = getattr(response, "certificate", None)
        if cert is None:
            return
        try:
            c = cert.original.to_cryptography()
            not_after, self_signed = c.not_valid_after_utc, c.issuer == c.subject
        except Exception:  # noqa: BLE001 - unknown certificate shapes are not fatal
            return
        if not_after < datetime.now(UTC):
            state(self.crawler, "certificate-expired",
                  f"the site's TLS certificate expired on {not_after:%Y-%m-%d}: browsers warn visitors")
        if self_signed:
            state(self.crawler, "certificate-self-signed",
                  "the site's TLS certificate is self-signed: browsers warn visitors")
