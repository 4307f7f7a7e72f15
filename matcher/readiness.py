"""Promotion readiness: how far the CV is from the next level, and what would close each gap.

The next level's own criteria are the yardstick: ``ready_pct`` is the share of its points the
CV already earns; every criterion not fully met becomes a gap with advice from YAML.
"""

from __future__ import annotations

from matcher.profiles import ProfileSet
from matcher.score import Need
from matcher.types import Gap, LevelFit, Readiness

MAX_GAPS = 8
MIN_LOST_POINTS = 0.5  # smaller shortfalls are noise, not advice
NO_NEED = Need("", "")


def _advice(criterion: str, need: Need, profiles: ProfileSet, level: str) -> tuple[str, str]:
    if criterion.startswith("skill."):
        skill = profiles.skills.get(criterion.removeprefix("skill."))
        return (skill.advice_en, skill.advice_vi) if skill else ("", "")
    if criterion.startswith("resp."):
        rid = criterion.removeprefix("resp.")
        resp = next((r for r in profiles.levels[level].responsibilities if r.id == rid), None)
        return (resp.advice_en, resp.advice_vi) if resp else ("", "")
    generic = profiles.advice.get(criterion)
    if not generic:
        return "", ""
    return (
        generic["advice_en"].format(need=need.need, have=need.have),
        generic["advice_vi"].format(need=need.need, have=need.have),
    )


def readiness_of(
    current: str | None,
    fits: dict[str, LevelFit],
    needs: dict[str, dict[str, Need]],
    profiles: ProfileSet,
) -> Readiness:
    """Current level, next level on the ladder, percent ready and the gaps (largest first)."""
    nxt = profiles.next_level(current)
    if nxt is None or nxt not in fits:
        return Readiness(current, None, 100.0 if current else 0.0, ())
    fit = fits[nxt]
    # largest loss first, ties in criterion order (positions are unique: c is never compared)
    lost = sorted(
        (c.points - c.weight, i, c)
        for i, c in enumerate(fit.criteria)
        if c.status != "met" and c.weight - c.points >= MIN_LOST_POINTS
    )
    gaps = []
    level_needs = needs.get(nxt, {})
    for _, _, c in lost[:MAX_GAPS]:
        need = level_needs.get(c.id, NO_NEED)
        en, vi = _advice(c.id, need, profiles, nxt)
        gaps.append(Gap(c.id, need.need, need.have, en, vi))
    return Readiness(current, nxt, round(min(100.0, fit.score), 1), tuple(gaps))
