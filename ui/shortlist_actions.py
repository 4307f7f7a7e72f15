"""Shortlist helpers shared by pages: the cached store, "Add to shortlist", saved candidates.

The ``Store`` object is shared by the process (``st.cache_resource``); candidate data is
read from it per request and never cached.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from contextlib import suppress
from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from matcher.store import LEVELS, Store, open_store, resolve_url
from matcher.types import STATUS_OK, Screening
from ui.shortlist_strings import st_

ACTOR_KEY = "shortlist_actor"  # who is acting, for the audit log (set on the Shortlists page)
NEW = -1  # the "new shortlist" choice in the target box
JD_TEXT_KEY = "screen_jd_text"  # the batch page's job description box


@st.cache_resource(show_spinner=False)
def _store_for(url: str) -> Store:
    return open_store(url)


def get_store() -> Store:
    """The process-wide store at ``$ACCOUNTFIT_DB`` (or data/accountfit.db), migrated."""
    return _store_for(resolve_url())


@st.cache_resource(show_spinner=False)
def _purge_once(url: str, day: date) -> int:
    return _store_for(url).purge_expired()


def purge_on_startup() -> int:
    """Delete candidates past their retention; runs once per process and day (cached)."""
    try:
        return _purge_once(resolve_url(), date.today())
    except Exception as exc:  # noqa: BLE001 - the app must start; the failure is shown
        st.warning(st_("purge_failed", msg=str(exc)), icon=":material/warning:")
        return 0


def actor() -> str:
    """The name written in the audit log for this session's actions."""
    return str(st.session_state.get(ACTOR_KEY) or st_("actor_default"))


def current_profile_version() -> str | None:
    """The version of the profiles this session screens with (None when not loadable)."""
    try:
        from ui.resources import session_profiles

        return str(session_profiles().version)
    except Exception:  # noqa: BLE001 - profiles may be missing while developing
        return None


def _batch_label(screening: Screening, fallback: int, *, blind: bool) -> str:
    """Name (or file) normally; in blind mode the batch page's "Candidate n" numbering."""
    if blind:
        batch = st.session_state.get("batch_results") or []
        n = next((i for i, s in enumerate(batch, start=1) if s is screening), fallback)
        return st_("candidate_n", n=n)
    cand = screening.candidate
    return (
        (cand.name if cand and cand.name else "")
        or screening.file
        or st_("candidate_n", n=fallback)
    )


def add_screenings(
    store: Store,
    shortlist_id: int,
    screenings: Iterable[Screening],
    *,
    actor: str,
    consent_given: bool = False,
) -> list[str]:
    """Save screened CVs on a shortlist; returns their candidate ids (duplicates merged)."""
    ids = []
    for screening in screenings:
        candidate_id = store.add_candidate(shortlist_id, screening, actor=actor)
        if consent_given:
            store.set_consent(candidate_id, "given", actor=actor)
        ids.append(candidate_id)
    return ids


def add_to_shortlist_controls(screenings: Sequence[Screening], *, key: str) -> list[str]:
    """Pick screened candidates, choose or create a shortlist, save; returns ids saved now."""
    ok = [s for s in screenings if s.status == STATUS_OK and s.candidate is not None]
    if not ok:
        return []
    blind = bool(st.session_state.get("blind"))
    store = get_store()
    saved: list[str] = []
    with st.expander(st_("add_title"), icon=":material/star:"):
        pick_key = f"{key}_pick"

        def _select_all() -> None:
            st.session_state[pick_key] = list(range(len(ok)))

        labels = [_batch_label(s, i, blind=blind) for i, s in enumerate(ok, start=1)]
        picked = st.multiselect(
            st_("add_pick"),
            list(range(len(ok))),
            format_func=labels.__getitem__,
            key=pick_key,
        )
        st.button(st_("add_all"), key=f"{key}_all", on_click=_select_all)
        lists = store.list_shortlists()
        names = {s["id"]: st_("list_label", name=s["name"], n=s["members"]) for s in lists}
        target = st.selectbox(
            st_("add_target"),
            [*names, NEW],
            format_func={**names, NEW: st_("add_new_option")}.get,
            key=f"{key}_target",
        )
        if target == NEW:
            c1, c2, c3 = st.columns([3, 2, 2])
            name = c1.text_input(st_("name"), key=f"{key}_new_name")
            has_jd = any("jd" in s.assessment.fit for s in ok if s.assessment is not None)
            levels = [None, *LEVELS, *(["jd"] if has_jd else [])]
            level = c2.selectbox(
                st_("level"),
                levels,
                format_func={None: st_("level_none"), **{lv: lv.upper() for lv in levels[1:]}}.get,
                index=len(levels) - 1 if has_jd else 0,
                key=f"{key}_new_level",
            )
            retention = c3.number_input(
                st_("retention"), 1, 3650, 180, key=f"{key}_new_retention",
                help=st_("retention_help"),
            )  # fmt: skip
        consent = st.checkbox(st_("add_consent"), key=f"{key}_consent", help=st_("consent_help"))
        if st.button(st_("add_button"), key=f"{key}_add", type="primary", icon=":material/star:"):
            if not picked:
                st.warning(st_("add_none"))
                return []
            if target == NEW:
                if not name.strip():
                    st.warning(st_("name_needed"))
                    return []
                jd_text = st.session_state.get(JD_TEXT_KEY) if level == "jd" else None
                target = store.create_shortlist(
                    name, actor=actor(), level=level, jd_text=jd_text,
                    retention_days=int(retention),
                )  # fmt: skip
            before = {m["candidate_id"] for m in store.shortlist_members(target)}
            saved = add_screenings(
                store, target, [ok[i] for i in picked], actor=actor(), consent_given=consent
            )
            merged = len(saved) - len(set(saved) - before)
            shortlist = store.get_shortlist(target)
            st.success(st_("added", n=len(set(saved)), name=shortlist["name"], merged=merged))
            # A link to the Shortlists page; outside the navigation app (tests) there is none.
            with suppress(Exception):
                st.page_link(
                    "app_pages/shortlists.py", label=st_("open_shortlists"), icon=":material/star:"
                )
    return saved


# The batch page calls ``add_to_shortlist(screenings)``; keep that spelling working too.
def add_to_shortlist(
    screenings: Sequence[Screening], *, key: str = "screen_shortlist"
) -> list[str]:
    """Alias of ``add_to_shortlist_controls`` with the batch page's key."""
    return add_to_shortlist_controls(screenings, key=key)


def saved_candidates_for_compare() -> list[tuple[str, dict[str, Any]]]:
    """(label, result dict) for every saved candidate, read now (never cached)."""
    out = []
    for c in get_store().saved_candidates():
        result = dict(c["result"])
        name = c["name"] or result.get("file") or c["candidate_id"][:8]
        out.append((f"{name} · {', '.join(c['shortlists'])}", result))
    return out


def shortlist_csv(
    store: Store, shortlist_id: int, *, actor: str, blind: bool, version: str | None = None
) -> bytes:
    """The shortlist as CSV (UTF-8 with BOM for Excel); built on click, so the export is logged."""
    rows = store.export_shortlist(shortlist_id, actor=actor, blind=blind, current_version=version)
    return pd.DataFrame(rows).to_csv(index=False).encode("utf-8-sig")


def candidate_json(store: Store, candidate_id: str, *, actor: str) -> bytes:
    """Everything stored about one candidate as JSON, for a data access request."""
    data = store.export_candidate(candidate_id, actor=actor)
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def forget_everywhere(content_hashes: Iterable[str]) -> None:
    """Drop a deleted candidate's results from this session and the process's caches."""
    hashes = set(content_hashes)
    if not hashes:
        return
    batch = st.session_state.get("batch_results")
    if batch:
        st.session_state["batch_results"] = [s for s in batch if s.content_hash not in hashes]
    cache = st.session_state.get("_screen_cache")
    if isinstance(cache, dict):
        for k in [k for k in cache if isinstance(k, tuple) and k and k[0] in hashes]:
            del cache[k]
    batch_module = sys.modules.get("matcher.batch")
    screener = getattr(batch_module, "_SHARED", None) if batch_module else None
    forget = getattr(screener, "forget", None)
    if callable(forget):
        for digest in hashes:
            forget(digest)
