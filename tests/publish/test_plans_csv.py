"""Plan CSVs: columns in any order and separator, dates, numeric targets, one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from amity.errors import InputError
from amity.publish.plans_csv import count_of, due_date, read_tasks
from tests.publish.plans_samples import DATA


def test_key_tasks_read_in_order() -> None:
    tasks = read_tasks(DATA / "key_tasks.csv")
    assert [t["title"] for t in tasks] == [
        "Deepen youth exchanges with Japan",
        "Establish a new sister city in Africa",
        "Hold the Harbourton Culture Week",
        "Host an international youth forum",
    ]
    assert [t["target_count"] for t in tasks] == [2, 1, 1, 100]
    assert tasks[0] == {
        "title": "Deepen youth exchanges with Japan",
        "owner": "Education Bureau",
        "target": "2 exchanges with Japanese partners",
        "target_count": 2,
        "due": "2018-06-30",
        "status": "open",
    }


def test_semicolons_aliases_quotes_slashed_dates_and_months() -> None:
    tasks = read_tasks(DATA / "semicolons.csv")
    assert [(t["title"], t["due"], t["status"], t["target_count"]) for t in tasks] == [
        ("Train volunteers; then send a team", "2018-09-01", "open", 30),
        ("Sign a school agreement", "2018-10-31", "done", None),
    ]


def test_chinese_tasks() -> None:
    (task,) = read_tasks(DATA / "zh_tasks.csv")
    assert (task["title"], task["owner"], task["target_count"]) == (
        "深化与日本的青少年交流",
        "区教委",
        2,
    )


@pytest.mark.parametrize(
    ("target", "count"),
    [("3 delegations", 3), ("at least 2 visits", 2), ("two forums", 2), ("by 2019", None),
     ("50% more", None), ("before 2018-06", None), ("", None), ("one culture week", 1)],
)  # fmt: skip
def test_numeric_target_from_text(target: str, count: int | None) -> None:
    assert count_of(target) == count


@pytest.mark.parametrize(
    ("text", "iso"),
    [("2018-06-30", "2018-06-30"), ("2018/6/3", "2018-06-03"), ("2018-02", "2018-02-28"),
     ("2020-02", "2020-02-29"), ("", None)],
)  # fmt: skip
def test_due_dates(text: str, iso: str | None) -> None:
    assert due_date(text) == iso


BAD = [
    (b"", "the file is empty"),
    (b"  \n\n", "the file is empty"),
    (b"title,owner,target\nA,B,C\n", "row 1: missing column due"),
    (b"name,when\nA,2018\n", "row 1: missing columns title, owner, target, due"),
    (b"title,owner,target,due\n", "the file has a header but no tasks"),
    (b"title,owner,target,due\nA,B,C,2018-02-30\n", "row 2: bad due date '2018-02-30'"),
    (b"title,owner,target,due\nA,B,C,2018-06-01\n,B,C,2018-06-01\n", "row 3: a task needs a title"),
    (b"title,owner,target,due\nA,B,C,2018-06-01,extra\n", "row 2: 5 fields but the header has 4"),
    (b"title,owner,target,due,status\nA,B,C,,soon\n", "row 2: bad status 'soon'"),
    (b"title,owner,target,due,target_count\nA,B,C,,-2\n", "row 2: bad numeric target -2"),
    (b"%PDF-1.4\x00\x01\x02binary", "this is a binary file, not CSV text"),
    ("title,owner,target,due\nCafé,B,C,\n".encode("latin-1"), "row 2: not UTF-8 text (byte 27)"),
    (b"\xff\xfet\x00i\x00\x00\xd8", "broken UTF-16 text"),
]


@pytest.mark.parametrize(("data", "message"), BAD)
def test_bad_csv_is_one_line_naming_file_row_and_problem(
    tmp_path: Path, data: bytes, message: str
) -> None:
    path = tmp_path / "plan.csv"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_tasks(path)
    text = str(caught.value)
    assert text.startswith(f"{path}: ") and message in text
    assert "\n" not in text


def test_missing_file_and_folder(tmp_path: Path) -> None:
    for path in (tmp_path / "absent.csv", tmp_path):
        with pytest.raises(InputError, match="no such file"):
            read_tasks(path)


def test_utf16_and_bom_are_read(tmp_path: Path) -> None:
    text = "title,owner,target,due\nVisit Kraków,Office,1 visit,2018-05-01\n"
    for encoding in ("utf-16", "utf-8-sig"):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(text.encode(encoding))
        assert read_tasks(path)[0]["title"] == "Visit Kraków"
