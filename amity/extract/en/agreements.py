"""Agreements told apart: several documents one pair signed, and "also" one more."""

from __future__ import annotations

import re
from typing import Any

from amity.extract.doc import Doc, Span
from amity.extract.en.parties import _pairs_before

# One document named with its article: "an agreement on industrial exchange", "a sports
# exchange pact", "a memorandum on the construction of ...".
DOCUMENT = re.compile(
    r"\b(?:an?|another|one more)\s+(?:[\w-]+\s+){0,4}?(?:agreements?|pacts?|memorand(?:um|a)|MoUs?|"
    r"protocols?|accords?|plans? of action|programmes? of cooperation|programs? of cooperation)\b",
    re.I,
)
# "also signed", "a separate agreement", "another memorandum": one more document than the
# sentences before told, between the same parties.
ALSO = re.compile(r"\b(?:also|separate|another|further|additional|second)\b", re.I)
# "signed at the same ceremony": the date of the tie told before
SAME = re.compile(
    r"\b(?:at|during|on)\s+the\s+same\s+(?:ceremony|occasion|event|day|time|meeting)\b", re.I
)
# The verb of the signers, after a cue that opens the sentence: "The partnership began in
# 1993, when Berlin and Tashkent signed ...".
SIGNERS_VERB = re.compile(
    r"\s+(?:first\s+|also\s+|jointly\s+)?(?:signed|concluded|inked|sealed|exchanged|put)\b"
)


# "A and B became sister cities", "A and B have been twinned since"
BECAME_VERB = re.compile(
    r"\s+(?:first\s+|also\s+|officially\s+)?(?:signed|concluded|inked|sealed|became|have been|"
    r"were|are|established|formali[sz]ed|twinned)\b"
)


def signers(
    doc: Doc, parties: list[Span], after: int, verb: re.Pattern[str] = SIGNERS_VERB
) -> list[tuple[Span, Span]]:
    """Returns the pair right before a signing verb after `after` ("when A and B signed")."""
    for k in range(1, len(parties)):
        if parties[k - 1].start < after:
            continue
        if verb.match(doc.text, parties[k].end):
            return _pairs_before(doc, parties[k - 1 : k + 1])
    return []


def documents(doc: Doc, sent: Span, rec: dict[str, Any]) -> list[dict[str, Any]]:
    """Returns one record per document a sentence says one pair signed, each with its own
    year ("an agreement on tourism in 2003 and an agreement on industrial exchange in 2009");
    the record alone when the sentence names one document or no date sets them apart."""
    found = list(DOCUMENT.finditer(doc.text, sent.start, sent.end))
    if len(found) < 2:
        return [rec]
    dates = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else sent.end
        inside = [d for d in doc.in_range("date", m.start(), end) if d.value and d.value.year]
        iso = inside[0].value.iso()[0] if inside else None
        if iso is None:
            return [rec]
        dates.append(iso)
    if len(set(dates)) < len(dates):
        return [rec]
    return [rec | {"since": iso} for iso in dates]


def same_occasion(ties: list[dict[str, Any]], key: Any) -> None:
    """Dates an undated tie signed "at the same ceremony" as the tie of its pair told before."""
    dated: dict[Any, str] = {}
    for tie in ties:
        same = tie.pop("same", False)
        if same and not tie["date"] and key(tie) in dated:
            tie["date"] = dated[key(tie)]
        if tie["date"]:
            dated.setdefault(key(tie), tie["date"])
