"""Filling the store: ingest documents (extracting statements on the way) and label stored
statements' stance toward a new target.

Ingest writes one document per transaction in this (the parent) process;
extraction may run in worker processes. A document whose text is already
stored is skipped before any extraction, so re-running an interrupted ingest
resumes cheaply, and two ingests may share one database (SQLite serialises
their writes through its lock, PostgreSQL through the content-hash key).
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from sqlalchemy import text

from attribution.errors import UserError
from attribution.search import Filters, search_sql, _require_name
from attribution.store import Store, content_hash, target_key
from attribution.types import Document, Stance

GIVEN = "given"  # model_version of statements stored as the input gave them (--no-extract)


@dataclass
class IngestReport:
    stored: int = 0
    skipped: int = 0
    statements: int = 0
    ids: list[str] = field(default_factory=list)  # ids of the documents stored


HTML_SUFFIXES = (".html", ".htm")


def read_inputs(paths: Iterable[str]) -> Iterator[Document]:
    """Documents from every path in turn (files, folders, JSONL, '-'); UserError on bad input.

    A document read from an HTML page also gets the page's title, date, address and site
    name (trafilatura's metadata), which the reader leaves out.
    """
    from attribution.reader import read_documents

    for path in paths:
        p = Path(path)
        for doc in read_documents(path):
            page = _html_source(p, doc)
            if page is not None:
                _add_html_metadata(doc, page)
            yield doc


def _html_source(path: Path, doc: Document) -> Path | None:
    if path.is_file():
        return path if path.suffix.lower() in HTML_SUFFIXES else None
    if path.is_dir():
        for suffix in HTML_SUFFIXES:
            candidate = path / f"{doc.id}{suffix}"
            if candidate.is_file():
                return candidate
    return None


def _add_html_metadata(doc: Document, page: Path) -> None:
    import trafilatura

    try:
        meta = trafilatura.extract_metadata(page.read_text(encoding="utf-8", errors="replace"))
    except Exception:  # noqa: BLE001 -- metadata is a bonus; the text was already read
        return
    if meta is None:
        return
    doc.title = doc.title or meta.title
    doc.published = doc.published or meta.date
    doc.url = doc.url or meta.url
    doc.source = doc.source or meta.sitename


# Worker-process state: one pipeline per worker, built once.
_PIPELINE = None


def _init_worker(options: dict) -> None:
    global _PIPELINE
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import torch

        torch.set_num_threads(1)  # N workers x 1 thread, not N x all cores
    except ImportError:
        pass
    from attribution.pipeline import Pipeline

    _PIPELINE = Pipeline(**options)


def _extract(doc: Document) -> tuple[Document, str]:
    return _PIPELINE.process(doc), _PIPELINE.model_version


def ingest(store: Store, docs: Iterable[Document], *, extract: bool = True, workers: int = 1,
           target: str | None = None, tagger: str = "auto", stance: bool | str = "auto",
           on_document: Callable[[Document, bool], None] | None = None) -> IngestReport:
    """Store ``docs``: each one, with its statements, in its own transaction.

    ``extract``: run the pipeline on each document (else store the quotes it carries);
    ``workers`` > 1 runs extraction in that many processes (writes stay here);
    ``target``: stance target for every document (overrides a document's own);
    ``on_document(doc, stored)`` is called after each document (progress).
    """
    report = IngestReport()
    options = {"tagger": tagger, "stance": stance, "target": target}

    def fresh() -> Iterator[Document]:
        seen: set[str] = set()
        for doc in docs:
            if target:
                doc.target = target
            digest = content_hash(doc.text)
            if digest in seen or store.has_document(doc.text):
                report.skipped += 1
                if on_document:
                    on_document(doc, False)
                continue
            seen.add(digest)
            yield doc

    def save(doc: Document, model_version: str) -> None:
        stored = store.add_document(doc, model_version) is not None
        if stored:
            report.stored += 1
            report.statements += len(doc.quotes)
            report.ids.append(doc.id)
        else:
            report.skipped += 1
        if on_document:
            on_document(doc, stored)

    if not extract:
        for doc in fresh():
            save(doc, GIVEN)
        return report
    if workers <= 1:
        from attribution.pipeline import Pipeline

        pipeline = Pipeline(**options)
        for doc in fresh():
            save(pipeline.process(doc), pipeline.model_version)
        return report
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(options,)) as pool:
        # A bounded window of submitted documents: memory stays flat and order is kept.
        window: deque = deque()
        for doc in fresh():
            window.append(pool.submit(_extract, doc))
            if len(window) >= 2 * workers:
                save(*window.popleft().result())
        while window:
            save(*window.popleft().result())
    return report


def label_stances(store: Store, target: str, filters: Filters, *, batch_size: int = 32, redo: bool = False,
                  classifier=None, on_batch: Callable[[int], None] | None = None,
                  on_total: Callable[[int], None] | None = None) -> dict[str, int]:
    """Label every stored statement matching ``filters`` with its stance toward ``target`` and
    store the labels (one transaction per batch, so an interrupted run keeps what it finished).

    Statements already labelled toward this target by the same model are skipped unless ``redo``.
    Returns ``{"labelled": n, "skipped": m}``.
    """
    if not target or not target.strip():
        raise UserError("--target is empty")
    filters.limit = None
    filters.validate()
    with store.read() as conn:
        if filters.speaker:
            _require_name(conn, "speaker", filters.speaker)
        if filters.org:
            _require_name(conn, "organisation", filters.org)
        sql, params = search_sql(store.dialect, filters)
        ids = [r["statement_id"] for r in conn.execute(text(sql), params).mappings()]
    if not ids:
        raise UserError("no stored statement matches these filters")
    if on_total:
        on_total(len(ids))
    if classifier is None:
        from attribution.stance import load_stance_classifier

        classifier = load_stance_classifier()
    version = str(getattr(classifier, "model_version", None) or getattr(classifier, "version", None)
                  or type(classifier).__name__)
    tk = target_key(target)
    done = 0
    skipped = 0
    for i in range(0, len(ids), batch_size):
        chunk = ids[i:i + batch_size]
        with store.read() as conn:
            rows = conn.execute(text(
                "SELECT s.id, s.text, s.start_char, s.end_char, d.text AS doc_text, "
                "(SELECT st.model_version FROM stances st WHERE st.statement_id = s.id AND st.target_key = :tk) AS mv "
                "FROM statements s JOIN documents d ON d.pk = s.document_pk WHERE s.id IN ("
                + ", ".join(str(int(x)) for x in chunk) + ") ORDER BY s.id"), {"tk": tk}).mappings().all()
        todo = [r for r in rows if redo or r["mv"] != version]
        skipped += len(rows) - len(todo)
        if todo:
            contexts = [r["doc_text"][max(0, r["start_char"] - 200):r["end_char"] + 200] for r in todo]
            predicted = classifier.predict(target, [r["text"] for r in todo], contexts)
            store.set_stances([(r["id"], Stance(target, p.label, p.score)) for r, p in zip(todo, predicted)], version)
            done += len(todo)
        if on_batch:
            on_batch(len(chunk))
    return {"labelled": done, "skipped": skipped}
