"""Helpers for the Chinese extraction tests: run the zh pipeline over a short text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from amity.extract import extract_records


@pytest.fixture
def zh() -> Callable[..., dict[str, Any]]:
    """Returns a function giving the records of a Chinese text (the zh pipeline forced)."""

    def run(text: str, published: str | None = "2024-06-30") -> dict[str, Any]:
        result = extract_records(text, published=published, lang="zh")
        assert result["failures"] == []
        return result

    return run
