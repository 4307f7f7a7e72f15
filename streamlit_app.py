"""AccountFit: screen CVs for account roles at Vietnamese agencies.

Run with ``streamlit run streamlit_app.py``. Pages live in app_pages/; they only render,
all reading and scoring is done by ``matcher``.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from ui.sidebar import init_state, sidebar
from ui.strings import t

HERE = Path(__file__).resolve().parent

st.set_page_config(page_title="AccountFit", page_icon=":material/target:", layout="wide")
init_state()

pages = [
    st.Page(
        "app_pages/screen.py", title=t("page_screen"), icon=":material/fact_check:", default=True
    ),
    st.Page("app_pages/self_check.py", title=t("page_self_check"), icon=":material/person_search:"),
    st.Page("app_pages/compare.py", title=t("page_compare"), icon=":material/compare_arrows:"),
]
if (HERE / "app_pages" / "shortlists.py").exists():
    pages.append(
        st.Page("app_pages/shortlists.py", title=t("page_shortlists"), icon=":material/star:")
    )
pages.append(st.Page("app_pages/profiles.py", title=t("page_profiles"), icon=":material/tune:"))

page = st.navigation(pages)
sidebar()
page.run()
