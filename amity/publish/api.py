"""One call per command: a document's data from the store, rendered in a format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from amity.errors import InputError
from amity.publish import render as renderer

FORMATS = ("md", "html", "pdf", "json")


def build(store: Any, document: str, **options: Any) -> dict[str, Any]:
    """Returns the data of a digest, profile or anniversaries document."""
    if document == "digest":
        from amity.publish.digest import digest

        return digest(store, **options)
    if document == "profile":
        from amity.publish.profile import profile

        return profile(store, **options)
    from amity.publish.anniversaries import anniversaries

    return anniversaries(store, **options)


def output(kind: str, data: dict[str, Any], fmt: str, base_url: str = "") -> str | bytes:
    """Returns the document as Markdown, HTML or JSON text, or PDF bytes."""
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"
    return renderer.render(kind, data, fmt, base_url)


def publish(
    store: Any, document: str, fmt: str, path: str | None, base_url: str = "", **options: Any
) -> str | bytes:
    """Returns the document in `fmt`, written to `path` if given; a PDF needs a path."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}", f"use one of {', '.join(FORMATS)}")
    if fmt == "pdf" and not path:
        raise InputError("a PDF is not printed to the terminal", "give -o FILE.pdf")
    content = output(document, build(store, document, **options), fmt, base_url)
    if path:
        target = Path(path)
        try:
            target.write_bytes(content) if isinstance(content, bytes) else target.write_text(
                content, encoding="utf-8"
            )
        except OSError as exc:
            raise InputError(f"{path}: cannot write: {exc.strerror}", "check the folder") from exc
    return content
