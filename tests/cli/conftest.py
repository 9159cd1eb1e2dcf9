"""CLI fixtures: the root command, a runner, and a store holding two reports with records."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from amity.cli import get_cli
from amity.ingest.report import build_report

TEXT = """Harbour towns renew their tie

Date: 2021-10-08

On 7 October a delegation from Northport visited Southbay to mark twenty years of partnership.
Mayor Ada Brightwater of Northport signed a youth exchange agreement with Southbay.
Northport now has 12 sister cities in 9 countries.
"""
SECOND = "A quiet season\n\nNo visits took place this winter; the choirs rehearsed at home.\n"


def span(text: str, sentence: str) -> list[int]:
    """Returns the [start, end] of a sentence in the text."""
    start = text.index(sentence)
    return [start, start + len(sentence)]


def records_for(text: str) -> dict[str, list[dict[str, Any]]]:
    """Returns one record of each kind, with spans into TEXT."""
    visit = span(
        text,
        "On 7 October a delegation from Northport visited Southbay to mark twenty years of partnership.",
    )
    signed = span(
        text, "Mayor Ada Brightwater of Northport signed a youth exchange agreement with Southbay."
    )
    figure = span(text, "Northport now has 12 sister cities in 9 countries.")
    return {
        "events": [
            {"type": "visit", "title": "Northport delegation visits Southbay", "start": "2021-10-07",
             "end": None, "city": "Southbay", "country": None, "organizers": ["Northport", "Southbay"],
             "participants": None, "countries": ["GB", "IE"], "span": visit, "confidence": 0.9},
        ],
        "partnerships": [
            {"type": "agreement", "a": {"name": "Northport", "country": None},
             "b": {"name": "Southbay", "country": None}, "date": "2021-10-07", "span": signed,
             "confidence": 0.8},
        ],
        "people": [
            {"name": "Ada Brightwater", "title": "Mayor", "organization": "Northport",
             "country": None, "span": signed, "confidence": 0.7},
        ],
        "figures": [
            {"subject": "Northport", "metric": "sister cities", "value": 12, "qualifier": None,
             "span": figure, "confidence": 0.9},
        ],
    }  # fmt: skip


@pytest.fixture
def amity() -> click.Group:
    """Returns the root `amity` command with every command registered."""
    return get_cli()


@pytest.fixture
def runner() -> CliRunner:
    """Returns a click runner (stdout and stderr kept apart)."""
    return CliRunner()


@pytest.fixture
def filled_url(store_url: str) -> str:
    """Returns the URL of a store with two reports, the first with one record of each kind."""
    from amity.store import Store

    with Store.open(store_url) as store:
        first, _ = build_report("/reports/harbour.txt", "harbour.txt", TEXT.encode())
        store.add_report(first, records_for(first.text))
        second, _ = build_report("/reports/quiet.txt", "quiet.txt", SECOND.encode())
        store.add_report(second, None)
    return store_url


@pytest.fixture
def reports_dir(tmp_path: Path) -> Path:
    """Returns a folder of three small good reports."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(3):
        (folder / f"note{i}.txt").write_text(
            f"Note {i}\n\nTown {i} sent a choir abroad.\n", "utf-8"
        )
    return folder
