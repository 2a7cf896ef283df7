"""`oit eval`: classify labelled pages by topic and measure precision and recall."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from checklist.load import DataError
from checklist.match import CANDIDATE, SiteIndex, Target, _combine, topic_signals
from checklist.models import TOPICS
from crawler.items import Fact


def classify_page(url: str, text: str, title: str = "") -> dict[str, list[str]]:
    """Topics this page is evidence of, whatever the year, each with its reasons.

    The page is judged as the audit judges a fetched page with no inbound links: its title,
    the top of its text taken as its heading, the start of its text, and words in its URL.
    """
    head = text[:200]  # the top of a page: where its own title and heading sit
    fact = Fact(
        kind="page", url=url, requested_url=url, status=200,
        title=title, headings=[head], text=text,
    )
    index = SiteIndex(root=url, targets={}, boiler=set(), ita_pages={})
    sigs = topic_signals(index, Target(url=url, kind="page", fact=fact), list(TOPICS))
    out = {}
    for topic, signals in sigs.items():
        if _combine(signals) >= CANDIDATE:
            out[topic] = [s.reason for s in signals]
    return out


def read_pages(path: Path) -> list[dict]:
    pages = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataError(f"{path}: cannot read ({exc.strerror})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            page = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{path}: line {n}: not valid JSON ({exc.msg})") from None
        if not isinstance(page, dict) or not isinstance(page.get("url"), str) or not isinstance(page.get("text"), str):
            raise DataError(f"{path}: line {n}: each line needs string fields 'url' and 'text'")
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


def _path(url: str) -> str:
    from urllib.parse import unquote, urlsplit

    return unquote(urlsplit(url).path) or "/"


def compare_with_truth(report: dict, truth: dict) -> dict:
    """Score one audit's report.json against a test site's truth file (``_truth.yaml``).

    present = found or outdated. First-evidence accuracy: among items present in both, the
    first evidence URL is the truth's ``url`` or one of its ``also`` paths.
    """
    got = {i["code"]: i for i in report["items"]}
    rows = []
    tp = fp = fn = first_ok = first_n = out_ok = out_n = review = 0
    for code, want in truth["items"].items():
        item = got.get(code)
        if item is None:
            continue
        t_present = want["status"] in ("found", "outdated")
        g_present = item["status"] in ("found", "outdated")
        tp += t_present and g_present
        fp += g_present and not t_present
        fn += t_present and not g_present
        review += item["status"] == "review"
        if want["status"] == "outdated" or item["status"] == "outdated":
            out_n += 1
            out_ok += want["status"] == item["status"]
        ok_first = None
        if t_present and g_present and want.get("url") and item["evidence"]:
            first_n += 1
            allowed = {want["url"], *want.get("also", [])}
            ok_first = _path(item["evidence"][0]["url"]) in allowed
            first_ok += ok_first
        rows.append({"code": code, "want": want["status"], "got": item["status"],
                     "first_ok": ok_first,
                     "first": _path(item["evidence"][0]["url"]) if item["evidence"] else ""})
    n = len(rows)
    return {
        "presence_precision": tp / (tp + fp) if tp + fp else 1.0,
        "presence_recall": tp / (tp + fn) if tp + fn else 1.0,
        "first_evidence_accuracy": first_ok / first_n if first_n else 1.0,
        "outdated_accuracy": out_ok / out_n if out_n else 1.0,
        "review_share": review / n if n else 0.0,
        "status_accuracy": sum(r["want"] == r["got"] for r in rows) / n if n else 0.0,
        "rows": rows,
    }


def run_site_eval(sites: list[Path], fmt: str = "text") -> int:
    """Audit each test-site folder (served on 127.0.0.1) and score it against its truth file."""
    raise NotImplementedError("site evaluation arrives with the accuracy work (issue 4)")
