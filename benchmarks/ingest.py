"""Ingest throughput: N synthetic reports of 1-20 KB into fresh SQLite and PostgreSQL stores.

    python -m benchmarks.ingest [--n 10000] [--db URL] [--pg URL] [--seed 7]

Without --db it measures a fresh SQLite file and, if the server answers, a fresh schema of
the PostgreSQL server (--pg, default AMITY_TEST_PG or postgresql://postgres@127.0.0.1:5432/test).
Each store is measured in its own child process, so peak memory (ru_maxrss) is its own.
Extraction is off: this measures reading, hashing and storing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

PG_URL = os.environ.get("AMITY_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
TARGET_RATE = 200.0
TARGET_PEAK_MB = 500.0

TOWNS = (
    "Riverton",
    "Lakeport",
    "Northbay",
    "Hillside",
    "Eastmarsh",
    "Goldcrest",
    "Stonebridge",
    "Westhaven",
    "Maplefield",
    "Ironvale",
    "Seacliff",
    "Ashford",
    "Brightwater",
    "Pinecrest",
)
BODIES = (
    "the friendship association",
    "the city council",
    "the foreign affairs office",
    "the youth league",
    "a vocational college",
    "the chamber of commerce",
    "the school board",
)
ACTS = (
    "sent a delegation to",
    "welcomed guests from",
    "signed a cooperation memorandum with",
    "held an online meeting with",
    "opened a culture week together with",
    "exchanged teachers with",
    "organized a football camp for students from",
)
TOPICS = (
    "trade and tourism",
    "river protection",
    "elderly care",
    "music education",
    "urban planning",
    "vocational training",
    "disaster relief",
    "public health",
)
MONTHS = ("January", "March", "April", "May", "June", "September", "October", "November")
# fmt: skip


def sentence(rng: random.Random) -> str:
    """Returns one synthetic sentence about an exchange between two towns."""
    a, b = rng.sample(TOWNS, 2)
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2010, 2024)
    return (
        f"On {day} {month} {year}, {rng.choice(BODIES)} of {a} {rng.choice(ACTS)} {b}, "
        f"and {rng.randint(3, 400)} people discussed {rng.choice(TOPICS)}."
    )


def report(rng: random.Random, index: int) -> str:
    """Returns a synthetic report of 1 to 20 KB with a title, a dateline and paragraphs."""
    target = rng.randint(1024, 20 * 1024)
    lines = [f"Exchange bulletin {index}: {rng.choice(TOWNS)} and its partners", ""]
    lines.append(
        f"Date: {rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    )
    size = sum(len(line) + 1 for line in lines)
    while size < target:
        paragraph = " ".join(sentence(rng) for _ in range(rng.randint(2, 6)))
        lines += ["", paragraph]
        size += len(paragraph) + 2
    return "\n".join(lines) + "\n"


def generate(folder: Path, count: int, seed: int) -> int:
    """Writes `count` reports into folder (100 per subfolder); returns their total bytes."""
    rng = random.Random(seed)
    total = 0
    for i in range(count):
        sub = folder / f"batch{i // 100:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        data = report(rng, i).encode("utf-8")
        (sub / f"report{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


@contextmanager
def pg_schema(server: str) -> Iterator[str | None]:
    """Yields the URL of a fresh schema on the server (dropped after), or None if unreachable."""
    try:
        import psycopg

        admin = psycopg.connect(server, autocommit=True, connect_timeout=5)
    except Exception as exc:  # noqa: BLE001 - no server means no PostgreSQL measure
        print(f"postgresql: skipped ({str(exc).splitlines()[0]})", file=sys.stderr)
        yield None
        return
    schema = f"amity_bench_{uuid.uuid4().hex[:10]}"
    with admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
        try:
            yield _schema_url(server, schema)
        finally:
            admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _schema_url(server: str, schema: str) -> str:
    """Returns the store URL of one schema of the server (search_path=<schema>,public)."""
    from sqlalchemy.engine import make_url

    from amity.settings import normalize_db

    url = make_url(normalize_db(server)).update_query_dict(
        {"options": f"-csearch_path={schema},public"}
    )
    return url.render_as_string(hide_password=False)


def run_child(folder: Path, url: str) -> dict[str, Any]:
    """Returns the measures of one ingest run in a child process."""
    command = [sys.executable, "-m", "benchmarks.ingest", "--child", str(folder), "--db", url]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"ingest into {url} failed:\n{done.stderr}")
    return dict(json.loads(done.stdout))


def child(folder: str, url: str) -> None:
    """Ingests the folder into the store at url and prints the measures as JSON."""
    from amity.ingest import ingest_paths
    from amity.settings import Settings
    from amity.store import Store

    with Store.open(url) as store:
        started = time.perf_counter()
        summary = ingest_paths(store, [folder], extract=False, settings=Settings())
        elapsed = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out = {"new": summary.new, "failed": len(summary.failed), "bytes": summary.bytes_read}
    print(json.dumps({**out, "seconds": elapsed, "peak_mb": peak_kb / 1024}))


def line(name: str, m: dict[str, Any], rate_target: float | None = TARGET_RATE) -> str:
    """Returns one result line: rate, throughput, peak memory and whether targets are met."""
    rate = m["new"] / m["seconds"]
    mb_s = m["bytes"] / 1e6 / m["seconds"]
    ok = rate >= (rate_target or 0.0) and m["peak_mb"] < TARGET_PEAK_MB
    return (
        f"{name:<11} {m['new']:>6} reports  {m['bytes'] / 1e6:7.1f} MB  {m['seconds']:7.1f} s  "
        f"{rate:8.1f} reports/s  {mb_s:6.2f} MB/s  peak {m['peak_mb']:6.1f} MB  "
        f"{'ok' if ok else 'BELOW TARGET'}"
    )


def main(argv: list[str] | None = None) -> None:
    """Generates the reports, measures each store, prints one line per store."""
    args = parse_args(argv)
    if args.child:
        child(args.child, args.db)
        return
    with tempfile.TemporaryDirectory(prefix="amity-bench-") as tmp:
        folder = Path(tmp) / "reports"
        started = time.perf_counter()
        total = generate(folder, args.n, args.seed)
        print(
            f"generated {args.n} reports, {total / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s"
        )
        print(f"targets: >= {TARGET_RATE:.0f} reports/s on SQLite, peak < {TARGET_PEAK_MB:.0f} MB")
        if args.db:
            print(line("given store", run_child(folder, args.db), rate_target=None))
            return
        print(line("sqlite", run_child(folder, f"sqlite:///{Path(tmp) / 'bench.db'}")))
        with pg_schema(args.pg) as url:
            if url:
                print(line("postgresql", run_child(folder, url), rate_target=None))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Returns the command-line options."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.ingest", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--n", type=int, default=10_000, help="how many reports (default 10000)")
    parser.add_argument("--db", help="measure only this store URL (it should be empty)")
    parser.add_argument("--pg", default=PG_URL, help="PostgreSQL server for the fresh schema")
    parser.add_argument("--seed", type=int, default=7, help="random seed of the generated reports")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


if __name__ == "__main__":
    main()
