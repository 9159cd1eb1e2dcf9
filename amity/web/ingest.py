"""Reports added from the web: uploaded files, pasted text and URLs, through the CLI's batch."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select

from amity.ingest.batch import Batch, IngestSummary, url_loader
from amity.ingest.fetch import url_items
from amity.ingest.report import build_report
from amity.ingest.sources import Item
from amity.records import ReportIn
from amity.settings import Settings
from amity.store import schema

Upload = tuple[str, bytes]


def upload_loader(files: dict[str, bytes]) -> Any:
    """Returns a batch loader that builds a report from uploaded bytes held in memory."""

    def load(item: Item) -> tuple[ReportIn, str | None]:
        return build_report(item.location, item.name, files[item.location])

    return load


def upload_items(uploads: list[Upload], max_bytes: int) -> tuple[list[Item], dict[str, bytes]]:
    """Returns an Item per upload (too large ones carry their error) and the bytes by location."""
    items, data = [], {}
    for n, (name, content) in enumerate(uploads):
        location = f"upload:{n}:{name}"
        error = None
        if len(content) > max_bytes:
            error = f"{name}: larger than {max_bytes} bytes; raise max_bytes or split the report"
        items.append(Item(name, location, error))
        data[location] = content
    return items, data


def last_report_id(store: Any) -> int:
    """Returns the highest report id (0 for an empty store)."""
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.max(schema.reports.c.id))).scalar() or 0)


def ingest_web(
    store: Any, settings: Settings, uploads: list[Upload], urls: Iterable[str] = (), **options: Any
) -> tuple[IngestSummary, list[dict[str, Any]]]:
    """Returns the batch summary and the new reports after ingesting uploads, then URLs."""
    before = last_report_id(store)
    batch = Batch(store, options.get("extract", True), None, options.get("extractor"))
    items, data = upload_items(uploads, settings.max_bytes)
    batch.run(items, upload_loader(data))
    listed = [u.strip() for u in urls if u.strip()]
    if listed:
        # The server must not become a way into its own network: only public hosts are fetched.
        loader = url_loader(settings.fetch_timeout, settings.max_bytes, public_only=True)
        batch.run(url_items(listed), loader)
    new = [r for r in store.reports(limit=max(batch.summary.new, 1) + 50) if r["id"] > before]
    return batch.summary, sorted(new, key=lambda r: r["id"])
