"""Figures told as ranks: "Harbin becomes the eleventh sister city of Murmansk", "El Paso's third
sister city", "the third aid shipment Tallinn has sent" count what the rank's owner has."""

from __future__ import annotations

import re
from typing import Any

from amity.extract import scan
from amity.extract.doc import Doc, Span

ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20,
}  # fmt: skip
ORD = r"(?P<ord>\d{1,3}(?:st|nd|rd|th)|" + "|".join(ORDINALS) + ")"
ORDINAL_TIE = re.compile(
    r"\b"
    + ORD
    + r"\s+(?:(?:overseas|foreign|international|official|new|friendly|European|Asian|American)\s+)?"
    r"(?P<what>(?:sister|twin|partner|friendship|friendly)[\s-](?:(?:cooperation|exchange)[\s-])?(?:city|cities|town|province|state|region)|city|town|"
    r"twin)\b[^.;]{0,40}?\b(?:of|with|for)\s+(?P<whose>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})",
    re.I,
)


# "Chihuahua City becomes El Paso's third sister city": the owner before the rank
ORDINAL_OWNED = re.compile(
    r"\b(?P<whose>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})['’]s\s+"
    + ORD
    + r"\s+(?:(?:overseas|foreign|international|official|new|friendly|European|Asian|American)\s+)?"
    r"(?P<what>(?:sister|twin|partner|friendship|friendly)[\s-](?:(?:cooperation|exchange)[\s-])?(?:city|town|province|state|region))\b",
)


# "the 43rd sister city the municipality has worldwide": the rank's owner after it, with "has"
ORDINAL_HAS = re.compile(
    r"\b" + ORD + r"\s+(?:(?:overseas|foreign|international|official|new|friendly)\s+)?"
    r"(?P<what>(?:sister|twin|partner|friendship)[\s-](?:city|town|province|region))\s+"
    r"(?:that\s+|which\s+)?(?P<whose>the\s+(?:city|town|municipality|county|district|province|"
    r"region|prefecture)|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+(?:now\s+)?(?:has|have|maintains)\b"
    r"(?!\s+(?:[a-z]+ed|gained|made|won|got|taken|built|held|signed|had)\b)"
)


def _ordinal_ties(doc: Doc, sent: Span) -> list[dict[str, Any]]:
    """Returns counts stated as ranks: "Harbin becomes the eleventh sister city of Murmansk"."""
    from amity.extract.en.tie_context import _focus  # imported where needed, like _members_of

    out = []
    ranks = [
        *scan.finditer(doc, ORDINAL_TIE, sent.start, sent.end),
        *ORDINAL_OWNED.finditer(doc.text, sent.start, sent.end),
    ]
    for m in ORDINAL_HAS.finditer(doc.text, sent.start, sent.end):
        whose = m.group("whose")
        if whose.lower().startswith("the "):
            focus = _focus(doc, m.start())  # "the 43rd sister city the municipality has"
            whose = str(focus.value) if focus is not None else None
        if whose and not any(r.start() <= m.start() < r.end() for r in ranks):
            metric = m.group("what").lower().replace("city", "cities").replace("town", "towns")
            out.append(_rank(whose, metric, m, sent))
    for m in ranks:
        what = m.group("what").lower()
        if what == "twin":
            metric = "twin cities"  # "the third foreign twin for Arkadag"
        else:
            metric = "sister cities" if what in ("city", "town") else what.replace("city", "cities")
        out.append(_rank(m.group("whose"), metric, m, sent))
    return out


# "the third aid shipment the city of Tallinn has sent", "the 24th the committee has sent to
# Japan": a rank that counts what a body has done
ORDINAL_DEED = re.compile(
    r"\bthe\s+"
    + ORD
    + r"\s+(?P<what>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+)??(?:that\s+|which\s+)?"
    r"(?P<whose>the\s+(?:city|town|committee|association|club|council|society|group)"
    r"(?:\s+of\s+[A-Z][\w-]+)?|(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})\s+"
    r"(?:has|had|have)\s+(?:ever\s+|now\s+)?(?P<verb>sent|dispatched|delivered|donated|"
    r"organi[sz]ed|hosted|welcomed|concluded|signed)\b",
)


def _ordinal_deeds(doc: Doc, sent: Span) -> list[dict[str, Any]]:
    """Returns counts told as ranks of a body's deeds: "the third aid shipment Tallinn has sent"."""
    out = []
    for m in scan.finditer(doc, ORDINAL_DEED, sent.start, sent.end):
        whose = m.group("whose")
        named = re.search(r"\bof\s+([A-Z][\w-]+)$", whose)
        if named:
            subject: str | None = named.group(1)
        elif re.match(r"the\s+[A-Z]", whose):
            subject = whose[4:].strip()  # "the third agreement the Penza Region has concluded"
        elif whose.lower().startswith("the "):
            from amity.extract.en.figures import _members_of

            subject = _members_of(doc)
        else:
            subject = whose
        what = (m.group("what") or "groups ").strip()
        metric = f"{what if what.endswith('s') else what + 's'} {m.group('verb')}"
        out.append(_rank(subject, metric, m, sent))
    return out


def _rank(subject: str | None, metric: str, m: re.Match[str], sent: Span) -> dict[str, Any]:
    """Returns the figure a rank states: its ordinal as the count of what the subject has."""
    word = m.group("ord").lower()
    value = ORDINALS.get(word) or int(re.sub(r"\D", "", word))
    return {
        "subject": subject,
        "metric": metric,
        "value": value,
        "qualifier": None,
        "span": [sent.start, sent.end],
        "confidence": 0.5,
    }
