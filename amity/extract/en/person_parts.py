"""The parts a person is made of in one sentence: its tokens, capitalized runs, places, and
the record built from a name, a title and a body (`PersonParts.make`)."""

from __future__ import annotations

import re

from amity.extract.components.geo import resolve_country
from amity.extract.doc import Doc, Span
from amity.extract.en.lexicon import (
    COMMON_NAME_WORDS,
    NOT_NAME,
    ORG_HEADS,
    PLACE_SUFFIXES,
)
from amity.extract.en.names import sentence_tokens
from amity.extract.en.person_words import (
    COURTESY,
    MONTHS,
    TITLE_QUALIFIERS,
    Person,
)
from amity.extract.en.titles import (
    MODIFIERS,
    is_title_word,
)

# Titles written short, kept as the report writes them ("Gov.", "State Rep.", "Coun.")
SHORT_TITLES = {
    "Gov",
    "Sen",
    "Amb",
    "Supt",
    "Cllr",
    "Cr",
    "Coun",
    "Rep",
    "Lt",
    "Gen",
    "Col",
    "Capt",
}


class PersonParts:
    """A sentence's tokens and country words, and the building blocks of its people."""

    def __init__(self, doc: Doc, sent: Span) -> None:
        self.doc = doc
        self.sent = sent
        self.toks = sentence_tokens(doc, sent)
        self.owner: tuple[int, int] | None = None
        self.country_spans = doc.in_range("country", sent.start, sent.end)
        self.country_words = {doc.text[c.start : c.end] for c in self.country_spans}
        for c in self.country_spans:
            self.country_words.update(doc.text[c.start : c.end].split())

    def text(self, lo: int, hi: int) -> str:
        return self.doc.text[self.toks[lo][0] : self.toks[hi - 1][1]]

    def doc_place_country(self, start: int, end: int) -> str | None:
        for p in self.doc.in_range("place", start, end):
            if p.data.get("country"):
                return str(p.data["country"])
        return None

    def _after_to(self, pos: int) -> bool:
        return self.doc.text[max(0, pos - 8) : pos].rstrip().endswith((" to", " to the", " in"))

    def _prefix_start(self, ts: int) -> int:
        """Returns where the words before a title that qualify it begin ("Wellington Mayor")."""
        k = ts
        while k > 0 and k > ts - 4:
            tok = self.toks[k - 1][2]
            if tok in self.country_words or tok.lower() in MODIFIERS:
                k -= 1
            elif tok[:1].isupper() and not is_title_word(tok) and tok.lower() not in NOT_NAME:
                k -= 1
            else:
                break
        return k

    def _bracketed_for(self, paren: int) -> tuple[int, int] | None:
        """Returns the capitalized name right before an opening bracket."""
        lo = paren
        while lo > 0 and self.toks[lo - 1][2][:1].isupper() and paren - lo < 5:
            lo -= 1
        if lo == paren or self.toks[lo][2].lower() in NOT_NAME:
            lo += 1 if lo < paren and self.toks[lo][2].lower() in NOT_NAME else 0
        return (lo, paren) if lo < paren else None

    def _prefix_org(self, ts: int) -> tuple[int, int] | None:
        """Returns the body named right before a title ("Wellington Mayor", "CPAFFC President")."""
        if ts >= 2 and self.toks[ts - 1][2] == "(":
            return self._bracketed_for(ts - 1)  # "Buyeo County (Mayor Park Jung-hyun)"
        lo = self._prefix_start(ts)
        while lo < ts and (
            self.toks[lo][2] in self.country_words or self.toks[lo][2].lower() in MODIFIERS
        ):
            lo += 1
        words = [t[2] for t in self.toks[lo:ts]]
        if not words or any(
            w in self.country_words
            or w.lower() in MODIFIERS
            or w.lower() in TITLE_QUALIFIERS
            or w.lower() in MONTHS
            or w.lower() in NOT_NAME
            or w.lower().endswith("day")
            for w in words
        ):
            return None
        if lo > 0 and self.toks[lo - 1][2] in ("’s", "'s"):
            return None
        return lo, ts

    def _country(
        self, ts: int, te: int, org: tuple[int, int] | None, name: tuple[int, int]
    ) -> str | None:
        """Returns the country a person represents: stated by the title, else by the body."""
        toks = self.toks
        pre = self._prefix_start(ts)
        ranges = [(toks[pre][0], toks[te - 1][1])]
        if org:
            ranges.append((toks[org[0]][0], toks[org[1] - 1][1]))
        for lo, hi in ranges:
            for c in self.country_spans:
                if lo <= c.start and c.end <= hi and not self._after_to(c.start):
                    return str(c.value)
        for lo, hi in ranges:
            found = self.doc_place_country(lo, hi)
            if found:
                return found
        if pre < ts:
            return resolve_country(self.text(pre, ts))
        return resolve_country(self.text(*org)) if org and org[1] - org[0] <= 2 else None

    def _make(self, name: tuple[int, int], ts: int, te: int, org: tuple[int, int] | None) -> Person:
        toks = self.toks
        if name[1] - name[0] > 2 and toks[name[0]][2].lower().rstrip(".") in COURTESY:
            name = (name[0] + 1, name[1])  # "the Mayor, Madame Ingrid Bona": no part of the name
        title = re.sub(r"^(?:the|a|an)\s+", "", self.text(ts, te), flags=re.I)
        title = re.sub(r"^[a-z]\w*['’]s\s+|^Council['’]s\s+", "", title)  # "the council's director"
        title = re.sub(
            r"^(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*['’]s\s+", "", title
        )  # "Japan's ambassador"
        if self.doc.text.startswith(".", toks[te - 1][1]) and toks[te - 1][2] in SHORT_TITLES:
            title += "."  # "Gov. Sarah Huckabee Sanders": the title as written
        if toks[ts - 1][2].lower() == "former" if ts > 0 else False:
            title = "former " + title
        org = org or self._prefix_org(ts)
        org_text = re.sub(r"['’]s$", "", self.text(*org)) if org else None
        country = self._country(ts, te, org, name)
        if org_text and org_text in self.country_words:
            org_text = None
        lo = min(name[0], ts, org[0] if org else ts)
        hi = max(name[1], te, org[1] if org else te)
        written = re.sub(r"['’]s$", "", self.text(*name))  # "President Mirziyoyev's visit"
        span = Span(toks[name[0]][0], toks[name[0]][0] + len(written), "person", written)
        return Person(span, title, org_text, country, (toks[lo][0], toks[hi - 1][1]))

    def _org_like(self, lo: int, hi: int) -> bool:
        last = self.toks[hi - 1][2].lower()
        if last in ("of", "the", "and", "for"):
            return False
        return (
            last in ORG_HEADS
            or last in PLACE_SUFFIXES
            or last in COMMON_NAME_WORDS
            or self.toks[hi - 1][2] in self.country_words
            or self.toks[hi - 1][2].isupper()
            or self._is_place((hi - 1, hi))
        )

    def _is_place(self, rng: tuple[int, int]) -> bool:
        """True if the words are a place the gazetteer knows rather than a person."""
        start, end = self.toks[rng[0]][0], self.toks[rng[1] - 1][1]
        return any(
            p.start <= start and end <= p.end for p in self.doc.spanning("place", start, end)
        )

    def _cap_run(self, i: int) -> tuple[int, int]:
        """Returns the range of a capitalized name starting at token i (connectors allowed)."""
        toks, j = self.toks, i
        if j < len(toks) and toks[j][2] == "the":
            j += 1
        lo = j
        while j < len(toks):
            tok = toks[j][2]
            if tok[:1].isupper() or tok[:1].isdigit() or tok in ("’s", "'s", "&"):
                j += 1
            elif (
                tok == "of"
                and j + 2 < len(toks)
                and toks[j + 1][2] == "the"
                and toks[j + 2][2][:1].isupper()
                and not is_title_word(toks[j + 2][2])
            ):
                j += 2  # "the Council of the Republic"
            elif (
                tok
                in (
                    "of",
                    "for",
                    "and",
                    "the",
                    "on",
                    "with",
                    "de",
                    "del",
                    "da",
                    "di",
                    "du",
                    "la",
                    "von",
                    "van",
                    "der",
                )
                and j + 1 < len(toks)
                and toks[j + 1][2][:1].isupper()
                and not is_title_word(toks[j + 1][2])
                and toks[j + 1][2].lower() not in MONTHS
                and not toks[j + 1][2].endswith("day")
            ):
                j += 1
            else:
                break
        while j > lo and toks[j - 1][2] in ("of", "for", "and", "the", "on", "with"):
            j -= 1
        return lo, j

    def _korean_name(self, i: int) -> tuple[int, int] | None:
        """Returns "Park Jung-hyun" after a title: a surname then a hyphenated given name."""
        toks = self.toks
        if i + 1 < len(toks) and re.fullmatch(r"[A-Z][a-z]{1,5}", toks[i][2]):
            if re.fullmatch(r"[A-Z][a-z]+-[a-z]+", toks[i + 1][2]):
                return i, i + 2
        return None
