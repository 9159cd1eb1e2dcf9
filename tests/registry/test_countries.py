"""Tests of amity.registry.countries: names to ISO codes, and country mentions in text."""

from __future__ import annotations

from pathlib import Path

import pytest

from amity.errors import ConfigError, NotFound
from amity.registry.countries import Countries, data_path
from amity.registry.matching import name_key

DATA = Path(__file__).resolve().parents[1] / "data" / "registry"


@pytest.fixture(scope="module")
def countries() -> Countries:
    return Countries.load()


def mentions(countries: Countries, text: str) -> list[tuple[str, str]]:
    """Returns (surface, code) of each mention, checking that offsets match the surface."""
    found = countries.find(text)
    for m in found:
        assert text[m.start : m.end] == m.surface
    return [(m.surface, m.code) for m in found]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("the United States", "US"),
        ("United States of America", "US"),
        ("USA", "US"),
        ("U.S.", "US"),
        ("America", "US"),
        ("UK", "GB"),
        ("Great Britain", "GB"),
        ("Scotland", "GB"),
        ("Northern Ireland", "GB"),
        ("South Korea", "KR"),
        ("Republic of Korea", "KR"),
        ("Korea", "KR"),
        ("DPRK", "KP"),
        ("Russian Federation", "RU"),
        ("Czech Republic", "CZ"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("Cote d'Ivoire", "CI"),
        ("Ivory Coast", "CI"),
        ("Burma", "MM"),
        ("Swaziland", "SZ"),
        ("Macedonia", "MK"),
        ("Viet Nam", "VN"),
        ("Lao PDR", "LA"),
        ("Macau", "MO"),
        ("Holland", "NL"),
        ("the Netherlands", "NL"),
        ("Palestine", "PS"),
        ("Taiwan", "TW"),
    ],
)
def test_code_of_names(countries: Countries, name: str, code: str) -> None:
    assert countries.code(name) == code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Mongolian", "MN"),
        ("Japanese", "JP"),
        ("Kazakh", "KZ"),
        ("Kazakhstani", "KZ"),
        ("Uzbek", "UZ"),
        ("Kyrgyz", "KG"),
        ("Tajik", "TJ"),
        ("Turkmen", "TM"),
        ("Filipino", "PH"),
        ("Philippine", "PH"),
        ("Polish", "PL"),
        ("Finnish", "FI"),
        ("Dutch", "NL"),
        ("Swiss", "CH"),
        ("Thai", "TH"),
        ("Lao", "LA"),
        ("Malagasy", "MG"),
        ("Kiwi", "NZ"),
        ("Malaysian", "MY"),
    ],
)
def test_code_of_adjectives(countries: Countries, name: str, code: str) -> None:
    assert countries.code(name) == code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Ceylon", "LK"),
        ("Siam", "TH"),
        ("Zaire", "CD"),
        ("Persia", "IR"),
        ("Rhodesia", "ZW"),
        ("Soviet Union", "RU"),
        ("USSR", "RU"),
        ("Czechoslovakia", "CZ"),
        ("Yugoslavia", "RS"),
        ("East Germany", "DE"),
        ("West Germany", "DE"),
        ("Kampuchea", "KH"),
        ("Dahomey", "BJ"),
        ("Upper Volta", "BF"),
        ("Formosa", "TW"),
        ("Columbia", "CO"),
        ("Syria Lanka", "LK"),
        ("Sri Lanca", "LK"),
        ("Srilanka", "LK"),
        ("Phillipines", "PH"),
        ("Philipines", "PH"),
        ("Argentine", "AR"),
        ("Brasil", "BR"),
        ("Grece", "GR"),
        ("Moldavia", "MD"),
        ("Byelorussia", "BY"),
        ("Belorussia", "BY"),
        ("Kirghizia", "KG"),
        ("Rumania", "RO"),
        ("Roumania", "RO"),
        ("Tailand", "TH"),
    ],
)
def test_code_of_historical_names_and_misspellings(
    countries: Countries, name: str, code: str
) -> None:
    assert countries.code(name) == code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("中国", "CN"),
        ("美国", "US"),
        ("日本", "JP"),
        ("韩国", "KR"),
        ("俄罗斯", "RU"),
        ("白俄罗斯", "BY"),
        ("哈萨克斯坦", "KZ"),
        ("乌兹别克斯坦", "UZ"),
        ("巴基斯坦", "PK"),
        ("斯里兰卡", "LK"),
        ("蒙古", "MN"),
        ("英国", "GB"),
        ("法国", "FR"),
        ("德国", "DE"),
    ],
)
def test_code_of_chinese_names(countries: Countries, name: str, code: str) -> None:
    assert countries.code(name) == code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("DE", "DE"),
        ("DEU", "DE"),
        ("GBR", "GB"),
        ("  france ", "FR"),
        ("UNITED STATES", "US"),
        ("Georgia (country)", "GE"),
        ("England, United Kingdom", "GB"),
        ("Hong Kong SAR, China", "HK"),
        ("Georgia, United States", "US"),
        ("Perth, Scotland", "GB"),
    ],
)
def test_code_of_codes_and_decorated_names(countries: Countries, name: str, code: str) -> None:
    assert countries.code(name) == code


@pytest.mark.parametrize(
    "name", ["Bombay", "Mexico City", "New Mexico", "Atlantis", "", "ZZ", "Sino-Japanese"]
)
def test_code_of_non_countries_is_none(countries: Countries, name: str) -> None:
    assert countries.code(name) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sino-Japanese trade", [("Sino", "CN"), ("Japanese", "JP")]),
        ("the China-Pakistan corridor", [("China", "CN"), ("Pakistan", "PK")]),
        ("Pak-China friendship", [("Pak", "PK"), ("China", "CN")]),
        ("a China-Moroccan forum", [("China", "CN"), ("Moroccan", "MA")]),
        ("Russo-Japanese war", [("Russo", "RU"), ("Japanese", "JP")]),
        ("Anglo-French talks", [("Anglo", "GB"), ("French", "FR")]),
        ("Indo-Pacific strategy", []),
        ("Indo-US ties", [("Indo", "IN"), ("US", "US")]),
        ("Anglo-Saxon law", []),
        ("Sino-foreign ventures", [("Sino", "CN")]),
        ("Sino Group and Luso Bank", []),
    ],
)
def test_find_compounds(countries: Countries, text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(countries, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Delegates from Somalia and Mali", [("Somalia", "SO"), ("Mali", "ML")]),
        ("a woman from Oman", [("Oman", "OM")]),
        ("Nigeria and Niger", [("Nigeria", "NG"), ("Niger", "NE")]),
        ("Mr Chadwick spoke", []),
        ("plates of fine china", []),
        ("China and Japan", [("China", "CN"), ("Japan", "JP")]),
        ("Let us meet the US team", [("US", "US")]),
        (
            "Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea",
            [
                ("Papua New Guinea", "PG"),
                ("Equatorial Guinea", "GQ"),
                ("Guinea-Bissau", "GW"),
                ("Guinea", "GN"),
            ],
        ),
        ("Santa Fe, New Mexico", []),
        ("Sri Lanka (formerly Ceylon)", [("Sri Lanka", "LK"), ("Ceylon", "LK")]),
        ("the Syria Lanka delegation", [("Syria Lanka", "LK")]),
        ("the U.S. and the U.K.", [("U.S.", "US"), ("U.K.", "GB")]),
        ("China's partners", [("China", "CN")]),
        ("CHINA AND RUSSIA", [("CHINA", "CN"), ("RUSSIA", "RU")]),
        ("Türkiye and Turkey", [("Türkiye", "TR"), ("Turkey", "TR")]),
        ("roast turkey", []),
        ("North Korea and South Korea", [("North Korea", "KP"), ("South Korea", "KR")]),
        ("Northern Ireland and Ireland", [("Northern Ireland", "GB"), ("Ireland", "IE")]),
    ],
)
def test_find_boundaries_case_and_longest_match(
    countries: Countries, text: str, expected: list[tuple[str, str]]
) -> None:
    assert mentions(countries, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国和白俄罗斯", [("中国", "CN"), ("白俄罗斯", "BY")]),
        ("内蒙古与蒙古国", [("蒙古国", "MN")]),
        ("印度尼西亚和印度", [("印度尼西亚", "ID"), ("印度", "IN")]),
        ("索马里与马里", [("索马里", "SO"), ("马里", "ML")]),
        ("中国香港", [("中国香港", "HK")]),
    ],
)
def test_find_chinese(countries: Countries, text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(countries, text) == expected


@pytest.mark.parametrize(
    ("text", "code", "kind", "ambiguous"),
    [
        ("Georgia", "GE", "name", True),
        ("Columbia", "CO", "misspelling", True),
        ("Jordan", "JO", "name", True),
        ("Chad", "TD", "name", True),
        ("Turkey", "TR", "name", False),
        ("Korea", "KR", "name", False),
        ("Mongolian", "MN", "adjective", False),
        ("Burma", "MM", "historical", False),
        ("日本", "JP", "zh", False),
        ("Sino", None, None, False),
    ],
)
def test_find_kinds_and_ambiguity(
    countries: Countries, text: str, code: str | None, kind: str | None, ambiguous: bool
) -> None:
    found = countries.find(f"{text} visit")
    if code is None:
        assert found == []  # a combining form without a hyphen is not a mention
    else:
        assert [(m.code, m.kind, m.ambiguous) for m in found] == [(code, kind, ambiguous)]


@pytest.mark.parametrize(
    ("code", "name", "name_zh", "iso3", "continent"),
    [
        ("CN", "China", "中国", "CHN", "AS"),
        ("US", "United States", "美国", "USA", "NA"),
        ("NL", "Netherlands", "荷兰", "NLD", "EU"),
        ("lk", "Sri Lanka", "斯里兰卡", "LKA", "AS"),
    ],
)
def test_names_and_info(
    countries: Countries, code: str, name: str, name_zh: str, iso3: str, continent: str
) -> None:
    assert countries.name(code) == name
    assert countries.name_zh(code) == name_zh
    info = countries.info(code)
    assert (info.iso3, info.continent) == (iso3, continent)
    assert info.population > 100_000 and info.capital


def test_unknown_code_raises_not_found(countries: Countries) -> None:
    with pytest.raises(NotFound, match="ISO 3166-1"):
        countries.info("QQ")


def test_table_covers_every_country(countries: Countries) -> None:
    codes = countries.codes()
    assert len(codes) >= 248 and "CS" not in codes and "AN" not in codes
    missing_zh = [c for c in codes if not countries.name_zh(c)]
    assert missing_zh == []
    for code in codes:
        assert countries.code(countries.name(code)) == code


def test_alias_keys_do_not_clash(countries: Countries) -> None:
    seen: dict[str, str | None] = {}
    clashes = []
    for alias in countries.aliases:
        key = name_key(alias.text)
        if key in seen and seen[key] != alias.code:
            clashes.append((alias.text, seen[key], alias.code))
        seen.setdefault(key, alias.code)
    assert clashes == []


def test_load_is_cached_and_lazy(countries: Countries) -> None:
    assert Countries.load() is countries
    fresh = Countries.from_files(data_path("countries.tsv"), data_path("country_aliases.tsv"))
    assert fresh._auto is None
    fresh.find("Peru")
    assert fresh._auto is not None


def test_from_files_errors(tmp_path: Path) -> None:
    info = data_path("countries.tsv")
    with pytest.raises(ConfigError, match="cannot read"):
        Countries.from_files(tmp_path / "missing.tsv", DATA / "aliases.tsv")
    with pytest.raises(ConfigError, match="unknown kind 'colour'"):
        Countries.from_files(info, DATA / "aliases_bad_kind.tsv")


def test_small_alias_table() -> None:
    table = Countries.from_files(data_path("countries.tsv"), DATA / "aliases.tsv")
    assert table.code("Gaul") == "FR"
    assert table.code("Oz") == "AU"
    assert table.code("Germany") == "DE"  # GeoNames names are always aliases
    assert table.code("Deutschland") is None
    text = "Franco-Australian ties, French Guiana, Oz"
    assert [(m.surface, m.code, m.ambiguous) for m in table.find(text)] == [
        ("Franco", "FR", False),
        ("Australian", "AU", False),
        ("Oz", "AU", True),
    ]


def test_find_on_a_megabyte(countries: Countries) -> None:
    # about one mention per 100 characters, as in the bulletins
    para = (
        "On May 16 the delegation of the district visited Sri Lanka and the Republic of Korea, "
        "met the Mongolian guests and signed a Sino-Russian memorandum on friendly schools. "
        "Volunteers from the United States and 白俄罗斯 joined the forum on youth exchanges. "
    )
    text = para * (1_000_000 // len(para))
    found = countries.find(text)  # how fast: `make bench-extract`, not a timed test
    assert len(found) == 7 * (1_000_000 // len(para))
