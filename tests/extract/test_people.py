"""amity.extract.en.people: names with their roles, in the orders reports write them."""

from __future__ import annotations

from typing import Any

import pytest

from amity.extract import extract_records

FIELDS = ("name", "title", "organization", "country")


def people_of(text: str) -> list[tuple[Any, ...]]:
    """Returns (name, title, organization, country) of each person record of the text."""
    return [tuple(p[f] for f in FIELDS) for p in extract_records(text, lang="en")["people"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # title of body, then name
        (
            "Vice Governor of Hubei Province Zhao Haishan attended the forum.",
            ("Zhao Haishan", "Vice Governor", "Hubei Province", "CN"),
        ),
        # name, then title of body
        (
            "The talks were held with Wang Hongyan, Vice President of All-China Youth "
            "Federation, in Beijing.",
            ("Wang Hongyan", "Vice President", "All-China Youth Federation", "CN"),
        ),
        # country, title, surname
        (
            "Finland Parliament Speaker Lohela met the delegation.",
            ("Lohela", "Parliament Speaker", None, "FI"),
        ),
        (
            "Mayor Jane Smith of Springfield welcomed the guests.",
            ("Jane Smith", "Mayor", "Springfield", "US"),
        ),
        (
            "The letter was signed by John Doe, mayor of Toowoomba, last week.",
            ("John Doe", "mayor", "Toowoomba", "AU"),
        ),
        ("Chairman Lin Songtian gave a speech.", ("Lin Songtian", "Chairman", None, None)),
        (
            "Dr. Maria Garcia, Director of the Lima Cultural Center, spoke.",
            ("Maria Garcia", "Director", "Lima Cultural Center", "PE"),
        ),
    ],
)
def test_one_person(text: str, expected: tuple[Any, ...]) -> None:
    assert people_of(text) == [expected]


def test_two_people_in_one_sentence() -> None:
    text = "Kenji Sato, Mayor of Shibetsu, and Anna Lee, Mayor of Goulburn, signed the deed."
    assert people_of(text) == [
        ("Kenji Sato", "Mayor", "Shibetsu", "JP"),
        ("Anna Lee", "Mayor", "Goulburn", "AU"),
    ]


def test_evidence_covers_name_and_role() -> None:
    text = "Yesterday Mayor Jane Smith of Springfield welcomed the guests."
    (person,) = extract_records(text, lang="en")["people"]
    start, end = person["span"]
    assert text[start:end] == "Mayor Jane Smith of Springfield"
    assert 0 < person["confidence"] <= 1


def test_surname_later_is_the_same_person() -> None:
    text = "Mayor Jane Smith of Springfield arrived. Then Governor Smith gave a toast."
    assert [p[0] for p in people_of(text)] == ["Jane Smith"]


def test_opening_adverb_is_not_a_person() -> None:
    text = "Mayor Jane Smith arrived. Later, Governor Smith gave a toast."
    assert [p[0] for p in people_of(text)] == ["Jane Smith"]


@pytest.mark.parametrize(
    "byline", ["(Author: Han Yihua)", "Author: Han Yihua", "Reporter: Han Yihua"]
)
def test_byline_author(byline: str) -> None:
    text = "The choir sang in Lyon on Monday.\n\n" + byline
    role = byline.strip("(").split(":")[0].lower()
    assert ("Han Yihua", role, None, None) in people_of(text)


@pytest.mark.parametrize(
    "text",
    ["The Mayor of Springfield welcomed the guests.", "The mayors met in Oslo.", "No people here."],
)
def test_no_named_person(text: str) -> None:
    assert people_of(text) == []


def test_title_of_place_then_name() -> None:
    assert people_of("The former Mayor of Oslo Erik Berg visited.") == [
        ("Erik Berg", "former Mayor", "Oslo", "NO")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one country a report names is the fallback for a person's
        ("Vice President Lin Wei Visits Greece", ("Lin Wei", "Vice President", None, "GR")),
        (
            "He met Mr. Luis Pare, chairman of Departamento de Cusco, on Monday.",
            ("Luis Pare", "chairman", "Departamento de Cusco", "PE"),
        ),
        (
            "Ann Lee, the president of the Lima Friendship Society, spoke.",
            ("Ann Lee", "president", "Lima Friendship Society", "PE"),
        ),
    ],
)
def test_headline_verbs_particles_and_articles(text: str, expected: tuple[Any, ...]) -> None:
    assert people_of(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Karasu Mayor İshak Sarı followed by video link.", "İshak Sarı"),
        ("Mayor Łukasz Gibała opened the fair.", "Łukasz Gibała"),
        ("Vice Mayor Nguyễn Văn Tùng welcomed them.", "Nguyễn Văn Tùng"),
        ("The speech of Mayor Dvořák Šimon was short.", "Dvořák Šimon"),
    ],
)
def test_names_in_any_latin_alphabet(text: str, name: str) -> None:
    assert [p[0] for p in people_of(text)] == [name]


def test_a_surname_first_name_said_again_by_its_surname_is_one_person() -> None:
    text = "Setouchi Mayor Takehisa Akinari signed the agreement. Mayor Takehisa sang a song."
    assert [p[0] for p in people_of(text)] == ["Takehisa Akinari"]


def test_a_person_without_a_stated_country_takes_the_reports_home_country() -> None:
    text = (
        "Goulburn news\n\nGoulburn council met on Monday. Goulburn will host the guests. "
        "The trip was planned by Ann Lee, the council's director of parks."
    )
    assert people_of(text)[0][3] == "AU"


def test_a_mayor_without_a_named_body_serves_the_reports_city() -> None:
    text = (
        "Goulburn news\n\nGoulburn council met on Monday. Goulburn will host the guests. "
        "The group is led by Mayor Peter Walker."
    )
    found = [p for p in people_of(text) if p[0] == "Peter Walker"]
    assert found and found[0][2] == "Goulburn"


def test_a_clubs_treasurer_serves_the_club_the_report_names_most() -> None:
    text = (
        "Club news\n\nThe Friendship Force of Lansing met in May. The Friendship Force of Lansing "
        "hosted guests from Russia. Thanks to our Treasurer, Bob Sheap, for the accounts."
    )
    found = [p for p in people_of(text) if p[0] == "Bob Sheap"]
    assert found and found[0][2] == "Friendship Force of Lansing"


def test_council_minutes_headed_by_their_city_give_its_members_that_country() -> None:
    text = (
        "MINUTES OF THE PROCEEDINGS OF THE CITY COUNCIL\nOF THE CITY OF BROOKLYN CENTER IN THE "
        "COUNTY OF HENNEPIN\n\nMayor Tim Willson opened the meeting. The council discussed a "
        "sister city with Voinjama, Liberia, and a letter from Liberia's Lofa County. Liberia's "
        "minister wrote to the Liberian community."
    )
    people = extract_records(text, published="2012-06-11", lang="en")["people"]
    assert [(p["name"], p["country"]) for p in people] == [("Tim Willson", "US")]


def test_a_society_named_for_two_countries_gives_no_home_city() -> None:
    text = (
        "NZ-China Friendship Society meets\n\nWELLINGTON, May 29, 2011 (Xinhua) -- The New Zealand "
        "China Friendship Society closed its conference on Sunday. President Dave Bromwich spoke."
    )
    found = extract_records(text, lang="en")
    assert not found.get("failures") and [p["name"] for p in found["people"]] == ["Dave Bromwich"]


def test_an_organiser_is_a_title() -> None:
    text = '"The families are wonderful," said the Council\'s sister city organiser Mia Wade.'
    assert [p[:2] for p in people_of(text)] == [("Mia Wade", "city organiser")]


def test_an_acronym_the_report_defines_names_the_whole_body() -> None:
    text = (
        "The Chinese People's Association for Friendship with Foreign Countries (CPAFFC) hosted"
        " the event.\n\nCPAFFC President Lin Songtian spoke."
    )
    org = "Chinese People's Association for Friendship with Foreign Countries"
    assert ("Lin Songtian", "President", org, "CN") in people_of(text)


def test_a_one_word_place_before_a_title_is_no_person() -> None:
    text = "The new President is Jan Nowak from Poznan, our Polish member town. Consul-General Fukushima spoke."
    names = [p[0] for p in people_of(text)]
    assert "Poznan" not in names
    assert "Fukushima" in names


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Journalist: Mateus Soares", ("Mateus Soares", "journalist", None)),
        ("Photographed by Li Wen", ("Li Wen", "photographer", None)),
        (
            "By Dana Frost, Staff Writer, Port Gazette",
            ("Dana Frost", "Staff Writer", "Port Gazette"),
        ),
    ],
)
def test_more_bylines(byline: str, expected: tuple[Any, ...]) -> None:
    text = "Town news\n\n" + byline + "\n\nThe choir sang in Lyon on Monday."
    assert expected in [p[:3] for p in people_of(text)]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Naomi Kubo, staff writer", ("Naomi Kubo", "staff writer")),
        ("translated by Bruce Ellis", ("Bruce Ellis", "translator")),
    ],
)
def test_bylines_with_a_lowercase_role_and_translators(
    byline: str, expected: tuple[str, str]
) -> None:
    text = "Town news\n\n" + byline + "\n\nThe choir sang in Lyon on Monday."
    assert expected in [p[:2] for p in people_of(text)]


def test_a_role_in_brackets_after_each_name_and_a_surname_like_a_people() -> None:
    text = (
        "Frank Finn (Chair), Anthony Hancock (Secretary) and Janet Walters (Treasurer) were "
        "elected unopposed."
    )
    assert people_of(text) == [
        ("Frank Finn", "Chair", None, None),
        ("Anthony Hancock", "Secretary", None, None),
        ("Janet Walters", "Treasurer", None, None),
    ]


def test_a_lower_case_qualifier_of_a_possessed_title() -> None:
    text = "In early 2014 Lund's international secretary, Georg Heuwing, travelled to Nicaragua."
    assert people_of(text) == [("Georg Heuwing", "international secretary", "Lund", "SE")]
