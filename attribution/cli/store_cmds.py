"""Commands: ingest, search, speakers, speaker, compare, stance, export (the store).

Every command takes ``--db`` (a file path or SQLAlchemy URL; default ``$ATTRIBUTION_DB``
or the per-user file) and only parses options, calls one library function and prints.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any, List, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from attribution.cli._app import app, err_console, friendly_errors
from attribution.errors import UserError

DB_HELP = "Database: a file path or URL (postgresql+psycopg://user@host/db). Default: $ATTRIBUTION_DB or ~/.local/share/attribution/attribution.db."
FORMATS = ("table", "jsonl", "csv")

console = Console()


def _db_option() -> Any:
    return typer.Option(None, "--db", help=DB_HELP, show_default=False)


def _open(db: Optional[str], must_exist: bool = True):
    from attribution.store import Store

    return Store(db, must_exist=must_exist)


def _check_format(fmt: str, allowed=FORMATS) -> None:
    if fmt not in allowed:
        raise UserError(f"--format must be one of {', '.join(allowed)}, not {fmt!r}")


def _plain(snippet: str | None) -> str:
    from attribution.search import HL_END, HL_START

    return (snippet or "").replace(HL_START, "**").replace(HL_END, "**")


def _rich(snippet: str | None) -> str:
    from attribution.search import HL_END, HL_START

    return escape(snippet or "").replace(HL_START, "[bold yellow]").replace(HL_END, "[/]")


def _emit(rows: list[dict], fmt: str, columns: list[str]) -> None:
    if fmt == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def _estimate_total(paths: list[str]) -> int | None:
    """How many documents the inputs hold, when cheap to tell (for the progress bar)."""
    total = 0
    for p in paths:
        path = Path(p)
        if p == "-":
            return None
        if path.is_dir():
            total += sum(1 for f in path.iterdir() if f.suffix.lower() in (".txt", ".text", ".html", ".htm"))
        elif path.suffix.lower() in (".jsonl", ".ndjson", ".json") and path.is_file():
            with open(path, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
        elif path.is_file():
            total += 1
    return total


@app.command("ingest")
@friendly_errors
def ingest_cmd(
    paths: List[str] = typer.Argument(..., help="Text files, folders of .txt/.html, JSONL files, or - for stdin."),
    db: Optional[str] = _db_option(),
    no_extract: bool = typer.Option(False, "--no-extract", help="Store the quotes the JSONL already carries; run no model."),
    workers: int = typer.Option(1, "--workers", min=1, help="Processes for extraction (writes stay in one)."),
    target: Optional[str] = typer.Option(None, "--target", help="Stance target for every document (overrides a document's own)."),
    tagger: str = typer.Option("auto", "--tagger", help="auto, transformer or rules."),
    no_stance: bool = typer.Option(False, "--no-stance", help="Skip stance labelling (label later with 'attribution stance')."),
) -> None:
    """Extract statements from documents and store them; already-stored documents are skipped.

    Example: attribution ingest data/samples --db news.db
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from attribution.ingest import ingest, read_inputs

    store = _open(db, must_exist=False)
    total = _estimate_total(paths)
    with Progress(SpinnerColumn(), TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[status]}"), TimeElapsedColumn(), console=err_console,
                  transient=True) as bar:
        task = bar.add_task("ingest", total=total, status="")
        counts = {"stored": 0, "skipped": 0}

        def tick(doc, stored: bool) -> None:
            counts["stored" if stored else "skipped"] += 1
            bar.update(task, advance=1, status=f"{counts['stored']} stored, {counts['skipped']} skipped")

        report = ingest(store, read_inputs(paths), extract=not no_extract, workers=workers, target=target,
                        tagger=tagger, stance=False if no_stance else "auto", on_document=tick)
    console.print(f"stored {report.stored} documents ({report.statements} statements), "
                  f"skipped {report.skipped} already stored, in {store.where}", highlight=False, soft_wrap=True)


@app.command("search")
@friendly_errors
def search_cmd(
    query: Optional[str] = typer.Argument(None, help="Words, \"a phrase\", OR, -excluded (web-search style)."),
    speaker: Optional[str] = typer.Option(None, "--speaker", help="Speaker name or alias (substring, any case)."),
    org: Optional[str] = typer.Option(None, "--org", help="Organisation name or alias (substring, any case)."),
    kind: Optional[str] = typer.Option(None, "--kind", help="direct, indirect or mixed."),
    stance: Optional[str] = typer.Option(None, "--stance", help="support, oppose or neutral (with --target: toward it)."),
    target: Optional[str] = typer.Option(None, "--target", help="Only statements with a stance toward this target."),
    since: Optional[str] = typer.Option(None, "--since", help="Published on or after (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="Published on or before (YYYY-MM-DD)."),
    limit: int = typer.Option(20, "--limit", min=1, help="Most hits to show."),
    fmt: str = typer.Option("table", "--format", help="table, jsonl or csv."),
    show_sql: bool = typer.Option(False, "--show-sql", help="Print the SQL and its parameters instead of running it."),
    db: Optional[str] = _db_option(),
) -> None:
    """Full-text search of stored statements, best first, with speaker, affiliation and date.

    Example: attribution search "sovereignty" --speaker Kirby --since 2021-01-01
    """
    from attribution.search import Filters, search, search_sql

    _check_format(fmt)
    if query is None and not any((speaker, org, kind, stance, target, since, until)):
        raise UserError("give a query or at least one filter (e.g. attribution search sovereignty)")
    f = Filters(query=query, speaker=speaker, org=org, kind=kind, stance=stance, target=target,
                since=since, until=until, limit=limit).validate()
    if show_sql:
        from attribution.search import explain
        from attribution.store import resolve_url

        url = resolve_url(db)
        if not url.startswith("sqlite") or Path(url.split(":///", 1)[1]).exists():
            sql, params = explain(_open(db), f)  # names resolved as the real search would
        else:  # no database yet: the plan without resolved names
            sql, params = search_sql("sqlite", f)
        sys.stdout.write(sql + "\n-- parameters: " + json.dumps(params, ensure_ascii=True) + "\n")
        return
    rows = search(_open(db), f)
    columns = ["rank", "speaker", "organisation", "role", "date", "document", "kind", "stance", "stance_target",
               "snippet", "text", "statement_id", "title"]
    if fmt != "table":
        for row in rows:
            row["snippet"] = _plain(row["snippet"])
            row["rank"] = round(float(row["rank"]), 4)
        _emit(rows, fmt, columns)
        return
    if not rows:
        err_console.print("no statements match")
        return
    table = Table(show_lines=True)
    for col in ("speaker", "affiliation", "date", "document", "statement"):
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(escape(row["speaker"] or "?"), escape(row["organisation"] or ""), row["date"] or "",
                      escape(row["document"]), _rich(row["snippet"]))
    console.print(table)


@app.command("speakers")
@friendly_errors
def speakers_cmd(
    org: Optional[str] = typer.Option(None, "--org", help="Only speakers affiliated with this organisation."),
    limit: int = typer.Option(50, "--limit", min=1),
    fmt: str = typer.Option("table", "--format", help="table, jsonl or csv."),
    db: Optional[str] = _db_option(),
) -> None:
    """List speakers, most quoted first, with their organisations.

    Example: attribution speakers --org Pentagon
    """
    from attribution.reports import list_speakers

    _check_format(fmt)
    rows = list_speakers(_open(db), org=org, limit=limit)
    if fmt != "table":
        for r in rows:
            r["organisations"] = "; ".join(r["organisations"])
        _emit(rows, fmt, ["speaker", "organisations", "statements", "first_seen", "last_seen"])
        return
    table = Table()
    for col in ("speaker", "organisations", "statements", "first seen", "last seen"):
        table.add_column(col)
    for r in rows:
        table.add_row(escape(r["speaker"]), escape(", ".join(r["organisations"])), str(r["statements"]),
                      r["first_seen"] or "", r["last_seen"] or "")
    console.print(table)


@app.command("speaker")
@friendly_errors
def speaker_cmd(
    name: str = typer.Argument(..., help="Speaker name or alias (a unique substring will do)."),
    latest: int = typer.Option(5, "--latest", min=0, help="How many recent statements to show."),
    fmt: str = typer.Option("table", "--format", help="table or jsonl."),
    db: Optional[str] = _db_option(),
) -> None:
    """One speaker: affiliations over time, statement counts, stance per target, latest statements.

    Example: attribution speaker Kirby
    """
    from attribution.reports import speaker_profile

    _check_format(fmt, ("table", "jsonl"))
    p = speaker_profile(_open(db), name, latest=latest)
    if fmt == "jsonl":
        sys.stdout.write(json.dumps(p, ensure_ascii=False) + "\n")
        return
    console.print(f"[bold]{escape(p['speaker'])}[/]  {p['statements']} statements "
                  f"({', '.join(f'{k} {v}' for k, v in sorted(p['kinds'].items()))})", highlight=False)
    if len(p["aliases"]) > 1:
        console.print("also: " + escape(", ".join(a for a in p["aliases"] if a != p["speaker"])), highlight=False)
    for title, rows, cols in (
        ("affiliations", p["affiliations"], ["organisation", "role", "first_seen", "last_seen", "statements"]),
        ("stance by target", p["stances"], ["target", "support", "oppose", "neutral"]),
        ("latest statements", p["latest"], ["date", "document", "text"]),
    ):
        if rows:
            table = Table(title=title, title_justify="left")
            for c in cols:
                table.add_column(c.replace("_", " "), overflow="fold")
            for r in rows:
                table.add_row(*(escape(str(r[c])) if r[c] is not None else "" for c in cols))
            console.print(table)


@app.command("compare")
@friendly_errors
def compare_cmd(
    target: str = typer.Option(..., "--target", help="What the stance is toward (as stored; any case)."),
    speaker: List[str] = typer.Option([], "--speaker", help="Only these speakers (repeatable)."),
    org: List[str] = typer.Option([], "--org", help="Only speakers of these organisations (repeatable)."),
    by: str = typer.Option("speaker", "--by", help="One row per speaker or per org."),
    fmt: str = typer.Option("table", "--format", help="table, jsonl or csv."),
    db: Optional[str] = _db_option(),
) -> None:
    """Who supports, opposes or stays neutral toward a target, side by side, with their strongest quotes.

    Example: attribution compare --target "the US airstrikes" --org Pentagon --org "Iraqi government"
    """
    from attribution.reports import compare

    _check_format(fmt)
    rows = compare(_open(db), target, speakers=list(speaker), orgs=list(org), by=by)
    who, other = ("speaker", "organisation") if by == "speaker" else ("organisation", "speaker")
    if fmt != "table":
        _emit(rows, fmt, [who, other, "label", "support", "oppose", "neutral", "statements", "quote",
                          "stance_score", "document", "date", "target"])
        return
    table = Table(title=f"stance toward {escape(rows[0]['target'])}", show_lines=True)
    for label in ("support", "oppose", "neutral"):
        table.add_column(f"{label} ({sum(1 for r in rows if r['label'] == label)})", ratio=1, overflow="fold")
    cells = {label: [] for label in ("support", "oppose", "neutral")}
    for r in rows:
        name = escape(r[who] or "?") + (f" ({escape(r[other])})" if r.get(other) else "")
        counts = "/".join(str(r[lab]) for lab in ("support", "oppose", "neutral"))
        cells[r["label"]].append(f"[bold]{name}[/] [dim]{counts}[/]\n“{escape(r['quote'])}”")
    depth = max(len(v) for v in cells.values())
    for i in range(depth):
        table.add_row(*(cells[lab][i] if i < len(cells[lab]) else "" for lab in ("support", "oppose", "neutral")))
    console.print(table)
    console.print("[dim]counts: support/oppose/neutral statements; quote: the strongest of the majority label[/]")


@app.command("stance")
@friendly_errors
def stance_cmd(
    target: str = typer.Option(..., "--target", help="The new stance target."),
    query: Optional[str] = typer.Argument(None, help="Only statements matching this search."),
    speaker: Optional[str] = typer.Option(None, "--speaker"),
    org: Optional[str] = typer.Option(None, "--org"),
    kind: Optional[str] = typer.Option(None, "--kind"),
    since: Optional[str] = typer.Option(None, "--since"),
    until: Optional[str] = typer.Option(None, "--until"),
    redo: bool = typer.Option(False, "--redo", help="Label again statements already labelled by this model."),
    db: Optional[str] = _db_option(),
) -> None:
    """Label stored statements with their stance toward a new target and store it (compare uses it).

    Example: attribution stance --target "the US airstrikes" airstrikes --org Pentagon
    """
    from rich.progress import Progress

    from attribution.ingest import label_stances
    from attribution.search import Filters

    f = Filters(query=query, speaker=speaker, org=org, kind=kind, since=since, until=until)
    store = _open(db)
    with Progress(console=err_console, transient=True) as bar:
        task = bar.add_task("stance", total=None)
        result = label_stances(store, target, f, redo=redo, on_batch=lambda n: bar.update(task, advance=n),
                               on_total=lambda n: bar.update(task, total=n))
    console.print(f"labelled {result['labelled']} statements toward {target!r} "
                  f"({result['skipped']} already labelled)", highlight=False)


@app.command("export")
@friendly_errors
def export_cmd(
    fmt: str = typer.Option("jsonl", "--format", help="jsonl (documents, exchange format), csv or parquet (statements)."),
    out: Optional[Path] = typer.Option(None, "--out", help="File to write (default: stdout; parquet needs one)."),
    db: Optional[str] = _db_option(),
) -> None:
    """Write the whole database out: documents as quotes JSONL, or statements as CSV / Parquet.

    Example: attribution export --format parquet --out statements.parquet
    """
    from attribution.reports import export

    n = export(_open(db), fmt, out)
    if out:
        console.print(f"wrote {n} {'documents' if fmt == 'jsonl' else 'rows'} to {out}", highlight=False)
