"""Per-seminar Word export settings (date format, page breaks, empty groups, page word, logo).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("seminar") as batch:
        batch.add_column(sa.Column("date_format", sa.String(16), nullable=False, server_default="iso"))
        batch.add_column(sa.Column("session_page_break", sa.Boolean, nullable=False, server_default=sa.true()))
        batch.add_column(sa.Column("include_empty_groups", sa.Boolean, nullable=False, server_default=sa.true()))
        batch.add_column(sa.Column("page_word", sa.Boolean, nullable=False, server_default=sa.true()))
        batch.add_column(sa.Column("logo", sa.LargeBinary, nullable=True))
        batch.add_column(sa.Column("logo_filename", sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("seminar") as batch:
        for name in ("logo_filename", "logo", "page_word", "include_empty_groups", "session_page_break", "date_format"):
            batch.drop_column(name)
