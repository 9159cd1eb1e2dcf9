"""amity.extract.en.parties: each party's country, the pairs "A and B" name, and the one that
signs among names chained by qualifiers."""

from __future__ import annotations

import pytest

from tests.extract.test_partnerships import brief, ties_of


def test_country_of_a_party_from_of_country() -> None:
    (tie,) = ties_of("In 2015, Goulburn established sister city relations with Shibetsu of Japan.")
    assert tie["b"] == {"name": "Shibetsu", "country": "JP"}


def test_country_of_a_party_after_a_comma() -> None:
    (tie,) = ties_of("On March 28, Riverton signed a sister city agreement with Lakeport, Canada.")
    assert tie["b"] == {"name": "Lakeport", "country": "CA"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fernvale in New South Wales and Minato City in Aichi Prefecture became sister "
            "cities in 1992.",
            ("sister_city", "Fernvale", "Minato City", "1992"),
        ),
        (
            "KAZAN, 4 March 2024 - Kazan and Bordeaux signed a twinning agreement today.",
            ("sister_city", "Kazan", "Bordeaux", "2024-03-04"),
        ),
    ],
)
def test_located_parties_and_datelines(text: str, expected: tuple[str, ...]) -> None:
    assert [brief(t) for t in ties_of(text)] == [expected]


def test_the_report_locates_a_party() -> None:
    body = (
        "The Latvian town of Ozolmuiza has a new partner. "
        "On 2 May 2024 Ozolmuiza signed a twinning agreement with Kesklinna (Estonia)."
    )
    countries = {t["a"]["name"]: t["a"]["country"] for t in ties_of(body)} | {
        t["b"]["name"]: t["b"]["country"] for t in ties_of(body)
    }
    assert countries == {"Ozolmuiza": "LV", "Kesklinna": "EE"}


@pytest.mark.parametrize(
    "body",
    [
        "A new sister city relationship links Adelanto, California, and Hadong County in Korea.",
        "The mayors of Adelanto, California and Hadong County signed a sister city agreement.",
    ],
)
def test_a_state_after_a_city_places_it(body: str) -> None:
    assert [(t["a"]["name"], t["b"]["name"]) for t in ties_of(body)] == [
        ("Adelanto", "Hadong County")
    ]


def test_a_body_without_a_country_takes_its_names_or_the_reports() -> None:
    body = (
        "Beijing news. Xicheng District and the Silicon Valley Innovation Center of the United "
        "States have signed a cooperation agreement in Beijing."
    )
    ties = ties_of(body)
    assert [(t["a"]["country"], t["b"]["country"]) for t in ties] == [("CN", "US")]


def test_a_capital_of_a_province_and_a_highland_city_became_sister_cities() -> None:
    body = (
        "On March 28, Wonju, the capital of Gangwon Province, and the Vietnamese highland city "
        "of Da Lat formally became sister cities."
    )
    assert [brief(t) for t in ties_of(body)] == [("sister_city", "Wonju", "Da Lat", "2019-03-28")]


@pytest.mark.parametrize("aside", [", for instance,", ", for example,", ", too,"])
def test_an_aside_between_a_pair_and_its_verb(aside: str) -> None:
    ties = ties_of(f"Jelgava and Molodechno{aside} are twin towns of long standing.")
    assert [(t["a"]["name"], t["b"]["name"]) for t in ties] == [("Jelgava", "Molodechno")]
