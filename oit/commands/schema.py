"""`oit schema`: the JSON Schema of report.json."""

from __future__ import annotations

import json

from oit.args import EXIT_OK
from oit.messages import say


def add_parser(sub) -> None:
    sch = sub.add_parser("schema", help=say("แสดง JSON Schema ของ report.json", "print the JSON Schema of report.json"))
    sch.add_argument("--overview", action="store_true",
                     help=say("ของ overview.json (oit batch) แทน", "of overview.json (oit batch) instead"))


def run(args) -> int:
    from reports.models import AuditReport
    from reports.overview import Overview

    model = Overview if args.overview else AuditReport
    print(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK
