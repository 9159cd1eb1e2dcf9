"""amity.extract.en.own_ties: the place a party is tied to by a sentence's own words ("its sister
city B", "B would be A's tenth sister city"), and the report's own city's ties."""

from __future__ import annotations

from typing import Any

import pytest

from amity.extract import extract_records
from tests.extract.test_partnerships import brief, ties_of


def test_a_visit_to_its_sister_city_names_the_tie_without_dating_it() -> None:
    body = (
        "On 3 May a delegation from Kazan visited its sister city Bordeaux, France. "
        "Kazan and the city of Bordeaux signed their sister city agreement in 2011."
    )
    assert [brief(t) for t in ties_of(body)] == [("sister_city", "Kazan", "Bordeaux", "2011")]


def test_ours_and_becoming_a_sister_city() -> None:
    body = (
        "Kazan welcomed many guests this week. Kazan is proud of them.\n\n"
        "Today delegations of our sister cities are here: Bordeaux (France), Braunschweig "
        "(Germany). Nagato would be Kazan's tenth sister city."
    )
    assert {(t["a"]["name"], t["b"]["name"]) for t in ties_of(body)} == {
        ("Kazan", "Bordeaux"),
        ("Kazan", "Braunschweig"),
        ("Kazan", "Nagato"),
    }


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Officials from Kazan have been visiting Bordeaux, their sister city in France, "
            "since Monday.",
            ("Kazan", "Bordeaux"),
        ),
        (
            "Kazan's other sister city is Bordeaux in France, linked since 1983.",
            ("Kazan", "Bordeaux"),
        ),
        (
            "A delegation from Nancy, which is twinned with Karlsruhe, also came to Kazan.",
            ("Nancy", "Karlsruhe"),
        ),
        (
            "On 2 May the twinning agreement between Ashwell and Cuincy was signed.",
            ("Ashwell", "Cuincy"),
        ),
    ],
)
def test_ties_in_appositions(body: str, pair: tuple[str, str]) -> None:
    assert [(t["a"]["name"], t["b"]["name"]) for t in ties_of(body)] == [pair]


def test_the_nth_sister_region_and_the_others_listed_after_it() -> None:
    body = (
        "Kochi is the fifth overseas sister region of South Jeolla; the province's other four "
        "are Oregon and Missouri in the United States."
    )
    pairs = {(t["a"]["name"], t["b"]["name"]) for t in ties_of(body)}
    assert pairs == {
        ("South Jeolla", "Kochi"),
        ("South Jeolla", "Oregon"),
        ("South Jeolla", "Missouri"),
    }


def test_an_owner_in_s_apostrophe_and_the_year_since() -> None:
    body = "Some 40 students from Guilin, Hastings' sister city in China since 1981, came."
    assert [brief(t) for t in ties_of(body)] == [("sister_city", "Hastings", "Guilin", "1981")]


def test_the_city_of_a_mayor_named_before_one_of_its_owners_sister_cities() -> None:
    body = (
        "The mayor flew to Japan at the invitation of Mayor Kenji Ota of Sendai City, "
        "one of Riverton's sister cities."
    )
    assert [brief(t) for t in ties_of(body)] == [("sister_city", "Riverton", "Sendai City", None)]


def test_our_link_with_a_town_ties_it_to_the_reports_own_city() -> None:
    text = (
        "Frankston friends meet\n\nDate: 2001-10-01\n\nFrankston members met in Frankston on "
        "Sunday. The Frankston committee thanked Frankston Council for its support of our "
        "Sister City link with Nelson, New Zealand."
    )
    ties = extract_records(text, lang="en")["partnerships"]
    assert [brief(t) for t in ties] == [("sister_city", "Frankston", "Nelson", None)]


def test_our_sister_city_belongs_to_the_city_the_headers_association_is_named_for() -> None:
    text = (
        "A busy spring for Sister Cities Newport News\n\nSister Cities Newport News - Newsletter\n"
        "Posted April 4, 2016\n\nVisitors from Neyagawa filled the month. Neyagawa students met "
        "Neyagawa teachers. Close behind came the delegation from our oldest sister city, "
        "Neyagawa, which stayed a week."
    )
    ties = extract_records(text, lang="en")["partnerships"]
    assert [brief(t)[:3] for t in ties] == [("sister_city", "Newport News", "Neyagawa")]


HOME = "Ulsan to host partner cities\n\nULSAN, Sept. 1 (Yonhap) -- The southeastern city of Ulsan will host guests from its partner cities this week.\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ulsan will also welcome six veterans from Portland, Oregon, its sister city since"
            " 1987.",
            ("sister_city", "Ulsan", "Portland", "1987"),
        ),
        (
            "The city has invited reporters from its friendship city of Niigata, Japan, to cover"
            " the festival.",
            ("sister_city", "Ulsan", "Niigata", None),
        ),
        (
            "Contacts are also continuing with Kurashiki, the twin city in Japan's Okayama"
            " Prefecture.",
            ("sister_city", "Ulsan", "Kurashiki", None),
        ),
    ],
)
def test_a_twin_in_apposition_is_the_report_citys_own(
    sentence: str, expected: tuple[Any, ...]
) -> None:
    ties = extract_records(HOME + sentence, published="2013-09-01", lang="en")["partnerships"]
    assert [brief(t) for t in ties] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The mayor of Priverno, Wallenhorst's Italian partner municipality since 2008, came.",
            [("sister_city", "Wallenhorst", "Priverno", "2008")],
        ),
        (
            "Shinmachi has been our sister city since the agreement was signed in June.",
            [("sister_city", "Roseville", "Shinmachi", "1996-06")],
        ),
        ("Cartago would also like an agreement between the schools.", []),
        ("Over the fortnight our guests joined English lessons and art classes.", []),
    ],
)
def test_partner_municipalities_our_sister_city_and_wishes(
    sentence: str, expected: list[tuple[Any, ...]]
) -> None:
    text = "Roseville Sister City Committee\nMinutes, December 1996\n\n" + sentence
    ties = extract_records(text, published="1996-12-10", lang="en")["partnerships"]
    assert [brief(t) for t in ties] == expected


def test_guests_from_twin_town_name_the_reports_own_tie() -> None:
    body = (
        "Royston welcomes German guests\n\nRoyston rang with German voices as guests from "
        "twin town Grossalmerode arrived. Royston has many friends there."
    )
    found = extract_records("Royston news\n\nDate: 2024-04-30\n\n" + body, lang="en")
    assert [brief(t)[:3] for t in found["partnerships"]] == [
        ("sister_city", "Royston", "Grossalmerode")
    ]
