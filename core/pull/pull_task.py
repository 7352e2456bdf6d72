"""The pull as a QgsTask: runs core.sync.pull in the background with progress and cancel."""
from qgis.core import QgsTask

from ..errors import StadtdialogError
from ..feedback import TaskFeedback
from ..i18n import tr
from .sync import pull


class PullTask(QgsTask):
    """`on_done(task)` runs on the main thread when the task ends; read .result or .error."""

    def __init__(self, connection, on_done, basemap_probe=None):
        """`basemap_probe()` says whether the background map's server answers; asked here after a pull worked,
        off the main thread (offline it may take seconds)."""
        super().__init__(tr("Stadtdialog: pulling {name}").format(name=connection.name), QgsTask.Flag.CanCancel)
        self.connection, self.on_done, self.basemap_probe = connection, on_done, basemap_probe
        self.result = None
        self.error = None
        self.basemap_online = None

    def run(self):
        """True when the pull ended with an answer, good or bad (the error is ours to tell: a False would have QGIS
        push its own "task failed" over our reason); False only when QGIS itself ended it."""
        c = self.connection
        try:
            self.result = pull(c.url, c.profile, c.output, authcfg=c.authcfg or None, kind=c.kind,
                               keep_personal=c.keep_personal, crs=c.crs or "EPSG:25832",
                               feedback=TaskFeedback(self), title=c.name)
        except StadtdialogError as exc:
            self.error = str(exc)
        except Exception as exc:  # noqa: BLE001 - a bug must still reach the user as a message
            self.error = tr("Unexpected error while pulling: {error}. Nothing was changed.").format(error=exc)
        if self.result is not None and self.basemap_probe is not None:
            self.basemap_online = self.basemap_probe()
        return True

    def finished(self, ok):
        if not ok and self.error is None:
            self.error = tr("The pull was cancelled; the GeoPackage was left as it was.")
        self.on_done(self)
