"""`amity digest | profile | anniversaries`: every format, files, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from amity.cli import get_cli
from amity.store import Store
from tests.publish.conftest import load_report, reject


@pytest.fixture
def db(tmp_path: Path) -> str:
    """Returns the path of a SQLite store holding the Lakeford bulletin, its concert rejected."""
    path = str(tmp_path / "cli.db")
    with Store.open(path) as store:
        reject(store, load_report(store, "lakeford"), "events", "Lakeside concert")
    return path


def run(db: str, *args: str) -> Any:
    """Runs amity with --db and returns the click result."""
    return CliRunner().invoke(get_cli(), ["--db", db, *args], catch_exceptions=False)


def test_digest_markdown_to_stdout(db: str) -> None:
    done = run(db, "digest", "--from", "2021-01", "--to", "2021-06", "--base-url", "https://a.test")
    assert done.exit_code == 0, done.output
    assert done.output.startswith("# Digest January 2021 – June 2021")
    assert "## March 2021" in done.output and "Lakeford Youth Forum" in done.output
    assert "](https://a.test/reports/1)" in done.output
    assert "concert" not in done.output.lower()


@pytest.mark.parametrize("fmt", ["md", "html", "pdf", "json"])
def test_every_format_to_a_file(db: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"digest.{fmt}"
    done = run(
        db, "digest", "--from", "2021-03", "--place", "Lakeford", "--format", fmt, "-o", str(out)
    )
    assert done.exit_code == 0, done.output
    assert f"wrote {out}" in done.output
    content = out.read_bytes()
    assert content.startswith(b"%PDF") if fmt == "pdf" else b"Lakeford Youth Forum" in content
    if fmt == "json":
        assert json.loads(content)["scope"]["kind"] == "place"


def test_pdf_to_the_terminal_is_refused(db: str) -> None:
    done = run(db, "digest", "--from", "2021-03", "--format", "pdf")
    assert done.exit_code == 3
    assert done.output.strip() == "error: a PDF is not printed to the terminal (give -o FILE.pdf)"


@pytest.mark.parametrize(
    ("args", "says"),
    [(["digest", "--from", "2021-13"], "--from '2021-13' is not a month"),
     (["profile", "Atlantis"], "no place or organization named 'Atlantis'"),
     (["anniversaries", "--within", "soon"], "--within 'soon' is not a length of time"),
     (["digest", "--from", "2021-01", "-o", "/nonexistent/dir/d.md"], "/nonexistent/dir/d.md: cannot write")],
)  # fmt: skip
def test_bad_input_is_one_line(db: str, args: list[str], says: str) -> None:
    done = run(db, *args)
    assert done.exit_code != 0
    lines = done.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and says in lines[0]


def test_profile_flags_figures(db: str) -> None:
    done = run(db, "profile", "Lakeford", "--format", "json")
    data = json.loads(done.output)
    assert {f["metric"]: f["differs"] for f in data["figures"]} == {
        "sister cities": True, "countries": False, "events": True,
    }  # fmt: skip
    text = run(db, "profile", "Lakeford").output
    assert "**differs: fewer in records**" in text


def test_anniversaries_command(db: str) -> None:
    # Lakeford and Tarnów signed on 2021-05-20: their 5th anniversary is on 2026-05-20.
    done = run(db, "anniversaries", "--within", "30d", "--from", "2026-05-01")
    assert done.exit_code == 0, done.output
    assert "2026-05-20: **5 years** of" in done.output and "Tarn" in done.output
    assert "No round anniversaries" in run(db, "anniversaries", "--from", "2026-06-01").output
