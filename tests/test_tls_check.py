"""Expired and self-signed certificates: the audit still runs, and says so (crawler.tls_check)."""

from __future__ import annotations

import datetime as dt
import ssl

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler
from twisted.internet.ssl import Certificate

from crawler.findings import Findings
from crawler.serve import SAMPLE_SITE, StaticSite
from crawler.tls_check import CertificateCheck
from tests.conftest import load_report, run_oit


def _certificate(days_left: int, self_signed: bool) -> Certificate:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "www.example.go.th")])
    issuer = name if self_signed else x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Thai CA")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(issuer)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=400)).not_valid_after(now + dt.timedelta(days=days_left))
        .sign(key, hashes.SHA256())
    )
    return Certificate.loadPEM(cert.public_bytes(serialization.Encoding.PEM))


def _findings_for(certificate: Certificate, depth: int = 0, status: int = 200) -> dict:
    crawler = get_crawler()
    crawler.findings = Findings.from_crawler(crawler)  # signal receivers are weak references
    url = "https://www.example.go.th/"
    response = HtmlResponse(url, status=status, body=b"<html></html>", certificate=certificate,
                            request=Request(url, meta={"oit_depth": depth}))
    CertificateCheck.from_crawler(crawler).process_spider_input(response)
    return crawler.stats.get_stats()


def test_the_home_page_certificate_is_read():
    found = _findings_for(_certificate(-30, self_signed=True))
    assert set(found) == {"oit/finding/certificate-expired", "oit/finding/certificate-self-signed"}
    assert "expired on" in found["oit/finding/certificate-expired"]
    assert _findings_for(_certificate(90, self_signed=False)) == {}
    assert _findings_for(_certificate(-30, self_signed=True), depth=1) == {}  # the home page's only
    assert _findings_for(_certificate(-30, self_signed=True), status=404) == {}


def _expired_self_signed(tmp_path):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=400)).not_valid_after(now - dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert_path, key_path)
    return ctx


def test_expired_self_signed_certificate_is_crawled_and_recorded(tmp_path):
    with StaticSite(SAMPLE_SITE, ssl_context=_expired_self_signed(tmp_path)) as url:
        assert url.startswith("https://")
        r = run_oit("audit", url, "--out", str(tmp_path / "out"), "--delay", "0",
                    "--max-pages", "5", "--concurrency", "2")
    assert r.returncode == 0, r.stderr
    report = load_report(tmp_path / "out")
    assert report["crawl"]["pages"] >= 2
    findings = " ".join(report["crawl"]["findings"])
    assert "expired" in findings and "self-signed" in findings
    assert report["crawl"]["stopped_by"] == "max-pages reached"


def _ca_signed(tmp_path):
    """A certificate for 127.0.0.1 from a CA of our own (trusted through SSL_CERT_FILE)."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "oit-audit test CA")])
    ca = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
        .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    import ipaddress

    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_path, cert_path, key_path = tmp_path / "ca.pem", tmp_path / "site.pem", tmp_path / "site.key"
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert_path, key_path)
    return ctx, ca_path


def test_renewed_certificate_is_seen_by_the_next_audit(tmp_path):
    """Last week's audit found an expired certificate; the agency renewed it: this week's report
    must not repeat the old finding (the quick check of an unchanged site is not used then), and
    the week after, with nothing changed, the quick check verifies the new certificate."""
    port = 0  # the first server's port, kept for the next weeks (the HTTP cache keys on it)
    ctx, ca = _ca_signed(tmp_path)
    env = {"OIT_DB": str(tmp_path / "h.sqlite"), "OIT_CACHE_DIR": str(tmp_path / "cache"),
           "SSL_CERT_FILE": str(ca)}
    crawls = []
    for week, context in enumerate([_expired_self_signed(tmp_path), ctx, ctx]):
        site = StaticSite(SAMPLE_SITE, port=port, ssl_context=context)
        port = site.server.server_address[1]
        with site as url:
            r = run_oit("audit", url, "--out", str(tmp_path / f"w{week}"), "--delay", "0",
                        "--concurrency", "4", env=env)
        assert r.returncode == 0, r.stderr
        crawls.append(load_report(tmp_path / f"w{week}")["crawl"])
    assert any("expired" in f for f in crawls[0]["findings"])
    assert not any("certificate" in f for f in crawls[1]["findings"] + crawls[2]["findings"])
    assert [c["site_unchanged"] for c in crawls] == [False, False, True]
