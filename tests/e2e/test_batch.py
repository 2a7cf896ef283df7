"""`oit batch`: many agencies, resumable, the overview; and the same batch on two Scrapyd nodes.

Three small test sites and one that closes every connection are served on 127.0.0.1. The local
batch is stopped (the batch process killed) after its first agency and run again; its reports
are then the reference for the batch on two real Scrapyd nodes, one killed during the run.
"""

from __future__ import annotations

import json
import os
import signal
import socketserver
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.request import urlopen

import pytest

from crawler.serve import StaticSite
from tests.conftest import ROOT, SITES, run_oit

NAMES = ["เทศบาลตำบลบ้านหนึ่ง", "องค์การบริหารส่วนตำบลสอง", "เทศบาลเมืองสาม"]
FOLDERS = ["itapath", "oldcms", "wordpress"]


class _Closer(socketserver.BaseRequestHandler):
    def handle(self):  # a site that never answers: the connection is closed at once
        self.request.close()


@pytest.fixture(scope="module")
def agencies(tmp_path_factory):
    """The CSV of the batch: three sites and one unreachable, served for the whole module."""
    sites = [StaticSite(SITES / f) for f in FOLDERS]
    urls = [s.__enter__() for s in sites]
    dead = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Closer)
    threading.Thread(target=dead.serve_forever, daemon=True).start()
    folder = tmp_path_factory.mktemp("batch")
    csv = folder / "agencies.csv"
    rows = ["url,name,type,province,district"]
    rows += [f"{u},{n},เทศบาล,ขอนแก่น,เมืองขอนแก่น" for u, n in zip(urls, NAMES, strict=True)]
    rows.append(f"http://127.0.0.1:{dead.server_address[1]}/,อบต.ปิดปรับปรุง,อบต.,ขอนแก่น,พล")
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8-sig")  # as Excel saves it
    yield csv, urls
    for s in sites:
        s.__exit__(None, None, None)
    dead.shutdown()
    dead.server_close()


def _env(folder: Path) -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "ignore",
            "OIT_CACHE_DIR": str(folder / "cache"), "OIT_DB": str(folder / "history.sqlite")}


def _state(out: Path) -> dict:
    try:
        return json.loads((out / "batch-state.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _verdicts(out: Path) -> dict:
    """Per agency folder: every item's status, evidence URLs and problems (no times)."""
    got = {}
    for report in sorted(out.glob("*/report.json")):
        data = json.loads(report.read_text(encoding="utf-8"))
        got[report.parent.name] = [(i["code"], i["status"], [e["url"] for e in i["evidence"]], i["problems"])
                                   for i in data["items"]]
    return got


@pytest.fixture(scope="module")
def local_batch(agencies, tmp_path_factory):
    """The batch run locally, killed after its first agency, then run again to its end."""
    csv, _ = agencies
    folder = tmp_path_factory.mktemp("local")
    out = folder / "out"
    args = [sys.executable, "-m", "oit", "batch", str(csv), "--out", str(out), "--delay", "0",
            "--per-site", "4", "--concurrency", "4"]  # one site at a time
    first = subprocess.Popen(args, cwd=ROOT, env=_env(folder), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    done: dict = {}
    while time.monotonic() < deadline and first.poll() is None:
        done = {a["key"]: a for a in _state(out).get("agencies", []) if a["status"] == "done"}
        if done:
            break
        time.sleep(0.1)
    assert first.poll() is None and len(done) == 1, "the first batch ended before it could be stopped"
    first.kill()  # the batch process dies at once; its worker is told to stop by the kernel
    first.wait()
    (key, before), = done.items()
    report_mtime = (out / key / "report.json").stat().st_mtime_ns
    second = subprocess.run(args, cwd=ROOT, env=_env(folder), capture_output=True, text=True, timeout=300)
    return out, folder, second, key, before, report_mtime


def test_a_stopped_batch_finishes_without_redoing_finished_sites(local_batch):
    out, folder, second, key, before, report_mtime = local_batch
    assert second.returncode == 0, second.stderr
    assert "ตรวจต่อจากครั้งที่หยุดไว้" in second.stdout
    after = {a["key"]: a for a in _state(out)["agencies"]}
    assert after[key]["run_id"] == before["run_id"]  # not audited again
    assert (out / key / "report.json").stat().st_mtime_ns == report_mtime
    runs = json.loads(run_oit("history", "--format", "json", "--db", str(folder / "history.sqlite")).stdout)
    finished = [r for r in runs if r["status"] == "finished"]
    assert len(finished) == 3 and len({r["site"] for r in finished}) == 3  # one finished run per site


def test_batch_writes_every_report_and_the_overview(local_batch, agencies):
    from reports.overview import Overview

    out, _, second, *_ = local_batch
    _, urls = agencies
    overview = Overview.model_validate_json((out / "overview.json").read_text(encoding="utf-8"))
    by_url = {a.url: a for a in overview.agencies}
    for url, name in zip(urls, NAMES, strict=True):
        a = by_url[url]
        assert a.status == "done" and a.name == name and a.district == "เมืองขอนแก่น"
        folder = out / Path(a.report).parent
        for f in ("report.json", "report.html", "report.xlsx"):
            assert (folder / f).is_file()
        report = json.loads((out / a.report).read_text(encoding="utf-8"))
        assert a.score.oit_estimate == report["score"]["oit_estimate"]
        assert [i.id for i in a.score.indicators] == ["9", "10"]
        assert a.counts.missing == sum(1 for i in report["items"] if i["status"] == "missing")
    dead = next(a for a in overview.agencies if a.status == "failed")
    assert dead.name == "อบต.ปิดปรับปรุง" and "เข้าเว็บไซต์ไม่ได้" in dead.error
    assert "ไม่สำเร็จ: อบต.ปิดปรับปรุง" in second.stdout
    # the items most often missing, counted over the agencies' own reports
    top = overview.most_missing[0]
    assert top.agencies == sum(top.code in a.missing_items for a in overview.agencies)
    assert top.agencies == max(m.agencies for m in overview.most_missing)
    page = (out / "overview.html").read_text(encoding="utf-8")
    for name in [*NAMES, top.title, "เกณฑ์ผ่าน 85.0"]:
        assert name in page
    from openpyxl import load_workbook

    ws = load_workbook(out / "overview.xlsx")["ภาพรวม"]
    assert {ws.cell(r, 1).value for r in range(2, 6)} == {*NAMES, "อบต.ปิดปรับปรุง"}


def test_overview_schema_is_printed():
    r = run_oit("schema", "--overview")
    assert r.returncode == 0
    schema = json.loads(r.stdout)
    assert {"agencies", "most_missing", "assessment_year"} <= set(schema["properties"])


@pytest.mark.parametrize(("csv", "needle"), [
    ("name,url\nก,http://a.go.th/\n", "ไม่มีคอลัมน์ type, province, district"),
    ("url,name,type,province,district\nftp://a.go.th/,ก,,,\n", "บรรทัด 2: URL ใช้ไม่ได้"),
    ("url,name,type,province,district\nhttp://a.go.th/,ก,,,\nhttp://A.go.th,ข,,,\n", "บรรทัด 3: เว็บไซต์ http://A.go.th/ ซ้ำกับบรรทัด 2"),
])
def test_a_bad_agency_list_is_one_thai_line_and_exit_2(tmp_path, csv, needle):
    path = tmp_path / "agencies.csv"
    path.write_text(csv, encoding="utf-8")
    r = run_oit("batch", str(path), "--out", str(tmp_path / "out"))
    assert r.returncode == 2
    assert needle in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert not (tmp_path / "out").exists()


def test_two_scrapyd_nodes_one_killed_give_the_local_verdicts(local_batch, agencies, tmp_path):
    """Two real Scrapyd servers; the second is killed while it crawls; the verdicts are those
    of the local batch."""
    from app.scrapyd_node import LocalNode

    out_local = local_batch[0]
    csv, _ = agencies
    env = _env(tmp_path)  # another cache and history than the local batch: nothing reused
    nodes = [LocalNode(tmp_path / f"node{i}", max_proc=2,
                       env={**env, "OIT_CACHE_DIR": str(tmp_path / f"node{i}-cache")}) for i in (1, 2)]
    urls = [n.start() for n in nodes]
    try:
        out = tmp_path / "out"
        batch = subprocess.Popen(
            [sys.executable, "-m", "oit", "batch", str(csv), "--out", str(out), "--delay", "0",
             "--per-site", "4", "--scrapyd", ",".join(urls), "--jobs-per-node", "1", "--quiet"],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        killed = False
        deadline = time.monotonic() + 120
        while not killed and batch.poll() is None and time.monotonic() < deadline:
            try:
                with urlopen(urls[1] + "/listjobs.json", timeout=5) as r:
                    running = json.load(r).get("running", [])
            except OSError:
                running = []
            if running:
                nodes[1].kill()
                killed = True
            time.sleep(0.05)
        stdout, stderr = batch.communicate(timeout=300)
    finally:
        for n in nodes:
            n.stop()
    assert killed, "no job ran on the second node"
    assert batch.returncode == 0, stderr
    assert "ไม่ตอบ" in stderr  # the operator is told the node was given up
    state = {a["key"]: a for a in _state(out)["agencies"]}
    assert {a["status"] for a in state.values()} == {"done", "failed"}
    assert {a["node"] for a in state.values() if a["status"] == "done"} <= {urls[0], urls[1]}
    local_v, remote_v = _verdicts(out_local), _verdicts(out)
    assert sorted(remote_v) == sorted(local_v) and len(local_v) == 3
    differ = [(site, a, b) for site in local_v for a, b in zip(local_v[site], remote_v[site], strict=True) if a != b]
    assert not differ
    local = json.loads((out_local / "overview.json").read_text(encoding="utf-8"))
    remote = json.loads((out / "overview.json").read_text(encoding="utf-8"))
    assert [(a["url"], a["status"], a["score"]) for a in remote["agencies"]] == \
           [(a["url"], a["status"], a["score"]) for a in local["agencies"]]


def test_killed_batch_leaves_no_worker(agencies, tmp_path):
    """A batch killed with SIGKILL takes its audits with it (they stop, resumable)."""
    csv, _ = agencies
    out = tmp_path / "out"
    p = subprocess.Popen([sys.executable, "-m", "oit", "batch", str(csv), "--out", str(out), "--delay", "0.5",
                          "--quiet"], cwd=ROOT, env=_env(tmp_path), stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(a["status"] == "running" for a in _state(out).get("agencies", [])):
        time.sleep(0.05)
    time.sleep(1.0)
    children = _children(p.pid)
    assert children, "no audit worker started"
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    deadline = time.monotonic() + 90  # a worker stops gracefully (Scrapy finishes what is in flight)
    while time.monotonic() < deadline and any(Path(f"/proc/{c}").exists() and _alive(c) for c in children):
        time.sleep(0.1)
    alive = {c: _cmdline(c) for c in children if Path(f"/proc/{c}").exists() and _alive(c)}
    assert not alive


def _children(pid: int) -> list[int]:
    """Child processes of every thread of ``pid`` (the batch starts workers from threads)."""
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return out


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "?"


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] not in "ZX"
    except (OSError, IndexError):
        return False
