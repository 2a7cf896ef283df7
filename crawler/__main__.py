"""`python -m crawler` is the `oit` command."""

import sys

from crawler.cli import main

sys.exit(main())
