"""A version per group and an identity per seminar.

`discussion_group.version` counts the writes of the group's points, so that a save
based on an older version (another connection wrote in between) is noticed instead
of overwriting the newer text. `seminar.uid` travels in packages, so importing the
same seminar again is recognised.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("discussion_group") as batch:
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="0"))
    with op.batch_alter_table("seminar") as batch:
        batch.add_column(sa.Column("uid", sa.String(32), nullable=False, server_default=""))
    op.execute("UPDATE seminar SET uid = lower(hex(randomblob(16))) WHERE uid = ''")
    op.create_index("ix_seminar_uid", "seminar", ["uid"])


def downgrade() -> None:
    op.drop_index("ix_seminar_uid", "seminar")
    with op.batch_alter_table("seminar") as batch:
        batch.drop_column("uid")
    with op.batch_alter_table("discussion_group") as batch:
        batch.drop_column("version")
