"""Storage of documents, speakers, organisations, statements and stances.

``Store`` opens SQLite (the embedded default, a per-user file) or PostgreSQL
(by URL) through SQLAlchemy 2.x Core, creates or migrates the schema
(``attribution.store_schema``) and writes one document per transaction:
a document is stored whole or not at all, and a document whose text is
already stored (same content hash) is skipped, so re-running an interrupted
ingest resumes where it stopped and the same article twice is stored once.

Database failures the user can act on (locked, not a database, disk full,
cannot connect) become ``UserError`` with one line of explanation.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import time
from contextlib import contextmanager
from functools import lru_cache
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import Connection, Integer, String, bindparam, case, create_engine, event, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from attribution.errors import UserError
from attribution.store_schema import (
    affiliations,
    documents,
    SCHEMA_VERSION,
    key,
    migrate,
    schema_version,
    organisation_aliases,
    organisations,
    speaker_aliases,
    speakers,
    stances,
    statements,
)
from attribution.types import Document, Span, Stance, Statement

DEFAULT_BUSY_TIMEOUT = 30.0  # seconds a writer waits for another writer's lock


def default_db_path() -> Path:
    """``$XDG_DATA_HOME/attribution/attribution.db``, else ``~/.local/share/attribution/attribution.db``.

    Hand-written rather than platformdirs: one XDG rule is all we need.
    """
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "attribution" / "attribution.db"


def resolve_url(db: str | os.PathLike | None = None) -> str:
    """The SQLAlchemy URL for ``db``: a URL as given, a file path as SQLite, None as
    ``$ATTRIBUTION_DB`` or the per-user default file."""
    value = str(db) if db is not None else os.environ.get("ATTRIBUTION_DB") or str(default_db_path())
    if "://" in value:
        try:
            url = make_url(value)
        except ArgumentError as exc:
            raise UserError(f"not a database URL: {value!r} ({exc})") from None
        if url.drivername == "postgresql":  # plain postgresql:// means psycopg 3 here, not psycopg2
            url = url.set(drivername="postgresql+psycopg")
        if not url.drivername.startswith(("sqlite", "postgresql")):
            raise UserError(f"unsupported database {url.drivername!r}: use a SQLite file or postgresql+psycopg://")
        return url.render_as_string(hide_password=False)
    return f"sqlite:///{Path(value).expanduser()}"


def content_hash(doc_text: str) -> str:
    """Identity of a document: SHA-256 of its text (metadata and id do not count)."""
    return hashlib.sha256(doc_text.encode("utf-8")).hexdigest()


_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d")


def iso_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` for a publication date in ISO, RFC 2822 or 'June 28, 2021' form; else None."""
    if not value:
        return None
    s = str(value).strip()
    try:
        return date.fromisoformat(s[:10]).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _use_wal(cur, busy_timeout: float) -> None:
    """Switch the database to WAL (readers never block the writer, nor it them).

    WAL is a property of the file, so only the first connection to a new database switches it.
    SQLite does not call the busy handler for that switch: two processes creating one database at
    once would see "database is locked" at once. Hence this hand-written wait.
    """
    deadline = time.monotonic() + busy_timeout
    while True:
        try:
            if cur.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                return
            cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


class Store:
    """A connection to one attribution database, created or migrated on open.

    ``db``: file path or SQLAlchemy URL (None: ``$ATTRIBUTION_DB`` or the default file).
    ``must_exist``: refuse to create a new SQLite file (for read-only commands).
    ``pragmas``: extra SQLite pragmas for every connection (tests use ``max_page_count``).
    """

    def __init__(self, db: str | os.PathLike | None = None, *, busy_timeout: float | None = None,
                 must_exist: bool = False, pragmas: dict[str, Any] | None = None):
        self.url = resolve_url(db)
        url = make_url(self.url)
        self.dialect = "sqlite" if url.drivername.startswith("sqlite") else "postgresql"
        self.where = url.database if self.dialect == "sqlite" else url.render_as_string(hide_password=True)
        if busy_timeout is None:
            busy_timeout = float(os.environ.get("ATTRIBUTION_BUSY_TIMEOUT", DEFAULT_BUSY_TIMEOUT))
        self.busy_timeout = busy_timeout
        # name key -> id of speakers / organisations known to be committed (rows are never deleted
        # while a Store is open), so each document does not look every name up again.
        self._known: dict[str, dict[str, int]] = {"speaker": {}, "org": {}}
        if self.dialect == "sqlite":
            path = Path(url.database or "")
            if url.database in (None, "", ":memory:"):
                raise UserError("an in-memory SQLite database cannot be shared between steps; give a file")
            if must_exist and not path.exists():
                raise UserError(f"no database at {path} (run 'attribution ingest' first, or give --db)")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UserError(f"cannot create a database at {path} ({exc.strerror})") from None
            self.engine = create_engine(self.url, connect_args={"timeout": busy_timeout})
            self._sqlite_events(pragmas or {})
        else:
            self.engine = create_engine(self.url, pool_pre_ping=True)
        # Look first without the write lock: a search must not wait behind a running ingest.
        with self.read() as conn:
            self.migrated_from = schema_version(conn)
        if self.migrated_from != SCHEMA_VERSION:
            with self.write() as conn:
                if self.dialect == "postgresql":
                    # Two processes opening a fresh database at once must not both create it.
                    conn.execute(text("SELECT pg_advisory_xact_lock(7242031)"))
                self.migrated_from = migrate(conn, insert_document)

    def _sqlite_events(self, pragmas: dict[str, Any]) -> None:
        busy_ms = int(self.busy_timeout * 1000)

        @event.listens_for(self.engine, "connect")
        def _on_connect(dbapi_conn, _record):
            # Let SQLAlchemy, not the sqlite3 module, say when transactions begin (see "begin").
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA busy_timeout = {busy_ms}")
            _use_wal(cur, self.busy_timeout)
            cur.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: a killed process loses nothing committed
            cur.execute("PRAGMA foreign_keys = ON")
            for name, value in pragmas.items():
                cur.execute(f"PRAGMA {name} = {int(value)}")
            cur.close()

        @event.listens_for(self.engine, "begin")
        def _on_begin(conn):
            # Writers take the lock up front (IMMEDIATE): a deferred transaction that later
            # upgrades to a write lock fails at once with SQLITE_BUSY, skipping busy_timeout.
            mode = "IMMEDIATE" if conn.get_execution_options().get("write") else "DEFERRED"
            conn.exec_driver_sql(f"BEGIN {mode}")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A connection in a write transaction: committed when the block ends, rolled back on error."""
        with self._errors(), self.engine.connect() as conn:
            conn.execution_options(write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection in a read transaction (one consistent snapshot)."""
        with self._errors(), self.engine.connect() as conn:
            with conn.begin():
                yield conn

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as exc:
            raise self._user_error(exc) from exc

    def _user_error(self, exc: DBAPIError) -> Exception:
        """The one-line explanation of a database failure, or ``exc`` itself when unexpected."""
        orig = getattr(exc, "orig", None) or exc
        lines = str(orig).strip().splitlines()
        msg = lines[0] if lines else type(orig).__name__
        low = msg.lower()
        code = getattr(getattr(exc, "orig", None), "sqlstate", None)
        if "database is locked" in low or "database table is locked" in low:
            return UserError(f"database {self.where} is locked by another process (waited {self.busy_timeout:g} s); "
                             "try again later or raise ATTRIBUTION_BUSY_TIMEOUT")
        if "file is not a database" in low or "malformed" in low:
            return UserError(f"{self.where} is not a usable attribution database ({msg})")
        if "database or disk is full" in low or code == "53100" or "no space left" in low:
            return UserError(f"no space left for database {self.where}; the document being written was not stored")
        if "unable to open database" in low or "readonly database" in low:
            return UserError(f"cannot write database {self.where} ({msg})")
        if self.dialect == "postgresql" and isinstance(exc, OperationalError) and "connect" in low:
            return UserError(f"cannot use database {self.where}: {msg}")
        return exc

    # -- writing ---------------------------------------------------------------------------

    def has_document(self, doc_text: str) -> bool:
        """Whether a document with exactly this text is stored."""
        with self.read() as conn:
            return _has_hash(conn, content_hash(doc_text))

    def add_document(self, doc: Document, model_version: str | None = None) -> int | None:
        """Store ``doc`` and its statements in one transaction; the new document's key,
        or None when a document with the same text was already stored."""
        new: dict[str, dict[str, int]] = {"speaker": {}, "org": {}}
        with self.write() as conn:
            pk = insert_document(conn, doc, model_version, known=self._known, new=new)
        # Only after the commit: a rolled-back transaction's ids must not be remembered.
        for kind, ids in new.items():
            self._known[kind].update(ids)
        return pk

    def set_stances(self, labelled: list[tuple[int, Stance]], model_version: str | None = None) -> None:
        """Store stances of stored statements (``statement id``, ``Stance``) in one transaction,
        replacing an earlier stance of the same statement toward the same target."""
        with self.write() as conn:
            _upsert_stances(conn, labelled, model_version)

    # -- reading ---------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per table: documents, statements, speakers, organisations, stances."""
        tables = {"documents": documents, "statements": statements, "speakers": speakers,
                  "organisations": organisations, "stances": stances}
        with self.read() as conn:
            return {name: conn.execute(select(func.count()).select_from(t)).scalar_one() for name, t in tables.items()}

    def iter_documents(self) -> Iterator[Document]:
        """Every stored document with its statements, as the exchange format has them.

        A statement's ``stance`` is the one toward the document's target, else its latest one.
        """
        after = 0
        while True:
            # Pages by key: memory stays flat however many documents are stored.
            with self.read() as conn:
                page = conn.execute(select(documents).where(documents.c.pk > after).order_by(documents.c.pk)
                                    .limit(200)).mappings().all()
                docs = [_load_document(conn, row) for row in page]
            if not page:
                return
            yield from docs
            after = page[-1]["pk"]


def _has_hash(conn: Connection, digest: str) -> bool:
    return conn.execute(select(documents.c.pk).where(documents.c.content_hash == digest)).first() is not None


def _dialect_insert(dialect: str):
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:
        from sqlalchemy.dialects.postgresql import insert
    return insert


@lru_cache(maxsize=4)
def _upserts(dialect: str) -> dict[str, Any]:
    """The insert-or-ignore / upsert statements, built once per dialect: building them per row
    cost more than running them."""
    insert = _dialect_insert(dialect)
    out: dict[str, Any] = {
        "documents": insert(documents).on_conflict_do_nothing(index_elements=["content_hash"])
        .returning(documents.c.pk),
        "speakers": insert(speakers).on_conflict_do_nothing(index_elements=["name_key"]),
        "organisations": insert(organisations).on_conflict_do_nothing(index_elements=["name_key"]),
        "speaker_aliases": insert(speaker_aliases).on_conflict_do_nothing(index_elements=["alias_key", "speaker_id"]),
        "organisation_aliases": insert(organisation_aliases).on_conflict_do_nothing(
            index_elements=["alias_key", "org_id"]),
    }
    ins = insert(affiliations)
    a, new = affiliations.c, ins.excluded
    out["affiliations"] = ins.on_conflict_do_update(
        index_elements=["speaker_id", "org_id", "role"],
        set_={
            "first_seen": case((new.first_seen.is_(None), a.first_seen), (a.first_seen.is_(None), new.first_seen),
                               (new.first_seen < a.first_seen, new.first_seen), else_=a.first_seen),
            "last_seen": case((new.last_seen.is_(None), a.last_seen), (a.last_seen.is_(None), new.last_seen),
                              (new.last_seen > a.last_seen, new.last_seen), else_=a.last_seen),
            "n_statements": a.n_statements + new.n_statements,
        },
    )
    sp, day = speakers.c, bindparam("day", type_=String)
    out["speaker_stats"] = speakers.update().where(sp.id == bindparam("sid")).values(
        n_statements=sp.n_statements + bindparam("n", type_=Integer),
        first_seen=case((day.is_(None), sp.first_seen), (sp.first_seen.is_(None), day), (day < sp.first_seen, day),
                        else_=sp.first_seen),
        last_seen=case((day.is_(None), sp.last_seen), (sp.last_seen.is_(None), day), (day > sp.last_seen, day),
                       else_=sp.last_seen),
    )
    ins = insert(stances)
    out["stances"] = ins.on_conflict_do_update(
        index_elements=["statement_id", "target_key"],
        set_={"target": ins.excluded.target, "label": ins.excluded.label, "score": ins.excluded.score,
              "model_version": ins.excluded.model_version},
    )
    return out


def _named(conn: Connection, table, alias_table, id_col: str, name: str, aliases: list[str],
           known: dict[str, int], new: dict[str, int]) -> int:
    """The id of the speaker / organisation whose canonical name is ``name`` (created when new);
    ``name`` and ``aliases`` are recorded as names it goes by. ``known``: ids committed earlier;
    ``new``: ids found in this transaction (filled here)."""
    k = key(name)
    found = known.get(k) or new.get(k)
    if found is not None:
        extra = [a for a in aliases if a and a.strip() and key(a) != k]
    else:
        conn.execute(_upserts(conn.dialect.name)[table.name], {"name": " ".join(name.split()), "name_key": k})
        found = conn.execute(select(table.c.id).where(table.c.name_key == k)).scalar_one()
        extra = [name, *aliases]
        new[k] = found
    rows = [{"alias_key": key(a), "alias": " ".join(a.split()), id_col: found} for a in extra if a and a.strip()]
    if rows:
        conn.execute(_upserts(conn.dialect.name)[alias_table.name], rows)
    return found


def insert_document(conn: Connection, doc: Document, model_version: str | None = None,
                    known: dict[str, dict[str, int]] | None = None,
                    new: dict[str, dict[str, int]] | None = None) -> int | None:
    """Insert ``doc`` with its statements, speakers, affiliations and stances on ``conn``
    (the caller's transaction); None when its text is already stored."""
    digest = content_hash(doc.text)
    if _has_hash(conn, digest):
        return None
    pub = iso_date(doc.published)
    row = conn.execute(_upserts(conn.dialect.name)["documents"], dict(
        id=doc.id, title=doc.title, published=None if doc.published is None else str(doc.published),
        pub_date=pub, source=doc.source, url=doc.url, target=doc.target, content_hash=digest,
        text=doc.text, model_version=model_version,
        ingested_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )).first()
    if row is None:  # another process stored the same text a moment ago (PostgreSQL)
        return None
    pk = row[0]
    if not doc.quotes:
        return pk
    known = known or {"speaker": {}, "org": {}}
    new = new if new is not None else {"speaker": {}, "org": {}}
    rows, affil = [], {}
    for seq, q in enumerate(doc.quotes):
        sid = _named(conn, speakers, speaker_aliases, "speaker_id", q.speaker, q.speaker_aliases,
                     known["speaker"], new["speaker"]) if q.speaker and q.speaker.strip() else None
        oid = _named(conn, organisations, organisation_aliases, "org_id", q.affiliation, q.affiliation_aliases,
                     known["org"], new["org"]) if q.affiliation and q.affiliation.strip() else None
        if sid is not None and oid is not None:
            k = (sid, oid, q.role or "")
            affil[k] = affil.get(k, 0) + 1
        rows.append(dict(
            document_pk=pk, seq=seq, start_char=q.start, end_char=q.end, text=q.text, kind=q.kind,
            cue_start=q.cue.start if q.cue else None, cue_end=q.cue.end if q.cue else None,
            cue_text=q.cue.text if q.cue else None,
            mention_start=q.mention.start if q.mention else None, mention_end=q.mention.end if q.mention else None,
            mention_text=q.mention.text if q.mention else None,
            speaker_id=sid, speaker_name=q.speaker, org_id=oid, affiliation=q.affiliation, role=q.role,
            score=float(q.score), model_version=model_version, tags=tags(sid, oid),
        ))
    ids = conn.execute(statements.insert().returning(statements.c.id, sort_by_parameter_order=True), rows).scalars().all()
    per_speaker: dict[int, int] = {}
    for r in rows:
        if r["speaker_id"] is not None:
            per_speaker[r["speaker_id"]] = per_speaker.get(r["speaker_id"], 0) + 1
    # Sorted so that concurrent PostgreSQL writers lock speaker and affiliation rows in the same order.
    if per_speaker:
        conn.execute(_upserts(conn.dialect.name)["speaker_stats"],
                     [{"sid": sid, "n": n, "day": pub} for sid, n in sorted(per_speaker.items())])
    if affil:
        conn.execute(_upserts(conn.dialect.name)["affiliations"], [
            {"speaker_id": sid, "org_id": oid, "role": role, "first_seen": pub, "last_seen": pub, "n_statements": n}
            for (sid, oid, role), n in sorted(affil.items())])
    labelled = []
    for sid_, q in zip(ids, doc.quotes):
        if q.stance is not None and (q.stance.target or doc.target):
            labelled.append((sid_, Stance(q.stance.target or doc.target or "", q.stance.label, q.stance.score)))
    _upsert_stances(conn, labelled, model_version)
    return pk


def tags(speaker_id: int | None, org_id: int | None) -> str:
    """The facet tokens of a statement for the SQLite full-text index: ``s<id> o<id>``."""
    return " ".join(([f"s{speaker_id}"] if speaker_id is not None else []) +
                    ([f"o{org_id}"] if org_id is not None else []))


def _upsert_stances(conn: Connection, labelled: list[tuple[int, Stance]], model_version: str | None) -> None:
    if not labelled:
        return
    rows = [dict(statement_id=sid, target=" ".join(st.target.split()), target_key=target_key(st.target),
                 label=st.label, score=float(st.score), model_version=model_version) for sid, st in labelled]
    conn.execute(_upserts(conn.dialect.name)["stances"], rows)


def target_key(target: str) -> str:
    """The lookup form of a stance target: case-folded, spaces collapsed, a leading article dropped
    ("The US airstrikes" and "US airstrikes" are one target)."""
    return re.sub(r"^(the|a|an) ", "", key(target))


def _load_document(conn: Connection, drow) -> Document:
    doc = Document(id=drow["id"], text=drow["text"], title=drow["title"], published=drow["published"],
                   source=drow["source"], url=drow["url"], target=drow["target"])
    srows = conn.execute(select(statements).where(statements.c.document_pk == drow["pk"])
                         .order_by(statements.c.seq)).mappings().all()
    want = target_key(doc.target) if doc.target else None
    stance_of: dict[int, Stance] = {}
    if srows:
        # Ordered by id, so a later stance replaces an earlier one unless that one is toward the doc's target.
        for st in conn.execute(select(stances).where(stances.c.statement_id.in_([r["id"] for r in srows]))
                               .order_by(stances.c.id)).mappings():
            current = stance_of.get(st["statement_id"])
            if current is None or st["target_key"] == want or target_key(current.target) != want:
                stance_of[st["statement_id"]] = Stance(st["target"], st["label"], st["score"])
    for r in srows:
        doc.quotes.append(Statement(
            start=r["start_char"], end=r["end_char"], text=r["text"], kind=r["kind"], speaker=r["speaker_name"],
            mention=Span(r["mention_start"], r["mention_end"], r["mention_text"] or "")
            if r["mention_start"] is not None else None,
            cue=Span(r["cue_start"], r["cue_end"], r["cue_text"] or "") if r["cue_start"] is not None else None,
            affiliation=r["affiliation"], role=r["role"], stance=stance_of.get(r["id"]), score=r["score"],
        ))
    return doc
