"""Indexes in the order pages read: events by place, each kind's review queue, the map's ties.

A place page lists the live events of a place, newest first: the index of their place,
date and state (covering them, id being the rowid on SQLite, listed on PostgreSQL) lets
it choose its page from the index, where it read every event of the place from the
table (400 random rows, 1.6 MB, for a well-tied place at 1M events). It replaces the
index on place_id alone, of which it is an extension.

The review queue lists a kind's records in one state, least confident first (unknown
confidence first of all): without an index in that order it sorted every record of the
kind (0.9 s at 1M events). The world map draws the ties found in reports first, then the
newest: in that order, an index walk rather than a sort of every tie.

Revision ID: 0007_read_indexes
Revises: 0006_perf
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_read_indexes"
down_revision = "0006_perf"
branch_labels = None
depends_on = None

RECORD_TABLES = ("events", "partnerships", "roles", "figures")
# The queue's order, as amity.web.views writes it (the index serves only the same text).
UNKNOWN_FIRST = "coalesce(confidence, -1.0)"


def upgrade() -> None:
    op.drop_index("ix_events_place_id", table_name="events")
    op.create_index("ix_events_place", "events", ["place_id", "start", "review_state", "id"])
    for table in RECORD_TABLES:
        op.create_index(
            f"ix_{table}_review_queue", table, ["review_state", sa.text(UNKNOWN_FIRST), "id"]
        )
    op.create_index("ix_ties_in_reports", "ties", ["in_reports", "id"])


def downgrade() -> None:
    op.drop_index("ix_ties_in_reports", table_name="ties")
    for table in RECORD_TABLES:
        op.drop_index(f"ix_{table}_review_queue", table_name=table)
    op.drop_index("ix_events_place", table_name="events")
    op.create_index("ix_events_place_id", "events", ["place_id"])
