"""`oit evidence ITEM`: the evidence archived for an item (WARC)."""

from __future__ import annotations

from pathlib import Path

from common.run_folder import RunFolder
from oit.args import EXIT_OK, UsageError, check_url, run_id


def add_parser(sub) -> None:
    ev = sub.add_parser("evidence", help="evidence archived for an item (WARC): URL, time, SHA-256")
    ev.add_argument("item", help="item code, e.g. O12")
    ev.add_argument("--run", type=run_id, help="run id (default: the latest finished run)")
    ev.add_argument("--site", help="site of the latest run to use")
    ev.add_argument("--db", type=Path)


def run(args) -> int:
    from common.urls import site_id
    from crawler.evidence import list_evidence
    from reports.history import History

    with History(args.db) as hist:
        if args.run:
            row = hist.run(args.run)
        else:
            site = site_id(check_url(args.site)) if args.site else None
            done = [r for r in hist.runs(site) if r.status == "finished"]
            if not done:
                raise UsageError("no finished run" + (f" for {args.site}" if args.site else ""))
            row = done[0]
    warc = RunFolder(Path(row.out_dir)).evidence
    if not warc.exists():
        raise UsageError(f"run {row.id} has no evidence archive ({warc})")
    entries = list_evidence(warc, item=args.item.upper())
    if not entries:
        print(f"no archived evidence for {args.item.upper()} in run {row.id}")
    for e in entries:
        ok = "sha256 ok" if e.get("verified") else "SHA-256 MISMATCH"
        print(f"{e['fetched_at']}  {e['sha256']}  {e['size']:>9} B  {ok}  {e['url']}")
    return EXIT_OK
