"""amity.extract.en.memberships: bodies that join, belong to or are listed among the members of
a network."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.test_partnerships import brief, ties_of


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Riverton Sister Cities is run by volunteers and is a member of Sister Cities International.",
            [("membership", "Riverton Sister Cities", "Sister Cities International", None)],
        ),
        (
            "Tartu and Lviv are old university towns, and both belong to UNESCO's network of "
            "Cities of Literature.",
            [("membership", "Tartu", "UNESCO", None), ("membership", "Lviv", "UNESCO", None)],
        ),
        ("Her husband, Deputy Mayor Dallas Tout, is a member of the Official Delegation.", []),
        ("Both towns belong to the same district.", []),
        (
            "Osh has been admitted to the Silk Road Heritage Network (SRHN).",
            [("membership", "Osh", "Silk Road Heritage Network (SRHN)", None)],
        ),
        (
            "The Silk Road Heritage Network grew this year.\n\nSamarkand joined in the crafts "
            "category, while Khujand, Osh and Turkistan are also among the members.",
            [
                ("membership", "Samarkand", "Silk Road Heritage Network", None),
                ("membership", "Khujand", "Silk Road Heritage Network", None),
                ("membership", "Osh", "Silk Road Heritage Network", None),
                ("membership", "Turkistan", "Silk Road Heritage Network", None),
            ],
        ),
        (
            "The City Council met on Monday. Visitors from Missoula have joined in marking the "
            "anniversary.",
            [],
        ),
    ],
)
def test_is_a_member_of_and_belongs_to_a_network(body: str, expected: list[Any]) -> None:
    assert [brief(t) for t in ties_of(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The City of Round Rock, Texas, and the Greenville Sister Cities association of South "
            "Carolina joined Sister Cities International in June.",
            {"Round Rock", "Greenville Sister Cities"},
        ),
        (
            "The talks were chaired by Akira Shinoda, president of the Association of Mayors of the "
            "Western Coast, whose members include Niigata, Akita, Joetsu and Maizuru.",
            {"Niigata", "Akita", "Joetsu", "Maizuru"},
        ),
    ],
)
def test_members_named_together(body: str, expected: set[str]) -> None:
    found = {t["a"]["name"] for t in ties_of(body) if t["type"] == "membership"}
    assert found == expected


def test_the_network_a_member_joins_keeps_no_guessed_country() -> None:
    body = "In Beijing the network accepted the Hong Kong Volunteer Association as a member of SIRONET."
    ties = [t for t in ties_of(body) if t["type"] == "membership"]
    assert ties and ties[0]["b"]["country"] is None


def test_a_club_that_is_one_of_a_networks_clubs_has_no_date_of_joining() -> None:
    (tie,) = ties_of(
        "The Durham club, one of the UK clubs of Friendship Force International, met on 3 May."
    )
    assert (tie["type"], tie["date"]) == ("membership", None)


def test_a_roll_of_member_towns_after_a_colon() -> None:
    body = (
        "The conference grew out of the Kent Twin Towns Association (KTA).\n\n"
        "Vejle hosted it this year; today the association has four member towns: Vejle, Ystad, "
        "Kotka and Hamar."
    )
    found = [brief(t) for t in ties_of(body) if t["type"] == "membership"]
    assert sorted(b[1] for b in found) == ["Hamar", "Kotka", "Vejle", "Ystad"]
    assert {b[2] for b in found} == {"Kent Twin Towns Association (KTA)"}
    assert {b[3] for b in found} == {None}


def test_a_month_before_the_joiners_is_no_member() -> None:
    body = "In October, 14 cities in five countries joined Mayors for Peace."
    assert [t for t in ties_of(body) if t["type"] == "membership"] == []


def test_both_towns_are_members_of_the_network() -> None:
    from tests.extract.test_partnerships import ties_of

    body = (
        "OSH, 3 May 2018 - Osh and Bursa signed a sister city protocol.\n\n"
        "Both towns are members of the Union of Turkic Cities, which brings together 300 towns."
    )
    members = {(t["a"]["name"], t["b"]["name"]) for t in ties_of(body) if t["type"] == "membership"}
    assert members == {("Osh", "Union of Turkic Cities"), ("Bursa", "Union of Turkic Cities")}
