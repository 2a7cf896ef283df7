"""`oit eval`: classify labelled pages, or audit test sites, and print how often we are right."""

from __future__ import annotations

from pathlib import Path

from oit.messages import say


def add_parser(sub) -> None:
    e = sub.add_parser("eval", help=say("จัดหน้าเว็บที่มีป้ายกำกับเข้าหัวข้อ แล้ววัดความแม่นยำ",
                                        "classify labelled pages and print precision/recall"))
    src = e.add_mutually_exclusive_group(required=True)
    src.add_argument("--pages", type=Path, help=say("ไฟล์ JSON lines: url, text, title, labels",
                                                    "JSON lines: url, text, title?, labels?"))
    src.add_argument("--sites", type=Path, nargs="+",
                     help=say("โฟลเดอร์เว็บไซต์ทดสอบที่มี _truth.yaml: ตรวจแต่ละเว็บไซต์แล้ววัดผล",
                              "test-site folders with a _truth.yaml: audit each and score the verdicts"))
    e.add_argument("--format", choices=["text", "json"], default="text", help=say("รูปแบบการแสดงผล", "output format"))


def run(args) -> int:
    from app.site_eval import run_site_eval
    from checklist.evaluate import run_eval

    if args.sites:
        return run_site_eval(args.sites, args.format)
    return run_eval(args.pages, args.format)
