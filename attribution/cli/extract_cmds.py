"""Commands: extract (who said what in these articles) and eval (how right is it)."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import track
from rich.table import Table

from attribution.cli._app import app, err_console, friendly_errors
from attribution.errors import UserError


class OutputFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


TAGGER_HELP = "Span tagger: auto (the shipped transformer when present, else rules), transformer or rules."
ALL_HELP = ("Keep every attribution the tagger finds, as PolNeAR annotates them (reactions such as 'rejected the "
            "claim', expectations, acts such as 'agreed to'), not only statements.")


@app.command()
@friendly_errors
def extract(
    path: str = typer.Argument(..., help="A .txt file, a folder of .txt/.html files, a JSONL of {id, text}, or - for stdin."),
    format: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="table (people), jsonl (the spec) or csv."),
    target: Optional[str] = typer.Option(None, help="Label every statement's stance toward this target."),
    stance: bool = typer.Option(True, "--stance/--no-stance", help="Label stance (needs models/stance)."),
    tagger: str = typer.Option("auto", help=TAGGER_HELP),
    all_attributions: bool = typer.Option(False, "--all-attributions", help=ALL_HELP),
    include_text: bool = typer.Option(False, "--include-text", help="jsonl: repeat each document's text."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
) -> None:
    """Find every statement with its speaker, affiliation, cue and stance.

    Example: attribution extract data/samples/sarnia-airstrikes.txt --format jsonl
    """
    from attribution.output import write_csv, write_jsonl, write_table
    from attribution.pipeline import Pipeline
    from attribution.reader import read_documents

    pipeline = Pipeline(tagger=tagger, stance=True if (stance and target) else ("auto" if stance else False), target=target,
                        all_attributions=all_attributions)
    docs = (pipeline.process(doc) for doc in read_documents(path))
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        if format is OutputFormat.jsonl:
            write_jsonl(docs, out, include_text=include_text)
        elif format is OutputFormat.csv:
            write_csv(docs, out)
        else:
            write_table(docs, Console(file=out, width=None if out.isatty() else 160))
    finally:
        if output:
            out.close()


@app.command("eval")
@friendly_errors
def eval_command(
    gold: str = typer.Argument(..., help="Gold JSONL (the spec's format)."),
    pred: Optional[str] = typer.Option(None, "--pred", help="Predictions JSONL; without it, extraction runs on the gold texts."),
    tagger: str = typer.Option("auto", help=TAGGER_HELP),
    all_attributions: bool = typer.Option(False, "--all-attributions", help=ALL_HELP),
    stance: bool = typer.Option(True, "--stance/--no-stance", help="Label stance when extracting."),
    as_json: bool = typer.Option(False, "--json", help="Print the metrics as JSON."),
    errors: int = typer.Option(0, "--errors", help="List the N worst misses."),
) -> None:
    """Score statements, mentions, speakers, affiliations and stance against gold.

    Example: attribution eval data/samples/gold.jsonl --errors 10
    """
    from attribution.evaluation import evaluate
    from attribution.pipeline import Pipeline

    pipeline = None if pred else Pipeline(tagger=tagger, stance="auto" if stance else False, all_attributions=all_attributions)

    def progress(items):
        return track(items, description="extracting", console=err_console, transient=True)

    metrics, misses = evaluate(gold, pred, pipeline, progress=progress)
    if pipeline is not None:
        metrics["tagger"] = pipeline.model_version
    if as_json:
        print(json.dumps(metrics, indent=2))
    else:
        _print_metrics(metrics)
    if errors:
        _print_misses(misses[:errors])


def _fmt(value) -> str:
    return "—" if value is None else f"{100 * value:.1f}"


def _print_metrics(m: dict) -> None:
    console = Console()
    table = Table(title=f"{m['documents']} documents, {m['gold_statements']} gold / {m['predicted_statements']} predicted statements")
    table.add_column("metric")
    for col in ("P", "R", "F1"):
        table.add_column(col, justify="right")
    for key in ("statements@0.3", "statements@0.8", "who_said_what"):
        prf = m[key]
        table.add_row(key, _fmt(prf["precision"]), _fmt(prf["recall"]), _fmt(prf["f1"]))
    console.print(table)
    acc = Table(title="on statements matched at 0.3")
    acc.add_column("accuracy")
    acc.add_column("%", justify="right")
    for key in ("mention_accuracy", "speaker_accuracy", "affiliation_accuracy", "role_accuracy", "stance_accuracy"):
        acc.add_row(key.replace("_accuracy", ""), _fmt(m[key]))
    for key in ("spurious_affiliation_rate", "spurious_role_rate"):  # given where the gold has none
        acc.add_row(key.replace("_rate", "").replace("_", " ") + " (gold none)", _fmt(m.get(key)))
    for kind, value in m["recall_by_kind"].items():
        acc.add_row(f"recall of {kind}", _fmt(value))
    console.print(acc)


def _print_misses(misses) -> None:
    console = Console()
    table = Table(title="worst misses", show_lines=True)
    for col in ("doc", "why", "gold", "predicted", "gold statement"):
        table.add_column(col)
    for miss in misses:
        field = {"wrong affiliation": "affiliation", "wrong role": "role"}.get(miss.reason, "speaker")
        gold_value = getattr(miss.gold, field) or "—"
        if miss.pred is None:
            predicted = ""
        elif field == "speaker":
            predicted = f"{miss.pred.speaker or '—'}: {miss.pred.text[:60]}"
        else:
            predicted = f"{getattr(miss.pred, field) or '—'} (speaker {miss.pred.speaker or '—'})"
        table.add_row(miss.doc_id, f"{miss.reason} ({miss.coverage:.2f})", gold_value, predicted, miss.gold.text[:120])
    console.print(table)


__all__ = ["extract", "eval_command", "UserError"]
