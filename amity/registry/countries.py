"""Countries: ISO 3166-1 alpha-2 codes from names, adjectives, old names, misspellings and Chinese.

`Countries.load()` reads amity/data/countries.tsv (GeoNames country info) and
amity/data/country_aliases.tsv (our hand-written alias table; its header documents the
format). `.code(name)` resolves one name; `.find(text)` finds every country mention in a
text with one Aho-Corasick pass (built on first use).

Choices for text matching:
- A Latin alias matches whole words only, and every letter uppercase in the table must be
  uppercase in the text ("fine china" and "us" are not countries, "US" is).
- The longest match wins ("Papua New Guinea" over "Guinea", "Syria Lanka" over "Syria"),
  and blockers in the table swallow names that only contain a country ("New Mexico").
- A combining form ("Sino", "Indo", "Pak") counts only right before a hyphen, so
  "Sino-Japanese" gives CN and JP and "Pak-China" gives PK and CN. "Indo-Pacific",
  "Indo-China", "Anglo-Saxon" and a few other region or language compounds are blocked.
- Chinese names match anywhere (Chinese has no spaces); only full names are listed, never
  one-character abbreviations such as 中 or 美, which match far too much.
- Names that often mean something else (Georgia, Jordan, Chad, Columbia, Congo, Kiwi...)
  are found but flagged ambiguous=True, for the caller to weigh with context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from amity.errors import ConfigError, NotFound
from amity.registry.matching import (
    build_automaton,
    case_ok,
    longest_first,
    match_key,
    name_key,
    raw_matches,
    strip_the,
    upper_positions,
)

KINDS = {
    "name": "name",
    "adj": "adjective",
    "prefix": "prefix",
    "hist": "historical",
    "mis": "misspelling",
    "zh": "zh",
    "block": "block",
}
HYPHENS = "-\u2010\u2011\u2012\u2013\u2014/"
_PAREN = re.compile(r"\s*\([^)]*\)")
REBUILD = "reinstall amity, or run `python -m amity.registry.datasets.build_gazetteer`"


@dataclass(frozen=True, slots=True)
class Alias:
    """One way of writing a country: the text, its code (None for a blocker) and kind."""

    text: str
    code: str | None
    kind: str
    ambiguous: bool = False


@dataclass(frozen=True, slots=True)
class CountryInfo:
    """What GeoNames says about a country, with our display names."""

    code: str
    iso3: str
    name: str
    name_zh: str | None
    continent: str
    capital: str
    population: int
    area_km2: float
    geonameid: int
    neighbours: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country named in a text: text[start:end] == surface."""

    start: int
    end: int
    code: str
    surface: str
    kind: str
    ambiguous: bool = False


def data_path(name: str) -> Path:
    """Returns the path of a packaged data file of amity/data."""
    return Path(str(resources.files("amity") / "data" / name))


def read_tsv(path: Path) -> list[list[str]]:
    """Returns the tab-separated rows of a file, skipping blank lines and # comments."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read data file {path}: {exc.strerror}", REBUILD) from exc
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def parse_alias_line(fields: list[str]) -> list[Alias]:
    """Returns the aliases of one line of country_aliases.tsv."""
    code = None if fields[0] == "-" else fields[0]
    out = []
    for field in fields[1:]:
        kind, _, names = field.partition(":")
        if kind not in KINDS:
            raise ConfigError(
                f"country_aliases.tsv: unknown kind {kind!r} for {fields[0]}", REBUILD
            )
        for raw in names.split("|"):
            text = raw.rstrip("?").strip()
            if text:
                out.append(Alias(text, code, KINDS[kind], raw.endswith("?")))
    return out


def parse_info(row: list[str], names: dict[str, str], names_zh: dict[str, str]) -> CountryInfo:
    """Returns the CountryInfo of one countries.tsv row."""
    code = row[0]
    return CountryInfo(
        code=code,
        iso3=row[1],
        name=names.get(code, row[3]),
        name_zh=names_zh.get(code),
        continent=row[4],
        capital=row[5],
        population=int(row[6] or 0),
        area_km2=float(row[7] or 0),
        geonameid=int(row[8] or 0),
        neighbours=tuple(n for n in row[9].split(",") if n),
    )


def first_of_kind(aliases: list[Alias], kind: str) -> dict[str, str]:
    """Returns the first alias text of the given kind for each code."""
    out: dict[str, str] = {}
    for alias in aliases:
        if alias.kind == kind and alias.code and alias.code not in out:
            out[alias.code] = alias.text
    return out


class Countries:
    """The country table: lookups by name and mentions in text."""

    def __init__(self, info_rows: list[list[str]], aliases: list[Alias]) -> None:
        names, names_zh = first_of_kind(aliases, "name"), first_of_kind(aliases, "zh")
        self._info = {r[0]: parse_info(r, names, names_zh) for r in info_rows[1:]}
        geonames = [Alias(strip_the(r[3].strip()), r[0], "name") for r in info_rows[1:]]
        self.aliases = [a for a in aliases + geonames if a.code is None or a.code in self._info]
        self._by_key: dict[str, Alias] = {}
        for alias in self.aliases:
            self._by_key.setdefault(name_key(alias.text), alias)
        self._iso3 = {info.iso3: code for code, info in self._info.items()}
        self._auto: Any = None

    @classmethod
    def from_files(cls, info_path: Path, alias_path: Path) -> Countries:
        """Returns the table read from a countries.tsv and a country_aliases.tsv."""
        aliases = [a for row in read_tsv(alias_path) for a in parse_alias_line(row)]
        return cls(read_tsv(info_path), aliases)

    @classmethod
    def load(cls) -> Countries:
        """Returns the packaged table, read once per process."""
        return _load_packaged()

    def codes(self) -> list[str]:
        """Returns every known ISO 3166-1 alpha-2 code, sorted."""
        return sorted(self._info)

    def code(self, name: str) -> str | None:
        """Returns the ISO code a name, adjective, alias or ISO2/ISO3 code stands for, or None."""
        bare = name.strip()
        if bare.isupper() and bare.isalpha():
            if bare in self._info:
                return bare
            if bare in self._iso3:
                return self._iso3[bare]
        alias = self.alias(bare)
        return alias.code if alias else None

    def alias(self, name: str) -> Alias | None:
        """Returns the alias entry a name resolves to, trying "X (note)" and "A, B" forms too.

        Of "A, B" the first part wins unless it is unknown or ambiguous: "Hong Kong, China"
        is HK, "Perth, Scotland" and "Georgia, United States" are GB and US.
        """
        whole = self._by_key.get(name_key(name))
        if whole is not None:
            return whole
        bare = _PAREN.sub("", name).strip()
        parts = [p.strip() for p in bare.split(",") if p.strip()] or [bare]
        first = self._by_key.get(name_key(parts[0]))
        if first is not None and (len(parts) == 1 or not first.ambiguous):
            return first
        return self._by_key.get(name_key(parts[-1])) if len(parts) > 1 else None

    def info(self, code: str) -> CountryInfo:
        """Returns the GeoNames facts about a country; raises NotFound for an unknown code."""
        info = self._info.get(code.upper())
        if info is None:
            raise NotFound(
                f"unknown country code {code!r}", "use an ISO 3166-1 alpha-2 code such as CN or US"
            )
        return info

    def name(self, code: str) -> str:
        """Returns the English short name of a country code."""
        return self.info(code).name

    def name_zh(self, code: str) -> str | None:
        """Returns the common Chinese name of a country code, or None if none is known."""
        return self.info(code).name_zh

    def find(self, text: str) -> list[CountryMention]:
        """Returns the country mentions in text, in order, longest match first."""
        if self._auto is None:
            self._auto = build_automaton(self._automaton_entries())
        spans = [
            (start, end, entry)
            for start, end, entry in raw_matches(self._auto, text)
            if case_ok(text, start, entry[1])
            and (entry[0].kind != "prefix" or _before_hyphen(text, end))
        ]
        return [
            CountryMention(s, e, alias.code, text[s:e], alias.kind, alias.ambiguous)
            for s, e, (alias, _) in longest_first(spans)
            if alias.code is not None
        ]

    def _automaton_entries(self) -> list[tuple[str, tuple[Alias, frozenset[int]]]]:
        """Returns (key, (alias, uppercase offsets)) for every alias, table order."""
        return [(match_key(a.text), (a, upper_positions(strip_the(a.text)))) for a in self.aliases]


def _before_hyphen(text: str, end: int) -> bool:
    """Returns True if text has a hyphen (or slash) right at offset end."""
    return end < len(text) and text[end] in HYPHENS


@cache
def _load_packaged() -> Countries:
    """Returns the table of the packaged data files (cached: one per process)."""
    return Countries.from_files(data_path("countries.tsv"), data_path("country_aliases.tsv"))
