"""The evidence archive: every evidence page and document of a run, kept in one WARC file.

In the clarification window (ชี้แจง) an agency must show what its website published on a date.
:func:`write_warc` keeps, for each fetched evidence URL, one WARC ``response`` record with:

- ``WARC-Date``: the fetch time (UTC, as WARC requires);
- the HTTP status line and response headers as the server sent them, except that
  ``Content-Encoding`` / ``Transfer-Encoding`` are renamed ``X-Oit-Orig-...`` and
  ``Content-Length`` is set to the stored body: the body kept is the decoded one the audit read;
- ``WARC-Payload-Digest: sha256:<base32>`` and ``WARC-Oit-SHA256: <hex>`` (the same hex digest as
  ``document.sha256`` in the facts), and ``WARC-Oit-Items``: the item codes it is evidence for;

plus a leading ``warcinfo`` record naming the tool, the site and the run. Any WARC tool (warcio,
pywb, ReplayWeb.page) opens the file; :func:`list_evidence` reads it back and re-checks every
body against its recorded SHA-256.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import Any

from w3lib.url import safe_url_string
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date, iso_date_to_datetime
from warcio.warcwriter import WARCWriter

from common.files import atomic_path
from crawler.settings import VERSION

SHA256_HEADER = "WARC-Oit-SHA256"
ITEMS_HEADER = "WARC-Oit-Items"
RUN_HEADER = "WARC-Oit-Run"
# The stored body is decoded: these would make a WARC reader decode it a second time.
_RENAMED = {"content-encoding", "transfer-encoding"}


class EvidenceError(RuntimeError):
    """The archive cannot be read."""


@dataclass
class EvidenceRecord:
    """One fetched evidence URL: what the server answered, when, and which items it backs."""

    url: str
    status: int
    headers: Mapping[str, Any]
    body: bytes
    fetched_at: datetime
    items: list[str] = field(default_factory=list)


def _clean(value: Any) -> str:
    """A header name or value on one line (a crawled header must not forge WARC structure)."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    return " ".join(str(value).splitlines()).replace("\x00", "").strip()


def _header_pairs(headers: Mapping[str, Any], body_len: int) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for name, value in headers.items():
        values = value if isinstance(value, list | tuple) else [value]
        key = _clean(name)
        if not key or ":" in key:
            continue
        low = key.lower()
        if low == "content-length":
            continue
        if low in _RENAMED:
            key = "X-Oit-Orig-" + key
        pairs.extend((key, _clean(v)) for v in values)
    pairs.append(("Content-Length", str(body_len)))
    return pairs


def _status_line(status: int) -> str:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Unknown"
    return f"{status} {phrase}"


def target_uri(url: str) -> str:
    """The URL as WARC stores it: an ASCII URI (Thai path percent-encoded as UTF-8)."""
    return safe_url_string(_clean(url), encoding="utf-8")


def _warc_date(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.astimezone()  # naive: local time, as Fact.fetched_at is
    return datetime_to_iso_date(moment.astimezone(UTC).replace(tzinfo=None))


def _payload_digest(body: bytes) -> tuple[str, str]:
    digest = hashlib.sha256(body).digest()
    return digest.hex(), "sha256:" + base64.b32encode(digest).decode("ascii")


def write_warc(
    path: Path,
    records: Iterable[EvidenceRecord],
    *,
    site: str = "",
    run: int | str | None = None,
    gzip: bool | None = None,
) -> Path:
    """Write the evidence WARC at ``path`` (gzip-compressed per record when it ends in ``.gz``
    or ``gzip=True``), atomically: a temp file beside it, then ``os.replace``. Returns ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    compress = path.name.endswith(".gz") if gzip is None else gzip
    with atomic_path(path) as tmp, tmp.open("wb") as fh:
        writer = WARCWriter(fh, gzip=compress)
        info = {
            "software": f"oit-audit/{VERSION}",
            "format": "WARC File Format 1.0",
            "description": "Evidence of an OIT (ITA) self-audit: pages and documents as fetched",
            "site": site,
            "run": "" if run is None else str(run),
            "created": datetime_to_iso_date(datetime.now(UTC).replace(tzinfo=None)),
        }
        writer.write_record(writer.create_warcinfo_record(path.name, info))
        for rec in records:
            writer.write_record(_response_record(writer, rec, run))
    return path


def _response_record(writer: WARCWriter, rec: EvidenceRecord, run: int | str | None) -> Any:
    body = bytes(rec.body)
    hex_digest, payload_digest = _payload_digest(body)
    http_headers = StatusAndHeaders(
        _status_line(rec.status), _header_pairs(rec.headers, len(body)), protocol="HTTP/1.1"
    )
    warc_headers = {
        "WARC-Date": _warc_date(rec.fetched_at),
        "WARC-Payload-Digest": payload_digest,
        SHA256_HEADER: hex_digest,
    }
    if rec.items:
        warc_headers[ITEMS_HEADER] = " ".join(_clean(code) for code in rec.items)
    if run is not None:
        warc_headers[RUN_HEADER] = str(run)
    return writer.create_warc_record(
        target_uri(rec.url),
        "response",
        payload=BytesIO(body),
        length=len(body),
        http_headers=http_headers,
        warc_headers_dict=warc_headers,
    )


def _responses(path: Path) -> Iterator[tuple[Any, ArchiveIterator]]:
    try:
        with Path(path).open("rb") as fh:
            it = ArchiveIterator(fh)
            for record in it:
                if record.rec_type == "response":
                    yield record, it
    except OSError as exc:
        raise EvidenceError(f"{path}: cannot read the evidence archive: {exc}") from exc
    except Exception as exc:  # warcio raises plain exceptions on a damaged file
        raise EvidenceError(f"{path}: not a readable WARC file: {exc}") from exc


def _items_of(record: Any) -> list[str]:
    return (record.rec_headers.get_header(ITEMS_HEADER) or "").split()


def list_evidence(path: Path, item: str | None = None) -> list[dict[str, Any]]:
    """The archive's evidence records (only those of item code ``item`` when given), in file
    order: url, fetched_at (UTC), status, content_type, sha256 (of the stored body), size,
    items, verified (the body still matches the SHA-256 recorded when it was written),
    recorded_sha256, offset (of the record in the file, for :func:`read_body`)."""
    wanted = item.strip().upper() if item else None
    out: list[dict[str, Any]] = []
    for record, it in _responses(path):
        items = _items_of(record)
        if wanted and wanted not in (c.upper() for c in items):
            continue
        digest = hashlib.sha256()
        size = 0
        for chunk in iter(lambda r=record: r.raw_stream.read(65536), b""):
            digest.update(chunk)
            size += len(chunk)
        recorded = record.rec_headers.get_header(SHA256_HEADER) or ""
        http = record.http_headers
        out.append(
            {
                "url": record.rec_headers.get_header("WARC-Target-URI"),
                "fetched_at": iso_date_to_datetime(
                    record.rec_headers.get_header("WARC-Date")
                ).replace(tzinfo=UTC),
                "status": int(http.get_statuscode()) if http and http.get_statuscode() else 0,
                "content_type": (http.get_header("Content-Type") if http else "") or "",
                "sha256": digest.hexdigest(),
                "recorded_sha256": recorded,
                "verified": bool(recorded) and recorded == digest.hexdigest(),
                "size": size,
                "items": items,
                "offset": it.get_record_offset(),
            }
        )
    return out


def read_body(path: Path, url: str, *, offset: int | None = None) -> bytes:
    """The stored body of ``url``: the record at ``offset`` (from :func:`list_evidence`) when
    given, else the last record of that URL in the file."""
    uri = target_uri(url)
    if offset is not None:
        try:
            with Path(path).open("rb") as fh:
                fh.seek(offset)
                record = next(iter(ArchiveIterator(fh)), None)
                if record is not None and record.rec_headers.get_header("WARC-Target-URI") == uri:
                    return record.raw_stream.read()
        except OSError as exc:
            raise EvidenceError(f"{path}: cannot read the evidence archive: {exc}") from exc
        raise KeyError(f"{url} is not at offset {offset} of {path}")
    body: bytes | None = None
    for record, _it in _responses(path):
        if record.rec_headers.get_header("WARC-Target-URI") == uri:
            body = record.raw_stream.read()
    if body is None:
        raise KeyError(f"{url} is not in {path}")
    return body
