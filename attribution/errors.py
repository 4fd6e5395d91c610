"""The one error type the CLI turns into a one-line message and a non-zero exit."""


class UserError(Exception):
    """Bad input or environment that the user can fix; never shown as a traceback."""
