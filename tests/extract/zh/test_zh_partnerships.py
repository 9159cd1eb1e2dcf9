"""amity.extract.zh.partnerships: ties, friendly schools, agreements and memberships."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def ties_of(zh: Callable[..., dict[str, Any]], text: str) -> list[tuple[Any, ...]]:
    out = []
    for p in zh(text, "2024-08-02")["partnerships"]:
        out.append(
            (
                p["type"],
                p["a"]["name"],
                p["a"]["country"],
                p["b"]["name"],
                p["b"]["country"],
                p["date"],
            )
        )
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1981年,石家庄市与日本长野市正式缔结友好城市关系。",
         [("sister_city", "石家庄市", "CN", "长野市", "JP", "1981")]),
        ("厦门与惠灵顿1987年结为友好城市。", [("sister_city", "厦门", "CN", "惠灵顿", "NZ", "1987")]),
        ("青岛与大邱自1993年结为友好城市以来,交流不断。", [("sister_city", "青岛", "CN", "大邱", "KR", "1993")]),
        ("厦门第一中学与惠灵顿学院去年缔结为友好学校。",
         [("school", "厦门第一中学", "CN", "惠灵顿学院", "NZ", "2023")]),
        ("云南大学与美国威斯康星大学麦迪逊分校签署了学术交流与合作协议。",
         [("agreement", "云南大学", "CN", "威斯康星大学麦迪逊分校", "US", None)]),
        ("云南省与美国威斯康星州签署友好省州合作备忘录。",
         [("agreement", "云南省", "CN", "威斯康星州", "US", None)]),
        ("访问日本,出席了江苏—爱知友好省县结好纪念活动。", [("sister_city", "江苏", "CN", "爱知", "JP", None)]),
        # counted ties are figures, not partnerships
        ("中国与南非的友城共有32对。", []),
        ("成都已与全球41个国家的110多个城市建立了友好城市关系。", []),
    ],
)  # fmt: skip
def test_ties(
    zh: Callable[..., dict[str, Any]], text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert ties_of(zh, text) == expected


def test_new_members_of_a_network(zh: Callable[..., dict[str, Any]]) -> None:
    text = (
        "世界旅游城市联合会第十二次理事会在北京召开。"
        "会议通过了接纳巴西里约热内卢市、泰国清迈市等12个城市成为联合会新会员的决定。"
    )
    assert ties_of(zh, text) == [
        ("membership", "里约热内卢市", "BR", "世界旅游城市联合会", None, None),
        ("membership", "清迈市", "TH", "世界旅游城市联合会", None, None),
    ]


def test_the_text_dates_a_tie_its_headline_named(zh: Callable[..., dict[str, Any]]) -> None:
    text = "成都市与意大利帕多瓦市缔结友好城市关系\n\n2024年6月12日,成都市与意大利帕多瓦市正式缔结友好城市关系。"
    assert [t[-1] for t in ties_of(zh, text)] == ["2024-06-12"]
