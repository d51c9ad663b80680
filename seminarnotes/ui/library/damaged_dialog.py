"""What the window says when the library file is damaged, and the two ways out.

SQLite found the file damaged (at opening, in the background check, or while
reading): nothing more is written to it. The user can restore the newest backup
that is sound, or rescue what can still be read into a new library; either way the
damaged file is kept beside the library under a name with "damaged" and the date.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from seminarnotes.core import backup
from seminarnotes.core.restore import newest_sound
from seminarnotes.core.errors import DamagedLibrary

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def describe(b: backup.Backup) -> str:
    """"14 March 2025 10:32 (12 seminars)" in the user's language."""
    locale = QLocale()
    when = (locale.toString(b.when.date(), QLocale.FormatType.LongFormat) + " "
            + locale.toString(b.when.time(), QLocale.FormatType.ShortFormat))
    count = b.seminars()
    if count is None:
        return when
    return translate("DamagedDialog", "%1 (seminars: %2)").replace("%1", when).replace(
        "%2", str(count))  # no plural form: lupdate reads none from translate() outside a class


def ask(parent: QWidget | None, damage: DamagedLibrary, window_open: bool) -> tuple[str, Path | None] | None:
    """("restore", backup file), ("rescue", None), or None when the user chose neither."""
    newest = newest_sound(damage.path)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("DamagedDialog", "The library is damaged"))
    box.setText(translate("DamagedDialog", "The library %1 is damaged: SQLite cannot read all of it. Seminarnotes "
                                           "will not write to it.").replace("%1", str(damage.path)))
    info = translate("DamagedDialog", "Restore the newest sound backup, or rescue what can still be read into a new "
                                      "library. Either way the damaged file is kept beside the library, with "
                                      "“damaged” and the date in its name.")
    if newest is None:
        info = translate("DamagedDialog", "There is no sound backup to restore. Rescue what can still be read into a "
                                          "new library; the damaged file is kept beside the library, with “damaged” "
                                          "and the date in its name.")
    box.setInformativeText(info)
    box.setDetailedText(damage.findings)
    restore = None
    if newest is not None:
        restore = box.addButton(translate("DamagedDialog", "Restore the backup of %1").replace("%1", describe(newest)),
                                QMessageBox.ButtonRole.AcceptRole)
    rescue = box.addButton(translate("DamagedDialog", "Rescue what can be read"), QMessageBox.ButtonRole.ActionRole)
    later = box.addButton(translate("DamagedDialog", "Not now") if window_open else translate("DamagedDialog", "Quit"),
                          QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or rescue)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return "restore", newest.path  # type: ignore[union-attr]
    if clicked is rescue:
        return "rescue", None
    return None
