"""amity.extract.en.agreements: several documents of one pair, and one more signed "also"."""

from __future__ import annotations

from typing import Any

import pytest

from amity.extract import extract_records

HEAD = "Partner news\n\nDate: 2019-04-02\n\n"


def ties_of(body: str) -> list[tuple[Any, ...]]:
    """Returns (type, a, b, date) of the partnership records of a short report."""
    records = extract_records(HEAD + body, lang="en")["partnerships"]
    return [(t["type"], t["a"]["name"], t["b"]["name"], t["date"]) for t in records]


def test_two_documents_with_their_own_years() -> None:
    body = (
        "Kazan and Bordeaux concluded an agreement on trade in 2004 "
        "and an agreement on student exchange in 2011."
    )
    assert ties_of(body) == [
        ("agreement", "Kazan", "Bordeaux", "2004"),
        ("agreement", "Kazan", "Bordeaux", "2011"),
    ]


def test_two_documents_one_year_stay_one() -> None:
    body = "In 2011, Kazan and Bordeaux signed an agreement on trade and an agreement on sport."
    assert ties_of(body) == [("agreement", "Kazan", "Bordeaux", "2011")]


def test_signers_after_an_opening_cue() -> None:
    body = "The partnership goes back to 12 March 1998, when Kazan and Bordeaux signed a joint declaration."
    assert ties_of(body) == [("agreement", "Kazan", "Bordeaux", "1998-03-12")]


def test_an_agreement_between_the_two_cities_needs_no_verb() -> None:
    body = (
        "Kazan and Bordeaux signed a sister city agreement in 2005. "
        "It was extended on 4 June 2012 by a cultural agreement between the two cities."
    )
    assert ties_of(body) == [
        ("sister_city", "Kazan", "Bordeaux", "2005"),
        ("agreement", "Kazan", "Bordeaux", "2012-06-04"),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "The two mayors also signed a youth exchange pact at the same ceremony.",
        "A separate agreement on sport, signed at the same ceremony, sets up a yearly tournament.",
    ],
)
def test_one_more_document_at_the_same_ceremony(second: str) -> None:
    body = f"Kazan and Bordeaux signed a sister city agreement on 3 May 2018.\n\n{second}"
    assert ties_of(body) == [
        ("sister_city", "Kazan", "Bordeaux", "2018-05-03"),
        ("agreement", "Kazan", "Bordeaux", "2018-05-03"),
    ]


def test_a_protocol_of_a_meeting_is_no_document_of_the_pair() -> None:
    body = (
        "Kazan and Bordeaux signed a sister city agreement on 3 May 2018.\n\n"
        "The protocol of the council's meeting and other papers were also signed."
    )
    assert ties_of(body) == [("sister_city", "Kazan", "Bordeaux", "2018-05-03")]


def test_an_aside_between_the_two_parties() -> None:
    body = (
        "Kazan, in the heart of the country, and Bordeaux first put their cooperation "
        "on paper in 1999 with a trade pact."
    )
    assert ties_of(body) == [("agreement", "Kazan", "Bordeaux", "1999")]


def test_a_pair_after_a_colon_is_a_clause_of_its_own() -> None:
    body = (
        "Ohio, one of the states that sent delegates, is home to one of the oldest pairs: "
        "Columbus and Dresden became sister cities in May 1988."
    )
    assert ties_of(body) == [("sister_city", "Columbus", "Dresden", "1988-05")]


def test_resolved_to_develop_ties_is_no_tie() -> None:
    body = (
        "Kazan and Bordeaux hosted a forum.\n\nAt its close the delegates resolved to develop "
        "twinning relations between the two countries."
    )
    assert ties_of(body) == []


def test_an_office_of_international_relations_links_nothing() -> None:
    body = (
        "Leeds became a sister city of Dortmund in 1969.\n\n"
        "Contact: International Relations Office, Leeds City Council"
    )
    assert ties_of(body) == [("sister_city", "Dortmund", "Leeds", "1969")]


def test_a_metropolitan_city_restated_is_one_tie() -> None:
    body = (
        "Incheon signs sister city agreement with Leipzig\n\n"
        "Incheon Metropolitan City announced on 3 May 2019 that it had signed a sister city "
        "agreement with Leipzig the day before."
    )
    assert ties_of(body) == [("sister_city", "Incheon", "Leipzig", "2019-05-02")]


PAIRS = (
    "Four towns twinned\n\nDate: 2021-06-09\n\n"
    "Four towns of Slovakia have entered into twin town relations with towns of Austria.\n\n"
    "The new pairs are as follows:\n\n"
    "- Trnava and Krems;\n"
    "- the town of Nitra and the town of Melk in Lower Austria;\n"
    "- Zilina and Steyr.\n"
)


def test_bulleted_pairs_under_a_lead_of_pairs() -> None:
    found = extract_records(PAIRS, lang="en")["partnerships"]
    assert [(t["a"]["name"], t["b"]["name"], t["date"]) for t in found] == [
        ("Trnava", "Krems", "2021-06-09"),
        ("Nitra", "Melk", "2021-06-09"),
        ("Zilina", "Steyr", "2021-06-09"),
    ]


def test_bulleted_tasks_naming_two_bodies_are_no_pairs() -> None:
    text = (
        "City plan\n\nThe sister city office set out the following:\n\n"
        "- Offering services for guests at the new hall of the Leeds Civic Trust and the Dortmund Forum;\n"
    )
    assert extract_records(text, lang="en")["partnerships"] == []
