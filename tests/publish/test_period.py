"""Periods and windows as the commands take them."""

from __future__ import annotations

import pytest

from amity.errors import InputError
from amity.publish.period import period, window


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        ("2018-01", "2018-06", ["2018-01", "2018-02", "2018-03", "2018-04", "2018-05", "2018-06"]),
        ("2018-11", "2019-02", ["2018-11", "2018-12", "2019-01", "2019-02"]),
        ("2018-3", None, ["2018-03"]),
        ("2018", None, [f"2018-{m:02d}" for m in range(1, 13)]),
    ],
)
def test_period_months(start: str, end: str | None, months: list[str]) -> None:
    assert period(start, end).months() == months


@pytest.mark.parametrize(
    ("when", "inside"),
    [("2018-06-30", True), ("2018-06", True), ("2018-01-01", True), ("2018-07-01", False),
     ("2017-12-31", False), ("2018", False), (None, False)],
)  # fmt: skip
def test_period_holds_dates_known_to_the_month(when: str | None, inside: bool) -> None:
    assert period("2018-01", "2018-06").holds(when) is inside


@pytest.mark.parametrize(
    ("start", "end", "says"),
    [("2018-13", None, "not a month"), ("January", None, "not a month"),
     ("2018-06", "2018-01", "before")],
)  # fmt: skip
def test_bad_periods_say_what_to_write(start: str, end: str | None, says: str) -> None:
    with pytest.raises(InputError, match=says):
        period(start, end)


@pytest.mark.parametrize(("text", "days"), [("90d", 90), ("90", 90), ("2w", 14), ("1y", 365)])
def test_windows(text: str, days: int) -> None:
    assert window(text) == days


@pytest.mark.parametrize("text", ["", "soon", "-3d", "3x"])
def test_bad_windows(text: str) -> None:
    with pytest.raises(InputError, match="not a length of time"):
        window(text)
