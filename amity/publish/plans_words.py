"""The words a task is read with: tokens, event and tie types it names, countries and regions.

General vocabulary only (what a plan calls a forum, a delegation, a sister city), never the
wording of a particular report. Latin text is split into words with a light stemmer; text
written without spaces (Chinese, Japanese) into pairs of characters, and its type words
are looked for as substrings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from amity.errors import NotFound
from amity.registry.countries import Countries

_LATIN = re.compile(r"[^\W\d_]+")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")

STOP = frozenset(
    "a an the and or of in on at to for with from by as into its their our this that these "
    "those be is are was were will shall should must more new all each every other per via "
    "about over under least most than year years month months".split()
)

# Event type -> words that name it (stems, as `stem` leaves them) and unspaced names.
EVENT_WORDS = {
    "forum": ("forum", "conference", "summit", "symposium", "dialogue", "roundtable", "论坛", "峰会"),
    "visit": ("visit", "delegation", "trip", "tour", "访问", "代表团", "出访"),
    "meeting": ("meeting", "talk", "meet", "会见", "会谈", "会议"),
    "signing": ("sign", "signing", "memorandum", "mou", "签署", "签约"),
    "training": ("training", "train", "course", "workshop", "seminar", "培训"),
    "volunteering": ("volunteer", "volunteering", "志愿"),
    "culture": ("culture", "cultural", "festival", "exhibition", "concert", "art", "performance",
                "文化", "艺术", "展览"),
    "founding": ("founding", "launch", "inaugurate", "成立"),
    "aid": ("aid", "donation", "donate", "relief", "援助", "捐赠"),
}  # fmt: skip

# Tie type -> words that name it.
TIE_WORDS = {
    "sister_city": ("sister", "twin", "twinning", "friendship", "友好城市", "姐妹城市", "友城"),
    "friendship_city": ("sister", "twin", "friendship", "友好城市", "友城"),
    "friendly_exchange": ("friendly", "友好交流"),
    "school": ("school", "学校", "友好学校"),
    "agreement": ("agreement", "memorandum", "协议"),
}

# Region words -> GeoNames continent codes; LA (Latin America) also takes Central America.
REGIONS = {
    "africa": "AF", "african": "AF", "europe": "EU", "european": "EU", "asia": "AS",
    "asian": "AS", "oceania": "OC", "pacific": "OC", "latin america": "LA",
    "south america": "SA", "north america": "NA", "非洲": "AF", "欧洲": "EU", "亚洲": "AS",
    "大洋洲": "OC", "拉美": "LA", "拉丁美洲": "LA", "南美": "SA", "北美": "NA",
}  # fmt: skip
CENTRAL_AMERICA = frozenset("MX GT BZ HN SV NI CR PA CU DO HT PR JM".split())


def stem(word: str) -> str:
    """Returns a word folded to a rough stem: 'cities' -> 'city', 'visits' -> 'visit'."""
    word = word.casefold()
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str | None) -> set[str]:
    """Returns the content words of a text: stems of Latin words, pairs of unspaced characters."""
    text = text or ""
    spaced = _UNSPACED.sub(" ", text)
    out = {stem(w) for w in _LATIN.findall(spaced) if len(w) > 2 and w.casefold() not in STOP}
    for run in _UNSPACED.findall(text):
        out.update(run[i : i + 2] for i in range(max(1, len(run) - 1)))
    return out - STOP


def _named(text: str, found: set[str], vocabulary: dict[str, tuple[str, ...]]) -> set[str]:
    """Returns the keys of vocabulary whose words are among found or, if unspaced, in text."""
    return {
        key
        for key, names in vocabulary.items()
        if any(n in found if n.isascii() else n in text for n in names)
    }


def regions(text: str) -> set[str]:
    """Returns the region codes a text names ('Africa' -> AF, 'Latin America' -> LA)."""
    folded = " " + " ".join(re.findall(r"\w+", text.casefold())) + " "
    return {
        code
        for name, code in REGIONS.items()
        if (f" {name} " in folded if name.isascii() else name in text)
    }


def region_codes(country: str | None) -> set[str]:
    """Returns the region codes a country is in: its continent, and LA for Latin America."""
    if not country:
        return set()
    try:
        continent = Countries.load().info(country).continent
    except NotFound:
        return set()
    latin = continent == "SA" or country in CENTRAL_AMERICA
    return {continent, "LA"} if latin else {continent}


@dataclass
class Terms:
    """What a text names: its words, event types, tie types, countries and regions."""

    words: set[str] = field(default_factory=set)
    event_types: set[str] = field(default_factory=set)
    tie_types: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)


def terms(text: str) -> Terms:
    """Returns the terms of a task's text (title, target, owner)."""
    found = words(text)
    return Terms(
        words=found,
        event_types=_named(text, found, EVENT_WORDS),
        tie_types=_named(text, found, TIE_WORDS),
        countries={m.code for m in Countries.load().find(text) if not m.ambiguous},
        regions=regions(text),
    )
