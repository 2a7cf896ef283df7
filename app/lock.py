"""One audit of a site at a time: an advisory lock file per site, released when the process ends
(even by SIGKILL, since the kernel drops flock locks with the process)."""

from __future__ import annotations

import fcntl
import os
import re
from pathlib import Path

from crawler.cache import cache_root


class SiteBusy(RuntimeError):
    """Another audit of the same site is running."""


class SiteLock:
    def __init__(self, site: str, root: Path | None = None):
        safe = re.sub(r"[^A-Za-z0-9._-]+", "_", site) or "site"
        self.path = (root or cache_root()) / "locks" / f"{safe}.lock"
        self.fh = None

    def __enter__(self) -> SiteLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fh = self.path.open("a+")
        try:
            fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.fh.seek(0)
            holder = self.fh.read().strip() or "another process"
            self.fh.close()
            raise SiteBusy(f"an audit of this site is already running (pid {holder})") from None
        self.fh.seek(0)
        self.fh.truncate()
        self.fh.write(str(os.getpid()))
        self.fh.flush()
        return self

    def __exit__(self, *exc) -> None:
        if self.fh:
            fcntl.flock(self.fh, fcntl.LOCK_UN)
            self.fh.close()
