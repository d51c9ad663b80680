"""The `seminarnotes` command: the window without arguments, library tasks with.

A user's mistake ends with one sentence on stderr and exit status 2; an
unexpected error is logged with its traceback and reported in one sentence.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from seminarnotes.core.atomic import WriteError
from seminarnotes.core.errors import LibraryError
from seminarnotes.core.package import SUFFIX, PackageError
from seminarnotes.wordimport import WordImportError

COMMANDS = ("list", "import", "export-package", "export", "sample", "search")
log = logging.getLogger("seminarnotes")


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
    parser = _Parser(prog="seminarnotes", description="Document seminar group discussions and export them to Word.")
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
    return parser


def _open_library(path: str | None):  # noqa: ANN202 - Library imported lazily
    from seminarnotes.core.library import Library
    from seminarnotes.paths import default_library_path

    return Library.open(default_library_path(path))


def _seminar_id(library, text: str) -> int:  # noqa: ANN001
    try:
        seminar_id = int(text)
    except ValueError:
        raise UserError(f"'{text}' is not a seminar id; 'seminarnotes list' shows the ids.") from None
    library.details(seminar_id)  # raises NotFound with one sentence
    return seminar_id


def _load_seminar(args: argparse.Namespace):  # noqa: ANN202
    """The seminar to export: a package file, or a seminar of the library by id."""
    from seminarnotes.core import package

    if args.id.endswith(SUFFIX) or Path(args.id).is_file():
        return package.read(args.id)
    with _open_library(args.library) as library:
        return library.seminar_doc(_seminar_id(library, args.id))


def _import(library, doc, path: Path, copy: bool) -> int:  # noqa: ANN001 - Library, SeminarDoc imported lazily
    """The id to print: of the imported seminar, or of the one the library already holds."""
    held = library.already_holds(doc)
    if held is None:
        return library.import_doc(doc)
    if copy:
        return library.import_copy(doc)
    print(f"seminarnotes: {path.name} is already in the library as seminar {held.id}"
          f"{'' if held.same_content else ' (its content now differs from the package)'}; nothing was imported ('--copy' imports it anyway).",
          file=sys.stderr)
    return held.id


def _run(args: argparse.Namespace) -> int:
    from seminarnotes.core import package

    if args.command == "list":
        with _open_library(args.library) as library:
            for s in library.list_seminars():
                print(f"{s.id}\t{s.date.isoformat() if s.date else ''}\t{s.title}")
    elif args.command == "import" and (args.dry_run or _is_word_file(args.file)):
        from seminarnotes.wordimport.command import import_file

        return import_file(args.file, lambda: _open_library(args.library), dry_run=args.dry_run,
                           out=sys.stdout, err=sys.stderr)
    elif args.command == "import":
        with _open_library(args.library) as library:
            print(_import(library, package.read(args.file), args.file, args.copy))
    elif args.command == "sample":
        from seminarnotes.paths import SAMPLE_PACKAGE

        doc = package.read(SAMPLE_PACKAGE)
        with _open_library(args.library) as library:
            print(library.import_doc(doc))
    elif args.command == "export-package":
        with _open_library(args.library) as library:
            doc = library.seminar_doc(_seminar_id(library, args.id))
        package.write(doc, args.output)
    elif args.command == "export" and args.output.suffix.lower() == ".pdf":
        from seminarnotes.export.pdf import PdfError, export_pdf

        try:
            export_pdf(_load_seminar(args), args.output)
        except PdfError as err:
            raise UserError(str(err)) from None
    elif args.command == "export":
        from seminarnotes.export.docx import export_docx

        export_docx(_load_seminar(args), args.output)
    elif args.command == "search":
        from seminarnotes.core.search import search

        with _open_library(args.library) as library:
            for hit in search(library, args.query):
                print(f"{hit.seminar_id}\t{hit.group_name}\t{hit.snippet}")
    return 0


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


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    argv, open_file = _split_open_file(argv)
    try:
        args = _parser().parse_args(argv)
        if args.command is None:
            from seminarnotes.paths import default_library_path
            from seminarnotes.ui.app import run

            return run(default_library_path(args.library), open_file)
        return _run(args)
    except (UserError, LibraryError, PackageError, WriteError, WordImportError) as err:
        print(f"seminarnotes: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # noqa: BLE001 - the last line of defence: log, one sentence
        where = _log_unexpected(err)
        print(f"seminarnotes: an unexpected error occurred ({type(err).__name__}); details are in {where}.",
              file=sys.stderr)
        return 1


def _log_unexpected(err: BaseException) -> Path:
    from seminarnotes.paths import log_path

    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
        log.addHandler(handler)
        log.error("unexpected error", exc_info=err)
        handler.close()
        log.removeHandler(handler)
    except OSError:
        logging.basicConfig()
        log.error("unexpected error", exc_info=err)
    return path
