"""`python -m seminarnotes` is the same as the `seminarnotes` command."""

import sys

from seminarnotes.cli import main

sys.exit(main())
