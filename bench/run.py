"""The benchmark: ``python bench/run.py [--pages 3000] [--docs 600]`` (from the project root).

One run measures, against a generated Thai municipal website (bench/gen_site.py) served on
127.0.0.1 by its own process (bench/serve_site.py, fixed port so the HTTP cache keys match):

a. the full audit (``python -m oit audit URL --delay 0 --concurrency 8 --max-pages 100000
   --quiet``, fresh ``OIT_CACHE_DIR`` and history database) against a bare Scrapy crawl of the
   same site with the same concurrency (bench/bare_spider.py): wall-time ratio, goal <= 1.3;
   with ``--rounds N``, also the median over N back-to-back (bare crawl, fresh audit) pairs (the
   VM's speed drifts by 10-30 % between minutes; a pair shares its moment); also against the
   bare crawl with CONCURRENT_ITEMS 4, the one Scrapy setting the audit tunes for speed
   (reference);
b. peak memory of the audit's process tree (sum of the RSS of the audit and its page and
   document workers, sampled every 50 ms; a worker caught between fork and exec still runs
   in the audit's memory and is not counted twice; also the largest single process from
   wait4): goal <= 400 MB;
c. fetch efficiency: after what share of all fetches 90 % of the items the audit finally found
   had their first evidence (the URL a person would submit) fetched, in our fetch order
   (facts by fetched_at) and in breadth-first order over the same link graph: goal <= 0.3;
d. document extraction pages per second per core (read_document in-process, one core; and
   through the worker process, as the audit does) and matching time per page (match_all in the
   first audit, timed by bench/timed_audit.py, divided by the number of facts);
e. a re-audit of the unchanged site with the same cache: time ratio (goal <= 0.2) and bytes
   on the wire (report.json crawl.bytes_downloaded) ratio (goal <= 0.1).

Prints the machine (nproc, CPU model, RAM) and date, then a table: figure, value, goal, met.
``--json FILE`` also writes every figure as JSON. ``--profile`` runs the first audit under
py-spy and prints the top of the profile (py-spy must be installed; it adds ~5 % overhead).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


# ---------------------------------------------------------------------------- machine


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_kb = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    except OSError:
        pass
    try:
        import scrapy

        scrapy_version = scrapy.__version__
    except ImportError:
        scrapy_version = "?"
    return {
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "cpu": model or platform.processor() or "?",
        "ram_gb": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "scrapy": scrapy_version,
        "kernel": platform.release(),
        "load_avg_1m": round(os.getloadavg()[0], 2),  # other work on the machine skews the figures
    }


# ---------------------------------------------------------------------------- processes


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        if p in out:
            continue  # listed by two of its parent's threads while the kernel moves it
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo += [int(c) for c in fh.read().split()]
        except OSError:
            continue
    return out


def _name(pid: int) -> str:
    """What a process of the audit is: the module it runs, else its program."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "?"
    words = [a.decode("utf-8", "replace") for a in args if a]
    if "-m" in words[:-1]:
        return words[words.index("-m") + 1]
    if any("multiprocessing" in w for w in words):
        return "multiprocessing child"
    return Path(words[1]).name if len(words) > 1 else (Path(words[0]).name if words else "?")


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _unexecuted(pid: int, root: int) -> bool:
    """A worker caught between fork and exec: it still runs in the audit's own memory (its RSS
    is the audit's), so counting it would count the audit twice. Seen: a 147 MB process with
    the audit's command line, or none yet, for a few ms while a document reader started."""
    line = _cmdline(pid)
    return not line or line == _cmdline(root)


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0


def run_measured(cmd: list[str], env: dict | None = None, sample: float = 0.05) -> dict:
    """Run ``cmd``; wall time, exit code, output, peak RSS of its process tree and of one process."""
    start = time.monotonic()
    start_epoch = time.time()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = {"tree": 0, "procs": 0}
    timeline: list[tuple[float, int]] = []
    done = threading.Event()

    def sampler():
        while not done.is_set():
            pids = [proc.pid] + [p for p in _tree(proc.pid)[1:] if not _unexecuted(p, proc.pid)]
            sizes = [(_rss(p), p) for p in pids]
            total = sum(size for size, _ in sizes)
            timeline.append((time.monotonic() - start, total))
            if total > peak["tree"]:
                peak["tree"] = total
                peak["procs"] = len(pids)
                peak["who"] = [(round(size / 1e6), f"{_name(p)} [{p}]") for size, p in sorted(sizes, reverse=True)]
            done.wait(sample)

    out_chunks: list[bytes] = []
    err_chunks: list[bytes] = []
    readers = [threading.Thread(target=lambda s=s, b=b: b.append(s.read()), daemon=True)
               for s, b in ((proc.stdout, out_chunks), (proc.stderr, err_chunks))]
    t = threading.Thread(target=sampler, daemon=True)
    t.start()
    for r in readers:
        r.start()
    _, status, usage = os.wait4(proc.pid, 0)  # rusage of the child and its waited-for children
    wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    t.join()
    for r in readers:
        r.join()
    return {
        "wall": wall,
        "rc": proc.returncode,
        "stdout": b"".join(out_chunks).decode("utf-8", "replace"),
        "stderr": b"".join(err_chunks).decode("utf-8", "replace"),
        "tree_peak_mb": peak["tree"] / 1e6,
        "tree_peak_procs": peak["procs"],
        "tree_peak_who": peak.get("who", []),  # (MB, process) at the peak, largest first
        "timeline": timeline,
        "start_epoch": start_epoch,
        "maxrss_mb": usage.ru_maxrss * 1024 / 1e6,  # KB on Linux
        "cpu_s": usage.ru_utime + usage.ru_stime,
    }


class Server:
    """bench/serve_site.py in its own process."""

    def __init__(self, folder: Path, port: int, impl: str, latency_ms: float = 0.0):
        self.proc = subprocess.Popen(
            [sys.executable, str(BENCH / "serve_site.py"), str(folder), "--port", str(port), "--impl", impl,
             "--latency-ms", str(latency_ms)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        line = self.proc.stdout.readline().strip()
        if not line.startswith("ready "):
            self.proc.kill()
            raise SystemExit(f"the bench server did not start: {line} {self.proc.stderr.read()[-500:]}")
        self.url = line.split(" ", 1)[1]

    def cpu_s(self) -> float:
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            return 0.0

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


# ---------------------------------------------------------------------------- fetch order


def load_facts(path: Path) -> list[dict]:
    facts = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                try:
                    facts.append(json.loads(line))
                except ValueError:
                    continue
    return facts


def fetch_order(facts: list[dict]) -> list[dict]:
    """Facts in the order their responses arrived (fetched_at; the file order breaks ties)."""
    return [f for _, f in sorted(enumerate(facts), key=lambda t: (t[1].get("fetched_at") or "", t[0]))]


def bfs_order(facts: list[dict], root: str) -> list[dict]:
    """The same fetches in breadth-first order over the link graph the facts record."""
    from benchkit import canonical, is_document_url, is_skipped_url, same_site

    by_url: dict[str, dict] = {}
    for f in facts:
        by_url.setdefault(canonical(f["requested_url"]), f)
        by_url.setdefault(canonical(f["url"]), f)
    start = by_url.get(canonical(root)) or next((f for f in facts if f.get("depth") == 0), None)
    order: list[dict] = []
    seen_facts: set[int] = set()
    seen_urls: set[str] = set()
    queue: deque[dict] = deque([start] if start else [])
    if start:
        seen_facts.add(id(start))
    while queue:
        f = queue.popleft()
        order.append(f)
        if f["kind"] != "page":
            continue
        for link in f.get("links", []):
            if link.get("scheme", "http") not in ("http", "https"):
                continue
            u = canonical(link["url"])
            if u in seen_urls:
                continue
            seen_urls.add(u)
            if is_skipped_url(u) or not (same_site(u, root) or is_document_url(u)):
                continue
            g = by_url.get(u)
            if g is not None and id(g) not in seen_facts:
                seen_facts.add(id(g))
                queue.append(g)
    order += [f for f in facts if id(f) not in seen_facts]  # reached another way (redirects)
    return order


def share_for(order: list[dict], targets: dict[str, list[str]], found_on: dict[str, str],
              quantile: float = 0.9) -> tuple[float, int, dict[str, int]]:
    """Share of all fetches after which ``quantile`` of the items had one of their URLs fetched.

    ``targets``: item code -> URLs (any of them counts); an URL never fetched (an external
    link) counts when the page it was found on was fetched.
    """
    from benchkit import canonical

    index: dict[str, int] = {}
    for i, f in enumerate(order, 1):
        index.setdefault(canonical(f["requested_url"]), i)
        index.setdefault(canonical(f["url"]), i)
    when: dict[str, int] = {}
    for code, urls in targets.items():
        hits = []
        for u in urls:
            c = canonical(u)
            if c in index:
                hits.append(index[c])
            elif found_on.get(c) and canonical(found_on[c]) in index:
                hits.append(index[canonical(found_on[c])])
        if hits:
            when[code] = min(hits)
    if not targets:
        return float("nan"), 0, when
    need = math.ceil(quantile * len(targets))
    times = sorted(when.values())
    if len(times) < need:
        return 1.0, len(order), when
    k = times[need - 1]
    return k / max(len(order), 1), k, when


# ---------------------------------------------------------------------------- extraction


def extraction_speed(site: Path, limit_worker: int = 40) -> dict:
    """Pages/s of PDF text extraction on one core: in-process, and through the worker process."""
    from crawler.documents import extract_document
    from crawler.documents.worker import read_document

    pdfs = sorted(site.rglob("*.pdf"))
    datas = [p.read_bytes() for p in pdfs]
    read_document(datas[0], "pdf")  # imports and PDFium initialisation outside the timing
    t0 = time.process_time()
    w0 = time.perf_counter()
    pages = 0
    for d in datas:
        r = read_document(d, "pdf")
        pages += r.pages
    cpu = time.process_time() - t0
    wall_in = time.perf_counter() - w0
    sample = datas[:: max(1, len(datas) // limit_worker)][:limit_worker]
    t1 = time.perf_counter()
    c1 = _children_cpu()
    wpages = 0
    for i, d in enumerate(sample):
        _, info = extract_document(d, f"doc{i}.pdf", "application/pdf")
        wpages += info.pages
    wall_w = time.perf_counter() - t1
    from crawler.documents.pool import close_pool

    close_pool()  # persistent workers: their CPU time is counted once they have exited
    cpu_w = _children_cpu() - c1 + 0.0
    return {
        "files": len(datas), "pages": pages, "in_process_pages_per_s": pages / max(cpu, 1e-9),
        "in_process_wall_s": wall_in,
        "worker_files": len(sample), "worker_pages": wpages,
        "worker_pages_per_s": wpages / max(wall_w, 1e-9),
        "worker_s_per_file": wall_w / max(len(sample), 1),
        "worker_cpu_s_per_file": cpu_w / max(len(sample), 1),
    }


def _children_cpu() -> float:
    import resource

    u = resource.getrusage(resource.RUSAGE_CHILDREN)
    return u.ru_utime + u.ru_stime


# ---------------------------------------------------------------------------- main


def audit_cmd(url: str, out: Path, db: Path, concurrency: int) -> list[str]:
    return [sys.executable, str(BENCH / "timed_audit.py"), "audit", url, "--delay", "0",
            "--concurrency", str(concurrency), "--max-pages", "100000", "--quiet",
            "--out", str(out), "--db", str(db)]


def phase_peaks(path: Path, run: dict) -> dict[str, float]:
    """Peak tree RSS (MB) during each top-level phase (times from bench/timed_audit.py)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    offset = data.get("t0_epoch", run["start_epoch"]) - run["start_epoch"]
    out: dict[str, float] = {}
    for p in data.get("phases", []):
        if p["name"] not in ("crawl", "read_facts", "match_all", "write_reports", "archive_evidence"):
            continue
        a = p["start"] + offset
        b = a + p["seconds"]
        inside = [rss for t, rss in run["timeline"] if a <= t <= b]
        if inside:
            out[p["name"]] = max(out.get(p["name"], 0.0), max(inside) / 1e6)
    return out


def phase_seconds(path: Path) -> dict[str, float]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out: dict[str, float] = {}
    for p in data.get("phases", []):
        out[p["name"]] = out.get(p["name"], 0.0) + p["seconds"]
    out["total"] = data.get("total", 0.0)
    return out


def fmt(x: float, digits: int = 2) -> str:
    return "n/a" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.{digits}f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="oit-audit benchmarks (see the module docstring)")
    ap.add_argument("--pages", type=int, default=3000)
    ap.add_argument("--docs", type=int, default=600)
    ap.add_argument("--seed", type=int, default=2569)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--port", type=int, default=18569, help="fixed: the HTTP cache is keyed by URL")
    ap.add_argument("--server", choices=["fast", "stdlib"], default="fast",
                    help="bench/serve_site.py implementation (stdlib = crawler.serve.StaticSite)")
    ap.add_argument("--latency-ms", type=float, default=0.0,
                    help="fast server: think time per response (0: the site is never the bottleneck)")
    ap.add_argument("--site-dir", type=Path, help="where the generated site is kept (reused)")
    ap.add_argument("--work", type=Path, help="keep the audits' output here (default: a temp dir, removed)")
    ap.add_argument("--json", type=Path, help="also write all figures as JSON")
    ap.add_argument("--profile", action="store_true", help="run the first audit under py-spy")
    ap.add_argument("--rounds", type=int, default=1,
                    help="figure a from this many back-to-back (bare crawl, fresh audit) pairs: the median")
    a = ap.parse_args(argv)

    m = machine()
    print(f"oit-audit bench  {m['date']}")
    print(f"machine: nproc {m['nproc']}, CPU {m['cpu']}, RAM {m['ram_gb']} GB; "
          f"Python {m['python']}, Scrapy {m['scrapy']}, Linux {m['kernel']}; load average {m['load_avg_1m']}")
    t_start = time.monotonic()

    from gen_site import generate

    t0 = time.monotonic()
    folder = generate(a.pages, a.docs, a.seed, a.site_dir, quiet=True)
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    print(f"server: bench/serve_site.py --impl {a.server}, latency {a.latency_ms:g} ms; port {a.port}")
    print(f"site: {truth['pages']} HTML pages ({truth['html_bytes'] / 1e6:.0f} MB), {truth['documents']} documents "
          f"{truth['document_kinds']} ({truth['document_pages']} PDF pages, {truth['document_bytes'] / 1e6:.0f} MB) "
          f"in {folder} ({time.monotonic() - t0:.0f} s)")

    work = Path(a.work) if a.work else Path(tempfile.mkdtemp(prefix="oit-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    cache, db = work / "cache", work / "history.sqlite"
    for p in (cache, work / "audit1", work / "audit2"):
        shutil.rmtree(p, ignore_errors=True)
    db.unlink(missing_ok=True)
    env = dict(os.environ, OIT_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT))
    results: dict = {"machine": m, "server": {"impl": a.server, "latency_ms": a.latency_ms}, "site": {k: truth[k] for k in ("pages", "documents", "document_pages",
                                                                  "html_bytes", "document_bytes")}}
    if a.latency_ms and a.server != "fast":
        raise SystemExit("--latency-ms needs --server fast")
    server = Server(folder / "site", a.port, a.server, a.latency_ms)
    url = server.url
    try:
        # a. the floor: a bare Scrapy crawl
        print(f"[1/4] bare Scrapy crawl of {url} (concurrency {a.concurrency}) ...", flush=True)
        s0 = server.cpu_s()
        bare = run_measured([sys.executable, str(BENCH / "bare_spider.py"), url,
                             "--concurrency", str(a.concurrency)], env)
        if bare["rc"] != 0:
            raise SystemExit(f"bare crawl failed: {bare['stderr'][-800:]}")
        bare_stats = json.loads(bare["stdout"].strip().splitlines()[-1])
        bare_server_cpu = server.cpu_s() - s0
        print(f"      {bare_stats['responses']} responses in {bare['wall']:.1f} s "
              f"({bare_stats['responses'] / bare['wall']:.0f}/s; server CPU {bare_server_cpu:.1f} s)")
        # The same floor with the one Scrapy setting the audit tunes for speed (CONCURRENT_ITEMS:
        # Scrapy starts that many tasks per response): what the audit costs beyond tuned Scrapy.
        tuned = run_measured([sys.executable, str(BENCH / "bare_spider.py"), url,
                              "--concurrency", str(a.concurrency), "--concurrent-items", "4"], env)
        print(f"      with CONCURRENT_ITEMS 4, as the audit: {tuned['wall']:.1f} s")

        # a, b, c, d. the audit, fresh cache
        print("[2/4] audit, empty cache ...", flush=True)
        cmd1 = audit_cmd(url, work / "audit1", db, a.concurrency)
        if a.profile:
            if not shutil.which("py-spy"):
                raise SystemExit("--profile needs py-spy: uv pip install py-spy")
            cmd1 = ["py-spy", "record", "-r", "50", "-f", "raw", "-o", str(work / "audit1.raw"), "--", *cmd1]
        s0 = server.cpu_s()
        au1 = run_measured(cmd1, dict(env, OIT_BENCH_PHASES=str(work / "phases1.json")))
        if au1["rc"] != 0:
            raise SystemExit(f"audit failed ({au1['rc']}): {au1['stderr'][-1500:]}")
        au1_server_cpu = server.cpu_s() - s0
        rep1 = json.loads((work / "audit1" / "report.json").read_text(encoding="utf-8"))
        ph1 = phase_seconds(work / "phases1.json")
        print(f"      {rep1['crawl']['pages']} pages, {rep1['crawl']['documents']} documents in {au1['wall']:.1f} s "
              f"(crawl {ph1.get('crawl', 0):.1f} s, match_all {ph1.get('match_all', 0):.1f} s); "
              f"peak tree RSS {au1['tree_peak_mb']:.0f} MB")
        print("      at the peak: " + ", ".join(f"{name} {mb} MB" for mb, name in au1["tree_peak_who"]))

        # e. re-audit, same cache
        print("[3/4] re-audit of the unchanged site, same cache ...", flush=True)
        au2 = run_measured(audit_cmd(url, work / "audit2", db, a.concurrency),
                           dict(env, OIT_BENCH_PHASES=str(work / "phases2.json")))
        if au2["rc"] != 0:
            raise SystemExit(f"re-audit failed ({au2['rc']}): {au2['stderr'][-1500:]}")
        rep2 = json.loads((work / "audit2" / "report.json").read_text(encoding="utf-8"))
        ph2 = phase_seconds(work / "phases2.json")
        print(f"      {au2['wall']:.1f} s (crawl {ph2.get('crawl', 0):.1f} s, match_all {ph2.get('match_all', 0):.1f} s); "
              f"{rep2['crawl'].get('bytes_downloaded', 0) / 1e6:.1f} MB on the wire")

        # a, again: a bare crawl and a fresh audit back to back, --rounds times in all (the
        # machine's speed drifts between runs; a pair shares its moment)
        pairs = [(au1["wall"], bare["wall"])]
        for r in range(2, a.rounds + 1):
            floor = run_measured([sys.executable, str(BENCH / "bare_spider.py"), url,
                                  "--concurrency", str(a.concurrency)], env)
            w = work / f"round{r}"
            shutil.rmtree(w, ignore_errors=True)
            audit = run_measured(audit_cmd(url, w / "audit", w / "history.sqlite", a.concurrency),
                                 dict(env, OIT_CACHE_DIR=str(w / "cache")))
            if floor["rc"] != 0 or audit["rc"] != 0:
                raise SystemExit(f"round {r} failed: {(floor['stderr'] + audit['stderr'])[-800:]}")
            pairs.append((audit["wall"], floor["wall"]))
            shutil.rmtree(w, ignore_errors=True)
            print(f"      round {r}: audit {audit['wall']:.1f} s / bare {floor['wall']:.1f} s = "
                  f"{audit['wall'] / floor['wall']:.2f}x", flush=True)
    finally:
        server.close()

    # c. fetch efficiency
    print("[4/4] fetch order, extraction speed ...", flush=True)
    facts = load_facts(work / "audit1" / ".work" / "facts.jsonl")
    ours = fetch_order(facts)
    bfs = bfs_order(facts, url)
    found_on = {}
    for f in facts:
        for link in f.get("links", []) if f["kind"] == "page" else []:
            found_on.setdefault(link["url"].split("#", 1)[0], f["url"])
    found = {i["code"]: [i["evidence"][0]["url"]] for i in rep1["items"] if i["status"] == "found" and i["evidence"]}
    eff_ours, k_ours, _ = share_for(ours, found, found_on)
    eff_bfs, k_bfs, _ = share_for(bfs, found, found_on)
    present = {c: [url.rstrip("/") + u for u in v["urls"]] for c, v in truth["items"].items()
               if v["status"] == "found"}
    t_ours, _, _ = share_for(ours, present, found_on)
    t_bfs, _, _ = share_for(bfs, present, found_on)

    # d. extraction and matching
    ext = extraction_speed(folder / "site")
    n_facts = len(facts)
    match_s = ph1.get("match_all", float("nan"))

    ratio_a = au1["wall"] / bare["wall"]
    ratios = sorted(x / y for x, y in pairs)
    median_a = statistics.median(ratios)
    time_e = au2["wall"] / au1["wall"]
    b1 = rep1["crawl"].get("bytes_downloaded", 0)
    b2 = rep2["crawl"].get("bytes_downloaded", 0)
    bytes_e = b2 / b1 if b1 else float("nan")
    statuses = {}
    for i in rep1["items"]:
        statuses[i["status"]] = statuses.get(i["status"], 0) + 1
    wrong = [f"{i['code']} {i['status']} (truth {truth['items'][i['code']]['status']})"
             for i in rep1["items"] if i["code"] in truth["items"]
             and i["status"] != truth["items"][i["code"]]["status"]]

    rows = [
        ("a. audit / bare Scrapy crawl (wall time)", f"{fmt(ratio_a)}x  ({au1['wall']:.1f} s / {bare['wall']:.1f} s)",
         "<= 1.3", ratio_a <= 1.3),
        *([(f"a. same, median of {len(ratios)} pairs", f"{fmt(median_a)}x  (range {fmt(ratios[0])}-{fmt(ratios[-1])})",
            "<= 1.3", median_a <= 1.3)] if len(ratios) > 1 else []),
        ("a. same, against bare Scrapy with CONCURRENT_ITEMS 4", f"{fmt(au1['wall'] / tuned['wall'])}x  "
         f"({au1['wall']:.1f} s / {tuned['wall']:.1f} s)", "(reference)", None),
        ("b. audit peak memory, process tree RSS", f"{au1['tree_peak_mb']:.0f} MB ({au1['tree_peak_procs']} procs; "
         f"largest process {au1['maxrss_mb']:.0f} MB)", "<= 400 MB", au1["tree_peak_mb"] <= 400),
        ("c. fetch share for 90 % of found items, ours", f"{fmt(eff_ours)}  (fetch {k_ours} of {len(ours)}; "
         f"{len(found)} items found)", "<= 0.3", eff_ours <= 0.3),
        ("c. same, breadth-first order", f"{fmt(eff_bfs)}  (fetch {k_bfs})", "(reference)", None),
        ("c. same on truth.json evidence, ours / BFS", f"{fmt(t_ours)} / {fmt(t_bfs)}  ({len(present)} items present)",
         "(check)", None),
        ("d. PDF extraction, pages/s per core (in-process)", f"{ext['in_process_pages_per_s']:.0f}  "
         f"({ext['pages']} pages, {ext['files']} files)", "-", None),
        ("d. PDF extraction through the worker, pages/s", f"{ext['worker_pages_per_s']:.0f}  "
         f"({ext['worker_s_per_file'] * 1000:.0f} ms per file)", "-", None),
        ("d. matching time per page (match_all / facts)", f"{fmt(match_s / max(n_facts, 1) * 1000)} ms  "
         f"({fmt(match_s, 1)} s / {n_facts} facts)", "-", None),
        ("e. re-audit / first audit (wall time)", f"{fmt(time_e)}  ({au2['wall']:.1f} s)", "<= 0.2", time_e <= 0.2),
        ("e. re-audit / first audit (bytes on the wire)", f"{fmt(bytes_e, 3)}  ({b2 / 1e6:.1f} MB / {b1 / 1e6:.1f} MB)",
         "<= 0.1", bytes_e <= 0.1),
    ]
    results.update({
        "bare": {**bare_stats, "wall": bare["wall"], "server_cpu_s": bare_server_cpu, "maxrss_mb": bare["maxrss_mb"]},
        "bare_concurrent_items_4": {"wall": tuned["wall"]},
        "audit1": {"wall": au1["wall"], "phases": ph1, "tree_peak_mb": au1["tree_peak_mb"],
                   "phase_peak_mb": phase_peaks(work / "phases1.json", au1),
                   "tree_peak_who": au1["tree_peak_who"],
                   "rss_timeline_mb": [(round(t), round(r / 1e6)) for t, r in au1["timeline"][::20]],
                   "maxrss_mb": au1["maxrss_mb"], "cpu_s": au1["cpu_s"], "server_cpu_s": au1_server_cpu,
                   "crawl": {k: rep1["crawl"].get(k) for k in ("pages", "documents", "errors", "bytes_downloaded")},
                   "statuses": statuses, "verdicts_differing_from_truth": wrong},
        "audit2": {"wall": au2["wall"], "phases": ph2, "tree_peak_mb": au2["tree_peak_mb"],
                   "crawl": {k: rep2["crawl"].get(k) for k in ("pages", "documents", "errors", "bytes_downloaded")}},
        "fetch_efficiency": {"ours": eff_ours, "bfs": eff_bfs, "truth_ours": t_ours, "truth_bfs": t_bfs,
                             "fetches": len(ours), "items_found": len(found)},
        "extraction": ext,
        "matching": {"seconds": match_s, "facts": n_facts, "ms_per_fact": match_s / max(n_facts, 1) * 1000},
        "ratios": {"audit_vs_bare": ratio_a, "audit_vs_bare_pairs": [x / y for x, y in pairs],
                   "reaudit_time": time_e, "reaudit_bytes": bytes_e},
    })

    print()
    print("audit phases (s): " + ", ".join(f"{k} {v:.1f}" for k, v in ph1.items() if v >= 0.05))
    print("re-audit phases (s): " + ", ".join(f"{k} {v:.1f}" for k, v in ph2.items() if v >= 0.05))
    peaks1 = phase_peaks(work / "phases1.json", au1)
    print("audit peak tree RSS by phase (MB): " + ", ".join(f"{k} {v:.0f}" for k, v in peaks1.items()))
    print(f"audit CPU {au1['cpu_s']:.0f} s (audit + workers), server CPU {au1_server_cpu:.0f} s; "
          f"item statuses {statuses}")
    print(f"verdicts vs truth.json: {len(rep1['items']) - len(wrong)}/{len(rep1['items'])} agree"
          + (f"; differ: {', '.join(wrong)}" if wrong else ""))
    print()
    w = max(len(r[0]) for r in rows)
    v = max(len(r[1]) for r in rows)
    print(f"{'figure':<{w}}  {'value':<{v}}  {'goal':<11}  met")
    print(f"{'-' * w}  {'-' * v}  {'-' * 11}  ---")
    for name, value, goal, met in rows:
        mark = "" if met is None else ("yes" if met else "no")
        print(f"{name:<{w}}  {value:<{v}}  {goal:<11}  {mark}")
    print(f"\nbench run took {time.monotonic() - t_start:.0f} s; load average now {os.getloadavg()[0]:.2f}; "
          + (f"work folder {work}" if a.work else "work folder removed (keep it with --work DIR)"))

    if a.profile and (work / "audit1.raw").exists():
        from profile_top import summarise

        print()
        summarise(work / "audit1.raw", 20)
    if a.json:
        a.json.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    if not a.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
