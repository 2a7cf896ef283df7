"""`oit schema`: the JSON Schema of report.json."""

from __future__ import annotations

import json

from oit.args import EXIT_OK
from oit.messages import say


def add_parser(sub) -> None:
    sub.add_parser("schema", help=say("แสดง JSON Schema ของ report.json", "print the JSON Schema of report.json"))


def run(args) -> int:
    from reports.models import AuditReport

    print(json.dumps(AuditReport.model_json_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK
