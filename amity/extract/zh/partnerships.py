"""Ties in Chinese reports: "A与B缔结友好城市关系", "A和B是姐妹城市", "A的友好城市B", "赴友城B",
"两市结好N周年", "A与B签署合作备忘录", "A加入B成为会员".
"""

from __future__ import annotations

import re
from typing import Any

from amity.extract.doc import Doc, Span
from amity.extract.zh.geo import country_of_place
from amity.extract.zh.home import home_place
from amity.extract.zh.lexicon import TIE_WORDS, cue_pattern, cue_types
from amity.extract.zh.text import simple
from amity.registry.countries import Countries

_PARTY = r"[^,;:。!?、\n]{2,24}?"
_TIE = "|".join(sorted({w for v in TIE_WORDS.values() for w in v.split()}, key=len, reverse=True))
VERBED = re.compile(
    rf"(?P<a>{_PARTY})(?:与|和|同|跟)(?P<b>{_PARTY})(?:两[市省县区地城国])?"
    rf"(?:正式|已经|已|先后|于[^,;。]{{1,12}}?|在[^,;。]{{1,12}}?)?(?:缔结|结为|结成|建立|签署|签订|确立|成为|互为|是|为)了?(?:正式|国际)?"
    rf"(?P<tie>{_TIE})"
)
OF_TIE = re.compile(
    rf"(?P<a>{_PARTY})的(?:国际)?(?P<tie>友好城市|友城|姐妹城市|友好省州|友好学校)(?P<b>[^,;。!?、\n]{{2,14}}?)(?=[,;。!?、\n]|$|举办|举行|访问|的|来|在|与)"
)
TO_TIE = re.compile(
    r"(?:赴|访问|到访|前往|抵达)(?:国际)?(?P<tie>友城|友好城市|姐妹城市)(?P<b>[^,;。!?、\n]{2,10}?)(?=参加|参观|出席|考察|访问|进行|,|。|$)"
)
PAIR_TIE = re.compile(
    r"两(?P<level>[市省县区州地]+)(?:正式)?(?:结好|缔结友好|结为友好|建立友好|友好城市关系|结为姐妹)"
)
MEMBER = re.compile(
    rf"(?P<a>{_PARTY})(?:正式)?(?:加入|入会|成为)(?P<b>[^,;。!?\n]{{2,30}}?)(?:的)?(?:正式)?(?:成员|会员)"
)
AGREEMENT = re.compile(
    rf"(?P<a>{_PARTY})(?:与|和|同)(?P<b>{_PARTY})(?:正式|已经|已|于[^,;。]{{1,12}}?|在[^,;。]{{1,12}}?)?(?:签署|签订|签约)了?(?P<what>[^,;。]{{0,24}}?)(?P<tie>合作协议|合作备忘录|谅解备忘录|备忘录|协议书|协议|意向书|协定)"
)
LEADING = re.compile(
    r"^(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|今年|去年|近日|日前|目前|此前|当天|随后|其中|在|于|经|由|还|并|也|已|已经|先后|正式)+"
)
DESCRIPTOR = re.compile("(?:第[一二三四五六七八九十]+大)?(?:港口)?(?:城市|首都|省会|首府)")
PLACE_NAME = re.compile(r"[\u4e00-\u9fff·\-]{1,12}?[市省县州区]")
NOT_NAME = re.compile(r"\d|共有|已|的|是|有|将|了|这|该|其|多次|表示|希望|认为")
NAME_END = re.compile(
    "(?:市|省|县|州|区|道|府|都|城|镇|村|岛|郡|会|馆|中心|大学|学院|学校|中学|小学|政府|集团|公司|组织|联盟|网络|协会|友协|委员会|基金会)$"
)
TRAILING = re.compile(r"(?:正式|已|已经|先后|于|在|两市|两省|两地|双方|分别)+$")


def party(doc: Doc, start: int, end: int) -> dict[str, Any] | None:
    """Returns {"name", "country"} of a party written at [start, end), or None if nothing is left."""
    view = simple(doc)
    seg = view[start:end]
    lead = LEADING.match(seg)
    if lead:
        start += lead.end()
    trail = TRAILING.search(view, start, end)
    if trail:
        end = trail.start()
    country = None
    for c in doc.in_range("country", start, end):
        if c.start == start and c.end < end:
            country, start = str(c.value), c.end  # "日本长野市": Japan's Nagano
        break
    name = view[start:end]
    if len(name) < 2 or not plausible(doc, name, start, end):
        return None
    home = re.fullmatch("(?:我|本)(市|省|区|县)", name)
    if home:
        place = home_place(doc, home.group(1))
        if place is None:
            return None
        return {"name": doc.text[place.start : place.end], "country": "CN"}
    country = (
        country
        or country_of_place(name)
        or Countries.load().code(name)
        or _inner_country(doc, start, end)
    )
    return {"name": doc.text[start:end], "country": country}


def plausible(doc: Doc, name: str, start: int, end: int) -> bool:
    """True if a party looks like a name: no verbs or counts, and a known place, a country, or a
    name ending like a place or a body."""
    if NOT_NAME.search(name):
        return False
    if (
        NAME_END.search(name)
        or doc.in_range("place", start, end)
        or doc.in_range("country", start, end)
    ):
        return True
    return country_of_place(name) is not None


def _inner_country(doc: Doc, start: int, end: int) -> str | None:
    found = doc.in_range("country", start, end)
    return str(found[0].value) if found else None


def tie_type(word: str) -> str:
    """Returns the partnership type of a tie word."""
    return cue_types("ties").get(word, "sister_city")


def _record(
    doc: Doc, kind: str, a: Any, b: Any, sent: Span, date: str | None
) -> dict[str, Any] | None:
    if not a or not b or a["name"] == b["name"]:
        return None
    return {
        "type": kind,
        "a": a,
        "b": b,
        "date": date,
        "span": [sent.start, sent.end],
        "confidence": 0.7,
    }


def _date(doc: Doc, sent: Span, pos: int) -> str | None:
    """Returns the date stated before pos in the sentence (when the tie was made), or None."""
    found = [d for d in doc.in_range("date", sent.start, pos) if d.value]
    return str(found[-1].value) if found else None


def from_sentence(doc: Doc, view: str, sent: Span) -> list[dict[str, Any] | None]:
    """Returns the ties one sentence states."""
    out: list[dict[str, Any] | None] = []
    for m in VERBED.finditer(view, sent.start, sent.end):
        a, b = party(doc, *m.span("a")), party(doc, *m.span("b"))
        out.append(_record(doc, tie_type(m.group("tie")), a, b, sent, _date(doc, sent, m.end())))
    for m in AGREEMENT.finditer(view, sent.start, sent.end):
        kind = tie_type(m.group("tie"))
        what = m.group("what")
        if cue_pattern("ties").search(what or ""):
            kind = tie_type(cue_pattern("ties").search(what).group())  # type: ignore[union-attr]
        a, b = party(doc, *m.span("a")), party(doc, *m.span("b"))
        out.append(_record(doc, kind, a, b, sent, _date(doc, sent, m.end())))
    for m in OF_TIE.finditer(view, sent.start, sent.end):
        out.append(
            _record(
                doc,
                tie_type(m.group("tie")),
                party(doc, *m.span("a")),
                party(doc, *m.span("b")),
                sent,
                None,
            )
        )
    for m in TO_TIE.finditer(view, sent.start, sent.end):
        first = _first_place(doc, sent, m.start())
        out.append(
            _record(doc, tie_type(m.group("tie")), party(doc, *m.span("b")), first, sent, None)
        )
    for m in MEMBER.finditer(view, sent.start, sent.end):
        a, b = party(doc, *m.span("a")), party(doc, *m.span("b"))
        out.append(_record(doc, "membership", a, b, sent, _date(doc, sent, m.end())))
    if not out:
        out.extend(_pair(doc, view, sent))
    return out


def _first_place(doc: Doc, sent: Span, before: int) -> dict[str, Any] | None:
    """Returns the party named first in a sentence, before a position: "X市市长...赴友城Y"."""
    view = simple(doc)
    lo = sent.start
    for c in doc.in_range("country", sent.start, before):
        lo = max(lo, c.end)
    word = DESCRIPTOR.search(view, lo, before)
    lo = word.end() if word else lo
    m = PLACE_NAME.search(view, lo, before)
    if m is not None:
        return party(doc, m.start(), m.end())
    places = doc.in_range("place", sent.start, before)
    return party(doc, places[0].start, places[0].end) if places else None


def _pair(doc: Doc, view: str, sent: Span) -> list[dict[str, Any] | None]:
    """Returns the tie of "两省县结好五周年": the report's own place and the foreign one it names most."""
    m = PAIR_TIE.search(view, sent.start, sent.end)
    if m is None:
        return []
    level = "省" if "省" in m.group("level") else "市"
    home = home_place(doc, level)
    foreign = [p for p in doc.get("place") if p.data.get("country") not in (None, "CN")]
    if home is None or not foreign:
        return []
    counts: dict[str, int] = {}
    for p in foreign:
        counts[doc.text[p.start : p.end]] = counts.get(doc.text[p.start : p.end], 0) + 1
    name = max(counts, key=lambda k: counts[k])
    country = next(str(p.data["country"]) for p in foreign if doc.text[p.start : p.end] == name)
    a = {"name": doc.text[home.start : home.end], "country": "CN"}
    return [_record(doc, "sister_city", a, {"name": name, "country": country}, sent, None)]


def partnerships(doc: Doc) -> Doc:
    """Fills the partnerships records, one per pair of parties and type."""
    view = simple(doc)
    seen: set[tuple[str, ...]] = set()
    out = []
    for sent in doc.sentences:
        for rec in from_sentence(doc, view, sent):
            if rec is None:
                continue
            key = (rec["type"], *sorted((rec["a"]["name"], rec["b"]["name"])))
            if key not in seen:
                seen.add(key)
                out.append(rec)
    doc.records["partnerships"] = out
    return doc
