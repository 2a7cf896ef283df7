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


def _read_text(path: Path) -> str:
    """The file's text, also when the package runs from a zipped egg (a Scrapyd node)."""
    try:
        return path.read_text(encoding="utf-8")
    except NotADirectoryError:
        for parent in path.parents:
            if parent.is_file() and zipfile.is_zipfile(parent):
                member = zipfile.Path(parent, path.relative_to(parent).as_posix())
                if not member.is_file():
                    raise FileNotFoundError(path) from None
                return member.read_text(encoding="utf-8")
        raise


def read_yaml(path: Path) -> Any:
    try:
        text = _read_text(path)
    except FileNotFoundError:
        raise DataError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read ({exc})") from None
    try:
        return yaml.safe_load(text)
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
