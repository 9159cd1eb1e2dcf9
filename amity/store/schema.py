"""The store's tables, one schema for SQLite and PostgreSQL.

The migrations in `amity/store/migrations/versions` create exactly these tables
(tests/store/test_migrations.py checks they agree). Full-text indexes are not
listed here: they differ per dialect and live in the second migration.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.schema import SchemaItem

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

Json = JSON().with_variant(JSONB(), "postgresql")
Stamp = DateTime(timezone=True)

STATES_SQL = "review_state IN ('extracted', 'confirmed', 'corrected', 'rejected')"
ROLES_SQL = "role IN ('admin', 'editor', 'contributor')"

# Record kind (as in amity.records.KINDS) -> the table holding its rows.
RECORD_TABLES = {
    "events": "events",
    "partnerships": "partnerships",
    "people": "roles",
    "figures": "figures",
}


# The review queue's order (migration 0007): least confident first, unknown before all.
UNKNOWN_FIRST = "coalesce(confidence, -1.0)"


def _review_columns(table: str) -> list[SchemaItem]:
    """Returns the columns every extracted-record table has, with its review queue's index."""
    return [
        Column(
            "report_id", ForeignKey("reports.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        Column("evidence_id", ForeignKey("evidence.id", ondelete="SET NULL")),
        Column("confidence", Float),
        Column("review_state", String(16), nullable=False, server_default="extracted"),
        Column("reviewed_by", Text),
        Column("reviewed_at", Stamp),
        Column("data", Json, nullable=False),
        Column("corrected", Json),
        CheckConstraint(STATES_SQL, name="review_state"),
        Index(f"ix_{table}_review_queue", "review_state", text(UNKNOWN_FIRST), "id"),
    ]


reports = Table(
    "reports",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", Text, nullable=False),
    Column("title", Text),
    Column("published", String(32)),
    Column("language", String(16)),
    Column("fmt", String(16)),
    Column("text", Text, nullable=False),
    Column("content_hash", String(128), nullable=False, unique=True),
    Column("size", Integer),
    Column("ingested_at", Stamp, nullable=False),
)

evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("report_id", ForeignKey("reports.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

places = Table(
    "places",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("canonical_name", Text),
    Column("country", String(2)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonames_id", Integer),
    Column("parent", Text),
    Column("resolved", Boolean, nullable=False, server_default=false()),
)

organizations = Table(
    "organizations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("normalized", Text, nullable=False, unique=True),
    Column("country", String(2)),
    Column("kind", String(32)),
)

persons = Table(
    "people",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("country", String(2)),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("type", String(64)),
    Column("title", Text),
    Column("start", String(32), index=True),
    Column("end", String(32)),
    Column("city", Text),
    Column("country", String(2)),
    Column("participants", Integer),
    Column("countries", Json),
    Column("place_id", ForeignKey("places.id", ondelete="SET NULL")),
    *_review_columns("events"),
    # A place's live events by date, read from the index alone (migration 0007).
    Index("ix_events_place", "place_id", "start", "review_state", "id"),
)

event_organizers = Table(
    "event_organizers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("organization_id", ForeignKey("organizations.id", ondelete="SET NULL"), index=True),
    Column("name", Text, nullable=False),
)

event_countries = Table(
    "event_countries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("country", String(2), nullable=False, index=True),
)

partnerships = Table(
    "partnerships",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("type", String(64)),
    Column("a_name", Text),
    Column("a_country", String(2)),
    Column("b_name", Text),
    Column("b_country", String(2)),
    Column("date", String(32)),
    Column("a_place_id", ForeignKey("places.id", ondelete="SET NULL"), index=True),
    Column("b_place_id", ForeignKey("places.id", ondelete="SET NULL"), index=True),
    Column("a_org_id", ForeignKey("organizations.id", ondelete="SET NULL"), index=True),
    Column("b_org_id", ForeignKey("organizations.id", ondelete="SET NULL"), index=True),
    *_review_columns("partnerships"),
)

roles = Table(
    "roles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", ForeignKey("people.id", ondelete="SET NULL"), index=True),
    Column("name", Text),
    Column("title", Text),
    Column("organization", Text),
    Column("org_id", ForeignKey("organizations.id", ondelete="SET NULL"), index=True),
    Column("country", String(2)),
    Column("date", String(32)),
    *_review_columns("roles"),
)

figures = Table(
    "figures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("subject", Text),
    Column("metric", Text),
    Column("value", Float),
    Column("qualifier", String(16)),
    *_review_columns("figures"),
)

review_log = Table(
    "review_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("record_id", Integer, nullable=False),
    Column("from_state", String(16)),
    Column("to_state", String(16), nullable=False),
    Column("user", Text, nullable=False),
    Column("at", Stamp, nullable=False),
    Column("changes", Json),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("password_hash", Text),
    Column("created_at", Stamp, nullable=False),
    CheckConstraint(ROLES_SQL, name="role"),
)

extraction_failures = Table(
    "extraction_failures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("report_id", ForeignKey("reports.id", ondelete="SET NULL"), index=True),
    Column("source", Text, nullable=False),
    Column("component", Text),
    Column("message", Text, nullable=False),
    Column("at", Stamp, nullable=False),
)

# One searchable text per extracted record; filled by writes, indexed per dialect.
record_docs = Table(
    "record_docs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("record_id", Integer, nullable=False, index=True),
    Column("report_id", ForeignKey("reports.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("title", Text),
    Column("body", Text, nullable=False),
)

# The runs of a report's text written without spaces between words (CJK, Thai...),
# one row per report that has any: SQLite's trigram index covers these, not the
# whole text, because trigram-indexing every English report would halve write speed.
report_unspaced = Table(
    "report_unspaced",
    metadata,
    Column("id", ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
    Column("text", Text, nullable=False),
)


def record_table(kind: str) -> Table:
    """Returns the table holding records of `kind` (events, partnerships, people, figures)."""
    return metadata.tables[RECORD_TABLES[kind]]


# --- The registry (migration 0003): entity resolution, sister-city ties, merges ---

TIE_TYPES_SQL = (
    "type IN ('sister_city', 'friendship_city', 'friendly_exchange', 'school', 'agreement')"
)
TIE_STATUS_SQL = "status IN ('active', 'dormant', 'ended')"

# Which entity a name row stands for: places, organizations, people and event records
# whose row has same_as set are another name (or report) of the entity `same_as`.
entity_links = Table(
    "entity_links",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("entity_id", Integer, nullable=False),
    Column("same_as", Integer),
    UniqueConstraint("kind", "entity_id", name="uq_entity_links_kind"),
    Index("ix_entity_links_same_as", "kind", "same_as"),
)

# What the registry knows about a place row beyond the name: kind, parent, size, Wikidata id.
place_info = Table(
    "place_info",
    metadata,
    Column("place_id", ForeignKey("places.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", String(16)),
    Column("parent_id", ForeignKey("places.id", ondelete="SET NULL")),
    Column("population", Integer),
    Column("wikidata_id", String(16), index=True),
    Column("located", String(16)),
)

ties = Table(
    "ties",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(64), nullable=False, unique=True),
    Column("a_place_id", ForeignKey("places.id", ondelete="CASCADE"), index=True),
    Column("b_place_id", ForeignKey("places.id", ondelete="CASCADE"), index=True),
    Column("a_org_id", ForeignKey("organizations.id", ondelete="CASCADE"), index=True),
    Column("b_org_id", ForeignKey("organizations.id", ondelete="CASCADE"), index=True),
    Column("type", String(32), nullable=False, server_default="sister_city"),
    Column("status", String(16), nullable=False, server_default="active"),
    Column("established", String(32)),
    Column("in_registry", Boolean, nullable=False, server_default=false()),
    Column("in_reports", Boolean, nullable=False, server_default=false()),
    CheckConstraint(TIE_TYPES_SQL, name="type"),
    Index("ix_ties_in_reports", "in_reports", "id"),
    CheckConstraint(TIE_STATUS_SQL, name="status"),
)

tie_sources = Table(
    "tie_sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(128), nullable=False, unique=True),
    Column("tie_id", ForeignKey("ties.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("source", String(16), nullable=False),
    Column("report_id", ForeignKey("reports.id", ondelete="CASCADE"), index=True),
    Column("partnership_id", ForeignKey("partnerships.id", ondelete="CASCADE")),
    Column("date", String(32)),
    Column("raw", Text),
)

# A merge or split of entities, with the links it changed, so that it can be undone.
entity_merges = Table(
    "entity_merges",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("action", String(8), nullable=False),
    Column("entity_id", Integer, nullable=False),
    Column("into_id", Integer),
    Column("changes", Json, nullable=False),
    Column("user", Text, nullable=False),
    Column("at", Stamp, nullable=False),
    Column("undone_at", Stamp),
)


# --- Work plans (migration 0005): key tasks and the events and ties that advance them ---

TASK_STATUS_SQL = "status IN ('open', 'done', 'dropped')"
LINK_STATES_SQL = "state IN ('suggested', 'confirmed', 'rejected')"

plans = Table(
    "plans",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("period_start", String(10)),
    Column("period_end", String(10)),
    Column("place_id", ForeignKey("places.id", ondelete="SET NULL"), index=True),
    Column("org_id", ForeignKey("organizations.id", ondelete="SET NULL"), index=True),
    Column("created_by", Text, nullable=False),
    Column("created_at", Stamp, nullable=False),
)

plan_tasks = Table(
    "plan_tasks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plan_id", ForeignKey("plans.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("owner", Text),
    Column("target", Text),
    Column("target_count", Integer),
    Column("due", String(10)),
    Column("status", String(16), nullable=False, server_default="open"),
    CheckConstraint(TASK_STATUS_SQL, name="status"),
)

# Exactly one of event_id and tie_id is set; NULLs are distinct, so each unique pair holds.
task_links = Table(
    "task_links",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("task_id", ForeignKey("plan_tasks.id", ondelete="CASCADE"), nullable=False),
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), index=True),
    Column("tie_id", ForeignKey("ties.id", ondelete="CASCADE"), index=True),
    Column("state", String(16), nullable=False, server_default="suggested"),
    Column("score", Float),
    Column("user", Text),
    Column("at", Stamp, nullable=False),
    CheckConstraint(LINK_STATES_SQL, name="state"),
    CheckConstraint("(event_id IS NULL) <> (tie_id IS NULL)", name="target"),
    UniqueConstraint("task_id", "event_id", name="uq_task_links_event"),
    UniqueConstraint("task_id", "tie_id", name="uq_task_links_tie"),
)

# --- Tallies kept on write by triggers (migration 0006): row counts, events per month and
# per place, country mentions; what the home page and the map show without counting. ---

tallies = Table(
    "tallies",
    metadata,
    Column("name", String(16), primary_key=True),
    Column("key", String(64), primary_key=True),
    Column("n", Integer, nullable=False),
    Index("ix_tallies_name", "name", "n"),
)
