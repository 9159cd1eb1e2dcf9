"""Web app latency on a large store: p50 and p95 of four kinds of page under concurrent clients.

    python -m benchmarks.serve [--db PATH] [--reports 100000] [--events 1000000]
                               [--clients 20] [--seconds 15] [--workers CORES (<= 4)]
                               [--no-registry] [--pages home,search,place,"api list"]
                               [--targets 200] [--no-cache]

Generates (once; an existing --db with enough reports is reused) a SQLite store with the
full twin-town registry and synthetic reports whose events name the registry's places,
then serves it with `amity serve` and drives it with an asyncio load generator
(--clients concurrent keep-alive connections, each request sent as soon as the last one
answered). Each kind of page is measured on up to --targets different addresses, every
client cycling through them in its own order: the home page; searches for generated
words and place names, some narrowed by a facet or on page 2; the pages of the most tied
places; API list pages of events after keys spread over all ids. Prints p50, p95 and
requests per second per kind, the load average before and after, and whether every p95
is under the target (100 ms on SQLite). With the web cache on (web_cache_bytes), a
request is a first visit or a repeat of an address kept since; --no-cache serves with
the cache off: every page computed afresh, as the first request after a write finds it.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

TARGET_P95_MS = 100.0
TIMEOUT_S = 30.0
BATCH = 500
TYPES = ("forum", "visit", "meeting", "signing", "training", "culture", "aid")
WORDS = ("trade", "youth", "culture", "health", "education", "tourism", "sports", "science")
VARIED = 200  # paths per page kind, each client cycling through them in its own order


def places_of(store: Any, limit: int = 5000) -> list[tuple[str, str]]:
    """Returns (name, country) of up to `limit` resolved places, most tied first."""
    from sqlalchemy import func, select

    from amity.store import schema

    p, t = schema.places, schema.ties
    n = func.count(t.c.id).label("n")
    stmt = (
        select(p.c.name, p.c.country, n)
        .select_from(p.join(t, t.c.a_place_id == p.c.id))
        .where(p.c.country.is_not(None))
        .group_by(p.c.id, p.c.name, p.c.country)
        .order_by(n.desc())
        .limit(limit)
    )
    with store.engine.connect() as conn:
        found = [(name, country) for name, country, _ in conn.execute(stmt)]
    return found or [(f"Town {i}", "FR") for i in range(100)]


def synthetic(i: int, per_report: int, places: list[tuple[str, str]], rng: random.Random) -> Any:
    """Returns (ReportIn, records) of one generated report with `per_report` events."""
    from amity.records import ReportIn

    header = f"Exchange news {i}\n\n"
    sentences, events, pos = [header], [], len(header)
    for j in range(per_report):
        (a, ca), (b, cb) = rng.choice(places), rng.choice(places)
        day = f"20{10 + rng.randrange(14)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
        kind, word = rng.choice(TYPES), rng.choice(WORDS)
        sentence = f"On {day} a {word} {kind} delegation from {a} went to {b} (item {i}.{j}). "
        events.append({"type": kind, "title": f"{word} {kind} in {b}", "start": day, "city": b,
                       "country": cb, "organizers": [f"{a} Friendship Association"],
                       "countries": [ca, cb], "participants": rng.randrange(5, 500),
                       "span": [pos, pos + len(sentence) - 1], "confidence": rng.random()})  # fmt: skip
        sentences.append(sentence)
        pos += len(sentence)
    text = "".join(sentences)
    digest = hashlib.sha256(text.encode()).hexdigest()
    report = ReportIn(source=f"bench:{i}", text=text, content_hash=digest, title=f"Exchange news {i}",
                      published=events[0]["start"], language="en", fmt="text")  # fmt: skip
    return report, {"events": events}


def generate(store: Any, reports: int, events: int, registry: bool) -> None:
    """Fills the store: the registry, then `reports` reports holding `events` events in all."""
    from amity.store import writes
    from amity.store.engine import writing

    if registry:
        from amity.registry.importer import import_registry

        started = time.perf_counter()
        print("importing the registry...", file=sys.stderr, flush=True)
        import_registry(store, None)
        print(f"registry imported in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    places, rng = places_of(store), random.Random(7)
    per_report = max(1, events // max(1, reports))
    start = store.stats()["reports"]
    started = time.perf_counter()
    for first in range(start, reports, BATCH):
        with writing(store.engine) as conn:
            for i in range(first, min(reports, first + BATCH)):
                report, records = synthetic(i, per_report, places, rng)
                report_id = writes._insert_report(conn, report)  # batched: one transaction per 500
                if report_id is not None:
                    writes.insert_records(conn, report_id, report.text, records, report.published)
        done = min(reports, first + BATCH)
        rate = (done - start) / (time.perf_counter() - started)
        print(f"\r{done}/{reports} reports ({rate:.0f}/s)", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)


def free_port() -> int:
    """Returns a TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def tied_places(store: Any, limit: int) -> list[int]:
    """Returns the ids of the `limit` place entities with the most registry ties, most first."""
    from sqlalchemy import text

    from amity.store.registry import canonical

    sql = (
        "SELECT p, count(*) AS n FROM (SELECT a_place_id AS p FROM ties UNION ALL "
        "SELECT b_place_id FROM ties) AS ends WHERE p IS NOT NULL GROUP BY p ORDER BY n DESC, p "
        "LIMIT :n"
    )
    with store.engine.connect() as conn:
        rows = [p for p, _ in conn.execute(text(sql), {"n": limit * 2})]
        ends = canonical(conn, "places", rows)
    return list(dict.fromkeys(ends[p] for p in rows))[:limit] or [1]


def searches(names: list[tuple[str, str]], rng: random.Random, n: int) -> list[str]:
    """Returns n search paths: generated words and place names, some with a facet or page 2."""
    from urllib.parse import urlencode

    out = []
    for _ in range(n):
        (place, country), word, kind = rng.choice(names), rng.choice(WORDS), rng.choice(TYPES)
        query = rng.choice((word, f"{word} {kind}", place, f"{word} {place}", f"{kind} {place}"))
        params = {"q": query}
        facet = rng.randrange(8)  # a facet on one search in two, page 2 on one in eight
        if facet < 4:
            params.update((("type", kind), ("country", country), ("kind", "events"),
                           ("year", str(2010 + rng.randrange(14))))[facet : facet + 1])  # fmt: skip
        elif facet == 4:
            params["page"] = "2"
        out.append("/search?" + urlencode(params))
    return out


def targets(store: Any, n: int = VARIED) -> dict[str, list[str]]:
    """Returns up to n benchmarked paths per page: home, searches, tied places, API list pages.

    Searches use the generated words and the names of the places events happen in; places
    are the n most tied; API list pages start after keys spread over every event id.
    """
    rng = random.Random(11)
    top = max(1, store.stats()["events"])
    after = sorted(rng.randrange(top) for _ in range(n))  # by key (see records_api)
    return {"home": ["/"], "search": searches(places_of(store, 200), rng, n),
            "place": [f"/places/{i}" for i in tied_places(store, n)],
            "api list": [f"/api/records/events?limit=50&after={a}" for a in after]}  # fmt: skip


class Connection:
    """One keep-alive HTTP/1.1 connection sending GETs and reading whole responses.

    Lean on purpose: the load generator shares the machine's cores with the server,
    so each request should cost it as little as possible. Cookies the server sets
    (the session) are sent back, as a browser would.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.cookie = ""
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        """Returns the status of GET path, (re)connecting when needed."""
        if self.writer is None or self.reader is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        cookie = f"Cookie: {self.cookie}\r\n" if self.cookie else ""
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n{cookie}\r\n".encode())
        head = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        headers = dict(line.lower().split(": ", 1) for line in head[1:] if ": " in line)
        if "set-cookie" in headers:
            self.cookie = headers["set-cookie"].split(";", 1)[0]
        if headers.get("transfer-encoding") == "chunked":
            await self._chunks()
        else:
            await self.reader.readexactly(int(headers.get("content-length", "0")))
        return int(head[0].split(" ", 2)[1])

    async def _chunks(self) -> None:
        """Reads a chunked body to its end."""
        assert self.reader is not None
        while size := int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16):
            await self.reader.readexactly(size + 2)
        await self.reader.readuntil(b"\r\n")

    def close(self) -> None:
        """Closes the connection; the next get opens a new one."""
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def drive(
    base: str, paths: list[str], clients: int, seconds: float
) -> tuple[list[float], int]:
    """Returns the latencies (ms) of requests sent by `clients` loops for `seconds`, and errors.

    Each loop cycles through the paths in its own order, so that across clients some
    requests are a path's first visit and others repeat one. A request that fails or
    times out (TIMEOUT_S) counts as an error, with its time as latency.
    """
    host, port = base.removeprefix("http://").rsplit(":", 1)
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds

    async def loop(client: int) -> None:
        nonlocal errors
        conn, order = Connection(host, int(port)), random.Random(client).sample(paths, len(paths))
        sent = 0
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            try:
                status = await asyncio.wait_for(conn.get(order[sent % len(order)]), TIMEOUT_S)
                errors += status >= 400
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError):
                errors += 1
                conn.close()
            latencies.append((time.perf_counter() - started) * 1000)
            sent += 1
        conn.close()

    await asyncio.gather(*(loop(client) for client in range(clients)))
    return latencies, errors


def measure(base: str, paths: dict[str, list[str]], clients: int, seconds: float) -> dict[str, Any]:
    """Returns {name: {p50, p95, rps, n}} per page kind, after one warm-up request each."""
    import httpx

    out = {}
    for name, some in paths.items():
        httpx.get(base + some[0], timeout=600).raise_for_status()
        times, errors = asyncio.run(drive(base, some, clients, seconds))
        q = statistics.quantiles(times, n=100) if len(times) > 1 else times * 100
        out[name] = {"paths": len(some), "example": some[-1],
                     "p50_ms": round(q[49], 1), "p95_ms": round(q[94], 1),
                     "rps": round(len(times) / seconds, 1), "requests": len(times),
                     "errors": errors}  # fmt: skip
    return out


def serve(db: str, port: int, workers: int, cache: bool = True) -> subprocess.Popen[bytes]:
    """Returns the running `amity serve` process, once it answers; its log goes to DB.log.

    Without `cache` the server reads settings (AMITY_CONFIG) that set its cache budget to 0,
    so that every page is computed afresh (the cost a page has right after each write).
    """
    import httpx

    amity = str(Path(sys.executable).parent / "amity")
    env = {**os.environ, "AMITY_SECRET_KEY": "bench-" + "k" * 32}
    if not cache:
        config = Path(f"{db}.nocache.toml")
        config.write_text("[amity]\nweb_cache_bytes = 0\n", encoding="utf-8")
        env["AMITY_CONFIG"] = str(config)
    command = [amity, "--db", db, "serve", "--port", str(port), "--workers", str(workers)]
    with open(f"{db}.log", "ab") as log:
        server = subprocess.Popen(command, env=env, stderr=log, stdout=log)
    for _ in range(600):
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=5)
            return server
        except httpx.TransportError:
            if server.poll() is not None:
                raise SystemExit("amity serve exited; run it by hand to see why") from None
            time.sleep(0.2)
    raise SystemExit("amity serve did not answer within 120 s")


def stop(server: subprocess.Popen[bytes]) -> None:
    """Stops the server: politely, then by force if requests are still running after 30 s."""
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def verdict(report: dict[str, Any]) -> str:
    """Returns the results as a few readable lines, the last saying whether the target is met."""
    cache = "on" if report["cache"] else "off"
    lines = [f"{report['clients']} clients, {report['workers']} workers, cache {cache}"]
    for name, r in report["results"].items():
        lines.append(f"{name:>9}: p50 {r['p50_ms']:7.1f} ms  p95 {r['p95_ms']:7.1f} ms  "
                     f"{r['rps']:6.1f} rps  ({r['paths']} addresses, {r['errors']} errors)")  # fmt: skip
    met = "met" if report["met"] else "missed"
    lines.append(f"target p95 < {report['target_p95_ms']:.0f} ms: {met}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Runs the benchmark and prints its results as JSON; returns 1 if p95 misses the target."""
    from amity.store import Store

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="bench-serve.db", help="SQLite file (kept and reused)")
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--workers", type=int, default=max(1, min(4, os.cpu_count() or 1)))
    parser.add_argument("--no-registry", action="store_true", help="skip the twin-town import")
    parser.add_argument("--pages", default="", help="comma-separated subset of the pages")
    parser.add_argument("--targets", type=int, default=VARIED, help="addresses per kind of page")
    parser.add_argument("--no-cache", action="store_true", help="pages computed afresh each time")
    args = parser.parse_args(argv)
    with Store.open(args.db) as store:
        if store.stats()["reports"] < args.reports:
            generate(
                store,
                args.reports,
                args.events,
                not args.no_registry and not store.stats()["places"],
            )
        counts, paths = store.stats(), targets(store, args.targets)
    if args.pages:
        paths = {name: paths[name] for name in args.pages.split(",")}
    port = free_port()
    server = serve(args.db, port, args.workers, cache=not args.no_cache)
    load_before = os.getloadavg()
    try:
        results = measure(f"http://127.0.0.1:{port}", paths, args.clients, args.seconds)
    finally:
        stop(server)
    load = {"before": [round(x, 2) for x in load_before],
            "after": [round(x, 2) for x in os.getloadavg()], "cpus": os.cpu_count()}  # fmt: skip
    worst = max(r["p95_ms"] for r in results.values())
    report = {"store": counts, "clients": args.clients, "workers": args.workers, "load": load,
              "cache": not args.no_cache,
              "results": results, "target_p95_ms": TARGET_P95_MS, "met": worst < TARGET_P95_MS}  # fmt: skip
    print(json.dumps(report, indent=2))
    print(verdict(report), file=sys.stderr)
    return 0 if report["met"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
