"""amity.extract.en.person_parts: the body named before a title, Korean names and a title's
qualifiers."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.test_people import people_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rotorua Mayor Jan Fields opened the fair.",
            ("Jan Fields", "Mayor", "Rotorua", "NZ"),
        ),
        (
            "The talks were chaired by CPAFFC Vice President Lin Wei.",
            ("Lin Wei", "Vice President", "CPAFFC", "CN"),
        ),
        ("On Monday Mayor Kim Jae-won left for Osaka.", ("Kim Jae-won", "Mayor", None, None)),
    ],
)
def test_body_named_before_the_title(text: str, expected: tuple[Any, ...]) -> None:
    assert people_of(text)[0] == expected


def test_korean_names_in_brackets_and_surname_first() -> None:
    text = (
        "Osan County (Mayor Choi Min-jae) signed an agreement with Hwaseong. "
        "Mayor Choi said the tie would help both towns."
    )
    assert people_of(text) == [("Choi Min-jae", "Mayor", "Osan County", "KR")]


def test_lowercase_titles_and_honorifics() -> None:
    text = "Rotorua mayor Sir Tom Reid led the group, with deputy mayor Ann Candy."
    assert people_of(text) == [
        ("Tom Reid", "mayor", "Rotorua", "NZ"),
        ("Ann Candy", "deputy mayor", None, None),
    ]


def test_a_title_qualifier_is_no_organization() -> None:
    assert people_of("State Councilor and Foreign Minister Wang Yi spoke.")[0][2] is None
