"""amity.extract.en.tie_phrases and the list phrases of partnerships: ties told in set phrases."""

from __future__ import annotations

from typing import Any

import pytest

from amity.extract import extract_records

HEAD = "Twin town news\n\nDate: 2018-03-01\n\nLinz has 12 twin towns.\n\n"


def ties_of(body: str) -> list[tuple[Any, ...]]:
    """Returns (type, a, b, date) of the partnership records of a short report about Linz."""
    records = extract_records(HEAD + body, lang="en")["partnerships"]
    return [(t["type"], t["a"]["name"], t["b"]["name"], t["date"]) for t in records]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The first city to twin with Linz was Linköping, in 1995.", ("Linz", "Linköping", "1995")),
        ("The Gabrovo tie goes back to 1971.", ("Linz", "Gabrovo", "1971")),
        ("Its link with Kharkiv dates from 1983, the council says.", ("Linz", "Kharkiv", "1983")),
    ],
)
def test_set_phrases(body: str, expected: tuple[str, str, str]) -> None:
    assert ties_of(body) == [("sister_city", *expected)]


def test_among_the_partners_named() -> None:
    body = "Among the partners he named were Tampere in Finland and Nanning in China."
    assert [t[1:3] for t in ties_of(body)] == [("Linz", "Tampere"), ("Linz", "Nanning")]


def test_a_list_after_status_with_ends_at_a_new_predicate() -> None:
    body = (
        "The city also holds sister-city status with Tampere, Finland, and Nanning, China, "
        "and is a member of the Danube Cities Network."
    )
    records = extract_records(HEAD + body, lang="en")["partnerships"]
    assert [(t["type"], t["a"]["name"], t["b"]["name"]) for t in records] == [
        ("sister_city", "Linz", "Tampere"),
        ("sister_city", "Linz", "Nanning"),
        ("membership", "Linz", "Danube Cities Network"),
    ]


def test_the_list_of_a_citys_twins() -> None:
    body = "The list of Linz's twins also includes Tampere and Nanning."
    assert [t[2] for t in ties_of(body)] == ["Tampere", "Nanning"]


def test_twins_expected_to_join_are_no_ties() -> None:
    body = "Gabrovo, Kharkiv and Tampere are expected to join the list of Linz's twin towns."
    assert ties_of(body) == []


def test_a_capitalized_town_opening_a_lead() -> None:
    text = (
        "Twinning news\n\nPosted 8 May 2024\n\n"
        "HALESWORTH has welcomed visitors from its French twin town, Bouchemaine, to mark "
        "the anniversary of the twinning between the two towns."
    )
    found = extract_records(text, lang="en")["partnerships"]
    assert [(t["a"]["name"], t["b"]["name"]) for t in found] == [("Halesworth", "Bouchemaine")]


def test_a_town_and_its_twin_towns() -> None:
    body = "Teams from Gabrovo and its twin towns Kharkiv, Tampere and Nanning will compete."
    assert [t[1:3] for t in ties_of(body)] == [
        ("Gabrovo", "Kharkiv"),
        ("Gabrovo", "Tampere"),
        ("Gabrovo", "Nanning"),
    ]


def test_linked_in_friendship_with() -> None:
    body = "It has also been linked in friendship with Kharkiv since 1997."
    assert ties_of(body) == [("sister_city", "Linz", "Kharkiv", "1997")]


def test_belongs_to_an_international_body() -> None:
    body = "The Linz Twinning Society runs the programme. The Linz Twinning Society belongs to Sister Cities International."
    records = extract_records(HEAD + body, lang="en")["partnerships"]
    assert [(t["type"], t["b"]["name"]) for t in records] == [
        ("membership", "Sister Cities International")
    ]


def test_a_place_that_locates_a_partner_is_no_partner() -> None:
    body = (
        "Linz has been twinned with Saint-Maur-des-Fossés near Paris since 1980, "
        "and with Trebbin, south of Berlin, since 1994."
    )
    assert [t[2:] for t in ties_of(body)] == [
        ("Saint-Maur-des-Fossés", "1980"),
        ("Trebbin", "1994"),
    ]


def test_a_person_named_in_a_headline_is_no_party() -> None:
    text = (
        "Ivan Petrov receives delegation from partner city Wels\n\nDate: 2017-11-28\n\n"
        "Mayor of Krasnodar Ivan Petrov met the guests from Wels on Monday."
    )
    found = extract_records(text, lang="en")["partnerships"]
    assert all("Petrov" not in t["a"]["name"] + t["b"]["name"] for t in found)


def test_the_two_cities_are_two_places_not_two_companies() -> None:
    body = (
        "Talks between Acme Tractors and Linz Bakery No. 5 went well.\n\n"
        "In Gabrovo the two cities concluded a twinning agreement."
    )
    assert all("Acme" not in t[1] + t[2] for t in ties_of(body))


@pytest.mark.parametrize(
    "sentence",
    [
        "Three students from Kharkiv, in eastern Ukraine, one of Linz's sister cities, arrived.",
        "Students from Kharkiv, in Eastern Ukraine, one of Linz's twin towns, arrived.",
        "Pupils from Nanning City in Guangxi Province, China, Linz's twin town, spent a week here.",
    ],
)
def test_where_a_partner_lies_before_whose_partner_it_is(sentence: str) -> None:
    assert [t[1:3] for t in ties_of(sentence)][-1][1] in ("Kharkiv", "Nanning City")


def test_an_officers_note_is_no_party() -> None:
    body = (
        "Officer's background note: Kharkiv, in Ukraine, has been a sister city of Linz since 1983."
    )
    assert all("Officer" not in t[1] + t[2] for t in ties_of(body))


def test_the_two_are_the_visitors_city_and_the_place_they_were_in() -> None:
    body = (
        "A delegation from Linz visited Nanning and Guilin.\n\n"
        "The delegation went first to Tampere, where the two cities signed a friendship agreement.\n\n"
        "The next day, in Kharkiv, the two sides signed an agreement on culture."
    )
    assert [t[1:3] for t in ties_of(body)][-2:] == [("Linz", "Tampere"), ("Linz", "Kharkiv")]


def test_which_is_already_paired_with_a_list() -> None:
    body = (
        "Ulsan becomes the sixth partner of Kobe, which is already paired with Seattle in the "
        "United States, Marseille in France and Tianjin in China."
    )
    assert sorted(t[1:3] for t in ties_of(body) if t[2] != "Ulsan") == [
        ("Kobe", "Marseille"),
        ("Kobe", "Seattle"),
        ("Kobe", "Tianjin"),
    ]


def test_which_is_twinned_with_one_ends_at_the_next_clause() -> None:
    body = "A group from Nancy, which is twinned with Karlsruhe, also came to Krasnodar."
    assert [t[1:3] for t in ties_of(body)] == [("Nancy", "Karlsruhe")]


def test_the_town_with_which_a_town_is_also_twinned() -> None:
    body = "Guests came from Bocholt, the German town in Westphalia with which Rossendale is also twinned."
    assert [t[1:3] for t in ties_of(body)] == [("Rossendale", "Bocholt")]


def test_a_partner_with_which_the_capital_has_been_linked_since() -> None:
    body = (
        "One of its oldest partners is Graz, with which the Austrian city has been linked by an "
        "agreement on culture since 1985."
    )
    assert ("sister_city", "Linz", "Graz", "1985") in ties_of(body)


def test_a_second_partner_town_named_after_a_comma() -> None:
    body = "Linz has a second partner town north of the Alps, Regensburg in Bavaria."
    assert ("sister_city", "Linz", "Regensburg", None) in ties_of(body)


def test_lines_of_an_owner_and_its_partners() -> None:
    body = (
        "The list of twin towns in the district is long:\n"
        "- city of Steyr: Kettering (England), Plauen and Eisenerz (Styria);\n"
        "- Moshi Trip: Ann Lee reported that the trip to Moshi is on hold."
    )
    found = [t[1:3] for t in ties_of(body)]
    assert {("Steyr", "Kettering"), ("Steyr", "Plauen"), ("Steyr", "Eisenerz")} <= set(found)
    assert not [f for f in found if "Moshi" in f[0] or "Moshi" in f[1]]
