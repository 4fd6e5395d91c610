"""Faults: a locked database, a corrupt file, a full disk, a killed ingest, two ingests at once.
Each ends in a clear one-line message, with nothing half-stored and nothing lost."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from sqlalchemy import text

from attribution.errors import UserError
from attribution.store import Store
from attribution.types import Document, Statement

CLI = [sys.executable, "-c", "from attribution.cli import app; app(prog_name='attribution')"]
QUOTES_PER_DOC = 3


def synthetic_docs(first: int, last: int) -> list[dict]:
    """Documents ``first``..``last - 1`` in the exchange format, three quotes each, speakers shared
    between documents (so concurrent writers meet on the same speaker rows)."""
    docs = []
    for i in range(first, last):
        parts = [f"Report {i}. ", f"the plan number {i} is sound", " said Minister Ann Lee", str(i % 5), ". ",
                 f"it will cost {i} jobs", " said the union. ", f"nothing changes before {2000 + i}", "."]
        text_ = "".join(parts)
        quotes = []
        for sub, speaker, org in ((parts[1], f"Ann Lee{i % 5}", "Ministry"), (parts[5], "Union", "Union"),
                                  (parts[7], None, None)):
            start = text_.index(sub)
            quotes.append({"start": start, "end": start + len(sub), "text": sub, "kind": "indirect",
                           "speaker": speaker, "affiliation": org,
                           "stance": {"target": "the plan", "label": "support", "score": 0.6}})
        docs.append({"id": f"doc-{i}", "text": text_, "published": f"2021-02-{1 + i % 28:02d}", "quotes": quotes})
    return docs


def write_jsonl(path, docs) -> str:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return str(path)


def check_whole(db_url: str, n_docs: int) -> None:
    """Every document stored once, each with all its statements, the full-text index in step."""
    with Store(db_url) as s:
        counts = s.counts()
        assert counts["documents"] == n_docs
        assert counts["statements"] == QUOTES_PER_DOC * n_docs
        with s.read() as conn:
            per_doc = conn.execute(text("SELECT count(*) FROM statements GROUP BY document_pk "
                                        "HAVING count(*) <> :n"), {"n": QUOTES_PER_DOC}).all()
            dup = conn.execute(text("SELECT id FROM documents GROUP BY id HAVING count(*) > 1")).all()
            speakers = conn.execute(text("SELECT name_key FROM speakers GROUP BY name_key HAVING count(*) > 1")).all()
            if s.dialect == "sqlite":
                conn.exec_driver_sql("INSERT INTO statements_fts(statements_fts) VALUES ('integrity-check')")
        assert per_doc == [] and dup == [] and speakers == []


def count_docs(db_url: str) -> int:
    try:
        with Store(db_url, busy_timeout=1) as s:
            return s.counts()["documents"]
    except UserError:
        return 0


def test_killed_ingest_resumes_without_duplicates(tmp_path, db_url):
    n = 1000
    path = write_jsonl(tmp_path / "big.jsonl", synthetic_docs(0, n))
    proc = subprocess.Popen([*CLI, "ingest", path, "--no-extract", "--db", db_url],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while count_docs(db_url) < 50 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest ended before it could be killed: make the input bigger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored = count_docs(db_url)
    assert 0 < stored < n
    check_whole(db_url, stored)  # what the killed run committed is whole
    rerun = subprocess.run([*CLI, "ingest", path, "--no-extract", "--db", db_url], capture_output=True, text=True,
                           timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert f"stored {n - stored} documents" in rerun.stdout and f"skipped {stored}" in rerun.stdout
    check_whole(db_url, n)


def test_two_ingests_at_once(tmp_path, db_url):
    a = write_jsonl(tmp_path / "a.jsonl", synthetic_docs(0, 400))
    b = write_jsonl(tmp_path / "b.jsonl", synthetic_docs(200, 600))  # 200 documents in both
    env = {**os.environ, "ATTRIBUTION_BUSY_TIMEOUT": "60"}
    procs = [subprocess.Popen([*CLI, "ingest", p, "--no-extract", "--db", db_url], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for p in (a, b)]
    outs = [p.communicate(timeout=180) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
    check_whole(db_url, 600)
    stored = sum(int(out.split("stored ")[1].split()[0]) for out, _ in outs)
    assert stored == 600  # each shared document stored by exactly one of the two


def test_locked_database_gives_up_with_a_clear_message(tmp_path):
    path = tmp_path / "locked.db"
    store = Store(path, busy_timeout=0.3)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process holding the write lock
    try:
        start = time.monotonic()
        doc = Document("x", "Ann Lee said it works.", quotes=[Statement(13, 21, "it works", "indirect", "Ann Lee")])
        with pytest.raises(UserError, match="locked by another process"):
            store.add_document(doc)
        assert time.monotonic() - start >= 0.25  # it waited for the lock before giving up
        env = {**os.environ, "ATTRIBUTION_BUSY_TIMEOUT": "0.3"}
        src = write_jsonl(tmp_path / "one.jsonl", [doc.to_json()])
        run = subprocess.run([*CLI, "ingest", src, "--no-extract", "--db", str(path)], env=env, capture_output=True,
                             text=True, timeout=60)
        assert run.returncode == 2 and "locked by another process" in run.stderr
        assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert store.add_document(doc) is not None  # lock gone: works, nothing was half-stored before
    assert store.counts()["statements"] == 1


def test_search_does_not_wait_for_a_writer(tmp_path):
    path = tmp_path / "busy.db"
    with Store(path) as s:
        s.add_document(Document("x", "Ann Lee said it works.",
                                quotes=[Statement(13, 21, "it works", "indirect", "Ann Lee")]))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # an ingest in the middle of a document
    try:
        start = time.monotonic()
        from attribution.search import Filters, search

        with Store(path, busy_timeout=5) as s:
            assert [h["speaker"] for h in search(s, Filters("works"))] == ["Ann Lee"]
        assert time.monotonic() - start < 2
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_corrupt_file_is_one_line_error(tmp_path):
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"this is certainly not a SQLite database\n" * 200)
    with pytest.raises(UserError, match="not a usable attribution database"):
        Store(path)
    run = subprocess.run([*CLI, "search", "x", "--db", str(path)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "not a usable attribution database" in run.stderr
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert path.read_bytes().startswith(b"this is certainly")  # left as it was


def test_full_disk_stores_nothing_half(tmp_path):
    path = tmp_path / "full.db"
    Store(path).close()
    pages = sqlite3.connect(path).execute("PRAGMA page_count").fetchone()[0]
    # A few pages of room: small documents fit, then one does not.
    store = Store(path, pragmas={"max_page_count": pages + 12})
    docs = [Document.from_json(d) for d in synthetic_docs(0, 2000)]
    stored, error = 0, None
    for doc in docs:
        try:
            store.add_document(doc)
            stored += 1
        except UserError as exc:
            error = exc
            break
    assert error is not None and "no space left" in str(error)
    assert 0 < stored < len(docs)
    store.close()
    check_whole(str(path), stored)
    with Store(path) as roomy:  # room again: the failed document goes in whole
        assert roomy.add_document(docs[stored]) is not None
    check_whole(str(path), stored + 1)
