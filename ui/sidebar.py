"""The sidebar every page shares: language and the blind-screening switch."""

from __future__ import annotations

import streamlit as st

from ui.strings import DEFAULT_LANG, LANGS, labels, t


def init_state() -> None:
    """Session defaults: Vietnamese, blind mode off, an empty batch."""
    st.session_state.setdefault("lang", DEFAULT_LANG)
    st.session_state.setdefault("blind", False)
    st.session_state.setdefault("batch_results", [])


def sidebar() -> None:
    """Language radio and blind toggle; both write straight to their session keys."""
    with st.sidebar:
        st.radio(
            t("language"),
            LANGS,
            key="lang",
            format_func=labels("lang_"),
            horizontal=True,
        )
        st.toggle(t("blind"), key="blind", help=t("blind_help"))
        if st.session_state.get("profiles_tag"):
            st.info(t("profile_adjusted"), icon=":material/tune:")
        st.caption(t("privacy_note"))
