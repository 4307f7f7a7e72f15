"""Score one CV against one level: named criteria whose points add up to the 0-100 score.

Criteria (weights from levels/<id>.yaml, explained in job_profiles/README.md):
``skill.<id>`` per expected skill (depth seen versus depth expected), ``years`` against the
range, ``title`` through the title map, ``resp.<id>`` per level-marking responsibility,
``english`` and ``orientation``. Pure functions: the same inputs give the same numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from matcher.profiles import ENGLISH_LEVELS, LADDER_KINDS, JobProfile, ProfileSet, quick_key
from matcher.skills import Scan, phrase_key
from matcher.text import match_key
from matcher.types import (
    Candidate,
    Criterion,
    Evidence,
    LevelFit,
    Orientation,
    SalaryFit,
    Section,
    SkillHit,
)

# How much one line of evidence says about depth, by the section it sits in: a bullet under a
# job shows the skill in use; a word in a skills list is only a claim.
SECTION_STRENGTH = {
    "experience": 0.7,
    "projects": 0.55,
    "activities": 0.4,
    "objective": 0.4,
    "header": 0.4,
    "other": 0.4,
    "awards": 0.35,
    "skills": 0.35,
    "certificates": 0.35,
    "languages": 0.35,
    "education": 0.2,
    "references": 0.0,
    "hobbies": 0.0,
}
# The same phrase on another line adds this share of the line's strength (see seen_depth).
REPEAT_STRENGTH = 0.3
WORK_SECTIONS = frozenset({"experience", "projects", "activities", "objective", "header", "other"})
UNKNOWN_CREDIT = 0.3  # share of a criterion's weight when the CV simply does not say
OVER_RANGE_STEP = 0.1  # share lost per year above a level's range (over-qualified)
OVER_RANGE_FLOOR = 0.4
MAX_TITLE_LINES = 40  # lines per section looked at for titles when roles carry none
MAX_TITLE_WORDS = 7
MAX_LINE_TITLES = 6
# Orientation: a hunter still works with clients (a little credit); a CV with no client-work
# signal at all earns nothing here (status "unknown": it does not say).
SALES_ORIENTATION_CREDIT = 0.4
FIT_THRESHOLD = 50.0
LADDER_MARGIN = 8.0  # points within which the higher level wins (see best_level_of)  # below this at every level: no account level fits (see README)
DEPTH_WORDS = {
    0: "not expected",
    1: "assists",
    2: "does it alone",
    3: "owns it for the account",
    4: "sets direction across accounts",
}
ENGLISH_RANK = {lvl: i for i, lvl in enumerate(ENGLISH_LEVELS)}


@dataclass(frozen=True)
class Facts:
    """What scoring needs from the candidate, computed once for every level."""

    years: float | None
    years_evidence: tuple[Evidence, ...]
    titles: tuple[tuple[str, str | None, Evidence], ...]  # (title, kind, evidence), newest first
    english_rank: int | None
    english_text: str
    english_evidence: tuple[Evidence, ...]
    relevance: float = 1.0  # 0-1: how much account work the CV shows (scales the years)
    account_years: float | None = None  # years minus past roles outside account work (bands)


@dataclass(frozen=True)
class Need:
    """What a criterion asks for and what the CV shows (for readiness gaps)."""

    need: str
    have: str


def seen_depth(evidence: tuple[Evidence, ...]) -> float:
    """Depth 0-4 shown by evidence: 1 + the summed strength of its distinct lines.

    Each distinct phrase counts its strongest line in full; the same phrase on further lines
    adds only ``REPEAT_STRENGTH`` of theirs (saying "marketing" in five bullets is not five
    facets of the skill; "press releases", "media relations" and "media plan" are).

    >>> seen_depth(())
    0.0
    >>> seen_depth((Evidence("experience", "a"), Evidence("skills", "b")))
    2.05
    >>> round(seen_depth((Evidence("experience", "PR x", 0, 2), Evidence("experience", "PR y", 0, 2))), 2)
    1.91
    """
    if not evidence:
        return 0.0
    lines = {(e.section, e.text): e for e in evidence}.values()
    strength, seen = 0.0, set()
    for e in sorted(lines, key=lambda e: -SECTION_STRENGTH.get(e.section, 0.5)):
        phrase = match_key(e.text[e.start : e.end]) if e.end > e.start else e.text
        line = SECTION_STRENGTH.get(e.section, 0.5)
        strength += line * REPEAT_STRENGTH if phrase in seen else line
        seen.add(phrase)
    return min(4.0, 1.0 + strength)


def _round(x: float) -> float:
    return round(x + 0.0, 2)


def _title_kind(title: str, profiles: ProfileSet, scan: Scan) -> str | None:
    """Ladder kind, "related", or the look-alike name (e.g. "sales") of a title."""
    kind, lookalike = profiles.titles.classify(title)
    if kind in LADDER_KINDS:
        for ctx in profiles.titles.context_kinds:
            if kind in ctx.applies_to and len(scan.lines_with(ctx.phrases)) >= ctx.min_hits:
                return ctx.lookalike
    return lookalike or kind


def facts_of(
    candidate: Candidate,
    sections: tuple[Section, ...] | list[Section],
    profiles: ProfileSet,
    scan: Scan,
    skills: tuple[SkillHit, ...],
) -> Facts:
    """Years, classified titles and English, each with evidence (never personal data)."""
    years_ev = tuple(candidate.evidence.get("years_experience", ()))
    if not years_ev:
        years_ev = tuple(r.evidence for r in candidate.roles if r.evidence is not None)
    if not years_ev and candidate.years_experience is not None:
        exp = next((s for s in sections if s.name == "experience" and s.lines), None)
        if exp is not None:
            years_ev = (Evidence("experience", exp.lines[0], 0, len(exp.lines[0])),)
    titles: list[tuple[str, str | None, Evidence]] = []
    seen: set[str] = set()
    ordered = ([(candidate.current_title, None)] if candidate.current_title else []) + [
        (r.title, r.evidence) for r in candidate.roles if r.title
    ]
    for title, ev in ordered:
        key = quick_key(title)
        if not key or key in seen:
            continue
        seen.add(key)
        if ev is None:
            ev = next(
                (
                    r.evidence
                    for r in candidate.roles
                    if r.title and quick_key(r.title) == key and r.evidence
                ),
                None,
            )
        ev = ev or Evidence("experience", title, 0, len(title))
        titles.append((title, _title_kind(title, profiles, scan), ev))
    eng = candidate.english
    rank: int | None = None
    text = ""
    if eng.ielts is not None:
        rank = 4 if eng.ielts >= 7.5 else 3 if eng.ielts >= 6.5 else 2 if eng.ielts >= 5.5 else 1
        text = f"IELTS {eng.ielts:g}"
    if eng.toeic is not None:
        r = 4 if eng.toeic >= 900 else 3 if eng.toeic >= 750 else 2 if eng.toeic >= 600 else 1
        rank, text = max(rank or 0, r), (text + " / " if text else "") + f"TOEIC {eng.toeic}"
    if eng.toefl is not None:
        r = 4 if eng.toefl >= 100 else 3 if eng.toefl >= 80 else 2 if eng.toefl >= 60 else 1
        rank, text = max(rank or 0, r), (text + " / " if text else "") + f"TOEFL {eng.toefl}"
    if eng.level in ENGLISH_RANK:
        rank = max(rank or 0, ENGLISH_RANK[eng.level])
        text = text or eng.level
    ev_eng = tuple(eng.evidence)
    hit = next((s for s in skills if s.id == "english"), None)
    if hit is not None:
        ev_eng = ev_eng or hit.evidence
        if rank is None:
            rank, text = ENGLISH_RANK["basic"], "mentioned"
    for title, ev in _line_titles(sections, profiles, seen):
        titles.append((title, _title_kind(title, profiles, scan), ev))
    rel = profiles.relevance
    shown = sum(min(1.0, seen_depth(h.evidence) / 3) for h in skills if h.id in rel.skills)
    relevance = max(rel.floor, min(1.0, shown / rel.full_at)) if rel.skills else 1.0
    return Facts(
        candidate.years_experience,
        years_ev,
        tuple(titles),
        rank,
        text,
        ev_eng,
        relevance,
        _account_years(candidate, profiles),
    )


def _months(start: str | None, end: str | None) -> int | None:
    """Inclusive months between two "YYYY-MM" dates (None for "present" or a missing date)."""
    try:
        y1, m1 = (int(x) for x in (start or "").split("-")[:2])
        y2, m2 = (int(x) for x in (end or "").split("-")[:2])
    except ValueError:
        return None
    return max(0, (y2 - y1) * 12 + m2 - m1 + 1)


def _account_years(candidate: Candidate, profiles: ProfileSet) -> float | None:
    """Total years minus closed past roles outside account work (teaching, internships...).

    Bands follow the experience relevant to the level: teaching years do not make a senior AE.
    """
    years = candidate.years_experience
    if years is None:
        return None
    other = 0
    for role in candidate.roles:
        kind, _ = profiles.titles.classify(role.title or "")
        if role.internship or kind in (None, "intern", "not_account"):
            months = _months(role.start, role.end)
            other += months or 0
    return max(0.0, years - other / 12)


def _line_titles(sections, profiles: ProfileSet, seen: set[str]):
    """Short header/experience lines the title map knows: a fallback when roles lack titles."""
    out = []
    for section in sections:
        if section.name not in ("header", "experience", "objective"):
            continue
        for line in section.lines[:MAX_TITLE_LINES]:
            parts = [p.strip() for p in re.split(r"\s[-–|,]\s|\s{2,}", line) if p.strip()]
            for part in parts:
                key = quick_key(part)
                if not key or key in seen or len(key.split()) > MAX_TITLE_WORDS:
                    continue
                kind, _ = profiles.titles.classify(part)
                if kind is None:
                    continue
                seen.add(key)
                start = line.find(part)
                out.append((part, Evidence(section.name, line, start, start + len(part))))
    return out[:MAX_LINE_TITLES]


def _criterion(
    cid: str,
    en: str,
    vi: str,
    weight: float,
    share: float,
    status: str,
    evidence: tuple[Evidence, ...] = (),
    detail: str = "",
) -> Criterion:
    return Criterion(cid, en, vi, _round(weight), _round(weight * share), status, evidence, detail)


def _skill_criteria(
    profile: JobProfile,
    profiles: ProfileSet,
    hits: dict[str, SkillHit],
    needs: dict[str, Need],
    *,
    relevance: float = 1.0,
) -> list[Criterion]:
    reqs = [r for r in profile.skills if r.depth > 0 and r.weight > 0]
    total = sum(r.weight for r in reqs) or 1.0
    out = []
    for req in reqs:
        skill = profiles.skills[req.id]
        weight = profile.weights.skills * req.weight / total
        hit = hits.get(req.id)
        evidence = hit.evidence if hit else ()
        seen = seen_depth(evidence)
        share = min(1.0, seen / req.depth)
        status = "met" if seen >= req.depth else "partial" if seen > 0 else "missing"
        detail = f"depth {seen:.1f} of {req.depth:g}"
        if share > 0 and relevance < 1 and req.id not in profiles.relevance.skills:
            share *= relevance  # team leadership in a kitchen is not leading an account team
            status = "partial"
            detail += f"; counted at {relevance:.0%}: little account work shown"
        cid = f"skill.{req.id}"
        needs[cid] = Need(
            f"depth {req.depth:g} ({DEPTH_WORDS.get(round(req.depth), '')})",
            f"depth {seen:.1f}" if seen else "no evidence",
        )
        out.append(
            _criterion(cid, skill.name_en, skill.name_vi, weight, share, status, evidence, detail)
        )
    return out


def _years_criterion(profile: JobProfile, facts: Facts, needs: dict[str, Need]) -> Criterion:
    lo, hi, years = profile.years_min, profile.years_max, facts.years
    need = f"{lo:g}-{hi:g} years"
    w = profile.weights.years
    if years is None:
        needs["years"] = Need(need, "not stated")
        return _criterion(
            "years",
            "Years of experience",
            "Số năm kinh nghiệm",
            w,
            UNKNOWN_CREDIT,
            "unknown",
            (),
            "no dated roles",
        )
    needs["years"] = Need(need, f"{years:g} years")
    if years < lo:
        share = years / lo if lo else 0.0
        status = "partial" if share > 0 else "missing"
    elif years > hi:
        share = max(OVER_RANGE_FLOOR, 1 - OVER_RANGE_STEP * (years - hi))
        status = "partial"
    else:
        share, status = 1.0, "met"
    ev = facts.years_evidence if status != "missing" else ()
    if not ev and status != "missing":
        status, share = "unknown", UNKNOWN_CREDIT
    detail = f"{years:g} years (range {need})"
    if facts.relevance < 1 and status in ("met", "partial"):
        share *= facts.relevance
        status = "partial"
        detail += f"; counted at {facts.relevance:.0%}: little account work shown"
    return _criterion(
        "years", "Years of experience", "Số năm kinh nghiệm", w, share, status, ev, detail
    )


def _credit_row(profile: JobProfile, profiles: ProfileSet) -> dict[str, float]:
    level = profile.id if profile.id in profiles.titles.credit else profile.base_level
    return dict(profiles.titles.credit.get(level or "", {}))


def _title_criterion(
    profile: JobProfile, profiles: ProfileSet, facts: Facts, needs: dict[str, Need]
) -> Criterion:
    w = profile.weights.title
    need = ", ".join(profile.typical_titles[:3]) or profile.name_en
    if not facts.titles:
        needs["title"] = Need(need, "no title found")
        return _criterion(
            "title",
            "Title and seniority",
            "Chức danh và cấp bậc",
            w,
            UNKNOWN_CREDIT,
            "unknown",
            (),
            "no job title found",
        )
    row = _credit_row(profile, profiles)
    best, best_ev, best_title = 0.0, None, facts.titles[0][0]
    for i, (title, kind, ev) in enumerate(facts.titles):
        credit = row.get(kind or "", 0.0) * (1.0 if i == 0 else 0.7)
        if credit > best:
            best, best_ev, best_title = credit, ev, title
    needs["title"] = Need(need, best_title)
    status = "met" if best >= 0.95 else "partial" if best > 0 else "missing"
    kinds = ", ".join(f"{t} -> {k or 'unmapped'}" for t, k, _ in facts.titles[:4])
    return _criterion(
        "title",
        "Title and seniority",
        "Chức danh và cấp bậc",
        w,
        best,
        status,
        (best_ev,) if best_ev and best > 0 else (),
        kinds,
    )


def _resp_criteria(
    profile: JobProfile,
    scan: Scan,
    hits: dict[str, SkillHit],
    needs: dict[str, Need],
    *,
    relevance: float = 1.0,
) -> list[Criterion]:
    resps = profile.responsibilities
    out = []
    for resp in resps:
        w = profile.weights.responsibilities / len(resps)
        work: dict[tuple[str, str], Evidence] = {}
        listed: dict[tuple[str, str], Evidence] = {}
        evs = [e for sid in resp.skills if sid in hits for e in hits[sid].evidence]
        evs += [scan.evidence(h) for p in resp.phrases for h in scan.find(phrase_key(p))]
        for e in evs:
            (work if e.section in WORK_SECTIONS else listed).setdefault((e.section, e.text), e)
        if work:
            share, status, ev = 1.0, "met", tuple(work.values())[:5]
        elif listed:
            share, status, ev = 0.5, "partial", tuple(listed.values())[:5]
        else:
            share, status, ev = 0.0, "missing", ()
        cid = f"resp.{resp.id}"
        needs[cid] = Need(
            resp.label_en,
            "shown in work history"
            if work
            else "only listed as a skill"
            if listed
            else "not shown",
        )
        detail = ""
        if share > 0 and relevance < 1:  # leading cooks is not leading AEs
            share *= relevance
            status = "partial"
            detail = f"counted at {relevance:.0%}: little account work shown"
        out.append(_criterion(cid, resp.label_en, resp.label_vi, w, share, status, ev, detail))
    return out


def _english_criterion(profile: JobProfile, facts: Facts, needs: dict[str, Need]) -> Criterion:
    w = profile.weights.english
    want = ENGLISH_RANK.get(profile.english.level, 1)
    bits = [profile.english.level]
    if profile.english.ielts:
        bits.append(f"IELTS {profile.english.ielts:g}")
    if profile.english.toeic:
        bits.append(f"TOEIC {profile.english.toeic}")
    need = " / ".join(bits)
    if facts.english_rank is None or not facts.english_evidence:
        needs["english"] = Need(need, "not stated")
        return _criterion(
            "english",
            "English",
            "Tiếng Anh",
            w,
            UNKNOWN_CREDIT,
            "unknown",
            (),
            "no English level stated",
        )
    have = facts.english_rank
    needs["english"] = Need(need, facts.english_text)
    share = 1.0 if have >= want else max(0.0, have / want) if want else 1.0
    status = "met" if share >= 1 else "partial" if share > 0 else "missing"
    return _criterion(
        "english",
        "English",
        "Tiếng Anh",
        w,
        share,
        status,
        facts.english_evidence[:3],
        facts.english_text,
    )


def _orientation_criterion(
    profile: JobProfile, orient: Orientation, needs: dict[str, Need]
) -> Criterion:
    w = profile.weights.orientation
    needs["orientation"] = Need("account", orient.label)
    table = {
        "account": (1.0, "met"),
        "mixed": (0.7, "partial"),
        "sales": (SALES_ORIENTATION_CREDIT, "partial"),
        "unclear": (0.0, "unknown"),
    }
    share, status = table[orient.label]
    ev = orient.account_evidence[:5] if orient.label != "sales" else orient.sales_evidence[:5]
    return _criterion(
        "orientation",
        "Account (farming) focus",
        "Thiên về account (chăm sóc)",
        w,
        share,
        status,
        ev,
        f"{orient.label}: account {orient.account:g} / sales {orient.sales:g}",
    )


def band_for(profile: JobProfile, facts: Facts) -> tuple[str, tuple[float, float]]:
    """The junior/senior band of ``profile`` that the years (or a senior title) point to."""
    bands = sorted(profile.bands, key=lambda b: b.min_years)
    chosen = bands[0]
    if facts.account_years is not None:
        for b in bands:
            if facts.account_years >= b.min_years:
                chosen = b
    senior = profile.band("senior")
    if senior is not None and facts.titles:
        kind = facts.titles[0][1]
        if (profile.id == "ae" and kind in ("senior_ae", "am", "ad")) or (
            profile.id == "am" and kind == "ad"
        ):
            chosen = senior
    return chosen.name, (chosen.min_mvnd, chosen.max_mvnd)


def score_level(
    profile: JobProfile,
    profiles: ProfileSet,
    *,
    facts: Facts,
    scan: Scan,
    skills: tuple[SkillHit, ...],
    orient: Orientation,
) -> tuple[LevelFit, dict[str, Need]]:
    """One level's fit: criteria whose points add up to the score, and what each needs."""
    hits = {h.id: h for h in skills}
    needs: dict[str, Need] = {}
    criteria = [
        *_skill_criteria(profile, profiles, hits, needs, relevance=facts.relevance),
        _years_criterion(profile, facts, needs),
        _title_criterion(profile, profiles, facts, needs),
        *_resp_criteria(profile, scan, hits, needs, relevance=facts.relevance),
        _english_criterion(profile, facts, needs),
        _orientation_criterion(profile, orient, needs),
    ]
    criteria = [c for c in criteria if c.weight > 0]
    score = _round(sum(c.points for c in criteria))
    band, band_mvnd = band_for(profile, facts)
    return LevelFit(profile.id, score, band, band_mvnd, tuple(criteria)), needs


def best_level_of(
    fits: dict[str, LevelFit], ladder: list[str], *, threshold: float = FIT_THRESHOLD
) -> str | None:
    """The highest ladder level within ``LADDER_MARGIN`` of the best score, if it fits at all.

    A higher level's profile contains most of the lower one's, so an Account Manager also
    scores well as an AE; a near tie means the candidate already works at the higher level.
    """
    scored = [(fits[k].score, k) for k in ladder if k in fits]
    if not scored:
        return None
    top = max(score for score, _ in scored)
    if top < threshold:
        return None
    return [k for score, k in scored if score >= max(threshold, top - LADDER_MARGIN)][-1]


def salary_fit(
    candidate: Candidate, level: str | None, fit: LevelFit | None, *, fits_level: bool = True
) -> SalaryFit:
    """Expected salary against the level's band: within / below / above / unknown.

    ``fits_level`` False (no account level fits): the nearest band is shown, the fit is
    "unknown" because a look-alike has no account band to be measured against.
    """
    if fit is None:
        return SalaryFit(None, None, None, None, "unknown")
    if not fits_level:
        exp = candidate.expected_salary
        expected = None
        if exp is not None and not exp.negotiable and (exp.min_mvnd or exp.max_mvnd):
            lo = exp.min_mvnd if exp.min_mvnd is not None else exp.max_mvnd
            hi = exp.max_mvnd if exp.max_mvnd is not None else exp.min_mvnd
            expected = (lo, hi)
        return SalaryFit(level, fit.band, fit.band_mvnd, expected, "unknown")
    exp = candidate.expected_salary
    lo = exp.min_mvnd if exp else None
    hi = exp.max_mvnd if exp else None
    if exp is None or exp.negotiable or (lo is None and hi is None):
        return SalaryFit(level, fit.band, fit.band_mvnd, None, "unknown")
    lo = lo if lo is not None else hi
    hi = hi if hi is not None else lo
    assert lo is not None and hi is not None
    bmin, bmax = fit.band_mvnd
    label = "below" if hi < bmin else "above" if lo > bmax else "within"
    return SalaryFit(level, fit.band, fit.band_mvnd, (lo, hi), label)
