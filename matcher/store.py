"""Saved shortlists in a real database: candidates, status, notes, consent, retention, audit.

SQLite through SQLAlchemy Core by default (``data/accountfit.db``); any SQLAlchemy URL in
``ACCOUNTFIT_DB`` (e.g. ``postgresql+psycopg://...``) takes its place. The schema is versioned
and migrated at start-up. Only what a shortlist needs is kept: the structured result with
name and contact, never the full CV text, and no personal fields (date of birth, gender,
ID...). Raw files are kept only for a shortlist with ``store_raw`` on.

Retention is per membership: a candidate leaves a shortlist ``retention_days`` after being
added to it, and a candidate left on no shortlist is deleted entirely (``purge_expired``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import StaticPool

from matcher.types import STATUS_OK, Screening

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATH = ROOT / "data" / "accountfit.db"
ENV_VAR = "ACCOUNTFIT_DB"

DEFAULT_RETENTION_DAYS = 180
STATUSES = ("new", "interview", "offer", "rejected")
CONSENT_STATES = ("given", "withdrawn", "unknown")
LEVELS = ("ae", "am", "ad")
AUDIT_ACTIONS = (
    "viewed", "exported", "deleted", "added", "status_changed", "purged",
    "note_added", "consent_changed", "shortlist_created", "shortlist_renamed",
    "shortlist_changed", "shortlist_deleted",
)  # fmt: skip
# Fields of ``Candidate.personal`` and evidence keys a shortlist never needs (domain.md §5).
PERSONAL_KEYS = frozenset({
    "personal", "photo", "date_of_birth", "dob", "age", "gender", "marital_status",
    "hometown", "address", "national_id", "ethnicity", "religion", "height", "weight", "health",
})  # fmt: skip


class StoreError(Exception):
    """A request the store cannot satisfy (bad value, unknown id)."""


class NotFound(StoreError, LookupError):
    """No shortlist or candidate with that id."""


# ---- schema: the current shape, used by queries -------------------------------------------

metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version", metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("applied_at", sa.DateTime, nullable=False),
)  # fmt: skip

shortlists = sa.Table(
    "shortlists", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("level", sa.String(8)),
    sa.Column("jd_text", sa.Text),
    sa.Column("created_by", sa.String(200), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("retention_days", sa.Integer, nullable=False, server_default="180"),
    sa.Column("store_raw", sa.Boolean, nullable=False, server_default=sa.false()),
)  # fmt: skip

candidates = sa.Table(
    "candidates", metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("name", sa.Text),
    sa.Column("file", sa.Text),
    sa.Column("result_json", sa.Text, nullable=False),
    sa.Column("profile_version", sa.String(64), nullable=False),
    sa.Column("screened_at", sa.DateTime, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)  # fmt: skip

candidate_keys = sa.Table(
    "candidate_keys", metadata,
    sa.Column("kind", sa.String(8), primary_key=True),  # "content" | "email" | "phone"
    sa.Column("key", sa.String(64), primary_key=True),  # e-mail/phone: SHA-256, never clear text
    sa.Column("candidate_id", sa.String(32),
              sa.ForeignKey("candidates.id", ondelete="CASCADE"), nullable=False, index=True),
)  # fmt: skip

memberships = sa.Table(
    "memberships", metadata,
    sa.Column("shortlist_id", sa.Integer,
              sa.ForeignKey("shortlists.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("candidate_id", sa.String(32),
              sa.ForeignKey("candidates.id", ondelete="CASCADE"), primary_key=True, index=True),
    sa.Column("status", sa.String(16), nullable=False, server_default="new"),
    sa.Column("added_at", sa.DateTime, nullable=False),
    sa.CheckConstraint("status IN ('new', 'interview', 'offer', 'rejected')",
                       name="membership_status"),
)  # fmt: skip

notes = sa.Table(
    "notes", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("candidate_id", sa.String(32),
              sa.ForeignKey("candidates.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("shortlist_id", sa.Integer, sa.ForeignKey("shortlists.id", ondelete="CASCADE")),
    sa.Column("author", sa.String(200), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)  # fmt: skip

audit_log = sa.Table(
    "audit_log", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("actor", sa.String(200), nullable=False),
    sa.Column("action", sa.String(32), nullable=False),
    # No foreign keys: an audit row outlives the candidate it names (ids only, never CV text).
    sa.Column("candidate_id", sa.String(32), index=True),
    sa.Column("shortlist_id", sa.Integer),
)  # fmt: skip

consent = sa.Table(
    "consent", metadata,
    sa.Column("candidate_id", sa.String(32),
              sa.ForeignKey("candidates.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("state", sa.String(16), nullable=False),
    sa.Column("recorded_at", sa.DateTime, nullable=False),
    sa.Column("recorded_by", sa.String(200), nullable=False),
    sa.CheckConstraint("state IN ('given', 'withdrawn', 'unknown')", name="consent_state"),
)  # fmt: skip

raw_files = sa.Table(
    "raw_files", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("candidate_id", sa.String(32),
              sa.ForeignKey("candidates.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("shortlist_id", sa.Integer,
              sa.ForeignKey("shortlists.id", ondelete="CASCADE"), nullable=False),
    sa.Column("filename", sa.Text),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("stored_at", sa.DateTime, nullable=False),
)  # fmt: skip


# ---- migrations: frozen history, one function per version ---------------------------------


def _migrate_v1(conn: Connection) -> None:
    """Shortlists, candidates, keys, memberships, notes and the append-only audit log."""
    m = sa.MetaData()  # frozen: later versions change the schema only by new migrations
    sa.Table(
        "shortlists",
        m,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("level", sa.String(8)),
        sa.Column("jd_text", sa.Text),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    sa.Table(
        "candidates",
        m,
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("name", sa.Text),
        sa.Column("file", sa.Text),
        sa.Column("result_json", sa.Text, nullable=False),
        sa.Column("profile_version", sa.String(64), nullable=False),
        sa.Column("screened_at", sa.DateTime, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    sa.Table(
        "candidate_keys",
        m,
        sa.Column("kind", sa.String(8), primary_key=True),
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column(
            "candidate_id",
            sa.String(32),
            sa.ForeignKey("candidates.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
    )
    sa.Table(
        "memberships",
        m,
        sa.Column(
            "shortlist_id",
            sa.Integer,
            sa.ForeignKey("shortlists.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "candidate_id",
            sa.String(32),
            sa.ForeignKey("candidates.id", ondelete="CASCADE"),
            primary_key=True,
            index=True,
        ),
        sa.Column("status", sa.String(16), nullable=False, server_default="new"),
        sa.Column("added_at", sa.DateTime, nullable=False),
        sa.CheckConstraint(
            "status IN ('new', 'interview', 'offer', 'rejected')", name="membership_status"
        ),
    )
    sa.Table(
        "notes",
        m,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "candidate_id",
            sa.String(32),
            sa.ForeignKey("candidates.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("shortlist_id", sa.Integer, sa.ForeignKey("shortlists.id", ondelete="CASCADE")),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    sa.Table(
        "audit_log",
        m,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("candidate_id", sa.String(32), index=True),
        sa.Column("shortlist_id", sa.Integer),
    )
    m.create_all(conn)
    if conn.dialect.name == "sqlite":
        for event in ("UPDATE", "DELETE"):
            conn.exec_driver_sql(
                f"CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
            )
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
        )


def _migrate_v2(conn: Connection) -> None:
    """Retention and raw-file switch per shortlist; consent per candidate; raw files."""
    conn.exec_driver_sql(
        "ALTER TABLE shortlists ADD COLUMN retention_days INTEGER NOT NULL "
        f"DEFAULT {DEFAULT_RETENTION_DAYS}"
    )
    conn.exec_driver_sql(
        "ALTER TABLE shortlists ADD COLUMN store_raw BOOLEAN NOT NULL DEFAULT FALSE"
    )
    m = sa.MetaData()
    # Stubs of existing tables, so the new foreign keys resolve; create_all skips them.
    sa.Table("candidates", m, sa.Column("id", sa.String(32), primary_key=True))
    sa.Table("shortlists", m, sa.Column("id", sa.Integer, primary_key=True))
    new = [
        sa.Table(
            "consent",
            m,
            sa.Column(
                "candidate_id",
                sa.String(32),
                sa.ForeignKey("candidates.id", ondelete="CASCADE"),
                primary_key=True,
            ),
            sa.Column("state", sa.String(16), nullable=False),
            sa.Column("recorded_at", sa.DateTime, nullable=False),
            sa.Column("recorded_by", sa.String(200), nullable=False),
            sa.CheckConstraint("state IN ('given', 'withdrawn', 'unknown')", name="consent_state"),
        ),
        sa.Table(
            "raw_files",
            m,
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column(
                "candidate_id",
                sa.String(32),
                sa.ForeignKey("candidates.id", ondelete="CASCADE"),
                nullable=False,
                index=True,
            ),
            sa.Column(
                "shortlist_id",
                sa.Integer,
                sa.ForeignKey("shortlists.id", ondelete="CASCADE"),
                nullable=False,
            ),
            sa.Column("filename", sa.Text),
            sa.Column("data", sa.LargeBinary, nullable=False),
            sa.Column("stored_at", sa.DateTime, nullable=False),
        ),
    ]
    m.create_all(conn, tables=new)


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (_migrate_v1, _migrate_v2)
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(conn: Connection) -> int:
    """The highest applied schema version (0 for an empty database)."""
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    return conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0


def _lock_migrations(conn: Connection) -> None:
    """Two processes starting together migrate one after the other (SQLite: BEGIN IMMEDIATE)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4242001)")


def migrate(engine: Engine, *, upto: int | None = None) -> int:
    """Apply pending migrations in one transaction each; returns the version reached."""
    target = SCHEMA_VERSION if upto is None else upto
    with _begin(engine) as conn:
        _lock_migrations(conn)
        schema_version.create(conn, checkfirst=True)
        version = current_version(conn)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"database schema v{version} is newer than this code (v{SCHEMA_VERSION})"
            )
    while version < target:
        with _begin(engine) as conn:
            _lock_migrations(conn)
            if current_version(conn) != version:  # another process migrated meanwhile
                version = current_version(conn)
                continue
            MIGRATIONS[version](conn)
            version += 1
            conn.execute(schema_version.insert().values(version=version, applied_at=_utcnow()))
    return version


# ---- engine ------------------------------------------------------------------------------


def resolve_url(url: str | None = None) -> str:
    """``url``, else ``$ACCOUNTFIT_DB``, else the default file; a plain path becomes sqlite.

    >>> resolve_url(":memory:")
    'sqlite://'
    >>> resolve_url("postgresql+psycopg://u:p@db/accountfit")
    'postgresql+psycopg://u:p@db/accountfit'
    """
    value = url if url is not None else os.environ.get(ENV_VAR) or None
    if value is None:
        return f"sqlite:///{DEFAULT_PATH}"
    if value in (":memory:", "sqlite://", "sqlite:///:memory:"):
        return "sqlite://"
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def create_engine(url: str | None = None) -> Engine:
    """An engine with SQLite pragmas (WAL, foreign keys, busy timeout, secure delete)."""
    resolved = resolve_url(url)
    parsed = sa.engine.make_url(resolved)
    if parsed.get_backend_name() != "sqlite":
        return sa.create_engine(resolved, pool_pre_ping=True)
    memory = parsed.database in (None, "", ":memory:")
    if memory:
        engine = sa.create_engine(
            resolved, poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    else:
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(
            resolved, connect_args={"check_same_thread": False, "timeout": 30}
        )

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself (pysqlite's own transaction handling is off).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not memory:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA secure_delete=ON")  # deleted rows are zeroed, not left in free pages
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A writer takes the write lock up front (IMMEDIATE), so two writers queue on the
        # busy timeout instead of failing when a read lock cannot be upgraded.
        read = conn.get_execution_options().get("accountfit_read", False)
        conn.exec_driver_sql("BEGIN" if read else "BEGIN IMMEDIATE")

    return engine


@contextmanager
def _begin(engine: Engine, *, read: bool = False) -> Iterator[Connection]:
    """One transaction: committed when the block ends, rolled back when it raises."""
    with engine.connect() as conn:
        conn.execution_options(accountfit_read=read)
        with conn.begin():
            yield conn


# ---- helpers -----------------------------------------------------------------------------


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _naive_utc(moment: datetime | None) -> datetime:
    if moment is None:
        return _utcnow()
    if moment.tzinfo is not None:
        return moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def email_key(email: str) -> str:
    """SHA-256 of a normalised e-mail: duplicates are found without keeping it in clear."""
    return hashlib.sha256(f"email:{email.strip().lower()}".encode()).hexdigest()


def normalise_phone(phone: str) -> str:
    """Digits only, Vietnamese numbers in international form.

    >>> normalise_phone("0903 123 456"), normalise_phone("+84 903-123-456")
    ('84903123456', '84903123456')
    """
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("0") and len(digits) in (10, 11):
        digits = "84" + digits[1:]
    return digits


def phone_key(phone: str) -> str:
    """SHA-256 of a normalised phone number."""
    return hashlib.sha256(f"phone:{normalise_phone(phone)}".encode()).hexdigest()


def minimise(result: Mapping[str, Any]) -> dict[str, Any]:
    """The part of a screening result a shortlist needs: personal fields are dropped."""
    out = json.loads(json.dumps(dict(result), ensure_ascii=False, default=str))
    cand = out.get("candidate")
    if isinstance(cand, dict):
        cand.pop("personal", None)
        evidence = cand.get("evidence")
        if isinstance(evidence, dict):
            cand["evidence"] = {k: v for k, v in evidence.items() if k not in PERSONAL_KEYS}
        for key in PERSONAL_KEYS & cand.keys():
            cand.pop(key)
    return out


def _result_of(screening: Screening | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(screening, Screening):
        return screening.to_dict() | {"profile_version": screening.profile_version}
    return dict(screening)


def _row(row: Any) -> dict[str, Any]:
    return dict(row._mapping)


@dataclass(frozen=True)
class Keys:
    """Duplicate-detection keys of one result."""

    content: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]

    def pairs(self) -> list[tuple[str, str]]:
        return ([("content", self.content)] + [("email", k) for k in self.emails]
                + [("phone", k) for k in self.phones])  # fmt: skip


def keys_of(result: Mapping[str, Any]) -> Keys:
    """Content hash (or a hash of the result when missing) plus hashed e-mails and phones."""
    cand = result.get("candidate") or {}
    content = (
        result.get("content_hash")
        or hashlib.sha256(json.dumps(result, sort_keys=True, default=str).encode()).hexdigest()
    )
    emails = tuple(dict.fromkeys(email_key(e) for e in cand.get("emails") or () if e.strip()))
    phones = tuple(
        dict.fromkeys(
            phone_key(p) for p in cand.get("phones") or () if len(normalise_phone(p)) >= 8
        )
    )
    return Keys(content, emails, phones)


# ---- the store ---------------------------------------------------------------------------


class Store:
    """Shortlists and their candidates; thread-safe, one per process is enough."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        memory = engine.dialect.name == "sqlite" and engine.url.database in (None, "", ":memory:")
        # One shared in-memory connection: serialise access to it.
        self._lock = threading.RLock() if memory else None

    def _guard(self) -> AbstractContextManager[Any]:
        return self._lock if self._lock is not None else nullcontext()

    # -- plumbing

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._guard(), _begin(self.engine) as conn:
            yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._guard(), _begin(self.engine, read=True) as conn:
            yield conn

    def _audit(
        self,
        conn: Connection,
        action: str,
        *,
        actor: str,
        at: datetime | None = None,
        candidate_id: str | None = None,
        shortlist_id: int | None = None,
    ) -> None:
        if action not in AUDIT_ACTIONS:
            raise StoreError(f"unknown audit action {action!r}")
        conn.execute(
            audit_log.insert().values(
                at=at or _utcnow(),
                actor=actor or "unknown",
                action=action,
                candidate_id=candidate_id,
                shortlist_id=shortlist_id,
            )
        )

    @staticmethod
    def _need_shortlist(conn: Connection, shortlist_id: int) -> dict[str, Any]:
        row = conn.execute(sa.select(shortlists).where(shortlists.c.id == shortlist_id)).first()
        if row is None:
            raise NotFound(f"no shortlist {shortlist_id}")
        return _row(row)

    @staticmethod
    def _need_candidate(conn: Connection, candidate_id: str) -> dict[str, Any]:
        row = conn.execute(sa.select(candidates).where(candidates.c.id == candidate_id)).first()
        if row is None:
            raise NotFound(f"no candidate {candidate_id}")
        return _row(row)

    def schema_version(self) -> int:
        """The schema version of the open database."""
        with self._read() as conn:
            return current_version(conn)

    def close(self) -> None:
        """Release the connections (the database stays on disk)."""
        self.engine.dispose()

    # -- shortlists

    def create_shortlist(
        self,
        name: str,
        *,
        actor: str,
        level: str | None = None,
        jd_text: str | None = None,
        retention_days: int = DEFAULT_RETENTION_DAYS,
        store_raw: bool = False,
    ) -> int:
        """A new, empty shortlist for one level ("ae"/"am"/"ad") or a job description."""
        name = name.strip()
        if not name:
            raise StoreError("a shortlist needs a name")
        if level is not None and level not in LEVELS + ("jd",):
            raise StoreError(f"unknown level {level!r}")
        if retention_days < 1:
            raise StoreError("retention_days must be at least 1")
        with self._write() as conn:
            new_id = conn.execute(
                shortlists.insert().values(
                    name=name,
                    level=level,
                    jd_text=jd_text or None,
                    created_by=actor,
                    created_at=_utcnow(),
                    retention_days=int(retention_days),
                    store_raw=bool(store_raw),
                )
            ).inserted_primary_key[0]
            self._audit(conn, "shortlist_created", actor=actor, shortlist_id=new_id)
        return int(new_id)

    def rename_shortlist(self, shortlist_id: int, name: str, *, actor: str) -> None:
        """Give a shortlist a new name."""
        name = name.strip()
        if not name:
            raise StoreError("a shortlist needs a name")
        with self._write() as conn:
            self._need_shortlist(conn, shortlist_id)
            conn.execute(
                shortlists.update().where(shortlists.c.id == shortlist_id).values(name=name)
            )
            self._audit(conn, "shortlist_renamed", actor=actor, shortlist_id=shortlist_id)

    def configure_shortlist(
        self,
        shortlist_id: int,
        *,
        actor: str,
        retention_days: int | None = None,
        store_raw: bool | None = None,
    ) -> None:
        """Change the retention period or the raw-file switch (off deletes stored files)."""
        values: dict[str, Any] = {}
        if retention_days is not None:
            if retention_days < 1:
                raise StoreError("retention_days must be at least 1")
            values["retention_days"] = int(retention_days)
        if store_raw is not None:
            values["store_raw"] = bool(store_raw)
        with self._write() as conn:
            self._need_shortlist(conn, shortlist_id)
            if values:
                conn.execute(
                    shortlists.update().where(shortlists.c.id == shortlist_id).values(**values)
                )
            if store_raw is False:
                conn.execute(raw_files.delete().where(raw_files.c.shortlist_id == shortlist_id))
            self._audit(conn, "shortlist_changed", actor=actor, shortlist_id=shortlist_id)

    def delete_shortlist(self, shortlist_id: int, *, actor: str) -> int:
        """Delete a shortlist; candidates on no other shortlist are deleted too (returns how many)."""
        with self._write() as conn:
            self._need_shortlist(conn, shortlist_id)
            members = conn.execute(
                sa.select(memberships.c.candidate_id).where(
                    memberships.c.shortlist_id == shortlist_id
                )
            ).scalars()
            member_ids = list(members)
            conn.execute(notes.delete().where(notes.c.shortlist_id == shortlist_id))
            conn.execute(raw_files.delete().where(raw_files.c.shortlist_id == shortlist_id))
            conn.execute(memberships.delete().where(memberships.c.shortlist_id == shortlist_id))
            conn.execute(shortlists.delete().where(shortlists.c.id == shortlist_id))
            self._audit(conn, "shortlist_deleted", actor=actor, shortlist_id=shortlist_id)
            orphans = self._orphans(conn, member_ids)
            for cid in orphans:
                self._delete_rows(conn, cid)
                self._audit(
                    conn, "deleted", actor=actor, candidate_id=cid, shortlist_id=shortlist_id
                )
        return len(orphans)

    def list_shortlists(self) -> list[dict[str, Any]]:
        """Every shortlist with its member count, newest first."""
        count = (
            sa.select(sa.func.count())
            .where(memberships.c.shortlist_id == shortlists.c.id)
            .scalar_subquery()
            .label("members")
        )
        with self._read() as conn:
            rows = conn.execute(
                sa.select(shortlists, count).order_by(
                    shortlists.c.created_at.desc(), shortlists.c.id.desc()
                )
            )
            return [_row(r) for r in rows]

    def get_shortlist(self, shortlist_id: int) -> dict[str, Any]:
        """One shortlist's settings; raises ``NotFound``."""
        with self._read() as conn:
            return self._need_shortlist(conn, shortlist_id)

    # -- candidates

    def add_candidate(
        self,
        shortlist_id: int,
        screening: Screening | Mapping[str, Any],
        *,
        actor: str,
        raw: bytes | None = None,
        now: datetime | None = None,
    ) -> str:
        """Save a screened CV on a shortlist; the same CV (hash, e-mail or phone) is one candidate.

        A duplicate updates the stored result; the membership keeps its status and date.
        ``raw`` is kept only when the shortlist's ``store_raw`` is on.
        """
        result = _result_of(screening)
        if result.get("status") != STATUS_OK or not result.get("candidate"):
            raise StoreError("only a screened CV (status ok) can be saved on a shortlist")
        keys = keys_of(result)
        stored = minimise(result)
        cand = stored.get("candidate") or {}
        at = _naive_utc(now)
        values = {
            "content_hash": keys.content,
            "name": cand.get("name"),
            "file": stored.get("file"),
            "result_json": json.dumps(stored, ensure_ascii=False),
            "profile_version": str(stored.get("profile_version") or ""),
            "screened_at": at,
        }
        with self._write() as conn:
            shortlist = self._need_shortlist(conn, shortlist_id)
            found = conn.execute(
                sa.select(
                    candidate_keys.c.kind, candidate_keys.c.key, candidate_keys.c.candidate_id
                ).where(sa.tuple_(candidate_keys.c.kind, candidate_keys.c.key).in_(keys.pairs()))
            ).all()
            owner = {(k, v): c for k, v, c in found}
            candidate_id = next((owner[p] for p in keys.pairs() if p in owner), None)
            if candidate_id is None:
                candidate_id = uuid.uuid4().hex
                conn.execute(candidates.insert().values(id=candidate_id, created_at=at, **values))
            else:
                conn.execute(
                    candidates.update().where(candidates.c.id == candidate_id).values(**values)
                )
            for kind, key in keys.pairs():
                if (kind, key) not in owner:
                    conn.execute(
                        candidate_keys.insert().values(
                            kind=kind, key=key, candidate_id=candidate_id
                        )
                    )
            is_member = conn.execute(
                sa.select(memberships.c.status).where(
                    memberships.c.shortlist_id == shortlist_id,
                    memberships.c.candidate_id == candidate_id,
                )
            ).first()
            if is_member is None:
                conn.execute(
                    memberships.insert().values(
                        shortlist_id=shortlist_id,
                        candidate_id=candidate_id,
                        status="new",
                        added_at=at,
                    )
                )
            if raw is not None and shortlist["store_raw"]:
                conn.execute(
                    raw_files.delete().where(
                        raw_files.c.candidate_id == candidate_id,
                        raw_files.c.shortlist_id == shortlist_id,
                    )
                )
                conn.execute(
                    raw_files.insert().values(
                        candidate_id=candidate_id,
                        shortlist_id=shortlist_id,
                        filename=stored.get("file"),
                        data=bytes(raw),
                        stored_at=at,
                    )
                )
            self._audit(
                conn,
                "added",
                actor=actor,
                at=at,
                candidate_id=candidate_id,
                shortlist_id=shortlist_id,
            )
        return candidate_id

    def set_status(self, shortlist_id: int, candidate_id: str, status: str, *, actor: str) -> None:
        """Move a candidate on a shortlist to new / interview / offer / rejected."""
        if status not in STATUSES:
            raise StoreError(f"unknown status {status!r}")
        with self._write() as conn:
            done = conn.execute(
                memberships.update()
                .where(
                    memberships.c.shortlist_id == shortlist_id,
                    memberships.c.candidate_id == candidate_id,
                )
                .values(status=status)
            )
            if done.rowcount != 1:
                raise NotFound(f"candidate {candidate_id} is not on shortlist {shortlist_id}")
            self._audit(
                conn,
                "status_changed",
                actor=actor,
                candidate_id=candidate_id,
                shortlist_id=shortlist_id,
            )

    def add_note(
        self, candidate_id: str, text: str, *, author: str, shortlist_id: int | None = None
    ) -> int:
        """A free-text note about a candidate (optionally in the context of one shortlist)."""
        if not text.strip():
            raise StoreError("an empty note")
        with self._write() as conn:
            self._need_candidate(conn, candidate_id)
            note_id = conn.execute(
                notes.insert().values(
                    candidate_id=candidate_id,
                    shortlist_id=shortlist_id,
                    author=author,
                    text=text.strip(),
                    created_at=_utcnow(),
                )
            ).inserted_primary_key[0]
            self._audit(
                conn,
                "note_added",
                actor=author,
                candidate_id=candidate_id,
                shortlist_id=shortlist_id,
            )
        return int(note_id)

    def set_consent(self, candidate_id: str, state: str, *, actor: str) -> None:
        """Record the candidate's consent: given, withdrawn or unknown (never implied)."""
        if state not in CONSENT_STATES:
            raise StoreError(f"unknown consent state {state!r}")
        with self._write() as conn:
            self._need_candidate(conn, candidate_id)
            conn.execute(consent.delete().where(consent.c.candidate_id == candidate_id))
            conn.execute(
                consent.insert().values(
                    candidate_id=candidate_id, state=state, recorded_at=_utcnow(), recorded_by=actor
                )
            )
            self._audit(conn, "consent_changed", actor=actor, candidate_id=candidate_id)

    def shortlist_members(
        self, shortlist_id: int, *, current_version: str | None = None
    ) -> list[dict[str, Any]]:
        """Members with status, consent, notes and result; ``stale`` when scored by another profile."""
        query = (
            sa.select(
                candidates,
                memberships.c.status,
                memberships.c.added_at,
                consent.c.state.label("consent"),
            )
            .join(memberships, memberships.c.candidate_id == candidates.c.id)
            .outerjoin(consent, consent.c.candidate_id == candidates.c.id)
            .where(memberships.c.shortlist_id == shortlist_id)
            .order_by(memberships.c.added_at, candidates.c.id)
        )
        with self._read() as conn:
            shortlist = self._need_shortlist(conn, shortlist_id)
            rows = [_row(r) for r in conn.execute(query)]
            note_rows = conn.execute(
                sa.select(notes)
                .where(notes.c.candidate_id.in_([r["id"] for r in rows]))
                .order_by(notes.c.created_at, notes.c.id)
            ).all()
        by_candidate: dict[str, list[dict[str, Any]]] = {}
        for n in note_rows:
            by_candidate.setdefault(n.candidate_id, []).append(_row(n))
        return [
            self._member(r, shortlist, by_candidate.get(r["id"], []), current_version) for r in rows
        ]

    @staticmethod
    def _member(
        row: dict[str, Any],
        shortlist: dict[str, Any],
        member_notes: list[dict[str, Any]],
        current_version: str | None,
    ) -> dict[str, Any]:
        result = json.loads(row.pop("result_json"))
        cand = result.get("candidate") or {}
        fit = result.get("fit") or {}
        level = (
            shortlist.get("level") if shortlist.get("level") in fit else result.get("best_level")
        )
        return {
            "candidate_id": row["id"],
            "name": row["name"],
            "emails": list(cand.get("emails") or []),
            "phones": list(cand.get("phones") or []),
            "file": row["file"],
            "status": row["status"],
            "consent": row["consent"] or "unknown",
            "added_at": row["added_at"],
            "screened_at": row["screened_at"],
            "profile_version": row["profile_version"],
            "stale": current_version is not None and row["profile_version"] != current_version,
            "level": level,
            "score": (fit.get(level) or {}).get("score") if level else None,
            "best_level": result.get("best_level"),
            "notes": member_notes,
            "result": result,
        }

    def get_candidate(self, candidate_id: str, *, actor: str | None = None) -> dict[str, Any]:
        """One candidate's stored result and metadata; logs "viewed" when ``actor`` is given."""
        with self._write() as conn:
            row = self._need_candidate(conn, candidate_id)
            row["content_hashes"] = sorted(
                conn.execute(
                    sa.select(candidate_keys.c.key).where(
                        candidate_keys.c.candidate_id == candidate_id,
                        candidate_keys.c.kind == "content",
                    )
                ).scalars()
            )
            if actor:
                self._audit(conn, "viewed", actor=actor, candidate_id=candidate_id)
        row["result"] = json.loads(row.pop("result_json"))
        return row

    def record_view(self, shortlist_id: int, *, actor: str) -> int:
        """Log "viewed" for every member of a shortlist someone opened; returns how many."""
        with self._write() as conn:
            self._need_shortlist(conn, shortlist_id)
            ids = (
                conn.execute(
                    sa.select(memberships.c.candidate_id)
                    .where(memberships.c.shortlist_id == shortlist_id)
                    .order_by(memberships.c.candidate_id)
                )
                .scalars()
                .all()
            )
            for candidate_id in ids:
                self._audit(conn, "viewed", actor=actor, candidate_id=candidate_id,
                            shortlist_id=shortlist_id)  # fmt: skip
        return len(ids)

    def saved_candidates(self) -> list[dict[str, Any]]:
        """Every candidate with the shortlists it is on (for the Compare page)."""
        query = (
            sa.select(
                candidates.c.id,
                candidates.c.name,
                candidates.c.result_json,
                candidates.c.profile_version,
                shortlists.c.name.label("shortlist"),
            )
            .join(memberships, memberships.c.candidate_id == candidates.c.id)
            .join(shortlists, shortlists.c.id == memberships.c.shortlist_id)
            .order_by(shortlists.c.name, candidates.c.name, candidates.c.id)
        )
        with self._read() as conn:
            rows = conn.execute(query).all()
        out: dict[str, dict[str, Any]] = {}
        for r in rows:
            item = out.setdefault(
                r.id,
                {
                    "candidate_id": r.id,
                    "name": r.name,
                    "profile_version": r.profile_version,
                    "shortlists": [],
                    "result": json.loads(r.result_json),
                },
            )
            item["shortlists"].append(r.shortlist)
        return list(out.values())

    # -- privacy

    @staticmethod
    def _delete_rows(conn: Connection, candidate_id: str) -> None:
        for table in (notes, consent, raw_files, memberships, candidate_keys):
            conn.execute(table.delete().where(table.c.candidate_id == candidate_id))
        conn.execute(candidates.delete().where(candidates.c.id == candidate_id))

    @staticmethod
    def _orphans(conn: Connection, candidate_ids: list[str]) -> list[str]:
        if not candidate_ids:
            return []
        kept = set(
            conn.execute(
                sa.select(memberships.c.candidate_id).where(
                    memberships.c.candidate_id.in_(candidate_ids)
                )
            ).scalars()
        )
        return sorted(set(candidate_ids) - kept)

    def delete_candidate(self, candidate_id: str, *, actor: str) -> bool:
        """Delete everything about a candidate; the audit log keeps only the id and the action."""
        with self._write() as conn:
            exists = conn.execute(
                sa.select(candidates.c.id).where(candidates.c.id == candidate_id)
            ).first()
            if exists is None:
                return False
            self._delete_rows(conn, candidate_id)
            self._audit(conn, "deleted", actor=actor, candidate_id=candidate_id)
        self._checkpoint()
        return True

    def _checkpoint(self) -> None:
        """Fold the WAL back into the file so deleted pages do not linger in it (best effort)."""
        if self.engine.dialect.name != "sqlite" or self._lock is not None:
            return
        # On the driver connection: a PRAGMA outside any transaction. When busy, SQLite
        # checkpoints by itself later.
        with self.engine.connect() as conn, suppress(sqlite3.OperationalError):
            conn.connection.dbapi_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def export_candidate(self, candidate_id: str, *, actor: str = "system") -> dict[str, Any]:
        """Everything stored about one candidate, as plain JSON data (for an access request)."""
        with self._write() as conn:
            row = self._need_candidate(conn, candidate_id)
            member_rows = conn.execute(
                sa.select(
                    memberships.c.shortlist_id,
                    shortlists.c.name,
                    memberships.c.status,
                    memberships.c.added_at,
                    shortlists.c.retention_days,
                )
                .join(shortlists, shortlists.c.id == memberships.c.shortlist_id)
                .where(memberships.c.candidate_id == candidate_id)
                .order_by(memberships.c.added_at)
            ).all()
            note_rows = conn.execute(
                sa.select(notes)
                .where(notes.c.candidate_id == candidate_id)
                .order_by(notes.c.created_at, notes.c.id)
            ).all()
            consent_row = conn.execute(
                sa.select(consent).where(consent.c.candidate_id == candidate_id)
            ).first()
            key_rows = conn.execute(
                sa.select(candidate_keys.c.kind, candidate_keys.c.key)
                .where(candidate_keys.c.candidate_id == candidate_id)
                .order_by(candidate_keys.c.kind, candidate_keys.c.key)
            ).all()
            raw_rows = conn.execute(
                sa.select(raw_files).where(raw_files.c.candidate_id == candidate_id)
            ).all()
            self._audit(conn, "exported", actor=actor, candidate_id=candidate_id)
            audit_rows = conn.execute(
                sa.select(audit_log)
                .where(audit_log.c.candidate_id == candidate_id)
                .order_by(audit_log.c.id)
            ).all()

        def iso(value: Any) -> Any:
            return value.isoformat() if isinstance(value, datetime) else value

        def clean(r: Any) -> dict[str, Any]:
            return {k: iso(v) for k, v in _row(r).items()}

        return {
            "candidate_id": candidate_id,
            "name": row["name"],
            "file": row["file"],
            "content_hash": row["content_hash"],
            "profile_version": row["profile_version"],
            "screened_at": iso(row["screened_at"]),
            "created_at": iso(row["created_at"]),
            "result": json.loads(row["result_json"]),
            "duplicate_keys": [{"kind": k, "sha256": v} for k, v in key_rows],
            "shortlists": [
                {
                    "shortlist_id": m.shortlist_id,
                    "name": m.name,
                    "status": m.status,
                    "added_at": iso(m.added_at),
                    "expires_at": iso(m.added_at + timedelta(days=m.retention_days)),
                }
                for m in member_rows
            ],
            "notes": [clean(n) for n in note_rows],
            "consent": clean(consent_row) if consent_row else {"state": "unknown"},
            "raw_files": [
                {
                    "filename": r.filename,
                    "shortlist_id": r.shortlist_id,
                    "stored_at": iso(r.stored_at),
                    "bytes": len(r.data),
                    "base64": base64.b64encode(r.data).decode("ascii"),
                }
                for r in raw_rows
            ],
            "audit": [clean(a) for a in audit_rows],
        }

    def export_shortlist(
        self,
        shortlist_id: int,
        *,
        actor: str,
        blind: bool = False,
        current_version: str | None = None,
    ) -> list[dict[str, Any]]:
        """Rows for a CSV of one shortlist; ``blind`` leaves out name and contact."""
        members = self.shortlist_members(shortlist_id, current_version=current_version)
        rows = []
        for n, m in enumerate(members, start=1):
            result = m["result"]
            cand = result.get("candidate") or {}
            row: dict[str, Any] = (
                {"candidate": f"Candidate {n}"}
                if blind
                else {
                    "candidate": m["name"] or f"Candidate {n}",
                    "emails": "; ".join(m["emails"]),
                    "phones": "; ".join(m["phones"]),
                }
            )
            row.update(
                {
                    "candidate_id": m["candidate_id"],
                    "status": m["status"],
                    "consent": m["consent"],
                    "level": m["level"],
                    "score": m["score"],
                    "best_level": m["best_level"],
                    "years_experience": cand.get("years_experience"),
                    "current_title": cand.get("current_title"),
                    "salary_fit": (result.get("salary") or {}).get("fit"),
                    "orientation": (result.get("orientation") or {}).get("label"),
                    "profile_version": m["profile_version"],
                    "stale": m["stale"],
                    "added_at": m["added_at"].isoformat(timespec="seconds"),
                    "notes": len(m["notes"]),
                }
            )
            rows.append(row)
        with self._write() as conn:
            for m in members:
                self._audit(
                    conn,
                    "exported",
                    actor=actor,
                    candidate_id=m["candidate_id"],
                    shortlist_id=shortlist_id,
                )
        return rows

    def purge_expired(self, now: datetime | None = None, *, actor: str = "retention") -> int:
        """Drop memberships older than their shortlist's retention; delete candidates left on none.

        Returns the number of candidates deleted.
        """
        at = _naive_utc(now)
        query = sa.select(
            memberships.c.shortlist_id,
            memberships.c.candidate_id,
            memberships.c.added_at,
            shortlists.c.retention_days,
        ).join(shortlists, shortlists.c.id == memberships.c.shortlist_id)
        with self._write() as conn:
            expired = [
                (m.shortlist_id, m.candidate_id)
                for m in conn.execute(query)
                if m.added_at + timedelta(days=m.retention_days) <= at
            ]
            for shortlist_id, candidate_id in expired:
                for table in (memberships, notes, raw_files):
                    conn.execute(
                        table.delete().where(
                            table.c.shortlist_id == shortlist_id,
                            table.c.candidate_id == candidate_id,
                        )
                    )
                self._audit(
                    conn,
                    "purged",
                    actor=actor,
                    at=at,
                    candidate_id=candidate_id,
                    shortlist_id=shortlist_id,
                )
            unlisted = (
                conn.execute(
                    sa.select(candidates.c.id).where(
                        ~sa.exists().where(memberships.c.candidate_id == candidates.c.id)
                    )
                )
                .scalars()
                .all()
            )
            for candidate_id in sorted(unlisted):
                self._delete_rows(conn, candidate_id)
                self._audit(conn, "purged", actor=actor, at=at, candidate_id=candidate_id)
        if unlisted:
            self._checkpoint()
        return len(unlisted)

    def audit_entries(
        self, *, candidate_id: str | None = None, shortlist_id: int | None = None, limit: int = 1000
    ) -> list[dict[str, Any]]:
        """Audit rows, newest first, optionally for one candidate or shortlist."""
        query = sa.select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)
        if candidate_id is not None:
            query = query.where(audit_log.c.candidate_id == candidate_id)
        if shortlist_id is not None:
            query = query.where(audit_log.c.shortlist_id == shortlist_id)
        with self._read() as conn:
            return [_row(r) for r in conn.execute(query)]


def open_store(url: str | None = None) -> Store:
    """Open (and migrate) the store at ``url``, ``$ACCOUNTFIT_DB`` or ``data/accountfit.db``."""
    engine = create_engine(url)
    migrate(engine)
    return Store(engine)
