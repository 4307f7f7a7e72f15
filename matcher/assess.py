"""Stage 4: score a read CV against every level (and a job description), with evidence.

Pure and deterministic: the same candidate and sections give the same ``Assessment``.
Personal data never reaches a score: the "personal" section and every personal line are
left out of matching, and no ``Personal`` field is read.
"""

from __future__ import annotations

from collections.abc import Sequence

from matcher.orientation import orientation_of
from matcher.profiles import JobProfile, ProfileSet
from matcher.readiness import readiness_of
from matcher.score import best_level_of, facts_of, salary_fit, score_level
from matcher.skills import SkillFinder
from matcher.types import Assessment, Candidate, Section


def assess(
    candidate: Candidate,
    sections: Sequence[Section],
    *,
    profiles: ProfileSet,
    finder: SkillFinder,
    jd_profile: JobProfile | None = None,
) -> Assessment:
    """Fit per level (+ "jd"), best level, orientation, salary fit and promotion readiness."""
    sections = tuple(sections)
    scan = finder.scan(sections, exclude_lines=[e.text for e in candidate.personal.lines])
    skills = finder.find_in_scan(scan)
    orient = orientation_of(scan, profiles)
    facts = facts_of(candidate, sections, profiles, scan, skills)
    fits, needs = {}, {}
    targets = list(profiles.levels.values()) + ([jd_profile] if jd_profile is not None else [])
    for profile in targets:
        fits[profile.id], needs[profile.id] = score_level(
            profile, profiles, facts=facts, scan=scan, skills=skills, orient=orient
        )
    ladder = [k for k in profiles.levels if k != "jd"]
    best = best_level_of(fits, ladder)
    nearest = best or max(ladder, key=lambda k: (fits[k].score, -ladder.index(k)))
    salary_level = "jd" if jd_profile is not None else nearest
    salary = salary_fit(
        candidate,
        salary_level,
        fits.get(salary_level),
        fits_level=jd_profile is not None or best is not None,
    )
    readiness = readiness_of(best, fits, needs, profiles)
    return Assessment(
        skills=skills,
        fit=fits,
        best_level=best,
        orientation=orient,
        salary=salary,
        readiness=readiness,
    )
