"""Items (paragraphs, bullets) and sentences, for English and other space-separated text."""

from __future__ import annotations

import re

from amity.extract.doc import Doc, Span

ITEM_BREAK = re.compile(
    r"\n[ \t]*\n+|\n(?=[ \t]*[•\-\*\u2022\u25cf]\s)|\n(?=[ \t]*\d{1,2}[.)]\s+[A-Z])"
)
# Abbreviations after which a period does not end a sentence.
ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "no",
    "nos",
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
    "co",
    "ltd",
    "inc",
    "corp",
    "gen",
    "sen",
    "rep",
    "gov",
    "coun",
    "cllr",
    "clr",
    "supt",
    "amb",
    "lt",
    "col",
    "capt",
    "jr",
    "sr",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "approx",
    "dept",
    "univ",
    "assn",
    "mt",
    "ft",
    "fig",
    "vol",
    "pp",
    "ave",
    "rd",
    "hon",
    "rev",
    "messrs",
    "u.s",
    "u.k",
    "d.c",
    "u.n",
    "a.m",
    "p.m",
    "est",
    "op",
    "cf",
}
SENT_END = re.compile(r"[.!?。！？]+[\"'”’)\]]*(?=\s+|$)|[。！？]")
# a sentence opens with a capital of any Latin or Cyrillic alphabet ("Říčany", "Łódź"), a digit
OPENER = re.compile(r"\s*[\"'“‘(\[]*[A-Z0-9\u4e00-\u9fff•À-ÖØ-ÞĀ-žЀ-Я]")


def split_items(text: str) -> list[Span]:
    """Returns the paragraphs and bullet items of the text, whitespace trimmed."""
    items, pos = [], 0
    for m in ITEM_BREAK.finditer(text):
        items.append(_trim(text, pos, m.start()))
        pos = m.end()
    items.append(_trim(text, pos, len(text)))
    return [s for s in items if s.end > s.start]


def _trim(text: str, start: int, end: int, label: str = "item") -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, label)


def _is_abbrev(text: str, dot: int) -> bool:
    """True if the period at `dot` closes an abbreviation or an initial."""
    m = re.search(r"([A-Za-z.]+)$", text[max(0, dot - 12) : dot])
    if not m:
        return False
    word = m.group(1).lower().strip(".")
    if word in ABBREV:
        return True
    # An initial ("J. Smith") or a dotted acronym ("U.S.").
    return len(word) == 1 or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]?", word))


def split_sentences(text: str, item: Span) -> list[Span]:
    """Returns the sentences of one item; single line breaks also end a sentence."""
    out: list[Span] = []
    for line in re.finditer(r"[^\n]+", text[item.start : item.end]):
        lstart, lend = item.start + line.start(), item.start + line.end()
        out.extend(_split_line(text, lstart, lend))
    return [s for s in out if s.end > s.start]


LIST_NUMBER = re.compile(r"\s*\d{1,2}\.")


def _split_line(text: str, start: int, end: int) -> list[Span]:
    out, pos = [], start
    for m in SENT_END.finditer(text, start, end):
        stop = m.end()
        if text[m.start()] == "." and _is_abbrev(text, m.start()):
            continue
        if LIST_NUMBER.fullmatch(text, pos, stop):
            continue  # "2. Verkhoyansky ulus and ...": the number of a list's line
        if stop < end and not OPENER.match(text, stop):
            continue
        out.append(_trim(text, pos, stop, "sentence"))
        pos = stop
    if pos < end:
        out.append(_trim(text, pos, end, "sentence"))
    return out


def segment(doc: Doc) -> Doc:
    """Fills doc.items and doc.sentences."""
    doc.items = split_items(doc.text)
    doc.sentences = [s for item in doc.items for s in split_sentences(doc.text, item)]
    return doc
