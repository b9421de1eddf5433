"""Bundled offline demo data: feeds, sources, a fictional watchlist and officers."""
