"""Readers of the twin-town data sets in data/: Wikipedia pairs, Wikidata places and pairs.

Files (see data/SOURCES.md): `twin_towns_enwiki.csv` (city1,country1,city2,country2),
`twin_towns_wikidata_nodes.csv` (qid,name,country,lat,lon,population) and
`twin_towns_wikidata_edges.csv` (source_qid,target_qid).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from amity.errors import ConfigError

ENWIKI = "twin_towns_enwiki.csv"
WIKIDATA_NODES = "twin_towns_wikidata_nodes.csv"
WIKIDATA_EDGES = "twin_towns_wikidata_edges.csv"
FILES = (ENWIKI, WIKIDATA_NODES, WIKIDATA_EDGES)


@dataclass(frozen=True, slots=True)
class Pair:
    """One row of the Wikipedia lists: two places as written, with their countries as written."""

    city1: str
    country1: str
    city2: str
    country2: str


@dataclass(frozen=True, slots=True)
class Node:
    """One Wikidata place: its id, English label, country label, coordinates, population."""

    qid: str
    name: str
    country: str
    lat: float | None
    lon: float | None
    population: int | None


def default_data_dir() -> Path:
    """Returns the data/ folder of the source tree, else ./data."""
    here = Path(__file__).resolve().parents[3] / "data"
    return here if (here / ENWIKI).exists() else Path("data")


def check_dir(folder: Path) -> None:
    """Raises ConfigError unless the folder holds the three data set files."""
    missing = [name for name in FILES if not (folder / name).is_file()]
    if missing:
        raise ConfigError(
            f"{folder}: missing {', '.join(missing)}",
            "give --data the folder holding the twin-town CSV files (data/ of the source tree)",
        )


def _rows(path: Path) -> Iterator[dict[str, str]]:
    """Yields the rows of a CSV file with a header, as dicts."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            yield from csv.DictReader(fh)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ConfigError(f"cannot read {path}: {exc}", "check the data file") from exc


def read_pairs(path: Path) -> list[Pair]:
    """Returns the Wikipedia pairs with both city names present."""
    out = []
    for row in _rows(path):
        city1, city2 = (row.get("city1") or "").strip(), (row.get("city2") or "").strip()
        if city1 and city2:
            country1 = (row.get("country1") or "").strip()
            out.append(Pair(city1, country1, city2, (row.get("country2") or "").strip()))
    return out


def _number(text: str | None) -> float | None:
    """Returns text as a float, or None when empty or not a number."""
    try:
        return float(text) if text else None
    except ValueError:
        return None


def read_nodes(path: Path) -> dict[str, Node]:
    """Returns the Wikidata places by QID."""
    out = {}
    for row in _rows(path):
        qid = (row.get("qid") or "").strip()
        if qid:
            population = _number(row.get("population"))
            out[qid] = Node(
                qid,
                (row.get("name") or "").strip(),
                (row.get("country") or "").strip(),
                _number(row.get("lat")),
                _number(row.get("lon")),
                int(population) if population is not None else None,
            )
    return out


def read_edges(path: Path) -> list[tuple[str, str]]:
    """Returns the Wikidata pairs of QIDs."""
    out = []
    for row in _rows(path):
        a, b = (row.get("source_qid") or "").strip(), (row.get("target_qid") or "").strip()
        if a and b:
            out.append((a, b))
    return out
