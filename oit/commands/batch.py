"""``oit batch AGENCIES.csv``: audit every agency of a list, then write the overview."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from oit.args import (
    EXIT_BAD_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    MAX_CONCURRENCY,
    MAX_DELAY,
    MAX_MINUTES,
    MAX_PAGES,
    check_url,
    int_between,
    number_between,
    year,
)


def add_parser(subparsers) -> None:
    b = subparsers.add_parser("batch", help="audit every agency of a CSV list and write the overview")
    b.add_argument("agencies", type=Path, help="CSV: url,name,type,province,district[,profile,email]")
    b.add_argument("--year", type=year, help="assessment year (BE); default: newest shipped")
    b.add_argument("--out", type=Path, default=Path("reports-out") / "batch",
                   help="batch folder: one report folder per agency, the overview, the batch state")
    b.add_argument("--concurrency", type=int_between(1, MAX_CONCURRENCY), default=8,
                   help="requests in flight over all sites (sites at once = this / --per-site)")
    b.add_argument("--per-site", type=int_between(1, MAX_CONCURRENCY), default=2, help="requests in flight to one site")
    b.add_argument("--delay", type=number_between(0, MAX_DELAY), help="seconds between requests to one site")
    b.add_argument("--max-pages", type=int_between(1, MAX_PAGES), default=2000)
    b.add_argument("--max-minutes", type=number_between(0, MAX_MINUTES), default=60.0)
    b.add_argument("--db", type=Path, help="history database (default: printed by `oit history`)")
    b.add_argument("--scrapyd", metavar="URL[,URL...]",
                   help="crawl on these Scrapyd nodes instead of this machine")
    b.add_argument("--jobs-per-node", type=int_between(1, MAX_CONCURRENCY), default=4, help="Scrapyd jobs at once per node")
    b.add_argument("--quiet", action="store_true", help="no progress line")


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "กำลังประมาณ"
    minutes = round(seconds / 60)
    if minutes < 1:
        return "ไม่ถึง 1 นาที"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} ชั่วโมง {minutes} นาที" if hours else f"{minutes} นาที"


def _left(seconds: float | None) -> str:
    return "กำลังประมาณเวลาที่เหลือ" if seconds is None else f"เหลืออีกประมาณ {_duration(seconds)}"


class ProgressLine:
    """``ตรวจแล้ว 12/30 · กำลังตรวจ 4 · ไม่สำเร็จ 1 · เหลืออีกประมาณ 6 นาที`` on stderr: redrawn
    in place on a terminal, a new line per change elsewhere (a log file, cron's mail)."""

    def __init__(self, stream=sys.stderr) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.last = ""

    def __call__(self, batch) -> None:
        c = batch.state.counts()
        total = len(batch.state.agencies)
        line = (f"ตรวจแล้ว {c['done'] + c['failed']}/{total} · กำลังตรวจ {c['running']} · "
                f"ไม่สำเร็จ {c['failed']} · {_left(batch.eta_seconds())}")
        if line == self.last:
            return
        self.last = line
        if self.tty:
            self.stream.write("\r\033[K" + line)
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def end(self) -> None:
        if self.tty and self.last:
            self.stream.write("\n")
            self.stream.flush()


def run(args: argparse.Namespace) -> int:
    from app.agencies import AgencyListError, read_agencies
    from app.batch import BatchOptions, BatchStopped, run_batch
    from checklist.load import load_checklist

    load_checklist(args.year)  # a bad year fails before anything is fetched
    try:
        agencies = read_agencies(args.agencies, check_url)
    except AgencyListError as exc:
        print(f"ข้อผิดพลาด: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    nodes = [u.strip() for u in (args.scrapyd or "").split(",") if u.strip()]
    for node in nodes:
        if not node.startswith(("http://", "https://")):
            print(f"ข้อผิดพลาด: --scrapyd {node!r}: ต้องเป็น URL เช่น http://10.0.0.5:6800", file=sys.stderr)
            return EXIT_BAD_INPUT
    options = BatchOptions(
        out=args.out, year=args.year, concurrency=args.concurrency, per_site=args.per_site,
        delay=args.delay, db=args.db, max_pages=args.max_pages, max_minutes=args.max_minutes,
        scrapyd=nodes, jobs_per_node=args.jobs_per_node,
    )
    progress = None if args.quiet else ProgressLine()
    where = f"บน Scrapyd {len(nodes)} เครื่อง" if nodes else f"ครั้งละ {options.sites_at_once} แห่ง"
    if not args.quiet:
        print(f"ตรวจ {len(agencies)} หน่วยงาน {where} ลงในโฟลเดอร์ {args.out}", file=sys.stderr)
    t0 = time.monotonic()
    try:
        batch, resumed = run_batch(agencies, options, args.agencies, progress)
    except BatchStopped as exc:
        if progress:
            progress.end()
        print(f"หยุดแล้ว: {exc}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # the cluster could not be used at all (deploy failed ...)
        from app.scrapyd import ScrapydError

        if isinstance(exc, ScrapydError):
            print(f"ข้อผิดพลาด: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
        raise
    if progress:
        progress.end()
    c = batch.state.counts()
    if resumed:
        print("ตรวจต่อจากครั้งที่หยุดไว้ (หน่วยงานที่ตรวจเสร็จแล้วไม่ได้ตรวจซ้ำ)")
    print(f"ตรวจเสร็จ {c['done']} แห่ง ไม่สำเร็จ {c['failed']} แห่ง ใน {_duration(time.monotonic() - t0)}")
    for a in batch.state.agencies:
        if a.status == "failed":
            print(f"  ไม่สำเร็จ: {a.name} ({a.url}): {a.error}")
    for name in ("overview.html", "overview.xlsx", "overview.json"):
        print(f"ภาพรวม: {args.out / name}")
    return EXIT_OK
