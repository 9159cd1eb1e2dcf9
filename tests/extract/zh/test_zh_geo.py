"""amity.extract.zh.geo and text: countries, compounds, places and the folded view."""

from __future__ import annotations

import pytest

from amity.extract.doc import Doc
from amity.extract.zh.geo import countries, country_of_place, places
from amity.extract.zh.text import fold


def test_fold_keeps_offsets() -> None:
    text = "綜述:“友城外交”助力中國，１２３ 長野"
    view = fold(text)
    assert len(view) == len(text)
    assert view == "综述:“友城外交”助力中国,123 长野"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("中国与南非", ["CN", "ZA"]),
        ("中國與毛裏求斯", ["CN", "MU"]),
        ("中日友协会长", ["CN", "JP"]),
        ("日中友好会馆", ["JP", "CN"]),
        ("来华出席", ["CN"]),
        ("中方愿与日方一道", ["CN", "JP"]),
        ("驻日大使馆", ["JP"]),
        # not countries: "其中日本" has one, "南方" and "双方" none, "中美洲" is no pair
        ("其中日本代表", ["JP"]),
        ("南方和双方", []),
        ("中老年人", []),
    ],
)
def test_countries(text: str, codes: list[str]) -> None:
    doc = countries(Doc(text=text, lang="zh"))
    assert [s.value for s in doc.get("country")] == codes


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("石家庄市与日本长野市缔结", [("石家庄市", "CN"), ("长野市", "JP")]),
        ("论坛在苏丹首都喀土穆举办", [("喀土穆", "SD")]),
        ("訪問長野市", [("長野市", "JP")]),
        # common words and names of people are not places
        ("青年联合会副会长长白山", []),
    ],
)
def test_places(text: str, found: list[tuple[str, str]]) -> None:
    doc = places(countries(Doc(text=text, lang="zh")))
    assert [(text[s.start : s.end], s.data["country"]) for s in doc.get("place")] == found


@pytest.mark.parametrize(
    ("name", "code"),
    [("长野市", "JP"), ("惠灵顿学院", "NZ"), ("厦门第一中学", "CN"), ("不存在的地方", None)],
)
def test_country_of_place(name: str, code: str | None) -> None:
    assert country_of_place(name) == code
