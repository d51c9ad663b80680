"""The bundled program's entry point: the same as the `seminarnotes` command."""

import sys

from seminarnotes.cli import main

if __name__ == "__main__":
    sys.exit(main())
