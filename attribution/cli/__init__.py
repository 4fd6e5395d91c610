"""Command-line interface. Each module below registers its commands on ``app``;
every command only parses options, calls one library function and prints."""

from attribution.cli._app import app
from attribution.cli import extract_cmds, train_cmds, store_cmds, stance_cmds  # noqa: F401  (registers commands)

__all__ = ["app"]
