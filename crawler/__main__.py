"""`python -m crawler`: kept as another name of the `oit` command (scheduled jobs made by earlier
versions call it). The one place where a lower layer names the command line: an entry point,
never imported."""

import runpy

runpy.run_module("oit", run_name="__main__", alter_sys=True)
