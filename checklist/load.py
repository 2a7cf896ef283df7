"""Load and validate checklist data files; errors name the file and the field."""

from __future__ import annotations

import re
import zipfile
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from checklist.models import TOPICS, Checklist, TopicLexicon

DATA_DIR = Path(__file__).parent / "data"
M = TypeVar("M", bound=BaseModel)
_YEAR_FILE = re.compile(r"^ita-(\d{4})\.ya?ml$")


class DataError(ValueError):
    """A data file (checklist, topics, profile) is malformed: one line for the user."""


MAX_YAML_BYTES = 4 * 2**20  # checklists are ~40 KB, profiles ~20 KB
MAX_YAML_DEPTH = 64  # nesting of mappings and lists
MAX_INT_DIGITS = 30


class _BoundedLoader(yaml.SafeLoader):
    """safe_load's loader that refuses nesting over MAX_YAML_DEPTH (no RecursionError on a
    profile nested 100,000 deep) and integers over MAX_INT_DIGITS digits."""

    depth = 0

    def compose_node(self, parent, index):
        self.depth += 1
        try:
            if self.depth > MAX_YAML_DEPTH:
                raise yaml.constructor.ConstructorError(
                    None, None, f"nested deeper than {MAX_YAML_DEPTH} levels", self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_yaml_int(self, node):
        if len(str(node.value).replace("_", "")) > MAX_INT_DIGITS:
            raise yaml.constructor.ConstructorError(
                None, None, f"a number of more than {MAX_INT_DIGITS} digits", node.start_mark)
        return super().construct_yaml_int(node)


_BoundedLoader.add_constructor("tag:yaml.org,2002:int", _BoundedLoader.construct_yaml_int)


def _egg_member(path: Path) -> zipfile.Path | None:
    """The file inside a zipped egg (a Scrapyd node runs the project from one), or None."""
    for parent in path.parents:
        if parent.is_file() and zipfile.is_zipfile(parent):
            return zipfile.Path(parent, path.relative_to(parent).as_posix())
    return None


def read_yaml(path: Path) -> Any:
    """The YAML file at ``path`` (at most MAX_YAML_BYTES of a regular file), or DataError."""
    from common.files import PathRefused, read_limited

    try:
        text = read_limited(path, MAX_YAML_BYTES).decode("utf-8")
    except PathRefused as exc:
        member = _egg_member(path)  # "under a file": the package's own data inside an egg
        if member is None or not member.is_file():
            raise DataError(str(exc)) from None
        text = member.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: cannot read (not UTF-8 text: {exc.reason} at byte {exc.start})") from None
    try:
        return yaml.load(text, Loader=_BoundedLoader)  # noqa: S506 - a SafeLoader
    except (RecursionError, ValueError, OverflowError) as exc:
        raise DataError(f"{path}: not valid YAML: {str(exc)[:120]}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DataError(f"{path}:{where}: not valid YAML: {problem}") from None


def validation_message(path: Path, exc: ValidationError, data: Any = None) -> str:
    """One line: file, the field path (with item codes where possible) and what is wrong."""
    err = exc.errors()[0]
    loc = list(err["loc"])
    parts: list[str] = []
    node = data
    for part in loc:
        if isinstance(part, int) and isinstance(node, list) and part < len(node):
            node = node[part]
            code = node.get("code") if isinstance(node, dict) else None
            parts.append(f"[{part}]" + (f" ({code})" if code else ""))
        else:
            node = node.get(part) if isinstance(node, dict) else None
            parts.append(f".{part}" if parts else str(part))
    field = "".join(parts) or "(top level)"
    more = f" (and {len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
    return f"{path}: {field}: {err['msg']}{more}"


def parse_model(model: type[M], path: Path, data: Any) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise DataError(validation_message(path, exc, data)) from None


def load_checklist_file(path: Path) -> Checklist:
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise DataError(f"{path}: expected a mapping with year, title, indicators, items")
    checklist = parse_model(Checklist, path, data)
    m = _YEAR_FILE.match(path.name)
    if m and int(m.group(1)) != checklist.year:
        raise DataError(f"{path}: year: file name says {m.group(1)} but year is {checklist.year}")
    return checklist


def available_years(data_dir: Path = DATA_DIR) -> list[int]:
    """Assessment years shipped, oldest first."""
    return sorted(int(m.group(1)) for p in data_dir.iterdir() if (m := _YEAR_FILE.match(p.name)))


@cache
def load_checklist(year: int | None = None, data_dir: Path = DATA_DIR) -> Checklist:
    """The checklist of ``year`` (default: the newest shipped)."""
    years = available_years(data_dir)
    if not years:
        raise DataError(f"{data_dir}: no checklist files (ita-YYYY.yaml)")
    if year is None:
        year = years[-1]
    if year not in years:
        shipped = ", ".join(map(str, years))
        raise DataError(f"unknown assessment year {year}; shipped years: {shipped}")
    path = next(p for p in data_dir.iterdir() if (m := _YEAR_FILE.match(p.name)) and int(m.group(1)) == year)
    return load_checklist_file(path)


@cache
def load_topics(path: Path = DATA_DIR / "topics.yaml") -> dict[str, TopicLexicon]:
    """The topic lexicon, validated: every key a known topic, every topic present."""
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise DataError(f"{path}: expected a mapping of topic key -> lexicon")
    out: dict[str, TopicLexicon] = {}
    for key, value in data.items():
        if key not in TOPICS:
            raise DataError(f"{path}: {key}: unknown topic key")
        out[key] = parse_model(TopicLexicon, path, value)
    missing = [t for t in TOPICS if t not in out]
    if missing:
        raise DataError(f"{path}: topics without a lexicon entry: {', '.join(missing)}")
    return out
