"""Indexes on the links from records to places and organizations (place and organization pages).

Revision ID: 0004_link_indexes
Revises: 0003_registry
"""

from __future__ import annotations

from alembic import op

revision = "0004_link_indexes"
down_revision = "0003_registry"
branch_labels = None
depends_on = None

INDEXES = (
    ("events", "place_id"),
    ("partnerships", "a_place_id"),
    ("partnerships", "b_place_id"),
    ("partnerships", "a_org_id"),
    ("partnerships", "b_org_id"),
    ("roles", "org_id"),
)


def upgrade() -> None:
    for table, column in INDEXES:
        op.create_index(f"ix_{table}_{column}", table, [column])


def downgrade() -> None:
    for table, column in INDEXES:
        op.drop_index(f"ix_{table}_{column}", table_name=table)
