"""Organization names: acronyms, initials, kind and country, from the name alone.

`known_names()` reads the hand-written table amity/data/org_aliases.tsv
(acronym, full name, kind, country) of bodies reports name by acronym without spelling
them out. Kinds: government, friendship, ngo (NGOs and networks), school (schools and
universities), company, international, media.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from amity.registry.countries import Countries, data_path
from amity.registry.gazetteer import Gazetteer
from amity.store.rows import norm

KINDS = ("government", "friendship", "ngo", "school", "company", "international", "media")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,11}$")
_TRAILING = re.compile(r"^(.*\S)\s*[(\[]\s*([A-Z][A-Za-z0-9&-]{1,11})\s*[)\]]$")
_WORD = re.compile(r"[A-Za-z][\w'\u2019]*")
_SMALL = frozenset({"for", "with", "of", "the", "and", "in", "on", "to", "at", "&"})
# First rule that matches a folded name gives its kind; order matters ("university press").
_KIND_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("international", ("united nations", "unesco", "undp", "unicef", "world health organization",
                       "cooperation organization", "asean", "european union", "ecosoc",
                       "world tourism cities federation", "international organization")),
    ("media", ("news agency", "radio", "television", "daily", "newspaper", "media", "press",
               "journalists", "tv", "broadcast")),
    ("school", ("university", "school", "college", "academy", "kindergarten", "institute of technology")),
    ("friendship", ("friendship", "friendly", "sister cit", "people's association", "people’s association")),
    ("government", ("government", "ministry", "municipal", "office", "committee", "commission",
                    "department", "bureau", "parliament", "people's congress", "people’s congress",
                    "embassy", "consulate", "council", "party", "administration", "cpc")),
    ("company", ("company", "group", "corporation", " co.", "ltd", "limited", "inc.", "enterprise",
                 "bank", "holdings")),
    ("ngo", ("ngo", "network", "foundation", "association", "society", "federation", "club",
             "center", "centre", "institute", "union", "alliance", "chamber", "red cross", "fund")),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class KnownOrg:
    """An organization of the hand-written table: acronym, full name, kind, country."""

    acronym: str
    name: str
    kind: str | None
    country: str | None


def is_acronym(name: str) -> bool:
    """Returns True if a name is an acronym ("CPAFFC", "UNDP"), not a word."""
    return bool(_ACRONYM.match(name.strip())) and sum(c.isupper() for c in name) >= 2


def split_acronym(name: str) -> tuple[str, str | None]:
    """Returns (full name, acronym) of "Full Name (ACRONYM)", else (name, None)."""
    match = _TRAILING.match(name.strip())
    if match and sum(c.isupper() for c in match.group(2)) >= 2:
        return match.group(1), match.group(2)
    return name.strip(), None


def initials(name: str) -> str:
    """Returns the initials of a name's words, small words skipped ("CPAFFC")."""
    words = [w for w in _WORD.findall(name) if w.lower() not in _SMALL]
    return "".join(w[0].upper() for w in words)


def expands(acronym: str, name: str) -> bool:
    """Returns True if the acronym is the initials of the name (3 letters or more)."""
    return len(acronym) >= 3 and initials(name) == acronym.upper()


def kind_of(name: str) -> str | None:
    """Returns the kind an organization's name shows, or None."""
    folded = f" {norm(name)} "
    for kind, words in _KIND_RULES:
        if any(word in folded for word in words):
            return kind
    return None


def country_of(name: str, gazetteer: Gazetteer | None = None) -> str | None:
    """Returns the one country an organization's name names ("Chinese ...", "Beijing ..."), or None."""
    found = {m.code for m in Countries.load().find(name) if not m.ambiguous}
    if not found and gazetteer is not None:
        found = {m.candidates[0].country for m in gazetteer.find(name) if m.candidates}
    return found.pop() if len(found) == 1 else None


@cache
def known_names() -> dict[str, KnownOrg]:
    """Returns the known organizations by folded acronym and folded full name."""
    out: dict[str, KnownOrg] = {}
    for line in data_path("org_aliases.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        acronym, name, kind, country = (line.split("\t") + ["", "", ""])[:4]
        org = KnownOrg(acronym, name, kind or None, country or None)
        out.setdefault(norm(acronym), org)
        out.setdefault(norm(name), org)
    return out
