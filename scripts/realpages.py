"""Grow and check the labelled real-pages corpus (tests/data/realpages/).

    python scripts/realpages.py add < rows.jsonl   # url, labels, text, note[, site_kind, ita_index]
    python scripts/realpages.py check              # hygiene: reserved hosts, split, duplicates
    python scripts/realpages.py probe < urls.txt   # reserved / taken / tuning / locked, per URL
    python scripts/realpages.py digests            # refresh the hashed reserved-host and tuned-site lists

``second-labels.jsonl`` holds a second, independent labeller's labels of the agencies' pages
(url, labels, ita_index, note), given without seeing the first labels or the classifier's: how
often two careful people agree is the ceiling against which the classifier's figures are read.

A row's split is decided by its host alone (never by hand): ``split_of(host)``. Rows are
trimmed to the top of the page, mobile phone numbers, ID numbers and private e-mail
addresses are redacted, and rows of reserved hosts, of dev_pages.jsonl and duplicates are
refused. Labels are topic keys of the checklist (``[]``: not evidence of any item).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "realpages"
SPLITS = {"tuning": DATA / "tuning.jsonl", "locked": DATA / "locked.jsonl"}
RESERVED_DIGESTS = DATA / "reserved-hosts.sha256"
TUNED_SITES = DATA / "tuned-sites.sha256"  # sites of dev_pages.jsonl: kept in tuning whatever their hash
SHARED = ROOT.parent / "shared" / "reference"
if not SHARED.is_dir():  # a worktree under /work/wt/<name>
    SHARED = ROOT.parents[1] / "shared" / "reference"
LOCKED_PERCENT = 40  # share of hosts whose pages form the locked set
MAX_CHARS = 2000
FIELDS = ("url", "host", "site_kind", "text", "labels", "ita_index", "years_mentioned", "note")
SECOND = DATA / "second-labels.jsonl"
SECOND_FIELDS = ("url", "labels", "ita_index", "note")
EXTRA_LABELS = frozenset({"open_data", "conflict_of_interest", "other_ita"})  # outside the checklist


def norm_host(host: str) -> str:
    host = host.lower().strip().rstrip(".").split(":")[0]
    return host[4:] if host.startswith("www.") else host


def host_digest(host: str) -> str:
    return hashlib.sha256(norm_host(host).encode()).hexdigest()


def host_suffixes(host: str) -> list[str]:
    """The host and every parent domain of it (a.b.go.th -> a.b.go.th, b.go.th, go.th)."""
    parts = norm_host(host).split(".")
    return [".".join(parts[i:]) for i in range(len(parts) - 1)]


_SECOND_LEVEL = {"go", "ac", "or", "in", "co", "mi", "net", "nic"}


def site_of(host: str) -> str:
    """The registrable site of a host (a.b.go.th -> b.go.th, x.blogspot.com -> blogspot.com), so
    that every host of one agency lands in the same split."""
    h = norm_host(host)
    if re.fullmatch(r"[\d.]+", h):
        return h
    parts = h.split(".")
    keep = 3 if len(parts) >= 3 and parts[-1] == "th" and parts[-2] in _SECOND_LEVEL else 2
    return ".".join(parts[-keep:])


def split_of(host: str, tuned_hosts: frozenset[str] = frozenset()) -> str:
    """locked for a fixed share of sites by a hash of the site; sites the matcher was already
    tuned on (those of dev_pages.jsonl) always stay in tuning."""
    h = site_of(host)
    if h in tuned_hosts:
        return "tuning"
    return "locked" if int(hashlib.sha256(h.encode()).hexdigest()[:8], 16) % 100 < LOCKED_PERCENT else "tuning"


def reserved_digests() -> set[str]:
    """Digests of the reserved hosts: kept in the repository so a clone can check without the list."""
    src = SHARED / "reserved-hosts.txt"
    if src.is_file():
        names = [ln.split()[1] for ln in src.read_text().splitlines() if ln.startswith(("host ", "repo "))]
        return {host_digest(h) for h in names}  # hosts, and repositories as "owner/name"
    return set(RESERVED_DIGESTS.read_text().split())


def is_reserved(host: str, digests: set[str]) -> bool:
    return any(host_digest(s) in digests for s in host_suffixes(host))


def dev_pages() -> list[dict]:
    path = SHARED / "dev_pages.jsonl"
    return [json.loads(ln) for ln in path.read_text().splitlines() if ln.strip()] if path.is_file() else []


_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_MOBILE = re.compile(r"(?<!\d)0[689]\d[-\s.]?\d{3}[-\s.]?\d{4}(?!\d)")
_ID = re.compile(r"(?<!\d)\d[-\s]?\d{4}[-\s]?\d{5}[-\s]?\d{2}[-\s]?\d(?!\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_OFFICIAL = re.compile(r"\.(?:go|or|ac|mi|in)\.th$|@(?:dla|saraban)", re.I)


def redact(text: str) -> str:
    plain = text.translate(_THAI_DIGITS)
    if plain != text and (_MOBILE.search(plain) or _ID.search(plain)):
        text = plain
    text = _ID.sub("[เลขประจำตัว]", text)
    text = _MOBILE.sub("[เบอร์โทร]", text)
    return _EMAIL.sub(lambda m: m.group(0) if _OFFICIAL.search(m.group(0)) else "[อีเมล]", text)


def years_mentioned(text: str) -> list[int]:
    plain = text.translate(_THAI_DIGITS)
    return sorted({int(y) for y in re.findall(r"(?<!\d)(25[4-7]\d)(?!\d)", plain)})


def trim(text: str) -> str:
    text = re.sub(r"[ \t]+\n", "\n", text.strip())
    if len(text) <= MAX_CHARS:
        return text
    cut = text[:MAX_CHARS]
    return cut[: cut.rfind("\n")] if cut.rfind("\n") > MAX_CHARS // 2 else cut


def site_kind(host: str) -> str:
    h = norm_host(host)
    if any(w in h for w in ("hosp", "moph", "health", "anamai")):
        return "hospital_health"
    if h.endswith(".ac.th") or any(w in h for w in ("school", "primary", "sesa", "obec")):
        return "school_university"
    return "lao" if h.endswith(".go.th") or h.endswith(".com") or h.endswith(".org") else "other"


def _rows(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text().splitlines() if ln.strip()] if path.is_file() else []


def load(split: str) -> list[dict]:
    return _rows(SPLITS[split])


def second_labels() -> dict[str, dict]:
    """The second labeller's rows by URL."""
    return {r["url"]: r for r in _rows(SECOND)}


def add(rows: list[dict]) -> None:
    from checklist.models import TOPICS

    digests = reserved_digests()
    dev = dev_pages()
    dev_urls = {r["url"] for r in dev}
    tuned = frozenset(site_of(r["host"]) for r in dev)
    seen = {r["url"] for s in SPLITS for r in load(s)}
    out: dict[str, list[str]] = {s: [] for s in SPLITS}
    for row in rows:
        url = row["url"]
        host = urlsplit(url).hostname or ""
        bad = [t for t in row["labels"] if t not in TOPICS and t not in EXTRA_LABELS]
        if bad:
            sys.exit(f"{url}: unknown labels {bad}")
        if is_reserved(host, digests):
            print(f"refused (reserved host): {host}")
            continue
        if url in dev_urls or url in seen:
            print(f"refused (dev_pages or duplicate): {url}")
            continue
        seen.add(url)
        text = trim(redact(row["text"]))
        rec = {
            "url": url, "host": host, "site_kind": row.get("site_kind") or site_kind(host),
            "text": text, "labels": row["labels"], "ita_index": bool(row.get("ita_index", False)),
            "years_mentioned": years_mentioned(text), "note": row.get("note", ""),
        }
        out[split_of(host, tuned)].append(json.dumps(rec, ensure_ascii=False))
    for split, lines in out.items():
        if lines:
            with SPLITS[split].open("a", encoding="utf-8") as fh:
                fh.write("\n".join(lines) + "\n")
    print(f"added {sum(map(len, out.values()))}; " + ", ".join(f"{s} {len(load(s))}" for s in SPLITS))


def check() -> list[str]:
    """Hygiene problems of the corpus (empty when clean)."""
    digests = reserved_digests()
    problems = []
    hosts: dict[str, set[str]] = {}
    urls: set[str] = set()
    for split in SPLITS:
        for r in load(split):
            if set(r) != set(FIELDS):
                problems.append(f"{split}: {r['url']}: fields {sorted(r)}")
            if is_reserved(r["host"], digests):
                problems.append(f"{split}: reserved host {r['host']}")
            if r["url"] in urls:
                problems.append(f"{split}: duplicate {r['url']}")
            urls.add(r["url"])
            hosts.setdefault(site_of(r["host"]), set()).add(split)
    problems += [f"site in both splits: {h}" for h, s in hosts.items() if len(s) > 1]
    return problems + check_second(urls)


def check_second(urls: set[str]) -> list[str]:
    """Problems of the second labeller's file: rows of pages not in the corpus, unknown labels."""
    from checklist.models import TOPICS

    problems, seen = [], set()
    for r in _rows(SECOND):
        if set(r) != set(SECOND_FIELDS):
            problems.append(f"second labels: {r.get('url')}: fields {sorted(r)}")
        elif r["url"] not in urls:
            problems.append(f"second labels: not in the corpus: {r['url']}")
        elif r["url"] in seen:
            problems.append(f"second labels: duplicate {r['url']}")
        elif bad := [t for t in r["labels"] if t not in TOPICS and t not in EXTRA_LABELS]:
            problems.append(f"second labels: {r['url']}: unknown labels {bad}")
        seen.add(r.get("url"))
    return problems


def main(argv: list[str]) -> int:
    if argv[:1] == ["add"]:
        rows = [json.loads(ln) for ln in sys.stdin.read().splitlines() if ln.strip()]
        add(rows)
        return 0
    if argv[:1] == ["check"]:
        problems = check()
        print("\n".join(problems) or "clean: " + ", ".join(f"{s} {len(load(s))}" for s in SPLITS))
        return 1 if problems else 0
    if argv[:1] == ["resplit"]:
        rows = load("tuning") + load("locked")
        for split in SPLITS:
            SPLITS[split].unlink(missing_ok=True)
        tuned = frozenset(site_of(r["host"]) for r in dev_pages())
        out: dict[str, list[str]] = {s: [] for s in SPLITS}
        for r in rows:
            out[split_of(r["host"], tuned)].append(json.dumps(r, ensure_ascii=False))
        for split, lines in out.items():
            SPLITS[split].write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(", ".join(f"{s} {len(v)}" for s, v in out.items()))
        return 0
    if argv[:1] == ["probe"]:  # which URLs (stdin, one a line) would be accepted, and where
        digests, dev = reserved_digests(), dev_pages()
        dev_urls, tuned = {r["url"] for r in dev}, frozenset(site_of(r["host"]) for r in dev)
        seen = {r["url"] for s in SPLITS for r in load(s)}
        for url in sys.stdin.read().split():
            host = urlsplit(url).hostname or ""
            state = ("reserved" if is_reserved(host, digests) else "taken" if url in dev_urls | seen
                     else split_of(host, tuned))
            print(state, url)
        return 0
    if argv[:1] == ["drop"]:  # remove rows by URL (stdin, one a line)
        urls = set(sys.stdin.read().split())
        for split in SPLITS:
            kept = [json.dumps(r, ensure_ascii=False) for r in load(split) if r["url"] not in urls]
            SPLITS[split].write_text("\n".join(kept) + "\n", encoding="utf-8")
        return 0
    if argv[:1] == ["digests"]:
        RESERVED_DIGESTS.write_text("\n".join(sorted(reserved_digests())) + "\n")
        tuned = {hashlib.sha256(site_of(r["host"]).encode()).hexdigest() for r in dev_pages()}
        TUNED_SITES.write_text("\n".join(sorted(tuned)) + "\n")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
