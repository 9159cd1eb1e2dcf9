"""The registry's library calls over a Store, one per command: import, resolve, queries, network.

Each opens its own connection (or transaction); see the modules named for the details.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from sqlalchemy import update

from amity.errors import InputError, NotFound
from amity.registry import queries
from amity.registry import timeline as timelines
from amity.registry.importer import ImportSummary, import_registry
from amity.registry.merge import history, merge, split, undo
from amity.registry.resolve import ResolveSummary, resolve_all, resolve_report
from amity.store import schema
from amity.store.engine import writing

STATUSES = ("active", "dormant", "ended")
NETWORK_FORMATS = ("graphml", "geojson")

__all__ = [
    "ImportSummary", "ResolveSummary", "import_registry", "resolve_all", "resolve_report",
    "merge", "split", "undo", "history", "partners", "ties", "timeline", "set_tie_status",
    "network_stats", "export_network",
]  # fmt: skip


def partners(store: Any, place: str, country: str | None = None) -> dict[str, Any]:
    """Returns a place and its ties (registry and reports) with partners and sources."""
    with store.engine.connect() as conn:
        return queries.partners(conn, place, country)


def ties(
    store: Any, country: str, other: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Returns the ties between places of a country and another country (or any)."""
    with store.engine.connect() as conn:
        return queries.ties_between(conn, country, other, limit)


def timeline(store: Any, name: str, kind: str | None = None) -> dict[str, Any]:
    """Returns the dated events, ties and roles of a place, organization or person."""
    with store.engine.connect() as conn:
        return timelines.timeline(conn, name, kind)


def set_tie_status(store: Any, tie_id: int, status: str) -> None:
    """Marks a tie active, dormant or ended; raises NotFound or InputError."""
    if status not in STATUSES:
        raise InputError(f"unknown tie status {status!r}", f"use one of {', '.join(STATUSES)}")
    table = schema.ties
    with writing(store.engine) as conn:
        done = conn.execute(update(table).where(table.c.id == tie_id).values(status=status))
        if not done.rowcount:
            raise NotFound(f"no tie {tie_id}", "find tie ids with `amity partners PLACE --json`")


def network_stats(store: Any, top: int = 10, sample: int | None = None) -> dict[str, Any]:
    """Returns the network summary: places, ties, components, top places."""
    from amity.analysis import network

    with store.engine.connect() as conn:
        graph = network.build_graph(conn)
    return network.stats(graph, top, sample or network.BETWEENNESS_SAMPLE)


def export_network(store: Any, fmt: str, out: IO[str]) -> int:
    """Writes the tie network as GraphML or GeoJSON lines; returns how many ties."""
    from amity.analysis import network

    if fmt not in NETWORK_FORMATS:
        raise InputError(f"cannot export the network as {fmt!r}", "use graphml or geojson")
    with store.engine.connect() as conn:
        graph = network.build_graph(conn)
    return (network.write_graphml if fmt == "graphml" else network.write_geojson)(graph, out)


def data_dir(folder: str | None) -> Path | None:
    """Returns the data folder given on the command line, or None for the default."""
    return Path(folder) if folder else None
