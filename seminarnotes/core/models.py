"""The library's tables as SQLAlchemy 2.x typed ORM classes, one `…Row` class per table
(named so, so that they are never taken for `outline.Point` or SQLAlchemy's `Session`).

Schema changes go through Alembic migrations in `migrations/versions`, never
through `create_all`, so that every library file can be brought up to date;
`tests/core/test_schema.py` checks that a migrated library and these classes agree.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (Boolean, CheckConstraint, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text, false,
                        true)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def new_uid() -> str:
    """A seminar's identity, carried in packages (migration 0004)."""
    return uuid.uuid4().hex


def now() -> dt.datetime:
    """Timestamps are kept to the second."""
    return dt.datetime.now().replace(microsecond=0)


def _text() -> Mapped[str]:
    """A text column that is "" unless set, whoever writes the row (the ORM or plain SQL)."""
    return mapped_column(Text, default="", server_default="")


class Base(DeclarativeBase):
    """The tables as the migrations leave them, server defaults and checks included: plain
    SQL writers (points_write, rescue) rely on the server defaults."""


class SeminarRow(Base):
    __tablename__ = "seminar"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = _text()
    speaker: Mapped[str] = _text()
    venue: Mapped[str] = _text()
    date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    document_type: Mapped[str] = _text()
    organizer: Mapped[str] = _text()
    language: Mapped[str] = mapped_column(String(8), default="sv", server_default="sv")
    thanks: Mapped[str] = _text()
    about: Mapped[str] = _text()
    compiled_by: Mapped[str] = _text()
    contact_name: Mapped[str] = _text()
    contact_role: Mapped[str] = _text()
    contact_organization: Mapped[str] = _text()
    contact_phone: Mapped[str] = _text()
    contact_email: Mapped[str] = _text()
    website: Mapped[str] = _text()
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    modified: Mapped[dt.datetime] = mapped_column(DateTime, default=now, index=True)
    # export settings (migration 0002)
    date_format: Mapped[str] = mapped_column(String(16), default="iso", server_default="iso")
    session_page_break: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    include_empty_groups: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    page_word: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    logo_filename: Mapped[str] = _text()
    # archive state (migration 0003); `deleted` set = in the Deleted list
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    deleted: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    # identity across libraries and packages (migration 0004)
    uid: Mapped[str] = mapped_column(String(32), default=new_uid, server_default="", index=True)

    sessions: Mapped[list[SessionRow]] = relationship(
        back_populates="seminar", order_by="SessionRow.position", cascade="all, delete-orphan", passive_deletes=True
    )


class SessionRow(Base):
    __tablename__ = "seminar_session"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seminar_id: Mapped[int] = mapped_column(ForeignKey("seminar.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = _text()
    question: Mapped[str] = _text()

    seminar: Mapped[SeminarRow] = relationship(back_populates="sessions")
    groups: Mapped[list[GroupRow]] = relationship(
        back_populates="session", order_by="GroupRow.position", cascade="all, delete-orphan", passive_deletes=True
    )


class GroupRow(Base):
    __tablename__ = "discussion_group"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("seminar_session.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = _text()
    # bumped by every write of its points (0004)
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    session: Mapped[SessionRow] = relationship(back_populates="groups")
    points: Mapped[list[PointRow]] = relationship(
        back_populates="group", order_by="PointRow.position", cascade="all, delete-orphan", passive_deletes=True
    )


class PointRow(Base):
    __tablename__ = "point"
    __table_args__ = (
        CheckConstraint("level BETWEEN 0 AND 2", name="ck_point_level"),
        CheckConstraint("kind IN ('point', 'highlight')", name="ck_point_kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("discussion_group.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = _text()
    level: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    kind: Mapped[str] = mapped_column(String(16), default="point", server_default="point")
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=now)

    group: Mapped[GroupRow] = relationship(back_populates="points")
