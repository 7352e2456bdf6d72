"""Pull: portal pages -> normalised submissions -> one transaction in the store. Profiles (field mapping) and the
profile assistant, normalising and locating records, quarantine reasons, saved connections, the pull task.

May import: sources, the store, review (a new store gets its catalogue, styles and form) and core's shared
helpers. Not write-back or publish."""
