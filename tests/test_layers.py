"""The layers point down: common <- crawler, checklist <- reports <- app <- oit.

A module may import its own package and the packages of lower layers, never a higher layer or a
sibling of the same layer (crawler and checklist know nothing of each other). Imports inside
functions count too: a lazy import is still a dependency."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = {"common": 0, "crawler": 1, "checklist": 1, "reports": 2, "app": 3, "oit": 4}
# Entry points that are run, never imported: `python -m crawler` is another name of `oit`.
ENTRY_POINTS = {"crawler/__main__.py"}


def imported_packages(path: Path, root: Path) -> list[tuple[int, str]]:
    """(line, top-level package) of every project import in ``path`` (relative ones resolved)."""
    found = []
    package = path.relative_to(root).parent.parts
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.ImportFrom):  # from .. import x: relative to this package
            base = package[: len(package) - node.level + 1]
            names = [".".join([*base, node.module or ""]).strip(".") or "?"]
        found += [(node.lineno, n.split(".")[0]) for n in names if n.split(".")[0] in LAYERS]
    return found


def violations(root: Path) -> list[str]:
    bad = []
    for package, level in LAYERS.items():
        for path in sorted((root / package).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            if rel in ENTRY_POINTS or "sample_site" in rel:
                continue
            for line, target in imported_packages(path, root):
                if target != package and LAYERS[target] >= level:
                    bad.append(f"{rel}:{line} imports {target} (layer {LAYERS[target]} >= {level})")
    return bad


def test_every_layer_imports_only_lower_layers():
    assert violations(ROOT) == []


def test_the_check_sees_an_upward_import(tmp_path):
    for package in LAYERS:
        (tmp_path / package).mkdir()
    (tmp_path / "common" / "thai.py").write_text("def f():\n    from reports.html import x\n")
    (tmp_path / "crawler" / "spider.py").write_text("import checklist.signals\n")
    (tmp_path / "oit" / "main.py").write_text("from app.audit import run_audit\n")
    assert violations(tmp_path) == [
        "common/thai.py:2 imports reports (layer 2 >= 0)",
        "crawler/spider.py:1 imports checklist (layer 1 >= 1)",
    ]


@pytest.mark.parametrize("package", sorted(LAYERS))
def test_every_layer_exists(package):
    assert (ROOT / package / "__init__.py").is_file()
