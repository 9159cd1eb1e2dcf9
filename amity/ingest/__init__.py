"""Ingest: reports from files, folders, globs and URL lists into the store.

`ingest_paths(store, paths)` and `ingest_urls(store, urls)` return an IngestSummary;
`read_report(path)` gives one file's ReportIn without storing it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from amity.ingest.batch import IngestSummary, ingest_paths, ingest_sources, ingest_urls
    from amity.ingest.report import read_report

__all__ = ["IngestSummary", "ingest_paths", "ingest_sources", "ingest_urls", "read_report"]

_WHERE = {
    "IngestSummary": "amity.ingest.batch",
    "ingest_paths": "amity.ingest.batch",
    "ingest_urls": "amity.ingest.batch",
    "ingest_sources": "amity.ingest.batch",
    "read_report": "amity.ingest.report",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(name)
    from importlib import import_module

    return getattr(import_module(_WHERE[name]), name)
