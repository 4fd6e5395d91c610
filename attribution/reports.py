"""Who said what, summed up: the speaker list, one speaker's profile, stance comparison, export.

Each function reads the store and returns plain dicts (or writes a file); the
CLI only renders them.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import IO, Any, Iterator

from sqlalchemy import text

from attribution.errors import UserError
from attribution.search import _require_name, like_pattern, resolve_speaker
from attribution.store import Store, target_key
from attribution.types import STANCE_LABELS


def list_speakers(store: Store, org: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Speakers with their statement counts, first/last dates and organisations, most quoted first.

    ``org``: only speakers ever affiliated with an organisation matching it (name or alias, substring).
    """
    params: dict[str, Any] = {}
    where = ""
    if org:
        params["org"] = like_pattern(org)
        where = ("AND sp.id IN (SELECT a.speaker_id FROM affiliations a JOIN organisation_aliases oa "
                 "ON oa.org_id = a.org_id WHERE oa.alias_key LIKE :org ESCAPE '\\')")
    sql = (f"SELECT sp.id, sp.name, sp.n_statements AS statements, sp.first_seen, sp.last_seen "
           f"FROM speakers sp WHERE sp.n_statements > 0 {where} "
           f"ORDER BY sp.n_statements DESC, sp.name")
    if limit:
        sql += " LIMIT :limit"
        params["limit"] = limit
    with store.read() as conn:
        if org:
            _require_name(conn, "organisation", org)
        rows = [dict(r) for r in conn.execute(text(sql), params).mappings()]
        orgs = defaultdict(list)
        if rows:
            for r in conn.execute(text(
                "SELECT a.speaker_id, o.name, sum(a.n_statements) AS n FROM affiliations a "
                "JOIN organisations o ON o.id = a.org_id GROUP BY a.speaker_id, o.name ORDER BY n DESC, o.name"
            )).mappings():
                orgs[r["speaker_id"]].append(r["name"])
    for r in rows:
        r["organisations"] = orgs.get(r["id"], [])
        r["speaker"] = r.pop("name")
    return rows


def speaker_profile(store: Store, name: str, latest: int = 5) -> dict[str, Any]:
    """One speaker: aliases, affiliations over time, statement counts by kind, stance counts
    per target, and the ``latest`` statements. UserError when ``name`` matches nobody or several."""
    with store.read() as conn:
        sid, canonical = resolve_speaker(conn, name)
        p = {"sid": sid}
        aliases = [r[0] for r in conn.execute(text(
            "SELECT alias FROM speaker_aliases WHERE speaker_id = :sid ORDER BY alias"), p)]
        affil = [dict(r) for r in conn.execute(text(
            "SELECT o.name AS organisation, a.role, a.first_seen, a.last_seen, a.n_statements AS statements "
            "FROM affiliations a JOIN organisations o ON o.id = a.org_id WHERE a.speaker_id = :sid "
            "ORDER BY a.first_seen, o.name"), p).mappings()]
        kinds = {r[0]: r[1] for r in conn.execute(text(
            "SELECT kind, count(*) FROM statements WHERE speaker_id = :sid GROUP BY kind"), p)}
        per_target: dict[str, dict[str, Any]] = {}
        for r in conn.execute(text(
                "SELECT st.target_key, min(st.target) AS target, st.label, count(*) AS n FROM stances st "
                "JOIN statements s ON s.id = st.statement_id WHERE s.speaker_id = :sid "
                "GROUP BY st.target_key, st.label ORDER BY st.target_key"), p).mappings():
            entry = per_target.setdefault(r["target_key"], {"target": r["target"], **{lab: 0 for lab in STANCE_LABELS}})
            entry[r["label"]] = entry.get(r["label"], 0) + r["n"]
        recent = [dict(r) for r in conn.execute(text(
            "SELECT d.pub_date AS date, d.id AS document, s.kind, s.text, o.name AS organisation "
            "FROM statements s JOIN documents d ON d.pk = s.document_pk LEFT JOIN organisations o ON o.id = s.org_id "
            "WHERE s.speaker_id = :sid ORDER BY d.pub_date DESC, s.id DESC LIMIT :n"), {**p, "n": latest}).mappings()]
    return {"speaker": canonical, "aliases": aliases, "affiliations": affil, "statements": sum(kinds.values()),
            "kinds": kinds, "stances": list(per_target.values()), "latest": recent}


def compare(store: Store, target: str, speakers: list[str] | None = None, orgs: list[str] | None = None,
            by: str = "speaker") -> list[dict[str, Any]]:
    """Who supports, opposes or is neutral toward ``target``: one row per speaker (or organisation
    with ``by="org"``) with label counts, the majority label, and a representative quote — the
    statement with that label whose stance score is highest.

    The target matches a stored one ignoring case and a leading article, else as a substring.
    UserError when no statement has a stance toward it.
    """
    if not target.strip():
        raise UserError("--target is empty")
    if by not in ("speaker", "org"):
        raise UserError(f"--by must be speaker or org, not {by!r}")
    with store.read() as conn:
        tk = target_key(target)
        exact = conn.execute(text("SELECT 1 FROM stances WHERE target_key = :t LIMIT 1"), {"t": tk}).first()
        params: dict[str, Any] = {"t": tk if exact else like_pattern(tk)}
        cond = ["st.target_key = :t" if exact else "st.target_key LIKE :t ESCAPE '\\'"]
        if speakers:
            cond.append(_any_alias(conn, "speaker", speakers, "s.speaker_id", "speaker_aliases", "speaker_id", "sp", params))
        if orgs:
            cond.append(_any_alias(conn, "organisation", orgs, "s.org_id", "organisation_aliases", "org_id", "org", params))
        group = "sp.name" if by == "speaker" else "o.name"
        rows = conn.execute(text(
            f"SELECT {group} AS who, sp.name AS speaker, o.name AS organisation, st.target, st.label, "
            f"st.score AS stance_score, s.score, s.text, d.id AS document, d.pub_date AS date "
            f"FROM stances st JOIN statements s ON s.id = st.statement_id JOIN documents d ON d.pk = s.document_pk "
            f"LEFT JOIN speakers sp ON sp.id = s.speaker_id LEFT JOIN organisations o ON o.id = s.org_id "
            f"WHERE {' AND '.join(cond)} AND {group} IS NOT NULL ORDER BY s.id"), params).mappings().all()
    if not rows:
        raise UserError(f"no stored statement has a stance toward {target!r} matching these filters "
                        f"(label them with: attribution stance --target {json.dumps(target)})")
    groups: dict[str, list] = defaultdict(list)
    for r in rows:
        groups[r["who"]].append(r)
    out = []
    for who, items in groups.items():
        counts = {lab: sum(1 for r in items if r["label"] == lab) for lab in STANCE_LABELS}
        weight = {lab: sum(r["stance_score"] for r in items if r["label"] == lab) for lab in STANCE_LABELS}
        label = max(STANCE_LABELS, key=lambda lab: (counts[lab], weight[lab]))
        best = max((r for r in items if r["label"] == label), key=lambda r: (r["stance_score"], r["score"]))
        out.append({by if by == "speaker" else "organisation": who,
                    "organisation" if by == "speaker" else "speaker": best["organisation" if by == "speaker"
                                                                           else "speaker"],
                    "label": label, **counts, "statements": len(items), "quote": best["text"],
                    "stance_score": round(best["stance_score"], 4), "document": best["document"],
                    "date": best["date"], "target": best["target"]})
    order = {lab: i for i, lab in enumerate(STANCE_LABELS)}
    out.sort(key=lambda r: (order[r["label"]], -r["statements"], str(r.get(by if by == "speaker" else "organisation"))))
    return out


# -- export --------------------------------------------------------------------------------

STATEMENT_COLUMNS = ["document", "title", "date", "source", "url", "statement_id", "start", "end", "kind",
                     "text", "speaker", "canonical_speaker", "affiliation", "organisation", "role", "cue",
                     "mention", "score", "stance_target", "stance", "stance_score", "model_version"]


def statement_rows(store: Store, batch: int = 5000) -> Iterator[dict[str, Any]]:
    """Every stored statement as one flat row (``STATEMENT_COLUMNS``), in storage order; a
    statement with stances toward several targets gives one row per target."""
    sql = text(
        "SELECT d.id AS document, d.title, d.pub_date AS date, d.source, d.url, s.id AS statement_id, "
        "s.start_char AS start, s.end_char AS \"end\", s.kind, s.text, s.speaker_name AS speaker, "
        "sp.name AS canonical_speaker, s.affiliation, o.name AS organisation, s.role, s.cue_text AS cue, "
        "s.mention_text AS mention, s.score, st.target AS stance_target, st.label AS stance, "
        "st.score AS stance_score, s.model_version "
        "FROM statements s JOIN documents d ON d.pk = s.document_pk "
        "LEFT JOIN speakers sp ON sp.id = s.speaker_id LEFT JOIN organisations o ON o.id = s.org_id "
        "LEFT JOIN stances st ON st.statement_id = s.id "
        "WHERE s.id > :after ORDER BY s.id, st.id LIMIT :n")
    after = 0
    while True:
        # Keyset pages: memory stays flat however large the database.
        with store.read() as conn:
            rows = [dict(r) for r in conn.execute(sql, {"after": after, "n": batch}).mappings()]
        if not rows:
            return
        last = rows[-1]["statement_id"]
        if len(rows) == batch and rows[0]["statement_id"] != last:
            rows = [r for r in rows if r["statement_id"] != last]  # a page edge may split one statement's stances
        yield from rows
        after = rows[-1]["statement_id"]


def export(store: Store, fmt: str, out: Path | None = None) -> int:
    """Write the database to ``out`` (stdout when None): ``jsonl`` one document per line in the
    exchange format; ``csv`` / ``parquet`` one row per statement. Returns the rows written."""
    if fmt not in ("jsonl", "csv", "parquet"):
        raise UserError(f"--format must be jsonl, csv or parquet, not {fmt!r}")
    if fmt == "parquet":
        if out is None:
            raise UserError("parquet is binary: give --out FILE")
        return _write_parquet(store, out)
    try:
        stream: IO[str] = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    except OSError as exc:
        raise UserError(f"cannot write {out} ({exc.strerror})") from None
    try:
        n = 0
        if fmt == "jsonl":
            for doc in store.iter_documents():
                stream.write(json.dumps(doc.to_json(), ensure_ascii=False) + "\n")
                n += 1
        else:
            writer = csv.DictWriter(stream, fieldnames=STATEMENT_COLUMNS)
            writer.writeheader()
            for row in statement_rows(store):
                writer.writerow(row)
                n += 1
        return n
    finally:
        if out:
            stream.close()


def _write_parquet(store: Store, out: Path, chunk: int = 50_000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, pa.int64() if c in ("statement_id", "start", "end") else
                         pa.float64() if c in ("score", "stance_score") else pa.string()) for c in STATEMENT_COLUMNS])
    n = 0
    try:
        writer_cm = pq.ParquetWriter(str(out), schema)
    except OSError as exc:
        raise UserError(f"cannot write {out} ({exc})") from None
    with writer_cm as writer:
        buf: list[dict] = []
        for row in statement_rows(store):
            buf.append(row)
            if len(buf) >= chunk:
                writer.write_table(pa.Table.from_pylist(buf, schema=schema))
                n, buf = n + len(buf), []
        if buf or n == 0:
            writer.write_table(pa.Table.from_pylist(buf, schema=schema))
            n += len(buf)
    return n


def _any_alias(conn, kind: str, names: list[str], column: str, table: str, key: str, prefix: str, params: dict) -> str:
    """SQL condition: ``column`` is one whose aliases match any of ``names`` (each must be known)."""
    for i, name in enumerate(names):
        _require_name(conn, kind, name)
        params[f"{prefix}{i}"] = like_pattern(name)
    matches = " OR ".join(f"alias_key LIKE :{prefix}{i} ESCAPE '\\'" for i in range(len(names)))
    return f"{column} IN (SELECT {key} FROM {table} WHERE {matches})"

