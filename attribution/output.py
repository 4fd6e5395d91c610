"""Writing extracted documents: a rich table for people, JSONL (the spec) and CSV for machines."""

from __future__ import annotations

import csv
import json
from typing import IO, Iterable

from rich.console import Console
from rich.table import Table

from attribution.types import Document

CSV_COLUMNS = [
    "doc_id", "start", "end", "kind", "speaker", "affiliation", "role", "mention", "cue",
    "stance_target", "stance", "stance_score", "score", "text",
]


def write_jsonl(docs: Iterable[Document], out: IO[str], include_text: bool = False) -> None:
    for doc in docs:
        out.write(json.dumps(doc.to_json(include_text=include_text), ensure_ascii=False) + "\n")
        out.flush()


def write_csv(docs: Iterable[Document], out: IO[str]) -> None:
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for doc in docs:
        for q in doc.quotes:
            writer.writerow([
                doc.id, q.start, q.end, q.kind, q.speaker or "", q.affiliation or "", q.role or "",
                q.mention.text if q.mention else "", q.cue.text if q.cue else "",
                q.stance.target if q.stance else "", q.stance.label if q.stance else "",
                f"{q.stance.score:.3f}" if q.stance else "", f"{q.score:.3f}", q.text,
            ])


def write_table(docs: Iterable[Document], console: Console) -> None:
    for doc in docs:
        table = Table(title=f"{doc.id}: {len(doc.quotes)} statements", show_lines=True, title_justify="left")
        table.add_column("speaker", style="bold")
        table.add_column("affiliation")
        table.add_column("kind")
        table.add_column("cue")
        table.add_column("stance")
        table.add_column("statement", ratio=3)
        for q in doc.quotes:
            table.add_row(
                q.speaker or "—",
                q.affiliation or "",
                q.kind,
                q.cue.text if q.cue else "",
                q.stance.label if q.stance else "",
                q.text,
            )
        console.print(table)
