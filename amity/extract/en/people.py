"""People and their roles: "Vice Governor of Hubei Province Zhao Haishan", "Wang Hongyan, Vice
President of All-China Youth Federation", "Finland Parliament Speaker Lohela"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from amity.extract.doc import Doc, Span
from amity.extract.en.lexicon import COMMON_NAME_WORDS, NOT_NAME, ORG_HEADS, PLACE_SUFFIXES, TITLE_HEADS, TITLE_WORDS
from amity.extract.en.names import _tokens

Tok = tuple[int, int, str]
MODIFIERS = {"former", "then", "the", "acting", "honorary", "incumbent", "newly", "elected",
             "current", "outgoing", "late"}
NAME_PARTICLES = {"bin", "binti", "al", "el", "de", "da", "van", "von", "der", "le", "la", "di", "du", "dos", "ibn"}
ORG_INTRO = {"of", "at", "from", "for", "in"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"}


@dataclass
class Person:
    """A person mention: name and the role stated next to it."""

    name: Span
    title: str | None
    organization: str | None
    country: str | None
    evidence: tuple[int, int]


def is_title_word(tok: str) -> bool:
    return tok.lower() in TITLE_WORDS


def is_name_word(tok: str, countries: set[str]) -> bool:
    """True for a capitalized word that can be part of a person's name."""
    low = tok.lower()
    if not tok[:1].isupper() or not re.fullmatch(r"[A-Z][a-zà-ÿ’'\-]*[a-zà-ÿ]|[A-Z]\.?|[A-Z][a-z]+-[A-Z][a-z]+", tok):
        return False
    if low in COMMON_NAME_WORDS or low in TITLE_WORDS or low in NOT_NAME or low in ORG_HEADS or low in MONTHS:
        return False
    return tok not in countries and low not in PLACE_SUFFIXES


def title_runs(toks: list[Tok]) -> list[tuple[int, int]]:
    """Returns [start, end) token ranges of role titles ("Executive Vice Chairman")."""
    runs, i = [], 0
    while i < len(toks):
        if not is_title_word(toks[i][2]):
            i += 1
            continue
        j = i
        while j < len(toks) and (is_title_word(toks[j][2]) or (toks[j][2] == "and" and j + 1 < len(toks) and is_title_word(toks[j + 1][2]) and toks[j + 1][2].lower() in TITLE_HEADS | {"vice", "deputy", "executive", "first", "chief", "party", "assistant"})):
            j += 1
        last = j - 1
        while last >= i and toks[last][2].lower() not in TITLE_HEADS:
            last -= 1
        if last >= i:
            start = i
            while start < last and toks[start][2].lower() in MODIFIERS:
                start += 1
            runs.append((start, last + 1))
        i = max(j, i + 1)
    return runs


def name_run(toks: list[Tok], i: int, step: int, countries: set[str]) -> tuple[int, int] | None:
    """Returns the token range of a person name starting at i going forward (1) or back (-1)."""
    k, n = i, 0
    while 0 <= k < len(toks) and n < 4 and (is_name_word(toks[k][2], countries) or (n and toks[k][2].lower() in NAME_PARTICLES)):
        k += step
        n += 1
    if n == 0:
        return None
    lo, hi = (i, k) if step > 0 else (k + 1, i + 1)
    while hi - lo > 0 and toks[hi - 1][2].lower() in NAME_PARTICLES:
        hi -= 1
    return (lo, hi) if hi > lo else None
