"""Read an expected salary into million VND per month, from its label or an objective line.

USD amounts use the one rate in job_profiles/reading.yaml (``usd_to_vnd``). "Thỏa thuận" or
"negotiable" without a number gives ``negotiable=True`` and no range. ``min <= max`` always.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from matcher.text import first_words, fold, folded_words
from matcher.types import Evidence, Salary
from matcher.vocabulary import reading, words_re

_AMOUNT = re.compile(
    r"(?<![\w.,])(?P<usd1>\$\s*)?(?P<num>\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)\s*"
    r"(?P<unit>trieu|tr|cu|ty|m|mil|million|millions|k|nghin|ngan|vnd|vnđ|dong|d|đ|usd|\$|us\$)?(?![a-z])",
)
_RANGE_SEP = re.compile(r"^\s*(?:-|–|—|~|to|den|toi|\/)\s*$")
_MILLION = {"trieu", "tr", "cu", "m", "mil", "million", "millions"}
_VND = {"vnd", "vnđ", "dong", "d", "đ"}
_USD = {"usd", "$", "us$"}


def usd_rate_mvnd() -> float:
    """Million VND per USD, from the single rate in reading.yaml."""
    return float(reading()["usd_to_vnd"]) / 1_000_000


def _number(text: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text):
        return float(re.sub(r"[.,]", "", text))
    return float(text.replace(",", "."))


def parse_salary(text: str) -> Salary | None:
    """The salary stated in ``text`` (a label's value), or None when it holds none.

    >>> s = parse_salary("12-15 triệu (gross)")
    >>> (s.min_mvnd, s.max_mvnd, s.basis)
    (12.0, 15.0, 'gross')
    """
    if not isinstance(text, str):
        return None
    folded = fold(text)
    basis = "gross" if words_re("gross_words").search(folded) else None
    if basis is None and words_re("net_words").search(folded):
        basis = "net"
    amounts: list[tuple[float, str | None, int, int, bool]] = []
    for m in _AMOUNT.finditer(folded):
        try:
            value = _number(m.group("num"))
        except ValueError:
            continue
        unit = m.group("unit")
        if m.group("usd1"):
            unit = "$"
        amounts.append((value, unit, m.start(), m.end(), bool(m.group("usd1"))))
    values: list[float] = []
    usd_written = re.search(r"usd|\$", folded) is not None
    currency = "USD" if usd_written else "VND"
    # the unit written after the last number applies to a bare number before it ("12-15 triệu")
    for index, (value, unit, start, _end, _pre) in enumerate(amounts):
        if unit is None and index + 1 < len(amounts):
            nxt = amounts[index + 1]
            if _RANGE_SEP.match(folded[_end : nxt[2]]):
                unit = nxt[1]
        if unit in _USD:
            mvnd = value * usd_rate_mvnd()
        elif unit == "k":
            mvnd = value * 1000 * usd_rate_mvnd() if currency == "USD" else value / 1000
        elif unit in _MILLION:
            mvnd = value
        elif unit == "ty":
            mvnd = value * 1000
        elif unit in _VND or unit is None:
            if value >= 100_000:
                mvnd = value / 1_000_000
            elif unit is None and 1 <= value <= 500:
                mvnd = value  # "Mức lương mong muốn: 12 - 15" is in millions
            else:
                continue
        else:
            continue
        if 0.5 <= mvnd <= 1000:
            values.append(round(mvnd, 3))
        del start
    if values:
        low, high = min(values[:2]), max(values[:2])
        return Salary(low, high, text.strip(), negotiable=False, basis=basis, currency=currency)
    if words_re("negotiable_words").search(folded):
        return Salary(None, None, text.strip(), negotiable=True, basis=basis)
    return None


@cache
def _gate(key: str) -> frozenset[str] | None:
    return first_words(reading()[key])


def _label_value(line: str) -> str | None:
    """The text after a salary label in ``line`` ("" when the label ends the line)."""
    folded, words = folded_words(line)
    gate = _gate("salary_labels")
    if gate is not None and gate.isdisjoint(words):
        return None  # no label word starts any word of the line: no regex scan
    m = words_re("salary_labels").search(folded)
    if not m:
        return None
    rest = line[m.end() :] if len(folded) == len(line) else folded[m.end() :]
    return rest.lstrip(" :：-–\t")


def find_expected_salary(lines: Sequence[tuple[str, str]]) -> Salary | None:
    """The first expected salary among (section, line) pairs: after a label, or on the next
    line when the label stands alone, or in an objective line that speaks of salary."""
    for index, (section, line) in enumerate(lines):
        value = _label_value(line)
        if value is not None:
            salary = parse_salary(value) if value.strip() else None
            if salary is None and index + 1 < len(lines) and not value.strip():
                nxt_section, nxt = lines[index + 1]
                salary = parse_salary(nxt)
                if salary is not None:
                    return _with_evidence(salary, nxt_section, nxt)
            if salary is not None:
                return _with_evidence(salary, section, line)
            continue
        if section == "objective" and words_re("salary_context_words").search(fold(line)):
            salary = parse_salary(line)
            if salary is not None and not salary.negotiable:
                return _with_evidence(salary, section, line)
    return None


def _with_evidence(salary: Salary, section: str, line: str) -> Salary:
    return Salary(
        salary.min_mvnd,
        salary.max_mvnd,
        salary.text,
        salary.negotiable,
        salary.basis,
        salary.currency,
        Evidence(section, line, 0, len(line)),
    )
