"""Commands: placeholder until filled in."""

from attribution.cli._app import app, train_app, data_app, friendly_errors  # noqa: F401
