"""`oit eval`: classify labelled pages by topic and measure precision and recall."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from checklist.load import DataError
from checklist.match import LIST_ITEM, page_topics
from checklist.models import TOPICS
from common.thai import key

# Words that make a run of short lines a menu rather than content.
_MENU_WORDS = tuple(
    key(w)
    for w in (
        "หน้าหลัก", "หน้าแรก", "ติดต่อเรา", "เว็บบอร์ด", "กระดานสนทนา", "facebook", "ข่าว",
        "ประวัติ", "วิสัยทัศน์", "บุคลากร", "สายตรงนายก", "ร้องเรียน", "e-service", "ดาวน์โหลด",
        "ค้นหา", "search", "เมนู", "menu", "สถิติ", "ลิงก์", "ลิงค์", "เกี่ยวกับ", "home",
        "ข้อมูลพื้นฐาน", "คู่มือประชาชน", "ศูนย์ดำรงธรรม", "ปฏิทิน", "ita", "login", "เข้าสู่ระบบ",
    )
)
_HOME_LINE = re.compile(r"^\s*(?:หน้าหลัก|หน้าแรก|home)\b", re.I)


def _short(line: str) -> bool:
    """A menu-like line: short, not a list item, not a phone number or an address."""
    line = line.strip()
    return len(line) <= 60 and not LIST_ITEM.match(line) and sum(c.isdigit() for c in line) < 9


def lines_without_menus(text: str) -> list[str]:
    """The lines of a page's top text without its menus: a single line that is a whole menu
    ("หน้าหลัก ประวัติ ... เว็บบอร์ด") and runs of five or more short lines among which at least
    two are menu words. A menu run near the top also drops the header lines above it."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    keep = [not (_HOME_LINE.match(ln) and len(ln.split()) >= 5) for ln in lines]
    i = 0
    while i < len(lines):
        if not _short(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and _short(lines[j]):
            j += 1
        run = lines[i:j]
        marked = [n for n, ln in enumerate(run) if any(w in key(ln) for w in _MENU_WORDS)]
        if len(run) >= 5 and len(marked) >= 2:
            end = i + marked[-1] + 1  # the menu ends with its last menu word; a title may follow
            start = 0 if i <= 8 else i
            for n in range(start, end):
                keep[n] = False
        i = j
    return [ln for ln, k in zip(lines, keep, strict=True) if k]


def classify_page(url: str, text: str, title: str = "", *, learned: bool = True) -> dict[str, list[str]]:
    """Topics this page is evidence of, whatever the year, each with its reasons: the audit's
    own judgement of one page (:func:`checklist.match.page_topics`), on the page's text with the
    menus at its top set aside (as the crawler sets aside <nav>)."""
    return page_topics(url, lines_without_menus(text), title, learned=learned)


# The kinds of site an audit reads: public agencies' own sites. The labelled real pages hold other
# kinds too ("other", "unknown_blog": newspapers, document mirrors, exam-prep and law-summary
# sites, blogs), kept as hard negatives; the learned models are trained on agencies' pages only.
AGENCY_KINDS = frozenset({"lao", "central_gov", "school_university", "hospital_health"})


def agency_page(page: dict) -> bool:
    """A labelled page of a public agency's own site (no ``site_kind``: taken as one)."""
    return page.get("site_kind", "lao") in AGENCY_KINDS


__all__ = ["AGENCY_KINDS", "agency_page", "classify_page", "lines_without_menus"]


MAX_PAGES_BYTES = 64 * 2**20  # a labelled-pages file (the shipped one is 0.2 MB)
MAX_JSON_DEPTH = 32


def _no_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


def _small_int(text: str) -> int:
    if len(text) > 30:
        raise ValueError("a number of more than 30 digits")
    return int(text)


def _depth(text: str) -> int:
    """How deep brackets nest in a JSON line (strings skipped), without recursion."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_JSON_DEPTH:
                    return deepest
        elif ch in "]}":
            depth -= 1
    return deepest


def read_pages(path: Path) -> list[dict]:
    """The pages of a JSON-lines file: each a mapping with string ``url`` and ``text``, an
    optional string ``title`` and an optional list of topic keys ``labels``; DataError names the
    first bad line. Reads at most MAX_PAGES_BYTES of a regular file."""
    from common.files import PathRefused, read_limited

    try:
        data = read_limited(path, MAX_PAGES_BYTES)
    except PathRefused as exc:
        raise DataError(str(exc)) from None
    pages = []
    for n, raw in enumerate(data.split(b"\n"), 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DataError(f"{path}: line {n}: not UTF-8 text (byte {exc.start})") from None
        if not line.strip():
            continue
        if line.count("[") + line.count("{") > MAX_JSON_DEPTH and _depth(line) > MAX_JSON_DEPTH:
            raise DataError(f"{path}: line {n}: nested deeper than {MAX_JSON_DEPTH} levels")
        try:
            page = json.loads(line, parse_int=_small_int, parse_constant=_no_constant)
        except json.JSONDecodeError as exc:
            raise DataError(f"{path}: line {n}: not valid JSON ({exc.msg})") from None
        except (ValueError, RecursionError) as exc:
            raise DataError(f"{path}: line {n}: not valid JSON ({exc})") from None
        if not isinstance(page, dict) or not isinstance(page.get("url"), str) or not isinstance(page.get("text"), str):
            raise DataError(f"{path}: line {n}: each line needs string fields 'url' and 'text'")
        if "title" in page and not isinstance(page["title"], str):
            raise DataError(f"{path}: line {n}: 'title' must be a string")
        labels = page.get("labels", [])
        if not isinstance(labels, list) or not all(isinstance(t, str) for t in labels):
            raise DataError(f"{path}: line {n}: 'labels' must be a list of topic keys (strings)")
        pages.append(page)
    return pages


def measure(pages: list[dict]) -> dict:
    """Per-topic and overall (micro) precision/recall over pages that carry labels."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for page in pages:
        if "labels" not in page:
            continue
        truth = {t for t in page["labels"] if t in TOPICS}
        got = set(classify_page(page["url"], page["text"], page.get("title", "")))
        for t in got & truth:
            tp[t] += 1
        for t in got - truth:
            fp[t] += 1
        for t in truth - got:
            fn[t] += 1

    def pr(a: int, b: int, c: int) -> tuple[float, float]:
        return (a / (a + b) if a + b else 1.0, a / (a + c) if a + c else 1.0)

    topics = sorted(set(tp) | set(fp) | set(fn))
    per = {t: dict(zip(("precision", "recall"), pr(tp[t], fp[t], fn[t]), strict=True)) | {
        "tp": tp[t], "fp": fp[t], "fn": fn[t]} for t in topics}
    p, r = pr(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return {"overall": {"precision": p, "recall": r, "tp": sum(tp.values()),
                        "fp": sum(fp.values()), "fn": sum(fn.values())}, "topics": per}


def run_eval(path: Path, fmt: str = "text") -> int:
    pages = read_pages(path)
    if fmt == "json":
        for page in pages:
            topics = sorted(classify_page(page["url"], page["text"], page.get("title", "")))
            print(json.dumps({"url": page["url"], "topics": topics}, ensure_ascii=False))
        return 0
    labelled = [p for p in pages if "labels" in p]
    if not labelled:
        for page in pages:
            topics = classify_page(page["url"], page["text"], page.get("title", ""))
            print(f"{page['url']}\t{', '.join(sorted(topics)) or '-'}")
        return 0
    m = measure(labelled)
    out = sys.stdout
    print(f"{'topic':<34} {'prec':>6} {'recall':>6}  tp  fp  fn", file=out)
    for t, v in m["topics"].items():
        print(f"{t:<34} {v['precision']:>6.2f} {v['recall']:>6.2f} {v['tp']:>3} {v['fp']:>3} {v['fn']:>3}", file=out)
    o = m["overall"]
    print(f"{'overall':<34} {o['precision']:>6.2f} {o['recall']:>6.2f} {o['tp']:>3} {o['fp']:>3} {o['fn']:>3}", file=out)
    print(f"pages: {len(labelled)}", file=out)
    return 0
