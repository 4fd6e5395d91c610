"""The store layer on every backend: storing, skipping, speakers, affiliations, stances,
round trip, schema versions and migration."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from attribution.errors import UserError
from attribution.store import Store, content_hash, default_db_path, iso_date, resolve_url
from attribution.store_schema import SCHEMA_VERSION
from attribution.types import Document, Stance, Statement


def test_stores_documents_and_skips_same_text(store, news_docs):
    pks = [store.add_document(d, "test") for d in news_docs]
    assert all(pk is not None for pk in pks)
    again = Document.from_json(news_docs[0].to_json())
    again.id = "another-id-same-text"
    assert store.add_document(again) is None  # same text: stored once, whatever the id
    counts = store.counts()
    assert counts["documents"] == 3
    assert counts["statements"] == sum(len(d.quotes) for d in news_docs)
    assert counts["stances"] == counts["statements"]
    assert store.has_document(news_docs[1].text)
    assert not store.has_document("never stored")


def test_same_id_different_text_is_kept(store, news_docs):
    store.add_document(news_docs[0])
    edited = Document(id=news_docs[0].id, text=news_docs[0].text + " (updated)")
    assert store.add_document(edited) is not None
    assert store.counts()["documents"] == 2


def test_round_trip_through_export(store, news_docs):
    for d in news_docs:
        store.add_document(d)
    back = {d.id: d for d in store.iter_documents()}
    for d in news_docs:
        got = back[d.id].to_json()
        want = d.to_json()
        for q in want["quotes"]:
            q.pop("speaker_aliases", None)
        assert got == want


def test_speakers_merge_by_name_and_alias(store, news_docs):
    for d in news_docs:
        store.add_document(d)
    with store.read() as conn:
        names = sorted(r[0] for r in conn.execute(text("SELECT name FROM speakers")))
        kirby = conn.execute(text("SELECT speaker_id FROM speaker_aliases WHERE alias_key = 'kirby'")).scalar_one()
        n_kirby = conn.execute(text("SELECT count(*) FROM statements WHERE speaker_id = :s"), {"s": kirby}).scalar_one()
    # One John Kirby across three documents; the unnamed official has no speaker row.
    assert names == ["Abu Ali al-Askari", "Iraqi foreign ministry", "Jane Roe", "John Kirby", "Ned Price"]
    assert n_kirby == 3


def test_affiliations_over_time(store, news_docs):
    for d in reversed(news_docs):  # stored out of date order: first/last seen must still be right
        store.add_document(d)
    with store.read() as conn:
        rows = conn.execute(text(
            "SELECT o.name, a.role, a.first_seen, a.last_seen, a.n_statements FROM affiliations a "
            "JOIN organisations o ON o.id = a.org_id JOIN speakers s ON s.id = a.speaker_id "
            "WHERE s.name = 'John Kirby' ORDER BY a.first_seen")).all()
    assert [tuple(r) for r in rows] == [
        ("Pentagon", "Press Secretary", "2021-06-28", "2021-07-02", 2),
        ("National Security Council", "coordinator", "2022-03-01", "2022-03-01", 1),
    ]


def test_set_stances_replaces_per_target(store, news_docs):
    store.add_document(news_docs[0])
    with store.read() as conn:
        sid = conn.execute(text("SELECT id FROM statements WHERE seq = 0")).scalar_one()
    store.set_stances([(sid, Stance("The US Airstrikes", "neutral", 0.5))], "model-x")
    store.set_stances([(sid, Stance("a new target", "oppose", 0.7))], "model-x")
    with store.read() as conn:
        rows = conn.execute(text("SELECT target_key, label, model_version FROM stances WHERE statement_id = :s "
                                 "ORDER BY target_key"), {"s": sid}).all()
    assert [tuple(r) for r in rows] == [("new target", "oppose", "model-x"), ("us airstrikes", "neutral", "model-x")]


def test_reopen_keeps_data_and_version(db_url, news_docs):
    with Store(db_url) as s:
        s.add_document(news_docs[0])
    with Store(db_url) as s:
        assert s.counts()["documents"] == 1
        assert s.migrated_from == SCHEMA_VERSION
        with s.read() as conn:
            assert conn.execute(text("SELECT value FROM meta WHERE key = 'schema_version'")).scalar_one() == str(
                SCHEMA_VERSION)


V0_DDL = [
    "CREATE TABLE documents (id TEXT PRIMARY KEY, title TEXT, published TEXT, source TEXT, url TEXT, text TEXT)",
    "CREATE TABLE statements (id INTEGER PRIMARY KEY, document_id TEXT, start_char INTEGER, end_char INTEGER, "
    "text TEXT, kind TEXT, speaker TEXT, affiliation TEXT, role TEXT, score REAL, stance_target TEXT, "
    "stance_label TEXT, stance_score REAL)",
]
V0_TEXT = "Kirby said the strikes protected American sovereignty. Critics said otherwise."
S1, S2 = "the strikes protected American sovereignty.", "otherwise"


def _make_v0(db_url: str) -> None:
    """The prototype's layout (no meta table, flat statements), written with plain SQL."""
    from sqlalchemy import create_engine

    engine = create_engine(resolve_url(db_url))
    with engine.begin() as conn:
        for ddl in V0_DDL:
            if conn.dialect.name == "postgresql":
                ddl = ddl.replace("id INTEGER PRIMARY KEY", "id SERIAL PRIMARY KEY")
            conn.exec_driver_sql(ddl)
        conn.execute(text("INSERT INTO documents VALUES ('old-1', 'Old', '2020-01-05', 'wire', NULL, :t)"),
                     {"t": V0_TEXT})
        conn.execute(text(
            "INSERT INTO statements (document_id, start_char, end_char, text, kind, speaker, affiliation, role, "
            "score, stance_target, stance_label, stance_score) VALUES "
            "('old-1', :a1, :b1, :s1, 'indirect', 'John Kirby', 'Pentagon', 'spokesman', 0.8, 'the strikes', "
            "'support', 0.9), ('old-1', :a2, :b2, :s2, 'indirect', NULL, NULL, NULL, 0.5, NULL, NULL, NULL)"),
            {"s1": S1, "a1": V0_TEXT.index(S1), "b1": V0_TEXT.index(S1) + len(S1),
             "s2": S2, "a2": V0_TEXT.index(S2), "b2": V0_TEXT.index(S2) + len(S2)})
    engine.dispose()


def test_migrates_v0_database(db_url):
    _make_v0(db_url)
    with Store(db_url) as s:
        assert s.migrated_from == 0
        assert s.counts() == {"documents": 1, "statements": 2, "speakers": 1, "organisations": 1, "stances": 1}
        doc = next(s.iter_documents())
        assert doc.id == "old-1" and doc.published == "2020-01-05"
        assert [q.text for q in doc.quotes] == [S1, S2]
        assert all(V0_TEXT[q.start:q.end] == q.text for q in doc.quotes)
        assert doc.quotes[0].speaker == "John Kirby" and doc.quotes[0].stance.label == "support"
        from attribution.search import Filters, search

        hits = search(s, Filters("sovereignty", speaker="kirby"))
        assert [h["document"] for h in hits] == ["old-1"]
        assert s.has_document(V0_TEXT)
    with Store(db_url) as s:  # a second open finds the current version and changes nothing
        assert s.migrated_from == SCHEMA_VERSION
        assert s.counts()["statements"] == 2


def test_migrates_v1_database(db_url, news_docs):
    """v1 lacked the speaker statistics; a v1 database (made by dropping them) gets them back, filled."""
    with Store(db_url) as s:
        for d in news_docs:
            s.add_document(d)
        with s.write() as conn:
            for col in ("n_statements", "first_seen", "last_seen"):
                conn.exec_driver_sql(f"ALTER TABLE speakers DROP COLUMN {col}")
            conn.execute(text("UPDATE meta SET value = '1' WHERE key = 'schema_version'"))
    with Store(db_url) as s:
        assert s.migrated_from == 1
        with s.read() as conn:
            row = conn.execute(text("SELECT n_statements, first_seen, last_seen FROM speakers "
                                    "WHERE name = 'John Kirby'")).one()
        assert tuple(row) == (3, "2021-06-28", "2022-03-01")
        s.add_document(Document("later", "John Kirby said no.", published="2023-01-01", quotes=[
            Statement(16, 18, "no", "indirect", speaker="John Kirby")]))
        from attribution.reports import list_speakers

        kirby = next(r for r in list_speakers(s) if r["speaker"] == "John Kirby")
        assert (kirby["statements"], kirby["last_seen"]) == (4, "2023-01-01")


def test_newer_schema_is_refused(db_url):
    with Store(db_url) as s:
        with s.write() as conn:
            conn.execute(text("UPDATE meta SET value = '99' WHERE key = 'schema_version'"))
    with pytest.raises(UserError, match="newer"):
        Store(db_url)


def test_default_path_and_url_resolution(monkeypatch, tmp_path):
    monkeypatch.delenv("ATTRIBUTION_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_db_path() == tmp_path / "xdg" / "attribution" / "attribution.db"
    assert resolve_url(None) == f"sqlite:///{tmp_path}/xdg/attribution/attribution.db"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_db_path() == tmp_path / ".local" / "share" / "attribution" / "attribution.db"
    monkeypatch.setenv("ATTRIBUTION_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path}/env.db"
    assert resolve_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    with pytest.raises(UserError, match="unsupported"):
        resolve_url("mysql://u@h/db")


def test_read_command_does_not_create_a_database(tmp_path):
    with pytest.raises(UserError, match="no database"):
        Store(tmp_path / "missing.db", must_exist=True)
    assert not (tmp_path / "missing.db").exists()


def test_sqlite_uses_wal(tmp_path):
    Store(tmp_path / "w.db").close()
    assert sqlite3.connect(tmp_path / "w.db").execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.parametrize("value, want", [
    ("2021-06-28", "2021-06-28"), ("2021-06-28T10:00:00Z", "2021-06-28"), ("June 28, 2021", "2021-06-28"),
    ("Mon, 28 Jun 2021 10:00:00 +0000", "2021-06-28"), ("last week", None), (None, None),
])
def test_iso_date(value, want):
    assert iso_date(value) == want


def test_content_hash_is_text_only():
    assert content_hash("abc") == content_hash("abc") != content_hash("abd")
