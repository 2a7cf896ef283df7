"""Bench of ``oit batch``: many generated agency sites, locally and on two Scrapyd nodes.

``python bench/batch.py [--sites 30] [--pages 120] [--docs 20] [--json FILE]`` (from the root).

1. Generates ``--sites`` distinct Thai municipal sites (bench/gen_site.py, one seed each, so no
   two sites share a document and the text cache cannot skip work), serves them all on 127.0.0.1
   from one server process (bench/serve_site.py's fast server, one port per site).
2. Local: ``oit batch`` with ``--delay 0 --per-site 4 --concurrency 8`` (two sites at once on
   two cores), fresh cache and history.
3. Scrapyd: two local Scrapyd nodes (app/scrapyd_node.py, one job at a time each), each with
   its own cache, and ``oit batch --scrapyd A,B --jobs-per-node 1``, fresh history.

For each: wall time, sites per hour, CPU seconds (this process's children: the batch, its
workers, the nodes and their jobs), peak memory of all those processes together (the sum of
their RSS, sampled every 100 ms), and per site: URLs fetched and bytes downloaded (from each
report.json). Then whether the two batches gave the same verdicts, and the table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def _generate(args: tuple[int, int, int]) -> str:
    from gen_site import generate

    pages, docs, seed = args
    return str(generate(pages=pages, docs=docs, seed=seed, quiet=True))


def serve_many(folders: list[str]) -> None:
    """``--serve`` mode: every folder on its own port, one asyncio loop; prints the URLs."""
    from serve_site import FastSite

    async def main() -> None:
        servers = []
        for f in folders:
            site = FastSite(Path(f))
            servers.append(await asyncio.start_server(site.handle, "127.0.0.1", 0, backlog=512))
        print(" ".join(f"http://127.0.0.1:{s.sockets[0].getsockname()[1]}/" for s in servers), flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())


class TreeMemory:
    """Peak of the summed RSS of the processes descending from ``roots`` (sampled)."""

    def __init__(self, roots: list[int], every: float = 0.1) -> None:
        self.roots = set(roots)
        self.every = every
        self.peak = 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        parent: dict[int, int] = {}
        rss: dict[int, int] = {}
        for d in Path("/proc").iterdir():
            if not d.name.isdigit():
                continue
            try:
                stat = (d / "stat").read_text()
                fields = stat.rsplit(")", 1)[1].split()
                parent[int(d.name)] = int(fields[1])
                rss[int(d.name)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
            except (OSError, IndexError, ValueError):
                continue
        total = 0
        for pid in rss:
            p, hops = pid, 0
            while p and hops < 50:
                if p in self.roots:
                    total += rss[pid]
                    break
                p, hops = parent.get(p, 0), hops + 1
        return total

    def _run(self) -> None:
        while not self.done.is_set():
            self.peak = max(self.peak, self._sample())
            self.done.wait(self.every)

    def __enter__(self) -> TreeMemory:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.done.set()
        self.thread.join()


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _per_site(out: Path) -> dict:
    urls, bytes_, pages, docs = [], [], 0, 0
    verdicts = {}
    for report in sorted(out.glob("*/report.json")):
        d = json.loads(report.read_text(encoding="utf-8"))
        c = d["crawl"]
        urls.append(c["pages"] + c["documents"] + c["errors"])
        bytes_.append(c["bytes_downloaded"])
        pages += c["pages"]
        docs += c["documents"]
        verdicts[report.parent.name] = [(i["code"], i["status"], [e["url"] for e in i["evidence"]])
                                        for i in d["items"]]
    n = max(1, len(urls))
    return {"reports": len(urls), "urls_per_site": sum(urls) / n, "bytes_per_site": sum(bytes_) / n,
            "pages": pages, "documents": docs, "verdicts": verdicts}


def run_batch(csv: Path, out: Path, env: dict, extra: list[str], roots: list[int]) -> dict:
    cpu0, t0 = _cpu(), time.monotonic()
    p = subprocess.Popen([sys.executable, "-m", "oit", "batch", str(csv), "--out", str(out), "--delay", "0",
                          "--per-site", "4", "--quiet", *extra], cwd=ROOT, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with TreeMemory([p.pid, *roots]) as mem:
        stdout, stderr = p.communicate()
    wall = time.monotonic() - t0
    if p.returncode != 0:
        raise SystemExit(f"batch failed ({p.returncode}): {stderr[-2000:]}")
    return {"wall_s": wall, "cpu_s": _cpu() - cpu0, "peak_mb": mem.peak / 2**20, "stdout": stdout}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sites", type=int, default=30)
    ap.add_argument("--pages", type=int, default=120)
    ap.add_argument("--docs", type=int, default=20)
    ap.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    ap.add_argument("--serve", nargs="+", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.serve:
        serve_many(a.serve)
        return 0
    from app.scrapyd_node import LocalNode

    work = a.work or Path(tempfile.mkdtemp(prefix="oit-bench-batch-"))
    work.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    with ProcessPoolExecutor(max(1, os.cpu_count() or 1)) as pool:
        folders = list(pool.map(_generate, [(a.pages, a.docs, 3000 + i) for i in range(a.sites)]))
    gen_s = time.monotonic() - t0
    server = subprocess.Popen([sys.executable, __file__, "--serve", *[str(Path(f) / "site") for f in folders]],
                              stdout=subprocess.PIPE, text=True)
    urls = server.stdout.readline().split()
    csv = work / "agencies.csv"
    csv.write_text("url,name,type,province,district\n" + "".join(
        f"{u},เทศบาลตำบลทดสอบ {i + 1},เทศบาลตำบล,ขอนแก่น,อำเภอ {i % 5 + 1}\n" for i, u in enumerate(urls)),
        encoding="utf-8")
    base = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "ignore"}
    results = {}
    try:
        env = {**base, "OIT_CACHE_DIR": str(work / "local-cache"), "OIT_DB": str(work / "local.sqlite")}
        results["local"] = run_batch(csv, work / "local", env, ["--concurrency", "8"], [])
        results["local"].update(_per_site(work / "local"))
        env = {**base, "OIT_CACHE_DIR": str(work / "coord-cache"), "OIT_DB": str(work / "scrapyd.sqlite")}
        nodes = [LocalNode(work / f"node{i}", max_proc=1, env={**base, "OIT_CACHE_DIR": str(work / f"node{i}-cache")})
                 for i in (1, 2)]
        cpu0 = _cpu()
        node_urls = [n.start() for n in nodes]
        try:
            results["scrapyd"] = run_batch(csv, work / "scrapyd", env,
                                           ["--scrapyd", ",".join(node_urls), "--jobs-per-node", "1"],
                                           [n.proc.pid for n in nodes])
        finally:
            for n in nodes:
                n.stop()
        results["scrapyd"]["cpu_s"] = _cpu() - cpu0  # with the nodes' jobs, reaped by now
        results["scrapyd"].update(_per_site(work / "scrapyd"))
    finally:
        server.terminate()
        server.wait()
    same = results["local"]["verdicts"] == results["scrapyd"]["verdicts"]
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    print(f"machine: {platform.machine()}, nproc {os.cpu_count()}, {mem:.1f} GiB RAM, Python {platform.python_version()}, "
          f"load {os.getloadavg()[0]:.1f}; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"{a.sites} sites generated in {gen_s:.0f} s (--pages {a.pages} --docs {a.docs})")
    print("| run | sites | wall s | sites/hour | CPU s per site | peak memory (MB, all processes) | URLs per site | MB per site |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, r in results.items():
        print(f"| {name} | {r['reports']} | {r['wall_s']:.0f} | {3600 * r['reports'] / r['wall_s']:.0f} | "
              f"{r['cpu_s'] / max(1, r['reports']):.1f} | {r['peak_mb']:.0f} | {r['urls_per_site']:.0f} | "
              f"{r['bytes_per_site'] / 1e6:.1f} |")
    print(f"same verdicts local and on Scrapyd: {'yes' if same else 'NO'} ({len(results['local']['verdicts'])} sites)")
    if a.json:
        a.json.write_text(json.dumps({k: {x: y for x, y in v.items() if x not in ("verdicts", "stdout")}
                                      for k, v in results.items()} | {"same_verdicts": same}, indent=1))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
