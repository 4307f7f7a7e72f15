"""Profiles: the AE, AM and AD profiles as tables; adjust weights and bands for the session.

Edits never touch job_profiles/: the adjusted ``ProfileSet`` lives in this session's state
(built with ``ProfileSet.with_level``, which validates it) and screening uses it.
"""

from __future__ import annotations

import dataclasses

import pandas as pd
import streamlit as st

from matcher.profiles import (
    WEIGHT_KEYS,
    Band,
    JobProfile,
    ProfileError,
    ProfileSet,
    SkillReq,
    Weights,
    profile_from_yaml,
    profile_to_yaml,
)
from ui.components import escape_md
from ui.resources import PROFILES_KEY, PROFILES_TAG_KEY, base_profiles, session_profiles
from ui.strings import level_name, pick, t

CRITERION_NAMES = {
    "skills": ("Kỹ năng", "Skills"),
    "years": ("Số năm kinh nghiệm", "Years of experience"),
    "title": ("Chức danh", "Title"),
    "responsibilities": ("Trách nhiệm", "Responsibilities"),
    "english": ("Tiếng Anh", "English"),
    "orientation": ("Định hướng Account", "Account orientation"),
}


def _set_profiles(profiles: ProfileSet | None) -> None:
    """Make ``profiles`` the session's (None goes back to the bundled ones)."""
    base = base_profiles()
    if profiles is None or profiles.version == base.version:
        st.session_state.pop(PROFILES_KEY, None)
        st.session_state[PROFILES_TAG_KEY] = ""
    else:
        st.session_state[PROFILES_KEY] = profiles
        st.session_state[PROFILES_TAG_KEY] = profiles.version


def weights_frame(profile: JobProfile) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"id": k, "criterion": pick(*CRITERION_NAMES[k]), "weight": v}
            for k, v in profile.weights.as_dict().items()
        ]
    )


def skills_frame(profile: JobProfile, profiles: ProfileSet) -> pd.DataFrame:
    rows = []
    for req in profile.skills:
        skill = profiles.skills.get(req.id)
        name = pick(skill.name_vi, skill.name_en) if skill else req.id
        rows.append({"id": req.id, "skill": name, "depth": req.depth, "weight": req.weight})
    return pd.DataFrame(rows, columns=["id", "skill", "depth", "weight"])


def bands_frame(profile: JobProfile) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"band": b.name, "min": b.min_mvnd, "max": b.max_mvnd, "min_years": b.min_years}
            for b in profile.bands
        ],
        columns=["band", "min", "max", "min_years"],
    )


def edited_profile(
    profile: JobProfile,
    *,
    weights: pd.DataFrame,
    skills: pd.DataFrame,
    bands: pd.DataFrame,
    years: tuple[float, float],
) -> JobProfile:
    """``profile`` with the values of the edited tables (validated later by with_level)."""
    weights, skills, bands = weights.fillna(0), skills.fillna(0), bands.fillna(0)
    w = {row["id"]: float(row["weight"]) for row in weights.to_dict("records")}
    return dataclasses.replace(
        profile,
        weights=Weights(*(w.get(k, 0.0) for k in WEIGHT_KEYS)),
        skills=tuple(
            SkillReq(str(r["id"]), float(r["depth"]), float(r["weight"]))
            for r in skills.to_dict("records")
        ),
        bands=tuple(
            Band(str(r["band"]), float(r["min"]), float(r["max"]), float(r["min_years"]))
            for r in bands.to_dict("records")
        ),
        years_min=float(years[0]),
        years_max=float(years[1]),
    )


st.title(t("page_profiles"))
st.caption(t("profiles_intro"))

profiles = session_profiles()
st.caption(t("profiles_version", v=profiles.version))
tag = st.session_state.get(PROFILES_TAG_KEY, "") or "base"

top1, top2 = st.columns([3, 1])
with top1:
    upload = st.file_uploader(
        t("upload_yaml"), type=["yaml", "yml"], key="prof_upload", max_upload_size=1
    )
    if upload is not None:
        seen = st.session_state.get("_prof_upload_seen")
        marker = (upload.name, upload.size, upload.file_id)
        if seen != marker:
            st.session_state["_prof_upload_seen"] = marker
            try:
                loaded = profile_from_yaml(
                    upload.getvalue().decode("utf-8", "replace"), profiles, source=upload.name
                )
                _set_profiles(profiles.with_level(loaded))
                st.session_state["_prof_message"] = t("yaml_loaded", level=loaded.id.upper())
                st.rerun()
            except ProfileError as exc:
                st.error(t("yaml_error", msg=""), icon=":material/error:")
                st.code(str(exc), language=None)
with top2:
    if st.button(t("reset"), key="prof_reset", disabled=PROFILES_KEY not in st.session_state):
        _set_profiles(None)
        st.rerun()

if msg := st.session_state.pop("_prof_message", None):
    st.success(msg)

tabs = st.tabs([level_name(lv) for lv in profiles.levels])
for tab, (lv, profile) in zip(tabs, profiles.levels.items(), strict=True):
    with tab:
        st.markdown(f"#### {escape_md(pick(profile.name_vi, profile.name_en))}")
        facts = [
            f"**{t('years_req')}**: {profile.years_min:g}–{profile.years_max:g}",
            f"**{t('english')}**: {escape_md(profile.english.level)}"
            + (f" · IELTS {profile.english.ielts:g}" if profile.english.ielts else "")
            + (f" · TOEIC {profile.english.toeic}" if profile.english.toeic else ""),
        ]
        if profile.typical_titles:
            facts.append(
                f"**{t('typical_titles')}**: {escape_md(', '.join(profile.typical_titles))}"
            )
        st.markdown("  \n".join(facts))

        left, right = st.columns([3, 2], gap="large")
        with left:
            st.markdown(f"##### {t('skills_table')}")
            skill_rows = skills_frame(profile, profiles)
            skills = st.data_editor(
                skill_rows,
                height=35 * (len(skill_rows) + 1) + 3,
                key=f"prof_skills_{lv}_{tag}",
                hide_index=True,
                disabled=["id", "skill"],
                column_order=["skill", "depth", "weight"],
                column_config={
                    "skill": st.column_config.TextColumn(t("skill")),
                    "depth": st.column_config.NumberColumn(
                        t("depth"), min_value=0, max_value=4, step=0.5
                    ),
                    "weight": st.column_config.NumberColumn(
                        t("weight"), min_value=0, max_value=100, step=1
                    ),
                },
                width="stretch",
            )
        with right:
            st.markdown(f"##### {t('criteria_table')}")
            weights = st.data_editor(
                weights_frame(profile),
                key=f"prof_weights_{lv}_{tag}",
                hide_index=True,
                disabled=["id", "criterion"],
                column_order=["criterion", "weight"],
                column_config={
                    "criterion": st.column_config.TextColumn(t("col_criterion")),
                    "weight": st.column_config.NumberColumn(
                        t("weight"), min_value=0, max_value=100, step=1
                    ),
                },
                width="stretch",
            )
            st.caption(f"Σ = {weights['weight'].sum():g} / 100")
            st.markdown(f"##### {t('bands_table')}")
            bands = st.data_editor(
                bands_frame(profile),
                key=f"prof_bands_{lv}_{tag}",
                hide_index=True,
                disabled=["band"],
                column_config={
                    "band": st.column_config.TextColumn(t("band_col")),
                    "min": st.column_config.NumberColumn(t("min"), min_value=0, step=0.5),
                    "max": st.column_config.NumberColumn(t("max"), min_value=0, step=0.5),
                    "min_years": st.column_config.NumberColumn(
                        t("band_from_years"), min_value=0, step=0.5
                    ),
                },
                width="stretch",
            )
            years = st.slider(
                t("years_req"),
                0.0,
                30.0,
                (float(profile.years_min), float(profile.years_max)),
                step=0.5,
                key=f"prof_years_{lv}_{tag}",
            )

        b1, b2 = st.columns(2)
        if b1.button(t("apply"), key=f"prof_apply_{lv}", type="primary"):
            try:
                changed = edited_profile(
                    profile, weights=weights, skills=skills, bands=bands, years=years
                )
                _set_profiles(profiles.with_level(changed))
                st.session_state["_prof_message"] = t("applied")
                st.rerun()
            except ProfileError as exc:
                st.error(t("yaml_error", msg=""), icon=":material/error:")
                st.code(str(exc), language=None)
        b2.download_button(
            t("download_yaml"),
            profile_to_yaml(profile),
            file_name=f"{lv}.yaml",
            mime="application/yaml",
            key=f"prof_download_{lv}",
            on_click="ignore",
            icon=":material/download:",
        )
