"""Commands: ``attribution data polnear`` and ``attribution train tagger``."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from attribution.cli._app import app, data_app, friendly_errors, train_app  # noqa: F401


@data_app.command("polnear")
@friendly_errors
def data_polnear_cmd(
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="PolNeAR folder (default ../shared/corpora/polnear from the repo root)."),
    out: Path = typer.Option(Path("runs/polnear"), "--out", help="Folder for train.jsonl, dev.jsonl, test.jsonl (keep it out of git)."),
    split: List[str] = typer.Option([], "--split", help="Only these splits (repeatable): train, dev, test."),
) -> None:
    """Convert PolNeAR's brat standoff into quotes JSONL, one file per split.

    Example: attribution data polnear --corpus ../shared/corpora/polnear --out runs/polnear
    """
    from attribution.polnear import DEFAULT_CORPUS, SPLITS, convert

    counts = convert(corpus or DEFAULT_CORPUS, out, tuple(split) or SPLITS)
    for name, c in counts.items():
        typer.echo(f"{name}: {c['documents']} documents, {c['quotes']} quotes "
                   f"(direct {c.get('direct', 0)}, mixed {c.get('mixed', 0)}, indirect {c.get('indirect', 0)}) -> {out / (name + '.jsonl')}")
