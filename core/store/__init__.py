"""The store: what a participation holds and how it is kept — the schema and the action-area catalogue, the
GeoPackage and the PostgreSQL/PostGIS store behind one interface (stores.py names and opens either), migrations,
the audit log, row versions and claims, edit stamps, bulk writes, copying between stores.

May import: core's shared helpers (i18n, errors, compat, settings, feedback, fieldtypes, list_field, jsonfile).
Nothing above it."""
