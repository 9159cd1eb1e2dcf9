"""Ties told in set phrases: "The first city to twin with A was B, in 1996", "The B tie goes
back to 1989" (the report's own city and B)."""

from __future__ import annotations

import re
from typing import Any

from amity.extract import scan
from amity.extract.doc import Doc, Span
from amity.extract.en.parties import _record
from amity.extract.en.party_names import _parties
from amity.extract.en.tie_context import _focus

FIRST_TO_TWIN = re.compile(
    r"\b(?:first|second|third|latest|newest|last|only|oldest)\s+(?:[\w-]+\s+)?(?:city|town|capital|region)\s+"
    r"to\s+(?:twin|be twinned|partner|sign a (?:sister[- ]city|twinning) agreement)\s+with\s+",
    re.I,
)
# "The Pyatigorsk tie goes back to 1989", "Our link with Hitchin dates from 1958"
TIE_GOES_BACK = re.compile(
    r"\b(?:tie|link|partnership|twinning|relationship|friendship)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:goes|dates|reaches|stretches)\s+(?:back\s+)?(?:to|from)\s+(?:the\s+(?:year\s+)?)?((?:19|20)\d\d)\b",
    re.I,
)


def phrase_ties(doc: Doc, sent: Span) -> list[dict[str, Any]]:
    """Returns the ties a sentence tells in one of the set phrases."""
    return _first_to_twin(doc, sent) + _tie_goes_back(doc, sent)


def _first_to_twin(doc: Doc, sent: Span) -> list[dict[str, Any]]:
    m = scan.search(doc, FIRST_TO_TWIN, sent.start, sent.end)
    if m is None:
        return []
    after = [n for n in _parties(doc, m.end(), sent.end)]
    if len(after) < 2 or after[0].start != m.end():
        return []
    if not re.fullmatch(
        r"\s+(?:was|is|became)\s+(?:the\s+city\s+of\s+)?", doc.text[after[0].end : after[1].start]
    ):
        return []
    rec = _record(doc, "sister_city", after[0], after[1], sent)
    year = re.match(r",?\s+in\s+((?:19|20)\d\d)\b", doc.text[after[1].end : sent.end])
    return [rec | ({"since": year.group(1)} if year else {})]


def _tie_goes_back(doc: Doc, sent: Span) -> list[dict[str, Any]]:
    """Returns (home, B) of "The B tie goes back to 1989" or "Our link with B dates from 1958"."""
    m = scan.search(doc, TIE_GOES_BACK, sent.start, sent.end)
    if m is None:
        return []
    named = [n for n in _parties(doc, sent.start, m.start()) if n.end <= m.start()]
    if len(named) != 1 or not doc.in_range("place", named[0].start, named[0].end):
        return []
    home = _focus(doc, sent.start)
    if home is None or str(home.value) == str(named[0].value):
        return []
    return [_record(doc, "sister_city", home, named[0], sent) | {"since": m.group(1)}]
