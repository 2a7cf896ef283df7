"""What must be published (per assessment year) and whether a website publishes it."""
