"""Read education entries (degree, school, graduation year) from the education section."""

from __future__ import annotations

import re
from collections.abc import Sequence

from matcher.dates import find_ranges
from matcher.text import fold
from matcher.types import Education, Evidence
from matcher.vocabulary import group_res, words_re

_PIECES = re.compile(r"\s*(?:\||•|·|;|\t|\s{2,}| - | – | — |,|\(|\)| from | at | tại )\s*")
_YEAR = re.compile(r"(?<![\d.,/])(19[5-9]\d|20\d\d)(?!\d)")


def degree_level(text: str) -> str | None:
    """The degree family named in ``text`` ("bachelor", "master", ...), or None."""
    folded = fold(text)
    for name, pattern in group_res("degree_words"):
        if pattern.search(folded):
            return name
    return None


def _is_school(text: str) -> bool:
    return words_re("school_words").search(fold(text)) is not None


def _year_of(text: str) -> int | None:
    ranges = find_ranges(text, singles=True)
    years = [int(r.end[:4]) for r in ranges if r.end and r.end != "present"]
    years += [int(r.start[:4]) for r in ranges if r.end is None and r.start]
    if not years:
        years = [int(y) for y in _YEAR.findall(fold(text))]
    return max(years) if years else None


def _split(line: str) -> tuple[str | None, str | None]:
    """(degree text, school text) found in one line."""
    degree = school = None
    for piece in _PIECES.split(line.strip(" -•*+")):
        piece = piece.strip(" .:-–")
        if len(piece) < 2 or _YEAR.fullmatch(piece):
            continue
        if school is None and _is_school(piece) and not degree_level(piece):
            school = piece
        elif degree is None and degree_level(piece):
            degree = piece
        elif school is None and _is_school(piece):
            school = piece
    if degree and school is None and _is_school(degree) and " in " not in degree.lower():
        school = degree if degree_level(degree) == "secondary" else None
    return degree, school


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
