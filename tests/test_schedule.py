"""Weekly schedule: the cron line and systemd units, run for real through sh and fake installers.

The fake ``crontab`` and ``systemctl`` are real executables put first on PATH: they store what
they are given, as the real ones would store the user's crontab / enable a timer.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from reports.schedule import (
    ScheduleError,
    cron_line,
    install_cron,
    install_systemd_user,
    job_name,
    read_crontab,
    systemd_units,
    uninstall_cron,
)

URL = "https://www.example.go.th/index.php?option=com_content&view=article&id=12&หน้า=ข่าว%20ใหม่"
TRICKY_OUT = "/tmp/รายงาน ITA/$HOME `id` 'q' \"d\" ; rm -rf x"


def _exe(path: Path, source: str) -> Path:
    path.write_text(f"#!{sys.executable}\n{source}", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


@pytest.fixture
def fake_python(tmp_path) -> Path:
    """Stands in for the venv's python: records argv and cwd as JSON."""
    (tmp_path / "bin").mkdir()
    return _exe(
        tmp_path / "bin" / "python3",
        "import json, os, sys\n"
        "with open(os.environ['ARGV_OUT'], 'w', encoding='utf-8') as fh:\n"
        "    json.dump({'argv': sys.argv[1:], 'cwd': os.getcwd()}, fh, ensure_ascii=False)\n"
        "print('audit done')\n",
    )


def _cron_unescape(command: str) -> str:
    """What cron hands to /bin/sh: ``\\%`` -> ``%``; a bare ``%`` would end the command."""
    out, i = [], 0
    while i < len(command):
        if command[i] == "\\" and command[i + 1 : i + 2] == "%":
            out.append("%")
            i += 2
            continue
        assert command[i] != "%", "an unescaped % would be turned into a newline by cron"
        out.append(command[i])
        i += 1
    return "".join(out)


def test_cron_line_parses_and_runs(tmp_path, fake_python):
    workdir = tmp_path / "งาน ตรวจ OIT"
    workdir.mkdir()
    log = tmp_path / "บันทึก ล็อก" / "oit audit.log"  # folder made by the job itself
    args = ["audit", URL, "--out", TRICKY_OUT, "--db", str(tmp_path / "ประวัติ.sqlite"), "--quiet"]
    line = cron_line(args, workdir=workdir, python=fake_python, log=log)

    assert "\n" not in line
    fields = line.split(None, 5)
    assert fields[:5] == ["17", "6", "*", "*", "1"]
    command = fields[5]
    assert command.endswith("# oit-audit-job=oit-audit")

    out = tmp_path / "argv.json"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "ARGV_OUT": str(out)}  # as cron's
    done = subprocess.run(["/bin/sh", "-c", _cron_unescape(command)], env=env, timeout=30)
    assert done.returncode == 0
    seen = json.loads(out.read_text(encoding="utf-8"))
    assert seen["argv"] == ["-m", "oit", *args]  # every argument arrives unchanged
    assert seen["cwd"] == str(workdir)
    assert log.read_text(encoding="utf-8") == "audit done\n"


def test_cron_line_options_and_checks(tmp_path):
    kw = {"workdir": tmp_path, "python": Path("venv/bin/python"), "log": tmp_path / "l.log"}
    line = cron_line(["audit", "x.go.th"], weekday=5, hour=23, minute=0, name=job_name("x.go.th:8080"), **kw)
    assert line.startswith("0 23 * * 5 ")
    assert line.endswith("# oit-audit-job=oit-audit-x.go.th_8080")
    # a relative python path is made absolute, not resolved (a venv python is a symlink)
    assert f"{os.path.abspath('venv/bin/python')} -m oit" in line
    for bad in ({"weekday": 8}, {"hour": 24}, {"minute": -1}):
        with pytest.raises(ValueError):
            cron_line(["audit"], **bad, **kw)
    with pytest.raises(ValueError):
        cron_line(["audit", "x\n* * * * * evil"], **kw)
    with pytest.raises(ValueError):
        cron_line(["audit"], name="a b", **kw)


@pytest.fixture
def fake_crontab(tmp_path, monkeypatch) -> Path:
    """A `crontab` executable first on PATH that keeps the crontab in a file."""
    bindir = tmp_path / "fakebin"
    bindir.mkdir()
    store = tmp_path / "crontab.txt"
    _exe(
        bindir / "crontab",
        "import os, sys\n"
        "store = os.environ['FAKE_CRONTAB']\n"
        "if sys.argv[1:] == ['-l']:\n"
        "    if not os.path.exists(store):\n"
        "        sys.stderr.write('no crontab for tester\\n'); sys.exit(1)\n"
        "    sys.stdout.write(open(store, encoding='utf-8').read())\n"
        "elif sys.argv[1:] == ['-']:\n"
        "    data = sys.stdin.read()\n"
        "    if data and not data.endswith('\\n'):\n"
        "        sys.stderr.write('premature EOF\\n'); sys.exit(1)\n"
        "    open(store, 'w', encoding='utf-8').write(data)\n"
        "else:\n"
        "    sys.stderr.write('usage\\n'); sys.exit(2)\n",
    )
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_CRONTAB", str(store))
    return store


def test_install_cron_replaces_never_duplicates(tmp_path, fake_crontab):
    assert read_crontab() == ""
    mine = "MAILTO=pr@example.go.th\n30 2 * * * /usr/bin/backup.sh\n"
    fake_crontab.write_text(mine, encoding="utf-8")
    kw = {"workdir": tmp_path, "python": tmp_path / "py", "log": tmp_path / "oit.log"}
    first = cron_line(["audit", URL], **kw)
    install_cron(first)
    second = cron_line(["audit", URL, "--year", "2569"], hour=7, **kw)
    other_site = cron_line(["audit", "https://b.go.th/"], name=job_name("b.go.th"), **kw)
    install_cron(second)
    install_cron(other_site)
    text = install_cron(second)  # again: still one entry

    assert fake_crontab.read_text(encoding="utf-8") == text
    lines = text.splitlines()
    assert lines[:2] == mine.splitlines()  # the user's own entries untouched
    assert lines.count(second) == 1 and first not in lines
    assert lines.count(other_site) == 1 and len(lines) == 4
    for entry in lines[1:]:
        assert len(entry.split(None, 5)) == 6

    assert uninstall_cron("oit-audit") is True
    assert uninstall_cron("oit-audit") is False
    assert fake_crontab.read_text(encoding="utf-8").splitlines() == [*mine.splitlines(), other_site]
    with pytest.raises(ValueError, match="marker"):
        install_cron("* * * * * echo hi")


def test_install_cron_errors(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no crontab at all
    with pytest.raises(ScheduleError, match="crontab"):
        read_crontab()
    _exe(tmp_path / "crontab", "import sys\nsys.stderr.write('permission denied\\n'); sys.exit(1)\n")
    with pytest.raises(ScheduleError, match="permission denied"):
        read_crontab()


def test_systemd_units(tmp_path):
    args = ["audit", URL, "--out", TRICKY_OUT]
    service, timer = systemd_units(
        args, workdir=tmp_path / "งาน", python=Path(sys.executable),
        log=tmp_path / "log 100%" / "oit.log", name="oit-audit-example.go.th",
    )
    assert "OnCalendar=Mon *-*-* 06:17:00" in timer
    assert "Persistent=true" in timer and "Unit=oit-audit-example.go.th.service" in timer
    assert "WantedBy=timers.target" in timer
    assert "Type=oneshot" in service
    exec_line = next(ln for ln in service.splitlines() if ln.startswith("ExecStart="))
    assert exec_line.startswith(f'ExecStart="{sys.executable}" "-m" "oit" "audit" ')
    assert "%%20" in exec_line and "$$HOME" in exec_line and '\\"d\\"' in exec_line
    assert f"StandardOutput=append:{tmp_path}/log 100%%/oit.log" in service
    assert f"WorkingDirectory={tmp_path}/งาน" in service
    _, sunday = systemd_units([], weekday=0, hour=21, minute=5, workdir=tmp_path, python=tmp_path, log=tmp_path / "l")
    assert "OnCalendar=Sun *-*-* 21:05:00" in sunday

    analyze = shutil.which("systemd-analyze")
    if analyze:  # systemd's own parser accepts both units, without a warning
        folder = tmp_path / "units"
        folder.mkdir()
        (folder / "oit-audit-example.go.th.service").write_text(service, encoding="utf-8")
        (folder / "oit-audit-example.go.th.timer").write_text(timer, encoding="utf-8")
        done = subprocess.run(
            [analyze, "verify", "--man=no", *map(str, sorted(folder.iterdir()))],
            capture_output=True, text=True, timeout=60, cwd=folder,
        )
        assert done.returncode == 0, done.stderr
        assert "oit-audit-example" not in done.stderr, done.stderr


def test_install_systemd_user(tmp_path, monkeypatch):
    bindir = tmp_path / "fakebin"
    bindir.mkdir()
    calls = tmp_path / "calls.jsonl"
    _exe(
        bindir / "systemctl",
        "import json, os, sys\n"
        "open(os.environ['FAKE_CALLS'], 'a').write(json.dumps(sys.argv[1:]) + '\\n')\n",
    )
    monkeypatch.setenv("PATH", f"{bindir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_CALLS", str(calls))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    service, timer = systemd_units(["audit", URL], workdir=tmp_path, python=tmp_path / "py", log=tmp_path / "l")
    paths = install_systemd_user(service, timer, "oit-audit")
    unit_dir = tmp_path / "config" / "systemd" / "user"
    assert paths == (unit_dir / "oit-audit.service", unit_dir / "oit-audit.timer")
    assert paths[0].read_text(encoding="utf-8") == service
    assert paths[1].read_text(encoding="utf-8") == timer
    install_systemd_user(service, timer, "oit-audit")  # again: overwritten, not duplicated
    assert sorted(p.name for p in unit_dir.iterdir()) == ["oit-audit.service", "oit-audit.timer"]
    assert [json.loads(ln) for ln in calls.read_text().splitlines()] == [
        ["--user", "daemon-reload"],
        ["--user", "enable", "--now", "oit-audit.timer"],
    ] * 2

    _exe(bindir / "systemctl", "import sys\nsys.stderr.write('Failed to connect to bus\\n'); sys.exit(1)\n")
    with pytest.raises(ScheduleError, match="Failed to connect to bus"):
        install_systemd_user(service, timer, "oit-audit")
    with pytest.raises(ValueError):
        install_systemd_user(service, timer, "../evil")


def test_windows_task_and_script(tmp_path, monkeypatch):
    """`oit schedule --windows`: the batch file keeps every argument one quoted word with % doubled
    (cmd.exe would expand %20...% otherwise); the Task Scheduler XML runs it weekly; --install
    writes the batch file and hands the XML (UTF-16) to schtasks."""
    import xml.etree.ElementTree as ET

    from reports.schedule import (
        install_windows_task,
        task_script_path,
        windows_script,
        windows_task,
    )

    args = ["audit", URL, "--quiet", "--out", "C:\\รายงาน ITA\\a&b"]
    script = windows_script(args, workdir=tmp_path, python=Path("C:/oit/.venv/Scripts/python.exe"),
                            log=tmp_path / "logs" / "audit.log")
    assert script.endswith("\r\n") and "\n" not in script.replace("\r\n", "")
    run = script.splitlines()[-1]
    assert '"https://www.example.go.th/index.php?option=com_content&view=article&id=12&หน้า=ข่าว%%20ใหม่"' in run
    assert '"C:\\รายงาน ITA\\a&b"' in run and run.count('"') % 2 == 0
    assert run.endswith(f'>> "{tmp_path / "logs" / "audit.log"}" 2>&1')
    with pytest.raises(ValueError, match="double quote"):
        windows_script(["audit", 'http://x/"&calc'], workdir=tmp_path, python=Path("p"), log=tmp_path / "l")

    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    path = task_script_path("oit-audit-example.go.th")
    xml = windows_task(path, weekday=3, hour=7, minute=5, name="oit-audit-example.go.th",
                       description="ตรวจ <เว็บ> & ข่าว")
    ns = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
    task = ET.fromstring(xml.encode("utf-16"))
    assert task.find(".//t:Exec/t:Command", ns).text == str(path)
    assert task.find(".//t:StartBoundary", ns).text.endswith("T07:05:00")
    assert task.find(".//t:DaysOfWeek/t:Wednesday", ns) is not None
    assert task.find(".//t:StartWhenAvailable", ns).text == "true"
    assert task.find(".//t:Description", ns).text == "ตรวจ <เว็บ> & ข่าว"
    with pytest.raises(ValueError):
        windows_task(path, weekday=8)

    # --install: a stand-in schtasks on PATH records what it is given (the real one is Windows')
    record = tmp_path / "schtasks.json"
    (tmp_path / "bin").mkdir()
    _exe(tmp_path / "bin" / "schtasks",
         "import json, sys\n"
         "xml = open(sys.argv[sys.argv.index('/XML') + 1], 'rb').read().decode('utf-16')\n"
         f"json.dump({{'argv': sys.argv[1:], 'xml': xml}}, open({str(record)!r}, 'w'))\n")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    install_windows_task(xml, script, path, "oit-audit-example.go.th")
    got = json.loads(record.read_text())
    assert got["argv"][:3] == ["/Create", "/TN", "oit-audit-example.go.th"] and got["argv"][-1] == "/F"
    assert got["xml"] == xml
    assert path.read_bytes() == script.encode("utf-8")
