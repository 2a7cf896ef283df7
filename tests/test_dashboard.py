"""`oit serve` over HTTP: what it refuses (another address without a password, files outside the
report folders, writes, foreign Host names), the password, and that it never changes the history
file. The pages themselves are checked in a real browser in test_dashboard_browser.py."""

from __future__ import annotations

import base64
import hashlib
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from app.dashboard.web import is_loopback
from reports.trend import score_chart
from tests.conftest import run_oit
from tests.dashboard_server import oit_serve
from tests.history_samples import build_history


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    root = tmp_path_factory.mktemp("dash")
    db, ids = build_history(root)
    return root, db, ids


def get(url: str, *, headers: dict | None = None, method: str = "GET") -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:  # noqa: S310 - loopback only
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_another_address_needs_a_password(history, tmp_path):
    _, db, _ = history
    env = {"OIT_SERVE_PASSWORD": ""}
    for host in ("0.0.0.0", "::"):
        r = run_oit("serve", "--db", str(db), "--host", host, "--port", "0", env=env, timeout=60)
        assert r.returncode == 2, r.stderr
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and "รหัสผ่าน" in lines[0] and "Traceback" not in r.stderr
    empty = tmp_path / "password.txt"
    empty.write_text("\n", encoding="utf-8")
    r = run_oit("serve", "--db", str(db), "--host", "0.0.0.0", "--password-file", str(empty), env=env)
    assert r.returncode == 2 and "ว่าง" in r.stderr
    r = run_oit("serve", "--db", str(tmp_path / "none.sqlite"), env=env)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert not (tmp_path / "none.sqlite").exists()
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")


def test_reads_only_and_serves_only_report_files(history, tmp_path):
    root, db, ids = history
    before = _digest(db)
    outside = tmp_path / "secret.txt"
    outside.write_text("ความลับ", encoding="utf-8")
    week0 = root / "runs" / "week0"
    (week0 / "report.pdf").symlink_to(outside)  # a link out of the folder
    (week0 / ".work").mkdir()
    (week0 / ".work" / "facts.jsonl").write_text("{}", encoding="utf-8")
    with oit_serve(db) as url:
        status, headers, body = get(url)
        assert status == 200 and "default-src 'none'" in headers["Content-Security-Policy"]
        assert "เว็บไซต์ที่ตรวจแล้ว (2)" in body.decode("utf-8")
        status, headers, body = get(f"{url}run/{ids[0]}/report.html")
        assert status == 200 and body.startswith(b"<!DOCTYPE html>")
        assert "sandbox" in headers["Content-Security-Policy"]
        status, headers, body = get(f"{url}run/{ids[0]}/report.json")
        assert status == 200 and b'"schema_version"' in body and "attachment" in headers["Content-Disposition"]
        refused = [
            f"run/{ids[0]}/report.pdf",  # symlink to a file outside the folder
            f"run/{ids[0]}/..%2F..%2F..%2Fsecret.txt",
            f"run/{ids[0]}/%2E%2E%2Fweek1%2Freport.html",
            f"run/{ids[0]}/../week1/report.html",
            f"run/{ids[0]}/.work%2Ffacts.jsonl",
            f"run/{ids[0]}/history.sqlite",
            "run/999/report.html",
            "run/x/report.html",
            "site/nosuch.go.th",
        ]
        for path in refused:
            status, _, body = get(url + path)
            assert status == 404, path
            assert "ความลับ".encode() not in body
        # read only: no method but GET and HEAD
        assert get(url, method="POST")[0] == 405
        assert get(f"{url}run/{ids[0]}/report.html", method="DELETE")[0] == 405
        # a name rebound to 127.0.0.1 by a foreign page does not get in
        assert get(url, headers={"Host": "evil.example"})[0] == 403
        assert get(url, headers={"Host": "localhost:1"})[0] == 200
    assert _digest(db) == before
    assert not Path(str(db) + "-wal").exists() or Path(str(db) + "-wal").stat().st_size == 0


def test_password(history, tmp_path):
    _, db, _ = history
    secret = tmp_path / "pw.txt"
    secret.write_text("รหัส ลับ-2569\n", encoding="utf-8")
    with oit_serve(db, "--password-file", str(secret), env={"OIT_SERVE_PASSWORD": ""}) as url:

        def auth(user: str, password: str) -> dict:
            token = base64.b64encode(f"{user}:{password}".encode()).decode()
            return {"Authorization": f"Basic {token}"}

        status, headers, _ = get(url)
        assert status == 401 and headers["WWW-Authenticate"].startswith("Basic")
        assert get(url, headers=auth("oit", "รหัส ลับ-256"))[0] == 401
        assert get(url, headers=auth("oit", ""))[0] == 401
        assert get(url, headers={"Authorization": "Basic !!!"})[0] == 401
        assert get(url, headers=auth("ใครก็ได้", "รหัส ลับ-2569"))[0] == 200
    with oit_serve(db, env={"OIT_SERVE_PASSWORD": "env-secret"}) as url:
        assert get(url)[0] == 401
        assert get(url, headers={"Authorization": "Basic " + base64.b64encode(b"a:env-secret").decode()})[0] == 200


def test_score_chart_geometry():
    from datetime import datetime, timedelta, timezone

    from reports.history import TrendRow

    start = datetime(2026, 11, 2, 6, tzinfo=timezone(timedelta(hours=7)))
    rows = [TrendRow(id=k + 1, started_at=start + timedelta(days=7 * k), score=s, found=k, total=10)
            for k, s in enumerate([50.0, 85.0, 100.0, 20.0])]
    c = score_chart(rows, 85.0)
    assert [d.ok for d in c.dots] == [False, True, True, False]
    ys = [d.y for d in c.dots]
    assert ys[2] == c.top and ys[1] == c.mark_y and ys[3] > ys[0] > ys[1]  # higher score, higher dot
    assert [d.x for d in c.dots] == sorted(d.x for d in c.dots)
    assert c.dots[0].label == "2 พ.ย. 69" and c.dots[-1].show_label



def test_item_history_follows_a_topic_across_assessment_years(tmp_path):
    """Codes change between years (2568's O2 is 2569's O3): the item's history follows its topic,
    so it was first found in the older year's run and broke in the newer one."""
    from datetime import timedelta

    from app.dashboard.views import site_detail
    from reports.history import History
    from tests.report_samples import sample_items, sample_report

    old_items = sample_items()
    new_items = [i.model_copy(update={"code": "O3", "status": "missing", "evidence": []})
                 if i.code == "O2" else i for i in sample_items()]
    old = sample_report(items=old_items, assessment_year=2568)
    new = sample_report(items=new_items, started_at=old.started_at + timedelta(days=7),
                        finished_at=old.finished_at + timedelta(days=7))
    with History(tmp_path / "h.sqlite") as hist:
        for report in (old, new):
            run_id = hist.start_run(report.site, report.assessment_year, {}, tmp_path, report.started_at)
            hist.finish_run(run_id, report)
    with History(tmp_path / "h.sqlite", readonly=True) as hist:
        detail = site_detail(hist, "samplecity.go.th")
    item = next(h for h in detail.items if h.key == "executives")
    assert item.code == "O3" and item.status == "missing"
    assert [s for _, s in item.statuses] == ["found", "missing"]
    assert item.first_found.assessment_year == 2568
    assert item.broke and item.broke[0].run_id == 2 and "ไม่พบ" in item.broke[0].what
    assert detail.runs[0].diff.matched_by == "topic"
