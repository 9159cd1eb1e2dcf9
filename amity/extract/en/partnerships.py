"""Partnerships: sister and friendship cities, friendly schools, agreements and memberships.

This module holds the component and the ties one sentence states, less those it says have
ended or are only proposed. The type of tie a sentence speaks of lives in tie_types, the pairs
it ties and the lists of partners in tie_pairs, and the place a report is about and the pairs a
sentence refers back to in tie_context; the parties, a sentence's own tie, memberships, the
dates of ties, bulleted lists of ties and the merging of restated ties live in parties,
own_ties, memberships, tie_dates, tie_lists and tie_merge.
"""

from __future__ import annotations

import re
from typing import Any

from amity.extract import scan
from amity.extract.doc import Doc, Span
from amity.extract.en.agreements import ALSO, SAME, documents, same_occasion
from amity.extract.en.lexicon import ORG_HEADS
from amity.extract.en.memberships import PERFORMERS, _memberships
from amity.extract.en.own_ties import _becomes, _own_partner
from amity.extract.en.parties import _record
from amity.extract.en.tie_dates import (
    _is_news_tie,
    _item_date,
    _tie_signing_date,
    began_date,
    date_of,
)
from amity.extract.en.tie_lists import (
    Lead,
    PairLead,
    _continued_list,
    _labelled_items,
    _list_lead,
    _listed_ties,
    _table_items,
    _with_items,
    pair_items,
    pair_lead,
)
from amity.extract.en.tie_merge import (
    _fill_countries,
    _fold_context_agreements,
    _norm,
    _pair_key,
    drop_listed_agreements,
    merge_ties,
)
from amity.extract.en.tie_pairs import LINK_WORD, _tie_pairs
from amity.extract.en.tie_phrases import phrase_ties
from amity.extract.en.tie_types import _sister_report, tie_type

OTHERS = re.compile(r"\bothers?\b|\balongside\b")
# "Guilin, Hastings' sister city in China since 1981": the year the tie dates from
SINCE = re.compile(r"[^.;]{0,40}?\bsince\s+((?:1[89]|20)\d\d)\b")


def ties_in(doc: Doc, sent: Span) -> list[dict[str, Any]]:
    """Returns the partnerships one sentence establishes or reports."""
    text = doc.text[sent.start : sent.end]
    kind = tie_type(text, doc, sent.start)
    linked = kind is None and _linked(doc, sent)
    ties = _ties_of(doc, sent, "sister_city" if linked else kind)
    if linked:
        ties = [t for t in ties if t["type"] == "membership" or _both_places(doc, sent, t)]
    ties = [t for t in ties if t["type"] != "sister_city" or not _a_body(doc, t)]
    ties = [
        t
        for t in ties
        if not any(PERFORMERS.search(t[k]["name"]) or _generic(t[k]["name"]) for k in "ab")
    ]
    if scan.search(doc, PROPOSED, sent.start, sent.end):
        return []  # "a letter proposing a sister city relationship": no tie yet
    if scan.search(doc, ENDED, sent.start, sent.end):
        ties = [t for t in ties if not _ended(doc, sent, t)]
    if _sister_report(doc) and scan.search(doc, RENEWED, sent.start, sent.end):
        for tie in ties:
            if tie["type"] == "agreement":
                # the tie itself, renewed: it keeps the date it was first signed
                tie.update(type="sister_city", undated=True)
    return ties


RENEWED = re.compile(
    r"\b(?:renew(?:ed|s|ing)?|re-?sign(?:ed|s|ing)?|reaffirm(?:ed|s|ing)?|reconfirm(?:ed|s|ing)?)\s+"
    r"(?:the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:agreement|accord|charter|memorandum|relationship|"
    r"partnership|ties|twinning)\b",
    re.I,
)


PROPOSED = re.compile(
    r"\b(?:propos(?:e|es|ed|ing|al)|request(?:s|ed|ing)?|possibility of|to consider|voted\s+for|feasibility|would like(?: to)?|"
    r"approv(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}agreements?|still (?:to|have to|has to|need to|needs to) be signed|"
    r"(?:has|have|had)\s+no\s+(?:formal\s+|official\s+)?(?:twinning|sister[- ]city|partnership|friendship)|"
    r"declined|turned down|resolved to|pledged to|vowed to|expected to (?:join|become|sign)|"
    r"(?:hop(?:e|es|ed|ing)|intend(?:s|ed)?|aim(?:s|ed)?|plan(?:s|ned)?)\s+(?:[\w-]+\s+){0,2}?to\s+"
    r"(?:conclude|sign|establish|formali[sz]e|become|set up)|"
    # "Vitebsk to seek twinning with Lublin", "expressions of interest in a sister city relationship"
    r"(?:to\s+)?seek(?:s|ing)?\s+(?:a\s+)?(?:twinning|partnership|sister[- ]city|ties)|"
    r"expressions?\s+of\s+interest)\b(?![^.;]{0,80}\bsigned\b)",
    re.I,
)


PLACE_BODIES = {"council", "government", "administration", "assembly", "office"}
GENERIC_WORDS = PLACE_BODIES | {"city", "town", "municipal", "municipality", "people's", "the",
                                "committee", "county", "district", "regional", "local"}  # fmt: skip


def _generic(name: str) -> bool:
    """True for a party named by common words only ("City Council"): no body of its own."""
    return all(w.lower() in GENERIC_WORDS for w in name.split())


def _a_body(doc: Doc, tie: dict[str, Any]) -> bool:
    """True if a party of a sister-city tie is a body ("Ministry of Foreign Affairs"), no place
    ("Brooklyn Center" is a city the gazetteer knows)."""
    for side in ("a", "b"):
        words = {w.lower().strip("’'") for w in tie[side]["name"].split()}
        if (words & ORG_HEADS) - PLACE_BODIES and tie[side]["name"] not in _place_names(doc):
            return True
    return False


def _place_names(doc: Doc) -> set[str]:
    """Returns the names of the places the gazetteer found in the report."""
    key = ("place names", -1)
    if key not in doc.cache:
        doc.cache[key] = {str(p.value) for p in doc.get("place")}
    return set(doc.cache[key])


def _linked(doc: Doc, sent: Span) -> bool:
    """True for "A and B made their partnership official" in a report about sister cities."""
    if not scan.search(doc, LINK_WORD, sent.start, sent.end):
        return False
    return _sister_report(doc)


def _both_places(doc: Doc, sent: Span, tie: dict[str, Any]) -> bool:
    """True if both parties of a tie look like places: known to the gazetteer, or short names
    with no word of a body's name ("Bry", not "Dong-Eui University")."""
    names = _place_names(doc)
    for side in ("a", "b"):
        name = tie[side]["name"]
        words = [w.lower() for w in name.split()]
        if set(words) & ORG_HEADS or (len(words) > 3 and not any(n in name for n in names)):
            return False
    return True


ENDED = re.compile(
    r"\b(?:has|have|had)\s+(?:since\s+)?been\s+(?:ended|terminated|suspended|dissolved|discontinued|cancelled|canceled)"
    r"|\b(?:was|were)\s+(?:later\s+)?(?:ended|terminated|suspended|dissolved|discontinued)\b"
    r"|\bcame\s+to\s+an\s+end\b|\b(?:twinning|partnership|tie|link)\s+(?:ended|lapsed|ceased)\b"
    # "the council voted to terminate its partnerships with Moscow and Voronezh"
    r"|\b(?:voted|decided|moved|agreed|chose)\s+to\s+(?:terminate|end|suspend|sever|cancel|"
    r"dissolve|freeze|break\s+off)\b"
    r"|\b(?:terminated|severed|suspended|froze|broke\s+off|cut)\s+(?:its|their|the|all)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:ties|partnerships?|twinnings?|links?|relations)\b",
    re.I,
)


def _ended(doc: Doc, sent: Span, tie: dict[str, Any]) -> bool:
    """True for a tie the sentence says has ended ("a link with Reno, set up in 1973, has since been ended")."""
    text = doc.text[sent.start : sent.end]
    for side in ("a", "b"):
        name = tie[side]["name"]
        at = text.find(name)
        end = ENDED.search(text, max(0, at))
        if at >= 0 and end and not re.search(r"[;.]", text[at : end.start()]):
            return True
    return False


def _ties_of(doc: Doc, sent: Span, kind: str | None) -> list[dict[str, Any]]:
    """Returns the partnerships one sentence states, ended ones included."""
    out: list[dict[str, Any]] = []
    own = _own_partner(doc, sent)
    if own:
        since = SINCE.match(doc.text, max(own[0].end, own[1].end), sent.end)
        extra = {"since": since.group(1)} if since else {}
        # A visit to "its sister city" dates the visit; "B became A's sister city" dates the tie.
        visit = _becomes(doc, sent) is None
        out.append(_record(doc, "sister_city", *own, sent) | {"own": visit} | extra)
    if own and kind:
        # "Kochi is the fifth sister region of South Jeolla; its other four are A and B"
        named = {_norm(str(own[0].value)), _norm(str(own[1].value))}
        for a, b in _tie_pairs(doc, sent, kind):
            pair = {_norm(str(a.value)), _norm(str(b.value))}
            between = doc.text[own[1].end : b.start]
            if pair != named and b.start > own[1].end and OTHERS.search(between):
                out.append(_record(doc, kind, a, b, sent))
    elif kind:
        pairs = _tie_pairs(doc, sent, kind)
        for k, (a, b) in enumerate(pairs):
            # "The two mayors signed a memorandum": parties named only before the sentence
            # "also signed a separate pact": one more document, not the tie's own.
            context = max(a.start, b.start) < sent.start and not ALSO.search(
                doc.text, sent.start, sent.end
            )
            rec = _record(doc, kind, a, b, sent) | ({"context": True} if context else {})
            if a.data.get("signer"):
                rec["signed_by"] = True  # "signed by Mayor A of X and Mayor B of Y": X and Y
            if scan.search(doc, SAME, sent.start, sent.end):
                rec["same"] = True
            if len(pairs) > 1:
                rec.update(_item_date(doc, sent, pairs, k))
            out.extend(
                documents(doc, sent, rec) if kind == "agreement" and len(pairs) == 1 else [rec]
            )
    out.extend(_memberships(doc, sent))
    out.extend(phrase_ties(doc, sent))
    return out


LONG_FORM = re.compile(r"\s+(?:an|am|ob|im|in|bei|upon|on|sur|sul|del|de)\s")


def _one_town(a: str, b: str) -> bool:
    """True for two names of one town: the same, or a short form ("Moosburg an der Isar")."""
    a, b = _norm(a), _norm(b)
    short, full = sorted((a, b), key=len)
    return a == b or full.startswith(short) and LONG_FORM.match(full, len(short)) is not None


def partnerships(doc: Doc) -> Doc:
    """Fills the partnerships records."""
    out = []
    prev: Span | None = None
    lead: Lead | None = None
    pairs: PairLead | None = None
    for sent in doc.sentences:
        items = _with_items(doc, sent, lead) or _table_items(doc, sent, lead)
        items = items or pair_items(doc, sent, pairs) or _labelled_items(doc, sent)
        lead = _list_lead(doc, sent, lead)
        pairs = pair_lead(doc, sent, pairs, prev)
        listed = _listed_ties(doc, sent, prev) + _continued_list(doc, sent, prev)
        for rec in (items or ties_in(doc, sent)) + listed:
            # A visit to "its sister city" dates the visit, not the tie.
            since = rec.pop("since", None)
            undated = rec.pop("undated", None) or rec.pop("own", False)
            rec["date"] = since or (None if undated else date_of(doc, sent))
            rec.pop("own", None)
            out.append(rec)
        prev = sent
    # a party tied to itself ("Changwon's sister city ... in Changwon") is a misreading
    out = [t for t in out if not _one_town(t["a"]["name"], t["b"]["name"])]
    headline_end = doc.items[0].end if doc.items else 0
    ties = _fold_context_agreements(
        merge_ties(drop_listed_agreements(out), headline_end), doc.published
    )
    same_occasion(ties, _pair_key)
    signed = _tie_signing_date(doc)
    told = [t for t in ties if t["type"] == "sister_city" and _is_news_tie(doc, t)]
    if len(told) == 1 and not told[0]["date"]:
        told[0]["date"] = began_date(
            doc
        )  # the tie the report tells: "the twinning became official in"
    for tie in ties:
        _fill_countries(doc, tie)
        if signed and tie["type"] == "sister_city" and not tie["date"] and _is_news_tie(doc, tie):
            tie["date"] = signed
    doc.records["partnerships"] = ties
    return doc
