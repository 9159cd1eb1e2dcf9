"""Ties told in set phrases: "The first city to twin with A was B, in 1996", "The B tie goes
back to 1989" (the report's own city and B)."""

from __future__ import annotations

import re
from typing import Any

from amity.extract import scan
from amity.extract.doc import Doc, Span
from amity.extract.en.parties import _record, _without_qualifiers
from amity.extract.en.party_names import _parties
from amity.extract.en.tie_context import _focus
from amity.extract.en.tie_dates import BACK_TO_YEAR
from amity.extract.en.tie_list_owner import _list_run
from amity.extract.en.tie_pairs import ITEM_GAP

FIRST_TO_TWIN = re.compile(
    r"\b(?:first|second|third|latest|newest|last|only|oldest)\s+(?:[\w-]+\s+)?(?:city|town|capital|region)\s+"
    r"to\s+(?:twin|be twinned|partner|sign a (?:sister[- ]city|twinning) agreement)\s+with\s+",
    re.I,
)
# "The Pyatigorsk tie goes back to 1989", "Our link with Hitchin dates from 1958"
TIE_GOES_BACK = re.compile(
    r"\b(?:tie|link|partnership|twinning|relationship|friendship)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:goes|dates|reaches|stretches)" + BACK_TO_YEAR,
    re.I,
)


def phrase_ties(doc: Doc, sent: Span) -> list[dict[str, Any]]:
    """Returns the ties a sentence tells in one of the set phrases."""
    return (
        _first_to_twin(doc, sent)
        + _tie_goes_back(doc, sent)
        + _relative_list(doc, sent)
        + _with_which(doc, sent)
        + _has_a_partner(doc, sent)
        + _owner_line(doc, sent)
    )


# "- city of Zug: Fürstenfeld (Austria), Kalesija (Bosnia-Herzegovina) and Isenthal;"
OWNER_LINE = re.compile(
    r"[ \t]*[-–—•*·][ \t]+(?:(?:the\s+)?(?:[Cc]ity|[Tt]own|[Mm]unicipality)\s+of\s+)?"
    r"(?P<owner>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*:\s+"
)


BRACKETED = re.compile(r"\([^()]*\)")


def _owner_line(doc: Doc, sent: Span) -> list[dict[str, Any]]:
    """Returns (owner, partner) for each partner of a list line "- Owner: A (Austria), B and C"
    in a report on ties."""
    from amity.extract.en.tie_lists import LISTED_WORDS
    from amity.extract.en.tie_types import _sister_report

    m = OWNER_LINE.match(doc.text, sent.start, sent.end)
    if m is None or not _sister_report(doc):
        return []
    rest = re.sub(r"\([^)]*\)", "", doc.text[m.end() : sent.end])
    if any(w not in LISTED_WORDS | {"its"} for w in re.findall(r"\b[a-z][\w’'-]*", rest)):
        return []  # "- Moshi Trip: Ngozi Mensah reported that ...": a minute, not a list
    named = _parties(doc, sent.start, sent.end)
    owner = next((n for n in named if n.start == m.start("owner")), None)
    bracketed = [b.span() for b in BRACKETED.finditer(doc.text, sent.start, sent.end)]
    partners = [
        n
        for n in named
        if n.start >= m.end() and not any(lo < n.start < hi for lo, hi in bracketed)
    ]
    if owner is None or not partners:
        return []
    return [_record(doc, "sister_city", owner, p, sent) | {"undated": True} for p in partners]


# "Millstatt has a second partner town north of the Alps, Wendlingen am Neckar"
HAS_A_PARTNER = re.compile(
    r"\s+(?:also\s+)?(?:has|had|gained|acquired)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:sister|twin|partner|friendship)[\s-](?:city|town|region|municipality|commune)\b"
    r"[^,;.]{0,40},\s+(?:the\s+)?"
)


def _has_a_partner(doc: Doc, sent: Span) -> list[dict[str, Any]]:
    """Returns (X, Y) of "X has a second partner town, Y": the partner named after the comma."""
    if not scan.may_match(doc, HAS_A_PARTNER, sent.start, sent.end):
        return []  # most sentences have no such phrase: their parties need not be found
    named = _parties(doc, sent.start, sent.end)
    for k, x in enumerate(named[:-1]):
        m = HAS_A_PARTNER.match(doc.text, x.end, sent.end)
        if m:
            y = next((n for n in named[k + 1 :] if n.start == m.end()), None)
            if y is not None:
                return [_record(doc, "sister_city", x, y, sent) | {"undated": True}]
    return []


WITH_WHICH = re.compile(r"\bwith\s+which\s+")
IS_TWINNED = re.compile(
    r"\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|already\s+|now\s+)?"
    r"(?:twinned|paired|linked|partnered)\b"
)
APPOSED = re.compile(r",\s+(?:the|a|an)\s")


def _with_which(doc: Doc, sent: Span) -> list[dict[str, Any]]:
    """Returns (X, B) of "B, the English town with which X is also twinned"."""
    m = scan.search(doc, WITH_WHICH, sent.start, sent.end)
    if m is None:
        return []
    after = [n for n in _parties(doc, m.end(), sent.end)]
    named = [n for n in _parties(doc, sent.start, m.start()) if n.end <= m.start()]
    partner = next((n for n in named if n.end == m.start() - 2), None)  # "Kazan, with which"
    partner = partner or next((n for n in reversed(named) if APPOSED.match(doc.text, n.end)), None)
    if partner is None:
        return []
    year = SINCE_YEAR.search(doc.text, m.end(), sent.end)
    when = {"since": year.group(1)} if year else {"undated": True}
    if after and after[0].start == m.end() and IS_TWINNED.match(doc.text, after[0].end):
        return [_record(doc, "sister_city", after[0], partner, sent) | when]
    own = OWN_CITY.match(doc.text, m.end())  # "with which the Kyrgyz capital has been linked"
    home = _focus(doc, sent.start) if own and IS_TWINNED.match(doc.text, own.end()) else None
    if home is None or str(home.value) == str(partner.value):
        return []
    return [_record(doc, "sister_city", home, partner, sent) | when]


SINCE_YEAR = re.compile(r"\bsince\s+((?:19|20)\d\d)\b")
OWN_CITY = re.compile(r"the\s+(?:[A-Z][\w-]+\s+)?(?:capital|city|town|municipality)\b")


# "Sapporo, which is already paired with Portland in the United States, Munich in Germany"
WHICH_IS_TWINNED = re.compile(
    r",\s+which\s+(?:is|was|has been)\s+(?:already\s+|also\s+)?"
    r"(?:twinned|paired|linked|partnered)\s+with\s+(?:the\s+)?"
)


def _relative_list(doc: Doc, sent: Span) -> list[dict[str, Any]]:
    """Returns (X, partner) for each partner of "X, which is already paired with A, B and C"."""
    m = scan.search(doc, WHICH_IS_TWINNED, sent.start, sent.end)
    if m is None:
        return []
    owner = [n for n in _parties(doc, sent.start, m.start()) if n.end == m.start()]
    tail = [n for n in _parties(doc, m.end(), sent.end)]
    if not owner or not tail or tail[0].start != m.end():
        return []
    tail = _list_run(doc, _without_qualifiers(doc, tail))
    listed = tail[:1]
    for t in tail[1:]:
        if not LIST_GAP.fullmatch(doc.text, listed[-1].end, t.start):
            break  # "Nancy, which is twinned with Karlsruhe, also came to Krasnodar"
        listed.append(t)
    return [_record(doc, "sister_city", owner[0], t, sent) | {"undated": True} for t in listed]


# between two partners of a list: "Portland in the United States, Munich in Germany and"
LIST_GAP = re.compile(r"(?:\s+in\s+(?:the\s+)?[A-Z][\w ]{1,30}?)?(?:" + ITEM_GAP.pattern + ")")


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
