"""`oit diff`: what changed between two runs."""

from __future__ import annotations

import json
from pathlib import Path

from oit.args import EXIT_OK, UsageError, check_url, run_id
from oit.messages import say


def add_parser(sub) -> None:
    df = sub.add_parser("diff", help=say("สิ่งที่เปลี่ยนระหว่างการตรวจสองครั้ง (ค่าเริ่มต้น: สองครั้งล่าสุด)",
                                         "what changed between two runs (default: the two latest)"))
    df.add_argument("runs", nargs="*", type=run_id, metavar=say("ครั้งที่", "RUN"),
                    help=say("หมายเลขการตรวจสองครั้ง", "two run ids"))
    df.add_argument("--site", help=say("เว็บไซต์ที่จะเทียบการตรวจสองครั้งล่าสุด", "the site whose two latest runs to compare"))
    df.add_argument("--format", choices=["text", "json"], default="text", help=say("รูปแบบการแสดงผล", "output format"))
    df.add_argument("--db", type=Path, help=say("ฐานข้อมูลประวัติการตรวจ", "history database"))


def run(args) -> int:
    from common.urls import site_id
    from reports.diff import diff_reports, diff_to_dict, format_diff_text
    from reports.history import History

    with History(args.db) as hist:
        if args.runs:
            if len(args.runs) != 2:
                raise UsageError(say("ระบุหมายเลขการตรวจสองครั้ง (หรือไม่ระบุ เพื่อเทียบสองครั้งล่าสุด)",
                                     "diff takes two run ids (or none, for the two latest runs)"))
            a, b = args.runs
        else:
            site = site_id(check_url(args.site)) if args.site else None
            done = [r for r in hist.runs(site) if r.status == "finished"]
            if site is None and done:
                done = [r for r in done if r.site == done[0].site]
            if len(done) < 2:
                where = f" ({args.site})" if args.site else ""
                raise UsageError(say(f"มีการตรวจที่เสร็จแล้วไม่ถึงสองครั้ง{where}",
                                     f"fewer than two finished runs to compare{where}"))
            b, a = done[0].id, done[1].id
        d = diff_reports(hist.report(a), hist.report(b), old_run_id=a, new_run_id=b)
    if args.format == "json":
        print(json.dumps(diff_to_dict(d), ensure_ascii=False, indent=2, default=str))
    else:
        from oit.messages import language

        print(format_diff_text(d, english=language() == "en"))
    return EXIT_OK
