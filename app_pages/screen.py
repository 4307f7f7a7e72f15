"""Screen a batch (recruiters): upload CVs or a ZIP, rank them, open one, export the table."""

from __future__ import annotations

import functools
import importlib.util
import time

import streamlit as st

from matcher.batch import expand_archives
from matcher.settings import DEFAULT_LIMITS
from matcher.types import FileError
from ui.batching import RESULTS_KEY, screen_batch, text_digest
from ui.components import candidate_detail, escape_md, fmt_band, ranked_table
from ui.exports import CSV_MIME, JSONL_MIME, XLSX_MIME, csv_bytes, jsonl_bytes, xlsx_bytes
from ui.resources import profiles_tag, sample_files, session_pipeline, shared_screener
from ui.strings import labels, lang, level_name, pick, t
from ui.tables import Filters, apply_filters, failed_frame, ranked_frame
from ui.view import batch_items

SOURCE_KEY = "screen_source"  # "upload" | "samples" | None
LIVE_REFRESH_S = 0.4  # how often the table redraws while files arrive
ZIP_MB = DEFAULT_LIMITS.zip_max_bytes // (1024 * 1024)


def _use_samples() -> None:
    st.session_state[SOURCE_KEY] = "samples"


def _use_uploads() -> None:
    st.session_state[SOURCE_KEY] = "upload"


def jd_warning(text: str) -> str:
    """The session language's half of an engine warning written "id: English / Tiếng Việt"."""
    body = text.split(": ", 1)[-1]
    en, _, vi = body.partition(" / ")
    return (vi if lang() == "vi" else en) or body


def _jd_file_text(upload) -> str:
    """Text of an uploaded job description, extracted in the worker pool like any CV."""
    memo = st.session_state.setdefault("_jd_file_cache", {})
    key = (upload.file_id, upload.name, upload.size)
    if key not in memo:
        (result,) = shared_screener().extract([(upload.name, upload.getvalue())])
        memo.clear()
        memo[key] = result
    result = memo[key]
    if isinstance(result, FileError):
        st.warning(t("jd_error", msg=pick(result.message_vi, result.message_en)))
        return ""
    return result.text


def _jd_profile(text: str):
    """The job description as a profile, built once per distinct text in this session."""
    if not text.strip():
        return None, ""
    tag = text_digest(text)
    cache = st.session_state.setdefault("_jd_cache", {})
    key = (profiles_tag(), tag)
    if key not in cache:
        from matcher.jd import profile_from_jd

        try:
            pipeline = session_pipeline()
            cache[key] = profile_from_jd(text, pipeline.profiles, finder=pipeline.finder)
        except ValueError as exc:
            st.warning(t("jd_error", msg=str(exc)))
            return None, ""
    return cache[key], tag


st.title(t("page_screen"))
st.caption(t("screen_intro"))

col_files, col_role = st.columns([3, 2], gap="large")
with col_files:
    uploads = st.file_uploader(
        t("upload_label"),
        type=["pdf", "docx", "txt", "zip"],
        accept_multiple_files=True,
        key="screen_upload",
        on_change=_use_uploads,
        max_upload_size=ZIP_MB,
    )
    st.button(
        t("try_samples"),
        key="screen_samples",
        on_click=_use_samples,
        type="primary",
        icon=":material/auto_awesome:",
    )
with col_role:
    with st.expander(t("jd_expander")):
        jd_text = st.text_area(t("jd_text"), key="screen_jd_text", height=140)
        jd_file = st.file_uploader(t("jd_file"), type=["pdf", "docx", "txt"], key="screen_jd_file")
        if jd_file is not None:
            jd_text = (jd_text + "\n" + _jd_file_text(jd_file)).strip()
    jd_profile, jd_tag = _jd_profile(jd_text)
    levels = ["best", "ae", "am", "ad"] + (["jd"] if jd_profile is not None else [])
    if jd_tag != st.session_state.get("_screen_jd_tag"):  # a new JD ranks by the JD
        st.session_state["_screen_jd_tag"] = jd_tag
        st.session_state["screen_level"] = "jd" if jd_tag else "best"
    level = st.radio(
        t("rank_by"),
        levels,
        format_func=labels("level"),
        key="screen_level",
        horizontal=True,
    )
    if jd_profile is not None:
        st.caption(t("jd_active"))
        st.caption(
            t(
                "jd_summary",
                level=level_name(jd_profile.base_level, short=True),
                lo=jd_profile.years_min,
                hi=jd_profile.years_max,
                band=fmt_band((jd_profile.bands[0].min_mvnd, jd_profile.bands[-1].max_mvnd)),
            )
        )
        for warning in jd_profile.warnings:  # discriminatory asks (gender, age, looks...)
            st.warning(escape_md(jd_warning(warning)), icon=":material/gavel:")

source = st.session_state.get(SOURCE_KEY)
if uploads and source != "samples":
    chosen = [(f.name, f.getvalue()) for f in uploads]
elif source == "samples":
    chosen = list(sample_files())
    if chosen:
        st.info(t("using_samples", n=len(chosen)), icon=":material/auto_awesome:")
    else:
        st.warning(t("samples_missing"))
else:
    chosen = []

blind = bool(st.session_state.get("blind"))
files = expand_archives(chosen, limits=DEFAULT_LIMITS)

live = st.empty()
_last_draw = [0.0]


def _progress(done: int, total: int, partial) -> None:
    """Progress bar and the rows so far, redrawn a few times a second while files arrive."""
    if done >= total or total == 0:
        return
    now = time.monotonic()
    if now - _last_draw[0] < LIVE_REFRESH_S and done > 0:
        return
    _last_draw[0] = now
    with live.container():
        st.progress(done / total, text=t("progress", done=done, total=total))
        if any(s is not None for s in partial):
            frame = ranked_frame(batch_items(partial, blind=blind), level=level, blind=blind)
            ranked_table(frame, key=None, blind=blind, height=300)


results = (
    screen_batch(
        files,
        pipeline=session_pipeline(),
        jd_profile=jd_profile,
        jd_tag=jd_tag,
        on_progress=_progress,
    )
    if files
    else []
)
live.empty()
st.session_state[RESULTS_KEY] = results

if not results:
    st.info(t("empty_state"), icon=":material/upload_file:")
    st.stop()

items = batch_items(results, blind=blind)
by_key = {item.key: (item, screening) for item, screening in zip(items, results, strict=True)}
frame = ranked_frame(items, level=level, blind=blind)
n_ok = int((frame["_status"] == "ok").sum())
st.subheader(t("ranked_table"))
st.caption(t("screened_summary", ok=n_ok, failed=len(frame) - n_ok, total=len(frame)))

with st.expander(t("filters"), expanded=False):
    c1, c2, c3 = st.columns(3)
    min_score = c1.slider(t("min_score"), 0, 100, 0, key="screen_min_score")
    sort = c1.selectbox(
        t("sort_by"),
        ("score", "years", "name"),
        key="screen_sort",
        format_func=labels("sort_"),
    )
    f_levels = c2.multiselect(
        t("filter_level"),
        ("ae", "am", "ad"),
        key="screen_f_levels",
        format_func=labels("level_short"),
    )
    f_orient = c2.multiselect(
        t("filter_orientation"),
        ("account", "sales", "mixed", "unclear"),
        key="screen_f_orient",
        format_func=labels("orient_"),
    )
    salary_within = c3.checkbox(t("filter_salary"), key="screen_f_salary")
    hide_errors = c3.checkbox(t("hide_errors"), key="screen_f_errors")

filters = Filters(
    min_score=float(min_score),
    levels=tuple(f_levels),
    orientations=tuple(f_orient),
    salary_within=salary_within,
    hide_errors=hide_errors,
    sort=sort,
)
shown = apply_filters(frame, filters)
st.caption(t("shown_n", n=len(shown), total=len(frame)) + " · " + t("table_hint"))
event = ranked_table(shown, key="screen_table", blind=blind)

if importlib.util.find_spec("ui.shortlist_actions") is not None:
    from ui import shortlist_actions

    if hasattr(shortlist_actions, "add_to_shortlist"):
        shortlist_actions.add_to_shortlist(
            [by_key[k][1] for k in shown["key"] if by_key[k][1].status == "ok"]
        )

# Exports hold the whole batch in upload order, so blind labels match the table's numbers.
st.markdown(f"**{t('downloads')}**")
exports = (  # (label, builder, extension, mime); builders run only when a button is clicked
    (
        "dl_csv",
        functools.partial(csv_bytes, results, level=level, blind=blind, lang=lang()),
        "csv",
        CSV_MIME,
    ),
    (
        "dl_xlsx",
        functools.partial(xlsx_bytes, results, level=level, blind=blind, lang=lang()),
        "xlsx",
        XLSX_MIME,
    ),
    (
        "dl_jsonl",
        functools.partial(jsonl_bytes, results, blind=blind, lang=lang()),
        "jsonl",
        JSONL_MIME,
    ),
)
for column, (label, build, ext, mime) in zip(st.columns(len(exports)), exports, strict=True):
    column.download_button(
        t(label),
        build,
        file_name=f"accountfit.{ext}",
        mime=mime,
        key=f"screen_dl_{ext}",
        on_click="ignore",
        icon=":material/download:",
    )

failed = failed_frame(items)
if len(failed):
    st.subheader(t("failed_files"))
    st.dataframe(
        failed,
        hide_index=True,
        key="screen_failed",
        column_config={
            "file": st.column_config.TextColumn(t("col_file")),
            "code": st.column_config.TextColumn(t("col_code"), width="small"),
            "reason": st.column_config.TextColumn(t("col_reason"), width="large"),
        },
    )

# Detail: a row chosen in the table, or the candidate picked in the box below it.
openable = [k for k in shown["key"] if by_key[k][0].data.get("status") == "ok"]
if not openable:
    st.stop()
rows = list(getattr(getattr(event, "selection", None), "rows", []) or [])
picked = shown["key"].iloc[rows[0]] if rows and rows[0] < len(shown) else None
if picked != st.session_state.get("_screen_last_pick"):
    st.session_state["_screen_last_pick"] = picked
    if picked in openable:
        st.session_state["screen_open"] = picked
if st.session_state.get("screen_open") not in openable:
    st.session_state.pop("screen_open", None)
st.divider()
key = st.selectbox(
    t("open_candidate"),
    openable,
    key="screen_open",
    format_func=lambda k: by_key[k][0].label,
)
item, _ = by_key[key]
candidate_detail(item.data, label=item.label, level=level, blind=blind)
