"""Compare (hiring managers): 2 to 5 candidates side by side, from the batch or shortlists."""

from __future__ import annotations

import dataclasses
import importlib.util

import altair as alt
import pandas as pd
import streamlit as st

from ui.batching import RESULTS_KEY
from ui.components import criterion_label, expected_salary_text, fmt_band, fmt_years, gap_label
from ui.strings import labels, level_name, t
from ui.tables import score_of
from ui.view import Item, batch_items, saved_items

MAX_PICK = 5


def _saved_pairs() -> list[tuple[str, dict]]:
    """Candidates from saved shortlists, when the shortlist module is installed."""
    if importlib.util.find_spec("ui.shortlist_actions") is None:
        return []
    from ui import shortlist_actions

    getter = getattr(shortlist_actions, "saved_candidates_for_compare", None)
    return list(getter()) if getter else []


def _criteria_frame(items: list[Item], level: str) -> pd.DataFrame:
    """Long table: one row per (criterion, candidate) with points and weight."""
    rows = []
    for item in items:
        fit = (item.data.get("fit") or {}).get(level) or {}
        for crit in fit.get("criteria") or []:
            rows.append(
                {
                    "criterion": criterion_label(crit),
                    "candidate": item.label,
                    "points": float(crit.get("points", 0)),
                    "weight": float(crit.get("weight", 0)),
                }
            )
    return pd.DataFrame(rows, columns=["criterion", "candidate", "points", "weight"])


def _summary_frame(items: list[Item], level: str) -> pd.DataFrame:
    """Rows are facts (score, years, salary, band, orientation, gaps); columns are candidates."""
    out = {}
    for item in items:
        d = item.data
        fit = (d.get("fit") or {}).get(level) or {}
        sal = d.get("salary") or {}
        orient = (d.get("orientation") or {}).get("label") or "unclear"
        gaps = (d.get("readiness") or {}).get("gaps") or []
        out[item.label] = {
            t("row_score"): f"{float(fit['score']):.0f}" if fit else "—",
            t("col_best"): level_name(d.get("best_level"), short=True),
            t("row_years"): fmt_years((d.get("candidate") or {}).get("years_experience")),
            t("row_salary"): expected_salary_text(d),
            t("row_band"): fmt_band(fit.get("band_mvnd")) if fit else "—",
            t("row_salary_fit"): t(f"salary_{sal.get('fit') or 'unknown'}"),
            t("row_orientation"): t(f"orient_{orient}"),
            t("row_gaps"): "; ".join(gap_label(d, g) for g in gaps) or "—",
        }
    return pd.DataFrame(out)


st.title(t("page_compare"))
st.caption(t("compare_intro"))

blind = bool(st.session_state.get("blind"))
batch = [
    i
    for i in batch_items(st.session_state.get(RESULTS_KEY, []), blind=blind)
    if i.data.get("status") == "ok"
]
batch.sort(key=lambda i: -(score_of(i.data, "best") or 0))  # the best two come preselected
saved = [i for i in saved_items(_saved_pairs(), blind=blind) if i.data.get("fit")]
pool = {i.key: i for i in batch + saved}
if len(pool) < 2:
    st.info(t("compare_empty"), icon=":material/compare_arrows:")
    st.stop()


_names = {
    k: f"{i.label} ({t('from_saved') if i.source == 'saved' else t('from_batch')})"
    for k, i in pool.items()
}


keys = list(pool)
if any(k not in pool for k in st.session_state.get("compare_pick", [])):
    st.session_state.pop("compare_pick")
picked = st.multiselect(
    t("compare_pick"),
    keys,
    default=keys[:2],
    max_selections=MAX_PICK,
    key="compare_pick",
    format_func=_names.__getitem__,
)
if len(picked) < 2:
    st.info(t("compare_need_two"))
    st.stop()
chosen = []
for k in picked:  # two people may share a name: keep columns and bars apart
    item = pool[k]
    taken = {i.label for i in chosen}
    label, n = item.label, 2
    while label in taken:
        label, n = f"{item.label} ({n})", n + 1
    chosen.append(dataclasses.replace(item, label=label))

levels = [
    lv for lv in ("ae", "am", "ad", "jd") if any(lv in (i.data.get("fit") or {}) for i in chosen)
]
first_best = chosen[0].data.get("best_level")
level = st.radio(
    t("compare_level"),
    levels,
    index=levels.index(first_best) if first_best in levels else 0,
    format_func=labels("level"),
    key="compare_level",
    horizontal=True,
)

st.subheader(t("compare_summary"))
st.dataframe(_summary_frame(chosen, level), key="compare_summary")

crit = _criteria_frame(chosen, level)
labels_order = [i.label for i in chosen]
if not crit.empty:
    st.subheader(t("compare_chart"))
    crit["pct"] = (crit["points"] / crit["weight"].where(crit["weight"] > 0)).fillna(0) * 100
    chart = (
        alt.Chart(crit)
        .mark_bar()
        .encode(
            y=alt.Y("criterion:N", title=None, sort=None, axis=alt.Axis(labelLimit=260)),
            x=alt.X("pct:Q", title=t("col_pct"), scale=alt.Scale(domain=[0, 100])),
            yOffset="candidate:N",
            color=alt.Color("candidate:N", title=t("col_candidate"), sort=labels_order),
            tooltip=[
                "candidate",
                "criterion",
                alt.Tooltip("points:Q", format=".1f"),
                alt.Tooltip("weight:Q", format=".1f"),
            ],
        )
        .properties(height=max(240, 16 * len(crit)))
    )
    st.altair_chart(chart, width="stretch")
    side = crit.pivot_table(
        index="criterion", columns="candidate", values="points", sort=False, aggfunc="first"
    )
    weights = crit.groupby("criterion", sort=False)["weight"].first()
    side.insert(0, t("col_weight"), weights)
    side.index.name = t("col_criterion")
    st.dataframe(
        side,
        key="compare_criteria",
        height=35 * (len(side) + 1) + 3,
        column_config={c: st.column_config.NumberColumn(c, format="%.1f") for c in side.columns},
    )
