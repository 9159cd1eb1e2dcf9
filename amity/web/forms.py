"""Corrections from a form or JSON: field values typed, only the changed fields kept."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from amity.errors import InputError
from amity.records import FIELDS
from amity.store.rows import country, party

_LIST_SPLIT = re.compile(r"\s*[;\n]\s*")
_CODES_SPLIT = re.compile(r"[\s,;]+")


def _text(value: Any) -> str | None:
    """Returns a form value stripped, None when empty."""
    value = str(value or "").strip()
    return value or None


def _number(value: Any, name: str, whole: bool) -> int | float | None:
    """Returns a form value as a number, None when empty; raises InputError if not numeric."""
    raw = _text(value)
    if raw is None:
        return None
    try:
        number = float(raw.replace(",", ""))
    except ValueError as exc:
        raise InputError(f"{name} {raw!r} is not a number", "give digits only") from exc
    return int(number) if whole else number


def _code(value: Any, name: str) -> str | None:
    """Returns an ISO country code from a form value, None when empty."""
    raw = _text(value)
    if raw is None:
        return None
    code = country(raw)
    if code is None:
        raise InputError(f"{name} {raw!r} is not a country code", "give two letters, e.g. FR")
    return code


def _side(form: Mapping[str, Any], side: str) -> dict[str, Any]:
    """Returns a partnership side from the <side>_name and <side>_country fields."""
    return {
        "name": _text(form.get(f"{side}_name")),
        "country": _code(form.get(f"{side}_country"), f"{side} country"),
    }


def field_value(kind: str, name: str, form: Mapping[str, Any]) -> Any:
    """Returns the typed value of one record field from flat form fields."""
    if name in ("a", "b"):
        return _side(form, name)
    raw = form.get(name)
    if name == "participants":
        return _number(raw, name, whole=True)
    if name == "value":
        return _number(raw, name, whole=False)
    if name == "country":
        return _code(raw, name)
    if name == "countries":
        return [_code(c, name) for c in _CODES_SPLIT.split(str(raw or "")) if c]
    if name == "organizers":
        return [n for n in _LIST_SPLIT.split(str(raw or "")) if n]
    return _text(raw)


def _same(kind: str, name: str, old: Any, new: Any) -> bool:
    """Returns whether a field kept its value (parties compared by name and country)."""
    if name in ("a", "b"):
        return party(old) == new
    if name in ("organizers", "countries"):
        return list(old or []) == new
    return old == new or (
        isinstance(old, int | float) and isinstance(new, int | float) and float(old) == float(new)
    )


def changes_from_form(
    kind: str, record: Mapping[str, Any], form: Mapping[str, Any]
) -> dict[str, Any]:
    """Returns {field: new value} of the fields the form changed (fields absent are kept)."""
    out = {}
    for name in FIELDS[kind]:
        present = name in form or (name in ("a", "b") and f"{name}_name" in form)
        if name == "evidence" or not present:
            continue
        value = field_value(kind, name, form)
        if not _same(kind, name, record.get(name), value):
            out[name] = value
    return out
