"""Quality gate fixtures: the shared scorer and corpus, and a summary of the measured scores.

The scorer and the seeds live in ../shared/corpus next to the repository. When they are
absent the gate is skipped, except in CI (CI=true), where it fails.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "corpus"
SCORES_KEY = "quality_scores"


def require(path: Path) -> None:
    """Skips the test when a shared corpus file is missing, or fails it when CI=true."""
    if path.exists():
        return
    message = f"{path} is missing: put the shared corpus next to the repository"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message} (CI=true requires it)")
    pytest.skip(message)


@pytest.fixture(scope="session")
def need_shared() -> Callable[[Path], None]:
    """Returns the check that skips (or fails in CI) when a shared corpus path is missing."""
    return require


@pytest.fixture(scope="session")
def score_module() -> ModuleType:
    """Returns ../shared/corpus/score.py imported as a module."""
    path = SHARED / "score.py"
    require(path)
    spec = importlib.util.spec_from_file_location("amity_corpus_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Prints the scores the gate measured, so that CI logs show them."""
    seen: dict[str, str] = {}
    for reports in terminalreporter.stats.values():
        for report in reports:
            for key, value in getattr(report, "user_properties", ()):
                if key == SCORES_KEY:
                    seen.update(value)
    if seen:
        terminalreporter.write_sep("-", "extraction quality measured")
        for corpus in sorted(seen):
            terminalreporter.write_line(f"{corpus}: {seen[corpus]}")
