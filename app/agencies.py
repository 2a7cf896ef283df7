"""The agencies of a batch: the CSV a provincial office keeps (one row per agency)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel

REQUIRED = ("url", "name", "type", "province", "district")
OPTIONAL = ("profile", "email")


class AgencyListError(ValueError):
    """The CSV cannot be used: one Thai sentence naming the file and line."""


class Agency(BaseModel):
    key: str  # the agency's report folder under the batch folder (its host, unique in the batch)
    url: str
    name: str
    type: str = ""
    province: str = ""
    district: str = ""
    profile: str | None = None
    email: str | None = None


def _decode(raw: bytes, path: Path) -> str:
    """UTF-8 (with or without the BOM Excel writes), else Windows Thai (cp874, Excel's "CSV")."""
    for encoding in ("utf-8-sig", "cp874"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AgencyListError(f"{path}: อ่านไฟล์ไม่ได้ (ต้องเป็น UTF-8 หรือ Windows-874)")


def folder_key(url: str) -> str:
    """``https://www.abc.go.th/`` -> ``www.abc.go.th``; a port is kept (``127.0.0.1_8000``)."""
    parts = urlsplit(url)
    host = (parts.hostname or "site").lower()
    key = f"{host}_{parts.port}" if parts.port else host
    return re.sub(r"[^a-z0-9._-]+", "_", key)


def read_agencies(path: Path, check_url) -> list[Agency]:
    """The agencies of ``path``; ``check_url`` normalises a URL or raises (oit.args.check_url).

    A bad row stops the batch before anything is fetched, with its line number: a typo in row
    200 is better found now than after 199 audits.
    """
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise AgencyListError(f"{path}: เปิดไฟล์ไม่ได้ ({exc.strerror})") from None
    reader = csv.DictReader(io.StringIO(_decode(raw, path), newline=""))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise AgencyListError(
            f"{path}: บรรทัดหัวตารางไม่มีคอลัมน์ {', '.join(missing)} "
            f"(ต้องมี {','.join(REQUIRED)} และจะมี {','.join(OPTIONAL)} ด้วยก็ได้)"
        )
    reader.fieldnames = header
    agencies: list[Agency] = []
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        values = {k: (v or "").strip() for k, v in row.items() if k}
        if not any(values.values()):
            continue
        if not values.get("url"):
            raise AgencyListError(f"{path}: บรรทัด {line}: ไม่มี URL")
        if not values.get("name"):
            raise AgencyListError(f"{path}: บรรทัด {line}: ไม่มีชื่อหน่วยงาน")
        try:
            url = check_url(values["url"])
        except Exception as exc:
            raise AgencyListError(f"{path}: บรรทัด {line}: URL ใช้ไม่ได้ ({exc})") from None
        key = folder_key(url)
        if key in seen:
            raise AgencyListError(f"{path}: บรรทัด {line}: เว็บไซต์ {url} ซ้ำกับบรรทัด {seen[key]}")
        seen[key] = line
        profile = values.get("profile") or None
        if profile and not Path(profile).is_absolute():
            profile = str((Path(path).parent / profile).resolve())  # relative to the CSV
        if profile and not Path(profile).is_file():
            raise AgencyListError(f"{path}: บรรทัด {line}: ไม่พบไฟล์ profile {profile}")
        agencies.append(Agency(
            key=key, url=url, name=values["name"], type=values.get("type", ""),
            province=values.get("province", ""), district=values.get("district", ""),
            profile=profile, email=values.get("email") or None,
        ))
    if not agencies:
        raise AgencyListError(f"{path}: ไม่มีหน่วยงานในไฟล์")
    return agencies
