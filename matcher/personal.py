"""Find personal data (birth date, age, gender, marital status, hometown, address, ID) so the
app can hide it. Nothing found here is ever read by a scoring function."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from matcher.dates import parse_day_first
from matcher.text import first_words, fold, folded_words
from matcher.types import Evidence, Personal
from matcher.vocabulary import group_res, phrase_pattern, reading

_CHUNKS = re.compile(r"\s*(?:\||•|·|;|\t|\s{3,})\s*")


@cache
def _label_re() -> re.Pattern[str]:
    """``label: value`` where label is any personal label (group name = field)."""
    parts = []
    for name, words in reading()["personal_labels"].items():
        parts.append(f"(?P<{name}>{phrase_pattern(words)})")
    return re.compile(r"^\s*(?:[-+*•]\s*)?(?:" + "|".join(parts) + r")\s*(?:[:：\-]|\s(?=\S))\s*")


@cache
def _any_label_re() -> re.Pattern[str]:
    """Any personal label anywhere: most lines hold none and are passed over at once."""
    words = [w for group in reading()["personal_labels"].values() for w in group]
    return re.compile(phrase_pattern(words))


@cache
def _label_gate() -> frozenset[str] | None:
    return first_words(w for group in reading()["personal_labels"].values() for w in group)


def _value_of(key: str, value: str) -> str | None:
    folded = fold(value)
    for name, pattern in group_res(key):
        if pattern.search(folded):
            return name
    return value.strip() or None


def _age_from(dob: str, today: date) -> int | None:
    try:
        if len(dob) == 4:
            return today.year - int(dob)
        born = date.fromisoformat(dob)
    except ValueError:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def find_personal(
    lines: Sequence[tuple[str, str]], *, has_photo: bool, today: date
) -> tuple[Personal, list[Evidence]]:
    """Personal fields and the evidence lines holding them, from (section, line) pairs."""
    found: dict[str, str | int | None] = {}
    evidence: list[Evidence] = []
    for section, line in lines:
        if section in ("references",):
            continue
        folded_line, words = folded_words(line)
        gate = _label_gate()
        if (gate is not None and gate.isdisjoint(words)) or not _any_label_re().search(folded_line):
            continue  # chunks are cut at non-words, so a label at a chunk's start is in here
        hit = False
        for chunk in _CHUNKS.split(line):
            if not chunk:
                continue
            folded = fold(chunk)
            if len(folded) != len(chunk):
                continue
            m = _label_re().match(folded)
            if not m or m.lastgroup is None:
                continue
            loose = section not in ("header", "personal")
            if loose and ":" not in folded[m.start() : m.end()] and "：" not in chunk:
                continue
            field_name = m.lastgroup
            value = chunk[m.end() :].strip(" :-–")
            if not value:
                continue
            hit = True
            if field_name in found:
                continue
            if field_name == "date_of_birth":
                dob = parse_day_first(value)
                if dob:
                    found["date_of_birth"] = dob
            elif field_name == "age":
                age = re.search(r"\d{2}", value)
                if age and 14 <= int(age.group()) <= 80:
                    found["age"] = int(age.group())
                else:
                    hit = False
            elif field_name == "gender":
                found["gender"] = _value_of("gender_values", value)
            elif field_name == "marital_status":
                found["marital_status"] = _value_of("marital_values", value)
            elif field_name == "national_id":
                number = re.search(r"[A-Z]?\d[\d\s.]{6,14}\d", value)
                found["national_id"] = number.group().replace(" ", "") if number else value
            elif field_name in ("hometown", "address"):
                found[field_name] = value
        if hit:
            evidence.append(Evidence(section, line, 0, len(line)))
    dob = found.get("date_of_birth")
    age = found.get("age")
    if age is None and isinstance(dob, str):
        age = _age_from(dob, today)
        if age is not None and not 10 <= age <= 90:
            age = None
    personal = Personal(
        photo=has_photo,
        date_of_birth=dob if isinstance(dob, str) else None,
        age=age if isinstance(age, int) else None,
        gender=str(found["gender"]) if found.get("gender") else None,
        marital_status=str(found["marital_status"]) if found.get("marital_status") else None,
        hometown=str(found["hometown"]) if found.get("hometown") else None,
        address=str(found["address"]) if found.get("address") else None,
        national_id=str(found["national_id"]) if found.get("national_id") else None,
        lines=tuple(evidence),
    )
    return personal, evidence
