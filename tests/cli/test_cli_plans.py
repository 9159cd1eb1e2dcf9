"""`amity plan import | list | show | suggest | link`."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from amity.store import Store
from tests.publish.plans_samples import DATA, event_id, load_exchanges


@pytest.fixture
def plan_url(store_url: str) -> str:
    """Returns the URL of a store holding the Harbourton report, resolved."""
    with Store.open(store_url) as store:
        load_exchanges(store)
    return store_url


def test_import_suggest_link_show_list(
    amity: click.Group, runner: CliRunner, plan_url: str
) -> None:
    def run(*args: str) -> str:
        result = runner.invoke(amity, ["--db", plan_url, "plan", *args])
        assert result.exit_code == 0, result.output
        return result.output

    csv = str(DATA / "key_tasks.csv")
    assert run(
        "import", csv, "--name", "Key tasks 2018", "--year", "2018", "--place", "Harbourton"
    ) == ("plan 1: Key tasks 2018, 4 tasks (next: amity plan suggest 1)\n")
    assert run("suggest", "1").startswith("6 suggestions")
    with Store.open(plan_url) as store:
        forum = event_id(store, "Harbourton Youth Forum")
    shown = json.loads(run("show", "1", "--json"))
    task = next(t for t in shown["tasks"] if t["title"] == "Host an international youth forum")
    assert [x["target_id"] for x in task["links"]["suggested"]] == [forum]
    assert shown["plan"]["owner"]["name"] == "Harbourton"
    assert run("link", str(task["id"]), f"event:{forum}", "--confirm", "--user", "ana") == (
        f"task {task['id']}: event:{forum} confirmed by ana\n"
    )
    lines = run("show", "1").splitlines()
    assert lines[0] == "plan 1: Key tasks 2018: 4 tasks, 20% done (4 overdue)"
    at = lines.index(f"  task {task['id']}: Host an international youth forum [Youth League]: "
                     "80/100 participants, overdue, due 2018-05-31")  # fmt: skip
    assert lines[at + 1].startswith(
        f"    + event:{forum} Harbourton Youth Forum 2018-04-20 (by ana)"
    )
    assert (
        run("list")
        == "1: Key tasks 2018 (2018-01-01 to 2018-12-31) 4 tasks, 20% done (4 overdue)\n"
    )
    assert json.loads(run("list", "--json"))[0]["summary"]["confirmed_links"] == 1


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["import", "{bad}", "--name", "X"], 3, "{bad}: row 2: bad due date '2018-06-31'"),
        (["import", "{missing}", "--name", "X"], 3, "{missing}: no such file"),
        (["import", "{good}", "--name", "X", "--place", "Atlantis Under The Sea"], 5, "no place named"),
        (["show", "7"], 5, "no plan 7 (list the plans with `amity plan list`)"),
        (["link", "1", "event:1"], 3, "say --confirm or --reject"),
        (["link", "1", "report:1", "--reject"], 3, "bad link target 'report:1'"),
        (["link", "99", "event:1", "--reject"], 5, "no task 99"),
    ],
)  # fmt: skip
def test_errors_are_one_line(
    amity: click.Group, runner: CliRunner, plan_url: str, tmp_path: Path, args: list[str],
    code: int, message: str,
) -> None:  # fmt: skip
    bad = tmp_path / "bad.csv"
    bad.write_text("title,owner,target,due\nA,B,C,2018-06-31\n", encoding="utf-8")
    paths = {
        "bad": str(bad),
        "missing": str(tmp_path / "none.csv"),
        "good": str(DATA / "key_tasks.csv"),
    }
    args = [a.format(**paths) for a in args]
    result = runner.invoke(amity, ["--db", plan_url, "plan", *args])
    assert result.exit_code == code, result.output
    assert result.output.startswith("error: ") and message.format(**paths) in result.output
    assert result.output.count("\n") == 1


def test_empty_list(amity: click.Group, runner: CliRunner, store_url: str) -> None:
    result = runner.invoke(amity, ["--db", store_url, "plan", "list"])
    assert result.output == "no plans (import one: amity plan import FILE.csv --name NAME)\n"
