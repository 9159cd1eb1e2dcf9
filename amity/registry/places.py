"""Resolving a place name as written (in a report or a data set) to a gazetteer place.

`PlaceResolver.resolve(name, country, context)` returns a `Resolved`:
- the gazetteer place the name means, if any: generic suffixes ("City", "District") are
  the gazetteer's business; here "X of Y", "X, Y", "Y – X", "Russia's X" and notes in
  parentheses are taken apart, Y being a country (a hint) or a parent place;
- else, for a district, county or town the gazetteer lacks, the parent the text gives
  ("Changning District of Shanghai", "Minsk Soviet District"): the place is kept under
  its own name, attached to the parent, at the parent's coordinates;
- else, in the country given, a place whose name is one or two letters off ("Rybinks");
- else nothing: the caller keeps the name as written, unresolved.

Ambiguous names go to the country given; without one, to a country of the context (the
countries the report names), then to the most populous place (the gazetteer's ranking).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import get_close_matches
from functools import cache

from amity.registry.countries import Countries, data_path
from amity.registry.gazetteer import SUFFIXES, Gazetteer, Place, stripped_keys
from amity.registry.matching import name_key

BIG_PLACE = 1_000_000
MISSPELT_MIN = 6  # shorter names are too close to other real names
MISSPELT_CUTOFF = 0.85
_PARENS = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_DASH = re.compile(r"\s+[\u2013\u2014-]\s+")
_POSSESSIVE = re.compile(r"^(.+?)['\u2019]s\s+(.+)$")
# Words that mark a part of a city or province: "Soviet District", "Hongshan Qu".
_PART_WORDS = frozenset(s for s in SUFFIXES if " " not in s) | {"ward", "area", "zone"}
# Trailing words the gazetteer keeps but that do not change which place is meant.
_GENERIC = frozenset({"port", "harbour", "harbor", "area", "zone", "urban", "centre", "center"})


@dataclass(frozen=True, slots=True)
class Resolved:
    """A name as written, and what it resolved to: a gazetteer place, or a part of a parent."""

    written: str
    country: str | None
    place: Place | None = None
    parent: Place | None = None
    part: str | None = None

    @property
    def found(self) -> bool:
        """Returns True if the name resolved to a place or to a part of a known place."""
        return self.place is not None or self.parent is not None

    @property
    def coordinates(self) -> tuple[float, float] | None:
        """Returns (lat, lon) of the place, or of the parent for a part, or None."""
        where = self.place or self.parent
        if where is None or where.lat is None or where.lon is None:
            return None
        return (where.lat, where.lon)


def clean(name: str) -> str:
    """Returns a name without notes in brackets, quotes, a leading "the" and extra spaces."""
    bare = _PARENS.sub("", name).strip(" \t\"'\u201c\u201d,.;:")
    if bare.lower().startswith("the "):
        bare = bare[4:]
    return " ".join(bare.split())


class PlaceResolver:
    """Resolves place names with a gazetteer and a country table."""

    def __init__(self, gazetteer: Gazetteer, countries: Countries) -> None:
        self.gazetteer = gazetteer
        self.countries = countries
        self._by_country: dict[str, dict[str, Place]] | None = None

    @classmethod
    def load(cls) -> PlaceResolver:
        """Returns the resolver over the packaged gazetteer (one per process)."""
        return _packaged()

    def resolve(
        self,
        name: str,
        country: str | None = None,
        context: tuple[str, ...] = (),
        fuzzy: bool = True,
    ) -> Resolved:
        """Returns what a place name as written means (fuzzy: try misspellings); see the module doc."""
        code = self.country_code(country)
        text = clean(name)
        head, tail, hint = self.split(text)
        code = code or hint
        if not head:
            return Resolved(name, code)
        whole = self.pick(text, code, context) if text != head else None
        if whole is not None:
            return Resolved(name, whole.country, whole)
        parent = self.pick(tail, code, context) if tail else None
        known = self.known_part(head, code) if _has_part_word(head) and not parent else None
        if known is not None:
            return known
        place = self.pick(head, code or (parent.country if parent else None), context, parent)
        place = place or self.pick(_without_generic(head), code, context, parent)
        if place is not None:
            return Resolved(name, place.country, place)
        return self.known_part(head, code) or self.part_of(name, head, parent, code, context, fuzzy)

    def known_part(self, head: str, code: str | None) -> Resolved | None:
        """Returns a district of the packaged table of parts ("Xicheng District"), or None."""
        words = head.split()
        while len(words) > 1 and name_key(words[-1]) in _PART_WORDS:
            words.pop()
        entries = _parts().get(name_key(" ".join(words)), [])
        hits = [(c, p) for c, p, needs in entries if c == code or not (code or needs)]
        if len(hits) != 1:
            return None
        parent = self.pick(hits[0][1], hits[0][0], ())
        return Resolved(head, hits[0][0], None, parent, head) if parent else None

    def country_code(self, country: str | None) -> str | None:
        """Returns the ISO code of a country given as a code or name, or None."""
        if not country:
            return None
        return self.countries.code(country) or None

    def split(self, text: str) -> tuple[str, str | None, str | None]:
        """Returns (head, parent name, country code) of "X of Y", "X, Y", "Y – X", "Y's X"."""
        hint = None
        owner = _POSSESSIVE.match(text)
        if owner and self.countries.code(owner.group(1)):
            hint, text = self.countries.code(owner.group(1)), owner.group(2)
        dash = _DASH.split(text, maxsplit=1)
        if len(dash) == 2:
            return dash[1], dash[0], hint
        for sep in (", ", " of "):
            head, found, tail = text.rpartition(sep)
            if found and head:
                code = self.countries.code(tail)
                if code:
                    return self.split_more(head, hint or code)
                return head, tail, hint
        return text, None, hint

    def split_more(self, head: str, code: str) -> tuple[str, str | None, str | None]:
        """Returns the split of what is left once a trailing country is taken off."""
        inner, tail, _ = self.split(head)
        return inner, tail, code

    def pick(
        self,
        name: str,
        code: str | None,
        context: tuple[str, ...],
        parent: Place | None = None,
    ) -> Place | None:
        """Returns the best gazetteer place for a name (inside the parent's province if given)."""
        ranked = self.gazetteer.lookup(name, code)
        if _has_part_word(name):
            # "Soviet District" is not the Soviet Union, whatever the suffix-less form says
            ranked = [p for p in ranked if p.kind != "country"]
        if code:
            ranked = [p for p in ranked if p.country == code]
        else:
            ranked = [p for p in ranked if _plausible(p, name, context)]
            ranked = sorted(ranked, key=lambda p: p.country not in context)
        if parent is not None:
            # A same-named place elsewhere is not the one meant: the text named its parent.
            ranked = [p for p in ranked if _inside(p, parent)]
        return ranked[0] if ranked else None

    def part_of(
        self,
        written: str,
        head: str,
        parent: Place | None,
        code: str | None,
        context: tuple[str, ...],
        fuzzy: bool = True,
    ) -> Resolved:
        """Returns a part of the parent the text gives ("Minsk Soviet District"), or unresolved."""
        if parent is None:
            parent, head = self.leading_parent(head, code, context)
        if parent is None or parent.kind == "country":
            close = self.misspelt(head, code) if fuzzy else None
            return Resolved(written, code, close) if close else Resolved(written, code)
        return Resolved(written, parent.country, None, parent, head)

    def misspelt(self, name: str, code: str | None) -> Place | None:
        """Returns the place of the country whose name is one or two letters off, or None."""
        key = name_key(_without_generic(name))
        if not code or len(key) < MISSPELT_MIN or _has_part_word(name):
            return None
        names = self._names_in(code)
        close = get_close_matches(key, list(names), n=5, cutoff=MISSPELT_CUTOFF)
        edits = [(typos(key, c), -names[c].population, c) for c in close]
        best = min(edits, default=None)
        return names[best[2]] if best and best[0] <= (1 if len(key) < 8 else 2) else None

    def _names_in(self, code: str) -> dict[str, Place]:
        """Returns the cities and divisions of a country by folded main name (the largest kept)."""
        if self._by_country is None:
            self._by_country = {}
            for place in sorted(self.gazetteer.places, key=lambda p: -p.population):
                if place.kind != "country":
                    names = self._by_country.setdefault(place.country, {})
                    names.setdefault(name_key(place.name), place)
        return self._by_country.get(code, {})

    def leading_parent(
        self, head: str, code: str | None, context: tuple[str, ...]
    ) -> tuple[Place | None, str]:
        """Returns the place whose name opens "Minsk Soviet District" and the rest of it."""
        words = head.split()
        if len(words) < 3 or name_key(words[-1]) not in _PART_WORDS:
            return None, head
        for cut in range(len(words) - 2, 0, -1):
            parent = self.pick(" ".join(words[:cut]), code, context)
            if parent is not None and parent.kind != "country":
                return parent, " ".join(words[cut:])
        return None, head


def typos(a: str, b: str) -> int:
    """Returns the edits (insert, delete, change, swap of neighbours) between two names."""
    before, row = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (ca != cb))
            if before and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], before[j - 2] + 1)
        before, row = row, current
    return row[-1]


def _has_part_word(name: str) -> bool:
    """Returns True if a name ends with a word for a part of a city ("District", "Qu")."""
    words = name.split()
    return len(words) > 1 and name_key(words[-1]) in _PART_WORDS


def _without_generic(name: str) -> str:
    """Returns a name without a trailing generic word the gazetteer does not strip ("Port")."""
    words = name.split()
    if len(words) > 1 and name_key(words[-1]) in _GENERIC:
        return " ".join(words[:-1])
    return name


@cache
def _parts() -> dict[str, list[tuple[str, str, bool]]]:
    """Returns the table of parts: folded name -> [(country, parent, needs the country)]."""
    out: dict[str, list[tuple[str, str, bool]]] = {}
    text = data_path("place_parts.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, code, parent = line.split("\t")[:3]
            # "Central?" is a common word: a district of that name only in the country given
            entry = (code, parent, name.endswith("?"))
            out.setdefault(name_key(name.rstrip("?")), []).append(entry)
    return out


def _plausible(place: Place, name: str, context: tuple[str, ...]) -> bool:
    """Returns False for a small place met only by another name and with no country to back it.

    Without a country, "Africa" or "Mainland" would otherwise become whichever small
    town has that word among its alternate names.
    """
    if place.country in context or place.population >= BIG_PLACE:
        return True
    return name_key(place.name) in (name_key(name), *stripped_keys(name_key(name)))


def _inside(place: Place, parent: Place) -> bool:
    """Returns True if place lies in the parent's province (or is in the parent country)."""
    if parent.kind == "country":
        return place.country == parent.country
    return place.country == parent.country and place.admin1_code == parent.admin1_code


@cache
def _packaged() -> PlaceResolver:
    """Returns the resolver of the packaged data (cached: one per process)."""
    return PlaceResolver(Gazetteer.load(), Countries.load())
