"""`amity reextract`: the summary line, --json, and errors for unknown reports."""

from __future__ import annotations

import json

import click
from click.testing import CliRunner


def test_reextract_all(amity: click.Group, runner: CliRunner, filled_url: str) -> None:
    result = runner.invoke(amity, ["--db", filled_url, "reextract", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["reports"] == 2 and summary["failed"] == []
    assert summary["replaced"] == 4
    assert summary["records"]["events"] >= 1


def test_reextract_one_by_source(amity: click.Group, runner: CliRunner, filled_url: str) -> None:
    result = runner.invoke(amity, ["--db", filled_url, "reextract", "-q", "quiet.txt"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 reports re-extracted, 0 failed; 0 records replaced")


def test_reextract_unknown(amity: click.Group, runner: CliRunner, filled_url: str) -> None:
    result = runner.invoke(amity, ["--db", filled_url, "reextract", "missing.txt"])
    assert result.exit_code != 0
    assert "no stored report 'missing.txt'" in result.stderr
