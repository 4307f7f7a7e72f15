"""Streamlit pieces shared by pages: the ranked table, charts, and the candidate detail.

CV text is never rendered as HTML: every CV string goes through ``escape_md`` and is shown
with ``st.markdown`` (HTML off), the matched span marked with Streamlit's own
``:orange-background[...]`` syntax around escaped text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from ui.strings import lang, level_name, pick, t

LEVELS = ("ae", "am", "ad")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>:$=^&\"'@%])")
_BULLETS = "-–—•●▪◦*+· \t"
STATUS_ICON = {
    "met": ":green[:material/check_circle:]",
    "partial": ":orange[:material/timelapse:]",
    "missing": ":red[:material/cancel:]",
    "unknown": ":gray[:material/help:]",
}


def escape_md(text: str) -> str:
    """Escape every character Markdown or Streamlit's directives could interpret.

    >>> escape_md("**x** :red[y] $z$")
    '\\\\*\\\\*x\\\\*\\\\* \\\\:red\\\\[y\\\\] \\\\$z\\\\$'
    """
    flat = " ".join(str(text).split())
    return _MD_SPECIAL.sub(r"\\\1", flat)


def highlight(ev: dict[str, Any]) -> str:
    """One evidence line as safe Markdown with its matched span highlighted."""
    text = str(ev.get("text") or "")
    start, end = int(ev.get("start") or 0), int(ev.get("end") or 0)
    bullet = len(text) - len(text.lstrip(_BULLETS))  # the CV's own bullet, not content
    text, start, end = text[bullet:], start - bullet, end - bullet
    if not 0 <= start < end <= len(text):
        return escape_md(text)
    before, span, after = text[:start], text[start:end], text[end:]
    mark = f":orange-background[**{escape_md(span)}**]"
    return f"{escape_md(before)}{' ' if before.endswith(' ') else ''}{mark}" + (
        f"{' ' if after.startswith(' ') else ''}{escape_md(after)}"
    )


def evidence_lines(evidence: Sequence[dict[str, Any]], *, limit: int = 5) -> None:
    """A short list of CV lines with the matched part highlighted."""
    if not evidence:
        st.caption(t("no_evidence"))
        return
    lines = [f"- {highlight(ev)}" for ev in evidence[:limit]]
    if len(evidence) > limit:
        lines.append(f"- … (+{len(evidence) - limit})")
    st.markdown("\n".join(lines))


def fmt_band(band: Sequence[float] | None) -> str:
    """A salary range in million VND per month."""
    if not band:
        return t("salary_unknown")
    lo, hi = float(band[0]), float(band[-1])
    return t("mvnd_one", v=lo) if lo == hi else t("mvnd", lo=lo, hi=hi)


def fmt_years(years: float | None) -> str:
    return "—" if years is None else f"{years:.1f}"


def expected_salary_text(data: dict[str, Any]) -> str:
    """The candidate's expected salary as read, or "negotiable"/"unknown"."""
    sal = (data.get("candidate") or {}).get("expected_salary") or {}
    if sal.get("min_mvnd") is not None or sal.get("max_mvnd") is not None:
        lo = sal.get("min_mvnd") if sal.get("min_mvnd") is not None else sal.get("max_mvnd")
        hi = sal.get("max_mvnd") if sal.get("max_mvnd") is not None else lo
        return fmt_band((lo, hi))
    if sal.get("negotiable"):
        return t("negotiable")
    return t("salary_unknown")


def ranked_table(frame: pd.DataFrame, *, key: str | None, blind: bool, height: int | str = "auto"):
    """The ranked table with a score bar; selectable (returns the event) when ``key`` is set."""
    config = {
        "candidate": st.column_config.TextColumn(t("col_candidate"), width="medium"),
        "file": st.column_config.TextColumn(t("col_file")),
        "score": st.column_config.ProgressColumn(
            t("col_score"), min_value=0, max_value=100, format="%.0f"
        ),
        "best": st.column_config.TextColumn(t("col_best"), width="small"),
        "years": st.column_config.NumberColumn(t("col_years"), format="%.1f", width="small"),
        "title": st.column_config.TextColumn(t("col_title")),
        "salary": st.column_config.TextColumn(t("col_salary")),
        "orientation": st.column_config.TextColumn(t("col_orientation")),
        "status": st.column_config.TextColumn(t("col_status"), width="small"),
    }
    order = ["candidate", "score", "best", "years", "title", "salary", "orientation", "status"]
    if not blind:
        order.insert(1, "file")
    if key is None:  # the live table while files arrive: a click must not restart the run
        return st.dataframe(
            frame, hide_index=True, column_order=order, column_config=config, height=height
        )
    return st.dataframe(
        frame,
        key=key,
        hide_index=True,
        column_order=order,
        column_config=config,
        on_select="rerun",
        selection_mode="single-row",
        height=height,
        width="stretch",
    )


def level_chart(data: dict[str, Any]) -> None:
    """A bar per level (and JD) with the candidate's score; the best level stands out."""
    fit = data.get("fit") or {}
    best = data.get("best_level")
    rows = [
        {"level": level_name(lv, short=True), "score": float(f["score"]), "best": lv == best}
        for lv, f in fit.items()
    ]
    if not rows:
        return
    chart = (
        alt.Chart(pd.DataFrame(rows))
        .mark_bar(cornerRadiusEnd=3)
        .encode(
            x=alt.X("score:Q", title=t("col_score"), scale=alt.Scale(domain=[0, 100])),
            y=alt.Y("level:N", title=None, sort=None),
            color=alt.condition("datum.best", alt.value("#0F766E"), alt.value("#9FB7B3")),
            tooltip=["level", alt.Tooltip("score:Q", format=".0f")],
        )
        .properties(height=40 * len(rows) + 20)
    )
    st.altair_chart(chart, width="stretch")


def criterion_label(crit: dict[str, Any]) -> str:
    return pick(crit.get("label_vi"), crit.get("label_en")) or str(crit.get("id", ""))


def criteria_block(fit: dict[str, Any]) -> None:
    """Each criterion with its points out of its weight; its CV lines one click away."""
    for crit in fit.get("criteria") or []:
        icon = STATUS_ICON.get(crit.get("status", ""), "")
        head = (
            f"{icon} **{escape_md(criterion_label(crit))}** — "
            f"{float(crit.get('points', 0)):.1f} / {float(crit.get('weight', 0)):.1f}"
        )
        with st.expander(head):
            if crit.get("detail"):
                st.caption(escape_md(crit["detail"]))
            evidence_lines(crit.get("evidence") or [])


def missing_block(fit: dict[str, Any]) -> None:
    missing = [c for c in fit.get("criteria") or [] if c.get("status") == "missing"]
    if not missing:
        st.caption(t("none_missing"))
        return
    st.markdown(
        "\n".join(
            f"- {escape_md(criterion_label(c))} (0/{float(c.get('weight', 0)):.1f})"
            for c in missing
        )
    )


FIT_COLOR = {"within": "green", "below": "blue", "above": "orange", "unknown": "gray"}


def salary_block(data: dict[str, Any]) -> None:
    """Expected salary against the band of the level the engine compared it with."""
    sal = data.get("salary") or {}
    fit = sal.get("fit") or "unknown"
    band = t(f"band_{sal['band']}") if sal.get("band") in ("junior", "senior") else ""
    band_label = t("band", level=level_name(sal.get("level"), short=True), band=band)
    st.markdown(
        f"- **{escape_md(t('expected'))}**: {escape_md(expected_salary_text(data))}\n"
        f"- **{escape_md(band_label)}**: {escape_md(fmt_band(sal.get('band_mvnd')))}\n"
        f"- **{escape_md(t('row_salary_fit'))}**: "
        f":{FIT_COLOR.get(fit, 'gray')}-badge[{escape_md(t(f'salary_{fit}'))}]"
    )


def orientation_block(data: dict[str, Any]) -> None:
    """Account versus sales, with the lines that point each way."""
    orient = data.get("orientation") or {}
    label = orient.get("label") or "unclear"
    st.markdown(
        f"**{t(f'orient_{label}')}** — {t('account_side')}: {float(orient.get('account', 0)):.1f}"
        f" · {t('sales_side')}: {float(orient.get('sales', 0)):.1f}"
    )
    evidence = orient.get("evidence") or []
    cols = st.columns(2)
    for col, side, title in (
        (cols[0], "account", "account_side"),
        (cols[1], "sales", "sales_side"),
    ):
        with col:
            st.caption(t(title))
            evidence_lines([e for e in evidence if e.get("side") == side], limit=4)


def gap_label(data: dict[str, Any], gap: dict[str, Any], *, language: str | None = None) -> str:
    """A gap's criterion by name: a criterion label of the result, a skill name, else its id."""
    gid = str(gap.get("criterion") or "")
    for fit in (data.get("fit") or {}).values():
        for crit in fit.get("criteria") or []:
            if crit.get("id") == gid:
                return pick(crit.get("label_vi"), crit.get("label_en"), language=language) or gid
    try:
        from ui.resources import session_profiles

        skill = session_profiles().skills.get(gid)
    except Exception:  # noqa: BLE001 - a label is a nicety; the id still reads
        skill = None
    return pick(skill.name_vi, skill.name_en, language=language) if skill else gid


def gaps_checklist(data: dict[str, Any], *, language: str) -> None:
    """Promotion gaps as a checklist, advice in ``language`` ("vi" or "en")."""
    readiness = data.get("readiness") or {}
    gaps = readiness.get("gaps") or []
    if not readiness.get("next_level"):
        st.caption(t("top_level"))
        return
    if not gaps:
        st.success(t("no_gaps"))
        return
    lines = []
    for gap in gaps:
        name = gap_label(data, gap, language=language)
        advice = pick(gap.get("advice_vi"), gap.get("advice_en"), language=language)
        need = t("need_have", language, need=gap.get("need", ""), have=gap.get("have", ""))
        lines.append(
            f"- :material/check_box_outline_blank: **{escape_md(name)}** — {escape_md(advice)}  \n"
            f"  _{escape_md(need)}_"
        )
    st.markdown("\n".join(lines))


def profile_block(data: dict[str, Any], *, blind: bool) -> None:
    """What was read from the CV; identity fields only when blind mode is off."""
    cand = data.get("candidate") or {}
    facts: list[tuple[str, str]] = []
    if not blind:
        if cand.get("name"):
            facts.append((t("name"), cand["name"]))
        if cand.get("emails"):
            facts.append((t("email"), ", ".join(cand["emails"])))
        if cand.get("phones"):
            facts.append((t("phone"), ", ".join(cand["phones"])))
    facts.append((t("title"), cand.get("current_title") or "—"))
    if cand.get("headline") and cand.get("headline") != cand.get("current_title"):
        facts.append((t("headline"), cand["headline"]))
    facts.append((t("years"), fmt_years(cand.get("years_experience"))))
    if cand.get("companies"):
        facts.append((t("companies"), ", ".join(cand["companies"][:5])))
    edu = [
        " · ".join(str(x) for x in (e.get("degree"), e.get("school"), e.get("year")) if x)
        for e in cand.get("education") or []
    ]
    if any(edu):
        facts.append((t("education"), "; ".join(e for e in edu if e)))
    eng = cand.get("english") or {}
    eng_text = ", ".join(
        f"{k.upper()} {eng[k]}" for k in ("ielts", "toeic", "toefl") if eng.get(k) is not None
    ) or (eng.get("level") or "")
    if eng_text:
        facts.append((t("english"), eng_text))
    st.markdown("\n".join(f"- **{escape_md(k)}**: {escape_md(v)}" for k, v in facts))
    roles = cand.get("roles") or []
    if roles:
        st.caption(t("roles"))
        st.markdown(
            "\n".join(
                "- "
                + escape_md(
                    " · ".join(
                        str(x)
                        for x in (
                            r.get("title"),
                            r.get("company"),
                            f"{r.get('start') or '?'} → {r.get('end') or '?'}",
                        )
                        if x
                    )
                )
                for r in roles[:8]
            )
        )


def candidate_detail(data: dict[str, Any], *, label: str, level: str, blind: bool) -> None:
    """The whole detail of one screened candidate."""
    st.subheader(t("detail_title", label=label))
    fit = data.get("fit") or {}
    show = level if level in fit else (data.get("best_level") or next(iter(fit), None))
    left, right = st.columns([2, 3])
    with left:
        st.markdown(f"##### {t('score_per_level')}")
        level_chart(data)
        st.markdown(f"##### {t('profile')}")
        profile_block(data, blind=blind)
    with right:
        st.markdown(f"##### {t('salary_band')}")
        salary_block(data)
        st.markdown(f"##### {t('orientation')}")
        orientation_block(data)
    if show:
        st.markdown(f"##### {t('criteria')} — {level_name(show)}")
        tab_crit, tab_missing, tab_ready = st.tabs(
            [t("criteria"), t("missing_criteria"), t("readiness")]
        )
        with tab_crit:
            criteria_block(fit[show])
        with tab_missing:
            missing_block(fit[show])
        with tab_ready:
            readiness = data.get("readiness") or {}
            if readiness.get("next_level"):
                st.progress(
                    min(1.0, float(readiness.get("ready_pct", 0)) / 100),
                    text=t(
                        "readiness_to",
                        pct=float(readiness.get("ready_pct", 0)),
                        level=level_name(readiness["next_level"], short=True),
                    ),
                )
            gaps_checklist(data, language=lang())
