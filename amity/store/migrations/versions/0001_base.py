"""Base tables: reports, evidence, records, entities, review log, users, failures.

Revision ID: 0001_base
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001_base"
down_revision = None
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(JSONB(), "postgresql")
Stamp = sa.DateTime(timezone=True)
STATES_SQL = "review_state IN ('extracted', 'confirmed', 'corrected', 'rejected')"


def _fk(column: str, target: str, ondelete: str, nullable: bool = True) -> sa.Column:  # type: ignore[type-arg]
    """Returns a foreign key column to target's id."""
    return sa.Column(
        column, sa.Integer, sa.ForeignKey(f"{target}.id", ondelete=ondelete), nullable=nullable
    )


def _review_columns() -> list[sa.schema.SchemaItem]:
    """Returns the columns every extracted-record table has."""
    return [
        _fk("report_id", "reports", "CASCADE", nullable=False),
        _fk("evidence_id", "evidence", "SET NULL"),
        sa.Column("confidence", sa.Float),
        sa.Column("review_state", sa.String(16), nullable=False, server_default="extracted"),
        sa.Column("reviewed_by", sa.Text),
        sa.Column("reviewed_at", Stamp),
        sa.Column("data", Json, nullable=False),
        sa.Column("corrected", Json),
        sa.CheckConstraint(STATES_SQL, name="review_state"),
    ]


def _index(table: str, *columns: str) -> None:
    """Creates the plain index the schema's naming convention names."""
    op.create_index(f"ix_{table}_{columns[0]}", table, list(columns))


def _create_sources() -> None:
    """Creates reports and evidence."""
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String(32)),
        sa.Column("language", sa.String(16)),
        sa.Column("fmt", sa.String(16)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(128), nullable=False, unique=True),
        sa.Column("size", sa.Integer),
        sa.Column("ingested_at", Stamp, nullable=False),
    )
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("report_id", "reports", "CASCADE", nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    _index("evidence", "report_id")


def _create_entities() -> None:
    """Creates places, organizations and people (persons)."""
    op.create_table(
        "places",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.Text, nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("canonical_name", sa.Text),
        sa.Column("country", sa.String(2)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("geonames_id", sa.Integer),
        sa.Column("parent", sa.Text),
        sa.Column("resolved", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "organizations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("normalized", sa.Text, nullable=False, unique=True),
        sa.Column("country", sa.String(2)),
        sa.Column("kind", sa.String(32)),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.Text, nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.String(2)),
    )


def _create_events() -> None:
    """Creates events and their organizer and country link tables."""
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("type", sa.String(64)),
        sa.Column("title", sa.Text),
        sa.Column("start", sa.String(32)),
        sa.Column("end", sa.String(32)),
        sa.Column("city", sa.Text),
        sa.Column("country", sa.String(2)),
        sa.Column("participants", sa.Integer),
        sa.Column("countries", Json),
        _fk("place_id", "places", "SET NULL"),
        *_review_columns(),
    )
    _index("events", "start")
    _index("events", "report_id")
    op.create_table(
        "event_organizers",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("event_id", "events", "CASCADE", nullable=False),
        _fk("organization_id", "organizations", "SET NULL"),
        sa.Column("name", sa.Text, nullable=False),
    )
    _index("event_organizers", "event_id")
    _index("event_organizers", "organization_id")
    op.create_table(
        "event_countries",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("event_id", "events", "CASCADE", nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
    )
    _index("event_countries", "event_id")
    _index("event_countries", "country")


def _create_ties_people_figures() -> None:
    """Creates partnerships, roles (person mentions) and figures."""
    op.create_table(
        "partnerships",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("type", sa.String(64)),
        sa.Column("a_name", sa.Text),
        sa.Column("a_country", sa.String(2)),
        sa.Column("b_name", sa.Text),
        sa.Column("b_country", sa.String(2)),
        sa.Column("date", sa.String(32)),
        _fk("a_place_id", "places", "SET NULL"),
        _fk("b_place_id", "places", "SET NULL"),
        _fk("a_org_id", "organizations", "SET NULL"),
        _fk("b_org_id", "organizations", "SET NULL"),
        *_review_columns(),
    )
    _index("partnerships", "report_id")
    op.create_table(
        "roles",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("person_id", "people", "SET NULL"),
        sa.Column("name", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("organization", sa.Text),
        _fk("org_id", "organizations", "SET NULL"),
        sa.Column("country", sa.String(2)),
        sa.Column("date", sa.String(32)),
        *_review_columns(),
    )
    _index("roles", "person_id")
    _index("roles", "report_id")
    op.create_table(
        "figures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("subject", sa.Text),
        sa.Column("metric", sa.Text),
        sa.Column("value", sa.Float),
        sa.Column("qualifier", sa.String(16)),
        *_review_columns(),
    )
    _index("figures", "report_id")


def _create_admin() -> None:
    """Creates review_log, users and extraction_failures."""
    op.create_table(
        "review_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("record_id", sa.Integer, nullable=False),
        sa.Column("from_state", sa.String(16)),
        sa.Column("to_state", sa.String(16), nullable=False),
        sa.Column("user", sa.Text, nullable=False),
        sa.Column("at", Stamp, nullable=False),
        sa.Column("changes", Json),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.Text),
        sa.Column("created_at", Stamp, nullable=False),
        sa.CheckConstraint("role IN ('admin', 'editor', 'contributor')", name="role"),
    )
    op.create_table(
        "extraction_failures",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("report_id", "reports", "SET NULL"),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("component", sa.Text),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("at", Stamp, nullable=False),
    )
    _index("extraction_failures", "report_id")


def upgrade() -> None:
    _create_sources()
    _create_entities()
    _create_events()
    _create_ties_people_figures()
    _create_admin()


def downgrade() -> None:
    for table in (
        "extraction_failures",
        "users",
        "review_log",
        "figures",
        "roles",
        "partnerships",
        "event_countries",
        "event_organizers",
        "events",
        "people",
        "organizations",
        "places",
        "evidence",
        "reports",
    ):
        op.drop_table(table)
