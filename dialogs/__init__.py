"""Thin widgets that call core."""
