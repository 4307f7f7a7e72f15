"""Word lists of job_profiles/headline.yaml (headlines, held titles), compiled like reading.yaml's."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from matcher.vocabulary import DATA_DIR, phrase_pattern
from matcher.yamlfile import load_yaml


@cache
def headline_words() -> Mapping[str, Any]:
    """The parsed headline.yaml (cached; treat as read-only)."""
    with (DATA_DIR / "headline.yaml").open(encoding="utf-8") as handle:
        return load_yaml(handle)


@cache
def headline_re(key: str) -> re.Pattern[str]:
    """Compiled matcher for a list in headline.yaml, applied to folded text."""
    return re.compile(phrase_pattern(headline_words()[key]))
