"""Portal connectors, one module per protocol, all yielding pages of GeoJSON-like features."""
from .detect import open_source

__all__ = ["open_source"]
