"""Summarise a py-spy profile: ``python bench/profile_top.py PROFILE.raw [--top 25]``.

Record one with ``python bench/run.py --profile`` (py-spy on the first audit), or by hand::

    py-spy record -r 100 -f raw -o audit.raw -- python -m oit audit URL --delay 0 ...

Prints the share of samples per function, inclusive (the function is anywhere on the stack)
and self (it is the innermost frame), and per area (our modules vs. libraries).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^():]*)(?::(?P<line>\d+))?\)$")
AREAS = (
    ("checklist/", "checklist (matching)"),
    ("crawler/parse.py", "crawler.parse (HTML)"),
    ("crawler/thai.py", "common.thai"),
    ("crawler/documents", "crawler.documents"),
    ("crawler/", "crawler (other)"),
    ("reports/", "reports"),
    ("/bs4/", "bs4"),
    ("/lxml/", "lxml"),
    ("/pydantic", "pydantic"),
    ("/scrapy/", "scrapy"),
    ("/twisted/", "twisted"),
    ("/parsel/", "parsel"),
    ("/json/", "json"),
    ("/sqlite3/", "sqlite3"),
    ("/warcio/", "warcio"),
    ("/fpdf/", "fpdf2"),
    ("/openpyxl/", "openpyxl"),
    ("/jinja2/", "jinja2"),
)


PHASES = (
    ("match_all (", "match_all"),
    ("ThreadWorker", "extraction threads (deferToThread: worker process I/O)"),
    ("crawl (crawler/run.py", "crawl: reactor thread"),
    ("read_facts (", "read_facts"),
    ("write_reports (", "write_reports"),
    ("archive_evidence (", "archive_evidence"),
    ("record_fetches", "history database"),
)
CRAWL_PARTS = (
    ("parse_worker.py", "page parser: sending pages, reading answers, building links"),
    ("PreviousPages", "unchanged pages read from the last audit"),
    ("parse_html (", "parse_html (in process: probe, error pages)"),
    ("SiteSpider.", "spider, other than parse_html"),
    ("pipelines.py", "item pipelines"),
    ("httpcache", "HTTP cache"),
    ("bodies.py", "body store"),
    ("middlewares.py", "our downloader middlewares"),
    ("scrapy/core/downloader", "scrapy downloader / twisted HTTP"),
    ("twisted/web", "scrapy downloader / twisted HTTP"),
    ("scrapy/core/scraper", "scrapy scraper / spider middlewares"),
    ("scrapy/core/engine", "scrapy engine / scheduler"),
    ("select (", "waiting in select"),
)


def _classify(frames: list[str], table) -> str:
    joined = ";".join(frames)
    return next((name for marker, name in table if marker in joined), "other")


def parse(path: Path) -> list[tuple[list[str], int]]:
    stacks = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        stacks.append((stack.split(";"), int(count)))
    return stacks


def short(frame: str) -> str:
    m = FRAME.match(frame)
    if not m:
        return frame
    f = m.group("file")
    for marker in ("site-packages/", "/work/main/", "lib/python3"):
        if marker in f:
            f = f.split(marker, 1)[1]
    return f"{m.group('func')} ({f})"


def area(frame: str) -> str | None:
    for marker, name in AREAS:
        if marker in frame:
            return name
    return None


def summarise(path: Path, top: int = 25, out=sys.stdout) -> dict:
    stacks = parse(path)
    total = sum(c for _, c in stacks) or 1
    incl: Counter[str] = Counter()
    self_: Counter[str] = Counter()
    areas: Counter[str] = Counter()
    for frames, count in stacks:
        funcs = [short(f) for f in frames if not f.startswith(("process ", "thread "))]
        if not funcs:
            continue
        for fn in set(funcs):
            incl[fn] += count
        self_[funcs[-1]] += count
        # the innermost frame that belongs to a known area names the area of this sample
        owner = next((a for f in reversed(frames) if (a := area(f))), "other")
        areas[owner] += count
    phases: Counter[str] = Counter()
    crawl: Counter[str] = Counter()
    for frames, count in stacks:
        ph = _classify(frames, PHASES)
        phases[ph] += count
        if ph == "crawl: reactor thread":
            crawl[_classify(frames, CRAWL_PARTS)] += count
    print(f"{total} samples ({path})", file=out)
    print("\nby phase (outermost frame):", file=out)
    for name, n in phases.most_common():
        print(f"  {100 * n / total:5.1f} %  {name}", file=out)
    n_crawl = sum(crawl.values()) or 1
    print("\ncrawl, reactor thread, by part (share of that thread):", file=out)
    for name, n in crawl.most_common():
        print(f"  {100 * n / n_crawl:5.1f} %  {name}", file=out)
    print("\nby area (innermost known frame):", file=out)
    for name, n in areas.most_common():
        print(f"  {100 * n / total:5.1f} %  {name}", file=out)
    print(f"\ntop {top} inclusive:", file=out)
    for fn, n in incl.most_common(top):
        print(f"  {100 * n / total:5.1f} %  {fn}", file=out)
    print(f"\ntop {top} self:", file=out)
    for fn, n in self_.most_common(top):
        print(f"  {100 * n / total:5.1f} %  {fn}", file=out)
    return {"total": total, "phases": dict(phases), "crawl_parts": dict(crawl), "areas": dict(areas), "inclusive": incl.most_common(top),
            "self": self_.most_common(top)}


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("profile", type=Path)
    p.add_argument("--top", type=int, default=25)
    a = p.parse_args()
    summarise(a.profile, a.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
