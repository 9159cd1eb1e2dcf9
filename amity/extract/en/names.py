"""Proper-name chunks of English text, classed as organization, event, place or other name."""

from __future__ import annotations

import re
from bisect import bisect_left

from amity.extract.doc import Doc, Span
from amity.extract.en.lexicon import CONNECTORS, EVENT_HEADS, NOT_NAME, ORG_HEADS, PLACE_SUFFIXES

WORD = re.compile(r"[\w][\w’'\-.&+]*|[“”\"«»(),;:]|[^\s\w]", re.U)
QUOTED = re.compile(r"[“\"«]([^”\"»\n]{3,200})[”\"»]")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,9}s?$")
TIME_WORDS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}
DASH_SUFFIXES = tuple(s for s in PLACE_SUFFIXES if s.startswith("-"))
FUNCTION_WORDS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "his",
    "her",
    "their",
    "our",
    "in",
    "on",
    "at",
    "by",
    "with",
}
GENERIC_ACRONYMS = {
    "NGO",
    "NGOs",
    "MOU",
    "MoU",
    "CEO",
    "GDP",
    "ID",
    "IT",
    "AI",
    "PM",
    "AM",
    "TV",
    "VIP",
    "OK",
    "USD",
    "RMB",
    "EUR",
    "CPC",
    "PPE",
    "COVID",
    "SAR",
    "PhD",
    "MP",
}


def _is_cap(tok: str) -> bool:
    return bool(tok) and (
        tok[0].isupper() or (tok[0].isdigit() and len(tok) == 4 and tok.isdigit())
    )


ABBREVIATION = re.compile(r"(?:[A-Z]\.)+|St\.|Mt\.|Co\.|Ltd\.|Inc\.|Jr\.")


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    out = []
    for m in WORD.finditer(text, start, end):
        tok = m.group()
        # A trailing period ends the word unless the word is an abbreviation ("St.", "D.C.").
        if tok[-1] == "." and not ABBREVIATION.fullmatch(tok):
            tok = tok.rstrip(".")
        begin = m.start()
        out.append((begin, begin + len(tok), tok))
    return out


def sentence_tokens(doc: Doc, sent: Span) -> list[tuple[int, int, str]]:
    """Returns the tokens of a sentence, computed once per document."""
    key = ("tokens", sent.start)
    if key not in doc.cache:
        doc.cache[key] = _tokens(doc.text, sent.start, sent.end)
    return doc.cache[key]  # type: ignore[no-any-return]


def chunk(
    text: str,
    start: int,
    end: int,
    places: list[tuple[int, int]] | None = None,
    tokens: list[tuple[int, int, str]] | None = None,
) -> list[Span]:
    """Returns the runs of capitalized words (joined by connectors) in [start, end)."""
    places = places or []
    toks = tokens if tokens is not None else _tokens(text, start, end)
    runs: list[Span] = []
    i = 0
    while i < len(toks):
        if not _is_cap(toks[i][2]) or (toks[i][2].lower() in NOT_NAME and not _heads_name(toks, i)):
            i += 1
            continue
        j = i + 1
        while j < len(toks):
            tok = toks[j][2]
            if _is_cap(tok) or tok in ("’s", "'s"):
                j += 1
            elif tok.isdigit() and len(tok) <= 3 and toks[j - 1][2] in ("No", "Nr"):
                j += 1  # "Taiyuan No. 5 Middle School"
            elif (
                tok.lower() in CONNECTORS
                and j + 1 < len(toks)
                and _is_cap(toks[j + 1][2])
                and _joins(toks, j)
            ):
                j += 1
            elif (
                tok in ("an", "ob", "in", "am")
                and j + 2 < len(toks)
                and toks[j + 1][2] in ("der", "dem", "den")
                and _is_cap(toks[j + 2][2])
            ):
                j += 2  # "Spittal an der Drau", "Rothenburg ob der Tauber"
            elif (
                tok.lower() in ("of", "for", "on", "to")
                and j + 2 < len(toks)
                and toks[j + 1][2] == "the"
                and _is_cap(toks[j + 2][2])
                and toks[j + 2][2].lower() not in TIME_WORDS
                and not _on_a_shore(toks, j)
            ):
                j += 2  # "Council for the Promotion of ..."
            else:
                break
        runs.extend(_split_and(text, toks[i:j], places))
        i = j
    return runs


SHORES = {"coast", "shore", "shores", "river", "riverside", "border", "bank", "banks", "sea",
          "seaside", "coastline", "peninsula", "island", "islands", "lake"}  # fmt: skip


def _on_a_shore(toks: list[tuple[int, int, str]], j: int) -> bool:
    """True for "Anglet on the Atlantic coast": where a place lies, not part of its name."""
    k = j + 2
    while k < len(toks) and _is_cap(toks[k][2]):
        k += 1
    return toks[j][2].lower() == "on" and k < len(toks) and toks[k][2].lower() in SHORES


def _heads_name(toks: list[tuple[int, int, str]], i: int) -> bool:
    """True for "The" at the head of a name such as "The University of Kitakyushu"."""
    return toks[i][2] == "The" and i > 0 and toks[i - 1][2].lower() in ("of", "by", "with")


def _joins(toks: list[tuple[int, int, str]], j: int) -> bool:
    """True if the connector at j continues the name rather than ending it."""
    word = toks[j][2].lower()
    nxt = toks[j + 1][2]
    if nxt.lower().rstrip(".") in TIME_WORDS:
        return False
    if word == "the":
        return toks[j - 1][2].lower() in CONNECTORS
    if word == "and":
        return True
    return nxt.lower() not in FUNCTION_WORDS or nxt == "The"


def _split_and(
    text: str, toks: list[tuple[int, int, str]], places: list[tuple[int, int]] | None = None
) -> list[Span]:
    """Splits a run at "and" where both sides are names of their own."""
    places = places or []
    while toks and (toks[-1][2].lower() in CONNECTORS or toks[-1][2] in ("’s", "'s")):
        toks = toks[:-1]
    if not toks:
        return []
    for k, (_, _, tok) in enumerate(toks):
        if tok.lower() == "and" and 0 < k < len(toks) - 1:
            left, right = toks[:k], toks[k + 1 :]
            if _headed(left, places) and _headed(right, places):
                return _split_and(text, left, places) + _split_and(text, right, places)
    return [Span(toks[0][0], toks[-1][1], "name", text[toks[0][0] : toks[-1][1]])]


def _headed(toks: list[tuple[int, int, str]], places: list[tuple[int, int]]) -> bool:
    """True if the tokens form a name of their own: an organization, event or place."""
    words = {t[2].lower() for t in toks}
    if words & ORG_HEADS or words & set(EVENT_HEADS) or any(ACRONYM.match(t[2]) for t in toks):
        return True
    if toks[-1][2].lower() in PLACE_SUFFIXES:
        return True
    lo, hi = toks[0][0], toks[-1][1]
    i = bisect_left(places, (lo, -1))
    return i < len(places) and places[i][1] <= hi


def classify(name: str) -> str:
    """Returns "org", "event", "place" or "name" for a capitalized chunk."""
    words = name.replace("’s", "").replace("'s", "").split()
    lower = [w.lower() for w in words]
    head = _head_word(lower)
    if head in EVENT_HEADS and not (
        set(lower)
        & {
            "association",
            "federation",
            "committee",
            "organization",
            "society",
            "council",
            "ministry",
        }
        and head in ("congress", "program", "programme")
    ):
        if head not in ORG_HEADS or head in ("congress", "program", "programme", "forum"):
            return "event"
    if head in ORG_HEADS or set(lower) & {
        "association",
        "federation",
        "university",
        "ministry",
        "foundation",
        "society",
        "institute",
        "committee",
        "council",
    }:
        return "org"
    if lower[-1] in PLACE_SUFFIXES or lower[-1].endswith(DASH_SUFFIXES):
        return "place"
    if len(words) == 1 and ACRONYM.match(words[0]) and words[0] not in GENERIC_ACRONYMS:
        return "org"
    return "name"


def _head_word(lower: list[str]) -> str:
    """Returns the head of a name: the last word before "of"/"for"/"on" complements."""
    for k, w in enumerate(lower):
        if w in ("of", "for", "on", "in") and k > 0:
            return lower[k - 1]
    return lower[-1]


def names(doc: Doc) -> Doc:
    """Fills "name" mentions (every capitalized chunk, with its class in data["cls"]) and "quoted"."""
    found: list[Span] = []
    places = sorted(
        [(p.start, p.end) for p in doc.get("place")]
        + [(c.start, c.end) for c in doc.get("country")]
    )
    for sent in doc.sentences:
        for span in chunk(doc.text, sent.start, sent.end, places, sentence_tokens(doc, sent)):
            span.data["cls"] = classify(span.value)
            found.append(span)
    doc.add("name", found)
    quoted = [Span(m.start(), m.end(), "quoted", m.group(1)) for m in QUOTED.finditer(doc.text)]
    doc.add("quoted", quoted)
    return doc
