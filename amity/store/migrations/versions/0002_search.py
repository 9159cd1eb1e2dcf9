"""Full-text search: record_docs, plus FTS5 (SQLite) or tsvector and pg_trgm (PostgreSQL).

SQLite gets two FTS5 indexes over reports and over record_docs: unicode61 for
words and trigram for substrings (CJK names have no spaces between words).
PostgreSQL gets a stored 'simple' tsvector with a GIN index, and a pg_trgm GIN
index on the text for substring search.

Revision ID: 0002_search
Revises: 0001_base
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_search"
down_revision = "0001_base"
branch_labels = None
depends_on = None

# (FTS table suffix, tokenizer) for SQLite.
SQLITE_INDEXES = (("words", "unicode61 remove_diacritics 2"), ("trigram", "trigram"))
# Table -> (title column, text column) indexed for search.
SEARCHED = {"reports": ("title", "text"), "record_docs": ("title", "body")}


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


def _sqlite_fts(table: str, suffix: str, tokenizer: str) -> list[str]:
    """Returns the statements for one external-content FTS5 index kept in sync by triggers."""
    title, body = SEARCHED[table]
    fts = f"{table}_{suffix}"
    cols = f"{title}, {body}"
    new = f"new.id, new.{title}, new.{body}"
    old = f"'delete', old.id, old.{title}, old.{body}"
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
    bind = op.get_bind()
    statements: list[str] = []
    if bind.dialect.name == "sqlite":
        for table in SEARCHED:
            for suffix, tokenizer in SQLITE_INDEXES:
                statements += _sqlite_fts(table, suffix, tokenizer)
    elif bind.dialect.name == "postgresql":
        trgm = _pg_trgm_schema()
        for table in SEARCHED:
            statements += _postgresql_search(table, trgm)
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for table in SEARCHED:
            for suffix, _ in SQLITE_INDEXES:
                op.execute(f"DROP TABLE IF EXISTS {table}_{suffix}")
                for event in ("ai", "ad", "au"):
                    op.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}_{event}")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_reports_tsv")
        op.execute("DROP INDEX IF EXISTS ix_reports_trgm")
        op.execute("ALTER TABLE reports DROP COLUMN IF EXISTS tsv")
    op.drop_table("record_docs")
