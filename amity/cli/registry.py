"""`amity registry ...`, `partners`, `ties`, `timeline`, `network ...`: the registry commands."""

from __future__ import annotations

import json
from typing import IO, Any

import click

from amity.cli import cli, open_store


def _echo_json(value: Any) -> None:
    """Prints a value as indented JSON."""
    click.echo(json.dumps(value, indent=2, ensure_ascii=False, default=str))


@cli.group("registry")
def registry() -> None:
    """The registry of places, organizations, people and sister-city ties."""


@registry.command("import")
@click.option("--data", "folder", type=click.Path(file_okay=False), help="Folder of the data sets.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def import_(ctx: click.Context, folder: str | None, as_json: bool) -> None:
    """Import the Wikipedia and Wikidata twin-town pairs (idempotent)."""
    from amity.registry.api import data_dir, import_registry

    with open_store(ctx) as store:
        summary = import_registry(store, data_dir(folder))
    _echo_json(summary.to_dict()) if as_json else click.echo(summary.describe())


@registry.command("resolve")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.pass_context
def resolve(ctx: click.Context, as_json: bool) -> None:
    """Resolve the places, organizations, ties and events of every stored report."""
    from amity.registry.api import resolve_all

    with open_store(ctx) as store:
        counts = resolve_all(store).to_dict()
    if as_json:
        _echo_json(counts)
    else:
        click.echo(", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.items()))


@registry.command("merge")
@click.argument("kind", type=click.Choice(["place", "organization", "person", "event"]))
@click.argument("entity_id", type=int)
@click.argument("into_id", type=int)
@click.option("--user", default="cli", show_default=True, help="Who makes the change.")
@click.pass_context
def merge(ctx: click.Context, kind: str, entity_id: int, into_id: int, user: str) -> None:
    """Merge entity ENTITY_ID (and its names) into INTO_ID."""
    from amity.registry.api import merge as merge_entities

    with open_store(ctx) as store:
        done = merge_entities(store, kind, entity_id, into_id, user)
    click.echo(
        f"merge {done}: {kind} {entity_id} is now {into_id} (undo: amity registry undo {done})"
    )


@registry.command("split")
@click.argument("kind", type=click.Choice(["place", "organization", "person", "event"]))
@click.argument("entity_id", type=int)
@click.option("--user", default="cli", show_default=True, help="Who makes the change.")
@click.pass_context
def split(ctx: click.Context, kind: str, entity_id: int, user: str) -> None:
    """Detach ENTITY_ID from the entity it was merged or resolved into."""
    from amity.registry.api import split as split_entity

    with open_store(ctx) as store:
        done = split_entity(store, kind, entity_id, user)
    click.echo(f"split {done}: {kind} {entity_id} stands alone (undo: amity registry undo {done})")


@registry.command("undo")
@click.argument("merge_id", type=int)
@click.option("--user", default="cli", show_default=True, help="Who makes the change.")
@click.pass_context
def undo(ctx: click.Context, merge_id: int, user: str) -> None:
    """Undo a merge or split."""
    from amity.registry.api import undo as undo_merge

    with open_store(ctx) as store:
        row = undo_merge(store, merge_id, user)
    click.echo(f"undone: {row['action']} {merge_id} of {row['kind']} {row['entity_id']}")


@registry.command("merges")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.pass_context
def merges(ctx: click.Context, limit: int) -> None:
    """List the latest merges and splits."""
    from amity.registry.api import history

    with open_store(ctx) as store:
        rows = history(store, limit)
    for row in rows:
        state = " (undone)" if row["undone_at"] else ""
        into = f" into {row['into_id']}" if row["action"] == "merge" else ""
        click.echo(
            f"{row['id']}: {row['action']} {row['kind']} {row['entity_id']}{into} by {row['user']}{state}"
        )


@registry.command("status")
@click.argument("tie_id", type=int)
@click.argument("status", type=click.Choice(["active", "dormant", "ended"]))
@click.pass_context
def status(ctx: click.Context, tie_id: int, status: str) -> None:
    """Mark a tie active, dormant or ended."""
    from amity.registry.api import set_tie_status

    with open_store(ctx) as store:
        set_tie_status(store, tie_id, status)
    click.echo(f"tie {tie_id}: {status}")


def describe_place(place: dict[str, Any]) -> str:
    """Returns "Name, Parent (CC) lat, lon" of a place."""
    where = (
        f"{place['lat']:.4f}, {place['lon']:.4f}"
        if place.get("lat") is not None
        else "no coordinates"
    )
    parent = f", {place['parent']}" if place.get("parent") else ""
    return f"{place['name']}{parent} ({place.get('country') or '?'}) {where}"


def describe_tie(tie: dict[str, Any]) -> str:
    """Returns one line about a tie: type, status, date and its sources."""
    kinds = sorted({s["source"] for s in tie["sources"]})
    reports = sorted({s["report_id"] for s in tie["sources"] if s["report_id"]})
    found = ", ".join(k for k in kinds if k != "report")
    if reports:
        found = ", ".join(filter(None, [found, "reports " + ", ".join(map(str, reports))]))
    date = f" since {tie['established']}" if tie.get("established") else ""
    return f"{tie['type'].replace('_', ' ')}{date}, {tie['status']} [{found}] (tie {tie['id']})"


@cli.command("partners")
@click.argument("place")
@click.option(
    "--country", help="The place's country (name or ISO code), when the name is ambiguous."
)
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_context
def partners(ctx: click.Context, place: str, country: str | None, as_json: bool) -> None:
    """List a place's sister cities and other ties, from the registry and from reports."""
    from amity.registry.api import partners as find_partners

    with open_store(ctx) as store:
        found = find_partners(store, place, country)
    if as_json:
        _echo_json(found)
        return
    click.echo(f"{describe_place(found['place'])}: {len(found['ties'])} ties")
    for tie in found["ties"]:
        click.echo(f"  {describe_place(tie['partner'])} - {describe_tie(tie)}")


@cli.command("ties")
@click.argument("country")
@click.argument("other", required=False)
@click.option("--limit", type=click.IntRange(min=1), help="At most this many ties.")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_context
def ties(
    ctx: click.Context, country: str, other: str | None, limit: int | None, as_json: bool
) -> None:
    """List the ties between places of COUNTRY and OTHER (or any country)."""
    from amity.registry.api import ties as find_ties

    with open_store(ctx) as store:
        found = find_ties(store, country, other, limit)
    if as_json:
        _echo_json(found)
        return
    for tie in found:
        click.echo(f"{tie['a']['name']} ({tie['a']['country']}) - {tie['b']['name']} "
                   f"({tie['b']['country'] or '?'}): {tie['type'].replace('_', ' ')}")  # fmt: skip
    click.echo(f"{len(found)} ties")


@cli.command("timeline")
@click.argument("name")
@click.option("--kind", type=click.Choice(["place", "organization", "person"]))
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_context
def timeline(ctx: click.Context, name: str, kind: str | None, as_json: bool) -> None:
    """Show the dated events, ties and roles of a place, organization or person."""
    from amity.registry.api import timeline as entity_timeline

    with open_store(ctx) as store:
        found = entity_timeline(store, name, kind)
    if as_json:
        _echo_json(found)
        return
    click.echo(f"{found['name']} ({found['kind']} {found['id']}): {len(found['items'])} items")
    for item in found["items"]:
        source = f" [report {item['report_id']}]" if item["report_id"] else ""
        click.echo(f"  {item['date'] or 'undated':<10}  {item['kind']}: {item['what']}{source}")


@cli.group("network")
def network() -> None:
    """The partnership network: summary and exports."""


@network.command("stats")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True)
@click.option("--sample", type=click.IntRange(min=1), help="Sources sampled for betweenness.")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_context
def stats(ctx: click.Context, top: int, sample: int | None, as_json: bool) -> None:
    """Places, ties, components, and the top places by degree and betweenness."""
    from amity.registry.api import network_stats

    with open_store(ctx) as store:
        found = network_stats(store, top, sample)
    if as_json:
        _echo_json(found)
        return
    click.echo(f"{found['places']} places, {found['ties']} ties, {found['countries']} countries, "
               f"{found['components']} components (largest {found['largest_component']})")  # fmt: skip
    click.echo("top places by ties:")
    for row in found["top_degree"]:
        click.echo(f"  {row['ties']:>5}  {row['place']}")
    click.echo("top places by betweenness:")
    for row in found["top_betweenness"]:
        click.echo(f"  {row['betweenness']:.4f}  {row['place']}")


@network.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["graphml", "geojson"]),
    default="graphml",
    show_default=True,
)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8", lazy=True), default="-")
@click.pass_context
def export(ctx: click.Context, fmt: str, output: IO[str]) -> None:
    """Export the ties as GraphML, or as GeoJSON lines between partner coordinates."""
    export_network(ctx, fmt, output)


def export_network(ctx: click.Context, fmt: str, output: IO[str]) -> None:
    """Writes the network in fmt to output; also serves `amity export network`."""
    from amity.registry.api import export_network as write_network

    with open_store(ctx) as store:
        count = write_network(store, fmt, output)
    click.echo(f"{count} ties written", err=True)
