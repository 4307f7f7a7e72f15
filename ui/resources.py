"""Expensive shared objects, built once per process with ``st.cache_resource``.

Only immutable things live here (profiles, the pipeline, the worker pool). Candidate data
never does: it stays in ``st.session_state`` of the visitor who uploaded it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

if TYPE_CHECKING:
    from matcher.batch import ScreenCache, ScreenerView
    from matcher.pipeline import Pipeline
    from matcher.profiles import ProfileSet

ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = ROOT / "sample_resumes"
CV_SUFFIXES = (".pdf", ".docx", ".txt")

PROFILES_KEY = "profiles"  # session ProfileSet adjusted on the Profiles page
PROFILES_TAG_KEY = "profiles_tag"  # short digest of the adjusted profiles ("" = bundled)
SCREEN_CACHE_KEY = "_screener_cache"  # this session's ScreenCache (documents, results)
SESSION_CACHE_SIZE = 512  # files remembered per session (results stay in batch_results too)


@st.cache_resource(show_spinner=False)
def base_profiles() -> ProfileSet:
    """The bundled AE/AM/AD profiles (job_profiles/)."""
    from matcher.profiles import load_profiles

    return load_profiles()


@st.cache_resource(show_spinner=False)
def base_pipeline() -> Pipeline:
    """The pipeline over the bundled profiles: spaCy matcher built once per process."""
    from matcher.pipeline import build_pipeline

    return build_pipeline(profiles=base_profiles())


def shared_screener() -> ScreenerView:
    """The process-wide worker pool, seen through this session's own cache.

    The pool (``matcher.batch.shared_screener``, one per process, restarted if closed, so not
    wrapped in ``st.cache_resource``) is shared by every visitor; the documents and results
    it remembers live in this session's state only and go when the session ends.
    """
    from matcher.batch import shared_screener as process_screener

    return process_screener().view(session_cache())


def session_cache() -> ScreenCache:
    """This session's memory of the files it screened (never shared with other sessions)."""
    from matcher.batch import ScreenCache

    cache = st.session_state.get(SCREEN_CACHE_KEY)
    if cache is None:
        cache = st.session_state[SCREEN_CACHE_KEY] = ScreenCache(SESSION_CACHE_SIZE)
    return cache


def session_profiles() -> ProfileSet:
    """The profiles this session screens with: adjusted ones if any, else the bundled."""
    return st.session_state.get(PROFILES_KEY) or base_profiles()


def session_pipeline() -> Pipeline:
    """The pipeline for this session: the shared one, or one built for adjusted profiles."""
    profiles = st.session_state.get(PROFILES_KEY)
    if profiles is None:
        return base_pipeline()
    return _pipeline_for(profiles.version, profiles)


@st.cache_resource(show_spinner=False, max_entries=16)
def _pipeline_for(version: str, _profiles: ProfileSet) -> Pipeline:
    """A pipeline per adjusted profile version (its skill matcher reads level phrases too)."""
    from matcher.pipeline import build_pipeline

    return build_pipeline(profiles=_profiles)


def profiles_tag() -> str:
    """Identifies the session's profiles in result caches ("" for the bundled ones)."""
    return str(st.session_state.get(PROFILES_TAG_KEY, ""))


@st.cache_resource(show_spinner=False)
def sample_files() -> tuple[tuple[str, bytes], ...]:
    """The bundled sample CVs as (name, bytes), sorted by name; read once per process."""
    if not SAMPLES_DIR.is_dir():
        return ()
    paths = sorted(
        p for p in SAMPLES_DIR.rglob("*") if p.is_file() and p.suffix.lower() in CV_SUFFIXES
    )
    return tuple((p.relative_to(SAMPLES_DIR).as_posix(), p.read_bytes()) for p in paths)
