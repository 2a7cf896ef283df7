"""`python -m crawler` is the `oit` command."""

import sys

from crawler.cli import command

sys.exit(command())
