"""Shortlists (recruiters, hiring managers): open, rename, export and delete saved shortlists.

Every action goes through ``matcher.store``; each one is written to the audit log with the
name typed at the top of the page. Blind mode hides names and contact here and in the CSV.
"""

from __future__ import annotations

import functools
from datetime import timedelta

import pandas as pd
import streamlit as st

from matcher.store import DEFAULT_RETENTION_DAYS, LEVELS, STATUSES, Store
from ui.shortlist_actions import (
    ACTOR_KEY,
    actor,
    candidate_json,
    current_profile_version,
    forget_everywhere,
    get_store,
    purge_on_startup,
    shortlist_csv,
)
from ui.shortlist_strings import st_

FLASH_KEY = "_shortlists_flash"  # a message to show after a callback changed the data
VIEWED_KEY = "_shortlists_viewed"  # shortlists whose opening was logged in this session
CONSENTS = ("unknown", "given", "withdrawn")


def _flash(kind: str, text: str) -> None:
    st.session_state[FLASH_KEY] = (kind, text)


def _create(store: Store) -> None:
    name = st.session_state.get("shortlists_new_name", "")
    if not name.strip():
        _flash("warning", st_("name_needed"))
        return
    new_id = store.create_shortlist(
        name,
        actor=actor(),
        level=st.session_state.get("shortlists_new_level"),
        retention_days=int(st.session_state.get("shortlists_new_retention", 180)),
        store_raw=bool(st.session_state.get("shortlists_new_raw")),
    )
    st.session_state["shortlists_open"] = new_id
    st.session_state["shortlists_new_name"] = ""
    _flash("success", st_("created", name=name.strip()))


def _save_settings(store: Store, shortlist_id: int) -> None:
    name = st.session_state.get(f"shortlists_name_{shortlist_id}", "")
    if not name.strip():
        _flash("warning", st_("name_needed"))
        return
    store.rename_shortlist(shortlist_id, name, actor=actor())
    store.configure_shortlist(
        shortlist_id,
        actor=actor(),
        retention_days=int(st.session_state[f"shortlists_retention_{shortlist_id}"]),
        store_raw=bool(st.session_state[f"shortlists_raw_{shortlist_id}"]),
    )
    _flash("success", st_("saved"))


def _delete_list(store: Store, shortlist_id: int) -> None:
    members = store.shortlist_members(shortlist_id)
    hashes = {h for m in members for h in store.get_candidate(m["candidate_id"])["content_hashes"]}
    n = store.delete_shortlist(shortlist_id, actor=actor())
    still = {c["result"].get("content_hash") for c in store.saved_candidates()}
    forget_everywhere(hashes - still)
    st.session_state.pop("shortlists_open", None)
    _flash("success", st_("deleted_list", n=n))


def _set_status(store: Store, shortlist_id: int, candidate_id: str, key: str) -> None:
    store.set_status(shortlist_id, candidate_id, st.session_state[key], actor=actor())


def _set_consent(store: Store, candidate_id: str, key: str) -> None:
    store.set_consent(candidate_id, st.session_state[key], actor=actor())


def _add_note(store: Store, shortlist_id: int, candidate_id: str, key: str) -> None:
    text = st.session_state.get(key, "")
    if text.strip():
        store.add_note(candidate_id, text, author=actor(), shortlist_id=shortlist_id)
        st.session_state[key] = ""


def _delete_candidate(store: Store, candidate_id: str) -> None:
    hashes = store.get_candidate(candidate_id)["content_hashes"]
    store.delete_candidate(candidate_id, actor=actor())
    forget_everywhere(hashes)
    _flash("success", st_("deleted_candidate"))


def _detail(data: dict, *, label: str, level: str | None, blind: bool) -> None:
    """The batch page's candidate detail when available; a plain summary otherwise."""
    try:
        from ui.components import candidate_detail
        from ui.view import scrub
    except ImportError:
        fit = (data.get("fit") or {}).get(level or "") or {}
        st.write({"score": fit.get("score"), "best_level": data.get("best_level")})
        return
    shown = scrub(data, label=label) if blind else data
    candidate_detail(shown, label=label, level=level or data.get("best_level") or "ae", blind=blind)


store = get_store()
purge_on_startup()
st.title(st_("page_title"))
st.caption(st_("intro"))

flash = st.session_state.pop(FLASH_KEY, None)
if flash:
    getattr(st, flash[0])(flash[1])

who = st.text_input(st_("actor"), value=actor(), key="shortlists_actor")
st.session_state[ACTOR_KEY] = who.strip() or st_("actor_default")
blind = bool(st.session_state.get("blind"))
version = current_profile_version()

lists = store.list_shortlists()
with st.expander(st_("create"), expanded=not lists, icon=":material/add:"):
    c1, c2, c3 = st.columns([3, 2, 2])
    c1.text_input(st_("name"), key="shortlists_new_name")
    c2.selectbox(
        st_("level"),
        [None, *LEVELS],
        format_func={None: st_("level_none"), **{lv: lv.upper() for lv in LEVELS}}.get,
        key="shortlists_new_level",
    )
    c3.number_input(
        st_("retention"), 1, 3650, DEFAULT_RETENTION_DAYS, key="shortlists_new_retention",
        help=st_("retention_help"),
    )  # fmt: skip
    st.checkbox(st_("store_raw"), key="shortlists_new_raw", help=st_("store_raw_help"))
    st.button(st_("create_button"), key="shortlists_create", on_click=_create, args=(store,))

if not lists:
    st.info(st_("none_yet"), icon=":material/star:")
    st.stop()

names = {s["id"]: st_("list_label", name=s["name"], n=s["members"]) for s in lists}
if st.session_state.get("shortlists_open") not in names:
    st.session_state.pop("shortlists_open", None)
shortlist_id = st.selectbox(st_("open"), list(names), format_func=names.get, key="shortlists_open")
viewed = st.session_state.setdefault(VIEWED_KEY, set())
if shortlist_id not in viewed:
    store.record_view(shortlist_id, actor=actor())
    viewed.add(shortlist_id)
shortlist = store.get_shortlist(shortlist_id)

with st.expander(st_("settings"), icon=":material/settings:"):
    st.text_input(st_("rename"), value=shortlist["name"], key=f"shortlists_name_{shortlist_id}")
    s1, s2 = st.columns(2)
    s1.number_input(
        st_("retention"), 1, 3650, int(shortlist["retention_days"]),
        key=f"shortlists_retention_{shortlist_id}", help=st_("retention_help"),
    )  # fmt: skip
    s2.checkbox(
        st_("store_raw"), value=bool(shortlist["store_raw"]),
        key=f"shortlists_raw_{shortlist_id}", help=st_("store_raw_help"),
    )  # fmt: skip
    st.button(
        st_("save_settings"), key="shortlists_save", on_click=_save_settings,
        args=(store, shortlist_id),
    )  # fmt: skip
    st.divider()
    sure = st.checkbox(st_("delete_list_confirm"), key=f"shortlists_del_ok_{shortlist_id}")
    st.button(
        st_("delete_list"), key="shortlists_delete", disabled=not sure, type="secondary",
        on_click=_delete_list, args=(store, shortlist_id), icon=":material/delete:",
    )  # fmt: skip

members = store.shortlist_members(shortlist_id, current_version=version)
st.subheader(f"{shortlist['name']} · {st_('members')}")
st.caption(
    st_(
        "list_facts",
        level=shortlist["level"].upper() if shortlist["level"] else st_("level_none"),
        days=shortlist["retention_days"],
        by=shortlist["created_by"],
        at=shortlist["created_at"].date().isoformat(),
    )
)
if shortlist["jd_text"]:
    with st.expander(st_("jd"), icon=":material/description:"):
        st.text(shortlist["jd_text"])
if not members:
    st.info(st_("empty_list"))
    st.stop()

labels = [
    st_("candidate_n", n=n) if blind else (m["name"] or m["file"] or st_("candidate_n", n=n))
    for n, m in enumerate(members, start=1)
]
table = pd.DataFrame(
    {
        st_("col_candidate"): labels,
        st_("col_score"): [m["score"] for m in members],
        st_("col_best"): [(m["best_level"] or "—").upper() for m in members],
        st_("col_status"): [st_(f"status_{m['status']}") for m in members],
        st_("col_consent"): [st_(f"consent_{m['consent']}") for m in members],
        st_("col_stale"): [st_("stale_mark") if m["stale"] else "" for m in members],
        st_("col_added"): [m["added_at"].date().isoformat() for m in members],
        st_("col_expires"): [
            (m["added_at"] + timedelta(days=int(shortlist["retention_days"]))).date().isoformat()
            for m in members
        ],
        st_("col_notes"): [len(m["notes"]) for m in members],
    }
)
st.dataframe(
    table,
    hide_index=True,
    key="shortlists_table",
    column_config={
        st_("col_score"): st.column_config.ProgressColumn(
            st_("col_score"), min_value=0, max_value=100, format="%.0f"
        )
    },
)
st.download_button(
    st_("export_csv"),
    functools.partial(
        shortlist_csv, store, shortlist_id, actor=actor(), blind=blind, version=version
    ),
    file_name=f"shortlist-{shortlist_id}.csv",
    mime="text/csv",
    key="shortlists_csv",
    on_click="ignore",
    icon=":material/download:",
)

st.divider()
index = st.selectbox(
    st_("pick"), list(range(len(members))), format_func=labels.__getitem__,
    key=f"shortlists_pick_{shortlist_id}",
)  # fmt: skip
member = members[index]
cid = member["candidate_id"]
if member["stale"]:
    st.warning(
        st_("stale_warning", old=member["profile_version"] or "?", new=version),
        icon=":material/warning:",
    )

c1, c2 = st.columns(2)
status_key = f"shortlists_status_{shortlist_id}_{cid}"
st.session_state.setdefault(status_key, member["status"])
c1.selectbox(
    st_("status"), STATUSES, format_func={s: st_(f"status_{s}") for s in STATUSES}.get, key=status_key,
    on_change=_set_status, args=(store, shortlist_id, cid, status_key),
)  # fmt: skip
consent_key = f"shortlists_consent_{cid}"
st.session_state.setdefault(consent_key, member["consent"])
c2.selectbox(
    st_("consent"), CONSENTS, format_func={s: st_(f"consent_{s}") for s in CONSENTS}.get, key=consent_key,
    on_change=_set_consent, args=(store, cid, consent_key), help=st_("consent_help"),
)  # fmt: skip
if member["consent"] == "withdrawn":
    st.warning(st_("withdrawn_hint"), icon=":material/block:")

st.markdown(f"**{st_('notes')}**")
for note in member["notes"]:
    when = note["created_at"].strftime("%Y-%m-%d %H:%M")
    st.caption(st_("note_by", author=note["author"], at=when))
    st.text(note["text"])  # plain text: never rendered as markdown or HTML
if not member["notes"]:
    st.caption(st_("no_notes"))
note_key = f"shortlists_note_{cid}"
st.text_area(st_("note_new"), key=note_key, height=80)
st.button(
    st_("note_add"), key=f"shortlists_note_add_{cid}", on_click=_add_note,
    args=(store, shortlist_id, cid, note_key),
)  # fmt: skip

_detail(member["result"], label=labels[index], level=member["level"], blind=blind)

st.divider()
d1, d2 = st.columns(2)
d1.download_button(
    st_("export_json"),
    functools.partial(candidate_json, store, cid, actor=actor()),
    file_name=f"candidate-{cid[:8]}.json",
    mime="application/json",
    key=f"shortlists_json_{cid}",
    on_click="ignore",
    help=st_("export_json_help"),
    icon=":material/download:",
)
sure = d2.checkbox(st_("delete_candidate_confirm"), key=f"shortlists_del_cand_ok_{cid}")
d2.button(
    st_("delete_candidate"), key=f"shortlists_del_cand_{cid}", disabled=not sure,
    on_click=_delete_candidate, args=(store, cid), icon=":material/delete:",
)  # fmt: skip

with st.expander(st_("audit"), icon=":material/history:"):
    st.dataframe(
        pd.DataFrame(store.audit_entries(shortlist_id=shortlist_id, limit=200)),
        hide_index=True,
        key="shortlists_audit",
    )
