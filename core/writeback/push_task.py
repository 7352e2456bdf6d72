"""The push as a QgsTask: runs core.push.push in the background with progress and cancel."""
from qgis.core import QgsTask

from ..errors import StadtdialogError
from ..feedback import TaskFeedback
from ..i18n import tr
from .push import push


class PushTask(QgsTask):
    """`on_done(task)` runs on the main thread when the task ends; read .result or .error."""

    def __init__(self, gpkg, on_done, dry_run=False, authcfg=None, target=None):
        """gpkg: the store (a GeoPackage path, a store name or a store); authcfg: the portal's credentials."""
        title = tr("Stadtdialog: checking what would be written") if dry_run else tr("Stadtdialog: writing back")
        super().__init__(title, QgsTask.Flag.CanCancel)
        self.gpkg, self.on_done, self.dry_run = gpkg, on_done, dry_run
        self.authcfg, self.target = authcfg, target
        self.result = None
        self.error = None

    def run(self):
        """True when the push ended with an answer, good or bad (see PullTask.run)."""
        try:
            self.result = push(self.gpkg, self.target, self.authcfg, dry_run=self.dry_run,
                               feedback=TaskFeedback(self))
        except StadtdialogError as exc:
            self.error = str(exc)
        except Exception as exc:  # noqa: BLE001 - a bug must still reach the user as a message
            self.error = tr("Unexpected error while writing back: {error}. What was written is marked; the rest "
                            "is still pending.").format(error=exc)
        return True

    def finished(self, ok):
        if not ok and self.error is None:
            self.error = tr("The push was cancelled; what was written so far is marked, the rest is still pending.")
        self.on_done(self)
