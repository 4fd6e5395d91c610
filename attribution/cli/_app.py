"""The typer application and its sub-groups; command modules register on these."""

from __future__ import annotations

import functools
import sys
from typing import Callable, TypeVar

import typer
from rich.console import Console

from attribution.errors import UserError

app = typer.Typer(
    name="attribution",
    help="Who said what: extract, attribute, store and search statements in news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
train_app = typer.Typer(help="Train the models shipped in models/.", no_args_is_help=True)
data_app = typer.Typer(help="Convert annotated corpora into the quotes JSONL format.", no_args_is_help=True)
app.add_typer(train_app, name="train")
app.add_typer(data_app, name="data")

err_console = Console(stderr=True)

F = TypeVar("F", bound=Callable)


def friendly_errors(func: F) -> F:
    """Turn expected failures into one line on stderr and exit code 2 (never a traceback)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except UserError as exc:
            err_console.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(2)
        except KeyboardInterrupt:
            err_console.print("[bold red]interrupted[/]")
            raise typer.Exit(130)
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0)

    return wrapper  # type: ignore[return-value]
