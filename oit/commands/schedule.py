"""`oit schedule URL`: a weekly cron entry or systemd timer."""

from __future__ import annotations

import sys
from pathlib import Path

from oit.args import EXIT_BAD_INPUT, EXIT_OK, check_url, score, year


def add_parser(sub) -> None:
    sc = sub.add_parser("schedule", help="print (or --install) a weekly cron entry or systemd timer")
    sc.add_argument("url")
    sc.add_argument("--install", action="store_true", help="write it to crontab / systemd --user")
    sc.add_argument("--systemd", action="store_true", help="a systemd user timer instead of cron")
    sc.add_argument("--weekday", type=int, default=1, choices=range(7), help="0=Sunday ... 6; default Monday")
    sc.add_argument("--hour", type=int, default=6, choices=range(24))
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
        if args.systemd:
            service, timer = systemd_units(audit, **kw)
            if args.install:
                paths = install_systemd_user(service, timer)
                print("installed " + ", ".join(map(str, paths)))
                print("hint: `loginctl enable-linger` lets the timer run while you are logged out")
            else:
                print(service)
                print(timer)
        else:
            line = cron_line(audit, **kw)
            if args.install:
                install_cron(line)
                print(f"installed in crontab: {line}")
            else:
                print(line)
    except ScheduleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK
