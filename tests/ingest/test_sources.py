"""Walking files, folders and globs; reading files under the size limit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from amity.errors import InputError
from amity.ingest.sources import Item, WalkCounts, iter_items, read_file


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """Returns a folder with reports, hidden files, unknown types and a subfolder."""
    files = {
        "b.txt": "b",
        "a.md": "a",
        "page.html": "p",
        "image.png": "x",
        ".hidden.txt": "h",
        "sub/c.pdf": "c",
        "sub/deeper/d.docx": "d",
        "sub/notes.csv": "n",
        ".git/config.txt": "g",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def names(items: list[Item], root: Path) -> list[str]:
    """Returns the items' paths relative to root."""
    return [os.path.relpath(item.name, root) for item in items]


def test_folder_walk_skips_hidden_and_unknown_but_counts_them(tree: Path) -> None:
    counts = WalkCounts()
    items = list(iter_items([tree], counts))
    assert names(items, tree) == ["a.md", "b.txt", "page.html", "sub/c.pdf", "sub/deeper/d.docx"]
    assert counts.ignored == 4
    assert all(os.path.isabs(item.location) and item.error is None for item in items)


def test_glob_patterns_are_expanded(tree: Path) -> None:
    counts = WalkCounts()
    items = list(iter_items([str(tree / "**" / "*.txt"), str(tree / "sub" / "*")], counts))
    assert names(items, tree) == ["b.txt", "sub/c.pdf", "sub/deeper/d.docx"]
    assert counts.ignored == 1


def test_named_file_of_unknown_type_is_kept(tree: Path) -> None:
    items = list(iter_items([tree / "image.png"], WalkCounts()))
    assert names(items, tree) == ["image.png"]


@pytest.mark.parametrize(
    ("arg", "message"),
    [("missing.txt", "no such file or folder"), ("nothing-*.txt", "the pattern matches no file")],
)
def test_missing_paths_become_failed_items(tmp_path: Path, arg: str, message: str) -> None:
    path = str(tmp_path / arg)
    [item] = list(iter_items([path], WalkCounts()))
    assert item.error == f"{path}: {message}"


def test_walk_is_lazy(tree: Path) -> None:
    items = iter_items([tree], WalkCounts())
    first = next(items)
    assert first.name.endswith("a.md")
    (tree / "sub" / "late.txt").write_text("late", encoding="utf-8")
    assert any(item.name.endswith("late.txt") for item in items)


def test_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text("r", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert names(list(iter_items([tmp_path], WalkCounts())), tmp_path) == ["r.txt"]


def test_read_file_under_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(b"x" * 100)
    assert read_file(str(path), "r.txt", 100) == b"x" * 100


def test_read_file_over_the_limit_is_rejected_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(3 * 1024 * 1024 * 1024)  # sparse: reading it whole would be slow
    with pytest.raises(
        InputError, match=r"^huge\.txt: 3072\.0 MB is over the size limit of 1\.0 MB"
    ):
        read_file(str(path), "huge.txt", 1024 * 1024)


def test_unreadable_file_gives_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^gone\.txt: cannot read the file"):
        read_file(str(tmp_path / "gone.txt"), "gone.txt", 100)
