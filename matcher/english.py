"""Read English test scores (IELTS, TOEIC, TOEFL) and a self-rated English level."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from matcher.text import first_words, folded_words
from matcher.types import English, Evidence
from matcher.vocabulary import group_res, reading, words_re

_IELTS = re.compile(r"\bielts\b[^0-9]{0,20}?(\d(?:[.,]\d)?)(?![\d])")
_TOEIC = re.compile(r"\btoeic\b[^0-9]{0,20}?(\d{3})(?!\d)")
_TOEFL = re.compile(r"\btoefl\b(?:\s*ibt|\s*itp|\s*pbt)?[^0-9]{0,20}?(\d{2,3})(?!\d)")
_RANK = ("basic", "intermediate", "advanced", "fluent", "native")


@cache
def _english_gate() -> frozenset[str] | None:
    return first_words(reading()["english_words"])


def find_english(lines: Sequence[tuple[str, str]]) -> English:
    """Scores and the highest self-rated level stated next to an English word."""
    ielts = toeic = toefl = None
    level: str | None = None
    evidence: list[Evidence] = []
    gate = _english_gate()
    for section, line in lines:
        folded, words = folded_words(line)
        if (
            gate is not None
            and gate.isdisjoint(words)
            and "ielts" not in folded
            and "toeic" not in folded
            and "toefl" not in folded
        ):
            continue  # no test name and no English word: nothing below can fire
        used = False  # each test's name is a plain substring: checked before its regex
        m = _IELTS.search(folded) if "ielts" in folded else None
        if m and ielts is None:
            value = float(m.group(1).replace(",", "."))
            if 1 <= value <= 9:
                ielts, used = value, True
        m = _TOEIC.search(folded) if "toeic" in folded else None
        if m and toeic is None and 10 <= int(m.group(1)) <= 990:
            toeic, used = int(m.group(1)), True
        m = _TOEFL.search(folded) if "toefl" in folded else None
        if m and toefl is None and 0 < int(m.group(1)) <= 677:
            toefl, used = int(m.group(1)), True
        if (
            len(folded) < 160
            and (gate is None or not gate.isdisjoint(words))
            and words_re("english_words").search(folded)
        ):
            for name, pattern in group_res("english_levels"):
                if pattern.search(folded):
                    if level is None or _RANK.index(name) > _RANK.index(level):
                        level = name
                    used = True
                    break
        if used:
            evidence.append(Evidence(section, line, 0, len(line)))
    return English(ielts=ielts, toeic=toeic, toefl=toefl, level=level, evidence=tuple(evidence))
