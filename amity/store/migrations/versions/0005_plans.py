"""Work plans: plans, their key tasks, and the links from tasks to events and ties.

Revision ID: 0005_plans
Revises: 0004_link_indexes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_plans"
down_revision = "0004_link_indexes"
branch_labels = None
depends_on = None

Stamp = sa.DateTime(timezone=True)
TASK_STATUS_SQL = "status IN ('open', 'done', 'dropped')"
LINK_STATES_SQL = "state IN ('suggested', 'confirmed', 'rejected')"
LINK_TARGET_SQL = "(event_id IS NULL) <> (tie_id IS NULL)"


def _fk(column: str, target: str, ondelete: str, nullable: bool = True) -> sa.Column:  # type: ignore[type-arg]
    """Returns a foreign key column to target's id."""
    return sa.Column(
        column, sa.Integer, sa.ForeignKey(f"{target}.id", ondelete=ondelete), nullable=nullable
    )


def _create_plans() -> None:
    """Creates plans and plan_tasks."""
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("period_start", sa.String(10)),
        sa.Column("period_end", sa.String(10)),
        _fk("place_id", "places", "SET NULL"),
        _fk("org_id", "organizations", "SET NULL"),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("created_at", Stamp, nullable=False),
    )
    op.create_index("ix_plans_place_id", "plans", ["place_id"])
    op.create_index("ix_plans_org_id", "plans", ["org_id"])
    op.create_table(
        "plan_tasks",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("plan_id", "plans", "CASCADE", nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("owner", sa.Text),
        sa.Column("target", sa.Text),
        sa.Column("target_count", sa.Integer),
        sa.Column("due", sa.String(10)),
        sa.Column("status", sa.String(16), nullable=False, server_default="open"),
        sa.CheckConstraint(TASK_STATUS_SQL, name="status"),
    )
    op.create_index("ix_plan_tasks_plan_id", "plan_tasks", ["plan_id"])


def _create_links() -> None:
    """Creates task_links: one event or one tie per row, suggested, confirmed or rejected."""
    op.create_table(
        "task_links",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("task_id", "plan_tasks", "CASCADE", nullable=False),
        _fk("event_id", "events", "CASCADE"),
        _fk("tie_id", "ties", "CASCADE"),
        sa.Column("state", sa.String(16), nullable=False, server_default="suggested"),
        sa.Column("score", sa.Float),
        sa.Column("user", sa.Text),
        sa.Column("at", Stamp, nullable=False),
        sa.CheckConstraint(LINK_STATES_SQL, name="state"),
        sa.CheckConstraint(LINK_TARGET_SQL, name="target"),
        sa.UniqueConstraint("task_id", "event_id", name="uq_task_links_event"),
        sa.UniqueConstraint("task_id", "tie_id", name="uq_task_links_tie"),
    )
    op.create_index("ix_task_links_event_id", "task_links", ["event_id"])
    op.create_index("ix_task_links_tie_id", "task_links", ["tie_id"])


def upgrade() -> None:
    _create_plans()
    _create_links()


def downgrade() -> None:
    for table in ("task_links", "plan_tasks", "plans"):
        op.drop_table(table)
