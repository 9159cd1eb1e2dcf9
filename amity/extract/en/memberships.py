"""Memberships of networks: a body that joins, is accepted into or is listed among the members
of a network, alliance, association or the like, with "the Network" read as the one named
before."""

from __future__ import annotations

import re
from typing import Any

from amity.extract import scan
from amity.extract.doc import Doc, Span
from amity.extract.en.parties import _record
from amity.extract.en.party_names import CALENDAR, _names, _parties

MEMBER_OF = re.compile(
    r"\b(?:accept(?:ed|s)?|welcom(?:e|es|ed|ing)|admit(?:s|ted)?)\s+(?:the\s+)?(.{0,120}?)\s+as\s+(?:the\s+)?(?:\w+\s+)?(?:new\s+)?(?:\w+\s+)?members?(?:\s+organi[sz]ations?)?\s+of\s+(?:the\s+)?",
    re.I,
)
JOINED = re.compile(
    r"\b(?:joined|has joined|have joined|(?:was|were|has been|have been) (?:admitted|accepted) (?:in)?to|became (?:a |an )?(?:new |official |full )?members? of|acceded to"
    r"|(?:is|are) (?:also |both |all )?(?:a |an )?(?:founding |full |active |official )?members? of"
    r"|(?P<both>both |all |each )?belongs? to(?=\s+(?:the\s+)?[^.;]{0,40}\b(?:network|association|league|union|alliance|federation|international))"
    # "A and B, both members of X": the pair named before
    r"|,\s+(?P<pair>both|all|each)\s+(?:[\w-]+\s+)?members\s+of"
    # "X is one of more than 350 clubs in the network of Y", "X, one of the UK clubs of Y"
    r"|(?:\bis|,)\s+(?P<one>one)\s+of\s+(?:the\s+)?(?:more\s+than\s+|over\s+|some\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:clubs|branches|chapters|members|member\s+(?:cities|towns|organi[sz]ations))\s+"
    r"(?:(?:in|of)\s+the\s+network\s+)?(?:of|in))"
    r"\s+(?:the\s+)?",
    re.I,
)
# "Ashgabat joined in the design category", "Baku and Kazan are also among the members": the
# network is the one the report named before.
JOINED_BARE = re.compile(
    r"\b(?:joined|(?:is|are|was|were)\s+(?:also\s+)?(?:among|one of)\s+(?:the|its)\s+(?:\w+\s+)?members)"
    r"(?=\s+(?:in\s+(?:\d{4}|[A-Z][a-z]+\b|the\s+[\w ]{1,30}?(?:category|field|round|intake))|on|last|this|that|as|since)\b"
    r"|\s*[,.;])"
)
# A company of performers or players one joins on stage or on the field, no network
PERFORMERS = re.compile(
    r"\b(?:Singers|Dancers|Performers|Players|Musicians|Choir|Chorus|Band|Orchestra|Ensemble|"
    r"Team|Squad|Crew|Troupe|Students|Pupils|Delegation|Guests)$"
)
# "Both towns are members of X": the pair named before
BOTH_SUBJECT = re.compile(
    r"\W*(?:Both|The\s+two)\s+(?:towns|cities|municipalities|councils|sides|regions|provinces)\s+"
)
# Bodies that gather members: no council or committee one "joins" in passing.
GATHERING_HEADS = ("network", "alliance", "association", "federation", "union", "league",
                   "consortium", "coalition", "platform")  # fmt: skip
LISTED_MEMBERS = re.compile(
    r"\bmembers?\b[^.;]{0,60}?\b(?:namely|including|such as|includ(?:e|es))\s+"
    # "the association has six member towns: A, B and C"
    r"|\bmember\s+(?:towns|cities|municipalities|organi[sz]ations|clubs|associations)\s*:\s*",
    re.I,
)
NETWORK_HEADS = (
    "network",
    "alliance",
    "association",
    "federation",
    "union",
    "council",
    "consortium",
    "league",
    "organization",
    "club",
    "forum",
    "coalition",
    "committee",
    "platform",
)


def _memberships(doc: Doc, sent: Span) -> list[dict[str, Any]]:
    text = doc.text
    out = []
    m = scan.search(doc, MEMBER_OF, sent.start, sent.end)
    if m:
        net = _network_at(doc, m.end(), sent)
        members = _parties(doc, m.start(1), m.end(1))
        tail = re.search(r"\b(?:including|namely|such as)\s+", text[m.end() : sent.end])
        if tail:
            members += _parties(doc, m.end() + tail.end(), sent.end)
        for mem in members:
            if net and mem is not net and not _is_count_word(mem):
                out.append(_record(doc, "membership", mem, net, sent))
    for j in scan.finditer(doc, JOINED, sent.start, sent.end):
        # "A, one of the clubs of X, held ...", "A and B, both members of X": no date of joining
        undated = {"undated": True} if j.group("pair") or j.group("one") else {}
        out.extend(rec | undated for rec in _joined(doc, sent, j))
    if not out:
        out.extend(_bare_joiners(doc, sent))
    listed = scan.search(doc, LISTED_MEMBERS, sent.start, sent.end)
    if listed and not m:
        net = (
            _network_in(doc, sent.start, listed.start())
            or _network_before(doc, sent)
            or _network_in(doc, 0, sent.start)  # "the association" named paragraphs before
        )
        members = _parties(doc, listed.end(), sent.end)
        roll = {"undated": True} if listed.group().rstrip().endswith(":") else {}
        out.extend(
            _record(doc, "membership", mem, net, sent) | roll  # "has six member towns:" no date
            for mem in members
            if net and mem.start != net.start
        )
    return out


def _joined(doc: Doc, sent: Span, j: re.Match[str]) -> list[dict[str, Any]]:
    """Returns the memberships one joining phrase states ("X joined Y", "A and B, both members
    of Y")."""
    text = doc.text
    subject = _names(doc, sent.start, j.start())
    net = _network_at(doc, j.end(), sent)
    if net is not None and not re.search(r"[A-Za-z]", str(net.value)):
        return []  # "joined in 2007": a date, no network
    if net is None or doc.overlapping("person", net.start, net.end):
        return []
    if any(
        c.start <= net.start and net.end <= c.end
        for c in doc.spanning("country", net.start, net.end)
    ):
        return []  # "joined English lessons": a country's word, no network
    if j.group("both") or j.group("pair") or BOTH_SUBJECT.fullmatch(text, sent.start, j.start()):
        from amity.extract.en.tie_context import _context_pair

        pair = _context_pair(doc, j.start())  # "both belong to": the pair named before
        return [_record(doc, "membership", m, net, sent) for m in pair or ()]
    if re.search(r",\s+and\s+$", text[sent.start : j.start()]) and re.match(
        r"\W*(?:the (?:city|town|county|district|region|province)|it)\b",
        text[sent.start : sent.end],
        re.I,
    ):
        from amity.extract.en.tie_context import _focus

        # "The city ... holds ties with A and B, and is a member of X": the city joined
        home = _focus(doc, sent.start)
        return [_record(doc, "membership", home, net, sent)] if home else []
    if subject and not doc.overlapping("person", subject[-1].start, subject[-1].end):
        return [_record(doc, "membership", m, net, sent) for m in _joiners(doc, sent, j)]
    return []


def _bare_joiners(doc: Doc, sent: Span) -> list[dict[str, Any]]:
    """Returns the memberships of "X joined in 2017" and "X and Y are among the members"."""
    bares = list(scan.finditer(doc, JOINED_BARE, sent.start, sent.end))
    net = (_network_before(doc, sent) or _network_in(doc, 0, sent.start)) if bares else None
    head = re.sub(r"\s*\(.*\)$", "", str(net.value)).lower().split()[-1:] if net else []
    if net is None or not head or head[0] not in GATHERING_HEADS:
        return []
    out: list[dict[str, Any]] = []
    start = sent.start
    for bare in bares:
        clause = Span(start, sent.end, "sentence")
        start = bare.end()
        if _names(doc, clause.start, bare.start()):
            out.extend(
                _record(doc, "membership", m, net, sent)
                for m in _joiners(doc, clause, bare)
                if not doc.overlapping("person", m.start, m.end) and m.start != net.start
            )
    return out


# "The City of Round Rock, Texas, and the Greenville association of South Carolina joined":
# the members named before the verb, their places left out.
MEMBER_GAP = re.compile(r",?\s+and\s+(?:the\s+)?")


def _joiners(doc: Doc, sent: Span, verb: re.Match[str]) -> list[Span]:
    """Returns who joined: the last name before the verb, and those joined to it by "and"."""
    from amity.extract.en.parties import QUALIFIES

    names = [n for n in _parties(doc, sent.start, verb.start()) if n.end <= verb.start()] or _names(
        doc, sent.start, verb.start()
    )[-1:]
    kept: list[Span] = []
    for n in names:
        if CALENDAR.fullmatch(str(n.value)):
            continue  # "In October, 14 cities joined": a month, no member
        placed = kept and re.fullmatch(
            r"\s+(?:[a-z]+\s+)?(?:of|in)\s+(?:the\s+)?", doc.text[kept[-1].end : n.start]
        )
        if kept and (
            QUALIFIES.fullmatch(doc.text, kept[-1].end, n.start)
            or placed
            and doc.in_range("place", n.start, n.end)
        ):
            continue  # "association of South Carolina": the state places the member
        kept.append(n)
    out = kept[-1:]
    for k in range(len(kept) - 2, -1, -1):
        gap = doc.text[kept[k].end : out[0].start]
        listed = len(out) > 1 and re.fullmatch(r",\s+", gap)  # "Baku, Tbilisi and Kazan"
        if not (
            listed
            or MEMBER_GAP.fullmatch(gap)
            or re.fullmatch(r",\s+[A-Z][\w ]+,\s+and\s+(?:the\s+)?", gap)
        ):
            break
        out.insert(0, kept[k])
    return out


def _network_in(doc: Doc, start: int, end: int) -> Span | None:
    """Returns the last network named in [start, end) ("the Association of Mayors of ..., whose
    members include")."""
    for n in reversed(_names(doc, start, end)):
        words = str(n.value).lower().split()
        if len(words) > 1 and (words[-1] in NETWORK_HEADS or words[0] in NETWORK_HEADS):
            return _with_acronym(doc, n)
    return None


def _network_before(doc: Doc, sent: Span) -> Span | None:
    """Returns the network a list of members belongs to: the last one named in the item so far."""
    item = doc.item_at(sent.start)
    start = item.start if item else max(0, sent.start - 1000)
    for n in reversed(_names(doc, start, sent.start)):
        words = str(n.value).lower().split()
        if words and words[-1] in NETWORK_HEADS and len(words) > 1:
            return _with_acronym(doc, n)
    return None


def _is_count_word(n: Span) -> bool:
    return str(n.value).lower() in ("network", "the network")


def _network_at(doc: Doc, pos: int, sent: Span) -> Span | None:
    """Returns the network named at pos; "the Network" refers back to one named earlier."""
    names = [n for n in _names(doc, pos, sent.end) if n.start - pos < 5]
    if names:
        n = names[0]
        if " " in str(n.value):
            return _with_acronym(doc, n)
        word = str(n.value).lower()
        if doc.spanning("country", n.start, n.end):
            return None  # "joined Thai performers on stage": a people, no network
        if re.fullmatch(r"[A-Z][A-Z0-9&-]{1,11}", str(n.value)):
            return n  # "a member of the WECP": the network's own short name
        for prev in reversed(_names(doc, max(0, sent.start - 2000), pos)):
            if (
                prev.end <= pos
                and word in str(prev.value).lower().split()
                and len(str(prev.value)) > len(word)
            ):
                return _with_acronym(doc, prev)
        return n
    return None


def _with_acronym(doc: Doc, n: Span) -> Span:
    m = re.match(r"\s*\(([A-Z][A-Za-z0-9&-]{1,12})\)", doc.text[n.end : n.end + 20])
    if m:
        return Span(
            n.start, n.end + m.end(), "name", doc.text[n.start : n.end + m.end()], dict(n.data)
        )
    return n
