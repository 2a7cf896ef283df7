"""`oit schedule URL`: a weekly cron entry or systemd timer."""

from __future__ import annotations

import sys
from pathlib import Path

from oit.args import EXIT_BAD_INPUT, EXIT_OK, UsageError, check_url, score, year
from oit.messages import say


def add_parser(sub) -> None:
    sc = sub.add_parser("schedule", help=say("ตั้งเวลาตรวจทุกสัปดาห์ (แสดงหรือติดตั้ง cron / systemd timer)",
                                             "print (or --install) a weekly cron entry or systemd timer"))
    sc.add_argument("url", help=say("เว็บไซต์ของหน่วยงาน", "the agency's website"))
    sc.add_argument("--install", action="store_true", help=say("ติดตั้งลง crontab / systemd --user",
                                                               "write it to crontab / systemd --user"))
    sc.add_argument("--systemd", action="store_true", help=say("ใช้ systemd timer แทน cron", "a systemd user timer instead of cron"))
    sc.add_argument("--windows", action="store_true",
                    help=say("งานใน Task Scheduler ของ Windows (XML; --install สร้างด้วย schtasks)",
                             "a Windows Task Scheduler task (XML; --install creates it with schtasks)"))
    sc.add_argument("--weekday", type=int, default=1, choices=range(7),
                    help=say("วัน 0=อาทิตย์ ... 6=เสาร์ ค่าเริ่มต้น: จันทร์", "0=Sunday ... 6; default Monday"))
    sc.add_argument("--hour", type=int, default=6, choices=range(24), help=say("ชั่วโมง (0-23)", "hour (0-23)"))
    sc.add_argument("--profile", type=Path)
    sc.add_argument("--year", type=year)
    sc.add_argument("--fail-under", type=score, metavar="SCORE")
    sc.add_argument("--mail", action="store_true")
    sc.add_argument("--db", type=Path)


def run(args) -> int:
    from reports.schedule import (
        ScheduleError,
        cron_line,
        install_cron,
        install_systemd_user,
        systemd_units,
    )

    url = check_url(args.url)
    # what the weekly run will need, checked now rather than failing every week in the log
    if args.profile:
        from checklist.profile import load_profile

        load_profile(args.profile)
    if args.db:
        from common.files import check_writable_file

        check_writable_file(args.db)
    audit = ["audit", url, "--quiet"]
    for flag, value in (("--year", args.year), ("--fail-under", args.fail_under)):
        if value is not None:
            audit += [flag, str(value)]
    if args.profile:
        audit += ["--profile", str(args.profile.resolve())]
    if args.mail:
        audit.append("--mail")
    from reports.history import default_db_path

    audit += ["--db", str((args.db or default_db_path()).resolve())]
    log = Path.home() / ".local" / "state" / "oit-audit" / "audit.log"
    kw = dict(weekday=args.weekday, hour=args.hour, minute=17, workdir=Path.cwd(),
              python=Path(sys.executable), log=log)
    try:
        if args.windows:
            return _schedule_windows(args, audit, kw)
        if args.systemd:
            service, timer = systemd_units(audit, **kw)
            if args.install:
                paths = install_systemd_user(service, timer)
                print(say("ติดตั้งแล้ว: ", "installed ") + ", ".join(map(str, paths)))
                print(say("คำแนะนำ: loginctl enable-linger ทำให้ตัวตั้งเวลาทำงานแม้ไม่ได้ล็อกอิน",
                          "hint: `loginctl enable-linger` lets the timer run while you are logged out"))
            else:
                print(service)
                print(timer)
        else:
            line = cron_line(audit, **kw)
            if args.install:
                install_cron(line)
                print(say(f"ติดตั้งใน crontab แล้ว: {line}", f"installed in crontab: {line}"))
            else:
                print(line)
    except ScheduleError as exc:
        print(f"{say('ข้อผิดพลาด', 'error')}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def _schedule_windows(args, audit: list[str], kw: dict) -> int:
    """``oit schedule --windows``: print the task's batch file and Task Scheduler XML, or write
    and create them (``--install``)."""
    import os

    from common.urls import site_id
    from reports.schedule import (
        install_windows_task,
        job_name,
        task_script_path,
        windows_script,
        windows_task,
    )

    local = os.environ.get("LOCALAPPDATA")
    if local:
        kw["log"] = Path(local) / "oit-audit" / "audit.log"
    name = job_name(site_id(audit[1]))
    path = task_script_path(name)
    try:
        script = windows_script(audit, workdir=kw["workdir"], python=kw["python"], log=kw["log"])
        task = windows_task(path, weekday=kw["weekday"], hour=kw["hour"], minute=kw["minute"],
                            name=name, description=f"oit-audit: ตรวจ {audit[1]} ทุกสัปดาห์")
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if args.install:
        install_windows_task(task, script, path, name)
        print(f"สร้างงานตามเวลา {name} ใน Task Scheduler แล้ว: รัน {path} ผลต่อท้ายที่ {kw['log']}")
        return EXIT_OK
    print(f"rem ---- บันทึกเป็น {path} ----")
    print(script.replace("\r\n", "\n"), end="")
    print(f"rem ---- งาน Task Scheduler: บันทึกส่วนล่างเป็น {name}.xml แล้วสั่ง "
          f"schtasks /Create /TN {name} /XML {name}.xml /F (หรือใช้ --install) ----")
    print(task, end="")
    return EXIT_OK
