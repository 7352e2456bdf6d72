"""Review: what reviewers work with — classify and suggest (with text matching and learning from decisions),
likely duplicates, the review queue, and how a store's layers look and read in QGIS (form, styles, value labels,
expression functions, the layers a project gets).

May import: the store, vendor (the stemmer) and core's shared helpers. Not sources, pull, write-back or publish."""
