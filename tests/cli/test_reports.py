"""`amity reports | show | search | stats | export` on SQLite and PostgreSQL stores."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from amity.cli.reports import csv_value, write_json


def run(runner: CliRunner, amity: click.Group, url: str, *args: str) -> str:
    """Returns the stdout of a successful command on the store at url."""
    result = runner.invoke(amity, ["--db", url, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_reports_list(runner: CliRunner, amity: click.Group, filled_url: str) -> None:
    lines = run(runner, amity, filled_url, "reports").splitlines()
    assert len(lines) == 2
    assert "A quiet season" in lines[0] and "/reports/quiet.txt" in lines[0]
    assert "2021-10-08" in lines[1] and "ev:1 pa:1 pe:1 fi:1" in lines[1]
    rows = json.loads(run(runner, amity, filled_url, "reports", "--json", "--limit", "1"))
    assert [r["title"] for r in rows] == ["A quiet season"]


def test_show_report_with_evidence(runner: CliRunner, amity: click.Group, filled_url: str) -> None:
    report_id = json.loads(run(runner, amity, filled_url, "reports", "--json"))[-1]["id"]
    out = run(runner, amity, filled_url, "show", str(report_id))
    assert out.startswith(f"Report {report_id}: Harbour towns renew their tie")
    assert "  published: 2021-10-08" in out
    assert "[visit] Northport delegation visits Southbay (2021-10-07; Southbay)" in out
    assert '"Northport now has 12 sister cities in 9 countries."' in out
    assert "Ada Brightwater: Mayor, Northport" in out
    assert "Northport: sister cities = 12" in out
    assert "Harbour towns renew their tie\n\nDate:" not in out


def test_show_json_and_text(runner: CliRunner, amity: click.Group, filled_url: str) -> None:
    report_id = json.loads(run(runner, amity, filled_url, "reports", "--json"))[-1]["id"]
    data = json.loads(run(runner, amity, filled_url, "show", str(report_id), "--json"))
    assert "text" not in data
    assert [len(data["records"][k]) for k in ("events", "partnerships", "people", "figures")] == [
        1,
        1,
        1,
        1,
    ]
    assert data["records"]["people"][0]["evidence"].startswith("Mayor Ada Brightwater")
    with_text = run(runner, amity, filled_url, "show", str(report_id), "--text")
    assert with_text.rstrip().endswith("Northport now has 12 sister cities in 9 countries.")


def test_show_missing_report(runner: CliRunner, amity: click.Group, filled_url: str) -> None:
    result = runner.invoke(amity, ["--db", filled_url, "show", "999"])
    assert result.exit_code == 5
    assert result.stderr.startswith("error: no report 999")
    traced = runner.invoke(amity, ["--db", filled_url, "--traceback", "show", "999"])
    assert type(traced.exception).__name__ == "NotFound"


def test_search(runner: CliRunner, amity: click.Group, filled_url: str) -> None:
    out = run(runner, amity, filled_url, "search", "Brightwater")
    assert "Brightwater" in out
    hits = json.loads(
        run(runner, amity, filled_url, "search", "Brightwater", "--kind", "people", "--json")
    )
    assert hits and {hit["kind"] for hit in hits} == {"people"}
    result = runner.invoke(amity, ["--db", filled_url, "search", "zzzqqq"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "no match\n")


def test_stats(runner: CliRunner, amity: click.Group, filled_url: str) -> None:
    counts = json.loads(run(runner, amity, filled_url, "stats", "--json"))
    assert {k: counts[k] for k in ("reports", "events", "partnerships", "people", "figures")} == {
        "reports": 2, "events": 1, "partnerships": 1, "people": 1, "figures": 1,
    }  # fmt: skip
    assert "reports" in run(runner, amity, filled_url, "stats")


@pytest.mark.parametrize("kind", ["reports", "events", "partnerships", "people", "figures"])
def test_export_csv_and_json_agree(
    runner: CliRunner, amity: click.Group, filled_url: str, kind: str
) -> None:
    rows = json.loads(run(runner, amity, filled_url, "export", kind, "--format", "json"))
    table = list(
        csv.DictReader(
            io.StringIO(run(runner, amity, filled_url, "export", kind, "--format", "csv"))
        )
    )
    assert len(rows) == len(table) == (2 if kind == "reports" else 1)
    assert [r["id"] for r in rows] == [int(t["id"]) for t in table]


def test_export_joins_lists_in_csv(
    runner: CliRunner, amity: click.Group, filled_url: str, tmp_path: Path
) -> None:
    out = tmp_path / "events.csv"
    run(runner, amity, filled_url, "export", "events", "--format", "csv", "-o", str(out))
    [row] = list(csv.DictReader(out.open(encoding="utf-8")))
    assert row["organizers"] == "Northport; Southbay"
    assert row["countries"] == "GB; IE"


def test_export_unknown_kind(runner: CliRunner, amity: click.Group, filled_url: str) -> None:
    result = runner.invoke(amity, ["--db", filled_url, "export", "places"])
    assert result.exit_code == 2


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (None, ""),
        (["a", "b"], "a; b"),
        ({"name": "X", "country": "FR"}, '{"name": "X", "country": "FR"}'),
        ([{"n": 1}], '{"n": 1}'),
        (3, 3),
    ],
)
def test_csv_value(value: object, cell: object) -> None:
    assert csv_value(value) == cell


@pytest.mark.parametrize("rows", [[], [{"a": 1}], [{"a": 1}, {"a": "二"}]])
def test_write_json_streams_a_valid_list(rows: list[dict[str, object]]) -> None:
    out = io.StringIO()
    assert write_json(iter(rows), out) == len(rows)
    assert json.loads(out.getvalue()) == rows
