"""Builds amity/data/gazetteer.tsv.gz and amity/data/countries.tsv from the GeoNames files in data/,
and amity/data/twin_places.tsv.gz from the twin-town lists there (see twin_places.py).

Run from the repository root: `python -m amity.registry.datasets.build_gazetteer`
(options: --data DIR, --out DIR). The outputs are committed, so a clone works without it.

gazetteer.tsv.gz has one place a line: geonameid, kind (city|admin1), name, country,
admin1 code, lat, lon, population, capital flag, and "|"-separated other names (ASCII
name, Latin-script alternate names that start with a capital, CJK alternate names).
An admin1 row has the population-weighted centroid and the summed population of its
listed cities, as GeoNames gives neither.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from amity.registry.countries import Countries
from amity.registry.datasets.twin_places import known_keys, twin_lines
from amity.registry.datasets.twins import ENWIKI
from amity.registry.matching import is_cjk, name_key

HERE = Path(__file__).resolve().parent
TWIN_FILE = "twin_places.tsv.gz"
OBSOLETE = {"CS", "AN"}  # deleted ISO codes GeoNames still lists
GAZ_HEADER = "geonameid\tkind\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tcapital\tnames"
COUNTRY_HEADER = "code\tiso3\tisonumeric\tname\tcontinent\tcapital\tpopulation\tarea_km2\tgeonameid\tneighbours\tlanguages"
# Generic words GeoNames appends to first-level division names; the bare name is added too.
ADMIN1_SUFFIXES = re.compile(
    r"\s+(Oblast'?|Oblast’|oblast|Oblysy|Oblisi|Kray|Krai|Region|Province|Prefecture|"
    r"Republic|Governorate|Department|District|County|State|Aimak|Aymag)$|-(do|si)$"
)


def latin_ok(name: str) -> bool:
    """Returns True if an alternate name is a usable Latin-script proper name."""
    if not name or not name[0].isupper() or any(ch.isdigit() for ch in name):
        return False
    if len(name) <= 3 and name.isupper():
        return False  # airport and other codes
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in name)


def other_names(name: str, ascii_name: str, alternates: list[str]) -> list[str]:
    """Returns the names kept besides the main one, deduplicated, in source order."""
    seen = {name}
    out = []
    for alt in [ascii_name, *alternates]:
        if alt and alt not in seen and (latin_ok(alt) or is_cjk(alt)):
            seen.add(alt)
            out.append(alt)
    return out


def read_cities(path: Path) -> list[dict[str, str]]:
    """Returns the rows of geonames_cities15000.csv."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def read_admin1(path: Path) -> list[list[str]]:
    """Returns the rows (code, name, asciiname, geonameid) of admin1CodesASCII.txt."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 4:
            rows.append(parts[:4])
    return rows


def read_cn_admin1(path: Path) -> dict[str, list[str]]:
    """Returns the extra names of Chinese provinces by admin1 code, from cn_admin1.tsv."""
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, short, full, english = line.split("\t")
            out[code] = [short, full, *english.split("|")]
    return out


def capital_ids(countries: dict[str, dict], cities: list[dict[str, str]]) -> set[str]:
    """Returns the geonameids of the cities that are their country's capital."""
    best: dict[tuple[str, str], dict[str, str]] = {}
    for row in cities:
        for label in (row["name"], *row["alternatenames"].split("|")):
            key = (row["countrycode"], name_key(label))
            if key not in best or int(row["population"]) > int(best[key]["population"]):
                best[key] = row
    found = set()
    for code, info in countries.items():
        match = best.get((code, name_key(info.get("capital") or "")))
        if match is not None:
            found.add(match["geonameid"])
        elif info.get("capital") and code not in OBSOLETE:
            print(f"capital not in cities15000: {code} {info['capital']}", file=sys.stderr)
    return found


def city_lines(cities: list[dict[str, str]], capitals: set[str]) -> list[str]:
    """Returns the gazetteer lines of the cities."""
    lines = []
    for row in cities:
        names = other_names(row["name"], "", row["alternatenames"].split("|"))
        cap = "1" if row["geonameid"] in capitals else ""
        lines.append(
            "\t".join(
                [
                    row["geonameid"],
                    "city",
                    row["name"],
                    row["countrycode"],
                    row["admin1code"],
                    row["latitude"],
                    row["longitude"],
                    row["population"],
                    cap,
                    "|".join(names),
                ]
            )
        )
    return lines


def admin1_stats(cities: list[dict[str, str]]) -> dict[str, tuple[float, float, int]]:
    """Returns (lat, lon, population) per admin1 code: weighted centroid, summed population."""
    acc: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for row in cities:
        pop = max(int(row["population"]), 1)
        slot = acc[f"{row['countrycode']}.{row['admin1code']}"]
        slot[0] += float(row["latitude"]) * pop
        slot[1] += float(row["longitude"]) * pop
        slot[2] += pop
    return {k: (v[0] / v[2], v[1] / v[2], int(v[2])) for k, v in acc.items()}


def admin1_names(name: str, ascii_name: str, extra: list[str]) -> list[str]:
    """Returns the other names of a first-level division, the suffix-less form included."""
    names = [ascii_name, *extra]
    bare = ADMIN1_SUFFIXES.sub("", name).strip()
    if bare and bare != name:
        names.append(bare)
    return other_names(name, "", names)


def admin1_lines(
    admin1: list[list[str]], cities: list[dict[str, str]], cn: dict[str, list[str]]
) -> list[str]:
    """Returns the gazetteer lines of the first-level divisions."""
    stats = admin1_stats(cities)
    lines = []
    for code, name, ascii_name, gid in admin1:
        country, _, sub = code.partition(".")
        lat, lon, pop = stats.get(code, ("", "", 0))
        lat_s = f"{lat:.5f}" if lat != "" else ""
        lon_s = f"{lon:.5f}" if lon != "" else ""
        names = admin1_names(name, ascii_name, cn.get(code, []))
        lines.append(
            "\t".join(
                [gid, "admin1", name, country, sub, lat_s, lon_s, str(pop), "", "|".join(names)]
            )
        )
    return lines


def country_lines(countries: dict[str, dict]) -> list[str]:
    """Returns the countries.tsv lines (obsolete codes left out)."""
    lines = []
    for code, c in sorted(countries.items()):
        if code in OBSOLETE:
            continue
        fields = [
            code,
            c["iso3"],
            str(c["isonumeric"]),
            c["name"].strip(),
            c["continentcode"],
            (c.get("capital") or "").strip(),
            str(c["population"]),
            str(c["areakm2"]),
            str(c["geonameid"]),
            c.get("neighbours") or "",
            c.get("languages") or "",
        ]
        lines.append("\t".join(fields))
    return lines


def build(data: Path, out: Path) -> tuple[int, int]:
    """Writes gazetteer.tsv.gz and countries.tsv into out; returns (places, countries)."""
    countries = json.loads((data / "geonames_countries.json").read_text(encoding="utf-8"))
    cities = read_cities(data / "geonames_cities15000.csv")
    admin1 = read_admin1(data / "geonames_admin1CodesASCII.txt")
    cn = read_cn_admin1(HERE / "cn_admin1.tsv")
    lines = city_lines(cities, capital_ids(countries, cities)) + admin1_lines(admin1, cities, cn)
    out.mkdir(parents=True, exist_ok=True)
    body = "\n".join([GAZ_HEADER, *lines]) + "\n"
    # mtime=0 keeps the committed file byte-identical across rebuilds.
    with gzip.GzipFile(out / "gazetteer.tsv.gz", "wb", compresslevel=9, mtime=0) as fh:
        fh.write(body.encode("utf-8"))
    clines = country_lines(countries)
    (out / "countries.tsv").write_text(
        "\n".join([COUNTRY_HEADER, *clines]) + "\n", encoding="utf-8"
    )
    if (data / ENWIKI).exists():
        twins = twin_lines(data, Countries.load(), known_keys(lines))
        body = "\n".join([GAZ_HEADER, *twins]) + "\n"
        with gzip.GzipFile(out / TWIN_FILE, "wb", compresslevel=9, mtime=0) as fh:
            fh.write(body.encode("utf-8"))
    return len(lines), len(clines)


def main(argv: list[str] | None = None) -> int:
    """Parses the command line and builds the packaged gazetteer."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=Path("data"), help="folder of the GeoNames files"
    )
    parser.add_argument(
        "--out", type=Path, default=HERE.parent.parent / "data", help="output folder"
    )
    args = parser.parse_args(argv)
    places, countries = build(args.data, args.out)
    print(f"wrote {places} places and {countries} countries to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
