"""Fiscal years: the Thai government's fiscal year starts on 1 October (FY 2570 = Oct 2569 - Sep 2570)."""

from __future__ import annotations

from datetime import date


def be_year(year: int) -> int:
    """A Buddhist-era year; Common-era years (< 2400) are converted."""
    return year + 543 if 0 < year < 2400 else year


def fiscal_year(day: date) -> int:
    """The Buddhist-era fiscal year ``day`` falls in (3 Dec 2026 -> 2570)."""
    return be_year(day.year) + (1 if day.month >= 10 else 0)


def fiscal_year_end(fy: int) -> date:
    """30 September of Buddhist-era fiscal year ``fy``."""
    return date(fy - 543, 9, 30)
