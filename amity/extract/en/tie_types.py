"""Tie types: which partnership a sentence speaks of (a sister city, a school tie, an agreement),
with the cues that tell each and whether the report speaks of sister cities at all.
"""

from __future__ import annotations

import re

from amity.extract import scan
from amity.extract.doc import Doc
from amity.extract.en.cues import TIE

SCHOOL = re.compile(
    r"\b(?:sister|friendly|friendship|partner)[\s-]+schools?\b"
    # "Since the two schools set up the partnership in 1988"
    r"|\b(?:the|both)\s+(?:two\s+)?schools\s+(?:have\s+|had\s+)?(?:set\s+up|established|started|began|"
    r"signed|formed|launched)\s+(?:the|a|their)\s+(?:[\w-]+\s+)?(?:partnership|link|exchange|agreement)\b",
    re.I,
)
AGREEMENT = re.compile(
    r"\b(?:agreements?|memorand(?:um|a)|MoUs?|MOUs?|contracts?|letter of intent|accords?|framework|protocol|declaration of intent|partnership|pacts?|joint (?:statement|declaration|communiqu[eé])|plan of action|programm?e? of cooperation)\b",
    re.I,
)
WITH = re.compile(r"\bwith\s+(?:the\s+)?", re.I)


TIE_AGREEMENT = re.compile(
    r"\b(?:agreement|memorandum|protocol)\s+(?:on|of)\s+(?:the\s+)?(?:establish\w*\s+(?:of\s+)?)?(?:friendship|twin|sister|twinning|friendly)",
    re.I,
)
SIGNING = re.compile(
    r"\b(?:sign\w*|inked|put (?:their|his|her|its) (?:names?|signatures?) to|put pen to paper|concluded|entered|"
    r"put (?:their|its) (?:[\w-]+\s+){0,2}on paper)\b",
    re.I,
)


# "a framework agreement between the two cities": a tie stated without a verb of signing
AGREEMENT_BETWEEN = re.compile(
    r"\b(?:agreements?|memorand(?:um|a)|MoUs?|protocol|pacts?)\s+between\b", re.I
)
HAS_AGREEMENT = re.compile(
    r"\b(?:has|have|had)\s+(?:an?\s+)?(?:MoUs?|MOUs?|agreements?|memorand(?:um|a))\s+with\b", re.I
)


def tie_type(text: str, doc: Doc | None = None, start: int = 0) -> str | None:
    """Returns the partnership type a sentence speaks of, or None (doc and start: where it lies)."""

    def found(rx: re.Pattern[str]) -> bool:
        return bool(rx.search(text) if doc is None else scan.search_in(doc, rx, text, start))

    if found(SCHOOL):
        return "school"
    if found(TIE) or found(TIE_AGREEMENT):
        return "sister_city"
    if doc is not None and (found(OWN_PARTNERS) or THE_OTHERS.match(text)) and _sister_report(doc):
        return "sister_city"  # "Among Tartu's older partners are ..." in a report on twinning
    if doc is not None and found(TIE_BEGAN) and found(SIGNING) and _sister_report(doc):
        return "sister_city"  # "The partnership began in 1993, when A and B signed ..."
    if found(AGREEMENT) and (found(SIGNING) or found(HAS_AGREEMENT) or found(AGREEMENT_BETWEEN)):
        return "agreement"
    return None


TIE_BEGAN = re.compile(
    r"^\W*(?:The|Their|Our|This)\s+(?:partnership|relationship|twinning|friendship)\s+"
    r"(?:began|started|dates\s+(?:back\s+)?(?:to|from)|goes\s+back\s+to)\b"
)
OWN_PARTNERS = re.compile(
    r"(?:\b[A-Z][\w-]+['’]s|\b(?:its|their|our))\s+(?:[\w-]+\s+){0,2}?partners\s+(?:are|include|were)\b"
    r"|\bAmong\s+(?:the|its|their|our)\s+(?:[\w-]+\s+){0,2}?partners\b"
)
# "A: The older partners are Uozu in Japan (since 1989), ...", "The sister cities are A in
# Niigata, Japan; B ...": the report's town's ties, its name told before
THE_OTHERS = re.compile(
    r"\W*(?:A:\s*)?The\s+(?:other|older|earlier|remaining|first|existing)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:partners|twins|sister cities|twin cities|twin towns|partner cities|partner towns)\b"
    r"|\W*The\s+(?:sister|twin|partner|friendship|friendly)\s+(?:cities|towns)\s+(?:are|include)\b"
)


def _sister_report(doc: Doc) -> bool:
    """True for a report that speaks of sister, twin or partner cities somewhere."""
    key = ("sister report", -1)
    if key not in doc.cache:
        doc.cache[key] = scan.search(doc, TIE, 0, len(doc.text)) is not None
    return bool(doc.cache[key])
