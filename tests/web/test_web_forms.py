"""Corrections from forms: typed values, and only the fields that changed."""

from __future__ import annotations

from typing import Any

import pytest

from amity.errors import InputError
from amity.web.forms import changes_from_form

EVENT = {
    "type": "forum", "title": "youth forum", "start": "2020-06-11", "end": None, "city": "Lakeside",
    "country": "NO", "organizers": ["Friends"], "participants": 120, "countries": ["PT", "NO"],
}  # fmt: skip
TIE = {
    "type": "sister_city",
    "a": {"name": "A", "country": "NO"},
    "b": {"name": "B", "country": None},
    "date": "2010",
}
FIGURE = {"subject": "Lakeside", "metric": "cities", "value": 14.0, "qualifier": None}


def same_event_form() -> dict[str, Any]:
    """Returns the form an unchanged event's page posts."""
    return {
        "type": "forum", "title": "youth forum", "start": "2020-06-11", "end": "", "city": "Lakeside",
        "country": "NO", "organizers": "Friends", "participants": "120", "countries": "PT NO",
    }  # fmt: skip


def test_an_unchanged_form_changes_nothing() -> None:
    assert changes_from_form("events", EVENT, same_event_form()) == {}


@pytest.mark.parametrize(
    ("field", "given", "expected"),
    [
        ("title", "  Youth Forum 2020 ", "Youth Forum 2020"),
        ("participants", "1,200", 1200),
        ("participants", "", None),
        ("country", "pt", "PT"),
        ("countries", "pt, no;fr", ["PT", "NO", "FR"]),
        ("organizers", "Friends\nLakeside Council", ["Friends", "Lakeside Council"]),
        ("end", "2020-06-13", "2020-06-13"),
    ],
)
def test_event_fields_are_typed(field: str, given: str, expected: Any) -> None:
    form = {**same_event_form(), field: given}
    assert changes_from_form("events", EVENT, form) == {field: expected}


def test_partnership_sides_come_from_name_and_country_fields() -> None:
    form = {
        "type": "sister_city",
        "a_name": "A",
        "a_country": "NO",
        "b_name": "Bee",
        "b_country": "se",
        "date": "2010",
    }
    assert changes_from_form("partnerships", TIE, form) == {"b": {"name": "Bee", "country": "SE"}}


def test_a_figure_value_equal_as_a_number_is_unchanged() -> None:
    form = {"subject": "Lakeside", "metric": "cities", "value": "14", "qualifier": ""}
    assert changes_from_form("figures", FIGURE, form) == {}
    assert changes_from_form("figures", FIGURE, {**form, "qualifier": "about"}) == {
        "qualifier": "about"
    }


def test_fields_left_out_of_the_form_are_kept() -> None:
    assert changes_from_form("events", EVENT, {"city": "Portavel"}) == {"city": "Portavel"}


@pytest.mark.parametrize(
    ("kind", "record", "form"),
    [
        ("events", EVENT, {"participants": "many"}),
        ("events", EVENT, {"country": "Norway"}),
        ("events", EVENT, {"countries": "PT Norway"}),
        ("figures", FIGURE, {"value": "fourteen"}),
        ("partnerships", TIE, {"a_name": "A", "a_country": "N0"}),
    ],
)
def test_bad_values_say_what_to_give(
    kind: str, record: dict[str, Any], form: dict[str, str]
) -> None:
    with pytest.raises(InputError) as caught:
        changes_from_form(kind, record, form)
    assert caught.value.hint
