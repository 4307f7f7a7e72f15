"""Screening results as display items: a stable key, a label, and a result dict.

Every page renders from dicts in the ``Screening.to_dict()`` shape, so results stored in a
shortlist render the same way. In blind mode the dict goes through ``matcher.report.redact``
and then through ``scrub`` here, so no view or export can show a personal field by accident.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import streamlit as st

from matcher.text import fold
from matcher.types import Screening
from ui.strings import lang, t

VIEW_CACHE_KEY = "_view_cache"  # {(result id, file, n, blind, lang): Item} of the last render
_DIGITS = re.compile(r"\D+")
_PARTS = re.compile(r"\s*[,;]\s+")
_KEEP = {"content_hash", "status", "code", "section", "language", "profile_version"}


@dataclass(frozen=True)
class Item:
    """One candidate ready to render: ``key`` is unique and stable within its source."""

    key: str
    label: str
    data: dict[str, Any]
    source: str = "batch"  # "batch" | "saved"


def sensitive_texts(screening: Screening) -> tuple[str, ...]:
    """Strings that identify the person: name, contacts, personal values and their lines."""
    cand = screening.candidate
    if cand is None:
        return ()
    out: list[str] = []
    if cand.name:
        out.append(cand.name)
    out.extend(cand.emails)
    out.extend(cand.phones)
    p = cand.personal
    out.extend(
        str(v)
        for v in (p.date_of_birth, p.hometown, p.address, p.national_id)
        if v and len(str(v)) >= 4
    )
    out.extend(ev.text for ev in p.lines if ev.text.strip())
    for key in ("name", "emails", "phones", "email", "phone", "personal"):
        out.extend(ev.text for ev in cand.evidence.get(key, ()) if ev.text.strip())
    return tuple(dict.fromkeys(out))


def _phone_tails(texts: Iterable[str]) -> set[str]:
    tails = set()
    for text in texts:
        digits = _DIGITS.sub("", text)
        if len(digits) >= 9:
            tails.add(digits[-9:])
    return tails


def _mentions(text: str, needles: Sequence[str], tails: set[str]) -> bool:
    low = fold(text)
    if any(n in low for n in needles if n):
        return True
    digits = _DIGITS.sub("", text)
    return any(tail in digits for tail in tails)


def _clean_text(text: str, needles: Sequence[str], tails: set[str]) -> str:
    """``text`` without the comma- or semicolon-separated parts that mention the person."""
    if not _mentions(text, needles, tails):
        return text
    parts = _PARTS.split(text)
    return ", ".join(p for p in parts if not _mentions(p, needles, tails)).strip(" ,;")


def _scrub_all(value: Any, needles: Sequence[str], tails: set[str], key: str = "") -> Any:
    """Drop evidence entries that mention the person and clean every other text value."""
    if isinstance(value, dict):
        text = value.get("text")
        if isinstance(text, str) and _mentions(text, needles, tails):
            return None
        return {k: _scrub_all(v, needles, tails, k) for k, v in value.items()}
    if isinstance(value, list):
        items = [_scrub_all(v, needles, tails, key) for v in value]
        return [v for v in items if v is not None]
    if isinstance(value, str) and key not in _KEEP:
        return _clean_text(value, needles, tails)
    return value


def scrub(data: dict[str, Any], *, label: str, sensitive: Sequence[str] = ()) -> dict[str, Any]:
    """Blind-mode copy of a result dict: identity fields removed, file renamed to ``label``.

    ``matcher.report.redact`` does the removal; the pass here also cleans every other text
    (criterion details, titles) that mentions the person, so a misread line cannot leak.
    """
    from matcher.report import redact

    cand = data.get("candidate") or {}
    needles = [s for s in sensitive if len(s.strip()) >= 3]
    if cand.get("name"):
        needles.append(cand["name"])
    needles.extend(e for e in cand.get("emails") or [] if e)
    tails = _phone_tails(list(cand.get("phones") or []) + list(sensitive))
    data = redact(data, personal_lines=sensitive)
    data = _scrub_all(data, tuple(fold(n) for n in needles), tails)
    data["file"] = label
    data["label"] = label
    return data


def display_label(data: dict[str, Any], *, n: int, blind: bool) -> str:
    """The candidate's name (or file) normally; "Ứng viên n" / "Candidate n" when blind."""
    if blind:
        return t("candidate_n", n=n)
    cand = data.get("candidate") or {}
    return str(cand.get("name") or data.get("label") or data.get("file") or t("candidate_n", n=n))


def batch_items(screenings: Sequence[Screening | None], *, blind: bool) -> list[Item]:
    """Display items for the current batch, numbered in upload order (None: not back yet).

    Items are remembered in this session's state (blind scrubbing of 200 results takes
    seconds), keyed by the result object, its number, blind mode and language.
    """
    memo = st.session_state.get(VIEW_CACHE_KEY) or {}
    fresh: dict[tuple[Any, ...], Item] = {}
    items = []
    for i, s in enumerate(screenings, start=1):
        if s is None:
            continue
        key = (id(s), s.content_hash, s.profile_version, s.file, i, blind, lang())
        item = memo.get(key)
        if item is None:
            data = s.to_dict()
            label = display_label(data, n=i, blind=blind)
            if blind:
                data = scrub(data, label=label, sensitive=sensitive_texts(s))
            item = Item(key=f"b{i}:{s.content_hash[:16]}", label=label, data=data)
        fresh[key] = item
        items.append(item)
    st.session_state[VIEW_CACHE_KEY] = fresh
    return items


def saved_items(pairs: Sequence[tuple[str, dict[str, Any]]], *, blind: bool) -> list[Item]:
    """Display items for candidates saved in shortlists (label, result dict)."""
    items = []
    for i, (label, data) in enumerate(pairs, start=1):
        shown = t("saved_candidate_n", n=i) if blind else label
        data = scrub(data, label=shown) if blind else dict(data)
        items.append(
            Item(
                key=f"s{i}:{data.get('content_hash', '')[:16]}",
                label=shown,
                data=data,
                source="saved",
            )
        )
    return items
