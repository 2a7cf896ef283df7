"""`oit audit URL`: crawl a site and write the gap report."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from common.run_folder import RunFolder
from oit.args import (
    EXIT_BUSY,
    EXIT_FAIL_UNDER,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_UNREACHABLE,
    UsageError,
    add_crawl_options,
    check_url,
)


def add_parser(sub) -> None:
    a = sub.add_parser("audit", help="crawl a site and write the gap report")
    a.add_argument("url", help="the agency's website, e.g. https://www.example.go.th/")
    add_crawl_options(a)


def run(args) -> int:
    return audit_url(args, check_url(args.url))


def crawl_options(args):
    from crawler.options import CrawlOptions

    return CrawlOptions(
        max_pages=args.max_pages, max_minutes=args.max_minutes,
        concurrency=args.concurrency, delay=args.delay,
        progress=not args.quiet and sys.stderr.isatty(),
    )


def audit_url(args, url: str, *, out: Path | None = None, label: str = "") -> int:
    """Audit ``url`` with the command line's options and print the outcome (also for `oit demo`)."""
    from app.audit import AuditInterrupted, AuditRequest, SiteUnreachable, run_audit
    from app.lock import SiteBusy
    from checklist.load import load_checklist

    load_checklist(args.year)  # a bad year fails before anything is printed or fetched
    from common.files import check_free_space, check_writable_folder

    folder = check_writable_folder(args.out or out or Path("reports-out"))  # not a file, a device, /proc ...
    check_free_space(folder, 20 * 2**20)  # a report, its evidence archive and the crawl's work files
    from crawler.cache import cache_root

    check_writable_folder(cache_root())  # OIT_CACHE_DIR naming a file or a device
    profile = None
    if args.profile:
        from checklist.profile import load_profile

        profile = load_profile(args.profile)
    if args.mail and not (profile and profile.recipients):
        raise UsageError("--mail needs --profile with recipients")
    req = AuditRequest(
        url=url, year=args.year, out_dir=args.out or out, options=crawl_options(args), profile=profile,
        db=args.db, restart=args.restart,
    )
    t0 = time.monotonic()
    from crawler.settings import ENV_PROBLEMS

    for problem in ENV_PROBLEMS:
        print(f"warning: {problem}", file=sys.stderr)
    if not args.quiet:
        print(f"auditing {label or url} ...", file=sys.stderr)
    try:
        report, folder = run_audit(req)
    except SiteUnreachable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_UNREACHABLE
    except SiteBusy as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BUSY
    except AuditInterrupted as exc:
        print(f"stopped: {exc}", file=sys.stderr)
        return EXIT_INTERRUPTED
    elapsed = time.monotonic() - t0
    if args.quiet:
        print(folder)
    else:
        counts = report.counts()
        if req.resumed_from:
            print(f"continued the interrupted audit started {req.resumed_from:%Y-%m-%d %H:%M}")
        print(
            f"ITA {report.assessment_year}: estimated OIT score {report.score.oit_estimate:.2f} "
            f"(pass mark {report.score.pass_mark:.0f}); items found {counts['found']}, "
            f"outdated {counts['outdated']}, to review {counts['review']}, missing {counts['missing']}"
        )
        print(
            f"crawled {report.crawl.pages} pages and {report.crawl.documents} documents "
            f"in {elapsed:.1f} s ({report.crawl.errors} errors); run {req.run_id}"
        )
        if report.crawl.site_unchanged:
            print("the site answered every address as at the last audit: no page or file was downloaded "
                  "or read again")
        if req.previous is not None:
            from reports.diff import diff_reports

            d = diff_reports(req.previous, report)
            print(
                f"since the last run: {len(d.newly_found)} newly found, "
                f"{len(d.newly_missing)} newly missing, {len(d.status_changes)} status changes, "
                f"{len(d.evidence_broken)} evidence links broken"
            )
        for warning in req.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        for path in RunFolder(folder).written():
            print(f"report: {path}")
    if args.mail:
        mail_report(report, folder, profile, req.previous, req.trend)
    if args.fail_under is not None and report.score.oit_estimate < args.fail_under:
        return EXIT_FAIL_UNDER
    return EXIT_OK


def mail_report(report, folder: Path, profile, previous, trend=None) -> None:
    """Send the report by SMTP: OIT_SMTP_HOST, OIT_SMTP_PORT, OIT_SMTP_USER, OIT_SMTP_PASSWORD,
    OIT_SMTP_STARTTLS=1, OIT_MAIL_FROM."""
    import os
    import socket

    from reports.diff import diff_reports
    from reports.mail import MailError, build_message, send

    host = os.environ.get("OIT_SMTP_HOST", "localhost")
    raw_port = os.environ.get("OIT_SMTP_PORT", "25").strip()
    if not (raw_port.isdigit() and 0 < int(raw_port[:6]) < 65536):
        raise UsageError(f"OIT_SMTP_PORT={raw_port[:20]!r} is not a port number (1-65535); the report was written, not mailed")
    port = int(raw_port)
    sender = os.environ.get("OIT_MAIL_FROM", f"oit-audit@{socket.gethostname()}")
    diff = diff_reports(previous, report) if previous is not None else None
    msg = build_message(report, folder, sender=sender, recipients=list(profile.recipients), diff=diff,
                        trend=trend)
    try:
        refused = send(msg, host, port, user=os.environ.get("OIT_SMTP_USER"),
                       password=os.environ.get("OIT_SMTP_PASSWORD"),
                       starttls=os.environ.get("OIT_SMTP_STARTTLS") == "1")
    except MailError as exc:
        print(f"warning: the report was written but not mailed: {exc}", file=sys.stderr)
        return
    sent = [r for r in profile.recipients if r not in refused]
    print(f"mailed to {', '.join(sent)}" + (f"; refused: {', '.join(refused)}" if refused else ""))
