"""Session-scoped fixtures for the expensive objects, and the path to ../shared/data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_resumes"
SHARED_DATA = ROOT.parent / "shared" / "data"
# "present" in a CV is measured against this date in every test, so results never drift.
REFERENCE_DATE = date(2026, 11, 1)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, or a skip with the reason when this checkout has none beside it."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture(scope="session")
def profiles():
    from matcher.profiles import load_profiles

    return load_profiles()


@pytest.fixture(scope="session")
def pipeline(profiles):
    from matcher.pipeline import build_pipeline

    return build_pipeline(profiles=profiles, today=REFERENCE_DATE)


@pytest.fixture(scope="session")
def finder(pipeline):
    """The pipeline's SkillFinder: the phrase matcher is compiled once per test session."""
    return pipeline.finder
