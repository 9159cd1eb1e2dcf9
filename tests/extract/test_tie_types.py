"""amity.extract.en.tie_types: which partnership a sentence speaks of."""

from __future__ import annotations

import pytest

from amity.extract.en.tie_types import tie_type
from tests.extract.test_partnerships import brief, ties_of


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("They became twin towns in 1970.", "sister_city"),
        ("the friendship city relationship", "sister_city"),
        ("two friendly schools", "school"),
        ("They signed a memorandum on trade.", "agreement"),
        ("a draft memorandum on trade", None),
        ("a concert in the park", None),
    ],
)
def test_tie_type(sentence: str, kind: str | None) -> None:
    assert tie_type(sentence) == kind


def test_partners_named_after_a_possessive_in_a_report_on_twinning() -> None:
    body = (
        "Tartu and Lviv become sister cities\n\nTartu signed a sister city agreement with Lviv."
        "\n\nThe mayors spoke.\n\nAmong Tartu's older partners are Italy's Ferrara and "
        "Sweden's Uppsala."
    )
    found = [brief(t) for t in ties_of(body)]
    assert ("sister_city", "Tartu", "Ferrara", None) in found
    assert ("sister_city", "Tartu", "Uppsala", None) in found


def test_the_act_a_twinning_began_with_is_the_tie_not_another_agreement() -> None:
    body = (
        "Lakeport is one of Riverton's twelve partner cities. The partnership began on 30 April "
        "1993, when Riverton and Lakeport signed a joint statement on cooperation."
    )
    assert [brief(t) for t in ties_of(body)] == [
        ("sister_city", "Riverton", "Lakeport", "1993-04-30")
    ]


SISTER = "Osaka and Chicago are sister cities. "


@pytest.mark.parametrize(
    ("body", "pairs"),
    [
        (
            "Sioux City and Yamanashi made their partnership official on Nov. 6, 2003.",
            [("Sioux City", "Yamanashi")],
        ),
        (
            "The first of these ties, between St. Paul, Minnesota, and Nagasaki, dates from 1955.",
            [("St. Paul", "Nagasaki")],
        ),
        (
            "Other pairs include Magadan and Anchorage, Yakutsk and Fairbanks.",
            [("Magadan", "Anchorage"), ("Yakutsk", "Fairbanks")],
        ),
        ("Bry had its own partnership with Moosburg.", [("Bry", "Moosburg")]),
        ("The Osaka Chamber of Commerce has a partnership with Chicago University.", []),
    ],
)
def test_links_between_places_in_a_sister_city_report(
    body: str, pairs: list[tuple[str, str]]
) -> None:
    found = [(t["a"]["name"], t["b"]["name"]) for t in ties_of(SISTER + body)]
    assert found[1:] == pairs


def test_link_words_alone_make_no_tie_outside_a_sister_city_report() -> None:
    assert ties_of("Bry had its own partnership with Moosburg.") == []
