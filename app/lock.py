"""One audit of a site at a time: a lock file per site, held by the operating system for the
process (``filelock``: ``flock`` on Linux and macOS, ``msvcrt.locking`` on Windows), so it is
released when the process ends, even when it is killed. The holder's process id is written
beside it (``<site>.pid``) to say who holds it."""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

from filelock import FileLock, Timeout

from common.files import portable_name
from crawler.cache import cache_root


class SiteBusy(RuntimeError):
    """Another audit of the same site is running."""


class SiteLock:
    def __init__(self, site: str, root: Path | None = None):
        safe = portable_name(re.sub(r"[^A-Za-z0-9._-]+", "_", site) or "site")
        self.path = (root or cache_root()) / "locks" / f"{safe}.lock"
        self.pid_path = self.path.with_suffix(".pid")
        self._lock: FileLock | None = None

    def __enter__(self) -> SiteLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(self.path, timeout=0, thread_local=False)
        try:
            lock.acquire()
        except Timeout:
            try:
                holder = self.pid_path.read_text(encoding="ascii").strip()
            except OSError:
                holder = ""
            raise SiteBusy(
                f"an audit of this site is already running (pid {holder or 'another process'})"
            ) from None
        self._lock = lock
        with contextlib.suppress(OSError):
            self.pid_path.write_text(str(os.getpid()), encoding="ascii")
        return self

    def __exit__(self, *exc) -> None:
        if self._lock is not None:
            with contextlib.suppress(OSError):
                self.pid_path.unlink()
            self._lock.release()
            self._lock = None
