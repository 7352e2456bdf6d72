"""Bundled demo data for 'Integration findet Stadt – Im Dialog zum Erfolg!'."""
