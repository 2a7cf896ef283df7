"""`oit profile init`: a starter agency profile to fill in."""

from __future__ import annotations

from pathlib import Path

from oit.args import EXIT_OK, Parser, UsageError
from oit.messages import say


def add_parser(sub) -> None:
    pr = sub.add_parser("profile", help=say("ไฟล์ข้อมูลหน่วยงาน (โปรไฟล์)", "agency profiles"))
    prs = pr.add_subparsers(dest="profile_command", metavar=say("การทำงาน", "ACTION"), parser_class=Parser)
    pi = prs.add_parser("init", help=say("เขียนไฟล์ข้อมูลหน่วยงานตั้งต้น (YAML) ให้กรอก",
                                         "write a starter agency profile (YAML) to fill in"))
    pi.add_argument("--out", type=Path, default=Path("agency-profile.yaml"), help=say("ไฟล์ที่จะเขียน", "file to write"))
    pi.add_argument("--force", action="store_true", help=say("เขียนทับไฟล์เดิม", "overwrite an existing file"))


def run(args) -> int:
    from checklist.profile import starter_profile_yaml

    if args.profile_command != "init":
        raise UsageError(say("profile: ต้องระบุการทำงาน init", "profile: expected the action `init`"))
    if args.out.exists() and not args.force:
        raise UsageError(say(f"มีไฟล์ {args.out} อยู่แล้ว: ใช้ --force เพื่อเขียนทับ",
                             f"{args.out} exists; use --force to overwrite it"))
    from common.files import write_atomic

    write_atomic(args.out, starter_profile_yaml())
    print(say(f"เขียน {args.out} แล้ว: แก้ทุกจุดที่เขียนว่า TODO แล้วตรวจด้วย oit audit เว็บไซต์ --profile {args.out}",
              f"wrote {args.out}: fill it in, then `oit audit URL --profile {args.out}`"))
    return EXIT_OK
