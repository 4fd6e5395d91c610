"""Benchmark the store: ingest rate and search latency over many synthetic statements.

    python eval/bench_store.py --statements 1000000 --db /tmp/bench.db
    python eval/bench_store.py --statements 1000000 --db postgresql+psycopg://user@host/db
    python eval/bench_store.py --statements 2000 --queries 20      # a quick smoke run

Three measurements:
1. ``add_document`` rate: the real ingest path (one transaction per document, speakers,
   affiliations, stances, full-text index) over ``--documents`` documents;
2. bulk-load rate: the rest of the statements inserted straight into the store's tables in
   large transactions (the full-text index still maintained: triggers / generated column);
3. search latency p50/p95 through ``attribution.search.search`` for keyword-only,
   keyword + speaker, keyword + speaker + date, and speaker-only queries.

Statements are synthetic: words drawn Zipf-like from a made-up vocabulary (so some are
very common and most are rare, as in news), speakers and organisations Zipf-like too.
Queries draw their keyword by corpus frequency, leaving out the 50 most frequent words (the
stand-ins for function words, measured apart as the worst case), and their speaker by surname
(a substring, as users type it), weighted by how often the speaker is quoted.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from itertools import accumulate
from pathlib import Path

from sqlalchemy import func, select

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from attribution.search import Filters, search  # noqa: E402
from attribution.store import Store, content_hash, tags  # noqa: E402
from attribution.store_schema import (  # noqa: E402
    documents, key, organisation_aliases, organisations, refresh_speaker_stats, speaker_aliases, speakers,
    statements,
)
from attribution.types import Document, Stance, Statement  # noqa: E402

# The most frequent words of the synthetic vocabulary play the part of English function words
# ("the", "said"): in news nobody searches for them, so keyword queries draw from the rest by
# frequency, and the top ranks are measured apart as the worst case.
STOPWORD_RANKS = 50
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "ba", "do", "fe", "gu", "hi", "ja", "ko",
             "la", "ma", "no", "pe", "qui", "ra", "se", "to", "um", "va", "we", "xi", "yo", "zu"]


class Corpus:
    """Deterministic synthetic vocabulary, speakers and organisations."""

    def __init__(self, seed: int, vocab: int = 30000, n_speakers: int = 20000, n_orgs: int = 2000):
        self.rng = random.Random(seed)
        words = set()
        while len(words) < vocab:
            words.add("".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4))))
        self.words = sorted(words)
        self.rng.shuffle(self.words)
        self.word_cum = list(accumulate(1 / (r + 1) for r in range(vocab)))  # Zipf, s = 1
        surnames = set()
        while len(surnames) < n_speakers:
            surnames.add("".join(self.rng.choice(SYLLABLES) for _ in range(3)).capitalize() +
                         self.rng.choice(["son", "ez", "ov", "ini", "er", "ski", "ard"]))
        firsts = ["Ann", "John", "Maria", "Idris", "Helena", "Dev", "Grace", "Tomas", "Priya", "Omar", "Lise"]
        self.speakers = [f"{self.rng.choice(firsts)} {s}" for s in sorted(surnames)]
        self.speaker_cum = list(accumulate(1 / (r + 1) ** 0.8 for r in range(n_speakers)))
        self.orgs = [f"{'-'.join(self.rng.sample(SYLLABLES, 2)).title()} Ministry" for _ in range(n_orgs)]
        self.org_of = [self.rng.randrange(n_orgs) for _ in range(n_speakers)]

    def sentence(self) -> str:
        return " ".join(self.rng.choices(self.words, cum_weights=self.word_cum, k=self.rng.randint(8, 30))) + "."

    def speaker(self) -> int:
        return self.rng.choices(range(len(self.speakers)), cum_weights=self.speaker_cum)[0]

    def date(self) -> str:
        return f"20{self.rng.randint(15, 25)}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"

    def document(self, i: int, per_doc: int) -> Document:
        text, quotes = f"Synthetic report {i}.", []
        for _ in range(per_doc):
            sid = self.speaker()
            sentence = self.sentence()
            start = len(text) + 1
            text += " " + sentence
            quotes.append(Statement(start, start + len(sentence), sentence, self.rng.choice(["direct", "indirect"]),
                                    speaker=self.speakers[sid], affiliation=self.orgs[self.org_of[sid]],
                                    stance=Stance("the plan", self.rng.choice(["support", "oppose", "neutral"]),
                                                  0.8)))
        return Document(id=f"synthetic-{i}", text=text, published=self.date(), quotes=quotes)


def bulk_load(store: Store, corpus: Corpus, n_statements: int, per_doc: int, first_doc: int, batch: int) -> float:
    """Insert ``n_statements`` straight into the tables; seconds taken."""
    start = time.perf_counter()
    with store.write() as conn:
        have = {r.name_key: r.id for r in conn.execute(select(speakers.c.name_key, speakers.c.id))}
        org_have = {r.name_key: r.id for r in conn.execute(select(organisations.c.name_key, organisations.c.id))}
        new_sp = [dict(name=n, name_key=key(n)) for n in corpus.speakers if key(n) not in have]
        new_org = [dict(name=n, name_key=key(n)) for n in dict.fromkeys(corpus.orgs) if key(n) not in org_have]
        if new_sp:
            conn.execute(speakers.insert(), new_sp)
        if new_org:
            conn.execute(organisations.insert(), new_org)
        sp_id = {r.name_key: r.id for r in conn.execute(select(speakers.c.name_key, speakers.c.id))}
        org_id = {r.name_key: r.id for r in conn.execute(select(organisations.c.name_key, organisations.c.id))}
        for rows, table, col in ((new_sp, speaker_aliases, "speaker_id"), (new_org, organisation_aliases, "org_id")):
            ids = sp_id if table is speaker_aliases else org_id
            if rows:
                conn.execute(table.insert(), [dict(alias_key=r["name_key"], alias=r["name"], **{col: ids[r["name_key"]]})
                                              for r in rows])
    done, doc_i = 0, first_doc
    last_report = time.perf_counter()
    while done < n_statements:
        with store.write() as conn:
            srows = []
            while len(srows) < batch and done + len(srows) < n_statements:
                doc = corpus.document(doc_i, per_doc)
                doc_i += 1
                pk = conn.execute(documents.insert().returning(documents.c.pk), dict(
                    id=doc.id, published=doc.published, pub_date=doc.published, content_hash=content_hash(doc.text),
                    text=doc.text, model_version="bench", ingested_at="bench")).scalar_one()
                for seq, q in enumerate(doc.quotes):
                    sid, oid = sp_id[key(q.speaker)], org_id[key(q.affiliation)]
                    srows.append(dict(document_pk=pk, seq=seq, start_char=q.start, end_char=q.end, text=q.text,
                                      kind=q.kind, speaker_id=sid, speaker_name=q.speaker, org_id=oid,
                                      affiliation=q.affiliation, role=None, score=0.9, model_version="bench",
                                      tags=tags(sid, oid)))
            conn.execute(statements.insert(), srows)
        done += len(srows)
        if time.perf_counter() - last_report > 10:
            last_report = time.perf_counter()
            print(f"  bulk: {done:,} statements, {done / (last_report - start):,.0f}/s", file=sys.stderr)
    with store.write() as conn:
        refresh_speaker_stats(conn)  # the bulk path bypassed the per-document bookkeeping
    return time.perf_counter() - start


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]  # noqa: E731
    return {"p50_ms": round(pick(0.5) * 1000, 2), "p95_ms": round(pick(0.95) * 1000, 2),
            "max_ms": round(ordered[-1] * 1000, 2), "mean_ms": round(statistics.fmean(ordered) * 1000, 2)}


def bench_search(store: Store, corpus: Corpus, n: int, seed: int) -> dict[str, dict]:
    rng = random.Random(seed)
    with store.read() as conn:
        # Real speakers, weighted by how often they speak: users ask about people in the news.
        rows = conn.execute(select(speakers.c.id, speakers.c.name, func.count(statements.c.id)).join(
            statements, statements.c.speaker_id == speakers.c.id).group_by(speakers.c.id, speakers.c.name)).all()
    weights = [r[2] for r in rows]
    stop = set(corpus.words[:STOPWORD_RANKS])
    content_cum = list(accumulate(1 / (r + 1) for r in range(STOPWORD_RANKS, len(corpus.words))))

    def content_word(speaker_row) -> str:
        return rng.choices(corpus.words[STOPWORD_RANKS:], cum_weights=content_cum)[0]

    def word_they_used(speaker_row) -> str:
        """A content word from one of the speaker's statements: the question has an answer."""
        with store.read() as conn:
            said = conn.execute(select(statements.c.text).where(statements.c.speaker_id == speaker_row[0])
                                .order_by(statements.c.id).limit(1).offset(rng.randrange(speaker_row[2]))).scalar_one()
        words = [w for w in said.rstrip(".").split() if w not in stop]
        return rng.choice(words) if words else said.split()[0].rstrip(".")

    def stop_word(speaker_row) -> str:
        return rng.choice(corpus.words[:STOPWORD_RANKS])

    kinds = {
        "keyword": (content_word, lambda w, s: Filters(w)),
        "keyword+speaker (a word they used)": (word_they_used, lambda w, s: Filters(w, speaker=s)),
        "keyword+speaker (any word)": (content_word, lambda w, s: Filters(w, speaker=s)),
        "keyword+speaker+since": (word_they_used, lambda w, s: Filters(w, speaker=s, since="2020-01-01")),
        "speaker only": (content_word, lambda w, s: Filters(speaker=s)),
        "stopword-like keyword": (stop_word, lambda w, s: Filters(w)),
        "stopword-like keyword+speaker": (stop_word, lambda w, s: Filters(w, speaker=s)),
    }
    out = {}
    for name, (pick_word, make) in kinds.items():
        times, hits = [], []
        for _ in range(n):
            speaker_row = rng.choices(rows, weights=weights)[0]
            word = pick_word(speaker_row)
            surname = speaker_row[1].split()[-1].lower()
            t = time.perf_counter()
            found = search(store, make(word, surname))
            times.append(time.perf_counter() - t)
            hits.append(len(found))
        out[name] = {**percentiles(times), "queries": n, "mean_hits": round(statistics.fmean(hits), 1)}
    return out


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="file path or URL (default: a new temporary SQLite file)")
    ap.add_argument("--statements", type=int, default=1_000_000, help="statements stored in all")
    ap.add_argument("--documents", type=int, default=2000, help="documents through add_document (the ingest path)")
    ap.add_argument("--per-doc", type=int, default=10, help="statements per document")
    ap.add_argument("--queries", type=int, default=200, help="queries per query kind")
    ap.add_argument("--batch", type=int, default=20000, help="statements per bulk transaction")
    ap.add_argument("--speakers", type=int, default=20000, help="distinct speakers (organisations: a tenth)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, help="also write the results as JSON here")
    args = ap.parse_args(argv)

    db = args.db or str(Path(tempfile.mkdtemp(prefix="bench-store-")) / "bench.db")
    corpus = Corpus(args.seed, n_speakers=args.speakers, n_orgs=max(1, args.speakers // 10))
    store = Store(db)
    if store.counts()["statements"]:
        raise SystemExit(f"{db} is not empty; give a fresh database")
    result: dict = {"db": store.dialect, "statements": args.statements, "per_doc": args.per_doc}

    n_docs = min(args.documents, args.statements // args.per_doc)
    t = time.perf_counter()
    for i in range(n_docs):
        store.add_document(corpus.document(i, args.per_doc), "bench")
    took = time.perf_counter() - t
    result["add_document"] = {"documents": n_docs, "docs_per_s": round(n_docs / took, 1),
                              "statements_per_s": round(n_docs * args.per_doc / took, 1)}
    print(f"add_document: {result['add_document']}", file=sys.stderr)

    rest = args.statements - n_docs * args.per_doc
    if rest > 0:
        took = bulk_load(store, corpus, rest, args.per_doc, n_docs, args.batch)
        result["bulk_load"] = {"statements": rest, "statements_per_s": round(rest / took, 1), "seconds": round(took, 1)}
        print(f"bulk load: {result['bulk_load']}", file=sys.stderr)
    if store.dialect == "sqlite":
        with store.write() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.exec_driver_sql("INSERT INTO statements_fts(statements_fts) VALUES ('optimize')")
    else:
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    result["stored"] = store.counts()
    result["search"] = bench_search(store, corpus, args.queries, args.seed)
    print(json.dumps(result, indent=2))
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n")
    return result


if __name__ == "__main__":
    main()
