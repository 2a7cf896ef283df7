"""Audit test sites (folders with a ``_truth.yaml``) on 127.0.0.1 and score the verdicts
against their truth files: ``oit eval --sites``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from checklist.load import DataError
from common.run_folder import RunFolder


def _path(url: str) -> str:
    from urllib.parse import unquote, urlsplit

    return unquote(urlsplit(url).path) or "/"


def _path_query(url: str) -> str:
    """Path and query, the query's parameters sorted: ``/index.php?id=3&option=com_content``
    (sites whose pages differ only by query string, such as Joomla without SEF URLs)."""
    from urllib.parse import parse_qsl, urlencode, urlsplit

    query = urlsplit(url).query
    return _path(url) + ("?" + urlencode(sorted(parse_qsl(query, keep_blank_values=True))) if query else "")


def compare_with_truth(report: dict, truth: dict) -> dict:
    """Score one audit's report.json against a test site's truth file (``_truth.yaml``).

    present = found or outdated. First-evidence accuracy: among items present in both, the
    first evidence URL is the truth's ``url`` or one of its ``also`` paths (for a file on another
    host, the page linking it). Outdated detection:
    among items that are outdated in the truth or in the report, the share where both agree.
    ``counts`` holds the raw tallies so several sites can be pooled (see :func:`pool`).
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
            first = item["evidence"][0]
            first_url = first["url"]
            if first.get("kind") == "external_link" and first.get("found_on"):
                # a file on another host (Google Drive) the audit cannot open: a truth file names
                # site paths only, so it names the page whose row links the file
                first_url = first["found_on"]
            ok_first = _path(first_url) in allowed or _path_query(first_url) in {_path_query(u) for u in allowed}
            first_ok += ok_first
        rows.append({"code": code, "want": want["status"], "got": item["status"],
                     "first_ok": ok_first, "want_url": want.get("url") or "",
                     "first": _path_query(item["evidence"][0]["url"]) if item["evidence"] else ""})
    counts = {"tp": tp, "fp": fp, "fn": fn, "first_ok": first_ok, "first_n": first_n,
              "out_ok": out_ok, "out_n": out_n, "review": review, "n": len(rows),
              "status_ok": sum(r["want"] == r["got"] for r in rows)}
    return {**_ratios(counts), "counts": counts, "rows": rows}


def _ratios(c: dict) -> dict:
    def ratio(a: int, b: int, empty: float = 1.0) -> float:
        return a / b if b else empty

    return {
        "presence_precision": ratio(c["tp"], c["tp"] + c["fp"]),
        "presence_recall": ratio(c["tp"], c["tp"] + c["fn"]),
        "first_evidence_accuracy": ratio(c["first_ok"], c["first_n"]),
        "outdated_accuracy": ratio(c["out_ok"], c["out_n"]),
        "review_share": ratio(c["review"], c["n"], 0.0),
        "status_accuracy": ratio(c["status_ok"], c["n"], 0.0),
    }


def pool(results: list[dict]) -> dict:
    """Overall figures of several sites: the tallies added up, then the ratios (micro)."""
    keys = ("tp", "fp", "fn", "first_ok", "first_n", "out_ok", "out_n", "review", "n", "status_ok")
    counts = {k: sum(r["counts"][k] for r in results) for k in keys}
    return {**_ratios(counts), "counts": counts}


def read_truth(folder: Path) -> dict:
    from checklist.load import read_yaml

    path = Path(folder) / "_truth.yaml"
    truth = read_yaml(path)
    if not isinstance(truth, dict) or not isinstance(truth.get("items"), dict):
        raise DataError(f"{path}: expected a mapping with 'year' and 'items'")
    return truth


def audit_site(folder: Path, out: Path, year: int | None = None, timeout: float = 300) -> dict:
    """Serve ``folder`` on 127.0.0.1, audit it in a fresh process, return its report.json."""
    import os
    import subprocess

    from crawler.serve import StaticSite

    root = Path(__file__).resolve().parent.parent
    aside = Path(out).parent / f".{Path(out).name}"  # history and cache: never the user's own
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONWARNINGS": "ignore",
           "OIT_CACHE_DIR": str(aside / "cache"), "OIT_DB": str(aside / "history.sqlite")}
    with StaticSite(Path(folder)) as url:
        cmd = [sys.executable, "-m", "oit", "audit", url, "--out", str(out),
               "--delay", "0", "--concurrency", "4", "--quiet", "--db", str(aside / "history.sqlite")]
        if year:
            cmd += ["--year", str(year)]
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=root, env=env)
    if r.returncode != 0:
        tail = (r.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"{folder}: the audit failed (exit {r.returncode}): {tail}")
    return json.loads(RunFolder(Path(out)).report_json.read_text(encoding="utf-8"))


def evaluate_sites(sites: list[Path], workers: int = 2) -> dict:
    """Audit every test site (``workers`` at a time) and score each against its truth file."""
    import tempfile
    from concurrent.futures import ThreadPoolExecutor

    truths = [read_truth(s) for s in sites]
    with tempfile.TemporaryDirectory(prefix="oit-eval-") as tmp:
        def one(i: int) -> dict:
            out = Path(tmp) / f"{i}-{Path(sites[i]).name}"
            report = audit_site(sites[i], out, truths[i].get("year"))
            return compare_with_truth(report, truths[i])

        with ThreadPoolExecutor(max_workers=max(1, workers)) as ex:
            results = list(ex.map(one, range(len(sites))))
    per = {str(s): r for s, r in zip(sites, results, strict=True)}
    return {"sites": per, "overall": pool(results)}


_FIGURES = (
    ("presence_precision", "presence precision"),
    ("presence_recall", "presence recall"),
    ("first_evidence_accuracy", "first-evidence accuracy"),
    ("outdated_accuracy", "outdated detection"),
    ("review_share", "left at review"),
    ("status_accuracy", "status accuracy"),
)


def run_site_eval(sites: list[Path], fmt: str = "text") -> int:
    """Audit each test-site folder (served on 127.0.0.1) and score it against its truth file."""
    for s in sites:
        if not (Path(s) / "_truth.yaml").is_file():
            raise DataError(f"{s}: not a test site (no _truth.yaml)")
    try:
        m = evaluate_sites(sites)
    except RuntimeError as exc:
        raise DataError(str(exc)) from None
    if fmt == "json":
        print(json.dumps(m, ensure_ascii=False))
        return 0
    names = [Path(s).name for s in m["sites"]]
    width = max(24, *(len(n) for n in names))
    print(f"{'':<26}" + "".join(f"{n:>{width + 2}}" for n in [*names, "overall"]))
    cols = [*m["sites"].values(), m["overall"]]
    for k, label in _FIGURES:
        print(f"{label:<26}" + "".join(f"{c[k]:>{width + 2}.2f}" for c in cols))
    for name, r in zip(names, m["sites"].values(), strict=True):
        wrong = [row for row in r["rows"] if row["want"] != row["got"] or row["first_ok"] is False]
        for row in wrong:
            extra = f" first {row['first']} (want {row['want_url']})" if row["first_ok"] is False else ""
            print(f"  {name} {row['code']}: want {row['want']}, got {row['got']}{extra}")
    c = m["overall"]["counts"]
    print(f"sites: {len(names)}  items: {c['n']}")
    return 0
