"""A date at the grain a report gives it, whose year may still be unknown."""

from __future__ import annotations

from dataclasses import dataclass

YEAR = r"(?:1[89]\d\d|20\d\d)"  # a year as reports write it


@dataclass(frozen=True)
class PartialDate:
    """A date range whose year may still be unknown; month/day None mean a coarser grain."""

    year: int | None
    month: int | None = None
    day: int | None = None
    year2: int | None = None
    month2: int | None = None
    day2: int | None = None
    explicit_year: bool = False

    @property
    def is_range(self) -> bool:
        return self.day2 is not None or self.month2 is not None or self.year2 is not None

    def with_year(self, year: int) -> PartialDate:
        """Returns the date with a missing year filled (the end may roll into the next year)."""
        if self.year is not None:
            return self
        y2 = None
        if self.is_range:
            y2 = year + 1 if (self.month2 or 13) < (self.month or 0) else year
        return PartialDate(year, self.month, self.day, y2, self.month2, self.day2)

    def iso(self) -> tuple[str | None, str | None]:
        """Returns (start, end) as ISO strings at the grain known; end None for a single date."""
        start = _iso(self.year, self.month, self.day)
        if not self.is_range:
            return start, None
        y2 = self.year2 if self.year2 is not None else self.year
        m2 = self.month2 if self.month2 is not None else (self.month if self.day2 else None)
        return start, _iso(y2, m2, self.day2)


def _iso(y: int | None, m: int | None, d: int | None) -> str | None:
    if y is None:
        return None
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"
