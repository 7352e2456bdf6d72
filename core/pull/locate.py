"""Where a portal record is: its GeoJSON geometry as one point in the store's CRS, or the reason why not.

Points are transformed a page at a time: one PROJ call for thousands of points instead of one
Python round trip each (a fifth of a big pull's per-record work). A batch PROJ refuses is
retried point by point, so one bad point rejects only its own record.
"""
import json
import math
import struct

from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsGeometry,
    QgsPointXY,
)

from ..i18n import Text, tr

LONLAT = ("OGC:CRS84", "EPSG:4326")


class Unlocated(Text):
    """Why a record has no usable point (words for the quarantine)."""


class NoPlace(Unlocated):
    """The record gives no place at all (no geometry, an empty point, 0, 0 for a missing one): it becomes a
    submission without a place, with this as its note — reviewable like any other, never a point made up."""


class Locator:
    def __init__(self, target_crs):
        self.target = QgsCoordinateReferenceSystem(target_crs)
        self._transforms = {}
        # The target CRS's area of use in longitude/latitude: a point outside it whose swapped twin lies
        # inside was written latitude first. (A world-wide CRS has no such area.)
        bounds = self.target.bounds()
        world = bounds.isEmpty() or (bounds.width() >= 359 and bounds.height() >= 179)
        self._area = None if world else (bounds.xMinimum(), bounds.yMinimum(), bounds.xMaximum(), bounds.yMaximum())
        self.checked = 0      # lon/lat points checked against the area of use
        self.outside = []     # (lon, lat) of those outside it, quarantined

    def locate_all(self, geometries, crs):
        """For each GeoJSON geometry in `crs`: (x, y, original kind or None, [notes]) in the target CRS,
        or Unlocated."""
        found = [self._point(g, crs) for g in geometries]
        ok = [i for i, f in enumerate(found) if not isinstance(f, Unlocated)]
        projected = self._project(crs, [(found[i][0], found[i][1]) for i in ok])
        for i, xy in zip(ok, projected):
            if xy is None:
                found[i] = Unlocated(tr("coordinates cannot be transformed to {crs}").format(crs=self.target.authid()))
            else:
                found[i] = (xy[0], xy[1], found[i][2], found[i][3])
        return found

    def _point(self, geometry, crs):
        """(x, y, kind or None, notes) in `crs`, checked; or Unlocated."""
        if not isinstance(geometry, dict) or not geometry.get("type"):
            return NoPlace(tr("no location (no geometry)"))
        kind = geometry["type"]
        notes = []
        if kind == "Point":
            coords = geometry.get("coordinates")
            if not isinstance(coords, (list, tuple)) or len(coords) < 2:
                return NoPlace(tr("no location (empty point)"))
            x, y = coords[0], coords[1]
            if x.__class__ is not float or y.__class__ is not float:
                if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (x, y)):
                    return Unlocated(tr("coordinates are not numbers"))
                try:
                    x, y = float(x), float(y)
                except OverflowError:  # an integer with hundreds of digits
                    return Unlocated(tr("coordinates are not finite numbers"))
            kind = None
        else:
            located = _on_surface(geometry, kind)
            if located.__class__ is Unlocated:
                return located
            x, y = located
            notes.append(tr("a {kind} was placed at a point on it").format(kind=kind))
        if not (math.isfinite(x) and math.isfinite(y)):
            return Unlocated(tr("coordinates are not finite numbers"))
        if x == 0 and y == 0:
            return NoPlace(tr("at 0, 0 ('Null Island'): a missing location written as zeros"))
        if crs in LONLAT:
            if not (-180 <= x <= 180 and -90 <= y <= 90):
                return Unlocated(tr("coordinates out of range for longitude/latitude ({x}, {y})").format(x=x, y=y))
            if self._area:
                self.checked += 1
                if self._inside(x, y):
                    pass
                elif self._inside(y, x):
                    x, y = y, x
                    notes.append(tr("latitude and longitude looked swapped (outside the area of {crs}); "
                                    "swapped").format(crs=self.target.authid()))
                else:  # projected there, it would land distorted or wrong: never silently
                    self.outside.append((x, y))
                    return Unlocated(tr("outside the area of use of {crs} ({x:.5f}, {y:.5f})").format(
                        crs=self.target.authid(), x=x, y=y))
        return x, y, kind, notes

    def _inside(self, x, y):
        area = self._area
        return area[0] <= x <= area[2] and area[1] <= y <= area[3]

    def mostly_outside(self):
        """None, or why the pull should not go on: most points checked lie outside the target CRS's area
        (the wrong CRS for this participation), with a CRS that would fit."""
        if len(self.outside) < 3 or 2 * len(self.outside) <= self.checked:
            return None
        lons = sorted(p[0] for p in self.outside)
        lats = sorted(p[1] for p in self.outside)
        lon, lat = lons[len(lons) // 2], lats[len(lats) // 2]
        return tr("{n} of {m} submissions lie outside the area of use of {crs}, around {lon:.2f}° E, {lat:.2f}° N; "
                  "nothing was imported. Pull into a GeoPackage in a CRS that covers them, for example {fit} "
                  "(parameter CRS).").format(n=len(self.outside), m=self.checked, crs=self.target.authid(),
                                             lon=lon, lat=lat, fit=utm_for(lon, lat))

    def _project(self, crs, points):
        """[(x, y) or None] in the target CRS for [(x, y)] in `crs`."""
        transform = self._transform(crs)
        if len(points) > 1:
            try:
                return _finite(_transform_line(transform, points))
            except QgsCsException:
                pass  # one point PROJ refuses fails the batch: find it below
        out = []
        for x, y in points:
            try:
                p = transform.transform(QgsPointXY(x, y))
                out.append((p.x(), p.y()))
            except QgsCsException:
                out.append(None)
        return _finite(out)

    def _transform(self, crs):
        if crs not in self._transforms:
            source = QgsCoordinateReferenceSystem(crs)
            if not source.isValid():
                source = QgsCoordinateReferenceSystem("OGC:CRS84")
            self._transforms[crs] = QgsCoordinateTransform(source, self.target, QgsCoordinateTransformContext())
        return self._transforms[crs]


def utm_for(lon, lat):
    """The UTM zone CRS for a place: ETRS89 (EPSG:258zz) in Europe, WGS 84 (EPSG:326zz / 327zz) elsewhere."""
    zone = min(60, max(1, int((lon + 180) // 6) + 1))
    if 28 <= zone <= 38 and 30 <= lat <= 84:
        return "EPSG:258{:02d}".format(zone)
    return "EPSG:{}{:02d}".format(326 if lat >= 0 else 327, zone)


def _transform_line(transform, points):
    """All points through PROJ at once, as the vertices of one line string (WKB in, WKB out)."""
    n = len(points)
    flat = [v for xy in points for v in xy]
    line = QgsGeometry()
    line.fromWkb(struct.pack("<BII{}d".format(2 * n), 1, 2, n, *flat))
    line.transform(transform)
    wkb = bytes(line.asWkb())
    if len(wkb) != 9 + 16 * n:  # not the 2D line string sent: do not guess
        raise QgsCsException("unexpected geometry after transform")
    values = struct.unpack_from("<{}d".format(2 * n), wkb, 9)
    return list(zip(values[0::2], values[1::2]))


def _finite(points):
    return [p if p is not None and math.isfinite(p[0]) and math.isfinite(p[1]) else None for p in points]


def _on_surface(geometry, kind):
    """A point on a line or polygon (its centroid when there is no point on it), or Unlocated."""
    try:
        ogr_geometry = ogr.CreateGeometryFromJson(json.dumps(geometry))
    except (RuntimeError, TypeError, ValueError):
        ogr_geometry = None
    if ogr_geometry is None or ogr_geometry.IsEmpty():
        return Unlocated(tr("the {kind} geometry is empty or cannot be read").format(kind=kind))
    surface = ogr_geometry.PointOnSurface() if ogr_geometry.GetDimension() == 2 else None
    if surface is None or surface.IsEmpty():
        surface = ogr_geometry.Centroid()
    return surface.GetX(), surface.GetY()
