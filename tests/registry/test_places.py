"""Tests of amity.registry.places: names as reports write them, resolved with the gazetteer."""

from __future__ import annotations

import pytest

from amity.registry.places import PlaceResolver, Resolved, clean, typos


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver.load()


def where(found: Resolved) -> tuple[str | None, str | None, str | None]:
    """Returns (place name, country, province) of a resolution that found a gazetteer place."""
    assert found.place is not None, found
    return found.place.name, found.place.country, found.place.admin1_name


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        # the places of the seeds, as the extraction writes them
        ("Rybinsk City", "RU", ("Rybinsk", "RU", "Yaroslavl Oblast")),
        ("Chongzuo City of Guangxi Zhuang Autonomous Region", "CN", ("Chongzuo", "CN", "Guangxi")),
        ("Changning District of Shanghai", "CN", ("Changning", "CN", "Shanghai")),
        ("Suifenhe City, Heilongjiang Province", None, ("Suifenhe", "CN", "Heilongjiang")),
        ("Xining", None, ("Xining", "CN", "Qinghai")),
        ("Beijing", "CN", ("Beijing", "CN", "Beijing")),
        # countries given as names, in a trailing phrase, or possessive
        ("Rybinsk City of Russia", None, ("Rybinsk", "RU", "Yaroslavl Oblast")),
        ("Russia's Rybinsk", None, ("Rybinsk", "RU", "Yaroslavl Oblast")),
        ("Perth, Scotland", None, ("Perth", "GB", "Scotland")),
        ("Perth", "Australia", ("Perth", "AU", "Western Australia")),
        ("Tokyo \u2013 Shinjuku", "Japan", ("Shinjuku", "JP", "Tokyo")),
        ("Bogota", None, ("Bogot\u00e1", "CO", "Bogota D.C.")),
        ("Gwadar Port", "PK", ("Gwadar", "PK", "Balochistan")),
        ("Chaoyang", "CN", ("Chaoyang", "CN", "Liaoning")),
        ("Kiev", "UA", ("Kyiv", "UA", "Kyiv City")),
        ("the City of Wuhan (Hubei)", None, ("Wuhan", "CN", "Hubei")),
    ],
)
def test_names_resolve_to_places(
    resolver: PlaceResolver, name: str, country: str | None, expected: tuple[str, str, str]
) -> None:
    assert where(resolver.resolve(name, country)) == expected


@pytest.mark.parametrize(
    ("context", "expected"),
    [((), "AU"), (("GB",), "GB"), (("AU", "GB"), "AU"), (("FR", "GB"), "GB")],
)
def test_ambiguous_name_goes_to_a_context_country_then_the_most_populous(
    resolver: PlaceResolver, context: tuple[str, ...], expected: str
) -> None:
    found = resolver.resolve("Perth", None, context)
    assert found.place is not None and found.place.country == expected


@pytest.mark.parametrize(
    ("name", "country", "parent", "part"),
    [
        ("Minsk Soviet District", "BY", "Minsk", "Soviet District"),
        ("Minsk Soviet District of Belarus", None, "Minsk", "Soviet District"),
        ("Xicheng District of Beijing", None, "Beijing", "Xicheng District"),
        ("Dongcheng District, Beijing", "CN", "Beijing", "Dongcheng District"),
        # districts of the packaged table of parts, with or without their parent
        ("Xicheng District", "CN", "Beijing", "Xicheng District"),
        ("Shijingshan District", None, "Beijing", "Shijingshan District"),
        ("Central District", "BY", "Minsk", "Central District"),
    ],
)
def test_parts_the_gazetteer_lacks_attach_to_the_parent_given(
    resolver: PlaceResolver, name: str, country: str | None, parent: str, part: str
) -> None:
    found = resolver.resolve(name, country)
    assert found.place is None and found.parent is not None
    assert (found.parent.name, found.part) == (parent, part)
    assert found.coordinates == (found.parent.lat, found.parent.lon)
    assert found.found


@pytest.mark.parametrize(
    ("name", "country"),
    [("Pogranic Nei", "RU"), ("Africa", None), ("Mainland", None), ("Social Governance", None),
     ("Soviet District", None), ("", None)],
)  # fmt: skip
def test_unknown_names_stay_unresolved(
    resolver: PlaceResolver, name: str, country: str | None
) -> None:
    found = resolver.resolve(name, country)
    assert not found.found and found.coordinates is None
    assert found.written == name


def test_same_named_place_elsewhere_is_not_taken_for_the_part_of_a_parent(
    resolver: PlaceResolver,
) -> None:
    # GeoNames has a Dongcheng far from Beijing; the text says it is Beijing's.
    found = resolver.resolve("Dongcheng District, Beijing", "CN")
    assert found.parent is not None and found.parent.name == "Beijing"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  the City of Wuhan ", "City of Wuhan"),
        ("Winsen (Luhe)", "Winsen"),
        ('"Rybinsk",', "Rybinsk"),
    ],
)
def test_clean(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_misspelt_country_names_give_the_country(resolver: PlaceResolver) -> None:
    assert resolver.country_code("Phillipines") == "PH"
    assert resolver.country_code("Georgia (country)") == "GE"
    assert resolver.country_code("England, United Kingdom") == "GB"


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [("Rybinks", "RU", "Rybinsk"), ("Chongzou", "CN", "Chongzuo"), ("Manchestr", "GB", "Manchester"),
     ("Gothenberg", "Sweden", "Gothenburg")],
)  # fmt: skip
def test_misspelt_names_in_a_known_country(
    resolver: PlaceResolver, name: str, country: str, expected: str
) -> None:
    assert where(resolver.resolve(name, country))[0] == expected


@pytest.mark.parametrize(
    ("name", "country", "fuzzy"),
    [("Rybinks", None, True), ("Rybinks", "RU", False), ("Nowhereville", "CH", True)],
)
def test_no_spelling_guess_without_a_country_or_when_off(
    resolver: PlaceResolver, name: str, country: str | None, fuzzy: bool
) -> None:
    assert resolver.resolve(name, country, fuzzy=fuzzy).place is None


@pytest.mark.parametrize(
    ("a", "b", "edits"),
    [
        ("rybinks", "rybinsk", 1),
        ("chongzou", "hongzhou", 2),
        ("kitten", "sitting", 3),
        ("", "ab", 2),
    ],
)
def test_typos(a: str, b: str, edits: int) -> None:
    assert typos(a, b) == edits == typos(b, a)
