"""Tests of amity.registry.datasets.build_gazetteer, on tiny GeoNames-shaped files of our own."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from amity.registry.countries import Countries, data_path
from amity.registry.datasets.build_gazetteer import build, latin_ok, main
from amity.registry.gazetteer import Gazetteer, read_rows

DATA = Path(__file__).resolve().parents[1] / "data" / "registry"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture()
def built(tmp_path: Path) -> Path:
    build(DATA / "geonames", tmp_path)
    return tmp_path


@pytest.fixture()
def tiny(built: Path) -> Gazetteer:
    countries = Countries.from_files(built / "countries.tsv", DATA / "aliases.tsv")
    return Gazetteer.from_rows(read_rows(built / "gazetteer.tsv.gz"), countries, ["Brindle"])


def rows_by_name(out: Path) -> dict[str, list[str]]:
    """Returns the built gazetteer rows keyed by place name (the first of a name wins)."""
    rows: dict[str, list[str]] = {}
    for row in read_rows(out / "gazetteer.tsv.gz"):
        rows.setdefault(row[2], row)
    return rows


def test_build_counts_and_drops_obsolete_codes(tmp_path: Path) -> None:
    assert build(DATA / "geonames", tmp_path) == (9, 2)
    lines = (tmp_path / "countries.tsv").read_text(encoding="utf-8").splitlines()
    assert [line.split("\t")[0] for line in lines[1:]] == ["AU", "FR"]


def test_build_is_deterministic(built: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    build(DATA / "geonames", again)
    assert (again / "gazetteer.tsv.gz").read_bytes() == (built / "gazetteer.tsv.gz").read_bytes()


def test_build_filters_alternate_names(built: Path) -> None:
    rows = rows_by_name(built)
    avalon_names = rows["Avalon"][9].split("|")
    assert "Avalon Beach" in avalon_names and "阿瓦隆" in avalon_names
    assert "AVL" not in avalon_names


def test_build_marks_capitals_by_folded_name(built: Path) -> None:
    rows = rows_by_name(built)
    assert rows["Mérou"][8] == "1" and rows["Brindle"][8] == "1"
    assert rows["Saint Quill"][8] == ""


def test_build_divisions(built: Path) -> None:
    rows = rows_by_name(built)
    idf = rows["Île-de-France"]
    assert idf[1] == "admin1" and int(idf[7]) == 2_030_000
    expected_lat = (48.0 * 30_000 + 44.0 * 2_000_000) / 2_030_000
    assert abs(float(idf[5]) - expected_lat) < 1e-4
    assert "High Valley" in rows["High Valley Region"][9].split("|")
    assert rows["Australian Capital Territory"][7] == "400000"


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("Avalon Beach", True),
        ("avalon-sur-seine", False),
        ("AVL", False),
        ("Route 66", False),
        ("Αθήνα", False),
        ("Łódź", True),
    ],
)
def test_latin_ok(name: str, ok: bool) -> None:
    assert latin_ok(name) is ok


@pytest.mark.parametrize(
    ("name", "country", "expected", "expected_country"),
    [
        ("Avalon", None, "Avalon", "AU"),
        ("Avalon", "FR", "Avalon", "FR"),
        ("Avalon", "France", "Avalon", "FR"),
        ("Avallon", None, "Avalon", "FR"),
        ("阿瓦隆", None, "Avalon", "AU"),
        ("Merou", None, "Mérou", "FR"),
        ("St Quill", None, "Saint Quill", "FR"),
        ("Saint Quill District", None, "Saint Quill", "FR"),
        ("High Valley", None, "High Valley Region", "FR"),
        ("Australia", None, "Australia", "AU"),
        ("Gaul", None, "France", "FR"),
    ],
)
def test_built_gazetteer_lookups(
    tiny: Gazetteer, name: str, country: str | None, expected: str, expected_country: str
) -> None:
    place = tiny.best(name, country)
    assert place is not None
    assert (place.name, place.country) == (expected, expected_country)


def test_built_country_place_is_at_capital(tiny: Gazetteer) -> None:
    france = tiny.best("France")
    assert france is not None and france.kind == "country"
    assert (france.lat, france.lon) == (44.0, 1.0)


def test_built_gazetteer_find_and_stoplist(tiny: Gazetteer) -> None:
    # alternate names ("Avalon Beach") are found only for places of a million people or more
    text = "From Avalon Beach to Brindle, Mérou, Le Mérou and Saint Quill."
    found = tiny.find(text)
    assert [(m.surface, m.candidates[0].name) for m in found] == [
        ("Avalon", "Avalon"),
        ("Mérou", "Mérou"),
        ("Le Mérou", "Mérou"),
        ("Saint Quill", "Saint Quill"),
    ]
    assert [p.country for p in found[0].candidates] == ["AU", "FR"]
    assert [m.surface for m in tiny.find("Brindle", common_min_population=100_000)] == ["Brindle"]


def test_main_writes_the_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(DATA / "geonames"), "--out", str(tmp_path)]) == 0
    assert "wrote 9 places and 2 countries" in capsys.readouterr().out
    with gzip.open(tmp_path / "gazetteer.tsv.gz", "rt", encoding="utf-8") as fh:
        assert fh.readline().startswith("geonameid\tkind\tname")


@pytest.mark.slow
def test_packaged_files_match_a_rebuild(tmp_path: Path) -> None:
    build(REPO / "data", tmp_path)
    for name in ("gazetteer.tsv.gz", "countries.tsv"):
        assert (tmp_path / name).read_bytes() == data_path(name).read_bytes(), f"rebuild {name}"
