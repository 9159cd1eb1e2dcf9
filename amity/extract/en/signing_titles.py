"""Titles of signings that have no name of their own: what was signed and between whom
("signing of the memorandum between Osh and Shymkent"), rather than a sentence's first words."""

from __future__ import annotations

import re

from amity.extract import scan
from amity.extract.doc import Doc, Span
from amity.extract.en.party_names import _parties
from amity.extract.en.titles import is_title_word

SIGNED_PAPER = re.compile(
    r"\b(?:(?:sister[- ]cit(?:y|ies)|twin(?:ning|[- ]cit(?:y|ies))?|friendship(?: cit(?:y|ies))?|"
    r"cooperation|co-operation|partnership|exchange|trade|tourism)\s+)*"
    r"(?:agreements?|memorand(?:um|a)(?: of (?:understanding|cooperation|intent))?|MoUs?|MOUs?|"
    r"protocols?(?: of intent(?:ions)?)?|letters? of intent|communiqu[eé]s?|charters?|"
    r"declarations?|accords?|pacts?|treat(?:y|ies))\b",
    re.I,
)


def signing_title(doc: Doc, sent: Span) -> str | None:
    """Returns "signing of the X between A and B" for a sentence that tells a signing, else None."""
    m = scan.search(doc, SIGNED_PAPER, sent.start, sent.end)
    if m is None:
        return None
    paper = m.group()
    # "Memorandum" -> "memorandum"; an abbreviation ("MoU", "MOU") keeps its case
    paper = (
        paper
        if paper[1:2].isupper() or re.search(r"[A-Z]", paper[1:])
        else paper[0].lower() + paper[1:]
    )
    names: list[str] = []
    for party in _parties(doc, sent.start, sent.end):
        name = re.sub(r"['’]s$", "", str(party.value))
        if _named_party(doc, party) and name not in names and name.lower() not in paper.lower():
            names.append(name)
    title = f"signing of the {paper}"
    return f"{title} between {names[0]} and {names[1]}" if len(names) >= 2 else title


def _named_party(doc: Doc, party: Span) -> bool:
    """True for a place or a body's name, not a title ("Chairperson of ...") or a first word."""
    if is_title_word(str(party.value).split()[0]):
        return False
    return bool(doc.in_range("place", party.start, party.end)) or party.data.get("cls") == "org"
