"""Weekly audits: a cron entry or a systemd user timer, printed or installed (``oit schedule``).

Nothing here builds a shell string from user data without quoting: every argument and path in
the cron command goes through :func:`shlex.quote` (and cron's ``%`` is escaped), every word of a
systemd ``ExecStart=`` is quoted the systemd way (``%`` and ``$`` doubled). Paths are made
absolute without resolving symlinks (a virtualenv's ``python`` is a symlink and must stay one).

A cron entry carries a marker comment (``# oit-audit-job=NAME``): installing an entry of the same
name again replaces it, never duplicates it; other entries of the user's crontab are kept as they
are. Cron and systemd do not see the shell's environment: pass ``--db FILE`` in ``args`` when the
history is not in the default place ($OIT_DB and $XDG_DATA_HOME are not set there).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from common.files import write_atomic

MARKER = "oit-audit-job="
_NAME_RE = re.compile(r"^[A-Za-z0-9._:@-]+$")
_MARKER_RE = re.compile(r"#\s*" + re.escape(MARKER) + r"([A-Za-z0-9._:@-]+)\s*$")
SYSTEMD_DAYS = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class ScheduleError(RuntimeError):
    """Installing the schedule failed (no crontab / systemctl, or it refused)."""


def job_name(site: str = "") -> str:
    """A job / unit name for a site key: ``oit-audit`` or ``oit-audit-example.go.th``."""
    clean = re.sub(r"[^A-Za-z0-9._-]+", "_", site).strip("_.")
    return f"oit-audit-{clean}" if clean else "oit-audit"


def _check_name(name: str) -> str:
    if not _NAME_RE.match(name):
        raise ValueError(f"job name {name!r}: use letters, digits and . _ : @ - only")
    return name


def _check_text(value: object, what: str) -> str:
    text = os.fspath(value) if isinstance(value, os.PathLike) else str(value)
    if any(ch in text for ch in "\n\r\x00"):
        raise ValueError(f"{what} {text!r} contains a line break or NUL")
    return text


def _absolute(path: Path | str, what: str) -> str:
    return os.path.abspath(os.path.expanduser(_check_text(path, what)))


def _check_time(weekday: int, hour: int, minute: int) -> None:
    if not 0 <= weekday <= 7:
        raise ValueError(f"weekday {weekday}: 0-7 (0 and 7 are Sunday, 1 Monday)")
    if not 0 <= hour <= 23:
        raise ValueError(f"hour {hour}: 0-23")
    if not 0 <= minute <= 59:
        raise ValueError(f"minute {minute}: 0-59")


# --- cron ------------------------------------------------------------------------------------


def cron_command(args: Sequence[str], *, workdir: Path, python: Path, log: Path) -> str:
    """The shell command (before cron's ``%`` escaping): ``cd WORKDIR && PYTHON -m oit ARGS
    >> LOG 2>&1``, creating the log's folder first."""
    words = [_check_text(a, "argument") for a in args]
    log_abs = _absolute(log, "log")
    return (
        f"mkdir -p {shlex.quote(os.path.dirname(log_abs))}"
        f" && cd {shlex.quote(_absolute(workdir, 'workdir'))}"
        f" && {shlex.quote(_absolute(python, 'python'))} -m oit"
        + "".join(" " + shlex.quote(w) for w in words)
        + f" >> {shlex.quote(log_abs)} 2>&1"
    )


def cron_line(
    args: Sequence[str],
    *,
    weekday: int = 1,
    hour: int = 6,
    minute: int = 17,
    workdir: Path,
    python: Path,
    log: Path,
    name: str = "oit-audit",
) -> str:
    """One crontab line running ``PYTHON -m oit ARGS`` weekly (default Monday 06:17), from
    WORKDIR, appending its output to LOG; it ends with the marker comment of job ``name``."""
    _check_time(weekday, hour, minute)
    command = cron_command(args, workdir=workdir, python=python, log=log)
    command = command.replace("%", r"\%")  # cron turns a bare % into a newline
    return f"{minute} {hour} * * {weekday} {command} # {MARKER}{_check_name(name)}"


def _crontab(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("crontab")
    if exe is None:
        raise ScheduleError("`crontab` not found: install cron, or use --systemd")
    return subprocess.run(
        [exe, *args], input=stdin, capture_output=True, text=True, timeout=30, check=False
    )


def read_crontab() -> str:
    """The user's crontab ('' when there is none)."""
    done = _crontab("-l")
    if done.returncode != 0:
        if "no crontab" in (done.stderr or "").lower():
            return ""
        raise ScheduleError(f"crontab -l failed: {(done.stderr or '').strip()}")
    return done.stdout


def _marker_of(line: str) -> str | None:
    m = _MARKER_RE.search(line)
    return m.group(1) if m else None


def _write_crontab(text: str) -> None:
    done = _crontab("-", stdin=text)
    if done.returncode != 0:
        raise ScheduleError(f"crontab - failed: {(done.stderr or '').strip()}")


def install_cron(line: str) -> str:
    """Put ``line`` (from :func:`cron_line`) in the user's crontab, replacing an entry of the same
    job name; returns the new crontab text."""
    _check_text(line, "cron line")
    name = _marker_of(line)
    if name is None:
        raise ValueError("not a line from cron_line(): the oit-audit-job marker is missing")
    kept = [ln for ln in read_crontab().splitlines() if _marker_of(ln) != name]
    while kept and not kept[-1].strip():
        kept.pop()
    text = "\n".join([*kept, line]) + "\n"  # cron ignores a last line without a newline
    _write_crontab(text)
    return text


def uninstall_cron(name: str = "oit-audit") -> bool:
    """Remove job ``name`` from the user's crontab; False when it was not there."""
    lines = read_crontab().splitlines()
    kept = [ln for ln in lines if _marker_of(ln) != _check_name(name)]
    if len(kept) == len(lines):
        return False
    _write_crontab("\n".join(kept) + "\n" if kept else "")
    return True


# --- systemd ---------------------------------------------------------------------------------


def _systemd_escape(value: str) -> str:
    """Specifiers and variables kept literal: ``%`` -> ``%%``, ``$`` -> ``$$``."""
    return value.replace("%", "%%").replace("$", "$$")


def _systemd_word(value: str) -> str:
    """One ExecStart= word, double-quoted (C-style escapes), specifiers and $ kept literal."""
    quoted = value.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + _systemd_escape(quoted) + '"'


def _systemd_path(path: str) -> str:
    return _systemd_escape(path)


def on_calendar(weekday: int = 1, hour: int = 6, minute: int = 17) -> str:
    _check_time(weekday, hour, minute)
    return f"{SYSTEMD_DAYS[weekday]} *-*-* {hour:02d}:{minute:02d}:00"


def systemd_units(
    args: Sequence[str],
    *,
    weekday: int = 1,
    hour: int = 6,
    minute: int = 17,
    workdir: Path,
    python: Path,
    log: Path,
    name: str = "oit-audit",
    description: str = "",
) -> tuple[str, str]:
    """``(service, timer)`` unit texts: a oneshot service running ``PYTHON -m oit ARGS`` in
    WORKDIR with output appended to LOG, and a timer (``OnCalendar=Mon *-*-* 06:17:00``,
    ``Persistent=true``: a run missed while the machine was off happens at the next boot)."""
    _check_name(name)
    calendar = on_calendar(weekday, hour, minute)
    words = [_absolute(python, "python"), "-m", "oit", *(_check_text(a, "argument") for a in args)]
    log_abs = _absolute(log, "log")
    about = " ".join(_check_text(description or "OIT (ITA) website self-audit", "description").split())
    service = "\n".join(
        [
            "[Unit]",
            f"Description={_systemd_escape(about)}",
            "Wants=network-online.target",
            "After=network-online.target",
            "",
            "[Service]",
            "Type=oneshot",
            f"WorkingDirectory={_systemd_path(_absolute(workdir, 'workdir'))}",
            "ExecStart=" + " ".join(_systemd_word(w) for w in words),
            f"StandardOutput=append:{_systemd_path(log_abs)}",
            f"StandardError=append:{_systemd_path(log_abs)}",
            "Nice=10",
            "",
        ]
    )
    timer = "\n".join(
        [
            "[Unit]",
            f"Description={_systemd_escape(about)} (weekly)",
            "",
            "[Timer]",
            f"OnCalendar={calendar}",
            "Persistent=true",
            f"Unit={name}.service",
            "",
            "[Install]",
            "WantedBy=timers.target",
            "",
        ]
    )
    return service, timer


def systemd_user_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or ""
    root = Path(base) if os.path.isabs(base) else Path.home() / ".config"
    return root / "systemd" / "user"


def _write_atomic(path: Path, text: str) -> None:
    write_atomic(path, text)


def install_systemd_user(
    service: str, timer: str, name: str = "oit-audit", *, unit_dir: Path | None = None
) -> tuple[Path, Path]:
    """Write ``NAME.service`` and ``NAME.timer`` into the user's systemd folder, reload and
    enable the timer (``systemctl --user enable --now NAME.timer``); returns the two paths.
    For the timer to run while the user is logged out: ``loginctl enable-linger USER``."""
    _check_name(name)
    folder = unit_dir or systemd_user_dir()
    folder.mkdir(parents=True, exist_ok=True)
    service_path, timer_path = folder / f"{name}.service", folder / f"{name}.timer"
    _write_atomic(service_path, service)
    _write_atomic(timer_path, timer)
    exe = shutil.which("systemctl")
    if exe is None:
        raise ScheduleError(f"units written to {folder}, but `systemctl` was not found")
    for argv in (["--user", "daemon-reload"], ["--user", "enable", "--now", f"{name}.timer"]):
        done = subprocess.run(
            [exe, *argv], capture_output=True, text=True, timeout=60, check=False
        )
        if done.returncode != 0:
            raise ScheduleError(
                f"systemctl {' '.join(argv)} failed: {(done.stderr or '').strip()} "
                f"(units written to {folder})"
            )
    return service_path, timer_path


# --- Windows Task Scheduler ------------------------------------------------------------------
#
# The task runs a small batch file (NAME.cmd) rather than a command line: in a batch file a
# ``%`` is written ``%%`` (URLs are full of %20), every word sits in double quotes (where
# ``& | < > ^`` are plain characters), and ``chcp 65001`` lets it carry Thai paths and URLs.

TASK_DAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _batch_word(value: object, what: str) -> str:
    """One word of a batch-file line: in double quotes, ``%`` doubled; a ``"`` is refused (it
    cannot be escaped inside quotes)."""
    text = _check_text(value, what)
    if '"' in text:
        raise ValueError(f"{what} {text!r}: a double quote cannot be passed to a Windows batch file")
    return '"' + text.replace("%", "%%") + '"'


def windows_script(args: Sequence[str], *, workdir: Path, python: Path, log: Path) -> str:
    """The batch file the task runs: go to WORKDIR, run ``PYTHON -m crawler ARGS``, append the
    output to LOG (its folder made first). CRLF line ends, as cmd.exe expects."""
    log_abs = os.path.abspath(_check_text(log, "log"))
    lines = [
        "@echo off",
        "chcp 65001 >nul",
        "rem oit-audit: ตรวจเว็บไซต์ตามเกณฑ์ OIT ทุกสัปดาห์ (สร้างโดย oit schedule --windows)",
        f"cd /d {_batch_word(_absolute(workdir, 'workdir'), 'workdir')}",
        f"if not exist {_batch_word(os.path.dirname(log_abs), 'log folder')} "
        f"mkdir {_batch_word(os.path.dirname(log_abs), 'log folder')}",
        f"{_batch_word(_absolute(python, 'python'), 'python')} -m crawler"
        + "".join(" " + _batch_word(a, "argument") for a in args)
        + f" >> {_batch_word(log_abs, 'log')} 2>&1",
    ]
    return "\r\n".join(lines) + "\r\n"


def task_script_path(name: str) -> Path:
    """Where the task's batch file lives: %LOCALAPPDATA%\\oit-audit\\tasks\\NAME.cmd."""
    base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    return Path(base) / "oit-audit" / "tasks" / f"{_check_name(name)}.cmd"


def windows_task(
    script: Path,
    *,
    weekday: int = 1,
    hour: int = 6,
    minute: int = 17,
    name: str = "oit-audit",
    description: str = "",
) -> str:
    """A Task Scheduler task (XML, as ``schtasks /Create /XML`` takes it) running the batch file
    ``script`` weekly for the user who installs it. A run missed while the PC was off starts
    when it is next on (``StartWhenAvailable``); a run still going is not started twice."""
    from xml.sax.saxutils import escape

    _check_time(weekday, hour, minute)
    _check_name(name)
    script_text = _check_text(script, "script")
    if "%" in script_text or '"' in script_text:
        raise ValueError(f"script path {script_text!r}: % and \" are not allowed")
    start = f"2026-01-{4 + weekday % 7:02d}T{hour:02d}:{minute:02d}:00"  # 2026-01-04 is a Sunday
    about = _check_text(description or "oit-audit: ตรวจเว็บไซต์ตามเกณฑ์ OIT ทุกสัปดาห์", "description")
    return f"""<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Description>{escape(about)}</Description>
    <URI>\\{escape(name)}</URI>
  </RegistrationInfo>
  <Triggers>
    <CalendarTrigger>
      <StartBoundary>{start}</StartBoundary>
      <Enabled>true</Enabled>
      <ScheduleByWeek>
        <DaysOfWeek><{TASK_DAYS[weekday]} /></DaysOfWeek>
        <WeeksInterval>1</WeeksInterval>
      </ScheduleByWeek>
    </CalendarTrigger>
  </Triggers>
  <Principals>
    <Principal id="Author">
      <LogonType>InteractiveToken</LogonType>
      <RunLevel>LeastPrivilege</RunLevel>
    </Principal>
  </Principals>
  <Settings>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>
    <StartWhenAvailable>true</StartWhenAvailable>
    <RunOnlyIfNetworkAvailable>true</RunOnlyIfNetworkAvailable>
    <ExecutionTimeLimit>PT12H</ExecutionTimeLimit>
    <Enabled>true</Enabled>
  </Settings>
  <Actions Context="Author">
    <Exec>
      <Command>{escape(script_text)}</Command>
    </Exec>
  </Actions>
</Task>
"""


def install_windows_task(task_xml: str, script: str, script_path: Path, name: str = "oit-audit") -> None:
    """Write the batch file, then create (or replace) task ``name`` for the current user:
    ``schtasks /Create /TN NAME /XML FILE /F``, the XML written as UTF-16 as Task Scheduler
    expects."""
    import tempfile

    _check_name(name)
    exe = shutil.which("schtasks")
    if exe is None:
        raise ScheduleError("ไม่พบคำสั่ง schtasks: ติดตั้งงานตามเวลาแบบนี้ได้บน Windows เท่านั้น")
    write_atomic(script_path, script.encode("utf-8"))
    with tempfile.TemporaryDirectory(prefix="oit-task-") as tmp:
        path = Path(tmp) / f"{name}.xml"
        path.write_text(task_xml, encoding="utf-16")
        done = subprocess.run(
            [exe, "/Create", "/TN", name, "/XML", str(path), "/F"],
            capture_output=True, text=True, timeout=60, check=False,
        )
    if done.returncode != 0:
        raise ScheduleError(f"schtasks /Create ไม่สำเร็จ: {(done.stderr or done.stdout or '').strip()}")
