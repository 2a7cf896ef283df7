"""The `oit` command (also `python -m crawler`): parse, call, print. Exit codes per CONTRACT.md."""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

EXIT_OK, EXIT_FAIL_UNDER, EXIT_BAD_INPUT, EXIT_UNREACHABLE, EXIT_BUSY = 0, 1, 2, 3, 4
EXIT_INTERRUPTED = 130
DEMO_PORT = 8741


class UsageError(Exception):
    """Bad input: one line to stderr, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one clear line, no usage dump
        raise UsageError(f"{self.prog}: {message}")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _non_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if value < 0 or value != value:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {text}")
    return value


def _year(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a Buddhist-era year such as 2569, got {text!r}") from None


def check_url(url: str) -> str:
    """A usable start URL, or UsageError. A bare host gets http:// (sites redirect to https)."""
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise UsageError(f"malformed URL {url!r}: only http:// and https:// sites can be audited")
    host = parts.hostname or ""
    try:
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        raise UsageError(f"malformed URL {url!r}: bad port") from None
    if not host or " " in url or "." not in host and host != "localhost":
        raise UsageError(f"malformed URL {url!r}: expected something like https://www.example.go.th/")
    if not parts.path:
        url += "/"
    return url


def _add_crawl_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--year", type=_year, help="assessment year (BE); default: newest shipped")
    p.add_argument("--out", type=Path, help="folder for the report files")
    p.add_argument("--max-pages", type=_positive_int, default=2000)
    p.add_argument("--max-minutes", type=_non_negative, default=60.0)
    p.add_argument("--concurrency", type=_positive_int, help="parallel requests to the site")
    p.add_argument("--delay", type=_non_negative, help="seconds between requests")
    p.add_argument("--fail-under", type=_non_negative, metavar="SCORE",
                   help="exit 1 when the estimated OIT score is below SCORE")
    p.add_argument("--quiet", action="store_true", help="print only the report folder")
    p.add_argument("--profile", type=Path, help="agency profile (YAML): units, measures, past scores")
    p.add_argument("--db", type=Path, help="history database (default: printed by `oit history`)")
    p.add_argument("--restart", action="store_true",
                   help="start afresh instead of continuing an interrupted audit of the site")
    p.add_argument("--mail", action="store_true",
                   help="mail the report to the profile's recipients (SMTP settings: see README)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="oit", description="Check a Thai agency website against the NACC ITA OIT checklist.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    a = sub.add_parser("audit", help="crawl a site and write the gap report")
    a.add_argument("url", help="the agency's website, e.g. https://www.example.go.th/")
    _add_crawl_options(a)

    d = sub.add_parser("demo", help="audit the bundled sample municipal website (no internet needed)")
    _add_crawl_options(d)
    d.set_defaults(restart=True)

    c = sub.add_parser("checklist", help="print a checklist")
    c.add_argument("--year", type=_year)
    c.add_argument("--years", action="store_true", help="list the shipped years")
    c.add_argument("--format", choices=["table", "json", "yaml"], default="table")

    sch = sub.add_parser("schema", help="print the JSON Schema of report.json")
    sch.add_argument("--overview", action="store_true", help="of overview.json (oit batch) instead")

    h = sub.add_parser("history", help="past runs, newest first")
    h.add_argument("--site", help="only runs of this site (host, e.g. www.example.go.th)")
    h.add_argument("--format", choices=["text", "json"], default="text")
    h.add_argument("--db", type=Path)

    df = sub.add_parser("diff", help="what changed between two runs (default: the two latest)")
    df.add_argument("runs", nargs="*", type=_positive_int, metavar="RUN", help="two run ids")
    df.add_argument("--site", help="the site whose two latest runs to compare")
    df.add_argument("--format", choices=["text", "json"], default="text")
    df.add_argument("--db", type=Path)

    ev = sub.add_parser("evidence", help="evidence archived for an item (WARC): URL, time, SHA-256")
    ev.add_argument("item", help="item code, e.g. O12")
    ev.add_argument("--run", type=_positive_int, help="run id (default: the latest finished run)")
    ev.add_argument("--site", help="site of the latest run to use")
    ev.add_argument("--db", type=Path)

    sc = sub.add_parser("schedule", help="print (or --install) a weekly cron entry or systemd timer")
    sc.add_argument("url")
    sc.add_argument("--install", action="store_true", help="write it to crontab / systemd --user")
    sc.add_argument("--systemd", action="store_true", help="a systemd user timer instead of cron")
    sc.add_argument("--weekday", type=int, default=1, choices=range(7), help="0=Sunday ... 6; default Monday")
    sc.add_argument("--hour", type=int, default=6, choices=range(24))
    sc.add_argument("--profile", type=Path)
    sc.add_argument("--year", type=_year)
    sc.add_argument("--fail-under", type=_non_negative, metavar="SCORE")
    sc.add_argument("--mail", action="store_true")
    sc.add_argument("--db", type=Path)

    pr = sub.add_parser("profile", help="agency profiles")
    prs = pr.add_subparsers(dest="profile_command", metavar="ACTION", parser_class=_Parser)
    pi = prs.add_parser("init", help="write a starter agency profile (YAML) to fill in")
    pi.add_argument("--out", type=Path, default=Path("agency-profile.yaml"))
    pi.add_argument("--force", action="store_true", help="overwrite an existing file")

    e = sub.add_parser("eval", help="classify labelled pages and print precision/recall")
    src = e.add_mutually_exclusive_group(required=True)
    src.add_argument("--pages", type=Path, help="JSON lines: url, text, title?, labels?")
    src.add_argument("--sites", type=Path, nargs="+",
                     help="test-site folders with a _truth.yaml: audit each and score the verdicts")
    e.add_argument("--format", choices=["text", "json"], default="text")

    from oit.commands import batch

    batch.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if not args.command:
            build_parser().print_help()
            return EXIT_BAD_INPUT
        return _dispatch(args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def command() -> int:
    """The ``oit`` command: :func:`main` with the garbage collector running as rarely as during
    a crawl (an audit allocates millions of objects, few of them in cycles), then no collection
    over what is still alive when the interpreter exits (0.5 s after a large audit). Nothing is
    left to clean up by then: report files are closed and renamed, the history database is
    closed, exit handlers still run."""
    from crawler.run import CRAWL_GC_THRESHOLDS

    gc.set_threshold(*CRAWL_GC_THRESHOLDS)
    code = main()
    gc.freeze()
    gc.disable()
    return code


def _dispatch(args) -> int:
    from checklist.load import DataError
    from reports.history import HistoryError

    try:
        if args.command == "audit":
            return _audit(args, check_url(args.url))
        if args.command == "demo":
            return _demo(args)
        if args.command == "checklist":
            return _checklist(args)
        if args.command == "schema":
            from reports.models import AuditReport
            from reports.overview import Overview

            model = Overview if args.overview else AuditReport
            print(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2))
            return EXIT_OK
        if args.command == "history":
            return _history(args)
        if args.command == "diff":
            return _diff(args)
        if args.command == "evidence":
            return _evidence(args)
        if args.command == "schedule":
            return _schedule(args)
        if args.command == "profile":
            return _profile(args)
        if args.command == "batch":
            from oit.commands import batch

            return batch.run(args)
        if args.command == "eval":
            from checklist.evaluate import run_eval, run_site_eval

            if args.sites:
                return run_site_eval(args.sites, args.format)
            return run_eval(args.pages, args.format)
    except (DataError, HistoryError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    raise UsageError(f"unknown command {args.command}")


def _options(args):
    from crawler.run import CrawlOptions

    return CrawlOptions(
        max_pages=args.max_pages, max_minutes=args.max_minutes,
        concurrency=args.concurrency, delay=args.delay,
        progress=not args.quiet and sys.stderr.isatty(),
    )


def _audit(args, url: str, *, out: Path | None = None, label: str = "") -> int:
    from checklist.load import load_checklist
    from crawler.audit import AuditInterrupted, AuditRequest, SiteUnreachable, run_audit
    from crawler.lock import SiteBusy

    load_checklist(args.year)  # a bad year fails before anything is printed or fetched
    profile = None
    if args.profile:
        from checklist.profile import load_profile

        profile = load_profile(args.profile)
    if args.mail and not (profile and profile.recipients):
        raise UsageError("--mail needs --profile with recipients")
    req = AuditRequest(
        url=url, year=args.year, out_dir=args.out or out, options=_options(args), profile=profile,
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
        for name in ("report.html", "report.json", "report.xlsx", "report.pdf", "evidence.warc.gz"):
            if (folder / name).exists():
                print(f"report: {folder / name}")
    if args.mail:
        _mail(report, folder, profile, req.previous)
    if args.fail_under is not None and report.score.oit_estimate < args.fail_under:
        return EXIT_FAIL_UNDER
    return EXIT_OK


def _mail(report, folder: Path, profile, previous) -> None:
    """Send the report by SMTP: OIT_SMTP_HOST, OIT_SMTP_PORT, OIT_SMTP_USER, OIT_SMTP_PASSWORD,
    OIT_SMTP_STARTTLS=1, OIT_MAIL_FROM."""
    import os

    from reports.diff import diff_reports
    from reports.mail import MailError, build_message, send

    host = os.environ.get("OIT_SMTP_HOST", "localhost")
    port = int(os.environ.get("OIT_SMTP_PORT", "25"))
    sender = os.environ.get("OIT_MAIL_FROM", f"oit-audit@{os.uname().nodename}")
    diff = diff_reports(previous, report) if previous is not None else None
    msg = build_message(report, folder, sender=sender, recipients=list(profile.recipients), diff=diff)
    try:
        refused = send(msg, host, port, user=os.environ.get("OIT_SMTP_USER"),
                       password=os.environ.get("OIT_SMTP_PASSWORD"),
                       starttls=os.environ.get("OIT_SMTP_STARTTLS") == "1")
    except MailError as exc:
        print(f"warning: the report was written but not mailed: {exc}", file=sys.stderr)
        return
    sent = [r for r in profile.recipients if r not in refused]
    print(f"mailed to {', '.join(sent)}" + (f"; refused: {', '.join(refused)}" if refused else ""))


def _history(args) -> int:
    from reports.history import History, default_db_path, site_key

    db = args.db or default_db_path()
    with History(db) as hist:
        rows = hist.runs(site_key(check_url(args.site)) if args.site else None)
    if args.format == "json":
        print(json.dumps([{"id": r.id, "site": r.site, "url": r.url, "started_at": r.started_at.isoformat(),
                           "finished_at": r.finished_at.isoformat() if r.finished_at else None,
                           "status": r.status, "score": r.score, "assessment_year": r.assessment_year,
                           "out_dir": r.out_dir} for r in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"history: {db}")
    if not rows:
        print("no runs yet")
    for r in rows:
        score = f"{r.score:6.2f}" if r.score is not None else "     -"
        print(f"{r.id:>5}  {r.started_at:%Y-%m-%d %H:%M}  {r.status:<11} ITA {r.assessment_year}  "
              f"{score}  {r.site}  {r.out_dir}")
    return EXIT_OK


def _diff(args) -> int:
    from reports.diff import diff_reports, diff_to_dict, format_diff_text
    from reports.history import History, site_key

    with History(args.db) as hist:
        if args.runs:
            if len(args.runs) != 2:
                raise UsageError("diff takes two run ids (or none, for the two latest runs)")
            a, b = args.runs
        else:
            site = site_key(check_url(args.site)) if args.site else None
            done = [r for r in hist.runs(site) if r.status == "finished"]
            if site is None and done:
                done = [r for r in done if r.site == done[0].site]
            if len(done) < 2:
                raise UsageError("fewer than two finished runs to compare" + (f" for {args.site}" if args.site else ""))
            b, a = done[0].id, done[1].id
        d = diff_reports(hist.report(a), hist.report(b), old_run_id=a, new_run_id=b)
    if args.format == "json":
        print(json.dumps(diff_to_dict(d), ensure_ascii=False, indent=2, default=str))
    else:
        print(format_diff_text(d))
    return EXIT_OK


def _evidence(args) -> int:
    from crawler.evidence import list_evidence
    from reports.history import History, site_key

    with History(args.db) as hist:
        if args.run:
            row = hist.run(args.run)
        else:
            site = site_key(check_url(args.site)) if args.site else None
            done = [r for r in hist.runs(site) if r.status == "finished"]
            if not done:
                raise UsageError("no finished run" + (f" for {args.site}" if args.site else ""))
            row = done[0]
    warc = Path(row.out_dir) / "evidence.warc.gz"
    if not warc.exists():
        raise UsageError(f"run {row.id} has no evidence archive ({warc})")
    entries = list_evidence(warc, item=args.item.upper())
    if not entries:
        print(f"no archived evidence for {args.item.upper()} in run {row.id}")
    for e in entries:
        ok = "sha256 ok" if e.get("verified") else "SHA-256 MISMATCH"
        print(f"{e['fetched_at']}  {e['sha256']}  {e['size']:>9} B  {ok}  {e['url']}")
    return EXIT_OK


def _schedule(args) -> int:
    from reports.schedule import (
        ScheduleError,
        cron_line,
        install_cron,
        install_systemd_user,
        systemd_units,
    )

    url = check_url(args.url)
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


def _profile(args) -> int:
    from checklist.profile import starter_profile_yaml

    if args.profile_command != "init":
        raise UsageError("profile: expected the action `init`")
    if args.out.exists() and not args.force:
        raise UsageError(f"{args.out} exists; use --force to overwrite it")
    from crawler.audit import write_atomic

    write_atomic(args.out, starter_profile_yaml())
    print(f"wrote {args.out}: fill it in, then `oit audit URL --profile {args.out}`")
    return EXIT_OK


def _demo(args) -> int:
    from crawler.audit import default_out_dir, local_now
    from crawler.serve import SAMPLE_SITE, StaticSite

    if args.profile is None:  # the sample site's own (invented) profile: units, measures, past scores
        from checklist.load import DATA_DIR

        args.profile = DATA_DIR / "profiles" / "demo-bantuayang.yaml"
    if args.delay is None:
        args.delay = 0.0
    if args.concurrency is None:
        args.concurrency = 4
    out = args.out or (Path("reports-out") / "demo" / default_out_dir("http://demo/", local_now()).name)
    try:  # a fixed port when free, so that demo runs share one history and cache
        site = StaticSite(SAMPLE_SITE, port=DEMO_PORT)
    except OSError:
        site = StaticSite(SAMPLE_SITE)
    with site as url:
        return _audit(args, url, out=out, label=f"the sample site at {url}")


def _checklist(args) -> int:
    from checklist.load import available_years, load_checklist

    if args.years:
        for y in available_years():
            c = load_checklist(y)
            flag = "" if c.confirmed else f"  ({len(c.unconfirmed)} items unconfirmed)"
            print(f"{y}  {len(c.items)} items{flag}")
        return EXIT_OK
    c = load_checklist(args.year)
    if args.format == "json":
        print(c.model_dump_json(indent=2))
    elif args.format == "yaml":
        import yaml

        print(yaml.safe_dump(c.model_dump(mode="json"), allow_unicode=True, sort_keys=False))
    else:
        print(f"{c.title} ({len(c.items)} items)")
        for item in c.items:
            mark = "" if item.confirmed else "  [unconfirmed]"
            print(f"{item.code:>4}  {item.subindicator:<5} {item.period.value:<19} {item.title}{mark}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
