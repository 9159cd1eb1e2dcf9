"""amity.extract.en.figure_ranks: counts told as ranks ("El Paso's third sister city", "the
third aid shipment Tallinn has sent")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.test_figures import figures_of


def test_a_rank_after_an_owner_counts_its_sister_cities() -> None:
    (fig,) = figures_of("Chihuahua City becomes El Paso's third sister city.")
    assert (fig["subject"], fig["metric"], fig["value"]) == ("El Paso", "sister cities", 3)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "It was the fifth aid convoy the city of Tartu has sent to Sumy since 2022.",
            ("Tartu", "aid convoys sent", 5),
        ),
        (
            "The school said it was the 12th group Seward has hosted.",
            ("Seward", "groups hosted", 12),
        ),
    ],
)
def test_a_rank_of_what_a_body_has_done_counts_it(body: str, expected: tuple[Any, ...]) -> None:
    found = [(f["subject"], f["metric"], f["value"]) for f in figures_of(body)]
    assert expected in found


def test_a_rank_and_the_count_it_restates_are_one_figure() -> None:
    body = (
        "The team is the 21st that Hebei has sent to the country. "
        "Hebei has so far dispatched 21 medical teams to the DRC."
    )
    assert [f["value"] for f in figures_of(body)].count(21) == 1


def test_a_bare_twin_ranked_for_its_owner() -> None:
    from tests.extract.test_figures import figures_of

    found = figures_of("Osh is the fourth foreign twin for Arkadag.")
    assert [(f["subject"], f["metric"], f["value"]) for f in found] == [
        ("Arkadag", "twin cities", 4)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Suwon becomes Tomsk's 9th friendly cooperation city.", ("Tomsk", 9)),
        (
            "It is the fourth agreement the Tula Region has concluded with a Serbian region.",
            ("Tula Region", 4),
        ),
    ],
)
def test_ranks_of_cooperation_cities_and_agreements(body: str, expected: tuple[str, int]) -> None:
    from tests.extract.test_figures import figures_of

    assert [(f["subject"], f["value"]) for f in figures_of(body)] == [expected]
