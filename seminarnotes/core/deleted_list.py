"""The Deleted list: a deleted seminar can be restored for 30 days, then it is purged
(after a backup). Its own module, so that the read side (`library.py`), the write side
(`store.py`) and the window share the one figure without importing each other."""

from __future__ import annotations

import datetime as dt

KEEP_DELETED = dt.timedelta(days=30)  # how long a deleted seminar can be restored
