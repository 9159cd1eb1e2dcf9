"""Place rows for the store: one entity per real place, one name row per way it is written.

Keys (the places.key column):
- `gn:<geonameid>`: a gazetteer place (city, first-level division or country);
- `wd:<qid>`: a Wikidata place the gazetteer lacks;
- `part:<parent geonameid>:<name>`: a district or town the gazetteer lacks, attached to
  the parent the text gives, at the parent's coordinates;
- `<name as written, folded>|<country>`: a name as written (the key the store gives the
  places of records). It points to its entity (entity_links.same_as) when resolved, and
  is an entity of its own, unresolved, when not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from amity.registry.datasets.twins import Node
from amity.registry.gazetteer import Place, distance_km
from amity.registry.matching import name_key
from amity.registry.places import PlaceResolver, Resolved, clean
from amity.store.entities import place_key

# A Wikidata place farther than this from the gazetteer place of the same name is another place.
SAME_PLACE_KM = 60.0


@dataclass
class PlaceEntry:
    """A places row to write, with its place_info facts and the entity it stands for."""

    key: str
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    parent: str | None = None
    kind: str | None = None
    population: int | None = None
    wikidata_id: str | None = None
    located: str | None = None
    parent_key: str | None = None
    same_as: str | None = None
    canonical_name: str | None = None

    @property
    def resolved(self) -> bool:
        """Returns True if the row has coordinates or points to an entity that has."""
        return self.located is not None

    def place_values(self) -> dict[str, Any]:
        """Returns the places columns of the row."""
        return {
            "key": self.key, "name": self.name, "canonical_name": self.canonical_name or None,
            "country": self.country, "lat": self.lat, "lon": self.lon,
            "geonames_id": self.geonames_id, "parent": self.parent, "resolved": self.resolved,
        }  # fmt: skip

    def info_values(self, place_id: int, ids: dict[str, int]) -> dict[str, Any]:
        """Returns the place_info columns of the row, given the ids of the rows by key."""
        return {
            "place_id": place_id, "kind": self.kind, "population": self.population,
            "parent_id": ids.get(self.parent_key) if self.parent_key else None,
            "wikidata_id": self.wikidata_id, "located": self.located,
        }  # fmt: skip


def gazetteer_entry(place: Place) -> PlaceEntry:
    """Returns the entity row of a gazetteer place."""
    return PlaceEntry(
        key=f"gn:{place.geonames_id}",
        name=place.name,
        canonical_name=place.name,
        country=place.country,
        lat=place.lat,
        lon=place.lon,
        geonames_id=place.geonames_id,
        parent=place.admin1_name if place.kind == "city" else None,
        kind=place.kind,
        population=place.population or None,
        located="gazetteer" if place.lat is not None else None,
    )


def part_entry(parent: Place, part: str) -> PlaceEntry:
    """Returns the entity row of a district or town the gazetteer lacks, inside parent."""
    return PlaceEntry(
        key=f"part:{parent.geonames_id}:{name_key(part)}",
        name=part,
        canonical_name=part,
        country=parent.country,
        lat=parent.lat,
        lon=parent.lon,
        parent=parent.name,
        kind="part",
        located="parent" if parent.lat is not None else None,
        parent_key=f"gn:{parent.geonames_id}",
    )


def node_entry(node: Node, country: str | None) -> PlaceEntry:
    """Returns the entity row of a Wikidata place the gazetteer lacks."""
    located = node.lat is not None and node.lon is not None
    return PlaceEntry(
        key=f"wd:{node.qid}",
        name=node.name,
        canonical_name=node.name,
        country=country,
        lat=node.lat,
        lon=node.lon,
        kind="city",
        population=node.population,
        wikidata_id=node.qid,
        located="wikidata" if located else None,
    )


def name_entry(written: str, country: str | None, entity: PlaceEntry | None) -> PlaceEntry:
    """Returns the row of a name as written: a copy of its entity's facts, or unresolved."""
    key = place_key(written, country)
    if entity is None:
        return PlaceEntry(key=key, name=written, country=country)
    return PlaceEntry(
        key=key, name=written, canonical_name=entity.name, country=entity.country or country,
        lat=entity.lat, lon=entity.lon, geonames_id=entity.geonames_id, parent=entity.parent,
        located=entity.located, same_as=entity.key,
    )  # fmt: skip


@dataclass
class Catalog:
    """The place rows of an import or a resolution: entities by key, names as written by key."""

    resolver: PlaceResolver
    fuzzy: bool = True  # data sets name many small towns: spelling guesses would mislead
    entities: dict[str, PlaceEntry] = field(default_factory=dict)
    names: dict[str, PlaceEntry] = field(default_factory=dict)
    by_label: dict[tuple[str, str | None], str] = field(default_factory=dict)
    unresolved: set[str] = field(default_factory=set)

    def entity(self, resolved: Resolved) -> PlaceEntry | None:
        """Returns (adding it) the entity row a resolution found, or None."""
        if resolved.place is not None:
            entry = gazetteer_entry(resolved.place)
        elif resolved.parent is not None and resolved.part:
            self.entity(Resolved(resolved.written, resolved.country, resolved.parent))
            entry = part_entry(resolved.parent, resolved.part)
        else:
            return None
        return self.entities.setdefault(entry.key, entry)

    def add_node(self, node: Node) -> str:
        """Returns the entity key of a Wikidata place, matched to the gazetteer when it can be."""
        code = self.resolver.country_code(node.country)
        resolved = self.resolver.resolve(node.name, code, fuzzy=False)
        entry = self.entity(resolved) if resolved.place is not None else None
        if entry is None or not _near(entry, node):
            entry = self.entities.setdefault(f"wd:{node.qid}", node_entry(node, code))
        elif entry.wikidata_id is None:
            entry.wikidata_id = node.qid
        self.by_label.setdefault((name_key(clean(node.name)), code), entry.key)
        self.add_written(node.name, code, entry)
        return entry.key

    def add_name(
        self,
        written: str,
        country: str | None,
        context: tuple[str, ...] = (),
        key: str | None = None,
    ) -> PlaceEntry:
        """Returns the row a name as written stands for: its entity, or itself unresolved."""
        code = self.resolver.country_code(country) if country else None
        key = key or place_key(written, code)
        known = self.names.get(key)
        if known is not None:
            return self.entities[known.same_as] if known.same_as else known
        resolved = self.resolver.resolve(written, code, context, self.fuzzy)
        entry = self.entity(resolved)
        if entry is None:
            label = self.by_label.get((name_key(clean(written)), resolved.country or code))
            entry = self.entities.get(label) if label else None
        return self.add_written(written, resolved.country or code, entry, key)

    def add_written(
        self, written: str, code: str | None, entity: PlaceEntry | None, key: str | None = None
    ) -> PlaceEntry:
        """Adds the name row of a name as written; returns its entity, or the name row itself."""
        row = name_entry(written, code, entity)
        if key is not None:
            row.key = key
        self.names.setdefault(row.key, row)
        if entity is None:
            self.unresolved.add(row.key)
            return row
        return entity

    def rows(self) -> list[PlaceEntry]:
        """Returns every row: parents before their parts, entities before names."""
        ordered = sorted(self.entities.values(), key=lambda e: e.kind == "part")
        return ordered + [n for k, n in self.names.items() if k not in self.entities]


def _near(entry: PlaceEntry, node: Node) -> bool:
    """Returns True if a Wikidata place lies close to the entity (or either lacks coordinates)."""
    if None in (entry.lat, entry.lon, node.lat, node.lon):
        return True
    here = (entry.lat, entry.lon)
    return distance_km(here, (node.lat, node.lon)) <= SAME_PLACE_KM  # type: ignore[arg-type]
