"""One error family: every error Amity raises on purpose is an AmityError."""

from __future__ import annotations


class AmityError(Exception):
    """An error with a message that says what went wrong and what to do."""

    exit_code = 1
    http_status = 400

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class ConfigError(AmityError):
    """A setting is missing or wrong."""

    exit_code = 2


class InputError(AmityError):
    """A report could not be read: empty, binary, broken, too large."""

    exit_code = 3
    http_status = 422


class StoreError(AmityError):
    """The store could not be opened, migrated or written."""

    exit_code = 4
    http_status = 503


class NotFound(AmityError):
    """A report, record or entity that was asked for does not exist."""

    exit_code = 5
    http_status = 404


class ExtractError(AmityError):
    """The extraction pipeline failed on a report or is misconfigured."""

    exit_code = 6
    http_status = 500


class PermissionDenied(AmityError):
    """The user is not signed in or lacks the role for this change."""

    exit_code = 7
    http_status = 403
