"""Code of other projects, vendored unchanged with its licence (a plugin installs without pip)."""
