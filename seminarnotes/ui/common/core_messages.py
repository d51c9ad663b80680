"""The core's sentences in the user's language.

The core (no Qt) raises errors that carry a template and its arguments
(core/messages.py). Every template is listed here once, under the translation
context "Core", so that lupdate finds them; `translated` looks an error's template
up and fills in its arguments. tests/ui/common/test_core_messages.py checks this list
against every template the core marks with N_.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from seminarnotes.core.messages import Message

TEMPLATES = (
    QT_TRANSLATE_NOOP("Core", "%1 could not be saved: %2."),
    QT_TRANSLATE_NOOP("Core", "%1 could not be saved: the disk is full."),
    QT_TRANSLATE_NOOP("Core", "%1 could not be saved: the disk is read-only."),
    QT_TRANSLATE_NOOP("Core", "%1 could not be saved: no permission to write there (is the file open in another "
                      "program?)."),
    QT_TRANSLATE_NOOP("Core", "%1 could not be saved: the folder %2 does not exist."),
    QT_TRANSLATE_NOOP("Core", "%1 could not be saved: part of its folder path is a file, not a folder."),
    QT_TRANSLATE_NOOP("Core", "%1 could not be saved: it is a folder."),
    QT_TRANSLATE_NOOP("Core", "No file name was given to save to."),
    QT_TRANSLATE_NOOP("Core", "%1 could not be saved: %2 is a file, not a folder."),
    QT_TRANSLATE_NOOP("Core", "%1 is not an ordinary file (a device, pipe or socket); choose another file name."),
    QT_TRANSLATE_NOOP("Core", "%1 is read-only; choose another file name or make it writable."),
    QT_TRANSLATE_NOOP("Core", "%1 is the library itself; choose another file name."),
    QT_TRANSLATE_NOOP("Core", "%1 is one of the library's own files (its journal, lock or backups); choose "
                      "another file name."),
    QT_TRANSLATE_NOOP("Core", "%1 is the file being read; choose another file name."),
    QT_TRANSLATE_NOOP("Core", "Too many backups in one second in %1."),
    QT_TRANSLATE_NOOP("Core", "The backup just written was not sound (%1); the library was not backed up."),
    QT_TRANSLATE_NOOP("Core", "The library %1 could not be backed up: %2."),
    QT_TRANSLATE_NOOP("Core", "There is no seminar with id %1 in the library."),
    QT_TRANSLATE_NOOP("Core", "There is no session with id %1 in the library."),
    QT_TRANSLATE_NOOP("Core", "There is no group with id %1 in the library."),
    QT_TRANSLATE_NOOP("Core", "The library %1 is damaged, so Seminarnotes will not write to it; restore a "
                      "backup or rescue what can be read."),
    QT_TRANSLATE_NOOP("Core", "%1 is a folder; a library is a file."),
    QT_TRANSLATE_NOOP("Core", "The library %1 cannot be opened: %2 is a file, not a folder."),
    QT_TRANSLATE_NOOP("Core", "The library %1 is read-only; Seminarnotes can open it only when it may write to "
                      "it (make it writable, or copy it)."),
    QT_TRANSLATE_NOOP("Core", "The library %1 cannot be opened: its folder %2 is read-only, and SQLite keeps "
                      "its journal beside the library."),
    QT_TRANSLATE_NOOP("Core", "There is no library at %1."),
    QT_TRANSLATE_NOOP("Core", "This backup is open for reading only; copy a seminar into your library to work "
                      "on it."),
    QT_TRANSLATE_NOOP("Core", "The library %1 cannot be opened: %2."),
    QT_TRANSLATE_NOOP("Core", "%1 is an SQLite file, but not a Seminarnotes library; it was left as it is."),
    QT_TRANSLATE_NOOP("Core", "%1 is an empty file, not a Seminarnotes library; it was left as it is."),
    QT_TRANSLATE_NOOP("Core", "%1 is not a Seminarnotes library (it is not an SQLite file); it was left as it is."),
    QT_TRANSLATE_NOOP("Core", "%1 was written by a newer version of Seminarnotes (schema %2; this version knows "
                      "up to %3); please update Seminarnotes to open it."),
    QT_TRANSLATE_NOOP("Core", "The library %1 cannot be read: %2."),
    QT_TRANSLATE_NOOP("Core", "The library %1 must be backed up before it is upgraded to this version, and the "
                      "backup failed: %2"),
    QT_TRANSLATE_NOOP("Core", "The library %1 could not be upgraded to this version: %2; it is as it was."),
    QT_TRANSLATE_NOOP("Core", "kind: %1 is not 'point' or 'highlight'"),
    QT_TRANSLATE_NOOP("Core", "level: %1 is not a whole number"),
    QT_TRANSLATE_NOOP("Core", "level: %1 is not 0, 1 or 2"),
    QT_TRANSLATE_NOOP("Core", "level: %1 is more than one above %2"),
    QT_TRANSLATE_NOOP("Core", "level: %1 must be 0 for the first point"),
    QT_TRANSLATE_NOOP("Core", "an object"),
    QT_TRANSLATE_NOOP("Core", "a list"),
    QT_TRANSLATE_NOOP("Core", "text"),
    QT_TRANSLATE_NOOP("Core", "true/false"),
    QT_TRANSLATE_NOOP("Core", "null"),
    QT_TRANSLATE_NOOP("Core", "%1: %2"),
    QT_TRANSLATE_NOOP("Core", "a number"),
    QT_TRANSLATE_NOOP("Core", "%1 is not a date in the form YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("Core", "%1 is not an ISO timestamp"),
    QT_TRANSLATE_NOOP("Core", "%1 is not a seminar identity (32 hex digits)"),
    QT_TRANSLATE_NOOP("Core", "%1[%2].%3"),
    QT_TRANSLATE_NOOP("Core", "The file is larger than %1 MB, too large for a seminar package."),
    QT_TRANSLATE_NOOP("Core", "%1 is larger than %2 MB, too large for a seminar package."),
    QT_TRANSLATE_NOOP("Core", "The seminar is too large for a package: it would be %1 MB, and a package holds "
                      "at most %2 MB."),
    QT_TRANSLATE_NOOP("Core", "expected an object, found %1"),
    QT_TRANSLATE_NOOP("Core", "expected a list, found %1"),
    QT_TRANSLATE_NOOP("Core", "expected text, found %1"),
    QT_TRANSLATE_NOOP("Core", "expected true or false, found %1"),
    QT_TRANSLATE_NOOP("Core", "%1 is not one of %2"),
    QT_TRANSLATE_NOOP("Core", '%1 is not "%2"'),
    QT_TRANSLATE_NOOP("Core", "%1 is not a package version"),
    QT_TRANSLATE_NOOP("Core", "the package is version %1, but this program reads up to version %2; please "
                      "update Seminarnotes"),
    QT_TRANSLATE_NOOP("Core", "is missing"),
    QT_TRANSLATE_NOOP("Core", "The file is not UTF-8 text, so it is not a seminar package."),
    QT_TRANSLATE_NOOP("Core", "The file is not valid JSON (line %1, column %2: %3)."),
    QT_TRANSLATE_NOOP("Core", "The file is nested too deeply to be a seminar package."),
    QT_TRANSLATE_NOOP("Core", "There is no file %1."),
    QT_TRANSLATE_NOOP("Core", "%1 is a folder, not a seminar package."),
    QT_TRANSLATE_NOOP("Core", "%1 cannot be read: permission denied."),
    QT_TRANSLATE_NOOP("Core", "%1 cannot be read: %2."),
    QT_TRANSLATE_NOOP("Core", "%1 cannot be used: %2."),
    QT_TRANSLATE_NOOP("Core", "contains %1, half of a character, which is not text"),
    QT_TRANSLATE_NOOP("Core", "is not a PNG or JPEG image"),
    QT_TRANSLATE_NOOP("Core", "is missing; this is not a %1 package"),
    QT_TRANSLATE_NOOP("Core", "%1 cannot be used: %2"),
    QT_TRANSLATE_NOOP("Core", "is not valid base64"),
    QT_TRANSLATE_NOOP("Core", "Some seminars' details could not be read."),
    QT_TRANSLATE_NOOP("Core", "Some sessions could not be read."),
    QT_TRANSLATE_NOOP("Core", "Some groups could not be read."),
    QT_TRANSLATE_NOOP("Core", "Some points could not be read."),
    QT_TRANSLATE_NOOP("Core", "%1 points could not be read where they stood; their texts were found in the "
                      "search index and are in the seminar “Rescued texts”."),
    QT_TRANSLATE_NOOP("Core", "The library's list of tables could not be read, so only the texts in its search "
                      "index could be rescued."),
    QT_TRANSLATE_NOOP("Core", "Texts whose place was lost"),
    QT_TRANSLATE_NOOP("Core", "The details of the seminar “%1” could not be read; its sessions were rescued."),
    QT_TRANSLATE_NOOP("Core", "A session (“%1”) could not be read; its groups are in the seminar “Rescued texts”."),
    QT_TRANSLATE_NOOP("Core", "The group “%1” could not be read; its points are in the seminar “Rescued texts”."),
    QT_TRANSLATE_NOOP("Core", "Rescued texts"),
    QT_TRANSLATE_NOOP("Core", "Rescued seminar %1"),
    QT_TRANSLATE_NOOP("Core", "Rescued group %1"),
    QT_TRANSLATE_NOOP("Core", "Too many damaged copies in one second in %1."),
    QT_TRANSLATE_NOOP("Core", "There is no backup %1."),
    QT_TRANSLATE_NOOP("Core", "The backup %1 is damaged; choose another."),
    QT_TRANSLATE_NOOP("Core", "%1 is the library itself, not a backup of it."),
    QT_TRANSLATE_NOOP("Core", "The backup %1 cannot be read: %2."),
    QT_TRANSLATE_NOOP("Core", "The library %1 could not be restored: %2; it is as it was."),
    QT_TRANSLATE_NOOP("Core", "The search is too long: use at most %1 words and %2 characters."),
    QT_TRANSLATE_NOOP("Core", "SQLite reported: %1"),
    QT_TRANSLATE_NOOP("Core", "the system reported: %1"),
    QT_TRANSLATE_NOOP("Core", "The library %1 could not be written: %2; nothing was changed."),
    QT_TRANSLATE_NOOP("Core", "the disk is full"),
    QT_TRANSLATE_NOOP("Core", "another program (or another Seminarnotes) is writing to it"),
    QT_TRANSLATE_NOOP("Core", "it or its folder is read-only"),
    QT_TRANSLATE_NOOP("Core", "it or the files beside it cannot be opened (is its folder read-only or missing?)"),
    QT_TRANSLATE_NOOP("Core", "the disk reported an error (%1)"),
    QT_TRANSLATE_NOOP("Core", "the disk is read-only"),
    QT_TRANSLATE_NOOP("Core", "no permission"),
    QT_TRANSLATE_NOOP("Core", "%1 is not a date format (%2)."),
    QT_TRANSLATE_NOOP("Core", "%1 is not a date."),
    QT_TRANSLATE_NOOP("Core", "A group can only be moved to a session of the same seminar."),
)


def translate(template: str) -> str:
    return QCoreApplication.translate("Core", template)


def translated(error: BaseException | Message) -> str:
    """The error's sentence in the user's language (its English str() when it carries no template)."""
    message = error if isinstance(error, Message) else getattr(error, "message", None)
    if isinstance(message, Message):
        return message.render(translate)
    return str(error)
