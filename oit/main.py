"""The `oit` command (also `python -m oit`): parse, dispatch to one module per command, print.

Exit codes: 0 ran, 1 below --fail-under, 2 bad input, 3 site unreachable, 4 site busy, 130
interrupted (docs/contract.md)."""

from __future__ import annotations

import argparse
import gc
import sys
from types import ModuleType

from common.files import PathRefused
from oit.args import EXIT_BAD_INPUT, EXIT_INTERRUPTED, Parser, UsageError
from oit.commands import (
    audit,
    batch,
    checklist,
    demo,
    diff,
    evidence,
    history,
    profile,
    schedule,
    schema,
    serve,
)
from oit.commands import eval as eval_command
from oit.messages import say, use_language_in_argparse

# In the order `oit --help` lists them.
COMMANDS: dict[str, ModuleType] = {
    "audit": audit, "demo": demo, "checklist": checklist, "schema": schema, "history": history,
    "diff": diff, "evidence": evidence, "schedule": schedule, "serve": serve, "profile": profile,
    "eval": eval_command, "batch": batch,
}


def build_parser() -> argparse.ArgumentParser:
    use_language_in_argparse()
    parser = Parser(prog="oit", description=say(
        "ตรวจเว็บไซต์ของหน่วยงานภาครัฐตามรายการข้อมูล OIT ของการประเมิน ITA (สำนักงาน ป.ป.ช.)",
        "Check a Thai agency website against the NACC ITA OIT checklist."))
    sub = parser.add_subparsers(dest="command", metavar=say("คำสั่ง", "COMMAND"), parser_class=Parser,
                                title=say("คำสั่ง", "commands"))
    for module in COMMANDS.values():
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    import logging

    logging.raiseExceptions = False  # a log file on a full disk: no traceback per log line
    try:
        args = build_parser().parse_args(argv)
        if not args.command:
            build_parser().print_help()
            return EXIT_BAD_INPUT
        return _dispatch(args)
    except UsageError as exc:
        print(f"{say('ข้อผิดพลาด', 'error')}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except PathRefused as exc:  # a device, a folder, a full disk ...: one line, nothing replaced
        print(say(f"ข้อผิดพลาด: {exc.thai}", f"error: {exc.english}"), file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # `oit history | head`: the reader has all it wanted
        import os

        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - the interpreter flushes it at exit
        return 0
    except KeyboardInterrupt:
        print(say("หยุดแล้ว", "interrupted"), file=sys.stderr)
        return EXIT_INTERRUPTED


def command() -> int:
    """The ``oit`` console script: :func:`main` with the garbage collector running as rarely as
    during a crawl (an audit allocates millions of objects, few of them in cycles), then no
    collection over what is still alive when the interpreter exits. Nothing is left to clean up
    by then: report files are closed and renamed, the history database is closed, exit handlers
    still run."""
    from crawler.run import CRAWL_GC_THRESHOLDS

    gc.set_threshold(*CRAWL_GC_THRESHOLDS)
    code = main()
    gc.freeze()
    gc.disable()
    return code


def _dispatch(args) -> int:
    import sqlite3

    from checklist.load import DataError
    from reports.history import HistoryError

    try:
        return COMMANDS[args.command].run(args)
    except (DataError, HistoryError) as exc:
        print(f"{say('ข้อผิดพลาด', 'error')}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except sqlite3.DatabaseError as exc:  # pages of the history file scrambled after it was opened
        db = getattr(args, "db", None) or "history"
        print(say(f"ข้อผิดพลาด: {db}: ฐานข้อมูลประวัติเสียหาย ({exc}); ใช้ --db ไฟล์อื่น",
                  f"error: {db}: the history database is damaged ({exc}); use another --db"), file=sys.stderr)
        return EXIT_BAD_INPUT
