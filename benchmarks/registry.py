"""Registry: import time of all the twin-town data, place-resolution time, seed resolution rates.

    python -m benchmarks.registry [--data DIR] [--db URL] [--seeds DIR] [--names N]

Imports data/ into a fresh SQLite file (or --db), imports it again (must add nothing),
times PlaceResolver.resolve over N names of the Wikipedia pairs (median and 95th
percentile, gazetteer loaded beforehand), then ingests the seeds (--seeds, default
../shared/corpus/seeds when present) and reports the share of the places their records
name that resolve to coordinates. Targets: import under 60 s, median resolution under 1 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

TARGET_IMPORT_S = 60.0
TARGET_RESOLVE_MS = 1.0
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"


def time_import(store: Any, data: Path | None) -> dict[str, Any]:
    """Returns the first and second import summaries (the second must add nothing)."""
    from amity.registry.importer import import_registry
    from amity.registry.places import PlaceResolver

    PlaceResolver.load()  # the gazetteer is read once per process; time the import itself
    first = import_registry(store, data)
    second = import_registry(store, data)
    return {"first": first.to_dict(), "second": second.to_dict()}


def time_resolution(data: Path | None, count: int) -> dict[str, float]:
    """Returns the median and 95th percentile time of resolving a name, in milliseconds."""
    from amity.registry.datasets import twins
    from amity.registry.places import PlaceResolver

    folder = data or twins.default_data_dir()
    pairs = twins.read_pairs(folder / twins.ENWIKI)[:count]
    resolver = PlaceResolver.load()
    times = []
    for pair in pairs:
        started = time.perf_counter()
        resolver.resolve(pair.city2, pair.country2)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "names": len(times),
        "median_ms": round(statistics.median(times), 4),
        "p95_ms": round(times[int(len(times) * 0.95)], 4),
    }


def seed_rates(store: Any, seeds: Path) -> dict[str, Any]:
    """Ingests the seeds and returns the share of their named places that have coordinates."""
    from amity.ingest.batch import ingest_paths
    from amity.store import schema

    ingest_paths(store, [seeds])
    with store.engine.connect() as conn:
        e, p, places = schema.events, schema.partnerships, schema.places
        ids = set(conn.execute(select(e.c.place_id)).scalars())
        ids |= set(conn.execute(select(p.c.a_place_id)).scalars())
        ids |= set(conn.execute(select(p.c.b_place_id)).scalars())
        ids.discard(None)
        rows = conn.execute(select(places.c.name, places.c.lat).where(places.c.id.in_(ids))).all()
    located = [r.name for r in rows if r.lat is not None]
    missing = sorted(r.name for r in rows if r.lat is None)
    share = len(located) / len(rows) if rows else 0.0
    return {"places": len(rows), "with_coordinates": len(located), "share": round(share, 3),
            "without": missing}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Runs the benchmark and prints its results; returns 1 if a target is missed."""
    from amity.store import Store

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="Folder of the data sets (default data/).")
    parser.add_argument("--db", help="Store URL (default: a fresh SQLite file).")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="Folder of seed reports.")
    parser.add_argument("--names", type=int, default=5000, help="Names to resolve.")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        with Store.open(args.db or str(Path(tmp) / "registry.db")) as store:
            result: dict[str, Any] = {"import": time_import(store, args.data)}
            result["resolve"] = time_resolution(args.data, args.names)
            if args.seeds.is_dir():
                result["seeds"] = seed_rates(store, args.seeds)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    first = result["import"]["first"]
    print(f"import: {first['elapsed']:.1f} s (target < {TARGET_IMPORT_S:.0f} s); "
          f"median resolution {result['resolve']['median_ms']:.3f} ms "
          f"(target < {TARGET_RESOLVE_MS} ms)")  # fmt: skip
    if "seeds" in result:
        seeds = result["seeds"]
        print(f"seeds: {seeds['with_coordinates']}/{seeds['places']} places with coordinates")
    missed = (
        first["elapsed"] >= TARGET_IMPORT_S or result["resolve"]["median_ms"] >= TARGET_RESOLVE_MS
    )
    return 1 if missed or result["import"]["second"]["new_ties"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
