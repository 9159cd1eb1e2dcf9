"""Tests of organization names: acronyms, initials, kinds, countries."""

from __future__ import annotations

import pytest

from amity.registry.gazetteer import Gazetteer
from amity.registry.orgs import (
    country_of,
    expands,
    initials,
    is_acronym,
    kind_of,
    known_names,
    split_acronym,
)

CPAFFC = "Chinese People's Association for Friendship with Foreign Countries"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "Silk Road NGO Cooperation Network (SIRONET)",
            ("Silk Road NGO Cooperation Network", "SIRONET"),
        ),
        (
            "United Nations Development Programme [UNDP]",
            ("United Nations Development Programme", "UNDP"),
        ),
        ("Friends of Rybinsk (Russia)", ("Friends of Rybinsk (Russia)", None)),
        ("Harbour Youth Club", ("Harbour Youth Club", None)),
    ],
)
def test_split_acronym(name: str, expected: tuple[str, str | None]) -> None:
    assert split_acronym(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [(CPAFFC, "CPAFFC"), ("All-China Youth Federation", "ACYF"),
     ("China International Center for Economic and Technical Exchanges", "CICETE")],
)  # fmt: skip
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected
    assert expands(expected, name)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("CPAFFC", True), ("UN", True), ("Office", False), ("A", False), ("Wuhan", False)],
)
def test_is_acronym(name: str, expected: bool) -> None:
    assert is_acronym(name) is expected


def test_two_letters_are_too_few_to_expand() -> None:
    assert not expands("UN", "United Nations")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        (CPAFFC, "friendship"),
        ("People's Government of Shaanxi Province", "government"),
        ("Ministry of Commerce", "government"),
        ("Sichuan Provincial NGO Network for International Exchanges", "ngo"),
        ("Red Cross Society of China", "ngo"),
        ("Beijing Foreign Studies University", "school"),
        ("Xinhua News Agency", "media"),
        ("CGCOC Group", "company"),
        ("United Nations Industrial Development Organization", "international"),
        ("Shanghai Cooperation Organization", "international"),
        ("Riverside Choir", None),
    ],
)
def test_kind_of(name: str, kind: str | None) -> None:
    assert kind_of(name) == kind


@pytest.mark.parametrize(
    ("name", "country"),
    [
        (CPAFFC, "CN"),
        ("Cambodia Journalists Club", "KH"),
        ("Beijing Foreign Studies University", "CN"),
        ("Bangladesh-China Association for People's Friendship", None),
        ("Silk Road NGO Cooperation Network", None),
    ],
)
def test_country_of(name: str, country: str | None) -> None:
    assert country_of(name, Gazetteer.load()) == country


def test_known_names_by_acronym_and_full_name() -> None:
    table = known_names()
    assert table["cpaffc"].name == CPAFFC
    assert table["sironet"] is table["silk road ngo cooperation network"]
    assert (table["cpaffc"].kind, table["cpaffc"].country) == ("friendship", "CN")
