"""`oit serve`: a local, read-only web dashboard over the history database."""
