"""Countries and places in Chinese text: full names, compounds ("中日", "访华") and gazetteer names.

The registry's country table already holds Chinese names; it is matched on the folded view
so that traditional script ("中國") counts too. Places come from the Chinese, Japanese and
Korean-Han names of the GeoNames gazetteer (amity/data/gazetteer.tsv.gz), folded the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from amity.extract.doc import Doc, Span
from amity.extract.zh.lexicon import ABBREV
from amity.extract.zh.text import fold, is_han, simple

# Words after a pair of country abbreviations that make it a bilateral compound ("中日友协").
COMPOUND_HEADS = (
    "友协 友好 关系 两国 双方 合作 交流 建交 青少年 青年 友城 民间 经贸 人文 邦交 人民 战略 领导人"
    " 政府 企业 地方 城市 论坛 协会 人员 文化 大学 议会 联合 边境 友谊 外交 首脑 学生 媒体 旅游"
    " 教育 科技 经济 贸易 商会 学会 邦 联谊"
).split()
_PAIR_CHARS = "".join(ABBREV)
PAIR = re.compile(
    f"(?<![{_PAIR_CHARS}其之当集空])([{_PAIR_CHARS}])([{_PAIR_CHARS}])(?=({'|'.join(COMPOUND_HEADS)}))"
)
SIDE = re.compile("(?<![双各多地南北东西前后左右对])([中日韩朝俄美英法德澳印巴哈越柬泰蒙菲])方")
TRAVEL = re.compile(
    "(?:访|驻|赴|抵|来|在|旅|离|返)(华)|(?:访|驻|赴|抵)([日韩朝俄美英法德澳印越泰蒙])"
)
PLACE_SUFFIXES = (
    "特别行政区",
    "广域市",
    "特别市",
    "自治区",
    "自治州",
    "自治县",
    "市",
    "县",
    "省",
    "州",
    "区",
    "府",
    "道",
    "都",
)
# Two-character place names that are mostly common words in Chinese prose.
COMMON_WORDS = set(
    "合作 和平 东方 开放 新城 长安 太平 安全 中心 发展 国际 友好 交流 人民 文化 城市 新区 中华 大同"
    " 光明 团结 胜利 前进 建设 民主 自由 共和 阳光 未来 世界 东京湾 成功 永安 长寿 吉利 安定 和顺"
    " 富民 兴业 向阳 红旗 东风 西湖 中山路 双方 两国 本市 我市 全国 上海路 中央 地方 当地 首都"
    " 海外 南方 北方 友谊 万里 长城 中部 南部 北部 西部 东部 中方 日方 文明 和谐 大学 公园 广场"
    " 宝山 金山 青山 白山 通化 新华 新闻 共青 平安 福山 龙山 华山 江山 天下 天山 黄山 高山 南山"
    " 城区 市区 县城 青年 联合 少年 儿童 中学 同志 部长 会长 主任 干部 工作 事业 经济 社会 政治 企业 集团"
    " 城区 市区 县城 乡村 北京路 清华 河南 河北 湖南 湖北 山东 山西 广东 广西".split()
) - set("河南 河北 湖南 湖北 山东 山西 广东 广西 黄山 通化 宝山 金山 天山".split())
MIN_SHORT_POPULATION = 50_000
# Characters after which a two-character place name may start (a verb, a preposition, 的...).
OPENERS = set("在于与和及赴访到至从由是的了为往抵自经任驻问达向同对离返来去都社网报电")


def countries(doc: Doc) -> Doc:
    """Fills "country" mentions: names of the country table and Chinese compounds and sides."""
    from amity.registry.countries import Countries

    view = simple(doc)
    found = [
        Span(
            m.start,
            m.end,
            "country",
            m.code,
            {"kind": m.kind, "surface": doc.text[m.start : m.end]},
        )
        for m in Countries.load().find(view)
    ]
    taken = bytearray(len(view) + 1)
    for s in found:
        taken[s.start : s.end] = b"\x01" * (s.end - s.start)
    found.extend(s for s in abbreviations(view) if not taken[s.start])
    doc.add("country", found)
    return doc


def abbreviations(view: str) -> Iterator[Span]:
    """Yields the countries written as one-character abbreviations in compounds."""
    for m in PAIR.finditer(view):
        for i in (1, 2):
            if m.group(i) != m.group(3 - i):
                yield Span(m.start(i), m.end(i), "country", ABBREV[m.group(i)], {"kind": "abbrev"})
    for m in SIDE.finditer(view):
        yield Span(m.start(1), m.end(1), "country", ABBREV[m.group(1)], {"kind": "side"})
    for m in TRAVEL.finditer(view):
        group = 1 if m.group(1) else 2
        yield Span(
            m.start(group), m.end(group), "country", ABBREV[m.group(group)], {"kind": "abbrev"}
        )


@dataclass(frozen=True, slots=True)
class ZhPlace:
    """A gazetteer place as the Chinese finder knows it."""

    name: str
    country: str
    kind: str
    population: int
    lat: float | None
    lon: float | None
    geonames_id: int


def _han_names(names: str) -> Iterator[str]:
    """Yields the folded Han-only names of a gazetteer names field, with suffix-less forms."""
    for raw in names.split("|"):
        if not raw or not all(is_han(ch) for ch in raw):
            continue
        name = fold(raw)
        yield name
        for suffix in PLACE_SUFFIXES:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                yield name[: -len(suffix)]
                break


@cache
def place_table() -> dict[str, tuple[ZhPlace, ...]]:
    """Returns folded Han name -> places, most populous first (read once per process)."""
    from amity.registry.countries import data_path
    from amity.registry.gazetteer import read_rows

    table: dict[str, list[ZhPlace]] = {}
    for row in read_rows(data_path("gazetteer.tsv.gz")):
        if not row[9] or row[1] not in ("city", "admin1"):
            continue
        place = ZhPlace(
            row[2], row[3], row[1], int(row[7] or 0),
            float(row[5]) if row[5] else None, float(row[6]) if row[6] else None, int(row[0]),
        )  # fmt: skip
        for name in set(_han_names(row[9])):
            if len(name) >= 2 and name not in COMMON_WORDS:
                table.setdefault(name, []).append(place)
    return {k: tuple(sorted(v, key=lambda p: -p.population)) for k, v in table.items()}


@cache
def place_automaton() -> Any:
    """Returns the Aho-Corasick automaton of place_table's names."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for name, places in place_table().items():
        if (
            len(name) > 2
            or places[0].population >= MIN_SHORT_POPULATION
            or places[0].kind == "admin1"
        ):
            auto.add_word(name, (name, places))
    auto.make_automaton()
    return auto


def find_places(view: str) -> list[tuple[int, int, tuple[ZhPlace, ...]]]:
    """Returns (start, end, places) of the place names in a folded text, longest first."""
    from amity.registry.matching import longest_first

    auto = place_automaton()
    spans = [(end + 1 - len(name), end + 1, places) for end, (name, places) in auto.iter(view)]
    return longest_first(spans)


def places(doc: Doc) -> Doc:
    """Fills "place" mentions from Chinese place names; the report's countries break ties."""
    view = simple(doc)
    taken = bytearray(len(view) + 1)
    for c in doc.get("country"):
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    named = {str(c.value) for c in doc.get("country")}
    found = []
    last_end = -1
    for start, end, cands in find_places(view):
        if taken[start] or taken[end - 1] or not _opens(view, start, end, taken, last_end):
            continue
        last_end = end
        local = [p for p in cands if p.country in named]
        best = (local or list(cands))[0]
        data = {"country": best.country, "lat": best.lat, "lon": best.lon, "kind": best.kind}
        data.update(geonames_id=best.geonames_id, population=best.population)
        found.append(Span(start, end, "place", doc.text[start:end], data))
    doc.add("place", found)
    return doc


def _opens(view: str, start: int, end: int, taken: bytearray, last_end: int) -> bool:
    """Returns True if a place name starts a word: long, or after a break, an opener or a name."""
    if end - start > 3 or start == 0:
        return True
    before = view[start - 1]
    return not is_han(before) or before in OPENERS or bool(taken[start - 1]) or last_end == start


def country_of_place(name: str) -> str | None:
    """Returns the country of a Chinese place name (folded), or None if it is unknown."""
    key = fold(name)
    hits = place_table().get(key)
    if not hits:
        for suffix in PLACE_SUFFIXES:
            if key.endswith(suffix) and len(key) - len(suffix) >= 2:
                hits = place_table().get(key[: -len(suffix)])
                break
    if not hits:  # "厦门第一中学", "惠灵顿学院": a body named after its place
        for size in range(min(len(key) - 1, 6), 1, -1):
            hits = place_table().get(key[:size])
            if hits and (size > 2 or hits[0].population >= MIN_SHORT_POPULATION):
                break
    return hits[0].country if hits else None
