"""Vendor: other projects' code, vendored with its licence because a plugin installs without pip — the Snowball
project's English stemmer (snowball/), used by review's text matching.

May import: nothing of Stadtdialog's (only itself)."""
