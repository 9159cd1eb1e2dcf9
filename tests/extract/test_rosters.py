"""amity.extract.en.rosters: people listed under a role in minutes and newsletters."""

from __future__ import annotations

from typing import Any

import pytest

from amity.extract import extract_records


def people_of(text: str) -> dict[str, tuple[Any, ...]]:
    """Returns {name: (title, organization)} of the people records of a report."""
    found = extract_records(text, lang="en")["people"]
    return {p["name"]: (p["title"], p["organization"]) for p in found}


MINUTES = (
    "LAKEVILLE SISTER CITIES\n"
    "Minutes of the monthly meeting, 4 March 2019\n\n"
    "Members Present: Anna Kowalski, Tom O'Neill and Priya Raman\n"
    "Members Absent: Gus Lindqvist\n"
    "Staff Present: Maria Ortega (clerk)\n\n"
    "1. Chair Anna Kowalski opened the meeting at 6 p.m.\n"
)


def test_each_name_of_a_roster_line_gets_its_role() -> None:
    found = people_of(MINUTES)
    assert found["Tom O'Neill"] == ("Member", "LAKEVILLE SISTER CITIES")
    assert found["Priya Raman"] == ("Member", "LAKEVILLE SISTER CITIES")
    assert found["Gus Lindqvist"] == ("Member", "LAKEVILLE SISTER CITIES")
    assert found["Maria Ortega"] == ("clerk", "LAKEVILLE SISTER CITIES")  # her own role


def test_a_title_told_in_a_sentence_wins_over_the_roster() -> None:
    assert people_of(MINUTES)["Anna Kowalski"][0] == "Chair"


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        ("Vice-chairman: Hugh Barlow", "Hugh Barlow", "Vice-chairman"),
        ("Treasurer: Jean Marsh", "Jean Marsh", "Treasurer"),
        ("Committee members: Ida Bell, Ron Cole", "Ron Cole", "Committee member"),
    ],
)
def test_a_newsletter_masthead(line: str, name: str, title: str) -> None:
    text = (
        f"Ashby Twinning Association - NEWSLETTER No 3 - 2 May 2015\n\n{line}\n\nNews of the year."
    )
    assert people_of(text)[name] == (title, "Ashby Twinning Association")


@pytest.mark.parametrize(
    "line",
    [
        "Location: City Hall, First Floor Conference Room",
        "Members Present: all of the board and two guests",
        "Guests: the mayor's office sent apologies",
    ],
)
def test_lines_that_list_no_names(line: str) -> None:
    text = f"Club news\n\n{line}\n\nThe club met."
    assert people_of(text) == {}


def test_a_surname_with_its_particle_is_the_same_person() -> None:
    text = (
        "LAKEVILLE SISTER CITIES\n\nCommissioners present: Ann Van Dyke (Chair), Bo Lind\n\n"
        "Chair Van Dyke opened the meeting."
    )
    found = people_of(text)
    assert "Van Dyke" not in found and found["Ann Van Dyke"][0] == "Chair"


def test_a_present_line_names_attendees_without_a_role() -> None:
    text = "Roseville Sister City Committee\nMinutes\n\nPresent: Tom Turba, Carol Stark\n\nThe meeting opened."
    people = extract_records(text, lang="en")["people"]
    assert [(p["name"], p["title"], p["organization"]) for p in people] == [
        ("Tom Turba", None, None),
        ("Carol Stark", None, None),
    ]
