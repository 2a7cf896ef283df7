"""Mail: the message (Thai subject, summary, attachments) and sending it to a REAL SMTP server on
127.0.0.1 (aiosmtpd): plain, with login, and with STARTTLS."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword

from reports.diff import diff_reports
from reports.mail import MailError, build_message, send, subject_for, top_gaps
from reports.view import ReportView
from tests.conftest import loopback_smtp, refusing_port
from tests.report_samples import sample_items, sample_report, score_for

SENDER = "OIT audit <oit@samplecity.go.th>"
TO = ["pr@samplecity.go.th", "ปลัด <palad@samplecity.go.th>"]
PDF = b"%PDF-1.4\n% fake but attached as is\n%%EOF\n"


class Inbox:
    """An aiosmtpd handler that keeps what it receives."""

    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted"


@pytest.fixture
def out_dir(tmp_path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.html").write_text(
        "<!DOCTYPE html><html lang='th'><body><h1>รายงาน OIT</h1></body></html>", encoding="utf-8"
    )
    (out / "report.pdf").write_bytes(PDF)
    return out


@pytest.fixture
def smtp_server():
    """Start a real SMTP server on loopback; yields (controller, inbox); kwargs for SMTP."""
    started = []

    def start(**kwargs):
        inbox = Inbox()
        controller = loopback_smtp(inbox, **kwargs)
        controller.start()
        started.append(controller)
        return controller, inbox

    yield start
    for c in started:
        c.stop()


def _received(inbox: Inbox):
    (envelope,) = inbox.envelopes
    return envelope, message_from_bytes(envelope.original_content, policy=policy.default)


def _attachments(msg) -> dict[str, tuple[str, bytes]]:
    return {
        part.get_filename(): (part.get_content_type(), part.get_payload(decode=True))
        for part in msg.iter_attachments()
    }


def test_message_content(out_dir):
    report = sample_report()
    msg = build_message(report, out_dir, sender=SENDER, recipients=TO)
    assert msg["Subject"] == subject_for(report)
    assert "เทศบาลเมืองตัวอย่าง" in msg["Subject"] and "2569" in msg["Subject"]
    assert f"{report.score.oit_estimate:.1f}" in msg["Subject"] and "ต่ำกว่าเกณฑ์ 85" in msg["Subject"]
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    counts = report.counts()
    assert f"พบ {counts['found']}, ล้าสมัย {counts['outdated']}" in text
    assert "เกณฑ์ผ่าน 85" in text and "รายการที่ควรแก้ก่อน" in text
    first_gap = top_gaps(report)[0]
    assert f"1. {first_gap.code} " in text
    assert report.gains.get(first_gap.code, 0) == max(report.gains.get(i.code, 0) for i in top_gaps(report))
    assert "เปลี่ยนแปลงจากการตรวจครั้งก่อน" not in text  # no diff given
    # every gap says what to do, the same sentence as the other report files
    assert ReportView(report).gaps[0].action in text
    # crawled text is escaped in HTML
    items = [i.model_copy(update={"title": i.title + " <script>alert(1)</script>"}) for i in report.items]
    html = build_message(report.model_copy(update={"items": items}), out_dir, sender=SENDER,
                         recipients=TO).get_body(("html",)).get_content()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert set(_attachments(msg)) == {"report.html", "report.pdf"}


def test_message_without_pdf_and_with_diff(out_dir):
    (out_dir / "report.pdf").unlink()
    old = sample_report()
    items = [
        i.model_copy(update={"status": "found", "problems": []}) if i.code == "O12" else i
        for i in sample_items()
    ]
    new = sample_report(items=items, score=score_for(items), agency="")
    msg = build_message(new, out_dir, sender=SENDER, recipients=TO[:1], diff=diff_reports(old, new))
    assert "samplecity.go.th" in msg["Subject"]  # no agency name: the site
    text = msg.get_body(("plain",)).get_content()
    assert "เปลี่ยนแปลงจากการตรวจครั้งก่อน" in text and "พบใหม่ (1)" in text and "O12" in text
    assert "O12" in msg.get_body(("html",)).get_content()
    assert set(_attachments(msg)) == {"report.html"}


def test_attachment_size_limit(out_dir):
    msg = build_message(
        sample_report(), out_dir, sender=SENDER, recipients=TO, max_attachments_bytes=len(PDF) + 10
    )
    assert set(_attachments(msg)) == {"report.pdf"}  # report.html would pass the limit
    assert "report.html" in msg.get_body(("plain",)).get_content()


def test_bad_addresses_and_header_injection(out_dir):
    with pytest.raises(ValueError):
        build_message(sample_report(), out_dir, sender=SENDER, recipients=[])
    with pytest.raises(ValueError):
        build_message(sample_report(), out_dir, sender=SENDER, recipients=["a@b.go.th\nBcc: x@y"])
    with pytest.raises(ValueError):
        build_message(sample_report(), out_dir, sender="nobody", recipients=TO)
    msg = build_message(
        sample_report(agency="เทศบาล\r\nBcc: spy@evil.example"), out_dir, sender=SENDER, recipients=TO
    )
    assert msg["Bcc"] is None and "\n" not in msg["Subject"]


def test_send_to_real_smtp_server(out_dir, smtp_server):
    controller, inbox = smtp_server()
    report = sample_report()
    msg = build_message(report, out_dir, sender=SENDER, recipients=TO)
    refused = send(msg, controller.hostname, controller.port, timeout=10)
    assert refused == {}
    envelope, got = _received(inbox)
    assert envelope.mail_from == "oit@samplecity.go.th"
    assert sorted(envelope.rcpt_tos) == ["palad@samplecity.go.th", "pr@samplecity.go.th"]
    assert got["Subject"] == subject_for(report)  # Thai, through RFC 2047 and back
    assert "เทศบาลเมืองตัวอย่าง" in got["Subject"]
    attachments = _attachments(got)
    assert attachments["report.pdf"] == ("application/pdf", PDF)
    assert attachments["report.html"][0] == "text/html"
    assert "รายงาน OIT".encode() in attachments["report.html"][1]
    assert "คะแนน OIT โดยประมาณ" in got.get_body(("plain",)).get_content()


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_send_with_login(out_dir, smtp_server):
    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
            b"pr", b"s3cret",
        )
        return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535

    controller, inbox = smtp_server(authenticator=authenticator, auth_require_tls=False, auth_required=True)
    msg = build_message(sample_report(), out_dir, sender=SENDER, recipients=TO[:1])
    send(msg, "127.0.0.1", controller.port, user="pr", password="s3cret", timeout=10)
    assert len(inbox.envelopes) == 1
    with pytest.raises(MailError, match="login refused"):
        send(msg, "127.0.0.1", controller.port, user="pr", password="wrong", timeout=10)
    assert len(inbox.envelopes) == 1


def _self_signed(tmp_path) -> tuple[Path, Path]:
    crypto = pytest.importorskip("cryptography")  # noqa: F841 (comes with Scrapy)
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def test_send_with_starttls(out_dir, smtp_server, tmp_path):
    cert, key = _self_signed(tmp_path)
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    controller, inbox = smtp_server(tls_context=server_ctx, require_starttls=True)
    msg = build_message(sample_report(), out_dir, sender=SENDER, recipients=TO[:1])
    with pytest.raises(MailError):  # the server wants STARTTLS first
        send(msg, "127.0.0.1", controller.port, timeout=10)
    with pytest.raises(MailError):  # an unknown certificate is refused
        send(msg, "127.0.0.1", controller.port, starttls=True, timeout=10)
    client_ctx = ssl.create_default_context(cafile=str(cert))
    send(msg, "127.0.0.1", controller.port, starttls=True, ssl_context=client_ctx, timeout=10)
    assert len(inbox.envelopes) == 1


def test_unreachable_server(out_dir):
    msg = build_message(sample_report(), out_dir, sender=SENDER, recipients=TO[:1])
    with pytest.raises(MailError, match=r"127\.0\.0\.1"), refusing_port() as port:
        send(msg, "127.0.0.1", port, timeout=5)



def test_message_carries_the_trend(out_dir, tmp_path):
    """The weekly mail lists the last runs' scores (text) and draws them as bars (HTML), read from
    a real history file; the changes since the last run come with them."""
    from reports.history import History
    from reports.trend import with_current
    from tests.history_samples import build_history

    db, ids = build_history(tmp_path / "h")
    with History(db, readonly=True) as hist:
        old = hist.report(ids[-2])
        new = hist.report(ids[-1])
        trend = with_current(hist.trend(new.site, 11, before_run_id=ids[-1]), new, ids[-1])
    msg = build_message(new, out_dir, sender=SENDER, recipients=TO[:1], diff=diff_reports(old, new),
                        trend=trend)
    text = msg.get_body(("plain",)).get_content()
    assert f"คะแนน {len(ids)} ครั้งล่าสุด (เกณฑ์ผ่าน 85.0)" in text
    lines = [ln for ln in text.splitlines() if "ธ.ค. 69" in ln or "พ.ย. 69" in ln]
    assert [ln.split()[3] for ln in lines] == [f"{hist_score:.1f}" for hist_score in (r.score for r in trend)]
    assert "พบใหม่ (1)" in text and "O2" in text  # week 5: the executives page is back
    html = msg.get_body(("html",)).get_content()
    assert html.count("<tr><td>") >= len(ids) and 'class="trend"' in html
    one = build_message(new, out_dir, sender=SENDER, recipients=TO[:1], trend=trend[-1:])
    assert "ครั้งล่าสุด" not in one.get_body(("plain",)).get_content()  # one run is no trend
