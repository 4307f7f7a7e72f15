"""Date points and ranges in CV lines (matcher.dates)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from matcher.dates import (
    _MONTH_NAME,
    _MONTH_WORDS,
    PRESENT,
    find_ranges,
    month_index,
    parse_day_first,
    union_months,
)

TODAY = date(2026, 11, 1)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("03/2019 - nay", ("2019-03", PRESENT)),
        ("Tháng 3/2019 - Hiện tại", ("2019-03", PRESENT)),
        ("T3/2019 - nay", ("2019-03", PRESENT)),
        ("T3/2019 - T12/2020", ("2019-03", "2020-12")),
        ("2019 - Present", ("2019-01", PRESENT)),
        ("Mar 2019 – Present", ("2019-03", PRESENT)),
        ("03.2019 - 12.2021", ("2019-03", "2021-12")),
        ("December 2014 to Present", ("2014-12", PRESENT)),
        ("8/2020-10/2022", ("2020-08", "2022-10")),
        ("07/2023 – nay", ("2023-07", PRESENT)),
        ("2018 - 2022", ("2018-01", "2022-12")),
        ("05/2017 - hiện nay", ("2017-05", PRESENT)),
        ("05/2017 - đến nay", ("2017-05", PRESENT)),
        ("Jan 2020 - now", ("2020-01", PRESENT)),
        ("Jan 2020 - current", ("2020-01", PRESENT)),
        ("từ 2015 đến 2017", ("2015-01", "2017-12")),
        ("Tháng 3 năm 2019 - nay", ("2019-03", PRESENT)),
        ("01/03/2019 - 30/06/2020", ("2019-03", "2020-06")),
        ("March to August 2009", ("2009-03", "2009-08")),
        ("Dec. 2004  Present", ("2004-12", PRESENT)),
        ("2019/03 - 2020/05", ("2019-03", "2020-05")),
        ("Công ty ABC | AE | 03/2019 - 12/2021", ("2019-03", "2021-12")),
        ("since January 2007", ("2007-01", PRESENT)),
        ("Jan 2015 - Dec 2013", ("2013-12", "2015-01")),
        ("Jan '19 - Mar '20", ("2019-01", "2020-03")),
        ("Spring 2018 – Fall 2019", ("2018-03", "2019-09")),
        ("Marketing lead, 2019 - till date", ("2019-01", PRESENT)),
        ("May 2014 onwards", ("2014-05", PRESENT)),
        ("May 2014January 2015", ("2014-05", "2015-01")),  # a PDF glued the two ends
        ("2006Present", ("2006-01", PRESENT)),
        ("Feb 07 to Apr 09", ("2007-02", "2009-04")),  # a month and a two-digit year
        ("June 19th, 2004- January 10th, 2006", ("2004-06", "2006-01")),  # a day is skipped
        ("Since: October 1st 2012 Until: August 31st 2014", ("2012-10", "2014-08")),
        ("Sept. 9, 2007 - May 16, 2010", ("2007-09", "2010-05")),
        ("Spencer Retail Ltd. (MAY 08 – DECEMBER 09)", ("2008-05", "2009-12")),
        ("Jul 12 to Present", ("2012-07", PRESENT)),
        ("09/14 - Present", ("2014-09", PRESENT)),  # month / two-digit year, as a range
        ("05/13-08/14", ("2013-05", "2014-08")),
        ("4/29/08 - 3/27/09", ("2008-04", "2009-03")),  # a day that cannot be a month
        ("01/03/19 - nay", ("2019-03", PRESENT)),  # day first, with a two-digit year
        ("8/98-7/00", ("1998-08", "2000-07")),  # two digits: 1950-1999 or 2000-2049
        ("Jan '98 - Mar '01", ("1998-01", "2001-03")),
        ("05/23/2019 - 06/30/2020", ("2019-05", "2020-06")),  # can only be month first
        ("Eastern Lotus University 1982-86", ("1982-01", "1986-12")),  # two-digit end year
        ("Account Manager 2012 - 14", ("2012-01", "2014-12")),
        ("2015-16", ("2015-01", "2016-12")),
    ],
)
def test_find_ranges_reads_vietnamese_and_english_ranges(line, expected):
    assert [(r.start, r.end) for r in find_ranges(line)] == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "0912 345 678",
        "15.000.000 VNĐ",
        "Doanh số 2 tỷ",
        "Ngày sinh: 04/07/2001",
        "T3/2019",
        "",
        "Hỗ trợ khách hàng 24/7",  # "m/yy" alone is no date
        "Completed 3/10 projects early",
        "Hotline 24/7/365",
        "Call on 12/05/19",  # a day with a two-digit year alone: only one end of a range
        "09/14",
        "GPA 3.5/4.0",
        "2019-05",  # may be May 2019: no range without spaces when the end could be a month
        "Mã số 2019-12345",
        "Mayor 2019",  # a month's letters at the start of a word
        "12march 2019",  # a month glued to a number that is no year
        "Apr 12",  # "Feb 07" alone may be a day: only one end of a range is read
        "Workshop May 15 - June 20, 2019",  # a line that writes its year whole: days
    ],
)
def test_find_ranges_finds_no_range(line):
    assert find_ranges(line) == []


def test_find_ranges_with_singles_returns_lone_points():
    assert [
        (r.start, r.end, r.year_only) for r in find_ranges("Tốt nghiệp 2020", singles=True)
    ] == [("2020-01", None, True)]


def test_find_ranges_reads_two_ranges_on_one_line():
    found = find_ranges("2015 - 2017, 03/2018 - nay")
    assert [(r.start, r.end) for r in found] == [("2015-01", "2017-12"), ("2018-03", PRESENT)]


@pytest.mark.parametrize(
    ("intervals", "months"),
    [
        ([("2019-03", "2019-03")], 1),
        ([("2019-01", "2019-12")], 12),
        ([("2019-01", "2020-12"), ("2020-01", "2021-12")], 36),  # overlap counted once
        ([("2019-01", "2019-06"), ("2020-01", "2020-06")], 12),  # gap not counted
        ([("2026-01", PRESENT)], 11),  # present = the reference date (Nov 2026)
        ([("2030-01", "2031-01")], 0),  # the future is not experience
        ([], 0),
    ],
)
def test_union_months_counts_each_month_once(intervals, months):
    assert union_months(intervals, today=TODAY) == months


def test_month_index_present_is_today():
    assert month_index(PRESENT, today=TODAY) == month_index("2026-11", today=TODAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("04/07/2001", "2001-07-04"),  # day first
        ("4.7.2001", "2001-07-04"),
        ("1995-12-31", "1995-12-31"),
        ("12th March 1990", "1990-03-12"),
        ("March 12, 1990", "1990-03-12"),
        ("Năm sinh 1998", "1998"),
        ("31/02/2001", None),
        ("không rõ", None),
    ],
)
def test_parse_day_first_reads_birth_dates(text, expected):
    assert parse_day_first(text) == expected


def test_month_words_are_exactly_what_the_month_pattern_matches() -> None:
    prefixes = {w[:k] for w in _MONTH_WORDS for k in range(1, len(w) + 1)}
    longer = {p + ch for p in prefixes for ch in "abcdefghijklmnopqrstuvwxyz."}
    matched = {s for s in prefixes | longer if re.fullmatch(_MONTH_NAME, s)}
    assert matched == set(_MONTH_WORDS)
