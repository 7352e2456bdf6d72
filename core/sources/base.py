"""The small interface every connector implements."""
from dataclasses import dataclass

CRS84 = "OGC:CRS84"


@dataclass
class Page:
    features: list            # GeoJSON-like dicts: {"id", "properties", "geometry"}
    crs: str = CRS84          # the CRS of the coordinates, x/y (lon/lat) order
    number: int = 1
    total: int = None         # pages expected, when the server says
    lossy: bool = False       # some bytes were not UTF-8: records must be checked one by one
    matched: int = None       # records the server says match (numberMatched): a hint, never trusted


class Source:
    """A place submissions come from. `complete` is False when a filter limits the pull,
    so that missing submissions are not taken as withdrawn."""

    kind = "base"
    complete = True

    def __init__(self, url):
        self.url = url
        self.notes = []  # sentences for the user about how the source was read (an encoding guessed, …)

    def pages(self):
        raise NotImplementedError

    def describe(self):
        return self.url
