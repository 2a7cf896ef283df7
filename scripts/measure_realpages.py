"""Measure the page classifier (and the document reader) on the labelled real corpus.

    python scripts/measure_realpages.py                 # print the figures
    python scripts/measure_realpages.py --write-readme  # ... and rewrite README.md's block
    python scripts/measure_realpages.py --json          # the figures as JSON

It runs the project's classifier as it is (``checklist.evaluate.measure``, the code behind
``oit eval --pages``) on both splits of ``tests/data/realpages/`` and prints presence
precision and recall for each. Only the TUNING split is broken down (per topic, per class of
page); the LOCKED split is reported as totals only, so that nobody tunes on it: its rows are
never printed. Documents listed in ``tests/data/realdocs/manifest.jsonl`` (when present) are
read with ``crawler.documents.extract.extract_document`` and classified as the audit
classifies a fetched document (topic signals of a document target; the fiscal year the rules
read from its text), and their topic and fiscal-year accuracy is printed per split.

The README block between ``<!-- realpages:begin -->`` and ``<!-- realpages:end -->`` is
generated from these figures: do not edit it by hand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checklist.evaluate import agency_page, classify_page, measure, read_pages  # noqa: E402
from checklist.genre import TOPIC_MODELS_FILE  # noqa: E402
from checklist.models import TOPICS  # noqa: E402

PAGES = ROOT / "tests" / "data" / "realpages"
SPLITS = {"tuning": PAGES / "tuning.jsonl", "locked": PAGES / "locked.jsonl"}
SECOND = PAGES / "second-labels.jsonl"
DOCS = ROOT / "tests" / "data" / "realdocs"
README = ROOT / "README.md"
BEGIN, END = "<!-- realpages:begin -->", "<!-- realpages:end -->"


def page_class(page: dict) -> str:
    """What kind of labelled page this is, for the failure breakdown."""
    labels = [x for x in page.get("labels", []) if x in TOPICS]
    if page.get("ita_index"):
        return "ITA index page"
    if not labels:
        return "not evidence ([])"
    if labels == ["news"]:
        return "news only"
    if "news" in labels:
        return "activity news (news + topic)"
    return "topic page"


def breakdown(pages: list[dict]) -> dict:
    """Per class of page and per site kind: pages, pages with an error, false and missed topics."""
    out: dict[str, dict[str, Counter]] = {"class": defaultdict(Counter), "site_kind": defaultdict(Counter)}
    for page in pages:
        truth = {t for t in page.get("labels", []) if t in TOPICS}
        got = set(classify_page(page["url"], page["text"], page.get("title", "")))
        fp, fn = got - truth, truth - got
        for dim, value in (("class", page_class(page)), ("site_kind", page.get("site_kind", "?"))):
            c = out[dim][value]
            c["pages"] += 1
            c["wrong"] += bool(fp or fn)
            c["fp"] += len(fp)
            c["fn"] += len(fn)
    return {dim: {k: dict(v) for k, v in sorted(d.items())} for dim, d in out.items()}


# A label its labeller marked as a judgement call (dev_pages.md: "Labels marked weak or doubtful in
# `note` are judgement calls"): a page a person could label either way.
_JUDGEMENT = re.compile(r"\b(?:weak|doubtful)\b", re.I)


def second_labels(path: Path = SECOND) -> dict[str, dict]:
    """A second labeller's labels by URL (empty when the file is absent)."""
    if not path.is_file():
        return {}
    rows = (json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip())
    return {r["url"]: r for r in rows}


def judgement_call(page: dict) -> bool:
    """The page's label is marked weak or doubtful in its note."""
    return bool(_JUDGEMENT.search(page.get("note", "")))


def negatives(pages: list[dict]) -> dict:
    """How many pages that are not evidence of anything got some topic anyway."""
    neg = [p for p in pages if not [x for x in p.get("labels", []) if x in TOPICS]]
    flagged = sum(bool(classify_page(p["url"], p["text"], p.get("title", ""))) for p in neg)
    return {"pages": len(neg), "flagged": flagged}




def _score(pairs: list[tuple[set[str], set[str]]]) -> dict:
    """Micro precision and recall of (truth, got) topic sets."""
    tp = sum(len(t & g) for t, g in pairs)
    fp = sum(len(g - t) for t, g in pairs)
    fn = sum(len(t - g) for t, g in pairs)
    return {"precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
            "tp": tp, "fp": fp, "fn": fn}


def agreement(pages: list[dict], second: dict[str, dict]) -> dict | None:
    """The classifier beside two labellers, over the agencies' pages a second labeller labelled
    blind: how the second labeller's labels read against the first's (the ceiling a classifier
    can be measured to), the classifier against either, on the pages both label alike, and on
    those neither marks a judgement call."""
    both = [(p, second[p["url"]]) for p in pages if agency_page(p) and p["url"] in second]
    if not both:
        return None

    def topics(labels: list[str]) -> set[str]:
        return {x for x in labels if x in TOPICS}

    got = [set(classify_page(p["url"], p["text"], p.get("title", ""))) for p, _ in both]
    a = [topics(p["labels"]) for p, _ in both]
    b = [topics(s["labels"]) for _, s in both]
    alike = [i for i in range(len(both)) if a[i] == b[i]]
    clear = [i for i, (p, s) in enumerate(both) if not judgement_call(p) and not judgement_call(s)]
    return {
        "pages": len(both),
        "second_vs_first": _score(list(zip(a, b, strict=True))),
        "classifier_vs_first": _score(list(zip(a, got, strict=True))),
        "classifier_vs_second": _score(list(zip(b, got, strict=True))),
        "alike": {"pages": len(alike), "classifier": _score([(a[i], got[i]) for i in alike])},
        # lenient: a topic either labeller gave is right; a topic both gave is to be found
        "either_precision": _score([(a[i] | b[i], got[i]) for i in range(len(both))])["precision"],
        "both_recall": _score([(a[i] & b[i], got[i]) for i in range(len(both))])["recall"],
        "clear": {"pages": len(clear), "second_vs_first": _score([(a[i], b[i]) for i in clear]),
                  "classifier": _score([(a[i], got[i]) for i in clear])},
    }


KIND_NAMES = {"lao": "local government", "central_gov": "central and provincial government",
              "school_university": "schools and universities", "hospital_health": "hospitals and health offices"}


def by_kind(agency: list[dict], second: dict[str, dict]) -> dict:
    """The classifier's figures a kind of agency, beside the second labeller's against the first
    on the same kind's pages it labelled (totals only: the locked split's rows stay unseen)."""
    out = {}
    for kind in KIND_NAMES:
        pages = [p for p in agency if p.get("site_kind", "lao") == kind]
        if not pages:
            continue
        pairs = [({x for x in p["labels"] if x in TOPICS}, {x for x in second[p["url"]]["labels"] if x in TOPICS})
                 for p in pages if p["url"] in second]
        out[kind] = {"pages": len(pages), "overall": measure(pages)["overall"],
                     "second_vs_first": _score(pairs) if pairs else None}
    return out


def measure_split(path: Path, detail: bool) -> dict:
    pages = [p for p in read_pages(path) if "labels" in p]
    m = measure(pages)
    agency = [p for p in pages if agency_page(p)]
    clear = [p for p in agency if not judgement_call(p)]
    out = {
        "pages": len(pages),
        "hosts": len({p.get("host", "") for p in pages}),
        "positive_pages": sum(bool([x for x in p["labels"] if x in TOPICS]) for p in pages),
        "overall": m["overall"],
        "negatives": negatives(pages),
        "agency": {"pages": len(agency), "overall": measure(agency)["overall"]},
        "agency_clear": {"pages": len(clear), "overall": measure(clear)["overall"]},
        "two_labellers": agreement(pages, second_labels()),
        "by_kind": by_kind(agency, second_labels()),
    }
    if detail:  # tuning only: never look at the locked split's rows
        out["topics"] = m["topics"]
        out["breakdown"] = breakdown(pages)
    return out


# --- documents ---------------------------------------------------------------------------


def classify_document(data: bytes, url: str) -> tuple[set[str], int | None, str]:
    """Topics and fiscal year the project reads from one document, and the reader's error.

    Topics as the audit takes them (``checklist.match.page_topics``' rule): enough signals, and
    not only mentions in the body. The year as ``checklist.rules.judge_period`` reads it: the
    document's title block (its first lines, down to the first naming a year) when it names
    one, else its text; read from OCR'd text too (the audit itself takes no year from OCR)."""
    from checklist.match import (
        SiteIndex,
        Target,
        doc_lines,
        doc_title_count,
        is_candidate,
        mentions_only,
        topic_signals,
    )
    from checklist.rules import evidence_years, title_years
    from common.facts import Fact
    from common.thai import years_in
    from crawler.documents.extract import extract_document

    text, info = extract_document(data, url)
    fact = Fact(kind="document", url=url, requested_url=url, status=200, title="", headings=[], text=text)
    fact.document = info
    index = SiteIndex(root=url, targets={}, boiler=set(), ita_pages={})
    sigs = topic_signals(index, Target(url=url, kind="document", fact=fact), list(TOPICS))
    topics = {t for t, s in sigs.items() if is_candidate(s) and not mentions_only(s)}
    lines = doc_lines(text)
    own = lines[: doc_title_count(lines)]
    named = next((n for n, line in enumerate(own) if years_in(line)), None)
    years, spans = title_years("\n".join(own[: named + 1])) if named is not None else ([], [])
    if not years and not spans:
        years, spans = evidence_years(text[:4000])
    year = years[0] if years else (spans[0][0] if spans else None)
    return topics, year, info.error or ("scanned, not read" if info.scanned and not text else "")


def measure_documents(docs_dir: Path = DOCS, locked: bool = True) -> dict:
    """Topic and fiscal-year accuracy per split over the manifest's documents found in
    ``docs_dir`` (the files are not in the repository: see tests/data/realdocs/README.md).
    ``locked=False`` leaves the locked documents alone (not even read)."""
    manifest = DOCS / "manifest.jsonl"
    if not manifest.is_file():
        return {}
    res: dict[str, Counter] = defaultdict(Counter)
    rows: list[dict] = []
    for line in manifest.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        split = row["split"]
        if split == "locked" and not locked:
            continue
        path = docs_dir / row["file"]
        c = res[split]
        if not path.is_file():
            c["missing"] += 1
            continue
        url = f"http://{row['host'] or 'documents.invalid'}/{row['source_path']}"
        topics, year, error = classify_document(path.read_bytes(), url)
        c["docs"] += 1
        c["unread"] += bool(error)
        # "none": a document of no topic of the checklist (a nursing procedure, a KPI sheet) is read right
        # when it is given none
        c["topic_ok"] += (not topics) if row["topic"] == "none" else row["topic"] in topics
        if row["fiscal_year"] is not None:  # timeless documents (a code of ethics) name no year
            c["dated"] += 1
            c["year_ok"] += year == row["fiscal_year"]
        if split == "tuning":  # never list the locked documents one by one
            rows.append({"file": row["file"], "topic": row["topic"], "got_topics": sorted(topics),
                         "fiscal_year": row["fiscal_year"], "got_year": year, "error": error})
    return {"splits": {s: dict(c) for s, c in sorted(res.items())}, "tuning_rows": rows}


# --- output ------------------------------------------------------------------------------


def figures(docs_dir: Path = DOCS, locked: bool = True) -> dict:
    out = {"date": dt.date.today().isoformat(), "tuning": measure_split(SPLITS["tuning"], detail=True)}
    if locked:
        out["locked"] = measure_split(SPLITS["locked"], detail=False)
    out["documents"] = measure_documents(docs_dir, locked)
    out["topic_models_cv"] = json.loads(TOPIC_MODELS_FILE.read_text(encoding="utf-8")).get("cross_validation", {})
    return out


def _pr(o: dict) -> str:
    return f"P {o['precision']:.3f} R {o['recall']:.3f} (tp {int(o['tp'])} fp {int(o['fp'])} fn {int(o['fn'])})"


def report(f: dict) -> str:
    out = [f"real pages, classifier as of {f['date']}"]
    for split in ("tuning", "locked"):
        if split not in f:
            continue
        s = f[split]
        n = s["negatives"]
        out.append(f"  {split:<7} {s['pages']:>4} pages ({s['positive_pages']} evidence, {s['hosts']} hosts): "
                   f"{_pr(s['overall'])}; not-evidence pages given a topic: {n['flagged']}/{n['pages']}")
        out.append(f"          of which {s['agency']['pages']} pages of agencies' own sites: {_pr(s['agency']['overall'])}")
        c = s["agency_clear"]
        out.append(f"          of those, {c['pages']} whose label is not marked weak or doubtful: {_pr(c['overall'])}")
        if t2 := s.get("two_labellers"):
            out.append(f"          {t2['pages']} of them labelled again, blind, by a second labeller: second against "
                       f"first {_pr(t2['second_vs_first'])}; classifier against the second {_pr(t2['classifier_vs_second'])}")
            out.append(f"          on the {t2['alike']['pages']} both label alike, classifier {_pr(t2['alike']['classifier'])}; "
                       f"on the {t2['clear']['pages']} neither marks weak: second against first "
                       f"{_pr(t2['clear']['second_vs_first'])}, classifier {_pr(t2['clear']['classifier'])}")
            out.append(f"          classifier's topics either labeller gave: {t2['either_precision']:.3f}; "
                       f"topics both gave that the classifier finds: {t2['both_recall']:.3f}")
        for kind, k in s.get("by_kind", {}).items():
            second = f"; second labeller against the first {_pr(k['second_vs_first'])}" if k["second_vs_first"] else ""
            out.append(f"          {KIND_NAMES[kind]} ({k['pages']} pages): {_pr(k['overall'])}{second}")
    if cv := f.get("topic_models_cv"):
        out.append(f"  tuning, host-grouped cross-validation (news and topic models trained without the fold's "
                   f"hosts): {_pr(cv['with_models'])} (without topic models {_pr(cv['rules'])})")
    t = f["tuning"]
    out.append("\ntuning, per topic (most errors first):")
    out.append(f"  {'topic':<32} {'prec':>5} {'rec':>5}  tp  fp  fn")
    for topic, v in sorted(t["topics"].items(), key=lambda kv: -(kv[1]["fp"] + kv[1]["fn"])):
        out.append(f"  {topic:<32} {v['precision']:>5.2f} {v['recall']:>5.2f} {v['tp']:>3} {v['fp']:>3} {v['fn']:>3}")
    for dim in ("class", "site_kind"):
        out.append(f"\ntuning, by {dim.replace('_', ' ')} (pages wrong / pages, false topics, missed topics):")
        rows = sorted(t["breakdown"][dim].items(), key=lambda kv: -kv[1].get("wrong", 0))
        for name, c in rows:
            out.append(f"  {name:<30} {c.get('wrong', 0):>3}/{c['pages']:<4} fp {c.get('fp', 0):>3} fn {c.get('fn', 0):>3}")
    docs = f["documents"].get("splits", {})
    out.append("\ndocuments: " + ("; ".join(
        f"{s} {c.get('docs', 0)} read ({c.get('missing', 0)} not found, {c.get('unread', 0)} unreadable): "
        f"topic {c.get('topic_ok', 0)}/{c.get('docs', 0)}, fiscal year {c.get('year_ok', 0)}/{c.get('dated', 0)}"
        for s, c in docs.items()) or "no labelled documents in tests/data/realdocs/manifest.jsonl"))
    for r in f["documents"].get("tuning_rows", []):
        out.append(f"  {r['file']:<30} {r['topic']:<26} got {','.join(r['got_topics']) or '-':<40} "
                   f"FY {r['fiscal_year']} got {r['got_year']}{'  (' + r['error'] + ')' if r['error'] else ''}")
    return "\n".join(out)


EARLIER = "(an earlier run; the files were not found in this one) "


def earlier_document_lines(text: str) -> list[str]:
    """The "Real documents" lines of the README's current block: a run without the document
    files keeps them, marked as an earlier run's, rather than dropping the figures."""
    if BEGIN not in text or END not in text:
        return []
    block = text.split(BEGIN, 1)[1].split(END, 1)[0]
    return [ln if ln.startswith(EARLIER) else EARLIER + ln
            for ln in block.splitlines() if "Real documents" in ln]


def _pair(o: dict | None) -> str:
    """ "precision / recall" to two places, "–" for no figure."""
    return f"{o['precision']:.2f} / {o['recall']:.2f}" if o else "–"


def readme_block(f: dict, earlier: list[str] | None = None) -> str:
    lines = [
        BEGIN,
        f"<!-- generated by scripts/measure_realpages.py on {f['date']}: do not edit by hand -->",
        "",
        f"Labelled real pages in the repository (`tests/data/realpages/`), page classifier as of {f['date']}",
        "(split by a hash of the host; the locked split is never tuned on; `tests/test_realpages.py` holds",
        "the tuning figures as floors; \"agencies' own sites\" leaves out the newspapers, exam-prep and",
        "law-summary sites and blogs kept as hard negatives, which an audit of an agency's site never reads):",
        "",
        "| split | pages (evidence / hosts) | presence precision | presence recall | tp / fp / fn | not-evidence pages given a topic |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for split in ("tuning", "locked"):
        s, o, n = f[split], f[split]["overall"], f[split]["negatives"]
        lines.append(f"| {split} | {s['pages']} ({s['positive_pages']} / {s['hosts']}) | {o['precision']:.2f} | "
                     f"{o['recall']:.2f} | {o['tp']} / {o['fp']} / {o['fn']} | {n['flagged']} of {n['pages']} |")
    for split in ("tuning", "locked"):
        a = f[split]["agency"]
        o = a["overall"]
        lines.append(f"| {split}, agencies' own sites only | {a['pages']} | {o['precision']:.2f} | {o['recall']:.2f} | "
                     f"{o['tp']} / {o['fp']} / {o['fn']} | |")
    for split in ("tuning", "locked"):
        c = f[split]["agency_clear"]
        o = c["overall"]
        lines.append(f"| {split}, agencies' own sites, labels not marked weak or doubtful | {c['pages']} | "
                     f"{o['precision']:.2f} | {o['recall']:.2f} | {o['tp']} / {o['fp']} / {o['fn']} | |")
    if all(f[split].get("two_labellers") for split in ("tuning", "locked")):
        lines += ["", "Two labellers: a second labeller labelled the agencies' pages again, without seeing the first labels or",
                  "the classifier's (`tests/data/realpages/second-labels.jsonl`). Their agreement is the most a page",
                  "classifier can be measured to on these pages (presence precision / recall, the first labels as truth):", "",
                  "| split | pages | second labeller against the first | classifier against the first | classifier against the second "
                  "| classifier, pages both label alike | pages neither marks weak: second against first | the same pages: classifier |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- |"]
        for split in ("tuning", "locked"):
            t2 = f[split]["two_labellers"]
            lines.append(f"| {split} | {t2['pages']} | {_pair(t2['second_vs_first'])} | {_pair(t2['classifier_vs_first'])} | "
                         f"{_pair(t2['classifier_vs_second'])} | {_pair(t2['alike']['classifier'])} ({t2['alike']['pages']} pages) | "
                         f"{_pair(t2['clear']['second_vs_first'])} ({t2['clear']['pages']} pages) | {_pair(t2['clear']['classifier'])} |")
    if all(f[split].get("by_kind") for split in ("tuning", "locked")):
        lines += ["", "By kind of agency (agencies' own sites; presence precision / recall against the first labels, and the",
                  "second labeller's against the first on the same pages: the most these pages can be measured to):", "",
                  "| kind of agency | tuning pages | tuning: classifier | tuning: second labeller | locked pages "
                  "| locked: classifier | locked: second labeller |",
                  "| --- | --- | --- | --- | --- | --- | --- |"]
        for kind, name in KIND_NAMES.items():
            t, lk = f["tuning"]["by_kind"].get(kind), f["locked"]["by_kind"].get(kind)
            if not t or not lk:
                continue
            lines.append(f"| {name} | {t['pages']} | {_pair(t['overall'])} | {_pair(t['second_vs_first'])} | {lk['pages']} | "
                         f"{_pair(lk['overall'])} | {_pair(lk['second_vs_first'])} |")
    cv = f.get("topic_models_cv") or {}
    if cv:
        r, m = cv["rules"], cv["with_models"]
        lines += ["", "The learned news and topic models (`checklist/data/genre-*.json`) are trained on the tuning split (its pages of agencies' own sites),",
                  "so its row above is partly fitted; read instead the host-grouped cross-validation on it, both models "
                  "trained without each fold's hosts: "
                  f"P {m['precision']:.2f} R {m['recall']:.2f} (without the topic models P {r['precision']:.2f} "
                  f"R {r['recall']:.2f})."]
    docs = f["documents"].get("splits", {})
    if any(c.get("docs") for c in docs.values()):
        lines.append("")
        for s, c in docs.items():
            if not c.get("docs"):
                continue
            lines.append(f"Real documents ({s}, `tests/data/realdocs/manifest.jsonl`; the files are not in the "
                         f"repository): {c.get('docs', 0)} read, topic {c.get('topic_ok', 0)}/{c.get('docs', 0)}, "
                         f"fiscal year {c.get('year_ok', 0)}/{c.get('dated', 0)} of those that name one.")
    elif earlier:
        lines += ["", *earlier]
    lines.append(END)
    return "\n".join(lines)


def write_readme(f: dict) -> None:
    text = README.read_text(encoding="utf-8")
    block = readme_block(f, earlier_document_lines(text))
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + block + rest.split(END, 1)[1]
    else:  # first time: after the figures table of "How often we are right"
        anchor = "\nThe test sites were built to be hard"
        if anchor not in text:
            raise SystemExit("README.md: no place for the real-pages block")
        text = text.replace(anchor, "\n" + block + "\n" + anchor, 1)
    README.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--write-readme", action="store_true", help="rewrite the generated block of README.md")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--tuning-only", action="store_true",
                    help="leave the locked split alone (while working: measure it once per change set)")
    ap.add_argument("--docs-dir", type=Path, default=DOCS,
                    help="folder holding the files of tests/data/realdocs/manifest.jsonl")
    args = ap.parse_args(argv)
    if args.tuning_only and args.write_readme:
        ap.error("--write-readme needs both splits")
    f = figures(args.docs_dir, locked=not args.tuning_only)
    print(json.dumps(f, ensure_ascii=False, indent=1) if args.json else report(f))
    if args.write_readme:
        write_readme(f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
