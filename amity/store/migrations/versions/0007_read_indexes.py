"""Indexes in the order pages read: the review queue of each record kind, the map's ties.

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
    for table in RECORD_TABLES:
        op.create_index(
            f"ix_{table}_review_queue", table, ["review_state", sa.text(UNKNOWN_FIRST), "id"]
        )
    op.create_index("ix_ties_in_reports", "ties", ["in_reports", "id"])


def downgrade() -> None:
    op.drop_index("ix_ties_in_reports", table_name="ties")
    for table in RECORD_TABLES:
        op.drop_index(f"ix_{table}_review_queue", table_name=table)
