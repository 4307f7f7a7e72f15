"""Property-based tests (hypothesis) for the text parsers: never raise, keep their invariants."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matcher.dates import PRESENT, find_ranges, parse_day_first, union_months
from matcher.fields import read_candidate
from matcher.phones import find_phones, normalize_phone
from matcher.salary import find_expected_salary, parse_salary
from matcher.sections import heading_name, split_sections
from matcher.types import Document

TODAY = date(2026, 11, 1)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks like CV fragments: digits, separators, month names, Vietnamese words.
FRAGMENTS = st.sampled_from(
    ["03/2019", "2019", " - ", "–", "nay", "Hiện tại", "Present", "Mar", "December", "T3/",
     "Tháng ", "12.2021", "to", "0912 345 678", "+84", "(+84)", "01662", "triệu", "tr", "USD",
     "$", "15.000.000", "VNĐ", "Thỏa thuận", "gross", "net", "-", "KINH NGHIỆM", "Skills", ":",
     "1.", "•", " ", "\t", "năm", "years", "5+", "đến", "since", "0", "9", "84", "09/14",
     "8/98", "05/23/2019", "'19", "24/7", "E X P E R I E N C E"]
)  # fmt: skip
CV_TEXT = st.one_of(st.text(), st.lists(FRAGMENTS, max_size=12).map("".join))
YEAR_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


@SETTINGS
@given(CV_TEXT)
def test_find_ranges_never_ends_before_it_starts(text):
    for found in find_ranges(text, singles=True):
        assert found.start is None or YEAR_MONTH.match(found.start)
        if found.end not in (None, PRESENT):
            assert YEAR_MONTH.match(found.end)
            assert found.start is not None and found.end >= found.start


@SETTINGS
@given(CV_TEXT)
def test_parse_day_first_never_raises(text):
    result = parse_day_first(text)
    assert result is None or re.match(r"^\d{4}(-\d{2}-\d{2})?$", result)


@SETTINGS
@given(st.lists(st.tuples(st.integers(1950, 2030), st.integers(1, 12), st.integers(0, 600))))
def test_union_months_is_between_zero_and_the_span(spans):
    intervals = []
    for year, month, length in spans:
        start = year * 12 + month - 1
        end = start + length
        intervals.append((f"{year:04d}-{month:02d}", f"{end // 12:04d}-{end % 12 + 1:02d}"))
    months = union_months(intervals, today=TODAY)
    assert 0 <= months <= (TODAY.year - 1950 + 1) * 12


@SETTINGS
@given(CV_TEXT)
def test_find_phones_gives_e164_or_the_text_as_written(text):
    for hit in find_phones(text):
        assert re.fullmatch(r"\+84\d{9,10}", hit.number) or hit.number == hit.raw
        if hit.number.startswith("+84") and hit.number[3] in "35789":
            assert len(hit.number) == 12  # a mobile: +84 and 9 digits


@SETTINGS
@given(CV_TEXT)
def test_normalize_phone_never_raises(text):
    result = normalize_phone(text)
    assert result is None or isinstance(result, str)


@SETTINGS
@given(CV_TEXT)
def test_parse_salary_keeps_min_at_most_max(text):
    salary = parse_salary(text)
    if salary is not None and not salary.negotiable:
        assert salary.min_mvnd is not None and salary.max_mvnd is not None
        assert 0 < salary.min_mvnd <= salary.max_mvnd
    if salary is not None and salary.negotiable:
        assert (salary.min_mvnd, salary.max_mvnd) == (None, None)


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["objective", "header", "other"]), CV_TEXT), max_size=5))
def test_find_expected_salary_never_raises(pairs):
    salary = find_expected_salary(pairs)
    assert salary is None or salary.evidence is not None


@SETTINGS
@given(CV_TEXT)
def test_heading_name_never_raises(text):
    assert heading_name(text) in {None, "personal", "objective", "experience", "education",
                                  "skills", "languages", "certificates", "activities",
                                  "projects", "awards", "hobbies", "references", "other"}  # fmt: skip


@SETTINGS
@given(st.lists(CV_TEXT, max_size=30))
def test_split_sections_keeps_every_line_and_index(lines):
    sections = split_sections(lines)
    kept = sum(len(s.lines) for s in sections) + sum(1 for s in sections if s.heading is not None)
    assert kept == len(lines)
    for section in sections:
        assert tuple(lines[section.start : section.start + len(section.lines)]) == section.lines


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(CV_TEXT, max_size=40))
def test_read_candidate_never_raises_and_years_stay_in_range(lines):
    document = Document(lines=tuple(lines), pages=1, kind="text", language="vi")
    candidate = read_candidate(document, split_sections(document.lines), today=TODAY)
    assert candidate.years_experience is None or 0 <= candidate.years_experience <= 60
    for role in candidate.roles:
        if role.start and role.end and role.end != PRESENT:
            assert role.end >= role.start
