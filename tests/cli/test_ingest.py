"""`amity ingest` through click: summary, JSON, failures on stderr, exit codes, options."""

from __future__ import annotations

import json
from pathlib import Path

import click
from click.testing import CliRunner


def test_ingest_folder_then_again(
    amity: click.Group, runner: CliRunner, store_url: str, reports_dir: Path
) -> None:
    result = runner.invoke(amity, ["--db", store_url, "ingest", str(reports_dir), "--no-extract"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("3 new; 0 skipped; 0 failed; extraction off")
    again = runner.invoke(
        amity, ["--db", store_url, "ingest", str(reports_dir), "--no-extract", "--json"]
    )
    summary = json.loads(again.stdout)
    assert (summary["new"], summary["skipped"], summary["failed"]) == (0, 3, [])


def test_failed_files_print_one_line_each_and_exit_1(
    amity: click.Group, runner: CliRunner, store_url: str, reports_dir: Path
) -> None:
    (reports_dir / "empty.txt").write_bytes(b"")
    (reports_dir / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    args = ["--db", store_url, "ingest", str(reports_dir), "--no-extract", "--quiet"]
    result = runner.invoke(amity, args)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{reports_dir / 'broken.pdf'}: the PDF is corrupted or unreadable")
    assert lines[1].startswith(f"{reports_dir / 'empty.txt'}: empty file, no text")
    assert result.stdout.startswith("3 new; 0 skipped; 2 failed")


def test_max_bytes_option(
    amity: click.Group, runner: CliRunner, store_url: str, reports_dir: Path
) -> None:
    args = [
        "--db",
        store_url,
        "ingest",
        str(reports_dir / "note0.txt"),
        "--no-extract",
        "--max-bytes",
        "10",
    ]
    result = runner.invoke(amity, args)
    assert result.exit_code == 1
    size = (reports_dir / "note0.txt").stat().st_size
    assert f"note0.txt: {size} bytes is over the size limit of 10 bytes" in result.stderr


def test_amity_db_environment_variable(
    amity: click.Group, runner: CliRunner, store_url: str, reports_dir: Path
) -> None:
    result = runner.invoke(
        amity, ["ingest", str(reports_dir), "--no-extract"], env={"AMITY_DB": store_url}
    )
    assert result.exit_code == 0, result.output
    stats = runner.invoke(amity, ["--db", store_url, "stats", "--json"])
    assert json.loads(stats.stdout)["reports"] == 3


def test_glob_pattern_and_url_list(
    amity: click.Group, runner: CliRunner, store_url: str, reports_dir: Path
) -> None:
    urls = reports_dir.parent / "urls.txt"
    urls.write_text("# none reachable on purpose\nftp://example.invalid/report\n", "utf-8")
    args = [
        "--db",
        store_url,
        "ingest",
        str(reports_dir / "note[01].txt"),
        "--urls",
        str(urls),
        "--no-extract",
        "--json",
    ]
    result = runner.invoke(amity, args)
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["new"] == 2
    assert summary["failed"] == [
        {
            "source": "ftp://example.invalid/report",
            "message": "ftp://example.invalid/report: not an http(s) URL",
        }
    ]


def test_nothing_to_ingest_is_a_usage_error(
    amity: click.Group, runner: CliRunner, tmp_path: Path
) -> None:
    result = runner.invoke(amity, ["--db", str(tmp_path / "s.db"), "ingest"])
    assert result.exit_code == 2
    assert "give files, folders or glob patterns, or --urls FILE" in result.stderr


def test_missing_url_list_is_one_line_error(
    amity: click.Group, runner: CliRunner, tmp_path: Path
) -> None:
    result = runner.invoke(
        amity, ["--db", str(tmp_path / "s.db"), "ingest", "--urls", str(tmp_path / "none.txt")]
    )
    assert result.exit_code == 3
    assert result.stderr.startswith("error: ")
    assert "none.txt: cannot read the URL list" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
