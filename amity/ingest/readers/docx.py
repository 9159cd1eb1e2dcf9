"""Word (.docx) reports, through python-docx: paragraphs and tables in body order."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from amity.errors import InputError
from amity.ingest.readers.base import Document


def read_docx(name: str, data: bytes, charset: str | None = None) -> Document:
    """Returns the text of a .docx file; InputError if it is not a readable Word document."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_blocks(document))
        title = document.core_properties.title or _heading(document)
    except Exception as exc:  # zip, XML and package errors all mean the same to the user
        raise InputError(
            f"{name}: not a readable Word (.docx) file ({type(exc).__name__})",
            "save it again as .docx or give its text",
        ) from exc
    return Document("\n\n".join(lines), title=title or None)


def _blocks(document: Any) -> Iterator[str]:
    """Yields the text of each paragraph and each table row, in the order of the body."""
    from docx.table import Table

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            yield "\n".join(_rows(block))
        elif block.text.strip():
            yield block.text


def _rows(table: Any) -> Iterator[str]:
    """Yields each table row as its cells' text joined by " | " (merged cells once)."""
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(cell.text.strip())
        if any(cells):
            yield " | ".join(cells)


def _heading(document: Any) -> str | None:
    """Returns the first paragraph styled Title or Heading 1, or None."""
    for paragraph in document.paragraphs:
        style = paragraph.style.name if paragraph.style is not None else ""
        if style in ("Title", "Heading 1") and paragraph.text.strip():
            return str(paragraph.text.strip())
    return None
