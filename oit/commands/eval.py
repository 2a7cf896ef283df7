"""`oit eval`: classify labelled pages, or audit test sites, and print how often we are right."""

from __future__ import annotations

from pathlib import Path


def add_parser(sub) -> None:
    e = sub.add_parser("eval", help="classify labelled pages and print precision/recall")
    src = e.add_mutually_exclusive_group(required=True)
    src.add_argument("--pages", type=Path, help="JSON lines: url, text, title?, labels?")
    src.add_argument("--sites", type=Path, nargs="+",
                     help="test-site folders with a _truth.yaml: audit each and score the verdicts")
    e.add_argument("--format", choices=["text", "json"], default="text")


def run(args) -> int:
    from app.site_eval import run_site_eval
    from checklist.evaluate import run_eval

    if args.sites:
        return run_site_eval(args.sites, args.format)
    return run_eval(args.pages, args.format)
