"""Score one CV against one level: named criteria whose points add up to the 0-100 score.

Criteria (weights from levels/<id>.yaml, explained in job_profiles/README.md):
``skill.<id>`` per expected skill (depth seen versus depth expected), ``years`` against the
range, ``title`` through the title map, ``resp.<id>`` per level-marking responsibility,
``english`` and ``orientation``. Pure functions: the same inputs give the same numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from matcher.profiles import (
    ENGLISH_LEVELS,
    LADDER_KINDS,
    Band,
    JobProfile,
    ProfileSet,
    fold_chars,
    quick_key,
)
from matcher.skills import Scan
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
_TITLE_PARTS = re.compile(r"\s[-–|,]\s|\s\s+")  # where a short line splits into title pieces


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
    depths: Mapping[str, float] = field(default_factory=dict)  # seen_depth per skill hit


class Need(NamedTuple):
    """What a criterion asks for and what the CV shows (for readiness gaps).

    A NamedTuple: scoring makes a few dozen per CV, and a tuple is cheaper to build than a
    frozen dataclass.
    """

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


def _title_kind(
    kind: str | None, lookalike: str | None, profiles: ProfileSet, scan: Scan, ctx: dict[int, bool]
) -> str | None:
    """Ladder kind, "related", or the look-alike name (e.g. "sales") of a classified title.

    ``ctx`` remembers, for one CV, which look-alike contexts (titles.yaml) its lines show.
    """
    if kind in LADDER_KINDS:
        for i, rule in enumerate(profiles.titles.context_kinds):
            if kind in rule.applies_to:
                shown = ctx.get(i)
                if shown is None:
                    shown = ctx[i] = len(scan.lines_with(rule.phrases)) >= rule.min_hits
                if shown:
                    return rule.lookalike
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
    ctx: dict[int, bool] = {}
    classified: dict[str, tuple[str | None, str | None]] = {}  # this CV's titles, classified
    classify_key = profiles.titles.classify_key
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
        classified[title] = classify_key(key)
        titles.append((title, _title_kind(*classified[title], profiles, scan, ctx), ev))
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
    for title, classified, ev in _line_titles(sections, profiles, seen):
        titles.append((title, _title_kind(*classified, profiles, scan, ctx), ev))
    rel = profiles.relevance
    shown_depths = [(h.id, seen_depth(h.evidence)) for h in skills]
    shown = sum(min(1.0, depth / 3) for sid, depth in shown_depths if sid in rel.skills)
    relevance = max(rel.floor, min(1.0, shown / rel.full_at)) if rel.skills else 1.0
    return Facts(
        candidate.years_experience,
        years_ev,
        tuple(titles),
        rank,
        text,
        ev_eng,
        relevance,
        _account_years(candidate, profiles, classified=classified),
        dict(shown_depths),
    )


def _months(start: str | None, end: str | None) -> int | None:
    """Inclusive months between two "YYYY-MM" dates (None for "present" or a missing date)."""
    try:
        y1, m1 = (int(x) for x in (start or "").split("-")[:2])
        y2, m2 = (int(x) for x in (end or "").split("-")[:2])
    except ValueError:
        return None
    return max(0, (y2 - y1) * 12 + m2 - m1 + 1)


def _account_years(
    candidate: Candidate,
    profiles: ProfileSet,
    *,
    classified: Mapping[str, tuple[str | None, str | None]] | None = None,
) -> float | None:
    """Total years minus closed past roles outside account work (teaching, internships...).

    Bands follow the experience relevant to the level: teaching years do not make a senior AE.
    ``classified``: titles of this CV already through ``TitleMap.classify``.
    """
    known = classified or {}
    years = candidate.years_experience
    if years is None:
        return None
    other = 0
    for role in candidate.roles:
        title = role.title or ""
        kind, _ = known[title] if title in known else profiles.titles.classify(title)
        if role.internship or kind in (None, "intern", "not_account"):
            months = _months(role.start, role.end)
            other += months or 0
    return max(0.0, years - other / 12)


def _line_titles(
    sections, profiles: ProfileSet, seen: set[str]
) -> list[tuple[str, tuple[str | None, str | None], Evidence]]:
    """Short header/experience lines the title map knows: a fallback when roles lack titles.

    Each title comes with its (kind, lookalike) from the title map and its evidence.
    """
    out: list[tuple[str, tuple[str | None, str | None], Evidence]] = []
    titles = profiles.titles
    for section in sections:
        if section.name not in ("header", "experience", "objective"):
            continue
        for line in section.lines[:MAX_TITLE_LINES]:
            folded = fold_chars(line)  # one character for one: offsets stay
            spans: Iterable[tuple[int, int]] = ((0, len(line)),)  # most lines: one piece
            # every separator folds to two or more spaces: no such run, no separator
            if "  " in folded and _TITLE_PARTS.search(line) is not None:
                cuts = [0]
                for m in _TITLE_PARTS.finditer(line):
                    cuts += (m.start(), m.end())
                cuts.append(len(line))
                spans = zip(cuts[::2], cuts[1::2], strict=True)
            for a, b in spans:
                # the piece's quick_key words (spaces fold to spaces); one more means too many
                words = folded[a:b].split(None, MAX_TITLE_WORDS)
                if not words or len(words) > MAX_TITLE_WORDS:
                    continue
                key = " ".join(words)
                if key in seen:
                    continue
                classified = titles.classify_key(key)
                if classified[0] is None:
                    continue
                seen.add(key)
                part = line[a:b].strip()
                start = line.find(part)
                out.append(
                    (part, classified, Evidence(section.name, line, start, start + len(part)))
                )
                if len(out) == MAX_LINE_TITLES:
                    return out  # later finds would be cut off anyway
    return out


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


# ---- per-level tables, built once per profile (everything that does not depend on the CV) ----

_ORIENTATION_SHARE = {
    "account": (1.0, "met"),
    "mixed": (0.7, "partial"),
    "sales": (SALES_ORIENTATION_CREDIT, "partial"),
    "unclear": (0.0, "unknown"),
}


@dataclass(frozen=True)
class _SkillRow:
    id: str
    cid: str
    depth: float
    name_en: str
    name_vi: str
    weight: float
    need: str
    scaled: bool  # scaled by relevance (not itself a sign of account work)
    missing: Criterion  # the criterion when the CV shows nothing
    missing_need: Need


@dataclass(frozen=True)
class _RespRow:
    id: str
    cid: str
    label_en: str
    label_vi: str
    skills: tuple[str, ...]
    keys: tuple[str, ...]  # match keys of its phrases
    needs: tuple[Need, Need, Need]  # shown in work history, only listed, not shown
    missing: Criterion


@dataclass(frozen=True)
class _Plan:
    """What one level asks, precomputed: per-CV scoring only fills in what the CV shows."""

    skills: tuple[_SkillRow, ...]
    resps: tuple[_RespRow, ...]
    resp_weight: float
    years_need: str
    years_unknown: Criterion
    title_need: str
    title_unknown: Criterion
    credit: Mapping[str, float]
    english_want: int
    english_need: str
    english_unknown: Criterion
    bands: tuple[Band, ...]  # by min_years
    senior: Band | None


_PLANS: dict[int, tuple[JobProfile, ProfileSet, _Plan]] = {}
MAX_PLANS = 64  # levels plus a few job descriptions; the cache starts over when full


def _plan(profile: JobProfile, profiles: ProfileSet) -> _Plan:
    """The level's tables, built on first use and kept while the same objects are in use."""
    entry = _PLANS.get(id(profile))
    if entry is not None and entry[0] is profile and entry[1] is profiles:
        return entry[2]
    plan = _build_plan(profile, profiles)
    if len(_PLANS) >= MAX_PLANS:
        _PLANS.clear()
    _PLANS[id(profile)] = (profile, profiles, plan)  # holds both, so the ids stay theirs
    return plan


def _build_plan(profile: JobProfile, profiles: ProfileSet) -> _Plan:
    reqs = [r for r in profile.skills if r.depth > 0 and r.weight > 0]
    total = sum(r.weight for r in reqs) or 1.0
    skill_rows = []
    for req in reqs:
        skill = profiles.skills[req.id]
        weight = profile.weights.skills * req.weight / total
        cid = f"skill.{req.id}"
        detail = f"depth {0.0:.1f} of {req.depth:g}"
        need = f"depth {req.depth:g} ({DEPTH_WORDS.get(round(req.depth), '')})"
        skill_rows.append(
            _SkillRow(
                req.id,
                cid,
                req.depth,
                skill.name_en,
                skill.name_vi,
                weight,
                need,
                req.id not in profiles.relevance.skills,
                _criterion(cid, skill.name_en, skill.name_vi, weight, 0.0, "missing", (), detail),
                Need(need, "no evidence"),
            )
        )
    resps = profile.responsibilities
    resp_weight = profile.weights.responsibilities / len(resps) if resps else 0.0
    resp_rows = []
    for resp in resps:
        cid = f"resp.{resp.id}"
        resp_rows.append(
            _RespRow(
                resp.id,
                cid,
                resp.label_en,
                resp.label_vi,
                resp.skills,
                tuple(match_key(p) for p in resp.phrases),
                (
                    Need(resp.label_en, "shown in work history"),
                    Need(resp.label_en, "only listed as a skill"),
                    Need(resp.label_en, "not shown"),
                ),
                _criterion(cid, resp.label_en, resp.label_vi, resp_weight, 0.0, "missing"),
            )
        )
    w = profile.weights
    bits = [profile.english.level]
    if profile.english.ielts:
        bits.append(f"IELTS {profile.english.ielts:g}")
    if profile.english.toeic:
        bits.append(f"TOEIC {profile.english.toeic}")
    level = profile.id if profile.id in profiles.titles.credit else profile.base_level
    return _Plan(
        skills=tuple(skill_rows),
        resps=tuple(resp_rows),
        resp_weight=resp_weight,
        years_need=f"{profile.years_min:g}-{profile.years_max:g} years",
        years_unknown=_criterion(
            "years",
            "Years of experience",
            "Số năm kinh nghiệm",
            w.years,
            UNKNOWN_CREDIT,
            "unknown",
            (),
            "no dated roles",
        ),
        title_need=", ".join(profile.typical_titles[:3]) or profile.name_en,
        title_unknown=_criterion(
            "title",
            "Title and seniority",
            "Chức danh và cấp bậc",
            w.title,
            UNKNOWN_CREDIT,
            "unknown",
            (),
            "no job title found",
        ),
        credit=dict(profiles.titles.credit.get(level or "", {})),
        english_want=ENGLISH_RANK.get(profile.english.level, 1),
        english_need=" / ".join(bits),
        english_unknown=_criterion(
            "english",
            "English",
            "Tiếng Anh",
            w.english,
            UNKNOWN_CREDIT,
            "unknown",
            (),
            "no English level stated",
        ),
        bands=tuple(sorted(profile.bands, key=lambda b: b.min_years)),
        senior=profile.band("senior"),
    )


# ---- criteria ---------------------------------------------------------------------------------


def _skill_criteria(
    plan: _Plan, hits: dict[str, SkillHit], facts: Facts, needs: dict[str, Need]
) -> list[Criterion]:
    relevance = facts.relevance
    depths = facts.depths
    out = []
    for row in plan.skills:
        hit = hits.get(row.id)
        evidence = hit.evidence if hit else ()
        if not evidence:
            needs[row.cid] = row.missing_need
            out.append(row.missing)
            continue
        seen = depths[row.id] if row.id in depths else seen_depth(evidence)
        share = min(1.0, seen / row.depth)
        status = "met" if seen >= row.depth else "partial"
        shown = f"{seen:.1f}"
        detail = f"depth {shown} of {row.depth:g}"
        if relevance < 1 and row.scaled:
            share *= relevance  # team leadership in a kitchen is not leading an account team
            status = "partial"
            detail += f"; counted at {relevance:.0%}: little account work shown"
        needs[row.cid] = Need(row.need, f"depth {shown}")
        out.append(
            Criterion(
                row.cid,
                row.name_en,
                row.name_vi,
                row.missing.weight,
                _round(row.weight * share),
                status,
                evidence,
                detail,
            )
        )
    return out


def _years_criterion(
    profile: JobProfile, plan: _Plan, facts: Facts, needs: dict[str, Need]
) -> Criterion:
    lo, hi, years = profile.years_min, profile.years_max, facts.years
    need = plan.years_need
    if years is None:
        needs["years"] = Need(need, "not stated")
        return plan.years_unknown
    w = profile.weights.years
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


def _title_criterion(
    profile: JobProfile, plan: _Plan, facts: Facts, needs: dict[str, Need]
) -> Criterion:
    need = plan.title_need
    if not facts.titles:
        needs["title"] = Need(need, "no title found")
        return plan.title_unknown
    row = plan.credit
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
        profile.weights.title,
        best,
        status,
        (best_ev,) if best_ev and best > 0 else (),
        kinds,
    )


def _resp_criteria(
    plan: _Plan, scan: Scan, hits: dict[str, SkillHit], facts: Facts, needs: dict[str, Need]
) -> list[Criterion]:
    relevance = facts.relevance
    out = []
    for row in plan.resps:
        evs = [e for sid in row.skills if sid in hits for e in hits[sid].evidence]
        for key in row.keys:
            found = scan.find(key)
            if found:
                evs += [scan.evidence(h) for h in found]
        if not evs:
            needs[row.cid] = row.needs[2]
            out.append(row.missing)
            continue
        work: dict[tuple[str, str], Evidence] = {}
        listed: dict[tuple[str, str], Evidence] = {}
        for e in evs:
            (work if e.section in WORK_SECTIONS else listed).setdefault((e.section, e.text), e)
        if work:
            share, status, ev, need = 1.0, "met", tuple(work.values())[:5], row.needs[0]
        else:
            share, status, ev, need = 0.5, "partial", tuple(listed.values())[:5], row.needs[1]
        needs[row.cid] = need
        detail = ""
        if relevance < 1:  # leading cooks is not leading AEs
            share *= relevance
            status = "partial"
            detail = f"counted at {relevance:.0%}: little account work shown"
        out.append(
            _criterion(
                row.cid, row.label_en, row.label_vi, plan.resp_weight, share, status, ev, detail
            )
        )
    return out


def _english_criterion(
    profile: JobProfile, plan: _Plan, facts: Facts, needs: dict[str, Need]
) -> Criterion:
    need = plan.english_need
    if facts.english_rank is None or not facts.english_evidence:
        needs["english"] = Need(need, "not stated")
        return plan.english_unknown
    want = plan.english_want
    have = facts.english_rank
    needs["english"] = Need(need, facts.english_text)
    share = 1.0 if have >= want else max(0.0, have / want) if want else 1.0
    status = "met" if share >= 1 else "partial" if share > 0 else "missing"
    return _criterion(
        "english",
        "English",
        "Tiếng Anh",
        profile.weights.english,
        share,
        status,
        facts.english_evidence[:3],
        facts.english_text,
    )


def _orientation_criterion(
    profile: JobProfile, orient: Orientation, needs: dict[str, Need]
) -> Criterion:
    needs["orientation"] = Need("account", orient.label)
    share, status = _ORIENTATION_SHARE[orient.label]
    ev = orient.account_evidence[:5] if orient.label != "sales" else orient.sales_evidence[:5]
    return _criterion(
        "orientation",
        "Account (farming) focus",
        "Thiên về account (chăm sóc)",
        profile.weights.orientation,
        share,
        status,
        ev,
        f"{orient.label}: account {orient.account:g} / sales {orient.sales:g}",
    )


def _band(
    profile: JobProfile, bands: tuple[Band, ...], senior: Band | None, facts: Facts
) -> tuple[str, tuple[float, float]]:
    chosen = bands[0]
    if facts.account_years is not None:
        for b in bands:
            if facts.account_years >= b.min_years:
                chosen = b
    if senior is not None and facts.titles:
        kind = facts.titles[0][1]
        if (profile.id == "ae" and kind in ("senior_ae", "am", "ad")) or (
            profile.id == "am" and kind == "ad"
        ):
            chosen = senior
    return chosen.name, (chosen.min_mvnd, chosen.max_mvnd)


def band_for(profile: JobProfile, facts: Facts) -> tuple[str, tuple[float, float]]:
    """The junior/senior band of ``profile`` that the years (or a senior title) point to."""
    bands = tuple(sorted(profile.bands, key=lambda b: b.min_years))
    return _band(profile, bands, profile.band("senior"), facts)


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
    plan = _plan(profile, profiles)
    hits = {h.id: h for h in skills}
    needs: dict[str, Need] = {}
    criteria = [
        *_skill_criteria(plan, hits, facts, needs),
        _years_criterion(profile, plan, facts, needs),
        _title_criterion(profile, plan, facts, needs),
        *_resp_criteria(plan, scan, hits, facts, needs),
        _english_criterion(profile, plan, facts, needs),
        _orientation_criterion(profile, orient, needs),
    ]
    criteria = [c for c in criteria if c.weight > 0]
    score = _round(sum(c.points for c in criteria))
    band, band_mvnd = _band(profile, plan.bands, plan.senior, facts)
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
