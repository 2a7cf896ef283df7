"""Prototype: ``crawler.parse.parse_html`` with the heading-before-a-link found in one pass.

``python bench/proto_parse.py SITE_FOLDER [--pages 600]`` times ``parse_html`` on the bench
site's pages as it is, then with ``_context``'s last step (``a.find_previous(h1..h6)``, a walk
back through the document for every link that is not in a nested menu or a table row) answered
from a table built once per page (headings and anchors in document order), and its
``find_parent("li"/"tr")`` calls (a SoupStrainer built per call) replaced by a plain walk up
``.parent``, checks that every
page parses to the same result, and prints ms per page for both.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def install_fast_context():
    import crawler.parse as parse

    original = parse._context
    tags = [*parse._HEADINGS, "a", "area", "iframe", "frame"]

    def heading_before(a):
        root = a
        for root in a.parents:  # noqa: B007 - the last parent is the soup
            pass
        table = getattr(root, "_oit_heading_before", None)
        if table is None:
            table, current = {}, None
            for el in root.find_all(tags):
                if el.name in parse._HEADINGS:
                    current = el
                else:
                    table[id(el)] = current
            root._oit_heading_before = table
        return table.get(id(a), False)

    def parent_named(tag, name):
        p = tag.parent
        while p is not None and p.name != name:
            p = p.parent
        return p

    def fast_context(a):
        li = parent_named(a, "li")
        if li is not None:
            parent_li = parent_named(li, "li")
            if parent_li is not None:
                label = parent_li.find(["a", "span", "button"], recursive=False) or parent_li
                text = parse.squash(label.get_text(" ")) if label is not parent_li else ""
                if text:
                    return text[:200]
        tr = parent_named(a, "tr")
        if tr is not None:
            row = parse.squash(tr.get_text(" "))
            own = parse._link_text(a)
            if row and row != own:
                return row[:200]
        heading = heading_before(a)
        if heading is False:  # not seen in the table (should not happen): the old way
            heading = a.find_previous(parse._HEADINGS)
        if heading is not None:
            return parse.squash(heading.get_text(" "))[:200]
        return ""

    parse._context = fast_context
    return lambda: setattr(parse, "_context", original)


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("site", type=Path)
    p.add_argument("--pages", type=int, default=600)
    a = p.parse_args()
    from crawler.parse import parse_html

    files = sorted(a.site.rglob("*.html"))
    step = max(1, len(files) // a.pages)
    pages = [(f, f.read_text(encoding="utf-8")) for f in files[::step][: a.pages]]
    base = "http://127.0.0.1:8000/"

    def run():
        out = []
        t0 = time.process_time()
        for f, html in pages:
            out.append(parse_html(html, base + str(f.relative_to(a.site))))
        return time.process_time() - t0, out

    parse_html(pages[0][1], base)
    t_base, r_base = run()
    undo = install_fast_context()
    t_fast, r_fast = run()
    undo()
    same = all(
        x["links"] == y["links"] and {k: v for k, v in x.items() if k != "links"} == {k: v for k, v in y.items() if k != "links"}
        for x, y in zip(r_base, r_fast, strict=True)
    )
    n = len(pages)
    print(f"parse_html on {n} bench pages: {t_base / n * 1000:.1f} ms/page as is; "
          f"{t_fast / n * 1000:.1f} ms/page with one heading pass ({'same output' if same else 'DIFFERENT output'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
