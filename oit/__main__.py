"""`python -m oit` is the `oit` command."""

import sys

from oit.main import command

sys.exit(command())
