"""The words of people's names and roles: name runs, honorifics, courtesy titles, role verbs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from amity.extract.doc import Span
from amity.extract.en.lexicon import (
    COMMON_NAME_WORDS,
    NOT_NAME,
    ORG_HEADS,
    PLACE_SUFFIXES,
)
from amity.extract.en.titles import (
    is_title_word,
)

Tok = tuple[int, int, str]
NAME_PARTICLES = {
    "bin",
    "binti",
    "al",
    "el",
    "de",
    "da",
    "van",
    "von",
    "der",
    "le",
    "la",
    "di",
    "du",
    "dos",
    "ibn",
}
MONTHS = set(
    "january february march april may june july august september october november december".split()
)


@dataclass
class Person:
    """A person mention: name and the role stated next to it."""

    name: Span
    title: str | None
    organization: str | None
    country: str | None
    evidence: tuple[int, int]


def _name_shaped(tok: str) -> bool:
    """True for an initial ("K", "K.") or a word of letters in any script ending lower-case ("Ağun")."""
    if len(tok) == 1 or len(tok) == 2 and tok[1] == ".":
        return tok[0].isalpha()
    if INITIALS_JOINED.fullmatch(tok):
        return tok[-1].islower()  # "E.Bat-Uul", "M.A.Grekhov": initials written onto the name
    return tok[-1].islower() and NAME_LETTERS.fullmatch(tok) is not None


# Letters of any alphabet, with apostrophes and hyphens inside ("O'Neill", "Jean-Luc", "Sarı").
NAME_LETTERS = re.compile(r"[^\W\d_](?:[^\W\d_]|[’'-])*")
INITIALS_JOINED = re.compile(r"(?:[A-Z]\.){1,3}[^\W\d_](?:[^\W\d_]|[’'-])+")


def is_name_word(tok: str, countries: set[str]) -> bool:
    """True for a capitalized word that can be part of a person's name."""
    low = tok.lower()
    if not tok[:1].isupper() or tok.isupper() and len(tok) > 2 or not _name_shaped(tok):
        return False
    if low.endswith(("'s", "’s")):
        tok, low = tok[:-2], low[:-2]  # "Minister's" is a title word too
    if (
        low in COMMON_NAME_WORDS
        or is_title_word(tok)
        or low in NOT_NAME
        or low in ORG_HEADS
        or low in MONTHS
    ):
        return False
    return tok not in countries and low not in PLACE_SUFFIXES


def name_run(toks: list[Tok], i: int, step: int, countries: set[str]) -> tuple[int, int] | None:
    """Returns the token range of a person name starting at i going forward (1) or back (-1)."""
    k, n = i, 0
    if step > 0 and _family_name_first(toks, i, countries):
        k, n = i + 1, 1  # "LEI Kezhong": a family name in capitals, then the given name
    while (
        0 <= k < len(toks)
        and n < 4
        and (is_name_word(toks[k][2], countries) or (n and toks[k][2].lower() in NAME_PARTICLES))
    ):
        k += step
        n += 1
    if n == 0:
        return _after_honorific(toks, i)
    lo, hi = (i, k) if step > 0 else (k + 1, i + 1)
    while hi - lo > 0 and toks[hi - 1][2].lower() in NAME_PARTICLES:
        hi -= 1
    return (lo, hi) if hi > lo else None


def _family_name_first(toks: list[Tok], i: int, countries: set[str]) -> bool:
    """True for a family name written in capitals before the given name ("ZHAO Guoxiang")."""
    if not (0 <= i < len(toks) - 1):
        return False
    tok, nxt = toks[i][2], toks[i + 1][2]
    return (
        tok.isupper()
        and tok.isalpha()
        and 2 <= len(tok) <= 8
        and not nxt.isupper()
        and is_name_word(nxt, countries)
    )


SURNAME_HONORIFICS = {"mr", "mrs", "ms", "dr", "cllr", "clr", "cr"}


def _after_honorific(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """Returns the one word after "Mr" as a name even if it is a common word ("Mr Street")."""
    if not (0 < i < len(toks)) or toks[i - 1][2].lower().rstrip(".") not in SURNAME_HONORIFICS:
        return None
    tok = toks[i][2]
    return (i, i + 1) if tok[:1].isupper() and tok.isalpha() and not tok.isupper() else None


# Letters after a name: honours and offices ("Bruce Atkinson MLC")
POST_NOMINALS = {"MLC", "MP", "MLA", "MHK", "MSP", "AO", "AC", "AM", "OAM", "PSM", "OBE", "MBE",
                 "CBE", "KBE", "DBE", "QC", "KC", "JP", "PhD", "MNZM", "ONZM", "QSO", "QSM"}  # fmt: skip
HONORIFICS = {
    "excellency",
    "his",
    "her",
    "cllr",
    "clr",
    "cr",
    "miss",
    "sir",
    "dame",
    "dr",
    "mr",
    "mrs",
    "ms",
    "prof",
    "professor",
    "hon",
    "honorable",
    "lord",
    "lady",
}
MISSIONS = {
    "embassy",
    "consulate",
    "consulate-general",
    "mission",
    "office",
    "representation",
    "bureau",
}
# Words that qualify a title rather than name a body ("Foreign Minister", "Prime Minister").
TITLE_QUALIFIERS = {
    "foreign", "prime", "deputy", "vice", "chief", "general", "executive", "assistant",
    "senior", "special", "permanent", "state", "federal", "national", "regional", "municipal",
    "chapter", "branch", "district",
}  # fmt: skip
NOT_JOB_WORDS = {
    "who", "which", "that", "and", "or", "with", "to", "for", "by", "is", "was", "are", "were",
    "has", "had", "have", "said", "says", "told", "thanked", "met", "as", "when", "while",
    "the", "a", "an", "his", "her", "its", "their", "our", "new", "then", "also", "visited",
}  # fmt: skip
COURTESY = {"mr", "mrs", "ms", "miss", "mx", "dr", "madame", "mme", "monsieur"}
ROLE_VERBS = {
    "chairs": "chair", "heads": "head", "leads": "leader", "directs": "director",
    "founded": "founder", "coordinates": "coordinator", "runs": "head", "chaired": "chair",
    "headed": "head", "led": "leader", "co-ordinates": "co-ordinator", "co-chairs": "co-chair",
    "manages": "manager",
}  # fmt: skip
RELATIVE_ROLE = re.compile(
    r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s+who\s+(?:now\s+|also\s+)?("
    + "|".join(ROLE_VERBS)
    + r")\s+(?:the\s+)?([A-Z](?:[^,.;()]|\.(?=\s+[A-Z])){2,80})"
)
POSSESSIVE = re.compile(r"[A-Z][\w.-]*['’]s")
NAME_SUFFIX = re.compile(r"II|III|IV|Jr\.?|Sr\.?")
LEADS = {"a", "an", "its", "his", "her", "their", "our"}
AREA_WORDS = {"region", "province", "oblast", "district", "county", "prefecture", "state", "city"}


# Lower-case words a surname may begin with ("Van Tassell", "de Souza"): part of the name
SURNAME_PARTICLES = (
    "van",
    "von",
    "de",
    "da",
    "del",
    "della",
    "der",
    "di",
    "le",
    "la",
    "du",
    "mac",
    "ter",
)
