"""`import_registry`: the Wikipedia and Wikidata twin-town pairs into one registry of ties.

Each tie is stored once (A-B is B-A) between place entities: names resolve through the
gazetteer (or the Wikidata place, or stay unresolved under the name as written), so
variants of a name meet in one place. Every raw row stays as a source of its tie. Only new
rows are written, so a second run adds nothing.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from amity.registry.catalog import Catalog
from amity.registry.datasets import twins
from amity.registry.places import PlaceResolver
from amity.registry.writer import TieIn, write_places, write_ties
from amity.store import schema
from amity.store.engine import writing
from amity.store.registry import count


@dataclass
class ImportSummary:
    """What an import read and wrote."""

    wikipedia_rows: int = 0
    wikidata_edges: int = 0
    ties: int = 0
    places: int = 0
    unresolved: int = 0
    new_ties: int = 0
    new_places: int = 0
    total_ties: int = 0
    elapsed: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """Returns the summary as plain data."""
        return asdict(self)

    def describe(self) -> str:
        """Returns the summary in one sentence for people."""
        return (
            f"{self.wikipedia_rows} Wikipedia rows and {self.wikidata_edges} Wikidata pairs "
            f"became {self.ties} ties between {self.places} places; {self.unresolved} names "
            f"could not be resolved (kept as written). New: {self.new_ties} ties, "
            f"{self.new_places} place rows; {self.total_ties} ties stored "
            f"({self.elapsed:.1f} s)"
        )


def _source(prefix: str, raw: str, **extra: Any) -> dict[str, Any]:
    """Returns a tie_sources row for a raw data-set row, keyed by its content."""
    digest = hashlib.sha1(raw.encode("utf-8")).hexdigest()[:20]
    return {"key": f"{prefix}:{digest}", "source": prefix, "raw": raw, "report_id": None,
            "partnership_id": None, "date": None, **extra}  # fmt: skip


def wikidata_ties(catalog: Catalog, folder: Path) -> tuple[list[TieIn], int]:
    """Returns the ties of the Wikidata pairs and how many pairs were read."""
    nodes = twins.read_nodes(folder / twins.WIKIDATA_NODES)
    keys = {qid: catalog.add_node(node) for qid, node in nodes.items()}
    edges = twins.read_edges(folder / twins.WIKIDATA_EDGES)
    ties = []
    for a, b in edges:
        if a in keys and b in keys:
            raw = "-".join(sorted((a, b)))
            ties.append(
                TieIn(keys[a], keys[b], in_registry=True, sources=[_source("wikidata", raw)])
            )
    return ties, len(edges)


def wikipedia_ties(catalog: Catalog, folder: Path) -> tuple[list[TieIn], int]:
    """Returns the ties of the Wikipedia pairs and how many rows were read."""
    pairs = twins.read_pairs(folder / twins.ENWIKI)
    ties = []
    for pair in pairs:
        a = catalog.add_name(pair.city1, pair.country1)
        b = catalog.add_name(pair.city2, pair.country2)
        raw = f"{pair.city1}, {pair.country1} | {pair.city2}, {pair.country2}"
        ties.append(TieIn(a.key, b.key, in_registry=True, sources=[_source("wikipedia", raw)]))
    return ties, len(pairs)


def import_registry(
    store: Any, folder: Path | str | None = None, resolver: PlaceResolver | None = None
) -> ImportSummary:
    """Imports the twin-town data sets of folder (default data/) into the store's registry."""
    started = time.perf_counter()
    folder = Path(folder) if folder else twins.default_data_dir()
    twins.check_dir(folder)
    catalog = Catalog(resolver or PlaceResolver.load(), fuzzy=False)
    wikidata, edges = wikidata_ties(catalog, folder)
    wikipedia, rows = wikipedia_ties(catalog, folder)
    with writing(store.engine) as conn:
        ids, new_places = write_places(conn, catalog.rows())
        new_ties = write_ties(conn, wikidata + wikipedia, ids)
        total = count(conn, schema.ties)
    entities = {t.a for t in wikidata + wikipedia} | {t.b for t in wikidata + wikipedia}
    summary = ImportSummary(
        wikipedia_rows=rows, wikidata_edges=edges, places=len(entities),
        unresolved=len(catalog.unresolved), new_ties=new_ties, new_places=new_places,
        total_ties=total, ties=_distinct_ties(wikidata + wikipedia, ids),
    )  # fmt: skip
    summary.elapsed = time.perf_counter() - started
    return summary


def _distinct_ties(ties: list[TieIn], ids: dict[str, int]) -> int:
    """Returns how many distinct ties (A-B same as B-A, no self-ties) the rows hold."""
    pairs = {frozenset((ids[str(t.a)], ids[str(t.b)])) for t in ties}
    return sum(1 for pair in pairs if len(pair) == 2)
