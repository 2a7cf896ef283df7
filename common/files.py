"""Write files so that a good earlier file is never left half-written: aside, then rename; names
and reads that work on Windows as on Linux."""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(path: Path, mode: int = 0o644, *, sync: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``, on any
    failure (or interruption) it is removed and ``path`` is untouched. Without ``sync`` the
    data is not forced to disk first (for files a stopped run writes again anyway)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        if sync:
            with tmp.open("rb") as fh:
                os.fsync(fh.fileno())
        os.chmod(tmp, mode & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: str | bytes, mode: int = 0o644, *, sync: bool = True) -> Path:
    """Write ``data`` (text as UTF-8) to ``path`` atomically; returns ``path``."""
    with atomic_path(path, mode, sync=sync) as tmp:
        tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return Path(path)


def write_all(fd: int, data: bytes) -> None:
    """``os.write`` until all of ``data`` is written (a write may take only part of it)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def pread(fd: int, length: int, offset: int) -> bytes:
    """``os.pread`` where it exists; elsewhere (Windows) seek and read under a lock (the
    descriptor's position is shared by the threads that read it)."""
    if _PREAD is not None:
        return _PREAD(fd, length, offset)
    with _SEEK_LOCK:
        os.lseek(fd, offset, os.SEEK_SET)
        chunks, left = [], length
        while left > 0:
            chunk = os.read(fd, left)
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)


_PREAD = getattr(os, "pread", None)
_SEEK_LOCK = threading.Lock()
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
             *(f"COM{n}" for n in "123456789¹²³"), *(f"LPT{n}" for n in "123456789¹²³")}
MAX_NAME = 120  # characters of one folder or file name we make (NTFS allows 255; paths 260)


def portable_name(name: str, default: str = "site") -> str:
    """A file or folder name that is valid on NTFS, ext4 and APFS alike: the characters Windows
    refuses (``<>:"/\\|?*``, control characters) become ``_``, no trailing dot or space, a
    device name (``CON``, ``nul.txt``, ``COM1``...) gets a ``_`` in front, at most
    :data:`MAX_NAME` characters (a long name keeps its start and a hash of the whole)."""
    text = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 or ord(ch) == 127 else ch for ch in name)
    text = text.rstrip(". ") or default
    if text.split(".")[0].rstrip(" ").upper() in _RESERVED:
        text = "_" + text
    if len(text) > MAX_NAME:
        digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:12]
        text = text[: MAX_NAME - 13].rstrip(". ") + "-" + digest
    return text
