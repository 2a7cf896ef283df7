"""The `oit` command (also `python -m crawler`): parse, call, print. Exit codes per CONTRACT.md."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

EXIT_OK, EXIT_FAIL_UNDER, EXIT_BAD_INPUT, EXIT_UNREACHABLE = 0, 1, 2, 3


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
    p.add_argument("--db", type=Path, help="history database (reserved; see README)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="oit", description="Check a Thai agency website against the NACC ITA OIT checklist.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    a = sub.add_parser("audit", help="crawl a site and write the gap report")
    a.add_argument("url", help="the agency's website, e.g. https://www.example.go.th/")
    _add_crawl_options(a)

    d = sub.add_parser("demo", help="audit the bundled sample municipal website (no internet needed)")
    _add_crawl_options(d)

    c = sub.add_parser("checklist", help="print a checklist")
    c.add_argument("--year", type=_year)
    c.add_argument("--years", action="store_true", help="list the shipped years")
    c.add_argument("--format", choices=["table", "json", "yaml"], default="table")

    sub.add_parser("schema", help="print the JSON Schema of report.json")

    e = sub.add_parser("eval", help="classify labelled pages and print precision/recall")
    src = e.add_mutually_exclusive_group(required=True)
    src.add_argument("--pages", type=Path, help="JSON lines: url, text, title?, labels?")
    src.add_argument("--sites", type=Path, nargs="+",
                     help="test-site folders with a _truth.yaml: audit each and score the verdicts")
    e.add_argument("--format", choices=["text", "json"], default="text")
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


def _dispatch(args) -> int:
    from checklist.load import DataError

    try:
        if args.command == "audit":
            return _audit(args, check_url(args.url))
        if args.command == "demo":
            return _demo(args)
        if args.command == "checklist":
            return _checklist(args)
        if args.command == "schema":
            from reports.models import AuditReport

            print(json.dumps(AuditReport.model_json_schema(), ensure_ascii=False, indent=2))
            return EXIT_OK
        if args.command == "eval":
            from checklist.evaluate import run_eval, run_site_eval

            if args.sites:
                return run_site_eval(args.sites, args.format)
            return run_eval(args.pages, args.format)
    except DataError as exc:
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
    from crawler.audit import AuditRequest, SiteUnreachable, run_audit

    load_checklist(args.year)  # a bad year fails before anything is printed or fetched
    profile = None
    if args.profile:
        from checklist.profile import load_profile

        profile = load_profile(args.profile)
    req = AuditRequest(
        url=url, year=args.year, out_dir=args.out or out, options=_options(args), profile=profile
    )
    t0 = time.monotonic()
    if not args.quiet:
        print(f"auditing {label or url} ...", file=sys.stderr)
    try:
        report, folder = run_audit(req)
    except SiteUnreachable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_UNREACHABLE
    elapsed = time.monotonic() - t0
    if args.quiet:
        print(folder)
    else:
        counts = report.counts()
        print(
            f"ITA {report.assessment_year}: estimated OIT score {report.score.oit_estimate:.2f} "
            f"(pass mark {report.score.pass_mark:.0f}); items found {counts['found']}, "
            f"outdated {counts['outdated']}, to review {counts['review']}, missing {counts['missing']}"
        )
        print(
            f"crawled {report.crawl.pages} pages and {report.crawl.documents} documents "
            f"in {elapsed:.1f} s ({report.crawl.errors} errors)"
        )
        print(f"report: {folder / 'report.html'}")
        print(f"        {folder / 'report.json'}")
    if args.fail_under is not None and report.score.oit_estimate < args.fail_under:
        return EXIT_FAIL_UNDER
    return EXIT_OK


def _demo(args) -> int:
    from crawler.audit import default_out_dir, local_now
    from crawler.serve import SAMPLE_SITE, StaticSite

    if args.delay is None:
        args.delay = 0.0
    if args.concurrency is None:
        args.concurrency = 4
    out = args.out or (Path("reports-out") / "demo" / default_out_dir("http://demo/", local_now()).name)
    with StaticSite(SAMPLE_SITE) as url:
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
