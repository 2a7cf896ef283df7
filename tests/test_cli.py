"""Bad input gets one clear line and the exit code of CONTRACT.md; never a traceback."""

import json

import pytest

from tests.conftest import refusing_port, run_oit


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["audit", "http://127.0.0.1:1/", "--year", "2501"], "unknown assessment year 2501"),
        (["audit", "ftp://example.go.th/"], "malformed URL"),
        (["audit", "http://"], "malformed URL"),
        (["audit", "http://exa mple.go.th/"], "malformed URL"),
        (["audit", "https://www.example.go.th/", "--max-pages", "0"], "must be at least 1"),
        (["audit", "https://www.example.go.th/", "--delay", "soon"], "expected a number"),
        (["checklist", "--year", "twenty"], "expected a Buddhist-era year"),
        (["frobnicate"], "invalid choice"),
        (["eval", "--pages", "/nonexistent/pages.jsonl"], "/nonexistent/pages.jsonl: cannot read"),
    ],
)
def test_bad_input_is_one_line_exit_2(args, needle):
    r = run_oit(*args, env={"OIT_LANG": "en"})
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert needle in lines[0]
    assert "Traceback" not in r.stderr


def test_eval_names_the_bad_line(tmp_path):
    pages = tmp_path / "pages.jsonl"
    pages.write_text('{"url": "https://a.go.th/", "text": "ข่าว"}\n{"url": 1}\n', encoding="utf-8")
    r = run_oit("eval", "--pages", str(pages))
    assert r.returncode == 2
    assert "line 2" in r.stderr and "Traceback" not in r.stderr


def test_unreachable_site_exits_3(tmp_path):
    with refusing_port() as port:
        r = run_oit("audit", f"http://127.0.0.1:{port}/", "--out", str(tmp_path / "out"))
    assert r.returncode == 3, r.stderr
    assert "could not be reached" in r.stderr.strip().splitlines()[-1]
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "out" / "report.json").exists()


def test_schema_and_checklist_commands():
    r = run_oit("schema")
    assert r.returncode == 0
    schema = json.loads(r.stdout)
    assert {"site", "assessment_year", "items", "score", "crawl"} <= set(schema["properties"])
    r = run_oit("checklist", "--years")
    assert r.returncode == 0 and "2569" in r.stdout
    r = run_oit("checklist", "--year", "2565", "--format", "json")
    assert json.loads(r.stdout)["items"][0]["title"] == "โครงสร้าง"


# --- Thai first ---------------------------------------------------------------------------------


def test_help_and_errors_are_thai_by_default():
    r = run_oit("--help", env={"OIT_LANG": "th"})
    assert r.returncode == 0 and "วิธีใช้: oit" in r.stdout and "ตรวจเว็บไซต์และเขียนรายงาน" in r.stdout
    r = run_oit("audit", env={"OIT_LANG": "th"})
    assert r.returncode == 2 and r.stderr.strip() == "ข้อผิดพลาด: oit audit: ต้องระบุ: url"
    r = run_oit("checklist", "--year", "2569", env={"OIT_LANG": "th"})
    assert "(26 รายการ)" in r.stdout and "ของปีงบประมาณที่ประเมิน" in r.stdout and "current_fy" not in r.stdout
    r = run_oit("checklist", "--year", "2569", env={"OIT_LANG": "en"})
    assert "(26 items)" in r.stdout and "current_fy" in r.stdout


def test_unfilled_or_foreign_profile_is_refused_when_strict(tmp_path):
    from checklist.profile import starter_profile_yaml

    starter = tmp_path / "starter.yaml"
    starter.write_text(starter_profile_yaml(), encoding="utf-8")
    r = run_oit("audit", "http://127.0.0.1:1/", "--profile", str(starter), "--strict-profile",
                env={"OIT_LANG": "th"})
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert "ยังมีค่าตัวอย่างที่ต้องแก้ (TODO)" in r.stderr and "name" in r.stderr
    foreign = tmp_path / "foreign.yaml"
    foreign.write_text("name: เทศบาลตำบลอื่น\nurl: https://www.other.go.th/\n", encoding="utf-8")
    r = run_oit("audit", "https://www.example.go.th/", "--profile", str(foreign), "--strict-profile")
    assert r.returncode == 2 and "is for https://www.other.go.th/" in r.stderr, r.stderr


def test_unfilled_profile_warns(tmp_path, capsys, monkeypatch):
    from checklist.profile import Profile
    from oit.commands.audit import check_profile

    monkeypatch.setenv("OIT_LANG", "th")
    check_profile(Profile(name="TODO ชื่อหน่วยงาน", url="https://www.other.go.th/"), tmp_path / "p.yaml",
                  "https://www.example.go.th/", strict=False)
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all(line.startswith("คำเตือน: ไฟล์ข้อมูลหน่วยงาน") for line in err)
    assert "เป็นของเว็บไซต์ https://www.other.go.th/" in err[1]


def test_terminal_says_when_no_checklist_of_this_fiscal_year_exists(monkeypatch):
    from datetime import datetime

    import app.audit
    from checklist.load import available_years
    from oit.commands.audit import checklist_year_notice
    from reports.view import BANGKOK

    newest = max(available_years())
    monkeypatch.setenv("OIT_LANG", "th")
    monkeypatch.setattr(app.audit, "local_now", lambda: datetime(newest - 543, 12, 3, tzinfo=BANGKOK))
    assert checklist_year_notice(newest, False).startswith(f"ยังไม่มีเกณฑ์ ITA ปี {newest + 1}")
    monkeypatch.setattr(app.audit, "local_now", lambda: datetime(newest - 543, 9, 30, tzinfo=BANGKOK))
    assert checklist_year_notice(newest, False) == ""  # still fiscal year `newest`
