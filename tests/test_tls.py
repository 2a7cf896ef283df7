"""Expired and self-signed certificates: the audit still runs, and says so."""

from __future__ import annotations

import datetime as dt
import ssl

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from crawler.serve import SAMPLE_SITE, StaticSite
from tests.conftest import load_report, run_oit


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
