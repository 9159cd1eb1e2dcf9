"""amity.extract.zh.numbers: Arabic and Chinese numerals, qualifiers and measure words."""

from __future__ import annotations

from typing import Any

import pytest

from amity.extract.doc import Doc
from amity.extract.zh.dates import dates
from amity.extract.zh.numbers import numbers, parse_chinese


@pytest.mark.parametrize(
    ("text", "value"),
    [("三", 3), ("十", 10), ("十五", 15), ("二十三", 23), ("一百零五", 105), ("三万", 30000),
     ("两千八百", 2800), ("二〇一八", 2018), ("一亿", 100_000_000)],
)  # fmt: skip
def test_parse_chinese(text: str, value: int) -> None:
    assert parse_chinese(text) == value


def numbers_of(text: str) -> list[tuple[Any, ...]]:
    """Returns (value, qualifier, unit) of each count of the text."""
    doc = numbers(dates(Doc(text=text, published="2020-01-01", lang="zh")))
    return [(n.value, n.data["qualifier"], n.data["unit"]) for n in doc.get("number")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("代表团一行三名", [(3, None, "名")]),
        ("十余人参加", [(10, "more_than", "人")]),
        ("300余人出席", [(300, "more_than", "人")]),
        ("建立了2800多对友好城市关系", [(2800, "more_than", "对")]),
        ("百余位代表参会", [(100, "more_than", "位")]),
        ("近千人", [(1000, "nearly", "人")]),
        ("约500人出席", [(500, "about", "人")]),
        ("共有2,526对", [(2526, None, "对")]),
        ("就业岗位1.5万个", [(15000, None, "个")]),
        ("20多个国家", [(20, "more_than", "个")]),
        # not counts: the whole group, an idiom, both parties, ordinals, dates
        ("代表团一行抵达", []),
        ("“一带一路”倡议", []),
        ("两国关系", []),
        ("第二届论坛", []),
        ("2018年3月5日", []),
    ],
)
def test_numbers(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert numbers_of(text) == expected
