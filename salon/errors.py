"""Errors the domain raises for bad input, carrying a code the UI can translate."""
from __future__ import annotations


class ValidationError(ValueError):
    """Input that cannot be accepted; nothing was changed.

    `code` is stable (the UI maps it to a translated sentence), `field` names the offending field and
    `params` fill the sentence. `str()` gives a Chinese sentence for the command line and logs.
    """

    def __init__(self, code: str, message: str, field: str | None = None, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.field = field
        self.params = params

    @property
    def message(self) -> str:
        return str(self)


class NotFoundError(LookupError):
    """A record that the caller named does not exist (any more)."""
