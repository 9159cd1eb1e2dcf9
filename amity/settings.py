"""One settings object: flag > AMITY_* environment > amity.toml > default."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from amity.errors import ConfigError

DEFAULT_DB = "sqlite:///amity.db"


@dataclass(frozen=True)
class Settings:
    """Everything Amity can be configured with; see `load_settings` for precedence."""

    db: str = DEFAULT_DB
    max_bytes: int = 20 * 1024 * 1024
    fetch_timeout: float = 20.0
    pipeline: str = "default"
    host: str = "127.0.0.1"
    port: int = 8000
    secret_key: str = ""
    workers: int = 1
    extra: dict[str, Any] = field(default_factory=dict)


def _coerce(name: str, value: Any) -> Any:
    """Returns value converted to the type of the Settings field `name`."""
    kind = {f.name: f.type for f in fields(Settings)}[name]
    try:
        if kind in ("int", int):
            return int(value)
        if kind in ("float", float):
            return float(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            f"setting {name}={value!r} is not a number", "fix amity.toml or AMITY_" + name.upper()
        ) from exc
    return value


def _from_toml(path: Path) -> dict[str, Any]:
    """Returns the [amity] table (or the top level) of a TOML file, or {} if absent."""
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read settings: {exc}", "fix the TOML syntax") from exc
    return dict(data.get("amity", data))


def _from_env(environ: dict[str, str]) -> dict[str, Any]:
    """Returns settings given as AMITY_<NAME> environment variables."""
    names = {f.name for f in fields(Settings)} - {"extra"}
    return {n: environ[f"AMITY_{n.upper()}"] for n in names if f"AMITY_{n.upper()}" in environ}


def normalize_db(url: str) -> str:
    """Returns a SQLAlchemy URL for a path or URL: bare paths become SQLite files."""
    if "://" in url:
        if url.startswith("postgres://"):
            url = "postgresql://" + url[len("postgres://") :]
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://") :]
        return url
    if url == ":memory:":
        return "sqlite://"
    return f"sqlite:///{url}"


def load_settings(
    flags: dict[str, Any] | None = None,
    environ: dict[str, str] | None = None,
    config: Path | None = None,
) -> Settings:
    """Returns Settings merged from defaults, amity.toml, AMITY_* variables and flags."""
    environ = dict(os.environ if environ is None else environ)
    path = config or Path(environ.get("AMITY_CONFIG", "amity.toml"))
    merged: dict[str, Any] = {}
    for layer in (_from_toml(path), _from_env(environ), flags or {}):
        merged.update({k: v for k, v in layer.items() if v is not None})
    known = {f.name for f in fields(Settings)} - {"extra"}
    extra = {k: v for k, v in merged.items() if k not in known}
    values = {k: _coerce(k, v) for k, v in merged.items() if k in known}
    settings = replace(Settings(), **values, extra=extra)
    return replace(settings, db=normalize_db(settings.db))
