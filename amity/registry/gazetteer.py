"""The gazetteer: places (cities, first-level divisions, countries) by name, with coordinates.

`Gazetteer.load()` reads amity/data/gazetteer.tsv.gz (built from GeoNames by
`python -m amity.registry.datasets.build_gazetteer`), the towns known only from the
twin-town lists (amity/data/twin_places.tsv.gz: negative ids, population 0 unless Wikidata
gives one, coordinates only where Wikidata has them) and one place per country from
`Countries`. `.lookup` and `.best` resolve a name; `.find` finds capitalized place names in
English text (its automaton is built on first use).

Ranking: places in the asked country first; then names matched as written (diacritics and
case aside) before alternate names and before names found only once a generic suffix
("District", "Oblast", "-gun", 市...) is stripped; then the country with the most
populous match; within one country a city before a division before the country itself,
and the more populous first. A division's population is the sum of its listed cities
(a lower bound) and its coordinates their population-weighted centroid.

`.find` indexes main, ASCII and Latin alternate names (alternates only for places of
a million people or more, as small places' foreign exonyms match too many English words),
not CJK names. A name on the stoplist (amity/data/place_stopwords.txt: "Central",
"Union", "Wang", "Martin"...) is found only as the main name of a city of
`common_min_population` people or more (a million by default), a name of three letters or
fewer only as the main name of a city of a million; the caller decides the rest with
context. Divisions are found by their names but not by their suffix-less forms ("Free"
for "Free State"), nor when they have no listed city. Countries are places too (kind "country"), so
`.find` also reports "China"; `Countries.find` is the finer tool for countries.

A division's own admin1_code and admin1_name are its own code and name.
"""

from __future__ import annotations

import gzip
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from amity.errors import ConfigError
from amity.registry.countries import REBUILD, Countries, data_path
from amity.registry.matching import (
    build_automaton,
    case_ok,
    gc_paused,
    is_cjk,
    longest_first,
    match_key,
    name_key,
    raw_matches,
    upper_positions,
)

KIND_ORDER = {"city": 0, "admin1": 1, "country": 2}
# Generic words around a place name, tried off when the name as given is not known.
SUFFIXES = tuple(
    sorted(
        (
            "city",
            "district",
            "province",
            "county",
            "prefecture",
            "gun",
            "si",
            "shi",
            "gu",
            "ku",
            "do",
            "oblast",
            "krai",
            "kray",
            "region",
            "autonomous region",
            "municipality",
            "metropolitan city",
            "special city",
            "state",
            "governorate",
            "department",
            "town",
            "township",
            "village",
            "borough",
            "municipal district",
            "new area",
            "new district",
            "autonomous prefecture",
            "autonomous county",
            "raion",
            "rayon",
            "xian",
            "qu",
            "sheng",
            "shire",
            "ward",
            "metropolis",
            "special administrative region",
        ),
        key=len,
        reverse=True,
    )
)
CJK_SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "新区",
    "市",
    "区",
    "县",
    "省",
    "州",
    "镇",
)
PREFIXES = ("city of ", "town of ", "province of ", "county of ", "state of ")
# Cities this large are found by their other names too: "Gomel" is GeoNames' Homyel' (a
# lower bar let in other names of smaller towns that are words or names of other places)
ALTERNATE_MIN_POPULATION = 300_000
SHORT_NAME_MIN_POPULATION = 1_000_000
# Countries whose cities GeoNames often names "X City" where reports write "X" (Iloilo City,
# Hualien City); elsewhere "City" is part of the name ("Rapid City" is no "Rapid")
CITY_NAMED = frozenset({"PH", "TW", "JP", "KR", "CN", "VN", "ID", "TH", "MY"})
# (candidates, uppercase offsets, -1 or for a stoplisted word the population it needs)
FinderValue = tuple[tuple["Place", ...], frozenset[int], int]
_SAINT = re.compile(r"\b(saint|sainte|sankt|mount|fort)\b")
_SAINT_SHORT = {"saint": "st", "sainte": "ste", "sankt": "st", "mount": "mt", "fort": "ft"}


@dataclass(frozen=True, slots=True)
class Place:
    """A place of the gazetteer; admin1 fields name its first-level division."""

    geonames_id: int
    name: str
    country: str
    lat: float | None
    lon: float | None
    population: int
    admin1_code: str | None
    admin1_name: str | None
    kind: str
    capital: bool = False


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place name in a text: text[start:end] == surface; candidates ranked, best first."""

    start: int
    end: int
    surface: str
    candidates: tuple[Place, ...]


def compact(key: str) -> str:
    """Returns a looser form of a name key: no spaces, "saint"/"mount"/"fort" shortened."""
    if "saint" in key or "sankt" in key or "mount" in key or "fort" in key:
        key = _SAINT.sub(lambda m: _SAINT_SHORT[m.group(1)], key)
    return key.replace(" ", "")


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Returns the great-circle distance between two (lat, lon) points in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2
    h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def stripped_keys(key: str) -> list[str]:
    """Returns the forms of a name key without one generic suffix or prefix."""
    out = [key[: -len(s) - 1] for s in SUFFIXES if key.endswith(" " + s) and len(key) > len(s) + 1]
    out += [key[len(p) :] for p in PREFIXES if key.startswith(p)]
    if is_cjk(key):
        out += [key[: -len(s)] for s in CJK_SUFFIXES if key.endswith(s) and len(key) > len(s) + 1]
    return out


def read_rows(path: Any) -> list[list[str]]:
    """Returns the rows of the packaged gazetteer (header dropped)."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except (OSError, EOFError) as exc:
        raise ConfigError(f"cannot read the gazetteer {path}: {exc}", REBUILD) from exc
    return [line.split("\t") for line in lines[1:] if line]


def row_place(row: list[str], admin1_names: dict[str, str]) -> Place:
    """Returns the Place of one gazetteer row."""
    admin1 = row[4] or None
    return Place(
        geonames_id=int(row[0]),
        name=row[2],
        country=row[3],
        lat=float(row[5]) if row[5] else None,
        lon=float(row[6]) if row[6] else None,
        population=int(row[7] or 0),
        admin1_code=admin1,
        admin1_name=admin1_names.get(f"{row[3]}.{admin1}") if admin1 else None,
        kind=row[1],
        capital=row[8] == "1",
    )


def country_places(
    countries: Countries, capitals: dict[str, Place]
) -> list[tuple[Place, list[str]]]:
    """Returns a Place per country (at its capital's coordinates) with its names."""
    names: dict[str, list[str]] = {}
    for alias in countries.aliases:
        if alias.code and alias.kind in ("name", "historical", "misspelling", "zh"):
            names.setdefault(alias.code, []).append(alias.text)
    out = []
    for code in countries.codes():
        info, cap = countries.info(code), capitals.get(code)
        place = Place(
            geonames_id=info.geonameid,
            name=info.name,
            country=code,
            lat=cap.lat if cap else None,
            lon=cap.lon if cap else None,
            population=info.population,
            admin1_code=None,
            admin1_name=None,
            kind="country",
        )
        out.append((place, names.get(code, [])))
    return out


class Gazetteer:
    """Places by name: lookup, best resolution and mentions in text."""

    def __init__(
        self, entries: Iterable[tuple[Place, list[str]]], stopwords: Iterable[str] = ()
    ) -> None:
        self.places: list[Place] = []
        self._names: list[list[str]] = []
        self._index: dict[str, list[int]] = {}
        for place, names in entries:
            self._add(place, names)
        self._loose: dict[str, list[int]] = {}
        for key, idxs in self._index.items():
            loose = compact(key)
            if loose != key:
                self._loose.setdefault(loose, []).extend(idxs)
        self._stop = {name_key(w) for w in stopwords}
        self._auto: Any = None
        self._capitals: dict[str, Place] | None = None

    def _add(self, place: Place, names: list[str]) -> None:
        """Adds a place and indexes its name and other names."""
        idx = len(self.places)
        self.places.append(place)
        self._names.append(names)
        for key in {name_key(n) for n in (place.name, *names)}:
            self._index.setdefault(key, []).append(idx)

    @classmethod
    def load(cls) -> Gazetteer:
        """Returns the packaged gazetteer, read once per process."""
        return _load_packaged()

    @classmethod
    def from_rows(
        cls, rows: list[list[str]], countries: Countries, stopwords: Iterable[str] = ()
    ) -> Gazetteer:
        """Returns a gazetteer of gazetteer.tsv rows plus one place per country."""
        admin1 = {f"{r[3]}.{r[4]}": r[2] for r in rows if r[1] == "admin1"}
        entries = [(row_place(r, admin1), r[9].split("|") if r[9] else []) for r in rows]
        capitals = {p.country: p for p, _ in entries if p.capital}
        return cls(entries + country_places(countries, capitals), stopwords)

    def __len__(self) -> int:
        return len(self.places)

    def capital_of(self, code: str) -> Place | None:
        """Returns the capital city of a country (ISO code), if the gazetteer marks one."""
        if self._capitals is None:
            self._capitals = {}
            for p in self.places:
                if p.capital and p.kind == "city":
                    known = self._capitals.get(p.country)
                    if known is None or p.population > known.population:
                        self._capitals[p.country] = p
        return self._capitals.get(code)

    def lookup(self, name: str, country: str | None = None) -> list[Place]:
        """Returns the places a name may stand for, best first (see the module doc)."""
        return [self.places[i] for _, i in self._ranked(name, country)]

    def best(
        self, name: str, country: str | None = None, near: tuple[float, float] | None = None
    ) -> Place | None:
        """Returns the place a name most likely means, in country if given, nearest to near if given."""
        ranked = self._ranked(name, country)
        code = self._country_code(country)
        if code:
            ranked = [(t, i) for t, i in ranked if self.places[i].country == code]
        if not ranked:
            return None
        if near is None:
            return self.places[ranked[0][1]]
        top = [self.places[i] for t, i in ranked if t == ranked[0][0]]
        located = [p for p in top if p.lat is not None and p.lon is not None]
        if not located:
            return top[0]
        return min(located, key=lambda p: distance_km(near, (p.lat, p.lon)))  # type: ignore[arg-type]

    def _country_code(self, country: str | None) -> str | None:
        """Returns the ISO code of a country given as code or name (None if not given)."""
        if not country:
            return None
        return Countries.load().code(country) or country.upper()

    def _hits(self, key: str) -> list[int]:
        """Returns the places indexed under a key, or under its loose form."""
        hits = self._index.get(key)
        if hits:
            return hits
        loose = compact(key)
        return self._index.get(loose) or self._loose.get(loose) or []

    def _ranked(self, name: str, country: str | None) -> list[tuple[int, int]]:
        """Returns (tier, place index) pairs, best first; tier 0: the name as given, 1: stripped."""
        key = name_key(name)
        tiers: dict[int, int] = {}
        for tier, k in [(0, key)] + [(1, s) for s in stripped_keys(key)]:
            for i in self._hits(k):
                tiers.setdefault(i, tier)
        return self._order(tiers, key, self._country_code(country))

    def _order(self, tiers: dict[int, int], key: str, code: str | None) -> list[tuple[int, int]]:
        """Returns (tier, index) sorted by wanted country, tier, country group, kind, main name, size."""
        group_pop: dict[tuple[str, int], int] = {}
        for i, t in tiers.items():
            g = (self.places[i].country, t)
            group_pop[g] = max(group_pop.get(g, 0), self.places[i].population)

        def sort_key(item: tuple[int, int]) -> tuple[Any, ...]:
            i, t = item
            p = self.places[i]
            alternate = name_key(p.name) != key
            return (
                code is not None and p.country != code,
                t,
                -group_pop[(p.country, t)],
                p.country,
                KIND_ORDER[p.kind],
                alternate,
                -p.population,
                p.geonames_id,
            )

        return [(t, i) for i, t in sorted(tiers.items(), key=sort_key)]

    def find(
        self,
        text: str,
        common_min_population: int = 1_000_000,
        placed: Callable[[int, int], bool] | None = None,
    ) -> list[PlaceMention]:
        """Returns the capitalized place names in English text, longest match first.

        placed(start, end), if given, may keep a stoplisted name its context makes a place.
        """
        if self._auto is None:
            with gc_paused():
                self._auto = build_automaton(self._automaton_entries())
        spans = [
            (s, e, value)
            for s, e, value in raw_matches(self._auto, text)
            if case_ok(text, s, value[1])
            and (
                value[2] < 0
                or value[2] >= common_min_population
                or (placed is not None and value[2] > 0 and placed(s, e))
            )
        ]
        return [PlaceMention(s, e, text[s:e], value[0]) for s, e, value in longest_first(spans)]

    def _automaton_entries(self) -> list[tuple[str, FinderValue]]:
        """Returns (key, FinderValue) for every name find() looks for."""
        found: dict[str, tuple[set[int], frozenset[int] | None]] = {}
        for i, place in enumerate(self.places):
            for name in self._findable_names(i, place):
                key = match_key(name)
                idxs, upper = found.get(key, (set(), None))
                idxs.add(i)
                mine = upper_positions(name)
                found[key] = (idxs, mine if upper is None else upper & mine)
        entries = []
        for key, (idxs, upper) in found.items():
            value = self._finder_value(key, idxs, upper or frozenset())
            if value is not None:
                entries.append((key, value))
        return entries

    def _findable_names(self, i: int, place: Place) -> list[str]:
        """Returns the names of a place that find() looks for."""
        if place.kind == "admin1":
            if place.population == 0:
                return []  # divisions without any listed city are mostly parishes and wards
            main = name_key(place.name) + " "
            # the suffix-less form of "Free State" is "Free": good for lookup, not in prose
            names = [place.name] + [
                n for n in self._names[i] if not main.startswith(name_key(n) + " ")
            ]
        elif place.population >= ALTERNATE_MIN_POPULATION or place.kind == "country":
            names = [place.name, *self._names[i]]
        else:
            names = [place.name]
        if _city_named(place):
            names.append(place.name[:-5])  # "Hualien" of "Hualien City", as reports write it
        return [n for n in names if n[:1].isupper() and not is_cjk(n)]

    def _finder_value(self, key: str, idxs: set[int], upper: frozenset[int]) -> FinderValue | None:
        """Returns the automaton value of a key, or None if the key is not worth finding."""
        if len(idxs) == 1:
            ranked: tuple[Place, ...] = (self.places[next(iter(idxs))],)
        else:
            order = self._order(dict.fromkeys(idxs, 0), name_key(key.strip()), None)
            ranked = tuple(self.places[i] for _, i in order)
        bare = " ".join(key.split())
        if " " not in bare and len(bare) <= 3:
            named = tuple(p for p in ranked if name_key(p.name) == bare)
            if not named or named[0].population < SHORT_NAME_MIN_POPULATION:
                return None
            ranked = named
        if bare not in self._stop:
            return ranked, upper, -1
        # divisions named "Central" or "West" do not make the word a place name
        main = [p.population for p in ranked if p.kind != "admin1" and name_key(p.name) == bare]
        return (ranked, upper, max(main)) if main else None


def _city_named(place: Place) -> bool:
    """True for "Hualien City", a city reports name without its "City" (not "Ho Chi Minh")."""
    return (
        place.country in CITY_NAMED
        and place.kind == "city"
        and place.population >= 50_000
        and place.name.endswith(" City")
        and 0 < place.name[:-5].count(" ") + 1 <= 2
        and len(place.name) > 8
    )


def read_stopwords() -> list[str]:
    """Returns the packaged stoplist of place names that are usually ordinary words."""
    text = data_path("place_stopwords.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def _load_packaged() -> Gazetteer:
    """Returns the gazetteer of the packaged data files (cached: one per process)."""
    with gc_paused():
        rows = read_rows(data_path("gazetteer.tsv.gz"))
        twins = data_path("twin_places.tsv.gz")
        if twins.exists():
            rows += read_rows(twins)
        return Gazetteer.from_rows(rows, Countries.load(), read_stopwords())
