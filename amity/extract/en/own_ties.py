"""A sentence's own tie: the place a party is tied to by the sentence's own words ("a delegation
from A visited its sister city B", "B would be A's tenth sister city", "Nancy, which is
twinned with Karlsruhe", "Whanganui's other sister city is Toowoomba")."""

from __future__ import annotations

import re
from typing import Any

from amity.extract import scan
from amity.extract.doc import Doc, Span
from amity.extract.en.party_names import _parties

OWN_TIE = re.compile(
    r"(?:\b(?:its|their|our)|(?P<owner>\b[A-Z][\w-]+)['’]s|\b(?:from|with|to|visit(?:ed|ing)?)(?P<cap>\s+(?:the\s+)?[A-Z][a-z]+)?)"
    r"\s+(?:[\w-]+\s+)?(?:sister|twin|friendship|partner)[\s-]+"
    r"(?:city|town|province|county|district|state|prefecture|region|municipality|commune|village),?\s+(?:of\s+)?(?:the\s+)?(?=[A-Z])",
    re.I,
)
FROM = re.compile(
    r"\b(?:from|of)\s+(?:the\s+)?(?:\w+\s+)?(?:city|town|county)?\s*(?:of\s+)?$", re.I
)


BECOMES = re.compile(
    r"\s+(?:thus\s+|now\s+)?(?:would be|will be|is|was|becomes|became|has become|"
    r"(?P<long>(?:has|had)\s+(?:long\s+|since\s+|also\s+)?been|remains|remained))\s+(?:the\s+)?"
    r"(?:(?P<one>one\s+of\s+))?"  # "Guangzhou is one of Sydney's six sister cities"
    r"(?:(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:sister|twin|partner|friendly|friendship)[\s-]+"
    r"(?(one)(?:cities|towns|regions|provinces|municipalities)|"
    r"(?:city|town|region|province|state|prefecture|county|district|municipality|commune|village))"
    r"(?:\s+of\s+(?P<of>[A-Z]))?"
)


def _becomes(doc: Doc, sent: Span) -> tuple[Span, Span] | None:
    """Returns (A, B) of "B would be A's tenth sister city" / "B becomes the sister city of A"."""
    if not scan.may_match(doc, BECOMES, sent.start, sent.end):
        return None
    parties = _parties(doc, sent.start, sent.end)
    for b in parties:
        aside = APPOSITION.match(doc.text, b.end, sent.end)  # "Tiznit, a market town in Morocco,"
        m = BECOMES.match(doc.text, aside.end() if aside else b.end, sent.end)
        if m is None or not (m.group("owner") or m.group("of")):
            continue
        if m.group("long") and not m.group("owner"):
            continue  # "has long been Napier's friendly city", not "a sister city of Omutninsk"
        at = m.start("owner") if m.group("owner") else m.start("of")
        owner = next((n for n in parties if n.start == at), None)
        if owner is not None and str(owner.value) != str(b.value):
            return owner, b
    return None


APPOSITION = re.compile(r",\s+(?:a|an|the|which|who|that)\s+[^,;.()]{3,90}?,")
# "Himeji City in Hyogo Prefecture, Japan, ...", "Eniwa, in Hokkaido, ...": where the town lies
IN_PLACE = re.compile(
    r",?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?=,))?(?=,)"
    # "Portland, Oregon, its sister city since 1987": the state places the town
    r"|,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?=,\s+(?:its|their|our|a|an|the|one)\s|,\s+[A-Z][\w-]+['’]s\s)"
)
APPOSED = re.compile(
    r",\s+(?:(?:which|that|who)\s+(?:is|was|has been)\s+(?:twinned|paired|linked)\s+with\s+(?:the\s+)?(?P<with>[A-Z])"
    r"|(?:its|their|our)\s+(?:[\w-]+\s+)?(?:sister|twin|partner|friendship)[\s-]+(?:city|town)\b"
    # "Kitakyushu, a sister city of Davao since 2017": the town, then whose sister city it is
    r"|(?:a|an|the|one)\s+(?:[\w-]+\s+)?(?:sister|twin|partner|friendship)[\s-]+(?:city|town)\s+of\s+(?P<of>[A-Z])"
    # "Shibukawa, the twin city in Japan's Gunma Prefecture": the report's own twin
    r"|(?:the|a)\s+(?:sister|twin|partner|friendship)[\s-]+(?:city|town)\s+in\s+"
    # "Guilin, Hastings' sister city in China": the owner's name, then the tie
    r"|(?:one\s+of\s+)?(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+)?"
    r"(?:sister|twin|partner|friendship)[\s-]+(?:cit(?:y|ies)|towns?|regions?|provinces?|states?|municipalit(?:y|ies)|communes?)\b)"
)
OWNS_IS = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:sister|twin|partner)[\s-]+(?:city|town|municipality|commune)\s+(?:is|was|has been|became)\s+(?:the\s+)?(?=[A-Z])"
)


def _apposed(doc: Doc, sent: Span) -> tuple[Span, Span] | None:
    """Returns the tie of "Nancy, which is twinned with Karlsruhe", "Batesville, their sister city",
    "Whanganui's other sister city is Toowoomba"."""
    if not (
        scan.may_match(doc, APPOSED, sent.start, sent.end)
        or scan.may_match(doc, OWNS_IS, sent.start, sent.end)
    ):
        return None
    parties = _parties(doc, sent.start, sent.end)
    for k, n in enumerate(parties):
        placed = IN_PLACE.match(doc.text, n.end, sent.end)  # "Himeji City in Hyogo Prefecture, ..."
        m = APPOSED.match(doc.text, placed.end() if placed else n.end, sent.end)
        if m and m.group("with"):
            other = next((x for x in parties if x.start == m.start("with")), None)
            if other is not None:
                return n, other
        elif m and m.group("of"):
            owner = next((x for x in parties if x.start == m.start("of")), None)
            if owner is not None:
                return owner, n
        elif m and m.group("owner"):
            start, end = m.start("owner"), m.end("owner")
            return Span(start, end, "name", doc.text[start:end], {"cls": "place"}), n
        elif m and re.search(r"\bour\b", m.group(), re.I) and _home_party(doc, n.start):
            return _home_party(doc, n.start) or n, n  # "from our oldest sister city, Neyagawa"
        elif m:
            owner = next(
                (
                    x
                    for x in parties[:k]
                    if FROM.search(doc.text[max(sent.start, x.start - 30) : x.start])
                ),
                None,
            )
            # else a place named before, else the report's own city, else the first name
            owner = (
                owner
                or next((x for x in parties[:k] if doc.spanning("place", x.start, x.end)), None)
                or _home_party(doc, n.start)
                or (parties[0] if k > 0 else None)
            )
            if owner is not None and str(owner.value) != str(n.value):
                return owner, n
        possessive = str(n.value).endswith(("'s", "’s"))
        m = OWNS_IS.match(doc.text, n.end - 2 if possessive else n.end, sent.end)
        if m:
            other = next((x for x in parties if x.start == m.end()), None)
            if other is not None:
                return n, other
    return None


OWN_LINK = re.compile(
    r"\b(?:our|the\s+(?:Council|Borough)['’]s)\s+"
    r"(?:(?:sister|twin|friendship)[\s-]+(?:city|town|cities|towns)\s+|twinning\s+)?"
    r"(?:link|relationship|partnership|tie)\s+with\s+(?:the\s+)?(?=[A-Z])",
    re.I,
)


def _own_link(doc: Doc, sent: Span) -> tuple[Span, Span] | None:
    """Returns (home, B) of "our Sister City link with Susono" in a report on sister ties: the
    report's own city is the other party."""
    m = scan.search(doc, OWN_LINK, sent.start, sent.end)
    if m is None:
        return None
    home = _home_party(doc, m.start())
    partner = next((n for n in _parties(doc, sent.start, sent.end) if n.start == m.end()), None)
    if home is None or partner is None or str(partner.value) == str(home.value):
        return None
    return home, partner


def _home_party(doc: Doc, at: int) -> Span | None:
    """Returns the report's own city as a party placed at `at`, if the report has one."""
    from amity.extract.en.located import home_place

    home, _ = home_place(doc)
    return None if home is None else Span(at, at, "name", home, {"cls": "place"})


def _bare(m: re.Match[str]) -> bool:
    """True for "from twin town X": a tie word after the preposition, no owner's word before it."""
    return m.group("cap") is None and re.match(r"(?i:from|with|to|visit)", m.group()) is not None


def _own_partner(doc: Doc, sent: Span) -> tuple[Span, Span] | None:
    """Returns (A, B) of "a delegation from A visited its sister city B" (found once per sentence:
    a tie that refers to "the two cities" looks for it in every sentence before it)."""
    known: dict[tuple[int, int], Any] = doc.cache.setdefault(("own partner", -1), {})
    if (sent.start, sent.end) not in known:
        known[(sent.start, sent.end)] = _find_own_partner(doc, sent)
    return known[(sent.start, sent.end)]  # type: ignore[no-any-return]


def _find_own_partner(doc: Doc, sent: Span) -> tuple[Span, Span] | None:
    """Returns (A, B) of "a delegation from A visited its sister city B"."""
    became = _becomes(doc, sent) or _apposed(doc, sent) or _own_link(doc, sent)
    if became:
        return became
    m = scan.search(doc, OWN_TIE, sent.start, sent.end)
    if not m:
        return None
    parties = _parties(doc, sent.start, sent.end)
    partner = next((n for n in parties if n.start == m.end()), None)
    before = [n for n in parties if n.end <= m.start()]
    if m.group("owner"):
        # "Manukau's sister city of Utsunomiya": the owner is the party.
        before = [n for n in parties if n.start <= m.start() < n.end + 1] or before
    if partner is not None and re.search(r"\bour\b", m.group(), re.I):
        own = _home_party(doc, m.start())  # "the delegation from our oldest sister city, X"
        if own is not None and str(own.value) != str(partner.value):
            return own, partner
    if partner is not None and not before and re.search(r"\bits\b", m.group(), re.I):
        before = [h for h in [_home_party(doc, m.start())] if h is not None]  # the city's own
    if partner is not None and not m.group("owner") and _bare(m):
        # "guests from twin town Großalmerode": the report's own town, not a name before it
        before = [h for h in [_home_party(doc, m.start())] if h is not None]
    if partner is None or not before:
        return None
    home = next(
        (n for n in before if FROM.search(doc.text[max(sent.start, n.start - 30) : n.start])),
        before[0],
    )
    return (home, partner) if str(home.value) != str(partner.value) else None
