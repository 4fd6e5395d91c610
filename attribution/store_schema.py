"""The database schema: tables, full-text index, schema version and migrations.

One SQLAlchemy Core ``MetaData`` serves SQLite and PostgreSQL; the parts the
two do differently (the full-text index) are created by ``create_schema``:

- SQLite: an FTS5 external-content table ``statements_fts`` over
  ``statements.text`` (porter stemming), kept in step by triggers;
- PostgreSQL: a stored generated ``tsvector`` column ``statements.tsv`` with a
  GIN index.

The schema version lives in ``meta`` (key ``schema_version``). A database
with an older version is upgraded in place, step by step, inside one
transaction (``migrate``); one newer than this code is refused.
"""

from __future__ import annotations

from typing import Callable

from sqlalchemy import (
    Column,
    Connection,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    inspect,
    text,
)

from attribution.errors import UserError

# v1: first release. v2: speakers carry their statement count and first/last dates, so
# listing speakers does not aggregate every statement.
SCHEMA_VERSION = 2

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    # Internal key: the external ``id`` is not unique (two different articles
    # may arrive under one file name); identity is the content hash.
    Column("pk", Integer, primary_key=True),
    Column("id", Text, nullable=False, index=True),
    Column("title", Text),
    Column("published", Text),  # as given
    Column("pub_date", String(10), index=True),  # ISO YYYY-MM-DD when `published` parses, for filters
    Column("source", Text),
    Column("url", Text),
    Column("target", Text),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("model_version", Text),
    Column("ingested_at", Text, nullable=False),
)

speakers = Table(
    "speakers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),  # canonical: the first full name seen
    Column("name_key", Text, nullable=False, unique=True),  # casefolded, spaces collapsed
    # Kept up to date by every insert (v2): what `attribution speakers` lists.
    Column("n_statements", Integer, nullable=False, default=0, server_default="0"),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
)

speaker_aliases = Table(
    "speaker_aliases",
    metadata,
    # Names a speaker goes by, the canonical one included, for search filters. Not used to
    # decide identity: gold aliases are "names that count as right" ("Amira Solberg" for a
    # statement of the court she speaks for), so one alias may belong to several speakers.
    Column("alias_key", Text, primary_key=True),
    Column("speaker_id", Integer, ForeignKey("speakers.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("alias", Text, nullable=False),
)

organisations = Table(
    "organisations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("name_key", Text, nullable=False, unique=True),
)

organisation_aliases = Table(
    "organisation_aliases",
    metadata,
    Column("alias_key", Text, primary_key=True),
    Column("org_id", Integer, ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("alias", Text, nullable=False),
)

affiliations = Table(
    "affiliations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("speaker_id", Integer, ForeignKey("speakers.id", ondelete="CASCADE"), nullable=False),
    Column("org_id", Integer, ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False, index=True),
    # '' rather than NULL: NULLs never collide in a unique constraint.
    Column("role", Text, nullable=False, default=""),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Column("n_statements", Integer, nullable=False, default=0),
    UniqueConstraint("speaker_id", "org_id", "role", name="uq_affiliation"),
)

statements = Table(
    "statements",
    metadata,
    Column("id", Integer, primary_key=True),  # SQLite rowid alias: the FTS5 content_rowid
    Column("document_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),  # order within the document
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("cue_text", Text),
    Column("mention_start", Integer),
    Column("mention_end", Integer),
    Column("mention_text", Text),
    Column("speaker_id", Integer, ForeignKey("speakers.id"), index=True),
    Column("speaker_name", Text),  # the speaker as the document gave it
    Column("org_id", Integer, ForeignKey("organisations.id"), index=True),
    Column("affiliation", Text),  # as given
    Column("role", Text),
    Column("score", Float, nullable=False, default=1.0),
    Column("model_version", Text),
    # SQLite only: "s<speaker id> o<org id>", indexed in the FTS5 table beside the text, so a
    # keyword + speaker search intersects posting lists inside FTS5 instead of joining
    # every keyword hit (see search.search_sql).
    Column("tags", Text),
    Index("ix_statements_kind", "kind"),
)

stances = Table(
    "stances",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("statement_id", Integer, ForeignKey("statements.id", ondelete="CASCADE"), nullable=False),
    Column("target", Text, nullable=False),
    Column("target_key", Text, nullable=False, index=True),
    Column("label", String(16), nullable=False),
    Column("score", Float, nullable=False),
    Column("model_version", Text),
    # One stance per statement and target: labelling again replaces it.
    UniqueConstraint("statement_id", "target_key", name="uq_stance"),
)

_SQLITE_FTS = [
    "CREATE VIRTUAL TABLE statements_fts USING fts5("
    "text, tags, content='statements', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')",
    # Rank by the text alone: the tags column is for filtering.
    "INSERT INTO statements_fts(statements_fts, rank) VALUES ('rank', 'bm25(1.0, 0.0)')",
    "CREATE TRIGGER statements_fts_ai AFTER INSERT ON statements BEGIN "
    "INSERT INTO statements_fts(rowid, text, tags) VALUES (new.id, new.text, new.tags); END",
    "CREATE TRIGGER statements_fts_ad AFTER DELETE ON statements BEGIN "
    "INSERT INTO statements_fts(statements_fts, rowid, text, tags) VALUES ('delete', old.id, old.text, old.tags); END",
    "CREATE TRIGGER statements_fts_au AFTER UPDATE OF text, tags ON statements BEGIN "
    "INSERT INTO statements_fts(statements_fts, rowid, text, tags) VALUES ('delete', old.id, old.text, old.tags); "
    "INSERT INTO statements_fts(rowid, text, tags) VALUES (new.id, new.text, new.tags); END",
]

_POSTGRES_FTS = [
    "ALTER TABLE statements ADD COLUMN tsv tsvector "
    "GENERATED ALWAYS AS (to_tsvector('english', text)) STORED",
    "CREATE INDEX ix_statements_tsv ON statements USING GIN (tsv)",
]


_MARKS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def key(name: str) -> str:
    """The lookup form of a name: case-folded, white space collapsed, curly quotes straightened
    (so a user typing "Sarnia's" finds "Sarnia’s")."""
    return " ".join(name.translate(_MARKS).split()).casefold()


def create_schema(conn: Connection) -> None:
    """Create every table and the full-text index of the current version, and record it."""
    metadata.create_all(conn)
    for ddl in _SQLITE_FTS if conn.dialect.name == "sqlite" else _POSTGRES_FTS:
        conn.exec_driver_sql(ddl)
    _set_version(conn, SCHEMA_VERSION)


def schema_version(conn: Connection) -> int | None:
    """The stored version; 0 for a pre-``meta`` database; None for an empty one."""
    names = set(inspect(conn).get_table_names())
    if "meta" in names:
        row = conn.execute(text("SELECT value FROM meta WHERE key = 'schema_version'")).first()
        return int(row[0]) if row else 0
    if "documents" in names:
        return 0
    return None


def _set_version(conn: Connection, version: int) -> None:
    conn.execute(meta.delete().where(meta.c.key == "schema_version"))
    conn.execute(meta.insert().values(key="schema_version", value=str(version)))


def migrate(conn: Connection, add_document: Callable) -> int:
    """Bring the schema to ``SCHEMA_VERSION`` inside the caller's transaction; return the old version.

    ``add_document(conn, Document, model_version)`` is the store's own insert,
    so migrated rows get exactly what fresh ones get (hash, speakers, FTS).
    """
    version = schema_version(conn)
    if version is None:
        create_schema(conn)
        return SCHEMA_VERSION
    if version > SCHEMA_VERSION:
        raise UserError(
            f"database schema v{version} is newer than this attribution understands (v{SCHEMA_VERSION}); "
            "upgrade attribution"
        )
    start = version
    while version < SCHEMA_VERSION:
        # Each step returns the version it reached (one that rebuilds the schema reaches the latest).
        version = _MIGRATIONS[version](conn, add_document)
        _set_version(conn, version)
    return start


def _v0_to_current(conn: Connection, add_document: Callable) -> int:
    """v0 -> the current schema. v0 (the first prototype) kept one flat ``statements`` table with speaker, affiliation and
    stance as plain columns, and ``documents`` keyed by their external id without a hash.
    Move both aside, create the current schema, and re-insert every document through the normal path."""
    from attribution.types import Document, Stance, Statement

    conn.exec_driver_sql("ALTER TABLE documents RENAME TO v0_documents")
    conn.exec_driver_sql("ALTER TABLE statements RENAME TO v0_statements")
    create_schema(conn)
    docs = conn.exec_driver_sql(
        "SELECT id, title, published, source, url, text FROM v0_documents ORDER BY id"
    ).mappings().all()
    for row in docs:
        quotes = []
        for q in conn.execute(
            text(
                "SELECT start_char, end_char, text, kind, speaker, affiliation, role, score, "
                "stance_target, stance_label, stance_score FROM v0_statements WHERE document_id = :id "
                "ORDER BY start_char"
            ),
            {"id": row["id"]},
        ).mappings():
            stance = None
            if q["stance_label"]:
                stance = Stance(q["stance_target"] or "", q["stance_label"], q["stance_score"] or 1.0)
            quotes.append(Statement(
                start=q["start_char"], end=q["end_char"], text=q["text"], kind=q["kind"] or "indirect",
                speaker=q["speaker"], affiliation=q["affiliation"], role=q["role"],
                stance=stance, score=q["score"] if q["score"] is not None else 1.0,
            ))
        doc = Document(id=row["id"], text=row["text"], title=row["title"], published=row["published"],
                       source=row["source"], url=row["url"], quotes=quotes)
        add_document(conn, doc, "v0")
    conn.exec_driver_sql("DROP TABLE v0_statements")
    conn.exec_driver_sql("DROP TABLE v0_documents")
    return SCHEMA_VERSION


def _v1_to_v2(conn: Connection, add_document: Callable) -> int:
    """v2 adds the speaker statistics columns, filled from the stored statements."""
    conn.exec_driver_sql("ALTER TABLE speakers ADD COLUMN n_statements INTEGER NOT NULL DEFAULT 0")
    conn.exec_driver_sql("ALTER TABLE speakers ADD COLUMN first_seen VARCHAR(10)")
    conn.exec_driver_sql("ALTER TABLE speakers ADD COLUMN last_seen VARCHAR(10)")
    refresh_speaker_stats(conn)
    return 2


def refresh_speaker_stats(conn: Connection) -> None:
    """Recompute every speaker's statement count and first/last dates from the statements
    (for migrations and bulk loads that bypass the normal insert)."""
    conn.exec_driver_sql(
        "UPDATE speakers SET "
        "n_statements = (SELECT count(*) FROM statements s WHERE s.speaker_id = speakers.id), "
        "first_seen = (SELECT min(d.pub_date) FROM statements s JOIN documents d ON d.pk = s.document_pk "
        "WHERE s.speaker_id = speakers.id), "
        "last_seen = (SELECT max(d.pub_date) FROM statements s JOIN documents d ON d.pk = s.document_pk "
        "WHERE s.speaker_id = speakers.id)"
    )


_MIGRATIONS: dict[int, Callable[[Connection, Callable], int]] = {0: _v0_to_current, 1: _v1_to_v2}
