"""The NACC score formula, as far as it is known (docs/ita-oit-by-year.md §8), applied to our verdicts.

Item: 100 if found, else 0. Sub-indicator: share of its items scoring 100. Indicator: plain mean
of its sub-indicators. OIT: mean of the indicators. Always labelled an estimate.
"""

from __future__ import annotations

from statistics import mean

from checklist.models import Checklist
from checklist.verdicts import IndicatorScore, ItemResult, Score

PASS_MARK = 85.0


def estimate(checklist: Checklist, results: list[ItemResult]) -> Score:
    passed = {r.code: r.status == "found" for r in results}
    indicators = []
    for ind in checklist.indicators:
        subs = []
        for sub in ind.subindicators:
            codes = [i.code for i in checklist.items if i.subindicator == sub.id]
            if not codes:
                continue
            share = 100.0 * sum(passed.get(c, False) for c in codes) / len(codes)
            subs.append(IndicatorScore(id=sub.id, title=sub.title, score=round(share, 2)))
        if subs:
            indicators.append(
                IndicatorScore(
                    id=ind.id, title=ind.title, score=round(mean(s.score for s in subs), 2),
                    subindicators=subs,
                )
            )
    oit = round(mean(i.score for i in indicators), 2) if indicators else 0.0
    return Score(oit_estimate=oit, indicators=indicators, pass_mark=PASS_MARK)


def gain_if_fixed(checklist: Checklist, results: list[ItemResult]) -> dict[str, float]:
    """How much the OIT estimate would rise if each not-found item were fixed alone."""
    base = estimate(checklist, results).oit_estimate
    out = {}
    for r in results:
        if r.status == "found":
            continue
        fixed = [x.model_copy(update={"status": "found"}) if x.code == r.code else x for x in results]
        out[r.code] = round(estimate(checklist, fixed).oit_estimate - base, 2)
    return out
