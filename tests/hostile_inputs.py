"""Every hostile input of issue 19, run as `oit` in a fresh process: the exit code, the seconds,
the peak memory (RSS of the process), the stderr lines and whether a traceback showed.

tests/test_bad_input.py asserts one line and exit 2 for each; as a script it prints the figures:

    python tests/hostile_inputs.py            # all cases, ~30 s
    python tests/hostile_inputs.py -k eval    # only cases whose name contains "eval"

Each case runs in a fresh process under a 3 GB address-space limit and a 60 s timeout (a case
that hits either is reported as such). Cases needing a device node or a full disk run in their
own mount namespace (``unshare -m``) with a 64 KB tmpfs; they are skipped where that cannot be
made. Nothing is sent to any address but 127.0.0.1; nothing outside a temporary folder is
written (``/dev/null`` appears only as an argument the tool must refuse).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT_AS = 3 << 30


def cases(tmp: Path) -> list[tuple[str, list[str], str]]:
    """(name, argv after `oit`, shell prelude run in a private mount namespace or "")."""
    def write(name: str, data: bytes | str) -> str:
        p = tmp / name
        p.write_bytes(data.encode() if isinstance(data, str) else data)
        return str(p)

    site = "http://127.0.0.1:1/"  # a closed port: input checks must come before any request
    a_file = write("a-file.txt", "x")
    deep_yaml = write("deep.yaml", "a: " + "[" * 100_000 + "]" * 100_000 + "\n")
    big_int = write("bigint.yaml", "name: x\nunits: " + "9" * 5000 + "\n")
    big_file = tmp / "big.yaml"
    with big_file.open("wb") as fh:  # sparse: 3 GB of NULs that cost no disk
        fh.truncate(3 << 30)
    scrambled = write("scrambled.sqlite", os.urandom(64 * 1024))
    foreign = tmp / "foreign.sqlite"
    with sqlite3.connect(foreign) as c:
        c.execute("CREATE TABLE runs (x TEXT)")
        c.execute("CREATE TABLE other (y INTEGER)")
    half = tmp / "half.sqlite"
    with sqlite3.connect(half) as c:
        c.execute("CREATE TABLE t (x)")
        c.executemany("INSERT INTO t VALUES (?)", [(os.urandom(500),) for _ in range(200)])
    data = bytearray(half.read_bytes())
    data[200:4000] = os.urandom(3800)  # header intact, pages scrambled
    half.write_bytes(bytes(data))
    tampered = tmp / "tampered.sqlite"  # oit-audit's own schema, contents edited by hand
    sys.path.insert(0, str(ROOT))
    from datetime import UTC, datetime

    from reports.history import History

    with History(tampered) as h:
        for _ in range(2):
            h.start_run("http://a.go.th/", 2569, {}, str(tmp / "o"), datetime.now(UTC))
    with sqlite3.connect(tampered) as c:
        c.execute("UPDATE runs SET status = 'finished', report = ? WHERE id = 1", ("[" * 100_000,))
        c.execute("UPDATE runs SET status = 'finished', report = '{}', started_at = 'x' WHERE id = 2")
    pages = {
        "binary": os.urandom(4096),
        "deep-json": "[" * 200_000 + "]" * 200_000 + "\n",
        "labels-5": '{"url": "https://a.go.th/", "text": "ข่าว", "labels": 5}\n',
        "labels-nan": '{"url": "https://a.go.th/", "text": "ข่าว", "labels": NaN}\n',
        "title-7": '{"url": "https://a.go.th/", "text": "ข่าว", "title": 7}\n',
        "huge-int": '{"url": "https://a.go.th/", "text": "ข่าว", "labels": [' + "9" * 50_000 + "]}\n",
    }
    out: list[tuple[str, list[str], str]] = [
        ("url [::1", ["audit", "http://[::1/"], ""),
        ("url ]", ["audit", "http://a.go.th]/"], ""),
        ("url 3000 chars", ["audit", "http://a.go.th/" + "a" * 3000], ""),
        ("max-minutes inf", ["audit", site, "--max-minutes", "inf"], ""),
        ("max-minutes 1e308", ["audit", site, "--max-minutes", "1e308"], ""),
        ("max-minutes nan", ["audit", site, "--max-minutes", "nan"], ""),
        ("delay inf", ["audit", site, "--delay", "inf"], ""),
        ("delay 1e308", ["audit", site, "--delay", "1e308"], ""),
        ("max-pages 25 digits", ["audit", site, "--max-pages", "9" * 25], ""),
        ("max-pages 5000 digits", ["audit", site, "--max-pages", "9" * 5000], ""),
        ("concurrency 10**20", ["audit", site, "--concurrency", "1" + "0" * 20], ""),
        ("fail-under inf", ["audit", site, "--fail-under", "inf"], ""),
        ("year 25 digits", ["checklist", "--year", "9" * 25], ""),
        ("schedule --profile /dev/zero", ["schedule", site, "--profile", "/dev/zero"], ""),
        ("schedule --db /dev/null", ["schedule", site, "--db", "/dev/null"], ""),
        ("schedule hour 10**30", ["schedule", site, "--hour", "1" + "0" * 30], ""),
        ("profile deep 100k", ["audit", site, "--profile", deep_yaml], ""),
        ("profile int 5000 digits", ["audit", site, "--profile", big_int], ""),
        ("profile /dev/zero", ["audit", site, "--profile", "/dev/zero"], ""),
        ("profile directory", ["audit", site, "--profile", str(tmp)], ""),
        ("profile 3 GB file", ["audit", site, "--profile", str(big_file)], ""),
        ("out is a file", ["audit", site, "--out", a_file], ""),
        ("out under a file", ["audit", site, "--out", a_file + "/sub"], ""),
        ("out /dev/null", ["audit", site, "--out", "/dev/null"], ""),
        ("out under /proc", ["audit", site, "--out", "/proc/self/oit"], ""),
        ("profile init --out DIR --force", ["profile", "init", "--out", str(tmp), "--force"], ""),
        ("profile init --out FIFO --force", ["profile", "init", "--out", str(tmp / "fifo"), "--force"],
         f"mkfifo {tmp / 'fifo'}"),
        ("profile init --out chardev --force", ["profile", "init", "--out", str(tmp / "null"), "--force"],
         f"mknod {tmp / 'null'} c 1 3"),
        ("profile init --out under /proc", ["profile", "init", "--out", "/proc/self/x.yaml", "--force"], ""),
        ("profile init on a full disk", ["profile", "init", "--out", str(tmp / "full" / "p.yaml")],
         f"mkdir -p {tmp / 'full'} && mount -t tmpfs -o size=4k none {tmp / 'full'} && "
         f"dd if=/dev/zero of={tmp / 'full' / 'fill'} bs=4k count=1 2>/dev/null; true"),
        ("demo --out on a full disk", ["demo", "--out", str(tmp / "full2" / "out"), "--max-pages", "5"],
         f"mkdir -p {tmp / 'full2'} && mount -t tmpfs -o size=64k none {tmp / 'full2'}"),
        ("demo with the cache on a full disk", ["demo", "--out", str(tmp / "demo-out"), "--max-pages", "5"],
         f"mkdir -p {tmp / 'full3'} && mount -t tmpfs -o size=64k none {tmp / 'full3'} && "
         f"export OIT_CACHE_DIR={tmp / 'full3' / 'cache'} OIT_DB={tmp / 'demo.sqlite'}"),
        ("db tampered report", ["diff", "1", "2", "--db", str(tampered)], ""),
        ("db tampered row", ["history", "--db", str(tampered)], ""),
        ("db scrambled", ["history", "--db", scrambled], ""),
        ("db pages scrambled", ["history", "--db", str(half)], ""),
        ("db foreign schema", ["history", "--db", str(foreign)], ""),
        ("db under a file", ["history", "--db", a_file + "/h.sqlite"], ""),
        ("db /dev/zero", ["history", "--db", "/dev/zero"], ""),
        ("db directory", ["history", "--db", str(tmp)], ""),
        ("diff 25-digit runs", ["diff", "9" * 25, "1", "--db", str(tmp / "h.sqlite")], ""),
        ("evidence 25-digit run", ["evidence", "O1", "--run", "9" * 25, "--db", str(tmp / "h.sqlite")], ""),
        ("eval --pages /dev/zero", ["eval", "--pages", "/dev/zero"], ""),
        ("eval --pages directory", ["eval", "--pages", str(tmp)], ""),
        ("eval --pages 3 GB file", ["eval", "--pages", str(big_file)], ""),
    ]
    out += [(f"eval --pages {k}", ["eval", "--pages", write(f"pages-{k}.jsonl", v)], "") for k, v in pages.items()]
    return out


# Not bad input: the audit runs (exit 0) and says nothing of it (the cache only saves time).
RUNS_FINE = {"demo with the cache on a full disk"}


def verdict(name: str, r: dict) -> bool:
    """Whether case ``name`` was answered as it must be: one line and exit 2 for bad input, no
    traceback and no timeout ever."""
    if r["traceback"] or r["timeout"]:
        return False
    if name in RUNS_FINE:
        return r["rc"] == 0
    return r["rc"] == 2 and r["lines"] == 1


def namespaces_ok() -> bool:
    """Whether ``unshare -m`` works here (root or user namespaces): the cases with a prelude."""
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode == 0


def run_case(argv: list[str], prelude: str, timeout: float = 60) -> dict:
    """Run ``oit ARGV`` (after ``prelude`` in its own mount namespace) and measure it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "ignore", "OIT_LANG": "en"}
    cmd = [sys.executable, "-m", "oit", *argv]
    if prelude:
        cmd = ["unshare", "-m", "sh", "-c", prelude + ' && exec "$@"', "sh", *cmd]

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (LIMIT_AS, LIMIT_AS))

    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                            cwd=tempfile.gettempdir(), preexec_fn=limit)
    err = bytearray()
    reader = threading.Thread(target=lambda: err.extend(proc.stderr.read()))
    reader.start()
    timer = threading.Timer(timeout, proc.kill)
    timer.start()
    _, status, usage = os.wait4(proc.pid, 0)  # this process's own peak memory
    timer.cancel()
    reader.join()
    took = time.monotonic() - t0
    text = err.decode("utf-8", "replace")
    lines = text.strip().splitlines()
    return {"rc": os.waitstatus_to_exitcode(status), "s": took, "peak_mb": usage.ru_maxrss / 1024,
            "lines": len(lines), "traceback": "Traceback" in text, "timeout": took >= timeout,
            "last": lines[-1] if lines else ""}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-k", default="")
    args = ap.parse_args()
    bad = 0
    ns = namespaces_ok()
    with tempfile.TemporaryDirectory(prefix="oit-hostile-") as d:
        for name, argv, prelude in cases(Path(d)):
            if args.k not in name:
                continue
            if prelude and not ns:
                print(f"{name:36} skipped: no mount namespace here")
                continue
            r = run_case(argv, prelude)
            ok = verdict(name, r)
            bad += not ok
            print(f"{name:36} {'ok ' if ok else 'BAD'} exit {r['rc']!s:>3} {r['s']:6.2f} s "
                  f"{r['peak_mb']:7.0f} MB  {r['lines']} line(s)  {r['last'][:110]}")
    print(f"{bad} case(s) not answered with one line and exit 2")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
