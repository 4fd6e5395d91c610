"""Commands: extract, eval (filled in by the foundation work)."""

from attribution.cli._app import app, friendly_errors  # noqa: F401
