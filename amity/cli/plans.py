"""`amity plan ...`: work plans (key tasks) imported from CSV, their suggested links, progress."""

from __future__ import annotations

import json
from typing import Any

import click

from amity.cli import cli, open_store
from amity.errors import InputError


def _echo_json(value: Any) -> None:
    """Prints a value as indented JSON."""
    click.echo(json.dumps(value, indent=2, ensure_ascii=False, default=str))


@cli.group("plan")
def plan() -> None:
    """Work plans: key tasks, the events and ties that advance them, progress."""


@plan.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--name", required=True, help="The plan's name, e.g. 'Key tasks 2018'.")
@click.option("--year", type=int, help="The plan's year (its period, Jan 1 to Dec 31).")
@click.option("--from", "start", help="Start of the plan's period (YYYY-MM-DD), instead of --year.")
@click.option("--to", "end", help="End of the plan's period (YYYY-MM-DD).")
@click.option("--place", help="The place whose plan it is (a name).")
@click.option("--org", help="The organization whose plan it is (a name).")
@click.option("--user", default="cli", show_default=True, help="Who imports it.")
@click.pass_context
def import_(ctx: click.Context, file: str, name: str, year: int | None, start: str | None,
            end: str | None, place: str | None, org: str | None, user: str) -> None:  # fmt: skip
    """Import a plan from a CSV of tasks (columns title, owner, target, due)."""
    from amity.publish.plans import import_plan, owner_ids, period_of, plan_progress

    with open_store(ctx) as store:
        owner = owner_ids(store, place, org)
        plan = {"name": name, **period_of(year, start, end), **owner}
        plan_id = import_plan(store, file, plan, user)
        tasks = len(plan_progress(store, plan_id)["tasks"])
    click.echo(f"plan {plan_id}: {name}, {tasks} tasks (next: amity plan suggest {plan_id})")


@plan.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the plans as JSON.")
@click.pass_context
def list_(ctx: click.Context, as_json: bool) -> None:
    """List the plans with their progress."""
    from amity.publish.plans import plans_with_summary

    with open_store(ctx) as store:
        rows = plans_with_summary(store)
    if as_json:
        return _echo_json(rows)
    for row in rows:
        period = f"{row['period_start'] or '…'} to {row['period_end'] or '…'}"
        click.echo(f"{row['id']}: {row['name']} ({period}) {_summary(row['summary'])}")
    if not rows:
        click.echo("no plans (import one: amity plan import FILE.csv --name NAME)")


def _summary(summary: dict[str, Any]) -> str:
    """Returns a plan's summary as one line."""
    share = f"{summary['share']:.0%} done" if summary["share"] is not None else "nothing to count"
    states = ", ".join(
        f"{summary[s]} {s}" for s in ("met", "done", "overdue", "open") if summary[s]
    )
    return f"{summary['tasks']} tasks, {share}" + (f" ({states})" if states else "")


@plan.command("show")
@click.argument("plan_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the plan as JSON.")
@click.pass_context
def show(ctx: click.Context, plan_id: int, as_json: bool) -> None:
    """Show a plan's tasks with their progress and links."""
    from amity.publish.plans import plan_progress

    with open_store(ctx) as store:
        found = plan_progress(store, plan_id)
    if as_json:
        return _echo_json(found)
    click.echo(f"plan {plan_id}: {found['plan']['name']}: {_summary(found['summary'])}")
    for task in found["tasks"]:
        click.echo(_task_line(task))
        for state, mark in (("confirmed", "+"), ("suggested", "?")):
            for link in task["links"][state]:
                click.echo(f"    {mark} {_link_line(link)}")


def _task_line(task: dict[str, Any]) -> str:
    """Returns a task with its progress as one line."""
    p = task["progress"]
    goal = (
        f"{p['value']}/{p['target_count']} {p['unit']}"
        if p["target_count"]
        else f"{p['value']} {p['unit']}"
    )
    due = f", due {task['due']}" if task["due"] else ""
    owner = f" [{task['owner']}]" if task["owner"] else ""
    return f"  task {task['id']}: {task['title']}{owner}: {goal}, {p['state']}{due}"


def _link_line(link: dict[str, Any]) -> str:
    """Returns a link as one line: kind:id, what it is, score or who decided."""
    target = link["target"]
    when = target.get("start") or target.get("established") or ""
    who = f"by {link['user']}" if link["user"] else f"score {link['score']:g}"
    return f"{link['kind']}:{link['target_id']} {target['label']} {when} ({who})".replace("  ", " ")


@plan.command("suggest")
@click.argument("plan_id", type=int)
@click.pass_context
def suggest(ctx: click.Context, plan_id: int) -> None:
    """Suggest the events and ties that advance each task of a plan."""
    from amity.publish.plans import suggest as suggest_links

    with open_store(ctx) as store:
        added = suggest_links(store, plan_id)
    click.echo(f"{added} suggestions (see them: amity plan show {plan_id})")


def parse_target(text: str) -> tuple[str, int]:
    """Returns (kind, id) of 'event:12', 'tie:3' or a bare event id '12'."""
    kind, _, number = text.rpartition(":")
    kind = kind or "event"
    if kind not in ("event", "tie") or not number.isdigit():
        raise InputError(f"bad link target {text!r}", "write event:ID, tie:ID or an event id")
    return kind, int(number)


@plan.command("link")
@click.argument("task_id", type=int)
@click.argument("target")
@click.option(
    "--confirm", "state", flag_value="confirmed", help="The event or tie advances the task."
)
@click.option("--reject", "state", flag_value="rejected", help="It does not.")
@click.option("--user", default="cli", show_default=True, help="Who decides.")
@click.pass_context
def link(ctx: click.Context, task_id: int, target: str, state: str | None, user: str) -> None:
    """Confirm or reject that TARGET (event:ID, tie:ID) advances task TASK_ID."""
    from amity.publish.plans import decide

    if state is None:
        raise InputError("say --confirm or --reject", "amity plan link TASK event:ID --confirm")
    kind, target_id = parse_target(target)
    with open_store(ctx) as store:
        done = decide(store, task_id, kind, target_id, state, user)
    click.echo(f"task {task_id}: {kind}:{target_id} {done['state']} by {done['user']}")
