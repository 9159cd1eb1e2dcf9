"""HTML reports: main text and metadata through trafilatura, plain visible text as fallback.

Only text leaves this module: scripts, styles, event handlers and links never reach it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from amity.errors import InputError
from amity.ingest.readers.base import Document
from amity.ingest.text import bom_encoding, decode

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
HIDDEN = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head")
BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer "
    "blockquote pre dd dt dl figcaption address hr main nav aside td th".split()
)
# Only dates the page states in its metadata: a date guessed from the body text could be any
# date the report mentions, and the text dateline is checked later anyway.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html(name: str, data: bytes, charset: str | None = None) -> Document:
    """Returns the main text, title and date of an HTML page; InputError if it has no text."""
    decoded = decode(name, data, declared=None if bom_encoding(data) else _charset(data, charset))
    markup = _XML_DECL.sub("", decoded.text)
    found = _trafilatura(markup)
    title, published = found.get("title"), found.get("date")
    text = found.get("text") or ""
    if not text.strip():
        fallback_title, text = _visible(markup)
        title = title or fallback_title
    if not text.strip():
        raise InputError(f"{name}: the HTML page has no text", "give the page with its content")
    warning = f"{name}: {decoded.warning}" if decoded.warning else None
    return Document(text, title=title, published=published, warning=warning)


def _charset(data: bytes, declared: str | None) -> str | None:
    """Returns the charset from the HTTP header, else from a <meta> tag, else None."""
    if declared:
        return declared
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "ignore") if match else None


def _trafilatura(markup: str) -> dict[str, Any]:
    """Returns trafilatura's title, date and text for the page ({} if it finds nothing)."""
    import trafilatura

    try:
        found = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=DATE_PARAMS,
        )
    except Exception:  # a page trafilatura cannot parse still gets the plain fallback
        return {}
    if found is None:
        return {}
    data = found if isinstance(found, dict) else found.as_dict()
    return {key: data.get(key) for key in ("title", "date", "text")}


def _visible(markup: str) -> tuple[str | None, str]:
    """Returns the <title> and the visible text of the page, without hidden elements."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return None, ""
    title_el = root.find(".//title")
    title = title_el.text_content().strip() if title_el is not None else None
    for element in list(root.iter(*HIDDEN, etree.Comment, etree.ProcessingInstruction)):
        element.drop_tree()
    body = root.find("body")
    return title or None, "".join(_text_of(body if body is not None else root))


def _text_of(element: Any) -> Iterator[str]:
    """Yields the text of an element tree, with a line break around block elements."""
    tag = element.tag if isinstance(element.tag, str) else ""
    block = tag.lower() in BLOCKS
    if block:
        yield "\n"
    if element.text:
        yield element.text
    for child in element:
        yield from _text_of(child)
        if child.tail:
            yield child.tail
    if block:
        yield "\n"
