"""Find month/year points and date ranges in CV lines (Vietnamese and English, day-first).

A range is ``DateRange(start, end)`` with "YYYY-MM" strings; ``end`` may be "present".
Year-only dates become January for a start and December for an end ("2018 - 2022" is
2018-01..2022-12). A range written backwards is swapped, so ``end`` is never before ``start``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from matcher.text import fold, per_document_cache, words_of
from matcher.vocabulary import phrase_pattern, reading

PRESENT = "present"
MIN_YEAR, MAX_YEAR = 1950, 2099

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_MONTH_NAME = (
    r"(?:spring|summer|fall|autumn|winter|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# every word ``_MONTH_NAME`` matches (tests/test_dates.py checks both agree)
_MONTH_WORDS = frozenset({
    "spring", "summer", "fall", "autumn", "winter", "jan", "january", "feb", "february", "mar",
    "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept",
    "september", "oct", "october", "nov", "november", "dec", "december",
})  # fmt: skip
_SEP = re.compile(r"^\s*(?:[-–—−~→>]+|to|den|toi|until|till|through|thru|and)?\s*[-–—:]?\s*$")


_SINCE = re.compile(r"(?<![\w])(?:since|from|tu)\s*$")


@dataclass(frozen=True)
class DatePoint:
    year: int | None  # None for "present" or a bare month
    month: int | None
    present: bool
    start: int  # span in the folded line
    end: int
    short: bool = False  # written "m/yy"


@dataclass(frozen=True)
class DateRange:
    start: str | None  # "YYYY-MM"
    end: str | None  # "YYYY-MM" | "present" | None (a single date)
    span: tuple[int, int]  # where in the (folded) line
    year_only: bool = False


def _letter_starts() -> str:
    """How a letter-led point can begin, as a regex alternation of its first two characters:
    "th"/"t" before a space or digit, month and season names, "present" phrases."""
    present = [fold(str(p)).strip() for p in reading()["present_words"]]
    starts = {r"t[h\s\d]"} | {re.escape(m[:2]) for m in _MONTH_WORDS}
    for phrase in filter(None, present):
        if len(phrase) == 1:
            starts.add(re.escape(phrase))
        elif phrase[1] == " ":  # phrase_pattern matches any whitespace there
            starts.add(re.escape(phrase[0]) + r"\s")
        else:
            starts.add(re.escape(phrase[:2]))
    return "|".join(sorted(starts))


# a letter-led point starts a word, or follows a year a PDF glued it to ("May 2014January
# 2015", "2006Present")
_WORD_START = r"(?:(?<![\w])|(?<=19\d\d|20\d\d))"


@cache
def _point_re() -> re.Pattern[str]:
    present = phrase_pattern(reading()["present_words"]).replace(r"(?<![\w])", _WORD_START, 1)
    year = r"(?:19[5-9]\d|20\d\d)"
    # Every digit-led kind needs a digit not after [\d.,/]; every letter-led kind needs a word
    # start with one of its first two characters. The lookahead tests that once per position
    # instead of in all eight kinds (same matches, same groups; 3-5x faster scan since most
    # positions sit inside a word or start a word no point starts with).
    gate = rf"(?:(?=\d)(?<![\d.,/])|{_WORD_START}(?={_letter_starts()}))"
    parts = [
        rf"(?P<dmy>(?<![\d.,/])(?P<dmy_d>\d{{1,2}})\s*[/.\-]\s*(?P<dmy_m>\d{{1,2}})\s*[/.\-]\s*(?P<dmy_y>{year})(?!\d))",
        rf"(?P<vn>(?<![\w])(?:thang|t)\s*(?P<vn_m>\d{{1,2}})\s*(?:[/.\-]|\s*nam\s)\s*(?P<vn_y>{year})(?!\d))",
        rf"(?P<my>(?<![\d.,/])(?P<my_m>\d{{1,2}})\s*[/.\-]\s*(?P<my_y>{year})(?!\d))",
        rf"(?P<ym>(?<![\d.,/])(?P<ym_y>{year})\s*[/.]\s*(?P<ym_m>\d{{1,2}})(?![\d.,/]))",
        # "June 19th, 2004", "Sept. 9, 2007": a day between the month and the year is skipped
        rf"(?P<ny>{_WORD_START}(?P<ny_m>{_MONTH_NAME})\.?(?:\s?\d{{1,2}}(?:st|nd|rd|th)?,?(?=\s))?,?\s*(?:'|’)?(?P<ny_y>{year}|(?<=['’])\d\d)(?!\d))",
        # "Feb 07" (a month name and a two-digit year): kept only as one end of a range of
        # two such points or up to "Present", see _short_in_ranges
        rf"(?P<ny2>{_WORD_START}(?P<ny2_m>{_MONTH_NAME})\.?\s?(?P<ny2_y>\d\d)(?![\d]|[.,/:]\d))",
        rf"(?P<nm>{_WORD_START}(?P<nm_m>{_MONTH_NAME})(?![\w]))",
        # "1982-86", "2019-20": a year range whose end keeps its last two digits
        rf"(?P<yy>(?<![\d.,/])(?P<yy_a>{year})\s*[-–—]\s*(?P<yy_b>\d\d)(?![\d]|[.,/]\d))",
        rf"(?P<y>(?<![\d.,/])(?P<y_y>{year})(?![\d]|\.\d|,\d|/\d))",
        # "4/29/08", "01/03/19" (day, month and a two-digit year, day first unless the first
        # number cannot be a month): kept only as one end of a range, like "m/yy"
        r"(?P<dmy2>(?<![\d.,/])(?P<dmy2_d>\d{1,2})/(?P<dmy2_m>\d{1,2})/(?P<dmy2_y>\d\d)(?![\d]|[.,/]\d))",
        # "09/14" (month/two-digit year): kept only as one end of a range, see _points
        r"(?P<my2>(?<![\d.,/])(?P<my2_m>\d{1,2})/(?P<my2_y>\d\d)(?![\d]|[.,/]\d))",
        rf"(?P<pr>{present})",
    ]
    return re.compile(gate + "(?:" + "|".join(parts) + ")")


# every kind of point with digits holds a year or "m/yy", but "Jan '19" (a month name as a
# whole word)
_YEAR_DIGITS = re.compile(r"19[5-9]\d|20\d\d|\d/\d\d")


@cache
def _letter_words() -> frozenset[str] | None:
    """Words one of which a point without a year has as a whole word: a month or season name,
    or the last word of a "present" phrase (None when a phrase has no word)."""
    last_words = set()
    for phrase in reading()["present_words"]:
        folded = fold(str(phrase)).strip()
        if folded:
            runs = re.findall(r"\w+", folded)
            if not runs:
                return None
            last_words.add(runs[-1])
    return _MONTH_WORDS | last_words


def _month(name: str) -> int:
    return _SEASONS.get(name) or _MONTHS[name[:3]]


def _year(text: str) -> int:
    """A year as written; two digits are 2000-2049 or 1950-1999 ("'19", "09/98")."""
    value = int(text)
    if value >= 100:
        return value
    return value + 2000 if value < 50 else value + 1900


def find_points(folded: str) -> list[DatePoint]:
    """Every date point in an already folded line, left to right."""
    return list(_points(folded))


# The readers ask about the same lines many times per CV (roles, education, company lines):
# the scan is the costliest regex of the reader, and its result depends on the text alone.
@per_document_cache
def _points(folded: str) -> tuple[DatePoint, ...]:
    if not _YEAR_DIGITS.search(folded):
        letter_words = _letter_words()
        if letter_words is not None and letter_words.isdisjoint(words_of(folded)):
            return ()  # a set test on the line's words (shared with other readers), no scan
    points: list[DatePoint] = []
    for m in _point_re().finditer(folded):
        kind = m.lastgroup
        if kind == "pr":
            points.append(DatePoint(None, None, True, m.start(), m.end()))
            continue
        if kind == "nm":
            month = _month(m.group("nm_m"))
            points.append(DatePoint(None, month, False, m.start(), m.end()))
            continue
        if kind == "yy":
            first, two = int(m.group("yy_a")), int(m.group("yy_b"))
            last = first // 100 * 100 + two
            last += 100 if last < first else 0
            spaced = m.group("yy").count(" ") > 0
            # "2019-05" may be May 2019: without spaces an end that could be a month is none
            if last - first <= 50 and last <= MAX_YEAR and (spaced or two > 12):
                points.append(DatePoint(first, None, False, m.start(), m.start("yy_a") + 4))
                points.append(DatePoint(last, None, False, m.start("yy_b"), m.end()))
            else:  # the year alone, as if the two digits after it were not there
                points.append(DatePoint(first, None, False, m.start(), m.start("yy_a") + 4))
            continue
        if kind == "y":
            year, month = int(m.group("y_y")), None
        elif kind == "ny":
            year, month = _year(m.group("ny_y")), _month(m.group("ny_m"))
        elif kind == "my2":
            year, month = _year(m.group("my2_y")), int(m.group("my2_m"))
        elif kind == "dmy2":
            year, month = _year(m.group("dmy2_y")), int(m.group("dmy2_m"))
            if month > 12 and 1 <= int(m.group("dmy2_d")) <= 12:
                month = int(m.group("dmy2_d"))  # "4/29/08" can only be month first
        elif kind == "ny2":
            year, month = _year(m.group("ny2_y")), _month(m.group("ny2_m"))
        else:
            year, month = int(m.group(f"{kind}_y")), int(m.group(f"{kind}_m"))
            if kind == "dmy" and month > 12 and 1 <= int(m.group("dmy_d")) <= 12:
                month = int(m.group("dmy_d"))  # "05/23/2019" can only be month first
        if not MIN_YEAR <= year <= MAX_YEAR or (month is not None and not 1 <= month <= 12):
            continue
        points.append(DatePoint(year, month, False, m.start(), m.end(), kind in _SHORT))
    if any(p.short for p in points):
        points = _short_in_ranges(folded, points)
    return tuple(points)


_SHORT = frozenset({"my2", "ny2", "dmy2"})


def _short_in_ranges(folded: str, points: list[DatePoint]) -> list[DatePoint]:
    """Drop each "m/yy" or "Feb 07" point that is not one end of a range ("09/14 - 11/16",
    "Feb 07 to Apr 09", "09/14 - Present"): alone, "3/10" or "24/7" is more often a count or a
    score than a date, and "May 15" a day. A line that also holds a four-digit year writes its
    years whole: there "May 15 - June 20" are days."""
    whole_year = any(not p.short and p.year is not None for p in points)
    keep = []
    for i, p in enumerate(points):
        if p.short and whole_year and folded[p.start].isalpha():
            continue
        if p.short:
            before = points[i - 1] if i else None
            after = points[i + 1] if i + 1 < len(points) else None
            paired = (
                after is not None
                and (after.short or after.present)
                and _SEP.match(folded[p.end : after.start])
            ) or (before is not None and before.short and _SEP.match(folded[before.end : p.start]))
            if not paired:
                continue
        keep.append(p)
    return keep


def _fmt(year: int, month: int | None, *, is_end: bool) -> str:
    if month is None:
        month = 12 if is_end else 1
    return f"{year:04d}-{month:02d}"


def find_ranges(line: str, *, singles: bool = False) -> list[DateRange]:
    """Date ranges in ``line``; with ``singles`` also lone month/year points (end None).

    >>> [(r.start, r.end) for r in find_ranges("Tháng 3/2019 - Hiện tại")]
    [('2019-03', 'present')]
    >>> [(r.start, r.end) for r in find_ranges("2018 - 2022")]
    [('2018-01', '2022-12')]
    """
    if not isinstance(line, str):
        return []
    return list(_ranges(line, singles))


@per_document_cache
def _ranges(line: str, singles: bool) -> tuple[DateRange, ...]:
    folded = fold(line)
    points = _points(folded)
    out: list[DateRange] = []
    i = 0
    while i < len(points):
        a = points[i]
        b = points[i + 1] if i + 1 < len(points) else None
        if (
            b is not None
            and not a.present
            and (b.present or b.year is not None)
            and _SEP.match(folded[a.end : b.start])
            and (a.year is not None or (b.year is not None and a.month is not None))
        ):
            start_year = a.year if a.year is not None else b.year
            assert start_year is not None
            start = _fmt(start_year, a.month, is_end=False)
            year_only = a.month is None and (b.present or b.month is None)
            if b.present:
                end = PRESENT
            else:
                assert b.year is not None
                end = _fmt(b.year, b.month, is_end=True)
                if end < start:
                    start, end = (
                        _fmt(b.year, b.month, is_end=False),
                        _fmt(start_year, a.month, is_end=True),
                    )
            out.append(DateRange(start, end, (a.start, b.end), year_only))
            i += 2
            continue
        before = folded[: a.start]
        # the regex ends at the line's end: test its words on the stripped end first
        if (
            a.year is not None
            and before.rstrip().endswith(("since", "from", "tu"))
            and _SINCE.search(before)
        ):
            start = _fmt(a.year, a.month, is_end=False)
            out.append(DateRange(start, PRESENT, (a.start, a.end), a.month is None))
        elif singles and a.year is not None:
            start = _fmt(a.year, a.month, is_end=False)
            out.append(DateRange(start, None, (a.start, a.end), a.month is None))
        i += 1
    return tuple(out)


def month_index(value: str, *, today: date) -> int:
    """Months since year 0 for "YYYY-MM" or "present" (measured at ``today``)."""
    if value == PRESENT:
        return today.year * 12 + today.month - 1
    year, month = value.split("-")
    return int(year) * 12 + int(month) - 1


def union_months(intervals: list[tuple[str, str]], *, today: date) -> int:
    """Months covered by the union of inclusive ("YYYY-MM", "YYYY-MM"|"present") intervals."""
    spans = []
    now = month_index(PRESENT, today=today)
    for start, end in intervals:
        a = month_index(start, today=today)
        b = min(month_index(end, today=today), now)
        if a <= b:
            spans.append((a, b))
    total, cur_a, cur_b = 0, None, None
    for a, b in sorted(spans):
        if cur_b is None or a > cur_b + 1:
            if cur_b is not None and cur_a is not None:
                total += cur_b - cur_a + 1
            cur_a, cur_b = a, b
        else:
            cur_b = max(cur_b, b)
    if cur_b is not None and cur_a is not None:
        total += cur_b - cur_a + 1
    return total


def parse_day_first(text: str) -> str | None:
    """A birth date "dd/mm/yyyy" (day first), "yyyy-mm-dd" or a bare year, as ISO text."""
    folded = fold(text)
    m = re.search(r"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)", folded)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    m = re.search(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)", folded)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    m = re.search(
        rf"(?<![\w])(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_NAME})\.?,?\s+(\d{{4}})", folded
    )
    if m:
        try:
            return date(int(m.group(3)), _month(m.group(2)), int(m.group(1))).isoformat()
        except ValueError:
            return None
    m = re.search(rf"(?<![\w])({_MONTH_NAME})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})", folded)
    if m:
        try:
            return date(int(m.group(3)), _month(m.group(1)), int(m.group(2))).isoformat()
        except ValueError:
            return None
    m = re.search(r"(?<!\d)(19[3-9]\d|20[0-2]\d)(?!\d)", folded)
    return m.group(1) if m else None
