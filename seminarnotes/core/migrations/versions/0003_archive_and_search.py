"""Archive and Deleted states for seminars, and the FTS5 search index.

The index is kept in sync by triggers, so every edit, import and delete updates
it in the same transaction. Its rowid encodes what a row is: id * 4 + kind, with
kind 0 = point, 1 = group name, 2 = session name and question, 3 = seminar title.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TRIGGERS = {
    "point": ("OLD.id * 4", "NEW.id * 4", "NEW.text", "text"),
    "discussion_group": ("OLD.id * 4 + 1", "NEW.id * 4 + 1", "NEW.name", "name"),
    "seminar_session": ("OLD.id * 4 + 2", "NEW.id * 4 + 2", "NEW.name || char(10) || NEW.question", "name, question"),
    "seminar": ("OLD.id * 4 + 3", "NEW.id * 4 + 3", "NEW.title", "title"),
}


def upgrade() -> None:
    with op.batch_alter_table("seminar") as batch:
        batch.add_column(sa.Column("archived", sa.Boolean, nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("deleted", sa.DateTime, nullable=True))
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    for table, (old_id, new_id, body, columns) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN "
                   f"INSERT INTO search_index(rowid, body) VALUES ({new_id}, {body}); END")
        op.execute(f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN "
                   f"DELETE FROM search_index WHERE rowid = {old_id}; END")
        op.execute(f"CREATE TRIGGER {table}_search_update AFTER UPDATE OF {columns} ON {table} BEGIN "
                   f"DELETE FROM search_index WHERE rowid = {old_id}; "
                   f"INSERT INTO search_index(rowid, body) VALUES ({new_id}, {body}); END")
        op.execute(f"INSERT INTO search_index(rowid, body) SELECT {new_id.replace('NEW.', '')}, "
                   f"{body.replace('NEW.', '')} FROM {table}")


def downgrade() -> None:
    for table in TRIGGERS:
        for action in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER {table}_search_{action}")
    op.execute("DROP TABLE search_index")
    with op.batch_alter_table("seminar") as batch:
        batch.drop_column("deleted")
        batch.drop_column("archived")
