"""The `seminarnotes` command: the window without arguments, library tasks with.

A user's mistake ends with one sentence on stderr and exit status 2; an
unexpected error is logged with its traceback and reported in one sentence.
Reading commands never create a library; writing commands check it (quick_check) and
back it up first; exports check it fully first (integrity_check); no command writes its
output onto the library or one of its files.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from seminarnotes.core.atomic import WriteError
from seminarnotes.core.errors import DamagedLibrary, LibraryError
from seminarnotes.core.messages import N_
from seminarnotes.core.package import SUFFIX, PackageError
from seminarnotes.terminal import printable
from seminarnotes.wordimport import WordImportError

COMMANDS = ("list", "import", "export-package", "export", "sample", "search", "check", "backup", "backups",
            "restore", "rescue")


def command_name() -> str:
    """The command the user typed, for hints that name one: `seminarnotes`, or `seminarnotes-cli`,
    the bundle's console executable (on Windows `seminarnotes` is the windowed one, which prints
    nothing in a console)."""
    name = Path(sys.argv[0]).stem
    return name if name.lower().startswith("seminarnotes") else "seminarnotes"


class UserError(Exception):
    """A mistake on the command line; str() is the sentence to print."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UserError(f"{message} (see '{self.prog} --help').")


class _Version(argparse.Action):
    """--version, with the version looked up only when asked for (it costs start-up time)."""

    def __init__(self, option_strings: list[str], dest: str, **_kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> NoReturn:
        import seminarnotes

        print(f"seminarnotes {seminarnotes.__version__}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=command_name(), description="Document seminar group discussions and export them to Word.")
    parser.add_argument("--version", action=_Version)
    parser.add_argument("--library", metavar="PATH", help="library file (default: $SEMINARNOTES_LIBRARY, "
                        "then the user data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.add_parser("list", help="list the library's seminars, newest first (id, date, title)")
    p = sub.add_parser("import", help="import a .seminarnotes package or a Word document (.docx); prints the new "
                       "seminar's id, or for a package the library already holds that one's id (and says so on "
                       "stderr)")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="print the recognised outline (kinds marked, guesses "
                   "with ?) and write nothing")
    p.add_argument("--copy", action="store_true", help="import even a seminar the library already holds, "
                   "as a copy of its own")
    p = sub.add_parser("export-package", help="write a seminar as a .seminarnotes package")
    p.add_argument("id")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p = sub.add_parser("export", help="write a seminar (an id or a .seminarnotes file) as a Word document, "
                       "or as a PDF when FILE ends in .pdf (needs LibreOffice)")
    p.add_argument("id")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    sub.add_parser("sample", help="add the sample seminar to the library; prints its id")
    p = sub.add_parser("search", help="search everything said in every seminar")
    p.add_argument("query")
    sub.add_parser("check", help="check the library file (SQLite's integrity check, foreign keys, search index); "
                                 "exit status 0 when sound, 1 when damaged")
    p = sub.add_parser("backup", help="back up the library now, into its backups folder or FILE; prints the file")
    p.add_argument("-o", "--output", type=Path, metavar="FILE")
    sub.add_parser("backups", help="list the library's backups, newest first (time, reason, seminars, size, file)")
    p = sub.add_parser("restore", help="replace the library with a backup (a file, or a name from 'backups'); "
                                       "the library as it was is backed up first")
    p.add_argument("backup")
    p = sub.add_parser("rescue", help="save what can still be read from a damaged library into a new one, which "
                                      "takes its place (the damaged file is kept beside it), or into FILE")
    p.add_argument("-o", "--output", type=Path, metavar="FILE")
    return parser


def _open_library(path: Path, *, writing: bool = False):
    """Reading never creates a library; writing checks the whole file first (quick_check)."""
    from seminarnotes.core.library import Library

    return Library.open(path, create=writing, verify=writing)


def _library_to_export(path: Path):
    """An export reads the library after SQLite's full integrity_check: a point missing from
    an index is left out of every read without an error, and quick_check cannot see that.
    (The other reading commands write nothing that lasts and are not checked; `check` is.)"""
    library = _open_library(path)
    try:
        library.verify(full=True)
    except DamagedLibrary:
        library.close()
        raise UserError(DAMAGED_EXPORT.format(path=path, me=command_name())) from None
    return library


def _seminar_id(library, text: str) -> int:
    try:
        seminar_id = int(text)
    except ValueError:
        raise UserError(f"'{text}' is not a seminar id; '{command_name()} list' shows the ids.") from None
    library.details(seminar_id)  # raises NotFound with one sentence
    return seminar_id


def _load_seminar(args: argparse.Namespace, library_path: Path):
    """The seminar to export: a package file, or a seminar of the library by id."""
    from seminarnotes.core import package

    if args.id.endswith(SUFFIX) or Path(args.id).is_file():
        return package.read(args.id, library=library_path), (Path(args.id),)
    with _library_to_export(library_path) as library:
        return library.seminar_doc(_seminar_id(library, args.id)), ()


def _import(library, doc, path: Path, copy: bool) -> int:
    """The id to print: of the imported seminar, or of the one the library already holds."""
    held = library.already_holds(doc)
    if held is None:
        return library.import_doc(doc)
    if copy:
        return library.import_copy(doc)
    print(f"seminarnotes: {printable(path.name)} is already in the library as seminar {held.id}"
          f"{'' if held.same_content else ' (its content now differs from the package)'}; "
          "nothing was imported ('--copy' imports it anyway).",
          file=sys.stderr)
    return held.id


def _refuse_under_a_window(library_path: Path, what: str) -> None:
    from seminarnotes.core.window_lock import window_holds

    if window_holds(library_path):
        raise UserError(f"A Seminarnotes window has {library_path} open; {what} from its File menu, or close "
                        "the window first.")


def _run(args: argparse.Namespace, library_path: Path) -> int:
    from seminarnotes.core import package

    if args.command == "list":
        with _open_library(library_path) as library:
            for s in library.list_seminars():
                print(f"{s.id}\t{s.date.isoformat() if s.date else ''}\t{printable(s.title)}")
    elif args.command == "import":
        from seminarnotes.core.library_files import refuse_as_source

        refuse_as_source(args.file, library_path)  # before the file is looked at, let alone read
        if args.dry_run or _is_word_file(args.file):
            from seminarnotes.wordimport.command import import_file

            return import_file(args.file, lambda: _library_for_import(library_path), dry_run=args.dry_run,
                               out=sys.stdout, err=sys.stderr, library=library_path)
        with _library_for_import(library_path) as library:
            print(_import(library, package.read(args.file, library=library_path), args.file, args.copy))
    elif args.command == "sample":
        from seminarnotes.paths import SAMPLE_PACKAGE

        doc = package.read(SAMPLE_PACKAGE)
        with _library_for_import(library_path) as library:
            print(library.import_doc(doc))
    elif args.command == "export-package":
        with _library_to_export(library_path) as library:
            doc = library.seminar_doc(_seminar_id(library, args.id))
        package.write(doc, args.output, library=library_path)
    elif args.command == "export" and args.output.suffix.lower() == ".pdf":
        from seminarnotes.export.pdf import PdfError, export_pdf

        doc, sources = _load_seminar(args, library_path)
        try:
            export_pdf(doc, args.output, library=library_path, sources=sources)
        except PdfError as err:
            raise UserError(str(err)) from None
    elif args.command == "export":
        from seminarnotes.export.docx import export_docx

        doc, sources = _load_seminar(args, library_path)
        export_docx(doc, args.output, library=library_path, sources=sources)
    elif args.command == "search":
        from seminarnotes.core.search import search

        with _open_library(library_path) as library:
            for hit in search(library, args.query):
                print(f"{hit.seminar_id}\t{printable(hit.group_name)}\t{printable(hit.snippet)}")
    elif args.command == "check":
        return _check(library_path)
    elif args.command == "backup":
        from seminarnotes.core import backup

        _open_library(library_path).close()  # a library, not just any file
        print(backup.make_backup(library_path, "manual", target=args.output))
    elif args.command == "backups":
        _list_backups(library_path)
    elif args.command == "restore":
        _restore(library_path, args.backup)
    elif args.command == "rescue":
        _rescue(library_path, args.output)
    return 0


def _library_for_import(library_path: Path):
    """The library checked for writing; an import backs it up first when it changed."""
    library = _open_library(library_path, writing=True)
    library.backup_before_imports = True
    return library


def _check(library_path: Path) -> int:
    from seminarnotes.core import integrity, migrate

    if not migrate.has_content(library_path) and not library_path.exists():
        raise LibraryError(N_("There is no library at %1."), library_path)
    try:
        migrate.inspect(library_path)
        report = integrity.full_report(library_path)
    except DamagedLibrary as err:
        report = integrity.Report(problems=[err.findings])
    if report.sound:
        print(f"sound: {report.seminars} seminars, {report.points} points; SQLite's integrity check, the foreign "
              "keys and the search index found nothing wrong.")
        return 0
    more = f" (and {len(report.problems) - 1} more)" if len(report.problems) > 1 else ""
    print(f"damaged: {printable(report.problems[0])}{more}")
    return 1


def _list_backups(library_path: Path) -> None:
    from seminarnotes.core import backup

    backups = backup.list_backups(library_path)
    for b in backups:
        seminars = b.seminars()
        count = "unreadable" if seminars is None else _count(seminars, "seminar")
        print(f"{b.when:%Y-%m-%d %H:%M:%S}\t{b.reason}\t{count}\t{_megabytes(b.size)}\t{b.path}")
    print(f"{_count(len(backups), 'backup')}, {_megabytes(backup.total_size(backups))} "
          f"in {backup.backups_dir(library_path)}")


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def _backup_path(library_path: Path, text: str) -> Path:
    """A backup named by its path, or by its file name in the library's backups folder."""
    from seminarnotes.core.library_files import backups_dir

    path = Path(text).expanduser()
    if not path.exists() and path.name == text:
        path = backups_dir(library_path) / text
    return path


def _restore(library_path: Path, text: str) -> None:
    from seminarnotes.core import restore

    _refuse_under_a_window(library_path, "restore a backup")
    source = _backup_path(library_path, text)
    kept = restore.restore(library_path, source)
    print(f"The library now holds what {source} holds." + (f" It was kept as it was in {kept}." if kept else ""))


def _rescue(library_path: Path, output: Path | None) -> None:
    from seminarnotes.core import integrity, migrate, rescue, restore
    from seminarnotes.core.atomic import check_target

    if not library_path.exists():
        raise LibraryError(N_("There is no library at %1."), library_path)
    if output is None:
        _refuse_under_a_window(library_path, "use the window's offer to rescue it")
        try:
            migrate.inspect(library_path)
            sound = integrity.full_report(library_path).sound
        except DamagedLibrary:
            sound = False
        if sound:
            raise UserError(f"The library {library_path} is not damaged, so there is nothing to rescue; "
                            f"'{command_name()} backup' makes a copy.")
        target = library_path
    else:
        target = check_target(output, library=library_path)
    if target == library_path:
        report, aside = rescue.rescue_in_place(library_path)
    else:
        aside = restore.keep_aside(library_path)
        report = rescue.rescue(aside, target)
    for line in report.lines():
        print(printable(line))
    print(f"Rescued {_count(report.seminars, 'seminar')} and {_count(report.points, 'point')} into {target}; "
          f"the damaged library is kept as {aside}.")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _is_word_file(path: Path) -> bool:
    from seminarnotes.wordimport.container import looks_like_word_file

    return looks_like_word_file(path)


def _split_open_file(argv: list[str]) -> tuple[list[str], Path | None]:
    """`seminarnotes FILE.seminarnotes` opens that file in the window."""
    for i, arg in enumerate(argv):
        if arg in COMMANDS:
            return argv, None
        if arg.endswith(SUFFIX) and not arg.startswith("-"):
            return argv[:i] + argv[i + 1:], Path(arg)
    return argv, None


DAMAGED = ("The library {path} is damaged, so Seminarnotes will not write to it; '{me} backups' lists its "
           "backups for '{me} restore', and '{me} rescue' saves what can still be read.")
DAMAGED_EXPORT = ("The library {path} is damaged, so Seminarnotes exports nothing from it (what it read could be "
                  "incomplete); '{me} backups' lists its backups for '{me} restore', and '{me} rescue' saves what "
                  "can still be read.")


def main(argv: Sequence[str] | None = None) -> int:
    from seminarnotes import logs
    from seminarnotes.core import atomic
    from seminarnotes.paths import default_library_path, pending_writes_dir

    argv = list(sys.argv[1:] if argv is None else argv)
    argv, open_file = _split_open_file(argv)
    if hasattr(sys.stdout, "reconfigure"):  # (None in a windowed program on Windows)
        # Redirected on Windows, stdout has the ANSI code page (cp1252 for Swedish): a letter
        # it lacks, such as Polish ł in a title, is printed escaped (\u0142) instead of failing.
        sys.stdout.reconfigure(errors="backslashreplace")
    logs.start()
    atomic.keep_journal_in(pending_writes_dir())
    atomic.clean_interrupted_writes()
    library_path = None
    try:
        args = _parser().parse_args(argv)
        library_path = default_library_path(args.library)
        if args.command is None:
            from seminarnotes.ui.app import run

            return run(library_path, open_file)
        return _run(args, library_path)
    except DamagedLibrary as err:
        print(f"seminarnotes: {DAMAGED.format(path=err.path, me=command_name())}", file=sys.stderr)
        return 2
    except (UserError, LibraryError, PackageError, WriteError, WordImportError) as err:
        print(f"seminarnotes: {printable(str(err))}", file=sys.stderr)  # it may quote a file's name or content
        return 2
    except sqlite3.DatabaseError as err:  # met while reading: the file is damaged, locked, or the disk failed
        from seminarnotes.core.sqlite_errors import is_damage, read_failure

        if is_damage(err) and library_path is not None:
            print(f"seminarnotes: {DAMAGED.format(path=library_path, me=command_name())}", file=sys.stderr)
        else:
            print(f"seminarnotes: {read_failure(library_path or Path('?'), err)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as err:
        from seminarnotes.paths import log_path

        where = logs.log_unexpected(err)
        if where is None:
            print(f"seminarnotes: an unexpected error occurred ({type(err).__name__}), and it could not be logged "
                  f"because the log folder {log_path().parent} cannot be written.", file=sys.stderr)
        else:
            print(f"seminarnotes: an unexpected error occurred ({type(err).__name__}); details are in {where}.",
                  file=sys.stderr)
        return 1
