"""amity.registry.datasets.twin_places: towns known only from the twin-town lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from amity.extract import extract_doc
from amity.registry.countries import Countries
from amity.registry.datasets.twin_places import clean_names, country_code, known_keys, twin_lines
from amity.registry.matching import name_key

DATA = Path(__file__).resolve().parents[1] / "data" / "registry" / "twins"


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Setagaya (Tokyo)", ["Setagaya"]),
        ("Tokyo – Chūō", ["Chūō"]),
        ("Bayside, Victoria", ["Bayside"]),
        ("Arrasate/Mondragón", ["Arrasate", "Mondragón"]),
        ("District 7", []),
        ("a", []),
    ],
)
def test_clean_names(written: str, names: list[str]) -> None:
    assert clean_names(written) == names


def test_country_as_the_lists_write_it() -> None:
    countries = Countries.load()
    assert country_code(countries, "England, United Kingdom") == "GB"
    assert country_code(countries, "Freedonia") is None


def test_twin_lines_add_only_what_geonames_lacks() -> None:
    known = {(name_key("Wuhan"), "CN"), (name_key("Manchester"), "GB")}
    rows = [line.split("\t") for line in twin_lines(DATA, Countries.load(), known)]
    found = {(r[2], r[3]) for r in rows}
    assert ("Wuhan", "CN") not in found and ("Manchester", "GB") not in found
    assert {("Perth", "GB"), ("Bobruysk", "BY"), ("Rybinsk", "RU")} <= found
    assert all(int(r[0]) < 0 and r[1] == "city" for r in rows)
    assert len({r[0] for r in rows}) == len(rows)


def test_known_keys_reads_every_name_of_a_line() -> None:
    line = "\t".join(["1", "city", "Kiev", "UA", "", "50", "30", "1", "", "Kyiv|Kiew"])
    assert known_keys([line]) == {(name_key(n), "UA") for n in ("Kiev", "Kyiv", "Kiew")}


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Sister cities Penrith and Fujieda in Australia and Japan met.", "Penrith", "AU"),
        ("Twyford and Cuincy, a town in northern France, signed.", "Cuincy", "FR"),
    ],
)
def test_a_twin_town_is_a_place_where_it_stands_alone(text: str, place: str, country: str) -> None:
    doc = extract_doc(text, lang="en")
    assert (place, country) in {(str(p.value), p.data["country"]) for p in doc.get("place")}


def test_a_twin_town_inside_a_longer_name_is_no_place() -> None:
    doc = extract_doc("The All-China Environment Federation met in Beijing.", lang="en")
    assert "Federation" not in {str(p.value) for p in doc.get("place")}
