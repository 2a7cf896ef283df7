"""Prototype fixes for matching, measured on a big crawl's facts (no code outside bench/ changes).

``python bench/proto_match.py FACTS.jsonl ROOT_URL [--variants base,unbounded,...]``

Loads the facts once, then times ``checklist.match.match_all`` per variant, each in a fresh
subprocess-free state (caches cleared), and checks that every variant gives the same verdicts
and first evidence as the baseline. Variants (monkeypatches, applied inside this process only):

- ``base``: the code as it is;
- ``unbounded``: ``checklist.signals`` text caches made unbounded. The matcher walks all
  targets once per item (26 passes); with more distinct texts than an LRU cache holds, a cyclic
  pass evicts every entry before its reuse and the cache never hits;
- ``ita_index``: ``_ita_listing`` only looks at a target's inbound links from ITA pages and
  menus, found once per target, instead of scanning every inbound link (a menu link has
  thousands) once per item;
- ``req_hosts``: ``check_requirements`` gets URL strings instead of ``Link`` models (its
  ``getattr(link, "url", str(link))`` renders every link's repr, site-wide, per candidate);
- ``per_target``: ``SiteIndex.page_head`` and ``_title_lines`` computed once per target, not
  once per item.
"""

from __future__ import annotations

import argparse
import functools
import gc
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _clear_caches() -> None:
    import checklist.signals as sig

    for name in dir(sig):
        fn = getattr(sig, name)
        if hasattr(fn, "cache_clear") and name != "_lexicon":
            fn.cache_clear()


def _unbounded() -> list:
    """Swap every bounded lru_cache in checklist.signals for an unbounded one."""
    import checklist.signals as sig

    undo = []
    for name in dir(sig):
        fn = getattr(sig, name)
        info = getattr(fn, "cache_parameters", None)
        if info and info().get("maxsize") is not None and hasattr(fn, "__wrapped__"):
            undo.append((sig, name, fn))
            setattr(sig, name, functools.lru_cache(maxsize=None)(fn.__wrapped__))
    # match.py imported some of them by name
    import checklist.match as match

    for name in dir(match):
        new = getattr(sig, name, None)
        if new is not None and getattr(match, name) is not new and callable(new) and hasattr(new, "cache_info"):
            undo.append((match, name, getattr(match, name)))
            setattr(match, name, new)
    return undo


def _ita_index() -> list:
    import checklist.match as match

    original = match._ita_listing
    filtered: dict[int, list] = {}  # id(target) -> its inbound links from ITA pages and menus

    def fast(index, item, year, t):
        ita_inbound = filtered.get(id(t))
        if ita_inbound is None:
            # Only links from ITA pages (or ITA menus) can give the signal: find them once per
            # target, not once per item (a menu target has thousands of inbound links).
            menus = getattr(index, "ita_menus", {})
            ita_inbound = filtered[id(t)] = [
                (lk, src) for lk, src in t.inbound
                if (lk.nav and match.key(lk.context) in menus)
                or (not lk.nav and match.canonical(src.url) in index.ita_pages)]
        if not ita_inbound:
            return None
        saved = t.inbound
        t.inbound = ita_inbound
        try:
            return original(index, item, year, t)
        finally:
            t.inbound = saved

    match._ita_listing = fast
    return [(match, "_ita_listing", original)]


def _req_hosts() -> list:
    """check_requirements builds its host string with ``getattr(link, "url", str(link))``: the
    default ``str(link)`` (a pydantic repr) is computed for every link, and the links include
    every external link of the site (index.site_links) for every candidate. Pass URL strings."""
    import checklist.match as match

    original = match.check_requirements

    def fast(item, text, links, forms=0, images=0):
        urls = [lk.url if hasattr(lk, "url") else str(lk) for lk in links]
        return original(item, text, urls, forms, images)

    match.check_requirements = fast
    return [(match, "check_requirements", original)]


def _per_target() -> list:
    """Work that depends on the target only, done once per target instead of once per item:
    ``SiteIndex.page_head`` and ``_title_lines`` memoised (26 items x every target)."""
    import checklist.match as match

    title_lines, page_head = match._title_lines, match.SiteIndex.page_head
    memo_t: dict = {}
    memo_h: dict = {}

    def fast_title_lines(lines, n=2):
        k = (tuple(lines[:12]), n) if len(lines) > 12 else (tuple(lines), n)
        if k not in memo_t:
            memo_t[k] = title_lines(lines, n)
        return list(memo_t[k])

    def fast_page_head(self, fact, *args, **kwargs):
        k = (id(self), id(fact), args, tuple(sorted(kwargs.items())))
        if k not in memo_h:
            memo_h[k] = page_head(self, fact, *args, **kwargs)
        return memo_h[k]

    match._title_lines = fast_title_lines
    match.SiteIndex.page_head = fast_page_head
    return [(match, "_title_lines", title_lines), (match.SiteIndex, "page_head", page_head)]


VARIANTS = {"base": lambda: [], "unbounded": _unbounded, "ita_index": _ita_index,
            "req_hosts": _req_hosts, "per_target": _per_target}


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("facts", type=Path)
    p.add_argument("root")
    p.add_argument("--variants", default="base,unbounded,unbounded+ita_index")
    p.add_argument("--year", type=int, default=None)
    p.add_argument("--shared-links", action="store_true",
                   help="read the facts with equal links shared (bench/proto_memory.py)")
    a = p.parse_args()

    from checklist.load import load_checklist
    from crawler.run import read_facts

    t0 = time.perf_counter()
    if a.shared_links:
        from proto_memory import read_shared

        facts = read_shared(a.facts)
    else:
        facts = read_facts(a.facts)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"read_facts: {len(facts)} facts in {time.perf_counter() - t0:.1f} s; max RSS {rss0:.0f} MB")
    checklist = load_checklist(a.year)
    baseline = None
    import checklist.match as match

    for variant in a.variants.split(","):
        undo = []
        for part in variant.split("+"):
            undo += VARIANTS[part]()
        _clear_caches()
        gc.collect()
        t0 = time.perf_counter()
        items = match.match_all(facts, a.root, checklist)
        dt = time.perf_counter() - t0
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        verdicts = [(i.code, i.status, i.evidence[0].url if i.evidence else "") for i in items]
        same = "baseline" if baseline is None else ("same verdicts" if verdicts == baseline else "DIFFERENT verdicts")
        if baseline is None:
            baseline = verdicts
        print(f"{variant:<24} match_all {dt:6.1f} s = {dt / len(facts) * 1000:5.2f} ms/fact; "
              f"max RSS {rss:.0f} MB; {same}")
        if same.startswith("DIFFERENT"):
            for x, y in zip(baseline, verdicts, strict=True):
                if x != y:
                    print("   ", x, "->", y)
        for mod, name, fn in reversed(undo):
            setattr(mod, name, fn)
    return 0


if __name__ == "__main__":
    sys.exit(main())
