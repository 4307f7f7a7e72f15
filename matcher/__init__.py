"""AccountFit engine: read CVs and score them against account roles at Vietnamese agencies.

The engine never imports Streamlit. The public API is re-exported here lazily (PEP 562), so
worker processes that only extract text never pay for importing spaCy and the profiles.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "Pipeline": "matcher.pipeline",
    "build_pipeline": "matcher.pipeline",
    "content_hash": "matcher.pipeline",
    "default_pipeline": "matcher.pipeline",
    "read_file": "matcher.pipeline",
    "screen_file": "matcher.pipeline",
    "screen_text": "matcher.pipeline",
    "Assessment": "matcher.types",
    "Candidate": "matcher.types",
    "Criterion": "matcher.types",
    "Document": "matcher.types",
    "Evidence": "matcher.types",
    "FileError": "matcher.types",
    "LevelFit": "matcher.types",
    "Orientation": "matcher.types",
    "Readiness": "matcher.types",
    "ReadError": "matcher.types",
    "SalaryFit": "matcher.types",
    "Screening": "matcher.types",
    "SkillHit": "matcher.types",
    "BatchScreener": "matcher.batch",
    "Limits": "matcher.settings",
    "load_profiles": "matcher.profiles",
    "profile_from_jd": "matcher.jd",
    "open_store": "matcher.store",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'matcher' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
