"""Prototype: memory of the facts an audit holds for matching, as read now vs. with shared links.

``python bench/proto_memory.py FACTS.jsonl`` runs each reader in its own process and prints its
time and peak RSS:

- ``read_facts``: ``crawler.run.read_facts`` (one pydantic ``Link`` per link per page);
- ``shared_links``: the same facts, but equal links (the menu, sidebar and footer repeated on
  every page) are one ``Link`` object: pydantic keeps a model instance passed to a model field
  as it is, so a cache keyed by the link's fields is enough;
- ``json_only``: just ``json.loads`` of every line (the floor for holding the data at all).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def read_shared(path: Path) -> list:
    """The prototype, now landed as ``crawler.run.read_facts`` (equal links shared)."""
    from crawler.run import read_facts

    return read_facts(path)


def one(mode: str, path: Path) -> None:
    t0 = time.perf_counter()
    if mode == "read_facts":
        from crawler.run import read_facts

        facts = read_facts(path)
        n_links = sum(len(f.links) for f in facts)
        distinct = len({id(lk) for f in facts for lk in f.links})
    elif mode == "shared_links":
        facts = read_shared(path)
        n_links = sum(len(f.links) for f in facts)
        distinct = len({id(lk) for f in facts for lk in f.links})
    else:
        facts = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        n_links = sum(len(f.get("links", [])) for f in facts)
        distinct = n_links
    dt = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{mode:<13} {len(facts)} facts, {n_links} links ({distinct} objects) in {dt:.1f} s; "
          f"peak RSS {rss:.0f} MB")


def main() -> int:
    path = Path(sys.argv[1])
    if len(sys.argv) > 2:
        one(sys.argv[2], path)
        return 0
    base = subprocess.run([sys.executable, "-c", "import crawler.items, crawler.run, resource;"
                           "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss//1024)"],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1])
    print(f"interpreter + imports: {base.stdout.strip()} MB")
    for mode in ("json_only", "read_facts", "shared_links"):
        subprocess.run([sys.executable, __file__, str(path), mode], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
