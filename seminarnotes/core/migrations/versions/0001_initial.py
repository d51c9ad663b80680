"""The first schema: seminars, sessions, groups and points.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text, nullable=False, server_default="")


def upgrade() -> None:
    op.create_table(
        "seminar",
        sa.Column("id", sa.Integer, primary_key=True),
        *[_text(n) for n in ("title", "speaker", "venue")],
        sa.Column("date", sa.Date, nullable=True),
        *[_text(n) for n in ("document_type", "organizer")],
        sa.Column("language", sa.String(8), nullable=False, server_default="sv"),
        *[_text(n) for n in ("thanks", "about", "compiled_by", "contact_name", "contact_role",
                             "contact_organization", "contact_phone", "contact_email", "website")],
        sa.Column("created", sa.DateTime, nullable=False),
        sa.Column("modified", sa.DateTime, nullable=False),
    )
    op.create_index("ix_seminar_modified", "seminar", ["modified"])
    op.create_table(
        "seminar_session",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("seminar_id", sa.Integer, sa.ForeignKey("seminar.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        _text("name"),
        _text("question"),
    )
    op.create_index("ix_seminar_session_seminar_id", "seminar_session", ["seminar_id"])
    op.create_table(
        "discussion_group",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("session_id", sa.Integer, sa.ForeignKey("seminar_session.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        _text("name"),
    )
    op.create_index("ix_discussion_group_session_id", "discussion_group", ["session_id"])
    op.create_table(
        "point",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("group_id", sa.Integer, sa.ForeignKey("discussion_group.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        _text("text"),
        sa.Column("level", sa.Integer, nullable=False, server_default="0"),
        sa.Column("kind", sa.String(16), nullable=False, server_default="point"),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.CheckConstraint("level BETWEEN 0 AND 2", name="ck_point_level"),
        sa.CheckConstraint("kind IN ('point', 'highlight')", name="ck_point_kind"),
    )
    op.create_index("ix_point_group_id", "point", ["group_id"])


def downgrade() -> None:
    for table in ("point", "discussion_group", "seminar_session", "seminar"):
        op.drop_table(table)
