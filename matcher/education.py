"""Read education entries (degree, school, graduation year) from the education section."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from matcher.dates import find_ranges
from matcher.text import first_words, fold, list_gate, may_hold, per_document_cache
from matcher.types import Education, Evidence
from matcher.vocabulary import group_res, phrase_pattern, reading, words_re

_PIECES = re.compile(r"\s*(?:\||•|·|;|\t|\s{2,}| - | – | — |,|\(|\)|(?i: from | at | tại ))\s*")
_SCHOOL_ENDS = frozenset({"school", "academy", "college", "institute"})
# a school "name" of these words only names no school ("University", "Institute/University")
_SCHOOL_WORDS_ONLY = _SCHOOL_ENDS | {"university", "of", "the", "and", "name"}
_AT_SCHOOL = re.compile(r"\s+(?:from|at|tại)\s+", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d.,/])(19[5-9]\d|20\d\d)(?!\d)")
_YEAR_DIGITS = re.compile(r"19[5-9]\d|20\d\d")  # what _YEAR needs, found by a fast scan


@per_document_cache  # asked of the same pieces by the education and role readers
def degree_level(text: str) -> str | None:
    """The degree family named in ``text`` ("bachelor", "master", ...), or None.

    >>> degree_level("BE in Mechanical Engineering"), degree_level("will be furnished")
    ('bachelor', None)
    """
    folded = fold(text)
    if not may_hold(_degree_gate(), folded):
        return None  # no degree phrase starts at any word: no family's regex can match
    gates = _family_gates()
    for name, pattern in group_res("degree_words"):
        if may_hold(gates[name], folded) and any(
            _names_degree(text, folded, m) for m in pattern.finditer(folded)
        ):
            return name
    return None


def _names_degree(text: str, folded: str, match: re.Match[str]) -> bool:
    """Whether a degree phrase found in ``folded`` names a degree: an abbreviation that is
    also a word ("be", "ma") only in capitals, and "MS" before "Office" is Microsoft's."""
    word = match.group(0)
    after = folded[match.end() :].split(None, 1)
    following = after[0].strip(".,:;()") if after else ""
    if word in _capitals_only():
        if len(folded) == len(text) and not text[match.start() : match.end()].isupper():
            return False
        if following in _not_degree_after():
            return False
    return following not in _not_degree_words_after()


@cache
def _capitals_only() -> frozenset[str]:
    return frozenset(fold(w) for w in reading()["degree_capitals_only"])


@cache
def _not_degree_after() -> frozenset[str]:
    return frozenset(fold(w) for w in reading()["not_degree_after"])


@cache
def _not_degree_words_after() -> frozenset[str]:
    return frozenset(fold(w) for w in reading()["not_degree_words_after"])


@cache
def _tail_re() -> re.Pattern[str]:
    return re.compile(r"(?:[,;(/–-]\s*|\s+)" + phrase_pattern(reading()["degree_tail_words"]))


@cache
def _lead_re() -> re.Pattern[str]:
    return re.compile(
        r"^\s*(?:" + phrase_pattern(reading()["degree_lead_words"]) + r"|"
        r"(?:19|20)[\dxX]{2}|[-–:,])\s*",
        re.IGNORECASE,
    )


def trim_degree(degree: str) -> str:
    """A degree's name without the words around it: "Received a Bachelor of Science in
    Management, Minor in Marketing, GPA 3.8" -> "Bachelor of Science in Management".

    >>> trim_degree("Pursuing an MBA in Marketing (expected May 2025)")
    'MBA in Marketing'
    """
    text = degree
    while True:  # words in front, as long as a degree is left behind them
        lead = _lead_re().match(text)
        if lead is None or not lead.end() or degree_level(text[lead.end() :]) is None:
            break
        text = text[lead.end() :]
    held = _AT_SCHOOL.split(text, maxsplit=1)[0]
    if held != text and degree_level(held):
        text = held  # "Master of Arts from ABC": the school follows
    folded = fold(text)
    if len(folded) == len(text):
        tail = _tail_re().search(folded, 1)
        if tail is not None and degree_level(text[: tail.start()]):
            text = text[: tail.start()]
    return text.strip(" ,;:-–|(").strip() or degree


@cache
def _family_gates() -> dict[str, frozenset[str] | None]:
    """``first_words`` of each degree family's phrases."""
    return {name: first_words(words) for name, words in reading()["degree_words"].items()}


@per_document_cache
def _is_school(text: str) -> bool:
    folded = fold(text)
    return may_hold(list_gate("school_words"), folded) and (
        words_re("school_words").search(folded) is not None
    )


def _year_of(text: str) -> int | None:
    ranges = find_ranges(text, singles=True)
    years = [int(r.end[:4]) for r in ranges if r.end and r.end != "present"]
    years += [int(r.start[:4]) for r in ranges if r.end is None and r.start]
    if not years:
        folded = fold(text)
        years = [int(y) for y in _YEAR.findall(folded)] if _YEAR_DIGITS.search(folded) else []
    return max(years) if years else None


@cache
def _any_degree() -> re.Pattern[str]:
    """Any degree word of any family: a line without one holds no degree. One alternation of
    every family's phrases (found where some family's pattern is found, 2.7x faster to scan)."""
    return re.compile(
        phrase_pattern(w for group in reading()["degree_words"].values() for w in group)
    )


@cache
def _degree_gate() -> frozenset[str] | None:
    """First words of every degree phrase of every family."""
    return first_words(w for group in reading()["degree_words"].values() for w in group)


@cache
def _degree_or_school_gate() -> frozenset[str] | None:
    """First words of every degree and school phrase: a line with none of them holds neither."""
    degree, school = _degree_gate(), list_gate("school_words")
    return None if degree is None or school is None else degree | school


_LABEL = re.compile(r"^\s*(?:[^\W\d_]{2,20}|\d{4})\s*:\s*")


def _split(line: str) -> tuple[str | None, str | None]:
    """(degree text, school text) found in one line.

    The degree runs from its first piece to the school, a year or the end of the line, so
    "B.A., Photography" and "BSc (Hons) Sales Management" stay whole.
    """
    folded = fold(line)
    if not may_hold(_degree_or_school_gate(), folded) or (
        not _any_degree().search(folded) and not words_re("school_words").search(folded)
    ):
        return None, None  # no piece can name a degree or a school (pieces cut at non-words)
    text = line.strip(" -•*+\t")
    label = _LABEL.match(text)
    if label and not degree_level(label.group(0)) and not _is_school(label.group(0)):
        text = text[label.end() :]
    degree = school = None
    degree_start = None
    cursor = 0
    for piece in _PIECES.split(text):
        at = text.find(piece, cursor) if piece else cursor
        cursor = at + len(piece) if at >= 0 else cursor
        piece = piece.strip(" .:-–")
        if len(piece) < 2:
            continue
        is_year = _YEAR.search(piece) is not None and len(piece) <= 12
        is_school = _is_school(piece) and (not degree_level(piece) or _named_school(piece))
        if degree_start is not None and degree is None and (is_school or is_year):
            degree = text[degree_start:at].strip(" ,;:-–|(")
        if school is None and is_school:
            school = piece
        elif degree_start is None and not is_year and degree_level(piece):
            degree_start = at
        elif school is None and _is_school(piece) and degree_start is None:
            school = piece
    if degree_start is not None and degree is None:
        degree = text[degree_start:].strip(" ,;:-–|(")
    if degree:
        degree = re.sub(r"(?i)\s+(?:from|at|tại|,)$", "", degree).strip(" ,;:-–|(")
        degree = trim_degree(degree)
    if degree and degree.count("(") > degree.count(")"):
        degree += ")"
    if degree and school is None and _is_school(degree) and " in " not in degree.lower():
        school = degree if degree_level(degree) == "secondary" else None
        if school and _named_school(degree):
            degree = None  # "Lincoln Park High School": where, not what, the person studied
    if degree and degree[0].islower() and not degree_level(degree.split()[0]):
        degree = None  # a sentence that mentions a degree ("i completed a B.Sc at ...")
    return degree or None, trim_school(school) if school else None


_SCHOOL_LEAD = re.compile(r"^(?:(?:from|at|tại|education|(?:19|20)\d\d)[\s:,.-]+)+", re.I)
_SCHOOL_TAIL = re.compile(
    r"(?:[\s,]+(?:in\s+(?:the\s+)?year|in|class\s+of|(?:january|february|march|april|may|"
    r"june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?"
    r"|oct|nov|dec)\.?))?[\s,]+(?:19|20)\d\d\b.*$|\s+with\s+.*$",
    re.IGNORECASE,
)


def trim_school(school: str) -> str | None:
    """A school's name without the words around it ("from Acme College 2006" -> "Acme
    College", "University of Acme in the year 2000" -> "University of Acme"); None for a
    bare school word ("University").

    >>> trim_school("from Sao Mai College, May 2010")
    'Sao Mai College'
    """
    text = _SCHOOL_TAIL.sub("", _SCHOOL_LEAD.sub("", school.strip())).strip(" ,;:-–")
    if not text or all(w in _SCHOOL_WORDS_ONLY for w in fold(text).split()):
        return None
    return text


def _named_school(text: str) -> bool:
    """A secondary school's name: ends with its school word ("Perth Girls High School") or
    starts with "Trường" ("Trường THPT Lê Quý Đôn"), unlike a certificate ("High School
    Diploma", "Bằng tốt nghiệp THPT")."""
    words = fold(text).split()
    return len(words) >= 3 and (words[-1].strip(".,") in _SCHOOL_ENDS or words[0] == "truong")


def find_education(lines: Sequence[tuple[str, str]]) -> tuple[Education, ...]:
    """Education entries from (section, line) pairs of the education section(s), in order.

    A new entry starts when a line brings a degree or a school the current entry has.
    """
    entries: list[dict] = []
    current: dict | None = None
    for section, line in lines:
        if not line.strip():
            continue
        degree, school = _split(line)
        year = _year_of(line)
        if degree is None and school is None:
            if current is not None and year and current["year"] is None:
                current["year"] = year
            continue
        if current is None or (degree and current["degree"]) or (school and current["school"]):
            current = {
                "degree": None,
                "school": None,
                "year": None,
                "ev": Evidence(section, line, 0, len(line)),
            }
            entries.append(current)
        if degree and not current["degree"]:
            current["degree"] = degree
        if school and not current["school"]:
            current["school"] = school
        if year and current["year"] is None:
            current["year"] = year
    return tuple(Education(e["degree"], e["school"], e["year"], e["ev"]) for e in entries)
