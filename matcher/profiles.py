"""Load and validate the job profiles in ``job_profiles/`` (skills, titles, signals, levels).

Every domain fact the scorer uses lives in those YAML files; this module turns them into frozen
objects and reports a bad file as ``file: field: what is wrong`` (``ProfileError``).
Only this module's own files are read: skills.yaml, titles.yaml, signals.yaml, advice.yaml and
levels/*.yaml (headings.yaml and friends belong to the reading stage).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from matcher.text import fold, match_key
from matcher.yamlfile import load_yaml

SCHEMA_VERSION = 1
DEFAULT_FOLDER = Path(__file__).resolve().parents[1] / "job_profiles"
OWN_FILES = ("skills.yaml", "titles.yaml", "signals.yaml", "advice.yaml")
WEIGHT_KEYS = ("skills", "years", "title", "responsibilities", "english", "orientation")
ENGLISH_LEVELS = ("none", "basic", "intermediate", "advanced", "fluent", "native")
LADDER_KINDS = ("intern", "ae", "senior_ae", "am", "ad")
TITLE_KINDS = (*LADDER_KINDS, "related", "not_account")
CONTEXT_SCOPES = ("nearby", "document")
GLUED_TITLE_MIN = 5  # shortest pattern looked for inside a title whose spaces were lost


def _trie_regex(words: Iterable[str]) -> re.Pattern[str]:
    """One regex for literals of one length, shaped as a trie (one pass finds any of them).

    (matcher.skills has a general one, but it imports spaCy and this module.)

    >>> _trie_regex(["brief", "budge", "bulks"]).findall("xbudgebrief")
    ['budge', 'brief']
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})

    def emit(node: dict[str, dict]) -> str:
        parts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items())]
        return "" if not parts else parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"

    return re.compile(emit(trie) or "(?!)")


class _FoldTable(dict):
    """``str.translate`` table built lazily: each character folds to exactly one character."""

    def __missing__(self, code: int) -> str:
        folded = fold(chr(code))
        folded = "".join(ch if ch.isalnum() or ch == "_" else " " for ch in folded)
        value = folded.replace("y", "i")[:1] or " "
        self[code] = value
        return value


FOLD_TABLE = _FoldTable()
# the same folding of the 128 ASCII characters as a byte table: ``bytes.translate`` runs in C,
# where ``str.translate`` asks the dict subclass for every character (2.5x slower per line)
_ASCII_FOLD = bytes(ord(FOLD_TABLE[c]) for c in range(128)) + bytes(range(128, 256))


def fold_chars(text: str) -> str:
    """``text`` through ``FOLD_TABLE``: each character folded to one character, so offsets
    stay (word characters lower-cased without diacritics, y as i, the rest as spaces).

    >>> fold_chars("Kỹ năng: Báo giá")
    'ki nang  bao gia'
    """
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
    return text.translate(FOLD_TABLE)


def quick_key(text: str) -> str:
    """``match_key`` for NFC text through one ``str.translate`` (the hot path of scoring).

    >>> quick_key("Kĩ năng: BÁO GIÁ") == match_key("Kĩ năng: BÁO GIÁ")
    True
    """
    return " ".join(fold_chars(text).split())


class ProfileError(ValueError):
    """A job-profile file is invalid; the message reads ``file: field: what is wrong``."""


# ---- data ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Alias:
    phrase: str
    key: str  # match_key(phrase)
    require: str | None = None  # context that must be nearby
    reject: str | None = None  # context that, present in the CV, drops the hit


@dataclass(frozen=True)
class Skill:
    id: str
    name_en: str
    name_vi: str
    category: str
    aliases: tuple[Alias, ...]
    advice_en: str = ""
    advice_vi: str = ""


@dataclass(frozen=True)
class SkillReq:
    id: str
    depth: float  # 0 not expected .. 4 sets direction across accounts
    weight: float  # relative importance inside the skills share


@dataclass(frozen=True)
class Band:
    name: str  # "junior" | "senior"
    min_mvnd: float
    max_mvnd: float
    min_years: float = 0.0


@dataclass(frozen=True)
class Responsibility:
    id: str
    label_en: str
    label_vi: str
    skills: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    advice_en: str = ""
    advice_vi: str = ""


@dataclass(frozen=True)
class EnglishNeed:
    level: str = "basic"
    ielts: float | None = None
    toeic: int | None = None


@dataclass(frozen=True)
class Weights:
    skills: float
    years: float
    title: float
    responsibilities: float
    english: float
    orientation: float

    def as_dict(self) -> dict[str, float]:
        return {k: getattr(self, k) for k in WEIGHT_KEYS}


@dataclass(frozen=True)
class JobProfile:
    """One level (or a job description): what it expects and how much each part weighs."""

    id: str
    rank: int
    name_en: str
    name_vi: str
    weights: Weights
    years_min: float
    years_max: float
    bands: tuple[Band, ...]
    english: EnglishNeed
    skills: tuple[SkillReq, ...]
    responsibilities: tuple[Responsibility, ...] = ()
    typical_titles: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # e.g. discriminatory asks found in a job description
    base_level: str | None = None  # for a JD profile: the level it started from

    def skill(self, skill_id: str) -> SkillReq | None:
        return next((s for s in self.skills if s.id == skill_id), None)

    def band(self, name: str) -> Band | None:
        return next((b for b in self.bands if b.name == name), None)


@dataclass(frozen=True)
class ContextRule:
    name: str
    scope: str  # "nearby" | "document"
    phrases: tuple[str, ...]
    window: int = 1
    min_hits: int = 1


@dataclass(frozen=True)
class OrientationConfig:
    min_total: float
    account_share: float
    sales_share: float
    account: tuple[tuple[str, float], ...]
    sales: tuple[tuple[str, float], ...]
    # the same (phrase, weight) pairs with each phrase as its match key (built here, once)
    account_keys: tuple[tuple[str, float], ...] = field(init=False, repr=False, compare=False)
    sales_keys: tuple[tuple[str, float], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for side in ("account", "sales"):
            keyed = tuple((match_key(p), w) for p, w in getattr(self, side))
            object.__setattr__(self, f"{side}_keys", keyed)


@dataclass(frozen=True)
class JdFlag:
    id: str
    phrases: tuple[str, ...]
    patterns: tuple[str, ...]
    warning_en: str
    warning_vi: str


@dataclass(frozen=True)
class ContextKind:
    lookalike: str
    applies_to: tuple[str, ...]
    phrases: tuple[str, ...]
    min_hits: int = 2


@dataclass(frozen=True)
class TitleMap:
    patterns: tuple[tuple[str, str, str | None], ...]  # (match key, kind, lookalike name)
    credit: Mapping[str, Mapping[str, float]]
    context_kinds: tuple[ContextKind, ...] = ()
    seniority: tuple[tuple[str, str], ...] = ()  # (match key, ladder kind)

    def __post_init__(self) -> None:
        index: dict[str, tuple[str, str | None]] = {}
        for pattern, kind, lookalike in self.patterns:
            index.setdefault(pattern, (kind, lookalike))
        # tuple of words -> (text length, kind, lookalike), and per first word the most words
        # a pattern starting with it has: a title's words are looked up, never joined
        by_words: dict[tuple[str, ...], tuple[int, str, str | None]] = {}
        most_words: dict[str, int] = {}
        for pattern, (kind, lookalike) in index.items():
            words = tuple(pattern.split())
            if words:
                by_words[words] = (len(pattern), kind, lookalike)
                most_words[words[0]] = max(most_words.get(words[0], 0), len(words))
        glued = sorted(
            ((p.replace(" ", ""), k, lk) for p, k, lk in self.patterns
             if len(p.replace(" ", "")) >= GLUED_TITLE_MIN),
            key=lambda t: -len(t[0]),
        )  # fmt: skip
        # glued patterns by their first GLUED_TITLE_MIN letters, in priority order
        glued_heads: dict[str, list[tuple[int, str, str, str | None]]] = {}
        for rank, (text, kind, lookalike) in enumerate(glued):
            glued_heads.setdefault(text[:GLUED_TITLE_MIN], []).append((rank, text, kind, lookalike))
        object.__setattr__(self, "_by_words", by_words)
        object.__setattr__(self, "_most_words", most_words)
        object.__setattr__(self, "_glued_heads", glued_heads)
        object.__setattr__(self, "_glued_any", _trie_regex(glued_heads))

    def classify(self, title: str) -> tuple[str | None, str | None]:
        """(kind, lookalike) of the longest pattern found in ``title`` as whole words.

        Titles whose PDF text lost its spaces ("BUSINESS DEVELOPMENTMANAGER") fall back to the
        longest pattern of at least ``GLUED_TITLE_MIN`` letters found inside the glued text.
        """
        return self.classify_key(quick_key(title))

    def classify_key(self, key: str) -> tuple[str | None, str | None]:
        """``classify`` of a title already through ``quick_key``.

        The longest pattern text wins; on a tie the one of more words, then the earliest.
        Nothing is remembered between calls: a long-lived pipeline keeps no CV line.
        """
        words = tuple(key.split())
        by_words = self._by_words  # type: ignore[attr-defined]
        most_words = self._most_words  # type: ignore[attr-defined]
        count = len(words)
        best: tuple[int, int, str, str | None] | None = None
        # most keys hold no pattern's first word: one set test instead of a loop over words
        for i, word in enumerate(() if most_words.keys().isdisjoint(words) else words):
            top = most_words.get(word)
            if top is None:
                continue
            # at one position more words always mean a longer text: the first found is best
            for n in range(min(top, count - i), 0, -1):
                hit = by_words.get(words[i : i + n])
                if hit is not None:
                    if best is None or (hit[0], n) > best[:2]:
                        best = (hit[0], n, hit[1], hit[2])
                    break
        if best is not None:
            return best[2], best[3]
        compact = "".join(words)
        first = self._glued_any.search(compact)  # type: ignore[attr-defined]
        if first is None:
            return None, None
        heads = self._glued_heads  # type: ignore[attr-defined]
        found: tuple[int, str, str | None] | None = None
        for pos in range(first.start(), len(compact) - GLUED_TITLE_MIN + 1):
            group = heads.get(compact[pos : pos + GLUED_TITLE_MIN])
            if group is None:
                continue
            for rank, text, kind, lookalike in group:
                if found is not None and rank >= found[0]:
                    break
                if compact.startswith(text, pos):
                    found = (rank, kind, lookalike)
                    break
        return (found[1], found[2]) if found is not None else (None, None)

    def seniority_of(self, title: str) -> str | None:
        key = f" {match_key(title)} "
        for pattern, kind in self.seniority:
            if f" {pattern} " in key:
                return kind
        return None


@dataclass(frozen=True)
class Signals:
    contexts: Mapping[str, ContextRule]
    orientation: OrientationConfig
    jd_flags: tuple[JdFlag, ...]


@dataclass(frozen=True)
class Relevance:
    """Which skills show account work, and how much evidence makes years count in full."""

    skills: tuple[str, ...] = ()
    full_at: float = 4.0
    floor: float = 0.1


@dataclass(frozen=True)
class ProfileSet:
    """Everything loaded from job_profiles/; ``version`` changes whenever a file does."""

    version: str
    levels: Mapping[str, JobProfile]  # ordered by rank: "ae", "am", "ad"
    skills: Mapping[str, Skill]
    titles: TitleMap
    signals: Signals
    advice: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    relevance: Relevance = field(default_factory=Relevance)

    def with_level(self, profile: JobProfile) -> ProfileSet:
        """A copy with ``profile`` replacing (or adding) its level; the version changes too."""
        _check_profile(profile, self, source=f"<{profile.id}>")
        levels = dict(self.levels)
        levels[profile.id] = profile
        ordered = dict(sorted(levels.items(), key=lambda kv: (kv[1].rank, kv[0])))
        digest = hashlib.sha256(profile_to_yaml(profile).encode()).hexdigest()[:8]
        return replace(self, levels=ordered, version=f"{self.version}+{profile.id}.{digest}")

    def next_level(self, level: str | None) -> str | None:
        """The level above ``level`` on the ladder (the lowest one for None)."""
        ids = [k for k, v in self.levels.items() if v.id in self.levels and k != "jd"]
        if level is None:
            return ids[0] if ids else None
        if level not in ids:
            return None
        i = ids.index(level)
        return ids[i + 1] if i + 1 < len(ids) else None


# ---- loading ------------------------------------------------------------------------------


class _Errors:
    def __init__(self, source: str) -> None:
        self.source = source
        self.items: list[str] = []

    def add(self, where: str, what: str) -> None:
        self.items.append(f"{self.source}: {where}: {what}")

    def raise_if_any(self) -> None:
        if self.items:
            raise ProfileError("\n".join(self.items))


def _read_yaml(path: Path) -> tuple[Any, bytes]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ProfileError(f"{path.name}: file: cannot be read ({exc.strerror})") from exc
    try:
        data = load_yaml(raw)
    except yaml.YAMLError as exc:
        raise ProfileError(f"{path.name}: yaml: not valid YAML ({exc})") from exc
    return data, raw


def _check_schema(data: Any, err: _Errors) -> bool:
    if not isinstance(data, dict):
        err.add("(top)", "must be a mapping")
        return False
    if data.get("schema_version") != SCHEMA_VERSION:
        err.add("schema_version", f"must be {SCHEMA_VERSION}, got {data.get('schema_version')!r}")
    return True


def _str(value: Any, where: str, err: _Errors, *, required: bool = True) -> str:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if required or value is not None:
        err.add(where, "must be a non-empty text")
    return ""


def _num(value: Any, where: str, err: _Errors, *, lo: float = 0.0, hi: float = 1e9) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        err.add(where, f"must be a number, got {value!r}")
        return 0.0
    if not lo <= value <= hi:
        err.add(where, f"must be between {lo:g} and {hi:g}, got {value!r}")
    return float(value)


def _str_list(value: Any, where: str, err: _Errors) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        err.add(where, "must be a list of non-empty texts")
        return ()
    return tuple(v.strip() for v in value)


def _load_signals(data: Any, err: _Errors) -> Signals:
    contexts: dict[str, ContextRule] = {}
    orientation = OrientationConfig(2.0, 0.6, 0.4, (), ())
    flags: list[JdFlag] = []
    if not _check_schema(data, err):
        return Signals(contexts, orientation, ())
    for name, rule in (data.get("contexts") or {}).items():
        where = f"contexts.{name}"
        if not isinstance(rule, dict):
            err.add(where, "must be a mapping")
            continue
        scope = rule.get("scope")
        if scope not in CONTEXT_SCOPES:
            err.add(f"{where}.scope", f"must be one of {', '.join(CONTEXT_SCOPES)}")
        phrases = _str_list(rule.get("phrases"), f"{where}.phrases", err)
        if not phrases:
            err.add(f"{where}.phrases", "must list at least one phrase")
        contexts[name] = ContextRule(
            name=name,
            scope=str(scope),
            phrases=phrases,
            window=int(_num(rule.get("window", 1), f"{where}.window", err, hi=20)),
            min_hits=int(_num(rule.get("min_hits", 1), f"{where}.min_hits", err, lo=1, hi=50)),
        )
    ori = data.get("orientation")
    if not isinstance(ori, dict):
        err.add("orientation", "must be a mapping")
    else:
        sides: dict[str, tuple[tuple[str, float], ...]] = {}
        for side in ("account", "sales"):
            items = []
            for i, item in enumerate(ori.get(side) or []):
                where = f"orientation.{side}[{i}]"
                if not isinstance(item, dict):
                    err.add(where, "must be {phrase, weight}")
                    continue
                items.append(
                    (
                        _str(item.get("phrase"), f"{where}.phrase", err),
                        _num(item.get("weight"), f"{where}.weight", err, hi=10),
                    )
                )
            if not items:
                err.add(f"orientation.{side}", "must list at least one phrase")
            sides[side] = tuple(items)
        orientation = OrientationConfig(
            min_total=_num(ori.get("min_total"), "orientation.min_total", err, hi=100),
            account_share=_num(ori.get("account_share"), "orientation.account_share", err, hi=1),
            sales_share=_num(ori.get("sales_share"), "orientation.sales_share", err, hi=1),
            account=sides.get("account", ()),
            sales=sides.get("sales", ()),
        )
        if orientation.sales_share >= orientation.account_share:
            err.add("orientation.sales_share", "must be below account_share")
    for i, flag in enumerate(data.get("jd_flags") or []):
        where = f"jd_flags[{i}]"
        if not isinstance(flag, dict):
            err.add(where, "must be a mapping")
            continue
        flags.append(
            JdFlag(
                id=_str(flag.get("id"), f"{where}.id", err),
                phrases=_str_list(flag.get("phrases"), f"{where}.phrases", err),
                patterns=_str_list(flag.get("patterns"), f"{where}.patterns", err),
                warning_en=_str(flag.get("warning_en"), f"{where}.warning_en", err),
                warning_vi=_str(flag.get("warning_vi"), f"{where}.warning_vi", err),
            )
        )
        for j, pattern in enumerate(flags[-1].patterns):
            try:
                re.compile(pattern)
            except re.error as exc:
                err.add(f"{where}.patterns[{j}]", f"not a regular expression: {exc}")
    return Signals(contexts, orientation, tuple(flags))


def _load_skills(data: Any, contexts: Mapping[str, ContextRule], err: _Errors) -> dict[str, Skill]:
    skills: dict[str, Skill] = {}
    if not _check_schema(data, err):
        return skills
    categories = set(_str_list(data.get("categories"), "categories", err))
    owner: dict[str, str] = {}
    for i, item in enumerate(data.get("skills") or []):
        where = f"skills[{i}]"
        if not isinstance(item, dict):
            err.add(where, "must be a mapping")
            continue
        sid = _str(item.get("id"), f"{where}.id", err)
        where = f"skills.{sid or i}"
        if sid in skills:
            err.add(f"{where}.id", "is defined twice")
        category = _str(item.get("category"), f"{where}.category", err)
        if category and category not in categories:
            err.add(f"{where}.category", f"{category!r} is not in categories")
        aliases: list[Alias] = []
        seen: set[str] = set()
        for lang in ("aliases_vi", "aliases_en"):
            for j, raw in enumerate(item.get(lang) or []):
                awhere = f"{where}.{lang}[{j}]"
                if isinstance(raw, str):
                    phrase, require, reject = raw, None, None
                elif isinstance(raw, dict):
                    phrase, require, reject = (
                        raw.get("phrase"),
                        raw.get("require"),
                        raw.get("reject"),
                    )
                else:
                    err.add(awhere, "must be a phrase or {phrase, require, reject}")
                    continue
                phrase = _str(phrase, awhere, err)
                for rule in (require, reject):
                    if rule is not None and rule not in contexts:
                        err.add(awhere, f"context {rule!r} is not defined in signals.yaml")
                key = match_key(phrase)
                if not key:
                    err.add(awhere, "has no letters or digits")
                    continue
                if key in seen:
                    continue  # the same phrase written twice (e.g. with and without diacritics)
                if key in owner and owner[key] != sid:
                    err.add(awhere, f"{phrase!r} is already an alias of {owner[key]}")
                seen.add(key)
                owner[key] = sid
                aliases.append(Alias(phrase, key, require, reject))
        if not aliases:
            err.add(where, "needs at least one alias")
        skills[sid] = Skill(
            id=sid,
            name_en=_str(item.get("name_en"), f"{where}.name_en", err),
            name_vi=_str(item.get("name_vi"), f"{where}.name_vi", err),
            category=category,
            aliases=tuple(aliases),
            advice_en=_str(item.get("advice_en"), f"{where}.advice_en", err),
            advice_vi=_str(item.get("advice_vi"), f"{where}.advice_vi", err),
        )
    if not skills:
        err.add("skills", "must list at least one skill")
    return skills


def _load_relevance(data: Any, skills: Mapping[str, Skill], err: _Errors) -> Relevance:
    rel = data.get("relevance") if isinstance(data, dict) else None
    if not isinstance(rel, dict):
        err.add("relevance", "must be {skills, full_at, floor}")
        return Relevance()
    ids = _str_list(rel.get("skills"), "relevance.skills", err)
    for sid in ids:
        if sid not in skills:
            err.add("relevance.skills", f"{sid!r} is not a skill id")
    return Relevance(
        ids,
        _num(rel.get("full_at"), "relevance.full_at", err, lo=0.1, hi=100),
        _num(rel.get("floor", 0.0), "relevance.floor", err, hi=1),
    )


def _load_titles(data: Any, levels: set[str], err: _Errors) -> TitleMap:
    patterns: list[tuple[str, str, str | None]] = []
    credit: dict[str, dict[str, float]] = {}
    kinds_ctx: list[ContextKind] = []
    seniority: list[tuple[str, str]] = []
    if not _check_schema(data, err):
        return TitleMap((), {})
    seen: dict[str, str] = {}

    def add(pattern: str, kind: str, lookalike: str | None, where: str) -> None:
        key = match_key(pattern)
        label = lookalike or kind
        if key in seen and seen[key] != label:
            err.add(where, f"{pattern!r} is already listed under {seen[key]}")
        seen[key] = label
        patterns.append((key, kind, lookalike))

    for kind, titles in (data.get("titles") or {}).items():
        if kind not in TITLE_KINDS or kind == "not_account":
            err.add(f"titles.{kind}", f"unknown kind; use one of {', '.join(TITLE_KINDS[:-1])}")
        for t in _str_list(titles, f"titles.{kind}", err):
            add(t, kind, None, f"titles.{kind}")
    for lookalike, titles in (data.get("not_account") or {}).items():
        for t in _str_list(titles, f"not_account.{lookalike}", err):
            add(t, "not_account", lookalike, f"not_account.{lookalike}")
    for i, item in enumerate(data.get("context_kinds") or []):
        where = f"context_kinds[{i}]"
        if not isinstance(item, dict):
            err.add(where, "must be a mapping")
            continue
        applies = _str_list(item.get("applies_to"), f"{where}.applies_to", err)
        for a in applies:
            if a not in LADDER_KINDS:
                err.add(f"{where}.applies_to", f"{a!r} is not a ladder kind")
        kinds_ctx.append(
            ContextKind(
                lookalike=_str(item.get("lookalike"), f"{where}.lookalike", err),
                applies_to=applies,
                phrases=tuple(
                    match_key(p) for p in _str_list(item.get("phrases"), f"{where}.phrases", err)
                ),
                min_hits=int(_num(item.get("min_hits", 2), f"{where}.min_hits", err, lo=1, hi=20)),
            )
        )
    raw_credit = data.get("credit")
    if not isinstance(raw_credit, dict):
        err.add("credit", "must map each level to {kind: share}")
    else:
        for level in levels:
            row = raw_credit.get(level)
            if not isinstance(row, dict):
                err.add(f"credit.{level}", "missing: every level needs a row")
                continue
            credit[level] = {}
            lookalikes = list(data.get("not_account") or {})
            for kind in (*TITLE_KINDS[:-1], *lookalikes):
                credit[level][kind] = _num(row.get(kind), f"credit.{level}.{kind}", err, hi=1)
            for kind in set(row) - set(credit[level]):
                err.add(f"credit.{level}.{kind}", "is not a title kind or look-alike")
    for kind, words in (data.get("seniority") or {}).items():
        if kind not in LADDER_KINDS:
            err.add(f"seniority.{kind}", "must be a ladder kind")
        seniority.extend((match_key(w), kind) for w in _str_list(words, f"seniority.{kind}", err))
    return TitleMap(tuple(patterns), credit, tuple(kinds_ctx), tuple(seniority))


def _load_advice(data: Any, err: _Errors) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    if not _check_schema(data, err):
        return out
    for key in ("years", "title", "english", "orientation"):
        item = data.get(key)
        if not isinstance(item, dict):
            err.add(key, "missing: needs advice_en and advice_vi")
            continue
        out[key] = {
            lang: _str(item.get(lang), f"{key}.{lang}", err) for lang in ("advice_en", "advice_vi")
        }
    return out


def _parse_level(data: Any, err: _Errors) -> JobProfile | None:
    if not _check_schema(data, err):
        return None
    pid = _str(data.get("id"), "id", err)
    w = data.get("weights")
    weights = Weights(*(0.0,) * len(WEIGHT_KEYS))
    if not isinstance(w, dict):
        err.add("weights", f"must map {', '.join(WEIGHT_KEYS)} to numbers")
    else:
        for k in set(w) - set(WEIGHT_KEYS):
            err.add(f"weights.{k}", "unknown criterion")
        weights = Weights(*(_num(w.get(k), f"weights.{k}", err, hi=100) for k in WEIGHT_KEYS))
        total = sum(weights.as_dict().values())
        if abs(total - 100) > 0.01:
            err.add("weights", f"must add up to 100, got {total:g}")
    years = data.get("years") if isinstance(data.get("years"), dict) else {}
    if not years:
        err.add("years", "must be {min, max}")
    ymin = _num(years.get("min", 0), "years.min", err, hi=50)
    ymax = _num(years.get("max", 0), "years.max", err, hi=60)
    if ymin > ymax:
        err.add("years", f"min {ymin:g} is above max {ymax:g}")
    bands: list[Band] = []
    for i, b in enumerate(data.get("bands") or []):
        where = f"bands[{i}]"
        if not isinstance(b, dict):
            err.add(where, "must be {name, min, max, min_years}")
            continue
        name = _str(b.get("name"), f"{where}.name", err)
        if name and name not in ("junior", "senior"):
            err.add(f"{where}.name", "must be junior or senior")
        band = Band(
            name,
            _num(b.get("min"), f"{where}.min", err, hi=1000),
            _num(b.get("max"), f"{where}.max", err, hi=1000),
            _num(b.get("min_years", 0), f"{where}.min_years", err, hi=50),
        )
        if band.min_mvnd > band.max_mvnd:
            err.add(where, f"min {band.min_mvnd:g} is above max {band.max_mvnd:g}")
        bands.append(band)
    if not bands:
        err.add("bands", "must list at least one salary band")
    eng = data.get("english") if isinstance(data.get("english"), dict) else {}
    level = eng.get("level", "basic")
    if level not in ENGLISH_LEVELS:
        err.add("english.level", f"must be one of {', '.join(ENGLISH_LEVELS)}")
    english = EnglishNeed(
        level=str(level),
        ielts=_num(eng["ielts"], "english.ielts", err, hi=9)
        if eng.get("ielts") is not None
        else None,
        toeic=int(_num(eng["toeic"], "english.toeic", err, hi=990))
        if eng.get("toeic") is not None
        else None,
    )
    skills: list[SkillReq] = []
    raw_skills = data.get("skills")
    if not isinstance(raw_skills, dict) or not raw_skills:
        err.add("skills", "must map skill ids to {depth, weight}")
        raw_skills = {}
    for sid, req in raw_skills.items():
        where = f"skills.{sid}"
        if not isinstance(req, dict):
            err.add(where, "must be {depth, weight}")
            continue
        skills.append(
            SkillReq(
                str(sid),
                _num(req.get("depth"), f"{where}.depth", err, hi=4),
                _num(req.get("weight"), f"{where}.weight", err, hi=100),
            )
        )
    resps: list[Responsibility] = []
    for i, r in enumerate(data.get("responsibilities") or []):
        where = f"responsibilities[{i}]"
        if not isinstance(r, dict):
            err.add(where, "must be a mapping")
            continue
        resp = Responsibility(
            id=_str(r.get("id"), f"{where}.id", err),
            label_en=_str(r.get("label_en"), f"{where}.label_en", err),
            label_vi=_str(r.get("label_vi"), f"{where}.label_vi", err),
            skills=_str_list(r.get("skills"), f"{where}.skills", err),
            phrases=_str_list(r.get("phrases"), f"{where}.phrases", err),
            advice_en=_str(r.get("advice_en"), f"{where}.advice_en", err),
            advice_vi=_str(r.get("advice_vi"), f"{where}.advice_vi", err),
        )
        if not resp.skills and not resp.phrases:
            err.add(where, "needs skills or phrases")
        resps.append(resp)
    if weights.responsibilities > 0 and not resps:
        err.add("responsibilities", "weights.responsibilities > 0 but none are listed")
    return JobProfile(
        id=pid,
        rank=int(_num(data.get("rank"), "rank", err, lo=0, hi=100)),
        name_en=_str(data.get("name_en"), "name_en", err),
        name_vi=_str(data.get("name_vi"), "name_vi", err),
        weights=weights,
        years_min=ymin,
        years_max=ymax,
        bands=tuple(bands),
        english=english,
        skills=tuple(skills),
        responsibilities=tuple(resps),
        typical_titles=_str_list(data.get("typical_titles"), "typical_titles", err),
        warnings=_str_list(data.get("warnings"), "warnings", err),
        base_level=data.get("base_level"),
    )


def _check_profile(
    profile: JobProfile,
    profiles: ProfileSet | None,
    *,
    source: str,
    skills: Mapping[str, Skill] | None = None,
) -> None:
    """Cross-checks against the catalogue (skill ids exist, weights add up)."""
    err = _Errors(source)
    catalogue = skills if skills is not None else (profiles.skills if profiles else {})
    for req in profile.skills:
        if req.id not in catalogue:
            err.add(f"skills.{req.id}", "is not in skills.yaml")
        if not 0 <= req.depth <= 4:
            err.add(f"skills.{req.id}.depth", "must be between 0 and 4")
        if req.weight < 0:
            err.add(f"skills.{req.id}.weight", "must not be negative")
    for r in profile.responsibilities:
        for sid in r.skills:
            if sid not in catalogue:
                err.add(f"responsibilities.{r.id}.skills", f"{sid!r} is not in skills.yaml")
    total = sum(profile.weights.as_dict().values())
    if abs(total - 100) > 0.01:
        err.add("weights", f"must add up to 100, got {total:g}")
    if any(w < 0 for w in profile.weights.as_dict().values()):
        err.add("weights", "must not be negative")
    if profile.years_min > profile.years_max:
        err.add("years", f"min {profile.years_min:g} is above max {profile.years_max:g}")
    for b in profile.bands:
        if b.min_mvnd > b.max_mvnd:
            err.add(f"bands.{b.name}", f"min {b.min_mvnd:g} is above max {b.max_mvnd:g}")
    if not profile.bands:
        err.add("bands", "must list at least one salary band")
    if not any(r.weight > 0 and r.depth > 0 for r in profile.skills):
        err.add("skills", "at least one skill needs a depth and a weight above 0")
    if profiles is not None and profile.id not in profiles.titles.credit and profile.id != "jd":
        err.add("id", f"{profile.id!r} has no row in titles.yaml credit")
    err.raise_if_any()


def load_profiles(folder: Path | None = None) -> ProfileSet:
    """Read and validate job_profiles/; raises ``ProfileError`` naming the file and field."""
    folder = Path(folder) if folder else DEFAULT_FOLDER
    digest = hashlib.sha256()
    raw: dict[str, Any] = {}
    for name in OWN_FILES:
        data, content = _read_yaml(folder / name)
        raw[name] = data
        digest.update(name.encode() + b"\0" + content + b"\0")
    level_files = sorted((folder / "levels").glob("*.yaml"))
    if not level_files:
        raise ProfileError(f"levels/: files: no level profiles found in {folder / 'levels'}")
    level_data: dict[str, Any] = {}
    for path in level_files:
        data, content = _read_yaml(path)
        level_data[f"levels/{path.name}"] = data
        digest.update(f"levels/{path.name}".encode() + b"\0" + content + b"\0")

    err = _Errors("signals.yaml")
    signals = _load_signals(raw["signals.yaml"], err)
    err.raise_if_any()
    err = _Errors("skills.yaml")
    skills = _load_skills(raw["skills.yaml"], signals.contexts, err)
    relevance = _load_relevance(raw["skills.yaml"], skills, err)
    err.raise_if_any()
    levels: dict[str, JobProfile] = {}
    for source, data in level_data.items():
        err = _Errors(source)
        profile = _parse_level(data, err)
        err.raise_if_any()
        assert profile is not None
        if profile.id != Path(source).stem:
            raise ProfileError(f"{source}: id: must match the file name ({Path(source).stem})")
        _check_profile(profile, None, source=source, skills=skills)
        levels[profile.id] = profile
    ranks = [p.rank for p in levels.values()]
    if len(set(ranks)) != len(ranks):
        raise ProfileError("levels/: rank: two levels share a rank")
    err = _Errors("titles.yaml")
    titles = _load_titles(raw["titles.yaml"], set(levels), err)
    err.raise_if_any()
    err = _Errors("advice.yaml")
    advice = _load_advice(raw["advice.yaml"], err)
    err.raise_if_any()
    ordered = dict(sorted(levels.items(), key=lambda kv: kv[1].rank))
    version = f"{SCHEMA_VERSION}.{digest.hexdigest()[:10]}"
    return ProfileSet(
        version=version,
        levels=ordered,
        skills=skills,
        titles=titles,
        signals=signals,
        advice=advice,
        relevance=relevance,
    )


# ---- YAML round trip for the app's Profiles page ------------------------------------------


def profile_to_dict(profile: JobProfile) -> dict[str, Any]:
    """The level-file structure of ``profile`` (what levels/<id>.yaml holds)."""
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "id": profile.id,
        "rank": profile.rank,
        "name_en": profile.name_en,
        "name_vi": profile.name_vi,
        "weights": profile.weights.as_dict(),
        "years": {"min": profile.years_min, "max": profile.years_max},
        "bands": [
            {"name": b.name, "min": b.min_mvnd, "max": b.max_mvnd, "min_years": b.min_years}
            for b in profile.bands
        ],
        "english": {
            "level": profile.english.level,
            "ielts": profile.english.ielts,
            "toeic": profile.english.toeic,
        },
        "typical_titles": list(profile.typical_titles),
        "skills": {s.id: {"depth": s.depth, "weight": s.weight} for s in profile.skills},
        "responsibilities": [
            {
                "id": r.id,
                "label_en": r.label_en,
                "label_vi": r.label_vi,
                "skills": list(r.skills),
                "phrases": list(r.phrases),
                "advice_en": r.advice_en,
                "advice_vi": r.advice_vi,
            }
            for r in profile.responsibilities
        ],
    }
    if profile.warnings:
        out["warnings"] = list(profile.warnings)
    if profile.base_level:
        out["base_level"] = profile.base_level
    return out


def profile_to_yaml(profile: JobProfile) -> str:
    """``profile`` as the YAML of a level file (download from the app, edit, upload back)."""
    return yaml.safe_dump(profile_to_dict(profile), allow_unicode=True, sort_keys=False, width=100)


def profile_from_yaml(text: str, profiles: ProfileSet, *, source: str = "<uploaded>") -> JobProfile:
    """Parse and validate one level's YAML against the catalogue; raises ``ProfileError``."""
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        raise ProfileError(f"{source}: yaml: not valid YAML ({exc})") from exc
    err = _Errors(source)
    profile = _parse_level(data, err)
    err.raise_if_any()
    assert profile is not None
    _check_profile(profile, profiles, source=source)
    return profile
