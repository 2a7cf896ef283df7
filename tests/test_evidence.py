"""The evidence WARC: written atomically, read back with warcio, bodies checked by SHA-256."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.checker import Checker

from crawler.evidence import (
    EvidenceError,
    EvidenceRecord,
    list_evidence,
    read_body,
    target_uri,
    write_warc,
)
from tests.docmaker import make_pdf

ICT = timezone(timedelta(hours=7))
SITE = "https://www.samplecity.go.th/"
THAI_HTML = (
    "<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'><title>โครงสร้างส่วนราชการ</title>"
    "</head><body><h1>โครงสร้างส่วนราชการ เทศบาลเมืองตัวอย่าง ปี ๒๕๖๙</h1></body></html>"
).encode()
TIS620_HTML = "<p>ประกาศ เรื่อง แผนการจัดซื้อจัดจ้าง</p>".encode("tis-620")


@pytest.fixture(scope="module")
def pdf_body() -> bytes:
    return make_pdf()


def _records(pdf_body: bytes) -> list[EvidenceRecord]:
    return [
        EvidenceRecord(
            url=SITE + "about/structure.html",
            status=200,
            headers={
                "Content-Type": "text/html; charset=utf-8",
                "Content-Encoding": "gzip",  # the body kept is the decoded one
                "Transfer-Encoding": "chunked",
                "Content-Length": "17",
                "Set-Cookie": ["a=1", "b=2"],
            },
            body=THAI_HTML,
            fetched_at=datetime(2026, 11, 25, 10, 0, 5, tzinfo=ICT),
            items=["O1"],
        ),
        EvidenceRecord(
            url=SITE + "docs/แผนจัดซื้อ 2569.pdf",
            status=200,
            headers={
                "Content-Type": "application/pdf",
                "Content-Disposition": 'attachment; filename="แผน.pdf"',
                "X-Evil": "a\r\nWARC-Type: revisit",  # a header must not forge WARC fields
            },
            body=pdf_body,
            fetched_at=datetime(2026, 11, 25, 10, 1, 0, tzinfo=ICT),
            items=["O12", "O13"],
        ),
        EvidenceRecord(
            url=SITE + "news/1.html",
            status=200,
            headers={"Content-Type": "text/html; charset=tis-620"},
            body=TIS620_HTML,
            fetched_at=datetime(2026, 11, 25, 3, 2, 0, tzinfo=UTC),
            items=["O12"],
        ),
    ]


@pytest.mark.parametrize("name", ["evidence.warc.gz", "evidence.warc"])
def test_write_and_read_back(tmp_path, pdf_body, name):
    path = write_warc(tmp_path / "run" / name, _records(pdf_body), site="samplecity.go.th", run=7)
    assert path == tmp_path / "run" / name and path.is_file()
    assert [p.name for p in path.parent.iterdir()] == [name]  # no temp file left

    found = list_evidence(path)
    assert [e["url"] for e in found] == [
        SITE + "about/structure.html",
        target_uri(SITE + "docs/แผนจัดซื้อ 2569.pdf"),
        SITE + "news/1.html",
    ]
    assert found[1]["url"] == SITE + "docs/%E0%B9%81%E0%B8%9C%E0%B8%99%E0%B8%88%E0%B8%B1%E0%B8%94%E0%B8%8B%E0%B8%B7%E0%B9%89%E0%B8%AD%202569.pdf"
    html, pdf, news = found
    assert html["sha256"] == hashlib.sha256(THAI_HTML).hexdigest() == html["recorded_sha256"]
    assert pdf["sha256"] == hashlib.sha256(pdf_body).hexdigest()
    assert all(e["verified"] for e in found)
    assert (html["size"], pdf["size"], news["size"]) == (len(THAI_HTML), len(pdf_body), len(TIS620_HTML))
    assert html["fetched_at"] == datetime(2026, 11, 25, 3, 0, 5, tzinfo=UTC)
    assert pdf["fetched_at"] == datetime(2026, 11, 25, 10, 1, tzinfo=ICT)
    assert (html["status"], pdf["content_type"]) == (200, "application/pdf")
    assert pdf["items"] == ["O12", "O13"]

    assert [e["url"] for e in list_evidence(path, "o12")] == [pdf["url"], news["url"]]
    assert [e["url"] for e in list_evidence(path, "O1")] == [html["url"]]
    assert list_evidence(path, "O99") == []

    assert read_body(path, SITE + "docs/แผนจัดซื้อ 2569.pdf") == pdf_body
    assert read_body(path, SITE + "about/structure.html", offset=html["offset"]) == THAI_HTML
    with pytest.raises(KeyError):
        read_body(path, SITE + "nothing.html")
    with pytest.raises(KeyError):  # the offset of another record
        read_body(path, SITE + "about/structure.html", offset=pdf["offset"])


def test_records_as_any_warc_tool_sees_them(tmp_path, pdf_body):
    path = write_warc(tmp_path / "e.warc.gz", _records(pdf_body), site="samplecity.go.th", run=7)
    with path.open("rb") as fh:
        records = [
            (r.rec_type, r.rec_headers, r.http_headers, r.content_stream().read())
            for r in ArchiveIterator(fh)
        ]
    kinds = [r[0] for r in records]
    assert kinds == ["warcinfo", "response", "response", "response"]
    info = records[0][3].decode()
    assert "software: oit-audit/" in info and "site: samplecity.go.th" in info and "run: 7" in info

    _, warc, http, body = records[1]
    assert body == THAI_HTML  # not gunzipped or de-chunked a second time
    assert warc.get_header("WARC-Date") == "2026-11-25T03:00:05Z"
    assert warc.get_header("WARC-Oit-SHA256") == hashlib.sha256(THAI_HTML).hexdigest()
    assert warc.get_header("WARC-Payload-Digest").startswith("sha256:")
    assert warc.get_header("WARC-Oit-Items") == "O1"
    assert http.protocol == "HTTP/1.1" and http.get_statuscode() == "200"
    assert http.get_header("Content-Length") == str(len(THAI_HTML))
    assert http.get_header("Content-Encoding") is None
    assert http.get_header("X-Oit-Orig-Content-Encoding") == "gzip"
    assert [v for k, v in http.headers if k == "Set-Cookie"] == ["a=1", "b=2"]

    _, warc, http, body = records[2]
    assert body == pdf_body and body.startswith(b"%PDF")
    assert warc.get_header("WARC-Type") == "response"
    assert http.get_header("X-Evil") == "a WARC-Type: revisit"

    # warcio's own checker recomputes every block and payload digest
    checker = Checker(type("Args", (), {"inputs": [str(path)], "verbose": False})())
    assert checker.process_all() == 0


def test_tampered_body_is_not_verified(tmp_path):
    rec = EvidenceRecord(
        url=SITE + "a.html", status=200, headers={"Content-Type": "text/html"},
        body="ประกาศผลการจัดซื้อ งบ 100,000 บาท".encode(), fetched_at=datetime.now(UTC), items=["O14"],
    )
    path = write_warc(tmp_path / "e.warc", [rec])
    raw = path.read_bytes()
    forged = "ประกาศผลการจัดซื้อ งบ 900,000 บาท".encode()
    path.write_bytes(raw.replace(rec.body, forged))
    (entry,) = list_evidence(path)
    assert entry["verified"] is False
    assert entry["sha256"] == hashlib.sha256(forged).hexdigest() != entry["recorded_sha256"]


def test_atomic_write_keeps_the_old_archive(tmp_path, pdf_body):
    path = write_warc(tmp_path / "e.warc.gz", _records(pdf_body), run=1)
    before = path.read_bytes()

    def failing():
        yield _records(pdf_body)[0]
        raise RuntimeError("crawler stopped")

    with pytest.raises(RuntimeError):
        write_warc(path, failing(), run=2)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["e.warc.gz"]


def test_naive_time_is_local_and_empty_archive(tmp_path):
    naive = datetime(2026, 1, 5, 9, 30, 0)  # Fact.fetched_at is naive local time
    rec = EvidenceRecord(url=SITE, status=404, headers={}, body=b"", fetched_at=naive)
    (entry,) = list_evidence(write_warc(tmp_path / "e.warc", [rec]))
    assert entry["fetched_at"] == naive.astimezone()
    assert (entry["status"], entry["size"], entry["items"], entry["verified"]) == (404, 0, [], True)
    assert list_evidence(write_warc(tmp_path / "none.warc.gz", [])) == []


def test_unreadable_archive(tmp_path):
    with pytest.raises(EvidenceError):
        list_evidence(tmp_path / "missing.warc.gz")
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(b"\x1f\x8b\x08\x00garbage" * 10)
    with pytest.raises(EvidenceError):
        list_evidence(junk)
