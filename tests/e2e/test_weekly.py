"""Weekly runs: history and diff between two audits, resume after SIGINT and SIGKILL, one audit
of a site at a time, the report mailed through a real SMTP server on loopback."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.serve import SAMPLE_SITE, StaticSite
from tests.conftest import ROOT, load_report, loopback_smtp, run_oit
from tests.docmaker import make_pdf


@pytest.fixture
def env(tmp_path):
    return {"OIT_DB": str(tmp_path / "history.sqlite"), "OIT_CACHE_DIR": str(tmp_path / "cache")}


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    shutil.copytree(SAMPLE_SITE, root)
    with StaticSite(root) as url:
        yield root, url


def _audit(url, out, env, *extra):
    return run_oit("audit", url, "--out", str(out), "--delay", "0", "--concurrency", "4", *extra, env=env)


def _statuses(report: dict) -> dict[str, tuple[str, str]]:
    return {i["code"]: (i["status"], i["evidence"][0]["url"] if i["evidence"] else "")
            for i in report["items"]}


def test_history_and_diff_between_two_audits(site, env, tmp_path):
    root, url = site
    r1 = _audit(url, tmp_path / "r1", env)
    assert r1.returncode == 0, r1.stderr
    # A week later: a document added, an evidence file removed (its link breaks), a page changed.
    stats = root / "files" / "complaint-stats-2569.pdf"
    stats.write_bytes(make_pdf(lines=["ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
                                      "ประจำปีงบประมาณ พ.ศ. 2569 (1 ตุลาคม 2568 - 31 มีนาคม 2569)",
                                      "ช่องทาง จำนวนเรื่อง ดำเนินการแล้วเสร็จ",
                                      "ร้องเรียนด้วยตนเอง 1 1", "ไปรษณีย์ 1 1", "เว็บไซต์ 2 1", "รวม 4 3"]))
    ita = root / "ita" / "ita-2569.html"
    html = ita.read_text(encoding="utf-8")
    ita.write_text(html.replace("</body>", '<p><a href="/files/complaint-stats-2569.pdf">'
                                "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2569"
                                "</a></p></body>"), encoding="utf-8")
    (root / "files" / "plan" / "dev-plan-2566-2570.pdf").unlink()
    r2 = _audit(url, tmp_path / "r2", env)
    assert r2.returncode == 0, r2.stderr
    assert "since the last run" in r2.stdout
    # Pages with the same bytes are read from the last audit, the changed ITA page is parsed.
    crawl2 = load_report(tmp_path / "r2")["crawl"]
    assert crawl2["pages_unchanged"] == crawl2["pages"] - 1

    hist = run_oit("history", "--format", "json", env=env)
    runs = json.loads(hist.stdout)
    assert [r["status"] for r in runs] == ["finished", "finished"]
    assert runs[0]["started_at"] > runs[1]["started_at"]
    assert {"id", "site", "started_at", "score"} <= set(runs[0])

    d = json.loads(run_oit("diff", "--format", "json", env=env).stdout)
    broken = {x["url"] for x in d["evidence_broken"]} | {x["url"] for x in d.get("new_broken_links", [])}
    assert any(u.endswith("dev-plan-2566-2570.pdf") for u in broken)
    changed = {x["code"]: x for x in d["status_changes"]}
    assert changed["O18"]["new"] != "missing"
    # The report shows what changed since the last run.
    assert "เปลี่ยนแปลง" in (tmp_path / "r2" / "report.html").read_text(encoding="utf-8")


def _fetches(env, n: int) -> dict:
    from reports.history import History

    with History(env["OIT_DB"]) as hist:
        run = sorted(r.id for r in hist.runs())[n]
        return hist.fetches(run)


def test_reaudit_of_an_unchanged_site_costs_little(site, env, tmp_path):
    """Conditional requests: the second audit gets 304s for every address, re-reads nothing,
    says the same, and records when the site confirmed each page and file."""
    _root, url = site
    r1 = _audit(url, tmp_path / "r1", env)
    r2 = _audit(url, tmp_path / "r2", env)
    assert r1.returncode == 0 and r2.returncode == 0, r1.stderr + r2.stderr
    first, second = load_report(tmp_path / "r1"), load_report(tmp_path / "r2")
    assert second["crawl"]["bytes_downloaded"] < 0.1 * first["crawl"]["bytes_downloaded"]
    assert second["crawl"]["pages_unchanged"] == second["crawl"]["pages"] == first["crawl"]["pages"]
    assert (first["crawl"]["site_unchanged"], second["crawl"]["site_unchanged"]) == (False, True)
    assert "every address as at the last audit" in r2.stdout
    assert second["crawl"]["findings"] == first["crawl"]["findings"]
    assert second["crawl"]["broken_links"] == first["crawl"]["broken_links"]
    assert _statuses(second) == _statuses(first)
    assert "ไม่เปลี่ยนแปลงจากการตรวจครั้งก่อน" in (tmp_path / "r2" / "report.html").read_text(encoding="utf-8")
    rows1, rows2 = _fetches(env, 0), _fetches(env, 1)
    assert rows2.keys() == rows1.keys()
    assert {u: r.sha256 for u, r in rows2.items()} == {u: r.sha256 for u, r in rows1.items()}
    pdfs = [u for u, r in rows2.items() if u.endswith(".pdf") and r.status == 200]
    assert pdfs and all(rows2[u].fetched_at > rows1[u].fetched_at for u in pdfs)
    # the evidence archive of the second run holds the same evidence, dated by the second run
    import warcio.archiveiterator as wa

    def evidence(run):
        with (tmp_path / run / "evidence.warc.gz").open("rb") as fh:
            return {r.rec_headers.get_header("WARC-Target-URI"): r.rec_headers.get_header("WARC-Date")
                    for r in wa.ArchiveIterator(fh) if r.rec_type == "response"}

    e1, e2 = evidence("r1"), evidence("r2")
    assert e1.keys() == e2.keys() and e1 and all(e2[u] > e1[u] for u in e1)
    # the digest the verdicts are cached under: taken by the first crawl as it wrote its facts,
    # carried over by the quick check, and right both times
    from crawler.cache import facts_digest, stored_facts_digest

    for run in ("r1", "r2"):
        facts = tmp_path / run / ".work" / "facts.jsonl"
        kept = (tmp_path / run / ".work" / "facts.jsonl.digest").read_text().split()
        assert kept[-1] == stored_facts_digest(facts) == facts_digest(facts), run
        assert " ".join(kept[:2]) == f"{facts.stat().st_size} {facts.stat().st_mtime_ns}", run


def test_a_file_replaced_at_the_same_address_is_seen(site, env, tmp_path):
    """A PR officer replaces a wrong PDF under the same name: the next audit reads the new one
    (the quick check finds it changed, the crawl fetches it whole), the rest comes from cache."""
    root, url = site
    assert _audit(url, tmp_path / "r1", env).returncode == 0
    plan = root / "files" / "plan" / "action-plan-2569.pdf"
    plan.write_bytes((root / "files" / "plan" / "dev-plan-2566-2570.pdf").read_bytes())
    later = time.time() + 5
    os.utime(plan, (later, later))
    r2 = _audit(url, tmp_path / "r2", env)
    assert r2.returncode == 0, r2.stderr
    first, second = load_report(tmp_path / "r1"), load_report(tmp_path / "r2")
    assert second["crawl"]["site_unchanged"] is False
    assert second["crawl"]["pages_unchanged"] == second["crawl"]["pages"]
    assert 0 < second["crawl"]["bytes_downloaded"] < 0.5 * first["crawl"]["bytes_downloaded"]
    rows1, rows2 = _fetches(env, 0), _fetches(env, 1)
    changed = {u for u in rows2 if rows1.get(u) and rows2[u].sha256 != rows1[u].sha256}
    assert changed == {u for u in rows2 if u.endswith("/files/plan/action-plan-2569.pdf")}


def test_changed_robots_txt_means_a_crawl(site, env, tmp_path):
    """New robots.txt rules may open or close parts of the site: the crawl runs again."""
    root, url = site
    assert _audit(url, tmp_path / "r1", env).returncode == 0
    robots = root / "robots.txt"
    robots.write_text("User-agent: *\nDisallow: /files/plan/\n", encoding="utf-8")
    assert _audit(url, tmp_path / "r2", env).returncode == 0
    second = load_report(tmp_path / "r2")
    assert second["crawl"]["site_unchanged"] is False
    assert not any("/files/plan/" in u for u in _fetches(env, 1))


def _start(url, out, env, *extra):
    cmd = [sys.executable, "-m", "oit", "audit", url, "--out", str(out), "--delay", "0.05",
           "--concurrency", "1", "--quiet", *extra]
    return subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), **env},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_facts(out: Path, n: int, proc, timeout=60) -> None:
    facts = out / ".work" / "facts.jsonl"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if facts.exists() and facts.read_bytes().count(b"\n") >= n:  # bytes: a line may be half written
            return
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    raise AssertionError("the crawl did not start")


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL])
def test_interrupted_audit_resumes_to_the_same_report(site, env, tmp_path, how):
    _, url = site
    clean = _audit(url, tmp_path / "clean", {**env, "OIT_DB": str(tmp_path / "other.sqlite")})
    assert clean.returncode == 0, clean.stderr
    out = tmp_path / "stopped"
    proc = _start(url, out, env)
    _wait_for_facts(out, 10, proc)
    proc.send_signal(how)
    proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert not (out / "report.json").exists()  # no half-written report
    runs = json.loads(run_oit("history", "--format", "json", env=env).stdout)
    assert runs[0]["status"] in ("interrupted", "running")

    again = run_oit("audit", url, "--delay", "0", "--concurrency", "4", env=env)
    assert again.returncode == 0, again.stderr
    assert "continued the interrupted audit" in again.stdout
    assert _statuses(load_report(out)) == _statuses(load_report(tmp_path / "clean"))
    runs = json.loads(run_oit("history", "--format", "json", env=env).stdout)
    assert [r["status"] for r in runs] == ["finished"]


def test_second_audit_of_the_same_site_is_refused(site, env, tmp_path):
    _, url = site
    first = _start(url, tmp_path / "a", env)
    try:
        _wait_for_facts(tmp_path / "a", 2, first)
        second = _audit(url, tmp_path / "b", env)
        assert second.returncode == 4
        assert "already running" in second.stderr
        assert "Traceback" not in second.stderr
    finally:
        first.send_signal(signal.SIGINT)
        first.communicate(timeout=60)


def test_report_is_mailed_to_the_profile_recipients(site, env, tmp_path):

    class Inbox:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd hook
            self.messages.append(envelope)
            return "250 OK"

    inbox = Inbox()
    controller = loopback_smtp(inbox)
    controller.start()
    port = controller.port
    try:
        from checklist.profile import example_profile_path

        _, url = site
        r = _audit(url, tmp_path / "m", {**env, "OIT_SMTP_HOST": "127.0.0.1", "OIT_SMTP_PORT": str(port)},
                   "--profile", str(example_profile_path()), "--mail")
    finally:
        controller.stop()
    assert r.returncode == 0, r.stderr
    report = load_report(tmp_path / "m")  # the shipped example profile routes every gap to a unit
    assert all(i["responsible"] for i in report["items"] if i["status"] != "found")
    assert "mailed to" in r.stdout
    assert len(inbox.messages) == 1
    body = inbox.messages[0].content.decode("utf-8", "replace")
    assert "report.html" in body
