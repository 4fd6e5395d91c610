"""Shared fixtures. ``db_url`` runs a test once per storage backend: SQLite always, and
PostgreSQL when ``ATTRIBUTION_TEST_PG_URL`` names a server (``.ci/pg.sh start`` sets it);
each PostgreSQL test gets its own schema, dropped afterwards."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
PG_URL_ENV = "ATTRIBUTION_TEST_PG_URL"


def _pg_admin_url(url: str) -> str:
    """The URL psycopg itself accepts (no SQLAlchemy driver suffix)."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path) -> str:
    """A fresh, empty database for one test: a SQLite file path, or a PostgreSQL URL whose
    search_path is a new schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.db")
        return
    base = os.environ.get(PG_URL_ENV)
    if not base:
        pytest.skip(f"{PG_URL_ENV} not set (run: eval \"$(bash .ci/pg.sh start)\")")
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(_pg_admin_url(base), autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in base else "?"
    yield f"{base}{sep}options=-csearch_path%3D{schema}"
    with psycopg.connect(_pg_admin_url(base), autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def store(db_url):
    """A ``Store`` on the backend under test."""
    from attribution.store import Store

    s = Store(db_url, busy_timeout=5)
    yield s
    s.close()


def _doc(doc_id: str, published: str, target: str | None, parts: list) -> "Document":
    """A Document whose text is the concatenation of ``parts``: plain strings, or
    (statement text, speaker, affiliation, role, kind, stance label, stance score) tuples that
    become quotes with correct offsets."""
    from attribution.types import Document, Stance, Statement

    text, quotes = "", []
    for part in parts:
        if isinstance(part, str):
            text += part
            continue
        content, speaker, org, role, kind, label, score = part
        start = len(text)
        text += content
        quotes.append(Statement(start=start, end=len(text), text=content, kind=kind, speaker=speaker,
                                affiliation=org, role=role, score=0.9,
                                stance=Stance(target, label, score) if label else None))
    return Document(id=doc_id, text=text, published=published, target=target, quotes=quotes)


@pytest.fixture
def news_docs():
    """Three small invented articles (two about one target, a later one about another) with
    statements whose speakers, affiliations, kinds and stances the tests know."""
    a = _doc("strikes-1", "2021-06-28", "the US airstrikes", [
        "Pentagon Press Secretary John Kirby said that “",
        ("the United States acted to protect its forces and its sovereignty.", "John Kirby", "Pentagon",
         "Press Secretary", "direct", "support", 0.91),
        "” The Iraqi foreign ministry said ",
        ("the strikes were a violation of Iraqi sovereignty", "Iraqi foreign ministry", "Iraqi government", None,
         "indirect", "oppose", 0.95),
        ". An official said ",
        ("the situation was being watched closely", None, None, None, "indirect", "neutral", 0.6),
        ".",
    ])
    b = _doc("strikes-2", "2021-07-02", "the US airstrikes", [
        "Kirby added: “",
        ("We will defend our people against rocket attacks.", "John Kirby", "Pentagon", "Press Secretary", "direct",
         "support", 0.7),
        "” Abu Ali al-Askari of Kataib Hezbollah said ",
        ("the airstrike would be avenged", "Abu Ali al-Askari", "Kataib Hezbollah", "spokesman", "indirect",
         "oppose", 0.8),
        ". State Department spokesperson Ned Price said the strikes were “",
        ("necessary and appropriate", "Ned Price", "State Department", "spokesperson", "mixed", "support", 0.65),
        "”.",
    ])
    c = _doc("budget-1", "2022-03-01", "the defence budget", [
        "John Kirby, now at the National Security Council, said ",
        ("the defence budget keeps the country's sovereignty safe", "John Kirby", "National Security Council",
         "coordinator", "indirect", "support", 0.88),
        ". Senator Jane Roe said ",
        ("the budget wastes billions on weapons nobody needs", "Jane Roe", "Senate", "Senator", "indirect",
         "oppose", 0.9),
        ".",
    ])
    a.quotes[0].speaker_aliases = ["Kirby"]
    return [a, b, c]
