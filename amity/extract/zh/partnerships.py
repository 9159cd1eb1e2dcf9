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
_WHEN = r"(?:去年|今年|前年|(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?)"
_TIE = "|".join(sorted({w for v in TIE_WORDS.values() for w in v.split()}, key=len, reverse=True))
VERBED = re.compile(
    rf"(?P<a>{_PARTY})(?:与|和|同|跟)(?P<b>{_PARTY})(?:两[市省县区地城国])?"
    rf"(?:正式|已经|已|先后|于[^,;。]{{1,12}}?|在[^,;。]{{1,12}}?|自[^,;。]{{1,12}}?|{_WHEN})?(?:缔结为|缔结|结为|结成|建立|签署|签订|确立|成为|互为|是|为)了?(?:正式|国际)?"
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
    "(?:市|省|县|州|区|道|府|都|城|镇|村|岛|郡|会|馆|中心|大学|学院|学校|中学|小学|分校|研究院|研究所"
    "|医院|政府|集团|公司|组织|联盟|网络|协会|友协|委员会|基金会)$"
)
TRAILING = re.compile(
    r"(?:正式|已|已经|先后|于|在|自|两市|两省|两地|双方|分别|去年|今年|前年|新|"
    r"(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?)+$"
)
DASH_TIE = re.compile(
    rf"(?P<a>[\u4e00-\u9fff]{{2,8}})[—–-](?P<b>[\u4e00-\u9fff]{{2,8}}?)(?P<tie>{_TIE}|友好省县)"
)
MEMBER_LIST = re.compile(
    r"(?:接纳|吸纳|吸收|欢迎)(?P<a>[^,;。!?\n]{2,60}?)(?:等[^,;。]{0,16}?)?(?:正式)?(?:加入|成为)"
    r"(?P<b>[^,;。!?\n]{2,30}?)(?:的)?(?:正式|新)?(?:成员|会员)"
)
ANY_TIE = re.compile(f"{_TIE}|友好省县|成员|会员|协议|备忘录|意向书|协定|结好|结为|缔结")
DASH_CUT = re.compile("了|的|在|出席|参加|举办|举行|与|和|是|为")
AGREEMENT_WORD = re.compile("(?:关系)?合作(?:备忘录|协议|意向书|协定)")
SHORT_BODY = ("联合会", "协会", "友协", "联盟", "委员会", "基金会", "组织")


def party(doc: Doc, start: int, end: int, loose: bool = False) -> dict[str, Any] | None:
    """Returns {"name", "country"} of a party written at [start, end), or None if nothing is left.

    Loose: any words will do as a name (the tie word around them says they are a party)."""
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
    if len(name) < 2 or not (loose or plausible(doc, name, start, end)):
        return None
    full = expand(view, name, start)
    if full is not None:
        return {"name": doc.text[full[0] : full[1]], "country": _inner_country(doc, *full)}
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


def expand(view: str, name: str, before: int) -> tuple[int, int] | None:
    """Returns the span of the full name a short one ("联合会") stands for, written earlier
    at the start of a line or sentence ("世界旅游城市联合会..."), or None."""
    if name not in SHORT_BODY:
        return None
    full = re.compile(rf"(?:^|(?<=[\n,。]))(?:[\d年月日]+,)?([\u4e00-\u9fff]{{2,12}}{name})", re.M)
    m = full.search(view, 0, before)
    return m.span(1) if m else None


def _inner_country(doc: Doc, start: int, end: int) -> str | None:
    found = doc.in_range("country", start, end)
    return str(found[0].value) if found else None


def tie_type(word: str, after: str = "") -> str:
    """Returns the partnership type of a tie word; "友好省州合作备忘录" is an agreement."""
    if AGREEMENT_WORD.match(after):
        return "agreement"
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
    if ANY_TIE.search(view, sent.start, sent.end) is None:
        return out  # most sentences name no tie: skip the costly patterns
    for m in VERBED.finditer(view, sent.start, sent.end):
        a, b = party(doc, *m.span("a")), party(doc, *m.span("b"))
        kind = tie_type(m.group("tie"), view[m.end() : m.end() + 8])
        out.append(_record(doc, kind, a, b, sent, _date(doc, sent, m.end())))
    for m in DASH_TIE.finditer(view, sent.start, sent.end):
        out.append(_dash_tie(doc, view, m, sent))
    for m in MEMBER_LIST.finditer(view, sent.start, sent.end):
        b = party(doc, *m.span("b"))
        for s, e in _items(view, *m.span("a")):
            out.append(
                _record(doc, "membership", party(doc, s, e), b, sent, _date(doc, sent, m.end()))
            )
    for m in AGREEMENT.finditer(view, sent.start, sent.end):
        kind = tie_type(m.group("tie"))
        named = cue_pattern("ties").search(m.group("what") or "")
        rest = m.group("what")[named.end() :] + m.group("tie") if named else ""
        if named is not None and not rest.startswith("合作"):
            kind = tie_type(named.group())  # "友好城市关系协议书" makes a sister city
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


def _dash_tie(doc: Doc, view: str, m: re.Match[str], sent: Span) -> dict[str, Any] | None:
    """Returns the tie of "江苏—爱知友好省县": a party of unknown country takes the foreign
    country its sentence names when the other party is Chinese."""
    lo = m.start("a")
    for cut in DASH_CUT.finditer(view, lo, m.end("a")):
        lo = cut.end()
    a, b = party(doc, lo, m.end("a"), loose=True), party(doc, *m.span("b"), loose=True)
    if not a or not b:
        return None
    foreign = [
        str(c.value) for c in doc.in_range("country", sent.start, sent.end) if c.value != "CN"
    ]
    for one, other in ((a, b), (b, a)):
        if one["country"] is None and other["country"] == "CN" and foreign:
            one["country"] = foreign[0]
    return _record(doc, "sister_city", a, b, sent, None)


def _items(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Returns the spans of the items of a list written with 、 and 和."""
    out, pos = [], start
    for part in re.split("[、和及]", view[start:end]):
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return [(s, e) for s, e in out if e - s >= 2]


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
    b = {"name": name, "country": country}
    return [_record(doc, "sister_city", a, b, sent, _date(doc, sent, m.start()))]


def partnerships(doc: Doc) -> Doc:
    """Fills the partnerships records, one per pair of parties and type."""
    view = simple(doc)
    seen: dict[tuple[str, ...], dict[str, Any]] = {}
    out = []
    for sent in doc.sentences:
        for rec in from_sentence(doc, view, sent):
            if rec is None:
                continue
            key = (rec["type"], *sorted((rec["a"]["name"], rec["b"]["name"])))
            if key not in seen:
                seen[key] = rec
                out.append(rec)
            elif rec["date"] and not seen[key]["date"]:  # the headline named it, the text dates it
                seen[key].update(date=rec["date"], span=rec["span"])
    doc.records["partnerships"] = out
    return doc
