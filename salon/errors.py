"""Errors the domain raises for bad input, carrying a code the UI can translate."""
from __future__ import annotations

from salon.words import fill


class ValidationError(ValueError):
    """Input that cannot be accepted; nothing was changed.

    `code` is stable (the UI maps it to its own sentence), `field` names the offending field and `params` fill
    the sentence. `message` is already in the chosen language (`translate("errors", "…%1…")` at the raise site,
    so lupdate finds it) and `args` fill its %1, %2…: `str()` gives that sentence for the command line and logs.
    """

    def __init__(self, code: str, message: str, *args: object, field: str | None = None, **params: object) -> None:
        super().__init__(fill(message, *args) if args else message)
        self.code = code
        self.field = field
        self.params = params

    @property
    def message(self) -> str:
        return str(self)


class NotFoundError(LookupError):
    """A record that the caller named does not exist (any more)."""
