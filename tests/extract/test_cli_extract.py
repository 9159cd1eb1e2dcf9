"""`amity extract FILE`: one report's records as RECORDS.md JSON or as tables."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from amity.cli import get_cli
from amity.records import FIELDS, KINDS

REPORT = Path(__file__).resolve().parents[1] / "data" / "extract" / "harbour_towns.txt"


@pytest.fixture(scope="module")
def cli() -> click.Group:
    """Returns the root command with every command module registered."""
    return get_cli()


@pytest.fixture(scope="module")
def printed(cli: click.Group) -> dict[str, object]:
    """Returns the JSON `amity extract REPORT --format json` prints."""
    result = CliRunner().invoke(cli, ["extract", str(REPORT), "--format", "json"])
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.stdout))


def test_json_has_records_format(printed: dict[str, object]) -> None:
    assert printed["doc"] == REPORT.name
    assert printed["published"] == "2023-10-09"
    assert set(printed) >= {"doc", "published", *KINDS}
    for kind in KINDS:
        for record in printed[kind]:  # type: ignore[attr-defined]
            assert set(record) == set(FIELDS[kind]), (kind, record)


def test_json_finds_each_kind(printed: dict[str, object]) -> None:
    assert all(printed[kind] for kind in KINDS), printed


@pytest.mark.parametrize("kind", KINDS)
def test_evidence_is_verbatim(printed: dict[str, object], kind: str) -> None:
    text = REPORT.read_text(encoding="utf-8")
    for record in printed[kind]:  # type: ignore[attr-defined]
        assert record["evidence"] and record["evidence"] in text, record


def test_spans_flag_keeps_offsets(cli: click.Group) -> None:
    result = CliRunner().invoke(cli, ["extract", str(REPORT), "--format", "json", "--spans"])
    assert result.exit_code == 0, result.output
    text = REPORT.read_text(encoding="utf-8")
    for kind in KINDS:
        for record in json.loads(result.stdout)[kind]:
            start, end = record["span"]
            assert text[start:end] == record["evidence"]
            assert 0 <= record["confidence"] <= 1


def test_table_format(cli: click.Group, printed: dict[str, object]) -> None:
    result = CliRunner().invoke(cli, ["extract", str(REPORT), "--format", "table"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith(REPORT.name) and "2023-10-09" in lines[0]
    for kind in KINDS:
        assert f"{kind} ({len(printed[kind])})" in lines  # type: ignore[arg-type]


def test_missing_file(cli: click.Group, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    result = CliRunner().invoke(cli, ["extract", str(missing), "--format", "json"])
    assert result.exit_code != 0
    errors = [line for line in result.stderr.splitlines() if line.lower().startswith("error")]
    assert len(errors) == 1 and str(missing) in errors[0]
    assert result.stdout == ""


def test_missing_file_is_one_line(cli: click.Group, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "nowhere.txt")])
    assert len(result.stderr.strip().splitlines()) == 1


def test_empty_file(cli: click.Group, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(empty)])
    assert result.exit_code != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("error:") and "empty.txt" in result.stderr
