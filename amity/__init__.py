"""Amity: reports of international exchanges turned into a sourced knowledge base.

The public library API: `Store`, `ingest`, `extract`, `load_settings`, `AmityError`.
Nothing is built at import time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from amity.store import Store


def extract(text: str, published: str | None = None, **kwargs: Any) -> dict[str, Any]:
    """Returns the records of one report's text in the RECORDS.md format."""
    from amity.extract import extract_records

    return extract_records(text, published=published, **kwargs)


def __getattr__(name: str) -> Any:
    if name == "Store":
        from amity.store import Store

        return Store
    if name == "ingest":
        from amity.ingest import ingest_paths

        return ingest_paths
    if name == "load_settings":
        from amity.settings import load_settings

        return load_settings
    if name == "AmityError":
        from amity.errors import AmityError

        return AmityError
    raise AttributeError(name)


__all__ = ["Store", "extract", "__version__"]
