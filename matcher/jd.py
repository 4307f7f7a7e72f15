"""Build a profile (id "jd") from a job description in Vietnamese or English.

Start from the nearest level (by the years or the title the JD names), then override with what
the JD asks: the skills it names become expected (at least "does it alone") and weigh more, its
years and salary replace the level's. Discriminatory asks (gender, age, looks, marital status)
become warnings on the profile.
"""

from __future__ import annotations

import re
from dataclasses import replace

from matcher.profiles import Band, JobProfile, ProfileSet, SkillReq
from matcher.skills import SkillFinder
from matcher.text import fold, match_key
from matcher.types import Section

JD_SKILL_BOOST = 2.0  # a skill the JD names weighs this many times its level weight
JD_MIN_DEPTH = 2.0
_NUM = r"(\d+(?:[.,]\d+)?)"
_YEARS = [
    re.compile(rf"(?:it nhat|toi thieu|tren|tu)\s*{_NUM}\s*(?:\+\s*)?nam", re.I),
    re.compile(rf"{_NUM}\s*(?:\+|tro len)?\s*nam\s*kinh nghiem", re.I),
    re.compile(rf"(?:at least|minimum(?: of)?|over)\s*{_NUM}\s*\+?\s*years?", re.I),
    re.compile(
        rf"{_NUM}\s*\+?\s*(?:-\s*\d+\s*)?years?\s*(?:of\s*)?(?:relevant\s*)?(?:work\s*)?experience",
        re.I,
    ),
]
_YEAR_RANGE = re.compile(rf"{_NUM}\s*(?:-|–|den|to)\s*{_NUM}\s*(?:nam|years?)", re.I)
_SALARY = re.compile(rf"{_NUM}\s*(?:-|–|den|to)\s*{_NUM}\s*(?:trieu|tr\b|m\b|million|mil\b)", re.I)
_SALARY_VND = re.compile(
    r"(\d{1,3}(?:[.,]\d{3}){2,})\s*(?:-|–|den|to)\s*(\d{1,3}(?:[.,]\d{3}){2,})"
)
_TITLE_HINTS = {
    "ad": [
        "account director",
        "giam doc khach hang",
        "head of client service",
        "business director",
        "client service director",
        "giam doc account",
    ],
    "am": [
        "account manager",
        "client service manager",
        "truong nhom khach hang",
        "quan li khach hang",
    ],
    "ae": [
        "account executive",
        "nhan vien account",
        "client service executive",
        "account coordinator",
    ],
}


def _num(text: str) -> float:
    return float(text.replace(",", "."))


def _years(folded: str) -> tuple[float, float | None] | None:
    m = _YEAR_RANGE.search(folded)
    if m:
        return _num(m.group(1)), _num(m.group(2))
    for pattern in _YEARS:
        m = pattern.search(folded)
        if m:
            return _num(m.group(1)), None
    return None


def _salary(folded: str) -> tuple[float, float] | None:
    m = _SALARY.search(folded)
    if m:
        return _num(m.group(1)), _num(m.group(2))
    m = _SALARY_VND.search(folded)
    if m:
        lo, hi = (float(re.sub(r"[.,]", "", g)) / 1e6 for g in m.groups())
        return lo, hi
    return None


def _nearest(profiles: ProfileSet, folded: str, years: tuple[float, float | None] | None) -> str:
    key = f" {match_key(folded)} "
    for level, hints in _TITLE_HINTS.items():
        if level in profiles.levels and any(f" {match_key(h)} " in key for h in hints):
            return level
    ladder = [k for k in profiles.levels if k != "jd"]
    if years is None:
        return ladder[min(1, len(ladder) - 1)]
    lo = years[0]
    inside = [
        k for k in ladder if profiles.levels[k].years_min <= lo <= profiles.levels[k].years_max
    ]
    if inside:
        return max(inside, key=lambda k: profiles.levels[k].years_min)
    return min(ladder, key=lambda k: abs(profiles.levels[k].years_min - lo))


def profile_from_jd(
    text: str, profiles: ProfileSet, *, finder: SkillFinder | None = None
) -> JobProfile:
    """A "jd" profile from a job description: nearest level, overridden by what the JD asks."""
    folded = fold(text)
    years = _years(folded)
    base_id = _nearest(profiles, folded, years)
    base = profiles.levels[base_id]
    finder = finder or SkillFinder(profiles)
    lines = tuple(line for line in text.splitlines() if line.strip())
    scan = finder.scan([Section("experience", None, lines)])
    asked = {h.id for h in finder.find_in_scan(scan)}
    skills = []
    for req in base.skills:
        if req.id in asked:
            weight = max(req.weight, 2.0) * JD_SKILL_BOOST
            skills.append(SkillReq(req.id, max(req.depth, JD_MIN_DEPTH), weight))
        else:
            skills.append(req)
    for sid in sorted(asked - {r.id for r in base.skills}):
        skills.append(SkillReq(sid, JD_MIN_DEPTH, 2.0 * JD_SKILL_BOOST))
    ymin, ymax = base.years_min, base.years_max
    if years is not None:
        ymin = years[0]
        ymax = years[1] if years[1] is not None else max(ymin + 4, base.years_max)
    bands = base.bands
    salary = _salary(folded)
    if salary is not None and salary[0] <= salary[1]:
        bands = (Band("junior", salary[0], salary[1], 0.0),)
    warnings = []
    for flag in profiles.signals.jd_flags:
        hit = bool(scan.lines_with(match_key(p) for p in flag.phrases))
        hit = hit or any(re.search(p, folded) for p in flag.patterns)
        if hit:
            warnings.append(f"{flag.id}: {flag.warning_en} / {flag.warning_vi}")
    return replace(
        base,
        id="jd",
        rank=base.rank,
        name_en=f"Job description (from {base.name_en})",
        name_vi=f"Mô tả công việc (từ {base.name_vi})",
        years_min=ymin,
        years_max=ymax,
        bands=bands,
        skills=tuple(skills),
        warnings=tuple(warnings),
        base_level=base_id,
    )
