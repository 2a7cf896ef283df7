"""Files the tool writes and reads, safely, on Windows as on Linux.

Writing: aside, then rename, so that a good earlier file is never left half-written; and never
over (or through) what is not a regular file or a folder: a device such as ``/dev/null``, a
FIFO, a socket, a folder where a file should be, a file where a folder should be, or the
kernel's own ``/proc``, ``/sys`` and ``/dev``. Reading: at most a bounded prefix of a regular
file, so that ``/dev/zero`` or a 3 GB file given as a profile costs nothing.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Kernel file systems: nothing the tool writes belongs there (/dev/shm is an ordinary tmpfs).
_PSEUDO = (Path("/proc"), Path("/sys"), Path("/dev"))
_PSEUDO_OK = (Path("/dev/shm"),)


class PathRefused(OSError):
    """A path the tool will not write or read: ``thai`` and ``english`` say why, in one line."""

    def __init__(self, path: Path | str, thai: str, english: str):
        super().__init__(english)
        self.path, self.thai, self.english = str(path), f"{path}: {thai}", f"{path}: {english}"

    def __str__(self) -> str:
        return self.english


_ERRNO_THAI = {
    errno.ENOSPC: ("ดิสก์เต็ม", "the disk is full"),
    errno.EDQUOT: ("เกินโควตาดิสก์", "the disk quota is exceeded"),
    errno.EROFS: ("ระบบไฟล์อ่านได้อย่างเดียว", "the file system is read-only"),
    errno.EACCES: ("ไม่มีสิทธิ์เขียน", "permission denied"),
    errno.EPERM: ("ไม่มีสิทธิ์เขียน", "permission denied"),
    errno.ENOTDIR: ("มีไฟล์อยู่ในตำแหน่งที่ต้องเป็นโฟลเดอร์", "a file stands where a folder must be"),
    errno.EISDIR: ("เป็นโฟลเดอร์ ไม่ใช่ไฟล์", "is a folder, not a file"),
}


def write_failed(path: Path | str, exc: OSError) -> PathRefused:
    """A failed write as one line (a full disk, a read-only file system ...)."""
    thai, english = _ERRNO_THAI.get(exc.errno or 0, ("เขียนไม่ได้", "cannot be written"))
    detail = exc.strerror or str(exc)
    return PathRefused(path, f"{thai} ({detail})", f"{english} ({detail})")


def _kind(mode: int) -> tuple[str, str]:
    if stat.S_ISDIR(mode):
        return "โฟลเดอร์", "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "อุปกรณ์ (device)", "a device"
    if stat.S_ISFIFO(mode):
        return "FIFO", "a FIFO"
    if stat.S_ISSOCK(mode):
        return "socket", "a socket"
    return "ไฟล์", "a file"


def _pseudo(path: Path) -> bool:
    real = Path(os.path.realpath(path))
    return (any(real == p or p in real.parents for p in _PSEUDO)
            and not any(real == p or p in real.parents for p in _PSEUDO_OK))


def _check_parents(path: Path) -> None:
    """Every existing folder above ``path`` is a folder, and none is a kernel file system."""
    for parent in path.parents:
        try:
            st = parent.stat()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise write_failed(path, exc) from None
        if not stat.S_ISDIR(st.st_mode):
            thai, english = _kind(st.st_mode)
            raise PathRefused(path, f"อยู่ใต้ {parent} ซึ่งเป็น{thai} ไม่ใช่โฟลเดอร์ จึงไม่เขียน",
                              f"is under {parent}, which is {english}, not a folder: not written")
        break


def _check_not_kernel(path: Path) -> None:
    if _pseudo(path):
        raise PathRefused(path, "อยู่ในระบบไฟล์ของเคอร์เนล (/proc, /sys, /dev) จึงไม่เขียน",
                          "is on a kernel file system (/proc, /sys, /dev): not written")


def _checked_stat(path: Path, *, follow: bool) -> os.stat_result | None:
    """``path``'s status (None when absent) once its parents are checked."""
    _check_parents(path)
    try:
        return path.stat() if follow else path.lstat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise write_failed(path, exc) from None


def check_writable_file(path: Path | str) -> Path:
    """``path`` may be written as a file: it is absent or a regular file (a symbolic link is
    replaced, never written through), and it is not under a file or a kernel file system."""
    path = Path(path)
    st = _checked_stat(path, follow=False)
    if st is not None and not (stat.S_ISREG(st.st_mode) or stat.S_ISLNK(st.st_mode)):
        thai, english = _kind(st.st_mode)
        raise PathRefused(path, f"เป็น{thai} ไม่ใช่ไฟล์ธรรมดา จึงไม่เขียนทับ",
                          f"is {english}, not a regular file: not replaced")
    _check_not_kernel(path)
    return path


def check_writable_folder(path: Path | str) -> Path:
    """``path`` may be made or used as a folder: absent or a folder, not under a file or a
    kernel file system."""
    path = Path(path)
    st = _checked_stat(path, follow=True)
    if st is not None and not stat.S_ISDIR(st.st_mode):
        thai, english = _kind(st.st_mode)
        raise PathRefused(path, f"เป็น{thai} ไม่ใช่โฟลเดอร์ จึงไม่เขียนลงไป",
                          f"is {english}, not a folder: nothing written there")
    _check_not_kernel(path)
    return path


def check_free_space(path: Path | str, need: int) -> None:
    """Refuse (PathRefused) before a long run when the disk that will hold ``path`` has less
    than ``need`` bytes free: a full disk is said in seconds, not after the crawl."""
    path = Path(path)
    probe = next((p for p in (path, *path.parents) if p.exists()), Path("."))
    try:
        free = shutil.disk_usage(probe).free
    except OSError:
        return
    if free < need:
        raise PathRefused(path, f"ดิสก์เต็ม: เหลือที่ว่าง {_size(free)} ต้องการอย่างน้อย {_size(need)}",
                          f"the disk is full: {_size(free)} free, at least {_size(need)} needed")


@contextmanager
def atomic_path(path: Path, mode: int = 0o644, *, sync: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``, on any
    failure (or interruption) it is removed and ``path`` is untouched. Without ``sync`` the
    data is not forced to disk first (for files a stopped run writes again anyway).

    Raises :class:`PathRefused` (before anything is written) when ``path`` is not a regular
    file or is under one, and when the write fails (a full disk: the old file stays)."""
    path = check_writable_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise write_failed(path, exc) from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        if sync:
            with tmp.open("rb") as fh:
                os.fsync(fh.fileno())
        os.chmod(tmp, mode & ~_umask())
        check_writable_file(path)  # again: nothing became a device meanwhile
        os.replace(tmp, path)
    except PathRefused:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise write_failed(path, exc) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: str | bytes, mode: int = 0o644, *, sync: bool = True) -> Path:
    """Write ``data`` (text as UTF-8) to ``path`` atomically; returns ``path``."""
    with atomic_path(path, mode, sync=sync) as tmp:
        tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return Path(path)


def read_limited(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file ``path``, refused (PathRefused) when it is not a regular
    file (a device such as /dev/zero, a FIFO, a folder) or is over ``limit`` bytes; never more
    than ``limit + 1`` bytes are read, whatever the file claims."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode):
                thai, english = _kind(st.st_mode)
                raise PathRefused(path, f"เป็น{thai} ไม่ใช่ไฟล์ธรรมดา จึงไม่อ่าน",
                                  f"is {english}, not a regular file: not read")
            data = fh.read(limit + 1) if st.st_size <= limit else None  # None: not read at all
    except PathRefused:
        raise
    except FileNotFoundError:
        raise PathRefused(path, "อ่านไม่ได้: ไม่พบไฟล์", "cannot read: file not found") from None
    except OSError as exc:
        raise PathRefused(path, f"อ่านไม่ได้ ({exc.strerror or exc})", f"cannot read ({exc.strerror or exc})") from None
    if data is None or len(data) > limit:  # (a file growing while read is cut at limit + 1)
        raise PathRefused(path, f"ใหญ่เกิน {_size(limit)} จึงไม่อ่าน", f"is larger than {_size(limit)}: not read")
    return data


def _size(n: int) -> str:
    return f"{n / 2**20:g} MB" if n >= 2**20 else f"{n / 1024:g} KB"


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
