"""amity.extract.en.tie_dates: the date a sentence, the next sentences or the report give a tie,
and the dates of the ties of a list."""

from __future__ import annotations

from typing import Any

import pytest

from amity.extract import extract_records
from tests.extract.test_partnerships import brief, ties_of


def test_a_signing_dated_by_the_next_sentence_or_the_report() -> None:
    signed_later = (
        "Kazan and Bordeaux have signed a twinning agreement. "
        "The document was signed in Bordeaux on 8 March."
    )
    assert [t["date"] for t in ties_of(signed_later)] == ["2019-03-08"]
    news = "Kazan and Bordeaux have signed a twinning agreement."
    assert [t["date"] for t in ties_of(news)] == ["2019-04-02"]


def test_a_headline_tie_takes_the_signing_date_the_body_gives() -> None:
    text = (
        "Izhevsk and Xining become twin cities\n\nThe mayors met at the tulip festival. "
        "Talks went well. The agreement was signed in Xining on Monday, May 13, 2002."
    )
    ties = extract_records(text, lang="en")["partnerships"]
    assert [brief(t) for t in ties] == [("sister_city", "Izhevsk", "Xining", "2002-05-13")]


def test_a_list_of_ties_is_not_dated_by_the_event_before_it() -> None:
    body = (
        "On 9 September the mayor of Murmansk visited Harbin. The other sister cities of "
        "Murmansk are Rovaniemi (Finland) and Lulea (Sweden)."
    )
    assert {t["date"] for t in ties_of(body)} == {None}


def test_the_news_tie_takes_the_date_of_its_signing() -> None:
    text = (
        "South Jeolla and Kochi become sister regions\n\nDate: 2016-11-01\n\nKochi is the "
        "fifth sister region of South Jeolla. The two governors signed the sister-relationship "
        "agreement on 31 October at a ceremony in Muan."
    )
    ties = extract_records(text, lang="en")["partnerships"]
    assert {t["date"] for t in ties} == {"2016-10-31"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Tiznit, a market town in southern Morocco, became Somerville's fourth sister city "
            "in December 2010.",
            [("sister_city", "Somerville", "Tiznit", "2010-12")],
        ),
        (
            "A little history: Musselburgh signed its twinning agreement with Champigny in 1961, "
            "and in 1983 added a second link with Rosignano.",
            [
                ("sister_city", "Musselburgh", "Champigny", "1961"),
                ("sister_city", "Musselburgh", "Rosignano", "1983"),
            ],
        ),
        (
            "Chuncheon, the capital of Gangwon Province, signed a sisterhood agreement with "
            "Da Lat on 21 December.",
            [
                ("sister_city", "Chuncheon", "Da Lat", "2018-12-21")
            ],  # before the report of 2019-04-02
        ),
    ],
)
def test_appositions_lead_ins_and_dates_of_listed_ties(body: str, expected: list[Any]) -> None:
    assert [brief(t) for t in ties_of(body)] == expected


def test_undated_items_of_a_dated_list_stay_undated() -> None:
    body = (
        "Christchurch has sister city relationships with three cities: Adelaide in Australia, "
        "linked with Christchurch since 1972; Kurashiki in Japan; and Seattle in the United States."
    )
    assert [(t["b"]["name"], t["date"]) for t in ties_of(body)] == [
        ("Adelaide", "1972"),
        ("Kurashiki", None),
        ("Seattle", None),
    ]


@pytest.mark.parametrize(
    "recalled",
    [
        "the twinning became official in 1972.",
        "the partnership was established in 1972.",
        "the relationship dates back to 1972.",
    ],
)
def test_when_the_reports_tie_began_said_without_its_parties(recalled: str) -> None:
    text = (
        "Celle and Meaux mark fifty years\n\nDate: 2022-06-01\n\nCelle and its French partner "
        f"town Meaux celebrated the jubilee. The mayor recalled that the first contacts came in "
        f"1969, and {recalled}"
    )
    found = extract_records(text, lang="en")["partnerships"]
    assert [brief(t) for t in found] == [("sister_city", "Celle", "Meaux", "1972")]


def test_a_tie_concluded_as_early_as_a_year() -> None:
    found = ties_of(
        "A delegation from the Russian friendship town of Tosno is visiting Loviisa.\n\n"
        "The friendship between Loviisa and Tosno was concluded as early as 1961."
    )
    assert [t["date"] for t in found] == ["1961"]
