"""Lists of partners: "A (Country), B (Country)" after a sentence on ties, items under a lead
("Bingen maintains partnerships with six towns:" then "With ... since 1958."), and tables of
ties, one line each ("1981  Kanagawa Prefecture, Japan")."""

from __future__ import annotations

import re
from typing import Any

from amity.extract import scan
from amity.extract.doc import Doc, Span
from amity.extract.en.cues import TIE
from amity.extract.en.parties import _parties, _record

LISTED_PLACE = re.compile(r"[A-Z][\w’'. -]{1,40}?\s+\((?:the\s+)?[A-Z][\w .'-]{1,30}\)")
OF_AFTER_TIE = re.compile(
    r"(?:sister|twin|partner|friendship)[\s-](?:cit(?:y|ies)|towns?)\s+of\s+(?=[A-Z])", re.I
)


def _listed_ties(doc: Doc, sent: Span, prev: Span | None) -> list[dict[str, Any]]:
    """Returns ties listed as "A (Country), B (Country)" right after a sentence about ties."""
    text = doc.text[sent.start : sent.end]
    if prev is None or scan.search_in(doc, TIE, text, sent.start):
        return []
    before = doc.text[prev.start : prev.end]
    if not scan.search_in(doc, TIE, before, prev.start) or len(LISTED_PLACE.findall(text)) < 2:
        return []
    of = OF_AFTER_TIE.search(before)
    named = _parties(doc, prev.start + of.end(), prev.end) if of else []
    subject = named[0] if named else next(iter(_parties(doc, prev.start, prev.end)), None)
    if subject is None:
        return []
    listed = [n for n in _parties(doc, sent.start, sent.end) if str(n.value) != str(subject.value)]
    return [_record(doc, "sister_city", subject, n, sent) for n in listed]


WITH_ITEM = re.compile(
    r"\W{0,3}(?:And\s+|and\s+)?[Ww]ith\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:town|city|village|municipality|district|county)\s+of\s+)?(?=[A-Z])"
)
LEADS_LIST = re.compile(
    r"\b(?:partnerships?|twinnings?|twin towns?|sister cities|partner (?:towns|cities)|twinned)\b[^.]*:\s*$",
    re.I,
)


Lead = tuple[Span, int]  # the owner of a list of partners, and sentences since its last item


def _with_items(doc: Doc, sent: Span, lead: Lead | None) -> list[dict[str, Any]]:
    """Returns the tie of an item "With the English town of Hitchin since 1958." under a lead."""
    if lead is None:
        return []
    m = WITH_ITEM.match(doc.text, sent.start, sent.end)
    partner = (
        next((n for n in _parties(doc, m.end(), sent.end) if n.start == m.end()), None)
        if m
        else None
    )
    return [_record(doc, "sister_city", lead[0], partner, sent)] if partner else []


def _list_lead(doc: Doc, sent: Span, lead: Lead | None) -> Lead | None:
    """Returns the owner of "Bingen maintains partnerships with six towns:" while its items go on."""
    if scan.search(doc, LEADS_LIST, sent.start, sent.end):
        owner = next(iter(_parties(doc, sent.start, sent.end)), None)
        return (owner, 0) if owner else None
    if lead is None:
        return None
    if WITH_ITEM.match(doc.text, sent.start, sent.end):
        return lead[0], 0
    # A remark between items ("Hitchin has a population of ...") keeps the list open once.
    return (lead[0], lead[1] + 1) if lead[1] < 1 else None
