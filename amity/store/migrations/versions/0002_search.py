"""Full-text search: record_docs, plus FTS5 (SQLite) or tsvector and pg_trgm (PostgreSQL).

SQLite gets FTS5 indexes: unicode61 for words over reports and record_docs, and
trigram for substrings over record_docs and report_unspaced (the CJK, Thai...
runs of each report: names there have no spaces around them).
PostgreSQL gets a stored 'simple' tsvector with a GIN index, and a pg_trgm GIN
index on the text for substring search.

Revision ID: 0002_search
Revises: 0001_base
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0002_search"
down_revision = "0001_base"
branch_labels = None
depends_on = None

# SQLite FTS5 indexes: (content table, index name, tokenizer, indexed columns).
SQLITE_INDEXES = (
    ("reports", "reports_words", "unicode61 remove_diacritics 2", ("title", "text")),
    ("record_docs", "record_docs_words", "unicode61 remove_diacritics 2", ("title", "body")),
    ("report_unspaced", "reports_trigram", "trigram", ("text",)),
    ("record_docs", "record_docs_trigram", "trigram", ("title", "body")),
)
# PostgreSQL: table -> (title column, text column) indexed for search.
SEARCHED = {"reports": ("title", "text"), "record_docs": ("title", "body")}
# Scripts written without spaces between words (frozen copy of amity.store.search_sql.UNSPACED).
_CHARS = (
    "\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u3040-\u30ff\u3130-\u318f"
    "\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f"
)
UNSPACED = re.compile(f"[0-9]*[{_CHARS}][{_CHARS}0-9]*")


def _create_record_docs() -> None:
    """Creates record_docs, one searchable text per extracted record."""
    op.create_table(
        "record_docs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("record_id", sa.Integer, nullable=False),
        sa.Column(
            "report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("title", sa.Text),
        sa.Column("body", sa.Text, nullable=False),
    )
    op.create_index("ix_record_docs_record_id", "record_docs", ["record_id"])
    op.create_index("ix_record_docs_report_id", "record_docs", ["report_id"])
    op.create_table(
        "report_unspaced",
        sa.Column(
            "id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("text", sa.Text, nullable=False),
    )


def _fill_unspaced() -> None:
    """Fills report_unspaced for reports stored before this migration."""
    bind = op.get_bind()
    reports = bind.execute(sa.text("SELECT id, text FROM reports")).all()
    rows = [{"id": i, "text": "\n".join(UNSPACED.findall(t))} for i, t in reports]
    rows = [row for row in rows if row["text"]]
    if rows:
        bind.execute(sa.text("INSERT INTO report_unspaced (id, text) VALUES (:id, :text)"), rows)


def _sqlite_fts(table: str, fts: str, tokenizer: str, columns: tuple[str, ...]) -> list[str]:
    """Returns the statements for one external-content FTS5 index kept in sync by triggers."""
    cols = ", ".join(columns)
    new = ", ".join(["new.id", *(f"new.{c}" for c in columns)])
    old = ", ".join(["'delete'", "old.id", *(f"old.{c}" for c in columns)])
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
        f"content_rowid='id', tokenize='{tokenizer}')",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES ({new}); END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ({old}); END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ({old}); "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES ({new}); END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
        # Merging segments less often makes one-report transactions about 1.5x faster.
        f"INSERT INTO {fts}({fts}, rank) VALUES ('automerge', 8)",
    ]


def _pg_trgm_schema() -> str:
    """Returns the schema holding pg_trgm, installing it (in public if there is one) if absent."""
    bind = op.get_bind()
    find = sa.text(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'pg_trgm'"
    )
    schema = bind.execute(find).scalar()
    if schema is None:
        public = bind.execute(sa.text("SELECT 1 FROM pg_namespace WHERE nspname = 'public'"))
        target = (
            "public"
            if public.scalar()
            else bind.execute(sa.text("SELECT current_schema()")).scalar()
        )
        bind.execute(sa.text(f'CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA "{target}"'))
        schema = bind.execute(find).scalar()
    return str(schema)


def _postgresql_search(table: str, trgm_schema: str) -> list[str]:
    """Returns the statements adding a tsvector column and GIN indexes to one table."""
    title, body = SEARCHED[table]
    return [
        f"ALTER TABLE {table} ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
        f"(to_tsvector('simple', coalesce({title}, '') || ' ' || {body})) STORED",
        f"CREATE INDEX ix_{table}_tsv ON {table} USING gin (tsv)",
        f'CREATE INDEX ix_{table}_trgm ON {table} USING gin ({body} "{trgm_schema}".gin_trgm_ops)',
    ]


def upgrade() -> None:
    _create_record_docs()
    _fill_unspaced()
    bind = op.get_bind()
    statements: list[str] = []
    if bind.dialect.name == "sqlite":
        for index in SQLITE_INDEXES:
            statements += _sqlite_fts(*index)
    elif bind.dialect.name == "postgresql":
        trgm = _pg_trgm_schema()
        for table in SEARCHED:
            statements += _postgresql_search(table, trgm)
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for _, fts, _, _ in SQLITE_INDEXES:
            for event in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{event}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_reports_tsv")
        op.execute("DROP INDEX IF EXISTS ix_reports_trgm")
        op.execute("ALTER TABLE reports DROP COLUMN IF EXISTS tsv")
    op.drop_table("report_unspaced")
    op.drop_table("record_docs")
