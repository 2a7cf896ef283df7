"""`oit checklist`: print a checklist, or the shipped years."""

from __future__ import annotations

from oit.args import EXIT_OK, year
from oit.messages import say


def add_parser(sub) -> None:
    c = sub.add_parser("checklist", help=say("แสดงรายการข้อมูลตามเกณฑ์ของปี", "print a checklist"))
    c.add_argument("--year", type=year, help=say("ปีที่ประเมิน (พ.ศ.)", "assessment year (BE)"))
    c.add_argument("--years", action="store_true", help=say("แสดงปีที่มีเกณฑ์", "list the shipped years"))
    c.add_argument("--format", choices=["table", "json", "yaml"], default="table",
                   help=say("รูปแบบการแสดงผล", "output format"))


def run(args) -> int:
    from checklist.load import available_years, load_checklist

    if args.years:
        for y in available_years():
            c = load_checklist(y)
            n = len(c.unconfirmed)
            flag = "" if c.confirmed else say(f"  (ยังไม่ยืนยัน {n} รายการ)", f"  ({n} items unconfirmed)")
            print(say(f"{y}  {len(c.items)} รายการ{flag}", f"{y}  {len(c.items)} items{flag}"))
        return EXIT_OK
    c = load_checklist(args.year)
    if args.format == "json":
        print(c.model_dump_json(indent=2))
    elif args.format == "yaml":
        import yaml

        print(yaml.safe_dump(c.model_dump(mode="json"), allow_unicode=True, sort_keys=False))
    else:
        from checklist.actions import PERIOD_WORDS

        print(say(f"{c.title} ({len(c.items)} รายการ)", f"{c.title} ({len(c.items)} items)"))
        for item in c.items:
            mark = "" if item.confirmed else say("  [ยังไม่ยืนยัน]", "  [unconfirmed]")
            period = say(PERIOD_WORDS[item.period], item.period.value)
            print(f"{item.code:>4}  {item.subindicator:<5} {item.title}{mark}\n      {period}")
    return EXIT_OK
