"""The registry: entity links (same_as), place facts, sister-city ties and their sources, merges.

Revision ID: 0003_registry
Revises: 0002_search
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0003_registry"
down_revision = "0002_search"
branch_labels = None
depends_on = None

Json = sa.JSON().with_variant(JSONB(), "postgresql")
Stamp = sa.DateTime(timezone=True)
TIE_TYPES_SQL = (
    "type IN ('sister_city', 'friendship_city', 'friendly_exchange', 'school', 'agreement')"
)
TIE_STATUS_SQL = "status IN ('active', 'dormant', 'ended')"


def _fk(column: str, target: str, ondelete: str, nullable: bool = True) -> sa.Column:  # type: ignore[type-arg]
    """Returns a foreign key column to target's id."""
    return sa.Column(
        column, sa.Integer, sa.ForeignKey(f"{target}.id", ondelete=ondelete), nullable=nullable
    )


def _create_links() -> None:
    """Creates entity_links, place_info and entity_merges."""
    op.create_table(
        "entity_links",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("entity_id", sa.Integer, nullable=False),
        sa.Column("same_as", sa.Integer),
        sa.UniqueConstraint("kind", "entity_id", name="uq_entity_links_kind"),
    )
    op.create_index("ix_entity_links_same_as", "entity_links", ["kind", "same_as"])
    op.create_table(
        "place_info",
        sa.Column(
            "place_id",
            sa.Integer,
            sa.ForeignKey("places.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("kind", sa.String(16)),
        _fk("parent_id", "places", "SET NULL"),
        sa.Column("population", sa.Integer),
        sa.Column("wikidata_id", sa.String(16)),
        sa.Column("located", sa.String(16)),
    )
    op.create_index("ix_place_info_wikidata_id", "place_info", ["wikidata_id"])
    op.create_table(
        "entity_merges",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("action", sa.String(8), nullable=False),
        sa.Column("entity_id", sa.Integer, nullable=False),
        sa.Column("into_id", sa.Integer),
        sa.Column("changes", Json, nullable=False),
        sa.Column("user", sa.Text, nullable=False),
        sa.Column("at", Stamp, nullable=False),
        sa.Column("undone_at", Stamp),
    )


def _create_ties() -> None:
    """Creates ties and tie_sources."""
    op.create_table(
        "ties",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(64), nullable=False, unique=True),
        _fk("a_place_id", "places", "CASCADE"),
        _fk("b_place_id", "places", "CASCADE"),
        _fk("a_org_id", "organizations", "CASCADE"),
        _fk("b_org_id", "organizations", "CASCADE"),
        sa.Column("type", sa.String(32), nullable=False, server_default="sister_city"),
        sa.Column("status", sa.String(16), nullable=False, server_default="active"),
        sa.Column("established", sa.String(32)),
        sa.Column("in_registry", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("in_reports", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.CheckConstraint(TIE_TYPES_SQL, name="type"),
        sa.CheckConstraint(TIE_STATUS_SQL, name="status"),
    )
    for column in ("a_place_id", "b_place_id", "a_org_id", "b_org_id"):
        op.create_index(f"ix_ties_{column}", "ties", [column])
    op.create_table(
        "tie_sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(128), nullable=False, unique=True),
        _fk("tie_id", "ties", "CASCADE", nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        _fk("report_id", "reports", "CASCADE"),
        _fk("partnership_id", "partnerships", "CASCADE"),
        sa.Column("date", sa.String(32)),
        sa.Column("raw", sa.Text),
    )
    op.create_index("ix_tie_sources_tie_id", "tie_sources", ["tie_id"])
    op.create_index("ix_tie_sources_report_id", "tie_sources", ["report_id"])


def upgrade() -> None:
    _create_links()
    _create_ties()


def downgrade() -> None:
    for table in ("tie_sources", "ties", "entity_merges", "place_info", "entity_links"):
        op.drop_table(table)
