"""Expected salary in million VND per month (matcher.salary)."""

from __future__ import annotations

import pytest

from matcher.salary import find_expected_salary, parse_salary, usd_rate_mvnd
from matcher.types import Evidence, Salary


def test_usd_rate_is_the_one_documented_rate():
    assert usd_rate_mvnd() == pytest.approx(0.026)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12-15 triệu", (12.0, 15.0, False, None, "VND")),
        ("12 - 15 triệu/tháng", (12.0, 15.0, False, None, "VND")),
        ("15.000.000 VNĐ", (15.0, 15.0, False, None, "VND")),
        ("15,000,000 VND", (15.0, 15.0, False, None, "VND")),
        ("20.000.000 - 25.000.000 đ", (20.0, 25.0, False, None, "VND")),
        ("15tr", (15.0, 15.0, False, None, "VND")),
        ("15 triệu", (15.0, 15.0, False, None, "VND")),
        ("12.5 triệu net", (12.5, 12.5, False, "net", "VND")),
        ("10 - 12M gross", (10.0, 12.0, False, "gross", "VND")),
        ("từ 10 đến 15 triệu", (10.0, 15.0, False, None, "VND")),
        ("1.000 USD", (26.0, 26.0, False, None, "USD")),
        ("800$", (20.8, 20.8, False, None, "USD")),
        ("$800 - $1,200", (20.8, 31.2, False, None, "USD")),
        ("800 - 1000 USD (gross)", (20.8, 26.0, False, "gross", "USD")),
        ("Thỏa thuận", (None, None, True, None, "VND")),
        ("Thoả thuận", (None, None, True, None, "VND")),
        ("Thương lượng", (None, None, True, None, "VND")),
        ("Negotiable", (None, None, True, None, "VND")),
        ("15 - 12 triệu", (12.0, 15.0, False, None, "VND")),
    ],
)
def test_parse_salary_reads_ranges_units_and_basis(text, expected):
    salary = parse_salary(text)
    assert salary is not None
    got = (salary.min_mvnd, salary.max_mvnd, salary.negotiable, salary.basis, salary.currency)
    assert got == pytest.approx(expected) if None not in expected[:2] else got == expected


@pytest.mark.parametrize("text", ["", "Không có", "2 tỷ", "abc"])
def test_parse_salary_without_an_amount_is_none(text):
    assert parse_salary(text) is None


def test_find_expected_salary_reads_the_label_value_with_evidence():
    line = "Mức lương mong muốn: 12-15 triệu (gross)"
    assert find_expected_salary([("objective", line)]) == Salary(
        12.0, 15.0, "12-15 triệu (gross)", False, "gross", "VND",
        Evidence("objective", line, 0, len(line)),
    )  # fmt: skip


def test_find_expected_salary_reads_the_line_after_a_bare_label():
    pairs = [("other", "Expected salary:"), ("other", "800 USD net")]
    salary = find_expected_salary(pairs)
    assert (salary.min_mvnd, salary.basis, salary.evidence.text) == (20.8, "net", "800 USD net")


def test_find_expected_salary_keeps_negotiable_without_numbers():
    salary = find_expected_salary([("personal", "Mức lương mong đợi: Thỏa thuận")])
    assert (salary.min_mvnd, salary.max_mvnd, salary.negotiable) == (None, None, True)


@pytest.mark.parametrize(
    "pairs",
    [
        [("experience", "Đạt doanh số 2 tỷ/năm, thưởng 15 triệu")],
        [("experience", "Quản lý ngân sách 500 triệu cho chiến dịch")],
        [("objective", "Trở thành Account Manager trong 3 năm")],
    ],
)
def test_find_expected_salary_ignores_amounts_outside_salary_context(pairs):
    assert find_expected_salary(pairs) is None


def test_find_expected_salary_reads_an_objective_line_about_salary():
    line = "Mong muốn mức thu nhập khoảng 15 triệu"
    salary = find_expected_salary([("objective", line)])
    assert (salary.min_mvnd, salary.max_mvnd) == (15.0, 15.0)
