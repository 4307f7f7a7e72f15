"""The shortlist store against a real SQLite file in tmp_path (no mocks of the database)."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from matcher import store as store_module
from matcher.store import (
    SCHEMA_VERSION,
    NotFound,
    Store,
    StoreError,
    create_engine,
    migrate,
    open_store,
    resolve_url,
)
from matcher.types import (
    Assessment,
    Candidate,
    Criterion,
    Evidence,
    LevelFit,
    Orientation,
    Personal,
    Readiness,
    SalaryFit,
    Screening,
)

T0 = datetime(2026, 1, 1, 9, 0, 0)


def screening(
    name: str = "Tran Thi Mau",
    *,
    email: str = "mau.tran@example.com",
    phone: str = "0903 000 111",
    digest: str = "a" * 64,
    version: str = "p1",
    score: float = 72.5,
    national_id: str | None = None,
) -> Screening:
    """A hand-built screening (no other module needed)."""
    line = Evidence("experience", "Lập báo giá và quản lý ngân sách cho khách hàng", 0, 10)
    fit = LevelFit(
        "ae",
        score,
        "junior",
        (10.0, 15.0),
        (Criterion("budget_quote", "Quotes", "Báo giá", 10.0, 8.0, "met", (line,)),),
    )
    return Screening(
        file=f"{name}.pdf",
        status="ok",
        language="vi",
        pages=1,
        content_hash=digest,
        profile_version=version,
        candidate=Candidate(
            name=name,
            emails=(email,) if email else (),
            phones=(phone,) if phone else (),
            current_title="Account Executive",
            years_experience=2.5,
            personal=Personal(gender="Nữ", date_of_birth="1999-02-03", national_id=national_id),
            evidence={"name": (Evidence("header", name),), "gender": (Evidence("personal", "Nữ"),)},
        ),
        assessment=Assessment(
            skills=(),
            fit={"ae": fit, "am": LevelFit("am", score - 20, "junior", (18.0, 25.0), ())},
            best_level="ae",
            orientation=Orientation("account", 3.0, 1.0),
            salary=SalaryFit("ae", "junior", (10.0, 15.0), (12.0, 14.0), "within"),
            readiness=Readiness("ae", "am", 40.0),
        ),
    )


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'accountfit.db'}"


@pytest.fixture
def store(db_url: str):
    opened = open_store(db_url)
    yield opened
    opened.close()


def all_cells(engine: sa.Engine) -> list[tuple[str, str, object]]:
    """(table, column, value) for every cell of every table in the database."""
    cells = []
    with engine.connect() as conn:
        for table in sa.inspect(conn).get_table_names():
            result = conn.exec_driver_sql(f'SELECT * FROM "{table}"')
            columns = list(result.keys())
            for row in result:
                cells.extend((table, col, value) for col, value in zip(columns, row, strict=True))
    return cells


def mentions(value: object, needle: str) -> bool:
    if isinstance(value, bytes):
        return needle.encode() in value
    return needle.lower() in str(value).lower()


# ---- schema, restart, migration ----------------------------------------------------------


def test_store_creates_schema_with_pragmas(store: Store) -> None:
    with store.engine.connect() as conn:
        tables = set(sa.inspect(conn).get_table_names())
        pragmas = {
            p: conn.exec_driver_sql(f"PRAGMA {p}").scalar()
            for p in ("journal_mode", "foreign_keys", "secure_delete")
        }
    assert tables == {
        "schema_version",
        "shortlists",
        "candidates",
        "candidate_keys",
        "memberships",
        "notes",
        "audit_log",
        "consent",
        "raw_files",
    }
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "secure_delete": 1}
    assert store.schema_version() == SCHEMA_VERSION == 2


def test_store_reopens_after_restart(db_url: str) -> None:
    first = open_store(db_url)
    sid = first.create_shortlist("AE tháng 11", actor="lan", level="ae")
    cid = first.add_candidate(sid, screening(), actor="lan")
    first.set_status(sid, cid, "interview", actor="lan")
    first.add_note(cid, "Gọi lại thứ Hai", author="lan", shortlist_id=sid)
    first.close()

    second = open_store(db_url)
    [listed] = second.list_shortlists()
    [member] = second.shortlist_members(sid)
    assert {k: listed[k] for k in ("id", "name", "level", "created_by", "members")} == {
        "id": sid,
        "name": "AE tháng 11",
        "level": "ae",
        "created_by": "lan",
        "members": 1,
    }
    assert (member["candidate_id"], member["name"], member["status"], member["score"]) == (
        cid,
        "Tran Thi Mau",
        "interview",
        72.5,
    )
    assert [n["text"] for n in member["notes"]] == ["Gọi lại thứ Hai"]
    second.close()


def test_store_migrates_from_v1(db_url: str) -> None:
    engine = create_engine(db_url)
    assert migrate(engine, upto=1) == 1
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO shortlists (id, name, level, created_by, created_at) "
            "VALUES (7, 'Old list', 'am', 'hoa', '2026-10-01 08:00:00.000000')"
        )
        conn.exec_driver_sql(
            "INSERT INTO candidates (id, content_hash, name, file, result_json, profile_version,"
            " screened_at, created_at) VALUES ('c0ffee', 'h1', 'Old Person', 'old.pdf', ?,"
            " 'p0', '2026-10-01 08:00:00.000000', '2026-10-01 08:00:00.000000')",
            (json.dumps({"status": "ok", "candidate": {"name": "Old Person"}, "fit": {}}),),
        )
        conn.exec_driver_sql(
            "INSERT INTO memberships (shortlist_id, candidate_id, status, added_at) "
            "VALUES (7, 'c0ffee', 'offer', '2026-10-01 08:00:00.000000')"
        )
        columns = {c["name"] for c in sa.inspect(conn).get_columns("shortlists")}
        assert "retention_days" not in columns
    engine.dispose()

    migrated = open_store(db_url)
    shortlist = migrated.get_shortlist(7)
    [member] = migrated.shortlist_members(7, current_version="p1")
    assert migrated.schema_version() == 2
    assert (shortlist["name"], shortlist["retention_days"], shortlist["store_raw"]) == (
        "Old list",
        180,
        False,
    )
    assert (member["candidate_id"], member["status"], member["consent"], member["stale"]) == (
        "c0ffee",
        "offer",
        "unknown",
        True,
    )
    migrated.set_consent("c0ffee", "given", actor="hoa")
    assert migrated.shortlist_members(7)[0]["consent"] == "given"
    migrated.close()


def test_store_refuses_a_newer_schema(db_url: str) -> None:
    open_store(db_url).close()
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO schema_version VALUES (99, '2026-01-01 00:00:00.000000')")
    engine.dispose()
    with pytest.raises(StoreError, match="newer"):
        open_store(db_url)


@pytest.mark.parametrize(
    ("given", "env", "expected"),
    [
        (":memory:", None, "sqlite://"),
        ("postgresql+psycopg://u:p@db/af", None, "postgresql+psycopg://u:p@db/af"),
        (None, "/srv/af/x.db", "sqlite:////srv/af/x.db"),
        (None, "sqlite:////srv/y.db", "sqlite:////srv/y.db"),
        (None, None, f"sqlite:///{store_module.ROOT / 'data' / 'accountfit.db'}"),
    ],
)
def test_store_resolve_url(monkeypatch, given, env, expected) -> None:
    if env is None:
        monkeypatch.delenv("ACCOUNTFIT_DB", raising=False)
    else:
        monkeypatch.setenv("ACCOUNTFIT_DB", env)
    assert resolve_url(given) == expected


def test_store_env_path_creates_folder(monkeypatch, tmp_path: Path) -> None:
    target = tmp_path / "nested" / "folder" / "af.db"
    monkeypatch.setenv("ACCOUNTFIT_DB", str(target))
    opened = open_store()
    opened.create_shortlist("x", actor="t")
    opened.close()
    assert target.is_file()


# ---- transactions and concurrency --------------------------------------------------------


def test_store_concurrent_writes_from_two_connections(db_url: str) -> None:
    stores = [open_store(db_url), open_store(db_url)]
    sid = stores[0].create_shortlist("Busy", actor="t")
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        mine = stores[n % 2]
        try:
            for i in range(15):
                digest = f"{n:02d}{i:02d}".ljust(64, "0")
                cid = mine.add_candidate(
                    sid,
                    screening(f"P{n}-{i}", email=f"p{n}.{i}@x.vn", phone="", digest=digest),
                    actor=f"w{n}",
                )
                mine.set_status(sid, cid, "interview", actor=f"w{n}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    members = stores[1].shortlist_members(sid)
    actions = [a["action"] for a in stores[0].audit_entries()]
    for s in stores:
        s.close()
    assert errors == []
    assert sorted(m["name"] for m in members) == sorted(
        f"P{n}-{i}" for n in range(4) for i in range(15)
    )
    assert {m["status"] for m in members} == {"interview"}
    assert (actions.count("added"), actions.count("status_changed")) == (60, 60)


def test_store_failed_transaction_leaves_nothing(store: Store, monkeypatch) -> None:
    sid = store.create_shortlist("AE", actor="t")
    before = sorted(all_cells(store.engine), key=repr)

    def broken_audit(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Store, "_audit", broken_audit)
    with pytest.raises(RuntimeError):
        store.add_candidate(sid, screening(), actor="t")
    monkeypatch.undo()
    assert sorted(all_cells(store.engine), key=repr) == before


def test_store_failed_delete_keeps_the_candidate(store: Store, monkeypatch) -> None:
    sid = store.create_shortlist("AE", actor="t")
    cid = store.add_candidate(sid, screening(), actor="t")
    before = sorted(all_cells(store.engine), key=repr)
    monkeypatch.setattr(Store, "_audit", lambda *a, **k: (_ for _ in ()).throw(OSError("x")))
    with pytest.raises(OSError):
        store.delete_candidate(cid, actor="t")
    monkeypatch.undo()
    assert sorted(all_cells(store.engine), key=repr) == before


# ---- privacy -----------------------------------------------------------------------------


def test_store_delete_leaves_no_row_mentioning_the_candidate(tmp_path: Path, db_url: str) -> None:
    opened = open_store(db_url)
    keep = opened.create_shortlist("Keep", actor="t", store_raw=True)
    other = opened.create_shortlist("Other", actor="t")
    gone = screening("Nguyen Van Xoa", email="xoa.nguyen@example.com", phone="0912 345 678",
                     digest="d" * 64)  # fmt: skip
    cid = opened.add_candidate(keep, gone, actor="t", raw=b"%PDF raw bytes of Nguyen Van Xoa")
    opened.add_candidate(other, gone, actor="t")
    opened.add_note(cid, "Strong on quotes", author="t", shortlist_id=keep)
    opened.set_consent(cid, "withdrawn", actor="t")
    opened.set_status(keep, cid, "interview", actor="t")
    opened.export_candidate(cid, actor="t")
    stays = opened.add_candidate(keep, screening("Le Thi O", email="o@example.com",
                                                 phone="", digest="e" * 64), actor="t")  # fmt: skip

    assert opened.delete_candidate(cid, actor="t") is True
    needles = [cid, "d" * 64, "Nguyen Van Xoa", "xoa.nguyen@example.com", "84912345678",
               store_module.email_key("xoa.nguyen@example.com"),
               store_module.phone_key("0912345678")]  # fmt: skip
    cells = all_cells(opened.engine)
    hits = [
        (table, col)
        for table, col, value in cells
        for needle in needles
        if mentions(value, needle) and not (table == "audit_log" and col == "candidate_id")
    ]
    audit = opened.audit_entries(candidate_id=cid)
    assert hits == []
    assert {a["action"] for a in audit} == {
        "added",
        "note_added",
        "consent_changed",
        "status_changed",
        "exported",
        "deleted",
    }
    assert set(audit[0]) == {"id", "at", "actor", "action", "candidate_id", "shortlist_id"}
    assert [m["candidate_id"] for m in opened.shortlist_members(keep)] == [stays]
    assert opened.delete_candidate(cid, actor="t") is False
    opened.close()
    # secure_delete + checkpoint: the deleted text is not left in the file's free pages either.
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("accountfit.db*"))
    assert b"Nguyen Van Xoa" not in raw
    assert b"Le Thi O" in raw


def test_store_keeps_only_what_a_shortlist_needs(store: Store) -> None:
    sid = store.create_shortlist("AE", actor="t")
    cid = store.add_candidate(sid, screening(national_id="079199000111"), actor="t",
                              raw=b"raw")  # fmt: skip
    cells = all_cells(store.engine)
    stored = store.get_candidate(cid)["result"]["candidate"]
    assert "personal" not in stored
    assert set(stored["evidence"]) == {"name"}
    assert (stored["name"], stored["emails"], stored["phones"]) == (
        "Tran Thi Mau",
        ["mau.tran@example.com"],
        ["0903 000 111"],
    )
    for needle in ("079199000111", "1999-02-03", "mau.tran@example.com"):
        where = {(t, c) for t, c, v in cells if mentions(v, needle)}
        expected = set() if needle != "mau.tran@example.com" else {("candidates", "result_json")}
        assert where == expected, needle
    assert [t for t, _, v in cells if t == "raw_files"] == []  # store_raw is off


@pytest.mark.parametrize("store_raw", [True, False])
def test_store_raw_files_only_when_switched_on(store: Store, store_raw: bool) -> None:
    sid = store.create_shortlist("AE", actor="t", store_raw=store_raw)
    cid = store.add_candidate(sid, screening(), actor="t", raw=b"%PDF-1.7 bytes")
    files = store.export_candidate(cid)["raw_files"]
    assert [(f["bytes"], f["base64"]) for f in files] == (
        [(14, "JVBERi0xLjcgYnl0ZXM=")] if store_raw else []
    )
    store.configure_shortlist(sid, actor="t", store_raw=False)
    assert store.export_candidate(cid)["raw_files"] == []


def test_store_export_candidate_holds_everything(store: Store) -> None:
    sid = store.create_shortlist("AM pool", actor="lan", level="am", retention_days=30)
    cid = store.add_candidate(sid, screening(), actor="lan", now=T0)
    store.add_note(cid, "Portfolio sent", author="lan", shortlist_id=sid)
    store.set_consent(cid, "given", actor="lan")
    export = store.export_candidate(cid, actor="dpo")
    json.dumps(export)  # plain JSON data
    assert export["candidate_id"] == cid
    assert export["name"] == "Tran Thi Mau"
    assert export["result"]["fit"]["ae"]["score"] == 72.5
    assert export["shortlists"] == [
        {
            "shortlist_id": sid,
            "name": "AM pool",
            "status": "new",
            "added_at": "2026-01-01T09:00:00",
            "expires_at": "2026-01-31T09:00:00",
        }
    ]
    assert [(n["text"], n["author"]) for n in export["notes"]] == [("Portfolio sent", "lan")]
    assert (export["consent"]["state"], export["consent"]["recorded_by"]) == ("given", "lan")
    assert sorted(k["kind"] for k in export["duplicate_keys"]) == ["content", "email", "phone"]
    assert [(a["action"], a["actor"]) for a in export["audit"]] == [
        ("added", "lan"),
        ("note_added", "lan"),
        ("consent_changed", "lan"),
        ("exported", "dpo"),
    ]


def test_store_export_shortlist_blind_hides_contact(store: Store) -> None:
    sid = store.create_shortlist("AE", actor="t", level="ae")
    store.add_candidate(sid, screening(), actor="t")
    [seen] = store.export_shortlist(sid, actor="t", current_version="p2")
    [blind] = store.export_shortlist(sid, actor="t", blind=True)
    assert {k: seen[k] for k in ("candidate", "emails", "phones", "score", "stale")} == {
        "candidate": "Tran Thi Mau",
        "emails": "mau.tran@example.com",
        "phones": "0903 000 111",
        "score": 72.5,
        "stale": True,
    }
    assert blind["candidate"] == "Candidate 1"
    assert not {"emails", "phones"} & set(blind)
    assert not any(mentions(v, "Mau") or mentions(v, "0903") for v in blind.values())


def test_store_audit_log_rejects_update_and_delete(store: Store) -> None:
    store.create_shortlist("AE", actor="t")
    for sql in ("UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"):
        with pytest.raises(sa.exc.DatabaseError, match="append-only"), store.engine.begin() as c:
            c.exec_driver_sql(sql)
    assert [(a["action"], a["actor"]) for a in store.audit_entries()] == [
        ("shortlist_created", "t")
    ]


# ---- retention ---------------------------------------------------------------------------


def test_store_purge_removes_exactly_the_expired(store: Store) -> None:
    short = store.create_shortlist("30 days", actor="t", retention_days=30)
    long = store.create_shortlist("180 days", actor="t")
    now = T0 + timedelta(days=100)

    def add(sid: int, name: str, age_days: int) -> str:
        s = screening(name, email=f"{name}@x.vn", phone="", digest=name.ljust(64, "0"))
        return store.add_candidate(sid, s, actor="t", now=now - timedelta(days=age_days))

    only_short_old = add(short, "a", 40)
    both = add(short, "b", 40)
    add(long, "b", 40)
    only_short_new = add(short, "c", 10)
    long_old = add(long, "d", 200)
    on_edge = add(short, "e", 30)  # exactly 30 days: expired

    assert store.purge_expired(now) == 3
    remaining = {m["candidate_id"] for sid in (short, long) for m in store.shortlist_members(sid)}
    assert remaining == {both, only_short_new}
    assert [m["candidate_id"] for m in store.shortlist_members(short)] == [only_short_new]
    assert [m["candidate_id"] for m in store.shortlist_members(long)] == [both]
    for gone in (only_short_old, long_old, on_edge):
        with pytest.raises(NotFound):
            store.get_candidate(gone)
    purged = [a for a in store.audit_entries() if a["action"] == "purged"]
    assert len(purged) == 7  # 4 memberships + 3 candidates
    assert store.purge_expired(now) == 0


# ---- duplicates and members --------------------------------------------------------------


@pytest.mark.parametrize(
    ("second", "same"),
    [
        (dict(digest="a" * 64, email="new@x.vn", phone=""), True),  # same file
        (dict(digest="b" * 64, email=" MAU.TRAN@Example.com ", phone=""), True),  # same e-mail
        (dict(digest="b" * 64, email="", phone="+84 903-000-111"), True),  # same phone
        (dict(digest="b" * 64, email="other@x.vn", phone="0988 777 666"), False),
    ],
)
def test_store_duplicates_merge(store: Store, second: dict, same: bool) -> None:
    sid = store.create_shortlist("AE", actor="t")
    first = store.add_candidate(sid, screening(), actor="t")
    store.set_status(sid, first, "offer", actor="t")
    again = store.add_candidate(sid, screening("Updated Name", version="p2", **second), actor="t")
    members = store.shortlist_members(sid, current_version="p2")
    assert (again == first) is same
    if same:
        assert [(m["name"], m["status"], m["stale"]) for m in members] == [
            ("Updated Name", "offer", False)
        ]
    else:
        assert [(m["name"], m["status"], m["stale"]) for m in members] == [
            ("Tran Thi Mau", "offer", True),
            ("Updated Name", "new", False),
        ]


def test_store_members_mark_stale_profiles(store: Store) -> None:
    sid = store.create_shortlist("AE", actor="t", level="ae")
    store.add_candidate(sid, screening(version="p1"), actor="t")
    store.add_candidate(sid, screening("B", email="b@x.vn", phone="", digest="b" * 64,
                                       version="p2"), actor="t")  # fmt: skip
    assert [(m["name"], m["stale"]) for m in store.shortlist_members(sid)] == [
        ("Tran Thi Mau", False),
        ("B", False),
    ]
    assert [
        (m["name"], m["stale"]) for m in store.shortlist_members(sid, current_version="p2")
    ] == [
        ("Tran Thi Mau", True),
        ("B", False),
    ]


def test_store_delete_shortlist_removes_orphans_only(store: Store) -> None:
    a = store.create_shortlist("A", actor="t")
    b = store.create_shortlist("B", actor="t")
    shared = store.add_candidate(a, screening(), actor="t")
    store.add_candidate(b, screening(), actor="t")
    alone = store.add_candidate(a, screening("Z", email="z@x.vn", phone="", digest="z" * 64),
                                actor="t")  # fmt: skip
    assert store.delete_shortlist(a, actor="t") == 1
    assert [s["name"] for s in store.list_shortlists()] == ["B"]
    assert [m["candidate_id"] for m in store.shortlist_members(b)] == [shared]
    with pytest.raises(NotFound):
        store.get_candidate(alone)


def test_store_rename_and_saved_candidates(store: Store) -> None:
    sid = store.create_shortlist("Draft", actor="t")
    cid = store.add_candidate(sid, screening(), actor="t")
    store.rename_shortlist(sid, "AE final", actor="t")
    [saved] = store.saved_candidates()
    assert (saved["candidate_id"], saved["name"], saved["shortlists"]) == (
        cid,
        "Tran Thi Mau",
        ["AE final"],
    )
    assert saved["result"]["best_level"] == "ae"


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda s, sid, cid: s.set_status(sid, cid, "hired", actor="t"), StoreError),
        (lambda s, sid, cid: s.set_status(sid, "nobody", "offer", actor="t"), NotFound),
        (lambda s, sid, cid: s.set_consent(cid, "maybe", actor="t"), StoreError),
        (lambda s, sid, cid: s.add_note("nobody", "x", author="t"), NotFound),
        (lambda s, sid, cid: s.create_shortlist("  ", actor="t"), StoreError),
        (lambda s, sid, cid: s.create_shortlist("x", actor="t", level="ceo"), StoreError),
        (lambda s, sid, cid: s.add_candidate(999, screening(), actor="t"), NotFound),
        (
            lambda s, sid, cid: s.add_candidate(
                sid, Screening(file="x.pdf", status="error"), actor="t"
            ),
            StoreError,
        ),
    ],
)
def test_store_rejects_bad_requests(store: Store, call, error) -> None:
    sid = store.create_shortlist("AE", actor="t")
    cid = store.add_candidate(sid, screening(), actor="t")
    before = sorted(all_cells(store.engine), key=repr)
    with pytest.raises(error):
        call(store, sid, cid)
    assert sorted(all_cells(store.engine), key=repr) == before


def test_store_in_memory_is_one_shared_database() -> None:
    memory = open_store(":memory:")
    sid = memory.create_shortlist("AE", actor="t")
    seen: list[list[str]] = []
    thread = threading.Thread(
        target=lambda: seen.append([s["name"] for s in memory.list_shortlists()])
    )
    thread.start()
    thread.join()
    assert (sid, seen) == (1, [["AE"]])


# ---- the same store on PostgreSQL (opt-in: needs a server) -------------------------------

POSTGRES_ENV = "ACCOUNTFIT_TEST_POSTGRES"  # e.g. postgresql+psycopg://postgres@/scratch?host=/tmp


@pytest.fixture
def postgres_url() -> str:
    """A scratch PostgreSQL database (emptied here), or a skip when none is configured."""
    import os

    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"set {POSTGRES_ENV} to a scratch PostgreSQL URL to run this test")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    engine.dispose()
    return url


def test_store_postgresql_round_trip(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    assert migrate(engine, upto=1) == 1
    engine.dispose()
    pg = open_store(postgres_url)
    sid = pg.create_shortlist("AE", actor="t", level="ae", store_raw=True, retention_days=30)
    cid = pg.add_candidate(sid, screening(), actor="t", raw=b"raw", now=T0)
    assert pg.add_candidate(sid, screening(digest="b" * 64), actor="t", now=T0) == cid
    other = pg.add_candidate(sid, screening("B", email="b@x.vn", phone="", digest="c" * 64),
                             actor="t")  # fmt: skip
    pg.set_consent(cid, "given", actor="t")
    pg.add_note(cid, "note", author="t", shortlist_id=sid)
    with pytest.raises(sa.exc.DatabaseError, match="append-only"), pg.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_log")
    assert pg.schema_version() == 2
    assert pg.export_candidate(cid)["raw_files"][0]["bytes"] == 3
    assert pg.purge_expired(T0 + timedelta(days=31)) == 1
    assert [m["candidate_id"] for m in pg.shortlist_members(sid)] == [other]
    assert pg.delete_candidate(other, actor="t") is True
    counts = {
        t: n for t, n in _counts(pg.engine).items() if t not in ("audit_log", "schema_version")
    }
    pg.close()
    assert counts == {"shortlists": 1, "candidates": 0, "candidate_keys": 0, "memberships": 0,
                      "notes": 0, "consent": 0, "raw_files": 0}  # fmt: skip


def _counts(engine: sa.Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            t: conn.exec_driver_sql(f'SELECT COUNT(*) FROM "{t}"').scalar()
            for t in sa.inspect(conn).get_table_names()
        }
