"""Tests of amity.registry.gazetteer on the packaged GeoNames gazetteer."""

from __future__ import annotations

import pytest

from amity.registry.gazetteer import Gazetteer, Place, compact, distance_km, stripped_keys


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def near(place: Place | None, lat: float, lon: float, km: float = 60.0) -> bool:
    """Returns True if place lies within km of (lat, lon)."""
    assert place is not None and place.lat is not None and place.lon is not None
    return distance_km((place.lat, place.lon), (lat, lon)) < km


@pytest.mark.parametrize(
    ("name", "country", "expected_country", "lat", "lon"),
    [
        ("Perth", "AU", "AU", -31.95, 115.86),
        ("Perth", "GB", "GB", 56.40, -3.43),
        ("Perth", None, "AU", -31.95, 115.86),
        ("Perth", "Australia", "AU", -31.95, 115.86),
        ("Chongzuo", None, "CN", 22.38, 107.37),
        ("Changning", "CN", "CN", 31.22, 121.42),
        ("Rybinsk", None, "RU", 58.05, 38.84),
        ("Wuhan", None, "CN", 30.58, 114.27),
        ("Xining", None, "CN", 36.62, 101.76),
        ("Minsk", None, "BY", 53.90, 27.57),
        ("Suifenhe", None, "CN", 44.40, 131.15),
        ("Bordeaux", None, "FR", 44.84, -0.58),
        ("Pittsburgh", None, "US", 40.44, -80.00),
        ("Kyiv", None, "UA", 50.45, 30.52),
        ("Kiev", None, "UA", 50.45, 30.52),
        ("Ōita", None, "JP", 33.23, 131.60),
        ("Oita", None, "JP", 33.23, 131.60),
        ("OITA", None, "JP", 33.23, 131.60),
        ("Xi'an", None, "CN", 34.26, 108.93),
        ("Xian", None, "CN", 34.26, 108.93),
        ("武汉", None, "CN", 30.58, 114.27),
    ],
)
def test_best_cities(
    gaz: Gazetteer, name: str, country: str | None, expected_country: str, lat: float, lon: float
) -> None:
    place = gaz.best(name, country)
    assert place is not None and place.kind == "city"
    assert place.country == expected_country
    assert near(place, lat, lon)


@pytest.mark.parametrize(
    ("name", "country", "expected", "kind", "admin1_name"),
    [
        ("Changning District", "CN", "Changning", "city", "Shanghai"),
        ("Changning", "CN", "Changning", "city", "Shanghai"),
        ("Wuhan City", None, "Wuhan", "city", "Hubei"),
        ("武汉市", None, "Wuhan", "city", "Hubei"),
        ("Oita Prefecture", None, "Ōita", "city", "Oita"),
        ("City of Bordeaux", None, "Bordeaux", "city", "Nouvelle-Aquitaine"),
        ("Guangxi", None, "Guangxi", "admin1", "Guangxi"),
        ("Guangxi Zhuang Autonomous Region", None, "Guangxi", "admin1", "Guangxi"),
        ("Hubei Province", None, "Hubei", "admin1", "Hubei"),
        ("Heilongjiang", None, "Heilongjiang", "admin1", "Heilongjiang"),
        ("湖北省", None, "Hubei", "admin1", "Hubei"),
        ("Yaroslavl Oblast", None, "Yaroslavl Oblast", "admin1", "Yaroslavl Oblast"),
        ("China", None, "China", "country", None),
        ("中国", None, "China", "country", None),
    ],
)
def test_best_strips_suffixes_and_knows_divisions(
    gaz: Gazetteer,
    name: str,
    country: str | None,
    expected: str,
    kind: str,
    admin1_name: str | None,
) -> None:
    place = gaz.best(name, country)
    assert place is not None
    assert (place.name, place.kind, place.admin1_name) == (expected, kind, admin1_name)


# a division's own admin1 fields name itself
def test_divisions_have_centroid_and_population(gaz: Gazetteer) -> None:
    hubei = gaz.best("Hubei")
    assert hubei is not None and hubei.population > 10_000_000
    assert near(hubei, 30.9, 113.5, km=250)


def test_country_place_sits_at_its_capital(gaz: Gazetteer) -> None:
    china = gaz.best("China")
    assert china is not None and china.country == "CN"
    assert near(china, 39.91, 116.40)
    capitals = [p for p in gaz.lookup("Beijing") if p.capital]
    assert [p.country for p in capitals] == ["CN"]


def test_lookup_ranks_country_then_population(gaz: Gazetteer) -> None:
    perths = gaz.lookup("Perth", "GB")
    assert perths[0].country == "GB"
    assert {p.country for p in perths} >= {"GB", "AU"}
    changnings = gaz.lookup("Changning", "CN")
    assert [p.admin1_name for p in changnings[:2]] == ["Shanghai", "Sichuan"]


def test_best_near_picks_the_closest(gaz: Gazetteer) -> None:
    place = gaz.best("Perth", near=(56.0, -3.0))
    assert place is not None and place.country == "GB"


@pytest.mark.parametrize(
    ("name", "country"), [("Perth", "FR"), ("Nowhere-on-Earth", None), ("", None)]
)
def test_best_returns_none_when_unknown(gaz: Gazetteer, name: str, country: str | None) -> None:
    assert gaz.best(name, country) is None


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("changning district", ["changning"]),
        ("guangxi zhuang autonomous region", ["guangxi zhuang", "guangxi zhuang autonomous"]),
        ("haeundae gu", ["haeundae"]),
        ("city of perth", ["perth"]),
        ("武汉市", ["武汉"]),
        ("perth", []),
    ],
)
def test_stripped_keys(key: str, expected: list[str]) -> None:
    assert sorted(stripped_keys(key)) == sorted(expected)


@pytest.mark.parametrize(
    ("key", "loose"),
    [("saint petersburg", "stpetersburg"), ("xi an", "xian"), ("fort worth", "ftworth")],
)
def test_compact(key: str, loose: str) -> None:
    assert compact(key) == loose


def found(gaz: Gazetteer, text: str) -> list[tuple[str, str]]:
    """Returns (surface, best candidate's country) for each mention, checking offsets."""
    out = []
    for m in gaz.find(text):
        assert text[m.start : m.end] == m.surface
        out.append((m.surface, m.candidates[0].country))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wuhan signed with Bordeaux and Pittsburgh.",
            [("Wuhan", "CN"), ("Bordeaux", "FR"), ("Pittsburgh", "US")],
        ),
        (
            "A team from Xining went to Minsk and Rybinsk.",
            [("Xining", "CN"), ("Minsk", "BY"), ("Rybinsk", "RU")],
        ),
        ("Guests from Kiev and Oita", [("Kiev", "UA"), ("Oita", "JP")]),
        (
            "the Guangxi Zhuang Autonomous Region and Hubei Province",
            [("Guangxi Zhuang Autonomous Region", "CN"), ("Hubei Province", "CN")],
        ),
        ("New York and York", [("New York", "US"), ("York", "GB")]),
        ("reading in the evening", []),
        ("The Union and the Central Committee met Mayor Wang.", []),
        ("Progress was made. Hope remains. Unity matters.", []),
        ("Shanghai's Changning", [("Shanghai", "CN"), ("Changning", "CN")]),
        ("Choirs from Gomel and Grodno", [("Gomel", "BY"), ("Grodno", "BY")]),
        # GeoNames' "Hualien City" and "Cebu City", as reports name them
        ("Hualien and Cebu signed", [("Hualien", "TW"), ("Cebu", "PH")]),
        ("Rapid growth marked the year.", []),
    ],
)
def test_find(gaz: Gazetteer, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(gaz, text) == expected


def test_find_common_words_need_big_places(gaz: Gazetteer) -> None:
    text = "Reading is a town."
    assert found(gaz, text) == []
    assert [m.surface for m in gaz.find(text, common_min_population=0)] == ["Reading"]


def test_find_candidates_are_ranked(gaz: Gazetteer) -> None:
    (mention,) = gaz.find("We flew to Perth.")
    assert [p.country for p in mention.candidates[:2]] == ["AU", "GB"]


def test_find_on_a_megabyte(gaz: Gazetteer) -> None:
    # How fast is measured by `make bench-registry` / `make bench-extract`, not asserted here.
    para = (
        "In March the Wuhan delegation led by the Mayor visited Bordeaux, Pittsburgh and Kyiv, "
        "then met partners from Xining, Minsk and Rybinsk at a forum on friendship cities. "
    )
    text = para * (1_000_000 // len(para))
    mentions = gaz.find(text)
    assert len(mentions) == 7 * (1_000_000 // len(para))
    assert {m.surface for m in mentions} == {
        "Wuhan",
        "Bordeaux",
        "Pittsburgh",
        "Kyiv",
        "Xining",
        "Minsk",
        "Rybinsk",
    }


def test_a_stoplisted_name_is_a_place_where_the_caller_says_so() -> None:
    from amity.registry.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    text = "They signed it in Nelson."
    assert [m.surface for m in gaz.find(text)] == []
    assert [m.surface for m in gaz.find(text, placed=lambda s, e: text[s - 3 : s] == "in ")] == [
        "Nelson"
    ]
