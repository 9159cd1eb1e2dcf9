"""Tests of the registry commands: registry import/resolve/merge, partners, ties, timeline, network."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from amity.cli import get_cli

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seeds"


@pytest.fixture
def run(tmp_path: Path) -> Any:
    """Returns a function running `amity --db <fresh sqlite> ARGS`, returning the result."""
    amity: click.Group = get_cli()
    db = str(tmp_path / "amity.db")

    def invoke(*args: str) -> Any:
        return CliRunner().invoke(amity, ["--db", db, *args], catch_exceptions=False)

    return invoke


@pytest.fixture
def loaded(run: Any, twins: Path) -> Any:
    """Returns `run` over a store holding the small registry."""
    assert run("registry", "import", "--data", str(twins)).exit_code == 0
    return run


def test_import_prints_counts_and_is_idempotent(run: Any, twins: Path) -> None:
    first = run("registry", "import", "--data", str(twins))
    assert first.exit_code == 0
    assert "10 Wikipedia rows and 4 Wikidata pairs became 9 ties" in first.output
    assert "2 names could not be resolved" in first.output
    second = run("registry", "import", "--data", str(twins), "--json")
    assert json.loads(second.output)["new_ties"] == 0


def test_import_without_data_says_what_to_do(run: Any, tmp_path: Path) -> None:
    result = run("registry", "import", "--data", str(tmp_path))
    assert result.exit_code == 2 and "missing twin_towns_enwiki.csv" in result.output


def test_partners(loaded: Any) -> None:
    result = loaded("partners", "Wuhan")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].startswith("Wuhan, Hubei (CN) 30.58") and lines[0].endswith("4 ties")
    manchester = next(line for line in lines if "Manchester" in line)
    assert "(GB) 53.48" in manchester and "wikidata, wikipedia" in manchester
    assert json.loads(loaded("partners", "Wuhan", "--json").output)["place"]["country"] == "CN"


def test_partners_of_nowhere_fails_cleanly(loaded: Any) -> None:
    result = loaded("partners", "Atlantis")
    assert result.exit_code == 5 and "no place named 'Atlantis'" in result.output


def test_ties_and_timeline(loaded: Any) -> None:
    ties = loaded("ties", "China", "United Kingdom")
    assert ties.output.splitlines() == ["Wuhan (CN) - Manchester (GB): sister city", "1 ties"]
    timeline = loaded("timeline", "Rybinsk")
    assert timeline.output.splitlines()[0].startswith("Rybinsk (place")
    assert "sister_city: Bobruysk (BY)" in timeline.output


def test_network_stats_and_exports(loaded: Any, tmp_path: Path) -> None:
    stats = json.loads(loaded("network", "stats", "--json").output)
    assert (stats["places"], stats["ties"], stats["components"]) == (12, 9, 3)
    assert "top places by betweenness" in loaded("network", "stats").output
    out = tmp_path / "ties.geojson"
    assert loaded("export", "network", "--format", "geojson", "-o", str(out)).exit_code == 0
    assert len(json.loads(out.read_text("utf-8"))["features"]) == 7
    graphml = loaded("network", "export", "--format", "graphml")
    assert "<graphml" in graphml.output and graphml.output.count("<edge ") == 9


@pytest.mark.parametrize(
    "args", [("export", "network", "--format", "csv"), ("export", "events", "--format", "geojson")]
)
def test_export_formats_must_fit_the_kind(loaded: Any, args: tuple[str, ...]) -> None:
    result = loaded(*args)
    assert result.exit_code == 2 and "amity export network" in result.output


def test_merge_list_undo(loaded: Any) -> None:
    wuhan = json.loads(loaded("partners", "Wuhan", "--json").output)["place"]["id"]
    rybinsk = json.loads(loaded("partners", "Rybinsk", "--json").output)["place"]["id"]
    merged = loaded("registry", "merge", "place", str(rybinsk), str(wuhan), "--user", "ana")
    assert merged.exit_code == 0 and "undo: amity registry undo 1" in merged.output
    assert "Bobruysk" in loaded("partners", "Wuhan").output
    assert loaded("registry", "merges").output.startswith(
        f"1: merge places {rybinsk} into {wuhan} by ana"
    )
    assert loaded("registry", "undo", "1").exit_code == 0
    assert "Bobruysk" not in loaded("partners", "Wuhan").output
    assert "(undone)" in loaded("registry", "merges").output
    split = loaded("registry", "split", "place", str(wuhan))
    assert split.exit_code == 3 and "stands for no other entity" in split.output


def test_tie_status(loaded: Any) -> None:
    tie = json.loads(loaded("partners", "Rybinsk", "--json").output)["ties"][0]["id"]
    assert loaded("registry", "status", str(tie), "ended").output.strip() == f"tie {tie}: ended"
    assert "ended" in loaded("partners", "Rybinsk").output


@pytest.mark.corpus
@pytest.mark.slow
@pytest.mark.skipif(not SEEDS.is_dir(), reason="needs ../shared/corpus/seeds")
def test_seed_ties_are_found_in_reports(loaded: Any) -> None:
    assert loaded("ingest", str(SEEDS), "-q").exit_code == 0
    result = loaded("partners", "Rybinsk")
    chongzuo = next(line for line in result.output.splitlines() if "Chongzuo" in line)
    assert "friendship city" in chongzuo and "reports" in chongzuo and "(CN) 22.38" in chongzuo
    resolved = json.loads(loaded("registry", "resolve", "--json").output)
    assert resolved["reports"] == 5 and resolved["ties_new"] == 0
