"""`oit checklist`: print a checklist, or the shipped years."""

from __future__ import annotations

from oit.args import EXIT_OK, year


def add_parser(sub) -> None:
    c = sub.add_parser("checklist", help="print a checklist")
    c.add_argument("--year", type=year)
    c.add_argument("--years", action="store_true", help="list the shipped years")
    c.add_argument("--format", choices=["table", "json", "yaml"], default="table")


def run(args) -> int:
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
