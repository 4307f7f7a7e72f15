"""Screen uploaded files through the shared worker pool, remembering results per session.

Results are kept in ``st.session_state`` keyed by (content hash, profiles, job description),
so a rerun, a change of filter or of page never parses a file again in the same session.
The worker pool is shared by all sessions; its document cache is this session's own.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Sequence

import streamlit as st

from matcher.pipeline import Pipeline, content_hash
from matcher.types import Screening
from ui.resources import profiles_tag, shared_screener

RESULTS_KEY = "batch_results"  # list[Screening] of the current batch (the shared contract)
CACHE_KEY = "_screen_cache"  # {(content hash, profiles tag, jd tag): Screening}
PARSED_KEY = "screen_files_sent"  # how many files this session sent to the screener

Progress = Callable[[int, int, Sequence[Screening | None]], None]


def text_digest(text: str) -> str:
    """A short digest that names a job description in cache keys ("" for none)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] if text.strip() else ""


def screen_batch(
    files: Sequence[tuple[str, bytes]],
    *,
    pipeline: Pipeline,
    jd_profile=None,
    jd_tag: str = "",
    on_progress: Progress | None = None,
) -> list[Screening]:
    """Screen ``files`` (name, bytes) in input order; only files new to the session are parsed."""
    cache: dict[tuple[str, str, str], Screening] = st.session_state.setdefault(CACHE_KEY, {})
    tag = (profiles_tag(), jd_tag)
    results: list[Screening | None] = [None] * len(files)
    todo: list[int] = []
    for i, (name, data) in enumerate(files):
        hit = cache.get((content_hash(data), *tag))
        if hit is None:
            todo.append(i)
        else:
            results[i] = hit if hit.file == name else dataclasses.replace(hit, file=name)
    done = len(files) - len(todo)
    if on_progress:
        on_progress(done, len(files), results)
    if not todo:
        return [r for r in results if r is not None]

    def on_result(j: int, screening: Screening) -> None:
        nonlocal done
        i = todo[j]
        if results[i] is None:
            done += 1
        results[i] = screening
        # Cached at once: a click that reruns the page mid-batch keeps what is done.
        cache[(content_hash(files[i][1]), *tag)] = screening
        if on_progress:
            on_progress(done, len(files), results)

    batch = [files[i] for i in todo]
    st.session_state[PARSED_KEY] = st.session_state.get(PARSED_KEY, 0) + len(batch)
    final = shared_screener().screen(
        batch, pipeline=pipeline, jd_profile=jd_profile, on_result=on_result
    )
    for j, screening in enumerate(final):
        i = todo[j]
        results[i] = screening
        cache[(content_hash(files[i][1]), *tag)] = screening
    return [r for r in results if r is not None]
