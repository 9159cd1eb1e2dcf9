"""Places known only from the twin-town lists, for the gazetteer: "Penrith, Australia", "Cuincy".

Sister-city reports name small towns that GeoNames cities15000 lacks (it keeps places of
15,000 people or more), and the twin-town lists name exactly those towns with their
countries. `twin_lines` turns the Wikipedia pairs into gazetteer lines (same columns as
gazetteer.tsv.gz) for the names GeoNames does not already give in that country, with the
coordinates and population of the Wikidata place of the same name and country when there is
one. Ids are negative, so they never clash with GeoNames ids. The lines are written to
amity/data/twin_places.tsv.gz, which stays under the Wikipedia lists' CC BY-SA 4.0.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from amity.registry.countries import Countries
from amity.registry.datasets.twins import ENWIKI, WIKIDATA_NODES, Node, read_nodes, read_pairs
from amity.registry.matching import name_key

_PARENS = re.compile(r"\s*\([^)]*\)")
_DASH = re.compile(r"\s+[–—-]\s+")
_GOOD = re.compile(r"[A-ZÀ-Þ][^\d()\[\]/,;:]{2,60}")


def country_code(countries: Countries, written: str) -> str | None:
    """Returns the ISO code of a country as the lists write it ("England, United Kingdom")."""
    return countries.code(written) or countries.code(written.rpartition(",")[2].strip()) or None


def clean_names(written: str) -> list[str]:
    """Returns the place names a list entry gives: "Setagaya (Tokyo)" -> Setagaya, "A/B" -> A, B."""
    bare = _PARENS.sub("", written).strip()
    bare = _DASH.split(bare)[-1]  # "Tokyo – Chūō": the part of the city
    bare = bare.split(",")[0].strip()  # "Bayside, Victoria": the state only places it
    names = [n.strip() for n in bare.split("/")]
    return [n for n in names if _GOOD.fullmatch(n)]


def known_keys(lines: Iterable[str]) -> set[tuple[str, str]]:
    """Returns (name key, country) of every name of the GeoNames gazetteer lines."""
    out = set()
    for line in lines:
        row = line.split("\t")
        for name in [row[2], *(row[9].split("|") if row[9] else [])]:
            out.add((name_key(name), row[3]))
    return out


def twin_lines(data: Path, countries: Countries, known: set[tuple[str, str]]) -> list[str]:
    """Returns gazetteer lines for the twin-town places GeoNames does not name in their country."""
    located: dict[tuple[str, str], Node] = {}
    for node in read_nodes(data / WIKIDATA_NODES).values():
        code = country_code(countries, node.country)
        if code and node.lat is not None and node.lon is not None:
            located[(name_key(node.name), code)] = node
    found: dict[tuple[str, str], str] = {}
    for pair in read_pairs(data / ENWIKI):
        for city, country in ((pair.city1, pair.country1), (pair.city2, pair.country2)):
            code = country_code(countries, country)
            for name in clean_names(city) if code else []:
                key = (name_key(name), code or "")
                if key not in known and key not in found:
                    found[key] = name
    lines = []
    for n, (key, name) in enumerate(sorted(found.items(), key=lambda kv: (kv[0][1], kv[1]))):
        where = located.get(key)
        lat, lon = (f"{where.lat:.5f}", f"{where.lon:.5f}") if where else ("", "")
        pop = str(where.population or 0) if where else "0"
        lines.append("\t".join([str(-(n + 1)), "city", name, key[1], "", lat, lon, pop, "", ""]))
    return lines
