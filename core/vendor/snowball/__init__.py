"""The Snowball project's English (Porter2) stemmer as generated for Python: snowballstemmer 3.1.1 from PyPI
(https://snowballstem.org/, BSD-3-Clause, see COPYING), the files among.py, basestemmer.py and english_stemmer.py
unchanged but for a "# nosec B101" comment on basestemmer's eight invariant asserts (the plugin site's scan flags
every assert). Chosen over the German Snowball stemmer and the plugin's own suffix list by the held-out figures of the
suggestion evaluation (README, "Suggestions")."""
