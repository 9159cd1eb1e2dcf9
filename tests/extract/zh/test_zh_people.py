"""amity.extract.zh.people: titles before and after names, chains, lists, foreign names."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

FIELDS = ("name", "title", "organization", "country")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # body, title, name
        ("湖北省副省长赵海山出席论坛。", [("赵海山", "副省长", "湖北省", "CN")]),
        ("全国青联副主席汪鸿雁会见了代表团。", [("汪鸿雁", "副主席", "全国青联", "CN")]),
        # a rank before the title
        ("15日,省外办二级巡视员黄国平会见了代表团。", [("黄国平", "二级巡视员", "省外办", "CN")]),
        # the name before the title
        ("中日友协唐家璇会长会见了客人。", [("唐家璇", "会长", "中日友协", "CN")]),
        # titles joined by 兼, a name with ·, the country of the clause
        (
            "老挝党中央政治局委员、万象市委书记兼市长辛拉冯·库派吞率团访京。",
            [("辛拉冯·库派吞", "市委书记兼市长", "万象", "LA")],
        ),
        # a list of names after one title
        ("日本部副主任朱丹、程海波等在座。", [("朱丹", "副主任", "日本部", "CN"), ("程海波", "副主任", "日本部", "CN")]),
        # an ambassador: 驻华 belongs to the title, the country to the person
        ("日本驻华大使横井裕出席。", [("横井裕", "驻华大使", None, "JP")]),
        # a Japanese name of five characters ends at the clause mark; the body is Japanese
        ("日中协会理事长白西绅一郎、日中友好会馆理事长村上立躬等出席。",
         [("白西绅一郎", "理事长", "日中协会", "JP"), ("村上立躬", "理事长", "日中友好会馆", "JP")]),
        # an international body: no country
        ("联合国秘书长潘基文将发表视频致辞。", [("潘基文", "秘书长", "联合国", None)]),
        # honorifics and verbs end the name
        ("市友协副会长温蒙同志首先致辞。", [("温蒙", "副会长", "市友协", "CN")]),
        # traditional script, names kept as written
        ("中國國際友好城市聯合會副秘書長劉遷表示。", [("劉遷", "副秘書長", "中國國際友好城市聯合會", "CN")]),
        # a title with no name after it is no person
        ("研修生代表共同出席了会谈。", []),
        ("唐会长欢迎二阶来华。", []),
    ],
)  # fmt: skip
def test_people(
    zh: Callable[..., dict[str, Any]], text: str, expected: list[tuple[Any, ...]]
) -> None:
    people = zh(text)["people"]
    assert [tuple(p[f] for f in FIELDS) for p in people] == expected


def test_one_record_per_name(zh: Callable[..., dict[str, Any]]) -> None:
    people = zh("市长王凤朝致辞。王凤朝表示欢迎。市长王凤朝出席。")["people"]
    assert [p["name"] for p in people] == ["王凤朝"]
