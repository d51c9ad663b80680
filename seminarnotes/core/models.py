"""The library's tables as SQLAlchemy 2.x typed ORM classes.

Schema changes go through Alembic migrations in `migrations/versions`, never
through `create_all`, so that every library file can be brought up to date.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def new_uid() -> str:
    """A seminar's identity, carried in packages (migration 0004)."""
    return uuid.uuid4().hex


def now() -> dt.datetime:
    """Timestamps are kept to the second."""
    return dt.datetime.now().replace(microsecond=0)


class Base(DeclarativeBase):
    pass


class Seminar(Base):
    __tablename__ = "seminar"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    speaker: Mapped[str] = mapped_column(Text, default="")
    venue: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    document_type: Mapped[str] = mapped_column(Text, default="")
    organizer: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="sv")
    thanks: Mapped[str] = mapped_column(Text, default="")
    about: Mapped[str] = mapped_column(Text, default="")
    compiled_by: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(Text, default="")
    contact_role: Mapped[str] = mapped_column(Text, default="")
    contact_organization: Mapped[str] = mapped_column(Text, default="")
    contact_phone: Mapped[str] = mapped_column(Text, default="")
    contact_email: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    modified: Mapped[dt.datetime] = mapped_column(DateTime, default=now, index=True)
    # export settings (migration 0002)
    date_format: Mapped[str] = mapped_column(String(16), default="iso")
    session_page_break: Mapped[bool] = mapped_column(Boolean, default=True)
    include_empty_groups: Mapped[bool] = mapped_column(Boolean, default=True)
    page_word: Mapped[bool] = mapped_column(Boolean, default=True)
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    logo_filename: Mapped[str] = mapped_column(Text, default="")
    # archive state (migration 0003); `deleted` set = in the Deleted list
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    # identity across libraries and packages (migration 0004)
    uid: Mapped[str] = mapped_column(String(32), default=new_uid, index=True)

    sessions: Mapped[list[Session]] = relationship(
        back_populates="seminar", order_by="Session.position", cascade="all, delete-orphan", passive_deletes=True
    )


class Session(Base):
    __tablename__ = "seminar_session"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seminar_id: Mapped[int] = mapped_column(ForeignKey("seminar.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text, default="")
    question: Mapped[str] = mapped_column(Text, default="")

    seminar: Mapped[Seminar] = relationship(back_populates="sessions")
    groups: Mapped[list[Group]] = relationship(
        back_populates="session", order_by="Group.position", cascade="all, delete-orphan", passive_deletes=True
    )


class Group(Base):
    __tablename__ = "discussion_group"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("seminar_session.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=0)  # bumped by every write of its points (0004)

    session: Mapped[Session] = relationship(back_populates="groups")
    points: Mapped[list[Point]] = relationship(
        back_populates="group", order_by="Point.position", cascade="all, delete-orphan", passive_deletes=True
    )


class Point(Base):
    __tablename__ = "point"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("discussion_group.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    level: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(16), default="point")
    created: Mapped[dt.datetime] = mapped_column(DateTime, default=now)

    group: Mapped[Group] = relationship(back_populates="points")
