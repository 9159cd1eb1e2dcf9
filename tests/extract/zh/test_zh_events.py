"""amity.extract.zh.events: cue words, dates, places, head counts, organizers, pointing back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

FIELDS = ("type", "start", "end", "city", "country", "participants")


def events_of(
    zh: Callable[..., dict[str, Any]], text: str, published: str | None
) -> list[tuple[Any, ...]]:
    return [tuple(e[f] for f in FIELDS) for e in zh(text, published)["events"]]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("长野市友好协会访华团一行于8月2日访问我市。", "2023-08-04", [("visit", "2023-08-02", None, None, "CN", None)]),
        ("论坛将于5月12日至13日在苏丹首都喀土穆举办。", "2014-05-06",
         [("forum", "2014-05-12", "2014-05-13", "喀土穆", "SD", None)]),
        ("2024年1月10日,湖南省第24批援塞拉利昂医疗队在长沙举行出征仪式。", None,
         [("volunteering", "2024-01-10", None, "长沙", "CN", None)]),
        ("7月下旬,新西兰中学生代表团一行25人抵达厦门,参加“汉语桥”夏令营。", "2024-08-02",
         [("visit", "2024-07", None, "厦门", "CN", 25), ("training", "2024-07", None, "厦门", "CN", None)]),
        ("6月,省友协在苏州举办青年领袖对话会,来自澳大利亚7个州的40名青年代表参加。", "2023-12-31",
         [("meeting", "2023-06", None, "苏州", "CN", 40)]),
        ("2023年3月,“欢乐春节·天津文化周”在日本神户市举行。", None,
         [("culture", "2023-03", None, "神户市", "JP", None)]),
        ("同年9月,两市签署友好城市协议,并举行签约仪式。", "2019-12-01",
         [("signing", "2019-09", None, None, None, None)]),
        # two signings of a forum, each with its parties, date and place from the forum
        ("2023年7月4日,论坛在青岛开幕。论坛期间,青岛市与瓜达尔市签署了意向书,潍坊市与阿克托别市签署了备忘录。", None,
         [("forum", "2023-07-04", None, "青岛", "CN", None), ("signing", "2023-07", None, "青岛", "CN", None),
          ("signing", "2023-07", None, "青岛", "CN", None)]),
        ("1月15日至20日,青少年冰雪交流营在哈尔滨举行。开营当天,副市长孙喆会见了带队教师。", "2024-01-22",
         [("training", "2024-01-15", "2024-01-20", "哈尔滨", "CN", None), ("meeting", "2024-01-15", None, "哈尔滨", "CN", None)]),
        # a theme year
        ("今年是中日青少年交流促进年。", "2019-04-27", [("other", "2019", None, None, None, None)]),
        # no exchange, no event: a job fair, an anniversary, a statistic, a trainee
        ("3月2日,市人社局举办春季招聘会。", "2024-03-05", []),
        ("对爱知县日中友好协会成立70周年表示祝贺。", "2023-11-20", []),
        ("2023年,省友协全年共接待来访外国团组86批。", None, []),
    ],
)  # fmt: skip
def test_events(
    zh: Callable[..., dict[str, Any]],
    text: str,
    published: str | None,
    expected: list[tuple[Any, ...]],
) -> None:
    assert events_of(zh, text, published) == expected


def test_a_later_dated_mention_completes_a_named_event(zh: Callable[..., dict[str, Any]]) -> None:
    text = (
        "5月5日,第三届中非民间论坛在京举行媒体吹风会。论坛将于5月12日至13日在苏丹首都喀土穆举办。"
    )
    events = zh(text, "2014-05-06")["events"]
    assert [(e["title"], e["start"], e["city"]) for e in events] == [
        ("第三届中非民间论坛", "2014-05-12", "喀土穆")
    ]
    assert text[events[0]["span"][0] : events[0]["span"][1]].startswith("论坛将于")


def test_organizers_and_late_head_count(zh: Callable[..., dict[str, Any]]) -> None:
    text = "5月19日晚,日中友好会馆、日本国际协力中心在东京举办酒会。各界代表约500人出席了酒会。"
    events = zh(text, "2010-05-21")["events"]
    assert [(e["type"], e["organizers"], e["participants"]) for e in events] == [
        ("meeting", ["日中友好会馆", "日本国际协力中心"], 500)
    ]


def test_meeting_guests_are_not_a_second_visit(zh: Callable[..., dict[str, Any]]) -> None:
    text = "代表团一行8人于9月14日访问青岛。15日上午,副主任张明会见了代表团。"
    types = [e["type"] for e in zh(text, "2023-09-18")["events"]]
    assert types == ["visit", "meeting"]
