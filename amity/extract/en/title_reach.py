"""How far a title reaches and whether it is apposed to a name: "Ambassador to China",
"Consul General in Almaty", "councillor for culture" and "Embassy in Moscow" run on past
the title word; "its chairman, Name", "the FCSCA's new president, Name" and "Name, the
council's chief executive" join a title to the name beside it, and "of Tashkent Shavkat
Umurzakov" ends a body's name with its holder's. `SentencePeople` builds on these."""

from __future__ import annotations

import re

from amity.extract.en.lexicon import (
    ORG_HEADS,
)
from amity.extract.en.person_parts import PersonParts
from amity.extract.en.person_words import (
    LEADS,
    MISSIONS,
    NOT_JOB_WORDS,
    POSSESSIVE,
    TITLE_QUALIFIERS,
    name_run,
)
from amity.extract.en.titles import (
    MODIFIERS,
)

# Titles that say where their holder is posted ("Consul General in Almaty")
ENVOYS = {"consul", "general", "ambassador", "envoy", "representative", "correspondent", "attaché"}


# Words between a possessive and its title that only say how long the holder has held it
FRESH = {"new", "newly", "incoming", "outgoing", "current", "present", "longtime", "long-serving",
         "recently", "elected", "appointed", "immediate", "past"}  # fmt: skip


# Words for the units bodies are made of ("the Union of Turkish World Municipalities")
UNIT_WORDS = {"municipality", "city", "town", "region", "province", "district", "county",
              "community", "country", "nation", "state"}  # fmt: skip


# "the committee's president, Name": a body named by a common noun
LOWER_POSSESSIVE = re.compile(r"[a-z][\w-]*['’]s")


class TitleReach(PersonParts):
    """Where a sentence's titles end, what they are apposed to, and the bodies that own them."""

    def _extend_to(self, te: int) -> int:
        """Extends "Ambassador" to "Ambassador to China" when a country follows, "Consul General"
        to "Consul General in Almaty" when a place does."""
        toks = self.toks
        if (
            te + 1 < len(toks)
            and toks[te][2] == "in"
            and toks[te - 1][2].lower() in ENVOYS
            and (place := self.doc.at("place", toks[te + 1][0])) is not None
            and place.start == toks[te + 1][0]
        ):
            k = te + 1
            while k < len(toks) and toks[k][1] <= place.end:
                k += 1
            return k
        if te + 1 < len(toks) and toks[te][2] in ("for", "responsible"):
            return self._remit(te)
        if te + 2 < len(toks) and toks[te][2] == "of" and toks[te + 1][2].islower():
            return self._remit(te, lower=True)  # "the head of the press service, Name"
        if te + 3 < len(toks) and [t[2] for t in toks[te : te + 3]] == ["in", "charge", "of"]:
            return self._remit(te)  # "the councillor in charge of Youth, Name"
        if (
            te + 1 < len(toks)
            and toks[te][2] == "to"
            and toks[te - 1][2].lower()
            in ("ambassador", "envoy", "consul", "representative", "ambassadors")
        ):
            k = te + 1
            while (
                k < len(toks)
                and (toks[k][2][0].isupper() or k == te + 1 and toks[k][2] == "the")
                and toks[k][2] in self.country_words | {"the", "UN", "United", "Nations"}
            ):
                k += 1
            return k if k > te + 1 else te
        return te

    def _remit(self, te: int, lower: bool = False) -> int:
        """Extends "councillor" to "councillor for culture" when a comma and a name follow, and
        "Deputy Mayor" to "Deputy Mayor for Social Issues" before the name that ends the run."""
        toks, k = self.toks, te + 1
        while k < min(te + 9, len(toks)) and toks[k][2].isalpha():
            if lower and not toks[k][2].islower():
                return te  # "the mayor of Grozny, Name": a body named, not a remit
            k += 1
        if k < len(toks) and toks[k][2] == "," and name_run(toks, k + 1, 1, self.country_words):
            return k
        if lower:
            return te
        k = te + 1
        while k < min(te + 9, len(toks)) and toks[k][2].isalpha() and toks[k][2][0].isupper():
            k += 1
        if toks[te][2] == "for" and k - te > 3:
            return k - 2  # "for Social Issues Victoria Mozgacheva": the last two words name her
        return te

    def _before_fresh(self, ts: int) -> int:
        """Returns where a title starts before the words that only date it ("new president")."""
        while ts > 1 and self.toks[ts - 1][2].lower() in FRESH:
            ts -= 1
        return ts

    def _owner_before(self, ts: int) -> tuple[int, int] | None:
        """Returns the body whose possessive heads a title ("the FCSCA's new president")."""
        toks, k = self.toks, self._before_fresh(ts)
        if k < 1 or not POSSESSIVE.fullmatch(toks[k - 1][2]):
            return None
        lo = k - 1
        while lo > 0 and toks[lo - 1][2][:1].isupper() and toks[lo - 1][2] not in ("The", "A"):
            lo -= 1
        if re.sub(r"['’]s$", "", toks[k - 1][2]) in self.country_words:
            return None  # "Japan's new ambassador": the country is the person's, not a body
        return lo, k

    def _name_ending(self, lo: int, hi: int) -> tuple[int, int] | None:
        """Returns the name that ends a body's name in [lo, hi): "Tashkent Shavkat Umurzakov"."""
        toks = self.toks
        found = name_run(toks, hi - 1, -1, self.country_words) if hi > lo else None
        while found and found[1] - found[0] > 1 and self._is_place((found[0], found[0] + 1)):
            found = (found[0] + 1, found[1])  # "of Tashkent Shavkat Umurzakov"
        if (
            found
            and not self._body_word(found)  # "of the Union of Turkish World Municipalities"
            and found[0] > lo
            and self._org_like(lo, found[0])
            and not self._is_place(found)
        ):
            return found
        return None

    def _body_word(self, found: tuple[int, int]) -> bool:
        """True for one word that names bodies, not a person ("Municipalities", "Councils")."""
        word = self.toks[found[0]][2].lower()
        singular = re.sub(r"ies$", "y", word) if word.endswith("ies") else word.rstrip("s")
        heads = ORG_HEADS | UNIT_WORDS
        return found[1] - found[0] == 1 and (word in heads or singular in heads)

    def _after_place(self, lo: int, hi: int) -> tuple[int, int] | None:
        """Returns the name that ends a run of capitalized words after a place: "Brest Oleg Ivanov"."""
        found = name_run(self.toks, hi - 1, -1, self.country_words) if hi > lo else None
        while found and found[1] - found[0] > 1 and self._is_place((found[0], found[0] + 1)):
            found = (found[0] + 1, found[1])
        if found and found[0] > lo and self._is_place((lo, found[0])) and not self._is_place(found):
            return found
        return None

    def _posted_in(self, hi: int) -> int:
        """Returns the end of "Embassy in Moscow": a mission's city is part of its name."""
        toks = self.toks
        if (
            hi + 1 < len(toks)
            and toks[hi - 1][2].lower() in MISSIONS
            and toks[hi][2] == "in"
            and toks[hi + 1][2][:1].isupper()
        ):
            end = hi + 2
            while end < len(toks) and toks[end][2][:1].isupper():
                end += 1
            return end
        return hi

    def _apposed_after(self, ts: int, at: int) -> bool:
        """True for "its chairman, Name": a possessive title, a comma, then the name."""
        toks = self.toks
        if at >= len(toks) or toks[at][2] != "," or ts == 0:
            return False
        ts = self._before_fresh(ts)  # "the FCSCA's new president, Name"
        back = ts - 1
        while (
            back > 0 and ts - back < 6 and (toks[back][2][:1].isupper() or toks[back][2] == "and")
        ):
            if POSSESSIVE.fullmatch(toks[back][2]):
                break  # "the Council's Civic and International Relations Manager, Name"
            back -= 1
        prev = toks[back][2] if POSSESSIVE.fullmatch(toks[back][2]) else toks[ts - 1][2]
        if prev in self.country_words and ts >= 2:
            prev = toks[ts - 2][2]  # "the then U.S. Ambassador to Japan, Name"
        body = toks[ts - 1][2]  # "Federation Council Mayor, Name": the body names the title
        return (
            prev.lower() in ("its", "their", "his", "her", "our", "own", "then")
            or bool(POSSESSIVE.fullmatch(prev))
            or body[:1].isupper()
            and (body.lower() in ORG_HEADS or self._is_place((ts - 1, ts)))
            or self._led_by_the(ts)
        )

    def _led_by_the(self, ts: int) -> bool:
        """True for "the mayor", "the branch secretary", "the choir's artistic director": a title
        after "the", a body's possessive or up to two words that describe it."""
        toks, k = self.toks, ts - 1
        while k > 0 and ts - k <= 2 and toks[k][2].isalpha() and toks[k][2].lower() != "the":
            if LOWER_POSSESSIVE.fullmatch(toks[k - 1][2]) and toks[k - 2 : k - 1]:
                k -= 1  # "the choir's artistic director"
                break
            k -= 1
        word = toks[k][2]
        if LOWER_POSSESSIVE.fullmatch(word):
            return k > 0 and toks[k - 1][2].lower() == "the"
        return word.lower() == "the"

    def _skip_gloss(self, te: int) -> int:
        """Returns where a title goes on after a gloss in brackets ("Akim (governor) of ...")."""
        toks = self.toks
        if te < len(toks) and toks[te][2] == "(":
            for k in range(te + 1, min(te + 5, len(toks))):
                if toks[k][2] == ")":
                    return k + 1
        return te

    def _apposed_start(self, k: int) -> int:
        """Returns k moved back past "a former", "the council's", "Kazakh" that lead an apposed title."""
        toks = self.toks
        while k >= 0:
            low = toks[k][2].lower()
            if (
                low in MODIFIERS
                or low in LEADS
                or toks[k][2] in self.country_words
                or (low in TITLE_QUALIFIERS and toks[k][2][:1].isupper())
            ):
                k -= 1
            elif (
                k >= 1
                and re.fullmatch(r"\w+['’]s", low)
                and toks[k - 1][2].lower() in ("the", "its")
            ):
                k -= 2  # "Name, the council's chief executive"
            elif POSSESSIVE.fullmatch(toks[k][2]):
                lo = k
                while lo > 0 and toks[lo - 1][2][:1].isupper() and toks[lo - 1][2] != ",":
                    lo -= 1
                self.owner = (lo, k + 1)  # "Name, Miyazu's deputy mayor"
                k = lo - 1
            else:
                return k
        return k

    def _forget_owner(self) -> None:
        """Forgets the owner a title before this one named ("Miyazu's")."""
        # A method, not an assignment in _before: after one there the type checker takes
        # self.owner for None even once _apposed_start has set it (mypyc, compiling by those
        # types, then raised a TypeError).
        self.owner = None

    def _job_words(self, k: int) -> int:
        """Returns k moved back past one or two lowercase words that qualify a job title."""
        toks, moved = self.toks, 0
        while k >= 0 and moved < 2 and toks[k][2].isalpha() and toks[k][2].islower():
            if toks[k][2] in NOT_JOB_WORDS:
                return k
            k, moved = k - 1, moved + 1
        return self._apposed_start(k) if moved else k

    def _qualifier_words(self, k: int) -> int:
        """Returns k moved back past up to three capitalized words naming where or whose a title
        is, when a comma comes before them; else k."""
        toks = self.toks
        lo = k
        while lo >= 0 and k - lo < 3 and toks[lo][2][:1].isupper() and toks[lo][2].isalpha():
            lo -= 1
        while lo >= 1 and lo < k and toks[lo][2].lower() in MODIFIERS | LEADS | {"the"}:
            lo -= 1  # "Name, a former Sister Cities co-ordinator"
        return lo if lo < k and lo >= 1 and toks[lo][2] == "," else k
