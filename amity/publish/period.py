"""Periods of a digest ('2018-01' to '2018-06') and windows of days ('90d') from the command line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from amity.errors import InputError

_MONTH = re.compile(r"^(\d{4})(?:-(\d{1,2}))?$")
_WINDOW = re.compile(r"^(\d+)\s*([dwmy]?)$")
_DAYS = {"": 1, "d": 1, "w": 7, "m": 30, "y": 365}


@dataclass(frozen=True)
class Period:
    """Whole months from `start` to `end` ('YYYY-MM', both included)."""

    start: str
    end: str

    def months(self) -> list[str]:
        """Returns every month of the period, 'YYYY-MM', in order."""
        year, month = int(self.start[:4]), int(self.start[5:7])
        out = []
        while f"{year:04d}-{month:02d}" <= self.end:
            out.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    def upper(self) -> str:
        """Returns the first month after the period: dates below it (as text) are inside."""
        year, month = int(self.end[:4]), int(self.end[5:7])
        return f"{year + 1:04d}-01" if month == 12 else f"{year:04d}-{month + 1:02d}"

    def holds(self, when: str | None) -> bool:
        """Returns whether a date ('YYYY-MM' or 'YYYY-MM-DD') falls in the period."""
        return bool(when) and len(str(when)) >= 7 and self.start <= str(when) < self.upper()


def month_of(text: str, last: bool, flag: str) -> str:
    """Returns 'YYYY-MM' of '2018-01' or '2018' (its first or last month); raises InputError."""
    found = _MONTH.match(str(text).strip())
    if not found or (found.group(2) and not 1 <= int(found.group(2)) <= 12):
        raise InputError(f"{flag} {text!r} is not a month", "write it as YYYY-MM, e.g. 2018-01")
    month = int(found.group(2)) if found.group(2) else (12 if last else 1)
    return f"{found.group(1)}-{month:02d}"


def period(start: str, end: str | None = None) -> Period:
    """Returns the period from month `start` to month `end` (default: start's month or year)."""
    first = month_of(start, False, "--from")
    last = month_of(end if end else start, True, "--to")
    if last < first:
        raise InputError(f"--to {last} is before --from {first}", "give the earlier month first")
    return Period(first, last)


def window(text: str) -> int:
    """Returns the days of a window written '90d', '12w', '6m', '1y' or '90'; raises InputError."""
    found = _WINDOW.match(str(text).strip().lower())
    if not found:
        raise InputError(f"--within {text!r} is not a length of time", "write e.g. 90d, 12w or 1y")
    return int(found.group(1)) * _DAYS[found.group(2)]


def day(text: str | None, today: date | None = None) -> date:
    """Returns the date 'YYYY-MM-DD' names, or today; raises InputError."""
    if not text:
        return today or date.today()
    try:
        return date.fromisoformat(str(text).strip())
    except ValueError as exc:
        raise InputError(f"--from {text!r} is not a date", "write it as YYYY-MM-DD") from exc


def days_after(start: date, days: int) -> date:
    """Returns the day `days` after start."""
    return start + timedelta(days=days)
