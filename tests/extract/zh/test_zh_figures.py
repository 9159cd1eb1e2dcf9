"""amity.extract.zh.figures: stated counts of ties, members, countries and a year's work."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我国已与130多个国家建立了2800多对友好城市关系。",
         [("我国", "国家", 130, "more_than"), ("我国", "友好城市关系", 2800, "more_than")]),
        ("中国与南非的友城共有32对。", [("中国", "友城", 32, None)]),
        ("至此,联合会会员总数已达到237个,覆盖78个国家和地区。",
         [("联合会", "会员", 237, None), ("联合会", "国家和地区", 78, None)]),
        ("湖南已累计派出援外医疗队员600余人次。", [("湖南", "派出援外医疗队员", 600, "more_than")]),
        # a head count of one event is its participants, not a figure
        ("代表团一行8人访问青岛。", []),
        # money and jobs are no exchange figures
        ("共有320家企业提供就业岗位1.5万个。", []),
    ],
)  # fmt: skip
def test_figures(
    zh: Callable[..., dict[str, Any]], text: str, expected: list[tuple[Any, ...]]
) -> None:
    figures = zh(text)["figures"]
    assert [(f["subject"], f["metric"], f["value"], f["qualifier"]) for f in figures] == expected


def test_the_report_place_stands_for_全省(zh: Callable[..., dict[str, Any]]) -> None:
    text = "江苏省人民对外友好协会工作综述\n\n全年新缔结国际友好城市5对,全省国际友城总数达到382对。"
    figures = zh(text, None)["figures"]
    assert [(f["subject"], f["metric"], f["value"]) for f in figures] == [
        ("江苏省", "新缔结国际友好城市", 5),
        ("江苏省", "国际友城", 382),
    ]
