"""The shared fixtures: PostgreSQL cases skip without a server, and fail instead when CI=true."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TARGET = "tests/store/test_store.py::test_open_creates_every_table"


def _run(ci: str | None) -> subprocess.CompletedProcess[str]:
    """Runs one store test with the PostgreSQL server pointed at a closed port."""
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_XDIST_WORKER")}
    env["AMITY_TEST_PG"] = "postgresql://postgres@127.0.0.1:1/test"
    if ci is not None:
        env["CI"] = ci
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-rs",
        "-p",
        "no:cacheprovider",
        "-p",
        "no:xdist",
        TARGET,
    ]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("ci", [None, "false"])
def test_unreachable_postgresql_skips(ci: str | None) -> None:
    result = _run(ci)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed, 1 skipped" in result.stdout


def test_unreachable_postgresql_fails_on_ci() -> None:
    result = _run("true")
    assert result.returncode != 0
    assert "unreachable and CI=true" in result.stdout
    assert "1 passed" in result.stdout
