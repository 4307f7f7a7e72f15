"""score.py: depth from evidence, criteria per level, salary fit, best level."""

from __future__ import annotations

from dataclasses import replace

import pytest

from matcher.orientation import orientation_of
from matcher.score import (
    FIT_THRESHOLD,
    LADDER_MARGIN,
    best_level_of,
    facts_of,
    salary_fit,
    score_level,
    seen_depth,
)
from matcher.types import Candidate, English, Evidence, LevelFit, Role, Salary, Section


def _ev(*sections):
    return tuple(Evidence(s, f"line {i}") for i, s in enumerate(sections))


@pytest.mark.parametrize(
    "evidence,depth",
    [
        ((), 0.0),
        (_ev("skills"), 1.35),
        (_ev("experience"), 1.7),
        (_ev("experience", "experience"), 2.4),
        (_ev("experience", "experience", "experience"), 3.1),
        (_ev(*["experience"] * 20), 4.0),
        ((Evidence("experience", "same"), Evidence("experience", "same")), 1.7),
        (tuple(Evidence("experience", f"Marketing task {i}", 0, 9) for i in range(6)), 2.75),
        (
            (
                Evidence("skills", "Marketing", 0, 9),
                Evidence("experience", "Led marketing", 4, 13),
                Evidence("experience", "Wrote press releases", 6, 20),
            ),
            2.505,
        ),
    ],
    ids=["none", "skills-list", "one-bullet", "two-bullets", "three-bullets", "capped", "dedup",
         "one-phrase-repeated", "repeat-in-weaker-section"],
)  # fmt: skip
def test_score_seen_depth(evidence, depth):
    assert seen_depth(evidence) == pytest.approx(depth)


def _fit(profiles, finder, level, candidate, lines):
    sections = (Section("experience", None, tuple(lines)),)
    scan = finder.scan(sections)
    skills = finder.find_in_scan(scan)
    facts = facts_of(candidate, sections, profiles, scan, skills)
    fit, needs = score_level(
        profiles.levels[level],
        profiles,
        facts=facts,
        scan=scan,
        skills=skills,
        orient=orientation_of(scan, profiles),
    )
    return fit, needs


@pytest.mark.parametrize(
    "years,status",
    [(None, "unknown"), (0.5, "partial"), (4.0, "met"), (12.0, "partial")],
    ids=["unknown", "short", "inside", "over"],
)
def test_score_years_status(years, status, profiles, finder):
    cand = Candidate(
        current_title="Account Manager",
        years_experience=years,
        roles=(
            Role(
                "Account Manager",
                "X",
                "2020-01",
                "present",
                evidence=Evidence("experience", "Account Manager 2020 - nay"),
            ),
        ),
    )
    lines = [
        "Account Manager 2020 - nay",
        *[
            f"Client servicing, brief, proposal, marketing strategy, upsell, quảng cáo ({i})"
            for i in range(4)
        ],
    ]
    fit, needs = _fit(profiles, finder, "am", cand, lines)
    years_c = next(c for c in fit.criteria if c.id == "years")
    assert years_c.status == status
    assert needs["years"].need == "2-7 years"


def test_score_criteria_cover_the_profile(profiles, finder):
    fit, needs = _fit(profiles, finder, "ad", Candidate(), ["Chăm sóc khách hàng"])
    level = profiles.levels["ad"]
    ids = [c.id for c in fit.criteria]
    expected = [f"skill.{s.id}" for s in level.skills if s.depth and s.weight]
    expected += ["years", "title", *(f"resp.{r.id}" for r in level.responsibilities)]
    expected += ["english", "orientation"]
    assert ids == expected
    assert set(needs) == set(ids)
    assert fit.score == pytest.approx(sum(c.points for c in fit.criteria), abs=0.011)
    assert {c.status for c in fit.criteria} <= {"missing", "unknown"}


@pytest.mark.parametrize(
    "ielts,status",
    [(None, "unknown"), (5.0, "partial"), (6.0, "partial"), (7.0, "met")],
)
def test_score_english_against_the_level(ielts, status, profiles, finder):
    english = (
        English(ielts=ielts, evidence=(Evidence("skills", f"IELTS {ielts}"),))
        if ielts
        else English()
    )
    fit, _ = _fit(profiles, finder, "ad", Candidate(english=english), ["Client servicing"])
    assert next(c for c in fit.criteria if c.id == "english").status == status


@pytest.mark.parametrize(
    "expected,fit",
    [(None, "unknown"), ((12, 15), "within"), ((5, 8), "below"), ((20, 25), "above"),
     ((14, None), "within"), ((None, 9), "below")],
)  # fmt: skip
def test_score_salary_fit(expected, fit):
    band = LevelFit("ae", 80.0, "senior", (10.0, 15.0), ())
    salary = Salary(expected[0], expected[1], "x") if expected else None
    result = salary_fit(Candidate(expected_salary=salary), "ae", band)
    assert result.fit == fit
    assert result.band_mvnd == (10.0, 15.0)


def test_score_negotiable_salary_is_unknown():
    band = LevelFit("am", 70.0, "junior", (15.0, 35.0), ())
    cand = Candidate(expected_salary=Salary(None, None, "Thỏa thuận", negotiable=True))
    assert salary_fit(cand, "am", band).fit == "unknown"


@pytest.mark.parametrize(
    "scores,best",
    [({"ae": 80, "am": 60, "ad": 30}, "ae"), ({"ae": 70, "am": 75, "ad": 60}, "am"),
     ({"ae": 70, "am": 75, "ad": 74}, "ad"), ({"ae": 60, "am": 55, "ad": 10}, "am"),
     ({"ae": 56, "am": 49, "ad": 10}, "ae"), ({"ae": 30, "am": 20, "ad": 10}, None)],
    ids=["clear", "highest", "near-tie-goes-up", "within-margin", "below-threshold", "none"],
)  # fmt: skip
def test_score_best_level(scores, best):
    fits = {k: LevelFit(k, float(v), "junior", (0, 1), ()) for k, v in scores.items()}
    assert best_level_of(fits, ["ae", "am", "ad"]) == best
    assert FIT_THRESHOLD == 50 and LADDER_MARGIN == 8


@pytest.mark.parametrize(
    "years,title,band",
    [(0.5, "Account Executive", "junior"), (2.0, "Account Executive", "senior"),
     (1.0, "Senior Account Executive", "senior"), (None, "Account Executive", "junior")],
)  # fmt: skip
def test_score_band_by_years_and_title(years, title, band, profiles, finder):
    cand = Candidate(current_title=title, years_experience=years)
    fit, _ = _fit(profiles, finder, "ae", cand, [title])
    assert fit.band == band


def test_score_facts_titles_from_short_lines(profiles, finder):
    """Without roles, pieces of short header/experience lines the title map knows are titles:
    each once, at most six, with the piece's span as evidence (skills lines are not read)."""
    sections = (
        Section("header", None, ("Account Manager  |  Client: FMCG", "Giám đốc khách hàng - ABC")),
        Section(
            "experience",
            None,
            (
                "Account Manager",
                "ACCOUNTEXECUTIVE",
                "Senior Account Executive, Marketing Manager, Chef, Media Planner, Editor",
                "PR Executive – Event Manager",
                "Copywriter",
                "Media Planner",
            ),
        ),
        Section("skills", None, ("Account Director",)),
    )
    scan = finder.scan(sections)
    facts = facts_of(Candidate(), sections, profiles, scan, finder.find_in_scan(scan))
    got = [(t, k, e.section, e.text[e.start : e.end]) for t, k, e in facts.titles]
    assert got == [
        ("Account Manager", "am", "header", "Account Manager"),
        ("Giám đốc khách hàng", "ad", "header", "Giám đốc khách hàng"),
        ("ACCOUNTEXECUTIVE", "ae", "experience", "ACCOUNTEXECUTIVE"),
        ("PR Executive", "related", "experience", "PR Executive"),
        ("Event Manager", "related", "experience", "Event Manager"),
        ("Copywriter", "related", "experience", "Copywriter"),
    ]


def test_score_level_follows_an_edited_profile(profiles, finder):
    """Per-level tables are built once per profile object: an edited copy scores with its own
    weights, texts and bands, and the original still scores as before."""
    am = profiles.levels["am"]
    edited = replace(
        am,
        weights=replace(am.weights, title=am.weights.title - 10, skills=am.weights.skills + 10),
        typical_titles=("Client Lead",),
        skills=tuple(replace(s, depth=1.0) for s in am.skills),
    )
    changed = profiles.with_level(edited)
    lines = ["Client servicing, brief, proposal for the brand"]

    def crit(level_set):
        fit, needs = _fit(
            level_set, finder, "am", Candidate(current_title="Account Manager"), lines
        )
        by_id = {c.id: c for c in fit.criteria}
        return fit, by_id, needs

    before_fit, before, before_needs = crit(profiles)
    after_fit, after, after_needs = crit(changed)
    again_fit, _, _ = crit(profiles)
    assert (before["title"].weight, after["title"].weight) == (30.0, 20.0)
    assert (before_needs["title"].need, after_needs["title"].need) == (
        "Account Manager, Client Service Manager, Senior Account Manager",
        "Client Lead",
    )
    assert before["skill.client_relationship"].status == "partial"
    assert after["skill.client_relationship"].status == "met"
    assert after_needs["skill.client_relationship"].need == "depth 1 (assists)"
    assert again_fit == before_fit != after_fit
