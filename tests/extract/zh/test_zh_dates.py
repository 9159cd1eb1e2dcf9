"""amity.extract.zh.dates: full, partial, relative and ranged Chinese dates against the report's date."""

from __future__ import annotations

from typing import Any

import pytest

from amity.extract.doc import Doc
from amity.extract.zh.dates import dates


def dates_of(text: str, published: str | None) -> tuple[str | None, list[tuple[Any, ...]]]:
    """Returns the report's date and (surface, start, end) of each date of the text."""
    doc = dates(Doc(text=text, published=published, lang="zh"))
    found = [(text[s.start : s.end], s.value, s.data["end"]) for s in doc.get("date")]
    return doc.published, found


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("2018年3月5日签署", None, [("2018年3月5日", "2018-03-05", None)]),
        ("二〇一八年三月五日", None, [("二〇一八年三月五日", "2018-03-05", None)]),
        ("3月5日至8日在京举行", "2018-06-01", [("3月5日至8日", "2018-03-05", "2018-03-08")]),
        ("3月5日至4月2日", "2018-06-01", [("3月5日至4月2日", "2018-03-05", "2018-04-02")]),
        ("5月12日-13日", "2014-05-06", [("5月12日-13日", "2014-05-12", "2014-05-13")]),
        ("2018年1月至6月", None, [("2018年1月至6月", "2018-01", "2018-06")]),
        ("今年5月上旬", "2018-06-01", [("今年5月上旬", "2018-05", None)]),
        ("去年,两市", "2018-06-01", [("去年", "2017", None)]),
        ("明年将互访", "2021-12-09", [("明年", "2022", None)]),
        ("8月2日晚", "2023-08-04", [("8月2日", "2023-08-02", None)]),
        ("2014年05月06日08:06", None, [("2014年05月06日", "2014-05-06", None)]),
        ("2019-04-27", None, [("2019-04-27", "2019-04-27", None)]),
        # no year anywhere: the date stays unresolved
        ("11月14日至16日,代表团。", None, [("11月14日至16日", None, None)]),
        # a bare day takes the month read before it
        (
            "9月14日访问。15日,会见",
            "2023-09-18",
            [("9月14日", "2023-09-14", None), ("15日", "2023-09-15", None)],
        ),
        # a year named earlier dates later yearless days when the report has no date
        (
            "2021年12月9日举行。明年将组织",
            None,
            [("2021年12月9日", "2021-12-09", None), ("明年", "2022", None)],
        ),
        ("结好42年来", "2020-01-01", []),
        ("第3届", None, []),
    ],
)
def test_dates(text: str, published: str | None, expected: list[tuple[Any, ...]]) -> None:
    assert dates_of(text, published)[1] == expected


def test_same_day_is_the_last_full_date() -> None:
    _, found = dates_of("2024年1月10日出征。同日,捐赠物资。", None)
    assert found[-1] == ("同日", "2024-01-10", None)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("中新网5月21日电 据报道,2010年首批学生访日。", "2010-05-21"),
        ("中新网5月21日电 据报道,首批学生访日。", None),  # no year: no date
        ("新华社西安5月20日电 论坛开幕。", None),
    ],
)
def test_dateline_without_year(text: str, published: str | None) -> None:
    assert dates_of(text, None)[0] == published
