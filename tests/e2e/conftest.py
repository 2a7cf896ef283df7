"""End-to-end runs: the whole audit, batch, dashboard or command line against sites served on
127.0.0.1 and real browsers. Marked ``e2e``: ``pytest -m "not e2e"`` runs the component tests
alone (about a third of the time)."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).parent


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.e2e)
