"""`amity reports | show | search | stats | export`: reading the store back."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

import click

from amity.cli import cli, open_store
from amity.records import KINDS

EXPORT_KINDS = ("reports", *KINDS, "network")


@cli.command("reports")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0)
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
@click.pass_context
def reports(ctx: click.Context, limit: int, offset: int, as_json: bool) -> None:
    """List stored reports: id, date, title, source and record counts."""
    with open_store(ctx) as store:
        rows = store.reports(limit=limit, offset=offset)
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
        return
    for row in rows:
        click.echo(report_line(row))


def report_line(row: dict[str, Any]) -> str:
    """Returns one report as a line: id, date, title, counts, source."""
    counts = row.get("counts") or {}
    found = " ".join(f"{kind[:2]}:{counts.get(kind, 0)}" for kind in KINDS)
    title = (row.get("title") or "(no title)")[:70]
    return f"{row['id']:>6}  {row.get('published') or '-':<10}  {title}  [{found}]  {row.get('source')}"


@cli.command("show")
@click.argument("report_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the report and its records as JSON.")
@click.option("--text", "with_text", is_flag=True, help="Also print the report's text.")
@click.pass_context
def show(ctx: click.Context, report_id: int, as_json: bool, with_text: bool) -> None:
    """Show a report's metadata and its records by kind, each with its evidence."""
    with open_store(ctx) as store:
        report = store.report(report_id)
    if not with_text:
        report.pop("text", None)
    if as_json:
        click.echo(json.dumps(report, indent=2, ensure_ascii=False, default=str))
        return
    click.echo("\n".join(report_lines(report)))


def report_lines(report: dict[str, Any]) -> Iterator[str]:
    """Yields the lines that show a report: metadata, then records by kind with evidence."""
    yield f"Report {report['id']}: {report.get('title') or '(no title)'}"
    for name in ("published", "source", "language", "fmt", "size", "ingested_at", "content_hash"):
        yield f"  {name}: {report.get(name) if report.get(name) is not None else '-'}"
    records = report.get("records") or {}
    for kind in KINDS:
        found = records.get(kind) or []
        yield f"\n{kind} ({len(found)})"
        for record in found:
            yield f"  - {record_summary(kind, record)}"
            if record.get("evidence"):
                yield f'      "{record["evidence"]}"'
    if report.get("text"):
        yield f"\n{report['text']}"


def record_summary(kind: str, record: dict[str, Any]) -> str:
    """Returns the key fields of a record on one line."""
    if kind == "events":
        where = ", ".join(str(x) for x in (record.get("city"), record.get("country")) if x)
        when = "..".join(str(x) for x in (record.get("start"), record.get("end")) if x)
        return f"[{record.get('type')}] {record.get('title')} ({when or 'no date'}; {where or 'no place'})"
    if kind == "partnerships":
        a, b = (_party(record.get(side)) for side in ("a", "b"))
        return f"[{record.get('type')}] {a} -- {b} ({record.get('date') or 'no date'})"
    if kind == "people":
        role = ", ".join(str(x) for x in (record.get("title"), record.get("organization")) if x)
        return f"{record.get('name')}{': ' + role if role else ''}"
    qualifier = f"{record.get('qualifier')} " if record.get("qualifier") else ""
    return f"{record.get('subject')}: {record.get('metric')} = {qualifier}{record.get('value')}"


def _party(party: Any) -> str:
    """Returns a partnership side as "Name (CC)"."""
    if not isinstance(party, dict):
        return str(party)
    country = f" ({party['country']})" if party.get("country") else ""
    return f"{party.get('name')}{country}"


@cli.command("search")
@click.argument("query")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["reports", *KINDS]))
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the hits as JSON.")
@click.pass_context
def search(
    ctx: click.Context, query: str, kinds: tuple[str, ...], limit: int, as_json: bool
) -> None:
    """Search reports and records; --kind (repeatable) keeps only some kinds."""
    with open_store(ctx) as store:
        hits = store.search(query, kinds=list(kinds) or None, limit=limit)
    if as_json:
        click.echo(json.dumps(hits, indent=2, ensure_ascii=False, default=str))
        return
    for hit in hits:
        click.echo(
            f"{hit['kind']:<12} {hit['id']:>6}  report {hit.get('report_id')}  {hit.get('title')}"
        )
        if hit.get("snippet"):
            click.echo(f"    {' '.join(str(hit['snippet']).split())}")
    if not hits:
        click.echo("no match", err=True)


@cli.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """Count reports and records of each kind in the store."""
    with open_store(ctx) as store:
        counts = store.stats()
    if as_json:
        click.echo(json.dumps(counts, indent=2))
        return
    width = max((len(name) for name in counts), default=0)
    for name, count in counts.items():
        click.echo(f"{name:<{width}}  {count:>8}")


@cli.command("export")
@click.argument("kind", type=click.Choice(EXPORT_KINDS))
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json", "graphml", "geojson"]), default=None
)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8", lazy=True), default="-")
@click.pass_context
def export(ctx: click.Context, kind: str, fmt: str | None, output: IO[str]) -> None:
    """Export reports or records of one kind as CSV or JSON, or the ties as GraphML or GeoJSON."""
    if kind == "network" or fmt in ("graphml", "geojson"):
        from amity.cli.registry import export_network

        if kind != "network" or fmt in ("csv", "json"):
            raise click.UsageError("graphml and geojson are for `amity export network`")
        return export_network(ctx, fmt or "graphml", output)
    fmt = fmt or "csv"
    with open_store(ctx) as store:
        rows = store.export_rows(kind)
        (write_csv if fmt == "csv" else write_json)(rows, output)


def csv_value(value: Any) -> Any:
    """Returns a value for a CSV cell: lists joined by "; ", dicts as JSON, None as empty."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(
            json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else str(v) for v in value
        )
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Writes rows as CSV with a header from the first row; returns how many rows."""
    writer: Any = None
    count = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({key: csv_value(value) for key, value in row.items()})
        count += 1
    return count


def write_json(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Writes rows as one JSON list, a row at a time; returns how many rows."""
    count = 0
    out.write("[")
    for row in rows:
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(row, ensure_ascii=False, default=str))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count
