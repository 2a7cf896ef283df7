"""`oit profile init`: a starter agency profile to fill in."""

from __future__ import annotations

from pathlib import Path

from oit.args import EXIT_OK, Parser, UsageError


def add_parser(sub) -> None:
    pr = sub.add_parser("profile", help="agency profiles")
    prs = pr.add_subparsers(dest="profile_command", metavar="ACTION", parser_class=Parser)
    pi = prs.add_parser("init", help="write a starter agency profile (YAML) to fill in")
    pi.add_argument("--out", type=Path, default=Path("agency-profile.yaml"))
    pi.add_argument("--force", action="store_true", help="overwrite an existing file")


def run(args) -> int:
    from checklist.profile import starter_profile_yaml

    if args.profile_command != "init":
        raise UsageError("profile: expected the action `init`")
    if args.out.exists() and not args.force:
        raise UsageError(f"{args.out} exists; use --force to overwrite it")
    from common.files import write_atomic

    write_atomic(args.out, starter_profile_yaml())
    print(f"wrote {args.out}: fill it in, then `oit audit URL --profile {args.out}`")
    return EXIT_OK
