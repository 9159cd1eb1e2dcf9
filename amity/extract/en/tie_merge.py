"""Restated ties merged into one record, and the countries a tie's parties are missing."""

from __future__ import annotations

import re
from typing import Any

from amity.extract.doc import Doc
from amity.extract.en.located import report_country


def _fill_countries(doc: Doc, tie: dict[str, Any]) -> None:
    """Gives a party without a country its body's, or for bodies the report's own country."""
    from amity.extract.en.located import home_place
    from amity.extract.en.people import org_country

    home, home_country = home_place(doc)
    # A network a member joins is often international: only the member is filled in.
    for side in ("a",) if tie["type"] == "membership" else ("a", "b"):
        party = tie[side]
        if party["country"] is None:
            party["country"] = home_country if party["name"] == home else org_country(party["name"])
        if party["country"] is None and tie["type"] != "sister_city":
            party["country"] = report_country(doc)


def _fold_context_agreements(
    ties: list[dict[str, Any]], published: str | None = None
) -> list[dict[str, Any]]:
    """Returns the ties with "the two sides signed a memorandum" folded into their sister-city tie.

    Such a memorandum, between parties the report has tied without a date, is the tie's own
    document: it dates the tie rather than adding another. One signed years before the report
    ("their first cooperation agreement on April 1, 1998") is an earlier deed of its own.
    """
    sister = {_pair_key(t): t for t in ties if t["type"] == "sister_city"}
    out: list[dict[str, Any]] = []
    for tie in ties:
        first = sister.get(_pair_key(tie))
        older = bool(published and tie["date"] and int(tie["date"][:4]) < int(published[:4]) - 1)
        context = tie.pop("context", False)
        if tie.pop("signed_by", False) and (
            (_told_before(ties, tie) if tie["type"] == "sister_city" else first is not None)
            or _same_pair_before(out, tie)
        ):
            continue  # "The agreement was signed by the mayors of A and B": the tie told before
        if (
            context
            and not older
            and tie["type"] == "agreement"
            and first
            and _same_time(first, tie)
        ):
            first["date"] = first["date"] or tie["date"]
            continue
        out.append(tie)
    return out


def _told_before(ties: list[dict[str, Any]], tie: dict[str, Any]) -> bool:
    """True if another sister-city tie links the same partner to a party of the same first word
    ("Goulburn Mulwaree Council" and "Goulburn City"): the tie whose signers a sentence names."""
    names = [_norm(tie[k]["name"]) for k in "ab"]
    for other in ties:
        if other is tie or other["type"] != "sister_city":
            continue
        theirs = [_norm(other[k]["name"]) for k in "ab"]
        for mine, rest in ((names[0], names[1]), (names[1], names[0])):
            if mine in theirs:
                left = theirs[1] if theirs[0] == mine else theirs[0]
                if left.split()[:1] == rest.split()[:1]:
                    return True
    return False


def _same_time(first: dict[str, Any], tie: dict[str, Any]) -> bool:
    """True if a tie has no date yet, or one the other states at another grain ("2021" and
    "2021-10-29"): the document and the tie were signed then (the same day may be two acts)."""
    a, b = first["date"], tie["date"]
    return not a or bool(b) and a != b and (a.startswith(b) or b.startswith(a))


def _same_pair_before(out: list[dict[str, Any]], tie: dict[str, Any]) -> bool:
    """True if a tie between the same two parties is already kept."""
    return any(_pair_key(t) == _pair_key(tie) for t in out)


def _pair_key(tie: dict[str, Any]) -> frozenset[str]:
    return frozenset(_norm(tie[k]["name"]) for k in "ab")


def drop_listed_agreements(ties: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Returns the ties without an agreement that the same sentence also gives as the pair's
    sister-city tie ("Our links with A date from 1994, ... the first co-operation agreement
    with B was signed in 1966"); the tie keeps the agreement's date."""
    sister = {(_pair_key(t), tuple(t["span"])): t for t in ties if t["type"] == "sister_city"}
    out = []
    for tie in ties:
        twin = (
            sister.get((_pair_key(tie), tuple(tie["span"]))) if tie["type"] == "agreement" else None
        )
        if twin is None:
            out.append(tie)
            continue
        twin["date"] = tie["date"] or twin["date"]
    return out


def merge_ties(ties: list[dict[str, Any]], headline_end: int = 0) -> list[dict[str, Any]]:
    """Returns the ties with restatements of one sister-city or school tie merged into the first.

    Agreements stay apart, two parties may sign several, unless the first is the headline's
    (before headline_end), undated: it announces the one the report then tells.
    """
    out: list[dict[str, Any]] = []
    seen: dict[tuple[str, frozenset[str]], dict[str, Any]] = {}
    for tie in ties:
        key = (tie["type"], frozenset(_norm(tie[k]["name"]) for k in "ab"))
        first = seen.get(key)
        if tie["type"] == "agreement" and first is not None:
            headline = first["span"][0] < headline_end and not first["date"]
            first = first if headline else None
        if first is None:
            seen[key] = tie
            out.append(tie)
            continue
        first["date"] = first["date"] or tie["date"]
        for k in "ab":
            twin = tie["a"] if _norm(tie["a"]["name"]) == _norm(first[k]["name"]) else tie["b"]
            first[k]["country"] = first[k]["country"] or twin["country"]
    return out


def _norm(name: str) -> str:
    return re.sub(
        r"[’']s$|(?<=s)[’']$|\s+(?:(?:metropolitan|special)\s+)?(?:city|town|county|district|province|region|prefecture|oblast|state|municipality)$",
        "",
        name.strip(),
        flags=re.I,
    ).lower()
