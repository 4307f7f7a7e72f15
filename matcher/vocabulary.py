"""The reader's word lists, loaded once from job_profiles/reading.yaml and compiled to regexes.

Every phrase is folded (``matcher.text.fold``) and matched on word boundaries, so the YAML
holds each phrase once with its diacritics and the code never lists domain words itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from matcher.text import fold
from matcher.yamlfile import load_yaml

DATA_DIR = Path(__file__).resolve().parents[1] / "job_profiles"


READING = "reading.yaml"
HEADLINE = "headline.yaml"  # headlines and titles held, read by matcher.headline and roles


@cache
def word_lists(name: str) -> Mapping[str, Any]:
    """A parsed word-list file of job_profiles/ (cached; treat as read-only)."""
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        return load_yaml(handle)


def reading() -> Mapping[str, Any]:
    """The parsed reading.yaml (cached; treat as read-only)."""
    return word_lists(READING)


def phrase_pattern(phrases: Iterable[str]) -> str:
    """A regex alternation of folded phrases, longest first, bounded by non-word characters."""
    folded = sorted(
        {fold(str(p)).strip() for p in phrases if str(p).strip()}, key=len, reverse=True
    )
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in folded)
    return rf"(?<![\w])(?:{body})(?![\w])"


@cache
def words_re(key: str, file: str = READING) -> re.Pattern[str]:
    """Compiled matcher for a list in reading.yaml (or another word-list file), applied to
    folded text."""
    return re.compile(phrase_pattern(word_lists(file)[key]))


@cache
def group_res(key: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """For a mapping of id -> phrases in reading.yaml: ((id, compiled matcher), ...) in order."""
    return tuple(
        (name, re.compile(phrase_pattern(words))) for name, words in reading()[key].items()
    )


def has_words(key: str, text: str) -> bool:
    """True when ``text`` (any case, any diacritics) holds a phrase of list ``key``."""
    return words_re(key).search(fold(text)) is not None
