"""AppTest of the Shortlists page and the add-to-shortlist flow, on a SQLite file in tmp_path."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from matcher.store import NotFound, Store, open_store
from matcher.types import (
    Assessment,
    Candidate,
    Criterion,
    Evidence,
    LevelFit,
    Orientation,
    Readiness,
    SalaryFit,
    Screening,
)

ROOT = Path(__file__).resolve().parents[1]
PAGE = str(ROOT / "app_pages" / "shortlists.py")
APP = str(ROOT / "streamlit_app.py")
TIMEOUT = 60


def screening(name: str, *, digest: str, version: str = "p1", score: float = 70.0) -> Screening:
    """A hand-built screening, so the page tests do not depend on the reading modules."""
    line = Evidence("experience", "Quản lý ngân sách và báo giá cho khách hàng FMCG", 0, 9)
    crit = (Criterion("budget_quote", "Quotes", "Báo giá", 10.0, 8.0, "met", (line,)),)
    return Screening(
        file=f"{digest[:4]}.pdf",
        status="ok",
        language="vi",
        pages=1,
        content_hash=digest,
        profile_version=version,
        candidate=Candidate(
            name=name,
            emails=(f"{digest[:6]}@example.com",),
            phones=(),
            current_title="Account Executive",
            years_experience=2.0,
        ),
        assessment=Assessment(
            skills=(),
            fit={"ae": LevelFit("ae", score, "junior", (10.0, 15.0), crit)},
            best_level="ae",
            orientation=Orientation("account", 2.0, 0.0),
            salary=SalaryFit("ae", "junior", (10.0, 15.0), None, "unknown"),
            readiness=Readiness("ae", "am", 30.0),
        ),
    )


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """ACCOUNTFIT_DB pointing at a fresh file; the app's cached store is dropped first."""
    from ui import shortlist_actions

    url = f"sqlite:///{tmp_path / 'app.db'}"
    monkeypatch.setenv("ACCOUNTFIT_DB", url)
    shortlist_actions._store_for.clear()
    shortlist_actions._purge_once.clear()
    return url


@pytest.fixture
def seeded(db: str, profiles) -> tuple[Store, int, list[str]]:
    """One AE shortlist with two candidates: one scored with an old profile version."""
    store = open_store(db)
    sid = store.create_shortlist("AE tháng 11", actor="lan", level="ae")
    current = str(profiles.version)
    ids = [
        store.add_candidate(
            sid, screening("Pham Van An", digest="a" * 64, version=current), actor="lan"
        ),  # fmt: skip
        store.add_candidate(
            sid, screening("Do Thi Binh", digest="b" * 64, version="old"), actor="lan"
        ),  # fmt: skip
    ]
    yield store, sid, ids
    store.close()


def page(**state: object) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=TIMEOUT)
    for key, value in state.items():
        at.session_state[key] = value
    return at.run()


def texts(at: AppTest) -> str:
    """Every text the page shows in its main body (markdown, captions, tables, alerts)."""
    parts = [e.value for kind in ("markdown", "caption", "text", "info", "warning", "success")
             for e in getattr(at, kind)]  # fmt: skip
    parts += [df.value.to_csv() for df in at.dataframe]
    parts += [o for box in at.selectbox for o in box.options]
    return "\n".join(str(p) for p in parts)


# ---- the page alone ----------------------------------------------------------------------


def test_shortlists_page_empty_then_create(db: str) -> None:
    at = page()
    assert not at.exception
    assert [i.icon for i in at.info] == [":material/star:"]
    at.text_input(key="shortlists_new_name").set_value("AM Q4")
    at.button(key="shortlists_create").click().run()
    assert not at.exception
    assert at.selectbox(key="shortlists_open").options == ["AM Q4 (0 ứng viên)"]
    assert [s["name"] for s in open_store(db).list_shortlists()] == ["AM Q4"]


def test_shortlists_page_opens_a_shortlist(seeded) -> None:
    store, sid, ids = seeded
    at = page()
    table = at.dataframe[0].value
    assert not at.exception
    assert list(table["Ứng viên"]) == ["Pham Van An", "Do Thi Binh"]
    assert list(table["Điểm cũ"]) == ["", "⚠ cũ"]
    viewed = [a["candidate_id"] for a in store.audit_entries() if a["action"] == "viewed"]
    assert sorted(viewed) == sorted(ids)
    at.selectbox(key=f"shortlists_pick_{sid}").set_value(1).run()
    assert any("old" in w.value for w in at.warning)  # the stale marker names the old version


def test_shortlists_page_changes_status_consent_and_notes(seeded) -> None:
    store, sid, ids = seeded
    at = page(lang="en")
    at.selectbox(key=f"shortlists_status_{sid}_{ids[0]}").set_value("interview").run()
    at.selectbox(key=f"shortlists_consent_{ids[0]}").set_value("given").run()
    at.text_area(key=f"shortlists_note_{ids[0]}").set_value("Gọi lại thứ Hai").run()
    at.button(key=f"shortlists_note_add_{ids[0]}").click().run()
    assert not at.exception
    [first, _] = store.shortlist_members(sid)
    assert (first["status"], first["consent"], [n["text"] for n in first["notes"]]) == (
        "interview",
        "given",
        ["Gọi lại thứ Hai"],
    )
    assert "Interview" in list(at.dataframe[0].value["Status"])


def test_shortlists_page_blind_hides_names(seeded) -> None:
    at = page(blind=True)
    shown = texts(at)
    assert not at.exception
    assert list(at.dataframe[0].value["Ứng viên"]) == [
        "Ứng viên 1",
        "Ứng viên 2",
    ]
    for secret in ("Pham Van An", "Do Thi Binh", "aaaaaa@example.com"):
        assert secret not in shown


def test_shortlists_page_deletes_a_candidate_everywhere(seeded) -> None:
    store, sid, ids = seeded
    at = page()
    at.checkbox(key=f"shortlists_del_cand_ok_{ids[0]}").check().run()
    at.button(key=f"shortlists_del_cand_{ids[0]}").click().run()
    assert not at.exception
    assert [m["candidate_id"] for m in store.shortlist_members(sid)] == [ids[1]]
    with pytest.raises(NotFound):
        store.get_candidate(ids[0])
    assert list(at.dataframe[0].value["Ứng viên"]) == ["Do Thi Binh"]


def test_shortlists_page_renames_and_deletes_a_shortlist(seeded) -> None:
    store, sid, ids = seeded
    at = page()
    at.text_input(key=f"shortlists_name_{sid}").set_value("AE final").run()
    at.button(key="shortlists_save").click().run()
    assert store.get_shortlist(sid)["name"] == "AE final"
    at.checkbox(key=f"shortlists_del_ok_{sid}").check().run()
    at.button(key="shortlists_delete").click().run()
    assert not at.exception
    assert store.list_shortlists() == []
    assert store.saved_candidates() == []


def test_shortlists_page_purges_expired_at_start(db: str) -> None:
    store = open_store(db)
    sid = store.create_shortlist("Old", actor="t", retention_days=30)
    old = store.add_candidate(sid, screening("Cu", digest="c" * 64), actor="t",
                              now=datetime.now() - timedelta(days=31))  # fmt: skip
    fresh = store.add_candidate(sid, screening("Moi", digest="d" * 64), actor="t")
    at = page()
    assert not at.exception
    assert [m["candidate_id"] for m in store.shortlist_members(sid)] == [fresh]
    assert [a["action"] for a in store.audit_entries(candidate_id=old)][0] == "purged"


@pytest.mark.parametrize("blind", [False, True])
def test_shortlist_csv_respects_blind_mode(seeded, blind: bool) -> None:
    from ui.shortlist_actions import shortlist_csv

    store, sid, ids = seeded
    rows = list(csv.DictReader(io.StringIO(
        shortlist_csv(store, sid, actor="t", blind=blind).decode("utf-8-sig"))))  # fmt: skip
    names = [r["candidate"] for r in rows]
    assert names == (["Candidate 1", "Candidate 2"] if blind else ["Pham Van An", "Do Thi Binh"])
    assert ("emails" in rows[0]) is not blind
    assert [r["candidate_id"] for r in rows] == ids


def test_candidate_json_export_is_complete(seeded) -> None:
    from ui.shortlist_actions import candidate_json

    store, sid, ids = seeded
    data = json.loads(candidate_json(store, ids[0], actor="dpo"))
    assert (data["candidate_id"], data["name"], [s["name"] for s in data["shortlists"]]) == (
        ids[0],
        "Pham Van An",
        ["AE tháng 11"],
    )
    assert data["audit"][-1]["action"] == "exported"


# ---- the whole app: screen, add, restart, open, compare ----------------------------------


def _app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=TIMEOUT)


def test_app_shortlists_flow_screen_add_restart_compare(db: str) -> None:
    from ui import shortlist_actions

    at = _app().run()
    assert not at.exception, at.exception
    at.button(key="screen_samples").click().run()
    assert not at.exception, at.exception
    pick = at.multiselect(key="screen_shortlist_pick")
    chosen = pick.options[:2]
    pick.set_value([0, 1])
    at.selectbox(key="screen_shortlist_target").set_value(shortlist_actions.NEW)
    at.text_input(key="screen_shortlist_new_name").set_value("Samples AE")
    at.button(key="screen_shortlist_add").click().run()
    assert not at.exception, at.exception
    assert at.success, "no confirmation after saving"

    # Restart: a new app process sees the same file, not a cached store.
    shortlist_actions._store_for.clear()
    again = _app().run()
    again.switch_page("app_pages/shortlists.py").run()
    assert not again.exception, again.exception
    assert again.selectbox(key="shortlists_open").options == ["Samples AE (2 ứng viên)"]
    assert list(again.dataframe[0].value["Ứng viên"]) == chosen

    again.switch_page("app_pages/compare.py").run()
    assert not again.exception, again.exception
    compare = again.multiselect(key="compare_pick")
    assert len(compare.value) == 2
    assert sorted(o.split(" · ")[0] for o in compare.options) == sorted(chosen)

    # Blind mode: saved candidates on the Compare page lose their names too.
    again.toggle(key="blind").set_value(True).run()
    assert not again.exception, again.exception
    shown = " ".join(again.multiselect(key="compare_pick").options)
    assert not [name for name in chosen if name in shown]
