"""AccountFit engine: read CVs and score them against account roles at Vietnamese agencies.

The engine never imports Streamlit. Public API re-exported here.
"""

from __future__ import annotations

from matcher.pipeline import (
    Pipeline,
    build_pipeline,
    content_hash,
    default_pipeline,
    read_file,
    screen_file,
    screen_text,
)
from matcher.types import (
    Assessment,
    Candidate,
    Criterion,
    Document,
    Evidence,
    FileError,
    LevelFit,
    Orientation,
    Readiness,
    ReadError,
    SalaryFit,
    Screening,
    SkillHit,
)

__all__ = [
    "Assessment", "Candidate", "Criterion", "Document", "Evidence", "FileError", "LevelFit",
    "Orientation", "Pipeline", "ReadError", "Readiness", "SalaryFit", "Screening", "SkillHit",
    "build_pipeline", "content_hash", "default_pipeline", "read_file", "screen_file",
    "screen_text",
]
