"""Self-check (candidates): one CV in, the level it fits, the salary band and a checklist out.

The CV is read in the worker pool like any batch file; its result stays only in this
session's state (dropped from the pool's shared cache at once) and nothing is written.
"""

from __future__ import annotations

import streamlit as st

from matcher.settings import DEFAULT_LIMITS
from ui.batching import screen_batch
from ui.components import (
    criteria_block,
    escape_md,
    expected_salary_text,
    fmt_band,
    gaps_checklist,
    level_chart,
)
from ui.resources import session_pipeline, shared_screener
from ui.strings import lang, level_name, pick, t
from ui.view import batch_items

CV_MB = DEFAULT_LIMITS.max_bytes // (1024 * 1024)

st.title(t("page_self_check"))
st.caption(t("self_intro"))
st.info(t("not_kept"), icon=":material/lock:")

upload = st.file_uploader(
    t("self_upload"), type=["pdf", "docx", "txt"], key="self_upload", max_upload_size=CV_MB
)
if upload is None:
    st.stop()

with st.spinner(t("progress", done=0, total=1)):
    (screening,) = screen_batch([(upload.name, upload.getvalue())], pipeline=session_pipeline())
# Nothing of a candidate's own CV is remembered beyond this page's result, even per session.
shared_screener().forget(screening.content_hash)
(item,) = batch_items([screening], blind=False)
data = item.data

if data.get("status") != "ok":
    err = data.get("error") or {}
    msg = pick(err.get("message_vi"), err.get("message_en")) or t("no_text_reason")
    st.error(t("self_failed", msg=msg), icon=":material/error:")
    st.stop()

# Advice follows the CV's own language; a mixed CV follows the visitor's choice.
cv_lang = data.get("language") if data.get("language") in ("vi", "en") else lang()
best = data.get("best_level")
fit = data.get("fit") or {}
salary = data.get("salary") or {}
readiness = data.get("readiness") or {}

c1, c2, c3 = st.columns(3)
c1.metric(
    t("fits_today"),
    level_name(best, short=True) if best else t("fits_none"),
    help=level_name(best) if best else None,
)
if best in fit:
    c2.metric(t("best_score"), f"{float(fit[best]['score']):.0f}/100")
c3.metric(t("expected"), expected_salary_text(data))

st.markdown(f"#### {t('score_per_level')}")
level_chart(data)

st.markdown(f"#### {t('salary_band')}")
band_level = salary.get("level") or best
cols = st.columns(len(fit) or 1)
for col, (lv, f) in zip(cols, fit.items(), strict=False):
    marker = " ◀" if lv == band_level else ""
    col.metric(f"{level_name(lv, short=True)}{marker}", fmt_band(f.get("band_mvnd")))
st.markdown(
    f"**{t('row_salary_fit')}**: {t('salary_' + (salary.get('fit') or 'unknown'))}"
    f" ({escape_md(expected_salary_text(data))} · {escape_md(fmt_band(salary.get('band_mvnd')))})"
)

next_level = readiness.get("next_level")
st.markdown(f"#### {t('readiness')}")
if next_level:
    pct = float(readiness.get("ready_pct", 0))
    st.progress(min(1.0, pct / 100), text=t("readiness_to", pct=pct, level=level_name(next_level)))
    st.markdown(f"##### {t('checklist', level=level_name(next_level, short=True))}")
gaps_checklist(data, language=cv_lang)

if best in fit:
    with st.expander(t("criteria_level") + " " + level_name(best, short=True)):
        criteria_block(fit[best])
