"""PDF reports, through pypdf: text of every page, the title from the document info."""

from __future__ import annotations

import io
import logging

from amity.errors import InputError
from amity.ingest.readers.base import Document


def read_pdf(name: str, data: bytes, charset: str | None = None) -> Document:
    """Returns the text of a PDF; InputError if it is corrupted or password-protected."""
    from pypdf import PdfReader

    # pypdf logs every repaired cross-reference table; a broken file gets one InputError instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        _unlock(name, reader)
        pages = [page.extract_text() or "" for page in reader.pages]
        title = _title(reader)
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many types on broken files
        raise InputError(
            f"{name}: the PDF is corrupted or unreadable ({type(exc).__name__})",
            "re-export the PDF or give its text",
        ) from exc
    return Document("\n\n".join(pages), title=title)


def _unlock(name: str, reader: object) -> None:
    """Opens a PDF encrypted with an empty user password; raises if a password is needed."""
    if not getattr(reader, "is_encrypted", False):
        return
    try:
        opened = reader.decrypt("")  # type: ignore[attr-defined]
    except Exception as exc:
        raise InputError(
            f"{name}: the PDF is encrypted and cannot be opened", "give an unencrypted copy"
        ) from exc
    if not opened:
        raise InputError(f"{name}: the PDF is password-protected", "give an unprotected copy")


def _title(reader: object) -> str | None:
    """Returns the Title of the PDF's document information, or None."""
    info = getattr(reader, "metadata", None)
    title = getattr(info, "title", None) if info else None
    return str(title) if title else None
