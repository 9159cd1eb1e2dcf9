"""Partnerships: sister and friendship cities, friendly schools, agreements and memberships."""

from __future__ import annotations

import re
from typing import Any

from amity.extract.doc import Doc, Span

TIE = re.compile(
    r"\b(?:sister|twin|twinned|twinning|friendship|friendly|partner)[\s-]+(?:cit(?:y|ies)|provinces?|states?|districts?|prefectures?|regions?|counties|county|towns?|municipalit(?:y|ies)|relations(?:hip)?s?|ties|agreements?|(?:exchange|cooperation)\s+(?:cit(?:y|ies)|relations(?:hip)?s?))\b"
    r"|\btwinn(?:ed|ing)\b|\bsister[\s-]city\b",
    re.I,
)
SCHOOL = re.compile(r"\b(?:sister|friendly|friendship|partner)[\s-]+schools?\b", re.I)
AGREEMENT = re.compile(r"\b(?:agreements?|memorand(?:um|a)|MoUs?|MOUs?|contracts?|letter of intent|accords?|framework|protocol|declaration of intent|partnership)\b", re.I)
SIGNED = re.compile(r"\b(?:signed|sign|inked|concluded|established|establish|formali[sz]ed|entered into|renewed|became|become|are now|officially|reached|agreed)\b", re.I)
WITH = re.compile(r"\bwith\s+(?:the\s+)?", re.I)
MEMBER_OF = re.compile(r"\baccept(?:ed|s)?\s+(?:the\s+)?(.{0,120}?)\s+as\s+(?:the\s+)?(?:\w+\s+)?(?:new\s+)?members?(?:\s+organi[sz]ations?)?\s+of\s+(?:the\s+)?", re.I)
JOINED = re.compile(r"\b(?:joined|has joined|have joined|was admitted to|were admitted to|became (?:a |an )?(?:new |official |full )?members? of|acceded to)\s+(?:the\s+)?", re.I)
LISTED_MEMBERS = re.compile(r"\bmembers?\b[^.;]{0,60}?\b(?:namely|including|such as|includ(?:e|es))\s+", re.I)
NETWORK_HEADS = ("network", "alliance", "association", "federation", "union", "council", "consortium", "league", "organization", "club", "forum", "coalition", "committee", "platform")


def _names(doc: Doc, start: int, end: int) -> list[Span]:
    return [n for n in doc.in_range("name", start, end) if n.data.get("cls") in ("org", "place", "name")]


def _party(doc: Doc, n: Span) -> dict[str, Any]:
    """Returns {"name", "country"} for a party, "of Belarus"/"Russia's" giving its country."""
    text = doc.text
    name = str(n.value)
    country = None
    m = re.match(r"\s+(?:of|in)\s+(?:the\s+)?", text[n.end : n.end + 10])
    if m:
        country = _country_at(doc, n.end + m.end())
    before = text[max(0, n.start - 20) : n.start]
    pm = re.search(r"([A-Z][\w ]+?)[’']s\s+$", before)
    if country is None and pm:
        country = _country_at(doc, n.start - len(pm.group(0)))
    if "(" in text[n.end : n.end + 3]:
        country = country or _country_at(doc, n.end + text[n.end : n.end + 3].index("(") + 1)
    inner = [c for c in doc.in_range("country", n.start, n.end)]
    for c in doc.in_range("country", n.start, n.end):
        if c.start == n.start and c.end == n.end:
            return {"name": name, "country": str(c.value)}
    country = country or (str(inner[0].value) if inner else None) or _place_country(doc, n)
    return {"name": _strip_country(name, inner, doc, n), "country": country}


def _strip_country(name: str, inner: list[Span], doc: Doc, n: Span) -> str:
    """Drops a trailing " of Belarus" so that the name reads as the report names the place."""
    for c in inner:
        if c.end == n.end and re.search(r"\s+of\s+(?:the\s+)?$", doc.text[n.start : c.start]):
            return doc.text[n.start : c.start].rstrip().removesuffix(" of").removesuffix(" of the").rstrip()
    return name


def _country_at(doc: Doc, pos: int) -> str | None:
    for c in doc.get("country"):
        if c.start <= pos < c.end or c.start == pos:
            return str(c.value)
    return None


def _place_country(doc: Doc, n: Span) -> str | None:
    for p in doc.in_range("place", n.start, n.end):
        if p.data.get("country"):
            return str(p.data["country"])
    return None


def tie_type(text: str) -> str | None:
    """Returns the partnership type a sentence speaks of, or None."""
    if SCHOOL.search(text):
        return "school"
    if TIE.search(text):
        return "sister_city"
    if AGREEMENT.search(text):
        return "agreement"
    return None


def _pairs_before(doc: Doc, sent: Span, verb: re.Match[str]) -> list[tuple[Span, Span]]:
    """Returns the (A, B) pairs of "A and B, C and D signed ..."."""
    names = _names(doc, sent.start, sent.start + verb.start())
    pairs: list[tuple[Span, Span]] = []
    k = 0
    while k + 1 < len(names):
        gap = doc.text[names[k].end : names[k + 1].start]
        if re.fullmatch(r"(?:\s+of\s+[^,]*?)?\s+and\s+(?:the\s+)?|\s*(?:,\s*)?(?:and|&|with)\s+(?:the\s+)?", gap) or re.fullmatch(r"\s+(?:of\s+\S+(?:\s+\S+){0,3}\s+)?and\s+(?:the\s+)?", gap):
            pairs.append((names[k], names[k + 1]))
            k += 2
        else:
            k += 1
    return pairs


def ties_in(doc: Doc, sent: Span) -> list[dict[str, Any]]:
    """Returns the partnerships one sentence establishes."""
    text = doc.text[sent.start : sent.end]
    kind = tie_type(text)
    out: list[dict[str, Any]] = []
    if kind:
        verb = SIGNED.search(text)
        if verb:
            pairs = _pairs_before(doc, sent, verb)
            after = WITH.search(text, verb.end())
            subject = _names(doc, sent.start, sent.start + verb.start())
            if not pairs and after and subject:
                partner = _names(doc, sent.start + after.end(), sent.end)
                if partner and partner[0].start - (sent.start + after.end()) < 25:
                    pairs = [(subject[-1], partner[0])]
            between = re.search(r"\bbetween\s+(?:the\s+)?", text)
            if not pairs and between:
                names = _names(doc, sent.start + between.end(), sent.end)
                if len(names) >= 2:
                    pairs = [(names[0], names[1])]
            for a, b in pairs:
                out.append(_record(doc, kind, a, b, sent))
    out.extend(_memberships(doc, sent))
    return out


def _record(doc: Doc, kind: str, a: Span, b: Span, sent: Span) -> dict[str, Any]:
    return {"type": kind, "a": _party(doc, a), "b": _party(doc, b), "date": None,
            "span": [sent.start, sent.end], "confidence": 0.7}


def _memberships(doc: Doc, sent: Span) -> list[dict[str, Any]]:
    text = doc.text
    out = []
    m = MEMBER_OF.search(text, sent.start, sent.end)
    if m:
        net = _network_at(doc, m.end(), sent)
        members = _names(doc, m.start(1), m.end(1))
        tail = re.search(r"\b(?:including|namely|such as)\s+", text[m.end() : sent.end])
        if tail:
            members += _names(doc, m.end() + tail.end(), sent.end)
        for mem in members:
            if net and mem is not net and not _is_count_word(mem):
                out.append(_record(doc, "membership", mem, net, sent))
    for j in JOINED.finditer(text, sent.start, sent.end):
        subject = _names(doc, sent.start, j.start())
        net = _network_at(doc, j.end(), sent)
        if subject and net:
            out.append(_record(doc, "membership", subject[-1], net, sent))
    return out


def _is_count_word(n: Span) -> bool:
    return str(n.value).lower() in ("network", "the network")


def _network_at(doc: Doc, pos: int, sent: Span) -> Span | None:
    """Returns the network named at pos; "the Network" refers back to one named earlier."""
    names = [n for n in _names(doc, pos, sent.end) if n.start - pos < 5]
    if names:
        n = names[0]
        if " " in str(n.value) or n.data.get("cls") == "org":
            return n
        word = str(n.value).lower()
        for prev in reversed(_names(doc, max(0, sent.start - 2000), pos)):
            if prev.end <= pos and word in str(prev.value).lower() and len(str(prev.value)) > len(word):
                return _with_acronym(doc, prev)
        return n
    return None


def _with_acronym(doc: Doc, n: Span) -> Span:
    m = re.match(r"\s*\(([A-Z][A-Za-z0-9&-]{1,12})\)", doc.text[n.end : n.end + 20])
    if m:
        return Span(n.start, n.end + m.end(), "name", doc.text[n.start : n.end + m.end()], dict(n.data))
    return n


def date_of(doc: Doc, sent: Span) -> str | None:
    """Returns the date of a tie: its sentence's date, else the event it was signed at."""
    from amity.extract.en.events import sentence_date

    d = sentence_date(doc, sent)
    if d:
        return d.value.iso()[0]
    best = None
    for ev, rec in zip(doc.get("event"), doc.records.get("events", [])):
        same_item = doc.item_at(ev.start) is doc.item_at(sent.start)
        if ev.start <= sent.start and (same_item or re.search(r"\b(?:at|during|on)\s+the\s+(?:sub-forum|forum|ceremony|conference|summit|meeting)", doc.text[sent.start : sent.end], re.I)):
            best = rec.get("start")
    return best


def partnerships(doc: Doc) -> Doc:
    """Fills the partnerships records."""
    out = []
    for sent in doc.sentences:
        for rec in ties_in(doc, sent):
            rec["date"] = date_of(doc, sent)
            out.append(rec)
    doc.records["partnerships"] = out
    return doc
