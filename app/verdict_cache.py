"""Item verdicts kept between runs: a re-audit of an unchanged site reuses them."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from common.files import write_atomic
from crawler.cache import cache_root


class VerdictCache:
    """Item verdicts keyed by everything they are computed from: the crawl's facts (all but
    their fetch times), the site, the checklist and lexicon files, the responsible units and
    the matcher's own code. A re-audit of an unchanged site reuses them instead of matching
    again; any change to any of these is a new key."""

    def __init__(self, root: Path | None = None):
        self.root = (root or cache_root()) / "verdicts"

    def _path(self, k: str) -> Path:
        return self.root / f"{k}.json"

    def get(self, k: str) -> list[dict] | None:
        try:
            data = json.loads(self._path(k).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, list) else None

    def put(self, k: str, items: list[dict]) -> None:
        """Keep ``items`` under ``k``; a cache that cannot be written (a full disk) is skipped:
        it only saves time next run."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            write_atomic(self._path(k), json.dumps(items, ensure_ascii=False))
        except OSError:
            return
        # keep the newest few hundred: one per site and week is plenty
        old = sorted(self.root.glob("*.json"), key=lambda p: p.stat().st_mtime)[:-500]
        for p in old:
            p.unlink(missing_ok=True)


def code_digest() -> str:
    """SHA-256 of the matcher's code and data (the checklist package and the common base it uses)."""
    root = Path(__file__).resolve().parents[1]
    files = sorted([*(root / "checklist").rglob("*.py"), *(root / "checklist" / "data").rglob("*.yaml"),
                    *(root / "common").glob("*.py")])
    h = hashlib.sha256()
    for f in files:
        h.update(str(f.relative_to(root)).encode() + b"\n")
        h.update(f.read_bytes())
    return h.hexdigest()
