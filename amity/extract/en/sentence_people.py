"""People of one sentence from its tokens: a title before or after a name, appositions,
plural titles, courtesy titles and relative clauses ("Name, who chairs the X"). How far a
title reaches and whether it is apposed to a name is worked out in `title_reach`."""

from __future__ import annotations

from dataclasses import replace

from amity.extract import scan
from amity.extract.doc import Span
from amity.extract.en.lexicon import (
    ORG_HEADS,
)
from amity.extract.en.party_names import CALENDAR
from amity.extract.en.person_words import (
    AREA_WORDS,
    COURTESY,
    HONORIFICS,
    NAME_SUFFIX,
    POST_NOMINALS,
    RELATIVE_ROLE,
    ROLE_VERBS,
    TITLE_QUALIFIERS,
    Person,
    name_run,
)
from amity.extract.en.title_reach import ENVOYS, TitleReach
from amity.extract.en.titles import (
    PLURAL_HEADS,
    is_head,
    is_title_word,
    title_runs,
)

# Words that join a plural role to the names it lists ("the veterans, including A and B")
LIST_VERBS = {"are", "were", "include", "included", "including", "namely"}


def _without_title(words: str) -> str:
    """Returns a name without the title words it was written after ("Mayor Ann Lee")."""
    parts = words.split()
    while parts and (is_title_word(parts[0]) or parts[0].lower().rstrip(".") in HONORIFICS):
        parts.pop(0)
    return " ".join(parts)


# Lower-case words that end a body's name after its place: "the Ahrensburg town council"
BODY_TAILS = {"town", "city", "county", "district", "regional", "municipal", "council",
              "government", "administration", "delegation", "committee", "department", "office",
              "hall", "assembly"}  # fmt: skip


# Verbs that give a title: "Ann Lee was appointed secretary of the association"
ELECTED = {"elected", "re-elected", "reelected", "appointed", "named", "chosen", "installed",
           "confirmed", "sworn"}  # fmt: skip


class SentencePeople(TitleReach):
    """Finds the people of one sentence from its tokens, titles and country mentions."""

    def find(self) -> list[Person]:
        """Returns the people of the sentence, each with the title that describes them."""
        out: list[Person] = []
        for ts, te in title_runs(self.toks):
            after = self._after(ts, te)
            direct = (
                after is not None and te < len(self.toks) and after.name.start == self.toks[te][0]
            )
            # "Batesville, Mayor Mike Bettice": a name right after the title is the title's holder.
            before = self._before(ts, te)
            if before and after and any(p.name.overlaps(before.name) for p in out):
                before = None  # "Mayor of Kabul S. Sidigi, Mayor of Baku E. Aziz": taken already
            person = after if direct else (before or after or self._copula(ts, te))
            person = person or self._title_is(ts, te)
            if person and not any(p.name.start == person.name.start for p in out):
                out.extend(self._respectively(person))
        for person in self._addressed() + self._relative_roles() + self._of_bodies():
            if not any(p.name.start == person.name.start for p in out):
                out.append(person)
        for i, tok in enumerate(self.toks):
            if tok[2].lower() in PLURAL_HEADS:
                for person in self._plural(i) or self._plural_before(i):
                    if not any(p.name.start == person.name.start for p in out):
                        out.append(person)
        return out

    def _copula(self, ts: int, te: int) -> Person | None:
        """Returns "John Keaney was mayor of Rotorua": a name, a verb of being, the title."""
        toks = self.toks
        k = ts - 1
        while k >= 0 and ts - k <= 2 and toks[k][2][:1].isupper() and toks[k][2].isalpha():
            k -= 1  # "Pat Andeweg is the Exchange Director": the title's own qualifiers
        if k >= 0 and toks[k][2].lower() != "the":
            k = ts - 1
        ts = k + 1
        while k >= 0 and toks[k][2].lower() in ("the", "then", "also", "now", "a", "an", "as"):
            k -= 1
        if k > 1 and toks[k][2].lower() in ELECTED:
            k -= 1  # "William Kim has been re-elected president of the association"
        if k < 1 or toks[k][2].lower() not in ("was", "is", "became", "becomes", "been"):
            return None
        k -= 2 if toks[k][2].lower() == "been" else 1  # "has been"
        found = name_run(toks, k, -1, self.country_words)
        if not found or found[1] - found[0] < 2 or found[1] != k + 1:
            return None
        if found[0] > 0 and toks[found[0] - 1][2] not in (",", "and", "(") and found[0] > 1:
            return None  # the name must open its clause
        org = None
        if te < len(toks) - 1 and toks[te][2] in ("of", "at"):
            lo, hi = self._cap_run(te + 1)
            org = (lo, hi) if hi > lo else None
        return self._make(found, ts, te, org)

    def _title_is(self, ts: int, te: int) -> Person | None:
        """Returns "Our new President is Cezary Salamonczyk": the title, a verb of being, a name."""
        toks = self.toks
        if te + 1 >= len(toks) or toks[te][2].lower() not in ("is", "was", "will be"):
            return None
        if ts == 0 or toks[ts - 1][2].lower() not in ("our", "the", "its", "their", "new"):
            return None
        found = name_run(toks, te + 1, 1, self.country_words)
        if not found or found[1] - found[0] < 2 or found[0] != te + 1 or self._is_place(found):
            return None
        return self._make(found, ts, te, None)

    def _respectively(self, person: Person) -> list[Person]:
        """Returns "A and B, Chair and Secretary of X" as A the Chair and B the Secretary."""
        titles = (person.title or "").split(" and ")
        if len(titles) != 2 or not all(t.split() and is_head(t.split()[-1]) for t in titles):
            return [person]
        toks = self.toks
        at = next((i for i, t in enumerate(toks) if t[0] == person.name.start), None)
        if at is None or at < 2 or toks[at - 1][2] != "and":
            return [person]
        first = name_run(toks, at - 2, -1, self.country_words)
        if not first or first[1] - first[0] < 2:
            return [person]
        written = self.text(*first)
        span = Span(toks[first[0]][0], toks[first[1] - 1][1], "person", written)
        one = replace(person, name=span, title=titles[0], evidence=(span.start, person.evidence[1]))
        return [one, replace(person, title=titles[1])]

    def _addressed(self) -> list[Person]:
        """Returns "Mrs Ali Tanner", "Mr Brian Andrews PSM": a courtesy title names a person."""
        out, toks = [], self.toks
        for i, tok in enumerate(toks[:-1]):
            if tok[2].lower().rstrip(".") not in COURTESY:
                continue
            found = name_run(toks, i + 1, 1, self.country_words)
            if found and found[1] - found[0] >= 2 and not self._is_place_name(found):
                written = self.text(*found)
                span = Span(toks[found[0]][0], toks[found[1] - 1][1], "person", written)
                out.append(Person(span, None, None, None, (tok[0], span.end)))
        return out

    def _is_place_name(self, rng: tuple[int, int]) -> bool:
        """True for words the gazetteer knows as a city ("Miss Wagga Wagga" is a title, no name)."""
        from amity.registry.gazetteer import Gazetteer

        if self._is_place(rng):
            return True
        return any(p.kind == "city" for p in Gazetteer.load().lookup(self.text(*rng))[:3])

    def _of_bodies(self) -> list[Person]:
        """Returns "Kunio Fukuda of the Tsuyama Friendship Association": a name, no title, and
        the body the person comes from."""
        out: list[Person] = []
        toks = self.toks
        for i in range(len(toks) - 3):
            if toks[i + 1][2] != "of" or toks[i + 2][2] != "the":
                continue
            found = name_run(toks, i, -1, self.country_words)
            if not found or found[1] - found[0] < 2 or self._is_place_name(found):
                continue
            if found[0] > 0 and is_title_word(toks[found[0] - 1][2]):
                continue  # a title before the name: the title's own rules read it
            lo, hi = self._cap_run(i + 3)
            if hi <= lo or not any(t[2].lower() in ORG_HEADS for t in toks[lo:hi]):
                continue  # "of the University of the Sunshine Coast": a body's head word
            span = Span(toks[found[0]][0], toks[found[1] - 1][1], "person", self.text(*found))
            org = self.text(lo, hi)
            out.append(Person(span, None, org, None, (span.start, toks[hi - 1][1])))
        return out

    def _relative_roles(self) -> list[Person]:
        """Returns "Valery Voloshin, who chairs the Perm Committee": the verb gives the role."""
        out: list[Person] = []
        if not scan.may_match(self.doc, RELATIVE_ROLE, self.sent.start, self.sent.end):
            return out  # no ", who" in the sentence
        text = self.doc.text[self.sent.start : self.sent.end]
        for m in RELATIVE_ROLE.finditer(text):
            start = self.sent.start + m.start(1)
            if self.doc.spanning("place", start, start + 1):
                continue
            name = _without_title(m.group(1))  # "Mayor Michael Benitz, who led the party"
            if " " not in name or not m.group(1).endswith(name):
                continue
            start += len(m.group(1)) - len(name)
            span = Span(start, start + len(name), "person", name)
            org = m.group(3).strip()
            out.append(
                Person(span, ROLE_VERBS[m.group(2)], org, None, (start, self.sent.start + m.end()))
            )
        return out

    def _plural(self, head: int) -> list[Person]:
        """Returns "Councillors Ann Lee and Bo Kim", "the mayors of the two cities, A and B"."""
        toks, at = self.toks, head + 1
        if at < len(toks) and toks[at][2] == "of":
            comma = next((k for k in range(at, min(at + 8, len(toks))) if toks[k][2] == ","), None)
            at = comma + 1 if comma is not None else len(toks)
        elif at < len(toks) and toks[at][2] == ",":
            at += 1  # "two new directors, Farrukh Saidov and Ellen Marsh"
        at = self._past_copula(at)
        names: list[tuple[int, int]] = []
        orgs: list[tuple[int, int] | None] = []
        while at < len(toks) and len(names) < 6:
            while at < len(toks) and toks[at][2].lower().rstrip(".") in HONORIFICS:
                at += 1
            found = self._korean_name(at) or name_run(toks, at, 1, self.country_words)
            if not found or found[1] - found[0] < 2 or self._is_place(found):
                break
            names.append(found)
            at, org = self._bracketed_after(found[1])  # "Bob Sanborn (Midwest Region)"
            at = self._past_from(at)  # "Günther Pecher from Germany and Alphonse Henrard"
            orgs.append(org)
            at = self._past_relative(at)  # ", who also sits on the Board,"
            at += at < len(toks) and toks[at][2] in (",", "and")
            at += at < len(toks) and toks[at][2] == "and"
        if len(names) < 2:
            return []
        word = toks[head][2]
        single = PLURAL_HEADS[word.lower()]
        q = head
        while q > 0 and head - q < 2 and toks[q - 1][2].lower() in TITLE_QUALIFIERS:
            q -= 1  # "deputy mayors A and B" are each a deputy mayor
        if q > 0 and toks[q - 1][2].lower() in ("former", "then"):
            q -= 1  # "former superintendents A and B" were each a former superintendent
        title = " ".join(
            [t[2] for t in toks[q:head]] + [single.capitalize() if word[:1].isupper() else single]
        )
        return [
            replace(self._make(n, q, head + 1, org), title=title)
            for n, org in zip(names, orgs, strict=True)
        ]

    def _plural_before(self, head: int) -> list[Person]:
        """Returns "Sharon Mullin and Karen Schenavar are the English teachers": names, then the
        plural role they share."""
        toks, q = self.toks, head
        while q > 0 and head - q < 2 and toks[q - 1][2][:1].isupper() and toks[q - 1][2].isalpha():
            q -= 1  # "the English teachers"
        k = q - 1
        if k < 1 or toks[k][2].lower() != "the" or toks[k - 1][2].lower() not in ("are", "were"):
            return []
        names: list[tuple[int, int]] = []
        at = k - 2
        while at >= 0 and len(names) < 6:
            found = name_run(toks, at, -1, self.country_words)
            if not found or found[1] - found[0] < 2 or found[1] != at + 1 or self._is_place(found):
                break
            names.insert(0, found)
            at = found[0] - 1
            if at < 0 or toks[at][2] not in (",", "and"):
                break
            at -= 1 + (at > 0 and toks[at - 1][2] == ",")
        if len(names) < 2:
            return []
        word = toks[head][2]
        single = PLURAL_HEADS[word.lower()]
        title = " ".join([t[2] for t in toks[q:head]] + [single])
        return [replace(self._make(n, q, head + 1, None), title=title) for n in names]

    def _past_from(self, at: int) -> int:
        """Returns where a list goes on after "from Germany" or "from Chojna" follows a name."""
        toks = self.toks
        if at + 1 < len(toks) and toks[at][2] == "from" and toks[at + 1][2][:1].isupper():
            k = at + 1
            while k < len(toks) and k - at <= 3 and toks[k][2][:1].isupper():
                k += 1
            return k
        return at

    def _past_copula(self, at: int) -> int:
        """Returns where the names begin after "on the trip are", "were", "including"."""
        toks = self.toks
        k = at
        if k + 2 < len(toks) and toks[k][2] in ("on", "of", "from") and toks[k + 1][2] == "the":
            k += 3  # "The chaperones on the trip are A, B and C"
        if k < len(toks) and toks[k][2] in LIST_VERBS:
            return k + 1
        return at

    def _bracketed_after(self, at: int) -> tuple[int, tuple[int, int] | None]:
        """Returns where a list goes on after a name, and the body named in brackets after it."""
        toks = self.toks
        if at < len(toks) and toks[at][2] == "(":
            close = next(
                (k for k in range(at + 1, min(at + 8, len(toks))) if toks[k][2] == ")"), None
            )
            if close is not None and close > at + 1:
                return close + 1, (at + 1, close)
        return at, None

    def _past_relative(self, at: int) -> int:
        """Returns where a list goes on after ", who also sits on the Board," that follows a name."""
        toks = self.toks
        if at + 1 < len(toks) and toks[at][2] == "," and toks[at + 1][2] in ("who", "which"):
            end = next(
                (k for k in range(at + 2, min(at + 14, len(toks))) if toks[k][2] == ","), None
            )
            return end if end is not None else at
        return at

    def _after(self, ts: int, te: int) -> Person | None:
        """Title then name: "Chairman Lin Songtian", "Vice Governor of Hubei Province Zhao Haishan"."""
        toks, te2 = self.toks, self._skip_gloss(self._extend_to(te))
        if te2 < len(toks) and toks[te2][2] in ("of", "at") and te2 + 1 < len(toks):
            org_lo, org_hi = self._cap_run(te2 + 1)
            if org_hi < len(toks) and toks[org_hi][2] in AREA_WORDS:
                org_hi += 1  # "of Akmola region, Malik Murzalin"
                named = name_run(toks, org_hi, 1, self.country_words)
                if named and named[1] - named[0] >= 2:  # "of Kurgan region Alexey Kokorin"
                    return self._make(named, ts, te2, (org_lo, org_hi))
            while org_hi < len(toks) and org_hi - org_lo < 6 and toks[org_hi][2] in BODY_TAILS:
                org_hi += 1  # "of the Ahrensburg town council, Name"
            posted = org_hi
            envoy = toks[te2 - 1][2].lower() in ENVOYS  # "Ambassador of Georgia to Azerbaijan"
            if posted + 1 < len(toks) and (
                toks[posted][2] == "in" or envoy and toks[posted][2] == "to"
            ):
                posted = self._cap_run(posted + 1)[1]  # "Consul General of Russia in Brest, Name"
            if posted + 1 < len(toks) and toks[posted][2] == ",":
                at = posted + 1
                while at < len(toks) - 1 and toks[at][2].lower().rstrip(".") in HONORIFICS:
                    at += 1  # "The rector of TNU, Professor Name"
                named = name_run(toks, at, 1, self.country_words)
                if named and (
                    named[1] >= len(toks)
                    or toks[named[1]][2] in (",", ".", ")", "and", "said", "who")
                ):
                    return self._make(named, ts, te2, (org_lo, org_hi))
            if posted > org_hi:  # "Consul General of Russia in Brest Oleg Murashev"
                found = self._after_place(org_hi + 1, posted)
                return self._make(found, ts, te2, (org_lo, org_hi)) if found else None
            # "of the Osh City Council Bolot Baetov and Askaraly Madaminov, Deputy Minister":
            # the holder ends the body's name, and "and" may begin the next person
            ands = [k for k in range(org_lo + 1, org_hi) if toks[k][2] == "and"]
            for end in [org_hi, *ands]:
                found = self._name_ending(org_lo, end)
                if found:
                    return self._make(found, ts, te2, (org_lo, found[0]))
            return None
        at = te2
        while at < len(toks) and toks[at][2].lower().rstrip(".") in HONORIFICS:
            at += 1  # "Mayor Sir Barry Curtis", "Chair Dr Ann Lee"
        found = self._korean_name(at) or name_run(toks, at, 1, self.country_words)
        if not found and self._apposed_after(ts, at):
            at += 1
            while at < len(toks) and toks[at][2].lower().rstrip(".") in HONORIFICS:
                at += 1
            found = name_run(toks, at, 1, self.country_words)  # "its chairman, Le Van Dung"
            owner = self._owner_before(ts)
            if found and owner:
                return self._make(found, ts, te2, owner)  # "Annonay's new mayor, Name"
        if not found:
            return None
        if not toks[ts][2][0].isupper() and found[1] - found[0] < 2:
            return None  # "deputy mayor Ann Candy" holds; a lone word after "mayor" may not
        org = None
        if found[1] + 1 < len(toks) and toks[found[1]][2] == "of":
            lo, hi = self._cap_run(found[1] + 1)
            org = (lo, hi) if hi > lo else None
        return self._make(found, ts, te2, org)

    def _before(self, ts: int, te: int) -> Person | None:
        """Name, then title: "Wang Hongyan, Vice President of All-China Youth Federation"."""
        self._forget_owner()
        toks, k = self.toks, self._apposed_start(ts - 1)
        if k >= 1 and toks[k][2] not in (",", "("):
            k = self._job_words(
                k
            )  # "Name, languages coordinator at X", "the Association's youth convener"
        if k >= 1 and toks[k][2] not in (",", "("):
            k = self._qualifier_words(k)  # "Name, Tāmaki Makaurau Regional Manager of X"
        if k < 1 or toks[k][2] not in (",", "("):
            return None
        suffix = int(k >= 2 and bool(NAME_SUFFIX.fullmatch(toks[k - 1][2])))  # "Leo Quinn III"
        post = 0
        while k - 1 - post >= 1 and toks[k - 1 - post][2] in POST_NOMINALS:
            post += 1  # "The Hon Bruce Atkinson MLC, President of ...": letters after a name
        end = k - 1 - suffix - post
        if end >= 2 and toks[end][2] in self.country_words and toks[end - 1][2] in ("of", "from"):
            end -= 2  # "Bernd Hallier of Germany, president of the Academy"
        found = name_run(toks, end, -1, self.country_words)
        if found and suffix:
            found = (found[0], found[1] + 1)
        while (
            found
            and found[1] - found[0] > 2
            and toks[found[0]][2].lower().rstrip(".") in HONORIFICS
        ):
            found = (found[0] + 1, found[1])  # "The Hon Bruce Atkinson"
        if not found:
            return None
        if found[0] > 0 and is_head(toks[found[0] - 1][2]):
            return None  # "Speaker Lohela, Norway Speaker Tomasson": Lohela has a title of his own
        if found[1] - found[0] == 1 and CALENDAR.fullmatch(toks[found[0]][2]):
            return None  # "The following evening, Saturday, the Hyogo governor": a day
        if found[0] > 0 and toks[found[0] - 1][2] in ("of", "from") and self._is_place(found):
            return None  # "Carol Burdon of Loburn, student exchange co-ordinator": a place
        te2 = self._extend_to(te)
        org = None
        joins = (
            ("of", "at", "with")
            if toks[te - 1][2].lower() in ("volunteer", "member")
            else ("of", "at")
        )
        if te2 + 1 < len(toks) and toks[te2][2] in joins:
            lo, hi = self._cap_run(te2 + 1)
            org = (lo, self._posted_in(hi)) if hi > lo else None
        if org is None and self.owner is not None:
            org = self.owner
        return self._make(found, k + 1, te2, org)
